"""The detection engine: a few cheap whole-text scans, then validators and context on candidates only.

Speed comes from three choices:

* every pattern is compiled once at import;
* whole-text work is limited to a handful of C-level scans: one Aho-Corasick pass over the lower-cased
  text for every context keyword and medical term, one combined regex for digit-led values, and short
  regexes whose first character is rare (``@``, ``+``, ``::``) or cheap to reject;
* checksums, phone-number parsing, list look-ups and context windows run only on those candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import ahocorasick

from privacykit.domain.detection import validators as v
from privacykit.domain.detection.entity import Entity
from privacykit.domain.detection.wordlists import fold, load
from privacykit.domain.levels import EntityType as T

__all__ = ["detect", "detect_large", "detect_stream"]

FIRST = load("first_names.txt")
SURNAMES = load("surnames.txt")
COMMON = load("common_words.txt")
DIAGNOSES = load("diagnoses.txt")
MEDICATIONS = load("medications.txt")
ORGS = load("organisations.txt")
EPONYMS = load("eponyms.txt")

# ---------------------------------------------------------------------------------------------- names
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LO = "a-zß-öø-ÿĀ-ſ"
# One capitalised name token: Mc/Mac/O'/D' prefixes, hyphens and apostrophes inside (Jean-Luc, O'Brien).
_TOK = rf"(?:Mc|Mac|O['’]|D['’])?[{_UP}][{_LO}]+(?:[-'’][{_UP}]?[{_LO}]+)*"
_CAPS_TOK = rf"[{_UP}]{{2,}}(?:[-'’][{_UP}]+)*"
_PARTICLE = r"(?:van der|van den|van|von|de la|de los|del|de|da|dos|du|di|le|la|bin|binti|ibn|al|el|ben|ter)"
_INITIAL = rf"[{_UP}]\."
_NAME_WORD = rf"(?:{_TOK}|{_INITIAL})"
# A name after a cue: one to four tokens, initials and particles allowed inside.
_CUE_NAME = re.compile(
    rf"{_TOK}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,3}}|{_CAPS_TOK}(?:,?[ \t]+{_CAPS_TOK}){{0,2}}"
)
# Free-text candidate: two to four capitalised tokens in a row (a middle initial allowed).
_SEQ = re.compile(rf"(?<![\w@./#-]){_TOK}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,3}}(?![\w@-])")
_TOKEN_SPLIT = re.compile(rf"{_TOK}|{_INITIAL}|{_CAPS_TOK}")

_STREET_SUFFIX = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "drive",
        "dr",
        "court",
        "ct",
        "way",
        "place",
        "pl",
        "terrace",
        "ter",
        "circle",
        "cir",
        "parkway",
        "pkwy",
        "highway",
        "hwy",
        "square",
        "sq",
        "trail",
        "trl",
        "crescent",
        "close",
        "row",
        "plaza",
        "loop",
        "alley",
        "pike",
    ]
)
_ORG_SUFFIX = frozenset(
    [
        "inc",
        "llc",
        "ltd",
        "corp",
        "corporation",
        "co",
        "company",
        "group",
        "holdings",
        "partners",
        "associates",
        "bank",
        "foundation",
        "university",
        "college",
        "hospital",
        "clinic",
        "center",
        "centre",
        "institute",
        "school",
        "library",
        "park",
        "bridge",
        "airport",
        "station",
        "hall",
        "building",
        "tower",
        "memorial",
        "stadium",
        "law",
        "capital",
        "securities",
        "insurance",
        "motors",
        "industries",
        "brothers",
        "sons",
        "pharmacy",
        "pharmaceuticals",
        "labs",
        "laboratories",
        "medical",
        "health",
        "healthcare",
        "systems",
        "solutions",
        "technologies",
        "consulting",
        "services",
        "international",
        "global",
        "trust",
        "fund",
        "county",
        "city",
        "state",
        "river",
        "lake",
        "mountain",
        "island",
        "award",
        "prize",
        "lecture",
        "fellowship",
        "scholarship",
        "act",
        "syndrome",
        "disease",
        "lymphoma",
        "palsy",
        "sign",
        "test",
        "score",
        "scale",
        "procedure",
        "maneuver",
        "manoeuvre",
        "reflex",
        "ward",
        "wing",
        "unit",
    ]
)
_DISEASE_AFTER = re.compile(
    r"['’]?s?\s+(?:disease|syndrome|lymphoma|palsy|phenomenon|sarcoma|tumou?r|thyroiditis|disorder|chorea|ulcer|sign|test|score|scale|procedure|maneuver|reflex)\b",
    re.I,
)
_GREETING_STOP = COMMON | frozenset(
    [
        "all",
        "team",
        "everyone",
        "everybody",
        "folks",
        "guys",
        "there",
        "sir",
        "madam",
        "customer",
        "colleagues",
        "friends",
        "both",
        "you",
        "again",
        "world",
        "support",
        "sales",
        "admin",
    ]
)


def _is_name_token(tok: str) -> bool:
    return len(tok) > 1 and not tok.endswith(".")


# ------------------------------------------------------------------------------ digit-led candidates
# One combined scan for every value that begins with a digit, '+' or '('; the group name says which
# shape matched, and only then does the validator run.
_DIGITS = re.compile(
    r"(?<![\w.+/-])(?:"
    r"(?P<card>[2-6]\d{3}(?P<cs>[ -])\d{4}(?P=cs)\d{4}(?P=cs)\d{4}(?:(?P=cs)\d{3})?"
    r"|3[47]\d{2}[ -]\d{6}[ -]\d{5}|3[068]\d{2}[ -]\d{6}[ -]\d{4}|[2-6]\d{11,18})"
    r"|(?P<ssn>\d{3}-\d{2}-\d{4})"
    r"|(?P<ip4>(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})"
    r"|(?P<phone>(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?|\d{2,4}[ .-])\d{2,4}(?:[ .-]\d{2,4}){0,3}|\+\d{8,15})"
    r"|(?P<addr>\d{1,6}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\d+(?:st|nd|rd|th)|[A-Z][A-Za-z'.-]+)"
    r"(?:[ \t]+[A-Z][A-Za-z'.-]+){0,3}[ \t]+"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close|Row|Plaza|Loop|Pike|Gardens|Mews|Hill)\b\.?)"
    r"|\(\d{3}\)[ ]?\d{3}[ .-]\d{4}"
    r")(?![\w@])",
)
_ADDR_TAIL = re.compile(
    r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|#)\.?[ \t]*#?[ \t]*[\w-]{1,6})?"
    r"(?:[ \t]*(?:,|\r?\n)[ \t]*(?:[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3}),?[ \t]*"
    r"(?:(?:[A-Z]{2}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\.?,?[ \t]+\d{5}(?:-\d{4})?"  # US: City, ST 12345
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"  # UK postcode
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canada
    r"|\d{4,5}))?"  # elsewhere: City 75008
)
_PO_BOX = re.compile(
    r"\bP\.?[ ]?O\.?[ ]Box[ \t]+\d{1,6}(?:[ \t]*(?:,|\r?\n)[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3},?"
    r"[ \t]*[A-Z]{2}\.?[ \t]+\d{5}(?:-\d{4})?)?"
)
_INTL_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\w])")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._%+'-]{1,64}$")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![\w-])")
_FILE_TLDS = frozenset(
    ["png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "pdf", "txt", "js", "css", "map", "json", "xml", "html"]
)
_IPV6 = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])"
    r"|(?<![\w:.])(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?"
    r"(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])"
)
_IBAN = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\w-])")

# Words just before a number that say it is an identifier of something else, not personal data.
_NEG_BEFORE = re.compile(
    r"(?:order|tracking|track|invoice|sku|part|serial|build|version|ver|v|release|rev|firmware|ref|reference|"
    r"confirmation|conf|txn|transaction|shipment|awb|isbn|upc|ean|gtin|imei|ticket|case|job|batch|lot|model|"
    r"po|item|product|request|req|trace|span|build_id|ts|timestamp|epoch|id|uuid|pid|port)\s*(?:no\.?|num|number|#|id)?\s*[:=#]?\s*[\"']?\s*$",
    re.I,
)
_VERSION_BEFORE = re.compile(r"(?:\bv|version|ver\.?|build|release|firmware|fw|rev)[\s:=]*[\"']?$", re.I)

# ------------------------------------------------------------------------------ context-led values
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = re.compile(
    rf"(?P<iso>(?P<y1>(?:18|19|20)\d\d)[-/.](?P<m1>\d{{1,2}})[-/.](?P<d1>\d{{1,2}}))(?![\d])"
    rf"|(?P<num>(?P<a2>\d{{1,2}})[-/.](?P<b2>\d{{1,2}})[-/.](?P<y2>(?:18|19|20)\d\d|\d\d))(?![\d/.-]\d)"
    rf"|(?P<dmy>(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?[ -](?P<m3>{_MON})\.?[ -,]*(?P<y3>(?:18|19|20)\d\d))"
    rf"|(?P<mdy>(?P<m4>{_MON})\.?[ -](?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?[ -](?P<y4>(?:18|19|20)\d\d))"
    rf"|(?P<compact>(?P<y5>(?:18|19|20)\d\d)(?P<m5>[01]\d)(?P<d5>[0-3]\d))(?!\d)",
    re.I,
)
_VALUE_GAP = re.compile(r"[\s\"':=#>|,(\-]*(?:(?:is|was|on|of|no\.?|number|num|nbr|id)\b[\s\"':=#.\-]*)*")
_MRN_VALUE = re.compile(r"(?:[A-Z]{1,4}[- ]?)?\d[\d-]{3,14}[A-Z0-9]?(?![\w])")
_PASSPORT_VALUE = re.compile(r"(?:[A-Z]{1,2}\d{6,9}|\d{9})(?![\w])")
_DL_VALUE = re.compile(r"(?:[A-Z]{1,3}[- ]?\d[\dA-Z-]{3,17}|\d{3}[ -]\d{3}[ -]\d{3}|\d[\dA-Z-]{4,17})(?![\w])")
_SSN_VALUE = re.compile(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?![\w])")
_PHONE_VALUE = re.compile(r"\+?\(?\d[\d ().-]{5,18}\d(?![\w])")
_PHONE_REGIONS = ("US", "GB", "IN", "CA", "AU", "DE", "FR", "ES", "IT", "NL", "IE", "MX", "BR", "NG", "ZA", "PH")

_RECORD_CUES = re.compile(
    r"patient\s*(?:name)?\s*:|\bpt\s*:|chief complaint|history of present illness|\bhpi\b|discharge|admitted|"
    r"admission|assessment and plan|\ba/p\b|\brx\s*:|\bsig\s*:|\bdx\s*:|\bmy (?:son|daughter|wife|husband|mother|"
    r"father|mom|dad|brother|sister|partner|child|kid)\b|\bi (?:was|have been|'ve been|am) diagnosed|"
    r"\b(?:he|she) (?:was|is|has been) (?:diagnosed|started|prescribed|admitted|taking|on)\b|"
    r"\bi(?:'m| am) (?:on|taking)\b|"
    r"was (?:started|prescribed|placed) on|\bmrn\b|date of birth|\bdob\b",
    re.I,
)
_IDENTIFYING = frozenset(
    {
        T.PERSON,
        T.MEDICAL_RECORD_NUMBER,
        T.DATE_OF_BIRTH,
        T.US_SSN,
        T.EMAIL,
        T.PHONE,
        T.ADDRESS,
        T.US_PASSPORT,
        T.DRIVER_LICENSE,
    }
)

# --------------------------------------------------------------------- Aho-Corasick keyword automaton
_NAME_KEYS = [
    "first_name",
    "firstname",
    "first-name",
    "given_name",
    "givenname",
    "last_name",
    "lastname",
    "last-name",
    "family_name",
    "familyname",
    "surname",
    "full_name",
    "fullname",
    "patient_name",
    "patientname",
    "customer_name",
    "customername",
    "contact_name",
    "contactname",
    "employee_name",
    "member_name",
    "guarantor_name",
    "insured_name",
    "subscriber_name",
    "cardholder_name",
    "cardholder",
    "account_holder",
    "holder_name",
    "recipient_name",
    "sender_name",
    "emergency_contact",
    "next_of_kin",
    "guardian",
    "nok_name",
    "parent_name",
    "spouse_name",
]
_LABEL_CUES = (
    "patient name",
    "patient",
    "pt name",
    "pt",
    "name",
    "from",
    "to",
    "attending",
    "attending physician",
    "provider",
    "physician",
    "signed",
    "signed by",
    "electronically signed by",
    "cc",
    "customer",
    "contact",
    "employee",
    "member",
    "guarantor",
    "emergency contact",
    "referring physician",
    "referred by",
    "pcp",
    "nurse",
    "author",
    "reported by",
    "assigned to",
    "requested by",
    "submitted by",
    "prepared by",
    "dictated by",
    "cardholder",
    "account holder",
    "insured",
    "subscriber",
    "resident",
    "tenant",
    "applicant",
    "student",
    "client",
    "parent",
    "guardian",
    "spouse",
    "next of kin",
    "caller",
    "agent",
    "driver",
    "passenger",
    "recipient",
    "sender",
    "owner",
    "user",
)
_KEYWORDS: dict[str, str] = {}
for _k in (
    "dob",
    "d.o.b",
    "d.o.b.",
    "date of birth",
    "birth date",
    "birthdate",
    "birth_date",
    "date_of_birth",
    "dateofbirth",
    "birthday",
    "born",
    "birth-date",
    "birth dt",
    "birth_dt",
    "geburtsdatum",
):
    _KEYWORDS[_k] = "dob"
for _k in (
    "mrn",
    "medical record number",
    "medical record no",
    "medical record #",
    "medical record",
    "med rec",
    "med. rec.",
    "mr#",
    "mr #",
    "mr no",
    "mr number",
    "chart #",
    "chart no",
    "chart number",
    "patient id",
    "patient_id",
    "patientid",
    "patient no",
    "patient number",
    "hospital number",
    "hosp no",
    "medical_record_number",
    "record #",
    "unit no",
    "ur number",
):
    _KEYWORDS[_k] = "mrn"
for _k in ("passport", "passport no", "passport number", "passport_number", "passport#"):
    _KEYWORDS[_k] = "passport"
for _k in (
    "driver's license",
    "drivers license",
    "driver license",
    "driver's licence",
    "drivers licence",
    "driving licence",
    "driving license",
    "driver_license",
    "driverslicense",
    "drivers_license",
    "dl#",
    "dl #",
    "dl no",
    "dl number",
    "dl:",
    "license no",
    "license number",
    "licence no",
    "licence number",
    "lic #",
    "lic no",
    "dl_number",
    "license #",
    "licence #",
    "dln",
    "driver lic",
):
    _KEYWORDS[_k] = "dl"
for _k in ("ssn", "social security", "social security number", "soc sec", "ss#", "ss #", "ss no", "ssn#", "tin"):
    _KEYWORDS[_k] = "ssn"
for _k in (
    "tel",
    "phone",
    "telephone",
    "mobile",
    "cell",
    "fax",
    "ph",
    "call",
    "whatsapp",
    "contact number",
    "phone_number",
    "phonenumber",
    "mob",
    "cell phone",
    "home phone",
    "work phone",
    "text",
):
    _KEYWORDS[_k] = "phone"
for _k in (
    "dear",
    "hi",
    "hello",
    "hey",
    "thanks",
    "thank you",
    "good morning",
    "good afternoon",
    "greetings",
    "welcome",
    "congratulations",
    "congrats",
    "bye",
    "ok",
    "okay",
    "sorry",
    "yes",
    "no",
    "@",
):
    _KEYWORDS[_k] = "greet"
for _k in (
    "mr.",
    "mrs.",
    "ms.",
    "miss",
    "dr.",
    "prof.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "mx.",
    "sr.",
    "sra.",
    "rev.",
    "nurse",
    "sister",
    "uncle",
    "aunt",
    "grandma",
    "grandpa",
    "mom",
    "dad",
    "mum",
):
    _KEYWORDS[_k] = "title"
for _k in (
    "regards,",
    "thanks,",
    "best,",
    "sincerely,",
    "cheers,",
    "thank you,",
    "best wishes,",
    "yours,",
    "warmly,",
    "-- ",
    "--",
    "yours truly,",
    "respectfully,",
    "kind regards,",
    "best regards,",
    "signed,",
):
    _KEYWORDS[_k] = "sign"
for _k in _LABEL_CUES:
    _KEYWORDS.setdefault(_k + ":", "label")
for _k in _NAME_KEYS:
    for _shape in (f'"{_k}"', f"'{_k}'", f"{_k}=", f"{_k}:"):
        _KEYWORDS[_shape] = "namekey"
for _k in ('"name"', "'name'", " name=", "\tname=", "name:"):
    _KEYWORDS[_k] = "namekey"
for _k in DIAGNOSES:
    _KEYWORDS.setdefault(_k, "diag")
for _k in MEDICATIONS:
    _KEYWORDS.setdefault(_k, "med")

_AC = ahocorasick.Automaton()
for _k, _kind in _KEYWORDS.items():
    _AC.add_word(_k, (len(_k), _kind, _k))
_AC.make_automaton()

_STRONG_KEYS = frozenset(_NAME_KEYS) | frozenset(
    {
        "patient name",
        "patient",
        "pt name",
        "pt",
        "attending",
        "attending physician",
        "provider",
        "physician",
        "signed by",
        "electronically signed by",
        "referring physician",
        "pcp",
        "guarantor",
        "emergency contact",
        "next of kin",
        "cardholder",
        "account holder",
        "insured",
        "subscriber",
        "dictated by",
        "prepared by",
    }
)
_MED_DOSE_AFTER = re.compile(
    r"\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?|iu|%)\b|(?:tab|cap|tablet|capsule|er|xr|sr|hcl)\b)", re.I
)
_MED_WORD_AFTER = re.compile(r"[A-Za-z]*")

# -------------------------------------------------------------------------------------- CSV, HL7
_HEADER_KIND: dict[str, T] = {}
for _h in [
    "name",
    "fullname",
    "firstname",
    "lastname",
    "givenname",
    "familyname",
    "surname",
    "patientname",
    "customername",
    "contactname",
    "employeename",
    "membername",
    "patient",
    "fname",
    "lname",
    "guarantor",
    "nextofkin",
    "emergencycontact",
    "provider",
    "physician",
    "attending",
    "doctor",
    "cardholder",
    "cardholdername",
    "insuredname",
    "subscribername",
    "accountholder",
    "holdername",
    "middlename",
    "legalname",
    "preferredname",
    "ptname",
    "clientname",
    "studentname",
    "parentname",
    "guardianname",
]:
    _HEADER_KIND[_h] = T.PERSON
for _h in ["dob", "dateofbirth", "birthdate", "birthday", "birthdt", "dobdate"]:
    _HEADER_KIND[_h] = T.DATE_OF_BIRTH
for _h in [
    "mrn",
    "medicalrecordnumber",
    "medicalrecordno",
    "medrecno",
    "medicalrecord",
    "chartnumber",
    "chartno",
    "mrnumber",
]:
    _HEADER_KIND[_h] = T.MEDICAL_RECORD_NUMBER
for _h in ["ssn", "socialsecuritynumber", "socialsecurity", "socsec", "ssnumber"]:
    _HEADER_KIND[_h] = T.US_SSN
for _h in ["passport", "passportno", "passportnumber", "passportnum"]:
    _HEADER_KIND[_h] = T.US_PASSPORT
for _h in [
    "driverslicense",
    "driverlicense",
    "dl",
    "dlnumber",
    "dlno",
    "driverslicensenumber",
    "driverlicensenumber",
    "licensenumber",
    "licenceno",
    "licensenumber",
    "drivinglicence",
    "driverslicence",
]:
    _HEADER_KIND[_h] = T.DRIVER_LICENSE
for _h in [
    "address",
    "streetaddress",
    "homeaddress",
    "mailingaddress",
    "addr",
    "address1",
    "addressline1",
    "street",
    "residence",
]:
    _HEADER_KIND[_h] = T.ADDRESS
for _h in [
    "diagnosis",
    "dx",
    "primarydiagnosis",
    "condition",
    "diagnoses",
    "problem",
    "icddescription",
    "admittingdiagnosis",
]:
    _HEADER_KIND[_h] = T.DIAGNOSIS
for _h in ["medication", "medications", "meds", "drug", "rx", "prescription", "currentmedications", "medicationname"]:
    _HEADER_KIND[_h] = T.MEDICATION
for _h in [
    "phone",
    "phonenumber",
    "mobile",
    "cell",
    "telephone",
    "homephone",
    "workphone",
    "cellphone",
    "tel",
    "contactnumber",
]:
    _HEADER_KIND[_h] = T.PHONE
_HEADER_FIELD = re.compile(r"\s*\"?[A-Za-z_][\w .#/()-]{0,40}\"?\s*")
_EMPTY_VALUES = frozenset({"", "n/a", "na", "null", "none", "-", "--", "unknown", "nan", "redacted", "***"})

_HL7_SEG = re.compile(r"(?:^|(?<=[\r\n]))(PID|NK1|GT1|IN1|PV1|DG1|RXE|RXO|RXA|RXD|ORC|OBR)\|([^\r\n]*)")
# (segment, field index) -> what it holds; name fields say which component holds the family name.
_HL7_FIELDS: dict[tuple[str, int], str] = {
    ("PID", 3): "mrn",
    ("PID", 5): "xpn",
    ("PID", 6): "xpn",
    ("PID", 7): "dob",
    ("PID", 11): "xad",
    ("PID", 13): "xtn",
    ("PID", 14): "xtn",
    ("PID", 19): "ssn",
    ("PID", 20): "dl",
    ("NK1", 2): "xpn",
    ("NK1", 4): "xad",
    ("NK1", 5): "xtn",
    ("NK1", 6): "xtn",
    ("GT1", 3): "xpn",
    ("GT1", 5): "xad",
    ("GT1", 6): "xtn",
    ("GT1", 8): "dob",
    ("GT1", 12): "ssn",
    ("IN1", 16): "xpn",
    ("IN1", 18): "dob",
    ("IN1", 19): "xad",
    ("PV1", 7): "xcn",
    ("PV1", 8): "xcn",
    ("PV1", 9): "xcn",
    ("PV1", 17): "xcn",
    ("ORC", 12): "xcn",
    ("OBR", 16): "xcn",
    ("DG1", 3): "cwe",
    ("DG1", 4): "text",
    ("RXE", 2): "cwe",
    ("RXO", 1): "cwe",
    ("RXA", 5): "cwe",
    ("RXD", 2): "cwe",
}


@dataclass
class _Found:
    """Findings of one pass plus the facts that later rules need."""

    items: list[Entity] = field(default_factory=list)
    medical: list[Entity] = field(default_factory=list)
    blocked: list[tuple[int, int]] = field(default_factory=list)  # spans where a PERSON must not be

    def add(self, t: T, start: int, end: int, score: float) -> None:
        if end > start:
            self.items.append(Entity(start, end, t, score))


# ============================================================================================ passes
def _scan_email(text: str, out: _Found) -> None:
    find = text.find
    i = find("@")
    while i != -1:
        m_local = _EMAIL_LOCAL.search(text, max(0, i - 64), i)
        m_dom = _EMAIL_DOMAIN.match(text, i + 1)
        if m_local and m_dom:
            start = m_local.start()
            while start < i and text[start] in "._%+-'":  # local part cannot start with punctuation
                start += 1
            end = m_dom.end()
            local = text[start:i]
            tld = text[text.rfind(".", i, end) + 1 : end].lower()
            nxt = text[end : end + 1]
            # git@host:org/repo and scp-style targets are repository addresses, not mailboxes.
            scp = nxt == ":" and text[end + 1 : end + 2] not in ("", " ", "\n", "\t", "\r")
            if local and local[-1] != "." and tld not in _FILE_TLDS and not scp and local.lower() != "git":
                out.add(T.EMAIL, start, end, 0.95)
        i = find("@", i + 1)


def _context_before(text: str, start: int, width: int = 32) -> str:
    return text[max(0, start - width) : start]


def _scan_digits(text: str, out: _Found) -> None:
    for m in _DIGITS.finditer(text):
        kind = m.lastgroup
        s, e = m.start(), m.end()
        if kind == "cs":  # the separator group closes last inside the card alternative
            kind = "card"
        if kind == "card":
            raw = m.group()
            digits = raw.replace(" ", "").replace("-", "")
            if v.card_ok(digits) and not _NEG_BEFORE.search(_context_before(text, s)):
                out.add(T.CREDIT_CARD, s, e, 0.95 if raw != digits else 0.85)
        elif kind == "ssn":
            a, g, n = text[s : s + 3], text[s + 4 : s + 6], text[s + 7 : e]
            if v.ssn_ok(a, g, n) and not _NEG_BEFORE.search(_context_before(text, s)):
                out.add(T.US_SSN, s, e, 0.9)
        elif kind == "ip4":
            if v.ipv4_ok(m.group()) and not _VERSION_BEFORE.search(_context_before(text, s, 12)):
                out.add(T.IP_ADDRESS, s, e, 0.9)
        elif kind == "addr":
            tail = _ADDR_TAIL.match(text, e)
            end = tail.end() if tail else e
            out.add(T.ADDRESS, s, end, 0.85 if end > e else 0.7)
        else:  # phone shapes
            raw = m.group()
            ndig = sum(c.isdigit() for c in raw)
            if not 10 <= ndig <= 15:
                continue
            if raw[0] != "+" and ndig > 11:
                continue
            if _NEG_BEFORE.search(_context_before(text, s)):
                continue
            if v.phone_ok(raw):
                out.add(T.PHONE, s, e, 0.85)


def _scan_misc(text: str, out: _Found) -> None:
    if "+" in text:
        for m in _INTL_PHONE.finditer(text):
            raw = m.group()
            if 8 <= sum(c.isdigit() for c in raw) <= 15 and v.phone_ok(raw):
                out.add(T.PHONE, m.start(), m.end(), 0.85)
    if "::" in text or text.count(":") > 6:
        for m in _IPV6.finditer(text):
            raw = m.group()
            has_hex = any(c.isdigit() or c in "abcdefABCDEF" for c in raw.replace(":", ""))
            if len(raw) > 3 and has_hex and v.ipv6_ok(raw):
                out.add(T.IP_ADDRESS, m.start(), m.end(), 0.9)
    for m in _IBAN.finditer(text):
        raw = m.group()
        compact = raw.replace(" ", "")
        if len(compact) < 15:
            continue
        # A greedy match may swallow a following code; shorten group by group until the checksum holds.
        end = m.end()
        while True:
            if v.iban_ok(compact):
                out.add(T.IBAN, m.start(), end, 0.95)
                break
            cut = raw.rfind(" ")
            if cut <= 4 or len(compact) <= 15:
                break
            raw = raw[:cut]
            end = m.start() + cut
            compact = raw.replace(" ", "")
    if "Box" in text:
        for m in _PO_BOX.finditer(text):
            out.add(T.ADDRESS, m.start(), m.end(), 0.8 if m.end() - m.start() > 14 else 0.6)


def _value_after(text: str, pos: int, pattern: re.Pattern[str], limit: int = 30) -> re.Match[str] | None:
    gap = _VALUE_GAP.match(text, pos, pos + limit)
    at = gap.end() if gap else pos
    if "\n" in text[pos:at].strip(" \t\r") and text[pos:at].count("\n") > 1:
        return None
    return pattern.match(text, at)


def _date_match(text: str, pos: int) -> tuple[int, int] | None:
    """The first real calendar date starting within a short gap after ``pos``."""
    gap = _VALUE_GAP.match(text, pos, pos + 40)
    at = gap.end() if gap else pos
    m = _DATE.match(text, at)
    if not m:
        # Label forms like "DOB (mm/dd/yyyy): 03/04/1980" put a format hint before the value.
        m = _DATE.search(text, at, min(len(text), at + 28))
        if not m or "\n" in text[at : m.start()]:
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
    return [t for t in _TOKEN_SPLIT.findall(span) if _is_name_token(t)]


def _looks_like_person(tokens: list[str], strong: bool) -> bool:
    """Whether capitalised tokens name a person: strong cues accept any non-vocabulary tokens."""
    if not tokens:
        return False
    folded = [fold(t) for t in tokens]
    if all(f in COMMON and f not in FIRST for f in folded):
        return False
    if any(f in _STREET_SUFFIX or f in _ORG_SUFFIX for f in folded[1:]):
        return False
    if " ".join(folded) in ORGS:
        return False
    if strong:
        return True
    return any(f in FIRST or f in SURNAMES for f in folded)


def _trim_name(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop trailing words that are not part of a name (vocabulary, initials at the end are kept)."""
    span = text[s:e]
    toks = list(_TOKEN_SPLIT.finditer(span))
    while toks and fold(toks[-1].group()) in COMMON and fold(toks[-1].group()) not in SURNAMES:
        toks.pop()
    if not toks:
        return s, s
    return s + toks[0].start(), s + toks[-1].end()


