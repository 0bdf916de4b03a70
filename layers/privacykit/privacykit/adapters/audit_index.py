"""The audit event index (a DynamoDB table the sealer writes beside each segment; docs/audit-reports.md).

One item per sealed event, in a partition per tenant and UTC day (``day_key = <tenant>#<YYYY-MM-DD>``),
sorted by time and sequence number (``at_seq = <YYYY-MM-DDTHH:MM:SS.ffffff>#<seq, 12 digits>``), so a
window of one day of a busy tenant reads that day's items only. Two indexes serve the selective filters:
``by_subject`` (``<tenant>#<subject pseudonym>``) and ``by_actor`` (``<tenant>#<actor pseudonym>``). Each
item holds the sealed event as stored in its segment (pseudonyms only, like the trail), its type and
access decision for filtering, and expires with the trail's retention (DynamoDB TTL).

The index is a copy for finding events fast; the segments in the Object-Lock bucket stay the record. A
result carries its ``seq`` and ``hash``, which verification checks against the segments.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from privacykit.adapters.aws import conditional_write, get_item, to_item, translate_errors
from privacykit.domain.audit.query import EventFilter, EventPage
from privacykit.domain.common.canonical import canonical_json
from privacykit.errors import ValidationFailed

__all__ = ["AuditIndexTable", "QUERY_LIMIT", "MAX_CALLS"]

#: Items read by one Query call (DynamoDB also stops at 1 MB).
QUERY_LIMIT = 1000
#: Query calls one page may make; past that the page ends early with a cursor (a sparse filter over a
#: long window still answers in bounded time).
MAX_CALLS = 16
_KEY_NAMES = frozenset({"day_key", "at_seq", "subject_key", "actor_key"})
_BAD_CURSOR = "the cursor is not valid for this query"


def _stamp(moment: datetime) -> str:
    """A fixed-width UTC time (four-digit year), so that item order is time order."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def _days(first: date, last: date, start: date, newest: bool) -> Iterator[str]:
    """The days from ``start`` to ``last`` (or back to ``first`` when ``newest``), one at a time: a
    window of centuries is never listed, only walked as far as a page reads."""
    day, end, step = start, (first if newest else last), timedelta(days=-1 if newest else 1)
    while True:
        yield day.isoformat()
        if day == end:
            return
        day += step


