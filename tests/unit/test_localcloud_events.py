"""The local cloud runs the event sources moto does not: S3 -> SQS -> function with partial batch
failures and a DLQ, and schedules with retries and a DLQ."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from localcloud.events import parse_schedule
from localcloud.runtime import LocalCloud
from localcloud.template import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "eventsource" / "template.yaml"


@pytest.fixture(scope="module")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCloud]:
    state: Path = tmp_path_factory.mktemp("state")
    with LocalCloud(template=FIXTURE, state_dir=state, write_state_file=False) as running:
        yield running


def wait_for(condition: Callable[[], bool], seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def processed(cloud: LocalCloud, item_id: str) -> bool:
    assert cloud.stack is not None
    table = cloud.stack.ref("ResultsTable")
    return "Item" in cloud.stack.client("dynamodb").get_item(TableName=table, Key={"id": {"S": item_id}})


def dead_letters(cloud: LocalCloud, queue: str) -> list[dict[str, object]]:
    assert cloud.stack is not None
    sqs = cloud.stack.client("sqs")
    messages = sqs.receive_message(QueueUrl=cloud.stack.ref(queue), MaxNumberOfMessages=10).get("Messages", [])
    return [json.loads(m["Body"]) for m in messages]


def test_upload_reaches_the_function_with_its_key_decoded(cloud: LocalCloud) -> None:
    assert cloud.stack is not None
    s3 = cloud.stack.client("s3")
    s3.put_object(Bucket=cloud.stack.ref("UploadBucket"), Key="uploads/acme/s 1/report one.txt", Body=b"hello")
    assert wait_for(lambda: processed(cloud, "uploads/acme/s 1/report one.txt"))


def test_a_failing_message_goes_to_the_dlq_and_does_not_block_the_rest(cloud: LocalCloud) -> None:
    assert cloud.stack is not None
    s3 = cloud.stack.client("s3")
    bucket = cloud.stack.ref("UploadBucket")
    s3.put_object(Bucket=bucket, Key="uploads/poison.bin", Body=b"x")
    s3.put_object(Bucket=bucket, Key="uploads/fine.txt", Body=b"x")
    assert wait_for(lambda: processed(cloud, "uploads/fine.txt"))
    parked: list[dict[str, object]] = []
    assert wait_for(lambda: bool(parked.extend(dead_letters(cloud, "UploadsDeadLetters")) or parked), 30)
    assert "poison" in json.dumps(parked)


def test_schedule_invokes_its_function(cloud: LocalCloud) -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert cloud.schedule("TickFunction", "Tick").fire(now) is True
    assert processed(cloud, "tick:2026-11-23T09:00:00Z")


def test_failing_schedule_is_retried_then_parked_in_its_dlq(cloud: LocalCloud) -> None:
    assert cloud.schedule("FailingTickFunction", "Tick").fire() is False
    parked = dead_letters(cloud, "ScheduleDeadLetters")
    assert [m["detail-type"] for m in parked] == ["Scheduled Event"]


def test_schedule_expressions() -> None:
    hourly = parse_schedule("rate(1 hour)")
    start = datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
    assert not hourly(start, start.replace(minute=59))
    assert hourly(start, start.replace(hour=1))
    nightly = parse_schedule("cron(0 3 * * ? *)")
    assert nightly(start, start.replace(hour=3))
    assert not nightly(start, start.replace(hour=4))
    weekdays = parse_schedule("cron(30 9 ? * MON-FRI *)")
    monday = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    assert weekdays(start, monday)
    assert not weekdays(start, monday.replace(day=22))  # Sunday
    with pytest.raises(ValueError, match="unsupported"):
        parse_schedule("every tuesday")
