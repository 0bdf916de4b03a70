"""The audit chain-head table: per tenant, the last sequenced event and the last sealed one.

The sequencer moves ``seq``/``head_hash`` inside its outbox transaction (``adapters/audit_outbox.py``);
the sealer moves ``sealed_seq``/``sealed_hash`` here, conditionally, once a segment is in the bucket.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.aws import conditional_write, get_item, iso_utc, scan_all, to_item
from privacykit.domain.audit.chain import GENESIS, ChainHead, ChainPoint
from privacykit.errors import ChainConflict

__all__ = ["ChainHeadTable"]


class ChainHeadTable:
    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def get(self, tenant: str) -> ChainHead | None:
        item = get_item(self._ddb, "audit_chain.get", self._table, {"tenant": tenant}, ConsistentRead=True)
        if not item or "seq" not in item:
            return None
        return ChainHead(item["seq"], item["head_hash"], item.get("sealed_seq", 0), item.get("sealed_hash", GENESIS))

    def advance_sealed(self, tenant: str, expected: ChainPoint, sealed: ChainPoint) -> None:
        values: dict[str, Any] = {":seq": sealed.seq, ":hash": sealed.hash, ":at": iso_utc(datetime.now(UTC))}
        names: dict[str, str] = {}
        if expected.seq == 0:
            condition = "attribute_exists(#seq) AND attribute_not_exists(sealed_seq)"
            names["#seq"] = "seq"
        else:
            condition = "sealed_seq = :expected AND sealed_hash = :expected_hash"
            values |= {":expected": expected.seq, ":expected_hash": expected.hash}
        if not conditional_write(
            self._ddb.update_item,
            "audit_chain.seal",
            TableName=self._table,
            Key=to_item({"tenant": tenant}),
            UpdateExpression="SET sealed_seq = :seq, sealed_hash = :hash, sealed_at = :at",
            ConditionExpression=condition,
            ExpressionAttributeValues=to_item(values),
            **({"ExpressionAttributeNames": names} if names else {}),
        ):
            raise ChainConflict("the sealed mark moved")

    def tenants(self) -> list[str]:
        items = scan_all(self._ddb, "audit_chain.scan", TableName=self._table, ProjectionExpression="tenant")
        return sorted(item["tenant"] for item in items)
