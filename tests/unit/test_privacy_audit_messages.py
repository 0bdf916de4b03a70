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


def test_a_broken_trail_found_by_the_command_exits_1_and_raises_the_schedules_alert(
    stack: Stack, function_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """`privacy-audit digest` runs what the digest schedule runs, alert included: the broken trail is
    recorded as audit.chain_broken (monitoring alerts on it), and the command exits 1."""
    import json

    from privacy_helpers import seal
    from privacykit.adapters.aws import client, to_item
    from privacykit.ports import AuditRecord
    from privacykit.roots import shared as shared_root

    function_env("ConsentFunction")
    shared_root.audit_writer().record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
    seal(stack)
    # Someone with table access rewinds the trail: the head is gone while segments exist.
    client("dynamodb").delete_item(TableName=stack.ref("AuditChainTable"), Key=to_item({"tenant": "acme"}))
    client("dynamodb").put_item(TableName=stack.ref("AuditChainTable"), Item=to_item({"tenant": "acme"}))
    function_env("AuditDigestFunction")
    assert privacy_audit(["digest"]) == 1
    assert json.loads(capsys.readouterr().out) == {"digests": 0, "broken": ["acme"]}
    pending = str(client("dynamodb").scan(TableName=stack.ref("AuditOutboxTable"))["Items"])
    assert pending.count("audit.chain_broken") == 1
