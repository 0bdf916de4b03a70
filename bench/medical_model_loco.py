"""Leave-one-corpus-out and outside estimates of what the judge of medical mentions does for an unseen author.

For each tune corpus C of ``--loco`` (holdout24-33 by default): train the judge on the other tune corpora (through
``--through``) and the development sets, then score C with the rules alone and with the rules and the judge
(DIAGNOSIS and MEDICATION P/R, micro-F1 over every type, level accuracy, PII-free documents flagged), for each
pair of thresholds asked. ``--outside`` also trains on every tune corpus through ``--through`` and scores the
named corpora (the validation sets holdout34-38: scored, never read nor trained on here).

    .venv/bin/python bench/medical_model_loco.py [--pairs 0.3:1.01,0.2:0.9] [--outside holdout34,holdout35]
"""

from __future__ import annotations

import argparse
from typing import Any

from person_model_loco import score
from train_medical_model import (
    CORPUS,
    DEV,
    KINDS,
    Call,
    examples,
    judge_model,
    read,
    rules_alone,
    train,
    tune,
    with_judge,
)

from privacykit.domain.common.entity_types import Entity

Runs = list[tuple[list[Entity], list[Call]]]


def with_model(
    runs: Runs, docs: list[dict[str, Any]], weights: dict[str, float], drop: float, add: float, verdict: bool
) -> list[list[Entity]]:
    m = judge_model(weights, add, drop, verdict)
    return [with_judge(d["text"], m) if calls else found for (found, calls), d in zip(runs, docs, strict=True)]


def line(name: str, base: dict[str, Any], ours: dict[str, Any]) -> str:
    def prf(counts: tuple[int, int, int]) -> str:
        tp, fp, fn = counts
        return f"{tp / (tp + fp) if tp + fp else 0:.3f}/{tp / (tp + fn) if tp + fn else 0:.3f} ({tp}/{fp}/{fn})"

    return (
        f"{name:12s} DX {prf(base['by']['DIAGNOSIS'])} -> {prf(ours['by']['DIAGNOSIS'])}  "
        f"MED {prf(base['by']['MEDICATION'])} -> {prf(ours['by']['MEDICATION'])}  "
        f"F1 {base['F1']:.4f}->{ours['F1']:.4f} level {base['acc']:.3f}->{ours['acc']:.3f} "
        f"flagged {base['flagged']}->{ours['flagged']}/{ours['pii_free']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", default="0.1:0.95", help="drop_below:threshold pairs, comma-separated")
    parser.add_argument("--through", type=int, default=33)
    parser.add_argument("--loco", default=",".join(f"holdout{n}" for n in range(24, 34)))
    parser.add_argument("--outside", default="")
    parser.add_argument("--verdict", action="store_true", help="the rules' verdict is one of the features")
    args = parser.parse_args()
    pairs = [tuple(float(x) for x in p.split(":")) for p in args.pairs.split(",")]
    corpora = {name: read(path) for name, path in tune(args.through).items()}
    dev = [d for path in DEV for d in read(path)]
    runs = {name: [rules_alone(d["text"]) for d in docs] for name, docs in corpora.items()}
    dev_runs = [rules_alone(d["text"]) for d in dev]
    calls = {d["text"]: c for name, docs in corpora.items() for d, (_, c) in zip(docs, runs[name], strict=True)}
    calls.update({d["text"]: c for d, (_, c) in zip(dev, dev_runs, strict=True)})
    totals: dict[tuple[float, float], list[float]] = {p: [0.0, 0.0] for p in pairs}
    sums: dict[tuple[float, float], dict[str, list[int]]] = {p: {} for p in pairs}
    held = [n for n in args.loco.split(",") if n]
    for name in held:
        training = [d for other, ds in corpora.items() if other != name for d in ds] + dev
        weights = train(examples(training, calls, args.verdict))
        docs = corpora[name]
        base = score(docs, [f for f, _ in runs[name]], KINDS)
        for p in pairs:
            ours = score(docs, with_model(runs[name], docs, weights, *p, args.verdict), KINDS)
            totals[p][0] += ours["F1"] - base["F1"]
            totals[p][1] += ours["acc"] - base["acc"]
            for k in KINDS:
                acc = sums[p].setdefault(k, [0, 0, 0, 0, 0, 0])
                for i in range(3):
                    acc[i] += base["by"][k][i]
                    acc[3 + i] += ours["by"][k][i]
            print(f"{p} " + line(name, base, ours), flush=True)
    for p in pairs:
        if held:
            n = len(held)
            print(
                f"LOCO {p}: mean delta micro-F1 {totals[p][0] / n:+.4f}, level {totals[p][1] / n:+.4f}, pooled "
                + "  ".join(f"{k} {c[:3]} -> {c[3:]}" for k, c in sums[p].items())
            )
    if args.outside:
        training = [d for ds in corpora.values() for d in ds] + dev
        weights = train(examples(training, calls, args.verdict))
        pooled: dict[tuple[tuple[float, ...], str], list[int]] = {}
        for name in args.outside.split(","):
            docs = read(CORPUS / name / f"{name}.jsonl")
            r = [rules_alone(d["text"]) for d in docs]
            base = score(docs, [f for f, _ in r], KINDS)
            for p in pairs:
                ours = score(docs, with_model(r, docs, weights, *p, args.verdict), KINDS)
                print(f"outside {p} " + line(name, base, ours), flush=True)
                for k in KINDS:
                    acc = pooled.setdefault((p, k), [0, 0, 0, 0, 0, 0])
                    for i in range(3):
                        acc[i] += base["by"][k][i]
                        acc[3 + i] += ours["by"][k][i]
        for (p, k), c in pooled.items():
            print(f"outside pooled {p} {k} {c[:3]} -> {c[3:]}")


if __name__ == "__main__":
    main()
