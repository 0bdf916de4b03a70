"""The detection engine: a few cheap whole-text scans, then validators and context on candidates only.

Speed comes from where the work happens:

* the text is mapped once (in C, ``bytes.translate``) to a *shape* string where every digit is ``0``, every
  capital ``A`` and every small letter ``a``; candidate shapes (``000-00-0000``, ``0000 0000``, ``Aa Aa``...)
  are then found by regexes that start with a literal, which CPython's ``re`` searches at memory speed;
* one Aho-Corasick pass over the lower-cased text finds every context keyword and medical term;
* checksums, phone-number parsing, list look-ups and context windows run only on those candidates.

Patterns, word lists and the automaton are built at import; the per-column CSV patterns are compiled on
first use (and cached by ``re``); libphonenumber and python-stdnum load on the first candidate that needs them.
Inputs above ``_CHUNK`` characters are processed in overlapping chunks so memory stays flat.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

import ahocorasick

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.entity import Entity
from privacykit.domain.detection.wordlists import fold, load

__all__ = ["detect", "detect_large", "detect_stream"]


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


FIRST = load("first_names.txt")
SURNAMES = load("surnames.txt")
COMMON = load("common_words.txt")
DIAGNOSES = load("diagnoses.txt")
MEDICATIONS = load("medications.txt")
ORGS = load("organisations.txt")
EPONYMS = load("eponyms.txt")


def _load_tsv(name: str) -> list[tuple[str, str]]:
    raw = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            kind, _, word = line.partition("\t")
            rows.append((kind, word))
    return rows


# ------------------------------------------------------------------------------------------ shapes
_SHAPE_TABLE = bytes.maketrans(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"0" * 10 + b"A" * 26 + b"a" * 26
)
# Non-ASCII letters keep their letter case in the shape so "José Núñez" still looks like a name.
_NON_ASCII: dict[int, int] = {}
for _cp in range(0xC0, 0x250):
    _ch = chr(_cp)
    if _ch.isalpha():
        _NON_ASCII[_cp] = ord("A") if _ch.isupper() else ord("a")
_NON_ASCII[0x2019] = ord("'")
_NON_ASCII[0x2013] = ord("-")
_NON_ASCII[0x2011] = ord("-")
_NON_ASCII[0xA0] = ord(" ")


def _shape(text: str) -> bytes:
    """One byte per character: digits -> 0, capitals -> A, small letters -> a, other ASCII as is, else '?'."""
    raw = text.encode("ascii") if text.isascii() else text.translate(_NON_ASCII).encode("ascii", "replace")
    return raw.translate(_SHAPE_TABLE)


# ---------------------------------------------------------------------------------------------- names
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LO = "a-zß-öø-ÿĀ-ſ"
# One capitalised name token: Mc/Mac/O'/D' prefixes, hyphens and apostrophes inside (Jean-Luc, O'Brien).
_TOK = rf"(?:Mc|Mac|O['’]|D['’])?[{_UP}][{_LO}]+(?:[-'’][{_UP}]?[{_LO}]+)*"
_CAPS_TOK = rf"[{_UP}]{{2,}}(?:[-'’][{_UP}]+)*"
_PARTICLE = r"(?:van der|van den|van|von|de la|de los|del|de|da|dos|du|di|le|la|bin|binti|ibn|al|el|ben|ter)"
_INITIAL = rf"[{_UP}]\."
_NAME_WORD = rf"(?:{_TOK}|{_INITIAL})"
# A name after a cue: one to four tokens, initials and particles allowed inside; or an all-caps name.
_CUE_NAME = re.compile(
    rf"(?:{_INITIAL}[ \t]*){{0,2}}{_TOK}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,3}}"
    rf"|{_CAPS_TOK}(?:[ \t]+{_CAPS_TOK}){{0,2}}"
)
# Free-text candidate: two to four capitalised tokens in a row (a middle initial allowed).
_SEQ = re.compile(rf"{_TOK}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,3}}(?![\w@-])")
_S_SEQ = re.compile(rb"Aa[Aa'-]*[ \t]+A")
_TOKEN_SPLIT = re.compile(rf"{_TOK}|{_INITIAL}|{_CAPS_TOK}")
_LASTFIRST = re.compile(rf"({_TOK}|{_CAPS_TOK}),[ \t]*({_TOK}|{_CAPS_TOK})(?: {_NAME_WORD})?")

_STREET_SUFFIX = _words(
    "street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter circle "
    "cir parkway pkwy highway hwy square sq trail trl crescent close row plaza loop alley pike"
)
_ORG_SUFFIX = _words(
    "inc llc ltd corp corporation co company group holdings partners associates bank foundation university "
    "college hospital clinic center centre institute school library bridge airport station "
    "building tower memorial stadium capital securities insurance motors industries brothers sons "
    "pharmacy pharmaceuticals labs laboratories medical health healthcare systems solutions technologies "
    "consulting services international global trust fund county city state river lake mountain island "
    "award prize lecture fellowship scholarship act syndrome disease lymphoma palsy sign test score scale "
    "procedure maneuver manoeuvre reflex ward wing unit street avenue road boulevard lane drive"
)
_DISEASE_AFTER = re.compile(
    r"['’]?s?\s+(?:disease|syndrome|lymphoma|palsy|phenomenon|sarcoma|tumou?r|thyroiditis|disorder|chorea|ulcer|"
    r"sign|test|score|scale|procedure|maneuver|reflex|law|principle|equation|theorem|effect)\b",
    re.I,
)
_GREETING_STOP = COMMON | _words(
    "all team everyone everybody folks guys there sir madam customer colleagues friends both you again world "
    "support sales admin y'all gang crew people ladies gentlemen"
)


# ------------------------------------------------------------------------------ shape-led candidates
# Each pattern starts with a literal so the scan over the shape string runs at memory speed.
# Number shapes are searched in a second shape string where " ", "." and "-" are all "-": one literal
# search then covers "212-555-0142", "212.555.0142" and "212 555 0142" (the text decides afterwards).
_SEP_TABLE = bytes.maketrans(b" .", b"--")
# SSN (3-2-4) and phone (3-3-4) shapes share their literal start, so one scan finds both.
_S_SSN_PHONE = re.compile(rb"000-(?:00-0000|000-0000)")
# Card shapes: grouped 4-4-4-4(-3), Amex/Diners 4-6-5 / 4-6-4, or 12+ digits in a row (extended after the hit).
_S_CARDS = tuple(re.compile(p) for p in (rb"0000-(?:0000-0000-0|000000-0000)", rb"000000000000"))
_CARD_AT = re.compile(
    r"\d{4}(?:(?P<sep>[ -])\d{4}(?P=sep)\d{4}(?P=sep)\d{1,4}(?:(?P=sep)\d{3})?|[ -]\d{6}[ -]\d{4,5}|\d{8,15})"
)
_S_PHONE_PAREN = re.compile(rb"\(000\)-?000-0000")
_PHONE_SEPS = re.compile(r"\d{3}(?P<sep>[ .-])\d{3}(?P=sep)\d{4}|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}")
_S_PLUS = re.compile(rb"\+0")
_S_ADDR = re.compile(rb"0A? (?:A\.? )?(?:Aa+|0+aa),? (?:Aa+ ){0,3}Aa")
_S_IBAN = re.compile(rb"AA00[ ]?[A0]{4}")
_IPV4_TAIL = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_IPV4 = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}")
_IPV6_HINT = re.compile(r":[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:")
_IPV6 = re.compile(
    r"(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
    r"|(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?"
    r"(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?"
)
_HEXCOLON = frozenset("0123456789abcdefABCDEF:")
_ADDR_TAIL = (
    r"[ \t]*(?:,|\r?\n)[ \t]*(?:[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3}),?[ \t]*"
    r"(?:(?:[A-Z]{2}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\.?,?[ \t]+\d{5}(?:-\d{4})?"  # US: City, ST 12345
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"  # UK postcode
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canada
    r"|\d{4,6})"  # elsewhere: City 75008, Singapore 079903
)
_ADDR = re.compile(
    r"\d{1,6}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\d+(?:st|nd|rd|th)|[A-Z][A-Za-z'.-]+)"
    r"(?:(?:[ \t]+[A-Z][A-Za-z'.-]+){0,3}[ \t]+"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close|Row|Plaza|Loop|Pike|Gardens|Mews)"
    r"\b\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?"
    r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|#)\.?[ \t]*#?[ \t]*[\w-]{1,6})?"
    rf"(?P<tail>{_ADDR_TAIL})?"
    # Streets named without a suffix ("96 Deansgate") count only with a city and postcode after them.
    rf"|(?:[ \t]+[A-Z][A-Za-z'.-]+){{0,2}}(?P<tail2>{_ADDR_TAIL}))"
)
_PO_BOX = re.compile(
    r"\bP\.?[ ]?O\.?[ ]Box[ \t]+\d{1,6}(?:[ \t]*(?:,|\r?\n)[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3},?"
    r"[ \t]*[A-Z]{2}\.?[ \t]+\d{5}(?:-\d{4})?)?"
)
_INTL_PHONE = re.compile(r"\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\w])")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._%+'-]{1,64}$")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![\w-])")
_FILE_TLDS = _words("png jpg jpeg gif svg webp bmp ico pdf txt js css map json xml html")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\w-])")

# Words just before a number that say it identifies a thing, not a person.
_NEG_BEFORE = re.compile(
    r"\b(?:order|tracking|track|invoice|sku|part|serial|build|version|ver|v|release|rev|firmware|ref|reference|"
    r"confirmation|conf|txn|transaction|shipment|awb|isbn|upc|ean|gtin|imei|ticket|case|job|batch|lot|model|"
    r"po|item|product|request|req|trace|span|ts|timestamp|epoch|id|uuid|pid|port)"
    r"\s*(?:no\.?|num|number|#|id)?\s*[:=#]?\s*[\"']?\s*$",
    re.I,
)
_VERSION_BEFORE = re.compile(r"\b(?:v|version|ver\.?|build|release|firmware|fw|rev|oid)[\"']?[\s:=]*[\"']?$", re.I)

# ------------------------------------------------------------------------------ context-led values
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = re.compile(
    rf"(?P<iso>(?P<y1>(?:18|19|20)\d\d)[-/.](?P<m1>\d{{1,2}})[-/.](?P<d1>\d{{1,2}}))(?![\d])"
    rf"|(?P<num>(?P<a2>\d{{1,2}})[-/.](?P<b2>\d{{1,2}})[-/.](?P<y2>(?:18|19|20)\d\d|\d\d))(?![\d/.-]\d)"
    rf"|(?P<dmy>(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:[ -]|\s+of\s+)(?P<m3>{_MON})\.?[-, ]*(?P<y3>(?:18|19|20)\d\d))"
    rf"|(?P<mdy>(?P<m4>{_MON})\.?[ -](?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?[ -](?P<y4>(?:18|19|20)\d\d))"
    rf"|(?P<compact>(?P<y5>(?:18|19|20)\d\d)(?P<m5>[01]\d)(?P<d5>[0-3]\d))(?!\d)",
    re.I,
)
_GAP_PIECE = r"[\s\"':=#>|,(\[\-]|</?[A-Za-z][^<>\"\n]{0,60}>?"
_VALUE_GAP = re.compile(
    rf"(?:{_GAP_PIECE})*(?:(?:is|was|on|of|no\.?|number|num|nbr|id|value|\(?(?:mm|dd|yyyy)[/-](?:mm|dd)[/-]yyyy\)?)"
    rf"(?![a-z])(?:{_GAP_PIECE}|\.)*)*",
    re.I,
)
_MRN_VALUE = re.compile(r"(?:[A-Z]{1,4}[- ]?)?\d[\d-]{3,14}[A-Z0-9]?(?![\w])")
_PASSPORT_VALUE = re.compile(r"(?:[A-Z]{1,2}\d{6,9}|\d{9})(?![\w])")
_DL_VALUE = re.compile(r"(?:[A-Z]{1,3}[- ]?\d[\dA-Z-]{3,17}|\d{3}[ -]\d{3}[ -]\d{3}|\d[\dA-Z-]{4,17})(?![\w])")
_SSN_VALUE = re.compile(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?![\w])")
_PHONE_VALUE = re.compile(r"\+?\(?\d[\d ().-]{5,18}\d(?![\w])")
_PHONE_REGIONS = ("US", "GB", "IN", "CA", "AU", "DE", "FR", "ES", "IT", "NL", "IE", "MX", "BR", "NG", "ZA", "PH")

_RECORD_CUES = re.compile(
    r"patient\s*(?:name)?\s*:|\bpt\s*:|chief complaint|history of present illness|\bhpi\b|discharge|admitted|"
    r"admission|assessment and plan|\ba/p\b|\brx\s*:|\bsig\s*:|\bdx\s*:|\bmy (?:son|daughter|wife|husband|mother|"
    r"father|mom|dad|brother|sister|partner|child|kid|baby|grandma|grandpa)\b|"
    r"\bi (?:was|have been|'ve been|am|got) diagnosed|"
    r"\b(?:he|she) (?:was|is|has been) (?:diagnosed|started|prescribed|admitted|taking|on)\b|"
    r"\bi(?:'m| am) (?:on|taking)\b|\bmy (?:doctor|diagnosis|meds|medication|prescription)\b|"
    r"was (?:started|prescribed|placed) on|\bmrn\b|date of birth|\bdob\b|\b(?:we|i|was|were) diagnosed\b|"
    r"\bstarted (?:her|him|them) on\b|\b(?:her|his) (?:a1c|bp|blood pressure|labs?|symptoms|pain|diagnosis|"
    r"medications?|meds|doctor|condition)\b|\b(?:the |this )?(?:patient|pt\.?) (?:is|was|has|had|presents|presented|"
    r"reports|reported|denies|denied|states|stated|complains|returns|returned)\b|\b\d{1,3}[- ]?(?:y/?o|year[- ]old)\b|"
    r"\b(?:he|she) (?:reports|denies|presents|states|complains)\b",
    re.I,
)
# Condition names by their medical word-formation (-itis, -osis, -oma, ... "X syndrome"), used only in text
# already known to be about a patient, so the dictionary need not list every condition.
_DX_MORPH = re.compile(
    r"\b(?:[a-z]+(?:ic|al|ive|ary|ous|ed|'s) )?[a-z]{3,}(?:itis|osis|oma|emia|aemia|pathy|plasia|algia|trophy)\b"
    r"|\b[a-z]+(?:ic|al|ive|ary|ous|'s) (?:syndrome|disease|disorder|insufficiency|deficiency)\b"
)
_DX_NOT = _words(
    "diagnosis prognosis diploma aroma academia empathy sympathy telepathy nostalgia osmosis symbiosis hypnosis "
    "stoma soma coma trauma"
)
_IDENTIFYING = frozenset(
    {T.PERSON, T.MEDICAL_RECORD_NUMBER, T.DATE_OF_BIRTH, T.US_SSN, T.EMAIL, T.PHONE, T.ADDRESS}
    | {T.US_PASSPORT, T.DRIVER_LICENSE}
)

# --------------------------------------------------------------------- Aho-Corasick keyword automaton
# (keyword, kind) pairs; one keyword may have several kinds ("dr." is a title and a medical hint).
_KEYWORDS: list[tuple[str, str]] = sorted(
    {(w, k) for k, w in _load_tsv("keywords.tsv")}
    | {(w, "diag") for w in DIAGNOSES}
    | {(w, "med") for w in MEDICATIONS - DIAGNOSES}
)
# Short keys ("hi", "ms", "no") occur inside countless words ("this", "36ms", "notifier"); registering them
# only between boundary characters keeps the automaton from reporting those hits at all.
_LEFT = " \n\t\"'([{<>,;/|="
_RIGHT = " \n\t\r\"'.,;:!?#=)]}<>-/&"
# Several keywords can share one automaton string ("\nmr#" is both the title "Mr" and "MR#"), so each
# string maps to all of its (trailing characters, kind, keyword) entries.
_AC_ENTRIES: dict[str, list[tuple[int, str, str]]] = {}
for _k, _kind in _KEYWORDS:
    if len(_k) <= 3 and _k.isalpha():
        for _p in _LEFT:
            for _q in _RIGHT:
                _AC_ENTRIES.setdefault(_p + _k + _q, []).append((1, _kind, _k))
    elif len(_k) <= 3 and _k[0].isalnum():
        for _p in _LEFT:
            _AC_ENTRIES.setdefault(_p + _k, []).append((0, _kind, _k))
    else:
        _AC_ENTRIES.setdefault(_k, []).append((0, _kind, _k))
_AC = ahocorasick.Automaton()
for _k, _entries in _AC_ENTRIES.items():
    _AC.add_word(_k, tuple(_entries))
_AC.make_automaton()

_STRONG_LABELS = _words(
    "patient pt attending provider physician pcp guarantor cardholder insured subscriber surgeon "
    "anesthesiologist therapist counselor beneficiary policyholder borrower co-borrower witness"
) | {
    "patient name", "pt name", "attending physician", "signed by", "electronically signed by",
    "referring physician", "emergency contact", "next of kin", "account holder", "dictated by", "prepared by",
    "full name", "legal name", "resident physician", "pcp name", "name on card", "cardholder name",
    "beneficiary name", "policy holder", "primary care", "approved by", "reported by", "submitted by",
}  # fmt: skip
_MED_DOSE_AFTER = re.compile(
    r"\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?|iu|%)\b|(?:tab|cap|tablet|capsule|er|xr|sr|hcl)\b)", re.I
)

# -------------------------------------------------------------------------------------- CSV, HL7
_HEADER_KIND: dict[str, T] = {w: T(k) for k, w in _load_tsv("csv_headers.tsv")}
_HEADER_FIELD = re.compile(r"\s*\"?[A-Za-z_][\w .#/()-]{0,40}\"?\s*")
_EMPTY_VALUES = _words("n/a na null none - -- unknown nan redacted *** undefined")

_HL7_SEG = re.compile(r"(?:^|(?<=[\r\n]))(PID|NK1|GT1|IN1|PV1|DG1|RXE|RXO|RXA|RXD|ORC|OBR)\|([^\r\n]*)")
# (segment, field index) -> what the field holds (HL7 v2 data types XPN, XCN, XAD, XTN, CWE).
_HL7_FIELDS: dict[tuple[str, int], str] = {
    ("PID", 3): "mrn", ("PID", 5): "xpn", ("PID", 6): "xpn", ("PID", 7): "dob", ("PID", 11): "xad",
    ("PID", 13): "xtn", ("PID", 14): "xtn", ("PID", 19): "ssn", ("PID", 20): "dl",
    ("NK1", 2): "xpn", ("NK1", 4): "xad", ("NK1", 5): "xtn", ("NK1", 6): "xtn",
    ("GT1", 3): "xpn", ("GT1", 5): "xad", ("GT1", 6): "xtn", ("GT1", 8): "dob", ("GT1", 12): "ssn",
    ("IN1", 16): "xpn", ("IN1", 18): "dob", ("IN1", 19): "xad",
    ("PV1", 7): "xcn", ("PV1", 8): "xcn", ("PV1", 9): "xcn", ("PV1", 17): "xcn",
    ("ORC", 12): "xcn", ("OBR", 16): "xcn",
    ("DG1", 3): "cwe", ("DG1", 4): "text", ("RXE", 2): "cwe", ("RXO", 1): "cwe", ("RXA", 5): "cwe",
    ("RXD", 2): "cwe",
}  # fmt: skip


class _F(NamedTuple):
    """A finding inside the engine: a plain tuple, so sorting and de-duplication stay in C on dense inputs."""

    start: int
    end: int
    type: T
    score: float


@dataclass
class _Found:
    """Findings of one pass; medical terms are kept apart until the document is known to be about someone."""

    items: list[_F] = field(default_factory=list)
    medical: list[_F] = field(default_factory=list)
    medical_hints: list[int] = field(default_factory=list)  # where words like "patient" or "diagnosed" occur

    def add(self, t: T, start: int, end: int, score: float) -> None:
        if end > start:
            self.items.append(_F(start, end, t, score))


def _digits(s: str) -> int:
    return sum(1 for c in s if c.isdigit())


def _ctx(text: str, start: int, width: int = 32) -> str:
    return text[max(0, start - width) : start]


def _free_before(shape: bytes, i: int, bad: bytes = b"0Aa.+/-_") -> bool:
    """True when the character before position ``i`` does not continue a token."""
    return i == 0 or shape[i - 1] not in bad


def _free_after(shape: bytes, i: int, bad: bytes = b"0Aa-_") -> bool:
    return i >= len(shape) or shape[i] not in bad


# ============================================================================================ passes
_EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+'-]{1,64}@(?=[A-Za-z0-9])")


def _email_candidates(text: str) -> Iterator[tuple[int, int]]:
    """(start of local part, position of '@') for every '@' with a plausible local part before it."""
    if text.count("@", 0, 200_000) > 400:
        # Dense (an export full of addresses): one regex pass beats a look-back per '@'.
        for m in _EMAIL_FULL.finditer(text):
            yield m.start(), m.end() - 1
        return
    find = text.find
    i = find("@")
    while i != -1:
        m_local = _EMAIL_LOCAL.search(text, max(0, i - 64), i)
        if m_local:
            yield m_local.start(), i
        i = find("@", i + 1)


def _scan_email(text: str, out: _Found) -> None:
    for start, i in _email_candidates(text):
        m_dom = _EMAIL_DOMAIN.match(text, i + 1)
        if not m_dom:
            continue
        while start < i and text[start] in "._%+-'":  # a local part cannot start with punctuation
            start += 1
        end = m_dom.end()
        local = text[start:i]
        tld = text[text.rfind(".", i, end) + 1 : end].lower()
        nxt = text[end + 1 : end + 2]
        # git@host:org/repo and other scp-style targets are repository addresses, not mailboxes.
        scp = text[end : end + 1] == ":" and nxt not in ("", " ", "\n", "\t", "\r")
        if local and local[-1] != "." and tld not in _FILE_TLDS and not scp and local.lower() != "git":
            out.add(T.EMAIL, start, end, 0.95)


def _scan_numbers(text: str, shape: bytes, out: _Found) -> None:
    """SSNs, cards and US-format phones from their shapes."""
    flat = shape.translate(_SEP_TABLE)
    for m in _S_SSN_PHONE.finditer(flat):
        s, e = m.span()
        if e - s == 12:
            if _PHONE_SEPS.fullmatch(text, s, e):
                _phone(text, shape, s, e, out)
            continue
        if text[s + 3] != "-" or text[s + 6] != "-":  # without a label only the dashed form is an SSN
            continue
        if not (_free_before(shape, s) and _free_after(shape, e)):
            continue
        if v.ssn_ok(text[s : s + 3], text[s + 4 : s + 6], text[s + 7 : e]) and not _NEG_BEFORE.search(_ctx(text, s)):
            out.add(T.US_SSN, s, e, 0.9)
    seen: set[int] = set()
    for pat in _S_CARDS:
        for hit in pat.finditer(flat):
            s = hit.start()
            if s in seen or not _free_before(shape, s):
                continue
            seen.add(s)
            cm = _CARD_AT.match(text, s)
            if cm:
                _card(text, shape, s, cm.end(), out)
    for m in _S_PHONE_PAREN.finditer(flat):
        if _PHONE_SEPS.fullmatch(text, m.start(), m.end()):
            _phone(text, shape, m.start(), m.end(), out)


def _card(text: str, shape: bytes, s: int, e: int, out: _Found) -> None:
    """A card number at [s, e) if it has a real issuer, length and Luhn digit and is not labelled as an ID."""
    if not _free_after(shape, e, b"0Aa_"):
        return
    if e + 1 < len(shape) and shape[e] == ord("-") and shape[e + 1] == ord("0"):
        return
    raw = text[s:e]
    digits = raw.replace(" ", "").replace("-", "")
    if v.card_ok(digits) and not _NEG_BEFORE.search(_ctx(text, s)):
        out.add(T.CREDIT_CARD, s, e, 0.95 if raw != digits else 0.85)


_COUNTRY_CODE_BEFORE = re.compile(r"(?:\+?1[ .-]?)$")


def _phone(text: str, shape: bytes, s: int, e: int, out: _Found) -> None:
    """A US-shaped phone number at [s, e), with an optional +1 in front, if libphonenumber accepts it."""
    if not (_free_before(shape, s, b"0Aa./_") and _free_after(shape, e)):
        return
    if e + 1 < len(shape) and shape[e] == ord(".") and shape[e + 1] == ord("0"):
        return
    pre = _COUNTRY_CODE_BEFORE.search(text, max(0, s - 3), s)
    if pre and (pre.start() == 0 or not text[pre.start() - 1].isalnum()):
        s = pre.start()
    if not _NEG_BEFORE.search(_ctx(text, s)) and v.phone_ok(text[s:e]):
        out.add(T.PHONE, s, e, 0.85)


def _scan_ipv4(text: str, shape: bytes, out: _Found) -> None:
    if "." in text:
        for m in _IPV4_TAIL.finditer(text):
            s = m.start()
            while s > 0 and s > m.start() - 3 and text[s - 1].isdigit():
                s -= 1
            if s == m.start() or not _free_before(shape, s, b"0Aa._-"):
                continue
            full = _IPV4.match(text, s)
            if not full or full.end() != m.end():
                continue
            e = m.end()
            if e < len(text) and (text[e].isalnum() or (text[e] == "." and text[e + 1 : e + 2].isdigit())):
                continue
            if v.ipv4_ok(text[s:e]) and not _VERSION_BEFORE.search(_ctx(text, s, 12)):
                out.add(T.IP_ADDRESS, s, e, 0.9)


def _scan_misc(text: str, shape: bytes, out: _Found) -> None:
    """International phones, IPv6, IBAN, street addresses and PO boxes."""
    if "+" in text:
        for m in _S_PLUS.finditer(shape):
            s = m.start()
            if not _free_before(shape, s, b"0Aa+"):
                continue
            pm = _INTL_PHONE.match(text, s)
            if pm and 8 <= _digits(pm.group()) <= 15 and v.phone_ok(pm.group()):
                out.add(T.PHONE, s, pm.end(), 0.85)
    if ":" in text:
        starts: set[int] = set()
        i = text.find("::")
        while i != -1:
            s = i
            while s > 0 and text[s - 1] in _HEXCOLON and i - s < 40:
                s -= 1
            starts.add(s)
            i = text.find("::", i + 2)
        for hint in _IPV6_HINT.finditer(text):
            s = hint.start()
            while s > 0 and text[s - 1] in _HEXCOLON and hint.start() - s < 40:
                s -= 1
            starts.add(s)
        for s in sorted(starts):
            for k in range(s, min(s + 6, len(text))):  # the back-scan may have started inside a longer token
                if k > 0 and (text[k - 1].isalnum() or text[k - 1] in ":."):
                    continue
                m6 = _IPV6.match(text, k)
                if not m6 or m6.end() - k < 3:
                    continue
                e = m6.end()
                if e < len(text) and (text[e].isalnum() or text[e] in ":"):
                    continue
                if v.ipv6_ok(m6.group()):
                    out.add(T.IP_ADDRESS, k, e, 0.9)
                break
    for m in _S_IBAN.finditer(shape):
        s = m.start()
        if not _free_before(shape, s, b"0Aa-_"):
            continue
        im = _IBAN.match(text, s)
        if not im:
            continue
        raw = im.group()
        # A greedy match may swallow a following code; shorten group by group until the checksum holds.
        while len(raw.replace(" ", "")) >= 15:
            if v.iban_ok(raw.replace(" ", "")):
                out.add(T.IBAN, s, s + len(raw), 0.95)
                break
            cut = raw.rfind(" ")
            if cut <= 4:
                break
            raw = raw[:cut]
    for m in _S_ADDR.finditer(shape):
        s = m.start()
        while s > 0 and shape[s - 1] == 48 and m.start() - s < 6:
            s -= 1
        if not _free_before(shape, s, b"0Aa.-_/:"):
            continue
        am = _ADDR.match(text, s)
        if am:
            street_only = am.group("tail") is None and am.group("tail2") is None
            out.add(T.ADDRESS, s, am.end(), 0.7 if street_only else 0.85)
    if "Box" in text:
        for box in _PO_BOX.finditer(text):
            out.add(T.ADDRESS, box.start(), box.end(), 0.8 if box.end() - box.start() > 14 else 0.6)


def _value_after(text: str, pos: int, pattern: re.Pattern[str], limit: int = 30) -> re.Match[str] | None:
    gap = _VALUE_GAP.match(text, pos, pos + limit)
    at = gap.end() if gap else pos
    if text.count("\n", pos, at) > 1:
        return None
    return pattern.match(text, at)


def _date_match(text: str, pos: int, exact: bool = False) -> tuple[int, int] | None:
    """The first real calendar date starting right after ``pos`` (past a short label gap)."""
    if exact:
        at = pos
    else:
        gap = _VALUE_GAP.match(text, pos, pos + 40)
        at = gap.end() if gap else pos
    m = _DATE.match(text, at)
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["iso"]:
            y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
        elif g["num"]:
            a, b, ys = int(g["a2"]), int(g["b2"]), g["y2"]
            y = int(ys) if len(ys) == 4 else (1900 + int(ys) if int(ys) > 25 else 2000 + int(ys))
            mo, d = (a, b) if a <= 12 else (b, a)
        elif g["dmy"]:
            y, mo, d = int(g["y3"]), _MONTHS[g["m3"].lower().rstrip(".")], int(g["d3"])
        elif g["mdy"]:
            y, mo, d = int(g["y4"]), _MONTHS[g["m4"].lower().rstrip(".")], int(g["d4"])
        else:
            y, mo, d = int(g["y5"]), int(g["m5"]), int(g["d5"])
    except (KeyError, ValueError):
        return None
    if not v.calendar_date_ok(y, mo, d):
        return None
    return m.start(), m.end()


def _boundary_ok(low: str, start: int, end: int, key: str) -> bool:
    if key[0].isalnum() and start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
        return False
    return not (key[-1].isalnum() and end < len(low) and (low[end].isalnum() or low[end] == "_"))


def _name_tokens(span: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT.findall(span) if len(t) > 1 and not t.endswith(".")]


def _looks_like_person(tokens: list[str], strong: bool) -> bool:
    """Whether capitalised tokens name a person; after a strong cue any non-vocabulary tokens do."""
    if not tokens:
        return False
    folded = [fold(t) for t in tokens]
    listed = any(f in SURNAMES or _is_given(f) for f in folded)
    if all(f in COMMON and f not in FIRST for f in folded) and not (strong and listed):
        return False
    if any(f in _STREET_SUFFIX or f in _ORG_SUFFIX for f in folded[1:]):
        return False
    if " ".join(folded) in ORGS:
        return False
    if strong:
        return True
    return any(f in FIRST or f in SURNAMES for f in folded)


def _trim_name(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop trailing vocabulary words a greedy name match took in ("John Smith Called")."""
    toks = list(_TOKEN_SPLIT.finditer(text, s, e))
    while toks and fold(toks[-1].group()) in COMMON and fold(toks[-1].group()) not in SURNAMES:
        toks.pop()
    if not toks:
        return s, s
    return toks[0].start(), toks[-1].end()


