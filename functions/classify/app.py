"""Classify: POST /v1/classify. Uploads have functions of their own (the links in functions/upload_links/,
the worker in uploads.py, behind the queue), so this one carries no S3 permissions and only the HTTP
API's settings."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Annotated, Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.common.ids import Identifier, PurposeName
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.wire import Finding
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.classify import classification_service

logger, tracer, metrics = observability("classify")
app = make_resolver(logger)

CLASSIFY_ROLES = ("service", "editor", "privacy_officer", "healthcare_provider")


class ClassifyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, Field(max_length=1_000_000)]
    subject_id: Identifier | None = None
    purpose: PurposeName | None = None
    declared_public: bool = False


class ClassifyResult(BaseModel):
    entities: list[Finding]
    classification: str
    record_id: str | None


@app.post("/v1/classify")
def classify(body: ClassifyBody) -> ClassifyResult:
    """Classify a text.

    The personal data found (type, character span, score) and a level; with a subject_id the text is kept as a
    record, sealed under the subject's key.
    """
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


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
