"""Earlier detectors scored on corpora written after them: what each pass gained on data it never saw.

Every pass of issue 13 tunes on the newest corpora and scores the next two authors untouched once. That single
figure mixes the detector's progress with how hard the new authors happened to be. Here the same corpora are
scored by every earlier detector instead: each commit at which a corpus was first scored untouched (its
README's "Scored untouched at `<commit>`"), checked out into a temporary git worktree, with this checkout's
scoring (``bench_classify.score``) and that commit's layer first on the import path, in a process of its own.
A row is a detector; a column is a corpus none of those detectors was fitted to.

Run: .venv/bin/python bench/backtest_classify.py [--commits C1,C2,...] [CORPUS.jsonl ...]
Without corpora: the five newest tune sets. Never pass a frozen corpus while tuning (its README says which).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
_UNTOUCHED = re.compile(r"Scored untouched at `([0-9a-f]{7,40})`")
_SCORER = """
import json, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from pathlib import Path
import bench_classify as bc
scores = [bc.score(Path(p)) for p in sys.argv[3:]]
out = []
for s in scores + [bc._pool(scores)]:
    t, p, n = (sum(s[k].values()) for k in ("tp", "fp", "fn"))
    right = sum(c for (expected, got), c in s["confusion"].items() if expected == got)
    out.append({"f1": bc._prf(t, p, n)[2], "level": right / s["docs"], "under": s["under"],
                "restricted": s["restricted"], "flagged": s["flagged"], "pii_free": s["pii_free"]})
print(json.dumps(out))
"""


def _number(folder: Path) -> int:
    return int(folder.name.removeprefix("holdout") or 0)


def first_scored() -> list[str]:
    """The commits at which a corpus was first scored untouched, oldest first (git's order), one per detector:
    corpora scored one after another while only corpora and docs changed share a detector, kept at its first."""
    commits = {
        m.group(1) for readme in CORPUS.glob("holdout*/README.md") for m in _UNTOUCHED.finditer(readme.read_text())
    }
    # Full hashes: git's abbreviation grows with a repository's object count, so a clone may print 8 or 9
    # characters where the READMEs have 7. A README's commit is matched by prefix instead.
    listed = subprocess.run(
        ["git", "rev-list", "--topo-order", "--reverse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    order = {commit: i for i, commit in enumerate(listed)}
    position = {c: i for c in commits for full, i in order.items() if full.startswith(c)}
    seen: set[str] = set()
    distinct = []
    for commit in sorted(position, key=position.__getitem__):
        layer = layer_tree(commit)
        if layer not in seen:
            seen.add(layer)
            distinct.append(commit)
    return distinct


def layer_tree(commit: str) -> str:
    """The git tree of the detector's layer at ``commit``: equal trees are one detector."""
    return subprocess.run(
        ["git", "rev-parse", f"{commit}:layers/privacykit"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def newest_tune_sets(count: int = 5) -> list[Path]:
    """The newest corpora whose README calls them a tune set."""
    tune = [d for d in CORPUS.glob("holdout*") if "Status here: tune set" in (d / "README.md").read_text()]
    return [d / f"{d.name}.jsonl" for d in sorted(tune, key=_number)[-count:]]


def score_at(layer: Path, corpora: list[Path]) -> list[dict[str, float]]:
    """Scores of the detector in ``layer`` on each corpus, then pooled."""
    done = subprocess.run(
        [sys.executable, "-c", _SCORER, str(layer), str(ROOT / "bench"), *map(str, corpora)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    scores: list[dict[str, float]] = json.loads(done.stdout.splitlines()[-1])
    return scores


def main(argv: list[str] | None = None) -> None:
    """Print one row per detector: micro-F1 on each corpus, then the pooled figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--commits", help="comma-separated commits (default: every commit a corpus was first scored at)"
    )
    parser.add_argument("corpora", nargs="*", type=Path, help="JSONL corpora (default: the five newest tune sets)")
    args = parser.parse_args(argv)
    commits = args.commits.split(",") if args.commits else first_scored()
    corpora = [path.resolve() for path in args.corpora] or newest_tune_sets()
    names = [path.stem for path in corpora]
    print(
        f"{'detector':<26}"
        + "".join(f"{name:>11}" for name in names)
        + "   pooled: micro-F1  level  RESTRICTED under  PII-free flagged"
    )

    def row(label: str, scores: list[dict[str, float]]) -> None:
        pooled = scores[-1]
        cells = "".join(f"{s['f1']:>11.4f}" for s in scores[:-1])
        print(
            f"{label:<26}{cells}   {pooled['f1']:>16.4f}  {pooled['level']:.3f}  "
            f"{pooled['under']:>8}/{pooled['restricted']:<8}  {pooled['flagged']:>7}/{pooled['pii_free']}"
        )

    with tempfile.TemporaryDirectory(prefix="backtest-") as temporary:
        for commit in commits:
            tree = Path(temporary) / commit
            subprocess.run(
                ["git", "worktree", "add", "--detach", "-f", str(tree), commit],
                cwd=ROOT,
                capture_output=True,
                check=True,
            )
            try:
                date = subprocess.run(
                    ["git", "log", "-1", "--format=%cs", commit], cwd=ROOT, capture_output=True, text=True, check=True
                ).stdout.strip()
                row(f"{commit} ({date})", score_at(tree / "layers" / "privacykit", corpora))
            finally:
                subprocess.run(
                    ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True, check=False
                )
    row("this checkout", score_at(ROOT / "layers" / "privacykit", corpora))


if __name__ == "__main__":
    main()
