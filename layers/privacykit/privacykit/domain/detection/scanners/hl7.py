"""HL7 v2 messages: the fields of PID, NK1, GT1, IN1, PV1, DG1, pharmacy and order segments that hold PHI."""

from __future__ import annotations

import re
from functools import lru_cache

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import count_digits
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.interchange import ALPHA3, closing_tag, national_id
from privacykit.domain.detection.scanners.national_ids import id_ok, mbi_ok
from privacykit.domain.detection.scanners.numbers import SSN_VALUE, passport_type
from privacykit.domain.detection.structure import key_words
from privacykit.domain.detection.wordlists import words

__all__ = ["scan_hl7", "scan_fhir_identifiers", "cda_patient_id"]

# (a segment may be indented: a log quoting the message it failed on, "    PID|1||...")
_HL7_SEG = lazy(
    r"(?:^|(?<=[\r\n]))[ \t]*"
    r"(PID|PD1|NK1|GT1|IN1|IN2|MRG|PV1|DG1|RXE|RXO|RXA|RXD|ORC|OBR|OBX|AIP|ROL|PRD|EVN|STF|CTD|FT1)\|([^\r\n]*)"
)
# (segment, field index) -> what the field holds (HL7 v2 data types XPN, XCN, XAD, XTN, CWE).
_HL7_FIELDS: dict[tuple[str, int], str] = {
    ("PID", 2): "mrn", ("PID", 3): "mrn", ("PID", 4): "mrn",
    ("PID", 5): "xpn", ("PID", 6): "xpn", ("PID", 7): "dob", ("PID", 9): "xpn", ("PID", 11): "xad",
    ("PID", 13): "xtn", ("PID", 14): "xtn", ("PID", 19): "ssn", ("PID", 20): "dl",
    ("NK1", 2): "xpn", ("NK1", 4): "xad", ("NK1", 5): "xtn", ("NK1", 6): "xtn",
    ("GT1", 3): "xpn", ("GT1", 5): "xad", ("GT1", 6): "xtn", ("GT1", 7): "xtn", ("GT1", 8): "dob",
    ("GT1", 12): "ssn",
    # IN1-33/34/37 are numbers of days and an amount; senders two fields off put the policy number there
    # (read only when it has a letter, as no count or amount has).
    ("IN1", 33): "plan!", ("IN1", 34): "plan!", ("IN1", 37): "plan!",
    ("IN2", 2): "ssn", ("IN2", 6): "plan", ("IN2", 8): "plan",
    ("MRG", 1): "mrn", ("MRG", 2): "mrn", ("MRG", 4): "mrn", ("MRG", 7): "xpn",
    ("PV1", 52): "xcn", ("ORC", 10): "xcn", ("ORC", 11): "xcn", ("OBR", 28): "xcn",
    ("EVN", 5): "xcn", ("FT1", 20): "xcn", ("FT1", 21): "xcn", ("PRD", 3): "xad", ("PRD", 5): "xtn",
    ("STF", 3): "xpn", ("STF", 10): "xtn", ("STF", 11): "xad", ("CTD", 2): "xpn", ("CTD", 4): "xad",
    ("CTD", 5): "xtn",
    ("IN1", 16): "xpn", ("IN1", 17): "dob", ("IN1", 18): "dob", ("IN1", 19): "xad", ("IN1", 35): "plan",
    ("IN1", 36): "plan", ("IN1", 49): "plan",
    ("IN1", 15): "xpn?",
    ("PV1", 7): "xcn", ("PV1", 8): "xcn", ("PV1", 9): "xcn", ("PV1", 17): "xcn",
    ("AIP", 3): "xcn", ("ROL", 4): "xcn", ("PRD", 2): "xpn",
    ("ORC", 12): "xcn", ("OBR", 16): "xcn", ("OBX", 16): "xcn", ("PD1", 4): "xcn",
    ("DG1", 3): "cwe", ("DG1", 4): "text", ("RXE", 2): "cwe", ("RXO", 1): "cwe", ("RXA", 5): "cwe",
    ("RXD", 2): "cwe",
}  # fmt: skip


_ISO_DATE = lazy(r"\d{4}-\d{2}-\d{2}")
_PHONE_CHARS = lazy(r"\+?[\d(][\d ()./-]{5,22}\d")
# A component that is words (a drug or condition name), not a code or a dose ("500 MG", "M06.9", "RX123").
_WORDS = lazy(r"[A-Za-z][A-Za-z '()/,.-]*[A-Za-z)]")


