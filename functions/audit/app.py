"""Audit trail for auditors: verification from the newest signed digest (GET /v1/audit/verification), and
full verification from the first event as an asynchronous job (POST /v1/audit/verifications, then its
status URL). Sealing and the signed digest are functions of their own (seals.py, digests.py), so this one
may verify signatures but never sign; the job runs in verifications.py."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict

from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import JobIdPath
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.audit import audit_verifier, verification_jobs

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
    """Verify the tenant's audit trail from its last signed digest.

    Checks the chain from the newest signed digest to the head; what is older was verified when the digest was signed.
    """
    principal = current_principal(app)
    principal.require_role(AUDIT_VIEWERS)
    result = audit_verifier().verify(principal.tenant)
    metrics.add_metric(
        name="AuditChainBroken" if not result.valid else "AuditChainVerified", unit=MetricUnit.Count, value=1
    )
    logger.info("audit chain verified", extra={"valid": result.valid, "events": result.events})
    return VerificationResult.model_validate(result.as_dict())


class VerificationJobAccepted(BaseModel):
    job_id: str
    status: str
    status_url: str


class VerificationJobStatus(BaseModel):
    job_id: str
    status: str
    requested_at: str
    started_at: str | None
    completed_at: str | None
    result: VerificationResult | None
    reason: str | None


class FullVerificationRequest(BaseModel):
    """No options yet: the job verifies the caller's tenant from the first event. A body, when sent,
    must be this empty object (a field the route does not know is an error, not ignored)."""

    model_config = ConfigDict(extra="forbid")


@app.post("/v1/audit/verifications", status_code=202)
def request_full_verification(body: FullVerificationRequest | None = None) -> VerificationJobAccepted:
    """Start a full verification of the audit trail.

    Answers 202 with a status URL; a queue worker walks every segment of every version.
    """
    principal = current_principal(app)
    principal.require_role(AUDIT_VIEWERS)
    job = verification_jobs().request(principal.tenant, actor=principal.user_id, actor_roles=tuple(principal.roles))
    return VerificationJobAccepted(
        job_id=job.job_id, status=job.status, status_url=f"/v1/audit/verifications/{job.job_id}"
    )


@app.get("/v1/audit/verifications/<job_id>")
def full_verification(job_id: JobIdPath) -> VerificationJobStatus:
    """Read a full verification job.

    Its status and, once done, its result: valid, or the first broken position and why.
    """
    principal = current_principal(app)
    principal.require_role(AUDIT_VIEWERS)
    return VerificationJobStatus.model_validate(verification_jobs().get(principal.tenant, job_id).as_dict())


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)
