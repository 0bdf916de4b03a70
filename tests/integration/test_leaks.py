"""The leak test (issue 14): plant distinctive values through every route that takes personal data, then
look for them in clear in every table item, every object version, every queue message and the run log.

It runs on a local cloud of its own, whose function workers and moto server write their log to a file,
so that the log scanned is the whole run's and no other test's values are in the stores. A value the
bundle keeps sealed must appear nowhere.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
import requests
from conftest import Api

from localcloud.runtime import LocalCloud

pytestmark = pytest.mark.integration

#: Each planted value is distinctive (no store or log holds "zqleak" otherwise) and passes validation.
SUBJECT = "zqleak-subject-4417"
TEXT_VALUE = "zqleak.text@example.org"
CONTACT = "zqleak.contact@example.org"
REASON = "zqleak-reason: patient unconscious in bay 3"
CATEGORY = "zqleakcategory"
EVIDENCE = "zqleak-evidence-ref-9"
NATURE = "zqleak-nature: the order database was read"
KEPT_FACT = "zqleak-measures: Dr Ana Ruiz reset the keys"
FILE_NAME = "zqleak-discharge-letter.txt"


def _plant(api: Api) -> None:
    officer = api.token(groups=["privacy_officer", "service"], mfa_age=30)
    clinician = api.token(sub="dr-zq", groups=["healthcare_provider"])
    status, body = api.request(
        "POST", "/v1/classify",
        {"text": f"Patient contact {TEXT_VALUE}, SSN 219-09-9999", "subject_id": SUBJECT, "purpose": "treatment"},
        officer,
    )  # fmt: skip
    assert status == 200, body
    record_id = body["record_id"]
    grant = {"purpose": "marketing", "lawful_basis": "consent", "notice_version": "v1", "channel": "web"}
    assert api.request("POST", f"/v1/subjects/{SUBJECT}/consents", grant, officer)[0] == 201
    assert api.request("GET", f"/v1/subjects/{SUBJECT}/consents", token=officer)[0] == 200
    assert api.request("PUT", f"/v1/subjects/{SUBJECT}/contact", {"email": CONTACT}, officer)[0] == 200
    check = {
        "action": "read", "purpose": "treatment", "resource": {"record_id": record_id},
        "context": {"break_glass_reason": REASON},
    }  # fmt: skip
    status, body = api.request("POST", "/v1/access/check", check, clinician)
    assert (status, body.get("break_glass")) == (200, True), body
    assert api.request("GET", f"/v1/records/{record_id}?purpose=treatment", token=clinician)[0] == 403
    now = datetime.now(UTC)
    incident = {
        "entity_timezone": "Europe/Berlin",
        "occurred_at": (now - timedelta(hours=12)).isoformat(),
        "discovered_at": (now - timedelta(hours=3)).isoformat(),
        "aware_at": (now - timedelta(hours=2)).isoformat(),
        "determined_breach_at": (now - timedelta(hours=2)).isoformat(),
        "data_categories": ["email", CATEGORY],
        "affected_by_residence": {"EU-DE": 10},
        "risk_level": "high",
        "affected_subjects": [SUBJECT],
    }
    # Free text as a category is refused (only the taxonomy's words), and the refusal does not repeat it.
    status, refused = api.request("POST", "/v1/incidents", incident, officer, headers={"idempotency-key": "zq-0"})
    assert status == 422 and CATEGORY not in str(refused), refused
    incident["data_categories"] = ["email"]
    status, created = api.request("POST", "/v1/incidents", incident, officer, headers={"idempotency-key": "zq-1"})
    assert status == 201, created
    incident_id = created["incident_id"]
    obligation = created["obligations"][0]["obligation_id"]
    evidence = {"sent_at": now.isoformat(), "channel": "portal", "reference": EVIDENCE}
    status, body = api.request("POST", f"/v1/incidents/{incident_id}/obligations/{obligation}/sent", evidence, officer)
    assert status == 200, body
    status, body = api.request("PUT", f"/v1/incidents/{incident_id}/notice-facts", {"measures": KEPT_FACT}, officer)
    assert status == 200, body
    facts = {"nature": NATURE, "contact_point": "the DPO", "measures": "credentials reset"}
    status, body = api.request("POST", f"/v1/incidents/{incident_id}/notices", facts, officer)
    assert status == 202, body
    # An upload through a link: neither the subject id nor the file name in the key, the URL, the queue
    # message, the worker's log or the record (docs/upload-keys.md).
    status, link = api.request("POST", f"/v1/subjects/{SUBJECT}/uploads", {"file_name": FILE_NAME}, officer)
    assert status == 201, link
    headers = {"Content-Type": "application/octet-stream", **link["headers"]}
    assert requests.put(link["url"], data=b"Patient has diabetes.", headers=headers, timeout=10).status_code == 200
    s3, bucket = api.cloud.stack.client("s3"), api.cloud.stack.ref("UploadBucket")
    key = urlsplit(link["url"]).path.split(f"/{bucket}/", 1)[1]
    deadline = time.monotonic() + 30
    while not any(t["Key"] == "privacy:record" for t in s3.get_object_tagging(Bucket=bucket, Key=key)["TagSet"]):
        assert time.monotonic() < deadline, "the upload was not classified"
        time.sleep(0.25)
    api.cloud.schedule("AuditSealFunction", "Seal").fire()


def _stores(api: Api) -> dict[str, str]:
    """Every table item, object version and queue message, as text, by where it was found."""
    found: dict[str, str] = {}
    ddb, s3, sqs = (api.cloud.stack.client(s) for s in ("dynamodb", "s3", "sqs"))
    for table in ddb.list_tables()["TableNames"]:
        items = [i for page in ddb.get_paginator("scan").paginate(TableName=table) for i in page["Items"]]
        found[f"table {table}"] = json.dumps(items, default=lambda b: bytes(b).decode("latin-1"))
    for bucket in (b["Name"] for b in s3.list_buckets()["Buckets"]):
        for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket):
            for version in page.get("Versions", []):
                body = s3.get_object(Bucket=bucket, Key=version["Key"], VersionId=version["VersionId"])["Body"]
                where = f"object s3://{bucket}/{version['Key']}?versionId={version['VersionId']}"
                found[where] = version["Key"] + "\n" + body.read().decode("latin-1")
    for queue in sqs.list_queues().get("QueueUrls", []):
        messages = sqs.receive_message(
            QueueUrl=queue, MaxNumberOfMessages=10, VisibilityTimeout=0, MessageAttributeNames=["All"]
        ).get("Messages", [])
        found[f"queue {queue}"] = json.dumps(messages)
    return found


@pytest.fixture(scope="module")
def haystack(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    state = tmp_path_factory.mktemp("leak-cloud")
    log = state / "run.log"
    # Workers and moto inherit file descriptor 2: point it at the log while the cloud starts them, and
    # the runtime's own lines (sys.stderr, the API's request log) go there for the whole run.
    with log.open("a", buffering=1) as sink:
        saved_fd, saved_stderr = os.dup(2), sys.stderr
        os.dup2(sink.fileno(), 2)
        sys.stderr = sink
        try:
            with LocalCloud(state_dir=state, write_state_file=False) as cloud:
                api = Api(cloud)
                _plant(api)
                found = _stores(api)
        finally:
            sys.stderr = saved_stderr
            os.dup2(saved_fd, 2)
            os.close(saved_fd)
    found["run log"] = log.read_text(errors="replace")
    assert "api POST /v1/classify -> 200" in found["run log"]  # the log scanned is the run's
    return found


def _where(haystack: dict[str, str], value: str) -> list[str]:
    return sorted(where for where, text in haystack.items() if value in text)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(TEXT_VALUE, id="classified text"),
        pytest.param(CONTACT, id="contact e-mail"),
        pytest.param(REASON, id="break-glass reason"),
        pytest.param(SUBJECT, id="subject id"),
        pytest.param(CATEGORY, id="incident data category"),
        pytest.param(EVIDENCE, id="incident evidence reference"),
        pytest.param(NATURE, id="notice facts"),
        pytest.param(KEPT_FACT, id="notice facts kept on the incident"),
        pytest.param(FILE_NAME.removesuffix(".txt"), id="uploaded file name"),
    ],
)
def test_no_planted_value_is_kept_in_clear(haystack: dict[str, str], value: str) -> None:
    assert _where(haystack, value) == []


def test_the_scan_sees_every_kind_of_store(haystack: dict[str, str]) -> None:
    kinds = {where.split(" ", 1)[0] for where in haystack}
    assert {"table", "object", "queue", "run"} <= kinds
