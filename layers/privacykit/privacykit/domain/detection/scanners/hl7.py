"""HL7 v2 messages: the fields of PID, NK1, GT1, IN1, PV1, DG1, pharmacy and order segments that hold PHI."""

from __future__ import annotations

import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import count_digits
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.national_ids import id_ok, mbi_ok
from privacykit.domain.detection.scanners.numbers import SSN_VALUE, passport_type
from privacykit.domain.detection.wordlists import words

__all__ = ["scan_hl7", "scan_fhir_identifiers", "cda_patient_id"]

# (a segment may be indented: a log quoting the message it failed on, "    PID|1||...")
_HL7_SEG = lazy(
    r"(?:^|(?<=[\r\n]))[ \t]*(PID|PD1|NK1|GT1|IN1|PV1|DG1|RXE|RXO|RXA|RXD|ORC|OBR|OBX|AIP|ROL|PRD)\|([^\r\n]*)"
)
# (segment, field index) -> what the field holds (HL7 v2 data types XPN, XCN, XAD, XTN, CWE).
_HL7_FIELDS: dict[tuple[str, int], str] = {
    ("PID", 2): "mrn", ("PID", 3): "mrn", ("PID", 4): "mrn",
    ("PID", 5): "xpn", ("PID", 6): "xpn", ("PID", 7): "dob", ("PID", 11): "xad",
    ("PID", 13): "xtn", ("PID", 14): "xtn", ("PID", 19): "ssn", ("PID", 20): "dl",
    ("NK1", 2): "xpn", ("NK1", 4): "xad", ("NK1", 5): "xtn", ("NK1", 6): "xtn",
    ("GT1", 3): "xpn", ("GT1", 5): "xad", ("GT1", 6): "xtn", ("GT1", 8): "dob", ("GT1", 12): "ssn",
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
# A component that is words (a drug or condition name), not a code or a dose ("500 MG", "M06.9", "RX123").
_WORDS = lazy(r"[A-Za-z][A-Za-z '()/,.-]*[A-Za-z)]")


def scan_hl7(text: str, out: Findings) -> None:
    """The PHI fields of the HL7 segments in ``text``; diagnoses and drugs go to the medical terms. X12
    segments (claims, enrolment, eligibility) are read here too: the same kind of positional record."""
    if "*" in text and ("NM1*" in text or "DMG*" in text):
        _scan_x12(text, out)
    if "|" not in text or not ("PID|" in text or "DG1|" in text or "RXE|" in text):
        return
    for m in _HL7_SEG.finditer(text):
        seg = m.group(1)
        base = m.start(2)
        pos = 0
        for idx, fld in enumerate(m.group(2).split("|"), start=1):
            s = base + pos
            pos += len(fld) + 1
            what = _HL7_FIELDS.get((seg, idx))
            if not fld.strip():
                continue
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
            else:
                _hl7_field(seg, what, s, fld.split("~")[0], out)


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
# HL7 table 0063: the relationship of the insured or next of kin to the patient.
_RELATIONSHIP_CODES = words(
    "SEL SPO CHD DEP EME FTH MTH SIB GRD OTH PAR ASC BRO SIS FND GCH GRP MGR NCH NON OWN UNK WRD EMR EXF FCH DOM "
    "CGV 01 02 03 04 05 18 19 20 21"
)
# X12 (837/834/270) segments: a member id, a birth date, names and SSNs in fixed elements.
_X12_SEG = lazy(r"(?:^|(?<=~)|(?<=\n))[ \t\r]*(?P<seg>NM1|DMG|REF|N3)\*(?P<body>[^~\n]*)")
# REF qualifiers (X12 code list 128) of the identifiers the contract names.
_X12_REF = {"SY": T.US_SSN, "1W": T.HEALTH_PLAN_ID, "EA": T.MEDICAL_RECORD_NUMBER, "IG": T.HEALTH_PLAN_ID}
# NM1-08 identification code qualifiers (code list 66): member id, SSN, Medicare/Medicaid numbers.
_X12_NM1_ID = {"MI": T.HEALTH_PLAN_ID, "34": T.US_SSN, "MC": T.HEALTH_PLAN_ID, "MR": T.HEALTH_PLAN_ID}


def _scan_x12(text: str, out: Findings) -> None:
    """The personal elements of X12 segments: NM1 person names and ids, DMG birth dates, REF identifiers, and the
    street (N3) of a person an NM1 names (accuracy9)."""
    person = False
    for m in _X12_SEG.finditer(text):
        seg, base = m.group("seg"), m.start("body")
        elements = m.group("body").split("*")
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
        elif seg == "NM1" and len(elements) > 3 and elements[1] == "1":
            last = max(i for i in (2, 3, 4) if i < len(elements) and elements[i].strip()) if elements[2].strip() else 0
            if last:
                out.add(T.PERSON, base + offsets[2], base + offsets[last] + len(elements[last]), 0.85)
            if len(elements) > 8:
                _x12_id(_X12_NM1_ID.get(elements[7]), elements[8], base + offsets[8], out)
        elif seg == "REF" and len(elements) > 1:
            _x12_id(_X12_REF.get(elements[0]), elements[1], base + offsets[1], out)
        if seg == "NM1":
            person = len(elements) > 1 and elements[1] == "1"  # entity type 1: a person, 2: an organisation


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
        if kind is None:
            continue
        if kind is T.US_SSN:
            sm = SSN_VALUE.fullmatch(value)
            if not (sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3))):
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
        if count_digits(comps[0]) >= 7 and v.phone_ok(comps[0]):
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
        if comps[i].strip() and any(ch.isalpha() for ch in comps[i]):
            t = T.DIAGNOSIS if seg == "DG1" else T.MEDICATION
            out.medical.append(Finding(s + offs[i], s + offs[i] + len(comps[i]), t, 0.9))


