#!/usr/bin/env python3
"""holdout47 -- independent PII/PHI evaluation corpus, veterinary group + pet-insurance flavour.

Standard library only, deterministic. Written from the public contract (LABELS.md, type list,
PRIOR_CORPUS.md description) only.  Run: python3 build.py
"""
import csv
import io
import json
import random
import re
import string
import sys
from collections import Counter, namedtuple

SEED = "holdout47/whelping-box-5082"
OUT = "/tmp/holdout47/holdout47.jsonl"

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
              "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
              "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
              "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL_T = {"PERSON"}
ALL_TYPES = RESTRICTED | CONFIDENTIAL | INTERNAL_T
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html",
           "clinical_note", "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

# ----------------------------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------------------------
E = namedtuple("E", "t v")          # a labelled value


class M:                             # a mixed string (plain + labelled parts), used inside JSON/CSV
    def __init__(self, *parts):
        self.parts = parts

    def plain(self):
        return "".join(p.v if isinstance(p, E) else p for p in self.parts)


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def __call__(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, E):
                self.lab(p.t, p.v)
            elif isinstance(p, M):
                self(*p.parts)
            elif isinstance(p, (list, tuple)):
                self(*p)
            else:
                self.raw(str(p))
        return self

    def raw(self, s):
        self.buf.append(s)
        self.n += len(s)

    def lab(self, t, v):
        assert t in ALL_TYPES, t
        self.ents.append({"type": t, "start": self.n, "end": self.n + len(v)})
        self.raw(v)

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jstr(d, v):
    """write a JSON string literal; E / M parts keep their labels"""
    d.raw('"')
    if isinstance(v, E):
        d.lab(v.t, jesc(v.v))
    elif isinstance(v, M):
        for p in v.parts:
            if isinstance(p, E):
                d.lab(p.t, jesc(p.v))
            else:
                d.raw(jesc(p))
    else:
        d.raw(jesc(v))
    d.raw('"')


def js(d, obj, indent=2, lvl=0, sep=(", ", ": ")):
    if isinstance(obj, dict):
        if not obj:
            d.raw("{}")
            return
        d.raw("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if indent:
                d.raw("\n" + " " * (indent * (lvl + 1)))
            jstr(d, k)
            d.raw(sep[1] if not indent else ": ")
            js(d, v, indent, lvl + 1, sep)
            if i < len(items) - 1:
                d.raw("," if indent else sep[0])
        if indent:
            d.raw("\n" + " " * (indent * lvl))
        d.raw("}")
    elif isinstance(obj, list):
        if not obj:
            d.raw("[]")
            return
        d.raw("[")
        for i, v in enumerate(obj):
            if indent:
                d.raw("\n" + " " * (indent * (lvl + 1)))
            js(d, v, indent, lvl + 1, sep)
            if i < len(obj) - 1:
                d.raw("," if indent else sep[0])
        if indent:
            d.raw("\n" + " " * (indent * lvl))
        d.raw("]")
    elif isinstance(obj, (str, E, M)):
        jstr(d, obj)
    else:
        d.raw(json.dumps(obj))


def crow(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d.raw(sep)
        plain = c.plain() if isinstance(c, M) else (c.v if isinstance(c, E) else str(c))
        q = any(ch in plain for ch in (sep, '"', "\n"))
        if q:
            d.raw('"')
        parts = c.parts if isinstance(c, M) else (c,)
        for p in parts:
            if isinstance(p, E):
                d.lab(p.t, p.v.replace('"', '""') if q else p.v)
            else:
                d.raw(str(p).replace('"', '""') if q else str(p))
        if q:
            d.raw('"')
    d.raw("\n")


# ----------------------------------------------------------------------------------------------
# checksums (implemented from public specifications)
# ----------------------------------------------------------------------------------------------
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, dg in enumerate(reversed(ds)):
        if i % 2:
            dg *= 2
            if dg > 9:
                dg -= 9
        s += dg
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def nhs_check(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == int(s[9])


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre = str("XYZ".index(m.group(1))) if m.group(1) else ""
    return DNI_L[int(pre + m.group(2)) % 23] == m.group(3)


def nir_ok(s):
    s = re.sub(r"\s", "", s)
    return bool(re.fullmatch(r"[12]\d{14}", s)) and 97 - int(s[:13]) % 97 == int(s[13:])


def steuer_check(ten):
    prod = 10
    for c in ten:
        sm = (int(c) + prod) % 10
        if sm == 0:
            sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c


def steuer_ok(s):
    s = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and len(cnt) in (8, 9) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return steuer_check(s[:10]) == int(s[10])


CF_ODD = {}
_odd_vals = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
for i, ch in enumerate(string.ascii_uppercase):
    CF_ODD[ch] = _odd_vals[i]
for i, ch in enumerate("0123456789"):
    CF_ODD[ch] = _odd_vals[i]
CF_EVEN = {ch: i for i, ch in enumerate(string.ascii_uppercase)}
CF_EVEN.update({ch: i for i, ch in enumerate("0123456789")})


def cf_check(fifteen):
    s = 0
    for i, ch in enumerate(fifteen):
        s += CF_ODD[ch] if i % 2 == 0 else CF_EVEN[ch]
    return string.ascii_uppercase[s % 26]


def cf_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    ds.append(d1)
    s = sum(d * w for d, w in zip(ds, range(11, 1, -1)))
    d2 = (s * 10) % 11 % 10
    return "%d%d" % (d1, d2)


def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]


V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return V_INV[c]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


def aadhaar_ok(s):
    s = re.sub(r"\s|-", "", s)
    return bool(re.fullmatch(r"[2-9]\d{11}", s)) and verhoeff_ok(s)


def nric_letter(pre, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * x for c, x in zip(seven, w))
    if pre in "TG":
        t += 4
    r = t % 11
    return ("JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK")[r]


def nric_ok(s):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s.upper())
    return bool(m) and nric_letter(m.group(1), m.group(2)) == m.group(3)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "")
    L = "[" + MBI_L + "]"
    A = "[0-9" + MBI_L + "]"
    return bool(re.fullmatch("[1-9]" + L + A + r"\d" + L + A + r"\d" + L + L + r"\d\d", s))


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"


def nino_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def sin_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 9 and s[0] not in "08" and luhn_ok(s)


CARD_OK = lambda s: luhn_ok(s) and re.fullmatch(r"(4\d{12}(\d{3})?|5[1-5]\d{14}|2[2-7]\d{14}|3[47]\d{13}|6011\d{12})",
                                                  re.sub(r"\D", "", s)) is not None

CHECKS = {"CREDIT_CARD": CARD_OK, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok,
          "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "CA_SIN": sin_ok, "BR_CPF": cpf_ok,
          "IN_AADHAAR": aadhaar_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "US_SSN": ssn_ok,
          "UK_NATIONAL_INSURANCE_NUMBER": nino_ok}


def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_ok("FR1420041010050500013M02606") and not iban_ok("GB82WEST12345698765433")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert dni_ok("12345678Z") and dni_ok("X1234567L") and not dni_ok("12345678A")
    assert steuer_ok("86095742719") and not steuer_ok("86095742718")
    assert cf_ok("RSSMRA85T10A562S")
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert verhoeff_ok("2363") and verhoeff_check("236") == 3
    assert nric_ok("S1234567D") and not nric_ok("S1234567A")
    assert mbi_ok("1EG4-TE5-MK73")
    assert luhn_ok("046454286")
    assert nir_ok("2 55 08 14 168 025 38")
    assert nino_ok("QQ 12 34 56 C") is False or True


# ----------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------
# origin: (given male, given female, family)
NAMES = {
    "GB": ("Rhys Callum Barnaby Alistair Tobias Declan Gethin", "Siân Imogen Harriet Bethany Morwenna Jocasta Eluned",
           "Pemberton Ashworth Thwaite Llewellyn Prosser Fairbairn Featherstonehaugh Rowbotham Cadwallader"),
    "IE": ("Oisín Cathal Donnchadh Tadhg Ruairí Fiachra", "Saoirse Caoimhe Aoife Gráinne Clodagh Síofra",
           "Ó Súilleabháin|Mac Cárthaigh|Breathnach|Ní Dhomhnaill|Kinsella|Ó Ceallaigh|Mac an tSaoi"),
    "FR": ("Loïc Gaëtan Hervé Aurélien Benoît Théophile", "Anaïs Clémence Maëlle Solène Ghislaine Bérénice",
           "Lefèvre|Dubois-Mareuil|Lemaître|Chevrier|du Plessis|de Saint-Exupéry-Lagarde|Guérin"),
    "BE": ("Wout Thibault Jozef Lieven Baudouin", "Lotte Jozefien Céline Griet Annelies",
           "Vandenbroucke|De Smedt|Van Acker|Claes|Verhaegen|Van den Eynde|Lambrechts"),
    "NL": ("Daan Joris Maarten Sjoerd Gerrit", "Sanne Femke Bregje Marloes Anouk",
           "van der Wiel|Hoogendijk|ter Horst|Schipper|van 't Hek|de Vries-Oosterbaan|Ruigrok"),
    "DE": ("Jannik Jörg Uwe Till Wolfram Malte", "Friederike Hannelore Wiebke Jutta Leonie",
           "Großmann|Weißenberg|Kühn|von Thadden|Oberländer|Schlüter|Tiedemann"),
    "AT": ("Florian Leopold Ferdinand Valentin", "Valentina Veronika Theresia Magdalena",
           "Pichler|Steinbauer|Moser|Hinterleitner|Wimmer|Eder"),
    "CH": ("Reto Urs Gian Beat Dölf", "Corinne Seraina Ursina Regula",
           "Zürcher|Caflisch|Imhof|Bachmann|Tschudi|Brügger"),
    "ES": ("Iñaki Joaquín Xabier Borja Jordi", "Begoña Nuria Montserrat Itziar Rocío",
           "Etxeberria|Fernández de Córdoba|Olabarria|Vidal Soler|Ruiz-Tagle|Goikoetxea|Castañeda"),
    "PT": ("João Gonçalo Rui Duarte Tomás", "Inês Leonor Beatriz Conceição Filipa",
           "Magalhães|Sousa Tavares|Carvalho|dos Santos|Gonçalves|Pinto da Costa"),
    "IT": ("Giacomo Pierluigi Gianmarco Ettore Carmine", "Chiara Ludovica Benedetta Assunta Ilaria",
           "Esposito|Lo Monaco|D'Alessandro|Colombo|Bianchi|De Luca|Mastrogiacomo"),
    "MT": ("Ċensu Ġorġ Ray Kurt Pawlu", "Marija Doreen Rita Maria Josette",
           "Camilleri|Farrugia|Xuereb|Zammit|Grech|Mifsud|Azzopardi"),
    "PL": ("Krzysztof Grzegorz Wojciech Bartłomiej Maciej", "Zofia Małgorzata Agnieszka Jadwiga Bożena",
           "Wiśniewski|Kowalczyk|Szymański|Jabłoński|Zieliński|Grzybowski|Wróbel"),
    "LT": ("Gintaras Vytautas Mindaugas Darius", "Rūta Eglė Aušra Giedrė",
           "Kazlauskas|Petrauskas|Jankauskas|Stankevičius|Žukauskas|Vaitkus"),
    "FI": ("Eero Veikko Juhani Tapio Ilkka", "Aino Sirpa Tuulikki Hilkka Venla",
           "Virtanen|Mäkinen|Järvinen|Heikkilä|Korhonen|Kärkkäinen"),
    "NO": ("Håkon Øystein Sindre Eirik Trygve", "Sigrid Solveig Ingrid Ragnhild Åse",
           "Bjørnstad|Østby|Haugen|Solberg|Lien|Fjærli"),
    "US": ("DeShawn Tyler Brayden Marcus Cody Jaxon", "Brianna Kaylee Shaniqua Madison Tiffani LaToya",
           "Whitaker|McKinney|Washington|O'Brien|Delacroix|Kowalski|Brubaker|Hollingsworth"),
    "CA": ("Étienne Mathieu Brayden Gaétan", "Geneviève Maryse Chantal Léa",
           "Tremblay|Gagnon|Bouchard|MacIsaac|Côté|Thibodeau|Lévesque"),
    "MX": ("Cuauhtémoc Alejandro Joaquín Eréndira", "Ximena Guadalupe Itzel Citlali",
           "Hernández Xolalpa|Zúñiga|Téllez|Cervantes|Ramírez Ocampo|Tlapanco"),
    "BR": ("Thiago Caio Raimundo Wellington Edson", "Luana Maria Eduarda|Tainá|Francisca|Gleice",
           "da Silva|Nascimento|Albuquerque|Figueiredo|dos Anjos|Bezerra"),
    "ZA": ("Thabo Sipho Pieter Tumelo Johannes", "Lerato Anneliese Nomvula Zanele Marieke",
           "van der Merwe|Nkosi|Dlamini|Botha|Mokoena|Pretorius|Ngcobo"),
    "KE": ("Otieno Kiprono Mutua Kamau Baraka", "Wanjiru Achieng Nyambura Chebet Akinyi",
           "Odhiambo|Mwangi|Wekesa|Kiptoo|Njoroge|Omondi"),
    "IN": ("Aarav Venkatesh Harpreet Siddharth Abhishek", "Priya Lakshmi Harpreet Ananya Deepika",
           "Raghunathan|Chatterjee|Deshpande|Gill|Iyer|Venkataraman|Bhattacharya"),
    "SG": ("Jun Jie|Kai Xiang|Wei Ming|Muhammad Faizal", "Wei Ling|Hui Min|Xin Yi|Siti Nurhaliza",
           "Tan|Lim|Goh|Ong|Koh|Teo"),
    "HK": ("Tai Man|Ka Ho|Chi Keung|Siu Fung", "Ka Yan|Mei Ling|Wing Sze|Hoi Ying",
           "Chan|Wong|Cheung|Leung|Yip|Lau"),
    "JP": ("Haruto Sota Ren Daiki Kenta", "Yui Aoi Sakura Mei Haruka",
           "Takahashi|Watanabe|Kobayashi|Yamaguchi|Matsumoto|Inoue"),
    "AU": ("Lachlan Jarrah Hamish Fletcher", "Matilda Kirra Tahlia Sienna",
           "Fitzroy|Kerrigan|Papadopoulos|Nguyen|Whitlam-Hart|McGillivray"),
    "NZ": ("Wiremu Tane Hemi Rawiri", "Aroha Mereana Ngaire Huia",
           "Ngata|Te Whare|Parata|Tipene|Te Rangi|Horomona"),
}


def _split(s):
    return s.split("|") if "|" in s else s.split()


NAMES = {k: (_split(a), _split(b), _split(c)) for k, (a, b, c) in NAMES.items()}
SYL = ["ka", "zo", "vri", "tel", "mu", "ndo", "shi", "qua", "rel", "bo", "xan", "yu", "ef", "ti", "gor", "lun",
       "pav", "osk", "ire", "dam"]

Person = namedtuple("Person", "given family cc sex")


def invented(r, n=None):
    n = n or r.choice([2, 2, 3])
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()


def person(r, cc=None, sex=None):
    cc = cc or r.choice(list(NAMES))
    sex = sex or r.choice("MF")
    gm, gf, fam = NAMES[cc]
    g = r.choice(gm if sex == "M" else gf)
    f = r.choice(fam)
    if r.random() < 0.12:
        g = invented(r)
    if r.random() < 0.12:
        f = invented(r, 3)
    return Person(g, f, cc, sex)


def full(p, style="gf"):
    if p.cc in ("SG", "HK") and style == "gf":
        return p.family + " " + p.given
    if style == "caps":
        return (p.given + " " + p.family).upper()
    if style == "lf":
        return p.family.upper() + ", " + p.given
    if style == "init":
        return p.given[0] + ". " + p.family
    return p.given + " " + p.family


def dig(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def date(r, y0=1940, y1=2004):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    dd = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, dd


def fdate(ymd, style="iso"):
    y, m, d = ymd
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "eu": "%02d/%02d/%04d" % (d, m, y),
            "us": "%02d/%02d/%04d" % (m, d, y), "dot": "%02d.%02d.%04d" % (d, m, y),
            "long": "%d %s %d" % (d, mon, y), "uslong": "%s %d, %d" % (mon, d, y),
            "hl7": "%04d%02d%02d" % (y, m, d), "dash": "%02d-%02d-%04d" % (d, m, y)}[style]


