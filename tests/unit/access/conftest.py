"""Fixtures of the access-check tests: a consent fake and a service on a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from access_support import NOW

from fakes import FakeConsent
from privacykit.domain.access import AccessService


@pytest.fixture
def consent() -> FakeConsent:
    return FakeConsent()


@pytest.fixture
def make_service(consent: FakeConsent) -> Callable[..., AccessService]:
    def make(**kwargs: Any) -> AccessService:
        kwargs.setdefault("clock", lambda: NOW)
        return AccessService(consent, **kwargs)

    return make


@pytest.fixture
def service(make_service: Callable[..., AccessService]) -> AccessService:
    return make_service()


@pytest.fixture(autouse=True)
def _cedar_with_schema_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    """The service asks Cedar without the schema (its requests are built from checked values). Every access
    test asks it with the schema too: a request the schema rejects, or a decision that differs, fails."""
    import cedarpy

    from privacykit.domain.access import policy as policy_module
    from privacykit.domain.access import service as service_module

    # Policies made before this test (the cached default) were checked against the shipped schema.
    shipped = cedarpy.Schema.from_str(policy_module.schema_text())
    schemas: dict[int, cedarpy.Schema] = {}
    made = policy_module.AccessPolicy.__init__

    def remember(self: Any, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **kwargs)
        schemas[id(self.policy_set)] = self.schema

    def outcome(result: Any) -> tuple[Any, ...]:
        return result.decision, sorted(result.diagnostics.reasons), bool(result.diagnostics.errors)

    def batch(requests: list[dict[str, Any]], policies: Any, entities: Any, schema: Any = None) -> list[Any]:
        results = cedarpy.is_authorized_batch(requests, policies, entities, schema)
        checked = cedarpy.is_authorized_batch(requests, policies, entities, schemas.get(id(policies), shipped))
        assert [outcome(r) for r in results] == [outcome(r) for r in checked]
        return results

    def single(request: dict[str, Any], policies: Any, entities: Any, schema: Any = None) -> Any:
        return batch([request], policies, entities, schema)[0]

    class _Cedar:
        def __getattr__(self, name: str) -> Any:
            return getattr(cedarpy, name)

        is_authorized = staticmethod(single)
        is_authorized_batch = staticmethod(batch)

    monkeypatch.setattr(policy_module.AccessPolicy, "__init__", remember)
    monkeypatch.setattr(service_module, "cedarpy", _Cedar())
