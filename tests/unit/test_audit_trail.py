"""The audit trail on moto: events land in the outbox with their change, the sealer writes locked
segments of many events, every cut of the stored trail is found, digests chain and are only signed
over a trail that verifies."""

from __future__ import annotations

import json
from typing import Any

import pytest

from localcloud.provision import Stack
from privacy_helpers import seal, segment_keys
from privacykit.adapters.aws import client, to_item
from privacykit.domain.consent.model import GrantCommand
from privacykit.ports import AuditRecord
from privacykit.roots import audit as audit_root
from privacykit.roots import consent as consent_root
from privacykit.roots import shared as shared_root


def _record(subject: str = "alice-123", n: int = 1) -> list[AuditRecord]:
    return [
        AuditRecord("consent.granted", "success", actor="u-officer", subject=subject, details={"purpose": "marketing"})
        for _ in range(n)
    ]


def _reason(result: Any) -> str:
    assert not result.valid
    return str(result.first_break["reason"])


def test_events_are_sealed_many_to_a_segment_locked_and_hold_only_pseudonyms(stack: Stack) -> None:
    writer = shared_root.audit_writer()
    for n in range(5):
        writer.record("acme", *_record(f"alice-{n}"))
    assert segment_keys(stack.ref("AuditBucket"), "acme") == []  # waiting in the outbox until sealed
    assert audit_root.audit_verifier().verify("acme").pending == 5
    seal(stack)
    s3 = client("s3")
    bucket = stack.ref("AuditBucket")
    (key,) = segment_keys(bucket, "acme")
    assert s3.head_object(Bucket=bucket, Key=key)["ObjectLockMode"] == "COMPLIANCE"
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode()
    assert "alice-" not in body and "u-officer" not in body
    events = [json.loads(line) for line in body.splitlines()]
    assert [e["seq"] for e in events] == [1, 2, 3, 4, 5]
    assert all(e["subject"].startswith("ps_") for e in events)
    result = audit_root.audit_verifier().verify("acme")
    assert (result.valid, result.events, result.pending) == (True, 5, 0)


def test_locked_segment_version_cannot_be_deleted(stack: Stack) -> None:
    shared_root.audit_writer().record("acme", *_record())
    seal(stack)
    s3 = client("s3")
    bucket = stack.ref("AuditBucket")
    (key,) = segment_keys(bucket, "acme")
    version = s3.list_object_versions(Bucket=bucket, Prefix=key)["Versions"][0]["VersionId"]
    with pytest.raises(s3.exceptions.ClientError):
        s3.delete_object(Bucket=bucket, Key=key, VersionId=version)


def _three_segments(stack: Stack) -> list[str]:
    writer = shared_root.audit_writer()
    for _ in range(3):
        writer.record("acme", *_record())
        seal(stack)
    return segment_keys(stack.ref("AuditBucket"), "acme")


def test_altered_copy_uploaded_as_newer_version_is_detected(stack: Stack) -> None:
    key = _three_segments(stack)[1]
    s3 = client("s3")
    bucket = stack.ref("AuditBucket")
    original = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    s3.put_object(Bucket=bucket, Key=key, Body=original.replace(b"success", b"failure"))
    result = audit_root.audit_verifier().verify("acme")
    assert "rewritten" in _reason(result)
    assert result.first_break["segment"] == key.rsplit("/", 1)[1]
    assert result.first_break["seq"] == 2


def test_delete_marker_hiding_a_segment_is_detected(stack: Stack) -> None:
    key = _three_segments(stack)[0]
    client("s3").delete_object(Bucket=stack.ref("AuditBucket"), Key=key)
    result = audit_root.audit_verifier().verify("acme")
    assert "deleted" in _reason(result)
    assert result.first_break["seq"] == 1


def _head_table(stack: Stack) -> tuple[Any, str]:
    return client("dynamodb"), stack.ref("AuditChainTable")


def test_a_deleted_head_is_reported_and_the_sealer_will_not_start_a_new_chain(stack: Stack) -> None:
    _three_segments(stack)
    ddb, table = _head_table(stack)
    ddb.delete_item(TableName=table, Key=to_item({"tenant": "acme"}))
    result = audit_root.audit_verifier().verify("acme")
    assert "head missing" in _reason(result)
    assert result.first_break["seq"] == 1
    shared_root.audit_writer().record("acme", *_record())
    with pytest.raises(Exception, match="head is missing"):
        seal(stack)


