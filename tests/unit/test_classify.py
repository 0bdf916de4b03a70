"""Classify: the service (records, audit, tags) and the handlers (the API, and the upload queue worker) on
moto, each with its own function's environment."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any
from urllib.parse import quote_plus

import pytest

from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, load_handler, make_pdf, put_upload, seal, with_claims
from privacykit import roots
from privacykit.adapters.aws import client
from privacykit.adapters.uploads import S3Uploads
from privacykit.domain.classify.ports import UploadHead
from privacykit.domain.classify.uploads import parse_upload_key
from privacykit.errors import KeyShredded, UnreadableDocument
from privacykit.roots import classify as classify_root
from privacykit.roots import shared as shared_root

EDITOR = {"sub": "u-5", "custom:tenant": "acme", "cognito:groups": "[editor]"}
NOTE = "Patient Maria Gonzalez, DOB: 03/14/1962, SSN 219-09-9999, email maria.g@example.org"


@pytest.fixture
def handler(stack: Stack, function_env: Any) -> Any:
    function_env("ClassifyFunction")
    return load_handler("classify").lambda_handler


@pytest.fixture
def upload_handler(stack: Stack, function_env: Any) -> Any:
    function_env("ClassifyUploadFunction")
    return load_handler("classify", "uploads").lambda_handler


def api(handler: Any, body: Any, claims: dict[str, str] | None = EDITOR) -> tuple[int, dict[str, Any]]:
    request = with_claims(event("classify-text"), claims)
    request["body"] = body if isinstance(body, str) else json.dumps(body)
    response = handler(request, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def audit_bodies(stack: Stack, tenant: str = "acme") -> str:
    seal(stack)
    s3 = client("s3")
    bucket = stack.ref("AuditBucket")
    listed = s3.list_objects_v2(Bucket=bucket, Prefix=f"audit/{tenant}/segments/").get("Contents", [])
    return "".join(s3.get_object(Bucket=bucket, Key=o["Key"])["Body"].read().decode() for o in listed)


def test_text_is_classified_with_spans_and_level(handler: Any) -> None:
    status, body = api(handler, {"text": NOTE})
    assert status == 200
    types = {e["type"] for e in body["entities"]}
    assert {"US_SSN", "EMAIL", "DATE_OF_BIRTH"} <= types
    assert body["classification"] == "RESTRICTED"
    assert body["record_id"] is None
    ssn = next(e for e in body["entities"] if e["type"] == "US_SSN")
    assert NOTE[ssn["start"] : ssn["end"]] == "219-09-9999"


def test_recorded_text_is_sealed_for_its_subject_and_audited_without_values(handler: Any, stack: Stack) -> None:
    status, body = api(handler, {"text": NOTE, "subject_id": "pat-77", "purpose": "treatment"})
    assert status == 200
    record_id = body["record_id"]
    raw = client("dynamodb").get_item(
        TableName=stack.ref("RecordsTable"), Key={"tenant": {"S": "acme"}, "record_id": {"S": record_id}}
    )["Item"]
    assert "219-09-9999" not in json.dumps(raw, default=str)
    assert "US_SSN" in raw["types"]["SS"]
    stored = shared_root.record_table().get("acme", record_id)
    assert stored is not None
    assert stored.text is None  # metadata reads never decrypt
    assert shared_root.record_table().text(stored) == NOTE
    assert stored.level.name == "RESTRICTED"
    trail = audit_bodies(stack)
    assert record_id in trail
    for value in ("219-09-9999", "Maria", "maria.g@example.org", "pat-77"):
        assert value not in trail
    shared_root.keyring().shred("acme", "pat-77")
    with pytest.raises(KeyShredded):
        shared_root.record_table().text(stored)


@pytest.mark.parametrize(
    ("body", "claims", "status"),
    [
        ({"text": "hello"}, {"sub": "u", "custom:tenant": "acme", "cognito:groups": "[viewer]"}, 403),
        ({"text": "hello"}, None, 401),
        ({"txt": "hello"}, EDITOR, 422),
        ({"text": "hello", "subject_id": "../../etc"}, EDITOR, 422),
        ("[1, 2", EDITOR, 400),
        ({"text": "x" * 1_100_000}, EDITOR, 413),
    ],
)
def test_bad_requests(handler: Any, body: Any, claims: dict[str, str] | None, status: int) -> None:
    got, answer = api(handler, body, claims)
    assert got == status
    assert "error" in answer


def test_declared_public_text_without_findings_is_public(handler: Any) -> None:
    assert api(handler, {"text": "Release notes for version 2.4.1", "declared_public": True})[1]["classification"] == (
        "PUBLIC"
    )
    assert api(handler, {"text": "Release notes for version 2.4.1"})[1]["classification"] == "INTERNAL"


def s3_message(bucket: str, key: str, version: str | None) -> dict[str, Any]:
    obj: dict[str, Any] = {"key": quote_plus(key), "size": 1}
    if version:
        obj["versionId"] = version
    body = {
        "Records": [
            {
                "eventSource": "aws:s3",
                "eventName": "ObjectCreated:Put",
                "s3": {"bucket": {"name": bucket}, "object": obj},
            }
        ]
    }
    return {
        "messageId": f"m-{abs(hash(key))}",
        "receiptHandle": "rh",
        "body": json.dumps(body),
        # What Lambda always sends; the worker parses the record with Powertools' SQS record model.
        "attributes": {
            "ApproximateReceiveCount": "1",
            "SentTimestamp": "1700000000000",
            "SenderId": "AIDAIENQZJOLO23YVJ4VO",
            "ApproximateFirstReceiveTimestamp": "1700000000001",
        },
        "messageAttributes": {},
        "md5OfBody": "",
        "eventSource": "aws:sqs",
        "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:uploads",
        "awsRegion": "us-east-1",
    }


def upload(stack: Stack, key: str, data: bytes) -> dict[str, Any]:
    """An object put at ``key`` as it is (no link, no sealed metadata), and its queue message."""
    bucket = stack.ref("UploadBucket")
    version = client("s3").put_object(Bucket=bucket, Key=key, Body=data).get("VersionId")
    return s3_message(bucket, key, version)


def linked(stack: Stack, name: str, data: bytes, subject: str = "pat-9") -> tuple[str, dict[str, Any]]:
    """A subject's document put through an upload link (docs/upload-keys.md): its key and queue message."""
    key, (version,) = put_upload(stack.ref("UploadBucket"), "acme", subject, name, data)
    return key, s3_message(stack.ref("UploadBucket"), key, version)


