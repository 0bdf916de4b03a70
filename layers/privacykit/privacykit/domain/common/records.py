"""A classified record: what classify stores and access, DSAR, erasure and retention read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

from privacykit.domain.common.entity_types import Entity, Level
from privacykit.domain.common.pages import Page
from privacykit.ports import StagedWrite

__all__ = ["Status", "ClassifiedRecord", "RecordRepository"]

Status = Literal["classified", "unreadable", "anonymised"]


@dataclass(frozen=True)
class ClassifiedRecord:
    tenant: str
    record_id: str
    #: None for a record about no subject, and once the subject's key is shredded: the store keeps the
    #: subject only as its pseudonym, with the id (and ``object_ref``) sealed under the subject key.
    subject_id: str | None
    level: Level
    entities: tuple[Entity, ...]
    source: Literal["api", "upload"]
    created_at: datetime
    purpose: str | None = None
    object_ref: str | None = None
    status: Status = "classified"
    reason: str | None = None
    text: str | None = field(default=None, repr=False)
    #: Keyed pseudonym of the user who created the record (``Pseudonymizer``), never the user id itself:
    #: separation of duties takes the requester of an approval from here, not from the approver.
    created_by: str | None = None
    #: When the record's retention period ends, the rule that set it and what then happens to it
    #: (domain/common/retention.py); None when no rule applies.
    expires_at: datetime | None = None
    retention_rule: str | None = None
    retention_action: str | None = None

    @property
    def types(self) -> list[str]:
        return sorted({e.type.value for e in self.entities})


class RecordRepository(Protocol):
    def save(self, record: ClassifiedRecord) -> None:
        """Store ``record`` now, with no audit event (tests and tools; services stage it)."""

    def stage_save(self, record: ClassifiedRecord) -> StagedWrite:
        """The write that stores ``record``, for the audit sink to make with its event."""

    def get(self, tenant: str, record_id: str) -> ClassifiedRecord | None:
        """The record's metadata and findings, without its text."""

    def text(self, record: ClassifiedRecord) -> str | None:
        """The record's text, decrypted; None when it holds none."""

    def by_subject(self, tenant: str, subject: str, *, limit: int, cursor: str | None) -> Page[ClassifiedRecord]:
        """A page of the subject's records, newest first, without their text."""