def scan_hl7(text: str, out: Findings) -> None:
    """The PHI fields of the HL7 segments in ``text``; diagnoses and drugs go to the medical terms. X12
    segments (claims, enrolment, eligibility) are read here too: the same kind of positional record."""
    if ("*" in text and ("NM1*" in text or "DMG*" in text)) or (
        not out.formats.isdisjoint(_X12_ENVELOPE_MARKERS) and _x12_envelope(text) != -1
    ):
        _scan_x12(text, out)
    if "|" not in text or not ("PID|" in text or "DG1|" in text or "RXE|" in text or "msh|" in out.formats):
        return
    for m in _HL7_SEG.finditer(text):
        seg = m.group(1)
        base = m.start(2)
        pos = 0
        fields = m.group(2).split("|")
        if seg == "IN1":
            _in1_shifted(fields, base, out)
        for idx, fld in enumerate(fields, start=1):
            s = base + pos
            pos += len(fld) + 1
            what = _HL7_FIELDS.get((seg, idx))
            if not fld.strip():
                continue
            if what == "plan!":
                if not any(c.isalpha() for c in fld.split("^")[0]):
                    continue
                what = "plan"
            if what is None or (seg == "PV1" and what == "xcn"):
                # Senders shift PV1 by a field: a person is read there by the XCN shape (an id, then names).
                first = fld.split("~")[0]
                if seg == "PV1" and (
                    _XCN_SHAPE.fullmatch(first) or (what == "xcn" and _XCN_MIXED_SHAPE.fullmatch(first))
                ):
                    _hl7_field(seg, "xcn", s, first, out)
                continue
            if what == "xpn?":
                # IN1-15 is a plan type; senders one field off put the insured's name there (a caret inside).
                if "^" not in fld or not _XCN_NAME.fullmatch(fld.split("^")[0]):
                    continue
                what = "xpn"
            if what == "xpn" and fld.strip().upper() in _RELATIONSHIP_CODES:
                continue  # IN1-17's relationship code one field early ("SEL", "SPO"): not a name
            if what == "mrn":
                _hl7_identifiers(s, fld, out)
            elif what in ("xpn", "xad", "xtn") and "~" in fld:
                # every repetition of a name, address or telephone field (an alias, a mailing address, a mobile)
                at = s
                for rep in fld.split("~")[:8]:
                    if rep.strip():
                        _hl7_field(seg, what, at, rep, out)
                    at += len(rep) + 1
            else:
                _hl7_field(seg, what, s, fld.split("~")[0], out)


def _in1_shifted(fields: list[str], base: int, out: Findings) -> None:
    """The insured's name and birth date of an IN1 whose sender put them a field or two early (IN1-14/15 for
    IN1-16, IN1-16/17 for IN1-18): a name by its XPN shape in IN1-14..17, then a calendar date within the
    three fields after it (no other date field of IN1 lies there: IN1-12/13 are the plan's dates)."""
    if len(fields) < 16 or (len(fields) >= 16 and _XPN_SHAPE.fullmatch(fields[15].split("~")[0])):
        return  # IN1-16 holds the name where the standard puts it: the field map reads it
    offs = [0]
    for f in fields[:-1]:
        offs.append(offs[-1] + len(f) + 1)
    for i in range(13, min(17, len(fields))):  # IN1-14..17 (0-based 13..16)
        first = fields[i].split("~")[0]
        if not _XPN_SHAPE.fullmatch(first):
            continue
        _hl7_field("IN1", "xpn", base + offs[i], first, out)
        for j in range(i + 1, min(i + 4, len(fields))):
            d = fields[j].split("^")[0]
            if len(d) >= 8 and d[:8].isdigit() and v.calendar_date_ok(int(d[:4]), int(d[4:6]), int(d[6:8])):
                out.add(T.DATE_OF_BIRTH, base + offs[j], base + offs[j] + 8, 0.9)
                break
        break