def _scan_keywords(text: str, low: str, out: _Found) -> None:
    """Act on every keyword the automaton found: context-led values, name cues, medical terms."""
    # The automaton runs over "\n" + low so a short key at the very start still has a boundary before it.
    for end_idx, entries in _AC.iter("\n" + low):
        for trailing, kind, key in entries:
            end = end_idx - trailing  # a short key may be registered with one boundary character after it
            start = end - len(key)
            if kind == "medhint":  # word stems ("diagnos", "prescri"): no boundary after them
                out.medical_hints.append(start)
            elif _boundary_ok(low, start, end, key):
                _keyword_hit(text, start, end, kind, key, out)


def _keyword_hit(text: str, start: int, end: int, kind: str, key: str, out: _Found) -> None:
    """Act on one keyword: read the value it labels, or the name it introduces, or keep a medical term."""
    if kind == "med":
        # "lithium battery" is not a prescription; a dose or drug form after the name makes it surer.
        score = 0.9 if _MED_DOSE_AFTER.match(text, end) else 0.75
        out.medical.append(_F(start, end, T.MEDICATION, score))
    elif kind == "diag":
        out.medical.append(_F(start, end, T.DIAGNOSIS, 0.8))
    elif kind == "dob":
        span = _date_match(text, end)
        if span:
            out.add(T.DATE_OF_BIRTH, span[0], span[1], 0.9)
    elif kind == "mrn":
        m = _value_after(text, end, _MRN_VALUE)
        if m and _digits(m.group()) >= 4:
            out.add(T.MEDICAL_RECORD_NUMBER, m.start(), m.end(), 0.85)
    elif kind == "passport":
        m = _value_after(text, end, _PASSPORT_VALUE)
        if m:
            out.add(T.US_PASSPORT, m.start(), m.end(), 0.85)
    elif kind == "dl":
        m = _value_after(text, end, _DL_VALUE)
        if m and _digits(m.group()) >= 4:
            out.add(T.DRIVER_LICENSE, m.start(), m.end(), 0.8)
    elif kind == "ssn":
        m = _value_after(text, end, _SSN_VALUE)
        if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
            out.add(T.US_SSN, m.start(), m.end(), 0.9)
    elif kind == "phone":
        m = _value_after(text, end, _PHONE_VALUE)
        if m and 7 <= _digits(m.group()) <= 15:
            raw = m.group()
            if any(v.phone_ok(raw, r) for r in _PHONE_REGIONS):
                out.add(T.PHONE, m.start(), m.end(), 0.8)
    else:
        _name_after_cue(text, start, end, kind, key, out)


