"""Figures for the bundle's ground and consent (issue 3): cold import of the consent handler,
grant/list latency through the local HTTP API, audit append and verification rates, and the
subject-key cache hit vs miss latency. Runs against the local cloud (moto server)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from localcloud.runtime import LocalCloud  # noqa: E402
from privacykit import services  # noqa: E402
from privacykit.audit import AuditRecord  # noqa: E402


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def cold_import(function: str, runs: int = 7) -> float:
    code = (
        "import time, importlib.util, sys; t = time.perf_counter();"
        f"spec = importlib.util.spec_from_file_location('app', r'{ROOT}/functions/{function}/app.py');"
        "m = importlib.util.module_from_spec(spec); sys.modules['app'] = m; spec.loader.exec_module(m);"
        "print(time.perf_counter() - t)"
    )
    env = {**os.environ, "POWERTOOLS_TRACE_DISABLED": "false"}
    samples = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(samples) * 1000


def timed(action: Callable[[], object], n: int) -> list[float]:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def http(method: str, url: str, token: str, body: object = None) -> None:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(  # noqa: S310 - loopback
        url, data=data, method=method, headers={"authorization": f"Bearer {token}", "content-type": "application/json"}
    )
    with urllib.request.urlopen(request) as response:  # noqa: S310 - loopback
        response.read()


def main() -> None:
    print(f"consent handler cold import (median of 7, Tracer on): {cold_import('consent'):.0f} ms")
    grant = {"purpose": "marketing", "lawful_basis": "consent", "notice_version": "v1", "channel": "web"}
    with tempfile.TemporaryDirectory() as state, LocalCloud(state_dir=Path(state), write_state_file=False) as cloud:
        assert cloud.api is not None
        token = cloud.issuer.issue(tenant="bench", sub="officer", groups=["privacy_officer"])
        subjects = [f"s-{uuid.uuid4().hex[:8]}" for _ in range(200)]
        base = cloud.api.url
        for warm in subjects[:5]:
            http("POST", f"{base}/v1/subjects/{warm}/consents", token, grant)
        it = iter(subjects)
        grants = timed(lambda: http("POST", f"{base}/v1/subjects/{next(it)}/consents", token, grant), 150)
        it = iter(subjects)
        lists = timed(lambda: http("GET", f"{base}/v1/subjects/{next(it)}/consents", token), 150)
        print(f"grant via local HTTP API: p50 {percentile(grants, 50):.1f} ms, p99 {percentile(grants, 99):.1f} ms")
        print(
            f"list via local HTTP API:  p50 {percentile(lists, 50):.1f} ms, p99 {percentile(lists, 99):.1f} ms (n=150)"
        )

        os.environ.update(cloud.environment())
        services.reset()
        writer, verifier = services.audit_writer(), services.audit_verifier()
        record = AuditRecord("bench.event", "success", actor="officer", subject="s-1", details={"n": 1})
        n = 300
        start = time.perf_counter()
        for _ in range(n):
            writer.record("audit-bench", record)
        append_rate = n / (time.perf_counter() - start)
        start = time.perf_counter()
        result = verifier.verify("audit-bench")
        verify_rate = result.events / (time.perf_counter() - start)
        assert result.valid
        print(f"audit append: {append_rate:.0f} events/s (one event per segment, moto server)")
        print(f"audit verification: {verify_rate:.0f} events/s ({result.events} events, every version read)")
        batch = [record] * 50
        start = time.perf_counter()
        for _ in range(6):
            writer.record("audit-batch", *batch)
        print(f"audit append in 50-event segments: {300 / (time.perf_counter() - start):.0f} events/s")

        keyring = services.keyring()
        sealed = keyring.encrypt("bench", "s-key", "r-1", b"value")
        hits = timed(lambda: keyring.decrypt("bench", "s-key", "r-1", sealed), 2000)

        def miss() -> None:
            keyring.forget_cached()
            keyring.decrypt("bench", "s-key", "r-1", sealed)

        misses = timed(miss, 200)
        hit50, hit99 = percentile(hits, 50) * 1000, percentile(hits, 99) * 1000
        print(f"subject-key cache hit:  p50 {hit50:.1f} µs, p99 {hit99:.1f} µs (AES-GCM decrypt, key in memory)")
        print(
            f"subject-key cache miss: p50 {percentile(misses, 50):.2f} ms, p99 {percentile(misses, 99):.2f} ms "
            "(DynamoDB get + KMS Decrypt on moto server)"
        )


if __name__ == "__main__":
    main()
