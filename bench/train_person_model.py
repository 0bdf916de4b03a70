"""Train the person-name tagger (``bench/person_model.py``) and write ``bench/person_model.json``.

Deterministic: the same corpora give the same file, byte for byte. Trained on the TUNE corpora and the
development sets only; no frozen corpus is read. ``make person-model`` runs it; ``make test`` never does.

    .venv/bin/python bench/train_person_model.py [--threshold 0.8]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import person_model as pm

from privacykit.domain.detection import detect, engine
from privacykit.domain.detection.shapes import shape_of

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
#: The corpora the tagger may learn from: tune sets (their documents may be read) and the development sets.
TUNE = {
    "holdout9": CORPUS / "holdout9" / "holdout9.jsonl",
    "holdout10": CORPUS / "holdout10" / "holdout10.jsonl",
    "holdout8": CORPUS / "holdout8" / "holdout8.jsonl",
    "holdout7": CORPUS / "holdout7" / "holdout7.jsonl",
    "holdout6": CORPUS / "holdout6" / "holdout6.jsonl",
    "holdout3": CORPUS / "holdout3" / "holdout3.jsonl",
    "unseen tune": CORPUS / "unseen" / "tune.jsonl",
}
DEV = sorted((CORPUS / "dev").glob("accuracy*.jsonl"))
VERSION = "1"
#: The probability a token needs to be tagged part of a name (chosen by leave-one-corpus-out, see
#: bench/person_model_loco.py and docs/detection.md).
THRESHOLD = 0.95
#: A rule's PERSON finding whose tokens all score under this is dropped (chosen by leave-one-corpus-out too).
DROP_BELOW = 0.02
EPOCHS = 12
RATE = 0.2
L2 = 1e-5
# Learn from every run, those the rules found names in too (more names to learn from): learning only from the
# runs the rules left scored worse by leave-one-corpus-out (-0.0013 mean micro-F1 against +0.0029).
FRESH_ONLY = False
FRESH_MARK = False  # mark the runs no rule touched (a feature of their own): +0.0015 mean by LOCO, against +0.0030
MIN_COUNT = 2  # a feature seen fewer times than this in training is dropped (it could only memorise)

Example = tuple[list[str], int]
Call = tuple[str, bytes, list[Any], list[Any]]


def rule_calls(text: str) -> list[Call]:
    """What the tagger would be handed for ``text`` after the rules: each window's text, shape, resolved
    findings and medical terms (the engine does not call the tagger; its window pass is wrapped here)."""
    calls: list[Call] = []
    medical: list[Any] = []
    real_window, real_admit = engine._detect_window, getattr(engine, "admit_medical")  # noqa: B009

    def admit(items: Any, out: Any, low: Any) -> None:
        medical[:] = out.medical
        real_admit(items, out, low)

    def window(seen: str, header: Any, in_text: bool, out: Any) -> Any:
        found = real_window(seen, header, in_text, out)
        calls.append((seen, shape_of(seen), found, list(medical)))
        return found

    setattr(engine, "_detect_window", window)  # noqa: B010
    setattr(engine, "admit_medical", admit)  # noqa: B010
    try:
        detect(text)
    finally:
        setattr(engine, "_detect_window", real_window)  # noqa: B010
        setattr(engine, "admit_medical", real_admit)  # noqa: B010
    return calls


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


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
        for seen, shape, found, blockers in _rule_calls_cached(text):
            fresh = {(r[0][0], r[-1][1]) for r in pm.fresh_runs(seen, shape, found, blockers)}
            for run in pm.candidate_runs(seen, shape):
                is_fresh = (run[0][0], run[-1][1]) in fresh
                if fresh_only and not is_fresh:
                    continue
                marks = ("fresh",) if mark and is_fresh else ()
                for (a, b), feats in zip(run, pm.run_features(seen, run, lists, marks), strict=True):
                    label = int(any(s < b and a < e for s, e in gold))
                    out.append((feats, label))
    return out


def train(data: list[Example], epochs: int = EPOCHS, rate: float = RATE, l2: float = L2) -> dict[str, float]:
    """Logistic regression by AdaGrad, examples in a fixed pseudo-random order; weights rounded."""
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, c in counts.items() if c >= MIN_COUNT}
    rows = [([f for f in feats if f in keep], y) for feats, y in data]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(rows)))
    rnd = random.Random(13)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, y = rows[i]
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - y
            for f in feats:
                wf = w.get(f, 0.0)
                g = grad + l2 * wf
                acc = g2.get(f, 1e-8) + g * g
                g2[f] = acc
                w[f] = wf - rate * g / math.sqrt(acc)
    return {f: round(x, 4) for f, x in sorted(w.items()) if abs(x) >= 5e-4}


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
    body = {
        "version": VERSION, "threshold": threshold, "drop_below": DROP_BELOW, "trained_on": sources,
        "weights": weights, "lists": {"V": vocab}, "fresh_mark": FRESH_MARK,
    }  # fmt: skip
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]
    return json.dumps({**body, "sha256_16": digest}, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


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
