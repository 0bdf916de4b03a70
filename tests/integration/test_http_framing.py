"""The local HTTP API at the level of bytes on the socket: methods it does not serve, and requests whose
body it cannot delimit, get one clear JSON 4xx each (as API Gateway gives a 4xx), never an HTML page,
a dropped connection, a blocked thread, or the rest of a body read as a second request."""

from __future__ import annotations

import json
import socket
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.integration

#: A complete request that a server reading a refused body as the next request would answer too.
SMUGGLED = b"GET /v1/openapi.json HTTP/1.1\r\nHost: local\r\n\r\n"
#: A next request that asks the server to close the connection once it has answered.
NEXT_AND_CLOSE = b"GET /v1/openapi.json HTTP/1.1\r\nHost: local\r\nConnection: close\r\n\r\n"


def exchange(api: Any, raw: bytes) -> list[tuple[int, dict[str, str], bytes]]:
    return parse_responses(exchange_raw(api, raw))


def exchange_raw(api: Any, raw: bytes, timeout: float = 10) -> bytes:
    """Send ``raw`` on one connection and read until the server closes it (going quiet for ``timeout``
    seconds fails the test: a blocked thread, or a connection kept open after a refused body)."""
    url = urlsplit(api.url)
    with socket.create_connection((url.hostname, url.port), timeout=timeout) as conn:
        conn.sendall(raw)
        received = b""
        while True:
            try:
                data = conn.recv(65536)
            except TimeoutError:
                pytest.fail(f"the server neither answered nor closed the connection; got {received[:200]!r}")
            if not data:
                break
            received += data
    return received


def parse_responses(data: bytes) -> list[tuple[int, dict[str, str], bytes]]:
    responses = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        responses.append((status, headers, rest[:length]))
        data = rest[length:]
    return responses


def request(method: str, path: str, *headers: str, body: bytes = b"", close: bool = True) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: local", *headers]
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def only_error(responses: list[tuple[int, dict[str, str], bytes]], status: int, code: str) -> dict[str, Any]:
    assert [r[0] for r in responses] == [status], responses
    _, headers, body = responses[0]
    assert headers["content-type"] == "application/json"
    answer: dict[str, Any] = json.loads(body)
    assert answer["error"]["code"] == code
    return answer


# -- methods ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/v1/classify", "/v1/openapi.json", "/v1/subjects/cust-1/consents", "/nowhere"])
@pytest.mark.parametrize("method", ["TRACE", "CONNECT", "PROPFIND"])
def test_a_method_no_route_serves_is_a_json_405(api: Any, method: str, path: str) -> None:
    responses = exchange(api, request(method, path))
    only_error(responses, 405, "method_not_allowed")


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PUT", "/v1/classify", "POST"),
        ("DELETE", "/v1/openapi.json", "GET"),
        ("POST", "/v1/subjects/cust-1/consents/marketing", "DELETE"),
        ("PATCH", "/v1/subjects/cust-1/consents", "GET, POST"),
        ("TRACE", "/v1/classify", "POST"),
    ],
)
def test_a_method_the_path_is_not_served_with_is_a_405_that_says_which_are(
    api: Any, method: str, path: str, allow: str
) -> None:
    responses = exchange(api, request(method, path))
    only_error(responses, 405, "method_not_allowed")
    assert responses[0][1]["allow"] == allow


def test_a_head_request_gets_headers_only(api: Any) -> None:
    received = exchange_raw(api, request("HEAD", "/v1/classify", close=False) + NEXT_AND_CLOSE)
    head, _, rest = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 405 ")
    # No body after the HEAD answer: the next bytes on the connection are the next request's answer.
    assert rest.startswith(b"HTTP/1.1 200 ")


def test_an_unknown_path_is_still_a_404(api: Any) -> None:
    only_error(exchange(api, request("GET", "/nowhere")), 404, "not_found")


# -- Content-Length --------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["abc", "-1", "+5", "0x10", "1.5", "5 5", "9" * 5000])
def test_a_content_length_that_is_not_a_length_is_a_json_4xx_and_ends_the_connection(api: Any, value: str) -> None:
    responses = exchange(api, request("POST", "/v1/classify", f"Content-Length: {value}", close=False) + SMUGGLED)
    expected = (413, "payload_too_large") if value.isdigit() else (400, "bad_request")
    answer = only_error(responses, *expected)
    assert value not in answer["error"]["message"]
    assert responses[0][1]["connection"] == "close"


def test_content_lengths_that_disagree_are_a_400(api: Any) -> None:
    raw = request("POST", "/v1/classify", "Content-Length: 2", "Content-Length: 40", body=b"{}", close=False)
    only_error(exchange(api, raw + SMUGGLED), 400, "bad_request")


