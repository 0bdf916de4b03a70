"""An optional group written as an alternation with an empty branch (issue 13, ``speed14``).

CPython 3.11's regex engine runs ``(?:X)?`` with a repeat context it allocates (``PyObject_Malloc``) and frees each
time the group is reached; ``(?:X|)`` tries ``X`` and then nothing, in the same order, with no allocation. Where
the group is reached at every line of a log (a European postcode's tail after a line break, a street number's
words, a speaker label's words), that is most of the pattern's cost. A run of spaces before a digit is possessive:
giving a space back leaves a space where the digit must be; so are an IPv6 hint's groups before their colons.
These tests pin that each rewritten pattern finds the same matches as the one it replaces, at every position of
random shapes made of the pieces those patterns read.
"""

from __future__ import annotations

import random
import re

import pytest

from privacykit.domain.detection.scanners import addresses, chat, contact

# The patterns as they were written before this pass, and where their rewritten forms are.
_OLD_TAIL = rb" (?:A\.? |AA )?(?:Aa+(?:[-'][Aa]a*)*|0+aa),? (?:Aa+(?:[-'][Aa]a*)* ){0,3}Aa"
OLD_AND_NEW = [
    (rb"0" + _OLD_TAIL, addresses._S_ADDR[0]),
    (rb"A (?<=0A )" + _OLD_TAIL[1:], addresses._S_ADDR[1]),
    (rb", 00(?:00(?:0|-000| ?AA)?|-000|0 00) A", addresses._S_EU_TAILS[0]),
    (rb"a>00(?:00(?:0|-000| ?AA)?|-000|0 00) A", addresses._S_EU_TAILS[1]),
    (rb"\n {0,40}00(?:00(?:0|-000| ?AA)?|-000|0 00) A", addresses._S_EU_TAILS[2]),
    (rb"Aa++(?:-[Aa]a++)?(?: Aa++(?:-[Aa]a++)?)?(?: \([^)\n]{1,20}+\))?: ", chat._S_SPEAKER),
    (rb":[0aA]{1,4}:[0aA]{1,4}:[0aA]{1,4}:", contact._S_IPV6_HINT),
    (rb"::|:[0aA]{1,4}:[0aA]{1,4}:[0aA]{1,4}:", contact._S_IPV6_ANY),
]
# Pieces of shapes (see shapes.py) those patterns read, and some they stop at: a house number, a postcode, a
# speaker's label and words, whole or cut short.
PIECES = [b"0", b"00", b"0000", b" ", b"  ", b"A", b"Aa", b"Aaa", b"AA", b"A.", b"a", b"aa", b"-", b"'", b",", b", "]
PIECES += [b"\n", b"\n  ", b": ", b" (", b")", b"a>", b"-000", b"0 00", b"AA ", b"0aa", b"00aa", b"-Aa", b"'a", b"."]
PIECES += [b"0 ", b"0A ", b"00 ", b", 00", b", 0000", b"a>0000", b"\n00", b"\n   0000", b" AA", b" A", b" Aa", b": "]
PIECES += [b":", b"::", b":0:", b":aA:", b":00000:", b"0a0A", b":00:00:", b"a:0:A:aa:"]
PIECES += [b"Aa: ", b"Aa-Aa", b" (aa)", b"Aa ", b"A. ", b"0 Aa Aa", b"0A Aa'a Aa", b", 00-000 A", b"\n 0000 AA A"]


def _shape(rnd: random.Random) -> bytes:
    return b"".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40)))


@pytest.mark.parametrize(("old", "new"), OLD_AND_NEW, ids=lambda p: repr(getattr(p, "pattern", p))[:40])
def test_rewritten_pattern_finds_the_same_matches(old: bytes, new: re.Pattern[bytes]) -> None:
    before = re.compile(old)
    assert new.pattern != old  # (rewritten: the test compares two forms)
    rnd = random.Random(14)
    matched = 0
    for _ in range(6000):
        shape = _shape(rnd)
        expected = [m.span() for m in before.finditer(shape)]
        assert [m.span() for m in new.finditer(shape)] == expected, shape
        for at in range(len(shape)):
            m = before.match(shape, at)
            assert (m and m.span()) == ((n := new.match(shape, at)) and n.span()), (shape, at)
        matched += bool(expected)
    assert matched > 100  # the pieces do make matches
