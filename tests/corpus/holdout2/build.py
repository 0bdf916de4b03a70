#!/usr/bin/env python3
"""Holdout-2 PII/PHI evaluation corpus generator. Standard library only, fixed seed.

Written from the public contract only (entity types, levels, LABELS.md conventions, PRIOR_CORPUS.md
description). Run: python3 build.py  -> writes holdout2.jsonl next to this file and prints counts.
"""
import csv, io, json, os, random, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ids
import data as D

SEED = 20261126
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout2.jsonl")

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS", "MEDICATION",
              "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
              "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID", "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR",
              "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL = {"PERSON"}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}


class L:
    """A labelled value."""
    __slots__ = ("type", "value")
    def __init__(self, t, v):
        self.type, self.value = t, v


class Doc:
    def __init__(self, fmt):
        self.fmt = fmt
        self.parts, self.n, self.ents = [], 0, []
    def _w(self, s):
        self.parts.append(s); self.n += len(s)
    def add(self, *items):
        for it in items:
            if isinstance(it, L):
                start = self.n
                self._w(it.value)
                self.ents.append({"type": it.type, "start": start, "end": self.n})
            elif it is None:
                continue
            else:
                self._w(str(it))
        return self
    def line(self, *items):
        self.add(*items); self._w("\n"); return self
    @property
    def text(self):
        return "".join(self.parts)


# ---------------- structured emitters (spans recorded while writing) ----------------
def jstr(s):
    return json.dumps(s, ensure_ascii=False)

def emit_json(doc, obj, indent=2, level=0):
    pad = "" if indent is None else " " * (indent * (level + 1))
    end_pad = "" if indent is None else " " * (indent * level)
    nl = "" if indent is None else "\n"
    if isinstance(obj, dict):
        if not obj:
            doc.add("{}"); return
        doc.add("{" + nl)
        for i, (k, v) in enumerate(obj.items()):
            doc.add(pad + jstr(k) + ": ")
            emit_json(doc, v, indent, level + 1)
            doc.add(("," if i < len(obj) - 1 else "") + ("" if indent is None and i == len(obj) - 1 else (nl if indent is not None else " ")))
        doc.add(end_pad + "}")
    elif isinstance(obj, list):
        if not obj:
            doc.add("[]"); return
        doc.add("[" + nl)
        for i, v in enumerate(obj):
            doc.add(pad)
            emit_json(doc, v, indent, level + 1)
            doc.add(("," if i < len(obj) - 1 else "") + ("" if indent is None and i == len(obj) - 1 else (nl if indent is not None else " ")))
        doc.add(end_pad + "]")
    elif isinstance(obj, L):
        doc.add('"', L(obj.type, jstr(obj.value)[1:-1]), '"')
    else:
        doc.add(jstr(obj))

def emit_row(doc, cells, delim=",", eol="\n"):
    for i, c in enumerate(cells):
        if i:
            doc.add(delim)
        v = c.value if isinstance(c, L) else str(c)
        q = (delim in v) or ('"' in v) or ("\n" in v)
        inner = v.replace('"', '""')
        if q: doc.add('"')
        doc.add(L(c.type, inner) if isinstance(c, L) else inner)
        if q: doc.add('"')
    doc.add(eol)

def yaml_scalar(doc, v):
    s = v.value if isinstance(v, L) else str(v)
    need = any(ch in s for ch in ":#{}[]&*!|>'\"%@`,") or s != s.strip() or s[:1] in "-?" or s.lower() in ("yes", "no", "true", "false", "null", "on", "off") or s.replace(".", "").replace("-", "").isdigit()
    if need:
        inner = s.replace("\\", "\\\\").replace('"', '\\"')
        doc.add('"', L(v.type, inner) if isinstance(v, L) else inner, '"')
    else:
        doc.add(L(v.type, s) if isinstance(v, L) else s)


# ---------------- value helpers ----------------
def P(p, part="full"):
    return L("PERSON", getattr(p, part))

def addr_L(lines, sep):
    return L("ADDRESS", sep.join(lines))

def dob_tuple(rng):
    return D.rand_date(rng)

def national_id(rng, country, p=None, ymd=None):
    """(type, value, label) for the country's national identifier, or None."""
    ymd = ymd or D.rand_date(rng)
    if country == "US": return "US_SSN", ids.ssn(rng, rng.choice(["dash", "dash", "space", "none"])), rng.choice(["SSN", "Social Security No.", "Social Security number"])
    if country == "GB": return "UK_NATIONAL_INSURANCE_NUMBER", ids.nino(rng), rng.choice(["National Insurance number", "NI No.", "NINO"])
    if country == "ES":
        nie = rng.random() < 0.35
        return "ES_DNI", ids.dni(rng, nie), "NIE" if nie else rng.choice(["DNI", "D.N.I.", "Documento Nacional de Identidad"])
    if country == "FR":
        sex = "2" if p is not None and p.sex == "f" else "1"
        return "FR_NIR", ids.nir(rng, sex, ymd[0] % 100, ymd[1], rng.random() < 0.7), rng.choice(["N° de sécurité sociale", "NIR", "numéro INSEE"])
    if country == "DE": return "DE_TAX_ID", ids.steuer_id(rng), rng.choice(["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr"])
    if country == "IT":
        pp = p or D.person(rng, "it")
        return "IT_FISCAL_CODE", ids.codice_fiscale(rng, pp.family, pp.given, pp.sex == "f", *ymd), rng.choice(["Codice fiscale", "C.F.", "Cod. Fiscale"])
    if country == "CA": return "CA_SIN", ids.sin(rng), rng.choice(["SIN", "Social Insurance Number", "NAS"])
    if country == "BR": return "BR_CPF", ids.cpf(rng, rng.random() < 0.8), "CPF"
    if country == "IN": return "IN_AADHAAR", ids.aadhaar(rng, rng.random() < 0.75), rng.choice(["Aadhaar", "Aadhaar No.", "UIDAI number"])
    if country == "SG": return "SG_NRIC", ids.nric(rng), rng.choice(["NRIC", "NRIC/FIN", "FIN"])
    return None

NID_COUNTRIES = ["US", "GB", "ES", "FR", "DE", "IT", "CA", "BR", "IN", "SG"]

PASSPORT_LABELS = {
    "en": ["Passport No.", "Passport number", "Passport #", "Travel document (passport)"],
    "es": ["Número de pasaporte", "Pasaporte nº", "N.º pasaporte"], "fr": ["N° de passeport", "Passeport n°", "Numéro du passeport"],
    "de": ["Reisepassnummer", "Pass-Nr.", "Reisepass Nr."], "it": ["Numero di passaporto", "Passaporto n."],
    "pt": ["Nº do passaporte", "Passaporte"], "nl": ["Paspoortnummer", "Nummer paspoort"], "pl": ["Numer paszportu", "Nr paszportu"],
    "sv": ["Passnummer"], "tr": ["Pasaport No"], "ja": ["旅券番号 / Passport No."],
}
COUNTRY_LANG = {"US": "en", "GB": "en", "ES": "es", "MX": "es", "FR": "fr", "DE": "de", "CH": "de", "IT": "it", "PT": "pt", "BR": "pt",
                "NL": "nl", "PL": "pl", "SE": "sv", "TR": "tr", "JP": "ja", "IN": "en", "CA": "en", "AU": "en", "IE": "en",
                "NG": "en", "SG": "en", "ZA": "en", "KR": "en", "CN": "en", "PH": "en"}
PASSPORT_COUNTRIES = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "CA", "BR", "JP", "CN", "MX", "AU", "PL", "SE", "NG", "KR",
                      "CH", "PT", "IE", "ZA", "SG", "TR", "PH"]

def passport_L(rng, country):
    return L("US_PASSPORT" if country == "US" else "PASSPORT", ids.passport(rng, country))

def passport_label(rng, country):
    return rng.choice(PASSPORT_LABELS[COUNTRY_LANG.get(country, "en")])

DOB_LABELS = {"en": ["Date of birth", "DOB", "Date of Birth", "Birth date"], "es": ["Fecha de nacimiento"], "fr": ["Date de naissance", "Né(e) le"],
              "de": ["Geburtsdatum", "Geb.-Datum"], "it": ["Data di nascita", "Nato/a il"], "pt": ["Data de nascimento"], "nl": ["Geboortedatum"],
              "pl": ["Data urodzenia"], "sv": ["Födelsedatum"], "tr": ["Doğum tarihi"], "ja": ["生年月日 / Date of birth"]}
DATE_STYLE = {"US": ["us", "us2", "long", "iso"], "GB": ["eu", "dlong", "abbr"], "DE": ["dot", "de"], "FR": ["eu", "fr"], "ES": ["eu", "es"],
              "IT": ["eu"], "NL": ["eu", "iso"], "PL": ["dot", "iso"], "SE": ["iso"], "JP": ["iso"], "CN": ["iso"], "KR": ["iso"]}

def dob_str(rng, country, ymd):
    return D.fmt_date(rng, ymd, rng.choice(DATE_STYLE.get(country, ["iso", "eu", "dlong", "abbr"])))

COMPANIES_PEOPLE = ["Johnson & Johnson", "Ben & Jerry's", "Ernst & Young", "Marks & Spencer", "Dr. Oetker", "Hewlett-Packard",
                    "Ferrero Rocher", "Jordan Logistics", "Siemens Healthineers", "Boehringer Ingelheim", "Wells Fargo", "Merrill Lynch",
                    "Tommy Hilfiger", "Louis Vuitton", "Walt Disney Studios", "Charles Schwab", "Dell Technologies", "Morgan Stanley"]
HOLIDAYS = ["Martin Luther King Jr. Day", "St. Patrick's Day", "Juneteenth", "Washington's Birthday", "Saint-Jean-Baptiste",
            "Guy Fawkes Night", "Columbus Day", "Dia de Tiradentes", "St. Andrew's Day", "King's Birthday", "Whit Monday", "Fronleichnam"]

def version4(rng):
    return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 99), rng.randint(0, 9999))

def oid(rng):
    return "2.16.840.1.113883.%d.%d.%d" % (rng.randint(1, 19), rng.randint(1, 300), rng.randint(1, 30))

def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))

def ts(rng, y=2026):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))

def masked_card(rng):
    return rng.choice(["**** **** **** %s" % d(rng, 4), "XXXX-XXXX-XXXX-%s" % d(rng, 4), "%s******%s" % (rng.choice(["411111", "545454", "601100"]), d(rng, 4)), "•••• %s" % d(rng, 4)])

def masked_ssn(rng):
    return rng.choice(["***-**-%s" % d(rng, 4), "XXX-XX-%s" % d(rng, 4), "xxx-xx-%s" % d(rng, 4)])


TEMPLATES = []
def tpl(name, n=3):
    def deco(f):
        TEMPLATES.append((name, n, f)); return f
    return deco


# =====================================================================================
# FORMS / KYC
# =====================================================================================
@tpl("kyc_onboarding")
def t_kyc(rng, i):
    country = [ "IT", "BR", "SG", "DE", "FR", "IN", "CA", "ES", "GB", "US", "NL", "MX"][(i * 5 + rng.randint(0, 11)) % 12]
    p = D.person_from(rng, country)
    ymd = D.rand_date(rng, 1948, 2005)
    lang = COUNTRY_LANG.get(country, "en")
    doc = Doc("form")
    doc.line(rng.choice(["CUSTOMER ONBOARDING — KYC (Individual)", "Know Your Customer: Personal Account Application", "Account Opening Form / Private Client"]))
    doc.line("Application ref: APP-%s    Channel: %s    Form rev. %s" % (d(rng, 8), rng.choice(["web", "branch", "mobile"]), version4(rng)))
    doc.line("")
    doc.line("Section 1 — Applicant")
    if rng.random() < 0.5:
        doc.line("Applicant: ", P(p))
    else:
        doc.line("Surname: ", L("PERSON", p.family), "    Given name(s): ", L("PERSON", p.given))
    doc.line("Nationality: ", D.COUNTRY_NAME[country])
    doc.line(rng.choice(DOB_LABELS[lang]) + ": ", L("DATE_OF_BIRTH", dob_str(rng, country, ymd)))
    doc.line("Place of birth: ", rng.choice(["Napoli", "Recife", "Ipoh", "Kassel", "Lyon", "Pune", "Québec", "Zaragoza", "Leeds", "Tucson", "Haarlem", "Puebla"]))
    nid = national_id(rng, country, p, ymd)
    if nid:
        doc.line(nid[2] + ": ", L(nid[0], nid[1]))
    if country == "US":
        st, num = ids.driver_license(rng)
        doc.line("Driver's license (%s): " % ids.US_STATES[st], L("DRIVER_LICENSE", num))
    pc = country if country in PASSPORT_COUNTRIES else "US"
    doc.line(passport_label(rng, pc) + ": ", passport_L(rng, pc), "    Issuing authority: ", D.COUNTRY_NAME[pc])
    y, m, dd = D.rand_date(rng, 2027, 2035)
    doc.line("Expiry date: %04d-%02d-%02d" % (y, m, dd))
    doc.line("")
    doc.line("Section 2 — Contact")
    ac = country if country in D.ADDR_COUNTRIES else "US"
    lines = D.address(rng, ac)
    if rng.random() < 0.5:
        doc.line("Residential address:")
        doc.line(addr_L(lines, "\n"))
    else:
        doc.line("Residential address: ", addr_L(lines, ", "))
    doc.line("Country of residence: ", D.COUNTRY_NAME[ac])
    doc.line(rng.choice(["Mobile", "Mobile phone", "Tel."]) + ": ", L("PHONE", D.phone(rng, ac)))
    doc.line(rng.choice(["E-mail", "Email address"]) + ": ", L("EMAIL", D.email_for(rng, p)))
    doc.line("")
    doc.line("Section 3 — Funds")
    if country == "GB":
        doc.line("Sort code / account no.: ", L("UK_BANK_ACCOUNT", "%s-%s-%s %s" % (d(rng, 2), d(rng, 2), d(rng, 2), d(rng, 8))))
    elif country != "US":
        cc = country if country in ("DE", "FR", "ES", "IT", "NL", "BR") else rng.choice(["CH", "LU", "IE", "PT"])
        doc.line("IBAN for payouts: ", L("IBAN", ids.fmt_iban(ids.iban(rng, cc), rng.random() < 0.6)))
    doc.line("Source of funds: ", rng.choice(["Salary", "Sale of property", "Inheritance", "Business income"]))
    doc.line("Expected monthly turnover: %s %d,000" % (rng.choice(["EUR", "GBP", "USD", "BRL"]), rng.randint(2, 40)))
    doc.line("Politically Exposed Person: No    Sanctions screening: Clear    Risk score: %d/100" % rng.randint(3, 60))
    doc.add("Reviewed by: ", L("PERSON", D.person(rng).full), " (Compliance)")
    return doc


