"""Audit trail for auditors: queries of the trail from its event index (GET /v1/audit/events, also as CSV
or JSON Lines; docs/audit-reports.md), verification from the newest signed digest
(GET /v1/audit/verification), and full verification from the first event as an asynchronous job
(POST /v1/audit/verifications, then its status URL). Sealing and the signed digest are functions of their
own (seals.py, digests.py), so this one may verify signatures but never sign; the job runs in
verifications.py."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

import csv
import io
import json
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.event_handler.openapi.types import OpenAPIResponseContentSchema
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.audit.frameworks import Framework
from privacykit.domain.audit.query import MAX_PAGE
from privacykit.domain.audit.reports import ReportJob
from privacykit.domain.common.ids import SAFE_ID_PATTERN
from privacykit.domain.common.times import Instant
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import JobIdPath
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.audit import audit_reports, audit_verifier, trail_queries, verification_jobs

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


class AuditEvent(BaseModel):
    """A sealed event as the trail holds it: the actor and the subject are keyed pseudonyms."""

    event_id: str
    seq: int
    at: str
    type: str
    outcome: str
    actor: str | None
    actor_roles: list[str]
    subject: str | None
    details: dict[str, Any]
    hash: str
    prev_hash: str


class AuditEvents(BaseModel):
    events: list[AuditEvent]
    #: Pass it back as ``cursor`` for the next page; null when there is none.
    next_cursor: str | None


EXPORT_TYPES = {"csv": "text/csv", "jsonl": "application/x-ndjson"}
CSV_COLUMNS = ("seq", "at", "event_id", "type", "outcome", "actor", "actor_roles", "subject", "details", "hash")
_TEXT: OpenAPIResponseContentSchema = {"schema": {"type": "string"}}


def _export_format(asked: str | None) -> str:
    if asked is not None:
        return asked
    accept = (app.current_event.headers or {}).get("accept", "")
    for name, media_type in EXPORT_TYPES.items():
        if media_type in accept or (name == "jsonl" and "application/jsonl" in accept):
            return name
    return "json"


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, separators=(",", ":"))
    # A spreadsheet runs a cell that starts with one of these as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _export(events: list[dict[str, Any]], as_format: str) -> str:
    if as_format == "jsonl":
        return "".join(json.dumps(e, sort_keys=True, separators=(",", ":")) + "\n" for e in events)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow([_cell(event.get(column)) if event.get(column) is not None else "" for column in CSV_COLUMNS])
    return out.getvalue()


@app.get(
    "/v1/audit/events",
    responses={
        200: {
            "description": "a page of events (JSON), or the same page as CSV or JSON Lines with a Link to the next",
            "content": {"application/json": {"model": AuditEvents}, "text/csv": _TEXT, "application/x-ndjson": _TEXT},
        }
    },
)
def audit_events(
    from_: Annotated[Instant | None, Query(alias="from")] = None,
    to: Annotated[Instant | None, Query()] = None,
    type: Annotated[str | None, Query(pattern=r"^[a-z][a-z_]{0,31}(\.[a-z][a-z_]{0,31}){0,3}(\.\*)?$")] = None,
    actor: Annotated[str | None, Query(pattern=SAFE_ID_PATTERN)] = None,
    subject_id: Annotated[str | None, Query(pattern=SAFE_ID_PATTERN)] = None,
    decision: Annotated[Literal["ALLOW", "DENY", "ALLOW_WITH_MASKING"] | None, Query()] = None,
    order: Annotated[Literal["newest", "oldest"], Query()] = "newest",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    cursor: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_-]{1,2048}$")] = None,
    format: Annotated[Literal["json", "csv", "jsonl"] | None, Query()] = None,
) -> Response[AuditEvents | str]:
    """List the tenant's audit events.

    Sealed events of the caller's tenant in ``[from, to)`` (default: the week before now), newest
    first unless ``order=oldest``. ``actor`` and ``subject_id`` are ids as the caller knows them: the
    bundle matches them by pseudonym. ``type`` is an event type, or a family (``access.*``)."""
    principal = current_principal(app)
    principal.require_role(AUDIT_VIEWERS)
    as_format = _export_format(format)
    page = trail_queries().search(
        principal.tenant, start=from_, end=to, type=type, actor=actor, subject=subject_id, decision=decision,
        order=order, limit=limit, cursor=cursor, asked_by=principal.user_id, asked_by_roles=tuple(principal.roles),
        export=None if as_format == "json" else as_format,
    )  # fmt: skip
    metrics.add_metric(name="AuditEventsQueried", unit=MetricUnit.Count, value=1)
    if as_format == "json":
        return Response(
            status_code=200,
            content_type="application/json",
            body=AuditEvents(events=[AuditEvent.model_validate(e) for e in page.events], next_cursor=page.cursor),
        )
    headers = {"Cache-Control": "no-store"}
    if page.cursor is not None:
        asked = {k: v for k, v in (app.current_event.query_string_parameters or {}).items() if k != "cursor"}
        headers["Link"] = f'</v1/audit/events?{urlencode({**asked, "cursor": page.cursor})}>; rel="next"'
    return Response(
        status_code=200, content_type=EXPORT_TYPES[as_format], body=_export(page.events, as_format), headers=headers
    )


class ReportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    framework: Framework
    from_: Instant = Field(alias="from")
    to: Instant
    #: HIPAA only: the patient whose accounting of disclosures (45 CFR 164.528) the report adds.
    subject_id: str | None = Field(default=None, pattern=SAFE_ID_PATTERN)


class ReportAccepted(BaseModel):
    report_id: str
    status: str
    status_url: str


class ReportStatus(BaseModel):
    report_id: str
    framework: str
    from_: str = Field(alias="from")
    to: str
    status: str
    requested_at: str
    started_at: str | None
    completed_at: str | None
    events: int | None
    json_sha256: str | None
    html_sha256: str | None
    reason: str | None
    #: Once completed: the signed JSON and the HTML a person reads.
    json_url: str | None
    html_url: str | None


class SignedReport(BaseModel):
    """report.json: the report (schema privacy-bundle/audit-report/v1) and its signature, made as
    ``audit_report`` over the report's canonical JSON (the public key is at GET /v1/signing-keys)."""

    report: dict[str, Any]
    signature: str
    signed_as: str
    key_id: str
    algorithm: str


