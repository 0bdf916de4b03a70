"""The monitoring functions on moto: audit events committed by the writer reach the stream function
through the outbox's DynamoDB stream (read by the local cloud's stream poller, in process), alerts land
in the alert table and on SNS, the alerts API lists and acknowledges them, the schedule alerts on rights
requests near their due date."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from moto.core import DEFAULT_ACCOUNT_ID
from moto.sns.models import sns_backends

from localcloud.events import StreamPoller
from localcloud.functions import InvocationFailed
from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, http_api_event, load_handler, seal
from privacykit.adapters.aws import client, to_item
from privacykit.ports import AuditRecord
from privacykit.roots import classify as classify_root
from privacykit.roots import shared as shared_root


@dataclass
class _Spec:
    logical_id: str
    name: str


class InProcessHost:
    """What the poller invokes: the handler in this process, counting the records it was given."""

    def __init__(self, handler: Any, logical_id: str) -> None:
        self.handler = handler
        self.spec = _Spec(logical_id, logical_id)
        self.records: list[dict[str, Any]] = []
        self.results: list[Any] = []

    def invoke(self, lambda_event: dict[str, Any]) -> Any:
        self.records.extend(lambda_event["Records"])
        try:
            result = self.handler(lambda_event, FakeContext())
        except Exception as exc:
            raise InvocationFailed(str(exc)) from exc
        self.results.append(result)
        return result


#: A Wednesday at noon UTC: inside the default working hours, so only the rules under test fire.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fixed_clock(stack: Stack) -> None:
    shared_root.clock.override(lambda: NOW)


@pytest.fixture
def stream(stack: Stack) -> tuple[StreamPoller, InProcessHost]:
    function = stack.functions["MonitoringStreamFunction"]
    host = InProcessHost(load_handler("monitoring", "stream").lambda_handler, "MonitoringStreamFunction")
    return StreamPoller(stack, host, function.events["AuditEvents"]["Properties"]), host  # type: ignore[arg-type]


def break_glass(actor: str = "dr-house") -> AuditRecord:
    return AuditRecord(
        "access.break_glass", "allow", actor=actor, actor_roles=("clinician",), subject="patient-7",
        details={"action": "read", "purpose": "treatment", "decision": "ALLOW", "level": "RESTRICTED",
                 "record_id": "rec_1", "break_glass": True, "break_glass_use": "use-1", "policies": ["p"]},
    )  # fmt: skip


def api(method: str, path: str, route: str, groups: str, query: dict[str, str] | None = None) -> dict[str, Any]:
    api_event = event("consent-history")
    api_event["rawPath"] = api_event["requestContext"]["http"]["path"] = path
    api_event["requestContext"]["http"]["method"] = method
    api_event["routeKey"] = api_event["requestContext"]["routeKey"] = f"{method} {route}"
    api_event.pop("pathParameters")
    if "{alert_id}" in route:
        api_event["pathParameters"] = {"alert_id": path.split("/")[3]}
    if query:
        api_event["queryStringParameters"] = query
        api_event["rawQueryString"] = "&".join(f"{k}={v}" for k, v in query.items())
    claims = api_event["requestContext"]["authorizer"]["jwt"]["claims"]
    claims["sub"] = "officer-1"
    claims["cognito:groups"] = groups
    return api_event


def call(handler: Any, api_event: dict[str, Any]) -> tuple[int, Any]:
    response = handler(api_event, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def test_a_break_glass_event_becomes_an_alert_on_the_table_sns_and_the_api(
    stack: Stack, stream: tuple[StreamPoller, InProcessHost]
) -> None:
    poller, host = stream
    shared_root.audit_writer().record("acme", break_glass())
    assert poller.poll_once() == 1
    assert host.results == [{"events": 1, "raised": 1, "suppressed": 0}]
    topic = stack.ref("MonitoringAlertTopic")
    [(_, message, subject, *_)] = sns_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].topics[topic].sent_notifications
    published = json.loads(message)
    assert subject == "[high] Break-glass access used"
    assert published["rule_id"] == "break_glass" and published["details"]["break_glass_use"] == "use-1"
    assert "dr-house" not in message and "patient-7" not in message  # pseudonyms and ids only

    app = load_handler("monitoring").lambda_handler
    status, body = call(app, api("GET", "/v1/alerts", "/v1/alerts", "[compliance_auditor]"))
    assert status == 200
    [listed] = body["alerts"]
    assert (listed["alert_id"], listed["status"], body["next_cursor"]) == (published["alert_id"], "open", None)

    ack_path = f"/v1/alerts/{listed['alert_id']}/ack"
    route = "/v1/alerts/{alert_id}/ack"
    assert call(app, api("POST", ack_path, route, "[compliance_auditor]"))[0] == 403
    status, acknowledged = call(app, api("POST", ack_path, route, "[privacy_officer]"))
    assert status == 200 and acknowledged["status"] == "acknowledged" and acknowledged["acknowledged_by"]
    assert call(app, api("POST", ack_path, route, "[privacy_officer]"))[0] == 409
    unknown = "/v1/alerts/alr_20260101T000000Z_000000000000/ack"
    assert call(app, api("POST", unknown, route, "[security_admin]"))[0] == 404
    status, body = call(app, api("GET", "/v1/alerts", "/v1/alerts", "[security_admin]", {"status": "open"}))
    assert status == 200 and body["alerts"] == []

    # The alert and its acknowledgement are audited; the monitor reads them on the stream and raises nothing.
    poller.poll_once()
    assert host.results[-1] == {"events": 2, "raised": 0, "suppressed": 0}
    assert [json.loads(r["dynamodb"]["NewImage"]["event"]["S"])["type"] for r in host.records[1:]] == [
        "monitoring.alert_raised", "monitoring.alert_acknowledged",
    ]  # fmt: skip


def test_the_sealer_s_copies_and_deletes_never_reach_the_monitor(
    stack: Stack, stream: tuple[StreamPoller, InProcessHost]
) -> None:
    poller, host = stream
    shared_root.audit_writer().record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
    seal(stack)
    poller.poll_once()
    assert [r["eventName"] for r in host.records] == ["INSERT"]
    assert host.records[0]["dynamodb"]["Keys"]["key"]["S"].startswith("p#")


def test_a_redelivered_batch_raises_nothing_twice(stream: tuple[StreamPoller, InProcessHost]) -> None:
    poller, host = stream
    shared_root.audit_writer().record("acme", break_glass())
    poller.poll_once()
    again = load_handler("monitoring", "stream").lambda_handler({"Records": host.records[:1]}, FakeContext())
    assert again == {"events": 1, "raised": 0, "suppressed": 1}


def test_a_batch_that_keeps_failing_is_parked_on_the_failure_queue(
    stack: Stack, stream: tuple[StreamPoller, InProcessHost], monkeypatch: pytest.MonkeyPatch
) -> None:
    poller, host = stream
    monkeypatch.setenv("ALERT_TABLE", "no-such-table")
    shared_root.audit_writer().record("acme", break_glass())
    poller.poll_once()
    assert not host.results
    sqs = client("sqs")
    url = stack.ref("MonitoringStreamDeadLetterQueue")
    [parked] = sqs.receive_message(QueueUrl=url).get("Messages", [])
    info = json.loads(parked["Body"])["DDBStreamBatchInfo"]
    assert info["batchSize"] == 1 and info["streamArn"] == poller.stream_arn


def test_the_schedule_alerts_on_rights_requests_near_their_due_date(stack: Stack, function_env: Any) -> None:
    now = NOW
    ddb = client("dynamodb")
    ddb.put_item(TableName=stack.ref("AuditChainTable"), Item=to_item({"tenant": "acme", "seq": 1}))

    def request(table: str, request_id: str, status: str, received: datetime, due: datetime | None) -> None:
        item = {"tenant": "acme", "request_id": request_id, "status": status, "received_at": received.isoformat(),
                "subject_key": "acme#ps_x", "due_at": due.isoformat() if due else None}  # fmt: skip
        ddb.put_item(TableName=stack.ref(table), Item=to_item(item))

    request("AccessRequestTable", "dsar_soon", "received", now - timedelta(days=27), now + timedelta(days=2))
    request("AccessRequestTable", "dsar_done", "completed", now - timedelta(days=29), now + timedelta(days=1))
    request("AccessRequestTable", "dsar_far", "in_progress", now, now + timedelta(days=30))
    request("ErasureRequestTable", "era_late", "in_progress", now - timedelta(days=31), None)
    function_env("MonitoringDueDateFunction")
    shared_root.clock.override(lambda: NOW)
    handler = load_handler("monitoring", "due_dates").lambda_handler
    assert handler(event("audit-digest-schedule"), FakeContext()) == {"open": 3, "raised": 2, "suppressed": 0}
    assert handler(event("audit-digest-schedule"), FakeContext()) == {"open": 3, "raised": 0, "suppressed": 2}
    items = ddb.scan(TableName=os.environ["ALERT_TABLE"])["Items"]
    details = sorted(json.loads(i["details"]["S"])["request_id"] for i in items if "details" in i)
    assert details == ["dsar_soon", "era_late"]


def test_a_trail_the_digester_finds_broken_raises_a_critical_alert(
    stack: Stack, stream: tuple[StreamPoller, InProcessHost], function_env: Any
) -> None:
    poller, host = stream
    shared_root.audit_writer().record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
    seal(stack)
    poller.poll_once()
    # Someone with table access rewinds the trail: the head is gone while segments exist.
    client("dynamodb").delete_item(TableName=stack.ref("AuditChainTable"), Key=to_item({"tenant": "acme"}))
    client("dynamodb").put_item(TableName=stack.ref("AuditChainTable"), Item=to_item({"tenant": "acme"}))
    function_env("AuditDigestFunction")
    digester = load_handler("audit", "digests").lambda_handler
    assert digester(event("audit-digest-schedule"), FakeContext()) == {"digests": 0, "broken": 1}
    function_env("MonitoringStreamFunction")
    shared_root.clock.override(lambda: NOW)
    poller.poll_once()
    assert host.results[-1] == {"events": 1, "raised": 1, "suppressed": 0}
    [item] = [i for i in client("dynamodb").scan(TableName=stack.ref("AlertTable"))["Items"] if "rule_id" in i]
    assert (item["rule_id"]["S"], item["severity"]["S"]) == ("audit_verification_failed", "critical")
    assert json.loads(item["details"]["S"])["first_break_seq"] is not None


def test_a_break_glass_access_check_notifies_once_through_the_monitor(
    stack: Stack, stream: tuple[StreamPoller, InProcessHost], function_env: Any
) -> None:
    # The access function used to publish its own message on a break-glass topic, and the monitor's
    # break_glass rule alerted again for the same use: two notifications, one of them sent even when
    # the caller then retried. Now the committed event is the one source.
    poller, _ = stream
    function_env("ClassifyFunction")
    record = classify_root.classification_service().classify_text(
        "acme", "Patient Maria Gonzalez, SSN 219-09-9999.", actor="svc", subject_id="pat-77", purpose="treatment"
    )
    function_env("AccessFunction")
    request = http_api_event(
        "POST", "/v1/access/check", "/v1/access/check",
        {"sub": "dr-9", "custom:tenant": "acme", "cognito:groups": "[healthcare_provider]"},
        body=json.dumps({"action": "read", "purpose": "treatment", "resource": {"record_id": record["record_id"]},
                         "context": {"break_glass_reason": "unconscious in bay 3"}}),
    )  # fmt: skip
    response = load_handler("access").lambda_handler(request, FakeContext())
    assert json.loads(response["body"])["break_glass"] is True
    function_env("MonitoringStreamFunction")
    shared_root.clock.override(lambda: NOW)
    poller.poll_once()
    sent = [
        (topic_arn, subject, message)
        for topic_arn, topic in sns_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].topics.items()
        for _, message, subject, *_ in topic.sent_notifications
        if "break_glass" in message
    ]
    assert len(sent) == 1, sent
    [(topic_arn, subject, message)] = sent
    assert topic_arn == stack.ref("MonitoringAlertTopic") and subject == "[high] Break-glass access used"
    assert json.loads(message)["rule_id"] == "break_glass"
    assert "unconscious" not in message and "pat-77" not in message and "dr-9" not in message


def test_the_sample_stream_event_raises_its_break_glass_alert(stack: Stack, function_env: Any) -> None:
    function_env("MonitoringStreamFunction")
    shared_root.clock.override(lambda: NOW)
    handler = load_handler("monitoring", "stream").lambda_handler
    assert handler(event("monitoring-stream"), FakeContext()) == {"events": 1, "raised": 1, "suppressed": 0}
    assert handler(event("monitoring-stream"), FakeContext()) == {"events": 1, "raised": 0, "suppressed": 1}
    unreadable = {"Records": [{"eventName": "INSERT", "dynamodb": {"NewImage": {"event": {"S": "not json"}}}}]}
    assert handler(unreadable, FakeContext()) == {"events": 0, "raised": 0, "suppressed": 0}
