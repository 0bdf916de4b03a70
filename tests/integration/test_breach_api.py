"""Breach notification end to end through the local HTTP API with real signed tokens, and the
reminder schedule fired by the local cloud."""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

pytestmark = pytest.mark.integration


def incident(hours_since_aware: float = 2, **changes: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    body: dict[str, Any] = {
        "entity_timezone": "Europe/Berlin",
        "occurred_at": (now - timedelta(hours=hours_since_aware + 10)).isoformat(),
        "discovered_at": (now - timedelta(hours=hours_since_aware + 1)).isoformat(),
        "aware_at": (now - timedelta(hours=hours_since_aware)).isoformat(),
        "determined_breach_at": (now - timedelta(hours=hours_since_aware)).isoformat(),
        "data_categories": ["name", "email", "payment_card_number"],
        "affected_by_residence": {"EU-DE": 1200, "US-CA": 40},
        "risk_level": "high",
    }
    body.update(changes)
    return body


def aws(api: Any, service: str) -> Any:
    return api.cloud.stack.client(service)


def test_register_read_outbox_mark_sent_and_notify(api) -> None:  # type: ignore[no-untyped-def]
    officer = api.officer()
    subjects = [f"cust-{uuid.uuid4().hex[:8]}" for _ in range(2)]
    own = api.token(sub=subjects[0])
    contact = {"email": "first@example.org", "residence": "EU-DE"}
    assert api.request("PUT", f"/v1/subjects/{subjects[0]}/contact", contact, own)[0] == 200
    ses = aws(api, "ses")
    sent_before = ses.get_send_quota()["SentLast24Hours"]

    status, created = api.request("POST", "/v1/incidents", {**incident(), "affected_subjects": subjects}, officer)
    assert status == 201
    incident_id = created["incident_id"]
    assert {"EU-GDPR-33", "US-CA-individuals"} <= {o["rule_id"] for o in created["obligations"]}

    status, view = api.request("GET", f"/v1/incidents/{incident_id}", token=officer)
    assert status == 200
    assert view["timeline"][0]["type"] == "registered"
    assert view["affected_subjects"] == 2
    assert not any(s in json.dumps(view) for s in subjects)

    status, outbox = api.request("GET", f"/v1/incidents/{incident_id}/outbox", token=officer)
    assert status == 200
    gdpr = next(d for d in outbox["drafts"] if d["rule_id"] == "EU-GDPR-33")
    evidence = {"sent_at": datetime.now(UTC).isoformat(), "channel": "portal", "reference": "BfDI-2026-7"}
    path = f"/v1/incidents/{incident_id}/obligations/{gdpr['obligation_id']}/sent"
    status, marked = api.request("POST", path, evidence, officer)
    assert (status, marked["status"]) == (200, "sent")
    assert api.request("POST", path, evidence, officer)[0] == 409

    facts = {
        "nature": "An unauthorised party read the order database.",
        "contact_point": "Data protection officer, dpo@acme.example",
        "measures": "Access closed, credentials reset.",
    }
    status, result = api.request("POST", f"/v1/incidents/{incident_id}/notices", facts, officer)
    assert (status, result["status"]) == (202, "queued"), result
    # The local cloud's notice worker takes the queued run: wait for its last timeline entry.
    deadline = time.monotonic() + 60
    while True:
        status, view = api.request("GET", f"/v1/incidents/{incident_id}", token=officer)
        done = [e for e in view["timeline"] if e["type"] == "individual_notices"]
        if done or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert done, view["timeline"]
    assert (done[0]["details"]["sent"], done[0]["details"]["no_contact"], done[0]["details"]["failed"]) == (1, 1, 0)
    assert ses.get_send_quota()["SentLast24Hours"] == sent_before + 1  # one law (GDPR) for the EU-DE resident
    status, listed = api.request("GET", f"/v1/incidents/{incident_id}/recipients", token=officer)
    assert {r["subject_id"]: (r["status"], r["rules_sent"]) for r in listed["recipients"]} == {
        subjects[0]: ("notified", ["EU-GDPR-34"]),
        subjects[1]: ("no_contact", []),
    }


def test_roles_tenants_and_bad_input(api) -> None:  # type: ignore[no-untyped-def]
    officer = api.officer()
    status, created = api.request("POST", "/v1/incidents", incident(), officer)
    assert status == 201
    path = f"/v1/incidents/{created['incident_id']}"
    assert api.request("GET", path, token=api.token(groups=["compliance_auditor"]))[0] == 403
    assert api.request("GET", path, token=api.officer(tenant="globex"))[0] == 404
    assert api.request("GET", path, token=api.token(groups=["security_admin"]))[0] == 200
    assert api.request("GET", path)[0] == 401
    assert api.request("GET", "/v1/incidents/inc_" + "0" * 32, token=officer)[0] == 404
    for bad, field in [
        ({"aware_at": "2026-03-02T10:00:00"}, "aware_at"),
        ({"entity_timezone": "Mars/Olympus"}, "entity_timezone"),
        ({"affected_by_residence": {"EU-DE": -1}}, "affected_by_residence.EU-DE"),
        ({"aware_at": (datetime.now(UTC) - timedelta(days=5)).isoformat()}, "aware_at"),
    ]:
        status, answer = api.request("POST", "/v1/incidents/assessments", incident(**bad), officer)
        assert status == 422
        assert field in [d["field"] for d in answer["error"]["details"]]
        assert "Mars/Olympus" not in json.dumps(answer)
    status, answer = api.request(
        "POST", "/v1/incidents/assessments", incident(data_categories=["email", "gait"]), officer
    )
    assert status == 422  # only the taxonomy's categories: free text would be kept and repeated
    assert [d["field"] for d in answer["error"]["details"]] == ["data_categories"]
    assert "gait" not in json.dumps(answer)


def test_schedule_sends_reminders_and_marks_missed(api) -> None:  # type: ignore[no-untyped-def]
    officer = api.officer()
    topic = api.cloud.stack.functions["BreachReminderFunction"].environment["BREACH_REMINDER_TOPIC"]
    sqs, sns = aws(api, "sqs"), aws(api, "sns")
    queue = sqs.create_queue(QueueName=f"reminders-{uuid.uuid4().hex[:8]}")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=queue_arn, Attributes={"RawMessageDelivery": "true"})
    halfway = api.request("POST", "/v1/incidents", incident(hours_since_aware=40), officer)[1]["incident_id"]
    late = api.request("POST", "/v1/incidents", incident(hours_since_aware=100), officer)[1]["incident_id"]

    schedule = api.cloud.schedule("BreachReminderFunction", "Reminders")
    assert schedule.fire()
    assert schedule.fire()  # a second run sends nothing again
    messages = []
    while batch := sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10).get("Messages", []):
        messages += [json.loads(m["Body"]) for m in batch]
        sqs.delete_message_batch(
            QueueUrl=queue, Entries=[{"Id": m["MessageId"], "ReceiptHandle": m["ReceiptHandle"]} for m in batch]
        )
    gdpr = sorted((m["incident_id"], m["level"]) for m in messages if m["rule_id"] == "EU-GDPR-33")
    assert (halfway, "50") in gdpr
    assert (late, "missed") in gdpr
    assert len([g for g in gdpr if g[0] in (halfway, late)]) == 2
    view = api.request("GET", f"/v1/incidents/{late}", token=officer)[1]
    assert next(o for o in view["obligations"] if o["rule_id"] == "EU-GDPR-33")["status"] == "missed"
