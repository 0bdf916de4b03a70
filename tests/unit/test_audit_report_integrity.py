"""A report counts the sealed segments themselves: events outside the period by time are left out, even
in the segments read for slack, and a segment found rewritten makes the report say so."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from localcloud.provision import Stack
from privacy_helpers import seal
from privacykit.adapters.aws import client
from privacykit.domain.audit.chain import decode_segment, encode_segment
from privacykit.ports import AuditRecord
from privacykit.roots import audit as audit_root
from privacykit.roots import shared as shared_root

START = datetime(2026, 10, 1, tzinfo=UTC)
END = datetime(2026, 10, 2, tzinfo=UTC)


def _run(framework: str = "SOC2") -> dict[str, Any]:
    reports = audit_root.report_worker()
    job = reports.request("acme", framework, START, END, actor="auditor-1")  # type: ignore[arg-type]
    done = reports.run("acme", job.report_id)
    return dict(json.loads(reports.document("acme", done.report_id, "json")[0])["report"])


def test_the_period_is_counted_from_the_segments_by_time(stack: Stack, function_env: Any) -> None:
    function_env("AuditReportFunction")
    writer = shared_root.audit_writer()
    for hours in (-2, 1, 5, 26):  # one before, two in, one after the day
        writer.record("acme", AuditRecord("legal_hold.placed", "success", actor="o"), at=START + timedelta(hours=hours))
    seal(stack)
    report = _run()
    assert report["events"] == {"count": 2, "first_seq": 2, "last_seq": 3}
    assert report["integrity"]["valid"] and report["integrity"]["segments_rewritten"] == []
    figures = {f["id"]: f for f in report["figures"]}
    assert figures["privileged.legal_hold.placed"]["events"] == [[2, 3]]


def test_a_rewritten_segment_makes_the_report_say_its_trail_is_not_intact(stack: Stack, function_env: Any) -> None:
    function_env("AuditReportFunction")
    writer = shared_root.audit_writer()
    for hours in (1, 2):
        writer.record("acme", AuditRecord("legal_hold.placed", "success", actor="o"), at=START + timedelta(hours=hours))
    seal(stack)
    s3, bucket, key = client("s3"), stack.ref("AuditBucket"), "audit/acme/segments/000000000001.jsonl"
    events = decode_segment(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
    s3.put_object(Bucket=bucket, Key=key, Body=encode_segment(events[:1]))  # a newer, shorter copy
    report = _run()
    assert report["integrity"]["segments_rewritten"] == ["000000000001.jsonl"]
    assert report["integrity"]["valid"] is False
