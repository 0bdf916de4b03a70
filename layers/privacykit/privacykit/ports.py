"""The ports every capability may use, below the domain: the audit sink, signing, pseudonyms, the clock.

The domain depends on these protocols only; :mod:`privacykit.roots` plugs in the implementations
(the audit writer, a KMS signer per kind of signature, the subject keyring, the system clock), and tests
plug in fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

__all__ = [
    "AuditRecord",
    "AuditSink",
    "StagedWrite",
    "SignatureKind",
    "signed_message",
    "Signer",
    "Pseudonymizer",
    "TokenKeys",
    "Clock",
    "utc_now",
]

_DetailValue = str | int | float | bool | None | list[str]

#: The time source a service reads; tests pass a fixed or advancing clock.
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The system clock, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class StagedWrite:
    """A change a repository prepared but did not make. The audit sink makes it in one transaction
    with the events that report it, so that neither lands without the other (docs/design.md section 5).

    ``operation`` is the store's own form of the write, opaque to the domain: a DynamoDB
    ``TransactWriteItems`` entry for the tables, a callable for the in-memory fakes. ``conflict`` is what
    the caller is told (409) when the write's condition fails: the item changed or already exists.
    """

    operation: Any
    conflict: str = "the item changed meanwhile"


class AuditSink(Protocol):
    """Where a capability reports what it did (the one audit writer, or a recording fake)."""

    def record(
        self,
        tenant: str,
        *records: AuditRecord,
        at: datetime | None = None,
        changes: Sequence[StagedWrite] = (),
    ) -> None:
        """Record ``records`` and make ``changes`` atomically: all of them land or none does."""


class SignatureKind(StrEnum):
    """What a signature vouches for (design.md section 5). Each kind is signed with a key of its own, and
    the kind is part of the signed message, so a signature made for one kind never verifies as another."""

    AUDIT_DIGEST = "audit_digest"
    CONSENT_RECEIPT = "consent_receipt"
    ERASURE_CERTIFICATE = "erasure_certificate"
    EXPORT_MANIFEST = "export_manifest"
    AUDIT_REPORT = "audit_report"


def signed_message(kind: SignatureKind, payload: bytes) -> bytes:
    """The bytes actually signed for ``payload`` (a document's canonical JSON) of ``kind``:
    ``privacy-bundle/<kind>/v1``, a newline, then the payload. A kind holds neither ``/`` nor a newline,
    so no header is a prefix of another and no message of one kind is a message of another. An outside
    verifier rebuilds the message from the document and its kind."""
    return b"privacy-bundle/" + kind.value.encode("ascii") + b"/v1\n" + payload


class Signer(Protocol):
    """Signs and verifies documents of a kind; an implementation signs ``signed_message(kind, payload)``
    and may refuse a kind its key is not for (the KMS signer does: one key per kind)."""

    key_id: str
    algorithm: str

    def sign(self, kind: SignatureKind, payload: bytes) -> bytes: ...

    def verify(self, kind: SignatureKind, payload: bytes, signature: bytes) -> bool: ...


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
