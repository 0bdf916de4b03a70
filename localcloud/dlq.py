"""The dead-letter queues of the running local cloud: what is parked in each (``privacy-local dlq list``)
and sending it back to the queue it came from (``privacy-local dlq redrive``).

A dead-letter queue is a queue another queue's ``RedrivePolicy`` names (its source, where a redrive
sends the messages) or one whose name says ``DeadLetter`` without a source queue. What parks in one of
those is read from the template (:func:`origins`): failed scheduled events (``privacy-local trigger``
runs the schedule again), asynchronous invocations that failed every retry, or the positions of a
stream's batches that failed monitoring.

A parked message is shown by what it is, not by what it holds: an S3 notification by its bucket, the
tenant and the file's extension (the key's subject and file name are personal) and, when the object
still has them, the ``privacy:status``/``privacy:reason`` tags the upload worker left on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote_plus

__all__ = ["DeadLetterQueue", "Parked", "dead_letter_queues", "parked", "redrive", "describe", "origins"]

_STACK_PREFIX = "local-"
_BATCH = 10


@dataclass(frozen=True)
class DeadLetterQueue:
    name: str  # the template's logical id
    url: str
    source_url: str | None  # None for the schedules' DLQ
    messages: int


@dataclass(frozen=True)
class Parked:
    message_id: str
    sent_at: datetime | None
    receives: int
    what: str
    tags: dict[str, str] = field(default_factory=dict)


def _logical(url: str) -> str:
    return url.rsplit("/", 1)[-1].removeprefix(_STACK_PREFIX)


def dead_letter_queues(sqs: Any) -> list[DeadLetterQueue]:
    urls = sqs.list_queues().get("QueueUrls", [])
    attributes = {url: sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"] for url in urls}
    arn_to_url = {attrs["QueueArn"]: url for url, attrs in attributes.items()}
    sources = {
        arn_to_url[json.loads(attrs["RedrivePolicy"])["deadLetterTargetArn"]]: url
        for url, attrs in attributes.items()
        if "RedrivePolicy" in attrs and json.loads(attrs["RedrivePolicy"])["deadLetterTargetArn"] in arn_to_url
    }
    found = [
        DeadLetterQueue(
            _logical(url), url, sources.get(url), int(attributes[url].get("ApproximateNumberOfMessages", 0))
        )
        for url in urls
        if url in sources or "deadletter" in _logical(url).lower()
    ]
    return sorted(found, key=lambda q: q.name)


def _target(value: Any) -> str | None:
    """The logical id an ``!GetAtt X.Arn`` names."""
    if isinstance(value, dict) and isinstance(value.get("Fn::GetAtt"), list):
        return str(value["Fn::GetAtt"][0])
    return None


def origins(template: dict[str, Any]) -> dict[str, str]:
    """Logical id of each dead-letter queue without a source queue -> what parks in it, as the template
    wires it: a schedule's ``DeadLetterConfig``, an event source mapping's ``OnFailure`` destination (a
    stream), the functions' ``DeadLetterQueue`` (asynchronous invocations)."""
    found: dict[str, list[str]] = {}

    def add(queue: str | None, what: str) -> None:
        if queue and what not in found.setdefault(queue, []):
            found[queue].append(what)

    for resource in (template.get("Resources") or {}).values():
        properties = resource.get("Properties") or {}
        add(_target((properties.get("DeadLetterQueue") or {}).get("TargetArn")), "failed asynchronous invocations")
        for event in (properties.get("Events") or {}).values():
            props = event.get("Properties") or {}
            if event.get("Type") == "Schedule":
                add(_target((props.get("DeadLetterConfig") or {}).get("Arn")), "schedules")
            destination = ((props.get("DestinationConfig") or {}).get("OnFailure") or {}).get("Destination")
            stream = _target(props.get("Stream"))
            add(_target(destination), f"the {stream} stream: positions of failed batches" if stream else "a stream")
    add(_target((template.get("Globals", {}).get("Function", {}).get("DeadLetterQueue") or {}).get("TargetArn")),
        "failed asynchronous invocations")  # fmt: skip
    return {queue: ", ".join(whats) for queue, whats in found.items()}


