"""What the rules cannot consider is listed under warnings, naming only the taxonomy's own words; a data
category or residence key outside the taxonomy is refused (issue 14 item 5: free text there would be kept
in clear and repeated in every warning)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from .helpers import build, only, run


@pytest.mark.parametrize(
    "changes",
    [
        {"data_categories": ["name", "ssn", "horoscope"]},
        {"affected_by_residence": {"ATLANTIS": 5, "EU-DE": 1}},
        {"affected_by_residence": {"EU-XX": 0}},
    ],
)
def test_a_word_outside_the_taxonomy_is_refused_without_being_repeated(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as refused:
        build(**changes)
    (error,) = refused.value.errors()
    safe = error["ctx"]["error"].safe_message
    assert "taxonomy" in safe
    assert not any(word in safe for word in ("horoscope", "ATLANTIS", "EU-XX"))


def test_known_categories_still_apply() -> None:
    assert only(run(data_categories=["name", "ssn"], affected_by_residence={"US-TX": 3}), "US-TX-individuals")


def test_known_state_without_rule_is_warned() -> None:
    a = run(affected_by_residence={"US-NJ": 12})
    assert any("residence key US-NJ (12 affected)" in w and "no rule for US-NJ" in w for w in a.warnings)


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