@tpl("dmv_renewal")
def t_dmv(rng, i):
    st, num = ids.driver_license(rng)
    sname = ids.US_STATES[st]
    p = D.person_from(rng, "US")
    ymd = D.rand_date(rng, 1940, 2006)
    doc = Doc("form")
    doc.line("%s %s" % (sname.upper(), rng.choice(["DEPARTMENT OF MOTOR VEHICLES", "BUREAU OF MOTOR VEHICLES", "DEPARTMENT OF PUBLIC SAFETY — DRIVER LICENSE DIVISION"])))
    doc.line(rng.choice(["Application for Renewal or Duplicate", "Driver License / ID Card Renewal", "Change of Address and Renewal"]) + "    Form DL-%d (Rev. %02d/%d)" % (rng.randint(10, 99), rng.randint(1, 12), rng.randint(2019, 2025)))
    doc.line("")
    style = i % 3
    if style == 0:
        doc.line("Current %s driver license number: " % sname, L("DRIVER_LICENSE", num))
    elif style == 1:
        doc.line("License state: %s    License No.: " % st, L("DRIVER_LICENSE", num))
    else:
        doc.line("DL # (%s): " % sname, L("DRIVER_LICENSE", num), "    Class: %s" % rng.choice("ACDM"))
    doc.line("Last name: ", L("PERSON", p.family))
    doc.line("First name: ", L("PERSON", p.given), "    Middle: ", rng.choice(["N/A", "—"]))
    doc.line("Date of birth (MM/DD/YYYY): ", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "us")))
    doc.line("Sex: %s   Height: %d'%02d\"   Eye color: %s" % (p.sex.upper(), rng.randint(4, 6), rng.randint(0, 11), rng.choice(["BRO", "BLU", "GRN", "HAZ"])))
    doc.line("SSN (last 4 only): ", masked_ssn(rng)[-4:])
    lines = D.address(rng, "US")
    doc.line("Residence address: ", addr_L(lines, ", "))
    doc.line("Mailing address: Same as residence")
    doc.line("Daytime phone: ", L("PHONE", D.phone(rng, "US")))
    doc.line("Organ donor: %s    Voter registration: %s" % (rng.choice(["Yes", "No"]), rng.choice(["Yes", "Decline"])))
    doc.line("Restrictions: %s" % rng.choice(["B (corrective lenses)", "None", "Daylight only"]))
    doc.add("Fee paid: $%d.00   Receipt %s   Audit No. %s" % (rng.randint(25, 90), d(rng, 10), d(rng, 12)))
    return doc


@tpl("uk_new_starter")
def t_uk_starter(rng, i):
    p = D.person_from(rng, "GB")
    ymd = D.rand_date(rng, 1960, 2006)
    doc = Doc("form")
    doc.line("Starter Checklist — New Employee Details")
    doc.line("Employer PAYE reference: %03d/%s%05d    Payroll ID: %s" % (rng.randint(100, 999), rng.choice(["AB", "XZ", "HT"]), rng.randint(0, 99999), d(rng, 6)))
    doc.line("")
    doc.line("1. Last name: ", L("PERSON", p.family))
    doc.line("2. First names: ", L("PERSON", p.given + ((" " + p.middle) if p.middle else "")))
    doc.line("3. Gender: %s" % ("Female" if p.sex == "f" else "Male"))
    doc.line("4. Date of birth DD MM YYYY: ", L("DATE_OF_BIRTH", "%02d %02d %04d" % (ymd[2], ymd[1], ymd[0])))
    lines = D.address(rng, "GB")
    doc.line("5. Home address:")
    doc.line(addr_L(lines, "\n"))
    doc.line("6. National Insurance number (if known): ", L("UK_NATIONAL_INSURANCE_NUMBER", ids.nino(rng)))
    doc.line("7. Employee statement: %s" % rng.choice(["A", "B", "C"]))
    doc.line("8. Student Loan: Plan %d    Postgraduate Loan: No" % rng.randint(1, 4))
    doc.line("")
    doc.line("Bank details for salary")
    sc = "%s-%s-%s" % (d(rng, 2), d(rng, 2), d(rng, 2))
    acct = d(rng, 8)
    if i % 2 == 0:
        doc.line("Sort code: ", sc)
        doc.line("Account number: ", L("UK_BANK_ACCOUNT", acct))
    else:
        doc.line("Sort code & account: ", L("UK_BANK_ACCOUNT", "%s %s" % (sc, acct)))
    doc.line("Building society roll number: N/A")
    doc.line("")
    doc.line("Occupational health (optional)")
    if i % 3 != 2:
        doc.line("NHS number: ", L("UK_NHS_NUMBER", ids.nhs(rng, rng.random() < 0.7)))
    doc.line("Reasonable adjustments requested: %s" % rng.choice(["None", "Prefer not to say", "Sit-stand desk"]))
    doc.line("Emergency contact: ", L("PERSON", D.person_from(rng, "GB").full), " (%s) " % rng.choice(["partner", "mother", "brother"]), L("PHONE", D.phone(rng, "GB")))
    doc.add("Signed: ", L("PERSON", p.full), "    Date: %02d/%02d/2026" % (rng.randint(1, 28), rng.randint(1, 11)))
    return doc


@tpl("insurance_claim")
def t_claim(rng, i):
    p = D.person_from(rng, "US")
    ymd = D.rand_date(rng, 1935, 2000)
    medicare = i % 2 == 1
    doc = Doc("form")
    doc.line("HEALTH INSURANCE CLAIM FORM — approved OMB-0938-1197 FORM 1500 (02-12)")
    doc.line("")
    if medicare:
        doc.line("1. [X] Medicare  [ ] Medicaid  [ ] Group Health Plan")
        doc.line("1a. Medicare Beneficiary Identifier (MBI): ", L("US_MBI", ids.mbi(rng)))
    else:
        plan = rng.choice(D.HEALTH_PLANS)
        doc.line("1. [ ] Medicare  [ ] Medicaid  [X] Group Health Plan — %s" % plan)
        doc.line("1a. Insured's member ID: ", L("HEALTH_PLAN_ID", D.health_plan_id(rng)))
    doc.line("2. Patient's name (Last, First): ", L("PERSON", "%s, %s" % (p.family, p.given)))
    doc.line("3. Patient's birth date: ", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "us")), "   Sex: %s" % p.sex.upper())
    lines = D.address(rng, "US")
    doc.line("5. Patient's address: ", addr_L(lines, ", "))
    doc.line("   Telephone: ", L("PHONE", D.phone(rng, "US")))
    doc.line("11. Insured's policy group or FECA number: %s" % d(rng, 7))
    codes = rng.sample(D.DIAGNOSES, 2)
    doc.line("21. Diagnosis or nature of illness or injury (ICD Ind. 0):")
    doc.line("    A. ", rng.choice(["E11.9", "J44.9", "I48.91", "F33.1", "M06.9"]), "  ", L("DIAGNOSIS", codes[0]))
    if rng.random() < 0.6:
        doc.line("    B. ", rng.choice(["N18.3", "E03.9", "G40.909"]), "  ", L("DIAGNOSIS", codes[1]))
    doc.line("24. Dates of service %02d/%02d/2026  CPT 99214  Charges $%d.00  Units 1" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(120, 480)))
    doc.line("25. Federal tax ID (EIN): %s-%s" % (d(rng, 2), d(rng, 7)))
    doc.line("26. Patient's account no.: %s" % d(rng, 9))
    doc.line("31. Signature of physician: ", L("PERSON", D.person(rng).full), ", MD")
    doc.line("32. Service facility: %s Family Medicine, " % rng.choice(["Ridgeview", "Cascadia", "Pinecrest"]), addr_L(D.address(rng, "US"), ", "))
    doc.add("33. Billing provider NPI: %s    Taxonomy 207Q00000X" % ("1" + d(rng, 9)))
    return doc


@tpl("blank_form_template")
def t_blank(rng, i):
    doc = Doc("form")
    kind = i % 3
    if kind == 0:
        doc.line("VISA APPLICATION FORM — Instructions: complete in BLOCK CAPITALS")
        for lab in ["Surname(s)", "Given Name(s)", "Date of Birth (DD/MM/YYYY)", "Nationality", "Passport Number", "Date of Issue", "Home Address", "Telephone", "E-mail"]:
            doc.line("%-28s ____________________________" % (lab + ":"))
        doc.line("Form VAF-%d  Version %s  OMB No. 1405-0182" % (rng.randint(1, 9), version4(rng)))
    elif kind == 1:
        doc.line("Patient Registration (blank)")
        for lab in ["Patient Name", "DOB", "MRN", "Insurance Member ID", "Primary Diagnosis", "Current Medications", "SSN", "Emergency Contact"]:
            doc.line("%s: [%s]" % (lab, rng.choice(["required", "optional", "          "])))
        doc.line("Example format for SSN: XXX-XX-XXXX; for dates: MM/DD/YYYY.")
        doc.line("Document ID %s   Printed %s" % (oid(rng), ts(rng)))
    else:
        doc.line("Formulaire de déclaration / Declaration form — MODELE")
        for lab in ["Nom / Surname", "Prénom / First name", "Date de naissance / Date of birth", "N° de passeport / Passport No.", "Adresse / Address", "N° de sécurité sociale"]:
            doc.line("%s : ........................................" % lab)
        doc.line("Cerfa n°%s*%02d — mise à jour du %d %s 2025" % (d(rng, 5), rng.randint(1, 9), rng.randint(1, 28), rng.choice(D.MONTHS_FR)))
    doc.add("Office use only: Batch %s / Seq %s / Checked ___" % (d(rng, 6), d(rng, 4)))
    return doc


HOTEL = {"FR": ("FICHE INDIVIDUELLE DE POLICE", "Nom", "Prénom", "Nationalité", "Adresse du domicile habituel", "Arrivée", "Départ"),
         "ES": ("PARTE DE ENTRADA DE VIAJEROS", "Primer apellido", "Nombre", "Nacionalidad", "Domicilio", "Fecha de entrada", "Salida"),
         "DE": ("MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN", "Familienname", "Vorname", "Staatsangehörigkeit", "Anschrift", "Ankunft", "Abreise"),
         "IT": ("SCHEDA DI NOTIFICAZIONE ALLOGGIATI", "Cognome", "Nome", "Cittadinanza", "Residenza", "Arrivo", "Partenza"),
         "PT": ("BOLETIM DE ALOJAMENTO", "Apelido", "Nome", "Nacionalidade", "Morada", "Entrada", "Saída"),
         "NL": ("NACHTREGISTER / GUEST REGISTRATION", "Achternaam", "Voornaam", "Nationaliteit", "Adres", "Aankomst", "Vertrek")}

@tpl("hotel_registration")
def t_hotel(rng, i):
    hc = ["FR", "ES", "DE", "IT", "PT", "NL"][(i + rng.randint(0, 5)) % 6]
    title, lsur, lgiv, lnat, laddr, larr, ldep = HOTEL[hc]
    gc = rng.choice(["US", "GB", "JP", "KR", "BR", "IN", "CN", "AU", "MX", "PL", "SE", "NG", "TR", "PH", "CA", "ZA"])
    p = D.person_from(rng, gc)
    ymd = D.rand_date(rng, 1945, 2004)
    doc = Doc("form")
    doc.line(title + " / Registration card")
    doc.line("Hôtel %s — chambre / room %d" % (rng.choice(["Beau Rivage", "Casa Mondragón", "Zum Goldenen Hirsch", "Villa Ortensia", "Quinta do Lago", "De Gouden Leeuw"]), rng.randint(101, 640)))
    doc.line("%s / Surname: " % lsur, L("PERSON", p.family))
    doc.line("%s / First name: " % lgiv, L("PERSON", p.given))
    doc.line("%s / Date of birth: " % rng.choice(DOB_LABELS[COUNTRY_LANG[hc]]), L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, rng.choice(["eu", "dot", "iso"]))))
    doc.line("%s / Nationality: %s" % (lnat, D.COUNTRY_NAME.get(gc, gc)))
    pc = gc if gc in PASSPORT_COUNTRIES else "US"
    doc.line("%s / Passport No.: " % rng.choice(PASSPORT_LABELS[COUNTRY_LANG[hc]]), passport_L(rng, pc))
    ac = gc if gc in D.ADDR_COUNTRIES else "US"
    doc.line("%s / Home address: " % laddr, addr_L(D.address(rng, ac), ", "))
    doc.line("%s / Arrival: %02d/%02d/2026    %s / Departure: %02d/%02d/2026" % (larr, rng.randint(1, 14), rng.randint(1, 11), ldep, rng.randint(15, 28), rng.randint(1, 11)))
    doc.line("Nombre de personnes / Guests: %d   Véhicule / Vehicle plate: %s-%s-%s" % (rng.randint(1, 4), "".join(rng.choice("ABCDEFGHJKLM") for _ in range(2)), d(rng, 3), "".join(rng.choice("NPRSTVWXYZ") for _ in range(2))))
    if rng.random() < 0.6:
        doc.line("Téléphone / Phone: ", L("PHONE", D.phone(rng, ac)))
    doc.add("Signature du client / Guest signature: ________   Réf. réservation / Booking ref: %s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    return doc


# =====================================================================================
# CLINICAL
# =====================================================================================
def age_from(ymd):
    return 2026 - ymd[0]

@tpl("clinic_soap_note")
def t_soap(rng, i):
    p = D.person(rng)
    ymd = D.rand_date(rng, 1940, 2000)
    dx = rng.sample(D.DIAGNOSES, 3)
    meds = rng.sample(D.MEDICATIONS, 3)
    doc = Doc("clinical_note")
    doc.line(rng.choice(["OUTPATIENT PROGRESS NOTE", "Internal Medicine Follow-up", "Clinic Visit — SOAP"]))
    if i % 2 == 0:
        doc.line("Patient: ", P(p), "    MRN: ", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)), "    DOB: ", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, rng.choice(["us", "iso"]))))
    else:
        doc.line("Name: ", L("PERSON", "%s, %s" % (p.family.upper(), p.given)))
        doc.line("Medical record no.: ", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)))
        doc.line("Born: ", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "long")), " (%d y)" % age_from(ymd))
    doc.line("Date of service: %02d/%02d/2026    Visit type: established, 25 min" % (rng.randint(1, 11), rng.randint(1, 28)))
    if rng.random() < 0.6:
        doc.line("Coverage: %s — member ID " % rng.choice(D.HEALTH_PLANS), L("HEALTH_PLAN_ID", D.health_plan_id(rng)))
    doc.line("")
    doc.line("S: %d-year-old %s with " % (age_from(ymd), "woman" if p.sex == "f" else "man"), L("DIAGNOSIS", dx[0]), " here for follow-up. ",
             rng.choice(D.NEGATED).capitalize(), ". Describes work as \"%s\" lately; sleep fair." % rng.choice(D.FIGURES))
    doc.line("O: BP %d/%d, HR %d, SpO2 %d%%, BMI %.1f. A1c %.1f%% (prev %.1f%%). eGFR %d." % (rng.randint(104, 168), rng.randint(60, 98), rng.randint(52, 104), rng.randint(91, 99), rng.uniform(19, 38), rng.uniform(5.2, 9.8), rng.uniform(5.2, 9.8), rng.randint(28, 110)))
    doc.line("A/P:")
    doc.line("1. ", L("DIAGNOSIS", dx[0]), " — continue ", L("MEDICATION", D.med_for(rng, dx[0])), " ", rng.choice(D.MED_DOSES), ".")
    doc.line("2. ", L("DIAGNOSIS", dx[1]), " — start ", L("MEDICATION", D.med_for(rng, dx[1])), " ", rng.choice(D.MED_DOSES), "; recheck labs in %d weeks." % rng.randint(2, 12))
    doc.line("3. Family history of %s (father); patient has no personal history. Screening discussed." % dx[2])
    if rng.random() < 0.5:
        doc.line("4. Discussed the %s trial; not enrolled." % rng.choice(["SURMOUNT-5", "EMPEROR-Preserved", "DAPA-CKD"]))
    doc.line("Referred to ", L("PERSON", D.person(rng).full), " (%s)." % rng.choice(["cardiology", "endocrinology", "rheumatology", "psychiatry"]))
    doc.add("Electronically signed by ", L("PERSON", D.person(rng).full), ", %s %s" % (rng.choice(["MD", "DO", "NP-C", "PA-C"]), ts(rng)))
    return doc


