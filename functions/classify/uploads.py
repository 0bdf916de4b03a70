"""Classify uploads: the worker behind the upload queue (S3 -> SQS -> this function -> DLQ).

A function of its own, so that it holds the upload bucket's read-and-tag permission and the API does not,
and so that a slow document never shares a concurrency pool or a timeout with HTTP requests. Each message
succeeds or fails alone: a failed one is reported as a batch item failure, retried by SQS and parked in
the dead-letter queue after ``maxReceiveCount`` receives (``privacy-local dlq list`` shows it locally).
An object that cannot be read (unsupported, corrupt, encrypted, too large, or a key outside
``uploads/<tenant>/<subject pseudonym>/<upload id>.<kind>`` without the subject sealed for it in its
metadata; docs/upload-keys.md) is tagged ``privacy:status=failed`` with its ``privacy:reason``, and
logged as one line naming the reason. An object that came through a link handed out before its subject
was erased is deleted, every version, and the message succeeds.
"""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any, Literal
from urllib.parse import unquote_plus

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.parser.models.s3 import S3Object
from aws_lambda_powertools.utilities.parser.models.sqs import SqsRecordModel
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, Field, Json

from privacykit.errors import UnreadableDocument
from privacykit.observability import observability
from privacykit.roots.classify import classification_service

logger, tracer, metrics = observability("classify")


class S3TestEvent(BaseModel):
    """What S3 sends once when the notification is configured: acknowledged and ignored."""

    Event: Literal["s3:TestEvent"]


class UploadBucket(BaseModel):
    name: str


class UploadEntity(BaseModel):
    bucket: UploadBucket
    object: S3Object  # key (URL-encoded, "+" for spaces) and, in a versioned bucket, versionId


class UploadRecord(BaseModel):
    s3: UploadEntity


class UploadNotification(BaseModel):
    """The part of an S3 event notification this worker reads.

    Powertools' ``S3SqsEventNotificationRecordModel`` (body ``Json[S3Model]``) rejects the ``s3:TestEvent``
    message and requires fields (``userIdentity``, ``requestParameters``, ``responseElements``, the bucket's
    ``ownerIdentity``) that the worker never reads and that moto, the local cloud, does not send; a message
    without them must not fail. Other fields are ignored.
    """

    Records: list[UploadRecord] = Field(default_factory=list)


class UploadMessage(SqsRecordModel):
    """One SQS message from the upload bucket's notifications; a body that does not parse fails it alone."""

    body: Json[S3TestEvent | UploadNotification]


# A batch whose every message failed is answered with its failures like any other (SQS retries them,
# then parks them), not raised: raising would print the same tracebacks again on every receive.
processor = BatchProcessor(event_type=EventType.SQS, model=UploadMessage, raise_on_entire_batch_failure=False)


def classify_upload(record: UploadMessage) -> None:
    """Classify, record and tag each object of one message; raising fails just this message."""
    if isinstance(record.body, S3TestEvent):
        return
    for s3_record in record.body.Records:
        s3 = s3_record.s3
        key = unquote_plus(s3.object.key)
        try:
            outcome = classification_service().classify_upload(s3.bucket.name, key, s3.object.versionId)
        except UnreadableDocument as exc:
            # One line, no traceback and no key (it names the subject): the object's tags say which it is.
            logger.warning("upload not classified", extra={"reason": exc.reason, "message_id": record.messageId})
            metrics.add_metric(name="UploadsUnreadable", unit=MetricUnit.Count, value=1)
            raise
        if outcome is None:  # gone, or discarded because its subject was erased
            logger.info("upload not classified: nothing left to read", extra={"message_id": record.messageId})
            metrics.add_metric(name="UploadsDiscarded", unit=MetricUnit.Count, value=1)
            continue
        logger.info("upload classified", extra={"record_id": outcome.record_id, "level": outcome.level.name})
        metrics.add_metric(name="UploadsClassified", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response = process_partial_response(
        event=event, record_handler=classify_upload, processor=processor, context=context
    )
    return dict(response)


end_of_cold_start()
