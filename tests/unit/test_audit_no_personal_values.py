"""Nothing personal enters the audit trail or an error reason, even when an upload's file name holds a
personal value (the audit-integrity issue: `scan.219-09-9999`)."""

from __future__ import annotations

import pytest

from localcloud.provision import Stack
from privacy_helpers import seal
from privacykit import roots
from privacykit.adapters.aws import client
from privacykit.errors import UnreadableDocument
from privacykit.roots import classify as classify_root

SSN = "219-09-9999"


def _audit_text(stack: Stack, tenant: str) -> str:
    """What the trail holds at rest: the outbox while events wait, then the sealed segments."""
    waiting = str(client("dynamodb").scan(TableName=stack.ref("AuditOutboxTable"))["Items"])
    seal(stack)
    s3, bucket = client("s3"), stack.ref("AuditBucket")
    listed = s3.list_objects_v2(Bucket=bucket, Prefix=f"audit/{tenant}/").get("Contents", [])
    return waiting + "".join(s3.get_object(Bucket=bucket, Key=o["Key"])["Body"].read().decode() for o in listed)


def test_a_file_name_with_a_personal_value_stays_out_of_the_trail_and_the_reason(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An upload link refuses the name (its extension is no document kind) without repeating it.
    with pytest.raises(UnreadableDocument) as refused:
        classify_root.upload_desk().issue("acme", "pat-9", f"scan.{SSN}", actor="pat-9")
    assert SSN not in refused.value.message and refused.value.reason == "unsupported_type"
    # Only the old key layout, which a deployment may still accept, carries a file name in the key.
    monkeypatch.setenv("LEGACY_UPLOAD_KEYS", "true")
    roots.reset()
    bucket, key = stack.ref("UploadBucket"), f"uploads/acme/pat-9/scan.{SSN}"
    version = client("s3").put_object(Bucket=bucket, Key=key, Body=b"x").get("VersionId")

    with pytest.raises(UnreadableDocument) as raised:
        classify_root.classification_service().classify_upload(bucket, key, version)

    assert SSN not in raised.value.message
    trail = _audit_text(stack, "acme")
    assert '"unreadable"' in trail  # the failure is audited...
    assert SSN not in trail  # ...without the file name's value
    records = client("dynamodb").scan(TableName=stack.ref("RecordsTable"))["Items"]
    reasons = [item["reason"]["S"] for item in records if "reason" in item]
    assert reasons and not any(SSN in reason for reason in reasons)
