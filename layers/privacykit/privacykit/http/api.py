"""The API Gateway HTTP API resolver every handler uses, with the one error table registered."""

from __future__ import annotations

import json
import re
import traceback
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.exceptions import (
    RequestUnsupportedContentType,
    RequestValidationError,
)

from privacykit.auth import principal_from_claims
from privacykit.config import get_settings
from privacykit.domain.common.principal import Principal
from privacykit.errors import MALFORMED_TYPES, PrivacyError
from privacykit.http.body import parse_json, request_text
from privacykit.http.openapi import complete_document
from privacykit.http.responses import error_body, error_response, replay_scope, validation_details

__all__ = ["make_resolver", "current_principal", "api_handler", "created_location", "REPLAY_HEADER"]

#: Set on an answer that an ``Idempotency-Key`` repeat got from the store instead of running the command.
REPLAY_HEADER = "idempotent-replayed"
#: An id that may go into a ``Location`` path segment as it is.
_ID_VALUE = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")


def _json(status: int, body: dict[str, Any]) -> Response[Any]:
    return Response(status_code=status, content_type=content_types.APPLICATION_JSON, body=body)


def _unknown_query_errors(app: APIGatewayHttpResolver) -> list[dict[str, Any]]:
    """A query parameter the matched route does not declare, as a validation error: ignoring it would
    let a misspelt filter (``?purpse=``) answer as if no filter had been asked for. Unknown body fields
    are 422 already (``extra="forbid"``); this makes the query string behave the same."""
    route = app.context.get("_route")
    if route is None:
        return []
    known = sorted(param.alias for param in route.dependant.query_params)
    takes = f"this route takes {', '.join(known)}" if known else "this route takes none"
    errors = []
    for name in sorted(app.current_event.query_string_parameters or {}):
        if name in known:
            continue
        # validation_details repeats the name only if it looks like one (it is input).
        errors.append({"type": "extra_forbidden", "loc": ("query", name), "msg": f"unknown query parameter ({takes})"})
    return errors


class PrivacyResolver(APIGatewayHttpResolver):
    """Powertools' HTTP API resolver whose OpenAPI document declares each route's errors, summary,
    description and capability tag (:mod:`privacykit.http.openapi`)."""

    def __init__(self, tag: str) -> None:
        # Every JSON body is read by parse_json: bounded numbers and nesting, a 400 for what it cannot read.
        super().__init__(enable_validation=True, json_body_deserializer=parse_json)
        self.tag = tag

    def get_openapi_json_schema(self, **kwargs: Any) -> str:
        document = json.loads(super().get_openapi_json_schema(**kwargs))
        # Powertools keeps its routes in these two lists (3.x); the document names operations by path.
        routes = [*self._static_routes, *self._dynamic_routes]
        handlers = [(route.openapi_path, route.method, route.func) for route in routes]
        return json.dumps(complete_document(document, handlers, self.tag), indent=2)


def make_resolver(logger: Logger) -> APIGatewayHttpResolver:
    """A resolver with request validation on and every failure answered as docs/design.md section 7;
    its routes are tagged with the logger's service (the capability) in the OpenAPI document."""
    app = PrivacyResolver(tag=str(logger.service))

    def _refuse_unknown_query(app: APIGatewayHttpResolver, next_middleware: Callable[..., Any]) -> Any:
        # Runs after Powertools' own request validation, which reports its errors first; _invalid
        # adds these to them, so one answer names everything wrong with the request.
        errors = _unknown_query_errors(app)
        if errors:
            raise RequestValidationError(errors)
        return next_middleware(app)

    app.use([_refuse_unknown_query])

    @app.exception_handler(PrivacyError)
    def _privacy_error(exc: PrivacyError) -> Response[Any]:
        if exc.status >= 500:
            logger.error("request failed", extra={"error_code": exc.code, "error_type": type(exc).__name__})
        return _json(exc.status, exc.to_body())

    @app.exception_handler(RequestValidationError)
    def _invalid(exc: RequestValidationError) -> Response[Any]:
        errors = list(exc.errors())
        reported = {tuple(e.get("loc", ())) for e in errors}
        errors += [e for e in _unknown_query_errors(app) if tuple(e["loc"]) not in reported]
        if any(e.get("type") in MALFORMED_TYPES for e in errors):
            return _json(
                HTTPStatus.BAD_REQUEST,
                error_body("bad_request", "the request holds a value out of range", validation_details(errors)),
            )
        return _json(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            error_body("validation_error", "the request does not match the schema", validation_details(errors)),
        )

    @app.exception_handler(RequestUnsupportedContentType)
    def _content_type(exc: RequestUnsupportedContentType) -> Response[Any]:
        return _json(
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            error_body("unsupported_media_type", "send application/json"),
        )

    @app.not_found
    def _no_route(exc: Exception) -> Response[Any]:
        return _json(HTTPStatus.NOT_FOUND, error_body("not_found", "no such route"))

    @app.exception_handler(Exception)
    def _unexpected(exc: Exception) -> Response[Any]:
        # The message of a library error may quote input: log the type and the frames only.
        logger.error(
            "unhandled error",
            extra={"error_type": type(exc).__name__, "frames": traceback.format_tb(exc.__traceback__)[-5:]},
        )
        return _json(HTTPStatus.INTERNAL_SERVER_ERROR, error_body("internal_error", "an unexpected error occurred"))

    return app


