"""The shape string: the text as one byte per character, so candidates are found at memory speed.

Every digit becomes ``0``, every capital ``A`` and every small letter ``a`` (``bytes.translate``, in C).
Candidate shapes (``000-00-0000``, ``0000 0000``, ``Aa Aa``...) are then found by regexes over the shape that
start with a literal, which CPython's ``re`` searches at memory speed; the scanners look at the text itself
only at those candidates. Offsets in the shape are offsets in the text.

Text that is not pure ASCII stays on the fast path: the whole text is encoded in C (each non-ASCII character
becoming one ``?``) and only the runs of non-ASCII characters are mapped character by character, so one
accented name or curly quote in a megabyte costs microseconds, not a per-character pass over the megabyte.
"""

from __future__ import annotations

import re

__all__ = ["shape_of", "flatten_separators", "free_before", "free_after"]

_SHAPE_TABLE = bytes.maketrans(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"0" * 10 + b"A" * 26 + b"a" * 26
)


def _non_ascii_table() -> dict[int, int]:
    # Non-ASCII letters keep their letter case in the shape so "José Núñez" still looks like a name.
    table: dict[int, int] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        if ch.isalpha():
            table[cp] = ord("A") if ch.isupper() else ord("a")
    table[0x2019] = ord("'")
    table[0x2013] = ord("-")
    table[0x2011] = ord("-")
    table[0xA0] = ord(" ")
    return table


_NON_ASCII = _non_ascii_table()
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")

# Number shapes are searched in a second shape string where " ", "." and "-" are all "-": one literal
# search then covers "212-555-0142", "212.555.0142" and "212 555 0142" (the text decides afterwards).
_SEP_TABLE = bytes.maketrans(b" .", b"--")


def shape_of(text: str) -> bytes:
    """One byte per character: digits -> 0, capitals -> A, small letters -> a, other ASCII as is, else '?'."""
    if text.isascii():
        return text.encode("ascii").translate(_SHAPE_TABLE)
    return bytes(_patched(text)).translate(_SHAPE_TABLE)


def _patched(text: str) -> bytearray:
    """``text`` as ASCII bytes, each non-ASCII character mapped by ``_NON_ASCII`` (else ``?``)."""
    raw = bytearray(text.encode("ascii", "replace"))  # one "?" per non-ASCII character, in C
    # A run costs a Python step; text that is mostly non-ASCII (a Greek or Cyrillic document) is mapped in one
    # str.translate instead, which is then the cheaper way.
    budget = len(text) // 32 + 16
    for m in _NON_ASCII_RUN.finditer(text):
        budget -= 1
        if budget < 0:
            return bytearray(text.translate(_NON_ASCII).encode("ascii", "replace"))
        raw[m.start() : m.end()] = m.group().translate(_NON_ASCII).encode("ascii", "replace")
    return raw


def flatten_separators(shape: bytes) -> bytes:
    """``shape`` with the number separators " " and "." turned into "-"."""
    return shape.translate(_SEP_TABLE)


def free_before(shape: bytes, i: int, bad: bytes = b"0Aa.+/-_") -> bool:
    """True when the character before position ``i`` does not continue a token."""
    return i == 0 or shape[i - 1] not in bad


def free_after(shape: bytes, i: int, bad: bytes = b"0Aa-_") -> bool:
    """True when the character at position ``i`` (just past a candidate) does not continue a token."""
    return i >= len(shape) or shape[i] not in bad