_CUE_GAP = re.compile(r"[ \t]*(?:[:=][ \t]*)?\[?[ \t]*[\"']?[ \t]*")
_GREET_GAP = re.compile(r"[ \t]*,?[ \t]*")
_SIGN_GAP = re.compile(r"[ \t]*(?:\r?\n[ \t]*|</?[A-Za-z][^<>\n]{0,30}>[ \t]*)+")
_TITLE_AFTER_GREET = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mx)\.?[ \t]+")
_CLOSES_GREETING = re.compile(r"[ \t]*(?:[,!.:;\n\r-]|$)")
_CLOSES_LINE = re.compile(r"[ \t]*(?:\r?\n|$|,|<|\|)")


def _name_after_cue(text: str, start: int, end: int, kind: str, key: str, out: _Found) -> None:
    strong = True
    if kind == "title":
        if not text[start].isupper() or (key[-1] != "." and text[end : end + 1] not in (" ", "\t", ".")):
            return
        pos = end + (1 if text[end : end + 1] == "." else 0)
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        m = _CUE_NAME.match(text, pos)
        strong = True  # a capitalised honorific ("Officer Haile", "Dr Okafor") introduces a name
    elif kind == "sign":
        g = _SIGN_GAP.match(text, end)
        if not g:
            return
        m = _CUE_NAME.match(text, g.end())
        if m and not _CLOSES_LINE.match(text, m.end()):
            m = None
    elif kind == "intro":
        # "my name is Oluwaseun" names its speaker whatever the origin; "this is"/"I'm" need a list hit.
        g = _GREET_GAP.match(text, end)
        pos = g.end() if g else end
        t = _TITLE_AFTER_GREET.match(text, pos)
        m = _CUE_NAME.match(text, t.end() if t else pos)
        if m and fold(m.group().split()[0]) in _GREETING_STOP:
            return
        strong = key.startswith("my name") or t is not None
    elif kind == "relation":
        # "his wife, Lakshmi," / "my colleague Tomasz": a listed given name right after a relation word.
        g = _GREET_GAP.match(text, end)
        m = _CUE_NAME.match(text, g.end() if g else end)
        strong = False
    elif kind == "greet":
        g = _GREET_GAP.match(text, end)
        pos = g.end() if g else end
        t = _TITLE_AFTER_GREET.match(text, pos)
        if t:
            pos = t.end()
        m = _CUE_NAME.match(text, pos)
        if m and fold(m.group().split()[0]) in _GREETING_STOP:
            return
        # "Hello World Cup fans" is not a salutation; without closing punctuation demand a name-list hit.
        strong = bool(m and _CLOSES_GREETING.match(text, m.end()))
    else:  # label / strongkey / namekey
        label = key.strip("\"':= \t")
        g = _CUE_GAP.match(text, end)
        pos = g.end() if g else end
        lf = _LASTFIRST.match(text, pos)
        if lf and (kind == "strongkey" or label in _STRONG_LABELS or label == "name"):
            out.add(T.PERSON, lf.start(), lf.end(), 0.8)
            return
        m = _CUE_NAME.match(text, pos)
        strong = kind == "strongkey" or label in _STRONG_LABELS
        if label in ("from", "to", "cc") and m and text[m.end() : m.end() + 3].lstrip(" \t")[:1] == "<":
            strong = True
    if not m:
        return
    s, e = _trim_name(text, m.start(), m.end())
    if e <= s:
        return
    tokens = _name_tokens(text[s:e])
    if _looks_like_person(tokens, strong) and not _DISEASE_AFTER.match(text, e):
        out.add(T.PERSON, s, e, 0.85 if strong else 0.7)


