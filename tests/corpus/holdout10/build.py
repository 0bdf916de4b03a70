#!/usr/bin/env python3
"""holdout10 corpus generator (standard library only, deterministic).

Written from the public contract (LABELS.md, the type list and PRIOR_CORPUS.md's prose) only.
Every labelled value is appended through Doc so spans are recorded, never searched.
"""
import csv, io, json, random, re, sys, unicodedata
from collections import Counter, namedtuple

SEED = "holdout10/tamarack-ledger-4417"
OUT = "/tmp/holdout10/holdout10.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LEVEL_NAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 "
              "fhir_json form ticket".split())

L = namedtuple("L", "type value")          # a labelled value


class M:                                    # a string mixing plain text and labelled values (for JSON/CSV cells)
    def __init__(self, *parts):
        self.parts = parts


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def _app(self, s):
        self.buf.append(s)
        self.n += len(s)

    def __call__(self, *items):
        for it in items:
            if isinstance(it, L):
                self.lab(it.type, it.value)
            elif isinstance(it, M):
                self(*it.parts)
            else:
                self._app(str(it))
        return self

    def lab(self, typ, val, raw=None):
        s = raw if raw is not None else val
        start = self.n
        self._app(s)
        self.ents.append({"type": typ, "start": start, "end": self.n, "_v": val})

    @property
    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- JSON / CSV emitters
def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jstr(d, v):
    if isinstance(v, L):
        d('"'); d.lab(v.type, v.value, _jesc(v.value)); d('"')
    elif isinstance(v, M):
        d('"')
        for p in v.parts:
            if isinstance(p, L):
                d.lab(p.type, p.value, _jesc(p.value))
            else:
                d(_jesc(p))
        d('"')
    else:
        d(json.dumps(v, ensure_ascii=False))


def J(d, obj, indent=2, lvl=0):
    """Write obj as JSON; indent=None gives one line."""
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (lvl + 1))
    end = "" if indent is None else " " * (indent * lvl)
    sep = ", " if indent is None else ","
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{", nl)
        for i, (k, v) in enumerate(obj.items()):
            d(pad, json.dumps(k, ensure_ascii=False), ": ")
            J(d, v, indent, lvl + 1)
            d(sep if i < len(obj) - 1 else "", nl if indent is not None else "")
        d(end, "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[", nl)
        for i, v in enumerate(obj):
            d(pad)
            J(d, v, indent, lvl + 1)
            d(sep if i < len(obj) - 1 else "", nl if indent is not None else "")
        d(end, "]")
    else:
        jstr(d, obj)


def row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d(sep)
        if isinstance(c, L):
            raw = c.value
            if any(ch in raw for ch in (sep, '"', "\n")):
                d('"'); d.lab(c.type, c.value, raw.replace('"', '""')); d('"')
            else:
                d.lab(c.type, c.value)
        elif isinstance(c, M):
            flat = "".join(p.value if isinstance(p, L) else p for p in c.parts)
            q = any(ch in flat for ch in (sep, '"', "\n"))
            if q: d('"')
            for p in c.parts:
                if isinstance(p, L):
                    d.lab(p.type, p.value, p.value.replace('"', '""') if q else p.value)
                else:
                    d(p.replace('"', '""') if q else p)
            if q: d('"')
        else:
            c = str(c)
            if any(ch in c for ch in (sep, '"', "\n")):
                d('"', c.replace('"', '""'), '"')
            else:
                d(c)
    d("\n")


# ---------------------------------------------------------------- checksums (from public specs)
def luhn_ok(s):
    ds = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10: return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11: c = 0
    return c != 10 and c == int(d[9])


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    return bool(m) and (m.group(1) + m.group(2)) not in NINO_BAD_PREFIX


DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m: return False
    num = m.group(2)
    if m.group(1):
        if len(num) != 7: return False
        num = "XYZ".index(m.group(1)).__str__() + num
    elif len(num) != 8:
        return False
    return DNI_LET[int(num) % 23] == m.group(3)


def nir_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[12]\d{14}", d): return False
    return 97 - int(d[:13]) % 97 == int(d[13:])


def de_taxid_check(d10):
    prod = 10
    for c in d10:
        sm = (int(c) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    chk = 11 - prod
    return 0 if chk == 10 else chk


def de_taxid_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[1-9]\d{10}", d): return False
    cnt = Counter(d[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return de_taxid_check(d[:10]) == int(d[10])


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                   14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}


def cf_char(s15):
    tot = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s15))
    return chr(65 + tot % 26)


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_char(s[:15]) == s[15]


def cpf_digits(n9):
    d = [int(c) for c in n9]
    s = sum(d[i] * (10 - i) for i in range(9)); r = s * 10 % 11 % 10
    d.append(r)
    s = sum(d[i] * (11 - i) for i in range(10)); r2 = s * 10 % 11 % 10
    return f"{r}{r2}"


def cpf_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d[9:]


V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])


def aadhaar_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and d[0] in "23456789" and verhoeff_ok(d)


def nric_letter(p, digits):
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * w[i] for i, c in enumerate(digits)) + (4 if p in "TG" else 0)
    r = tot % 11
    return ("JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK")[r]


def nric_ok(s):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s.upper())
    return bool(m) and nric_letter(m.group(1), m.group(2)) == m.group(3)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_ALPHA + "0123456789"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = ["C", "A", "N", "0", "A", "N", "0", "A", "A", "0", "0"]
    for ch, c in zip(s, cls):
        if c == "C" and ch not in "123456789": return False
        if c == "A" and ch not in MBI_ALPHA: return False
        if c == "N" and ch not in MBI_AN: return False
        if c == "0" and not ch.isdigit(): return False
    return True


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, sr = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and sr != "0000"


def sin_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


CARD_PREFIX = ("4", "51", "52", "53", "54", "55", "2221", "2720", "34", "37", "6011", "65")


def card_ok(s):
    d = re.sub(r"\D", "", s)
    return 13 <= len(d) <= 19 and luhn_ok(d) and d.startswith(CARD_PREFIX)


CHECKS = {"CREDIT_CARD": card_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
          "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": de_taxid_ok, "IT_FISCAL_CODE": cf_ok, "BR_CPF": cpf_ok,
          "IN_AADHAAR": aadhaar_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "US_SSN": ssn_ok, "CA_SIN": sin_ok}


def selftest():
    assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_ok("RSSMRA85T10A562S")
    assert cpf_ok("529.982.247-25")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert nric_ok("S1234567D")
    assert de_taxid_ok("86095742719")
    assert nir_ok("2 55 08 14 168 025 38")
    assert luhn_ok("046 454 286") and not sin_ok("046 454 286")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("AB 12 34 56 C") and not nino_ok("GB 12 34 56 C") and not nino_ok("DA123456A")


# ---------------------------------------------------------------- names (own lists, many origins)
NAMES = {
    "yoruba": ("Adebayo Oluwaseun Folake Titilayo Babatunde Morenike", "Adeyemi Ogunleye Balogun Oyelaran Fashola"),
    "igbo": ("Chidi Ngozi Obinna Adaeze Chukwuemeka", "Okonkwo Nwachukwu Eze Okafor Obi-Nnadi"),
    "ethiopian": ("Tigist Yonas Meseret Dawit Selamawit", "Bekele Haile-Mariam Tesfaye Gebremedhin"),
    "somali": ("Hodan Abdirahman Faadumo Liban", "Warsame Farah Jama Osman"),
    "tamil": ("Karthikeyan Meenakshi Senthil Thenmozhi", "Subramaniam Ramasamy Pillai Arumugam"),
    "punjabi": ("Harpreet Gurmeet Jaswinder Manpreet", "Sandhu Grewal Dhillon Sidhu"),
    "bengali": ("Sabina Rafiqul Tanvir Nusrat", "Chowdhury Rahman Bhattacharya Hossain"),
    "vietnamese": ("Thảo Minh Hương Quang Ngọc", "Nguyễn Trần Phạm Lê Võ"),
    "korean": ("Ji-woo Seo-yeon Min-jun Hyun-woo", "Kim Park Choi Jeong"),
    "filipino": ("Maricel Jericho Lourdes Rommel", "Dimaculangan|Macaraeg|Bautista|dela Cruz"),
    "hmong": ("Pa Nhia|Tou|Mai Yer|Ger", "Vang Xiong Thao Lor"),
    "haitian": ("Wideline Jean-Robert Mirlande Fritznel", "Pierre-Louis Joseph Dorvil Célestin"),
    "portuguese": ("João Inês Gonçalo Mariana", "dos Santos|Ferreira|Gonçalves|da Costa Pereira"),
    "polish": ("Małgorzata Grzegorz Wojciech Agnieszka", "Wiśniewska Szczepański Kowalczyk Zieliński"),
    "romanian": ("Ioana Mihai Andreea Răzvan", "Popescu Ionescu Dumitrașcu Stănescu"),
    "finnish": ("Aino Juhani Kaisa Eero", "Virtanen Mäkinen Häkkinen Lehtonen"),
    "armenian": ("Anahit Tigran Lusine Arsen", "Hovhannisyan Petrosyan Sargsyan Ter-Grigoryan"),
    "georgian": ("Nino Giorgi Tamari Levan", "Beridze Kapanadze Gelashvili"),
    "welsh": ("Rhiannon Gethin Cerys Dafydd", "ap Rhys|Llewellyn|Pritchard|Vaughan"),
    "scottish": ("Eilidh Callum Isla Ruaridh", "MacLeod Mackintosh Sutherland Urquhart"),
    "irish": ("Siobhán Cathal Aoife Donncha", "Ó Súilleabháin|Mac Cárthaigh|Ní Mhurchú|Brennan"),
    "dutch": ("Femke Joost Marloes Thijs", "van der Meulen|de Groot|ter Haar|Verbeek"),
    "arabic": ("Yousef Rania Khaled Layla Omar", "Al-Masri|El-Sayed|Haddad|Abu Khalil|bin Rashid"),
    "persian": ("Shirin Dariush Parisa Kourosh", "Rahimzadeh Tehrani Mohammadi Sadeghi"),
    "pashto": ("Zarmina Wais Malalai", "Yousafzai Durrani Khattak"),
    "israeli": ("Noa Eitan Tamar Yonatan", "Ben-David Mizrahi Friedman Peretz"),
    "russian": ("Yekaterina Dmitri Svetlana Aleksei", "Volkova Kuznetsov Orlov Smirnova"),
    "kazakh": ("Aigerim Nursultan Dana", "Nurpeisova Abenov Zhaksylykov"),
    "mongolian": ("Bolormaa Batbayar Enkhjargal", "Ganbold Tserendorj Sükhbaatar"),
    "thai": ("Siriporn Anan Pimchanok", "Srisuk Chaiyaporn Wongsawat"),
    "japanese": ("Haruka Takumi Yui Ren", "Takahashi Matsumoto Kobayashi Inoue"),
    "chinese": ("Xiaoling Wei Jing Zhiqiang", "Zhang Liu Huang Zhou"),
    "mexican": ("Guadalupe Jesús Ximena Rigoberto", "Hernández|de la Garza|Villaseñor|Ramírez Ortega"),
    "andean": ("Killa Wayra Rosa Amaru", "Mamani Quispe Huamán Condori"),
    "puertorican": ("Yaritza Ángel Marisol Edwin", "Rivera Colón Santiago Figueroa"),
    "dine": ("Shandiin Ahiga Doli", "Begay Yazzie Tsosie Benally"),
    "pacific": ("Leilani Kekoa Sione Mele", "Kahananui Kealoha Fifita Taufaʻahau"),
    "greek": ("Eleni Konstantinos Dimitra Stavros", "Papadopoulou Karagiannis Oikonomou"),
    "albanian": ("Arta Besnik Dritan", "Hoxha Kola Gjoka"),
    "german": ("Jürgen Anneliese Lukas Henrike", "Schäfer|von Arnim|Großmann|Wagner"),
    "french": ("Aurélie Benoît Océane Gaëtan", "Lefèvre|Dubois|de Villepin|Rousseau"),
    "italian": ("Giuseppe Chiara Alessandro Francesca", "Esposito|Di Lorenzo|Bianchi|Ferraro"),
    "quebecois": ("Marie-Ève Jean-François Geneviève Étienne", "Tremblay Gagnon Bouchard Côté-Lavoie"),
    "us": ("Brittany Tyler Dakota Shawna Cody", "Whitfield Harrington McAllister Duvall"),
    "nepali": ("Sabitri Prakash Anjali", "Shrestha|Gurung|Thapa Magar"),
    "ghanaian": ("Akosua Kwabena Efua Yaw", "Asante Boateng Owusu-Ansah Mensah"),
}


def _split(s):
    return s.split("|") if "|" in s else s.split()


SYL = ["ka", "lo", "mir", "zu", "vet", "ran", "dro", "sel", "pa", "qui", "tor", "en", "ba", "vil", "ix", "ul", "sha",
       "nem", "ro", "gat", "ye", "fen", "olu", "brak"]


def invented(r, n=None):
    n = n or r.choice([2, 3])
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()


class Person:
    def __init__(self, r, origin=None):
        self.origin = origin or r.choice(sorted(NAMES))
        gs, fs = NAMES[self.origin]
        self.first = r.choice(_split(gs)) if r.random() > 0.12 else invented(r)
        self.last = r.choice(_split(fs)) if r.random() > 0.12 else invented(r)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.35 else ""

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def fml(self):
        return f"{self.first} {self.mi}. {self.last}" if self.mi else self.full

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def hl7(self):
        return f"{self.last.upper()}^{self.first.upper()}" + (f"^{self.mi}" if self.mi else "")

    def user(self, r):
        a = re.sub(r"[^a-z]", "", strip_acc(self.first.lower()))
        b = re.sub(r"[^a-z]", "", strip_acc(self.last.lower()))
        return r.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{b[:3]}{r.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}"])


def strip_acc(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ß", "ss").replace("ø", "o")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("ʻ", "").replace("'", "")


def email_for(r, p, domain=None):
    dom = domain or r.choice(["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "proton.me", "hotmail.ca",
                              "btinternet.com", "aol.com", "comcast.net", "sympatico.ca", "live.co.uk", "hey.com"])
    return f"{p.user(r)}@{dom}"


# ---------------------------------------------------------------- dates
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
         "December"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rdate(r, y0=1938, y1=2006):
    y = r.randint(y0, y1); m = r.randint(1, 12)
    dd = r.randint(1, MDAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0))
    return y, m, dd


def fdate(ymd, style):
    y, m, d = ymd
    return {"us": f"{m:02d}/{d:02d}/{y}", "us1": f"{m}/{d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}",
            "eu": f"{d:02d}/{m:02d}/{y}", "dot": f"{d:02d}.{m:02d}.{y}", "hl7": f"{y}{m:02d}{d:02d}",
            "long": f"{MONTH[m - 1]} {d}, {y}", "uk": f"{d} {MONTH[m - 1]} {y}", "dmy": f"{d:02d}-{MON[m - 1]}-{y}",
            "mon": f"{d:02d} {MON[m - 1].upper()} {y}"}[style]


def visit_date(r):
    return rdate(r, 2023, 2025)


# ---------------------------------------------------------------- addresses
US_CITIES = [("Worcester", "MA", "01609"), ("Dayton", "OH", "45409"), ("Tucson", "AZ", "85719"),
             ("Raleigh", "NC", "27607"), ("Boise", "ID", "83702"), ("Spokane", "WA", "99201"),
             ("Albuquerque", "NM", "87106"), ("Chattanooga", "TN", "37403"), ("Des Moines", "IA", "50312"),
             ("Fresno", "CA", "93704"), ("Lansing", "MI", "48912"), ("Lowell", "MA", "01852"),
             ("El Paso", "TX", "79902"), ("Savannah", "GA", "31401"), ("Pueblo", "CO", "81003"),
             ("Duluth", "MN", "55805"), ("Camden", "NJ", "08102"), ("Allentown", "PA", "18102"),
             ("Yonkers", "NY", "10701"), ("Hilo", "HI", "96720"), ("Gallup", "NM", "87301"),
             ("Louisville", "KY", "40204"), ("Madison", "WI", "53703"), ("Reno", "NV", "89501"),
             ("Eugene", "OR", "97401"), ("Hartford", "CT", "06106"), ("Baltimore", "MD", "21218"),
             ("Richmond", "VA", "23220"), ("St. Louis", "MO", "63110"), ("Indianapolis", "IN", "46203"),
             ("Provo", "UT", "84601"), ("San Juan", "PR", "00907"), ("Brownsville", "TX", "78520"),
             ("Fall River", "MA", "02720"), ("Kalamazoo", "MI", "49007")]
US_STREETS = ["Kettering", "Mulberry", "Quarry Hill", "Saint Bartholomew", "Tecumseh", "Juniper Ridge", "Old Mill",
              "Kinnickinnic", "Hohokam", "Pawtucket", "Wequetequock", "Tamarack", "Sassafras", "Cahokia",
              "Ridgeview", "Locust Grove", "Chickasaw", "Bonnie Brae", "Wolf Creek", "Paseo del Norte", "Orchard",
              "Lamplighter", "Copper Kettle", "Sumac", "Buttonwood"]
US_SUF = ["St", "Ave", "Blvd", "Rd", "Ln", "Dr", "Way", "Ct", "Pkwy", "Terrace", "Cir", "Street", "Avenue", "Road"]
UNITS = ["Apt 4B", "Apt. 212", "# 12", "#3F", "Unit 7", "Ste 210", "Fl 2", "Lot 17", "Trlr 9", "Apt 1R", "Bldg C Apt 5"]


def us_addr(r, lines=1, city=None):
    c, st, z = city or r.choice(US_CITIES)
    s = f"{r.randint(3, 98765 if r.random() < 0.3 else 4999)} {r.choice(['', 'N ', 'S ', 'E ', 'W ', 'NW '])}{r.choice(US_STREETS)} {r.choice(US_SUF)}"
    if r.random() < 0.45:
        s += (", " if r.random() < 0.6 else " ") + r.choice(UNITS)
    tail = f"{c}, {st} {z}" + (f"-{r.randint(1000, 9999)}" if r.random() < 0.2 else "")
    return (s + ("\n" if lines > 1 else ", ") + tail), (s, c, st, z)


CA_CITIES = [("Toronto", "ON", "M6H 2L4"), ("Ottawa", "ON", "K1N 7B7"), ("Hamilton", "ON", "L8P 3R9"),
             ("Montréal", "QC", "H2T 1S6"), ("Québec", "QC", "G1R 4P5"), ("Vancouver", "BC", "V5L 3X2"),
             ("Surrey", "BC", "V3T 0A1"), ("Calgary", "AB", "T2E 1K8"), ("Edmonton", "AB", "T6E 2G9"),
             ("Halifax", "NS", "B3K 4R8"), ("Winnipeg", "MB", "R3B 0T6"), ("Saskatoon", "SK", "S7K 1J5")]


def ca_addr(r, lines=1):
    c, pr, pc = r.choice(CA_CITIES)
    if pr == "QC":
        s = f"{r.randint(10, 9800)}, {r.choice(['rue Saint-Denis', 'boul. René-Lévesque Est', 'av. du Parc', 'rue des Érables', 'ch. de la Côte-des-Neiges'])}" + (f", app. {r.randint(1, 30)}" if r.random() < 0.5 else "")
    else:
        s = (f"{r.choice(['Unit ', 'Suite ', ''])}{r.randint(101, 2405)}-" if r.random() < 0.4 else "") + \
            f"{r.randint(12, 4400)} {r.choice(['Dundas St W', 'Bathurst St', 'Kingsway', 'Jasper Ave NW', 'Portage Ave', 'Spring Garden Rd', '17 Ave SW', 'Bank St'])}"
    sep = "\n" if lines > 1 else ", "
    return f"{s}{sep}{c} {pr}  {pc}" if r.random() < 0.3 else f"{s}{sep}{c}, {pr} {pc}", (s, c, pr, pc)


