"""boto3 clients and the one translation of ``ClientError`` into the bundle's errors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from privacykit.errors import Conflict, DependencyFailure, NotFound, PrivacyError, Throttled

__all__ = ["client", "translate_errors", "error_code", "query_all", "iso_utc", "parse_iso"]

_THROTTLING = {
    "ThrottlingException",
    "ProvisionedThroughputExceededException",
    "RequestLimitExceeded",
    "TooManyRequestsException",
    "SlowDown",
    "Throttling",
}
_NOT_FOUND = {"ResourceNotFoundException", "NoSuchKey", "NoSuchBucket", "NotFoundException"}
_CONFLICT = {"ConditionalCheckFailedException", "TransactionConflictException", "PreconditionFailed"}


@cache
def client(service: str) -> Any:
    """A shared client per service; endpoints come from ``AWS_ENDPOINT_URL[_<SERVICE>]``."""
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    config = Config(retries={"max_attempts": 4, "mode": "standard"}, connect_timeout=3, read_timeout=10)
    return boto3.session.Session().client(service, region_name=region, config=config)  # type: ignore[call-overload]


def error_code(exc: ClientError) -> str:
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


def query_all(ddb: Any, operation: str, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Every item of a query, following ``LastEvaluatedKey``."""
    while True:
        with translate_errors(operation):
            page = ddb.query(**kwargs)
        yield from page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            return
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def iso_utc(moment: datetime) -> str:
    """A moment as stored: ISO 8601 in UTC."""
    return moment.astimezone(UTC).isoformat()


def parse_iso(value: str | None) -> datetime | None:
    """A stored ISO 8601 moment back, in UTC (None stays None)."""
    return datetime.fromisoformat(value).astimezone(UTC) if value else None
