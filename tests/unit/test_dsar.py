"""DSAR export on moto (issue 11 section 2): a request (the open one again on a second ask), the worker's
package (data.json with the Art. 15(1) information, CSVs, the uploaded files as uploaded, index.html, a
signed manifest of SHA-256s) sealed under the subject's key, a download link that works without a token
of the API and expires, an audited download, extensions where the law allows, the officer's list, and
erasure taking the packages and requests with it."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlparse

import pytest
from aws_lambda_powertools.utilities.batch.exceptions import BatchProcessingError

from localcloud.provision import Stack
from privacy_helpers import FakeContext, job_record, load_handler, plant_subject
from privacykit.adapters.aws import client
from privacykit.adapters.kms import KmsSigner
from privacykit.domain.common.canonical import canonical_json
from privacykit.errors import Conflict, NotFound
from privacykit.ports import SignatureKind
from privacykit.roots import dsar as dsar_root
from privacykit.roots import shared as shared_root
from privacykit.roots import subject_data as subject_data_root

SUBJECT = "pat-4711"
EMAIL = "qx.export@example.org"
NOTE = "Quackenbush has atrial fibrillation."


@pytest.fixture
def planted(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> Stack:
    monkeypatch.setenv("UPLOAD_BUCKET", stack.ref("UploadBucket"))
    plant_subject(stack, "acme", SUBJECT, email=EMAIL, note=NOTE)
    return stack


def _token(url: str) -> str:
    return url.split("token=", 1)[1]


def _fetch(stack: Stack, url: str) -> bytes:
    """What the presigned URL serves (read through the client: in-process moto answers no HTTP)."""
    parsed = urlparse(url)
    bucket = stack.ref("ExportBucket")
    path = unquote(parsed.path).lstrip("/")
    key = path[len(bucket) + 1 :] if path.startswith(f"{bucket}/") else path
    body: bytes = client("s3").get_object(Bucket=bucket, Key=key)["Body"].read()
    return body


def _completed(stack: Stack) -> Any:
    desk = dsar_root.access_desk()
    request, created = desk.request("acme", SUBJECT, actor=SUBJECT)
    assert created and request.status == "received"
    again, created_again = desk.request("acme", SUBJECT, actor=SUBJECT)
    assert (again.request_id, created_again) == (request.request_id, False)  # the open one
    return dsar_root.export_worker().run("acme", request.request_id)


def test_the_package_holds_everything_with_the_art15_information_and_a_signed_manifest(planted: Stack) -> None:
    done = _completed(planted)
    assert done.status == "completed" and done.package is not None
    assert done.package.counts == {"classified_records": 1, "uploaded_objects": 2, "contact_addresses": 1,
                                   "breach_affected_entries": 1, "consent_events": 1, "access_requests": 1}  # fmt: skip
    sealed = client("s3").get_object(Bucket=planted.ref("ExportBucket"), Key=done.package.key)["Body"].read()
    assert b"Quackenbush" not in sealed and EMAIL.encode() not in sealed and SUBJECT.encode() not in sealed
    assert SUBJECT not in done.package.key

    minted = dsar_root.access_desk().download_token(done)
    assert minted is not None
    url, _ = dsar_root.access_desk().download(done.request_id, minted[0])
    package = zipfile.ZipFile(io.BytesIO(_fetch(planted, url)))
    names = set(package.namelist())
    assert {"data.json", "index.html", "manifest.json", "classified_records.csv", "consent_events.csv"} <= names

    data = json.loads(package.read("data.json"))
    assert (data["schema"], data["schema_version"], data["subject_id"]) == ("privacy-bundle/dsar-export", 1, SUBJECT)
    by_kind = {item["kind"]: item for item in data["items"]}
    assert by_kind["classified_records"]["data"]["text"] == NOTE
    assert by_kind["contact_addresses"]["data"] == {"email": EMAIL} and by_kind["contact_addresses"]["portable"]
    uploads = [item for item in data["items"] if item["kind"] == "uploaded_objects"]
    assert sorted(package.read(item["file"]) for item in uploads) == [b"first scan", b"second scan"]
    info = data["information"]
    assert [p["purpose"] for p in info["purposes"]] == sorted(p["purpose"] for p in info["purposes"])
    assert "analytics" in {p["purpose"] for p in info["purposes"]}
    assert set(by_kind["classified_records"]["data"]["categories"]) <= set(info["categories"])
    assert "EMAIL" in info["categories"]
    assert info["automated_decision_making"]["exists"] is False
    assert {r["right"] for r in info["rights"]} >= {
        "rectification",
        "erasure",
        "restriction of processing",
        "objection",
    }
    assert "Art. 77" in info["complaint"] and "classified_records" in info["retention"]
    assert info["portability"]["items"] == sum(1 for item in data["items"] if item["portable"])
    assert "Quackenbush" in package.read("classified_records.csv").decode()
    assert "<h1>" in package.read("index.html").decode()

    signed = json.loads(package.read("manifest.json"))
    files = {f["path"]: f["sha256"] for f in signed["manifest"]["files"]}
    assert set(files) == names - {"manifest.json"}
    assert all(hashlib.sha256(package.read(path)).hexdigest() == digest for path, digest in files.items())
    verifier = KmsSigner(client("kms"), planted.attr("ExportManifestSigningKey", "Arn"), SignatureKind.EXPORT_MANIFEST)
    assert verifier.verify(
        SignatureKind.EXPORT_MANIFEST, canonical_json(signed["manifest"]), bytes.fromhex(signed["signature"])
    )
    assert hashlib.sha256(package.read("manifest.json")).hexdigest() == done.package.manifest_sha256
    assert dsar_root.export_worker().run("acme", done.request_id) == done  # a redelivery changes nothing


def test_a_link_works_until_it_expires_only_for_its_request_and_each_download_is_audited(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = _completed(planted)
    desk = dsar_root.access_desk()
    minted = desk.download_token(done)
    assert minted is not None
    token, expires_at = minted
    assert timedelta(hours=23) < expires_at - datetime.now(UTC) <= timedelta(hours=24)
    with pytest.raises(NotFound):
        desk.download("dsar_" + "0" * 32, token)  # another request's id
    with pytest.raises(NotFound):
        desk.download(done.request_id, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    outbox_before = client("dynamodb").scan(TableName=planted.ref("AuditOutboxTable"))["Count"]
    first, _ = desk.download(done.request_id, token)
    second, _ = desk.download(done.request_id, token)
    assert first != second
    events = client("dynamodb").scan(TableName=planted.ref("AuditOutboxTable"))["Items"]
    assert len(events) == outbox_before + 2 and SUBJECT not in json.dumps(events, default=str)
    # The earlier plaintext copy is gone once a later one is made.
    listed = client("s3").list_objects_v2(Bucket=planted.ref("ExportBucket"), Prefix="delivery/")
    assert len(listed.get("Contents", [])) == 1
    later = datetime.now(UTC) + timedelta(hours=25)
    monkeypatch.setattr(desk, "_clock", lambda: later)
    with pytest.raises(NotFound):
        desk.download(done.request_id, token)


def test_a_link_minted_before_the_mac_moved_into_the_crypto_module_still_works(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A token as links.py minted it itself (HMAC-SHA256 under the tenant's download secret) verifies
    through the crypto module's tenant MAC, and the crypto module mints the same token."""
    import base64
    import hmac

    done = _completed(planted)
    desk = dsar_root.access_desk()
    expires = int((datetime.now(UTC) + timedelta(hours=1)).timestamp())
    secret = shared_root.keyring().tenant_secret("acme", "dsar-download-links")
    message = f"dsar-download\x1facme\x1f{done.request_id}\x1f{expires}".encode()
    mac = base64.urlsafe_b64encode(hmac.new(secret, message, hashlib.sha256).digest()).rstrip(b"=").decode()
    old = f"{base64.urlsafe_b64encode(b'acme').rstrip(b'=').decode()}.{expires}.{mac}"
    url, _ = desk.download(done.request_id, old)
    assert url
    monkeypatch.setattr(desk, "_clock", lambda: datetime.fromtimestamp(expires, UTC) - desk._link_ttl)
    minted = desk.download_token(done)
    assert minted is not None and minted[0] == old


