"""Travel documents read by their specifications: ICAO 9303 machine-readable zones, IATA SSR DOCS elements
(advance passenger information), bar-coded boarding passes (Resolution 792) and reservation name elements
(AIRIMP). One module reads each format whole: the holder's name, the document's number and the birth date of one
zone or element are found here together (accuracy18 read the names, accuracy19 the numbers; merged here)."""

from __future__ import annotations

import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.names import CAPS_TOKEN
from privacykit.domain.detection.shapes import shape_of

__all__ = ["scan_travel_documents"]


# The lines of a travel document's machine-readable zone (ICAO 9303 part 4-6) that hold the holder's numbers:
# the second line of a TD3 passport, an MRV visa or a TD2 card (document number, check digit, nationality, birth
# date, check digit, sex, expiry, check digit) and the second line of a TD1 card (birth date, check digit, sex,
# expiry, check digit, nationality). A line starts a line of the text or follows a quote or a space (a zone
# indented in a log, or written as a JSON array of its lines).
_MRZ_LINE2 = lazy(
    r"(?m)(?:^|(?<=[\"' \t]))(?:(?P<doc>[A-Z0-9<]{9})(?P<c1>\d)[A-Z<]{3}(?P<dob>\d{6})(?P<c2>\d)[MFX<](?P<exp>\d{6})"
    r"(?P<c3>\d)|(?P<dob1>\d{6})(?P<d2>\d)[MFX<](?P<exp1>\d{6})(?P<d3>\d)[A-Z<]{3}[A-Z0-9<]{11}\d(?![A-Z0-9<]))"
)
# The first line before it: the document code (P passport, V visa, I/A/C identity cards) and the issuing state.
_MRZ_LINE1 = lazy(r"(?P<code>[PVIAC])[A-Z0-9<](?P<iss>[A-Z<]{3})[A-Z0-9<]{25,41}[\"',]{0,2}\s{1,8}[\"']?$")


def _mrz_check(field: str) -> int:
    """The ICAO 9303 check digit of ``field``: digits, letters A=10..Z=35 and '<'=0, weighted 7, 3, 1."""
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else ord(ch) - 55 if ch.isalpha() else 0
        total += value * (7, 3, 1)[i % 3]
    return total % 10


