"""The monitor's window table (DynamoDB): one item per event counted by a per-principal rule, kept
until its window has passed (TTL), so a sliding window is a count over a key range and a redelivered
event overwrites itself instead of counting twice. Items hold pseudonyms and event ids only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.aws import pages, to_item, translate_errors
from privacykit.domain.monitoring.ports import WindowHit

__all__ = ["MonitorWindowTable"]


def _stamp(moment: datetime) -> str:
    """Fixed width, so that text order is time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class MonitorWindowTable:
    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def add(self, tenant: str, hits: Sequence[WindowHit]) -> None:
        for start in range(0, len(hits), 25):
            requests: dict[str, Any] = {
                self._table: [
                    {
                        "PutRequest": {
                            "Item": to_item(
                                {
                                    "counter": f"{tenant}#{hit.counter}",
                                    "hit": f"{_stamp(hit.at)}#{hit.event_id}",
                                    "expires_at": int(hit.expires_at.timestamp()),
                                }
                            )
                        }
                    }
                    for hit in hits[start : start + 25]
                ]
            }
            while requests:
                with translate_errors("monitor_windows.add"):
                    requests = self._ddb.batch_write_item(RequestItems=requests).get("UnprocessedItems") or {}

    def count(self, tenant: str, counter: str, since: datetime, until: datetime) -> int:
        # "<since>#" sorts after every hit at ``since`` itself ("#" is below any event id character) and
        # "<until>#~" after every hit at ``until``: the range is since < at <= until.
        total = 0
        for page in pages(
            self._ddb,
            "query",
            "monitor_windows.count",
            TableName=self._table,
            KeyConditionExpression="#c = :c AND #h BETWEEN :lo AND :hi",
            ExpressionAttributeNames={"#c": "counter", "#h": "hit"},
            ExpressionAttributeValues=to_item(
                {":c": f"{tenant}#{counter}", ":lo": f"{_stamp(since)}#~", ":hi": f"{_stamp(until)}#~"}
            ),
            Select="COUNT",
        ):
            total += int(page.get("Count", 0))
        return total
