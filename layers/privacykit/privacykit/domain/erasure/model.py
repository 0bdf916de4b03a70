"""An erasure request (GDPR Art. 17, CCPA delete) and the certificate that closes it."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

__all__ = ["ErasureStatus", "ErasureRequest", "subject_commitment", "CERTIFICATE_VERSION"]

ErasureStatus = Literal["received", "in_progress", "completed", "failed"]
CERTIFICATE_VERSION = 1


def subject_commitment(nonce: str, tenant: str, subject: str) -> str:
    """SHA-256 over the nonce handed to the requester, the tenant and the subject id: the certificate
    names the subject by it, so the bundle keeps nothing identifying and the requester, holding the
    nonce, can still show the certificate is theirs."""
    return hashlib.sha256(f"{nonce}\x1f{tenant}\x1f{subject}".encode()).hexdigest()


@dataclass(frozen=True)
class ErasureRequest:
    tenant: str
    request_id: str
    status: ErasureStatus
    received_at: datetime
    commitment: str
    #: The subject's pseudonym: an open request is found by it (a second request returns the first).
    subject_pseudonym: str
    #: The subject id, sealed under the tenant's request key; removed when the request completes.
    sealed_subject: bytes | None = None
    key_id: str | None = None
    shredded_at: datetime | None = None
    completed_at: datetime | None = None
    certificate: dict[str, Any] | None = None
    reason: str | None = None
    #: One month from receipt (GDPR Art. 12(3)): the officer's work queue is sorted by it.
    due_at: datetime | None = None
    #: What partial legal holds kept through the erasure (hold, basis, until, items per kind), recorded
    #: before the shred so a retry certifies the same.
    kept: tuple[dict[str, Any], ...] = ()
    #: Items deleted so far per kind, saved as each store is done: a retry after a crash deletes nothing
    #: more of what was done, and its certificate still counts it.
    erased: Mapping[str, int] = field(default_factory=dict)
    #: The version stored (0: never stored). Every write is conditional on it, so two workers that read
    #: the same version cannot both land (a duplicate delivery never overwrites a completed request).
    version: int = 0

    def written(self) -> ErasureRequest:
        """The request as it stands once a write of it has landed (the next version)."""
        return replace(self, version=self.version + 1)

    @property
    def is_open(self) -> bool:
        return self.status in ("received", "in_progress")

    @property
    def resumable(self) -> bool:
        """Failed by its worker, which keeps the sealed subject and the progress: an erasure is owed
        whatever went wrong, so a redrive of the parked message (or a new request) finishes it."""
        return self.status == "failed" and self.sealed_subject is not None

    def view(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "status": self.status,
            "received_at": self.received_at.isoformat(),
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "shredded_at": self.shredded_at.isoformat() if self.shredded_at else None,
            "completed_at": self.completed_at.isoformat() if self.completed_at else None,
            "certificate": self.certificate,
            "reason": self.reason,
            "kept": list(self.kept),
        }
