"""What erasure needs from outside the domain."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from privacykit.domain.common.holds import HeldData
from privacykit.domain.common.pages import Page
from privacykit.domain.erasure.model import ErasureRequest
from privacykit.ports import StagedWrite

__all__ = [
    "ErasureRequests",
    "ErasureClaims",
    "RequestQueue",
    "SubjectKeys",
    "ErasureEvents",
    "Tombstone",
    "Tombstones",
    "KeyTable",
    "HeldData",
]


class ErasureRequests(Protocol):
    """Requests are versioned: a write over a version that is no longer the stored one fails with Conflict."""

    def stage_put(self, request: ErasureRequest) -> StagedWrite:
        """The write of ``request`` over its version (it lands as ``request.written()``)."""

    def put(self, request: ErasureRequest) -> ErasureRequest:
        """Write ``request`` over its version now; the request as stored."""

    def claimed_by(self, tenant: str, subject_pseudonym: str) -> str | None:
        """The id of the request that last claimed the subject (read consistently; it may be finished)."""

    def stage_claim(self, request: ErasureRequest, *, replacing: str | None) -> StagedWrite:
        """The subject's claim made ``request``'s: it lands only if the claim still names ``replacing``
        (a finished request, or None for no claim), so of two concurrent requests only one is taken."""

    def get(self, tenant: str, request_id: str) -> ErasureRequest | None: ...

    def open_for(self, tenant: str, subject_pseudonym: str) -> ErasureRequest | None:
        """The subject's request that is not finished yet, if any."""

    def mark_shredding(self, request: ErasureRequest) -> frozenset[str]:
        """Mark ``request`` as shredding on the subject's claim (no hold lands from now on); the ids of the
        holds noted on the claim before."""

    def stage_shredding_done(self, request: ErasureRequest) -> StagedWrite:
        """The subject's claim no longer marked as shredding (holds land again)."""

    def listed(
        self,
        tenant: str,
        *,
        status: str | None = None,
        due_before: datetime | None = None,
        limit: int,
        cursor: str | None,
    ) -> Page[ErasureRequest]:
        """A page of the tenant's requests, soonest due first, optionally of one status or due before a
        moment; the cursor as docs/listing.md says."""


class ErasureClaims(Protocol):
    """The subject's claim, as legal holds see it."""

    def stage_hold_noted(self, tenant: str, subject_pseudonym: str, hold_id: str) -> StagedWrite:
        """``hold_id`` noted on the subject's claim; it lands only while no erasure of the subject is past its
        check of the holds (Conflict otherwise)."""


class RequestQueue(Protocol):
    def send(self, tenant: str, job_id: str) -> None: ...


class SubjectKeys(Protocol):
    """The keyring, as erasure sees it."""

    @property
    def cache_ttl_seconds(self) -> float: ...

    def pseudonym(self, tenant: str, subject: str) -> str: ...

    def key_id(self, tenant: str, subject: str) -> str | None: ...

    def shred(self, tenant: str, subject: str) -> bool: ...

    def encrypt(self, tenant: str, subject: str, record: str, plaintext: bytes) -> bytes: ...

    def decrypt(self, tenant: str, subject: str, record: str, ciphertext: bytes) -> bytes: ...


class ErasureEvents(Protocol):
    def subject_erased(self, tenant: str, request_id: str, commitment: str, completed_at: datetime) -> None:
        """Tell downstream systems (Art. 19) that a subject was erased; the event names no subject."""


@dataclass(frozen=True)
class Tombstone:
    """That a subject's key was shredded: its pseudonym and the key's id, nothing else."""

    tenant: str
    pseudonym: str
    key_id: str
    request_id: str
    shredded_at: datetime


class Tombstones(Protocol):
    """Kept where restoring the key table from a backup does not roll them back."""

    def put(self, tombstone: Tombstone) -> None:
        """Write once; writing the same tombstone again is harmless."""

    def all(self) -> Iterator[Tombstone]: ...


class KeyTable(Protocol):
    """The subject-key table by stored name (a subject's pseudonym), as re-shredding after a restore needs."""

    def key_id(self, tenant: str, name: str) -> str | None:
        """The id (hex) of the key stored under ``name``, or None."""

    def delete(self, tenant: str, name: str) -> bool: ...
