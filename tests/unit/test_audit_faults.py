"""The audit trail under concurrency and injected faults (issue: "no change without its event").

400 mixed requests (consent grants, classifications that record text, access checks) run from 16
threads against one tenant while the sealer runs beside them. Faults are injected where the trail can
break: the outbox transaction fails before it commits (a condition or a conflicting transaction) or
after it committed (the caller sees a timeout); the sealer's S3 put fails before or after it landed,
and its DynamoDB calls fail between steps (a crash). Afterwards, with the faults off, one last sealer
run drains what is left, and then:

- every stored consent event and classification record has its audit event, and every audit event
  that names a receipt or a record names one that is stored;
- every access check that answered has its event (a decision changes nothing but the trail);
- the chain verifies from the first event, with nothing pending.
"""

from __future__ import annotations

import contextlib
import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from botocore.exceptions import ClientError, ReadTimeoutError

from localcloud.provision import Stack
from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.audit_outbox import AuditOutboxTable
from privacykit.adapters.aws import client, from_item
from privacykit.adapters.chain_heads import ChainHeadTable
from privacykit.domain.audit.chain import decode_segment
from privacykit.domain.audit.service import AuditSealer
from privacykit.domain.common.principal import Principal
from privacykit.domain.consent.model import GrantCommand
from privacykit.errors import PrivacyError
from privacykit.ports import AuditRecord
from privacykit.roots import access as access_root
from privacykit.roots import audit as audit_root
from privacykit.roots import classify as classify_root
from privacykit.roots import consent as consent_root
from privacykit.roots import shared as shared_root

TENANT = "acme"
REQUESTS = 400
FAULT_RATE = 0.15


class Faults:
    """Decides, per call, whether to fail it and how; counts what it did. Off once ``enabled`` is False."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.enabled = True
        self.done: Counter[str] = Counter()

    def roll(self, name: str) -> str | None:
        """None (no fault), "before" (fail without calling) or "after" (call, then fail). The sealer's
        segment puts are few (one per segment), so they fail more often."""
        with self.lock:
            rate = 0.5 if name == "put_object" else FAULT_RATE
            if not self.enabled or self.random.random() >= rate:
                return None
            when = self.random.choice(("before", "after"))
            self.done[f"{name}:{when}"] += 1
            return when


def _canceled(reason: str) -> ClientError:
    return ClientError(
        {
            "Error": {"Code": "TransactionCanceledException", "Message": "canceled"},
            "CancellationReasons": [{"Code": reason}],
        },
        "TransactWriteItems",
    )


class FaultyClient:
    """A boto3 client whose chosen operations fail as ``faults`` decides: before the call (nothing
    happened) or after it (it happened, and the caller is told it timed out)."""

    def __init__(self, inner: Any, faults: Faults, operations: dict[str, Exception]) -> None:
        self._inner = inner
        self._faults = faults
        self._operations = operations

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if name not in self._operations:
            return attribute

        def call(**kwargs: Any) -> Any:
            when = self._faults.roll(name)
            if when == "before":
                raise self._operations[name]
            result = attribute(**kwargs)
            if when == "after":
                raise ReadTimeoutError(endpoint_url="moto")
            return result

        return call


def _events(stack: Stack) -> list[dict[str, Any]]:
    s3, bucket = client("s3"), stack.ref("AuditBucket")
    listed = s3.list_objects_v2(Bucket=bucket, Prefix=f"audit/{TENANT}/segments/").get("Contents", [])
    return [e for o in listed for e in decode_segment(s3.get_object(Bucket=bucket, Key=o["Key"])["Body"].read())]


@pytest.fixture
def one_call_at_a_time(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process moto is not thread-safe (its dictionaries change under a concurrent reader), so each
    call of the bundle's shared clients holds a lock: calls interleave as requests do, each one atomic as
    a DynamoDB transaction or an S3 put is. Only these clients: other threads of the process (a local
    cloud's pollers) keep theirs."""
    lock = threading.Lock()
    for service in ("dynamodb", "s3", "kms", "sns"):
        shared = client(service)
        make_api_call = shared._make_api_call

        def locked(operation: str, params: dict[str, Any], make_api_call: Any = make_api_call) -> Any:
            with lock:
                return make_api_call(operation, params)

        monkeypatch.setattr(shared, "_make_api_call", locked)


