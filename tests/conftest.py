"""Shared fixtures: AWS resources built from template.yaml on in-process moto, and helpers.

Provisioning the template on moto takes about a second, more than most tests, so it happens once
per test module (``_module_stack``: the fake credentials, ``mock_aws`` and ``provision``). Before
every test ``stack`` puts moto back to its state right after provisioning (``moto_stack``): empty
tables, buckets (the Object Lock audit bucket included) and queues, no sent e-mail or notification,
nothing a previous test created. Each test still sees a freshly provisioned-looking stack, its own
copy of the ``Stack`` and its own environment variables (function-scoped ``monkeypatch``).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from typing import Any

import pytest
from moto import mock_aws

from localcloud import moto_patches
from localcloud.provision import Stack, provision
from moto_stack import MotoSnapshot
from privacykit import roots

moto_patches.apply()  # the same moto as the local cloud serves

_FAKE_AWS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_METRICS_DISABLED": "true",
}


def _use_fake_aws(patch: pytest.MonkeyPatch) -> None:
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        patch.delenv(name, raising=False)
    for name, value in _FAKE_AWS.items():
        patch.setenv(name, value)


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    _use_fake_aws(monkeypatch)


@pytest.fixture(scope="module")
def _module_stack() -> Iterator[tuple[Stack, MotoSnapshot]]:
    """The template provisioned once for the module; the variables are undone at its end."""
    with pytest.MonkeyPatch.context() as patch:
        _use_fake_aws(patch)  # before mock_aws starts, so no real credentials or endpoint are seen
        with mock_aws():
            built = provision(None)
            yield built, MotoSnapshot()


@pytest.fixture
def stack(aws_env: None, monkeypatch: pytest.MonkeyPatch, _module_stack: tuple[Stack, MotoSnapshot]) -> Iterator[Stack]:
    """Every resource of template.yaml on in-process moto, as just provisioned, and the functions'
    variables set."""
    built, snapshot = _module_stack
    snapshot.restore()
    fresh = copy.deepcopy(built)
    for spec in fresh.functions.values():
        for name, value in spec.environment.items():
            monkeypatch.setenv(name, value)
    roots.reset()
    yield fresh
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
