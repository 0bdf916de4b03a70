"""One canonical JSON encoding for everything that is hashed or signed (audit events, digests, receipts):
sorted keys, no spaces, UTF-8, so the same value always gives the same bytes."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["canonical_json"]


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
