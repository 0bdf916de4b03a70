"""What a partial legal hold kept through an erasure is part of a later access request by the same
person (GDPR Art. 15 applies to restricted data too; docs/legal-holds.md): the package holds the kept
items, opened with the hold's key and marked as held, its Art. 15(1) information says their processing is
restricted to the hold's purpose, and the read is audited for that purpose. Once the hold is released,
a new access request finds nothing of it."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from localcloud.provision import Stack
from privacy_helpers import plant_subject
from privacykit import roots
from privacykit.domain.common.holds import ACCESS_REQUEST_PURPOSE
from privacykit.roots import dsar as dsar_root
from privacykit.roots import erasure as erasure_root
from privacykit.roots import shared as shared_root

SUBJECT = "pat-4242"
EMAIL = "held.subject@example.org"
NOTE = "Okonkwo-Lindqvist was seen for a fracture."
UNTIL = datetime(2030, 1, 1, tzinfo=UTC)


@pytest.fixture
def erased_under_hold(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> tuple[Stack, str]:
    """The subject's data everywhere, a hold over their records and uploads, then their erasure."""
    monkeypatch.setenv("UPLOAD_BUCKET", stack.ref("UploadBucket"))
    plant_subject(stack, "acme", SUBJECT, email=EMAIL, note=NOTE)
    hold = erasure_root.legal_holds().place(
        "acme", SUBJECT, scope=["classified_records", "uploaded_objects"], basis="litigation",
        reason="case 2026-17", until=UNTIL, actor="officer-1",
    )  # fmt: skip
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    assert erasure_root.erasure_worker().run("acme", request.request_id).status == "completed"
    return stack, hold.hold_id


def _access_request() -> tuple[dict[str, Any], zipfile.ZipFile]:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    done = dsar_root.export_worker().run("acme", request.request_id)
    assert done.status == "completed" and done.package is not None
    out = io.BytesIO()
    dsar_root.export_bucket()._open("acme", SUBJECT, request.request_id, done.package.key, out)
    package = zipfile.ZipFile(out)
    return json.loads(package.read("data.json")), package


def _events(kind: str) -> list[dict[str, Any]]:
    return [dict(e.draft) for e in shared_root.audit_outbox().pending("acme", 1000) if e.draft["type"] == kind]


def test_an_access_request_after_the_erasure_holds_what_the_hold_kept_marked_as_held(
    erased_under_hold: tuple[Stack, str],
) -> None:
    _, hold_id = erased_under_hold
    data, package = _access_request()
    marker = {"hold_id": hold_id, "basis": "litigation", "until": UNTIL.isoformat(), "restricted": True}
    held = [item for item in data["items"] if "held" in item]
    assert sorted(item["kind"] for item in held) == ["classified_records", "uploaded_objects", "uploaded_objects"]
    assert all(item["held"] == marker for item in held)
    (record,) = (item for item in held if item["kind"] == "classified_records")
    assert record["data"]["text"] == NOTE  # opened with the hold's key
    uploads = sorted(package.read(item["file"]) for item in held if item["kind"] == "uploaded_objects")
    assert uploads == [b"first scan", b"second scan"]  # as uploaded
    # Nothing else of the subject: what the erasure did not keep is gone (the consent stays as proof,
    # its details unreadable; this request lists itself).
    others = {item["kind"] for item in data["items"] if "held" not in item}
    assert others <= {"consent_events", "access_requests"}
    assert EMAIL not in json.dumps(data)
    assert data["counts"]["classified_records_held"] == 1 and data["counts"]["uploaded_objects_held"] == 2
    assert "classified_records" not in data["counts"]
    rows = package.read("classified_records_held.csv").decode().splitlines()
    assert rows[0].startswith("item_id,portable,file,hold_id,basis,until,restricted,") and len(rows) == 2

    # Art. 15(1): the processing of what the hold kept is restricted to the hold's purpose.
    info = data["information"]
    (restriction,) = info["restriction"]["holds"]
    assert restriction["hold_id"] == hold_id and restriction["restricted"] is True
    assert restriction["items"] == {"classified_records": 1, "uploaded_objects": 2}
    assert "restricted to the hold's purpose (litigation)" in restriction["processing"]
    assert {"purpose": "litigation", "from": ["legal_hold"]} in info["purposes"]
    assert "legal hold" in info["retention"]["classified_records_held"]
    assert "Restricted: " in package.read("index.html").decode()

    # The read is audited, for the purpose a restriction permits (Art. 18(2)).
    (read,) = _events("legal_hold.read")
    assert read["details"] == {"hold_id": hold_id, "purpose": ACCESS_REQUEST_PURPOSE, "items": 3}
    assert SUBJECT not in json.dumps(read)


def test_once_the_hold_is_released_an_access_request_finds_nothing_it_kept(
    erased_under_hold: tuple[Stack, str],
) -> None:
    _, hold_id = erased_under_hold
    erasure_root.legal_holds().release("acme", hold_id, actor="officer-1")
    data, package = _access_request()
    assert [item for item in data["items"] if "held" in item] == []
    assert not any(kind.endswith("_held") for kind in data["counts"])
    assert data["information"]["restriction"]["holds"] == []
    assert NOTE not in json.dumps(data) and not any(n.startswith("files/") for n in package.namelist())
    assert _events("legal_hold.read") == []


def test_an_expired_hold_keeps_nothing_for_an_access_request(erased_under_hold: tuple[Stack, str]) -> None:
    later = UNTIL + timedelta(days=1)
    roots.reset()
    shared_root.clock.override(lambda: later)
    data, _ = _access_request()
    assert [item for item in data["items"] if "held" in item] == []
    assert _events("legal_hold.read") == []
