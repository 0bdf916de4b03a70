"""The breach handler with the sample events from events/, on moto resources from the template."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from moto.core import DEFAULT_ACCOUNT_ID
from moto.ses.models import ses_backends
from moto.sns.models import sns_backends

from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, load_handler, sqs_record, with_claims
from privacykit.adapters.aws import client

OFFICER = {"sub": "officer-7", "custom:tenant": "acme", "cognito:groups": "[privacy_officer]"}
SECADMIN = {"sub": "sec-2", "custom:tenant": "acme", "cognito:groups": "[security_admin]"}
OTHER_TENANT = {"sub": "officer-9", "custom:tenant": "globex", "cognito:groups": "[privacy_officer]"}
VIEWER = {"sub": "u-9", "custom:tenant": "acme", "cognito:groups": "[compliance_auditor]"}
SUBJECT = {"sub": "cust-1001", "custom:tenant": "acme"}


@pytest.fixture
def handler(stack: Stack) -> Any:
    return load_handler("breach").lambda_handler


def call(handler: Any, api_event: dict[str, Any]) -> tuple[int, Any]:
    response = handler(api_event, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def at_path(name: str, claims: dict[str, str] | None = OFFICER, body: Any = None, **params: str) -> dict[str, Any]:
    """A sample event with its path parameters (and the raw path) replaced."""
    base = with_claims(event(name), claims)
    path = base["rawPath"]
    for key, value in params.items():
        old = base["pathParameters"][key]
        path = path.replace(old, value)
        base["pathParameters"][key] = value
    base["rawPath"] = base["requestContext"]["http"]["path"] = path
    if body is not None:
        base["body"] = body if isinstance(body, str) else json.dumps(body)
    return base


def register_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(event("breach-register")["body"])
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


def register(handler: Any, claims: dict[str, str] = OFFICER, **changes: Any) -> dict[str, Any]:
    status, body = call(handler, at_path("breach-register", claims, register_body(**changes)))
    assert status == 201, body
    return dict(body)


def test_register_answers_201_with_obligations_and_warnings(handler: Any) -> None:
    status, body = call(handler, with_claims(event("breach-register"), OFFICER))
    assert status == 201
    assert body["incident_id"].startswith("inc_")
    assert {"EU-GDPR-33", "EU-GDPR-34", "US-CA-individuals"} <= {o["rule_id"] for o in body["obligations"]}
    assert isinstance(body["warnings"], list)
    gdpr = next(o for o in body["obligations"] if o["rule_id"] == "EU-GDPR-33")
    assert gdpr["deadline"] == "2026-11-24T10:00:00+01:00"


def test_security_admin_registers_and_reads(handler: Any) -> None:
    created = register(handler, SECADMIN)
    status, body = call(handler, at_path("breach-get", SECADMIN, incident_id=created["incident_id"]))
    assert status == 200
    assert body["incident_id"] == created["incident_id"]
    assert [o["obligation_id"] for o in body["obligations"]] == [o["obligation_id"] for o in created["obligations"]]
    assert body["timeline"][0]["type"] == "registered"
    assert body["affected_subjects"] == 2


def test_what_if_from_the_sample_event_stores_nothing(handler: Any) -> None:
    status, body = call(handler, event("breach-assessment"))
    assert status == 200
    assert body["obligations"]
    assert "incident_id" not in body


def test_a_category_or_residence_outside_the_taxonomy_is_a_422_that_does_not_repeat_it(handler: Any) -> None:
    body = register_body(data_categories=["email", "favourite_colour"], affected_by_residence={"EU-DE": 3, "ZZ": 2})
    status, answer = call(handler, at_path("breach-register", OFFICER, body))
    assert status == 422
    fields = {d["field"] for d in answer["error"]["details"]}
    assert fields == {"data_categories", "affected_by_residence"}
    assert "favourite_colour" not in json.dumps(answer) and '"ZZ"' not in json.dumps(answer)


def test_the_openapi_document_lists_the_taxonomy(handler: Any) -> None:
    document = json.loads(load_handler("breach").app.get_openapi_json_schema())
    incident = document["components"]["schemas"]["Incident"]["properties"]
    assert "payment_card_number" in incident["data_categories"]["items"]["enum"]
    assert "EU-DE" in incident["affected_by_residence"]["propertyNames"]["enum"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"aware_at": "2026-11-21T10:00:00"}, "aware_at"),
        ({"entity_timezone": "Mars/Olympus"}, "entity_timezone"),
        ({"affected_by_residence": {"EU-DE": -5}}, "affected_by_residence.EU-DE"),
        ({"aware_at": "2026-11-19T10:00:00+01:00"}, "aware_at"),
        ({"controller_role": "vendor"}, "controller_role"),
        ({"sec_registrnt": True}, "sec_registrnt"),
        ({"affected_subjects": ["../etc"]}, "affected_subjects.0"),
    ],
    ids=["no-offset", "unknown-zone", "negative-count", "aware-before-occurred", "role", "extra", "subject-id"],
)
@pytest.mark.parametrize("sample", ["breach-register", "breach-assessment"])
def test_bad_input_is_422_naming_the_field_without_echoing_values(
    handler: Any, sample: str, changes: dict[str, Any], field: str
) -> None:
    if sample == "breach-assessment" and "affected_subjects" in changes:
        field = "affected_subjects"  # not a field of the what-if: rejected as extra
    body = register_body(**changes)
    if sample == "breach-assessment" and "affected_subjects" not in changes:
        body.pop("affected_subjects")
    status, answer = call(handler, at_path(sample, OFFICER, body))
    assert status == 422
    assert answer["error"]["code"] == "validation_error"
    assert field in [d["field"] for d in answer["error"]["details"]]
    text = json.dumps(answer)
    for value in ("Mars/Olympus", "2026-11-19", "../etc"):
        assert value not in text


def test_malformed_json_is_400(handler: Any) -> None:
    status, body = call(handler, at_path("breach-register", OFFICER, "{not json"))
    assert (status, body["error"]["code"]) == (400, "bad_request")


@pytest.mark.parametrize("sample", ["breach-register", "breach-assessment", "breach-get", "breach-outbox"])
def test_other_roles_are_403(handler: Any, sample: str) -> None:
    status, body = call(handler, with_claims(event(sample), VIEWER))
    assert (status, body["error"]["code"]) == (403, "forbidden")
    status, _ = call(handler, with_claims(event(sample), SUBJECT))
    assert status == 403


def test_no_token_is_401(handler: Any) -> None:
    assert call(handler, with_claims(event("breach-register"), None))[0] == 401


def test_unknown_and_other_tenants_incidents_are_404(handler: Any) -> None:
    assert call(handler, event("breach-get"))[0] == 404
    created = register(handler)
    for sample in ("breach-get", "breach-outbox"):
        status, body = call(handler, at_path(sample, OTHER_TENANT, incident_id=created["incident_id"]))
        assert (status, body["error"]["code"]) == (404, "not_found")
    status, _ = call(handler, at_path("breach-mark-sent", OTHER_TENANT, incident_id=created["incident_id"]))
    assert status == 404


def test_outbox_then_mark_sent_with_evidence(handler: Any) -> None:
    created = register(handler)
    status, outbox = call(handler, at_path("breach-outbox", incident_id=created["incident_id"]))
    assert status == 200
    gdpr = next(d for d in outbox["drafts"] if d["rule_id"] == "EU-GDPR-33")
    assert gdpr["text"].startswith("To: ")
    assert all(d["recipient"] != "individuals" for d in outbox["drafts"])
    sent_event = at_path("breach-mark-sent", incident_id=created["incident_id"], obligation_id=gdpr["obligation_id"])
    status, body = call(handler, sent_event)
    assert status == 200
    assert (body["status"], body["evidence"]["reference"]) == ("sent", "BfDI-2026-0042")
    assert call(handler, sent_event)[0] == 409
    status, outbox = call(handler, at_path("breach-outbox", incident_id=created["incident_id"]))
    assert gdpr["obligation_id"] not in {d["obligation_id"] for d in outbox["drafts"]}
    status, view = call(handler, at_path("breach-get", incident_id=created["incident_id"]))
    assert [e["type"] for e in view["timeline"]] == ["registered", "obligation_sent"]


@pytest.mark.parametrize(
    "evidence",
    [
        {"sent_at": "2026-11-22T11:30:00", "channel": "portal", "reference": "r-1"},
        {"sent_at": "2026-11-22T11:30:00+01:00", "channel": "pigeon", "reference": "r-1"},
        {"sent_at": "2026-11-22T11:30:00+01:00", "channel": "portal", "reference": "jane doe"},
        {"sent_at": "2999-01-01T00:00:00+00:00", "channel": "portal", "reference": "r-1"},
    ],
    ids=["no-offset", "channel", "reference", "future"],
)
def test_bad_evidence_is_422(handler: Any, evidence: dict[str, Any]) -> None:
    created = register(handler)
    status, body = call(handler, at_path("breach-mark-sent", body=evidence, incident_id=created["incident_id"]))
    assert status == 422
    assert "jane doe" not in json.dumps(body)


def test_unknown_obligation_is_404(handler: Any) -> None:
    created = register(handler)
    status, _ = call(handler, at_path("breach-mark-sent", incident_id=created["incident_id"], obligation_id="ob-99"))
    assert status == 404


def drain_notices(stack: Stack) -> int:
    """Deliver the notice queue's messages to the notice worker until it is empty (each message one
    invocation, as SQS with a batch size of 1); how many invocations it took."""
    worker = load_handler("breach", "notices").lambda_handler
    sqs = client("sqs")
    url = stack.functions["BreachNoticeWorkerFunction"].environment["NOTICE_QUEUE_URL"]
    invocations = 0
    while True:
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=1).get("Messages", [])
        if not messages:
            return invocations
        message = messages[0]
        record = sqs_record(message["Body"], message_id=message["MessageId"], receipt=message["ReceiptHandle"])
        assert worker({"Records": [record]}, FakeContext()) == {"batchItemFailures": []}
        sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
        invocations += 1


def test_contact_then_individual_notices_by_ses(handler: Any, stack: Stack) -> None:
    assert call(handler, event("breach-contact"))[0] == 200  # the subject stores their own address (EU-DE)
    officer_put = at_path(
        "breach-contact", OFFICER, {"email": "second@example.org", "residence": "US-CA"}, subject_id="cust-1002"
    )
    assert call(handler, officer_put)[0] == 200
    created = register(handler)
    status, result = call(handler, at_path("breach-notices", incident_id=created["incident_id"]))
    assert status == 202, result
    assert result["status"] == "queued" and result["sent"] == 0
    assert ses_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].sent_messages == []  # nothing inside the request
    assert drain_notices(stack) == 1
    sent = ses_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].sent_messages
    assert sorted(a for m in sent for a in m.destinations["ToAddresses"]) == [
        "cust-1001@example.org",
        "second@example.org",
    ]
    assert all("cust-100" not in m.body and "@example.org" not in m.body for m in sent)
    assert all(m.body.count("Legal basis:") == 1 for m in sent)  # one law per e-mail
    status, view = call(handler, at_path("breach-get", incident_id=created["incident_id"]))
    individuals = [o for o in view["obligations"] if o["recipient"] == "individuals"]
    assert individuals
    assert all(o["status"] == "sent" for o in individuals)
    assert "example.org" not in json.dumps(view)
    assert [e["type"] for e in view["timeline"]][-1] == "individual_notices"
    recipients = at_path("breach-get", incident_id=created["incident_id"])
    recipients["rawPath"] = recipients["requestContext"]["http"]["path"] = recipients["rawPath"] + "/recipients"
    recipients["routeKey"] = recipients["requestContext"]["routeKey"] = "GET /v1/incidents/{incident_id}/recipients"
    status, listed = call(handler, recipients)
    assert status == 200, listed
    assert {r["subject_id"]: r["rules_sent"] for r in listed["recipients"]} == {
        "cust-1001": ["EU-GDPR-34"],
        "cust-1002": ["US-CA-individuals"],
    }


def test_contact_rules(handler: Any) -> None:
    other_subject = at_path("breach-contact", {"sub": "cust-2", "custom:tenant": "acme"})
    assert call(handler, other_subject)[0] == 403
    for address in ("not-an-address", "a@example..com", "a@.example.com", "a@example.com.", "a@example"):
        status, body = call(handler, at_path("breach-contact", SUBJECT, {"email": address}))
        assert status == 422, address
        assert address not in json.dumps(body)
    assert call(handler, at_path("breach-contact", SUBJECT, {"email": "zoë@exämple.de"}))[0] == 200


def test_incomplete_notice_facts_are_422(handler: Any) -> None:
    created = register(handler)
    status, body = call(handler, at_path("breach-notices", body={"nature": "x"}, incident_id=created["incident_id"]))
    assert status == 422
    assert "contact_point" in {d["field"] for d in body["error"]["details"]}


def _gdpr_levels(stack: Stack, incident_id: str) -> list[str]:
    topic = stack.functions["BreachReminderFunction"].environment["BREACH_REMINDER_TOPIC"]
    notes = sns_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].topics[topic].sent_notifications
    messages = [json.loads(n[1]) for n in notes]
    return [m["level"] for m in messages if m["incident_id"] == incident_id and m["rule_id"] == "EU-GDPR-33"]


def test_schedule_event_sends_reminders_once_and_marks_missed(handler: Any, stack: Stack, function_env: Any) -> None:
    now = datetime.now(UTC)
    # GDPR Art. 33 runs 72 h from aware_at: 40 h ago is past half, 100 h ago is past the deadline.
    halfway = register(
        handler,
        occurred_at=(now - timedelta(hours=50)).isoformat(),
        discovered_at=(now - timedelta(hours=41)).isoformat(),
        aware_at=(now - timedelta(hours=40)).isoformat(),
        determined_breach_at=(now - timedelta(hours=40)).isoformat(),
    )["incident_id"]
    late = register(
        handler,
        occurred_at=(now - timedelta(hours=120)).isoformat(),
        discovered_at=(now - timedelta(hours=101)).isoformat(),
        aware_at=(now - timedelta(hours=100)).isoformat(),
        determined_breach_at=(now - timedelta(hours=100)).isoformat(),
    )["incident_id"]
    schedule = event("breach-reminders-schedule")
    function_env("BreachReminderFunction")
    remind = load_handler("breach", "reminders").lambda_handler
    first = remind(copy.deepcopy(schedule), FakeContext())
    assert first["reminders"] >= 1
    assert first["missed"] >= 1
    remind(copy.deepcopy(schedule), FakeContext())
    assert _gdpr_levels(stack, halfway) == ["50"]
    assert _gdpr_levels(stack, late) == ["missed"]
    function_env("BreachFunction")
    status, view = call(handler, at_path("breach-get", incident_id=late))
    assert status == 200
    gdpr = next(o for o in view["obligations"] if o["rule_id"] == "EU-GDPR-33")
    assert gdpr["status"] == "missed"
    assert "deadline_missed" in [e["type"] for e in view["timeline"]]
    _, view = call(handler, at_path("breach-get", incident_id=halfway))
    gdpr = next(o for o in view["obligations"] if o["rule_id"] == "EU-GDPR-33")
    assert (gdpr["status"], gdpr["reminders_sent"]) == ("open", ["50"])


def test_registration_with_idempotency_key_replays(handler: Any) -> None:
    first = at_path("breach-register")
    first["headers"]["idempotency-key"] = "inc-0001"
    one = call(handler, first)
    two = call(handler, copy.deepcopy(first))
    assert one[0] == two[0] == 201
    assert one[1]["incident_id"] == two[1]["incident_id"]