def test_erasure_takes_the_packages_copies_and_requests_and_the_link_stops(planted: Stack) -> None:
    done = _completed(planted)
    desk = dsar_root.access_desk()
    minted = desk.download_token(done)
    assert minted is not None
    desk.download(done.request_id, minted[0])
    data_map = subject_data_root.subject_data_map()
    assert data_map.counts("acme", SUBJECT)["subject_exports"] == 1
    erased = data_map.erase("acme", SUBJECT)
    assert (erased["subject_exports"], erased["access_requests"]) == (1, 1)
    shared_root.keyring().shred("acme", SUBJECT)
    assert client("s3").list_object_versions(Bucket=planted.ref("ExportBucket")).get("Versions", []) == []
    with pytest.raises(NotFound):
        desk.download(done.request_id, minted[0])


def test_asking_again_under_another_law_is_a_409_naming_the_open_request_and_its_law(planted: Stack) -> None:
    desk = dsar_root.access_desk()
    first, created = desk.request("acme", SUBJECT, jurisdiction="GDPR", actor="officer-1")
    assert created
    assert desk.request("acme", SUBJECT, actor="officer-1") == (first, False)  # no law named: the open one
    assert desk.request("acme", SUBJECT, jurisdiction="GDPR", actor="officer-1") == (first, False)
    with pytest.raises(Conflict) as refused:
        desk.request("acme", SUBJECT, jurisdiction="CCPA", actor="officer-1")
    assert refused.value.details == [{"request_id": first.request_id, "jurisdiction": "GDPR"}]
    assert first.request_id in refused.value.message and SUBJECT not in json.dumps(refused.value.to_body())


