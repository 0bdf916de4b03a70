#!/usr/bin/env python3
"""holdout13 corpus generator - standard library only, deterministic.
Written from the public contract (LABELS.md, PRIOR_CORPUS.md, BRIEF.md) only."""
import csv, io, json, random, re, string, sys
from collections import Counter

SEED = "holdout13/tamarack-estuary-4187"
OUT = "/tmp/holdout13/holdout13.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LEVEL_NAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 fhir_json form ticket".split())


class Lab:
    __slots__ = ("t", "v")
    def __init__(self, t, v):
        assert t in LEVEL, t
        self.t, self.v = t, v


def L(t, v):
    return Lab(t, v)


class Mix:
    """a JSON/CSV string mixing plain text and labelled values"""
    def __init__(self, *parts):
        self.parts = parts


class Doc:
    def __init__(self, fmt):
        assert fmt in FORMATS, fmt
        self.fmt = fmt
        self.buf = []
        self.n = 0
        self.ents = []

    def __call__(self, *parts):
        for p in parts:
            if isinstance(p, Lab):
                self.ents.append({"type": p.t, "start": self.n, "end": self.n + len(p.v)})
                self._app(p.v)
            elif isinstance(p, Mix):
                self(*p.parts)
            else:
                self._app(p)
        return self

    def _app(self, s):
        self.buf.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.buf)


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def emit_json(d, obj, indent=2, level=0, first_pad=True):
    """write obj to d; str values may be Lab or Mix. indent=None for compact."""
    nl = "\n" if indent is not None else ""
    pad = lambda k: (" " * (indent * k)) if indent is not None else ""
    sep = ", " if indent is None else ","
    colon = ": "
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{", nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d(pad(level + 1), '"', jstr(k), '"', colon)
            emit_json(d, v, indent, level + 1)
            if i < len(items) - 1:
                d(sep if indent is None else ",")
            d(nl)
        d(pad(level), "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[", nl)
        for i, v in enumerate(obj):
            d(pad(level + 1))
            emit_json(d, v, indent, level + 1)
            if i < len(obj) - 1:
                d(sep if indent is None else ",")
            d(nl)
        d(pad(level), "]")
    elif isinstance(obj, Lab):
        d('"', Lab(obj.t, jstr(obj.v)), '"')
    elif isinstance(obj, Mix):
        d('"')
        for p in obj.parts:
            if isinstance(p, Lab):
                d(Lab(p.t, jstr(p.v)))
            else:
                d(jstr(p))
        d('"')
    else:
        d(json.dumps(obj, ensure_ascii=False))


def emit_row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d(sep)
        raw = c.v if isinstance(c, Lab) else ("".join(p.v if isinstance(p, Lab) else p for p in c.parts) if isinstance(c, Mix) else str(c))
        need = sep in raw or '"' in raw or "\n" in raw
        if need:
            d('"')
        if isinstance(c, Lab):
            d(Lab(c.t, c.v.replace('"', '""')))
        elif isinstance(c, Mix):
            for p in c.parts:
                d(Lab(p.t, p.v.replace('"', '""')) if isinstance(p, Lab) else p.replace('"', '""'))
        else:
            d(str(c).replace('"', '""'))
        if need:
            d('"')
    d("\n")

# ---------------------------------------------------------------- checksums

def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


def luhn_break(s):
    # change the last digit so Luhn fails
    last = int(s[-1])
    return s[:-1] + str((last + 3) % 10)


def iban_check(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return "%02d" % (98 - int(conv) % 97)


def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    conv = "".join(str(int(ch, 36)) for ch in (s[4:] + s[:4]))
    return int(conv) % 97 == 1


def make_iban(cc, r, spaced=True):
    shapes = {"PL": "n24", "DE": "n18", "GB": "a4n14", "FR": "n10a11n2", "ES": "n20", "NL": "a4n10",
              "MX": None}
    sh = {"PL": [("n", 24)], "DE": [("n", 18)], "GB": [("A", 4), ("n", 14)], "NL": [("A", 4), ("n", 10)],
          "ES": [("n", 20)], "IT": [("A", 1), ("n", 10), ("n", 12)], "IE": [("A", 4), ("n", 14)], "PT": [("n", 21)]}[cc]
    bban = ""
    for kind, n in sh:
        if kind == "n":
            bban += "".join(r.choice(string.digits) for _ in range(n))
        else:
            bban += "".join(r.choice(string.ascii_uppercase) for _ in range(n))
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + bban[4:]
    iban = cc + iban_check(cc, bban) + bban
    assert iban_ok(iban)
    if spaced:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def nhs_make(r):
    while True:
        ds = [r.randint(0, 9) for _ in range(9)]
        ds[0] = r.randint(4, 7)
        s = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, ds)) + str(c)
        return n[:3] + " " + n[3:6] + " " + n[6:]


def nhs_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) != 10:
        return False
    t = sum(d * w for d, w in zip(ds[:9], range(10, 1, -1)))
    c = 11 - t % 11
    c = 0 if c == 11 else c
    return c != 10 and c == ds[9]


def nhs_bad(r):
    n = nhs_make(r)
    for k in range(1, 10):
        cand = n[:-1] + str((int(n[-1]) + k) % 10)
        if not nhs_ok(cand):
            return cand

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed([x for x in s if x.isdigit()])):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def aadhaar_make(r, spaced=True):
    body = str(r.randint(2, 9)) + "".join(r.choice(string.digits) for _ in range(10))
    n = body + verhoeff_digit(body)
    assert verhoeff_ok(n)
    return (n[:4] + " " + n[4:8] + " " + n[8:]) if spaced else n


def aadhaar_bad(r):
    n = aadhaar_make(r)
    for k in range(1, 10):
        c = n[:-1] + str((int(n[-1]) + k) % 10)
        if not verhoeff_ok(c):
            return c


def cpf_digits(base):
    s = sum(int(base[i]) * (10 - i) for i in range(9))
    d1 = (s * 10) % 11 % 10
    s = sum(int((base + str(d1))[i]) * (11 - i) for i in range(10))
    d2 = (s * 10) % 11 % 10
    return str(d1) + str(d2)


def cpf_make(r):
    while True:
        b = "".join(r.choice(string.digits) for _ in range(9))
        if len(set(b)) > 1:
            break
    n = b + cpf_digits(b)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])


def dni_letter(num):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23]


def dni_make(r, nie=False):
    if nie:
        p = r.choice("XYZ")
        n = r.randint(0, 9999999)
        full = int(str("XYZ".index(p)) + "%07d" % n)
        return "%s%07d%s" % (p, n, dni_letter(full))
    n = r.randint(10000000, 79999999)
    return "%08d%s" % (n, dni_letter(n))


