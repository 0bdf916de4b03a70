"""DSAR export API (GDPR Art. 15 and 20, CCPA right to know): a subject, or a privacy officer of the
tenant, asks for the subject's data (202; the package is built by worker.py); the request's status,
deadline and, once completed, a download link are read at the status URL; an officer lists the work
queue and extends a request where the law allows. The link works without a bearer token: it carries a
signed, expiring token, and every download through it is audited."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Annotated, Any, Literal

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.common.pages import DEFAULT_LIMIT
from privacykit.domain.common.times import Instant
from privacykit.domain.dsar.deadlines import Jurisdiction
from privacykit.domain.dsar.links import TOKEN_PATTERN
from privacykit.domain.dsar.model import AccessRequest
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import CursorQuery, JobIdPath, LimitQuery, SubjectIdPath
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.dsar import access_desk

logger, tracer, metrics = observability("dsar")
app = make_resolver(logger)

ACTING_ROLES = ("privacy_officer",)


class AccessRequestBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: The law the request falls under; the tenant's default jurisdiction when absent.
    jurisdiction: Jurisdiction | None = None
    format: Literal["zip"] = "zip"


class AccessAccepted(BaseModel):
    request_id: str
    status: str
    status_url: str
    due_at: str


class AccessRequestStatus(BaseModel):
    request_id: str
    status: Literal["received", "in_progress", "completed", "failed", "extended"]
    jurisdiction: str
    format: str
    received_at: str
    acknowledgement_due_at: str | None
    due_at: str
    days_left: int | None
    extended_at: str | None
    extension_reason: str | None
    started_at: str | None
    completed_at: str | None
    failed_at: str | None
    reason: str | None
    counts: dict[str, int] | None
    download_url: str | None
    download_expires_at: str | None


class AccessRequestList(BaseModel):
    requests: list[AccessRequestStatus]
    next_cursor: Annotated[str | None, Field(description="pass as cursor for the next page; null on the last")]


class ExtensionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=1000)


class PackageLink(BaseModel):
    url: str
    expires_at: str


def _status(request: AccessRequest, *, with_link: bool) -> AccessRequestStatus:
    desk = access_desk()
    minted = desk.download_token(request) if with_link else None
    url = f"/v1/access-requests/{request.request_id}/package?token={minted[0]}" if minted else None
    return AccessRequestStatus.model_validate(
        {
            **request.view(desk.now()),
            "download_url": url,
            "download_expires_at": minted[1].isoformat() if minted else None,
        }
    )


@app.post("/v1/subjects/<subject_id>/access-requests", status_code=202)
def request_access(subject_id: SubjectIdPath, body: AccessRequestBody | None = None) -> AccessAccepted:
    """Ask for a subject's data.

    Answers 202 with the request's status URL and due date; a worker builds a signed package. The subject or a
    privacy officer.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    body = body or AccessRequestBody()
    request, created = access_desk().request(
        principal.tenant, subject_id, jurisdiction=body.jurisdiction, export_format=body.format,
        actor=principal.user_id, actor_roles=tuple(principal.roles),
    )  # fmt: skip
    metrics.add_metric(name="AccessRequested", unit=MetricUnit.Count, value=1 if created else 0)
    return AccessAccepted(
        request_id=request.request_id,
        status=request.shown_status,
        status_url=f"/v1/access-requests/{request.request_id}",
        due_at=request.due_at.isoformat(),
    )


@app.get("/v1/access-requests")
def list_access_requests(
    status: Annotated[Literal["received", "in_progress", "completed", "failed", "extended"] | None, Query()] = None,
    due_before: Annotated[Instant | None, Query()] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> AccessRequestList:
    """List access requests.

    The tenant's work queue, soonest due first, a page at a time, filtered by status or due date, for a privacy
    officer.
    """
    principal = current_principal(app)
    principal.require_role(ACTING_ROLES)
    page = access_desk().listed(principal.tenant, status=status, due_before=due_before, limit=limit, cursor=cursor)
    return AccessRequestList(requests=[_status(r, with_link=False) for r in page.items], next_cursor=page.next_cursor)


@app.get("/v1/access-requests/<request_id>")
def access_request_status(request_id: JobIdPath) -> AccessRequestStatus:
    """Read an access request.

    Its status, deadline and, once completed, an expiring download link.
    """
    principal = current_principal(app)
    request = access_desk().get(
        principal.tenant, request_id, asked_by=principal.user_id, officer=principal.has_any_role(ACTING_ROLES)
    )
    return _status(request, with_link=True)


@app.post("/v1/access-requests/<request_id>/extension")
def extend_access_request(request_id: JobIdPath, body: ExtensionBody) -> AccessRequestStatus:
    """Extend an access request's deadline.

    Where the law allows it, with the reason given to the subject.
    """
    principal = current_principal(app)
    principal.require_role(ACTING_ROLES)
    request = access_desk().extend(
        principal.tenant, request_id, body.reason, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )
    return _status(request, with_link=False)


@app.get("/v1/access-requests/<request_id>/package", status_code=303)
def download_package(
    request_id: JobIdPath, token: Annotated[str, Query(pattern=TOKEN_PATTERN)]
) -> Response[PackageLink]:
    """Download an access package.

    No bearer token: the link's own token is checked. 303 to a URL of the package valid for minutes.
    """
    url, expires_at = access_desk().download(request_id, token)
    metrics.add_metric(name="PackageDownloaded", unit=MetricUnit.Count, value=1)
    return Response(
        status_code=303,
        headers={"Location": url, "Cache-Control": "no-store"},
        content_type="application/json",
        body=PackageLink(url=url, expires_at=expires_at.isoformat()),
    )


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
