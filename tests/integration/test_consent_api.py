"""Consent end to end through the local HTTP API with real signed tokens."""

from __future__ import annotations

import urllib.request
import uuid

import pytest

from localcloud.issuer import LocalIssuer
from openapi_checks import routes_without_response_schema

pytestmark = pytest.mark.integration

GRANT = {"purpose": "marketing", "lawful_basis": "consent", "notice_version": "2026-09", "channel": "web"}


def subject() -> str:
    return f"cust-{uuid.uuid4().hex[:8]}"


def test_grant_list_withdraw_history_and_receipt_verification(api) -> None:  # type: ignore[no-untyped-def]
    sid, officer = subject(), api.officer()
    status, granted = api.request("POST", f"/v1/subjects/{sid}/consents", GRANT, officer)
    assert status == 201
    status, current = api.request("GET", f"/v1/subjects/{sid}/consents", token=officer)
    assert status == 200
    assert [c["purpose"] for c in current["consents"]] == ["marketing"]
    status, withdrawn = api.request("DELETE", f"/v1/subjects/{sid}/consents/marketing", token=officer)
    assert status == 200
    assert withdrawn["withdrawal"]["action"] == "withdraw"
    status, current = api.request("GET", f"/v1/subjects/{sid}/consents", token=officer)
    assert current["consents"] == []
    status, history = api.request("GET", f"/v1/subjects/{sid}/consents/history", token=officer)
    assert [e["action"] for e in history["events"]] == ["grant", "withdraw"]
    for signed in (granted["receipt"], withdrawn["receipt"]):
        status, verdict = api.request("POST", "/v1/consent-receipts/verifications", signed, officer)
        assert status == 200
        assert verdict["valid"] is True
    forged = dict(granted["receipt"], receipt=dict(granted["receipt"]["receipt"], purposes=["research"]))
    status, verdict = api.request("POST", "/v1/consent-receipts/verifications", forged, officer)
    assert status == 200
    assert verdict["valid"] is False


def test_a_subject_manages_their_own_consent(api) -> None:  # type: ignore[no-untyped-def]
    sid = subject()
    own = api.token(sub=sid)
    assert api.request("POST", f"/v1/subjects/{sid}/consents", GRANT, own)[0] == 201
    assert api.request("GET", f"/v1/subjects/{sid}/consents/history", token=own)[0] == 200
    assert api.request("GET", f"/v1/subjects/{subject()}/consents", token=own)[0] == 403


def test_other_roles_are_forbidden_and_other_tenants_see_nothing(api) -> None:  # type: ignore[no-untyped-def]
    sid = subject()
    api.request("POST", f"/v1/subjects/{sid}/consents", GRANT, api.officer())
    status, body = api.request("GET", f"/v1/subjects/{sid}/consents", token=api.token(groups=["viewer"]))
    assert status == 403
    assert body["error"]["code"] == "forbidden"
    status, body = api.request("GET", f"/v1/subjects/{sid}/consents", token=api.officer(tenant="globex"))
    assert status == 404
    assert body["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        ({"purpose": "marketing"}, 422),
        ({**GRANT, "tenant": "globex"}, 422),
        ({**GRANT, "channel": 7}, 422),
        ({**GRANT, "purpose": "mind_reading"}, 422),
        ({**GRANT, "expires_at": "next tuesday"}, 422),
        (b"{" + b" " * 300_000 + b"}", 413),
    ],
    ids=["malformed", "missing", "extra", "wrong-type", "unknown-purpose", "bad-date", "too-large"],
)
def test_bad_input_gets_a_json_4xx(api, body, status) -> None:  # type: ignore[no-untyped-def]
    got, answer = api.request("POST", f"/v1/subjects/{subject()}/consents", body, api.officer())
    assert got == status
    assert set(answer["error"]) == {"code", "message", "details"}


@pytest.mark.parametrize("problem", ["missing", "expired", "forged", "audience", "garbage"])
def test_bad_tokens_get_401(api, problem, tmp_path) -> None:  # type: ignore[no-untyped-def]
    token = {
        "missing": None,
        "expired": api.token(groups=["privacy_officer"], ttl=-60),
        "forged": LocalIssuer(tmp_path / "other-key.pem").issue(tenant="acme", sub="x", groups=["privacy_officer"]),
        "audience": api.token(groups=["privacy_officer"], audience="someone-else"),
        "garbage": "not.a.token",
    }[problem]
    status, body = api.request("POST", f"/v1/subjects/{subject()}/consents", GRANT, token)
    assert status == 401
    assert body["error"]["code"] == "unauthenticated"


def test_idempotency_key_over_http(api) -> None:  # type: ignore[no-untyped-def]
    sid, officer, key = subject(), api.officer(), {"idempotency-key": uuid.uuid4().hex}
    first = api.request("POST", f"/v1/subjects/{sid}/consents", GRANT, officer, key)
    again = api.request("POST", f"/v1/subjects/{sid}/consents", GRANT, officer, key)
    assert first[1]["receipt"]["receipt"]["receipt_id"] == again[1]["receipt"]["receipt"]["receipt_id"]
    _, history = api.request("GET", f"/v1/subjects/{sid}/consents/history", token=officer)
    assert len(history["events"]) == 1
    assert api.request("POST", f"/v1/subjects/{sid}/consents", {**GRANT, "purpose": "research"}, officer, key)[0] == 409


def test_unknown_route_and_openapi_document(api) -> None:  # type: ignore[no-untyped-def]
    status, body = api.request("GET", "/v1/nothing-here", token=api.officer())
    assert status == 404
    assert body["error"]["code"] == "not_found"
    status, document = api.request("GET", "/v1/openapi.json")
    assert status == 200
    assert "/v1/subjects/{subject_id}/consents" in document["paths"]
    assert "post" in document["paths"]["/v1/subjects/{subject_id}/consents"]
    assert "GrantBody" in document["components"]["schemas"]


def test_openapi_document_declares_every_response_schema(api) -> None:  # type: ignore[no-untyped-def]
    _, document = api.request("GET", "/v1/openapi.json")
    assert routes_without_response_schema(document) == []


def test_the_local_api_serves_its_document_with_errors_servers_and_a_swagger_page(api) -> None:  # type: ignore[no-untyped-def]
    _, document = api.request("GET", "/v1/openapi.json")
    assert document["servers"] == [{"url": api.url}]
    package = document["paths"]["/v1/access-requests/{request_id}/package"]["get"]
    assert package["security"] == [] and "401" not in package["responses"]
    assert document["paths"]["/v1/incidents"]["get"]["responses"]["403"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorResponse"
    }
    with urllib.request.urlopen(api.url + "/swagger", timeout=30) as response:  # noqa: S310 - loopback
        page = response.read().decode()
        assert response.status == 200
        assert response.headers["content-type"].startswith("text/html")
    assert "SwaggerUIBundle" in page and "/v1/incidents" in page


def test_the_request_log_names_routes_not_the_subject_ids_in_paths(api) -> None:  # type: ignore[no-untyped-def]
    local = api.cloud.api
    line = local.log_line("GET", "/v1/subjects/cust-8723666c/consents?at=now", 200, 1.5)
    assert line == "api GET /v1/subjects/{subject_id}/consents -> 200 (1.5 ms)"
    unrouted = local.log_line("GET", "/v1/nowhere/cust-8723666c", 404, 0.2)
    assert "cust-8723666c" not in unrouted
