"""The API's OpenAPI document, merged from every HTTP function as the local cloud serves it: every
route answers with a declared schema, and no two functions give one component name two shapes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver

from localcloud.api import LINKS, merge_openapi
from localcloud.template import load_template
from openapi_checks import conflicting_components, routes_without_response_schema
from privacy_helpers import load_handler

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
