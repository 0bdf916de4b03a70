"""The period conventions, directly on ``compute_deadline``."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from privacykit.domain.breach.deadlines import Period, compute_deadline, describe_period

NY = ZoneInfo("America/New_York")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_hours_across_fall_back_are_real_hours() -> None:
    got = compute_deadline(_at("2026-10-31T12:00:00-04:00"), Period(unit="hours", value=24), NY)
    assert got.isoformat() == "2026-11-01T11:00:00-05:00"


def test_calendar_days_exclude_trigger_day_and_end_at_23_59() -> None:
    got = compute_deadline(_at("2026-03-02T23:30:00-05:00"), Period(unit="calendar_days", value=1), NY)
    assert got.isoformat() == "2026-03-03T23:59:00-05:00"


def test_trigger_day_is_the_entity_local_day() -> None:
    # 03:00 UTC on 2 March is still 1 March in New York.
    got = compute_deadline(_at("2026-03-02T03:00:00+00:00"), Period(unit="calendar_days", value=1), NY)
    assert got.isoformat() == "2026-03-02T23:59:00-05:00"


def test_business_days_end_at_cutoff_in_cutoff_zone() -> None:
    period = Period(
        unit="business_days", value=1, calendar="US-FEDERAL", cutoff=time(17, 30), cutoff_tz="America/New_York"
    )
    got = compute_deadline(_at("2026-03-02T09:00:00-05:00"), period, ZoneInfo("Europe/London"))
    assert got.isoformat() == "2026-03-03T22:30:00+00:00"


def test_business_days_need_a_calendar() -> None:
    with pytest.raises(ValueError, match="calendar"):
        compute_deadline(_at("2026-03-02T09:00:00-05:00"), Period(unit="business_days", value=1), NY)


def test_naive_trigger_rejected() -> None:
    with pytest.raises(ValueError, match="aware"):
        compute_deadline(datetime(2026, 3, 2), Period(unit="hours", value=1), NY)


def test_describe() -> None:
    assert describe_period(Period(unit="hours", value=72)) == "72 hours"
    assert describe_period(Period(unit="calendar_days", value=30)) == "30 calendar days"