UK_TOWNS = [("Leeds", "LS6 2QB"), ("Bristol", "BS3 4LP"), ("Cardiff", "CF24 4HQ"), ("Glasgow", "G12 8QQ"),
            ("Manchester", "M14 5TP"), ("Norwich", "NR2 3DA"), ("Belfast", "BT9 6AW"), ("Brighton", "BN2 1RE"),
            ("Leicester", "LE2 0JA"), ("London", "SE15 4QN"), ("Swansea", "SA1 6ED"), ("Inverness", "IV2 3HH")]


def uk_addr(r, lines=1):
    t, pc = r.choice(UK_TOWNS)
    s = (f"Flat {r.randint(1, 12)}, " if r.random() < 0.35 else "") + \
        f"{r.randint(2, 240)} {r.choice(['Ashgrove Road', 'Cathays Terrace', 'Rye Lane', 'Byres Road', 'Wilmslow Road', 'Unthank Road', 'Lisburn Road', 'Queens Park Rise', 'Narborough Road', 'St Helens Road', 'Culduthel Road', 'Cowper Street'])}"
    sep = "\n" if lines > 1 else ", "
    return f"{s}{sep}{t}{sep}{pc}", (s, t, pc)


def intl_addr(r, country):
    n = r.randint(2, 180)
    return {
        "DE": f"{r.choice(['Lindenstraße', 'Bergmannstraße', 'Am Kupfergraben', 'Schillerplatz'])} {n}, {r.choice(['50674 Köln', '10961 Berlin', '80469 München', '04109 Leipzig'])}",
        "FR": f"{n} {r.choice(['bis ', 'ter ', ''])}{r.choice(['rue des Tanneurs', 'avenue Jean-Jaurès', 'quai de la Fosse'])}, {r.choice(['31000 Toulouse', '69007 Lyon', '44000 Nantes'])}",
        "ES": f"Calle de {r.choice(['Toledo', 'Alcalá', 'San Vicente Ferrer'])} {n}, {r.randint(1, 8)}º {r.choice(['izq.', 'dcha.', 'B'])}, {r.choice(['28005 Madrid', '46001 Valencia', '41003 Sevilla'])}",
        "IT": f"Via {r.choice(['dei Mille', 'Garibaldi', 'della Spiga', 'San Biagio dei Librai'])} {n}, {r.choice(['80121 Napoli NA', '20121 Milano MI', '40126 Bologna BO'])}",
        "IN": f"Flat {r.randint(101, 904)}, {r.choice(['Sai Krupa Apts', 'Gulmohar Residency', 'Shanti Niketan'])}, {r.randint(1, 20)}th Cross, {r.choice(['Jayanagar 4th Block, Bengaluru 560041', 'Koregaon Park, Pune 411001', 'Anna Nagar West, Chennai 600040'])}",
        "PH": f"Unit {r.randint(2, 30)}{r.choice('ABCD')} Tower {r.randint(1, 3)}, {n} {r.choice(['Aurora Blvd, Quezon City 1109', 'Ayala Ave, Makati 1226'])}",
        "NG": f"{n} {r.choice(['Adeola Odeku Street, Victoria Island, Lagos 101241', 'Aminu Kano Crescent, Wuse II, Abuja 904101'])}",
        "BR": f"Rua {r.choice(['Augusta', 'dos Pinheiros', 'Barão de Jaguara'])}, {n * 7}, apto {r.randint(11, 152)}, {r.choice(['São Paulo - SP, 01304-001', 'Campinas - SP, 13015-301'])}",
        "SG": f"Blk {r.randint(100, 699)} {r.choice(['Bedok North Ave 2', 'Ang Mo Kio Ave 3', 'Tampines St 45'])} #{r.randint(2, 16):02d}-{r.randint(11, 399)}, Singapore {r.randint(460000, 529999)}",
        "MX": f"Av. {r.choice(['Insurgentes Sur', 'Revolución', 'Vallarta'])} {n * 9}, Col. {r.choice(['Crédito Constructor', 'Del Valle', 'Americana'])}, {r.choice(['03940 Ciudad de México, CDMX', '44160 Guadalajara, Jal.'])}",
        "IE": f"{n} {r.choice(['Griffith Avenue, Drumcondra, Dublin 9, D09 X8W3', 'Wellington Road, Cork, T23 K2P8'])}",
    }[country]


# ---------------------------------------------------------------- phones
US_AREAS = ["617", "508", "937", "520", "919", "208", "509", "505", "423", "515", "559", "517", "978", "915", "912",
            "719", "218", "856", "610", "914", "808", "502", "608", "775", "541", "860", "410", "804", "314", "317",
            "801", "787", "956", "774", "269"]


def us_phone(r, style=None, area=None):
    a = area or r.choice(US_AREAS)
    ex = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(2, 9)}"
    if ex[1:] == "11" or ex == "555": ex = "468"
    ln = f"{r.randint(0, 9999):04d}"
    st = style or r.choice(["paren", "dash", "dot", "plus", "one", "plain", "intl"])
    return {"paren": f"({a}) {ex}-{ln}", "dash": f"{a}-{ex}-{ln}", "dot": f"{a}.{ex}.{ln}",
            "plus": f"+1 {a} {ex} {ln}", "one": f"1-{a}-{ex}-{ln}", "plain": f"({a}){ex}-{ln}",
            "intl": f"+1-{a}-{ex}-{ln}", "e164": f"+1{a}{ex}{ln}"}[st]


def tollfree(r):
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def ca_phone(r):
    a = r.choice(["416", "647", "613", "905", "514", "438", "418", "604", "778", "403", "780", "902", "204", "306"])
    return r.choice([f"({a}) {r.randint(220, 989)}-{r.randint(1000, 9999)}", f"+1 {a} {r.randint(220, 989)} {r.randint(1000, 9999)}",
                     f"{a}-{r.randint(220, 989)}-{r.randint(1000, 9999)}"])


def uk_phone(r):
    return r.choice([f"07{r.randint(400, 999)} {r.randint(100000, 999999)}", f"+44 7{r.randint(400, 999)} {r.randint(100000, 999999)}",
                     f"020 7946 0{r.randint(100, 999)}", f"0113 496 0{r.randint(100, 999)}", f"+44 29 2018 {r.randint(1000, 9999)}",
                     f"0161 496 0{r.randint(100, 999)}"])


def intl_phone(r, c):
    return {"DE": f"+49 {r.choice(['221', '30', '89'])} {r.randint(1000000, 9999999)}",
            "FR": f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            "ES": f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            "IT": f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
            "IN": f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}",
            "PH": f"+63 917 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            "NG": f"+234 803 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            "BR": f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            "SG": f"+65 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
            "MX": f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            "IE": f"+353 87 {r.randint(100, 999)} {r.randint(1000, 9999)}"}[c]


# ---------------------------------------------------------------- identifiers
def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    g = r.randint(1, 99); s = r.randint(1, 9999)
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def bad_ssn(r):
    v = r.choice([f"{r.randint(900, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                  f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"{r.randint(100, 665)}-00-{r.randint(1000, 9999)}"])
    assert not ssn_ok(v); return v


def masked_ssn(r):
    return r.choice([f"***-**-{r.randint(1000, 9999)}", f"XXX-XX-{r.randint(1000, 9999)}", f"xxx-xx-{r.randint(1000, 9999)}"])


def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    pre, n = {"visa": (r.choice(["4147", "4539", "4716", "4024"]), 16), "mc": (str(r.randint(51, 55)), 16),
              "mc2": (str(r.randint(2221, 2720)), 16), "amex": (r.choice(["34", "37"]), 15),
              "disc": ("6011", 16)}[kind]
    body = pre + digits(r, n - len(pre) - 1)
    num = body + luhn_digit(body)
    if n == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return r.choice([" ", "-", ""]).join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    c = re.sub(r"\D", "", card(r, "visa"))
    c = c[:-1] + str((int(c[-1]) + r.randint(1, 9)) % 10)
    assert not luhn_ok(c)
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "BE": "12n",
             "IE": "4a14n", "PT": "21n", "PL": "24n", "CH": "17n", "AT": "16n"}
BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "NL": ["RABO", "INGB", "ABNA"], "IE": ["AIBK", "BOFI"]}