def find(sqs: Any, name: str) -> DeadLetterQueue:
    queues = dead_letter_queues(sqs)
    for queue in queues:
        if name in (queue.name, _STACK_PREFIX + queue.name):
            return queue
    raise SystemExit(f"privacy-local: no dead-letter queue {name!r} (there are: {', '.join(q.name for q in queues)})")


def _receive_all(sqs: Any, url: str) -> Iterator[dict[str, Any]]:
    """Every message of ``url``, each received once (hidden for a minute: a second pass sees none)."""
    while True:
        batch = sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=_BATCH, VisibilityTimeout=60, AttributeNames=["All"]
        ).get("Messages", [])
        if not batch:
            return
        yield from batch


def describe(s3: Any, body: str) -> tuple[str, dict[str, str]]:
    """What a parked message is, without its personal parts, and the tags of the object it names."""
    try:
        parsed = json.loads(body)
    except ValueError:
        return "a message that is not JSON", {}
    if not isinstance(parsed, dict):
        return "a JSON message", {}
    records = parsed.get("Records")
    if isinstance(records, list) and records and isinstance(records[0], dict) and "s3" in records[0]:
        s3_part = records[0]["s3"]
        bucket = s3_part.get("bucket", {}).get("name", "?")
        key = unquote_plus(str(s3_part.get("object", {}).get("key", "")))
        parts = key.split("/")
        tenant = parts[1] if len(parts) > 2 and parts[0] == "uploads" else "?"
        extension = key.rsplit(".", 1)[-1] if "." in parts[-1] else "no extension"
        tags: dict[str, str] = {}
        try:
            tag_set = s3.get_object_tagging(Bucket=bucket, Key=key)["TagSet"]
            tags = {t["Key"]: t["Value"] for t in tag_set if t["Key"] in ("privacy:status", "privacy:reason")}
        except Exception:  # the object may be gone; the message is shown all the same
            tags = {"privacy:status": "object gone"}
        return f"upload in {bucket}, tenant {tenant}, .{extension}", tags
    if {"tenant", "job_id"} <= set(parsed):
        return f"job {parsed['job_id']} of tenant {parsed['tenant']}", {}
    if "detail-type" in parsed or parsed.get("source") == "aws.events":
        return "a scheduled event", {}
    return f"a message with fields {', '.join(sorted(parsed)[:5])}", {}


def parked(sqs: Any, s3: Any, queue: DeadLetterQueue) -> list[Parked]:
    """The messages parked in ``queue``, left there and visible again at once (a redrive may follow)."""
    messages = list(_receive_all(sqs, queue.url))
    found = []
    for message in messages:
        attributes = message.get("Attributes", {})
        sent = attributes.get("SentTimestamp")
        what, tags = describe(s3, message.get("Body", ""))
        found.append(
            Parked(
                message_id=message["MessageId"],
                sent_at=datetime.fromtimestamp(int(sent) / 1000, UTC) if sent else None,
                receives=int(attributes.get("ApproximateReceiveCount", 0)),
                what=what,
                tags=tags,
            )
        )
    for message in messages:
        sqs.change_message_visibility(QueueUrl=queue.url, ReceiptHandle=message["ReceiptHandle"], VisibilityTimeout=0)
    return found


def redrive(sqs: Any, queue: DeadLetterQueue) -> int:
    """Send every message parked in ``queue`` back to its source queue, as it was; how many."""
    if queue.source_url is None:
        raise SystemExit(
            f"privacy-local: {queue.name} holds failed scheduled events, not a queue's messages: run the "
            "schedule again with `privacy-local trigger`"
        )
    moved = 0
    for message in _receive_all(sqs, queue.url):
        sqs.send_message(QueueUrl=queue.source_url, MessageBody=message["Body"])
        sqs.delete_message(QueueUrl=queue.url, ReceiptHandle=message["ReceiptHandle"])
        moved += 1
    return moved
