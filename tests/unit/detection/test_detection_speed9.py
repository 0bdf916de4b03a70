"""A table's claimed cells are cut out of the text the free-text scanners read (issue 13, ``speed9``).

``engine._detect_window`` reads a table by its columns first; the cells that gave a finding are then cut out (not
blanked to spaces), the other scanners read what is left, and ``engine._place`` moves what they find back to its
offsets in the whole text. These tests pin the cut and the placing on random texts and spans, and what the
engine finds in a table's other columns.
"""

from __future__ import annotations

import random

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import detect, engine
from privacykit.domain.detection.findings import Finding, Findings


def _disjoint_spans(rnd: random.Random, n: int) -> list[tuple[int, int]]:
    cuts = sorted(rnd.sample(range(n + 1), min(2 * ((n + 1) // 2), 2 * rnd.randint(0, 6))))
    spans = list(zip(cuts[::2], cuts[1::2], strict=True))
    rnd.shuffle(spans)  # (a table's cells come column by column)
    return spans


def test_the_cut_text_is_the_text_without_the_spans() -> None:
    rnd = random.Random(9)
    for _ in range(3000):
        n = rnd.randint(0, 50)
        text = "".join(rnd.choice("ab,\n ") for _ in range(n))
        spans = _disjoint_spans(rnd, n)
        rest, starts, origins = engine._cut(text, spans)
        expected, pos = [], 0
        for s, e in sorted(spans):
            expected.append(text[pos:s])
            pos = e
        expected.append(text[pos:])
        assert rest == "".join(expected)
        assert starts[0] == 0 and origins[0] == 0 and len(starts) == len(origins) == len(spans) + 1


def test_a_finding_in_the_cut_text_is_placed_on_the_same_characters() -> None:
    """Every span of the cut text that crosses no cut is placed on the same characters of the whole text; one
    that crosses a cut covers it; an empty one stays empty."""
    rnd = random.Random(13)
    for _ in range(2000):
        n = rnd.randint(1, 60)
        text = "".join(rnd.choice("abcdefgh,") for _ in range(n))
        spans = _disjoint_spans(rnd, n)
        rest, starts, origins = engine._cut(text, spans)
        if not rest:
            continue
        s = rnd.randrange(len(rest))
        e = rnd.randint(s, min(len(rest), s + 8))
        out = Findings()
        out.items.append(Finding(s, e, T.PERSON, 0.9))
        out.medical.append(Finding(s, e, T.DIAGNOSIS, 0.8))
        out.medical_hints.append(s)
        out.unasserted.append((s, e))
        engine._place(out, starts, origins)
        ps, pe = out.items[0][:2]
        assert out.medical[0][:2] == (ps, pe) and out.unasserted == [(ps, pe)] and out.medical_hints == [ps]
        if e == s:
            assert pe == ps
            continue
        assert text[ps] == rest[s] and text[pe - 1] == rest[e - 1]
        crossed = [c for c in spans if ps < c[0] and c[1] <= pe and c[0] < c[1]]
        assert pe - ps == e - s + sum(ce - cs for cs, ce in crossed)


def test_the_other_columns_are_read_and_placed() -> None:
    """A card in a column no header names, a note of free text: found at their offsets, the cells as before."""
    rows = [
        "id,full_name,email,dob,card,notes",
        "C1,Maria Garcia,maria.garcia@example.com,1975-02-01,4111 1111 1111 1111,no answer",
        "C2,James Smith,james.smith@example.com,1980-07-12,,call back on (212) 555-0142",
    ]
    text = "\n".join(rows) + "\n"
    found = {(text[e.start : e.end], e.type) for e in detect(text)}
    assert ("4111 1111 1111 1111", T.CREDIT_CARD) in found
    assert ("(212) 555-0142", T.PHONE) in found
    for value, kind in [
        ("Maria Garcia", T.PERSON),
        ("maria.garcia@example.com", T.EMAIL),
        ("1975-02-01", T.DATE_OF_BIRTH),
        ("James Smith", T.PERSON),
    ]:
        assert (value, kind) in found


def test_a_medical_column_is_not_read_again_as_the_items_of_a_label() -> None:
    """The medical admission reads the text with the claimed cells blanked, as before they were cut: a
    diagnosis column's cells keep the column's score, not the lower one of items after a label."""
    text = (
        "patient_id,last,first,dob,diagnosis\n"
        "0466,Mansour,Kavya,1996-08-08,hyperlipidemia\n"
        "3050,Tesfaye,Meseret,1971-03-02,osteoarthritis\n"
    )
    scores = {text[e.start : e.end]: e.score for e in detect(text) if e.type is T.DIAGNOSIS}
    assert scores == {"hyperlipidemia": 0.8, "osteoarthritis": 0.8}


def test_a_birth_date_label_in_each_row_of_a_notes_column_reads_its_own_row() -> None:
    """A note's birth-date label reads the date later on its line, though the next row's label is within reach
    once the claimed cells before it are cut (a label on another line reads only its own line)."""
    rows = ["id,full_name,dob,notes"] + [
        f"{n},Maria Garcia,1975-02-0{n},DOB confirmed 01/0{n}/1980" for n in range(1, 6)
    ]
    text = "\n".join(rows) + "\n"
    births = [text[e.start : e.end] for e in detect(text) if e.type is T.DATE_OF_BIRTH]
    assert [b for b in births if b.endswith("/1980")] == [f"01/0{n}/1980" for n in range(1, 6)]
    # and in free text, a run of labels is still read once, by the label the date follows
    assert [(e.start, e.end) for e in detect("DOB / date of birth: 01/02/1980\n")] == [(21, 31)]
