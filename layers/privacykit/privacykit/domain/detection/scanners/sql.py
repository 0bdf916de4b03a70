"""SQL dumps: ``INSERT INTO t (cols) VALUES (...), (...)`` rows, their columns named by the statement or by the
table's ``CREATE TABLE`` earlier in the text, each value judged as a CSV cell under that column name."""

from __future__ import annotations

import re
from itertools import repeat

from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.csv_columns import column_cell, read_csv_header

__all__ = ["scan_sql_inserts"]

_IDENT = r"[`\"\[]?(\w{1,64})[`\"\]]?"
_CREATE = lazy(rf"CREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?(?:\w+\.)?{_IDENT}[ \t]*\(", re.I)
# A column definition: its name, then its type (a constraint line, "PRIMARY KEY (...)", ends the columns).
_COLUMN_DEF = lazy(rf"\s*{_IDENT}[ \t]+(?!KEY\b)[A-Za-z]", re.I)
_DEF_END = lazy(r"(?:[^,()'\n]|\([^()\n]{0,40}\)|'[^'\n]{0,80}')*([,)])")
_INSERT = lazy(
    rf"INSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+(?:\w+\.)?{_IDENT}[ \t]*(?:\(([^()\n]{{1,2000}})\)[ \t]*)?VALUES", re.I
)
_TUPLE_OPEN = lazy(r"\s*,?\s*\(")
# One field of a row: a quoted string (doubled or escaped quotes inside) or a bare value, then "," or ")".
_FIELD = lazy(r"[ \t]*(?:'((?:[^'\\\n]|\\.|''){0,500})'|[^,()'\n]{0,100})[ \t]*([,)])")
_MAX_COLUMNS = 200


def _columns(names: list[str]) -> dict[int, tuple[object, ...]]:
    """The column indexes whose name says what their values are (as a CSV header would), with their kinds."""
    if not names or len(names) > _MAX_COLUMNS:
        return {}
    header = read_csv_header(",".join(names))
    if header is None:
        return {}
    return {i: (kind, vague) for i, kind, vague in header[1]}


def _at(text: str, starts: list[int], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern``'s matches at ``starts`` (where the keyword pass found a statement's first words)."""
    return [m for m in map(pattern.match, repeat(text), starts) if m is not None]


def _created_tables(text: str, starts: list[int]) -> dict[str, list[str]]:
    """Each ``CREATE TABLE``'s column names, in order, by table name (lower case)."""
    tables: dict[str, list[str]] = {}
    for m in _at(text, starts, _CREATE):
        names: list[str] = []
        pos = m.end()
        while len(names) < _MAX_COLUMNS:
            col = _COLUMN_DEF.match(text, pos)
            end = _DEF_END.match(text, col.end() if col else pos)
            if col is None or end is None:
                break
            names.append(col.group(1))
            pos = end.end()
            if end.group(1) == ")":
                break
        tables[m.group(1).lower()] = names
    return tables


def scan_sql_inserts(text: str, out: Findings) -> None:
    """The values of the named columns of every row of every ``INSERT`` statement of an SQL dump, where the
    keyword pass found one (``out.sql_statements``)."""
    if not out.sql_statements:
        return
    tables: dict[str, list[str]] | None = None
    for m in _at(text, out.sql_statements, _INSERT):
        if m.group(2):
            names = [n.strip().strip('`"[]') for n in m.group(2).split(",")]
        else:
            if tables is None:
                tables = _created_tables(text, out.sql_statements)
            names = tables.get(m.group(1).lower(), [])
        wanted = _columns(names)
        if not wanted:
            continue
        pos = m.end()
        while True:
            row = _TUPLE_OPEN.match(text, pos)
            if row is None:
                break
            pos, col = row.end(), 0
            while True:
                f = _FIELD.match(text, pos)
                if f is None:
                    break
                if col in wanted and f.group(1) is not None and f.group(1).strip():
                    kind, vague = wanted[col]
                    if not vague:
                        column_cell(text, f.start(1), f.end(1), f.group(1), kind, out)  # type: ignore[arg-type]
                pos, col = f.end(), col + 1
                if f.group(2) == ")":
                    break
            if f is None:
                break
