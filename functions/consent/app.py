"""Consent API: grant, withdraw, list, history, receipt verification."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Annotated, Any, Literal

from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.common.ids import PurposeName
from privacykit.domain.common.pages import DEFAULT_LIMIT
from privacykit.domain.common.times import Instant
from privacykit.domain.consent.model import ConsentChange, ConsentEvent, GrantCommand
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import CursorQuery, IdempotencyKeyHeader, LimitQuery, PurposePath, SubjectIdPath
from privacykit.http.wire import Timestamp
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
    expires_at: Instant | None = None


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


# -- answers: extra="forbid", so a field a service adds without declaring it here fails every test of
# -- the route instead of silently vanishing from the response.
class ConsentView(BaseModel):
    """A grant or a withdrawal as a change and the current state show it (the history adds its id)."""

    model_config = ConfigDict(extra="forbid")

    purpose: str
    action: Literal["grant", "withdraw"]
    at: Timestamp
    expires_at: Timestamp | None
    lawful_basis: str | None
    notice_version: str | None
    channel: str | None
    jurisdiction: str | None
    receipt_id: str
    actor_kind: Annotated[str, Field(description="subject or on_behalf; unknown for events stored without it")]

    @classmethod
    def of(cls, event: ConsentEvent) -> ConsentView:
        view = event.as_dict()
        del view["event_id"]  # the log's key: a change is identified to its holder by its receipt
        return cls.model_validate(view)


class HistoryEvent(ConsentView):
    event_id: str

    @classmethod
    def of(cls, event: ConsentEvent) -> HistoryEvent:
        return cls.model_validate(event.as_dict())


class Receipt(BaseModel):
    """The signed payload, exactly as signed: verification takes it back unchanged."""

    model_config = ConfigDict(extra="forbid")

    version: int
    receipt_id: str
    tenant: str
    subject: Annotated[str, Field(description="the subject's pseudonym, never its id")]
    action: Literal["grant", "withdraw"]
    purposes: list[str]
    lawful_basis: str | None
    notice_version: str | None
    channel: str | None
    jurisdiction: str | None
    issued_at: Timestamp
    effective_at: Timestamp
    expires_at: Timestamp | None


class IssuedReceipt(BaseModel):
    model_config = ConfigDict(extra="forbid")

    receipt: Receipt
    signature: Annotated[str, Field(description="hex")]
    key_id: str
    algorithm: str


class GrantResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    consent: ConsentView
    receipt: IssuedReceipt

    @classmethod
    def of(cls, change: ConsentChange) -> GrantResult:
        return cls(consent=ConsentView.of(change.event), receipt=IssuedReceipt.model_validate(change.receipt.as_dict()))


class WithdrawalResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    withdrawal: ConsentView
    receipt: IssuedReceipt

    @classmethod
    def of(cls, change: ConsentChange) -> WithdrawalResult:
        return cls(
            withdrawal=ConsentView.of(change.event), receipt=IssuedReceipt.model_validate(change.receipt.as_dict())
        )


class CurrentConsents(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_id: str
    at: Annotated[Timestamp | None, Field(description="the instant of the state, when one was asked for")] = None
    consents: list[ConsentView]
    next_cursor: Annotated[str | None, Field(description="pass as cursor for the next page; null on the last")] = None


class ConsentHistory(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_id: str
    events: list[HistoryEvent]


@app.post("/v1/subjects/<subject_id>/consents", status_code=201)
def grant(
    subject_id: SubjectIdPath,
    body: GrantBody,
    idempotency_key: IdempotencyKeyHeader = None,
) -> GrantResult:
    """Grant consent for a purpose.

    Appends a grant to the subject's consent log and answers it with a signed receipt; the subject or an officer
    or service. An Idempotency-Key makes a retry safe.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    command = GrantCommand(**body.model_dump())

    def run() -> dict[str, Any]:
        # The idempotency store keeps the answer as JSON, and a repeat is answered from it.
        change = consent_service().grant(
            principal.tenant, subject_id, command, actor=principal.user_id, actor_roles=tuple(principal.roles)
        )
        return GrantResult.of(change).model_dump(mode="json")

    metrics.add_metric(name="ConsentGrantRequested", unit=MetricUnit.Count, value=1)
    if idempotency_key is None:
        return GrantResult.model_validate(run())
    scope = f"consent.grant#{principal.tenant}#{principal.user_id}#{subject_id}"
    return GrantResult.model_validate(
        run_once(
            scope,
            idempotency_key,
            body.model_dump(mode="json"),
            run,
            app.lambda_context,
            tenant=principal.tenant,
            sealed_for=(principal.tenant, subject_id),  # the stored answer names the subject
        )
    )


@app.delete("/v1/subjects/<subject_id>/consents/<purpose>")
def withdraw(subject_id: SubjectIdPath, purpose: PurposePath) -> WithdrawalResult:
    """Withdraw consent for a purpose.

    Appends a withdrawal to the log, with a signed receipt.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    metrics.add_metric(name="ConsentWithdrawn", unit=MetricUnit.Count, value=1)
    change = consent_service().withdraw(
        principal.tenant, subject_id, purpose, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )
    return WithdrawalResult.of(change)


@app.get("/v1/subjects/<subject_id>/consents")
def current(
    subject_id: SubjectIdPath,
    at: Annotated[Instant | None, Query(description="the state at this past instant (default: now)")] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> CurrentConsents:
    """List the consents in force.

    Now, or at a past instant (`at`): the replay of the log up to it. By purpose, a page at a time.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    page = consent_service().state(principal.tenant, subject_id, at=at, limit=limit, cursor=cursor)
    return CurrentConsents(
        subject_id=subject_id,
        at=at.isoformat() if at else None,
        consents=[ConsentView.of(g) for g in page.items],
        next_cursor=page.next_cursor,
    )


@app.get("/v1/subjects/<subject_id>/consents/history")
def history(subject_id: SubjectIdPath) -> ConsentHistory:
    """Read a subject's consent history.

    Every grant and withdrawal, in the order the append-only log holds them.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, ACTING_ROLES)
    events = consent_service().history(principal.tenant, subject_id)
    return ConsentHistory(subject_id=subject_id, events=[HistoryEvent.of(e) for e in events])


@app.post("/v1/consent-receipts/verifications")
def verify_receipt(body: SignedReceipt) -> Verification:
    """Verify a consent receipt.

    Whether the signature is a consent receipt's signature over exactly this receipt.
    """
    current_principal(app)  # any authenticated principal may check a receipt's signature
    check = consent_service().verify_receipt(body.model_dump())
    return Verification(valid=check.valid, receipt_id=check.receipt_id, reason=check.reason)


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