def test_an_oversize_body_is_a_413_and_never_read_as_a_second_request(api: Any) -> None:
    declared = 10 * 1024 * 1024 + 1
    raw = request("POST", "/v1/classify", f"Content-Length: {declared}", close=False) + SMUGGLED
    responses = exchange(api, raw)
    only_error(responses, 413, "payload_too_large")
    assert responses[0][1]["connection"] == "close"


def test_a_body_cut_short_ends_the_connection_without_an_answer(api: Any) -> None:
    url = urlsplit(api.url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as conn:
        conn.sendall(request("POST", "/v1/classify", "Content-Length: 100", body=b'{"text":'))
        conn.shutdown(socket.SHUT_WR)
        assert conn.recv(65536) == b""


def test_keep_alive_requests_with_bodies_are_answered_in_turn(api: Any) -> None:
    """The framing fix keeps the ordinary case: two requests on one connection, each read exactly."""
    body = json.dumps({"receipt": {}, "signature": "00"}).encode()
    one = request(
        "POST",
        "/v1/consent-receipts/verifications",
        "Content-Type: application/json",
        f"Authorization: Bearer {api.officer()}",
        f"Content-Length: {len(body)}",
        body=body,
        close=False,
    )
    responses = exchange(api, one + NEXT_AND_CLOSE)
    assert [r[0] for r in responses] == [200, 200]
    assert json.loads(responses[0][2])["valid"] is False


# -- chunked bodies --------------------------------------------------------------------------------
def chunked(*chunks: bytes) -> bytes:
    return b"".join(f"{len(c):x}\r\n".encode() + c + b"\r\n" for c in chunks) + b"0\r\n\r\n"


def test_a_chunked_body_is_read_whole(api: Any) -> None:
    body = json.dumps({"receipt": {}, "signature": "00"}).encode()
    raw = request(
        "POST",
        "/v1/consent-receipts/verifications",
        "Content-Type: application/json",
        f"Authorization: Bearer {api.officer()}",
        "Transfer-Encoding: chunked",
        body=chunked(body[:10], body[10:]),
        close=False,
    )
    responses = exchange(api, raw + NEXT_AND_CLOSE)
    assert [r[0] for r in responses] == [200, 200]
    assert json.loads(responses[0][2])["valid"] is False


@pytest.mark.parametrize(
    ("headers", "body", "status"),
    [
        (("Transfer-Encoding: chunked",), b"zz\r\n{}\r\n0\r\n\r\n", 400),
        (("Transfer-Encoding: chunked",), b"2\r\n{}XX0\r\n\r\n", 400),
        (("Transfer-Encoding: gzip, chunked",), chunked(b"{}"), 400),
        (("Transfer-Encoding: chunked", "Content-Length: 7"), chunked(b"{}"), 400),
        (("Transfer-Encoding: chunked",), b"a00001\r\n", 413),
    ],
)
def test_a_chunked_body_that_cannot_be_read_is_a_json_4xx(
    api: Any, headers: tuple[str, ...], body: bytes, status: int
) -> None:
    responses = exchange(api, request("POST", "/v1/classify", *headers, body=body, close=False) + SMUGGLED)
    only_error(responses, status, "bad_request" if status == 400 else "payload_too_large")


# -- what http.server itself refuses ---------------------------------------------------------------
@pytest.mark.parametrize(
    "raw",
    [
        b"GET /a b HTTP/1.1\r\n\r\n",
        b"GET /v1/openapi.json HTTP/9.9\r\n\r\n",
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
        b"GET /v1/openapi.json HTTP/1.1\r\n" + b"X-Long: a\r\n" * 101 + b"\r\n",
    ],
    ids=["four words in the request line", "unknown version", "URI too long", "too many headers"],
)
def test_a_request_http_server_cannot_parse_gets_a_json_error(api: Any, raw: bytes) -> None:
    responses = exchange(api, raw)
    assert len(responses) == 1
    status, headers, body = responses[0]
    assert 400 <= status < 600
    assert headers["content-type"] == "application/json"
    assert "error" in json.loads(body)


# -- bodies, end to end ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xabV*I\xad(Q\xb2RP\xca\xc8\xcc\xc9W\xaa\x05\x00",
        '{"text": "hi"}'.encode("utf-16"),
        b'{"text": "\xff"}',
        b'{"text": ' + b"7" * 5000 + b"}",
        b"[" * 1000 + b"]" * 1000,
    ],
    ids=["gzip", "utf-16", "stray 0xff", "5,000 digits", "1,000 levels"],
)
def test_a_body_the_api_cannot_read_is_a_400_through_the_local_api(api: Any, body: bytes) -> None:
    token = api.token(groups=["healthcare_provider"])
    status, answer = api.request("POST", "/v1/classify", body, token)
    assert status == 400, answer
    assert answer["error"]["code"] == "bad_request"
