"""Alerts raised once per dedup window, recorded and audited with their claim, published after the
commit; acknowledged by the roles that respond; rights requests checked against their due dates."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from fakes import (
    FakeClock,
    FixedOpenRequests,
    InMemoryAlertStore,
    InMemoryWindows,
    PlainPseudonyms,
    RecordingAlertPublisher,
    RecordingAudit,
)
from privacykit.domain.common.principal import Principal
from privacykit.domain.monitoring.evaluator import RuleEvaluator
from privacykit.domain.monitoring.ports import OpenRequest
from privacykit.domain.monitoring.rules import RuleSet, load_default_rules, rules_for_tenant
from privacykit.domain.monitoring.service import AlertDesk, AlertRaiser, DueDateCheck, Monitor
from privacykit.errors import Conflict, DependencyFailure, Forbidden, NotFound, ValidationFailed

from .support import event

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
OFFICER = Principal("acme", "officer-1", frozenset({"privacy_officer"}))
AUDITOR = Principal("acme", "auditor-1", frozenset({"compliance_auditor"}))


class World:
    def __init__(self, rules: RuleSet | None = None, requests: FixedOpenRequests | None = None) -> None:
        self.clock = FakeClock(NOW)
        self.store = InMemoryAlertStore()
        self.publisher = RecordingAlertPublisher()
        self.audit = RecordingAudit()
        chosen = rules or load_default_rules()
        self.raiser = AlertRaiser(self.store, self.publisher, self.audit, self.clock)
        self.monitor = Monitor(RuleEvaluator(lambda t: chosen, InMemoryWindows()), self.raiser)
        self.due = DueDateCheck(self.raiser, lambda t: chosen, requests or FixedOpenRequests({}), self.clock)
        self.desk = AlertDesk(self.store, self.audit, PlainPseudonyms(), self.clock)


def break_glass(use: str = "u1") -> dict[str, object]:
    return event("access.break_glass", NOW, action="read", level="RESTRICTED", decision="ALLOW",
                 break_glass=True, break_glass_use=use, record_id="rec_1")  # fmt: skip


def test_a_firing_is_recorded_audited_and_published() -> None:
    world = World()
    report = world.monitor.process([break_glass()])
    [alert] = report.raised
    assert alert.rule_id == "break_glass" and alert.severity == "high"
    assert world.store.get("acme", alert.alert_id) is not None
    assert [(t, r.type, r.details) for t, r in world.audit.records] == [
        ("acme", "monitoring.alert_raised",
         {"alert_id": alert.alert_id, "rule_id": "break_glass", "severity": "high"}),
    ]  # fmt: skip
    assert [a.alert_id for a in world.publisher.published] == [alert.alert_id]
    assert world.store.get("acme", alert.alert_id).notified  # type: ignore[union-attr]
    assert report.tally[("acme", "AlertsRaised", "rule", "break_glass")] == 1


def test_the_same_key_within_the_window_is_suppressed_and_raised_again_after_it() -> None:
    rules = rules_for_tenant(
        load_default_rules(), json.dumps({"overrides": {"repeated_denials": {"threshold": 1, "dedup_minutes": 30}}}),
        "t.json",
    )  # fmt: skip
    world = World(rules)

    def deny() -> dict[str, object]:
        return event("access.decision", world.clock.now, outcome="deny", decision="DENY", action="read")

    assert len(world.monitor.process([deny()]).raised) == 1
    world.clock.advance(minutes=10)
    second = world.monitor.process([deny()])
    assert (len(second.raised), second.suppressed) == (0, 1)
    world.clock.advance(minutes=21)
    assert len(world.monitor.process([deny()]).raised) == 1
    assert len(world.publisher.published) == 2


def test_an_alert_whose_publication_failed_is_published_when_the_batch_is_redelivered() -> None:
    world = World()
    batch = [break_glass()]
    world.publisher.fail = DependencyFailure("sns down")
    with pytest.raises(DependencyFailure):
        world.monitor.process(batch)
    [stored] = world.store.alerts.values()
    assert not stored.notified
    world.publisher.fail = None
    report = world.monitor.process(batch)  # the stream retries the batch
    assert report.suppressed == 1
    assert [a.alert_id for a in world.publisher.published] == [stored.alert_id]
    assert len(world.store.alerts) == 1


def test_a_commit_that_fails_publishes_nothing() -> None:
    world = World()
    world.audit.fail = DependencyFailure("ddb down")
    with pytest.raises(DependencyFailure):
        world.monitor.process([break_glass()])
    assert not world.publisher.published and not world.store.alerts


def test_an_officer_lists_and_acknowledges_and_the_ack_is_audited() -> None:
    world = World()
    [alert] = world.monitor.process([break_glass()]).raised
    world.clock.advance(minutes=3)
    acknowledged = world.desk.acknowledge(OFFICER, alert.alert_id)
    assert acknowledged.status == "acknowledged" and acknowledged.acknowledged_at == world.clock.now
    assert acknowledged.acknowledged_by == PlainPseudonyms().pseudonym("acme", "officer-1")
    assert world.audit.records[-1][1].type == "monitoring.alert_acknowledged"
    assert world.desk.list(AUDITOR, status="acknowledged").alerts[0].alert_id == alert.alert_id
    assert not world.desk.list(AUDITOR, status="open").alerts
    with pytest.raises(Conflict):
        world.desk.acknowledge(OFFICER, alert.alert_id)


def test_an_auditor_reads_but_does_not_acknowledge_and_others_do_neither() -> None:
    world = World()
    [alert] = world.monitor.process([break_glass()]).raised
    with pytest.raises(Forbidden):
        world.desk.acknowledge(AUDITOR, alert.alert_id)
    clinician = Principal("acme", "c", frozenset({"clinician"}))
    with pytest.raises(Forbidden):
        world.desk.list(clinician)


def test_another_tenant_cannot_see_or_acknowledge_an_alert() -> None:
    world = World()
    [alert] = world.monitor.process([break_glass()]).raised
    stranger = Principal("globex", "officer-2", frozenset({"privacy_officer"}))
    assert not world.desk.list(stranger).alerts
    with pytest.raises(NotFound):
        world.desk.acknowledge(stranger, alert.alert_id)


def test_listing_pages_newest_first_with_a_cursor_and_filters() -> None:
    world = World()
    for n in range(5):
        world.monitor.process([break_glass(f"u{n}")])
        world.clock.advance(seconds=2)
    first = world.desk.list(OFFICER, limit=2)
    second = world.desk.list(OFFICER, limit=2, cursor=first.cursor)
    third = world.desk.list(OFFICER, limit=2, cursor=second.cursor)
    ids = [a.alert_id for page in (first, second, third) for a in page.alerts]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 5 and third.cursor is None
    assert not world.desk.list(OFFICER, rule_id="repeated_denials").alerts
    assert len(world.desk.list(OFFICER, since=NOW + timedelta(seconds=5)).alerts) == 2
    with pytest.raises(ValidationFailed):
        world.desk.list(OFFICER, cursor="not-a-cursor")


def test_rights_requests_near_or_past_their_due_date_raise_alerts_once_a_day() -> None:
    requests = FixedOpenRequests({
        "acme": [
            OpenRequest("dsar", "dsar_far", NOW - timedelta(days=2), NOW + timedelta(days=28)),
            OpenRequest("dsar", "dsar_near", NOW - timedelta(days=27), NOW + timedelta(days=3)),
            OpenRequest("dsar", "dsar_late", NOW - timedelta(days=40), NOW - timedelta(days=1)),
            # No stored due date: received 26 days ago, due after the rule's 30 days.
            OpenRequest("erasure", "era_stuck", NOW - timedelta(days=26), None),
        ]
    })  # fmt: skip
    world = World(requests=requests)
    report = world.due.run()
    stages = {a.details["request_id"]: a.details["stage"] for a in report.raised}
    assert stages == {"dsar_near": "due_soon", "dsar_late": "overdue", "era_stuck": "due_soon"}
    assert world.due.run().suppressed == 3
    world.clock.advance(days=1, minutes=1)
    assert len(world.due.run().raised) == 3
