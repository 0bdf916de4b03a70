"""The one mapping of errors to HTTP responses (docs/design.md section 7)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from privacykit.errors import PrivacyError, validation_details

__all__ = ["error_body", "error_response", "validation_details", "Replay", "replay_scope", "mark_replayed"]


@dataclass
class Replay:
    """Whether the current request was answered from the idempotency store (``Idempotency-Key``)."""

    replayed: bool = False


_REPLAY: ContextVar[Replay | None] = ContextVar("privacykit_replay", default=None)


@contextmanager
def replay_scope() -> Iterator[Replay]:
    """One request's replay flag: set by :func:`mark_replayed`, read by the handler wrapper when it
    shapes the answer. A warm Lambda serves many requests: the scope keeps one from leaking into the next."""
    replay = Replay()
    token = _REPLAY.set(replay)
    try:
        yield replay
    finally:
        _REPLAY.reset(token)


def mark_replayed() -> None:
    """The answer being built is the stored answer of an earlier request with the same key."""
    replay = _REPLAY.get()
    if replay is not None:
        replay.replayed = True


def error_body(code: str, message: str, details: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": list(details)}}


def error_response(status: int, code: str, message: str, details: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """A Lambda proxy response for a failure before the resolver runs (size limit, no token)."""
    return {
        "statusCode": status,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(error_body(code, message, details)),
    }


def from_error(exc: PrivacyError) -> tuple[int, dict[str, Any]]:
    return exc.status, exc.to_body()
