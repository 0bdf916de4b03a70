"""Where moto differs from the AWS behaviour the bundle relies on, and costs what AWS does not, the local
cloud (moto server) and the tests (in-process moto) apply the same small patches.

``TransactWriteItems``: moto deep-copies every table a transaction names, once per item, so that it can
restore the tables when a condition fails. A transaction then costs the size of the tables times its
items (24 ms for one item on a table of 1,000 items; the audit sealer's 99-item transactions grew
quadratically with the outbox), and restoring a copy drops whatever another request wrote meanwhile.
DynamoDB evaluates every condition against the state before the transaction and then writes all items
or none: the patch does exactly that, checking every condition first and writing only when all hold,
with no copy and nothing to restore.

``Query`` on a table's own key: moto lists and sorts every item of the table, then keeps the partition
asked for, so a query costs the table's size (about a second on a table of 100,000 items: the audit
event index, docs/audit-reports.md). DynamoDB reads the partition only: the patch hands moto's query the
partition's items alone (the same items it would have kept), for that call and thread only. Index
queries are left as they are.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["apply"]

_applied = False
_partition = threading.local()


def _transact_write_items(self: Any, transact_items: list[dict[str, Any]]) -> None:
    from moto.dynamodb.comparisons import get_filter_expression
    from moto.dynamodb.exceptions import (
        MultipleTransactionsException,
        TooManyTransactionsException,
        TransactionCanceledException,
        TransactWriteSingleOpException,
    )

    if len(transact_items) > 100:
        raise TooManyTransactionsException()
    seen: set[tuple[str, str]] = set()
    planned: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
    errors: list[tuple[str | None, str | None, dict[str, Any] | None]] = []
    for item in transact_items:
        if len(item) > 1:
            raise TransactWriteSingleOpException
        op_type, op = next(iter(item.items()))
        table_name = op["TableName"]
        if op_type == "Put":
            table = self.get_table(table_name)
            attrs = op["Item"]
            key = {table.hash_key_attr: attrs[table.hash_key_attr]}
            if table.range_key_attr is not None:
                key[table.range_key_attr] = attrs[table.range_key_attr]
        else:
            key = op["Key"]
        marker = (str(table_name), str(dict(sorted(key.items()))))
        if marker in seen:
            raise MultipleTransactionsException()
        seen.add(marker)
        condition = op.get("ConditionExpression")
        failed: tuple[str | None, str | None, dict[str, Any] | None] = (None, None, None)
        if condition is not None:
            current = self.get_item(table_name, key)
            check = get_filter_expression(
                condition, op.get("ExpressionAttributeNames"), op.get("ExpressionAttributeValues")
            )
            if not check.expr(current):
                old = None
                if op.get("ReturnValuesOnConditionCheckFailure") == "ALL_OLD" and current:
                    old = current.to_json()["Attributes"]
                failed = ("ConditionalCheckFailed", "The conditional request failed", old)
        errors.append(failed)
        planned.append((op_type, table_name, key, op))
    if any(code is not None for code, _, _ in errors):
        raise TransactionCanceledException(errors)
    for op_type, table_name, key, op in planned:
        names, values = op.get("ExpressionAttributeNames"), op.get("ExpressionAttributeValues")
        if op_type == "Put":
            self.put_item(table_name, op["Item"], expression_attribute_names=names, expression_attribute_values=values)
        elif op_type == "Delete":
            self.delete_item(table_name, key, expression_attribute_names=names, expression_attribute_values=values)
        elif op_type == "Update":
            self.update_item(
                table_name,
                key,
                update_expression=op["UpdateExpression"],
                expression_attribute_names=names,
                expression_attribute_values=values,
            )


def _patch_partition_queries(table_class: Any) -> None:
    all_items, query = table_class.all_items, table_class.query

    def partition_items(self: Any) -> list[Any]:
        asked = getattr(_partition, "asked", None)
        if asked is None or asked[0] is not self:
            return list(all_items(self))
        found = self.items.get(asked[1])
        if found is None:
            return []
        return sorted(found.values(), key=lambda item: item.range_key) if self.range_key_attr else [found]

    def partition_query(self: Any, hash_key: Any, *args: Any, **kwargs: Any) -> Any:
        index_name = kwargs.get("index_name", args[6] if len(args) > 6 else None)
        if index_name is not None or hash_key is None:
            return query(self, hash_key, *args, **kwargs)
        _partition.asked = (self, hash_key)
        try:
            return query(self, hash_key, *args, **kwargs)
        finally:
            _partition.asked = None

    table_class.all_items = partition_items
    table_class.query = partition_query


def apply() -> None:
    """Patch moto in this process (idempotent)."""
    global _applied
    if _applied:
        return
    from moto.dynamodb.models import DynamoDBBackend
    from moto.dynamodb.models.table import Table

    DynamoDBBackend.transact_write_items = _transact_write_items  # type: ignore[method-assign]
    _patch_partition_queries(Table)
    _applied = True


if __name__ == "__main__":
    # `python -m localcloud.moto_patches -H 127.0.0.1 -p PORT`: moto server, patched.
    import sys

    from moto.server import main

    apply()
    main(sys.argv[1:])