# An XCN by its shape: a numeric id, then a family name (and given names) of capitals, as PV1-7/17 write them.
_XCN_NAME = lazy(r"[A-ZÀ-ÞĀ-ɏ][A-ZÀ-ÞĀ-ɏ'’ʻ -]*[A-ZÀ-ÞĀ-ɏ]|[A-ZÀ-ÞĀ-ɏ][a-zß-ÿĀ-ɏ'’-]+(?: [A-Za-z][a-z'’-]+)*")
_XCN_SHAPE = lazy(
    r"\d{2,15}\^(?:[A-ZÀ-ÞĀ-ɏ][A-ZÀ-ÞĀ-ɏ'’ʻ -]*[A-ZÀ-ÞĀ-ɏ])(?:\^(?:[A-ZÀ-ÞĀ-ɏʻ][A-ZÀ-ÞĀ-ɏ'’ʻ -]*)?)?(?:\^[^|]*)?"
)
# In the doctor fields themselves (PV1-7/8/9/17), the same shape with the names in mixed case
# ("1234^Okafor^Adaeze^^^Dr"): the name of a specific person, as the contract labels it (tests/corpus/README.md).
_XCN_MIXED_SHAPE = lazy(
    r"[A-Za-z]?\d{2,15}\^(?:(?:van|von|de|da|del|della|der|den|di|du|dos|das|la|le|ter|ten|bin|binti|al|el)[ -])*"
    r"(?:[A-ZÀ-ÞĀ-ɏ][a-zß-ÿĀ-ɏ'’-]+(?:[ -][A-Za-zÀ-ÿ][a-zß-ÿĀ-ɏ'’-]+)*)"
    r"(?:\^(?:[A-ZÀ-ÞĀ-ɏ][A-Za-zß-ÿĀ-ɏ'’. -]*)?)?(?:\^[^|]*)?"
)
# An XPN by its shape: a family name, a caret, given names (as written in any case).
_XPN_SHAPE = lazy(r"[A-ZÀ-ÞĀ-ɏ][A-Za-zÀ-ÿĀ-ɏ'’ -]*[A-Za-zß-ÿĀ-ɏ]\^[A-ZÀ-ÞĀ-ɏ][A-Za-zÀ-ÿĀ-ɏ'’. -]*(?:\^[^|~]*)?")
# HL7 table 0063: the relationship of the insured or next of kin to the patient.
_RELATIONSHIP_CODES = words(
    "SEL SPO CHD DEP EME FTH MTH SIB GRD OTH PAR ASC BRO SIS FND GCH GRP MGR NCH NON OWN UNK WRD EMR EXF FCH DOM "
    "CGV 01 02 03 04 05 18 19 20 21"
)
# X12 005010 (837/835/834/270/271/276/277) segments: a member id, a birth date, names, SSNs and phones in fixed
# elements. The element separator is the fourth character of the ISA envelope, the segment terminator the
# character after ISA16 ("*" and "~" in most files, but "|" and a line break are allowed).
_X12_SEGMENTS = "NM1|DMG|REF|N3|PER"
_X12_SEG = lazy(r"(?:^|(?<=~)|(?<=\n))[ \t\r]*(?P<seg>" + _X12_SEGMENTS + r")\*(?P<body>[^~\n]*)")
# REF qualifiers (X12 code list 128) of the identifiers the contract names: SSN, member and subscriber ids
# (1W, 0F, IG), a Medicare HIC/MBI (F6), a Medicaid recipient id (NQ), an identity card number (HJ).
_X12_REF = {
    "SY": T.US_SSN, "1W": T.HEALTH_PLAN_ID, "EA": T.MEDICAL_RECORD_NUMBER, "IG": T.HEALTH_PLAN_ID,
    "0F": T.HEALTH_PLAN_ID, "F6": T.HEALTH_PLAN_ID, "NQ": T.HEALTH_PLAN_ID, "HJ": T.HEALTH_PLAN_ID,
}  # fmt: skip
# NM1-08 identification code qualifiers (code list 66): member id, SSN, Medicare/Medicaid numbers. (XX, the
# NPI, identifies a provider, not a patient: not read.)
_X12_NM1_ID = {"MI": T.HEALTH_PLAN_ID, "34": T.US_SSN, "MC": T.HEALTH_PLAN_ID, "MR": T.HEALTH_PLAN_ID}
# PER communication number qualifiers (code list 365): telephones and fax; EM (e-mail) is read by the e-mail scan.
_X12_PHONES = frozenset({"TE", "CP", "HP", "WP", "FX", "BN"})
# PER-02 is a contact's name, or a department's: words that make it the latter.
_X12_DEPARTMENT = words(
    "dept department billing office services service center centre customer support claims desk team unit "
    "business provider member relations help line enrollment enrolment eligibility edi admin administration"
)
_X12_PERSON_NAME = lazy(r"[A-Za-zÀ-ÿĀ-ɏ][A-Za-zÀ-ÿĀ-ɏ'’.-]*(?: [A-Za-zÀ-ÿĀ-ɏ][A-Za-zÀ-ÿĀ-ɏ'’.-]*){1,3}")


# An ISA envelope with a separator other than "*" (an element separator is neither a letter, a digit nor a space;
# ISA01 is "00" or "03"), at the start of a line. (The literal first: the search runs at memory speed.)
_X12_ENVELOPE = lazy(r"ISA[^\w\s*]0\d")


_X12_ENVELOPE_MARKERS = frozenset({"isa|", "isa^", "isa!"})  # (the keyword pass's markers: data/keywords.tsv)


def _x12_envelope(text: str) -> int:
    """Where an ISA envelope with its own separator starts a line of ``text``, or -1."""
    for m in _X12_ENVELOPE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] == "\n":
            return m.start()
    return -1


def _x12_separators(text: str) -> tuple[str, str]:
    """The element separator and segment terminator an ISA envelope declares ("*" and "~" without one)."""
    i = _x12_envelope(text)
    if i == -1:
        i = text.find("ISA*")
    if i == -1:
        return "*", "~"
    sep = text[i + 3]
    parts = text[i : i + 200].split(sep, 16)
    if len(parts) == 17 and len(parts[16]) >= 2:
        return sep, parts[16][1]
    return sep, "~"


@lru_cache(maxsize=8)
def _x12_pattern(sep: str, term: str) -> re.Pattern[str]:
    """The segment pattern for an envelope's own separator and terminator."""
    e, t = re.escape(sep), re.escape(term)
    return re.compile(rf"(?:^|(?<={t})|(?<=\n))[ \t\r]*(?P<seg>{_X12_SEGMENTS}){e}(?P<body>[^{t}\n]*)")


