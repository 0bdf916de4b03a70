"""DSAR export through the local cloud: the request route answers 202 (the open request again on a
second ask), the worker behind the queue builds the package, the status URL gives its deadline and a
download link, and the link works without the bearer token: 303 to a short-lived URL of the zip, whose
manifest names the SHA-256 of every file. An officer lists and extends; other roles cannot."""

from __future__ import annotations

import hashlib
import io
import json
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from typing import Any

import pytest

pytestmark = pytest.mark.integration

GRANT = {"purpose": "analytics", "lawful_basis": "consent", "notice_version": "v1", "channel": "web"}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _get(url: str, *, follow: bool = True) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (names lower-cased) and body, with no Authorization header."""
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(urllib.request.Request(url), timeout=30) as response:  # noqa: S310 - loopback
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def _until_completed(api: Any, status_url: str, token: str) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while True:
        status, request = api.request("GET", status_url, token=token)
        assert status == 200
        if request["status"] in ("completed", "failed") or time.monotonic() > deadline:
            return dict(request)
        time.sleep(0.2)


def test_a_subject_asks_for_their_data_and_downloads_it_without_the_bearer_token(api) -> None:  # type: ignore[no-untyped-def]
    tenant, subject = f"t{uuid.uuid4().hex[:6]}", f"s-{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    assert api.request("POST", f"/v1/subjects/{subject}/consents", GRANT, officer)[0] == 201
    text = {"text": "Wexford Pellingham, call 415-555-0100", "subject_id": subject}
    assert api.request("POST", "/v1/classify", text, officer)[0] == 200
    me = api.token(tenant=tenant, sub=subject, groups=[])
    assert api.request("POST", f"/v1/subjects/other-{subject}/access-requests", token=me)[0] == 403
    status, accepted = api.request("POST", f"/v1/subjects/{subject}/access-requests", {"jurisdiction": "GDPR"}, me)
    assert status == 202 and accepted["status_url"].endswith(accepted["request_id"])
    again = api.request("POST", f"/v1/subjects/{subject}/access-requests", token=officer)
    assert again[0] == 202 and again[1]["request_id"] == accepted["request_id"]

    request = _until_completed(api, accepted["status_url"], me)
    assert request["status"] == "completed", request
    assert request["counts"]["classified_records"] == 1 and request["due_at"] > request["received_at"]
    stranger = api.token(tenant=tenant, sub="someone-else", groups=[])
    assert api.request("GET", accepted["status_url"], token=stranger)[0] == 404

    link = api.url + request["download_url"]
    status, headers, body = _get(link, follow=False)  # no Authorization header
    assert status == 303, body
    assert json.loads(body)["url"] == headers["location"]
    status, _, package_bytes = _get(headers["location"])
    assert status == 200
    package = zipfile.ZipFile(io.BytesIO(package_bytes))
    data = json.loads(package.read("data.json"))
    assert data["subject_id"] == subject
    assert any("Pellingham" in json.dumps(item) for item in data["items"])
    manifest = json.loads(package.read("manifest.json"))["manifest"]
    assert all(hashlib.sha256(package.read(f["path"])).hexdigest() == f["sha256"] for f in manifest["files"])

    tampered = link[:-3] + ("AAA" if not link.endswith("AAA") else "BBB")
    assert _get(tampered, follow=False)[0] == 404


def test_an_officer_lists_the_work_queue_and_extends_a_request_others_cannot(api) -> None:  # type: ignore[no-untyped-def]
    tenant, subject = f"t{uuid.uuid4().hex[:6]}", f"s-{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    status, accepted = api.request("POST", f"/v1/subjects/{subject}/access-requests", {"jurisdiction": "CCPA"}, officer)
    assert status == 202
    editor = api.token(tenant=tenant, groups=["editor"])
    assert api.request("GET", "/v1/access-requests", token=editor)[0] == 403
    path = f"/v1/access-requests/{accepted['request_id']}/extension"
    assert api.request("POST", path, {"reason": "records in three systems"}, editor)[0] == 403
    status, listed = api.request("GET", "/v1/access-requests", token=officer)
    assert status == 200 and [r["request_id"] for r in listed["requests"]] == [accepted["request_id"]]
    assert api.request("GET", "/v1/access-requests?status=nonsense", token=officer)[0] == 422
    status, extended = api.request("POST", path, {"reason": "records in three systems"}, officer)
    if status == 409:  # the worker finished first (only an open request can be extended) or was at it
        assert "open" in json.dumps(extended) or "changed meanwhile" in json.dumps(extended)
    else:
        assert status == 200 and extended["extension_reason"] == "records in three systems"
        assert api.request("POST", path, {"reason": "again"}, officer)[0] == 409


def _package_of(api: Any, request: dict[str, Any]) -> dict[str, Any]:
    status, headers, _ = _get(api.url + request["download_url"], follow=False)
    assert status == 303
    return dict(json.loads(zipfile.ZipFile(io.BytesIO(_get(headers["location"])[2])).read("data.json")))


def test_after_an_erasure_under_a_partial_hold_the_same_person_gets_what_the_hold_kept(api) -> None:  # type: ignore[no-untyped-def]
    tenant, subject = f"t{uuid.uuid4().hex[:6]}", f"s-{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    assert api.request("POST", f"/v1/subjects/{subject}/consents", GRANT, officer)[0] == 201
    text = {"text": "Ingeborg Vasquez-Thorne, call 415-555-0100", "subject_id": subject}
    assert api.request("POST", "/v1/classify", text, officer)[0] == 200
    hold_body = {"subject_id": subject, "scope": ["classified_records"], "basis": "litigation", "reason": "case 9"}
    status, hold = api.request("POST", "/v1/legal-holds", hold_body, officer)
    assert status == 201
    me = api.token(tenant=tenant, sub=subject, groups=[])
    status, erasure = api.request("POST", f"/v1/subjects/{subject}/erasure-requests", token=me)
    assert status == 202
    assert _until_completed(api, erasure["status_url"], officer)["status"] == "completed"

    status, accepted = api.request("POST", f"/v1/subjects/{subject}/access-requests", token=me)
    assert status == 202
    request = _until_completed(api, accepted["status_url"], me)
    assert request["status"] == "completed", request
    data = _package_of(api, request)
    (held,) = [item for item in data["items"] if "held" in item]
    assert held["kind"] == "classified_records" and "Vasquez-Thorne" in held["data"]["text"]
    assert held["held"] == {"hold_id": hold["hold_id"], "basis": "litigation", "until": None, "restricted": True}
    assert {item["kind"] for item in data["items"] if "held" not in item} <= {"consent_events", "access_requests"}
    assert data["information"]["restriction"]["holds"][0]["hold_id"] == hold["hold_id"]

    assert api.request("DELETE", f"/v1/legal-holds/{hold['hold_id']}", token=officer)[0] == 200
    status, accepted = api.request("POST", f"/v1/subjects/{subject}/access-requests", token=me)
    assert status == 202
    request = _until_completed(api, accepted["status_url"], me)
    assert request["status"] == "completed", request
    data = _package_of(api, request)
    assert [item for item in data["items"] if "held" in item] == []
    assert "Vasquez-Thorne" not in json.dumps(data)
