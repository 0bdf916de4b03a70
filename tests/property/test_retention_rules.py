"""Properties of retention rules (issue 12): the rule that governs a record is among the most specific of
those that match, and the longest of them; periods land on the calendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from privacykit.domain.common.entity_types import Level
from privacykit.domain.common.retention import RetentionPolicies, RetentionRule, add_period

CATEGORIES = ["DIAGNOSIS", "EMAIL", "US_SSN"]
PURPOSES = ["treatment", "marketing"]

rules = st.lists(
    st.builds(
        lambda n, level, category, purpose, amount, unit, action: RetentionRule(
            id=f"r{n}",
            tenant="*",
            period=f"P{amount}{unit}",
            action=action,
            basis="b",
            citation="c",
            level=level,
            category=category,
            purpose=purpose,
        ),
        st.integers(0, 10**6),
        st.none() | st.sampled_from(list(Level)),
        st.none() | st.sampled_from(CATEGORIES),
        st.none() | st.sampled_from(PURPOSES),
        st.integers(1, 30),
        st.sampled_from("YMD"),
        st.sampled_from(["delete", "anonymise"]),
    ),
    max_size=8,
    unique_by=lambda r: r.id,
)
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31), timezones=st.just(UTC))


@given(
    rules,
    st.sampled_from(list(Level)),
    st.sets(st.sampled_from(CATEGORIES)),
    st.none() | st.sampled_from(PURPOSES),
    moments,
)
def test_the_most_specific_then_the_longest_rule_governs(
    given_rules: list[RetentionRule], level: Level, categories: set[str], purpose: str | None, created: datetime
) -> None:
    decision = RetentionPolicies.of(given_rules).for_tenant("acme").decide(level, categories, purpose, created)
    matching = [r for r in given_rules if r.matches(level, categories, purpose)]
    if not matching:
        assert decision is None
        return
    assert decision is not None and decision.rule in matching
    assert decision.rule.specificity == max(r.specificity for r in matching)
    peers = [r for r in matching if r.specificity == decision.rule.specificity]
    assert all(add_period(created, r.period) <= decision.expires_at + timedelta(days=3) for r in peers)


@given(moments, st.integers(1, 120), st.sampled_from("YMD"))
def test_a_period_lands_after_the_start_on_a_real_day(start: datetime, amount: int, unit: str) -> None:
    end = add_period(start, f"P{amount}{unit}")
    assert end > start
    if unit != "D":
        assert end.day <= start.day and (end.time(), end.tzinfo) == (start.time(), start.tzinfo)
