"""Standard interchange formats read by their specifications (accuracy14): SWIFT MT customer fields, ISO 20022
payment parties and HL7 CDA patient addresses and negated entries.

An author who writes one of these formats writes the fields its specification defines, in the places it
defines, so reading them by the specification carries to every author:

* MT940/MT942 statements: the counterparty's name in subfields ``?32``/``?33`` of field ``:86:``;
* SWIFT MT103/MT101/MT202 COV: the ordering customer (``:50K:``/``:50H:``/``:50F:``) and beneficiary (``:59:``/
  ``:59F:``) fields: an optional ``/account`` line, then the name and up to three address lines of 35
  characters; the structured options number their lines (``1/`` name, ``2/`` address, ``3/`` country and town,
  ``4/`` birth date, ``7/`` national id) and may open with a party identifier (``CCPT/GB/...`` passport,
  ``DRLC`` driver licence, ``NIDN`` national id, ``SOSE`` social security number). A gateway log that flattens
  the field onto one line (``:50K:/FR76... JANE DOE``) is read the same way;
* ISO 20022 (pain.001, pacs.008, camt...): each party (``<Dbtr>``, ``<Cdtr>``, ``<UltmtDbtr>``...): ``<Nm>`` a
  person's name unless the party is an organisation (``<OrgId>``, a legal form in the name), ``<PstlAdr>`` its
  address, ``<BirthDt>`` its birth date, ``<PrvtId><Othr><Id>`` an identifier typed by its scheme code;
* CDA (C-CDA, CCD): the ``<addr>`` of the patient, a guardian or a related person (not an organisation's), and
  entries marked ``negationInd="true"`` (a condition the patient does not have: not a diagnosis).

Every reader starts from a literal that a text without the format does not hold, so other texts pay one
``in`` test per format.
"""

from __future__ import annotations

import bisect
import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.national_ids import id_ok
from privacykit.domain.detection.scanners.numbers import SSN_VALUE
from privacykit.domain.detection.wordlists import words

__all__ = ["scan_interchange", "organisation_name", "closing_tag", "national_id", "ALPHA3"]


def scan_interchange(text: str, out: Findings) -> None:
    """The personal fields of the SWIFT MT, ISO 20022 and CDA content of ``text``. Each reader runs when the
    keyword pass (run before) met its format's marker (``out.formats``): a text without one costs nothing here."""
    formats = out.formats
    if not formats:
        return
    if not formats.isdisjoint(_SWIFT_MARKERS):
        _scan_swift(text, out)
    if ":86:" in formats and "?32" in text:
        _scan_mt940_counterparties(text, out)
    if "<nm>" in formats:
        _scan_iso20022(text, out)
    if "<addr" in formats and "<streetAddressLine" in text:
        _scan_cda_addresses(text, out)
    if "negationind=" in formats:
        _drop_negated_entries(text, out)


_SWIFT_MARKERS = frozenset({":59:", ":50k:", ":50f:", ":59f:", ":50h:"})


# Legal forms (ISO 20275's commonest abbreviations, dots removed) and words that only an organisation's name
# holds: a party so named is not a person.
_LEGAL_FORMS = words(
    "ltd limited plc llc llp lp inc incorporated corp corporation co company cie gmbh ag kg ohg ug mbh kgaa se "
    "sa sas sasu sarl eurl snc sca scs srl srls spa sapa sccl sl slu bv nv vof cv ab hb kb oy oyj as asa a/s "
    "aps is ehf kft zrt nyrt sro as doo dd ad ead eood ood srl pty pte bhd sdn tbk ltda eireli cia sac saa "
    "fze fzco fzc fzllc wll bsc saog saoc ksc kscc qsc qpsc pjsc jsc ojsc cjsc pao oao zao ooo tov pvt ulc "
    "gbr ev eg ggmbh stiftung verein "
    "bank banque banca banco trust foundation fondation fundacion fondazione association verband university "
    "universite universidad universita hospital clinic klinik group groupe gruppo grupo holding holdings "
    "insurance assurance versicherung seguros assicurazioni services ministry council school fund authority "
    "agency treasury payroll government municipality"
)
_LEGAL_TOKEN = lazy(r"[^\w/&]+")


