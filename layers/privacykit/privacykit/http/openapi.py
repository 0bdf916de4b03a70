"""The OpenAPI document of a function's routes, finished where Powertools stops: every operation
declares the errors it can answer with the one error schema (docs/design.md section 7) instead of
Powertools' ``HTTPValidationError``, has a summary and a description taken from its handler's
docstring, and is tagged with its capability.

Which errors an operation declares follows from its shape, as the http layer answers them:
- every operation: 400 (a value out of range, a cursor of another list), 422 (schema or rule,
  an unknown query parameter), 429 (throttled);
- behind the token (the default; the local cloud drops it for a route the template leaves open):
  401 and 403;
- with a path parameter or a body (which may name a record or a subject): 404 (another tenant's ids
  are unknown as well);
- a method that changes something: 409 (a lost race, a reused ``Idempotency-Key``, a legal hold);
- with a body: 413 (over ``MAX_BODY_BYTES``) and 415 (not JSON).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ERROR_STATUSES", "ErrorBody", "ErrorResponse", "complete_document", "errors_of"]

#: Status -> (code, an example message) for each error a route may answer with (errors.py).
ERROR_STATUSES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "the request holds a value out of range"),
    401: ("unauthenticated", "a bearer token is required"),
    403: ("forbidden", "this needs one of the roles privacy_officer, security_admin"),
    404: ("not_found", "no such incident"),
    409: ("conflict", "the Idempotency-Key was already used with a different request"),
    413: ("payload_too_large", "the body exceeds 262144 bytes"),
    415: ("unsupported_media_type", "send application/json"),
    422: ("validation_error", "the request does not match the schema"),
    429: ("throttled", "throttled, retry later"),
}
_CHANGES = {"post", "put", "patch", "delete"}
#: Powertools' own error shapes, which no route answers with here (the error table answers instead).
_POWERTOOLS_ERRORS = ("HTTPValidationError", "ValidationError", "ResponseValidationError")


class ErrorBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(description="machine-readable, one per kind of error (bad_request, forbidden, ...)")
    message: str = Field(description="what is wrong, for a person; never quotes what was sent")
    details: list[dict[str, Any]] = Field(
        description="for a validation error {field, type, message} per problem; for a 403 the roles needed"
    )


class ErrorResponse(BaseModel):
    """Every error the API answers, whatever its status."""

    model_config = ConfigDict(extra="forbid")

    error: ErrorBody


def errors_of(method: str, operation: Mapping[str, Any]) -> list[int]:
    """The error statuses ``operation`` (``method`` in lower case) declares, by the rules above."""
    statuses = {400, 401, 403, 422, 429}
    if "requestBody" in operation or any(p.get("in") == "path" for p in operation.get("parameters", ())):
        statuses.add(404)
    if method in _CHANGES:
        statuses.add(409)
    if "requestBody" in operation:
        statuses |= {413, 415}
    return sorted(statuses)


def _error_response(status: int) -> dict[str, Any]:
    code, message = ERROR_STATUSES[status]
    return {
        "description": code.replace("_", " "),
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                "example": {"error": {"code": code, "message": message, "details": []}},
            }
        },
    }


def _summary_and_description(func: Callable[..., Any]) -> tuple[str | None, str | None]:
    doc = inspect.getdoc(func)
    if not doc:
        return None, None
    first, _, rest = doc.partition("\n\n")
    return " ".join(first.split()), " ".join(rest.split()) or None


def complete_document(
    document: dict[str, Any], handlers: Iterable[tuple[str, str, Callable[..., Any]]], tag: str
) -> dict[str, Any]:
    """``document`` (Powertools' own, as a dict) with the error responses, summaries, descriptions and
    ``tag`` on every operation, and the error schema in place of Powertools' validation error.
    ``handlers`` gives each route's OpenAPI path, method and function."""
    by_operation = {(path, method.lower()): func for path, method, func in handlers}
    for path, operations in document.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for status in errors_of(method, operation):
                responses[str(status)] = _error_response(status)
            operation["responses"] = dict(sorted(responses.items()))
            operation["tags"] = [tag]
            func = by_operation.get((path, method))
            summary, description = _summary_and_description(func) if func else (None, None)
            if summary:
                operation["summary"] = summary
            if description:
                operation["description"] = description
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name in _POWERTOOLS_ERRORS:
        schemas.pop(name, None)
    error_schema = ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(error_schema.pop("$defs", {}))
    schemas["ErrorResponse"] = error_schema
    return document
