"""US state breach statutes: CA, CO, CT, FL, ME, NY, OR, TX, WA."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import ids, only, run

PI: dict[str, Any] = {"data_categories": ["name", "ssn"], "scope_identified_at": "2026-03-04T10:00:00+00:00"}

# discovered 2026-03-02, determined 2026-03-03, scope identified 2026-03-04 (all UTC)
INDIVIDUAL_DEADLINES = [
    ("CA", "discovered_at", "2026-04-01"),
    ("CO", "determined_breach_at", "2026-04-02"),
    ("CT", "discovered_at", "2026-05-01"),
    ("FL", "determined_breach_at", "2026-04-02"),
    ("ME", "scope_identified_at", "2026-04-03"),
    ("NY", "discovered_at", "2026-04-01"),
    ("OR", "discovered_at", "2026-04-16"),
    ("TX", "determined_breach_at", "2026-05-02"),
    ("WA", "discovered_at", "2026-04-01"),
]


@pytest.mark.parametrize(("state", "trigger", "day"), INDIVIDUAL_DEADLINES)
def test_individual_deadline(state: str, trigger: str, day: str) -> None:
    ob = only(run(**PI, affected_by_residence={f"US-{state}": 10}), f"US-{state}-individuals")
    assert ob.deadline == f"{day}T23:59:00+00:00"
    assert ob.trigger == trigger
    assert ob.subject_state == f"US-{state}"
    assert ob.recipient == "individuals"


@pytest.mark.parametrize(
    ("state", "trigger", "_day"), [row for row in INDIVIDUAL_DEADLINES if row[1] != "discovered_at"]
)
def test_missing_trigger_leaves_deadline_open(state: str, trigger: str, _day: str) -> None:
    ob = only(run(**{**PI, trigger: None}, affected_by_residence={f"US-{state}": 10}), f"US-{state}-individuals")
    assert ob.deadline is None
    assert f"awaiting {trigger}" in ob.qualifier


# (state, rule suffix, count that does not trigger, count that does, deadline or None)
REGULATOR_THRESHOLDS = [
    ("CA", "attorney-general", 500, 501, "2026-04-16"),
    ("CO", "attorney-general", 499, 500, "2026-04-02"),
    ("FL", "attorney-general", 499, 500, "2026-04-02"),
    ("OR", "attorney-general", 250, 251, "2026-04-16"),
    ("TX", "attorney-general", 249, 250, "2026-04-02"),
    ("WA", "attorney-general", 500, 501, "2026-04-01"),
    ("CO", "consumer-reporting-agencies", 1000, 1001, None),
    ("FL", "consumer-reporting-agencies", 1000, 1001, None),
    ("ME", "consumer-reporting-agencies", 1000, 1001, None),
    ("NY", "consumer-reporting-agencies", 5000, 5001, None),
    ("OR", "consumer-reporting-agencies", 1000, 1001, None),
    ("TX", "consumer-reporting-agencies", 10000, 10001, None),
]


@pytest.mark.parametrize(("state", "suffix", "below", "at", "day"), REGULATOR_THRESHOLDS)
def test_regulator_threshold_either_side(state: str, suffix: str, below: int, at: int, day: str | None) -> None:
    key, rule_id = f"US-{state}", f"US-{state}-{suffix}"
    assert rule_id not in ids(run(**PI, affected_by_residence={key: below}))
    ob = only(run(**PI, affected_by_residence={key: at}), rule_id)
    assert ob.deadline == (f"{day}T23:59:00+00:00" if day else None)


def test_connecticut_attorney_general_for_any_count_with_individual_notice() -> None:
    a = run(**PI, affected_by_residence={"US-CT": 1})
    assert only(a, "US-CT-attorney-general").deadline == only(a, "US-CT-individuals").deadline


@pytest.mark.parametrize("state", ["NY", "ME"])
def test_state_regulators_without_numeric_period(state: str) -> None:
    ob = only(run(**PI, affected_by_residence={f"US-{state}": 1}), f"US-{state}-regulators")
    assert ob.recipient == "state_regulators"
    assert ob.deadline is None


@pytest.mark.parametrize("state", ["CA", "CO", "CT", "FL", "ME", "NY", "OR", "TX", "WA"])
def test_encryption_safe_harbour(state: str) -> None:
    a = run(**PI, affected_by_residence={f"US-{state}": 5000}, encrypted_key_not_compromised=True)
    assert not any(o.jurisdiction == f"US-{state}" for o in a.obligations)


@pytest.mark.parametrize("state", ["CO", "CT", "FL", "ME", "NY", "OR", "WA"])
def test_harm_threshold_states_skip_when_no_risk(state: str) -> None:
    a = run(**PI, affected_by_residence={f"US-{state}": 10}, risk_level="none")
    assert f"US-{state}-individuals" not in ids(a)


@pytest.mark.parametrize("state", ["CA", "TX"])
def test_no_harm_threshold_states_notify_even_without_risk(state: str) -> None:
    a = run(**PI, affected_by_residence={f"US-{state}": 10}, risk_level="none")
    assert f"US-{state}-individuals" in ids(a)


def test_email_alone_is_not_state_personal_information() -> None:
    a = run(data_categories=["email"], affected_by_residence={"US-CA": 10})
    assert "US-CA-individuals" not in ids(a)


def test_ssn_without_name_is_not_covered() -> None:
    a = run(data_categories=["ssn"], affected_by_residence={"US-NY": 10})
    assert "US-NY-individuals" not in ids(a)


def test_credentials_alone_are_covered() -> None:
    a = run(data_categories=["credentials"], affected_by_residence={"US-CA": 10})
    assert "US-CA-individuals" in ids(a)


def test_colorado_card_number_alone_is_covered() -> None:
    a = run(data_categories=["payment_card_number"], determined_breach_at=None, affected_by_residence={"US-CO": 10})
    assert "US-CO-individuals" in ids(a)


def test_washington_date_of_birth_with_name() -> None:
    found = ids(run(data_categories=["name", "date_of_birth"], affected_by_residence={"US-WA": 10, "US-CA": 10}))
    assert "US-WA-individuals" in found
    assert "US-CA-individuals" not in found


def test_deadline_in_entity_time_zone() -> None:
    ob = only(run(**PI, entity_timezone="America/Chicago", affected_by_residence={"US-CA": 10}), "US-CA-individuals")
    # discovered 2026-03-02 03:00 CST; day 30 is 1 April, in CDT.
    assert ob.deadline == "2026-04-01T23:59:00-05:00"


def test_one_obligation_per_state() -> None:
    a = run(**PI, affected_by_residence={"US-CA": 10, "US-TX": 10, "US-NY": 10})
    states = {o.subject_state for o in a.obligations if o.recipient == "individuals"}
    assert states == {"US-CA", "US-TX", "US-NY"}


@pytest.mark.parametrize(
    ("state", "deadline", "qualifier"),
    [
        ("OR", "2026-03-12T23:59:00+00:00", "as_soon_as_practicable"),
        ("NY", "2026-04-01T23:59:00+00:00", "within_30_days"),
        ("FL", "2026-03-13T23:59:00+00:00", "not_later_than_10_days"),
        ("TX", None, "immediately"),
        ("CA", None, "immediately"),
    ],
)
def test_vendor_notifies_owner(state: str, deadline: str | None, qualifier: str) -> None:
    a = run(**PI, controller_role="processor", affected_by_residence={f"US-{state}": 10})
    ob = only(a, f"US-{state}-vendor-to-owner")
    assert (ob.recipient, ob.deadline, ob.qualifier) == ("owner", deadline, qualifier)
    assert f"US-{state}-individuals" not in ids(a)


def test_oregon_vendor_attorney_general_over_250() -> None:
    assert "US-OR-vendor-to-attorney-general" not in ids(
        run(**PI, controller_role="processor", affected_by_residence={"US-OR": 250})
    )
    assert "US-OR-vendor-to-attorney-general" in ids(
        run(**PI, controller_role="processor", affected_by_residence={"US-OR": 251})
    )


def test_business_associate_is_a_vendor_under_state_law() -> None:
    a = run(**PI, controller_role="business_associate", affected_by_residence={"US-TX": 10})
    assert "US-TX-vendor-to-owner" in ids(a)


def test_covered_entity_owes_state_notices_too() -> None:
    a = run(**PI, controller_role="covered_entity", affected_by_residence={"US-TX": 10})
    assert "US-TX-individuals" in ids(a)
