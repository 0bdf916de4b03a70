"""DSAR deadlines by jurisdiction (issue 11 section 2), at month ends and in leap years: GDPR and UK GDPR
one month to the same date (or the month's last day), three from receipt once extended, and only before
the first deadline with a reason; CCPA 45 days, 90 once extended, acknowledged within 10 business days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from privacykit.domain.dsar.deadlines import (
    Jurisdiction,
    acknowledgement_due,
    add_months,
    days_left,
    extended_deadline,
    extension_refusal,
    first_deadline,
    jurisdiction_of,
)

GDPR, UK, CCPA = Jurisdiction.GDPR, Jurisdiction.UK_GDPR, Jurisdiction.CCPA


def at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(2026, 3, 15), at(2026, 4, 15)),  # the same date next month
        (at(2025, 1, 31), at(2025, 2, 28)),  # no 31 February: the month's last day
        (at(2024, 1, 31), at(2024, 2, 29)),  # ... which is the 29th in a leap year
        (at(2024, 1, 29), at(2024, 2, 29)),
        (at(2025, 1, 29), at(2025, 2, 28)),
        (at(2026, 3, 31), at(2026, 4, 30)),
        (at(2026, 12, 31), at(2027, 1, 31)),  # across the year
        (at(2024, 2, 29), at(2024, 3, 29)),
    ],
)
@pytest.mark.parametrize("law", [GDPR, UK])
def test_gdpr_is_one_month_to_the_same_date_or_the_last_day_of_the_month(
    law: Jurisdiction, received: datetime, due: datetime
) -> None:
    assert first_deadline(law, received) == due


@pytest.mark.parametrize(
    ("received", "extended"),
    [
        (at(2025, 1, 31), at(2025, 4, 30)),  # three months from receipt, not two from 28 February
        (at(2023, 11, 30), at(2024, 2, 29)),  # into a leap February
        (at(2025, 11, 30), at(2026, 2, 28)),
        (at(2026, 3, 15), at(2026, 6, 15)),
    ],
)
def test_a_gdpr_extension_adds_two_further_months_counted_from_receipt(received: datetime, extended: datetime) -> None:
    assert extended_deadline(GDPR, received) == extended


def test_ccpa_is_45_days_extendable_once_by_45_and_acknowledged_within_10_business_days() -> None:
    received = at(2024, 2, 10)  # a Saturday, in a leap year
    assert first_deadline(CCPA, received) == at(2024, 3, 26)
    assert extended_deadline(CCPA, received) == at(2024, 5, 10)
    assert acknowledgement_due(CCPA, received) == at(2024, 2, 23)  # Mon 12 .. Fri 23: ten working days
    assert acknowledgement_due(CCPA, at(2026, 1, 28)) == at(2026, 2, 11)  # Wednesday to Wednesday
    assert acknowledgement_due(GDPR, received) is None


def test_an_extension_needs_a_reason_an_open_first_deadline_and_no_earlier_extension() -> None:
    received = at(2025, 1, 31)
    deadline = first_deadline(GDPR, received)
    ok = {"already_extended": False, "reason": "complex request", "at": deadline}
    assert extension_refusal(GDPR, received, **ok) is None  # on the deadline itself, still in time
    late = extension_refusal(GDPR, received, **{**ok, "at": deadline + timedelta(seconds=1)})
    assert late is not None and "passed" in late
    assert "reason" in (extension_refusal(GDPR, received, **{**ok, "reason": "  "}) or "")
    assert "already" in (extension_refusal(CCPA, received, **{**ok, "already_extended": True}) or "")


def test_the_jurisdiction_is_the_requests_else_the_tenants_default() -> None:
    assert jurisdiction_of("CCPA", "EU") == CCPA
    assert jurisdiction_of(None, "EU") == GDPR
    assert jurisdiction_of(None, "UK") == UK
    assert jurisdiction_of(None, "US-CA") == CCPA
    assert jurisdiction_of(None, "Narnia") == GDPR


def test_add_months_keeps_the_time_of_day_and_days_left_counts_calendar_days() -> None:
    assert add_months(at(2024, 12, 31, 23), 2) == at(2025, 2, 28, 23)
    assert days_left(at(2026, 4, 15), at(2026, 4, 15, 23)) == 0
    assert days_left(at(2026, 4, 15), at(2026, 4, 10)) == 5
    assert days_left(at(2026, 4, 15), at(2026, 4, 17)) == -2
