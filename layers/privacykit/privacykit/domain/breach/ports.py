"""Where incidents and contacts are kept, and how notices and reminders leave."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from privacykit.domain.breach.incidents import (
    AffectedSubject,
    Evidence,
    IncidentRecord,
    NoticeRun,
    OpenDeadline,
    StoredObligation,
    TimelineEntry,
    Unreached,
)
from privacykit.domain.breach.notices import NoticeFacts
from privacykit.domain.common.pages import Page
from privacykit.ports import StagedWrite

__all__ = [
    "IncidentRepository",
    "ContactChannel",
    "NoticeContact",
    "ContactStore",
    "Mailer",
    "ReminderPublisher",
    "NoticeQueue",
]


# ---------------------------------------------------------------------------------------------- ports
class IncidentRepository(Protocol):
    def create(
        self,
        tenant: str,
        record: IncidentRecord,
        obligations: Sequence[StoredObligation],
        affected: Sequence[str],
        first: TimelineEntry,
    ) -> None: ...

    def put_affected(self, tenant: str, incident_id: str, affected: Sequence[str]) -> None:
        """Store an incident's affected subjects ahead of it (invisible until it is created)."""

    def discard_affected(self, tenant: str, incident_id: str, affected: Sequence[str]) -> None:
        """Remove the affected subjects stored ahead of an incident that was not created."""

    def stage_create(
        self, tenant: str, record: IncidentRecord, obligations: Sequence[StoredObligation], first: TimelineEntry
    ) -> list[StagedWrite]:
        """The writes that create the incident, for the audit sink to make with its event."""

    def stage_append(self, tenant: str, incident_id: str, entry: TimelineEntry) -> StagedWrite: ...

    def stage_mark_sent(self, tenant: str, incident_id: str, obligation_id: str, evidence: Evidence) -> StagedWrite:
        """The write that marks the obligation sent; its condition fails when it was sent before."""

    def get(self, tenant: str, incident_id: str) -> IncidentRecord | None: ...

    def page(self, tenant: str, *, limit: int, cursor: str | None) -> Page[IncidentRecord]:
        """A page of the tenant's incidents, the latest registered first."""

    def obligations(self, tenant: str, incident_id: str) -> list[StoredObligation]: ...

    def timeline(self, tenant: str, incident_id: str) -> list[TimelineEntry]:
        """Oldest first."""

    def append(self, tenant: str, incident_id: str, entry: TimelineEntry) -> None:
        """Append one timeline entry; entries are never changed or removed."""

    def mark_sent(self, tenant: str, incident_id: str, obligation_id: str, evidence: Evidence) -> bool:
        """Set status ``sent`` unless it already is; False when it was sent before."""

    def open_deadlines(self) -> list[OpenDeadline]:
        """Every open obligation with a deadline, of every tenant."""

    def stage_mark_missed(self, tenant: str, incident_id: str, obligation_id: str, at: datetime) -> StagedWrite:
        """Mark an open obligation missed; the condition fails when it is no longer open."""

    def stage_claim_reminders(
        self, tenant: str, incident_id: str, obligation_id: str, levels: Sequence[str]
    ) -> StagedWrite:
        """Claim the reminders of ``levels`` at once; the condition fails when one was claimed before."""

    def stage_release_reminders(
        self, tenant: str, incident_id: str, obligation_id: str, levels: Sequence[str]
    ) -> StagedWrite: ...

    def claim_reminder(self, tenant: str, incident_id: str, obligation_id: str, level: str) -> bool:
        """Record that reminder ``level`` is being sent; False when it was claimed before."""

    def release_reminder(self, tenant: str, incident_id: str, obligation_id: str, level: str) -> None: ...

    def mark_missed(self, tenant: str, incident_id: str, obligation_id: str, at: datetime) -> bool:
        """Set status ``missed`` if still open; False otherwise."""

    def affected(self, tenant: str, incident_id: str) -> list[AffectedSubject]: ...

    def mark_notified(self, tenant: str, incident_id: str, subject_id: str, at: datetime) -> None: ...

    def stage_put_facts(self, tenant: str, incident_id: str, facts: NoticeFacts) -> StagedWrite:
        """The write that keeps the incident's notice facts (free text: sealed under a tenant key)."""

    def facts(self, tenant: str, incident_id: str) -> NoticeFacts | None:
        """The incident's notice facts, opened; None until some were given."""

    def mark_unreached(self, tenant: str, incident_id: str, subject_id: str, why: Unreached, at: datetime) -> None:
        """Record why the last attempt to notify the subject did not reach them."""

    def affected_page(self, tenant: str, incident_id: str, *, limit: int, cursor: str | None) -> Page[AffectedSubject]:
        """A page of the incident's affected subjects, each with where their notice stands."""

    def affected_after(
        self, tenant: str, incident_id: str, position: str | None, *, limit: int
    ) -> tuple[list[AffectedSubject], bool]:
        """Up to ``limit`` affected subjects after ``position`` (a subject's ``position``; None: from the
        first), in the store's order, read consistently; and whether more follow."""

    def notice_run(self, tenant: str, incident_id: str) -> NoticeRun | None:
        """The incident's last run of individual notices (its checkpoint), read consistently."""

    def stage_start_run(self, tenant: str, incident_id: str, run: NoticeRun) -> StagedWrite:
        """Keep a new run; the condition fails while another run is queued or running."""

    def stage_save_run(
        self, tenant: str, incident_id: str, run: NoticeRun, *, previous_cursor: str | None
    ) -> StagedWrite:
        """Keep the run's progress; the condition fails unless the run kept is ``run.run_id`` at
        ``previous_cursor`` (another delivery of the same batch recorded it first)."""

    def claim_sends(self, tenant: str, incident_id: str, subject_ids: Sequence[str], at: datetime) -> None:
        """Claim the sends to these subjects at once, before any is sent (Conflict when one was claimed or
        notified before: nothing is claimed then). A claimed subject is never sent to again."""

    def stage_outcome(
        self,
        tenant: str,
        incident_id: str,
        subject_id: str,
        status: str,
        rules_sent: Sequence[str],
        at: datetime,
    ) -> StagedWrite:
        """Record where the subject's notice stands (``notified`` or an ``Unreached`` reason) with the
        rules sent; the condition fails when the subject was recorded notified before. ``failed`` and
        ``no_contact`` release the claim (nothing was sent: a later run may try again)."""


