"""Individual notices at scale on moto (issue 14, Scale): 2,000 affected subjects, which one request could
not notify within the function's 15 s, are queued by the route and sent by the notice worker in batches of
``NOTICE_BATCH``: a bounded number of invocations (one message each), every subject sent once, and a
redelivered message sends nothing again."""

from __future__ import annotations

import json
import math
import os
from typing import Any

import pytest
from aws_lambda_powertools.utilities.batch.exceptions import BatchProcessingError
from moto.core import DEFAULT_ACCOUNT_ID
from moto.ses.models import ses_backends

from localcloud.provision import Stack
from privacy_helpers import FakeContext, load_handler, sqs_record
from privacykit.adapters.aws import client
from privacykit.domain.breach.notices import NoticeFacts
from privacykit.domain.breach.service import NOTICE_BATCH, incident_from
from privacykit.roots import breach as breach_root

SUBJECTS = 2_000
INCIDENT: dict[str, Any] = {
    "entity_timezone": "Europe/Berlin",
    "discovered_at": "2026-03-02T09:00:00+00:00",
    "aware_at": "2026-03-02T10:00:00+00:00",
    "data_categories": ["name", "email", "payment_card_number"],
    "affected_by_residence": {"EU-DE": SUBJECTS},
    "risk_level": "high",
}
FACTS = NoticeFacts(
    nature="An unauthorised party read the order database.",
    contact_point="Data protection officer",
    measures="Access closed, credentials reset.",
)


#: Batches one invocation has time for in this test (the worker starts none with less than the margin left).
BATCHES_PER_INVOCATION = 10


class Budget(FakeContext):
    """A Lambda context whose remaining time allows ``batches`` batches: the worker asks it once a batch."""

    def __init__(self, batches: int) -> None:
        self._left = batches

    def get_remaining_time_in_millis(self) -> int:
        self._left -= 1
        return 900_000 if self._left > 0 else 0


def _record(message: dict[str, Any], receives: int = 1) -> dict[str, Any]:
    return sqs_record(
        message["Body"], receives=receives, message_id=message["MessageId"], receipt=message["ReceiptHandle"]
    )


def test_two_thousand_subjects_complete_through_the_worker_in_bounded_invocations(stack: Stack) -> None:
    subjects = [f"cust-{i:05d}" for i in range(SUBJECTS)]
    contacts = breach_root.incident_service()._contacts
    reachable = subjects[::10]  # one in ten left an address (sealing 2,000 of them would only slow the test)
    for subject in reachable:
        contacts.put_email("acme", subject, f"{subject}@example.org", "EU-DE")
    service = breach_root.notice_service()
    incident_id = service.register("acme", incident_from(INCIDENT), affected_subjects=subjects, actor="o-1")[
        "incident_id"
    ]
    queued = service.start_individual_notices("acme", incident_id, FACTS, actor="o-1")
    assert queued["status"] == "queued"

    worker = load_handler("breach", "notices").lambda_handler
    sqs = client("sqs")
    url = os.environ["NOTICE_QUEUE_URL"]
    invocations, redelivered = 0, False
    while True:
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=1).get("Messages", [])
        if not messages:
            break
        assert worker({"Records": [_record(messages[0])]}, Budget(BATCHES_PER_INVOCATION)) == {"batchItemFailures": []}
        invocations += 1
        if invocations == 2 and not redelivered:
            # SQS may deliver a message again: the checkpoint moved on, nothing is sent twice.
            assert worker({"Records": [_record(messages[0], 2)]}, Budget(1)) == {"batchItemFailures": []}
            redelivered = True
        sqs.delete_message(QueueUrl=url, ReceiptHandle=messages[0]["ReceiptHandle"])
    # Each invocation sends its batches and queues the run again: ceil(2,000 / (50 x 10)) of them, and one
    # more for the message the redelivery queued (which finds the run completed, or goes on with it).
    assert invocations <= math.ceil(SUBJECTS / (NOTICE_BATCH * BATCHES_PER_INVOCATION)) + 1

    messages_sent = ses_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].sent_messages
    sent = [a for m in messages_sent for a in m.destinations["ToAddresses"]]
    assert sorted(sent) == sorted(f"{s}@example.org" for s in reachable)  # each once
    run = service.notices_status("acme", incident_id)
    assert run is not None and run["status"] == "completed"
    assert (run["sent"], run["no_contact"], run["failed"]) == (len(reachable), SUBJECTS - len(reachable), 0)
    timeline = service.get("acme", incident_id)["timeline"]
    assert json.dumps(timeline).count("individual_notices_progress") >= 1


def test_the_last_failed_receive_marks_the_run_failed_and_asking_again_resumes_it(
    stack: Stack, monkeypatch: Any
) -> None:
    # The run stayed "running" for ever when its message was parked in the dead-letter queue.
    subjects = [f"cust-{i:03d}" for i in range(120)]
    contacts = breach_root.incident_service()._contacts
    for subject in subjects[:3]:
        contacts.put_email("acme", subject, f"{subject}@example.org", "EU-DE")
    service = breach_root.notice_service()
    incident = {**INCIDENT, "affected_by_residence": {"EU-DE": len(subjects)}}
    incident_id = service.register("acme", incident_from(incident), affected_subjects=subjects, actor="o-1")[
        "incident_id"
    ]
    service.start_individual_notices("acme", incident_id, FACTS, actor="o-1")
    url = os.environ["NOTICE_QUEUE_URL"]
    (message,) = client("sqs").receive_message(QueueUrl=url, MaxNumberOfMessages=1)["Messages"]
    client("sqs").delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    worker_module = load_handler("breach", "notices")
    # One batch goes through, then the e-mail service is down for every later receive.
    worker_module.lambda_handler({"Records": [_record(message)]}, Budget(1))
    (message,) = client("sqs").receive_message(QueueUrl=url, MaxNumberOfMessages=1)["Messages"]
    client("sqs").delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    mid_way = service.notices_status("acme", incident_id)
    assert mid_way is not None and mid_way["status"] == "running" and mid_way["batches"] == 1

    def down(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the e-mail service is down")

    monkeypatch.setattr(breach_root.notice_service(), "continue_individual_notices", down)
    for receives in (1, 2, 3):
        with pytest.raises(BatchProcessingError):  # a batch whose every message failed, as Powertools says
            worker_module.lambda_handler({"Records": [_record(message, receives)]}, Budget(10))
        seen = service.notices_status("acme", incident_id)
        assert seen is not None and seen["status"] == ("failed" if receives == 3 else "running")
    assert seen["batches"] == 1  # the checkpoint is kept
    pending = json.dumps(client("dynamodb").scan(TableName=stack.ref("AuditOutboxTable"))["Items"])
    assert "breach.individual_notices_failed" in pending

    monkeypatch.undo()
    again = service.start_individual_notices("acme", incident_id, FACTS, actor="o-1")
    assert again["status"] == "queued" and again["run_id"] == mid_way["run_id"]
    (message,) = client("sqs").receive_message(QueueUrl=url, MaxNumberOfMessages=1)["Messages"]
    assert worker_module.lambda_handler({"Records": [_record(message)]}, Budget(10)) == {"batchItemFailures": []}
    done = service.notices_status("acme", incident_id)
    assert done is not None and done["status"] == "completed" and done["sent"] == 3
    sent = [
        a for m in ses_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].sent_messages for a in m.destinations["ToAddresses"]
    ]
    assert sorted(sent) == sorted(f"{s}@example.org" for s in subjects[:3])  # each once, across the failure
