"""Where a running local cloud writes what other commands need (URLs, resource names)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from localcloud.template import ROOT

__all__ = ["STATE_DIR", "write_state", "read_state", "load_environment"]

STATE_DIR = ROOT / ".local"
_STATE_FILE = STATE_DIR / "state.json"


def write_state(state: dict[str, Any], path: Path = _STATE_FILE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(state, indent=2))


def read_state(path: Path = _STATE_FILE) -> dict[str, Any]:
    if not path.exists():
        raise SystemExit("the local cloud is not running: start it with `make run`")
    state: dict[str, Any] = json.loads(path.read_text())
    return state


def load_environment(path: Path = _STATE_FILE) -> dict[str, str]:
    """The environment a tool needs to reach the running local cloud's resources."""
    environment: dict[str, str] = read_state(path)["environment"]
    return environment
