"""Leave-one-corpus-out estimate of what the person-name tagger does for an author it never saw.

For each tune corpus C: train the tagger on the other tune corpora and the development sets, then score C with
the rules alone and with the rules and the tagger (PERSON P/R, micro-F1 over every type, level accuracy,
PII-free documents flagged), with the same span rule as ``bench_classify.score``. Prints the table and the
mean deltas, for each threshold asked (the first is the one the table is printed for in full).

    .venv/bin/python bench/person_model_loco.py [--thresholds 0.8,0.7,0.9] [--outside holdout11,holdout12]

``--outside`` also trains on every tune corpus and scores tune corpora the rules have not yet been fitted to
(a held-out corpus above was read while its rules were written, so it flatters the rules, not the tagger).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from bench_classify import SAME_AS, _prf
from train_person_model import (
    DEV,
    DROP_BELOW,
    ROOT,
    THRESHOLD,
    TUNE,
    Call,
    read,
    rules_alone,
    tagger,
    train,
    training_examples,
    vocabulary,
    with_tagger,
)

from privacykit.domain.common.entity_types import Entity, Level
from privacykit.domain.detection import classify_level
from privacykit.domain.detection.scanners import person_tagger as pm


def rule_runs(docs: list[dict[str, Any]]) -> list[tuple[list[Entity], list[Call]]]:
    """Each document's entities from the rules alone, and what the engine hands the tagger after them."""
    return [rules_alone(doc["text"]) for doc in docs]


def with_model(
    runs: list[tuple[list[Entity], list[Call]]], model: pm.PersonModel, docs: list[dict[str, Any]]
) -> list[list[Entity]]:
    """Each document as the engine finds it with ``model`` as its tagger (the rules alone where it has no call)."""
    return [with_tagger(doc["text"], model) if calls else found for (found, calls), doc in zip(runs, docs, strict=True)]


def score(
    docs: list[dict[str, Any]], founds: list[list[Entity]], kinds: tuple[str, ...] = ("PERSON",)
) -> dict[str, Any]:
    """P/R and counts of ``kinds[0]`` (``by``: of each kind), micro-F1, level accuracy, PII-free docs flagged."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    correct = pii_free = flagged = 0
    for doc, found in zip(docs, founds, strict=True):
        used = [False] * len(found)
        for g in doc["entities"]:
            accepted = SAME_AS.get(g["type"], {g["type"]})
            for i, ent in enumerate(found):
                if not used[i] and ent.type.value in accepted and ent.start < g["end"] and g["start"] < ent.end:
                    used[i] = True
                    tp[g["type"]] += 1
                    break
            else:
                fn[g["type"]] += 1
        for i, ent in enumerate(found):
            if not used[i]:
                fp[ent.type.value] += 1
        correct += classify_level(found).name == doc["classification"]
        if not doc["entities"]:
            pii_free += 1
            flagged += bool(found)
    k = kinds[0]
    p, r, _ = _prf(tp[k], fp[k], fn[k])
    _, _, f1 = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {
        "P": p, "R": r, "counts": (tp[k], fp[k], fn[k]), "F1": f1,
        "by": {kind: (tp[kind], fp[kind], fn[kind]) for kind in kinds},
        "acc": correct / len(docs), "flagged": flagged, "pii_free": pii_free,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", default=str(THRESHOLD))
    parser.add_argument("--drop-below", type=float, default=DROP_BELOW, help="drop rule PERSON findings scored under")
    parser.add_argument("--no-mark", action="store_true", help="do not mark the runs no rule touched")
    parser.add_argument("--fresh-only", action="store_true", help="train only on the runs no rule finding touches")
    parser.add_argument("--outside", default="", help="comma-separated tests/corpus folders outside TUNE to score")
    args = parser.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",")]
    corpora = {name: read(path) for name, path in TUNE.items()}
    dev = [d for path in DEV for d in read(path)]
    fresh = args.fresh_only
    rules = {name: rule_runs(docs) for name, docs in corpora.items()}
    deltas: dict[float, list[tuple[float, float, float, float]]] = {t: [] for t in thresholds}
    print(
        f"{'held out':12s} {'rules: PERSON P/R (TP/FP/FN)':>32s} {'+model':>32s} "
        f"{'micro-F1':>15s} {'level acc':>15s} {'PII-free fl.':>13s}"
    )
    for name, docs in corpora.items():
        training = [d for other, ds in corpora.items() if other != name for d in ds] + dev
        vocab = vocabulary(training)
        weights = train(training_examples(training, vocab, fresh, not args.no_mark))
        base = score(docs, [found for found, _ in rules[name]])
        for t in thresholds:
            ours = score(
                docs, with_model(rules[name], tagger(weights, t, vocab, args.drop_below, not args.no_mark), docs)
            )
            deltas[t].append(
                (ours["F1"] - base["F1"], ours["acc"] - base["acc"], ours["R"] - base["R"], ours["P"] - base["P"])
            )
            if t != thresholds[0]:
                continue
            print(
                f"{name:12s} {base['P']:.3f}/{base['R']:.3f} {base['counts']!s:>18s} "
                f"{ours['P']:.3f}/{ours['R']:.3f} {ours['counts']!s:>18s} "
                f"{base['F1']:.3f}->{ours['F1']:.3f} {base['acc']:.3f}->{ours['acc']:.3f} "
                f"{base['flagged']:>3d}->{ours['flagged']}/{ours['pii_free']}"
            )
    if args.outside:
        outside(corpora, dev, args, thresholds)
    for t in thresholds:
        d = deltas[t]
        n = len(d)
        print(
            f"threshold {t:.2f}: mean delta micro-F1 {sum(x[0] for x in d) / n:+.4f} "
            f"(min {min(x[0] for x in d):+.4f}), "
            f"level accuracy {sum(x[1] for x in d) / n:+.4f}, PERSON R {sum(x[2] for x in d) / n:+.4f}, "
            f"PERSON P {sum(x[3] for x in d) / n:+.4f}"
        )


def outside(
    corpora: dict[str, list[dict[str, Any]]], dev: list[dict[str, Any]], args: Any, thresholds: list[float]
) -> None:
    """Train on every tune corpus; score the named corpora with the rules alone and with the tagger."""
    training = [d for ds in corpora.values() for d in ds] + dev
    vocab = vocabulary(training)
    weights = train(training_examples(training, vocab, args.fresh_only, not args.no_mark))
    for name in args.outside.split(","):
        docs = read(ROOT / "tests" / "corpus" / name / f"{name}.jsonl")
        runs = rule_runs(docs)
        base = score(docs, [found for found, _ in runs])
        for t in thresholds:
            ours = score(docs, with_model(runs, tagger(weights, t, vocab, args.drop_below, not args.no_mark), docs))
            print(
                f"outside {name} at {t:.2f}: PERSON P/R {base['P']:.3f}/{base['R']:.3f} -> "
                f"{ours['P']:.3f}/{ours['R']:.3f}, micro-F1 {base['F1']:.4f} -> {ours['F1']:.4f}, "
                f"level accuracy {base['acc']:.3f} -> {ours['acc']:.3f}"
            )


if __name__ == "__main__":
    _ = Level, Path, Call
    main()