def _is_given(f: str) -> bool:
    """A listed given name, or a hyphenated one with a listed part (Jean-Luc, Anne-Marie)."""
    return f in FIRST or ("-" in f and any(p in FIRST for p in f.split("-")))


def _scan_sequences(text: str, shape: bytes, out: _Found) -> None:
    """Free-text names: a given name followed by a surname-like token, or an unlisted name before a surname."""
    done = 0
    for hit in _S_SEQ.finditer(shape):
        s0 = hit.start()
        if s0 < done or not _free_before(shape, s0, b"0Aa@./#_-'"):
            continue
        m = _SEQ.match(text, s0)
        if not m:
            continue
        done = m.end()
        toks = list(_TOKEN_SPLIT.finditer(text, m.start(), m.end()))
        folded = [fold(t.group()) for t in toks]
        n = len(toks)
        # A run ending in a street or organisation word ("Martin Luther King Boulevard") names a place.
        if any(f in _STREET_SUFFIX or f in _ORG_SUFFIX for f in folded[1:]):
            continue
        i = 0
        while i < n - 1:
            f0 = folded[i]
            given = _is_given(f0) and (f0 not in COMMON or folded[i + 1] in SURNAMES)
            # An unlisted given name (names of every origin) directly before a listed, unambiguous surname.
            k = i + 2 if i + 2 < n and toks[i + 1].group().endswith(".") else i + 1  # skip a middle initial
            unlisted = (
                not given
                and len(f0) > 2
                and f0 not in COMMON
                and f0 not in SURNAMES
                and folded[k] in SURNAMES
                and folded[k] not in COMMON
                and not toks[k].group().endswith(".")
            )
            if not (given or unlisted):
                i += 1
                continue
            j = i + 1
            # Step over middle initials and middle names to the last name-like token.
            while j + 1 < n and (
                toks[j].group().endswith(".") or (_is_given(folded[j]) and folded[j + 1] not in COMMON)
            ):
                j += 1
            last = folded[j]
            if toks[j].group().endswith(".") or (last in COMMON and last not in SURNAMES):
                i += 1
                continue
            if f"{f0} {last}" in ORGS:
                i = j + 1
                continue
            s, e = toks[i].start(), toks[j].end()
            if _DISEASE_AFTER.match(text, e):
                i = j + 1
                continue
            out.add(T.PERSON, s, e, 0.6 if unlisted else 0.85 if last in SURNAMES else 0.65)
            i = j + 1


