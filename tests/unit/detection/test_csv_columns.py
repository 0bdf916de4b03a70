"""The bulk column path of CSV detection finds what the per-cell path finds (issue 13, speed).

The cell findings are also resolved apart from the others when no other finding touches a cell
(``engine._with_cells``): the tests compare that with resolving them together.

A table is read column by column (``csv_columns._scan_columns``): one regex pass over the rows, then one
``fullmatch`` a cell of a per-type pattern that accepts only values the per-cell rules accept, with the same
span; anything else goes through the per-cell rules. These tests pin that the findings are the same as the
per-cell rules' (``_FAST_CELL`` emptied) and as the row-by-row reading of wide headers (``_BULK_COLUMNS`` 0),
on tables with raising and lowering headers, quoted cells holding delimiters and line breaks, ragged rows,
padding, placeholders, masked values and values of every form.
"""

from __future__ import annotations

import random

import pytest

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import detect, engine
from privacykit.domain.detection.scanners import csv_columns

HEADERS = [
    "full_name", "name", "first_name", "dob", "date_of_birth", "ssn", "phone", "mobile", "mrn", "passport",
    "drivers_license", "address", "diagnosis", "medication", "email", "version", "sku", "order_id", "product",
    "plan", "build", "notes", "status", "ip", "tracking",
]  # fmt: skip
VALUES = [
    "Maria Garcia", "O'Neil-Smith", "José Núñez", "Li", "x", "Y", "Dr. Aisha Khan", "John Smith 3rd", "a@b.example",
    "n/a", "N/A", "NULL", "none", "unknown", "-", "--", "***", "redacted", "Undefined", "nan",
    "Jo*** Sm***", "XXX-XX-1234", "xxxx", "Maxxxwell",
    "1990-05-03", "1990-5-3", "05/03/1990", "13/05/1990", "2023-02-30", "1899-12-31", "1879-01-01",
    "2100-01-01", "1990-02-29", "3 March 1990", "March 3, 1990", "19900503", "1990-05-03 (approx)",
    "1990.05.03", "12/31/85", "1990-05-03x",
    "219-09-9999", "078-05-1120", "000-12-3456", "219099999",
    "(212) 555-0142", "212-555-0142", "+1 212 555 0142", "+44 20 7946 0958", "020 7946 0958", "555-0142",
    "1234567", "(999) 555-0142", "98765 43210",
    "MRN-0012345", "12345", "A1B2C3D4", "123", "AB12 3456 7890 1234 5678 99",
    "12 Main St", "1234 Oak Avenue, Springfield, IL 62704", "Main Street", "Flat 3, 12 Rue de Rivoli",
    "Hauptstraße 5", "Apt. 688", "#12",
    "Type 2 diabetes", "asthma", "Metformin 500 mg", "10", "Ø",
    "4.12.3.1", "10.2.14.3", "SKU-0012-3456", "1Z999AA10123456784", "192.168.1.20", "203.0.113.7",
    "4111 1111 1111 1111", "4111111111111111", "user@example.com", "Acme Logistics", "Jordan Logistics",
    "", " ", "  Maria Garcia  ", "\tJohn Smith\t",
]  # fmt: skip


def _cell(rnd: random.Random, delim: str) -> str:
    value = rnd.choice(VALUES)
    form = rnd.random()
    if form < 0.15:
        return '"' + value.replace('"', '""') + '"'
    if form < 0.2:
        return f'"{value}{delim} and more"'  # a quoted cell holding the delimiter
    if form < 0.23:
        return f'"{value}\nsecond line"'  # a quoted cell over two lines
    if form < 0.25:
        return f'"{value}'  # an unclosed quote
    if form < 0.27:
        return f' "{value}" '
    return value.replace(delim, " ")


def _table(seed: int) -> str:
    rnd = random.Random(seed)
    delim = rnd.choice([",", ",", "\t", ";", "|"])
    header = rnd.sample(HEADERS, rnd.randint(2, 9))
    lines = [delim.join(header)]
    for _ in range(rnd.randint(40, 260)):
        width = len(header) + rnd.choice([0, 0, 0, 0, 0, -1, -2, 1, 2])  # ragged rows
        lines.append(delim.join(_cell(rnd, delim) for _ in range(max(1, width))))
    return "\n".join(lines) + rnd.choice(["\n", "", "\r\n"])


def _findings(text: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.type.value) for e in detect(text)]


