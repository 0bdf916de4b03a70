"""The audit trail through the API and the privacy-audit command, against the local cloud."""

from __future__ import annotations

import time
import uuid

import pytest

from privacykit import roots
from privacykit.cli.audit import main as privacy_audit

pytestmark = pytest.mark.integration

GRANT = {"purpose": "analytics", "lawful_basis": "consent", "notice_version": "v1", "channel": "mobile_app"}


def test_auditor_verifies_the_tenant_chain(api) -> None:  # type: ignore[no-untyped-def]
    tenant = f"t{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    for _ in range(3):
        api.request("POST", f"/v1/subjects/s-{uuid.uuid4().hex[:6]}/consents", GRANT, officer)
    auditor = api.token(tenant=tenant, groups=["compliance_auditor"])
    status, result = api.request("GET", "/v1/audit/verification", token=auditor)
    # The local cloud runs the sealer every minute on its own: under load it may already have sealed some.
    assert (status, result["valid"], result["events"] + result["pending"]) == (200, True, 3)
    assert api.cloud.schedule("AuditSealFunction", "Seal").fire()
    status, result = api.request("GET", "/v1/audit/verification", token=auditor)
    assert status == 200
    assert result["valid"] is True
    assert (result["events"], result["pending"]) == (3, 0)
    assert result["first_break"] is None
    assert api.request("GET", "/v1/audit/verification", token=api.token(tenant=tenant, groups=["viewer"]))[0] == 403


def test_privacy_audit_command_names_the_break(api, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    tenant = f"t{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    for _ in range(2):
        api.request("POST", f"/v1/subjects/s-{uuid.uuid4().hex[:6]}/consents", GRANT, officer)
    for name, value in api.cloud.environment().items():
        monkeypatch.setenv(name, value)
    roots.reset()
    try:
        assert privacy_audit(["seal"]) == 0
        assert privacy_audit(["digest"]) == 0
        assert privacy_audit(["verify", "--tenant", tenant]) == 0
        stack = api.cloud.stack
        s3 = stack.client("s3")
        bucket = stack.ref("AuditBucket")
        key = sorted(
            o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix=f"audit/{tenant}/segments/")["Contents"]
        )[0]
        original = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
        s3.put_object(Bucket=bucket, Key=key, Body=original.replace(b"analytics", b"marketing"))
        capsys.readouterr()
        assert privacy_audit(["verify", "--tenant", tenant]) == 1
        assert "rewritten" in capsys.readouterr().out
    finally:
        roots.reset()


def test_full_verification_runs_as_a_job_with_its_own_status_url(api) -> None:  # type: ignore[no-untyped-def]
    tenant = f"t{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    for _ in range(4):
        api.request("POST", f"/v1/subjects/s-{uuid.uuid4().hex[:6]}/consents", GRANT, officer)
    assert api.cloud.schedule("AuditSealFunction", "Seal").fire()
    auditor = api.token(tenant=tenant, groups=["compliance_auditor"])
    status, accepted = api.request("POST", "/v1/audit/verifications", token=auditor)
    assert (status, accepted["status"]) == (202, "queued")
    assert accepted["status_url"] == f"/v1/audit/verifications/{accepted['job_id']}"
    deadline = time.monotonic() + 30
    while True:
        status, job = api.request("GET", accepted["status_url"], token=auditor)
        assert status == 200
        if job["status"] == "completed" or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert job["status"] == "completed", job
    assert (job["result"]["valid"], job["result"]["events"], job["result"]["verified_from"]) == (True, 4, 1)
    other = api.token(tenant=f"x{tenant}", groups=["compliance_auditor"])
    assert api.request("GET", accepted["status_url"], token=other)[0] == 404
    viewer = api.token(tenant=tenant, groups=["viewer"])
    assert api.request("POST", "/v1/audit/verifications", token=viewer)[0] == 403
