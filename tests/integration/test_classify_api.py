"""Classify through the local cloud: the API, and uploads through S3 -> SQS -> function -> DLQ."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

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


def test_upload_is_classified_and_tagged(api) -> None:  # type: ignore[no-untyped-def]
    stack = api.cloud.stack
    s3 = stack.client("s3")
    bucket, key = stack.ref("UploadBucket"), "uploads/acme/pat-31/lab report.pdf"
    s3.put_object(Bucket=bucket, Key=key, Body=make_pdf("Patient SSN 219-09-9999"))

    def tags() -> dict[str, str]:
        return {t["Key"]: t["Value"] for t in s3.get_object_tagging(Bucket=bucket, Key=key)["TagSet"]}

    found = wait_for(lambda: tags().get("privacy:classification"))
    assert found == "RESTRICTED"


def test_unreadable_upload_ends_in_the_dead_letter_queue(api) -> None:  # type: ignore[no-untyped-def]
    stack = api.cloud.stack
    s3, sqs = stack.client("s3"), stack.client("sqs")
    s3.put_object(Bucket=stack.ref("UploadBucket"), Key="uploads/acme/pat-31/encrypted.pdf", Body=b"%PDF-1.4 junk")

    def parked() -> list[str]:
        messages = sqs.receive_message(QueueUrl=stack.ref("UploadDeadLetterQueue"), MaxNumberOfMessages=10)
        return [m["Body"] for m in messages.get("Messages", [])]

    bodies = wait_for(parked, 45)
    assert bodies
    assert "encrypted.pdf" in json.dumps(bodies)
