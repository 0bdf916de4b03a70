"""The shape string: the same bytes whatever the path, and no slow path for a few non-ASCII characters."""

from __future__ import annotations

import random
import time

from privacykit.domain.detection.shapes import shape_of

_ALPHABET = "aZ09 .-:@'\n’–\u00a0\u2011éÉñßøĀſ中Ж😀\ud800"


def _per_character(text: str) -> bytes:
    """The shape computed the slow, obvious way: one character at a time."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append("0" if ch.isdigit() else "A" if ch.isupper() else "a" if ch.isalpha() else ch)
        elif ch in "’":
            out.append("'")
        elif ch in "–\u2011":
            out.append("-")
        elif ch == "\u00a0":
            out.append(" ")
        elif 0xC0 <= ord(ch) < 0x250 and ch.isalpha():
            out.append("A" if ch.isupper() else "a")
        else:
            out.append("?")
    return "".join(out).encode("ascii")


def test_shape_is_one_byte_per_character_on_any_text() -> None:
    rnd = random.Random(13)
    for n in (0, 1, 2, 7, 64, 500, 20_000):
        for _ in range(40 if n < 1000 else 3):
            text = "".join(rnd.choice(_ALPHABET) for _ in range(n))
            assert shape_of(text) == _per_character(text)


def test_mostly_non_ascii_text_has_the_same_shape() -> None:
    text = "Привет мир, José Núñez’s 12 Rue de Rivoli " * 2000
    assert shape_of(text) == _per_character(text)


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(5):  # best of five: the figure is the code's, not the neighbours' load
        start = time.process_time()
        shape_of(text)
        best = min(best, time.process_time() - start)
    return max(best, 1e-6)


def test_a_few_non_ascii_characters_in_a_megabyte_keep_the_fast_path() -> None:
    # Before: one non-ASCII character sent the whole megabyte through str.translate, 60-150x the ASCII cost.
    # Now only the runs of non-ASCII characters are mapped one by one (about 5x: a scan for them over a
    # two-byte-per-character string); 20x leaves a wide margin either way.
    ascii_text = "2024-03-01T10:00:00Z INFO [auth] user 42 logged in from 10.0.0.1 in 12ms\n" * 14_000
    mid = len(ascii_text) // 2
    accented = ascii_text[:1000] + "José Núñez" + ascii_text[1010:mid] + "’" + ascii_text[mid + 1 :]
    assert len(accented) == len(ascii_text) > 1_000_000
    assert _cpu(accented) < 20 * _cpu(ascii_text)


def test_lower_of_is_str_lower_with_the_automatons_bytes() -> None:
    from privacykit.domain.detection.shapes import lower_of

    for text in ["Abc É x", "İstanbul ABC", "Ωμέγα " * 100, "plain ASCII", "a\x00b Ä", "José Núñez – it’s OK"]:
        low, raw = lower_of(text)
        # (the dotted capital I lowers to one "i", not str.lower's two characters: offsets stay the text's)
        assert low == text.lower().replace("i\u0307", "i")
        assert len(low) == len(raw) == len(text)
        assert all((c == 0) == (not ch.isascii() or ch == "\x00") for c, ch in zip(raw, text, strict=True))


def test_text_maps_are_the_shape_and_lower_case_of_the_text() -> None:
    from privacykit.domain.detection.shapes import shape_of, text_maps

    for text in ["José Núñez – it’s OK", "a\x00b Ä", "İstanbul X", "Ωμέγα " * 100, "plain ASCII 12"]:
        shape, low, raw = text_maps(text)
        assert shape == shape_of(text)
        assert low == text.lower().replace("i\u0307", "i")  # (one character for the dotted capital I)
        assert len(low) == len(raw) == len(text)


def test_literal_hits_are_finditer_of_the_literal() -> None:
    """The twelve-digit card run is found by a loop of ``bytes.find``: the same hits as ``finditer`` gave."""
    import re

    from privacykit.domain.detection.scanners.numbers import _S_CARD_RUN, _literal_hits

    rnd = random.Random(5)
    for _ in range(300):
        flat = bytes(rnd.choice(b"0000000-A") for _ in range(rnd.randint(0, 120)))
        assert list(_literal_hits(flat, _S_CARD_RUN)) == [m.start() for m in re.finditer(re.escape(_S_CARD_RUN), flat)]
