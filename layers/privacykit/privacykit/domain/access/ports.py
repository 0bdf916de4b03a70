"""What access needs from outside: consents to check, and where break-glass alerts go."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

__all__ = ["Alerts"]


class Alerts(Protocol):
    def break_glass(self, tenant: str, details: Mapping[str, str]) -> None: ...
