"""The labelled corpus is well formed, and the engine stays above the quality floor on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from privacykit.domain.common.entity_types import EntityType
from privacykit.domain.detection import classify_level, detect

_ADDED_BY_ISSUE_13 = {
    "PASSPORT", "UK_NHS_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
    "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID",
}  # fmt: skip
CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "corpus.jsonl"


def _docs() -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_shape() -> None:
    docs = _docs()
    assert len(docs) >= 300
    assert len({d["id"] for d in docs}) == len(docs)
    formats = Counter(d["format"] for d in docs)
    assert len(formats) >= 10
    assert sum(1 for d in docs if not d["entities"]) >= 30  # PII-free documents
    types = {e["type"] for d in docs for e in d["entities"]}
    # The old corpus covers the contract's first fourteen types; the identifiers added by issue 13 are tested
    # in test_detection_structure.py.
    assert types == {t.value for t in EntityType} - _ADDED_BY_ISSUE_13
    for d in docs:
        assert d["classification"] in {"INTERNAL", "CONFIDENTIAL", "RESTRICTED"}
        for e in d["entities"]:
            assert 0 <= e["start"] < e["end"] <= len(d["text"])
            assert d["text"][e["start"] : e["end"]].strip()


def _scores(docs: list[dict]) -> tuple[float, float]:  # type: ignore[type-arg]
    """Micro-F1 (exact type, overlapping span, one-to-one; PASSPORT matches US_PASSPORT) and level accuracy."""
    tp = fp = fn = correct = 0
    for d in docs:
        ents = detect(d["text"])
        used = [False] * len(ents)
        for g in d["entities"]:
            accepted = {"US_PASSPORT", "PASSPORT"} if g["type"] == "US_PASSPORT" else {g["type"]}
            for i, e in enumerate(ents):
                if not used[i] and e.type.value in accepted and e.start < g["end"] and g["start"] < e.end:
                    used[i] = True
                    tp += 1
                    break
            else:
                fn += 1
        fp += used.count(False)
        correct += classify_level(ents).name == d["classification"]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall), correct / len(docs)


def test_quality_floor_on_corpus() -> None:
    # Measured 0.9997 micro-F1 and 1.000 level accuracy (issue 13, bench/bench_classify.py).
    f1, accuracy = _scores(_docs())
    assert f1 >= 0.99
    assert accuracy >= 0.99


def test_quality_floor_on_the_tune_half_of_the_unseen_corpus() -> None:
    # The half written from the contract only that tuning may use (tests/corpus/unseen/README.md): measured
    # 0.992 micro-F1 and 1.000 level accuracy. The frozen half is scored by bench/bench_classify.py only.
    tune = CORPUS.parent / "unseen" / "tune.jsonl"
    docs = [json.loads(line) for line in tune.read_text(encoding="utf-8").splitlines() if line.strip()]
    f1, accuracy = _scores(docs)
    assert f1 >= 0.98
    assert accuracy >= 0.99
