"""The ports every capability may use, below the domain: the audit sink, signing, pseudonyms, the clock.

The domain depends on these protocols only; :mod:`privacykit.roots` plugs in the implementations
(the audit writer, the KMS signer, the subject keyring, the system clock), and tests plug in fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

__all__ = ["AuditRecord", "AuditSink", "Signer", "Pseudonymizer", "TokenKeys", "Clock", "utc_now"]

_DetailValue = str | int | float | bool | None | list[str]

#: The time source a service reads; tests pass a fixed or advancing clock.
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The system clock, in UTC."""
    return datetime.now(UTC)


class AuditSink(Protocol):
    """Where a capability reports what it did (the one audit writer, or a recording fake)."""

    def record(self, tenant: str, *records: AuditRecord, at: datetime | None = None) -> Any: ...


class Signer(Protocol):
    key_id: str
    algorithm: str

    def sign(self, message: bytes) -> bytes: ...

    def verify(self, message: bytes, signature: bytes) -> bool: ...


class Pseudonymizer(Protocol):
    def pseudonym(self, tenant: str, subject: str) -> str: ...


@dataclass(frozen=True)
class AuditRecord:
    """What a capability reports; ``details`` must hold no personal values (ids, types, counts)."""

    type: str
    outcome: str
    actor: str | None = None
    actor_roles: tuple[str, ...] = ()
    subject: str | None = None
    details: Mapping[str, _DetailValue] | None = None


class TokenKeys(Protocol):
    def tenant_secret(self, tenant: str, label: str) -> bytes: ...
