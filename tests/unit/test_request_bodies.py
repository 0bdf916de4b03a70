"""Request bodies a client can send but the API cannot read: every route that takes a body answers them
with a 400 JSON error that says what is wrong (never a 500, never the body quoted back).

Bodies are read in one place (``privacykit.http.body``, used by every resolver), so these run the same
bodies against every route of the template that takes one.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from typing import Any

import pytest

from localcloud.provision import Stack
from localcloud.template import load_template
from privacy_helpers import FakeContext, http_api_event, load_handler
from privacykit.errors import ValidationFailed
from privacykit.http.body import MAX_DEPTH, parse_json

# Refused before any route adds a metric: Powertools warns that it has none to publish.
pytestmark = pytest.mark.filterwarnings("ignore:No application metrics to publish")

_RESOURCES: dict[str, Any] = load_template()["Resources"]
#: (function logical id, method, path) of every route that takes a body.
BODY_ROUTES = [
    (name, event["Properties"]["Method"].upper(), event["Properties"]["Path"])
    for name, resource in _RESOURCES.items()
    if resource["Type"] == "AWS::Serverless::Function"
    for event in resource["Properties"].get("Events", {}).values()
    if event["Type"] == "HttpApi" and event["Properties"]["Method"].upper() in ("POST", "PUT", "PATCH")
]
EVERY_ROLE = "[privacy_officer security_admin healthcare_provider service compliance_auditor]"
CLAIMS = {"sub": "officer-7", "custom:tenant": "acme", "cognito:groups": EVERY_ROLE}
SAMPLE_PARAMS = {
    "incident_id": "inc_0123456789abcdef0123456789abcdef",
    "obligation_id": "ob-01",
    "alert_id": "alr_20260101T000000Z_0123456789ab",
}

PLANTED = "zq-planted@example.org"
NOT_UTF8 = {
    "gzip": gzip.compress(json.dumps({"text": PLANTED}).encode()),
    "utf-16": json.dumps({"text": PLANTED}).encode("utf-16"),
    "stray 0xff": b'{"text": "' + PLANTED.encode() + b'\xff"}',
}
NOT_READABLE = {
    "a number of 5,000 digits": '{"text": ' + "7" * 5000 + "}",
    "a number of 400 digits": '{"text": ' + "7" * 400 + "}",
    "a float beyond double range": '{"text": 1e400}',
    "NaN": '{"text": NaN}',
    "-Infinity": '{"text": -Infinity}',
    "1,000 levels of arrays": "[" * 1000 + "]" * 1000,
    "20,000 levels of objects": '{"a":' * 20_000 + "1" + "}" * 20_000,
    "nesting just beyond the limit": '{"text": ' + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "}",
}


def _api_event(function: str, method: str, path: str, body: str, encoded: bool) -> dict[str, Any]:
    params = {name: SAMPLE_PARAMS.get(name, "cust-1001") for name in re.findall(r"\{(\w+)\}", path)}
    return http_api_event(method, path, path.format(**params), CLAIMS, body=body, encoded=encoded)


def _call(stack: Stack, function_env: Any, route: tuple[str, str, str], body: bytes | str) -> tuple[int, Any]:
    function, method, path = route
    function_env(function)
    properties = _RESOURCES[function]["Properties"]
    module = load_handler(properties["CodeUri"].strip("/").split("/")[-1], properties["Handler"].split(".")[0])
    if isinstance(body, bytes):
        api_event = _api_event(function, method, path, base64.b64encode(body).decode(), encoded=True)
    else:
        api_event = _api_event(function, method, path, body, encoded=False)
    response = module.lambda_handler(api_event, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def test_the_template_has_routes_with_bodies() -> None:
    assert len(BODY_ROUTES) >= 8


@pytest.mark.parametrize("route", BODY_ROUTES, ids=lambda r: f"{r[1]} {r[2]}")
@pytest.mark.parametrize("body", NOT_UTF8.values(), ids=NOT_UTF8.keys())
def test_a_body_that_is_not_utf8_is_a_400_on_every_route(
    stack: Stack, function_env: Any, route: tuple[str, str, str], body: bytes
) -> None:
    status, answer = _call(stack, function_env, route, body)
    assert status == 400, answer
    assert answer["error"]["code"] == "bad_request"
    assert "UTF-8" in answer["error"]["message"]
    assert PLANTED not in json.dumps(answer)


@pytest.mark.parametrize("route", BODY_ROUTES, ids=lambda r: f"{r[1]} {r[2]}")
@pytest.mark.parametrize("body", NOT_READABLE.values(), ids=NOT_READABLE.keys())
def test_json_the_api_cannot_read_is_a_400_on_every_route(
    stack: Stack, function_env: Any, route: tuple[str, str, str], body: str
) -> None:
    status, answer = _call(stack, function_env, route, body)
    assert status == 400, answer
    assert answer["error"]["code"] == "bad_request"
    assert "7777" not in json.dumps(answer)


NOT_JSON_TYPES = ["multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"]


@pytest.mark.parametrize("route", BODY_ROUTES, ids=lambda r: f"{r[1]} {r[2]}")
@pytest.mark.parametrize("content_type", NOT_JSON_TYPES)
def test_a_body_declared_as_other_than_json_is_a_415_on_every_route(
    stack: Stack, function_env: Any, route: tuple[str, str, str], content_type: str
) -> None:
    """Found by the fuzzer: a multipart type without a boundary was a 500 (Powertools' multipart parser)."""
    function, method, path = route
    function_env(function)
    properties = _RESOURCES[function]["Properties"]
    module = load_handler(properties["CodeUri"].strip("/").split("/")[-1], properties["Handler"].split(".")[0])
    api_event = _api_event(function, method, path, json.dumps({"email": PLANTED}), encoded=False)
    api_event["headers"] = {"Content-Type": content_type}
    response = module.lambda_handler(api_event, FakeContext())
    assert response["statusCode"] == 415, response
    assert json.loads(response["body"])["error"]["code"] == "unsupported_media_type"


def test_a_base64_body_that_is_utf8_json_is_read_as_json(stack: Stack, function_env: Any) -> None:
    """API Gateway base64-encodes a body it takes for binary; valid UTF-8 JSON is still read."""
    route = next(r for r in BODY_ROUTES if r[2] == "/v1/consent-receipts/verifications")
    status, answer = _call(stack, function_env, route, json.dumps({"receipt": {}, "signature": "00"}).encode())
    assert status == 200, answer
    assert answer["valid"] is False


# -- the parser itself -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": [1, 2.5, "x", null, true]}', {"a": [1, 2.5, "x", None, True]}),
        ("-9223372036854775808", -(2**63)),
        ("9223372036854775807", 2**63 - 1),
        ("1.7976931348623157e308", 1.7976931348623157e308),
        ("[" * MAX_DEPTH + "]" * MAX_DEPTH, eval("[" * MAX_DEPTH + "]" * MAX_DEPTH)),  # noqa: S307 - a literal
        ('"[[[[{{{{"', "[[[[{{{{"),
    ],
)
def test_parse_json_reads_what_json_allows(text: str, expected: Any) -> None:
    assert parse_json(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("7" * 4301, "number"),
        ("9223372036854775808", "number"),
        ("-9223372036854775809", "number"),
        ("1e400", "number"),
        ("NaN", "number"),
        ("Infinity", "number"),
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "nest"),
        ('{"a":' * 5000 + "1" + "}" * 5000, "nest"),
        ("[" * 1_000_000, "nest"),
        ("{not json", "not valid JSON"),
    ],
)
def test_parse_json_refuses_what_the_api_cannot_use(text: str, says: str) -> None:
    with pytest.raises(ValidationFailed) as raised:
        parse_json(text)
    assert says in raised.value.message
    assert "7777" not in raised.value.message
