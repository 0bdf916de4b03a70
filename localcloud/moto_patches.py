"""Where moto differs from the AWS behaviour the bundle relies on, and costs what AWS does not, the local
cloud (moto server) and the tests (in-process moto) apply the same small patches.

``TransactWriteItems``: moto deep-copies every table a transaction names, once per item, so that it can
restore the tables when a condition fails. A transaction then costs the size of the tables times its
items (24 ms for one item on a table of 1,000 items; the audit sealer's 99-item transactions grew
quadratically with the outbox), and restoring a copy drops whatever another request wrote meanwhile.
DynamoDB evaluates every condition against the state before the transaction and then writes all items
or none: the patch does exactly that, checking every condition first and writing only when all hold,
with no copy and nothing to restore.
"""

from __future__ import annotations

from typing import Any

__all__ = ["apply"]

_applied = False


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


def apply() -> None:
    """Patch moto in this process (idempotent)."""
    global _applied
    if _applied:
        return
    from moto.dynamodb.models import DynamoDBBackend

    DynamoDBBackend.transact_write_items = _transact_write_items  # type: ignore[method-assign]
    _applied = True


if __name__ == "__main__":
    # `python -m localcloud.moto_patches -H 127.0.0.1 -p PORT`: moto server, patched.
    import sys

    from moto.server import main

    apply()
    main(sys.argv[1:])