def nir_make(r, sex, yy, mm):
    dept = r.choice(["75", "69", "13", "33", "59", "31", "67"])
    body = "%d%02d%02d%s%03d%03d" % (sex, yy, mm, dept, r.randint(1, 999), r.randint(1, 999))
    key = 97 - int(body) % 97
    return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def steuer_check(d10):
    prod = 10
    for ch in d10:
        s = (int(ch) + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c


def steuer_make(r):
    while True:
        digs = list(range(10))
        r.shuffle(digs)
        chosen = digs[:9]
        dup = r.choice(chosen)
        seq = chosen + [dup]
        r.shuffle(seq)
        if seq[0] == 0:
            continue
        d10 = "".join(map(str, seq))
        n = d10 + str(steuer_check(d10))
        return "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])

CF_ODD = {c: v for c, v in zip("0123456789", [1,0,5,7,9,13,15,17,19,21])}
CF_ODD.update({c: v for c, v in zip(string.ascii_uppercase, [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23])})
CF_EVEN = {c: int(c) for c in "0123456789"}
CF_EVEN.update({c: i for i, c in enumerate(string.ascii_uppercase)})


def cf_part(word, is_name):
    w = re.sub(r"[^A-Z]", "", word.upper())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def cf_make(first, last, y, m, dd, female, belfiore):
    s = cf_part(last, False) + cf_part(first, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % (dd + (40 if female else 0)) + belfiore
    tot = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return s + chr(ord("A") + tot % 26)


def nric_make(r, prefix):
    ds = [r.randint(0, 9) for _ in range(7)]
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(a * b for a, b in zip(ds, w)) + (4 if prefix in "TG" else 0)
    tbl = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + "".join(map(str, ds)) + tbl[t % 11]


def nino_make(r):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a = r.choice([c for c in string.ascii_uppercase if c not in bad1])
        b = r.choice([c for c in string.ascii_uppercase if c not in bad2])
        if a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        ds = "".join(r.choice(string.digits) for _ in range(6))
        return "%s%s %s %s %s %s" % (a, b, ds[:2], ds[2:4], ds[4:], r.choice("ABCD"))


def sin_make(r, spaced=True):
    n = luhn_complete(str(r.randint(1, 7)), 9, r)
    return "%s %s %s" % (n[:3], n[3:6], n[6:]) if spaced else "%s-%s-%s" % (n[:3], n[3:6], n[6:])


def ssn_make(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        v = "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
        if v.replace(sep, "") in ("078051120", "219099999", "123456789"):
            continue
        return v

MBI_L = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


def mbi_make(r, dashed=False):
    N = lambda: r.choice("0123456789")
    A = lambda: r.choice(MBI_L)
    AN = lambda: r.choice(MBI_L + list("0123456789"))
    s = r.choice("123456789") + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


def card_make(r, brand):
    if brand == "visa":
        n = luhn_complete("4" + str(r.randint(0, 9)), 16, r)
    elif brand == "mc":
        n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif brand == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    else:
        n = luhn_complete("6011", 16, r)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def npi_make(r):
    # NPI: Luhn over '80840' + 9 digits + check
    body = r.choice("12") + "".join(r.choice(string.digits) for _ in range(8))
    for c in string.digits:
        if luhn_ok("80840" + body + c):
            return body + c


def dea_make(r, last_initial):
    ds = [r.randint(0, 9) for _ in range(6)]
    c = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return r.choice("ABFM") + last_initial.upper() + "".join(map(str, ds)) + str(c)

# ---------------------------------------------------------------- values
NAMES = {
    "gb": (["Siobhan", "Callum", "Niamh", "Rhys", "Imogen"], ["Featherstonehaugh", "Ap Rhys", "MacLeod", "Ní Bhriain", "Okafor-Smith"]),
    "es": (["Itziar", "Jordi", "Begoña", "Íñigo"], ["Etxeberria Olano", "Puig i Ferrer", "García-Loygorri", "de la Fuente"]),
    "fr": (["Maëlle", "Gaëtan", "Anne-Sophie", "Loïc"], ["Le Goff", "d'Harcourt", "Nguyen-Duval", "Bénard"]),
    "de": (["Jürgen", "Wiebke", "Lasse", "Anneliese"], ["von Strachwitz", "Oßwald", "Müller-Lüdenscheidt", "Kähler"]),
    "it": (["Giuseppina", "Ottavio", "Chiara", "Gianmarco"], ["Esposito", "Dell'Acqua", "Lo Russo", "Bianchini"]),
    "br": (["João Pedro", "Thaís", "Raimundo", "Luana"], ["Conceição", "dos Santos Lima", "Figueiredo", "Araújo"]),
    "sg": (["Wei Ling", "Jun Jie", "Hui Min", "Kumaravel"], ["Tan", "Lim", "Goh", "s/o Ramasamy"]),
    "us": (["Kaylee", "Dustin", "Brandi", "Travis", "LaToya", "Wendell", "Marisol", "Cody", "Tamsin", "Earl", "Shonda", "Garrett", "Bethany", "DeShawn", "Loretta"],
           ["Pruitt", "Kowalczyk", "Hollister", "Birdsong", "McCrary", "Oyelaran-Hughes", "Tisdale", "Vance", "Lockhart", "Boudreaux", "Whitfield", "St. Germain", "O'Dell", "Yazzie", "Begay"]),
    "mx": (["Guadalupe", "Xóchitl", "Rodrigo", "Itzel", "Joaquín", "Maricruz", "Efraín", "Citlali", "Baltazar", "Nayeli"],
           ["de la Garza", "Huerta Villaseñor", "Ocampo", "Zúñiga", "Tlapanco", "Ibarra", "del Ángel", "Cuevas Tun", "Ek", "Monroy"]),
    "ca": (["Mathéo", "Geneviève", "Rémi", "Océane", "Wyatt", "Siobhan", "Émile", "Noémie"],
           ["Tremblay-Gagnon", "Bouchard", "Lévesque", "MacNeil", "Ouellet", "Fontaine", "Kakegamic", "Paquette"]),
    "ph": (["Maria Lourdes", "Jericho", "Rosalinda", "Bayani", "Ma. Teresa", "Jun-Jun", "Dalisay", "Rommel"],
           ["dela Cruz", "Macapagal", "Sumulong", "Bautista", "Pangilinan", "Dimaculangan", "Lacson", "Tolentino"]),
    "in": (["Harpreet", "Venkatesh", "Ananya", "Sreeja", "Mohammed Irfan", "Lakshmi", "Devraj", "Pooja"],
           ["Raghunathan", "Chaudhary", "Iyer", "Kaur Sandhu", "Parthasarathy", "Bhattacharjee", "Nair", "Qureshi"]),
    "ng": (["Chiamaka", "Oluwaseun", "Babatunde", "Ngozi", "Abubakar", "Ifeoluwa", "Chukwuemeka", "Halima"],
           ["Okonkwo", "Adeyemi-Bello", "Nwachukwu", "Balogun", "Abdullahi", "Ezeani", "Olatunji", "Danjuma"]),
    "vn": (["Thảo", "Minh Khoa", "Hương", "Duy", "Phương Anh", "Bảo", "Lan", "Quốc"],
           ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Lê", "Bùi"]),
    "pl": (["Agnieszka", "Wojciech", "Małgorzata", "Grzegorz", "Zofia", "Przemysław", "Jadwiga", "Łukasz"],
           ["Wiśniewska", "Szczepański", "Grabowski", "Kaczmarek", "Zając", "Wróblewska", "Brzęczyszczykiewicz", "Dąbrowski"]),
    "hm": (["Pa Nhia", "Tou", "Mai Yer", "Xue", "Yeng"], ["Vang", "Xiong", "Thao", "Lor", "Moua"]),
    "so": (["Hodan", "Abdirahman", "Fadumo", "Liban"], ["Warsame", "Hirsi", "Abdi Nur", "Farah"]),
    "sm": (["Sione", "Leilani", "Tavita", "Malia"], ["Fa'amausili", "Tuilagi", "Aumua", "Leota"]),
    "ht": (["Jean-Baptiste", "Nadège", "Wilner", "Fabienne"], ["Théodore", "Pierre-Louis", "Auguste", "Desrosiers"]),
}
SYL = ["ka", "lo", "vry", "zen", "tu", "mar", "quo", "bel", "dri", "nos", "eth", "ur", "ph", "ix", "sa", "gor", "fen", "yl"]


def invented(r, n=None):
    n = n or r.randint(2, 3)
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()


def person(r, origin=None):
    origin = origin or r.choice([k for k in NAMES if k not in ("gb", "es", "fr", "de", "it", "br", "sg")] + ["us", "us", "mx"])
    g, f = NAMES[origin]
    first = r.choice(g) if r.random() > 0.12 else invented(r)
    last = r.choice(f) if r.random() > 0.12 else invented(r, 3)
    return first, last

STATES = {  # code: (name, [(city, zip)], area codes)
    "WA": ("Washington", [("Yakima", "98902"), ("Spokane Valley", "99216"), ("Olympia", "98506")], ["509", "360"]),
    "OR": ("Oregon", [("Hood River", "97031"), ("Bend", "97702"), ("Coos Bay", "97420")], ["541", "503"]),
    "CA": ("California", [("Fresno", "93722"), ("Eureka", "95501"), ("Chula Vista", "91910")], ["559", "707", "619"]),
    "TX": ("Texas", [("Laredo", "78041"), ("Lubbock", "79415"), ("McAllen", "78501")], ["956", "806"]),
    "FL": ("Florida", [("Ocala", "34471"), ("Kissimmee", "34741")], ["352", "407"]),
    "NY": ("New York", [("Utica", "13501"), ("Jamaica", "11432")], ["315", "718"]),
    "IL": ("Illinois", [("Peoria", "61604"), ("Cicero", "60804")], ["309", "708"]),
    "PA": ("Pennsylvania", [("Altoona", "16602"), ("Allentown", "18102")], ["814", "610"]),
    "OH": ("Ohio", [("Zanesville", "43701"), ("Dayton", "45405")], ["740", "937"]),
    "MI": ("Michigan", [("Saginaw", "48601"), ("Dearborn", "48126")], ["989", "313"]),
    "NJ": ("New Jersey", [("Paterson", "07501"), ("Camden", "08102")], ["973", "856"]),
    "AZ": ("Arizona", [("Yuma", "85364"), ("Tuba City", "86045")], ["928"]),
    "CO": ("Colorado", [("Pueblo", "81003"), ("Greeley", "80631")], ["719", "970"]),
    "MN": ("Minnesota", [("St. Paul", "55106"), ("Rochester", "55901")], ["651", "507"]),
    "WI": ("Wisconsin", [("Wausau", "54403"), ("La Crosse", "54601")], ["715", "608"]),
    "MD": ("Maryland", [("Hagerstown", "21740"), ("Silver Spring", "20901")], ["301"]),
    "VA": ("Virginia", [("Roanoke", "24016"), ("Norfolk", "23504")], ["540", "757"]),
    "ID": ("Idaho", [("Nampa", "83651"), ("Twin Falls", "83301")], ["208"]),
    "NM": ("New Mexico", [("Gallup", "87301"), ("Las Cruces", "88001")], ["505", "575"]),
    "KS": ("Kansas", [("Garden City", "67846"), ("Wichita", "67214")], ["620", "316"]),
    "IA": ("Iowa", [("Sioux City", "51103"), ("Ottumwa", "52501")], ["712", "641"]),
    "GA": ("Georgia", [("Dalton", "30720"), ("Macon", "31201")], ["706", "478"]),
    "MA": ("Massachusetts", [("Lowell", "01852"), ("Fall River", "02720")], ["978", "508"]),
    "NV": ("Nevada", [("Elko", "89801"), ("Henderson", "89014")], ["775", "702"]),
    "KY": ("Kentucky", [("Hazard", "41701"), ("Bowling Green", "42101")], ["606", "270"]),
}
STREETS = ["Tieton Dr", "Fruitvale Blvd", "Old Mill Rd", "Cottonwood Ln", "Martin Luther King Jr Way", "Mesquite St",
           "Lakeshore Ave", "Prairie View Rd", "Chief Joseph Dr", "Calle Esperanza", "Orchard Loop", "Sequoia Cir",
           "Pine Ridge Trl", "Commerce St", "Bayou Rd", "Kalakaua Pl", "Wabash Ave", "Holly Ct", "County Road 14"]


def dl_number(st, r):
    D = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    A = lambda n: "".join(r.choice(string.ascii_uppercase) for _ in range(n))
    return {
        "WA": lambda: "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
        "OR": lambda: D(7) if r.random() < .6 else A(1) + D(6),
        "CA": lambda: A(1) + D(7),
        "TX": lambda: D(8),
        "FL": lambda: "%s%s-%s-%s-%s-%s" % (A(1), D(3), D(3), D(2), D(3), D(1)),
        "NY": lambda: "%s %s %s" % (D(3), D(3), D(3)),
        "IL": lambda: "%s%s-%s-%s" % (A(1), D(3), D(4), D(4)),
        "PA": lambda: "%s %s %s" % (D(2), D(3), D(3)),
        "OH": lambda: A(2) + D(6),
        "MI": lambda: "%s %s %s %s %s" % (A(1), D(3), D(3), D(3), D(3)),
        "NJ": lambda: "%s%s %s %s" % (A(1), D(4), D(5), D(5)),
        "AZ": lambda: A(1) + D(8),
        "CO": lambda: "%s-%s-%s" % (D(2), D(3), D(4)),
        "MN": lambda: A(1) + D(12),
        "WI": lambda: "%s%s-%s-%s-%s" % (A(1), D(3), D(4), D(4), D(2)),
        "MD": lambda: "%s-%s-%s-%s-%s" % (A(1), D(3), D(3), D(3), D(3)),
        "VA": lambda: A(1) + D(8),
        "ID": lambda: A(2) + D(6) + A(1),
        "NM": lambda: D(9),
        "KS": lambda: "K%s-%s-%s" % (D(2), D(2), D(4)),
        "IA": lambda: D(3) + A(2) + D(4),
        "GA": lambda: D(9),
        "MA": lambda: "S" + D(8),
        "NV": lambda: D(10),
        "KY": lambda: A(1) + D(2) + "-" + D(3) + "-" + D(3),
    }[st]()


def phone_us(r, st=None, style=None):
    ac = r.choice(STATES[st][2]) if st else r.choice(["509", "541", "208", "915", "715", "505", "307"])
    ex = str(r.randint(2, 9)) + "%02d" % r.randint(10, 99)
    while ex.endswith("11") or ex == "555":
        ex = str(r.randint(2, 9)) + "%02d" % r.randint(20, 98)
    ln = "%04d" % r.randint(0, 9999)
    style = style if style is not None else r.randint(0, 5)
    return ["(%s) %s-%s" % (ac, ex, ln), "%s-%s-%s" % (ac, ex, ln), "%s.%s.%s" % (ac, ex, ln),
            "+1 %s %s %s" % (ac, ex, ln), "1-%s-%s-%s" % (ac, ex, ln), "+1 (%s) %s-%s" % (ac, ex, ln)][style]


def phone_intl(r, cc):
    D = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    return {
        "mx": lambda: "+52 %s %s %s" % (r.choice(["55", "33", "81"]), D(4), D(4)),
        "ca": lambda: "+1 %s-%s-%s" % (r.choice(["514", "604", "416"]), r.randint(200, 899), D(4)),
        "ph": lambda: "+63 9%s %s %s" % (D(2), D(3), D(4)),
        "in": lambda: "+91 9%s %s" % (D(4), D(5)),
        "ng": lambda: "+234 80%s %s %s" % (D(1), D(3), D(4)),
        "vn": lambda: "+84 9%s %s %s" % (D(1), D(3), D(3)),
        "pl": lambda: "+48 5%s %s %s" % (D(2), D(3), D(3)),
        "uk": lambda: "+44 7%s %s" % (D(3), D(6)),
    }[cc]()


def us_address(r, st=None, style=None, caps=False):
    st = st or r.choice(list(STATES))
    city, z = r.choice(STATES[st][1])
    if r.random() < 0.4:
        z += "-%04d" % r.randint(1, 9999)
    style = style if style is not None else r.randint(0, 7)
    num = str(r.randint(3, 19999))
    dirp = r.choice(["", "", "N ", "SE ", "W ", "NW "])
    street = r.choice(STREETS)
    if style == 0:
        line1 = "%s %s%s" % (num, dirp, street)
    elif style == 1:
        line1 = "%s %s%s Apt %s" % (num, dirp, street, r.choice(["2B", "114", "C", "3-R"]))
    elif style == 2:
        line1 = "PO Box %d" % r.randint(10, 9999)
    elif style == 3:
        line1 = "RR %d Box %d" % (r.randint(1, 9), r.randint(10, 400))
    elif style == 4:
        line1 = "%s %s%s Spc %d" % (num, dirp, street, r.randint(1, 140))
    elif style == 5:
        line1 = "%s %s%s Lot %d" % (num, dirp, street, r.randint(1, 90))
    elif style == 6:
        line1 = "HC %d Box %d" % (r.randint(1, 80), r.randint(1, 9000))
    else:
        line1 = "%s %s%s # %d" % (num, dirp, street, r.randint(1, 40))
    city_line = "%s, %s %s" % (city, st, z)
    if caps:
        line1, city_line = line1.upper(), city_line.upper()
    return line1, city_line, (city, st, z)

PASSPORT_FMT = {  # country: (display, generator, labels)
    "US": ("United States", lambda r: ("%09d" % r.randint(100000000, 999999999)) if r.random() < .5 else r.choice("ACE") + "%08d" % r.randint(0, 99999999), ["Passport No.", "U.S. Passport #"]),
    "MX": ("México", lambda r: r.choice("GN") + "%08d" % r.randint(0, 99999999), ["Pasaporte núm.", "No. de pasaporte"]),
    "CA": ("Canada", lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + "%06d" % r.randint(0, 999999), ["Passport / Passeport no", "Numéro de passeport"]),
    "PH": ("Philippines", lambda r: "P%07d%s" % (r.randint(0, 9999999), r.choice("ABC")), ["Passport No. (PHL)", "Pasaporte Blg."]),
    "IN": ("India", lambda r: r.choice("JKLMNPRSTUVZ") + "%07d" % r.randint(1000000, 9999999), ["Passport No.", "पासपोर्ट / Passport No"]),
    "NG": ("Nigeria", lambda r: "A%08d" % r.randint(0, 99999999), ["Passport Number", "Intl Passport No"]),
    "VN": ("Viet Nam", lambda r: r.choice("BCN") + "%07d" % r.randint(0, 9999999), ["Số hộ chiếu / Passport No", "Passport No."]),
    "PL": ("Poland", lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + "%07d" % r.randint(0, 9999999), ["Numer paszportu", "Passport no."]),
    "GB": ("United Kingdom", lambda r: "%09d" % r.randint(100000000, 999999999), ["Passport number"]),
    "ES": ("España", lambda r: "PA" + r.choice("ABCDE") + "%06d" % r.randint(0, 999999), ["Núm. pasaporte", "Pasaporte"]),
    "FR": ("France", lambda r: "%02d%s%05d" % (r.randint(10, 24), "".join(r.choice(string.ascii_uppercase) for _ in range(2)), r.randint(0, 99999)), ["N° de passeport", "Passeport n°"]),
    "DE": ("Deutschland", lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), ["Reisepass-Nr.", "Passnummer"]),
    "IT": ("Italia", lambda r: "Y" + r.choice("ABC") + "%07d" % r.randint(0, 9999999), ["Numero passaporto", "Passaporto n."]),
    "BR": ("Brasil", lambda r: "F" + r.choice("HJKZ") + "%06d" % r.randint(0, 999999), ["Passaporte nº", "Número do passaporte"]),
    "SG": ("Singapore", lambda r: "K%07d%s" % (r.randint(0, 9999999), r.choice(string.ascii_uppercase)), ["Passport No."]),
}


def passport(r, cc):
    disp, gen, labels = PASSPORT_FMT[cc]
    return disp, gen(r), r.choice(labels), ("US_PASSPORT" if cc == "US" else "PASSPORT")


def mrn(r, kind=None):
    kind = kind if kind is not None else r.randint(0, 5)
    D = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    if kind == 0:
        return D(8)
    if kind == 1:
        return "E" + D(7)
    if kind == 2:  # facility-prefixed with mod-10 check
        b = D(7)
        return "CRM-%s-%d" % (b, sum(int(c) for c in b) % 10)
    if kind == 3:
        return "%s-%s-%s" % (D(3), D(2), D(2))
    if kind == 4:
        return "VMH" + D(6)
    return "00" + D(7)


def plan_id(r, payer=None):
    D = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    A = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(n))
    payer = payer or r.choice(["bcbs", "aetna", "uhc", "cigna", "humana", "medicaid_ca", "medicaid_ny", "medicaid_or", "kaiser", "molina", "tricare"])
    val = {"bcbs": lambda: A(3) + D(9), "aetna": lambda: "W" + D(9), "uhc": lambda: D(9) + "-0" + str(r.randint(1, 4)),
           "cigna": lambda: "U" + D(8) + " 0" + str(r.randint(1, 3)), "humana": lambda: "H" + D(8),
           "medicaid_ca": lambda: D(8) + A(1), "medicaid_ny": lambda: A(2) + D(5) + A(1),
           "medicaid_or": lambda: "OR" + D(6) + A(1), "kaiser": lambda: D(10), "molina": lambda: "MOL" + D(8),
           "tricare": lambda: D(11)}[payer]()
    name = {"bcbs": "Blue Cross Blue Shield", "aetna": "Aetna PPO", "uhc": "UnitedHealthcare Choice Plus", "cigna": "Cigna Open Access",
            "humana": "Humana Gold Plus HMO", "medicaid_ca": "Medi-Cal", "medicaid_ny": "NY Medicaid", "medicaid_or": "Oregon Health Plan",
            "kaiser": "Kaiser Permanente", "molina": "Molina Healthcare", "tricare": "TRICARE Select"}[payer]
    return name, val

DX = ["type 2 diabetes mellitus", "DM2", "HTN", "essential hypertension", "CKD stage 3a", "CKD3a", "COPD", "CHF",
      "HFrEF", "MDD", "major depressive disorder, recurrent, moderate", "GAD", "PTSD", "opioid use disorder", "OUD",
      "alcohol use disorder", "atrial fibrillation", "hypothyroidism", "moderate persistent asthma", "OSA",
      "GERD", "hyperlipidemia", "osteoarthritis of the right knee", "acute appendicitis", "community-acquired pneumonia",
      "cellulitis of the left lower extremity", "UTI", "migraine without aura", "bipolar I disorder", "schizoaffective disorder",
      "iron deficiency anemia", "gestational diabetes", "preeclampsia", "non-proliferative diabetic retinopathy",
      "primary open-angle glaucoma", "chronic periodontitis", "dental caries", "nuclear sclerotic cataract",
      "ductal carcinoma in situ", "adenocarcinoma of the sigmoid colon", "symptomatic cholelithiasis", "left femoral DVT",
      "chronic hepatitis C", "HIV", "ADHD, combined type", "Crohn's disease", "rheumatoid arthritis", "SUD", "CAD",
      "stage IIIA non-small cell lung cancer", "sickle cell disease", "Graves' disease", "multiple sclerosis"]
MEDS = ["metformin", "lisinopril", "amlodipine", "atorvastatin", "apixaban", "Eliquis", "insulin glargine", "levothyroxine",
        "sertraline", "escitalopram", "buprenorphine-naloxone", "Suboxone", "naltrexone", "bupropion", "quetiapine", "lithium carbonate",
        "albuterol", "Advair", "furosemide", "carvedilol", "spironolactone", "omeprazole", "gabapentin", "hydrocodone-acetaminophen",
        "amoxicillin", "cephalexin", "ceftriaxone", "warfarin", "Ozempic", "semaglutide", "empagliflozin", "prednisone", "methotrexate",
        "Humira", "latanoprost", "chlorhexidine gluconate", "tamsulosin", "montelukast", "prazosin", "hydroxyzine", "Vyvanse", "tiotropium"]
SIGS = ["500 mg PO BID", "10 mg PO daily", "5 mg PO BID", "40 mg PO qHS", "20 units SC qHS", "88 mcg PO qAM", "50 mg PO daily",
        "8 mg/2 mg SL film BID", "2 puffs INH q4-6h PRN SOB", "1 g IV q24h", "0.25 mg SC weekly", "300 mg PO TID", "25 mg PO q6h PRN anxiety"]
MEDSIG = [("metformin", "500 mg PO BID"), ("lisinopril", "10 mg PO daily"), ("amlodipine", "5 mg PO daily"), ("atorvastatin", "40 mg PO qHS"),
          ("insulin glargine", "20 units SC qHS"), ("levothyroxine", "88 mcg PO qAM"), ("sertraline", "50 mg PO daily"), ("escitalopram", "10 mg PO daily"),
          ("buprenorphine-naloxone", "8 mg/2 mg SL film BID"), ("albuterol HFA", "2 puffs INH q4-6h PRN SOB"), ("Ozempic", "0.25 mg SC weekly"),
          ("gabapentin", "300 mg PO TID"), ("hydroxyzine", "25 mg PO q6h PRN anxiety"), ("prazosin", "1 mg PO qHS for nightmares"),
          ("Eliquis", "5 mg PO BID"), ("furosemide", "40 mg PO daily"), ("tiotropium", "2 inh daily"), ("empagliflozin", "10 mg PO daily"),
          ("bupropion XL", "150 mg PO qAM"), ("naltrexone", "50 mg PO daily")]
DX_FAMILY = ["breast ca", "colon cancer", "MI at 52", "T2DM", "Alzheimer's dementia", "ovarian cancer", "schizophrenia", "CVA"]
ICD = ["E11.9", "I10", "N18.31", "J44.1", "I50.22", "F33.1", "F41.1", "F43.10", "F11.20", "K21.9", "E78.5", "M17.11", "Z79.4", "Z00.00"]
CPT = ["99213", "99214", "99204", "93000", "80053", "36415", "90834", "90837", "D0120", "D1110", "92014", "J1885", "G0439", "71046"]
COMPANIES = ["Johnson & Johnson", "Eli Lilly", "Abbott Laboratories", "Merck", "Bristol Myers Squibb", "McKesson", "Walgreens",
             "Baxter International", "Dr. Reddy's Laboratories", "Wells Fargo", "Ford Motor Credit", "Hewlett Packard Enterprise"]
BUILDINGS = ["Smith Pavilion", "Harriet Tubman Wing", "St. Jude Tower", "Ellison Cancer Center", "Mary Bridge Annex",
             "Dr. Alvarez Memorial Clinic", "Kaplan Behavioral Health Building", "Hutchinson Imaging Suite"]
FACILITY = "Columbia Ridge Health"


def dob(r, lo=1931, hi=2019):
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def fdate(y, m, dd, style=0):
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return ["%02d/%02d/%04d" % (m, dd, y), "%04d-%02d-%02d" % (y, m, dd), "%d/%d/%02d" % (m, dd, y % 100),
            "%s %d, %d" % (mon, dd, y), "%04d%02d%02d" % (y, m, dd), "%02d-%s-%04d" % (dd, mon.upper(), y)][style]


def email_of(r, first, last):
    f = re.sub(r"[^a-z]", "", first.lower().encode("ascii", "ignore").decode()) or "pt"
    l = re.sub(r"[^a-z]", "", last.lower().encode("ascii", "ignore").decode()) or "user"
    dom = r.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "charter.net", "yahoo.com.mx", "wp.pl"])
    return r.choice(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", r.randint(1, 99)), "%s%s" % ("%s"[0:2], "%s")]) % (f if r.random() < .7 else f[0], l) + "@" + dom


def ip_v4(r):
    return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                     "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                     "203.0.113.%d" % r.randint(1, 254), "198.51.100.%d" % r.randint(1, 254),
                     "%d.%d.%d.%d" % (r.choice([66, 73, 98, 174, 24, 47]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])


def ip_v6(r):
    return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))