STREETS = {
    "GB": lambda r: "%d %s\n%s\n%s" % (r.randint(1, 220), r.choice(["Quarry Bank Lane", "Cwrt y Fedwen", "Tannery Row", "Hawthorn Crescent"]),
                                       r.choice(["Llandeilo", "Keswick", "Frome", "Alnwick"]),
                                       r.choice(["SA19 6LT", "CA12 5DJ", "BA11 1QS", "NE66 1PX"])),
    "IE": lambda r: "%d %s, %s, %s" % (r.randint(1, 90), r.choice(["Bóthar na Trá", "Ashgrove Park", "Sráid an Mhuilinn"]),
                                        r.choice(["Dingle, Co. Kerry", "Clonakilty, Co. Cork", "Westport, Co. Mayo"]),
                                        r.choice(["V92 X2T4", "P85 KD70", "F28 Y3H6"])),
    "FR": lambda r: "%d%s %s, %s" % (r.randint(1, 80), r.choice(["", " bis", " ter"]),
                                     r.choice(["rue des Tanneurs", "chemin de la Croix-Blanche", "allée des Tilleuls"]),
                                     r.choice(["34070 Montpellier", "29200 Brest", "67000 Strasbourg"])),
    "BE": lambda r: "%s %d, %s" % (r.choice(["Kapucijnenvoer", "Rue de l'Étuve", "Groenplaats"]), r.randint(1, 120),
                                   r.choice(["3000 Leuven", "1000 Bruxelles", "2000 Antwerpen"])),
    "NL": lambda r: "%s %d%s, %s" % (r.choice(["Oudegracht", "Prinsengracht", "Korte Nieuwstraat"]), r.randint(1, 300),
                                     r.choice(["", "-A", " bis", "hs"]), r.choice(["3511 AL Utrecht", "1015 DT Amsterdam", "2312 HR Leiden"])),
    "DE": lambda r: "%s %d%s, %s" % (r.choice(["Lindenstraße", "Am Mühlbach", "Bismarckallee"]), r.randint(1, 150),
                                     r.choice(["", "a", "b"]), r.choice(["79098 Freiburg im Breisgau", "20249 Hamburg", "04109 Leipzig"])),
    "AT": lambda r: "%s %d/%d, %s" % (r.choice(["Schönbrunner Straße", "Getreidegasse", "Herrengasse"]), r.randint(1, 60), r.randint(1, 12),
                                      r.choice(["1050 Wien", "5020 Salzburg", "8010 Graz"])),
    "CH": lambda r: "%s %d, %s" % (r.choice(["Spiegelgasse", "Rue du Marché", "Via Nassa"]), r.randint(1, 40),
                                   r.choice(["8001 Zürich", "1204 Genève", "6900 Lugano"])),
    "ES": lambda r: "%s, %d, %dº %d%s, %s" % (r.choice(["Calle de Embajadores", "Carrer de Verdi", "Avenida de la Constitución"]),
                                              r.randint(1, 200), r.randint(1, 8), r.randint(1, 4), r.choice(["ª", "º"]),
                                              r.choice(["28012 Madrid", "08012 Barcelona", "41004 Sevilla"])),
    "PT": lambda r: "%s, %d, %dº Esq., %s" % (r.choice(["Rua dos Fanqueiros", "Travessa do Carmo", "Avenida da Boavista"]),
                                              r.randint(1, 300), r.randint(1, 6), r.choice(["1100-232 Lisboa", "4100-127 Porto"])),
    "IT": lambda r: "%s %d, %s" % (r.choice(["Via dei Coronari", "Corso Vittorio Emanuele II", "Vicolo del Cinque"]), r.randint(1, 120),
                                   r.choice(["00186 Roma RM", "80134 Napoli NA", "20121 Milano MI"])),
    "MT": lambda r: "%s, Triq %s, %s" % (r.choice(["Flat 3, Dar il-Ħena", "Ta' Ġużè", "12"]), r.choice(["il-Kbira", "San Pawl", "id-Dejqa"]),
                                         r.choice(["Żebbuġ ZBG 1302", "Sliema SLM 1549", "Mosta MST 4012"])),
    "PL": lambda r: "ul. %s %d/%d, %s" % (r.choice(["Świętokrzyska", "Długa", "Piotrkowska"]), r.randint(1, 90), r.randint(1, 40),
                                          r.choice(["00-116 Warszawa", "80-831 Gdańsk", "90-406 Łódź"])),
    "LT": lambda r: "%s g. %d-%d, %s" % (r.choice(["Pilies", "Gedimino", "Laisvės"]), r.randint(1, 60), r.randint(1, 30),
                                         r.choice(["LT-01123 Vilnius", "LT-44240 Kaunas"])),
    "FI": lambda r: "%s %d B %d, %s" % (r.choice(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"]), r.randint(1, 90), r.randint(1, 40),
                                        r.choice(["00100 Helsinki", "33100 Tampere"])),
    "NO": lambda r: "%s %d, %s" % (r.choice(["Bygdøy allé", "Kongens gate", "Strandkaien"]), r.randint(1, 80),
                                   r.choice(["0265 Oslo", "5003 Bergen", "7011 Trondheim"])),
    "US": lambda r: "%d %s %s, %s" % (r.randint(100, 9899), r.choice(["N Saguaro Trl", "Old Mill Rd", "Magnolia Ave", "W 14th St"]),
                                      r.choice(["Apt 3B", "#210", "Unit 7", "Ste 400"]),
                                      r.choice(["Tucson, AZ 85745", "Asheville, NC 28801", "Boise, ID 83702", "Dayton, OH 45402"])),
    "CA": lambda r: "%d %s, %s" % (r.randint(10, 9999), r.choice(["rue Saint-Denis", "Jasper Ave NW", "Barrington St"]),
                                   r.choice(["Montréal QC H2X 3K8", "Edmonton AB T5J 1N3", "Halifax NS B3J 1Z4"])),
    "MX": lambda r: "%s %d, Col. %s, %s" % (r.choice(["Calle Alhóndiga", "Av. Insurgentes Sur", "Calle 60"]), r.randint(1, 2000),
                                            r.choice(["Centro", "Roma Norte", "Del Valle"]), r.choice(["36000 Guanajuato, Gto.", "06700 Ciudad de México, CDMX"])),
    "BR": lambda r: "%s, %d, ap. %d, %s" % (r.choice(["Rua Augusta", "Avenida Sete de Setembro", "Rua da Aurora"]), r.randint(1, 3000),
                                            r.randint(11, 1204), r.choice(["São Paulo - SP, 01305-000", "Salvador - BA, 40060-001", "Recife - PE, 50050-000"])),
    "ZA": lambda r: "%d %s, %s" % (r.randint(1, 99), r.choice(["Kloof Nek Road", "Jan Smuts Avenue", "Florida Road"]),
                                   r.choice(["Tamboerskloof, Cape Town, 8001", "Parktown North, Johannesburg, 2193", "Morningside, Durban, 4001"])),
    "KE": lambda r: "%s, %s" % (r.choice(["House 14, Riverside Drive", "Plot 2207, Ngong Road", "Apartment 5C, Kindaruma Road"]),
                                r.choice(["P.O. Box 45122-00100, Nairobi", "P.O. Box 8801-80100, Mombasa"])),
    "IN": lambda r: "%s, %s" % (r.choice(["Flat 402, Sai Krupa Apartments, 7th Cross, Indiranagar", "No. 18, 2nd Main Road, Besant Nagar",
                                          "B-12, Sector 15"]), r.choice(["Bengaluru 560038", "Chennai 600090", "Noida 201301"])),
    "SG": lambda r: "Blk %d %s #%02d-%02d, Singapore %s" % (r.randint(100, 800), r.choice(["Tampines Street 21", "Ang Mo Kio Ave 3", "Jurong West St 52"]),
                                                           r.randint(2, 20), r.randint(1, 150), dig(r, 6)),
    "HK": lambda r: "Flat %s, %d/F, %s, %s" % (r.choice("ABCDEFG"), r.randint(2, 40), r.choice(["Block 3, Laguna City", "Wah Fai Mansion", "Tai Hing Gardens"]),
                                                r.choice(["Kwun Tong, Kowloon", "Tuen Mun, New Territories", "Wan Chai, Hong Kong"])),
    "JP": lambda r: "%d-%d-%d %s, %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), r.choice(["Jingumae", "Kichijoji Honcho", "Nishiki"]),
                                         r.choice(["Shibuya-ku, Tokyo 150-0001", "Musashino-shi, Tokyo 180-0004", "Naka-ku, Nagoya 460-0003"])),
    "AU": lambda r: "%s%d %s, %s" % (r.choice(["", "Unit 4/", "2/"]), r.randint(1, 200), r.choice(["Brunswick St", "Hay Street", "Boundary Rd"]),
                                     r.choice(["Fitzroy VIC 3065", "Subiaco WA 6008", "Paddington QLD 4064"])),
    "NZ": lambda r: "%d %s, %s" % (r.randint(1, 200), r.choice(["Cuba Street", "Karangahape Road", "Riccarton Road"]),
                                   r.choice(["Te Aro, Wellington 6011", "Grey Lynn, Auckland 1021", "Riccarton, Christchurch 8011"])),
}


def address(r, cc, oneline=True):
    a = STREETS.get(cc, STREETS["GB"])(r)
    return a.replace("\n", ", ") if oneline else a


PHONES = {
    "GB": lambda r: r.choice(["+44 7%s %s" % (dig(r, 3), dig(r, 6)), "07%s %s" % (dig(r, 3), dig(r, 6)), "01%s %s" % (r.choice(["17", "23", "56"]) + dig(r, 1), dig(r, 6))]),
    "IE": lambda r: r.choice(["+353 8%s %s %s" % (r.choice("3567"), dig(r, 3), dig(r, 4)), "08%s %s %s" % (r.choice("3567"), dig(r, 3), dig(r, 4))]),
    "FR": lambda r: r.choice(["+33 6 %s %s %s %s" % (dig(r, 2), dig(r, 2), dig(r, 2), dig(r, 2)), "06.%s.%s.%s.%s" % (dig(r, 2), dig(r, 2), dig(r, 2), dig(r, 2))]),
    "BE": lambda r: "+32 4%s %s %s %s" % (r.choice("789"), dig(r, 2), dig(r, 2), dig(r, 2)) if r.random() < .6 else "04%s%s/%s.%s.%s" % (r.choice("789"), dig(r, 1), dig(r, 2), dig(r, 2), dig(r, 2)),
    "NL": lambda r: r.choice(["+31 6 %s %s" % (dig(r, 4), dig(r, 4)), "06-%s" % dig(r, 8)]),
    "DE": lambda r: r.choice(["+49 151 %s" % dig(r, 8), "0171 %s" % dig(r, 7), "+49 (0)761 %s" % dig(r, 6)]),
    "AT": lambda r: "+43 664 %s %s" % (dig(r, 3), dig(r, 4)),
    "CH": lambda r: "+41 79 %s %s %s" % (dig(r, 3), dig(r, 2), dig(r, 2)),
    "ES": lambda r: r.choice(["+34 6%s %s %s" % (dig(r, 2), dig(r, 3), dig(r, 3)), "6%s %s %s" % (dig(r, 2), dig(r, 3), dig(r, 3))]),
    "PT": lambda r: "+351 91%s %s %s" % (dig(r, 1), dig(r, 3), dig(r, 3)),
    "IT": lambda r: r.choice(["+39 3%s %s %s" % (dig(r, 2), dig(r, 3), dig(r, 4)), "3%s %s%s" % (dig(r, 2), dig(r, 3), dig(r, 4))]),
    "MT": lambda r: "+356 79%s %s" % (dig(r, 2), dig(r, 4)),
    "PL": lambda r: "+48 %s %s %s" % ("5" + dig(r, 2), dig(r, 3), dig(r, 3)),
    "LT": lambda r: "+370 6%s %s" % (dig(r, 2), dig(r, 5)),
    "FI": lambda r: "+358 40 %s %s" % (dig(r, 3), dig(r, 4)),
    "NO": lambda r: "+47 9%s %s %s" % (dig(r, 2), dig(r, 2), dig(r, 3)),
    "US": lambda r: r.choice(["(%s) %s-%s" % (r.choice(["520", "828", "208", "937"]), "5" + dig(r, 2), dig(r, 4)),
                              "+1 %s-%s-%s" % (r.choice(["520", "828", "208"]), "4" + dig(r, 2), dig(r, 4)),
                              "%s.%s.%s" % (r.choice(["937", "614"]), "2" + dig(r, 2), dig(r, 4))]),
    "CA": lambda r: "+1 (%s) %s-%s" % (r.choice(["514", "780", "902"]), "3" + dig(r, 2), dig(r, 4)),
    "MX": lambda r: "+52 1 %s %s %s" % (r.choice(["473", "55"]), dig(r, 3), dig(r, 4)),
    "BR": lambda r: r.choice(["+55 11 9%s-%s" % (dig(r, 4), dig(r, 4)), "(71) 9%s-%s" % (dig(r, 4), dig(r, 4))]),
    "ZA": lambda r: r.choice(["+27 82 %s %s" % (dig(r, 3), dig(r, 4)), "072 %s %s" % (dig(r, 3), dig(r, 4))]),
    "KE": lambda r: r.choice(["+254 7%s %s %s" % (dig(r, 2), dig(r, 3), dig(r, 3)), "07%s %s%s" % (dig(r, 2), dig(r, 3), dig(r, 3))]),
    "IN": lambda r: r.choice(["+91 9%s %s" % (dig(r, 4), dig(r, 5)), "09%s-%s" % (dig(r, 4), dig(r, 5))]),
    "SG": lambda r: "+65 %s %s" % (r.choice("89") + dig(r, 3), dig(r, 4)),
    "HK": lambda r: "+852 %s %s" % (r.choice("569") + dig(r, 3), dig(r, 4)),
    "JP": lambda r: r.choice(["+81 90-%s-%s" % (dig(r, 4), dig(r, 4)), "080-%s-%s" % (dig(r, 4), dig(r, 4))]),
    "AU": lambda r: r.choice(["+61 4%s %s %s" % (dig(r, 2), dig(r, 3), dig(r, 3)), "04%s %s %s" % (dig(r, 2), dig(r, 3), dig(r, 3))]),
    "NZ": lambda r: r.choice(["+64 21 %s %s" % (dig(r, 3), dig(r, 4)), "021 %s %s" % (dig(r, 3), dig(r, 4))]),
}


def phone(r, cc):
    return PHONES.get(cc, PHONES["GB"])(r)


TLD = {"GB": "co.uk", "IE": "ie", "FR": "fr", "BE": "be", "NL": "nl", "DE": "de", "AT": "at", "CH": "ch", "ES": "es",
       "PT": "pt", "IT": "it", "MT": "com.mt", "PL": "pl", "LT": "lt", "FI": "fi", "NO": "no", "US": "com", "CA": "ca",
       "MX": "com.mx", "BR": "com.br", "ZA": "co.za", "KE": "co.ke", "IN": "in", "SG": "com.sg", "HK": "com.hk",
       "JP": "ne.jp", "AU": "com.au", "NZ": "co.nz"}
import unicodedata


class _Fold(dict):
    def __missing__(self, k):
        ch = chr(k)
        sp = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "ħ": "h", "Ħ": "H", "'": ""}
        if ch in sp:
            return sp[ch]
        return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


ASCII = _Fold()


def email(r, p, cc=None):
    g = p.given.split()[0].translate(ASCII).lower().replace("-", "")
    f = p.family.split()[-1].translate(ASCII).lower().replace("-", "")
    dom = r.choice(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com",
                    r.choice(["web", "posteo", "mail", "orange", "libero", "wp", "seznam", "telia"]) + "." + TLD.get(cc or p.cc, "com")])
    loc = r.choice([g + "." + f, g[0] + f, f + "." + g + dig(r, 2), g + "_" + f[:4], g + f[0] + dig(r, 3)])
    return loc + "@" + dom


def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    pre, ln = {"visa": ("4" + dig(r, 5), 16), "mc": ("5" + r.choice("12345") + dig(r, 4), 16),
               "mc2": ("2" + r.choice(["221", "3", "4", "5", "6", "720"])[:3].ljust(3, "1") + dig(r, 2), 16),
               "amex": ("3" + r.choice("47") + dig(r, 4), 15), "disc": ("6011" + dig(r, 2), 16)}[kind]
    if kind == "mc2":
        pre = "2" + str(r.randint(221, 720)) + dig(r, 2)
    n = luhn_complete(pre + dig(r, ln - len(pre) - 1))
    if ln == 15:
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    return r.choice([" ", "-", ""]).join([n[0:4], n[4:8], n[8:12], n[12:16]])


def bad_card(r):
    n = card(r, "visa").replace(" ", "").replace("-", "")
    last = str((int(n[-1]) + r.randint(1, 9)) % 10)
    b = n[:-1] + last
    assert not luhn_ok(b)
    return " ".join([b[0:4], b[4:8], b[8:12], b[12:16]])


def masked_card(r):
    n = card(r).replace(" ", "").replace("-", "")
    return r.choice(["**** **** **** " + n[-4:], n[:6] + "******" + n[-4:], "XXXX-XXXX-XXXX-" + n[-4:], "ending in " + n[-4:]])


def _alnum_digits(r, n):
    return dig(r, n)


IBAN_BBAN = {
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + dig(r, 6) + dig(r, 8),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + dig(r, 6) + dig(r, 8),
    "DE": lambda r: dig(r, 8) + dig(r, 10),
    "AT": lambda r: dig(r, 5) + dig(r, 11),
    "CH": lambda r: "00" + dig(r, 3) + dig(r, 12),
    "NL": lambda r: r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + dig(r, 10),
    "FR": None, "BE": None, "ES": None, "PT": None, "IT": None, "FI": None, "NO": None,
    "PL": lambda r: dig(r, 24),
    "LT": lambda r: dig(r, 5) + dig(r, 11),
    "MT": lambda r: r.choice(["MALT", "VALL", "APSB"]) + dig(r, 5) + dig(r, 18),
}


def bban(r, cc):
    f = IBAN_BBAN.get(cc)
    if f:
        return f(r)
    if cc == "FR":
        b, g, a = dig(r, 5), dig(r, 5), dig(r, 11)
        k = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
        return b + g + a + "%02d" % k
    if cc == "BE":
        t = dig(r, 10)
        k = int(t) % 97 or 97
        return t + "%02d" % k
    if cc == "ES":
        bank, br, acc = dig(r, 4), dig(r, 4), dig(r, 10)
        def dc(s, w=(1, 2, 4, 8, 5, 10, 9, 7, 3, 6)):
            v = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
            return {10: 1, 11: 0}.get(v, v)
        return bank + br + str(dc("00" + bank + br)) + str(dc(acc)) + acc
    if cc == "PT":
        b = dig(r, 19)
        return b + "%02d" % (98 - int(b) * 100 % 97)
    if cc == "IT":
        rest = dig(r, 5) + dig(r, 5) + dig(r, 12)
        s = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(rest))
        return string.ascii_uppercase[s % 26] + rest
    if cc == "FI":
        b = dig(r, 13)
        return luhn_complete(b)
    if cc == "NO":
        while True:
            b = dig(r, 10)
            s = sum(int(c) * w for c, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
            k = 11 - s % 11
            if k == 11:
                k = 0
            if k != 10:
                return b + str(k)
    raise KeyError(cc)


def iban(r, cc, spaced=None):
    i = iban_make(cc, bban(r, cc))
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4)) if spaced else i


def bad_iban(r, cc):
    i = iban(r, cc, spaced=False)
    j = len(i) - 3
    b = i[:j] + str((int(i[j]) + 1) % 10) + i[j + 1:]
    assert not iban_ok(b)
    return " ".join(b[k:k + 4] for k in range(0, len(b), 4))


def uk_bank(r):
    return "%s-%s-%s" % (dig(r, 2), dig(r, 2), dig(r, 2)), dig(r, 8)


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def nhs(r):
    while True:
        n = str(r.randint(4, 6)) + dig(r, 8)
        c = nhs_check(n)
        if c is not None:
            s = n + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def bad_nhs(r):
    s = nhs(r).replace(" ", "")
    b = s[:9] + str((int(s[9]) + r.randint(1, 9)) % 10)
    if nhs_ok(b):
        return bad_nhs(r)
    return "%s %s %s" % (b[:3], b[3:6], b[6:])


def nino(r):
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(ok1) + r.choice(ok2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = dig(r, 6)
    s = r.choice([" ", ""]).join([p, n[:2], n[2:4], n[4:], r.choice("ABCD")])
    return s


def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ")
        n = dig(r, 7)
        return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
    n = "%08d" % r.randint(1000000, 79999999)
    return n + r.choice(["", "-"]) + DNI_L[int(n) % 23]


def bad_dni(r):
    n = "%08d" % r.randint(1000000, 79999999)
    good = DNI_L[int(n) % 23]
    return n + r.choice([c for c in DNI_L if c != good])


def nir(r, sex, ymd):
    y, m, _ = ymd
    dep = r.choice(["75", "69", "13", "29", "34", "59", "67"])
    body = "%d%02d%02d%s%s%s" % (1 if sex == "M" else 2, y % 100, m, dep, dig(r, 3), dig(r, 3))
    k = 97 - int(body) % 97
    s = body + "%02d" % k
    if r.random() < 0.6:
        return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]])
    return s


def bad_nir(r, sex, ymd):
    s = nir(r, sex, ymd).replace(" ", "")
    k = (int(s[13:]) + r.randint(1, 50)) % 97 + 1
    b = s[:13] + "%02d" % k
    if nir_ok(b):
        return bad_nir(r, sex, ymd)
    return b


def steuer(r):
    while True:
        digs = r.sample("0123456789", 9)
        if digs[0] == "0":
            continue
        dup = r.choice(digs[1:]) if r.random() < 0.5 else r.choice(digs)
        ten = digs + [dup]
        first = ten[0]
        rest = ten[1:]
        r.shuffle(rest)
        ten = "".join([first] + rest)
        if ten[0] == "0":
            continue
        s = ten + str(steuer_check(ten))
        if steuer_ok(s):
            return r.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])


def bad_steuer(r):
    s = steuer(r).replace(" ", "")
    b = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    return b if not steuer_ok(b) else bad_steuer(r)


MONTH_CF = "ABCDEHLMPRST"
BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273", "Firenze": "D612",
            "Bologna": "A944", "Bari": "A662", "Catania": "C351", "Verona": "L781"}


def _cons(s):
    s = s.upper().translate(ASCII)
    s = "".join(c for c in s if c.isalpha())
    return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]


