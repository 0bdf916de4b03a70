"""Identifiers that are numbers: SSNs, payment cards and IBANs by their shape, and the values labels introduce.

SSNs and US-format phone numbers share one shape scan (their shapes start alike); the phone rules live in
``contact.py``. Medical record, passport and driver's licence numbers have no shape of their own: they are
read after a label (``keywords.py``) or from a named CSV/HL7 field, with the value patterns defined here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import chain

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import count_digits, labelled_as_thing, value_after
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.contact import add_us_phone
from privacykit.domain.detection.shapes import flatten_separators, free_after, free_before
from privacykit.domain.detection.wordlists import data_lines, words

__all__ = [
    "scan_number_shapes",
    "scan_iban",
    "SSN_VALUE",
    "MRN_VALUE",
    "PASSPORT_VALUE",
    "DL_VALUE",
    "passport_after",
    "passport_type",
    "licence_after",
]

# Shape patterns (see shapes.py); each starts with a literal so the scan runs at memory speed.
# SSN (3-2-4) and phone (3-3-4) shapes share their literal start, so one scan finds both.
_S_SSN_PHONE = lazy(rb"000-(?:00-0000|000-0000)")
# Card shapes: grouped 4-4-4-4(-3), Amex/Diners 4-6-5 / 4-6-4, or 12+ digits in a row (extended after the hit).
_S_CARDS_GROUPED = lazy(rb"0000-(?:0000-0000-0|000000-0000)")
# The run of twelve digits is a plain literal: ``bytes.find`` steps through it several times faster than re's
# literal-prefix loop, and a loop of finds from each hit's end gives finditer's non-overlapping hits.
_S_CARD_RUN = b"000000000000"
_CARD_AT = lazy(
    r"\d{4}(?:(?P<sep>[ -])\d{4}(?P=sep)\d{4}(?P=sep)\d{1,4}(?:(?P=sep)\d{3})?|[ -]\d{6}[ -]\d{4,5}|\d{8,15})"
)
# Every SSN or phone shape holds one "-0000" at a fixed offset (6 or 7; 8 or 9 with its area code in brackets),
# and so does every grouped card shape (4): one search finds the "-0000" of each, from its "-" (far rarer in a
# flattened shape than a digit, where the searches for "000-", "0000-" and "(000)" stopped at a third of the bytes
# or made a pass each), and the three patterns are matched at those offsets only (``_dash_groups``).
_S_DASH_GROUP = lazy(
    rb"-0000(?:(?<=000-000-0000)()|(?<=000-00-0000)()|(?<=0000-0000)(?=-0000-0|00-0000)()"
    rb"|(?<=\(000\)-000-0000)()|(?<=\(000\)000-0000)())"
)
_S_PHONE_PAREN = lazy(rb"\(000\)-?000-0000")
_S_IBAN = lazy(rb"AA00[ ]?[A0]{4}")
_IBAN = lazy(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\w-])")

# Values read after a label or from a named field.
SSN_VALUE = lazy(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?![\w])")
# A record number as hospitals write it: digits, a prefix of letters, spaced groups; letters inside it
# ("K51R20073") or a site's and a department's codes before it, joined by slashes ("NTH/ORT/22910", "OH/00599").
MRN_VALUE = lazy(
    r"\d{3}[ ]\d{3,4}(?:[ ]\d{3,4})?(?![\w-])|(?:[A-Z]{1,4}[- .]?)?\d[\d-]{3,14}[A-Z0-9]?(?![\w])"
    r"|[A-Z]{1,3}\d{1,4}[A-Z]{1,3}\d{3,10}(?![\w])|[A-Z]{1,4}(?:/[A-Z]{1,4}){0,2}/\d{3,10}(?![\w/])"
    # a prefix, a code of letters and digits and a serial joined by hyphens ("KSW-A21-00918": a club's squad)
    r"|[A-Z]{1,4}-(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,6}-\d{3,10}(?![\w-])"
)
# Passports of every country: six to nine letters and digits, at least one a digit ("C01X00T47").
# Some are written with a space or hyphen after the series letters ("K-1234567", "AB 123456").
# Some are written as a series and a number ("72 1234567", "45-1234567"), a few have ten characters.
PASSPORT_VALUE = lazy(r"(?=[A-Z]*\d)[A-Z0-9]{6,10}(?![\w])|(?:[A-Z]{1,3}|\d{2})[- ]\d{6,8}(?![\w-])")
_US_PASSPORT = lazy(r"\d{9}|[A-Z]\d{8}")
DL_VALUE = lazy(
    r"(?:[A-Z]{2}[ -]?\d{2}[ -]?\d{4}[ ]?\d{7}|\d{5}/\d{2}/\d{4}|\d{2} \d{2} \d{6}|"
    r"[A-Z](?:[ -]?\d){6,14}|[A-Z]{1,3}[- ]?\d[\dA-Z-]{3,17}|\d{3}[ -]\d{3}[ -]\d{3}|\d[\dA-Z-]{4,17})(?![\w])"
)
_STATES = sorted(
    words(
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
        "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
    )
)
# What may stand between a licence label and its number: the issuing state ("IL", "(TX)", "state: FL") or
# the rest of an HTML field ('name="dl" value="'), or a YAML block ("license:\n  state: NY\n  number: ").
_LICENCE_GAP = lazy(
    r"(?:[^<>\n]{0,40}?value=[\"'])?"
    r"(?:[\"']?[ \t]*:?[ \t]*\r?\n"
    r"(?:[ \t]+(?i:state|issuing[_ ]state|issuer|class|expires?|expiry)[ \t]*:[^\n]*\r?\n){0,3}"
    r"[ \t]+(?i:number|no|num|id)[ \t]*:[ \t]*[\"']?)?"
    rf"(?:[ \t:#=\"'-]*\(?(?:{'|'.join(_STATES)})\)?(?![\w-])[ \t:,-]*)?"
    # the issuer in brackets, of any country: "Driver's licence (Ontario) ... A2532-...", "(NZTA) number is"
    r"(?:[ \t]*\([^()\n]{2,30}\)[ \t.…:#=-]*(?:(?i:number|no\.?|num)[ \t.:#]*)?(?:(?i:is)[ \t]+)?)?"
)
# A foreign issuer named next to a passport label: "passport (NL)", "Nationality: Dutch", "issued in Spain".
_FOREIGN_PASSPORT = lazy(
    r"\((?!US\)|USA\))[A-Z]{2,3}\)|nationality[ \t]*:[ \t]*(?!american|us\b|united states)\w"
    r"|issued (?:in|by) (?!the us|usa)",
    re.I,
)


# A passport label that names the US as issuer.
_US_LABEL = lazy(r"(?<![\w.])(?:U\.?S\.?A?\.?|United States|American)[ \t]+(?i:passport)[^\n]{0,24}$")


def _placeholder(value: str) -> bool:
    """A format written out, not a number: "AA0000000", "X00000000" (five digits or more, all one digit)."""
    digits = "".join(c for c in value if c.isdigit())
    return len(digits) >= 5 and len(set(digits)) == 1


# The issuing country's code in parentheses after a passport label.
_ISSUER_CODE = lazy(r"[ \t]*\([A-Z]{2,3}\)")


# A licence label's number word, then the issuing state's code in brackets ("no. (NSW)", "# (TX)").
_LICENCE_ISSUER = lazy(r"(?:[ \t]*(?i:no\.?|nr\.?|num|number|#))?[ \t]*\([A-Z]{2,3}\)")


def passport_after(text: str, end: int, out: Findings) -> None:
    """The passport number after a passport label: US_PASSPORT in the US form unless a foreign issuer is named.

    The number may also come a few words on ("passport (Korea) M12345678", "Passport details - number
    C4X9R2T7L", "Document type: Passport / Document number: 12AB34567"): then the first passport-shaped
    token of the two lines after the label that no other label claims.
    """
    issuer = _ISSUER_CODE.match(text, end)  # "Numer paszportu (PL): ...", "pașaport (RO) 05622022"
    m = (
        value_after(text, end, PASSPORT_VALUE)
        or (value_after(text, issuer.end(), PASSPORT_VALUE) if issuer else None)
        or _passport_in_window(text, end)
        or _block_number(text, end)
    )
    if not m or _placeholder(m.group()):
        return
    if _US_LABEL.search(text, max(0, end - 48), end):
        kind = T.US_PASSPORT  # the label says whose: "US passport number:", "U.S. Passport No."
    else:
        foreign = _FOREIGN_PASSPORT.search(text, max(0, end - 120), m.start()) is not None
        kind = T.PASSPORT if foreign else passport_type(text, m.start(), m.end())
    out.add(kind, m.start(), m.end(), 0.85)


# A YAML block or an indented JSON object the label opens, its number a few fields down ("passport:\n  country:
# AR\n  number: AAG305379", '"passport": {\n    "country": "USA",\n    "number": "..."').
_BLOCK_NUMBER = lazy(
    r"[\"']?[ \t]*:[ \t]*\{?[ \t]*\r?\n(?:[ \t]+[\"']?[\w-]{1,24}[\"']?[ \t]*:[^\n]{0,60}\n){0,3}?"
    r"[ \t]+[\"']?(?i:number|no|num|nr|doc_?number|document_?number|doc_?no)[\"']?[ \t]*:[ \t]*[\"']?"
)


def _block_number(text: str, end: int) -> re.Match[str] | None:
    """The passport number of the YAML block the label at ``end`` opens, in its number field."""
    block = _BLOCK_NUMBER.match(text, end, end + 300)
    return PASSPORT_VALUE.match(text, block.end()) if block else None


# Who issued a passport: a country field near the number ("issuingCountry": "USA", "País de expedición:
# Turkey", "Nationality: Polish") or a country named in its row ("| Japan | JF0678352 |").
_US_NAMES = ("United States of America", "United States", "U.S.A.", "U.S.", "USA", "US", "American")
_COUNTRY_FIELD = lazy(
    r"(?i:issuing[ _]?country|country[ _]?of[ _]?issue|issuing[ _]?state|issued[ _]?(?:by|in)|issuer|nationality|"
    r"citizenship|pa[ií]s[ _]de[ _]expedici[oó]n|pays[ _]de[ _]d[ée]livrance|ausstellungsland|ausstellerstaat|"
    r"paese[ _]di[ _]rilascio|nazionalit[àa]|cittadinanza|nacionalidad|nationalit[ée]|staatsangeh[öo]rigkeit|"
    r"country)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<c>[A-Za-z][A-Za-z .'-]{0,40}?)"
    # (the value ends at a quote, a separator, two spaces, the line's end or the next key of a log line)
    r"(?=[\"',;|}\n\r]|[ \t]{2}|$|[ \t][\w.-]+=)"
)
# What shows a text is about the US: the country's name, an SSN, a state and ZIP code ("San Francisco, CA 94111").
_US_SIGN = lazy(
    r"(?<![\w.])(?:USA|U\.S\.(?:A\.)?|United States|SSN|\d{3}-\d{2}-\d{4}|"
    rf"(?:{'|'.join(_STATES)})[ ]\d{{5}}(?:-\d{{4}})?)(?![\w-])"
)
_US_REACH = 3000


@lru_cache(maxsize=1)
def _us_signs(text: str) -> list[int]:
    """Where the US signs of ``text`` start: one pass per text, not one per passport."""
    return [m.start() for m in _US_SIGN.finditer(text)]


def _us_sign_near(text: str, at: int) -> bool:
    """Whether a US sign stands within ``_US_REACH`` characters of ``at``."""
    starts = _us_signs(text)
    i = bisect_left(starts, at - _US_REACH)
    return i < len(starts) and starts[i] <= at + _US_REACH


_US_VALUE = lazy(
    r"(?i:US|USA|U\.S\.A?\.?|United States(?: of America)?|American|Amerikan\w*|Estados Unidos|[ÉE]tats-Unis)"
)


@cache
def _countries() -> frozenset[str]:
    """The country names of ``data/countries.txt`` (and the United States'), read on the first passport."""
    return frozenset({*data_lines("countries.txt"), "United States", "United States of America"})


# Capitalised words in a row, where a country name may stand ("Sri Lanka", "Bosnia and Herzegovina").
_CAPITALISED = lazy(r"[A-ZÀ-Ý][a-zß-ÿ'’-]+(?:[ ](?:and |the |of )?[A-ZÀ-Ý][a-zß-ÿ'’-]+)*")
# Words one of which a country field's name holds (checked in C before its pattern runs).
_COUNTRY_FIELD_HINTS = (
    "countr",
    "nation",
    "issu",
    "citizen",
    "país",
    "pais",
    "pays",
    "aussteller",
    "staat",
    "paese",
    "cittadin",
    "nacional",
)


def _country_in(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, bool] | None:
    """(distance to [s, e), whether it is the US) of the country name nearest the value in [lo, hi)."""
    names = _countries()
    best: tuple[int, bool] | None = None
    for m in _CAPITALISED.finditer(text, lo, hi):
        words = m.group().split(" ")
        # Every run of the capitalised words that is a country ("Kenya", "United Kingdom", "Sri Lanka").
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                if name in names:
                    far = min(abs(m.start() - e), abs(s - m.end()))
                    if best is None or far < best[0]:
                        best = (far, name.startswith("United States"))
                    break
    return best


# A field on a line of its own: a YAML key ("passport_country: GB") or a form's label of a few words
# ("Country of citizenship: Honduras", "No. de pasaporte: ..."; accuracy17).
_YAML_FIELD = lazy(r"[ \t]*(?:-[ \t]+)?[\w\"'.-]+(?:[ \t][\w\"'.()/-]+){0,4}[ \t]*:[ \t]")


def passport_type(text: str, s: int, e: int) -> T:
    """``US_PASSPORT`` or ``PASSPORT`` for the passport number at [s, e): by the issuing country named nearest
    to it in its line or JSON object, else by its shape (the US issues nine digits or a letter and eight)."""
    nl = text.rfind("\n", max(0, s - 200), s)
    lo = nl + 1 if nl != -1 else max(0, s - 200)
    brace = text.rfind("{", max(0, s - 200), s)
    if brace != -1 and text.find("}", brace, s) == -1:
        lo = min(lo, brace)
    hi = text.find("\n", e, e + 200)
    hi = min(len(text), e + 200) if hi == -1 else hi
    close = text.find("}", e, e + 200)
    if close != -1 and text.find("{", e, close) == -1:
        hi = max(hi, close)
    if _YAML_FIELD.match(text, lo):  # a YAML block's fields stand on the lines around ("passport_country: GB")
        for _ in range(2):
            prev = text.rfind("\n", max(0, lo - 120), max(0, lo - 1))
            if prev == -1 or not _YAML_FIELD.match(text, prev + 1):
                break
            lo = prev + 1
        for _ in range(2):
            nxt = text.find("\n", hi + 1, hi + 120)
            if hi >= len(text) or not _YAML_FIELD.match(text, hi + 1):
                break
            hi = nxt if nxt != -1 else min(len(text), hi + 120)
    best: tuple[int, bool] | None = None
    window = text[lo:hi].lower()
    fields = _COUNTRY_FIELD.finditer(text, lo, hi) if any(h in window for h in _COUNTRY_FIELD_HINTS) else ()
    for m in fields:
        value = m.group("c").strip()
        if not value:
            continue
        far = min(abs(m.start() - e), abs(s - m.end()))
        us = _US_VALUE.fullmatch(value) is not None
        if best is None or far < best[0]:
            best = (far, us)
    if best is None:
        # A country named in the value's row (a table's nationality column): its line, not its JSON object.
        row_lo = max(text.rfind("\n", max(0, s - 120), s) + 1, s - 120)
        row_hi = text.find("\n", e, e + 120)
        best = _country_in(text, row_lo, min(len(text), e + 120) if row_hi == -1 else row_hi, s, e)
    us_shape = _US_PASSPORT.fullmatch(text[s:e]) is not None
    if best is not None and not best[1]:
        return T.PASSPORT
    if best is None and us_shape:
        # Nine digits or a letter and eight are the US's shape and many countries' (Mexico's, Nigeria's,
        # China's): with no country named, the shape says US only in a text that shows the US somewhere near.
        return T.US_PASSPORT if _us_sign_near(text, s) else T.PASSPORT
    return T.US_PASSPORT if us_shape else T.PASSPORT


# A passport-shaped token: 6-9 capitals and digits with at least two digits, not inside a longer token.
# (not a reference's serial with its year or part after a slash: "R9196740/65")
_PASSPORT_TOKEN = lazy(r"(?<![\w-])(?=[A-Z]*\d[A-Z]*\d)[A-Z0-9]{6,9}(?![\w-]|/\d)")
# A reference's label before a token under a passport heading ("PASSPORT CHECK" / "Council ref: K4471902"): the
# token is that reference, not the passport's number.
_REFERENCE_LABEL = lazy(
    r"(?:ref|reference|file|case|claim|ticket|order|invoice)\w*(?:[ \t]*(?:no|nr|number)\.?)?[ \t]*[:=#][ \t]*$", re.I
)


def _passport_in_window(text: str, end: int) -> re.Match[str] | None:
    """The first passport-shaped token within the two lines after a passport label ending at ``end``."""
    hi = _next_line_end(text, end, 100)
    for m in _PASSPORT_TOKEN.finditer(text, end, hi):
        if _DL_OTHER_LABEL.search(text, max(end, m.start() - 20), m.start()):
            continue
        if _REFERENCE_LABEL.search(text, max(end, m.start() - 20), m.start()):
            continue
        if m.group().isdigit() and len(m.group()) in (6, 8):
            continue  # a compact date (20310402) or a short code (ext 123456) more often than a passport
        return m
    return None


def _next_line_end(text: str, end: int, reach: int) -> int:
    """The end of the first non-blank line after the line holding ``end`` (blank lines between a label and its
    value are skipped), at most ``reach`` characters on."""
    limit = min(len(text), end + reach)
    nl = text.find("\n", end, limit)
    if nl == -1:
        return limit
    pos = nl + 1
    while pos < limit and text[pos] in " \t\r\n":
        pos += 1
    stop = text.find("\n", pos, limit)
    return limit if stop == -1 else stop


def licence_after(text: str, end: int, out: Findings, direct: bool = True) -> None:
    """The driver's licence number after a licence label, past the issuing state when one is named.

    When the number does not follow the label directly ("Driver licence, New Jersey, A1234 56789 01234",
    ``{"driver_license": {"state": "NY", "number": "..."}}``, "ID state: OH  ID number: AB123456"), it is
    looked for a little further on, in the formats of the state named near the label (or, without a state,
    in the formats distinctive enough to stand alone: a letter and 11-14 digits, WA's WDL, the UK's).
    """
    if not direct:  # a label that names other things too ("state_id"): only a number in a state's format
        found = _licence_in_window(text, end)
        if found:
            out.add(T.DRIVER_LICENSE, found[0], found[1], 0.75)
        return
    m = value_after(text, end, DL_VALUE)
    if m is None:  # the issuing state or territory in brackets: "Driver licence no. (NSW): ...", "DL (TX) ..."
        issuer = _LICENCE_ISSUER.match(text, end)
        m = value_after(text, issuer.end(), DL_VALUE) if issuer else None
    g = _LICENCE_GAP.match(text, end)
    if g and g.end() > end:
        alt = value_after(text, g.end(), DL_VALUE, limit=8)
        if alt:
            m = alt
    if m and (count_digits(m.group()) >= 4 or _WDL.fullmatch(m.group())):
        out.add(T.DRIVER_LICENSE, m.start(), m.end(), 0.8)
        return
    field = _LICENCE_FIELDS.match(text, end, end + 300)
    number = _FIELD_NUMBER.match(text, field.end()) if field else None
    if number and count_digits(number.group()) >= 4:
        out.add(T.DRIVER_LICENSE, number.start(), number.end(), 0.8)
        return
    found = _licence_in_window(text, end)
    if found:
        out.add(T.DRIVER_LICENSE, found[0], found[1], 0.75)


# The object a licence label opens, its number a few fields on, whatever the issuer: a JSON object on one line
# or indented ('"licence":{"issuer":"Quebec","number":"..."}'), a YAML block ("licence:\n  country: PL\n
# number: ..."), a log line's fields ("driver_licence province=British Columbia number=...").
_LICENCE_FIELDS = lazy(
    r"[\"']?[ \t]*(?::?[ \t]*\{?[ \t]*(?:\r?\n)?"
    r"(?:[ \t]*[\"']?[\w-]{1,24}[\"']?[ \t]*:[ \t]*(?:\"[^\"\n]{0,60}\"|[^,\n}]{0,60})[ \t]*,?[ \t]*(?:\r?\n)?){0,3}?"
    r"[ \t]*[\"']?|(?:[ \t]+[\w.-]{1,24}=(?:\"[^\"\n]{0,60}\"|[^ \n]{1,40}(?:[ ][A-Z][\w-]*){0,3})){0,3}?[ \t]+)"
    r"(?i:number|no|num|nr|licen[cs]e_?(?:number|no)|dl_?(?:number|no))[\"']?[ \t]*[:=][ \t]*[\"']?"
)
# The number field's value: letters and digits, single spaces, slashes or hyphens between them.
_FIELD_NUMBER = lazy(r"[A-Z0-9](?:[A-Z0-9]|[ /-](?=[A-Z0-9])){4,22}(?![\w/-])")


# Licence number formats of the issuing states (AAMVA-style), and the UK's (surname, birth date, initials).
_DL_FORMATS: dict[str, str] = {
    "CA": r"[A-Z]\d{7}",
    "FL": r"[A-Z]\d{3}[- ]?\d{3}[- ]?\d{2}[- ]?\d{3}[- ]?\d",
    "IL": r"[A-Z]\d{3}[- ]?\d{4}[- ]?\d{4}",
    "TX": r"\d{7,8}",
    "NY": r"\d{3}[- ]?\d{3}[- ]?\d{3}|[A-Z]\d{7}|[A-Z]\d{18}|\d{16}",
    "WA": r"WDL[A-Z0-9]{9}|(?=[A-Z0-9*]{12}(?![\w*]))[A-Z*]{3,7}\d{3}[A-Z0-9*]{2,6}",
    "PA": r"\d{2}[ ]?\d{3}[ ]?\d{3}",
    "MI": r"[A-Z][ ]?\d{3}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}|[A-Z]\d{10}",
    "NJ": r"[A-Z]\d{4}[ ]?\d{5}[ ]?\d{5}",
    "OH": r"[A-Z]{2}\d{6}|\d{8}|[A-Z]\d{4,8}",
    "GA": r"\d{7,9}",
    "AZ": r"[A-Z]\d{8}|\d{9}",
    "MA": r"[A-Z]{1,2}\d{7,8}|\d{9}",
    "CO": r"\d{2}-?\d{3}-?\d{4}|[A-Z]{1,2}\d{3,6}",
    "WI": r"[A-Z]\d{3}-?\d{4}-?\d{4}-?\d{2}",
    "MN": r"[A-Z]\d{12}",
    "VA": r"[A-Z]\d{8,11}|\d{9}",
    "MD": r"[A-Z]-?\d{3}-?\d{3}-?\d{3}-?\d{3}",
    "NC": r"\d{5,12}",
    "IN": r"[A-Z]\d{9}|\d{9,10}",
    "TN": r"\d{7,9}",
    "KY": r"[A-Z]\d{8,9}|\d{9}",
    "MO": r"[A-Z]\d{5,9}|\d{9}",
    "CT": r"\d{9}",
    "NV": r"\d{9,10}|\d{12}|X\d{8}",
    # more states, as their motor vehicle agencies issue them (the formats commonly tabulated from AAMVA's)
    "ID": r"[A-Z]{2}\d{6}[A-Z]|\d{9}",
    "IA": r"\d{3}[A-Z]{2}\d{4}|\d{9}",
    "KS": r"K\d{8}|[A-Z]\d[A-Z]\d[A-Z]|[A-Z]\d{8}|\d{9}",
    "NH": r"\d{2}[A-Z]{3}\d{5}",
    "ND": r"[A-Z]{3}\d{6}|\d{9}",
    "HI": r"H\d{8}|\d{9}",
    "NE": r"[A-Z]\d{6,8}",
    "OK": r"[A-Z]\d{9}|\d{9}",
    "NM": r"\d{8,9}",
    "UT": r"\d{4,10}",
    "OR": r"[A-Z]\d{6}|\d{5,9}",
    "MS": r"\d{9}",
    "WV": r"[A-Z]{1,2}\d{5,6}|\d{7}",
    "MT": r"[A-Z]\d{8}|\d{13,14}|\d{9}",
    "VT": r"\d{8}|\d{7}A",
    "RI": r"V\d{6}|\d{7}",
    "SC": r"\d{5,11}",
    "AL": r"\d{7,8}",
    "LA": r"\d{5,9}",
    "UK": r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}(?:[ ]?\d{2})?",
}
# (DL_VALUE also reads Russia's series and number, "77 12 345678".)
# India's (Sarathi): the state's two letters, the RTO's two digits, the year of issue and a serial of seven
# ("KA02 20110012345", "TN-0719990012345"); Poland's older licences: "04721/09/1142".
_DL_INDIA = r"[A-Z]{2}[ -]?\d{2}[ -]?\d{4}[ ]?\d{7}"
# Without a named state, the formats no other number takes: a letter then 11-14 digits, WA's, the UK's, India's.
_DL_DISTINCT = lazy(
    "(?:"
    + "|".join(_DL_FORMATS[k] for k in ("FL", "IL", "MI", "NJ", "UK"))
    + rf"|WDL[A-Z0-9]{{9}}|{_DL_INDIA})(?![\w-])"
)
# Washington's older licences: "WDL" and nine letters and digits, often only one or two digits among them.
_WDL = lazy(r"WDL[A-Z0-9*]{9}")
_DL_BY_STATE = {k: lazy(f"(?:{p})(?![\\w-])") for k, p in _DL_FORMATS.items()}
_STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY", "united kingdom": "UK", "dvla": "UK",
}  # fmt: skip
# A state named near a licence label: a full name, or a code that cannot be an English word where it stands
# (ID, IN, OR, ME only in parentheses or after "state").
_STATE_NEAR = lazy(
    r"(?i:\b(?P<name>" + "|".join(sorted(_STATE_NAMES, key=len, reverse=True)) + r")\b)"
    r"|(?<![\w-])(?P<code>" + "|".join(c for c in _STATES if c not in ("ID", "IN", "OR", "ME")) + r"|UK|GB)(?![\w-])"
    r"|(?i:state|issuer|issued by)[\"']?[ \t]*[:=(][ \t]*[\"']?(?P<code2>[A-Z]{2})(?![\w-])"
    r"|\((?P<code3>[A-Z]{2})\)"
)
# Where a licence number may start in the window after its label: after a separator, not inside a word.
_DL_TOKEN_START = lazy(r"(?<![\w*-])[A-Z0-9*]")
# A number in the window that another label claims ("DOB 19800203", "exp. 2027...", "zip 60614").
_DL_OTHER_LABEL = lazy(
    r"(?:dob|birth|born|date|exp\w*|issued|iss|phone|tel|mobile|ext|zip|postal|class|height|weight|"
    r"address|addr|home|street|residence|mailing|ship\w*)[\w .]{0,6}"
    r"[\"']?[ \t]*[:=#]?[ \t]*[\"']?$",
    re.I,
)


