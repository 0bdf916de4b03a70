"""The name tagger's wider candidates (issue 13, fourteenth pass, helper "tagger14").

``names.scan_name_sequences``' search also hands the tagger a title-case word after a capital and a space, a
dot or a comma: a surname after an initial (``J Okafor``, ``M. Lindahl``) or a given name after a surname in
capitals (``KOWALCZYK Irena``, ``SHALA, Valon``). Hits for the tagger only, which the rules do not read; the
tagger's run takes an initial with no dot as a token. Runs in capitals only stay unread (a search of their own
cost 5% of the mix).
"""

from __future__ import annotations

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import detect
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.scanners import person_tagger as pm
from privacykit.domain.detection.scanners.names import scan_name_sequences
from privacykit.domain.detection.shapes import shape_of


def _hits(text: str) -> tuple[list[int], Findings]:
    out = Findings()
    scan_name_sequences(text, shape_of(text), out)
    return out.name_hits, out


def _runs(text: str) -> list[list[str]]:
    hits, _ = _hits(text)
    return [[text[a:b] for a, b in run] for run in pm.candidate_runs(text, hits)]


def test_a_given_name_after_a_surname_in_capitals_is_a_hit_for_the_tagger_only() -> None:
    text = "12C\tVANTERPOOL Orsolya\tY\n"
    hits, out = _hits(text)
    assert [text[h : h + 7] for h in hits] == ["Orsolya"]
    assert out.items == []  # the rules read nothing new there
    assert _runs(text) == [["VANTERPOOL", "Orsolya"]]


def test_a_surname_in_capitals_before_a_comma_makes_a_run() -> None:
    text = "Respondent: see below\nMARKOVSKI, Dragan  (interpreter: Macedonian)\n"
    assert [r for r in _runs(text) if r[0] == "MARKOVSKI"] == [["MARKOVSKI", "Dragan"]]


def test_an_initial_before_a_surname_is_a_hit_and_a_token_of_the_run() -> None:
    text = "Signed in: J Okwuosa 07:40, R. Castellvi 07:42\n"
    hits, out = _hits(text)
    assert [text[h : h + 4] for h in hits] == ["Okwu", "Cast"]
    assert not any(text[f.start : f.end] in ("J Okwuosa", "R. Castellvi") for f in out.items)
    assert _runs(text) == [["J", "Okwuosa"], ["R", "Castellvi"]]


def test_a_capital_ending_a_word_is_no_initial() -> None:
    assert _runs("updated to macOS Sonoma; sent via DHL. Tracking follows\n") == []


def test_the_rules_findings_are_unchanged_by_the_new_hits() -> None:
    text = "Anwesend: K. Wojtaszek und H. Brandhuber; Protokoll: OYELARAN Adebayo\n"
    hits, out = _hits(text)
    assert len(hits) == 3 and all(text[f.start : f.end].count(" ") >= 1 for f in out.items)


def test_names_after_an_initial_are_found_where_no_rule_reads_them() -> None:
    text = (
        "Site induction sign-in\n"
        "J Okwuosa       Brightline Scaffolds     07:40\n"
        "R. Castellvi  Hollis Electrical  07:42\n"
    )
    people = [text[e.start : e.end] for e in detect(text) if e.type is T.PERSON]
    assert any("Castellvi" in p for p in people)  # ("J Okwuosa" scores 0.68 with the shipped model: under 0.90)


def test_headings_in_capitals_name_no_one() -> None:
    text = (
        "ANNUAL REPORT 2024 - SUMMARY OF OPERATIONS\nSECTION 2: HEALTH AND SAFETY\nKEY PERFORMANCE INDICATORS Follow\n"
    )
    assert [e for e in detect(text) if e.type is T.PERSON] == []
