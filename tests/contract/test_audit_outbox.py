"""AuditOutbox and ChainHeadStore contract (domain/audit/ports.py), on the in-memory fakes and on
AuditOutboxTable + ChainHeadTable (moto): events commit with their change or not at all; sequencing
moves the head only from the head the sealer read and takes each pending event once."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from fakes import InMemoryChainHeads, InMemoryOutbox
from privacykit.adapters.audit_outbox import AuditOutboxTable
from privacykit.adapters.aws import client, to_item
from privacykit.adapters.chain_heads import ChainHeadTable
from privacykit.domain.audit.chain import GENESIS, ChainHead, ChainPoint, link_events
from privacykit.domain.audit.ports import AuditOutbox, ChainHeadStore
from privacykit.errors import ChainConflict, Conflict
from privacykit.ports import StagedWrite


@dataclass
class Trail:
    outbox: AuditOutbox
    heads: ChainHeadStore
    #: A staged change that succeeds the first time and whose condition fails the second time.
    change: Callable[[str], StagedWrite]


@pytest.fixture
def trail(backend: str) -> Trail:
    if backend == "fake":
        heads = InMemoryChainHeads()
        made: set[str] = set()

        def fake_change(name: str) -> StagedWrite:
            def make() -> None:
                if name in made:
                    raise Conflict(f"{name} exists")
                made.add(name)

            return StagedWrite(make, conflict=f"{name} exists")

        return Trail(InMemoryOutbox(heads), heads, fake_change)
    ddb = client("dynamodb")
    table = os.environ["IDEMPOTENCY_TABLE"]

    def table_change(name: str) -> StagedWrite:
        put = {"TableName": table, "Item": to_item({"id": name}), "ConditionExpression": "attribute_not_exists(id)"}
        return StagedWrite({"Put": put}, conflict=f"{name} exists")

    return Trail(
        AuditOutboxTable(ddb, os.environ["AUDIT_OUTBOX_TABLE"], os.environ["AUDIT_CHAIN_TABLE"]),
        ChainHeadTable(ddb, os.environ["AUDIT_CHAIN_TABLE"]),
        table_change,
    )


def _draft(n: int) -> dict[str, Any]:
    return {"event_id": f"e-{n:03d}", "at": f"2026-01-01T00:00:{n:02d}+00:00", "type": "t", "details": {}}


def test_committed_events_wait_oldest_first_and_a_limit_bounds_them(trail: Trail) -> None:
    trail.outbox.commit("acme", [_draft(3), _draft(1)], [])
    trail.outbox.commit("acme", [_draft(2)], [])
    trail.outbox.commit("globex", [_draft(9)], [])
    assert [p.draft["event_id"] for p in trail.outbox.pending("acme", 10)] == ["e-001", "e-002", "e-003"]
    assert [p.draft["event_id"] for p in trail.outbox.pending("acme", 2)] == ["e-001", "e-002"]
    assert trail.outbox.tenants() == ["acme", "globex"]


def test_a_change_whose_condition_fails_takes_its_events_with_it(trail: Trail) -> None:
    trail.outbox.commit("acme", [_draft(1)], [trail.change("order-1")])
    with pytest.raises(Conflict, match="order-1 exists"):
        trail.outbox.commit("acme", [_draft(2)], [trail.change("order-1")])
    assert [p.draft["event_id"] for p in trail.outbox.pending("acme", 10)] == ["e-001"]


def _sequence(trail: Trail, tenant: str, head: ChainHead | None, limit: int = 10) -> list[dict[str, Any]]:
    pending = trail.outbox.pending(tenant, limit)
    last = head.last if head else ChainPoint(0, GENESIS)
    events = link_events([p.draft for p in pending], last_seq=last.seq, last_hash=last.hash)
    trail.outbox.sequence(tenant, head, pending, events)
    return events


def test_sequencing_moves_the_head_and_takes_the_events_out_of_pending(trail: Trail) -> None:
    trail.outbox.commit("acme", [_draft(1), _draft(2)], [])
    events = _sequence(trail, "acme", None)
    assert trail.heads.get("acme") == ChainHead(2, events[-1]["hash"])
    assert trail.outbox.pending("acme", 10) == []
    assert trail.outbox.sequenced("acme", 1, 2) == events
    assert trail.outbox.sequenced("acme", 2, 5) == events[1:]
    trail.outbox.commit("acme", [_draft(3)], [])
    more = _sequence(trail, "acme", trail.heads.get("acme"))
    assert more[0]["seq"] == 3 and more[0]["prev_hash"] == events[-1]["hash"]


def test_a_sealer_holding_a_stale_head_changes_nothing(trail: Trail) -> None:
    trail.outbox.commit("acme", [_draft(1)], [])
    _sequence(trail, "acme", None)
    trail.outbox.commit("acme", [_draft(2)], [])
    head = trail.heads.get("acme")
    with pytest.raises(ChainConflict):
        _sequence(trail, "acme", None)  # as a second sealer that read no head
    assert trail.heads.get("acme") == head
    assert len(trail.outbox.pending("acme", 10)) == 1


def test_a_pending_event_is_sequenced_once(trail: Trail) -> None:
    trail.outbox.commit("acme", [_draft(1)], [])
    pending = trail.outbox.pending("acme", 10)
    first = link_events([p.draft for p in pending], last_seq=0, last_hash=GENESIS)
    trail.outbox.sequence("acme", None, pending, first)
    head = trail.heads.get("acme")
    again = link_events([p.draft for p in pending], last_seq=1, last_hash=first[-1]["hash"])
    with pytest.raises(ChainConflict):
        trail.outbox.sequence("acme", head, pending, again)
    assert trail.heads.get("acme") == head


def test_the_sealed_mark_moves_only_from_the_mark_read_and_pruning_removes_sealed_events(trail: Trail) -> None:
    trail.outbox.commit("acme", [_draft(1), _draft(2)], [])
    events = _sequence(trail, "acme", None)
    sealed = ChainPoint(2, events[-1]["hash"])
    trail.heads.advance_sealed("acme", ChainPoint(0, GENESIS), sealed)
    with pytest.raises(ChainConflict):
        trail.heads.advance_sealed("acme", ChainPoint(0, GENESIS), sealed)
    head = trail.heads.get("acme")
    assert head is not None and head.sealed == sealed
    trail.outbox.prune("acme", 1)
    assert [e["seq"] for e in trail.outbox.sequenced("acme", 1, 2)] == [2]
    assert trail.heads.tenants() == ["acme"]