@tpl("discharge_summary")
def t_discharge(rng, i):
    uk = i % 2 == 0
    country = "GB" if uk else "US"
    p = D.person_from(rng, country)
    ymd = D.rand_date(rng, 1930, 1995)
    dx = rng.sample(D.DIAGNOSES, 3)
    meds = list(dict.fromkeys([D.med_for(rng, x) for x in dx] + rng.sample(["atorvastatin", "amlodipine", "pantoprazole", "paracetamol"], 2)))
    doc = Doc("discharge_summary")
    doc.line(rng.choice(["DISCHARGE SUMMARY", "Discharge Summary / Transfer of Care", "Inpatient Discharge Letter"]))
    doc.line("Patient name: ", P(p))
    if uk:
        doc.line("NHS No: ", L("UK_NHS_NUMBER", ids.nhs(rng)), "    Hospital No: ", L("MEDICAL_RECORD_NUMBER", rng.choice(["RX", "H", "K"]) + d(rng, 7)))
        doc.line("D.O.B.: ", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, rng.choice(["eu", "dlong"]))))
    else:
        doc.line("MRN: ", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)), "    Account: %s    DOB: " % d(rng, 10), L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "us")))
    doc.line("Admitted: %02d/%02d/2026    Discharged: %02d/%02d/2026    Ward: %s" % (rng.randint(1, 9), rng.randint(1, 12), rng.randint(10, 28), rng.randint(1, 12), rng.choice(["Ward 7B", "Cardiology Step-down", "AMU", "4 West"])))
    doc.line("Consultant: ", L("PERSON", D.person(rng).full))
    doc.line("")
    doc.line("Principal diagnosis: ", L("DIAGNOSIS", dx[0]))
    doc.line("Secondary diagnoses: ", L("DIAGNOSIS", dx[1]), "; ", L("DIAGNOSIS", dx[2]))
    doc.line("Excluded during admission: %s." % rng.choice(["pulmonary embolism (CTPA negative)", "acute coronary syndrome (serial troponins normal)", "sepsis"]))
    doc.line("")
    doc.line("Hospital course: Presented with %s. Treated per protocol; %s. Discharged in stable condition." % (
        rng.choice(["worsening dyspnoea", "a fall at home", "fever and rigors", "confusion"]), rng.choice(D.NEGATED)))
    doc.line("")
    doc.line("Medications on discharge:")
    for m in meds[:rng.randint(2, 4)]:
        doc.line("  - ", L("MEDICATION", m), " ", rng.choice(D.MED_DOSES))
    doc.line("Stopped: ", L("MEDICATION", rng.choice([x for x in D.MEDICATIONS if x not in meds])), " (%s)" % rng.choice(["hypotension", "AKI", "interaction"]))
    doc.line("Allergies: %s" % rng.choice(["NKDA", "penicillin (rash)", "sulfonamides"]))
    doc.line("")
    if uk:
        gp = D.person_from(rng, "GB")
        doc.line("GP: Dr ", L("PERSON", gp.full), ", %s Surgery" % rng.choice(["Oakfield", "Castlegate", "Riverside"]))
        doc.line(addr_L(D.address(rng, "GB"), "\n"))
        doc.line("Tel ", L("PHONE", D.phone(rng, "GB")))
    else:
        doc.line("Follow-up: PCP within 7 days. Clinic scheduling line ", L("PHONE", D.phone(rng, "US")), ".")
    nok = D.person_from(rng, country)
    doc.add("Next of kin: ", L("PERSON", nok.full), " (%s), " % rng.choice(["daughter", "husband", "wife", "son"]), L("PHONE", D.phone(rng, country)))
    return doc


LAB_TESTS = [("Hemoglobin", "g/dL", (9.1, 16.8), "12.0-15.5"), ("Ferritin", "ng/mL", (4, 300), "15-150"), ("TSH", "mIU/L", (0.1, 9.5), "0.4-4.0"),
             ("Creatinine", "mg/dL", (0.5, 2.9), "0.6-1.2"), ("HbA1c", "%", (4.8, 10.5), "<5.7"), ("ALT", "U/L", (8, 140), "7-56"),
             ("LDL-C", "mg/dL", (60, 220), "<100"), ("CRP", "mg/L", (0.2, 88), "<5.0"), ("Platelets", "x10^9/L", (90, 480), "150-400")]

@tpl("lab_report")
def t_lab(rng, i):
    uk = i % 3 == 1
    p = D.person_from(rng, "GB" if uk else rng.choice(["US", "IN", "DE", "ES"]))
    ymd = D.rand_date(rng, 1935, 2010)
    doc = Doc("lab_report")
    doc.line("%s LABORATORY MEDICINE — FINAL REPORT" % rng.choice(["NORTHGATE", "SAINT BRENDAN'S", "MERIDIAN REGIONAL", "HALVERSEN"]))
    doc.line("Patient: ", P(p), "   Sex: %s" % p.sex.upper())
    if uk:
        doc.line("NHS number: ", L("UK_NHS_NUMBER", ids.nhs(rng, rng.random() < 0.5)), "   DOB: ", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "eu")))
    else:
        doc.line("MRN: ", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)), "   DOB: ", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, rng.choice(["us", "iso"]))), "   Age: %d" % age_from(ymd))
    doc.line("Accession: %s%s-%s   Specimen: %s   Collected: %s   Received: %s" % (rng.choice(["S26", "LAB", "H"]), d(rng, 3), d(rng, 5), rng.choice(["Serum", "Whole blood EDTA", "Plasma"]), ts(rng), ts(rng)))
    doc.line("Ordering provider: ", L("PERSON", D.person(rng).full), "   Copy to: %s clinic" % rng.choice(["Haematology", "Endocrine", "Renal"]))
    doc.line("")
    doc.line("%-14s %-9s %-10s %-12s %s" % ("Test", "Result", "Units", "Reference", "Flag"))
    for name, unit, (lo, hi), ref in rng.sample(LAB_TESTS, rng.randint(4, 6)):
        v = rng.uniform(lo, hi)
        doc.line("%-14s %-9s %-10s %-12s %s" % (name, ("%.1f" % v), unit, ref, rng.choice(["", "", "H", "L"])))
    doc.line("")
    dx = rng.choice(["iron deficiency anemia", "hypothyroidism", "stage 3 chronic kidney disease", "type 2 diabetes mellitus", "hepatitis C"])
    if i % 3 == 2:
        doc.line("Interpretation: Results do not suggest %s. Analyzer firmware %s; method per %s." % (dx, version4(rng), oid(rng)))
    else:
        doc.line("Interpretation: Findings consistent with ", L("DIAGNOSIS", dx), ". Suggest review of current ", L("MEDICATION", D.med_for(rng, dx)), " therapy.")
    doc.add("Verified by: ", L("PERSON", D.person(rng).full), ", Clinical Scientist  |  Report ID %s" % d(rng, 12))
    return doc


@tpl("hl7_message")
def t_hl7(rng, i):
    p = D.person_from(rng, "US")
    ymd = D.rand_date(rng, 1930, 2015)
    seg = "\r" if i % 2 == 0 else "\n"
    kind = ["ADT^A04", "ORU^R01", "ADT^A08", "SIU^S12"][i % 4]
    doc = Doc("hl7")
    doc.add("MSH|^~\\&|%s|%s|RECV|HUB|2026%02d%02d%02d%02d||%s|MSG%s|P|2.5.1" % (rng.choice(["EPIC", "CERNER", "MEDITECH"]), rng.choice(["NGH", "SBH", "MRH"]), rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), kind, d(rng, 9)), seg)
    doc.add("EVN|%s|2026%02d%02d%02d%02d" % (kind.split("^")[1], rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)), seg)
    city, st, z = rng.choice(D.US_CITIES)
    street = "%d %s %s" % (rng.randint(10, 9999), rng.choice(D.US_STREETS), rng.choice(["Rd", "St", "Ave", "Ln"]))
    mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    doc.add("PID|1||", L("MEDICAL_RECORD_NUMBER", d(rng, rng.choice([7, 8, 9]))), "^^^%s^MR" % rng.choice(["NGH", "SBH", "MRH"]))
    if rng.random() < 0.5:
        doc.add("~", L("US_MBI", ids.mbi(rng, False)), "^^^CMS^MB")
    doc.add("||", L("PERSON", "%s^%s^%s" % (p.family.upper(), p.given.upper(), mi)), "||", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "hl7")), "|%s|||" % p.sex.upper())
    doc.add(L("ADDRESS", "%s^^%s^%s^%s%02d" % (street, city, st, z, rng.randint(1, 99))), "^USA||")
    ph = D.phone(rng, "US")
    doc.add(L("PHONE", ph), "^PRN^PH|||%s|||" % rng.choice(["S", "M", "W"]), L("US_SSN", ids.ssn(rng, "none")) if rng.random() < 0.5 else "", seg)
    nk = D.person_from(rng, "US")
    doc.add("NK1|1|", L("PERSON", "%s^%s" % (nk.family.upper(), nk.given.upper())), "|%s|||" % rng.choice(["SPO^Spouse", "DAU^Daughter", "BRO^Brother"]), L("PHONE", D.phone(rng, "US")), seg)
    doc_ = D.person(rng)
    doc.add("PV1|1|%s|%s^%d^%d||||%s^" % (rng.choice(["O", "I", "E"]), rng.choice(["4W", "ED", "ONC"]), rng.randint(100, 499), rng.randint(1, 2), d(rng, 10)),
            L("PERSON", "%s^%s" % (doc_.family.upper(), doc_.given.upper())), "^^^^MD|||||||||||V%s" % d(rng, 8), seg)
    if kind.startswith("ADT"):
        dx = rng.choice(D.DIAGNOSES)
        doc.add("DG1|1|I10|%s^" % rng.choice(["E11.9", "I48.91", "J44.9", "F32.9"]), L("DIAGNOSIS", dx), "^I10|||A", seg)
        doc.add("IN1|1|%s|%s|%s||||||GRP%s||||||" % (rng.choice(["BCBS01", "AET02", "UHC07"]), d(rng, 5), rng.choice(D.HEALTH_PLANS), d(rng, 6)), "|||||||||||||||||||", L("HEALTH_PLAN_ID", D.health_plan_id(rng).replace(" ", "")), seg)
    elif kind.startswith("ORU"):
        doc.add("OBR|1|%s|%s|24331-1^Lipid panel^LN|||2026%02d%02d0815" % (d(rng, 8), d(rng, 8), rng.randint(1, 11), rng.randint(1, 28)), seg)
        for j, (code, nm, u, lo, hi) in enumerate([("2093-3", "Cholesterol", "mg/dL", 140, 290), ("2571-8", "Triglyceride", "mg/dL", 60, 400), ("2085-9", "HDL", "mg/dL", 25, 90)]):
            doc.add("OBX|%d|NM|%s^%s^LN||%d|%s|||||F" % (j + 1, code, nm, rng.randint(lo, hi), u), seg)
    else:
        doc.add("SCH|%s|%s|||||%s^Follow-up||30|MIN" % (d(rng, 7), d(rng, 7), rng.choice(["FU", "NEW"])), seg)
        doc.add("RXA|0|1|2026%02d%02d||" % (rng.randint(1, 11), rng.randint(1, 28)), L("MEDICATION", rng.choice(D.MEDICATIONS)), "|1|TAB", seg)
    doc.add("ZVN|%s|%s" % (version4(rng), oid(rng)))
    return doc