def _scan_x12(text: str, out: Findings) -> None:
    """The personal elements of X12 segments: NM1 person names (NM103 family, NM104 given and NM105 middle name,
    each its own element) and member ids, DMG birth dates, REF identifiers, PER phones and contact names, and
    the street (N3) of a person an NM1 names (accuracy9, accuracy14)."""
    sep, term = _x12_separators(text)
    pattern = _X12_SEG if (sep, term) == ("*", "~") else _x12_pattern(sep, term)
    person = False
    for m in pattern.finditer(text):
        seg, base = m.group("seg"), m.start("body")
        elements = m.group("body").split(sep)
        offsets = [0]
        for el in elements[:-1]:
            offsets.append(offsets[-1] + len(el) + 1)
        if seg == "DMG" and len(elements) > 1 and elements[0] == "D8":
            d = elements[1]
            if len(d) == 8 and d.isdigit() and v.calendar_date_ok(int(d[:4]), int(d[4:6]), int(d[6:])):
                out.add(T.DATE_OF_BIRTH, base + offsets[1], base + offsets[1] + 8, 0.95)
        elif seg == "N3":
            if person and any(c.isdigit() for c in elements[0]) and any(c.isalpha() for c in elements[0]):
                out.add(T.ADDRESS, base, base + len(elements[0]), 0.85)
        elif seg == "NM1" and len(elements) > 2 and elements[1] == "1":
            # NM103 the family name, NM104 the given name with NM105 the middle name after it
            last = elements[2].strip()
            if last and any(c.isalpha() for c in last):
                out.add(T.PERSON, base + offsets[2], base + offsets[2] + len(elements[2]), 0.85)
            if len(elements) > 3 and any(c.isalpha() for c in elements[3]):
                end = 4 if len(elements) > 4 and elements[4].strip().isalpha() else 3
                out.add(T.PERSON, base + offsets[3], base + offsets[end] + len(elements[end]), 0.85)
            if len(elements) > 8:
                _x12_id(_X12_NM1_ID.get(elements[7]), elements[8], base + offsets[8], out)
        elif seg == "REF" and len(elements) > 1:
            _x12_id(_X12_REF.get(elements[0]), elements[1], base + offsets[1], out)
        elif seg == "PER":
            _x12_contact(elements, offsets, base, out)
        if seg == "NM1":
            person = len(elements) > 1 and elements[1] == "1"  # entity type 1: a person, 2: an organisation


def _x12_contact(elements: list[str], offsets: list[int], base: int, out: Findings) -> None:
    """A PER segment: PER02 the contact's name (unless a department's), then qualifier and number pairs."""
    if len(elements) > 1:
        name = elements[1].strip()
        if _X12_PERSON_NAME.fullmatch(name) and not key_words(name) & _X12_DEPARTMENT:
            out.add(T.PERSON, base + offsets[1], base + offsets[1] + len(elements[1]), 0.8)
    for i in range(2, len(elements) - 1, 2):
        number = elements[i + 1]
        n = count_digits(number)
        if elements[i] in _X12_PHONES and 7 <= n <= 15 and _PHONE_CHARS.fullmatch(number.strip()):
            out.add(T.PHONE, base + offsets[i + 1], base + offsets[i + 1] + len(number), 0.85)


def _x12_id(kind: T | None, value: str, at: int, out: Findings) -> None:
    if kind is None or not value.strip():
        return
    if kind is T.US_SSN:
        sm = SSN_VALUE.fullmatch(value)
        if sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3)):
            out.add(T.US_SSN, at, at + len(value), 0.9)
    elif kind is T.HEALTH_PLAN_ID and mbi_ok(value):
        out.add(T.US_MBI, at, at + len(value), 0.9)
    elif count_digits(value) >= 4:
        out.add(kind, at, at + len(value), 0.85)


# CX identifier type codes (HL7 table 0203) that say what a PID-2/3/4 repetition is; other codes (AN account,
# VN visit) are not personal identifiers of the kinds the contract names.
_CX_TYPES = {
    "MR": T.MEDICAL_RECORD_NUMBER, "MRN": T.MEDICAL_RECORD_NUMBER, "PI": T.MEDICAL_RECORD_NUMBER,
    "PT": T.MEDICAL_RECORD_NUMBER, "PN": T.MEDICAL_RECORD_NUMBER, "SS": T.US_SSN, "SSN": T.US_SSN,
    "PPN": T.US_PASSPORT, "DL": T.DRIVER_LICENSE, "MB": T.HEALTH_PLAN_ID, "MC": T.US_MBI,
    "MA": T.HEALTH_PLAN_ID, "SN": T.HEALTH_PLAN_ID, "NH": T.UK_NHS_NUMBER,
}  # fmt: skip


