"""Placing and releasing legal holds (privacy officers), the check erasure makes against them, and what
a partial hold keeps through an erasure (GDPR Art. 17(3), Art. 18; docs/legal-holds.md).

A hold over ``all`` refuses erasure (409). A hold over some kinds lets it go ahead: before the subject's
key is shredded the worker copies the items of those kinds into the hold's own copy, sealed under the
hold-scoped key (``hold_key_subject``), and deletes them from their stores with the rest. The copy opens
only through :meth:`LegalHolds.kept`, for the hold's purpose (its basis); every other purpose is refused
(restriction). When the hold is released, or found expired (at a read, a listing, or the sweep), the
hold key is shredded (a tombstone keeps it shredded after a restore) and the copy deleted."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from itertools import islice

from privacykit.domain.common.holds import ALL_KINDS, HoldStore, LegalHold, hold_key_subject
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.domain.erasure.ports import ErasureClaims, HeldData, SubjectKeys, Tombstone, Tombstones
from privacykit.errors import Conflict, Forbidden, NotFound, Unprocessable
from privacykit.ports import AuditRecord, AuditSink, Clock, utc_now

__all__ = ["LegalHolds", "HOLD_KEY_SUBJECT", "refuse_if_held"]

#: Reserved key name (subject ids never start with "#") sealing the reasons of a tenant's holds.
HOLD_KEY_SUBJECT = "#legal-holds"


def refuse_if_held(holds: Sequence[LegalHold], at: datetime) -> None:
    """:class:`Conflict` naming every hold over all of the subject's data in force (what it keeps, on what
    basis, until when); a hold over some kinds does not refuse erasure, it keeps those kinds."""
    blocking = [h for h in holds if h.in_force(at) and h.whole]
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
        self,
        store: HoldStore,
        keys: SubjectKeys,
        audit: AuditSink,
        kinds: Sequence[str],
        clock: Clock = utc_now,
        *,
        held: HeldData,
        tombstones: Tombstones,
        claims: ErasureClaims,
    ) -> None:
        self._claims = claims
        self._held = held
        self._tombstones = tombstones
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
            # With the note on the subject's claim: refused while an erasure of the subject is shredding.
            changes=[
                self._store.stage_put(hold),
                self._claims.stage_hold_noted(tenant, hold.subject_pseudonym, hold_id),
            ],
        )  # fmt: skip
        return hold

    def release(self, tenant: str, hold_id: str, *, actor: str, actor_roles: tuple[str, ...] = ()) -> LegalHold:
        """Release the hold and erase what it kept through an erasure (its key first, then its copy)."""
        hold = self._store.get(tenant, hold_id)
        if hold is None:
            raise NotFound("no such legal hold")
        if hold.released_at is None:
            hold = replace(hold, released_at=self._clock())
            self._audit.record(
                tenant,
                AuditRecord(
                    "legal_hold.released", "success", actor=actor, actor_roles=actor_roles,
                    details={"hold_id": hold_id},
                ),
                changes=[self._store.stage_put(hold)],
            )  # fmt: skip
        return self._end(hold)

    def for_subject(self, tenant: str, subject: str) -> list[LegalHold]:
        """The subject's holds; one found expired has what it kept erased on the way."""
        return [self._end_if_over(h) for h in self._store.for_subject(tenant, self._keys.pseudonym(tenant, subject))]

    def kept(
        self,
        tenant: str,
        hold_id: str,
        *,
        purpose: str,
        actor: str,
        actor_roles: tuple[str, ...] = (),
        limit: int = 500,
    ) -> tuple[list[SubjectItem], bool]:
        """What the hold kept through an erasure (at most ``limit`` items, and whether there are more),
        for the hold's purpose only: any other purpose is refused and audited (restriction, Art. 18(2)).
        A hold that has ended kept nothing any more (NotFound)."""
        hold = self._store.get(tenant, hold_id)
        if hold is None:
            raise NotFound("no such legal hold")
        hold = self._end_if_over(hold)
        if hold.ended_at is not None:
            raise NotFound("the legal hold has ended; what it kept was erased")
        if purpose != hold.basis:
            self._audit.record(
                tenant,
                AuditRecord(
                    "legal_hold.read_refused", "denied", actor=actor, actor_roles=actor_roles,
                    details={"hold_id": hold_id, "purpose": purpose},
                ),
            )  # fmt: skip
            raise Forbidden("what a legal hold keeps may be read only for the hold's purpose (its basis)")
        items = list(islice(self._held.items(tenant, hold_id), limit + 1))
        self._audit.record(
            tenant,
            AuditRecord(
                "legal_hold.read", "success", actor=actor, actor_roles=actor_roles,
                details={"hold_id": hold_id, "purpose": purpose, "items": min(len(items), limit)},
            ),
        )  # fmt: skip
        return items[:limit], len(items) > limit

    def end_expired(self, holds: Iterable[LegalHold]) -> int:
        """Erase what each of ``holds`` kept if it has expired (the sweep); how many ended now."""
        ended = 0
        for hold in holds:
            if hold.ended_at is None and not hold.in_force(self._clock()):
                self._end(hold)
                ended += 1
        return ended

    def _end_if_over(self, hold: LegalHold) -> LegalHold:
        if hold.ended_at is None and not hold.in_force(self._clock()):
            return self._end(hold)
        return hold

    def _end(self, hold: LegalHold) -> LegalHold:
        """Shred the hold key (tombstoned, like a subject key) and delete the hold's copy. Runs again
        harmlessly: a key already gone is skipped, an empty copy deletes nothing."""
        if hold.ended_at is not None:
            return hold
        name = hold_key_subject(hold.hold_id)
        key_id = self._keys.key_id(hold.tenant, name)
        now = self._clock()
        if key_id is not None:
            self._tombstones.put(Tombstone(hold.tenant, name, key_id, hold.hold_id, now))
            self._keys.shred(hold.tenant, name)
        erased = self._held.purge(hold.tenant, hold.hold_id)
        ended = replace(hold, ended_at=now)
        self._audit.record(
            hold.tenant,
            AuditRecord(
                "legal_hold.ended", "success", actor="legal-holds",
                details={"hold_id": hold.hold_id, "erased_items": erased, "key_shredded": key_id is not None},
            ),
            changes=[self._store.stage_put(ended)],
        )  # fmt: skip
        return ended
