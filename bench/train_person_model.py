"""Train the person-name tagger (``scanners/person_tagger.py`` of the detector) and write its weights
(``data/person_tagger.json``), from what the rules hand it in the engine.

Deterministic: the same corpora give the same file, byte for byte. Trained on the TUNE corpora and the
development sets only; no frozen corpus is read. ``make person-model`` runs it; ``make test`` never does.

    .venv/bin/python bench/train_person_model.py [--threshold 0.8]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from logistic import Example, model_json_of, read, replaced, train

from privacykit.domain.common.entity_types import Entity
from privacykit.domain.detection import detect, engine
from privacykit.domain.detection.scanners import person_tagger as pm

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
#: The corpora the tagger may learn from: tune sets (their documents may be read) and the development sets.
TUNE = {
    **{f"holdout{n}": CORPUS / f"holdout{n}" / f"holdout{n}.jsonl" for n in (3, *range(6, 39))},
    "unseen tune": CORPUS / "unseen" / "tune.jsonl",
}
DEV = sorted((CORPUS / "dev").glob("*.jsonl"))
VERSION = "1"
#: The probability a token needs to be tagged part of a name: 0.90 scored better than 0.95 on every corpus the
#: rules had not yet been fitted to (holdout17-28, ``outside()`` of bench/person_model_loco.py; docs/detection.md).
THRESHOLD = 0.90
#: A rule's PERSON finding whose tokens all score under this is dropped (chosen by leave-one-corpus-out too).
DROP_BELOW = 0.02
# Learn from every run, those the rules found names in too (more names to learn from): learning only from the
# runs the rules left scored worse by leave-one-corpus-out (-0.0013 mean micro-F1 against +0.0029).
FRESH_ONLY = False
# Mark the runs no rule touched (a feature of their own): the LOCO and outside measurements have run with it
# since the seventh pass (their default), so the shipped model is trained as it was measured.
FRESH_MARK = True
Call = tuple[str, list[int], list[Any], list[Any]]


def rules_alone(text: str) -> tuple[list[Entity], list[Call]]:
    """``detect(text)`` with the tagger left out, and what the engine hands the tagger in each window that has
    candidates (``engine._tagged``'s call: the window's text, the name search's hits, the resolved findings and
    the medical terms)."""
    calls: list[Call] = []

    def capture(seen: str, hits: list[int], found: list[Any], blockers: list[Any]) -> list[Any]:
        calls.append((seen, list(hits), found, list(blockers)))
        return found

    with replaced(engine, "add_persons", capture):
        found = detect(text)
    return found, calls


def rule_calls(text: str) -> list[Call]:
    """What the engine hands the tagger for ``text`` (see :func:`rules_alone`)."""
    return rules_alone(text)[1]


def with_tagger(text: str, tagger: pm.PersonModel) -> list[Entity]:
    """``detect(text)`` with ``tagger`` in place of the shipped model."""

    def tagged(seen: str, hits: list[int], found: list[Any], blockers: list[Any]) -> list[Any]:
        return pm.add_persons(seen, hits, found, blockers, tagger)

    with replaced(engine, "add_persons", tagged):
        return detect(text)


def vocabulary(docs: Iterable[dict[str, Any]]) -> list[str]:
    """Lower-case words of the training texts outside every labelled entity, seen in two documents or more."""
    seen: dict[str, int] = {}
    for doc in docs:
        text = str(doc["text"])
        for g in doc["entities"]:
            text = text[: g["start"]] + " " * (g["end"] - g["start"]) + text[g["end"] :]
        for w in pm.lower_words(text):
            if len(w) > 2:
                seen[w] = seen.get(w, 0) + 1
    return sorted(w for w, c in seen.items() if c >= 2)


_CALLS: dict[str, list[Call]] = {}


def _rule_calls_cached(text: str) -> list[Call]:
    if text not in _CALLS:
        _CALLS[text] = rule_calls(text)
    return _CALLS[text]


def examples(
    docs: Iterable[dict[str, Any]], vocab: list[str], fresh_only: bool = FRESH_ONLY, mark: bool = FRESH_MARK
) -> list[Example]:
    """One example per token of every candidate run: its features, and 1 if a gold PERSON span covers it.

    With ``fresh_only``, only the runs the tagger is asked about in the engine: those no rule finding touches.
    """
    lists = {**pm._lists(), "V": frozenset(vocab)}
    out: list[Example] = []
    for doc in docs:
        text = str(doc["text"])
        gold = sorted((g["start"], g["end"]) for g in doc["entities"] if g["type"] == "PERSON")
        for seen, hits, found, blockers in _rule_calls_cached(text):
            fresh = {(r[0][0], r[-1][1]) for r in pm.fresh_runs(seen, hits, found, blockers)}
            for run in pm.candidate_runs(seen, hits):
                is_fresh = (run[0][0], run[-1][1]) in fresh
                if fresh_only and not is_fresh:
                    continue
                marks = ("fresh",) if mark and is_fresh else ()
                for (a, b), feats in zip(run, pm.run_features(seen, run, lists, marks), strict=True):
                    label = int(any(s < b and a < e for s, e in gold))
                    out.append((feats, label))
    return out


def tagger(
    weights: dict[str, float],
    threshold: float,
    vocab: list[str],
    drop_below: float = DROP_BELOW,
    mark: bool = FRESH_MARK,
) -> pm.PersonModel:
    return pm.PersonModel(
        {
            "weights": weights,
            "threshold": threshold,
            "version": VERSION,
            "lists": {"V": vocab},
            "drop_below": drop_below,
            "fresh_mark": mark,
        }
    )


def model_json(weights: dict[str, float], threshold: float, vocab: list[str], sources: list[str]) -> str:
    return model_json_of(
        {
            "version": VERSION, "threshold": threshold, "drop_below": DROP_BELOW, "trained_on": sources,
            "weights": weights, "lists": {"V": vocab}, "fresh_mark": FRESH_MARK,
        }
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args()
    docs = [d for path in [*TUNE.values(), *DEV] for d in read(path)]
    vocab = vocabulary(docs)
    weights = train(examples(docs, vocab))
    sources = [str(p.relative_to(ROOT)) for p in [*TUNE.values(), *DEV]]
    Path(pm.MODEL_FILE).write_text(model_json(weights, args.threshold, vocab, sources), encoding="utf-8")
    size = Path(pm.MODEL_FILE).stat().st_size
    print(f"{len(weights)} weights, {size / 1024:.0f} KiB -> {pm.MODEL_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