def _hl7_identifiers(s: int, fld: str, out: Findings) -> None:
    """Every repetition of a patient identifier list (PID-2/3/4), typed by its CX.5 code (MR when it has none)."""
    pos = 0
    for k, rep in enumerate(fld.split("~")):
        at = s + pos
        pos += len(rep) + 1
        comps = rep.split("^")
        value = comps[0].strip()
        if not value:
            continue
        code = comps[4].strip().upper() if len(comps) > 4 else ""
        kind = _CX_TYPES.get(code) if code else (T.MEDICAL_RECORD_NUMBER if k == 0 else None)
        if kind is None and (code == "NI" or (len(code) == 5 and code.startswith("NN"))):
            # a national person identifier: NNxxx names its country (ISO 3166 alpha-3), NI its assigning
            # authority (CX.4); typed and checked as that country's identifier
            country = code[2:] if code != "NI" else (comps[3].strip().upper() if len(comps) > 3 else "")
            national_id(ALPHA3.get(country, country), comps[0], at, out)
            continue
        if kind is None:
            continue
        if kind is T.US_SSN:
            sm = SSN_VALUE.fullmatch(value)
            if not (sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3))):
                continue
        if kind is T.UK_NHS_NUMBER and not id_ok(kind, value):
            continue
        if kind is T.US_PASSPORT:
            kind = _passport_by_issuer(comps[3] if len(comps) > 3 else "", value)
        out.add(kind, at, at + len(comps[0]), 0.9)


# An issuing country as HL7 CX.4 or a FHIR system writes it ("USA", "GBR", "passport-NZL").
_ISSUER_CODE = lazy(r"(?:^|[^A-Za-z])(?P<cc>[A-Z]{2,3})$")
_US_PASSPORT_SHAPE = lazy(r"\d{9}|[A-Z]\d{8}")


def _passport_by_issuer(issuer: str, value: str) -> T:
    """By the country code ``issuer`` ends in (the US's or another's), else by the number's shape."""
    m = _ISSUER_CODE.search(issuer.strip())
    if m:
        return T.US_PASSPORT if m.group("cc") in ("US", "USA") else T.PASSPORT
    return T.US_PASSPORT if _US_PASSPORT_SHAPE.fullmatch(value) else T.PASSPORT


_XCN_TITLES = frozenset({"DR", "MD", "DO", "PROF", "MR", "MRS", "MS", "MISS", "RN", "NP", "PA"})


def _hl7_field(seg: str, what: str, s: int, rep: str, out: Findings) -> None:
    """One field's first repetition ``rep``, starting at ``s``, read as the data type ``what``."""
    comps = rep.split("^")
    offs = [0]
    for c in comps[:-1]:
        offs.append(offs[-1] + len(c) + 1)
    if what == "mrn" and comps[0].strip():
        out.add(T.MEDICAL_RECORD_NUMBER, s, s + len(comps[0]), 0.9)
    elif what in ("xpn", "xcn"):
        first = 0 if what == "xpn" else 1  # XCN starts with the person's ID, then family name
        parts = [i for i, c in enumerate(comps[first : first + 3], start=first) if c.strip()]
        # (accuracy21) A title in the given name's place ("443657^NAIR^DR": a sender's misplaced XCN.6 prefix) leaves
        # a family name alone: no tune set's author labels it (6 of 6 in two sets left).
        if what == "xcn" and len(parts) == 2 and comps[parts[1]].strip().upper().rstrip(".") in _XCN_TITLES:
            return
        if parts and any(ch.isalpha() for i in parts for ch in comps[i]):
            out.add(T.PERSON, s + offs[parts[0]], s + offs[parts[-1]] + len(comps[parts[-1]]), 0.9)
    elif what == "dob" and len(comps[0]) >= 8 and comps[0][:8].isdigit():
        d = comps[0]
        if v.calendar_date_ok(int(d[:4]), int(d[4:6]), int(d[6:8])):
            out.add(T.DATE_OF_BIRTH, s, s + 8, 0.95)
    elif what == "dob" and _ISO_DATE.fullmatch(comps[0]):
        # a sender writing the date with dashes (out of the standard, as logs quoting a rejected message show)
        d = comps[0]
        if v.calendar_date_ok(int(d[:4]), int(d[5:7]), int(d[8:10])):
            out.add(T.DATE_OF_BIRTH, s, s + 10, 0.9)
    elif what == "xad":
        last = max((i for i, c in enumerate(comps[:5]) if c.strip()), default=-1)
        if last >= 0 and any(ch.isdigit() for ch in rep):
            out.add(T.ADDRESS, s, s + offs[last] + len(comps[last]), 0.85)
    elif what == "xtn" and comps[0].strip():
        # An XTN field holds a telephone number whatever its country: one libphonenumber does not accept
        # without a country code (a national "089/0305394") is still one when it is written as one.
        n = count_digits(comps[0])
        if n >= 7 and (v.phone_ok(comps[0]) or (n <= 15 and _PHONE_CHARS.fullmatch(comps[0]))):
            out.add(T.PHONE, s, s + len(comps[0]), 0.85)
    elif what == "ssn":
        sm = SSN_VALUE.fullmatch(comps[0])
        if sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3)):
            out.add(T.US_SSN, s, s + len(comps[0]), 0.95)
    elif what == "dl":
        if count_digits(comps[0]) >= 4:
            out.add(T.DRIVER_LICENSE, s, s + len(comps[0]), 0.85)
    elif what == "plan":
        # IN1-36 policy number, IN1-49 insured's id (and IN1-35, where senders one field off put the policy
        # number): a Medicare MBI by its format, else a member id of six digits or more.
        value = comps[0].strip()
        if mbi_ok(value):
            out.add(T.US_MBI, s, s + len(comps[0]), 0.9)
        elif id_ok(T.HEALTH_PLAN_ID, value):
            out.add(T.HEALTH_PLAN_ID, s, s + len(comps[0]), 0.85)
    elif what in ("cwe", "text"):
        # CWE is code^text^system, but senders also put the name first and a dose or code after it
        # ("mesalamine^500 MG"): the text is the first of the two components that is words, not a code.
        i = 1 if what == "cwe" and len(comps) > 1 and comps[1].strip() else 0
        if i == 1 and _WORDS.fullmatch(comps[0]) and not _WORDS.fullmatch(comps[1]):
            i = 0
        if len(comps) > 2 and comps[2].strip().upper() == "CVX":
            return  # a vaccine by its CVX code (a VXU's RXA-5 "03^MMR^CVX"): a shot given, no one's medication
        if comps[i].strip() and any(ch.isalpha() for ch in comps[i]):
            t = T.DIAGNOSIS if seg == "DG1" else T.MEDICATION
            out.medical.append(Finding(s + offs[i], s + offs[i] + len(comps[i]), t, 0.9))


