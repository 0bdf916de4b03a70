"""Where consent events are kept (append-only)."""

from __future__ import annotations

from typing import Protocol

from privacykit.domain.consent.model import ConsentEvent

__all__ = ["ConsentRepository"]


class ConsentRepository(Protocol):
    def append(self, tenant: str, subject: str, event: ConsentEvent) -> None: ...

    def history(self, tenant: str, subject: str) -> list[ConsentEvent]:
        """All events of the subject, oldest first."""