def _scan_keywords(text: str, low: str, out: _Found) -> None:
    """Act on every keyword the automaton found: context-led values, name cues, medical terms."""
    for end_idx, (klen, kind, key) in _AC.iter(low):
        end = end_idx + 1
        start = end - klen
        if kind in ("diag", "med"):
            if not _boundary_ok(low, start, end, key):
                continue
            if kind == "med":
                # "lithium battery", "insulin pump" are not prescriptions; a dose or drug form after is.
                score = 0.9 if _MED_DOSE_AFTER.match(text, end) else 0.75
                out.medical.append(Entity(start, end, T.MEDICATION, score))
            else:
                out.medical.append(Entity(start, end, T.DIAGNOSIS, 0.8))
            continue
        if not _boundary_ok(low, start, end, key):
            continue
        if kind == "dob":
            span = _date_match(text, end)
            if span:
                out.add(T.DATE_OF_BIRTH, span[0], span[1], 0.9)
        elif kind == "mrn":
            m = _value_after(text, end, _MRN_VALUE)
            if m and sum(c.isdigit() for c in m.group()) >= 4:
                out.add(T.MEDICAL_RECORD_NUMBER, m.start(), m.end(), 0.85)
        elif kind == "passport":
            m = _value_after(text, end, _PASSPORT_VALUE)
            if m:
                out.add(T.US_PASSPORT, m.start(), m.end(), 0.85)
        elif kind == "dl":
            m = _value_after(text, end, _DL_VALUE)
            if m and sum(c.isdigit() for c in m.group()) >= 4:
                out.add(T.DRIVER_LICENSE, m.start(), m.end(), 0.8)
        elif kind == "ssn":
            m = _value_after(text, end, _SSN_VALUE)
            if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
                out.add(T.US_SSN, m.start(), m.end(), 0.9)
        elif kind == "phone":
            m = _value_after(text, end, _PHONE_VALUE)
            if m and 7 <= sum(c.isdigit() for c in m.group()) <= 15:
                raw = m.group()
                if any(v.phone_ok(raw, r) for r in _PHONE_REGIONS):
                    out.add(T.PHONE, m.start(), m.end(), 0.8)
        elif kind in ("greet", "title", "label", "namekey", "sign"):
            _name_after_cue(text, start, end, kind, key, out)