_S_SPEAKER = re.compile(rb"Aa+(?:-Aa+)?(?: Aa+(?:-Aa+)?)?(?: \([^)\n]{1,20}\))?: ")
_CHAT_PREFIX = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]*)?"
    r"\(?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp][Mm])?\)?[ \t]*[-–]?[ \t]*)?<?$"
)


def _scan_chat(text: str, shape: bytes, out: _Found) -> None:
    """Chat and transcript speakers ("[10:02] Priya: ..."): labels that start message lines are people."""
    seen: dict[str, list[tuple[int, int]]] = {}
    talking: Counter[str] = Counter()  # lines where the label is followed by words, i.e. someone speaking
    for m in _S_SPEAKER.finditer(shape):
        s = m.start()
        line_start = text.rfind("\n", 0, s) + 1
        if s - line_start > 40 or not _CHAT_PREFIX.match(text, line_start, s):
            continue
        e = s + len(m.group().split(b":")[0].split(b" (")[0])
        name = text[s:e]
        if any(fold(t) in COMMON and fold(t) not in FIRST for t in name.split()):
            continue  # "Impression: ...", "Subject: ..." are headings
        seen.setdefault(name, []).append((s, e))
        # "Collected: 2025-03-01" is a form field; "Priya: sure, on it" is speech.
        if text[m.end() : m.end() + 1].isalpha():
            talking[name] += 1
    transcript = len(talking) >= 2 and sum(talking.values()) >= 3
    for name, spans in seen.items():
        folded = [fold(t) for t in name.split()]
        if any(f in COMMON and f not in FIRST for f in folded) or not talking[name]:
            continue
        if transcript or len(spans) >= 2 or _is_given(folded[0]):
            for s, e in spans:
                out.add(T.PERSON, s, e, 0.75)