def iban(r, c=None, spaced=True):
    c = c or r.choice(sorted(IBAN_SPEC))
    spec = IBAN_SPEC[c]
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([an])", spec):
        cnt = int(cnt)
        if kind == "a":
            bban += r.choice(BANKS[c]) if c in BANKS and cnt == 4 else "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(cnt))
        else:
            bban += digits(r, cnt)
    num = int("".join(str(int(ch, 36)) for ch in bban + c + "00"))
    v = f"{c}{98 - num % 97:02d}{bban}"
    assert iban_ok(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def bad_iban(r, c=None):
    v = iban(r, c, False)
    v = v[:2] + f"{(int(v[2:4]) + r.randint(1, 9)) % 100:02d}" + v[4:]
    if iban_ok(v): return bad_iban(r, c)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def nhs(r, good=True):
    while True:
        b = str(r.randint(4, 9)) + digits(r, 8)
        tot = sum(int(b[i]) * (10 - i) for i in range(9)); c = 11 - tot % 11
        c = 0 if c == 11 else c
        if c == 10: continue
        if not good: c = (c + r.randint(1, 9)) % 10
        v = b + str(c)
        if nhs_ok(v) == good:
            return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.7 else v


def nino(r):
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"; ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(ok1) + r.choice(ok2)
        if p not in NINO_BAD_PREFIX: break
    d = digits(r, 6); s = r.choice("ABCD")
    v = r.choice([f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"])
    assert nino_ok(v); return v


def sort_acct(r):
    sc = f"{r.randint(10, 99)}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"
    return sc, digits(r, 8)


def dni(r, good=True, nie=False):
    n = r.randint(0, 9999999) if nie else r.randint(10000000, 99999999)
    if nie:
        p = r.choice("XYZ"); full = int(str("XYZ".index(p)) + f"{n:07d}"); let = DNI_LET[full % 23]
        if not good: let = DNI_LET[(full + 3) % 23]
        v = f"{p}{n:07d}{let}" if r.random() < 0.6 else f"{p}-{n:07d}-{let}"
    else:
        let = DNI_LET[n % 23] if good else DNI_LET[(n + 5) % 23]
        v = f"{n}{let}" if r.random() < 0.7 else f"{n}-{let}"
    assert dni_ok(v) == good; return v


def nir(r, good=True, sex=None):
    sx = sex or r.choice("12"); y = r.randint(40, 99); m = r.randint(1, 12); dep = r.choice(["75", "69", "13", "31", "44", "59", "2A", "33"])
    depn = dep.replace("2A", "19")
    com = r.randint(1, 899); o = r.randint(1, 999)
    base = f"{sx}{y:02d}{m:02d}{depn}{com:03d}{o:03d}"
    key = 97 - int(base) % 97
    if not good: key = (key + r.randint(1, 40)) % 97 + 1 if (key + 1) % 97 else key - 1
    v = f"{sx} {y:02d} {m:02d} {depn} {com:03d} {o:03d} {key:02d}" if r.random() < 0.6 else f"{base}{key:02d}"
    assert nir_ok(v) == good; return v


def de_taxid(r, good=True):
    while True:
        ds = r.sample("0123456789", 9)
        if ds[0] == "0": continue
        rep = r.choice(ds[1:]) if r.random() < 0.5 else ds[r.randint(1, 8)]
        ds = ds[:]; pos = r.randint(1, 9); ds.insert(pos, rep)
        d10 = "".join(ds)
        c = de_taxid_check(d10)
        if not good: c = (c + r.randint(1, 9)) % 10
        v = d10 + str(c)
        if de_taxid_ok(v) == good:
            return v if r.random() < 0.6 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273", "Bologna": "A944",
            "Bari": "A662", "Firenze": "D612"}
IT_PEOPLE = [("Giuseppe", "M"), ("Chiara", "F"), ("Alessandro", "M"), ("Francesca", "F"), ("Salvatore", "M"),
             ("Rosalba", "F"), ("Gianluca", "M"), ("Ornella", "F")]
IT_SURN = ["Esposito", "Di Lorenzo", "Bianchi", "Ferraro", "Lo Iacono", "Marchetti", "De Santis", "Quaranta"]


def _cf_part(s, is_name):
    s = re.sub(r"[^A-Z]", "", strip_acc(s).upper())
    cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(r, first, last, sex, dob, city, good=True):
    y, m, d = dob
    day = d + (40 if sex == "F" else 0)
    s15 = _cf_part(last, False) + _cf_part(first, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{day:02d}" + BELFIORE[city]
    c = cf_char(s15)
    if not good: c = chr(65 + (ord(c) - 65 + r.randint(1, 25)) % 26)
    v = s15 + c
    assert cf_ok(v) == good; return v


def sin(r, good=True):
    while True:
        b = str(r.randint(1, 7)) + digits(r, 7)
        c = luhn_digit(b)
        if not good: c = str((int(c) + r.randint(1, 9)) % 10)
        v = b + c
        if sin_ok(v) == good:
            return r.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}", v])


def cpf(r, good=True):
    while True:
        b = digits(r, 9)
        if len(set(b)) == 1: continue
        c = cpf_digits(b)
        if not good: c = c[0] + str((int(c[1]) + r.randint(1, 9)) % 10)
        v = b + c
        if cpf_ok(v) == good:
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if r.random() < 0.75 else v


def aadhaar(r, good=True):
    while True:
        b = str(r.randint(2, 9)) + digits(r, 10)
        c = verhoeff_digit(b)
        if not good: c = str((int(c) + r.randint(1, 9)) % 10)
        v = b + c
        if aadhaar_ok(v) == good:
            return f"{v[:4]} {v[4:8]} {v[8:]}" if r.random() < 0.7 else v


def nric(r, good=True):
    p = r.choice("STFG"); d = digits(r, 7); c = nric_letter(p, d)
    if not good:
        tab = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"; c = tab[(tab.index(c) + r.randint(1, 10)) % 11]
    v = p + d + c
    assert nric_ok(v) == good; return v


def mbi(r, dashed=None):
    cls = ["C", "A", "N", "0", "A", "N", "0", "A", "A", "0", "0"]
    pool = {"C": "123456789", "A": MBI_ALPHA, "N": MBI_AN, "0": "0123456789"}
    v = "".join(r.choice(pool[c]) for c in cls)
    if dashed if dashed is not None else r.random() < 0.5:
        v = f"{v[:4]}-{v[4:7]}-{v[7:]}"
    assert mbi_ok(v); return v


def npi(r):
    b = r.choice("12") + digits(r, 8)
    for c in "0123456789":
        if luhn_ok("80840" + b + c):
            return b + c


def dea(r, last):
    l1 = r.choice("ABFGM"); l2 = strip_acc(last)[0].upper() if strip_acc(last)[0].isalpha() else "X"
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(c)


def health_plan_id(r):
    return r.choice([f"{r.choice(['XEH', 'ZGP', 'MCH', 'JQU', 'W'])}{digits(r, 9)}", f"CH{digits(r, 8)}-0{r.randint(1, 4)}",
                     f"{r.choice('KMHT')}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}", f"{digits(r, 9)}{r.choice(['00', '01', '02'])}",
                     f"MC{digits(r, 6)}{r.choice('ABCDEF')}{digits(r, 2)}"])


def mrn(r):
    return r.choice([f"{digits(r, 8)}", f"E{digits(r, 7)}", f"MC-{digits(r, 7)}", f"{r.randint(100, 999)}-{digits(r, 2)}-{digits(r, 2)}",
                     f"A{digits(r, 6)}", f"MRN{digits(r, 7)}"]).replace("MRNMRN", "MRN")


DL_STATES = {
    "California": ("CA", lambda r: r.choice("ABCDEFGNY") + digits(r, 7)),
    "Florida": ("FL", lambda r: f"{r.choice('BCDHMRSW')}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}"),
    "Texas": ("TX", lambda r: str(r.randint(1, 4)) + digits(r, 7)),
    "New York": ("NY", lambda r: r.choice([f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", digits(r, 9)])),
    "Illinois": ("IL", lambda r: f"{r.choice('ABDGKMRSW')}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}"),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))),
    "Pennsylvania": ("PA", lambda r: f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"),
    "Michigan": ("MI", lambda r: f"{r.choice('BCDGHKMPRSW')} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"),
    "New Jersey": ("NJ", lambda r: f"{r.choice('ABCDGHKMPRSW')}{digits(r, 4)} {digits(r, 5)} {digits(r, 5)}"),
    "Ohio": ("OH", lambda r: "".join(r.choice("ABCDEFGHJKLMNPRST") for _ in range(2)) + digits(r, 6)),
    "Massachusetts": ("MA", lambda r: "S" + digits(r, 8)),
    "Colorado": ("CO", lambda r: f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}"),
    "Wisconsin": ("WI", lambda r: f"{r.choice('ABDGHKLMSW')}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}"),
    "Minnesota": ("MN", lambda r: r.choice("ABDGHKLMNPRSTW") + digits(r, 12)),
    "Maryland": ("MD", lambda r: f"{r.choice('ABDGHKLMNPRSTW')}-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}"),
    "North Carolina": ("NC", lambda r: "0000" + digits(r, 8)),
    "Oregon": ("OR", lambda r: digits(r, 7)),
    "Nevada": ("NV", lambda r: "1" + digits(r, 9)),
    "Kentucky": ("KY", lambda r: r.choice("ABDGHKLMNPRSTW") + digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 3)),
    "Arizona": ("AZ", lambda r: r.choice("ABDDFJ") + digits(r, 8)),
    "Georgia": ("GA", lambda r: "0" + digits(r, 8)),
    "Utah": ("UT", lambda r: digits(r, 9)),
    "Connecticut": ("CT", lambda r: f"{r.randint(1, 24):02d}" + digits(r, 7)),
}


def dl(r, state=None):
    st = state or r.choice(sorted(DL_STATES))
    code, f = DL_STATES[st]
    return st, code, f(r)


PASSPORTS = {  # country: (English name, local label, generator, is_us)
    "US": ("United States", "Passport No.", lambda r: r.choice([digits(r, 9), "A" + digits(r, 8), "E" + digits(r, 8)])),
    "GB": ("United Kingdom", "Passport number", lambda r: str(r.randint(1, 9)) + digits(r, 8)),
    "CA": ("Canada", "N° de passeport / Passport No.", lambda r: r.choice(["AB", "GA", "HK", "AN", "P"])[:2].ljust(2, "A") + digits(r, 6)),
    "DE": ("Germany", "Reisepassnummer", lambda r: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
    "FR": ("France", "N° du passeport", lambda r: digits(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(r, 5)),
    "ES": ("Spain", "Número de pasaporte", lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(r, 6)),
    "IT": ("Italy", "Numero passaporto", lambda r: r.choice(["YA", "YB", "AA", "YC"]) + digits(r, 7)),
    "IN": ("India", "Passport No.", lambda r: r.choice("JKLMNPRSTUVWZ") + digits(r, 7)),
    "PH": ("Philippines", "Passport No.", lambda r: "P" + digits(r, 7) + r.choice("ABC")),
    "NG": ("Nigeria", "Passport No.", lambda r: "A" + digits(r, 8)),
    "MX": ("Mexico", "Número de pasaporte", lambda r: r.choice(["G", "N"]) + digits(r, 8)),
    "BR": ("Brazil", "Número do passaporte", lambda r: r.choice(["FZ", "GB", "FX", "YB"]) + digits(r, 6)),
    "IE": ("Ireland", "Passport No. / Uimhir Phas", lambda r: r.choice(["PA", "PB", "PC", "LH"]) + digits(r, 7)),
    "PL": ("Poland", "Numer paszportu", lambda r: r.choice(["EA", "EG", "ER", "ES"]) + digits(r, 7)),
    "NL": ("Netherlands", "Paspoortnummer", lambda r: "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(2)) + "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ0123456789") for _ in range(6)) + str(r.randint(0, 9))),
    "KR": ("Republic of Korea", "Passport No. / 여권번호", lambda r: "M" + digits(r, 8)),
    "JP": ("Japan", "Passport No. / 旅券番号", lambda r: r.choice(["TK", "TR", "MU", "TZ"]) + digits(r, 7)),
    "UA": ("Ukraine", "Номер паспорта / Passport No.", lambda r: r.choice(["FA", "FE", "FF", "GB"]) + digits(r, 6)),
    "VN": ("Viet Nam", "Số hộ chiếu / Passport No.", lambda r: r.choice("BCN") + digits(r, 7)),
    "PK": ("Pakistan", "Passport Number", lambda r: r.choice(["AB", "CK", "DM", "BN"]) + digits(r, 7)),
    "CO": ("Colombia", "Pasaporte No.", lambda r: r.choice(["AR", "AS", "PE"]) + digits(r, 6)),
    "SE": ("Sweden", "Passnummer", lambda r: digits(r, 8)),
    "ET": ("Ethiopia", "Passport No.", lambda r: "EP" + digits(r, 7)),
    "SG": ("Singapore", "Passport No.", lambda r: "K" + digits(r, 7) + r.choice("ABCDEFGHJ")),
}


def passport(r, c):
    name, lab, f = PASSPORTS[c]
    return name, lab, f(r), ("US_PASSPORT" if c == "US" else "PASSPORT")


# ---------------------------------------------------------------- clinical vocab
DX = ["type 2 diabetes mellitus", "essential hypertension", "major depressive disorder, recurrent, moderate",
      "generalized anxiety disorder", "chronic kidney disease stage 3a", "COPD", "moderate persistent asthma",
      "atrial fibrillation", "heart failure with reduced ejection fraction", "hypothyroidism", "mixed hyperlipidemia",
      "GERD", "migraine without aura", "rheumatoid arthritis", "primary osteoarthritis of right knee", "plaque psoriasis",
      "relapsing-remitting multiple sclerosis", "HIV-1 infection", "chronic hepatitis C", "opioid use disorder",
      "alcohol use disorder, moderate", "bipolar I disorder", "schizoaffective disorder", "ADHD, combined type",
      "obstructive sleep apnea", "iron deficiency anemia", "community-acquired pneumonia", "acute cystitis",
      "cellulitis of left lower leg", "acute pancreatitis", "Crohn's disease", "ulcerative colitis", "celiac disease",
      "non-small cell lung cancer", "focal epilepsy", "Parkinson's disease", "Alzheimer's dementia",
      "systemic lupus erythematosus", "gout", "deep vein thrombosis", "sickle cell disease", "Hashimoto's thyroiditis",
      "post-COVID condition", "PTSD", "anorexia nervosa", "diabetic peripheral neuropathy", "morbid obesity",
      "latent tuberculosis infection", "Graves' disease", "psoriatic arthritis", "tinea pedis", "otitis media"]
DX_SHORT = {"T2DM": "type 2 diabetes", "HTN": "hypertension", "CKD 3b": "CKD", "AFib": "", "CHF": "", "OSA": "", "MDD": "",
            "HLD": "", "OUD": "", "COPD": "", "GAD": "", "RA": ""}
MEDS = ["metformin", "lisinopril", "atorvastatin", "amlodipine", "sertraline", "escitalopram", "bupropion XL",
        "levothyroxine", "omeprazole", "pantoprazole", "albuterol", "Advair", "apixaban", "Eliquis", "warfarin",
        "insulin glargine", "Lantus", "semaglutide", "Ozempic", "empagliflozin", "Jardiance", "sitagliptin", "losartan",
        "hydrochlorothiazide", "metoprolol succinate", "furosemide", "gabapentin", "buprenorphine-naloxone", "Suboxone",
        "naltrexone", "methotrexate", "adalimumab", "Humira", "prednisone", "lamotrigine", "levetiracetam", "quetiapine",
        "aripiprazole", "lithium carbonate", "methylphenidate", "tamsulosin", "Biktarvy", "Epclusa", "montelukast",
        "amoxicillin-clavulanate", "nitrofurantoin", "cephalexin", "tiotropium", "rosuvastatin", "dulaglutide",
        "tirzepatide", "Mounjaro", "ondansetron", "allopurinol", "hydroxychloroquine", "ocrelizumab", "carbidopa-levodopa",
        "donepezil", "isoniazid", "clobetasol", "terbinafine", "prazosin", "fluoxetine", "Dupixent", "Trelegy Ellipta"]
DOSE = ["500 mg PO BID", "10 mg PO daily", "40 mg PO qHS", "5 mg PO daily", "50 mg daily", "20mg po qd",
        "150 mg ER q AM", "88 mcg qAM", "2 puffs q4-6h PRN", "1 inh BID", "0.25 mg SC weekly", "18 units SC qHS",
        "25 mg PO daily", "300 mg TID", "8-2 mg SL daily", "15 mg PO weekly", "40 mg SC q2wk", "100 mg BID", "1 tab PO daily"]
ICD = ["E11.9", "I10", "F33.1", "F41.1", "N18.31", "J44.9", "J45.40", "I48.91", "I50.22", "E03.9", "E78.2", "K21.9",
       "G43.009", "M06.9", "M17.11", "L40.0", "G35", "B20", "B18.2", "F11.20", "F10.20", "F31.9", "F25.0", "F90.2"]
CPT = ["99213", "99214", "99442", "99443", "G2012", "98966", "36415", "80053", "83036", "93000", "71046", "99497"]
NDC = lambda r: f"{r.randint(0, 99999):05d}-{r.randint(0, 9999):04d}-{r.randint(0, 99):02d}"
CLINICS = [("Worcester", "MA"), ("Tucson", "AZ"), ("Raleigh", "NC"), ("Spokane", "WA"), ("Camden", "NJ"),
           ("El Paso", "TX"), ("Duluth", "MN"), ("Lansing", "MI")]
ORG = "Meridian Crest Health"
PLAN = "Crest Health Plan"
RXARM = "CrestRx Pharmacy Services"


# ================================================================ templates
TEMPLATES = []


def tpl(n, fmt):
    def deco(f):
        TEMPLATES.append((f.__name__, n, fmt, f))
        return f
    return deco


def P(r, o=None):
    return Person(r, o)


def pick_dx(r, k=1):
    return r.sample(DX, k)


def pick_meds(r, k=1):
    return r.sample(MEDS, k)


def dob_label(r):
    return r.choice(["DOB", "Date of Birth", "D.O.B.", "Birth date", "DOB (MM/DD/YYYY)", "Date of birth"])


# ---------------------------------------------------------------- forms / KYC
@tpl(2, "form")
def f_enroll(r, d):
    p = P(r); sp = P(r); dob = rdate(r, 1950, 1999); caps = r.random() < 0.4
    addr, _ = us_addr(r, 2 if r.random() < 0.5 else 1)
    U = (lambda s: s.upper()) if caps else (lambda s: s)
    d(U(f"{PLAN} - Individual & Family Enrollment Application"), "\nForm CHP-ENR-7 (rev. 03/2024)    Plan year 2025    Application # ",
      f"APP-{r.randint(2025000000, 2025999999)}\n\n", U("Section 1 - Primary applicant"), "\n")
    d(U("Last name"), ": ", L("PERSON", U(p.last)), "      ", U("First name"), ": ", L("PERSON", U(p.first)),
      (f"   MI: {p.mi}" if p.mi else ""), "\n")
    d(U("Date of birth"), " (mm/dd/yyyy): ", L("DATE_OF_BIRTH", fdate(dob, "us")), "    Sex: ", r.choice(["F", "M", "X"]), "\n")
    d(U("Social Security Number"), ": ", L("US_SSN", ssn(r, r.choice(["-", "-", " "]))), "\n")
    d(U("Home address"), ":\n", L("ADDRESS", U(addr)), "\n")
    d(U("Phone"), ": ", L("PHONE", us_phone(r)), "   ", U("Preferred language"), ": ", r.choice(["English", "Spanish", "Vietnamese", "Haitian Creole", "Somali"]), "\n")
    d(U("Email"), ": ", L("EMAIL", email_for(r, p)), "\n\n")
    d(U("Section 2 - Spouse / dependents"), "\n")
    d("01  ", L("PERSON", U(sp.full)), "   rel: spouse   DOB ", L("DATE_OF_BIRTH", fdate(rdate(r, 1950, 2000), "us")),
      "   SSN ", masked_ssn(r), "\n")
    kid = Person(r, p.origin)
    d("02  ", L("PERSON", U(f"{kid.first} {p.last}")), "   rel: child    DOB ", L("DATE_OF_BIRTH", fdate(rdate(r, 2008, 2022), "us")),
      "   SSN (pending)\n\n")
    d(U("Section 3 - Other coverage"), "\nEnrolled in Medicare?  ")
    if r.random() < 0.4:
        d("[X] Yes  Medicare number (MBI): ", L("US_MBI", mbi(r)), "   Part A eff. ", fdate(visit_date(r), "us"), "\n")
    else:
        d("[ ] Yes  [X] No\n")
    d("Tobacco use in last 6 months?  [ ] Yes  [X] No\n\n", U("Office use only"), ": Group No. ",
      f"{r.randint(10000, 99999)}-0{r.randint(1, 9)}   Broker NPN {r.randint(10000000, 19999999)}   Rec'd ",
      fdate(visit_date(r), "iso"), " 09:", f"{r.randint(10, 59)}", "\n")


@tpl(2, "form")
def f_idcard(r, d):
    p = P(r); pcp = P(r); kind = r.choice(["PPO", "HMO", "EPO", "Medicare Advantage HMO"])
    d(f"[scan p1 - front]\n{PLAN.upper()}   {kind}\n\nMember: ", L("PERSON", p.full.upper() if r.random() < 0.5 else p.full), "\n")
    mid = health_plan_id(r)
    d(r.choice(["Member ID: ", "ID# ", "Member ID ", "Subscriber ID: "]), L("HEALTH_PLAN_ID", mid), "\n")
    d("Group: ", f"{r.randint(100000, 999999)}", "    Eff: ", fdate(visit_date(r), "us"), "\n")
    d(f"RxBIN {r.randint(600000, 610999)}  RxPCN CRX{r.randint(1, 9)}  RxGRP CRX{r.randint(1000, 9999)}\n")
    if kind.startswith("Medicare"):
        d("Medicare limits apply. CMS-H", f"{r.randint(1000, 9999)}-{r.randint(1, 99):03d}\n")
    d("PCP: Dr. ", L("PERSON", pcp.full), "   PCP Ph ", L("PHONE", us_phone(r, "paren")), "\n")
    d("Copays: PCP $", r.choice(["0", "20", "25", "35"]), " / Spec $", r.choice(["40", "50", "65"]), " / UC $75 / ER $250\n\n[scan p1 - back]\n")
    d("Member Services / Servicios al miembro: ", L("PHONE", tollfree(r)), " (TTY 711)\n")
    d("24/7 Nurse Line: ", L("PHONE", tollfree(r)), "\n")
    d("Providers: submit medical claims to ", PLAN, " Claims, ", L("ADDRESS", f"PO Box {r.randint(10000, 39999)}, {r.choice(['Salt Lake City, UT 84130', 'Lexington, KY 40512', 'Scranton, PA 18505'])}"),
      "\nPayer ID ", f"{r.randint(10000, 99999)}", "   Pharmacists: ", L("PHONE", tollfree(r)), "\n")
    d("Possession of this card does not guarantee eligibility or payment.\n")


@tpl(2, "form")
def f_prior_auth(r, d):
    p = P(r); doc = P(r); dob = rdate(r, 1945, 2001); dx = r.choice(DX); drug = r.choice(["Ozempic", "Mounjaro", "Humira", "Dupixent", "Biktarvy", "Epclusa", "ocrelizumab", "adalimumab", "Trelegy Ellipta"])
    tried = pick_meds(r, 2)
    d(f"{RXARM} - PRIOR AUTHORIZATION REQUEST (fax to {tollfree(r)[2:]})\n".replace("(fax to ", "(fax to ") if False else
      f"{RXARM} — PRIOR AUTHORIZATION REQUEST\nUrgent? [ ] yes [x] standard    Ref PA-{r.randint(100000, 999999)}\n\n")
    d("PATIENT INFORMATION\nName: ", L("PERSON", p.lf), "\n", dob_label(r), ": ", L("DATE_OF_BIRTH", fdate(dob, r.choice(["us", "us1"]))), "\n")
    d("Member ID #: ", L("HEALTH_PLAN_ID", health_plan_id(r)), "    Group #: ", f"{r.randint(10000, 99999)}", "\n")
    d("Pt phone: ", L("PHONE", us_phone(r)), "\n\nPRESCRIBER\nName: ", L("PERSON", doc.fml), ", ", r.choice(["MD", "DO", "NP", "PA-C"]), "\n")
    d("NPI: ", npi(r), "   DEA: ", dea(r, doc.last), "\nOffice ph: ", L("PHONE", us_phone(r, "dash")), "   Fax: ", L("PHONE", us_phone(r, "dash")), "\n\n")
    d("MEDICATION REQUESTED: ", L("MEDICATION", drug), " ", r.choice(DOSE), "   Qty ", str(r.randint(1, 90)), "  Days supply 28\n")
    d("Diagnosis: ", L("DIAGNOSIS", dx), "   ICD-10: ", r.choice(ICD), "\n")
    d("Previously tried / failed: ", L("MEDICATION", tried[0]), " (", r.randint(3, 14), " mo, inadequate response); ",
      L("MEDICATION", tried[1]), " (stopped – GI intolerance)\n")
    d("Clinical notes: ", r.choice(["A1c 8.9% on 11/02; BMI 37.2.", "DAS28 5.1 despite therapy.", "viral load 48,200 copies/mL.", "FEV1 54% predicted."]),
      " No history of pancreatitis. Family hx of medullary thyroid carcinoma: denies.\n")
    d("Prescriber signature: ____________  Date: ", fdate(visit_date(r), "us"), "\n")


@tpl(3, "form")
def f_credentialing(r, d):
    c = ["US", "IN", "PH", "NG", "IE", "GB", "PK", "MX", "DE", "US", "KR"][r.idx]
    o = {"IN": "tamil", "PH": "filipino", "NG": "igbo", "IE": "irish", "GB": "welsh", "PK": "pashto", "MX": "mexican", "DE": "german", "US": "us", "KR": "korean"}[c]
    p = P(r, o); dob = rdate(r, 1958, 1994); st, code, num = dl(r)
    d(f"{ORG} — Medical Staff Credentialing Application (CAQH import)\nProvider type: ", r.choice(["MD", "DO", "NP", "LCSW", "PMHNP"]), "   Specialty: ",
      r.choice(["Internal Medicine", "Psychiatry", "Family Medicine", "Endocrinology"]), "\n\n")
    d("1. Legal name: ", L("PERSON", p.fml), "\n   Other names used: ", L("PERSON", f"{p.first} {invented(r)}") if r.random() < 0.3 else "none", "\n")
    d("2. Date of birth: ", L("DATE_OF_BIRTH", fdate(dob, r.choice(["us", "long"]))), "   Place of birth: ",
      r.choice(["Chennai, India", "Cebu City, Philippines", "Enugu, Nigeria", "Galway, Ireland", "Cardiff, Wales", "Peshawar, Pakistan", "Puebla, Mexico", "Freiburg, Germany", "Omaha, NE", "Busan, Korea"]), "\n")
    d("3. SSN: ", L("US_SSN", ssn(r)), "\n4. Home address: ", L("ADDRESS", us_addr(r)[0]), "\n")
    d("5. Cell: ", L("PHONE", us_phone(r)), "   Personal e-mail: ", L("EMAIL", email_for(r, p)), "\n")
    d(f"6. Driver's license — state: {st}   number: ", L("DRIVER_LICENSE", num), "   exp ", fdate(rdate(r, 2026, 2031), "us"), "\n")
    if c != "US":
        nm, lab, pn, typ = passport(r, c)
        d(f"7. Citizenship: {nm}   {lab}: ", L(typ, pn), f"   Visa: {r.choice(['H-1B', 'J-1 waiver', 'O-1', 'green card'])}\n")
        d("   ECFMG certificate #: ", f"0-{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(0, 9)}", "\n")
    else:
        d("7. Citizenship: USA   US passport #: ", L("US_PASSPORT", PASSPORTS["US"][2](r)), "\n")
    d("8. Individual NPI: ", npi(r), "   DEA #: ", dea(r, p.last), f" ({code})   CAQH ID: {r.randint(10000000, 19999999)}\n")
    d(f"9. State medical license: {code} #{r.choice(['', 'MD', 'RN'])}{r.randint(100000, 999999)}  (primary source verified ", fdate(visit_date(r), "iso"), ")\n")
    d("10. Malpractice carrier: The Doctors Company   policy ", f"TDC-{r.randint(1000000, 9999999)}", "\n")
    d("Attestation: I certify the above is complete.  Signed: /s/ ", L("PERSON", p.full), "\n")


@tpl(2, "form")
def f_canada_intake(r, d):
    p = P(r, r.choice(["quebecois", "punjabi", "chinese", "filipino", "somali", "dine", "ukrainian"] if False else ["quebecois", "punjabi", "chinese", "filipino", "somali", "tamil"]))
    dob = rdate(r, 1950, 2003); addr, parts = ca_addr(r, 2)
    prov = parts[2]
    card_lab = {"ON": "OHIP health card no.", "QC": "N° d'assurance maladie (RAMQ)", "BC": "BC Services Card / PHN",
                "AB": "Alberta Health Care insurance plan no.", "NS": "MSI health card no.", "MB": "Manitoba Health registration no.",
                "SK": "Saskatchewan health services no."}[prov]
    hc = {"ON": f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}-{r.choice(['AB', 'KT', 'XM'])}", "QC": f"{strip_acc(p.last).upper()[:3].ljust(3, 'X')}{strip_acc(p.first).upper()[0]} {digits(r, 4)} {digits(r, 4)}",
          }.get(prov, digits(r, 10))
    d("Crest Health Plan — Canada Group Benefits / Avantages collectifs\nFormulaire d'adhésion de l'employé / Employee enrolment form\n\n")
    d("Nom / Last name: ", L("PERSON", p.last), "\nPrénom / First name: ", L("PERSON", p.first), "\n")
    d("Date de naissance / Date of birth (AAAA-MM-JJ): ", L("DATE_OF_BIRTH", fdate(dob, "iso")), "\n")
    d("NAS / SIN: ", L("CA_SIN", sin(r)), "\n")
    d("Adresse / Address:\n", L("ADDRESS", addr), "\n")
    d("Tél. / Phone: ", L("PHONE", ca_phone(r)), "   Courriel / Email: ", L("EMAIL", email_for(r, p)), "\n")
    d(f"Provincial health insurance — {card_lab}: ", L("HEALTH_PLAN_ID", hc), "\n")
    if r.random() < 0.6:
        d("Travel coverage — Canadian passport / passeport canadien: ", L("PASSPORT", PASSPORTS["CA"][2](r)), "\n")
    d("Certificate / Certificat no.: ", f"{r.randint(1000000, 9999999)}", "   Division: ", f"{r.randint(1, 40):03d}", "\n")
    d("Payroll deposit (for claim reimbursement): transit ", f"{r.randint(10000, 99999)}", " institution ", f"{r.randint(1, 999):03d}", " account on file\n")
    d("Signature: ____________    Date: ", fdate(visit_date(r), "iso"), "\n")


@tpl(3, "form")
def f_uk_registration(r, d):
    p = P(r, r.choice(["welsh", "scottish", "irish", "bengali", "polish", "ghanaian", "us"])); dob = rdate(r, 1948, 2004)
    addr, _ = uk_addr(r, 2); gp = P(r, "scottish")
    d("Crest Health UK Ltd — Private Medical Insurance: Member Registration\n(Please write in BLOCK CAPITALS)\n\n")
    d("Surname ......... ", L("PERSON", p.last.upper()), "\nForename(s) ..... ", L("PERSON", p.first.upper()), "\n")
    d("Date of birth ... ", L("DATE_OF_BIRTH", fdate(dob, r.choice(["eu", "uk"]))), "\n")
    d("NHS number ...... ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d("NI number ....... ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d("Home address ....\n", L("ADDRESS", addr), "\n")
    d("Mobile .......... ", L("PHONE", uk_phone(r)), "\nEmail ........... ", L("EMAIL", email_for(r, p, r.choice(["btinternet.com", "live.co.uk", "gmail.com"]))), "\n\n")
    d("Registered GP ... Dr ", L("PERSON", gp.full), ", ", r.choice(["Hillside Surgery", "Riverside Medical Practice", "Canal Street Health Centre"]), "\n\n")
    d("DIRECT DEBIT INSTRUCTION (premium £", f"{r.randint(38, 190)}.{r.randint(0, 99):02d}", "/month)\nAccount holder: ", L("PERSON", p.full), "\n")
    sc, ac = sort_acct(r)
    if r.random() < 0.5:
        d("Sort code / account: ", L("UK_BANK_ACCOUNT", f"{sc} {ac}"), "\n")
    else:
        d("Branch sort code: ", sc, "\nAccount number: ", L("UK_BANK_ACCOUNT", ac), "\n")
    d("Service user number 4", f"{r.randint(10000, 99999)}", "   Reference CHUK", f"{r.randint(100000, 999999)}", "\n")


@tpl(2, "form")
def f_blank(r, d):
    d(r.choice(["CREST HEALTH PLAN — MEMBER APPEAL FORM (blank template v4.2)", "Patient Intake Form — Meridian Crest Telehealth (TEMPLATE, do not fill electronically)"]), "\n\n")
    for lab in r.sample(["Patient Name", "Date Of Birth", "Member ID", "Social Security Number", "Passport Number", "Driver License No.",
                         "Home Address", "Phone Number", "E-Mail Address", "Primary Diagnosis", "Current Medications", "Medical Record Number",
                         "Medicare Beneficiary Identifier", "Emergency Contact", "Group Number", "Preferred Pharmacy"], 11):
        d(f"{lab}: ", r.choice(["______________________", "[                    ]", "....................", "<enter>"]), "\n")
    d("\nInstructions: Enter dates as MM/DD/YYYY. Do not write your SSN on the envelope. Form CH-", f"{r.randint(100, 999)}",
      " (Rev. 2024-07). OMB No. 0938-", f"{r.randint(1000, 1999)}", ".\n")


@tpl(2, "form")
def f_hipaa_auth(r, d):
    p = P(r); rec = P(r); dob = rdate(r, 1940, 2004); dx = r.choice(DX)
    d(f"AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION\n{ORG}, Health Information Management\n\n")
    d("Patient name: ", L("PERSON", p.full), "    DOB: ", L("DATE_OF_BIRTH", fdate(dob, "us")), "    MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n\n")
    d("I authorize Meridian Crest Health to release my records to:\n  ", L("PERSON", rec.full), r.choice([", Esq.", ", attorney at law", ""]), "\n  ")
    d(L("ADDRESS", us_addr(r, 2)[0].replace("\n", "\n  ")), "\n  Fax: ", L("PHONE", us_phone(r, "dash")), "\n\n")
    d("Information to be released: [x] Visit notes   [x] Lab results   [ ] Psychotherapy notes\n")
    d("Specifically records relating to treatment of my ", L("DIAGNOSIS", dx), " from ", fdate(visit_date(r), "us"), " to present.\n")
    d("Purpose: ", r.choice(["disability claim", "personal use", "second opinion", "legal"]), "\nThis authorization expires on ", fdate(rdate(r, 2026, 2027), "us"), ".\n")
    d("Signature of patient: /e-signed/ ", L("PERSON", p.full), "   IP ", L("IP_ADDRESS", f"{r.choice(['73', '98', '174', '68'])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"), "\n")


@tpl(2, "form")
def f_pharmacy_payment(r, d):
    p = P(r); addr, _ = us_addr(r)
    d(f"{RXARM} — Mail-Order Pharmacy Automatic Payment Enrollment\n\n")
    d("Member name: ", L("PERSON", p.full), "\nMember ID: ", L("HEALTH_PLAN_ID", health_plan_id(r)), "\n")
    d("Cardholder name (as on card): ", L("PERSON", p.full.upper()), "\n")
    d("Card number: ", L("CREDIT_CARD", card(r)), "   Exp: ", f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", "   CVV: ***\n")
    d("Billing address: ", L("ADDRESS", addr), "\n")
    d("Card currently on file: ", r.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "ending in "]), f"{r.randint(1000, 9999)}", " (will be replaced)\n")
    d("Authorize charges up to $", str(r.choice([50, 100, 250])), " per order.  Rx numbers covered: ", ", ".join(f"{r.randint(1000000, 9999999)}" for _ in range(3)), "\n")
    d("Order tracking: UPS 1Z", "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)), "\n")


@tpl(8, "form")
def f_intl_member(r, d):
    c = ["IT", "ES", "FR", "DE", "BR", "IN", "SG", "MX", "IT", "ES", "PL", "JP"][r.idx]
    org = {"IT": "italian", "ES": "mexican", "FR": "french", "DE": "german", "BR": "portuguese", "IN": "tamil", "SG": "chinese",
           "MX": "mexican", "PH": "filipino", "NG": "yoruba", "PL": "polish", "JP": "japanese"}[c]
    p = P(r, org); dob = rdate(r, 1955, 2002)
    dob_lab = {"IT": "Data di nascita", "ES": "Fecha de nacimiento", "FR": "Date de naissance", "DE": "Geburtsdatum",
               "BR": "Data de nascimento", "MX": "Fecha de nacimiento", "PL": "Data urodzenia"}.get(c, "Date of birth")
    d("Crest Global Expat Health Plan — Know-Your-Member verification\nPlan: Global Choice 2000   Region: ", c, "\n\n")
    if c == "IT":
        first, sex = r.choice(IT_PEOPLE); last = r.choice(IT_SURN); city = r.choice(sorted(BELFIORE))
        d("Cognome / Surname: ", L("PERSON", last), "\nNome / Given name: ", L("PERSON", first), "\n")
        d(dob_lab, ": ", L("DATE_OF_BIRTH", fdate(dob, "eu")), f"   Luogo di nascita: {city}\n")
        d("Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(r, first, last, sex, dob, city)), "\n")
        p.first, p.last = first, last
    else:
        d("Surname: ", L("PERSON", p.last), "\nGiven names: ", L("PERSON", p.first), "\n")
        d(dob_lab, ": ", L("DATE_OF_BIRTH", fdate(dob, "dot" if c in ("DE", "PL") else r.choice(["eu", "iso", "dmy"]))), "\n")
    nat = {"ES": ("DNI/NIE", "ES_DNI", lambda: dni(r, nie=r.random() < 0.4)), "FR": ("N° de sécurité sociale (NIR)", "FR_NIR", lambda: nir(r)),
           "DE": ("Steuerliche Identifikationsnummer", "DE_TAX_ID", lambda: de_taxid(r)), "BR": ("CPF", "BR_CPF", lambda: cpf(r)),
           "IN": ("Aadhaar No.", "IN_AADHAAR", lambda: aadhaar(r)), "SG": ("NRIC/FIN", "SG_NRIC", lambda: nric(r))}.get(c)
    if nat:
        d(nat[0], ": ", L(nat[1], nat[2]()), "\n")
    pc = "ES" if c == "ES" else c
    nm, lab, pn, typ = passport(r, pc if pc in PASSPORTS else "MX")
    d(lab, ": ", L(typ, pn), f"   Issuing country: {nm}   Expiry: ", fdate(rdate(r, 2026, 2034), "iso"), "\n")
    ac = c if c in ("DE", "FR", "ES", "IT", "IN", "PH", "NG", "BR", "SG", "MX") else "IE"
    d("Residential address: ", L("ADDRESS", intl_addr(r, ac)), "\n")
    d("Mobile: ", L("PHONE", intl_phone(r, ac)), "   E-mail: ", L("EMAIL", email_for(r, p)), "\n")
    if c in ("DE", "FR", "ES", "IT", "PL"):
        d("Premium refunds to IBAN: ", L("IBAN", iban(r, c if c in IBAN_SPEC else "DE")), "\n")
    d("Member ID (assigned): ", L("HEALTH_PLAN_ID", f"CGX{digits(r, 8)}"), "   Policy ref ", f"GL-{r.randint(2024, 2025)}-{r.randint(10000, 99999)}", "\n")
    d("Verification: document scan matched (score 0.", f"{r.randint(91, 99)}", "), liveness OK\n")


# ---------------------------------------------------------------- clinical
ABBR_DX = ["T2DM", "HTN", "CKD 3b", "AFib", "CHF", "OSA", "MDD", "HLD", "OUD", "COPD", "GAD", "RA", "GERD", "BPH", "PTSD"]
NEG_LINES = ["Denies CP, SOB, palpitations.", "No hx of DVT/PE.", "r/o OSA - sleep study ordered.", "Neg for suicidal ideation.",
             "No fever, chills. No dysuria.", "No known hx of MI or CVA.", "PE was ruled out (CTA neg).", "Denies ETOH/illicit drug use."]


@tpl(4, "clinical_note")
def cn_soap(r, d):
    p = P(r); dob = rdate(r, 1944, 2003); doc = P(r); city, st = r.choice(CLINICS); dx1, dx2 = pick_dx(r, 2); ab = r.choice(ABBR_DX)
    m1, m2, m3 = pick_meds(r, 3); age = 2025 - dob[0]
    d(f"{ORG} Telehealth — Progress Note (SOAP)\nEncounter: video, pt located in {st} at time of visit\n")
    d("Pt: ", L("PERSON", p.lf), "   ", r.choice(["DOB", "D.O.B"]), " ", L("DATE_OF_BIRTH", fdate(dob, "us")), "   MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("DOS: ", fdate(visit_date(r), "us"), "   Provider: ", L("PERSON", doc.full), ", ", r.choice(["MD", "DO", "FNP-C"]), "\n\n")
    d(f"S: {age} y/o w/ PMH of ", L("DIAGNOSIS", ab), ", ", L("DIAGNOSIS", dx1), " here for f/u. ",
      r.choice(["Reports fatigue x2 wks.", "States sugars running 180-220 fasting.", "c/o worsening mood since job loss.", "Pt says 'my knees are killing me'."]),
      " Taking ", L("MEDICATION", m1), " ", r.choice(DOSE), " and ", L("MEDICATION", m2), " ", r.choice(DOSE), "; missed doses ~2/wk. ", r.choice(NEG_LINES), "\n")
    d(f"O: BP {r.randint(112, 168)}/{r.randint(68, 102)}  HR {r.randint(58, 112)}  SpO2 {r.randint(91, 99)}% RA  Wt {r.randint(108, 312)} lb (home scale)  "
      f"A1c {r.randint(55, 112) / 10}% ({fdate(visit_date(r), 'us1')})\n   Appears well, NAD, speech nl. Exam limited by video.\n")
    d("A/P:\n1. ", L("DIAGNOSIS", dx2), " — ", r.choice(["uncontrolled", "improving", "stable", "new dx today"]), ". Start ", L("MEDICATION", m3), " ",
      r.choice(DOSE), ". ", r.choice(["Labs: CMP, lipid panel.", "Referral to behavioral health.", "RTC 3 mo."]), "\n2. ", r.choice(NEG_LINES), "\n")
    d("3. Counselled re: diet, 150 min/wk exercise. Pt verbalized understanding.\n\nE-signed ", L("PERSON", doc.fml), " ", fdate(visit_date(r), "iso"),
      f" 1{r.randint(0, 9)}:{r.randint(10, 59)}  (CPT {r.choice(CPT)}, ICD {r.choice(ICD)})\n")


@tpl(2, "clinical_note")
def cn_referral(r, d):
    p = P(r); doc = P(r); spec = P(r); dob = rdate(r, 1940, 2000); dx = r.choice(DX); m1, m2 = pick_meds(r, 2)
    d(f"{ORG} — {r.choice(CLINICS)[0]} Clinic\n", L("ADDRESS", us_addr(r)[0]), "\nTel ", L("PHONE", us_phone(r)), "   Fax ", L("PHONE", us_phone(r)), "\n\n")
    d(fdate(visit_date(r), "long"), "\n\nDr. ", L("PERSON", spec.full), "\n", r.choice(["Division of Gastroenterology", "Rheumatology Associates", "Neurology Clinic", "Cardiology Consultants"]), "\n\n")
    d("RE: ", L("PERSON", p.full), "    DOB ", L("DATE_OF_BIRTH", fdate(dob, "us")), "    MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n\n")
    d("Dear Dr. ", L("PERSON", spec.last), ",\n\nThank you for seeing this pleasant ", str(2025 - dob[0]), "-year-old whom I follow for ", L("DIAGNOSIS", dx),
      ". Over the past ", r.choice(["three", "six", "eight"]), " months symptoms have progressed despite ", L("MEDICATION", m1), " and ", L("MEDICATION", m2),
      ". ", r.choice(["Colonoscopy in 2021 was unremarkable.", "There is no family history of early cardiac death.", "Imaging did not show malignancy."]), "\n")
    d("I would value your opinion on escalation of therapy. Recent labs are attached (CRP ", str(r.randint(4, 80)), " mg/L, Hgb ", str(r.randint(95, 140) / 10), ").\n\n")
    d("Kind regards,\n\n", L("PERSON", doc.full), ", MD\nNPI ", npi(r), "\n")


@tpl(3, "discharge_summary")
def ds_summary(r, d):
    p = P(r); att = P(r); dob = rdate(r, 1936, 1990); adm = visit_date(r); dx1, dx2, dx3 = pick_dx(r, 3); meds = pick_meds(r, 4)
    d("DISCHARGE SUMMARY\n", ORG, " Inpatient Partner Unit — ", r.choice(["St. Vincent Pavilion", "Mercy 4 West", "Baptist Tower 6"]), "\n\n")
    d(f"Patient: ", L("PERSON", p.hl7.replace("^", ", ", 1).replace("^", " ")), "\nMRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "      Acct#: ", f"{r.randint(10 ** 9, 10 ** 10 - 1)}", "\n")
    d("DOB: ", L("DATE_OF_BIRTH", fdate(dob, r.choice(["us", "dmy"]))), "   Admit: ", fdate(adm, "us"), "   Discharge: ", fdate(visit_date(r), "us"), "\n")
    d("Attending: ", L("PERSON", att.full), ", MD\n\nPRINCIPAL DIAGNOSIS: ", L("DIAGNOSIS", dx1), "\nSECONDARY: ", L("DIAGNOSIS", dx2), "; ", L("DIAGNOSIS", dx3), "\n\n")
    d("HOSPITAL COURSE:\nPt is a ", str(2025 - dob[0]), " yo presenting w/ ", r.choice(["SOB and BLE edema", "fever, rigors", "acute confusion", "abd pain, n/v"]),
      ". ", r.choice(["PE was ruled out by CTA.", "Blood cx x2 NGTD.", "No evidence of ACS; trop neg x3.", "Stroke ruled out on MRI."]), " Treated with IV ",
      L("MEDICATION", r.choice(["ceftriaxone", "furosemide", "vancomycin", "heparin"])), " with clinical improvement. Hospital day ",
      str(r.randint(2, 9)), " transitioned to PO.\n\nDISCHARGE MEDICATIONS:\n")
    for m in meds:
        d("  - ", L("MEDICATION", m), " ", r.choice(DOSE), "\n")
    d("  - STOP: ", L("MEDICATION", r.choice(["ibuprofen", "naproxen", "glipizide"])), "\n\nFOLLOW-UP: PCP within 7 days; telehealth nurse will call ", L("PHONE", us_phone(r)), ".\n")
    d("Code status: Full.   Condition at discharge: stable.\nDictated by ", L("PERSON", att.fml), "  job #", f"{r.randint(100000, 999999)}", "\n")


@tpl(3, "lab_report")
def lab_chem(r, d):
    p = P(r); dob = rdate(r, 1942, 2005); prov = P(r)
    d("CREST REFERENCE LABORATORY            CLIA 22D", f"{r.randint(1000000, 9999999)}", "\n")
    d("PATIENT: ", L("PERSON", f"{p.last.upper()}, {p.first.upper()}"), " " * r.randint(2, 8), "DOB: ", L("DATE_OF_BIRTH", fdate(dob, "us")), "   SEX: ", r.choice("MF"), "\n")
    d("MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "     ACCESSION: ", f"{r.randint(24, 25)}-{r.choice(['CH', 'HM'])}-{r.randint(100000, 999999)}", "\n")
    d("ORDERING: ", L("PERSON", prov.lf.upper()), "   NPI ", npi(r), "\nCOLLECTED: ", fdate(visit_date(r), "us"), " 07:4", str(r.randint(0, 9)), "\n")
    d("CLINICAL INFO: ", L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "chronic kidney disease stage 3a", "hypothyroidism", "mixed hyperlipidemia"])), "\n\n")
    d(f"{'TEST':<22}{'RESULT':>8}  {'FLAG':<4} {'UNITS':<10} REF RANGE\n")
    for t, lo, hi, u, rr in [("GLUCOSE", 70, 260, "mg/dL", "70-99"), ("BUN", 7, 48, "mg/dL", "7-25"), ("CREATININE", 6, 24, "mg/dL", "0.60-1.30"),
                             ("eGFR", 25, 110, "mL/min", ">59"), ("HEMOGLOBIN A1c", 50, 120, "%", "<5.7"), ("TSH", 3, 90, "uIU/mL", "0.45-4.50"),
                             ("LDL-C", 50, 210, "mg/dL", "<100")]:
        v = r.randint(lo, hi); vs = f"{v / 10:.1f}" if t in ("CREATININE", "HEMOGLOBIN A1c", "TSH") else str(v)
        d(f"{t:<22}{vs:>8}  {r.choice(['', 'H', 'L', '']):<4} {u:<10} {rr}\n")
    d("\nReviewed by ", L("PERSON", P(r).full), ", MD, Laboratory Director.  Page 1 of 1\n")


@tpl(1, "lab_report")
def lab_imaging(r, d):
    p = P(r); dob = rdate(r, 1950, 2002); rad = P(r)
    d("RADIOLOGY REPORT\nExam: CT ABDOMEN PELVIS W IV CONTRAST   Accession RAD", f"{r.randint(1000000, 9999999)}", "\n")
    d("Patient: ", L("PERSON", p.full), "  MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "  DOB ", L("DATE_OF_BIRTH", fdate(dob, "us")), "\n\n")
    d("INDICATION: RLQ pain x3d, hx ", L("DIAGNOSIS", "Crohn's disease"), " on ", L("MEDICATION", "adalimumab"), ". r/o abscess.\n")
    d("TECHNIQUE: 100 mL Omnipaque 350. DLP 612 mGy-cm.\nFINDINGS: Wall thickening of the terminal ileum over 14 cm with mucosal hyperenhancement. No drainable collection. "
      "No free air. Appendix normal.\nIMPRESSION:\n1. Active terminal ileitis. No abscess.\n2. Incidental 6 mm hypodensity in liver segment 7, too small to characterize.\n")
    d("Dictated: ", L("PERSON", rad.full), ", MD   Signed ", fdate(visit_date(r), "iso"), "T14:22:09Z\n")


def hl7_msh(r, typ):
    return (f"MSH|^~\\&|CRESTEHR|MCH^2.16.840.1.113883.3.{r.randint(1000, 9999)}|{r.choice(['LABCORE', 'RXHUB', 'HIE'])}|CHP|"
            f"2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}||{typ}|MSG{r.randint(10 ** 7, 10 ** 8)}|P|2.5.1")


def hl7_pid(r, d, p, dob, seg_end):
    a, (street, c, st, z) = us_addr(r)
    d(f"PID|1||", L("MEDICAL_RECORD_NUMBER", f"{r.randint(100000, 9999999)}"), "^^^MCH^MR~", f"{r.randint(100, 999)}{r.randint(10, 99)}{r.randint(1000, 9999)}^^^SSA^SS" if False else f"X{r.randint(1000, 9999)}^^^CHP^PI",
      "||", L("PERSON", p.hl7), "||", L("DATE_OF_BIRTH", fdate(dob, "hl7")), f"|{r.choice('MFU')}||", r.choice(["2106-3", "2054-5", "2028-9", "1002-5"]),
      "|", L("ADDRESS", f"{street}^^{c}^{st}^{z}"), "^USA^H||", L("PHONE", f"({r.choice(US_AREAS)}){r.randint(200, 989)}-{r.randint(1000, 9999)}"), "|||",
      r.choice(["M", "S", "W"]), "||", f"{r.randint(10 ** 8, 10 ** 9)}", "|", L("US_SSN", ssn(r, "-")), seg_end)


@tpl(1, "hl7")
def hl7_adt(r, d):
    sep = r.choice(["\r", "\n"]); p = P(r); nk = P(r); att = P(r); dob = rdate(r, 1939, 2004)
    d(hl7_msh(r, "ADT^A04^ADT_A01"), sep, f"EVN|A04|{fdate(visit_date(r), 'hl7')}0930", sep)
    hl7_pid(r, d, p, dob, sep)
    d("NK1|1|", L("PERSON", nk.hl7), "|SPO^Spouse|||", L("PHONE", f"({r.choice(US_AREAS)}){r.randint(200, 989)}-{r.randint(1000, 9999)}"), sep)
    d("PV1|1|O|TELE^^^MCH||||", f"{npi(r)}^", L("PERSON", att.hl7), "^^^DR|||||||||||", f"V{r.randint(10 ** 7, 10 ** 8)}", sep)
    d("DG1|1|I10|", r.choice(ICD), "^", L("DIAGNOSIS", r.choice(DX)), "^I10|||A", sep)
    d("IN1|1|CHPPPO|", f"{r.randint(10000, 99999)}", "|CREST HEALTH PLAN||||", f"GRP{r.randint(1000, 9999)}", "||||||||", L("PERSON", p.hl7), "|SEL|",
      L("DATE_OF_BIRTH", fdate(dob, "hl7")), "|" * 18, L("HEALTH_PLAN_ID", health_plan_id(r)), sep)


@tpl(1, "hl7")
def hl7_oru(r, d):
    sep = "\r"; p = P(r); dob = rdate(r, 1950, 2000); prov = P(r)
    d(hl7_msh(r, "ORU^R01^ORU_R01"), sep)
    hl7_pid(r, d, p, dob, sep)
    d(f"ORC|RE|{r.randint(10 ** 6, 10 ** 7)}|{r.randint(10 ** 6, 10 ** 7)}||CM", sep)
    d(f"OBR|1|{r.randint(10 ** 6, 10 ** 7)}||4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN|||{fdate(visit_date(r), 'hl7')}0745|||||||||{npi(r)}^", L("PERSON", prov.hl7), sep)
    d(f"OBX|1|NM|4548-4^HbA1c^LN||{r.randint(55, 120) / 10}|%|4.0-5.6|H|||F", sep)
    d(f"OBX|2|NM|2160-0^Creatinine^LN||{r.randint(6, 22) / 10}|mg/dL|0.6-1.3|N|||F", sep)
    d("NTE|1||Pt with known ", L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "CKD stage 3b", "diabetic nephropathy"])), "; repeat in 3 months.", sep)


@tpl(1, "hl7")
def hl7_rde(r, d):
    sep = "\r"; p = P(r); dob = rdate(r, 1945, 2003); drug = r.choice(["metFORMIN", "atorvaSTATin", "sertraline", "levETIRAcetam", "QUEtiapine", "apixaban"])
    d(hl7_msh(r, "RDE^O11^RDE_O11"), sep)
    hl7_pid(r, d, p, dob, sep)
    d(f"ORC|NW|RX{r.randint(10 ** 6, 10 ** 7)}|||||^^^{fdate(visit_date(r), 'hl7')}", sep)
    d("RXE|^^^^^^^^^|", f"{NDC(r).replace('-', '')}^", L("MEDICATION", drug), f" {r.choice(['500 MG', '20 MG', '50 MG', '5 MG'])} TAB^NDC|1||TAB|", f"PO^BID|||{r.randint(30, 90)}|TAB|{r.randint(0, 5)}", sep)
    d("RXR|PO", sep)


@tpl(1, "hl7")
def hl7_dft(r, d):
    sep = "\r"; p = P(r); dob = rdate(r, 1945, 2003)
    d(hl7_msh(r, "DFT^P03^DFT_P03"), sep, f"EVN|P03|{fdate(visit_date(r), 'hl7')}", sep)
    hl7_pid(r, d, p, dob, sep)
    d(f"FT1|1|||{fdate(visit_date(r), 'hl7')}||CG|{r.choice(CPT)}^Telehealth visit^CPT|||1|{r.randint(90, 260)}.00", sep)
    d(f"DG1|1|I10|{r.choice(ICD)}^", L("DIAGNOSIS", r.choice(DX)), "^I10", sep)
    d("IN1|1|MCARE|", f"{r.randint(10000, 99999)}", "|MEDICARE PART B" + "|" * 12, L("PERSON", p.hl7), "|SEL|", L("DATE_OF_BIRTH", fdate(dob, "hl7")),
      "|" * 18, L("US_MBI", mbi(r, False)), sep)


@tpl(1, "hl7")
def hl7_ack(r, d):
    d(hl7_msh(r, "ACK^A04^ACK"), "\r", f"MSA|AA|MSG{r.randint(10 ** 7, 10 ** 8)}|Message accepted", "\r",
      f"ERR|||0^Message accepted^HL70357|I||||OID 2.16.840.1.113883.6.1 version 2.74", "\r")


def fhir_bundle(r, d, indent):
    p = P(r); dob = rdate(r, 1940, 2005); dx = pick_dx(r, 2); refuted = r.choice(["pulmonary embolism", "appendicitis", "COVID-19"])
    med = r.choice(MEDS); addr, (street, c, st, z) = us_addr(r)
    useMBI = r.random() < 0.4
    bundle = {"resourceType": "Bundle", "id": f"b-{r.randint(10 ** 6, 10 ** 7)}", "type": "collection",
              "meta": {"lastUpdated": f"{fdate(visit_date(r), 'iso')}T08:{r.randint(10, 59)}:00Z", "versionId": f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}.{r.randint(1, 300)}"},
              "entry": [
                  {"resource": {"resourceType": "Patient", "id": f"pt-{r.randint(1000, 9999)}",
                                "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                                "system": "urn:oid:2.16.840.1.113883.3.4421.1", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
                                "name": [{"use": "official", "family": L("PERSON", p.last), "given": [L("PERSON", p.first)]}],
                                "telecom": [{"system": "phone", "value": L("PHONE", us_phone(r)), "use": "mobile"},
                                            {"system": "email", "value": L("EMAIL", email_for(r, p))}],
                                "gender": r.choice(["female", "male", "other"]), "birthDate": L("DATE_OF_BIRTH", fdate(dob, "iso")),
                                "address": [{"line": [L("ADDRESS", street)], "city": c, "state": st, "postalCode": z}]}},
                  {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                                "verificationStatus": {"coding": [{"code": "confirmed"}]},
                                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": r.choice(ICD)}], "text": L("DIAGNOSIS", dx[0])},
                                "subject": {"reference": "Patient/pt"}}},
                  {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                                "code": {"text": refuted}, "note": [{"text": "ruled out on imaging"}]}},
                  {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                                "medicationCodeableConcept": {"text": L("MEDICATION", med)},
                                "dosageInstruction": [{"text": r.choice(DOSE)}],
                                "reasonCode": [{"text": L("DIAGNOSIS", dx[1])}]}},
                  {"resource": {"resourceType": "Coverage", "status": "active",
                                "subscriberId": L("US_MBI", mbi(r)) if useMBI else L("HEALTH_PLAN_ID", health_plan_id(r)),
                                "payor": [{"display": "Medicare Part B" if useMBI else PLAN}],
                                "class": [{"type": {"text": "group"}, "value": f"{r.randint(10000, 99999)}"}]}}]}
    J(d, bundle, indent)


@tpl(3, "fhir_json")
def fhir_patient_bundle(r, d):
    fhir_bundle(r, d, r.choice([2, None]))


@tpl(1, "fhir_json")
def fhir_catalog(r, d):
    vs = {"resourceType": "ValueSet", "id": "crest-formulary-tier2", "url": "http://crest.example.org/fhir/ValueSet/tier2",
          "version": "2025.3.1.14", "status": "active", "publisher": "CrestRx P&T Committee",
          "compose": {"include": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                   "concept": [{"code": str(r.randint(100000, 2000000)), "display": m} for m in r.sample(MEDS, 6)]},
                                  {"system": "http://hl7.org/fhir/sid/icd-10-cm",
                                   "concept": [{"code": c, "display": x} for c, x in zip(r.sample(ICD, 4), r.sample(DX, 4))]}]}}
    J(d, vs, 2)


