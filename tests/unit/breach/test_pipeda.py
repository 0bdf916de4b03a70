"""Canada, PIPEDA s. 10.1: real risk of significant harm, as soon as feasible."""

from __future__ import annotations

from .helpers import ids, only, run


def test_real_risk_report_and_notify_as_soon_as_feasible() -> None:
    a = run(affected_by_residence={"CA-ON": 3, "CA-QC": 2})
    report, notify = only(a, "CA-PIPEDA-10.1(1)"), only(a, "CA-PIPEDA-10.1(3)")
    assert (report.recipient, notify.recipient) == ("authority", "individuals")
    assert report.deadline is None and notify.deadline is None
    assert report.qualifier == "as_soon_as_feasible"
    assert report.trigger == "determined_breach_at"
    assert report.affected == 5


def test_below_real_risk_of_significant_harm() -> None:
    assert not any(
        o.jurisdiction == "CA" for o in run(affected_by_residence={"CA-ON": 3}, risk_level="low").obligations
    )


def test_processor_has_no_statutory_report() -> None:
    a = run(affected_by_residence={"CA-ON": 3}, controller_role="processor")
    assert not {"CA-PIPEDA-10.1(1)", "CA-PIPEDA-10.1(3)"} & ids(a)
