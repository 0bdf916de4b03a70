"""Figures for the retention sweep (issue 12, docs/retention.md), on in-process moto with the tables of
template.yaml, each beside a floor measured in the same run:

- a sweep of a record table of 10,000 and of 100,000 records with 1 % expired: the items it reads (from
  the expiry index, what DynamoDB bills) and its wall time, running every task the way the queue worker
  does (delete with the audit event and the count in one transaction, holds looked up, summary written);
- beside it, the naive sweep's floor: one Scan of the whole table filtered on expiry (reading every item
  and doing nothing else), its items read and wall time, and the ratio;
- a dry run over the 10,000-record table (reads the index, writes nothing but the run's counters).

The tables are seeded with batch writes straight into moto (the items classify writes, expiry index
attributes included). moto answers a query on an index by looking at every item of the table, so its
wall time on a large table overstates what DynamoDB takes; the items read are what the cost follows.
Run: ``.venv/bin/python bench/bench_retention.py [--sizes 10000,100000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import goal

os.environ.update(
    {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_DISABLED": "true",
    }
)
os.environ.pop("AWS_ENDPOINT_URL", None)
os.environ.pop("AWS_PROFILE", None)

from moto import mock_aws

from localcloud import moto_patches
from localcloud.provision import provision
from privacykit import roots
from privacykit.adapters.aws import client, to_item
from privacykit.adapters.records import RecordTable, expiry_shard, expiry_text
from privacykit.roots import retention as retention_root
from privacykit.roots import shared as shared_root

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
EXPIRED_SHARE = 0.01


class CountingDynamoDB:
    """The DynamoDB client, counting the items each read returns (query, scan, get)."""

    def __init__(self, ddb: Any) -> None:
        self._ddb = ddb
        self.items_read = 0

    def query(self, **kwargs: Any) -> Any:
        answer = self._ddb.query(**kwargs)
        self.items_read += len(answer.get("Items", []))
        return answer

    def scan(self, **kwargs: Any) -> Any:
        answer = self._ddb.scan(**kwargs)
        self.items_read += int(answer.get("ScannedCount", len(answer.get("Items", []))))
        return answer

    def get_item(self, **kwargs: Any) -> Any:
        answer = self._ddb.get_item(**kwargs)
        self.items_read += 1 if "Item" in answer else 0
        return answer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ddb, name)


def _item(tenant: str, n: int, expired: bool) -> dict[str, Any]:
    """A record as classify stores it (DynamoDB attribute values), built by hand: to_item for 100,000
    items would take longer than the sweep. The subject is a stand-in pseudonym with no sealed ids: the
    expired records, which the sweep opens, get real ones (:func:`_seal_expired`)."""
    record_id = f"rec_{n:07d}"
    created = NOW - timedelta(days=365 * 7 if expired else 30, minutes=n % 1440)
    expires = created + timedelta(days=365 * 6)
    return {
        "tenant": {"S": tenant}, "record_id": {"S": record_id}, "level": {"S": "RESTRICTED"},
        "source": {"S": "api"}, "status": {"S": "classified"}, "created_at": {"S": created.isoformat()},
        "entities": {"S": '[["DIAGNOSIS", 0, 8, 0.9]]'}, "types": {"SS": ["DIAGNOSIS"]},
        "subject_key": {"S": f"{tenant}#ps{n:07d}"},
        "expires_at": {"S": expiry_text(expires)}, "expiry_shard": {"S": expiry_shard(tenant, record_id)},
        "expires_ttl": {"N": str(int((expires + timedelta(days=30)).timestamp()))},
        "retention_rule": {"S": "restricted-health-diagnosis"}, "retention_action": {"S": "delete"},
    }  # fmt: skip


def seed(table: str, tenant: str, size: int) -> int:
    """``size`` records, every hundredth one expired; how many expired. Written straight into moto's
    table (what a batch write stores, without moto's per-request cost, which would take minutes here)."""
    from moto.dynamodb.models import dynamodb_backends
    from moto.dynamodb.models.dynamo_type import DynamoType, Item

    store = dynamodb_backends["123456789012"]["us-east-1"].get_table(table)
    every = round(1 / EXPIRED_SHARE)
    expired = 0
    for n in range(size):
        is_expired = n % every == 0
        expired += is_expired
        attrs = _item(tenant, n, is_expired)
        hash_value, range_value = DynamoType(attrs["tenant"]), DynamoType(attrs["record_id"])
        store.items[hash_value][range_value] = Item(hash_value, range_value, attrs)
    _seal_expired(table, tenant, [n for n in range(size) if n % every == 0])
    return expired


def _seal_expired(table: str, tenant: str, numbers: list[int]) -> None:
    """The expired records' subject as classify keeps it: its real pseudonym, and the subject id and
    object key sealed under the subject key (what the sweep opens)."""
    keyring, ddb = shared_root.keyring(), client("dynamodb")
    for start in range(0, len(numbers), 25):
        batch = []
        for n in numbers[start : start + 25]:
            attrs, subject = _item(tenant, n, True), f"pat-{n}"
            ids = json.dumps({"subject_id": subject, "object_ref": None}).encode()
            attrs["subject_key"] = {"S": f"{tenant}#{keyring.pseudonym(tenant, subject)}"}
            attrs["sealed_ids"] = {
                "B": keyring.encrypt_for_pseudonym(tenant, subject, f"{attrs['record_id']['S']}#ids", ids)
            }
            batch.append({"PutRequest": {"Item": attrs}})
        ddb.batch_write_item(RequestItems={table: batch})


def drain(sweeper: Any, queue_url: str) -> int:
    sqs, ran = client("sqs"), 0
    while messages := sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", []):
        for message in messages:
            job = json.loads(message["Body"])
            sweeper.run_task(job["tenant"], job["job_id"])
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
            ran += 1
    return ran


@contextmanager
def counted(records: CountingDynamoDB) -> Iterator[dict[str, float]]:
    result: dict[str, float] = {}
    before, started = records.items_read, time.perf_counter()
    yield result
    result["items"] = records.items_read - before
    result["seconds"] = time.perf_counter() - started


def measure(stack: Any, size: int, dry_also: bool) -> dict[str, Any]:
    tenant = f"bench{size}"
    table = stack.ref("RecordsTable")
    started = time.perf_counter()
    expired = seed(table, tenant, size)
    seeded_in = time.perf_counter() - started
    counting = CountingDynamoDB(client("dynamodb"))
    shared_root.record_table.override(RecordTable(counting, table, shared_root.keyring()))
    retention_root.retention_sweeper.reset()
    sweeper = retention_root.retention_sweeper()
    # The expiries follow the policy in force already: the sweep goes straight to the shards.
    retention_root.retention_runs().set_applied_policy(tenant, sweeper.policy(tenant).policy.fingerprint)
    queue = stack.ref("RetentionQueue")
    figures: dict[str, Any] = {"size": size, "expired": expired, "seeded_seconds": seeded_in}

    if dry_also:
        with counted(counting) as dry:
            run, _ = sweeper.start(tenant, dry_run=True)
            drain(sweeper, queue)
        summary = sweeper.get(tenant, run.run_id).view()["summary"]
        assert summary["by_action"] == {"delete": expired}, summary
        figures["dry"] = dry

    with counted(counting) as scan:  # the naive sweep's floor: read everything, filter on expiry
        pages = counting.get_paginator("scan").paginate(
            TableName=table, FilterExpression="tenant = :t AND expires_at <= :now",
            ExpressionAttributeValues=to_item({":t": tenant, ":now": expiry_text(NOW)}),
        )  # fmt: skip
        found = 0
        for page in pages:
            found += len(page.get("Items", []))
            counting.items_read += int(page.get("ScannedCount", 0))
        assert found == expired
    figures["scan"] = scan

    # moto's own floor: it answers a query on an index by looking at every item of the table, once per
    # shard; DynamoDB reads the index partition only. Timed alone, to show what moto adds to the sweep.
    started = time.perf_counter()
    client("dynamodb").query(
        TableName=table, IndexName="by_expiry", KeyConditionExpression="expiry_shard = :s AND expires_at <= :now",
        ExpressionAttributeValues=to_item({":s": f"{tenant}#00", ":now": expiry_text(NOW)}), Limit=100,
    )  # fmt: skip
    figures["moto_index_queries_seconds"] = (time.perf_counter() - started) * RecordTable.shards

    with counted(counting) as sweep:
        run, _ = sweeper.start(tenant, dry_run=False)
        drain(sweeper, queue)
    summary = sweeper.get(tenant, run.run_id).view()["summary"]
    assert summary["by_action"] == {"delete": expired}, summary
    figures["sweep"] = sweep
    figures["index_items"] = summary["items_read"]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    moto_patches.apply()
    results = []
    for size in sizes:
        with mock_aws():  # a fresh stack per size: the table holds that size only
            stack = provision(None)
            for spec in stack.functions.values():
                os.environ.update(spec.environment)
            roots.reset()
            shared_root.clock.override(lambda: NOW)
            results.append(measure(stack, size, dry_also=size == min(sizes)))
    print("retention sweep over a record table with 1 % expired (in-process moto)")
    for r in results:
        sweep, scan = r["sweep"], r["scan"]
        print(
            f"  {r['size']:>7,} records, {r['expired']:>5,} expired: sweep read {sweep['items']:>6,} items "
            f"({r['index_items']:,} from the index) in {sweep['seconds']:.2f} s; full scan read "
            f"{scan['items']:>7,} items in {scan['seconds']:.2f} s (sweep reads {scan['items'] / sweep['items']:.0f}x "
            f"fewer items; seeded in {r['seeded_seconds']:.1f} s)"
        )
        print(
            f"    of the sweep's {sweep['seconds']:.2f} s, moto's {RecordTable.shards} index queries take about "
            f"{r['moto_index_queries_seconds']:.2f} s (moto reads the whole table for each; DynamoDB does not)"
        )
        if "dry" in r:
            dry = r["dry"]
            print(f"  dry run over {r['size']:,} records: {dry['items']:,} items read in {dry['seconds']:.2f} s")
    for r in results:
        sweep, scan = r["sweep"], r["scan"]
        goal(
            f"retention sweep items read, {r['size']:,} records, {r['expired']:,} expired",
            "follows what expired (<= 2.5x expired), not the table",
            f"{sweep['items']:,} (full scan {scan['items']:,}, {scan['items'] / sweep['items']:.0f}x more)",
            sweep["items"] <= 2.5 * r["expired"] and scan["items"] >= r["size"],
        )
        goal(
            f"retention sweep wall time, {r['size']:,} records",
            "measured beside a full scan (moto's index query reads the whole table)",
            f"{sweep['seconds']:.2f} s (full scan {scan['seconds']:.2f} s, "
            f"ratio {sweep['seconds'] / scan['seconds']:.2f}; "
            f"moto's index queries {r['moto_index_queries_seconds']:.1f} s of it)",
            True,
        )
    if len(results) >= 2:
        small, large = results[0], results[-1]
        per_small = small["sweep"]["items"] / small["expired"]
        per_large = large["sweep"]["items"] / large["expired"]
        goal(
            "retention sweep items read per expired record, small vs large table",
            "close (the table's size does not matter)",
            f"{per_small:.2f} vs {per_large:.2f}",
            abs(per_small - per_large) <= 0.25 * max(per_small, per_large),
        )
    for r in results:
        if "dry" in r:
            goal(
                f"retention dry run, {r['size']:,} records",
                "reads only what expired, writes nothing",
                f"{r['dry']['seconds']:.2f} s, {r['dry']['items']:,} items read",
                r["dry"]["items"] <= 2.5 * r["expired"],
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
