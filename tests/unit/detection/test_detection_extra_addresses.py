"""House numbers with a letter suffix (221B, 14A) start an address like plain numbers do."""

from __future__ import annotations

from privacykit.domain.detection import detect


def test_house_number_with_letter_suffix() -> None:
    text = "my flat is 221B Baker Street, London NW1 6XE."
    found = [(e.type.value, text[e.start : e.end]) for e in detect(text)]
    assert ("ADDRESS", "221B Baker Street, London NW1 6XE") in found


def test_version_like_token_is_not_an_address() -> None:
    assert detect("release 2A Beta Build notes") == []
