"""What a medical term's assertion reads, read with less work (issue 13, ``speed16``).

A record of a megabyte that names a term after every record label asks ``medical.asserted`` some 56,000 times.
Three of its reads are done another way with the same answers: the last clause break before a term is one match
(``_after_last``) instead of the largest of nine ``rfind`` calls; a label's negation (``_NEG_LABEL``) is searched
only where one of the words each of its forms holds stands (``_NEG_LABEL_GATE``); a term's line start is read back
only to the previous term's (``_line_start``). These tests pin each against what it replaces.
"""

from __future__ import annotations

import random

from privacykit.domain.detection import detect
from privacykit.domain.detection.lazyre import top_level_alternatives
from privacykit.domain.detection.scanners import medical

_CLAUSE_BREAKS = (".", ";", "\n", ":", "!", "?", "—", " but ", "(")
_SENTENCE_ENDS = (".", "!", "?", "\n")
_PIECES = ["a", "b", "x", " ", "  ", ".", ";", "\n", ":", "!", "?", "—", " but ", "(", ")", "but", " bu", "t ", "é"]


def test_the_last_break_is_the_largest_of_the_rfind_calls() -> None:
    rnd = random.Random(16)
    for _ in range(20000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40)))
        lo = rnd.randint(0, len(text))
        end = rnd.randint(max(0, lo - 3), len(text))
        for pattern, breaks in ((medical._CLAUSE_BREAK, _CLAUSE_BREAKS), (medical._SENTENCE_END, _SENTENCE_ENDS)):
            want = max(text.rfind(c, lo, end) for c in breaks) + 1
            assert medical._after_last(pattern, text, lo, end) == want, (text, lo, end)


def test_every_form_of_a_negating_label_holds_a_gate_word() -> None:
    source = medical._NEG_LABEL.pattern
    assert source.startswith("(?:") and source.endswith(")[ \\t]*$")
    for form in top_level_alternatives(source[3 : -len(")[ \\t]*$")]):
        for branch in top_level_alternatives(form[3 : form.index(")")]) if form.startswith("(?:") else [form]:
            assert any(w in branch for w in medical._NEG_LABEL_WORDS), branch


def test_the_gate_never_refuses_a_label_the_pattern_finds() -> None:
    words = [
        "family history",
        "fh",
        "fhx",
        "negative",
        "neg for",
        "denies",
        "ruled out",
        "rule out",
        "r/o",
        "screening",
        "immunisations",
        "vaccines given",
        "no history of",
        "absent",
        "not present",
        "ddx",
        "differential diagnosis",
        "excluded this stay",
        "common conditions we see",
        "examples",
        "typical",
    ]
    rnd = random.Random(7)
    found = 0
    for _ in range(5000):
        text = " ".join(rnd.choice([*words, "x", "mrn", "a", "b"]) for _ in range(rnd.randint(1, 8))) + " :"
        lo = len(text)
        label = medical._NEG_LABEL.search(text, max(0, lo - 41), lo - 1)
        gate = medical._NEG_LABEL_GATE.search(text, max(0, lo - 41), lo - 1)
        assert gate is not None or label is None, text
        found += label is not None
    assert found > 1000


def test_a_line_start_is_the_last_line_break_before_it_in_any_order() -> None:
    rnd = random.Random(3)
    texts = ["".join(rnd.choice(["ab", " ", "\n", "c"]) for _ in range(rnd.randint(0, 60))) for _ in range(50)]
    for _ in range(20000):
        text = rnd.choice(texts)
        pos = rnd.randint(0, len(text))
        assert medical._line_start(text, pos) == text.rfind("\n", 0, pos) + 1


def test_no_text_is_held_after_a_scan() -> None:
    detect("Patient MRN: 4455667 has penicillin allergy and asthma.\nMRN: 4455668 takes metformin.")
    assert medical._LINE_MEMO[0] is None


def _cue_pieces() -> list[str]:
    """Words and pieces of the negation cues (every word of the pattern's source), spaces, commas and others."""
    import re

    words = sorted(set(re.findall(r"[a-zà-ÿœ'’/-]+", medical._NEG_BEFORE.pattern)))
    return [*words, " ", " ", " ", ", ", " and ", " or ", "my ", "mi ", "x", "1", "a", ".", "\t"]


def test_cues_grouped_by_first_character_match_as_written() -> None:
    import re

    from privacykit.domain.detection.lazyre import by_first_character

    source = medical._NEG_BEFORE.pattern
    grouped = by_first_character(source)
    assert grouped != source and len(grouped) > len(source)
    written, fast = re.compile(source), re.compile(grouped)
    pieces = _cue_pieces()
    rnd = random.Random(11)
    matched = 0
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) + rnd.choice(" \t, ") for _ in range(rnd.randint(1, 6)))
        want = written.search(text)
        got = fast.search(text)
        assert (want and want.span()) == (got and got.span()), text
        matched += want is not None
        at = rnd.randint(0, len(text))
        assert [m.span() for m in written.finditer(text, at)] == [m.span() for m in fast.finditer(text, at)], text
    assert matched > 200


def test_the_scan_runs_the_grouped_cues() -> None:
    import re

    from privacykit.domain.detection.lazyre import by_first_character

    source = medical._NEG_BEFORE.pattern
    assert medical._NEG_BEFORE.search("x had no ") is not None
    # (the build compiled it grouped: its code is the grouped source's, under the source as written)
    assert re.compile(source) != medical._NEG_BEFORE._compiled  # type: ignore[attr-defined]
    assert medical._NEG_BEFORE.search("x has ") is None
    assert by_first_character(r"(?:\w+|a)b") == r"(?:\w+|a)b"  # a class of any character: left as written
    assert by_first_character(r"(?:(a)|b)c") == r"(?:(a)|b)c"  # a group that captures: left as written
