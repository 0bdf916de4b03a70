"""The enforcement point around access decisions: resolve a record, decide, audit every decision,
and hand out a record only as the decision allows (masked or whole).

What the bundle stored about a record, never what the caller says of it, describes the resource: its
subject, level, findings, the purpose it was collected for, and who created it (the requester that
separation of duties compares with the approver; a ``context.requester`` in the request is ignored).
A caller without a role of the tenant's policy set (a data subject) may ask only about their own data;
another subject's record is as unknown to them as a record that does not exist.

A break-glass override keeps its stated reason sealed in the break-glass log, written in one
transaction with the audit event, which names the use by id only (the ``log_reason`` obligation).
The gateway raises no alert itself: the committed ``access.break_glass`` event reaches the monitor on the
audit outbox's stream, whose ``break_glass`` rule alerts once, and only for what was committed."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from privacykit.domain.access import MAX_BATCH, AccessDecision, AccessRequest, AccessService
from privacykit.domain.access.ports import BreakGlassLog, BreakGlassUse
from privacykit.domain.common.entity_types import Entity
from privacykit.domain.common.pages import Page
from privacykit.domain.common.principal import Principal
from privacykit.domain.common.records import ClassifiedRecord, RecordRepository
from privacykit.domain.detection import MaskStyle, mask_value
from privacykit.errors import Forbidden, NotFound, Unprocessable
from privacykit.ports import AuditRecord, AuditSink, Clock, Pseudonymizer, StagedWrite, TokenKeys, utc_now

__all__ = ["AccessGateway", "ReleasedRecord", "BREAK_GLASS_REVIEWERS", "RECORD_LISTERS"]

#: Who may list the records kept about any subject of the tenant (a subject may list their own).
RECORD_LISTERS = ("privacy_officer",)
#: Who reviews break-glass use, and so may read the stated reasons.
BREAK_GLASS_REVIEWERS = ("privacy_officer", "compliance_auditor")

_STYLES = {"full": MaskStyle.REDACT, "partial": MaskStyle.PARTIAL, "token": MaskStyle.TOKEN}


@dataclass(frozen=True)
class ReleasedRecord:
    """A record handed out under a decision that allowed it: ``text`` is already masked as decided,
    and ``entities`` holds only the findings whose type the decision did not mask (the offsets of a
    masked one would point into text that is no longer there)."""

    record: ClassifiedRecord
    decision: AccessDecision
    text: str | None
    entities: tuple[Entity, ...]


class AccessGateway:
    def __init__(
        self,
        decisions: AccessService,
        records: RecordRepository,
        audit: AuditSink,
        token_keys: TokenKeys,
        pseudonyms: Pseudonymizer,
        break_glass: BreakGlassLog,
        clock: Clock = utc_now,
    ) -> None:
        self._decisions = decisions
        self._records = records
        self._audit = audit
        self._token_keys = token_keys
        self._pseudonyms = pseudonyms
        self._break_glass = break_glass
        self._clock = clock

    # -- decisions --------------------------------------------------------------------------
    def check(self, principal: Principal, body: Mapping[str, Any]) -> AccessDecision:
        request, record = self._request(principal, body)
        decision = self._decisions.decide(principal, request)
        self._after(principal, (request, decision, record))
        return decision

    def check_batch(self, principal: Principal, bodies: Sequence[Mapping[str, Any]]) -> list[AccessDecision]:
        if len(bodies) > MAX_BATCH:
            raise Unprocessable(f"a batch holds at most {MAX_BATCH} requests, not {len(bodies)}")
        resolved = [self._request(principal, body) for body in bodies]
        decisions = self._decisions.decide_batch(principal, [request for request, _ in resolved])
        # One audit segment for the whole batch: one chain advance instead of a hundred.
        self._after(principal, *[(r, d, rec) for (r, rec), d in zip(resolved, decisions, strict=True)])
        return decisions

    # -- enforcement ------------------------------------------------------------------------
    def read_record(self, principal: Principal, record_id: str, purpose: str) -> ReleasedRecord:
        body = {"action": "read", "purpose": purpose, "resource": {"record_id": record_id}}
        request, record = self._request(principal, body)
        assert record is not None  # a record_id always resolves or raises NotFound
        decision = self._decisions.decide(principal, request)
        self._after(principal, (request, decision, record))
        if not decision.allowed:
            raise Forbidden(
                "access denied: " + "; ".join(decision.reasons),
                details=[{"reason": r} for r in decision.reasons] + ([{"step_up": True}] if decision.step_up else []),
            )
        # Decrypted only now that the decision allows it.
        text = self._records.text(record)
        if text is not None and decision.masks:
            text = self._masked(principal.tenant, record, text, decision)
        masked = {m.entity_type for m in decision.masks}
        return ReleasedRecord(
            record=record,
            decision=decision,
            text=text,
            entities=tuple(e for e in record.entities if e.type.value not in masked),
        )

    def subject_records(
        self, principal: Principal, subject: str, *, limit: int, cursor: str | None
    ) -> Page[ClassifiedRecord]:
        """A page of the records kept about ``subject``, newest first, without their text: the subject
        themself, or an officer of the tenant, sees what is there (reading one goes through a decision)."""
        principal.require_subject_or_role(subject, RECORD_LISTERS)
        return self._records.by_subject(principal.tenant, subject, limit=limit, cursor=cursor)

    # -- helpers ----------------------------------------------------------------------------
    def _request(self, principal: Principal, body: Mapping[str, Any]) -> tuple[AccessRequest, ClassifiedRecord | None]:
        if not isinstance(body, Mapping):
            raise Unprocessable("an access request must be an object")
        resource = body.get("resource")
        record: ClassifiedRecord | None = None
        if isinstance(resource, Mapping) and resource.get("record_id") is not None:
            record_id = resource["record_id"]
            if not isinstance(record_id, str):
                raise Unprocessable("resource.record_id must be a string")
            # Records are looked up in the caller's tenant only: another tenant's record is unknown.
            record = self._records.get(principal.tenant, record_id) if record_id else None
            if record is None:
                raise NotFound("no such record")
            body = {
                **body,
                "resource": {
                    "tenant": record.tenant,
                    "record_id": record.record_id,
                    "subject_id": record.subject_id,
                    "level": record.level.name,
                    "entity_types": record.types,
                },
            }
        request = AccessRequest.from_dict(body, tenant=principal.tenant)
        if record is not None:
            if not self._decisions.is_staff(principal) and not (
                record.subject_id and principal.is_subject(record.subject_id)
            ):
                raise NotFound("no such record")
            resource = replace(request.resource, stored=True, collected_for=record.purpose)
            request = replace(request, resource=resource, requester=self._requester(principal, record, request))
        else:
            # Nothing stored says who requested it: unknown, so an approval above the threshold fails.
            request = replace(request, requester=None)
        self._decisions.require_may_ask(principal, request)
        return request, record

    def _requester(self, principal: Principal, record: ClassifiedRecord, request: AccessRequest) -> str | None:
        """Who requested what the caller approves: the record's creator (a pseudonym), told to the
        decision as the caller's own user id when the caller created it."""
        if request.action != "approve" or not record.created_by:
            return None
        if self._pseudonyms.pseudonym(principal.tenant, principal.user_id) == record.created_by:
            return principal.user_id
        return record.created_by

    # -- break-glass review -----------------------------------------------------------------
    def break_glass_uses(self, principal: Principal, *, since: datetime | None, limit: int) -> list[BreakGlassUse]:
        """The tenant's overrides with their reasons, for a reviewer; the review itself is audited."""
        principal.require_role(BREAK_GLASS_REVIEWERS)
        uses = self._break_glass.list(principal.tenant, since=since, limit=limit)
        self._audit.record(
            principal.tenant,
            AuditRecord(
                "access.break_glass_reviewed",
                "success",
                actor=principal.user_id,
                actor_roles=tuple(principal.roles),
                details={"uses": [u.use_id for u in uses]},
            ),
        )
        return uses

    def _after(
        self, principal: Principal, *outcomes: tuple[AccessRequest, AccessDecision, ClassifiedRecord | None]
    ) -> None:
        """Audit every decision (one segment for all of them), with the sealed reason of each break-glass use."""
        records = []
        changes: list[StagedWrite] = []
        now = self._clock()
        for request, decision, record in outcomes:
            record_id = record.record_id if record else request.resource.record_id
            use_id = None
            if decision.break_glass and request.break_glass_reason is not None:
                use_id = f"{now.isoformat()}#{uuid.uuid4().hex}"
                changes.append(
                    self._break_glass.stage(
                        BreakGlassUse(
                            tenant=principal.tenant,
                            use_id=use_id,
                            at=now,
                            actor=principal.user_id,
                            action=request.action,
                            purpose=request.purpose,
                            record_id=record_id,
                            subject_id=request.resource.subject_id,
                            policies=decision.policies,
                            reason=request.break_glass_reason,
                        )
                    )
                )
            records.append(
                AuditRecord(
                    "access.break_glass" if decision.break_glass else "access.decision",
                    decision.decision.lower(),
                    actor=principal.user_id,
                    actor_roles=tuple(principal.roles),
                    subject=request.resource.subject_id,
                    details={
                        "action": request.action,
                        "purpose": request.purpose,
                        "decision": decision.decision,
                        "policies": list(decision.policies),
                        "record_id": record_id,
                        "level": request.resource.effective_level.name,
                        "break_glass": decision.break_glass,
                        "break_glass_use": use_id,
                        # An approval's amount (SOX reports: approvals above the SoD threshold).
                        "amount": None if request.amount is None else str(request.amount),
                    },
                )
            )
        # The sealed reasons and the events land together or not at all (and then no alert goes).
        self._audit.record(principal.tenant, *records, at=now, changes=changes)

    def _masked(self, tenant: str, record: ClassifiedRecord, text: str, decision: AccessDecision) -> str:
        styles = {m.entity_type: _STYLES[m.masking] for m in decision.masks}
        key = self._token_keys.tenant_secret(tenant, "mask-token") if MaskStyle.TOKEN in styles.values() else None
        # Right to left, so the offsets of earlier findings stay valid as lengths change.
        for entity in sorted(record.entities, key=lambda e: e.start, reverse=True):
            style = styles.get(entity.type.value)
            if style is not None:
                replacement = mask_value(text[entity.start : entity.end], entity.type, style, key)
                text = text[: entity.start] + replacement + text[entity.end :]
        return text