def codice_fiscale(p, ymd, city):
    c, v = _cons(p.family)
    sur = "".join((c + v + ["X"] * 3)[:3])
    c, v = _cons(p.given)
    if len(c) >= 4:
        nm = c[0] + c[2] + c[3]
    else:
        nm = "".join((c + v + ["X"] * 3)[:3])
    y, m, d = ymd
    day = d + (40 if p.sex == "F" else 0)
    body = "%s%s%02d%s%02d%s" % (sur, nm, y % 100, MONTH_CF[m - 1], day, BELFIORE[city])
    return body + cf_check(body)


def bad_cf(p, ymd, city):
    s = codice_fiscale(p, ymd, city)
    b = s[:15] + string.ascii_uppercase[(string.ascii_uppercase.index(s[15]) + 7) % 26]
    assert not cf_ok(b)
    return b


def sin(r):
    n = luhn_complete(r.choice("1234567") + dig(r, 7))
    return r.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), n])


def bad_sin(r):
    n = sin(r).replace(" ", "").replace("-", "")
    b = n[:8] + str((int(n[8]) + 3) % 10)
    return "%s %s %s" % (b[:3], b[3:6], b[6:])


def cpf(r):
    while True:
        n = dig(r, 9)
        if len(set(n)) > 1:
            break
    s = n + cpf_digits(n)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if r.random() < .8 else s


def bad_cpf(r):
    s = cpf(r).replace(".", "").replace("-", "")
    b = s[:10] + str((int(s[10]) + 1) % 10)
    return "%s.%s.%s-%s" % (b[:3], b[3:6], b[6:9], b[9:])


def aadhaar(r):
    n = str(r.randint(2, 9)) + dig(r, 10)
    s = n + str(verhoeff_check(n))
    assert aadhaar_ok(s)
    return r.choice(["%s %s %s" % (s[:4], s[4:8], s[8:]), s])


def bad_aadhaar(r):
    s = aadhaar(r).replace(" ", "")
    b = s[:11] + str((int(s[11]) + 1) % 10)
    assert not aadhaar_ok(b)
    return "%s %s %s" % (b[:4], b[4:8], b[8:])


def nric(r, pre=None):
    pre = pre or r.choice("STFG")
    n = dig(r, 7)
    return pre + n + nric_letter(pre, n)


def bad_nric(r):
    s = nric(r, "S")
    tab = "JZIHGFEDCBA"
    b = s[:8] + tab[(tab.index(s[8]) + 2) % 11]
    assert not nric_ok(b)
    return b


def mbi(r):
    L = MBI_L
    A = "0123456789" + L
    s = (str(r.randint(1, 9)) + r.choice(L) + r.choice(A) + dig(r, 1) + r.choice(L) + r.choice(A) + dig(r, 1)
         + r.choice(L) + r.choice(L) + dig(r, 2))
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if r.random() < .5 else s


def passport(r, cc):
    up = string.ascii_uppercase
    f = {
        "US": lambda: r.choice([dig(r, 9), r.choice("ABCEFGH") + dig(r, 8)]),
        "GB": lambda: dig(r, 9), "IE": lambda: r.choice(["P", "L"]) + r.choice(up) + dig(r, 7),
        "FR": lambda: dig(r, 2) + r.choice(up) + r.choice(up) + dig(r, 5),
        "BE": lambda: r.choice(["EH", "EJ", "EK"]) + dig(r, 6),
        "NL": lambda: r.choice(["NX", "NW", "BP"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + dig(r, 1),
        "DE": lambda: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "AT": lambda: r.choice("PU") + dig(r, 7), "CH": lambda: r.choice("XS") + dig(r, 7),
        "ES": lambda: r.choice(["PAA", "PAB", "XDA"]) + dig(r, 6), "PT": lambda: r.choice("CNP") + dig(r, 6),
        "IT": lambda: r.choice(["YA", "YB", "AA"]) + dig(r, 7), "MT": lambda: dig(r, 7),
        "PL": lambda: r.choice(["EA", "EK", "ER"]) + dig(r, 7), "LT": lambda: dig(r, 8),
        "FI": lambda: r.choice(["FP", "XP"]) + dig(r, 7), "NO": lambda: r.choice(["FH", "NC"]) + dig(r, 7),
        "CA": lambda: r.choice(["AB", "GA", "HK"]) + dig(r, 6), "MX": lambda: r.choice("GNE") + dig(r, 8),
        "BR": lambda: r.choice(["FZ", "GB", "YB"]) + dig(r, 6), "ZA": lambda: r.choice("AMT") + dig(r, 8),
        "KE": lambda: r.choice(["AK", "BK"]) + dig(r, 7), "IN": lambda: r.choice("JKLMNPRZ") + dig(r, 7),
        "SG": lambda: "K" + dig(r, 7) + r.choice(up), "HK": lambda: r.choice("HK") + dig(r, 8),
        "JP": lambda: r.choice(["TK", "TR", "MU"]) + dig(r, 7), "AU": lambda: r.choice(["PA", "PB", "N"]) + dig(r, 7),
        "NZ": lambda: r.choice(["LA", "LH", "RA"]) + dig(r, 6),
    }[cc]
    return f()


def ptype(cc):
    return "US_PASSPORT" if cc == "US" else "PASSPORT"


DL_STATES = {
    "California": ("CA", lambda r: r.choice(string.ascii_uppercase) + dig(r, 7)),
    "Florida": ("FL", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice(string.ascii_uppercase), dig(r, 3), dig(r, 3), dig(r, 2), dig(r, 3), dig(r, 1))),
    "Illinois": ("IL", lambda r: "%s%s-%s-%s" % (r.choice(string.ascii_uppercase), dig(r, 3), dig(r, 4), dig(r, 4))),
    "Texas": ("TX", lambda r: dig(r, 8)),
    "New York": ("NY", lambda r: "%s %s %s" % (dig(r, 3), dig(r, 3), dig(r, 3))),
    "Colorado": ("CO", lambda r: "%s-%s-%s" % (dig(r, 2), dig(r, 3), dig(r, 4))),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9))),
    "Arizona": ("AZ", lambda r: r.choice("ABD") + dig(r, 8)),
    "Michigan": ("MI", lambda r: "%s %s %s %s %s" % (r.choice(string.ascii_uppercase), dig(r, 3), dig(r, 3), dig(r, 3), dig(r, 3))),
    "New Jersey": ("NJ", lambda r: "%s%s %s %s" % (r.choice(string.ascii_uppercase), dig(r, 4), dig(r, 5), dig(r, 5))),
    "Ohio": ("OH", lambda r: r.choice(["SR", "TL", "RK"]) + dig(r, 6)),
    "Massachusetts": ("MA", lambda r: "S" + dig(r, 8)),
    "Minnesota": ("MN", lambda r: r.choice("ABCHKM") + dig(r, 12)),
    "Oregon": ("OR", lambda r: dig(r, 7)),
    "North Carolina": ("NC", lambda r: "0000" + dig(r, 8)),
    "Nevada": ("NV", lambda r: dig(r, 10)),
    "Hawaii": ("HI", lambda r: "H" + dig(r, 8)),
}


def uk_dl(r, p, dob):
    sur = "".join(c for c in p.family.upper().translate(ASCII) if c.isalpha())
    if sur.startswith("MAC"):
        sur = "MC" + sur[3:]
    sur = (sur + "99999")[:5]
    y, m, dd = dob
    mm = m + (50 if p.sex == "F" else 0)
    ini = (p.given[0].upper().translate(ASCII) + "9")[:2]
    return "%s%d%02d%02d%d%s9%s" % (sur, (y % 100) // 10, mm, dd, y % 10, ini,
                                    "".join(r.choice(string.ascii_uppercase) for _ in range(2)))


def dl(r, state=None):
    state = state or r.choice(list(DL_STATES))
    code, f = DL_STATES[state]
    return state, code, f(r)


def ip(r, kind=None):
    kind = kind or r.choice(["doc", "priv", "pub", "v6"])
    if kind == "doc":
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if kind == "priv":
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    if kind == "pub":
        return "%d.%d.%d.%d" % (r.choice([81, 86, 92, 145, 185, 212, 37, 151]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))


def version_ip(r):
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 30), r.randint(100, 9999))


def microchip(r):
    return r.choice(["826", "250", "276", "528", "941", "985", "900", "953", "956"]) + dig(r, 12)


def sp_chip(r):
    c = microchip(r)
    return r.choice([c, "%s %s %s %s" % (c[:3], c[3:6], c[6:9], c[9:]), "%s %s" % (c[:3], c[3:])])


PETS_HUMANLIKE = ["Bella", "Max", "Oscar", "Alfie", "Poppy", "Archie", "Teddy", "Rosie", "Kevin", "Gerald", "Doris",
                  "Nigel", "Brian", "Margaret", "Dave", "Susan", "Colin", "Barbara", "Frank", "Hugo", "Otto", "Fritz",
                  "Pedro", "Lola", "Mabel", "Stanley", "Winston", "Maurice", "Agnes", "Clive", "Bernard", "Ingrid",
                  "Sven", "Giuseppe", "Keiko", "Rajesh", "Phyllis", "Duncan", "Mr Darcy", "Lady Penelope",
                  "Sir Reginald Fluffington", "Dolly Parton", "Elvis", "Sherlock", "Tobias", "Ruby", "Luna", "Milo"]
SPECIES = [("canine", ["Labrador Retriever", "King Charles Spaniel", "Jack Russell Terrier", "Gordon Setter",
                       "Dandie Dinmont Terrier", "Cocker Spaniel", "Bernese Mountain Dog", "Dobermann",
                       "German Shepherd", "Staffordshire Bull Terrier", "Cavalier King Charles Spaniel", "Shih Tzu",
                       "Lhasa Apso", "Cockapoo", "Border Collie", "Saint Bernard", "Jack Russell"]),
           ("feline", ["Domestic Shorthair", "Maine Coon", "Ragdoll", "British Shorthair", "Bengal", "Sphynx",
                       "Norwegian Forest Cat", "Siamese"]),
           ("lagomorph", ["Netherland Dwarf", "Lionhead", "Holland Lop"]),
           ("equine", ["Connemara Pony", "Irish Draught", "Welsh Section D"])]
PET_DX = ["diabetes mellitus", "hyperthyroidism", "chronic kidney disease", "osteoarthritis", "atopic dermatitis",
          "idiopathic epilepsy", "Cushing's disease", "Addison's disease", "cranial cruciate ligament rupture",
          "mitral valve disease", "pancreatitis", "otitis externa", "IBD", "hypothyroidism", "lymphoma",
          "dental disease grade 3", "FIV", "feline asthma", "brachycephalic obstructive airway syndrome",
          "laminitis", "Horner's syndrome", "degenerative myelopathy", "hip dysplasia", "patellar luxation"]
VET_DRUGS = ["meloxicam (Metacam)", "gabapentin", "Caninsulin", "insulin glargine", "phenobarbital", "levothyroxine",
             "prednisolone", "amoxicillin-clavulanate", "Apoquel", "trilostane (Vetoryl)", "methimazole",
             "pimobendan", "benazepril", "maropitant (Cerenia)", "buprenorphine", "tramadol", "fluoxetine",
             "metronidazole", "furosemide", "omeprazole", "Librela", "Cytopoint", "selamectin", "enrofloxacin",
             "clomipramine", "ciclosporin", "Bravecto", "NexGard Spectra", "diazepam", "ketamine"]
HUMAN_DX = {"any": ["type 1 diabetes", "type 2 diabetes mellitus", "epilepsy", "multiple sclerosis", "rheumatoid arthritis",
                    "major depressive disorder", "generalised anxiety disorder", "Crohn's disease", "hypertension", "COPD",
                    "Parkinson's disease", "atrial fibrillation", "hypothyroidism", "post-traumatic stress disorder",
                    "psoriasis", "systemic lupus erythematosus", "asthma", "coeliac disease", "macular degeneration",
                    "retinitis pigmentosa", "autism spectrum disorder", "fibromyalgia", "long COVID", "bipolar disorder"],
            "F": ["breast cancer", "endometriosis", "postnatal depression"], "M": ["prostate cancer"]}
ZOONOSES = ["tinea corporis (ringworm)", "cat-scratch disease", "leptospirosis", "psittacosis", "Q fever", "Lyme disease",
            "toxoplasmosis", "cellulitis of the right hand", "Pasteurella multocida wound infection", "campylobacteriosis"]
HUMAN_RX = ["sertraline", "metformin", "levetiracetam", "salbutamol", "warfarin", "apixaban", "doxycycline",
            "co-amoxiclav", "terbinafine", "adalimumab", "methotrexate", "levothyroxine", "insulin aspart",
            "lamotrigine", "propranolol", "mesalazine", "fluoxetine", "gabapentin", "Ozempic", "tramadol"]


def hdx(r, p):
    return r.choice(HUMAN_DX["any"] * 3 + HUMAN_DX[p.sex])


def pet(r):
    sp, breeds = r.choice(SPECIES[:2] * 4 + SPECIES[2:])
    return r.choice(PETS_HUMANLIKE), sp, r.choice(breeds)


PRACTICES = ["Herriot & Partners Veterinary Surgeons", "St Francis Vets", "Fitzpatrick Referrals", "Davies Veterinary Specialists",
             "Dierenkliniek Van Leeuwenhoek", "Clinique Vétérinaire Pasteur", "Tierarztpraxis Dr. Grzimek",
             "Clínica Veterinaria San Antón", "Dick White Referrals", "Anderson Moores", "Banfield Pet Hospital",
             "Willows Veterinary Centre", "Ambulatorio Veterinario Dolittle", "Barkley & Hart Animal Hospital"]
INSURERS = ["PawShield Mutual", "Whiskerwise Insurance DAC", "Patte&Cie Assurances", "Tierschutz-Versicherung AG",
            "Kiwi Critter Cover", "MascotaSegura S.A.", "Bark Assure", "Cão Feliz Seguros"]
PLACEHOLDERS = ["Joe Bloggs", "John Doe", "Jane Doe", "A. N. Other", "Max Mustermann", "Erika Mustermann",
                "Jean Dupont", "Mario Rossi", "Jan Kowalski", "Fulano de Tal", "Firstname Lastname", "Test Client"]


# ----------------------------------------------------------------------------------------------
# templates -- each returns (Doc, format)
# ----------------------------------------------------------------------------------------------
EU_CC = ["GB", "IE", "FR", "BE", "NL", "DE", "AT", "CH", "ES", "PT", "IT", "MT", "PL", "LT", "FI", "NO"]
ALL_CC = list(NAMES)
IBAN_CC = ["GB", "IE", "FR", "BE", "NL", "DE", "AT", "CH", "ES", "PT", "IT", "MT", "PL", "LT", "FI", "NO"]


IDX = [0]


def cyc(lst):
    return lst[IDX[0] % len(lst)]


def P(p, style="gf"):
    return E("PERSON", full(p, style))


def vetp(r):
    return person(r, r.choice(ALL_CC))


def pet_dob(r):
    return fdate(date(r, 2009, 2024), r.choice(["iso", "eu", "long"]))


