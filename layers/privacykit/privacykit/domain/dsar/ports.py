"""What DSAR export needs from outside the domain."""

from __future__ import annotations

from datetime import datetime
from typing import IO, Protocol

from privacykit.domain.common.pages import Page
from privacykit.domain.dsar.model import AccessRequest, AccessStatus
from privacykit.ports import StagedWrite

__all__ = ["AccessRequests", "RequestQueue", "SubjectKeys", "ExportPackages"]


class AccessRequests(Protocol):
    """Every write is conditional on the version the request was read at (``AccessRequest.version``):
    a write over a version that is no longer the stored one fails with Conflict."""

    def stage_put(self, request: AccessRequest) -> StagedWrite:
        """The write of ``request`` over its version (it lands as ``request.written()``)."""

    def put(self, request: AccessRequest) -> AccessRequest:
        """Write now; the request as stored (its next version)."""

    def get(self, tenant: str, request_id: str) -> AccessRequest | None: ...

    def open_for(self, tenant: str, subject_pseudonym: str) -> AccessRequest | None:
        """The subject's request that is not finished yet, if any."""

    def listed(
        self,
        tenant: str,
        *,
        statuses: tuple[AccessStatus, ...] | None = None,
        extended: bool | None = None,
        due_before: datetime | None = None,
        limit: int,
        cursor: str | None,
    ) -> Page[AccessRequest]:
        """A page of the tenant's requests, soonest due first: of one of ``statuses`` (any when None),
        extended or not (either when None), due before an instant; the cursor as docs/listing.md says."""


class RequestQueue(Protocol):
    def send(self, tenant: str, job_id: str) -> None: ...


class SubjectKeys(Protocol):
    """The keyring, as DSAR export sees it."""

    def pseudonym(self, tenant: str, subject: str) -> str: ...

    def encrypt(self, tenant: str, subject: str, record: str, plaintext: bytes) -> bytes: ...

    def decrypt(self, tenant: str, subject: str, record: str, ciphertext: bytes) -> bytes: ...

    def tenant_mac(self, tenant: str, label: str, message: bytes) -> bytes: ...

    def tenant_mac_valid(self, tenant: str, label: str, message: bytes, mac: bytes) -> bool: ...


class ExportPackages(Protocol):
    """Where packages are kept, sealed under the subject's key, and handed out."""

    def store(self, tenant: str, subject: str, request_id: str, package: IO[bytes]) -> tuple[str, int]:
        """Seal ``package`` (read from its current position) under the subject's key and keep it; its
        storage key and its size in bytes."""

    def put_part(self, tenant: str, subject: str, request_id: str, name: str, part: IO[bytes]) -> None:
        """Keep one part of a package being built (sealed under the subject's key)."""

    def open_part(self, tenant: str, subject: str, request_id: str, name: str, out: IO[bytes]) -> None:
        """Write the part, opened, to ``out``."""

    def drop_parts(self, tenant: str, subject: str, request_id: str) -> None:
        """Delete every part of the request (once the package is kept)."""

    def delivery_url(self, tenant: str, subject: str, request_id: str, key: str, *, ttl_seconds: int) -> str:
        """A URL from which the package can be fetched in clear for ``ttl_seconds``; NotFound when the
        package is gone (expired, or erased)."""
