"""Figures for querying the trail and for compliance reports (docs/audit-reports.md), on in-process moto
with the template's resources, each beside a baseline measured in the same run:

- a one-day window of a tenant with 100,000 events over a month (about 3,300 events that day): the
  first page (100, newest first: what the API answers; the goal) and the whole day (pages of 1,000)
  from the event index, beside the same day found by reading the whole trail (every segment listed,
  read and decoded, then filtered by time), as ratios, and moto's own cost of a bare Query of that
  day (its serialisation of each item returned, which DynamoDB does not pay);
- a GDPR report over that month (all 100,000 events): built, signed and stored by the real worker,
  which reads the period from the sealed segments (the index only gives the sequence numbers the
  period spans), beside reading and decoding those segments alone (what any report must at least do).

The trail is seeded fast but honestly: events drafted in the writer's format, linked with
``link_events``, written as segments of 5,000 by the real ``AuditBucket`` and indexed by the real
``AuditIndexTable`` (what the sealer does after each segment), without the outbox round trip.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import goal

os.environ.update(
    {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_DISABLED": "true",
    }
)
for _name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
    os.environ.pop(_name, None)

from moto import mock_aws  # noqa: E402

from localcloud import moto_patches  # noqa: E402
from localcloud.provision import provision  # noqa: E402
from privacykit import roots  # noqa: E402
from privacykit.adapters.aws import client  # noqa: E402
from privacykit.domain.audit.chain import (  # noqa: E402
    GENESIS,
    decode_segment,
    encode_segment,
    link_events,
    segment_name,
)
from privacykit.roots import audit as audit_root  # noqa: E402

TENANT = "busy"
EVENTS = 100_000
SEGMENT = 5_000
MONTH_START = datetime(2026, 10, 1, tzinfo=UTC)
MONTH_END = datetime(2026, 10, 31, tzinfo=UTC)
DAY = MONTH_START + timedelta(days=14)
ROUNDS = 2
QUERY_GOAL_RATIO = 10.0  # a page of the day from the index at least 10 times faster than the whole trail
REPORT_GOAL_S = 120.0  # a month of 100,000 events well within the worker's 15 minutes


def _draft(n: int) -> dict[str, Any]:
    """The n-th event of the month, spread evenly; mostly access decisions, as a clinic's trail is."""
    at = MONTH_START + (MONTH_END - MONTH_START) * n / EVENTS
    base: dict[str, Any] = {
        "event_id": f"00000000-0000-4000-8000-{n:012d}",
        "tenant": TENANT,
        "at": at.isoformat(),
        "actor": f"{n % 50:064x}",
        "actor_roles": ["nurse"],
        "subject": f"{(n * 7919) % 5000 + 1:064x}",
    }
    kind = n % 20
    if kind == 0:
        return {**base, "type": "consent.granted", "outcome": "success",
                "details": {"purpose": ("marketing", "analytics")[n % 2], "receipt_id": f"r{n}",
                            "lawful_basis": "consent", "expires_at": None}}  # fmt: skip
    if kind == 1:
        return {**base, "type": "consent.withdrawn", "outcome": "success",
                "details": {"purpose": "marketing", "receipt_id": f"r{n}"}}  # fmt: skip
    decision = "DENY" if kind == 2 else "ALLOW"
    return {**base, "type": "access.decision", "outcome": decision.lower(),
            "details": {"action": "read", "purpose": "treatment", "decision": decision,
                        "policies": ["consent.required"] if decision == "DENY" else ["healthcare.tpo"],
                        "record_id": f"rec-{n}", "level": "RESTRICTED", "break_glass": False,
                        "break_glass_use": None, "amount": None}}  # fmt: skip


def seed() -> None:
    bucket, index = audit_root.audit_bucket(), audit_root.audit_index()
    last_seq, last_hash = 0, GENESIS
    for first in range(0, EVENTS, SEGMENT):
        events = link_events([_draft(n) for n in range(first, first + SEGMENT)], last_seq=last_seq, last_hash=last_hash)
        bucket.put_segment(TENANT, segment_name(events[0]["seq"]), encode_segment(events))
        index.put(TENANT, events)
        last_seq, last_hash = events[-1]["seq"], events[-1]["hash"]


