#!/usr/bin/env python3
"""Deterministic builder for an independent PII/PHI evaluation corpus.

Standard library only.  Writes tune.jsonl and frozen.jsonl next to this file.
Every labelled value is appended through Doc.add(), which records its span as
it is appended; spans are never typed by hand or searched for afterwards.

Split rule: every template family is registered to exactly one half
("tune" or "frozen"); each template is rendered several times with different
values.  frozen.jsonl must never be used for tuning.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import unicodedata
from collections import Counter, namedtuple

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- builder
L = namedtuple("L", "t v")          # a labelled value


def P(v): return L("PERSON", v)
def E(v): return L("EMAIL", v)
def PH(v): return L("PHONE", v)
def SSN(v): return L("US_SSN", v)
def CC(v): return L("CREDIT_CARD", v)
def IB(v): return L("IBAN", v)
def IP(v): return L("IP_ADDRESS", v)
def DOB(v): return L("DATE_OF_BIRTH", v)
def MRN(v): return L("MEDICAL_RECORD_NUMBER", v)
def PP(v): return L("US_PASSPORT", v)
def DL(v): return L("DRIVER_LICENSE", v)
def ADR(v): return L("ADDRESS", v)
def DX(v): return L("DIAGNOSIS", v)
def MED(v): return L("MEDICATION", v)


class Doc:
    def __init__(self):
        self.buf = []
        self.pos = 0
        self.ents = []

    def _raw(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def add(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, L):
                start = self.pos
                self._raw(p.v)
                self.ents.append({"type": p.t, "start": start, "end": self.pos})
            elif isinstance(p, str):
                self._raw(p)
            elif isinstance(p, (list, tuple)):
                self.add(*p)
            else:
                raise TypeError(repr(p))
        return self

    def text(self):
        return "".join(self.buf)


def jstr(d, v):
    """Append a JSON string literal; if v is labelled, label its content."""
    if isinstance(v, L):
        enc = json.dumps(v.v, ensure_ascii=False)
        d.add('"', L(v.t, enc[1:-1]), '"')
    else:
        d.add(json.dumps(v, ensure_ascii=False))


def jdump(d, obj, indent=2, level=0, compact=False):
    """Serialise obj (dict/list/scalars, leaves may be L) as JSON through d."""
    nl = "" if compact else "\n"
    pad = "" if compact else " " * (indent * (level + 1))
    endpad = "" if compact else " " * (indent * level)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            d.add("{}")
            return
        d.add("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.add(pad, json.dumps(k, ensure_ascii=False), ": ")
            jdump(d, v, indent, level + 1, compact)
            if i < len(items) - 1:
                d.add(sep)
            d.add(nl)
        d.add(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            d.add("[]")
            return
        d.add("[" + nl)
        for i, v in enumerate(obj):
            d.add(pad)
            jdump(d, v, indent, level + 1, compact)
            if i < len(obj) - 1:
                d.add(sep)
            d.add(nl)
        d.add(endpad + "]")
    elif isinstance(obj, L):
        if isinstance(obj.v, str):
            jstr(d, obj)
        else:
            d.add(L(obj.t, json.dumps(obj.v)))
    else:
        d.add(json.dumps(obj, ensure_ascii=False))


def row(d, cells, sep=","):
    """Append one delimited row; quote cells containing sep or quotes."""
    for i, c in enumerate(cells):
        if i:
            d.add(sep)
        v = c.v if isinstance(c, L) else str(c)
        if sep in v or '"' in v or "\n" in v:
            q = v.replace('"', '""')
            if isinstance(c, L):
                d.add('"', L(c.t, q), '"')
            else:
                d.add('"' + q + '"')
        else:
            d.add(c if isinstance(c, L) else v)
    d.add("\n")


def yq(v):
    """YAML scalar: quote when needed (keeps labels)."""
    s = v.v if isinstance(v, L) else v
    need = any(ch in s for ch in ":#'\"") or s[:1] in "-?&*!|>%@`[{" or s.strip() != s
    if need:
        s2 = s.replace('"', '\\"')
        return ['"', L(v.t, s2) if isinstance(v, L) else s2, '"']
    return v


# ---------------------------------------------------------------- value pools
GIVEN = [
    # Spanish / Basque / Catalan
    "Inmaculada", "Itziar", "Begoña", "Iñigo", "Rocío", "Xabier", "Montserrat", "Ainhoa", "Jordi",
    # Portuguese / Brazilian
    "João", "Conceição", "Gonçalo", "Leonor", "Thiago", "Graça", "Joaquim",
    # French
    "Amélie", "Gaëlle", "Benoît", "Solène", "Yannick", "Maëlys", "Hervé",
    # German
    "Jürgen", "Lieselotte", "Wolfgang", "Gudrun", "Anneliese", "Dietmar", "Ulrike",
    # Italian
    "Giuseppe", "Chiara", "Ornella", "Raffaele", "Gianluca", "Loredana",
    # Dutch / Flemish
    "Joost", "Marieke", "Sjoerd", "Femke", "Wouter", "Anouk",
    # Polish
    "Krzysztof", "Małgorzata", "Wojciech", "Agnieszka", "Grzegorz", "Jadwiga",
    # Nigerian (Igbo, Yoruba, Hausa)
    "Chukwuemeka", "Ngozi", "Oluwaseun", "Adaeze", "Babatunde", "Folasade", "Nnamdi", "Aisha", "Olumide",
    # Vietnamese
    "Thảo", "Minh Anh", "Quang", "Hương", "Đức", "Phương",
    # Indian
    "Priyanka", "Venkatesh", "Lakshmi", "Arjun", "Sushila", "Harpreet", "Rajendra",
    # Arabic
    "Yousef", "Layla", "Khalid", "Noura", "Tariq", "Fatima", "Hamdan",
    # Korean
    "Ji-woo", "Seo-yeon", "Min-jun", "Hyun-woo", "Eun-ji",
    # Finnish
    "Aino", "Juha", "Tuomas", "Satu", "Eero", "Sirpa",
    # a few English
    "Margaret", "Douglas", "Bethany",
]
FAMILY = [
    "García Olmedo", "Etxeberria", "Rodríguez", "Vilaró", "Zubizarreta", "Castañeda",
    "Gonçalves", "Magalhães", "Ferreira", "Albuquerque",
    "Lefèvre", "Dubois-Martin", "Rousseau", "Guillot", "Desrosiers",
    "Müller", "Schröder", "Großmann", "Hoffmeister", "Kühn",
    "Bianchi", "Esposito", "De Luca", "Santangelo", "Ferraro",
    "van der Berg", "de Vries", "Bakker", "Verhoeven", "Janssens",
    "Wiśniewski", "Kowalczyk", "Zieliński", "Wójcik", "Brzęczyszczykiewicz",
    "Okonkwo", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Abubakar", "Oyelaran",
    "Nguyễn", "Trần", "Phạm", "Lê", "Hoàng",
    "Venkataraman", "Iyer", "Chaudhary", "Raghunathan", "Banerjee",
    "Al-Farsi", "Haddad", "El-Amin", "Qasim", "Al-Mansouri",
    "Kim", "Park", "Choi", "Jeong",
    "Virtanen", "Mäkinen", "Korhonen", "Häkkinen",
    "O'Sullivan", "Thompson", "Whitcombe",
]
SYL_A = ["ka", "ro", "ve", "mi", "da", "tsu", "zo", "be", "lu", "na", "qui", "sha", "ori", "xe", "dri", "fe"]
SYL_B = ["lan", "rin", "vek", "mor", "dal", "sen", "tia", "bor", "quen", "zar", "mell", "thos", "wyn", "ska"]


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, first, last, mid=None):
        self.first, self.last, self.mid = first, last, mid

    @property
    def full(self):
        if self.mid:
            return f"{self.first} {self.mid}. {self.last}"
        return f"{self.first} {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    def local(self, g):
        f = fold(self.first).lower().replace(" ", "").replace("-", "").replace("'", "")
        l = fold(self.last).lower().replace(" ", "").replace("-", "").replace("'", "")
        return g.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{g.randint(1, 99)}", f"{l}.{f[0]}", f"{f}{g.randint(70, 99)}"])


US_CITIES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Tampa", "FL", "33602"),
             ("Sacramento", "CA", "95814"), ("Portland", "OR", "97205"), ("Columbus", "OH", "43215"),
             ("Albany", "NY", "12207"), ("Madison", "WI", "53703"), ("Boise", "ID", "83702"),
             ("Savannah", "GA", "31401"), ("Tucson", "AZ", "85701"), ("Dearborn", "MI", "48124"),
             ("Camden", "NJ", "08102"), ("Spokane", "WA", "99201"), ("Lancaster", "PA", "17602")]
US_STREETS = ["Kessler Ave", "Wabash Street", "Ridgecrest Drive", "Juniper Lane", "Calloway Road",
              "Harbor View Blvd", "Pinecrest Court", "Orchard Way", "Maple Hollow Rd", "Tamarack Pkwy",
              "Martin Luther King Jr Blvd", "Cesar Chavez Ave", "Old Mill Road", "Sycamore Street"]
NATIONALITIES = ["Nigerian", "Portuguese", "Spanish", "French", "German", "Italian", "Dutch", "Polish",
                 "Vietnamese", "Indian", "Jordanian", "South Korean", "Finnish", "Brazilian", "American"]
DIAG = ["type 2 diabetes mellitus", "essential hypertension", "chronic obstructive pulmonary disease",
        "atrial fibrillation", "Crohn's disease", "rheumatoid arthritis", "hypothyroidism", "asthma",
        "community-acquired pneumonia", "chronic kidney disease stage 3", "migraine without aura",
        "gastroesophageal reflux disease", "Hashimoto's thyroiditis", "Parkinson's disease",
        "iron deficiency anemia", "congestive heart failure", "osteoarthritis of the left knee",
        "generalized anxiety disorder", "acute pyelonephritis", "sickle cell disease", "hyperlipidemia",
        "plaque psoriasis", "celiac disease", "relapsing-remitting multiple sclerosis", "Graves' disease",
        "obstructive sleep apnea", "gout", "ulcerative colitis", "systemic lupus erythematosus"]
MEDS = ["metformin", "lisinopril", "atorvastatin", "apixaban", "levothyroxine", "sertraline", "salbutamol",
        "omeprazole", "adalimumab", "methotrexate", "insulin glargine", "metoprolol", "furosemide",
        "escitalopram", "mesalamine", "carbidopa-levodopa", "hydroxychloroquine", "ferrous sulfate",
        "tiotropium", "sumatriptan", "prednisone", "warfarin", "empagliflozin", "semaglutide",
        "pantoprazole", "allopurinol", "amlodipine", "Eliquis", "Ozempic", "Synthroid", "Humira", "Ventolin"]
# matching (diagnosis, medication) pairs for coherent notes
DXMED = [("type 2 diabetes mellitus", "metformin"), ("essential hypertension", "lisinopril"),
         ("hyperlipidemia", "atorvastatin"), ("atrial fibrillation", "apixaban"),
         ("hypothyroidism", "levothyroxine"), ("major depressive disorder", "sertraline"),
         ("asthma", "salbutamol"), ("gastroesophageal reflux disease", "omeprazole"),
         ("Crohn's disease", "adalimumab"), ("rheumatoid arthritis", "methotrexate"),
         ("congestive heart failure", "furosemide"), ("generalized anxiety disorder", "escitalopram"),
         ("ulcerative colitis", "mesalamine"), ("Parkinson's disease", "carbidopa-levodopa"),
         ("systemic lupus erythematosus", "hydroxychloroquine"), ("iron deficiency anemia", "ferrous sulfate"),
         ("chronic obstructive pulmonary disease", "tiotropium"), ("migraine without aura", "sumatriptan"),
         ("gout", "allopurinol"), ("Hashimoto's thyroiditis", "Synthroid"), ("plaque psoriasis", "Humira")]
ICD = {"type 2 diabetes mellitus": "E11.9", "essential hypertension": "I10", "hyperlipidemia": "E78.5",
       "atrial fibrillation": "I48.91", "hypothyroidism": "E03.9", "major depressive disorder": "F32.9", "asthma": "J45.909",
       "gastroesophageal reflux disease": "K21.9", "Crohn's disease": "K50.90", "rheumatoid arthritis": "M06.9",
       "congestive heart failure": "I50.9", "generalized anxiety disorder": "F41.1", "ulcerative colitis": "K51.90",
       "Parkinson's disease": "G20", "systemic lupus erythematosus": "M32.9", "iron deficiency anemia": "D50.9",
       "chronic obstructive pulmonary disease": "J44.9", "migraine without aura": "G43.009", "gout": "M10.9",
       "Hashimoto's thyroiditis": "E06.3", "plaque psoriasis": "L40.0"}
NEGATIONS = ["negative for HIV", "no history of diabetes", "denies chest pain", "ruled out pulmonary embolism",
             "no evidence of malignancy", "no known history of hepatitis B", "negative for COVID-19 by PCR",
             "no family history reported", "denies suicidal ideation"]
COMPANIES = ["Jordan Logistics", "Morgan & Reyes Freight", "Ferreira Irmãos Lda", "Van Houten Analytics",
             "Kowalski Bakeries", "Schneider Haustechnik GmbH", "Adeyemi Holdings", "Harper & Lowe Insurance"]
HOLIDAYS = ["Memorial Day", "Labor Day", "Thanksgiving", "Juneteenth", "Presidents' Day", "Columbus Day"]
PRODUCTS = ["Dr. Martens 1460 boots", "Air Jordan 1 Mid", "Tom Ford Noir", "Ben & Jerry’s Phish Food",
            "Jack Daniel’s Old No. 7", "Ford Ranger XLT", "Marie Callender’s pot pie", "Louis Vuitton Neverfull"]


class G(random.Random):
    """Value generator seeded per document."""

    # ---- names
    def invented(self, given=True):
        n = self.choice(SYL_A).capitalize() + self.choice(SYL_A) + (self.choice(SYL_B) if given else self.choice(SYL_B) + self.choice(["", "i", "ez", "ova", "sson"]))
        return n

    def person(self, middle=0.15):
        first = self.invented(True) if self.random() < 0.15 else self.choice(GIVEN)
        last = self.invented(False) if self.random() < 0.15 else self.choice(FAMILY)
        mid = self.choice("ABCDEFGHJKLMNPRSTVW") if self.random() < middle else None
        return Person(first, last, mid)

    def email(self, p, domain=None):
        dom = domain or self.choice(["gmail.com", "outlook.com", "web.de", "orange.fr", "libero.it", "sapo.pt",
                                     "ziggo.nl", "wp.pl", "yahoo.co.uk", "protonmail.com", "icloud.com",
                                     "naver.com", "mail.example.org", "correo.example.es"])
        return f"{p.local(self)}@{dom}"

    # ---- dates
    def dob(self, lo=1938, hi=2006):
        start = dt.date(lo, 1, 1).toordinal()
        end = dt.date(hi, 12, 28).toordinal()
        return dt.date.fromordinal(self.randint(start, end))

    def recent(self):
        return dt.date.fromordinal(self.randint(dt.date(2023, 1, 2).toordinal(), dt.date(2025, 5, 30).toordinal()))

    def fdate(self, d, style=None):
        style = style or self.choice(["iso", "us", "eu", "long", "mlong", "dot"])
        M = d.strftime("%B")
        return {"iso": d.isoformat(), "us": d.strftime("%m/%d/%Y"), "eu": d.strftime("%d/%m/%Y"),
                "long": f"{d.day} {M} {d.year}", "mlong": f"{M} {d.day}, {d.year}", "dot": d.strftime("%d.%m.%Y"),
                "hl7": d.strftime("%Y%m%d"), "short": d.strftime("%d-%b-%Y")}[style]

    def ts(self, d=None):
        d = d or self.recent()
        return f"{d.isoformat()}T{self.randint(0, 23):02d}:{self.randint(0, 59):02d}:{self.randint(0, 59):02d}"

    # ---- addresses
    def us_address(self, multiline=False, unit=None):
        num = self.randint(12, 9899)
        street = self.choice(US_STREETS)
        city, st, z = self.choice(US_CITIES)
        if unit is None:
            unit = self.random() < 0.6
        u = self.choice([f"Suite {self.randint(100, 990)}", f"Apt. {self.randint(1, 999)}", f"Unit {self.randint(1, 40)}{self.choice('ABCD')}",
                         f"# {self.randint(2, 60)}", f"Apt {self.randint(1, 30)}{self.choice('ABCDEF')}"]) if unit else None
        if multiline:
            lines = [f"{num} {street}"] + ([u] if u else []) + [f"{city}, {st} {z}"]
            return "\n".join(lines)
        return f"{num} {street}" + (f", {u}" if u else "") + f", {city}, {st} {z}"

    def us_street(self):
        return f"{self.randint(12, 9899)} {self.choice(US_STREETS)}"

    EU = {
        "ES": (["Calle de Alcalá", "Camino de las Huertas", "Calle Mayor", "Avenida de la Constitución", "Carrer de Provença", "Camino de Ronda"],
               [("28009", "Madrid"), ("41020", "Sevilla"), ("08036", "Barcelona"), ("18005", "Granada"), ("46021", "València")], "sn"),
        "FR": (["Rue de Rivoli", "Avenue Jean Médecin", "Boulevard de la Liberté", "Rue des Écoles", "Impasse du Moulin"],
               [("75001", "Paris"), ("06000", "Nice"), ("59000", "Lille"), ("69003", "Lyon"), ("31000", "Toulouse")], "ns"),
        "DE": (["Hauptstraße", "Lindenallee", "Schillerstraße", "Am Mühlenbach", "Königsweg", "Brückenstraße"],
               [("10115", "Berlin"), ("50968", "Köln"), ("80336", "München"), ("20095", "Hamburg"), ("01067", "Dresden")], "sn"),
        "IT": (["Via Roma", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Europa", "Piazza Garibaldi"],
               [("00184", "Roma"), ("10125", "Torino"), ("80121", "Napoli"), ("20121", "Milano"), ("40126", "Bologna")], "sn"),
        "PT": (["Rua Augusta", "Avenida da Boavista", "Rua de Santa Catarina", "Travessa do Carmo"],
               [("1100-053", "Lisboa"), ("4100-130", "Porto"), ("3000-150", "Coimbra"), ("8000-312", "Faro")], "sn"),
        "NL": (["Prinsengracht", "Oudegracht", "Kerkstraat", "Laan van Meerdervoort", "Nieuwe Binnenweg"],
               [("1016 GV", "Amsterdam"), ("3511 AB", "Utrecht"), ("2517 JK", "Den Haag"), ("3015 BL", "Rotterdam")], "sn"),
        "UK": (["Wellington Road", "Marlborough Crescent", "Chapel Lane", "Victoria Street", "Abbey Close"],
               [("LS12 1DR", "Leeds"), ("BS8 1AB", "Bristol"), ("M14 5TP", "Manchester"), ("EH3 9QG", "Edinburgh"), ("NW1 6XE", "London")], "ns"),
    }

    def eu_address(self, cc=None, multiline=False):
        cc = cc or self.choice(list(self.EU))
        streets, cities, order = self.EU[cc]
        s = self.choice(streets)
        n = self.randint(1, 240)
        pc, city = self.choice(cities)
        line1 = f"{s} {n}" if order == "sn" else f"{n} {s}"
        if cc == "ES" and self.random() < 0.5:
            line1 += f", {self.randint(1, 8)}º {self.choice('ABCD')}"
        if cc == "UK" and self.random() < 0.4:
            line1 = f"Flat {self.randint(1, 12)}, " + line1
        line2 = f"{city} {pc}" if cc == "UK" else f"{pc} {city}"
        return f"{line1}\n{line2}" if multiline else f"{line1}, {line2}"

    def address(self, multiline=False):
        if self.random() < 0.5:
            return self.us_address(multiline)
        return self.eu_address(multiline=multiline)

    # ---- phones
    def us_phone(self, style=None):
        a = self.choice([312, 415, 512, 617, 206, 303, 404, 713, 919, 602, 718, 813, 614, 503, 608])
        b = self.randint(2, 9) * 100 + self.randint(0, 99)
        while b % 100 == 11 or b == 555:
            b = self.randint(201, 989)
        c = self.randint(1000, 9999)
        style = style or self.choice(["paren", "dash", "dot", "intl", "intlparen"])
        return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
                "intl": f"+1 {a} {b} {c}", "intlparen": f"+1 ({a}) {b}-{c}"}[style]

    def d(self, n):
        return "".join(str(self.randint(0, 9)) for _ in range(n))

    def intl_phone(self, cc=None):
        cc = cc or self.choice(["UK", "FR", "DE", "ES", "IT", "PT", "NL", "NG", "IN", "VN", "KR", "FI", "BR"])
        d = self.d
        nat = self.random() < 0.35
        if cc == "UK":
            m = f"7{self.choice('4579')}{d(2)} {d(6)}"
            return ("0" + m) if nat else "+44 " + m
        if cc == "FR":
            p = f"{self.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}"
            return ("0" + p) if nat else "+33 " + p
        if cc == "DE":
            p = f"1{self.choice(['51', '60', '70', '76'])} {d(8)}" if self.random() < 0.6 else f"30 {d(8)}"
            return ("0" + p) if nat else "+49 " + p
        if cc == "ES":
            p = f"6{d(2)} {d(3)} {d(3)}"
            return p if nat else "+34 " + p
        if cc == "IT":
            p = f"3{self.choice(['47', '33', '39', '28'])} {d(3)} {d(4)}"
            return p if nat else "+39 " + p
        if cc == "PT":
            return f"+351 9{self.choice('1236')}{d(1)} {d(3)} {d(3)}"
        if cc == "NL":
            p = f"6 {d(8)}"
            return ("0" + p) if nat else "+31 " + p
        if cc == "NG":
            p = f"80{self.choice('3568')} {d(3)} {d(4)}"
            return ("0" + p) if nat else "+234 " + p
        if cc == "IN":
            return f"+91 9{d(4)} {d(5)}"
        if cc == "VN":
            return f"+84 9{self.choice('0134')} {d(3)} {d(2)} {d(2)}"
        if cc == "KR":
            p = f"10-{d(4)}-{d(4)}"
            return ("0" + p) if nat else "+82 " + p
        if cc == "FI":
            return f"+358 4{self.choice('0145')} {d(3)} {d(4)}"
        if cc == "BR":
            return f"+55 {self.choice(['11', '21', '31'])} 9{d(4)}-{d(4)}"
        raise ValueError(cc)

    def phone(self):
        return self.us_phone() if self.random() < 0.5 else self.intl_phone()

    # ---- identifiers
    def ssn(self, style="dash"):
        a = self.randint(1, 899)
        while a == 666:
            a = self.randint(1, 899)
        g, s = self.randint(1, 99), self.randint(1, 9999)
        return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}", "bare": f"{a:03d}{g:02d}{s:04d}"}[style]

    def bad_ssn(self):
        return self.choice([f"000-{self.randint(10, 99)}-{self.randint(1000, 9999)}",
                            f"666-{self.randint(10, 99)}-{self.randint(1000, 9999)}",
                            f"{self.randint(900, 999)}-{self.randint(70, 88)}-{self.randint(1000, 9999)}",
                            f"{self.randint(100, 599)}-00-{self.randint(1000, 9999)}"])

    def masked_ssn(self):
        return self.choice(["***-**-", "XXX-XX-", "xxx-xx-", "•••-••-"]) + self.d(4)

    @staticmethod
    def luhn_ok(num):
        s = 0
        for i, ch in enumerate(reversed(num)):
            n = int(ch)
            if i % 2 == 1:
                n *= 2
                if n > 9:
                    n -= 9
            s += n
        return s % 10 == 0

    def _card_digits(self):
        kind = self.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        pre = {"visa": "4" + self.d(5), "mc": str(self.randint(51, 55)) + self.d(4),
               "mc2": str(self.randint(2221, 2720)) + self.d(2), "amex": self.choice(["34", "37"]) + self.d(4),
               "disc": "6011" + self.d(2)}[kind]
        length = 15 if kind == "amex" else 16
        body = pre + self.d(length - len(pre) - 1)
        for c in "0123456789":
            if self.luhn_ok(body + c):
                return body + c

    def fmt_card(self, n, style=None):
        style = style or self.choice(["space", "dash", "bare"])
        if style == "bare":
            return n
        sep = " " if style == "space" else "-"
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def card(self, style=None):
        return self.fmt_card(self._card_digits(), style)

    def bad_card(self, style=None):
        n = self._card_digits()
        n = n[:-1] + str((int(n[-1]) + self.randint(1, 9)) % 10)
        return self.fmt_card(n, style)

    def masked_card(self):
        last = self.d(4)
        return self.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"4{self.d(5)}******{last}",
                            f"•••• •••• •••• {last}", f"ending in {last}"])

    # IBAN
    @staticmethod
    def _mod97(s):
        return int("".join(str(int(c, 36)) for c in s)) % 97

    def _bban(self, cc):
        d = self.d
        if cc == "DE":
            return d(8) + d(10)
        if cc == "GB":
            return self.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + d(6) + d(8)
        if cc == "NL":
            while True:
                acct = d(10)
                if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0 and acct[0] != "0":
                    return self.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + acct
        if cc == "FR":
            bank, br, acct = d(5), d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
            return bank + br + acct + f"{key:02d}"
        if cc == "ES":
            bank, br, acct = d(4), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s):
                r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
                return 0 if r == 11 else 1 if r == 10 else r
            return bank + br + f"{dc('00' + bank + br)}{dc(acct)}" + acct
        if cc == "IT":
            rest = d(5) + d(5) + d(12)
            odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
            s = 0
            for i, c in enumerate(rest):
                v = int(c)
                s += odd[v] if i % 2 == 0 else v
            return chr(65 + s % 26) + rest
        if cc == "BE":
            first = d(10)
            chk = int(first) % 97 or 97
            return first + f"{chk:02d}"
        if cc == "PT":
            b19 = d(19)
            chk = 98 - (int(b19 + "00") % 97)
            return b19 + f"{chk:02d}"
        if cc == "PL":
            b7 = d(7)
            w = [3, 9, 7, 1, 3, 9, 7]
            c = (10 - sum(int(x) * w[i] for i, x in enumerate(b7)) % 10) % 10
            return b7 + str(c) + d(16)
        raise ValueError(cc)

    def iban(self, cc=None, spaced=None):
        cc = cc or self.choice(["DE", "GB", "NL", "FR", "ES", "IT", "BE", "PT", "PL"])
        bban = self._bban(cc)
        chk = 98 - self._mod97(bban + cc + "00")
        ib = f"{cc}{chk:02d}{bban}"
        assert self._mod97(ib[4:] + ib[:4]) == 1
        if spaced is None:
            spaced = self.random() < 0.6
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib

    def bad_iban(self, cc=None):
        ib = self.iban(cc, spaced=False)
        chk = int(ib[2:4])
        new = (chk + self.randint(1, 20)) % 97
        if new < 2:
            new += 2
        ib = ib[:2] + f"{new:02d}" + ib[4:]
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))

    # IPs
    def ip(self, private_ok=True):
        opts = [f"192.0.2.{self.randint(1, 254)}", f"198.51.100.{self.randint(1, 254)}", f"203.0.113.{self.randint(1, 254)}"]
        if private_ok:
            opts += [f"10.{self.randint(0, 255)}.{self.randint(0, 255)}.{self.randint(1, 254)}",
                     f"172.{self.randint(16, 31)}.{self.randint(0, 255)}.{self.randint(1, 254)}",
                     f"192.168.{self.randint(0, 255)}.{self.randint(1, 254)}"]
        return self.choice(opts)

    def ip6(self):
        return f"2001:db8:{self.randint(0, 0xffff):x}:{self.randint(0, 0xffff):x}::{self.randint(1, 0xffff):x}"

    def loopback(self):
        return self.choice(["127.0.0.1", "0.0.0.0", "::1", "127.0.0.53", "localhost"])

    def mac(self):
        return ":".join(f"{self.randint(0, 255):02X}" for _ in range(6))

    # medical / documents
    def mrn(self):
        d = self.d
        return self.choice([d(8), "E" + d(7), f"{d(2)}-{d(3)}-{d(4)}", "MR" + d(6), d(7), f"H{d(3)}-{d(4)}-{d(1)}"])

    def us_passport(self):
        return self.choice([self.d(9), self.choice("ACEFGHJKLMNPRSTUVWXZ") + self.d(8)])

    def foreign_passport(self, cc=None):
        cc = cc or self.choice(["DE", "FR", "ES", "IT", "UK", "NG", "IN", "NL", "PT", "KR", "VN"])
        al = "CFGHJKLMNPRTVWXYZ0123456789"
        d = self.d
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        num = {"DE": "C" + "".join(self.choice(al) for _ in range(8)),
               "FR": d(2) + self.choice(up) + self.choice(up) + d(5),
               "ES": "".join(self.choice(up) for _ in range(3)) + d(6),
               "IT": self.choice(up) + self.choice(up) + d(7),
               "UK": d(9),
               "NG": self.choice("ABD") + d(8),
               "IN": self.choice(up) + d(7),
               "NL": "".join(self.choice("NBPRSFJ") for _ in range(2)) + "".join(self.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + d(1),
               "PT": self.choice(up) + d(6),
               "KR": "M" + d(8),
               "VN": self.choice("BCN") + d(7)}[cc]
        return cc, num

    STATES_DL = ["CA", "FL", "IL", "TX", "NY", "WA", "PA", "MI", "NJ", "OH"]

    def dl(self, st=None):
        st = st or self.choice(self.STATES_DL)
        d, L_ = self.d, self.choice("ABCDEFGHJKLMNPRSTWZ")
        num = {"CA": L_ + d(7), "FL": f"{L_}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}", "IL": f"{L_}{d(3)}-{d(4)}-{d(4)}",
               "TX": d(8), "NY": f"{d(3)} {d(3)} {d(3)}", "WA": "WDL" + "".join(self.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
               "PA": f"{d(2)} {d(3)} {d(3)}", "MI": f"{L_} {d(3)} {d(3)} {d(3)} {d(3)}", "NJ": f"{L_}{d(4)} {d(5)} {d(5)}",
               "OH": self.choice("ABCDEFGHJKLMNPRSTWZ") + L_ + d(6)}[st]
        return st, num

    def uk_licence(self, p, dob, female=False):
        sur = "".join(c for c in fold(p.last).upper() if c.isalpha())[:5].ljust(5, "9")
        m = dob.month + (50 if female else 0)
        ini = (fold(p.first)[0] + (p.mid or "9")).upper()
        return f"{sur}{str(dob.year)[2]}{m:02d}{dob.day:02d}{str(dob.year)[3]}{ini}9{self.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"

    # hard-negative numbers
    def version4(self):
        last = self.randint(0, 255) if self.random() < 0.7 else self.randint(256, 9999)
        return f"{self.randint(1, 12)}.{self.randint(0, 9)}.{self.randint(0, 30)}.{last}"

    def semver(self):
        return f"{self.randint(0, 9)}.{self.randint(0, 40)}.{self.randint(0, 20)}"

    def build(self):
        return self.choice([f"{self.recent().strftime('%Y%m%d')}.{self.randint(1, 20)}", f"b{self.randint(1000, 99999)}",
                            f"{self.semver()}-rc.{self.randint(1, 5)}+build.{self.randint(100, 9999)}", str(self.randint(10000, 999999))])

    def sku(self):
        return self.choice([f"SKU-{self.d(5)}-{self.choice(['BLK', 'RED', 'NVY', 'GRN'])}", f"{self.d(4)}-{self.d(4)}-{self.d(2)}",
                            f"{self.choice(['WH', 'MX', 'QC', 'TR'])}-{self.d(4)}{self.choice('ABXZ')}"])

    def part_no(self):
        return self.choice([f"PN {self.d(4)}-{self.d(4)}-{self.choice('ABC')}", f"{self.choice(['ME', 'EL', 'HX'])}-{self.d(4)}-{self.d(2)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}"])

    def order_id(self):
        return self.choice([f"ORD-{self.randint(2022, 2025)}-{self.d(7)}", f"{self.d(3)}-{self.d(7)}-{self.d(7)}", f"#{self.d(8)}", f"SO{self.d(9)}"])

    def tracking(self):
        return self.choice([f"1Z{''.join(self.choice('0123456789ABCDEFGHJKLMNPRSTUVWXY') for _ in range(6))}{self.d(10)}",
                            f"9400 {self.d(4)} {self.d(4)} {self.d(4)} {self.d(4)} {self.d(2)}", f"{self.d(4)} {self.d(4)} {self.d(4)}",
                            f"JJD{self.d(18)}"])

    def epoch(self):
        return str(self.randint(1672531200, 1748736000))

    def hexid(self, n=12):
        return "".join(self.choice("0123456789abcdef") for _ in range(n))


LEVEL = {"PERSON": 1, "EMAIL": 2, "PHONE": 2, "IP_ADDRESS": 2, "ADDRESS": 2}
NAMES = {0: "INTERNAL", 1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
TYPES = ["EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER",
         "US_PASSPORT", "DRIVER_LICENSE", "PERSON", "ADDRESS", "DIAGNOSIS", "MEDICATION"]
FORMATS = {"free_text", "email", "chat", "log", "csv", "json", "ndjson", "html", "clinical_note", "discharge_summary",
           "lab_report", "hl7", "tsv", "yaml", "fhir_json", "form", "ticket"}


def classify(ents):
    lv = 0
    for e in ents:
        lv = max(lv, LEVEL.get(e["type"], 3))
    return NAMES[lv]


TEMPLATES = []


def tpl(half, fmt, reps=4):
    def deco(f):
        TEMPLATES.append((half, f.__name__, fmt, reps, f))
        return f
    return deco


# =====================================================================
# TUNE half templates
# =====================================================================
@tpl("tune", "form")
def kyc_us_applicant(g, d):
    p, off = g.person(), g.person()
    st, lic = g.dl(g.choice(["IL", "CA", "FL", "NY", "MI"]))
    b = g.dob(1950, 2003)
    d.add("Prairie State Federal Credit Union — Membership Application\n",
          f"Application ID: APP-{g.d(6)}    Submitted: {g.fdate(g.recent(), 'iso')}\n\n",
          "Applicant: ", P(p.full), "\n",
          "Nationality: ", g.choice(NATIONALITIES), "\n",
          "Date of birth: ", DOB(g.fdate(b, "us")), "\n",
          "Social Security No.: ", SSN(g.ssn(g.choice(["dash", "space"]))), "\n",
          "Driver's license: ", f"{st} ", DL(lic), "\n",
          "Residential address: ", ADR(g.us_address()), "\n",
          "Mobile: ", PH(g.us_phone()), "\n",
          "E-mail: ", E(g.email(p)), "\n",
          "Occupation: ", g.choice(["Welder", "Pharmacist", "Logistics coordinator", "Student", "Retired"]), "\n",
          "Employer: ", g.choice(COMPANIES), "\n",
          f"Screening: OFAC/PEP clear — ref SCR-{g.randint(2023, 2025)}-{g.d(6)}\n",
          "Reviewed by: ", P(off.full), f" (branch {g.randint(10, 99)})\n")


@tpl("tune", "form")
def onboarding_eu_bank(g, d):
    cc = g.choice(["DE", "FR", "ES", "IT", "NL", "PT"])
    p = g.person()
    b = g.dob(1945, 2004)
    pcc, pnum = g.foreign_passport(cc if cc != "PT" else "PT")
    labels = {"DE": ("Geburtsdatum / Date of birth", "dot"), "FR": ("Date de naissance / Date of birth", "eu"),
              "ES": ("Fecha de nacimiento / Date of birth", "eu"), "IT": ("Data di nascita / Date of birth", "eu"),
              "NL": ("Geboortedatum / Date of birth", "dot"), "PT": ("Data de nascimento / Date of birth", "eu")}[cc]
    d.add("EUROBANK DIGITAL — Customer onboarding (retail)\n",
          "=============================================\n",
          "Full name: ", P(p.full), "\n",
          f"{labels[0]}: ", DOB(g.fdate(b, labels[1])), "\n",
          "Nationality: ", {"DE": "German", "FR": "French", "ES": "Spanish", "IT": "Italian", "NL": "Dutch", "PT": "Portuguese"}[cc], "\n",
          "Identity document: passport\n",
          "Passport number: ", PP(pnum), "\n",
          f"Issuing country: {pcc}    Expiry: {g.fdate(dt.date(g.randint(2026, 2034), g.randint(1, 12), g.randint(1, 28)), 'iso')}\n",
          "Residential address:\n", ADR(g.eu_address(cc, multiline=True)), "\n",
          "Phone: ", PH(g.intl_phone(cc if cc != "PT" else "PT")), "\n",
          "Salary account (IBAN): ", IB(g.iban(cc)), "\n",
          "Customer segment: Retail    Risk score: ", str(g.randint(1, 40)), "/100\n",
          "Consent: “I confirm the information above is accurate.” ✔\n")


@tpl("tune", "form")
def rental_application(g, d):
    a, c = g.person(), g.person()
    d.add("RESIDENTIAL LEASE APPLICATION\n",
          f"Property: {g.randint(100, 999)} {g.choice(US_STREETS)}, unit to be assigned\n",
          f"Desired move-in: {g.choice(HOLIDAYS)} weekend\n\n",
          "Applicant: ", P(a.full), "\n",
          "Co-Applicant: ", P(c.full), "\n",
          "SSN (applicant): ", SSN(g.ssn()), "\n",
          "SSN (co-applicant): ", g.masked_ssn(), " (on file)\n",
          "Current address:\n", ADR(g.us_address(multiline=True, unit=True)), "\n",
          f"Time at address: {g.randint(1, 9)} years\n",
          "Previous address: ", ADR(g.us_address()), "\n",
          "Employer: ", g.choice(COMPANIES), f"    Monthly income: ${g.randint(3, 12)},{g.d(3)}\n",
          "Contact phone: ", PH(g.us_phone()), "\n",
          "Pets: 1 cat    Vehicles: ", g.choice(["Ford Ranger XLT", "Honda Civic", "none"]), "\n",
          "Signature: /s/ ", P(a.full), "\n")


@tpl("tune", "form")
def insurance_claim(g, d):
    p, doc = g.person(), g.person()
    dx, med = g.choice(DXMED)
    d.add("HEALTH INSURANCE CLAIM FORM (CMS-1500 excerpt)\n",
          "1. Insured's name: ", P(p.lf), "\n",
          "2. Patient's birth date: ", DOB(g.fdate(g.dob(), "us")), "   Sex: ", g.choice("MF"), "\n",
          f"3. Insured's ID number: {g.choice('WXYZ')}{g.d(9)}\n",
          "4. Patient's address: ", ADR(g.us_address()), "\n",
          "5. Telephone: ", PH(g.us_phone("paren")), "\n",
          "6. Medical record no.: ", MRN(g.mrn()), "\n",
          f"21. Diagnosis or nature of illness: ", DX(dx), "\n",
          f"24A. Date of service: {g.fdate(g.recent(), 'us')}   CPT 99214   Charges: ${g.randint(90, 480)}.00\n",
          "24B. Rx: ", MED(med), f" {g.choice(['10 mg', '500 mg', '40 mg', '25 mcg'])}\n",
          "31. Rendering provider: ", P(doc.full), f", MD   NPI {g.d(10)}\n",
          f"Claim no. CLM{g.d(11)} — Group plan: {g.choice(COMPANIES)} employees\n")


@tpl("tune", "ticket")
def ticket_billing_dispute(g, d):
    p, agent = g.person(), g.person()
    oid = g.order_id()
    d.add(f"Ticket #{g.randint(10000, 99999)} · Priority: High · Status: Open\n",
          f"Subject: Charged twice for order {oid}\n",
          "Requester: ", P(p.full), " <", E(g.email(p)), ">\n",
          f"Created: {g.ts()}Z    Channel: web\n",
          "-------------------------------------------\n",
          f"Hello, I was billed twice for {oid} (SKU {g.sku()}). My statement shows the card ",
          g.masked_card(), " charged on two consecutive days. Please refund one of them.\n",
          "You can call me on ", PH(g.phone()), ".\n\n",
          "--- Internal note (", P(agent.first), ") ---\n",
          "Verified caller. Customer read out the full card for the refund: ", CC(g.card()), f". Refund queued as RF-{g.d(7)}.\n",
          f"Gateway build {g.build()} had a retry bug; see INC-{g.d(5)}.\n")


@tpl("tune", "ticket")
def ticket_bug_versions(g, d):
    v1, v2 = g.version4(), g.version4()
    d.add(f"JIRA MOBILE-{g.randint(1000, 9999)}: Crash on onboarding screen after upgrade to {v2}\n",
          "Type: Bug   Priority: P2   Component: Onboarding\n",
          "Reporter: qa-automation   Assignee: unassigned\n\n",
          f"Environment: Android 14, app version {v2} (previous {v1}), build {g.build()}, sdk_version {g.semver()}\n",
          "Steps to reproduce:\n",
          "  1. Open Settings > Profile.\n",
          "  2. Tap the “Nationality:” dropdown, then “Applicant:” section header.\n",
          "  3. Observe crash in FormRenderer.\n",
          f"Backend: http://127.0.0.1:{g.randint(3000, 9000)}/api/v{g.randint(1, 3)} (local stub), bind 0.0.0.0:{g.randint(8000, 9000)}\n",
          f"Test card used: {g.bad_card('space')} (Luhn-invalid, rejected as expected), masked in UI as {g.masked_card()}\n",
          f"Trace id {g.hexid(32)}; occurred at epoch {g.epoch()}\n",
          f"Device MAC {g.mac()} — regression since {v1}. Part {g.part_no()} of the test rig.\n")


@tpl("tune", "ticket")
def ticket_account_recovery(g, d):
    p = g.person()
    d.add(f"[Support] Case {g.d(8)} — Account locked\n",
          "From: ", P(p.full), "\n",
          "Email on account: ", E(g.email(p)), "\n",
          "Message:\n",
          f"I’ve been locked out since {g.fdate(g.recent(), 'long')}. For verification my date of birth is ",
          DOB(g.fdate(g.dob(), g.choice(["long", "mlong", "iso"]))), " and the last four of my SSN are ", g.d(4),
          ". The last successful login was from ", IP(g.ip(False)), ".\n",
          "Best number to reach me: ", PH(g.phone()), "\n\n",
          f"Agent notes: SSN on profile shows {g.masked_ssn()}; login attempts from 127.0.0.1 are our health-checker. ",
          f"MFA device reset requested, ticket linked to {g.order_id()}.\n")


@tpl("tune", "chat")
def chat_support_delivery(g, d):
    p, agent = g.person(), g.person()
    hh = g.randint(8, 20)
    mm = g.randint(0, 40)
    a, c = agent.first, p.first
    addr = g.address()

    def t(k):
        return f"[{hh:02d}:{mm + k:02d}] "
    d.add(t(0), "Agent ", P(a), ": Hi, thanks for contacting Parcelia! How can I help?\n",
          t(1), P(c), f": my parcel {g.tracking()} says delivered but nothing here\n",
          t(1), "Agent ", P(a), ": Sorry about that. Can you confirm the delivery address?\n",
          t(2), P(c), ": ", ADR(addr), "\n",
          t(3), "Agent ", P(a), ": And a phone number the courier can call?\n",
          t(3), P(c), ": ", PH(g.phone()), " — please don’t call before 9\n",
          t(4), "Agent ", P(a), f": Done. I opened claim CLM-{g.d(6)}; the partner {g.choice(COMPANIES)} will re-deliver by {g.choice(HOLIDAYS)}.\n",
          t(5), P(c), ": thx 👍\n")


@tpl("tune", "chat")
def chat_pharmacy(g, d):
    p, ph = g.person(), g.person()
    dx, med = g.choice(DXMED)
    b = g.dob()
    d.add(f"Secure message thread — Riverside Pharmacy #{g.randint(100, 999)}\n\n",
          P(p.first), ": hi, I need a refill of my ", MED(med), " please, ran out yesterday\n",
          "Pharmacist ", P(ph.full), ": Hi ", P(p.first), "! Can you confirm your full name and date of birth?\n",
          P(p.first), ": ", P(p.full), ", ", DOB(g.fdate(b, g.choice(["us", "mlong"]))), "\n",
          "Pharmacist ", P(ph.full), ": Thanks. I see it’s for your ", DX(dx), ". Dr. ", P(g.person().last),
          " authorised 2 more refills.\n",
          P(p.first), ": great. also is it ok with ibuprofen?\n",
          "Pharmacist ", P(ph.full), ": Occasional use is fine. Ready for pickup after 3pm, Rx #", g.d(7), ".\n")


@tpl("tune", "chat")
def chat_devops(g, d):
    a, b, c = g.person(), g.person(), g.person()
    v = g.version4()
    d.add("#release-train  (Slack export)\n",
          P(a.first), f"  10:02  cutting {v} now, build {g.build()}\n",
          P(b.first), f"  10:04  canary on 127.0.0.1:8443 looks fine, p99 {g.randint(80, 300)}ms\n",
          P(c.first), f"  10:05  wait, the dashboard shows a depression in traffic since {g.choice(HOLIDAYS)}, expected?\n",
          P(a.first), "  10:06  yeah holiday dip. also bumped sdk_version to ", g.semver(), "\n",
          P(b.first), f"  10:09  mac {g.mac()} on rack 4 still flapping, ignoring\n",
          P(c.first), f"  10:11  ok ship it 🚀 (tag v{v}, commit {g.hexid(10)})\n")


@tpl("tune", "csv")
def csv_patients_mrn(g, d):
    d.add("mrn,name,birth_date,primary_dx,active_med,last_visit\n")
    for _ in range(g.randint(4, 7)):
        p = g.person(0)
        dx, med = g.choice(DXMED)
        row(d, [MRN(g.mrn()), P(p.full), DOB(g.fdate(g.dob(), "iso")), DX(dx), MED(med), g.fdate(g.recent(), "iso")])


@tpl("tune", "csv")
def csv_orders_ship_to(g, d):
    d.add("order_id,customer_name,sku,part_no,qty,ship_to,zip,tracking,order_date\n")
    for _ in range(g.randint(4, 6)):
        p = g.person(0)
        city, st, z = g.choice(US_CITIES)
        row(d, [g.order_id(), P(p.full), g.sku(), g.part_no(), str(g.randint(1, 12)), ADR(g.us_street()), z,
                g.tracking(), g.ts() + "Z"])


@tpl("tune", "csv")
def csv_inventory(g, d):
    d.add("sku,part_no,description,sdk_version,build,unit_price,warehouse,updated_at\n")
    for _ in range(g.randint(5, 8)):
        row(d, [g.sku(), g.part_no(), g.choice(PRODUCTS + ["USB-C hub 7-in-1", "Thermal label 4x6 (roll)", "Café crème pods ×50"]),
                g.version4(), g.build(), f"{g.randint(3, 400)}.{g.d(2)}", g.choice(["RNO-2", "LEJ-1", "MAD-4"]), g.epoch()])


@tpl("tune", "tsv")
def tsv_hr_roster(g, d):
    d.add("employee_id\tfirst_name\tlast_name\tssn\tphone\thire_date\tdepartment\n")
    for _ in range(g.randint(4, 6)):
        p = g.person(0)
        row(d, [f"E{g.d(5)}", P(p.first), P(p.last), SSN(g.ssn(g.choice(["dash", "bare"]))), PH(g.us_phone()),
                g.fdate(g.recent(), "iso"), g.choice(["Finance", "Warehouse", "R&D", "Legal"])], sep="\t")


@tpl("tune", "tsv")
def tsv_build_matrix(g, d):
    d.add("platform\tsdk_version\tbuild\tcommit\tartifact\treleased\tnotes\n")
    for _ in range(g.randint(5, 7)):
        row(d, [g.choice(["android-arm64", "ios", "win-x64", "linux-musl"]), g.version4(), g.build(), g.hexid(12),
                f"app-{g.semver()}.{g.choice(['apk', 'ipa', 'msi'])}", g.ts() + "Z",
                g.choice(["hotfix for Labor Day promo", "bind 0.0.0.0 fixed", "loopback ::1 tests", "—"])], sep="\t")


@tpl("tune", "json")
def json_signup_payload(g, d):
    p = g.person()
    obj = {"request_id": g.hexid(16), "received_at": g.ts() + "Z",
           "user": {"name": P(p.full), "email": E(g.email(p)), "dob": DOB(g.fdate(g.dob(1960, 2006), "iso")),
                    "phone": PH(g.phone()), "shipping_address": ADR(g.address()), "locale": g.choice(["pt-BR", "fr-FR", "de-DE", "vi-VN"])},
           "client": {"ip": IP(g.ip()), "app_version": g.version4(), "build": g.build(), "sdk_version": g.semver()}}
    jdump(d, obj)


@tpl("tune", "json")
def json_payment_event(g, d):
    p = g.person()
    if g.random() < 0.5:
        pm = {"type": "card", "card_number": CC(g.card("bare")), "exp": f"{g.randint(1, 12):02d}/{g.randint(26, 31)}", "last4_display": g.masked_card()}
    else:
        pm = {"type": "sepa_debit", "iban": IB(g.iban()), "mandate": f"MD-{g.d(8)}"}
    obj = {"id": f"evt_{g.hexid(24)}", "type": "charge.succeeded", "created": int(g.epoch()),
           "data": {"amount": g.randint(500, 99999), "currency": g.choice(["eur", "usd", "gbp"]), "billing_name": P(p.full),
                    "payment_method": pm, "ip_address": IP(g.ip(False)), "order_id": g.order_id()},
           "api_version": g.fdate(g.recent(), "iso"), "version": g.version4()}
    jdump(d, obj)


@tpl("tune", "json")
def json_release_manifest(g, d):
    obj = {"name": g.choice(["payments-gateway", "patient-portal-web", "ledger-sync"]), "version": g.version4(),
           "build": g.build(), "commit": g.hexid(40), "released_at": g.ts() + "Z",
           "dependencies": {"openssl": g.version4(), "libpq": g.semver(), "grpc": g.semver()},
           "endpoints": {"health": f"http://127.0.0.1:{g.randint(8000, 9000)}/healthz", "bind": "0.0.0.0", "metrics": "[::1]:9102"},
           "repository": "git@github.com:northwind/ledger-sync.git", "owner_team": "Jordan Logistics integration squad",
           "changelog": [f"Fix rounding for SKU {g.sku()}", "Drop support for sdk_version < 3.0.0.0", f"Bump part {g.part_no()}"]}
    jdump(d, obj)


@tpl("tune", "ndjson")
def ndjson_auth_events(g, d):
    users = [g.person() for _ in range(3)]
    for _ in range(g.randint(5, 7)):
        u = g.choice(users)
        if g.random() < 0.25:
            obj = {"ts": g.ts() + "Z", "level": "debug", "event": "healthcheck", "src": "127.0.0.1", "build": g.build()}
        else:
            obj = {"ts": g.ts() + "Z", "level": g.choice(["info", "warn"]), "event": g.choice(["login", "mfa_challenge", "password_reset"]),
                   "user": E(g.email(u, "corp.example.com")), "src_ip": IP(g.choice([g.ip(), g.ip6()])), "ua": f"Mozilla/5.0 App/{g.version4()}"}
        jdump(d, obj, compact=True)
        d.add("\n")


@tpl("tune", "yaml")
def yaml_customer_record(g, d):
    p = g.person()
    st, lic = g.dl()
    d.add("# exported from CRM — do not edit by hand\n", "version: 3\n", "customer:\n",
          "  name: ", yq(P(p.full)), "\n",
          "  dob: ", yq(DOB(g.fdate(g.dob(), "iso"))), "\n",
          "  ssn: ", yq(SSN(g.ssn())), "\n",
          "  passport: ", PP(g.us_passport()), "\n",
          "  license:\n", f"    state: {st}\n", "    number: ", yq(DL(lic)), "\n",
          "  shipping_address: ", yq(ADR(g.us_address())), "\n",
          "  phone: ", yq(PH(g.us_phone())), "\n",
          f"  loyalty_tier: gold\n  sdk_version: {g.version4()}\n  created: {g.ts()}Z\n")


@tpl("tune", "yaml")
def yaml_service_config(g, d):
    d.add(f"name: billing-worker\nversion: {g.version4()}\nbuild: \"{g.build()}\"\n",
          "server:\n  host: 0.0.0.0\n  port: ", str(g.randint(8000, 9000)), "\n  admin_bind: 127.0.0.1\n",
          f"database:\n  url: postgres://svc@localhost:5432/billing\n  pool: {g.randint(5, 50)}\n",
          f"features:\n  memorial_day_promo: true\n  labor_day_freeze: {g.choice(['true', 'false'])}\n",
          f"sample_data:\n  test_card: \"{g.bad_card('bare')}\"   # Luhn-invalid on purpose\n  masked: \"{g.masked_card()}\"\n",
          f"  placeholder_ssn: \"{g.bad_ssn()}\"\n",
          f"image: registry.example.com/billing-worker:{g.semver()}\n", f"cron: \"*/{g.randint(2, 30)} * * * *\"\n")


@tpl("tune", "log")
def log_kv_auth(g, d):
    users = [g.person() for _ in range(2)]
    ver = g.version4()
    for _ in range(g.randint(5, 8)):
        r = g.random()
        d.add(f"{g.ts()}.{g.d(3)}Z level=", g.choice(["INFO", "WARN"]), f" svc=auth-api ver={ver} ")
        if r < 0.3:
            d.add(f"msg=\"health ok\" src_ip={g.choice(['127.0.0.1', '::1'])} latency_ms={g.randint(1, 9)}\n")
        elif r < 0.75:
            u = g.choice(users)
            d.add("msg=\"login ok\" user=", E(g.email(u, "example.com")), " src_ip=", IP(g.ip()), f" session={g.hexid(16)}\n")
        else:
            d.add("msg=\"login failed\" reason=bad_password src_ip=", IP(g.ip(False)), f" attempt={g.randint(1, 5)} build={g.build()}\n")


@tpl("tune", "log")
def log_app_release(g, d):
    for _ in range(g.randint(6, 9)):
        d.add(g.choice([f"{g.ts()} INFO  deployer: rolling out {g.version4()} (build {g.build()}) to 12 nodes\n",
                        f"{g.ts()} DEBUG net: listening on 0.0.0.0:{g.randint(1024, 65000)} and [::1]:{g.randint(1024, 65000)}\n",
                        f"{g.ts()} WARN  nic eth0 hwaddr {g.mac()} renegotiated\n",
                        f"{g.ts()} INFO  migrations: applied {g.epoch()}_add_sku_index\n",
                        f"{g.ts()} INFO  cache: warmed {g.randint(100, 9000)} keys for order {g.order_id()}\n",
                        f"{g.ts()} ERROR payments: rejected test PAN {g.bad_card('bare')} (checksum)\n",
                        f"{g.ts()} INFO  probe 127.0.0.1 ok; version string {g.version4()}\n"]))


@tpl("tune", "hl7")
def hl7_adt_a01(g, d):
    p, nk, doc = g.person(), g.person(), g.person()
    dx, med = g.choice(DXMED)
    b = g.dob()
    city, st, z = g.choice(US_CITIES)
    street = g.us_street().upper()
    ts = g.recent().strftime("%Y%m%d") + f"{g.randint(0, 23):02d}{g.randint(0, 59):02d}"
    up = lambda s: fold(s).upper()
    d.add(f"MSH|^~\\&|EPIC|MERCYGEN|HIE|STATE|{ts}||ADT^A01|MSG{g.d(8)}|P|2.5.1\n",
          f"EVN|A01|{ts}\n",
          "PID|1||", MRN(g.mrn()), "^^^MERCY^MR||", P(f"{up(p.last)}^{up(p.first)}^{p.mid or ''}".rstrip("^")), "||",
          DOB(b.strftime("%Y%m%d")), f"|{g.choice('MF')}|||",
          ADR(f"{street}^^{city.upper()}^{st}^{z}"), "^USA||", PH(g.us_phone("paren").replace(" ", "")), "|||||",
          f"{g.d(9)}|", SSN(g.ssn()), "\n",
          "NK1|1|", P(f"{up(nk.last)}^{up(nk.first)}"), "|SPO||", PH(g.us_phone("paren").replace(" ", "")), "\n",
          f"PV1|1|I|4W^{g.randint(401, 460)}^A||||{g.d(6)}^", P(f"{up(doc.last)}^{up(doc.first)}"), "^^^DR\n",
          f"DG1|1||{ICD.get(dx, 'R69')}^", DX(dx), "^I10\n",
          "RXE|1|", MED(med), f"^{g.choice(['10 MG', '500 MG', '5 MG'])}^PO|\n")


@tpl("tune", "fhir_json")
def fhir_patient(g, d):
    p = g.person()
    city, st, z = g.choice(US_CITIES)
    given = [P(p.first)] + ([P(p.mid)] if p.mid else [])
    obj = {"resourceType": "Patient", "id": g.hexid(8), "meta": {"versionId": str(g.randint(1, 9)), "lastUpdated": g.ts() + "Z"},
           "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                           "system": "urn:oid:2.16.840.1.113883.19.5", "value": MRN(g.mrn())}],
           "name": [{"use": "official", "family": P(p.last), "given": given}],
           "telecom": [{"system": "phone", "value": PH(g.us_phone()), "use": "mobile"}, {"system": "email", "value": E(g.email(p))}],
           "gender": g.choice(["female", "male"]), "birthDate": DOB(g.fdate(g.dob(), "iso")),
           "address": [{"use": "home", "line": [ADR(g.us_street())], "city": city, "state": st, "postalCode": z}]}
    jdump(d, obj)


@tpl("tune", "clinical_note")
def soap_note(g, d):
    p, doc = g.person(), g.person()
    (dx1, m1), (dx2, m2) = g.sample(DXMED, 2)
    age = g.randint(30, 85)
    d.add("PROGRESS NOTE — Internal Medicine\n",
          "Patient: ", P(p.full), "    MRN: ", MRN(g.mrn()), "    DOB: ", DOB(g.fdate(g.dob(), "us")), "\n",
          f"Date of service: {g.fdate(g.recent(), 'us')}    Provider: Dr. ", P(doc.full), "\n\n",
          f"S: {age}-year-old {g.choice(['woman', 'man'])} with ", DX(dx1), " and ", DX(dx2),
          " presents for follow-up. Reports good adherence to ", MED(m1), ". ", g.choice(NEGATIONS).capitalize(), ". ",
          g.choice(NEGATIONS).capitalize(), ".\n",
          f"O: BP {g.randint(110, 160)}/{g.randint(60, 95)}, HR {g.randint(55, 100)}, BMI {g.randint(19, 38)}.{g.randint(0, 9)}.\n",
          "A/P:\n  1. ", DX(dx1), " — continue ", MED(m1), ".\n  2. ", DX(dx2), " — start ", MED(m2),
          f" {g.choice(['10 mg daily', '25 mg daily', '500 mg BID'])}.\n",
          "  3. Screening: colonoscopy up to date; hepatitis C antibody negative.\n",
          "Follow-up in 3 months. Electronically signed by ", P(doc.full), ", MD\n")


@tpl("tune", "clinical_note")
def psych_progress(g, d):
    p, doc = g.person(), g.person()
    med = g.choice(["sertraline", "escitalopram", "bupropion", "venlafaxine"])
    d.add("BEHAVIORAL HEALTH — Outpatient Progress Note\n",
          "Client: ", P(p.full), "   Record #: ", MRN(g.mrn()), "\n",
          "Clinician: ", P(doc.full), ", LCSW\n\n",
          "Client reports work stress “since the depression in sales hit our region last quarter” and poor sleep. ",
          "Working diagnosis remains ", DX(g.choice(["major depressive disorder, recurrent, moderate", "major depressive disorder"])),
          " with comorbid ", DX("generalized anxiety disorder"), ". Denies suicidal ideation; no history of substance use disorder. ",
          "Tolerating ", MED(med), f" {g.choice(['50 mg', '100 mg', '10 mg', '150 mg XL'])} daily.\n",
          "Plan: CBT weekly; PHQ-9 today ", str(g.randint(5, 22)), f"; next session {g.fdate(g.recent(), 'long')} (after {g.choice(HOLIDAYS)}).\n")


@tpl("tune", "discharge_summary")
def discharge_cardiology(g, d):
    p, att = g.person(), g.person()
    adm = g.recent()
    dis = adm + dt.timedelta(days=g.randint(2, 9))
    d.add("DISCHARGE SUMMARY — Cardiology\n",
          "Name: ", P(p.full), "\nMRN: ", MRN(g.mrn()), "\nDate of Birth: ", DOB(g.fdate(g.dob(1935, 1975), "mlong")), "\n",
          f"Admission: {g.fdate(adm, 'mlong')}    Discharge: {g.fdate(dis, 'mlong')}\n",
          "Attending: ", P(att.full), ", MD\n\n",
          "Principal diagnosis: ", DX("atrial fibrillation with rapid ventricular response"), "\n",
          "Secondary diagnoses: ", DX("congestive heart failure"), "; ", DX("essential hypertension"), "\n",
          "Hospital course: Rate controlled with IV diltiazem, transitioned to oral ", MED("metoprolol"),
          ". Troponin trend flat — myocardial infarction ruled out. Echo EF 40%.\n",
          "Discharge medications:\n  - ", MED("apixaban"), " 5 mg PO BID\n  - ", MED("metoprolol"),
          " succinate 50 mg PO daily\n  - ", MED("furosemide"), " 20 mg PO daily\n",
          "Follow-up: Heart Rhythm Clinic, call ", PH(g.us_phone()), " to schedule within 7 days.\n")


@tpl("tune", "lab_report")
def lab_cbc_panel(g, d):
    p, doc = g.person(), g.person()
    d.add("NORTHGATE REFERENCE LABORATORIES\n",
          "Patient: ", P(p.lf), "    Sex: ", g.choice(["F", "M"]), "    DOB: ", DOB(g.fdate(g.dob(), "us")), "\n",
          "MRN: ", MRN(g.mrn()), f"    Accession: {g.choice('ABQ')}{g.d(2)}-{g.d(6)}    Specimen: whole blood\n",
          f"Collected: {g.ts()}    Reported: {g.ts()}\n",
          "Ordering physician: ", P(doc.full), ", MD\n\n",
          "TEST                RESULT   FLAG  UNITS      REFERENCE\n",
          f"Hemoglobin          {g.randint(8, 11)}.{g.d(1)}     L     g/dL       12.0-15.5\n",
          f"MCV                 {g.randint(65, 78)}       L     fL         80-100\n",
          f"Ferritin            {g.randint(3, 14)}        L     ng/mL      15-150\n",
          f"Platelets           {g.randint(150, 420)}            10^3/uL    150-400\n",
          "HIV-1/2 Ag/Ab       Nonreactive\n\n",
          "Interpretation: Microcytic indices with low ferritin, consistent with ", DX("iron deficiency anemia"),
          ". Patient is negative for HIV. Consider oral ", MED("ferrous sulfate"), ".\n")


@tpl("tune", "email")
def email_signature_quote(g, d):
    s, r = g.person(), g.person()
    comp = g.choice(["Van Houten Analytics", "Oyelaran & Partners", "Brightwater Ltd"])
    d.add("From: ", P(s.full), " <", E(g.email(s, "vanhouten.example.com")), ">\n",
          "To: ", P(r.full), " <", E(g.email(r)), ">\n",
          f"Date: {g.fdate(g.recent(), 'long')} 09:{g.randint(10, 59)}\n",
          f"Subject: Quote Q-{g.d(5)} for the {g.choice(['Lisbon', 'Lyon', 'Leeds'])} rollout\n\n",
          "Hi ", P(r.first), ",\n\n",
          f"Please find attached our quote for {g.randint(20, 400)} seats (part no. {g.part_no()}, SKU {g.sku()}). ",
          f"Pricing is valid until {g.choice(HOLIDAYS)}. Our client portal runs version {g.version4()}.\n\n",
          "Kind regards,\n", P(s.full), "\n", f"Senior Account Manager | {comp}\n",
          ADR(g.eu_address(g.choice(["NL", "UK", "DE"]), multiline=True)), "\n",
          "T: ", PH(g.intl_phone(g.choice(["NL", "UK", "DE"]))), "\n")


@tpl("tune", "email")
def email_wire_instructions(g, d):
    s, b = g.person(), g.person()
    cc = g.choice(["DE", "FR", "ES", "IT", "NL", "PT", "BE", "PL"])
    d.add("Subject: Payment details for invoice INV-", g.d(6), "\n",
          "From: ", E(g.email(s, "ledger.example.eu")), "\n\n",
          "Dear ", P(b.first), ",\n\n",
          "As discussed, please wire the outstanding balance to the account below:\n\n",
          "  Beneficiary: ", P(b.full), "\n",
          "  Address: ", ADR(g.eu_address({"BE": "NL", "PL": "DE"}.get(cc, cc))), "\n",
          "  IBAN: ", IB(g.iban(cc)), "\n",
          f"  BIC: {g.choice(['DEUTDEFF', 'BNPAFRPP', 'CAIXESBB', 'INGBNL2A'])}\n",
          f"  Reference: INV-{g.d(6)} / PO {g.order_id()}\n\n",
          f"Note the old account ({g.bad_iban(cc)}) was closed — it will bounce.\n\n",
          "Met vriendelijke groet / Best regards,\n", P(s.full), "\n")


@tpl("tune", "email")
def email_newsletter_memorial(g, d):
    h = g.choice(["Memorial Day", "Labor Day", "Presidents' Day"])
    d.add(f"Subject: 🇺🇸 {h} Sale — up to 40% off\n",
          "From: Northwind Outfitters\n\n",
          f"This {h}, treat yourself! Our bestsellers are back:\n",
          f"  • {g.choice(PRODUCTS)} — SKU {g.sku()}\n",
          f"  • {g.choice(PRODUCTS)} — SKU {g.sku()}\n",
          f"  • Gift card bundle — part no. {g.part_no()}\n\n",
          f"Free shipping via our partner Jordan Logistics on orders over $75. Use code SAVE{g.randint(10, 40)}.\n",
          f"Already ordered? Track {g.order_id()} with {g.tracking()}.\n",
          "Unsubscribe · Privacy · © Northwind Outfitters, all rights reserved.\n",
          f"[app v{g.version4()} | campaign {g.epoch()}]\n")


@tpl("tune", "html")
def html_account_page(g, d):
    p = g.person()
    d.add("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>My account</title></head>\n<body>\n",
          f"<nav>Build {g.build()} · v{g.version4()}</nav>\n",
          "<section class=\"profile\">\n  <h2>", P(p.full), "</h2>\n  <dl>\n",
          "    <dt>Email</dt><dd>", E(g.email(p)), "</dd>\n",
          "    <dt>Phone</dt><dd><a href=\"tel:", PH(g.phone()), "\">call</a></dd>\n",
          "    <dt>Date of birth</dt><dd>", DOB(g.fdate(g.dob(), g.choice(["long", "iso"]))), "</dd>\n",
          "    <dt>Shipping address</dt><dd>", ADR(g.address()), "</dd>\n",
          "    <dt>Saved card</dt><dd>", g.masked_card(), "</dd>\n",
          "  </dl>\n</section>\n",
          f"<footer>Order history: {g.order_id()}, {g.order_id()}</footer>\n</body></html>\n")


@tpl("tune", "html")
def html_health_article(g, d):
    dx, med = g.choice(DXMED)
    d.add("<article>\n<h1>Living with ", dx, ": what the research says</h1>\n",
          f"<p class=\"byline\">Health Desk · updated {g.fdate(g.recent(), 'mlong')}</p>\n",
          f"<p>More than {g.randint(5, 40)} million adults live with {dx}. First-line treatment often includes {med}, ",
          f"but lifestyle changes matter too. People with no history of diabetes can still develop insulin resistance.</p>\n",
          "<p>Eponymous conditions such as Parkinson’s disease and Crohn’s disease are named after physicians, not patients.</p>\n",
          f"<p>Ask your pharmacist before combining {g.choice(MEDS)} with {g.choice(MEDS)}.</p>\n",
          "<aside>Screening: most clinics offer free checks around World Health Day.</aside>\n</article>\n")


@tpl("tune", "free_text")
def bio_narrative(g, d):
    p = g.person()
    b = g.dob(1940, 1995)
    city = g.choice(["Enugu", "Porto", "Huế", "Kraków", "Tampere", "Chennai", "Irbid", "Daegu", "Bilbao"])
    d.add(P(p.full), " (born ", DOB(g.fdate(b, g.choice(["long", "mlong"]))), f" in {city}) moved abroad in {b.year + g.randint(18, 30)}. ",
          f"After years at {g.choice(COMPANIES)}, ", g.choice(["she", "he"]), " opened a small café. ",
          "Friends describe ", P(p.first), " as “the heart of the street.”\n\n",
          "Correspondence can be sent to ", ADR(g.address()), ", or by phone on ", PH(g.phone()), ".\n")


@tpl("tune", "free_text")
def sales_memo(g, d):
    d.add(f"Q{g.randint(1, 4)} commercial update\n\n",
          f"The depression in sales that began after {g.choice(HOLIDAYS)} has eased; revenue is up {g.randint(2, 19)}% week on week. ",
          f"Jordan Logistics delivered {g.randint(1000, 9000)} orders (e.g. {g.order_id()}) on time, and Morgan & Reyes Freight handled returns. ",
          f"The {g.choice(PRODUCTS)} line (SKU {g.sku()}) remains our top seller.\n",
          f"Infrastructure: storefront {g.version4()} shipped in build {g.build()}; the old staging host 127.0.0.1 alias was removed.\n",
          f"Risks: a heat wave could cause another dip; the Labor Day promo overlaps the {g.choice(['Lisbon', 'Kraków', 'Austin'])} launch.\n")


@tpl("tune", "free_text")
def drug_catalogue(g, d):
    d.add("FORMULARY EXTRACT — generic oral agents (not patient specific)\n\n")
    for dx, med in g.sample(DXMED, g.randint(5, 7)):
        d.add(f"{med.upper():22s} NDC {g.d(4)}-{g.d(4)}-{g.d(2)}   {g.choice(['5 mg', '10 mg', '20 mg', '500 mg'])} tab   ",
              f"${g.randint(2, 90)}.{g.d(2)}/30   Indication: {dx}\n")
    d.add("\nPrices effective ", g.fdate(g.recent(), "long"), ". Catalogue build ", g.build(), ".\n")


@tpl("tune", "csv")
def csv_card_transactions(g, d):
    d.add("txn_id,timestamp,cardholder,card_number,amount,merchant,client_ip\n")
    for _ in range(g.randint(4, 7)):
        p = g.person(0)
        r = g.random()
        card = CC(g.card()) if r < 0.5 else g.masked_card() if r < 0.8 else g.bad_card()
        ip = IP(g.ip()) if g.random() < 0.7 else "127.0.0.1"
        row(d, [f"tx_{g.hexid(10)}", g.ts() + "Z", P(p.full), card, f"{g.randint(1, 900)}.{g.d(2)}",
                g.choice(["Café Lumière", "Jordan Logistics", "Kowalski Bakeries", "Shell 1123"]), ip])


@tpl("tune", "log")
def log_payment_gateway(g, d):
    for _ in range(g.randint(5, 8)):
        r = g.random()
        if r < 0.35:
            d.add(f"{g.ts()}Z gw[{g.randint(100, 999)}] auth ok pan={g.masked_card().replace(' ', '')} bin={g.d(6)} ",
                  "client_ip=", IP(g.ip()), f" amount={g.randint(1, 500)}.{g.d(2)}\n")
        elif r < 0.55:
            d.add(f"{g.ts()}Z gw[{g.randint(100, 999)}] WARN unmasked PAN in legacy field: card=", CC(g.card("bare")),
                  " client_ip=", IP(g.ip()), "\n")
        elif r < 0.8:
            d.add(f"{g.ts()}Z gw[{g.randint(100, 999)}] health from 127.0.0.1 ok version={g.version4()}\n")
        else:
            d.add(f"{g.ts()}Z gw[{g.randint(100, 999)}] decline code=51 card={g.bad_card('bare')} reason=luhn\n")


@tpl("tune", "ticket")
def ticket_hotel_checkin(g, d):
    p, agent = g.person(), g.person()
    cc, num = g.foreign_passport()
    d.add(f"FrontDesk ticket HTL-{g.d(6)} — Pre-arrival check-in\n",
          f"Property: Hotel Miramar, Room {g.randint(101, 940)}    Arrival: {g.fdate(g.recent(), 'eu')}\n",
          "Guest: ", P(p.full), "\n",
          "Guest e-mail: ", E(g.email(p)), "\n",
          "Nationality: ", g.choice(NATIONALITIES), "\n",
          f"ID: passport ({cc}), passport number ", PP(num), "\n",
          "Date of birth: ", DOB(g.fdate(g.dob(), "eu")), "\n",
          "Card guarantee: ", g.masked_card(), "\n",
          f"Booking ref {g.choice('ABCDEFGHJK')}{g.choice('LMNPQRST')}{g.d(4)}; breakfast included.\n",
          "Handled by ", P(agent.first), " at reception.\n")


@tpl("tune", "free_text")
def meeting_minutes(g, d):
    ppl = [g.person() for _ in range(4)]
    d.add(f"Minutes — platform sync, {g.fdate(g.recent(), 'long')}\n",
          "Attendees: ", P(ppl[0].full), ", ", P(ppl[1].full), ", ", P(ppl[2].full), "; apologies: ", P(ppl[3].full), "\n\n",
          f"1. Release {g.version4()} (build {g.build()}) approved for rollout after {g.choice(HOLIDAYS)}.\n",
          f"2. ", P(ppl[1].first), f" to renegotiate the Jordan Logistics SLA; order backlog {g.randint(100, 900)}.\n",
          f"3. Part {g.part_no()} supply issue — ", P(ppl[2].first), " to follow up.\n",
          "4. AOB: office café closed Friday.\n")


@tpl("tune", "html")
def html_form_submission(g, d):
    p = g.person()
    st, lic = g.dl(g.choice(["CA", "FL", "IL", "WA", "NJ"]))
    d.add("<form id=\"dmv-renewal\" data-build=\"", g.build(), "\">\n",
          "  <label>Applicant</label><input name=\"full_name\" value=\"", P(p.full), "\">\n",
          "  <label>Driver license number</label><input name=\"dl\" value=\"", DL(lic), f"\"> <span>{st}</span>\n",
          "  <label>Date of birth</label><input type=\"date\" name=\"dob\" value=\"", DOB(g.fdate(g.dob(), "iso")), "\">\n",
          "  <label>Mailing address</label><textarea name=\"addr\">", ADR(g.us_address(multiline=True)), "</textarea>\n",
          "  <label>Nationality:</label><select><option>United States</option></select>\n",
          f"  <input type=\"hidden\" name=\"client_version\" value=\"{g.version4()}\">\n</form>\n")



@tpl("tune", "hl7", reps=3)
def hl7_orm_pharmacy(g, d):
    p, doc = g.person(), g.person()
    dx, med = g.choice(DXMED)
    up = lambda s: fold(s).upper()
    ts = g.recent().strftime("%Y%m%d") + f"{g.randint(0, 23):02d}{g.randint(0, 59):02d}"
    d.add(f"MSH|^~\\&|CPOE|UNIVHOSP|PHARM|UNIVHOSP|{ts}||RDE^O11|{g.d(9)}|P|2.5\n",
          "PID|1||", MRN(g.mrn()), "^^^UH^MR||", P(f"{up(p.last)}^{up(p.first)}"), "||", DOB(g.dob().strftime("%Y%m%d")),
          f"|{g.choice('MF')}\n",
          f"ORC|NW|{g.d(8)}|||||||{ts}|||{g.d(7)}^", P(f"{up(doc.last)}^{up(doc.first)}"), "^^^^MD\n",
          "RXE|^1^BID^^^^|", MED(med), f"^{g.choice(['500 MG TAB', '20 MG TAB', '50 MCG TAB'])}|1||TAB|||{g.randint(1, 5)}\n",
          f"DG1|1||{ICD.get(dx, 'R69')}^", DX(dx), "^I10\n",
          f"NTE|1||Formulary build {g.build()}; interface engine {g.version4()}\n")


@tpl("tune", "lab_report", reps=3)
def lab_microbiology(g, d):
    p = g.person()
    org = g.choice(["Escherichia coli", "Klebsiella pneumoniae", "Proteus mirabilis"])
    d.add("MICROBIOLOGY — FINAL REPORT\n",
          "Patient ", P(p.full), " | DOB ", DOB(g.fdate(g.dob(), "iso")), " | MRN ", MRN(g.mrn()), "\n",
          f"Source: urine, clean catch   Collected {g.ts()}   Lab no. {g.d(2)}-{g.d(7)}\n\n",
          f"Culture: >100,000 CFU/mL {org}\n",
          "Susceptibility: nitrofurantoin S, ciprofloxacin R, ceftriaxone S\n",
          "Clinical information: ", DX("urinary tract infection"), "; ", DX("type 2 diabetes mellitus"), ". Blood cultures negative for growth at 5 days.\n",
          "Current antibiotic: ", MED("nitrofurantoin"), "\n",
          "Verified by: ", P(g.person().full), ", MT(ASCP)\n")


@tpl("tune", "discharge_summary", reps=3)
def discharge_pneumonia(g, d):
    p, hosp = g.person(), g.person()
    adm = g.recent()
    d.add("Hospital Medicine — Discharge Summary\n",
          "Patient: ", P(p.full), " (MRN ", MRN(g.mrn()), "), born ", DOB(g.fdate(g.dob(1935, 1970), "long")), "\n",
          f"Admitted {g.fdate(adm, 'iso')}, discharged {g.fdate(adm + dt.timedelta(days=g.randint(3, 8)), 'iso')}.\n\n",
          "Discharge diagnosis: ", DX("community-acquired pneumonia"), ", complicated by ", DX("acute kidney injury"), " (resolved).\n",
          "Background: ", DX("chronic obstructive pulmonary disease"), " on ", MED("tiotropium"), ". Negative for influenza A/B; no evidence of pleural effusion.\n",
          "Antibiotics: ", MED("ceftriaxone"), " + ", MED("azithromycin"), " IV, stepped down to ", MED("amoxicillin-clavulanate"), " PO to complete 7 days.\n",
          "Home address confirmed: ", ADR(g.address(multiline=True)), "\n",
          "Hospitalist: ", P(hosp.full), ", MD\n")

# =====================================================================
# FROZEN half templates (families disjoint from the tune half)
# =====================================================================
@tpl("frozen", "form")
def kyc_crypto_exchange(g, d):
    p = g.person()
    b = g.dob(1960, 2005)
    uspp = g.random() < 0.5
    cc, num = g.foreign_passport()
    nat = {"DE": "Germany", "FR": "France", "ES": "Spain", "IT": "Italy", "UK": "United Kingdom", "NG": "Nigeria",
           "IN": "India", "NL": "Netherlands", "PT": "Portugal", "KR": "Republic of Korea", "VN": "Viet Nam"}[cc]
    d.add("COINHARBOR — Identity verification (Tier 2)\n",
          "Full legal name: ", P(p.full), "\n",
          "Citizenship: ", "United States" if uspp else nat, "\n",
          "Date of Birth (DD/MM/YYYY): ", DOB(g.fdate(b, "eu")), "\n")
    if uspp:
        d.add("U.S. passport no.: ", PP(g.us_passport()), "\n",
              "Secondary ID — driver license (TX): ", DL(g.dl("TX")[1]), "\n",
              "SSN: ", SSN(g.ssn(g.choice(["dash", "bare"]))), "\n")
    else:
        d.add(f"Passport ({cc}) number: ", PP(num), "\n")
    d.add("Address line: ", ADR(g.address()), "\n",
          "Signup IP: ", IP(g.ip(False)), f"    Device: iPhone15,3 / iOS {g.version4()}\n",
          f"Wallet: 0x{g.hexid(40)}\n",
          f"Source of funds: {g.choice(['salary', 'sale of property', 'inheritance'])}\n",
          f"Liveness check: pass ({g.randint(90, 99)}%)    Case ref: KYC-{g.d(8)}\n")


@tpl("frozen", "form")
def patient_intake(g, d):
    p, ec = g.person(), g.person()
    dx, med = g.choice(DXMED)
    st, lic = g.dl(g.choice(["WA", "OH", "PA", "NJ", "CA"]))
    d.add("NEW PATIENT INTAKE — Lakeside Family Medicine\n",
          "Name: ", P(p.full), "\n",
          "Date of birth: ", DOB(g.fdate(g.dob(), g.choice(["us", "mlong"]))), "\n",
          "Home address:\n", ADR(g.us_address(multiline=True)), "\n",
          "Cell: ", PH(g.us_phone()), "    Email: ", E(g.email(p)), "\n",
          "Photo ID: driver license (", st, ") ", DL(lic), "\n",
          "Emergency contact: ", P(ec.full), " (", g.choice(["spouse", "sister", "son", "friend"]), ") ", PH(g.us_phone()), "\n",
          f"Insurance: {g.choice(['Aetna', 'BlueCross', 'Humana'])}   Member ID {g.choice('ABCW')}{g.d(9)}\n",
          "Known conditions: ", DX(dx), "; no history of diabetes\n",
          "Current medications: ", MED(med), f" {g.choice(['10 mg', '50 mg', '100 mcg'])} daily\n",
          "Allergies: NKDA\n",
          "Screening: tobacco — never; alcohol — occasional\n",
          "Signature: ____________   Date: ", g.fdate(g.recent(), "us"), "\n")


@tpl("frozen", "form")
def car_rental_agreement(g, d):
    p = g.person()
    b = g.dob(1955, 2002)
    uk = g.random() < 0.4
    d.add(f"RENTAL AGREEMENT RA-{g.d(9)}    Vehicle: {g.choice(['Ford Ranger XLT', 'VW Golf', 'Kia Niro'])}   Plate {g.choice('ABCDEFG')}{g.d(3)}{g.choice('XYZ')}{g.choice('KLM')}\n",
          "Renter: ", P(p.full), "\n",
          "Renter DOB: ", DOB(g.fdate(b, "eu" if uk else "us")), "\n")
    if uk:
        d.add("Driving licence no.: ", DL(g.uk_licence(p, b)), " (UK)\n",
              "Address: ", ADR(g.eu_address("UK")), "\n", "Mobile: ", PH(g.intl_phone("UK")), "\n")
    else:
        st = g.choice(["FL", "FL", "CA", "IL", "NY"])
        d.add(f"Driver's license ({st}): ", DL(g.dl(st)[1]), "\n",
              "Address: ", ADR(g.us_address()), "\n", "Mobile: ", PH(g.us_phone()), "\n")
    d.add("Card on file: ", CC(g.card()), f"  exp {g.randint(1, 12):02d}/{g.randint(26, 30)}\n",
          f"Pick-up: {g.fdate(g.recent(), 'iso')} 10:00   Return: {g.choice(HOLIDAYS)} (extra day free)\n",
          f"Flight: {g.choice(['UA', 'LH', 'TP', 'KL'])}{g.randint(100, 9999)}    Odometer: {g.randint(1000, 90000)} mi\n")


@tpl("frozen", "ticket")
def ticket_shipping_lost(g, d):
    p, agent = g.person(), g.person()
    d.add(f"Zendesk #{g.d(7)}  [Shipping] Parcel never arrived\n",
          "Requester: ", E(g.email(p)), "\n",
          f"Tags: lost_parcel, carrier_{g.choice(['ups', 'dhl', 'usps'])}\n\n",
          "Customer wrote:\n> Hi, this is ", P(p.full), f". Order {g.order_id()} shows tracking {g.tracking()} as delivered but I never got it.\n",
          "> Please resend to my new address:\n> ", ADR(g.address()), "\n",
          f"> Items: {g.sku()} ×2, {g.sku()} ×1\n\n",
          "Agent ", P(agent.full), f" replied {g.ts()}:\nReshipped under {g.tracking()}; refund not needed. Internal part no. {g.part_no()}.\n")


@tpl("frozen", "ticket")
def ticket_payroll(g, d):
    p, hr = g.person(), g.person()
    cc = g.choice(["DE", "NL", "ES", "FR", "IT", "GB"])
    d.add(f"HR-{g.d(5)} | Payroll | Wrong salary account\n",
          "Opened by: ", P(p.full), f" (employee {g.d(6)})\n",
          f"Opened at: {g.ts()}\n\n",
          "My {0} salary went to the old account. Please update it to ".format(g.choice(["March", "April", "May"])), IB(g.iban(cc)),
          ". For the US payroll file my SSN is ", SSN(g.ssn()), ".\n",
          f"(Old account {g.bad_iban(cc)} is closed.)\n\n",
          "— Reply from ", P(hr.first), " (People Ops): updated; change effective next cycle. Version of payroll export: ", g.version4(), "\n")


@tpl("frozen", "ticket")
def ticket_perf_regression(g, d):
    v1, v2 = g.version4(), g.version4()
    d.add(f"PERF-{g.randint(100, 999)}: p99 latency regression between {v1} and {v2}\n",
          "Severity: S2   Labels: performance, checkout\n\n",
          f"Benchmarks on build {g.build()} vs {g.build()} show +{g.randint(10, 80)}% p99 on /api/cart.\n",
          f"Repro: run load generator against 127.0.0.1:{g.randint(8000, 8999)} (bind 0.0.0.0), 200 rps, payload SKU {g.sku()}.\n",
          f"Flamegraph: {g.hexid(8)}.svg. Suspect commit {g.hexid(12)} (part of sdk_version {g.semver()}).\n",
          f"Timeline: started {g.epoch()} (epoch), worst on {g.choice(HOLIDAYS)} traffic peak.\n",
          "Owner: perf-guild. Not customer-impacting; the “depression” in throughput is ~4%.\n")


@tpl("frozen", "chat")
def chat_telehealth(g, d):
    p, doc = g.person(), g.person()
    dx, med = g.choice(DXMED)
    d.add(f"Telehealth visit — transcript (session {g.hexid(8)})\n",
          "Dr. ", P(doc.last), ": Good morning. Before we start, can you confirm your full name and date of birth?\n",
          P(p.first), ": Sure — ", P(p.full), ", born ", DOB(g.fdate(g.dob(), g.choice(["long", "mlong"]))), ".\n",
          "Dr. ", P(doc.last), ": Thank you. How has the ", DX(dx), " been since we started ", MED(med), "?\n",
          P(p.first), ": Better, but I get headaches in the afternoon.\n",
          "Dr. ", P(doc.last), ": Your throat swab came back negative for strep, and there’s no history of migraine, so let’s monitor. ",
          "I’ll send a prescription for ", MED(g.choice(["ibuprofen", "acetaminophen", "naproxen"])), " to your pharmacy.\n",
          P(p.first), ": Thanks, doctor!\n")


@tpl("frozen", "chat")
def chat_bank_support(g, d):
    p, a = g.person(), g.person()
    d.add("BankChat • ", g.fdate(g.recent(), "long"), "\n",
          P(p.full), ": I lost my debit card, please block it\n",
          "Bot: I can help. Is it the card ", g.masked_card(), "?\n",
          P(p.full), ": yes\n",
          "Bot: Blocked. A human advisor will join to set up the replacement.\n",
          P(a.first), " (Advisor): Hello! I’ll send the new card to your registered address. Can you confirm your IBAN for the fee refund?\n",
          P(p.full), ": ", IB(g.iban()), "\n",
          P(a.first), " (Advisor): Perfect. If we need you, we’ll call ", PH(g.intl_phone()), ".\n")


@tpl("frozen", "chat")
def chat_gaming(g, d):
    tags = g.sample(["xX_Sn1per_Xx", "NoScopeNana", "kebab_lord", "pixel.witch", "LagMonster3000", "toastyboi"], 3)
    v = g.version4()
    d.add(f"#general — Arena Legends Discord (patch {v})\n",
          f"{tags[0]}: anyone else stuck on loading after {v}?\n",
          f"{tags[1]}: ye, join via 127.0.0.1 dev server lol jk\n",
          f"{tags[2]}: build {g.build()} fixed it for me, clear cache\n",
          f"{tags[0]}: ordered the Air Jordan 1 Mid collab skin, order {g.order_id()} still pending 😤\n",
          f"{tags[1]}: Labor Day event drops tomorrow, SKU {g.sku()} bundle\n",
          f"{tags[2]}: gg\n")


@tpl("frozen", "csv")
def csv_crm_contacts(g, d):
    d.add("contact_id,first_name,last_name,email,phone,street,city,postcode,country,created\n")
    for _ in range(g.randint(4, 6)):
        p = g.person(0)
        cc = g.choice(["ES", "FR", "DE", "IT", "PT", "NL", "UK"])
        streets, cities, order = G.EU[cc]
        n = g.randint(1, 200)
        s = g.choice(streets)
        pc, city = g.choice(cities)
        row(d, [f"C-{g.d(6)}", P(p.first), P(p.last), E(g.email(p)), PH(g.intl_phone({"UK": "UK"}.get(cc, cc))),
                ADR(f"{s} {n}" if order == "sn" else f"{n} {s}"), city, pc, cc, g.fdate(g.recent(), "iso")])


@tpl("frozen", "csv")
def csv_claims(g, d):
    d.add("claim_id,mrn,patient,dob,icd10,diagnosis,medication,billed_usd\n")
    for _ in range(g.randint(4, 6)):
        p = g.person(0)
        dx, med = g.choice(DXMED)
        row(d, [f"CLM{g.d(9)}", MRN(g.mrn()), P(p.lf), DOB(g.fdate(g.dob(), "us")),
                g.choice(["E11.9", "I10", "E78.5", "I48.91", "E03.9", "F33.1"]), DX(dx), MED(med), f"{g.randint(80, 5000)}.{g.d(2)}"])


@tpl("frozen", "csv")
def csv_parts_catalog(g, d):
    d.add("part_no,sku,name,firmware,build,supplier,order_id,lead_time_days\n")
    for _ in range(g.randint(5, 8)):
        row(d, [g.part_no(), g.sku(), g.choice(["Bracket, steel", "Gasket 40mm", "Sensor board rev C", "Hinge assembly", "Thermistor 10k"]),
                g.version4(), g.build(), g.choice(COMPANIES), g.order_id(), str(g.randint(3, 60))])


@tpl("frozen", "tsv")
def tsv_lab_export(g, d):
    d.add("accession\tmrn\tpatient_name\tbirth_date\ttest\tresult\tunits\tcollected\n")
    for _ in range(g.randint(4, 6)):
        p = g.person(0)
        test, unit, lo, hi = g.choice([("HbA1c", "%", 5, 11), ("TSH", "mIU/L", 0, 12), ("LDL-C", "mg/dL", 60, 220), ("eGFR", "mL/min", 25, 110)])
        row(d, [f"{g.choice('ABQ')}{g.d(8)}", MRN(g.mrn()), P(p.full), DOB(g.fdate(g.dob(), "iso")), test,
                f"{g.randint(lo, hi)}.{g.d(1)}", unit, g.ts()], sep="\t")


@tpl("frozen", "tsv")
def tsv_shipments(g, d):
    d.add("tracking\tcarrier\torder_id\tsku\tweight_kg\tshipped_at\tdepot\n")
    for _ in range(g.randint(5, 7)):
        row(d, [g.tracking(), g.choice(["UPS", "DHL", "USPS", "Jordan Logistics"]), g.order_id(), g.sku(),
                f"{g.randint(0, 30)}.{g.d(2)}", g.ts() + "Z", g.choice(["RNO-2", "MAD-4", "LEJ-1"])], sep="\t")


@tpl("frozen", "json")
def json_kyc_response(g, d):
    p = g.person()
    st, lic = g.dl()
    obj = {"check_id": g.hexid(20), "status": "clear", "created_at": g.ts() + "Z",
           "applicant": {"first_name": P(p.first), "last_name": P(p.last), "date_of_birth": DOB(g.fdate(g.dob(), "iso")),
                         "nationality": g.choice(["NG", "VN", "IN", "PL", "FI", "KR", "US"])},
           "documents": [{"type": "passport", "issuing_country": "USA", "number": PP(g.us_passport())},
                         {"type": "driving_licence", "issuing_state": st, "number": DL(lic)}],
           "address": {"formatted": ADR(g.us_address())},
           "device": {"ip": IP(g.ip()), "sdk_version": g.version4()},
           "watchlist": {"pep": False, "sanctions": False}}
    jdump(d, obj)


@tpl("frozen", "json")
def json_ehr_export(g, d):
    p, doc = g.person(), g.person()
    pairs = g.sample(DXMED, g.randint(2, 3))
    obj = {"export": {"generated": g.ts() + "Z", "system": "OpenEHR-bridge", "version": g.version4()},
           "patient": {"mrn": MRN(g.mrn()), "name": P(p.full), "dob": DOB(g.fdate(g.dob(), "iso")), "phone": PH(g.phone())},
           "problems": [{"description": DX(dx), "onset": g.fdate(g.recent(), "iso"), "status": "active"} for dx, _ in pairs]
           + [{"description": "no history of diabetes (patient reported)", "status": "note"}],
           "medications": [{"name": MED(m), "dose": g.choice(["5 mg", "20 mg", "500 mg"]), "route": "PO"} for _, m in pairs],
           "pcp": P(doc.full)}
    jdump(d, obj)


@tpl("frozen", "json")
def json_telemetry(g, d):
    obj = {"device_id": g.hexid(16), "firmware": g.version4(), "build": g.build(), "mac": g.mac(),
           "net": {"gateway": "127.0.0.1", "listen": "0.0.0.0", "ipv6": "::1"},
           "readings": [{"t": int(g.epoch()), "temp_c": round(g.uniform(18, 30), 1)} for _ in range(3)],
           "name": f"sensor-{g.randint(1, 99)}", "location": "Hall B, rack 4",
           "notes": "Parkinson’s law applies to disk usage too."}
    jdump(d, obj)


@tpl("frozen", "ndjson")
def ndjson_checkout(g, d):
    p = g.person()
    sess = g.hexid(12)
    evs = [{"event": "view_item", "sku": g.sku(), "ts": g.ts()},
           {"event": "begin_checkout", "session": sess, "ip": IP(g.ip()), "app": g.version4()},
           {"event": "add_shipping_info", "session": sess, "shipping_address": ADR(g.address()), "recipient": P(p.full)},
           {"event": "add_payment_info", "session": sess, "card": g.masked_card(), "email": E(g.email(p))},
           {"event": "purchase", "order_id": g.order_id(), "value": round(g.uniform(10, 400), 2)}]
    if g.random() < 0.75:
        evs.insert(4, {"event": "debug_dump", "session": sess, "raw_pan": CC(g.card("bare"))})
    for ev in evs:
        jdump(d, ev, compact=True)
        d.add("\n")


@tpl("frozen", "ndjson")
def ndjson_metrics(g, d):
    for _ in range(g.randint(5, 7)):
        jdump(d, {"metric": g.choice(["http_requests_total", "queue_depth", "gc_pause_ms"]), "value": g.randint(0, 9999),
                  "host": g.choice(["127.0.0.1", "localhost", "::1"]), "version": g.version4(), "build": g.build(),
                  "ts": int(g.epoch())}, compact=True)
        d.add("\n")


@tpl("frozen", "yaml")
def yaml_employee_onboarding(g, d):
    p, mgr = g.person(), g.person()
    d.add("employee:\n",
          "  name: ", yq(P(p.full)), "\n",
          "  dob: ", yq(DOB(g.fdate(g.dob(1960, 2003), "iso"))), "\n",
          "  ssn: ", yq(SSN(g.ssn())), "\n",
          "  bank:\n    iban: ", yq(IB(g.iban())), "\n",
          "  home_address: |\n    ", ADR(g.us_address(multiline=True).replace("\n", "\n    ")), "\n",
          "  phone: ", yq(PH(g.phone())), "\n",
          "  manager: ", yq(P(mgr.full)), "\n",
          f"  start_date: {g.fdate(g.recent(), 'iso')}\n",
          f"  laptop:\n    asset_tag: IT-{g.d(6)}\n    os_version: {g.version4()}\n")


@tpl("frozen", "yaml")
def yaml_k8s(g, d):
    d.add("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: claims-api\n  labels:\n",
          f"    version: \"{g.version4()}\"\n    build: \"{g.build()}\"\n",
          "spec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: claims-api\n",
          f"          image: ghcr.io/example/claims-api:{g.semver()}\n",
          "          env:\n            - name: BIND_ADDR\n              value: \"0.0.0.0\"\n",
          "            - name: UPSTREAM\n              value: \"http://127.0.0.1:9000\"\n",
          f"            - name: TEST_SSN\n              value: \"{g.masked_ssn()}\"\n",
          "          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n")


@tpl("frozen", "log")
def log_syslog_sshd(g, d):
    host = g.choice(["bastion-1", "db-03", "edge-fra"])
    for _ in range(g.randint(5, 8)):
        ts = f"{g.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May'])} {g.randint(1, 28):2d} {g.randint(0, 23):02d}:{g.randint(0, 59):02d}:{g.randint(0, 59):02d}"
        r = g.random()
        pid = g.randint(1000, 40000)
        if r < 0.4:
            d.add(f"{ts} {host} sshd[{pid}]: Accepted publickey for deploy from ", IP(g.choice([g.ip(), g.ip6()])),
                  f" port {g.randint(30000, 65000)} ssh2: ED25519 SHA256:{g.hexid(20)}\n")
        elif r < 0.7:
            d.add(f"{ts} {host} sshd[{pid}]: Failed password for invalid user {g.choice(['admin', 'oracle', 'test'])} from ",
                  IP(g.ip(False)), f" port {g.randint(30000, 65000)} ssh2\n")
        else:
            d.add(f"{ts} {host} systemd[1]: Started session {g.randint(100, 9999)} of user deploy (127.0.0.1).\n")


@tpl("frozen", "log")
def log_firewall(g, d):
    for _ in range(g.randint(5, 7)):
        if g.random() < 0.7:
            d.add(f"kernel: [{g.randint(1000, 99999)}.{g.d(6)}] DROP IN=eth0 OUT= MAC={g.mac()} SRC=", IP(g.ip(False)),
                  " DST=", IP(g.ip()), f" LEN={g.randint(40, 1500)} PROTO=TCP SPT={g.randint(1024, 65000)} DPT={g.choice([22, 443, 3389])}\n")
        else:
            d.add(f"kernel: [{g.randint(1000, 99999)}.{g.d(6)}] ACCEPT IN=lo SRC=127.0.0.1 DST=127.0.0.1 fw_version={g.version4()}\n")


@tpl("frozen", "hl7")
def hl7_oru_r01(g, d):
    p, doc = g.person(), g.person()
    up = lambda s: fold(s).upper()
    ts = g.recent().strftime("%Y%m%d") + f"{g.randint(0, 23):02d}{g.randint(0, 59):02d}"
    city, st, z = g.choice(US_CITIES)
    d.add(f"MSH|^~\\&|LABSYS|NGREF|EHR|CLINIC|{ts}||ORU^R01|{g.d(10)}|P|2.3\r",
          "PID|1||", MRN(g.mrn()), "^^^NGREF^MR||", P(f"{up(p.last)}^{up(p.first)}"), "||", DOB(g.dob().strftime("%Y%m%d")),
          f"|{g.choice('MF')}|||", ADR(f"{g.us_street().upper()}^^{city.upper()}^{st}^{z}"), "\r",
          f"ORC|RE|{g.d(8)}|||||||{ts}|||{g.d(6)}^", P(f"{up(doc.last)}^{up(doc.first)}"), "\r",
          f"OBR|1|{g.d(8)}||80053^COMPREHENSIVE METABOLIC PANEL^CPT|||{ts}\r",
          f"OBX|1|NM|2345-7^GLUCOSE^LN||{g.randint(70, 260)}|mg/dL|70-99|H|||F\r",
          f"OBX|2|NM|2160-0^CREATININE^LN||{g.randint(6, 25) / 10}|mg/dL|0.6-1.3||||F\r",
          "OBX|3|TX|8251-1^COMMENT^LN||Findings consistent with ", DX("type 2 diabetes mellitus"), "; negative for ketones||||||F\r")


@tpl("frozen", "hl7")
def hl7_adt_a08(g, d):
    p, nk = g.person(), g.person()
    up = lambda s: fold(s).upper()
    dx, med = g.choice(DXMED)
    ts = g.recent().strftime("%Y%m%d%H%M")
    city, st, z = g.choice(US_CITIES)
    d.add(f"MSH|^~\\&|REG|STLUKE|ADT|HUB|{ts}||ADT^A08|{g.d(9)}|P|2.4\n",
          "PID|1||", MRN(g.mrn()), "^^^STL^MR~", SSN(g.ssn("bare")), "^^^SSA^SS||", P(f"{up(p.last)}^{up(p.first)}^{p.mid or 'M'}"), "||",
          DOB(g.dob().strftime("%Y%m%d")), "|F|||", ADR(f"{g.us_street().upper()}^APT {g.randint(1, 40)}^{city.upper()}^{st}^{z}"),
          "||", PH(g.us_phone("dash")), "\n",
          "NK1|1|", P(f"{up(nk.last)}^{up(nk.first)}"), "|PAR|", ADR(f"{g.us_street().upper()}^^{city.upper()}^{st}^{z}"), "|", PH(g.us_phone("dash")), "\n",
          "AL1|1|DA|^PENICILLIN|MO|RASH\n",
          "DG1|1||^", DX(dx), "||", ts, "|W\n")


@tpl("frozen", "fhir_json")
def fhir_bundle(g, d):
    p = g.person()
    dx, med = g.choice(DXMED)
    pid = g.hexid(8)
    obj = {"resourceType": "Bundle", "type": "collection", "timestamp": g.ts() + "Z",
           "entry": [
               {"resource": {"resourceType": "Patient", "id": pid,
                             "identifier": [{"type": {"text": "Medical record number"}, "value": MRN(g.mrn())}],
                             "name": [{"family": P(p.last), "given": [P(p.first)]}],
                             "birthDate": DOB(g.fdate(g.dob(), "iso")),
                             "address": [{"line": [ADR(g.us_street())], "city": g.choice(US_CITIES)[0], "country": "US"}]}},
               {"resource": {"resourceType": "Condition", "subject": {"reference": f"Patient/{pid}"},
                             "code": {"text": DX(dx)}, "clinicalStatus": {"text": "active"}}},
               {"resource": {"resourceType": "MedicationStatement", "subject": {"reference": f"Patient/{pid}"},
                             "medicationCodeableConcept": {"text": MED(med)}, "status": "active"}},
               {"resource": {"resourceType": "Condition", "subject": {"reference": f"Patient/{pid}"},
                             "code": {"text": "Diabetes mellitus"}, "verificationStatus": {"text": "refuted"}}}]}
    jdump(d, obj)


@tpl("frozen", "clinical_note")
def ed_note(g, d):
    p, doc = g.person(), g.person()
    d.add("EMERGENCY DEPARTMENT NOTE\n",
          "Pt: ", P(p.full), " | MRN ", MRN(g.mrn()), " | DOB ", DOB(g.fdate(g.dob(), "iso")), "\n",
          f"Arrival: {g.ts()} by EMS    Triage ESI 3\n\n",
          f"CC: right flank pain x{g.randint(1, 4)} days, fever {g.randint(38, 39)}.{g.d(1)} C.\n",
          "HPI: Hx of ", DX("nephrolithiasis"), ". Denies hematuria. Negative for COVID-19 by PCR. No history of diabetes.\n",
          "Labs: WBC ", str(g.randint(12, 19)), ", UA nitrite +.\n",
          "Impression: ", DX("acute pyelonephritis"), ".\n",
          "Plan: ", MED("ceftriaxone"), " 1 g IV now, then ", MED("cefalexin"), " PO; return precautions reviewed.\n",
          "Patient’s contact: ", PH(g.us_phone()), "\n",
          "— ", P(doc.full), ", DO\n")


@tpl("frozen", "clinical_note")
def peds_well_visit(g, d):
    child, parent, doc = g.person(0), g.person(), g.person()
    b = g.dob(2015, 2022)
    d.add("WELL-CHILD VISIT\n",
          "Patient: ", P(child.first + " " + parent.last), "    DOB: ", DOB(g.fdate(b, "us")), "    MRN: ", MRN(g.mrn()), "\n",
          "Accompanied by: ", P(parent.full), " (", g.choice(["mother", "father", "grandmother"]), ")\n\n",
          "Growth tracking along the 60th percentile. Immunizations up to date. Lead screening negative. ",
          "Known ", DX("asthma"), ", well controlled on ", MED("salbutamol"), " inhaler as needed; no history of eczema.\n",
          "Parent reports “a bit of a slump” at school after Thanksgiving — not clinically significant.\n",
          "Next visit in 12 months. ", P(doc.full), ", MD (Pediatrics)\n")


@tpl("frozen", "discharge_summary")
def discharge_ortho(g, d):
    p, sur = g.person(), g.person()
    adm = g.recent()
    d.add("Orthopaedic Surgery — Discharge Summary\n\n",
          "PATIENT: ", P(p.full.upper()), "\nMEDICAL RECORD NO.: ", MRN(g.mrn()), "\nBIRTH DATE: ", DOB(g.fdate(g.dob(1940, 1980), "short")), "\n",
          f"ADMITTED: {g.fdate(adm, 'short')}   DISCHARGED: {g.fdate(adm + dt.timedelta(days=g.randint(2, 6)), 'short')}\n",
          "SURGEON: ", P(sur.full), "\n\n",
          "DIAGNOSIS: ", DX("osteoarthritis of the right knee"), "\n",
          "PROCEDURE: right total knee arthroplasty\n",
          "COMORBIDITIES: ", DX("obstructive sleep apnea"), ", ", DX("gout"), "\n",
          "COURSE: Uncomplicated. DVT prophylaxis with ", MED("enoxaparin"), ". No evidence of surgical site infection.\n",
          "DISCHARGE MEDS: ", MED("oxycodone"), " 5 mg q6h PRN; ", MED("allopurinol"), " 100 mg daily; ", MED("enoxaparin"), " 40 mg SC daily x14d\n",
          "DISPOSITION: home with PT. Address on file: ", ADR(g.us_address()), "\n")


@tpl("frozen", "lab_report")
def lab_metabolic(g, d):
    p = g.person()
    d.add("Laboratoire / Laboratory Report — Clinique Saint-Éloi\n",
          "Nom / Name: ", P(p.full), "\n",
          "Né(e) le / Born: ", DOB(g.fdate(g.dob(), "eu")), "\n",
          "N° dossier / MRN: ", MRN(g.mrn()), "\n",
          f"Prélèvement / Collected: {g.fdate(g.recent(), 'eu')} 07:45    Demande n° {g.d(9)}\n\n",
          f"Glycémie à jeun      {g.randint(5, 12)}.{g.d(1)} mmol/L   (3.9–5.5)\n",
          f"HbA1c                {g.randint(6, 10)}.{g.d(1)} %        (<6.0)\n",
          f"Créatinine           {g.randint(55, 140)} µmol/L    (45–90)\n",
          f"TSH                  {g.randint(0, 6)}.{g.d(2)} mUI/L\n\n",
          "Conclusion: compatible with known ", DX("type 2 diabetes mellitus"), "; thyroid function normal, negative for hypothyroidism.\n",
          "Biologiste: ", P(g.person().full), "\n")


@tpl("frozen", "lab_report")
def pathology_report(g, d):
    p, path = g.person(), g.person()
    d.add("SURGICAL PATHOLOGY REPORT\n",
          "Patient name: ", P(p.lf), "    MRN: ", MRN(g.mrn()), "    DOB: ", DOB(g.fdate(g.dob(1940, 1985), "us")), "\n",
          f"Case: S{g.randint(23, 25)}-{g.d(5)}    Received: {g.fdate(g.recent(), 'us')}\n\n",
          "SPECIMEN: A) Left breast, lumpectomy  B) Sentinel lymph nodes (2)\n\n",
          "FINAL DIAGNOSIS:\n A) ", DX("invasive ductal carcinoma, grade 2"), ", 1.4 cm; margins negative.\n",
          " B) Two lymph nodes negative for malignancy (0/2).\n\n",
          "Receptor status: ER positive, PR positive, HER2 negative.\n",
          "Electronically signed: ", P(path.full), ", MD, Pathologist\n")


@tpl("frozen", "email")
def email_travel_booking(g, d):
    p = g.person()
    us = g.random() < 0.5
    d.add("From: ", E("bookings@skyways.example"), "\n", "To: ", E(g.email(p)), "\n",
          f"Subject: Your e-ticket — booking {g.choice('QWERTYUP')}{g.choice('ASDFGHJK')}{g.d(1)}{g.choice('ZXCVBNM')}{g.d(2)}\n\n",
          "Dear ", P(p.full), ",\n\n",
          f"Thank you for flying with us. Flight {g.choice(['SK', 'TP', 'LH', 'VN'])}{g.randint(100, 999)} on {g.fdate(g.recent(), 'long')}.\n\n",
          "Advance Passenger Information we hold:\n",
          "  Passenger: ", P(p.full), "\n",
          "  Date of birth: ", DOB(g.fdate(g.dob(), "long")), "\n")
    if us:
        d.add("  Passport: USA, passport number ", PP(g.us_passport()), "\n")
    else:
        cc, num = g.foreign_passport()
        d.add(f"  Passport: {cc}, passport number ", PP(num), "\n")
    d.add("  Contact phone: ", PH(g.phone()), "\n\n",
          f"Seat {g.randint(1, 40)}{g.choice('ABCDEF')} · e-ticket {g.d(3)}-{g.d(10)} · paid with {g.masked_card()}\n",
          "Bon voyage! — Skyways Customer Care\n")


@tpl("frozen", "email")
def email_referral(g, d):
    p, gp, spec = g.person(), g.person(), g.person()
    dx, med = g.choice(DXMED)
    d.add("From: ", P(gp.full), " <", E(g.email(gp, "lakesidefm.example.org")), ">\n",
          "To: ", E(f"referrals@{g.choice(['rheum', 'cardio', 'gastro'])}.example.org"), "\n",
          "Subject: Referral — ", P(p.full), "\n\n",
          "Dear Dr. ", P(spec.last), ",\n\n",
          "I would be grateful if you could see ", P(p.full), " (DOB ", DOB(g.fdate(g.dob(), "us")), ", MRN ", MRN(g.mrn()), "), ",
          "who has poorly controlled ", DX(dx), " despite ", MED(med), ". Negative for HIV and hepatitis B on recent screening. ",
          "The patient can be reached on ", PH(g.us_phone()), ".\n\n",
          "With thanks,\n", P(gp.full), ", MD\n", ADR(g.us_address(multiline=True)), "\n")


@tpl("frozen", "email")
def email_release_notes(g, d):
    v = g.version4()
    d.add(f"Subject: [release] {v} is live\n", "To: all-engineering list\n\n",
          f"Release {v} (build {g.build()}) shipped on {g.fdate(g.recent(), 'long')}.\n\n",
          f"Highlights:\n- Jordan Logistics carrier integration now supports tracking numbers like {g.tracking()}.\n",
          f"- Masked card display ({g.masked_card()}) everywhere.\n",
          f"- sdk_version bumped to {g.version4()}; minimum OS {g.semver()}.\n",
          f"- Fixed crash when binding to 0.0.0.0 / ::1.\n",
          "Code freeze for Labor Day starts Friday. Repo: git@github.com:example/app.git\n",
          "Questions? ping the release channel or write to release [at] example [dot] com.\n")


@tpl("frozen", "html")
def html_order_confirmation(g, d):
    p = g.person()
    d.add("<html><body style=\"font-family:Arial\">\n",
          "<h1>Thanks for your order, ", P(p.first), "!</h1>\n",
          f"<p>Order <b>{g.order_id()}</b> · placed {g.fdate(g.recent(), 'mlong')}</p>\n",
          "<table>\n",
          f"<tr><td>{g.choice(PRODUCTS)}</td><td>{g.sku()}</td><td>${g.randint(20, 400)}.00</td></tr>\n",
          f"<tr><td>Gift wrap</td><td>{g.sku()}</td><td>$4.00</td></tr>\n</table>\n",
          "<h3>Shipping to</h3>\n<p>", P(p.full), "<br>\n", ADR(g.us_address(multiline=True).replace("\n", "<br>\n")), "</p>\n",
          f"<p>Paid with {g.masked_card()} · Tracking {g.tracking()} (Jordan Logistics)</p>\n",
          "<p>Questions? Call ", PH(g.us_phone()), ".</p>\n</body></html>\n")


@tpl("frozen", "html")
def html_pharma_catalogue(g, d):
    d.add("<table class=\"catalogue\">\n<thead><tr><th>Product</th><th>Strength</th><th>Indication</th><th>NDC</th></tr></thead>\n<tbody>\n")
    for dx, med in g.sample(DXMED, g.randint(5, 8)):
        d.add(f"<tr><td>{med}</td><td>{g.choice(['5 mg', '10 mg', '100 mg'])}</td><td>{dx}</td><td>{g.d(5)}-{g.d(3)}-{g.d(2)}</td></tr>\n")
    d.add(f"</tbody></table>\n<p>Catalogue version {g.version4()} — wholesale only, not for individual patients.</p>\n")


@tpl("frozen", "free_text")
def community_news(g, d):
    p = g.person()
    d.add(f"COMMUNITY NEWS — {g.fdate(g.recent(), 'mlong')}\n\n",
          "Local baker ", P(p.full), ", born ", DOB(g.fdate(g.dob(1945, 1975), g.choice(["long", "mlong"]))), ", celebrates ",
          f"{g.randint(20, 45)} years behind the counter of Kowalski Bakeries this {g.choice(HOLIDAYS)}. ",
          "“I never planned it,” ", P(p.first), " says. ",
          "Orders for the anniversary cake can be placed at ", ADR(g.address()), " or by calling ", PH(g.phone()), ".\n")


@tpl("frozen", "free_text")
def market_commentary(g, d):
    d.add("Weekly market note\n\n",
          f"Analysts compared the slide to the Great Depression, but the depression in sales was brief. Retailers such as Harper & Lowe Insurance ",
          f"and Jordan Logistics reported steady volumes through {g.choice(HOLIDAYS)}. ",
          f"Parkinson’s law — work expands to fill the time available — explains the backlog of {g.randint(100, 999)} orders like {g.order_id()}. ",
          f"Version {g.version4()} of the index methodology takes effect next month; the 10-year yield sat at {g.randint(3, 5)}.{g.d(2)}%.\n",
          f"Disclaimer: product names such as {g.choice(PRODUCTS)} are trademarks of their owners.\n")


@tpl("frozen", "free_text")
def health_faq(g, d):
    dx, med = g.choice(DXMED)
    d.add(f"FAQ: {dx.capitalize()}\n\n",
          f"Q: Who gets {dx}?\nA: Anyone can; risk rises with age. A person with no history of diabetes may still be screened.\n",
          f"Q: How is it treated?\nA: Common options include {med} and {g.choice(MEDS)}, alongside diet and exercise.\n",
          "Q: Is it contagious?\nA: No. Tests that are negative for HIV or hepatitis do not rule it out.\n",
          f"Source: patient leaflet v{g.version4()}, reviewed {g.fdate(g.recent(), 'long')}.\n")


@tpl("frozen", "ticket")
def ticket_it_access(g, d):
    p, it = g.person(), g.person()
    d.add(f"ServiceNow INC{g.d(7)}  VPN access denied\n",
          "Caller: ", P(p.full), "    Email: ", E(g.email(p, "corp.example.com")), "\n",
          "Phone: ", PH(g.phone()), "\n",
          "Description: VPN client ", g.version4(), " rejects my login from ", IP(g.ip()), " since this morning. ",
          "Laptop asset IT-", g.d(6), ", MAC ", g.mac(), ".\n",
          "Work notes (", P(it.first), "): local proxy at 127.0.0.1 misconfigured; reset profile. Resolved.\n")


@tpl("frozen", "json")
def json_passport_application(g, d):
    p = g.person()
    obj = {"form": "DS-82", "submitted": g.ts() + "Z",
           "applicant": {"name": P(p.full), "birth_date": DOB(g.fdate(g.dob(), "us")), "ssn": SSN(g.ssn()),
                         "mailing_address": ADR(g.us_address()), "email": E(g.email(p)), "phone": PH(g.us_phone())},
           "most_recent_passport": {"number": PP(g.us_passport()), "issue_date": g.fdate(g.recent(), "us")},
           "fee": {"amount": 130, "card_number": CC(g.card(g.choice(["bare", "space"]))), "card_last4_display": g.d(4)}, "client": {"version": g.version4()}}
    jdump(d, obj)


@tpl("frozen", "discharge_summary")
def discharge_psych_short(g, d):
    p, doc = g.person(), g.person()
    d.add("Brief Discharge Note (Inpatient Psychiatry)\n",
          "Name: ", P(p.full), "; record number ", MRN(g.mrn()), "; date of birth ", DOB(g.fdate(g.dob(1960, 2000), "long")), ".\n",
          "Admitted for ", DX("bipolar I disorder, current episode manic"), ". Stabilised on ", MED("lithium carbonate"),
          " and ", MED("quetiapine"), ". Denies suicidal ideation at discharge. Urine drug screen negative.\n",
          "Follow-up with ", P(doc.full), "; crisis line given. Next of kin phone: ", PH(g.phone()), ".\n")


# =====================================================================
# render, validate, write
# =====================================================================
def render():
    halves = {"tune": [], "frozen": []}
    for half, name, fmt, reps, fn in TEMPLATES:
        for i in range(reps):
            g = G(f"{SEED}:{half}:{name}:{i}")
            d = Doc()
            fn(g, d)
            text = d.text()
            ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
            halves[half].append({"id": f"{half[0]}_{name}-{i + 1}", "text": text, "entities": ents,
                                 "classification": classify(ents), "format": fmt, "_template": name})
    return halves


def validate(docs, half):
    ids = set()
    for doc in docs:
        assert doc["id"] not in ids, doc["id"]
        ids.add(doc["id"])
        assert doc["format"] in FORMATS, doc["format"]
        t = doc["text"]
        prev_end = -1
        for e in doc["entities"]:
            assert e["type"] in TYPES, e
            s = t[e["start"]:e["end"]]
            assert 0 <= e["start"] < e["end"] <= len(t), (doc["id"], e)
            assert s and s == s.strip(), (doc["id"], e, repr(s))
            assert e["start"] >= prev_end, ("overlap", doc["id"], e)
            prev_end = e["end"]
            if e["type"] == "CREDIT_CARD":
                assert G.luhn_ok("".join(c for c in s if c.isdigit())), (doc["id"], s)
            if e["type"] == "IBAN":
                c = s.replace(" ", "")
                assert G._mod97(c[4:] + c[:4]) == 1, (doc["id"], s)
            if e["type"] == "US_SSN":
                dg = "".join(c for c in s if c.isdigit())
                assert len(dg) == 9 and dg[:3] not in ("000", "666") and dg[0] != "9" and dg[3:5] != "00" and dg[5:] != "0000", s
        assert doc["classification"] == classify(doc["entities"])
        # structural checks
        if doc["format"] in ("json", "fhir_json"):
            json.loads(t)
        if doc["format"] == "ndjson":
            for line in t.strip().split("\n"):
                json.loads(line)
        if doc["format"] in ("csv", "tsv"):
            rows = list(csv.reader(io.StringIO(t), delimiter="," if doc["format"] == "csv" else "\t"))
            assert len({len(r) for r in rows}) == 1, (doc["id"], [len(r) for r in rows])
    # template families must not cross halves
    return ids


def main():
    halves = render()
    tmpl = {h: {d["_template"] for d in docs} for h, docs in halves.items()}
    assert not (tmpl["tune"] & tmpl["frozen"])
    for half, docs in halves.items():
        validate(docs, half)
        with open(os.path.join(HERE, f"{half}.jsonl"), "w", encoding="utf-8") as f:
            for doc in docs:
                out = {k: doc[k] for k in ("id", "text", "entities", "classification", "format")}
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
        tc = Counter(e["type"] for d in docs for e in d["entities"])
        fc = Counter(d["format"] for d in docs)
        cc = Counter(d["classification"] for d in docs)
        neg = sum(1 for d in docs if not d["entities"])
        nonascii = sum(1 for d in docs if any(ord(c) > 127 for c in d["text"]))
        print(f"== {half}.jsonl: {len(docs)} documents, {len(tmpl[half])} templates, "
              f"{sum(tc.values())} entities, {neg} entity-free, {nonascii} with non-ASCII")
        print("  types:   ", ", ".join(f"{k}={tc[k]}" for k in TYPES))
        print("  formats: ", ", ".join(f"{k}={v}" for k, v in sorted(fc.items())))
        print("  classes: ", dict(sorted(cc.items())))


if __name__ == "__main__":
    main()