def test_extensions_follow_the_law_and_the_officer_lists_the_work_queue(planted: Stack) -> None:
    desk = dsar_root.access_desk()
    gdpr, _ = desk.request("acme", SUBJECT, actor="officer-1")
    ccpa, _ = desk.request("acme", "other-1", jurisdiction="CCPA", actor="officer-1")
    assert ccpa.acknowledgement_due_at is not None and (ccpa.due_at - ccpa.received_at) == timedelta(days=45)
    with pytest.raises(Conflict, match="reason"):
        desk.extend("acme", gdpr.request_id, " ", actor="officer-1")
    extended = desk.extend("acme", gdpr.request_id, "many records across systems", actor="officer-1")
    assert extended.shown_status == "extended" and extended.due_at > gdpr.due_at
    with pytest.raises(Conflict, match="already"):
        desk.extend("acme", gdpr.request_id, "again", actor="officer-1")
    assert [r.request_id for r in desk.listed("acme", status="extended").items] == [gdpr.request_id]
    assert [r.request_id for r in desk.listed("acme", status="received").items] == [ccpa.request_id]
    soon = desk.listed("acme", due_before=ccpa.due_at + timedelta(seconds=1)).items
    assert [r.request_id for r in soon] == [ccpa.request_id]
    assert {r.request_id for r in desk.listed("acme").items} == {gdpr.request_id, ccpa.request_id}
    assert desk.listed("globex").items == ()


def test_only_an_officer_or_the_subject_sees_a_request(planted: Stack) -> None:
    desk = dsar_root.access_desk()
    request, _ = desk.request("acme", SUBJECT, actor=SUBJECT)
    assert desk.get("acme", request.request_id, asked_by=SUBJECT, officer=False).request_id == request.request_id
    with pytest.raises(NotFound):
        desk.get("acme", request.request_id, asked_by="someone-else", officer=False)
    with pytest.raises(NotFound):
        desk.get("globex", request.request_id, asked_by="officer-1", officer=True)


def test_the_last_failed_receive_marks_the_request_failed_with_its_reason(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    worker_module = load_handler("dsar", "worker")
    data_map = subject_data_root.subject_data_map()

    def crash(*args: Any) -> Any:
        raise RuntimeError("the store is down")

    monkeypatch.setattr(data_map, "export_from", crash)

    def deliver(receives: int) -> None:
        """A batch whose one record fails is a failed invocation (Powertools raises): SQS delivers again."""
        record = job_record("acme", request.request_id, receives=receives)
        with pytest.raises(BatchProcessingError):
            worker_module.lambda_handler({"Records": [record]}, FakeContext())

    deliver(1)
    assert dsar_root.access_requests().get("acme", request.request_id).status == "in_progress"  # type: ignore[union-attr]
    deliver(3)
    failed = dsar_root.access_requests().get("acme", request.request_id)
    assert failed is not None and failed.status == "failed" and failed.reason == worker_module.FAILED_REASON
