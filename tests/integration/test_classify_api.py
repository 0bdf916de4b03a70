"""Classify through the local cloud: the API, and uploads through S3 -> SQS -> function -> DLQ."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
import requests

from privacy_helpers import make_pdf

pytestmark = pytest.mark.integration


def wait_for(condition: Callable[[], object], seconds: float = 30) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.25)
    return None


def test_classify_api_for_allowed_roles(api) -> None:  # type: ignore[no-untyped-def]
    text = "Pt: John Okafor MRN 4471823, dx type 2 diabetes, metformin 500 mg BID"
    status, body = api.request("POST", "/v1/classify", {"text": text}, api.token(groups=["healthcare_provider"]))
    assert status == 200
    assert body["classification"] == "RESTRICTED"
    assert api.request("POST", "/v1/classify", {"text": text}, api.token(groups=["viewer"]))[0] == 403


def _upload(api, subject: str, name: str, body: bytes) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A subject's document put through the link the API hands out; its key and upload id."""
    status, link = api.request(
        "POST", f"/v1/subjects/{subject}/uploads", {"file_name": name}, api.token(sub=subject, groups=[])
    )
    assert status == 201, link
    assert requests.put(link["url"], data=body, headers=link["headers"], timeout=10).status_code == 200
    key = urlsplit(link["url"]).path.split(f"/{api.cloud.stack.ref('UploadBucket')}/", 1)[1]
    return key, link["upload_id"]


def test_upload_through_a_link_is_classified_and_tagged(api) -> None:  # type: ignore[no-untyped-def]
    stack = api.cloud.stack
    s3, bucket = stack.client("s3"), stack.ref("UploadBucket")
    key, upload_id = _upload(api, "pat-31", "lab report.pdf", make_pdf("Patient SSN 219-09-9999"))
    assert "pat-31" not in key and "lab" not in key and key.endswith(f"/{upload_id}.pdf")

    def tags() -> dict[str, str]:
        return {t["Key"]: t["Value"] for t in s3.get_object_tagging(Bucket=bucket, Key=key)["TagSet"]}

    found = wait_for(lambda: tags().get("privacy:classification"))
    assert found == "RESTRICTED"
    officer = api.token(groups=["privacy_officer"])
    status, listed = api.request("GET", "/v1/subjects/pat-31/records?limit=10", token=officer)
    assert status == 200 and tags()["privacy:record"] in [r["record_id"] for r in listed["records"]]


def test_unreadable_upload_ends_in_the_dead_letter_queue(api) -> None:  # type: ignore[no-untyped-def]
    stack = api.cloud.stack
    s3, sqs = stack.client("s3"), stack.client("sqs")
    _, upload_id = _upload(api, "pat-31", "encrypted.pdf", b"%PDF-1.4 junk")
    # The old layout, whose key names the subject, is refused (bad_key) and parked too.
    s3.put_object(Bucket=stack.ref("UploadBucket"), Key="uploads/acme/pat-31/old-layout.txt", Body=b"hello")

    seen: list[str] = []

    def parked() -> bool:
        messages = sqs.receive_message(QueueUrl=stack.ref("UploadDeadLetterQueue"), MaxNumberOfMessages=10)
        seen.extend(m["Body"] for m in messages.get("Messages", []))
        return upload_id in json.dumps(seen) and "old-layout.txt" in json.dumps(seen)

    assert wait_for(parked, 45), seen


def test_privacy_local_upload_puts_a_document_through_a_link(api, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from localcloud.cli import main
    from localcloud.state import write_state

    state = tmp_path / "state.json"
    write_state(api.cloud.describe(), state)
    document = tmp_path / "zq visit summary.txt"
    document.write_text("mail maria.g@example.org")
    me = api.token(sub="pat-32", groups=[])
    assert main(["upload", str(document), "--subject", "pat-32", "--token", me, "--state-file", str(state)]) == 0
    key = capsys.readouterr().out.strip()
    assert key.startswith("uploads/acme/ps_") and key.endswith(".txt") and "pat-32" not in key and "zq" not in key
    s3, bucket = api.cloud.stack.client("s3"), api.cloud.stack.ref("UploadBucket")
    assert s3.get_object(Bucket=bucket, Key=key)["Body"].read() == b"mail maria.g@example.org"
    someone = api.token(sub="someone-else", groups=[])
    assert main(["upload", str(document), "--subject", "pat-32", "--token", someone, "--state-file", str(state)]) == 1
    assert "403" in capsys.readouterr().err