@tpl("fhir_bundle")
def t_fhir(rng, i):
    country = rng.choice(["US", "US", "GB", "CA", "AU"])
    p = D.person_from(rng, country)
    ymd = D.rand_date(rng, 1935, 2012)
    lines = D.address(rng, country)
    pid = "pat-%s" % d(rng, 6)
    ident = [{"use": "usual", "type": {"text": "MRN"}, "system": "urn:oid:" + oid(rng), "value": L("MEDICAL_RECORD_NUMBER", D.mrn(rng))}]
    if country == "GB":
        ident.append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", ids.nhs(rng, False))})
    if country == "US" and rng.random() < 0.5:
        ident.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": L("US_SSN", ids.ssn(rng))})
    patient = {"resourceType": "Patient", "id": pid, "meta": {"versionId": str(rng.randint(1, 9)), "lastUpdated": ts(rng)},
               "identifier": ident,
               "name": [{"use": "official", "family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
               "telecom": [{"system": "phone", "value": L("PHONE", D.phone(rng, country)), "use": "mobile"},
                           {"system": "email", "value": L("EMAIL", D.email_for(rng, p))}],
               "gender": "female" if p.sex == "f" else "male", "birthDate": L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "iso")),
               "address": [{"use": "home", "line": [L("ADDRESS", lines[0])], "city": lines[1].split(",")[0].split(" ")[0], "country": country}]}
    entries = [patient]
    if country == "US":
        if rng.random() < 0.5:
            cov = {"resourceType": "Coverage", "id": "cov-%s" % d(rng, 4), "status": "active", "type": {"text": "Medicare Part B"},
                   "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": L("US_MBI", ids.mbi(rng, False))}],
                   "beneficiary": {"reference": "Patient/" + pid}}
        else:
            cov = {"resourceType": "Coverage", "id": "cov-%s" % d(rng, 4), "status": "active", "payor": [{"display": rng.choice(D.HEALTH_PLANS)}],
                   "subscriberId": L("HEALTH_PLAN_ID", D.health_plan_id(rng)), "beneficiary": {"reference": "Patient/" + pid}}
        entries.append(cov)
    dx, ref = rng.sample(D.DIAGNOSES, 2)
    entries.append({"resourceType": "Condition", "id": "cond-1", "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                    "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/" + pid}})
    entries.append({"resourceType": "Condition", "id": "cond-2", "verificationStatus": {"coding": [{"code": "refuted"}]}, "code": {"text": ref},
                    "note": [{"text": "Suspected on referral; excluded after work-up."}], "subject": {"reference": "Patient/" + pid}})
    med = D.med_for(rng, dx)
    entries.append({"resourceType": "MedicationStatement", "id": "ms-1", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", med)},
                    "dosage": [{"text": rng.choice(D.MED_DOSES)}], "subject": {"reference": "Patient/" + pid}})
    bundle = {"resourceType": "Bundle", "type": "collection", "timestamp": ts(rng), "entry": [{"fullUrl": "urn:uuid:%s-%s" % (d(rng, 8), d(rng, 4)), "resource": e} for e in entries]}
    doc = Doc("fhir_json")
    emit_json(doc, bundle, 2 if i % 2 == 0 else 1)
    return doc


@tpl("clinical_no_patient")
def t_clin_neg(rng, i):
    if i % 2 == 0:
        doc = Doc("clinical_note")
        dx = rng.sample(D.DIAGNOSES, 3)
        med = rng.sample(D.MEDICATIONS, 3)
        doc.line("CLINICAL PRACTICE GUIDANCE — %s (v%s)" % (dx[0].upper(), version4(rng)))
        doc.line("Scope: adults with %s in primary care. Not for individual patient records." % dx[0])
        doc.line("1. Offer %s as first-line therapy unless contraindicated (eGFR < 30)." % med[0])
        doc.line("2. In a 2019 cohort (n=%d), %d%% of participants with %s also met criteria for %s." % (rng.randint(300, 9000), rng.randint(5, 40), dx[0], dx[1]))
        doc.line("3. Consider %s where %s coexists; monitor for interactions with %s." % (med[1], dx[2], med[2]))
        doc.line("4. Screening for %s is not recommended in asymptomatic adults." % rng.choice(["pancreatic cancer", "ovarian cancer", "thyroid cancer"]))
        doc.line("Terminology bindings: %s, %s." % (oid(rng), oid(rng)))
        doc.add("Next review: %s %d. Approved by the Formulary & Therapeutics Committee." % (rng.choice(D.MONTHS), rng.randint(2027, 2029)))
    else:
        doc = Doc("lab_report")
        doc.line("QC RUN REPORT — analyzer %s S/N %s firmware %s" % (rng.choice(["cobas c 503", "Alinity ci", "Atellica CH"]), d(rng, 8), version4(rng)))
        doc.line("Run ID %s   Started %s   Operator: tech-%s" % (d(rng, 10), ts(rng), d(rng, 3)))
        for lvl in ["Level 1", "Level 2", "Level 3"]:
            doc.line("%s  Glucose %.1f mg/dL  (target %.1f ± %.1f)  Westgard: pass" % (lvl, rng.uniform(50, 300), rng.uniform(50, 300), rng.uniform(2, 9)))
        doc.line("Lot %s exp %d-%02d. Calibrator traceable to NIST SRM 965b." % (d(rng, 6), rng.randint(2026, 2028), rng.randint(1, 12)))
        doc.add("No patient results released from this run.")
    return doc


# =====================================================================================
# STRUCTURED: CSV / TSV / JSON / NDJSON / YAML
# =====================================================================================
@tpl("csv_customer_export")
def t_csv_customers(rng, i):
    cols_all = ["customer_id", "first_name", "last_name", "email", "phone", "street", "city", "postcode", "country", "date_of_birth", "card_number", "loyalty_tier", "last_order_id", "created_at"]
    keep = ["customer_id", "first_name", "last_name", "email"] + [c for c in cols_all[4:] if rng.random() < 0.75]
    cols = [c for c in cols_all if c in keep]
    if i % 3 == 1:
        ren = {"first_name": "Given Name", "last_name": "Family Name", "email": "E-mail", "phone": "Mobile", "street": "Address Line 1", "date_of_birth": "Birthday", "postcode": "ZIP/Postcode", "card_number": "Card"}
        header = [ren.get(c, c.replace("_", " ").title()) for c in cols]
    else:
        header = cols
    doc = Doc("csv")
    eol = "\r\n" if i % 2 else "\n"
    emit_row(doc, header, ",", eol)
    for r in range(rng.randint(3, 6)):
        c = rng.choice(D.ADDR_COUNTRIES)
        p = D.person_from(rng, c)
        lines = D.address(rng, c)
        row = []
        for col in cols:
            if col == "customer_id": row.append("C%s" % d(rng, 7))
            elif col == "first_name": row.append(L("PERSON", p.given))
            elif col == "last_name": row.append(L("PERSON", p.family))
            elif col == "email": row.append(L("EMAIL", D.email_for(rng, p)))
            elif col == "phone": row.append(L("PHONE", D.phone(rng, c)))
            elif col == "street": row.append(L("ADDRESS", lines[0]))
            elif col == "city": row.append(lines[-1] if c != "US" else lines[1].split(",")[0])
            elif col == "postcode": row.append(d(rng, 5))
            elif col == "country": row.append(c)
            elif col == "date_of_birth": row.append(L("DATE_OF_BIRTH", D.fmt_date(rng, D.rand_date(rng, 1940, 2007), "iso")))
            elif col == "card_number":
                row.append(L("CREDIT_CARD", ids.fmt_card(ids.card(rng)[1], rng)) if rng.random() < 0.4 else masked_card(rng))
            elif col == "loyalty_tier": row.append(rng.choice(["Gold", "Silver", "Bronze", "Platinum"]))
            elif col == "last_order_id": row.append("ORD-%s-%s" % (d(rng, 4), d(rng, 6)))
            elif col == "created_at": row.append(ts(rng, rng.randint(2018, 2025)))
        emit_row(doc, row, ",", eol)
    return doc


@tpl("tsv_payroll")
def t_tsv_payroll(rng, i):
    doc = Doc("tsv")
    header = ["emp_no", "employee_name", "country", "tax_or_national_id", "bank_account", "gross_monthly", "cost_center", "grade"]
    emit_row(doc, header, "\t")
    countries = [NID_COUNTRIES[(i * 4 + k) % len(NID_COUNTRIES)] for k in range(rng.randint(6, 8))]
    for c in countries:
        p = D.person_from(rng, c)
        nid = national_id(rng, c, p)
        if c == "GB":
            bank = L("UK_BANK_ACCOUNT", "%s-%s-%s %s" % (d(rng, 2), d(rng, 2), d(rng, 2), d(rng, 8)))
        elif c in ("US", "CA", "IN", "SG"):
            bank = "ACH ****%s" % d(rng, 4) if c == "US" else "on file (masked)"
        else:
            bank = L("IBAN", ids.fmt_iban(ids.iban(rng, c if c in ("DE", "FR", "ES", "IT", "BR") else "NL"), rng.random() < 0.5))
        emit_row(doc, ["E%s" % d(rng, 5), L("PERSON", p.full), c, L(nid[0], nid[1]), bank, "%d.%02d" % (rng.randint(2500, 14000), rng.randint(0, 99)),
                       "CC-%s" % d(rng, 4), rng.choice(["L3", "L4", "M1", "IC5"])], "\t")
    emit_row(doc, ["TOTAL", "", "", "", "", "%d.00" % rng.randint(30000, 90000), "", ""], "\t")
    return doc


@tpl("json_profile_api")
def t_json_profile(rng, i):
    c = ["US", rng.choice(["NL", "JP", "MX", "SE", "PL"]), "BR", "US"][i % 4] if i % 2 == 0 else rng.choice(NID_COUNTRIES)
    p = D.person_from(rng, c)
    ymd = D.rand_date(rng, 1950, 2006)
    ac = c if c in D.ADDR_COUNTRIES else "US"
    lines = D.address(rng, ac)
    docs = []
    pc = c if c in PASSPORT_COUNTRIES else "DE"
    docs.append({"kind": "passport", "number": passport_L(rng, pc), "issuing_country": pc, "expires_on": "%d-%02d-%02d" % D.rand_date(rng, 2027, 2035)})
    nid = national_id(rng, c, p, ymd)
    if nid:
        docs.append({"kind": {"US_SSN": "ssn", "UK_NATIONAL_INSURANCE_NUMBER": "nino", "ES_DNI": "dni", "FR_NIR": "nir", "DE_TAX_ID": "steuer_id",
                              "IT_FISCAL_CODE": "codice_fiscale", "CA_SIN": "sin", "BR_CPF": "cpf", "IN_AADHAAR": "aadhaar", "SG_NRIC": "nric"}[nid[0]],
                     "number": L(nid[0], nid[1]), "verified": rng.choice([True, False])})
    attrs = {"display_name": L("PERSON", p.full), "email": L("EMAIL", D.email_for(rng, p)), "phone_e164": L("PHONE", D.phone(rng, ac)),
             "birthdate": L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "iso")),
             "address": {"line1": L("ADDRESS", lines[0]), "locality": lines[-1], "country_code": ac},
             "identity_documents": docs, "marketing_opt_in": rng.random() < 0.5,
             "last_login": {"at": ts(rng), "ip": L("IP_ADDRESS", D.ip4(rng) if rng.random() < 0.7 else D.ip6(rng)), "client": "ios/%s" % version4(rng)}}
    if rng.random() < 0.5:
        attrs["payment_methods"] = [{"type": "card", "brand": "visa", "last4": d(rng, 4), "fingerprint": "fp_%s" % d(rng, 12)},
                                    {"type": "sepa_debit", "iban": L("IBAN", ids.iban(rng, rng.choice(["DE", "FR", "NL", "IT", "ES", "BE", "AT"])))}]
    obj = {"data": {"id": "usr_%s" % d(rng, 10), "type": "customer", "attributes": attrs},
           "meta": {"api_version": version4(rng), "request_id": "%s-%s" % (d(rng, 8), d(rng, 4)), "served_by": "edge-%s" % rng.choice(["fra1", "iad3", "sin2"])}}
    doc = Doc("json")
    emit_json(doc, obj, [2, 4, None][i % 3])
    return doc


@tpl("ndjson_event_stream")
def t_ndjson(rng, i):
    doc = Doc("ndjson")
    for k in range(rng.randint(5, 8)):
        c = rng.choice(D.ADDR_COUNTRIES)
        p = D.person_from(rng, c)
        ev = rng.choice(["login", "checkout", "callback", "kyc", "page_view", "heartbeat", "login", "checkout"])
        base = {"ts": ts(rng), "event": ev}
        if ev == "login":
            base.update({"user": {"email": L("EMAIL", D.email_for(rng, p))}, "client_ip": L("IP_ADDRESS", D.ip4(rng) if rng.random() < 0.75 else D.ip6(rng)),
                         "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15", "app_version": version4(rng), "mfa": rng.choice(["totp", "sms", "none"])})
        elif ev == "checkout":
            base.update({"order_id": ids.luhn_complete("7" + d(rng, 15)) if rng.random() < 0.5 else d(rng, 17), "card": {"brand": "mastercard", "last4": d(rng, 4), "exp": "%02d/%d" % (rng.randint(1, 12), rng.randint(27, 31))},
                         "ship_to": L("ADDRESS", D.address(rng, c)[0]), "amount_minor": rng.randint(500, 90000), "currency": "EUR"})
        elif ev == "callback":
            base.update({"customer": L("PERSON", p.full), "callback_number": L("PHONE", D.phone(rng, c)), "queue": "billing"})
        elif ev == "kyc":
            pc = rng.choice(PASSPORT_COUNTRIES)
            base.update({"subject_ref": "sub_%s" % d(rng, 8), "doc_type": "passport", "doc_number": passport_L(rng, pc), "doc_country": pc, "liveness": round(rng.random(), 3)})
        elif ev == "page_view":
            base.update({"path": "/help/articles/%d" % rng.randint(100, 999), "ref": "google", "build": version4(rng)})
        else:
            base.update({"host": "worker-%d" % rng.randint(1, 40), "uptime_s": rng.randint(100, 10 ** 7), "bind": rng.choice(["127.0.0.1:9090", "0.0.0.0:8443", "[::1]:6060"])})
        emit_json(doc, base, None)
        doc.add("\n")
    return doc


def yaml_kv(doc, indent, key, val):
    doc.add(" " * indent + key + ": ")
    yaml_scalar(doc, val)
    doc.add("\n")

