"""Access-check through the local HTTP API with real tokens (MFA age from the token's claims)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration

NOTE = "Patient Ada Obi, SSN 219-09-9999, dx asthma, on albuterol inhaler."


def record(api) -> str:  # type: ignore[no-untyped-def]
    status, body = api.request(
        "POST", "/v1/classify", {"text": NOTE, "subject_id": "pat-501", "purpose": "treatment"},
        api.token(groups=["service"]),
    )  # fmt: skip
    assert status == 200
    return str(body["record_id"])


def test_record_is_released_whole_masked_or_not_at_all(api) -> None:  # type: ignore[no-untyped-def]
    record_id = record(api)
    path = f"/v1/records/{record_id}?purpose=treatment"
    status, body = api.request("GET", path, token=api.token(groups=["healthcare_provider"], mfa_age=30))
    assert status == 200
    assert body["text"] == NOTE
    status, body = api.request("GET", path, token=api.token(groups=["healthcare_provider"]))
    assert status == 403
    assert any("step_up" in d for d in body["error"]["details"])
    status, body = api.request("GET", f"/v1/records/{record_id}?purpose=payment", token=api.token(groups=["editor"]))
    assert status == 200
    assert body["decision"] == "ALLOW_WITH_MASKING"
    assert "219-09-9999" not in body["text"]
    assert (
        api.request("GET", path, token=api.token(tenant="globex", groups=["healthcare_provider"], mfa_age=30))[0] == 404
    )


def test_check_and_batch(api) -> None:  # type: ignore[no-untyped-def]
    one = {"action": "read", "purpose": "operations", "resource": {"level": "CONFIDENTIAL"}}
    status, body = api.request("POST", "/v1/access/check", one, api.token(groups=["compliance_auditor"]))
    assert status == 200
    assert body["decision"] == "ALLOW"
    assert body["reasons"]
    status, body = api.request("POST", "/v1/access/checks", {"requests": [one] * 101}, api.token(groups=["viewer"]))
    assert status == 422
    assert api.request("POST", "/v1/access/check", one)[0] == 401
