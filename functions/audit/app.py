"""Audit trail: verification for auditors (GET /v1/audit/verification). The periodic signed digest is a
function of its own (digests.py), so this one may verify signatures but never sign."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel

from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.audit import audit_verifier

logger, tracer, metrics = observability("audit")
app = make_resolver(logger)

AUDIT_VIEWERS = ("compliance_auditor", "privacy_officer")


class Break(BaseModel):
    seq: int | None
    segment: str | None
    reason: str


class VerificationResult(BaseModel):
    valid: bool
    events: int
    first_break: Break | None
    digests_checked: int
    #: Events committed but not sealed yet: the sealer runs every minute.
    pending: int
    #: The first event this verification read: the one after the newest signed digest.
    verified_from: int


@app.get("/v1/audit/verification")
def verification() -> VerificationResult:
    principal = current_principal(app)
    principal.require_role(AUDIT_VIEWERS)
    result = audit_verifier().verify(principal.tenant)
    metrics.add_metric(
        name="AuditChainBroken" if not result.valid else "AuditChainVerified", unit=MetricUnit.Count, value=1
    )
    logger.info("audit chain verified", extra={"valid": result.valid, "events": result.events})
    return VerificationResult.model_validate(result.as_dict())


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)