def test_upload_is_classified_recorded_and_tagged(upload_handler: Any, stack: Stack) -> None:
    key, message = linked(stack, "visit note.pdf", make_pdf("Patient SSN 219-09-9999"))
    test_event = dict(message, messageId="test", body=json.dumps({"Event": "s3:TestEvent"}))
    result = upload_handler({"Records": [test_event, message]}, FakeContext())
    assert result == {"batchItemFailures": []}
    tags = client("s3").get_object_tagging(Bucket=stack.ref("UploadBucket"), Key=key)["TagSet"]
    tag = {t["Key"]: t["Value"] for t in tags}
    assert tag["privacy:classification"] == "RESTRICTED"
    assert "US_SSN" in tag["privacy:types"]
    record = shared_root.record_table().get("acme", tag["privacy:record"])
    assert record is not None
    assert record.subject_id == "pat-9"
    assert record.object_ref == key
    assert shared_root.record_table().text(record) is None  # the object stays in its bucket; findings only


def test_the_records_table_keeps_no_subject_id_or_file_name_in_clear(
    upload_handler: Any, handler: Any, stack: Stack
) -> None:
    """Issue 14 item 5: the subject only as its pseudonym, the subject id and the object key sealed; a raw
    scan of the table (and of the expiry index, which projects what the sweep needs) finds neither."""
    key, message = linked(stack, "zq-anna-smith-discharge.pdf", make_pdf("Patient SSN 219-09-9999"), "zq-subject-77")
    assert upload_handler({"Records": [message]}, FakeContext()) == {"batchItemFailures": []}
    editor = {**EDITOR, "cognito:groups": "[privacy_officer]"}
    status, body = api(handler, {"text": NOTE, "subject_id": "zq-subject-77", "purpose": "treatment"}, editor)
    assert status == 200, body
    ddb, table = client("dynamodb"), stack.ref("RecordsTable")
    raw = json.dumps(ddb.scan(TableName=table)["Items"], default=lambda b: bytes(b).decode("latin-1"))
    assert "zq-subject-77" not in raw and "zq-anna-smith" not in raw and "maria" not in raw.lower()
    assert "subject_id" not in raw and "object_ref" not in raw
    ids = {tags_of(stack, key)["privacy:record"], body["record_id"]}
    records = shared_root.record_table()
    read = {r.record_id: r for r in (records.get("acme", i) for i in ids) if r is not None}
    assert {(r.subject_id, r.object_ref) for r in read.values()} == {("zq-subject-77", key), ("zq-subject-77", None)}
    listed = records.by_subject("acme", "zq-subject-77", limit=10, cursor=None).items
    assert {r.record_id for r in listed} == ids