def test_a_rewound_head_is_reported_at_the_first_event_it_no_longer_covers(stack: Stack) -> None:
    _three_segments(stack)
    ddb, table = _head_table(stack)
    ddb.update_item(
        TableName=table,
        Key=to_item({"tenant": "acme"}),
        UpdateExpression="SET #s = :one, sealed_seq = :one",
        ExpressionAttributeNames={"#s": "seq"},
        ExpressionAttributeValues=to_item({":one": 1}),
    )
    result = audit_root.audit_verifier().verify("acme")
    assert "beyond the chain head" in _reason(result)
    assert result.first_break["seq"] == 2


def test_an_event_appended_outside_the_sealer_is_reported(stack: Stack) -> None:
    keys = _three_segments(stack)
    s3 = client("s3")
    bucket = stack.ref("AuditBucket")
    last = json.loads(s3.get_object(Bucket=bucket, Key=keys[-1])["Body"].read())
    from privacykit.domain.audit.chain import encode_segment, link_events, segment_name

    forged = link_events([{"type": "consent.granted", "outcome": "success"}], last_seq=3, last_hash=last["hash"])
    s3.put_object(Bucket=bucket, Key=f"audit/acme/segments/{segment_name(4)}", Body=encode_segment(forged))
    result = audit_root.audit_verifier().verify("acme")
    assert "beyond the chain head" in _reason(result)
    assert result.first_break["seq"] == 4
    digest = audit_root.audit_digester().digest("acme")
    assert digest["signed"] is False and digest["first_break"]["seq"] == 4


def test_a_sealed_segment_missing_at_the_end_is_reported(stack: Stack) -> None:
    _three_segments(stack)
    ddb, table = _head_table(stack)
    # The head says four were sealed; the bucket holds three (a segment lost, or never written).
    ddb.update_item(
        TableName=table,
        Key=to_item({"tenant": "acme"}),
        UpdateExpression="SET #s = :four, sealed_seq = :four",
        ExpressionAttributeNames={"#s": "seq"},
        ExpressionAttributeValues=to_item({":four": 4}),
    )
    result = audit_root.audit_verifier().verify("acme")
    assert "segment is missing" in _reason(result)
    assert result.first_break["seq"] == 4


def test_digests_chain_and_verification_starts_from_the_newest(stack: Stack) -> None:
    writer = shared_root.audit_writer()
    writer.record("acme", *_record(n=3))
    seal(stack)
    first = audit_root.audit_digester().digest("acme")
    assert first["signed"] and first["digest"]["previous_digest"] is None
    assert audit_root.audit_digester().digest("acme")["signed"] is False  # nothing new to sign
    writer.record("acme", *_record(n=2))
    seal(stack)
    second = audit_root.audit_digester().digest("acme")
    assert second["digest"]["first_seq"] == 4 and second["digest"]["last_seq"] == 5
    assert second["digest"]["previous_digest"] is not None
    incremental = audit_root.audit_verifier().verify("acme")
    assert (incremental.valid, incremental.events, incremental.verified_from) == (True, 5, 6)
    full = audit_root.audit_verifier().verify_full("acme")
    assert (full.valid, full.events, full.digests_checked) == (True, 5, 2)


def test_a_forged_digest_is_refused(stack: Stack) -> None:
    shared_root.audit_writer().record("acme", *_record(n=3))
    seal(stack)
    signed = audit_root.audit_digester().digest("acme")
    forged = {k: signed[k] for k in ("digest", "signature", "key_id", "algorithm")}
    forged["digest"] = dict(forged["digest"], last_seq=99, head_hash="0" * 64)
    client("s3").put_object(
        Bucket=stack.ref("AuditBucket"), Key="audit/acme/digests/000000000099.json", Body=json.dumps(forged).encode()
    )
    assert "signature is invalid" in _reason(audit_root.audit_verifier().verify("acme"))
    assert "signature is invalid" in _reason(audit_root.audit_verifier().verify_full("acme"))


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
    assert _reason(audit_root.audit_verifier().verify("acme")) == "a stored digest is not an audit digest"


def test_tenants_have_separate_chains(stack: Stack) -> None:
    writer = shared_root.audit_writer()
    writer.record("acme", *_record())
    writer.record("globex", *_record(n=2))
    seal(stack)
    assert audit_root.audit_verifier().verify("acme").events == 1
    assert audit_root.audit_verifier().verify("globex").events == 2
