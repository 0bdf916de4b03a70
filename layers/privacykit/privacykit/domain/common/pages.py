"""One page of a list, and the opaque cursor that asks for the next one (docs/listing.md).

A cursor is the position after the last item of a page, written as URL-safe base64 of canonical JSON
and tied to the list it came from: ``{"list": <name>, "at": {<field>: <value>, ...}}``. The caller
treats it as opaque; whoever reads it back checks that it names the same list and, for a stored list,
that its position lies inside the partition being listed (the tenant from the token, the subject's
pseudonym), so a forged cursor can move only within what the caller may list anyway. A position
holds keys as stored (pseudonyms, ids), never a personal value.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from privacykit.errors import ValidationFailed

__all__ = ["Page", "CURSOR_PATTERN", "DEFAULT_LIMIT", "MAX_LIMIT", "encode_cursor", "decode_cursor", "page_of"]

T = TypeVar("T")

#: What a cursor looks like on the wire (URL-safe base64 without padding).
CURSOR_PATTERN = r"^[A-Za-z0-9_-]{1,1024}$"
DEFAULT_LIMIT = 20
MAX_LIMIT = 100

_BAD_CURSOR = "the cursor is not one this list gave: ask again without it for the first page"
_CURSOR_DETAILS = [{"field": "query.cursor", "type": "invalid_cursor", "message": _BAD_CURSOR}]


@dataclass(frozen=True)
class Page(Generic[T]):
    """Items in list order, and the cursor of the next page (None on the last page)."""

    items: tuple[T, ...]
    next_cursor: str | None = None


def encode_cursor(list_name: str, position: Mapping[str, str]) -> str:
    raw = json.dumps({"list": list_name, "at": dict(position)}, sort_keys=True, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(
    cursor: str | None, list_name: str, fields: Sequence[str], bound: Mapping[str, str] | None = None
) -> dict[str, str] | None:
    """The position ``cursor`` names (None for the first page). A cursor of another list, with other
    fields than ``fields``, or outside ``bound`` (field -> the value it must hold) is a 400 that does
    not quote it."""
    if cursor is None:
        return None
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise ValidationFailed(_BAD_CURSOR, details=_CURSOR_DETAILS) from None
    if not isinstance(raw, dict):
        raise ValidationFailed(_BAD_CURSOR, details=_CURSOR_DETAILS)
    position = raw.get("at")
    if (
        raw.get("list") != list_name
        or not isinstance(position, dict)
        or sorted(position) != sorted(fields)
        or not all(isinstance(v, str) and v for v in position.values())
        or any(position.get(name) != value for name, value in (bound or {}).items())
    ):
        raise ValidationFailed(_BAD_CURSOR, details=_CURSOR_DETAILS)
    return dict(position)


def page_of(list_name: str, items: Sequence[T], key: Callable[[T], str], cursor: str | None, limit: int) -> Page[T]:
    """A page of a list held in memory (a state computed from a log), ordered by ``key`` (unique per
    item): the cursor holds the key of the last item given."""
    position = decode_cursor(cursor, list_name, ("after",))
    ordered = sorted(items, key=key)
    if position is not None:
        ordered = [item for item in ordered if key(item) > position["after"]]
    chunk = ordered[:limit]
    more = len(ordered) > limit
    return Page(tuple(chunk), encode_cursor(list_name, {"after": key(chunk[-1])}) if more else None)
