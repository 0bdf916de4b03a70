"""The enforcement point with fakes: what it takes from the stored record rather than from the caller,
and the break-glass reason written with its audit event or not at all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from access_support import NOW, principal

from fakes import FakeConsent, InMemoryBreakGlass, InMemoryRecords, PlainPseudonyms, RecordingAudit
from privacykit.domain.access import AccessService
from privacykit.domain.access.gateway import AccessGateway
from privacykit.domain.common.entity_types import Level
from privacykit.domain.common.records import ClassifiedRecord
from privacykit.errors import DependencyFailure, Forbidden


class _Keys:
    def tenant_secret(self, tenant: str, label: str) -> bytes:
        return b"k" * 32


def gateway() -> tuple[AccessGateway, InMemoryRecords, RecordingAudit, InMemoryBreakGlass]:
    records, audit, uses = InMemoryRecords(), RecordingAudit(), InMemoryBreakGlass()
    service = AccessService(FakeConsent(), clock=lambda: NOW)
    return (
        AccessGateway(service, records, audit, _Keys(), PlainPseudonyms(), uses, clock=lambda: NOW),
        records,
        audit,
        uses,
    )


def stored(records: InMemoryRecords, *, created_by: str | None = None, purpose: str | None = "treatment") -> str:
    records.save(
        ClassifiedRecord(
            "acme", "rec_1", "pat-1", Level.RESTRICTED, (), "api", datetime(2026, 1, 1, tzinfo=UTC),
            purpose=purpose, created_by=created_by,
        )
    )  # fmt: skip
    return "rec_1"


GLASS = {"action": "read", "purpose": "treatment", "context": {"break_glass_reason": "code blue, bay 3"}}


def test_the_break_glass_reason_is_kept_with_its_event() -> None:
    gw, records, audit, uses = gateway()
    body = dict(GLASS, resource={"record_id": stored(records)})
    decision = gw.check(principal("healthcare_provider", mfa_age=None), body)
    assert decision.break_glass
    [use] = uses.uses.values()
    assert (use.reason, use.actor, use.record_id, use.subject_id) == ("code blue, bay 3", "alice", "rec_1", "pat-1")
    [(_, event)] = audit.records
    assert event.details is not None and event.details["break_glass_use"] == use.use_id
    assert "code blue" not in repr(event)


def test_a_failed_audit_commit_keeps_no_reason_and_no_event() -> None:
    gw, records, audit, uses = gateway()
    audit.fail = DependencyFailure("the transaction did not commit")
    with pytest.raises(DependencyFailure):
        gw.check(principal("healthcare_provider", mfa_age=None), dict(GLASS, resource={"record_id": stored(records)}))
    assert uses.uses == {}
    assert audit.records == []


def test_only_reviewers_read_break_glass_uses() -> None:
    gw, records, audit, _ = gateway()
    gw.check(principal("healthcare_provider", mfa_age=None), dict(GLASS, resource={"record_id": stored(records)}))
    with pytest.raises(Forbidden):
        gw.break_glass_uses(principal("healthcare_provider"), since=None, limit=10)
    [use] = gw.break_glass_uses(principal("compliance_auditor", user="aud-1"), since=None, limit=10)
    assert use.reason == "code blue, bay 3"
    assert audit.records[-1][1].type == "access.break_glass_reviewed"


@pytest.mark.parametrize(
    ("creator", "approver", "named", "expected"),
    [
        ("bob", "bob", "carol", "DENY"),  # the creator approves, naming someone else: not believed
        ("bob", "carol", "carol", "ALLOW"),  # named as themselves, yet someone else created it
        (None, "carol", "bob", "DENY"),  # nobody known created it: fails closed above the threshold
    ],
)
def test_the_requester_is_who_created_the_record(creator: str | None, approver: str, named: str, expected: str) -> None:
    gw, records, *_ = gateway()
    created_by = PlainPseudonyms().pseudonym("acme", creator) if creator else None
    body = {
        "action": "approve",
        "resource": {"record_id": stored(records, created_by=created_by)},
        "context": {"amount": 50000, "requester": named},
    }
    assert gw.check(principal("finance_approver", user=approver), body).decision == expected


def test_a_caller_without_a_role_asks_only_about_themselves() -> None:
    gw, *_ = gateway()
    subject = principal(user="pat-2")
    with pytest.raises(Forbidden):
        gw.check(subject, {"action": "read", "purpose": "treatment", "resource": {"subject_id": "pat-1"}})
    assert gw.check(subject, {"action": "read", "purpose": "treatment", "resource": {"subject_id": "pat-2"}})