@tpl(2, "clinical_note")
def erx_newrx(r, d):
    p = P(r); doc = P(r); dob = rdate(r, 1940, 2006); m = r.choice(MEDS); addr, _ = us_addr(r)
    d("NCPDP SCRIPT 2017071 NewRx — rendered for audit\n-----------------------------------------------\nMessageID: ", f"{r.randint(10 ** 11, 10 ** 12)}", "   SentTime: ",
      fdate(visit_date(r), "iso"), "T1", str(r.randint(0, 9)), ":0", str(r.randint(0, 9)), ":11.4Z\n")
    d("Pharmacy: ", RXARM, " Mail Order  NCPDPID ", f"{r.randint(1000000, 9999999)}", "  ", L("PHONE", tollfree(r)), "\n")
    d("Prescriber: ", L("PERSON", doc.lf), " ", r.choice(["MD", "NP"]), "  NPI ", npi(r), "  DEA ", dea(r, doc.last), "  SPI ", f"{r.randint(10 ** 12, 10 ** 13)}", "\n")
    d("Patient: ", L("PERSON", p.lf), "   DOB ", L("DATE_OF_BIRTH", fdate(dob, "iso")), "   Gender ", r.choice("MF"), "\n")
    d("  Addr: ", L("ADDRESS", addr), "\n  Ph: ", L("PHONE", us_phone(r, "e164")), "\n")
    d("Drug: ", L("MEDICATION", m), " ", r.choice(["500 mg tablet", "10 mg tablet", "1 mg/0.75 mL pen", "200 mg capsule", "100 mcg/inh"]), "  NDC ", NDC(r), "\n")
    d("Sig: ", r.choice(["take 1 tab po bid w/ meals", "inject 0.5mg sc once wkly", "1 cap po qhs", "2 puffs bid, rinse mouth"]), "   Qty ", str(r.randint(1, 180)),
      "  Refills ", str(r.randint(0, 11)), "  DAW 0\n")
    d("Dx: ", r.choice(ICD), " — ", L("DIAGNOSIS", r.choice(DX)), "\nNote to pharmacist: pt prefers 90-day supply; ins. ", PLAN, " BIN ", f"{r.randint(600000, 610999)}", "\n")


