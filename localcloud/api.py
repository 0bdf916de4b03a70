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
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BufferedIOBase
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from localcloud.functions import FunctionHost, InvocationFailed
from localcloud.issuer import LocalIssuer, TokenRejected

__all__ = ["Route", "LocalApi", "routes_from_functions", "merge_openapi", "swagger_page"]

_MAX_PAYLOAD = 10 * 1024 * 1024  # API Gateway's limit
_SOCKET_TIMEOUT = 60.0
_OPENAPI_PATH, _JWKS_PATH, _SWAGGER_PATH = "/v1/openapi.json", "/.well-known/jwks.json", "/swagger"
#: The methods an HttpApi route can declare (besides ANY); any other (TRACE, CONNECT...) is served by none.
_ROUTE_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


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


#: OpenAPI links (3.1 section 4.8.20): the answer of one route names what another route takes, so a client
#: (and the fuzzer's stateful phase) can follow a created record, incident, consent, request, hold, report,
#: sweep, job or alert to the routes that need its id. (route, status) -> link name -> (target operation id,
#: parameters). A list's first item links too, so an id created in an earlier step (or by a schedule, as
#: alerts are) is reached from the list that shows it.
_BY_SUBJECT = {"subject_id": "$request.path.subject_id"}
_BY_INCIDENT = {"incident_id": "$response.body#/incident_id"}
_FIRST_INCIDENT = {"incident_id": "$response.body#/incidents/0/incident_id"}
_BY_REQUEST = {"request_id": "$response.body#/request_id"}
_FIRST_REQUEST = {"request_id": "$response.body#/requests/0/request_id"}
_BY_HOLD = {"hold_id": "$response.body#/hold_id"}
_FIRST_HOLD = {"hold_id": "$response.body#/holds/0/hold_id"}
_BY_REPORT = {"report_id": "$response.body#/report_id"}
_INCIDENT_ROUTES = {
    "GetIncident": "get_incident_v1_incidents__incident_id__get",
    "IncidentOutbox": "outbox_v1_incidents__incident_id__outbox_get",
    "IndividualNotices": "individual_notices_v1_incidents__incident_id__notices_post",
    "NoticeFacts": "complete_notice_facts_v1_incidents__incident_id__notice_facts_put",
    "NoticeRecipients": "notice_recipients_v1_incidents__incident_id__recipients_get",
}
_ACCESS_REQUEST_ROUTES = {
    "AccessRequestStatus": "access_request_status_v1_access_requests__request_id__get",
    "ExtendAccessRequest": "extend_access_request_v1_access_requests__request_id__extension_post",
    "AccessPackage": "download_package_v1_access_requests__request_id__package_get",
}
_HOLD_ROUTES = {
    "ReleaseHold": "release_hold_v1_legal_holds__hold_id__delete",
    "HoldKept": "hold_kept_v1_legal_holds__hold_id__kept_get",
}
_READ_RECORD = "read_record_v1_records__record_id__get"
_ERASURE_STATUS = "erasure_status_v1_erasure_requests__request_id__get"
_WITHDRAW = "withdraw_v1_subjects__subject_id__consents__purpose__delete"
LINKS: dict[tuple[str, str, str], dict[str, tuple[str, dict[str, str]]]] = {
    ("post", "/v1/classify", "200"): {
        "ReadRecord": (_READ_RECORD, {"record_id": "$response.body#/record_id"}),
    },
    ("get", "/v1/subjects/{subject_id}/records", "200"): {
        "ReadFirstRecord": (_READ_RECORD, {"record_id": "$response.body#/records/0/record_id"}),
    },
    ("post", "/v1/incidents", "201"): {
        **{name: (target, _BY_INCIDENT) for name, target in _INCIDENT_ROUTES.items()},
        "MarkSent": (
            "mark_sent_v1_incidents__incident_id__obligations__obligation_id__sent_post",
            {**_BY_INCIDENT, "obligation_id": "$response.body#/obligations/0/obligation_id"},
        ),
    },
    ("get", "/v1/incidents", "200"): {
        f"First{name}": (target, _FIRST_INCIDENT) for name, target in _INCIDENT_ROUTES.items()
    },
    ("post", "/v1/subjects/{subject_id}/consents", "201"): {
        "CurrentConsents": ("current_v1_subjects__subject_id__consents_get", _BY_SUBJECT),
        "ConsentHistory": ("history_v1_subjects__subject_id__consents_history_get", _BY_SUBJECT),
        "Withdraw": (_WITHDRAW, {**_BY_SUBJECT, "purpose": "$response.body#/consent/purpose"}),
    },
    ("get", "/v1/subjects/{subject_id}/consents", "200"): {
        "WithdrawFirst": (_WITHDRAW, {**_BY_SUBJECT, "purpose": "$response.body#/consents/0/purpose"}),
    },
    ("put", "/v1/subjects/{subject_id}/contact", "200"): {
        "ContactChannels": ("list_contact_v1_subjects__subject_id__contact_get", _BY_SUBJECT),
    },
    ("post", "/v1/subjects/{subject_id}/access-requests", "202"): {
        name: (target, _BY_REQUEST) for name, target in _ACCESS_REQUEST_ROUTES.items()
    },
    ("get", "/v1/access-requests", "200"): {
        f"First{name}": (target, _FIRST_REQUEST) for name, target in _ACCESS_REQUEST_ROUTES.items()
    },
    ("post", "/v1/subjects/{subject_id}/erasure-requests", "202"): {
        "ErasureStatus": (_ERASURE_STATUS, _BY_REQUEST),
        "SubjectRecords": ("subject_records_v1_subjects__subject_id__records_get", _BY_SUBJECT),
    },
    ("get", "/v1/erasure-requests", "200"): {
        "FirstErasureStatus": (_ERASURE_STATUS, _FIRST_REQUEST),
    },
    ("post", "/v1/legal-holds", "201"): {name: (target, _BY_HOLD) for name, target in _HOLD_ROUTES.items()},
    ("get", "/v1/legal-holds", "200"): {f"First{name}": (target, _FIRST_HOLD) for name, target in _HOLD_ROUTES.items()},
    ("post", "/v1/audit/reports", "202"): {
        "ReportStatus": ("report_status_v1_audit_reports__report_id__get", _BY_REPORT),
        "ReportDocument": ("report_document_v1_audit_reports__report_id__document_get", _BY_REPORT),
    },
    ("post", "/v1/audit/verifications", "202"): {
        "JobStatus": (
            "full_verification_v1_audit_verifications__job_id__get",
            {"job_id": "$response.body#/job_id"},
        ),
    },
    ("post", "/v1/retention/sweeps", "202"): {
        "SweepStatus": ("sweep_v1_retention_sweeps__run_id__get", {"run_id": "$response.body#/run_id"}),
    },
    ("get", "/v1/alerts", "200"): {
        "AcknowledgeFirst": (
            "acknowledge_v1_alerts__alert_id__ack_post",
            {"alert_id": "$response.body#/alerts/0/alert_id"},
        ),
    },
}


