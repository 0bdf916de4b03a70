"""Placing and releasing legal holds (privacy officers), and the check erasure makes against them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from privacykit.domain.common.holds import ALL_KINDS, HoldStore, LegalHold
from privacykit.domain.erasure.ports import SubjectKeys
from privacykit.errors import Conflict, NotFound, Unprocessable
from privacykit.ports import AuditRecord, AuditSink, Clock, utc_now

__all__ = ["LegalHolds", "HOLD_KEY_SUBJECT", "refuse_if_held"]

#: Reserved key name (subject ids never start with "#") sealing the reasons of a tenant's holds.
HOLD_KEY_SUBJECT = "#legal-holds"


def refuse_if_held(holds: Sequence[LegalHold], at: datetime) -> None:
    """:class:`Conflict` naming every hold in force (what it keeps, on what basis, until when)."""
    blocking = [h for h in holds if h.in_force(at)]
    if blocking:
        raise Conflict(
            "the subject's data is under legal hold",
            details=[
                {"hold_id": h.hold_id, "scope": list(h.scope), "basis": h.basis,
                 "until": h.until.isoformat() if h.until else None}
                for h in blocking
            ],
        )  # fmt: skip


class LegalHolds:
    def __init__(
        self, store: HoldStore, keys: SubjectKeys, audit: AuditSink, kinds: Sequence[str], clock: Clock = utc_now
    ) -> None:
        self._store = store
        self._keys = keys
        self._audit = audit
        self._kinds = frozenset(kinds)
        self._clock = clock

    def place(
        self,
        tenant: str,
        subject: str,
        *,
        scope: Sequence[str],
        basis: str,
        reason: str,
        until: datetime | None,
        actor: str,
        actor_roles: tuple[str, ...] = (),
    ) -> LegalHold:
        now = self._clock()
        kinds = tuple(dict.fromkeys(scope))
        if kinds != (ALL_KINDS,) and (not kinds or not set(kinds) <= self._kinds):
            raise Unprocessable(
                'scope must be "all" or kinds of subject data',
                details=[{"field": "scope", "allowed": [ALL_KINDS, *sorted(self._kinds)]}],
            )
        if until is not None and until <= now:
            raise Unprocessable("until must be in the future", details=[{"field": "until"}])
        hold_id = f"hold_{uuid.uuid4().hex}"
        hold = LegalHold(
            tenant=tenant,
            hold_id=hold_id,
            subject_pseudonym=self._keys.pseudonym(tenant, subject),
            scope=kinds,
            basis=basis,
            created_at=now,
            until=until,
            sealed_reason=self._keys.encrypt(tenant, HOLD_KEY_SUBJECT, hold_id, reason.encode()),
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "legal_hold.placed", "success", actor=actor, actor_roles=actor_roles, subject=subject,
                details={"hold_id": hold_id, "scope": list(kinds), "basis": basis},
            ),
            changes=[self._store.stage_put(hold)],
        )  # fmt: skip
        return hold

    def release(self, tenant: str, hold_id: str, *, actor: str, actor_roles: tuple[str, ...] = ()) -> LegalHold:
        hold = self._store.get(tenant, hold_id)
        if hold is None:
            raise NotFound("no such legal hold")
        if hold.released_at is not None:
            return hold
        released = replace(hold, released_at=self._clock())
        self._audit.record(
            tenant,
            AuditRecord(
                "legal_hold.released", "success", actor=actor, actor_roles=actor_roles,
                details={"hold_id": hold_id},
            ),
            changes=[self._store.stage_put(released)],
        )  # fmt: skip
        return released

    def for_subject(self, tenant: str, subject: str) -> list[LegalHold]:
        return self._store.for_subject(tenant, self._keys.pseudonym(tenant, subject))