@pytest.mark.usefixtures("one_call_at_a_time")
def test_400_concurrent_requests_with_faults_leave_no_change_without_its_event(stack: Stack) -> None:
    faults = Faults(seed=10)
    ddb, s3 = client("dynamodb"), client("s3")
    writer_ddb = FaultyClient(ddb, faults, {"transact_write_items": _canceled("TransactionConflict")})
    shared_root.audit_outbox.override(AuditOutboxTable(writer_ddb, stack.ref("AuditOutboxTable")))
    sealer_ddb = FaultyClient(
        ddb,
        faults,
        {
            "transact_write_items": _canceled("ConditionalCheckFailed"),
            "update_item": _canceled("ConditionalCheckFailed"),
            "batch_write_item": ReadTimeoutError(endpoint_url="moto"),
        },
    )
    sealer_s3 = FaultyClient(s3, faults, {"put_object": ReadTimeoutError(endpoint_url="moto")})
    heads = stack.ref("AuditChainTable")
    sealer = AuditSealer(
        AuditOutboxTable(sealer_ddb, stack.ref("AuditOutboxTable"), heads),
        ChainHeadTable(sealer_ddb, heads),
        AuditBucket(sealer_s3, stack.ref("AuditBucket"), 1),
        segment_max_events=60,
    )
    consent, classify, access = (
        consent_root.consent_service(),
        classify_root.classification_service(),
        access_root.access_gateway(),
    )
    officer = Principal(TENANT, "u-officer", frozenset({"privacy_officer"}))
    subjects = [f"s-{n:02d}" for n in range(20)]
    answered: Counter[str] = Counter()
    failed: Counter[str] = Counter()

    def request(n: int) -> None:
        subject = subjects[n % len(subjects)]
        kind = ("grant", "classify", "access")[n % 3]
        try:
            if kind == "grant":
                command = GrantCommand("analytics", "consent", f"v{n}", "web")
                consent.grant(TENANT, subject, command, actor="u-officer")
            elif kind == "classify":
                classify.classify_text(TENANT, f"note {n}: call 415-555-0100", actor="u-officer", subject_id=subject)
            else:
                body = {"action": "read", "purpose": "operations", "resource": {"level": "INTERNAL"}}
                access.check(officer, body)
            answered[kind] += 1
        except (PrivacyError, ReadTimeoutError):
            failed[kind] += 1

    stop = threading.Event()
    sealer_errors: Counter[str] = Counter()

    def keep_sealing() -> None:
        while not stop.is_set():
            try:
                sealer.seal(TENANT)
            except (PrivacyError, ReadTimeoutError) as exc:  # a crash part way: the next run finishes it
                sealer_errors[type(exc).__name__] += 1

    sealing = threading.Thread(target=keep_sealing)
    sealing.start()
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            list(pool.map(request, range(REQUESTS)))
    finally:
        stop.set()
        sealing.join()
    # Segment puts are one per seal: keep sealing fresh events until some of them have failed too.
    writer = shared_root.audit_writer()
    for _ in range(40):
        if sum(v for k, v in faults.done.items() if k.startswith("put_object")) >= 2:
            break
        with contextlib.suppress(PrivacyError, ReadTimeoutError):
            writer.record(TENANT, AuditRecord("access.decision", "allow", actor="u-officer"))
        with contextlib.suppress(PrivacyError, ReadTimeoutError):
            sealer.seal(TENANT)
    faults.enabled = False
    sealer.seal(TENANT)

    assert sum(failed.values()) > 0 and sum(faults.done.values()) > 20, (failed, faults.done)
    assert any(k.startswith("put_object") for k in faults.done), faults.done
    events = _events(stack)
    by_type = Counter(e["type"] for e in events)
    granted = {e["details"]["receipt_id"] for e in events if e["type"] == "consent.granted"}
    recorded = {e["details"]["record_id"] for e in events if e["type"] == "classify.recorded"}
    stored_receipts = {from_item(i)["receipt_id"] for i in ddb.scan(TableName=stack.ref("ConsentTable"))["Items"]}
    stored_records = {from_item(i)["record_id"] for i in ddb.scan(TableName=stack.ref("RecordsTable"))["Items"]}
    assert granted == stored_receipts and len(granted) >= answered["grant"]
    assert recorded == stored_records and len(recorded) >= answered["classify"]
    assert by_type["access.decision"] >= answered["access"]
    assert len({e["event_id"] for e in events}) == len(events)  # nothing sequenced twice
    result = audit_root.audit_verifier().verify_full(TENANT)
    assert result.valid, result.first_break
    assert (result.events, result.pending) == (len(events), 0)
