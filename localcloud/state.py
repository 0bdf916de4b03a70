"""Where a running local cloud writes what other commands need (URLs, resource names, the control
endpoint), and how those commands tell a running local cloud from a stopped one."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from typing import Any

from localcloud.template import ROOT

__all__ = ["STATE_DIR", "NOT_RUNNING", "write_state", "remove_state", "read_state", "running_state", "load_environment"]

#: ``.local/`` of the repository; ``PRIVACY_LOCAL_STATE_DIR`` moves it (the README's walk-through test
#: runs a local cloud of its own beside a developer's ``make run``).
STATE_DIR = Path(os.environ.get("PRIVACY_LOCAL_STATE_DIR") or ROOT / ".local")
_STATE_FILE = STATE_DIR / "state.json"
NOT_RUNNING = "the local cloud is not running: start it with `make run` (in another terminal)"


def write_state(state: dict[str, Any], path: Path = _STATE_FILE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # It names the control endpoint's token: readable by this user only.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(json.dumps(state, indent=2))


def remove_state(path: Path = _STATE_FILE) -> None:
    path.unlink(missing_ok=True)


def _answers(endpoint: str) -> bool:
    try:
        urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=2).close()  # noqa: S310 - loopback
    except OSError:
        return False
    return True


def running_state(path: Path = _STATE_FILE) -> dict[str, Any] | None:
    """The state of a local cloud that still answers, or None (no file, or a cloud that was killed)."""
    try:
        state: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return state if _answers(str(state.get("aws_endpoint", ""))) else None


def read_state(path: Path = _STATE_FILE) -> dict[str, Any]:
    """The running local cloud's state; exits with :data:`NOT_RUNNING` when there is none, or when what the
    file names no longer answers (the cloud was killed before it could remove the file)."""
    if not path.exists():
        raise SystemExit(NOT_RUNNING)
    state: dict[str, Any] = json.loads(path.read_text())
    if not _answers(str(state.get("aws_endpoint", ""))):
        raise SystemExit(f"{NOT_RUNNING}; nothing answers at {state.get('aws_endpoint')}")
    return state


def load_environment(path: Path = _STATE_FILE) -> dict[str, str]:
    """The environment a tool needs to reach the running local cloud's resources."""
    environment: dict[str, str] = read_state(path)["environment"]
    return environment
