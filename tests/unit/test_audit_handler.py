"""The audit functions: the scheduled digest (event from events/) and the verification route."""

from __future__ import annotations

import json
from typing import Any

from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, load_handler, seal
from privacykit.ports import AuditRecord
from privacykit.roots import audit as audit_root
from privacykit.roots import shared as shared_root


def test_scheduled_events_seal_then_sign_a_digest_per_tenant_with_news(stack: Stack, function_env: Any) -> None:
    shared_root.audit_writer().record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
    shared_root.audit_writer().record("globex", *[AuditRecord("consent.granted", "success", subject="s-2")] * 2)
    function_env("AuditSealFunction")
    sealer = load_handler("audit", "seals").lambda_handler
    assert sealer(event("audit-digest-schedule"), FakeContext()) == {"tenants": 2, "sequenced": 3, "sealed": 3}
    assert sealer(event("audit-digest-schedule"), FakeContext()) == {"tenants": 0, "sequenced": 0, "sealed": 0}
    function_env("AuditDigestFunction")
    digester = load_handler("audit", "digests").lambda_handler
    assert digester(event("audit-digest-schedule"), FakeContext()) == {"digests": 2, "broken": 0}
    assert digester(event("audit-digest-schedule"), FakeContext()) == {"digests": 0, "broken": 0}
    function_env("AuditFunction")
    assert audit_root.audit_verifier().verify("acme").digests_checked == 1


def test_verification_route_is_for_auditors_only(stack: Stack) -> None:
    handler = load_handler("audit").lambda_handler
    shared_root.audit_writer().record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
    seal(stack)
    shared_root.audit_writer().record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
    api_event = event("consent-history")
    api_event["rawPath"] = api_event["requestContext"]["http"]["path"] = "/v1/audit/verification"
    api_event["routeKey"] = "GET /v1/audit/verification"
    api_event.pop("pathParameters")
    claims = api_event["requestContext"]["authorizer"]["jwt"]["claims"]
    claims["cognito:groups"] = "[compliance_auditor]"
    response = handler(api_event, FakeContext())
    assert response["statusCode"] == 200
    assert json.loads(response["body"]) == {
        "valid": True,
        "events": 1,
        "first_break": None,
        "digests_checked": 0,
        "pending": 1,
        "verified_from": 1,
    }
    claims["cognito:groups"] = "[editor]"
    assert handler(api_event, FakeContext())["statusCode"] == 403