# ---------------------------------------------------------------- structured exports
@tpl(3, "csv")
def csv_claims(r, d):
    hdr = ["claim_id", "member_id", "pt_last", "pt_first", "dob", "dos", "cpt", "icd10", "dx_desc", "billed", "allowed", "status"]
    row(d, hdr)
    for _ in range(r.randint(4, 7)):
        p = P(r)
        row(d, [f"CLM{r.randint(10 ** 9, 10 ** 10)}", L("HEALTH_PLAN_ID", health_plan_id(r)), L("PERSON", p.last), L("PERSON", p.first),
                L("DATE_OF_BIRTH", fdate(rdate(r), "iso")), fdate(visit_date(r), "iso"), r.choice(CPT), r.choice(ICD), L("DIAGNOSIS", r.choice(DX)),
                f"{r.randint(80, 900)}.00", f"{r.randint(40, 400)}.{r.randint(0, 99):02d}", r.choice(["PAID", "DENIED-CO197", "PEND", "PAID"])])


@tpl(2, "csv")
def csv_pharmacy_fills(r, d):
    sep = r.choice([",", ";"])
    row(d, ["rx_number", "fill_date", "patient_name", "drug_name", "strength", "ndc11", "qty", "days_supply", "prescriber_npi", "copay"], sep)
    for _ in range(r.randint(4, 8)):
        p = P(r)
        row(d, [str(r.randint(1000000, 9999999)), fdate(visit_date(r), "us"), L("PERSON", p.lf.upper() if r.random() < 0.5 else p.full),
                L("MEDICATION", r.choice(MEDS).upper()), r.choice(["500MG", "10MG", "0.5MG/DOSE", "40MG/0.4ML", "200MCG"]), NDC(r).replace("-", ""),
                str(r.choice([30, 60, 90, 1, 3])), str(r.choice([30, 90, 28])), npi(r), f"{r.choice([0, 5, 10, 15, 47])}.00"], sep)


@tpl(2, "tsv")
def tsv_eligibility(r, d):
    row(d, ["SUBSCRIBER_ID", "REL", "LAST_NAME", "FIRST_NAME", "DOB", "SSN", "ADDR1", "CITY", "ST", "ZIP", "PHONE", "COV_START", "PLAN_CD"], "\t")
    for _ in range(r.randint(4, 7)):
        p = P(r); a, (street, c, st, z) = us_addr(r)
        row(d, [L("HEALTH_PLAN_ID", health_plan_id(r)), r.choice(["18", "01", "19"]), L("PERSON", p.last.upper()), L("PERSON", p.first.upper()),
                L("DATE_OF_BIRTH", fdate(rdate(r), "hl7")), L("US_SSN", ssn(r, "")) if r.random() < 0.7 else masked_ssn(r), L("ADDRESS", street.upper()), c.upper(), st, z,
                L("PHONE", us_phone(r, "dash")), fdate(visit_date(r), "hl7"), r.choice(["PPO500", "HMO250", "HDHP3K"])], "\t")


@tpl(2, "csv")
def csv_research(r, d):
    d("# Crest Outcomes Study COS-", str(r.randint(10, 40)), " — limited data set, de-identified per 45 CFR 164.514(b)(2)\n")
    row(d, ["subject_id", "age_band", "sex", "zip3", "index_dx", "icd10", "first_line_med", "a1c_baseline", "a1c_12mo", "hospitalized"])
    for i in range(r.randint(6, 10)):
        row(d, [f"S-{r.randint(1000, 9999)}", r.choice(["18-34", "35-49", "50-64", "65+"]), r.choice("MF"), f"{r.randint(10, 99)}X",
                r.choice(DX), r.choice(ICD), r.choice(MEDS), f"{r.randint(60, 110) / 10}", f"{r.randint(55, 100) / 10}", r.choice(["0", "1"])])


@tpl(1, "csv")
def csv_formulary(r, d):
    row(d, ["drug", "generic", "tier", "pa_required", "step_therapy", "qty_limit", "ndc_example"])
    for m in r.sample(MEDS, 10):
        row(d, [m, m.lower(), str(r.randint(1, 5)), r.choice(["Y", "N"]), r.choice(["Y", "N", ""]), r.choice(["30/30", "4 pens/28d", ""]), NDC(r)])


@tpl(3, "json")
def json_member_api(r, d):
    p = P(r); dob = rdate(r); a, (street, c, st, z) = us_addr(r); doc = P(r)
    obj = {"requestId": f"{r.randint(10 ** 7, 10 ** 8):x}-{r.randint(1000, 9999)}", "apiVersion": "3.14.2.7",
           "member": {"memberId": L("HEALTH_PLAN_ID", health_plan_id(r)), "groupNumber": f"{r.randint(10000, 99999)}",
                      "name": {"first": L("PERSON", p.first), "last": L("PERSON", p.last)}, "dateOfBirth": L("DATE_OF_BIRTH", fdate(dob, "iso")),
                      "ssnLast4": f"{r.randint(1000, 9999)}", "contact": {"email": L("EMAIL", email_for(r, p)), "mobile": L("PHONE", us_phone(r, "e164"))},
                      "address": {"line1": L("ADDRESS", street), "city": c, "state": st, "zip": z},
                      "pcp": {"name": L("PERSON", f"Dr. {doc.full}"[4:]), "npi": npi(r)},
                      "conditions": [L("DIAGNOSIS", x) for x in pick_dx(r, 2)], "activeRx": [L("MEDICATION", m) for m in pick_meds(r, 2)]},
           "eligibility": {"status": "active", "effective": fdate(visit_date(r), "iso"), "termed": None}}
    J(d, obj, 2)


@tpl(1, "json")
def json_prior_auth_webhook(r, d):
    p = P(r); dob = rdate(r)
    obj = {"event": "prior_auth.decision", "id": f"evt_{r.randint(10 ** 10, 10 ** 11)}", "created": r.randint(1730000000, 1760000000),
           "data": {"paNumber": f"PA{r.randint(10 ** 6, 10 ** 7)}", "decision": r.choice(["APPROVED", "DENIED"]), "reasonCode": "MN-04",
                    "patient": {"fullName": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", fdate(dob, "us")), "subscriberId": L("HEALTH_PLAN_ID", health_plan_id(r))},
                    "drug": {"name": L("MEDICATION", r.choice(["Ozempic", "Humira", "Dupixent", "Mounjaro"])), "ndc": NDC(r)},
                    "diagnosis": {"icd10": r.choice(ICD), "text": L("DIAGNOSIS", r.choice(DX))},
                    "reviewer": {"name": L("PERSON", P(r).full), "credentials": "PharmD"}},
           "deliveredTo": "https://hooks.partner.example.com/pa", "attempt": 1}
    J(d, obj, r.choice([2, 4]))


@tpl(1, "json")
def json_inventory(r, d):
    items = [{"sku": f"CRX-{r.randint(10000, 99999)}-{r.choice(['A', 'B'])}", "ndc": NDC(r), "desc": f"{m} {r.choice(['10MG', '500MG', '25MG'])} TAB {r.choice([30, 90, 500])}CT",
              "lot": f"{r.choice('ABCDEFGH')}{r.randint(10000, 99999)}", "exp": fdate(rdate(r, 2026, 2028), "iso"), "onHand": r.randint(0, 4000)}
             for m in r.sample(MEDS, 5)]
    J(d, {"warehouse": "CRX-DC-02 (Memphis)", "snapshot": f"{fdate(visit_date(r), 'iso')}T00:00:00Z", "schemaVersion": "10.4.2.1", "items": items}, 2)


@tpl(2, "ndjson")
def ndjson_care_tasks(r, d):
    for _ in range(r.randint(3, 5)):
        p = P(r); cm = P(r)
        kind = r.choice(["post_discharge_call", "med_reconciliation", "a1c_outreach", "sdoh_screen"])
        obj = {"task_id": f"CM-{r.randint(100000, 999999)}", "type": kind, "member_id": L("HEALTH_PLAN_ID", health_plan_id(r)),
               "member_name": L("PERSON", p.full), "phone": L("PHONE", us_phone(r)), "assigned_to": L("EMAIL", f"{cm.user(r)}@meridiancrest.health"),
               "due": fdate(visit_date(r), "iso"),
               "note": M("Pt ", L("PERSON", p.first), " d/c'd after ", L("DIAGNOSIS", r.choice(DX)), " exacerbation; confirm picked up ", L("MEDICATION", r.choice(MEDS)), ".")
               if kind != "sdoh_screen" else "screen for food insecurity + transport; no clinical content", "priority": r.randint(1, 4)}
        J(d, obj, None); d("\n")


@tpl(1, "ndjson")
def ndjson_audit(r, d):
    for _ in range(r.randint(4, 6)):
        u = P(r)
        obj = {"ts": f"{fdate(visit_date(r), 'iso')}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(100, 999)}Z",
               "actor": L("EMAIL", f"{u.user(r)}@meridiancrest.health"), "action": r.choice(["chart.view", "chart.print", "rx.cancel", "export.csv"]),
               "patient_mrn": L("MEDICAL_RECORD_NUMBER", mrn(r)), "src_ip": L("IP_ADDRESS", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
               "ua": f"Mozilla/5.0 Chrome/{r.randint(118, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 199)}", "break_glass": r.random() < 0.1}
        J(d, obj, None); d("\n")


@tpl(1, "ndjson")
def ndjson_metrics(r, d):
    for _ in range(5):
        J(d, {"ts": r.randint(1730000000000, 1760000000000), "svc": r.choice(["eligibility-api", "claims-adjudicator", "fhir-gw"]),
              "version": f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 200)}.{r.randint(0, 999)}", "p95_ms": r.randint(20, 900),
              "oid": f"2.16.840.1.113883.{r.randint(1, 12)}.{r.randint(1, 400)}", "build": f"b{r.randint(10 ** 5, 10 ** 6)}-{r.randint(16 ** 6, 16 ** 7):x}"}, None)
        d("\n")