def first_initial_last(first, last):
    return first


def digits(r, n):
    s = "".join(r.choice(string.digits) for _ in range(n))
    if n >= 12 and luhn_ok(s):  # long references stay Luhn-invalid (hard negatives, never cards)
        s = luhn_break(s)
    return s


def claim_no(r, n=13):
    s = digits(r, n)
    return luhn_break(s) if luhn_ok(s) else s

# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(fmt, n):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fmt, n, fn))
        return fn
    return deco


def nm(first, last, style=0, r=None):
    mi = (r.choice("ABCDEFGJKLMRSTW") + ".") if r else "J."
    return ["%s %s" % (first, last), "%s, %s" % (last.upper(), first.upper()), "%s, %s %s" % (last, first, mi),
            "%s %s %s" % (first, mi, last), "%s %s" % (first.upper(), last.upper())][style]


def st_name_variant(r, st):
    return r.choice([st, STATES[st][0], STATES[st][0].upper(), "State of " + STATES[st][0]])


def dx_pick(r, k=1):
    return r.sample(DX, k)


def med_pick(r, k=1):
    return r.sample(MEDS, k)


# ============ FORMS ============
@tpl("form", 4)
def f_registration(r, i, d):
    o = r.choice(["us", "us", "mx", "hm", "sm", "ht", "so", "vn"])
    first, last = person(r, o)
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st, caps=(i % 2 == 0))
    y, m, dd = dob(r)
    d(FACILITY.upper(), " - PATIENT REGISTRATION\n", "Clinic: ", r.choice(BUILDINGS), "  Room ", "%d%s" % (r.randint(100, 499), r.choice("ABC")), "\n\n")
    d("Legal name (Last, First): ", L("PERSON", "%s, %s" % (last, first)), "\n")
    d("Preferred name: ", L("PERSON", first.split()[0]), "\n")
    d("Date of birth: ", L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice([0, 2, 3]))), "    Sex at birth: ", r.choice(["F", "M", "X"]), "\n")
    d("Home address:\n  ", L("ADDRESS", a1 + "\n  " + a2), "\n")
    d("Cell: ", L("PHONE", phone_us(r, st)), "   OK to text? [x] Y [ ] N\n")
    if i % 3 != 1:
        d("E-mail: ", L("EMAIL", email_of(r, first, last)), "\n")
    else:
        d("E-mail: declined\n")
    if i % 2 == 0:
        d("SSN: ", L("US_SSN", ssn_make(r)), "\n")
    else:
        d("SSN: XXX-XX-", digits(r, 4), " (last 4 only)\n")
    dst = r.choice(list(STATES))
    if i in (1, 3):
        disp, pno, plab, ptype = passport(r, "US")
        d("Photo ID presented: ", plab, " ", L(ptype, pno), " (no state ID)")
    else:
        lab = r.choice(["DL#", "Lic No", "Driver's Lic (%s)" % dst, "Driver License No.", "ID state: %s  Number" % dst])
        d(lab, ": ", L("DRIVER_LICENSE", dl_number(dst, r)))
        if "(" not in lab and "ID state" not in lab:
            d("   Issuing state: ", st_name_variant(r, dst))
    d("\n\nPrimary insurance: ")
    pname, pid = plan_id(r)
    d(pname, "   Member ID: ", L("HEALTH_PLAN_ID", pid), "   Group #: ", "%s%d" % (r.choice(["GRP", "", "0"]), r.randint(10000, 999999)), "\n")
    d("Subscriber relationship: Self\n")
    ef, el = person(r, o)
    d("Emergency contact: ", L("PERSON", "%s %s" % (ef, el)), " (", r.choice(["spouse", "daughter", "brother", "tía"]), ")  ", L("PHONE", phone_us(r, st)), "\n")
    d("Referring provider NPI: ", npi_make(r), "\nForm rev. 2024.3.1.7  Printed ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 0), "\n")


@tpl("form", 3)
def f_insurance_card_ocr(r, i, d):
    first, last = person(r)
    if i == 3:  # Medicare card
        d("MEDICARE HEALTH INSURANCE\n1-800-MEDICARE (1-800-633-4227)\nName/Nombre\n", L("PERSON", "%s %s" % (first.upper(), last.upper())), "\n")
        d("Medicare Number/Número de Medicare\n", L("US_MBI", mbi_make(r, dashed=r.random() < .5)), "\n")
        d("Entitled to/Con derecho a     Coverage starts/Cobertura empieza\nHOSPITAL (PART A)     ", fdate(2019, 3, 1, 0), "\nMEDICAL  (PART B)     ", fdate(2019, 3, 1, 0), "\n")
        return
    pname, pid = plan_id(r, r.choice(["bcbs", "aetna", "uhc", "cigna", "molina"]))
    d("[OCR scan front] conf=0.", str(r.randint(80, 97)), "\n", pname.upper(), "\n")
    d(r.choice(["MEMBER", "Subscriber"]), " ", L("PERSON", "%s %s" % (first.upper(), last.upper())), "\n")
    d(r.choice(["ID ", "Member ID: ", "ID#"]), L("HEALTH_PLAN_ID", pid), "\n")
    d("GROUP ", digits(r, 6), "   RxBIN 0", digits(r, 5), "  RxPCN ", r.choice(["ADV", "9999", "MEDDPRIME"]), "  RxGRP ", "RX%d" % r.randint(1000, 9999), "\n")
    d("PCP $25  SPEC $50  ER $250  Plan code ", digits(r, 3), "\n[OCR scan back]\nMember services: ", L("PHONE", "1-800-%d-%04d" % (r.randint(200, 999), r.randint(0, 9999))), "\n")
    d("Providers file claims to: PO Box ", str(r.randint(1000, 99999)), " ", r.choice(["Atlanta, GA 30348", "Salt Lake City, UT 84130"]), "\n")


@tpl("form", 2)
def f_part2_consent(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r, 1960, 2004)
    d("CONSENT FOR THE RELEASE OF CONFIDENTIAL SUBSTANCE USE DISORDER INFORMATION (42 CFR Part 2)\n")
    d(FACILITY, " Behavioral Health - Kaplan Behavioral Health Building\n\n")
    d("I, ", L("PERSON", "%s %s" % (first, last)), ", born ", L("DATE_OF_BIRTH", fdate(y, m, dd, 3)), ", authorize ", FACILITY, " Opioid Treatment Program\n")
    d("to disclose: [x] diagnosis  [x] medication/dose  [ ] urine drug screen results\n")
    d("Information to be disclosed: treatment for ", L("DIAGNOSIS", r.choice(["opioid use disorder, severe", "OUD", "alcohol use disorder, moderate"])), "; current medication ", L("MEDICATION", r.choice(["buprenorphine-naloxone", "methadone", "Vivitrol", "naltrexone"])), "\n")
    rf, rl = person(r)
    d("To: Dr. ", L("PERSON", "%s %s" % (rf, rl)), ", ", r.choice(["Yakima Valley Farm Workers Clinic", "St. Jude Family Medicine", "Harbor View Dental"]), ", fax ", L("PHONE", phone_us(r)), "\n")
    d("Purpose: coordination of care. This consent expires on ", fdate(2026, r.randint(1, 12), r.randint(1, 28), 0), ".\n")
    d("Signature: /s/ ", L("PERSON", "%s %s" % (first, last)), "   Date: ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 0), "\nWitness: ", L("PERSON", "%s %s" % person(r)), ", CADC II\n")


@tpl("form", 5)
def f_intl_visitor(r, i, d):
    cc = ["MX", "CA", "PH", "IN", "PL", "NG", "VN"][i]
    o = {"MX": "mx", "CA": "ca", "PH": "ph", "IN": "in", "NG": "ng", "VN": "vn", "PL": "pl"}[cc]
    first, last = person(r, o)
    y, m, dd = dob(r, 1945, 2010)
    disp, pno, lab, ptype = passport(r, cc)
    d("INTERNATIONAL / SELF-PAY PATIENT REGISTRATION — Guest Services, ", r.choice(BUILDINGS), "\n")
    d("Patient name ........ ", L("PERSON", nm(first, last, r.choice([0, 4]))), "\n")
    d("Birth date .......... ", L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice([1, 5]))), "\n")
    d("Country of residence  ", disp, "\n")
    d(lab, " ..... ", L(ptype, pno), "   Expires ", fdate(r.randint(2026, 2033), r.randint(1, 12), r.randint(1, 28), 1), "\n")
    d("Mobile (home country) ", L("PHONE", phone_intl(r, o)), "\n")
    if cc == "CA":
        d("Provincial health card: ON ", digits(r, 4), "-", digits(r, 3), "-", digits(r, 3), "-XX (not billed)\nSocial Insurance Number (for travel insurer): ", L("CA_SIN", sin_make(r)), "\n")
        d("Home address: ", L("ADDRESS", "%d rue %s, %s, QC %s%d%s %d%s%d" % (r.randint(10, 9000), r.choice(["Saint-Denis", "de la Montagne", "Principale"]), r.choice(["Montréal", "Gatineau", "Rimouski"]), r.choice("GHJ"), r.randint(1, 9), r.choice("ABCEGHJ"), r.randint(1, 9), r.choice("KLMNPR"), r.randint(1, 9))), "\n")
    elif cc == "IN":
        d("Aadhaar (optional, for reimbursement): ", L("IN_AADHAAR", aadhaar_make(r)), "\n")
        d("Home address: ", L("ADDRESS", "Flat %d, %s, %s - %d" % (r.randint(1, 900), r.choice(["Sai Krupa Apartments, 4th Cross, Jayanagar", "Plot 17, Sector 21, Kharghar"]), r.choice(["Bengaluru 560041", "Navi Mumbai"]), r.randint(400000, 560099))), "\n")
    elif cc == "MX":
        d("Domicilio: ", L("ADDRESS", "Av. %s %d, Col. %s, %d %s" % (r.choice(["Revolución", "Hidalgo", "Benito Juárez"]), r.randint(1, 3000), r.choice(["Centro", "Del Valle", "Las Américas"]), r.randint(10000, 89999), r.choice(["Monterrey, N.L.", "Guadalajara, Jal.", "Nuevo Laredo, Tamps."]))), "\n")
        d("CURP: (no proporcionado)\n")
    elif cc == "PL":
        d("Adres: ", L("ADDRESS", "ul. %s %d m. %d, %02d-%03d %s" % (r.choice(["Piotrkowska", "Długa", "Świętokrzyska"]), r.randint(1, 200), r.randint(1, 90), r.randint(0, 99), r.randint(0, 999), r.choice(["Łódź", "Kraków", "Gdańsk"]))), "\n")
        d("Deposit refund IBAN: ", L("IBAN", make_iban("PL", r)), "\n")
    elif cc == "PH":
        d("Address: ", L("ADDRESS", "Blk %d Lot %d, %s, Brgy. %s, %s" % (r.randint(1, 40), r.randint(1, 60), r.choice(["Sampaguita St", "Mabini Ext"]), r.choice(["San Isidro", "Poblacion"]), r.choice(["Quezon City 1100", "Cebu City 6000"]))), "\n")
    elif cc == "NG":
        d("Address: ", L("ADDRESS", "%d %s, %s" % (r.randint(1, 99), r.choice(["Adeola Odeku Street, Victoria Island", "Ogui Road"]), r.choice(["Lagos 101241", "Enugu 400001"]))), "\n")
    else:
        d("Địa chỉ / Address: ", L("ADDRESS", "%d %s, %s" % (r.randint(1, 400), r.choice(["Lê Lợi, Phường Bến Thành, Quận 1", "Trần Phú, Phường 5"]), r.choice(["TP. Hồ Chí Minh", "Đà Nẵng"]))), "\n")
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st, style=r.choice([0, 1]))
    d("Local address while in US: ", L("ADDRESS", "%s, %s" % (a1, a2)), "\n")
    d("Reason for visit: ", L("DIAGNOSIS", r.choice(["acute appendicitis", "fracture of left distal radius", "community-acquired pneumonia", "kidney stone", "gestational diabetes"])), "\n")
    d("Travel insurer: ", r.choice(["Allianz Travel", "GeoBlue", "Seven Corners"]), "  Policy ", "TRV-", digits(r, 8), "\nDeposit: USD ", str(r.randint(500, 5000)), ".00 card ending ", digits(r, 4), "\n")


@tpl("form", 3)
def f_blank_form(r, i, d):
    d(r.choice(["NEW PATIENT HEALTH HISTORY", "Vision Clinic Intake", "Dental Patient Information", "Authorization to Release Records"]), "\n", FACILITY, " - ", r.choice(BUILDINGS), "\n\n")
    for lab in r.sample(["Patient Name", "Date Of Birth", "Social Security Number", "Driver's License Number", "Passport Number",
                         "Medicare Number", "Member ID", "Home Address", "Email Address", "Phone Number", "Current Medications",
                         "Diagnosis", "Allergies", "Preferred Pharmacy", "Emergency Contact", "Group Number"], 10):
        d(lab, ": ", r.choice(["______________", "[            ]", "", "(please print)"]), "\n")
    d("\nHave you ever had: [ ] Diabetes  [ ] High Blood Pressure  [ ] Asthma  [ ] Cancer  [ ] Hepatitis  [ ] HIV/AIDS\n")
    d("Form CRH-", digits(r, 4), " rev ", "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 40), r.randint(100, 999)), "  Page 1 of 2\n")


@tpl("form", 2)
def f_prior_auth(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r, 1950, 2012)
    pname, pid = plan_id(r)
    d("PRIOR AUTHORIZATION REQUEST — PHARMACY\nPlan: ", pname, "   Fax: ", L("PHONE", phone_us(r, style=1)), "\n")
    d("Member Name: ", L("PERSON", "%s %s" % (first, last)), "\nMember ID: ", L("HEALTH_PLAN_ID", pid), "\nDOB: ", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), "\n")
    med = r.choice(["Ozempic", "Humira", "Vyvanse", "Dupixent", "Mounjaro", "Xarelto"])
    d("Medication requested: ", L("MEDICATION", med), " ", r.choice(["1 mg SC weekly", "40 mg SC q14d", "30 mg PO daily", "300 mg SC q2wk"]), "   Qty: ", str(r.randint(1, 90)), "  NDC ", "%05d-%04d-%02d" % (r.randint(1, 99999), r.randint(1, 9999), r.randint(1, 99)), "\n")
    dx = r.choice(["type 2 diabetes mellitus", "moderate-to-severe plaque psoriasis", "ADHD, predominantly inattentive", "atopic dermatitis", "rheumatoid arthritis"])
    d("Diagnosis: ", L("DIAGNOSIS", dx), "  ICD-10: ", r.choice(ICD), "\n")
    d("Previously tried/failed: ", L("MEDICATION", r.choice(["metformin", "methotrexate", "atomoxetine", "triamcinolone cream"])), " x ", str(r.randint(3, 12)), " months\n")
    pf, pl = person(r)
    d("Prescriber: ", L("PERSON", "%s %s" % (pf, pl)), ", ", r.choice(["MD", "DO", "PA-C", "ARNP"]), "   NPI ", npi_make(r), "   DEA ", dea_make(r, pl[0] if pl[0].isalpha() else "X"), "\nOffice phone: ", L("PHONE", phone_us(r)), "\n")


@tpl("form", 2)
def f_dental_vision(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r, 1940, 2015)
    if i == 0:
        d("HARBOR VIEW DENTAL — MEDICAL HISTORY UPDATE\nPatient: ", L("PERSON", "%s %s" % (first, last)), "   Birthdate: ", L("DATE_OF_BIRTH", fdate(y, m, dd, 2)), "\n")
        d("Are you being treated for any condition?  Y  ->  ", L("DIAGNOSIS", r.choice(["HTN", "atrial fibrillation", "type 2 diabetes"])), "\n")
        d("Medications: ", L("MEDICATION", "warfarin"), " 5 mg daily, ", L("MEDICATION", r.choice(["metoprolol", "lisinopril"])), "\n")
        d("[ ] Artificial joint  [ ] Heart murmur  [ ] Bisphosphonates (Fosamax, Boniva)\nCDT today: D0120 D1110 D0274\n")
    else:
        d("NW VISION CENTER  intake\nName: ", L("PERSON", "%s, %s" % (last, first)), "\nDOB ", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), "\nVision plan: VSP  Member # ", L("HEALTH_PLAN_ID", digits(r, 11)), "\n")
        d("Eye conditions: ", L("DIAGNOSIS", r.choice(["primary open-angle glaucoma", "keratoconus", "nuclear sclerotic cataract"])), "; family hx macular degeneration (grandmother)\nDrops: ", L("MEDICATION", "latanoprost"), " 0.005% 1 gtt OU qHS\n")

