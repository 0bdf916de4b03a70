"""Start-up work done once at build time (issue 13, speed11): the keyword automaton's tables."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from privacykit.domain.detection.scanners import keywords


def test_tables_written_by_the_build_are_the_computed_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "keywords.tables"
    keywords.write_tables(str(path))
    monkeypatch.setattr(keywords, "TABLES_FILE", str(path))
    computed = keywords._computed_tables()
    loaded = keywords._tables()
    assert loaded == computed
    # the same types as computed (lists stay lists, tuples tuples: the hits compare entries as tuples)
    assert [type(part) for part in loaded] == [type(part) for part in computed]
    assert not list(tmp_path.glob("*.tables.*"))  # (written atomically: no temporary file left)


def test_stale_or_damaged_tables_are_computed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "keywords.tables"
    monkeypatch.setattr(keywords, "TABLES_FILE", str(path))
    computed = keywords._computed_tables()
    # written from other sources (a keyword added since): its fingerprint differs, so it is not read
    path.write_bytes(marshal.dumps((keywords._tables_fingerprint() + 1, ("stale",))))
    assert keywords._tables() == computed
    for damaged in (b"", b"\x00garbage", marshal.dumps(3), marshal.dumps((1, 2, 3))):
        path.write_bytes(damaged)
        assert keywords._tables() == computed
    path.unlink()
    assert keywords._tables() == computed


def test_the_fingerprint_covers_the_word_lists_and_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = keywords._tables_fingerprint()
    changed = tmp_path / "keywords.tsv"
    changed.write_bytes(Path(keywords.data_file("keywords.tsv")).read_bytes() + b"title\tzzz\n")
    real = keywords.data_file
    monkeypatch.setattr(keywords, "data_file", lambda name: str(changed) if name == "keywords.tsv" else real(name))
    assert keywords._tables_fingerprint() != before


# ------------------------------------------------------------------------- compiled patterns (lazyre)
def test_every_pattern_the_build_wrote_is_the_one_re_compiles(tmp_path: Path) -> None:
    import re

    import privacykit.domain.detection  # noqa: F401  (every scanner's patterns are made at import)
    from privacykit.domain.detection import lazyre

    path = tmp_path / "patterns"
    held = lazyre.write_compiled(str(path))
    assert held >= 0.9 * len({(p._source, p._flags) for p in lazyre._MADE})
    stamp, table = marshal.loads(path.read_bytes())  # noqa: S302
    assert stamp == lazyre._STAMP
    for (source, flags), args in table.items():
        if flags & lazyre._GROUPED:  # (run under its own text with the code of its grouped form: speed16)
            flags &= ~lazyre._GROUPED
            source = lazyre.by_first_character(source, flags)
        # (Pattern equality compares the source, the flags and the engine's code)
        assert lazyre._sre.compile(source, *marshal.loads(args)) == re.compile(source, flags)  # noqa: S302


def test_a_pattern_is_compiled_as_before_without_the_build_s_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from privacykit.domain.detection import lazyre

    source = r"(?P<word>[A-Z][a-z]+)\s+\d{2,4}(?=\W)"
    made = lazyre.lazy(source, re.I)
    path = tmp_path / "patterns"
    lazyre.write_compiled(str(path))
    monkeypatch.setattr(lazyre, "COMPILED_FILE", str(path))
    for damaged in (None, b"", b"junk", marshal.dumps((("another", 1, 2), {(source, int(re.I)): b"x"}))):
        if damaged is None:
            path.unlink()
        else:
            path.write_bytes(damaged)
        monkeypatch.setattr(lazyre, "_compiled_args", None)
        assert lazyre._compile(source, int(re.I)) == re.compile(source, re.I)
    # from the file: the same pattern, and one the file does not hold compiles as before
    lazyre.write_compiled(str(path))
    monkeypatch.setattr(lazyre, "_compiled_args", None)
    assert lazyre._compile(source, int(re.I)) == re.compile(source, re.I)
    assert lazyre._compile(source + "x", 0) == re.compile(source + "x")
    assert made.match("Word 123 ").group("word") == "Word"  # type: ignore[union-attr]


# ------------------------------------------------------------------- a phone label's value further on
def _phone_further_ungated(text: str, end: int) -> object:
    """keywords._phone_further as it was before its digit gate."""
    lead = keywords._PHONE_PREPOSITION.match(text, end, end + 16)
    if lead is None:
        window = text[end : end + 48]
        if ":" not in window and "=" not in window:
            return None
        lead = keywords._PHONE_LABEL_REST.match(text, end, end + 48)
    return keywords.PHONE_VALUE.match(text, lead.end()) if lead else None


@pytest.mark.parametrize("seed", range(3))
def test_the_digit_gate_keeps_every_phone_a_label_reads_further_on(seed: int) -> None:
    import random

    from privacykit.domain.detection import validators

    rnd = random.Random(seed)
    leads = [" ", "\t", " at ", " on ", " under ", " de contacto: ", " (after 6pm): ", " back = ", " attempt=",
             " (mobile) ", " me on ", " no. ", ": ", " mobil\r\n", " x", " ref:", " (a\rb): ",
             " (after six pm) (weekends) contact:".ljust(48), " (after six pm) (weekends) contact:".ljust(47),
             " (evenings) (weekends only) urgent line:   "]  # fmt: skip
    pieces = ["0", "1", "7", "9", "٣", "²", " ", "-", ".", "(", ")", "/", "+", "\n", "\r", "a", "Z", ":", "=", "ab"]
    kept = 0
    for _ in range(6000):
        tail = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        if rnd.random() < 0.5:
            tail = "".join(str(rnd.randint(0, 9)) if c == "0" else c for c in tail)
        number = rnd.choice(
            [
                "(212) 555-0142",
                "+44 20 7946 0958",
                "0803 123 4567",
                "555 01",
                "12345678901234567",
                "+(12) 345-678-901 2345",
                "1           2 34 56 78",
            ]
        )
        at = rnd.randint(0, len(tail))
        tail = tail[:at] + number + tail[at:] if rnd.random() < 0.6 else tail
        text = "call" + rnd.choice(leads) + tail + rnd.choice(["", "\n2024-03-27 10:11:12", " 555 0142 9988"])
        before = _phone_further_ungated(text, 4)
        after = keywords._phone_further(text, 4)
        accepted = before is not None and validators.labelled_phone_ok(before.group())  # type: ignore[attr-defined]
        kept += accepted
        if accepted:
            assert after is not None and after.span() == before.span()  # type: ignore[attr-defined]
        elif after is not None:
            assert not validators.labelled_phone_ok(after.group())
    assert kept > 100  # (the texts hold numbers the label reads)
