"""The incident service with in-memory fakes and a fake clock: register, what-if, read, outbox, mark
sent, individual notices, and the reminder schedule (50 %, 90 %, missed; once each)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from fakes import (
    FakeClock,
    InMemoryContacts,
    InMemoryIncidents,
    RecordingAudit,
    RecordingJobQueue,
    RecordingMailer,
    RecordingReminders,
)
from privacykit.domain.breach.incidents import Evidence, StoredObligation
from privacykit.domain.breach.models import FROM_STORAGE, Incident
from privacykit.domain.breach.notices import NoticeFacts
from privacykit.domain.breach.service import IncidentService, incident_from
from privacykit.errors import Conflict, NotFound, Unprocessable

# GDPR Art. 33: 72 hours from aware_at (10:00 UTC on 2 March) -> deadline 5 March 10:00 UTC.
AWARE = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
INCIDENT: dict[str, Any] = {
    "entity_timezone": "Europe/Berlin",
    "occurred_at": "2026-03-01T08:00:00+00:00",
    "discovered_at": "2026-03-02T09:00:00+00:00",
    "aware_at": AWARE.isoformat(),
    "determined_breach_at": "2026-03-02T12:00:00+00:00",
    "data_categories": ["name", "email", "payment_card_number"],
    "affected_by_residence": {"EU-DE": 900, "US-CA": 40},
    "risk_level": "high",
}
EMAILS = {"cust-1": "anna@example.org", "cust-2": "ben@example.org"}
FACTS = NoticeFacts(
    nature="An unauthorised party read the order database.",
    contact_point="Data protection officer, dpo@acme.example",
    measures="Access closed, credentials reset.",
    individual_steps="Watch your card statements.",
)


class World:
    def __init__(self, now: datetime = AWARE + timedelta(hours=1)) -> None:
        self.repo = InMemoryIncidents()
        self.contacts = InMemoryContacts()
        self.mailer = RecordingMailer()
        self.reminders = RecordingReminders()
        self.audit = RecordingAudit()
        self.clock = FakeClock(now)
        self.queue = RecordingJobQueue()
        self.service = IncidentService(
            self.repo, self.contacts, self.mailer, self.reminders, self.audit, queue=self.queue, clock=self.clock
        )

    def register(self, tenant: str = "acme", subjects: Sequence[str] = ("cust-1", "cust-2"), **changes: Any) -> str:
        result = self.service.register(
            tenant, incident_from({**INCIDENT, **changes}), affected_subjects=subjects, actor="officer-1"
        )
        return str(result["incident_id"])

    def obligation(self, incident_id: str, rule_id: str, tenant: str = "acme") -> StoredObligation:
        return next(o for o in self.repo.obligations(tenant, incident_id) if o.obligation.rule_id == rule_id)


@pytest.fixture
def world() -> World:
    return World()


def notify(world: World, tenant: str, incident_id: str, facts: NoticeFacts, *, actor: str) -> dict[str, Any]:
    """Queue the run, then let the worker take the message (as many invocations as it queues)."""
    queued = world.service.start_individual_notices(tenant, incident_id, facts, actor=actor)
    assert queued["status"] in ("queued", "running")
    result = world.service.continue_individual_notices(tenant, incident_id)
    assert result is not None and result["status"] == "completed"
    return result


def audit_text(world: World) -> str:
    return json.dumps([(t, r.type, r.subject, dict(r.details or {})) for t, r in world.audit.records])


# -- register / assess / read ---------------------------------------------------------------------
def test_register_stores_the_obligations_and_answers_with_them(world: World) -> None:
    result = world.service.register("acme", incident_from(INCIDENT), affected_subjects=["cust-1"], actor="o-1")
    assert result["incident_id"].startswith("inc_")
    rules = {o["rule_id"] for o in result["obligations"]}
    assert {"EU-GDPR-33", "EU-GDPR-34", "US-CA-individuals"} <= rules
    gdpr = next(o for o in result["obligations"] if o["rule_id"] == "EU-GDPR-33")
    assert gdpr["deadline"] == "2026-03-05T11:00:00+01:00"
    assert gdpr["status"] == "open"
    stored = world.repo.obligations("acme", result["incident_id"])
    assert [o.obligation_id for o in stored] == [o["obligation_id"] for o in result["obligations"]]
    assert world.audit.records[-1][1].type == "breach.incident_registered"


def test_a_category_or_residence_outside_the_taxonomy_is_refused_without_echoing_it(world: World) -> None:
    """Free text in these fields would be kept in clear and repeated in warnings (issue 14 item 5)."""
    for changes in (
        {"data_categories": ["email", "zq-free-text"]},
        {"affected_by_residence": {"EU-DE": 5, "zq-free-text": 3}},
    ):
        with pytest.raises(Unprocessable) as refused:
            incident_from({**INCIDENT, **changes})
        assert "zq-free-text" not in json.dumps(refused.value.to_body())
        assert "taxonomy" in json.dumps(refused.value.details)
    assert world.repo.records == {}


def test_warnings_name_taxonomy_words_only(world: World) -> None:
    data = {**INCIDENT, "affected_by_residence": {"EU-DE": 5, "US-AK": 3}}
    result = world.service.register("acme", incident_from(data), actor="o-1")
    assert any("residence key US-AK (3 affected)" in w for w in result["warnings"])
    assert world.service.get("acme", result["incident_id"])["warnings"] == result["warnings"]


def test_an_incident_stored_before_a_taxonomy_change_still_reads(world: World) -> None:
    stored = incident_from(INCIDENT).model_dump_json().replace('"email"', '"retired_category"')
    with pytest.raises(ValueError, match="unknown data categories"):
        Incident.model_validate_json(stored)
    assert "retired_category" in Incident.model_validate_json(stored, context=FROM_STORAGE).data_categories


def test_what_if_stores_nothing(world: World) -> None:
    result = world.service.assess("acme", incident_from(INCIDENT), actor="o-1")
    assert result.obligations
    assert world.repo.records == {}
    assert [r.type for _, r in world.audit.records] == ["breach.assessed"]


def test_get_shows_incident_obligations_and_timeline(world: World) -> None:
    incident_id = world.register()
    view = world.service.get("acme", incident_id)
    assert view["incident"]["entity_timezone"] == "Europe/Berlin"
    assert view["affected_subjects"] == 2
    assert [e["type"] for e in view["timeline"]] == ["registered"]
    assert all(o["status"] == "open" for o in view["obligations"])


def test_unknown_and_other_tenants_incidents_are_not_found(world: World) -> None:
    incident_id = world.register()
    with pytest.raises(NotFound):
        world.service.get("acme", "inc_" + "0" * 32)
    with pytest.raises(NotFound):
        world.service.get("globex", incident_id)
    with pytest.raises(NotFound):
        world.service.outbox("globex", incident_id)


def test_a_passed_deadline_reads_as_missed_before_the_schedule_runs(world: World) -> None:
    incident_id = world.register()
    world.clock.now = AWARE + timedelta(hours=80)
    view = world.service.get("acme", incident_id)
    gdpr = next(o for o in view["obligations"] if o["rule_id"] == "EU-GDPR-33")
    assert gdpr["status"] == "missed"


# -- bad input --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"aware_at": "2026-03-02T10:00:00"}, "aware_at"),
        ({"entity_timezone": "Mars/Olympus"}, "entity_timezone"),
        ({"affected_by_residence": {"EU-DE": -1}}, "affected_by_residence.EU-DE"),
        ({"aware_at": "2026-02-01T10:00:00+00:00"}, "aware_at"),
    ],
    ids=["no-offset", "unknown-zone", "negative-count", "aware-before-occurred"],
)
def test_bad_incident_is_422_naming_the_field_without_echoing_it(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(Unprocessable) as info:
        incident_from({**INCIDENT, **changes})
    assert field in [d["field"] for d in info.value.details]
    text = json.dumps(info.value.details) + info.value.message
    assert "Mars/Olympus" not in text
    assert "2026-02-01" not in text


# -- outbox and marking sent ------------------------------------------------------------------------
def test_outbox_lists_non_individual_drafts_without_personal_values(world: World) -> None:
    incident_id = world.register()
    outbox = world.service.outbox("acme", incident_id)["drafts"]
    assert outbox
    assert all(d["recipient"] != "individuals" for d in outbox)
    assert "EU-GDPR-33" in {d["rule_id"] for d in outbox}
    text = json.dumps(outbox)
    assert not any(v in text for v in [*EMAILS, *EMAILS.values()])


def test_facts_given_on_the_incident_complete_the_authority_drafts_and_the_individuals_notice(
    world: World,
) -> None:
    world.service.store_contact("acme", "cust-1", EMAILS["cust-1"], residence="EU-DE", actor="cust-1")
    incident_id = world.register(subjects=("cust-1",))
    gdpr = next(d for d in world.service.outbox("acme", incident_id)["drafts"] if d["rule_id"] == "EU-GDPR-33")
    assert gdpr["incomplete"] and "[TO COMPLETE" in gdpr["text"]
    world.service.complete_facts(
        "acme", incident_id, replace(FACTS, measures=None, delay_reasons="Forensics took 80 hours."), actor="o-1"
    )
    kept = world.service.complete_facts(
        "acme", incident_id, NoticeFacts(measures="Access closed, credentials reset."), actor="o-1"
    )
    assert (kept.nature, kept.measures) == (FACTS.nature, "Access closed, credentials reset.")  # one at a time
    gdpr = next(d for d in world.service.outbox("acme", incident_id)["drafts"] if d["rule_id"] == "EU-GDPR-33")
    assert gdpr["incomplete"] == [] and "[TO COMPLETE" not in gdpr["text"]
    assert FACTS.nature in gdpr["text"] and "Access closed" in gdpr["text"]
    # The individuals notice needs no facts in its request any more.
    result = notify(world, "acme", incident_id, NoticeFacts(), actor="o-1")
    assert result["sent"] == 1 and FACTS.nature in world.mailer.sent[0][2]
    facts_events = [r for _, r in world.audit.records if r.type == "breach.notice_facts_given"]
    assert facts_events[-1].details == {"incident_id": incident_id, "fields": ["measures"]}
    assert "Access closed" not in audit_text(world)
    timeline = world.service.get("acme", incident_id)["timeline"]
    given = sorted(e["details"]["fields"] for e in timeline if e["type"] == "notice_facts_given")
    assert given == ["contact_point,delay_reasons,individual_steps,nature", "measures"]
    with pytest.raises(NotFound):
        world.service.complete_facts("globex", incident_id, FACTS, actor="o-1")


def test_mark_sent_with_evidence_once_then_it_leaves_the_outbox(world: World) -> None:
    incident_id = world.register()
    gdpr = world.obligation(incident_id, "EU-GDPR-33")
    evidence = Evidence(AWARE + timedelta(minutes=30), "portal", "BfDI-2026-1")
    world.clock.advance(minutes=1)  # the timeline orders entries of the same instant by their random ids
    view = world.service.mark_sent("acme", incident_id, gdpr.obligation_id, evidence, actor="o-1")
    assert view["status"] == "sent"
    assert view["evidence"]["reference"] == "BfDI-2026-1"
    assert gdpr.obligation_id not in {d["obligation_id"] for d in world.service.outbox("acme", incident_id)["drafts"]}
    with pytest.raises(Conflict):
        world.service.mark_sent("acme", incident_id, gdpr.obligation_id, evidence, actor="o-1")
    assert world.service.get("acme", incident_id)["timeline"][-1]["type"] == "obligation_sent"
    assert world.audit.records[-1][1].details == {
        "incident_id": incident_id,
        "obligation_id": gdpr.obligation_id,
        "rule_id": "EU-GDPR-33",
        "late": False,
    }


def test_mark_sent_rejects_future_evidence_and_unknown_obligations(world: World) -> None:
    incident_id = world.register()
    gdpr = world.obligation(incident_id, "EU-GDPR-33")
    with pytest.raises(Unprocessable):
        world.service.mark_sent(
            "acme", incident_id, gdpr.obligation_id, Evidence(AWARE + timedelta(days=9), "portal", "r"), actor="o"
        )
    with pytest.raises(NotFound):
        world.service.mark_sent("acme", incident_id, "ob-99", Evidence(AWARE, "portal", "r"), actor="o")


def test_a_notice_cannot_have_been_sent_before_the_incident_occurred(world: World) -> None:
    incident_id = world.register()  # occurred 1 March 08:00 UTC
    gdpr = world.obligation(incident_id, "EU-GDPR-33")
    before = Evidence(datetime(2026, 3, 1, 7, 59, tzinfo=UTC), "portal", "r")
    with pytest.raises(Unprocessable, match="before the incident occurred"):
        world.service.mark_sent("acme", incident_id, gdpr.obligation_id, before, actor="o")
    assert gdpr.obligation_id in {d["obligation_id"] for d in world.service.outbox("acme", incident_id)["drafts"]}


# -- individual notices -----------------------------------------------------------------------------
def test_notices_go_to_stored_addresses_once_and_mark_the_obligations(world: World) -> None:
    for subject, email in EMAILS.items():
        world.service.store_contact("acme", subject, email, residence="EU-DE", actor=subject)
    incident_id = world.register()
    result = notify(world, "acme", incident_id, FACTS, actor="o-1")
    assert (result["sent"], result["no_contact"], result["failed"]) == (2, 0, 0)
    assert sorted(to for to, _, _ in world.mailer.sent) == sorted(EMAILS.values())
    body = world.mailer.sent[0][2]
    assert "Access closed, credentials reset." in body
    assert not any(v in body for v in [*EMAILS, *EMAILS.values()])
    individuals = {
        o.obligation_id for o in world.repo.obligations("acme", incident_id) if o.obligation.recipient == "individuals"
    }
    assert set(result["obligations_marked_sent"]) == individuals
    again = notify(world, "acme", incident_id, FACTS, actor="o-1")
    assert (again["sent"], again["already_notified"]) == (0, 2)
    assert len(world.mailer.sent) == 2
    assert "@" not in audit_text(world)


def test_subjects_without_contact_leave_the_obligation_open(world: World) -> None:
    world.service.store_contact("acme", "cust-1", EMAILS["cust-1"], residence="EU-DE", actor="cust-1")
    incident_id = world.register()
    result = notify(world, "acme", incident_id, FACTS, actor="o-1")
    assert (result["sent"], result["no_contact"]) == (1, 1)
    assert result["obligations_marked_sent"] == []


def test_a_failed_address_does_not_stop_the_others(world: World) -> None:
    for subject, email in EMAILS.items():
        world.service.store_contact("acme", subject, email, residence="EU-DE", actor=subject)
    world.mailer.fail_for = {EMAILS["cust-1"]}
    incident_id = world.register()
    result = notify(world, "acme", incident_id, FACTS, actor="o-1")
    assert (result["sent"], result["failed"]) == (1, 1)
    assert world.audit.records[-1][1].outcome == "partial"
    world.mailer.fail_for = set()
    retry = notify(world, "acme", incident_id, FACTS, actor="o-1")
    assert (retry["sent"], retry["already_notified"]) == (1, 1)
    assert retry["obligations_marked_sent"]


def test_each_recipient_shows_whether_the_notice_reached_them_and_why_not(world: World) -> None:
    world.service.store_contact("acme", "cust-1", EMAILS["cust-1"], residence="EU-DE", actor="cust-1")
    world.service.store_contact("acme", "cust-3", "cleo@example.org", residence="EU-DE", actor="cust-3")
    world.mailer.fail_for = {"cleo@example.org"}
    incident_id = world.register(subjects=("cust-1", "cust-2", "cust-3", "cust-4"))

    def statuses() -> dict[str, tuple[str, str | None]]:
        page = world.service.recipients("acme", incident_id, limit=10, cursor=None)
        return {r["subject_id"]: (r["status"], r["at"]) for r in page.items}

    assert {s for s, _ in statuses().values()} == {"pending"}
    notify(world, "acme", incident_id, FACTS, actor="o-1")
    now = world.clock().isoformat()
    assert statuses() == {
        "cust-1": ("notified", now),
        "cust-2": ("no_contact", now),
        "cust-3": ("failed", now),
        "cust-4": ("no_contact", now),
    }
    world.mailer.fail_for = set()
    world.service.store_contact("acme", "cust-2", EMAILS["cust-2"], residence="EU-DE", actor="cust-2")
    notify(world, "acme", incident_id, FACTS, actor="o-1")
    assert {k: v[0] for k, v in statuses().items()} == {
        "cust-1": "notified", "cust-2": "notified", "cust-3": "notified", "cust-4": "no_contact",
    }  # fmt: skip
    first = world.service.recipients("acme", incident_id, limit=3, cursor=None)
    rest = world.service.recipients("acme", incident_id, limit=3, cursor=first.next_cursor)
    assert len(first.items) == 3 and len(rest.items) == 1 and rest.next_cursor is None
    with pytest.raises(NotFound):
        world.service.recipients("globex", incident_id, limit=10, cursor=None)


def test_incomplete_notice_is_422_and_nothing_is_sent(world: World) -> None:
    world.service.store_contact("acme", "cust-1", EMAILS["cust-1"], residence="EU-DE", actor="cust-1")
    incident_id = world.register()
    with pytest.raises(Unprocessable) as info:
        notify(world, "acme", incident_id, NoticeFacts(nature="x"), actor="o-1")
    assert {"contact_point"} <= {d["field"] for d in info.value.details}
    assert world.mailer.sent == []
    assert world.contacts.opened == []  # addresses are opened only when a notice is really sent


def test_no_individuals_obligation_is_a_conflict(world: World) -> None:
    incident_id = world.register(risk_level="low", affected_by_residence={"EU-DE": 10})
    with pytest.raises(Conflict):
        notify(world, "acme", incident_id, FACTS, actor="o-1")


def test_contact_audit_names_the_subject_as_pseudonymisable_id_only(world: World) -> None:
    world.service.store_contact("acme", "cust-1", EMAILS["cust-1"], residence="EU-DE", actor="cust-1")
    tenant, record = world.audit.records[-1]
    assert (tenant, record.type, record.subject) == ("acme", "breach.contact_stored", "cust-1")
    assert EMAILS["cust-1"] not in audit_text(world)


# -- the schedule -----------------------------------------------------------------------------------
def _gdpr_reminders(world: World) -> list[str]:
    return [m["level"] for _, m in world.reminders.published if m["rule_id"] == "EU-GDPR-33"]


def test_reminders_at_half_and_ninety_percent_once_each_then_missed() -> None:
    world = World(now=AWARE + timedelta(hours=1))
    incident_id = world.register()
    world.service.remind()
    assert _gdpr_reminders(world) == []
    world.clock.now = AWARE + timedelta(hours=36)  # exactly half of 72 h
    world.service.remind()
    world.service.remind()
    assert _gdpr_reminders(world) == ["50"]
    world.clock.now = AWARE + timedelta(hours=65)  # past 90 % (64.8 h)
    world.service.remind()
    world.service.remind()
    assert _gdpr_reminders(world) == ["50", "90"]
    world.clock.now = AWARE + timedelta(hours=72)  # the deadline minute itself is not missed yet
    world.service.remind()
    assert world.obligation(incident_id, "EU-GDPR-33").status == "open"
    world.clock.now = AWARE + timedelta(hours=72, minutes=1)
    counts = world.service.remind()
    assert counts["missed"] >= 1
    world.service.remind()
    assert _gdpr_reminders(world) == ["50", "90", "missed"]
    assert world.obligation(incident_id, "EU-GDPR-33").status == "missed"
    types = [e["type"] for e in world.service.get("acme", incident_id)["timeline"]]
    assert types.count("deadline_missed") >= 1
    message = next(m for _, m in world.reminders.published if m["rule_id"] == "EU-GDPR-33")
    assert set(message) == {
        "tenant", "incident_id", "obligation_id", "rule_id", "jurisdiction", "recipient", "deadline", "level"
    }  # fmt: skip
    assert {r.type for _, r in world.audit.records} >= {"breach.reminder_sent", "breach.deadline_missed"}


def test_a_late_registration_sends_one_reminder_for_the_highest_level() -> None:
    world = World(now=AWARE + timedelta(hours=70))
    incident_id = world.register()
    world.service.remind()
    assert _gdpr_reminders(world) == ["90"]
    assert world.obligation(incident_id, "EU-GDPR-33").reminded == ("50", "90")


def test_sent_obligations_get_no_reminders() -> None:
    world = World(now=AWARE + timedelta(hours=1))
    incident_id = world.register()
    gdpr = world.obligation(incident_id, "EU-GDPR-33")
    world.service.mark_sent("acme", incident_id, gdpr.obligation_id, Evidence(AWARE, "portal", "r-1"), actor="o")
    world.clock.now = AWARE + timedelta(hours=100)
    world.service.remind()
    assert _gdpr_reminders(world) == []
    assert world.obligation(incident_id, "EU-GDPR-33").status == "sent"


def test_a_failed_publish_releases_the_claim_for_the_next_run() -> None:
    world = World(now=AWARE + timedelta(hours=40))
    world.register(affected_by_residence={"EU-DE": 10})
    world.reminders.fail = True
    with pytest.raises(RuntimeError):
        world.service.remind()
    world.reminders.fail = False
    world.service.remind()
    assert _gdpr_reminders(world) == ["50"]
    outcomes = [r.outcome for _, r in world.audit.records if r.type == "breach.reminder_sent"]
    assert outcomes == ["success", "released", "success"]  # the claim, its release, the claim that was sent


def test_a_reminder_is_claimed_only_with_its_audit_event() -> None:
    """The claim, its timeline entry and its event commit together: when the audit commit fails, no
    claim is left behind to silence the next run."""
    world = World(now=AWARE + timedelta(hours=40))
    incident_id = world.register(affected_by_residence={"EU-DE": 10})
    world.audit.fail = Conflict("the items changed meanwhile, retry")
    world.service.remind()
    assert world.obligation(incident_id, "EU-GDPR-33").reminded == ()
    assert _gdpr_reminders(world) == []
    world.audit.fail = None
    world.service.remind()
    assert _gdpr_reminders(world) == ["50"]
    assert world.obligation(incident_id, "EU-GDPR-33").reminded == ("50",)


# -- individual notices: one notice per law that applies to the subject, in batches, each send once ----------
def _subjects(n: int) -> tuple[str, ...]:
    return tuple(f"cust-{i:04d}" for i in range(n))


def _with_contacts(world: World, subjects: Sequence[str], residence: str | None = "EU-DE") -> None:
    for subject in subjects:
        world.service.store_contact("acme", subject, f"{subject}@example.org", residence=residence, actor="o-1")


def test_each_subject_gets_only_the_notice_of_the_laws_of_their_residence(world: World) -> None:
    world.service.store_contact("acme", "cust-de", "de@example.org", residence="EU-DE", actor="o-1")
    world.service.store_contact("acme", "cust-ca", "ca@example.org", residence="US-CA", actor="o-1")
    world.service.store_contact("acme", "cust-uk", "uk@example.org", residence="UK", actor="o-1")
    world.service.store_contact("acme", "cust-nowhere", "nowhere@example.org", actor="o-1")
    incident_id = world.register(subjects=("cust-de", "cust-ca", "cust-uk", "cust-nowhere"))
    result = notify(world, "acme", incident_id, FACTS, actor="o-1")
    bodies = {to: body for to, _, body in world.mailer.sent}
    assert sorted(bodies) == ["ca@example.org", "de@example.org"]  # one e-mail each: one law each
    gdpr = world.obligation(incident_id, "EU-GDPR-34").obligation.citation
    california = world.obligation(incident_id, "US-CA-individuals").obligation.citation
    assert gdpr in bodies["de@example.org"] and california not in bodies["de@example.org"]
    assert california in bodies["ca@example.org"] and gdpr not in bodies["ca@example.org"]
    assert all(body.count("Legal basis:") == 1 for body in bodies.values())  # never a merged notice
    page = world.service.recipients("acme", incident_id, limit=10, cursor=None)
    shown = {r["subject_id"]: (r["status"], r["rules_sent"]) for r in page.items}
    assert shown == {
        "cust-de": ("notified", ["EU-GDPR-34"]),
        "cust-ca": ("notified", ["US-CA-individuals"]),
        "cust-uk": ("no_notice_owed", []),  # no individuals notice under UK law for this incident
        "cust-nowhere": ("residence_unknown", []),  # no law owed here applies whatever the residence
    }
    assert (result["sent"], result["no_notice_owed"], result["residence_unknown"]) == (2, 1, 1)
    assert result["obligations_marked_sent"] == []  # someone whose residence is unknown may be owed one


def test_a_residence_outside_the_taxonomy_is_422_without_echoing_it(world: World) -> None:
    with pytest.raises(Unprocessable) as info:
        world.service.store_contact("acme", "cust-1", EMAILS["cust-1"], residence="Atlantis-7", actor="o-1")
    assert "Atlantis" not in str(info.value) and info.value.details == [{"field": "residence"}]


def test_the_post_queues_a_run_and_asking_again_answers_that_run(world: World) -> None:
    incident_id = world.register()
    first = world.service.start_individual_notices("acme", incident_id, replace(FACTS, measures="Reset."), actor="o-1")
    again = world.service.start_individual_notices("acme", incident_id, FACTS, actor="o-1")
    assert first["status"] == "queued" and again["run_id"] == first["run_id"]
    # Asking again queues the run again (a lost or parked message would leave it standing): one run.
    assert world.queue.sent == [("acme", incident_id)] * 2
    assert world.mailer.sent == []  # nothing leaves inside the request
    kept = world.repo.facts("acme", incident_id)
    assert kept is not None and kept.measures == "Reset."  # the worker sends later: the facts are kept
    timeline = [e["type"] for e in world.service.get("acme", incident_id)["timeline"]]
    assert "individual_notices_queued" in timeline


def test_a_run_goes_on_in_batches_from_its_checkpoint_and_the_timeline_shows_progress(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("privacykit.domain.breach.service.NOTICE_BATCH", 3)
    subjects = _subjects(10)
    _with_contacts(world, subjects)
    incident_id = world.register(subjects=subjects)
    world.service.start_individual_notices("acme", incident_id, FACTS, actor="o-1")
    invocations = 0
    while True:
        invocations += 1
        # Time for two batches per invocation: the third is left to the next one.
        budget = iter([120.0, 0.0])
        run = world.service.continue_individual_notices(
            "acme", incident_id, time_left=lambda budget=budget: next(budget)
        )
        assert run is not None
        if run["status"] == "completed":
            break
        assert world.queue.sent[-1] == ("acme", incident_id)  # queued again to go on
    assert invocations == 2 and run["batches"] == 4 and run["sent"] == 10
    assert sorted(to for to, _, _ in world.mailer.sent) == [f"{s}@example.org" for s in subjects]
    timeline = world.service.get("acme", incident_id)["timeline"]
    progress = [e["details"] for e in timeline if e["type"] == "individual_notices_progress"]
    assert progress and progress[0]["sent"] == 6 and progress[0]["done"] == 6
    assert next(e for e in timeline if e["type"] == "individual_notices")["details"]["sent"] == 10
    batches = [r for _, r in world.audit.records if r.type == "breach.individual_notices_batch"]
    assert len(batches) == 4 and sum(int(r.details["sent"]) for r in batches) == 10


def test_a_redelivered_batch_sends_nothing_twice(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("privacykit.domain.breach.service.NOTICE_BATCH", 2)
    subjects = _subjects(5)
    _with_contacts(world, subjects)
    incident_id = world.register(subjects=subjects)
    world.service.start_individual_notices("acme", incident_id, FACTS, actor="o-1")
    left = iter([0.0])
    world.service.continue_individual_notices("acme", incident_id, time_left=lambda: next(left))  # one batch
    assert len(world.mailer.sent) == 2
    # The same message again, and again after the run completed: each subject once.
    world.service.continue_individual_notices("acme", incident_id)
    assert world.service.continue_individual_notices("acme", incident_id) is None
    assert sorted(to for to, _, _ in world.mailer.sent) == [f"{s}@example.org" for s in subjects]


def test_a_batch_that_stopped_after_sending_is_never_sent_again(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("privacykit.domain.breach.service.NOTICE_BATCH", 2)
    subjects = _subjects(4)
    _with_contacts(world, subjects)
    incident_id = world.register(subjects=subjects)
    world.service.start_individual_notices("acme", incident_id, FACTS, actor="o-1")
    # The first batch's e-mails leave, then its record does not commit (the worker died, the table failed).
    world.audit.fail = RuntimeError("the transaction did not commit")
    with pytest.raises(RuntimeError):
        world.service.continue_individual_notices("acme", incident_id)
    assert len(world.mailer.sent) == 2
    world.audit.fail = None
    run = world.service.continue_individual_notices("acme", incident_id)  # SQS delivers the message again
    assert run is not None and (run["sent"], run["interrupted"]) == (2, 2)
    sent = [to for to, _, _ in world.mailer.sent]
    assert sorted(sent) == sorted(set(sent)) and len(sent) == 4  # nobody twice
    page = world.service.recipients("acme", incident_id, limit=10, cursor=None)
    assert sorted(r["status"] for r in page.items) == ["interrupted", "interrupted", "notified", "notified"]
    assert run["obligations_marked_sent"] == []  # an interrupted send is for an officer to check
    # A later run does not try the interrupted subjects again either.
    notify(world, "acme", incident_id, FACTS, actor="o-1")
    assert len(world.mailer.sent) == 4


def test_a_delivery_that_loses_the_batch_to_another_stops_without_sending(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("privacykit.domain.breach.service.NOTICE_BATCH", 2)
    subjects = _subjects(4)
    _with_contacts(world, subjects)
    incident_id = world.register(subjects=subjects)
    world.service.start_individual_notices("acme", incident_id, FACTS, actor="o-1")
    # Another delivery of the same message claims the first batch's sends after this one read the batch.
    opened = world.contacts.contact

    def racing(tenant: str, subject: str) -> Any:
        if subject == subjects[1]:
            world.repo.claim_sends("acme", incident_id, list(subjects[:2]), world.clock())
        return opened(tenant, subject)

    monkeypatch.setattr(world.contacts, "contact", racing)
    queued = len(world.queue.sent)
    run = world.service.continue_individual_notices("acme", incident_id)
    assert run is not None and run["status"] != "completed" and run["sent"] == 0
    assert world.mailer.sent == [] and len(world.queue.sent) == queued  # it stops, queueing nothing