def organisation_name(name: str) -> bool:
    """Whether ``name`` is an organisation's: a legal form or an organisation's word among its words, or a digit."""
    if any(c.isdigit() for c in name):
        return True
    tokens = [t for t in _LEGAL_TOKEN.split(name.replace(".", "").lower()) if t]
    return any(t in _LEGAL_FORMS for t in tokens) or "&" in tokens


# A person's name as payment messages write it: two to six words of letters (any script), hyphens, apostrophes.
_PARTY_NAME = lazy(r"[^\W\d_](?:[^\W\d_]|['’.-])*(?:[ ,]+[^\W\d_](?:[^\W\d_]|['’.-])*){1,5}")


def _person(name: str) -> bool:
    return _PARTY_NAME.fullmatch(name.strip()) is not None and not organisation_name(name)


# ---------------------------------------------------------------------------------------------------- SWIFT MT
# A customer field's tag at the start of a line, or inside a log line that quotes the field.
# (the literal first, so the search runs at memory speed; what stands before the tag is checked after)
_SWIFT_TAG = lazy(r"(?P<tag>:(?:50[FHK]|59F?):)")
# The end of a field: the next field's tag, or the end of the text block.
_SWIFT_NEXT = lazy(r"\n:\d{2}[A-Z]?:|\n-\}|\n\n")
# Party identifier codes of 50F (and ISO 20022 scheme codes): what the identifier after them is.
_ID_CODES = {"CCPT": T.PASSPORT, "DRLC": T.DRIVER_LICENSE, "SOSE": T.US_SSN, "NIDN": None, "TXID": None}
# A country's national identifier, checked by its check digits, for NIDN/TXID codes and 50F line 7.
_NATIONAL_ID = {
    "GB": (T.UK_NATIONAL_INSURANCE_NUMBER, T.UK_NHS_NUMBER), "ES": (T.ES_DNI,), "FR": (T.FR_NIR,),
    "DE": (T.DE_TAX_ID,), "IT": (T.IT_FISCAL_CODE,), "CA": (T.CA_SIN,), "BR": (T.BR_CPF,), "IN": (T.IN_AADHAAR,),
    "SG": (T.SG_NRIC,), "US": (T.US_SSN,),
}  # fmt: skip


def _scan_swift(text: str, out: Findings) -> None:
    for m in _SWIFT_TAG.finditer(text):
        if m.start() and not (text[m.start() - 1].isspace() or text[m.start() - 1] == "{"):
            continue  # a time of day ("10:59:02"), not a field tag
        tag = m.group("tag")
        start = m.end()
        line_end = text.find("\n", start, start + 400)
        if line_end == -1:
            continue  # no field runs 400 characters on one line
        nxt = _SWIFT_NEXT.search(text, start, start + 400)
        block_end = nxt.start() if nxt else min(len(text), start + 400)
        first = text[start:line_end].rstrip("\r")
        if tag in (":50F:", ":59F:"):
            _swift_structured(text, start, block_end, out)
            continue
        # Option K/H and no letter: [/account] then name and address lines (4*35x).
        lines: list[tuple[int, str]] = []
        if first.startswith("/"):
            account_end = len(first.split()[0]) if first.split() else len(first)
            rest = first[account_end:]
            if rest.strip():  # a log line that flattened the field: the name after the account
                # (up to the line's next key=value field or quote, if the log goes on after the name)
                name = _LOG_FIELD.split(rest, 1)[0].strip()
                if len(name) <= 35 and _person(name):
                    at = start + account_end + rest.index(name)
                    out.add(T.PERSON, at, at + len(name), 0.85)
                continue
        elif first.strip():
            lines.append((start, first))
        pos = line_end + 1
        while pos < block_end and len(lines) < 4:
            end = text.find("\n", pos, block_end)
            end = block_end if end == -1 else end
            line = text[pos:end].rstrip("\r")
            if not line.strip() or len(line) > 35 or line.startswith(":"):
                break
            lines.append((pos, line))
            pos = end + 1
        if not lines:
            continue
        (at, name), addr = lines[0], lines[1:]
        if not _person(name):
            continue  # a company: its name and address are not a person's
        out.add(T.PERSON, at, at + len(name.rstrip()), 0.85)
        if addr and any(any(c.isdigit() for c in line) for _, line in addr):
            out.add(T.ADDRESS, addr[0][0], addr[-1][0] + len(addr[-1][1].rstrip()), 0.8)