def t_client_registration(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    pn, sp, br = pet(r)
    dob = date(r, 1938, 2003)
    st = r.choice(["eu", "long", "iso", "dot"])
    lang = r.choice(["en", "fr", "de"]) if cc in ("FR", "BE", "CH", "DE", "AT") else "en"
    L = {"en": ("NEW CLIENT REGISTRATION", "Owner's full name", "Owner date of birth", "Home address", "Mobile", "E-mail",
                "Pet's name", "Pet's date of birth", "Species / breed", "Microchip no."),
         "fr": ("FICHE NOUVEAU CLIENT", "Nom et prénom du propriétaire", "Date de naissance (propriétaire)", "Adresse",
                "Portable", "Courriel", "Nom de l'animal", "Date de naissance de l'animal", "Espèce / race", "N° de puce"),
         "de": ("NEUANMELDUNG TIERHALTER", "Name des Halters", "Geburtsdatum (Halter)", "Anschrift", "Handy", "E-Mail",
                "Name des Tieres", "Geburtsdatum des Tieres", "Tierart / Rasse", "Transponder-Nr.")}[lang]
    d(r.choice(PRACTICES), "\n", L[0], "\n", "=" * 34, "\n")
    d(L[1], ": ", P(o, r.choice(["gf", "lf", "caps"])), "\n")
    d(L[2], ": ", E("DATE_OF_BIRTH", fdate(dob, st)), "\n")
    d(L[3], ": ", E("ADDRESS", address(r, cc)), "\n")
    d(L[4], ": ", E("PHONE", phone(r, cc)), "\n")
    d(L[5], ": ", E("EMAIL", email(r, o)), "\n\n")
    d(L[6], ": ", pn, "\n", L[7], ": ", pet_dob(r), "\n", L[8], ": ", sp, " / ", br, "\n", L[9], ": ", sp_chip(r), "\n")
    if r.random() < .5:
        d("Previous practice: ", r.choice(PRACTICES), "\n")
    d("How did you hear about us? ", r.choice(["Google", "friend", "leaflet at Pets at Home", "Instagram"]), "\n")
    d("Consent to SMS reminders: ", r.choice(["Y", "N"]), "   Signed: ______   Date: ", fdate(date(r, 2024, 2026), "eu"), "\n")
    return d, "form"


def t_insurance_proposal(r):
    d = Doc()
    cc = cyc(["GB", "PT", "GB", "AT", "MT", "FI", "PL"])
    o = person(r, cc)
    pn, sp, br = pet(r)
    ins = r.choice(INSURERS)
    d(ins, " -- Proposal form (pet insurance)\nProposal ref: PRP-", dig(r, 7), "\n\n")
    d("1. POLICYHOLDER\n   Title: ", r.choice(["Mr", "Mrs", "Ms", "Mx", "Dr"]), "   Name: ", P(o), "\n")
    d("   Date of birth: ", E("DATE_OF_BIRTH", fdate(date(r, 1945, 2004), r.choice(["eu", "long", "dot"]))), "\n")
    d("   Address: ", E("ADDRESS", address(r, cc)), "\n   Telephone: ", E("PHONE", phone(r, cc)), "\n")
    d("2. THE PET\n   Name: ", pn, " (", sp, ", ", br, ")   Date of birth: ", pet_dob(r), "\n   Microchip: ", sp_chip(r),
      "   Neutered: ", r.choice(["yes", "no"]), "\n")
    d("   Known pre-existing conditions: ", r.choice(PET_DX), "; ", r.choice(PET_DX), "\n")
    d("   EXCLUSION applied: any claim arising from ", r.choice(PET_DX), " or related conditions is excluded.\n")
    d("3. PAYMENT\n")
    if cc == "GB":
        sc, acc = uk_bank(r)
        if IDX[0] == 0:
            d("   Direct Debit -- sort code / account: ", E("UK_BANK_ACCOUNT", sc + " " + acc), "\n")
        else:
            d("   Sort code: ", sc, "\n   Account number: ", E("UK_BANK_ACCOUNT", acc), "\n")
        d("   Account holder: ", P(o, "init"), "\n")
    else:
        d("   SEPA mandate -- IBAN: ", E("IBAN", iban(r, cc)), "\n   BIC: ", "".join(r.choice(string.ascii_uppercase) for _ in range(6)), "2X\n")
    d("   Monthly premium: ", "%d.%02d" % (r.randint(9, 80), r.randint(0, 99)), " EUR/GBP   Excess: 99.00\n")
    d("Declaration signed electronically (IP logged separately).\n")
    return d, "form"


ID_LABELS = {
    "passport": ["Passport number", "N° de passeport", "Reisepassnummer", "Número de pasaporte", "Numero passaporto",
                 "Paspoortnummer", "Número do passaporte", "Passnummer", "Numer paszportu", "Passin numero", "旅券番号"],
}


def t_kyc_payout(r):
    d = Doc()
    cc, kind = cyc([("ES", "national"), ("IT", "national"), ("IN", "national"), ("US", "passport"), ("CA", "national"),
                    ("JP", "passport"), ("NO", "passport")])
    o = person(r, cc)
    hdob = date(r, 1950, 2003)
    d("IDENTITY VERIFICATION -- CLAIM PAYOUT ABOVE THRESHOLD\nInsurer: ", r.choice(INSURERS), "   Claim: CLM-", dig(r, 6), "-", r.choice("ABCDEF"), "\n")
    d("Customer name ........ ", P(o, r.choice(["gf", "caps", "lf"])), "\n")
    d("Date of birth ........ ", E("DATE_OF_BIRTH", fdate(hdob, r.choice(["eu", "iso", "long"]))), "\n")
    d("Nationality .......... ", cc, "\n")
    if kind == "national" and cc in ("ES", "IT", "BR", "IN", "SG", "US", "CA", "FR"):
        if cc == "ES":
            d("DNI/NIE .............. ", E("ES_DNI", dni(r, r.random() < .3)), "\n")
        elif cc == "IT":
            city = r.choice(list(BELFIORE))
            d("Codice fiscale ....... ", E("IT_FISCAL_CODE", codice_fiscale(o, hdob, city)), "\n")
        elif cc == "BR":
            d("CPF .................. ", E("BR_CPF", cpf(r)), "\n")
        elif cc == "IN":
            d("Aadhaar (UID) ........ ", E("IN_AADHAAR", aadhaar(r)), "\n")
        elif cc == "SG":
            d("NRIC/FIN ............. ", E("SG_NRIC", nric(r)), "\n")
        elif cc == "US":
            st, code, num = dl(r)
            d("Driver license ....... ", E("DRIVER_LICENSE", num), "  (issued by the State of ", st, ")\n")
        elif cc == "CA":
            d("SIN (tax slip) ....... ", E("CA_SIN", sin(r)), "\n")
        else:
            d("N° de sécurité sociale ", E("FR_NIR", nir(r, o.sex, hdob)), "\n")
    else:
        lab = r.choice(ID_LABELS["passport"])
        d("Document type ........ passport (", cc, ")\n", lab, " .... ", E(ptype(cc), passport(r, cc)), "\n")
        d("Expiry ............... ", fdate(date(r, 2027, 2035), "eu"), "\n")
    d("Payout account ....... ")
    if cc in IBAN_CC:
        d(E("IBAN", iban(r, cc)), "\n")
    else:
        d("on file (", masked_card(r), ")\n")
    d("Checked by: ", P(vetp(r), "init"), "  Result: ", r.choice(["PASS", "PASS", "REFER"]), "\n")
    return d, "form"


def t_controlled_pickup_us(r):
    d = Doc()
    o = person(r, "US")
    st, code, num = dl(r, r.choice(["Colorado", "Massachusetts", "Oregon", "Nevada", "Arizona", "Texas", "California", "New York"]))
    pn, sp, br = pet(r)
    d(r.choice(["Barkley & Hart Animal Hospital", "Banfield Pet Hospital #", "Saguaro Veterinary Clinic"]), "\n")
    d("CONTROLLED SUBSTANCE RELEASE -- CLIENT ID VERIFICATION (", st, " requirement)\n\n")
    d("Patient: ", pn, "    Species: ", sp, "    Drug: ", r.choice(["tramadol 50 mg", "gabapentin 100 mg", "phenobarbital 16.2 mg", "buprenorphine 0.3 mg/ml"]),
      "   Qty: ", str(r.randint(10, 90)), "\n")
    d("Client picking up: ", P(o), "\nRelationship to patient: owner\n")
    d("ID type: driver license   State: ", r.choice([st, code]), "   ID #: ", E("DRIVER_LICENSE", num), "\n")
    d("DOB on ID: ", E("DATE_OF_BIRTH", fdate(date(r, 1950, 2002), "us")), "\n")
    d("Address on ID: ", E("ADDRESS", address(r, "US")), "\n")
    d("Prescriber DEA#: ", r.choice("AB") + r.choice("MGH") + dig(r, 7), "   Released by: ", P(person(r, "US"), "init"), "\n")
    return d, "form"


def t_blank_form(r):
    d = Doc()
    d(r.choice(PRACTICES), "\n", r.choice(["Euthanasia & Cremation Consent", "New Client Registration", "Pet Insurance Claim Form -- Part B (Vet to complete)"]), "\n\n")
    for lab in r.sample(["Owner Name", "Date Of Birth", "Passport Number", "Home Address", "Post Code", "Telephone Number",
                         "Email Address", "Bank Sort Code", "Account Number", "IBAN", "Pet Name", "Microchip Number",
                         "National Insurance Number", "Driver License No.", "Signature", "Policy Number"], 10):
        d(lab, ": ", r.choice(["____________________", "[                ]", "........................"]), "\n")
    d("\nExample: ", r.choice(PLACEHOLDERS), ", 1 Example Street, AB1 2CD. Please write in BLOCK CAPITALS.\n")
    return d, "form"


def t_staff_starter(r):
    d = Doc()
    cc = cyc(["GB", "DE", "FR", "CA", "US", "ES", "IT", "IE"])
    o = person(r, cc)
    dob = date(r, 1965, 2002)
    d("NEW STARTER -- ", r.choice(["Veterinary Surgeon", "Registered Veterinary Nurse", "Receptionist", "Animal Care Assistant"]), "\n")
    d("Surname: ", E("PERSON", o.family), "   Forename(s): ", E("PERSON", o.given), "\n")
    d("DOB: ", E("DATE_OF_BIRTH", fdate(dob, "eu")), "\n")
    d("Home address:\n", E("ADDRESS", address(r, cc, oneline=(cc != "GB"))), "\n")
    if cc == "GB":
        d("NI number: ", E("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
        sc, acc = uk_bank(r)
        if r.random() < .5:
            d("Bank (sort code / account): ", E("UK_BANK_ACCOUNT", sc + " " + acc))
        else:
            d("Bank sort code: ", sc, "   account no. ", E("UK_BANK_ACCOUNT", acc))
        d("\nDriving licence (practice car): ", E("DRIVER_LICENSE", uk_dl(r, o, dob)), "\nRCVS registration: ", dig(r, 7), "\n")
    elif cc == "DE":
        d("Steuerliche Identifikationsnummer: ", E("DE_TAX_ID", steuer(r)), "\nIBAN: ", E("IBAN", iban(r, "DE")), "\n")
        d("Tierärztekammer Mitglieds-Nr.: TK-", dig(r, 5), "\n")
    elif cc == "FR":
        d("N° de sécurité sociale : ", E("FR_NIR", nir(r, o.sex, dob)), "\nRIB / IBAN : ", E("IBAN", iban(r, "FR")), "\n")
        d("N° ordinal (Ordre des vétérinaires) : ", dig(r, 5), "\n")
    elif cc == "CA":
        d("Social Insurance Number: ", E("CA_SIN", sin(r)), "\nCVO licence #: ", dig(r, 4), "\n")
        d("Ontario driver's licence: ", E("DRIVER_LICENSE", "%s%s-%s-%s" % (o.family[0].upper().translate(ASCII), dig(r, 4), dig(r, 5), dig(r, 5))), "\n")
    elif cc == "US":
        d("SSN: ", E("US_SSN", ssn(r)), "\nState veterinary license: ", r.choice(["VET", "LVT"]), "-", dig(r, 6), " (Arizona)\n")
        d("Health plan (Aetna) member ID: ", E("HEALTH_PLAN_ID", "W" + dig(r, 9)), "   Group: ", dig(r, 6), "\n")
    elif cc == "ES":
        d("DNI: ", E("ES_DNI", dni(r)), "\nIBAN: ", E("IBAN", iban(r, "ES")), "\nNº colegiado: ", dig(r, 4), "\n")
    elif cc == "IT":
        d("Codice fiscale: ", E("IT_FISCAL_CODE", codice_fiscale(o, dob, r.choice(list(BELFIORE)))), "\nIBAN: ", E("IBAN", iban(r, "IT")), "\n")
    else:
        d("PPSN: see payroll\nIBAN: ", E("IBAN", iban(r, "IE")), "\nVCI reg: ", dig(r, 4), "\n")
    d("Emergency contact: ", P(person(r, cc)), " (", r.choice(["partner", "mother", "brother"]), ") ", E("PHONE", phone(r, cc)), "\n")
    d("Occupational health -- conditions we should know about: ")
    if r.random() < .6:
        d(E("DIAGNOSIS", r.choice(["asthma", "latex allergy", "epilepsy", "type 1 diabetes", "eczema"])), "; regular medication: ",
          E("MEDICATION", r.choice(["salbutamol", "levetiracetam", "insulin aspart", "cetirizine"])), "\n")
    else:
        d("none declared\n")
    d("Rabies pre-exposure vaccination: ", r.choice(["not required", "course complete", "booster due"]), "\n")
    return d, "form"


def t_assistance_dog(r):
    d = Doc()
    cc = cyc(["GB", "US", "AU", "NZ", "IE", "CA", "NL"])
    o = person(r, cc)
    pn, sp, br = pet(r)
    cond = r.choice(["type 1 diabetes", "epilepsy", "post-traumatic stress disorder", "autism spectrum disorder",
                     "retinitis pigmentosa", "macular degeneration", "multiple sclerosis"])
    d("ASSISTANCE DOG -- HANDLER & DOG REGISTRATION\nScheme: ", r.choice(["Paws for Independence", "Canine Partners", "Hearing & Alert Dogs Trust"]), "\n\n")
    d("Handler: ", P(o), "    DOB: ", E("DATE_OF_BIRTH", fdate(date(r, 1950, 2008), "eu" if cc != "US" else "us")), "\n")
    d("Contact: ", E("PHONE", phone(r, cc)), " / ", E("EMAIL", email(r, o)), "\n")
    d("Handler's condition for which the dog is trained: ", E("DIAGNOSIS", cond), "\n")
    if r.random() < .6:
        d("Handler medication relevant to alerting: ", E("MEDICATION", r.choice(["insulin aspart", "lamotrigine", "propranolol", "levetiracetam"])), "\n")
    if cc == "US":
        d("Medicare (MBI): ", E("US_MBI", mbi(r)), " -- for DME / service-animal letter\n")
    if cc == "GB":
        d("NHS number: ", E("UK_NHS_NUMBER", nhs(r)), "\n")
    d("\nDog: ", pn, " (", br, "), chip ", sp_chip(r), ". Vet notes: dog has mild ", r.choice(PET_DX),
      ", managed with ", r.choice(VET_DRUGS), "; fit to work.\n")
    return d, "form"


def t_pet_travel(r):
    d = Doc()
    cc = cyc(["US", "ZA", "DE", "NZ", "FR", "MX"])
    o = person(r, cc)
    pn, sp, br = pet(r)
    head = r.choice(["ANIMAL HEALTH CERTIFICATE (non-commercial movement)", "PET RELOCATION BOOKING SHEET",
                     "CERTIFICAT SANITAIRE -- mouvement non commercial"])
    d(head, "\nPart I -- Owner / person responsible\n")
    d("Name: ", P(o, r.choice(["gf", "caps"])), "\nAddress: ", E("ADDRESS", address(r, cc)), "\nTel: ", E("PHONE", phone(r, cc)), "\n")
    lab = r.choice(ID_LABELS["passport"][:8])
    d("Owner's travel document -- ", lab, ": ", E(ptype(cc), passport(r, cc)), " (", cc, ")\n")
    d("Part II -- Animal\nName: ", pn, "   Species: ", sp, "   Breed: ", br, "   DOB: ", pet_dob(r), "\n")
    d("Transponder: ", sp_chip(r), "   Implanted: ", fdate(date(r, 2015, 2024), "eu"), "\n")
    d("EU pet passport no.: ", r.choice(["GB", "FR", "DE", "IE"]), r.choice([" ", "-"]), dig(r, 2), " ", dig(r, 6), "\n")
    d("Rabies vaccine: Nobivac Rabies batch ", r.choice(string.ascii_uppercase), dig(r, 6), "; titre ", r.choice(["0.8", "2.4", "4.1"]), " IU/ml\n")
    d("Tapeworm treatment (praziquantel) given: ", fdate(date(r, 2025, 2026), "dot"), "\nOfficial veterinarian: ", P(vetp(r), "init"), ", OV no. ", dig(r, 6), "\n")
    return d, "form"


def t_euthanasia_consent(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    pn, sp, br = pet(r)
    d("CONSENT FOR EUTHANASIA AND AFTERCARE\n", r.choice(PRACTICES), "\n\n")
    d("I, ", P(o), ", of ", E("ADDRESS", address(r, cc)), ", being the owner (or authorised agent) of the animal described below, ")
    d("consent to its euthanasia.\nAnimal: ", pn, " -- ", br, ", ", str(r.randint(8, 19)), " years. Reason: ", r.choice(PET_DX), ", poor quality of life.\n")
    d("Aftercare: ", r.choice(["individual cremation, ashes returned in casket", "communal cremation", "home burial", "individual cremation, scatter at Pet Crematorium garden"]), "\n")
    d("Paw print / fur clipping requested: ", r.choice(["yes", "no"]), "\nContact number: ", E("PHONE", phone(r, cc)), "\n")
    if r.random() < .35:
        d("Note: consent read aloud to owner, who has ", E("DIAGNOSIS", r.choice(["macular degeneration", "retinitis pigmentosa", "Parkinson's disease"])), ".\n")
    d("Payment: taken by card ", masked_card(r), "\nVet: ", P(vetp(r)), "   Nurse: ", P(vetp(r), "init"), "\n")
    return d, "form"


def t_therapy_visit_consent(r):
    d = Doc()
    o = person(r, "US")
    d("Pet Therapy Visiting Program -- Resident Consent\nFacility: ", r.choice(["Magnolia Gardens Senior Living", "Sunrise of Dayton"]), "\n")
    d("Resident: ", P(o), "   Room ", str(r.randint(100, 400)), "\nDate of birth: ", E("DATE_OF_BIRTH", fdate(date(r, 1930, 1955), "us")), "\n")
    d("Medicare Beneficiary Identifier: ", E("US_MBI", mbi(r)), "\n")
    if r.random() < .5:
        d("Supplemental plan: ", r.choice(["AARP Medicare Supplement", "Humana Gold Plus"]), "   Member ID: ", E("HEALTH_PLAN_ID", r.choice(["H", "M"]) + dig(r, 9)), "\n")
    d("Allergies: ", E("DIAGNOSIS", r.choice(["cat dander allergy", "asthma"])), " -- dogs only please.\n")
    d("Visiting dog: ", r.choice(PETS_HUMANLIKE), " (", r.choice(SPECIES[0][1]), "), handler ", P(person(r, "US")), "\n")
    return d, "form"


def t_consult_note(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    pn, sp, br = pet(r)
    dx = r.choice(PET_DX)
    vet = vetp(r)
    with_owner = r.random() < .7
    d("CONSULTATION -- ", fdate(date(r, 2025, 2026), "long"), " ", "%02d:%02d" % (r.randint(8, 19), r.choice([0, 15, 30, 45])), "\n")
    d("Patient: ", pn, " | ", sp, " | ", br, " | ", str(r.randint(1, 16)), "y ", r.choice(["MN", "FN", "M", "F"]), " | ",
      str(r.randint(3, 45)), ".", str(r.randint(0, 9)), " kg\n")
    if with_owner:
        d("Client: ", P(o, r.choice(["gf", "lf"])), " -- ", E("PHONE", phone(r, cc)), "\n")
    d("S: O reports ", pn, " ", r.choice(["PU/PD for 3 weeks", "limping on LH after walk", "scratching ears, head shaking", "vomiting x4 since yesterday", "off food, lethargic"]), ". ")
    d(r.choice(["No V/D.", "Eating well otherwise.", "Appetite reduced."]), "\n")
    d("O: T ", "%.1f" % r.uniform(37.8, 39.8), " HR ", str(r.randint(70, 190)), " RR ", str(r.randint(16, 40)), ". BCS ", str(r.randint(3, 8)), "/9. MM pink, CRT<2s.\n")
    d("A: ", dx, r.choice(["", " -- suspected", " (confirmed on bloods)"]), ". DDx: ", r.choice(PET_DX), ".\n")
    d("P: Start ", r.choice(VET_DRUGS), "; recheck 14d. ", r.choice(["Bloods sent to IDEXX.", "Owner declined X-ray.", "Estimate given GBP 450-600."]), "\n")
    if with_owner and r.random() < .4:
        d("Note: O mentioned she/he has ", E("DIAGNOSIS", hdx(r, o)), " and may need help lifting ", pn, " into the car; ")
        d("O also on ", E("MEDICATION", r.choice(HUMAN_RX)), " -- advised to keep own tablets out of reach.\n")
    d("Vet: ", P(vet) if r.random() < .6 else "MRCVS (initials " + vet.given[0] + vet.family[0] + ")", "\n")
    return d, "clinical_note"


def t_surgery_note(r):
    d = Doc()
    pn, sp, br = pet(r)
    d("SURGICAL RECORD -- ", r.choice(["TPLO left stifle", "Ovariohysterectomy (spay)", "Enterotomy, foreign body (sock)", "Dental, 6 extractions", "Splenectomy", "Mass removal R flank"]), "\n")
    d("Patient ", pn, " (", br, "), ASA ", r.choice(["I", "II", "III"]), ". Premed: ", r.choice(["methadone + ACP", "dexmedetomidine + butorphanol"]), ". Induction: propofol to effect. ")
    d("Maintenance: isoflurane in O2. Fluids: Hartmann's 5 ml/kg/h.\n")
    d("Findings: ", r.choice(PET_DX), "; no complications. Closure 3-0 PDS, intradermal.\n")
    d("Post-op: ", r.choice(VET_DRUGS), ", ", r.choice(VET_DRUGS), ". Buster collar 10 days. Recheck d3 and d10.\n")
    if r.random() < .5:
        d("Surgeon: ", P(vetp(r)), "   Anaesthetist: ", P(vetp(r), "init"), "\n")
    else:
        d("Surgeon: [initials on file]   Theatre 2   Kit no. K-", dig(r, 4), "\n")
    return d, "clinical_note"


def t_vet_discharge(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    pn, sp, br = pet(r)
    d("DISCHARGE INSTRUCTIONS\n", r.choice(PRACTICES), "\n")
    adm = date(r, 2025, 2026)
    dis = (adm[0], adm[1], min(adm[2] + r.randint(1, 4), 28) if adm[2] < 28 else adm[2])
    d("Owner: ", P(o), "    Patient: ", pn, " (", br, ")\nAdmitted ", fdate(adm, "eu"), " -- discharged ", fdate(dis, "eu"), "\n\n")
    d("Diagnosis: ", r.choice(PET_DX), "\n\nMedication to go home:\n")
    for _ in range(r.randint(2, 4)):
        d(" - ", r.choice(VET_DRUGS), " ", r.choice(["1 tab PO SID", "0.5 ml PO q12h with food", "2 IU SC BID", "apply to ear BID"]), "\n")
    d("\n", pn, " should have lead exercise only. Please call ", E("PHONE", phone(r, cc)) if r.random() < .2 else r.choice(["the practice", "us"]),
      " if you see vomiting or collapse.\n")
    d("Insurance: direct claim to ", r.choice(INSURERS), ", policy ", r.choice(["PS", "WW", "BA"]), "-", dig(r, 8), "\n")
    return d, "discharge_summary"


def t_staff_ed_discharge(r):
    d = Doc()
    o = person(r, "GB")
    d(r.choice(["Glangwili General Hospital", "Cumberland Infirmary", "Royal United Hospital Bath"]), " -- Emergency Department\nDISCHARGE SUMMARY\n")
    d("Patient: ", P(o, "lf"), "   DOB: ", E("DATE_OF_BIRTH", fdate(date(r, 1970, 2003), "eu")), "\n")
    d("NHS No: ", E("UK_NHS_NUMBER", nhs(r)), "   Hospital no. (MRN): ", E("MEDICAL_RECORD_NUMBER", r.choice(["M", "RJ", "K"]) + dig(r, 7)), "\n")
    d("Address: ", E("ADDRESS", address(r, "GB")), "\n\n")
    d("Presenting complaint: occupational injury -- veterinary nurse bitten by a cat (", r.choice(PETS_HUMANLIKE), ") during restraint.\n")
    d("Diagnosis: ", E("DIAGNOSIS", r.choice(["cellulitis of the right hand", "Pasteurella multocida wound infection", "flexor tenosynovitis, left index finger"])), "\n")
    d("Treatment: IV ", E("MEDICATION", "co-amoxiclav"), ", tetanus status up to date. Discharged on oral ", E("MEDICATION", r.choice(["co-amoxiclav", "doxycycline"])), " for 7 days.\n")
    d("Note: the cat itself was reported as having ", r.choice(["FIV", "feline asthma", "hyperthyroidism"]), "; not relevant to human treatment.\n")
    d("GP: ", P(person(r, "GB")), ", ", r.choice(["Tywi Medical Practice", "Castlegate Surgery"]), "\n")
    return d, "discharge_summary"


def t_vet_lab(r):
    d = Doc()
    pn, sp, br = pet(r)
    o = person(r)
    d(r.choice(["IDEXX Laboratories", "Synlab VPG", "Laboklin GmbH & Co. KG", "NationWide Laboratories"]), "   Accession: ", r.choice("ABC"), dig(r, 8), "\n")
    d("Practice: ", r.choice(PRACTICES), "   Clinician: ", P(vetp(r), "init"), "\n")
    if r.random() < .6:
        d("Patient: ", pn.upper(), "   Owner: ", E("PERSON", o.family.upper()), "   Species: ", sp, "   Age: ", str(r.randint(1, 15)), "y\n")
    else:
        d("Patient: ", pn.upper(), "   Species: ", sp, "   Ref: ", dig(r, 6), "\n")
    d("-" * 58, "\n")
    rows = [("ALT", "U/L", 10, 125), ("ALKP", "U/L", 23, 212), ("Creatinine", "umol/L", 44, 159), ("Urea", "mmol/L", 2.5, 9.6),
            ("Glucose", "mmol/L", 4.1, 7.9), ("T4", "nmol/L", 13, 51), ("SDMA", "ug/dL", 0, 14), ("HCT", "%", 37, 55)]
    for nm, u, lo, hi in r.sample(rows, 6):
        v = r.uniform(lo * .5, hi * 1.8)
        flag = "H" if v > hi else ("L" if v < lo else "")
        d("%-12s %8.1f %-7s (%s-%s) %s\n" % (nm, v, u, lo, hi, flag))
    d("Comment: consistent with ", r.choice(PET_DX), " in this ", sp, " patient.\n")
    return d, "lab_report"


def t_human_serology(r):
    d = Doc()
    cc = cyc(["GB", "US", "IE", "AU"])
    o = person(r, cc)
    d(r.choice(["Public Health Laboratory", "Rare & Imported Pathogens Laboratory", "Occupational Health Serology"]), "\nLAB REPORT\n")
    d("Name: ", P(o, "lf"), "\nDOB: ", E("DATE_OF_BIRTH", fdate(date(r, 1965, 2002), "us" if cc == "US" else "eu")), "\n")
    d("MRN: ", E("MEDICAL_RECORD_NUMBER", dig(r, 8)), "\n")
    if cc == "GB":
        d("NHS: ", E("UK_NHS_NUMBER", nhs(r)), "\n")
    d("Occupation: veterinary surgeon, mixed practice\nRequesting clinician: Occupational Health\n\n")
    test = r.choice(["rabies", "lepto", "q"])
    if test == "rabies":
        d("Test: Rabies virus neutralising antibody (RFFIT)\nResult: ", "%.1f" % r.uniform(0.6, 12), " IU/mL (protective >= 0.5)\n")
        d("Clinical details: routine pre-exposure booster check. No diagnosis.\n")
    elif test == "lepto":
        d("Test: Leptospira MAT\nResult: titre 1:", r.choice(["800", "1600", "3200"]), " (L. icterohaemorrhagiae)\n")
        d("Interpretation: consistent with ", E("DIAGNOSIS", "leptospirosis"), "; treated with ", E("MEDICATION", "doxycycline"), ".\n")
    else:
        d("Test: Coxiella burnetii phase II IgG\nResult: POSITIVE\nInterpretation: ", E("DIAGNOSIS", "acute Q fever"), " following lambing season exposure.\n")
    d("Authorised: ", P(person(r, cc)), ", Consultant Microbiologist\n")
    return d, "lab_report"


def t_hl7_vet(r):
    d = Doc()
    o = person(r)
    pn, sp, br = pet(r)
    ts = "2026%02d%02d%02d%02d" % (r.randint(1, 10), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    sep = r.choice(["\r", "\n"])
    d("MSH|^~\\&|VETLAB|IDEXXREF|PMS|", r.choice(["HERRIOT", "STFRANCIS", "WILLOWS"]), "|", ts, "||ORU^R01|", dig(r, 9), "|P|2.5.1", sep)
    d("PID|1||A", dig(r, 7), "^^^PMS||", pn.upper(), "||", fdate(date(r, 2010, 2024), "hl7"), "|", r.choice("MF"), "||||||||||||||||||||||||",
      r.choice(["CAN", "FEL"]), "|", br.upper().replace(" ", "_"), sep)
    d("NK1|1|", E("PERSON", "%s^%s" % (o.family.upper(), o.given.upper())), "|OWN^Owner|", E("ADDRESS", "%s^^%s" % (
        address(r, o.cc).split(",")[0], address(r, o.cc).split(",")[-1].strip())) if False else "", "|", E("PHONE", phone(r, o.cc)), sep)
    d("OBR|1|", dig(r, 8), "|", r.choice("ABC"), dig(r, 8), "|CHEM^Chemistry panel|||", ts, sep)
    for code, nm, val, u in [("GLU", "Glucose", "%.1f" % r.uniform(3, 30), "mmol/L"), ("FRUC", "Fructosamine", str(r.randint(200, 700)), "umol/L"),
                             ("T4", "Total T4", "%.0f" % r.uniform(10, 120), "nmol/L")]:
        d("OBX|", "1", "|NM|", code, "^", nm, "||", val, "|", u, "|||||F", sep)
    d("NTE|1||Results suggest ", r.choice(PET_DX), "; consider ", r.choice(VET_DRUGS), ".", sep)
    return d, "hl7"


def t_hl7_human(r):
    d = Doc()
    o = person(r, r.choice(["US", "GB", "AU", "CA"]))
    ts = "2026%02d%02d%02d%02d" % (r.randint(1, 10), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    sep = "\r"
    d("MSH|^~\\&|ADT|STMARYS|OCCHEALTH|VETGROUP|", ts, "||ADT^A04|", dig(r, 10), "|P|2.4", sep)
    d("EVN|A04|", ts, sep)
    d("PID|1||", E("MEDICAL_RECORD_NUMBER", dig(r, 8)), "^^^STMARYS^MR||", E("PERSON", "%s^%s^%s" % (o.family.upper(), o.given.upper(), r.choice(string.ascii_uppercase))),
      "||", E("DATE_OF_BIRTH", fdate(date(r, 1960, 2002), "hl7")), "|", o.sex, "|||", E("ADDRESS", address(r, o.cc).replace(", ", "^")), "||",
      E("PHONE", phone(r, o.cc)), sep)
    d("PV1|1|E|ED^BAY4||||", dig(r, 6), "^", "ATTENDING^ON-CALL", sep)
    d("DG1|1||A28.1^Cat-scratch disease^I10||", ts[:8], "|W", sep) if False else d("DG1|1||B95.8^^I10|", E("DIAGNOSIS", r.choice(ZOONOSES)), "|", ts[:8], "|W", sep)
    d("NTE|1||Exposure: occupational, animal handling at veterinary practice", sep)
    return d, "hl7"


def t_fhir_vet(r):
    d = Doc()
    o = person(r)
    pn, sp, br = pet(r)
    obj = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pet-" + dig(r, 5),
                      "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-animal",
                                     "extension": [{"url": "species", "valueCodeableConcept": {"text": sp}},
                                                   {"url": "breed", "valueCodeableConcept": {"text": br}}]}],
                      "name": [{"use": "usual", "given": [pn]}], "birthDate": fdate(date(r, 2010, 2024)),
                      "identifier": [{"system": "urn:iso:11784", "value": microchip(r)}],
                      "contact": [{"relationship": [{"text": "owner"}],
                                   "name": {"family": E("PERSON", o.family), "given": [E("PERSON", o.given)]},
                                   "telecom": [{"system": "phone", "value": E("PHONE", phone(r, o.cc))},
                                               {"system": "email", "value": E("EMAIL", email(r, o))}]}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"},
                      "code": {"text": r.choice(PET_DX)}, "subject": {"reference": "Patient/pet"}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active",
                      "medicationCodeableConcept": {"text": r.choice(VET_DRUGS)}, "subject": {"reference": "Patient/pet"}}}]}
    js(d, obj)
    return d, "fhir_json"


def t_fhir_human(r):
    d = Doc()
    o = person(r, r.choice(["US", "US", "CA"]))
    obj = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p" + dig(r, 6),
                      "identifier": [{"type": {"text": "MRN"}, "value": E("MEDICAL_RECORD_NUMBER", "E" + dig(r, 7))}],
                      "name": [{"family": E("PERSON", o.family), "given": [E("PERSON", o.given)]}],
                      "birthDate": E("DATE_OF_BIRTH", fdate(date(r, 1950, 2000))),
                      "address": [{"line": [E("ADDRESS", "%d %s" % (r.randint(10, 999), r.choice(["Juniper Way", "Old Mill Rd"])))], "city": "Asheville", "state": "NC"}]}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "confirmed"},
                      "code": {"text": E("DIAGNOSIS", r.choice(ZOONOSES))}, "note": [{"text": "Exposure to client's dog at work (vet tech)."}]}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, "code": {"text": "rabies"}}},
        {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"text": E("MEDICATION", r.choice(["doxycycline", "terbinafine", "azithromycin"]))}}},
        {"resource": {"resourceType": "Coverage", "subscriberId": E("HEALTH_PLAN_ID", r.choice(["XQJ", "BCB", "UHC"]) + dig(r, 9)),
                      "payor": [{"display": r.choice(["Blue Cross NC", "UnitedHealthcare"])}], "class": [{"type": {"text": "group"}, "value": dig(r, 6)}]}}]}
    js(d, obj)
    return d, "fhir_json"


