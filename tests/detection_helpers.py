"""What the detector finds in a text, as the detection tests compare it: (type, value) pairs or types."""

from __future__ import annotations

from privacykit.domain.detection import detect

__all__ = ["found", "types"]


def found(text: str) -> list[tuple[str, str]]:
    """Each finding of ``text`` as (type, the text it covers), in the detector's order."""
    return [(e.type.value, text[e.start : e.end]) for e in detect(text)]


def types(text: str) -> set[str]:
    """The types found in ``text``."""
    return {t for t, _ in found(text)}
