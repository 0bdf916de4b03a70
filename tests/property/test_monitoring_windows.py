"""Property: however a principal's events are cut into stream batches, and whichever batches are
delivered twice, the threshold rule fires on a batch exactly when the events of that principal in the
window ending at the batch's latest event reach the threshold (counted once each)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from fakes import InMemoryWindows
from privacykit.domain.monitoring.evaluator import RuleEvaluator
from privacykit.domain.monitoring.rules import load_default_rules, rules_for_tenant

START = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
THRESHOLD, WINDOW = 4, 5
RULES = rules_for_tenant(
    load_default_rules(),
    json.dumps({"overrides": {"repeated_denials": {"threshold": THRESHOLD, "window_minutes": WINDOW}}}),
    "property.json",
)


def denial(at: datetime) -> dict[str, object]:
    return {
        "event_id": str(uuid.uuid4()), "tenant": "acme", "type": "access.decision", "outcome": "deny",
        "at": at.isoformat(), "actor": "ps_a", "actor_roles": ["viewer"], "subject": None,
        "details": {"decision": "DENY", "action": "read"},
    }  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    gaps=st.lists(st.integers(min_value=0, max_value=180), min_size=1, max_size=25),
    cuts=st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=25),
    repeats=st.sets(st.integers(min_value=0, max_value=25)),
)
def test_a_threshold_fires_exactly_when_the_window_holds_enough(
    gaps: list[int], cuts: list[int], repeats: set[int]
) -> None:
    times, moment = [], START
    for gap in gaps:
        moment += timedelta(seconds=gap)
        times.append(moment)
    events = [denial(at) for at in times]
    batches, start = [], 0
    for size in cuts * len(events):
        if start >= len(events):
            break
        batches.append(events[start : start + size])
        start += size
    evaluator = RuleEvaluator(lambda tenant: RULES, InMemoryWindows())
    seen: list[datetime] = []
    for index, batch in enumerate(batches):
        seen.extend(datetime.fromisoformat(str(e["at"])) for e in batch)
        latest = max(datetime.fromisoformat(str(e["at"])) for e in batch)
        in_window = sum(1 for at in seen if latest - timedelta(minutes=WINDOW) < at <= latest)
        deliveries = 2 if index in repeats else 1
        for _ in range(deliveries):
            fired = [f for f in evaluator.evaluate(batch).firings if f.rule_id == "repeated_denials"]
            assert bool(fired) == (in_window >= THRESHOLD)
            if fired:
                assert fired[0].details["count"] == in_window
