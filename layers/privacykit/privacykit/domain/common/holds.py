"""Legal holds (GDPR Art. 17(3), Art. 18): while a hold is in force, a subject's data in its scope is
kept whatever erasure or retention would do. Erasure and the retention sweep both read holds through
:class:`HoldStore`; the erasure capability places and releases them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from privacykit.ports import StagedWrite

__all__ = ["ALL_KINDS", "LegalHold", "HoldStore", "hold_key_subject"]

#: The scope of a hold over every kind of the subject's data.
ALL_KINDS = "all"


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