def _add_links(document: dict[str, Any]) -> None:
    known = {op.get("operationId") for ops in document["paths"].values() for op in ops.values()}
    for (method, path, status), links in LINKS.items():
        response = ((document["paths"].get(path) or {}).get(method) or {}).get("responses", {}).get(status)
        if response is None:
            continue
        response["links"] = {
            name: {"operationId": target, "parameters": dict(parameters)}
            for name, (target, parameters) in links.items()
            if target in known
        }


def merge_openapi(
    schemas: Iterable[dict[str, Any]],
    *,
    open_routes: Iterable[tuple[str, str]] = (),
    server_url: str | None = None,
) -> dict[str, Any]:
    """One OpenAPI document from each function's own (Powertools builds one per resolver): paths side
    by side, components merged by name -- so two functions must not give one name two shapes (the
    OpenAPI test checks that they do not). Every route needs the bearer token but those of
    ``open_routes`` (method, path: the template's ``Authorizer: NONE``), which declare no security and
    no 401; ``server_url`` is the API's own address."""
    merged: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "Privacy & compliance bundle API",
            "version": "1",
            "description": 'Errors are always {"error": {"code", "message", "details"}} (ErrorResponse).',
        },
        "servers": [{"url": server_url or "/"}],
        "paths": {},
        "components": {
            "schemas": {},
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "bearerFormat": "JWT",
                    "description": "a Cognito ID token (locally: make token)",
                }
            },
        },
        "security": [{"bearer": []}],
    }
    for schema in schemas:
        for path, operations in (schema.get("paths") or {}).items():
            merged["paths"].setdefault(path, {}).update(operations)
        merged["components"]["schemas"].update((schema.get("components") or {}).get("schemas") or {})
    for method, path in open_routes:
        operation = (merged["paths"].get(path) or {}).get(method.lower())
        if operation is not None:
            operation["security"] = []
            operation.get("responses", {}).pop("401", None)
    merged["tags"] = [
        {"name": tag}
        for tag in sorted({t for ops in merged["paths"].values() for op in ops.values() for t in op.get("tags", ())})
    ]
    _add_links(merged)
    return merged