@tpl(3, "yaml")
def yaml_config(r, d):
    d(f"# eligibility-sync config — managed by Terraform, do not edit\nservice: eligibility-sync\nversion: {r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 99)}.{r.randint(1, 400)}\n")
    d(f"x12:\n  isa_sender: CRESTHP\n  gs_version: 005010X279A1\n  batch_size: {r.choice([500, 1000, 2500])}\nfhir:\n  base: https://fhir.internal.crest.example/r4\n  oid_root: 2.16.840.1.113883.3.{r.randint(1000, 9999)}\n")
    d(f"schedule: \"0 {r.randint(1, 5)} * * *\"\nretention_days: {r.choice([30, 90, 2555])}\nmask:\n  ssn: \"***-**-####\"\n  member_id: keep_last_4\nalerts:\n  channel: \"#elig-oncall\"\n  threshold_pct: 0.{r.randint(1, 9)}\n")


@tpl(2, "yaml")
def yaml_clinician(r, d):
    p = P(r); st, code, num = dl(r); a = us_addr(r, 2)[0]
    d("# onboarding record exported from Workday -> credentialing\nclinician:\n  legal_name: ", L("PERSON", p.full), "\n  preferred_name: ", L("PERSON", p.first), "\n")
    d("  dob: ", L("DATE_OF_BIRTH", fdate(rdate(r, 1960, 1995), "iso")), "\n  ssn: \"", L("US_SSN", ssn(r)), "\"\n  home_address: |\n    ", L("ADDRESS", a.replace("\n", "\n    ")), "\n")
    d("  personal_email: ", L("EMAIL", email_for(r, p)), "\n  mobile: \"", L("PHONE", us_phone(r)), "\"\n  drivers_license:\n    state: ", code, "\n    number: \"", L("DRIVER_LICENSE", num), "\"\n")
    d("  npi: \"", npi(r), "\"\n  licenses:\n    - state: ", r.choice(["MA", "AZ", "NC", "WA"]), "\n      number: \"", str(r.randint(100000, 999999)), "\"\n      expires: ", fdate(rdate(r, 2026, 2028), "iso"), "\n")
    d("  start_date: ", fdate(visit_date(r), "iso"), "\n  cost_center: CC-", str(r.randint(1000, 9999)), "\n")


@tpl(1, "tsv")
def tsv_hr(r, d):
    row(d, ["emp_id", "name", "email", "ssn", "dob", "dl_state", "dl_number", "license_no", "hire_date"], "\t")
    for _ in range(r.randint(4, 6)):
        p = P(r); st, code, num = dl(r)
        row(d, [f"E{r.randint(10000, 99999)}", L("PERSON", p.fml), L("EMAIL", f"{p.user(r)}@meridiancrest.health"), L("US_SSN", ssn(r)),
                L("DATE_OF_BIRTH", fdate(rdate(r, 1960, 1998), "us")), code, L("DRIVER_LICENSE", num), f"{code}-{r.randint(10000, 99999)}", fdate(visit_date(r), "us")], "\t")


@tpl(1, "csv")
def csv_callcenter_qa(r, d):
    row(d, ["call_id", "agent", "queue", "duration_s", "csat", "summary"])
    for _ in range(r.randint(3, 5)):
        a = P(r); m = P(r)
        summ = r.choice([M("member ", L("PERSON", m.full), " asked why ", L("MEDICATION", r.choice(MEDS)), " was denied; cb ", L("PHONE", us_phone(r))),
                         M("caller wanted ID card reissued, verified DOB ", L("DATE_OF_BIRTH", fdate(rdate(r), "us")), ", mailed"),
                         "billing q, no PHI discussed", "wrong number / hang-up"])
        row(d, [f"C{r.randint(10 ** 6, 10 ** 7)}", L("PERSON", a.first), r.choice(["Member-EN", "Member-ES", "Pharmacy", "Provider"]), str(r.randint(30, 1900)), str(r.randint(1, 5)), summ])


@tpl(1, "csv")
def csv_billing_export(r, d):
    row(d, ["invoice", "account_holder", "card_on_file", "amount", "posted", "notes"])
    for i in range(r.randint(4, 6)):
        p = P(r)
        cf = L("CREDIT_CARD", card(r)) if i == 1 else r.choice([f"****{r.randint(1000, 9999)}", f"{r.choice(['4111', '5454'])}********{r.randint(1000, 9999)}", "ACH"])
        row(d, [f"INV-{r.randint(2024, 2025)}-{r.randint(10000, 99999)}", L("PERSON", p.full), cf, f"{r.randint(10, 800)}.{r.randint(0, 99):02d}", fdate(visit_date(r), "iso"),
                r.choice(["premium", "copay", "mail-order Rx", "refund"])])


# ---------------------------------------------------------------- logs
def ip4(r, kind=None):
    k = kind or r.choice(["doc", "doc", "priv", "pub", "cgnat"])
    if k == "doc":
        return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}"
    if k == "priv":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    if k == "cgnat":
        return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice([24, 47, 66, 73, 98, 108, 174, 185, 212])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def ip6(r):
    return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"


def ts(r, style="iso"):
    y, m, dd = visit_date(r); h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}Z"
    if style == "clf":
        return f"{dd:02d}/{MON[m - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
    return f"{MON[m - 1]} {dd:2d} {h:02d}:{mi:02d}:{s:02d}"


@tpl(2, "log")
def log_auth(r, d):
    for _ in range(r.randint(5, 8)):
        p = P(r); ev = r.choice(["login.success", "login.failure", "mfa.challenge", "password.reset", "session.expired", "login.success"])
        d(ts(r), " level=", "WARN" if "fail" in ev else "INFO", " svc=member-portal event=", ev, " user=")
        d(L("EMAIL", email_for(r, p)) if r.random() < 0.8 else "-")
        d(" ip=", L("IP_ADDRESS", ip4(r)) if r.random() < 0.85 else L("IP_ADDRESS", ip6(r)))
        if ev == "mfa.challenge":
            d(" channel=sms to=", L("PHONE", us_phone(r, "e164")))
        d(f" req_id={r.randint(16 ** 11, 16 ** 12):x} app_ver=4.{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(1, 999)} latency_ms={r.randint(3, 900)}\n")


@tpl(2, "log")
def log_nginx(r, d):
    for _ in range(r.randint(5, 8)):
        path = r.choice(["/api/v2/members/me", "/static/app.7f3c2e.js", "/api/v2/claims?page=2", "/healthz", "/api/v2/idcard.pdf", "/fhir/r4/Patient/$everything"])
        d(L("IP_ADDRESS", ip4(r)), f" - - [{ts(r, 'clf')}] \"GET {path} HTTP/1.1\" {r.choice([200, 200, 304, 401, 404, 502])} {r.randint(0, 90000)} \"-\" "
                                    f"\"CrestApp/{r.randint(5, 7)}.{r.randint(0, 12)}.{r.randint(0, 9)}.{r.randint(100, 999)} (iPhone; iOS 17.{r.randint(0, 6)}.{r.randint(0, 2)})\" rt=0.{r.randint(1, 999):03d}\n")


@tpl(2, "log")
def log_dispense(r, d):
    d(f"# CrestRx Memphis DC — dispensing journal {fdate(visit_date(r), 'iso')} (station PV-{r.randint(1, 9)})\n")
    for _ in range(r.randint(4, 7)):
        p = P(r); ph = P(r)
        d(ts(r, "sys"), f" RX#{r.randint(1000000, 9999999)} FILL qty={r.choice([30, 60, 90])} drug=\"", L("MEDICATION", r.choice(MEDS).upper()), f" {r.choice(['10MG', '500MG', '50MG'])}\" ndc={NDC(r)} ",
          "pt=\"", L("PERSON", p.lf.upper()), "\" dob=", L("DATE_OF_BIRTH", fdate(rdate(r), "us")), " rph=", L("PERSON", f"{ph.first[0]}. {ph.last}"),
          f" verify=OK tote={r.randint(10000, 99999)} ship=1Z{r.randint(10 ** 15, 10 ** 16)}\n")


@tpl(1, "log")
def log_interface(r, d):
    p = P(r); dob = rdate(r)
    d(f"{ts(r)} INFO  [Channel ADT-Inbound-HIE] Received message MSG{r.randint(10 ** 7, 10 ** 8)} from 2.16.840.1.113883.3.{r.randint(100, 999)}\n")
    d(f"{ts(r)} ERROR [Channel ADT-Inbound-HIE] Transformer step 4 failed: PID-7 invalid format; raw segment follows\n")
    d("    PID|1||", L("MEDICAL_RECORD_NUMBER", str(r.randint(100000, 9999999))), "^^^MCH^MR||", L("PERSON", p.hl7), "||", L("DATE_OF_BIRTH", fdate(dob, "iso")), "|F\n")
    d(f"{ts(r)} WARN  [Channel ADT-Inbound-HIE] message queued for retry (attempt 2/5) dest=", L("IP_ADDRESS", ip4(r, "priv")), ":6661\n")
    d(f"{ts(r)} INFO  [Channel ADT-Inbound-HIE] engine version 4.5.2.{r.randint(1000, 9999)} heap=1.2G\n")


@tpl(3, "log")
def log_ehr_audit(r, d):
    for _ in range(r.randint(4, 6)):
        u = P(r); p = P(r)
        d(ts(r, "sys"), f" ehr-audit[{r.randint(1000, 9999)}]: user={u.user(r)} role={r.choice(['RN', 'MD', 'CSR', 'BILLING'])} action={r.choice(['OPEN_CHART', 'VIEW_NOTE', 'PRINT_RX'])} ",
          "mrn=", L("MEDICAL_RECORD_NUMBER", mrn(r)), " patient=\"", L("PERSON", p.full), "\" ws=", L("IP_ADDRESS", ip4(r, "priv")), f" reason={r.choice(['treatment', 'billing', 'QA', 'none_given'])}\n")


@tpl(3, "log")
def log_build(r, d):
    v = f"{r.randint(2, 9)}.{r.randint(0, 40)}.{r.randint(0, 200)}.{r.randint(1, 9999)}"
    lines = [f"[{ts(r)}] Starting build #{r.randint(1000, 9999)} for claims-adjudicator @ {r.randint(16 ** 39, 16 ** 40):x}"[:100],
             f"[{ts(r)}] Resolved base image registry.internal/crest/python:3.12.{r.randint(1, 9)}-slim (digest sha256:{r.randint(16 ** 20, 16 ** 21):x}...)",
             f"[{ts(r)}] Bumping version {v} -> {v.rsplit('.', 1)[0]}.{int(v.rsplit('.', 1)[1]) + 1}",
             f"[{ts(r)}] Loaded code system OID 2.16.840.1.113883.6.{r.choice([1, 12, 88, 96, 103])} (LOINC/CPT/RxNorm/SNOMED)",
             f"[{ts(r)}] pytest: {r.randint(800, 3000)} passed, {r.randint(0, 5)} skipped in {r.randint(40, 600)}.{r.randint(10, 99)}s",
             f"[{ts(r)}] Test fixture 'Smith, John' with ssn=XXX-XX-XXXX redacted OK",
             f"[{ts(r)}] Pushed artifact claims-adjudicator-{v}.tar.gz ({r.randint(20, 300)} MB) to s3://crest-artifacts/releases/",
             f"[{ts(r)}] Deploy window: Presidents' Day freeze lifted; next freeze Thanksgiving",
             f"[{ts(r)}] Done in {r.randint(3, 19)}m{r.randint(0, 59)}s epoch={r.randint(1730000000, 1760000000)}"]
    lines.pop(5)  # fixture line removed: a placeholder name is still a name
    for ln in lines:
        d(ln, "\n")


@tpl(1, "log")
def log_payment(r, d):
    for i in range(r.randint(5, 7)):
        d(ts(r), f" payments-gw txn={r.randint(10 ** 11, 10 ** 12)} amt={r.randint(5, 500)}.{r.randint(0, 99):02d} ")
        if i == 2:
            d("status=ERROR raw_request='{\"pan\":\"", L("CREDIT_CARD", card(r)), "\",\"exp\":\"0", str(r.randint(1, 9)), f"/2{r.randint(6, 9)}\"}}' src=", L("IP_ADDRESS", ip4(r, "doc")), "\n")
        elif i == 4:
            d(f"status=DECLINED reason=luhn_check card={bad_card(r)} src=", L("IP_ADDRESS", ip4(r, "doc")), "\n")
        else:
            d(f"status=APPROVED card=************{r.randint(1000, 9999)} brand={r.choice(['VISA', 'MC', 'AMEX'])} auth={r.randint(100000, 999999)}\n")


@tpl(1, "log")
def log_sftp(r, d):
    for _ in range(r.randint(4, 6)):
        d(ts(r, "sys"), f" sftp-gw sshd[{r.randint(1000, 60000)}]: ", r.choice(["Accepted publickey for", "session opened for", "Failed password for"]),
          f" user {r.choice(['edi_bcbs', 'x12_clearinghouse', 'labcorp_in', 'svc_eob_print'])} from ", L("IP_ADDRESS", ip4(r, r.choice(["pub", "doc"]))),
          f" port {r.randint(1024, 65000)} ssh2\n")
    d(ts(r, "sys"), f" sftp-gw internal-sftp: put 834_CREST_{fdate(visit_date(r), 'hl7')}_{r.randint(1000, 9999)}.edi ({r.randint(10000, 9000000)} bytes)\n")


@tpl(3, "log")
def log_error_stack(r, d):
    p = P(r)
    d(f"{ts(r)} ERROR c.c.member.ProfileService - update failed for memberId=", L("HEALTH_PLAN_ID", health_plan_id(r)), "\n")
    d("com.crest.validation.ValidationException: phone must be E.164 (got '", L("PHONE", us_phone(r, r.choice(["paren", "dot"]))), "')\n")
    d("\tat com.crest.member.ProfileService.update(ProfileService.java:", str(r.randint(40, 400)), ")\n\tat com.crest.api.MemberController.patch(MemberController.java:", str(r.randint(40, 200)), ")\n")
    d("Request payload: {\"email\":\"", L("EMAIL", email_for(r, p)), "\",\"displayName\":\"", L("PERSON", p.full), "\"}\n")
    d(f"{ts(r)} INFO  c.c.http.AccessFilter - 400 PATCH /v2/members/me from ", L("IP_ADDRESS", ip4(r, "pub")), f" trace={r.randint(16 ** 15, 16 ** 16):x}\n")


@tpl(1, "log")
def log_firewall(r, d):
    for _ in range(r.randint(5, 7)):
        if r.random() < 0.3:
            src, dst = ip6(r), ip6(r)
        else:
            src, dst = ip4(r, r.choice(["pub", "doc"])), ip4(r, "priv")
        d(ts(r, "sys"), f" fw01 kernel: {r.choice(['DROP', 'ACCEPT', 'DROP'])} IN=eth0 OUT= SRC=", L("IP_ADDRESS", src), " DST=", L("IP_ADDRESS", dst),
          f" PROTO=TCP SPT={r.randint(1024, 65000)} DPT={r.choice([22, 443, 2575, 3389, 5432])}\n")


@tpl(2, "log")
def log_clean(r, d):
    for _ in range(r.randint(6, 9)):
        d(ts(r), " ", r.choice(["INFO ", "DEBUG", "WARN "]), " ", r.choice([
            f"scheduler: job eob-print-batch finished rows={r.randint(100, 90000)} duration={r.randint(1, 900)}s",
            f"cache: warmed formulary tier table v{r.randint(2024, 2025)}.{r.randint(1, 12)}.{r.randint(1, 30)}.{r.randint(1, 9)}",
            f"x12: parsed 835 ISA13={r.randint(10 ** 8, 10 ** 9)} CLP count={r.randint(1, 800)}",
            f"config reloaded from /etc/crest/app.yaml (sha {r.randint(16 ** 7, 16 ** 8):x})",
            f"health: db=ok redis=ok queue_depth={r.randint(0, 400)} loopback=127.0.0.1 bind=0.0.0.0:8443",
            f"feature flag 'mlk_day_banner' enabled until {fdate(visit_date(r), 'iso')}",
            f"kafka: consumer lag topic=claims.adjudicated partition={r.randint(0, 11)} lag={r.randint(0, 9000)}",
            f"deprecation: client version 3.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 999)} will be blocked after v4 cutover",
            f"ICD-10 table refresh: {r.randint(70000, 74000)} codes (E11.9, I10, F33.1 spot-checked)",
            f"order ORD-{r.randint(10 ** 7, 10 ** 8)} shipped tracking 9400{r.randint(10 ** 17, 10 ** 18)}"]), "\n")


# ---------------------------------------------------------------- e-mail / chat / ticket
@tpl(2, "email")
def em_eob_dispute(r, d):
    p = P(r); agent = P(r); mid = health_plan_id(r); dx = r.choice(DX)
    d("From: ", L("PERSON", p.full), " <", L("EMAIL", email_for(r, p)), ">\nTo: ", L("EMAIL", "appeals@cresthealthplan.com"), "\n")
    d(f"Subject: Re: EOB claim {r.randint(10 ** 9, 10 ** 10)} — why was this denied??\nDate: {fdate(visit_date(r), 'long')}\n\n")
    d("hi, i got the explanation of benefits for my telehealth visit and it says not medically necessary. I have ", L("DIAGNOSIS", dx),
      " and my doctor put me on ", L("MEDICATION", r.choice(MEDS)), " so obviously i need the follow ups. my member id is ", L("HEALTH_PLAN_ID", mid),
      " and DOB ", L("DATE_OF_BIRTH", fdate(rdate(r), "us1")), ". please call me at ", L("PHONE", us_phone(r)), " after 5pm\n\n", L("PERSON", p.first), "\n\n")
    d("> On ", fdate(visit_date(r), "us"), ", Crest Member Services <", L("EMAIL", "noreply@cresthealthplan.com"), "> wrote:\n")
    d("> Dear ", L("PERSON", p.first), ",\n> Your claim was processed. Amount you may owe: $", f"{r.randint(40, 600)}.00", ". Reference CARC 50 / RARC N115.\n")
    d("> Questions? Call ", L("PHONE", tollfree(r)), ". — ", L("PERSON", agent.first), ", Member Advocate\n")


@tpl(2, "email")
def em_pa_forward(r, d):
    a = P(r); b = P(r); p = P(r); dob = rdate(r)
    d("From: ", L("EMAIL", f"{a.user(r)}@meridiancrest.health"), "\nTo: ", L("EMAIL", f"{b.user(r)}@crestrx.com"), "\nSubject: FW: PA needed - ", L("PERSON", p.last), "\n\n")
    d(L("PERSON", b.first), " - can you push this through? pt has been waiting 2 wks.\n\n---------- Forwarded message ---------\n")
    d("Pt: ", L("PERSON", p.full), " (DOB ", L("DATE_OF_BIRTH", fdate(dob, "us")), ", MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), ")\n")
    d("Dx: ", L("DIAGNOSIS", r.choice(DX)), "; s/p failed trial of ", L("MEDICATION", r.choice(MEDS)), "\nRequesting: ", L("MEDICATION", r.choice(["Dupixent", "Humira", "Ozempic", "Mounjaro", "Biktarvy"])), "\n")
    d("Plan: ", PLAN, " — subscriber #", L("HEALTH_PLAN_ID", health_plan_id(r)), ", group ", str(r.randint(10000, 99999)), "\n\nthx\n", L("PERSON", a.first), "\n", ORG, " | Care Coordination\n")


@tpl(1, "email")
def em_credentialing(r, d):
    hr = P(r); doc = P(r, r.choice(["tamil", "filipino", "igbo", "armenian"])); st, code, num = dl(r)
    c = {"tamil": "IN", "filipino": "PH", "igbo": "NG", "armenian": "UA"}[doc.origin]
    nm, lab, pn, typ = passport(r, c)
    d("From: ", L("EMAIL", f"{hr.user(r)}@meridiancrest.health"), "\nTo: ", L("EMAIL", "credentialing@meridiancrest.health"), "\nSubject: I-9 / credentialing docs for Dr. ", L("PERSON", doc.last), "\n\n")
    d("Team,\n\nDocs received for ", L("PERSON", doc.full), " (start date ", fdate(visit_date(r), "us"), "):\n")
    d(f"  - {nm} passport, no. ", L(typ, pn), ", exp ", fdate(rdate(r, 2027, 2033), "us"), "\n")
    d(f"  - {st} driver's license ", L("DRIVER_LICENSE", num), "\n  - SSN card ending ", str(r.randint(1000, 9999)), " (copy in Workday)\n")
    d("  - DEA ", dea(r, doc.last), " and NPI ", npi(r), " verified on NPPES\n\nPlease do not forward outside HR.\n", L("PERSON", hr.first), "\n")


