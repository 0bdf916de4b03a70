"""ConsentRepository contract (domain/consent/ports.py), on InMemoryConsents and on ConsentTable (moto):
an append-only log per (tenant, subject), read back whole, oldest first."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from fakes import InMemoryConsents
from privacykit.adapters.aws import client
from privacykit.adapters.consents import ConsentTable
from privacykit.domain.consent.model import Action, ConsentEvent
from privacykit.domain.consent.ports import ConsentRepository
from privacykit.errors import Conflict
from privacykit.roots import shared as shared_root

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def consents(backend: str) -> ConsentRepository:
    if backend == "fake":
        return InMemoryConsents()
    return ConsentTable(client("dynamodb"), os.environ["CONSENT_TABLE"], shared_root.keyring())


def _event(event_id: str, at: datetime = T0, action: Action = "grant") -> ConsentEvent:
    return ConsentEvent(
        event_id=event_id,
        purpose="marketing",
        action=action,
        at=at,
        receipt_id=f"rcpt-{event_id}",
        actor_kind="subject",
        lawful_basis="consent",
        notice_version="v3",
        channel="web",
        jurisdiction="EU",
        expires_at=at + timedelta(days=365) if action == "grant" else None,
    )


def test_an_unknown_subject_has_an_empty_history(consents: ConsentRepository) -> None:
    assert consents.history("acme", "nobody") == []


def test_appended_events_come_back_equal_oldest_first(consents: ConsentRepository) -> None:
    later = _event("e-2", T0 + timedelta(hours=1), action="withdraw")
    earlier = _event("e-1", T0)
    consents.append("acme", "s-1", later)
    consents.append("acme", "s-1", earlier)
    assert consents.history("acme", "s-1") == [earlier, later]


def test_events_of_one_instant_are_ordered_by_event_id(consents: ConsentRepository) -> None:
    for event_id in ("e-c", "e-a", "e-b"):
        consents.append("acme", "s-1", _event(event_id))
    assert [e.event_id for e in consents.history("acme", "s-1")] == ["e-a", "e-b", "e-c"]


def test_order_is_by_instant_whatever_the_offset_it_was_given_in(consents: ConsentRepository) -> None:
    # 12:30 at UTC+02:00 is 10:30 UTC: before the 11:00 UTC event although its wall clock reads later.
    east = _event("e-z", datetime(2026, 3, 1, 12, 30, tzinfo=timezone(timedelta(hours=2))))
    utc = _event("e-a", datetime(2026, 3, 1, 11, 0, tzinfo=UTC))
    consents.append("acme", "s-1", utc)
    consents.append("acme", "s-1", east)
    history = consents.history("acme", "s-1")
    assert [e.event_id for e in history] == ["e-z", "e-a"]
    assert history[0].at == east.at


def test_optional_details_round_trip_absent_or_present(consents: ConsentRepository) -> None:
    bare = ConsentEvent("e-1", "analytics", "withdraw", T0, "rcpt-1", actor_kind="officer")
    full = _event("e-2", T0 + timedelta(minutes=1))
    consents.append("acme", "s-1", bare)
    consents.append("acme", "s-1", full)
    assert consents.history("acme", "s-1") == [bare, full]


def test_history_is_per_tenant_and_subject(consents: ConsentRepository) -> None:
    consents.append("acme", "s-1", _event("e-1"))
    consents.append("acme", "s-2", _event("e-2"))
    consents.append("globex", "s-1", _event("e-3"))
    assert [e.event_id for e in consents.history("acme", "s-1")] == ["e-1"]
    assert [e.event_id for e in consents.history("acme", "s-2")] == ["e-2"]
    assert [e.event_id for e in consents.history("globex", "s-1")] == ["e-3"]
    assert consents.history("globex", "s-2") == []


def test_an_event_is_appended_once_and_never_replaced(consents: ConsentRepository) -> None:
    first = _event("e-1")
    consents.append("acme", "s-1", first)
    with pytest.raises(Conflict):
        consents.append("acme", "s-1", replace(first, action="withdraw", expires_at=None))
    assert consents.history("acme", "s-1") == [first]
