"""Upload links (docs/upload-keys.md): POST /v1/subjects/{subject_id}/uploads answers a presigned PUT for a
key that names neither the subject nor the file; a PUT through it, with the headers it names, lands an
object the upload worker classifies for the subject. On moto, with the function's own environment."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from localcloud.provision import Stack
from privacy_helpers import FakeContext, http_api_event, load_handler
from privacykit.adapters.aws import client
from privacykit.domain.erasure.ports import Tombstone
from privacykit.errors import UnreadableDocument
from privacykit.roots import classify as classify_root
from privacykit.roots import erasure as erasure_root
from privacykit.roots import shared as shared_root

ROUTE = "/v1/subjects/{subject_id}/uploads"
SUBJECT = "zq-pat-4471"


def claims(sub: str, groups: str = "[]", tenant: str = "acme") -> dict[str, str]:
    return {"sub": sub, "custom:tenant": tenant, "cognito:groups": groups}


@pytest.fixture
def handler(stack: Stack, function_env: Any) -> Any:
    function_env("UploadLinkFunction")
    return load_handler("upload_links").lambda_handler


def ask(handler: Any, who: dict[str, str], body: Any, subject: str = SUBJECT) -> tuple[int, dict[str, Any]]:
    raw = body if isinstance(body, str) else json.dumps(body)
    response = handler(http_api_event("POST", ROUTE, f"/v1/subjects/{subject}/uploads", who, body=raw), FakeContext())
    return response["statusCode"], json.loads(response["body"])


def test_a_subject_gets_a_link_whose_key_names_neither_them_nor_the_file(handler: Any, stack: Stack) -> None:
    status, link = ask(handler, claims(SUBJECT), {"file_name": "zq lab report.pdf"})
    assert status == 201, link
    assert link["method"] == "PUT" and link["upload_id"].startswith("up_")
    pseudonym = shared_root.keyring().pseudonym("acme", SUBJECT)
    key = f"uploads/acme/{pseudonym}/{link['upload_id']}.pdf"
    assert key in link["url"] and SUBJECT not in link["url"] and "zq" not in link["url"]
    assert set(link["headers"]) == {"x-amz-meta-privacy-subject", "x-amz-meta-privacy-name"}
    assert SUBJECT not in json.dumps(link["headers"]) and "report" not in json.dumps(link["headers"])
    expires = datetime.fromisoformat(link["expires_at"]) - datetime.now(UTC)
    assert timedelta(minutes=14) < expires <= timedelta(minutes=15)


def test_the_201_carries_no_location_as_no_route_reads_an_upload(handler: Any) -> None:
    body = json.dumps({"file_name": "a.pdf"})
    response = handler(
        http_api_event("POST", ROUTE, f"/v1/subjects/{SUBJECT}/uploads", claims(SUBJECT), body=body), FakeContext()
    )
    assert response["statusCode"] == 201
    assert "Location" not in (response.get("headers") or {})  # /v1/subjects/<id>/uploads/<upload_id> has no GET


def test_the_link_puts_the_document_for_the_worker_to_classify(handler: Any, stack: Stack, function_env: Any) -> None:
    status, link = ask(handler, claims("svc-1", "[service]"), {"file_name": "notes.txt"})
    assert status == 201, link
    put = requests.put(link["url"], data=b"call maria.g@example.org", headers=link["headers"], timeout=10)
    assert put.status_code == 200
    bucket = stack.ref("UploadBucket")
    key = f"uploads/acme/{shared_root.keyring().pseudonym('acme', SUBJECT)}/{link['upload_id']}.txt"
    function_env("ClassifyUploadFunction")
    record = classify_root.classification_service().classify_upload(bucket, key)
    assert (record.tenant, record.subject_id, record.object_ref) == ("acme", SUBJECT, key)
    assert list(record.types) == ["EMAIL"]
    # The data map exports it under the name it was uploaded as, from the sealed metadata.
    from privacykit.adapters.uploads import UploadedObjects

    (item,) = UploadedObjects(client("s3"), bucket, shared_root.keyring()).export("acme", SUBJECT)
    assert item.data["name"] == "notes.txt" and item.content == b"call maria.g@example.org"


@pytest.mark.parametrize(
    ("who", "subject", "status"),
    [
        (claims("someone-else"), SUBJECT, 403),  # a subject only for themselves
        (claims("u-1", "[compliance_auditor]"), SUBJECT, 403),  # a role that may not classify
        (claims("u-1", "[healthcare_provider]"), SUBJECT, 201),
        (claims(SUBJECT), "bad id!", 422),
    ],
)
def test_who_may_ask_for_a_link(handler: Any, who: dict[str, str], subject: str, status: int) -> None:
    assert ask(handler, who, {"file_name": "a.pdf"}, subject)[0] == status


@pytest.mark.parametrize(
    "body",
    [
        {"file_name": "zq-secret-name.heic"},  # no document kind
        {"file_name": ""},
        {"file_name": "a.pdf", "key": "uploads/acme/zq-secret-name/a.pdf"},  # no key of the caller's choosing
        {},
    ],
)
def test_a_bad_body_is_a_422_that_does_not_repeat_it(handler: Any, body: dict[str, Any]) -> None:
    status, answer = ask(handler, claims(SUBJECT), body)
    assert status == 422 and "zq-secret-name" not in json.dumps(answer)


def test_each_link_is_audited_without_the_subject_or_the_name(handler: Any, stack: Stack) -> None:
    assert ask(handler, claims(SUBJECT), {"file_name": "zq-visit.pdf"})[0] == 201
    pending = json.dumps(client("dynamodb").scan(TableName=stack.ref("AuditOutboxTable"))["Items"])
    assert "classify.upload_link" in pending and SUBJECT not in pending and "zq-visit" not in pending


def test_a_document_put_after_the_subject_was_erased_is_deleted_not_kept(
    handler: Any, stack: Stack, function_env: Any
) -> None:
    # A link handed out before the erasure still works for its 15 minutes: what it lands belongs to nobody
    # the bundle can name any more, and no one could ever read it back, so it is deleted, every version.
    status, link = ask(handler, claims(SUBJECT), {"file_name": "late.txt"})
    assert status == 201, link
    assert shared_root.keyring().pseudonym("acme", SUBJECT) in link["url"]
    key = f"uploads/acme/{shared_root.keyring().pseudonym('acme', SUBJECT)}/{link['upload_id']}.txt"
    # What the erasure worker does: a tombstone of the key (outside the key table), then the shred.
    keyring = shared_root.keyring()
    key_id, pseudonym = keyring.key_id("acme", SUBJECT), keyring.pseudonym("acme", SUBJECT)
    assert key_id is not None
    function_env("ErasureWorkerFunction")
    erasure_root.key_tombstones().put(Tombstone("acme", pseudonym, key_id, "er_1", datetime.now(UTC)))
    assert keyring.shred("acme", SUBJECT)
    for body in (b"call maria.g@example.org", b"and again"):
        assert requests.put(link["url"], data=body, headers=link["headers"], timeout=10).status_code == 200
    bucket = stack.ref("UploadBucket")
    function_env("ClassifyUploadFunction")

    assert classify_root.classification_service().classify_upload(bucket, key) is None
    listed = client("s3").list_object_versions(Bucket=bucket, Prefix=key)
    assert listed.get("Versions", []) == [] and listed.get("DeleteMarkers", []) == []
    pending = json.dumps(client("dynamodb").scan(TableName=stack.ref("AuditOutboxTable"))["Items"])
    assert "classify.upload_discarded" in pending and "subject_erased" in pending
    assert SUBJECT not in pending and "late" not in pending
    # The event redelivered after the delete finds nothing left and succeeds: nothing to park.
    assert classify_root.classification_service().classify_upload(bucket, key) is None


def test_a_document_whose_sealed_subject_does_not_open_is_still_parked(
    handler: Any, stack: Stack, function_env: Any
) -> None:
    status, link = ask(handler, claims(SUBJECT), {"file_name": "x.txt"})
    assert status == 201, link
    key = f"uploads/acme/{shared_root.keyring().pseudonym('acme', SUBJECT)}/{link['upload_id']}.txt"
    headers = {**link["headers"], "x-amz-meta-privacy-subject": "bm90IHNlYWxlZA=="}  # not the sealed subject
    bucket = stack.ref("UploadBucket")
    client("s3").put_object(Bucket=bucket, Key=key, Body=b"x", Metadata={k[11:]: v for k, v in headers.items()})
    function_env("ClassifyUploadFunction")
    with pytest.raises(UnreadableDocument) as raised:
        classify_root.classification_service().classify_upload(bucket, key)
    assert raised.value.reason == "bad_key"
    assert client("s3").list_object_versions(Bucket=bucket, Prefix=key)["Versions"]
