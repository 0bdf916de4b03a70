"""Consent API: grant, withdraw, list, history, receipt verification."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from aws_lambda_powertools.event_handler.openapi.params import Header
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.common.ids import PurposeName
from privacykit.domain.consent.model import GrantCommand
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import PurposePath, SubjectIdPath
from privacykit.idempotency import run_once
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.consent import consent_service

logger, tracer, metrics = observability("consent")
app = make_resolver(logger)

ACTING_ROLES = ("privacy_officer", "service")
Token = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:/+-]+$")]


class GrantBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    purpose: PurposeName
    lawful_basis: Annotated[str, Field(min_length=1, max_length=64)]
    notice_version: Token
    channel: Literal["web", "mobile_app", "email", "paper", "phone", "in_person", "api", "kiosk"]
    expires_at: datetime | None = None


class SignedReceipt(BaseModel):
    model_config = ConfigDict(extra="forbid")

    receipt: dict[str, Any]
    signature: Annotated[str, Field(min_length=1, max_length=1024)]
    key_id: str | None = None
    algorithm: str | None = None


class Verification(BaseModel):
    valid: bool
    receipt_id: str | None
    reason: str | None


@app.post("/v1/subjects/<subject_id>/consents", status_code=201)
def grant(
    subject_id: SubjectIdPath,
    body: GrantBody,
    idempotency_key: Annotated[str | None, Header(alias="idempotency-key", max_length=128)] = None,
) -> dict[str, Any]:
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    command = GrantCommand(**body.model_dump())

    def run() -> dict[str, Any]:
        return consent_service().grant(
            principal.tenant, subject_id, command, actor=principal.user_id, actor_roles=tuple(principal.roles)
        )

    metrics.add_metric(name="ConsentGrantRequested", unit=MetricUnit.Count, value=1)
    if idempotency_key is None:
        return run()
    scope = f"consent.grant#{principal.tenant}#{principal.user_id}#{subject_id}"
    return run_once(scope, idempotency_key, body.model_dump(mode="json"), run, app.lambda_context)


@app.delete("/v1/subjects/<subject_id>/consents/<purpose>")
def withdraw(subject_id: SubjectIdPath, purpose: PurposePath) -> dict[str, Any]:
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    metrics.add_metric(name="ConsentWithdrawn", unit=MetricUnit.Count, value=1)
    return consent_service().withdraw(
        principal.tenant, subject_id, purpose, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )


@app.get("/v1/subjects/<subject_id>/consents")
def current(subject_id: SubjectIdPath) -> dict[str, Any]:
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    return {"subject_id": subject_id, "consents": consent_service().current(principal.tenant, subject_id)}


@app.get("/v1/subjects/<subject_id>/consents/history")
def history(subject_id: SubjectIdPath) -> dict[str, Any]:
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    return {"subject_id": subject_id, "events": consent_service().history(principal.tenant, subject_id)}


@app.post("/v1/consent-receipts/verifications")
def verify_receipt(body: SignedReceipt) -> Verification:
    current_principal(app)  # any authenticated principal may check a receipt's signature
    return Verification(**consent_service().verify_receipt(body.model_dump()))


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)