# ============================================================================================== CSV
_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_CsvHeader = tuple[str, list[tuple[int, T, bool]]]
_VAGUE_HEADERS = _words("name displayname contact holdername provider owner")


def _csv_header(text: str) -> _CsvHeader | None:
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


def _scan_csv(text: str, header: _CsvHeader, out: _Found, skip_first: bool) -> None:
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
            known = sum(
                1 for _, _, val in sample if any(_is_given(fold(t)) or fold(t) in SURNAMES for t in val.split())
            )
            if known * 2 < len(sample):
                continue
        for s, e, value in cells:
            _csv_value(text, s, e, value, kind, out)


def _csv_value(text: str, s: int, e: int, value: str, kind: T, out: _Found) -> None:
    if kind is T.PERSON:
        if "@" not in value and not _HAS_DIGIT.search(value) and _HAS_LETTER.search(value):
            out.add(T.PERSON, s, e, 0.85)
    elif kind is T.DATE_OF_BIRTH:
        span = _date_match(text, s, exact=True)
        if span:
            out.add(T.DATE_OF_BIRTH, s, span[1], 0.9)
    elif kind is T.US_SSN:
        m = _SSN_VALUE.fullmatch(value)
        if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
            out.add(T.US_SSN, s, e, 0.9)
    elif kind is T.PHONE:
        if 7 <= _digits(value) <= 15 and any(v.phone_ok(value, r) for r in _PHONE_REGIONS[:4]):
            out.add(T.PHONE, s, e, 0.85)
    elif kind in (T.MEDICAL_RECORD_NUMBER, T.US_PASSPORT, T.DRIVER_LICENSE):
        if _digits(value) >= 4 and len(value) <= 20:
            out.add(kind, s, e, 0.85)
    elif kind is T.ADDRESS:
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            out.add(T.ADDRESS, s, e, 0.8)
    elif any(c.isalpha() for c in value):  # diagnosis / medication columns of a patient table
        out.add(kind, s, e, 0.8)


