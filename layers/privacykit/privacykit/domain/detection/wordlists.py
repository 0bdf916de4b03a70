"""Word lists shipped as package data (see the header of each file for its real-world source)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = ["load", "fold"]


def load(name: str) -> frozenset[str]:
    """Lines of ``data/<name>``, lower-cased, without comments and blanks."""
    raw = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    out = set()
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.lower())
    return frozenset(out)


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
