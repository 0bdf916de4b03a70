"""``make bench``: every ``bench/bench_*.py`` in turn, printing their figures only, then one table of the
figures that have a goal (figure, goal, measured).

What is not a figure goes to ``.local/bench.log``: each bench's standard error (the local cloud's request
lines, the function processes' logs), and the lines of its standard output that are log records or
metrics (Powertools writes both as one JSON object a line). A bench run alone prints everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOG = ROOT / ".local" / "bench.log"


def _is_log(line: str) -> bool:
    stripped = line.lstrip()
    if not stripped.startswith("{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except ValueError:
        return False


def run_one(bench: Path, goals: Path, log: object) -> int:
    print(f"== {bench.relative_to(ROOT) if bench.is_relative_to(ROOT) else bench}", flush=True)
    environment = {**os.environ, "BENCH_GOALS": str(goals), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, str(bench)], cwd=ROOT, stdout=subprocess.PIPE, stderr=log, text=True, env=environment
    )
    assert process.stdout is not None
    for line in process.stdout:
        if _is_log(line):
            log.write(line)  # type: ignore[attr-defined]
        else:
            sys.stdout.write(line)
            sys.stdout.flush()
    return process.wait()


def table(rows: list[dict[str, object]]) -> str:
    header = ("figure", "goal", "measured", "status")
    cells = [header]
    cells += [(str(r["figure"]), str(r["goal"]), str(r["measured"]), "met" if r["met"] else "MISSED") for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "-|-".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    benches = [ROOT / a for a in argv] or sorted((ROOT / "bench").glob("bench_*.py"))
    LOG.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    failed = []
    with tempfile.TemporaryDirectory() as tmp, LOG.open("w") as log:
        goals = Path(tmp) / "goals.jsonl"
        goals.touch()
        for bench in benches:
            log.write(f"== {bench.name}\n")
            log.flush()
            if run_one(bench, goals, log) != 0:
                failed.append(bench.name)
        rows = [json.loads(line) for line in goals.read_text().splitlines() if line.strip()]
    took = time.perf_counter() - started
    print(f"\n== goals ({len(rows)} figures; {took:.0f} s in all; logs in {LOG.relative_to(ROOT)})")
    print(table(rows))
    if failed:
        print(f"failed: {', '.join(failed)} (see {LOG.relative_to(ROOT)})", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