# ============================================================================================== HL7
def _scan_hl7(text: str, out: _Found) -> None:
    for m in _HL7_SEG.finditer(text):
        seg = m.group(1)
        base = m.start(2)
        pos = 0
        for idx, fld in enumerate(m.group(2).split("|"), start=1):
            s = base + pos
            pos += len(fld) + 1
            what = _HL7_FIELDS.get((seg, idx))
            if what is None or not fld.strip():
                continue
            _hl7_field(seg, what, s, fld.split("~")[0], out)


def _hl7_field(seg: str, what: str, s: int, rep: str, out: _Found) -> None:
    comps = rep.split("^")
    offs = [0]
    for c in comps[:-1]:
        offs.append(offs[-1] + len(c) + 1)
    if what == "mrn" and comps[0].strip():
        out.add(T.MEDICAL_RECORD_NUMBER, s, s + len(comps[0]), 0.9)
    elif what in ("xpn", "xcn"):
        first = 0 if what == "xpn" else 1  # XCN starts with the person's ID, then family name
        parts = [i for i, c in enumerate(comps[first : first + 3], start=first) if c.strip()]
        if parts and any(ch.isalpha() for i in parts for ch in comps[i]):
            out.add(T.PERSON, s + offs[parts[0]], s + offs[parts[-1]] + len(comps[parts[-1]]), 0.9)
    elif what == "dob" and len(comps[0]) >= 8 and comps[0][:8].isdigit():
        d = comps[0]
        if v.calendar_date_ok(int(d[:4]), int(d[4:6]), int(d[6:8])):
            out.add(T.DATE_OF_BIRTH, s, s + 8, 0.95)
    elif what == "xad":
        last = max((i for i, c in enumerate(comps[:5]) if c.strip()), default=-1)
        if last >= 0 and any(ch.isdigit() for ch in rep):
            out.add(T.ADDRESS, s, s + offs[last] + len(comps[last]), 0.85)
    elif what == "xtn" and comps[0].strip():
        if _digits(comps[0]) >= 7 and v.phone_ok(comps[0]):
            out.add(T.PHONE, s, s + len(comps[0]), 0.85)
    elif what == "ssn":
        sm = _SSN_VALUE.fullmatch(comps[0])
        if sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3)):
            out.add(T.US_SSN, s, s + len(comps[0]), 0.95)
    elif what == "dl":
        if _digits(comps[0]) >= 4:
            out.add(T.DRIVER_LICENSE, s, s + len(comps[0]), 0.85)
    elif what in ("cwe", "text"):
        i = 1 if what == "cwe" and len(comps) > 1 and comps[1].strip() else 0
        if comps[i].strip() and any(ch.isalpha() for ch in comps[i]):
            t = T.DIAGNOSIS if seg == "DG1" else T.MEDICATION
            out.medical.append(_F(s + offs[i], s + offs[i] + len(comps[i]), t, 0.9))


# ======================================================================================== resolution
_RANK = {
    T.US_SSN: 9, T.CREDIT_CARD: 9, T.IBAN: 9, T.EMAIL: 8, T.MEDICAL_RECORD_NUMBER: 8, T.US_PASSPORT: 8,
    T.DRIVER_LICENSE: 7, T.DATE_OF_BIRTH: 8, T.IP_ADDRESS: 7, T.PHONE: 6, T.ADDRESS: 6, T.MEDICATION: 5,
    T.DIAGNOSIS: 5, T.PERSON: 4,
}  # fmt: skip