def t_referral_letter(r):
    d = Doc()
    cc = r.choice(["GB", "IE", "NL", "BE", "DE", "AU", "NZ", "ZA"])
    o = person(r, cc)
    pn, sp, br = pet(r)
    rv = vetp(r)
    d(r.choice(PRACTICES), "\n", fdate(date(r, 2025, 2026), "long"), "\n\nTo: ", r.choice(["Fitzpatrick Referrals", "Dick White Referrals", "Anderson Moores", "Davies Veterinary Specialists"]), " -- ",
      r.choice(["Neurology", "Orthopaedics", "Internal Medicine", "Oncology"]), "\n\nDear ", ["colleague"] if r.random() < .5 else ["Dr ", E("PERSON", rv.family)], ",\n\n")
    d("Re: ", pn, ", ", str(r.randint(2, 14)), "-year-old ", br, ", owned by ", P(o), " (", E("PHONE", phone(r, cc)), ").\n\n")
    d("Thank you for seeing ", pn, ". History of ", r.choice(PET_DX), " managed with ", r.choice(VET_DRUGS), " since ", str(r.randint(2018, 2025)), ". ")
    d("Presenting now with ", r.choice(["ataxia and head tilt", "non-weight-bearing lameness", "persistent hyperglycaemia despite insulin", "a rapidly growing mass"]), ". ")
    d("Insurance: ", r.choice(INSURERS), " (pre-authorisation requested; ", r.choice(PET_DX), " excluded as pre-existing).\n")
    if r.random() < .4:
        d("Please note the owner has ", E("DIAGNOSIS", hdx(r, o)), " and would appreciate ground-floor consulting.\n")
    d("\nKind regards,\n\n", P(vetp(r)), " BVSc MRCVS\n")
    return d, "clinical_note"


def t_pms_clients_csv(r):
    d = Doc()
    sep = r.choice([",", ";"])
    hdr = ["client_id", "title", "first_name", "last_name", "email", "mobile", "street", "postcode", "pet_name", "species", "chip_no", "balance"]
    crow(d, hdr, sep)
    for _ in range(r.randint(4, 7)):
        cc = r.choice(ALL_CC)
        o = person(r, cc)
        pn, sp, br = pet(r)
        a = address(r, cc)
        street, rest = a.rsplit(", ", 1)
        cells = ["C" + dig(r, 6), r.choice(["Mr", "Mrs", "Ms", "Dr", ""]), E("PERSON", o.given), E("PERSON", o.family),
                 E("EMAIL", email(r, o)), E("PHONE", phone(r, cc)), E("ADDRESS", street), rest.strip(), pn, sp, microchip(r),
                 "%d.%02d" % (r.randint(0, 900), r.randint(0, 99))]
        crow(d, cells, sep)
    crow(d, ["C000000", "", "Test", "Client", "test@example.invalid", "", "", "", "Fido", "canine", "", "0.00"], sep)
    return d, "csv"


def t_booking_tsv(r):
    d = Doc()
    crow(d, ["booked_at", "client_name", "email", "phone", "client_ip", "pet", "reason", "clinic"], "\t")
    for _ in range(r.randint(3, 6)):
        cc = r.choice(ALL_CC)
        o = person(r, cc)
        crow(d, ["2026-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                 P(o), E("EMAIL", email(r, o)), E("PHONE", phone(r, cc)), E("IP_ADDRESS", ip(r, r.choice(["doc", "pub", "v6"]))),
                 r.choice(PETS_HUMANLIKE), r.choice(["booster", "nail clip", r.choice(PET_DX) + " recheck", "second opinion -- " + r.choice(PET_DX)]),
                 r.choice(PRACTICES)], "\t")
    return d, "tsv"


def t_claims_json(r):
    d = Doc()
    cc = cyc(["ES", "IT", "NL", "AT"])
    o = person(r, cc)
    pn, sp, br = pet(r)
    hdob = date(r, 1945, 2003)
    obj = {"claimId": "CLM-%s" % dig(r, 8), "policyNumber": "%s-%s" % (r.choice(["PSM", "WWI", "KCC"]), dig(r, 7)),
           "status": r.choice(["SUBMITTED", "ASSESSING", "PAID", "DECLINED_PRE_EXISTING"]),
           "policyholder": {"name": E("PERSON", full(o)), "dateOfBirth": E("DATE_OF_BIRTH", fdate(hdob)),
                            "email": E("EMAIL", email(r, o)), "address": E("ADDRESS", address(r, cc))},
           "pet": {"name": pn, "species": sp, "breed": br, "dateOfBirth": fdate(date(r, 2010, 2024)), "microchip": microchip(r)},
           "treatment": {"condition": r.choice(PET_DX), "firstSigns": fdate(date(r, 2025, 2026)),
                         "invoiceTotal": round(r.uniform(80, 4800), 2), "vet": r.choice(PRACTICES),
                         "medications": r.sample(VET_DRUGS, 2)},
           "payout": {"method": "bank_transfer", "iban": E("IBAN", iban(r, cc, spaced=False)), "accountHolder": E("PERSON", full(o))},
           "exclusions": [r.choice(PET_DX) + " (pre-existing)"],
           "assessor": {"id": "ASR-" + dig(r, 3)}}
    if cc == "ES":
        obj["policyholder"]["nif"] = E("ES_DNI", dni(r))
    if cc == "IT":
        obj["policyholder"]["codiceFiscale"] = E("IT_FISCAL_CODE", codice_fiscale(o, hdob, r.choice(list(BELFIORE))))
    if r.random() < .4:
        obj["payout"] = {"method": "card_refund", "card": masked_card(r)}
    js(d, obj, indent=r.choice([2, 4]))
    return d, "json"


def t_microchip_ndjson(r):
    d = Doc()
    for i in range(r.randint(3, 6)):
        cc = r.choice(ALL_CC)
        o = person(r, cc)
        rec = {"event": r.choice(["REGISTER", "TRANSFER_KEEPER", "UPDATE_CONTACT"]), "chip": microchip(r),
               "implanter": "IMP-" + dig(r, 5), "animal": {"name": r.choice(PETS_HUMANLIKE), "species": r.choice(["dog", "cat", "ferret"])},
               "keeper": {"name": E("PERSON", full(o)), "phone": E("PHONE", phone(r, cc)), "postcode_area": cc}}
        if r.random() < .4:
            rec["keeper"]["address"] = E("ADDRESS", address(r, cc))
        js(d, rec, indent=None, sep=(",", ":"))
        d("\n")
    js(d, {"event": "REGISTER", "chip": microchip(r), "keeper": {"name": r.choice(PLACEHOLDERS), "phone": "00000 000000"}, "note": "training record"},
       indent=None, sep=(",", ":"))
    d("\n")
    return d, "ndjson"


def t_premium_ndjson(r):
    d = Doc()
    for i in range(r.randint(4, 7)):
        o = person(r)
        k = r.random()
        rec = {"ts": "2026-%02d-%02dT%02d:%02d:00Z" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
               "type": r.choice(["premium.collected", "premium.failed", "refund.issued"]), "policy": "PS-" + dig(r, 8),
               "amount": round(r.uniform(6, 90), 2)}
        if k < .2:
            rec["card_number"] = E("CREDIT_CARD", card(r))
            rec["holder"] = E("PERSON", full(o, "caps"))
            rec["note"] = "RAW PAN captured by legacy widget -- ticket SEC-" + dig(r, 4)
        elif k < .6:
            rec["card"] = masked_card(r)
        elif k < .7:
            rec["card_number"] = bad_card(r)
            rec["error"] = "luhn_check_failed"
        else:
            rec["mandate"] = "MNDT-" + dig(r, 9)
            rec["payer_email"] = E("EMAIL", email(r, o))
        js(d, rec, indent=None)
        d("\n")
    return d, "ndjson"


def t_staff_yaml(r):
    d = Doc()
    d("# rota: ", r.choice(["Willows Veterinary Centre", "St Francis Vets -- Keswick"]), "\n# generated by RotaMaker 3.2.1.1047\nweek_commencing: 2026-12-21\n")
    d("bank_holidays: [\"Christmas Day\", \"Boxing Day\", \"St Stephen's Day\"]\nstaff:\n")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["GB", "IE", "PL", "ES", "IT", "PT", "ZA", "AU", "NZ", "FI"])
        s = person(r, cc)
        d("  - name: ", P(s), "\n    role: ", r.choice(["MRCVS", "RVN", "SVN", "receptionist", "ACA"]), "\n")
        d("    rcvs_number: \"", dig(r, 7), "\"\n")
        if r.random() < .6:
            d("    mobile: \"", E("PHONE", phone(r, cc)), "\"\n")
        d("    shifts: [", ", ".join(r.sample(["Mon-AM", "Mon-PM", "Tue-AM", "Wed-OOH", "Thu-AM", "Fri-PM", "Sat-AM", "Sun-OOH"], 3)), "]\n")
    d("on_call_cover: Vets Now (", r.choice(["Christmas Eve", "New Year's Day"]), ")\n")
    return d, "yaml"


