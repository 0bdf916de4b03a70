"""Word lists shipped as package data (each file's header names its real-world source), and their readers."""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache

__all__ = ["load", "load_pairs", "data_lines", "data_file", "words", "fold"]

# The layer ships as files (a Lambda layer is unpacked into /opt), so the data is read by path:
# importlib.resources would import its zip readers (zipfile, shutil...) into every cold start.
_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_file(name: str) -> str:
    """The path of ``data/<name>``."""
    return os.path.join(_DATA, name)


def _read(name: str) -> str:
    with open(data_file(name), encoding="utf-8") as handle:
        return handle.read()


def data_lines(name: str) -> list[str]:
    """Lines of ``data/<name>`` as written, without comments and blanks."""
    return [line for line in _read(name).splitlines() if line and not line.startswith("#")]


def load(name: str) -> frozenset[str]:
    """Lines of ``data/<name>``, lower-cased, without comments and blanks."""
    raw = _read(name)
    out = set()
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.lower())
    return frozenset(out)


def load_pairs(name: str) -> list[tuple[str, str]]:
    """``(kind, word)`` rows of the tab-separated ``data/<name>``, without comments and blanks."""
    raw = _read(name)
    rows = []
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            kind, _, word = line.partition("\t")
            rows.append((kind, word))
    return rows


def words(s: str) -> frozenset[str]:
    """The whitespace-separated words of ``s``: short vocabularies written inline in the scanners."""
    return frozenset(s.split())


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Lower-case, accent-free, possessive-free form of a name token used for list look-ups."""
    token = token.lower()
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    if token.isascii():
        return token.replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")