_CUE_GAP = re.compile(r"[ \t]*(?:[:=][ \t]*)?[\"']?[ \t]*")
_SIGN_GAP = re.compile(r"[ \t]*\r?\n[ \t]*")
_TITLE_AFTER_GREET = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mx)\.?[ \t]+")
_LASTFIRST = re.compile(rf"({_TOK}|{_CAPS_TOK}),[ \t]*({_TOK}|{_CAPS_TOK})(?:[ \t]+{_NAME_WORD})?")


def _name_after_cue(text: str, start: int, end: int, kind: str, key: str, out: _Found) -> None:
    if kind == "title":
        if key[-1] != "." and text[end : end + 1] not in (" ", "\t"):
            return
        if not text[start].isupper():
            return
        pos = end
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        m = _CUE_NAME.match(text, pos)
        strong = True
    elif kind == "sign":
        g = _SIGN_GAP.match(text, end)
        if not g:
            return
        m = _CUE_NAME.match(text, g.end())
        if m and not re.match(r"[ \t]*(?:\r?\n|$|,|<)", text[m.end() : m.end() + 3]):
            m = None
        strong = True
    elif kind == "greet":
        if key == "@":
            m = _CUE_NAME.match(text, end)  # chat mentions: "@Priya can you..."
            strong = False
        else:
            if not text[start : start + 1].isupper() and start > 0 and text[start - 1] not in "\n\r":
                pass
            g = re.compile(r"[ \t]*,?[ \t]*").match(text, end)
            pos = g.end() if g else end
            t = _TITLE_AFTER_GREET.match(text, pos)
            if t:
                pos = t.end()
            m = _CUE_NAME.match(text, pos)
            if m and fold(m.group().split()[0]) in _GREETING_STOP:
                return
            strong = True
            if m and not re.match(r"[ \t]*(?:[,!.:\n\r-]|$)", text[m.end() : m.end() + 2]):
                # "Hello World Cup fans" is not an address; without closing punctuation demand a list hit.
                strong = False
    else:  # label / namekey
        label = key.strip("\"':= \t")
        g = _CUE_GAP.match(text, end)
        pos = g.end() if g else end
        lf = _LASTFIRST.match(text, pos)
        if (lf and kind == "namekey") or (lf and label in _STRONG_KEYS):
            out.add(T.PERSON, lf.start(), lf.end(), 0.8)
            return
        m = _CUE_NAME.match(text, pos)
        strong = label in _STRONG_KEYS or (label in {"name", "from", "to", "cc"} and kind == "label")
        if label == "name":
            strong = False
        if label in ("from", "to", "cc") and m and not re.match(r"[ \t]*<", text[m.end() : m.end() + 3]):
            strong = False
    if not m:
        return
    s, e = _trim_name(text, m.start(), m.end())
    if e <= s:
        return
    tokens = _name_tokens(text[s:e])
    if _looks_like_person(tokens, strong) and not _DISEASE_AFTER.match(text, e):
        out.add(T.PERSON, s, e, 0.85 if strong else 0.7)


