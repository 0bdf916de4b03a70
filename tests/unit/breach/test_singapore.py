"""Singapore, PDPA Part 6A: PDPC within 3 calendar days of assessing a breach notifiable."""

from __future__ import annotations

from typing import Any

from .helpers import ids, only, run

SG: dict[str, Any] = {"entity_timezone": "Asia/Singapore", "assessed_notifiable_at": "2026-03-05T15:00:00+08:00"}


def test_pdpc_three_calendar_days_after_assessment() -> None:
    ob = only(run(**SG, affected_by_residence={"SG": 3}), "SG-PDPA-26D(1)")
    assert ob.deadline == "2026-03-08T23:59:00+08:00"
    assert ob.trigger == "assessed_notifiable_at"


def test_significant_scale_without_significant_harm() -> None:
    a = run(**SG, affected_by_residence={"SG": 500}, risk_level="low")
    assert "SG-PDPA-26D(1)" in ids(a)
    assert "SG-PDPA-26D(2)" not in ids(a)


def test_below_scale_and_harm_not_notifiable() -> None:
    a = run(**SG, affected_by_residence={"SG": 499}, risk_level="low")
    assert not any(o.jurisdiction == "SG" for o in a.obligations)


def test_individuals_when_significant_harm_unless_encrypted() -> None:
    assert only(run(**SG, affected_by_residence={"SG": 1}), "SG-PDPA-26D(2)").deadline is None
    a = run(**SG, affected_by_residence={"SG": 1}, encrypted_key_not_compromised=True)
    assert "SG-PDPA-26D(2)" not in ids(a)
    assert "SG-PDPA-26D(1)" in ids(a)


def test_pending_until_assessment() -> None:
    ob = only(run(affected_by_residence={"SG": 600}), "SG-PDPA-26D(1)")
    assert ob.deadline is None
    assert "awaiting assessed_notifiable_at" in ob.qualifier


def test_data_intermediary_notifies_organisation() -> None:
    a = run(**SG, affected_by_residence={"SG": 600}, controller_role="processor")
    assert only(a, "SG-PDPA-26C(3)(a)").recipient == "controller"
    assert "SG-PDPA-26D(1)" not in ids(a)
