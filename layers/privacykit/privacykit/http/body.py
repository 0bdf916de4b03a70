"""The one place a request body is read: bytes to text, text to JSON values (docs/design.md section 7).

A body the API cannot use is the caller's mistake, answered 400 with what is wrong, never a 500 and
never the body quoted back. ``request_text`` runs before the resolver (it also enforces the size
limit); ``parse_json`` is every resolver's JSON deserializer (``make_resolver``).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from typing import Any

from privacykit.errors import PayloadTooLarge, UnsupportedMediaType, ValidationFailed

__all__ = ["MAX_DEPTH", "request_text", "parse_json"]

#: Deepest nesting of arrays and objects a body may have. The API's deepest body is three levels;
#: bounding it keeps a body of brackets from exhausting the interpreter's stack here or in a library
#: that walks the value (pydantic, canonical JSON).
MAX_DEPTH = 32

#: JSON numbers are held to what every consumer of the API can represent: 64-bit integers and finite
#: doubles. Python itself refuses to read an integer of more than 4,300 digits (ValueError).
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
_INT_MAX_DIGITS = len(str(_INT_MAX))

_NOT_UTF8 = "the body is not UTF-8 text: send JSON encoded as UTF-8"
_OUT_OF_RANGE = "the body holds a number out of range (integers are 64-bit, others finite doubles)"
_TOO_DEEP = f"the body nests arrays and objects more than {MAX_DEPTH} levels deep"


_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def _require_json(event: dict[str, Any]) -> None:
    """Every body the API takes is JSON: a request that says it sends anything else is a 415 here,
    before the resolver would try its form or multipart parser (a multipart type without a boundary
    made that parser fail with a 500)."""
    method = ((event.get("requestContext") or {}).get("http") or {}).get("method", "")
    if str(method).upper() not in _BODY_METHODS:
        return
    headers = {str(k).lower(): v for k, v in (event.get("headers") or {}).items()}
    declared = headers.get("content-type")
    if declared is None:
        return
    media_type = str(declared).split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise UnsupportedMediaType("the API takes JSON bodies only: send Content-Type: application/json")


def request_text(event: dict[str, Any], limit: int) -> str:
    """The body of an API Gateway HTTP API event as text ("" when there is none).

    API Gateway passes a body it takes for binary base64-encoded (``isBase64Encoded``), so its size is
    measured in bytes after decoding, and its text must be UTF-8.
    """
    _require_json(event)
    raw = event.get("body") or ""
    if event.get("isBase64Encoded"):
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValidationFailed("the body is not valid base64 although marked so") from exc
    else:
        try:
            data = raw.encode()
        except UnicodeEncodeError as exc:  # lone surrogates: no UTF-8 sender produces them
            raise ValidationFailed(_NOT_UTF8) from exc
    if len(data) > limit:
        raise PayloadTooLarge(f"the body exceeds {limit} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationFailed(_NOT_UTF8) from exc


def _int(text: str) -> int:
    # Check the length first: int() of more than 4,300 digits raises, and of fewer it still costs.
    if len(text.lstrip("-")) > _INT_MAX_DIGITS:
        raise ValidationFailed(_OUT_OF_RANGE)
    value = int(text)
    if not _INT_MIN <= value <= _INT_MAX:
        raise ValidationFailed(_OUT_OF_RANGE)
    return value


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400 reads as inf
        raise ValidationFailed(_OUT_OF_RANGE)
    return value


def _constant(name: str) -> Any:
    # NaN, Infinity and -Infinity: Python reads them, JSON (RFC 8259) has no such numbers.
    raise ValidationFailed(_OUT_OF_RANGE)


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Whether ``value`` nests containers more than ``limit`` deep (iterative: no recursion to exhaust)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        children = current.values() if isinstance(current, dict) else current
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def parse_json(text: str) -> Any:
    """``text`` as JSON values the API can use, or :class:`ValidationFailed` saying what is wrong."""
    try:
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise ValidationFailed("the body is not valid JSON") from exc
    except RecursionError as exc:
        # The decoder recurses once per level: far deeper than MAX_DEPTH, it runs out of stack first.
        raise ValidationFailed(_TOO_DEEP) from exc
    if isinstance(value, dict | list) and _depth_exceeds(value, MAX_DEPTH):
        raise ValidationFailed(_TOO_DEEP)
    return value
