"""Audit events as the writer drafts them, for the monitoring tests."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any


def event(
    kind: str,
    at: datetime,
    *,
    tenant: str = "acme",
    outcome: str = "allow",
    actor: str | None = "ps_alice",
    roles: tuple[str, ...] = ("clinician",),
    **details: Any,
) -> dict[str, Any]:
    return {
        "event_id": str(uuid.uuid4()),
        "tenant": tenant,
        "type": kind,
        "outcome": outcome,
        "at": at.isoformat(),
        "actor": actor,
        "actor_roles": sorted(roles) if actor else [],
        "subject": "ps_subject",
        "details": details,
    }


def restricted_read(at: datetime, **kw: Any) -> dict[str, Any]:
    return event("access.decision", at, action="read", level="RESTRICTED", decision="ALLOW", **kw)


def denial(at: datetime, **kw: Any) -> dict[str, Any]:
    return event("access.decision", at, outcome="deny", action="read", level="INTERNAL", decision="DENY", **kw)