# FHIR JSON: an identifier's type code (HL7 table 0203) or its system names what its "value" is.
_FHIR_ID_HINT = lazy(
    r'"code"\s*:\s*"(?P<code>MR|MRN|PI|PT|SS|SSN|PPN|DL|MB|MC)"'
    # (codes of table 0203 that are also country codes are read only after the table's own system)
    r'|"system"\s*:\s*"[^"\n]*v2-0203"\s*,\s*"code"\s*:\s*"(?P<code2>MA|SN|NH)"'
    r'|"system"\s*:\s*"[^"\n]*?(?P<sys>us-ssn|passport|driver|drivers-license|mrn|medical-record|us-mbi|mbi|'
    r'us-medicare|nhs-number|2\.16\.840\.1\.113883\.4\.1(?![\d.])|1\.2\.250\.1\.213\.1\.4\.8(?![\d.]))[^"\n]*"'
    r'|"text"\s*:\s*"(?P<text>medical record(?: number)?|mrn|patient id|passport(?: number)?|'
    r"driver'?s? licen[cs]e(?: number)?|social security(?: number)?|medicare beneficiary identifier|mbi|"
    r'member id|subscriber id|medicaid number)"',
    re.I,
)
_FHIR_TYPE_TEXTS = {
    "medical record": T.MEDICAL_RECORD_NUMBER, "mrn": T.MEDICAL_RECORD_NUMBER, "patient": T.MEDICAL_RECORD_NUMBER,
    "passport": T.US_PASSPORT, "driver": T.DRIVER_LICENSE, "social": T.US_SSN, "medicare": T.US_MBI,
    "mbi": T.US_MBI, "member": T.HEALTH_PLAN_ID, "subscriber": T.HEALTH_PLAN_ID, "medicaid": T.HEALTH_PLAN_ID,
}  # fmt: skip
_FHIR_VALUE = lazy(r'"value"\s*:\s*"([^"\n]{1,40})"')
_FHIR_SYSTEMS = {
    "us-ssn": T.US_SSN, "passport": T.US_PASSPORT, "driver": T.DRIVER_LICENSE,
    "drivers-license": T.DRIVER_LICENSE, "mrn": T.MEDICAL_RECORD_NUMBER, "medical-record": T.MEDICAL_RECORD_NUMBER,
    "us-mbi": T.US_MBI, "mbi": T.US_MBI, "us-medicare": T.US_MBI, "nhs-number": T.UK_NHS_NUMBER,
    "2.16.840.1.113883.4.1": T.US_SSN, "1.2.250.1.213.1.4.8": T.FR_NIR,
}  # fmt: skip


# A HumanName's "text" (the whole name as written): a "name" that is an object (or a list of objects) is a
# HumanName in every FHIR resource (an organisation's or a location's "name" is a string).
_FHIR_HUMAN_NAME_TEXT = lazy(r'"name"\s*:\s*\[?\s*\{[^{}]{0,300}?"text"\s*:\s*"([^"\\\n]{2,80})"')
# Coverage.subscriberId: the member id the payer knows the subscriber by (a string in R4, an Identifier in R5).
_FHIR_SUBSCRIBER = lazy(r'"subscriberId"\s*:\s*(?:"([^"\n]{3,40})"|\{[^{}]{0,200}?"value"\s*:\s*"([^"\n]{3,40})")')


