"""The subject data map (issue 11 section 1): every table and bucket of the template says whether it
holds subject data, every kind it names has a registered store (or a documented way erasure handles
it), and on moto each store finds, exports and erases one subject's data through the subject's
pseudonym, leaving nothing of the subject in clear."""

from __future__ import annotations

import json
from typing import Any

import pytest

from localcloud.provision import Stack
from localcloud.template import load_template
from privacy_helpers import plant_subject
from privacykit.adapters.aws import client
from privacykit.domain.common.holds import HELD_KIND
from privacykit.roots import shared as shared_root
from privacykit.roots import subject_data as subject_data_root

STORAGE = ("AWS::DynamoDB::Table", "AWS::S3::Bucket")
RESOURCES: dict[str, Any] = load_template()["Resources"]
SUBJECT = "pat-90210"
EMAIL = "zq.subject@example.org"
NOTE = "Zorbaugh reported chest pain; call 415-555-0142."


def _declared() -> dict[str, list[str]]:
    """The kinds each table and bucket declares (one, or a list where it holds several)."""
    found = {}
    for name, resource in RESOURCES.items():
        if resource["Type"] in STORAGE:
            kinds = (resource.get("Metadata") or {}).get("SubjectData")
            found[name] = [str(k) for k in kinds] if isinstance(kinds, list) else [str(kinds)]
    return found


def test_every_table_and_bucket_says_what_subject_data_it_holds() -> None:
    undeclared = sorted(name for name, kinds in _declared().items() if kinds in ([], ["None"]))
    assert undeclared == [], f"declare Metadata: SubjectData on {undeclared}"


