"""Input the rules do not know is listed under warnings: never rejected, never silently ignored."""

from __future__ import annotations

from .helpers import only, run


def test_unknown_category_is_warned_and_known_ones_still_apply() -> None:
    a = run(data_categories=["name", "ssn", "horoscope"], affected_by_residence={"US-TX": 3})
    assert any("'horoscope'" in w for w in a.warnings)
    assert only(a, "US-TX-individuals")


def test_unknown_residence_key_is_warned() -> None:
    a = run(affected_by_residence={"ATLANTIS": 5, "EU-DE": 1})
    assert any("'ATLANTIS'" in w and "unknown" in w for w in a.warnings)
    assert only(a, "EU-GDPR-33")


def test_unknown_key_with_zero_count_is_still_warned() -> None:
    assert any("'EU-XX'" in w for w in run(affected_by_residence={"EU-XX": 0}).warnings)


def test_known_state_without_rule_is_warned() -> None:
    a = run(affected_by_residence={"US-NJ": 12})
    assert any("'US-NJ'" in w and "no rule for US-NJ" in w for w in a.warnings)


def test_empty_categories_are_warned() -> None:
    assert any("no data categories" in w for w in run(data_categories=[]).warnings)


def test_clean_input_has_no_warnings() -> None:
    a = run(data_categories=["name", "ssn"], affected_by_residence={"EU-DE": 1, "US-TX": 1, "CA-ON": 1, "BR": 1})
    assert a.warnings == ()


def test_processor_in_jurisdiction_without_processor_duty_is_warned() -> None:
    a = run(
        controller_role="processor", data_categories=["name", "health"], affected_by_residence={"BR": 5, "EU-DE": 5}
    )
    assert any(w.startswith("BR: the rules table has no statutory duty for a processor") for w in a.warnings)
    assert not any(w.startswith("EU:") for w in a.warnings)