@tpl(3, "email")
def em_newsletter(r, d):
    d(f"From: Crest Wellness <wellness@news.example.com>\nSubject: {r.choice(['March', 'October', 'January'])} wellness tips\n\n".replace("wellness@news.example.com", "wellness[at]news[dot]example.com"))
    d(r.choice(["This Martin Luther King Jr. Day, our clinics are closed; virtual urgent care stays open.",
                "Heart Month reminder: high blood pressure often has no symptoms, so get it checked.",
                "Flu season is here. Flu shots are $0 at in-network pharmacies including Walgreens and CVS."]), "\n\n")
    d("Did you know? Type 2 diabetes affects about 1 in 10 US adults. Drugs like metformin and semaglutide are covered on Tier 1-2 of our formulary. "
      "Parkinson's disease awareness walks are held each April.\n\nThis message was sent by Crest Health Plan. Unsubscribe: https://crest.example/u/",
      f"{r.randint(16 ** 9, 16 ** 10):x}", "\n")


@tpl(2, "email")
def em_uk_member(r, d):
    p = P(r, r.choice(["welsh", "scottish", "bengali", "polish"])); sc, ac = sort_acct(r)
    d("From: ", L("EMAIL", email_for(r, p, "btinternet.com")), "\nTo: ", L("EMAIL", "claims.uk@cresthealth.co.uk"), "\nSubject: Claim refund — physio invoices\n\n")
    d("Hello,\n\nPlease refund the two physio invoices to my account: ", L("UK_BANK_ACCOUNT", f"{sc} {ac}"), " (", L("PERSON", p.full), ").\n")
    d("My NHS number is ", L("UK_NHS_NUMBER", nhs(r)), " if you need it for the GP letter; policy CHUK", str(r.randint(100000, 999999)), ".\n")
    d("I was told the ", L("DIAGNOSIS", r.choice(["plantar fasciitis", "frozen shoulder", "lumbar disc prolapse"])), " should be covered under outpatient therapies.\n\nKind regards,\n", L("PERSON", p.first), "\n", L("PHONE", uk_phone(r)), "\n")


@tpl(1, "email")
def em_canada(r, d):
    p = P(r, "quebecois")
    d("De : ", L("PERSON", p.full), " <", L("EMAIL", email_for(r, p, "videotron.ca")), ">\nÀ : ", L("EMAIL", "avantages@cresthealth.ca"), "\nObjet : Relevé / T4A — erreur de NAS\n\n")
    d("Bonjour,\n\nMon relevé indique le mauvais NAS. Le bon numéro est ", L("CA_SIN", sin(r)), " (l'ancien, ", sin(r, False), ", est erroné).\n")
    d("Adresse : ", L("ADDRESS", ca_addr(r)[0]), "\nMerci,\n", L("PERSON", p.first), "\n")


BOTS = {"Virtual Assistant", "deploybot", "oncall", "lead", "System"}


def chat_lines(d, r, who, lines):
    h, mi = r.randint(8, 18), r.randint(0, 50)
    for spk, parts in lines:
        mi += r.randint(0, 3)
        d(f"[{h + mi // 60:02d}:{mi % 60:02d}] ")
        if isinstance(spk, tuple):
            d(L("PERSON", spk[0]), spk[1])
        elif spk in BOTS:
            d(spk)
        else:
            d(L("PERSON", spk))
        d(": ", *parts, "\n")


@tpl(2, "chat")
def ch_member(r, d):
    m = P(r); a = P(r); mid = health_plan_id(r); dob = rdate(r)
    d(f"Crest Member Chat — transcript #{r.randint(10 ** 6, 10 ** 7)}\n")
    chat_lines(d, r, None, [
        ("Virtual Assistant", ["Hi! What can I help with today?"]),
        (m.first, [r.choice(["need to refil my perscription for ", "my pharmacey says ", "why is "]), L("MEDICATION", r.choice(MEDS)), r.choice([" asap pls", " not coverd??", " so expensive now"])]),
        ("Virtual Assistant", ["Connecting you to an agent. Please have your member ID ready."]),
        (a.first, ["Hi ", L("PERSON", m.first), ", this is ", L("PERSON", a.first), ". Can you verify your member ID and date of birth?"]),
        (m.first, [L("HEALTH_PLAN_ID", mid), " and ", L("DATE_OF_BIRTH", fdate(dob, r.choice(["us", "us1", "long"])))]),
        (a.first, ["Thanks. I see the PA expired. Is the prescriber still Dr. ", L("PERSON", P(r).last), "?"]),
        (m.first, ["yes. also my new email is ", L("EMAIL", email_for(r, m)), " and I moved to ", L("ADDRESS", us_addr(r)[0])]),
        (a.first, ["Updated. A pharmacist will call you at the number on file ending ", str(r.randint(1000, 9999)), " within 24h."]),
    ])


@tpl(2, "chat")
def ch_clinical_team(r, d):
    a, b, c = P(r), P(r), P(r); p = P(r)
    d("#tele-urgent-care-" + r.choice(["az", "ma", "nc"]), "  (Slack export)\n")
    chat_lines(d, r, None, [
        (a.first, ["anyone able to take a callback? ", L("PERSON", p.full), " MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), " - pt w/ ", L("DIAGNOSIS", r.choice(ABBR_DX)),
                   " c/o ", r.choice(["CP", "dizziness", "rash after starting abx"]), ", BP 172/104"]),
        (b.first, ["on it. is she still on ", L("MEDICATION", r.choice(MEDS)), "?"]),
        (a.first, ["yes + ", L("MEDICATION", r.choice(MEDS)), ". no hx of stroke. cb # ", L("PHONE", us_phone(r))]),
        (c.first, ["fyi the queue is a total migraine today, 40+ waiting lol"]),
        (b.first, ["called pt, sent to ED for r/o ACS. documented."]),
    ])


@tpl(3, "chat")
def ch_release(r, d):
    d("#release-train\n")
    for spk, msg in [("deploybot", f"claims-adjudicator {r.randint(3, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}.{r.randint(1, 999)} is live in prod-east"),
                     ("oncall", "p95 spiked to 900ms, looks like the Great Depression of our cache hit ratio"),
                     ("oncall", f"rollback to build b{r.randint(10 ** 5, 10 ** 6)}? OID config 2.16.840.1.113883.3.{r.randint(100, 999)} unchanged"),
                     ("deploybot", f"rollback complete at {r.randint(1730000000, 1760000000)}"),
                     ("lead", "ok. no freeze until Thanksgiving; retro Thursday in the Johnson & Johnson room lol (it's the one named after the donor)")]:
        d(f"{spk}: {msg}\n")


@tpl(1, "chat")
def ch_pharmacy(r, d):
    p = P(r); rph = P(r)
    d("CrestRx secure messaging\n")
    chat_lines(d, r, None, [
        (p.full, ["hello is my ", L("MEDICATION", r.choice(["Lantus", "insulin glargine", "Ozempic", "Humira"])), " shipped? it needs to stay cold"]),
        ((rph.full, ", PharmD"), ["Hi ", L("PERSON", p.first), " — yes, shipped cold-pack today, tracking 1Z", "".join(r.choice("0123456789ABCDEFG") for _ in range(16)), ". Delivery to ",
                                 L("ADDRESS", us_addr(r)[0]), " by 10:30."]),
        (p.full, ["great thx"]),
    ])


@tpl(2, "ticket")
def tk_member_complaint(r, d):
    p = P(r); ag = P(r)
    d(f"Ticket #{r.randint(100000, 999999)}  |  Queue: Grievances  |  Priority: {r.choice(['High', 'Normal'])}  |  Status: Open\n")
    d("Requester: ", L("PERSON", p.full), " <", L("EMAIL", email_for(r, p)), ">\nAssignee: ", L("PERSON", ag.full), "\n\n")
    d("Description:\n", r.choice(["member states", "mbr reports", "caller says"]), " she waited 3 hrs in virtual queue for her ", L("DIAGNOSIS", r.choice(DX)),
      " f/u and was then disconnected. wants formal grievance filed. also upset her ", L("MEDICATION", r.choice(MEDS)), " refill was delayed.\n")
    d("Member ID ", L("HEALTH_PLAN_ID", health_plan_id(r)), "; SSN on file ", masked_ssn(r), "; callback ", L("PHONE", us_phone(r)), "\n\n")
    d("Internal note (", L("PERSON", ag.first), "): ack letter due within 5 business days per CMS. Tagged grievance-quality.\n")


@tpl(3, "ticket")
def tk_it(r, d):
    d(f"INC{r.randint(10 ** 6, 10 ** 7)} — {r.choice(['VPN drops every 20 min', 'Printer on 3rd floor jams', 'Need Visio license'])}\nOpened by: service-desk-bot   Category: IT / Endpoint\n\n")
    d(f"Laptop asset CH-LT-{r.randint(10000, 99999)}, OS build 10.0.22631.{r.randint(1000, 4999)}, agent 7.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(100, 999)}. "
      f"Gateway responds on loopback 127.0.0.1 only. Firmware 1.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 9)}. MAC 3c:22:fb:{r.randint(16, 255):02x}:{r.randint(16, 255):02x}:{r.randint(16, 255):02x}.\n")
    d("Workaround: reinstall client. Resolution pending vendor (Cisco). SLA: 3 business days.\n")


@tpl(1, "ticket")
def tk_security(r, d):
    a = P(r)
    d(f"SEC-{r.randint(1000, 9999)}  Suspicious login burst against member portal\nReporter: ", L("PERSON", a.full), "\n\n")
    d("Between 02:10 and 02:55 UTC we saw 4,112 failed logins from ", L("IP_ADDRESS", ip4(r, "pub")), " and ", L("IP_ADDRESS", ip4(r, "doc")), " (ASN 64500), plus IPv6 ",
      L("IP_ADDRESS", ip6(r)), ".\n3 accounts were locked incl. ", L("EMAIL", email_for(r, P(r))), ".\n")
    d(f"WAF rule 942100 version 3.3.{r.randint(0, 9)}.{r.randint(1, 99)} triggered. No PHI accessed per audit. Blocked at edge.\n")


@tpl(2, "ticket")
def tk_callcenter(r, d):
    m = P(r); ag = P(r); dob = rdate(r, 1930, 1960)
    d(f"CALL NOTE  {fdate(visit_date(r), 'us')} {r.randint(8, 17)}:{r.randint(10, 59)}  Agent: ", L("PERSON", ag.first), " ", ag.last[0], ".  Line: Medicare Advantage\n")
    d("Caller: ", L("PERSON", m.full), " (self)  verified w/ DOB ", L("DATE_OF_BIRTH", fdate(dob, "us")), " + MBI ", L("US_MBI", mbi(r)), "\n")
    d("Reason: ", r.choice(["OTC card balance", "transport to dialysis", "new ID card", "copay for insulin"]), ". Mbr states hx ", L("DIAGNOSIS", r.choice(["CKD", "ESRD on HD", "CHF", "COPD", "T2DM"])),
      ", currently on ", L("MEDICATION", r.choice(MEDS)), ".\n")
    d(r.choice(["Daughter ", "Son ", "Caregiver "]), L("PERSON", P(r, m.origin).first), " on the line (POA on file).  Resolved Y.  FCR Y.  Wrap 2:13\n")


# ---------------------------------------------------------------- free text / html
@tpl(2, "free_text")
def ft_eob_letter(r, d):
    p = P(r); a, _ = us_addr(r, 2); doc = P(r)
    d(PLAN, "\nPO Box ", str(r.randint(1000, 9999)), "\nLexington KY 40512\n\n", L("PERSON", p.full.upper()), "\n", L("ADDRESS", a.upper()), "\n\n")
    d("EXPLANATION OF BENEFITS — THIS IS NOT A BILL\nMember ID: ", L("HEALTH_PLAN_ID", health_plan_id(r)), "    Group: ", str(r.randint(10000, 99999)), "    Claim #: ", f"{r.randint(10 ** 11, 10 ** 12)}", "\n")
    d("Patient: ", L("PERSON", p.first.upper()), "    Provider: ", L("PERSON", doc.full.upper()), ", MD\n\n")
    d(f"{'Service date':<14}{'Service':<28}{'Billed':>9}{'Allowed':>9}{'You owe':>9}\n")
    for _ in range(r.randint(2, 4)):
        d(f"{fdate(visit_date(r), 'us'):<14}{r.choice(['Telehealth visit', 'Lab - A1c', 'Office visit', 'Venipuncture']):<28}{r.randint(40, 400):>9}{r.randint(20, 200):>9}{r.randint(0, 60):>9}\n")
    d("\nIf you disagree, you may appeal within 180 days. Call ", L("PHONE", tollfree(r)), " (TTY 711). Se habla español.\n")


@tpl(2, "free_text")
def ft_appeal_letter(r, d):
    p = P(r); doc = P(r); a = us_addr(r, 2)[0]
    d(L("PERSON", p.full), "\n", L("ADDRESS", a), "\n", L("PHONE", us_phone(r)), "\n\n", fdate(visit_date(r), "long"), "\n\nCrest Health Plan — Appeals Unit\n\n")
    d("Re: Level 1 appeal, member ID ", L("HEALTH_PLAN_ID", health_plan_id(r)), ", DOB ", L("DATE_OF_BIRTH", fdate(rdate(r), "long")), "\n\nTo whom it may concern,\n\n")
    d("I am appealing the denial of ", L("MEDICATION", r.choice(["Dupixent", "Humira", "Mounjaro", "Ozempic", "ocrelizumab"])), ". I was diagnosed with ", L("DIAGNOSIS", r.choice(DX)),
      " in ", str(r.randint(2010, 2023)), " and tried ", L("MEDICATION", r.choice(MEDS)), " without success. My physician, Dr. ", L("PERSON", doc.full),
      ", wrote a letter of medical necessity (enclosed). My symptoms are not a case of the blues — I cannot work.\n\n")
    d("Sincerely,\n", L("PERSON", p.full), "\nEnclosures: 3\n")


@tpl(1, "free_text")
def ft_x12_837(r, d):
    p = P(r); a, (street, c, st, z) = us_addr(r); doc = P(r)
    seg = "~\n" if r.random() < 0.6 else "~"
    d(f"ISA*00*          *00*          *ZZ*CRESTCLRHSE    *ZZ*CRESTHP        *{fdate(visit_date(r), 'hl7')[2:]}*1200*^*00501*{r.randint(10 ** 8, 10 ** 9)}*0*P*:", seg)
    d(f"GS*HC*CRESTCLR*CRESTHP*{fdate(visit_date(r), 'hl7')}*1200*{r.randint(1, 9999)}*X*005010X222A1", seg, "ST*837*0001*005010X222A1", seg)
    d("NM1*85*2*MERIDIAN CREST HEALTH PC*****XX*", npi(r), seg)
    d("NM1*IL*1*", L("PERSON", f"{strip_acc(p.last).upper()}*{strip_acc(p.first).upper()}"), "****MI*", L("HEALTH_PLAN_ID", health_plan_id(r)), seg)
    d("N3*", L("ADDRESS", strip_acc(street).upper()), seg, f"N4*{c.upper()}*{st}*{z}", seg)
    d("DMG*D8*", L("DATE_OF_BIRTH", fdate(rdate(r), "hl7")), f"*{r.choice('MF')}", seg)
    d(f"CLM*{r.randint(10 ** 6, 10 ** 7)}*{r.randint(90, 300)}***02:B:1*Y*A*Y*Y", seg, f"HI*ABK:{r.choice(ICD).replace('.', '')}*ABF:{r.choice(ICD).replace('.', '')}", seg)
    d("NM1*82*1*", L("PERSON", f"{strip_acc(doc.last).upper()}*{strip_acc(doc.first).upper()}"), "****XX*", npi(r), seg)
    d(f"SV1*HC:{r.choice(CPT)}:95*{r.randint(90, 300)}*UN*1***1", seg, "SE*12*0001", seg, "GE*1*1", seg, "IEA*1*000000001", seg)


@tpl(1, "free_text")
def ft_x12_271(r, d):
    p = P(r); seg = "~\n"
    d("ST*271*0001*005010X279A1", seg, "BHT*0022*11*", str(r.randint(10 ** 6, 10 ** 7)), f"*{fdate(visit_date(r), 'hl7')}*0930", seg)
    d("NM1*PR*2*CREST HEALTH PLAN*****PI*", str(r.randint(10000, 99999)), seg)
    d("NM1*IL*1*", L("PERSON", f"{strip_acc(p.last).upper()}*{strip_acc(p.first).upper()}"), "****MI*", L("HEALTH_PLAN_ID", health_plan_id(r)), seg)
    d("REF*6P*", str(r.randint(10000, 99999)), "*GROUP", seg, "DMG*D8*", L("DATE_OF_BIRTH", fdate(rdate(r), "hl7")), seg)
    d("EB*1*IND*30*PR*CHOICE PPO", seg, f"EB*B*IND*98***27*{r.choice([20, 25, 40])}", seg, f"EB*C*IND*30****23*{r.choice([500, 1500, 3000])}", seg, "SE*9*0001", seg)


@tpl(3, "html")
def html_education(r, d):
    topic = r.choice([("Living with Type 2 Diabetes", "type 2 diabetes", "metformin"), ("Understanding Atrial Fibrillation", "atrial fibrillation", "apixaban"),
                      ("Crohn's Disease: What to Expect", "Crohn's disease", "adalimumab"), ("Hodgkin Lymphoma Basics", "Hodgkin lymphoma", "doxorubicin"),
                      ("Managing Depression", "depression", "sertraline")])
    d(f"<!doctype html>\n<html lang=\"en\"><head><title>{topic[0]} | Crest Health Library</title></head>\n<body>\n<h1>{topic[0]}</h1>\n")
    d(f"<p>{topic[1].capitalize()} is a common condition. Many people manage it with lifestyle changes and medicines such as <strong>{topic[2]}</strong>.</p>\n")
    d("<p>Talk to your care team before stopping any medicine. Researchers at the Mayo Clinic and Johns Hopkins continue to study new treatments; "
      "Alzheimer's disease and Parkinson's disease are covered in separate articles.</p>\n<ul><li>Date Of Birth and Member ID are needed to book a visit</li>"
      "<li>Clinics close on Presidents' Day</li></ul>\n")
    d(f"<footer>Reviewed {fdate(visit_date(r), 'long')} · Content ID HL-{r.randint(1000, 9999)} · v{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 999)}</footer>\n</body></html>\n")


