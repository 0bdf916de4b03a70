"""SQL dumps: an ``INSERT`` names its values by its column list, or by the ``CREATE TABLE`` of its table.

``INSERT INTO customers VALUES (1582,'Ana Ruiz','1967-04-19',...)`` holds a birth date and a name far from any
label: the columns (``full_name``, ``dob``) say what each position holds, as a CSV header does for its cells, and
each value is judged as a cell of such a column (``csv_columns``). Found from the keyword automaton's
``insert into`` hits (no pass of its own); a statement is read once, and a table's columns are read once a text.
"""

from __future__ import annotations

import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.csv_columns import column_cell, header_kind

__all__ = ["scan_sql_insert"]

_INSERT = lazy(
    r"insert\s+(?:ignore\s+)?into\s+(?P<table>[`\"\[]?[\w.$]{1,64}[`\"\]]?)\s*"
    r"(?:\((?P<cols>[^()]{1,4000})\)\s*)?values\s*\(",
    re.I,
)
# One value of a tuple and what follows it: a quoted string ('' and \' escapes) or a bare token.
_VALUE = lazy(r"\s*(?:'((?:[^'\\]|\\.|''){0,2000})'|([^,()'\s]{0,64}))\s*([,)])", re.S)
_NEXT_TUPLE = lazy(r"\s*,\s*\(")
_CREATE_TABLE = lazy(
    r"create\s+table\s+(?:if\s+not\s+exists\s+)?[`\"\[]?(?:[\w$]+[`\"\]]?\.[`\"\[]?)?"
    r"(?P<table>[\w$]{1,64})[`\"\]]?\s*\(",
    re.I,
)
_CONSTRAINTS = frozenset({"primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext"})
#: Columns that name someone, beside which a vague column (``name``) or a medical one counts.
_IDENTIFYING = frozenset({T.MEDICAL_RECORD_NUMBER, T.DATE_OF_BIRTH, T.US_SSN, T.PHONE})
_MAX_COLUMNS = 200


def _bare(name: str) -> str:
    return name.strip().strip("`\"[]'").split(".")[-1]


def _table_columns(text: str, table: str, before: int, out: Findings) -> list[str] | None:
    """The column names of ``CREATE TABLE <table>`` before ``before`` (read once per table and text)."""
    if table in out.sql_tables:
        return out.sql_tables[table]
    columns: list[str] | None = None
    at = max(text.rfind("CREATE TABLE", 0, before), text.rfind("create table", 0, before))
    tries = 0
    while at != -1 and columns is None and tries < 20:  # the nearest 20 tables: a dump defines each before use
        tries += 1
        m = _CREATE_TABLE.match(text, at)
        if m and m.group("table").lower() == table.lower():
            columns = _definitions(text, m.end())
        else:
            at = max(text.rfind("CREATE TABLE", 0, at), text.rfind("create table", 0, at))
    out.sql_tables[table] = columns
    return columns


def _definitions(text: str, pos: int) -> list[str] | None:
    """The names of the column definitions from ``pos`` (just inside the parenthesis) to the closing one."""
    names: list[str] = []
    depth, lo = 0, pos
    for i in range(pos, min(len(text), pos + 8000)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
        elif (c == "," and not depth) or c == ")":
            words = text[lo:i].split()
            if words and words[0].lower() not in _CONSTRAINTS:
                names.append(_bare(words[0]))
            lo = i + 1
            if c == ")":
                return names if len(names) <= _MAX_COLUMNS else None
    return None


def scan_sql_insert(text: str, start: int, out: Findings) -> None:
    """The values of the ``INSERT`` statement at ``start`` whose columns name what they hold."""
    if start < out.sql_end:
        return  # inside a statement already read
    m = _INSERT.match(text, start)
    if not m:
        return
    table = _bare(m.group("table"))
    if m.group("cols") is not None:
        columns = [_bare(c) for c in m.group("cols").split(",")]
    else:
        columns = _table_columns(text, table, start, out) or []
    kinds = [header_kind(c) for c in columns]
    vague = [c.lower() in ("name", "displayname") for c in columns]
    identifying = any(k in _IDENTIFYING or (k is T.PERSON and not vg) for k, vg in zip(kinds, vague, strict=True))
    wanted = [
        None if k is None or ((vg or k in (T.DIAGNOSIS, T.MEDICATION)) and not identifying) else k
        for k, vg in zip(kinds, vague, strict=True)
    ]
    pos = m.end()
    if not any(wanted):
        out.sql_end = pos
        return
    i = 0
    while True:
        v = _VALUE.match(text, pos)
        if not v:  # not a value (an unclosed or overlong string): what follows is not read again
            pos += 2000
            break
        pos = v.end()
        kind = wanted[i] if i < len(wanted) else None
        group = 1 if v.group(1) is not None else 2
        value = v.group(group)
        if kind is not None and value and value.upper() != "NULL":
            column_cell(text, v.start(group), v.end(group), value, kind, out)
        i += 1
        if v.group(3) == ")":
            nxt = _NEXT_TUPLE.match(text, pos)
            if not nxt:
                break
            pos, i = nxt.end(), 0
    out.sql_end = pos
