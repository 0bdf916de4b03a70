"""The local HTTP API: routes requests by the template's HttpApi events, verifies the bearer token
as the JWT authorizer does, and invokes the function with an API Gateway HTTP API v2 event."""

from __future__ import annotations

import base64
import json
import re
import sys
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from localcloud.functions import FunctionHost, InvocationFailed
from localcloud.issuer import LocalIssuer, TokenRejected

__all__ = ["Route", "LocalApi", "routes_from_functions", "merge_openapi"]

_MAX_PAYLOAD = 10 * 1024 * 1024  # API Gateway's limit


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    pattern: re.Pattern[str]
    host: FunctionHost
    authorized: bool

    @property
    def route_key(self) -> str:
        return f"{self.method} {self.path}"


def _compile(path: str) -> re.Pattern[str]:
    regex = re.sub(r"\{(\w+)\+\}", r"(?P<\1>.+)", path)
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", regex)
    return re.compile(f"^{regex}$")


def routes_from_functions(hosts: dict[str, FunctionHost]) -> list[Route]:
    routes = []
    for host in hosts.values():
        for event in host.spec.events.values():
            if event.get("Type") != "HttpApi":
                continue
            props = event.get("Properties") or {}
            auth = (props.get("Auth") or {}).get("Authorizer")
            path, method = props["Path"], props.get("Method", "ANY").upper()
            routes.append(Route(method, path, _compile(path), host, authorized=auth != "NONE"))
    # Literal segments win over parameters, as in API Gateway: longer literal prefixes first.
    return sorted(routes, key=lambda r: (r.path.count("{"), -len(r.path)))


