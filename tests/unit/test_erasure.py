"""Erasure on moto (issue 11 section 3): the key is shredded first, the subject's data is deleted
through the data map, the certificate is signed and returned again on a redelivery, a crash half-way
is finished by the retry, downstream systems hear of it, and a shredded key stops working in another
warm instance within the stated bound."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aws_lambda_powertools.utilities.batch.exceptions import BatchProcessingError

from fakes import FakeClock
from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, job_record, load_handler, plant_subject, seal
from privacykit.adapters.aws import client
from privacykit.adapters.erasure_requests import ErasureRequestTable
from privacykit.adapters.kms import KmsDataKeys, KmsSigner
from privacykit.adapters.legal_holds import LegalHoldTable
from privacykit.adapters.subject_keys import SubjectKeyTable
from privacykit.crypto import SubjectKeyring
from privacykit.domain.common.canonical import canonical_json
from privacykit.domain.common.holds import hold_key_subject
from privacykit.domain.erasure.model import subject_commitment
from privacykit.errors import Conflict, Forbidden, KeyShredded, NotFound, Unprocessable
from privacykit.ports import SignatureKind
from privacykit.roots import erasure as erasure_root
from privacykit.roots import shared as shared_root
from privacykit.roots import subject_data as subject_data_root

SUBJECT = "pat-31337"
EMAIL = "qx.erase@example.org"
NOTE = "Vandermolen has atrial fibrillation."


@pytest.fixture
def planted(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> Stack:
    monkeypatch.setenv("UPLOAD_BUCKET", stack.ref("UploadBucket"))
    plant_subject(stack, "acme", SUBJECT, email=EMAIL, note=NOTE)
    return stack


@pytest.fixture
def downstream(planted: Stack) -> Iterator[str]:
    """An SQS queue that receives every SubjectErased event of the bus (as a downstream system would).
    The rule is removed afterwards: the moto snapshot between tests does not cover EventBridge."""
    sqs, events = client("sqs"), client("events")
    url = sqs.create_queue(QueueName="downstream")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    bus = planted.ref("SubjectEventsBus")
    events.put_rule(Name="erased", EventBusName=bus, EventPattern=json.dumps({"detail-type": ["SubjectErased"]}))
    events.put_targets(Rule="erased", EventBusName=bus, Targets=[{"Id": "q", "Arn": arn}])
    yield str(url)
    events.remove_targets(Rule="erased", EventBusName=bus, Ids=["q"])
    events.delete_rule(Name="erased", EventBusName=bus)


def test_erasure_shreds_first_deletes_everything_and_signs_a_certificate(planted: Stack, downstream: str) -> None:
    key_id = shared_root.keyring().key_id("acme", SUBJECT)
    request, nonce = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    assert nonce is not None and request.status == "received"
    again, no_nonce = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    assert (again.request_id, no_nonce) == (request.request_id, None)  # the open request, once

    done = erasure_root.erasure_worker().run("acme", request.request_id)
    assert done.status == "completed" and done.sealed_subject is None
    signed: dict[str, Any] = done.certificate or {}
    body = signed["certificate"]
    assert body["subject_commitment"] == subject_commitment(nonce, "acme", SUBJECT)
    assert body["key_id"] == key_id
    assert body["erased"] == {
        "classified_records": 1,
        "uploaded_objects": 2,
        "contact_addresses": 1,
        "breach_affected_entries": 1,
        "consent_events": 0,
        "access_requests": 0,
        "subject_exports": 0,
    }
    assert body["effective_everywhere_at"] > body["key_shredded_at"]
    assert body["backups_expired_by"] > body["effective_everywhere_at"]
    verifier = KmsSigner(
        client("kms"), planted.attr("ErasureCertificateSigningKey", "Arn"), SignatureKind.ERASURE_CERTIFICATE
    )
    assert verifier.verify(SignatureKind.ERASURE_CERTIFICATE, canonical_json(body), bytes.fromhex(signed["signature"]))
    assert SUBJECT not in json.dumps(signed)

    assert shared_root.keyring().key_id("acme", SUBJECT) is None
    counts = subject_data_root.subject_data_map().counts("acme", SUBJECT)
    assert counts == {**dict.fromkeys(counts, 0), "consent_events": 1}
    assert erasure_root.erasure_worker().run("acme", request.request_id).certificate == signed  # redelivered
    message = client("sqs").receive_message(QueueUrl=downstream, WaitTimeSeconds=1)["Messages"][0]
    detail = json.loads(message["Body"])["detail"]
    assert (detail["request_id"], detail["subject_commitment"]) == (request.request_id, body["subject_commitment"])


def test_a_crash_after_the_shred_is_finished_by_the_retry(planted: Stack, monkeypatch: pytest.MonkeyPatch) -> None:
    key_id = shared_root.keyring().key_id("acme", SUBJECT)
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor="officer-1")
    worker = erasure_root.erasure_worker()
    data_map = subject_data_root.subject_data_map()
    real_erase = data_map.erase_each

    def crash(*args: Any) -> Any:
        raise RuntimeError("the worker died")

    monkeypatch.setattr(data_map, "erase_each", crash)
    with pytest.raises(RuntimeError):
        worker.run("acme", request.request_id)
    half = erasure_root.erasure_desk().get("acme", request.request_id, asked_by="officer-1", officer=True)
    assert half.status == "in_progress" and half.shredded_at is not None
    monkeypatch.setattr(data_map, "erase_each", real_erase)
    done = worker.run("acme", request.request_id)
    assert done.status == "completed"
    assert (done.certificate or {})["certificate"]["key_id"] == key_id  # named although shredded before


def test_the_last_failed_receive_marks_the_request_failed_and_a_redrive_finishes_it(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The request stayed in_progress for ever when its message was parked in the dead-letter queue.
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor="officer-1")
    worker_module = load_handler("erasure", "worker")
    data_map = subject_data_root.subject_data_map()
    real_erase = data_map.erase_each

    def crash(*args: Any) -> Any:
        raise RuntimeError("the store is down")

    def deliver(receives: int) -> None:
        out = worker_module.lambda_handler({"Records": [job_record("acme", request.request_id, receives=receives)]},
                                           FakeContext())  # fmt: skip
        assert out == {"batchItemFailures": []}

    monkeypatch.setattr(data_map, "erase_each", crash)
    for receives in (1, 2, 3):
        with pytest.raises(BatchProcessingError):
            deliver(receives)
        seen = erasure_root.erasure_desk().get("acme", request.request_id, asked_by="officer-1", officer=True)
        assert seen.shredded_at is not None
        assert seen.status == ("failed" if receives == 3 else "in_progress")
    assert seen.reason == worker_module.FAILED_REASON
    monkeypatch.setattr(data_map, "erase_each", real_erase)
    deliver(4)  # an operator redrives the parked message
    done = erasure_root.erasure_desk().get("acme", request.request_id, asked_by="officer-1", officer=True)
    assert done.status == "completed" and done.reason is None and done.certificate is not None


def test_only_an_officer_or_the_subject_sees_a_request(planted: Stack) -> None:
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    desk = erasure_root.erasure_desk()
    assert desk.get("acme", request.request_id, asked_by=SUBJECT, officer=False).request_id == request.request_id
    with pytest.raises(Exception, match="no such erasure request"):
        desk.get("acme", request.request_id, asked_by="someone-else", officer=False)
    with pytest.raises(Exception, match="no such erasure request"):
        desk.get("globex", request.request_id, asked_by="officer-1", officer=True)


def test_a_key_shredded_by_one_instance_stops_working_in_another_within_the_bound(stack: Stack) -> None:
    def instance(ttl: float) -> SubjectKeyring:
        return SubjectKeyring(
            KmsDataKeys(client("kms"), stack.attr("DataKey", "Arn")),
            SubjectKeyTable(client("dynamodb"), stack.ref("SubjectKeyTable")),
            cache_ttl_seconds=ttl,
        )

    warm, worker = instance(0.5), instance(0.5)
    sealed = warm.encrypt("acme", SUBJECT, "r-1", b"value")
    assert warm.decrypt("acme", SUBJECT, "r-1", sealed) == b"value"  # cached in the warm instance
    assert worker.shred("acme", SUBJECT)
    started = time.monotonic()
    while time.monotonic() - started < 5:
        try:
            warm.decrypt("acme", SUBJECT, "r-1", sealed)
        except KeyShredded:
            break
        time.sleep(0.05)
    stopped_after = time.monotonic() - started
    assert stopped_after <= warm.cache_ttl_seconds + 0.2


def test_a_restored_key_table_is_shredded_again_from_the_tombstones(planted: Stack) -> None:
    """A restore of the key table from before the erasure brings the wrapped key back; the tombstone
    (kept in the Object-Lock bucket, which the restore does not touch) lets reapply-erasures remove it."""
    ddb, table = client("dynamodb"), planted.ref("SubjectKeyTable")
    backup = ddb.scan(TableName=table)["Items"]  # the table as a backup holds it
    keyring = shared_root.keyring()
    sealed = keyring.encrypt("acme", SUBJECT, "r-9", b"kept in an export")
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    erasure_root.erasure_worker().run("acme", request.request_id)
    for item in ddb.scan(TableName=table)["Items"] + backup:  # restore: the old copy replaces the table
        ddb.put_item(TableName=table, Item=item)
    keyring.forget_cached()
    assert keyring.decrypt("acme", SUBJECT, "r-9", sealed) == b"kept in an export"  # the restore undid it

    from privacykit.cli.admin import main as privacy_admin

    assert privacy_admin(["reapply-erasures"]) == 0
    keyring.forget_cached()
    with pytest.raises(KeyShredded):
        keyring.decrypt("acme", SUBJECT, "r-9", sealed)
    assert privacy_admin(["reapply-erasures"]) == 0  # again: nothing left to do, nothing else touched
    assert keyring.key_id("acme", "other-1") is not None


def test_a_certificate_verifies_offline_with_the_served_public_key(planted: Stack, tmp_path: Any, capsys: Any) -> None:
    from privacy_helpers import FakeContext, event, load_handler
    from privacykit.cli.audit import main as privacy_audit

    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    signed = erasure_root.erasure_worker().run("acme", request.request_id).certificate
    api_event = event("consent-history")
    api_event["rawPath"] = api_event["requestContext"]["http"]["path"] = "/v1/signing-keys"
    api_event["routeKey"] = "GET /v1/signing-keys"
    api_event.pop("pathParameters")
    response = load_handler("keys").lambda_handler(api_event, FakeContext())
    keys = {k["kind"]: k for k in json.loads(response["body"])["keys"]}
    assert set(keys) == {kind.value for kind in SignatureKind}
    pem = tmp_path / "erasure.pem"
    pem.write_text(keys["erasure_certificate"]["public_key_pem"])
    good = tmp_path / "certificate.json"
    good.write_text(json.dumps(signed))
    capsys.readouterr()
    assert privacy_audit(["verify-certificate", str(good), "--public-key", str(pem)]) == 0
    assert json.loads(capsys.readouterr().out)["request_id"] == request.request_id
    forged = dict(signed or {}, certificate={**(signed or {})["certificate"], "erased": {"classified_records": 0}})
    bad = tmp_path / "forged.json"
    bad.write_text(json.dumps(forged))
    assert privacy_audit(["verify-certificate", str(bad), "--public-key", str(pem)]) == 1
    assert "does not match" in capsys.readouterr().out
    other = tmp_path / "receipt.pem"  # a key of another kind does not verify it either
    other.write_text(keys["consent_receipt"]["public_key_pem"])
    assert privacy_audit(["verify-certificate", str(good), "--public-key", str(other)]) == 1


@pytest.fixture
def audited(planted: Stack, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, dict[str, Any]]]:
    """(type, outcome, details) of every audit event written from here on, as the writer commits them."""
    seen: list[tuple[str, str, dict[str, Any]]] = []
    writer = type(shared_root.audit_writer())
    real = writer.record

    def record(self: Any, tenant: str, *records: Any, **kwargs: Any) -> Any:
        done = real(self, tenant, *records, **kwargs)
        seen.extend((r.type, r.outcome, dict(r.details or {})) for r in records)
        return done

    monkeypatch.setattr(writer, "record", record)
    return seen


def test_a_legal_hold_over_all_blocks_erasure_until_it_is_released(
    planted: Stack, audited: list[tuple[str, str, dict[str, Any]]]
) -> None:
    holds = erasure_root.legal_holds()
    hold = holds.place(
        "acme", SUBJECT, scope=["all"], basis="litigation", reason="case 2026-17", until=None, actor="officer-1"
    )
    holds.place(  # a partial hold alone would not refuse; it is not named
        "acme", SUBJECT, scope=["contact_addresses"], basis="litigation", reason="r", until=None, actor="officer-1"
    )
    with pytest.raises(Conflict) as refused:
        erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    assert refused.value.details == [{"hold_id": hold.hold_id, "scope": ["all"], "basis": "litigation", "until": None}]
    assert audited[-1] == ("erasure.refused", "denied", {"reason": "legal_hold", "holds": hold.hold_id})
    assert "case 2026-17" not in json.dumps(
        client("dynamodb").scan(TableName=planted.ref("LegalHoldTable"))["Items"], default=str
    )
    holds.release("acme", hold.hold_id, actor="officer-1")
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    assert request.status == "received"


def test_a_hold_placed_after_the_request_stops_the_worker_before_the_shred(
    planted: Stack, audited: list[tuple[str, str, dict[str, Any]]]
) -> None:
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    erasure_root.legal_holds().place(
        "acme", SUBJECT, scope=["all"], basis="regulator_inquiry", reason="inquiry", until=None, actor="officer-1"
    )
    done = erasure_root.erasure_worker().run("acme", request.request_id)
    assert done.status == "failed" and "legal hold" in (done.reason or "")
    assert shared_root.keyring().key_id("acme", SUBJECT) is not None  # nothing was shredded
    assert audited[-1] == (
        "erasure.failed",
        "failure",
        {"request_id": request.request_id, "reason": "legal_hold", "shredded": False},
    )
    stored = erasure_root.erasure_requests().get("acme", request.request_id)
    assert stored is not None and stored.status == "failed"


def test_a_hold_names_kinds_of_subject_data_or_all(planted: Stack) -> None:
    with pytest.raises(Unprocessable):
        erasure_root.legal_holds().place(
            "acme", SUBJECT, scope=["everything"], basis="litigation", reason="r", until=None, actor="officer-1"
        )


def _raw_dump(stack: Stack) -> str:
    """Every item of every table and every object version of every bucket, as stored."""
    dumped = []
    ddb, s3 = client("dynamodb"), client("s3")
    for name in ddb.list_tables()["TableNames"]:
        dumped.append(json.dumps(ddb.scan(TableName=name)["Items"], default=str))
    for bucket in s3.list_buckets()["Buckets"]:
        for version in s3.list_object_versions(Bucket=bucket["Name"]).get("Versions", []):
            body = s3.get_object(Bucket=bucket["Name"], Key=version["Key"], VersionId=version["VersionId"])["Body"]
            dumped.append(version["Key"] + body.read().decode("latin-1"))
    return "\n".join(dumped)


def test_a_partial_hold_keeps_its_kinds_for_its_purpose_only_and_erases_them_when_released(planted: Stack) -> None:
    holds = erasure_root.legal_holds()
    hold = holds.place(
        "acme", SUBJECT, scope=["classified_records", "uploaded_objects"], basis="litigation",
        reason="case 2026-17", until=None, actor="officer-1",
    )  # fmt: skip
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)  # not refused
    done = erasure_root.erasure_worker().run("acme", request.request_id)
    assert done.status == "completed"
    body = (done.certificate or {})["certificate"]
    assert body["erased"] == {
        "contact_addresses": 1, "breach_affected_entries": 1, "consent_events": 0, "access_requests": 0,
        "subject_exports": 0,
    }  # fmt: skip
    (kept,) = body["kept"]["legal_holds"]
    assert (kept["hold_id"], kept["basis"], kept["until"]) == (hold.hold_id, "litigation", None)
    assert kept["items"] == {"classified_records": 1, "uploaded_objects": 2}
    assert kept["sealed_under_key_id"] and kept["sealed_under_key_id"] != body["key_id"]
    # The subject key is gone and the stores hold nothing of the subject, held kinds included: the kept
    # items live on only in the hold's copy (which the map lists for a later access request).
    assert shared_root.keyring().key_id("acme", SUBJECT) is None
    counts = subject_data_root.subject_data_map().counts("acme", SUBJECT)
    assert counts == {**dict.fromkeys(counts, 0), "consent_events": 1, "legal_hold_copies": 3}
    assert NOTE not in _raw_dump(planted) and EMAIL not in _raw_dump(planted)

    # Readable for the hold's purpose, and only for it.
    items, truncated = holds.kept("acme", hold.hold_id, purpose="litigation", actor="officer-1")
    assert not truncated
    assert sorted(i.kind for i in items) == ["classified_records", "uploaded_objects", "uploaded_objects"]
    record = next(i for i in items if i.kind == "classified_records")
    assert record.data["text"] == NOTE
    assert sorted(i.content for i in items if i.content is not None) == [b"first scan", b"second scan"]
    with pytest.raises(Forbidden):
        holds.kept("acme", hold.hold_id, purpose="marketing", actor="officer-1")
    assert erasure_root.erasure_worker().run("acme", request.request_id).certificate == done.certificate

    # Released: the hold key is shredded (tombstoned) and every copy deleted.
    released = holds.release("acme", hold.hold_id, actor="officer-1")
    assert released.ended_at is not None
    assert shared_root.keyring().key_id("acme", hold_key_subject(hold.hold_id)) is None
    assert not client("s3").list_object_versions(Bucket=planted.ref("ExportBucket"), Prefix="held/").get("Versions")
    assert any(t.key_id == kept["sealed_under_key_id"] for t in erasure_root.key_tombstones().all())
    assert subject_data_root.subject_data_map().counts("acme", SUBJECT)["legal_hold_copies"] == 0
    with pytest.raises(NotFound):
        holds.kept("acme", hold.hold_id, purpose="litigation", actor="officer-1")


def test_what_an_expired_hold_kept_is_erased_when_it_is_next_read_or_swept(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)
    holds = erasure_root.legal_holds()
    hold = holds.place(
        "acme", SUBJECT, scope=["contact_addresses"], basis="legal_claims", reason="r",
        until=now + timedelta(days=30), actor="officer-1",
    )  # fmt: skip
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    done = erasure_root.erasure_worker().run("acme", request.request_id)
    (kept,) = (done.certificate or {})["certificate"]["kept"]["legal_holds"]
    assert kept["items"] == {"contact_addresses": 1} and kept["until"] == hold.until.isoformat()  # type: ignore[union-attr]
    items, _ = holds.kept("acme", hold.hold_id, purpose="legal_claims", actor="officer-1")
    assert next(i.data for i in items)["email"] == EMAIL

    later = now + timedelta(days=31)
    monkeypatch.setattr(holds, "_clock", lambda: later)
    assert holds.end_expired(erasure_root.legal_hold_table().listed("acme")) == 1
    assert holds.end_expired(erasure_root.legal_hold_table().listed("acme")) == 0  # once
    assert shared_root.keyring().key_id("acme", hold_key_subject(hold.hold_id)) is None
    with pytest.raises(NotFound):
        holds.kept("acme", hold.hold_id, purpose="legal_claims", actor="officer-1")
    assert EMAIL not in _raw_dump(planted)


def test_the_hourly_schedule_ends_expired_holds_of_every_tenant_once(planted: Stack, function_env: Any) -> None:
    now = datetime.now(UTC)
    holds = erasure_root.legal_holds()
    expiring = holds.place(
        "acme", SUBJECT, scope=["contact_addresses"], basis="legal_claims", reason="r",
        until=now + timedelta(days=30), actor="officer-1",
    )  # fmt: skip
    lasting = holds.place(
        "globex", "cust-9", scope=["all"], basis="litigation", reason="r", until=now + timedelta(days=90),
        actor="officer-2",
    )  # fmt: skip
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    erasure_root.erasure_worker().run("acme", request.request_id)
    assert holds.kept("acme", expiring.hold_id, purpose="legal_claims", actor="officer-1")[0]
    seal(planted)  # both tenants now have a trail, as after a minute deployed

    later = FakeClock(now + timedelta(days=31))
    function_env("LegalHoldExpiryFunction")  # exactly the function's environment (and its grants' resources)
    shared_root.clock.override(later)
    handler = load_handler("erasure", "hold_expiry").lambda_handler
    assert handler(event("legal-hold-expiry-schedule"), FakeContext()) == {"tenants": 2, "ended": 1}
    assert handler(event("legal-hold-expiry-schedule"), FakeContext()) == {"tenants": 2, "ended": 0}  # once

    table = erasure_root.legal_hold_table()
    assert table.get("acme", expiring.hold_id).ended_at == later.now  # type: ignore[union-attr]
    assert table.get("globex", lasting.hold_id).ended_at is None  # type: ignore[union-attr]
    assert shared_root.keyring().key_id("acme", hold_key_subject(expiring.hold_id)) is None
    assert not client("s3").list_object_versions(Bucket=planted.ref("ExportBucket"), Prefix="held/").get("Versions")
    assert EMAIL not in _raw_dump(planted)
    pending = str(client("dynamodb").scan(TableName=planted.ref("AuditOutboxTable"))["Items"])
    assert pending.count("legal_hold.ended") == 1  # the end and its event landed together, once


def test_officers_list_erasure_requests_by_status_and_due_date(planted: Stack) -> None:
    desk = erasure_root.erasure_desk()
    first, _ = desk.request("acme", SUBJECT, actor=SUBJECT)
    second, _ = desk.request("acme", "other-1", actor="officer-1")
    assert first.due_at is not None and first.due_at > first.received_at
    erasure_root.erasure_worker().run("acme", second.request_id)
    listed = desk.listed("acme").items
    assert [r.request_id for r in listed] == [first.request_id, second.request_id]
    assert [r.request_id for r in desk.listed("acme", status="completed").items] == [second.request_id]
    assert desk.listed("acme", due_before=first.received_at).items == ()
    assert desk.listed("globex").items == ()


def test_a_subject_who_returns_after_erasure_can_consent_again(planted: Stack) -> None:
    """The events before the erasure stay as proof with their details shredded and grant nothing; a grant
    after it, even one made while this process still caches the shredded key, is sealed under a new key
    and is in force."""
    from privacykit.domain.consent.model import GrantCommand
    from privacykit.roots import consent as consent_root

    consents, lookup = consent_root.consent_service(), consent_root.consent_lookup()
    assert lookup.has_consent("acme", SUBJECT, "analytics")  # planted before the erasure
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    erasure_root.erasure_worker().run("acme", request.request_id)
    assert not lookup.has_consent("acme", SUBJECT, "analytics")
    with pytest.raises(KeyShredded):  # nothing readable since: the consent reads answer 410, as before
        consents.current("acme", SUBJECT)

    consents.grant("acme", SUBJECT, GrantCommand("marketing", "consent", "v2", "web"), actor=SUBJECT)
    shared_root.keyring().forget_cached()
    assert [e.purpose for e in consents.current("acme", SUBJECT)] == ["marketing"]
    assert [e.purpose for e in consents.history("acme", SUBJECT)] == ["marketing"]
    assert lookup.has_consent("acme", SUBJECT, "marketing")
    assert not lookup.has_consent("acme", SUBJECT, "analytics")


def test_a_request_that_cannot_be_queued_is_failed_with_its_audit_event(
    planted: Stack, audited: list[tuple[str, str, dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacykit.adapters.queues import TenantJobQueue
    from privacykit.errors import DependencyFailure

    def unavailable(*_: Any) -> None:
        raise DependencyFailure("queue.send: SQS did not accept the message")

    monkeypatch.setattr(TenantJobQueue, "send", unavailable)
    with pytest.raises(DependencyFailure):
        erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    (requested, failed) = audited[-2:]
    assert requested[0] == "erasure.requested"
    request_id = requested[2]["request_id"]
    details = {"request_id": request_id, "reason": "not_queued", "shredded": False}
    assert failed == ("erasure.failed", "failure", details)
    stored = erasure_root.erasure_requests().get("acme", request_id)
    assert stored is not None and stored.status == "failed"


def test_a_worker_killed_after_its_deletes_certifies_them_on_the_retry(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    worker = erasure_root.erasure_worker()
    real = type(worker)._certificate
    calls = []

    def killed_once(self: Any, *args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the invocation timed out")
        return real(self, *args)

    monkeypatch.setattr(type(worker), "_certificate", killed_once)
    with pytest.raises(RuntimeError):
        worker.run("acme", request.request_id)
    done = worker.run("acme", request.request_id)  # the message is delivered again
    erased = (done.certificate or {})["certificate"]["erased"]
    assert (erased["classified_records"], erased["uploaded_objects"], erased["contact_addresses"]) == (1, 2, 1)


def test_a_request_that_missed_the_open_one_in_the_index_is_answered_with_it(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The index behind open_for is eventually consistent: a second request right after the first may not
    # see it there. It must still get the first one back, not open a second erasure of the subject.
    first, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    monkeypatch.setattr(ErasureRequestTable, "open_for", lambda *args: None)
    second, nonce = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    assert (second.request_id, nonce) == (first.request_id, None)


def test_of_two_concurrent_requests_of_a_subject_one_is_taken(
    audited: list[tuple[str, str, dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both read "nothing open" before either wrote: the second one's write loses on the subject's claim,
    # and it is answered with the first request, with no audit event of its own.
    table = ErasureRequestTable
    real_claimed_by = table.claimed_by
    desk = erasure_root.erasure_desk()
    first: list[Any] = []

    def raced(self: Any, tenant: str, pseudonym: str) -> str | None:
        if first:
            return real_claimed_by(self, tenant, pseudonym)
        # The other request lands between this read and this request's write.
        monkeypatch.setattr(table, "claimed_by", real_claimed_by)
        first.append(erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)[0])
        monkeypatch.setattr(table, "claimed_by", raced)
        return None

    monkeypatch.setattr(table, "claimed_by", raced)
    monkeypatch.setattr(table, "open_for", lambda *args: None)
    second, nonce = desk.request("acme", SUBJECT, actor=SUBJECT)
    assert (second.request_id, nonce) == (first[0].request_id, None)
    assert [a[0] for a in audited] == ["erasure.requested"]


def test_a_duplicate_delivery_never_overwrites_a_completed_request(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    slow, fast = erasure_root.erasure_worker(), erasure_root.erasure_worker()
    data_map = subject_data_root.subject_data_map()
    real_erase = data_map.erase_each
    finished: list[Any] = []

    def overtaken(tenant: str, subject: str) -> Any:
        # While this delivery deletes, a duplicate delivery of the same message runs to the end.
        monkeypatch.setattr(data_map, "erase_each", real_erase)
        finished.append(fast.run("acme", request.request_id))
        return real_erase(tenant, subject)

    monkeypatch.setattr(data_map, "erase_each", overtaken)
    with pytest.raises(Conflict):
        slow.run("acme", request.request_id)
    stored = erasure_root.erasure_requests().get("acme", request.request_id)
    assert stored is not None and stored.status == "completed"
    assert stored.certificate == finished[0].certificate
    assert slow.run("acme", request.request_id).certificate == finished[0].certificate  # the retry reads it


def _place_hold(scope: str = "all") -> Any:
    return erasure_root.legal_holds().place(
        "acme", SUBJECT, scope=[scope], basis="litigation", reason="r", until=None, actor="officer-1"
    )


def test_a_hold_placed_while_the_worker_checks_the_holds_is_refused_not_lost(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Between the worker's check of the holds and the shred, a hold that landed would be shredded with the
    # rest: it is refused instead (409), and once the erasure completed holds land again.
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    real = LegalHoldTable.for_subject
    refused: list[Conflict] = []

    def placed_meanwhile(self: Any, tenant: str, pseudonym: str) -> Any:
        found = real(self, tenant, pseudonym)
        with pytest.raises(Conflict) as caught:
            _place_hold()
        refused.append(caught.value)
        return found

    monkeypatch.setattr(LegalHoldTable, "for_subject", placed_meanwhile)
    done = erasure_root.erasure_worker().run("acme", request.request_id)
    assert done.status == "completed" and len(refused) == 1
    assert "under way" in refused[0].message and SUBJECT not in refused[0].message
    monkeypatch.setattr(LegalHoldTable, "for_subject", real)
    assert _place_hold().subject_pseudonym  # the claim no longer says shredding


def test_a_hold_the_index_does_not_show_yet_still_stops_the_worker(
    planted: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    request, _ = erasure_root.erasure_desk().request("acme", SUBJECT, actor=SUBJECT)
    hold = _place_hold()
    monkeypatch.setattr(LegalHoldTable, "for_subject", lambda *args: [])  # the index lags behind the new hold
    done = erasure_root.erasure_worker().run("acme", request.request_id)
    assert done.status == "failed" and "legal hold" in (done.reason or "")
    assert shared_root.keyring().key_id("acme", SUBJECT) is not None  # nothing was shredded
    assert hold.hold_id
