"""The audit outbox table: events committed with their change, waiting to be sequenced and sealed.

One partition per tenant. ``p#<time>#<event id>`` items are pending (written by every capability in the
transaction of its change); ``s#<seq>`` items are sequenced and wait for the sealer, which prunes them
once their segment is in the audit bucket. Events hold pseudonyms only, as in the bucket.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.aws import iso_utc, pages, query_all, scan_all, to_item, transact_write, translate_errors
from privacykit.domain.audit.chain import ChainHead
from privacykit.domain.audit.ports import PendingEvent
from privacykit.domain.common.canonical import canonical_json
from privacykit.errors import ChainConflict, Conflict, DependencyFailure
from privacykit.ports import StagedWrite

__all__ = ["AuditOutboxTable", "MAX_TRANSACTION_ITEMS"]

MAX_TRANSACTION_ITEMS = 100
_PENDING, _SEQUENCED = "p#", "s#"


def _seq_key(seq: int) -> str:
    return f"{_SEQUENCED}{seq:012d}"


class AuditOutboxTable:
    def __init__(self, ddb: Any, table: str, heads_table: str | None = None) -> None:
        self._ddb = ddb
        self._table = table
        self._heads = heads_table

    def commit(self, tenant: str, drafts: Sequence[Mapping[str, Any]], changes: Sequence[StagedWrite]) -> None:
        """One transaction for the changes and their events. Events that report no change (a batch of
        access decisions) may be more than a transaction holds: they go in transactions of 100."""
        events = [self._pending_put(tenant, draft) for draft in drafts]
        if not changes:
            for start in range(0, len(events), MAX_TRANSACTION_ITEMS):
                chunk = events[start : start + MAX_TRANSACTION_ITEMS]
                transact_write(self._ddb, "audit.commit", chunk, ["the audit event exists already"] * len(chunk))
            return
        items: list[Mapping[str, Any]] = [c.operation for c in changes] + events
        if len(items) > MAX_TRANSACTION_ITEMS:
            raise ValueError(f"a change and its events are at most {MAX_TRANSACTION_ITEMS} items")
        conflicts = [c.conflict for c in changes] + ["the audit event exists already"] * len(events)
        transact_write(self._ddb, "audit.commit", items, conflicts)

    def _pending_put(self, tenant: str, draft: Mapping[str, Any]) -> dict[str, Any]:
        key = f"{_PENDING}{draft['at']}#{draft['event_id']}"
        return {
            "Put": {
                "TableName": self._table,
                "Item": to_item({"tenant": tenant, "key": key, "event": canonical_json(draft).decode()}),
                "ConditionExpression": "attribute_not_exists(#k)",
                "ExpressionAttributeNames": {"#k": "key"},
            }
        }

    def pending(self, tenant: str, limit: int) -> list[PendingEvent]:
        found: list[PendingEvent] = []
        with translate_errors("audit.pending"):
            response = self._ddb.query(
                TableName=self._table,
                KeyConditionExpression="tenant = :t AND begins_with(#k, :p)",
                ExpressionAttributeNames={"#k": "key"},
                ExpressionAttributeValues=to_item({":t": tenant, ":p": _PENDING}),
                ConsistentRead=True,
                Limit=limit,
            )
        for raw in response.get("Items", []):
            found.append(PendingEvent(raw["key"]["S"], json.loads(raw["event"]["S"])))
        return found

    def count_pending(self, tenant: str) -> int:
        total = 0
        for page in pages(
            self._ddb,
            "query",
            "audit.pending",
            TableName=self._table,
            KeyConditionExpression="tenant = :t AND begins_with(#k, :p)",
            ExpressionAttributeNames={"#k": "key"},
            ExpressionAttributeValues=to_item({":t": tenant, ":p": _PENDING}),
            Select="COUNT",
        ):
            total += int(page.get("Count", 0))
        return total

    def sequence(
        self,
        tenant: str,
        expected: ChainHead | None,
        pending: Sequence[PendingEvent],
        events: Sequence[Mapping[str, Any]],
    ) -> None:
        if self._heads is None:
            raise DependencyFailure("audit.sequence: only the sealer is given the chain-head table")
        last = events[-1]
        values: dict[str, Any] = {":seq": last["seq"], ":hash": last["hash"], ":at": iso_utc(datetime.now(UTC))}
        if expected is None:
            condition = "attribute_not_exists(#seq)"
        else:
            condition = "#seq = :expected AND head_hash = :expected_hash"
            values |= {":expected": expected.seq, ":expected_hash": expected.hash}
        items: list[Mapping[str, Any]] = [
            {
                "Update": {
                    "TableName": self._heads,
                    "Key": to_item({"tenant": tenant}),
                    "UpdateExpression": "SET #seq = :seq, head_hash = :hash, updated_at = :at",
                    "ConditionExpression": condition,
                    "ExpressionAttributeNames": {"#seq": "seq"},
                    "ExpressionAttributeValues": to_item(values),
                }
            }
        ]
        for waiting, event in zip(pending, events, strict=True):
            items.append(
                {
                    "Delete": {
                        "TableName": self._table,
                        "Key": to_item({"tenant": tenant, "key": waiting.key}),
                        "ConditionExpression": "attribute_exists(#k)",
                        "ExpressionAttributeNames": {"#k": "key"},
                    }
                }
            )
            items.append(
                {
                    "Put": {
                        "TableName": self._table,
                        "Item": to_item(
                            {"tenant": tenant, "key": _seq_key(event["seq"]), "event": canonical_json(event).decode()}
                        ),
                        "ConditionExpression": "attribute_not_exists(#k)",
                        "ExpressionAttributeNames": {"#k": "key"},
                    }
                }
            )
        try:
            transact_write(self._ddb, "audit.sequence", items, ["the audit chain head moved"] * len(items))
        except Conflict as exc:
            raise ChainConflict("the audit chain head moved") from exc

    def sequenced(self, tenant: str, first_seq: int, last_seq: int) -> list[dict[str, Any]]:
        return [
            json.loads(item["event"])
            for item in query_all(
                self._ddb,
                "audit.sequenced",
                TableName=self._table,
                KeyConditionExpression="tenant = :t AND #k BETWEEN :lo AND :hi",
                ExpressionAttributeNames={"#k": "key"},
                ExpressionAttributeValues=to_item(
                    {":t": tenant, ":lo": _seq_key(first_seq), ":hi": _seq_key(last_seq)}
                ),
                ConsistentRead=True,
            )
        ]

    def prune(self, tenant: str, up_to_seq: int) -> None:
        keys = [
            item["key"]
            for item in query_all(
                self._ddb,
                "audit.prune",
                TableName=self._table,
                KeyConditionExpression="tenant = :t AND #k BETWEEN :lo AND :hi",
                ExpressionAttributeNames={"#k": "key", "#t": "tenant"},
                ExpressionAttributeValues=to_item({":t": tenant, ":lo": _seq_key(0), ":hi": _seq_key(up_to_seq)}),
                ProjectionExpression="#t, #k",
                ConsistentRead=True,
            )
        ]
        for start in range(0, len(keys), 25):
            requests = [
                {"DeleteRequest": {"Key": to_item({"tenant": tenant, "key": key})}} for key in keys[start : start + 25]
            ]
            with translate_errors("audit.prune"):
                # What is left unprocessed is pruned by the next run: sealed events are only a copy here.
                self._ddb.batch_write_item(RequestItems={self._table: requests})

    def tenants(self) -> list[str]:
        items = scan_all(
            self._ddb,
            "audit.tenants",
            TableName=self._table,
            ProjectionExpression="#t",
            ExpressionAttributeNames={"#t": "tenant"},
        )
        return sorted({item["tenant"] for item in items})
