"""Reminder points (50 %, 90 %) and missed deadlines, for the schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from privacykit.domain.breach.reminders import reminder_status

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
END = T0 + timedelta(hours=72)


def test_before_half_nothing_passed() -> None:
    s = reminder_status(T0, END, T0 + timedelta(hours=35))
    assert (s.fifty_passed, s.ninety_passed, s.missed) == (False, False, False)
    assert s.fifty_at == T0 + timedelta(hours=36)


def test_half_passed() -> None:
    s = reminder_status(T0, END, T0 + timedelta(hours=36))
    assert (s.fifty_passed, s.ninety_passed, s.missed) == (True, False, False)


def test_ninety_passed() -> None:
    s = reminder_status(T0, END, T0 + timedelta(hours=64, minutes=48))
    assert s.ninety_at == T0 + timedelta(hours=64, minutes=48)
    assert (s.fifty_passed, s.ninety_passed, s.missed) == (True, True, False)


def test_at_deadline_not_missed_after_missed() -> None:
    assert not reminder_status(T0, END, END).missed
    assert reminder_status(T0, END, END + timedelta(seconds=1)).missed


def test_mixed_offsets_use_real_time() -> None:
    trigger = datetime.fromisoformat("2026-03-07T12:00:00-05:00")
    deadline = datetime.fromisoformat("2026-03-10T13:00:00-04:00")  # 72 h across DST
    s = reminder_status(trigger, deadline, datetime.fromisoformat("2026-03-09T01:00:00-04:00"))
    assert s.fifty_passed
    assert s.fifty_at.utcoffset() == timedelta(hours=-4)


def test_naive_input_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        reminder_status(T0, END, datetime(2026, 3, 3))


def test_deadline_before_trigger_rejected() -> None:
    with pytest.raises(ValueError, match="before"):
        reminder_status(END, T0, END)