def current_principal(app: APIGatewayHttpResolver) -> Principal:
    """The principal of the current request, from the verified JWT claims only."""
    authorizer = app.current_event.request_context.authorizer
    claims = authorizer.jwt_claim if authorizer else None
    return principal_from_claims(claims)


def created_location(path: str, path_parameters: Mapping[str, str], answer: Any) -> str:
    """Where the resource a 201 created can be read: the request's path followed by the one top-level
    ``*_id`` of the answer that the path does not hold already (``POST /v1/incidents`` ->
    ``/v1/incidents/<incident_id>``); else the request's path itself, the collection that lists it
    (``POST /v1/subjects/<id>/consents``)."""
    if isinstance(answer, dict):
        ids = [
            value
            for name, value in answer.items()
            if name.endswith("_id") and name not in path_parameters and isinstance(value, str)
        ]
        if len(ids) == 1 and _ID_VALUE.fullmatch(ids[0]):
            return f"{path.rstrip('/')}/{quote(ids[0], safe='')}"
    return path


def _readable(app: APIGatewayHttpResolver, path: str) -> bool:
    """Whether ``app`` has a GET route for ``path``: a ``Location`` points only where a GET answers.
    (Powertools keeps its routes in these two lists; the conventions tests fail if that changes.)"""
    routes = [*app._static_routes, *app._dynamic_routes]
    return any(route.method == "GET" and route.rule.match(path) for route in routes)


def _with_headers(
    app: APIGatewayHttpResolver, event: dict[str, Any], response: dict[str, Any], replayed: bool
) -> dict[str, Any]:
    """``Location`` on a 201 (what it created, else the collection that lists it) and on a 202 (its
    status URL), each only where a GET route of the function answers; the replay header."""
    status = response.get("statusCode")
    headers = dict(response.get("headers") or {})
    if status in (HTTPStatus.CREATED, HTTPStatus.ACCEPTED) and "location" not in {h.lower() for h in headers}:
        try:
            answer = json.loads(response.get("body") or "null")
        except (TypeError, ValueError):
            answer = None
        candidates: list[str] = []
        if status == HTTPStatus.CREATED:
            path = event.get("rawPath") or "/"
            candidates = [created_location(path, event.get("pathParameters") or {}, answer), path]
        elif isinstance(answer, dict) and str(answer.get("status_url", "")).startswith("/"):
            candidates = [str(answer["status_url"]).split("?", 1)[0]]  # where the accepted job reports
        found = next((c for c in candidates if _readable(app, c)), None)
        if found is not None:
            headers["Location"] = found
    if replayed:
        headers[REPLAY_HEADER] = "true"
    return {**response, "headers": headers}


def api_handler(app: APIGatewayHttpResolver) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
    """Wrap ``app.resolve`` with the reading of the body (its size limit, UTF-8), done before anything
    parses it: the resolver sees the body as text, never base64. The answer gets the headers every
    route shares (``Location``, the idempotent replay), so no route sets them itself."""

    def handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
        try:
            text = request_text(event, get_settings().limits.max_body_bytes)
        except PrivacyError as exc:
            return error_response(exc.status, exc.code, exc.message, exc.details)
        if event.get("isBase64Encoded"):
            event = {**event, "body": text, "isBase64Encoded": False}
        with replay_scope() as replay:
            response = app.resolve(event, context)
            return _with_headers(app, event, response, replay.replayed)

    return handle
