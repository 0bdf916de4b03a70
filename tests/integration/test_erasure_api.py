"""Erasure through the local cloud: the request route answers 202, the worker behind the queue shreds
and deletes, and the status URL gives the signed certificate to the subject and to an officer."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest

pytestmark = pytest.mark.integration

GRANT = {"purpose": "analytics", "lawful_basis": "consent", "notice_version": "v1", "channel": "web"}


def test_a_subject_erases_themselves_and_reads_the_certificate(api) -> None:  # type: ignore[no-untyped-def]
    tenant, subject = f"t{uuid.uuid4().hex[:6]}", f"s-{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    assert api.request("POST", f"/v1/subjects/{subject}/consents", GRANT, officer)[0] == 201
    status, _ = api.request("POST", "/v1/classify", {"text": "call 415-555-0100", "subject_id": subject}, officer)
    assert status == 200
    me = api.token(tenant=tenant, sub=subject, groups=[])
    assert api.request("POST", f"/v1/subjects/other-{subject}/erasure-requests", token=me)[0] == 403
    status, accepted = api.request("POST", f"/v1/subjects/{subject}/erasure-requests", token=me)
    assert status == 202 and accepted["commitment_nonce"]
    deadline = time.monotonic() + 30
    while True:
        status, request = api.request("GET", accepted["status_url"], token=me)
        assert status == 200
        if request["status"] == "completed" or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert request["status"] == "completed", request
    certificate = request["certificate"]["certificate"]
    assert certificate["erased"]["classified_records"] == 1
    assert subject not in str(request)
    assert api.request("GET", accepted["status_url"], token=officer)[0] == 200
    stranger = api.token(tenant=tenant, sub="someone-else", groups=[])
    assert api.request("GET", accepted["status_url"], token=stranger)[0] == 404


def test_a_partial_hold_keeps_its_kinds_readable_for_its_purpose_and_officers_list_requests(api) -> None:  # type: ignore[no-untyped-def]
    tenant, subject = f"t{uuid.uuid4().hex[:6]}", f"s-{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    status, _ = api.request("POST", "/v1/classify", {"text": "call 415-555-0100", "subject_id": subject}, officer)
    assert status == 200
    hold_body = {"subject_id": subject, "scope": ["classified_records"], "basis": "litigation", "reason": "case 7"}
    status, hold = api.request("POST", "/v1/legal-holds", hold_body, officer)
    assert status == 201
    me = api.token(tenant=tenant, sub=subject, groups=[])
    status, accepted = api.request("POST", f"/v1/subjects/{subject}/erasure-requests", token=me)
    assert status == 202  # a partial hold does not refuse the request
    deadline = time.monotonic() + 30
    while True:
        request = api.request("GET", accepted["status_url"], token=officer)[1]
        if request["status"] == "completed" or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert request["status"] == "completed", request
    (kept,) = request["certificate"]["certificate"]["kept"]["legal_holds"]
    assert kept["items"] == {"classified_records": 1} and kept["basis"] == "litigation"

    kept_url = f"/v1/legal-holds/{hold['hold_id']}/kept"
    assert api.request("GET", f"{kept_url}?purpose=marketing", token=officer)[0] == 403
    assert api.request("GET", f"{kept_url}?purpose=litigation", token=me)[0] == 403
    status, items = api.request("GET", f"{kept_url}?purpose=litigation", token=officer)
    assert status == 200 and items["items"][0]["data"]["text"] == "call 415-555-0100"

    status, listed = api.request("GET", "/v1/erasure-requests?status=completed", token=officer)
    assert status == 200 and [r["request_id"] for r in listed["requests"]] == [accepted["request_id"]]
    assert api.request("GET", "/v1/erasure-requests", token=me)[0] == 403

    status, released = api.request("DELETE", f"/v1/legal-holds/{hold['hold_id']}", token=officer)
    assert status == 200 and released["ended_at"]
    assert api.request("GET", f"{kept_url}?purpose=litigation", token=officer)[0] == 404


def test_the_hourly_schedule_ends_an_expired_hold_and_erases_what_it_kept(api) -> None:  # type: ignore[no-untyped-def]
    """``privacy-local trigger LegalHoldExpiryFunction`` runs the same schedule."""
    tenant, subject = f"t{uuid.uuid4().hex[:6]}", f"s-{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    status, _ = api.request("POST", "/v1/classify", {"text": "call 415-555-0100", "subject_id": subject}, officer)
    assert status == 200
    until = datetime.now(UTC) + timedelta(seconds=3)
    hold_body = {"subject_id": subject, "scope": ["classified_records"], "basis": "litigation", "reason": "case 8",
                 "until": until.isoformat()}  # fmt: skip
    status, hold = api.request("POST", "/v1/legal-holds", hold_body, officer)
    assert status == 201, hold
    me = api.token(tenant=tenant, sub=subject, groups=[])
    status, accepted = api.request("POST", f"/v1/subjects/{subject}/erasure-requests", token=me)
    assert status == 202
    deadline = time.monotonic() + 30
    while api.request("GET", accepted["status_url"], token=officer)[1]["status"] != "completed":
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert api.cloud.schedule("AuditSealFunction", "Seal").fire()  # the tenant now has a trail
    time.sleep(max(0.0, (until - datetime.now(UTC)).total_seconds()) + 0.5)

    assert api.cloud.schedule("LegalHoldExpiryFunction", "Hourly").fire(keep_rhythm=True)
    ddb, table = api.cloud.stack.client("dynamodb"), api.cloud.stack.ref("LegalHoldTable")
    item = ddb.get_item(TableName=table, Key={"tenant": {"S": tenant}, "hold_id": {"S": hold["hold_id"]}})["Item"]
    assert "S" in item["ended_at"]  # ended by the schedule, not by a read
    s3, bucket = api.cloud.stack.client("s3"), api.cloud.stack.ref("ExportBucket")
    assert not s3.list_object_versions(Bucket=bucket, Prefix=f"held/{tenant}/").get("Versions")
    assert api.cloud.schedule("LegalHoldExpiryFunction", "Hourly").fire(keep_rhythm=True)  # again: harmless
    assert api.request("GET", f"/v1/legal-holds/{hold['hold_id']}/kept?purpose=litigation", token=officer)[0] == 404