# What follows a house number: a space and a capitalised word of the street's name.
_HOUSE_NUMBER_AFTER = lazy(r"[ \t]+[A-Z][a-z]+")
_STATE_BEFORE = lazy(r"(?<![A-Za-z])[A-Z]{2}[ \t]$")


#: The answer of ``_licence_in_window`` per window, relative to the label's end (see there).
_LICENCE_OF_WINDOW: dict[tuple[str, int, int], tuple[int, int] | None] = {}


def _licence_in_window(text: str, end: int) -> tuple[int, int] | None:
    """A licence number in the state's format within the two lines after a licence label ending at ``end``."""
    hi = _next_line_end(text, end, 160)
    lo = max(0, end - 40)
    # The answer depends on the text from just before ``lo`` (look-behinds) to a little past ``hi`` (the formats
    # are bounded; a house number's street may follow a run of blanks, read whole) and on the offsets: it is kept
    # per window, as a page of licence labels without a number searched every stretch twenty times (the state
    # names' case-insensitive pattern and the token loop: ~25 s a MiB).
    start = max(0, lo - 6)
    stop = min(len(text), hi + 80)
    while stop < len(text) and text[stop - 1] in " \t":
        stop += 1
    memo = (text[start : min(len(text), stop + 2)], end - start, hi - end)
    if memo in _LICENCE_OF_WINDOW:
        found = _LICENCE_OF_WINDOW[memo]
        return None if found is None else (start + found[0], start + found[1])
    found = _licence_scan(text, end, lo, hi)
    if len(_LICENCE_OF_WINDOW) >= 4096:
        _LICENCE_OF_WINDOW.clear()
    _LICENCE_OF_WINDOW[memo] = None if found is None else (found[0] - start, found[1] - start)
    return found


