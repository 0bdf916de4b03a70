"""Recipients of a subject's data (GDPR Art. 15(1)(c), Art. 19): the roles the access decisions about
the subject allowed, read from the audit trail (sealed segments and pending events alike), listed in the
access request's package and on the erasure certificate."""

from __future__ import annotations

import io
import json
import zipfile
from urllib.parse import unquote, urlparse

import pytest

from localcloud.provision import Stack
from privacy_helpers import plant_subject
from privacykit.adapters.aws import client
from privacykit.domain.common.recipients import recipients_from
from privacykit.ports import AuditRecord
from privacykit.roots import audit as audit_root
from privacykit.roots import dsar as dsar_root
from privacykit.roots import erasure as erasure_root
from privacykit.roots import shared as shared_root

SUBJECT = "pat-2718"


def _decision(subject: str, decision: str, roles: tuple[str, ...], purpose: str) -> AuditRecord:
    return AuditRecord(
        "access.decision", decision.lower(), actor="u-7", actor_roles=roles, subject=subject,
        details={"action": "read", "purpose": purpose, "decision": decision, "break_glass": False},
    )  # fmt: skip


def test_only_allowed_decisions_about_the_subject_make_recipients() -> None:
    events = [
        {"type": "access.decision", "subject": "ps_a", "actor_roles": ["billing"], "at": "2026-01-02",
         "details": {"decision": "ALLOW", "purpose": "payment"}},
        {"type": "access.decision", "subject": "ps_a", "actor_roles": ["billing", "clinician"], "at": "2026-01-01",
         "details": {"decision": "ALLOW_WITH_MASKING", "purpose": "treatment"}},
        {"type": "access.decision", "subject": "ps_a", "actor_roles": ["marketing"], "at": "2026-01-03",
         "details": {"decision": "DENY", "purpose": "marketing"}},
        {"type": "access.decision", "subject": "ps_b", "actor_roles": ["auditor"], "details": {"decision": "ALLOW"}},
        {"type": "consent.granted", "subject": "ps_a", "actor_roles": ["web"], "details": {}},
    ]  # fmt: skip
    found = {r.role: r.view() for r in recipients_from(events, "ps_a")}
    assert set(found) == {"billing", "clinician"}
    assert found["billing"] == {
        "role": "billing", "decisions": 2, "masked": 1, "break_glass": 0, "purposes": ["payment", "treatment"],
        "first_at": "2026-01-01", "last_at": "2026-01-02",
    }  # fmt: skip


@pytest.fixture
def decided(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> Stack:
    monkeypatch.setenv("UPLOAD_BUCKET", stack.ref("UploadBucket"))
    plant_subject(stack, "acme", SUBJECT, email="qx.r@example.org", note="a note")
    writer = shared_root.audit_writer()
    writer.record("acme", _decision(SUBJECT, "ALLOW", ("billing",), "payment"))
    writer.record("acme", _decision("other-1", "ALLOW", ("auditor",), "operations"))
    audit_root.audit_sealer().seal("acme")  # these are in sealed segments now; the next ones pending
    writer.record("acme", _decision(SUBJECT, "ALLOW_WITH_MASKING", ("clinician",), "treatment"))
    writer.record("acme", _decision(SUBJECT, "DENY", ("marketing",), "marketing"))
    return stack


def test_the_package_and_the_certificate_name_the_recipients(decided: Stack) -> None:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    done = dsar_root.export_worker().run("acme", request.request_id)
    minted = dsar_root.access_desk().download_token(done)
    assert minted is not None
    url, _ = dsar_root.access_desk().download(done.request_id, minted[0])
    bucket = decided.ref("ExportBucket")
    path = unquote(urlparse(url).path).lstrip("/")
    key = path[len(bucket) + 1 :] if path.startswith(f"{bucket}/") else path
    package = zipfile.ZipFile(io.BytesIO(client("s3").get_object(Bucket=bucket, Key=key)["Body"].read()))
    known = json.loads(package.read("data.json"))["information"]["recipients"]["known"]
    assert [(r["role"], r["purposes"]) for r in known] == [("billing", ["payment"]), ("clinician", ["treatment"])]
    assert "billing, clinician" in package.read("index.html").decode()

    erasure, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    certificate = (erasure_root.erasure_worker().run("acme", erasure.request_id).certificate or {})["certificate"]
    assert [r["role"] for r in certificate["recipients"]] == ["billing", "clinician"]