@tpl("yaml_hr_record")
def t_yaml_hr(rng, i):
    c = rng.choice(["GB", "DE", "FR", "ES", "IT", "CA", "BR", "SG", "IN", "US"])
    p = D.person_from(rng, c)
    ymd = D.rand_date(rng, 1960, 2004)
    doc = Doc("yaml")
    doc.add("# HRIS export — generated %s — schema %s\n" % (ts(rng), version4(rng)))
    doc.add("employee:\n")
    yaml_kv(doc, 2, "id", "EMP-%s" % d(rng, 6))
    yaml_kv(doc, 2, "legal_name", L("PERSON", p.full))
    yaml_kv(doc, 2, "preferred_name", L("PERSON", p.given))
    yaml_kv(doc, 2, "date_of_birth", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, rng.choice(["iso", "eu"]))))
    yaml_kv(doc, 2, "hire_date", "%d-%02d-%02d" % D.rand_date(rng, 2010, 2025))
    doc.add("  contact:\n")
    yaml_kv(doc, 4, "work_email", L("EMAIL", "%s.%s@%s" % (D._ascii(p.given), D._ascii(p.family.split()[-1]), rng.choice(["northwind-logistics.eu", "kestrelbio.com", "halden.io"]))))
    yaml_kv(doc, 4, "mobile", L("PHONE", D.phone(rng, c)))
    lines = D.address(rng, c)
    if i % 2 == 0:
        doc.add("  home_address: |\n    ", L("ADDRESS", "\n    ".join(lines)), "\n")
    else:
        yaml_kv(doc, 2, "home_address", L("ADDRESS", ", ".join(lines)))
    doc.add("  identifiers:\n")
    nid = national_id(rng, c, p, ymd)
    yaml_kv(doc, 4, {"US_SSN": "ssn", "UK_NATIONAL_INSURANCE_NUMBER": "ni_number", "ES_DNI": "dni_nie", "FR_NIR": "numero_securite_sociale", "DE_TAX_ID": "steuer_id",
                     "IT_FISCAL_CODE": "codice_fiscale", "CA_SIN": "sin", "BR_CPF": "cpf", "IN_AADHAAR": "aadhaar", "SG_NRIC": "nric_fin"}[nid[0]], L(nid[0], nid[1]))
    if rng.random() < 0.6:
        pc = c if c in PASSPORT_COUNTRIES else "GB"
        doc.add("    passport:\n")
        yaml_kv(doc, 6, "country", pc)
        yaml_kv(doc, 6, "number", passport_L(rng, pc))
    if c in ("DE", "FR", "ES", "IT", "BR"):
        yaml_kv(doc, 2, "salary_iban", L("IBAN", ids.fmt_iban(ids.iban(rng, c), rng.random() < 0.5)))
    doc.add("  emergency_contact:\n")
    yaml_kv(doc, 4, "name", L("PERSON", D.person_from(rng, c).full))
    yaml_kv(doc, 4, "relationship", rng.choice(["spouse", "sister", "father", "friend"]))
    yaml_kv(doc, 4, "phone", L("PHONE", D.phone(rng, c)))
    doc.add("  occupational_health:\n")
    if i % 3 == 0:
        doc.add("    conditions:\n      - ", L("DIAGNOSIS", rng.choice(["epilepsy", "type 1 diabetes mellitus", "multiple sclerosis", "asthma"])), "\n")
        doc.add("    medication_on_site: ", L("MEDICATION", rng.choice(["levetiracetam", "insulin aspart", "salbutamol", "glucagon"])), "\n")
    else:
        doc.add("    conditions: []\n    notes: \"no adjustments required\"\n")
    doc.add("  laptop:\n    asset_tag: \"AT-%s\"\n    os_build: \"%s\"\n" % (d(rng, 6), version4(rng)))
    return doc


EAN_NAMES = ["Dr. Martens 1460 Smooth boot", "Ben & Jerry's Chunky Monkey 465ml", "Ferrero Rocher 16pc", "Dr. Oetker Ristorante Funghi",
             "Tommy Hilfiger crew tee", "Levi's 501 Original", "Bosch GSR 12V drill", "Philips Hue E27 starter kit", "Marks & Spencer Percy Pig",
             "Hugo Boss Bottled 100ml", "Heinz Tomato Ketchup 570g", "Kellogg's Corn Flakes 500g"]
def ean13(rng):
    b = rng.choice(["400", "500", "590", "871", "761", "301"]) + d(rng, 9)
    s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(b))
    return b + str((10 - s % 10) % 10)

@tpl("csv_product_catalog")
def t_csv_catalog(rng, i):
    delim = "," if i % 2 == 0 else "\t"
    doc = Doc("csv" if delim == "," else "tsv")
    emit_row(doc, ["sku", "ean13", "product_name", "unit_price", "currency", "firmware", "bin", "release_date", "supplier_ref"], delim)
    for name in rng.sample(EAN_NAMES, rng.randint(4, 7)):
        emit_row(doc, ["SKU-%s-%s" % (d(rng, 4), rng.choice(["BLK", "RED", "XL", "M"])), ean13(rng), name, "%d.%02d" % (rng.randint(1, 240), rng.randint(0, 99)), "EUR",
                       version4(rng) if rng.random() < 0.5 else "n/a", "%s-%02d-%02d" % (rng.choice("ABCDEFG"), rng.randint(1, 40), rng.randint(1, 9)),
                       "%d-%02d-%02d" % D.rand_date(rng, 2015, 2026), "PO%s" % d(rng, 10)], delim)
    return doc


@tpl("config_no_pii")
def t_config(rng, i):
    if i % 2 == 0:
        doc = Doc("json")
        obj = {"name": "@%s/%s" % (rng.choice(["acme", "kestrel", "nimbus"]), rng.choice(["billing-ui", "ingest", "gateway"])), "version": version4(rng),
               "build": {"number": rng.randint(1000, 99999), "commit": "%040x" % rng.getrandbits(160), "timestamp": rng.randint(1700000000, 1790000000),
                         "snmp_oid": "1.3.6.1.4.1.%d.%d.%d" % (rng.randint(1000, 60000), rng.randint(1, 9), rng.randint(1, 9))},
               "dependencies": {"left-pad": "^1.3.0", "ws": "8.%d.%d" % (rng.randint(0, 18), rng.randint(0, 9)), "protobufjs": "7.2.%d" % rng.randint(0, 6)},
               "listen": ["127.0.0.1:%d" % rng.randint(3000, 9000), "0.0.0.0:443", "[::1]:8080"],
               "features": {"enable_sso": True, "retention_days": rng.randint(7, 400), "sample_rate": 0.25}}
        emit_json(doc, obj, 2)
    else:
        doc = Doc("yaml")
        doc.add("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ledger-api\n  labels:\n    app.kubernetes.io/version: \"%s\"\n" % version4(rng))
        doc.add("spec:\n  replicas: %d\n  template:\n    spec:\n      containers:\n        - name: api\n" % rng.randint(2, 9))
        doc.add("          image: registry.internal/ledger-api@sha256:%064x\n" % rng.getrandbits(256))
        doc.add("          env:\n            - name: DB_HOST\n              value: \"localhost\"\n            - name: BIND_ADDR\n              value: \"0.0.0.0\"\n")
        doc.add("            - name: OTEL_RESOURCE\n              value: \"service.version=%s\"\n" % version4(rng))
        doc.add("          ports:\n            - containerPort: %d\n" % rng.randint(3000, 9000))
    return doc


@tpl("csv_patient_extract")
def t_csv_patients(rng, i):
    delim = "," if i % 3 != 2 else "\t"
    doc = Doc("csv" if delim == "," else "tsv")
    emit_row(doc, ["mrn", "patient_name", "dob", "sex", "icd10", "primary_dx", "current_med", "last_visit", "payer", "member_id"], delim)
    for r in range(rng.randint(3, 6)):
        p = D.person(rng)
        ymd = D.rand_date(rng, 1930, 2015)
        has_dx = rng.random() < 0.8
        pdx = rng.choice(D.DIAGNOSES)
        emit_row(doc, [L("MEDICAL_RECORD_NUMBER", d(rng, 8)), L("PERSON", "%s, %s" % (p.family, p.given)), L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, rng.choice(["us", "iso"]))),
                       p.sex.upper(), rng.choice(["E11.9", "I48.91", "F33.1", "K50.90", "M06.9"]) if has_dx else "",
                       L("DIAGNOSIS", pdx) if has_dx else "none recorded",
                       L("MEDICATION", D.med_for(rng, pdx)) if has_dx else "",
                       "%d-%02d-%02d" % D.rand_date(rng, 2024, 2026)] + (["Medicare Part B", L("US_MBI", ids.mbi(rng, False))] if rng.random() < 0.3 else
                       [rng.choice(D.HEALTH_PLANS), L("HEALTH_PLAN_ID", D.health_plan_id(rng))]), delim)
    return doc


# =====================================================================================
# LOGS
# =====================================================================================
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.119 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
       "okhttp/4.12.0", "curl/8.5.0", "python-requests/2.31.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"]

@tpl("auth_gateway_kv_log")
def t_auth_log(rng, i):
    doc = Doc("log")
    svc = rng.choice(["auth-gw", "idp", "sso-edge"])
    for k in range(rng.randint(6, 9)):
        c = rng.choice(D.ADDR_COUNTRIES)
        p = D.person_from(rng, c)
        kind = rng.choice(["ok", "ok", "fail", "reset", "mfa", "pay", "health", "leak"])
        doc.add("%s level=%s svc=%s " % (ts(rng), {"fail": "WARN", "leak": "ERROR", "health": "DEBUG"}.get(kind, "INFO"), svc))
        if kind == "ok":
            doc.add('msg="login succeeded" user=', L("EMAIL", D.email_for(rng, p)), " src_ip=", L("IP_ADDRESS", D.ip4(rng)), ' session=%s ua="%s" build=%s' % ("%032x" % rng.getrandbits(128), rng.choice(UAS), version4(rng)))
        elif kind == "fail":
            doc.add('msg="invalid password" attempt=%d user_id=%s src_ip=' % (rng.randint(2, 6), d(rng, 7)), L("IP_ADDRESS", D.ip6(rng) if rng.random() < 0.5 else D.ip4(rng, "pub")), " geo=%s" % c)
        elif kind == "reset":
            doc.add('msg="password reset requested" account=', L("EMAIL", D.email_for(rng, p)), " delivery=sms to=", L("PHONE", D.phone(rng, c)))
        elif kind == "mfa":
            doc.add('msg="mfa challenge" method=totp user_id=%s device="Pixel 8" os=%s result=pass latency_ms=%d' % (d(rng, 7), version4(rng), rng.randint(40, 900)))
        elif kind == "pay":
            doc.add('msg="payment authorised" card=%s amount=%d.%02d currency=%s auth_code=%s' % (masked_card(rng).replace(" ", ""), rng.randint(1, 900), rng.randint(0, 99), rng.choice(["EUR", "USD", "GBP"]), d(rng, 6)))
        elif kind == "health":
            doc.add('msg="healthcheck" peer=127.0.0.1:%d upstream=%s status=200' % (rng.randint(1024, 65000), version4(rng)))
        else:
            _, num = ids.card(rng)
            doc.add('msg="tokenisation failed; raw payload retained" customer="', L("PERSON", p.full), '" pan=', L("CREDIT_CARD", ids.fmt_card(num, rng, "compact")), " exp=%02d/%d cvv=***" % (rng.randint(1, 12), rng.randint(27, 31)))
        doc.add("\n")
    return doc


@tpl("nginx_access_log")
def t_nginx(rng, i):
    doc = Doc("log")
    for k in range(rng.randint(6, 10)):
        kind = rng.choice(["get", "get", "query", "health", "xff", "post"])
        t = "%02d/%s/2026:%02d:%02d:%02d +0000" % (rng.randint(1, 28), rng.choice(["Jan", "Mar", "Jun", "Sep", "Nov"]), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        if kind == "health":
            doc.add('127.0.0.1 - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n' % t)
            continue
        doc.add(L("IP_ADDRESS", D.ip4(rng) if rng.random() < 0.8 else D.ip6(rng)))
        doc.add(' - - [%s] "' % t)
        if kind == "get":
            doc.add("GET /static/app.%s.js HTTP/2.0\" 200 %d \"-\" \"%s\"" % ("%08x" % rng.getrandbits(32), rng.randint(1000, 900000), rng.choice(UAS)))
        elif kind == "query":
            p = D.person(rng)
            doc.add("GET /api/v3/newsletter/confirm?email=", L("EMAIL", D.email_for(rng, p)), "&token=%s HTTP/1.1\" 302 0 \"-\" \"%s\"" % ("%024x" % rng.getrandbits(96), rng.choice(UAS)))
        elif kind == "post":
            doc.add("POST /v1/orders/%s/refund HTTP/1.1\" 201 %d \"https://shop.example/account\" \"%s\"" % (d(rng, 10), rng.randint(100, 900), rng.choice(UAS)))
        else:
            doc.add("GET /account HTTP/1.1\" 200 %d \"-\" \"%s\" xff=\"" % (rng.randint(1000, 9000), rng.choice(UAS)), L("IP_ADDRESS", D.ip4(rng, "pub")), ", ", L("IP_ADDRESS", D.ip4(rng, "priv")), '"')
        doc.add(" rt=%.3f\n" % rng.uniform(0.001, 2.5))
    return doc


@tpl("payments_settlement_log")
def t_pay_log(rng, i):
    doc = Doc("log")
    doc.add("=== settlement batch %s started %s (engine %s) ===\n" % (d(rng, 8), ts(rng), version4(rng)))
    for k in range(rng.randint(5, 8)):
        kind = rng.choice(["sepa", "sepa", "fps", "card_masked", "card_raw", "reject"])
        doc.add("[%s] " % ts(rng))
        if kind == "sepa":
            cc = rng.choice(["DE", "FR", "ES", "IT", "NL", "BE", "AT", "PT", "IE", "FI"])
            p = D.person(rng)
            doc.add('SEPA_DD mandate=MNDT-%s creditor_id=DE%02dZZZ%s debtor="' % (d(rng, 9), rng.randint(10, 99), d(rng, 11)), L("PERSON", p.full), '" debtor_iban=', L("IBAN", ids.iban(rng, cc)), " amount=%d.%02d EUR status=ACCP" % (rng.randint(5, 2000), rng.randint(0, 99)))
        elif kind == "fps":
            doc.add("FPS_OUT payee=\"", L("PERSON", D.person_from(rng, "GB").full), "\" sort_code=%s-%s-%s account_number=" % (d(rng, 2), d(rng, 2), d(rng, 2)), L("UK_BANK_ACCOUNT", d(rng, 8)), " ref=INV%s amount=%d.%02d GBP" % (d(rng, 6), rng.randint(10, 5000), rng.randint(0, 99)))
        elif kind == "card_masked":
            doc.add("CARD_CAPTURE pan=%s brand=%s arn=%s amount=%d.%02d" % (masked_card(rng).replace(" ", ""), rng.choice(["VISA", "MC", "AMEX"]), d(rng, 23), rng.randint(1, 900), rng.randint(0, 99)))
        elif kind == "card_raw":
            br, num = ids.card(rng)
            doc.add('DEBUG gateway request body={"source":{"number":"', L("CREDIT_CARD", num), '","exp_month":%d,"exp_year":20%d},"amount":%d}' % (rng.randint(1, 12), rng.randint(27, 31), rng.randint(100, 90000)))
        else:
            _, num = ids.card(rng)
            doc.add("REJECT reason=luhn_check_failed input_pan=%s (not stored) order=%s" % (ids.bad_luhn(num), d(rng, 12)))
        doc.add("\n")
    doc.add("=== batch closed: %d items, checksum %s ===" % (rng.randint(5, 900), "%016x" % rng.getrandbits(64)))
    return doc


@tpl("syslog_no_pii")
def t_syslog(rng, i):
    doc = Doc("log")
    host = rng.choice(["db-prod-03", "edge-fra-12", "build-runner-7", "nas01"])
    lines = [
        "kernel: [%d.%06d] Linux version 6.8.0-%d-generic (buildd@lcy02-amd64-%03d) (gcc 13.2.0) #%d-Ubuntu SMP" % (rng.randint(0, 9), rng.randint(0, 999999), rng.randint(30, 60), rng.randint(1, 120), rng.randint(30, 60)),
        "kernel: e1000e 0000:00:1f.6 eth0: (PCI Express:2.5GT/s:Width x1) %s" % ":".join("%02x" % rng.randint(0, 255) for _ in range(6)),
        "systemd[1]: Started Daily apt upgrade and clean activities (apt %s)." % version4(rng),
        "sshd[%d]: Server listening on 0.0.0.0 port 22." % rng.randint(300, 40000),
        "sshd[%d]: Server listening on :: port 22." % rng.randint(300, 40000),
        "postgres[%d]: LOG:  listening on IPv4 address \"127.0.0.1\", port 5432" % rng.randint(300, 40000),
        "snmpd[%d]: Connection from UDP: [127.0.0.1]:%d->[127.0.0.1]:161 oid %s" % (rng.randint(300, 40000), rng.randint(30000, 60000), "1.3.6.1.4.1.2021.10.1.3.%d" % rng.randint(1, 3)),
        "smartd[%d]: Device: /dev/sda [SAT], WDC WD40EFRX-68N32N0, S/N:WD-WCC7K%s, FW:82.00A82" % (rng.randint(300, 40000), d(rng, 7)),
        "CRON[%d]: (root) CMD (/usr/local/bin/backup.sh --since %d)" % (rng.randint(300, 40000), rng.randint(1700000000, 1790000000)),
        "dockerd[%d]: level=info msg=\"Loading containers: done.\" version=%s" % (rng.randint(300, 40000), version4(rng)),
        "chronyd[%d]: Selected source 10.%d.%d.%d (ntp pool version %s)" % (rng.randint(300, 40000), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), version4(rng)),
        "kernel: EXT4-fs (nvme0n1p2): mounted filesystem %s r/w with ordered data mode" % ("%08x-%04x-%04x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16))),
    ]
    # chronyd line would expose a host IP; keep it out so this document stays PII-free
    lines = [l for l in lines if not l.startswith("chronyd")]
    rng.shuffle(lines)
    for l in lines[:rng.randint(7, 10)]:
        doc.add("%s %2d %02d:%02d:%02d %s %s\n" % (rng.choice(["Mar", "Jul", "Oct"]), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), host, l))
    return doc


