"""The consent handler with API Gateway v2 events from events/, on moto resources from the template."""

from __future__ import annotations

import json
from typing import Any

import pytest

from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, load_handler, seal, with_claims
from privacykit.ports import AuditRecord
from privacykit.roots import audit as audit_root
from privacykit.roots import shared as shared_root

OFFICER = {"sub": "officer-7", "custom:tenant": "acme", "cognito:groups": "[privacy_officer]"}
SUBJECT = {"sub": "cust-1001", "custom:tenant": "acme"}
VIEWER = {"sub": "u-9", "custom:tenant": "acme", "cognito:groups": "[viewer editor]"}


@pytest.fixture
def handler(stack: Stack, function_env: Any) -> Any:
    function_env("ConsentFunction")
    return load_handler("consent").lambda_handler


def call(handler: Any, api_event: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    response = handler(api_event, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def grant_event(body: Any = None, claims: dict[str, str] | None = OFFICER, **headers: str) -> dict[str, Any]:
    base = with_claims(event("consent-grant"), claims)
    if body is not None:
        base["body"] = body if isinstance(body, str) else json.dumps(body)
    base["headers"] = {"content-type": "application/json", **headers}
    return base


def test_officer_grants_and_gets_a_signed_receipt(handler: Any) -> None:
    status, body = call(handler, grant_event())
    assert status == 201
    assert body["consent"]["purpose"] == "marketing"
    assert body["receipt"]["algorithm"] == "ECDSA_SHA_256"
    assert body["receipt"]["receipt"]["subject"].startswith("ps_")


def test_subject_reads_own_history(handler: Any) -> None:
    call(handler, grant_event())
    status, body = call(handler, event("consent-history"))
    assert status == 200
    assert [e["action"] for e in body["events"]] == ["grant"]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ("{not json", 400, "bad_request"),
        ({"purpose": "marketing"}, 422, "validation_error"),
        ({"purpose": "marketing", "lawful_basis": "consent", "notice_version": "v1", "channel": "web", "x": 1}, 422,
         "validation_error"),
        ({"purpose": 5, "lawful_basis": "consent", "notice_version": "v1", "channel": "web"}, 422, "validation_error"),
        ({"purpose": "telepathy", "lawful_basis": "consent", "notice_version": "v1", "channel": "web"}, 422,
         "validation_error"),
        ({"purpose": "marketing", "lawful_basis": "consent", "notice_version": "v1", "channel": "web",
          "expires_at": "2030-01-01T00:00:00"}, 422, "validation_error"),
    ],
)  # fmt: skip
def test_bad_bodies_get_a_4xx_json_error(handler: Any, body: Any, status: int, code: str) -> None:
    got_status, got = call(handler, grant_event(body))
    assert got_status == status
    assert got["error"]["code"] == code
    assert isinstance(got["error"]["message"], str)


def test_errors_do_not_echo_input_values(handler: Any) -> None:
    secret = "jane.doe@example.com"
    _, body = call(handler, grant_event({"purpose": secret, "lawful_basis": 1, "notice_version": "v", "channel": "x"}))
    assert secret not in json.dumps(body)


def test_body_over_the_limit_is_413(handler: Any) -> None:
    status, body = call(handler, grant_event("{" + " " * 300_000 + "}"))
    assert status == 413
    assert body["error"]["code"] == "payload_too_large"


def test_missing_claims_are_401(handler: Any) -> None:
    status, body = call(handler, grant_event(claims=None))
    assert status == 401
    assert body["error"]["code"] == "unauthenticated"


def test_other_roles_cannot_act_for_a_subject(handler: Any) -> None:
    status, body = call(handler, grant_event(claims=VIEWER))
    assert status == 403
    assert body["error"]["code"] == "forbidden"


def test_subject_grants_for_themselves_but_not_for_others(handler: Any) -> None:
    assert call(handler, grant_event(claims=SUBJECT))[0] == 201
    other = dict(SUBJECT, sub="cust-2002")
    assert call(handler, grant_event(claims=other))[0] == 403