@tpl(2, "html")
def html_portal_profile(r, d):
    p = P(r); a = us_addr(r, 2)[0]
    d("<div class=\"profile-card\">\n  <h2>My Profile</h2>\n  <dl>\n    <dt>Name</dt><dd>", L("PERSON", p.fml), "</dd>\n")
    d("    <dt>Member ID</dt><dd>", L("HEALTH_PLAN_ID", health_plan_id(r)), "</dd>\n    <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fdate(rdate(r), "long")), "</dd>\n")
    d("    <dt>Mailing address</dt><dd>", L("ADDRESS", a.replace("\n", "<br>")), "</dd>\n    <dt>Phone</dt><dd>")
    ph = us_phone(r)
    d(L("PHONE", ph), "</dd>\n    <dt>Email</dt><dd>", L("EMAIL", email_for(r, p)), "</dd>\n")
    d("    <dt>SSN</dt><dd>", masked_ssn(r), "</dd>\n  </dl>\n  <h3>Medications</h3>\n  <ul>\n")
    for m in pick_meds(r, 2):
        d("    <li>", L("MEDICATION", m), f" — last filled {fdate(visit_date(r), 'us')}</li>\n")
    d("  </ul>\n  <p class=\"muted\">Condition list: ", L("DIAGNOSIS", r.choice(DX)), "</p>\n</div>\n")


@tpl(1, "html")
def html_provider_directory(r, d):
    d("<table class=\"directory\">\n<tr><th>Provider</th><th>Specialty</th><th>NPI</th><th>Clinic</th><th>Phone</th></tr>\n")
    for _ in range(r.randint(3, 5)):
        doc = P(r)
        d("<tr><td>", L("PERSON", doc.full), ", ", r.choice(["MD", "DO", "NP"]), "</td><td>", r.choice(["Family Medicine", "Psychiatry", "Endocrinology"]), "</td><td>", npi(r),
          "</td><td>", L("ADDRESS", us_addr(r)[0]), "</td><td>", L("PHONE", us_phone(r, "paren")), "</td></tr>\n")
    d("</table>\n")


@tpl(1, "html")
def html_formulary(r, d):
    d("<h2>2025 Formulary — Tier 2 (Preferred Brand)</h2>\n<table><tr><th>Drug</th><th>Requirements</th></tr>\n")
    for m in r.sample(MEDS, 8):
        d(f"<tr><td>{m}</td><td>{r.choice(['PA', 'QL', 'ST', 'PA; QL', '—'])}</td></tr>\n")
    d("</table>\n<p>Used to treat conditions such as hypertension, asthma and major depressive disorder. Updated monthly.</p>\n")


@tpl(3, "free_text")
def ft_research(r, d):
    d(r.choice(["Abstract. ", "RESULTS — ", "Methods: "]), f"In a retrospective cohort of {r.randint(1200, 90000):,} de-identified telehealth members, patients with ",
      r.choice(DX), " initiated on ", r.choice(MEDS), f" had a {r.randint(5, 40)}% lower rate of ED visits (HR 0.{r.randint(55, 95)}, 95% CI 0.{r.randint(40, 60)}–0.{r.randint(70, 99)}). ",
      "Subjects were identified by ICD-10 ", r.choice(ICD), "; ages were banded and ZIP codes truncated to three digits. ",
      r.choice(["Cushing's syndrome and Addison's disease were excluded.", "Bell's palsy was a rare adverse event.", "Results are consistent with the Framingham cohort."]),
      f" Protocol COS-{r.randint(10, 99)}-{r.randint(100, 999)}, IRB exempt. Data version {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 999)}.\n")


@tpl(2, "free_text")
def ft_care_narrative(r, d):
    p = P(r); cm = P(r); dx = r.choice(DX)
    d("Care Management — Monthly Summary\nMember: ", L("PERSON", p.full), "   ", r.choice(["MBI", "Medicare #"]), ": ", L("US_MBI", mbi(r)), "\nCare manager: ", L("PERSON", cm.full), ", RN\n\n")
    d(r.choice(["Spoke w/ mbr by phone.", "Home visit completed.", "Left VM x2, then reached mbr."]), " Mbr with ", L("DIAGNOSIS", dx), " and ", L("DIAGNOSIS", r.choice(ABBR_DX)),
      "; adherent to ", L("MEDICATION", r.choice(MEDS)), " per pill count. Denies falls. No hx of depression (PHQ-2 = 0). ",
      "Neighbor ", L("PERSON", P(r).first), " helps with groceries. Mbr lives at ", L("ADDRESS", us_addr(r)[0]), ".\nGoals: A1c < 8, no readmit x90d. Next call ", fdate(visit_date(r), "us"), ".\n")


@tpl(2, "free_text")
def ft_press(r, d):
    d(r.choice(["FOR IMMEDIATE RELEASE", "Company blog"]), f" — {fdate(visit_date(r), 'long')}\n\n")
    d("Meridian Crest Health today announced a partnership with Eli Lilly and Bristol-Myers Squibb to expand access to GLP-1 therapies, and a pharmacy pilot with "
      "Walgreens and Johnson & Johnson. \"Our members in Massachusetts, Arizona and Ontario deserve better,\" the company said. ", r.choice([
          "The Wells Fargo Center event on St. Patrick's Day will feature free screenings.", "The program launches after Juneteenth and runs through Labor Day.",
          "Baxter and Abbott will supply devices; Merck will sponsor education on hepatitis C."]),
      f" Ticker CRST rose {r.randint(1, 9)}.{r.randint(0, 9)}%. Media: press[at]meridiancrest[dot]health.\n")


@tpl(1, "free_text")
def ft_handoff_md(r, d):
    d("### Night handoff — tele-hospitalist\n\n| Pt | MRN | Dx | Meds | To do |\n|---|---|---|---|---|\n")
    for _ in range(r.randint(3, 4)):
        p = P(r)
        d("| ", L("PERSON", f"{p.last}, {p.first[0]}."), " | ", L("MEDICAL_RECORD_NUMBER", mrn(r)), " | ", L("DIAGNOSIS", r.choice(DX)), " | ", L("MEDICATION", r.choice(MEDS)), " | ",
          r.choice(["AM BMP", "f/u cx", "r/o PE - CTA pending", "d/c if stable"]), " |\n")


@tpl(2, "free_text")
def ft_background_check(r, d):
    p = P(r); st, code, num = dl(r); c = ["US", "CO", "VN", "SE", "ET", "US"][r.idx]
    nm, lab, pn, typ = passport(r, c)
    d("CONFIDENTIAL — Pre-employment screening report (vendor: ClearPath)\nCandidate: ", L("PERSON", p.full), "   Position: Telehealth RN (", r.choice(["AZ", "NC", "MA"]), " compact)\n\n")
    d("Identity: SSN ", L("US_SSN", ssn(r)), " traced to ", r.randint(2, 5), " addresses; current ", L("ADDRESS", us_addr(r)[0]), ". DOB ", L("DATE_OF_BIRTH", fdate(rdate(r, 1965, 2000), "us")), " confirmed.\n")
    d(f"Motor vehicle record: {st} license no. ", L("DRIVER_LICENSE", num), " — valid, no violations.\n")
    d(f"Passport ({nm}): ", L(typ, pn), " presented for I-9 List A.\n")
    d("Nursys: RN license verified; no discipline. OIG/SAM exclusion check: clear.\nNote: applicant has a common name; an unrelated record with SSN ", bad_ssn(r), " was discarded.\n")


@tpl(1, "free_text")
def ft_privacy(r, d):
    d("NOTICE OF PRIVACY PRACTICES (effective ", fdate(visit_date(r), "long"), ")\n\nThis notice describes how medical information about you may be used and disclosed. "
      "We may use your diagnosis, medications and Date of Birth for treatment, payment and operations. You have the right to request a copy of your records, "
      "to request restrictions and to receive a list of disclosures. Members in the UK may also contact the ICO; members in Canada may contact the Office of the Privacy "
      "Commissioner. We never sell your Social Security Number or Medicare Beneficiary Identifier.\n")


@tpl(1, "free_text")
def ft_uk_letter(r, d):
    p = P(r, r.choice(["welsh", "scottish", "irish", "somali"])); cons = P(r); gp = P(r)
    d("Crest Health UK — Outpatient Clinic Letter\n\nDr ", L("PERSON", gp.full), "\n", r.choice(["Riverside Medical Practice", "Hillside Surgery"]), "\n\n")
    d("Re: ", L("PERSON", p.full), "  DOB ", L("DATE_OF_BIRTH", fdate(rdate(r), "uk")), "  NHS No ", L("UK_NHS_NUMBER", nhs(r)), "\n", L("ADDRESS", uk_addr(r)[0]), "\n\n")
    d("Diagnosis: ", L("DIAGNOSIS", r.choice(DX)), "\nPlan: continue ", L("MEDICATION", r.choice(MEDS)), "; review in 6/12.\n\n")
    d("Please note an earlier letter quoted NHS No ", nhs(r, False), ", which is incorrect.\n\nYours sincerely,\n\n", L("PERSON", cons.full), ", Consultant Physician\n")


@tpl(1, "free_text")
def ft_canada_t4a(r, d):
    p = P(r, r.choice(["quebecois", "punjabi", "chinese"]))
    d("T4A — Statement of Pension, Retirement, Annuity, and Other Income — 2024\nPayer: Crest Health Plan Canada Inc.  Payer's account no. ", f"{r.randint(10 ** 8, 10 ** 9)}RZ0001", "\n")
    d("Recipient: ", L("PERSON", p.lf.upper()), "\n", L("ADDRESS", ca_addr(r, 2)[0]), "\nSocial insurance number: ", L("CA_SIN", sin(r)), "\n")
    d(f"Box 048 Fees for services: {r.randint(1000, 40000)}.{r.randint(0, 99):02d}   Box 022 Income tax deducted: 0.00\n")


@tpl(3, "free_text")
def ft_idioms(r, d):
    d(r.choice(["Ops weekly recap: ", "Sales note: ", "Town hall summary: "]), r.choice([
        "Q3 was a depression in orders for the DME line, but Parkinson's law ate our timeline anyway. ",
        "The new scheduler gave everyone a headache, and the billing backlog is a cancer on morale. ",
        "We're feeling the Monday blues after Labor Day; onboarding is a real pain in the neck. "]),
        f"Ticket volume fell {r.randint(5, 30)}% after release {r.randint(3, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(1, 999)}. ",
        "Thanks to the Ford and Hewlett foundations for the grant, and to the Mayo Clinic for the benchmark data. Next sync after Columbus Day.\n")


# ================================================================ build + validate
LEAK_CARD = re.compile(r"(?<![\w.-])(?:\d[ -]?){12,18}\d(?![\w-])")
LEAK_SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
LEAK_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
LEAK_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def validate(doc):
    t = doc["text"]; ents = doc["entities"]
    assert doc["format"] in FORMATS, doc["format"]
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        s = t[e["start"]:e["end"]]
        assert e["type"] in LEVEL, e
        assert s and s == s.strip(), (doc["id"], e, s)
        assert e["start"] >= prev, (doc["id"], "overlap", e)
        prev = e["end"]
    lvl = max((LEVEL[e["type"]] for e in ents), default=1)
    assert doc["classification"] == LEVEL_NAME[lvl]
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(t)
    elif f == "ndjson":
        for ln in t.splitlines():
            if ln.strip():
                json.loads(ln)
    elif f in ("csv", "tsv"):
        lines = [ln for ln in t.splitlines(True) if not ln.startswith("#")]
        first = lines[0]
        delim = "\t" if f == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO("".join(lines)), delimiter=delim))
        widths = {len(x) for x in rows if x}
        assert len(widths) == 1, (doc["id"], widths)
    # leak check on the unlabelled text
    chars = list(t)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "#"
    rest = "".join(chars)
    for m in LEAK_CARD.finditer(rest):
        assert not card_ok(m.group()), (doc["id"], "unlabelled card", m.group())
    for m in LEAK_SSN.finditer(rest):
        assert not ssn_ok(m.group()), (doc["id"], "unlabelled ssn", m.group())
    for m in LEAK_IBAN.finditer(rest):
        assert not iban_ok(m.group()), (doc["id"], "unlabelled iban", m.group())
    for m in LEAK_EMAIL.finditer(rest):
        raise AssertionError((doc["id"], "unlabelled email", m.group()))


def build():
    selftest()
    docs = []
    for name, n, fmt, fn in TEMPLATES:
        for i in range(n):
            r = random.Random(f"{SEED}:{name}:{i}")
            r.idx = i
            d = Doc()
            fn(r, d)
            for e in d.ents:
                chk = CHECKS.get(e["type"])
                if chk:
                    assert chk(e["_v"]), (name, e)
            ents = [{"type": e["type"], "start": e["start"], "end": e["end"]} for e in d.ents]
            lvl = max((LEVEL[e["type"]] for e in ents), default=1)
            doc = {"id": f"h10_{name}-{i}", "text": d.text, "entities": ents, "classification": LEVEL_NAME[lvl], "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(ln) for ln in fh]
    assert back == docs
    return docs


def report(docs):
    out = []
    out.append(f"documents: {len(docs)}")
    out.append(f"no-entity documents: {sum(1 for x in docs if not x['entities'])}")
    for title, cnt in (("classification", Counter(x["classification"] for x in docs)), ("format", Counter(x["format"] for x in docs)),
                       ("entity type", Counter(e["type"] for x in docs for e in x["entities"]))):
        out.append(f"\n{title}:")
        for k, v in cnt.most_common():
            out.append(f"  {k:<30} {v}")
    return "\n".join(out)



# ---------------------------------------------------------------- extra templates (international ids, US passports)
NAT_IDS = [("ES", "ES_DNI", lambda r, g: dni(r, g, nie=r.random() < 0.4), "spain_dni"), ("FR", "FR_NIR", lambda r, g: nir(r, g), "fr_nir"),
           ("DE", "DE_TAX_ID", lambda r, g: de_taxid(r, g), "de_steuer_id"), ("BR", "BR_CPF", lambda r, g: cpf(r, g), "br_cpf"),
           ("IN", "IN_AADHAAR", lambda r, g: aadhaar(r, g), "in_aadhaar"), ("SG", "SG_NRIC", lambda r, g: nric(r, g), "sg_nric"),
           ("CA", "CA_SIN", lambda r, g: sin(r, g), "ca_sin")]
NAT_ORIGIN = {"ES": "mexican", "FR": "french", "DE": "german", "BR": "portuguese", "IN": "punjabi", "SG": "chinese", "CA": "quebecois", "IT": "italian"}


@tpl(2, "ndjson")
def ndjson_idv(r, d):
    for k in range(5):
        c, typ, gen, doc_type = NAT_IDS[(r.idx * 5 + k) % len(NAT_IDS)]
        p = P(r, NAT_ORIGIN[c]); good = r.random() < 0.7
        val = gen(r, good)
        obj = {"event": "idv.completed", "ref": f"idv_{r.randint(16 ** 9, 16 ** 10):x}", "country": c, "document_type": doc_type,
               "document_number": L(typ, val) if good else val, "checksum_valid": good, "status": "approved" if good else "declined",
               "given_name": L("PERSON", p.first), "family_name": L("PERSON", p.last)}
        if good:
            obj["birth_date"] = L("DATE_OF_BIRTH", fdate(rdate(r, 1950, 2004), "iso"))
        J(d, obj, None); d("\n")


@tpl(3, "chat")
def ch_intl_kyc(r, d):
    c = ["BR", "IN", "SG"][r.idx]; p = P(r, NAT_ORIGIN[c]); ag = P(r)
    d("WhatsApp Business — Crest Global (expat plan)\n")
    if c == "BR":
        lines = [(p.first, ["oi! preciso ativar meu plano, meu CPF é ", L("BR_CPF", cpf(r)), " e nasci em ", L("DATE_OF_BIRTH", fdate(rdate(r, 1960, 2000), "eu"))]),
                 (ag.first, ["Obrigada ", L("PERSON", p.first), "! Pode confirmar o número do passaporte?"]),
                 (p.first, ["Número do passaporte ", L("PASSPORT", PASSPORTS["BR"][2](r)), " — o antigo era ", f"{cpf(r, False)}", " no cadastro, tava errado"]),
                 (ag.first, ["Perfeito, atualizado. Endereço: ", L("ADDRESS", intl_addr(r, "BR")), "?"]),
                 (p.first, ["isso 👍"])]
    elif c == "SG":
        lines = [(p.full, ["hi, my company moved me to the Crest expat plan. NRIC ", L("SG_NRIC", nric(r)), ", passport ", L("PASSPORT", PASSPORTS["SG"][2](r))]),
                 (ag.first, ["Thanks ", L("PERSON", p.first), ", and your dependant's FIN?"]),
                 (p.full, [L("SG_NRIC", nric(r)), ". The form earlier had ", nric(r, False), ", typo sorry. Our address is ", L("ADDRESS", intl_addr(r, "SG"))]),
                 (ag.first, ["All set. Cards will be couriered; hotline ", L("PHONE", intl_phone(r, "SG")), " if anything is wrong."])]
    else:
        lines = [(p.first, ["Hello, uploading my Aadhaar for the dependant add: ", L("IN_AADHAAR", aadhaar(r)), " (my father ", L("PERSON", P(r, "punjabi").full), ")"]),
                 (ag.first, ["Thanks ", L("PERSON", p.first), ". The earlier number ", aadhaar(r, False), " failed validation — this one passes."]),
                 (p.first, ["ok. his passport is ", L("PASSPORT", PASSPORTS["IN"][2](r)), ", DOB ", L("DATE_OF_BIRTH", fdate(rdate(r, 1940, 1965), "eu"))]),
                 (ag.first, ["Added. Confirmation sent to ", L("EMAIL", email_for(r, p, "gmail.com")), "."])]
    chat_lines(d, r, None, lines)


@tpl(3, "json")
def json_travel_claim(r, d):
    p = P(r); dob = rdate(r, 1950, 2002); c = r.choice(["MX", "IT", "JP", "PH", "IE"])
    obj = {"claimType": "OUT_OF_COUNTRY_EMERGENCY", "claimNumber": f"OOC-{r.randint(10 ** 7, 10 ** 8)}", "submitted": f"{fdate(visit_date(r), 'iso')}T{r.randint(10, 23)}:00:00Z",
           "member": {"memberId": L("HEALTH_PLAN_ID", health_plan_id(r)), "name": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", fdate(dob, "iso")),
                      "travelDocument": {"type": "PASSPORT", "issuingCountry": "USA", "number": L("US_PASSPORT", PASSPORTS["US"][2](r))}},
           "incident": {"country": c, "facility": r.choice(["Hospital Ángeles", "Ospedale San Raffaele", "St. Luke's Medical Center", "Beaumont Hospital"]),
                        "diagnosis": L("DIAGNOSIS", r.choice(["acute appendicitis", "fractured left radius", "community-acquired pneumonia", "kidney stone"])),
                        "currency": {"MX": "MXN", "IT": "EUR", "JP": "JPY", "PH": "PHP", "IE": "EUR"}[c], "billed": r.randint(400, 90000)},
           "reimburseTo": {"method": "card", "last4": f"{r.randint(1000, 9999)}"}}
    J(d, obj, 2)


@tpl(1, "csv")
def csv_expat_roster(r, d):
    row(d, ["member_id", "surname", "given_name", "nationality", "national_id", "passport_no", "iban"])
    for k in range(6):
        c = ["IT", "ES", "FR", "DE", "NL", "PL"][k]
        if c == "IT":
            first, sex = r.choice(IT_PEOPLE); last = r.choice(IT_SURN); dob = rdate(r, 1960, 2000)
            nid = L("IT_FISCAL_CODE", codice_fiscale(r, first, last, sex, dob, r.choice(sorted(BELFIORE))))
        else:
            pp = P(r, {"ES": "mexican", "FR": "french", "DE": "german", "NL": "dutch", "PL": "polish"}[c]); first, last = pp.first, pp.last
            nid = {"ES": lambda: L("ES_DNI", dni(r)), "FR": lambda: L("FR_NIR", nir(r)), "DE": lambda: L("DE_TAX_ID", de_taxid(r)),
                   "NL": lambda: "", "PL": lambda: ""}[c]()
        row(d, [L("HEALTH_PLAN_ID", f"CGX{digits(r, 8)}"), L("PERSON", last), L("PERSON", first), c, nid, L("PASSPORT", PASSPORTS[c][2](r)), L("IBAN", iban(r, c, r.random() < 0.5))])


@tpl(2, "free_text")
def ft_deid_extract(r, d):
    d("DE-IDENTIFIED EXTRACT (Safe Harbor) — case review packet for P&T committee\n\n")
    for k in range(3):
        d(f"Case {k + 1}: [NAME REDACTED], age {r.choice(['40s', '60s', '>89', '30s'])}, [DATE], [MRN]. Dx {r.choice(DX)} ({r.choice(ICD)}); "
          f"switched from {r.choice(MEDS)} to {r.choice(MEDS)} after {r.randint(2, 14)} months. SSN ***-**-****. Outcome: {r.choice(['improved', 'no change', 'ADR reported'])}.\n")
    d("\nReviewer initials: —   Packet version 2.1.0.", str(r.randint(1, 99)), "\n")


if __name__ == "__main__":
    docs = build()
    print(report(docs))
