"""Compliance reports: the figures per framework from the events services record (pure), and the whole
path on moto: POST (202), the worker behind the queue, the signed JSON and the HTML, recorded in the trail."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from localcloud.provision import Stack
from privacy_helpers import FakeContext, job_record, load_handler, seal
from privacykit.adapters.aws import client
from privacykit.domain.audit.chain import link_events
from privacykit.domain.audit.frameworks import Figure, compute, seq_ranges
from privacykit.domain.common.canonical import canonical_json
from privacykit.ports import AuditRecord, SignatureKind, signed_message
from privacykit.roots import shared as shared_root

START = datetime(2026, 10, 1, tzinfo=UTC)
END = datetime(2026, 11, 1, tzinfo=UTC)


def _events(*drafts: dict[str, Any]) -> list[dict[str, Any]]:
    """Sealed events (numbered and linked) from drafts of (type, outcome, details, ...)."""
    full = [
        {"event_id": f"e{n}", "tenant": "acme", "outcome": "success", "actor": "a", "actor_roles": [],
         "subject": None, "details": {}, "at": (START + timedelta(hours=n)).isoformat(), **d}
        for n, d in enumerate(drafts)
    ]  # fmt: skip
    return link_events(full, last_seq=0, last_hash="0" * 64)


def _by_id(figures: list[Figure]) -> dict[str, Figure]:
    return {f.id: f for f in figures}


def _decision(decision: str, **details: Any) -> dict[str, Any]:
    return {"type": "access.decision", "outcome": decision.lower(), "details": {"decision": decision, **details}}


def test_seq_ranges_are_compact_links() -> None:
    assert seq_ranges([7, 1, 2, 3, 9, 8]) == [[1, 3], [7, 9]]


def test_gdpr_consents_by_purpose_requests_late_and_times_and_refused_processing() -> None:
    events = _events(
        {"type": "consent.granted", "details": {"purpose": "marketing", "expires_at": "2026-10-20T00:00:00+00:00"}},
        {"type": "consent.granted", "details": {"purpose": "analytics", "expires_at": None}},
        {"type": "consent.withdrawn", "details": {"purpose": "marketing"}},
        {"type": "dsar.requested", "details": {"request_id": "r1", "due_at": "2026-10-05T00:00:00+00:00"}},
        {"type": "dsar.completed", "at": "2026-10-04T00:00:00+00:00",
         "details": {"request_id": "r1", "received_at": "2026-10-01T00:00:00+00:00",
                     "due_at": "2026-10-05T00:00:00+00:00"}},
        {"type": "dsar.completed", "at": "2026-10-30T00:00:00+00:00",
         "details": {"request_id": "r0", "received_at": "2026-09-20T00:00:00+00:00",
                     "due_at": "2026-10-20T00:00:00+00:00"}},
        {"type": "dsar.requested", "details": {"request_id": "r2", "due_at": "2026-10-25T00:00:00+00:00"}},
        {"type": "breach.notice_marked_sent", "details": {"late": False}},
        {"type": "breach.notice_marked_sent", "details": {"late": True}},
        _decision("DENY", policies=["consent.required"]),
        _decision("DENY", policies=["mfa.step_up"]),
    )  # fmt: skip
    figures = _by_id(compute("GDPR", events, start=START, end=END))
    assert figures["consent.granted.marketing"].value == 1 and figures["consent.granted.marketing"].events == [1]
    assert figures["consent.withdrawn.marketing"].events == [3]
    assert figures["consent.expired.marketing"].value == 1 and "consent.expired.analytics" not in figures
    assert figures["dsar.received"].value == 2 and figures["dsar.completed"].value == 2
    assert figures["dsar.late"].events == [6, 7]  # completed after its due date; open past its due date
    assert figures["dsar.days_to_complete.median"].value == 21.5  # 3 and 40 days
    assert figures["dsar.days_to_complete.p95"].value == 40.0
    assert figures["erasure.days_to_complete.median"].available is False
    assert figures["breach.obligations_met_on_time"].events == [8]
    assert figures["breach.obligations_met_late"].events == [9]
    assert figures["processing.refused_without_lawful_basis"].events == [10]


def test_hipaa_restricted_access_break_glass_reviews_step_ups_and_an_accounting_on_request() -> None:
    restricted = {"level": "RESTRICTED", "purpose": "treatment", "action": "read", "record_id": "rec-1"}
    events = _events(
        {**_decision("ALLOW", **restricted), "actor_roles": ["nurse"], "subject": "ps-1"},
        {**_decision("ALLOW", **restricted), "actor_roles": ["nurse"], "subject": "ps-2"},
        {**_decision("ALLOW", level="CONFIDENTIAL", purpose="treatment"), "actor_roles": ["nurse"]},
        {"type": "access.break_glass", "outcome": "allow", "actor": "doc",
         "details": {"decision": "ALLOW", "level": "RESTRICTED", "purpose": "emergency", "break_glass_use": "u1"}},
        {"type": "access.break_glass_reviewed", "actor": "officer", "details": {"uses": ["u1"]}},
        _decision("DENY", policies=["mfa.step_up"]),
    )  # fmt: skip
    figures = _by_id(compute("HIPAA", events, start=START, end=END, subject="ps-1"))
    assert figures["restricted_access.nurse / treatment"].events == [1, 2]
    assert figures["restricted_access.none / emergency"].events == [4]
    (use,) = figures["break_glass.uses"].rows or []
    assert use["reason_recorded"] and use["reviewed_by"] == ["officer"] and use["review_seqs"] == [5]
    assert figures["break_glass.reviewed"].value == 1
    assert figures["mfa.step_ups"].events == [6]
    assert figures["disclosures.accounting"].events == [1]
    no_patient = _by_id(compute("HIPAA", events, start=START, end=END))
    assert no_patient["disclosures.accounting"].available is False


def test_soc2_denials_privileged_actions_verifications_digests_and_alerts() -> None:
    events = _events(
        _decision("DENY", policies=["tenant.isolation"]),
        {"type": "legal_hold.placed", "actor_roles": ["privacy_officer"]},
        {"type": "audit.verification_completed", "details": {"valid": True}},
        {"type": "audit.verification_completed", "outcome": "broken", "details": {"valid": False}},
        {"type": "breach.reminder_sent"},
    )
    figures = _by_id(compute("SOC2", events, start=START, end=END, digests=[2, 5, 90]))
    assert figures["access.denied"].events == [1] and figures["access.denied.tenant.isolation"].value == 1
    assert figures["privileged.legal_hold.placed"].events == [2]
    assert figures["audit.verifications.valid"].events == [3] and figures["audit.verifications.broken"].events == [4]
    assert figures["audit.digests"].value == 2
    assert figures["alarms.raised"].events == [5]


def test_sox_approvals_above_the_threshold_sod_denials_and_who_approved_what() -> None:
    events = _events(
        {**_decision("ALLOW", action="approve", amount="20000.0000", record_id="inv-1"), "actor": "cfo"},
        {**_decision("ALLOW", action="approve", amount="50.0000", record_id="inv-2"), "actor": "clerk"},
        _decision("DENY", action="approve", amount="20000.0000", policies=["sod.approval"]),
    )
    figures = _by_id(compute("SOX", events, start=START, end=END, sod_threshold=Decimal(10_000)))
    assert figures["sox.approvals_above_threshold"].events == [1]
    assert figures["sox.sod_denials"].events == [3]
    assert [(r["approver"], r["record_id"]) for r in figures["sox.approvals"].rows or []] == [
        ("cfo", "inv-1"),
        ("clerk", "inv-2"),
    ]


# -- the whole path on moto ---------------------------------------------------------------------------
def _api(
    method: str,
    path: str,
    *,
    route: str,
    body: Any = None,
    query: dict[str, str] | None = None,
    path_parameters: dict[str, str] | None = None,
    roles: str = "[compliance_auditor]",
) -> dict[str, Any]:
    return {
        "version": "2.0",
        "routeKey": f"{method} {route}",
        "rawPath": path,
        "rawQueryString": "&".join(f"{k}={v}" for k, v in (query or {}).items()),
        "queryStringParameters": query,
        "pathParameters": path_parameters,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(body) if body is not None else None,
        "requestContext": {
            "http": {"method": method, "path": path, "protocol": "HTTP/1.1", "sourceIp": "203.0.113.10"},
            "requestId": "req-report",
            "routeKey": f"{method} {route}",
            "stage": "$default",
            "authorizer": {"jwt": {"claims": {"sub": "auditor-1", "custom:tenant": "acme", "cognito:groups": roles}}},
        },
        "isBase64Encoded": False,
    }


def _deliver(worker: Any, report_id: str) -> dict[str, Any]:
    record = job_record("acme", report_id)
    result: dict[str, Any] = worker.lambda_handler({"Records": [record]}, FakeContext())
    return result


def test_a_report_is_queued_built_signed_stored_and_recorded(stack: Stack, function_env: Any) -> None:
    writer = shared_root.audit_writer()
    at = START + timedelta(days=3)
    writer.record("acme", AuditRecord("consent.granted", "success", actor="u-1", subject="p-1",
                                      details={"purpose": "marketing", "expires_at": None}), at=at)  # fmt: skip
    writer.record("acme", AuditRecord("access.decision", "deny", actor="u-2", subject="p-1",
                                      details={"decision": "DENY", "policies": ["consent.required"]}),
                  at=at + timedelta(minutes=1))  # fmt: skip
    writer.record("acme", AuditRecord("consent.granted", "success", subject="p-2", details={"purpose": "x"}),
                  at=END + timedelta(days=1))  # fmt: skip
    seal(stack)

    function_env("AuditFunction")
    api = load_handler("audit").lambda_handler
    request = {"framework": "GDPR", "from": START.isoformat(), "to": END.isoformat()}
    accepted = api(_api("POST", "/v1/audit/reports", route="/v1/audit/reports", body=request), FakeContext())
    assert accepted["statusCode"] == 202, accepted["body"]
    report_id = json.loads(accepted["body"])["report_id"]
    status_path = f"/v1/audit/reports/{report_id}"
    route, params = "/v1/audit/reports/{report_id}", {"report_id": report_id}
    status = json.loads(api(_api("GET", status_path, route=route, path_parameters=params), FakeContext())["body"])
    assert status["status"] == "queued" and status["html_url"] is None
    document_route = "/v1/audit/reports/{report_id}/document"
    early = api(_api("GET", f"{status_path}/document", route=document_route, path_parameters=params), FakeContext())
    assert early["statusCode"] == 404

    function_env("AuditReportFunction")
    assert _deliver(load_handler("audit", "reports"), report_id) == {"batchItemFailures": []}

    function_env("AuditFunction")
    status = json.loads(api(_api("GET", status_path, route=route, path_parameters=params), FakeContext())["body"])
    assert status["status"] == "completed" and status["events"] == 2
    signed_raw = api(
        _api("GET", f"{status_path}/document", route=document_route, path_parameters=params, query={"format": "json"}),
        FakeContext(),
    )
    assert signed_raw["statusCode"] == 200
    assert hashlib.sha256(signed_raw["body"].encode()).hexdigest() == status["json_sha256"]
    signed = json.loads(signed_raw["body"])
    report = signed["report"]
    assert report["integrity"]["valid"] and report["events"]["count"] == 2
    figures = {f["id"]: f for f in report["figures"]}
    assert figures["consent.granted.marketing"]["value"] == 1
    assert figures["processing.refused_without_lawful_basis"]["events"] == [[2, 2]]
    assert "p-1" not in signed_raw["body"] and "u-1" not in signed_raw["body"]

    public = client("kms").get_public_key(KeyId=stack.ref("AuditReportSigningKey"))["PublicKey"]
    key = serialization.load_der_public_key(bytes(public))
    assert isinstance(key, ec.EllipticCurvePublicKey)
    message = signed_message(SignatureKind.AUDIT_REPORT, canonical_json(report))
    key.verify(bytes.fromhex(signed["signature"]), message, ec.ECDSA(hashes.SHA256()))  # raises when invalid

    page = api(_api("GET", f"{status_path}/document", route=document_route, path_parameters=params), FakeContext())
    assert page["headers"]["Content-Type"].startswith("text/html")
    assert hashlib.sha256(page["body"].encode()).hexdigest() == report["html_sha256"]
    assert "Consents granted for marketing" in page["body"]

    seal(stack)
    from privacykit.roots.audit import trail_queries

    recorded = list(trail_queries().events("acme", datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC)))
    completed = [e for e in recorded if e["type"] == "audit.report_completed"]
    assert [e["details"]["json_sha256"] for e in completed] == [status["json_sha256"]]
    assert any(e["type"] == "audit.report_requested" for e in recorded)


def test_report_requests_are_checked_and_for_auditors_only(stack: Stack, function_env: Any) -> None:
    function_env("AuditFunction")
    api = load_handler("audit").lambda_handler

    def post(body: Any, roles: str = "[privacy_officer]") -> int:
        event = _api("POST", "/v1/audit/reports", route="/v1/audit/reports", body=body, roles=roles)
        return int(api(event, FakeContext())["statusCode"])

    good = {"framework": "SOX", "from": START.isoformat(), "to": END.isoformat()}
    assert post(good) == 202
    assert post(good, roles="[nurse]") == 403
    assert post({**good, "framework": "PCI"}) == 422
    assert post({**good, "to": START.isoformat()}) == 422
    assert post({**good, "to": (START + timedelta(days=400)).isoformat()}) == 422
    assert post({**good, "subject_id": "p-1"}) == 422  # an accounting of disclosures is HIPAA's
    assert post({**good, "framework": "HIPAA", "subject_id": "p-1"}) == 202
    unknown = _api("GET", "/v1/audit/reports/rep_x", route="/v1/audit/reports/{report_id}",
                   path_parameters={"report_id": "rep_x"})  # fmt: skip
    assert api(unknown, FakeContext())["statusCode"] == 404
