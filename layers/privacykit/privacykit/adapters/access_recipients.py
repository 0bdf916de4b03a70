"""The recipients of a subject's data, read from the tenant's audit trail: the access decisions about the
subject, found through the audit event index's ``by_subject`` index (sealed events, by the subject's
pseudonym) and then among the events still pending in the outbox (the sealer indexes them within a
minute). The cost follows the subject's own events, not the size of the trail.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.audit_index import AuditIndexTable
from privacykit.domain.audit.ports import AuditOutbox
from privacykit.domain.audit.query import EventFilter
from privacykit.domain.common.recipients import Recipient, recipients_from

__all__ = ["AuditTrailRecipients"]

#: Pending events read at most (the sealer moves them into segments every minute).
_PENDING_LIMIT = 5000
#: Events read from the index a page.
_PAGE = 1000


class AuditTrailRecipients:
    def __init__(self, index: AuditIndexTable, outbox: AuditOutbox) -> None:
        self._index = index
        self._outbox = outbox

    def _events(self, tenant: str, subject_pseudonym: str) -> Iterator[dict[str, Any]]:
        wanted = EventFilter(
            start=datetime.min.replace(tzinfo=UTC),
            end=datetime.max.replace(tzinfo=UTC),
            type_prefix="access.",
            subject=subject_pseudonym,
            order="oldest",
        )
        cursor: str | None = None
        while True:
            page = self._index.find(tenant, wanted, limit=_PAGE, cursor=cursor)
            yield from page.events
            if page.cursor is None:
                break
            cursor = page.cursor
        for pending in self._outbox.pending(tenant, _PENDING_LIMIT):
            yield dict(pending.draft)

    def of_subject(self, tenant: str, subject_pseudonym: str) -> list[Recipient]:
        return recipients_from(self._events(tenant, subject_pseudonym), subject_pseudonym)
