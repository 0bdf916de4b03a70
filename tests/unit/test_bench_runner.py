"""`make bench` prints figures only: log records and metrics (one JSON object a line) and standard error go
to a log file, and the run ends with one table of the figures that have a goal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from localcloud.template import ROOT
from privacy_helpers import load_script


def _runner():  # type: ignore[no-untyped-def]
    return load_script(ROOT / "bench" / "run.py", "bench_run")


FAKE_BENCH = """
import json, sys
sys.path.insert(0, {bench!r})
from common import goal
print("figure: 12.5 ms p99")
print(json.dumps({{"level": "INFO", "message": "request logged"}}))
print('{{"_aws": {{"CloudWatchMetrics": []}}}}')
print("api POST /v1/classify -> 200 (3.1 ms)", file=sys.stderr)
goal("the fake figure", "<= 20 ms", "12.5 ms", True)
goal("another", ">= 4x", "3.1x", False)
"""


def test_figures_reach_the_terminal_and_logs_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runner = _runner()
    bench = tmp_path / "bench_fake.py"
    bench.write_text(FAKE_BENCH.format(bench=str(ROOT / "bench")))
    goals = tmp_path / "goals.jsonl"
    log_file = tmp_path / "bench.log"
    with log_file.open("w") as handle:
        assert runner.run_one(bench, goals, handle) == 0
    out = capsys.readouterr().out
    assert "figure: 12.5 ms p99" in out
    assert "request logged" not in out
    assert "CloudWatchMetrics" not in out
    logged = log_file.read_text()
    assert "request logged" in logged and "api POST /v1/classify" in logged
    rows = [json.loads(line) for line in goals.read_text().splitlines()]
    table = runner.table(rows).splitlines()
    assert [cell.strip() for cell in table[0].split(" | ")][:3] == ["figure", "goal", "measured"]
    assert [cell.strip() for cell in table[2].split(" | ")][:3] == ["the fake figure", "<= 20 ms", "12.5 ms"]
    assert table[2].endswith("met")
    assert table[3].endswith("MISSED")