# ============ CLINICAL ============
def hdr(r, d, first, last, title, y, m, dd):
    d(FACILITY, " — ", title, "\n", "Patient: ", L("PERSON", nm(first, last, r.choice([0, 2]), r)), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB: ", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), "\n")
    d("Encounter: ENC", digits(r, 9), "   DOS: ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 0), "   Loc: ", r.choice(BUILDINGS), " ", r.choice(["3W", "4E", "ICU", "PACU"]), "-", str(r.randint(1, 40)), r.choice("AB"), "\n\n")


@tpl("clinical_note", 5)
def c_soap(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r, 1945, 2000)
    hdr(r, d, first, last, r.choice(["Primary Care Progress Note", "Behavioral Health Follow-up", "Telehealth Visit"]), y, m, dd)
    dx1, dx2 = r.sample(["DM2", "HTN", "CKD3a", "COPD", "CHF", "MDD", "GAD", "PTSD", "OUD", "hyperlipidemia", "OSA", "hypothyroidism"], 2)
    d("S: ", str(2025 - y), " y/o w/ h/o ", L("DIAGNOSIS", dx1), " and ", L("DIAGNOSIS", dx2), " here for f/u. ")
    d(r.choice(["Reports feeling 'like a train wreck' this week but sleeping better. ", "Pt states mood is 'kind of blue'. ", "No new complaints. "]))
    d("Denies CP, SOB, SI/HI. FHx: mother ", r.choice(DX_FAMILY), ", father ", r.choice(DX_FAMILY), ". ")
    d("Smoker? quit ", str(r.randint(2001, 2022)), ".\n")
    d("O: BP ", "%d/%d" % (r.randint(110, 168), r.randint(60, 98)), "  HR ", str(r.randint(55, 104)), "  A1c ", "%.1f" % r.uniform(5.5, 10.9), "%  eGFR ", str(r.randint(35, 95)), "  PHQ-9 ", str(r.randint(0, 22)), "\n")
    d("A/P:\n1. ", L("DIAGNOSIS", dx1), " — ")
    (m1, s1), (m2, s2) = r.sample(MEDSIG, 2)
    d("continue ", L("MEDICATION", m1), " ", s1, "; ")
    d("start ", L("MEDICATION", m2), " ", s2, ".\n")
    d("2. r/o ", r.choice(["PE", "ACS", "bipolar spectrum", "thyroid nodule"]), " — low suspicion, no workup today. No evidence of ", r.choice(["DKA", "retinopathy", "psychosis"]), ".\n")
    if i % 2:
        d("3. Resolved: ", L("DIAGNOSIS", r.choice(["acute bronchitis", "C. diff colitis", "cellulitis"])), " (", fdate(2024, r.randint(1, 12), 1, 1), ") — s/p ", r.choice(["abx course", "PO vanc"]), ".\n")
    d("RTC ", str(r.randint(2, 12)), " wks. CPT ", r.choice(CPT), ", ICD ", r.choice(ICD), ".\n")
    sf, sl = person(r)
    d("Electronically signed: ", L("PERSON", "%s %s" % (sf, sl)), ", ", r.choice(["MD", "DNP, PMHNP-BC", "PA-C", "LICSW"]), "\n")


@tpl("clinical_note", 2)
def c_hp(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r, 1940, 1990)
    hdr(r, d, first, last, "HISTORY AND PHYSICAL", y, m, dd)
    cc = r.choice(["acute on chronic HFrEF exacerbation", "NSTEMI", "COPD exacerbation", "sepsis secondary to pyelonephritis"])
    d("CC: SOB x3d\nHPI: ", str(2025 - y), "F" if i else "M", " with PMH ", L("DIAGNOSIS", "CAD"), " s/p CABG 2016, ", L("DIAGNOSIS", "AFib"), " on ", L("MEDICATION", "apixaban"), ", presents with dyspnea. ")
    d("Admitted for ", L("DIAGNOSIS", cc), ". Differential also includes PNA vs PE — CTA pending.\n")
    d("PMH: ", L("DIAGNOSIS", "DM2"), " (insulin-requiring), ", L("DIAGNOSIS", "CKD stage 3b"), "\nPSH: appy 1988, CABG x3\n")
    d("Meds: ", L("MEDICATION", "insulin glargine"), " 24u qHS; ", L("MEDICATION", "furosemide"), " 40 mg PO daily; ", L("MEDICATION", "carvedilol"), " 12.5 mg BID\n")
    d("Allergies: ", L("MEDICATION", "penicillin"), " (hives)\nSocial: lives alone, daughter ", L("PERSON", person(r)[0]), " is HCPOA, ", L("PHONE", phone_us(r)), "\n")
    d("FHx: brother with ", r.choice(DX_FAMILY), "; no family h/o sudden cardiac death.\nROS: negative for fevers, chills, hemoptysis.\n")


@tpl("clinical_note", 2)
def c_opnote(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r, 1950, 2005)
    hdr(r, d, first, last, "OPERATIVE REPORT", y, m, dd)
    pre = r.choice(["symptomatic cholelithiasis", "acute appendicitis", "right inguinal hernia", "osteoarthritis of the left knee"])
    d("Preoperative diagnosis: ", L("DIAGNOSIS", pre), "\nPostoperative diagnosis: same\n")
    d("Procedure: ", r.choice(["laparoscopic cholecystectomy (CPT 47562)", "laparoscopic appendectomy (44970)", "TKA (27447)"]), "\n")
    sf, sl = person(r); af, al = person(r)
    d("Surgeon: ", L("PERSON", "%s %s" % (sf, sl)), ", MD   Assistant: ", L("PERSON", "%s %s" % (af, al)), ", PA-C\nAnesthesia: general ETT\nEBL: ", str(r.randint(5, 300)), " mL\n")
    d("Implants: lot ", "L", digits(r, 7), ", ref ", digits(r, 6), "-", digits(r, 2), "\nAbx: ", L("MEDICATION", "cefazolin"), " 2 g IV within 60 min of incision.\n")
    d("Findings: ", r.choice(["gangrenous gallbladder, no CBD stones", "inflamed appendix without perforation", "grade IV chondromalacia"]), ". Specimen to pathology (S25-", digits(r, 5), ").\n")


@tpl("lab_report", 3)
def c_rad_path(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r)
    kind = ["RADIOLOGY", "PATHOLOGY", "RADIOLOGY"][i]
    d(kind, " REPORT    ", FACILITY, " — Hutchinson Imaging Suite\n")
    d("NAME: ", L("PERSON", nm(first, last, 1)), "    MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r, 2)), "    DOB: ", L("DATE_OF_BIRTH", fdate(y, m, dd, 5)), "\n")
    d("ACCESSION: ", r.choice(["RAD", "SP"]), digits(r, 8), "   ORDERING: ", L("PERSON", "%s, %s" % person(r)[::-1]), "\n\n")
    if kind == "RADIOLOGY":
        d("EXAM: CT chest with contrast (CPT 71260)\nCLINICAL HISTORY: cough, r/o malignancy\nFINDINGS: 2.1 x 1.7 cm spiculated RUL mass. No pleural effusion. Incidental 4 mm LLL nodule.\n")
        d("IMPRESSION:\n1. ", L("DIAGNOSIS", "spiculated right upper lobe mass"), ", highly suspicious for primary lung malignancy (Lung-RADS 4B).\n2. No PE.\n")
    else:
        d("SPECIMEN: sigmoid colon, segmental resection\nFINAL DIAGNOSIS:\n  ", L("DIAGNOSIS", "invasive adenocarcinoma, moderately differentiated"), ", pT3 pN1a.\n  Margins negative. 1/17 lymph nodes positive.\n  MMR proteins intact (MLH1, PMS2, MSH2, MSH6).\n")
    d("Dictated by: ", L("PERSON", "%s %s" % person(r)), ", MD   Signed ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 1), " 14:22\n")


@tpl("lab_report", 2)
def c_lab(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r)
    d("CRH REFERENCE LAB                         CLIA 50D", digits(r, 7), "\n")
    d("PATIENT ", L("PERSON", nm(first, last, 1)), " " * 6, "MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r, 0)), "\n")
    d("DOB     ", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), "   SEX ", r.choice("FM"), "   COLLECTED ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 0), " 07:42\n")
    d("-" * 64, "\nTEST                 RESULT   FLAG  UNITS     REF RANGE\n")
    for t, lo, hi, u in [("GLUCOSE", 70, 240, "mg/dL"), ("CREATININE", 0.6, 2.8, "mg/dL"), ("HGB A1C", 5.0, 11.0, "%"), ("TSH", 0.3, 9.0, "uIU/mL"), ("WBC", 3.0, 16.0, "K/uL")]:
        v = r.uniform(lo, hi)
        d("%-20s %7.1f  %-4s  %-8s  %s\n" % (t, v, r.choice(["", "H", "L"]), u, "see ref"))
    d("-" * 64, "\nComment: ", r.choice(["Specimen slightly hemolyzed.", "Results consistent with ", "Repeat in 3 mo."]))
    if i == 0:
        d(L("DIAGNOSIS", "diabetes mellitus"), " per ADA criteria.")
    d("\nOrdering: ", L("PERSON", "%s %s" % person(r)), " NPI ", npi_make(r), "\n")


@tpl("discharge_summary", 3)
def c_discharge(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r, 1938, 1995)
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st)
    d("DISCHARGE SUMMARY\n", FACILITY, " Medical Center, Smith Pavilion\n\nName: ", L("PERSON", "%s %s" % (first, last)), "\nMRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Acct: ", digits(r, 10), "\nDOB: ", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), "\n")
    d("Admit: ", fdate(2025, 6, r.randint(1, 14), 0), "   Discharge: ", fdate(2025, 6, r.randint(15, 28), 0), "\n\nPrincipal diagnosis: ", L("DIAGNOSIS", r.choice(["sepsis due to E. coli UTI", "acute decompensated CHF", "DKA", "COPD with acute exacerbation"])), "\n")
    d("Secondary: ", L("DIAGNOSIS", r.choice(["AKI on CKD3a", "hypokalemia", "delirium, resolved"])), "; ", L("DIAGNOSIS", r.choice(["MDD", "OUD on MOUD", "HTN"])), "\n")
    d("Ruled out: NSTEMI (trop neg x3). Not consistent with pneumonia.\n\nHospital course: Pt treated with ", L("MEDICATION", "ceftriaxone"), " then transitioned to ", L("MEDICATION", r.choice(["cephalexin", "ciprofloxacin"])), ".\n")
    d("\nDischarge medications:\n - ", L("MEDICATION", "metoprolol succinate"), " 25 mg PO daily (NEW)\n - ", *(lambda ms: (L("MEDICATION", ms[0]), " ", ms[1]))(r.choice(MEDSIG)), " (CHANGED)\n - STOP ", L("MEDICATION", r.choice(["ibuprofen", "glipizide", "naproxen"])), "\n")
    d("\nDischarged to: home, ", L("ADDRESS", "%s\n%s" % (a1, a2)), "\nFollow-up: PCP ", L("PERSON", "%s %s" % person(r)), " in 7 days; clinic line ", L("PHONE", phone_us(r, st)), "\n")
    d("Pending at discharge: blood cx (final), pathology S25-", digits(r, 5), "\n")


@tpl("hl7", 5)
def c_hl7(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r)
    st = r.choice(list(STATES))
    a1, _, (city, _, z) = us_address(r, st, style=r.choice([0, 1, 2]))
    nl = "\r" if i % 2 else "\n"
    typ = ["ADT^A01", "ORU^R01", "RDE^O11", "ADT^A08", "ORU^R01"][i]
    ts = "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    d("MSH|^~\\&|EPIC|CRH|", r.choice(["RHAPSODY", "LAB", "PHARM"]), "|CRH|", ts, "||", typ, "|", digits(r, 10), "|P|2.5.1", nl)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn(r, r.choice([0, 1, 5]))), "^^^CRH^MR||", L("PERSON", "%s^%s^%s" % (last.upper(), first.upper(), r.choice("ABCDJ"))), "||", L("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)), "|", r.choice("FM"), "|||")
    d(L("ADDRESS", "%s^^%s^%s^%s" % (a1, city, st, z)), "^USA||", L("PHONE", phone_us(r, st, 0)), "|||||", digits(r, 9), nl)
    if typ.startswith("ADT"):
        nf, nlast = person(r)
        d("NK1|1|", L("PERSON", "%s^%s" % (nlast.upper(), nf.upper())), "|SPO|||", L("PHONE", phone_us(r, st, 1)), nl)
        d("PV1|1|I|4E^412^B^CRH||||", npi_make(r), "^", L("PERSON", "%s^%s" % person(r)[::-1]), "^^^^MD|||||||||||V", digits(r, 9), nl)
        code, txt = r.choice([("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"), ("F33.1", "Major depressive disorder, recurrent, moderate"), ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation")])
        d("DG1|1||", code, "^", L("DIAGNOSIS", txt), "^I10||", ts, "|A", nl)
        pname, pid = plan_id(r)
        d("IN1|1|", r.choice(["BCBS01", "AET02", "MCD"]), "|", digits(r, 5), "|", pname, "|||", "GRP", digits(r, 5), "|||||||", L("PERSON", "%s^%s" % (last.upper(), first.upper())), "|01|", L("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)), "||||||||||||||||||", L("HEALTH_PLAN_ID", pid), nl)
    elif typ.startswith("ORU"):
        d("OBR|1|", digits(r, 8), "|", digits(r, 8), "|4548-4^Hemoglobin A1c^LN|||", ts, nl)
        d("OBX|1|NM|4548-4^Hemoglobin A1c^LN||", "%.1f" % r.uniform(5, 11), "|%|4.0-5.6|H|||F", nl)
        d("OBX|2|TX|59776-5^Procedure findings^LN||Findings c/w ", L("DIAGNOSIS", "type 2 diabetes mellitus"), ", poorly controlled||||||F", nl)
    else:
        d("ORC|NW|", digits(r, 8), "|||||^^^", ts, nl)
        d("RXE|^BID^^", ts, "|", digits(r, 11), "^", L("MEDICATION", r.choice(["METFORMIN HCL", "SERTRALINE HCL", "LISINOPRIL", "BUPRENORPHINE-NALOXONE"])), " ", r.choice(["500 MG TAB", "50 MG TAB", "8-2 MG FILM"]), "^NDC|1||TAB|||||60|TAB|3", nl)


@tpl("fhir_json", 3)
def c_fhir(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r)
    st = r.choice(list(STATES))
    a1, _, (city, _, z) = us_address(r, st, style=r.choice([0, 1, 4]))
    pname, pid = plan_id(r)
    dxcode, dxv = r.choice([("F33.1", "Major depressive disorder"), ("N18.31", "Chronic kidney disease stage 3a"), ("J45.40", "Asthma, moderate persistent"), ("F43.10", "PTSD")])
    ref = r.choice(["Pulmonary embolism", "Bipolar disorder"])
    pid_ = "pt-" + digits(r, 6)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": pid_,
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.%d.1" % r.randint(100, 9999), "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", mrn(r, r.choice([1, 4])))}],
                      "name": [{"family": L("PERSON", last), "given": [L("PERSON", first)]}],
                      "telecom": [{"system": "phone", "value": L("PHONE", phone_us(r, st))}, {"system": "email", "value": L("EMAIL", email_of(r, first, last))}],
                      "birthDate": L("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)),
                      "address": [{"line": [L("ADDRESS", a1)], "city": city, "state": st, "postalCode": z}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": dxcode}], "text": L("DIAGNOSIS", dxv)}, "subject": {"reference": "Patient/" + pid_}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, "code": {"text": ref}, "subject": {"reference": "Patient/" + pid_}}},
        {"resource": {"resourceType": "MedicationRequest", "status": "active", "medicationCodeableConcept": {"text": Mix(L("MEDICATION", r.choice(["Sertraline", "Albuterol", "Losartan"])), " 50 MG Oral Tablet")},
                      "subject": {"reference": "Patient/" + pid_}}},
        {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", pid), "payor": [{"display": pname}], "class": [{"type": {"text": "group"}, "value": digits(r, 6)}]}},
    ]}
    emit_json(d, bundle, indent=2 if i != 1 else None)
    d("\n")


@tpl("discharge_summary", 2)
def c_ccd(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r)
    st = r.choice(list(STATES))
    a1, _, (city, _, z) = us_address(r, st, style=r.choice([0, 3, 6]))
    d('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>\n  <title>Continuity of Care Document</title>\n')
    d('  <recordTarget><patientRole>\n    <id extension="', L("MEDICAL_RECORD_NUMBER", mrn(r, 4)), '" root="2.16.840.1.113883.19.5.99999.2"/>\n')
    d('    <addr use="HP"><streetAddressLine>', L("ADDRESS", a1), '</streetAddressLine><city>', city, '</city><state>', st, '</state><postalCode>', z, '</postalCode></addr>\n')
    d('    <telecom value="tel:', L("PHONE", phone_us(r, st, 3)), '" use="HP"/>\n    <patient><name><given>', L("PERSON", first), '</given><family>', L("PERSON", last), '</family></name>\n')
    d('      <birthTime value="', L("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)), '"/></patient>\n  </patientRole></recordTarget>\n')
    d('  <component><section><title>Problems</title><text><list>\n    <item>', L("DIAGNOSIS", r.choice(["Hypertensive heart disease", "Type 1 diabetes mellitus"])), ' (active)</item>\n    <item>', L("DIAGNOSIS", r.choice(["Generalized anxiety disorder", "Obesity, class II"])), ' (active)</item>\n  </list></text></section></component>\n')
    d('  <component><section><title>Medications</title><text>', L("MEDICATION", r.choice(["Lisinopril", "Insulin lispro"])), ' 10 mg tablet daily</text></section></component>\n</ClinicalDocument>\n')

# ============ STRUCTURED ============
@tpl("csv", 3)
def s_payment_plans(r, i, d):
    sep = ","
    hdr_ = ["acct_no", "guarantor_last", "guarantor_first", "guarantor_ssn", "phone", "street", "zip", "balance", "plan_months", "card_last4", "status"]
    if i == 2:
        hdr_[4] = "Phone Number"; hdr_[5] = "Mailing Address"
    emit_row(d, hdr_, sep)
    for k in range(r.randint(3, 6)):
        first, last = person(r)
        st = r.choice(list(STATES))
        a1, _, (_, _, z) = us_address(r, st, caps=(i == 1))
        ssn = L("US_SSN", ssn_make(r, r.choice(["-", "-", ""]))) if r.random() < .5 else "***-**-" + digits(r, 4)
        emit_row(d, ["CRB" + digits(r, 8), L("PERSON", last), L("PERSON", first), ssn, L("PHONE", phone_us(r, st, r.choice([0, 1, 2]))), L("ADDRESS", a1), z,
                     "%.2f" % r.uniform(40, 9000), str(r.choice([6, 12, 18, 24])), digits(r, 4), r.choice(["ACTIVE", "DEFAULTED", "PAID", "SENT TO AGENCY"])], sep)


@tpl("tsv", 3)
def s_refill_queue(r, i, d):
    emit_row(d, ["rx_number", "patient_name", "dob", "drug", "strength", "ndc", "qty", "days_supply", "fill_due", "prescriber"], "\t")
    for k in range(r.randint(3, 6)):
        first, last = person(r)
        y, m, dd = dob(r)
        pf, pl = person(r)
        emit_row(d, ["RX" + digits(r, 7), L("PERSON", nm(first, last, 1)), L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), L("MEDICATION", r.choice(MEDS).upper()),
                     r.choice(["500MG", "10MG", "20MG", "8-2MG", "100UNIT/ML"]), "%05d-%04d-%02d" % (r.randint(1, 99999), r.randint(1, 9999), r.randint(1, 99)),
                     str(r.choice([30, 60, 90])), str(r.choice([30, 90])), fdate(2025, r.randint(1, 12), r.randint(1, 28), 1), L("PERSON", "%s %s" % (pf, pl))], "\t")


@tpl("csv", 3)
def s_deid_research(r, i, d):
    emit_row(d, ["study_id", "age_band", "sex", "zip3", "index_dx_icd10", "a1c_baseline", "arm", "visit_week"])
    for k in range(r.randint(5, 9)):
        emit_row(d, ["CRH-IRB-2291-%04d" % r.randint(1, 9999), r.choice(["18-29", "30-44", "45-64", "65+"]), r.choice("FM"), "%03d" % r.randint(100, 999),
                     r.choice(ICD), "%.1f" % r.uniform(6, 12), r.choice(["A", "B", "placebo"]), str(r.choice([0, 4, 12, 26]))])
    if i == 2:  # leaked identifiers in an "internal key" column
        d.buf[0] = d.buf[0]
        pass


@tpl("csv", 2)
def s_quality_measures(r, i, d):
    emit_row(d, ["measure_id", "measure_name", "clinic", "numerator", "denominator", "rate", "period"])
    for mid, name in [("CMS122v12", "Diabetes: Hemoglobin A1c Poor Control (>9%)"), ("CMS165v12", "Controlling High Blood Pressure"),
                      ("CMS2v13", "Screening for Depression and Follow-Up Plan"), ("CMS137v12", "Initiation and Engagement of SUD Treatment"),
                      ("NQF0018", "Hypertension control"), ("CMS131v12", "Diabetes: Eye Exam")]:
        n1 = r.randint(100, 900); n2 = n1 + r.randint(10, 600)
        emit_row(d, [mid, name, r.choice(BUILDINGS), str(n1), str(n2), "%.3f" % (n1 / n2), "2025Q%d" % r.randint(1, 4)])


@tpl("json", 3)
def s_eligibility_271(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r)
    st = r.choice(list(STATES))
    a1, a2, (city, _, z) = us_address(r, st)
    pname, pid = plan_id(r)
    obj = {"transactionSetControlNumber": digits(r, 9), "payer": {"name": pname, "payerId": digits(r, 5)},
           "provider": {"npi": npi_make(r), "organizationName": FACILITY},
           "subscriber": {"memberId": L("HEALTH_PLAN_ID", pid), "firstName": L("PERSON", first), "lastName": L("PERSON", last),
                          "dateOfBirth": L("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)), "gender": r.choice("FMU"),
                          "address": {"address1": L("ADDRESS", a1), "city": city, "state": st, "postalCode": z}},
           "planStatus": [{"statusCode": "1", "status": "Active Coverage", "serviceTypeCodes": ["30", "MH", "AL"]}],
           "benefits": [{"code": "C", "name": "Deductible", "amount": "%d.00" % r.randint(250, 6000)}, {"code": "B", "name": "Co-Payment", "amount": "25"}],
           "groupNumber": digits(r, 7), "traceNumber": claim_no(r, 15)}
    if i == 1:
        obj["subscriber"]["mbi"] = L("US_MBI", mbi_make(r))
        obj["payer"]["name"] = "Medicare Part B"
        del obj["subscriber"]["memberId"]
    emit_json(d, obj, indent=2)
    d("\n")


@tpl("json", 2)
def s_claim_837_json(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r)
    pname, pid = plan_id(r)
    obj = {"claimId": "CLM" + digits(r, 12), "billingProvider": {"npi": npi_make(r), "taxId": "%02d-%07d" % (r.randint(10, 99), r.randint(0, 9999999))},
           "patient": {"name": L("PERSON", "%s, %s" % (last, first)), "dob": L("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)), "memberId": L("HEALTH_PLAN_ID", pid)},
           "diagnosisCodes": r.sample(ICD, 3), "serviceLines": [{"cpt": c, "units": 1, "charge": "%.2f" % r.uniform(50, 900), "dos": "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))} for c in r.sample(CPT, 3)],
           "payer": pname, "frequencyCode": "1", "priorAuth": "PA" + digits(r, 9)}
    emit_json(d, obj, indent=None if i else 4)
    d("\n")


@tpl("ndjson", 3)
def s_portal_events(r, i, d):
    for k in range(r.randint(3, 5)):
        first, last = person(r)
        ev = r.choice(["login", "message_sent", "bill_paid", "proxy_added", "login_failed"])
        obj = {"ts": "2025-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
               "event": ev, "user": L("EMAIL", email_of(r, first, last)), "client_ip": L("IP_ADDRESS", ip_v4(r) if r.random() < .7 else ip_v6(r)),
               "ua": "MyChart/%d.%d.%d iOS" % (r.randint(9, 11), r.randint(0, 9), r.randint(0, 99)), "session": digits(r, 16)}
        if ev == "message_sent":
            obj["body_preview"] = Mix("Hi Dr. ", L("PERSON", person(r)[1]), ", my ", L("MEDICATION", r.choice(["sertraline", "Adderall", "lisinopril"])), " refill ran out")
        if ev == "proxy_added":
            pf, pl = person(r)
            obj["proxy_name"] = L("PERSON", "%s %s" % (pf, pl))
        emit_json(d, obj, indent=None)
        d("\n")


@tpl("ndjson", 2)
def s_callcenter_ndjson(r, i, d):
    for k in range(3):
        first, last = person(r)
        st = r.choice(list(STATES))
        obj = {"call_id": "CC-" + digits(r, 10), "queue": r.choice(["billing", "scheduling", "nurse_line", "pharmacy"]), "agent": "agent_%d" % r.randint(100, 999),
               "caller_ani": L("PHONE", "+1%s%s%s" % (r.choice(STATES[st][2]), r.randint(200, 989), digits(r, 4))), "duration_s": r.randint(30, 1500),
               "note": Mix("Caller ", L("PERSON", "%s %s" % (first, last)), " verified w/ DOB ", L("DATE_OF_BIRTH", fdate(*dob(r), 0)), r.choice([", asked about EOB.", ", needs refill sent to Walgreens on Main.", ", wants payment plan."]))}
        emit_json(d, obj, indent=None)
        d("\n")


@tpl("yaml", 3)
def s_yaml(r, i, d):
    if i == 0:
        d("# interface-engine route config — no PHI\nroute: adt_to_billing\nsource:\n  host: 10.40.2.15\n  port: 6661\nversion: 10.2.0.34\noid_root: 2.16.840.1.113883.3.4412\nretry:\n  max: 5\n  backoff_ms: 2500\nowner_team: Revenue Cycle Integration (Smith Pavilion, 2nd floor)\n")
        return
    first, last = person(r)
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st)
    y, m, dd = dob(r, 1930, 1960)
    d("# non-emergency medical transport request\nrequest_id: NEMT-", digits(r, 8), "\nrider:\n  name: ", L("PERSON", "%s %s" % (first, last)), "\n  dob: ", L("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)), "\n")
    pname, pid = plan_id(r, "medicaid_or" if i == 1 else "medicaid_ca")
    d("  plan: ", pname, "\n  member_id: ", L("HEALTH_PLAN_ID", pid), "   # Medicaid ID\n  mobility: wheelchair\n  pickup_address: |\n    ", L("ADDRESS", a1 + "\n    " + a2), "\n  callback: \"", L("PHONE", phone_us(r, st, 1)), "\"\n")
    d("appointment:\n  facility: ", FACILITY, " Dialysis, St. Jude Tower\n  reason: ", L("DIAGNOSIS", "ESRD on hemodialysis"), "\n  chair_time: \"06:15\"\n")


@tpl("json", 2)
def s_formulary(r, i, d):
    items = []
    for drug, tier in [("metformin", 1), ("atorvastatin", 1), ("Ozempic", 3), ("Eliquis", 2), ("buprenorphine-naloxone", 1), ("Humira", 5), ("sertraline", 1), ("insulin glargine", 2)]:
        items.append({"drug": drug, "tier": tier, "pa_required": tier >= 3, "ndc": "%05d-%04d-%02d" % (r.randint(1, 99999), r.randint(1, 9999), r.randint(1, 99)),
                      "indications": r.sample(["type 2 diabetes", "hyperlipidemia", "atrial fibrillation", "opioid use disorder", "rheumatoid arthritis", "depression"], 2)})
    emit_json(d, {"formulary": "CRH Health Plan 2026 Commercial", "version": "2026.1.0.4", "effective": "2026-01-01", "items": items}, indent=2 if i else None)
    d("\n")


@tpl("tsv", 2)
def s_denials(r, i, d):
    emit_row(d, ["icn", "patient", "member_id", "payer", "dos", "cpt", "carc", "rarc", "billed", "allowed"], "\t")
    for k in range(r.randint(3, 5)):
        first, last = person(r)
        pname, pid = plan_id(r)
        mid = L("HEALTH_PLAN_ID", pid)
        if r.random() < .3:
            pname, mid = "Medicare Part B (Noridian JF)", L("US_MBI", mbi_make(r))
        emit_row(d, [claim_no(r, 14), L("PERSON", "%s %s" % (first, last)), mid, pname, fdate(2025, r.randint(1, 12), r.randint(1, 28), 1),
                     r.choice(CPT), r.choice(["CO-197", "CO-16", "PR-1", "CO-50", "CO-29"]), r.choice(["N30", "M127", "MA130", ""]), "%.2f" % r.uniform(80, 3000), "0.00"], "\t")


@tpl("json", 2)
def s_staff_directory(r, i, d):
    staff = []
    for k in range(4):
        f, l = person(r)
        staff.append({"displayName": L("PERSON", "%s %s" % (f, l)), "title": r.choice(["Charge Nurse", "Medical Director", "Revenue Cycle Analyst", "Pharmacist in Charge"]),
                      "building": r.choice(BUILDINGS), "ext": "x%d" % r.randint(4000, 4999)})
    emit_json(d, {"department": r.choice(["Pharmacy Services", "Behavioral Health", "Patient Financial Services"]), "updated": "2025-09-30", "staff": staff}, indent=2)
    d("\n")


@tpl("csv", 2)
def s_inventory(r, i, d):
    emit_row(d, ["item_sku", "description", "ndc", "lot", "exp", "bin", "qty_on_hand", "reorder_pt"])
    for k in range(6):
        emit_row(d, ["SKU-%05d-%s" % (r.randint(1, 99999), r.choice("ABCX")), r.choice(["Amoxicillin 500mg cap", "Lidocaine 1% 20mL vial", "Insulin glargine pen", "Naloxone 4mg nasal spray", "Gauze 4x4 sterile", "Ondansetron ODT 4mg"]),
                     "%05d-%04d-%02d" % (r.randint(1, 99999), r.randint(1, 9999), r.randint(1, 99)), "LOT%s%d" % (r.choice(["A", "K", "Z"]), r.randint(10000, 99999)),
                     "%02d/%d" % (r.randint(1, 12), r.randint(2026, 2028)), "%s-%02d" % (r.choice(["PH", "OR", "ED"]), r.randint(1, 40)), str(r.randint(0, 400)), str(r.randint(10, 60))])

# ============ LOGS ============
def ts(r):
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


@tpl("log", 3)
def l_ehr_audit(r, i, d):
    for k in range(r.randint(4, 7)):
        uf, ul = person(r)
        pf, pl = person(r)
        act = r.choice(["CHART_OPEN", "NOTE_SIGN", "PRINT_AVS", "BTG_ACCESS", "ORDER_ENTRY", "REPORT_RUN"])
        d(ts(r), " level=INFO svc=ehr-audit action=", act, " user_id=", r.choice("abcdefghjk"), ul.lower()[:5].replace(" ", "").replace("'", ""), digits(r, 2))
        d(" user_name=\"", L("PERSON", "%s %s" % (uf, ul)), "\" ws=CRH-WS-", digits(r, 4), " src_ip=", L("IP_ADDRESS", ip_v4(r)))
        if act != "REPORT_RUN":
            d(" mrn=", L("MEDICAL_RECORD_NUMBER", mrn(r, i % 3)), " pt=\"", L("PERSON", "%s, %s" % (pl.upper(), pf.upper())), "\"")
            if act == "BTG_ACCESS":
                d(" reason=\"VIP/employee chart - break the glass\"")
        else:
            d(" report=\"Open Encounters by Dept\" rows=", str(r.randint(10, 9000)))
        d(" enc=", digits(r, 9), "\n")


@tpl("log", 2)
def l_portal_access(r, i, d):
    for k in range(r.randint(4, 7)):
        ip = ip_v4(r) if r.random() < .75 else ip_v6(r)
        d(L("IP_ADDRESS", ip), " - - [", "%02d/Oct/2025:%02d:%02d:%02d +0000" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), "] \"",
          r.choice(["GET /mychart/Home", "POST /mychart/Messaging/Send", "GET /api/v2/appointments?dept=4410", "GET /static/app.%s.js" % digits(r, 8)]),
          " HTTP/1.1\" ", r.choice(["200", "302", "401", "404"]), " ", str(r.randint(200, 90000)), " \"-\" \"Mozilla/5.0\"\n")


@tpl("log", 4)
def l_app_noPII(r, i, d):
    for k in range(r.randint(5, 8)):
        d(ts(r), " ", r.choice(["INFO", "WARN", "DEBUG", "ERROR"]), " [", r.choice(["interface-engine", "claims-scrubber", "edi-batch", "rx-sync", "scheduler"]), "] ")
        d(r.choice([
            "loaded build %d.%d.%d.%d (commit %s)" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 99), r.randint(100, 999), "".join(r.choice("0123456789abcdef") for _ in range(10))),
            "batch ISA13=%09d GS06=%d ST02=%04d accepted segments=%d" % (r.randint(1, 999999999), r.randint(1, 99999), r.randint(1, 9999), r.randint(100, 9000)),
            "OID 2.16.840.1.113883.6.%d not mapped; falling back to LOINC 2.%d" % (r.randint(1, 300), r.randint(60, 80)),
            "elapsed=%dms heap=%dMB gc_pauses=%d" % (r.randint(1, 9000), r.randint(200, 4000), r.randint(0, 40)),
            "job nightly_835_post completed: %d remits, %d EFT traces (TRN %s)" % (r.randint(1, 400), r.randint(1, 50), claim_no(r, 15)),
            "tracking 1Z%s shipped specimen kit to lab" % "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
            "listening on 0.0.0.0:8443; health on 127.0.0.1:9090",
            "cert CN=interface.crh.local expires 2026-03-31T00:00:00Z (epoch 1774915200)",
            "order ORD-%s status=SHIPPED sku=CRH-%d-%s" % (digits(r, 10), r.randint(100, 999), r.choice("ABCD")),
            "schema migration v%d.%d.%d.%d applied" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99), r.randint(0, 255)),
        ]), "\n")


@tpl("log", 2)
def l_pharmacy_journal(r, i, d):
    d("# CRH Retail Pharmacy #", str(r.randint(10, 99)), " dispensing journal\n")
    for k in range(r.randint(3, 6)):
        first, last = person(r)
        d(ts(r), " DISPENSE rx=", digits(r, 7), "-", digits(r, 2), " pt=", L("PERSON", "%s,%s" % (last.upper(), first.upper())), " drug=\"", L("MEDICATION", r.choice(MEDS).upper()), " ", r.choice(["500MG TAB", "10MG TAB", "2MG/ML SOLN", "100 UNIT/ML PEN"]), "\" ndc=",
          "%05d-%04d-%02d" % (r.randint(1, 99999), r.randint(1, 9999), r.randint(1, 99)), " qty=", str(r.choice([30, 60, 90])), " rph=RPH", digits(r, 3), " lot=", "K", digits(r, 6), "\n")
        if k == 1 and i == 0:
            d(ts(r), " PDMP_CHECK pt_dob=", L("DATE_OF_BIRTH", fdate(*dob(r), 0)), " state=", r.choice(list(STATES)), " result=no_alerts\n")


@tpl("log", 2)
def l_sms_gateway(r, i, d):
    for k in range(r.randint(3, 6)):
        first, last = person(r)
        st = r.choice(list(STATES))
        d(ts(r), " sms.out id=SM", "".join(r.choice("0123456789abcdef") for _ in range(12)), " to=", L("PHONE", "+1%s%d%s" % (r.choice(STATES[st][2]), r.randint(200, 989), digits(r, 4))), " tmpl=appt_reminder_v3 ")
        d("body=\"Hi ", L("PERSON", first), ", reminder: ", r.choice(["Dental cleaning", "Eye exam", "Behavioral Health visit", "lab draw"]), " ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 2), " 9:40am at ", r.choice(BUILDINGS), ". Reply C to confirm.\" status=", r.choice(["delivered", "queued", "undeliverable"]), "\n")


@tpl("log", 2)
def l_denial_kv(r, i, d):
    for k in range(r.randint(3, 5)):
        pname, pid = plan_id(r)
        d(ts(r), " svc=denial-worker claim=", claim_no(r, 13), " payer=\"", pname, "\" member_id=", L("HEALTH_PLAN_ID", pid), " carc=", r.choice(["CO-197", "CO-16", "PR-204"]), " cpt=", r.choice(CPT), " icd=", r.choice(ICD), " batch=B", digits(r, 6), " queue=appeals\n")


@tpl("log", 2)
def l_payment_gw(r, i, d):
    for k in range(4):
        d(ts(r), " gw=payeezy txn=", digits(r, 12), " amt=", "%.2f" % r.uniform(10, 900), " pan=", r.choice(["4***********%s" % digits(r, 4), "5%s******%s" % (digits(r, 5), digits(r, 4)), "XXXX-XXXX-XXXX-%s" % digits(r, 4)]), " auth=", digits(r, 6), " guarantor_acct=CRB", digits(r, 8), "\n")
    if i == 0:
        d(ts(r), " ERROR gw=payeezy raw_request={\"card\":\"", L("CREDIT_CARD", card_make(r, "visa").replace(" ", "")), "\",\"exp\":\"0", str(r.randint(1, 9)), "/28\",\"zip\":\"", digits(r, 5), "\"} -- decline 05\n")
    else:
        bad = luhn_break(card_make(r, "mc").replace(" ", ""))
        d(ts(r), " WARN gw=payeezy rejected pan failing mod10 (", bad, ") source_ip=", L("IP_ADDRESS", ip_v4(r)), "\n")


@tpl("log", 1)
def l_sftp(r, i, d):
    for k in range(r.randint(4, 6)):
        d("%s sshd[%d]: " % (ts(r), r.randint(1000, 65000)), r.choice(["Accepted publickey for edi_clearinghouse from ", "Failed password for crh_lab_feed from ", "Received disconnect from "]), L("IP_ADDRESS", ip_v4(r)), " port ", str(r.randint(1024, 65535)), " ssh2\n")
        d("%s sftp-server: put /inbound/837P_%s_%s.x12 bytes=%d\n" % (ts(r), digits(r, 8), digits(r, 4), r.randint(1000, 900000)))


@tpl("log", 2)
def l_hl7_engine(r, i, d):
    for k in range(r.randint(3, 5)):
        d(ts(r), " [rhapsody] route=ADT_IN msg_ctrl=", digits(r, 10), " type=", r.choice(["ADT^A04", "ADT^A08", "ORU^R01"]), " ack=AA latency_ms=", str(r.randint(3, 900)), "\n")
    if i == 1:
        first, last = person(r)
        y, m, dd = dob(r)
        d(ts(r), " [rhapsody] ERROR parse failure seg=PID content=\"PID|1||", L("MEDICAL_RECORD_NUMBER", mrn(r, 0)), "^^^CRH^MR||", L("PERSON", "%s^%s" % (last.upper(), first.upper())), "||", L("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)), "|X\"\n")

# ============ EMAIL / CHAT / TICKET ============
@tpl("email", 3)
def e_referral(r, i, d):
    pf, pl = person(r)
    sf, sl = person(r)
    y, m, dd = dob(r, 1950, 2015)
    se = email_of(r, sf, sl).split("@")[0] + "@columbiaridgehealth.org"
    d("From: ", L("PERSON", "%s %s" % (sf, sl)), " <", L("EMAIL", se), ">\nTo: referrals@", r.choice(["nwcardiology.com", "valleyortho.net", "cascadebh.org"]), "\n")
    d("Subject: Referral — ", L("PERSON", "%s %s" % (pf, pl)), " (DOB ", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), ")\n\n")
    d("Hello team,\n\nReferring our mutual patient ", L("PERSON", "%s %s" % (pf, pl)), ", MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), ", for evaluation of ", L("DIAGNOSIS", r.choice(["new-onset atrial fibrillation", "refractory PTSD", "chronic low back pain with radiculopathy", "suspected obstructive sleep apnea"])), ". ")
    d("Current meds include ", L("MEDICATION", r.choice(MEDS)), " and ", L("MEDICATION", r.choice(MEDS)), ". She has no history of stroke or bleeding.\n")
    d("Her sister had ", r.choice(DX_FAMILY), " - not relevant to this referral.\n\nPatient cell: ", L("PHONE", phone_us(r)), "\n\nThanks,\n", L("PERSON", sf), "\n", r.choice(["Family Medicine, St. Jude Tower", "Care Coordination"]), "\nFax 1-", str(r.randint(200, 999)), "-", str(r.randint(200, 999)), "-", digits(r, 4), "\n" if False else "\n")


@tpl("email", 3)
def e_internal_noPII(r, i, d):
    if i == 0:
        d("From: Pharmacy & Therapeutics Committee <", L("EMAIL", "pt-committee@columbiaridgehealth.org"), ">\n")
    else:
        d("From: Pharmacy & Therapeutics Committee\n")
    d("To: All Prescribers\nSubject: ", ["Formulary update Q3", "Reminder: Presidents' Day clinic hours", "New sepsis order set go-live"][i], "\n\n")
    d(["Effective Oct 1, semaglutide (Ozempic) moves to tier 3 with PA for type 2 diabetes; not covered for weight loss. ",
       "Clinics in the Smith Pavilion will close early for Martin Luther King Jr. Day. ",
       "The revised sepsis bundle (SEP-1) recommends lactate within 3 hours and broad-spectrum antibiotics such as piperacillin-tazobactam. "][i])
    d("Buprenorphine no longer requires an X-waiver. Please review the attached Johnson & Johnson and Eli Lilly supply notices. ")
    d("Questions: ext 4471.\nRef: P&T minutes v3.2.10.1, policy PHARM-", digits(r, 3), "\n\n— P&T Committee (Chair: Medical Director, Pharmacy)\n")


@tpl("chat", 3)
def ch_portal(r, i, d):
    pf, pl = person(r)
    nf, nl_ = person(r)
    d("[Secure Message Thread #", digits(r, 8), "]\n")
    d(L("PERSON", "%s %s" % (pf, pl)), " (patient) 10:02: hi this is about my ", L("MEDICATION", r.choice(["lithium", "sertraline", "Suboxone", "metformin"])), ", im out and the pharmacy says no refills\n")
    d(L("PERSON", "%s %s" % (nf, nl_)), ", RN 10:15: Hi ", L("PERSON", pf), ", I sent a request to Dr. ", L("PERSON", person(r)[1]), ". Any side effects? Any thoughts of harming yourself?\n")
    d(L("PERSON", "%s %s" % (pf, pl)), " (patient) 10:21: no none of that. my ", L("DIAGNOSIS", r.choice(["bipolar", "depression", "diabetes"])), " has been ok. also new address is ")
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st, style=r.choice([1, 4, 5]))
    d(L("ADDRESS", "%s %s" % (a1, a2)), "\n")
    d(L("PERSON", "%s %s" % (nf, nl_)), ", RN 10:30: Updated. Refill sent to CRH Pharmacy #", str(r.randint(10, 99)), ". Call ", L("PHONE", phone_us(r, st)), " if it isn't ready.\n")


@tpl("chat", 3)
def ch_sms(r, i, d):
    st = r.choice(list(STATES))
    if i == 2:
        d("CRH: Flu shots are free this Saturday at the Harriet Tubman Wing lobby, 9-1. No appt needed. Reply STOP to opt out.\n")
        d("CRH: Reminder - Veterans Day clinic hours 8-12. Txt HELP for help.\n")
        return
    first, _ = person(r)
    d("CRH Appts: Hi ", L("PERSON", first), "! Your ", r.choice(["dental cleaning", "eye exam", "telehealth visit", "MRI"]), " is ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 2), " at 2:15pm. Reply Y to confirm or call ", L("PHONE", phone_us(r, st, 1)), ".\n")
    d("Patient: Y. can u move to thursday? this is ", L("PERSON", first), "'s mom, my cell is ", L("PHONE", phone_us(r, st, 2)), "\n")
    d("CRH Appts: Rescheduled. Conf# ", "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(7)), ". Bring insurance card + photo ID.\n")


@tpl("chat", 2)
def ch_staff(r, i, d):
    af, al = person(r); bf, bl = person(r)
    if i == 1:
        d("[#rev-cycle] bot: nightly 835 post done, 1,204 remits, TRN batch ", claim_no(r, 12), "\n[#rev-cycle] bot: clearinghouse maintenance Sun 02:00-04:00 PT\n[#rev-cycle] bot: build 4.12.0.311 deployed to edi-prod\n")
        return
    d("[Teams] ", L("PERSON", "%s %s" % (af, al)), ": anyone know why the ED bed board shows 3W-14B blocked?\n")
    d("[Teams] ", L("PERSON", "%s %s" % (bf, bl)), ": pt in there is ", L("PERSON", "%s %s" % person(r)), ", ", L("DIAGNOSIS", r.choice(["C. diff", "MRSA bacteremia", "active TB"])), " - contact precautions, EVS cleaning after d/c\n")
    d("[Teams] ", L("PERSON", af), ": ty. also Epic downtime tonight 0100\n")


@tpl("ticket", 3)
def tk_it(r, i, d):
    uf, ul = person(r)
    d("INC", digits(r, 7), " | Priority: P", str(r.randint(2, 4)), " | Assignment group: Clinical Apps\n")
    d("Caller: ", L("PERSON", "%s %s" % (uf, ul)), " (", r.choice(["Charge Nurse, 4E", "Front Desk, Vision Center", "Billing Rep"]), ")  Callback: ", L("PHONE", phone_us(r)), "\n")
    d("Short description: ", r.choice(["cant print wristbands", "scanner not reading insurance cards", "MyChart proxy not linking"]), "\n")
    d("Work notes:\n- user on workstation CRH-WS-", digits(r, 4), " ip ", L("IP_ADDRESS", ip_v4(r)), ", Citrix rcvr 23.9.1.104\n")
    if i == 0:
        pf, pl = person(r)
        d("- repro w/ pt ", L("PERSON", "%s %s" % (pf, pl)), " MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), " (do not include PHI in tickets!!)\n")
    d("- resolved by clearing print queue; KB0012", digits(r, 3), "\n")


@tpl("ticket", 3)
def tk_callcenter(r, i, d):
    first, last = person(r)
    st = r.choice(list(STATES))
    y, m, dd = dob(r)
    d("Case ", digits(r, 8), " — Member Services (", r.choice(["Health Plan", "Billing Vendor: Apex Revenue Partners"]), ")\nCaller: ", L("PERSON", "%s %s" % (first, last)), "\n")
    d("Verified: DOB ", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), " + ")
    if i == 0:
        d("last 4 SSN ", digits(r, 4), "\n")
    elif i == 1:
        d("Medicare # ", L("US_MBI", mbi_make(r, dashed=True)), "\n")
    else:
        d("full SSN ", L("US_SSN", ssn_make(r, r.choice(["-", " "]))), " (caller insisted, told not necessary)\n")
    d("Issue: EOB shows ", r.choice(["$1,240.00 patient responsibility", "denied CO-197 no auth", "duplicate claim"]), " for ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 0), " ER visit. ")
    d("Caller says visit was for ", *r.choice([("", L("DIAGNOSIS", "kidney stones")), ("a ", L("DIAGNOSIS", "panic attack")), ("", L("DIAGNOSIS", "chest pain"), ", ruled out MI")]), ". Callback ", L("PHONE", phone_us(r, st)), ", prefers email ", L("EMAIL", email_of(r, first, last)), "\n")
    d("Action: reprocess request ", "RP-", digits(r, 9), "; TAT 30 days.\n")


@tpl("email", 2)
def e_eob_email(r, i, d):
    first, last = person(r)
    d("From: noreply@crhhealthplan.com\nTo: ", L("EMAIL", email_of(r, first, last)), "\nSubject: Your Explanation of Benefits is ready\n\n")
    d("Dear ", L("PERSON", first), ",\n\nA new EOB for claim ", "ICN ", claim_no(r, 13), " is available. Member: ", L("PERSON", "%s %s" % (first, last)), ", ID ending ", digits(r, 4), ".\n")
    d("Provider: ", r.choice(["St. Jude Family Medicine", "Dr. Alvarez Memorial Clinic", "Ellison Cancer Center"]), ". Amount you may owe: $", "%.2f" % r.uniform(0, 500), ".\nThis is not a bill.\n\nCRH Health Plan Member Services, 1-888-", str(r.randint(200, 999)), "-", digits(r, 4), "\n")
    d.ents.append  # noop
    if i == 1:
        d("Unsubscribe: https://crhhealthplan.com/u?t=", digits(r, 20), "\n")


@tpl("ticket", 2)
def tk_facilities_noPII(r, i, d):
    d("WO-", digits(r, 6), " | Facilities | ", r.choice(["Smith Pavilion elevator 2 out of service", "St. Jude Tower 5th floor HVAC", "Hutchinson Imaging Suite door badge reader"]), "\n")
    d("Requested by: Nurse Manager, 4 East\nAsset tag: CRH-", digits(r, 7), "  Vendor: Otis (ref ", digits(r, 9), ")\nNotes: parts ETA after Thanksgiving; reroute patients via Harriet Tubman Wing.\n")

# ============ FREE TEXT / HTML ============
@tpl("free_text", 3)
def ft_collections(r, i, d):
    first, last = person(r)
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st, caps=True)
    d("APEX REVENUE PARTNERS LLC\nPO BOX ", str(r.randint(1000, 99999)), "\nSPOKANE WA 99220-", digits(r, 4), "\n\n")
    d(L("PERSON", "%s %s" % (first.upper(), last.upper())), "\n", L("ADDRESS", "%s\n%s" % (a1, a2)), "\n\n")
    d("RE: ", FACILITY, "   Account #: CRB", digits(r, 8), "   Balance Due: $", "%.2f" % r.uniform(100, 12000), "\n\n")
    d("Dear ", L("PERSON", "%s %s" % (first, last)), ":\n\nThis account has been placed with our office for collection. ")
    d("This communication is from a debt collector. Unless you dispute the validity of this debt within 30 days... ")
    if i == 0:
        d("Our records show SSN ", L("US_SSN", ssn_make(r)), " and date of birth ", L("DATE_OF_BIRTH", fdate(*dob(r, 1950, 2000), 0)), " for the guarantor.\n")
    else:
        d("Guarantor SSN on file: ***-**-", digits(r, 4), ".\n")
    d("To set up a payment plan call ", L("PHONE", "1-800-%d-%s" % (r.randint(200, 999), digits(r, 4))), " Mon-Fri, closed on Columbus Day.\n")


@tpl("free_text", 4)
def ft_edi(r, i, d):
    first, last = person(r)
    y, m, dd = dob(r)
    st = r.choice(list(STATES))
    a1, _, (city, _, z) = us_address(r, st, style=r.choice([0, 1, 2, 3]))
    pname, pid = plan_id(r)
    kind = ["837P", "835", "270", "271"][i]
    ctrl = digits(r, 9)
    d("ISA*00*          *00*          *ZZ*CRHBILLING     *ZZ*", r.choice(["AVAILITY", "CHANGEHC", "OPTUMEDI"]), "       *250917*1402*^*00501*", ctrl, "*0*P*:~\n")
    d("GS*", {"837P": "HC", "835": "HP", "270": "HS", "271": "HB"}[kind], "*CRH*PAYER*20250917*1402*", str(r.randint(1, 9999)), "*X*005010X", {"837P": "222A1", "835": "221A1", "270": "279A1", "271": "279A1"}[kind], "~\n")
    d("ST*", kind[:3], "*0001~\n")
    if kind == "835":
        d("BPR*I*", "%.2f" % r.uniform(100, 9000), "*C*ACH*CCP*01*", digits(r, 9), "*DA*", digits(r, 10), "*", digits(r, 10), "**01*", digits(r, 9), "*DA*", digits(r, 10), "*20250920~\nTRN*1*", digits(r, 12), "*1", digits(r, 9), "~\n")
        d("CLP*", "CRB" + digits(r, 8), "*1*", "%.2f" % r.uniform(100, 900), "*", "%.2f" % r.uniform(50, 90), "*20*12*", claim_no(r, 14), "~\n")
        d("NM1*QC*1*", L("PERSON", last.upper()), "*", L("PERSON", first.upper()), "****MI*", L("HEALTH_PLAN_ID", pid), "~\n")
        d("SVC*HC:", r.choice(CPT), "*150*90**1~\nCAS*CO*45*60~\n")
    else:
        d("NM1*IL*1*", L("PERSON", last.upper()), "*", L("PERSON", first.upper()), "****MI*", L("HEALTH_PLAN_ID", pid), "~\n")
        if kind != "270" or r.random() < .5:
            d("N3*", L("ADDRESS", a1.upper()), "~\nN4*", city.upper(), "*", st, "*", z.replace("-", ""), "~\n")
        d("DMG*D8*", L("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)), "*", r.choice("FM"), "~\n")
        if kind == "837P":
            d("CLM*", "CRB" + digits(r, 8), "*", "%.2f" % r.uniform(100, 900), "***11:B:1*Y*A*Y*Y~\nHI*ABK:", r.choice(ICD).replace(".", ""), "*ABF:", r.choice(ICD).replace(".", ""), "~\n")
            d("NM1*82*1*", L("PERSON", person(r)[1].upper()), "*", L("PERSON", person(r)[0].upper()), "****XX*", npi_make(r), "~\nSV1*HC:", r.choice(CPT), "*125*UN*1***1~\n")
        elif kind == "271":
            d("EB*1*IND*30**", pname.upper()[:20], "~\nEB*C*IND*30***23*", str(r.randint(250, 5000)), "~\n")
        else:
            d("EQ*30~\n")
    d("SE*", str(r.randint(8, 40)), "*0001~\nGE*1*", str(r.randint(1, 9999)), "~\nIEA*1*", ctrl, "~\n")


@tpl("free_text", 3)
def ft_policy_noPII(r, i, d):
    d([
        "CRH CLINICAL POLICY CP-114: Management of Opioid Use Disorder in Primary Care\n\nScope: all ambulatory clinics. Buprenorphine-naloxone is first-line for OUD; naltrexone ER (Vivitrol) may be offered after detoxification. Methadone is dispensed only by the Opioid Treatment Program. Screen for hepatitis C and HIV at intake. Patients with co-occurring PTSD or MDD should be referred to Behavioral Health. ICD-10 F11.20; HCPCS G2086-G2088.\n",
        "FORMULARY NOTE — SGLT2 inhibitors\n\nEmpagliflozin (Jardiance) and dapagliflozin (Farxiga) are preferred for patients with type 2 diabetes and CKD stage 3a or heart failure (HFrEF). Avoid in type 1 diabetes due to DKA risk. Canagliflozin is non-formulary. Prior authorization is not required. Lot recalls: none. Approved by P&T 2025-08-14, version 2.0.3.1.\n",
        "PATIENT EDUCATION: Living with COPD\n\nChronic obstructive pulmonary disease (COPD) makes it hard to breathe. Your doctor may prescribe an inhaler such as albuterol for flare-ups or tiotropium (Spiriva) every day. Quit smoking, get a flu shot every fall and a pneumonia vaccine. Call 911 if your lips turn blue. Parkinson's disease, Alzheimer's disease and Crohn's disease are covered in other handouts in this series.\n",
    ][i])
    d("Document ID CRH-POL-", digits(r, 5), " rev ", "%d.%d" % (r.randint(1, 9), r.randint(0, 9)), "\n")


@tpl("free_text", 3)
def ft_pharmacy_label(r, i, d):
    first, last = person(r)
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st)
    med = r.choice(["SERTRALINE", "METFORMIN ER", "AMOXICILLIN", "LISINOPRIL", "QUETIAPINE", "PREDNISONE"])
    d("CRH PHARMACY #", str(r.randint(10, 99)), "  ", L("PHONE", phone_us(r, st, 0)), "\n1450 ", r.choice(["Summitview Ave", "W Nob Hill Blvd"]), ", Yakima WA 98902\n")
    d("Rx# ", digits(r, 7), "    Date: ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 0), "\n", L("PERSON", "%s %s" % (first.upper(), last.upper())), "\n")
    if i == 0:
        d(L("ADDRESS", "%s, %s" % (a1, a2)), "\n")
    d(L("MEDICATION", med), " ", r.choice(["50MG TABLETS", "500MG TABLETS", "875MG TABLETS", "10MG TABLETS"]), "\nTAKE 1 TABLET BY MOUTH ", r.choice(["TWICE DAILY WITH MEALS", "EVERY DAY", "AT BEDTIME"]), "\n")
    d("QTY: ", str(r.choice([30, 60, 90])), "   REFILLS: ", str(r.randint(0, 5)), "   DISCARD AFTER: ", fdate(2026, r.randint(1, 12), r.randint(1, 28), 0), "\nDr. ", L("PERSON", "%s %s" % person(r)), "    NDC ", "%05d-%04d-%02d" % (r.randint(1, 99999), r.randint(1, 9999), r.randint(1, 99)), "  Lot ", "A", digits(r, 5), "\n")
    d("CAUTION: Federal law prohibits the transfer of this drug to any person other than the patient for whom it was prescribed.\n")


@tpl("free_text", 3)
def ft_newsletter(r, i, d):
    d("CRH Weekly — ", ["Behavioral Health", "Dental & Vision", "Nursing"][i], " edition\n\n")
    if i == 2:
        d("The Ellison Cancer Center celebrates its 10th anniversary. The Harriet Tubman Wing reopens after renovation. Clinics close for Juneteenth and Labor Day. Remember the St. Jude Tower parking changes. Wi-Fi upgrade to firmware 7.4.12.208 complete.\n")
        return
    f, l = person(r); g, h = person(r)
    d("Welcome ", L("PERSON", "%s %s" % (f, l)), ", our new ", r.choice(["Pharmacy Director", "Chief Nursing Officer", "Dental Hygiene Lead"]), ", who joins us from ", r.choice(COMPANIES), ". ")
    d("Congratulations to ", L("PERSON", "%s %s" % (g, h)), " for the DAISY Award. The Smith Pavilion and Dr. Alvarez Memorial Clinic will host a Heart Month fair; sessions on hypertension and diabetes prevention are open to the public.\n")
    d("Our market has been in a slump — what a headache — but census at St. Jude Tower is up 4%.\n")


@tpl("free_text", 2)
def ft_research(r, i, d):
    d(["ABSTRACT. Background: Depression and anxiety are common among patients with type 2 diabetes. Methods: retrospective cohort of 4,812 adults seen at CRH clinics 2019-2024 (IRB 2291). Patients with HIV, schizophrenia or bipolar disorder were excluded. Results: metformin users had lower odds of MDD (OR 0.82, 95% CI 0.71-0.95). Conclusion: further trials are needed.\n",
       "Grand Rounds: 'Guillain-Barré syndrome after vaccination — myth and evidence'. Speaker: Chair, Department of Neurology. CME 1.0. Cases of Bell's palsy, Hashimoto's thyroiditis and Cushing's syndrome will be discussed in aggregate. Room: Smith Pavilion Auditorium B-114.\n"][i])


@tpl("free_text", 3)
def ft_referral_letter(r, i, d):
    first, last = person(r, r.choice(["mx", "ph", "in", "ng", "vn", "pl", "ca"]))
    y, m, dd = dob(r, 1940, 2015)
    df, dl_ = person(r)
    d(fdate(2025, r.randint(1, 12), r.randint(1, 28), 3), "\n\nDr. ", L("PERSON", "%s %s" % (df, dl_)), "\nEllison Cancer Center\n\nRE: ", L("PERSON", "%s %s" % (first, last)), "   DOB: ", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), "\n\n")
    d("Dear Dr. ", L("PERSON", dl_), ",\n\nThank you for seeing ", L("PERSON", first), ", who is visiting family in ", r.choice(["Yakima", "Laredo", "St. Paul", "Jamaica, Queens"]), ". ")
    d("Imaging here showed ", L("DIAGNOSIS", r.choice(["a 3 cm hepatic mass concerning for hepatocellular carcinoma", "ductal carcinoma in situ of the left breast", "a thyroid nodule, Bethesda V"])), ". ")
    d("Background ", L("DIAGNOSIS", r.choice(["chronic hepatitis B", "DM2", "HTN"])), " on ", L("MEDICATION", r.choice(["tenofovir", "metformin", "amlodipine"])), ". Mother died of a \"heart attack\"; no personal cardiac history.\n")
    cc = r.choice(["MX", "PH", "IN", "VN", "NG", "PL"])
    disp, pno, lab, ptype = passport(r, cc)
    d("For the insurer: ", disp, " passport ", L(ptype, pno), ".\n\nSincerely,\n", L("PERSON", "%s %s" % person(r)), ", MD\n")


@tpl("html", 3)
def h_portal_profile(r, i, d):
    first, last = person(r)
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st)
    y, m, dd = dob(r)
    d('<!DOCTYPE html><html><head><title>My Profile - CRH MyChart</title></head><body>\n<div class="profile">\n<h2>', L("PERSON", "%s %s" % (first, last)), "</h2>\n<dl>\n")
    d("<dt>Date of Birth</dt><dd>", L("DATE_OF_BIRTH", fdate(y, m, dd, 0)), "</dd>\n<dt>MRN</dt><dd>", L("MEDICAL_RECORD_NUMBER", mrn(r, r.choice([1, 2]))), "</dd>\n")
    d("<dt>Address</dt><dd>", L("ADDRESS", "%s<br>%s" % (a1, a2)), "</dd>\n<dt>Mobile</dt><dd>", L("PHONE", phone_us(r, st, 0)), "</dd>\n<dt>Email</dt><dd>", L("EMAIL", email_of(r, first, last)), "</dd>\n")
    if i == 1:
        d("<dt>Medicare</dt><dd>", L("US_MBI", mbi_make(r)), "</dd>\n")
    d("<dt>Problem list</dt><dd><ul><li>", L("DIAGNOSIS", r.choice(["Hypertension", "Asthma", "Hypothyroidism"])), "</li><li>", L("DIAGNOSIS", r.choice(["Generalized anxiety disorder", "Migraine", "Prediabetes"])), "</li></ul></dd>\n</dl>\n</div>\n<footer>v2025.3.14.2 &middot; &copy; Columbia Ridge Health</footer></body></html>\n")


@tpl("html", 2)
def h_appt_confirm(r, i, d):
    first, last = person(r)
    d('<html><body style="font-family:Arial">\n<p>Hello ', L("PERSON", first), ",</p>\n<p>Your appointment with <b>Dr. ", L("PERSON", "%s %s" % person(r)), "</b> (", r.choice(["Optometry", "Pediatric Dentistry", "Psychiatry"]), ") is confirmed for <b>", fdate(2025, r.randint(1, 12), r.randint(1, 28), 3), " 10:30 AM</b> at ", r.choice(BUILDINGS), ".</p>\n")
    d("<p>Confirmation #", "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8)), ". Questions? <a href=\"tel:", L("PHONE", phone_us(r, style=1)), "\">Call us</a>.</p>\n</body></html>\n")


@tpl("html", 3)
def h_education_noPII(r, i, d):
    d("<html><head><title>", ["Understanding Your EOB", "Diabetes Education Classes", "Visitor Policy"][i], "</title></head><body>\n<article>\n")
    d(["<p>An Explanation of Benefits (EOB) lists the CPT code, amount billed, allowed amount and patient responsibility. Codes like CO-45 or PR-1 explain adjustments. This is not a bill.</p>\n",
       "<p>Classes cover type 2 diabetes, insulin pens, metformin side effects and foot care. Held in the Smith Pavilion, Room 204. Free for all. Sponsored by Abbott Laboratories.</p>\n",
       "<p>Visitors must check in at St. Jude Tower. Patients with tuberculosis or measles are in isolation rooms. Hours change on Memorial Day and Thanksgiving.</p>\n"][i])
    d("<p><small>Page id ", digits(r, 6), " · last reviewed 2025-", "%02d" % r.randint(1, 12), " · build 3.11.40.2</small></p>\n</article></body></html>\n")


@tpl("free_text", 2)
def ft_eob_text(r, i, d):
    first, last = person(r)
    pname, pid = plan_id(r)
    d(pname.upper(), "   EXPLANATION OF BENEFITS   THIS IS NOT A BILL\n\nMember: ", L("PERSON", "%s %s" % (first, last)), "    Member ID: ", L("HEALTH_PLAN_ID", pid), "    Group: ", digits(r, 6), "\n")
    d("Patient: ", L("PERSON", "%s %s" % (person(r)[0], last)), " (dependent)\nClaim #: ", claim_no(r, 14), "   Provider: Dr. Alvarez Memorial Clinic\n\n")
    d("DOS        CPT    BILLED    ALLOWED   PLAN PAID   YOU OWE   CODE\n")
    for k in range(3):
        b = r.uniform(80, 600)
        d("%s %s  %8.2f  %8.2f  %8.2f  %8.2f  %s\n" % (fdate(2025, r.randint(1, 12), r.randint(1, 28), 0), r.choice(CPT), b, b * .6, b * .5, b * .1, r.choice(["CO-45", "PR-2", "PR-3"])))
    d("\nQuestions? Call ", L("PHONE", "1-866-%d-%s" % (r.randint(200, 999), digits(r, 4))), " (TTY 711).\n")


@tpl("log", 2)
def l_batch_noPII(r, i, d):
    d("== CRH nightly ETL run ", digits(r, 6), " host etl-", r.choice(["prod", "dr"]), "-0", str(r.randint(1, 4)), " ==\n")
    for step in ["extract_adt", "load_claims_837", "post_835", "refresh_quality_cms122", "vacuum_audit"]:
        d(ts(r), " step=", step, " rows=", str(r.randint(0, 200000)), " dur=", "%.1fs" % r.uniform(0.1, 900), " rc=0 ver=", "%d.%d.%d.%d" % (r.randint(1, 15), r.randint(0, 9), r.randint(0, 255), r.randint(0, 255)), "\n")
    d(ts(r), " summary ok=5 failed=0 next_run=", "%d" % (1760000000 + r.randint(0, 9999999)), "\n")


@tpl("json", 2)
def s_schedule_slots_noPII(r, i, d):
    slots = [{"slotId": "SL" + digits(r, 9), "start": "2025-%02d-%02dT%02d:%s:00-07:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(7, 17), r.choice(["00", "20", "40"])),
              "provider": {"npi": npi_make(r), "role": r.choice(["Optometrist", "Dentist", "Psychiatric NP", "Family Physician"])},
              "location": r.choice(BUILDINGS), "visitType": r.choice(["NEW", "F/U", "TELE"]), "cpt": r.choice(CPT)} for _ in range(3)]
    emit_json(d, {"apiVersion": "v1.4.2", "department": "CRH Ambulatory Scheduling", "slots": slots}, indent=2 if i else None)
    d("\n")

@tpl("log", 4)
def l_controlled_pickup(r, i, d):
    d("# CRH Pharmacy #", str(r.randint(10, 99)), " C-II pickup ID verification log (state PMP requirement)\n")
    for k in range(r.randint(3, 5)):
        first, last = person(r)
        st = r.choice(list(STATES))
        d(ts(r), " rx=", digits(r, 7), " drug=\"", L("MEDICATION", r.choice(["OXYCODONE HCL", "HYDROCODONE/APAP", "METHYLPHENIDATE ER", "AMPHETAMINE SALTS", "MORPHINE SULFATE ER"])), "\" pickup_by=\"", L("PERSON", "%s %s" % (first, last)), "\" rel=", r.choice(["self", "spouse", "caregiver"]))
        style = (i * 5 + k) % 5
        num = dl_number(st, r)
        if style == 0:
            d(" id_type=DL id_state=", st, " id_no=", L("DRIVER_LICENSE", num))
        elif style == 1:
            d(" id=\"", STATES[st][0], " Driver License ", L("DRIVER_LICENSE", num), "\"")
        elif style == 2:
            d(" id_type=STATE_ID issuing=", STATES[st][0].upper(), " number=", L("DRIVER_LICENSE", num))
        elif style == 3:
            d(" id_type=DL(", st, ") ", L("DRIVER_LICENSE", num))
        else:
            disp, pno, lab, pt = passport(r, r.choice(["US", "MX", "CA"]))
            d(" id_type=PASSPORT country=\"", disp, "\" id_no=", L(pt, pno))
        d(" verified_by=RPH", digits(r, 3), "\n")


def intl_ids(r, cc, d, first, last, female, y, m, dd):
    if cc == "gb":
        d("NHS number: ", L("UK_NHS_NUMBER", nhs_make(r)), "\n", "National Insurance No: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino_make(r)), "\n")
        sc = "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
        if r.random() < .5:
            d("Bank (for expense reimbursement): sort code / account ", L("UK_BANK_ACCOUNT", "%s %s" % (sc, digits(r, 8))), "\n")
        else:
            d("Sort code: ", sc, "\nAccount number: ", L("UK_BANK_ACCOUNT", digits(r, 8)), "\n")
    elif cc == "es":
        d(r.choice(["DNI", "NIE"]) if False else "DNI/NIE: ", L("ES_DNI", dni_make(r, nie=r.random() < .4)), "\nIBAN: ", L("IBAN", make_iban("ES", r)), "\n")
    elif cc == "fr":
        d("N° de sécurité sociale (NIR): ", L("FR_NIR", nir_make(r, 2 if female else 1, y % 100, m)), "\n")
    elif cc == "de":
        d("Steuer-ID (IdNr): ", L("DE_TAX_ID", steuer_make(r)), "\nIBAN: ", L("IBAN", make_iban("DE", r)), "\n")
    elif cc == "it":
        bel = r.choice(["H501", "F205", "L219", "A662", "G273"])
        d("Codice fiscale: ", L("IT_FISCAL_CODE", cf_make(first, last, y, m, dd, female, bel)), "\nIBAN: ", L("IBAN", make_iban("IT", r, spaced=False)), "\n")
    elif cc == "br":
        d("CPF: ", L("BR_CPF", cpf_make(r)), "\n")
    elif cc == "sg":
        d("NRIC/FIN: ", L("SG_NRIC", nric_make(r, r.choice("STFG"))), "\n")


@tpl("form", 8)
def f_intl_staff(r, i, d):
    cc = ["gb", "es", "fr", "de", "it", "br", "sg", "gb"][i]
    first, last = person(r, cc)
    female = first in ("Siobhan", "Niamh", "Imogen", "Itziar", "Begoña", "Maëlle", "Anne-Sophie", "Wiebke", "Anneliese", "Giuseppina", "Chiara", "Thaís", "Luana", "Wei Ling", "Hui Min") or (first not in sum((NAMES[c][0] for c in NAMES), []) and r.random() < .5)
    y, m, dd = dob(r, 1965, 2000)
    d(["TRAVEL CLINICIAN ONBOARDING — Human Resources", "VISITING OBSERVER / INTERNATIONAL FELLOW REGISTRATION", "INTERNATIONAL PATIENT OFFICE — SELF-PAY ESTIMATE"][i % 3], "\n", FACILITY, ", ", r.choice(BUILDINGS), "\n\n")
    d("Surname / Family name: ", L("PERSON", last), "\nGiven name(s): ", L("PERSON", first), "\n")
    d({"gb": "Date of birth", "es": "Fecha de nacimiento / DOB", "fr": "Date de naissance", "de": "Geburtsdatum / DOB", "it": "Data di nascita", "br": "Data de nascimento", "sg": "Date of birth"}[cc], ": ", L("DATE_OF_BIRTH", "%02d/%02d/%04d" % (dd, m, y)), "  (DD/MM/YYYY)\n")
    disp, pno, lab, pt = passport(r, {"gb": "GB", "es": "ES", "fr": "FR", "de": "DE", "it": "IT", "br": "BR", "sg": "SG"}[cc])
    d(lab, ": ", L(pt, pno), "   Issuing country: ", disp, "\n")
    intl_ids(r, cc, d, first, last, female, y, m, dd)
    d("Home phone: ", L("PHONE", {"gb": "+44 20 7946 %s" % digits(r, 4), "es": "+34 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "fr": "+33 6 %s %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 2)),
                                   "de": "+49 151 %s" % digits(r, 8), "it": "+39 3%s %s" % (digits(r, 2), digits(r, 7)), "br": "+55 11 9%s-%s" % (digits(r, 4), digits(r, 4)), "sg": "+65 9%s %s" % (digits(r, 3), digits(r, 4))}[cc]), "\n")
    d("US e-mail: ", L("EMAIL", email_of(r, first, last)), "\n")
    if i % 3 == 2:
        d("Reason for visit: ", L("DIAGNOSIS", r.choice(["severe aortic stenosis", "osteoarthritis of the right hip", "multiple myeloma"])), " — second opinion\n")
    else:
        d("Immunizations: MMR, Tdap, Hep B series complete. TB screen (IGRA) negative.\n")
    d("Visa class: ", r.choice(["H-1B", "J-1", "B-2"]), "   I-94 record ", digits(r, 11), "\n")


@tpl("log", 3)
def l_kyc_validation(r, i, d):
    d("# billing-vendor id-verify service — international guarantors\n")
    rows = []
    first, last = person(r, "it"); y, m, dd = dob(r, 1950, 1999)
    good = [("UK_NHS_NUMBER", "nhs", nhs_make(r)), ("IN_AADHAAR", "aadhaar", aadhaar_make(r)), ("CA_SIN", "sin", sin_make(r)), ("BR_CPF", "cpf", cpf_make(r)),
            ("SG_NRIC", "nric", nric_make(r, "T")), ("ES_DNI", "dni", dni_make(r)), ("IT_FISCAL_CODE", "cf", cf_make(first, last, y, m, dd, False, "F205")),
            ("FR_NIR", "nir", nir_make(r, 1, y % 100, m)), ("DE_TAX_ID", "steuerid", steuer_make(r)), ("UK_NATIONAL_INSURANCE_NUMBER", "nino", nino_make(r))]
    nirb = nir_make(r, 2, 77, 4); nirb = nirb[:-2] + "%02d" % ((int(nirb[-2:]) + 7) % 97)
    stb = steuer_make(r); stb = stb[:-1] + str((int(stb[-1]) + 1) % 10)
    cpfb = cpf_make(r); cpfb = cpfb[:-1] + str((int(cpfb[-1]) + 1) % 10)
    sinb = sin_make(r).replace(" ", ""); sinb = luhn_break(sinb)
    dnib = dni_make(r); dnib = dnib[:-1] + ("A" if dnib[-1] != "A" else "B")
    nricb = nric_make(r, "S"); nricb = nricb[:-1] + ("A" if nricb[-1] != "A" else "B")
    bad = [("nhs", nhs_bad(r)), ("aadhaar", aadhaar_bad(r)), ("sin", sinb), ("cpf", cpfb), ("dni", dnib), ("nric", nricb), ("nir", nirb), ("steuerid", stb)]
    for t, kind, v in r.sample(good, 5):
        rows.append((kind, L(t, v), "PASS"))
    for kind, v in r.sample(bad, 3):
        rows.append((kind, v, "FAIL checksum"))
    r.shuffle(rows)
    for kind, v, res in rows:
        d(ts(r), " verify type=", kind, " value=", v, " result=", res, " case=KYC-", digits(r, 7), " client=", L("IP_ADDRESS", ip_v4(r)), "\n")


@tpl("form", 1)
def f_card_auth(r, i, d):
    first, last = person(r)
    st = r.choice(list(STATES))
    a1, a2, _ = us_address(r, st)
    brand = ["visa", "mc", "amex", "disc"][r.randint(0, 3)]
    d("RECURRING PAYMENT AUTHORIZATION — Payment Plan\nApex Revenue Partners on behalf of ", FACILITY, "\n\n")
    d("Cardholder name: ", L("PERSON", "%s %s" % (first, last)), "\nBilling address: ", L("ADDRESS", "%s, %s" % (a1, a2)), "\n")
    d("Card type: ", {"visa": "VISA", "mc": "MasterCard", "amex": "American Express", "disc": "Discover"}[brand], "\nCard number: ", L("CREDIT_CARD", card_make(r, brand)), "   Exp: ", "%02d/%d" % (r.randint(1, 12), r.randint(26, 31)), "   CVV: ***\n")
    d("Amount: $", str(r.choice([25, 50, 75, 100])), ".00 on the ", str(r.randint(1, 28)), "th of each month for ", str(r.choice([6, 12])), " months\nGuarantor account: CRB", digits(r, 8), "   Routing (ABA) for refunds: ", r.choice(["121000248", "026009593", "322271627"]), "\n")
    d("Signature: ______________   Phone: ", L("PHONE", phone_us(r, st)), "\n")


@tpl("free_text", 2)
def ft_release_notes_noPII(r, i, d):
    d("EHR Upgrade ", ["Nov 2025", "Feb 2026"][i], " — Release Notes (build %d.%d.%d.%d)\n\n" % (r.randint(10, 12), r.randint(0, 9), r.randint(0, 99), r.randint(100, 255)))
    d("- Interface engine moves from 10.2.0.34 to 10.4.1.7; HL7 listener OID 2.16.840.1.113883.3.%d.10.1 unchanged.\n" % r.randint(1000, 9999))
    d("- New BPA for sepsis (SIRS >= 2 + suspected infection) and for patients on warfarin with INR > 4.\n- MRN format unchanged (8 digits); encounter ids now 10 digits.\n")
    d("- Fixed: duplicate CPT 99214 lines on 837P; 835 posting of CARC CO-45.\n- Downtime: Sunday after Thanksgiving, 01:00-05:00. Contact: Clinical Informatics, Smith Pavilion.\n")


@tpl("hl7", 1)
def c_hl7_ack_noPII(r, i, d):
    d("MSH|^~\\&|RHAPSODY|CRH|EPIC|CRH|2025%02d%02d0830||ACK^A08|%s|P|2.5.1\rMSA|AA|%s\r" % (r.randint(1, 12), r.randint(1, 28), digits(r, 10), digits(r, 10)))


@tpl("fhir_json", 1)
def c_fhir_valueset_noPII(r, i, d):
    emit_json(d, {"resourceType": "ValueSet", "id": "crh-behavioral-dx", "url": "https://fhir.columbiaridgehealth.org/ValueSet/crh-behavioral-dx", "version": "3.0.1",
                  "status": "active", "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "concept": [
                      {"code": "F32.9", "display": "Major depressive disorder, single episode, unspecified"}, {"code": "F41.1", "display": "Generalized anxiety disorder"},
                      {"code": "F43.10", "display": "Post-traumatic stress disorder, unspecified"}, {"code": "F11.20", "display": "Opioid dependence, uncomplicated"}]}]}}, indent=2)
    d("\n")


@tpl("ticket", 1)
def tk_noPII(r, i, d):
    d("CHG", digits(r, 7), " | Change request | Upgrade Pyxis MedStation firmware to 1.8.4.210 on 4E, 3W, ICU\nRisk: low. Backout: restore 1.8.3.199. CAB approved. Window: ", fdate(2025, r.randint(1, 12), r.randint(1, 28), 1), " 02:00-03:00\n")


@tpl("csv", 2)
def s_skiptrace(r, i, d):
    # collections vendor skip-trace return file: state column next to the licence number
    emit_row(d, ["placement_id", "debtor_name", "dob", "ssn", "dl_state", "dl_number", "last_known_address", "phone_1", "score"])
    for k in range(r.randint(4, 6)):
        first, last = person(r)
        st = r.choice(list(STATES))
        a1, a2, _ = us_address(r, st, caps=True)
        ssn = L("US_SSN", ssn_make(r)) if k % 3 else "XXX-XX-" + digits(r, 4)
        stcell = st if i == 0 else STATES[st][0]
        emit_row(d, ["PL" + digits(r, 9), L("PERSON", "%s %s" % (last.upper(), first.upper())) if i else L("PERSON", "%s, %s" % (last, first)), L("DATE_OF_BIRTH", fdate(*dob(r, 1940, 2003), 1)),
                     ssn, stcell, L("DRIVER_LICENSE", dl_number(st, r)), L("ADDRESS", "%s %s" % (a1, a2)), L("PHONE", phone_us(r, st, 1)), str(r.randint(300, 850))])


# ---------------------------------------------------------------- validation & main
SSN_RE = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){13,19}(?![\d])")


def ssn_valid(s):
    ds = re.sub(r"\D", "", s)
    a, g, sr = int(ds[:3]), int(ds[3:5]), int(ds[5:])
    return len(ds) == 9 and a not in (0, 666) and a < 900 and g != 0 and sr != 0


def check_value(t, v):
    c = re.sub(r"[\s\-.]", "", v)
    if t == "CREDIT_CARD":
        return luhn_ok(c) and 13 <= len(c) <= 19
    if t == "IBAN":
        return iban_ok(v)
    if t == "UK_NHS_NUMBER":
        return nhs_ok(v)
    if t == "IN_AADHAAR":
        return len(c) == 12 and verhoeff_ok(c) and c[0] not in "01"
    if t == "CA_SIN":
        return len(c) == 9 and luhn_ok(c)
    if t == "US_SSN":
        return ssn_valid(v)
    if t == "US_MBI":
        c = v.replace("-", "")
        return bool(re.fullmatch(r"[1-9][%s][%s0-9][0-9][%s][%s0-9][0-9][%s]{2}[0-9]{2}" % (("".join(MBI_L),) * 5), c))
    if t == "BR_CPF":
        return len(c) == 11 and cpf_digits(c[:9]) == c[9:]
    if t == "ES_DNI":
        if c[0] in "XYZ":
            return dni_letter(int(str("XYZ".index(c[0])) + c[1:8])) == c[8]
        return dni_letter(int(c[:8])) == c[8]
    if t == "FR_NIR":
        return 97 - int(c[:13]) % 97 == int(c[13:])
    if t == "DE_TAX_ID":
        return len(c) == 11 and steuer_check(c[:10]) == int(c[10])
    if t == "SG_NRIC":
        ds = [int(x) for x in c[1:8]]
        tt = sum(a * b for a, b in zip(ds, [2, 7, 6, 5, 4, 3, 2])) + (4 if c[0] in "TG" else 0)
        return ("JZIHGFEDCBA" if c[0] in "ST" else "XWUTRQPNMLK")[tt % 11] == c[8]
    return True


def validate(rec):
    text, ents, fmt = rec["text"], rec["entities"], rec["format"]
    prev_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (rec["id"], e, repr(s))
        assert e["start"] >= prev_end, ("overlap", rec["id"], e)
        prev_end = e["end"]
        assert check_value(e["type"], s), ("checksum", rec["id"], e["type"], s)
    lvl = max([LEVEL[e["type"]] for e in ents], default=1)
    assert rec["classification"] == LEVEL_NAME[lvl]
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for line in text.strip("\n").split("\n"):
            json.loads(line)
    if fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        assert len(set(len(x) for x in rows)) == 1, rec["id"]
    # leak check: unlabelled valid-looking SSNs / cards
    covered = set()
    for e in ents:
        covered.update(range(e["start"], e["end"]))
    for mt in SSN_RE.finditer(text):
        if ssn_valid(mt.group(0)) and mt.start() not in covered and "-" in mt.group(0):
            # context: phone-like or dates are fine; only flag bare SSN shapes with SSN cue nearby
            ctx = text[max(0, mt.start() - 20):mt.start()].lower()
            assert "ssn" not in ctx and "social" not in ctx, ("ssn leak", rec["id"], mt.group(0))
    for mt in CARD_RE.finditer(text):
        c = re.sub(r"\D", "", mt.group(0))
        if 13 <= len(c) <= 19 and luhn_ok(c) and c[0] in "3456" and mt.start() not in covered:
            raise AssertionError(("card leak", rec["id"], mt.group(0)))


def main():
    recs = []
    for name, fmt, n, fn in TEMPLATES:
        for i in range(n):
            r = random.Random("%s:%s:%d" % (SEED, name, i))
            d = Doc(fmt)
            fn(r, i, d)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([LEVEL[e["type"]] for e in ents], default=1)
            rec = {"id": "h13_%s-%d" % (name, i), "text": d.text(), "entities": ents, "classification": LEVEL_NAME[lvl], "format": fmt}
            validate(rec)
            recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tc = Counter(e["type"] for rec in recs for e in rec["entities"])
    print("documents:", len(recs))
    print("no-entity documents:", sum(1 for x in recs if not x["entities"]))
    for title, cnt in (("classification", Counter(x["classification"] for x in recs)), ("format", Counter(x["format"] for x in recs)), ("entity type", tc)):
        print("\n%s:" % title)
        for k, v in cnt.most_common():
            print("  %-30s %d" % (k, v))


if __name__ == "__main__":
    main()