def test_a_record_written_with_its_subject_id_in_clear_still_reads(stack: Stack) -> None:
    """Records written before the subject id was sealed keep it in clear (and no ``sealed_ids``)."""
    keyring = shared_root.keyring()
    item = {
        "tenant": "acme", "record_id": "rec-old", "level": "CONFIDENTIAL", "source": "upload",
        "status": "classified", "created_at": "2026-01-02T03:04:05+00:00", "entities": "[]",
        "subject_id": "pat-old", "subject_key": f"acme#{keyring.pseudonym('acme', 'pat-old')}",
        "object_ref": "uploads/acme/pat-old/a.pdf",
    }  # fmt: skip
    client("dynamodb").put_item(TableName=stack.ref("RecordsTable"), Item={k: {"S": v} for k, v in item.items()})
    records = shared_root.record_table()
    record = records.get("acme", "rec-old")
    assert record is not None and (record.subject_id, record.object_ref) == ("pat-old", "uploads/acme/pat-old/a.pdf")
    assert [r.record_id for r in records.by_subject("acme", "pat-old", limit=5, cursor=None).items] == ["rec-old"]
    assert [i.item_id for i in records.export("acme", "pat-old")] == ["rec-old"]


def test_unreadable_upload_is_recorded_and_fails_only_its_message(upload_handler: Any, stack: Stack) -> None:
    _, bad = linked(stack, "scan.pdf", b"%PDF-1.4 garbage")
    _, good = linked(stack, "notes.txt", b"call me at maria.g@example.org")
    result = upload_handler({"Records": [bad, good]}, FakeContext())
    assert result == {"batchItemFailures": [{"itemIdentifier": bad["messageId"]}]}
    assert "unreadable" in audit_bodies(stack)


def tags_of(stack: Stack, key: str) -> dict[str, str]:
    tags = client("s3").get_object_tagging(Bucket=stack.ref("UploadBucket"), Key=key)["TagSet"]
    return {t["Key"]: t["Value"] for t in tags}


def _forged(stack: Stack) -> str:
    """A key of the pseudonymous layout whose object was put without the link's sealed metadata."""
    return f"uploads/acme/{shared_root.keyring().pseudonym('acme', 'pat-9')}/up_{'0' * 32}.txt"