def swagger_page(document: dict[str, Any]) -> str:
    """Powertools' Swagger UI for ``document``, its script and style inline (no network needed)."""
    from aws_lambda_powertools.event_handler.openapi import swagger_ui
    from aws_lambda_powertools.event_handler.openapi.swagger_ui.html import generate_swagger_html

    assets = Path(swagger_ui.__file__).parent
    return generate_swagger_html(
        json.dumps(document).replace("</", "<\\/"),
        (assets / "swagger-ui-bundle.min.js").read_text(encoding="utf-8"),
        (assets / "swagger-ui.min.css").read_text(encoding="utf-8"),
        "",
        None,
        persist_authorization=True,
    )


def _claim_value(value: Any) -> str:
    """API Gateway hands claims to the function as strings, arrays flattened as "[a b]"."""
    if isinstance(value, list):
        return "[" + " ".join(str(v) for v in value) + "]"
    return str(value)


def _error(status: int, code: str, message: str) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"error": {"code": code, "message": message, "details": []}}).encode()
    return status, {"content-type": "application/json"}, body


class _Refused(Exception):
    """A request whose body cannot be delimited: answered with this 4xx, then the connection is closed
    (whatever follows on it is the rest of a body, not a request)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _too_large() -> _Refused:
    return _Refused(413, "payload_too_large", "the body exceeds the API's 10 MB limit")


def _content_length(headers: Message) -> int | None:
    """The body's length in bytes, or None when it comes in chunks. API Gateway answers a request whose
    length it cannot tell, or that exceeds its limit, with a 4xx; so does this."""
    lengths = [value.strip() for value in headers.get_all("content-length") or []]
    codings = [c.strip().lower() for value in headers.get_all("transfer-encoding") or [] for c in value.split(",")]
    if codings:
        if lengths:
            raise _Refused(400, "bad_request", "send Content-Length or Transfer-Encoding, not both")
        if codings != ["chunked"]:
            raise _Refused(400, "bad_request", "the only transfer coding accepted is chunked")
        return None
    if not lengths:
        return 0
    if len(set(lengths)) > 1:
        raise _Refused(400, "bad_request", "the request has Content-Length headers that disagree")
    if not re.fullmatch(r"[0-9]+", lengths[0]):
        raise _Refused(400, "bad_request", "Content-Length is not a number of bytes")
    if len(lengths[0]) > len(str(_MAX_PAYLOAD)) or int(lengths[0]) > _MAX_PAYLOAD:
        raise _too_large()
    return int(lengths[0])


def _read_chunked(stream: BufferedIOBase, limit: int) -> bytes | None:
    """A chunked body (RFC 9112 section 7.1), or None when the connection ends before it does."""
    body = bytearray()
    while True:
        line = stream.readline(1024)
        if not line.endswith(b"\n"):
            return None
        digits = line.split(b";", 1)[0].strip()  # a chunk extension (";name=value") is ignored
        if not re.fullmatch(rb"[0-9A-Fa-f]{1,8}", digits):
            raise _Refused(400, "bad_request", "a chunk size is not a hexadecimal number")
        size = int(digits, 16)
        if size == 0:
            break
        if len(body) + size > limit:
            raise _too_large()
        chunk = stream.read(size)
        if len(chunk) < size:
            return None
        body += chunk
        if stream.readline(3) not in (b"\r\n", b"\n"):
            raise _Refused(400, "bad_request", "a chunk does not end where its size says")
    for _ in range(100):  # trailer fields, ignored, up to the blank line
        line = stream.readline(8192)
        if not line.endswith(b"\n"):
            return None
        if line in (b"\r\n", b"\n"):
            return bytes(body)
    raise _Refused(400, "bad_request", "too many trailer fields")


class LocalApi:
    def __init__(self, hosts: dict[str, FunctionHost], issuer: LocalIssuer, port: int = 0) -> None:
        self.hosts = hosts
        self.issuer = issuer
        self.routes = routes_from_functions(hosts)
        self._openapi: dict[str, Any] | None = None
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = _SOCKET_TIMEOUT  # a client that stops sending mid-body loses its connection, not a thread

            def __getattr__(self, name: str) -> Any:
                # http.server answers a method without a do_<METHOD> with an HTML 501; every method goes
                # to the API instead, which answers one it does not serve with a JSON 405, as it does
                # any other failure.
                if name.startswith("do_"):
                    return self._serve
                raise AttributeError(name)

            def _serve(self) -> None:
                started = time.perf_counter()
                try:
                    body = self._read_body()
                except _Refused as refused:
                    self._answer(*_error(refused.status, refused.code, refused.message), close=True)
                else:
                    if body is None:  # the client closed the connection before sending all of its body
                        self.close_connection = True
                        return
                    self._answer(*api.handle(self.command, self.path, dict(self.headers.items()), body))
                elapsed = (time.perf_counter() - started) * 1000
                print(api.log_line(self.command, self.path, self._status, elapsed), file=sys.stderr)

            def _read_body(self) -> bytes | None:
                length = _content_length(self.headers)
                if length is None:
                    return _read_chunked(self.rfile, _MAX_PAYLOAD)
                data = self.rfile.read(length) if length else b""
                return data if len(data) == length else None

            def _answer(self, status: int, headers: dict[str, str], body: bytes, close: bool = False) -> None:
                self._status = status
                if close:
                    # What follows on the connection is the unread body, not a request: end it here.
                    self.close_connection = True
                    headers = {**headers, "connection": "close"}
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
                # http.server's own errors (a malformed request line or header, a URI too long) as JSON,
                # without quoting what was sent.
                kind = "bad_request" if code < 500 else "internal_error"
                # Parsing may stop before the version is read, leaving HTTP/0.9, which has no status line.
                self.request_version = self.protocol_version
                self._answer(*_error(code, kind, HTTPStatus(code).phrase.lower()), close=True)

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
        if self._thread.is_alive():  # shutdown() waits for a serve_forever that never started
            self.server.shutdown()
        self.server.server_close()

    # -- request handling -----------------------------------------------------------------------
    def openapi(self) -> dict[str, Any]:
        """The API's OpenAPI document, merged from each function's route models."""
        if self._openapi is None:
            self._openapi = merge_openapi(
                (
                    host.openapi() or {}
                    for host in self.hosts.values()
                    if any(e.get("Type") == "HttpApi" for e in host.spec.events.values())
                ),
                open_routes=[(route.method, route.path) for route in self.routes if not route.authorized],
                server_url=self.url,
            )
        return self._openapi

    def handle(
        self, method: str, raw_path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        url = urlsplit(raw_path)
        if method == "GET" and url.path == _OPENAPI_PATH:
            return 200, {"content-type": "application/json"}, json.dumps(self.openapi()).encode()
        if method == "GET" and url.path == _SWAGGER_PATH:
            return 200, {"content-type": "text/html; charset=utf-8"}, swagger_page(self.openapi()).encode()
        if method == "GET" and url.path == _JWKS_PATH:
            return 200, {"content-type": "application/json"}, json.dumps(self.issuer.jwks()).encode()
        route, params = self._match(method, url.path)
        if route is None:
            allowed = self._methods_at(url.path)
            if allowed or method not in _ROUTE_METHODS:
                # The path is served, but not by this method (or no route serves this method at all).
                status, error_headers, payload = _error(405, "method_not_allowed", "the method is not allowed here")
                return status, {**error_headers, "allow": ", ".join(sorted(allowed))}, payload
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

    def _methods_at(self, path: str) -> set[str]:
        """The methods some route serves ``path`` with (the API's own documents included)."""
        methods = {"GET"} if path in (_OPENAPI_PATH, _JWKS_PATH, _SWAGGER_PATH) else set()
        return methods | {route.method for route in self.routes if route.pattern.match(path)}

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
