"""The statistical name tagger turned on in the engine (issue 13, thirteenth pass, helper "tagger13").

The engine calls ``scanners/person_tagger.add_persons`` last on each window, the table path too, with the
places where ``names.scan_name_sequences``' search met a run of capitalised words (no search of its own); the
weights are read on first use, not at import.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import detect, engine
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.scanners import person_tagger as pm
from privacykit.domain.detection.scanners.names import scan_name_sequences
from privacykit.domain.detection.shapes import shape_of


def _calls(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[int]]]:
    calls: list[tuple[str, list[int]]] = []
    real = engine.add_persons

    def spy(seen: str, hits: list[int], found: list[Finding], blockers: list[Finding]) -> list[Finding]:
        calls.append((seen, list(hits)))
        return real(seen, hits, found, blockers)

    monkeypatch.setattr(engine, "add_persons", spy)
    detect(text)
    return calls


def test_the_engine_hands_the_tagger_the_name_searchs_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Deelnemers brandoefening gebouw C\n- Sigvard Thorsell\n- Ylva Grankvist\n"
    calls = _calls(text, monkeypatch)
    assert len(calls) == 1
    seen, hits = calls[0]
    assert seen == text and [text[h : h + 4] for h in hits] == ["Sigv", "Ylva"]


def test_a_window_with_no_run_of_capitalised_words_is_not_handed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _calls("2025-01-02T10:00:00Z INFO [auth] request completed in 12ms\n", monkeypatch) == []


def test_the_table_path_hands_over_runs_at_their_offsets_in_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # A header names the columns: the cells are read by column and cut out of what the other scanners read;
    # the free text's hits come back at their place in the whole text.
    text = (
        "name,email,note\n"
        "Ana Ruiz,ana.ruiz@example.com,called back\n"  # privacy-scan: ignore (invented)
        "Bo Lind,bo.lind@example.com,asked for Wilhelmina Oosterhuis\n"  # privacy-scan: ignore (invented)
    )
    calls = _calls(text, monkeypatch)
    assert calls and any(text[h:].startswith("Wilhelmina Oosterhuis") for _, hits in calls for h in hits)
    assert all(seen == text for seen, _ in calls)


def test_a_word_before_a_comma_and_a_capital_is_a_hit_for_the_tagger_only() -> None:
    text = "03/11/2025 TRANSFER FROM Lindgren, Signe   +80.00\n"
    out = Findings()
    scan_name_sequences(text, shape_of(text), out)
    assert [text[h : h + 9] for h in out.name_hits] == ["Lindgren,"]
    assert out.items == []  # the rules read nothing new there


def test_the_runs_read_are_those_holding_a_hit() -> None:
    text = "Aanwezig: Wiebren Kloosterboer; Hessel Tuinstra\n"
    first = text.index("Wiebren")
    assert [[text[a:b] for a, b in run] for run in pm.candidate_runs(text, [first])] == [["Wiebren", "Kloosterboer"]]
    assert list(pm.candidate_runs(text, [])) == []


def test_a_name_in_a_list_no_rule_reads_is_found() -> None:
    text = "Deelnemers brandoefening gebouw C\n- Sigvard Thorsell\n- Ylva Grankvist\n- Osvaldo Pereira-Lindqvist\n"
    assert "Osvaldo Pereira-Lindqvist" in [text[e.start : e.end] for e in detect(text) if e.type is T.PERSON]


def test_a_listed_given_name_and_surname_is_not_questioned() -> None:
    text = "please contact Maria Garcia or Guest Relations today\n"
    found = [
        Finding(text.index("Maria"), text.index(" or"), T.PERSON, 0.85),
        Finding(text.index("Guest"), text.index(" today"), T.PERSON, 0.6),
    ]
    hits = [text.index("Maria"), text.index("Guest")]
    vetoing = pm.PersonModel({**_model_data(), "drop_below": 1.0})  # would drop every name it is asked about
    kept = pm.add_persons(text, hits, found, [], vetoing)
    assert [text[f.start : f.end] for f in kept] == ["Maria Garcia"]


def _model_data() -> dict[str, Any]:
    model = pm.model()
    lists = {k: list(v) for k, v in model.lists.items()}
    return {"weights": model.weights, "threshold": model.threshold, "lists": lists}


def test_the_weights_are_read_on_first_use_not_at_import() -> None:
    code = (
        "from privacykit.domain.detection import detect; from privacykit.domain.detection.scanners import "
        "person_tagger as pm; detect('2025-01-02 INFO ok 12ms'); print(pm._LOADED is None);"
        "detect('Deelnemers\\n- Sigvard Thorsell\\n'); print(pm._LOADED is None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False"]
