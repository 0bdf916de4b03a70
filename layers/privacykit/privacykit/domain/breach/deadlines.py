"""Deadline arithmetic: one function per kind of period, all pure.

Conventions (see docs/breach-rules.md):

* ``hours``: elapsed time from the trigger, computed in UTC, so a 72-hour clock is 72 real hours even
  when a DST change falls inside it;
* ``calendar_days``: the trigger day does not count; the period ends at 23:59 entity-local time on the
  last day;
* ``business_days``: as calendar days but skipping weekends and the regime calendar's holidays; the last
  day ends at the rule's cutoff (e.g. 17:30 America/New_York for the SEC) or else 23:59 entity-local;
* ``days_after_year_end``: N calendar days counted from 31 December of the trigger's (local) year.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.breach.calendars import CALENDARS, add_business_days

__all__ = ["END_OF_DAY", "Period", "compute_deadline", "describe_period"]

#: The last minute of a day counts: a period in days ends at 23:59 local time.
END_OF_DAY = time(23, 59)

PeriodUnit = Literal["hours", "calendar_days", "business_days", "days_after_year_end"]


class Period(BaseModel):
    """A numeric period of a rule, as stored in the rules file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: PeriodUnit
    value: int = Field(ge=0)
    calendar: str | None = None
    cutoff: time | None = None
    cutoff_tz: str | None = None


def _end_of_local_day(day: date, zone: ZoneInfo, at: time = END_OF_DAY) -> datetime:
    # fold=0: if the wall time were ambiguous, the earlier instant is the safer (stricter) deadline.
    return datetime.combine(day, at, tzinfo=zone)


def compute_deadline(trigger_at: datetime, period: Period, entity_zone: ZoneInfo) -> datetime:
    """The deadline for ``period`` counted from ``trigger_at``, expressed in ``entity_zone``."""
    if trigger_at.tzinfo is None:
        raise ValueError("trigger_at must be timezone-aware")
    if period.unit == "hours":
        end = trigger_at.astimezone(UTC) + timedelta(hours=period.value)
        return end.astimezone(entity_zone)
    if period.unit == "calendar_days":
        local_day = trigger_at.astimezone(entity_zone).date()
        return _end_of_local_day(local_day + timedelta(days=period.value), entity_zone)
    if period.unit == "days_after_year_end":
        year = trigger_at.astimezone(entity_zone).year
        return _end_of_local_day(date(year, 12, 31) + timedelta(days=period.value), entity_zone)
    # business days
    if period.calendar is None or period.calendar not in CALENDARS:
        raise ValueError(f"business-day period needs a known calendar, got {period.calendar!r}")
    # The day count runs in the regime's own zone when it has a cutoff there (an SEC determination at
    # 22:00 in California is already the next day in New York, where EDGAR's day is counted).
    count_zone = ZoneInfo(period.cutoff_tz) if period.cutoff_tz else entity_zone
    start = trigger_at.astimezone(count_zone).date()
    last = add_business_days(start, period.value, period.calendar)
    end = _end_of_local_day(last, count_zone, period.cutoff or END_OF_DAY)
    return end.astimezone(entity_zone)


def describe_period(period: Period) -> str:
    """A short human-readable form, e.g. ``'4 business days (US-FEDERAL, until 17:30 America/New_York)'``."""
    if period.unit == "hours":
        return f"{period.value} hours"
    if period.unit == "calendar_days":
        return f"{period.value} calendar days"
    if period.unit == "days_after_year_end":
        return f"{period.value} calendar days after the end of the calendar year"
    text = f"{period.value} business days ({period.calendar}"
    if period.cutoff is not None:
        text += f", until {period.cutoff.strftime('%H:%M')} {period.cutoff_tz or 'local time'}"
    return text + ")"
