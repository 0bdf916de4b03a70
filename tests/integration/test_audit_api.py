"""The audit trail through the API and the privacy-audit command, against the local cloud."""

from __future__ import annotations

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
    assert (status, result["valid"], result["events"], result["pending"]) == (200, True, 0, 3)
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
