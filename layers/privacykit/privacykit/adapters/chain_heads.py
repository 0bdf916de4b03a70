"""The audit chain-head table: each tenant's head, advanced with a conditional write."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.aws import conditional_write, get_item, iso_utc, scan_all, to_item, translate_errors
from privacykit.domain.audit.chain import ChainHead
from privacykit.errors import ChainConflict

__all__ = ["ChainHeadTable"]


class ChainHeadTable:
    """One item per tenant: the last sequence number and hash of its audit chain."""

    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def _item(self, tenant: str) -> dict[str, Any] | None:
        return get_item(self._ddb, "audit_chain.get", self._table, {"tenant": tenant}, ConsistentRead=True)

    def get(self, tenant: str) -> ChainHead | None:
        item = self._item(tenant)
        if not item or "seq" not in item:
            return None
        return ChainHead(item["seq"], item["head_hash"])

    def advance(self, tenant: str, expected: ChainHead | None, new: ChainHead) -> None:
        values: dict[str, Any] = {":seq": new.seq, ":hash": new.hash, ":at": iso_utc(datetime.now(UTC))}
        if expected is None:
            condition = "attribute_not_exists(#seq)"
        else:
            condition = "#seq = :expected AND head_hash = :expected_hash"
            values |= {":expected": expected.seq, ":expected_hash": expected.hash}
        if not conditional_write(
            self._ddb.update_item,
            "audit_chain.advance",
            TableName=self._table,
            Key=to_item({"tenant": tenant}),
            UpdateExpression="SET #seq = :seq, head_hash = :hash, updated_at = :at",
            ConditionExpression=condition,
            ExpressionAttributeNames={"#seq": "seq"},
            ExpressionAttributeValues=to_item(values),
        ):
            raise ChainConflict("the audit chain head moved")

    def tenants(self) -> list[str]:
        items = scan_all(self._ddb, "audit_chain.scan", TableName=self._table, ProjectionExpression="tenant")
        return sorted(item["tenant"] for item in items)

    def last_digest_seq(self, tenant: str) -> int:
        item = self._item(tenant)
        return int(item["digest_seq"]) if item and "digest_seq" in item else 0

    def set_last_digest_seq(self, tenant: str, seq: int) -> None:
        with translate_errors("audit_chain.digest"):
            self._ddb.update_item(
                TableName=self._table,
                Key=to_item({"tenant": tenant}),
                UpdateExpression="SET digest_seq = :seq",
                ExpressionAttributeValues=to_item({":seq": seq}),
            )