def test_idempotency_key_replays_the_first_answer(handler: Any) -> None:
    first = call(handler, grant_event(**{"idempotency-key": "k-1"}))
    again = call(handler, grant_event(**{"idempotency-key": "k-1"}))
    assert first[0] == again[0] == 201
    assert first[1]["receipt"]["receipt"]["receipt_id"] == again[1]["receipt"]["receipt"]["receipt_id"]
    different = {"purpose": "analytics", "lawful_basis": "consent", "notice_version": "v1", "channel": "web"}
    status, body = call(handler, grant_event(different, **{"idempotency-key": "k-1"}))
    assert status == 409
    assert body["error"]["code"] == "conflict"


def test_an_idempotency_record_is_named_by_a_keyed_hash_a_guessed_subject_cannot_be_tested_against(
    handler: Any, stack: Stack
) -> None:
    """Powertools names a record ``<function>#md5(json([scope, key]))``; the scope holds the subject id,
    so whoever holds a dump and the key could test a guessed subject. The id is a keyed hash instead."""
    import hashlib

    from privacykit.adapters.aws import client

    assert call(handler, grant_event(**{"idempotency-key": "k-1"}))[0] == 201
    items = client("dynamodb").scan(TableName=stack.ref("IdempotencyTable"))["Items"]
    assert len(items) == 1
    dump = json.dumps(items)
    scope = "consent.grant#acme#officer-7#cust-1001"  # what functions/consent/app.py scopes a grant by
    guessed = hashlib.md5(json.dumps([scope, "k-1"], sort_keys=True).encode()).hexdigest()  # noqa: S324
    body = json.loads(event("consent-grant")["body"])
    guessed_body = hashlib.md5(json.dumps(body, sort_keys=True).encode()).hexdigest()  # noqa: S324
    assert guessed not in dump and guessed_body not in dump
    assert "cust-1001" not in dump


@pytest.mark.parametrize("key", ["", " ", "k 1", "k" * 129])
def test_an_empty_blank_or_overlong_idempotency_key_is_refused_naming_the_header(handler: Any, key: str) -> None:
    status, body = call(handler, grant_event(**{"idempotency-key": key}))
    assert status == 422
    assert [d["field"] for d in body["error"]["details"]] == ["header.idempotency-key"]
    assert call(handler, grant_event())[0] == 201  # nothing was recorded under it


def test_unknown_route_is_404_json(handler: Any) -> None:
    lost = grant_event()
    lost["rawPath"] = lost["requestContext"]["http"]["path"] = "/v1/nowhere"
    status, body = call(handler, lost)
    assert status == 404
    assert body["error"]["code"] == "not_found"


def test_a_signature_that_is_not_hex_is_an_invalid_receipt_not_an_error(handler: Any) -> None:
    """The service answers without a receipt id here; the answer model once required one (a 500)."""
    check = grant_event({"receipt": {"receipt_id": "rcpt_x"}, "signature": "not-hex"})
    check["rawPath"] = check["requestContext"]["http"]["path"] = "/v1/consent-receipts/verifications"
    status, body = call(handler, check)
    assert status == 200
    assert body == {"valid": False, "receipt_id": None, "reason": "signature is not hex"}


def test_a_signed_audit_digest_is_not_a_valid_consent_receipt(stack: Stack, function_env: Any) -> None:
    """Receipts and digests were once signed with one key and checked as any signed JSON: a digest passed."""
    shared_root.audit_writer().record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
    seal(stack)
    function_env("AuditDigestFunction")
    signed = audit_root.audit_digester().digest("acme")
    assert signed["signed"]
    function_env("ConsentFunction")
    handler = load_handler("consent").lambda_handler
    check = grant_event({"receipt": signed["digest"], "signature": signed["signature"]})
    check["rawPath"] = check["requestContext"]["http"]["path"] = "/v1/consent-receipts/verifications"
    status, body = call(handler, check)
    assert status == 200
    assert body["valid"] is False
    assert body["receipt_id"] is None
    assert body["reason"].startswith("not a consent receipt")