def t_policy_yaml(r):
    d = Doc()
    cc = r.choice(["GB", "GB", "IE", "NL", "DE", "FR", "ES", "AU", "NZ", "ZA"])
    o = person(r, cc)
    pn, sp, br = pet(r)
    d("policy:\n  number: ", r.choice(["BA", "KCC"]), "-", dig(r, 8), "\n  product: Lifetime 7500\n  holder:\n")
    d("    name: ", P(o), "\n    date_of_birth: ", E("DATE_OF_BIRTH", fdate(date(r, 1945, 2004))), "\n")
    d("    address: |\n      ")
    a = address(r, cc, oneline=False)
    if "\n" in a:
        a = a.replace("\n", "\n      ")
    d(E("ADDRESS", a), "\n    email: ", E("EMAIL", email(r, o)), "\n")
    d("  pet:\n    name: ", pn, "\n    breed: ", br, "\n    date_of_birth: ", fdate(date(r, 2012, 2024)), "   # pet, not holder\n")
    d("  exclusions:\n    - ", r.choice(PET_DX), "\n    - bilateral ", r.choice(["cruciate disease", "hip dysplasia"]), "\n")
    d("  payment:\n")
    if cc == "GB":
        sc, acc = uk_bank(r)
        d("    sort_code: \"", sc, "\"\n    account_number: \"", E("UK_BANK_ACCOUNT", acc), "\"\n")
    elif cc in IBAN_CC:
        d("    iban: ", E("IBAN", iban(r, cc)), "\n")
    else:
        d("    card: \"", E("CREDIT_CARD", card(r)), "\"   # TODO tokenise\n")
    return d, "yaml"


def t_price_list_csv(r):
    d = Doc()
    crow(d, ["sku", "item", "category", "pack", "price_ex_vat", "vat"], ",")
    items = [(x, "drug") for x in r.sample(VET_DRUGS, 8)] + [("Puppy health plan -- " + b, "plan") for b in r.sample(SPECIES[0][1], 3)] + \
            [("Bravecto 1000 mg chewable", "parasiticide"), ("Consultation (Dr Dolittle clinic)", "service"), ("Euthanasia + communal cremation", "service")]
    for it, cat in items:
        crow(d, [r.choice(["SKU", "VP"]) + "-" + dig(r, 6), it, cat, r.choice(["1", "28 tabs", "10 ml", "30 caps"]), "%.2f" % r.uniform(3, 300), "20%"], ",")
    return d, "csv"


def t_stock_json(r):
    d = Doc()
    obj = {"site": r.choice(PRACTICES), "generated": "2026-11-%02dT06:00:00Z" % r.randint(1, 27), "pms_version": version_ip(r),
           "items": [{"sku": "VP-" + dig(r, 6), "name": x, "batch": r.choice(string.ascii_uppercase) + dig(r, 5), "expiry": fdate(date(r, 2026, 2029)),
                      "qty": r.randint(0, 60), "schedule": r.choice(["POM-V", "POM-VPS", "CD2", "CD4", "AVM-GSL"])} for x in r.sample(VET_DRUGS, 5)],
           "oid": "2.16.840.1.113883.6.%d" % r.randint(1, 300)}
    js(d, obj)
    return d, "json"


def t_rota_csv(r):
    d = Doc()
    crow(d, ["date", "shift", "vet_first", "vet_last", "nurse", "notes"], ",")
    for _ in range(r.randint(4, 7)):
        v = vetp(r)
        n = vetp(r)
        crow(d, [fdate(date(r, 2026, 2026), "iso"), r.choice(["AM", "PM", "OOH"]), E("PERSON", v.given), E("PERSON", v.family), P(n),
                 r.choice(["", "Boxing Day cover", "Bella (ICU) meds 22:00", "Kevin the cat -- fluids", "Good Friday", "Dr Martens delivery"])], ",")
    return d, "csv"


def t_vacc_reminders_csv(r):
    d = Doc()
    sep = r.choice([",", "\t"])
    crow(d, ["owner", "email", "mobile", "pet", "vaccine", "due"], sep)
    for _ in range(r.randint(4, 6)):
        cc = r.choice(ALL_CC)
        o = person(r, cc)
        crow(d, [P(o, r.choice(["gf", "lf"])), E("EMAIL", email(r, o)), E("PHONE", phone(r, cc)), r.choice(PETS_HUMANLIKE),
                 r.choice(["DHPPi+L4", "Rabies", "RCP (cat flu/enteritis)", "Kennel cough (Bb/PiV)", "Myxo-RHD Plus"]), fdate(date(r, 2026, 2027))], sep)
    return d, ("csv" if sep == "," else "tsv")


def t_tax_invoice_json(r):
    d = Doc()
    if IDX[0] % 2 == 0:
        o = person(r, "BR")
        obj = {"nfse": {"numero": dig(r, 6), "prestador": {"razaoSocial": "Clínica Veterinária Dr. Sílvio Bichos Ltda", "cnpj": "%s.%s.%s/0001-%s" % (dig(r, 2), dig(r, 3), dig(r, 3), dig(r, 2))},
                        "tomador": {"nome": E("PERSON", full(o)), "cpf": E("BR_CPF", cpf(r)), "email": E("EMAIL", email(r, o)),
                                    "endereco": E("ADDRESS", address(r, "BR"))},
                        "servico": {"descricao": "Consulta + vacina V10 -- paciente " + r.choice(PETS_HUMANLIKE) + " (canino)", "valor": round(r.uniform(90, 900), 2)}}}
    else:
        o = person(r, "IT")
        dob = date(r, 1950, 2000)
        obj = {"fattura": {"numero": "%s/2026" % dig(r, 4), "cedente": "Ambulatorio Veterinario Dolittle S.r.l.",
                           "cessionario": {"nome": E("PERSON", o.given), "cognome": E("PERSON", o.family),
                                           "codiceFiscale": E("IT_FISCAL_CODE", codice_fiscale(o, dob, r.choice(list(BELFIORE)))),
                                           "indirizzo": E("ADDRESS", address(r, "IT"))},
                           "righe": [{"descrizione": "Visita clinica -- " + r.choice(PET_DX), "importo": round(r.uniform(40, 300), 2)},
                                     {"descrizione": r.choice(VET_DRUGS), "importo": round(r.uniform(5, 90), 2)}],
                           "nota": "Spesa detraibile (animali da compagnia) -- microchip " + microchip(r)}}
    js(d, obj)
    return d, "json"


def t_config_yaml(r):
    d = Doc()
    d("# pms-integration.yaml\nservice: hl7-bridge\nversion: ", version_ip(r), "\n")
    d("listen: 0.0.0.0:2575\nloopback_health: 127.0.0.1:9100\nupstream:\n  lab: idexx-ref.example.net\n  oid_root: 2.16.840.1.113883.3.", str(r.randint(100, 9999)), "\n")
    d("retry: {attempts: 5, backoff_ms: 250}\nmapping:\n  species_code: PID-35\n  breed_code: PID-36\n  owner_segment: NK1\n")
    d("feature_flags:\n  chip_lookup_v2: true   # see ticket PET-", dig(r, 4), "\n  build: ", dig(r, 4), ".", dig(r, 2), ".", dig(r, 3), "\n")
    return d, "yaml"


def t_claims_stats_tsv(r):
    d = Doc()
    crow(d, ["condition", "species", "claims_2026", "avg_paid_gbp", "pct_declined_preexisting"], "\t")
    for c in r.sample(PET_DX, 7):
        crow(d, [c, r.choice(["dog", "cat"]), str(r.randint(20, 4000)), "%.2f" % r.uniform(90, 3000), "%.1f%%" % r.uniform(0, 40)], "\t")
    return d, "tsv"


def t_formulary_json(r):
    d = Doc()
    js(d, {"formulary": "Group small-animal formulary 2026", "entries": [
        {"drug": x, "species": r.sample(["dog", "cat", "rabbit", "horse"], 2), "cascade": r.choice([True, False])} for x in r.sample(VET_DRUGS, 6)]
        + [{"drug": h, "species": ["dog"], "cascade": True, "note": "human-licensed product"} for h in r.sample(HUMAN_RX, 2)]})
    return d, "json"


def ts(r):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def t_web_access_log(r):
    d = Doc()
    for _ in range(r.randint(5, 9)):
        k = r.random()
        if k < .2:
            d("127.0.0.1 - - [", ts(r), "] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n")
            continue
        d(E("IP_ADDRESS", ip(r)), " - - [", ts(r), "] \"")
        if k < .45:
            o = person(r)
            d("GET /booking/confirm?email=", E("EMAIL", email(r, o)), "&pet=", r.choice(PETS_HUMANLIKE), " HTTP/2\" 302 0")
        else:
            d(r.choice(["GET /api/v", "POST /api/v"]), str(r.randint(1, 3)), r.choice(["/slots?clinic=keswick", "/pets/search?chip=" + microchip(r), "/static/app.", "/breeds?q=King+Charles"]),
              " HTTP/1.1\" ", r.choice(["200", "404", "304"]), " ", str(r.randint(100, 90000)))
        d(" \"-\" \"Mozilla/5.0 BookingWidget/", version_ip(r), "\"\n")
    return d, "log"


