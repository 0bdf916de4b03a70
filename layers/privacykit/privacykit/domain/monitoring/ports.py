"""What monitoring needs from outside: a sliding-window counter, the alert store, where alerts go,
and the open rights requests the due-date check reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from privacykit.domain.monitoring.model import Alert, AlertStatus
from privacykit.ports import StagedWrite

__all__ = ["WindowHit", "WindowStore", "AlertPage", "AlertStore", "AlertPublisher", "OpenRequest", "OpenRequests"]


@dataclass(frozen=True)
class WindowHit:
    """One event counted by a per-principal window (``counter`` names tenant, rule and principal)."""

    counter: str
    at: datetime
    event_id: str
    expires_at: datetime


class WindowStore(Protocol):
    """Events counted per (tenant, rule, principal), kept until their window has passed. Adding the same
    event twice counts it once: a redelivered stream batch does not inflate a count."""

    def add(self, tenant: str, hits: Sequence[WindowHit]) -> None: ...

    def count(self, tenant: str, counter: str, since: datetime, until: datetime) -> int:
        """Events of ``counter`` with ``since < at <= until``."""


@dataclass(frozen=True)
class AlertPage:
    alerts: list[Alert]
    #: Opaque position after the last alert of the page; None when nothing follows.
    cursor: str | None


class AlertStore(Protocol):
    def stage_raise(self, alert: Alert, dedup_until: datetime, now: datetime) -> list[StagedWrite]:
        """The alert and its dedup claim; the claim's condition fails (Conflict) while an earlier
        claim of the same key has not expired."""

    def claimed_by(self, tenant: str, dedup_key: str) -> str | None:
        """The alert id holding the dedup claim of ``dedup_key``, if any."""

    def get(self, tenant: str, alert_id: str) -> Alert | None: ...

    def stage_acknowledge(self, tenant: str, alert_id: str, by: str, at: datetime) -> StagedWrite:
        """Mark an open alert acknowledged; the condition fails when it is not open."""

    def mark_notified(self, tenant: str, alert_id: str) -> None: ...

    def page(
        self,
        tenant: str,
        *,
        since: datetime | None,
        until: datetime | None,
        rule_id: str | None,
        status: AlertStatus | None,
        severity: str | None,
        limit: int,
        cursor: str | None,
    ) -> AlertPage:
        """Newest first; a cursor that is not one this store gave is ValidationFailed."""


class AlertPublisher(Protocol):
    """Where a raised alert goes (SNS topic and the event bus)."""

    def publish(self, alert: Alert) -> None: ...


@dataclass(frozen=True)
class OpenRequest:
    kind: Literal["dsar", "erasure"]
    request_id: str
    received_at: datetime
    #: None when the request stores no due date (erasure): the rule's ``erasure_due_days`` gives it.
    due_at: datetime | None


class OpenRequests(Protocol):
    def tenants(self) -> list[str]: ...

    def open_requests(self, tenant: str) -> list[OpenRequest]: ...
