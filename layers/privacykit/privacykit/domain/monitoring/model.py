"""Alerts: what a rule firing raises, and how a person acknowledges it.

An alert carries the rule, its severity, when it was raised, the acting principal's pseudonym (for
per-principal rules) and a few fields carried from the events (ids, levels, counts): audit events hold
no personal values, so neither does an alert, on SNS, on the bus or in the alert table.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

__all__ = ["AlertStatus", "Firing", "Alert", "new_alert_id", "ALERT_ID_PATTERN", "dedup_key"]

AlertStatus = Literal["open", "acknowledged"]
#: ``alr_`` + the UTC time it was raised (sortable) + 12 hex digits: listing by id is listing by time.
ALERT_ID_PATTERN = r"^alr_[0-9]{8}T[0-9]{6}Z_[0-9a-f]{12}$"

DetailValue = str | int | float | bool | None | list[str]


def new_alert_id(at: datetime) -> str:
    return f"alr_{at.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}_{uuid.uuid4().hex[:12]}"


def dedup_key(rule_id: str, parts: Mapping[str, Any]) -> str:
    """The key two firings share when they are the same alert: the rule and the named fields' values,
    hashed (so the key at rest is fixed-length and says nothing by itself)."""
    material = "\x1f".join([rule_id, *(f"{name}={parts[name]}" for name in sorted(parts))])
    return f"{rule_id}#{hashlib.sha256(material.encode()).hexdigest()[:32]}"


@dataclass(frozen=True)
class Firing:
    """A rule that fired, before it becomes an alert (deduplication may suppress it)."""

    tenant: str
    rule_id: str
    title: str
    severity: str
    at: datetime
    dedup_key: str
    dedup_minutes: int
    actor: str | None = None
    details: dict[str, DetailValue] = field(default_factory=dict)
    event_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alert:
    tenant: str
    alert_id: str
    rule_id: str
    title: str
    severity: str
    raised_at: datetime
    dedup_key: str
    actor: str | None
    details: dict[str, DetailValue]
    event_ids: tuple[str, ...]
    status: AlertStatus = "open"
    notified: bool = False
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None

    @classmethod
    def of(cls, firing: Firing, alert_id: str, raised_at: datetime) -> Alert:
        return cls(
            tenant=firing.tenant,
            alert_id=alert_id,
            rule_id=firing.rule_id,
            title=firing.title,
            severity=firing.severity,
            raised_at=raised_at,
            dedup_key=firing.dedup_key,
            actor=firing.actor,
            details=dict(firing.details),
            event_ids=firing.event_ids,
        )

    def message(self) -> dict[str, Any]:
        """What goes on SNS and the bus: ids, rule, severity, pseudonym and carried fields only."""
        return {
            "version": 1,
            "tenant": self.tenant,
            "alert_id": self.alert_id,
            "rule_id": self.rule_id,
            "title": self.title,
            "severity": self.severity,
            "raised_at": self.raised_at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "details": self.details,
            "event_ids": list(self.event_ids),
        }
