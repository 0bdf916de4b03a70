"""Reminder points of an obligation, for the schedule: a pure function of trigger, deadline and now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

__all__ = ["REMINDER_FRACTIONS", "ReminderStatus", "reminder_status"]

#: Fractions of the period at which the schedule reminds the incident owner.
REMINDER_FRACTIONS = (0.5, 0.9)


@dataclass(frozen=True)
class ReminderStatus:
    """Where ``now`` stands between an obligation's trigger and its deadline."""

    fifty_at: datetime
    ninety_at: datetime
    fifty_passed: bool
    ninety_passed: bool
    missed: bool
    elapsed_fraction: float


def reminder_status(trigger_at: datetime, deadline: datetime, now: datetime) -> ReminderStatus:
    """The 50 % and 90 % reminder points and whether each (and the deadline) has passed at ``now``.

    Fractions are of elapsed real time (UTC), as for hour-based periods; a point is "passed" once ``now``
    reaches it, the deadline is "missed" only once ``now`` is strictly after it (the deadline minute counts).
    """
    for name, value in (("trigger_at", trigger_at), ("deadline", deadline), ("now", now)):
        if value.tzinfo is None:
            raise ValueError(f"{name} must be timezone-aware")
    start, end, current = (v.astimezone(UTC) for v in (trigger_at, deadline, now))
    if end < start:
        raise ValueError("deadline is before trigger_at")
    span = end - start
    fifty = start + span * REMINDER_FRACTIONS[0]
    ninety = start + span * REMINDER_FRACTIONS[1]
    fraction = 1.0 if span.total_seconds() == 0 else (current - start) / span
    return ReminderStatus(
        fifty_at=fifty.astimezone(deadline.tzinfo),
        ninety_at=ninety.astimezone(deadline.tzinfo),
        fifty_passed=current >= fifty,
        ninety_passed=current >= ninety,
        missed=current > end,
        elapsed_fraction=max(0.0, fraction),
    )
