"""Switzerland, FADP Art. 24."""

from __future__ import annotations

from .helpers import ids, only, run


def test_high_risk_fdpic_as_soon_as_possible() -> None:
    a = run(affected_by_residence={"CH": 2})
    ob = only(a, "CH-FADP-24(1)")
    assert (ob.deadline, ob.qualifier) == (None, "as_soon_as_possible")
    assert "CH-FADP-24(4)" in ids(a)


def test_not_high_risk_no_notification() -> None:
    assert not any(o.jurisdiction == "CH" for o in run(affected_by_residence={"CH": 2}, risk_level="low").obligations)


def test_processor_notifies_controller_for_any_breach() -> None:
    a = run(affected_by_residence={"CH": 2}, controller_role="processor", risk_level="low")
    assert only(a, "CH-FADP-24(3)").recipient == "controller"
