"""GDPR Art. 33/34 (EU) and UK GDPR."""

from __future__ import annotations

from .helpers import ids, only, run

EU = {"EU-DE": 120, "EU-FR": 30}


def test_authority_72_hours_after_awareness() -> None:
    ob = only(run(affected_by_residence=EU), "EU-GDPR-33")
    assert ob.deadline == "2026-03-05T10:00:00+00:00"
    assert (ob.jurisdiction, ob.recipient, ob.trigger, ob.qualifier) == (
        "EU",
        "authority",
        "aware_at",
        "without_undue_delay",
    )
    assert ob.affected == 150
    assert "Art. 33(1)" in ob.citation


def test_72_hours_are_elapsed_time_across_dst_start() -> None:
    ob = only(
        run(entity_timezone="Europe/Berlin", aware_at="2026-03-28T10:00:00+01:00", affected_by_residence=EU),
        "EU-GDPR-33",
    )
    # 72 real hours: the spring-forward hour is not "given back".
    assert ob.deadline == "2026-03-31T11:00:00+02:00"


def test_72_hours_across_dst_end() -> None:
    ob = only(
        run(entity_timezone="Europe/Berlin", aware_at="2026-10-24T10:00:00+02:00", affected_by_residence=EU),
        "EU-GDPR-33",
    )
    assert ob.deadline == "2026-10-27T09:00:00+01:00"


def test_no_risk_means_no_notification() -> None:
    assert not {"EU-GDPR-33", "EU-GDPR-34"} & ids(run(affected_by_residence=EU, risk_level="none"))


def test_low_risk_authority_only() -> None:
    found = ids(run(affected_by_residence=EU, risk_level="low"))
    assert "EU-GDPR-33" in found
    assert "EU-GDPR-34" not in found


def test_high_risk_individuals_without_numeric_deadline() -> None:
    ob = only(run(affected_by_residence=EU), "EU-GDPR-34")
    assert ob.deadline is None
    assert ob.recipient == "individuals"
    assert ob.qualifier == "without_undue_delay"


def test_encryption_safe_harbour_spares_individuals_not_authority() -> None:
    found = ids(run(affected_by_residence=EU, encrypted_key_not_compromised=True))
    assert "EU-GDPR-33" in found
    assert "EU-GDPR-34" not in found


def test_processor_notifies_controller_only() -> None:
    a = run(affected_by_residence=EU, controller_role="processor")
    ob = only(a, "EU-GDPR-33-2")
    assert (ob.recipient, ob.deadline, ob.qualifier) == ("controller", None, "without_undue_delay")
    assert "EU-GDPR-33" not in ids(a)


def test_no_eu_residents_no_eu_rules() -> None:
    assert not any(o.jurisdiction == "EU" for o in run(affected_by_residence={"US-TX": 3}).obligations)


def test_zero_count_does_not_trigger() -> None:
    assert "EU-GDPR-33" not in ids(run(affected_by_residence={"EU-DE": 0}))


def test_uk_with_territorial_flag() -> None:
    ob = only(run(affected_by_residence={"UK": 10}, offers_services_to_uk=True), "UK-GDPR-33")
    assert ob.jurisdiction == "UK"
    assert ob.deadline == "2026-03-05T10:00:00+00:00"
    assert "Information Commissioner" in ob.recipient_name


def test_uk_without_flag_is_warned_not_silent() -> None:
    a = run(affected_by_residence={"UK": 10})
    assert not any(o.jurisdiction == "UK" for o in a.obligations)
    assert any("offers_services_to_uk" in w for w in a.warnings)


def test_uk_processor() -> None:
    a = run(affected_by_residence={"UK": 10}, offers_services_to_uk=True, controller_role="processor")
    assert only(a, "UK-GDPR-33-2").recipient == "controller"
