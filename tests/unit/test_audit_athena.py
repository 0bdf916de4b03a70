"""Ad-hoc SQL over the trail: the Glue table's columns are the segment event format, its partitions are the
tenant and the UTC day the sealer writes the day copies under, and those copies hold exactly the sealed
events of each day."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from localcloud.provision import Stack
from localcloud.template import load_template
from privacy_helpers import seal
from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.aws import client
from privacykit.domain.audit.chain import decode_segment, link_events
from privacykit.domain.audit.service import AuditWriter
from privacykit.ports import AuditRecord
from privacykit.roots import shared as shared_root

RESOURCES: dict[str, Any] = load_template()["Resources"]
TABLE = RESOURCES["AuditEventsTable"]["Properties"]["TableInput"]
_HIVE = {str: "string", int: "bigint", list: "array<string>", dict: "string", type(None): "string"}


class _Outbox:
    def __init__(self) -> None:
        self.drafts: list[dict[str, Any]] = []

    def commit(self, tenant: str, drafts: Any, changes: Any) -> None:
        self.drafts += drafts


class _Pseudonyms:
    def pseudonym(self, tenant: str, subject: str) -> str:
        return "p" * 64


def _sealed_event() -> dict[str, Any]:
    """An event as the writer drafts it and the sealer links it: the segment format."""
    outbox = _Outbox()
    AuditWriter(outbox, _Pseudonyms()).record(  # type: ignore[arg-type]
        "acme", AuditRecord("access.decision", "allow", actor="u", actor_roles=("nurse",), subject="s",
                            details={"decision": "ALLOW"}),
    )  # fmt: skip
    (event,) = link_events(outbox.drafts, last_seq=0, last_hash="0" * 64)
    return event


def test_the_tables_columns_are_the_segment_event_format() -> None:
    event = _sealed_event()
    serde = TABLE["StorageDescriptor"]["SerdeInfo"]["Parameters"]
    renamed = {value: key.removeprefix("mapping.") for key, value in serde.items() if key.startswith("mapping.")}
    columns = {c["Name"]: c["Type"] for c in TABLE["StorageDescriptor"]["Columns"]}
    assert columns == {renamed.get(name, name): _HIVE[type(value)] for name, value in event.items()}
    # The partition columns are not event fields under their own names (the event's tenant is renamed).
    assert {p["Name"] for p in TABLE["PartitionKeys"]} == {"tenant", "day"}
    assert not {"tenant", "day"} & set(columns)


def test_the_partition_projection_names_the_keys_the_sealer_writes() -> None:
    parameters = TABLE["Parameters"]
    assert parameters["projection.enabled"] == "true"
    assert parameters["projection.tenant.type"] == "injected"
    assert parameters["projection.day.format"] == "yyyy-MM-dd"
    template = parameters["storage.location.template"]["Fn::Sub"]
    prefix = template.split("/", 3)[3]  # after s3://${AuditBucket}/
    written = AuditBucket.day_key("acme", "2026-11-20", "000000000001.jsonl")
    assert written.startswith(prefix.replace("${!tenant}", "acme").replace("${!day}", "2026-11-20"))
    workgroup = RESOURCES["AuditWorkGroup"]["Properties"]["WorkGroupConfiguration"]
    assert workgroup["EnforceWorkGroupConfiguration"] is True
    assert workgroup["ResultConfiguration"]["EncryptionConfiguration"]["EncryptionOption"] == "SSE_KMS"


def test_the_sealer_writes_each_days_events_under_tenant_and_day(stack: Stack) -> None:
    start = datetime(2026, 11, 20, 22, tzinfo=UTC)
    writer = shared_root.audit_writer()
    for hour in range(4):  # two on the 20th, two on the 21st
        writer.record(
            "acme", AuditRecord("consent.granted", "success", subject="p-1"), at=start + timedelta(hours=hour)
        )
    seal(stack)
    s3, bucket = client("s3"), stack.ref("AuditBucket")
    keys = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="athena/")["Contents"])
    assert keys == [
        "athena/tenant=acme/day=2026-11-20/000000000001.jsonl",
        "athena/tenant=acme/day=2026-11-21/000000000001.jsonl",
    ]
    days = [decode_segment(s3.get_object(Bucket=bucket, Key=k)["Body"].read()) for k in keys]
    assert [[e["seq"] for e in day] for day in days] == [[1, 2], [3, 4]]
    segment = s3.get_object(Bucket=bucket, Key="audit/acme/segments/000000000001.jsonl")["Body"].read()
    assert days[0] + days[1] == decode_segment(segment)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", k.split("day=")[1].split("/")[0]) for k in keys)
