"""Event sources moto does not run: SQS event source mappings (with Lambda's partial-batch
semantics), DynamoDB stream event source mappings (filters, retries, an on-failure destination) and
EventBridge schedules (with retries and a dead-letter queue)."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
from botocore.config import Config

from localcloud.functions import FunctionHost, InvocationFailed
from localcloud.provision import Stack

__all__ = ["QueuePoller", "StreamPoller", "Schedule", "parse_schedule", "sqs_event", "matches_pattern"]

_RETRY_BACKOFF_SECONDS = 1  # locally, a failed message becomes visible again quickly


def _lambda_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    converted = {}
    for name, value in attributes.items():
        item = {"dataType": value.get("DataType"), "stringListValues": [], "binaryListValues": []}
        if "StringValue" in value:
            item["stringValue"] = value["StringValue"]
        if "BinaryValue" in value:
            item["binaryValue"] = value["BinaryValue"]
        converted[name] = item
    return converted


def sqs_event(messages: list[dict[str, Any]], queue_arn: str, region: str) -> dict[str, Any]:
    """The event Lambda hands a function for a batch of SQS messages."""
    return {
        "Records": [
            {
                "messageId": m["MessageId"],
                "receiptHandle": m["ReceiptHandle"],
                "body": m["Body"],
                "attributes": m.get("Attributes", {}),
                "messageAttributes": _lambda_attributes(m.get("MessageAttributes", {})),
                "md5OfBody": m.get("MD5OfBody") or hashlib.md5(m["Body"].encode(), usedforsecurity=False).hexdigest(),
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": region,
            }
            for m in messages
        ]
    }


class QueuePoller:
    """Polls one queue for one function, as an SQS event source mapping does."""

    def __init__(self, stack: Stack, host: FunctionHost, properties: dict[str, Any]) -> None:
        self.host = host
        self.queue_arn = str(stack.resolver.resolve(properties["Queue"]))
        self.queue_url = stack.queue_urls_by_arn[self.queue_arn]
        self.batch_size = min(int(properties.get("BatchSize", 10)), 10)
        self.partial = "ReportBatchItemFailures" in (properties.get("FunctionResponseTypes") or [])
        self.region = stack.region
        self._sqs = stack.client("sqs")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True, name=f"sqs-{host.spec.logical_id}")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():  # a cloud that failed to start never started its pollers
            self._thread.join(timeout=5)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_once(wait_seconds=1)
            except Exception as exc:
                if self._stop.is_set():
                    return
                print(f"sqs poller {self.host.spec.logical_id}: {type(exc).__name__}", file=sys.stderr)
                time.sleep(1)

    def poll_once(self, wait_seconds: int = 0) -> int:
        """Receive one batch and hand it to the function; returns the number of messages."""
        messages = self._sqs.receive_message(
            QueueUrl=self.queue_url,
            MaxNumberOfMessages=self.batch_size,
            WaitTimeSeconds=wait_seconds,
            AttributeNames=["All"],
            MessageAttributeNames=["All"],
        ).get("Messages", [])
        if not messages:
            return 0
        failed: set[str]
        try:
            result = self.host.invoke(sqs_event(messages, self.queue_arn, self.region))
        except InvocationFailed:
            failed = {m["MessageId"] for m in messages}
        else:
            failures = (result or {}).get("batchItemFailures") if self.partial and isinstance(result, dict) else None
            failed = {f["itemIdentifier"] for f in failures or []}
        for message in messages:
            if message["MessageId"] in failed:
                # Retried after a short pause; moto moves it to the DLQ after maxReceiveCount.
                self._sqs.change_message_visibility(
                    QueueUrl=self.queue_url,
                    ReceiptHandle=message["ReceiptHandle"],
                    VisibilityTimeout=_RETRY_BACKOFF_SECONDS,
                )
            else:
                self._sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"])
        return len(messages)


# -- DynamoDB streams ------------------------------------------------------------------------------
def _matches_value(rule: Any, value: Any) -> bool:
    if isinstance(rule, dict):
        if set(rule) == {"prefix"}:
            return isinstance(value, str) and value.startswith(rule["prefix"])
        raise ValueError(f"the local cloud's stream filters support literals and prefix, not {sorted(rule)}")
    return bool(rule == value)


def matches_pattern(pattern: dict[str, Any], record: dict[str, Any]) -> bool:
    """Whether ``record`` matches a Lambda event filter ``pattern`` (the EventBridge pattern syntax, in
    the subset the template uses: nested objects, lists of literals and ``{"prefix": ...}``)."""
    for name, rule in pattern.items():
        value = record.get(name) if isinstance(record, dict) else None
        if isinstance(rule, dict):
            if not isinstance(value, dict) or not matches_pattern(rule, value):
                return False
        elif isinstance(rule, list):
            if not any(_matches_value(option, value) for option in rule):
                return False
        else:
            raise ValueError("a filter pattern's leaves are lists")
    return True


class StreamPoller:
    """Reads one DynamoDB stream for one function, as a DynamoDB event source mapping does: records in
    order per shard, at most ``BatchSize`` a batch, only those the ``FilterCriteria`` pass; a batch that
    fails is retried up to ``MaximumRetryAttempts`` times and then described to the ``OnFailure``
    destination (an SQS queue), and the stream moves on, as Lambda does."""

    def __init__(self, stack: Stack, host: FunctionHost, properties: dict[str, Any], idle_seconds: float = 0.2) -> None:
        self.host = host
        self.stream_arn = str(stack.resolver.resolve(properties["Stream"]))
        self.batch_size = min(int(properties.get("BatchSize", 100)), 1000)
        self.starting_position = str(properties.get("StartingPosition", "LATEST"))
        retries = int(properties.get("MaximumRetryAttempts", -1))
        self.retries = 2 if retries < 0 else retries  # "forever" would stop the local stream for good
        self.filters = [json.loads(f["Pattern"]) for f in (properties.get("FilterCriteria") or {}).get("Filters", [])]
        destination = ((properties.get("DestinationConfig") or {}).get("OnFailure") or {}).get("Destination")
        self.on_failure_url = stack.queue_urls_by_arn[str(stack.resolver.resolve(destination))] if destination else None
        self.region = stack.region
        self.idle_seconds = idle_seconds
        # Account-based endpoints (123456789012.streams-ddb...) are botocore's default and moto does not
        # answer them in process; the regional endpoint is what moto serves.
        self._streams = boto3.client(
            "dynamodbstreams",
            endpoint_url=stack.endpoint,
            region_name=stack.region,
            aws_access_key_id="local",
            aws_secret_access_key="local",  # noqa: S106 - moto accepts any credentials
            config=Config(account_id_endpoint_mode="disabled"),
        )
        self._sqs = stack.client("sqs")
        self._iterators: dict[str, str | None] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True, name=f"stream-{host.spec.logical_id}")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                if not self.poll_once():
                    self._stop.wait(self.idle_seconds)
            except Exception as exc:
                if self._stop.is_set():
                    return
                print(f"stream poller {self.host.spec.logical_id}: {type(exc).__name__}", file=sys.stderr)
                time.sleep(1)

    def _shards(self) -> None:
        shards = self._streams.describe_stream(StreamArn=self.stream_arn)["StreamDescription"].get("Shards", [])
        for shard in shards:
            if shard["ShardId"] not in self._iterators:
                self._iterators[shard["ShardId"]] = self._streams.get_shard_iterator(
                    StreamArn=self.stream_arn, ShardId=shard["ShardId"], ShardIteratorType=self.starting_position
                )["ShardIterator"]

    def poll_once(self) -> int:
        """Read each shard once and hand what passes the filters to the function; the records read."""
        self._shards()
        read = 0
        for shard_id, iterator in list(self._iterators.items()):
            if iterator is None:
                continue  # a closed shard
            out = self._streams.get_records(ShardIterator=iterator, Limit=self.batch_size)
            self._iterators[shard_id] = out.get("NextShardIterator")
            records = out.get("Records", [])
            read += len(records)
            passed = [
                {**r, "eventSourceARN": self.stream_arn, "awsRegion": self.region}
                for r in records
                if not self.filters or any(matches_pattern(p, r) for p in self.filters)
            ]
            if passed:
                self._deliver(shard_id, passed)
        return read

    def _deliver(self, shard_id: str, records: list[dict[str, Any]]) -> None:
        event = {"Records": json.loads(json.dumps(records, default=str))}
        for _ in range(self.retries + 1):
            try:
                self.host.invoke(event)
                return
            except InvocationFailed:
                continue
        if self.on_failure_url:
            first, last = records[0]["dynamodb"], records[-1]["dynamodb"]
            self._sqs.send_message(
                QueueUrl=self.on_failure_url,
                MessageBody=json.dumps(
                    {
                        "requestContext": {"condition": "RetryAttemptsExhausted", "functionArn": self.host.spec.name},
                        "DDBStreamBatchInfo": {
                            "shardId": shard_id,
                            "startSequenceNumber": first.get("SequenceNumber"),
                            "endSequenceNumber": last.get("SequenceNumber"),
                            "batchSize": len(records),
                            "streamArn": self.stream_arn,
                        },
                    }
                ),
            )


# -- schedules -------------------------------------------------------------------------------------
_RATE = re.compile(r"^rate\((\d+)\s+(minute|minutes|hour|hours|day|days)\)$")
_UNIT_SECONDS = {"minute": 60, "hour": 3600, "day": 86400}
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _cron_field(spec: str, value: int, low: int) -> bool:
    if spec in ("*", "?"):
        return True
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/", 1)
            step = int(step_text)
        if part in ("*", ""):
            start, end = low, 10_000
        elif "-" in part:
            start, end = (int(x) for x in part.split("-", 1))
        else:
            start = end = int(part)
            if step != 1:
                end = 10_000
        if start <= value <= end and (value - start) % step == 0:
            return True
    return False


def parse_schedule(expression: str) -> Any:
    """A function ``due(previous_fire, now) -> bool`` for ``rate(...)`` or ``cron(...)``."""
    rate = _RATE.match(expression.strip())
    if rate:
        seconds = int(rate.group(1)) * _UNIT_SECONDS[rate.group(2).rstrip("s")]
        return lambda previous, now: now - previous >= timedelta(seconds=seconds)
    if expression.startswith("cron(") and expression.endswith(")"):
        fields = expression[5:-1].split()
        if len(fields) != 6:
            raise ValueError(f"cron needs 6 fields: {expression}")
        minute, hour, dom, month, dow, _year = fields
        for number, day in enumerate(("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"), start=1):
            dow = dow.upper().replace(day, str(number))
        for number, name in enumerate(_MONTHS, start=1):
            month = month.upper().replace(name, str(number))

        def due(previous: datetime, now: datetime) -> bool:
            if now.replace(second=0, microsecond=0) <= previous.replace(second=0, microsecond=0):
                return False
            weekday = (now.isoweekday() % 7) + 1  # EventBridge: 1 = Sunday
            return (
                _cron_field(minute, now.minute, 0)
                and _cron_field(hour, now.hour, 0)
                and _cron_field(dom, now.day, 1)
                and _cron_field(month, now.month, 1)
                and _cron_field(dow, weekday, 1)
            )

        return due
    raise ValueError(f"unsupported schedule expression: {expression}")


class Schedule:
    """One EventBridge schedule of one function, with retries and its dead-letter queue."""

    def __init__(self, stack: Stack, host: FunctionHost, name: str, properties: dict[str, Any]) -> None:
        self.host = host
        self.name = name
        self.expression = str(properties.get("Schedule") or properties.get("ScheduleExpression"))
        self.due = parse_schedule(self.expression)
        self.retries = int((properties.get("RetryPolicy") or {}).get("MaximumRetryAttempts", 2))
        dlq_arn = (properties.get("DeadLetterConfig") or {}).get("Arn")
        self.dlq_url = stack.queue_urls_by_arn[str(stack.resolver.resolve(dlq_arn))] if dlq_arn else None
        self.region = stack.region
        self._sqs = stack.client("sqs")
        self.last_fired = datetime.now(UTC)

    def event(self, now: datetime) -> dict[str, Any]:
        return {
            "version": "0",
            "id": str(uuid.uuid4()),
            "detail-type": "Scheduled Event",
            "source": "aws.events",
            "account": "123456789012",
            "time": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "region": self.region,
            "resources": [f"arn:aws:events:{self.region}:123456789012:rule/{self.host.spec.name}-{self.name}"],
            "detail": {},
        }

    def fire(self, now: datetime | None = None, *, keep_rhythm: bool = False) -> bool:
        """Invoke the function; after the retries, park the event in the DLQ. True on success.

        ``keep_rhythm``: a run by hand (``privacy-local trigger``) that leaves the next scheduled run
        where it was, as running an EventBridge target by hand would."""
        moment = now or datetime.now(UTC)
        if not keep_rhythm:
            self.last_fired = moment
        event = self.event(moment)
        for _ in range(self.retries + 1):
            try:
                self.host.invoke(event)
                return True
            except InvocationFailed:
                continue
        if self.dlq_url:
            self._sqs.send_message(
                QueueUrl=self.dlq_url,
                MessageBody=json.dumps(event),
                MessageAttributes={
                    "ErrorCode": {"DataType": "String", "StringValue": "InvocationFailed"},
                    "RuleArn": {"DataType": "String", "StringValue": event["resources"][0]},
                },
            )
        return False

    def tick(self, now: datetime) -> None:
        if self.due(self.last_fired, now):
            self.fire(now)
