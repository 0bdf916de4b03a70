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


#: Why the last attempt to notify a subject did not reach them.
Unreached = Literal["no_contact", "failed"]


@dataclass(frozen=True)
class AffectedSubject:
    """A subject affected by an incident and where their notice stands: ``notified_at`` once an
    individuals notice reached them; else ``unreached`` says why the last attempt did not (no address on
    file, or the mail provider refused it), and ``unreached_at`` when."""

    subject_id: str
    notified_at: datetime | None = None
    unreached: Unreached | None = None
    unreached_at: datetime | None = None

    @property
    def notice_status(self) -> Literal["notified", "no_contact", "failed", "pending"]:
        if self.notified_at is not None:
            return "notified"
        return self.unreached or "pending"


@dataclass(frozen=True)
class OpenDeadline:
    """An open obligation with a deadline, as the schedule sees it (any tenant)."""

    tenant: str
    incident_id: str
    obligation: StoredObligation
