"""An access request (GDPR Art. 15 and 20, CCPA right to know) and what the API says about it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from privacykit.domain.dsar.deadlines import Jurisdiction, days_left

__all__ = ["AccessStatus", "OPEN_STATUSES", "StoredPackage", "AccessRequest", "EXPORT_FORMATS"]

#: Stored states; ``extended`` is how an open request that was extended is shown (see ``shown_status``).
AccessStatus = Literal["received", "in_progress", "completed", "failed"]
#: The stored states of a request still being worked on.
OPEN_STATUSES: tuple[AccessStatus, ...] = ("received", "in_progress")
#: The one package format of this slice: a zip of data.json, CSVs, the uploaded files, index.html and
#: a signed manifest (docs/dsar-export.md).
EXPORT_FORMATS = ("zip",)


@dataclass(frozen=True)
class StoredPackage:
    """Where the package was put, sealed under the subject's key, and what it holds."""

    key: str
    size: int
    manifest_sha256: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AccessRequest:
    tenant: str
    request_id: str
    status: AccessStatus
    jurisdiction: Jurisdiction
    format: str
    received_at: datetime
    due_at: datetime
    #: The subject's pseudonym: an open request is found by it (a second request returns the first),
    #: and erasure deletes the subject's requests by it.
    subject_pseudonym: str
    #: The subject id sealed under the tenant's request key: the worker needs it to read the subject's
    #: data, and a download to open the package. Erasure deletes the whole request.
    sealed_subject: bytes | None
    acknowledgement_due_at: datetime | None = None
    extended_at: datetime | None = None
    extension_reason: str | None = None
    started_at: datetime | None = None
    completed_at: datetime | None = None
    failed_at: datetime | None = None
    reason: str | None = None
    package: StoredPackage | None = None
    #: Where an export that runs across invocations stands (docs/dsar-export.md, checkpoints); None
    #: before it starts and once it is done.
    checkpoint: dict[str, Any] | None = None
    #: The version stored (0: never stored). Every write is conditional on it, so two writers that read
    #: the same version cannot both land: the second is told Conflict and reads again.
    version: int = 0

    def written(self) -> AccessRequest:
        """The request as it stands once a write of it has landed (the next version)."""
        return replace(self, version=self.version + 1)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def shown_status(self) -> str:
        """``extended`` while an extended request is still being worked on."""
        return "extended" if self.is_open and self.extended_at is not None else self.status

    def view(self, now: datetime) -> dict[str, Any]:
        def iso(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {
            "request_id": self.request_id,
            "status": self.shown_status,
            "jurisdiction": self.jurisdiction.value,
            "format": self.format,
            "received_at": self.received_at.isoformat(),
            "acknowledgement_due_at": iso(self.acknowledgement_due_at),
            "due_at": self.due_at.isoformat(),
            "days_left": days_left(self.due_at, now) if self.is_open else None,
            "extended_at": iso(self.extended_at),
            "extension_reason": self.extension_reason,
            "started_at": iso(self.started_at),
            "completed_at": iso(self.completed_at),
            "failed_at": iso(self.failed_at),
            "reason": self.reason,
            "counts": dict(self.package.counts) if self.package else None,
        }
