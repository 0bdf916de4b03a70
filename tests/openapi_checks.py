"""Checks of the API's OpenAPI document, shared by the unit test (each function's document built in
process and merged as the local cloud merges them) and the integration test (the document the local
API serves at GET /v1/openapi.json)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["routes_without_response_schema", "conflicting_components"]

_REF = "#/components/schemas/"


def _resolve(schema: Mapping[str, Any], components: Mapping[str, Any]) -> Mapping[str, Any] | None:
    ref = schema.get("$ref")
    if ref is None:
        return schema
    if not isinstance(ref, str) or not ref.startswith(_REF):
        return None
    found = components.get(ref.removeprefix(_REF))
    return found if isinstance(found, Mapping) else None


def routes_without_response_schema(document: Mapping[str, Any]) -> list[str]:
    """Every route whose success answer has no schema a client could use: no 2xx response, no JSON
    schema, a dangling reference, or a schema that is not an object with named properties (a handler
    annotated ``-> dict[str, Any]`` gives ``{"type": "object", "additionalProperties": true}``)."""
    components = (document.get("components") or {}).get("schemas") or {}
    problems: list[str] = []
    for path, operations in (document.get("paths") or {}).items():
        for method, operation in operations.items():
            route = f"{method.upper()} {path}"
            responses = operation.get("responses") or {}
            # A redirect is a route's success too (the DSAR download link answers 303 with a JSON body).
            successes = {code: r for code, r in responses.items() if str(code)[:1] in ("2", "3")}
            if not successes:
                problems.append(f"{route}: no 2xx or 3xx response")
            for code, response in successes.items():
                schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
                resolved = _resolve(schema, components) if isinstance(schema, Mapping) else None
                if resolved is None:
                    problems.append(f"{route} {code}: no JSON schema")
                elif resolved.get("type") != "object" or not resolved.get("properties"):
                    problems.append(f"{route} {code}: the schema is not an object with properties")
    return problems


def conflicting_components(documents: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Component names that two functions' documents define differently: merged by name, one would
    silently replace the other and the merged document would describe one of the routes wrongly."""
    seen: dict[str, tuple[str, Any]] = {}
    problems: list[str] = []
    for function, document in documents.items():
        for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
            if name in seen and seen[name][1] != schema:
                problems.append(f"{name}: {seen[name][0]} and {function} define it differently")
            seen.setdefault(name, (function, schema))
    return problems
