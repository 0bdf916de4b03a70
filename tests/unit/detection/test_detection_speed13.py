"""A typed column's cells checked in the row match itself (issue 13, ``speed13``).

``csv_columns._typed_row_pattern`` tries each cell of a person, e-mail, phone, birth-date or address column
first as that column's fast pattern written for a field in its row (``_IN_ROW``). These tests pin that a table
gives the same findings as when every cell is read as a plain field and checked by its own ``fullmatch``
(``_IN_ROW`` emptied), on random tables of every delimiter, quoted and unquoted columns, padding of spaces and
tabs, doubled quotes, masked values, placeholders, firms and refused phone numbers.
"""

from __future__ import annotations

import random

import pytest
from test_csv_columns import _table, _unmasked_table

from privacykit.domain.detection import detect
from privacykit.domain.detection.scanners import csv_columns
from privacykit.domain.detection.validators import luhn_ok

HEADER = ["customer_id", "full_name", "email", "phone", "date_of_birth", "address", "plan", "notes"]
NAMES = ["Maria Garcia", "José Núñez", "O'Neil-Smith", "Li", "Acme Logistics GmbH", "Jordan Ltd.", "n/a", "NULL"]
NAMES += ["Jo*** Sm***", "Maxxxwell Byrne", "Dr. Aisha Khan", "x", "John Smith 3rd", "none", "Khan PLC"]
MAILS = ["maria.garcia12@example.com", "a@b.example", "git@example.com", "logo@example.png", "x@y", "bad@", "b@c.co"]
PHONES = ["(212) 555-0142", "+1 212 555 0142", "212.555.0142", "(999) 555-0142", "020 7946 0958", "555-0142"]
PHONES += ["+1 (415) 555-0199", "1-212-555-0142", "2125550142"]
DATES = ["1990-05-03", "1990-5-3", "05/03/1990", "1990-02-29", "13/05/1990", "3 March 1990", "1879-01-01"]
ADDRESSES = ["12 Main St", "1234 Oak Avenue, Springfield, IL 62704", "Main Street", "Flat 3, 12 Rue de Rivoli"]
ADDRESSES += ["Apt. 688", "#12", "12 *** St", "XXX 12 Main St"]
COLUMNS = [None, NAMES, MAILS, PHONES, DATES, ADDRESSES, None, ADDRESSES + NAMES]


def _field(rnd: random.Random, value: str, delim: str, quoted: bool) -> str:
    pad = rnd.choice(["", "", "", " ", "  ", "\t", " \t", "\r"])
    value = f"{pad}{value}{rnd.choice(['', '', ' ', pad])}"
    if rnd.random() < 0.05:
        value = f'{value}"x'  # a quote inside an unquoted field
    if quoted or rnd.random() < 0.05:
        if rnd.random() < 0.1:
            value = value.replace(" ", ' "" ', 1)  # a doubled quote
        return '"' + value + rnd.choice(['"', '"', '"', '" ', ""])
    return value.replace(delim, " ") if rnd.random() < 0.97 else value


def _typed_table(seed: int) -> str:
    rnd = random.Random(seed)
    delim = rnd.choice([",", "\t", ";", "|"])
    quoted = [rnd.random() < 0.3 for _ in HEADER]
    quoted[5] = quoted[5] or delim == ","  # an address holds commas
    lines = [delim.join(HEADER)]
    for n in range(rnd.randint(30, 200)):
        cells = [
            _field(rnd, rnd.choice(values) if values else f"C{n:06d}", delim, q) if rnd.random() < 0.97 else ""
            for values, q in zip(COLUMNS, quoted, strict=True)
        ]
        if rnd.random() < 0.05:
            cells = cells[: rnd.randint(1, len(cells))]  # a short row
        lines.append(delim.join(cells))
    return rnd.choice(["\n", "\r\n"]).join(lines) + rnd.choice(["", "\n"])


def _findings(text: str) -> list[tuple[int, int, str, float]]:
    return [(e.start, e.end, e.type.value, e.score) for e in detect(text)]


@pytest.mark.parametrize("seed", range(60))
def test_cells_checked_in_the_row_find_what_their_fields_find(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    tables = [_typed_table(seed), _table(seed + 1000), _unmasked_table(seed + 2000)]
    # (every column with a form, however few of its first cells the fast pattern accepts)
    monkeypatch.setattr(csv_columns, "_FORM_SHARE", 0.0)
    typed = [_findings(text) for text in tables]
    monkeypatch.setattr(csv_columns, "_IN_ROW", {})
    csv_columns._typed_row_pattern.cache_clear()
    try:
        fields = [_findings(text) for text in tables]
    finally:
        csv_columns._typed_row_pattern.cache_clear()
    assert typed == fields


def test_the_bench_rows_are_checked_in_the_row() -> None:
    """Every cell of the dense export's typed columns is accepted by its in-row form (no plain field left)."""
    T = csv_columns.T
    row = (
        'C1234567,Maria Garcia,maria.garcia12@example.com,(212) 555-0142,1980-02-28,"12 Main St, Austin, TX 78701",pro'
    )
    forms = ((T.PERSON, False), (T.EMAIL, False), (T.PHONE, False), (T.DATE_OF_BIRTH, False), (T.ADDRESS, True))
    pattern, groups = csv_columns._typed_row_pattern(",", (1, 0, 0, 0, 0), forms, False)
    m = pattern.match(row)
    assert m is not None
    assert all(typed is not None and m.start(typed) >= 0 and m.start(plain) < 0 for typed, plain in groups)
    assert m.group(groups[4][0]) == "12 Main St, Austin, TX 78701"


def _luhn_by_loop(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def test_the_luhn_sum_in_c_answers_as_the_loop() -> None:
    rnd = random.Random(13)
    values = ["".join(rnd.choice("0123456789") for _ in range(rnd.randint(0, 20))) for _ in range(20000)]
    values += ["4111111111111111", "4111111111111112", "", "0", "١٢٣٤", "4111 1111", "12a4"]
    assert [luhn_ok(v) for v in values] == [_luhn_by_loop(v) for v in values]


def test_the_mask_test_reads_two_x_first() -> None:
    for text, masked in [("a,b\nxx y,1", False), ("a,b\nXxX,1", True), ("a,b\nx*y", True), ("a,b\nMaxXwell", False)]:
        assert csv_columns._may_hold_masks(text) is masked
    assert csv_columns._may_hold_masks("a,b\nJosé") is True  # a wide text is taken to hold them


def test_a_column_of_refused_cells_is_not_checked_in_the_row() -> None:
    """A column whose first cells the fast pattern mostly refuses is read as plain fields (each cell would
    otherwise be matched by its in-row form, then again as a field): a MiB of such names read 30% slower."""
    text = "full_name,dob\n" + "Ab Cd 1,1990-05-03\n" * 40
    generic = csv_columns._row_pattern(",", (0, 0), True)
    fast = csv_columns._FAST_CELL_PLAIN
    assert csv_columns._row_form(text, generic, 1, True, fast[csv_columns.T.PERSON]) is None
    assert csv_columns._row_form(text, generic, 2, True, fast[csv_columns.T.DATE_OF_BIRTH]) is False