def best(action: Any, rounds: int = ROUNDS) -> tuple[float, Any]:
    """The fastest of ``rounds`` runs in seconds (the machine is shared), and the last result."""
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    moto_patches.apply()
    with mock_aws():
        stack = provision(None)
        for spec in stack.functions.values():
            os.environ.update(spec.environment)
        roots.reset()
        started = time.perf_counter()
        seed()
        print(f"seeded {EVENTS:,} events in {time.perf_counter() - started:.0f} s (segments of {SEGMENT:,}, indexed)")

        queries = audit_root.trail_queries()
        day_end = DAY + timedelta(days=1)

        def first_page() -> int:
            page = queries.search(TENANT, start=DAY, end=day_end, limit=100, asked_by="bench")
            return len(page.events)

        def whole_day() -> int:
            count, cursor = 0, None
            while True:
                page = queries.search(TENANT, start=DAY, end=day_end, limit=1000, cursor=cursor, asked_by="bench")
                count += len(page.events)
                if page.cursor is None:
                    return count
                cursor = page.cursor

        def full_read() -> int:
            segments = audit_root.audit_bucket().segments(TENANT)
            found = 0
            for copy in segments:
                for event in decode_segment(copy.versions[-1]):
                    if DAY <= datetime.fromisoformat(event["at"]) < day_end:
                        found += 1
            return found

        def raw_query() -> int:
            response = client("dynamodb").query(
                TableName=stack.ref("AuditIndexTable"),
                KeyConditionExpression="day_key = :p",
                ExpressionAttributeValues={":p": {"S": f"{TENANT}#{DAY.date().isoformat()}"}},
                Limit=1000,
            )
            return len(response["Items"])

        page_s, page_n = best(first_page)
        day_s, day_n = best(whole_day)
        full_s, full_n = best(full_read, rounds=2)
        assert day_n == full_n, (day_n, full_n)
        print(f"one-day window of {EVENTS:,} events ({day_n:,} that day):")
        print(f"  first page ({page_n} newest) from the index: {page_s * 1000:.0f} ms")
        print(f"  the whole day from the index (pages of 1,000): {day_s * 1000:.0f} ms")
        print(f"  baseline, the whole trail read to find that day: {full_s * 1000:.0f} ms")
        print(f"  ratio (baseline / index, whole day): {full_s / day_s:.1f}x; first page: {full_s / page_s:.0f}x")
        floor_s, floor_n = best(raw_query)
        print(
            f"  moto's own Query of that day ({floor_n} items, nothing else): {floor_s * 1000:.0f} ms, "
            f"{floor_s * 1000 / floor_n:.2f} ms an item (DynamoDB does not pay moto's serialisation)"
        )
        goal(
            "one-day query page, 100k-event tenant (vs full read)",
            f">= {QUERY_GOAL_RATIO:.0f}x faster",
            f"{page_s * 1000:.0f} ms vs {full_s * 1000:.0f} ms ({full_s / page_s:.0f}x)",
            full_s / page_s >= QUERY_GOAL_RATIO,
        )

        reports_api, worker = audit_root.audit_reports(), audit_root.report_worker()

        def read_month() -> int:
            return sum(
                1
                for copy in audit_root.audit_bucket().segments(TENANT)
                for event in decode_segment(copy.versions[0])
                if MONTH_START <= datetime.fromisoformat(event["at"]) < MONTH_END
            )

        read_s, read_n = best(read_month, rounds=1)
        job = reports_api.request(TENANT, "GDPR", MONTH_START, MONTH_END, actor="bench")
        start = time.perf_counter()
        done = worker.run(TENANT, job.report_id)
        report_s = time.perf_counter() - start
        assert done.status == "completed" and done.events == read_n == EVENTS, (done.status, done.events, read_n)
        size = len(reports_api.document(TENANT, job.report_id, "json")[0])
        print(f"GDPR report over a month of {EVENTS:,} events: {report_s:.1f} s (report.json {size / 1e6:.1f} MB)")
        print(f"  baseline, the month's segments listed, read and decoded alone: {read_s:.1f} s")
        print(f"  ratio (report / read): {report_s / read_s:.2f}x")
        goal(
            "report for a month of 100k events",
            f"<= {REPORT_GOAL_S:.0f} s",
            f"{report_s:.1f} s (reading alone {read_s:.1f} s, {report_s / read_s:.2f}x)",
            report_s <= REPORT_GOAL_S,
        )


if __name__ == "__main__":
    main()
