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
    "RECEIPT_FIELDS",
    "Action",
    "ConsentEvent",
    "GrantCommand",
    "SignedReceipt",
    "ConsentChange",
    "ReceiptCheck",
    "receipt_problem",
    "active_consents",
]


#: GDPR Art. 6(1) lawful bases.
LAWFUL_BASES = frozenset(
    {"consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"}
)


RECEIPT_VERSION = 1

#: The fields of a consent receipt, all of them and no other (``ConsentService._receipt`` writes them).
RECEIPT_FIELDS = frozenset(
    {
        "version",
        "receipt_id",
        "tenant",
        "subject",
        "action",
        "purposes",
        "lawful_basis",
        "notice_version",
        "channel",
        "jurisdiction",
        "issued_at",
        "effective_at",
        "expires_at",
    }
)


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
    #: Recorded before the subject's erasure: kept as proof, its details shredded; it grants nothing since.
    erased: bool = False

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


def receipt_problem(receipt: Mapping[str, Any]) -> str | None:
    """Why ``receipt`` is not a consent receipt, or None when it has a receipt's shape. The reason names
    only the receipt's own fields, never what the payload holds instead."""
    missing = RECEIPT_FIELDS - receipt.keys()
    if missing:
        return f"not a consent receipt: it lacks {', '.join(sorted(missing))}"
    if receipt.keys() - RECEIPT_FIELDS:
        return "not a consent receipt: it has fields a receipt does not have"
    if type(receipt["version"]) is not int or receipt["version"] != RECEIPT_VERSION:
        return "not a consent receipt of a known version"
    if not isinstance(receipt["receipt_id"], str) or not receipt["receipt_id"].startswith("rcpt_"):
        return "not a consent receipt: receipt_id is not a receipt id"
    if receipt["action"] not in ("grant", "withdraw"):
        return "not a consent receipt: unknown action"
    purposes = receipt["purposes"]
    if not isinstance(purposes, list) or not purposes or not all(isinstance(p, str) for p in purposes):
        return "not a consent receipt: purposes is not a list of purposes"
    if not all(isinstance(receipt[name], str) for name in ("tenant", "subject", "issued_at", "effective_at")):
        return "not a consent receipt: tenant, subject, issued_at and effective_at are strings"
    return None


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise Unprocessable("timestamps need an offset", details=[{"field": "expires_at"}])
    return moment.astimezone(UTC)


def active_consents(events: list[ConsentEvent], at: datetime) -> dict[str, ConsentEvent]:
    """Purpose -> the grant in force at ``at`` (replay of the events up to ``at``). An erasure ended every
    consent given before it (GDPR Art. 17(1)(b)): events from before it count for nothing."""
    latest: dict[str, ConsentEvent] = {}
    for event in sorted(events, key=lambda e: (e.at, e.event_id)):
        if event.at <= at and not event.erased:
            latest[event.purpose] = event
    return {
        purpose: event
        for purpose, event in latest.items()
        if event.action == "grant" and (event.expires_at is None or event.expires_at > at)
    }