@pytest.fixture
def data_map(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("UPLOAD_BUCKET", stack.ref("UploadBucket"))
    return subject_data_root.subject_data_map()


def test_every_kind_declared_has_a_store_or_a_documented_treatment(data_map: Any) -> None:
    declared = {kind for kinds in _declared().values() for kind in kinds}
    handled = set(subject_data_root.HANDLED_WITHOUT_A_STORE)
    assert declared - handled == set(data_map.kinds)  # a store nobody declared, or a kind nobody answers


def _plant(stack: Stack) -> None:
    plant_subject(stack, "acme", SUBJECT, email=EMAIL, note=NOTE)


def test_each_store_counts_exports_and_erases_one_subject(stack: Stack, data_map: Any) -> None:
    _plant(stack)
    assert data_map.counts("acme", SUBJECT) == {
        "classified_records": 1,
        "uploaded_objects": 2,
        "contact_addresses": 1,
        "breach_affected_entries": 1,
        "consent_events": 1,
        "access_requests": 0,
        "subject_exports": 0,
        "legal_hold_copies": 0,
    }
    assert data_map.counts("globex", SUBJECT) == dict.fromkeys(data_map.kinds, 0)
    items = list(data_map.export("acme", SUBJECT))
    by_kind = {item.kind: item for item in items}
    assert by_kind["classified_records"].data["text"] == NOTE
    assert by_kind["contact_addresses"].data == {"email": EMAIL}
    assert by_kind["consent_events"].data["purpose"] == "analytics"
    assert by_kind["consent_events"].provided_by_subject
    assert sorted(i.content for i in items if i.kind == "uploaded_objects") == [b"first scan", b"second scan"]

    erased = data_map.erase("acme", SUBJECT)
    assert erased == {
        "classified_records": 1,
        "uploaded_objects": 2,
        "contact_addresses": 1,
        "breach_affected_entries": 1,
        "consent_events": 0,  # kept as proof, pseudonymised; shredding the key closes their details
        "access_requests": 0,
        "subject_exports": 0,
        "legal_hold_copies": 0,  # what a standing hold kept outlives the erasure; ending the hold erases it
    }
    assert shared_root.keyring().shred("acme", SUBJECT)
    after = data_map.counts("acme", SUBJECT)
    assert after == {**dict.fromkeys(data_map.kinds, 0), "consent_events": 1}
    assert data_map.counts("acme", "other-1")["classified_records"] == 1


def _object_keys(stack: Stack) -> list[str]:
    """The key of every object version and delete marker of every bucket, as a listing shows them."""
    s3, keys = client("s3"), []
    for name, resource in RESOURCES.items():
        if resource["Type"] == "AWS::S3::Bucket":
            listed = s3.list_object_versions(Bucket=stack.ref(name))
            keys += [v["Key"] for v in listed.get("Versions", []) + listed.get("DeleteMarkers", [])]
    return keys


def test_upload_keys_name_neither_the_subject_nor_the_file(stack: Stack, data_map: Any) -> None:
    """What S3 access logs, CloudTrail data events and version listings show of an upload is its key."""
    _plant(stack)
    uploads = [k for k in _object_keys(stack) if k.startswith("uploads/")]
    assert len(uploads) == 2 and len(set(uploads)) == 1  # two versions of one object
    assert not [k for k in uploads if SUBJECT in k or "scan" in k]
    pseudonym = shared_root.keyring().pseudonym("acme", SUBJECT)
    assert uploads[0].startswith(f"uploads/acme/{pseudonym}/up_")


def test_after_erasure_nothing_of_the_subject_is_left_in_clear(stack: Stack, data_map: Any) -> None:
    _plant(stack)
    pseudonym = shared_root.keyring().pseudonym("acme", SUBJECT)
    data_map.erase("acme", SUBJECT)
    shared_root.keyring().shred("acme", SUBJECT)
    ddb, s3 = client("dynamodb"), client("s3")
    found: list[str] = []
    for name, resource in RESOURCES.items():
        if resource["Type"] == "AWS::DynamoDB::Table":
            text = json.dumps(ddb.scan(TableName=stack.ref(name))["Items"], default=str)
            found += [f"{name}: {value}" for value in (SUBJECT, EMAIL, "Zorbaugh") if value in text]
        elif resource["Type"] == "AWS::S3::Bucket":
            bucket = stack.ref(name)
            listed = s3.list_object_versions(Bucket=bucket)
            for version in listed.get("Versions", []):
                body = s3.get_object(Bucket=bucket, Key=version["Key"], VersionId=version["VersionId"])["Body"].read()
                text = version["Key"] + body.decode(errors="replace")
                found += [f"{name}: {value}" for value in (SUBJECT, EMAIL, "Zorbaugh") if value in text]
    # Nor any key of any version or delete marker: not the subject id, nor its pseudonym's upload prefix.
    found += [key for key in _object_keys(stack) if SUBJECT in key or pseudonym in key]
    assert found == []


def test_the_kinds_a_hold_may_name_are_the_stores_kinds(data_map: Any) -> None:
    # All but the holds' own copies, which no hold can name.
    assert set(subject_data_root.SUBJECT_DATA_KINDS) == set(data_map.kinds) - {HELD_KIND}


def test_uploads_put_under_the_old_layout_are_still_found_exported_and_erased(stack: Stack, data_map: Any) -> None:
    """Objects put at uploads/<tenant>/<subject id>/ before the pseudonymous layout (docs/upload-keys.md)."""
    _plant(stack)
    client("s3").put_object(Bucket=stack.ref("UploadBucket"), Key=f"uploads/acme/{SUBJECT}/old.txt", Body=b"old scan")
    assert data_map.counts("acme", SUBJECT)["uploaded_objects"] == 3
    names = sorted(i.data["name"] for i in data_map.export("acme", SUBJECT) if i.kind == "uploaded_objects")
    assert names == ["old.txt", "scan.txt", "scan.txt"]  # the new layout's name comes from its sealed metadata
    assert data_map.erase("acme", SUBJECT)["uploaded_objects"] == 3
    assert not [k for k in _object_keys(stack) if k.startswith("uploads/")]
