"""Breach-assessment benchmark and coverage report.

Prints: assessment latency (p50/p99) for an incident touching 20 jurisdictions, the number of rules and
jurisdictions in the rules table, and the number of tests per regime (test files are named
``tests/unit/breach/test_<regime>.py``; parametrised cases count individually, as pytest collects them).

Run: ``.venv/bin/python bench/bench_breach.py [--iterations N]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from privacykit.domain.breach import Incident, assess, load_rules

ROOT = Path(__file__).resolve().parent.parent
TEST_PATHS = ["tests/unit/breach", "tests/property/test_breach_deadlines.py"]

INCIDENT = Incident.model_validate(
    {
        "entity_timezone": "America/New_York",
        "controller_role": "covered_entity",
        "occurred_at": "2026-03-01T08:00:00-05:00",
        "discovered_at": "2026-03-02T09:00:00-05:00",
        "aware_at": "2026-03-02T10:00:00-05:00",
        "determined_breach_at": "2026-03-03T10:00:00-05:00",
        "determined_material_at": "2026-03-04T10:00:00-05:00",
        "nydfs_incident_determined_at": "2026-03-03T10:00:00-05:00",
        "assessed_notifiable_at": "2026-03-04T10:00:00-05:00",
        "scope_identified_at": "2026-03-04T10:00:00-05:00",
        "sec_registrant": True,
        "nydfs_covered_entity": True,
        "offers_services_to_uk": True,
        "data_categories": ["name", "ssn", "diagnosis", "email", "payment_card_number"],
        "affected_by_residence": {
            "EU-DE": 900, "EU-FR": 300, "UK": 300, "US-CA": 700, "US-CO": 600, "US-CT": 50, "US-FL": 600,
            "US-ME": 5, "US-NY": 6000, "US-OR": 300, "US-TX": 300, "US-WA": 600, "CA-ON": 80, "AU": 70,
            "BR": 60, "SG": 600, "IN": 10, "CH": 40, "CN": 20,
        },
        "risk_level": "high",
    }
)  # fmt: skip


def latency(iterations: int) -> tuple[float, float, int, int]:
    """p50 and p99 in microseconds, number of obligations and of distinct jurisdictions in them."""
    now = datetime(2027, 6, 1, tzinfo=UTC)
    result = assess(INCIDENT, now=now)  # warm the rules cache: the layer loads them once per container
    samples = []
    for _ in range(iterations):
        start = time.perf_counter_ns()
        assess(INCIDENT, now=now)
        samples.append((time.perf_counter_ns() - start) / 1000)
    quantiles = statistics.quantiles(samples, n=100)
    return quantiles[49], quantiles[98], len(result.obligations), len({o.jurisdiction for o in result.obligations})


def tests_per_regime() -> Counter[str]:
    """Collected test cases per regime file, via ``pytest --collect-only -q``."""
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-o",
            "addopts=",
            "-p",
            "no:cacheprovider",
            "--collect-only",
            "-q",
            *TEST_PATHS,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    counts: Counter[str] = Counter()
    for line in out.splitlines():
        if "::" not in line:
            continue
        name = Path(line.split("::", 1)[0]).stem.removeprefix("test_")
        counts["property (" + name + ")" if "property" in line else name] += 1
    return counts


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=2000)
    args = parser.parse_args()
    started = time.perf_counter()
    load_rules.cache_clear()
    load_rules()
    load_ms = (time.perf_counter() - started) * 1000
    book = load_rules()
    p50, p99, n_obligations, n_jurisdictions = latency(args.iterations)
    print(f"rules table {book.version}: {len(book.rules)} rules, {len(book.jurisdictions())} jurisdictions")
    print(f"  verified against a checked source: {sum(r.verified for r in book.rules)}/{len(book.rules)}")
    print(f"  cold load and validation of rules.json: {load_ms:.1f} ms")
    print(f"assess(): incident touching {n_jurisdictions} jurisdictions -> {n_obligations} obligations")
    print(f"  latency over {args.iterations} runs: p50 {p50:.0f} us, p99 {p99:.0f} us")
    counts = tests_per_regime()
    print(f"tests per regime ({sum(counts.values())} total):")
    for regime, n in sorted(counts.items()):
        print(f"  {regime:<34} {n}")


if __name__ == "__main__":
    main()