def _licence_scan(text: str, end: int, lo: int, hi: int) -> tuple[int, int] | None:
    # The first state named in the window with a format is the issuer; the others named there are tried after
    # it, when its format finds nothing: a state's name may be a person's ("Driver: Paul Washington" above
    # "CDL: 85 917 519 (Pennsylvania)").
    patterns: list[re.Pattern[str]] = []
    for sm in _STATE_NEAR.finditer(text, lo, hi):
        name, code = sm.group("name"), sm.group("code") or sm.group("code2") or sm.group("code3")
        state = _STATE_NAMES[name.lower()] if name else "UK" if code == "GB" else code
        if state in _DL_BY_STATE and _DL_BY_STATE[state] not in patterns:
            patterns.append(_DL_BY_STATE[state])
    for pattern in patterns or [_DL_DISTINCT]:
        found = _licence_token(text, end, hi, pattern)
        if found is not None:
            return found
    return None


def _licence_token(text: str, end: int, hi: int, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The first token on [end, hi) in ``pattern``'s licence format that nothing else claims."""
    for tm in _DL_TOKEN_START.finditer(text, end, hi):
        s = tm.start()
        m = pattern.match(text, s)
        if m is None or (count_digits(m.group()) < 3 and not _WDL.fullmatch(m.group())):
            continue
        if _DL_OTHER_LABEL.search(text, max(end, s - 20), s):
            continue
        digits = m.group()
        if digits.isdigit() and (
            _HOUSE_NUMBER_AFTER.match(text, m.end())
            or (len(digits) == 5 and _STATE_BEFORE.search(text, max(0, s - 4), s))
        ):
            continue  # a house number starting an address line ("88123 Oak Ridge Rd") or a ZIP ("NC 27601")
        if (
            len(digits) == 8
            and digits.isdigit()
            and (
                v.calendar_date_ok(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
                or v.calendar_date_ok(int(digits[4:]), int(digits[:2]), int(digits[2:4]))
            )
        ):
            continue
        return s, m.end()
    return None


def scan_number_shapes(text: str, shape: bytes, out: Findings) -> None:
    """SSNs, cards and US-format phones from their shapes (a travel document's numbers: scanners/travel.py)."""
    flat = flatten_separators(shape)
    ssn_phones, cards, bracketed = _dash_groups(flat)
    for s, e in ssn_phones:
        if e - s == 12:
            add_us_phone(text, shape, s, e, out)
            continue
        if text[s + 3] != "-" or text[s + 6] != "-":  # without a label only the dashed form is an SSN
            continue
        if not (free_before(shape, s) and free_after(shape, e)):
            continue
        area, group, serial = text[s : s + 3], text[s + 4 : s + 6], text[s + 7 : e]
        if v.ssn_ok(area, group, serial) and not labelled_as_thing(text, s):
            out.add(T.US_SSN, s, e, 0.9)
    seen: set[int] = set()
    tests = _TestEvidence(text)
    for s in chain(cards, _literal_hits(flat, _S_CARD_RUN)):
        # (a magnetic stripe's track 1, ISO/IEC 7813, opens with its start sentinel and format code: "%B4000...^")
        if s in seen or not (free_before(shape, s) or (s > 1 and text.startswith("%B", s - 2))):
            continue
        seen.add(s)
        cm = _CARD_AT.match(text, s)
        if cm:
            _card(text, shape, s, cm.end(), out, tests)
    for s, e in bracketed:
        add_us_phone(text, shape, s, e, out)


def _dash_groups(flat: bytes) -> tuple[list[tuple[int, int]], list[int], list[tuple[int, int]]]:
    """The spans of ``_S_SSN_PHONE.finditer(flat)``, the starts of ``_S_CARDS_GROUPED.finditer(flat)`` and the spans of
    ``_S_PHONE_PAREN.finditer(flat)``, from one search of the "-0000" their matches hold (``_S_DASH_GROUP``).

    A match of any of them holds its "-0000" at a fixed offset, and the bytes around a "-0000" say which shape it
    ends (at most one: each needs a "-", a digit or a bracket where the others need something else), so the
    positions where a pattern matches are those offsets from the "-0000" found (which cannot overlap one another:
    none is skipped); taken left to right, each after the end of the last one kept, they are what ``finditer``
    gives. The empty group of the alternative that held says which shape it is.
    """
    found: tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]] = ([], [], [])
    ends = [0, 0, 0]
    for hit in _S_DASH_GROUP.finditer(flat):
        kind, before, after = _DASH_SHAPES[hit.lastindex or 0]
        at = hit.start()
        if at - before >= ends[kind]:
            found[kind].append((at - before, at + after))
            ends[kind] = at + after
    ssn_phones, cards, bracketed = found
    return ssn_phones, [s for s, _ in cards], bracketed