def _resolve(items: list[_F]) -> list[Entity]:
    """Drop duplicates and overlaps: the same type merges, else the higher-ranked, then longer, wins."""
    if not items:
        return []
    # Plain tuple order (start, end, type, score) keeps the sort in C; duplicates end up adjacent and merge below.
    ordered = sorted(items)
    kept: list[_F] = []
    for ent in ordered:
        if kept and ent.start < kept[-1].end:
            prev = kept[-1]
            if prev.type is ent.type:
                if ent.end > prev.end:
                    kept[-1] = _F(prev.start, ent.end, prev.type, max(prev.score, ent.score))
                continue
            if (_RANK[ent.type], ent.end - ent.start) > (_RANK[prev.type], prev.end - prev.start):
                kept[-1] = ent
            continue
        kept.append(ent)
    return [Entity(*k) for k in kept]


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps any of the sorted, short ``spans``."""
    i = bisect.bisect_left(spans, (e, e))
    while i > 0:
        i -= 1
        a, b = spans[i]
        if b > s:
            return True
        if a < s - 4096:
            break
    return False


# ============================================================================================ public
def _detect(text: str, csv_header: _CsvHeader | None = None, header_in_text: bool = True) -> list[Entity]:
    out = _Found()
    shape = _shape(text)
    low = text.lower()
    _scan_email(text, out)
    _scan_numbers(text, shape, out)
    _scan_ipv4(text, shape, out)
    _scan_misc(text, shape, out)
    _scan_keywords(text, low, out)
    _scan_sequences(text, shape, out)
    if ": " in text:
        _scan_chat(text, shape, out)
    if "|" in text and ("PID|" in text or "DG1|" in text or "RXE|" in text):
        _scan_hl7(text, out)
    if csv_header is None and header_in_text:
        csv_header = _csv_header(text)
    if csv_header is not None:
        _scan_csv(text, csv_header, out, skip_first=header_in_text)

    items = out.items
    med_terms = out.medical
    # A surname inside a disease name, or a name inside an address, is not a person.
    for blockers in (med_terms, [e for e in items if e.type is T.ADDRESS]):
        if blockers:
            spans = sorted((b.start, b.end) for b in blockers)
            items = [e for e in items if e.type is not T.PERSON or not _overlaps(spans, e.start, e.end)]
    # Diagnoses and medications are PHI only when the text is about someone.
    if med_terms or out.medical_hints:
        about_someone = any(e.type in _IDENTIFYING for e in items) or _RECORD_CUES.search(low) is not None
        if about_someone:
            items.extend(med_terms)
            known = sorted((m.start, m.end) for m in med_terms)
            # Conditions by word-formation are looked for only near medical words, not across a whole log.
            anchors = sorted([m.start for m in med_terms] + out.medical_hints)
            for a, b in _windows(anchors, 600, len(low)):
                for m in _DX_MORPH.finditer(low, a, b):
                    if m.group().split()[-1] not in _DX_NOT and not _overlaps(known, m.start(), m.end()):
                        items.append(_F(m.start(), m.end(), T.DIAGNOSIS, 0.6))
    return _resolve(items)


def _windows(anchors: list[int], radius: int, limit: int) -> list[tuple[int, int]]:
    """Merged ``[a - radius, a + radius)`` windows around sorted anchor positions."""
    out: list[tuple[int, int]] = []
    for a in anchors:
        lo, hi = max(0, a - radius), min(limit, a + radius)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


_CHUNK = 4 * 1024 * 1024
_OVERLAP = 2048


def detect(text: str) -> list[Entity]:
    """Find personal and health data in ``text``; entities come sorted by position and never overlap.

    Inputs above a few megabytes are processed in overlapping chunks (``detect_large``) so memory stays flat.
    """
    if len(text) > _CHUNK:
        return detect_large(text)
    return _detect(text)


def detect_large(text: str, chunk_size: int = _CHUNK, overlap: int = _OVERLAP) -> list[Entity]:
    """Detect over ``text`` in chunks of ``chunk_size`` characters, with ``overlap`` characters of context.

    Each chunk owns the entities that start inside it, so an entity crossing a boundary is reported once,
    by the chunk it starts in, and is seen whole thanks to the overlap (entities are far shorter than it).
    A CSV header at the start still applies to the rows of later chunks.
    """
    if chunk_size <= 0 or overlap < 0:
        raise ValueError("chunk_size must be positive and overlap non-negative")
    n = len(text)
    if n <= chunk_size:
        return _detect(text)
    header = _csv_header(text)
    result: list[_F] = []
    pos = 0
    while pos < n:
        end = min(n, pos + chunk_size)
        if end < n:
            # Cut at a line break when one is near so rows and sentences stay whole.
            nl = text.rfind("\n", pos + chunk_size // 2, end)
            if nl != -1:
                end = nl + 1
        lo = max(0, pos - overlap)
        if pos > 0:
            nl = text.find("\n", lo, pos)
            lo = nl + 1 if nl != -1 else lo
        hi = min(n, end + overlap)
        for ent in _detect(text[lo:hi], csv_header=header if pos > 0 else None, header_in_text=pos == 0):
            s = ent.start + lo
            if pos <= s < end:
                result.append(_F(s, ent.end + lo, ent.type, ent.score))
        pos = end
    return _resolve(result)


def detect_stream(chunks: Iterable[str], overlap: int = _OVERLAP, window: int = _CHUNK) -> Iterator[Entity]:
    """Detect over text arriving in pieces; offsets are into the concatenation of ``chunks``.

    Text is analysed in windows of about ``window`` characters that overlap by ``overlap``; each entity is
    yielded once, in order, as soon as enough text after it has arrived.
    """
    buf = ""
    buf_start = 0  # offset of buf[0] in the whole stream
    done_upto = 0  # entities starting before this offset were already yielded
    header: _CsvHeader | None = None
    first = True

    def run(final: bool) -> Iterator[Entity]:
        limit = buf_start + len(buf) if final else buf_start + len(buf) - overlap
        found = _detect(buf, csv_header=None if first else header, header_in_text=first)
        for ent in found:
            s = ent.start + buf_start
            if done_upto <= s < limit or (final and s >= done_upto):
                yield Entity(s, ent.end + buf_start, ent.type, ent.score)

    for chunk in chunks:
        if not chunk:
            continue
        buf += chunk
        if len(buf) < window + 2 * overlap:
            continue
        if first:
            header = _csv_header(buf)
        yield from run(final=False)
        first = False
        done_upto = buf_start + len(buf) - overlap
        keep_from = len(buf) - 2 * overlap
        nl = buf.find("\n", keep_from, len(buf) - overlap)
        keep_from = nl + 1 if nl != -1 else keep_from
        buf = buf[keep_from:]
        buf_start += keep_from
    if buf:
        yield from run(final=True)
