"""Consent events and commands: plain values, and the replay that gives the state at an instant."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from privacykit.errors import Unprocessable

__all__ = [
    "LAWFUL_BASES",
    "RECEIPT_VERSION",
    "Action",
    "ConsentEvent",
    "GrantCommand",
    "SignedReceipt",
    "ConsentChange",
    "ReceiptCheck",
    "active_consents",
]


#: GDPR Art. 6(1) lawful bases.
LAWFUL_BASES = frozenset(
    {"consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"}
)


RECEIPT_VERSION = 1


Action = Literal["grant", "withdraw"]


@dataclass(frozen=True)
class ConsentEvent:
    event_id: str
    purpose: str
    action: Action
    at: datetime
    receipt_id: str
    actor_kind: str
    lawful_basis: str | None = None
    notice_version: str | None = None
    channel: str | None = None
    jurisdiction: str | None = None
    expires_at: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "purpose": self.purpose,
            "action": self.action,
            "at": self.at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "lawful_basis": self.lawful_basis,
            "notice_version": self.notice_version,
            "channel": self.channel,
            "jurisdiction": self.jurisdiction,
            "receipt_id": self.receipt_id,
            "actor_kind": self.actor_kind,
        }


@dataclass(frozen=True)
class GrantCommand:
    purpose: str
    lawful_basis: str
    notice_version: str
    channel: str
    expires_at: datetime | None = None


@dataclass(frozen=True)
class SignedReceipt:
    """A consent receipt and its signature. ``receipt`` stays a mapping: the signature covers its
    canonical JSON, so it is handed out, and verified, exactly as it was signed."""

    receipt: Mapping[str, Any]
    signature: str
    key_id: str
    algorithm: str

    def as_dict(self) -> dict[str, Any]:
        """The shape ``verify_receipt`` takes back."""
        return {
            "receipt": dict(self.receipt),
            "signature": self.signature,
            "key_id": self.key_id,
            "algorithm": self.algorithm,
        }


@dataclass(frozen=True)
class ConsentChange:
    """What a grant or a withdrawal recorded: the event, and the receipt given for it."""

    event: ConsentEvent
    receipt: SignedReceipt


@dataclass(frozen=True)
class ReceiptCheck:
    """Whether a receipt's signature holds; ``receipt_id`` only when it does, ``reason`` when not."""

    valid: bool
    receipt_id: str | None = None
    reason: str | None = None


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise Unprocessable("timestamps need an offset", details=[{"field": "expires_at"}])
    return moment.astimezone(UTC)


def active_consents(events: list[ConsentEvent], at: datetime) -> dict[str, ConsentEvent]:
    """Purpose -> the grant in force at ``at`` (replay of the events up to ``at``)."""
    latest: dict[str, ConsentEvent] = {}
    for event in sorted(events, key=lambda e: (e.at, e.event_id)):
        if event.at <= at:
            latest[event.purpose] = event
    return {
        purpose: event
        for purpose, event in latest.items()
        if event.action == "grant" and (event.expires_at is None or event.expires_at > at)
    }
