"""Holiday calendars computed by rule (US federal incl. observed dates; Brazil incl. movable feasts)."""

from __future__ import annotations

from datetime import date

import pytest

from privacykit.domain.breach.calendars import (
    add_business_days,
    brazil_national_holidays,
    easter_sunday,
    is_business_day,
    us_federal_holidays,
)


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)),
     (2038, date(2038, 4, 25)), (2285, date(2285, 3, 22))],
)  # fmt: skip
def test_easter(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_us_federal_2026() -> None:
    assert sorted(us_federal_holidays(2026)) == [
        date(2026, 1, 1), date(2026, 1, 19), date(2026, 2, 16), date(2026, 5, 25), date(2026, 6, 19),
        date(2026, 7, 3), date(2026, 9, 7), date(2026, 10, 12), date(2026, 11, 11), date(2026, 11, 26),
        date(2026, 12, 25),
    ]  # fmt: skip


def test_new_year_on_saturday_is_observed_the_previous_december() -> None:
    assert date(2021, 12, 31) in us_federal_holidays(2021)
    assert date(2022, 1, 1) not in us_federal_holidays(2022)


def test_sunday_holiday_observed_monday() -> None:
    assert date(2022, 6, 20) in us_federal_holidays(2022)  # Juneteenth on a Sunday


def test_juneteenth_only_from_2021() -> None:
    assert date(2020, 6, 19) not in us_federal_holidays(2020)


def test_brazil_2026() -> None:
    got = brazil_national_holidays(2026)
    for day in (date(2026, 2, 16), date(2026, 2, 17), date(2026, 4, 3), date(2026, 6, 4), date(2026, 11, 20)):
        assert day in got


def test_brazil_consciencia_negra_only_from_2024() -> None:
    assert date(2023, 11, 20) not in brazil_national_holidays(2023)


def test_add_business_days_from_weekend() -> None:
    assert add_business_days(date(2026, 3, 7), 1, "US-FEDERAL") == date(2026, 3, 9)


def test_zero_business_days_is_start() -> None:
    assert add_business_days(date(2026, 3, 7), 0, "US-FEDERAL") == date(2026, 3, 7)


def test_weekend_is_not_business_day() -> None:
    assert not is_business_day(date(2026, 3, 8), "BR-NATIONAL")