class AuditIndexTable:
    def __init__(self, ddb: Any, table: str, retention_days: int) -> None:
        self._ddb = ddb
        self._table = table
        self._retention = timedelta(days=retention_days)

    # -- writing (the sealer) ------------------------------------------------------------------
    def _item(self, tenant: str, event: Mapping[str, Any]) -> dict[str, Any]:
        at = datetime.fromisoformat(event["at"])
        details = event.get("details") or {}
        decision = details.get("decision") if isinstance(details, Mapping) else None
        return to_item(
            {
                "day_key": f"{tenant}#{at.astimezone(UTC).date().isoformat()}",
                "at_seq": f"{_stamp(at)}#{int(event['seq']):012d}",
                "subject_key": f"{tenant}#{event['subject']}" if event.get("subject") else None,
                "actor_key": f"{tenant}#{event['actor']}" if event.get("actor") else None,
                "event_type": event.get("type"),
                "decision": decision if isinstance(decision, str) else None,
                "event": canonical_json(event).decode(),
                "expires_at": int((at + self._retention).timestamp()),
            }
        )

    def put(self, tenant: str, events: Sequence[Mapping[str, Any]]) -> None:
        if not events:
            return
        items = [{"PutRequest": {"Item": self._item(tenant, e)}} for e in events]
        # The tenant's first and last indexed days, so that a window reaching far beyond them is not
        # walked day by day (two conditional updates a segment).
        days = sorted({datetime.fromisoformat(e["at"]).astimezone(UTC).date().isoformat() for e in events})
        for name, day, newer in (("first_day", days[0], ">"), ("last_day", days[-1], "<")):
            conditional_write(
                self._ddb.update_item,
                "audit_index.put",
                TableName=self._table,
                Key=to_item({"day_key": f"{tenant}#days", "at_seq": "days"}),
                UpdateExpression="SET #d = :d",
                ConditionExpression=f"attribute_not_exists(#d) OR #d {newer} :d",
                ExpressionAttributeNames={"#d": name},
                ExpressionAttributeValues=to_item({":d": day}),
            )
        for start in range(0, len(items), 25):
            requests: dict[str, Any] = {self._table: items[start : start + 25]}
            # Not pagination: a batch write hands back what it could not write, to be sent again.
            while requests:
                with translate_errors("audit_index.put"):
                    requests = self._ddb.batch_write_item(RequestItems=requests).get("UnprocessedItems") or {}

    # -- reading ---------------------------------------------------------------------------------
    def find(self, tenant: str, wanted: EventFilter, *, limit: int, cursor: str | None = None) -> EventPage:
        day, start_key = self._decode(tenant, cursor) if cursor else (None, None)
        sources: Iterator[tuple[str | None, dict[str, Any]]]
        last_source: str | None = None
        if wanted.subject is not None or wanted.actor is not None:
            if day is not None:
                raise ValidationFailed(_BAD_CURSOR, details=[{"field": "cursor"}])
            by, value = ("by_subject", wanted.subject) if wanted.subject is not None else ("by_actor", wanted.actor)
            column = "subject_key" if by == "by_subject" else "actor_key"
            if start_key is not None and column not in start_key:
                raise ValidationFailed(_BAD_CURSOR, details=[{"field": "cursor"}])
            sources = iter([(None, {"IndexName": by, "partition": (column, f"{tenant}#{value}")})])
        else:
            first = wanted.start.astimezone(UTC).date()
            last = (wanted.end.astimezone(UTC) - timedelta(microseconds=1)).date()
            # Days with events lie between the tenant's first and last indexed days: the walk is clamped
            # to them, however wide the window.
            known = get_item(
                self._ddb, "audit_index.find", self._table, {"day_key": f"{tenant}#days", "at_seq": "days"}
            )
            if not known:
                return EventPage([], None)
            first = max(first, date.fromisoformat(known["first_day"]))
            last = min(last, date.fromisoformat(known["last_day"]))
            if first > last:
                return EventPage([], None)
            newest = wanted.order == "newest"
            begin = last if newest else first
            if cursor is not None:
                begin = date.fromisoformat(day) if day is not None else date.min
                if not first <= begin <= last:
                    raise ValidationFailed(_BAD_CURSOR, details=[{"field": "cursor"}])
            last_source = (first if newest else last).isoformat()
            sources = ((d, {"partition": ("day_key", f"{tenant}#{d}")}) for d in _days(first, last, begin, newest))
        return self._read(tenant, wanted, sources, start_key, limit, last_source)

    def _read(
        self,
        tenant: str,
        wanted: EventFilter,
        sources: Iterator[tuple[str | None, dict[str, Any]]],
        start_key: dict[str, str] | None,
        limit: int,
        last_source: str | None,
    ) -> EventPage:
        found: list[dict[str, Any]] = []
        calls = 0
        for position, (day, source) in enumerate(sources):
            key = start_key if position == 0 else None
            while True:
                if calls == MAX_CALLS:
                    return EventPage(found, self._encode(day, key))
                response = self._query(tenant, wanted, source, key, limit - len(found))
                calls += 1
                items = response.get("Items", [])
                after = response.get("LastEvaluatedKey")
                for n, item in enumerate(items):
                    found.append(json.loads(item["event"]["S"]))
                    if len(found) == limit:
                        done = n == len(items) - 1 and not after and day == last_source
                        return EventPage(found, None if done else self._encode(day, self._key(item)))
                if not after:
                    break
                key = {name: value["S"] for name, value in after.items()}
        return EventPage(found, None)

    def _query(
        self, tenant: str, wanted: EventFilter, source: Mapping[str, Any], key: Mapping[str, str] | None, wanted_n: int
    ) -> Any:
        column, value = source["partition"]
        names = {"#p": column, "#s": "at_seq"}
        values: dict[str, Any] = {":p": value, ":lo": _stamp(wanted.start), ":hi": _stamp(wanted.end)}
        conditions: list[str] = []
        for name, op, wanted_value in (
            ("event_type", "=", wanted.type),
            ("event_type", "begins_with", wanted.type_prefix),
            ("decision", "=", wanted.decision),
            ("actor_key", "=", f"{tenant}#{wanted.actor}" if wanted.actor else None),
        ):
            if wanted_value is None or name == column:
                continue
            placeholder = f":f{len(conditions)}"
            names[f"#f{len(conditions)}"] = name
            values[placeholder] = wanted_value
            attr = f"#f{len(conditions)}"
            conditions.append(
                f"begins_with({attr}, {placeholder})" if op == "begins_with" else f"{attr} = {placeholder}"
            )
        extra: dict[str, Any] = {}
        if "IndexName" in source:
            extra["IndexName"] = source["IndexName"]
        if conditions:
            extra["FilterExpression"] = " AND ".join(conditions)
        # Read what the page still needs when nothing is filtered out; with filters, read in bulk.
        read = QUERY_LIMIT if conditions else min(QUERY_LIMIT, wanted_n)
        # The event and the key only: the filter columns are not sent back.
        names |= {"#e": "event", "#k1": "day_key", "#k2": "at_seq", "#k3": "subject_key", "#k4": "actor_key"}
        if key:
            extra["ExclusiveStartKey"] = to_item(key)
        with translate_errors("audit_index.find"):
            return self._ddb.query(
                TableName=self._table,
                KeyConditionExpression="#p = :p AND #s BETWEEN :lo AND :hi",
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=to_item(values),
                ScanIndexForward=wanted.order == "oldest",
                Limit=read,
                ProjectionExpression="#e, #k1, #k2, #k3, #k4",
                **extra,
            )

    @staticmethod
    def _key(item: Mapping[str, Any]) -> dict[str, str]:
        return {name: item[name]["S"] for name in _KEY_NAMES if name in item}

    @staticmethod
    def _encode(day: str | None, key: Mapping[str, str] | None) -> str:
        raw = json.dumps({"d": day, "k": dict(key) if key else None}, separators=(",", ":"), sort_keys=True)
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @staticmethod
    def _decode(tenant: str, cursor: str) -> tuple[str | None, dict[str, str] | None]:
        """The day and key a cursor names; only a cursor of ``tenant``'s own items is taken."""
        try:
            decoded: Any = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        except (ValueError, binascii.Error):
            raise ValidationFailed(_BAD_CURSOR, details=[{"field": "cursor"}]) from None
        if not isinstance(decoded, dict) or set(decoded) != {"d", "k"}:
            raise ValidationFailed(_BAD_CURSOR, details=[{"field": "cursor"}])
        day, key = decoded["d"], decoded["k"]
        valid_day = day is None or (isinstance(day, str) and _is_day(day))
        valid_key = key is None or (
            isinstance(key, dict)
            and set(key) <= _KEY_NAMES
            and "at_seq" in key
            and all(isinstance(v, str) and len(v) < 600 for v in key.values())
            and all(key[n].startswith(f"{tenant}#") for n in ("day_key", "subject_key", "actor_key") if n in key)
        )
        if not (valid_day and valid_key) or (
            day is not None and key is not None and key.get("day_key") != f"{tenant}#{day}"
        ):
            raise ValidationFailed(_BAD_CURSOR, details=[{"field": "cursor"}])
        return day, key


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
