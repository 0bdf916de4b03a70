"""A broken trail, as an audit event: the digest schedule records what it found, so that monitoring
(which reads the outbox stream, docs/monitoring.md) raises an alert, and the finding is itself in the
trail. The event names positions and the verifier's fixed reason text; nothing from the events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from privacykit.ports import AuditRecord

__all__ = ["CHAIN_BROKEN", "chain_broken"]

CHAIN_BROKEN = "audit.chain_broken"


def chain_broken(first_break: Mapping[str, Any] | None) -> AuditRecord:
    """The event of a verification that failed at ``first_break`` (``{"seq", "segment", "reason"}``)."""
    found = first_break or {}
    return AuditRecord(
        CHAIN_BROKEN,
        "broken",
        details={
            "first_break_seq": found.get("seq"),
            "segment": found.get("segment"),
            "reason": str(found.get("reason") or "unknown"),
        },
    )
