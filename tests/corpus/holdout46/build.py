#!/usr/bin/env python3
"""holdout46 -- independent PII/PHI evaluation corpus (public school district data).

Standard library only. Deterministic: every document is rendered with
random.Random(f"{SEED}:{template}:{n}"). Spans are recorded while text is appended.
"""
import csv, io, json, random, re, string, sys
from collections import Counter

SEED = "holdout46/otter-bayou-5120"
OUT = "/tmp/holdout46/holdout46.jsonl"

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
              "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
              "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
              "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL_T = {"PERSON"}
ALL_TYPES = RESTRICTED | CONFIDENTIAL | INTERNAL_T
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html",
           "clinical_note", "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}


# ----------------------------------------------------------------------------- builder
class L:
    """A labelled value (typ may be None: written but not labelled)."""
    __slots__ = ("typ", "val")

    def __init__(self, typ, val):
        self.typ, self.val = typ, val


class M:
    """A string mixing plain text and labelled values (used inside JSON/CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts


class Doc:
    def __init__(self, fmt):
        assert fmt in FORMATS, fmt
        self.fmt = fmt
        self.buf = []
        self.n = 0
        self.ents = []   # (typ, start, end, written)

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def lab(self, typ, s):
        if typ is None:
            return self.t(s)
        assert typ in ALL_TYPES, typ
        assert s and s == s.strip(), repr(s)
        self.ents.append((typ, self.n, self.n + len(s), s))
        return self.t(s)

    def w(self, *items):
        for it in items:
            if isinstance(it, L):
                self.lab(it.typ, it.val)
            elif isinstance(it, M):
                self.w(*it.parts)
            elif isinstance(it, (list, tuple)):
                self.w(*it)
            else:
                self.t(str(it))
        return self

    # -- JSON emitter: values may be L / M / str / int / float / bool / None / list / dict
    def jstr(self, v):
        """write a JSON string literal for str / L / M"""
        if isinstance(v, L):
            enc = json.dumps(v.val, ensure_ascii=False)[1:-1]
            self.t('"')
            self.lab(v.typ, enc)
            self.t('"')
        elif isinstance(v, M):
            self.t('"')
            for p in v.parts:
                if isinstance(p, L):
                    self.lab(p.typ, json.dumps(p.val, ensure_ascii=False)[1:-1])
                else:
                    self.t(json.dumps(str(p), ensure_ascii=False)[1:-1])
            self.t('"')
        else:
            self.t(json.dumps(v, ensure_ascii=False))

    def json(self, obj, indent=2, level=0):
        pad = " " * indent * (level + 1) if indent else ""
        end = " " * indent * level if indent else ""
        nl = "\n" if indent else ""
        sep = ": " if indent else ":"
        if isinstance(obj, dict):
            if not obj:
                return self.t("{}")
            self.t("{" + nl)
            for i, (k, v) in enumerate(obj.items()):
                self.t(pad + json.dumps(k, ensure_ascii=False) + sep)
                self.json(v, indent, level + 1)
                self.t(("," if i < len(obj) - 1 else "") + nl)
            self.t(end + "}")
        elif isinstance(obj, list):
            if not obj:
                return self.t("[]")
            self.t("[" + nl)
            for i, v in enumerate(obj):
                self.t(pad)
                self.json(v, indent, level + 1)
                self.t(("," if i < len(obj) - 1 else "") + nl)
            self.t(end + "]")
        elif isinstance(obj, (L, M, str)):
            self.jstr(obj)
        else:
            self.t(json.dumps(obj))
        return self

    # -- delimited rows
    def row(self, cells, delim=","):
        for i, c in enumerate(cells):
            if i:
                self.t(delim)
            raw = c.val if isinstance(c, L) else ("".join(p.val if isinstance(p, L) else str(p) for p in c.parts)
                                                   if isinstance(c, M) else str(c))
            need_q = delim == "," and any(ch in raw for ch in ',"\n')
            assert '"' not in raw
            if need_q:
                self.t('"')
            if isinstance(c, (L, M)):
                self.w(c)
            else:
                self.t(raw)
            if need_q:
                self.t('"')
        self.t("\n")

    def text(self):
        return "".join(self.buf)


DOCS = []


def level_of(types):
    if any(t in RESTRICTED for t in types):
        return "RESTRICTED"
    if any(t in CONFIDENTIAL for t in types):
        return "CONFIDENTIAL"
    return "INTERNAL"


def finish(doc_id, d):
    text = d.text()
    ents = [{"type": t, "start": s, "end": e} for (t, s, e, _w) in sorted(d.ents, key=lambda x: x[1])]
    DOCS.append({"id": doc_id, "text": text, "entities": ents,
                 "classification": level_of({e["type"] for e in ents}), "format": d.fmt,
                 "_written": {(s, e): w for (t, s, e, w) in d.ents}})


# ----------------------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dd in enumerate(reversed(ds)):
        if i % 2 == 1:
            dd *= 2
            if dd > 9:
                dd -= 9
        tot += dd
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban.replace(" ", "").replace("\n", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban_make(country, bban):
    return country + iban_check(country, bban) + bban


def iban_spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def nhs_check(nine):
    tot = sum(int(c) * (10 - i) for i, c in enumerate(nine))
    r = 11 - tot % 11
    if r == 11:
        return "0"
    if r == 10:
        return None
    return str(r)


def nhs_ok(num):
    s = num.replace(" ", "").replace("-", "")
    return len(s) == 10 and s.isdigit() and nhs_check(s[:9]) == s[9]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(num8):
    return DNI_LETTERS[int(num8) % 23]


def nie_letter(prefix, num7):
    return DNI_LETTERS[int(str("XYZ".index(prefix)) + num7) % 23]


def nir_key(thirteen):
    # Corsica 2A/2B handled by substitution (not used here)
    return "%02d" % (97 - int(thirteen) % 97)


def steuer_check(ten):
    product = 10
    for c in ten:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = 11 - product
    return "0" if chk == 10 else str(chk)


def steuer_shape_ok(ten):
    if ten[0] == "0":
        return False
    cnt = Counter(ten)
    multi = [d for d, c in cnt.items() if c > 1]
    if len(multi) != 1 or cnt[multi[0]] not in (2, 3):
        return False
    if cnt[multi[0]] == 3:   # three equal digits must not be adjacent all three
        if multi[0] * 3 in ten:
            return False
    return True


CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
          **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(fifteen):
    tot = 0
    for i, c in enumerate(fifteen):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def _cf_part(word, is_name):
    w = "".join(ch for ch in strip_accents(word).upper() if ch.isalpha())
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(given, family, y, m, dd, female, belfiore):
    months = "ABCDEHLMPRST"
    s = _cf_part(family, False) + _cf_part(given, True) + "%02d" % (y % 100) + months[m - 1] + \
        "%02d" % (dd + (40 if female else 0)) + belfiore
    return s + cf_check(s)


def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s1 = sum(d * (10 - i) for i, d in enumerate(ds))
    d1 = (s1 * 10) % 11 % 10
    ds.append(d1)
    s2 = sum(d * (11 - i) for i, d in enumerate(ds))
    d2 = (s2 * 10) % 11 % 10
    return "%d%d" % (d1, d2)


VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(ch)]]
    return str(VH_INV[c])


def nric_letter(prefix, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * k for c, k in zip(seven, w)) + (4 if prefix in "TG" else 0)
    r = tot % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]


def ssn_ok(s):
    a, g, n = s[0:3], s[4:6], s[7:11]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


# ----------------------------------------------------------------------------- self tests
assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert luhn_ok("046454286")                       # CA SIN example
assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"
assert nhs_ok("9434765919")
assert dni_letter("12345678") == "Z"
assert nie_letter("X", "1234567") == "L"
assert steuer_check("8609574271"[:10]) is not None
assert cf_check("RSSMRA85T10A562") == "S"
assert cpf_digits("111444777") == "35"
assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
assert nric_letter("S", "1234567") == "D"
assert nir_key("2690549588157") == "80"


# ----------------------------------------------------------------------------- values: names
import unicodedata


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# origin -> (given names, family names, style)
# style: "w" western given+family, "hisp" given + paternal + maternal, "patr" given + father (+ grandfather),
#        "fam_first" family name written first, "single" no family name (Burmese), "nep" given (+ middle) + family
NAMES = {
    "us": (["Jaylen", "Kayleigh", "Brantley", "Shaniqua", "Tre'von", "Maddison", "Easton", "Amari", "Brooklynn",
            "DeShawn", "Harper", "Colt", "Aaliyah", "Raelynn", "Jaxon", "Kinsley", "Trinity", "Bentley"],
           ["Whitfield", "McCrary", "Okafor-Banks", "Stallworth", "Kowalczyk", "Pettigrew", "Lundqvist",
            "Boudreaux", "Fairchild", "Washington", "O'Rourke", "Tillman", "Haskins", "Driscoll", "Van Horn"], "w"),
    "pr": (["Yadiel", "Nashaly", "Kiara", "Jeremías", "Yaritza", "Luis Ángel", "Coralys", "Edgardo", "Keishla"],
           ["Rivera", "Colón", "Santiago", "Maldonado", "Vélez", "Quiñones", "Rosado", "Figueroa", "Irizarry"],
           "hisp"),
    "mx": (["José Luis", "Ximena", "Itzel", "Brayan", "Guadalupe", "Fernanda", "Jesús", "Citlali", "Uriel",
            "María José", "Evelyn", "Axel"],
           ["Hernández", "Ocampo", "Ramírez", "de la Garza", "Tapia", "Zúñiga", "Villaseñor", "Cuauhtle",
            "Espinoza", "Barragán", "Galindo"], "hisp"),
    "gt": (["Ixchel", "Baltazar", "Yesenia", "Marvin", "Rosalinda", "Elmer", "Sucely", "Wilmer"],
           ["Tzoc", "Batz", "Ajpop", "Cux", "Xicará", "Pérez", "Chiroy", "Quisquiná", "Coyoy"], "hisp"),
    "hn": (["Kenia", "Darwin", "Yoselin", "Elvin", "Dania", "Nery", "Lesly"],
           ["Maradiaga", "Zelaya", "Funes", "Cáceres", "Ordóñez", "Banegas", "Lanza"], "hisp"),
    "sv": (["Wilber", "Katherine", "Stanley", "Yanira", "Oscar Armando", "Roxana", "Brenda"],
           ["Portillo", "Argueta", "Alvarenga", "Menjívar", "Chicas", "Rivas", "Henríquez"], "hisp"),
    "ht": (["Wisline", "Dieunel", "Jean-Baptiste", "Mirlande", "Roodly", "Fabienne", "Wedson", "Nadège",
            "Jeff-Kerby", "Guerline"],
           ["Pierre-Louis", "Saint-Fleur", "Desrosiers", "Jean-Charles", "Étienne", "Joseph", "Dorvilien",
            "Bélizaire", "Métellus"], "w"),
    "cu": (["Yoandri", "Yunisleidy", "Dayron", "Yudelkis", "Osniel", "Yarisleidy", "Reinier"],
           ["Pérez", "Leyva", "Cabrera", "Guerra", "Despaigne", "Arencibia", "Sarduy"], "hisp"),
    "co": (["Valentina", "Juan Camilo", "Daniela", "Santiago", "Manuela", "Sebastián", "Luisa Fernanda"],
           ["Ospina", "Restrepo", "Jaramillo", "Cardona", "Quintero", "Giraldo", "Arboleda"], "hisp"),
    "ve": (["Oriana", "Yorgelis", "Génesis", "Leonardo", "Maikel", "Roselys", "Jhoander"],
           ["Rondón", "Briceño", "Colmenares", "Urdaneta", "Pernía", "Guanipa", "Azuaje"], "hisp"),
    "so": (["Hodan", "Abdirahman", "Ifrah", "Mukhtar", "Sagal", "Abdiwali", "Ubah", "Faysal", "Najma"],
           ["Warsame", "Farah", "Abdullahi", "Hirsi", "Jama", "Egal", "Nur", "Osman"], "patr"),
    "et": (["Selamawit", "Yonas", "Meron", "Dawit", "Bethlehem", "Tewodros", "Hiwot", "Abenezer"],
           ["Tesfaye", "Gebremedhin", "Alemu", "Bekele", "Wolde", "Haile", "Mengistu", "Getachew"], "patr"),
    "er": (["Filmon", "Saba", "Yordanos", "Mehari", "Ruta", "Tesfit", "Luwam"],
           ["Tekle", "Habtemariam", "Ghebreyesus", "Andemariam", "Kidane", "Woldu"], "patr"),
    "cd": (["Grâce", "Mbuyi", "Christelle", "Héritier", "Divine", "Bienvenu", "Merveille", "Exaucé"],
           ["Kalala", "Nkulu", "Mwamba", "Kabongo wa Ilunga", "Tshibangu", "Mukendi", "Lukusa", "Nsimba"], "w"),
    "af": (["Mohammad Wali", "Zarghuna", "Farzana", "Najibullah", "Mursal", "Rohullah", "Shabnam", "Sohail"],
           ["Ahmadzai", "Popal", "Stanikzai", "Hotak", "Sahak", "Qaderi", "Noorzai", "Wardak"], "w"),
    "sy": (["Rahaf", "Abdulrahman", "Lujain", "Yazan", "Bisan", "Mhd Nour", "Taim", "Hiba"],
           ["Al-Khatib", "Haddad", "Al-Hamwi", "Dabbagh", "Kurdi", "al-Masri", "Shamma"], "w"),
    "iq": (["Zainab", "Mustafa", "Ruqaya", "Hayder", "Noor", "Ammar", "Zahraa", "Karrar"],
           ["Kadhim Al-Saadi", "Al-Jubouri", "Hassan", "Al-Obaidi", "Ismail", "Al-Tamimi"], "w"),
    "ye": (["Abdulmalik", "Fatima", "Waddah", "Amat", "Nabil", "Ghada", "Ayman"],
           ["al-Harazi", "Ba-Wazir", "al-Eryani", "Saleh", "Al-Sharabi", "al-Ahdal"], "w"),
    "ua": (["Oleksandra", "Bohdan", "Yaroslava", "Mykyta", "Solomiia", "Taras", "Zlata", "Dmytro"],
           ["Kovalchuk", "Hrytsenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Savchuk"], "w"),
    "ru": (["Yekaterina", "Artyom", "Anastasia", "Vsevolod", "Polina", "Timofei", "Ksenia"],
           ["Sokolova", "Vorontsov", "Kuznetsova", "Belyakov", "Zaitseva", "Morozov"], "w"),
    "np": (["Bishnu Maya", "Dil Bahadur", "Sarita", "Prakash", "Sunita", "Bibek", "Anjali", "Suman"],
           ["Ghimire", "Gurung", "Tamang", "Shrestha", "Bhandari", "Magar", "Pokharel", "Thapa"], "w"),
    "bt": (["Tika Ram", "Durga Devi", "Til Maya", "Hari Prasad", "Chandra Kala", "Bhim"],
           ["Adhikari", "Dahal", "Rizal", "Subba", "Khatiwada", "Mongar", "Luitel"], "w"),
    "mm": (["Htet", "Aung", "Myo", "Ei", "Mon", "Kyaw", "Thiri", "Zaw", "Nandar", "Paw", "Eh", "Htoo", "Khin",
            "Win", "Thuzar", "Lwin", "Say", "Moo"], [], "single"),
    "vn": (["Thị Thu Hà", "Minh Khoa", "Ngọc Ánh", "Gia Bảo", "Thanh Tùng", "Bảo Ngọc", "Quốc Huy"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng"], "fam_first"),
    "cn": (["Zihan", "Xinyi", "Haoran", "Yutong", "Junjie", "Ruoxi", "Mingze"],
           ["Zhou", "Liang", "Xu", "Guo", "Lin", "Cao", "Ouyang"], "fam_first"),
    "ph": (["Ma. Cristina", "Jericho", "Princess Joy", "Mark Anthony", "Lovely", "Rhodora", "Jhun"],
           ["dela Cruz", "Bautista", "Macaraeg", "Dimaculangan", "Pangilinan", "Sison", "de Guzman"], "w"),
    "in": (["Harpreet", "Venkatesh", "Aarohi", "Siddharth", "Lakshmi", "Vihaan", "Ishita", "Mohan"],
           ["Kaur Sandhu", "Subramaniam", "Iyer", "Deshpande", "Chatterjee", "Reddy", "Nair", "Bhattacharya"], "w"),
}
ORIGINS = list(NAMES)
SYL = ["ka", "ri", "zo", "mu", "len", "tha", "qu", "vo", "dri", "sa", "yel", "ob", "ne", "tu", "mir", "xa", "fe", "lo"]


def invented(rng, n=None):
    n = n or rng.randint(2, 3)
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


class P:
    """a person: given, family, origin, sex"""
    def __init__(self, given, family, origin, female):
        self.given, self.family, self.origin, self.female = given, family, origin, female

    @property
    def full(self):
        if not self.family:
            return self.given
        if NAMES[self.origin][2] == "fam_first":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def first(self):
        return self.given.split()[0] if NAMES[self.origin][2] not in ("single",) else self.given

    def last_first(self):
        return f"{self.family.upper()}, {self.given}" if self.family else self.given

    def hl7(self):
        fam = self.family or self.given.split()[-1]
        giv = self.given if self.family else " ".join(self.given.split()[:-1]) or self.given
        return f"{strip_accents(fam).upper()}^{strip_accents(giv).upper()}"


FEM = {"Kayleigh", "Shaniqua", "Maddison", "Brooklynn", "Harper", "Aaliyah", "Raelynn", "Kinsley", "Trinity",
       "Nashaly", "Kiara", "Yaritza", "Coralys", "Keishla", "Ximena", "Itzel", "Guadalupe", "Fernanda", "Citlali",
       "María José", "Evelyn", "Ixchel", "Yesenia", "Rosalinda", "Sucely", "Kenia", "Yoselin", "Dania", "Lesly",
       "Katherine", "Yanira", "Roxana", "Brenda", "Wisline", "Mirlande", "Fabienne", "Nadège", "Guerline",
       "Yunisleidy", "Yudelkis", "Yarisleidy", "Valentina", "Daniela", "Manuela", "Luisa Fernanda", "Oriana",
       "Yorgelis", "Génesis", "Roselys", "Hodan", "Ifrah", "Sagal", "Ubah", "Najma", "Selamawit", "Meron",
       "Bethlehem", "Hiwot", "Saba", "Yordanos", "Ruta", "Luwam", "Grâce", "Christelle", "Divine", "Merveille",
       "Zarghuna", "Farzana", "Mursal", "Shabnam", "Rahaf", "Lujain", "Bisan", "Hiba", "Zainab", "Ruqaya",
       "Noor", "Zahraa", "Fatima", "Amat", "Ghada", "Oleksandra", "Yaroslava", "Solomiia", "Zlata", "Yekaterina",
       "Anastasia", "Polina", "Ksenia", "Bishnu Maya", "Sarita", "Sunita", "Anjali", "Durga Devi", "Til Maya",
       "Chandra Kala", "Thị Thu Hà", "Ngọc Ánh", "Bảo Ngọc", "Xinyi", "Yutong", "Ruoxi", "Ma. Cristina",
       "Princess Joy", "Lovely", "Rhodora", "Harpreet", "Aarohi", "Lakshmi", "Ishita"}


def person(rng, origin=None, family=None):
    origin = origin or rng.choice(ORIGINS)
    givens, fams, style = NAMES[origin]
    if style == "single":
        given = " ".join(rng.sample(givens, rng.randint(2, 3)))
        return P(given, "", origin, rng.random() < 0.5)
    given = rng.choice(givens) if rng.random() > 0.12 else invented(rng)
    female = given in FEM if given in FEM or rng.random() < 0.6 else rng.random() < 0.5
    if family is None:
        if style == "hisp":
            a, b = rng.sample(fams, 2)
            family = f"{a} {b}" if rng.random() < 0.6 else a
        elif style == "patr":
            a, b = rng.sample(fams, 2)
            family = f"{a} {b}" if rng.random() < 0.5 else a
        else:
            family = rng.choice(fams) if rng.random() > 0.12 else invented(rng, 3)
    return P(given, family, origin, female)


STAFF_ORIGINS = ["us", "us", "us", "pr", "mx", "ph", "in", "ht", "ua", "co", "cn", "et"]


def staff(rng):
    return person(rng, rng.choice(STAFF_ORIGINS))


def email_for(rng, p, domain=None):
    g = strip_accents(p.given.split()[0]).lower().replace("'", "").replace(".", "")
    f = strip_accents((p.family or p.given).split()[-1]).lower().replace("'", "").replace("-", "")
    domain = domain or rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
                                   "aol.com", "protonmail.com", "live.com.mx", "yandex.ru", "ukr.net"])
    pat = rng.choice(["{g}.{f}", "{g}{f}{n}", "{f}{g0}", "{g}_{f}", "{g0}{f}{n}"])
    return pat.format(g=g, f=f, g0=g[0], n=rng.randint(1, 99)) + "@" + domain


DISTRICT_DOMAIN = "rivermontusd.org"
STUDENT_DOMAIN = "students.rivermontusd.org"


def staff_email(p):
    g = strip_accents(p.given.split()[0]).lower().replace("'", "").replace(".", "")
    f = strip_accents((p.family or p.given).split()[-1]).lower().replace("'", "").replace("-", "")
    return f"{g}.{f}@{DISTRICT_DOMAIN}"


def student_email(rng, p):
    g = strip_accents(p.given.split()[0]).lower().replace("'", "").replace(".", "")
    f = strip_accents((p.family or p.given).split()[-1]).lower().replace("'", "").replace("-", "")
    return f"{f[:6]}{g[0]}{rng.randint(10, 99)}@{STUDENT_DOMAIN}"


# ----------------------------------------------------------------------------- values: places, phones
US_PLACES = [  # city, state, zip prefix(3), area codes
    ("Rivermont", "OH", "452", ["513", "937"]), ("Dayton", "OH", "454", ["937"]),
    ("Minneapolis", "MN", "554", ["612"]), ("St. Paul", "MN", "551", ["651"]),
    ("Houston", "TX", "770", ["713", "832"]), ("Pasadena", "TX", "775", ["281"]),
    ("Silver Spring", "MD", "209", ["301", "240"]), ("Columbus", "OH", "432", ["614"]),
    ("Paterson", "NJ", "075", ["973", "862"]), ("Lowell", "MA", "018", ["978"]),
    ("Fresno", "CA", "937", ["559"]), ("Santa Ana", "CA", "927", ["714"]),
    ("Kissimmee", "FL", "347", ["407"]), ("Hialeah", "FL", "330", ["305", "786"]),
    ("Bowling Green", "KY", "421", ["270"]), ("Clarkston", "GA", "300", ["404", "678"]),
    ("Chicago", "IL", "606", ["773", "312"]), ("Aurora", "CO", "800", ["303", "720"]),
    ("Tukwila", "WA", "981", ["206"]), ("Utica", "NY", "135", ["315"]), ("Bronx", "NY", "104", ["718", "347"]),
    ("Erie", "PA", "165", ["814"]), ("Phoenix", "AZ", "850", ["602"]), ("Dearborn", "MI", "481", ["313"]),
    ("Harrisonburg", "VA", "228", ["540"]), ("Milwaukee", "WI", "532", ["414"]),
]
STREETS = ["Kedzie Ave", "Maple Grove Rd", "Old Post Rd", "Chalmers St", "Bellefontaine Ave", "N Cicero Ave",
           "Wexford Ln", "Calle Sol", "Hickory Hollow Dr", "Ridgeview Ct", "E 174th St", "Rue Bonaparte Ct",
           "Sycamore Bend", "Pleasant Valley Blvd", "MLK Jr Pkwy", "Riverside Dr", "W Lawrence Ave",
           "Tamarack Cir", "Linwood Ter", "Magnolia Trace", "Cumberland Gap Rd", "Osage Trl", "Vine St"]
UNITS = ["Apt 2B", "Apt 14", "#305", "Unit C", "Lot 47", "Apt. 3-F", "Trlr 12", "Bsmt", "Rm 9"]


def us_place(rng, state=None):
    opts = [p for p in US_PLACES if state is None or p[1] == state]
    return rng.choice(opts)


class Addr:
    def __init__(self, street, city, state, zipc, country="US"):
        self.street, self.city, self.state, self.zip, self.country = street, city, state, zipc, country

    def one(self):
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    def two(self, sep="\n"):
        return f"{self.street}{sep}{self.city}, {self.state} {self.zip}"


def us_addr(rng, place=None):
    city, st, zp, _ = place or us_place(rng)
    street = f"{rng.randint(12, 9899)} {rng.choice(STREETS)}"
    if rng.random() < 0.45:
        street += " " + rng.choice(UNITS)
    return Addr(street, city, st, zp + "%02d" % rng.randint(1, 99))


def pr_addr(rng):
    urb = rng.choice(["Urb. Villa Carolina", "Urb. Las Lomas", "Bo. Palmarejo", "Urb. Santa Juanita"])
    city, zp = rng.choice([("Carolina", "00985"), ("San Juan", "00921"), ("Bayamón", "00961"), ("Corozal", "00783")])
    return f"{urb}, {rng.randint(1, 240)} Calle {rng.randint(2, 90)}, {city}, PR {zp}"


def foreign_addr(rng, origin):
    n = rng.randint(1, 300)
    table = {
        "mx": f"Calle Hidalgo {n}, Col. Centro, 68000 Oaxaca de Juárez, Oax., México",
        "gt": f"{n} Avenida 4-{rng.randint(10, 80)}, Zona {rng.randint(1, 18)}, Ciudad de Guatemala",
        "hn": f"Col. Kennedy, Bloque {rng.randint(1, 40)}, Casa {n}, Tegucigalpa, Honduras",
        "sv": f"Calle El Progreso #{n}, Col. Escalón, San Salvador, El Salvador",
        "ht": f"{n}, Rue Capois, Port-au-Prince, HT6110, Haïti",
        "co": f"Carrera {rng.randint(10, 90)} # {rng.randint(10, 99)}-{rng.randint(10, 99)}, Medellín, Antioquia, Colombia",
        "ve": f"Av. Bella Vista, Edif. Yoraco, Piso {rng.randint(1, 12)}, Apto {n}, Maracaibo 4002, Venezuela",
        "ua": f"вул. Січових Стрільців, {n}, кв. {rng.randint(1, 90)}, Київ, 04053, Україна",
        "ru": f"ул. Профсоюзная, д. {n}, кв. {rng.randint(1, 200)}, Москва, 117292, Россия",
        "in": f"Flat {n}, Shanti Apartments, 14th Cross, Jayanagar, Bengaluru 560041, Karnataka, India",
        "ph": f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 30)}, Sampaguita St., Brgy. San Isidro, Antipolo City 1870, Rizal",
        "np": f"Ward No. {rng.randint(1, 32)}, Lakeside, Pokhara-{rng.randint(1, 33)}, Kaski 33700, Nepal",
        "cu": f"Calle 23 No. {n} e/ J y K, Vedado, La Habana 10400, Cuba",
        "ye": f"Hadda Street, Building {n}, Sana'a, Yemen",
    }
    return table.get(origin) or table["mx"]


def zip5(rng):
    return "%05d" % rng.randint(10000, 99999)


def us_phone(rng, area=None, style=None):
    area = area or rng.choice([a for p in US_PLACES for a in p[3]])
    ex = rng.choice([x for x in range(201, 999) if x % 100 != 11 and x != 555])
    ln = rng.randint(0, 9999)
    style = style if style is not None else rng.randint(0, 5)
    return ["({a}) {e}-{l:04d}", "{a}-{e}-{l:04d}", "{a}.{e}.{l:04d}", "+1 {a} {e} {l:04d}",
            "1-{a}-{e}-{l:04d}", "{a}{e}{l:04d}"][style].format(a=area, e=ex, l=ln)


def intl_phone(rng, origin):
    r = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    t = {
        "mx": lambda: f"+52 1 55 {r(4)} {r(4)}", "gt": lambda: f"+502 5{r(3)} {r(4)}",
        "hn": lambda: f"+504 9{r(3)}-{r(4)}", "sv": lambda: f"+503 7{r(3)}-{r(4)}",
        "ht": lambda: f"+509 3{r(3)} {r(4)}", "cu": lambda: f"+53 5 {r(7)}",
        "co": lambda: f"+57 31{r(1)} {r(3)} {r(4)}", "ve": lambda: f"+58 414-{r(3)}-{r(4)}",
        "so": lambda: f"+252 61 {r(7)}", "et": lambda: f"+251 91 {r(3)} {r(4)}",
        "er": lambda: f"+291 7 {r(6)}", "cd": lambda: f"+243 81 {r(3)} {r(4)}",
        "af": lambda: f"+93 70 {r(3)} {r(4)}", "sy": lambda: f"+963 94{r(1)} {r(3)} {r(3)}",
        "iq": lambda: f"+964 770 {r(3)} {r(4)}", "ye": lambda: f"+967 77{r(1)} {r(3)} {r(3)}",
        "ua": lambda: f"+380 67 {r(3)} {r(4)}", "ru": lambda: f"+7 916 {r(3)}-{r(2)}-{r(2)}",
        "np": lambda: f"+977 980-{r(7)}", "bt": lambda: f"+975 17 {r(2)} {r(2)} {r(2)}",
        "mm": lambda: f"+95 9 {r(3)} {r(3)} {r(3)}", "vn": lambda: f"+84 90 {r(3)} {r(2)} {r(2)}",
        "cn": lambda: f"+86 138 {r(4)} {r(4)}", "ph": lambda: f"+63 917 {r(3)} {r(4)}",
        "in": lambda: f"+91 98{r(3)} {r(5)}", "pr": lambda: f"(787) {rng.randint(200, 998)}-{r(4)}",
    }
    return t.get(origin, lambda: us_phone(rng))()


# ----------------------------------------------------------------------------- values: dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def rdate(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return y, m, dd


def fdate(ymd, style):
    y, m, dd = ymd
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y:04d}", "us_short": f"{m}/{dd}/{y}",
        "long": f"{MONTHS[m - 1]} {dd}, {y}", "eu": f"{dd:02d}/{m:02d}/{y:04d}", "dot": f"{dd:02d}.{m:02d}.{y:04d}",
        "es": f"{dd} de {MES[m - 1]} de {y}", "hl7": f"{y:04d}{m:02d}{dd:02d}", "dmy": f"{dd} {MONTHS[m - 1][:3]} {y}",
    }[style]


def student_dob(rng, grade=None):
    grade = rng.randint(0, 12) if grade is None else grade
    return rdate(rng, 2025 - 6 - grade - 1, 2025 - 6 - grade), grade


def adult_dob(rng):
    return rdate(rng, 1958, 2000)


GRADES = ["PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]


# ----------------------------------------------------------------------------- values: identifiers
def digits(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def ssn(rng, sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"
        return s


def masked_ssn(rng):
    return rng.choice(["***-**-{l}", "XXX-XX-{l}", "xxx-xx-{l}", "###-##-{l}", "(last 4) {l}"]).format(
        l=digits(rng, 4))


def invalid_ssn(rng):
    return rng.choice([f"000-{digits(rng, 2)}-{digits(rng, 4)}", f"666-{digits(rng, 2)}-{digits(rng, 4)}",
                       f"9{digits(rng, 2)}-{rng.randint(70, 88)}-{digits(rng, 4)}",
                       f"{rng.randint(100, 599)}-00-{digits(rng, 4)}"])


CARD_PREFIX = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
               ("6011", 16), ("65", 16)]


def card(rng, spaced=True):
    pre, ln = rng.choice(CARD_PREFIX)
    num = luhn_complete(pre + digits(rng, ln - len(pre) - 1))
    if not spaced:
        return num
    if ln == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    sep = rng.choice([" ", "-"])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card(rng):
    pre, ln = ("4", 16)
    while True:
        num = pre + digits(rng, ln - 1)
        if not luhn_ok(num):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def masked_card(rng):
    last = digits(rng, 4)
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"411111******{last}",
                       f"ending in {last}", f"Visa •••• {last}"])


IBAN_BBAN = {
    "DE": lambda rng: digits(rng, 8) + digits(rng, 10),
    "GB": lambda rng: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 6) + digits(rng, 8),
    "NL": lambda rng: rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(rng, 10),
    "AT": lambda rng: digits(rng, 16), "CH": lambda rng: digits(rng, 5) + digits(rng, 12),
    "PL": lambda rng: digits(rng, 24), "UA": lambda rng: digits(rng, 6) + digits(rng, 19),
    "IQ": lambda rng: rng.choice(["NBIQ", "RAFB", "TRIQ"]) + digits(rng, 3) + digits(rng, 12),
    "JO": lambda rng: rng.choice(["CBJO", "ARAB"]) + digits(rng, 4) + digits(rng, 18),
    "IE": lambda rng: rng.choice(["AIBK", "BOFI"]) + digits(rng, 6) + digits(rng, 8),
    "SE": lambda rng: digits(rng, 20), "DK": lambda rng: digits(rng, 14),
}


def es_bban(rng):
    bank, branch, acct = digits(rng, 4), digits(rng, 4), digits(rng, 10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def cd(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return bank + branch + str(cd("00" + bank + branch)) + str(cd(acct)) + acct


def fr_bban(rng):
    bank, guichet, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
    return bank + guichet + acct + "%02d" % key


def be_bban(rng):
    first = digits(rng, 10)
    c = int(first) % 97 or 97
    return first + "%02d" % c


IBAN_BBAN.update({"ES": es_bban, "FR": fr_bban, "BE": be_bban})


def iban(rng, country=None, spaced=None):
    country = country or rng.choice(list(IBAN_BBAN))
    ib = iban_make(country, IBAN_BBAN[country](rng))
    assert iban_ok(ib)
    if spaced is None:
        spaced = rng.random() < 0.6
    return iban_spaced(ib) if spaced else ib


def bad_iban(rng, country="DE"):
    ib = iban_make(country, IBAN_BBAN[country](rng))
    ck = int(ib[2:4])
    bad = ib[:2] + "%02d" % ((ck + rng.randint(1, 50)) % 97 + 2) + ib[4:]
    if iban_ok(bad):
        return bad_iban(rng, country)
    return iban_spaced(bad)


def nhs(rng, spaced=True):
    while True:
        nine = str(rng.randint(4, 9)) + digits(rng, 8)
        c = nhs_check(nine)
        if c is not None:
            s = nine + c
            return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


def bad_nhs(rng):
    while True:
        nine = str(rng.randint(4, 9)) + digits(rng, 8)
        c = nhs_check(nine)
        if c is not None:
            s = nine + str((int(c) + 3) % 10)
            if not nhs_ok(s):
                return f"{s[:3]} {s[3:6]} {s[6:]}"


def nino(rng, spaced=None):
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        a = rng.choice(string.ascii_uppercase)
        b = rng.choice(string.ascii_uppercase)
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        break
    ds = digits(rng, 6)
    suf = rng.choice("ABCD")
    if spaced or (spaced is None and rng.random() < 0.5):
        return f"{a}{b} {ds[:2]} {ds[2:4]} {ds[4:]} {suf}"
    return f"{a}{b}{ds}{suf}"


def uk_sort_code(rng):
    return f"{rng.randint(1, 99):02d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"


def dni(rng):
    n = "%08d" % rng.randint(1000000, 99999999)
    return n + dni_letter(n)


def nie(rng):
    p = rng.choice("XYZ")
    n = digits(rng, 7)
    return f"{p}{n}{nie_letter(p, n)}"


def bad_dni(rng):
    n = "%08d" % rng.randint(1000000, 99999999)
    good = dni_letter(n)
    return n + rng.choice([c for c in DNI_LETTERS if c != good])


def nir(rng, female=None, ymd=None, spaced=True):
    female = rng.random() < 0.5 if female is None else female
    y, m, _ = ymd or adult_dob(rng)
    dept = rng.choice(["75", "69", "13", "33", "59", "93", "97"])
    if dept == "97":
        dept_comm = "97" + rng.choice(["1", "2", "3", "4"]) + "%02d" % rng.randint(1, 34)
    else:
        dept_comm = dept + "%03d" % rng.randint(1, 400)
    body = ("2" if female else "1") + "%02d" % (y % 100) + "%02d" % m + dept_comm + "%03d" % rng.randint(1, 999)
    assert len(body) == 13
    k = nir_key(body)
    if spaced:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {k}"
    return body + k


def bad_nir(rng):
    s = nir(rng, spaced=False)
    k = (int(s[13:]) + rng.randint(1, 9)) % 97 or 11
    return s[:13] + " %02d" % k


def steuer_id(rng, spaced=None):
    while True:
        ten = str(rng.randint(1, 9)) + digits(rng, 9)
        if steuer_shape_ok(ten):
            s = ten + steuer_check(ten)
            if spaced or (spaced is None and rng.random() < 0.5):
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
            return s


def bad_steuer(rng):
    while True:
        ten = str(rng.randint(1, 9)) + digits(rng, 9)
        if steuer_shape_ok(ten):
            return ten + str((int(steuer_check(ten)) + 4) % 10)


BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A662", "D612", "C351"]


def fiscal_code(rng, p, ymd):
    y, m, dd = ymd
    return codice_fiscale(p.given.split()[0], p.family, y, m, dd, p.female, rng.choice(BELFIORE))


def sin(rng, spaced=True):
    n = luhn_complete(str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(rng, 7))
    return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n


def bad_sin(rng):
    while True:
        n = str(rng.randint(1, 7)) + digits(rng, 8)
        if not luhn_ok(n):
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def cpf(rng, fmt=True):
    while True:
        nine = digits(rng, 9)
        if len(set(nine)) > 1:
            break
    s = nine + cpf_digits(nine)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


def bad_cpf(rng):
    nine = digits(rng, 9)
    good = cpf_digits(nine)
    badd = good[0] + str((int(good[1]) + 5) % 10)
    return f"{nine[:3]}.{nine[3:6]}.{nine[6:9]}-{badd}"


def aadhaar(rng, spaced=True):
    eleven = str(rng.randint(2, 9)) + digits(rng, 10)
    s = eleven + verhoeff_digit(eleven)
    assert verhoeff_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}" if spaced else s


def bad_aadhaar(rng):
    while True:
        s = str(rng.randint(2, 9)) + digits(rng, 11)
        if not verhoeff_ok(s):
            return f"{s[:4]} {s[4:8]} {s[8:]}"


def nric(rng, prefix=None):
    prefix = prefix or rng.choice("STFG")
    seven = digits(rng, 7)
    return prefix + seven + nric_letter(prefix, seven)


def bad_nric(rng):
    seven = digits(rng, 7)
    good = nric_letter("S", seven)
    return "S" + seven + rng.choice([c for c in "JZIHGFEDCBA" if c != good])


MBI_ALPHA = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


def mbi(rng, dashed=None):
    A = lambda: rng.choice(MBI_ALPHA)
    N = lambda: rng.choice("0123456789")
    AN = lambda: rng.choice(MBI_ALPHA + list("0123456789"))
    s = rng.choice("123456789") + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()
    if dashed or (dashed is None and rng.random() < 0.5):
        return f"{s[:4]}-{s[4:7]}-{s[7:]}"
    return s


def mrn(rng):
    return rng.choice([lambda: digits(rng, 8), lambda: "M" + digits(rng, 7), lambda: f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                       lambda: "CH" + digits(rng, 9), lambda: "E" + digits(rng, 6)])()


def health_plan_id(rng):
    return rng.choice([lambda: "".join(rng.choice("ABCDEFGHJKMNPRTUWXYZ") for _ in range(3)) + digits(rng, 9),
                       lambda: "W" + digits(rng, 9), lambda: digits(rng, 11) + rng.choice("ABC"),
                       lambda: "MCD" + digits(rng, 8), lambda: "ZGP" + digits(rng, 6) + "-0" + str(rng.randint(1, 4))])()


def us_passport(rng):
    return digits(rng, 9) if rng.random() < 0.5 else rng.choice("AC") + digits(rng, 8)


PASSPORT_SHAPES = {
    "mx": lambda rng: rng.choice("GNE") + digits(rng, 8), "gt": lambda rng: digits(rng, 9),
    "hn": lambda rng: "F" + digits(rng, 6), "sv": lambda rng: "A" + digits(rng, 8),
    "ht": lambda rng: "RD" + digits(rng, 7), "cu": lambda rng: rng.choice("KLJ") + digits(rng, 6),
    "co": lambda rng: "A" + rng.choice("BCPSWX") + digits(rng, 6), "ve": lambda rng: digits(rng, 9),
    "so": lambda rng: "P00" + digits(rng, 6), "et": lambda rng: "EP" + digits(rng, 7),
    "er": lambda rng: "P" + digits(rng, 6), "cd": lambda rng: "OP" + digits(rng, 7),
    "af": lambda rng: "P" + digits(rng, 8), "sy": lambda rng: "N" + digits(rng, 9),
    "iq": lambda rng: "A" + digits(rng, 8), "ye": lambda rng: "0" + digits(rng, 7),
    "ua": lambda rng: rng.choice(["FE", "FK", "GF", "EX"]) + digits(rng, 6), "ru": lambda rng: f"7{digits(rng, 1)} {digits(rng, 7)}",
    "np": lambda rng: "PA" + digits(rng, 7), "bt": lambda rng: "P" + digits(rng, 6),
    "mm": lambda rng: "MH" + digits(rng, 6), "vn": lambda rng: rng.choice("BCN") + digits(rng, 7),
    "cn": lambda rng: "E" + rng.choice(["A", "B", ""]) + digits(rng, 7) + ("" if rng.random() < 0.5 else ""),
    "ph": lambda rng: "P" + digits(rng, 7) + rng.choice("ABC"), "in": lambda rng: rng.choice("JKLMNPRTVZ") + digits(rng, 7),
    "pr": lambda rng: digits(rng, 9),
}
COUNTRY = {"us": "United States", "pr": "United States", "mx": "Mexico", "gt": "Guatemala", "hn": "Honduras",
           "sv": "El Salvador", "ht": "Haiti", "cu": "Cuba", "co": "Colombia", "ve": "Venezuela", "so": "Somalia",
           "et": "Ethiopia", "er": "Eritrea", "cd": "DR Congo", "af": "Afghanistan", "sy": "Syria", "iq": "Iraq",
           "ye": "Yemen", "ua": "Ukraine", "ru": "Russia", "np": "Nepal", "bt": "Bhutan", "mm": "Myanmar",
           "vn": "Viet Nam", "cn": "China", "ph": "Philippines", "in": "India"}
PASSPORT_LABEL = {
    "mx": "No. de pasaporte", "gt": "Número de pasaporte", "hn": "Pasaporte No.", "sv": "N.º de pasaporte",
    "cu": "Pasaporte", "co": "Pasaporte No.", "ve": "Número de pasaporte", "ht": "N° de passeport",
    "cd": "Numéro du passeport", "ua": "Номер паспорта", "ru": "Номер загранпаспорта", "vn": "Số hộ chiếu",
    "cn": "护照号码", "ph": "Passport No.", "in": "Passport No.", "np": "राहदानी नं.", "so": "Lambarka baasaboorka",
    "et": "Passport No.", "er": "Passport Number", "af": "Passport No.", "sy": "رقم جواز السفر", "iq": "رقم الجواز",
    "ye": "Passport #", "bt": "Passport No.", "mm": "Passport No.",
}


def passport_for(rng, origin):
    return PASSPORT_SHAPES.get(origin, PASSPORT_SHAPES["mx"])(rng)


# state, format
DL_FORMATS = {
    "CA": lambda rng: rng.choice(string.ascii_uppercase) + digits(rng, 7),
    "FL": lambda rng: (lambda s: f"{s[0]}{s[1:4]}-{s[4:7]}-{s[7:9]}-{s[9:12]}-{s[12]}")(rng.choice("BDGHKMPRSW") + digits(rng, 12)),
    "IL": lambda rng: (lambda s: f"{s[:4]}-{s[4:8]}-{s[8:]}")(rng.choice("ABDHKMRSW") + digits(rng, 11)),
    "TX": lambda rng: str(rng.randint(1, 4)) + digits(rng, 7),
    "NY": lambda rng: (lambda s: f"{s[:3]} {s[3:6]} {s[6:]}")(digits(rng, 9)),
    "WA": lambda rng: "WDL" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
    "GA": lambda rng: "0" + digits(rng, 8),
    "AZ": lambda rng: rng.choice("ABDFS") + digits(rng, 8),
    "MN": lambda rng: rng.choice(string.ascii_uppercase) + digits(rng, 12),
    "MI": lambda rng: (lambda s: f"{s[0]} {s[1:4]} {s[4:7]} {s[7:10]} {s[10:]}")(rng.choice("BDHKMRSW") + digits(rng, 12)),
    "NJ": lambda rng: (lambda s: f"{s[:5]} {s[5:10]} {s[10:]}")(rng.choice("ABDHKMRSW") + digits(rng, 14)),
    "PA": lambda rng: (lambda s: f"{s[:2]} {s[2:5]} {s[5:]}")(digits(rng, 8)),
    "OH": lambda rng: "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(rng, 6),
    "MA": lambda rng: "S" + digits(rng, 8),
    "CO": lambda rng: f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 4)}",
    "MD": lambda rng: (lambda s: f"{s[0]}-{s[1:4]}-{s[4:7]}-{s[7:10]}-{s[10:]}")(rng.choice("BDHKMRSW") + digits(rng, 12)),
    "WI": lambda rng: (lambda s: f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}")(rng.choice("BDHKMRSW") + digits(rng, 13)),
    "KY": lambda rng: rng.choice("ABDHKMRSW") + digits(rng, 8),
    "VA": lambda rng: rng.choice("ABTS") + digits(rng, 8),
    "NC": lambda rng: "0000" + digits(rng, 8),
    "PR": lambda rng: digits(rng, 7),
}
STATE_NAMES = {"CA": "California", "FL": "Florida", "IL": "Illinois", "TX": "Texas", "NY": "New York",
               "WA": "Washington", "GA": "Georgia", "AZ": "Arizona", "MN": "Minnesota", "MI": "Michigan",
               "NJ": "New Jersey", "PA": "Pennsylvania", "OH": "Ohio", "MA": "Massachusetts", "CO": "Colorado",
               "MD": "Maryland", "WI": "Wisconsin", "KY": "Kentucky", "VA": "Virginia", "NC": "North Carolina",
               "PR": "Puerto Rico"}


def dl(rng, state=None):
    state = state or rng.choice(list(DL_FORMATS))
    return state, DL_FORMATS[state](rng)


def ip4(rng, kind=None):
    kind = kind or rng.choice(["doc", "doc", "priv10", "priv172", "priv192", "pub"])
    if kind == "doc":
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if kind == "priv10":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "priv172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "priv192":
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.choice([23, 45, 67, 73, 98, 104, 142, 173, 185])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(rng):
    return "2001:db8:" + ":".join("%x" % rng.randint(0, 0xffff) for _ in range(rng.randint(2, 6))).replace(":0:", ":") \
        if rng.random() < 0.3 else "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))


def version_ip_like(rng):
    return f"{rng.randint(1, 24)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}"


def oid(rng):
    return "2.16.840.1.113883." + ".".join(str(rng.randint(1, 40)) for _ in range(rng.randint(2, 4)))


def student_id(rng):
    return rng.choice([lambda: digits(rng, 7), lambda: "S" + digits(rng, 6), lambda: "20" + digits(rng, 7),
                       lambda: f"RUSD-{digits(rng, 6)}"])()


def ts(rng, y=2025):
    y, m, dd = rdate(rng, y, y)
    return f"{y:04d}-{m:02d}-{dd:02d}T{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# ----------------------------------------------------------------------------- values: clinical, school
# (diagnosis, typical medications)
CONDITIONS = [
    ("attention-deficit/hyperactivity disorder", ["methylphenidate", "Concerta", "guanfacine", "Adderall", "Focalin"]),
    ("ADHD, combined presentation", ["lisdexamfetamine", "Vyvanse", "Intuniv"]),
    ("type 1 diabetes mellitus", ["insulin lispro", "Humalog", "glucagon", "Baqsimi", "insulin glargine"]),
    ("moderate persistent asthma", ["albuterol", "Flovent", "budesonide", "montelukast", "Symbicort"]),
    ("exercise-induced bronchospasm", ["albuterol", "ProAir"]),
    ("peanut allergy with history of anaphylaxis", ["EpiPen", "epinephrine auto-injector", "cetirizine", "Auvi-Q"]),
    ("focal epilepsy", ["levetiracetam", "Keppra", "Nayzilam", "Diastat"]),
    ("absence seizures", ["ethosuximide", "Zarontin"]),
    ("autism spectrum disorder", ["risperidone", "melatonin"]),
    ("generalized anxiety disorder", ["sertraline", "Zoloft", "hydroxyzine"]),
    ("major depressive disorder", ["fluoxetine", "Prozac", "escitalopram"]),
    ("post-traumatic stress disorder", ["prazosin", "sertraline"]),
    ("sickle cell disease (HbSS)", ["hydroxyurea", "penicillin VK", "folic acid"]),
    ("latent tuberculosis infection", ["isoniazid", "rifampin", "rifapentine", "pyridoxine"]),
    ("chronic hepatitis B", ["entecavir", "tenofovir"]),
    ("iron-deficiency anemia", ["ferrous sulfate"]),
    ("celiac disease", []),
    ("Tourette syndrome", ["clonidine", "aripiprazole"]),
    ("migraine without aura", ["sumatriptan", "ibuprofen", "rizatriptan"]),
    ("spina bifida (myelomeningocele)", ["oxybutynin"]),
    ("cystic fibrosis", ["Trikafta", "Creon", "dornase alfa"]),
    ("Down syndrome", ["levothyroxine"]),
    ("hypothyroidism", ["levothyroxine", "Synthroid"]),
    ("cerebral palsy, spastic diplegia", ["baclofen", "tizanidine"]),
    ("elevated blood lead level", []),
    ("atopic dermatitis", ["triamcinolone cream", "hydrocortisone"]),
    ("bilateral sensorineural hearing loss", []),
    ("obsessive-compulsive disorder", ["fluvoxamine", "sertraline"]),
    ("juvenile idiopathic arthritis", ["methotrexate", "naproxen", "adalimumab"]),
    ("bipolar I disorder", ["lithium carbonate", "lamotrigine"]),
    ("scoliosis", []),
    ("eosinophilic esophagitis", ["budesonide", "omeprazole"]),
]
SCHOOLS = ["Lincoln Elementary", "Roberto Clemente Middle School", "Sojourner Truth Academy", "Cesar Chavez High School",
           "Mary McLeod Bethune Elementary", "Booker T. Washington STEM Academy", "Jefferson Davis Community School",
           "Dolores Huerta Elementary", "Frederick Douglass High School", "Amelia Earhart Middle School",
           "Thurgood Marshall Early Learning Center", "Sonia Sotomayor Dual Language School", "Riverbend High School",
           "Maple Heights Elementary", "Wilbur Wright Career Center", "Helen Keller Elementary"]
COURSES = ["MATH-0712 Pre-Algebra", "ELA-0930 English 9", "SCI-1140 Biology", "SS-1020 US History",
           "ESL-0201 Newcomer English", "ART-0600 Studio Art", "PE-0800 Health & PE", "CTE-1130 Welding I",
           "MATH-1210 Algebra II", "WL-0905 Spanish for Heritage Speakers", "SCI-0815 Earth Science"]
HOLIDAYS = ["Martin Luther King Jr. Day", "Presidents' Day", "Cesar Chavez Day", "Juneteenth", "Columbus Day",
            "Indigenous Peoples' Day", "Veterans Day", "Thanksgiving Break", "Eid al-Fitr", "Lunar New Year",
            "Diwali"]
COMPANIES = ["Heinz Field Trips LLC", "Johnson Controls", "Marriott", "Wells Fargo", "Goodman Bus Lines",
             "McGraw Hill", "Houghton Mifflin Harcourt", "Ben & Jerry's", "Dell Technologies", "Pearson",
             "Sodexo", "Hewlett Packard Enterprise", "Ford Motor Company", "Merck", "Disney Educational Productions"]
LANGS = {"mx": "Spanish", "gt": "K'iche'", "hn": "Spanish", "sv": "Spanish", "ht": "Haitian Creole", "cu": "Spanish",
         "co": "Spanish", "ve": "Spanish", "so": "Somali", "et": "Amharic", "er": "Tigrinya", "cd": "Swahili",
         "af": "Dari", "sy": "Arabic", "iq": "Arabic", "ye": "Arabic", "ua": "Ukrainian", "ru": "Russian",
         "np": "Nepali", "bt": "Nepali", "mm": "Karen", "vn": "Vietnamese", "cn": "Mandarin", "ph": "Tagalog",
         "in": "Telugu", "us": "English", "pr": "Spanish"}
FAMILY_ORIGINS = [o for o in ORIGINS if o != "us"] + ["us", "us"]


def family(rng, origin=None):
    """a student plus one or two guardians sharing (usually) a family name"""
    origin = origin or rng.choice(FAMILY_ORIGINS)
    kid = person(rng, origin)
    style = NAMES[origin][2]
    fam = kid.family
    if style == "hisp" and kid.family:
        g1 = person(rng, origin, family=fam.split()[0] + " " + rng.choice(NAMES[origin][1]))
    elif style in ("patr", "single"):
        g1 = person(rng, origin)
    else:
        g1 = person(rng, origin, family=fam)
    g2 = person(rng, origin)
    return kid, g1, g2


ICD = {"attention-deficit/hyperactivity disorder": "F90.9", "ADHD, combined presentation": "F90.2",
       "type 1 diabetes mellitus": "E10.9", "moderate persistent asthma": "J45.40", "exercise-induced bronchospasm": "J45.990",
       "peanut allergy with history of anaphylaxis": "Z91.010", "focal epilepsy": "G40.109", "absence seizures": "G40.A09",
       "autism spectrum disorder": "F84.0", "generalized anxiety disorder": "F41.1", "major depressive disorder": "F32.9",
       "post-traumatic stress disorder": "F43.10", "sickle cell disease (HbSS)": "D57.1", "latent tuberculosis infection": "Z22.7",
       "chronic hepatitis B": "B18.1", "iron-deficiency anemia": "D50.9", "Tourette syndrome": "F95.2", "migraine without aura": "G43.009",
       "cystic fibrosis": "E84.9", "Down syndrome": "Q90.9", "hypothyroidism": "E03.9", "atopic dermatitis": "L20.9",
       "obsessive-compulsive disorder": "F42.2", "juvenile idiopathic arthritis": "M08.00", "bipolar I disorder": "F31.9",
       "eosinophilic esophagitis": "K20.0"}


def pick_condition(rng):
    c, meds = rng.choice(CONDITIONS)
    while not meds:
        c, meds = rng.choice(CONDITIONS)
    return c, rng.choice(meds)


# ============================================================================= templates
TEMPLATES = []


def tpl(n):
    def deco(f):
        TEMPLATES.append((f.__name__, n, f))
        return f
    return deco


def P_(p, s=None):
    return L("PERSON", s if s is not None else p.full)


def yn(rng):
    return rng.choice(["Yes", "No"])


# ----------------------------------------------------------------------------- forms / KYC
@tpl(3)
def f_enrolment(rng, i):
    d = Doc("form")
    kid, g1, g2 = family(rng)
    dob, grade = student_dob(rng)
    place = us_place(rng)
    addr = us_addr(rng, place)
    school = rng.choice(SCHOOLS)
    d.w("RIVERMONT UNIFIED SCHOOL DISTRICT — NEW STUDENT REGISTRATION (Form ENR-1, rev. 07/2024)\n",
        "Welcome Center use only: Intake # WC-", digits(rng, 5), "   Received: ", fdate(rdate(rng, 2025, 2025), "us"), "\n\n",
        "SECTION A — STUDENT\n",
        "Legal Last Name(s): ", L("PERSON", kid.family or kid.given), "\n",
        "Legal First Name: ", L("PERSON", kid.given) if kid.family else "(none on documents)", "\n",
        "Preferred name: ", L("PERSON", kid.first) if i != 1 else "—", "\n",
        "Date of Birth (MM/DD/YYYY): ", L("DATE_OF_BIRTH", fdate(dob, "us")), "     Grade entering: ", GRADES[grade + 1], "\n",
        "Country of birth: ", COUNTRY[kid.origin], "     Date first enrolled in a US school: ",
        fdate(rdate(rng, 2021, 2025), "us"), "\n",
        "Home language survey — language first learned: ", LANGS[kid.origin], "\n")
    if kid.origin not in ("us", "pr"):
        lab = PASSPORT_LABEL.get(kid.origin, "Passport No.")
        d.w("Proof of age presented: [ ] birth certificate  [X] passport\n",
            "  Passport issuing country: ", COUNTRY[kid.origin], "   ", lab, ": ",
            L("PASSPORT", passport_for(rng, kid.origin)), "\n")
    else:
        d.w("Proof of age presented: [X] birth certificate (", "Puerto Rico" if kid.origin == "pr" else "Ohio",
            ")  — certificate # not recorded\n")
    d.w("\nSECTION B — RESIDENCE\nHome address: ", L("ADDRESS", addr.one()), "\n",
        "McKinney-Vento screening: living in a shelter / motel / doubled-up?  [", "X" if i == 2 else " ", "] yes\n",
        "Previous school: ")
    if kid.origin not in ("us", "pr"):
        d.w("Escuela Oficial Rural Mixta No. ", rng.randint(2, 900), ", ", COUNTRY[kid.origin], "\n")
    else:
        d.w(rng.choice(SCHOOLS), "\n")
    d.w("\nSECTION C — PARENT / GUARDIAN 1\nName: ", P_(g1), "   Relationship: ", rng.choice(["Mother", "Father", "Aunt", "Grandmother", "Stepfather"]), "\n",
        "Cell: ", L("PHONE", us_phone(rng, rng.choice(place[3]))), "   Work: ",
        L("PHONE", us_phone(rng)) if rng.random() < 0.5 else "n/a", "\n",
        "Email: ", L("EMAIL", email_for(rng, g1)), "\n",
        "Preferred language for school communication: ", LANGS[kid.origin], "   Interpreter needed: ", yn(rng), "\n")
    if i != 0:
        d.w("\nSECTION D — PARENT / GUARDIAN 2 / EMERGENCY CONTACT\nName: ", P_(g2), "\n",
            "Phone: ", L("PHONE", intl_phone(rng, g2.origin) if rng.random() < 0.5 else us_phone(rng)), "\n",
            "Custody: ", rng.choice(["Joint — both parents may pick up",
                                     "Sole legal custody with Guardian 1 (court order on file). Guardian 2 may NOT pick up.",
                                     "Guardian 2 resides outside the US; phone contact only."]), "\n")
    d.w("\nSECTION E — HEALTH\nDoes your child have any health conditions? ")
    if i == 0:
        d.w("No\n")
    else:
        cond, med = pick_condition(rng)
        d.w("Yes — ", L("DIAGNOSIS", cond), ". Takes ", L("MEDICATION", med), " ",
            rng.choice(["at school", "at home only", "before breakfast"]), ".\n")
    d.w("\nAssigned to: ", school, "   Homeroom: Rm ", rng.randint(101, 340), "   Bus: ", rng.randint(3, 88), "\n",
        "Student ID (system-assigned): ", student_id(rng), "\n")
    return d


@tpl(3)
def f_meal_app(rng, i):
    d = Doc("form")
    kid, g1, g2 = family(rng)
    addr = us_addr(rng)
    d.w("2025–2026 Application for Free and Reduced-Price School Meals / Solicitud de comidas escolares gratuitas\n",
        "Household ID: H", digits(rng, 6), "\n\n",
        "STEP 1 — All household members who are infants, children and students up to and including grade 12\n",
        "| Child's first name | MI | Child's last name | School | Grade | Foster | Homeless/Migrant/Runaway |\n")
    for k in range(rng.randint(1, 3)):
        c = kid if k == 0 else person(rng, kid.origin, family=kid.family or None)
        d.w("| ", L("PERSON", c.given), " | ", rng.choice(["", "A", "M", "J"]), " | ", L("PERSON", c.family) if c.family else "", " | ",
            rng.choice(SCHOOLS), " | ", rng.choice(GRADES), " | [ ] | [", "X" if rng.random() < 0.2 else " ", "] |\n")
    d.w("\nSTEP 2 — Do any household members participate in SNAP, TANF or FDPIR?  ")
    if i == 0:
        d.w("YES — Case number: ", "SNAP", digits(rng, 9), " (skip to Step 4)\n")
    else:
        d.w("NO\n\nSTEP 3 — Report income for all household members\n")
        for who in (g1, g2):
            d.w("  Name: ", P_(who), "   Earnings from work: $", rng.randint(200, 2400), " ",
                rng.choice(["weekly", "every 2 weeks", "twice a month", "monthly"]),
                "   Child support: $", rng.choice(["0", "150", "420"]), "\n")
        d.w("  Total household members (children and adults): ", rng.randint(3, 9), "\n")
        if i == 1:
            d.w("  Last four digits of Social Security Number of primary wage earner: ", masked_ssn(rng), "\n")
        else:
            d.w("  [X] Check if no SSN\n")
    d.w("\nSTEP 4 — Contact information and adult signature\n",
        "Street address (if available): ", L("ADDRESS", addr.street), "   City: ", addr.city, "   State: ", addr.state,
        "   Zip: ", addr.zip, "\n",
        "Daytime phone: ", L("PHONE", us_phone(rng)), "   Email: ", L("EMAIL", email_for(rng, g1)), "\n",
        "Printed name of adult signing the form: ", P_(g1), "   Date: ", fdate(rdate(rng, 2025, 2025), "us"), "\n",
        "\nOPTIONAL — Children's racial and ethnic identities: ", rng.choice(["Hispanic or Latino", "Black or African American", "Asian", "Not reported"]), "\n",
        "FOR SCHOOL USE ONLY: Annual income conversion: weekly x 52. Eligibility: ",
        rng.choice(["Free", "Reduced", "Paid"]), "  Determining official: ", L("PERSON", staff(rng).full), "\n")
    return d


@tpl(3)
def f_background(rng, i):
    d = Doc("form")
    app = staff(rng)
    dob = adult_dob(rng)
    st, lic = dl(rng)
    cur = us_addr(rng)
    d.w("PERSONNEL — CRIMINAL HISTORY BACKGROUND CHECK REQUEST\n",
        "Agency ORI: OH", digits(rng, 7), "   Reason fingerprinted: School employment (ORC 3319.39)\n",
        "Position applied for: ", rng.choice(["Paraprofessional — Special Education", "Bus Driver (CDL)",
                                            "Substitute Teacher", "Head Custodian", "School Nurse (RN)", "Food Service Worker"]), "\n\n",
        "Applicant last name ........ ", L("PERSON", app.family), "\n",
        "First / middle ............. ", L("PERSON", app.given), "\n",
        "Other names used ........... ", L("PERSON", person(rng, app.origin, family=None).family) if i == 1 else "None", "\n",
        "Date of birth .............. ", L("DATE_OF_BIRTH", fdate(dob, rng.choice(["us", "iso"]))), "\n",
        "Social Security No. ........ ", L("US_SSN", ssn(rng)), "\n",
        "Driver's license # ......... ", L("DRIVER_LICENSE", lic), "   State: ", st, "\n",
        "Current address ............ ", L("ADDRESS", cur.one()), "\n",
        "Addresses in past 5 years .. ")
    if i == 2:
        d.w(L("ADDRESS", pr_addr(rng)), "\n")
    else:
        d.w(L("ADDRESS", us_addr(rng).one()), "\n")
    d.w("Phone ...................... ", L("PHONE", us_phone(rng)), "\n",
        "Sex / Race / Height / Weight  ", rng.choice("MF"), " / ", rng.choice("WBAI"), " / 5'", rng.randint(1, 11), "\" / ",
        rng.randint(110, 260), "\n\n",
        "BCI result: ", rng.choice(["No record", "Record — see attached (referred to HR Director)"]),
        "   FBI result: pending   Transaction Control #: ", "TCN", digits(rng, 10), "\n",
        "Rap back enrolled: Yes   Processed by: ", L("PERSON", staff(rng).full), ", HR Specialist\n")
    return d


@tpl(2)
def f_i9(rng, i):
    d = Doc("form")
    emp = staff(rng)
    dob = adult_dob(rng)
    d.w("Employment Eligibility Verification — Section 1 & 2 (district transcription for onboarding file)\n",
        "Last Name (Family Name): ", L("PERSON", emp.family), "   First Name (Given Name): ", L("PERSON", emp.given),
        "   Middle Initial: ", rng.choice(["", "R", "T"]), "\n",
        "Address (Street Number and Name): ", L("ADDRESS", us_addr(rng).one()), "\n",
        "Date of Birth (mm/dd/yyyy): ", L("DATE_OF_BIRTH", fdate(dob, "us")), "   U.S. Social Security Number: ",
        L("US_SSN", ssn(rng, rng.choice(["-", " "]))), "\n",
        "Employee's E-mail Address: ", L("EMAIL", email_for(rng, emp)), "   Telephone: ", L("PHONE", us_phone(rng)), "\n",
        "[X] ", rng.choice(["A citizen of the United States", "A lawful permanent resident"]), "\n\n",
        "Section 2. List A\n")
    if i == 0:
        d.w("  Document Title: U.S. Passport   Issuing Authority: U.S. Department of State\n",
            "  Document Number: ", L("US_PASSPORT", us_passport(rng)), "   Expiration Date: ", fdate(rdate(rng, 2027, 2034), "us"), "\n")
    else:
        st, lic = dl(rng)
        d.w("  List A: N/A\nList B\n  Document Title: Driver's License   Issuing Authority: ", STATE_NAMES[st], " BMV\n",
            "  Document Number: ", L("DRIVER_LICENSE", lic), "   Expiration: ", fdate(rdate(rng, 2026, 2031), "us"), "\n",
            "List C\n  Document Title: Social Security card (unrestricted)   Number: see Section 1\n")
    d.w("\nFirst day of employment: ", fdate(rdate(rng, 2025, 2025), "us"), "\n",
        "Employer representative: ", L("PERSON", staff(rng).full), ", Human Resources, Rivermont USD\n")
    return d


INTL_TEACHERS = [  # visiting-teacher programme: country, name origin info, id kind
    ("es", "Spain"), ("fr", "France"), ("de", "Germany"), ("it", "Italy"), ("gb", "United Kingdom"),
    ("ca", "Canada"), ("br", "Brazil"), ("in", "India"), ("sg", "Singapore"), ("ph", "Philippines"),
]
EXTRA = {
    "es": (["Nerea", "Iñaki", "Maite", "Álvaro", "Rocío"], ["Etxeberria", "García-Olmedo", "Salvatierra", "de la Fuente"]),
    "fr": (["Solène", "Grégoire", "Maëlle", "Thibault"], ["Lefèvre", "Kerhervé", "d'Aubigny", "Nguyen-Rolland"]),
    "de": (["Friederike", "Jörg", "Annika", "Malte"], ["Schröder", "von Ahlefeldt", "Brüggemann", "Özdemir"]),
    "it": (["Chiara", "Lorenzo", "Benedetta", "Gianluca"], ["Esposito", "Lo Bianco", "Santoro", "D'Alessandro"]),
    "gb": (["Siobhan", "Gareth", "Niamh", "Callum"], ["Pritchard", "Okonjo-Hale", "MacLeod", "Thwaites"]),
    "ca": (["Geneviève", "Tavish", "Mireille", "Keegan"], ["Tremblay", "Bouchard-Ross", "Gagnon", "Nakamura"]),
    "br": (["Thaís", "João Pedro", "Luana", "Caio"], ["Nascimento", "Albuquerque", "dos Santos", "Figueiredo"]),
    "sg": (["Wei Ling", "Jun Hao", "Hui Min"], ["Tan", "Lim", "Ong"]),
}


def intl_person(rng, c):
    if c in EXTRA:
        g, f = EXTRA[c]
        fem = None
        return P(rng.choice(g), rng.choice(f), "us", rng.random() < 0.5)
    return person(rng, c)


@tpl(6)
def f_visiting_teacher(rng, i):
    d = Doc("form")
    c, cname = INTL_TEACHERS[[0, 3, 4, 6, 1, 2][i]]
    t = intl_person(rng, c)
    dob = adult_dob(rng)
    d.w("International Visiting Teacher Program — Onboarding Data Sheet (J-1 Teacher category)\n",
        "Sponsor programme #: P-3-", digits(rng, 5), "   Placement: ", rng.choice(SCHOOLS), "\n",
        "Teaching assignment: ", rng.choice(["Spanish Dual Language, Grade 2", "Mathematics 7–8", "French Immersion K",
                                            "Special Education resource room", "Physics / Chemistry"]), "\n\n",
        "Full name as in passport: ", L("PERSON", t.full.upper() if rng.random() < 0.4 else t.full), "\n",
        "Date of birth / ", {"es": "Fecha de nacimiento", "fr": "Date de naissance", "de": "Geburtsdatum",
                             "it": "Data di nascita", "br": "Data de nascimento"}.get(c, "DOB"), ": ",
        L("DATE_OF_BIRTH", fdate(dob, "eu" if c in ("es", "fr", "it", "br", "gb") else "dot" if c == "de" else "iso")), "\n",
        "Country of citizenship: ", cname, "\n",
        "Passport number / ", {"es": "Número de pasaporte", "fr": "Numéro de passeport", "de": "Reisepassnummer",
                               "it": "Numero di passaporto", "br": "Número do passaporte"}.get(c, "Passport No."), ": ")
    pshape = {"es": lambda: "PA" + digits(rng, 7), "fr": lambda: digits(rng, 2) + "".join(rng.choice("ABCDEFGH") for _ in range(2)) + digits(rng, 5),
              "de": lambda: "C" + "".join(rng.choice("FGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
              "it": lambda: "Y" + rng.choice("ABC") + digits(rng, 7), "gb": lambda: digits(rng, 9),
              "ca": lambda: "A" + rng.choice("ABKM") + digits(rng, 6), "br": lambda: "F" + rng.choice("ABGK") + digits(rng, 6),
              "sg": lambda: "K" + digits(rng, 7) + rng.choice("ABCDEFGH")}
    d.w(L("PASSPORT", pshape[c]() if c in pshape else passport_for(rng, c)), "\n",
        "Home-country national identifier: ")
    if c == "es":
        d.w("DNI/NIE ", L("ES_DNI", dni(rng) if rng.random() < 0.6 else nie(rng)), "\n")
    elif c == "fr":
        d.w("N° de sécurité sociale (NIR) ", L("FR_NIR", nir(rng, t.female, dob, spaced=rng.random() < 0.6)), "\n")
    elif c == "de":
        d.w("Steuerliche Identifikationsnummer ", L("DE_TAX_ID", steuer_id(rng)), "\n")
    elif c == "it":
        d.w("Codice fiscale ", L("IT_FISCAL_CODE", fiscal_code(rng, t, dob)), "\n")
    elif c == "gb":
        d.w("National Insurance number ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(rng)), "   NHS number ",
            L("UK_NHS_NUMBER", nhs(rng)), "\n")
    elif c == "ca":
        d.w("Social Insurance Number ", L("CA_SIN", sin(rng, spaced=rng.random() < 0.7)), "\n")
    elif c == "br":
        d.w("CPF ", L("BR_CPF", cpf(rng, fmt=rng.random() < 0.7)), "\n")
    elif c == "in":
        d.w("Aadhaar ", L("IN_AADHAAR", aadhaar(rng)), "   PAN: not collected\n")
    elif c == "sg":
        d.w("NRIC ", L("SG_NRIC", nric(rng, rng.choice("ST"))), "\n")
    else:
        d.w("PhilSys Card Number (PCN) — not collected\n")
    d.w("US Social Security Number: ", L("US_SSN", ssn(rng)) if i % 2 == 0 else "applied for, receipt pending", "\n\n",
        "Home-country bank for stipend repatriation\n")
    if c == "gb":
        d.w("  Sort code / account: ", L("UK_BANK_ACCOUNT", f"{uk_sort_code(rng)} {digits(rng, 8)}"), "\n")
    elif c in ("es", "fr", "de", "it"):
        cc = {"es": "ES", "fr": "FR", "de": "DE", "it": "DE"}[c]
        d.w("  IBAN: ", L("IBAN", iban(rng, cc)), "   BIC: ", rng.choice(["CAIXESBBXXX", "BNPAFRPPXXX", "COBADEFFXXX"]), "\n")
    else:
        d.w("  (none — paid via US payroll direct deposit only)\n")
    d.w("US address: ", L("ADDRESS", us_addr(rng).one()), "\n",
        "Mobile (US): ", L("PHONE", us_phone(rng)), "   Email: ", L("EMAIL", email_for(rng, t)), "\n",
        "Emergency contact abroad: ", L("PERSON", intl_person(rng, c).full), "  ",
        L("PHONE", {"es": "+34 6" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3), "fr": "+33 6 " + " ".join(digits(rng, 2) for _ in range(4)),
                    "de": "+49 171 " + digits(rng, 7), "it": "+39 347 " + digits(rng, 7), "gb": "+44 7700 " + digits(rng, 6),
                    "ca": "+1 514 " + digits(rng, 3) + " " + digits(rng, 4), "br": "+55 11 9" + digits(rng, 4) + "-" + digits(rng, 4),
                    "sg": "+65 9" + digits(rng, 3) + " " + digits(rng, 4)}.get(c) or intl_phone(rng, c)), "\n")
    return d


@tpl(2)
def f_med_authorization(rng, i):
    d = Doc("form")
    kid, g1, _ = family(rng)
    dob, grade = student_dob(rng)
    cond, med = pick_condition(rng)
    doc_ = staff(rng)
    d.w("AUTHORIZATION FOR MEDICATION ADMINISTRATION AT SCHOOL\n(To be completed by licensed prescriber and parent/guardian. One form per medication.)\n\n",
        "Student: ", P_(kid), "        DOB: ", L("DATE_OF_BIRTH", fdate(dob, "us_short")), "\n",
        "School: ", rng.choice(SCHOOLS), "    Grade: ", GRADES[grade + 1], "    Teacher: ", L("PERSON", "Ms. " and staff(rng).family), "\n\n",
        "PRESCRIBER SECTION\nDiagnosis / condition: ", L("DIAGNOSIS", cond), "\n",
        "Medication: ", L("MEDICATION", med), "   Dose: ", rng.choice(["0.15 mg", "2 puffs", "10 mg", "per sliding scale", "1 tab"]),
        "   Route: ", rng.choice(["PO", "inhaled", "IM (thigh)", "SC"]), "\n",
        "Time(s): ", rng.choice(["11:30 AM", "PRN", "before lunch", "PRN seizure > 5 min"]), "\n",
        "Self-carry approved: ", yn(rng), "   Possible side effects: ", rng.choice(["drowsiness", "decreased appetite", "tremor, tachycardia", "none expected"]), "\n",
        "Prescriber: Dr. ", L("PERSON", doc_.full), ", ", rng.choice(["MD", "DO", "CNP"]), "   NPI: ", "1" + digits(rng, 9), "\n",
        "Office phone: ", L("PHONE", us_phone(rng)), "   Fax: ", L("PHONE", us_phone(rng)), "\n\n",
        "PARENT/GUARDIAN SECTION\nI request that school personnel administer the above medication to my child.\n",
        "Signature: ", P_(g1), " (signed electronically)   Phone: ", L("PHONE", us_phone(rng)), "\n",
        "Pharmacy label verified by RN: ", L("PERSON", staff(rng).full), "   Count received: ", rng.randint(10, 60), "\n")
    return d


@tpl(2)
def f_blank(rng, i):
    d = Doc("form")
    if i == 0:
        d.w("STUDENT EMERGENCY CARD (blank — print double-sided)\n\n",
            "Student Name: ____________________   Student ID: __________\n",
            "Date Of Birth: ___/___/______   Grade: ____   Homeroom: ____\n",
            "Home Address: ______________________________________\n",
            "Parent/Guardian Name: ____________________  Cell Phone: (___) ___-____\n",
            "Email Address: ______________@______________\n",
            "Medical Conditions / Allergies: ______________________\n",
            "Medications Taken At School: ______________________\n",
            "Physician Name: ____________________  Health Insurance / Medicaid ID: ____________\n",
            "Example: Student Name: Jane Doe   Date Of Birth: 01/01/2015   Student ID: 0000000\n",
            "Return to the front office at Lincoln Elementary by ", rng.choice(HOLIDAYS), ".\n")
    else:
        d.w("Staff Onboarding Checklist — Template v3.2.1.45 (do not fill in this copy)\n",
            "[ ] Full Legal Name\n[ ] Social Security Number (XXX-XX-XXXX)\n[ ] Driver License Number And Issuing State\n",
            "[ ] Passport Number (if used for I-9 List A)\n[ ] Date Of Birth\n[ ] Direct Deposit: Routing Number / Account Number\n",
            "[ ] Emergency Contact Name And Phone\n[ ] TB Test Result (required by Board Policy 4112.42)\n",
            "Sample entry from training deck: FIRSTNAME LASTNAME, SSN 123-45-XXXX, DL X000-0000-0000.\n",
            "Questions: HR Service Desk ext. 4410, Room B-114, Wilbur Wright Career Center.\n")
    return d


@tpl(2)
def f_fee_payment(rng, i):
    d = Doc("form")
    kid, g1, _ = family(rng)
    a = us_addr(rng)
    d.w("Field Trip Permission & Payment — ", rng.choice(["Grade 5 Overnight to Camp Kern", "AP Biology to the Field Museum",
                                                        "Orchestra trip to Cincinnati Music Hall"]), "\n",
        "Trip code: FT-25-", digits(rng, 3), "   Cost: $", rng.randint(15, 240), ".00   Vendor: ", rng.choice(COMPANIES), "\n\n",
        "Student name: ", P_(kid), "   Homeroom: ", rng.randint(100, 330), "\n",
        "My child has the following medical needs on the trip: ")
    if i == 0:
        c, m = pick_condition(rng)
        d.w(L("DIAGNOSIS", c), "; please pack ", L("MEDICATION", m), ".\n")
    else:
        d.w("none\n")
    d.w("Parent/guardian: ", P_(g1), "   Cell: ", L("PHONE", us_phone(rng)), "\n\n",
        "PAYMENT (card payments are processed by the district's payment vendor)\n",
        "Cardholder name: ", P_(g1, g1.full.upper()), "\n",
        "Card number: ", L("CREDIT_CARD", card(rng)), "   Exp: ", "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)),
        "   CVV: ***\n",
        "Billing address: ", L("ADDRESS", a.one()), "\n",
        "Previously declined card on file: ", (bad_card(rng) + " (invalid number — re-entered above)") if i == 0 else masked_card(rng), "\n",
        "Receipt # ", digits(rng, 10), "\n")
    return d


@tpl(2)
def f_504_plan(rng, i):
    d = Doc("form")
    kid, g1, _ = family(rng)
    dob, grade = student_dob(rng)
    cond, med = pick_condition(rng)
    d.w("SECTION 504 ACCOMMODATION PLAN\n",
        "Student: ", P_(kid), "   Student ID: ", student_id(rng), "   DOB: ", L("DATE_OF_BIRTH", fdate(dob, "iso")), "\n",
        "School: ", rng.choice(SCHOOLS), "   Grade: ", GRADES[grade + 1], "   504 Coordinator: ", L("PERSON", staff(rng).full), "\n",
        "Meeting date: ", fdate(rdate(rng, 2025, 2025), "us"), "   Review date: ", fdate(rdate(rng, 2026, 2026), "us"), "\n\n",
        "1. Describe the physical or mental impairment: ", L("DIAGNOSIS", cond), " (documented by ", rng.choice(["pediatrician", "neurologist", "licensed psychologist"]), ").\n",
        "2. Major life activities affected: learning, concentrating", ", eating" if "diabetes" in cond else "", ".\n",
        "3. Medication at school: ", L("MEDICATION", med), " — see nurse's Individualized Health Plan.\n",
        "4. Accommodations:\n   - Extended time (1.5x) on tests, including state assessments (OST scores: ELA 712, Math 698)\n",
        "   - Preferential seating; access to water and restroom\n   - Breaks as needed; nurse pass\n",
        "5. Ruled out at evaluation: specific learning disability (not eligible for IEP — scores within average range).\n\n",
        "Participants: ", P_(g1), " (parent), ", L("PERSON", staff(rng).full), " (teacher), ",
        L("PERSON", staff(rng).full), " (school nurse)\n")
    return d


# ----------------------------------------------------------------------------- clinical
@tpl(3)
def cn_nurse_visit(rng, i):
    d = Doc("clinical_note")
    kid, g1, _ = family(rng)
    dob, grade = student_dob(rng)
    nurse = staff(rng)
    cond, med = pick_condition(rng)
    d.w("SCHOOL HEALTH OFFICE — VISIT NOTE\n", rng.choice(SCHOOLS), " | Health Office Rm ", rng.randint(100, 140), "\n",
        "Student: ", L("PERSON", kid.last_first()), "  (", GRADES[grade + 1], ")  DOB ", L("DATE_OF_BIRTH", fdate(dob, "us")), "\n",
        "Time in: ", "%02d:%02d" % (rng.randint(8, 14), rng.randint(0, 59)), "   Sent by: ", L("PERSON", staff(rng).family), " (teacher)\n\n")
    if i == 0:
        d.w("S: Student reports \"my chest feels tight\" after PE. Known history of ", L("DIAGNOSIS", cond), ".\n",
            "O: RR 24, SpO2 95% RA, expiratory wheeze bilaterally. Peak flow 210 (personal best 300).\n",
            "A: Symptoms consistent with known condition. No signs of anaphylaxis; no hives.\n",
            "P: ", L("MEDICATION", med), " given per standing order / IHP. Recheck 15 min: SpO2 98%, peak flow 270. Returned to class.\n")
    elif i == 1:
        d.w("Chief complaint: headache, nausea after collision during recess (head hit a pole).\n",
            "Assessment: alert, oriented x3, pupils equal and reactive. Concussion ruled out per SCAT5 screen — no red flags. \n",
            "Hx: ", L("DIAGNOSIS", cond), "; takes ", L("MEDICATION", med), " at home (per emergency card).\n",
            "Plan: ice pack, rest 20 min, parent notified: ", P_(g1), " at ", L("PHONE", us_phone(rng)), ". Released to class.\n",
            "Note: student joked he has \"a total migraine from fractions\" — no further complaint.\n")
    else:
        d.w("Reason: scheduled blood glucose check before lunch.\n",
            "BG 62 mg/dL — below target. 15 g fast-acting carbohydrate given; recheck 112 mg/dL.\n",
            "Dx on IHP: ", L("DIAGNOSIS", "type 1 diabetes mellitus"), ". Pump: Omnipod 5 (bolus ", L("MEDICATION", "insulin lispro"), ").\n",
            "Family reports sibling was recently tested for celiac disease at Children's — not applicable to this student.\n",
            "Parent ", P_(g1), " texted via TalkingPoints in ", LANGS[kid.origin], ".\n")
    d.w("RN: ", L("PERSON", nurse.full), ", BSN, RN   Licence no. ", "RN.", digits(rng, 6), "\n")
    return d


@tpl(2)
def ds_hospital_return(rng, i):
    d = Doc("discharge_summary")
    kid, g1, _ = family(rng)
    dob, grade = student_dob(rng)
    cond, med = pick_condition(rng)
    cond2, med2 = pick_condition(rng)
    hosp = rng.choice(["Dayton Children's Hospital", "Cincinnati Children's Hospital Medical Center", "Hennepin Healthcare", "Texas Children's Hospital"])
    a = us_addr(rng)
    d.w(hosp.upper(), "\nDISCHARGE SUMMARY — copy released to school nurse with signed FERPA/HIPAA authorization\n\n",
        "Patient: ", L("PERSON", kid.last_first()), "     MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(rng)), "     CSN: ", digits(rng, 10), "\n",
        "DOB: ", L("DATE_OF_BIRTH", fdate(dob, "us")), "     Sex: ", "F" if kid.female else "M", "\n",
        "Address: ", L("ADDRESS", a.two()), "\n",
        "Insurance: ", rng.choice(["CareSource Ohio Medicaid", "UnitedHealthcare Community Plan", "Buckeye Health Plan", "Molina Healthcare"]),
        "  Member ID: ", L("HEALTH_PLAN_ID", health_plan_id(rng)), "  Group: ", "GRP", digits(rng, 5), "\n",
        "Admit: ", fdate(rdate(rng, 2025, 2025), "us"), "   Discharge: ", fdate(rdate(rng, 2025, 2025), "us"), "\n",
        "Attending: ", L("PERSON", staff(rng).full), ", MD\n\n",
        "PRINCIPAL DIAGNOSIS: ", L("DIAGNOSIS", cond), "\n",
        "SECONDARY: ", L("DIAGNOSIS", cond2) if cond2 != cond else "none", "\n",
        "Pertinent negatives: no evidence of diabetic ketoacidosis; lumbar puncture not performed; COVID-19 PCR negative.\n\n",
        "HOSPITAL COURSE: ", kid.first if False else "", "Patient admitted from ED. Started on ", L("MEDICATION", med),
        " with improvement. Social work consulted re: school re-entry; family recently arrived from ", COUNTRY[kid.origin], ".\n\n",
        "DISCHARGE MEDICATIONS:\n  1. ", L("MEDICATION", med), " — continue\n  2. ", L("MEDICATION", med2), " — new\n\n",
        "SCHOOL INSTRUCTIONS: may return ", fdate(rdate(rng, 2025, 2025), "long"), ". Elevator pass x2 weeks. No PE until cleared.\n",
        "Guardian: ", P_(g1), "  ", L("PHONE", us_phone(rng)), "\n")
    return d


@tpl(2)
def lab_newcomer_screen(rng, i):
    d = Doc("lab_report")
    kid, g1, _ = family(rng, rng.choice(["so", "et", "er", "cd", "af", "sy", "iq", "ye", "np", "bt", "mm", "gt", "hn"]))
    dob, _ = student_dob(rng)
    d.w("REFUGEE HEALTH SCREENING — LABORATORY RESULTS (forwarded to district nurse coordinator)\n",
        "Clinic: International Family Health Center   Accession: ", "A", digits(rng, 9), "\n",
        "Name: ", L("PERSON", kid.hl7().replace("^", ", ")), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(rng)), "\n",
        "DOB: ", L("DATE_OF_BIRTH", fdate(dob, "iso")), "   Country of origin: ", COUNTRY[kid.origin],
        "   Arrival: ", fdate(rdate(rng, 2024, 2025), "iso"), "\n",
        "Collected: ", ts(rng), "\n\n",
        "TEST                         RESULT        FLAG   REF RANGE\n",
        "QuantiFERON-TB Gold Plus      ", "POSITIVE" if i == 0 else "NEGATIVE", "      ", "A" if i == 0 else " ", "      NEGATIVE\n",
        "Hemoglobin                    ", "%.1f" % rng.uniform(9.1, 13.8), " g/dL             11.5-15.5\n",
        "Lead, blood (venous)          ", rng.randint(1, 14), " ug/dL                <3.5\n",
        "Hepatitis B surface antigen   ", "Nonreactive", "                  Nonreactive\n",
        "Strongyloides IgG             ", rng.choice(["Negative", "Equivocal"]), "\n",
        "Eosinophils, absolute         ", rng.randint(100, 1400), " /uL\n\n",
        "INTERPRETATION: ")
    if i == 0:
        d.w(L("DIAGNOSIS", "latent tuberculosis infection"), "; chest x-ray clear, active TB excluded. Start ",
            L("MEDICATION", "rifampin"), " daily x 4 months. May attend school — not contagious.\n")
    else:
        d.w("no active or latent TB. ", L("DIAGNOSIS", "iron-deficiency anemia"), " — start ", L("MEDICATION", "ferrous sulfate"),
            ". Lead level reported to state program per protocol.\n")
    d.w("Reviewed by: ", L("PERSON", staff(rng).full), ", MD   Interpreter: ", LANGS[kid.origin], " (phone, ID #", digits(rng, 5), ")\n")
    return d


@tpl(1)
def lab_immunization_cert(rng, i):
    d = Doc("lab_report")
    kid, g1, _ = family(rng)
    dob, _ = student_dob(rng, rng.randint(5, 11))
    d.w("CERTIFICATE OF IMMUNIZATION — State Immunization Information System printout\n",
        "Client: ", P_(kid), "   Client ID: ", digits(rng, 8), "   Birth date: ", L("DATE_OF_BIRTH", fdate(dob, "us")), "\n",
        "Parent/guardian: ", P_(g1), "\n\n", "VACCINE        DOSE 1      DOSE 2      DOSE 3      DOSE 4      DOSE 5\n")
    for v in ["DTaP/Tdap", "Polio (IPV)", "MMR", "Hep B", "Varicella", "MenACWY"]:
        d.w(v.ljust(15), "  ".join(fdate(rdate(rng, 2012, 2024), "us") for _ in range(rng.randint(1, 4))), "\n")
    d.w("\nExemption on file: ", rng.choice(["none", "Medical — contraindication documented by physician (see health file)"]), "\n",
        "Report OID ", oid(rng), "  printed by user NURSE", digits(rng, 3), "\n")
    return d


@tpl(3)
def hl7_sbhc(rng, i):
    d = Doc("hl7")
    kid, g1, _ = family(rng)
    dob, _ = student_dob(rng)
    a = us_addr(rng)
    sep = "\r" if i == 1 else "\n"
    t = ts(rng).replace("-", "").replace(":", "").replace("T", "")
    msgtype = ["ADT^A04^ADT_A01", "VXU^V04^VXU_V04", "ADT^A08^ADT_A01"][i]
    d.w("MSH|^~\\&|SBHC_EHR|RIVERMONT_SBHC|", "STATE_IIS" if i == 1 else "FQHC_MPI", "|OHDH|", t, "||", msgtype, "|MSG", digits(rng, 8),
        "|P|2.5.1", sep,
        "EVN|", msgtype[4:7], "|", t, sep,
        "PID|1||", L("MEDICAL_RECORD_NUMBER", mrn(rng)), "^^^SBHC^MR~", student_id(rng), "^^^RUSD^SID||",
        L("PERSON", kid.hl7()), "||", L("DATE_OF_BIRTH", fdate(dob, "hl7")), "|", "F" if kid.female else "M", "|||",
        L("ADDRESS", f"{strip_accents(a.street).upper()}^^{a.city.upper()}^{a.state}^{a.zip}"), "^USA^H||",
        L("PHONE", "^PRN^PH^^1^" + us_phone(rng, style=5)[:3] + "^" + digits(rng, 7))
        if False else L("PHONE", us_phone(rng, style=1)), "|||||||||", rng.choice(["H", "N", "U"]), sep,
        "NK1|1|", L("PERSON", g1.hl7()), "|", rng.choice(["MTH^Mother^HL70063" if g1.female else "FTH^Father^HL70063", "GRD^Guardian^HL70063"]),
        "||", L("PHONE", us_phone(rng, style=1)), sep)
    if i == 1:
        for v in ["20^DTaP^CVX", "03^MMR^CVX", "21^varicella^CVX"]:
            d.w("ORC|RE||", digits(rng, 9), sep,
                "RXA|0|1|", fdate(rdate(rng, 2015, 2024), "hl7"), "||", v, "|0.5|mL^^UCUM||00^New record^NIP001|||||||",
                "LOT", digits(rng, 5), sep)
    else:
        cond, med = pick_condition(rng)
        d.w("PV1|1|O|SBHC^EXAM2^^RIVERMONT||||", digits(rng, 10), "^", L("PERSON", staff(rng).hl7()), "|||||||||||V", digits(rng, 8), sep,
            "DG1|1||", ICD.get(cond, "R69"), "^", L("DIAGNOSIS", cond), "^I10|||W", sep,
            "IN1|1|", rng.choice(["MCD01", "CHIP2"]), "|", digits(rng, 5), "|", rng.choice(["OHIO MEDICAID", "CARESOURCE", "MOLINA HEALTHCARE"]),
            "|||||||||||", L("PERSON", g1.hl7()), "|", rng.choice(["01", "19"]), "|", L("DATE_OF_BIRTH", fdate(adult_dob(rng), "hl7")),
            "||||||||||||||||", L("HEALTH_PLAN_ID", health_plan_id(rng)), sep)
        if i == 2:
            d.w("RXE|^^^", fdate(rdate(rng, 2025, 2025), "hl7"), "|", "RX", digits(rng, 6), "^", L("MEDICATION", med), "^LOCAL|", sep)
    return d


@tpl(3)
def fhir_bundle(rng, i):
    d = Doc("fhir_json")
    if i == 2:
        d.json({"resourceType": "ValueSet", "id": "school-health-conditions", "url": "http://example.org/fhir/ValueSet/school-health-conditions",
                "version": "4.0.1.20250", "name": "SchoolHealthConditions", "status": "active",
                "description": "Conditions that may require an Individualized Health Plan (asthma, type 1 diabetes, epilepsy, anaphylaxis).",
                "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "concept": [
                    {"code": "J45.909", "display": "Unspecified asthma, uncomplicated"},
                    {"code": "E10.9", "display": "Type 1 diabetes mellitus without complications"},
                    {"code": "G40.909", "display": "Epilepsy, unspecified"},
                    {"code": "T78.01XA", "display": "Anaphylactic reaction due to peanuts"}]}]},
                "publisher": "Rivermont USD Health Services", "contact": [{"telecom": [{"system": "url", "value": "http://example.org/health"}]}]})
        d.t("\n")
        return d
    kid, g1, _ = family(rng)
    dob, _ = student_dob(rng)
    cond, med = pick_condition(rng)
    a = us_addr(rng)
    pid = "pat-" + digits(rng, 6)
    given = kid.given.split() if kid.family else kid.given.split()[:-1] or [kid.given]
    fam = kid.family or kid.given.split()[-1]
    entries = [
        {"resource": {"resourceType": "Patient", "id": pid,
                      "identifier": [{"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:" + oid(rng), "value": L("MEDICAL_RECORD_NUMBER", mrn(rng))},
                                     {"system": "https://rivermontusd.org/sis", "value": student_id(rng)}],
                      "name": [{"family": L("PERSON", fam), "given": [L("PERSON", " ".join(given))]}],
                      "birthDate": L("DATE_OF_BIRTH", fdate(dob, "iso")),
                      "address": [{"line": [L("ADDRESS", a.street)], "city": a.city, "state": a.state, "postalCode": a.zip}],
                      "contact": [{"name": {"text": L("PERSON", g1.full)}, "telecom": [{"system": "phone", "value": L("PHONE", us_phone(rng))}]}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                      "verificationStatus": {"coding": [{"code": "confirmed"}]},
                      "code": {"text": L("DIAGNOSIS", cond)}, "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                      "code": {"text": "Pertussis"}, "note": [{"text": "Household contact; PCR negative, refuted."}],
                      "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active",
                      "medicationCodeableConcept": {"text": L("MEDICATION", med)}, "subject": {"reference": "Patient/" + pid},
                      "dosage": [{"text": "as directed; may be given by school nurse"}]}},
        {"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"text": "MMR"},
                      "occurrenceDateTime": fdate(rdate(rng, 2016, 2020), "iso"), "patient": {"reference": "Patient/" + pid},
                      "lotNumber": "X" + digits(rng, 5)}},
    ]
    if i == 0:
        entries.append({"resource": {"resourceType": "Coverage", "status": "active",
                                     "subscriberId": L("HEALTH_PLAN_ID", health_plan_id(rng)),
                                     "payor": [{"display": rng.choice(["Ohio Medicaid", "CHIP — Healthy Start", "Anthem Blue Cross"])}],
                                     "beneficiary": {"reference": "Patient/" + pid}}})
    d.json({"resourceType": "Bundle", "type": "collection", "timestamp": ts(rng) + "Z", "entry": entries})
    d.t("\n")
    return d


@tpl(3)
def cn_counsellor(rng, i):
    d = Doc("clinical_note")
    kid, g1, _ = family(rng)
    c = staff(rng)
    d.w("CONFIDENTIAL COUNSELING NOTE — not part of the educational record (sole possession)\n",
        "Student: ", P_(kid), "   Grade ", rng.randint(6, 12), "   Session #", rng.randint(2, 14), "   ", fdate(rdate(rng, 2025, 2025), "long"), "\n\n")
    if i == 0:
        d.w("Student referred by teacher after writing about \"not wanting to be here\". C-SSRS screen completed: passive ideation, no plan, no intent. ",
            "Outside therapist (", L("PERSON", staff(rng).full), ", LPCC) diagnosed ", L("DIAGNOSIS", "major depressive disorder"),
            " in August; student started ", L("MEDICATION", "fluoxetine"), " 3 weeks ago. Safety plan reviewed; mother ", P_(g1),
            " notified by phone (", L("PHONE", us_phone(rng)), ") at 2:40 pm.\n",
            "Student says the school's \"Great Depression\" unit in US History \"hit different\" — discussed.\n")
    elif i == 1:
        d.w("Newcomer student, arrived from ", COUNTRY[kid.origin], " ", rng.randint(3, 18), " months ago. Reports nightmares, startle, avoids the cafeteria noise. ",
            "Refugee clinic letter lists ", L("DIAGNOSIS", "post-traumatic stress disorder"), "; no medication. ",
            "Uncle ", L("PERSON", person(rng, kid.origin).full), " is the caregiver (kinship), parents remain in ", COUNTRY[kid.origin], ".\n",
            "Not depressed per PHQ-A (score 6). Plan: weekly check-ins, referral to Catholic Charities trauma group.\n")
    else:
        d.w("Group session (grade 8 girls, friendship skills) — ", rng.randint(4, 7), " students attended. Discussed anxiety as a normal emotion vs. an anxiety disorder; ",
            "no individual concerns disclosed. Next session after ", rng.choice(HOLIDAYS), ".\n",
            "Attendees: ", P_(kid), ", ", P_(person(rng)), ", ", P_(person(rng)), "\n")
    d.w("— ", L("PERSON", c.full), ", Professional School Counselor, ", L("EMAIL", staff_email(c)), "\n")
    return d


# ----------------------------------------------------------------------------- structured
@tpl(3)
def csv_enrolment_export(rng, i):
    d = Doc("csv")
    if i == 2:
        d.row(["school_code", "school_name", "grade", "enrolled", "ell_count", "iep_count", "frl_pct", "report_version"])
        for s in rng.sample(SCHOOLS, 6):
            d.row([digits(rng, 4), s, rng.choice(GRADES), rng.randint(40, 420), rng.randint(3, 90), rng.randint(2, 60),
                   "%.1f" % rng.uniform(20, 95), version_ip_like(rng)])
        return d
    hdr = ["student_id", "last_name", "first_name", "birthdate", "grade", "gender", "home_language", "country_of_birth",
           "street", "city", "state", "zip", "guardian_name", "guardian_phone", "ell_status"]
    d.row(hdr)
    for _ in range(rng.randint(4, 7)):
        kid, g1, _ = family(rng)
        dob, grade = student_dob(rng)
        a = us_addr(rng)
        d.row([student_id(rng), L("PERSON", kid.family or kid.given), L("PERSON", kid.given) if kid.family else "",
               L("DATE_OF_BIRTH", fdate(dob, "iso" if i == 0 else "us")), GRADES[grade + 1], "F" if kid.female else "M",
               LANGS[kid.origin], COUNTRY[kid.origin], L("ADDRESS", a.street), a.city, a.state, a.zip, L("PERSON", g1.full),
               L("PHONE", us_phone(rng)), rng.choice(["EL", "RFEP", "EO", "IFEP"])])
    return d


@tpl(2)
def tsv_attendance(rng, i):
    d = Doc("tsv")
    if i == 1:
        d.row(["date", "school", "period", "present", "absent_excused", "absent_unexcused", "tardy", "adm"], "\t")
        for _ in range(8):
            d.row([fdate(rdate(rng, 2025, 2025), "iso"), rng.choice(SCHOOLS), rng.randint(1, 7), rng.randint(200, 900),
                   rng.randint(2, 40), rng.randint(0, 30), rng.randint(0, 25), "%.3f" % rng.uniform(0.85, 0.98)], "\t")
        return d
    d.row(["StudentNumber", "StudentName", "Grade", "Date", "Period", "Code", "Room", "Teacher", "Comment"], "\t")
    day = fdate(rdate(rng, 2025, 2025), "us")
    for _ in range(rng.randint(5, 8)):
        kid = person(rng, rng.choice(FAMILY_ORIGINS))
        t = staff(rng)
        code = rng.choice(["A", "T", "E", "U", "ISS", "OSS"])
        comment = rng.choice(["", "parent called", "bus 14 late", "doctor appt", "court date", "no contact — truancy letter 2"])
        if code == "E" and rng.random() < 0.6:
            comment = M("medical — ", L("DIAGNOSIS", rng.choice(["asthma flare", "sickle cell pain crisis", "migraine"])))
        d.row([student_id(rng), L("PERSON", kid.last_first()), rng.choice(GRADES), day, rng.randint(1, 7), code,
               rng.choice(["A", "B", "C", ""]) + str(rng.randint(101, 260)), L("PERSON", t.family), comment], "\t")
    return d


@tpl(2)
def csv_gradebook(rng, i):
    d = Doc("csv")
    course = rng.choice(COURSES)
    if i == 1:
        d.write = None
        d.row(["course", "section", "assignment", "points_possible", "mean", "median", "stdev", "n"])
        for a in ["Unit 1 Test", "Lab: Osmosis", "Essay — The Crucible", "Quiz 4.2", "MAP Growth RIT (fall)"]:
            d.row([course, "0" + str(rng.randint(1, 9)), a, rng.choice([20, 50, 100]), "%.1f" % rng.uniform(50, 95),
                   rng.randint(50, 95), "%.2f" % rng.uniform(5, 20), rng.randint(18, 34)])
        return d
    d.row(["SIS ID", "Student", "Email", "Section", "Unit 3 Test (100)", "Lab Avg (%)", "Current Grade", "Missing"])
    for _ in range(rng.randint(5, 8)):
        kid = person(rng, rng.choice(FAMILY_ORIGINS))
        d.row([student_id(rng), L("PERSON", f"{kid.family}, {kid.given}" if kid.family else kid.given),
               L("EMAIL", student_email(rng, kid)), course.split()[0] + "-0" + str(rng.randint(1, 6)),
               rng.randint(38, 100), "%.1f" % rng.uniform(40, 100), rng.choice(["A", "A-", "B+", "B", "C", "D", "F", "I"]), rng.randint(0, 9)])
    return d


@tpl(2)
def csv_transport_roster(rng, i):
    d = Doc("csv")
    bus = rng.randint(2, 96)
    d.row(["route", "bus", "stop_seq", "stop_time", "stop_location", "student_id", "student", "grade",
           "pickup_address", "guardian", "guardian_cell", "alt_dropoff_authorized", "notes"])
    for k in range(rng.randint(5, 8)):
        kid, g1, g2 = family(rng)
        a = us_addr(rng)
        note = rng.choice(["", "", "wheelchair lift", "Do not release to father — court order", "monitor needed (IEP)",
                           M("carries ", L("MEDICATION", "EpiPen"), " — ", L("DIAGNOSIS", "tree-nut allergy"))])
        d.row([f"R{bus:02d}{rng.choice('AP')}", bus, k + 1, "%d:%02d" % (rng.randint(6, 7), rng.randint(0, 59)),
               rng.choice(["Maple & 5th", "Dollar General lot", "Sunset Mobile Home Park entrance", "Calle Sol cul-de-sac", "Oak Ridge Apts bldg C"]),
               student_id(rng), L("PERSON", kid.full), rng.choice(GRADES), L("ADDRESS", a.one() if i == 0 else a.street),
               L("PERSON", g1.full), L("PHONE", us_phone(rng)), L("PERSON", g2.full) if rng.random() < 0.5 else "", note])
    return d


@tpl(2)
def json_oneroster(rng, i):
    d = Doc("json")
    users = []
    for _ in range(rng.randint(2, 4)):
        kid, g1, _ = family(rng)
        dob, grade = student_dob(rng)
        users.append({"sourcedId": "u-" + digits(rng, 8), "status": "active", "dateLastModified": ts(rng) + ".000Z",
                      "enabledUser": True, "role": "student", "username": L("EMAIL", student_email(rng, kid)),
                      "givenName": L("PERSON", kid.given), "familyName": L("PERSON", kid.family) if kid.family else "",
                      "identifier": student_id(rng), "grades": [GRADES[grade + 1]],
                      "demographics": {"birthDate": L("DATE_OF_BIRTH", fdate(dob, "iso")), "sex": "female" if kid.female else "male",
                                       "countryOfBirthCode": kid.origin.upper(), "hispanicOrLatinoEthnicity": kid.origin in ("mx", "gt", "hn", "sv", "co", "ve", "cu", "pr")},
                      "agents": [{"sourcedId": "p-" + digits(rng, 8), "type": "user", "name": L("PERSON", g1.full),
                                  "email": L("EMAIL", email_for(rng, g1)), "phone": L("PHONE", us_phone(rng, style=3))}],
                      "metadata": {"rusd.homeroom": "Rm " + str(rng.randint(100, 240)), "rusd.busNumber": str(rng.randint(1, 90)),
                                   "rusd.mapRitMath": rng.randint(150, 260)}})
    d.json({"users": users, "pagination": {"offset": 0, "limit": 100, "total": len(users)}, "apiVersion": "1.1.0.3"}, indent=2 if i == 0 else None)
    d.t("\n")
    return d


@tpl(3)
def ndjson_lms_events(rng, i):
    d = Doc("ndjson")
    for k in range(rng.randint(5, 8)):
        kid = person(rng, rng.choice(FAMILY_ORIGINS))
        ev = {"ts": ts(rng) + "Z", "event": rng.choice(["assignment.submitted", "quiz.started", "login", "discussion.posted", "file.viewed"]),
              "course": rng.choice(COURSES).split()[0], "app_version": version_ip_like(rng)}
        if i == 2:
            ev.update({"actor": "anon:" + "".join(rng.choice("0123456789abcdef") for _ in range(16)), "ip": "[redacted]",
                       "device": "CB-" + digits(rng, 5)})
        else:
            ev.update({"actor": L("EMAIL", student_email(rng, kid)), "actor_name": L("PERSON", kid.full),
                       "ip": L("IP_ADDRESS", ip4(rng)), "ua": "Mozilla/5.0 (X11; CrOS x86_64 15699.85.0) Chrome/121.0.6167.209"})
            if ev["event"] == "discussion.posted" and i == 0:
                ev["body"] = M("my mom ", L("PERSON", person(rng, kid.origin).given), " says I can't come on the trip bc of my ",
                               L("DIAGNOSIS", "seizures"), " lol")
        d.json(ev, indent=None)
        d.t("\n")
    return d


@tpl(3)
def yaml_staff_hr(rng, i):
    d = Doc("yaml")
    if i == 2:
        d.w("# sis-sync service config — no personal data\nservice: oneroster-sync\nversion: 3.14.2.1187\n",
            "schedule: \"0 2 * * *\"\nsource:\n  host: sis.internal.rivermontusd.org\n  port: 443\n  oid_root: ", oid(rng), "\n",
            "targets:\n  - name: canvas\n    base_url: https://rivermont.instructure.com\n  - name: clever\n",
            "fields_excluded: [ssn, birthDate, homeAddress]\nalert_email: \"it-alerts at rivermontusd dot org\"\n")
        return d
    e = staff(rng)
    dob = adult_dob(rng)
    a = us_addr(rng)
    st, lic = dl(rng)
    d.w("# HR export — employee record (Munis sync)\nemployee:\n  id: E", digits(rng, 6), "\n",
        "  legal_name:\n    first: ", L("PERSON", e.given), "\n    last: ", L("PERSON", e.family), "\n",
        "  preferred_name: ", L("PERSON", e.first), "\n",
        "  dob: ", L("DATE_OF_BIRTH", fdate(dob, "iso")), "\n",
        "  ssn: \"", L("US_SSN", ssn(rng)), "\"\n",
        "  home_address: |\n    ", L("ADDRESS", a.two("\n    ")), "\n",
        "  personal_email: ", L("EMAIL", email_for(rng, e)), "\n",
        "  work_email: ", L("EMAIL", staff_email(e)), "\n",
        "  mobile: \"", L("PHONE", us_phone(rng)), "\"\n",
        "  position: ", rng.choice(["Bus Driver", "ELL Teacher", "Custodian II", "Speech-Language Pathologist"]), "\n",
        "  building: ", rng.choice(SCHOOLS), "\n",
        "  licensure:\n    educator_license: \"", "OH-", digits(rng, 7), "\"   # ODE credential, not a driver licence\n",
        "    cdl:\n      state: ", st, "\n      number: \"", L("DRIVER_LICENSE", lic), "\"\n      endorsements: [P, S]\n",
        "  benefits:\n    plan: ", rng.choice(["Anthem PPO", "Medical Mutual HMO", "Aetna HDHP"]), "\n",
        "    member_id: ", L("HEALTH_PLAN_ID", health_plan_id(rng)), "   # health insurance subscriber id\n",
        "    group_number: G", digits(rng, 6), "\n",
        "  accommodations: ")
    if i == 0:
        d.w("\"ADA: ", L("DIAGNOSIS", rng.choice(["multiple sclerosis", "type 2 diabetes mellitus", "rheumatoid arthritis"])), " — flexible start time\"\n")
    else:
        d.w("none\n")
    return d


@tpl(2)
def csv_payroll(rng, i):
    d = Doc("csv")
    d.row(["EmpID", "Name", "SSN", "PayGroup", "Gross", "FIT", "STRS", "Net", "DD_Routing", "DD_Acct_Last4", "Check"])
    for _ in range(rng.randint(4, 7)):
        e = staff(rng)
        d.row(["E" + digits(rng, 6), L("PERSON", f"{e.family.upper()}, {e.given.upper()}"),
               L("US_SSN", ssn(rng)) if i == 0 else masked_ssn(rng), rng.choice(["CERT-24", "CLSF-26", "SUB"]),
               "%.2f" % rng.uniform(800, 4200), "%.2f" % rng.uniform(50, 600), "%.2f" % rng.uniform(100, 600),
               "%.2f" % rng.uniform(600, 3200), "0" + digits(rng, 8), "****" + digits(rng, 4), digits(rng, 6)])
    return d


@tpl(2)
def json_vendor_contract(rng, i):
    d = Doc("json")
    rep = intl_person(rng, rng.choice(["de", "es", "gb", "fr"])) if i == 0 else staff(rng)
    company = rng.choice(COMPANIES)
    obj = {"contractId": "PO-2025-" + digits(rng, 5), "vendor": {"name": company, "taxId": "XX-XXX" + digits(rng, 4),
           "contact": {"name": L("PERSON", rep.full), "email": L("EMAIL", email_for(rng, rep, "vendor-mail.example.com")),
                       "phone": L("PHONE", "+49 30 " + digits(rng, 8) if i == 0 else us_phone(rng))}},
           "description": rng.choice(["Translation/interpretation services (Somali, Dari, Haitian Creole)", "Student transportation — special routes",
                                     "Curriculum licences: Heinz 'Healthy Bodies' unit on diabetes and asthma"]),
           "amount": {"value": rng.randint(5000, 240000), "currency": "USD"},
           "approvedBy": L("PERSON", staff(rng).full), "boardResolution": "R-25-" + digits(rng, 3)}
    if i == 0:
        obj["payment"] = {"method": "international wire", "iban": L("IBAN", iban(rng, rng.choice(["DE", "ES", "NL", "FR"]))),
                          "bic": "DEUTDEFFXXX", "rejectedIban": bad_iban(rng)}
    else:
        obj["payment"] = {"method": "ACH", "routing": "0" + digits(rng, 8), "account": "on file (masked) ****" + digits(rng, 4)}
    d.json(obj)
    d.t("\n")
    return d


@tpl(2)
def tsv_immunization_compliance(rng, i):
    d = Doc("tsv")
    d.row(["student_id", "last", "first", "dob", "grade", "MMR_doses", "Tdap", "MenACWY", "status", "exemption", "nurse_note"], "\t")
    for _ in range(rng.randint(4, 7)):
        kid = person(rng, rng.choice(FAMILY_ORIGINS))
        dob, g = student_dob(rng, rng.choice([0, 6, 11]))
        ex = rng.choice(["", "", "religious", "medical"])
        note = ""
        if ex == "medical":
            note = M(L("DIAGNOSIS", rng.choice(["acute lymphoblastic leukemia", "primary immunodeficiency", "juvenile dermatomyositis"])),
                     " — on ", L("MEDICATION", rng.choice(["methotrexate", "prednisone", "IVIG"])))
        d.row([student_id(rng), L("PERSON", kid.family or kid.given), L("PERSON", kid.given) if kid.family else "",
               L("DATE_OF_BIRTH", fdate(dob, "us")), GRADES[g + 1], rng.randint(0, 2), rng.choice(["Y", "N"]), rng.choice(["Y", "N", "n/a"]),
               rng.choice(["compliant", "conditional", "excluded 10/15"]), ex, note], "\t")
    return d


@tpl(2)
def csv_device_inventory(rng, i):
    d = Doc("csv")
    d.row(["asset_tag", "serial", "model", "os_version", "mac", "cart", "room", "status", "last_checkin"])
    for _ in range(8):
        d.row(["RUSD-" + digits(rng, 6), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
               rng.choice(["Dell 3110", "Lenovo 100e G4", "HP G9 EE"]), version_ip_like(rng),
               ":".join("%02x" % rng.randint(0, 255) for _ in range(6)), "Cart " + str(rng.randint(1, 20)),
               "Rm " + str(rng.randint(100, 340)), rng.choice(["deployed", "repair", "lost", "spare"]), ts(rng)])
    return d


# ----------------------------------------------------------------------------- logs
@tpl(3)
def log_sso_auth(rng, i):
    d = Doc("log")
    for _ in range(rng.randint(6, 9)):
        who = person(rng, rng.choice(FAMILY_ORIGINS))
        is_staff = rng.random() < 0.4
        user = staff_email(who) if is_staff else student_email(rng, who)
        res = rng.choice(["SUCCESS", "SUCCESS", "FAILURE", "MFA_CHALLENGE"])
        if i == 2:
            d.w(ts(rng), "Z level=info svc=idp-proxy build=", version_ip_like(rng), " msg=\"health check ok\" upstream=127.0.0.1:8443 ",
                "peers=0.0.0.0 latency_ms=", rng.randint(2, 40), "\n")
            continue
        d.w(ts(rng), "Z level=", "warn" if res == "FAILURE" else "info", " svc=sso event=login result=", res,
            " user=", L("EMAIL", user), " src_ip=", L("IP_ADDRESS", ip4(rng) if rng.random() < 0.8 else ip6(rng)),
            " app=", rng.choice(["canvas", "powerschool", "google_workspace", "clever", "ixl"]),
            " device=CB-", digits(rng, 5), " session=", "".join(rng.choice("0123456789abcdef") for _ in range(12)), "\n")
    return d


@tpl(2)
def log_content_filter(rng, i):
    d = Doc("log")
    for _ in range(rng.randint(5, 8)):
        kid = person(rng, rng.choice(FAMILY_ORIGINS))
        cat = rng.choice(["Games", "Social Networking", "Self-Harm", "Weapons", "Proxy/Anonymizer", "Education"])
        act = "BLOCK" if cat != "Education" else "ALLOW"
        d.w("<134>", ts(rng), " filter01 webfilter[", rng.randint(1000, 9999), "]: action=", act, " category=\"", cat, "\" ",
            "user=\"", L("EMAIL", student_email(rng, kid)), "\" name=\"", L("PERSON", kid.full), "\" client=",
            L("IP_ADDRESS", ip4(rng, "priv10")), " url=", rng.choice(["coolmathgames.com/0-run-3", "discord.com/app",
                                                                 "google.com/search?q=how+to+tell+if+you+have+diabetes",
                                                                 "khanacademy.org/math", "unblocked-games.example.net"]), "\n")
        if cat == "Self-Harm":
            d.w("<131>", ts(rng), " filter01 alertd: ALERT sent to counselor ", L("EMAIL", staff_email(staff(rng))), " case=SH-", digits(rng, 5), "\n")
    return d


@tpl(2)
def log_sis_audit(rng, i):
    d = Doc("log")
    for _ in range(rng.randint(5, 7)):
        u = staff(rng)
        kid = person(rng, rng.choice(FAMILY_ORIGINS))
        act = rng.choice(["VIEW demographics", "UPDATE address", "VIEW health", "EXPORT roster", "UPDATE contacts"])
        d.w("[", ts(rng).replace("T", " "), "] AUDIT user=", L("EMAIL", staff_email(u)), " ip=", L("IP_ADDRESS", ip4(rng, "priv172")),
            " action=\"", act, "\" student=", student_id(rng), " (", L("PERSON", kid.last_first()), ")")
        if act == "UPDATE address":
            d.w(" old=\"", L("ADDRESS", us_addr(rng).one()), "\" new=\"", L("ADDRESS", us_addr(rng).one()), "\"")
        elif act == "UPDATE contacts":
            d.w(" field=guardian2.phone new=\"", L("PHONE", intl_phone(rng, kid.origin)), "\"")
        elif act == "VIEW health":
            d.w(" section=\"Health Conditions\" flagged=\"", L("DIAGNOSIS", rng.choice(["asthma", "epilepsy", "type 1 diabetes", "food allergy (shellfish)"])), "\"")
        d.w(" result=ok\n")
    return d


@tpl(2)
def log_visitor_mgmt(rng, i):
    d = Doc("log")
    d.w("# Visitor management — ID scan journal, ", rng.choice(SCHOOLS), "\n")
    for _ in range(rng.randint(4, 6)):
        v = person(rng, rng.choice(FAMILY_ORIGINS + ["us", "us"]))
        st, lic = dl(rng)
        dob = adult_dob(rng)
        d.w(ts(rng), " kiosk=FRONT-1 scan=", rng.choice(["AAMVA-PDF417", "MRZ"]), " name=\"", L("PERSON", v.full.upper()), "\" ")
        if rng.random() < 0.7:
            d.w("doc=DL issuer=", st, " (", STATE_NAMES[st], ") num=", L("DRIVER_LICENSE", lic), " dob=", L("DATE_OF_BIRTH", fdate(dob, "iso")))
        else:
            d.w("doc=PASSPORT issuer=", COUNTRY[v.origin], " num=", L("PASSPORT", passport_for(rng, v.origin)) if v.origin not in ("us", "pr")
                else L("US_PASSPORT", us_passport(rng)), " dob=", L("DATE_OF_BIRTH", fdate(dob, "iso")))
        d.w(" sex_offender_check=CLEAR purpose=\"", rng.choice(["pick up student", "volunteer — library", "IEP meeting", "lunch with child"]),
            "\" badge=V", digits(rng, 4), "\n")
    d.w(ts(rng), " kiosk=FRONT-1 scan=MANUAL name=\"TEST VISITOR\" doc=NONE note=\"daily kiosk self-test\"\n")
    return d


@tpl(3)
def log_app_nopii(rng, i):
    d = Doc("log")
    for _ in range(rng.randint(7, 10)):
        kind = rng.choice(["deploy", "sync", "gc", "cert", "oid", "bus"])
        if kind == "deploy":
            d.w(ts(rng), "Z INFO deploy: powerschool-plugin ", version_ip_like(rng), " -> ", version_ip_like(rng), " on node sis-app-0", rng.randint(1, 4), "\n")
        elif kind == "sync":
            d.w(ts(rng), "Z INFO oneroster: synced users=", rng.randint(1000, 40000), " classes=", rng.randint(100, 3000),
                " enrollments=", rng.randint(10000, 90000), " batch=", digits(rng, 10), " duration=", rng.randint(20, 900), "s\n")
        elif kind == "gc":
            d.w(ts(rng), "Z DEBUG jvm: GC pause ", rng.randint(3, 240), "ms heap=", rng.randint(400, 4000), "MB build 2025.", rng.randint(1, 12), ".", rng.randint(1, 28), ".", rng.randint(100, 999), "\n")
        elif kind == "cert":
            d.w(ts(rng), "Z WARN tls: certificate for sis.rivermontusd.org expires in ", rng.randint(3, 30), " days (serial ", ":".join("%02X" % rng.randint(0, 255) for _ in range(8)), ")\n")
        elif kind == "oid":
            d.w(ts(rng), "Z INFO iis-bridge: template ", oid(rng), " loaded; listening on 0.0.0.0:6661 and [::1]:6661\n")
        else:
            d.w(ts(rng), "Z INFO gps: bus=", rng.randint(1, 96), " route=R", rng.randint(10, 99), "A lat=39.", digits(rng, 5), " lon=-84.", digits(rng, 5),
                " speed=", rng.randint(0, 45), "mph stop_id=", digits(rng, 4), "\n")
    return d


@tpl(2)
def log_sftp_state(rng, i):
    d = Doc("log")
    for _ in range(rng.randint(5, 7)):
        d.w(rng.choice(["Oct", "Nov", "Mar"]), " ", rng.randint(1, 28), " ", "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
            " edx-gw sshd[", rng.randint(1000, 65000), "]: ", rng.choice(["Accepted publickey for", "Failed password for invalid user", "Accepted publickey for"]),
            " ", rng.choice(["ems_upload", "root", "oh_ems", "admin"]), " from ", L("IP_ADDRESS", ip4(rng, rng.choice(["doc", "pub"]))),
            " port ", rng.randint(1024, 65000), " ssh2\n")
        if rng.random() < 0.5:
            d.w(ts(rng), " edx-gw sftp: put EMIS_FS_", digits(rng, 6), "_2025.csv size=", rng.randint(10000, 9000000), " sha256=",
                "".join(rng.choice("0123456789abcdef") for _ in range(16)), "… operator=", L("EMAIL", staff_email(staff(rng))) if i == 0 else "svc_emis", "\n")
    return d


@tpl(2)
def log_lunch_payments(rng, i):
    d = Doc("log")
    for k in range(rng.randint(5, 7)):
        g = person(rng, rng.choice(FAMILY_ORIGINS))
        d.w(ts(rng), " [pay-gw] txn=", digits(rng, 12), " acct=LUNCH-", digits(rng, 6), " amount=", rng.randint(5, 80), ".00 card=",
            masked_card(rng), " status=", rng.choice(["APPROVED", "DECLINED", "APPROVED"]), " payer=\"", L("PERSON", g.full), "\"\n")
    if i == 0:
        g = person(rng)
        d.w(ts(rng), " [pay-gw] ERROR parse failure, raw payload logged: {\"pan\":\"", L("CREDIT_CARD", card(rng, spaced=False)),
            "\",\"exp\":\"0929\",\"name\":\"", L("PERSON", g.full), "\",\"zip\":\"", zip5(rng), "\"}\n")
    else:
        d.w(ts(rng), " [pay-gw] WARN luhn check failed for manual entry ", bad_card(rng).replace(" ", ""), " — rejected\n")
    d.w(ts(rng), " [pay-gw] INFO batch settled ref=", digits(rng, 16), "9 items=", rng.randint(20, 400), "\n")
    return d


@tpl(2)
def log_nurse_ehr_audit(rng, i):
    d = Doc("log")
    for _ in range(rng.randint(5, 7)):
        u = staff(rng)
        kid = person(rng, rng.choice(FAMILY_ORIGINS))
        d.w(ts(rng), "|SNAP-HEALTH|", rng.choice(["OPEN_CHART", "MED_ADMIN", "PRINT_IHP", "BREAK_GLASS"]), "|user=",
            L("PERSON", u.full), "|ws=", L("IP_ADDRESS", ip4(rng, "priv10")), "|mrn=", L("MEDICAL_RECORD_NUMBER", mrn(rng)),
            "|student=", L("PERSON", kid.last_first()))
        if rng.random() < 0.5:
            c, m = pick_condition(rng)
            d.w("|med=", L("MEDICATION", m), "|reason=", L("DIAGNOSIS", c))
        d.w("\n")
    return d


@tpl(1)
def log_door_access(rng, i):
    d = Doc("log")
    for _ in range(8):
        d.w(ts(rng), " ctrl=DOOR-", rng.choice(["MAIN", "GYM-E", "KITCHEN", "BUS-LOOP"]), " badge=", digits(rng, 8), " result=",
            rng.choice(["GRANTED", "DENIED", "GRANTED"]), " fw=", version_ip_like(rng), "\n")
    return d


# ----------------------------------------------------------------------------- e-mail / chat / ticket
@tpl(3)
def em_parent_thread(rng, i):
    d = Doc("email")
    kid, g1, g2 = family(rng, rng.choice(["mx", "gt", "hn", "sv", "co", "ve", "cu", "pr"]) if i == 1 else None)
    t = staff(rng)
    ge = email_for(rng, g1)
    d.w("From: ", L("PERSON", t.full), " <", L("EMAIL", staff_email(t)), ">\n",
        "To: ", L("EMAIL", ge), "\n",
        "Date: ", rng.choice(["Tue", "Wed", "Thu"]), ", ", rng.randint(1, 28), " Oct 2025 ", "%02d:%02d" % (rng.randint(7, 18), rng.randint(0, 59)), " -0400\n",
        "Subject: RE: ", rng.choice(["pick up tomorrow", "Re: missing homework", "permiso para la excursión", "question about bus"]), "\n\n")
    if i == 0:
        d.w("Hello ", L("PERSON", g1.first), ",\n\nThank you for letting us know. I have noted in PowerSchool that only you and ",
            L("PERSON", g2.full), " (grandmother) may pick up ", L("PERSON", kid.first), ". Please bring a copy of the custody order to the front office ",
            "at Lincoln Elementary so Mrs. ", L("PERSON", staff(rng).family), " can scan it.\n\nBest,\n", L("PERSON", t.given), "\n\n",
            "On Mon, ", L("PERSON", g1.full), " <", L("EMAIL", ge), "> wrote:\n",
            "> Good morning. My ex-husband is NOT allowed to pick up our son. There is a protection order\n",
            "> (case 25-DR-", digits(rng, 5), ", ", rng.choice(["Montgomery", "Franklin", "Hennepin"]), " County). If he comes, please call me at ", L("PHONE", us_phone(rng)), ".\n",
            "> We moved, new address is ", L("ADDRESS", us_addr(rng).one()), ".\n")
    elif i == 1:
        d.w("Estimada Sra. ", L("PERSON", g1.family or g1.given), ":\n\n",
            "Le escribo sobre ", L("PERSON", kid.first), ". (Translated with district interpreter.) ", L("PERSON", kid.first),
            " has missed 6 assignments in ", rng.choice(COURSES), ". Grade is currently 58%. Could we meet on ", rng.choice(["Thursday", "Friday"]), " in Room ",
            rng.randint(100, 250), "?\n\nAtentamente,\n", L("PERSON", t.full), "\nTeléfono escolar: ", L("PHONE", us_phone(rng)), "\n\n",
            "-----Original Message-----\nFrom: ", L("EMAIL", ge), "\n",
            "Maestra, mi hija no fue a la escuela porque tiene ", L("DIAGNOSIS", "varicela"), ". El doctor le dio ", L("MEDICATION", "aciclovir"),
            ". Mi número nuevo es ", L("PHONE", us_phone(rng)), ". Gracias, ", L("PERSON", g1.first), "\n")
    else:
        d.w("Hi all,\n\nReminder that there is no school on ", rng.choice(HOLIDAYS), " and conferences are the week after. ",
            "Sign-up link is in the Friday folder. Rooms: 112 (Gr 3), 114 (Gr 4), portable P-2 (ELL).\n\n",
            "— ", L("PERSON", t.full), ", 4th grade team lead\n\n",
            "> From: ", L("PERSON", g1.full), "\n> Does my daughter need to bring anything for the Frederick Douglass High School shadow day?\n")
    return d


@tpl(2)
def em_nurse_notice(rng, i):
    d = Doc("email")
    kid, g1, _ = family(rng)
    n = staff(rng)
    c, m = pick_condition(rng)
    d.w("From: Health Office <", L("EMAIL", "nurse.office@" + DISTRICT_DOMAIN), ">\nTo: ", L("EMAIL", email_for(rng, g1)), "\n",
        "Cc: ", L("EMAIL", staff_email(staff(rng))), "\nSubject: Medication supply — ", L("PERSON", kid.full), "\n\n",
        "Dear ", L("PERSON", g1.full), ",\n\n",
        "Our records show ", L("PERSON", kid.first), "'s ", L("MEDICATION", m), " at school expires on ", fdate(rdate(rng, 2025, 2026), "long"),
        ". Because of ", L("PERSON", kid.first) if False else "", "the ", L("DIAGNOSIS", c), " listed on the Individualized Health Plan, ",
        "state law requires a current supply on campus. Please send a new pharmacy-labelled box.\n\n",
        "Also, a reminder that this week's 6th-grade health lesson covers asthma and allergies in general terms; no student is named.\n\n",
        "Thank you,\n", L("PERSON", n.full), ", RN\nNurse line: ", L("PHONE", us_phone(rng)), "\n")
    return d


@tpl(2)
def em_hr_background(rng, i):
    d = Doc("email")
    a = staff(rng)
    h = staff(rng)
    d.w("From: ", L("EMAIL", staff_email(h)), "\nTo: ", L("EMAIL", "bci-webcheck@" + DISTRICT_DOMAIN), "\n",
        "Subject: Rap back hit — please review before Monday\n\n", "Team,\n\n")
    if i == 0:
        d.w("We received an FBI rap back notice for substitute ", L("PERSON", a.full), " (SSN ", L("US_SSN", ssn(rng)), ", DOB ",
            L("DATE_OF_BIRTH", fdate(adult_dob(rng), "us")), "). The arrest was in ", rng.choice(["Kentucky", "Indiana"]),
            ". Please pull the sub from the calling list until the Superintendent reviews.\n\n")
    else:
        d.w("All ", rng.randint(12, 60), " new hires for the Johnson Controls HVAC project cleared BCI/FBI. Vendor staff list is in the shared drive ",
            "(SSNs redacted: ", masked_ssn(rng), ", ", masked_ssn(rng), " …). Nothing further needed.\n\n")
    d.w("Thanks,\n", L("PERSON", h.given), "\nHuman Resources | Rivermont USD | ", L("PHONE", us_phone(rng)), "\n")
    return d


@tpl(2)
def chat_staff_teams(rng, i):
    d = Doc("chat")
    a, b, c = staff(rng), staff(rng), staff(rng)
    kid, g1, _ = family(rng)
    clock = [rng.randint(7 * 60, 10 * 60)]
    def say(p, *parts):
        clock[0] += rng.randint(1, 9)
        hh, mm = divmod(clock[0], 60)
        d.w("[", "%d:%02d AM" % (hh, mm), "] ", L("PERSON", p.full), ": ", *parts)
        d.t("\n")
    if i == 0:
        say(a, "heads up — ", L("PERSON", kid.first), " in 3rd period was really withdrawn again, head down the whole class")
        say(b, "same in ELA. mom (", L("PERSON", g1.full), ") told me they're staying at the Red Roof on Rt 4 right now")
        say(c, "that's McKinney-Vento. I'll call her — is ", L("PHONE", us_phone(rng)), " still good?")
        say(a, "yes. also he said his ", L("DIAGNOSIS", "asthma"), " inhaler ran out, can nurse check?")
        say(c, "on it. ", L("PERSON", staff(rng).given), " has extra ", L("MEDICATION", "albuterol"), " stock per standing order")
    else:
        say(a, "who has the key to the Amelia Earhart portable?")
        say(b, "Room 12 key is in the main office, hook B. bus 41 running 15 late btw")
        say(c, "ok thx. reminder: staff PD Friday, Down syndrome awareness module (the training one, no students)")
        say(a, "👍")
    return d


@tpl(2)
def chat_parent_sms(rng, i):
    d = Doc("chat")
    kid, g1, _ = family(rng, rng.choice(["so", "af", "ht", "gt", "ua", "vn", "np", "sy"]))
    t = staff(rng)
    d.w("TalkingPoints conversation — translated (", LANGS[kid.origin], " ↔ English)\n")
    d.w(L("PERSON", t.full), " (teacher): Hello! ", L("PERSON", kid.first), " did great on the reading test today — MAP score 201.\n")
    d.w(L("PERSON", g1.full), " (parent): [", LANGS[kid.origin], "] Thank you teacher. ")
    if i == 0:
        d.w("Tomorrow she goes to the clinic for her ", L("DIAGNOSIS", "hepatitis B"), " check, she will come late.\n")
    else:
        d.w("My phone changed, the new one is ", L("PHONE", intl_phone(rng, kid.origin) if rng.random() < 0.4 else us_phone(rng)),
            ". Also we move to ", L("ADDRESS", us_addr(rng).one()), ".\n")
    d.w(L("PERSON", t.first), " (teacher): Thank you for letting me know. I will tell the office.\n",
        "[system] Message delivered • original text retained for 90 days\n")
    return d


@tpl(3)
def tk_it_helpdesk(rng, i):
    d = Doc("ticket")
    req = staff(rng)
    kid = person(rng, rng.choice(FAMILY_ORIGINS))
    d.w("Ticket #INC", digits(rng, 7), "  | Priority: ", rng.choice(["P3", "P2", "P4"]), " | Category: ",
        ["Accounts > Student password reset", "Hardware > Chromebook damage", "Apps > Canvas course copy"][i], "\n",
        "Requester: ", L("PERSON", req.full) if i != 2 else "tech-bot", " <", L("EMAIL", staff_email(req)) if i != 2 else "noreply at district",
        ">\n", "Location: ", rng.choice(SCHOOLS), ", Room ", rng.randint(100, 330), "\n\nDescription:\n")
    if i == 0:
        d.w("student ", L("PERSON", kid.full), " (id ", student_id(rng), ") locked out of google acct after 10 tries. her login is ",
            L("EMAIL", student_email(rng, kid)), ". she's on IEP with ", L("DIAGNOSIS", "dyslexia"), " so needs read&write ext reinstalled too\n",
            "last sign-in from ", L("IP_ADDRESS", ip4(rng, "priv10")), "\n")
    elif i == 1:
        d.w("chromebook CB-", digits(rng, 5), " (serial ", "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10)),
            ") screen cracked. Assigned to ", L("PERSON", kid.last_first()), ". parent ", L("PERSON", person(rng, kid.origin).full),
            " will pay $25 fee, card ", masked_card(rng), ". Loaner issued.\n")
    else:
        d.w("Course copy failed for SCI-1140 sections 01-06. Error: template version 4.2.0.1187 incompatible. Blueprint ID 55120. ",
            "Please retry after 3pm. No user data involved.\n")
    d.w("\nStatus: ", rng.choice(["Open", "Resolved", "Pending vendor"]), "   Assigned: ", L("PERSON", staff(rng).full) if i != 2 else "Tier 2 queue", "\n")
    return d


@tpl(2)
def tk_safeguarding(rng, i):
    d = Doc("ticket")
    kid, g1, g2 = family(rng)
    rep = staff(rng)
    d.w("SAFEGUARDING REFERRAL — CASE SG-25-", digits(rng, 4), "\nStatus: Submitted to Children Services   Mandated reporter: ",
        L("PERSON", rep.full), "\n\n", "Child: ", P_(kid), ", age ", rng.randint(6, 15), ", ", rng.choice(SCHOOLS), "\n",
        "Home: ", L("ADDRESS", us_addr(rng).one()), "\n",
        "Caregivers: ", P_(g1), " (", L("PHONE", us_phone(rng)), "), ", P_(g2), "\n\n",
        "Concern: ")
    if i == 0:
        d.w("child disclosed to teacher that an adult in the home \"hits with a belt\". Visible bruising on left forearm, photographed by nurse ",
            L("PERSON", staff(rng).full), ". Child has ", L("DIAGNOSIS", "autism spectrum disorder"), " and limited verbal communication; AAC device used.\n")
    else:
        d.w("repeated hunger, same clothes for 4 days, fell asleep in class. Family recently arrived from ", COUNTRY[kid.origin],
            "; no evidence of abuse — referral is for resources (food pantry, McKinney-Vento). Not a \"Cinderella\" situation as first rumored.\n")
    d.w("Hotline call logged; intake # ", digits(rng, 9), "\n")
    return d


# ----------------------------------------------------------------------------- free text / html
@tpl(3)
def ft_incident_report(rng, i):
    d = Doc("free_text")
    kid, g1, _ = family(rng)
    k2 = person(rng, rng.choice(FAMILY_ORIGINS))
    w = staff(rng)
    d.w("BEHAVIOR INCIDENT REPORT\nIncident #", "BI-", digits(rng, 6), " — ", rng.choice(SCHOOLS), " — ", fdate(rdate(rng, 2025, 2025), "us"),
        " — Location: ", rng.choice(["cafeteria", "bus 27", "hallway C", "gym locker room", "Room 204"]), "\n\n")
    if i == 0:
        d.w("At approximately 12:10 ", L("PERSON", kid.full), " (gr. ", rng.randint(6, 8), ") and ", L("PERSON", k2.full),
            " were involved in a physical altercation. Staff witness ", L("PERSON", w.full), " separated the students. ",
            L("PERSON", kid.first), " stated ", L("PERSON", k2.first), " had been posting about ", kid.first and "her", " family on Snapchat.\n",
            "Consequence: 2 days OSS each (Code of Conduct 5.3). Parents contacted: ", P_(g1), " — left voicemail at ", L("PHONE", us_phone(rng)), ".\n",
            "Manifestation determination required? ", "Yes — ", L("PERSON", kid.first), " has an IEP (", L("DIAGNOSIS", "emotional disturbance"), ").\n")
    elif i == 1:
        d.w("Student ", L("PERSON", kid.full), " had a seizure in class lasting ~3 minutes. Teacher ", L("PERSON", w.full),
            " followed the seizure action plan; nurse administered ", L("MEDICATION", "Nayzilam"), " at 4 min per protocol. EMS called; student transported to ",
            "Dayton Children's. Known ", L("DIAGNOSIS", "epilepsy"), ". Classmates moved to the library. Guardian ", P_(g1), " met the ambulance.\n")
    else:
        d.w("Anonymous report via SafeSchools tip line about a threat posted on a gaming server. Investigation found the account was not a district student. ",
            "No injuries. No students named. Building on lockout 10:02–10:31 per SRO. The \"Jefferson Davis Community School\" renaming petition was unrelated.\n")
    d.w("\nReported by: ", L("PERSON", staff(rng).full) if i != 2 else "Assistant Principal (on file)", "\n")
    return d


@tpl(2)
def ft_custody_note(rng, i):
    d = Doc("free_text")
    kid, g1, g2 = family(rng)
    d.w("Front office note — custody / pick-up restrictions (keep in red binder, NOT in sub folder)\n\n",
        L("PERSON", kid.full), ", Grade ", rng.choice(GRADES[1:]), ", Homeroom ", rng.randint(100, 230), ".\n",
        "Per ", rng.choice(["Domestic Relations Court order", "temporary custody order", "CPO (civil protection order)"]), " dated ",
        fdate(rdate(rng, 2024, 2025), "long"), ", ", L("PERSON", g2.full), " is NOT permitted on school grounds or to contact the student. ")
    if i == 0:
        d.w("Description on file: drives a silver Nissan, last known address ", L("ADDRESS", us_addr(rng).one()),
            ". Driver license photo in binder (", (lambda s: s[0] + " license # " and "")(dl(rng)), "state ", "Ohio", ", ",
            "number ", L("DRIVER_LICENSE", DL_FORMATS["OH"](rng)), ").\n")
    else:
        d.w("If seen, call 911 and then the custodial parent ", L("PERSON", g1.full), " at ", L("PHONE", us_phone(rng)),
            " or ", L("PHONE", intl_phone(rng, g1.origin)), " (relatives abroad).\n")
    d.w("Authorized pick-up: ", L("PERSON", g1.full), "; ", L("PERSON", person(rng, kid.origin).full), " (aunt). Updated by ",
        L("PERSON", staff(rng).full), ".\n")
    return d


@tpl(2)
def html_iep(rng, i):
    d = Doc("html")
    kid, g1, _ = family(rng)
    dob, grade = student_dob(rng)
    c, m = pick_condition(rng)
    a = us_addr(rng)
    d.w("<!DOCTYPE html>\n<html lang=\"en\"><head><title>IEP — Present Levels</title></head>\n<body>\n",
        "<h1>Individualized Education Program</h1>\n<table class=\"student\">\n",
        "<tr><th>Student</th><td>", L("PERSON", kid.full), "</td><th>DOB</th><td>", L("DATE_OF_BIRTH", fdate(dob, "us")), "</td></tr>\n",
        "<tr><th>Primary disability category</th><td>", rng.choice(["Other Health Impairment", "Autism", "Specific Learning Disability", "Multiple Disabilities"]),
        "</td><th>Case manager</th><td>", L("PERSON", staff(rng).full), "</td></tr>\n",
        "<tr><th>Address</th><td>", L("ADDRESS", a.two("<br>")), "</td><th>Parent</th><td>", L("PERSON", g1.full), "<br>",
        L("PHONE", us_phone(rng)), "</td></tr>\n</table>\n",
        "<h2>Present levels of academic achievement and functional performance</h2>\n<p>",
        L("PERSON", kid.first), " has a medical diagnosis of <strong>", L("DIAGNOSIS", c), "</strong> and takes ", L("MEDICATION", m),
        " (administered ", rng.choice(["at home", "by the nurse at 11:30"]), "). Fall MAP Reading RIT 187 (12th percentile); ",
        "WIDA ACCESS composite 2.4. ", "Vision and hearing screenings passed." if i == 0 else "A hearing loss was ruled out by audiology in May.",
        "</p>\n<p>Related services: speech 30 min/week, OT consult. Transportation: bus ", rng.randint(1, 90), " with aide.</p>\n",
        "<footer>Generated by IEP portal 7.3.0.412 — page 1 of 9</footer>\n</body></html>\n")
    return d


@tpl(2)
def html_staff_directory(rng, i):
    d = Doc("html")
    d.w("<section id=\"directory\">\n<h2>", rng.choice(SCHOOLS), " — Staff Directory</h2>\n<ul>\n")
    for _ in range(rng.randint(5, 8)):
        s = staff(rng)
        d.w("  <li><span class=\"name\">", L("PERSON", s.full), "</span>, ", rng.choice(["Principal", "ESL Teacher", "School Psychologist",
                                                                                  "Custodian", "Bilingual Family Liaison (Somali)", "Counselor A–L"]),
            " — <a href=\"mailto:", L("EMAIL", staff_email(s)), "\">email</a> — ext. ", rng.randint(1000, 4999), "</li>\n")
    d.w("</ul>\n<p>Main office: ", L("PHONE", us_phone(rng)), " · Attendance line: ", L("PHONE", us_phone(rng)), "</p>\n</section>\n")
    return d


@tpl(3)
def ft_curriculum(rng, i):
    d = Doc("free_text")
    texts = [
        "Grade 7 Health — Unit 4: Chronic Conditions\nLearning targets: Students will describe how type 1 diabetes differs from type 2 diabetes, "
        "identify the warning signs of an asthma attack, and explain why an EpiPen (epinephrine) is used for anaphylaxis. "
        "Discussion prompt: Why do people say Parkinson's law applies to homework? (Work expands to fill the time available.) "
        "Extension: read about Lou Gehrig and ALS, then about the Great Depression in Unit 6. Assessment: 20-item quiz, rubric 4.3.2.1.",
        "Mental Health Literacy (Grade 10)\nDepression is more than feeling sad for a day. Anxiety disorders are the most common mental health conditions in teens. "
        "Medications such as sertraline are prescribed by doctors, never shared. If you or a friend are struggling, talk to a trusted adult or call or text 988. "
        "Vocabulary: stigma, resilience, coping. This unit aligns to standard HE.10.2.3 and was reviewed by the Helen Keller Elementary PTA health committee.",
        "Newcomer Orientation Script (read aloud, any language)\nWelcome to Rivermont! School starts at 8:05. If you feel sick, ask your teacher for a nurse pass. "
        "The nurse can help with headaches, asthma, and allergies. Breakfast is free for everyone. Bus numbers are on the orange sign. "
        "Example name tag: \"Hello, my name is ______\" — practice with a partner. No school on Martin Luther King Jr. Day and Presidents' Day.",
    ]
    d.w(texts[i], "\n")
    return d


@tpl(2)
def ft_board_minutes(rng, i):
    d = Doc("free_text")
    members = [staff(rng) for _ in range(4)]
    d.w("MINUTES — Regular Meeting of the Board of Education, ", fdate(rdate(rng, 2025, 2025), "long"), "\n",
        "Location: Wilbur Wright Career Center auditorium. Called to order 6:02 pm by President ", L("PERSON", members[0].full), ".\n",
        "Present: ", L("PERSON", members[1].full), ", ", L("PERSON", members[2].full), ", ", L("PERSON", members[3].full), ".\n\n",
        "Resolution 25-", digits(rng, 3), ": approve renaming of Jefferson Davis Community School to Dolores Huerta Elementary (5–0).\n",
        "Resolution 25-", digits(rng, 3), ": approve contract with ", rng.choice(COMPANIES), " for $", rng.randint(10, 900), ",", digits(rng, 3), ".\n",
        "Public comment: ", L("PERSON", person(rng, rng.choice(FAMILY_ORIGINS)).full), " spoke about bus route ", rng.randint(2, 90),
        " overcrowding; ", "a parent (name withheld)" if i == 0 else L("PERSON", person(rng).full), " thanked the Welcome Center for interpreters.\n",
        "Superintendent's report: enrollment ", rng.randint(9000, 30000), "; ELL up ", rng.randint(2, 15), "%; chronic absenteeism ", rng.randint(12, 30), "%.\n",
        "Adjourned 8:41 pm.\n")
    return d


@tpl(2)
def ft_mckinney_vento(rng, i):
    d = Doc("free_text")
    kid, g1, _ = family(rng)
    liaison = staff(rng)
    d.w("McKinney-Vento Liaison — case narrative\n\n", "Family of ", L("PERSON", g1.full), " (children: ", L("PERSON", kid.full), ", ",
        L("PERSON", person(rng, kid.origin, family=kid.family or None).given), "). ")
    if i == 0:
        d.w("Evicted from ", L("ADDRESS", us_addr(rng).one()), " on ", fdate(rdate(rng, 2025, 2025), "long"), "; now doubled-up with cousin at ",
            L("ADDRESS", us_addr(rng).two("\n")), ".\n", "Mother works nights; best contact ", L("PHONE", us_phone(rng)), " after 2 pm or WhatsApp ",
            L("PHONE", intl_phone(rng, g1.origin)), ".\n")
    else:
        d.w("Family arrived via humanitarian parole from ", COUNTRY[kid.origin], "; staying at St. Vincent de Paul shelter (address confidential — do not record). ",
            "Father's passport (", COUNTRY[kid.origin], ") ", PASSPORT_LABEL.get(kid.origin, "No."), " ", L("PASSPORT", passport_for(rng, kid.origin)),
            " used as ID; no US documents yet. Immunization records pending translation.\n")
    d.w("Transportation: taxi contract with ", rng.choice(["Goodman Bus Lines", "Marriott shuttle (donated)"]), " to school of origin. Liaison: ",
        L("PERSON", liaison.full), " ", L("EMAIL", staff_email(liaison)), "\n")
    return d


@tpl(3)
def ft_foreign_records(rng, i):
    d = Doc("free_text")
    origin = ["mx", "ua", "in"][i]
    kid, g1, _ = family(rng, origin)
    dob, _ = student_dob(rng)
    tr = staff(rng)
    d.w("CERTIFIED TRANSLATION — school records (", COUNTRY[origin], " → English)\nTranslator: ", L("PERSON", tr.full), ", district interpreter #", digits(rng, 3), "\n\n")
    if origin == "mx":
        d.w("SECRETARÍA DE EDUCACIÓN PÚBLICA — Certificado de Educación Primaria\nThis certifies that ", L("PERSON", kid.full.upper()),
            ", born (nació el) ", L("DATE_OF_BIRTH", fdate(dob, "es")), ", completed 6th grade with a final average of 9.2 at Escuela Primaria \"Benito Juárez\" ",
            "(CCT 20DPR", digits(rng, 4), "X). Folio ", digits(rng, 10), ".\nParent: ", L("PERSON", g1.full), ", domicile ",
            L("ADDRESS", foreign_addr(rng, "mx")), ".\n")
    elif origin == "ua":
        d.w("Свідоцтво про базову загальну середню освіту / Certificate of Basic Secondary Education\nHolder: ", L("PERSON", kid.full),
            "; date of birth (дата народження): ", L("DATE_OF_BIRTH", fdate(dob, "dot")), "; school: Lyceum No. ", rng.randint(1, 300), ", Kharkiv.\n",
            "Grades (12-point scale): Ukrainian language 10, Algebra 11, Physics 9. Series ВА No. ", digits(rng, 8), ".\n",
            "Guardian's foreign passport — ", PASSPORT_LABEL["ua"], ": ", L("PASSPORT", passport_for(rng, "ua")), "; phone in Ukraine ",
            L("PHONE", intl_phone(rng, "ua")), ".\n")
    else:
        d.w("Transfer Certificate — CBSE affiliated school, Hyderabad\nName of pupil: ", L("PERSON", kid.full), "   Date of Birth (in figures): ",
            L("DATE_OF_BIRTH", fdate(dob, "eu")), "\nAadhaar No. of pupil: ", L("IN_AADHAAR", aadhaar(rng, spaced=rng.random() < 0.7)),
            "   (old enrolment no. ", bad_aadhaar(rng), " — superseded, invalid)\nFather's name: ", L("PERSON", g1.full), "\n",
            "Whether failed: No. Games played: cricket, kho-kho. General conduct: Good.\n")
    d.w("I certify this translation is accurate. Signed, ", L("PERSON", tr.full), ".\n")
    return d


@tpl(3)
def html_news_nopii(rng, i):
    d = Doc("html")
    items = [
        ("Lincoln Elementary wins state Purple Star award",
         "The Roberto Clemente Middle School robotics team placed second at regionals. Congratulations to all scholars! "
         "Reminder: no school on " + rng.choice(HOLIDAYS) + ". Bus 14 and bus 27 will run the snow route on delayed-start days."),
        ("Free flu and COVID clinics at Sojourner Truth Academy",
         "Vaccines offered by the county health department. Flu is not the same as a cold; asthma and diabetes raise the risk of complications. "
         "Bring your insurance card if you have one — not required. Portal version 12.0.4.2201."),
        ("Menu & Nutrition", "This month's featured menu item: Ben &amp; Jerry's-style frozen yogurt cups (low sugar). Allergens are listed for every item; "
         "peanut-free tables are available in every cafeteria. Contact the nutrition office through the district website form."),
    ]
    h, p = items[i]
    d.w("<article>\n<h1>", h, "</h1>\n<p>", p, "</p>\n<p class=\"meta\">Posted by Communications Office · Mary McLeod Bethune Elementary · Thurgood Marshall ELC</p>\n</article>\n")
    return d


@tpl(2)
def ft_staff_reference(rng, i):
    d = Doc("free_text")
    cand = staff(rng)
    ref = staff(rng)
    d.w("Reference check notes — candidate ", L("PERSON", cand.full), " (Speech-Language Pathologist)\n",
        "Referee: ", L("PERSON", ref.full), ", former supervisor, reached at ", L("PHONE", us_phone(rng)), " on ", fdate(rdate(rng, 2025, 2025), "long"), ".\n",
        "Comments: excellent with bilingual caseload (Spanish, Haitian Creole). ")
    if i == 0:
        d.w("Took FMLA leave in 2023 for ", L("DIAGNOSIS", "breast cancer"), " treatment — referee volunteered this; NOT to be considered in hiring (ADA). ")
    d.w("Would rehire: yes. License verification: ODE SLP license active; ", "ASHA # ", digits(rng, 8), ".\n",
        "Notes entered by ", L("PERSON", staff(rng).full), ".\n")
    return d


# ----------------------------------------------------------------------------- more structured / identifiers
NAT_ID = {
    "es": ("DNI/NIE", "ES_DNI", lambda rng, p, dob: dni(rng) if rng.random() < 0.5 else nie(rng)),
    "fr": ("NIR", "FR_NIR", lambda rng, p, dob: nir(rng, p.female, dob, spaced=False)),
    "de": ("Steuer-ID", "DE_TAX_ID", lambda rng, p, dob: steuer_id(rng, spaced=False)),
    "it": ("Codice fiscale", "IT_FISCAL_CODE", lambda rng, p, dob: fiscal_code(rng, p, dob)),
    "gb": ("NINO", "UK_NATIONAL_INSURANCE_NUMBER", lambda rng, p, dob: nino(rng, spaced=False)),
    "ca": ("SIN", "CA_SIN", lambda rng, p, dob: sin(rng, spaced=False)),
    "br": ("CPF", "BR_CPF", lambda rng, p, dob: cpf(rng)),
    "in": ("Aadhaar", "IN_AADHAAR", lambda rng, p, dob: aadhaar(rng, spaced=False)),
    "sg": ("NRIC", "SG_NRIC", lambda rng, p, dob: nric(rng, "S")),
}
BAD_NAT = {"es": bad_dni, "fr": bad_nir, "de": bad_steuer, "ca": bad_sin, "br": bad_cpf, "in": bad_aadhaar, "sg": bad_nric}


@tpl(3)
def tsv_visiting_cohort(rng, i):
    d = Doc("tsv")
    d.row(["cohort", "last_name", "first_name", "country", "birth_date", "national_id_type", "national_id", "us_ssn", "placement", "status"], "\t")
    keys = list(NAT_ID)
    rng.shuffle(keys)
    for c in keys:
        p = intl_person(rng, c)
        dob = adult_dob(rng)
        label, typ, gen = NAT_ID[c]
        status = rng.choice(["arrived", "visa pending", "arrived"])
        if c in BAD_NAT and rng.random() < 0.2:
            idcell = BAD_NAT[c](rng)   # typo on intake — fails checksum, flagged
            status = "ID CHECK FAILED — resubmit"
        else:
            idcell = L(typ, gen(rng, p, dob))
        d.row(["J1-2025-" + "ABC"[i], L("PERSON", p.family), L("PERSON", p.given), dict(INTL_TEACHERS)[c],
               L("DATE_OF_BIRTH", fdate(dob, "iso")), label, idcell,
               L("US_SSN", ssn(rng)) if rng.random() < 0.4 else "pending", rng.choice(SCHOOLS), status], "\t")
    return d


@tpl(1)
def json_uk_transfer(rng, i):
    d = Doc("json")
    kid = P(rng.choice(["Amelia", "Oliwia", "Ffion", "Aaliyah"]), rng.choice(["Hughes-Mensah", "Nowak", "Iqbal", "ap Rhys"]), "us", True)
    par = P(rng.choice(["Rebecca", "Dariusz", "Nasreen"]), kid.family, "us", True)
    dob, grade = student_dob(rng, rng.randint(4, 6))
    upn = rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ") + digits(rng, 12)
    obj = {"ctfVersion": "25.0.1.3", "sourceSchool": {"lea": "873", "estab": digits(rng, 4), "name": "St Aidan's C of E Primary"},
           "pupil": {"upn": upn, "surname": L("PERSON", kid.family), "forename": L("PERSON", kid.given),
                     "dob": L("DATE_OF_BIRTH", fdate(dob, "iso")), "gender": "F",
                     "nhsNumber": L("UK_NHS_NUMBER", nhs(rng, spaced=rng.random() < 0.5)),
                     "address": {"line1": L("ADDRESS", f"{rng.randint(1, 120)} {rng.choice(['Mill Lane', 'Cherry Hinton Road', 'Abbey Walk'])}"),
                                 "town": "Cambridge", "postcode": "CB1 " + str(rng.randint(1, 9)) + rng.choice(["AB", "DX", "QH"])},
                     "sen": {"provision": "K", "need": L("DIAGNOSIS", "speech, language and communication needs") if False else "SLCN"},
                     "medical": [L("DIAGNOSIS", "coeliac disease")],
                     "contacts": [{"name": L("PERSON", par.full), "relationship": "Mother", "phone": L("PHONE", "+44 7" + digits(rng, 3) + " " + digits(rng, 6)),
                                   "email": L("EMAIL", email_for(rng, par, "btinternet.com"))}]},
           "ks2": {"readingScaled": rng.randint(95, 120), "mathsScaled": rng.randint(95, 120)},
           "note": "previous NHS number 943 476 5918 was a data-entry error (fails check) and is superseded"}
    d.json(obj)
    d.t("\n")
    return d


@tpl(1)
def json_retiree_benefits(rng, i):
    d = Doc("json")
    r = staff(rng)
    dob = rdate(rng, 1948, 1959)
    d.json({"retireeId": "R" + digits(rng, 6), "name": {"first": L("PERSON", r.given), "last": L("PERSON", r.family)},
            "dateOfBirth": L("DATE_OF_BIRTH", fdate(dob, "iso")), "lastBuilding": rng.choice(SCHOOLS),
            "medicare": {"mbi": L("US_MBI", mbi(rng)), "partA": fdate(rdate(rng, 2014, 2024), "iso"), "partB": True},
            "supplementPlan": {"carrier": "Aetna Medicare Advantage (STRS group)", "memberId": L("HEALTH_PLAN_ID", health_plan_id(rng)), "group": "0" + digits(rng, 6)},
            "contact": {"phone": L("PHONE", us_phone(rng)), "mail": L("ADDRESS", us_addr(rng).one())},
            "schemaVersion": "2.3.0.1"})
    d.t("\n")
    return d


@tpl(1)
def em_medicare_question(rng, i):
    d = Doc("email")
    gm = person(rng, rng.choice(["pr", "cu", "ht", "us"]))
    kid = person(rng, gm.origin)
    d.w("From: ", L("EMAIL", email_for(rng, gm)), "\nTo: ", L("EMAIL", "enrollment@" + DISTRICT_DOMAIN), "\n",
        "Subject: kinship caregiver affidavit — proof of insurance?\n\n",
        "Hello, I am the grandmother of ", L("PERSON", kid.full), " and I have the caregiver authorization affidavit. The form asks for health insurance. ",
        "My grandson is on Medicaid (member ID ", L("HEALTH_PLAN_ID", "MCD" + digits(rng, 8)), "). I only have my own Medicare card, number ",
        L("US_MBI", mbi(rng)), " — do you need that too? Not the old one with my Social Security number, right?\n\n",
        "Thank you,\n", L("PERSON", gm.full), "\n", L("PHONE", us_phone(rng)), "\n")
    return d


@tpl(1)
def em_uk_final_pay(rng, i):
    d = Doc("email")
    t = intl_person(rng, "gb")
    h = staff(rng)
    d.w("From: ", L("PERSON", t.full), " <", L("EMAIL", email_for(rng, t, "btinternet.com")), ">\nTo: ", L("EMAIL", "payroll@" + DISTRICT_DOMAIN), "\n",
        "Subject: Final stipend — please pay to my UK account\n\n", "Hi ", L("PERSON", h.given), ",\n\n",
        "My J-1 year finishes on 13 June. Could the final stipend go to my Nationwide account? Sort code and account: ",
        L("UK_BANK_ACCOUNT", f"{uk_sort_code(rng)} {digits(rng, 8)}"), ". If you need an IBAN instead it is ", L("IBAN", iban(rng, "GB")),
        ". My NI number for the HMRC form is ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(rng, spaced=True)), ".\n\n",
        "(Old account 20-00-00 — closed, please delete.)\n\nCheers,\n", L("PERSON", t.given), "\n")
    return d


@tpl(1)
def chat_transport_dispatch(rng, i):
    d = Doc("chat")
    a, b = staff(rng), staff(rng)
    kid, g1, _ = family(rng)
    d.w("#transport-dispatch\n",
        L("PERSON", a.given), ": bus 52 driver says ", L("PERSON", kid.full), " wasn't at stop 7 again. Kinder — can't leave without adult\n",
        L("PERSON", b.given), ": calling guardian ", L("PERSON", g1.full), " ", L("PHONE", us_phone(rng)), "\n",
        L("PERSON", b.given), ": no answer. emergency contact abroad ", L("PHONE", intl_phone(rng, g1.origin)), " lol not helpful\n",
        L("PERSON", a.given), ": returning to Lincoln Elementary, office will hold. new address on file? ", L("ADDRESS", us_addr(rng).one()), "\n",
        "dispatch-bot: route R52A ETA 08:14 (GPS unit 4.11.2.907)\n")
    return d


@tpl(1)
def tk_parent_portal(rng, i):
    d = Doc("ticket")
    g = person(rng, rng.choice(FAMILY_ORIGINS))
    d.w("Parent Portal Support — Case ", "PP-", digits(rng, 6), "\nSubmitted via web form from ", L("IP_ADDRESS", ip4(rng, "pub")), "\n",
        "Name: ", L("PERSON", g.full), "\nEmail: ", L("EMAIL", email_for(rng, g)), "\nPhone: ", L("PHONE", us_phone(rng)), "\n",
        "Message: i cant see my kids grades since we moved, the portal says access code expired. code was 7H2K-Q9PA. ",
        "also the lunch account shows card ", masked_card(rng), " i want to remove it\n",
        "Agent note: new access letter mailed to address on file; card token removed (token tok_", "".join(rng.choice("abcdef0123456789") for _ in range(14)), ").\n")
    return d


@tpl(2)
def csv_trip_passports(rng, i):
    d = Doc("csv")
    dest = ["Madrid & Seville (Spanish IV)", "Québec City (French III)"][i]
    d.row(["trip", "student_last", "student_first", "dob", "citizenship", "passport_number", "passport_expiry", "emergency_contact", "contact_phone", "medical_notes"])
    for _ in range(rng.randint(5, 7)):
        origin = rng.choice(["us", "us", "us", "pr", "mx", "vn", "ua", "ph", "co", "in"])
        kid, g1, _ = family(rng, origin)
        dob, _ = student_dob(rng, rng.randint(10, 12))
        if origin in ("us", "pr") or rng.random() < 0.3:
            pp = L("US_PASSPORT", us_passport(rng))
            cz = "USA"
        else:
            pp = L("PASSPORT", passport_for(rng, origin))
            cz = COUNTRY[origin]
        note = ""
        if rng.random() < 0.3:
            c, m = pick_condition(rng)
            note = M(L("DIAGNOSIS", c), "; bring ", L("MEDICATION", m))
        d.row([dest, L("PERSON", kid.family or kid.given), L("PERSON", kid.given) if kid.family else "", L("DATE_OF_BIRTH", fdate(dob, "us")), cz, pp,
               fdate(rdate(rng, 2027, 2035), "us"), L("PERSON", g1.full), L("PHONE", us_phone(rng)), note])
    d.row([dest, "CHAPERONE", "TBD", "", "USA", "applied — expedited", "", "", "", ""])
    return d


# ----------------------------------------------------------------------------- PII-free documents
@tpl(1)
def csv_course_catalog(rng, i):
    d = Doc("csv")
    d.row(["course_code", "title", "credits", "grade_levels", "prereq", "room", "sections", "catalog_rev"])
    for c in COURSES:
        code, title = c.split(" ", 1)
        d.row([code, title, rng.choice(["0.5", "1.0"]), rng.choice(["9-12", "6-8", "7", "10-12"]), rng.choice(["", "MATH-0712", "ELA-0930"]),
               rng.choice(["A", "B", "C"]) + str(rng.randint(100, 260)), rng.randint(1, 8), version_ip_like(rng)])
    return d


@tpl(1)
def json_bus_routes(rng, i):
    d = Doc("json")
    d.json({"generated": ts(rng) + "Z", "routes": [{"route": f"R{rng.randint(10, 99)}{rng.choice('AP')}", "bus": rng.randint(1, 96),
                                                    "stops": [{"id": digits(rng, 4), "name": rng.choice(["Maple & 5th", "Oak Ridge Apts", "Walmart lot", "Lincoln Elementary loop"]),
                                                               "time": "%d:%02d" % (rng.randint(6, 8), rng.randint(0, 59)), "lat": round(rng.uniform(39.6, 39.9), 5),
                                                               "lon": round(rng.uniform(-84.4, -84.0), 5)} for _ in range(3)],
                                                    "riders": rng.randint(10, 70), "wheelchair": rng.random() < 0.2} for _ in range(3)],
            "gtfsVersion": "2.0.17.4", "trackingRef": "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))})
    d.t("\n")
    return d


@tpl(1)
def yaml_ci_pipeline(rng, i):
    d = Doc("yaml")
    d.w("# .gitlab-ci.yml — sis-integrations\nvariables:\n  PYTHON_VERSION: \"3.12.4\"\n  ONEROSTER_SPEC: \"1.2.0.0\"\n",
        "  STATE_OID: \"", oid(rng), "\"\nstages: [lint, test, deploy]\n",
        "test:\n  image: registry.example.com/rusd/ci:10.4.22.118\n  script:\n    - pytest -q --fixtures-seed 20250101\n",
        "    - python tools/check_pii.py --fail-on ssn,dob  # fixtures use placeholders like Jane Doe / 000-00-0000\n",
        "deploy:\n  only: [main]\n  environment: production\n  script:\n    - ./deploy.sh --build ${CI_PIPELINE_IID}\n")
    return d


@tpl(1)
def log_hvac_printers(rng, i):
    d = Doc("log")
    for _ in range(9):
        d.w(ts(rng), " ", rng.choice(["bms", "papercut", "bms", "ups"]), ": ",
            rng.choice([f"AHU-{rng.randint(1, 12)} Room {rng.randint(100, 330)} temp {rng.randint(64, 78)}F setpoint 70F",
                        f"printer HP-M{rng.randint(400, 700)} tray 2 empty job={digits(rng, 6)} pages={rng.randint(1, 80)}",
                        f"UPS battery test passed runtime={rng.randint(10, 60)}min fw {version_ip_like(rng)}",
                        f"chiller alarm cleared code E{rng.randint(10, 99)} ack by night custodian"]), "\n")
    return d


@tpl(1)
def em_district_newsletter(rng, i):
    d = Doc("email")
    d.w("From: Rivermont USD Communications <news at rivermontusd dot org>\nTo: All Families\nSubject: Week of ", fdate(rdate(rng, 2025, 2025), "long"), "\n\n",
        "Dear Rivermont families,\n\nWinter break begins after ", rng.choice(HOLIDAYS), ". Report cards post to the portal Friday. ",
        "Kindergarten registration for 2026–27 opens in January at the Welcome Center (Room 101, Wilbur Wright Career Center). ",
        "Translation is available in Spanish, Somali, Dari, Haitian Creole, Nepali, Ukrainian and Vietnamese.\n\n",
        "Health corner: cases of flu and strep are rising. Keep children home with a fever over 100.4°F. ",
        "Students with asthma should keep their action plans up to date with the school nurse.\n\n",
        "Sincerely,\nThe Office of the Superintendent\n")
    return d


@tpl(1)
def chat_bot_channel(rng, i):
    d = Doc("chat")
    for _ in range(6):
        d.w("[", "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), "] sis-bot: ",
            rng.choice([f"nightly sync complete — {rng.randint(10000, 30000)} students, 0 errors",
                        f"attendance snapshot ADA={rng.uniform(0.88, 0.96):.3f}",
                        f"build {version_ip_like(rng)} deployed to staging",
                        f"EMIS submission FS-{digits(rng, 4)} accepted by state",
                        "reminder: no school Monday (Martin Luther King Jr. Day)"]), "\n")
    return d


@tpl(1)
def tk_facilities(rng, i):
    d = Doc("ticket")
    d.w("WORK ORDER WO-", digits(rng, 6), "\nSite: Mary McLeod Bethune Elementary   Area: Room ", rng.randint(100, 250), " / nurse's office sink\n",
        "Priority: High   Trade: Plumbing\nDescription: sink in health office leaking under cabinet; nurse moved supplies (no student records affected). ",
        "Part: Moen 1225 cartridge, SKU 7724-118-03. Vendor: Johnson Controls for adjacent VAV box.\nStatus: Completed — tech #", rng.randint(10, 99), "\n")
    return d


@tpl(1)
def hl7_ack(rng, i):
    d = Doc("hl7")
    t = ts(rng).replace("-", "").replace(":", "").replace("T", "")
    d.w("MSH|^~\\&|STATE_IIS|OHDH|SBHC_EHR|RIVERMONT_SBHC|", t, "||ACK^V04^ACK|ACK", digits(rng, 8), "|P|2.5.1\n",
        "MSA|AA|MSG", digits(rng, 8), "\n", "ERR||RXA^1^5|0^Message accepted^HL70357|I||||Lot ", digits(rng, 5), " recorded; OID ", oid(rng), "\n")
    return d


@tpl(1)
def ndjson_metrics(rng, i):
    d = Doc("ndjson")
    for _ in range(6):
        d.json({"ts": ts(rng) + "Z", "metric": rng.choice(["canvas.logins", "chromebook.checkins", "meals.served", "bus.ontime_pct"]),
                "school": rng.choice(SCHOOLS), "value": rng.randint(0, 5000), "agent": version_ip_like(rng)}, indent=None)
        d.t("\n")
    return d


@tpl(2)
def ft_placeholder_training(rng, i):
    d = Doc("free_text")
    if i == 0:
        d.w("FERPA refresher — examples slide deck (speaker notes)\n",
            "Example 1: A teacher emails \"Student A\" grades to the wrong parent. Example record: Name: John Doe, Student ID: 0000000, DOB: MM/DD/YYYY, ",
            "SSN: XXX-XX-XXXX, Address: 123 Main Street, Anytown, ST 00000. Never use real student data in training.\n",
            "Example 2: A directory-information opt-out means we cannot print the student's name in the Lincoln Elementary yearbook.\n",
            "Example 3: Masked values in exports look like ***-**-6789 or ****1111 — these are acceptable in reports.\n")
    else:
        d.w("Data Dictionary — SIS demographics table (v", version_ip_like(rng), ")\n",
            "Field            Type      Example          Notes\n",
            "FirstName        varchar   Jane             placeholder only\n",
            "LastName         varchar   Student          placeholder only\n",
            "BirthDate        date      2015-01-01       sample value, not a real DOB\n",
            "Phone            varchar   (XXX) XXX-XXXX   mask only\n",
            "MedicalAlert     text      \"Asthma\"         free text, nurse-entered\n",
            "Title-case labels such as Date Of Birth, Home Address and Passport Number appear on forms exactly like this.\n")
    return d


@tpl(1)
def html_menu(rng, i):
    d = Doc("html")
    d.w("<table class=\"menu\">\n<caption>Lunch Menu — ", rng.choice(MONTHS), "</caption>\n<tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr>\n",
        "<tr><td>Chicken tinga tacos</td><td>Dal &amp; rice</td><td>Pupusas</td><td>Pho (vegetarian option)</td><td>Cheese pizza</td></tr>\n",
        "</table>\n<p>Allergen key: G gluten, D dairy, P peanut. Menus subject to change. USDA is an equal opportunity provider.</p>\n")
    return d


@tpl(1)
def tsv_score_aggregates(rng, i):
    d = Doc("tsv")
    d.row(["school", "subgroup", "test", "n_tested", "pct_proficient", "mean_scale", "suppressed"], "\t")
    for s in rng.sample(SCHOOLS, 4):
        for sg in ["All", "English Learners", "Students with Disabilities"]:
            n = rng.randint(5, 400)
            d.row([s, sg, rng.choice(["OST ELA 5", "OST Math 8", "WIDA ACCESS"]), n if n >= 10 else "<10",
                   "%.1f" % rng.uniform(10, 80) if n >= 10 else "*", rng.randint(650, 750), "Y" if n < 10 else "N"], "\t")
    return d


@tpl(1)
def cn_template(rng, i):
    d = Doc("clinical_note")
    d.w("SCHOOL HEALTH OFFICE — VISIT NOTE TEMPLATE (EHR macro .SCHOOLVISIT v2.1.0.3)\n",
        "Student: @NAME@   DOB: @DOB@   Grade: @GRADE@\n",
        "S: @CHIEFCOMPLAINT@\nO: Temp ___ HR ___ RR ___ SpO2 ___%\n",
        "A: [ ] Asthma exacerbation  [ ] Hypoglycemia  [ ] Injury  [ ] Other: ______\n",
        "P: [ ] Returned to class  [ ] Sent home  [ ] 911\nRN: @USER@\n")
    return d


@tpl(1)
def lab_qc_report(rng, i):
    d = Doc("lab_report")
    d.w("GLUCOMETER QUALITY CONTROL LOG — Health Offices, District-wide\nMeter model: Accu-Chek Guide   Lot (strips): ", digits(rng, 6), "\n\n",
        "SITE                                   CONTROL   RESULT   RANGE      PASS\n")
    for s in rng.sample(SCHOOLS, 5):
        d.w(s.ljust(39), rng.choice(["LOW ", "HIGH"]), "      ", rng.randint(40, 320), "      ", "30-60 / 250-330", "  Y\n")
    d.w("\nAll meters passed. No patient results are recorded on this log.\n")
    return d


# ============================================================================= validation & output
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){13,19}(?<! )(?<!-)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,8}(?: ?[A-Z0-9]{1,3})?\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def covered(doc, s, e):
    return any(en["start"] <= s and e <= en["end"] for en in doc["entities"])


def validate(doc):
    text = doc["text"]
    prev_end = -1
    for en in doc["entities"]:
        s, e = en["start"], en["end"]
        assert en["type"] in ALL_TYPES
        frag = text[s:e]
        assert frag and frag == frag.strip(), (doc["id"], frag)
        assert frag == doc["_written"][(s, e)], (doc["id"], frag)
        assert s >= prev_end, ("overlap", doc["id"], frag)
        prev_end = e
        raw = frag.replace("\\n", "\n")
        t = en["type"]
        compact = re.sub(r"[\s.\-]", "", raw)
        if t == "US_SSN":
            assert ssn_ok(raw.replace(" ", "-")), raw
        elif t == "CREDIT_CARD":
            assert luhn_ok(compact) and len(compact) in (15, 16), raw
        elif t == "IBAN":
            assert iban_ok(raw), raw
        elif t == "UK_NHS_NUMBER":
            assert nhs_ok(raw), raw
        elif t == "ES_DNI":
            if compact[0] in "XYZ":
                assert nie_letter(compact[0], compact[1:8]) == compact[8], raw
            else:
                assert dni_letter(compact[:8]) == compact[8], raw
        elif t == "FR_NIR":
            assert nir_key(compact[:13]) == compact[13:], raw
        elif t == "DE_TAX_ID":
            assert len(compact) == 11 and steuer_shape_ok(compact[:10]) and steuer_check(compact[:10]) == compact[10], raw
        elif t == "IT_FISCAL_CODE":
            assert len(raw) == 16 and cf_check(raw[:15]) == raw[15], raw
        elif t == "CA_SIN":
            assert len(compact) == 9 and luhn_ok(compact), raw
        elif t == "BR_CPF":
            assert len(compact) == 11 and cpf_digits(compact[:9]) == compact[9:], raw
        elif t == "IN_AADHAAR":
            assert len(compact) == 12 and verhoeff_ok(compact) and compact[0] not in "01", raw
        elif t == "SG_NRIC":
            assert nric_letter(raw[0], raw[1:8]) == raw[8], raw
        elif t == "US_MBI":
            c = compact
            assert len(c) == 11 and c[0] in "123456789" and c[1] in MBI_ALPHA and c[3].isdigit() and c[4] in MBI_ALPHA \
                and c[6].isdigit() and c[7] in MBI_ALPHA and c[8] in MBI_ALPHA and c[9:].isdigit(), raw
        elif t == "UK_NATIONAL_INSURANCE_NUMBER":
            assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", compact), raw
        elif t == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", raw), raw
        elif t == "IP_ADDRESS":
            assert not raw.startswith("127.") and raw != "0.0.0.0", raw
    assert doc["classification"] == level_of({en["type"] for en in doc["entities"]})
    assert doc["format"] in FORMATS
    # leak check: unlabelled SSN-, card-, IBAN-, e-mail-shaped values
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group(0)) and not covered(doc, m.start(), m.end()):
            raise AssertionError(("unlabelled SSN", doc["id"], m.group(0)))
    for m in CARD_RE.finditer(text):
        c = re.sub(r"[ -]", "", m.group(0))
        if len(c) in (15, 16) and luhn_ok(c) and c[0] in "3456" and not covered(doc, m.start(), m.end()):
            # epoch/batch numbers are allowed only when unseparated and not card-prefixed
            raise AssertionError(("unlabelled card", doc["id"], m.group(0)))
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group(0)) and not covered(doc, m.start(), m.end()):
            raise AssertionError(("unlabelled IBAN", doc["id"], m.group(0)))
    for m in EMAIL_RE.finditer(text):
        if not covered(doc, m.start(), m.end()):
            raise AssertionError(("unlabelled email", doc["id"], m.group(0)))
    # format parse checks
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(text)
    elif f == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    elif f in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if f == "csv" else "\t"))
        rows = [r for r in rows if r]
        widths = {len(r) for r in rows}
        assert len(widths) == 1, (doc["id"], widths)
    # the JSON spans: check decoded string values still contain the labelled raw values
    return True


def main():
    for name, n, fn in TEMPLATES:
        for k in range(n):
            rng = random.Random(f"{SEED}:{name}:{k}")
            d = fn(rng, k)
            finish(f"h46_{name}-{k}", d)
    for doc in DOCS:
        validate(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in DOCS:
            out = {k: doc[k] for k in ("id", "text", "entities", "classification", "format")}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    # counts
    types = Counter(e["type"] for doc in DOCS for e in doc["entities"])
    fmts = Counter(doc["format"] for doc in DOCS)
    cls = Counter(doc["classification"] for doc in DOCS)
    empty = sum(1 for doc in DOCS if not doc["entities"])
    print(f"documents: {len(DOCS)}")
    print(f"no-entity documents: {empty}")
    print(f"templates: {len(TEMPLATES)}")
    print("\nclassification:")
    for k, v in cls.most_common():
        print(f"  {k:30s} {v}")
    print("\nformat:")
    for k, v in fmts.most_common():
        print(f"  {k:30s} {v}")
    print("\nentity type:")
    for k, v in types.most_common():
        print(f"  {k:30s} {v}")
    missing = ALL_TYPES - set(types)
    if missing:
        print("\nMISSING TYPES:", sorted(missing))


if __name__ == "__main__":
    main()
