"""Where consent events are kept (append-only)."""

from __future__ import annotations

from typing import Protocol

from privacykit.domain.consent.model import ConsentEvent
from privacykit.ports import StagedWrite

__all__ = ["ConsentRepository"]


class ConsentRepository(Protocol):
    def append(self, tenant: str, subject: str, event: ConsentEvent) -> None:
        """Append ``event`` now, with no audit event (tests and tools; the service stages it)."""

    def stage_append(self, tenant: str, subject: str, event: ConsentEvent) -> StagedWrite:
        """The write that appends ``event``, for the audit sink to make with its event."""

    def history(self, tenant: str, subject: str) -> list[ConsentEvent]:
        """All events of the subject, oldest first."""
