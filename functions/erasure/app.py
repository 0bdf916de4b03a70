"""Erasure API (GDPR Art. 17, CCPA delete): a subject, or a privacy officer of the tenant, asks for the
subject's data to be erased (202, the work runs in worker.py); the request's status and, once done, its
signed certificate are read at the status URL, and officers list the tenant's requests. Privacy officers
place and release legal holds: a hold over all of the subject's data blocks erasure (409 naming it); a
hold over some kinds keeps those through the erasure, readable only for the hold's purpose
(``GET /v1/legal-holds/{hold_id}/kept?purpose=``), until it is released or expires."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

import base64
from typing import Annotated, Any, Literal

from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.common.ids import SAFE_ID_PATTERN
from privacykit.domain.common.ids import Identifier as SafeId
from privacykit.domain.common.pages import DEFAULT_LIMIT
from privacykit.domain.common.times import Instant
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import CursorQuery, JobIdPath, LimitQuery, SubjectIdPath
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.erasure import erasure_desk, legal_holds

logger, tracer, metrics = observability("erasure")
app = make_resolver(logger)

ACTING_ROLES = ("privacy_officer",)


class ErasureRequestBody(BaseModel):
    """No options yet; a body, when sent, must be this empty object."""

    model_config = ConfigDict(extra="forbid")


class ErasureAccepted(BaseModel):
    request_id: str
    status: str
    status_url: str
    #: Handed out once, with the new request: the certificate names the subject only by a commitment
    #: to the subject id under this nonce, which the requester keeps to show the certificate is theirs.
    commitment_nonce: str | None


class SignedCertificate(BaseModel):
    certificate: dict[str, Any]
    signature: str
    key_id: str
    algorithm: str


class ErasureStatus(BaseModel):
    request_id: str
    status: str
    received_at: str
    due_at: str | None
    shredded_at: str | None
    completed_at: str | None
    certificate: SignedCertificate | None
    reason: str | None


class ErasureSummary(BaseModel):
    request_id: str
    status: str
    received_at: str
    due_at: str | None
    completed_at: str | None
    reason: str | None


class ErasureRequestList(BaseModel):
    requests: list[ErasureSummary]
    next_cursor: Annotated[str | None, Field(description="pass as cursor for the next page; null on the last")]


@app.post("/v1/subjects/<subject_id>/erasure-requests", status_code=202)
def request_erasure(subject_id: SubjectIdPath, body: ErasureRequestBody | None = None) -> ErasureAccepted:
    """Ask for a subject's erasure.

    Answers 202 with a commitment nonce and the status URL; a worker shreds the subject's key, deletes through
    the subject data map and signs a certificate. A legal hold in force makes it a 409.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    request, nonce = erasure_desk().request(
        principal.tenant, subject_id, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )
    metrics.add_metric(name="ErasureRequested", unit=MetricUnit.Count, value=1 if nonce else 0)
    return ErasureAccepted(
        request_id=request.request_id,
        status=request.status,
        status_url=f"/v1/erasure-requests/{request.request_id}",
        commitment_nonce=nonce,
    )


@app.get("/v1/erasure-requests")
def list_erasure_requests(
    status: Annotated[Literal["received", "in_progress", "completed", "failed"] | None, Query()] = None,
    due_before: Annotated[Instant | None, Query()] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> ErasureRequestList:
    """List the tenant's erasure requests.

    A privacy officer's work queue: the requests by status and due date, the soonest due first, a page at a time.
    """
    principal = current_principal(app)
    principal.require_role(ACTING_ROLES)
    page = erasure_desk().listed(principal.tenant, status=status, due_before=due_before, limit=limit, cursor=cursor)
    return ErasureRequestList(
        requests=[ErasureSummary.model_validate(r.view()) for r in page.items], next_cursor=page.next_cursor
    )


@app.get("/v1/erasure-requests/<request_id>")
def erasure_status(request_id: JobIdPath) -> ErasureStatus:
    """Read an erasure request.

    Its status and, once done, the signed certificate.
    """
    principal = current_principal(app)
    request = erasure_desk().get(
        principal.tenant, request_id, asked_by=principal.user_id, officer=principal.has_any_role(ACTING_ROLES)
    )
    return ErasureStatus.model_validate(request.view())


class HoldBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_id: SafeId
    #: ["all"], or kinds of the subject data map (classified_records, uploaded_objects, ...).
    scope: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(min_length=1, max_length=16)
    basis: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_.:-]+$")]
    reason: Annotated[str, Field(min_length=1, max_length=2000)]
    until: Instant | None = None


