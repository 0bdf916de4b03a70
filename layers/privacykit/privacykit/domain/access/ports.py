"""What access needs from outside: where break-glass uses are kept (their alert comes from monitoring)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from privacykit.ports import StagedWrite

__all__ = ["BreakGlassUse", "BreakGlassLog"]


@dataclass(frozen=True)
class BreakGlassUse:
    """One override, as an auditor reviewing break-glass use reads it. The audit event names it by
    ``use_id`` only: the stated reason is free text (it may name the patient), so the store seals it,
    with the actor and the subject, and only the ids, the action and the purpose stay readable."""

    tenant: str
    use_id: str
    at: datetime
    actor: str
    action: str
    purpose: str | None
    record_id: str | None
    subject_id: str | None
    policies: tuple[str, ...]
    reason: str = field(repr=False)


class BreakGlassLog(Protocol):
    """The break-glass uses of each tenant (sealed free text, written with their audit event)."""

    def stage(self, use: BreakGlassUse) -> StagedWrite:
        """The write that keeps ``use``, for the audit sink to make with its event."""

    def list(self, tenant: str, *, since: datetime | None = None, limit: int = 100) -> list[BreakGlassUse]:
        """The tenant's uses from ``since`` on, oldest first, their reasons opened."""