# Per alternative of ``_S_DASH_GROUP`` (its group's number): the pattern it ends a match of (an SSN or a phone, a
# card, a phone with its area code in brackets), and where that match starts and ends from its "-0000".
_DASH_SHAPES = ((0, 0, 0), (0, 7, 5), (0, 6, 5), (1, 4, 12), (2, 9, 5), (2, 8, 5))


def _literal_hits(flat: bytes, literal: bytes) -> Iterator[int]:
    """The starts of the non-overlapping occurrences of ``literal`` in ``flat``, left to right (what
    ``finditer`` of the literal as a pattern gives)."""
    i = flat.find(literal)
    while i != -1:
        yield i
        i = flat.find(literal, i + len(literal))


def _card(text: str, shape: bytes, s: int, e: int, out: Findings, tests: _TestEvidence) -> None:
    """A card number at [s, e) if it has a real issuer, length and Luhn digit and is not labelled as an ID."""
    if not free_after(shape, e, b"0Aa_"):
        return
    if e + 1 < len(shape) and shape[e] == ord("-") and shape[e + 1] == ord("0"):
        return
    raw = text[s:e]
    digits = raw.replace(" ", "").replace("-", "")
    if v.card_ok(digits) and not labelled_as_thing(text, s) and not tests.test_card(s, e, digits):
        out.add(T.CREDIT_CARD, s, e, 0.95 if raw != digits else 0.85)


