"""The audit writer on moto: Object Lock, no personal values, no fork under concurrency, tamper
detection in the versioned bucket, signed digests."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from localcloud.provision import Stack
from privacy_helpers import segment_keys
from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.aws import client
from privacykit.adapters.chain_heads import ChainHeadTable
from privacykit.domain.audit.chain import ChainHead
from privacykit.domain.audit.service import AuditWriter
from privacykit.domain.consent.model import GrantCommand
from privacykit.errors import ChainConflict, Conflict
from privacykit.ports import AuditRecord
from privacykit.roots import audit as audit_root
from privacykit.roots import consent as consent_root
from privacykit.roots import shared as shared_root


def _record(subject: str = "alice-123", n: int = 1) -> list[AuditRecord]:
    return [
        AuditRecord("consent.granted", "success", actor="u-officer", subject=subject, details={"purpose": "marketing"})
        for _ in range(n)
    ]


def test_events_are_locked_and_hold_only_pseudonyms(stack: Stack) -> None:
    shared_root.audit_writer().record("acme", *_record("alice-123"))
    s3 = client("s3")
    bucket = stack.ref("AuditBucket")
    (key,) = segment_keys(bucket, "acme")
    head = s3.head_object(Bucket=bucket, Key=key)
    assert head["ObjectLockMode"] == "COMPLIANCE"
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode()
    assert "alice-123" not in body
    assert "u-officer" not in body
    event = json.loads(body)
    assert event["subject"].startswith("ps_")
    assert event["seq"] == 1


def test_locked_segment_version_cannot_be_deleted(stack: Stack) -> None:
    shared_root.audit_writer().record("acme", *_record())
    s3 = client("s3")
    bucket = stack.ref("AuditBucket")
    (key,) = segment_keys(bucket, "acme")
    version = s3.list_object_versions(Bucket=bucket, Prefix=key)["Versions"][0]["VersionId"]
    with pytest.raises(s3.exceptions.ClientError):
        s3.delete_object(Bucket=bucket, Key=key, VersionId=version)


class AtomicHeads(ChainHeadTable):
    """The chain head table with DynamoDB's atomic conditional write: in-process moto checks the
    condition and writes without a lock, so threads could both pass it (real DynamoDB cannot)."""

    def __init__(self, inner: ChainHeadTable) -> None:
        self.__dict__.update(inner.__dict__)
        self.lock = threading.Lock()
        self.conflicts = 0

    def advance(self, tenant: str, expected: ChainHead | None, new: ChainHead) -> None:
        with self.lock:
            try:
                super().advance(tenant, expected, new)
            except ChainConflict:
                self.conflicts += 1
                raise


def test_concurrent_writers_retry_and_never_fork_the_chain(stack: Stack) -> None:
    heads = AtomicHeads(ChainHeadTable(client("dynamodb"), stack.ref("AuditChainTable")))
    bucket = AuditBucket(client("s3"), stack.ref("AuditBucket"), 1)
    writer = AuditWriter(heads, bucket, shared_root.keyring())
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda i: writer.record("acme", *_record(f"s-{i}")), range(30)))
    result = audit_root.audit_verifier().verify("acme")
    assert result.valid, result.first_break
    assert result.events == 30
    assert heads.conflicts > 0  # writers did collide, and retried on the new head


def test_a_stale_head_cannot_advance_the_chain(stack: Stack) -> None:
    heads = ChainHeadTable(client("dynamodb"), stack.ref("AuditChainTable"))
    heads.advance("acme", None, ChainHead(1, "a" * 64))
    with pytest.raises(ChainConflict):
        heads.advance("acme", None, ChainHead(1, "b" * 64))
    heads.advance("acme", ChainHead(1, "a" * 64), ChainHead(2, "c" * 64))
    with pytest.raises(ChainConflict):
        heads.advance("acme", ChainHead(1, "a" * 64), ChainHead(2, "d" * 64))
    assert heads.get("acme") == ChainHead(2, "c" * 64)


def test_a_segment_name_is_written_once(stack: Stack) -> None:
    bucket = AuditBucket(client("s3"), stack.ref("AuditBucket"), 1)
    bucket.put_segment("acme", "000000000001-000000000001.jsonl", b"{}\n")
    with pytest.raises(Conflict):
        bucket.put_segment("acme", "000000000001-000000000001.jsonl", b"{}\n")


def test_altered_copy_uploaded_as_newer_version_is_detected(stack: Stack) -> None:
    writer = shared_root.audit_writer()
    for _ in range(3):
        writer.record("acme", *_record())
    s3 = client("s3")
    bucket = stack.ref("AuditBucket")
    key = segment_keys(bucket, "acme")[1]
    original = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    s3.put_object(Bucket=bucket, Key=key, Body=original.replace(b"success", b"failure"))
    # A reader trusting the latest version sees a well-formed but altered event...
    assert b"failure" in s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    # ...the verifier reads every version and names the segment.
    result = audit_root.audit_verifier().verify("acme")
    assert not result.valid
    assert result.first_break is not None
    assert result.first_break["segment"] == key.rsplit("/", 1)[1]
    assert "rewritten" in result.first_break["reason"]


def test_delete_marker_hiding_a_segment_is_detected(stack: Stack) -> None:
    writer = shared_root.audit_writer()
    for _ in range(2):
        writer.record("acme", *_record())
    bucket = stack.ref("AuditBucket")
    client("s3").delete_object(Bucket=bucket, Key=segment_keys(bucket, "acme")[0])
    result = audit_root.audit_verifier().verify("acme")
    assert not result.valid
    assert result.first_break is not None
    assert "deleted" in result.first_break["reason"]


def test_signed_digest_verifies_and_a_forged_one_does_not(stack: Stack) -> None:
    shared_root.audit_writer().record("acme", *_record(n=3))
    signed = audit_root.audit_digester().digest("acme")
    assert signed is not None
    assert signed["digest"]["last_seq"] == 3
    assert audit_root.audit_digester().digest("acme") is None  # nothing new to sign
    result = audit_root.audit_verifier().verify("acme")
    assert result.valid
    assert result.digests_checked == 1
    forged = dict(signed, digest=dict(signed["digest"], head_hash="0" * 64))
    client("s3").put_object(
        Bucket=stack.ref("AuditBucket"),
        Key="audit/acme/digests/000000000099.json",
        Body=json.dumps(forged).encode(),
    )
    assert not audit_root.audit_verifier().verify("acme").valid


def test_a_consent_receipt_stored_as_a_digest_does_not_verify(stack: Stack, function_env: Any) -> None:
    """Receipts and digests were once signed with one key, and the verifier took any signed JSON."""
    shared_root.audit_writer().record("acme", *_record())
    function_env("ConsentFunction")
    command = GrantCommand("marketing", "consent", "v1", "web")
    signed = consent_root.consent_service().grant("acme", "s-1", command, actor="u-officer").receipt.as_dict()
    receipt = signed.pop("receipt")
    client("s3").put_object(
        Bucket=stack.ref("AuditBucket"),
        Key="audit/acme/digests/000000000099.json",
        Body=json.dumps({**signed, "digest": receipt}).encode(),
    )
    function_env("AuditFunction")
    result = audit_root.audit_verifier().verify("acme")
    assert not result.valid
    assert result.first_break is not None
    assert result.first_break["reason"] == "a stored digest is not an audit digest"


def test_tenants_have_separate_chains(stack: Stack) -> None:
    writer = shared_root.audit_writer()
    writer.record("acme", *_record())
    writer.record("globex", *_record(n=2))
    assert audit_root.audit_verifier().verify("acme").events == 1
    assert audit_root.audit_verifier().verify("globex").events == 2