# MT940/MT942 statement lines (the German banks' structured field 86, DFÜ-Abkommen annex 3): subfield ?32 holds
# the counterparty's name and ?33 its continuation (?30 the bank code, ?31 the account, ?20-?29 the purpose).
_MT940_NAME = lazy(r"\?32([^?\r\n]{1,27})(?:\r?\n?\?33([^?\r\n]{1,27}))?")
_MT940_ACCOUNT = lazy(r"\?31([A-Z]{2}\d{2}[A-Z0-9]{11,30})(?=\?|\r?\n|$)")


def _scan_mt940_counterparties(text: str, out: Findings) -> None:
    for a in _MT940_ACCOUNT.finditer(text):  # (glued to its subfield code, the IBAN scan does not see it)
        if v.iban_ok(a.group(1)):
            out.add(T.IBAN, a.start(1), a.end(1), 0.9)
    for m in _MT940_NAME.finditer(text):
        name = m.group(1) + (" " + m.group(2) if m.group(2) else "")
        if _person(" ".join(name.split())):
            end = m.end(2) if m.group(2) else m.end(1)
            out.add(T.PERSON, m.start(1), m.start(1) + len(m.group(1).rstrip()) if not m.group(2) else end, 0.85)


_NUMBERED = lazy(r"([1-8])/(.*)")
_LOG_FIELD = lazy(r"\s[\w.-]+=|[\"|\t]")


def _swift_structured(text: str, start: int, end: int, out: Findings) -> None:
    """Option F: a party identifier line (``/account`` or ``CODE/CC/id``), then numbered lines."""
    names: list[tuple[int, int]] = []
    address: list[tuple[int, int]] = []
    pos = start
    first = True
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl == -1 else nl
        line = text[pos:nl].rstrip("\r")
        m = _NUMBERED.fullmatch(line)
        if m is None:
            if first and "/" in line and not line.startswith("/"):
                _party_identifier(line, pos, out)
            first = False
            pos = nl + 1
            continue
        first = False
        number, value = m.group(1), m.group(2)
        vs = pos + 2
        if number == "1" and value.strip():
            names.append((vs, vs + len(value.rstrip())))
        elif number in ("2", "3") and value.strip():
            address.append((vs, vs + len(value.rstrip())))
        elif number == "4" and len(value) >= 8 and value[:8].isdigit():
            y, mo, d = int(value[:4]), int(value[4:6]), int(value[6:8])
            if v.calendar_date_ok(y, mo, d):
                out.add(T.DATE_OF_BIRTH, vs, vs + 8, 0.9)
        elif number == "7" and value.count("/") >= 1:
            country, _, ident = value.partition("/")
            national_id(country, ident, vs + len(country) + 1, out)
        pos = nl + 1
    if names:
        name = " ".join(text[s:e] for s, e in names)
        if _person(name):
            for s, e in names:
                out.add(T.PERSON, s, e, 0.85)
            if address and any(c.isdigit() for s, e in address for c in text[s:e]):
                out.add(T.ADDRESS, address[0][0], address[-1][1], 0.8)


def _party_identifier(line: str, at: int, out: Findings) -> None:
    """``CCPT/GB/123456789``, ``DRLC/US/NY/12345``, ``NIDN/ES/12345678Z``, ``SOSE/US/123-45-6789``."""
    parts = line.split("/")
    code = parts[0].strip().upper()
    if code not in _ID_CODES or len(parts) < 3:
        return
    ident = parts[-1].strip()
    s = at + line.rindex(parts[-1]) + (len(parts[-1]) - len(parts[-1].lstrip()))
    _typed_id(code, parts[1].strip().upper(), ident, s, out)


