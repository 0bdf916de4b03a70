"""The API's OpenAPI document, merged from every HTTP function as the local cloud serves it: every
route answers with a declared schema, and no two functions give one component name two shapes."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver

from localcloud.api import LINKS, merge_openapi, swagger_page
from localcloud.template import load_template
from openapi_checks import conflicting_components, routes_without_response_schema
from privacy_helpers import load_handler
from privacykit.errors import Conflict, Forbidden, PrivacyError
from privacykit.http.openapi import ErrorResponse, errors_of
from privacykit.http.responses import error_body

_RESOURCES: dict[str, Any] = load_template()["Resources"]
_EVENTS = {
    name: [e for e in resource["Properties"].get("Events", {}).values() if e["Type"] == "HttpApi"]
    for name, resource in _RESOURCES.items()
    if resource["Type"] == "AWS::Serverless::Function"
}
#: Function -> its HttpApi events, for every function the HTTP API routes to.
HTTP_FUNCTIONS = {name: events for name, events in _EVENTS.items() if events}


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, Any]]:
    """Each HTTP function's own document, as the local cloud's worker asks its resolver for it."""
    built = {}
    for name in HTTP_FUNCTIONS:
        properties = _RESOURCES[name]["Properties"]
        function_dir = properties["CodeUri"].strip("/").split("/")[-1]
        module = properties["Handler"].split(".")[0]
        built[name] = json.loads(load_handler(function_dir, module).app.get_openapi_json_schema())
    return built


def test_every_route_declares_its_response_schema(documents: dict[str, dict[str, Any]]) -> None:
    merged = merge_openapi(documents.values())
    assert routes_without_response_schema(merged) == []


def test_the_merged_document_holds_every_template_route(documents: dict[str, dict[str, Any]]) -> None:
    merged = merge_openapi(documents.values())
    documented = {(method.upper(), path) for path, item in merged["paths"].items() for method in item}
    events = [event["Properties"] for function_events in HTTP_FUNCTIONS.values() for event in function_events]
    template = {(event["Method"].upper(), event["Path"]) for event in events}
    assert documented == template


def test_every_link_leaves_and_reaches_a_route(documents: dict[str, dict[str, Any]]) -> None:
    """The links the fuzzer's stateful phase follows: a renamed route must not silently drop one."""
    merged = merge_openapi(documents.values())
    for (method, path, status), links in LINKS.items():
        response = merged["paths"][path][method]["responses"][status]
        assert set(response["links"]) == set(links), (method, path)


def test_every_list_route_pages_with_limit_and_cursor(documents: dict[str, dict[str, Any]]) -> None:
    """docs/listing.md: a route whose answer holds a list of what the bundle keeps takes ``limit`` and
    ``cursor`` and answers ``next_cursor``; the officers' work queues are among them."""
    merged = merge_openapi(documents.values())
    components = merged["components"]["schemas"]
    paged = set()
    for path, item in merged["paths"].items():
        get = item.get("get")
        if not get:
            continue
        answer = get["responses"].get("200", {}).get("content", {}).get("application/json", {})
        ref = answer.get("schema", {}).get("$ref", "")
        properties = components.get(ref.rsplit("/", 1)[-1], {}).get("properties", {})
        if "next_cursor" in properties:
            paged.add(path)
            names = {p["name"] for p in get.get("parameters", []) if p["in"] == "query"}
            assert {"limit", "cursor"} <= names, path
    assert {"/v1/incidents", "/v1/access-requests", "/v1/erasure-requests"} <= paged


def test_no_component_name_has_two_shapes(documents: dict[str, dict[str, Any]]) -> None:
    assert conflicting_components(documents) == []


def test_the_check_finds_a_route_that_returns_a_bare_dict() -> None:
    """The check itself: a route annotated ``-> dict[str, Any]`` is what it must catch."""
    app = APIGatewayHttpResolver(enable_validation=True)

    @app.get("/v1/untyped")
    def untyped() -> dict[str, Any]:
        return {}

    document = json.loads(app.get_openapi_json_schema())
    assert routes_without_response_schema(document) == [
        "GET /v1/untyped 200: the schema is not an object with properties"
    ]


# -- errors, summaries, tags: the document against the error table (privacykit/errors.py) -------------
def _error_table() -> dict[int, str]:
    """Status -> code of every 4xx error class the bundle raises (the http layer answers with these)."""
    table: dict[int, str] = {}
    pending: list[type[PrivacyError]] = [PrivacyError]
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if 400 <= cls.status < 500 and cls.status not in table:
            table[cls.status] = cls.code
    return table


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, item in document["paths"].items() for method, op in item.items()]


