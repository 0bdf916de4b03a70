"""`privacy-audit verify` says what a newcomer needs to hear: a tenant without a trail has no trail (not
`valid: true, events: 0`), and with `--local` a local cloud that does not answer is not running."""

from __future__ import annotations

import socket
from typing import Any

import pytest

import localcloud.state
from localcloud.provision import Stack
from privacykit import roots
from privacykit.cli.audit import main as privacy_audit


def test_a_tenant_without_a_trail_is_said_to_have_none(
    stack: Stack, function_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    function_env("AuditFunction")
    assert privacy_audit(["verify", "--tenant", "acmee"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == "tenant 'acmee' has no audit trail: no event was ever recorded for it"


def test_a_local_cloud_that_stopped_answering_is_said_to_be_down(
    stack: Stack, function_env: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    function_env("AuditFunction")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    # The state said it was running; it stopped before the first call.
    environment = {"AWS_ENDPOINT_URL": dead, "AWS_MAX_ATTEMPTS": "1", "AWS_RETRY_MODE": "standard"}
    monkeypatch.setattr(localcloud.state, "load_environment", lambda *_: environment)
    for name, value in environment.items():  # so that the command's os.environ.update is undone after
        monkeypatch.setenv(name, value)
    roots.reset()
    try:
        assert privacy_audit(["verify", "--tenant", "acme", "--local"]) == 2
    finally:
        roots.reset()
    err = capsys.readouterr().err
    assert err.strip() == "the local cloud did not answer: is `make run` still running?"
    assert "EndpointConnectionError" not in err