def scan_fhir_identifiers(text: str, out: Findings) -> None:
    """The values of FHIR identifiers whose type code or system says what they are (MR, SS, PPN, DL...), and a
    Coverage's subscriber id; FHIR XML read by its elements (``_scan_fhir_xml``)."""
    if "hl7.org/fhir" in out.formats and 'xmlns="http://hl7.org/fhir"' in text:
        _scan_fhir_xml(text, out)
    if '"resourcetype"' in out.formats and '"text"' in text:
        for m in _FHIR_HUMAN_NAME_TEXT.finditer(text):
            name = m.group(1)
            if any(c.isalpha() for c in name) and not any(c.isdigit() for c in name) and len(name.split()) <= 6:
                out.add(T.PERSON, m.start(1), m.end(1), 0.85)
    if "subscriberid" in out.formats and '"subscriberId"' in text:
        for m in _FHIR_SUBSCRIBER.finditer(text):
            g = 1 if m.group(1) is not None else 2
            value = m.group(g).strip()
            if mbi_ok(value):
                out.add(T.US_MBI, m.start(g), m.end(g), 0.9)
            elif count_digits(value) >= 4:
                out.add(T.HEALTH_PLAN_ID, m.start(g), m.end(g), 0.85)
    if '"identifier"' not in text:
        return
    if '"Patient"' in text:
        _patient_identifiers(text, out)
    for m in _FHIR_ID_HINT.finditer(text):
        code, system, label = m.group("code") or m.group("code2"), m.group("sys"), m.group("text")
        if code:
            kind = _CX_TYPES.get(code.upper())
        elif system:
            kind = _FHIR_SYSTEMS.get(system.lower())
        else:
            kind = next((k for w, k in _FHIR_TYPE_TEXTS.items() if label.lower().startswith(w)), None)
        if kind is None:
            continue
        # The value of the same identifier: the next "value" before the identifier object closes twice.
        val = _FHIR_VALUE.search(text, m.end(), m.end() + 400)
        if val is None or text.count("]", m.end(), val.start()) > 2:
            continue
        value = val.group(1).strip()
        if kind is T.US_SSN:
            sm = SSN_VALUE.fullmatch(value)
            if not (sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3))):
                continue
        elif (
            (kind is T.US_MBI and not mbi_ok(value))
            or (kind in (T.UK_NHS_NUMBER, T.FR_NIR) and not id_ok(kind, value))
            or count_digits(value) < 3
        ):
            continue
        if kind is T.US_PASSPORT:
            issuer = text[m.start() : m.end()] if system else ""  # "http://hl7.org/fhir/sid/passport-NZL"
            kind = (
                _passport_by_issuer(issuer.rstrip('"'), value)
                if _ISSUER_CODE.search(issuer.rstrip('"'))
                else passport_type(text, val.start(1), val.end(1))
            )
        out.add(kind, val.start(1), val.end(1), 0.9)


_FHIR_PATIENT = lazy(r'"resourceType"\s*:\s*"Patient"')
_FHIR_IDENTIFIERS = lazy(r'"identifier"\s*:\s*\[')
_FHIR_TYPE_KEY = lazy(r'"type"\s*:')
_FHIR_SYSTEM_KEY = lazy(r'"system"\s*:')
_FHIR_OID_SYSTEM = lazy(r'"system"\s*:\s*"urn:oid:[\d.]+"')


def _patient_identifiers(text: str, out: Findings) -> None:
    """A Patient's identifiers that neither a type nor a known system names: its record numbers at the
    organisations whose OIDs issue them, or with no system at all, as a CDA ``<patientRole>``'s first ``<id>``
    (a URL system names some other registry, which is left alone)."""
    for p in _FHIR_PATIENT.finditer(text):
        nxt = text.find('"resourceType"', p.end(), p.end() + 4000)
        hi = nxt if nxt != -1 else min(len(text), p.end() + 4000)
        ids = _FHIR_IDENTIFIERS.search(text, p.end(), hi)
        if ids is None:
            continue
        pos, depth, start = ids.end(), 0, -1
        while pos < hi:
            c = text[pos]
            if c == "{":
                depth += 1
                if depth == 1:
                    start = pos
            elif c == "}":
                depth -= 1
                if depth == 0:
                    _untyped_identifier(text, start, pos + 1, out)
            elif c == "]" and depth == 0:
                break
            pos += 1


def _untyped_identifier(text: str, lo: int, hi: int, out: Findings) -> None:
    """The value of one Patient identifier object at [lo, hi) when no type names it and its system, if any, is
    an OID: a record number."""
    if _FHIR_ID_HINT.search(text, lo, hi):
        return  # typed, or of a known system: read by scan_fhir_identifiers
    if _FHIR_TYPE_KEY.search(text, lo, hi) or (
        _FHIR_SYSTEM_KEY.search(text, lo, hi) and not _FHIR_OID_SYSTEM.search(text, lo, hi)
    ):
        return
    val = _FHIR_VALUE.search(text, lo, hi)
    if val and count_digits(val.group(1)) >= 4 and len(val.group(1)) <= 20:
        out.add(T.MEDICAL_RECORD_NUMBER, val.start(1), val.end(1), 0.85)