def test_every_operation_declares_its_errors_with_the_one_error_schema(documents: dict[str, dict[str, Any]]) -> None:
    merged = merge_openapi(documents.values())
    table = _error_table()
    assert "HTTPValidationError" not in json.dumps(merged)
    for method, path, operation in _operations(merged):
        declared = {int(s) for s in operation["responses"] if int(s) >= 400}
        assert declared == set(errors_of(method, operation)), (method, path)
        assert {400, 401, 403, 422, 429} <= declared, (method, path)
        for status in declared:
            content = operation["responses"][str(status)]["content"]["application/json"]
            assert content["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}, (method, path, status)
            assert content["example"]["error"]["code"] == table[status], (method, path, status)
            ErrorResponse.model_validate(content["example"])
        if "{" in path:
            assert 404 in declared, (method, path)
        if "requestBody" in operation:
            assert {413, 415} <= declared, (method, path)


def test_the_error_schema_is_what_the_http_layer_answers() -> None:
    for error in (Forbidden("this needs one of the roles x", details=[{"needed_roles": ["x"]}]), Conflict("taken")):
        ErrorResponse.model_validate(error.to_body())
    ErrorResponse.model_validate(error_body("validation_error", "bad", [{"field": "a", "type": "t", "message": "m"}]))
    with pytest.raises(ValueError, match="error"):
        ErrorResponse.model_validate({"detail": []})  # Powertools' HTTPValidationError shape


def test_every_operation_has_a_summary_a_description_and_its_capability_tag(
    documents: dict[str, dict[str, Any]],
) -> None:
    for function, document in documents.items():
        for method, path, operation in _operations(document):
            assert not operation["summary"].startswith(method.upper()), (method, path)
            assert operation["summary"].endswith("."), (method, path)
            assert len(operation.get("description", "")) > 20, (method, path)
            assert len(operation["tags"]) == 1, (function, path)
    merged = merge_openapi(documents.values())
    assert {t["name"] for t in merged["tags"]} >= {"consent", "breach", "access", "classify", "audit"}


def test_a_route_the_template_leaves_open_needs_no_token(documents: dict[str, dict[str, Any]]) -> None:
    open_routes = [
        (event["Properties"]["Method"], event["Properties"]["Path"])
        for function_events in HTTP_FUNCTIONS.values()
        for event in function_events
        if (event["Properties"].get("Auth") or {}).get("Authorizer") == "NONE"
    ]
    assert open_routes, "the DSAR package link is served without a bearer token"
    merged = merge_openapi(documents.values(), open_routes=open_routes, server_url="http://127.0.0.1:3000")
    assert merged["servers"] == [{"url": "http://127.0.0.1:3000"}]
    assert merged["components"]["securitySchemes"]["bearer"]["bearerFormat"] == "JWT"
    for method, path in open_routes:
        operation = merged["paths"][path][method.lower()]
        assert operation["security"] == []
        assert "401" not in operation["responses"]
    guarded = merged["paths"]["/v1/incidents"]["get"]
    assert "security" not in guarded and "401" in guarded["responses"]


def test_the_swagger_page_carries_the_document_and_its_assets() -> None:
    document = {"openapi": "3.1.0", "info": {"title": "T </script> t", "version": "1"}, "paths": {}}
    page = swagger_page(document)
    assert page.startswith("\n<!DOCTYPE html>") or page.lstrip().startswith("<!DOCTYPE html>")
    assert "SwaggerUIBundle" in page  # the script is inline: the page works without a network
    assert "T <\\/script> t" in page and "T </script> t" not in page


def test_every_route_that_takes_a_created_id_is_reached_by_a_link(documents: dict[str, dict[str, Any]]) -> None:
    """The fuzzer's stateful phase reaches a route needing an id the API made (an incident, a request, a
    hold...) only through a link from where that id is answered; a subject id the caller names is not one."""
    merged = merge_openapi(documents.values())
    targets = {
        link["operationId"]
        for operations in merged["paths"].values()
        for operation in operations.values()
        for response in operation["responses"].values()
        for link in response.get("links", {}).values()
    }
    unreached = [
        f"{method.upper()} {path}"
        for path, operations in merged["paths"].items()
        for method, operation in operations.items()
        if set(re.findall(r"\{(\w+)\}", path)) - {"subject_id"} and operation["operationId"] not in targets
    ]
    assert unreached == []
