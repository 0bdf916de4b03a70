"""The one mapping of errors to HTTP responses (docs/design.md section 7)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from privacykit.errors import PrivacyError, validation_details

__all__ = ["error_body", "error_response", "validation_details"]


def error_body(code: str, message: str, details: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": list(details)}}


def error_response(status: int, code: str, message: str, details: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """A Lambda proxy response for a failure before the resolver runs (size limit, no token)."""
    return {
        "statusCode": status,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(error_body(code, message, details)),
    }


def from_error(exc: PrivacyError) -> tuple[int, dict[str, Any]]:
    return exc.status, exc.to_body()