@tpl("ehr_audit_log")
def t_audit(rng, i):
    doc = Doc("log")
    for k in range(rng.randint(5, 8)):
        actor = D.person(rng)
        uid = (D._ascii(actor.given)[:1] + D._ascii(actor.family.split()[-1]))[:8]
        doc.add("[%s] AUDIT actor=\"" % ts(rng).replace("T", " ").replace("Z", ""), L("PERSON", actor.full), "\" uid=%s role=%s " % (uid, rng.choice(["RN", "MD", "CLERK", "BILLING"])))
        kind = rng.choice(["view", "view", "export", "update", "lookup", "break"])
        if kind == "view":
            doc.add("action=VIEW_CHART mrn=", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)), " reason=treatment ws=%s" % "WS-%s" % d(rng, 4))
        elif kind == "export":
            doc.add("action=EXPORT_DEMOGRAPHICS subject=\"", L("PERSON", D.person(rng).full), "\" ssn=", L("US_SSN", ids.ssn(rng)), " dob=", L("DATE_OF_BIRTH", D.fmt_date(rng, D.rand_date(rng), "iso")))
        elif kind == "update":
            doc.add("action=UPDATE_ADDRESS mrn=", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)), " new=\"", addr_L(D.address(rng, "US"), ", "), "\"")
        elif kind == "lookup":
            doc.add("action=PDS_TRACE nhs_number=", L("UK_NHS_NUMBER", ids.nhs(rng, False)), " result=MATCH spine_ver=%s" % version4(rng))
        else:
            doc.add("action=BREAK_GLASS mrn=", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)), " justification=\"ED admission, ", L("DIAGNOSIS", rng.choice(["opioid overdose", "status epilepticus", "diabetic ketoacidosis", "anaphylaxis"])), "\"")
        doc.add("\n")
    return doc


@tpl("ci_build_log")
def t_ci(rng, i):
    doc = Doc("log")
    doc.add("Running on runner-%s (ubuntu-22.04, image version %s)\n" % (d(rng, 5), version4(rng)))
    doc.add("$ git checkout %s\n" % ("%040x" % rng.getrandbits(160)))
    doc.add("Resolving dependencies... grpc-java %s, netty 4.1.%d.Final, jackson 2.17.%d\n" % (version4(rng), rng.randint(90, 110), rng.randint(0, 2)))
    doc.add("[INFO] Building ledger-core %s (build #%d)\n" % (version4(rng), rng.randint(1000, 99999)))
    doc.add("[INFO] Tests run: %d, Failures: 0, Errors: 0, Skipped: %d, Time elapsed: %.2f s\n" % (rng.randint(200, 4000), rng.randint(0, 40), rng.uniform(10, 600)))
    doc.add("[INFO] Fixture tokens rotated: tok_%s\n" % d(rng, 10))
    doc.add("Pushing registry.internal/ledger-core:%s digest sha256:%064x\n" % (version4(rng), rng.getrandbits(256)))
    doc.add("Artifact ledger-core-%s.jar uploaded (%d bytes) build-id %s\n" % (version4(rng), rng.randint(10 ** 6, 10 ** 8), d(rng, 12)))
    doc.add("Deploy gate: canary 5%% healthy for %ds; error budget %.2f%%\n" % (rng.randint(60, 900), rng.uniform(90, 100)))
    doc.add("Finished: SUCCESS at %s (epoch %d)\n" % (ts(rng), rng.randint(1700000000, 1790000000)))
    return doc


# =====================================================================================
# EMAIL / CHAT / TICKET
# =====================================================================================
def email_header(doc, rng, sender, sender_addr, rcpt, rcpt_addr, subject):
    doc.add("From: ", L("PERSON", sender.full) if sender else "", " <" if sender else "", L("EMAIL", sender_addr), ">\n" if sender else "\n")
    doc.add("To: ", L("PERSON", rcpt.full), " <", L("EMAIL", rcpt_addr), ">\n")
    doc.add("Date: %s, %d %s 2026 %02d:%02d:%02d +0100\n" % (rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), rng.randint(1, 28), rng.choice(["Feb", "Apr", "Aug", "Oct"]), rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59)))
    doc.add("Subject: %s\n\n" % subject)

@tpl("email_with_pii")
def t_email(rng, i):
    kind = i % 3
    doc = Doc("email")
    if kind == 0:  # HR onboarding: I-9 / payroll
        hr, emp = D.person(rng), D.person_from(rng, "US")
        email_header(doc, rng, emp, D.email_for(rng, emp), hr, "%s.%s@kestrelbio.com" % (D._ascii(hr.given), D._ascii(hr.family.split()[-1])), "Re: onboarding documents before Monday")
        doc.add("Hi ", L("PERSON", hr.given), ",\n\n")
        doc.add("Sorry for the delay. For the I-9 I'll bring my passport (number ", passport_L(rng, "US"), ") and for payroll my SSN is ", L("US_SSN", ids.ssn(rng)), ".\n")
        st, num = ids.driver_license(rng)
        doc.add("If you need a second ID, my %s driver's license is " % ids.US_STATES[st], L("DRIVER_LICENSE", num), ".\n")
        doc.add("My new address is ", addr_L(D.address(rng, "US"), ", "), " — please update the W-4.\n\n")
        doc.add("Thanks,\n", L("PERSON", emp.given), "\n", L("PHONE", D.phone(rng, "US")), "\n")
    elif kind == 1:  # travel booking
        agent = D.person(rng)
        pc = rng.choice(["DE", "FR", "IT", "ES", "JP", "KR", "BR", "IN", "NL", "PL", "MX", "AU", "GB", "US"])
        trav = D.person_from(rng, pc)
        email_header(doc, rng, agent, "bookings@travelnest.eu", trav, D.email_for(rng, trav), "Booking %s — passenger details needed for APIS" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))
        doc.add("Dear ", L("PERSON", trav.full), ",\n\n")
        doc.add("To complete Advance Passenger Information for flight %s%d on %d %s, please confirm the details we hold:\n\n" % (rng.choice(["LH", "AF", "IB", "KL", "NH"]), rng.randint(100, 9999), rng.randint(1, 28), rng.choice(D.MONTHS)))
        doc.add("  Passenger: ", L("PERSON", "%s/%s" % (trav.family.upper(), trav.given.upper())), "\n")
        doc.add("  %s: " % rng.choice(DOB_LABELS["en"]), L("DATE_OF_BIRTH", D.fmt_date(rng, D.rand_date(rng, 1950, 2010), rng.choice(["dlong", "abbr", "iso"]))), "\n")
        doc.add("  %s: " % passport_label(rng, pc), passport_L(rng, pc), " (%s)\n" % D.COUNTRY_NAME[pc])
        doc.add("  Frequent flyer: %s %s\n\n" % (rng.choice(["Miles&More", "Flying Blue"]), d(rng, 12)))
        doc.add("Card on file ends in %s. Seat %d%s is held until %s.\n\n" % (d(rng, 4), rng.randint(10, 40), rng.choice("ACDF"), rng.choice(HOLIDAYS)))
        doc.add("Kind regards,\n", L("PERSON", agent.full), "\nTravelNest Reservations — ", L("PHONE", D.phone(rng, rng.choice(["DE", "NL", "FR"]))), "\n")
    else:  # patient to clinic
        pt = D.person(rng)
        nurse = D.person(rng)
        email_header(doc, rng, pt, D.email_for(rng, pt), nurse, "referrals@%s" % rng.choice(["ridgeviewclinic.org", "stbrendans.nhs.uk", "halversenhealth.com"]), "Question about my prescription")
        doc.add("Hello ", L("PERSON", nurse.given), ",\n\n")
        dx = rng.choice(D.DIAGNOSES)
        med, med2 = D.med_for(rng, dx), rng.choice(D.TREATS.get(dx, D.MEDICATIONS) + ["the brand-name version"])
        doc.add("Since I was diagnosed with ", L("DIAGNOSIS", dx), " in spring the pharmacy has switched my ", L("MEDICATION", med), " to a generic and I've had headaches. Could ")
        doc.add("Dr. ", L("PERSON", D.person(rng).family), " check whether I should go back to ", L("MEDICATION", med2) if med2 != "the brand-name version" else med2, "?\n")
        doc.add("My date of birth is ", L("DATE_OF_BIRTH", D.fmt_date(rng, D.rand_date(rng), rng.choice(["us", "eu", "long"]))), " and my hospital number is ", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)), ".\n")
        doc.add("(My sister keeps saying it's all the %s — not helpful!)\n\n" % rng.choice(["stress of moving", "Great Depression of this winter"]))
        doc.add("Best wishes,\n", L("PERSON", pt.full), "\n")
    return doc


@tpl("newsletter_no_pii")
def t_news(rng, i):
    doc = Doc("email")
    doc.add("From: Facilities & People Team\nTo: All staff (EMEA)\nSubject: %s closure, release %s and other news\n\n" % (rng.choice(HOLIDAYS), version4(rng)))
    doc.add("Hello everyone,\n\n")
    doc.add("• Offices close for %s; the on-call rota covers %s.\n" % (rng.choice(HOLIDAYS), rng.choice(HOLIDAYS)))
    doc.add("• Our partnership with %s moves into phase 2 — see the intranet for the Q%d deck.\n" % (rng.choice(COMPANIES_PEOPLE), rng.randint(1, 4)))
    doc.add("• Release %s of the booking app ships Thursday (build %d). Release notes: go/rn-%d.\n" % (version4(rng), rng.randint(10000, 99999), rng.randint(100, 999)))
    doc.add("• Finance reminds us that %s is not a forecast method. Q3 showed %s in the Nordics.\n" % (rng.choice(["Parkinson's law", "hope"]), rng.choice(["a depression in sales", "a fever pitch of renewals"])))
    doc.add("• Charity walk for the %s: sign-ups close on the %dth.\n" % (rng.choice(["Alzheimer's Society", "Crohn's & Colitis UK", "Lou Gehrig Foundation"]), rng.randint(4, 28)))
    doc.add("• The canteen now stocks %s.\n\n" % rng.choice(EAN_NAMES))
    doc.add("Reference: internal memo %s / policy OID %s\n\nThe People Team\n" % (d(rng, 6), oid(rng)))
    return doc


