"""The retention sweep on moto (issue 12): records are stamped with their expiry when classified, the
sweep reads only what expired through the sharded expiry index, deletes (the upload's every version too)
or anonymises as the rule says, skips what a legal hold keeps, audits each action with its change,
summarises the run, never starts a second run while one is going, parks an item that keeps failing, and
a run interrupted at any point ends, rerun, in the same state."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aws_lambda_powertools.utilities.batch.exceptions import BatchProcessingError

from fakes import FakeClock
from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, job_record, load_handler, put_upload, sqs_record, with_claims
from privacykit import roots
from privacykit.adapters.aws import client, from_item, scan_all
from privacykit.adapters.records import EXPIRY_INDEX, expiry_shard
from privacykit.domain.common.entity_types import EntityType, Level
from privacykit.domain.common.retention import RetentionPolicies, load_policies, parse_rules
from privacykit.domain.retention.model import task_id
from privacykit.errors import DependencyFailure
from privacykit.roots import audit as audit_root
from privacykit.roots import classify as classify_root
from privacykit.roots import erasure as erasure_root
from privacykit.roots import retention as retention_root
from privacykit.roots import shared as shared_root


class Died(BaseException):
    """The Lambda process ending mid-task (a timeout, an out-of-memory kill)."""


CATEGORIES = [t.value for t in EntityType]
T0 = datetime(2020, 1, 15, 9, 30, tzinfo=UTC)


@pytest.fixture
def clock(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    monkeypatch.setenv("UPLOAD_BUCKET", stack.ref("UploadBucket"))
    fake = FakeClock(T0)
    shared_root.clock.override(fake)
    return fake


def _records(stack: Stack) -> dict[str, dict[str, Any]]:
    return {i["record_id"]: i for i in scan_all(client("dynamodb"), "t", TableName=stack.ref("RecordsTable"))}


def _outbox_types(stack: Stack) -> list[str]:
    items = scan_all(client("dynamodb"), "t", TableName=stack.ref("AuditOutboxTable"))
    return [str(i.get("type") or json.loads(i.get("event", "{}")).get("type", "")) for i in items]


def _drain(stack: Stack, time_left: Any = lambda: 900.0) -> int:
    """Run every queued sweep task (as the worker would), until the queue is empty; how many ran."""
    sqs, url = client("sqs"), stack.ref("RetentionQueue")
    ran = 0
    while True:
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        if not messages:
            return ran
        for message in messages:
            job = json.loads(message["Body"])
            retention_root.retention_sweeper().run_task(job["tenant"], job["job_id"], time_left=time_left)
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
            ran += 1


def _classify(text: str, subject: str, purpose: str | None = None) -> str:
    answer = classify_root.classification_service().classify_text(
        "acme", text, actor="u-1", subject_id=subject, purpose=purpose
    )
    return str(answer["record_id"])


# -- policies ---------------------------------------------------------------------------------------
def test_the_most_specific_rule_wins_and_the_longest_period_among_equals() -> None:
    rules = parse_rules(
        "\n".join(
            json.dumps(r)
            for r in [
                {"id": "lvl", "tenant": "*", "level": "RESTRICTED", "period": "P1Y", "action": "delete",
                 "basis": "b", "citation": "c"},
                {"id": "dx", "tenant": "*", "level": "RESTRICTED", "category": "DIAGNOSIS", "period": "P2Y",
                 "action": "delete", "basis": "b", "citation": "c"},
                {"id": "med", "tenant": "*", "level": "RESTRICTED", "category": "MEDICATION", "period": "P7Y",
                 "action": "anonymise", "basis": "b", "citation": "c"},
            ]
        ),
        "test",
        known_categories=CATEGORIES,
    )  # fmt: skip
    policy = RetentionPolicies.of(rules).for_tenant("acme")
    assert policy.decide(Level.RESTRICTED, ["US_SSN"], None, T0).rule.id == "lvl"  # type: ignore[union-attr]
    assert policy.decide(Level.RESTRICTED, ["DIAGNOSIS"], None, T0).rule.id == "dx"  # type: ignore[union-attr]
    both = policy.decide(Level.RESTRICTED, ["DIAGNOSIS", "MEDICATION"], None, T0)
    assert both is not None and both.rule.id == "med" and both.expires_at == T0.replace(year=2027)
    assert policy.decide(Level.PUBLIC, [], None, T0) is None


def test_the_defaults_follow_the_documented_periods() -> None:
    policy = load_policies("", known_categories=CATEGORIES).policies.for_tenant("acme")
    assert policy.decide(Level.RESTRICTED, ["DIAGNOSIS"], None, T0).expires_at == T0.replace(year=2026)  # type: ignore[union-attr]
    assert policy.decide(Level.CONFIDENTIAL, ["EMAIL"], None, T0).expires_at == T0.replace(year=2025)  # type: ignore[union-attr]
    internal = policy.decide(Level.INTERNAL, [], None, T0)
    assert internal is not None and internal.action == "anonymise" and internal.expires_at == T0.replace(year=2023)
    leap = policy.decide(Level.RESTRICTED, [], None, datetime(2024, 2, 29, tzinfo=UTC))
    assert leap is not None and leap.expires_at == datetime(2030, 2, 28, tzinfo=UTC)
    assert all(r.citation and r.basis for r in policy.rules)


def test_a_bad_override_is_refused_naming_its_line_and_the_previous_policy_stays() -> None:
    good = load_policies(
        '[{"id": "notes", "tenant": "acme", "level": "INTERNAL", "period": "P1Y", "action": "delete",'
        ' "basis": "storage_limitation", "citation": "GDPR Art. 5(1)(e)"}]',
        known_categories=CATEGORIES,
    )
    assert good.rejected is None and [r.id for r in good.policies.for_tenant("acme").rules] == ["notes"]
    assert len(good.policies.for_tenant("globex").rules) > 1  # everyone else keeps the defaults
    secret = "Jane Roe 078-05-1120"
    bad = load_policies(
        "# comment\n"
        '{"id": "a", "tenant": "acme", "period": "P1Y", "action": "delete", "basis": "b", "citation": "c"}\n'
        f'{{"id": "b", "tenant": "acme", "period": "P1Y", "action": "shred", "basis": "{secret}", "citation": "c"}}\n',
        known_categories=CATEGORIES,
        previous=good,
    )
    assert bad.rejected is not None and "line 3" in bad.rejected and "action" in bad.rejected
    assert secret not in bad.rejected
    assert bad.policies == good.policies  # the previous policy stays in force


# -- the sweep ----------------------------------------------------------------------------------------
def test_a_classified_record_carries_its_expiry_in_the_sharded_index(clock: FakeClock, stack: Stack) -> None:
    record_id = _classify("Patient has diabetes, takes metformin.", "pat-1")
    record = shared_root.record_table().get("acme", record_id)
    assert record is not None and record.level == Level.RESTRICTED
    assert record.expires_at == T0.replace(year=2026) and record.retention_action == "delete"
    stored = _records(stack)[record_id]
    assert stored["expiry_shard"].startswith("acme#") and stored["expires_at"] == "2026-01-15T09:30:00Z"
    assert stored["expires_ttl"] > int(record.expires_at.timestamp())  # TTL only as a late backstop


def test_the_sweep_reads_only_what_expired_and_deletes_anonymises_and_audits(clock: FakeClock, stack: Stack) -> None:
    s3, bucket = client("s3"), stack.ref("UploadBucket")
    old_health = _classify("Patient has diabetes.", "pat-1")
    old_internal = _classify("Meeting notes for the project kickoff, Jane Smith attended.", "pat-2")
    key, _ = put_upload(bucket, "acme", "pat-1", "scan.txt", b"first draft", b"Patient has diabetes, takes metformin.")
    upload = classify_root.classification_service().classify_upload(bucket, key)
    clock.advance(days=365 * 5)
    fresh = _classify("Patient has asthma.", "pat-3")
    clock.now = datetime(2026, 6, 1, tzinfo=UTC)
    internal = shared_root.record_table().get("acme", old_internal)
    assert internal is not None

    run, started = retention_root.retention_sweeper().start("acme", dry_run=False, actor="officer-1")
    assert started
    _drain(stack)
    done = retention_root.retention_sweeper().get("acme", run.run_id)
    assert done.status == "completed"
    summary = done.view()["summary"]
    assert internal.retention_action == "anonymise"
    expected_actions = {"delete": 2, "anonymise": 1}
    assert summary["by_action"] == expected_actions
    assert summary["items_read"] == sum(expected_actions.values())  # only the expired were read

    records = _records(stack)
    assert old_health not in records and upload.record_id not in records and fresh in records
    versions = s3.list_object_versions(Bucket=bucket, Prefix=key).get("Versions", [])
    assert versions == []  # every version of the record's upload
    kept = records[old_internal]
    assert kept["status"] == "anonymised" and kept["created_at"] == "2020-01-01T00:00:00+00:00"
    read = shared_root.record_table().get("acme", old_internal)  # still reads, for reports and access
    assert read is not None and read.subject_id is None and read.level == internal.level
    assert not {"subject_id", "subject_key", "sealed_ids", "sealed_text", "expiry_shard"} & set(kept)
    assert json.loads(kept["finding_counts"])
    types = _outbox_types(stack)
    assert types.count("retention.deleted") == 2 and "retention.sweep_completed" in types


def test_a_record_whose_subject_id_no_longer_opens_is_swept_and_a_clear_one_still_is(
    clock: FakeClock, stack: Stack
) -> None:
    """The expiry index holds the subject only as its pseudonym and sealed ids: once the subject key is
    shredded they do not open and the record still goes. A record written before the ids were sealed
    (``subject_id``/``object_ref`` in clear, no longer projected) has them read from the table."""
    s3, bucket = client("s3"), stack.ref("UploadBucket")
    shredded = _classify("Patient has diabetes.", "pat-1")
    key, _ = put_upload(bucket, "acme", "pat-2", "scan.txt", b"Patient has diabetes.")
    legacy = classify_root.classification_service().classify_upload(bucket, key)
    ddb, table = client("dynamodb"), stack.ref("RecordsTable")
    ddb.update_item(
        TableName=table, Key={"tenant": {"S": "acme"}, "record_id": {"S": legacy.record_id}},
        UpdateExpression="SET subject_id = :s, object_ref = :o REMOVE sealed_ids",
        ExpressionAttributeValues={":s": {"S": "pat-2"}, ":o": {"S": key}},
    )  # fmt: skip
    shared_root.keyring().shred("acme", "pat-1")
    clock.advance(days=365 * 7)
    run, _ = retention_root.retention_sweeper().start("acme", dry_run=False, actor="officer-1")
    _drain(stack)
    done = retention_root.retention_sweeper().get("acme", run.run_id)
    assert done.status == "completed" and done.view()["summary"]["by_action"] == {"delete": 2}
    assert not {shredded, legacy.record_id} & set(_records(stack))
    assert s3.list_object_versions(Bucket=bucket, Prefix=key).get("Versions", []) == []


def test_a_dry_run_reports_what_would_go_and_touches_nothing(clock: FakeClock, stack: Stack) -> None:
    _classify("Patient has diabetes.", "pat-1")
    clock.advance(days=365 * 7)
    before = _records(stack)
    run, _ = retention_root.retention_sweeper().start("acme", dry_run=True, actor="officer-1")
    _drain(stack)
    done = retention_root.retention_sweeper().get("acme", run.run_id)
    assert done.status == "completed" and done.view()["summary"]["by_action"] == {"delete": 1}
    assert _records(stack) == before


def test_records_under_a_legal_hold_are_skipped_and_reported(clock: FakeClock, stack: Stack) -> None:
    held = _classify("Patient has diabetes.", "pat-1")
    gone = _classify("Patient has asthma.", "pat-2")
    clock.advance(days=365 * 7)
    hold = erasure_root.legal_holds().place(
        "acme", "pat-1", scope=["classified_records"], basis="litigation", reason="case 12", until=None,
        actor="officer-1",
    )  # fmt: skip
    run, _ = retention_root.retention_sweeper().start("acme", dry_run=False)
    _drain(stack)
    summary = retention_root.retention_sweeper().get("acme", run.run_id).view()["summary"]
    assert summary["skipped"]["held"] == 1 and summary["by_action"] == {"delete": 1}
    records = _records(stack)
    assert held in records and gone not in records
    assert "expires_ttl" not in records[held]  # TTL will not remove what the hold keeps
    assert summary["held_by"] == {hold.hold_id: 1}  # the hold is named, the subject is not


def test_a_run_still_going_is_answered_and_no_second_one_starts(clock: FakeClock, stack: Stack) -> None:
    first, started = retention_root.retention_sweeper().start("acme", dry_run=False)
    again, started_again = retention_root.retention_sweeper().start("acme", dry_run=False)
    assert started and not started_again and again.run_id == first.run_id
    _drain(stack)
    third, started_third = retention_root.retention_sweeper().start("acme", dry_run=False)
    assert started_third and third.run_id != first.run_id


def test_a_failing_item_is_retried_then_parked_and_the_rest_goes_on(
    clock: FakeClock, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    bucket = stack.ref("UploadBucket")
    key, _ = put_upload(bucket, "acme", "pat-1", "scan.txt", b"Patient has diabetes.")
    bad = classify_root.classification_service().classify_upload(bucket, key)
    good = _classify("Patient has asthma.", "pat-2")
    clock.advance(days=365 * 7)
    attempts = []

    class Broken:
        def erase_object(self, *args: Any) -> int:
            attempts.append(args)
            raise DependencyFailure("uploads.erase failed (InternalError)")

    sweeper = retention_root.retention_sweeper()
    monkeypatch.setattr(sweeper, "_uploads", Broken())
    run, _ = sweeper.start("acme", dry_run=False)
    _drain(stack)
    summary = sweeper.get("acme", run.run_id).view()
    assert summary["status"] == "completed" and summary["summary"]["failed"] == 1
    assert len(attempts) == 3
    records = _records(stack)
    assert bad.record_id in records and good not in records
    parked = client("sqs").receive_message(QueueUrl=stack.ref("RetentionDeadLetterQueue"))["Messages"]
    body = json.loads(parked[0]["Body"])
    assert body["record_id"] == bad.record_id and "DependencyFailure" in body["reason"]


def test_a_task_failing_every_receive_ends_the_run_as_failed_and_the_next_run_sweeps_what_it_left(
    clock: FakeClock, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The run stayed "running" (and its lock held for 23 hours) when a task's message was parked.
    ids = [_classify("Patient has diabetes.", f"pat-{n}") for n in range(20)]
    clock.advance(days=365 * 7)
    sweeper = retention_root.retention_sweeper()
    real_expired = sweeper._records.expired
    # The shard of the first record breaks (records fall in shards by a hash of their random ids).
    broken = int(expiry_shard("acme", ids[0]).rsplit("#", 1)[1])

    def broken_shard(tenant: str, shard: int, *args: Any) -> Any:
        if shard == broken:
            raise DependencyFailure("records.expired failed (InternalError)")
        return real_expired(tenant, shard, *args)

    monkeypatch.setattr(sweeper._records, "expired", broken_shard)
    worker = load_handler("retention", "worker")
    run, _ = sweeper.start("acme", dry_run=False)
    sqs, url = client("sqs"), stack.ref("RetentionQueue")
    while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
        for message in messages:
            job = json.loads(message["Body"])
            for receives in (1, 2, 3):  # SQS delivers again until the queue's maxReceiveCount
                try:
                    worker.lambda_handler({"Records": [job_record("acme", job["job_id"], receives=receives)]},
                                          FakeContext())  # fmt: skip
                    break
                except BatchProcessingError:
                    assert job["job_id"].endswith(f".{broken:02d}")
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    ended = sweeper.get("acme", run.run_id)
    assert ended.status == "failed" and ended.view()["summary"]["failed_tasks"] == 1
    assert ended.completed_at is not None and "retention.sweep_completed" in _outbox_types(stack)
    left = set(ids) & set(_records(stack))
    assert ids[0] in left and len(left) < len(ids)  # the broken shard's records only

    monkeypatch.setattr(sweeper._records, "expired", real_expired)
    again, started = sweeper.start("acme", dry_run=False)
    assert started and again.run_id != run.run_id  # the lock went with the failed run
    _drain(stack)
    assert sweeper.get("acme", again.run_id).status == "completed"
    assert not set(ids) & set(_records(stack))


def test_a_task_near_the_time_limit_continues_through_the_queue(
    clock: FakeClock, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [_classify("Patient has diabetes.", f"pat-{n}") for n in range(12)]
    clock.advance(days=365 * 7)
    sweeper = retention_root.retention_sweeper()
    monkeypatch.setattr(sweeper, "_page_size", 1)
    run, _ = sweeper.start("acme", dry_run=False)
    ran = _drain(stack, time_left=lambda: 1.0)  # always near the limit: one page per invocation
    assert ran > 16
    done = sweeper.get("acme", run.run_id)
    assert done.status == "completed" and done.view()["summary"]["by_action"] == {"delete": 12}
    assert not set(ids) & set(_records(stack))


def test_an_interrupted_sweep_rerun_ends_in_the_same_state(
    clock: FakeClock, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [_classify("Patient has diabetes.", f"pat-{n}") for n in range(6)]
    clock.advance(days=365 * 7)
    sweeper = retention_root.retention_sweeper()
    audit = shared_root.audit_writer()
    real = audit.record
    calls = {"n": 0}

    def crash_on_third(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 4:  # the start, two actions, then the worker dies
            raise Died  # the process is gone: nothing of it catches this
        real(*args, **kwargs)

    monkeypatch.setattr(audit, "record", crash_on_third)
    run, _ = sweeper.start("acme", dry_run=False)
    with pytest.raises(Died):
        _drain(stack)
    monkeypatch.setattr(audit, "record", real)
    clock.advance(minutes=20)  # the dead worker's lease runs out
    again, started = sweeper.start("acme", dry_run=False)  # the schedule's next run resumes it
    assert not started and again.run_id == run.run_id
    _drain(stack)
    done = sweeper.get("acme", run.run_id)
    assert done.status == "completed" and done.view()["summary"]["by_action"] == {"delete": 6}
    assert not set(ids) & set(_records(stack))
    assert _outbox_types(stack).count("retention.deleted") == 6  # each action audited once


def test_a_policy_change_recomputes_only_the_expiries_that_change(
    clock: FakeClock, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = _classify("Patient has diabetes.", "pat-1")
    other = _classify("Call me at 415-555-0199 about the invoice.", "pat-2")
    before = _records(stack)
    monkeypatch.setenv(
        "RETENTION_POLICIES",
        '[{"id": "dx-short", "tenant": "acme", "level": "RESTRICTED", "category": "DIAGNOSIS", "period": "P1Y",'
        ' "action": "delete", "basis": "b", "citation": "c"},'
        ' {"id": "rest", "tenant": "acme", "period": "P99Y", "action": "delete", "basis": "b", "citation": "c"}]',
    )
    roots.reset()  # a new deployment: the settings are read again
    shared_root.clock.override(clock)
    sweeper = retention_root.retention_sweeper()
    assert not sweeper.policy("acme").applied
    run, _ = sweeper.start("acme", dry_run=False)
    _drain(stack)
    done = sweeper.get("acme", run.run_id)
    after = _records(stack)
    assert done.status == "completed" and done.view()["summary"]["recomputed"] == 2
    assert after[health]["expires_at"] == "2021-01-15T09:30:00Z" and after[health]["retention_rule"] == "dx-short"
    assert after[other]["retention_rule"] == "rest" and after[other]["expires_at"] != before[other]["expires_at"]
    assert sweeper.policy("acme").applied
    # Nothing changes the second time: unchanged records are not rewritten.
    run2, _ = sweeper.start("acme", dry_run=False)
    _drain(stack)
    assert sweeper.get("acme", run2.run_id).view()["summary"]["recomputed"] == 0


def test_the_index_is_sparse_and_sharded(clock: FakeClock, stack: Stack) -> None:
    for n in range(40):
        _classify("Patient has diabetes.", f"pat-{n}")
    shards = {r["expiry_shard"] for r in _records(stack).values()}
    assert len(shards) > 8  # one day's records spread over the shards
    page = client("dynamodb").query(
        TableName=stack.ref("RecordsTable"), IndexName=EXPIRY_INDEX,
        KeyConditionExpression="expiry_shard = :s", ExpressionAttributeValues={":s": {"S": sorted(shards)[0]}},
    )  # fmt: skip
    assert all("sealed_text" not in from_item(i) for i in page["Items"])
    assert task_id("swp_1", "03") == "swp_1.03"
    assert clock.now - T0 < timedelta(seconds=1)


# -- the handlers -------------------------------------------------------------------------------------
def _api(method: str, path: str, body: Any = None, groups: str = "[privacy_officer]") -> tuple[int, Any]:
    api = event("retention-sweep-start")
    api = {**api, "routeKey": f"{method} {path}", "rawPath": path,
           "body": json.dumps(body) if body is not None else None}  # fmt: skip
    api["requestContext"] = {**api["requestContext"], "routeKey": f"{method} {path}",
                             "http": {**api["requestContext"]["http"], "method": method, "path": path}}  # fmt: skip
    claims = {"sub": "officer-1", "custom:tenant": "acme", "cognito:groups": groups}
    answer = load_handler("retention").lambda_handler(with_claims(api, claims), FakeContext())
    return answer["statusCode"], json.loads(answer["body"])


def test_the_api_shows_policies_starts_dry_runs_and_summarises(
    clock: FakeClock, stack: Stack, function_env: Any
) -> None:
    function_env("RetentionFunction")
    shared_root.clock.override(clock)
    status, policies = _api("GET", "/v1/retention/policies")
    assert status == 200 and policies["rejected"] is None
    assert {"restricted-health-diagnosis", "confidential", "internal"} <= {r["id"] for r in policies["rules"]}
    status, started = _api("POST", "/v1/retention/sweeps", {"dry_run": True})
    assert status == 202 and started["started"] and started["dry_run"]
    assert started["status_url"] == f"/v1/retention/sweeps/{started['run_id']}"
    status, shown = _api("GET", started["status_url"])
    assert status == 200 and shown["status"] == "running" and shown["tasks_total"] == 16
    assert _api("POST", "/v1/retention/sweeps", {"dry_run": "maybe"})[0] == 422
    for unsaid, field in ((None, "body"), ({}, "dry_run")):  # a real sweep is asked for, never the default
        status, refused = _api("POST", "/v1/retention/sweeps", unsaid)
        assert status == 422 and [d["field"] for d in refused["error"]["details"]] == [field], unsaid
    assert _api("POST", "/v1/retention/sweeps", {"dry_run": True}, groups="[service]")[0] == 403
    assert _api("GET", "/v1/retention/sweeps/swp_nope")[0] == 404


def test_the_schedule_starts_a_sweep_per_tenant_and_the_worker_finishes_it(
    clock: FakeClock, stack: Stack, function_env: Any
) -> None:
    _classify("Patient has diabetes.", "pat-1")
    audit_root.audit_sealer().seal_all()  # the tenant now has a trail, as after a minute deployed
    clock.advance(days=365 * 7)
    function_env("RetentionScheduleFunction")
    shared_root.clock.override(clock)
    answer = load_handler("retention", "schedule").lambda_handler(event("retention-sweep-schedule"), FakeContext())
    assert answer == {"started": 1, "still_going": 0}
    again = load_handler("retention", "schedule").lambda_handler(event("retention-sweep-schedule"), FakeContext())
    assert again == {"started": 0, "still_going": 1}  # the first is still going: no second run
    function_env("RetentionWorkerFunction")
    shared_root.clock.override(clock)
    worker = load_handler("retention", "worker")
    sqs, url = client("sqs"), stack.ref("RetentionQueue")
    while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
        records = [sqs_record(m["Body"], message_id=m["MessageId"], receipt=m["ReceiptHandle"]) for m in messages]
        assert worker.lambda_handler({"Records": records}, FakeContext()) == {"batchItemFailures": []}
        for m in messages:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    assert _records(stack) == {}


def test_a_task_is_worked_by_one_worker_at_a_time_and_never_twice(clock: FakeClock, stack: Stack) -> None:
    ids = [_classify("Patient has diabetes.", f"pat-{n}") for n in range(20)]
    clock.advance(days=365 * 7)
    sweeper = retention_root.retention_sweeper()
    runs = retention_root.retention_runs()
    runs.set_applied_policy("acme", sweeper.policy("acme").policy.fingerprint)  # no recomputation first
    run, _ = sweeper.start("acme", dry_run=False)
    assert runs.claim("acme", run.run_id, "00", "other-worker", clock(), clock() + timedelta(minutes=15))
    assert sweeper.run_task("acme", task_id(run.run_id, "00")).outcome == "held_elsewhere"
    assert not runs.claim("acme", run.run_id, "00", "third", clock(), clock() + timedelta(minutes=15))
    clock.advance(minutes=16)  # the other worker died: its lease runs out
    first = sweeper.run_task("acme", task_id(run.run_id, "00"))
    assert first.outcome == "done"
    assert sweeper.run_task("acme", task_id(run.run_id, "00")).outcome == "held_elsewhere"  # a redelivery
    _drain(stack)
    done = sweeper.get("acme", run.run_id)
    assert done.status == "completed" and done.view()["summary"]["by_action"] == {"delete": 20}
    assert _outbox_types(stack).count("retention.deleted") == 20 and not set(ids) & set(_records(stack))


def test_the_dsar_package_states_retention_from_the_same_policies(clock: FakeClock, stack: Stack) -> None:
    from privacykit.domain.dsar.deadlines import Jurisdiction
    from privacykit.domain.dsar.information import InformationCollector

    _classify("Patient has diabetes.", "pat-1")
    policy = shared_root.retention_policies().policies.for_tenant("acme")
    info = InformationCollector(Jurisdiction.GDPR, policy)
    for item in shared_root.record_table().export("acme", "pat-1"):
        info.add(item)
    stated = info.information()["retention"]["classified_records"]
    assert "kept 6 years" in stated and "45 CFR 164.316" in stated and "2026-01-15" in stated


class _Crashing:
    """A collaborator of the sweeper that dies (:class:`Died`) on the shared N-th call of any method."""

    def __init__(self, target: Any, calls: dict[str, int]) -> None:
        self._target = target
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            self._calls["n"] += 1
            if self._calls["n"] == self._calls["crash_at"]:
                raise Died
            return value(*args, **kwargs)

        return call


def _sweep_with_a_crash(stack: Stack, clock: FakeClock, crash_at: int) -> tuple[int, dict[str, Any]]:
    """A sweep of three expired records (one with an upload) whose process dies at call ``crash_at``,
    then the schedule's next start (which resumes it) and the queue drained; how many calls the first
    attempt made, and the final state."""
    s3, bucket = client("s3"), stack.ref("UploadBucket")
    key, _ = put_upload(bucket, "acme", "pat-9", "scan.txt", b"Patient has diabetes.")
    upload = classify_root.classification_service().classify_upload(bucket, key)
    ids = [_classify("Patient has diabetes.", f"pat-{n}") for n in range(2)] + [upload.record_id]
    clock.advance(days=365 * 7)
    sweeper = retention_root.retention_sweeper()
    calls = {"n": 0, "crash_at": crash_at}
    for name in ("_records", "_runs", "_uploads", "_audit", "_queue"):
        setattr(sweeper, name, _Crashing(getattr(sweeper, name), calls))
    try:
        sweeper.start("acme", dry_run=False)
        _drain(stack)
    except Died:
        pass
    made = calls["n"]
    calls["crash_at"] = -1
    clock.advance(minutes=20)  # the dead process's leases run out
    sweeper.start("acme", dry_run=False)
    _drain(stack)
    runs = retention_root.retention_runs().recent("acme", 5)
    return made, {
        "left": sorted(set(ids) & set(_records(stack))),
        "objects": s3.list_object_versions(Bucket=bucket, Prefix="uploads/").get("Versions", []),
        "deleted_events": _outbox_types(stack).count("retention.deleted"),
        "completed": [r.view()["summary"]["by_action"] for r in runs if r.status == "completed"],
        "running": [r.run_id for r in runs if r.status == "running"],
    }


@pytest.mark.parametrize("crash_at", [2, 5, 9, 20, 40, 60, 75, 90, 110, 130, 150, 160, 168, 170])
def test_a_sweep_interrupted_at_any_point_ends_rerun_in_the_same_state(
    clock: FakeClock, stack: Stack, crash_at: int
) -> None:
    made, state = _sweep_with_a_crash(stack, clock, crash_at)
    assert made == crash_at  # it died there (an uninterrupted sweep of these records makes 171 calls)
    assert state["left"] == [] and state["objects"] == [] and state["running"] == []
    assert state["deleted_events"] == 3  # each record deleted and audited exactly once
    assert sum(c.get("delete", 0) for c in state["completed"]) == 3  # and counted once


def _grants(function: str) -> dict[str, set[str]]:
    from localcloud.template import load_template

    resources = load_template()["Resources"]
    grants: dict[str, set[str]] = {}
    for policy in resources[function]["Properties"]["Policies"]:
        for statement in policy["Statement"]:
            targets = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            for target in targets:
                grants.setdefault(json.dumps(target, sort_keys=True), set()).update(statement["Action"])
    return grants


def test_only_the_worker_may_change_records_or_uploads_and_no_retention_function_signs() -> None:
    records = json.dumps({"Fn::GetAtt": ["RecordsTable", "Arn"]}, sort_keys=True)
    for function in ("RetentionFunction", "RetentionScheduleFunction"):
        grants = _grants(function)
        assert records not in grants and not any(a.startswith("s3:") for a in set().union(*grants.values()))
    worker = _grants("RetentionWorkerFunction")
    assert worker[records] == {"dynamodb:Query", "dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"}
    every = set().union(*worker.values())
    assert not {"kms:Sign", "dynamodb:Scan", "s3:PutObject"} & every


def test_the_expiry_index_carries_what_the_sweep_reads() -> None:
    from localcloud.template import load_template
    from privacykit.adapters.records import EXPIRY_PROJECTION

    table = load_template()["Resources"]["RecordsTable"]["Properties"]
    index = next(i for i in table["GlobalSecondaryIndexes"] if i["IndexName"] == EXPIRY_INDEX)
    assert set(index["Projection"]["NonKeyAttributes"]) == set(EXPIRY_PROJECTION)
    assert "sealed_text" not in index["Projection"]["NonKeyAttributes"]
    assert table["TimeToLiveSpecification"] == {"AttributeName": "expires_ttl", "Enabled": True}
