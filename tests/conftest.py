"""Shared fixtures: AWS resources built from template.yaml on in-process moto, and helpers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from moto import mock_aws

from localcloud.provision import Stack, provision
from privacykit import roots

_FAKE_AWS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_METRICS_DISABLED": "true",
}


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in _FAKE_AWS.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def stack(aws_env: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Stack]:
    """Every resource of template.yaml on in-process moto, and the functions' variables set."""
    with mock_aws():
        built = provision(None)
        for spec in built.functions.values():
            for name, value in spec.environment.items():
                monkeypatch.setenv(name, value)
        roots.reset()
        yield built
        roots.reset()


def env_of(stack: Stack, function: str) -> dict[str, Any]:
    return dict(stack.functions[function].environment)


@pytest.fixture
def function_env(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``function_env("ConsentFunction")`` gives the process exactly that function's environment, as
    Lambda would: a handler that needs a variable the template does not give it fails its tests."""

    def use(function: str) -> None:
        every = {name for spec in stack.functions.values() for name in spec.environment}
        for name in every:
            monkeypatch.delenv(name, raising=False)
        for name, value in stack.functions[function].environment.items():
            monkeypatch.setenv(name, value)
        roots.reset()

    return use


__all__ = ["env_of"]
os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
