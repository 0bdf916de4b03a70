"""Australia, Notifiable Data Breaches scheme (Privacy Act 1988 Part IIIC)."""

from __future__ import annotations

from .helpers import ids, only, run


def test_assessment_within_30_days_of_suspicion() -> None:
    ob = only(run(entity_timezone="Australia/Sydney", affected_by_residence={"AU": 4}), "AU-NDB-26WH")
    # aware 2026-03-02 21:00 AEDT; day 30 is 1 April, still AEDT.
    assert ob.deadline == "2026-04-01T23:59:00+11:00"
    assert ob.recipient == "self_assessment"


def test_calendar_day_end_uses_offset_after_dst_change() -> None:
    ob = only(
        run(entity_timezone="Australia/Sydney", aware_at="2026-03-30T01:00:00+00:00", affected_by_residence={"AU": 4}),
        "AU-NDB-26WH",
    )
    # AEDT ends 5 April 2026: the last day ends at 23:59 AEST.
    assert ob.deadline == "2026-04-29T23:59:00+10:00"


def test_likely_serious_harm_statement_and_individuals() -> None:
    a = run(affected_by_residence={"AU": 4}, assessed_notifiable_at="2026-03-10T00:00:00+00:00")
    for rule_id in ("AU-NDB-26WK", "AU-NDB-26WL"):
        ob = only(a, rule_id)
        assert (ob.deadline, ob.qualifier, ob.trigger) == (None, "as_soon_as_practicable", "assessed_notifiable_at")


def test_no_serious_harm_assessment_only() -> None:
    found = ids(run(affected_by_residence={"AU": 4}, risk_level="low"))
    assert "AU-NDB-26WH" in found
    assert not {"AU-NDB-26WK", "AU-NDB-26WL"} & found
