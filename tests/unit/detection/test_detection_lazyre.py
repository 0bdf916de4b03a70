"""Patterns compiled on first use behave as compiled patterns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def test_every_entry_of_the_code_table_is_what_re_compiles_for_this_engine() -> None:
    """The shipped table (``data/re_code.bin``) holds, per pattern, what ``re``'s own parser and compiler make
    of it: a pattern built from it is the one ``re.compile`` builds (an entry for another engine is never read)."""
    import _sre

    from privacykit.domain.detection import lazyre

    table = lazyre._code_table()
    if not table:
        pytest.skip("no code table for this interpreter's regular expression engine")
    for (source, flags), entry in table.items():
        assert entry == lazyre.code_entry(source, flags), source
        fresh = re.compile(source, flags)
        built = lazyre._compile(source, flags)
        assert (built.pattern, built.flags, built.groups, dict(built.groupindex)) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            dict(fresh.groupindex),
        )
    assert _sre.MAGIC in lazyre._engine()


def test_a_pattern_missing_from_the_table_compiles_as_before() -> None:
    from privacykit.domain.detection import lazyre

    source = r"(?P<never_in_the_table>x{3})-\d+"
    assert (source, 0) not in lazyre._code_table()
    pattern = lazy(source)
    assert pattern.fullmatch("xxx-12") and pattern.groupindex["never_in_the_table"] == 1


def test_the_code_table_is_written_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``write_code_table`` compiles every lazy pattern of the detector; a table written for another engine, or
    a damaged file, is not read (every pattern then compiles as before)."""
    import marshal

    from privacykit.domain.detection import lazyre

    path = tmp_path / "re_code.bin"
    count = lazyre.write_code_table(path)
    assert count >= 200
    monkeypatch.setattr(lazyre, "_CODE_FILE", path)
    monkeypatch.setattr(lazyre, "_codes", None)
    assert len(lazyre._code_table()) == count
    _, packed = marshal.loads(path.read_bytes())  # noqa: S302 (the table just written)
    path.write_bytes(marshal.dumps((("another", (9, 9)), packed)))
    monkeypatch.setattr(lazyre, "_codes", None)
    assert lazyre._code_table() == {}
    path.write_bytes(b"not a table")
    monkeypatch.setattr(lazyre, "_codes", None)
    assert lazyre._code_table() == {}
