"""Access-check: decisions (one or a batch of up to 100), the records enforcement point, and the review
of break-glass overrides."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

import pathlib
from decimal import Decimal
from typing import Annotated, Any, Literal, cast

from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.access import AccessDecision
from privacykit.domain.access.gateway import BREAK_GLASS_REVIEWERS, ReleasedRecord
from privacykit.domain.access.ports import BreakGlassUse
from privacykit.domain.common.ids import EntityTypeName, Identifier
from privacykit.domain.common.pages import DEFAULT_LIMIT
from privacykit.domain.common.records import ClassifiedRecord
from privacykit.domain.common.records import Status as RecordStatus
from privacykit.domain.common.times import Instant
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import CursorQuery, LimitQuery, RecordIdPath, SubjectIdPath
from privacykit.http.wire import Finding, Timestamp
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.access import access_gateway

logger, tracer, metrics = observability("access")
app = make_resolver(logger)

#: Each tenant's own Cedar policies ship with the function: tenant_policies/<tenant>.cedar.
TENANT_POLICIES = pathlib.Path(__file__).parent / "tenant_policies"
LevelName = Literal["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"]


class Resource(BaseModel):
    model_config = ConfigDict(extra="forbid")

    record_id: Identifier | None = None
    subject_id: Identifier | None = None
    level: LevelName | None = None
    entity_types: list[EntityTypeName] | None = None


class Context(BaseModel):
    model_config = ConfigDict(extra="forbid")

    amount: Decimal | None = None
    requester: Annotated[
        Identifier | None,
        Field(
            deprecated=True,
            description="Ignored: the requester of an approval is who created the record (resource.record_id).",
        ),
    ] = None
    break_glass_reason: Annotated[str, Field(min_length=1, max_length=1000)] | None = None


class CheckBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Annotated[str, Field(min_length=1, max_length=64)]
    purpose: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    resource: Resource
    context: Context | None = None


class BatchBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    requests: Annotated[list[CheckBody], Field(min_length=1)]


class MaskOut(BaseModel):
    entity_type: str
    masking: str


class Decision(BaseModel):
    decision: Literal["ALLOW", "DENY", "ALLOW_WITH_MASKING"]
    reasons: list[str]
    masks: list[MaskOut]
    obligations: list[str]
    policies: list[str]
    break_glass: bool
    step_up: bool

    @classmethod
    def of(cls, decision: AccessDecision) -> Decision:
        return cls.model_validate(decision.as_dict())


class BatchDecisions(BaseModel):
    decisions: list[Decision]


class RecordView(BaseModel):
    """A record as the decision released it: the text masked as decided, and only the findings of
    types left unmasked."""

    model_config = ConfigDict(extra="forbid")

    record_id: str
    subject_id: str | None
    classification: LevelName
    decision: Literal["ALLOW", "DENY", "ALLOW_WITH_MASKING"]
    masks: list[MaskOut]
    obligations: list[str]
    text: str | None
    entities: list[Finding]
    status: Literal["classified", "unreadable", "anonymised"]  # anonymised: kept by retention, without its subject
    created_at: Timestamp

    @classmethod
    def of(cls, released: ReleasedRecord) -> RecordView:
        record, decision = released.record, released.decision
        return cls(
            record_id=record.record_id,
            subject_id=record.subject_id,
            classification=cast(LevelName, record.level.name),
            decision=decision.decision,
            masks=[MaskOut.model_validate(m.as_dict()) for m in decision.masks],
            obligations=list(decision.obligations),
            text=released.text,
            entities=[Finding.model_validate(e.as_dict()) for e in released.entities],
            status=record.status,
            created_at=record.created_at.isoformat(),
        )


class BreakGlassUseView(BaseModel):
    """One break-glass override as a reviewer reads it, the stated reason opened."""

    use_id: str
    at: Timestamp
    actor: str
    action: str
    purpose: str | None
    record_id: str | None
    subject_id: str | None
    policies: list[str]
    reason: str

    @classmethod
    def of(cls, use: BreakGlassUse) -> BreakGlassUseView:
        return cls(
            use_id=use.use_id,
            at=use.at.isoformat(),
            actor=use.actor,
            action=use.action,
            purpose=use.purpose,
            record_id=use.record_id,
            subject_id=use.subject_id,
            policies=list(use.policies),
            reason=use.reason,
        )


class BreakGlassUses(BaseModel):
    uses: list[BreakGlassUseView]


def _wire(body: CheckBody) -> dict[str, Any]:
    return body.model_dump(exclude_none=True)


@app.post("/v1/access/check")
def check(body: CheckBody) -> Decision:
    """Decide one access request.

    ALLOW, DENY or ALLOW_WITH_MASKING with readable reasons, from the record as stored (its subject, level,
    findings, purpose and creator) and the tenant's Cedar policies. A data subject may ask only about their own
    data. Every decision is audited.
    """
    principal = current_principal(app)
    decision = access_gateway(TENANT_POLICIES).check(principal, _wire(body))
    metrics.add_metric(name=f"Access{decision.decision.title().replace('_', '')}", unit=MetricUnit.Count, value=1)
    return Decision.of(decision)


@app.post("/v1/access/checks")
def check_batch(body: BatchBody) -> BatchDecisions:
    """Decide up to 100 access requests at once.

    Each request is decided as POST /v1/access/check decides it; the batch is audited in one segment.
    """
    # The 100-request limit is the domain's, so a batch of 101 gets its readable 422.
    principal = current_principal(app)
    decisions = access_gateway(TENANT_POLICIES).check_batch(principal, [_wire(b) for b in body.requests])
    return BatchDecisions(decisions=[Decision.of(d) for d in decisions])


@app.get("/v1/records/<record_id>")
def read_record(
    record_id: RecordIdPath,
    purpose: Annotated[str, Query(min_length=1, max_length=64)],
) -> RecordView:
    """Read a record for a purpose.

    The record's text, whole or masked as the decision says, when the decision for reading it for `purpose`
    allows it; a 403 with the reasons otherwise. The purpose must be compatible with the one the record was
    collected for.
    """
    principal = current_principal(app)
    released = access_gateway(TENANT_POLICIES).read_record(principal, record_id, purpose)
    metrics.add_metric(name="RecordsReleased", unit=MetricUnit.Count, value=1)
    return RecordView.of(released)


@app.get("/v1/access/break-glass")
def break_glass_uses(
    since: Annotated[Instant | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 100,
) -> BreakGlassUses:
    """Review break-glass overrides.

    The tenant's overrides with their stated reasons (sealed at rest), for a privacy officer or compliance
    auditor; the review itself is audited.
    """
    principal = current_principal(app)
    principal.require_role(BREAK_GLASS_REVIEWERS)
    uses = access_gateway(TENANT_POLICIES).break_glass_uses(principal, since=since, limit=limit)
    return BreakGlassUses(uses=[BreakGlassUseView.of(u) for u in uses])


class RecordSummary(BaseModel):
    """A record as a list shows it: what was found and why it is kept, never its text or source name."""

    model_config = ConfigDict(extra="forbid")

    record_id: str
    created_at: Timestamp
    source: Literal["api", "upload"]
    level: LevelName
    status: RecordStatus
    purpose: str | None
    entity_types: list[str]

    @classmethod
    def of(cls, record: ClassifiedRecord) -> RecordSummary:
        return cls(
            record_id=record.record_id,
            created_at=record.created_at.isoformat(),
            source=record.source,
            level=cast(LevelName, record.level.name),
            status=record.status,
            purpose=record.purpose,
            entity_types=record.types,
        )


class SubjectRecords(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_id: str
    records: list[RecordSummary]
    next_cursor: Annotated[str | None, Field(description="pass as cursor for the next page; null on the last")]


@app.get("/v1/subjects/<subject_id>/records")
def subject_records(
    subject_id: SubjectIdPath, limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> SubjectRecords:
    """List the records kept about a subject.

    Newest first, a page at a time, without their text or file names: the subject themselves or a privacy
    officer. Read one with GET /v1/records/{record_id}.
    """
    principal = current_principal(app)
    page = access_gateway(TENANT_POLICIES).subject_records(principal, subject_id, limit=limit, cursor=cursor)
    return SubjectRecords(
        subject_id=subject_id, records=[RecordSummary.of(r) for r in page.items], next_cursor=page.next_cursor
    )


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
