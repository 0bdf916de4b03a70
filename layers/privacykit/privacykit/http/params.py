"""Path parameters every API handler shares, built from the identifier patterns of
``domain/common/ids.py``: a handler that wrote its own regex could accept in a path what the domain
refuses in a body (or the reverse), and the OpenAPI document would show a different shape per route."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Header, Path, Query

from privacykit.domain.common.ids import PURPOSE_PATTERN, SAFE_ID_PATTERN
from privacykit.domain.common.pages import CURSOR_PATTERN, DEFAULT_LIMIT, MAX_LIMIT
from privacykit.domain.monitoring.model import ALERT_ID_PATTERN

__all__ = [
    "SubjectIdPath",
    "PurposePath",
    "RecordIdPath",
    "JobIdPath",
    "AlertIdPath",
    "LimitQuery",
    "CursorQuery",
    "IdempotencyKeyHeader",
]

SubjectIdPath = Annotated[str, Path(pattern=SAFE_ID_PATTERN, description="subject id")]
PurposePath = Annotated[str, Path(pattern=PURPOSE_PATTERN, description="purpose name")]
RecordIdPath = Annotated[str, Path(pattern=SAFE_ID_PATTERN, description="record id")]
JobIdPath = Annotated[str, Path(pattern=SAFE_ID_PATTERN, description="job id")]
AlertIdPath = Annotated[str, Path(pattern=ALERT_ID_PATTERN, description="alert id")]

#: The page size of a list route (docs/listing.md).
LimitQuery = Annotated[
    int, Query(ge=1, le=MAX_LIMIT, description=f"items per page, at most {MAX_LIMIT} (default {DEFAULT_LIMIT})")
]
#: Where the next page starts: the ``next_cursor`` of the previous answer, passed back unchanged.
CursorQuery = Annotated[
    str | None, Query(pattern=CURSOR_PATTERN, description="the next_cursor of the previous page, unchanged")
]

#: A client's key that makes a retried command safe: 1 to 128 visible ASCII characters. An empty or blank one
#: is refused: it would make every request of a scope sent with it one request.
IdempotencyKeyHeader = Annotated[
    str | None,
    Header(
        alias="idempotency-key",
        pattern=r"^[\x21-\x7e]{1,128}$",
        description="makes a retry safe: the first answer is repeated for the same key and body",
    ),
]