def _typed_id(code: str, country: str, ident: str, s: int, out: Findings) -> None:
    kind = _ID_CODES.get(code)
    if not ident or sum(c.isdigit() for c in ident) < 4:
        return
    if kind is T.PASSPORT:
        out.add(T.US_PASSPORT if country in ("US", "USA") else T.PASSPORT, s, s + len(ident), 0.85)
    elif kind is T.DRIVER_LICENSE:
        out.add(T.DRIVER_LICENSE, s, s + len(ident), 0.85)
    elif kind is T.US_SSN or code in ("NIDN", "TXID"):
        national_id(country if kind is None else "US", ident, s, out)


#: ISO 3166 alpha-3 codes of the countries whose identifiers are checked, to their alpha-2 codes.
ALPHA3 = {
    "GBR": "GB", "ESP": "ES", "FRA": "FR", "DEU": "DE", "ITA": "IT", "CAN": "CA", "BRA": "BR", "IND": "IN",
    "SGP": "SG", "USA": "US",
}  # fmt: skip


def national_id(country: str, ident: str, s: int, out: Findings) -> None:
    """A national identifier of ``country`` (alpha-2) at ``s`` when its check digits hold."""
    lead = len(ident) - len(ident.lstrip())
    s += lead
    ident = ident.strip()
    for kind in _NATIONAL_ID.get(country.strip().upper()[:2], ()):
        if kind is T.US_SSN:
            sm = SSN_VALUE.fullmatch(ident)
            if sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3)):
                out.add(T.US_SSN, s, s + len(ident), 0.85)
                return
        elif id_ok(kind, ident):
            out.add(kind, s, s + len(ident), 0.85)
            return


# ------------------------------------------------------------------------------------------------- ISO 20022
# The parties whose names and addresses are a customer's (the agents, <DbtrAgt>/<CdtrAgt>, are banks).
_ISO_PARTY = lazy(r"<(Dbtr|Cdtr|UltmtDbtr|UltmtCdtr|InitgPty|Ownr|Invstr|AcctOwnr)>")
_ISO_NAME = lazy(r"<Nm>([^<>]{1,140})</Nm>")
_ISO_ADDRESS = lazy(r"<PstlAdr>(.{0,800}?)</PstlAdr>", re.S)
_ISO_ADDRESS_PART = lazy(
    r"<(AdrLine|StrtNm|BldgNb|BldgNm|Flr|PstBx|Room|PstCd|TwnNm|TwnLctnNm|DstrctNm|CtrySubDvsn)>([^<>]{1,140})<"
)
# Contact details: ISO 20022 writes a number "+CC-NNNN..." (a country code, a hyphen, the national number).
_ISO_PHONE = lazy(r"<(?:PhneNb|MobNb|FaxNb)>(\+\d{1,3}-[\d()+-]{4,30})</")
_ISO_BIRTH = lazy(r"<BirthDt>(\d{4})-(\d{2})-(\d{2})</BirthDt>")
_ISO_PRIVATE_ID = lazy(
    r"<Othr>\s*<Id>([^<>]{1,40})</Id>\s*<SchmeNm>\s*<Cd>([A-Z]{4})</Cd>\s*</SchmeNm>(?:\s*<Issr>([^<>]{1,35})</Issr>)?"
)


def closing_tag(text: str, tag: str, start: int, reach: int, known: dict[str, tuple[int, int]]) -> int:
    """Where ``</tag>`` first stands in ``text[start : start + reach]``, or -1; ``known`` keeps, per tag, the last
    answer and how far it holds (a run of opening tags with no closing one is searched once, not once each)."""
    searched, found = known.get(tag, (-1, -1))
    if start <= found:
        return found if found - start <= reach else -1  # the first closing tag after an earlier start
    begin = max(start, searched)
    close = text.find(f"</{tag}>", begin, start + reach)
    known[tag] = (start + reach if close == -1 else close, close)  # (no closing tag before the first)
    return close


