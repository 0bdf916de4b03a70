"""Draft notices carry the elements each law requires, built from categories and counts only."""

from __future__ import annotations

from typing import Any

import pytest

from privacykit.domain.breach.notices import NoticeFacts, draft_notice

from .helpers import build, only, run

INC: dict[str, Any] = {
    "data_categories": ["name", "ssn", "health"],
    "affected_by_residence": {"EU-DE": 120, "US-CA": 700},
    "sec_registrant": True,
}


def test_gdpr_authority_draft_has_article_33_3_elements() -> None:
    a = run(**INC)
    draft = draft_notice(only(a, "EU-GDPR-33"), build(**INC), NoticeFacts(nature="Misconfigured storage bucket."))
    titles = " ".join(draft.sections)
    for needle in ("Nature", "approximate number", "contact point", "consequences", "Measures"):
        assert needle in titles
    text = draft.as_text()
    assert "approximately 120 individuals" in text
    assert "Health information" in text
    assert "Misconfigured storage bucket." in text
    assert "identity theft" in text


def test_missing_facts_are_marked_not_invented() -> None:
    draft = draft_notice(only(run(**INC), "EU-GDPR-33"), build(**INC))
    assert "contact_point" in draft.incomplete
    assert "measures" in draft.incomplete
    assert "[TO COMPLETE:" in draft.as_text()


def test_individual_notice_is_plain_language_audience() -> None:
    draft = draft_notice(only(run(**INC), "EU-GDPR-34"), build(**INC))
    assert draft.audience.startswith("affected individuals")


def test_state_attorney_general_counts_only_that_state() -> None:
    draft = draft_notice(only(run(**INC), "US-CA-attorney-general"), build(**INC))
    text = draft.as_text()
    assert "US-CA: 700" in text
    assert "EU-DE" not in text


def test_sec_filing_asks_for_material_impact() -> None:
    inc = {**INC, "determined_material_at": "2026-03-05T12:00:00+00:00"}
    draft = draft_notice(
        only(run(**inc), "US-SEC-8K-1.05"), build(**inc), NoticeFacts(material_impact="Operations disrupted.")
    )
    assert list(draft.sections.values()) == ["Operations disrupted."]


def test_free_text_never_reaches_a_draft_as_a_category() -> None:
    with pytest.raises(ValueError, match="unknown data categories"):
        build(**{**INC, "data_categories": ["name", "ssn", "free text: John Doe"]})
    draft = draft_notice(only(run(**INC), "EU-GDPR-33"), build(**INC))
    assert "John Doe" not in draft.as_text()
