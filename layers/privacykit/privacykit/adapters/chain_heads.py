"""The audit chain-head table: each tenant's head, advanced with a conditional write."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from botocore.exceptions import ClientError

from privacykit.adapters.aws import error_code, translate_errors
from privacykit.domain.audit.chain import ChainHead
from privacykit.errors import ChainConflict

__all__ = ["ChainHeadTable"]


class ChainHeadTable:
    """One item per tenant: the last sequence number and hash of its audit chain."""

    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def _item(self, tenant: str) -> dict[str, Any] | None:
        with translate_errors("audit_chain.get"):
            item: dict[str, Any] | None = self._ddb.get_item(
                TableName=self._table, Key={"tenant": {"S": tenant}}, ConsistentRead=True
            ).get("Item")
        return item

    def get(self, tenant: str) -> ChainHead | None:
        item = self._item(tenant)
        if not item or "seq" not in item:
            return None
        return ChainHead(int(item["seq"]["N"]), item["head_hash"]["S"])

    def advance(self, tenant: str, expected: ChainHead | None, new: ChainHead) -> None:
        names = {"#seq": "seq"}
        values: dict[str, Any] = {
            ":seq": {"N": str(new.seq)},
            ":hash": {"S": new.hash},
            ":at": {"S": datetime.now(UTC).isoformat()},
        }
        if expected is None:
            condition = "attribute_not_exists(#seq)"
        else:
            condition = "#seq = :expected AND head_hash = :expected_hash"
            values[":expected"] = {"N": str(expected.seq)}
            values[":expected_hash"] = {"S": expected.hash}
        try:
            self._ddb.update_item(
                TableName=self._table,
                Key={"tenant": {"S": tenant}},
                UpdateExpression="SET #seq = :seq, head_hash = :hash, updated_at = :at",
                ConditionExpression=condition,
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
            )
        except ClientError as exc:
            if error_code(exc) == "ConditionalCheckFailedException":
                raise ChainConflict("the audit chain head moved") from exc
            with translate_errors("audit_chain.advance"):
                raise

    def tenants(self) -> list[str]:
        tenants: list[str] = []
        kwargs: dict[str, Any] = {"TableName": self._table, "ProjectionExpression": "tenant"}
        while True:
            with translate_errors("audit_chain.scan"):
                page = self._ddb.scan(**kwargs)
            tenants += [i["tenant"]["S"] for i in page.get("Items", [])]
            if "LastEvaluatedKey" not in page:
                return sorted(tenants)
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def last_digest_seq(self, tenant: str) -> int:
        item = self._item(tenant)
        return int(item["digest_seq"]["N"]) if item and "digest_seq" in item else 0

    def set_last_digest_seq(self, tenant: str, seq: int) -> None:
        with translate_errors("audit_chain.digest"):
            self._ddb.update_item(
                TableName=self._table,
                Key={"tenant": {"S": tenant}},
                UpdateExpression="SET digest_seq = :seq",
                ExpressionAttributeValues={":seq": {"N": str(seq)}},
            )