class Hold(BaseModel):
    hold_id: str
    scope: list[str]
    basis: str
    created_at: str
    until: str | None
    released_at: str | None
    #: When what the hold kept through an erasure was erased (released or expired).
    ended_at: str | None = None


class Holds(BaseModel):
    holds: list[Hold]


class KeptItem(BaseModel):
    kind: str
    item_id: str
    provided_by_subject: bool
    data: dict[str, Any]
    #: The bytes of an uploaded file, base64, where the item has them.
    content_base64: str | None


class KeptItems(BaseModel):
    hold_id: str
    purpose: str
    items: list[KeptItem]
    #: More items than one answer carries were kept.
    truncated: bool


@app.post("/v1/legal-holds", status_code=201)
def place_hold(body: HoldBody) -> Hold:
    """Place a legal hold on a subject's data.

    While in force, erasure of that subject is refused. While an erasure of the subject is shredding its key
    (between its check of the holds and its completion), a hold is refused with 409: it could keep nothing.
    """
    principal = current_principal(app)
    principal.require_role(ACTING_ROLES)
    hold = legal_holds().place(
        principal.tenant, body.subject_id, scope=body.scope, basis=body.basis, reason=body.reason,
        until=body.until, actor=principal.user_id, actor_roles=tuple(principal.roles),
    )  # fmt: skip
    return Hold.model_validate(hold.view())


@app.get("/v1/legal-holds")
def list_holds(subject_id: Annotated[str, Query(pattern=SAFE_ID_PATTERN)]) -> Holds:
    """List a subject's legal holds.

    The holds placed on the subject's data, for a privacy officer.
    """
    principal = current_principal(app)
    principal.require_role(ACTING_ROLES)
    return Holds(holds=[Hold.model_validate(h.view()) for h in legal_holds().for_subject(principal.tenant, subject_id)])


@app.delete("/v1/legal-holds/<hold_id>")
def release_hold(hold_id: JobIdPath) -> Hold:
    """Release a legal hold.

    The hold stops applying; erasure may proceed.
    """
    principal = current_principal(app)
    principal.require_role(ACTING_ROLES)
    released = legal_holds().release(
        principal.tenant, hold_id, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )
    return Hold.model_validate(released.view())


@app.get("/v1/legal-holds/<hold_id>/kept")
def hold_kept(hold_id: JobIdPath, purpose: Annotated[str, Query(pattern=r"^[a-z0-9_.:-]{1,64}$")]) -> KeptItems:
    """Read what a legal hold kept.

    The items a partial hold kept after the subject's erasure, only for the hold's own basis as the
    purpose (any other purpose is refused, and both are audited).
    """
    principal = current_principal(app)
    principal.require_role(ACTING_ROLES)
    items, truncated = legal_holds().kept(
        principal.tenant, hold_id, purpose=purpose, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )
    return KeptItems(
        hold_id=hold_id,
        purpose=purpose,
        items=[
            KeptItem(
                kind=i.kind, item_id=i.item_id, provided_by_subject=i.provided_by_subject, data=dict(i.data),
                content_base64=base64.b64encode(i.content).decode() if i.content is not None else None,
            )
            for i in items
        ],
        truncated=truncated,
    )  # fmt: skip


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