def _scan_sequences(text: str, out: _Found) -> None:
    """Free-text names: a known given name next to a surname-like token, or a known surname after one."""
    for m in _SEQ.finditer(text):
        raw = m.group()
        toks = list(_TOKEN_SPLIT.finditer(raw))
        folded = [fold(t.group()) for t in toks]
        n = len(toks)
        i = 0
        while i < n - 1:
            f0 = folded[i]
            if f0 in FIRST and (f0 not in COMMON or folded[i + 1] in SURNAMES):
                j = i + 1
                # Skip middle initials / middle names to the last name-like token.
                while (
                    j + 1 < n and (toks[j].group().endswith(".") or folded[j] in FIRST) and folded[j + 1] not in COMMON
                ):
                    j += 1
                last = folded[j]
                if toks[j].group().endswith(".") or (last in COMMON and last not in SURNAMES):
                    i += 1
                    continue
                if last in _STREET_SUFFIX or last in _ORG_SUFFIX or f"{f0} {last}" in ORGS:
                    i = j + 1
                    continue
                if j + 1 < n and (folded[j + 1] in _STREET_SUFFIX or folded[j + 1] in _ORG_SUFFIX):
                    i = j + 2
                    continue
                s = m.start() + toks[i].start()
                e = m.start() + toks[j].end()
                if _DISEASE_AFTER.match(text, e) or (last in EPONYMS and text[e : e + 2] in ("'s", "’s")):
                    i = j + 1
                    continue
                score = 0.85 if last in SURNAMES else 0.65
                out.add(T.PERSON, s, e, score)
                i = j + 1
                continue
            i += 1


