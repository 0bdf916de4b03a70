"""Figures for the bundle's ground and consent (issue 3): cold import of the consent handler,
grant/list latency through the local HTTP API, audit append and verification rates (bench_audit.py has
the audit trail's figures beside their floors), and the subject-key cache hit vs miss latency. Runs
against the local cloud (moto server)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import http, percentile, timed

from localcloud.runtime import LocalCloud
from privacykit import roots
from privacykit.ports import AuditRecord
from privacykit.roots import audit as audit_root
from privacykit.roots import shared as shared_root


def main() -> None:
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
        roots.reset()
        writer, verifier = shared_root.audit_writer(), audit_root.audit_verifier()
        sealer = audit_root.audit_sealer()
        record = AuditRecord("bench.event", "success", actor="officer", subject="s-1", details={"n": 1})
        n = 300
        start = time.perf_counter()
        for _ in range(n):
            writer.record("audit-bench", record)
        append_rate = n / (time.perf_counter() - start)
        sealer.seal("audit-bench")  # events are verifiable once sealed (bench_audit.py times the sealer)
        start = time.perf_counter()
        result = verifier.verify_full("audit-bench")
        verify_rate = result.events / (time.perf_counter() - start)
        assert result.valid and result.events == n
        print(f"audit append: {append_rate:.0f} events/s (one event per outbox transaction, moto server)")
        print(f"audit verification: {verify_rate:.0f} events/s ({result.events} events sealed, full)")
        batch = [record] * 50
        start = time.perf_counter()
        for _ in range(6):
            writer.record("audit-batch", *batch)
        print(f"audit append of 50 events per transaction: {300 / (time.perf_counter() - start):.0f} events/s")

        keyring = shared_root.keyring()
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
