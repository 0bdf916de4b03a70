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