_CHAT = re.compile(
    rf"^[ \t]*(?:\[[^\]\n]{{1,40}}\][ \t]*|\(?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]*(?:[AaPp][Mm])?\)?[ \t]*[-–]?[ \t]*)?"
    rf"(?:<)?({_TOK}(?:[ \t]+{_TOK})?)(?:>)?[ \t]*(?:\([^)\n]{{1,20}}\)[ \t]*)?:[ \t]",
    re.M,
)


def _scan_chat(text: str, out: _Found) -> None:
    """Chat and transcript speakers ("[10:02] Priya: ..."): a label repeated as a speaker is a person."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for m in _CHAT.finditer(text):
        seen.setdefault(m.group(1), []).append(m.span(1))
    for name, spans in seen.items():
        folded = [fold(t) for t in name.split()]
        if any(f in COMMON and f not in FIRST for f in folded):
            continue
        if len(spans) >= 2 or folded[0] in FIRST:
            for s, e in spans:
                out.add(T.PERSON, s, e, 0.75)


# ============================================================================================== CSV
def _csv_header(text: str) -> tuple[str, list[tuple[int, T]]] | None:
    """Delimiter and the (column index, type) pairs of a CSV/TSV header line, if the text starts with one."""
    nl = text.find("\n")
    head = text[: nl if nl != -1 else len(text)].rstrip("\r")
    if not head or len(head) > 2000:
        return None
    delim = max(",\t;|", key=head.count)
    if head.count(delim) < 1:
        return None
    cols = head.split(delim)
    if not all(_HEADER_FIELD.fullmatch(c) for c in cols):
        return None
    wanted: list[tuple[int, T]] = []
    for i, c in enumerate(cols):
        key = re.sub(r"[^a-z0-9]", "", c.lower())
        kind = _HEADER_KIND.get(key)
        if (
            kind is None
            and key.endswith(("name",))
            and any(p in key for p in ("patient", "customer", "contact", "first", "last", "full"))
        ):
            kind = T.PERSON
        if kind is not None:
            wanted.append((i, kind))
    return delim, wanted


def _scan_csv(text: str, header: tuple[str, list[tuple[int, T]]], out: _Found, skip_first: bool) -> None:
    delim, wanted = header
    if not wanted:
        return
    kinds = {k for _, k in wanted}
    identifying = bool(kinds & {T.PERSON, T.MEDICAL_RECORD_NUMBER, T.DATE_OF_BIRTH, T.US_SSN})
    d = re.escape(delim)
    fieldp = rf'(?:"(?:[^"\n]|"")*"|[^{d}\n"]*)'
    for col, kind in wanted:
        if kind in (T.DIAGNOSIS, T.MEDICATION) and not identifying:
            continue  # a drug or condition catalogue is not about anyone
        pat = re.compile(rf"^(?:{fieldp}{d}){{{col}}}({fieldp})", re.M)
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
            _csv_value(text, s, e, value, kind, out)


def _csv_value(text: str, s: int, e: int, value: str, kind: T, out: _Found) -> None:
    if kind is T.PERSON:
        if any(c.isalpha() for c in value) and not any(c.isdigit() for c in value) and "@" not in value:
            out.add(T.PERSON, s, e, 0.85)
    elif kind is T.DATE_OF_BIRTH:
        span = _date_match(text, s)
        if span and span[0] == s:
            out.add(T.DATE_OF_BIRTH, s, span[1], 0.9)
    elif kind is T.US_SSN:
        m = _SSN_VALUE.fullmatch(value)
        if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
            out.add(T.US_SSN, s, e, 0.9)
    elif kind is T.PHONE:
        if 7 <= sum(c.isdigit() for c in value) <= 15 and any(v.phone_ok(value, r) for r in _PHONE_REGIONS[:4]):
            out.add(T.PHONE, s, e, 0.85)
    elif kind in (T.MEDICAL_RECORD_NUMBER, T.US_PASSPORT, T.DRIVER_LICENSE):
        if sum(c.isdigit() for c in value) >= 4 and len(value) <= 20:
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
        body = m.group(2)
        pos = 0
        for idx, fld in enumerate(body.split("|"), start=1):
            s = base + pos
            pos += len(fld) + 1
            what = _HL7_FIELDS.get((seg, idx))
            if what is None or not fld.strip():
                continue
            rep = fld.split("~")[0]
            comps = rep.split("^")
            offs = [0]
            for c in comps[:-1]:
                offs.append(offs[-1] + len(c) + 1)
            if what == "mrn" and comps[0].strip():
                out.add(T.MEDICAL_RECORD_NUMBER, s, s + len(comps[0]), 0.9)
            elif what in ("xpn", "xcn"):
                first = 0 if what == "xpn" else 1
                parts = [(i, c) for i, c in enumerate(comps[first : first + 3], start=first) if c.strip()]
                if parts and any(ch.isalpha() for _, c in parts for ch in c):
                    i0, i1 = parts[0][0], parts[-1][0]
                    out.add(T.PERSON, s + offs[i0], s + offs[i1] + len(comps[i1]), 0.9)
            elif what == "dob" and len(comps[0]) >= 8 and comps[0][:8].isdigit():
                d = comps[0]
                if v.calendar_date_ok(int(d[:4]), int(d[4:6]), int(d[6:8])):
                    out.add(T.DATE_OF_BIRTH, s, s + 8, 0.95)
            elif what == "xad":
                last = max((i for i, c in enumerate(comps[:5]) if c.strip()), default=-1)
                if last >= 0 and any(ch.isdigit() for ch in rep):
                    out.add(T.ADDRESS, s, s + offs[last] + len(comps[last]), 0.85)
            elif what == "xtn" and comps[0].strip():
                if sum(c.isdigit() for c in comps[0]) >= 7 and v.phone_ok(comps[0]):
                    out.add(T.PHONE, s, s + len(comps[0]), 0.85)
            elif what == "ssn":
                sm = _SSN_VALUE.fullmatch(comps[0])
                if sm and v.ssn_ok(sm.group(1), sm.group(2), sm.group(3)):
                    out.add(T.US_SSN, s, s + len(comps[0]), 0.95)
            elif what == "dl" and sum(c.isdigit() for c in comps[0]) >= 4:
                out.add(T.DRIVER_LICENSE, s, s + len(comps[0]), 0.85)
            elif what in ("cwe", "text"):
                i = 1 if what == "cwe" and len(comps) > 1 and comps[1].strip() else 0
                if comps[i].strip() and any(ch.isalpha() for ch in comps[i]):
                    t = T.DIAGNOSIS if seg == "DG1" else T.MEDICATION
                    out.medical.append(Entity(s + offs[i], s + offs[i] + len(comps[i]), t, 0.9))


# ======================================================================================== resolution
_RANK = {
    T.US_SSN: 9,
    T.CREDIT_CARD: 9,
    T.IBAN: 9,
    T.EMAIL: 8,
    T.MEDICAL_RECORD_NUMBER: 8,
    T.US_PASSPORT: 8,
    T.DRIVER_LICENSE: 7,
    T.DATE_OF_BIRTH: 8,
    T.IP_ADDRESS: 7,
    T.PHONE: 6,
    T.ADDRESS: 6,
    T.MEDICATION: 5,
    T.DIAGNOSIS: 5,
    T.PERSON: 4,
}


def _resolve(items: list[Entity]) -> list[Entity]:
    """Drop exact duplicates and overlaps: the higher-ranked, then longer, finding wins."""
    if not items:
        return []
    items = sorted(set(items), key=lambda x: (x.start, -x.end))
    kept: list[Entity] = []
    for ent in items:
        if kept and ent.start < kept[-1].end:
            prev = kept[-1]
            if prev.type is ent.type:
                if ent.end > prev.end:
                    kept[-1] = Entity(prev.start, ent.end, prev.type, max(prev.score, ent.score))
                continue
            if (_RANK[ent.type], ent.end - ent.start) > (_RANK[prev.type], prev.end - prev.start):
                kept[-1] = ent
            continue
        kept.append(ent)
    return kept


# ============================================================================================ public
def _detect(
    text: str, csv_header: tuple[str, list[tuple[int, T]]] | None = None, header_in_text: bool = True
) -> list[Entity]:
    out = _Found()
    low = text.lower()
    _scan_email(text, out)
    _scan_digits(text, out)
    _scan_misc(text, out)
    _scan_keywords(text, low, out)
    _scan_sequences(text, out)
    if text.count(":") >= 2:
        _scan_chat(text, out)
    if "|" in text and ("PID|" in text or "MSH|" in text or "DG1|" in text):
        _scan_hl7(text, out)
    if csv_header is None and header_in_text:
        csv_header = _csv_header(text)
    if csv_header is not None:
        _scan_csv(text, csv_header, out, skip_first=header_in_text)

    items = out.items
    # Names inside an address, or a surname that names a disease, are not people.
    med_terms = out.medical
    if med_terms:
        spans = sorted((m.start, m.end) for m in med_terms)
        items = [e for e in items if e.type is not T.PERSON or not _overlaps(spans, e.start, e.end)]
    addresses = sorted((e.start, e.end) for e in items if e.type is T.ADDRESS)
    if addresses:
        items = [e for e in items if e.type is not T.PERSON or not _overlaps(addresses, e.start, e.end)]
    if med_terms and (any(e.type in _IDENTIFYING for e in items) or _RECORD_CUES.search(low)):
        items.extend(med_terms)
    return _resolve(items)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    import bisect

    i = bisect.bisect_left(spans, (e, e))
    while i > 0:
        i -= 1
        a, b = spans[i]
        if b > s:
            return True
        if b <= s and a < s - 4096:
            break
    return False


def detect(text: str) -> list[Entity]:
    """Find personal and health data in ``text``; entities are sorted and do not overlap.

    Inputs above a few megabytes are processed in overlapping chunks (``detect_large``) so memory stays flat.
    """
    if len(text) > _CHUNK:
        return detect_large(text)
    return _detect(text)


_CHUNK = 4 * 1024 * 1024
_OVERLAP = 2048


def detect_large(text: str, chunk_size: int = _CHUNK, overlap: int = _OVERLAP) -> list[Entity]:
    """Detect over ``text`` in chunks of ``chunk_size`` with ``overlap`` characters of context either side.

    Each chunk owns the entities that start inside it, so an entity crossing a boundary is reported once,
    by the chunk it starts in, and is seen whole thanks to the overlap (entities are far shorter than it).
    A CSV header found at the start still applies to the rows of later chunks.
    """
    if chunk_size <= 0 or overlap < 0:
        raise ValueError("chunk_size must be positive and overlap non-negative")
    n = len(text)
    if n <= chunk_size:
        return _detect(text)
    header = _csv_header(text)
    result: list[Entity] = []
    pos = 0
    while pos < n:
        end = min(n, pos + chunk_size)
        if end < n:
            # Cut at a line break when one is near so rows and sentences stay whole.
            nl = text.rfind("\n", pos + chunk_size // 2, end)
            if nl != -1:
                end = nl + 1
        lo = max(0, pos - overlap)
        hi = min(n, end + overlap)
        piece = text[lo:hi]
        for ent in _detect(piece, csv_header=header if pos > 0 else None, header_in_text=pos == 0):
            s = ent.start + lo
            if pos <= s < end:
                result.append(Entity(s, ent.end + lo, ent.type, ent.score))
        pos = end
    return _resolve(result)


def detect_stream(chunks: Iterable[str], overlap: int = _OVERLAP) -> Iterator[Entity]:
    """Detect over text arriving in pieces; offsets are into the concatenation of ``chunks``.

    Entities are yielded once each, in order, as soon as the text after them has arrived.
    """
    buf = ""
    buf_start = 0  # offset of buf[0] in the whole stream
    done_upto = 0  # entities starting before this were already yielded
    header: tuple[str, list[tuple[int, T]]] | None = None
    first = True
    for chunk in chunks:
        if not chunk:
            continue
        buf += chunk
        if len(buf) - (done_upto - buf_start) < 4 * overlap and len(buf) < _CHUNK:
            continue
        if first:
            header = _csv_header(buf)
        limit = buf_start + len(buf) - overlap  # entities starting from here on may be incomplete
        for ent in _detect(buf, csv_header=None if first else header, header_in_text=first):
            s = ent.start + buf_start
            if done_upto <= s < limit:
                yield Entity(s, ent.end + buf_start, ent.type, ent.score)
        first = False
        done_upto = limit
        keep_from = max(0, limit - overlap - buf_start)
        buf = buf[keep_from:]
        buf_start += keep_from
    if buf:
        for ent in _detect(buf, csv_header=None if first else header, header_in_text=first):
            s = ent.start + buf_start
            if s >= done_upto:
                yield Entity(s, ent.end + buf_start, ent.type, ent.score)
