"""India, DPDP Act 2023 s. 8(6) and DPDP Rules 2025 rule 7 (in force from 13 May 2027)."""

from __future__ import annotations

from typing import Any

from .helpers import ids, only, run

IN_2027: dict[str, Any] = {
    "entity_timezone": "Asia/Kolkata",
    "affected_by_residence": {"IN": 7},
    "occurred_at": "2027-06-01T08:00:00+05:30",
    "discovered_at": "2027-06-01T09:00:00+05:30",
    "aware_at": "2027-06-01T10:00:00+05:30",
    "determined_breach_at": None,
}


def test_detailed_report_72_hours_after_awareness() -> None:
    ob = only(run(**IN_2027), "IN-DPDP-R7(2)(b)")
    assert ob.deadline == "2027-06-04T10:00:00+05:30"
    assert ob.recipient == "authority_detailed_report"


def test_intimation_and_individuals_without_delay() -> None:
    a = run(**IN_2027)
    assert only(a, "IN-DPDP-R7(2)(a)").qualifier == "without_delay"
    assert only(a, "IN-DPDP-R7(1)").recipient == "individuals"


def test_no_harm_threshold() -> None:
    assert "IN-DPDP-R7(2)(b)" in ids(run(**{**IN_2027, "risk_level": "none"}))


def test_before_commencement_warns_instead() -> None:
    a = run(affected_by_residence={"IN": 7})
    assert not any(o.jurisdiction == "IN" for o in a.obligations)
    assert any("2027-05-13" in w and "IN-DPDP" in w for w in a.warnings)


def test_commencement_day_applies() -> None:
    day: dict[str, Any] = {
        "occurred_at": "2027-05-13T00:30:00+05:30",
        "discovered_at": "2027-05-13T00:30:00+05:30",
        "aware_at": "2027-05-13T00:30:00+05:30",
    }
    assert "IN-DPDP-R7(2)(b)" in ids(run(**{**IN_2027, **day}))
