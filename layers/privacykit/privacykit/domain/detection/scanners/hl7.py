"""HL7 v2 messages: the fields of PID, NK1, GT1, IN1, PV1, DG1, pharmacy and order segments that hold PHI."""

from __future__ import annotations

import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import count_digits
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.scanners.numbers import SSN_VALUE

__all__ = ["scan_hl7"]

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


# A component that is words (a drug or condition name), not a code or a dose ("500 MG", "M06.9", "RX123").
_WORDS = re.compile(r"[A-Za-z][A-Za-z '()/,.-]*[A-Za-z)]")


def scan_hl7(text: str, out: Findings) -> None:
    """The PHI fields of the HL7 segments in ``text``; diagnoses and drugs go to the medical terms."""
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
            if what is None or not fld.strip():
                continue
            _hl7_field(seg, what, s, fld.split("~")[0], out)


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
    elif what in ("cwe", "text"):
        # CWE is code^text^system, but senders also put the name first and a dose or code after it
        # ("mesalamine^500 MG"): the text is the first of the two components that is words, not a code.
        i = 1 if what == "cwe" and len(comps) > 1 and comps[1].strip() else 0
        if i == 1 and _WORDS.fullmatch(comps[0]) and not _WORDS.fullmatch(comps[1]):
            i = 0
        if comps[i].strip() and any(ch.isalpha() for ch in comps[i]):
            t = T.DIAGNOSIS if seg == "DG1" else T.MEDICATION
            out.medical.append(Finding(s + offs[i], s + offs[i] + len(comps[i]), t, 0.9))
