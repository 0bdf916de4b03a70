"""Access-check through its handler on moto: decisions, masking, step-up, break-glass, SoD,
consent-based purposes, the records enforcement point, and bad input."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, load_handler, seal, with_claims
from privacykit.adapters.aws import client
from privacykit.domain.consent.model import GrantCommand
from privacykit.roots import audit as audit_root
from privacykit.roots import classify as classify_root
from privacykit.roots import consent as consent_root

NOTE = "Patient Maria Gonzalez, SSN 219-09-9999, diagnosed with type 2 diabetes, on metformin 500 mg."


def claims(groups: str, sub: str = "u-1", tenant: str = "acme", mfa_age: int | None = 60) -> dict[str, str]:
    now = int(time.time())
    found = {"sub": sub, "custom:tenant": tenant, "cognito:groups": f"[{groups}]"}
    if mfa_age is not None:
        found.update({"auth_time": str(now - mfa_age), "amr": "[pwd mfa]"})
    return found


@pytest.fixture
def handler(stack: Stack, function_env: Any) -> Any:
    function_env("AccessFunction")
    return load_handler("access").lambda_handler


@pytest.fixture
def record_id(stack: Stack, function_env: Any) -> str:
    function_env("ClassifyFunction")
    result = classify_root.classification_service().classify_text(
        "acme", NOTE, actor="svc", subject_id="pat-77", purpose="treatment"
    )
    function_env("AccessFunction")
    return str(result["record_id"])


def post(handler: Any, path: str, body: Any, who: dict[str, str]) -> tuple[int, dict[str, Any]]:
    request = with_claims(event("access-check"), who)
    request["rawPath"] = request["requestContext"]["http"]["path"] = path
    request["body"] = body if isinstance(body, str) else json.dumps(body)
    response = handler(request, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def get_record(handler: Any, record: str, purpose: str, who: dict[str, str]) -> tuple[int, dict[str, Any]]:
    request = with_claims(event("access-check"), who)
    request["requestContext"]["http"]["method"] = "GET"
    request["rawPath"] = request["requestContext"]["http"]["path"] = f"/v1/records/{record}"
    request["queryStringParameters"] = {"purpose": purpose}
    request["rawQueryString"] = f"purpose={purpose}"
    request.pop("body", None)
    response = handler(request, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def test_clinician_with_fresh_mfa_reads_the_whole_record(handler: Any, record_id: str) -> None:
    status, body = get_record(handler, record_id, "treatment", claims("healthcare_provider"))
    assert status == 200
    assert body["decision"] == "ALLOW"
    assert body["text"] == NOTE


def test_without_recent_mfa_the_clinician_is_asked_to_step_up(handler: Any, record_id: str) -> None:
    status, body = get_record(handler, record_id, "treatment", claims("healthcare_provider", mfa_age=3600))
    assert status == 403, body
    assert {"step_up": True} in body["error"]["details"]
    status, body = post(
        handler, "/v1/access/check",
        {"action": "read", "purpose": "treatment", "resource": {"record_id": record_id}},
        claims("healthcare_provider", mfa_age=None),
    )  # fmt: skip
    assert status == 200
    assert body["decision"] == "DENY"
    assert body["step_up"] is True


def test_editor_gets_the_record_with_restricted_findings_masked(handler: Any, record_id: str) -> None:
    status, body = get_record(handler, record_id, "payment", claims("editor"))
    assert status == 200
    assert body["decision"] == "ALLOW_WITH_MASKING"
    assert "219-09-9999" not in body["text"]
    assert "9999" in body["text"]  # partial masking keeps the last digits
    assert "diabetes" not in body["text"]
    assert "US_SSN" in {m["entity_type"] for m in body["masks"]}
    assert all(e["type"] not in {"US_SSN", "DIAGNOSIS"} for e in body["entities"])


def test_viewer_is_denied_and_other_tenants_see_no_record(handler: Any, record_id: str) -> None:
    status, body = get_record(handler, record_id, "operations", claims("viewer"))
    assert status == 403
    assert body["error"]["details"]
    assert get_record(handler, record_id, "treatment", claims("healthcare_provider", tenant="globex"))[0] == 404


def test_break_glass_allows_with_obligations(handler: Any, record_id: str) -> None:
    status, body = post(
        handler, "/v1/access/check",
        {"action": "read", "purpose": "treatment", "resource": {"record_id": record_id},
         "context": {"break_glass_reason": "patient unconscious in ER"}},
        claims("healthcare_provider", mfa_age=None),
    )  # fmt: skip
    assert status == 200
    assert body["decision"] == "ALLOW"
    assert body["break_glass"] is True
    assert "notify_privacy_officer" in body["obligations"]


def get(handler: Any, path: str, query: dict[str, str], who: dict[str, str]) -> tuple[int, dict[str, Any]]:
    request = with_claims(event("access-check"), who)
    request["requestContext"]["http"]["method"] = "GET"
    request["rawPath"] = request["requestContext"]["http"]["path"] = path
    request["queryStringParameters"] = query or None
    request["rawQueryString"] = "&".join(f"{k}={v}" for k, v in query.items())
    request.pop("body", None)
    response = handler(request, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def test_the_break_glass_reason_is_kept_sealed_for_the_reviewer(
    handler: Any, record_id: str, stack: Stack, function_env: Any
) -> None:
    # Issue 14 item 4: the stated reason was recorded nowhere, so log_reason was never met.
    reason = "Patient unconscious in ER bay 3, zq-reason-7731"
    status, body = post(
        handler, "/v1/access/check",
        {"action": "read", "purpose": "treatment", "resource": {"record_id": record_id},
         "context": {"break_glass_reason": reason}},
        claims("healthcare_provider", sub="dr-9", mfa_age=None),
    )  # fmt: skip
    assert body["break_glass"] is True
    items = client("dynamodb").scan(TableName=stack.ref("BreakGlassTable"))["Items"]
    assert len(items) == 1
    assert "zq-reason-7731" not in json.dumps(items, default=str)
    assert "dr-9" not in json.dumps(items, default=str)
    pending = client("dynamodb").scan(TableName=stack.ref("AuditOutboxTable"))["Items"]
    assert "zq-reason-7731" not in json.dumps(pending, default=str)
    assert items[0]["use_id"]["S"] in json.dumps(pending)  # the event names the use
    assert get(handler, "/v1/access/break-glass", {}, claims("healthcare_provider"))[0] == 403
    status, body = get(handler, "/v1/access/break-glass", {"limit": "10"}, claims("compliance_auditor"))
    assert status == 200, body
    [use] = body["uses"]
    assert (use["reason"], use["actor"], use["record_id"], use["subject_id"]) == (reason, "dr-9", record_id, "pat-77")
    assert use["use_id"] == items[0]["use_id"]["S"]
    later = get(handler, "/v1/access/break-glass", {"since": "2999-01-01T00:00:00Z"}, claims("privacy_officer"))
    assert later == (200, {"uses": []})
    assert get(handler, "/v1/access/break-glass", {}, claims("compliance_auditor", tenant="globex"))[1] == {"uses": []}


def test_separation_of_duties_takes_the_requester_from_the_stored_record(handler: Any, function_env: Any) -> None:
    # Issue 14 item 2: the approver named someone else as the requester and was allowed.
    function_env("ClassifyFunction")
    created = classify_root.classification_service().classify_text(
        "acme", "Invoice 4471 for 25,000 EUR", actor="fin-1", subject_id="vendor-1", purpose="payment"
    )
    function_env("AccessFunction")
    approval = {
        "action": "approve",
        "resource": {"record_id": created["record_id"]},
        "context": {"amount": 25000, "requester": "fin-2"},
    }
    status, body = post(handler, "/v1/access/check", approval, claims("finance_approver", sub="fin-1"))
    assert status == 200
    assert body["decision"] == "DENY"
    assert "sod.approval" in body["policies"]
    other = claims("finance_approver", sub="fin-2")
    assert post(handler, "/v1/access/check", approval, other)[1]["decision"] == "ALLOW"
    # Nothing stored about an ad hoc resource: the requester the caller names is not believed.
    adhoc = {"action": "approve", "resource": {"level": "INTERNAL"}, "context": {"amount": 25000, "requester": "fin-2"}}
    assert post(handler, "/v1/access/check", adhoc, claims("finance_approver", sub="fin-1"))[1]["decision"] == "DENY"
    small = {"action": "approve", "resource": {"level": "INTERNAL"}, "context": {"amount": 100}}
    assert post(handler, "/v1/access/check", small, claims("finance_approver", sub="fin-1"))[1]["decision"] == "ALLOW"


def test_a_record_is_read_only_for_purposes_compatible_with_its_own(handler: Any, record_id: str) -> None:
    # Issue 14 item 3: a record collected for treatment was readable for operations or service delivery.
    for purpose, who in (("service_delivery", "editor"), ("operations", "healthcare_provider")):
        status, body = get_record(handler, record_id, purpose, claims(who))
        assert status == 403, (purpose, body)
        reasons = " ".join(d.get("reason", "") for d in body["error"]["details"])
        assert "purpose.compatible" in reasons
        assert "collected for treatment" in reasons
    assert get_record(handler, record_id, "payment", claims("healthcare_provider"))[0] == 200
    status, body = post(
        handler, "/v1/access/check",
        {"action": "read", "purpose": "operations", "resource": {"record_id": record_id}},
        claims("healthcare_provider"),
    )  # fmt: skip
    assert body["decision"] == "DENY"
    assert "purpose.compatible" in body["policies"]


def test_a_subject_may_ask_only_about_their_own_data(handler: Any, record_id: str) -> None:
    # Issue 14 item 1: the access routes checked no role, so any member of a tenant could ask.
    subject = claims("", sub="cust-5")
    ask = {"action": "read", "purpose": "marketing", "resource": {"subject_id": "cust-6", "level": "INTERNAL"}}
    status, body = post(handler, "/v1/access/check", ask, subject)
    assert status == 403, body
    assert post(handler, "/v1/access/checks", {"requests": [ask]}, subject)[0] == 403
    assert post(handler, "/v1/access/check", dict(ask, resource={"level": "INTERNAL"}), subject)[0] == 403
    own = dict(ask, resource={"subject_id": "cust-5", "level": "INTERNAL"})
    assert post(handler, "/v1/access/check", own, subject)[0] == 200
    # Another subject's record is as unknown as a missing one.
    assert get_record(handler, record_id, "treatment", subject)[0] == 404
    by_record = {"action": "read", "purpose": "treatment", "resource": {"record_id": record_id}}
    assert post(handler, "/v1/access/check", by_record, subject)[0] == 404
    assert get_record(handler, record_id, "treatment", claims("", sub="pat-77"))[0] == 403  # their own: decided


def test_a_denial_does_not_tell_who_consented(handler: Any, function_env: Any) -> None:
    # Issue 14 item 1: the denial named the consent rule for one subject and another reason for the other.
    function_env("ConsentFunction")
    consent_root.consent_service().grant(
        "acme", "cust-7", GrantCommand("marketing", "consent", "v1", "web"), actor="cust-7"
    )
    function_env("AccessFunction")

    def ask(subject: str, who: dict[str, str]) -> dict[str, Any]:
        body = {"action": "read", "purpose": "marketing", "resource": {"subject_id": subject, "level": "RESTRICTED"}}
        status, answer = post(handler, "/v1/access/check", body, who)
        assert status == 200
        return answer

    viewer = claims("viewer")
    consented, not_consented = ask("cust-7", viewer), ask("cust-8", viewer)
    assert consented == not_consented
    assert not any("consent" in r for r in consented["reasons"])
    _, body = post(
        handler, "/v1/access/checks",
        {"requests": [{"action": "read", "purpose": "marketing", "resource": {"subject_id": s, "level": "RESTRICTED"}}
                      for s in ("cust-7", "cust-8")]},
        viewer,
    )  # fmt: skip
    assert body["decisions"][0] == body["decisions"][1]
    # Those who read consents, and the subject, are told.
    officer = claims("privacy_officer")
    assert "consent.required" in ask("cust-8", officer)["policies"]
    assert "consent.required" not in ask("cust-7", officer)["policies"]
    assert "consent.required" in ask("cust-8", claims("", sub="cust-8"))["policies"]


def test_consent_based_purpose_follows_the_consent_record(handler: Any, function_env: Any) -> None:
    ask = {"action": "read", "purpose": "marketing", "resource": {"subject_id": "cust-5", "level": "INTERNAL"}}
    assert post(handler, "/v1/access/check", ask, claims("editor"))[1]["decision"] == "DENY"
    function_env("ConsentFunction")
    consent_root.consent_service().grant(
        "acme", "cust-5", GrantCommand("marketing", "consent", "v1", "web"), actor="cust-5"
    )
    function_env("AccessFunction")
    assert post(handler, "/v1/access/check", ask, claims("editor"))[1]["decision"] == "ALLOW"


def test_batch_decides_in_order_and_refuses_more_than_100(handler: Any) -> None:
    one = {"action": "read", "purpose": "operations", "resource": {"level": "INTERNAL"}}
    status, body = post(handler, "/v1/access/checks", {"requests": [one, dict(one, action="delete")]}, claims("viewer"))
    assert status == 200
    assert [d["decision"] for d in body["decisions"]] == ["ALLOW", "DENY"]
    status, body = post(handler, "/v1/access/checks", {"requests": [one] * 101}, claims("viewer"))
    assert status == 422
    assert "100" in body["error"]["message"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"action": "teleport", "purpose": "treatment", "resource": {"level": "PUBLIC"}}, 422),
        ({"action": "read", "purpose": "astrology", "resource": {"level": "PUBLIC"}}, 422),
        ({"action": "read", "purpose": "treatment", "resource": {"level": "SECRET"}}, 422),
        ({"action": "read", "purpose": "treatment", "resource": {"record_id": "rec_missing"}}, 404),
        ({"action": "read", "resource": {"level": "PUBLIC"}, "tenant": "globex"}, 422),
        ("{oops", 400),
    ],
)
def test_bad_requests(handler: Any, body: Any, status: int) -> None:
    got, answer = post(handler, "/v1/access/check", body, claims("viewer"))
    assert got == status
    assert "error" in answer


def test_every_decision_is_audited(handler: Any, function_env: Any, stack: Stack) -> None:
    one = {"action": "read", "purpose": "operations", "resource": {"level": "INTERNAL", "subject_id": "cust-9"}}
    post(handler, "/v1/access/check", one, claims("viewer"))
    post(handler, "/v1/access/check", dict(one, action="delete"), claims("viewer"))
    seal(stack)
    function_env("AuditFunction")
    result = audit_root.audit_verifier().verify("acme")
    assert result.valid
    assert result.events == 2


def test_a_batch_is_audited_in_one_segment(handler: Any, function_env: Any, stack: Stack) -> None:
    one = {"action": "read", "purpose": "operations", "resource": {"level": "INTERNAL"}}
    # 100, the most a batch may ask: more events than one outbox transaction holds (it was a 500).
    status, _ = post(handler, "/v1/access/checks", {"requests": [one] * 100}, claims("viewer"))
    assert status == 200
    seal(stack)
    listed = client("s3").list_objects_v2(Bucket=stack.ref("AuditBucket"), Prefix="audit/acme/segments/")["Contents"]
    assert [o["Key"].rsplit("/", 1)[1] for o in listed] == ["000000000001.jsonl"]
    body = client("s3").get_object(Bucket=stack.ref("AuditBucket"), Key=listed[0]["Key"])["Body"].read()
    assert len(body.splitlines()) == 100


def test_every_tenant_policy_file_validates_against_the_schema() -> None:
    from privacy_helpers import ROOT
    from privacykit.roots.access import tenant_access_policies

    directory = ROOT / "functions" / "access" / "tenant_policies"
    files = sorted(p.stem for p in directory.glob("*.cedar"))
    assert files  # the example ships, so this test guards something
    assert sorted(tenant_access_policies(directory)) == files


def test_a_tenant_policy_applies_to_that_tenant_only(handler: Any) -> None:
    ask = {"action": "read", "purpose": "treatment", "resource": {"level": "CONFIDENTIAL"}}
    nurse = claims("nurse", tenant="example-clinic")
    assert post(handler, "/v1/access/check", ask, nurse)[1]["decision"] == "ALLOW"
    # A role acme's policies do not name is no role there: the caller may ask only about their own data.
    assert post(handler, "/v1/access/check", ask, claims("nurse", tenant="acme"))[0] == 403


def test_every_tenant_purpose_table_loads_and_replaces_the_default() -> None:
    from privacy_helpers import ROOT
    from privacykit.roots.access import tenant_purpose_compatibility

    tables = tenant_purpose_compatibility(ROOT / "functions" / "access" / "tenant_policies")
    assert sorted(tables) == ["example-clinic"]
    assert tables["example-clinic"].compatible("treatment", "operations")
    assert not tables["example-clinic"].compatible(None, "treatment")
