"""Figures for monitoring (issue 16): rule evaluation latency on the local cloud, from an audit event
written (committed to the outbox by the one writer) to its alert raised (in the alert table), beside
the bare write of the same event measured in the same run; and how many events a second the stream
function evaluates when a burst of access decisions arrives.

The path measured is the deployed one: the outbox table's DynamoDB stream, read by the local cloud's
stream poller (as Lambda's event source mapping reads it: filter, batch, invoke), the monitoring stream
function in its own process, the alert committed with its dedup claim and audit event, then published
to SNS and the bus. The poller looks at the stream every 0.2 s when idle (Lambda polls a shard about
four times a second), which bounds what the figure can reach from below.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import goal, percentile, summary

from localcloud.runtime import LocalCloud
from privacykit import roots
from privacykit.adapters.aws import client, to_item
from privacykit.ports import AuditRecord
from privacykit.roots import shared as shared_root

GOAL_MS = 1000.0
SAMPLES = 30


def break_glass(n: int) -> AuditRecord:
    return AuditRecord(
        "access.break_glass", "allow", actor="dr-bench", actor_roles=("clinician",), subject=f"patient-{n}",
        details={"action": "read", "purpose": "treatment", "decision": "ALLOW", "level": "RESTRICTED",
                 "record_id": f"rec_{n}", "break_glass": True, "break_glass_use": f"use-{n}", "policies": ["p"]},
    )  # fmt: skip


def denial(n: int) -> AuditRecord:
    return AuditRecord(
        "access.decision", "deny", actor=f"viewer-{n % 7}", actor_roles=("viewer",), subject=f"patient-{n}",
        details={"action": "read", "purpose": "operations", "decision": "DENY", "level": "RESTRICTED",
                 "record_id": f"rec_{n}", "break_glass": False, "break_glass_use": None, "policies": []},
    )  # fmt: skip


def alerts(tenant: str) -> int:
    out = client("dynamodb").query(
        TableName=os.environ["ALERT_TABLE"],
        KeyConditionExpression="tenant = :t AND begins_with(alert_id, :a)",
        ExpressionAttributeValues=to_item({":t": tenant, ":a": "alr_"}),
        Select="COUNT",
        ConsistentRead=True,
    )
    return int(out["Count"])


def main() -> None:
    with tempfile.TemporaryDirectory() as state, LocalCloud(state_dir=Path(state), write_state_file=False) as cloud:
        os.environ.update(cloud.environment())
        roots.reset()
        writer = shared_root.audit_writer()
        tenant = f"bench-{uuid.uuid4().hex[:6]}"
        writer.record(tenant, break_glass(0))  # warm the function process, the tenant's pseudonym key
        deadline = time.monotonic() + 30
        while alerts(tenant) < 1 and time.monotonic() < deadline:
            time.sleep(0.05)

        writes, raised = [], []
        for n in range(1, SAMPLES + 1):
            start = time.perf_counter()
            writer.record(tenant, break_glass(n))
            written = time.perf_counter()
            while alerts(tenant) < n + 1:
                if time.perf_counter() - start > 30:
                    raise SystemExit("no alert within 30 s: is the stream poller running?")
                time.sleep(0.005)
            writes.append((written - start) * 1000)
            raised.append((time.perf_counter() - start) * 1000)
        ratio = percentile(raised, 50) / percentile(writes, 50)
        print(f"audit event write (baseline, outbox transaction): {summary(writes)}")
        print(f"event written -> alert raised (break_glass rule, local cloud): {summary(raised)}")
        print(f"  = {ratio:.1f}x the bare write at p50 (stream poll, function, alert commit, SNS + bus publish)")
        goal(
            "monitoring: event written -> alert raised, p50 (local cloud)",
            f"<= {GOAL_MS:.0f} ms",
            f"{percentile(raised, 50):.0f} ms ({ratio:.1f}x the bare write)",
            percentile(raised, 50) <= GOAL_MS,
        )

        # A burst: 500 access denials by 7 principals, 50 to an outbox transaction; the repeated-denials
        # rule counts each principal's window; timed until the last principal's alert is raised.
        burst = f"burst-{uuid.uuid4().hex[:6]}"
        records = [denial(n) for n in range(500)]
        start = time.perf_counter()
        for first in range(0, len(records), 50):
            writer.record(burst, *records[first : first + 50])
        written = time.perf_counter() - start
        while alerts(burst) < 7:
            if time.perf_counter() - start > 120:
                raise SystemExit("the burst's alerts did not all arrive within 120 s")
            time.sleep(0.01)
        took = time.perf_counter() - start
        print(
            f"burst of 500 denials (7 principals): written in {written * 1000:.0f} ms, "
            f"7 repeated_denials alerts raised after {took * 1000:.0f} ms ({500 / took:.0f} events/s end to end)"
        )


if __name__ == "__main__":
    main()
