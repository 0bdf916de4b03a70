"""Open rights requests for the monitor's due-date check: DSARs from the access request table's due-date
index, erasure requests from the erasure request table, tenants from the audit chain heads (every tenant
that has written an audit event). Reads ids, statuses and times only, never the sealed subject."""

from __future__ import annotations

from typing import Any

from privacykit.adapters.aws import parse_iso, query_all, scan_all, to_item
from privacykit.domain.monitoring.ports import OpenRequest

__all__ = ["OpenRightsRequests"]

_OPEN = ("received", "in_progress")


class OpenRightsRequests:
    def __init__(self, ddb: Any, heads_table: str, access_table: str, erasure_table: str) -> None:
        self._ddb = ddb
        self._heads = heads_table
        self._access = access_table
        self._erasure = erasure_table

    def tenants(self) -> list[str]:
        items = scan_all(self._ddb, "monitor.tenants", TableName=self._heads, ProjectionExpression="tenant")
        return sorted(item["tenant"] for item in items)

    def _open(self, operation: str, **kwargs: Any) -> list[dict[str, Any]]:
        return list(
            query_all(
                self._ddb,
                operation,
                KeyConditionExpression="tenant = :t",
                FilterExpression="#s IN (:a, :b)",
                ProjectionExpression="request_id, received_at, due_at",
                ExpressionAttributeNames={"#s": "status"},
                **kwargs,
            )
        )

    def open_requests(self, tenant: str) -> list[OpenRequest]:
        values = to_item({":t": tenant, ":a": _OPEN[0], ":b": _OPEN[1]})
        found: list[OpenRequest] = []
        for kind, table, index in (("dsar", self._access, "by_due"), ("erasure", self._erasure, None)):
            extra = {"IndexName": index} if index else {}
            for item in self._open(f"monitor.{kind}", TableName=table, ExpressionAttributeValues=values, **extra):
                received = parse_iso(item.get("received_at"))
                if received is None:
                    continue
                found.append(OpenRequest(kind, item["request_id"], received, parse_iso(item.get("due_at"))))  # type: ignore[arg-type]
        return found