def _report_status(job: ReportJob) -> ReportStatus:
    base = f"/v1/audit/reports/{job.report_id}/document"
    done = job.status == "completed"
    return ReportStatus.model_validate(
        {**job.as_dict(), "json_url": f"{base}?format=json" if done else None, "html_url": base if done else None}
    )


@app.post("/v1/audit/reports", status_code=202)
def request_report(body: ReportRequest) -> ReportAccepted:
    """Request a compliance report.

    GDPR, HIPAA, SOC 2 or SOX over a period, built from the sealed trail by a worker: answers 202 with
    the report's status URL.
    """
    principal = current_principal(app)
    principal.require_role(AUDIT_VIEWERS)
    job = audit_reports().request(
        principal.tenant, body.framework, body.from_, body.to, subject=body.subject_id,
        actor=principal.user_id, actor_roles=tuple(principal.roles),
    )  # fmt: skip
    metrics.add_metric(name="AuditReportsRequested", unit=MetricUnit.Count, value=1)
    return ReportAccepted(report_id=job.report_id, status=job.status, status_url=f"/v1/audit/reports/{job.report_id}")


@app.get("/v1/audit/reports/<report_id>")
def report_status(report_id: JobIdPath) -> ReportStatus:
    """Read a compliance report's status.

    Received, in progress, completed (with the links to its documents) or failed with a reason.
    """
    principal = current_principal(app)
    principal.require_role(AUDIT_VIEWERS)
    return _report_status(audit_reports().get(principal.tenant, report_id))


@app.get(
    "/v1/audit/reports/<report_id>/document",
    responses={
        200: {
            "description": "the report as HTML (default) or as its signed JSON",
            "content": {"text/html": _TEXT, "application/json": {"model": SignedReport}},
        }
    },
)
def report_document(
    report_id: JobIdPath, format: Annotated[Literal["html", "json"], Query()] = "html"
) -> Response[str]:
    """Read a compliance report.

    The report as HTML a person can read, or as its signed JSON (each figure linked to its events).
    """
    principal = current_principal(app)
    principal.require_role(AUDIT_VIEWERS)
    body, media_type = audit_reports().document(principal.tenant, report_id, format)
    return Response(status_code=200, content_type=media_type, body=body.decode(), headers={"Cache-Control": "no-store"})


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
