"""Business-day calendars computed by rule, never from a hard-coded list of years.

Two calendars exist because two regimes count business days:

* ``US-FEDERAL`` -- the SEC counts "business days" as any day other than Saturday, Sunday or a federal
  holiday (5 U.S.C. 6103), with the observed-date shift (Saturday -> Friday before, Sunday -> Monday after).
  When 1 January falls on a Saturday the observed holiday is 31 December of the *previous* year, so each
  year also looks at the next year's New Year's Day.
* ``BR-NATIONAL`` -- Brazil's national holidays, including the movable Carnival (Monday and Tuesday),
  Good Friday and Corpus Christi computed from Easter, and 20 November (national since Law 14.759/2023).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

__all__ = [
    "CALENDARS",
    "easter_sunday",
    "us_federal_holidays",
    "brazil_national_holidays",
    "holidays",
    "is_business_day",
    "add_business_days",
]


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian / Meeus-Jones-Butcher algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (Mon=0) of a month; n=-1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    """Federal observed date: Saturday moves to Friday, Sunday to Monday (5 U.S.C. 6103(b), EO 11582)."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def _us_federal_actual(year: int) -> list[date]:
    days = [
        date(year, 1, 1),  # New Year's Day
        _nth_weekday(year, 1, 0, 3),  # Birthday of Martin Luther King, Jr. (since 1986)
        _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        _nth_weekday(year, 5, 0, -1),  # Memorial Day
        date(year, 7, 4),  # Independence Day
        _nth_weekday(year, 9, 0, 1),  # Labor Day
        _nth_weekday(year, 10, 0, 2),  # Columbus Day
        date(year, 11, 11),  # Veterans Day
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving Day
        date(year, 12, 25),  # Christmas Day
    ]
    if year >= 2021:
        days.append(date(year, 6, 19))  # Juneteenth National Independence Day (Pub. L. 117-17)
    return days


@lru_cache(maxsize=256)
def us_federal_holidays(year: int) -> frozenset[date]:
    """Observed US federal holidays that fall in ``year`` (fixed-date ones shifted off weekends).

    Includes 31 December when the next New Year's Day falls on a Saturday. Ad hoc closures (a national day
    of mourning by executive order) cannot be computed by rule and are not included.
    """
    observed = {_observed(d) for d in _us_federal_actual(year)}
    observed.add(_observed(date(year + 1, 1, 1)))
    return frozenset(d for d in observed if d.year == year)


@lru_cache(maxsize=256)
def brazil_national_holidays(year: int) -> frozenset[date]:
    """Brazilian national holidays and the Carnival days (Law 662/1949, 6.802/1980, 10.607/2002, 14.759/2023).

    Carnival Monday/Tuesday are "ponto facultativo" for the federal administration rather than statutory
    holidays, but public bodies (ANPD included) do not count them as business days, so they are skipped.
    No observed-date shifting: Brazilian holidays falling on weekends are not moved.
    """
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1),  # Confraternizacao Universal
        easter - timedelta(days=48),  # Carnival Monday
        easter - timedelta(days=47),  # Carnival Tuesday
        easter - timedelta(days=2),  # Good Friday (Paixao de Cristo)
        date(year, 4, 21),  # Tiradentes
        date(year, 5, 1),  # Dia do Trabalho
        easter + timedelta(days=60),  # Corpus Christi
        date(year, 9, 7),  # Independencia
        date(year, 10, 12),  # Nossa Senhora Aparecida
        date(year, 11, 2),  # Finados
        date(year, 11, 15),  # Proclamacao da Republica
        date(year, 12, 25),  # Natal
    }
    if year >= 2024:
        days.add(date(year, 11, 20))  # Dia Nacional de Zumbi e da Consciencia Negra
    return frozenset(days)


CALENDARS = {
    "US-FEDERAL": us_federal_holidays,
    "BR-NATIONAL": brazil_national_holidays,
}


def holidays(calendar: str, year: int) -> frozenset[date]:
    """Holidays of a named calendar in a year; raises KeyError for an unknown calendar name."""
    return CALENDARS[calendar](year)


def is_business_day(day: date, calendar: str) -> bool:
    """Monday to Friday and not a holiday of ``calendar``."""
    return day.weekday() < 5 and day not in holidays(calendar, day.year)


def add_business_days(start: date, n: int, calendar: str) -> date:
    """The n-th business day after ``start`` (``start`` itself never counts, whatever day it is)."""
    if n < 0:
        raise ValueError("n must be non-negative")
    day = start
    counted = 0
    while counted < n:
        day += timedelta(days=1)
        if is_business_day(day, calendar):
            counted += 1
    return day
