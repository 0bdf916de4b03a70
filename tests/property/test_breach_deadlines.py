"""Properties of the deadline conventions, over arbitrary instants and time zones."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from privacykit.domain.breach.calendars import is_business_day
from privacykit.domain.breach.deadlines import Period, compute_deadline
from privacykit.domain.breach.reminders import reminder_status

ZONES = st.sampled_from(
    ["UTC", "America/New_York", "America/Sao_Paulo", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney",
     "Pacific/Chatham", "America/St_Johns", "Asia/Singapore", "Europe/London"]
)  # fmt: skip
INSTANTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 12, 31), timezones=st.just(UTC))


@settings(max_examples=200, deadline=None)
@given(trigger=INSTANTS, hours=st.integers(0, 24 * 60), zone=ZONES)
def test_hours_are_exact_elapsed_time(trigger: datetime, hours: int, zone: str) -> None:
    got = compute_deadline(trigger, Period(unit="hours", value=hours), ZoneInfo(zone))
    assert got - trigger == timedelta(hours=hours)
    assert got.utcoffset() == ZoneInfo(zone).utcoffset(got.replace(tzinfo=None))


@settings(max_examples=200, deadline=None)
@given(trigger=INSTANTS, days=st.integers(0, 400), zone=ZONES)
def test_calendar_days_end_at_2359_local_n_days_later(trigger: datetime, days: int, zone: str) -> None:
    tz = ZoneInfo(zone)
    got = compute_deadline(trigger, Period(unit="calendar_days", value=days), tz)
    local = got.astimezone(tz)
    assert local.time() == time(23, 59)
    assert (local.date() - trigger.astimezone(tz).date()).days == days
    assert got > trigger or days == 0


@settings(max_examples=200, deadline=None)
@given(trigger=INSTANTS, n=st.integers(1, 30), calendar=st.sampled_from(["US-FEDERAL", "BR-NATIONAL"]), zone=ZONES)
def test_business_days_land_on_a_business_day_after_n_of_them(
    trigger: datetime, n: int, calendar: str, zone: str
) -> None:
    tz = ZoneInfo(zone)
    got = compute_deadline(trigger, Period(unit="business_days", value=n, calendar=calendar), tz).astimezone(tz)
    start = trigger.astimezone(tz).date()
    assert is_business_day(got.date(), calendar)
    between = [start + timedelta(days=i) for i in range(1, (got.date() - start).days + 1)]
    assert sum(is_business_day(d, calendar) for d in between) == n


@settings(max_examples=200, deadline=None)
@given(trigger=INSTANTS, span=st.integers(1, 10**7), offset=st.integers(-(10**7), 2 * 10**7))
def test_reminder_points_are_ordered_and_monotone(trigger: datetime, span: int, offset: int) -> None:
    deadline = trigger + timedelta(seconds=span)
    s = reminder_status(trigger, deadline, trigger + timedelta(seconds=offset))
    assert trigger <= s.fifty_at <= s.ninety_at <= deadline
    assert not s.missed or s.ninety_passed
    assert not s.ninety_passed or s.fifty_passed
