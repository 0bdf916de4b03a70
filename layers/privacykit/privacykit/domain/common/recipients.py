"""Who received a subject's data (GDPR Art. 15(1)(c), Art. 19; CCPA categories of third parties): the
roles and services that were allowed to read it, as the access decisions about the subject record them.

Access decisions are kept only as audit events (``access.decision`` and ``access.break_glass``, naming the
subject by pseudonym, the actor's roles, the purpose and the decision); the bundle keeps no second copy
per subject. :func:`recipients_from` folds those events into recipients by role: the access request's
package lists them, and the erasure certificate names them as the systems to follow the erasure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = ["Recipient", "AccessRecipients", "recipients_from", "DECISION_EVENTS", "ALLOWED"]

#: The audit events of access decisions about a record or subject.
DECISION_EVENTS = frozenset({"access.decision", "access.break_glass"})
#: The decisions that let the data go to the one who asked.
ALLOWED = frozenset({"ALLOW", "ALLOW_WITH_MASKING"})


@dataclass
class Recipient:
    """A role (or service) that was given the subject's data: how often, for which purposes, when."""

    role: str
    decisions: int = 0
    masked: int = 0
    break_glass: int = 0
    purposes: set[str] = field(default_factory=set)
    first_at: str | None = None
    last_at: str | None = None

    def view(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "decisions": self.decisions,
            "masked": self.masked,
            "break_glass": self.break_glass,
            "purposes": sorted(self.purposes),
            "first_at": self.first_at,
            "last_at": self.last_at,
        }


class AccessRecipients(Protocol):
    def of_subject(self, tenant: str, subject_pseudonym: str) -> list[Recipient]:
        """The recipients of the subject's data, by role, from the tenant's access decisions."""


def recipients_from(events: Iterable[Mapping[str, Any]], subject_pseudonym: str) -> list[Recipient]:
    """Fold audit events into the recipients of one subject's data: the roles of every actor an access
    decision about the subject allowed (with masking or not). An actor with no role is counted as
    ``unnamed role``. Sorted by role."""
    found: dict[str, Recipient] = {}
    for event in events:
        if event.get("type") not in DECISION_EVENTS or event.get("subject") != subject_pseudonym:
            continue
        details = event.get("details") or {}
        decision = str(details.get("decision") or "").upper()
        if decision not in ALLOWED:
            continue
        at = event.get("at")
        for role in event.get("actor_roles") or ["unnamed role"]:
            recipient = found.setdefault(role, Recipient(role))
            recipient.decisions += 1
            recipient.masked += decision == "ALLOW_WITH_MASKING"
            recipient.break_glass += bool(details.get("break_glass"))
            if details.get("purpose"):
                recipient.purposes.add(str(details["purpose"]))
            if at is not None:
                recipient.first_at = min(recipient.first_at or at, at)
                recipient.last_at = max(recipient.last_at or at, at)
    return [found[role] for role in sorted(found)]
