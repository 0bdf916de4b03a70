"""The breach adapters on moto resources built from template.yaml: incident table (obligations, the
open-deadline index, append-only timeline, sealed affected subjects), contact table, SES and SNS."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from moto.core import DEFAULT_ACCOUNT_ID
from moto.ses.models import ses_backends
from moto.sns.models import sns_backends

from localcloud.provision import Stack
from privacykit.adapters.aws import client
from privacykit.adapters.contacts import ContactTable
from privacykit.adapters.incidents import IncidentTable
from privacykit.adapters.mail import SesMailer
from privacykit.adapters.topics import SnsReminders
from privacykit.domain.breach.incidents import Evidence, TimelineEntry
from privacykit.domain.breach.notices import NoticeFacts
from privacykit.domain.breach.service import incident_from
from privacykit.errors import Conflict, DependencyFailure
from privacykit.roots import breach as breach_root
from privacykit.roots import shared as shared_root

INCIDENT: dict[str, Any] = {
    "entity_timezone": "Europe/Berlin",
    "discovered_at": "2026-03-02T09:00:00+00:00",
    "aware_at": "2026-03-02T10:00:00+00:00",
    "data_categories": ["name", "email"],
    "affected_by_residence": {"EU-DE": 30},
}
EMAIL = "anna.example@example.org"


def _env(name: str) -> str:
    return os.environ[name]


@pytest.fixture
def table(stack: Stack) -> IncidentTable:
    return IncidentTable(client("dynamodb"), _env("INCIDENT_TABLE"), shared_root.keyring())


@pytest.fixture
def contacts(stack: Stack) -> ContactTable:
    return ContactTable(client("dynamodb"), _env("CONTACT_TABLE"), shared_root.keyring())


def _register(tenant: str = "acme", subjects: tuple[str, ...] = ("cust-1", "cust-2")) -> str:
    result = breach_root.incident_service().register(
        tenant, incident_from(INCIDENT), affected_subjects=subjects, actor="officer-1"
    )
    return str(result["incident_id"])


def _raw_items(stack: Stack) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = client("dynamodb").scan(TableName=_env("INCIDENT_TABLE"))["Items"]
    return items


def test_register_round_trips_through_dynamodb(stack: Stack, table: IncidentTable) -> None:
    incident_id = _register()
    record = table.get("acme", incident_id)
    assert record is not None
    assert record.incident == incident_from(INCIDENT)
    assert record.affected_subjects == 2
    obligations = table.obligations("acme", incident_id)
    assert [o.obligation.rule_id for o in obligations][:1] == ["EU-GDPR-33"]
    assert [e.type for e in table.timeline("acme", incident_id)] == ["registered"]
    assert sorted(s.subject_id for s in table.affected("acme", incident_id)) == ["cust-1", "cust-2"]
    assert table.get("globex", incident_id) is None


def test_no_subject_id_or_address_is_stored_in_clear(
    stack: Stack, table: IncidentTable, contacts: ContactTable
) -> None:
    contacts.put_email("acme", "cust-1", EMAIL)
    _register()
    dumped = json.dumps(_raw_items(stack), default=str)
    dumped += json.dumps(client("dynamodb").scan(TableName=_env("CONTACT_TABLE"))["Items"], default=str)
    assert "cust-1" not in dumped
    assert "cust-2" not in dumped
    assert EMAIL not in dumped


def test_an_evidence_reference_is_sealed_at_rest_and_reads_back(stack: Stack, table: IncidentTable) -> None:
    incident_id = _register()
    first = table.obligations("acme", incident_id)[0].obligation_id
    sent_at = datetime.now(UTC)
    assert table.mark_sent("acme", incident_id, first, Evidence(sent_at, "post", "zq-case-Anna-Smith-77"))
    assert "zq-case" not in json.dumps(_raw_items(stack), default=str)
    sent = next(o for o in table.obligations("acme", incident_id) if o.obligation_id == first)
    assert sent.evidence == Evidence(sent_at, "post", "zq-case-Anna-Smith-77")
    assert table.obligations("globex", incident_id) == []


def test_notice_facts_are_sealed_at_rest(stack: Stack, table: IncidentTable) -> None:
    incident_id = _register()
    facts = NoticeFacts(nature="zq-nature: Dr Anna Smith's laptop was stolen.")
    breach_root.incident_service().complete_facts("acme", incident_id, facts, actor="officer-1")
    assert "zq-nature" not in json.dumps(_raw_items(stack), default=str)
    assert table.facts("acme", incident_id) == facts


def test_open_deadline_index_is_sparse_and_follows_status(stack: Stack, table: IncidentTable) -> None:
    incident_id = _register()
    with_deadline = {o.obligation_id for o in table.obligations("acme", incident_id) if o.deadline}
    listed = {d.obligation.obligation_id for d in table.open_deadlines() if d.incident_id == incident_id}
    assert listed == with_deadline
    first = sorted(listed)[0]
    assert table.mark_sent("acme", incident_id, first, Evidence(datetime.now(UTC), "portal", "ref-1"))
    assert not table.mark_sent("acme", incident_id, first, Evidence(datetime.now(UTC), "portal", "ref-2"))
    listed_after = {d.obligation.obligation_id for d in table.open_deadlines() if d.incident_id == incident_id}
    assert listed_after == listed - {first}
    sent = next(o for o in table.obligations("acme", incident_id) if o.obligation_id == first)
    assert (sent.status, sent.evidence.reference if sent.evidence else None) == ("sent", "ref-1")


def test_reminder_claims_and_missed_marks_are_once_only(stack: Stack, table: IncidentTable) -> None:
    incident_id = _register()
    target = next(d for d in table.open_deadlines() if d.incident_id == incident_id).obligation.obligation_id
    assert table.claim_reminder("acme", incident_id, target, "50")
    assert not table.claim_reminder("acme", incident_id, target, "50")
    table.release_reminder("acme", incident_id, target, "50")
    assert table.claim_reminder("acme", incident_id, target, "50")
    assert table.claim_reminder("acme", incident_id, target, "90")
    stored = next(o for o in table.obligations("acme", incident_id) if o.obligation_id == target)
    assert stored.reminded == ("50", "90")
    now = datetime.now(UTC)
    assert table.mark_missed("acme", incident_id, target, now)
    assert not table.mark_missed("acme", incident_id, target, now)
    assert target not in {d.obligation.obligation_id for d in table.open_deadlines()}


def test_timeline_is_append_only(stack: Stack, table: IncidentTable) -> None:
    incident_id = _register()
    entry = TimelineEntry("e-1", datetime(2026, 3, 3, tzinfo=UTC), "note", {"count": 1})
    table.append("acme", incident_id, entry)
    with pytest.raises(Conflict):
        table.append("acme", incident_id, entry)
    entries = table.timeline("acme", incident_id)
    assert sorted(e.type for e in entries) == ["note", "registered"]
    assert entries == sorted(entries, key=lambda e: e.at)


def test_contacts_are_sealed_per_subject_and_shredding_forgets_them(stack: Stack, contacts: ContactTable) -> None:
    contacts.put_email("acme", "cust-1", EMAIL)
    assert contacts.email("acme", "cust-1") == EMAIL
    assert contacts.email("globex", "cust-1") is None
    assert contacts.email("acme", "cust-9") is None
    shared_root.keyring().shred("acme", "cust-1")
    assert contacts.email("acme", "cust-1") is None


def test_ses_sends_from_the_verified_sender_identity(stack: Stack) -> None:
    mailer = SesMailer(client("ses"), _env("NOTICE_SENDER"))
    mailer.send(EMAIL, "Notice", "Body text")
    sent = ses_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].sent_messages
    assert [(m.source, m.destinations["ToAddresses"]) for m in sent] == [(_env("NOTICE_SENDER"), [EMAIL])]


def test_ses_error_names_no_address(stack: Stack) -> None:
    mailer = SesMailer(client("ses"), "unverified@example.org")
    with pytest.raises(DependencyFailure) as info:
        mailer.send(EMAIL, "Notice", "Body")
    assert "@" not in info.value.message


def test_sns_reminders_reach_the_template_topic(stack: Stack) -> None:
    topic = _env("BREACH_REMINDER_TOPIC")
    SnsReminders(client("sns"), topic).publish("x" * 150, {"incident_id": "inc_1", "level": "50"})
    sent = sns_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].topics[topic].sent_notifications
    assert len(sent) == 1
    assert json.loads(sent[0][1]) == {"incident_id": "inc_1", "level": "50"}
    assert sent[0][2] == "x" * 100


def test_service_on_moto_remind_marks_missed_after_deadline(stack: Stack, table: IncidentTable) -> None:
    incident_id = _register(subjects=())
    service = breach_root.incident_service()
    service._clock = lambda: datetime(2026, 3, 2, 10, tzinfo=UTC) + timedelta(days=30)  # type: ignore[method-assign]
    counts = service.remind()
    assert counts["missed"] >= 1
    statuses = {o.obligation.rule_id: o.status for o in table.obligations("acme", incident_id)}
    assert statuses["EU-GDPR-33"] == "missed"
    assert not [d for d in table.open_deadlines() if d.incident_id == incident_id]


def test_an_incident_whose_transaction_fails_leaves_no_affected_subject_behind(
    stack: Stack, table: IncidentTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The affected subjects are written ahead of the incident (more than one transaction holds); when the
    incident and its audit event do not commit, they are taken away again, not left sealed and orphaned."""

    def unavailable(*_: Any, **__: Any) -> None:
        raise DependencyFailure("audit.append: the transaction did not commit")

    monkeypatch.setattr(type(shared_root.audit_writer()), "record", unavailable)
    with pytest.raises(DependencyFailure):
        _register(subjects=tuple(f"cust-{n}" for n in range(30)))
    assert _raw_items(stack) == []
