"""IncidentRepository contract (domain/breach/ports.py), on InMemoryIncidents and on IncidentTable (moto):
an incident with its obligations, append-only timeline and affected subjects, per tenant; each status
change and reminder claim happens once."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from fakes import InMemoryIncidents, apply
from privacykit.adapters.aws import apply_staged, client
from privacykit.adapters.incidents import IncidentTable
from privacykit.domain.breach import assess
from privacykit.domain.breach.incidents import (
    AffectedSubject,
    Evidence,
    IncidentRecord,
    NoticeRun,
    StoredObligation,
    TimelineEntry,
)
from privacykit.domain.breach.notices import NoticeFacts
from privacykit.domain.breach.ports import IncidentRepository
from privacykit.domain.breach.service import incident_from
from privacykit.errors import Conflict, PrivacyError
from privacykit.ports import StagedWrite
from privacykit.roots import shared as shared_root

T0 = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
INCIDENT = incident_from(
    {
        "entity_timezone": "Europe/Berlin",
        "discovered_at": "2026-03-02T09:00:00+00:00",
        "aware_at": "2026-03-02T10:00:00+00:00",
        "data_categories": ["name", "email"],
        "affected_by_residence": {"EU-DE": 30, "US-AK": 2},  # no rule for Alaska: a warning
    }
)
#: EU-GDPR-33 (the authority, 72 hours) has a deadline; EU-GDPR-34 (individuals, "without undue delay") has none.
WITH_DEADLINE, WITHOUT_DEADLINE = "ob-01", "ob-02"


@pytest.fixture
def incidents(backend: str) -> IncidentRepository:
    if backend == "fake":
        return InMemoryIncidents()
    return IncidentTable(client("dynamodb"), os.environ["INCIDENT_TABLE"], shared_root.keyring())


def _incident(incident_id: str = "inc_1") -> tuple[IncidentRecord, list[StoredObligation], TimelineEntry]:
    assessed = assess(INCIDENT, now=T0)
    record = IncidentRecord(incident_id, INCIDENT, T0, assessed.rules_version, assessed.warnings, affected_subjects=2)
    stored = [StoredObligation(f"ob-{n:02d}", o) for n, o in enumerate(assessed.obligations, start=1)]
    assert [o.deadline is not None for o in stored] == [True, False], "the rules changed: pick another incident"
    assert assessed.warnings, "the uncovered residence should give a warning to round-trip"
    return record, stored, TimelineEntry("e-0", T0, "registered", {"obligations": len(stored)})


def _create(incidents: IncidentRepository, tenant: str = "acme", incident_id: str = "inc_1") -> None:
    record, stored, first = _incident(incident_id)
    incidents.create(tenant, record, stored, ["cust-1", "cust-2"], first)


def _obligation(incidents: IncidentRepository, obligation_id: str) -> StoredObligation:
    return next(o for o in incidents.obligations("acme", "inc_1") if o.obligation_id == obligation_id)


def _open(incidents: IncidentRepository) -> set[tuple[str, str, str]]:
    return {(d.tenant, d.incident_id, d.obligation.obligation_id) for d in incidents.open_deadlines()}


def test_a_created_incident_reads_back_whole(incidents: IncidentRepository) -> None:
    record, stored, first = _incident()
    incidents.create("acme", record, stored, ["cust-2", "cust-1"], first)
    assert incidents.get("acme", "inc_1") == record
    assert incidents.obligations("acme", "inc_1") == stored
    assert incidents.timeline("acme", "inc_1") == [first]
    assert sorted(incidents.affected("acme", "inc_1"), key=lambda s: s.subject_id) == [
        AffectedSubject("cust-1"),
        AffectedSubject("cust-2"),
    ]


def test_an_unknown_incident_reads_as_nothing(incidents: IncidentRepository) -> None:
    assert incidents.get("acme", "inc_404") is None
    assert incidents.obligations("acme", "inc_404") == []
    assert incidents.timeline("acme", "inc_404") == []
    assert incidents.affected("acme", "inc_404") == []


def test_a_tenant_can_neither_read_nor_change_another_tenants_incident(incidents: IncidentRepository) -> None:
    _create(incidents, tenant="acme")
    assert incidents.get("globex", "inc_1") is None
    assert incidents.obligations("globex", "inc_1") == []
    assert incidents.timeline("globex", "inc_1") == []
    assert incidents.affected("globex", "inc_1") == []
    assert incidents.mark_sent("globex", "inc_1", WITH_DEADLINE, Evidence(T0, "portal", "r")) is False
    assert incidents.mark_missed("globex", "inc_1", WITH_DEADLINE, T0) is False
    assert incidents.claim_reminder("globex", "inc_1", WITH_DEADLINE, "50") is False
    assert _obligation(incidents, WITH_DEADLINE) == _incident()[1][0]


def test_an_incident_is_created_once(incidents: IncidentRepository) -> None:
    _create(incidents)
    record, stored, first = _incident()
    with pytest.raises(PrivacyError):  # the table raises DependencyFailure (TransactionCanceled), the fake Conflict
        incidents.create("acme", replace(record, rules_version="other"), stored, ["cust-1", "cust-2"], first)
    assert incidents.get("acme", "inc_1") == record


def test_the_timeline_reads_oldest_first_whatever_the_append_order(incidents: IncidentRepository) -> None:
    _create(incidents)
    later = TimelineEntry("e-2", T0 + timedelta(hours=2), "reminder_sent", {"level": "50"})
    earlier = TimelineEntry("e-1", T0 + timedelta(hours=1), "obligation_sent", {"late": 0, "rule_id": None})
    incidents.append("acme", "inc_1", later)
    incidents.append("acme", "inc_1", earlier)
    assert incidents.timeline("acme", "inc_1") == [_incident()[2], earlier, later]


def test_timeline_entries_of_one_instant_are_ordered_by_entry_id(incidents: IncidentRepository) -> None:
    _create(incidents)
    for entry_id in ("e-c", "e-a", "e-b"):
        incidents.append("acme", "inc_1", TimelineEntry(entry_id, T0 + timedelta(hours=1), "note"))
    assert [e.entry_id for e in incidents.timeline("acme", "inc_1")] == ["e-0", "e-a", "e-b", "e-c"]


def test_a_timeline_entry_is_written_once(incidents: IncidentRepository) -> None:
    _create(incidents)
    entry = TimelineEntry("e-1", T0 + timedelta(hours=1), "note", {"count": 1})
    incidents.append("acme", "inc_1", entry)
    with pytest.raises(Conflict):
        incidents.append("acme", "inc_1", TimelineEntry("e-1", entry.at, "note", {"count": 2}))
    assert incidents.timeline("acme", "inc_1") == [_incident()[2], entry]


def test_an_obligation_is_marked_sent_once_with_the_first_evidence(incidents: IncidentRepository) -> None:
    _create(incidents)
    first = Evidence(T0 + timedelta(hours=1), "portal", "BfDI-1")
    assert incidents.mark_sent("acme", "inc_1", WITH_DEADLINE, first) is True
    assert incidents.mark_sent("acme", "inc_1", WITH_DEADLINE, Evidence(T0, "email", "again")) is False
    sent = _obligation(incidents, WITH_DEADLINE)
    assert (sent.status, sent.evidence) == ("sent", first)
    assert _obligation(incidents, WITHOUT_DEADLINE).status == "open"


def test_an_unknown_obligation_cannot_be_marked_or_claimed(incidents: IncidentRepository) -> None:
    _create(incidents)
    assert incidents.mark_sent("acme", "inc_1", "ob-99", Evidence(T0, "portal", "r")) is False
    assert incidents.mark_missed("acme", "inc_1", "ob-99", T0) is False
    assert incidents.claim_reminder("acme", "inc_1", "ob-99", "50") is False
    assert [o.obligation_id for o in incidents.obligations("acme", "inc_1")] == [WITH_DEADLINE, WITHOUT_DEADLINE]


def test_an_obligation_is_marked_missed_once_and_only_while_open(incidents: IncidentRepository) -> None:
    _create(incidents)
    missed_at = T0 + timedelta(days=4)
    assert incidents.mark_missed("acme", "inc_1", WITH_DEADLINE, missed_at) is True
    assert incidents.mark_missed("acme", "inc_1", WITH_DEADLINE, missed_at + timedelta(hours=1)) is False
    missed = _obligation(incidents, WITH_DEADLINE)
    assert (missed.status, missed.missed_at) == ("missed", missed_at)
    incidents.mark_sent("acme", "inc_1", WITHOUT_DEADLINE, Evidence(T0, "email", "r"))
    assert incidents.mark_missed("acme", "inc_1", WITHOUT_DEADLINE, missed_at) is False
    assert _obligation(incidents, WITHOUT_DEADLINE).status == "sent"


def test_a_missed_obligation_can_still_be_marked_sent(incidents: IncidentRepository) -> None:
    _create(incidents)
    incidents.mark_missed("acme", "inc_1", WITH_DEADLINE, T0 + timedelta(days=4))
    late = Evidence(T0 + timedelta(days=5), "portal", "late-1")
    assert incidents.mark_sent("acme", "inc_1", WITH_DEADLINE, late) is True
    assert _obligation(incidents, WITH_DEADLINE).status == "sent"


def test_a_reminder_is_claimed_once_per_level_until_released(incidents: IncidentRepository) -> None:
    _create(incidents)
    assert incidents.claim_reminder("acme", "inc_1", WITH_DEADLINE, "50") is True
    assert incidents.claim_reminder("acme", "inc_1", WITH_DEADLINE, "50") is False
    assert _obligation(incidents, WITH_DEADLINE).reminded == ("50",)
    incidents.release_reminder("acme", "inc_1", WITH_DEADLINE, "50")
    assert _obligation(incidents, WITH_DEADLINE).reminded == ()
    assert incidents.claim_reminder("acme", "inc_1", WITH_DEADLINE, "50") is True
    assert incidents.claim_reminder("acme", "inc_1", WITH_DEADLINE, "90") is True
    assert _obligation(incidents, WITHOUT_DEADLINE).reminded == ()


def test_claimed_reminders_read_back_in_level_order(incidents: IncidentRepository) -> None:
    _create(incidents)
    incidents.claim_reminder("acme", "inc_1", WITH_DEADLINE, "90")
    incidents.claim_reminder("acme", "inc_1", WITH_DEADLINE, "50")
    assert _obligation(incidents, WITH_DEADLINE).reminded == ("50", "90")


def test_open_deadlines_are_the_open_obligations_with_a_deadline_of_every_tenant(
    incidents: IncidentRepository,
) -> None:
    _create(incidents, tenant="acme", incident_id="inc_1")
    _create(incidents, tenant="globex", incident_id="inc_2")
    assert _open(incidents) == {("acme", "inc_1", WITH_DEADLINE), ("globex", "inc_2", WITH_DEADLINE)}
    listed = next(d for d in incidents.open_deadlines() if d.tenant == "acme")
    assert listed.obligation == _incident()[1][0]
    incidents.mark_sent("acme", "inc_1", WITH_DEADLINE, Evidence(T0, "portal", "r"))
    assert _open(incidents) == {("globex", "inc_2", WITH_DEADLINE)}
    incidents.mark_missed("globex", "inc_2", WITH_DEADLINE, T0 + timedelta(days=4))
    assert _open(incidents) == set()


def test_an_open_deadline_shows_the_reminders_claimed(incidents: IncidentRepository) -> None:
    _create(incidents)
    incidents.claim_reminder("acme", "inc_1", WITH_DEADLINE, "50")
    (listed,) = incidents.open_deadlines()
    assert listed.obligation.reminded == ("50",)


def test_notifying_a_subject_marks_that_subject_only(incidents: IncidentRepository) -> None:
    _create(incidents)
    at = T0 + timedelta(hours=3)
    incidents.mark_notified("acme", "inc_1", "cust-1", at)
    assert sorted(incidents.affected("acme", "inc_1"), key=lambda s: s.subject_id) == [
        AffectedSubject("cust-1", at),
        AffectedSubject("cust-2"),
    ]


def test_notifying_a_subject_who_is_not_affected_is_a_conflict(incidents: IncidentRepository) -> None:
    _create(incidents)
    with pytest.raises(Conflict):
        incidents.mark_notified("acme", "inc_1", "cust-9", T0)
    assert {s.subject_id for s in incidents.affected("acme", "inc_1")} == {"cust-1", "cust-2"}


def test_an_unreached_subject_keeps_why_until_notified(incidents: IncidentRepository) -> None:
    _create(incidents)
    later = T0 + timedelta(hours=4)
    incidents.mark_unreached("acme", "inc_1", "cust-1", "no_contact", T0)
    incidents.mark_unreached("acme", "inc_1", "cust-2", "failed", T0)
    incidents.mark_notified("acme", "inc_1", "cust-2", later)
    by_id = {s.subject_id: s for s in incidents.affected("acme", "inc_1")}
    assert (by_id["cust-1"].notice_status, by_id["cust-1"].unreached_at) == ("no_contact", T0)
    assert (by_id["cust-2"].notice_status, by_id["cust-2"].notified_at) == ("notified", later)
    with pytest.raises(Conflict):
        incidents.mark_unreached("acme", "inc_1", "cust-9", "failed", T0)


def test_the_affected_subjects_are_listed_a_page_at_a_time(incidents: IncidentRepository) -> None:
    _create(incidents)
    first = incidents.affected_page("acme", "inc_1", limit=1, cursor=None)
    assert len(first.items) == 1 and first.next_cursor is not None
    rest = incidents.affected_page("acme", "inc_1", limit=5, cursor=first.next_cursor)
    assert {s.subject_id for s in (*first.items, *rest.items)} == {"cust-1", "cust-2"}
    assert incidents.affected_page("globex", "inc_1", limit=5, cursor=None).items == ()


def test_notice_facts_round_trip_per_tenant(incidents: IncidentRepository) -> None:
    _create(incidents)
    assert incidents.facts("acme", "inc_1") is None
    facts = NoticeFacts(nature="Order database read.", delay_reasons="Forensics took 80 hours.")
    write = incidents.stage_put_facts("acme", "inc_1", facts)
    if isinstance(incidents, InMemoryIncidents):
        apply(write)  # the fake's staged write is a callable
    else:
        apply_staged(client("dynamodb"), "test", write)
    assert incidents.facts("acme", "inc_1") == facts
    assert incidents.facts("globex", "inc_1") is None


# -- notice runs: claims, outcomes and the checkpoint ---------------------------------------------------
def apply_writes(*writes: StagedWrite) -> None:
    """Make staged writes on either backend: the fake's are callables, the table's a transaction."""
    if callable(writes[0].operation):
        apply(*writes)
    else:
        apply_staged(client("dynamodb"), "test", *writes)


def test_a_send_is_claimed_once_and_its_outcome_recorded_once(incidents: IncidentRepository) -> None:
    _create(incidents)
    incidents.claim_sends("acme", "inc_1", ["cust-1"], T0)
    with pytest.raises(Conflict):
        incidents.claim_sends("acme", "inc_1", ["cust-2", "cust-1"], T0)  # all or nothing
    statuses = {s.subject_id: s for s in incidents.affected("acme", "inc_1")}
    assert statuses["cust-1"].claimed_at == T0 and statuses["cust-2"].claimed_at is None
    apply_writes(incidents.stage_outcome("acme", "inc_1", "cust-1", "notified", ["EU-GDPR-34"], T0))
    with pytest.raises(Conflict):
        apply_writes(incidents.stage_outcome("acme", "inc_1", "cust-1", "interrupted", [], T0))
    shown = {s.subject_id: (s.notice_status, s.rules_sent) for s in incidents.affected("acme", "inc_1")}
    assert shown["cust-1"] == ("notified", ("EU-GDPR-34",))


def test_the_run_checkpoint_moves_only_from_where_it_was(incidents: IncidentRepository) -> None:
    _create(incidents)
    run = NoticeRun(run_id="r1", status="queued", started_at=T0, counts={"sent": 0})
    apply_writes(incidents.stage_start_run("acme", "inc_1", run))
    with pytest.raises(Conflict):
        apply_writes(incidents.stage_start_run("acme", "inc_1", replace(run, run_id="r2")))  # one at a time
    first, more = incidents.affected_after("acme", "inc_1", None, limit=1)
    assert len(first) == 1 and more
    moved = replace(run, status="running", cursor=first[0].position, counts={"sent": 1}, batches=1)
    apply_writes(incidents.stage_save_run("acme", "inc_1", moved, previous_cursor=None))
    with pytest.raises(Conflict):  # a second delivery of the same batch
        apply_writes(incidents.stage_save_run("acme", "inc_1", moved, previous_cursor=None))
    assert incidents.notice_run("acme", "inc_1") == moved
    rest, more = incidents.affected_after("acme", "inc_1", first[0].position, limit=10)
    assert {s.subject_id for s in first + rest} == {"cust-1", "cust-2"} and not more
