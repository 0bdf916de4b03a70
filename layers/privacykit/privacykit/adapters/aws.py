"""boto3 clients, the one translation of ``ClientError`` into the bundle's errors, and what every
DynamoDB adapter shares: attribute values from and to plain Python values, pagination, conditional writes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any

import boto3
from boto3.dynamodb.types import Binary, TypeDeserializer, TypeSerializer
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from privacykit.domain.common.pages import decode_cursor, encode_cursor
from privacykit.errors import Conflict, DependencyFailure, NotFound, PrivacyError, Throttled
from privacykit.ports import StagedWrite

__all__ = [
    "presigning_client",
    "client",
    "translate_errors",
    "error_code",
    "to_item",
    "from_item",
    "get_item",
    "pages",
    "query_all",
    "query_page",
    "query_due_page",
    "DUE_KEY_FIELDS",
    "scan_all",
    "conditional_write",
    "transact_write",
    "apply_staged",
    "stage_versioned_put",
    "delete_keys",
    "batch_get",
    "iso_utc",
    "parse_iso",
]

_THROTTLING = {
    "ThrottlingException",
    "ProvisionedThroughputExceededException",
    "RequestLimitExceeded",
    "TooManyRequestsException",
    "SlowDown",
    "Throttling",
}
# "404" is what a HEAD request answers (it has no body to name the code in).
_NOT_FOUND = {"ResourceNotFoundException", "NoSuchKey", "NoSuchVersion", "NoSuchBucket", "NotFoundException", "404"}
_CONFLICT = {"ConditionalCheckFailedException", "TransactionConflictException", "PreconditionFailed"}


@cache
def client(service: str) -> Any:
    """A shared client per service; endpoints come from ``AWS_ENDPOINT_URL[_<SERVICE>]``."""
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    config = Config(retries={"max_attempts": 4, "mode": "standard"}, connect_timeout=3, read_timeout=10)
    return boto3.session.Session().client(service, region_name=region, config=config)  # type: ignore[call-overload]


@cache
def presigning_client(service: str) -> Any:
    """A client whose presigned URLs are SigV4 (``client`` may presign SigV2 on a custom endpoint): a
    presigned PUT then signs the headers it requires, such as ``x-amz-meta-*``, instead of carrying
    their values in the URL."""
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    config = Config(signature_version="s3v4", retries={"max_attempts": 4, "mode": "standard"})
    return boto3.session.Session().client(service, region_name=region, config=config)  # type: ignore[call-overload]


def error_code(exc: ClientError) -> str:
    """The AWS error code of ``exc`` ("" when the response names none)."""
    return str(exc.response.get("Error", {}).get("Code", ""))


@contextmanager
def translate_errors(operation: str) -> Iterator[None]:
    """Turn AWS errors into the bundle's errors; messages name the operation, never the data."""
    try:
        yield
    except PrivacyError:
        raise
    except ClientError as exc:
        code = error_code(exc)
        if code in _THROTTLING:
            raise Throttled(f"{operation}: throttled, retry later") from exc
        if code in _CONFLICT:
            raise Conflict(f"{operation}: the item changed meanwhile") from exc
        if code in _NOT_FOUND:
            raise NotFound(f"{operation}: not found") from exc
        raise DependencyFailure(f"{operation} failed ({code})") from exc
    except BotoCoreError as exc:
        raise DependencyFailure(f"{operation} failed ({type(exc).__name__})") from exc


_SERIALIZER = TypeSerializer()
_DESERIALIZER = TypeDeserializer()


def to_item(values: Mapping[str, Any]) -> dict[str, Any]:
    """Plain values as DynamoDB attribute values (an item, a key or ``ExpressionAttributeValues``).

    str is stored as S, int as N, bytes as B, a set of str as SS. A top-level None is left out: an
    optional attribute is absent, never NULL. Floats are refused (TypeError); store them as text.
    """
    return {name: _SERIALIZER.serialize(value) for name, value in values.items() if value is not None}


