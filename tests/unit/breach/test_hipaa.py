"""HIPAA breach notification rule, 45 CFR 164.404-164.410."""

from __future__ import annotations

from typing import Any

from .helpers import ids, only, run

PHI: dict[str, Any] = {"controller_role": "covered_entity", "data_categories": ["name", "diagnosis"]}


def test_individuals_60_calendar_days_after_discovery() -> None:
    ob = only(run(**PHI, affected_by_residence={"US-CA": 10}), "US-HIPAA-164.404")
    assert ob.deadline == "2026-05-01T23:59:00+00:00"
    assert ob.trigger == "discovered_at"


def test_deadline_carries_entity_offset() -> None:
    ob = only(
        run(**PHI, entity_timezone="America/Los_Angeles", affected_by_residence={"US-CA": 10}), "US-HIPAA-164.404"
    )
    # Discovered 2026-03-02 01:00 PST; day 60 is 1 May, in PDT.
    assert ob.deadline == "2026-05-01T23:59:00-07:00"


def test_media_per_state_over_500() -> None:
    a = run(**PHI, affected_by_residence={"US-CA": 600, "US-TX": 501, "US-NV": 500})
    media = {o.subject_state: o for o in a.obligations if o.rule_id == "US-HIPAA-164.406"}
    assert set(media) == {"US-CA", "US-TX"}
    assert media["US-CA"].recipient == "media"
    assert media["US-CA"].affected == 600


def test_hhs_with_individual_notice_at_500() -> None:
    a = run(**PHI, affected_by_residence={"US-CA": 250, "US-TX": 250})
    hhs = only(a, "US-HIPAA-164.408(b)")
    assert hhs.deadline == only(a, "US-HIPAA-164.404").deadline
    assert "US-HIPAA-164.408(c)" not in ids(a)


def test_hhs_annual_log_below_500() -> None:
    a = run(**PHI, affected_by_residence={"US-CA": 499})
    log = only(a, "US-HIPAA-164.408(c)")
    assert log.deadline == "2027-03-01T23:59:00+00:00"
    assert (log.recipient, log.qualifier) == ("authority", "annual_log")
    assert "US-HIPAA-164.408(b)" not in ids(a)


def test_annual_log_in_leap_year_ends_29_february() -> None:
    a = run(
        **PHI,
        affected_by_residence={"US-CA": 5},
        occurred_at="2027-05-01T00:00:00+00:00",
        discovered_at="2027-05-02T00:00:00+00:00",
        aware_at="2027-05-02T00:00:00+00:00",
        determined_breach_at=None,
    )
    assert only(a, "US-HIPAA-164.408(c)").deadline == "2028-02-29T23:59:00+00:00"


def test_encrypted_phi_is_not_unsecured() -> None:
    a = run(**PHI, affected_by_residence={"US-CA": 600}, encrypted_key_not_compromised=True)
    assert not any(o.jurisdiction == "US-HIPAA" for o in a.obligations)


def test_no_phi_categories_no_hipaa() -> None:
    a = run(controller_role="covered_entity", data_categories=["email"], affected_by_residence={"US-CA": 600})
    assert not any(o.jurisdiction == "US-HIPAA" for o in a.obligations)


def test_low_probability_of_compromise_no_hipaa() -> None:
    a = run(**PHI, affected_by_residence={"US-CA": 600}, risk_level="none")
    assert not any(o.jurisdiction == "US-HIPAA" for o in a.obligations)


def test_business_associate_notifies_covered_entity() -> None:
    a = run(**{**PHI, "controller_role": "business_associate"}, affected_by_residence={"US-CA": 600})
    ob = only(a, "US-HIPAA-164.410")
    assert (ob.recipient, ob.deadline) == ("covered_entity", "2026-05-01T23:59:00+00:00")
    assert "US-HIPAA-164.404" not in ids(a)


def test_plain_controller_is_not_a_covered_entity() -> None:
    a = run(data_categories=["name", "diagnosis"], affected_by_residence={"US-CA": 600})
    assert not any(o.jurisdiction == "US-HIPAA" for o in a.obligations)
