"""The API Gateway HTTP API resolver every handler uses, with the one error table registered."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

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
from privacykit.http.responses import error_body, error_response, validation_details

__all__ = ["make_resolver", "current_principal", "api_handler"]


def _json(status: int, body: dict[str, Any]) -> Response[Any]:
    return Response(status_code=status, content_type=content_types.APPLICATION_JSON, body=body)


def make_resolver(logger: Logger) -> APIGatewayHttpResolver:
    """A resolver with request validation on and every failure answered as docs/design.md section 7."""
    # Every JSON body is read by parse_json: bounded numbers and nesting, a 400 for what it cannot read.
    app = APIGatewayHttpResolver(enable_validation=True, json_body_deserializer=parse_json)

    @app.exception_handler(PrivacyError)
    def _privacy_error(exc: PrivacyError) -> Response[Any]:
        if exc.status >= 500:
            logger.error("request failed", extra={"error_code": exc.code, "error_type": type(exc).__name__})
        return _json(exc.status, exc.to_body())

    @app.exception_handler(RequestValidationError)
    def _invalid(exc: RequestValidationError) -> Response[Any]:
        errors = list(exc.errors())
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


def api_handler(app: APIGatewayHttpResolver) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
    """Wrap ``app.resolve`` with the reading of the body (its size limit, UTF-8), done before anything
    parses it: the resolver sees the body as text, never base64."""

    def handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
        try:
            text = request_text(event, get_settings().limits.max_body_bytes)
        except PrivacyError as exc:
            return error_response(exc.status, exc.code, exc.message, exc.details)
        if event.get("isBase64Encoded"):
            event = {**event, "body": text, "isBase64Encoded": False}
        return app.resolve(event, context)

    return handle