@pytest.mark.parametrize(
    ("key", "data", "reason"),
    [
        ("uploads/acme/pat-9/scan.pdf", b"%PDF-1.4 garbage", "corrupt"),  # the old layout, accepted here
        ("uploads/acme/pat-9/scan.heic", b"\x00\x01", "unsupported_type"),
        ("uploads/acme/scan.txt", b"call me at maria.g@example.org", "bad_key"),  # no subject in the key
        ("uploads/ac me/pat-9/scan.txt", b"call me at maria.g@example.org", "bad_key"),
        ("forged", b"call me at maria.g@example.org", "bad_key"),  # no sealed subject in its metadata
    ],
)
def test_an_upload_that_cannot_be_read_is_tagged_with_why_and_logged_in_one_line(
    upload_handler: Any,
    stack: Stack,
    key: str,
    data: bytes,
    reason: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LEGACY_UPLOAD_KEYS", "true")  # so that the old layout reaches the reader
    roots.reset()
    key = _forged(stack) if key == "forged" else key
    message = upload(stack, key, data)
    # Alone in its batch: answered as a failure (retried, then parked), never raised.
    assert upload_handler({"Records": [message]}, FakeContext()) == {
        "batchItemFailures": [{"itemIdentifier": message["messageId"]}]
    }
    tag = tags_of(stack, key)
    assert (tag["privacy:status"], tag["privacy:reason"]) == ("failed", reason)
    assert ("privacy:record" in tag) is (reason != "bad_key")  # a key outside the layout names no subject
    ours = [r for r in caplog.records if r.name == "classify"]
    assert [(r.getMessage(), getattr(r, "reason", None)) for r in ours] == [("upload not classified", reason)]
    assert all(r.exc_info is None for r in ours)  # one line, no traceback
    assert "pat-9" not in str(ours[0].__dict__)  # nor the key, which names the subject


def test_an_upload_over_the_size_limit_is_recorded_as_too_large_and_never_read(
    upload_handler: Any, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13: MAX_UPLOAD_BYTES (100 MB by default) bounds what the worker reads; a larger object is
    recorded and tagged ``too_large`` and its message parked, without a byte of it scanned."""
    monkeypatch.setenv("MAX_UPLOAD_BYTES", "64")
    roots.reset()
    at_limit, fits = linked(stack, "fits.txt", b"mail maria.g@example.org".ljust(64))
    too_big, over = linked(stack, "big.txt", b"mail maria.g@example.org".ljust(65))
    read: list[str] = []
    real_chunks = S3Uploads.chunks

    def chunks(self: S3Uploads, bucket: str, key: str, version: str | None) -> Any:
        read.append(key)
        return real_chunks(self, bucket, key, version)

    monkeypatch.setattr(S3Uploads, "chunks", chunks)
    result = upload_handler({"Records": [fits, over]}, FakeContext())
    assert result == {"batchItemFailures": [{"itemIdentifier": over["messageId"]}]}
    assert read == [at_limit]
    assert tags_of(stack, at_limit)["privacy:classification"] == "CONFIDENTIAL"
    tag = tags_of(stack, too_big)
    assert (tag["privacy:status"], tag["privacy:reason"]) == ("failed", "too_large")
    record = shared_root.record_table().get("acme", tag["privacy:record"])
    assert record is not None and record.status == "unreadable" and record.entities == ()
    assert record.level.name == "RESTRICTED"  # unread: assumed the worst until someone looks


def test_an_upload_that_grows_past_its_measured_size_is_stopped_at_the_limit(
    upload_handler: Any, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The object is measured once (one HEAD: its size and its sealed metadata); should what is read run past
    the limit all the same (replaced between HEAD and GET), reading stops there, as too_large."""
    monkeypatch.setenv("MAX_UPLOAD_BYTES", "64")
    roots.reset()
    key, message = linked(stack, "big.txt", b"mail maria.g@example.org".ljust(4096))
    heads: list[str] = []
    real_head = S3Uploads.head

    def understated(self: S3Uploads, bucket: str, key: str, version: str | None) -> UploadHead:
        heads.append(key)
        return replace(real_head(self, bucket, key, version), size=10)

    monkeypatch.setattr(S3Uploads, "head", understated)
    result = upload_handler({"Records": [message]}, FakeContext())
    assert result == {"batchItemFailures": [{"itemIdentifier": message["messageId"]}]}
    assert heads == [key]
    assert (tags_of(stack, key)["privacy:status"], tags_of(stack, key)["privacy:reason"]) == ("failed", "too_large")


def test_a_classified_upload_says_so_in_its_tags(upload_handler: Any, stack: Stack) -> None:
    key, message = linked(stack, "notes.txt", b"mail maria.g@example.org")
    assert upload_handler({"Records": [message]}, FakeContext()) == {"batchItemFailures": []}
    assert tags_of(stack, key)["privacy:status"] == "classified"


def test_an_upload_under_the_old_layout_is_refused_as_bad_key_unless_the_deployment_accepts_it(
    upload_handler: Any, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "uploads/acme/pat-9/notes.txt"
    message = upload(stack, key, b"mail maria.g@example.org")
    assert upload_handler({"Records": [message]}, FakeContext()) == {
        "batchItemFailures": [{"itemIdentifier": message["messageId"]}]  # retried, then parked
    }
    assert (tags_of(stack, key)["privacy:status"], tags_of(stack, key)["privacy:reason"]) == ("failed", "bad_key")
    monkeypatch.setenv("LEGACY_UPLOAD_KEYS", "true")
    roots.reset()
    assert upload_handler({"Records": [message]}, FakeContext()) == {"batchItemFailures": []}
    record = shared_root.record_table().get("acme", tags_of(stack, key)["privacy:record"])
    assert record is not None and (record.subject_id, record.object_ref) == ("pat-9", key)


def test_metadata_sealed_for_one_upload_does_not_open_for_another(upload_handler: Any, stack: Stack) -> None:
    """Copying a link's headers onto another key (another upload id, or another subject's prefix) is refused."""
    key, _ = linked(stack, "notes.txt", b"mail maria.g@example.org")
    bucket, s3 = stack.ref("UploadBucket"), client("s3")
    metadata = s3.head_object(Bucket=bucket, Key=key)["Metadata"]
    other_subject = shared_root.keyring().pseudonym("acme", "pat-10")
    for moved in (
        f"{key.rsplit('/', 1)[0]}/up_{'1' * 32}.txt",
        f"uploads/acme/{other_subject}/{key.rsplit('/', 1)[1]}",
    ):
        version = s3.put_object(Bucket=bucket, Key=moved, Body=b"x", Metadata=metadata).get("VersionId")
        message = s3_message(bucket, moved, version)
        assert upload_handler({"Records": [message]}, FakeContext())["batchItemFailures"]
        assert tags_of(stack, moved)["privacy:reason"] == "bad_key"


def test_upload_keys_name_tenant_and_subject_pseudonym() -> None:
    pseudonymous = parse_upload_key(f"uploads/acme/ps_{'a' * 40}/up_{'b' * 32}.pdf")
    assert (pseudonymous.tenant, pseudonymous.owner, pseudonymous.upload_id) == (
        "acme",
        f"ps_{'a' * 40}",
        f"up_{'b' * 32}",
    )
    old = parse_upload_key("uploads/acme/pat-9/a/b.txt")
    assert (old.tenant, old.owner, old.pseudonymous, old.upload_id) == ("acme", "pat-9", False, None)
    for key in (
        "uploads/acme/x.txt", "other/acme/p/x.txt", "uploads/ac me/p/x.txt", "uploads/acme/p/",
        f"uploads/acme/ps_{'a' * 40}/notes.txt", f"uploads/acme/ps_{'a' * 40}/up_{'b' * 32}",
    ):  # fmt: skip
        with pytest.raises(UnreadableDocument):
            parse_upload_key(key)


def test_a_tenant_can_have_its_own_level_policy(stack: Stack, function_env: Any, monkeypatch: Any) -> None:
    function_env("ClassifyFunction")
    monkeypatch.setenv("LEVEL_POLICIES", json.dumps({"strict-co": {"levels": {"PERSON": "CONFIDENTIAL"}}}))
    roots.reset()
    text = "Meeting notes from Maria Gonzalez about the roadmap."
    service = classify_root.classification_service()
    assert service.classify_text("strict-co", text, actor="u")["classification"] == "CONFIDENTIAL"
    assert service.classify_text("acme", text, actor="u")["classification"] == "INTERNAL"


def test_a_bad_level_policy_fails_fast(stack: Stack, function_env: Any, monkeypatch: Any) -> None:
    from privacykit.errors import ConfigurationError

    function_env("ClassifyFunction")
    monkeypatch.setenv("LEVEL_POLICIES", json.dumps({"*": {"levels": {"SHOE_SIZE": "RESTRICTED"}}}))
    roots.reset()
    with pytest.raises(ConfigurationError, match="SHOE_SIZE"):
        classify_root.classification_service()


def test_large_upload_finds_an_entity_across_chunk_boundaries_once(upload_handler: Any, stack: Stack) -> None:
    # 1 MiB S3 reads and 4 MiB detection windows: put an e-mail across the 4 MiB mark, which is also
    # the fourth read boundary, inside ~6 MB of PII-free log lines.
    line = "2026-01-01T00:00:00Z INFO worker heartbeat ok queue=default depth=0\n"
    mark = 4 * 1024 * 1024
    head = (line * (mark // len(line) + 1))[: mark - 11] + "\n"
    email = "rosa.delgado@example.org"
    body = head + email + "\n" + line * 30_000
    key, message = linked(stack, "big.log", body.encode(), "pat-3")
    result = upload_handler({"Records": [message]}, FakeContext())
    assert result == {"batchItemFailures": []}
    tags = client("s3").get_object_tagging(Bucket=stack.ref("UploadBucket"), Key=key)["TagSet"]
    record = shared_root.record_table().get("acme", {t["Key"]: t["Value"] for t in tags}["privacy:record"])
    assert record is not None
    assert [(e.type.value, e.start, e.end) for e in record.entities] == [("EMAIL", mark - 10, mark - 10 + len(email))]
