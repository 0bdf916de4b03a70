"""Helpers shared by the benchmarks: percentiles, timing, cold imports, HTTP calls to the local API."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

__all__ = ["ROOT", "HEAVY_MODULES", "percentile", "timed", "cold_import", "http", "summary", "goal"]


def goal(figure: str, target: str, measured: str, met: bool) -> None:
    """A figure that has a goal, for the table ``make bench`` ends with (``bench/run.py`` collects them
    from the file named by ``BENCH_GOALS``; a bench run alone prints its figures only)."""
    path = os.environ.get("BENCH_GOALS")
    if path:
        with open(path, "a") as goals:
            goals.write(json.dumps({"figure": figure, "goal": target, "measured": measured, "met": met}) + "\n")


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def summary(samples: list[float], unit: str = "ms") -> str:
    return f"p50 {percentile(samples, 50):.1f} {unit}, p99 {percentile(samples, 99):.1f} {unit} (n={len(samples)})"


def timed(action: Callable[[], object], n: int) -> list[float]:
    """Milliseconds per call of ``action``, ``n`` times."""
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


#: Modules a handler should load only when its capability needs them (the layout issue's check).
HEAVY_MODULES = ("cedarpy", "ahocorasick_rs", "privacykit.domain.detection", "privacykit.domain.breach.rules", "pypdf")


def cold_import(module: Path, layer: Path | None = None, runs: int = 5) -> tuple[float, list[str]]:
    """Median milliseconds to import a handler module in a fresh interpreter (Tracer enabled, as
    deployed), and which of :data:`HEAVY_MODULES` it loaded. ``layer`` imports ``privacykit`` from
    another tree (an older commit) instead of the installed one."""
    redirect = (
        "import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in type(f).__module__];"
        f"sys.path.insert(0, r'{layer}');"
        if layer is not None
        else ""
    )
    code = (
        redirect + "import time, importlib.util, sys, json; t = time.perf_counter();"
        f"spec = importlib.util.spec_from_file_location('app', r'{module}');"
        "m = importlib.util.module_from_spec(spec); sys.modules['app'] = m; spec.loader.exec_module(m);"
        "elapsed = time.perf_counter() - t;"
        f"print(json.dumps([elapsed, [h for h in {HEAVY_MODULES!r} if h in sys.modules]]))"
    )
    env = {**os.environ, "POWERTOOLS_TRACE_DISABLED": "false"}
    samples, heavy = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
        elapsed, heavy = json.loads(out)
        samples.append(elapsed)
    return statistics.median(samples) * 1000, heavy


def http(method: str, url: str, token: str, body: object = None) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(  # noqa: S310 - loopback
        url, data=data, method=method, headers={"authorization": f"Bearer {token}", "content-type": "application/json"}
    )
    with urllib.request.urlopen(request) as response:  # noqa: S310 - loopback
        return json.loads(response.read() or b"null")