# FHIR JSON: an identifier's type code (HL7 table 0203) or its system names what its "value" is.
_FHIR_ID_HINT = lazy(
    r'"code"\s*:\s*"(?P<code>MR|MRN|PI|PT|SS|SSN|PPN|DL|MB|MC)"'
    r'|"system"\s*:\s*"[^"\n]*?(?P<sys>us-ssn|passport|driver|drivers-license|mrn|medical-record|us-mbi|mbi)[^"\n]*"'
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
    "us-mbi": T.US_MBI, "mbi": T.US_MBI,
}  # fmt: skip


def scan_fhir_identifiers(text: str, out: Findings) -> None:
    """The values of FHIR identifiers whose type code or system says what they are (MR, SS, PPN, DL...)."""
    if '"identifier"' not in text:
        return
    for m in _FHIR_ID_HINT.finditer(text):
        code, system, label = m.group("code"), m.group("sys"), m.group("text")
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
        elif (kind is T.US_MBI and not mbi_ok(value)) or count_digits(value) < 3:
            continue
        if kind is T.US_PASSPORT:
            issuer = text[m.start() : m.end()] if system else ""  # "http://hl7.org/fhir/sid/passport-NZL"
            kind = (
                _passport_by_issuer(issuer.rstrip('"'), value)
                if _ISSUER_CODE.search(issuer.rstrip('"'))
                else passport_type(text, val.start(1), val.end(1))
            )
        out.add(kind, val.start(1), val.end(1), 0.9)


# A CDA document's patient: the first <id> of <patientRole> is the patient's record number at the issuing
# organisation (its "root" OID names the organisation, its "extension" the number).
_CDA_ID = lazy(r"\s*<id\b[^<>]{0,200}?\bextension=\"([^\"<>]{1,40})\"")


def cda_patient_id(text: str, end: int, out: Findings) -> None:
    """The record number of a CDA ``<patientRole>`` ending at ``end``."""
    m = _CDA_ID.match(text, end)
    if m and count_digits(m.group(1)) >= 4:
        out.add(T.MEDICAL_RECORD_NUMBER, m.start(1), m.end(1), 0.85)