# Payment processors' published test numbers (data/test_cards.txt): no one's card where the text says it tests.
_TEST_CARDS = frozenset(data_lines("test_cards.txt"))
# (a word, not part of a host or mailbox: "jane@example.com" is no test; a snake_case key's first word is one:
# "test_cards:")
_TEST_WORDS = lazy(
    r"(?<![@./\w-])(?:test(?:s|ing|ed)?|sandbox|dummy|demo|samples?|examples?|fixtures?|fake|mock(?:ed)?|staging|"
    r"simulat(?:e|es|ed|ion)|documented|placeholder|qa)(?![^\W_]|-|\.\w|@)",
    re.I,
)
# Any number the text itself calls a test card: "test card 4916...", "sandbox PAN", "use card ... in test mode".
_TEST_CARD_CUE = lazy(
    r"\b(?:test|sandbox|dummy|demo|sample|example|fake|mock)[ \t_-]*(?:credit[ \t_-]*)?(?:card|pan|cc|number)s?\b"
    r"|\b(?:sandbox|test)[ \t_-]*mode\b",
    re.I,
)


# Words whose presence (a substring test in C on a lower-cased slice) lets the patterns above be tried.
_CUE_HINTS = ("test", "sandbox", "dummy", "demo", "sample", "example", "fake", "mock")
# ... and one of the words a cue ends in (a row of e-mail addresses "@example.com" holds a hint but no cue).
_CUE_ENDS = ("card", "pan", "cc", "number", "mode")
_WORD_HINTS = (*_CUE_HINTS, "fixture", "staging", "simulat", "documented", "placeholder", "qa")