# A CDA document's patient: the first <id> of <patientRole> is the patient's record number at the issuing
# organisation (its "root" OID names the organisation, its "extension" the number).
_CDA_ID = lazy(r"\s*<id\b[^<>]{0,200}?\bextension=\"([^\"<>]{1,40})\"")


def cda_patient_id(text: str, end: int, out: Findings) -> None:
    """The record number of a CDA ``<patientRole>`` ending at ``end``."""
    m = _CDA_ID.match(text, end)
    if m and count_digits(m.group(1)) >= 4:
        out.add(T.MEDICAL_RECORD_NUMBER, m.start(1), m.end(1), 0.85)


# FHIR XML (accuracy14): every primitive is an element with a value attribute (<family value="..."/>).
_FHIR_XML_NAME = lazy(r'<(family|given)\s+value="([^"<>]{1,80})"\s*/>')
_FHIR_XML_ID = lazy(r"<identifier>")
_FHIR_XML_SYSTEM = lazy(r'<system\s+value="([^"<>]{1,200})"')
_FHIR_XML_TYPE = lazy(r'<type>.{0,400}?<code\s+value="([A-Z]{2,3})"\s*/>', re.S)
_FHIR_XML_VALUE = lazy(r'<value\s+value="([^"<>]{1,40})"\s*/>\s*(?:<|$)')
_FHIR_XML_SUBSCRIBER = lazy(r'<subscriberId\s+value="([^"<>]{3,40})"')
_FHIR_XML_RESOURCE = lazy(r"<(Condition|AllergyIntolerance)>")
_FHIR_XML_REFUTED = lazy(r'<verificationStatus>.{0,400}?value="(?:refuted|entered-in-error)"', re.S)
_FHIR_SYSTEM_WORDS = lazy(
    r"(us-ssn|passport|drivers-license|driver|mrn|medical-record|us-mbi|us-medicare|mbi|nhs-number|"
    r"2\.16\.840\.1\.113883\.4\.1(?![\d.])|1\.2\.250\.1\.213\.1\.4\.8(?![\d.]))",
    re.I,
)


def _scan_fhir_xml(text: str, out: Findings) -> None:
    """Names (``family``, ``given``), identifiers typed by their system or type code, a Coverage's subscriber id,
    and refuted or entered-in-error Conditions and allergies, whose terms are no one's."""
    for m in _FHIR_XML_NAME.finditer(text):
        if any(c.isalpha() for c in m.group(2)):
            out.add(T.PERSON, m.start(2), m.end(2), 0.9)
    known: dict[str, tuple[int, int]] = {}
    for m in _FHIR_XML_ID.finditer(text):
        close = closing_tag(text, "identifier", m.end(), 800, known)
        if close == -1:
            continue
        body = text[m.end() : close]
        val = _FHIR_XML_VALUE.search(body)
        if val is None:
            continue
        kind: T | None = None
        code = _FHIR_XML_TYPE.search(body)
        if code is not None:
            kind = _CX_TYPES.get(code.group(1))
        system = _FHIR_XML_SYSTEM.search(body)
        if kind is None and system is not None:
            word = _FHIR_SYSTEM_WORDS.search(system.group(1))
            kind = _FHIR_SYSTEMS.get(word.group(1).lower()) if word else None
        value = val.group(1).strip()
        at = m.end() + val.start(1)
        if kind is None or count_digits(value) < 3:
            continue
        if kind is T.US_SSN:
            sm = SSN_VALUE.fullmatch(value)
            if not (sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3))):
                continue
        elif (kind is T.US_MBI and not mbi_ok(value)) or (
            kind in (T.UK_NHS_NUMBER, T.FR_NIR) and not id_ok(kind, value)
        ):
            continue
        if kind is T.US_PASSPORT:
            kind = _passport_by_issuer(system.group(1) if system else "", value)
        out.add(kind, at, at + len(val.group(1)), 0.9)
    for m in _FHIR_XML_SUBSCRIBER.finditer(text) if "subscriberid" in out.formats else ():
        value = m.group(1).strip()
        if mbi_ok(value):
            out.add(T.US_MBI, m.start(1), m.end(1), 0.9)
        elif count_digits(value) >= 4:
            out.add(T.HEALTH_PLAN_ID, m.start(1), m.end(1), 0.85)
    if "<verificationStatus>" in text:
        dropped: list[tuple[int, int]] = []
        for m in _FHIR_XML_RESOURCE.finditer(text):
            close = closing_tag(text, m.group(1), m.end(), 4000, known)
            if close != -1 and _FHIR_XML_REFUTED.search(text, m.end(), close):
                dropped.append((m.start(), close))  # (disjoint and in order: each ends before the next opens)
        out.unasserted = sorted(out.unasserted + dropped)