@dataclass(frozen=True)
class ContactChannel:
    """A way to reach a subject that is on file, as it may be listed: the channel and when it was last
    set, never the address itself (stored sealed, opened only to send a notice)."""

    channel: str
    updated_at: datetime | None


@dataclass(frozen=True)
class NoticeContact:
    """What a notice needs of a subject's contact: the address and, when given, the residence key."""

    email: str
    residence: str | None = None


class ContactStore(Protocol):
    def put_email(self, tenant: str, subject: str, email: str, residence: str | None = None) -> None: ...

    def channels(self, tenant: str, subject: str, *, limit: int, cursor: str | None) -> Page[ContactChannel]:
        """A page of the subject's contact channels on file (found by pseudonym), by channel."""

    def stage_put_email(self, tenant: str, subject: str, email: str, residence: str | None = None) -> StagedWrite:
        """Keep the address and the residence (both sealed under the subject key), replacing both."""

    def contact(self, tenant: str, subject: str) -> NoticeContact | None:
        """The subject's address and residence, decrypted now; None when unknown or shredded."""

    def email(self, tenant: str, subject: str) -> str | None:
        """The subject's address, decrypted now; None when unknown or shredded."""


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> str:
        """Send one e-mail; returns the provider's message id."""


class ReminderPublisher(Protocol):
    def publish(self, subject: str, message: dict[str, Any]) -> None: ...


class NoticeQueue(Protocol):
    def send(self, tenant: str, job_id: str) -> None:
        """Queue a job naming the tenant and the incident (never a subject)."""
