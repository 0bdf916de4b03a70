"""People's names: after a cue (a label, title, greeting, signature or self-introduction) and in free text.

A cue decides how much evidence a name needs: after a strong one ("Patient:", "Dr") any capitalised
tokens outside the vocabulary will do; elsewhere a listed given name or surname must be among them.
"""

from __future__ import annotations

import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.shapes import free_before
from privacykit.domain.detection.wordlists import fold, load, words

__all__ = ["FIRST", "SURNAMES", "COMMON", "ORGS", "EPONYMS", "is_given", "name_after_cue", "scan_name_sequences"]

FIRST = load("first_names.txt")
SURNAMES = load("surnames.txt")
COMMON = load("common_words.txt")
ORGS = load("organisations.txt")
EPONYMS = load("eponyms.txt")

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
_S_SEQ = re.compile(rb"Aa[Aa'-]*[ \t]+A")  # its shape (see shapes.py)
_TOKEN_SPLIT = re.compile(rf"{_TOK}|{_INITIAL}|{_CAPS_TOK}")
_LASTFIRST = re.compile(rf"({_TOK}|{_CAPS_TOK}),[ \t]*({_TOK}|{_CAPS_TOK})(?: {_NAME_WORD})?")

_STREET_SUFFIX = words(
    "street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter circle "
    "cir parkway pkwy highway hwy square sq trail trl crescent close row plaza loop alley pike"
)
_ORG_SUFFIX = words(
    "inc llc ltd corp corporation co company group holdings partners associates bank foundation university "
    "college hospital clinic center centre institute school library bridge airport station "
    "building tower memorial stadium capital securities insurance motors industries brothers sons "
    "pharmacy pharmaceuticals labs laboratories medical health healthcare systems solutions technologies "
    "consulting services international global trust fund county city state river lake mountain island "
    "award prize lecture fellowship scholarship act syndrome disease lymphoma palsy sign test score scale "
    "procedure maneuver manoeuvre reflex ward wing unit street avenue road boulevard lane drive "
    # holidays ("Labor Day", "Presidents' Day") and the words companies are named with
    "day eve logistics freight bakery bakeries analytics outfitters transport shipping trading foods ventures "
    "media studios studio software electronics airlines realty properties construction engineering energy "
    "supplies imports exports textiles apparel pharma gmbh ag sa sarl bv nv srl spa lda plc llp kg oy ab "
    "restaurant cafe café bistro hotel motel inn salon boutique garage dental law legal accounting "
    "agency network networks records publishing press news"
)
# A name joined to another by "&" is a firm ("Morgan & Reyes Freight", "Ben & Jerry's").
_AMPERSAND_BEFORE = re.compile(r"&[ \t]*$")
_AMPERSAND_AFTER = re.compile(r"[ \t]*&[ \t]*[A-Z]")
_DISEASE_AFTER = re.compile(
    r"['’]?s?\s+(?:disease|syndrome|lymphoma|palsy|phenomenon|sarcoma|tumou?r|thyroiditis|disorder|chorea|ulcer|"
    r"sign|test|score|scale|procedure|maneuver|reflex|law|principle|equation|theorem|effect)\b",
    re.I,
)
_GREETING_STOP = COMMON | words(
    "all team everyone everybody folks guys there sir madam customer colleagues friends both you again world "
    "support sales admin y'all gang crew people ladies gentlemen"
)
_STRONG_LABELS = words(
    "patient pt attending provider physician pcp guarantor cardholder insured subscriber surgeon "
    "anesthesiologist therapist counselor beneficiary policyholder borrower co-borrower witness"
) | {
    "patient name", "pt name", "attending physician", "signed by", "electronically signed by",
    "referring physician", "emergency contact", "next of kin", "account holder", "dictated by", "prepared by",
    "full name", "legal name", "resident physician", "pcp name", "name on card", "cardholder name",
    "beneficiary name", "policy holder", "primary care", "approved by", "reported by", "submitted by",
}  # fmt: skip

_CUE_GAP = re.compile(r"[ \t]*(?:[:=][ \t]*)?\[?[ \t]*[\"']?[ \t]*")
_GREET_GAP = re.compile(r"[ \t]*,?[ \t]*")
_SIGN_GAP = re.compile(r"[ \t]*(?:\r?\n[ \t]*|</?[A-Za-z][^<>\n]{0,30}>[ \t]*)+")
_TITLE_AFTER_GREET = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mx)\.?[ \t]+")
_CLOSES_GREETING = re.compile(r"[ \t]*(?:[,!.:;\n\r-]|$)")
_CLOSES_LINE = re.compile(r"[ \t]*(?:\r?\n|$|,|<|\|)")


def is_given(f: str) -> bool:
    """A listed given name, or a hyphenated one with a listed part (Jean-Luc, Anne-Marie)."""
    return f in FIRST or ("-" in f and any(p in FIRST for p in f.split("-")))


def _name_tokens(span: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT.findall(span) if len(t) > 1 and not t.endswith(".")]


def _looks_like_person(tokens: list[str], strong: bool) -> bool:
    """Whether capitalised tokens name a person; after a strong cue any non-vocabulary tokens do."""
    if not tokens:
        return False
    folded = [fold(t) for t in tokens]
    listed = any(f in SURNAMES or is_given(f) for f in folded)
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


def name_after_cue(text: str, start: int, end: int, kind: str, key: str, out: Findings) -> None:
    """The name a cue keyword at [start, end) introduces; ``kind`` is its kind in keywords.tsv."""
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
    if _looks_like_person(tokens, strong) and not _DISEASE_AFTER.match(text, e) and not _firm(text, s, e):
        out.add(T.PERSON, s, e, 0.85 if strong else 0.7)


def _firm(text: str, s: int, e: int) -> bool:
    """Whether the name at [s, e) is joined to another by "&" (a firm), not a person."""
    return bool(_AMPERSAND_AFTER.match(text, e) or _AMPERSAND_BEFORE.search(text, max(0, s - 3), s))


def scan_name_sequences(text: str, shape: bytes, out: Findings) -> None:
    """Free-text names: a given name followed by a surname-like token, or an unlisted name before a surname."""
    done = 0
    for hit in _S_SEQ.finditer(shape):
        s0 = hit.start()
        if s0 < done or not free_before(shape, s0, b"0Aa@./#_-'"):
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
            given = is_given(f0) and (f0 not in COMMON or folded[i + 1] in SURNAMES)
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
                toks[j].group().endswith(".") or (is_given(folded[j]) and folded[j + 1] not in COMMON)
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
            if _DISEASE_AFTER.match(text, e) or _firm(text, s, e):
                i = j + 1
                continue
            out.add(T.PERSON, s, e, 0.6 if unlisted else 0.85 if last in SURNAMES else 0.65)
            i = j + 1
