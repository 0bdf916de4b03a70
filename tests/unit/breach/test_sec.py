"""SEC Form 8-K Item 1.05: four business days after the materiality determination, 17:30 New York."""

from __future__ import annotations

from typing import Any

from .helpers import ids, only, run

SEC: dict[str, Any] = {"entity_timezone": "America/New_York", "sec_registrant": True}


def _deadline(determined: str, **extra: Any) -> str | None:
    base: dict[str, Any] = {**SEC, "occurred_at": None, "discovered_at": "2026-01-02T09:00:00-05:00"}
    base.update(aware_at=base["discovered_at"], determined_breach_at=None, determined_material_at=determined)
    return only(run(**{**base, **extra}), "US-SEC-8K-1.05").deadline


def test_four_business_days_skipping_weekend_and_dst() -> None:
    # Friday 16:00 -> Mon, Tue, Wed, Thu; DST starts Sunday 8 March.
    assert _deadline("2026-03-06T16:00:00-05:00") == "2026-03-12T17:30:00-04:00"


def test_thanksgiving_is_skipped() -> None:
    assert _deadline("2026-11-25T10:00:00-05:00") == "2026-12-02T17:30:00-05:00"


def test_observed_independence_day_is_skipped() -> None:
    # 4 July 2026 is a Saturday: observed Friday 3 July.
    assert _deadline("2026-07-01T10:00:00-04:00") == "2026-07-08T17:30:00-04:00"


def test_observed_new_year_on_previous_31_december_is_skipped() -> None:
    # 1 January 2028 is a Saturday: observed Friday 31 December 2027.
    # Thu 30 Dec (1), Fri 31 Dec skipped, Mon 3 (2), Tue 4 (3), Wed 5 January (4).
    assert _deadline("2027-12-29T10:00:00-05:00") == "2028-01-05T17:30:00-05:00"


def test_day_counted_in_new_york_and_expressed_in_entity_offset() -> None:
    # Thursday 22:00 in Los Angeles is already Friday in New York.
    got = _deadline("2026-03-05T22:00:00-08:00", entity_timezone="America/Los_Angeles")
    assert got == "2026-03-12T14:30:00-07:00"


def test_determination_on_weekend_counts_from_next_business_day() -> None:
    assert _deadline("2026-03-07T12:00:00-05:00") == "2026-03-12T17:30:00-04:00"


def test_not_registrant_no_filing() -> None:
    assert "US-SEC-8K-1.05" not in ids(run(determined_material_at="2026-03-06T16:00:00-05:00"))


def test_registrant_without_determination_is_pending() -> None:
    ob = only(run(**SEC), "US-SEC-8K-1.05")
    assert ob.deadline is None
    assert "awaiting determined_material_at" in ob.qualifier


def test_applies_regardless_of_residence_risk_and_role() -> None:
    a = run(
        **SEC,
        risk_level="none",
        controller_role="processor",
        affected_by_residence={},
        determined_material_at="2026-03-06T16:00:00-05:00",
    )
    ob = only(a, "US-SEC-8K-1.05")
    assert ob.recipient == "authority"
    assert ob.period is not None
    assert "17:30 America/New_York" in ob.period