class _TestEvidence:
    """Whether a card number is a test value, from the text just around it: a few substring tests in C on a
    lower-cased slice, and a pattern only where one of them holds (a text full of cards costs no pass of its
    own)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def test_card(self, s: int, e: int, digits: str) -> bool:
        """Whether the card number at [s, e) is a test value: any number its line calls a test card, or a
        published test number in a text that speaks of tests, samples or a sandbox nearby."""
        text = self.text
        lo = max(text.rfind("\n", max(0, s - 120), s) + 1, s - 120)
        hi = text.find("\n", e, e + 120)
        hi = min(len(text), e + 120) if hi == -1 else hi
        near = text[lo:hi].lower()
        if any(w in near for w in _CUE_HINTS) and any(w in near for w in _CUE_ENDS) and _TEST_CARD_CUE.search(near):
            return True
        if digits not in _TEST_CARDS:
            return False
        around = text[max(0, s - 400) : e + 200].lower()
        return any(w in around for w in _WORD_HINTS) and _TEST_WORDS.search(around) is not None


def scan_iban(text: str, shape: bytes, out: Findings) -> None:
    """IBANs whose mod-97 checksum and national format hold."""
    for m in _S_IBAN.finditer(shape):
        s = m.start()
        if not free_before(shape, s, b"0Aa-_"):
            continue
        # An IBAN has its country's registered length, so of the candidate and its group-by-group
        # shortenings only the one of that length is checked: one checksum at most per candidate, however
        # long a run of "AA00 AA00 ..." the text holds (it used to be up to eight, each through stdnum).
        length = v.iban_length(text[s : s + 2])
        if length < 15:
            continue
        im = _IBAN.match(text, s)
        if not im:
            continue
        raw = im.group()
        # A greedy match may swallow a following code; shorten group by group to the country's length.
        while len(raw) - raw.count(" ") > length:
            cut = raw.rfind(" ")
            if cut <= 4:
                break
            raw = raw[:cut]
        compact = raw.replace(" ", "")
        if len(compact) == length and v.iban_ok(compact):
            out.add(T.IBAN, s, s + len(raw), 0.95)
        elif len(compact) < length:
            _iban_over_lines(text, s, raw, length - len(compact), out)


# The rest of an IBAN a statement or a PDF conversion broke onto the next line ("DE68 6985 9478\n1143 0822 08").
_IBAN_TAIL = lazy(r"[ \t]*\r?\n[ \t]*([A-Z0-9]{1,4}(?:[ ]?[A-Z0-9]{1,4}){0,7})(?![\w-])")


def _iban_over_lines(text: str, s: int, raw: str, missing: int, out: Findings) -> None:
    """An IBAN whose first line ``raw`` at ``s`` lacks ``missing`` characters that start the next line."""
    tail = _IBAN_TAIL.match(text, s + len(raw))
    if not tail:
        return
    rest = tail.group(1)
    while len(rest) - rest.count(" ") > missing and " " in rest:
        rest = rest[: rest.rfind(" ")]
    if len(rest) - rest.count(" ") == missing and v.iban_ok(raw.replace(" ", "") + rest.replace(" ", "")):
        out.add(T.IBAN, s, tail.start(1) + len(rest), 0.95)
