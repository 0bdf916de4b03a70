"""Classify: POST /v1/classify, and the S3 upload trigger (S3 -> SQS -> this function)."""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import unquote_plus

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.classify import classification_service

logger, tracer, metrics = observability("classify")
app = make_resolver(logger)
processor = BatchProcessor(event_type=EventType.SQS)

CLASSIFY_ROLES = ("service", "editor", "privacy_officer", "healthcare_provider")


class ClassifyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, Field(max_length=1_000_000)]
    subject_id: Annotated[str | None, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$")] = None
    purpose: Annotated[str | None, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")] = None
    declared_public: bool = False


class Finding(BaseModel):
    type: str
    start: int
    end: int
    score: float


class ClassifyResult(BaseModel):
    entities: list[Finding]
    classification: str
    record_id: str | None


@app.post("/v1/classify")
def classify(body: ClassifyBody) -> ClassifyResult:
    principal = current_principal(app)
    principal.require_role(CLASSIFY_ROLES)
    result = classification_service().classify_text(
        principal.tenant,
        body.text,
        actor=principal.user_id,
        actor_roles=tuple(principal.roles),
        declared_public=body.declared_public,
        subject_id=body.subject_id,
        purpose=body.purpose,
    )
    metrics.add_metric(name="TextsClassified", unit=MetricUnit.Count, value=1)
    return ClassifyResult.model_validate(result)


def classify_upload(record: SQSRecord) -> None:
    """One SQS message from the upload bucket's notifications; raising fails just this message."""
    message = json.loads(record.body)
    if message.get("Event") == "s3:TestEvent":
        return  # S3 sends one when the notification is configured
    for s3_record in message.get("Records", []):
        s3 = s3_record["s3"]
        # Keys arrive URL-encoded (spaces as "+").
        key = unquote_plus(s3["object"]["key"])
        outcome = classification_service().classify_upload(s3["bucket"]["name"], key, s3["object"].get("versionId"))
        logger.info("upload classified", extra={"record_id": outcome.record_id, "level": outcome.level.name})
        metrics.add_metric(name="UploadsClassified", unit=MetricUnit.Count, value=1)


_handle_api = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    records = event.get("Records")
    if records and records[0].get("eventSource") == "aws:sqs":
        response = process_partial_response(
            event=event, record_handler=classify_upload, processor=processor, context=context
        )
        return dict(response)
    return _handle_api(event, context)
