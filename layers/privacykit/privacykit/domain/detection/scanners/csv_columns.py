"""CSV/TSV exports: a header that names its columns ("dob", "patient_name", "ssn") says what each cell holds.

The header is read once from the first line; ``detect_large`` and ``detect_stream`` carry it to later windows.
"""

from __future__ import annotations

import re
from typing import TypeAlias

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import count_digits
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.scanners.contact import PHONE_REGIONS
from privacykit.domain.detection.scanners.dates import date_span
from privacykit.domain.detection.scanners.names import SURNAMES, is_given
from privacykit.domain.detection.scanners.numbers import SSN_VALUE
from privacykit.domain.detection.wordlists import fold, load_pairs, words

__all__ = ["CsvHeader", "read_csv_header", "scan_csv"]

# The delimiter and, per column of interest, (column index, type, whether the header name is vague).
CsvHeader: TypeAlias = tuple[str, list[tuple[int, T, bool]]]

_HEADER_KIND: dict[str, T] = {w: T(k) for k, w in load_pairs("csv_headers.tsv")}
_HEADER_FIELD = re.compile(r"\s*\"?[A-Za-z_][\w .#/()-]{0,40}\"?\s*")
_EMPTY_VALUES = words("n/a na null none - -- unknown nan redacted *** undefined")
_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_VAGUE_HEADERS = words("name displayname contact holdername provider owner")


def read_csv_header(text: str) -> CsvHeader | None:
    """Delimiter and the (column index, type) pairs of a CSV/TSV header line, if the text starts with one."""
    nl = text.find("\n", 0, 4000)
    head = text[: nl if nl != -1 else min(len(text), 4000)].rstrip("\r")
    if not head or len(head) > 2000:
        return None
    delim = max(",\t;|", key=head.count)
    if head.count(delim) < 1:
        return None
    cols = head.split(delim)
    if not all(_HEADER_FIELD.fullmatch(c) for c in cols):
        return None
    wanted: list[tuple[int, T, bool]] = []
    for i, c in enumerate(cols):
        key = re.sub(r"[^a-z0-9]", "", c.lower())
        kind = _HEADER_KIND.get(key)
        if kind is None and key.endswith("name") and any(p in key for p in ("patient", "customer", "first", "last")):
            kind = T.PERSON
        if kind is not None:
            wanted.append((i, kind, key in _VAGUE_HEADERS))
    return delim, wanted


def scan_csv(text: str, header: CsvHeader, out: Findings, skip_first: bool) -> None:
    """The cells of the columns ``header`` names; ``skip_first`` when the header line is part of ``text``."""
    delim, wanted = header
    if not wanted:
        return
    kinds = {k for _, k, _ in wanted}
    # A drug or condition catalogue is not about anyone: medical columns count only next to identifiers.
    identifying = bool(kinds & {T.PERSON, T.MEDICAL_RECORD_NUMBER, T.DATE_OF_BIRTH, T.US_SSN})
    d = re.escape(delim)
    fieldp = rf'(?:"(?:[^"\n]|"")*"|[^{d}\n"]*)'
    for col, kind, vague in wanted:
        if kind in (T.DIAGNOSIS, T.MEDICATION) and not identifying:
            continue
        pat = re.compile(rf"^(?:{fieldp}{d}){{{col}}}({fieldp})", re.M)
        cells: list[tuple[int, int, str]] = []
        for n, m in enumerate(pat.finditer(text)):
            if n == 0 and skip_first:
                continue
            s, e = m.span(1)
            while s < e and text[s] in ' "\t':
                s += 1
            while e > s and text[e - 1] in ' "\t\r':
                e -= 1
            value = text[s:e]
            if value.lower() in _EMPTY_VALUES or "*" in value or "XXX" in value.upper():
                continue
            cells.append((s, e, value))
        # A bare "name" column may hold products or hosts: it holds people when most values carry a known
        # given name or surname; then every value in it counts, names of unlisted origin included.
        if vague and cells:
            sample = cells[:200]
            known = sum(1 for _, _, val in sample if any(is_given(fold(t)) or fold(t) in SURNAMES for t in val.split()))
            if known * 2 < len(sample):
                continue
        for s, e, value in cells:
            _csv_value(text, s, e, value, kind, out)


def _csv_value(text: str, s: int, e: int, value: str, kind: T, out: Findings) -> None:
    if kind is T.PERSON:
        if "@" not in value and not _HAS_DIGIT.search(value) and _HAS_LETTER.search(value):
            out.add(T.PERSON, s, e, 0.85)
    elif kind is T.DATE_OF_BIRTH:
        span = date_span(text, s, exact=True)
        if span:
            out.add(T.DATE_OF_BIRTH, s, span[1], 0.9)
    elif kind is T.US_SSN:
        m = SSN_VALUE.fullmatch(value)
        if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
            out.add(T.US_SSN, s, e, 0.9)
    elif kind is T.PHONE:
        if 7 <= count_digits(value) <= 15 and any(v.phone_ok(value, r) for r in PHONE_REGIONS[:4]):
            out.add(T.PHONE, s, e, 0.85)
    elif kind in (T.MEDICAL_RECORD_NUMBER, T.US_PASSPORT, T.DRIVER_LICENSE):
        if count_digits(value) >= 4 and len(value) <= 20:
            out.add(kind, s, e, 0.85)
    elif kind is T.ADDRESS:
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            out.add(T.ADDRESS, s, e, 0.8)
    elif any(c.isalpha() for c in value):  # diagnosis / medication columns of a patient table
        out.add(kind, s, e, 0.8)
