"""Times as the API takes them: ISO 8601 with an offset, and with a UTC equivalent (docs/design.md
section 10: times are stored in UTC).

``9999-12-31T23:59:59-14:00`` parses, but in UTC it falls in year 10000, which ``datetime`` cannot hold:
converting it raises ``OverflowError``. :data:`Instant` refuses such a time where it is read, with the
error type :data:`privacykit.errors.TIME_OUT_OF_RANGE` (a malformed request, answered 400 naming the
field), so no later conversion can fail.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime
from pydantic_core import PydanticCustomError

from privacykit.errors import TIME_OUT_OF_RANGE

__all__ = ["Instant", "add_months"]


def add_months(moment: datetime, months: int) -> datetime:
    """The same date ``months`` later, or the last day of that month where the date does not exist
    (GDPR Art. 12(3) months: 31 January + 1 -> 28 or 29 February)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def _has_utc_equivalent(value: datetime) -> datetime:
    try:
        value.astimezone(UTC)
    except OverflowError:
        message = "the time has no UTC equivalent (it falls before year 1 or after 9999 in UTC)"
        raise PydanticCustomError(TIME_OUT_OF_RANGE, message) from None
    return value


#: A timezone-aware time that converts to UTC; kept as sent (its offset is part of what was said).
Instant = Annotated[AwareDatetime, AfterValidator(_has_utc_equivalent)]
