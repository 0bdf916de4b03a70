"""Helpers for the breach-rule tests: the base incident, and obligation lookups."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from privacykit.domain.breach import Assessment, Incident, Obligation, assess

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)

BASE: dict[str, Any] = {
    "entity_timezone": "UTC",
    "controller_role": "controller",
    "occurred_at": "2026-03-01T08:00:00+00:00",
    "discovered_at": "2026-03-02T09:00:00+00:00",
    "aware_at": "2026-03-02T10:00:00+00:00",
    "determined_breach_at": "2026-03-03T10:00:00+00:00",
    "data_categories": ["name", "email"],
    "risk_level": "high",
}


def build(**overrides: Any) -> Incident:
    """An incident from ``BASE`` with ``overrides`` applied."""
    return Incident.model_validate({**BASE, **overrides})


def only(assessment: Assessment, rule_id: str, state: str | None = None) -> Obligation:
    """The single obligation of ``rule_id`` (and ``state``); fails when absent or repeated."""
    found = [o for o in assessment.obligations if o.rule_id == rule_id and (state is None or o.subject_state == state)]
    assert len(found) == 1, f"expected one {rule_id} {state or ''}, got {[o.rule_id for o in assessment.obligations]}"
    return found[0]


def ids(assessment: Assessment) -> set[str]:
    """The rule ids present in an assessment."""
    return {o.rule_id for o in assessment.obligations}


def run(**overrides: Any) -> Assessment:
    """Build an incident and assess it at ``NOW``."""
    return assess(build(**overrides), now=NOW)
