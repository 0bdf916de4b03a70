"""The evaluator on batches of audit events: windows per principal, working hours, every-event rules,
and the tallies behind the per-tenant metrics."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from fakes import InMemoryWindows
from privacykit.domain.monitoring.evaluator import RuleEvaluator, within_working_hours
from privacykit.domain.monitoring.rules import RuleSet, WorkingHours, load_default_rules, rules_for_tenant

from .support import denial, event, restricted_read

MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def evaluator(rules: RuleSet | None = None, windows: InMemoryWindows | None = None) -> RuleEvaluator:
    chosen = rules or load_default_rules()
    return RuleEvaluator(lambda tenant: chosen, windows or InMemoryWindows())


def tight(**overrides: dict[str, object]) -> RuleSet:
    return rules_for_tenant(load_default_rules(), json.dumps({"overrides": overrides}), "test.json")


def test_restricted_reads_fire_when_the_window_reaches_the_threshold() -> None:
    rules = tight(restricted_reads={"threshold": 3, "window_minutes": 10})
    found = evaluator(rules).evaluate([restricted_read(MONDAY_NOON + timedelta(minutes=i)) for i in range(3)])
    [firing] = [f for f in found.firings if f.rule_id == "restricted_reads"]
    assert firing.actor == "ps_alice"
    assert firing.details == {"count": 3, "threshold": 3, "window_minutes": 10}
    assert len(firing.event_ids) == 3


def test_reads_spread_wider_than_the_window_do_not_fire() -> None:
    rules = tight(restricted_reads={"threshold": 3, "window_minutes": 10})
    batch = [restricted_read(MONDAY_NOON + timedelta(minutes=8 * i)) for i in range(3)]
    assert not [f for f in evaluator(rules).evaluate(batch).firings if f.rule_id == "restricted_reads"]


def test_the_window_spans_batches_and_a_redelivered_batch_counts_once() -> None:
    rules = tight(restricted_reads={"threshold": 3, "window_minutes": 10})
    windows = InMemoryWindows()
    first = [restricted_read(MONDAY_NOON), restricted_read(MONDAY_NOON + timedelta(minutes=1))]
    assert not evaluator(rules, windows).evaluate(first).firings
    assert not evaluator(rules, windows).evaluate(first).firings  # the same events again: still two
    later = evaluator(rules, windows).evaluate([restricted_read(MONDAY_NOON + timedelta(minutes=2))])
    assert [f.details["count"] for f in later.firings if f.rule_id == "restricted_reads"] == [3]


def test_principals_are_counted_apart() -> None:
    rules = tight(restricted_reads={"threshold": 2, "window_minutes": 10})
    batch = [restricted_read(MONDAY_NOON, actor="ps_a"), restricted_read(MONDAY_NOON, actor="ps_b")]
    assert not evaluator(rules).evaluate(batch).firings


def test_internal_reads_and_denied_reads_are_not_restricted_reads() -> None:
    rules = tight(restricted_reads={"threshold": 1, "window_minutes": 10})
    internal = event("access.decision", MONDAY_NOON, action="read", level="INTERNAL", decision="ALLOW")
    denied = event("access.decision", MONDAY_NOON, action="read", level="RESTRICTED", decision="DENY")
    assert not [f for f in evaluator(rules).evaluate([internal, denied]).firings if f.rule_id == "restricted_reads"]


def test_repeated_denials_fire_per_principal() -> None:
    rules = tight(repeated_denials={"threshold": 4, "window_minutes": 5})
    found = evaluator(rules).evaluate([denial(MONDAY_NOON + timedelta(seconds=10 * i)) for i in range(4)])
    assert [f.rule_id for f in found.firings] == ["repeated_denials"]


def test_events_without_a_human_principal_never_count_against_one() -> None:
    rules = tight(repeated_denials={"threshold": 1, "window_minutes": 5})
    batch = [denial(MONDAY_NOON, actor="ps_schedule", roles=()), denial(MONDAY_NOON, actor=None)]
    assert not evaluator(rules).evaluate(batch).firings


def test_access_outside_working_hours_fires_in_the_tenant_time_zone() -> None:
    paris = rules_for_tenant(
        load_default_rules(),
        json.dumps({"working_hours": {"timezone": "Europe/Paris", "start": "08:00", "end": "18:00"}}),
        "t.json",
    )
    at_17_30_utc = MONDAY_NOON.replace(hour=17, minute=30)  # 18:30 in Paris: after hours there
    read = event("access.decision", at_17_30_utc, action="read", level="INTERNAL", decision="ALLOW")
    [firing] = evaluator(paris).evaluate([read]).firings
    assert firing.rule_id == "off_hours_access"
    assert firing.details == {"local_time": "18:30", "weekday": 1, "timezone": "Europe/Paris"}
    assert not evaluator(paris).evaluate([event("access.decision", MONDAY_NOON, decision="ALLOW")]).firings


def test_working_hours_exclude_the_weekend() -> None:
    hours = WorkingHours()
    assert within_working_hours(hours, MONDAY_NOON)
    assert not within_working_hours(hours, MONDAY_NOON - timedelta(days=1))  # Sunday noon


def test_every_break_glass_fires_carrying_ids_only() -> None:
    use = event(
        "access.break_glass", MONDAY_NOON, action="read", level="RESTRICTED", decision="ALLOW",
        break_glass=True, break_glass_use="u1", record_id="rec_1", purpose="treatment", policies=["p"],
    )  # fmt: skip
    firings = {f.rule_id: f for f in evaluator().evaluate([use]).firings}
    assert firings["break_glass"].details == {
        "break_glass_use": "u1", "record_id": "rec_1", "action": "read", "purpose": "treatment"
    }  # fmt: skip
    assert firings["break_glass"].actor is None


def test_breach_reminders_at_50_and_90_percent_become_distinct_alerts() -> None:
    def reminder(level: str) -> dict[str, object]:
        return event(
            "breach.reminder_sent", MONDAY_NOON, outcome="success", actor="ps_schedule", roles=(),
            incident_id="inc_1", obligation_id="ob_1", rule_id="gdpr_art33", level=level,
        )  # fmt: skip

    found = evaluator().evaluate([reminder("50"), reminder("90"), reminder("90")])
    keys = [f.dedup_key for f in found.firings]
    assert [f.details["level"] for f in found.firings] == ["50", "90", "90"]
    assert keys[0] != keys[1] and keys[1] == keys[2]  # the repeat is deduplicated downstream


def test_a_broken_verification_fires_and_a_valid_one_does_not() -> None:
    broken = event("audit.verification_completed", MONDAY_NOON, outcome="broken", actor=None,
                   job_id="ver_1", valid=False, first_break_seq=7)  # fmt: skip
    valid = event("audit.verification_completed", MONDAY_NOON, outcome="success", actor=None, job_id="ver_2")
    chain = event("audit.chain_broken", MONDAY_NOON, outcome="broken", actor=None, first_break_seq=9, reason="gap")
    found = evaluator().evaluate([broken, valid, chain])
    assert [(f.rule_id, f.details.get("first_break_seq")) for f in found.firings] == [
        ("audit_verification_failed", 7),
        ("audit_verification_failed", 9),
    ]


def test_the_monitor_never_matches_its_own_events() -> None:
    rules = rules_for_tenant(
        load_default_rules(),
        json.dumps({"rules": [{"id": "all_alerts", "title": "x", "kind": "every", "severity": "low",
                               "match": {"types": ["monitoring.alert_raised"]}}]}),
        "t.json",
    )  # fmt: skip
    own = event("monitoring.alert_raised", MONDAY_NOON, outcome="success", actor=None, alert_id="a")
    assert not evaluator(rules).evaluate([own]).firings


def test_unreadable_events_are_counted_and_skipped() -> None:
    found = evaluator().evaluate([{"tenant": "acme"}, {"at": "not a time"}, denial(MONDAY_NOON) | {"at": "2026-01-01"}])
    assert found.unreadable == 3 and not found.firings


def test_tallies_count_decisions_by_outcome_and_requests_by_status_per_tenant() -> None:
    batch = [
        denial(MONDAY_NOON),
        restricted_read(MONDAY_NOON),
        restricted_read(MONDAY_NOON, tenant="globex"),
        event("dsar.requested", MONDAY_NOON, outcome="success", request_id="r1"),
        event("erasure.completed", MONDAY_NOON, outcome="success", request_id="r2"),
    ]
    tally = evaluator().evaluate(batch).tally
    assert tally[("acme", "AccessDecisions", "outcome", "DENY")] == 1
    assert tally[("acme", "AccessDecisions", "outcome", "ALLOW")] == 1
    assert tally[("globex", "AccessDecisions", "outcome", "ALLOW")] == 1
    assert tally[("acme", "RightsRequests", "status", "dsar.requested")] == 1
    assert tally[("acme", "RightsRequests", "status", "erasure.completed")] == 1
