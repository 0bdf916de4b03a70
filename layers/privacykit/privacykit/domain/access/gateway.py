"""The enforcement point around access decisions: resolve a record, decide, audit every decision,
raise the break-glass alert, and hand out a record only as the decision allows (masked or whole)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from privacykit.domain.access import MAX_BATCH, AccessDecision, AccessRequest, AccessService
from privacykit.domain.access.ports import Alerts
from privacykit.domain.common.entity_types import Entity
from privacykit.domain.common.principal import Principal
from privacykit.domain.common.records import ClassifiedRecord, RecordRepository
from privacykit.domain.detection import MaskStyle, mask_value
from privacykit.errors import Forbidden, NotFound, Unprocessable
from privacykit.ports import AuditRecord, AuditSink, TokenKeys

__all__ = ["AccessGateway", "ReleasedRecord"]

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
        alerts: Alerts,
        token_keys: TokenKeys,
    ) -> None:
        self._decisions = decisions
        self._records = records
        self._audit = audit
        self._alerts = alerts
        self._token_keys = token_keys

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
        return AccessRequest.from_dict(body, tenant=principal.tenant), record

    def _after(
        self, principal: Principal, *outcomes: tuple[AccessRequest, AccessDecision, ClassifiedRecord | None]
    ) -> None:
        """Audit every decision (one segment for all of them) and raise break-glass alerts."""
        records = []
        for request, decision, record in outcomes:
            record_id = record.record_id if record else request.resource.record_id
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
                    },
                )
            )
            if decision.break_glass:
                self._alerts.break_glass(
                    principal.tenant,
                    {
                        "action": request.action,
                        "purpose": request.purpose or "",
                        "record_id": record_id or "",
                        "policies": ",".join(decision.policies),
                    },
                )
        self._audit.record(principal.tenant, *records)

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