@tpl("support_chat")
def t_chat(rng, i):
    kind = i % 3
    cust_c = rng.choice(D.ADDR_COUNTRIES)
    cust = D.person_from(rng, cust_c)
    agent = D.person(rng)
    doc = Doc("chat")
    t = [rng.randint(8, 18), rng.randint(0, 50)]
    def line(who, *parts):
        t[1] += rng.randint(0, 3)
        doc.add("[%02d:%02d] " % (t[0], t[1] % 60), L("PERSON", who), ": ", *parts)
        doc.add("\n")
    doc.add("— Chat transcript %s (%s) —\n" % (d(rng, 9), rng.choice(["Web", "In-app", "WhatsApp Business"])))
    if kind == 0:
        line(agent.given, "Hi, you're chatting with ", L("PERSON", agent.given), " from card services. How can I help?")
        line(cust.given, "my card got declined at the hotel, the number is ", L("CREDIT_CARD", ids.fmt_card(ids.card(rng)[1], rng)))
        line(agent.given, "Please don't share the full number here. For security, can you confirm your date of birth?")
        line(cust.given, L("DATE_OF_BIRTH", D.fmt_date(rng, D.rand_date(rng), rng.choice(["eu", "us", "dlong"]))))
        line(agent.given, "Thanks. I see a fraud hold; I've released it. Anything else?")
        line(cust.given, "can you send the new PIN to ", addr_L(D.address(rng, cust_c), ", "), "?")
    elif kind == 1:
        line(agent.given, "Pharmacy team here, I'm ", L("PERSON", agent.given), ". What can I do for you?")
        cdx = rng.choice(D.DIAGNOSES)
        line(cust.given, "hi, refill for my ", L("MEDICATION", D.med_for(rng, cdx)), " please, it's for my ", L("DIAGNOSIS", cdx))
        line(agent.given, "Sure. Name and date of birth on the prescription?")
        line(cust.given, L("PERSON", cust.full), ", ", L("DATE_OF_BIRTH", D.fmt_date(rng, D.rand_date(rng), rng.choice(["us", "long", "iso"]))))
        line(agent.given, "Found it. Ready after %d:00 — shall we text you when it's packed?" % rng.randint(13, 18))
        line(cust.given, "great, text me at ", L("PHONE", D.phone(rng, cust_c)))
    else:
        line(agent.given, "Hello! Broadband support, ", L("PERSON", agent.given), " speaking.")
        line(cust.given, "router keeps dropping, my public IP changes every hour: ", L("IP_ADDRESS", D.ip4(rng, "pub")))
        line(agent.given, "Which firmware is shown on the status page?")
        line(cust.given, "it says %s, that's not an IP right? lol" % version4(rng))
        line(agent.given, "Correct, that's the version. I'll book an engineer — best email for the confirmation?")
        line(cust.given, L("EMAIL", D.email_for(rng, cust)))
    return doc


@tpl("dev_chat_no_pii")
def t_devchat(rng, i):
    doc = Doc("chat")
    handles = ["deploy-bot", "oncall-sre", "qa-automation", "release-train", "pagerduty"]
    for k in range(rng.randint(6, 9)):
        h = rng.choice(handles)
        msg = rng.choice([
            "rolled back to %s, canary looked like the Great Depression" % version4(rng),
            "build #%d green; artifact sha %s" % (rng.randint(1000, 99999), "%012x" % rng.getrandbits(48)),
            "reminder: %s is a holiday in the US, freeze starts at 17:00" % rng.choice(HOLIDAYS),
            "%s applies to this sprint again" % rng.choice(["Parkinson's law", "Hofstadter's law", "Conway's law"]),
            "the %s integration is blocked on their SFTP creds" % rng.choice(COMPANIES_PEOPLE),
            "bound to 0.0.0.0:%d and 127.0.0.1:%d, ::1 works too" % (rng.randint(1000, 9999), rng.randint(1000, 9999)),
            "OID for the new template is %s" % oid(rng),
            "incident INC%s resolved, MTTR %d min" % (d(rng, 7), rng.randint(5, 300)),
            "test PAN 4111-1111-1111-1112 fails luhn as expected",
            "tracking 1Z%s%s for the replacement hardware" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), d(rng, 10)),
        ])
        doc.add("%s  <%s> %s\n" % (ts(rng)[11:19], h, msg))
    return doc


@tpl("helpdesk_ticket")
def t_ticket(rng, i):
    kind = i % 3
    c = ["IN", "SG", "CA", "BR", "ES", "DE", "FR", "IT", "GB", "US"][(i + rng.randint(0, 9)) % 10]
    p = D.person_from(rng, c)
    doc = Doc("ticket")
    doc.add("Ticket: %s-%s    Priority: P%d    Status: %s    Queue: %s\n" % (rng.choice(["INC", "SD", "HELP"]), d(rng, 7), rng.randint(1, 4), rng.choice(["Open", "In progress", "Pending customer"]), rng.choice(["Identity", "IT Service Desk", "Account recovery"])))
    doc.add("Requester: ", L("PERSON", p.full), " <", L("EMAIL", D.email_for(rng, p)), ">\n")
    doc.add("Callback: ", L("PHONE", D.phone(rng, c if c in D.ADDR_COUNTRIES else "US")), "\n")
    doc.add("Created: %s    SLA due: %s\n\n" % (ts(rng), ts(rng)))
    doc.add("Description:\n")
    if kind == 0:
        nid = national_id(rng, c, p)
        doc.add("Customer locked out after changing phone. Verified identity against %s " % nid[2], L(nid[0], nid[1]), " and date of birth ", L("DATE_OF_BIRTH", dob_str(rng, c, D.rand_date(rng))), ".\n")
        doc.add("Old device fingerprint %s, app %s.\n" % ("%016x" % rng.getrandbits(64), version4(rng)))
    elif kind == 1:
        doc.add("VPN client fails on laptop AT-%s (Windows build 10.0.22631.%d). Client IP at failure was " % (d(rng, 6), rng.randint(1000, 4000)), L("IP_ADDRESS", D.ip4(rng, "priv")), ", gateway ", L("IP_ADDRESS", D.ip4(rng, "doc")), ".\n")
        doc.add("User works from home at ", addr_L(D.address(rng, c if c in D.ADDR_COUNTRIES else "US"), ", "), "; courier replacement token there.\n")
    else:
        st, num = ids.driver_license(rng)
        doc.add("Rental counter uploaded the customer's licence: state %s, number " % ids.US_STATES[st], L("DRIVER_LICENSE", num), ". Image blurry, please re-request.\n")
        doc.add("Payment card on file %s (masked).\n" % masked_card(rng))
    doc.add("\nInternal note (", L("PERSON", D.person(rng).full), "): linked to %s-%s; KB article KB%s.\n" % (rng.choice(["PRB", "CHG"]), d(rng, 6), d(rng, 7)))
    return doc


@tpl("bug_ticket_no_pii")
def t_bug(rng, i):
    doc = Doc("ticket")
    _, num = ids.card(rng)
    doc.add("Issue %s-%d: %s\n" % (rng.choice(["PAY", "CORE", "FHIR"]), rng.randint(100, 9999), rng.choice(["Validator accepts bad checksums", "Masking regression in export", "Crash on malformed HL7 timestamp"])))
    doc.add("Reporter: qa-automation    Component: validation    Affects: %s    Fix version: %s\n\n" % (version4(rng), version4(rng)))
    doc.add("Steps to reproduce:\n1. POST /v2/validate with payload from fixture set %s\n" % oid(rng))
    doc.add("2. Inputs used (all deliberately INVALID): card %s, IBAN %s, NHS %s, CPF %s, Aadhaar %s, NRIC %s, DNI %s, SSN %s\n" % (
        ids.bad_luhn(num), ids.fmt_iban(ids.bad_iban(ids.iban(rng)), True), ids.bad_nhs(rng), ids.bad_cpf(rng), ids.bad_aadhaar(rng), ids.bad_nric(rng), ids.bad_dni(rng),
        rng.choice(["000-12-3456", "666-45-1234", "912-34-5678", "123-00-4567"])))
    doc.add("3. Observe HTTP 200 instead of 422.\n\nExpected: each value rejected. Actual: masked output %s / %s.\n\n" % (masked_card(rng), masked_ssn(rng)))
    doc.add("Stack trace:\n  at com.acme.validate.Checksum.verify(Checksum.java:%d)\n  at com.acme.api.Router.handle(Router.java:%d)\n" % (rng.randint(10, 400), rng.randint(10, 400)))
    doc.add("Env: build %d, commit %s, node 20.%d.%d, started %s\n" % (rng.randint(1000, 99999), "%07x" % rng.getrandbits(28), rng.randint(0, 12), rng.randint(0, 9), ts(rng)))
    return doc


# =====================================================================================
# FREE TEXT / HTML
# =====================================================================================
@tpl("sworn_statement")
def t_statement(rng, i):
    c = ["BR", "FR", "IN", "ES"][i % 4]
    p = D.person_from(rng, c)
    ymd = D.rand_date(rng, 1950, 2002)
    doc = Doc("free_text")
    doc.add(rng.choice(["STATUTORY DECLARATION", "Affidavit of Identity", "Declaration in support of visa application"]), "\n\n")
    doc.add("I, ", L("PERSON", p.full), ", born on ", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, rng.choice(["dlong", "long", "eu"]))), " in %s, " % rng.choice(["Campinas", "Kochi", "Ipoh", "Bari", "Rennes", "Sherbrooke", "Vigo", "Kassel", "Swansea"]))
    pc = c if c in PASSPORT_COUNTRIES else "GB"
    doc.add("holder of %s passport number " % {"BR": "Brazilian", "IN": "Indian", "SG": "Singaporean", "IT": "Italian", "FR": "French", "CA": "Canadian", "ES": "Spanish", "DE": "German", "GB": "British"}[c], passport_L(rng, pc))
    nid = national_id(rng, c, p, ymd)
    doc.add(" and %s " % nid[2], L(nid[0], nid[1]), ", currently residing at ")
    ac = rng.choice(["US", "GB", "IE", "AU", c if c in D.ADDR_COUNTRIES else "US"])
    doc.add(addr_L(D.address(rng, ac), ", "), ", do solemnly and sincerely declare as follows:\n\n")
    spouse = D.person_from(rng, c)
    doc.add("1. I married ", L("PERSON", spouse.full), " on %d %s %d in %s; we have lived together since.\n" % (rng.randint(1, 28), rng.choice(D.MONTHS), rng.randint(2005, 2022), rng.choice(["Lisbon", "Goa", "Penang", "Nice"])))
    doc.add("2. I have never been known by any other name. My employer, %s, can confirm my employment since %d.\n" % (rng.choice(COMPANIES_PEOPLE), rng.randint(2010, 2024)))
    doc.add("3. I can be contacted on ", L("PHONE", D.phone(rng, ac)), " or ", L("EMAIL", D.email_for(rng, p)), ".\n\n")
    doc.add("Declared at %s this %dth day of %s 2026 before me, " % (rng.choice(["London", "Toronto", "Dublin", "Sydney"]), rng.randint(4, 28), rng.choice(D.MONTHS)), L("PERSON", D.person(rng).full), ", Commissioner for Oaths.")
    return doc


@tpl("tenancy_reference_letter")
def t_reference(rng, i):
    c = rng.choice(["GB", "IE", "NL", "DE", "US", "AU", "CA"])
    ll, tenant = D.person_from(rng, c), D.person(rng)
    doc = Doc("free_text")
    doc.add(L("PERSON", ll.full), "\n", addr_L(D.address(rng, c), "\n"), "\n\n%d %s 2026\n\n" % (rng.randint(1, 28), rng.choice(D.MONTHS)))
    doc.add("To whom it may concern,\n\n")
    doc.add("I am writing to provide a reference for ", L("PERSON", tenant.full), ", who has rented the flat at ", addr_L(D.address(rng, c), ", "),
            " from me since %s %d. Rent of %s%d was always paid on time by standing order, and the property was kept in excellent condition.\n\n" % (rng.choice(D.MONTHS), rng.randint(2016, 2023), rng.choice(["£", "€", "$"]), rng.randint(700, 2400)))
    doc.add(L("PERSON", tenant.given), " is leaving only because of a move to %s with %s. I would happily let to them again.\n\n" % (rng.choice(["Rotterdam", "Cork", "Leipzig", "Perth"]), rng.choice(COMPANIES_PEOPLE)))
    doc.add("Please contact me on ", L("PHONE", D.phone(rng, c)), " or at ", L("EMAIL", D.email_for(rng, ll)), " with any questions.\n\n")
    doc.add("Yours faithfully,\n", L("PERSON", ll.full))
    return doc


def h(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

@tpl("html_member_profile")
def t_html_profile(rng, i):
    c = rng.choice(D.ADDR_COUNTRIES)
    p = D.person_from(rng, c)
    em = D.email_for(rng, p)
    lines = D.address(rng, c)
    doc = Doc("html")
    doc.add('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Hugo %s"><title>Member directory</title></head>\n<body>\n' % version4(rng))
    doc.add('<section class="member-card" data-member-id="%s">\n  <h2>' % d(rng, 8), L("PERSON", h(p.full)), "</h2>\n")
    doc.add("  <p class=\"role\">%s, %s chapter</p>\n  <dl>\n" % (rng.choice(["Treasurer", "Volunteer coordinator", "Member since 2017"]), D.COUNTRY_NAME[c]))
    doc.add('    <dt>Email</dt><dd><a href="mailto:', L("EMAIL", em), '">', L("EMAIL", em), "</a></dd>\n")
    doc.add("    <dt>Phone</dt><dd>", L("PHONE", D.phone(rng, c)), "</dd>\n")
    doc.add("    <dt>Postal address</dt><dd>", L("ADDRESS", "<br>".join(h(x) for x in lines)), "</dd>\n")
    if i % 2 == 0:
        doc.add("    <dt>Birthday</dt><dd>", L("DATE_OF_BIRTH", D.fmt_date(rng, D.rand_date(rng), rng.choice(["dlong", "long"]))), "</dd>\n")
    doc.add("  </dl>\n</section>\n<footer>Last sync %s · build %s · <a href=\"/privacy\">Privacy</a></footer>\n</body></html>" % (ts(rng), version4(rng)))
    return doc


@tpl("html_marketing_no_pii")
def t_html_neg(rng, i):
    doc = Doc("html")
    prod = rng.choice(EAN_NAMES)
    doc.add('<!DOCTYPE html>\n<html><head><meta name="generator" content="WordPress %s"><title>%s | Shop</title></head><body>\n' % (version4(rng), h(prod)))
    doc.add("<h1>%s</h1>\n<p class=\"sku\">SKU %s · EAN %s · Model %s</p>\n" % (h(prod), "SKU-%s" % d(rng, 6), ean13(rng), "%s-%s" % (rng.choice(["GSR", "HUE", "X"]), d(rng, 4))))
    doc.add("<p>As featured in the %s retail report. Order by %s for delivery before %s!</p>\n" % (h(rng.choice(COMPANIES_PEOPLE)), rng.choice(HOLIDAYS), rng.choice(HOLIDAYS)))
    doc.add("<ul><li>Firmware %s</li><li>Warranty: 24 months</li><li>Tracking number provided after dispatch (e.g. 1Z%s)</li></ul>\n" % (version4(rng), d(rng, 16)))
    doc.add("<p>Visit our flagship store on Martin Luther King Jr. Blvd or on Rue Jean-Jaurès.</p>\n")
    doc.add('<script type="application/ld+json">{"@type":"Product","sku":"%s","offers":{"price":"%d.99"}}</script>\n</body></html>' % (d(rng, 8), rng.randint(5, 400)))
    return doc


@tpl("minutes_no_pii")
def t_minutes(rng, i):
    doc = Doc("free_text")
    doc.add("Steering group minutes — %s %d, 2026 (Room %s, hybrid)\n\n" % (rng.choice(D.MONTHS), rng.randint(1, 28), rng.choice(["4.12", "B-201", "Atrium"])))
    doc.add("Attendance: Finance, Legal, Platform, Clinical Informatics (quorum met).\n\n")
    doc.add("1. Budget: the team described the Q%d numbers as %s; forecast revised to %.1f%%.\n" % (rng.randint(1, 4), rng.choice(D.FIGURES), rng.uniform(-8, 12)))
    doc.add("2. Research: the %s funding call targets %s research; no patient data will be collected in phase 1.\n" % (rng.choice(["Wellcome", "NIH R01", "Horizon Europe"]), rng.choice(["Alzheimer's disease", "Crohn's disease", "Parkinson's disease", "multiple sclerosis"])))
    doc.add("3. Vendors: contracts with %s and %s renewed; %s declined.\n" % tuple(rng.sample(COMPANIES_PEOPLE, 3)))
    doc.add("4. Platform: upgrade to %s postponed until after %s; %s remains the rollback target.\n" % (version4(rng), rng.choice(HOLIDAYS), version4(rng)))
    doc.add("5. Facilities: the Martin Luther King Jr. Avenue entrance is closed for works; use the Baker Street side.\n")
    doc.add("Actions: PLT-%d, FIN-%d, LEG-%d. Next meeting after %s.\n" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.choice(HOLIDAYS)))
    return doc