def _scan_iso20022(text: str, out: Findings) -> None:
    known: dict[str, tuple[int, int]] = {}
    for m in _ISO_PARTY.finditer(text):
        close = closing_tag(text, m.group(1), m.end(), 4000, known)
        if close == -1:
            continue
        body_start = m.end()
        body = text[body_start:close]
        if "<OrgId>" in body or "<FinInstnId>" in body:
            continue  # an organisation (or a bank): its name and address are not a person's
        nm = _ISO_NAME.search(body)
        if nm is not None:
            if not _person(nm.group(1)):
                continue
            out.add(T.PERSON, body_start + nm.start(1), body_start + nm.end(1), 0.85)
        adr = _ISO_ADDRESS.search(body)
        if adr is not None:
            parts = list(_ISO_ADDRESS_PART.finditer(body, adr.start(1), adr.end(1)))
            if parts and any(c.isdigit() for p in parts for c in p.group(2)):
                out.add(T.ADDRESS, body_start + parts[0].start(2), body_start + parts[-1].end(2), 0.8)
        for ph in _ISO_PHONE.finditer(body):
            out.add(T.PHONE, body_start + ph.start(1), body_start + ph.end(1), 0.85)
        for b in _ISO_BIRTH.finditer(body):
            if v.calendar_date_ok(int(b.group(1)), int(b.group(2)), int(b.group(3))):
                out.add(T.DATE_OF_BIRTH, body_start + b.start(1), body_start + b.end(3), 0.9)
        if "<PrvtId>" in body:
            for p in _ISO_PRIVATE_ID.finditer(body):
                country = (p.group(3) or "").strip().upper()
                _typed_id(p.group(2), country, p.group(1).strip(), body_start + p.start(1), out)


# ------------------------------------------------------------------------------------------------------- CDA
# The roles whose <addr> is a person's, and those whose <addr> is an organisation's: the nearest opening tag
# before an <addr> says whose it is (an organisation nested in a patient role comes after the role's tag).
_CDA_ROLE = lazy(
    r"<(patientRole|guardian|associatedEntity|relatedEntity|relatedSubject|participantRole|"
    r"representedOrganization|serviceProviderOrganization|representedCustodianOrganization|providerOrganization|"
    r"wholeOrganization|scopingOrganization|assignedEntity|assignedAuthor|location|healthCareFacility)\b"
)
_CDA_PERSON_ROLES = frozenset({"patientRole", "guardian", "associatedEntity", "relatedEntity", "relatedSubject"})
_CDA_ADDR = lazy(r"<addr\b[^<>]{0,200}>")
_CDA_ADDR_PART = lazy(
    r"<(streetAddressLine|houseNumber|streetName|city|state|postalCode|county|unitID)\b[^<>]{0,80}>([^<>]{1,140})<"
)


def _scan_cda_addresses(text: str, out: Findings) -> None:
    roles = [(r.start(), r.group(1)) for r in _CDA_ROLE.finditer(text)]
    starts = [p for p, _ in roles]
    known: dict[str, tuple[int, int]] = {}
    for a in _CDA_ADDR.finditer(text):
        i = bisect.bisect_left(starts, a.start())
        if i == 0 or roles[i - 1][1] not in _CDA_PERSON_ROLES or a.start() - starts[i - 1] > 3000:
            continue
        close = closing_tag(text, "addr", a.end(), 800, known)
        if close == -1:
            continue
        parts = list(_CDA_ADDR_PART.finditer(text, a.end(), close + 1))
        if not parts or not any(c.isdigit() for p in parts for c in p.group(2)):
            continue
        last = next((p for p in reversed(parts) if p.group(1) == "postalCode"), parts[-1])
        out.add(T.ADDRESS, parts[0].start(2), last.end(2), 0.85)


# An entry recorded as not so: its condition or drug is not the patient's.
_NEGATED_ENTRY = lazy(r"<(observation|act|substanceAdministration|procedure|encounter)\b[^<>]*$")
_NEGATION = 'negationInd="true"'


def _drop_negated_entries(text: str, out: Findings) -> None:
    spans: list[tuple[int, int]] = []
    known: dict[str, tuple[int, int]] = {}
    at = text.find(_NEGATION)
    while at != -1:
        lo = text.rfind("<", max(0, at - 300), at)
        m = _NEGATED_ENTRY.match(text[lo:at]) if lo != -1 else None
        if m is not None:
            close = closing_tag(text, m.group(1), at, 6000, known)
            end = close if close != -1 else at + 2000
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((lo, end))
        at = text.find(_NEGATION, at + len(_NEGATION))
    out.unasserted = sorted(out.unasserted + spans)
