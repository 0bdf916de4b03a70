"""People only the name tagger found, named again by one of their names (issue 13, fifteenth pass, "tagger15").

``names.find_mentions`` reads the rules' people before the tagger runs, so a person only the tagger named in full
(a list of names, a transfer line) was not found again by a surname or a given name standing alone further on.
The engine now looks for those mentions after the tagger (``engine._tagged``), with the same helper. The tests
put a stand-in tagger in the engine's place so that what they check is the engine's wiring, not a model's
scores.
"""

from __future__ import annotations

from typing import Any

import pytest

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import detect, engine
from privacykit.domain.detection.findings import Finding


def _tagging(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Put in the engine's place a tagger that finds ``name`` (its first occurrence in the window) and no other."""

    def add_persons(text: str, hits: list[int], found: list[Any], blockers: list[Any]) -> list[Any]:
        i = text.find(name)
        if i < 0:
            return found
        return sorted([*found, Finding(i, i + len(name), T.PERSON, 0.9)])

    monkeypatch.setattr(engine, "add_persons", add_persons)


def _people(text: str) -> list[str]:
    return [text[e.start : e.end] for e in detect(text) if e.type is T.PERSON]


def test_a_surname_alone_after_a_name_only_the_tagger_found(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Payout batch 11\nOndrej Wachowiak, Bettina Quaresma\n\nNote: Quaresma changed her bank details last week.\n"
    _tagging(monkeypatch, "Bettina Quaresma")
    assert _people(text).count("Quaresma") == 1
    assert "Bettina Quaresma" in _people(text)


def test_a_given_name_alone_in_another_language(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Dienstplan KW 42\nSpätschicht: Wiebke Hollensteiner\n\nBitte Rückfragen an Wiebke richten.\n"
    _tagging(monkeypatch, "Wiebke Hollensteiner")
    assert _people(text) == ["Wiebke Hollensteiner", "Wiebke"]


def test_not_a_word_of_another_capitalised_run(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Quaresma Logistics" names a firm: the same word joined to another capital is no mention of her.
    text = "Payees\nOndrej Wachowiak, Bettina Quaresma\n\nInvoice from Quaresma Logistics attached.\n"
    _tagging(monkeypatch, "Bettina Quaresma")
    assert _people(text) == ["Bettina Quaresma"]


def test_nothing_more_when_the_tagger_adds_no_one(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Release notes\nOrion Gateway, Helios Scheduler\n\nOrion now retries failed uploads.\n"
    _tagging(monkeypatch, "no such name")
    assert _people(text) == []


def test_a_token_beside_a_sure_one_joins_it_across_a_space_not_a_comma() -> None:
    from privacykit.domain.detection.scanners.person_tagger import _grow

    text = "Ignatius Brackenridge, Quentin Oduya"
    run = [(0, 8), (9, 21), (23, 30), (31, 36)]
    positive = [True, False, False, False]
    _grow(text, run, [0.95, 0.3, 0.6, 0.1], positive, 0.2)
    # the surname joins the sure given name; the next name, after a comma, does not join by it
    assert positive == [True, True, False, False]