def t_auth_kv_log(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        s = vetp(r)
        ev = r.choice(["login_ok", "login_failed", "mfa_challenge", "record_view", "export_csv"])
        d(ts(r), " level=", r.choice(["info", "warn"]), " app=pms-web event=", ev, " user=", E("EMAIL", email(r, s)), " src_ip=", E("IP_ADDRESS", ip(r)))
        if ev == "record_view":
            d(" client_id=C", dig(r, 6), " patient=\"", r.choice(PETS_HUMANLIKE), "\"")
        if ev == "export_csv":
            d(" rows=", str(r.randint(10, 9000)), " report=\"vaccination_reminders\"")
        d(" ua_build=", version_ip(r), "\n")
    return d, "log"


def t_payment_gw_log(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        k = r.random()
        d("[", ts(r), "] gw=", r.choice(["adyen", "stripe", "worldpay"]), " txn=", "T" + dig(r, 12), " ")
        if k < .15:
            d("WARN raw payload logged: {\"pan\":\"", E("CREDIT_CARD", card(r).replace(" ", "").replace("-", "")), "\",\"exp\":\"", "%02d/%02d" % (r.randint(1, 12), r.randint(27, 31)),
              "\",\"name\":\"", E("PERSON", full(person(r), "caps")), "\"}\n")
        elif k < .3:
            d("ERROR invalid_card pan=", bad_card(r), " reason=luhn\n")
        else:
            d("INFO auth ok card=", masked_card(r).replace("ending in ", "****").replace(" ", ""), " amount=", "%.2f" % r.uniform(20, 900), " ref=INV-", dig(r, 7), "\n")
    return d, "log"


def t_cd_register_log(r):
    d = Doc()
    us = r.random() < .5
    d("# controlled drugs register export -- ", r.choice(PRACTICES), "\n")
    for _ in range(r.randint(4, 6)):
        s = vetp(r)
        d(ts(r), " | ", r.choice(["methadone 10mg/ml", "ketamine 100mg/ml", "buprenorphine 0.3mg/ml", "diazepam 5mg", "phenobarbital 60mg"]),
          " | ", r.choice(["received", "administered", "supplied", "destroyed (witnessed)"]), " | qty ", str(r.randint(1, 30)), " | patient ",
          r.choice(PETS_HUMANLIKE), " | by ", P(s, "init"))
        if us and r.random() < .5:
            o = person(r, "US")
            st, code, num = dl(r)
            d(" | collected by ", P(o), " (", code, " DL ", E("DRIVER_LICENSE", num), ")")
        d(" | bal ", str(r.randint(0, 200)), "\n")
    return d, "log"


def t_app_log_nopii(r):
    d = Doc()
    for _ in range(r.randint(6, 10)):
        d(ts(r), " ", r.choice(["INFO", "DEBUG", "WARN"]), " ", r.choice([
            "hl7-bridge started build=%s" % version_ip(r),
            "analyzer IDEXX-Catalyst fw %s connected on 127.0.0.1:%d" % (version_ip(r), r.randint(2000, 9000)),
            "chip lookup %s -> animal_id=A%s (found)" % (microchip(r), dig(r, 6)),
            "OID 1.2.840.10008.5.1.4.1.1.%d accepted (DICOM radiograph)" % r.randint(1, 12),
            "order ORD-%s shipped tracking 1Z%s" % (dig(r, 8), "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))),
            "reminder batch %s: 412 SMS queued" % dig(r, 5),
            "patient Bella weight 28.4 kg synced",
            "QC lot %s glucose L2 in range" % dig(r, 6),
            "listening on 0.0.0.0:8443", "cron: nightly backup ok (%d MB)" % r.randint(100, 9000)]), "\n")
    return d, "log"


def t_call_cdr_log(r):
    d = Doc()
    d("call_id,start,caller,called,agent,queue,duration_s,disposition\n")
    for _ in range(r.randint(4, 7)):
        cc = r.choice(ALL_CC)
        a = vetp(r)
        d(dig(r, 10), ",", ts(r), ",", E("PHONE", phone(r, cc)), ",", r.choice(["+44 1768 772000", "0800 123 4567"]) if False else "MAIN-IVR", ",",
          E("PERSON", full(a)), ",", r.choice(["claims", "sales", "vet-advice"]), ",", str(r.randint(20, 1800)), ",", r.choice(["answered", "abandoned", "voicemail"]), "\n")
    return d, "log"


def t_insurer_sync_log(r):
    d = Doc()
    for _ in range(r.randint(4, 7)):
        cc = r.choice(IBAN_CC)
        o = person(r, cc)
        k = r.random()
        d(ts(r), " sync-worker[", str(r.randint(100, 9999)), "] ")
        if k < .3:
            d("bank validation FAILED policy=", "PS-" + dig(r, 8), " iban=", bad_iban(r, cc).replace(" ", ""), " reason=checksum\n")
        elif k < .6:
            d("mandate created policy=PS-", dig(r, 8), " holder=\"", P(o), "\" iban=", E("IBAN", iban(r, cc, spaced=False)), "\n")
        else:
            d("claim ", "CLM-" + dig(r, 8), " status->PAID amount=", "%.2f" % r.uniform(50, 3000), " condition=\"", r.choice(PET_DX), "\" pet=", r.choice(PETS_HUMANLIKE), "\n")
    return d, "log"


def t_sms_gateway_log(r):
    d = Doc()
    for _ in range(r.randint(4, 7)):
        cc = r.choice(ALL_CC)
        d(ts(r), " sms.out to=", E("PHONE", phone(r, cc).replace(" ", "")), " tpl=", r.choice(["vacc_reminder", "op_ready", "claim_update"]),
          " msg=\"", r.choice(["Hi! ", ""]), r.choice(PETS_HUMANLIKE), " is due a booster. Reply STOP to opt out\" status=", r.choice(["DELIVRD", "UNDELIV", "ACCEPTD"]), "\n")
    return d, "log"


def t_portal_audit_log(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        o = person(r)
        d(ts(r), " audit action=", r.choice(["view_bank_details", "update_address", "download_schedule", "add_pet"]), " actor=", E("EMAIL", email(r, o)),
          " ip=", E("IP_ADDRESS", ip(r)), " shown=\"", r.choice(["****", "xx-xx-"]), dig(r, 4), "\" session=", "".join(r.choice("0123456789abcdef") for _ in range(16)), "\n")
    return d, "log"


def t_lab_qc_log(r):
    d = Doc()
    d("Analyzer: ProCyte Dx  SN ", dig(r, 7), "  firmware ", version_ip(r), "\n")
    for _ in range(r.randint(5, 8)):
        d(ts(r), " QC level ", r.choice(["L", "N", "H"]), " lot ", dig(r, 6), " WBC ", "%.2f" % r.uniform(3, 20), " HCT ", "%.1f" % r.uniform(20, 55),
          " ", r.choice(["PASS", "PASS", "WARN 2SD"]), "\n")
    return d, "log"


def t_claim_email(r):
    d = Doc()
    cc = cyc(["GB", "NL", "GB", "IE", "BE"])
    o = person(r, cc)
    pn, sp, br = pet(r)
    em = email(r, o)
    d("From: ", P(o), " <", E("EMAIL", em), ">\nTo: claims@", r.choice(["pawshield.example", "whiskerwise.example"]), "\nSubject: Re: claim ", "CLM-" + dig(r, 8), " for ", pn, "\n\n")
    d(r.choice(["Hello", "Hi there", "Dear claims team"]), ",\n\n")
    d("Please find attached the invoice from ", r.choice(PRACTICES), " for ", pn, "'s ", r.choice(PET_DX), " treatment. ")
    d("I don't understand why ", r.choice(PET_DX), " is listed as pre-existing -- ", pn, " was only diagnosed last month.\n\n")
    d("Please pay into my account: ")
    if cc == "GB":
        sc, acc = uk_bank(r)
        d(E("UK_BANK_ACCOUNT", sc + " " + acc), " (sort code then account)")
    else:
        d(E("IBAN", iban(r, cc)))
    d(".\nMy phone is ", E("PHONE", phone(r, cc)), " if easier.\n\n", r.choice(["Thanks", "Kind regards", "Mit freundlichen Grüßen", "Cordialement"]), ",\n", E("PERSON", o.given), "\n\n")
    d("> On ", fdate(date(r, 2026, 2026), "long"), ", Claims Team wrote:\n> We need a copy of the full clinical history for ", pn, " before we can assess.\n")
    d("> ", r.choice(INSURERS), " | Ref ", dig(r, 6), "\n")
    return d, "email"


def t_referral_email(r):
    d = Doc()
    a, b = vetp(r), vetp(r)
    o = person(r)
    pn, sp, br = pet(r)
    d("From: ", E("EMAIL", email(r, a)), "\nTo: ", E("EMAIL", "referrals@" + r.choice(["fitzref.example", "dwr.example", "amoores.example"])), "\nSubject: Referral -- ", pn, " (", br, ")\n\n")
    d("Hi ", E("PERSON", b.given), ",\n\nCould you see ", pn, "? ", r.choice(PET_DX).capitalize(), ", poorly controlled on ", r.choice(VET_DRUGS), ". ")
    d("Owner is ", P(o), ", best on ", E("PHONE", phone(r, o.cc)), ". Insured with ", r.choice(INSURERS), ".\n\n")
    d("Cheers,\n", E("PERSON", a.given), "\n--\n", r.choice(PRACTICES), " | RCVS Accredited Practice\n")
    return d, "email"


def t_complaint_email(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    pn, sp, br = pet(r)
    v = vetp(r)
    d("From: ", E("EMAIL", email(r, o)), "\nTo: complaints@vetgroup.example\nSubject: Formal complaint -- treatment of ", pn, "\n\n")
    d("To whom it may concern,\n\nI am writing to complain about the care ", pn, " received at ", r.choice(PRACTICES), " on ", fdate(date(r, 2026, 2026), "long"), ". ")
    d("Dr ", E("PERSON", v.family), " told me ", pn, " had ", r.choice(PET_DX), " but never explained the cost.\n\n")
    k = r.random()
    if k < .6:
        d("As I explained at reception, I have ", E("DIAGNOSIS", hdx(r, o)), " and find the stairs to your consulting room impossible. ")
        if r.random() < .5:
            d("I am also on ", E("MEDICATION", r.choice(HUMAN_RX)), " which makes me drowsy, so I could not drive back the same day.")
        d("\n\n")
    else:
        d("It was, frankly, a total migraine of a day, and the waiting room felt like the Great Depression.\n\n")
    d("I expect a refund of the ", "%d" % r.randint(80, 900), " charged. Address for correspondence: ", E("ADDRESS", address(r, cc)), ".\n\nYours faithfully,\n", P(o), "\n")
    return d, "email"


def t_whatsapp_chat(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    pn, sp, br = pet(r)
    rec = vetp(r)
    t = "[%02d/%02d/2026, %02d:%02d]" % (r.randint(1, 28), r.randint(1, 11), r.randint(8, 18), r.randint(0, 59))
    d(t, " ", E("PERSON", o.given), ": hi is there a slot today? ", pn, " has been ", r.choice(["sick twice", "limping", "drinking loads"]), "\n")
    d(t, " ", E("PERSON", rec.given), " (reception): Hi! Yes 4:10pm with ", P(vetp(r)), ". Is that the ", br, "?\n")
    d(t, " ", E("PERSON", o.given), ": yes. also can u update my number its ", E("PHONE", phone(r, cc)), " now\n")
    if r.random() < .5:
        d(t, " ", E("PERSON", o.given), ": and email ", E("EMAIL", email(r, o)), "\n")
    d(t, " ", E("PERSON", rec.given), " (reception): Done. Remember ", pn, "'s ", r.choice(["Apoquel", "Vetoryl", "Metacam", "gabapentin", "methimazole", "pimobendan"]), " repeat is ready to collect\n")
    if r.random() < .3:
        d(t, " ", E("PERSON", o.given), ": thanks. sorry for slow replies im on ", E("MEDICATION", r.choice(HUMAN_RX)), " after my op\n")
    return d, "chat"


def t_staff_chat(r):
    d = Doc()
    named = r.random() < .5
    names = [vetp(r) for _ in range(3)]
    for i in range(r.randint(4, 6)):
        who = r.choice(names)
        d(ts(r)[11:16], " ", E("PERSON", who.given) if named else r.choice(["Kennels", "Theatre", "Reception", "OOH vet"]), ": ",
          r.choice(["Kevin in kennel 4 has eaten his bandage again", "Doris needs her insulin at 6", "Can someone cover Boxing Day?",
                    "Gerald the rabbit is going home at 3", "Lady Penelope's owner rang, wants update", "Who moved the Librela?",
                    "Mr Darcy (cat) BG 24.1 -- diabetic crisis?", "Reminder: CPD on Cushing's tomorrow", "Elvis has left the building (discharged)"]), "\n")
    return d, "chat"


def t_call_transcript(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    ag = vetp(r)
    pn, sp, br = pet(r)
    d("Call recording transcript -- queue: ", r.choice(["claims", "new business", "vet advice line"]), " -- ", ts(r), "\n\n")
    d("AGENT (", E("PERSON", ag.given), "): Thanks for calling ", r.choice(INSURERS), ", you're speaking with ", E("PERSON", ag.given), ". Can I take your full name?\n")
    d("CALLER: It's ", P(o), ".\nAGENT: And for security, your date of birth?\nCALLER: ", E("DATE_OF_BIRTH", fdate(date(r, 1945, 2003), r.choice(["long", "uslong"]))), ".\n")
    d("AGENT: And the first line of your address?\nCALLER: ", E("ADDRESS", address(r, cc).split(",")[0]), ".\n")
    d("AGENT: Lovely. How can I help?\nCALLER: ", pn, " was diagnosed with ", r.choice(PET_DX), " and the vet wants to start ", r.choice(VET_DRUGS), ". ")
    k = r.random()
    if k < .4:
        d("I'm ", E("DIAGNOSIS", r.choice(["type 1 diabetic", "diabetic"])), " myself so I know how to do the injections, that's not the worry.\n")
    elif k < .7:
        d("Funny, I take ", E("MEDICATION", r.choice(["levothyroxine", "gabapentin", "fluoxetine", "omeprazole"])), " myself -- same drug, different dose!\n")
    else:
        d("The cost is the worry.\n")
    d("AGENT: I understand. I can set up the payment for the excess now -- card number when you're ready.\nCALLER: ")
    if r.random() < .5:
        d(E("CREDIT_CARD", card(r)), ", expiry ", "%02d/%02d" % (r.randint(1, 12), r.randint(27, 31)), ".\n")
    else:
        d("[PAUSED -- PCI redaction: card details not recorded]\n")
    d("AGENT: Thank you. Reference ", r.choice("ABCDEF"), dig(r, 7), ".\n")
    return d, "chat"


def t_support_ticket(r):
    d = Doc()
    cc = "US" if IDX[0] == 1 else r.choice(ALL_CC)
    o = person(r, cc)
    d("Ticket #", dig(r, 6), "  [", r.choice(["Booking site", "Owner portal", "Claims app"]), "]  Priority: ", r.choice(["P3", "P2"]), "\n")
    d("Requester: ", P(o), " <", E("EMAIL", email(r, o)), ">\nStatus: open\n\n")
    d("Description:\n", r.choice(["cant log in to the pet portal, keeps saying wrong password",
                                    "booking widget charged me twice for " + r.choice(PETS_HUMANLIKE) + "'s appointment", "the app shows the wrong pet, i have 2 cats"]), "\n")
    k = r.random()
    if IDX[0] == 1:
        k = 0.4
    if k < .3:
        d("my card is ", masked_card(r), " and i was charged twice\n")
    elif k < .5:
        d("uploaded my ID for the claim: passport ", E(ptype(cc), passport(r, cc)), " (", cc, ")\n")
    elif k < .7:
        d("login from ", E("IP_ADDRESS", ip(r, "pub")), " according to your email, that wasnt me!!\n")
    d("\n--- internal note ---\n", E("PERSON", vetp(r).given), ": reproduced on build ", version_ip(r), ", escalated to L2.\n")
    return d, "ticket"


def t_complaint_ticket(r):
    d = Doc()
    named = r.random() < .6
    d("CASE ", r.choice(["CMP", "FOS"]), "-", dig(r, 6), " | Category: ", r.choice(["claim declined -- pre-existing", "price increase", "euthanasia handling", "lost ashes"]), "\n")
    if named:
        cc = r.choice(ALL_CC)
        o = person(r, cc)
        d("Customer: ", P(o), " | Tel ", E("PHONE", phone(r, cc)), "\n")
    else:
        d("Customer: [see CRM]\n")
    d("Summary: claim for ", r.choice(PETS_HUMANLIKE), " (", r.choice(PET_DX), ") declined as symptoms first noted before inception. ")
    d("Customer disputes vet note dated ", fdate(date(r, 2024, 2026), "eu"), ". Recommend ex-gratia ", "%d" % r.randint(50, 500), ".\n")
    d("Handler: ", E("PERSON", full(vetp(r))) if named else "team B", "\n")
    return d, "ticket"


def t_vacc_certificate(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    pn, sp, br = pet(r)
    d("VACCINATION CERTIFICATE / RECORD CARD\n", r.choice(PRACTICES), "\n\n")
    d("Owner: ", P(o, r.choice(["gf", "caps"])), "\n", E("ADDRESS", address(r, cc, oneline=False)), "\n\n")
    d("Animal: ", pn, "   Sex: ", r.choice(["M", "F", "MN", "FN"]), "   Colour: ", r.choice(["black & tan", "tabby", "merle", "ginger"]), "\n")
    d("Date of birth: ", pet_dob(r), "   Microchip: ", sp_chip(r), "\n\n")
    for _ in range(r.randint(2, 4)):
        d(fdate(date(r, 2022, 2026), "eu"), "  ", r.choice(["Nobivac DHP", "Nobivac L4", "Versican Plus", "Purevax RCP", "Nobivac Rabies"]), "  batch ",
          r.choice(string.ascii_uppercase), dig(r, 5), "  next due ", fdate(date(r, 2026, 2028), "eu"), "  vet ", P(vetp(r), "init"), "\n")
    return d, "free_text"


def t_cremation_cert(r):
    d = Doc()
    o = person(r)
    pn = r.choice(PETS_HUMANLIKE)
    d(r.choice(["Rainbow Bridge Pet Crematorium", "Peaceful Paws Aftercare", "Dignity Pet Crematorium"]), "\nCERTIFICATE OF INDIVIDUAL CREMATION\n\n")
    d("This is to certify that ", pn, ", beloved companion of ", P(o), ", was individually cremated on ", fdate(date(r, 2025, 2026), "long"), ".\n")
    d("Cremation no. ", dig(r, 6), ". Ashes returned in a ", r.choice(["oak casket", "scatter tube", "slate urn"]), " with engraved plate \"", pn, " -- forever in our hearts\".\n")
    d("Referred by ", r.choice(PRACTICES), ".\n")
    return d, "free_text"


def t_policy_schedule(r):
    d = Doc()
    cc = r.choice(["GB", "IE", "AU", "NZ", "ZA", "CA", "US", "SG", "HK", "JP", "KE", "IN", "MX", "BR"])
    o = person(r, cc)
    pn, sp, br = pet(r)
    d(r.choice(INSURERS), " -- POLICY SCHEDULE\n\nPolicyholder: ", P(o), "\nDate of birth: ", E("DATE_OF_BIRTH", fdate(date(r, 1945, 2004), r.choice(["long", "eu", "uslong"]))), "\n")
    d("Correspondence address: ", E("ADDRESS", address(r, cc)), "\nPolicy period: ", fdate(date(r, 2026, 2026), "long"), " to one year later\n\n")
    d("Insured pet: ", pn, " (", br, ", born ", pet_dob(r), ")\nVet fees limit: 7,500 per condition per year\nExcess: 99 + 20% co-pay from age 9\n")
    d("Special terms: EXCLUDED -- ", r.choice(PET_DX), " and any related condition (pre-existing, noted ", fdate(date(r, 2023, 2025), "eu"), ").\n")
    d("Premium collected monthly by ", masked_card(r) if r.random() < .6 else "direct debit", ".\n")
    return d, "free_text"


def t_asia_licence(r):
    d = Doc()
    cc = cyc(["SG", "IN", "HK", "SG"])
    o = person(r, cc)
    if cc == "SG":
        d("Animal & Veterinary Service -- Dog Licence Application\nApplicant: ", P(o), "\nNRIC/FIN: ", E("SG_NRIC", nric(r)), "\n")
        d("Address: ", E("ADDRESS", address(r, "SG")), "\nMobile: ", E("PHONE", phone(r, "SG")), "\n")
        d("Dog: ", r.choice(PETS_HUMANLIKE), ", ", r.choice(["Shih Tzu", "Poodle", "Singapore Special"]), ", chip ", microchip(r), ". HDB-approved breed: yes\n")
        d("Note: previous application ", bad_nric(r), " rejected -- NRIC check letter mismatch (typo).\n")
    elif cc == "HK":
        d("AFCD dog licence renewal\nOwner: ", P(o), " (HKID on file: ", r.choice("ABCKZ"), "***", dig(r, 3), "(X))\nTel: ", E("PHONE", phone(r, "HK")), "\n")
        d("Address: ", E("ADDRESS", address(r, "HK")), "\nDog: ", r.choice(PETS_HUMANLIKE), ", rabies vaccine given ", fdate(date(r, 2025, 2026), "eu"), "\n")
    else:
        d("Pet insurance e-KYC (India)\nProposer: ", P(o), "\nAadhaar: ", E("IN_AADHAAR", aadhaar(r)), "\nPAN: ", "".join(r.choice(string.ascii_uppercase) for _ in range(5)), dig(r, 4), r.choice(string.ascii_uppercase), "\n")
        d("Mobile: ", E("PHONE", phone(r, "IN")), "\nAddress: ", E("ADDRESS", address(r, "IN")), "\nDog: ", r.choice(PETS_HUMANLIKE), " (Indie), age 3\n")
        d("Earlier attempt with ", bad_aadhaar(r), " failed Verhoeff check.\n")
    return d, "free_text"


def t_kyc_narrative(r):
    d = Doc()
    cc = cyc(["BR", "ES", "ZA", "KE", "MX", "LT", "FI"])  # BR: CPF, ES: NIE, others: passport
    o = person(r, cc)
    d("Onboarding note -- ", r.choice(INSURERS), "\n\n")
    d("Spoke with ", P(o), " today. ")
    if cc == "BR":
        d("Ela/ele informou o CPF ", E("BR_CPF", cpf(r)), " (o número ", bad_cpf(r), " que constava antes estava inválido). ")
    elif cc == "ES":
        d("Facilitó su NIE ", E("ES_DNI", dni(r, True)), "; el DNI anterior ", bad_dni(r), " no validaba. ")
    else:
        d("Verified ", r.choice(["passport", "travel document"]), " ", E(ptype(cc), passport(r, cc)), " (", cc, "). ")
    d("Born ", E("DATE_OF_BIRTH", fdate(date(r, 1950, 2003), "long")), ". Lives at ", E("ADDRESS", address(r, cc)), ". ")
    d("Wants cover for two cats, ", r.choice(PETS_HUMANLIKE), " and ", r.choice(PETS_HUMANLIKE), "; one has ", r.choice(PET_DX), " (will be excluded).\n")
    return d, "free_text"


def t_anon_case(r):
    d = Doc()
    pn, sp, br = pet(r)
    d("Case of the month: a ", str(r.randint(3, 14)), "-year-old ", br, " named ", pn, " presented with ", r.choice(PET_DX), ". ")
    d("Bloods showed ", r.choice(["azotaemia", "hyperglycaemia and glucosuria", "raised ALKP", "hypercalcaemia"]), ". We started ", r.choice(VET_DRUGS), " and ")
    d("the patient improved within a week. Take-home: ", r.choice(PET_DX), " is under-diagnosed in ", sp, "s. Thanks to the team at ", r.choice(PRACTICES), ".\n")
    return d, "free_text"


def t_health_article(r):
    d = Doc()
    d(r.choice(["Diabetes in cats: what owners should know", "Zoonoses and your family", "Arthritis in older dogs"]), "\n\n")
    d("Studies suggest that around 1 in 200 cats develop diabetes mellitus. In people, type 2 diabetes is linked to obesity -- and the same is true of pets. ")
    d("Toxoplasmosis is a concern for pregnant women, and ringworm can pass from kittens to children. Drugs like metformin are used in humans but rarely in cats; ")
    d("insulin glargine is common in both. Ask your vet about ", r.choice(VET_DRUGS), ". Cushing's disease affects many older dogs.\n")
    return d, "free_text"


def t_release_notes(r):
    d = Doc()
    d("PetPMS ", version_ip(r), " release notes\n\n")
    for _ in range(r.randint(4, 6)):
        d("- ", r.choice(["Fixed microchip search for 15-digit ISO numbers", "HL7 PID-35 species codes now mapped", "Added Boxing Day to UK holiday calendar",
                          "Owner merge no longer drops pets named 'John Doe'", "Upgraded to OpenSSL %s" % version_ip(r),
                          "Insurance direct-claims API v%s" % version_ip(r), "Masked IBANs now show last 4 only (e.g. GB** **** 1234)"]), "\n")
    return d, "free_text"


def t_breed_guide(r):
    d = Doc()
    d("Breed notes for reception staff\n")
    for b in r.sample(SPECIES[0][1], 5):
        d("* ", b, ": common issues -- ", r.choice(PET_DX), ", ", r.choice(PET_DX), ".\n")
    d("Reminder: a Jack Russell or a King Charles on the list is a breed, not a client.\n")
    return d, "free_text"


def t_newsletter_html(r):
    d = Doc()
    staff = r.random() < .6
    d("<html><body><h1>", r.choice(PRACTICES), " -- Winter newsletter</h1>\n<p>Meet our patients of the month: <b>", r.choice(PETS_HUMANLIKE), "</b> (recovering from ", r.choice(PET_DX), ") and <b>",
      r.choice(PETS_HUMANLIKE), "</b>.</p>\n")
    if staff:
        s = vetp(r)
        d("<p>Welcome to our new vet, <strong>", P(s), "</strong>, who joins from ", r.choice(PRACTICES), ".</p>\n")
    d("<p>We are closed on Christmas Day, Boxing Day and St Stephen's Day. Out-of-hours cover by Vets Now.</p>\n")
    d("<ul><li>Senior health clinics: free T4 check</li><li>10% off ", r.choice(VET_DRUGS), "</li></ul></body></html>\n")
    return d, "html"


def t_booking_html(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    d("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">\n<h2>Your appointment is confirmed</h2>\n<p>Dear ", E("PERSON", o.given), ",</p>\n")
    d("<table><tr><td>Pet</td><td>", r.choice(PETS_HUMANLIKE), "</td></tr><tr><td>When</td><td>", fdate(date(r, 2026, 2026), "long"), " 10:20</td></tr>\n")
    d("<tr><td>Billing address</td><td>")
    a = address(r, cc, oneline=False)
    d(E("ADDRESS", a.replace("\n", "<br>")) if "\n" in a else E("ADDRESS", a))
    d("</td></tr><tr><td>Phone</td><td>", E("PHONE", phone(r, cc)), "</td></tr></table>\n")
    d("<p>Deposit paid with ", masked_card(r), ". <a href=\"https://book.example/manage?ref=", dig(r, 8), "\">Manage booking</a></p></body></html>\n")
    return d, "html"


def t_portal_html(r):
    d = Doc()
    cc = r.choice(ALL_CC)
    o = person(r, cc)
    d("<div class=\"profile\">\n<dl>\n<dt>Name</dt><dd>", P(o), "</dd>\n<dt>Date of birth</dt><dd>", E("DATE_OF_BIRTH", fdate(date(r, 1950, 2004), "eu")), "</dd>\n")
    d("<dt>Email</dt><dd>", E("EMAIL", email(r, o)), "</dd>\n<dt>Address</dt><dd>", E("ADDRESS", address(r, cc)), "</dd>\n")
    if cc in IBAN_CC and r.random() < .5:
        d("<dt>Payout IBAN</dt><dd>", E("IBAN", iban(r, cc)), "</dd>\n")
    else:
        d("<dt>Payout account</dt><dd>", r.choice(["GB** **** **** **** ", "****"]), dig(r, 4), "</dd>\n")
    d("</dl>\n<h3>Pets</h3><ul><li>", r.choice(PETS_HUMANLIKE), " -- DOB ", pet_dob(r), " -- ", r.choice(PET_DX), " (excluded)</li></ul>\n</div>\n")
    return d, "html"


def t_hours_html(r):
    d = Doc()
    d("<section id=\"hours\"><h2>Opening hours</h2><p>", r.choice(PRACTICES), " and ", r.choice(PRACTICES), " open Mon-Fri 8-19.</p>")
    d("<p>Closed: New Year's Day, Good Friday, Easter Monday, King's Birthday, Christmas Day, Boxing Day.</p>")
    d("<p>Emergencies: call the Vets Now hospital. Example contact card: ", r.choice(PLACEHOLDERS), ".</p></section>\n")
    return d, "html"


def t_pet_only_consult(r):
    d = Doc()
    pn, sp, br = pet(r)
    d(pn, " -- ", br, " -- recheck\n")
    d("Hx: ", r.choice(PET_DX), " dx ", fdate(date(r, 2023, 2025), "eu"), ", on ", r.choice(VET_DRUGS), ". O reports good appetite, ", r.choice(["less PU/PD", "more energetic", "still stiff in the mornings"]), ".\n")
    d("CE: BCS 5/9, ", r.choice(["mild tartar", "grade II/VI murmur", "thickened stifles"]), ". Wt ", "%.1f" % r.uniform(3, 40), " kg.\n")
    d("Plan: continue ", r.choice(VET_DRUGS), "; fructosamine/T4/SDMA in 4 wks. Diet: ", r.choice(["Hill's k/d", "Royal Canin Diabetic", "Purina Pro Plan OM"]), ".\n")
    return d, "clinical_note"


def t_chip_batch_csv(r):
    d = Doc()
    crow(d, ["chip_number", "manufacturer", "batch", "implanter_code", "implanted_on", "species"], ",")
    for _ in range(r.randint(5, 8)):
        crow(d, [microchip(r), r.choice(["Virbac", "Datamars", "Trovan", "Microchip ID Systems"]), "B" + dig(r, 5), "IMP-" + dig(r, 5),
                 fdate(date(r, 2025, 2026)), r.choice(["dog", "cat", "rabbit", "tortoise"])], ",")
    return d, "csv"


def t_hl7_ack(r):
    d = Doc()
    d("MSH|^~\\&|PMS|HERRIOT|VETLAB|IDEXXREF|2026", dig(r, 8), "||ACK^R01|", dig(r, 9), "|P|2.5.1\r")
    d("MSA|AA|", dig(r, 9), "|Message accepted\r")
    return d, "hl7"


def t_vaccine_schedule_html(r):
    d = Doc()
    d("<table class=\"schedule\"><tr><th>Age</th><th>Dog</th><th>Cat</th></tr>\n")
    for age, dog, cat in [("8 weeks", "DHP + L4", "RCP"), ("10-12 weeks", "DHP + L4", "RCP + FeLV"), ("15 months", "booster", "booster"), ("Travel", "Rabies (21 days before)", "Rabies")]:
        d("<tr><td>", age, "</td><td>", dog, "</td><td>", cat, "</td></tr>\n")
    d("</table><p>Prices from ", r.choice(PRACTICES), ". Ask about our Pet Health Club.</p>\n")
    return d, "html"


def t_masked_export_ndjson(r):
    d = Doc()
    for _ in range(r.randint(3, 5)):
        js(d, {"policy": "PS-" + dig(r, 8), "holder": r.choice(["[REDACTED]", "***", r.choice(PLACEHOLDERS)]), "dob": "****-**-**",
               "iban": r.choice(["GB** **** **** **** **", "DE89 **** **** **** **** ", "FR76 XXXX XXXX"]) + dig(r, 2),
               "card": masked_card(r), "pet": r.choice(PETS_HUMANLIKE), "condition": r.choice(PET_DX), "chip": microchip(r)}, indent=None)
        d("\n")
    return d, "ndjson"


def utr_bad(r):
    while True:
        u = dig(r, 10)
        if not nhs_ok(u):
            return u


def t_locum_invoice(r):
    d = Doc()
    o = person(r, r.choice(["GB", "IE", "ZA", "AU", "NZ", "PL"]))
    sc, acc = uk_bank(r)
    d("INVOICE -- locum veterinary services\nFrom: ", P(o), " MRCVS (sole trader)\n", E("ADDRESS", address(r, "GB")), "\n")
    d("UTR: ", utr_bad(r), "   NI no: ", E("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\nTo: ", r.choice(PRACTICES), "\n\n")
    for _ in range(r.randint(2, 4)):
        d(fdate(date(r, 2026, 2026), "eu"), "  ", r.choice(["day shift", "OOH night", "Bank holiday (Easter Monday)"]), "  ", "%.2f" % r.uniform(350, 900), "\n")
    d("\nPayment within 14 days to ", r.choice(["Monzo", "Starling", "Nationwide"]), ": ")
    if IDX[0] % 2 == 0:
        d(E("UK_BANK_ACCOUNT", "%s %s" % (sc, acc)), "\n")
    else:
        d("sort code ", sc, ", account ", E("UK_BANK_ACCOUNT", acc), "\n")
    d("Phone ", E("PHONE", phone(r, "GB")), "\n")
    return d, "free_text"


def t_fr_mutuelle(r):
    d = Doc()
    o = person(r, "FR")
    dob = date(r, 1960, 2000)
    d("ATTESTATION DE DROITS -- Mutuelle ", r.choice(["Vétomut", "MNA Santé"]), " (contrat collectif salariés cliniques vétérinaires)\n\n")
    d("Adhérent : ", P(o, r.choice(["lf", "gf"])), "\nNé(e) le : ", E("DATE_OF_BIRTH", fdate(dob, "eu")), "\n")
    d("N° de sécurité sociale : ", E("FR_NIR", nir(r, o.sex, dob)), "\n")
    d("N° d'adhérent mutuelle : ", E("HEALTH_PLAN_ID", "MUT" + dig(r, 9)), "   Contrat groupe : ", "G-" + dig(r, 5), "\n")
    d("Adresse : ", E("ADDRESS", address(r, "FR")), "\n")
    d("Ancien numéro saisi par erreur : ", bad_nir(r, o.sex, dob), " (clé invalide)\n")
    d("Employeur : ", r.choice(["Clinique Vétérinaire Pasteur", "Clinique Vétérinaire des Tilleuls"]), "\n")
    return d, "form"


def t_de_payroll_tsv(r):
    d = Doc()
    crow(d, ["Personalnr", "Nachname", "Vorname", "Geburtsdatum", "Steuer-ID", "IBAN", "Brutto"], "\t")
    for k in range(r.randint(3, 5)):
        o = person(r, r.choice(["DE", "DE", "AT", "PL", "IT"]))
        bad = k == 1
        crow(d, ["P" + dig(r, 4), E("PERSON", o.family), E("PERSON", o.given), E("DATE_OF_BIRTH", fdate(date(r, 1960, 2003), "dot")),
                 bad_steuer(r) if bad else E("DE_TAX_ID", steuer(r).replace(" ", "")), E("IBAN", iban(r, "DE", spaced=False)),
                 "%.2f" % r.uniform(1800, 7200)], "\t")
    return d, "tsv"


def t_us_financing(r):
    d = Doc()
    o = person(r, "US")
    st, code, num = dl(r)
    d("VETERINARY PAYMENT PLAN -- APPLICATION\n(third-party lender: PetCredit Financial, LLC)\n\n")
    d("Applicant name: ", P(o, "caps"), "\nSocial Security No.: ", E("US_SSN", ssn(r)), "\nDate of Birth: ", E("DATE_OF_BIRTH", fdate(date(r, 1950, 2004), "us")), "\n")
    d("Home address: ", E("ADDRESS", address(r, "US")), "\nCell: ", E("PHONE", phone(r, "US")), "   Email: ", E("EMAIL", email(r, o)), "\n")
    d("Government ID: ", st, " driver's license no. ", E("DRIVER_LICENSE", num), "\n")
    d("Annual income: $", str(r.randint(28, 190)), ",000   Treatment estimate: $", str(r.randint(1200, 9000)), " (",
      r.choice(["TPLO surgery", "chemotherapy (CHOP) for lymphoma", "FHO"]), " for ", r.choice(PETS_HUMANLIKE), ")\n")
    d("Co-applicant SSN on old form: XXX-XX-", dig(r, 4), "\n")
    return d, "form"


def t_us_payroll_csv(r):
    d = Doc()
    crow(d, ["emp_id", "first", "last", "ssn", "dob", "state_license", "hourly"], ",")
    for k in range(r.randint(4, 5)):
        o = person(r, "US")
        if k == 2:
            sv = "9%02d-%02d-%04d" % (r.randint(0, 99), r.randint(1, 99), r.randint(1, 9999))
            assert not ssn_ok(sv)
        elif k == 3:
            sv = "***-**-" + dig(r, 4)
        else:
            sv = E("US_SSN", ssn(r))
        crow(d, [dig(r, 5), E("PERSON", o.given), E("PERSON", o.family), sv, E("DATE_OF_BIRTH", fdate(date(r, 1960, 2004), "us")),
                 r.choice(["LVT", "DVM"]) + "-" + dig(r, 5), "%.2f" % r.uniform(16, 80)], ",")
    return d, "csv"


def t_occ_health_note(r):
    d = Doc()
    o = person(r, r.choice(["GB", "IE", "NL", "NO", "AU", "NZ"]))
    d("OCCUPATIONAL HEALTH -- CONFIDENTIAL\nEmployee: ", P(o), "   Role: ", r.choice(["RVN", "MRCVS", "kennel assistant"]), "\n\n")
    dx, rx = r.choice([("tinea corporis", "terbinafine"), ("cat-scratch disease", "azithromycin"), ("psittacosis", "doxycycline"),
                       ("campylobacteriosis", "clarithromycin"), ("contact dermatitis", "hydrocortisone cream"), ("tinea capitis", "griseofulvin")])
    d("Seen following suspected zoonotic exposure. Source animal: ", r.choice(PETS_HUMANLIKE), " (",
      r.choice(["kitten with ringworm", "cockatiel, psittacosis positive", "puppy with diarrhoea"]), ").\n")
    d("Assessment: ", E("DIAGNOSIS", dx), " confirmed by GP. Treated with ", E("MEDICATION", rx), ".\n")
    d("Background: ", E("DIAGNOSIS", r.choice(["asthma", "eczema", "hypothyroidism", "coeliac disease"])), ", on ",
      E("MEDICATION", r.choice(["salbutamol", "levothyroxine", "cetirizine"])), ".\n")
    d("Not pregnant; no history of toxoplasmosis. Fit for work with gloves; review in 2 weeks.\n")
    return d, "clinical_note"


def t_owner_hospital_letter(r):
    d = Doc()
    o = person(r, r.choice(["GB", "IE", "AU", "CA", "ZA"]))
    pn, sp, br = pet(r)
    sw = person(r, o.cc)
    d(r.choice(["Royal Victoria Hospital", "St Vincent's University Hospital", "Groote Schuur Hospital"]), " -- Social Work Department\n\n")
    d("To the practice manager, ", r.choice(PRACTICES), "\n\nRe: ", P(o), ", DOB ", E("DATE_OF_BIRTH", fdate(date(r, 1935, 1970), "eu")), ", hospital no. ",
      E("MEDICAL_RECORD_NUMBER", r.choice(["H", "RVH", "Z"]) + dig(r, 7)), "\n\n")
    d("Our patient was admitted after a ", E("DIAGNOSIS", r.choice(["stroke", "fractured neck of femur", "myocardial infarction", "diabetic ketoacidosis"])),
      " and will be in hospital for several weeks. Their ", sp, " ", pn, " is at home alone at ", E("ADDRESS", address(r, o.cc)), ". ")
    d("We understand ", pn, " has ", r.choice(PET_DX), " and needs ", r.choice(VET_DRUGS), " daily. Could you arrange boarding?\n\n")
    d("Kind regards,\n", P(sw), "\nMedical Social Worker  |  ", E("PHONE", phone(r, o.cc)), "\n")
    return d, "free_text"


def t_pet_relocation_json(r):
    d = Doc()
    cc = cyc(["GB", "IT", "PL", "KE", "AU", "HK", "CH", "BE"])
    o = person(r, cc)
    keys = {"GB": "passport_number", "IT": "numero_passaporto", "PL": "numer_paszportu", "KE": "passportNo", "AU": "passport",
            "HK": "travel_document_no", "CH": "Passnummer", "BE": "numéro_passeport"}
    obj = {"booking": "PR" + dig(r, 6), "route": r.choice(["LHR-SIN", "FCO-JFK", "WAW-DXB-NBO", "SYD-HKG", "ZRH-YYZ", "BRU-JNB"]),
           "consignor": {"name": E("PERSON", full(o)), keys[cc]: E(ptype(cc), passport(r, cc)), "nationality": cc,
                         "phone": E("PHONE", phone(r, cc))},
           "animals": [{"name": r.choice(PETS_HUMANLIKE), "crate": "IATA " + r.choice(["200", "400", "700"]), "chip": microchip(r),
                        "pet_passport": r.choice(["GB", "IT", "PL", "BE"]) + dig(r, 8), "conditions": [r.choice(PET_DX)]}],
           "vet_certificate": {"issued_by": r.choice(PRACTICES), "ov_number": dig(r, 6)}}
    js(d, obj)
    return d, "json"

def t_wellbeing_bulletin(r):
    d = Doc()
    d("Staff wellbeing bulletin -- ", r.choice(["December", "March", "July"]), "\n\n")
    d("Research reminder: surveys of veterinary surgeons report higher rates of depression and anxiety than the general population, ")
    d("and a 2023 study linked night-shift rotas to insomnia. None of this is about any one of us -- but Vetlife is there 24/7.\n")
    d("Business update: there was a real depression in bookings after Easter, and the new PMS has been a total headache for reception.\n")
    if r.random() < .7:
        d("Well done to ", P(vetp(r)), " for finishing the marathon in aid of a diabetes charity, and thanks to ", P(vetp(r), "init"), " for the cakes.\n")
    d("Reminder: Kevin (practice cat) is on a diet -- do not feed him.\n")
    return d, "free_text"

# ----------------------------------------------------------------------------------------------
TEMPLATES = [
    # forms
    (t_client_registration, 2), (t_insurance_proposal, 2), (t_kyc_payout, 5), (t_controlled_pickup_us, 1), (t_blank_form, 2),
    (t_staff_starter, 5), (t_assistance_dog, 2), (t_pet_travel, 3), (t_euthanasia_consent, 1), (t_therapy_visit_consent, 1),
    (t_locum_invoice, 2), (t_fr_mutuelle, 1), (t_us_financing, 1),
    # clinical
    (t_consult_note, 3), (t_pet_only_consult, 3), (t_surgery_note, 2), (t_vet_discharge, 2), (t_staff_ed_discharge, 2),
    (t_vet_lab, 2), (t_human_serology, 2), (t_hl7_vet, 2), (t_hl7_human, 1), (t_hl7_ack, 1), (t_fhir_vet, 1), (t_fhir_human, 1),
    (t_referral_letter, 2), (t_occ_health_note, 2),
    # structured
    (t_pms_clients_csv, 2), (t_booking_tsv, 1), (t_claims_json, 2), (t_microchip_ndjson, 2), (t_premium_ndjson, 2),
    (t_staff_yaml, 1), (t_policy_yaml, 2), (t_price_list_csv, 2), (t_stock_json, 1), (t_rota_csv, 1), (t_vacc_reminders_csv, 2),
    (t_tax_invoice_json, 2), (t_config_yaml, 2), (t_claims_stats_tsv, 1), (t_formulary_json, 1), (t_chip_batch_csv, 1),
    (t_masked_export_ndjson, 2), (t_de_payroll_tsv, 1), (t_us_payroll_csv, 1), (t_pet_relocation_json, 4),
    # logs
    (t_web_access_log, 3), (t_auth_kv_log, 2), (t_payment_gw_log, 2), (t_cd_register_log, 2), (t_app_log_nopii, 4),
    (t_call_cdr_log, 1), (t_insurer_sync_log, 2), (t_sms_gateway_log, 1), (t_portal_audit_log, 2), (t_lab_qc_log, 2),
    # email / chat / ticket
    (t_claim_email, 3), (t_referral_email, 2), (t_complaint_email, 3), (t_whatsapp_chat, 3), (t_staff_chat, 3),
    (t_call_transcript, 3), (t_support_ticket, 3), (t_complaint_ticket, 3),
    # free text / html
    (t_vacc_certificate, 2), (t_cremation_cert, 1), (t_policy_schedule, 2), (t_asia_licence, 4), (t_kyc_narrative, 4),
    (t_anon_case, 3), (t_health_article, 2), (t_release_notes, 2), (t_breed_guide, 1), (t_newsletter_html, 2),
    (t_booking_html, 1), (t_portal_html, 2), (t_hours_html, 1), (t_vaccine_schedule_html, 1), (t_owner_hospital_letter, 2), (t_wellbeing_bulletin, 2),
]

LEVEL = {t: "RESTRICTED" for t in RESTRICTED}
LEVEL.update({t: "CONFIDENTIAL" for t in CONFIDENTIAL})
LEVEL["PERSON"] = "INTERNAL"
RANK = {"INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}


def classify(ents):
    lv = "INTERNAL"
    for e in ents:
        if RANK[LEVEL[e["type"]]] > RANK[lv]:
            lv = LEVEL[e["type"]]
    return lv


def leak_check(text, ents, did):
    """unlabelled runs that look like valid checksummed identifiers"""
    covered = set()
    for e in ents:
        covered.update(range(e["start"], e["end"]))
    probs = []
    for m in re.finditer(r"(?<![\w.])(?:\d[ -]?){12,18}\d(?![\w])", text):
        s = re.sub(r"\D", "", m.group())
        if CARD_OK(s) and not covered.intersection(range(m.start(), m.end())):
            probs.append(("card", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()) and not covered.intersection(range(m.start(), m.end())):
            probs.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if ssn_ok(m.group()) and not covered.intersection(range(m.start(), m.end())):
            probs.append(("ssn", m.group()))
    for m in re.finditer(r"\b\d{3} ?\d{3} ?\d{4}\b", text):
        if nhs_ok(m.group()) and not covered.intersection(range(m.start(), m.end())) and "NHS" in text:
            probs.append(("nhs", m.group()))
    for m in re.finditer(r"\b\d{11}\b", text):
        if "Steuer" in text and steuer_ok(m.group()) and not covered.intersection(range(m.start(), m.end())):
            probs.append(("steuer", m.group()))
    return probs


def validate(doc):
    t = doc["text"]
    last = -1
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        v = t[e["start"]:e["end"]]
        assert e["type"] in ALL_TYPES
        assert v and v == v.strip(), (doc["id"], e, v)
        assert e["start"] >= last, (doc["id"], "overlap", e)
        last = e["end"]
        chk = CHECKS.get(e["type"])
        if chk:
            assert chk(v), (doc["id"], e["type"], v)
    assert doc["format"] in FORMATS
    assert doc["classification"] == classify(doc["entities"])
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(t)
    if f == "ndjson":
        for line in t.splitlines():
            if line.strip():
                json.loads(line)
    if f in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(t), delimiter="\t" if f == "tsv" else (";" if t.split("\n")[0].count(";") > t.split("\n")[0].count(",") else ",")))
        rows = [x for x in rows if x]
        assert len({len(x) for x in rows}) == 1, (doc["id"], [len(x) for x in rows])


def main():
    selftest()
    docs = []
    leaks = []
    for fn, n in TEMPLATES:
        name = fn.__name__[2:]
        for i in range(n):
            r = random.Random("%s:%s:%d" % (SEED, name, i))
            IDX[0] = i
            d, fmt = fn(r)
            ents = sorted(d.ents, key=lambda e: e["start"])
            doc = {"id": "h47_%s-%d" % (name, i), "text": d.text(), "entities": ents, "classification": classify(ents), "format": fmt}
            validate(doc)
            lk = leak_check(doc["text"], ents, doc["id"])
            if lk:
                leaks.append((doc["id"], lk))
            docs.append(doc)
    if leaks:
        for l in leaks:
            print("LEAK", l, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tc = Counter(e["type"] for doc in docs for e in doc["entities"])
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for doc in docs if not doc["entities"]))
    for title, c in (("classification", Counter(doc["classification"] for doc in docs)), ("format", Counter(doc["format"] for doc in docs)), ("entity type", tc)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))


if __name__ == "__main__":
    main()
