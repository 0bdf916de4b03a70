"""What erasure needs from outside the domain."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from privacykit.domain.erasure.model import ErasureRequest
from privacykit.ports import StagedWrite

__all__ = ["ErasureRequests", "RequestQueue", "SubjectKeys", "ErasureEvents"]


class ErasureRequests(Protocol):
    def stage_put(self, request: ErasureRequest) -> StagedWrite: ...

    def put(self, request: ErasureRequest) -> None: ...

    def get(self, tenant: str, request_id: str) -> ErasureRequest | None: ...

    def open_for(self, tenant: str, subject_pseudonym: str) -> ErasureRequest | None:
        """The subject's request that is not finished yet, if any."""


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
