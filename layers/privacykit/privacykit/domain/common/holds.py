"""Legal holds (GDPR Art. 17(3), Art. 18): while a hold is in force, a subject's data in its scope is
kept whatever erasure or retention would do. Erasure and the retention sweep both read holds through
:class:`HoldStore`; the erasure capability places and releases them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from privacykit.domain.common.subject_data import SubjectItem
from privacykit.errors import KeyShredded
from privacykit.ports import AuditRecord, AuditSink, Clock, Pseudonymizer, StagedWrite, utc_now

__all__ = [
    "ALL_KINDS",
    "HELD_KIND",
    "ACCESS_REQUEST_PURPOSE",
    "LegalHold",
    "HoldStore",
    "HeldData",
    "HeldCopies",
    "hold_key_subject",
]

#: The scope of a hold over every kind of the subject's data.
ALL_KINDS = "all"
#: The subject data map's kind for what partial holds kept through an erasure (:class:`HeldCopies`): a
#: hold cannot name it, and erasure through the map leaves it (ending the hold erases it).
HELD_KIND = "legal_hold_copies"
#: The purpose a hold's copy is read for when the subject asks for their data (GDPR Art. 15): one a
#: restriction permits (Art. 18(2): processing at the data subject's own request; docs/legal-holds.md).
ACCESS_REQUEST_PURPOSE = "data_subject_access"


def hold_key_subject(hold_id: str) -> str:
    """The reserved key name (subject ids never start with "#") of the hold-scoped key: what a partial
    hold keeps through an erasure is sealed under it, and shredding it ends the hold's copy."""
    return f"#hold:{hold_id}"


@dataclass(frozen=True)
class LegalHold:
    tenant: str
    hold_id: str
    subject_pseudonym: str
    #: ``("all",)`` or the kinds of the subject data map it keeps.
    scope: tuple[str, ...]
    basis: str
    created_at: datetime
    until: datetime | None = None
    released_at: datetime | None = None
    #: The reason, sealed (free text) under the tenant's hold key.
    sealed_reason: bytes | None = None
    #: When what the hold kept through an erasure was erased (the hold was released or expired).
    ended_at: datetime | None = None

    def in_force(self, at: datetime) -> bool:
        return self.released_at is None and (self.until is None or at < self.until)

    @property
    def whole(self) -> bool:
        """Over every kind of the subject's data: erasure is refused while it is in force."""
        return ALL_KINDS in self.scope

    def covers(self, kind: str) -> bool:
        return ALL_KINDS in self.scope or kind in self.scope

    def view(self) -> dict[str, Any]:
        return {
            "hold_id": self.hold_id,
            "scope": list(self.scope),
            "basis": self.basis,
            "created_at": self.created_at.isoformat(),
            "until": self.until.isoformat() if self.until else None,
            "released_at": self.released_at.isoformat() if self.released_at else None,
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
        }


class HoldStore(Protocol):
    def stage_put(self, hold: LegalHold) -> StagedWrite:
        """The write that stores ``hold`` (new, or released), for the audit sink."""

    def get(self, tenant: str, hold_id: str) -> LegalHold | None: ...

    def for_subject(self, tenant: str, subject_pseudonym: str) -> list[LegalHold]:
        """Every hold placed on the subject, in force or not."""


class HeldData(Protocol):
    """Where a partial legal hold keeps the items of its kinds through an erasure (GDPR Art. 18 by moving
    them to another system, Recital 67): each item sealed under the hold-scoped key
    (``hold_key_subject``), never under the subject's key, so the subject's shred leaves them readable
    for the hold and shredding the hold key ends them."""

    def keep(self, tenant: str, hold_id: str, items: Iterable[SubjectItem]) -> int:
        """Seal and store ``items`` for the hold (storing the same item again replaces it); how many."""

    def count(self, tenant: str, hold_id: str) -> int:
        """How many items the hold keeps (listed, not opened)."""

    def items(self, tenant: str, hold_id: str) -> Iterator[SubjectItem]:
        """The kept items, opened; :class:`KeyShredded` once the hold key is gone."""

    def purge(self, tenant: str, hold_id: str) -> int:
        """Delete every stored version of the hold's items; how many items there were."""


class HeldCopies:
    """The subject data store ``legal_hold_copies``: what the subject's partial holds still in force kept
    through an erasure, so that a later access request of the same person includes it (Art. 15 applies to
    restricted data too). Found through the holds placed on the subject's pseudonym (which outlives the
    erasure: it is keyed by the tenant, not the subject key), opened with each hold's own key, and marked
    ``held`` (hold id, basis, until, restricted). Every read is audited as ``legal_hold.read`` for the
    purpose :data:`ACCESS_REQUEST_PURPOSE`. Erasure through the map leaves the copies: they end with
    their hold (release or expiry, :class:`~privacykit.domain.erasure.holds.LegalHolds`)."""

    kind = HELD_KIND

    def __init__(
        self, holds: HoldStore, held: HeldData, pseudonyms: Pseudonymizer, audit: AuditSink, clock: Clock = utc_now
    ) -> None:
        self._holds = holds
        self._held = held
        self._pseudonyms = pseudonyms
        self._audit = audit
        self._clock = clock

    def _standing(self, tenant: str, subject: str) -> list[LegalHold]:
        """The subject's partial holds in force whose copy has not been erased (a hold over all never
        lets an erasure run, so it keeps no copy; an expired hold's copy is erased, not handed out)."""
        now = self._clock()
        return [
            hold
            for hold in self._holds.for_subject(tenant, self._pseudonyms.pseudonym(tenant, subject))
            if hold.ended_at is None and hold.in_force(now) and not hold.whole
        ]

    def count(self, tenant: str, subject: str) -> int:
        return sum(self._held.count(tenant, hold.hold_id) for hold in self._standing(tenant, subject))

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        for hold in self._standing(tenant, subject):
            marker = {"hold_id": hold.hold_id, "basis": hold.basis,
                      "until": hold.until.isoformat() if hold.until else None, "restricted": True}  # fmt: skip
            self._audit.record(
                tenant,
                AuditRecord(
                    "legal_hold.read", "success", actor="access-request", subject=subject,
                    details={"hold_id": hold.hold_id, "purpose": ACCESS_REQUEST_PURPOSE,
                             "items": self._held.count(tenant, hold.hold_id)},
                ),
            )  # fmt: skip
            try:
                for item in self._held.items(tenant, hold.hold_id):
                    yield replace(item, held=marker)
            except KeyShredded:
                continue  # the hold is ending right now: its key is gone and its copy about to be

    def erase(self, tenant: str, subject: str) -> int:
        """Nothing: a standing hold keeps its copy through the subject's erasure; ending it erases it."""
        return 0
