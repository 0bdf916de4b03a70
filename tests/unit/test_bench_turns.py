"""``bench_classify.scan_against_naive`` times privacy-scan and the naive detector taking turns (speed17): best of two
runs of one then of the other let a slow stretch of a shared machine fall on both runs of one and none of the other."""

from __future__ import annotations

import sys

import pytest

from localcloud.template import ROOT
from privacy_helpers import load_script


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "bench"))
    return load_script(ROOT / "bench" / "bench_classify.py", "bench_classify_turns")


def test_the_commands_take_turns_each_run_with_the_slowness_before_it(bench, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runs: list[str] = []
    readings = iter(range(100))

    def child_cpu(command: list[str]) -> float:
        runs.append(command[0])
        return float(len(runs))

    monkeypatch.setattr(bench, "_child_cpu", child_cpu)
    import cpu_bound

    monkeypatch.setattr(cpu_bound, "slowness", lambda: 1.0 + next(readings))
    ours, naive = bench._taking_turns([["ours"], ["naive"]], 4)
    # one untimed run each, then the first of a round alternates
    assert runs == ["ours", "naive", "ours", "naive", "naive", "ours", "ours", "naive", "naive", "ours"]
    assert [t for t, _ in ours] == [3.0, 6.0, 7.0, 10.0]
    assert [t for t, _ in naive] == [4.0, 5.0, 8.0, 9.0]
    # the slowness is read just before each timed run (8 readings in run order)
    assert [s for _, s in ours] == [1.0, 4.0, 5.0, 8.0]
    assert [s for _, s in naive] == [2.0, 3.0, 6.0, 7.0]