@pytest.mark.parametrize("seed", range(40))
def test_bulk_columns_find_what_the_per_cell_rules_find(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _table(seed)
    fast = _findings(text)
    # The cell findings resolved apart from the others (engine._with_cells) or with them, as before.
    monkeypatch.setattr(engine, "columns_lower_their_values", lambda csv: True)
    together = _findings(text)
    monkeypatch.setattr(csv_columns, "_FAST_CELL", {})
    monkeypatch.setattr(csv_columns, "_FAST_CELL_PLAIN", {})
    per_cell = _findings(text)
    monkeypatch.setattr(csv_columns, "_BULK_COLUMNS", 0)
    row_by_row = _findings(text)
    assert fast == together == per_cell == row_by_row


def _unmasked_table(seed: int) -> str:
    """A table of the same values less "*", "xxx" and non-ASCII letters: its cells are matched without the
    masked-value look-aheads."""
    text = _table(seed).encode("ascii", "replace").decode("ascii")
    return "".join(c for c in text.replace("xxx", "x").replace("XXX", "X").replace("Xxx", "X") if c != "*")


@pytest.mark.parametrize("seed", range(40))
def test_tables_without_masks_find_the_same_without_the_mask_look_aheads(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _unmasked_table(seed)
    assert not csv_columns._may_hold_masks(text)
    plain = _findings(text)
    monkeypatch.setattr(csv_columns, "_FAST_CELL_PLAIN", csv_columns._FAST_CELL)
    assert plain == _findings(text)
    monkeypatch.setattr(csv_columns, "_FAST_CELL", {})
    monkeypatch.setattr(csv_columns, "_FAST_CELL_PLAIN", {})
    assert plain == _findings(text)


def test_the_fast_patterns_accept_the_common_forms() -> None:
    """The bench's dense export: every cell of its name, birth date and address columns takes the fast path."""
    for kind, value in [
        (T.PERSON, "Maria Garcia"),
        (T.PERSON, '"  José Núñez "'),
        (T.DATE_OF_BIRTH, "1990-05-03"),
        (T.DATE_OF_BIRTH, "12/28/1971"),
        (T.ADDRESS, '"1234 Oak Avenue, Springfield, IL 62704"'),
        (T.MEDICAL_RECORD_NUMBER, "MRN-0012345"),
        (T.DIAGNOSIS, "Type 2 diabetes"),
    ]:
        assert csv_columns._FAST_CELL[kind][0].fullmatch(value), (kind, value)
    for kind, value in [
        (T.PERSON, "N/A"),
        (T.PERSON, "Jo*** Sm***"),
        (T.PERSON, "John Smith 3rd"),
        (T.PERSON, "x"),
        (T.DATE_OF_BIRTH, "1990-02-29"),  # left to the calendar check of the per-cell rules
        (T.ADDRESS, "Main Street"),
        (T.MEDICAL_RECORD_NUMBER, "123"),
    ]:
        assert not csv_columns._FAST_CELL[kind][0].fullmatch(value), (kind, value)
    # Without the masked-value look-aheads the others are still refused.
    for kind, value in [
        (T.PERSON, "N/A"),
        (T.PERSON, "x"),
        (T.ADDRESS, "Main Street"),
        (T.DATE_OF_BIRTH, "1990-02-29"),
    ]:
        assert not csv_columns._FAST_CELL_PLAIN[kind][0].fullmatch(value), (kind, value)
    assert csv_columns._FAST_CELL_PLAIN[T.ADDRESS][0].fullmatch('"1234 Oak Avenue, Springfield, IL 62704"')


def test_lowering_columns_still_lower_on_the_bulk_path() -> None:
    text = (
        "name,version,sku,phone\nMaria Garcia,4.12.3.1,SKU-1,(212) 555-0142\nJohn Smith,10.2.14.3,SKU-2,212-555-0143\n"
    )
    found = {(text[e.start : e.end], e.type) for e in detect(text)}
    assert ("Maria Garcia", T.PERSON) in found
    assert not any(t is T.IP_ADDRESS for _, t in found)


def test_cells_touched_by_another_finding_go_the_general_way() -> None:
    from privacykit.domain.detection.findings import Findings
    from privacykit.domain.detection.scanners.csv_columns import read_csv_header

    text = "name,notes\nMaria Garcia,x\n"
    header = read_csv_header(text)
    assert header is not None
    out = Findings()
    out.add(T.PERSON, 11, 23, 0.85)  # the cell
    out.add(T.ADDRESS, 20, 25, 0.8)  # something else reaching into it
    assert engine._with_cells(out, 1, text, header, text.lower()) is None
    out.items.pop()
    assert engine._with_cells(out, 1, text, header, text.lower()) == [out.items[0]]


@pytest.mark.parametrize("delim", [",", "\t", ";", "|"])
def test_the_row_pattern_reads_rows_as_the_alternation_did(delim: str) -> None:
    """The quoted field is an unrolled loop now; it reads the same fields as ``"(?:[^"\\n]|"")*"`` did."""
    import re

    d = re.escape(delim)
    field = rf'(?:"(?:[^"\n]|"")*"|[^{d}\n"]*)'
    before = re.compile(rf"^(?:{field}{d}){{1}}({field})(?:{d}(?:{field}{d}){{0}}({field}))?", re.M)
    csv_columns._row_pattern.cache_clear()
    after = csv_columns._row_pattern(delim, (1, 0), True)
    rnd = random.Random(5)
    pieces = ["a", "b", delim, '"', '""', " ", "\n", "1", "é"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        assert [m.regs for m in after.finditer(text)] == [m.regs for m in before.finditer(text)], text


@pytest.mark.parametrize("seed", range(30))
def test_columns_matched_by_their_distinct_values_find_the_same(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A column of few distinct values is matched once per value (``_few_values``): the same findings as one
    match a cell and as the per-cell rules, on tables whose columns repeat a few dozen values."""
    text = _table(seed)
    monkeypatch.setattr(csv_columns, "_FEW_MIN_CELLS", 0)
    monkeypatch.setattr(csv_columns, "_FEW_DISTINCT", 10**9)
    by_value = _findings(text)
    monkeypatch.setattr(csv_columns, "_FEW_DISTINCT", -1)
    by_cell = _findings(text)
    monkeypatch.setattr(csv_columns, "_FAST_CELL", {})
    monkeypatch.setattr(csv_columns, "_FAST_CELL_PLAIN", {})
    assert by_value == by_cell == _findings(text)


def test_a_dense_column_of_a_few_names_is_matched_by_value() -> None:
    rows = [f"C{i},{name},{i % 90}" for i, name in enumerate(["Maria Garcia", " Wei Zhang ", '"Liam Murphy"'] * 500)]
    text = "customer_id,full_name,orders\n" + "\n".join(rows) + "\n"
    from privacykit.domain.detection.scanners.csv_columns import read_csv_header

    header = read_csv_header(text)
    assert header is not None
    cells = [(text.index(",", s) + 1, text.index(",", text.index(",", s) + 1)) for s in _line_starts(text)[1:]]
    assert csv_columns._few_values(text, cells)
    people = [text[e.start : e.end] for e in detect(text) if e.type is T.PERSON]
    assert people == ["Maria Garcia", "Wei Zhang", "Liam Murphy"] * 500


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(text[:-1]) if c == "\n"]


@pytest.mark.parametrize("seed", range(5))
def test_a_finding_touches_a_cell_as_the_spans_said(seed: int) -> None:
    """``engine._touches`` looks cells up by their start: the same answers as the bisection of their spans did,
    for empty findings too (one inside a cell touches it, one at its start or end does not)."""
    import bisect

    from privacykit.domain.detection.findings import Finding

    rnd = random.Random(seed)
    cells, pos = [], 0
    for _ in range(200):
        pos += rnd.randint(0, 3)
        end = pos + rnd.randint(1, 4)
        cells.append(Finding(pos, end, T.PERSON, 0.85))
        pos = end
    spans = [(c.start, c.end) for c in cells]
    for _ in range(2000):
        s = rnd.randint(0, pos + 2)
        f = Finding(s, s + rnd.choice([0, 0, 1, 2, 5]), T.PHONE, 0.8)
        i = bisect.bisect_right(spans, (f.start, f.end))
        before = (i > 0 and spans[i - 1][1] > f.start) or (i < len(spans) and spans[i][0] < f.end)
        assert engine._touches(cells, [c.start for c in cells], f) == before, f


def test_blanking_keeps_offsets_with_long_and_short_cells() -> None:
    text = "".join(chr(97 + i % 26) for i in range(2000))
    spans = [(10, 12), (12, 300), (299, 310), (400, 401), (1000, 1999)]
    blanked = engine._blank(text, spans)
    assert len(blanked) == len(text)
    expected = list(text)
    pos = 0
    for s, e in sorted(spans):
        if s < pos:
            continue
        expected[s:e] = " " * (e - s)
        pos = e
    assert blanked == "".join(expected)