# (accuracy33) The zone's first line right above its second, of the same width (a passport's or a visa's: 44 or 36
# characters): the document's kind and issuing state, then the name field.
_MRZ_FIRST_ABOVE = lazy(r"[ \t\"']*[PVIAC][A-Z0-9<][A-Z<]{3}[A-Z0-9<]{31,39}[\"',]{0,2}[ \t]*\r?")
_YYMMDD = lazy(r"\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _first_line_above(text: str, at: int) -> bool:
    """Whether the line above the one holding ``at`` is a zone's first line as wide as the second (44 or 36)."""
    lo = text.rfind("\n", 0, at) + 1
    if lo < 2:
        return False
    above = text.rfind("\n", 0, lo - 1) + 1
    first = _MRZ_FIRST_ABOVE.fullmatch(text, above, lo - 1)
    if first is None:
        return False
    width = len(text[above : lo - 1].strip(" \t\r\"',"))
    hi = text.find("\n", at)
    return width == len(text[at : len(text) if hi == -1 else hi].strip(" \t\r\"',"))


def _mrz_numbers(text: str, out: Findings) -> None:
    """Passport numbers and birth dates of a machine-readable zone whose check digits hold. The first line says
    what the document is: a visa's or an identity card's number is no passport (their birth date is the
    holder's all the same); a passport issued by the USA is a US passport.

    (accuracy33) A zone made up or copied by hand often has check digits nobody computed: when none of its three
    holds, its second line right under a first line of the same width is the zone's all the same, its birth date
    a date (YYMMDD). One check failing among holding ones is a misread number, and stays unread."""
    for m in _MRZ_LINE2.finditer(text):
        if m.group("dob1") is not None:  # TD1: the birth date opens the second line
            if _mrz_check(m.group("dob1")) == int(m.group("d2")) and _mrz_check(m.group("exp1")) == int(m.group("d3")):
                out.add(T.DATE_OF_BIRTH, m.start("dob1"), m.end("dob1"), 0.9)
            continue
        checks = [_mrz_check(m.group(f)) == int(m.group(c)) for f, c in (("doc", "c1"), ("dob", "c2"), ("exp", "c3"))]
        if not all(checks) and (
            any(checks) or not _YYMMDD.fullmatch(m.group("dob")) or not _first_line_above(text, m.start())
        ):
            continue
        out.add(T.DATE_OF_BIRTH, m.start("dob"), m.end("dob"), 0.9)
        first = _MRZ_LINE1.search(text, max(0, m.start() - 60), m.start())
        code = first.group("code") if first else "P"
        doc = m.group("doc").rstrip("<")
        if code == "P" and len(doc) >= 6 and "<" not in doc:
            state = first.group("iss") if first else text[m.start() + 10 : m.start() + 13]
            out.add(T.US_PASSPORT if state == "USA" else T.PASSPORT, m.start(), m.start() + len(doc), 0.9)


# An airline's SSR DOCS element (IATA passenger data): "HK1/P/USA/A47201485/USA/30DEC12/F/21JAN32/SURNAME/GIVEN"
# (document type P: passport; issuing state, number, nationality, birth date, sex, expiry, names).
# (accuracy33) A reservation display prints a space before the type ("SSR DOCS BA HK1 P/GBR/..."); years may have
# four digits ("02FEB1975"), and the expiry may be left empty ("/F//SURNAME/...").
# The element may also stand alone, after any sign ("DOCS P/GBR/...", "DOCS-P/...", a JSON value), and some systems
# write two-letter country codes ("P/GB/.../GB/").
_SSR_DOCS_NUMBERS = lazy(
    r"(?<![A-Za-z0-9])P/(?P<iss>[A-Z]{2,3})/(?P<doc>[A-Z0-9]{5,15})/[A-Z]{2,3}/(?P<dob>\d{2}(?:JAN|FEB|MAR|APR|MAY|"
    r"JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{2}){1,2})/(?:M|F|X|U|MI|FI)/(?:\d{2}[A-Z]{3}\d{2}(?:\d{2})?)?/"
)


# What every SSR DOCS element starts with, in the shape ("/P/USA/"): a literal whose first byte, "/", is rare in a
# shape, so re's prefix loop runs at memory speed (the search for "/P/" in the text took twice as long).
# (accuracy33: the element's issuing state, number, nationality and birth date, "/GBR/533401872/GBR/14MAR81", which
# every element has however it opens; the same prefix byte.)
_S_SSR_DOCS = lazy(rb"/AAA?/[0A]{5,15}/AAA?/00AAA00")


def _ssr_docs_numbers(text: str, out: Findings, shape: bytes) -> None:
    """Passports and birth dates of airline SSR DOCS elements: typed by the issuing state (USA: US_PASSPORT)."""
    if _S_SSR_DOCS.search(shape) is None:
        return
    for m in _SSR_DOCS_NUMBERS.finditer(text):
        kind = T.US_PASSPORT if m.group("iss") in ("USA", "US") else T.PASSPORT
        out.add(kind, m.start("doc"), m.end("doc"), 0.9)
        out.add(T.DATE_OF_BIRTH, m.start("dob"), m.end("dob"), 0.9)


# (accuracy33) A UN/EDIFACT PAXLST message (advance passenger information, as airlines send it to border agencies):
# a traveller's document in a DOC segment ("DOC+P:110:111+A07731942'": type P a passport; its issuing state in the
# LOC+91 segment after it, its holder's nationality in NAT+2 before it) and the birth date in DTM+329 (date of birth,
# YYMMDD or CCYYMMDD). Read only in a text that has the segments.
_PAXLST_DOC = lazy(r"(?m)(?:^|(?<='))[ \t]*DOC\+P[A-Z]?(?::[^+'\n]*)?\+(?P<doc>[A-Z0-9]{5,15})(?=['+:\r\n]|$)")
_PAXLST_DOB = lazy(r"(?m)(?:^|(?<='))[ \t]*DTM\+329:(?P<dob>(?:19|20)?\d{6})(?=['+:\r\n]|$)")
_PAXLST_STATE = lazy(r"(?:LOC\+91|NAT\+2)\+(?P<c>[A-Z]{2,3})(?=['+:\r\n])")


def _paxlst(text: str, out: Findings) -> None:
    """Passports and birth dates of a PAXLST message's DOC and DTM+329 segments (a US passport by its state)."""
    if "DTM+329:" in text:
        for m in _PAXLST_DOB.finditer(text):
            out.add(T.DATE_OF_BIRTH, m.start("dob"), m.end("dob"), 0.9)
    if "DOC+P" not in text:
        return
    for m in _PAXLST_DOC.finditer(text):
        # the issuing state (LOC+91) follows the document; without it, the nationality (NAT+2) before it
        nxt = text.find("NAD+", m.end(), m.end() + 400)
        after = _PAXLST_STATE.search(text, m.end(), nxt if nxt != -1 else m.end() + 200)
        state = after
        if state is None:
            states = list(_PAXLST_STATE.finditer(text, max(0, m.start() - 200), m.start()))
            state = states[-1] if states else None
        kind = T.US_PASSPORT if state is not None and state.group("c") in ("US", "USA") else T.PASSPORT
        out.add(kind, m.start("doc"), m.end("doc"), 0.9)


# (accuracy33) Travel documents in the airline industry's XML messages: OpenTravel's ``<Document DocID="..."
# DocType="2">`` (code list DOC: 2 is a passport) and IATA NDC's ``<IdentityDocument>`` (its number, and the type
# code PT for a passport). The issuing country ("US") types a US passport.
_OTA_DOCUMENT = lazy(r"<(?:\w+:)?Document\b[^<>]*>")
_OTA_DOC_ID = lazy(r"\bDocID=[\"'](?P<v>[A-Z0-9]{5,15})[\"']")
_OTA_ISSUER = lazy(r"\bDocIssueCountry=[\"'](?P<c>[A-Z]{2,3})[\"']")
_NDC_NUMBER = lazy(r"<(?:\w+:)?IdentityDocumentNumber>(?P<v>[A-Z0-9]{5,15})</")
_NDC_TYPE = lazy(r"<(?:\w+:)?IdentityDocumentTypeCode>(?P<t>[A-Z]{1,3})</")
_NDC_ISSUER = lazy(r"<(?:\w+:)?IssuingCountryCode>(?P<c>[A-Z]{2,3})</")


def _xml_travel_documents(text: str, out: Findings) -> None:
    """Passports of OpenTravel ``Document`` elements of type 2 and NDC identity documents of type PT."""
    if "DocType=" in text:
        for m in _OTA_DOCUMENT.finditer(text):
            tag = m.group()
            if 'DocType="2"' not in tag and "DocType='2'" not in tag:
                continue
            v = _OTA_DOC_ID.search(tag)
            if v is not None:
                c = _OTA_ISSUER.search(tag)
                kind = T.US_PASSPORT if c is not None and c.group("c") in ("US", "USA") else T.PASSPORT
                out.add(kind, m.start() + v.start("v"), m.start() + v.end("v"), 0.9)
    if "IdentityDocumentNumber>" in text:
        for m in _NDC_NUMBER.finditer(text):
            lo = text.rfind("IdentityDocument>", 0, m.start())  # the element's opening tag
            lo = max(lo, m.start() - 400)
            hi = text.find("IdentityDocument>", m.end())
            hi = m.end() + 400 if hi == -1 else min(hi, m.end() + 400)
            t = _NDC_TYPE.search(text, lo, hi)
            if t is None or t.group("t") not in ("PT", "P"):
                continue
            c = _NDC_ISSUER.search(text, lo, hi)
            kind = T.US_PASSPORT if c is not None and c.group("c") in ("US", "USA") else T.PASSPORT
            out.add(kind, m.start("v"), m.end("v"), 0.9)


# IATA SSR DOCS (advance passenger information): ".../P/GBR/123456789/GBR/12JAN67/M/04MAY27/SURNAME/GIVEN": after
# the birth date, gender and expiry come the surname and the given names, each a person's name.
_SSR_DOCS_NAMES = lazy(
    rf"/\d{{2}}[A-Z]{{3}}\d{{2}}(?:\d{{2}})?/(?:[MFUX]I?)/(?:\d{{2}}[A-Z]{{3}}\d{{2}}(?:\d{{2}})?)?/"
    rf"({CAPS_TOKEN}(?:[ ]{CAPS_TOKEN})*)"
    rf"/({CAPS_TOKEN}(?:[ ]{CAPS_TOKEN})*)"
)


# An IATA bar-coded boarding pass (BCBP, Resolution 792) as text: "M1" and the passenger's SURNAME/GIVEN, then the
# electronic-ticket flag and the booking reference, then the two airports ("M1DOE/JANE MS  EABC123 LHRJFK ...").
_BCBP = lazy(
    rf"^M[1-4]({CAPS_TOKEN}(?:[ ]{CAPS_TOKEN})?/{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{0,2}}?)"
    r"(?:[ ]+(?:MRS?|MS|MISS|MSTR|DR))?[ ]+E?[A-Z0-9]{6,7}[ ]+[A-Z]{6}",
    re.M,
)


# (accuracy18) The bar code's fixed layout read wherever it is quoted (a gate reader's log, a JSON value): "M", the
# legs, a name field of exactly 20 characters (SURNAME/GIVEN and a title, padded with spaces or cut at 20), the
# e-ticket flag ("E" or a space), the 7-character booking reference and the two airports.
_BCBP_NAME_FIELD = lazy(r"[A-Z][A-Z'. -]*/[A-Z'. -]*")
_BCBP_AFTER_NAME = lazy(r"[E ][A-Z0-9 ]{7}[A-Z]{6}")
_TITLE_AFTER = lazy(r"[ ]+(?:MRS|MR|MS|MISS|MSTR|DR)$")
# (accuracy18) A reservation's name elements, one line of them: the number in the party glued to SURNAME/GIVEN and the
# title glued after it (AIRIMP teletype: "1DOE/JANEMRS 1DOE/JOHNMR"), or a display's numbered list ("1.DOE/JANE MRS
# 2.DOE/JOHN MR"). The line holds nothing else; each element starts with a digit, so the words of a name and the
# elements between them never read two ways.
_NAME_ELEMENT = r"\d{1,2}\.?[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*)?/[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*)?"
_NAME_ELEMENT_LINE = lazy(rf"[ \t]*{_NAME_ELEMENT}(?:[ \t]+{_NAME_ELEMENT})*[ \t]*\r?")
_NAME_ELEMENT_PARTS = lazy(r"\d{1,2}\.?([A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*)?/[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*)?)")
_GLUED_TITLE = lazy(r"(?<=[A-Z]{2})(?:MRS|MR|MS|MISS|MSTR|DR|CHD|INF)$")
# (accuracy18) ICAO 9303 machine-readable zones: a passport's or visa's first line (44 or 36 characters: the document's
# kind, its issuing state, then the name field) and an identity card's third line (30 characters, the name field
# alone); the name field is SURNAME<<GIVEN<NAMES filled with "<" to the line's end. Read only beside the zone's
# other lines (the same width, capitals, digits and "<").
_MRZ_NAME_LINE = lazy(r"[PVIAC][A-Z<][A-Z<]{3}([A-Z]+(?:<{1,2}[A-Z]+)*)<*")
_MRZ_CARD_NAME = lazy(r"([A-Z]+(?:<{1,2}[A-Z]+)*)<*")
_MRZ_LINE = lazy(r"[A-Z0-9<]+")
_S_CAPS_SLASH = lazy(rb"A/A")


def scan_travel_documents(text: str, out: Findings, shape: bytes | None = None) -> None:
    """Travel documents read by their specifications: the holder's name, document number and birth date of a
    machine-readable zone and of an IATA SSR DOCS element (airline booking records, APIS data), the passenger
    of a boarding pass's bar code and a reservation's name elements."""
    if shape is None:
        shape = shape_of(text)
    if "<" in text and b"<<" in shape:  # (one character is found by memchr, ten times faster than two)
        _mrz_numbers(text, out)
        _mrz_names(text, shape, out)
    _ssr_docs_numbers(text, out, shape)
    if "+" in text:
        _paxlst(text, out)
    if "<" in text:
        _xml_travel_documents(text, out)
    if "/" not in text:
        return
    for m in _SSR_DOCS_NAMES.finditer(text):
        out.add(T.PERSON, m.start(1), m.end(1), 0.85)
        out.add(T.PERSON, m.start(2), m.end(2), 0.85)
    if "\nM1" in text or text.startswith("M1"):
        for m in _BCBP.finditer(text):
            out.add(T.PERSON, m.start(1), m.end(1), 0.85)
    _slashed_names(text, shape, out)


def _slashed_names(text: str, shape: bytes, out: Findings) -> None:
    """Boarding passes' name fields and lines of name elements, read at each slash between capitals (found in the
    shape: "A/A", whose literal lets re's prefix loop run at memory speed)."""
    done = -1
    for hit in _S_CAPS_SLASH.finditer(shape):
        slash = hit.start() + 1
        # a bar code's "M" and legs stand 3 to 21 characters before the slash of its name field
        m = text.find("M", max(0, slash - 21), slash - 2)
        while m != -1:
            if text[m + 1] in "1234":
                _bcbp_field(text, m, out)
            m = text.find("M", m + 1, slash - 2)
        if slash > done:
            lo = text.rfind("\n", 0, slash) + 1
            hi = text.find("\n", slash)
            hi = len(text) if hi == -1 else hi
            done = hi
            if "0" <= text[lo : lo + 4].lstrip(" \t")[:1] <= "9" and _NAME_ELEMENT_LINE.fullmatch(text, lo, hi):
                for e in _NAME_ELEMENT_PARTS.finditer(text, lo, hi):
                    s, end = e.span(1)
                    title = _GLUED_TITLE.search(text, s, end) or _TITLE_AFTER.search(text, s, end)
                    out.add(T.PERSON, s, title.start() if title else end, 0.85)


def _bcbp_field(text: str, at: int, out: Findings) -> None:
    """The passenger of a boarding pass's bar code whose "M" and legs are at ``at`` (its fixed layout)."""
    if at and text[at - 1].isalnum():
        return
    s = at + 2
    field = text[s : s + 20]
    if len(field) == 20 and _BCBP_NAME_FIELD.fullmatch(field) and _BCBP_AFTER_NAME.match(text, s + 20):
        name = field.rstrip()
        title = _TITLE_AFTER.search(name)
        e = s + (title.start() if title else len(name))
        if name.index("/") > 1:
            out.add(T.PERSON, s, e, 0.85)


def _mrz_names(text: str, shape: bytes, out: Findings) -> None:
    """The name fields of machine-readable zones: a passport's or visa's first line, an identity card's third."""
    done = -1
    at = shape.find(b"<<")
    while at != -1:
        if at > done:
            lo = text.rfind("\n", 0, at) + 1
            hi = text.find("\n", at)
            hi = len(text) if hi == -1 else hi
            done = hi
            line = text[lo:hi].rstrip("\r")
            width = len(line)
            if width in (30, 36, 44) and _MRZ_LINE.fullmatch(line):
                _mrz_name(text, lo, width, hi, out)
            at = shape.find(b"<<", hi)
            continue
        at = shape.find(b"<<", at + 2)


def _mrz_line_at(text: str, lo: int, width: int) -> bool:
    """Whether a line of a machine-readable zone of ``width`` characters starts at ``lo``."""
    if lo < 0 or lo >= len(text):
        return False
    line = text[lo : lo + width + 1].rstrip("\r\n")
    return len(line) == width and _MRZ_LINE.fullmatch(line) is not None


def _mrz_name(text: str, lo: int, width: int, hi: int, out: Findings) -> None:
    """The name in the zone's line of ``width`` characters at ``lo`` (``hi`` its end), if it is a name line."""
    nxt = hi + 1
    if width in (36, 44):
        m = _MRZ_NAME_LINE.fullmatch(text, lo, lo + width)
        if m and _mrz_line_at(text, nxt, width):
            out.add(T.PERSON, m.start(1), m.end(1), 0.85)
        return
    m = _MRZ_CARD_NAME.fullmatch(text, lo, lo + width)
    if m is None or "<<" not in m.group(1):
        return
    # an identity card (TD1): the name is the third line, below two of the same width, the first the card's kind
    prev = text.rfind("\n", 0, lo - 1) + 1
    first = text.rfind("\n", 0, max(prev - 1, 0)) + 1 if prev else -1
    if prev and first >= 0 and text[first] in "IAC" and _mrz_line_at(text, first, 30) and _mrz_line_at(text, prev, 30):
        out.add(T.PERSON, m.start(1), m.end(1), 0.85)
