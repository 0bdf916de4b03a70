"""Patterns compiled on first use behave as compiled patterns."""

from __future__ import annotations

import re

from privacykit.domain.detection.lazyre import lazy


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_re_does() -> None:
    pattern = lazy(r"(?P<word>[a-z]+)-(\d+)", re.I)
    assert pattern._compiled is None  # type: ignore[attr-defined]
    m = pattern.search("xx ABC-12 yy")
    assert m is not None and m.group("word") == "ABC" and m.span() == (3, 9)
    assert pattern.groups == 2 and pattern.groupindex["word"] == 1
    assert [m.group() for m in pattern.finditer("a-1 b-2")] == ["a-1", "b-2"]
    assert pattern.fullmatch("q-9") and not pattern.match(" q-9")


def test_bytes_patterns_are_lazy_too() -> None:
    pattern = lazy(rb"0+")
    assert [m.span() for m in pattern.finditer(b"a00b0")] == [(1, 3), (4, 5)]