def merge_openapi(schemas: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One OpenAPI document from each function's own (Powertools builds one per resolver): paths side
    by side, components merged by name -- so two functions must not give one name two shapes (the
    OpenAPI test checks that they do not)."""
    merged: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Privacy & compliance bundle API", "version": "1"},
        "paths": {},
        "components": {"schemas": {}, "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
    }
    for schema in schemas:
        for path, operations in (schema.get("paths") or {}).items():
            merged["paths"].setdefault(path, {}).update(operations)
        merged["components"]["schemas"].update((schema.get("components") or {}).get("schemas") or {})
    return merged


def _claim_value(value: Any) -> str:
    """API Gateway hands claims to the function as strings, arrays flattened as "[a b]"."""
    if isinstance(value, list):
        return "[" + " ".join(str(v) for v in value) + "]"
    return str(value)


def _error(status: int, code: str, message: str) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"error": {"code": code, "message": message, "details": []}}).encode()
    return status, {"content-type": "application/json"}, body


class LocalApi:
    def __init__(self, hosts: dict[str, FunctionHost], issuer: LocalIssuer, port: int = 0) -> None:
        self.hosts = hosts
        self.issuer = issuer
        self.routes = routes_from_functions(hosts)
        self._openapi: dict[str, Any] | None = None
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                started = time.perf_counter()
                status, headers, body = api.handle(self.command, self.path, dict(self.headers.items()), self._body())
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                elapsed = (time.perf_counter() - started) * 1000
                print(api.log_line(self.command, self.path, status, elapsed), file=sys.stderr)

            def _body(self) -> bytes | None:
                length = int(self.headers.get("content-length") or 0)
                if length > _MAX_PAYLOAD:
                    return None
                return self.rfile.read(length) if length else b""

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _serve

            def log_message(self, format: str, *args: Any) -> None:
                return  # one line per request is printed by _serve, without query strings

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- request handling -----------------------------------------------------------------------
    def openapi(self) -> dict[str, Any]:
        """The API's OpenAPI document, merged from each function's route models."""
        if self._openapi is None:
            self._openapi = merge_openapi(
                host.openapi() or {}
                for host in self.hosts.values()
                if any(e.get("Type") == "HttpApi" for e in host.spec.events.values())
            )
        return self._openapi

    def handle(
        self, method: str, raw_path: str, headers: dict[str, str], body: bytes | None
    ) -> tuple[int, dict[str, str], bytes]:
        url = urlsplit(raw_path)
        if body is None:
            return _error(413, "payload_too_large", "the body exceeds the API's 10 MB limit")
        if method == "GET" and url.path == "/v1/openapi.json":
            return 200, {"content-type": "application/json"}, json.dumps(self.openapi()).encode()
        if method == "GET" and url.path == "/.well-known/jwks.json":
            return 200, {"content-type": "application/json"}, json.dumps(self.issuer.jwks()).encode()
        route, params = self._match(method, url.path)
        if route is None:
            return _error(404, "not_found", "no such route")
        claims: dict[str, Any] | None = None
        lowered = {k.lower(): v for k, v in headers.items()}
        if route.authorized:
            authorization = lowered.get("authorization", "")
            token = authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""
            if not token:
                return _error(401, "unauthenticated", "a bearer token is required")
            try:
                claims = self.issuer.verify(token)
            except TokenRejected as exc:
                return _error(401, "unauthenticated", str(exc))
        event = self._event(method, url.path, url.query, lowered, body, route, params, claims)
        try:
            result = route.host.invoke(event)
        except InvocationFailed:
            return _error(500, "internal_error", "the function failed")
        return self._response(result)

    def log_line(self, method: str, raw_path: str, status: int, elapsed_ms: float) -> str:
        """One line per request naming the route as the template declares it (``/v1/subjects/{subject_id}``),
        never the path as sent: paths hold subject ids, and logs must hold no personal value."""
        route, _ = self._match(method, urlsplit(raw_path).path)
        shown = route.route_key if route is not None else f"{method} (no route)"
        return f"api {shown} -> {status} ({elapsed_ms:.1f} ms)"

    def _match(self, method: str, path: str) -> tuple[Route | None, dict[str, str]]:
        for route in self.routes:
            if route.method not in (method, "ANY"):
                continue
            match = route.pattern.match(path)
            if match:
                return route, match.groupdict()
        return None, {}

    @staticmethod
    def _event(
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
        route: Route,
        params: dict[str, str],
        claims: dict[str, Any] | None,
    ) -> dict[str, Any]:
        now = datetime.now(UTC)
        query_params: dict[str, str] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            query_params[key] = f"{query_params[key]},{value}" if key in query_params else value
        try:
            text, encoded = body.decode(), False
        except UnicodeDecodeError:
            text, encoded = base64.b64encode(body).decode(), True
        request_context: dict[str, Any] = {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": "127.0.0.1",
            "domainPrefix": "local",
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": "127.0.0.1",
                "userAgent": headers.get("user-agent", ""),
            },
            "requestId": str(uuid.uuid4()),
            "routeKey": route.route_key,
            "stage": "$default",
            "time": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "timeEpoch": int(now.timestamp() * 1000),
        }
        if claims is not None:
            request_context["authorizer"] = {
                "jwt": {"claims": {k: _claim_value(v) for k, v in claims.items()}, "scopes": None}
            }
        event: dict[str, Any] = {
            "version": "2.0",
            "routeKey": route.route_key,
            "rawPath": path,
            "rawQueryString": query,
            "headers": headers,
            "requestContext": request_context,
            "isBase64Encoded": encoded,
        }
        if query_params:
            event["queryStringParameters"] = query_params
        if params:
            event["pathParameters"] = params
        if body:
            event["body"] = text
        return event

    @staticmethod
    def _response(result: Any) -> tuple[int, dict[str, str], bytes]:
        if not isinstance(result, dict) or "statusCode" not in result:
            # HTTP API v2 infers a 200 JSON response from any other return value.
            return 200, {"content-type": "application/json"}, json.dumps(result).encode()
        headers = {str(k).lower(): str(v) for k, v in (result.get("headers") or {}).items()}
        for name, values in (result.get("multiValueHeaders") or {}).items():
            headers[str(name).lower()] = ", ".join(map(str, values))
        raw = result.get("body") or ""
        body = base64.b64decode(raw) if result.get("isBase64Encoded") else str(raw).encode()
        return int(result["statusCode"]), headers, body
