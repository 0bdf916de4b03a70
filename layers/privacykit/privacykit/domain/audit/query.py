"""Querying the trail (docs/audit-reports.md): events by time window and filters, newest or oldest first,
a page at a time, answered from the event index the sealer keeps beside the segments, never by reading
the whole trail.

The caller names a subject or an actor by the id it knows; the service turns it into the keyed pseudonym
the trail holds (:meth:`Pseudonymizer.pseudonym`), so the caller never needs the pseudonym key, and the
events it gets back carry pseudonyms only. Each query is itself recorded in the trail (who searched the
trail, and for which subject).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

from privacykit.errors import Unprocessable
from privacykit.ports import AuditRecord, AuditSink, Clock, Pseudonymizer, utc_now

__all__ = [
    "Order",
    "EventFilter",
    "EventPage",
    "EventIndex",
    "TrailQueries",
    "DEFAULT_WINDOW",
    "MAX_PAGE",
    "matches",
]

Order = Literal["newest", "oldest"]
#: When ``from`` is not given, the window is the week before ``to``.
DEFAULT_WINDOW = timedelta(days=7)
#: The most events one page holds (a CSV or JSON Lines export pages the same way).
MAX_PAGE = 1000


@dataclass(frozen=True)
class EventFilter:
    """What the index is asked: events at ``start <= at < end`` of one tenant, and optionally of one type
    (``type_prefix`` when the caller asked for ``family.*``), one actor and one subject (both pseudonyms),
    one access decision (``ALLOW``, ``DENY``, ``ALLOW_WITH_MASKING``)."""

    start: datetime
    end: datetime
    type: str | None = None
    type_prefix: str | None = None
    actor: str | None = None
    subject: str | None = None
    decision: str | None = None
    order: Order = "newest"


def matches(event: Mapping[str, Any], wanted: EventFilter) -> bool:
    """Whether ``event`` passes ``wanted``'s filters other than time (fakes and tests share this)."""
    details = event.get("details") or {}
    return (
        (wanted.type is None or event.get("type") == wanted.type)
        and (wanted.type_prefix is None or str(event.get("type", "")).startswith(wanted.type_prefix))
        and (wanted.actor is None or event.get("actor") == wanted.actor)
        and (wanted.subject is None or event.get("subject") == wanted.subject)
        and (wanted.decision is None or details.get("decision") == wanted.decision)
    )


@dataclass(frozen=True)
class EventPage:
    """Events in the order asked, and the cursor of the next page (None when there is none). A page may
    hold fewer events than asked while a cursor continues: each request reads a bounded amount."""

    events: list[dict[str, Any]]
    cursor: str | None


class EventIndex(Protocol):
    """Sealed events by tenant and time (written by the sealer; ``adapters/audit_index.py``)."""

    def put(self, tenant: str, events: Sequence[Mapping[str, Any]]) -> None:
        """Index sealed ``events`` (idempotent: a sealer that runs again writes the same items)."""

    def find(self, tenant: str, wanted: EventFilter, *, limit: int, cursor: str | None = None) -> EventPage:
        """A page of ``tenant``'s events passing ``wanted``; :class:`ValidationFailed` for a cursor that is
        not one this index gave for ``tenant``."""


class TrailQueries:
    """The auditor's questions to the trail, and the event stream reports are computed from."""

    def __init__(self, index: EventIndex, pseudonyms: Pseudonymizer, audit: AuditSink, clock: Clock = utc_now) -> None:
        self._index = index
        self._pseudonyms = pseudonyms
        self._audit = audit
        self._clock = clock

    def window(self, start: datetime | None, end: datetime | None) -> tuple[datetime, datetime]:
        """The window asked for, with its defaults (``to`` now, ``from`` a week before ``to``)."""
        end = end or self._clock()
        if start is None:
            # A week before the earliest date there is: no default window fits ('to' near year 1).
            if end - datetime.min.replace(tzinfo=end.tzinfo) < DEFAULT_WINDOW:
                raise Unprocessable(
                    "'to' leaves no room for the default window: give 'from'", details=[{"field": "to"}]
                )
            start = end - DEFAULT_WINDOW
        if start >= end:
            raise Unprocessable("'from' must be before 'to'", details=[{"field": "from"}])
        return start, end

    def search(
        self,
        tenant: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        type: str | None = None,
        actor: str | None = None,
        subject: str | None = None,
        decision: str | None = None,
        order: Order = "newest",
        limit: int = 100,
        cursor: str | None = None,
        asked_by: str,
        asked_by_roles: tuple[str, ...] = (),
        export: str | None = None,
    ) -> EventPage:
        """One page of events. ``actor`` and ``subject`` are ids as the caller knows them (a user id, a
        subject id); they are matched by pseudonym."""
        if not 1 <= limit <= MAX_PAGE:
            raise Unprocessable(f"limit is between 1 and {MAX_PAGE}", details=[{"field": "limit"}])
        start, end = self.window(start, end)
        prefix = type[:-1] if type and type.endswith("*") else None
        wanted = EventFilter(
            start=start,
            end=end,
            type=None if prefix is not None else type,
            type_prefix=prefix,
            actor=self._pseudonyms.pseudonym(tenant, actor) if actor else None,
            subject=self._pseudonyms.pseudonym(tenant, subject) if subject else None,
            decision=decision,
            order=order,
        )
        page = self._index.find(tenant, wanted, limit=limit, cursor=cursor)
        self._audit.record(
            tenant,
            AuditRecord(
                "audit.events_queried",
                "success",
                actor=asked_by,
                actor_roles=asked_by_roles,
                subject=subject,
                details={
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "type": type,
                    "decision": decision,
                    "by_actor": actor is not None,
                    "continued": cursor is not None,
                    "returned": len(page.events),
                    "export": export,
                },
            ),
        )
        return page

    def bounds(self, tenant: str, start: datetime, end: datetime) -> tuple[int, int] | None:
        """The sequence numbers of the first and the last event in ``[start, end)`` by time (a read of
        the index from each end), or None when there is none."""
        ends = [self._first(tenant, EventFilter(start=start, end=end, order=o)) for o in ("oldest", "newest")]
        if ends[0] is None or ends[1] is None:
            return None
        return int(ends[0]["seq"]), int(ends[1]["seq"])

    def _first(self, tenant: str, wanted: EventFilter) -> dict[str, Any] | None:
        page = self._index.find(tenant, wanted, limit=1)
        while not page.events and page.cursor is not None:  # a run of days without events
            page = self._index.find(tenant, wanted, limit=1, cursor=page.cursor)
        return page.events[0] if page.events else None

    def events(
        self, tenant: str, start: datetime, end: datetime, *, subject: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every event of ``tenant`` in ``[start, end)``, oldest first (for reports); ``subject`` is a
        pseudonym already."""
        wanted = EventFilter(start=start, end=end, subject=subject, order="oldest")
        cursor: str | None = None
        while True:
            page = self._index.find(tenant, wanted, limit=MAX_PAGE, cursor=cursor)
            yield from page.events
            if page.cursor is None:
                return
            cursor = page.cursor
