"""An incident as stored: its obligations with their status, the timeline, the affected subjects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from privacykit.domain.breach import Incident, Obligation

__all__ = [
    "ObligationStatus",
    "ReminderLevel",
    "INDIVIDUALS",
    "Evidence",
    "StoredObligation",
    "IncidentRecord",
    "TimelineEntry",
    "AffectedSubject",
    "Unreached",
    "OpenDeadline",
    "NoticeStatus",
    "NoticeRun",
]


ObligationStatus = Literal["open", "sent", "missed"]


ReminderLevel = Literal["50", "90", "missed"]


#: The recipient kind whose notices go out by e-mail; every other recipient's draft waits in the outbox.
INDIVIDUALS = "individuals"


# ---------------------------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Evidence:
    """How an authority notice was sent: a reference the recipient gave (case number, receipt id)."""

    sent_at: datetime
    channel: str
    reference: str

    def as_dict(self) -> dict[str, str]:
        return {"sent_at": self.sent_at.isoformat(), "channel": self.channel, "reference": self.reference}


@dataclass(frozen=True)
class StoredObligation:
    obligation_id: str
    obligation: Obligation
    status: ObligationStatus = "open"
    reminded: tuple[str, ...] = ()
    evidence: Evidence | None = None
    missed_at: datetime | None = None

    @property
    def deadline(self) -> datetime | None:
        return datetime.fromisoformat(self.obligation.deadline) if self.obligation.deadline else None

    @property
    def trigger_at(self) -> datetime | None:
        return datetime.fromisoformat(self.obligation.trigger_at) if self.obligation.trigger_at else None


@dataclass(frozen=True)
class IncidentRecord:
    incident_id: str
    incident: Incident
    registered_at: datetime
    rules_version: str
    warnings: tuple[str, ...]
    affected_subjects: int = 0


@dataclass(frozen=True)
class TimelineEntry:
    entry_id: str
    at: datetime
    type: str
    details: dict[str, str | int | None] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "type": self.type, "details": dict(self.details)}


#: Why the last attempt to notify a subject did not reach them: no address on file; the mail provider
#: refused it; the send was started but its outcome never recorded (the worker stopped between the two:
#: never sent again, check the mail log); the residence is unknown and no law that applies to them all
#: was owed; or no individuals notice is owed under the laws of their residence.
Unreached = Literal["no_contact", "failed", "interrupted", "residence_unknown", "no_notice_owed"]

NoticeStatus = Literal[
    "notified", "no_contact", "failed", "interrupted", "residence_unknown", "no_notice_owed", "pending"
]


@dataclass(frozen=True)
class AffectedSubject:
    """A subject affected by an incident and where their notice stands: ``notified_at`` once an
    individuals notice reached them; else ``unreached`` says why the last attempt did not (no address on
    file, or the mail provider refused it), and ``unreached_at`` when."""

    subject_id: str
    notified_at: datetime | None = None
    unreached: Unreached | None = None
    unreached_at: datetime | None = None
    #: Set when a send to the subject was claimed; a claimed subject is never sent to again by another run.
    claimed_at: datetime | None = None
    #: The rules whose notice reached the subject (one e-mail each).
    rules_sent: tuple[str, ...] = ()
    #: The store's position of this subject (for a run to go on after it); opaque to the domain.
    position: str = field(default="", compare=False)

    @property
    def notice_status(self) -> NoticeStatus:
        if self.notified_at is not None:
            return "notified"
        return self.unreached or "pending"


@dataclass(frozen=True)
class NoticeRun:
    """One run of the individual notices of an incident, kept on the incident: the checkpoint the worker
    goes on from (``cursor``: the position of the last subject whose outcome is recorded) and the counts
    so far."""

    run_id: str
    #: ``failed``: its message failed every receive and was parked; asking for the notices again resumes it.
    status: Literal["queued", "running", "completed", "failed"]
    started_at: datetime
    cursor: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    batches: int = 0
    obligations_marked_sent: tuple[str, ...] = ()


@dataclass(frozen=True)
class OpenDeadline:
    """An open obligation with a deadline, as the schedule sees it (any tenant)."""

    tenant: str
    incident_id: str
    obligation: StoredObligation