def from_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """A DynamoDB item as plain values: the inverse of :func:`to_item`.

    TypeDeserializer gives ``Decimal`` for numbers and ``Binary`` for bytes; whole numbers come back as
    int and binary as bytes, so callers see what they stored.
    """
    return {name: _plain(_DESERIALIZER.deserialize(value)) for name, value in item.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        # A fraction stays a Decimal: int() would silently drop it.
        return int(value) if value == value.to_integral_value() else value
    if isinstance(value, Binary):
        return bytes(value)  # type: ignore[call-overload]  # boto3-stubs types Binary.__bytes__ as str
    if isinstance(value, set):
        return {_plain(v) for v in value}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def get_item(ddb: Any, operation: str, table: str, key: Mapping[str, Any], **kwargs: Any) -> dict[str, Any] | None:
    """The item of ``table`` under ``key`` (plain values both ways), or None when there is none."""
    with translate_errors(operation):
        item = ddb.get_item(TableName=table, Key=to_item(key), **kwargs).get("Item")
    return from_item(item) if item else None


def batch_get(ddb: Any, operation: str, table: str, keys: Sequence[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """The items under ``keys`` (plain values both ways), 100 to a ``BatchGetItem``, asking again for what
    a batch hands back unprocessed; missing items are left out, in no promised order."""
    for start in range(0, len(keys), 100):
        request: dict[str, Any] = {table: {"Keys": [to_item(key) for key in keys[start : start + 100]]}}
        # Not pagination: a batch read hands back the keys it could not read, to be asked for again.
        while request:
            with translate_errors(operation):
                answer = ddb.batch_get_item(RequestItems=request)
            yield from (from_item(item) for item in answer.get("Responses", {}).get(table, []))
            request = answer.get("UnprocessedKeys") or {}


def pages(aws: Any, method: str, operation: str, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Every page of a paginated call (``query``, ``scan``, ``list_object_versions``...), through the
    client's own paginator, with errors translated as each page is fetched.

    The paginator stops at the first page without a continuation token. Callers set no ``Limit``; with
    one, moto omits ``LastEvaluatedKey`` when a page exactly fills it and nothing follows (real DynamoDB
    sends one, then an empty page), so the walk still ends after the last item either way.
    """
    with translate_errors(operation):
        remaining = iter(aws.get_paginator(method).paginate(**kwargs))
    while True:
        # Only the fetch is guarded: the caller's own errors while it holds a page stay its own.
        with translate_errors(operation):
            page: dict[str, Any] | None = next(remaining, None)
        if page is None:
            return
        yield page


def query_all(ddb: Any, operation: str, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Every item of a query, as plain values (``ExpressionAttributeValues`` from :func:`to_item`)."""
    for page in pages(ddb, "query", operation, **kwargs):
        yield from (from_item(item) for item in page.get("Items", []))


#: The position of a rights request in the ``by_due`` index: the table's key and the index's.
DUE_KEY_FIELDS = ("tenant", "request_id", "due_at")


def query_due_page(
    ddb: Any,
    operation: str,
    table: str,
    index: str,
    tenant: str,
    *,
    list_name: str,
    statuses: Sequence[str] | None,
    due_before: datetime | None,
    limit: int,
    cursor: str | None,
    extra_condition: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """A page of a tenant's rights requests (a privacy officer's work queue) through an index of
    partition ``tenant`` sorted by ``due_at``: soonest due first, optionally due before an instant, of
    one of ``statuses``, and meeting ``extra_condition`` (a filter on attribute presence, without
    values). The cursor (:func:`query_page`) holds the request's key and due date, bound to ``tenant``."""
    condition, values = "tenant = :t", {":t": tenant}
    if due_before is not None:
        condition += " AND due_at < :d"
        values[":d"] = iso_utc(due_before)
    filters: list[str] = []
    extra: dict[str, Any] = {}
    if statuses:
        names = [f":s{n}" for n in range(len(statuses))]
        filters.append(f"#s IN ({', '.join(names)})")
        values.update(zip(names, statuses, strict=True))
        extra["ExpressionAttributeNames"] = {"#s": "status"}
    if extra_condition:
        filters.append(extra_condition)
    if filters:
        extra["FilterExpression"] = " AND ".join(filters)
    return query_page(
        ddb,
        operation,
        list_name=list_name,
        key_fields=DUE_KEY_FIELDS,
        bound={"tenant": tenant},
        limit=limit,
        cursor=cursor,
        TableName=table,
        IndexName=index,
        KeyConditionExpression=condition,
        ExpressionAttributeValues=to_item(values),
        **extra,
    )


def query_page(
    ddb: Any,
    operation: str,
    *,
    list_name: str,
    key_fields: Sequence[str],
    bound: Mapping[str, str],
    limit: int,
    cursor: str | None,
    **kwargs: Any,
) -> tuple[list[dict[str, Any]], str | None]:
    """Up to ``limit`` items of a query from where ``cursor`` points (the first page without one), as
    plain values, and the cursor of the next page (None when the query is exhausted).

    The cursor is the query's ``LastEvaluatedKey`` (``key_fields``: the table's key and, for an index,
    the index's), opaque to the caller and refused unless it lies inside ``bound`` (the partition asked
    for), so it cannot reach another tenant or subject. With a ``FilterExpression`` a call may hold
    fewer matches than asked for: the query goes on until the page is full or nothing is left. As in
    DynamoDB, a page that exactly ends the list may still give a cursor, whose page is empty.
    """
    start = decode_cursor(cursor, list_name, key_fields, bound)
    items: list[dict[str, Any]] = []
    while True:
        call = {**kwargs, "Limit": limit - len(items)}
        if start is not None:
            call["ExclusiveStartKey"] = to_item(start)
        with translate_errors(operation):
            out = ddb.query(**call)
        items.extend(from_item(item) for item in out.get("Items", []))
        last = out.get("LastEvaluatedKey")
        if not last:
            return items, None
        start = from_item(last)
        if len(items) >= limit:
            return items, encode_cursor(list_name, start)


def scan_all(ddb: Any, operation: str, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Every item of a scan, as plain values."""
    for page in pages(ddb, "scan", operation, **kwargs):
        yield from (from_item(item) for item in page.get("Items", []))


def conditional_write(write: Callable[..., Any], operation: str, **kwargs: Any) -> bool:
    """Call ``write`` (``ddb.put_item``, ``ddb.update_item``...) with its ``ConditionExpression``:
    False when the condition failed, True when written; any other error is translated."""
    try:
        write(**kwargs)
    except ClientError as exc:
        if error_code(exc) == "ConditionalCheckFailedException":
            return False
        with translate_errors(operation):
            raise
    return True


def transact_write(ddb: Any, operation: str, items: Sequence[Mapping[str, Any]], conflicts: Sequence[str]) -> None:
    """``TransactWriteItems``: every item is written or none is. When an item's condition fails the
    caller is told :class:`Conflict` with that item's message from ``conflicts`` (one per item); when
    another transaction held an item, :class:`Conflict` asks to retry. Anything else is translated."""
    try:
        ddb.transact_write_items(TransactItems=list(items))
    except ClientError as exc:
        if error_code(exc) != "TransactionCanceledException":
            with translate_errors(operation):
                raise
        reasons = exc.response.get("CancellationReasons") or []
        for index, reason in enumerate(reasons):
            if reason.get("Code") == "ConditionalCheckFailed":
                message = conflicts[index] if index < len(conflicts) else "the item changed meanwhile"
                raise Conflict(message) from exc
        if any(reason.get("Code") in _THROTTLING for reason in reasons):
            raise Throttled(f"{operation}: throttled, retry later") from exc
        raise Conflict(f"{operation}: the items changed meanwhile, retry") from exc
    except BotoCoreError as exc:
        raise DependencyFailure(f"{operation} failed ({type(exc).__name__})") from exc


def stage_versioned_put(table: str, item: Mapping[str, Any], version: int, *, conflict: str) -> StagedWrite:
    """A put of ``item`` (which carries ``version`` + 1) that lands only over ``version`` as read (0: never
    stored): two writers that read the same version cannot both land, the second is told ``conflict``."""
    condition: dict[str, Any] = (
        {"ConditionExpression": "attribute_not_exists(#v)", "ExpressionAttributeNames": {"#v": "version"}}
        if version == 0
        else {
            "ConditionExpression": "#v = :v",
            "ExpressionAttributeNames": {"#v": "version"},
            "ExpressionAttributeValues": to_item({":v": version}),
        }
    )
    return StagedWrite({"Put": {"TableName": table, "Item": to_item({**item, "version": version + 1}), **condition}},
                       conflict=conflict)  # fmt: skip


def apply_staged(ddb: Any, operation: str, *writes: StagedWrite) -> None:
    """Make staged writes now, with no audit event: for repository methods that are not a change a
    capability reports (tests, and stores outside the trail). Services pass them to the audit sink."""
    transact_write(ddb, operation, [w.operation for w in writes], [w.conflict for w in writes])


def delete_keys(ddb: Any, operation: str, table: str, keys: Sequence[Mapping[str, Any]]) -> int:
    """Delete the items under ``keys`` (plain values), 25 to a batch, sending again what a batch hands
    back unprocessed; how many were asked for."""
    for start in range(0, len(keys), 25):
        requests: dict[str, Any] = {
            table: [{"DeleteRequest": {"Key": to_item(key)}} for key in keys[start : start + 25]]
        }
        # Not pagination: a batch write hands back what it could not write, to be sent again.
        while requests:
            with translate_errors(operation):
                requests = ddb.batch_write_item(RequestItems=requests).get("UnprocessedItems") or {}
    return len(keys)


def iso_utc(moment: datetime) -> str:
    """A moment as stored: ISO 8601 in UTC."""
    return moment.astimezone(UTC).isoformat()


def parse_iso(value: str | None) -> datetime | None:
    """A stored ISO 8601 moment back, in UTC (None stays None)."""
    return datetime.fromisoformat(value).astimezone(UTC) if value else None
