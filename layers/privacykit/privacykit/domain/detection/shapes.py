"""The shape string: the text as one byte per character, so candidates are found at memory speed.

Every digit becomes ``0``, every capital ``A`` and every small letter ``a`` (``bytes.translate``, in C).
Candidate shapes (``000-00-0000``, ``0000 0000``, ``Aa Aa``...) are then found by regexes over the shape that
start with a literal, which CPython's ``re`` searches at memory speed; the scanners look at the text itself
only at those candidates. Offsets in the shape are offsets in the text.

Text that is not pure ASCII stays on the fast path: the whole text is encoded in C and only the runs of
non-ASCII characters are mapped, in Python, by the encoder's error handler, so one accented name or curly
quote in a megabyte costs microseconds, not a per-character pass over the megabyte.
"""

from __future__ import annotations

import codecs

__all__ = [
    "shape_of",
    "lower_of",
    "same_length_lower",
    "text_maps",
    "flatten_separators",
    "free_before",
    "free_after",
    "nuls_over",
    "NUL_ERRORS",
]

_SHAPE_TABLE = bytes.maketrans(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"0" * 10 + b"A" * 26 + b"a" * 26
)


def _non_ascii_table() -> dict[int, int]:
    # Non-ASCII letters keep their letter case in the shape so "José Núñez" still looks like a name.
    table: dict[int, int] = {}
    # Latin-1, Extended-A/B and Extended Additional (Vietnamese "Nguyễn", "Phạm", "Thảo").
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        if ch.isalpha():
            table[cp] = ord("A") if ch.isupper() else ord("a")
    table[0x2019] = ord("'")
    table[0x2013] = ord("-")
    table[0x2011] = ord("-")
    table[0xA0] = ord(" ")
    return table


_NON_ASCII = _non_ascii_table()
_NON_ASCII_CHARS = {chr(cp): chr(b) for cp, b in _NON_ASCII.items()}


def _shape_run(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the ASCII stand-ins of one run of non-ASCII characters ("?" if it has none)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    run = exc.object[exc.start : exc.end]
    return "".join([_NON_ASCII_CHARS.get(c, "?") for c in run]), exc.end


# The ASCII encoder calls its error handler once per run of non-ASCII characters, with the run: the whole
# text is encoded in C and only those runs are mapped in Python.
codecs.register_error("privacykit.shape", _shape_run)

# Number shapes are searched in a second shape string where " ", "." and "-" are all "-": one literal
# search then covers "212-555-0142", "212.555.0142" and "212 555 0142" (the text decides afterwards).
_SEP_TABLE = bytes.maketrans(b" .", b"--")


def shape_of(text: str) -> bytes:
    """One byte per character: digits -> 0, capitals -> A, small letters -> a, other ASCII as is, else '?'."""
    if text.isascii():
        return text.encode("ascii").translate(_SHAPE_TABLE)
    # A text that is mostly non-ASCII (Greek, Cyrillic, CJK) has a run every word: one str.translate over it
    # is then cheaper than a Python call per run. UTF-8 spends at least one more byte per such character.
    if len(text.encode("utf-8", "surrogatepass")) - len(text) > len(text) // 16:
        return text.translate(_NON_ASCII).encode("ascii", "replace").translate(_SHAPE_TABLE)
    return text.encode("ascii", "privacykit.shape").translate(_SHAPE_TABLE)


def _as_nul(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: one NUL per non-ASCII character."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "\0" * (exc.end - exc.start), exc.end


#: The ASCII encoding error handler that writes one NUL byte per non-ASCII character (offsets stay).
NUL_ERRORS = "privacykit.nul"
codecs.register_error(NUL_ERRORS, _as_nul)


def same_length_lower(text: str) -> str:
    """``text.lower()`` with one character for each of ``text``'s: the dotted capital I ("İzmir", "İSTANBUL"),
    the one character whose lower case is two ("i̇"), lowers to "i", so offsets in the lower case are the text's
    (every finding after it would otherwise sit one character early, and a term after it go unread)."""
    low = text.lower()
    return low if len(low) == len(text) else text.replace("\u0130", "i").lower()


def lower_of(text: str) -> tuple[str, bytes]:
    """``text.lower()``, and its ASCII bytes with one NUL per non-ASCII character (what the keyword automaton
    searches), at ASCII speed when a few non-ASCII characters are all the text has."""
    _, low, low_bytes = text_maps(text)
    return low, low_bytes


def text_maps(text: str) -> tuple[bytes, str, bytes]:
    """``(shape_of(text), text.lower(), lower-cased ASCII bytes with one NUL per non-ASCII character)``.

    One accented name makes a whole string wide: ``str.lower`` then maps it character by character (about
    10 ns a character) and each encoding of it is a pass of its own. Here the text is encoded once, its
    ASCII bytes are shaped and lowered in C, and only the runs of non-ASCII characters are mapped in Python.
    """
    if text.isascii():
        raw = text.encode("ascii")
        low_bytes = raw.lower()
        return raw.translate(_SHAPE_TABLE), low_bytes.decode("ascii"), low_bytes
    raw = text.encode("ascii", NUL_ERRORS)
    low_bytes = raw.lower()
    if nuls_over(raw, len(raw) // 64 + 64):
        return shape_of(text), same_length_lower(text), low_bytes  # non-ASCII everywhere: one pass, not pieces
    shaped = raw.translate(_SHAPE_TABLE)
    low_ascii = low_bytes.decode("ascii")
    shaped_view = memoryview(shaped)  # its pieces joined without a copy each
    shape_parts: list[bytes | memoryview] = []
    low_parts: list[str] = []
    pos = 0
    i = raw.find(0)
    n = len(raw)
    while i != -1:
        j = i + 1
        while j < n and raw[j] == 0:
            j += 1
        run = text[i:j]
        lowered = same_length_lower(run)
        shape_parts += (shaped_view[pos:i], "".join([_stand_in(c) for c in run]).encode("ascii"))
        low_parts += (low_ascii[pos:i], lowered)
        pos = j
        i = raw.find(0, j)
    shape_parts.append(shaped_view[pos:])
    low_parts.append(low_ascii[pos:])
    return b"".join(shape_parts), "".join(low_parts), low_bytes


def nuls_over(raw: bytes, limit: int) -> bool:
    """``raw.count(0) > limit``, found by ``memchr`` from NUL to NUL and stopped past ``limit``.

    A text with a few non-ASCII characters has a few NULs in its bytes: a handful of ``find`` calls skip between
    them at memory speed, where ``count`` compares every byte (6 ms for 20 MB, paid by each caller).
    """
    i = raw.find(0)
    for _ in range(limit):
        if i == -1:
            return False
        i = raw.find(0, i + 1)
    return i != -1


def _stand_in(c: str) -> str:
    """The shape byte of one character of a NUL run: a NUL itself, or a non-ASCII character's stand-in."""
    return c if c == "\0" else _NON_ASCII_CHARS.get(c, "?")


def flatten_separators(shape: bytes) -> bytes:
    """``shape`` with the number separators " " and "." turned into "-"."""
    return shape.translate(_SEP_TABLE)


def free_before(shape: bytes, i: int, bad: bytes = b"0Aa.+/-_") -> bool:
    """True when the character before position ``i`` does not continue a token."""
    return i == 0 or shape[i - 1] not in bad


def free_after(shape: bytes, i: int, bad: bytes = b"0Aa-_") -> bool:
    """True when the character at position ``i`` (just past a candidate) does not continue a token."""
    return i >= len(shape) or shape[i] not in bad
