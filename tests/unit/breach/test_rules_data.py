"""The rules table itself: every rule is cited and sourced, the coverage the issue asks for exists."""

from __future__ import annotations

import pytest

from privacykit.domain.breach import load_rules

BOOK = load_rules()


def test_required_jurisdictions_are_covered() -> None:
    required = {"EU", "UK", "US-HIPAA", "US-SEC", "US-NYDFS", "CA", "AU", "BR", "SG", "IN", "CH", "CN"}
    required |= {f"US-{s}" for s in ("CA", "CO", "CT", "FL", "ME", "NY", "OR", "TX", "WA")}
    assert required <= BOOK.jurisdictions()


@pytest.mark.parametrize("rule", BOOK.rules, ids=lambda r: r.rule_id)
def test_every_rule_is_cited_and_sourced(rule: object) -> None:
    from privacykit.domain.breach.rules import Rule

    assert isinstance(rule, Rule)
    assert rule.citation.strip()
    assert rule.source.startswith(("http://", "https://"))
    assert len(rule.source_note) > 20
    if not rule.verified:
        assert "not" in rule.source_note.lower()


def test_required_hipaa_sections_present() -> None:
    ids = {r.rule_id for r in BOOK.rules}
    assert {
        "US-HIPAA-164.404",
        "US-HIPAA-164.406",
        "US-HIPAA-164.408(b)",
        "US-HIPAA-164.408(c)",
        "US-HIPAA-164.410",
    } <= ids


def test_residence_taxonomy_knows_the_issue_keys() -> None:
    assert {"EU-DE", "UK", "US-TX", "CA-ON", "BR", "SG", "IN", "AU", "CH", "CN"} <= BOOK.known_residence_keys()


def test_issue_categories_are_in_the_taxonomy() -> None:
    issue = {
        "email",
        "ssn",
        "health",
        "diagnosis",
        "payment_card_number",
        "bank_account",
        "passport_number",
        "drivers_license",
        "name",
    }
    assert issue <= set(BOOK.categories)