@tpl("patient_forum_post")
def t_forum(rng, i):
    p = D.person(rng)
    dx = rng.choice(D.DIAGNOSES)
    opts = D.TREATS.get(dx, D.MEDICATIONS)
    med = [opts[0], opts[1] if len(opts) > 1 else rng.choice(D.MEDICATIONS)]
    doc = Doc("free_text" if i % 2 == 0 else "html")
    if doc.fmt == "html":
        doc.add('<article class="post"><header>Posted by <span class="author">', L("PERSON", h(p.full)), "</span> · %d replies</header>\n<p>" % rng.randint(0, 80))
    else:
        doc.add("Thread: %s — living with it at %d\nPosted by " % ("Newly diagnosed" if rng.random() < 0.5 else "Month 6 update", rng.randint(24, 70)), L("PERSON", p.full), "\n\n")
    doc.add("Hi all, I'm ", L("PERSON", p.given), ". I was diagnosed with ", L("DIAGNOSIS", dx), " last %s and started " % rng.choice(["spring", "October", "year"]), L("MEDICATION", med[0]), ". ")
    doc.add("The first weeks were rough, but after switching to ", L("MEDICATION", med[1]), " things settled. ")
    doc.add("I read a study saying %d%% of people with %s never need surgery — take that with a pinch of salt. " % (rng.randint(20, 80), rng.choice(D.DIAGNOSES)))
    doc.add("Work has been %s, but I'm hopeful." % rng.choice(D.FIGURES))
    if doc.fmt == "html":
        doc.add("</p>\n<footer>Signature: ", L("PERSON", p.given), " from %s</footer></article>" % rng.choice(["Leeds", "Ohio", "Gent", "Porto"]))
    else:
        doc.add("\n\n— ", L("PERSON", p.given))
    return doc


@tpl("html_appointment_confirmation")
def t_html_appt(rng, i):
    p = D.person_from(rng, "US")
    prov = D.person(rng)
    ymd = D.rand_date(rng, 1940, 2010)
    doc = Doc("html")
    doc.add("<html><body style=\"font-family:Arial\">\n<h2>Appointment confirmed</h2>\n<p>Dear ", L("PERSON", h(p.given)), ",</p>\n")
    doc.add("<p>Your visit with Dr. ", L("PERSON", h(prov.full)), " is booked for %s %d at %d:%02d %s.</p>\n" % (rng.choice(D.MONTHS), rng.randint(1, 28), rng.randint(1, 11), rng.choice([0, 15, 30, 45]), rng.choice(["AM", "PM"])))
    doc.add("<table>\n<tr><th>Patient</th><td>", L("PERSON", h(p.full)), "</td></tr>\n")
    doc.add("<tr><th>Date of birth</th><td>", L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "us")), "</td></tr>\n")
    doc.add("<tr><th>MRN</th><td>", L("MEDICAL_RECORD_NUMBER", D.mrn(rng)), "</td></tr>\n")
    if i % 2 == 0:
        doc.add("<tr><th>Insurance</th><td>%s</td></tr>\n<tr><th>Member ID</th><td>" % h(rng.choice(D.HEALTH_PLANS)), L("HEALTH_PLAN_ID", D.health_plan_id(rng)), "</td></tr>\n")
    else:
        doc.add("<tr><th>Medicare MBI</th><td>", L("US_MBI", ids.mbi(rng)), "</td></tr>\n")
    doc.add("<tr><th>Reason for visit</th><td>Follow-up: ", L("DIAGNOSIS", h(rng.choice(D.DIAGNOSES))), "</td></tr>\n</table>\n")
    doc.add("<p>Location: %s Specialty Center, " % rng.choice(["Cascadia", "Ridgeview", "Pinecrest"]), addr_L(D.address(rng, "US"), ", "), ". Questions? Call ", L("PHONE", D.phone(rng, "US")), ".</p>\n")
    doc.add("<p style=\"font-size:10px\">Confirmation %s · Portal v%s · Please bring a photo ID and your insurance card.</p>\n</body></html>" % (d(rng, 10), version4(rng)))
    return doc


@tpl("data_quality_report_no_pii")
def t_dq(rng, i):
    doc = Doc("free_text")
    doc.add("Data-quality report, nightly load %s (pipeline %s)\n\n" % (d(rng, 8), version4(rng)))
    doc.add("Rows read: %d. Rows rejected: %d. All rejected identifiers failed their check digit and were discarded; examples as keyed:\n" % (rng.randint(10000, 900000), rng.randint(5, 90)))
    _, num = ids.card(rng)
    rows = [("card_number", ids.fmt_card(ids.bad_luhn(num), rng)), ("nhs_number", ids.bad_nhs(rng)), ("cpf", ids.bad_cpf(rng)),
            ("aadhaar", ids.bad_aadhaar(rng)), ("nric", ids.bad_nric(rng)), ("dni", ids.bad_dni(rng)),
            ("iban", ids.fmt_iban(ids.bad_iban(ids.iban(rng)), True)), ("ssn", rng.choice(["000-45-6789", "666-12-3456", "987-65-4320"]))]
    for k, v in rng.sample(rows, rng.randint(5, 8)):
        doc.add("  - %-12s %s  -> rejected (checksum/range)\n" % (k, v))
    doc.add("\nOther anomalies: %d tracking numbers (e.g. 1Z%s, 9400 %s %s %s %s %s) stored in the phone column; %d timestamps in epoch ms (%d); masked cards such as %s left as-is.\n" % (
        rng.randint(2, 40), d(rng, 16), d(rng, 4), d(rng, 4), d(rng, 4), d(rng, 4), d(rng, 2), rng.randint(2, 40), rng.randint(1700000000000, 1790000000000), masked_card(rng)))
    doc.add("Schema OID %s; next run after %s.\n" % (oid(rng), rng.choice(HOLIDAYS)))
    return doc


@tpl("idv_vendor_response")
def t_idv(rng, i):
    """Identity-verification vendor webhook: several subjects, national ids / licences / passports by country."""
    base = ["ES", "DE", "FR", "IT", "CA", "BR", "IN", "SG", "GB", "US"]
    countries = [base[(i * 3 + k) % len(base)] for k in range(8)]
    rng.shuffle(countries)
    results = []
    for c in countries:
        p = D.person_from(rng, c)
        ymd = D.rand_date(rng, 1945, 2006)
        if c == "US":
            if rng.random() < 0.5:
                st, num = ids.driver_license(rng)
                docu = {"type": "DRIVERS_LICENSE", "issuer": "US-" + st, "issuing_state_name": ids.US_STATES[st], "number": L("DRIVER_LICENSE", num)}
            else:
                docu = {"type": "PASSPORT", "issuer": "USA", "number": passport_L(rng, "US"), "expiry": "%d-%02d-%02d" % D.rand_date(rng, 2027, 2036)}
        else:
            nid = national_id(rng, c, p, ymd)
            docu = {"type": "NATIONAL_ID", "issuer": c, "label": nid[2], "number": L(nid[0], nid[1])}
        results.append({"subject": {"given_name": L("PERSON", p.given), "family_name": L("PERSON", p.family), "date_of_birth": L("DATE_OF_BIRTH", D.fmt_date(rng, ymd, "iso"))},
                        "document": docu, "checks": {"checksum": "pass", "face_match": round(rng.uniform(0.7, 0.99), 3), "watchlist": "clear"},
                        "decision": rng.choice(["approved", "approved", "review"])})
    obj = {"webhook": "verification.completed", "api_version": version4(rng), "delivered_at": ts(rng), "batch_id": "bat_%s" % d(rng, 12), "results": results}
    doc = Doc("json")
    emit_json(doc, obj, [2, None, 4][i % 3])
    return doc


@tpl("team_chat_names_only")
def t_team_chat(rng, i):
    """Colleagues chatting: names only (INTERNAL with PERSON), plus version/holiday noise."""
    people = [D.person(rng) for _ in range(3)]
    doc = Doc("chat" if i % 2 == 0 else "free_text")
    if doc.fmt == "chat":
        lines = [(0, ["can someone review the %s release notes before %s?" % (version4(rng), rng.choice(HOLIDAYS))]),
                 (1, ["on it. ", L("PERSON", people[2].given), " wrote most of them though"]),
                 (2, ["yep, mine. ", L("PERSON", people[0].given), ", I also added the %s migration section" % rng.choice(COMPANIES_PEOPLE)]),
                 (0, ["thanks! looping in ", L("PERSON", D.person(rng).full), " from legal for the licence bit"]),
                 (1, ["build #%d is green btw" % rng.randint(1000, 99999)])]
        for who, parts in lines:
            doc.add("%s " % ts(rng)[11:16], L("PERSON", people[who].given), ": ", *parts)
            doc.add("\n")
    else:
        doc.add("Team update, week %d\n\n" % rng.randint(1, 52))
        doc.add("Welcome to ", L("PERSON", people[0].full), ", who joins the platform team from %s. " % rng.choice(COMPANIES_PEOPLE))
        doc.add(L("PERSON", people[1].full), " is taking over the %s upgrade while " % version4(rng), L("PERSON", people[2].given), " is on leave until after %s.\n" % rng.choice(HOLIDAYS))
        doc.add("Kudos to ", L("PERSON", D.person(rng).full), " for the incident write-up on INC%s.\n\nCheers,\n" % d(rng, 7), L("PERSON", people[1].given))
    return doc


# =====================================================================================
# VALIDATION + MAIN
# =====================================================================================
CHECKS = {
    "CREDIT_CARD": lambda v: ids.luhn_ok(v) and 13 <= sum(c.isdigit() for c in v) <= 19,
    "IBAN": ids.iban_ok, "US_SSN": ids.ssn_ok, "UK_NHS_NUMBER": ids.nhs_ok, "UK_NATIONAL_INSURANCE_NUMBER": ids.nino_ok,
    "ES_DNI": ids.dni_ok, "FR_NIR": ids.nir_ok, "DE_TAX_ID": ids.steuer_ok, "IT_FISCAL_CODE": ids.cf_ok, "CA_SIN": ids.sin_ok,
    "BR_CPF": ids.cpf_ok, "IN_AADHAAR": ids.aadhaar_ok, "SG_NRIC": ids.nric_ok, "US_MBI": ids.mbi_ok,
}

def level(types):
    if any(t in RESTRICTED for t in types): return "RESTRICTED"
    if any(t in CONFIDENTIAL for t in types): return "CONFIDENTIAL"
    return "INTERNAL"

def validate(rec):
    text, ents, fmt = rec["text"], rec["entities"], rec["format"]
    assert fmt in FORMATS, fmt
    last_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert e["type"] in RESTRICTED | CONFIDENTIAL | INTERNAL, e
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (rec["id"], e, repr(s))
        assert e["start"] >= last_end, ("overlap", rec["id"], e)
        last_end = e["end"]
        if e["type"] in CHECKS:
            v = s.replace("\\", "")
            assert CHECKS[e["type"]](v), ("checksum", rec["id"], e["type"], s)
    assert rec["classification"] == level([e["type"] for e in ents])
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    elif fmt == "ndjson":
        for ln in text.splitlines():
            if ln.strip():
                json.loads(ln)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="," if fmt == "csv" else "\t"))
        rows = [r for r in rows if r]
        assert len(set(len(r) for r in rows)) == 1, (rec["id"], [len(r) for r in rows])
    elif fmt == "hl7":
        assert text.startswith("MSH|^~\\&|")

def main():
    recs = []
    for name, n, fn in TEMPLATES:
        for i in range(n):
            rng = random.Random("%d:%s:%d" % (SEED, name, i))
            doc = fn(rng, i)
            text = doc.text
            ents = sorted(doc.ents, key=lambda e: e["start"])
            rec = {"id": "h2_%s-%d" % (name, i), "text": text, "entities": ents, "classification": level([e["type"] for e in ents]), "format": doc.fmt}
            validate(rec)
            recs.append(rec)
    assert len({r["id"] for r in recs}) == len(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ty = Counter(e["type"] for r in recs for e in r["entities"])
    docs_with = Counter(t for r in recs for t in {e["type"] for e in r["entities"]})
    print("documents: %d  (no entities: %d)" % (len(recs), sum(1 for r in recs if not r["entities"])))
    print("\nentities per type (spans / documents):")
    for t in sorted(RESTRICTED | CONFIDENTIAL | INTERNAL):
        print("  %-30s %4d / %3d" % (t, ty[t], docs_with[t]))
    print("  %-30s %4d" % ("TOTAL", sum(ty.values())))
    print("\nformats:")
    for k, v in sorted(Counter(r["format"] for r in recs).items()):
        print("  %-20s %3d" % (k, v))
    print("\nclassification:")
    for k, v in sorted(Counter(r["classification"] for r in recs).items()):
        print("  %-14s %3d" % (k, v))

if __name__ == "__main__":
    main()
