#!/usr/bin/env python3
"""holdout17 corpus generator: a travel group's storage (airline, hotels, car rental, cruise, travel insurance).
Standard library only. Deterministic. Written from the public contract only."""
import csv, io, json, random, re, sys, unicodedata
from collections import Counter

SEED = "holdout17/albatross-meridian-4409"
OUT = "/tmp/holdout17/holdout17.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in "EMAIL PHONE IP_ADDRESS ADDRESS".split():
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LVNAME = {0: "INTERNAL", 1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report "
              "hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def __call__(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                typ, val = it
                assert typ in LEVEL, typ
                self.ents.append((typ, self.n, self.n + len(val)))
                self._a(val)
            elif isinstance(it, list):
                self(*it)
            else:
                self._a(str(it))
        return self

    def _a(self, s):
        self.buf.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.buf)


def E(t, v):
    return (t, v)


class M(list):
    """mixed string content inside a JSON string literal"""
    pass


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jemit(d, obj, indent=2, lvl=0):
    pad = " " * (indent * (lvl + 1)) if indent else ""
    endpad = " " * (indent * lvl) if indent else ""
    nl = "\n" if indent else ""
    sep = ": " if indent else ":"
    comma = "," if indent else ","
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{", nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d(pad, '"', jstr(k), '"', sep)
            jemit(d, v, indent, lvl + 1)
            if i < len(items) - 1:
                d(comma)
            d(nl)
        d(endpad, "}")
    elif isinstance(obj, M):
        d('"')
        for p in obj:
            if isinstance(p, tuple):
                d((p[0], jstr(p[1])))
            else:
                d(jstr(p))
        d('"')
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[", nl)
        for i, v in enumerate(obj):
            d(pad)
            jemit(d, v, indent, lvl + 1)
            if i < len(obj) - 1:
                d(comma)
            d(nl)
        d(endpad, "]")
    elif isinstance(obj, tuple):
        d('"', (obj[0], jstr(obj[1])), '"')
    elif isinstance(obj, str):
        d('"', jstr(obj), '"')
    else:
        d(json.dumps(obj))


def cell_text(c):
    return c[1] if isinstance(c, tuple) else str(c)


def csv_rows(d, rows, delim=","):
    for row in rows:
        for i, c in enumerate(row):
            if i:
                d(delim)
            s = cell_text(c)
            q = any(ch in s for ch in (delim, '"', "\n"))
            if q:
                esc = s.replace('"', '""')
                d('"', (c[0], esc) if isinstance(c, tuple) else esc, '"')
            else:
                d(c if isinstance(c, tuple) else s)
        d("\n")


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def rdig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "visa":
        n = luhn_complete("4" + rdig(r, 14)); grp = (4, 4, 4, 4)
    elif kind == "mc":
        n = luhn_complete("5" + r.choice("12345") + rdig(r, 13)); grp = (4, 4, 4, 4)
    elif kind == "mc2":
        n = luhn_complete("22" + str(r.randint(21, 99)) + rdig(r, 11)); grp = (4, 4, 4, 4)
    elif kind == "amex":
        n = luhn_complete("3" + r.choice("47") + rdig(r, 12)); grp = (4, 6, 5)
    elif kind == "disc":
        n = luhn_complete("6011" + rdig(r, 11)); grp = (4, 4, 4, 4)
    else:
        n = luhn_complete("35" + str(r.randint(28, 89)) + rdig(r, 11)); grp = (4, 4, 4, 4)
    sep = r.choice([" ", "-", "", " "])
    out, i = [], 0
    for g in grp:
        out.append(n[i:i + g]); i += g
    return sep.join(out)


def bad_card(r):
    while True:
        n = "4" + rdig(r, 15)
        if not luhn_ok(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def masked_card(r):
    last = rdig(r, 4)
    return r.choice(["**** **** **** " + last, "XXXX-XXXX-XXXX-" + last, "4" + rdig(r, 5) + "******" + last,
                     "ending in " + last, "•••• " + last, "5" + rdig(r, 3) + " **** **** " + last])


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "").replace("\n", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def it_cin(s):
    t = 0
    for i, ch in enumerate(s):
        t += CF_ODD[ch] if i % 2 == 0 else cf_even(ch)
    return chr(65 + t % 26)


def fr_rib_key(bank, branch, acct):
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97))


def es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return "%d%d" % (dc("00" + bank + branch), dc(acct))


def iban(r, cc=None, spaced=None):
    cc = cc or r.choice(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "EG", "PK", "BR", "IE", "AT", "PT"])
    L4 = lambda: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    if cc == "DE": bban = rdig(r, 18)
    elif cc == "GB": bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(r, 14)
    elif cc == "IE": bban = r.choice(["AIBK", "BOFI", "IPBS"]) + rdig(r, 14)
    elif cc == "FR":
        b, g, a = rdig(r, 5), rdig(r, 5), rdig(r, 11); bban = b + g + a + fr_rib_key(b, g, a)
    elif cc == "ES":
        b, g, a = rdig(r, 4), rdig(r, 4), rdig(r, 10); bban = b + g + es_ccc(b, g, a) + a
    elif cc == "IT":
        rest = rdig(r, 10) + rdig(r, 12); bban = it_cin(rest) + rest
    elif cc == "NL": bban = r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + rdig(r, 10)
    elif cc == "PL": bban = rdig(r, 24)
    elif cc == "GR": bban = rdig(r, 23)
    elif cc == "TR": bban = rdig(r, 5) + "0" + rdig(r, 16)
    elif cc == "EG": bban = rdig(r, 25)
    elif cc == "PK": bban = r.choice(["HABB", "MUCB", "UNIL", "SCBL"]) + rdig(r, 16)
    elif cc == "BR": bban = rdig(r, 23) + r.choice("CP") + r.choice("12")
    elif cc == "AT": bban = rdig(r, 16)
    elif cc == "PT": bban = rdig(r, 21)
    else: raise ValueError(cc)
    s = cc + iban_check(cc, bban) + bban
    assert iban_ok(s)
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def bad_iban(r, cc="DE"):
    good = iban(r, cc, spaced=True)
    while True:
        chars = list(good)
        i = r.choice([k for k, c in enumerate(chars) if c.isdigit() and k > 4])
        chars[i] = str((int(chars[i]) + r.randint(1, 9)) % 10)
        s = "".join(chars)
        if not iban_ok(s):
            return s


def nhs_check(d9):
    t = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = 11 - t % 11
    if c == 11: c = 0
    return None if c == 10 else str(c)


def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == s[9]


def nhs(r):
    while True:
        d9 = str(r.randint(4, 6)) + rdig(r, 8)
        c = nhs_check(d9)
        if c is not None:
            n = d9 + c
            return r.choice([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:6] + "-" + n[6:]])


def bad_nhs(r):
    while True:
        n = str(r.randint(4, 6)) + rdig(r, 9)
        if not nhs_ok(n):
            return n[:3] + " " + n[3:6] + " " + n[6:]


VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
      [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
      [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_gen(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return s + str(VINV[c])


def aadhaar(r):
    n = verhoeff_gen(str(r.randint(2, 9)) + rdig(r, 10))
    assert verhoeff_ok(n)
    return r.choice([n[:4] + " " + n[4:8] + " " + n[8:], n, n[:4] + "-" + n[4:8] + "-" + n[8:]])


def bad_aadhaar(r):
    while True:
        n = str(r.randint(2, 9)) + rdig(r, 11)
        if not verhoeff_ok(n):
            return n[:4] + " " + n[4:8] + " " + n[8:]


def cpf_digits(d9):
    s = sum(int(d9[i]) * (10 - i) for i in range(9)); d1 = (s * 10) % 11 % 10
    d10 = d9 + str(d1)
    s = sum(int(d10[i]) * (11 - i) for i in range(10)); d2 = (s * 10) % 11 % 10
    return d10 + str(d2)


def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s


def cpf(r, fmt=True):
    while True:
        n = cpf_digits(rdig(r, 9))
        if len(set(n)) > 1:
            break
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:]) if fmt else n


def bad_cpf(r):
    while True:
        n = rdig(r, 11)
        if not cpf_ok(n):
            return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(r):
    if r.random() < 0.65:
        n = rdig(r, 8); return n + r.choice(["", "-", ""]) + DNI_L[int(n) % 23]
    p = r.choice("XYZ"); n = rdig(r, 7)
    return p + n + DNI_L[int("XYZ".index(p).__str__() + n) % 23]


def bad_dni(r):
    n = rdig(r, 8); good = DNI_L[int(n) % 23]
    return n + r.choice([c for c in DNI_L if c != good])


def nir(r, sex=None, dob=None, spaced=None):
    sex = sex or r.choice("12")
    yy = "%02d" % (dob[0] % 100) if dob else rdig(r, 2)
    mm = "%02d" % dob[1] if dob else "%02d" % r.randint(1, 12)
    dep = "%02d" % r.choice([13, 33, 35, 44, 59, 69, 75, 92, 93, 97])
    com = "%03d" % r.randint(1, 400); order = "%03d" % r.randint(1, 999)
    b = sex + yy + mm + dep + com + order
    key = "%02d" % (97 - int(b) % 97)
    if spaced is None:
        spaced = r.random() < 0.6
    if spaced:
        return " ".join([sex, yy, mm, dep, com, order, key])
    return b + key


def bad_nir(r):
    s = nir(r, spaced=True)
    k = int(s[-2:]); k2 = (k + r.randint(1, 50)) % 97 or 1
    return s[:-2] + "%02d" % k2


def steuer_check(d10):
    prod = 10
    for ch in d10:
        s = (int(ch) + prod) % 10
        if s == 0: s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    return "0" if c == 10 else str(c)


def steuer(r):
    while True:
        digits = list("0123456789"); r.shuffle(digits)
        used = digits[:9]; dup = r.choice(used)
        arr = used + [dup]; r.shuffle(arr)
        s = "".join(arr)
        if s[0] == "0":
            continue
        if any(s[i] == s[i + 1] for i in range(9)):
            continue
        n = s + steuer_check(s)
        return r.choice([n, n[:2] + " " + n[2:5] + " " + n[5:8] + " " + n[8:], n])


def bad_steuer(r):
    n = re.sub(r"\D", "", steuer(r))
    return n[:10] + str((int(n[10]) + r.randint(1, 9)) % 10)


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def cf_part(name, is_first):
    s = re.sub(r"[^A-Z]", "", strip_acc(name).upper())
    cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(given, family, dob, female):
    y, m, dd = dob
    s = cf_part(family, False) + cf_part(given, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (dd + (40 if female else 0)) + BELFIORE[hash_pick(given + family) % len(BELFIORE)]
    t = sum(CF_ODD[ch] if i % 2 == 0 else cf_even(ch) for i, ch in enumerate(s))
    return s + chr(65 + t % 26)


BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "C351", "B157"]


def hash_pick(s):
    return sum(ord(c) * (i + 1) for i, c in enumerate(s))


def cf_bad(cfv):
    return cfv[:-1] + chr(65 + (ord(cfv[-1]) - 65 + 7) % 26)


def nric(r, kind=None):
    kind = kind or r.choice("STFG")
    ds = rdig(r, 7)
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * w[i] for i, c in enumerate(ds)) + (4 if kind in "TG" else 0)
    tbl = "JZIHGFEDCBA" if kind in "ST" else "XWUTRQPNMLK"
    return kind + ds + tbl[t % 11]


def bad_nric(r):
    g = nric(r, "S")
    return g[:-1] + ("A" if g[-1] != "A" else "B")


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r, dashed=None):
    L = lambda: r.choice(MBI_L); D = lambda: r.choice("0123456789"); A = lambda: r.choice(MBI_L + "0123456789")
    s = str(r.randint(1, 9)) + L() + A() + D() + L() + A() + D() + L() + L() + D() + D()
    if dashed is None:
        dashed = r.random() < 0.4
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


def nino(r):
    bad1 = set("DFIQUV"); bad2 = set("DFIOQUV")
    while True:
        a = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"); b = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        ds = rdig(r, 6); suf = r.choice("ABCD")
        return r.choice([a + b + ds + suf, "%s%s %s %s %s %s" % (a, b, ds[:2], ds[2:4], ds[4:], suf)])


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))


def sin(r):
    n = luhn_complete(str(r.randint(1, 7)) + rdig(r, 7))
    return r.choice([n[:3] + " " + n[3:6] + " " + n[6:], n[:3] + "-" + n[3:6] + "-" + n[6:], n])


def bad_sin(r):
    while True:
        n = str(r.randint(1, 7)) + rdig(r, 8)
        if not luhn_ok(n):
            return n[:3] + " " + n[3:6] + " " + n[6:]


def mrz_cd(s):
    w = [7, 3, 1]; t = 0
    for i, ch in enumerate(s):
        v = 0 if ch == "<" else (int(ch) if ch.isdigit() else ord(ch) - 55)
        t += v * w[i % 3]
    return str(t % 10)


def iso6346(r):
    owner = r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU"]) ; ser = rdig(r, 6)
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0: v += 1
        vals[ch] = v; v += 1
    s = owner + ser
    t = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    return s + str(t % 11 % 10)


def imo(r):
    ds = "9" + rdig(r, 5)
    return "IMO " + ds + str(sum(int(c) * (7 - i) for i, c in enumerate(ds)) % 10)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(r):
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = list(r.choice(["WVW", "WBA", "JTD", "1FA", "5YJ", "VF1", "ZFA", "KMH", "3VW"]) + "".join(r.choice(ch) for _ in range(14)))
    t = sum((int(c) if c.isdigit() else VIN_T[c]) * VIN_W[i] for i, c in enumerate(s))
    cd = t % 11
    s[8] = "X" if cd == 10 else str(cd)
    return "".join(s)


# ---------------------------------------------------------------- values
NAMES = {
 "jp": (["Haruto", "Yui", "Sōta", "Aoi", "Ren", "Hinata", "Kaito", "Mio", "Takumi", "Sakura", "Ryūsei", "Yūna"],
        ["Takahashi", "Watanabe", "Yamaguchi", "Nakamura", "Kobayashi", "Fujimoto", "Ōta", "Saitō", "Kinoshita", "Matsuda"]),
 "kr": (["Ji-woo", "Seo-yeon", "Min-jun", "Ha-eun", "Do-yun", "Soo-ah", "Hyun-woo", "Eun-ji"],
        ["Kim", "Lee", "Park", "Choi", "Jeong", "Kang", "Yoon", "Hwang", "Seo"]),
 "mx": (["José Luis", "Ximena", "Itzel", "Santiago", "Guadalupe", "Emiliano", "Xóchitl", "Cuauhtémoc", "Renata"],
        ["Hernández", "García Treviño", "Ramírez", "Tzompantzi", "de la Garza", "Villaseñor", "Ortiz", "Zamudio"]),
 "co": (["Juan Camilo", "Valentina", "Andrés Felipe", "Mariana", "Yeison", "Luz Dary", "Sebastián", "Daniela"],
        ["Restrepo", "Gómez", "Ospina", "Valencia", "Castaño", "Zuluaga", "Montoya", "Londoño"]),
 "pe": (["Rosa", "Wilfredo", "Yesenia", "Marco Antonio", "Milagros", "Jhon", "Fiorella", "Percy"],
        ["Quispe", "Mamani", "Huamán", "Condori", "Choque", "Flores Ticona", "Apaza", "Ccori"]),
 "pl": (["Łukasz", "Małgorzata", "Wojciech", "Zofia", "Krzysztof", "Agnieszka", "Grzegorz", "Jadwiga"],
        ["Wiśniewski", "Kowalczyk", "Wójcik", "Szymańska", "Brzęczyszczykiewicz", "Zieliński", "Dąbrowska", "Kaczmarek"]),
 "gr": (["Eleftheria", "Dimitrios", "Konstantina", "Georgios", "Panagiota", "Spyridon", "Vasiliki", "Nikolaos"],
        ["Papadopoulos", "Karagiannis", "Oikonomou", "Triantafyllou", "Papanikolaou", "Vlachou", "Georgiadis", "Tsakalidou"]),
 "tr": (["Emre", "Zeynep", "Mehmet Ali", "Elif", "Burak", "Şeyma", "Oğuz", "Gülşen"],
        ["Yılmaz", "Öztürk", "Şahin", "Çelik", "Aydın", "Kılıç", "Doğan", "Karaağaçlı"]),
 "eg": (["Mohamed", "Nourhan", "Ahmed", "Yasmin", "Mostafa", "Aya", "Karim", "Mariam"],
        ["Abdel-Rahman", "El-Sayed", "Hassan", "Farouk", "Soliman", "Abou El-Naga", "Mansour", "Shehata"]),
 "ma": (["Youssef", "Khadija", "Hamza", "Salma", "Mehdi", "Imane", "Ayoub", "Fatima-Zahra"],
        ["El Amrani", "Benjelloun", "Alaoui", "Tazi", "Bennani", "El Idrissi", "Ouazzani", "Chraibi"]),
 "gh": (["Kwame", "Akosua", "Kofi", "Abena", "Yaw", "Efua", "Kwabena", "Adwoa"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman-Duah", "Nkansah"]),
 "ke": (["Wanjiru", "Otieno", "Achieng", "Kipchoge", "Nyambura", "Mutua", "Chebet", "Odhiambo"],
        ["Kamau", "Njoroge", "Onyango", "Wafula", "Mwangi", "Kiprotich", "Ochieng", "Cheruiyot"]),
 "pk": (["Ayesha", "Bilal", "Zainab", "Usman", "Mahnoor", "Hamza", "Sana", "Faisal"],
        ["Qureshi", "Chaudhry", "Siddiqui", "Malik", "Butt", "Abbasi", "Khattak", "Rana"]),
 "bd": (["Tahmina", "Rafiqul", "Nusrat", "Shafiqul", "Farzana", "Mahbub", "Sharmin", "Arif"],
        ["Rahman", "Hossain", "Chowdhury", "Akter", "Islam", "Sarker", "Bhuiyan", "Talukder"]),
 "id": (["Budi", "Siti", "Agus", "Dewi", "Wayan", "Putu", "Rina", "Bambang"],
        ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Nugroho", "Sitompul", "Pangaribuan"]),
 "ph": (["Jericho", "Lovely", "Rodel", "Marivic", "Princess", "Jhun", "Divina", "Arnel"],
        ["dela Cruz", "Santos", "Bautista", "Villanueva", "Dimaculangan", "Pacquing", "Manalastas", "Sy"]),
 "au": (["Lachlan", "Matilda", "Harrison", "Sienna", "Tahlia", "Brodie", "Jarrah", "Indi"],
        ["Kelly", "O'Brien", "Papadakis", "Thompson", "Fitzgerald", "Wirrpanda", "Tran", "McGuinness"]),
 "us": (["Tyler", "Brianna", "DeShawn", "Kayleigh", "Marcus", "Jasmine", "Cody", "LaTonya"],
        ["Washington", "Kowalski", "Johnson-Reyes", "McAllister", "Bergstrom", "Delgado", "Whitfield", "Oyelaran"]),
 "ca": (["Étienne", "Geneviève", "Mathieu", "Chloé", "Liam", "Avery", "Jean-François", "Nadia"],
        ["Tremblay", "Gagnon", "Côté", "Bouchard", "Lévesque", "MacDonald", "Bélanger", "Singh-Gill"]),
 "uk": (["Olly", "Imogen", "Callum", "Niamh", "Rhys", "Phoebe", "Alfie", "Bethan"],
        ["Ashworth", "Pennington", "Okafor", "Llewellyn", "Hargreaves", "Fairbairn", "Ramsbottom", "Whitcombe"]),
 "ie": (["Saoirse", "Oisín", "Caoimhe", "Tadhg", "Aoife", "Cillian", "Siobhán", "Eoghan"],
        ["Ó Súilleabháin", "Ní Dhomhnaill", "Mac Carthaigh", "Byrne", "Fitzpatrick", "O'Keeffe", "Breathnach", "Ó Ceallaigh"]),
 "fr": (["Anaïs", "Thibault", "Maëlle", "Gwenaël", "Clémence", "Loïc", "Solène", "Baptiste"],
        ["Lefèvre", "Mercier", "Rousseau-Dubois", "Le Goff", "Fabre", "Chevalier", "d'Harcourt", "Giraud"]),
 "es": (["Itziar", "Jordi", "Begoña", "Íñigo", "Montserrat", "Álvaro", "Nerea", "Xabier"],
        ["Etxeberria", "Puigdomènech", "Fernández de Córdoba", "Goikoetxea", "Castellanos", "Iglesias Roca", "Mújica", "Vallverdú"]),
 "de": (["Jörg", "Friederike", "Lukas", "Annegret", "Maximilian", "Hannelore", "Björn", "Svenja"],
        ["Müller-Lüdenscheidt", "Schröder", "von der Heyde", "Kowalewski", "Weißgerber", "Brandstätter", "zu Solms", "Oberhuber"]),
 "it": (["Gianluca", "Chiara", "Salvatore", "Federica", "Niccolò", "Ilaria", "Pierpaolo", "Benedetta"],
        ["Esposito", "Russo", "De Luca", "Lo Bianco", "Ferraro", "D'Alessandro", "Colombo", "Della Valle"]),
 "br": (["João Pedro", "Ana Clara", "Thiago", "Luíza", "Gabriel", "Maria Eduarda", "Cauã", "Raíssa"],
        ["da Silva", "dos Santos", "Oliveira", "Souza Lima", "Pereira", "Carvalho", "Nascimento", "Albuquerque"]),
 "in": (["Aarav", "Priyanka", "Venkatesh", "Ananya", "Gurpreet", "Lakshmi", "Rohan", "Sneha"],
        ["Iyer", "Chatterjee", "Reddy", "Deshpande", "Banerjee", "Nair", "Kulkarni", "Sandhu"]),
 "sg": (["Wei Ling", "Jun Jie", "Hui Min", "Zhi Hao", "Xin Yi", "Kai Wen"],
        ["Tan", "Lim", "Ng", "Goh", "Teo", "Ong"]),
}
FEMALE = set("""Yui Aoi Hinata Mio Sakura Yūna Seo-yeon Ha-eun Soo-ah Eun-ji Ximena Itzel Guadalupe Xóchitl Renata Valentina
Mariana Luz Dary Daniela Rosa Yesenia Milagros Fiorella Małgorzata Zofia Agnieszka Jadwiga Eleftheria Konstantina Panagiota
Vasiliki Zeynep Elif Şeyma Gülşen Nourhan Yasmin Aya Mariam Khadija Salma Imane Fatima-Zahra Akosua Abena Efua Adwoa Wanjiru
Achieng Nyambura Chebet Ayesha Zainab Mahnoor Sana Tahmina Nusrat Farzana Sharmin Siti Dewi Rina Lovely Marivic Princess Divina
Matilda Sienna Tahlia Indi Brianna Kayleigh Jasmine LaTonya Geneviève Chloé Avery Nadia Imogen Niamh Phoebe Bethan Saoirse
Caoimhe Aoife Siobhán Anaïs Maëlle Clémence Solène Itziar Begoña Montserrat Nerea Friederike Annegret Hannelore Svenja Chiara
Federica Ilaria Benedetta Ana Luíza Maria Raíssa Priyanka Ananya Lakshmi Sneha Wei Hui Xin""".split())
FEMALE |= {"Luz Dary", "Ana Clara", "Maria Eduarda", "Wei Ling", "Hui Min", "Xin Yi"}
SYL = ["ka", "ro", "mi", "zu", "te", "vo", "la", "shi", "dre", "ny", "qua", "bel", "tor", "ix", "un", "sa", "ber", "oth", "yl", "fen"]

COUNTRY = {"jp": "Japan", "kr": "Republic of Korea", "mx": "Mexico", "co": "Colombia", "pe": "Peru", "pl": "Poland",
           "gr": "Greece", "tr": "Türkiye", "eg": "Egypt", "ma": "Morocco", "gh": "Ghana", "ke": "Kenya", "pk": "Pakistan",
           "bd": "Bangladesh", "id": "Indonesia", "ph": "Philippines", "au": "Australia", "us": "United States",
           "ca": "Canada", "uk": "United Kingdom", "ie": "Ireland", "fr": "France", "es": "Spain", "de": "Germany",
           "it": "Italy", "br": "Brazil", "in": "India", "sg": "Singapore"}
ISO3 = {"jp": "JPN", "kr": "KOR", "mx": "MEX", "co": "COL", "pe": "PER", "pl": "POL", "gr": "GRC", "tr": "TUR",
        "eg": "EGY", "ma": "MAR", "gh": "GHA", "ke": "KEN", "pk": "PAK", "bd": "BGD", "id": "IDN", "ph": "PHL",
        "au": "AUS", "us": "USA", "ca": "CAN", "uk": "GBR", "ie": "IRL", "fr": "FRA", "es": "ESP", "de": "D",
        "it": "ITA", "br": "BRA", "in": "IND", "sg": "SGP"}
ORIGINS = list(NAMES) + ["us", "us", "uk"]


class Person:
    def __init__(self, r, origin=None):
        self.o = origin or r.choice(ORIGINS)
        g, f = NAMES[self.o]
        self.given = r.choice(g); self.family = r.choice(f)
        if r.random() < 0.12:
            self.given = "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()
        if r.random() < 0.12:
            self.family = "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()
        self.female = self.given in FEMALE or self.given.split()[0] in FEMALE
        if self.given not in FEMALE and self.given.split()[0] not in FEMALE and self.given not in g:
            self.female = r.random() < 0.5
        self.dob = (r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28))
        self.r = r

    @property
    def full(self):
        if self.o in ("sg",):
            return self.family + " " + self.given
        return self.given + " " + self.family

    @property
    def pnr(self):  # LAST/FIRST caps
        return strip_acc(self.family).upper().replace("'", "") + "/" + strip_acc(self.given).upper()

    @property
    def caps(self):
        return strip_acc(self.family).upper().replace("'", "").replace("-", " ") + ", " + self.given.upper()

    @property
    def title(self):
        return "Ms" if self.female else "Mr"

    @property
    def ctry(self):
        return COUNTRY[self.o]

    def email(self, r=None):
        r = r or self.r
        g = re.sub(r"[^a-z]", "", strip_acc(self.given).lower().split()[0])
        f = re.sub(r"[^a-z]", "", strip_acc(self.family).lower())
        dom = r.choice(["gmail.com", "yahoo.co.jp", "naver.com", "outlook.com", "hotmail.fr", "web.de", "libero.it",
                        "uol.com.br", "rediffmail.com", "wp.pl", "yandex.com.tr", "icloud.com", "eircom.net",
                        "bigpond.com", "protonmail.ch", "gmx.de", "orange.fr", "yahoo.com.mx", "live.co.uk"])
        return r.choice(["%s.%s@%s", "%s%s@%s", "%s_%s%d@%s"]).replace("%d", str(r.randint(1, 99))) % (g, f, dom) \
            if True else None


def fmt_date(r, dt, style=None):
    y, m, d = dt
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    style = style or r.choice(["iso", "dmy", "mdy", "dmon", "dot", "ddmonyy"])
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "dmy": "%02d/%02d/%04d" % (d, m, y), "mdy": "%02d/%02d/%04d" % (m, d, y),
            "dmon": "%d %s %04d" % (d, mon, y), "dot": "%02d.%02d.%04d" % (d, m, y),
            "ddmonyy": "%02d%s%02d" % (d, mon.upper(), y % 100), "yymmdd": "%02d%02d%02d" % (y % 100, m, d),
            "long": "%s %d, %04d" % (["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"][m - 1], d, y)}[style]


def rdate(r, y0=2024, y1=2026):
    return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def passport_no(r, o):
    U = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    f = {
        "jp": lambda: r.choice(["TK", "TZ", "MU", "TR"]) + rdig(r, 7),
        "kr": lambda: "M" + rdig(r, 8) if r.random() < 0.5 else "M" + rdig(r, 3) + U(1) + rdig(r, 4),
        "mx": lambda: U(1) + rdig(r, 8), "co": lambda: r.choice(["AT", "AQ", "PE"]) + rdig(r, 6),
        "pe": lambda: "1" + rdig(r, 8), "pl": lambda: r.choice(["EA", "EC", "ER", "FB"]) + rdig(r, 7),
        "gr": lambda: r.choice(["AK", "AN", "AT", "AO"]) + rdig(r, 7), "tr": lambda: "U" + rdig(r, 8),
        "eg": lambda: "A" + rdig(r, 8), "ma": lambda: r.choice(["UZ", "VV", "BK"]) + rdig(r, 7),
        "gh": lambda: "G" + rdig(r, 7), "ke": lambda: r.choice(["AK", "BK", "CK"]) + rdig(r, 7),
        "pk": lambda: U(2) + rdig(r, 7), "bd": lambda: r.choice(["EB", "EE", "BW"]) + rdig(r, 7),
        "id": lambda: r.choice(["C", "X", "B"]) + rdig(r, 7), "ph": lambda: "P" + rdig(r, 7) + U(1),
        "au": lambda: r.choice(["PA", "PB", "N", "E"]) + rdig(r, 7), "us": lambda: rdig(r, 9) if r.random() < 0.6 else r.choice("AB") + rdig(r, 8),
        "ca": lambda: U(2) + rdig(r, 6), "uk": lambda: rdig(r, 9), "ie": lambda: r.choice(["PA", "PB", "PD"]) + rdig(r, 7),
        "fr": lambda: rdig(r, 2) + U(2) + rdig(r, 5), "es": lambda: r.choice(["PAA", "PAC", "PAF", "XDA"]) + rdig(r, 6),
        "de": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "it": lambda: r.choice(["YA", "YB", "AA"]) + rdig(r, 7), "br": lambda: r.choice(["FA", "FB", "GC"]) + rdig(r, 6),
        "in": lambda: r.choice("JKLMNPRSTUVWZ") + rdig(r, 7), "sg": lambda: "E" + rdig(r, 7) + U(1),
    }[o]
    return f()


def pp_type(o):
    return "US_PASSPORT" if o == "us" else "PASSPORT"


US_DL = {
    "California": ("CA", lambda r: r.choice("ABCDEFGHNY") + rdig(r, 7)),
    "Florida": ("FL", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice("BDGHKMS"), rdig(r, 3), rdig(r, 3), rdig(r, 2), rdig(r, 3), rdig(r, 1))),
    "New York": ("NY", lambda r: r.choice([rdig(r, 9), "%s %s %s" % (rdig(r, 3), rdig(r, 3), rdig(r, 3))])),
    "Texas": ("TX", lambda r: rdig(r, 8)),
    "Illinois": ("IL", lambda r: "%s%s-%s-%s" % (r.choice("ABDKMS"), rdig(r, 3), rdig(r, 4), rdig(r, 4))),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9))),
    "Pennsylvania": ("PA", lambda r: "%s %s %s" % (rdig(r, 2), rdig(r, 3), rdig(r, 3))),
    "New Jersey": ("NJ", lambda r: "%s%s %s %s" % (r.choice("DKMS"), rdig(r, 4), rdig(r, 5), rdig(r, 5))),
    "Michigan": ("MI", lambda r: "%s %s %s %s" % (r.choice("BDKLMS"), rdig(r, 3), rdig(r, 3), rdig(r, 3) + " " + rdig(r, 3))),
    "Ohio": ("OH", lambda r: r.choice(["AB", "RT", "SN", "TK"]) + rdig(r, 6)),
    "Georgia": ("GA", lambda r: rdig(r, 9)),
    "Arizona": ("AZ", lambda r: r.choice("ABDS") + rdig(r, 8)),
    "Massachusetts": ("MA", lambda r: "S" + rdig(r, 8)),
    "Colorado": ("CO", lambda r: "%s-%s-%s" % (rdig(r, 2), rdig(r, 3), rdig(r, 4))),
    "Nevada": ("NV", lambda r: rdig(r, 10)),
    "Hawaii": ("HI", lambda r: "H" + rdig(r, 8)),
    "Wisconsin": ("WI", lambda r: "%s%s-%s-%s-%s" % (r.choice("ABKS"), rdig(r, 3), rdig(r, 4), rdig(r, 4), rdig(r, 2))),
    "Virginia": ("VA", lambda r: "T" + rdig(r, 8)),
}


def uk_dl(p, r):
    fam = re.sub(r"[^A-Z]", "", strip_acc(p.family).upper())
    if fam.startswith("MAC"): fam = "MC" + fam[3:]
    s = (fam + "99999")[:5]
    y, m, d = p.dob
    s += str((y // 10) % 10) + "%02d" % (m + (50 if p.female else 0)) + "%02d" % d + str(y % 10)
    ini = re.sub(r"[^A-Z]", "", strip_acc(p.given).upper())[:1]
    s += (ini + "9")[:2] + "9" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return s


INTL_DL = {
    "uk": ("DVLA (United Kingdom)", None),
    "de": ("Germany (Führerschein)", lambda r: r.choice("BFJNR") + rdig(r, 3) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + rdig(r, 1)),
    "fr": ("France (permis de conduire)", lambda r: rdig(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rdig(r, 8)),
    "ie": ("Ireland (NDLS)", lambda r: rdig(r, 3) + rdig(r, 3) + rdig(r, 3)),
    "au": ("New South Wales, Australia", lambda r: rdig(r, 8)),
    "ca": ("Ontario, Canada", lambda r: "%s%s-%s-%s" % (r.choice("ABCDEFGHKLMNPRSTW"), rdig(r, 4), rdig(r, 5), rdig(r, 5))),
    "jp": ("Japan (運転免許証)", lambda r: rdig(r, 12)),
    "kr": ("Republic of Korea", lambda r: "%s-%s-%s-%s" % (rdig(r, 2), rdig(r, 2), rdig(r, 6), rdig(r, 2))),
    "in": ("Maharashtra, India", lambda r: "MH%02d %s%s" % (r.randint(1, 50), r.randint(2005, 2022), rdig(r, 7))),
    "ph": ("Philippines (LTO)", lambda r: "%s%s-%s-%s" % (r.choice("NDAK"), rdig(r, 2), rdig(r, 2), rdig(r, 6))),
    "it": ("Italia (patente di guida)", lambda r: r.choice(["MI", "RM", "NA", "TO"]) + rdig(r, 7) + r.choice("ABCDEFGHKLMNPRSTUVWXYZ")),
    "pl": ("Poland (prawo jazdy)", lambda r: "%s/%s/%s" % (rdig(r, 5), rdig(r, 2), rdig(r, 4))),
    "br": ("Brasil (CNH)", None),
    "mx": ("Ciudad de México", lambda r: r.choice("ABCDEFGN") + rdig(r, 11)),
    "za": None,
}


def cnh(r):
    while True:
        n = rdig(r, 11)
        if not cpf_ok(n) and not nhs_ok(n[:10]):
            return n


def drivers_licence(r, p=None, where=None):
    """return (issuer text, number)"""
    if where == "us" or (where is None and r.random() < 0.5):
        st = r.choice(list(US_DL)); code, f = US_DL[st]
        return st, code, f(r)
    o = where if where in INTL_DL and INTL_DL[where] else r.choice([k for k in INTL_DL if INTL_DL[k]])
    name, f = INTL_DL[o]
    if o == "uk":
        num = uk_dl(p or Person(r, "uk"), r)
    elif o == "br":
        num = cnh(r)
    else:
        num = f(r)
    return name, o.upper(), num


def addr(r, o=None, multiline=False):
    o = o or r.choice(ORIGINS)
    n = r.randint(2, 240)
    A = {
        "jp": lambda: ["%d-%d-%d %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), r.choice(["Jingūmae", "Nishi-Shinjuku", "Umeda", "Tenjin"])),
                       r.choice(["Shibuya-ku, Tokyo 150-0001", "Shinjuku-ku, Tokyo 160-0023", "Kita-ku, Osaka 530-0001", "Chūō-ku, Fukuoka 810-0001"])],
        "kr": lambda: ["%d, %s" % (n, r.choice(["Teheran-ro", "Sejong-daero", "Haeundae-ro"])), r.choice(["Gangnam-gu, Seoul 06236", "Jung-gu, Seoul 04524", "Haeundae-gu, Busan 48094"])],
        "mx": lambda: ["%s %d, Int. %d" % (r.choice(["Calle Durango", "Av. Insurgentes Sur", "Calle Tonalá"]), n, r.randint(1, 30)),
                       r.choice(["Col. Roma Norte, 06700 Ciudad de México, CDMX", "Col. Condesa, 06140 Ciudad de México, CDMX", "Col. Americana, 44160 Guadalajara, Jal."])],
        "co": lambda: ["%s # %d-%d" % (r.choice(["Carrera 43A", "Calle 10", "Carrera 7"]), r.randint(1, 99), r.randint(1, 99)), r.choice(["El Poblado, Medellín 050021", "Chapinero, Bogotá 110231"])],
        "pe": lambda: ["%s %d, Dpto. %d" % (r.choice(["Av. José Larco", "Jr. Ucayali", "Calle Alcanfores"]), n, r.randint(101, 904)), r.choice(["Miraflores, Lima 15074", "Cercado de Lima 15001", "Cusco 08002"])],
        "pl": lambda: ["ul. %s %d/%d" % (r.choice(["Marszałkowska", "Długa", "Piotrkowska", "Świętojańska"]), n, r.randint(1, 60)), r.choice(["00-624 Warszawa", "80-838 Gdańsk", "90-001 Łódź"])],
        "gr": lambda: ["%s %d" % (r.choice(["Odos Ermou", "Leoforos Vasilissis Sofias", "Odos Tsimiski"]), n), r.choice(["105 63 Athina", "546 24 Thessaloniki"])],
        "tr": lambda: ["%s Cad. No: %d D: %d" % (r.choice(["Bağdat", "İstiklal", "Atatürk Bulvarı"]), n, r.randint(1, 20)), r.choice(["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"])],
        "eg": lambda: ["%d %s" % (n, r.choice(["El Tahrir St.", "Abou El Feda St.", "Shehab St."])), r.choice(["Zamalek, Cairo 11211", "Dokki, Giza 12311", "Mohandessin, Giza 12655"])],
        "ma": lambda: ["%d, %s" % (n, r.choice(["Rue Ibn Batouta", "Boulevard Zerktouni", "Avenue Mohammed V"])), r.choice(["20250 Casablanca", "10000 Rabat", "40000 Marrakech"])],
        "gh": lambda: ["House No. %d, %s" % (n, r.choice(["Oxford Street", "Nii Nortei Nyanchi St", "Liberation Road"])), r.choice(["Osu, Accra GA-123-4567", "East Legon, Accra GA-416-8821", "Kumasi AK-039-5028"])],
        "ke": lambda: ["%s, %s" % (r.choice(["Apt 4B, Riverside Gardens", "House 17, Lavington Close", "Flat 22, Kindaruma Court"]), r.choice(["Ngong Road", "Riverside Drive", "Argwings Kodhek Rd"])), r.choice(["P.O. Box 45210-00100, Nairobi", "P.O. Box 8831-80100, Mombasa"])],
        "pk": lambda: ["House %d, Street %d, %s" % (n, r.randint(1, 40), r.choice(["F-7/2", "G-10/4", "DHA Phase 5"])), r.choice(["Islamabad 44000", "Lahore 54792", "Karachi 75500"])],
        "bd": lambda: ["House %d, Road %d, %s" % (n, r.randint(1, 30), r.choice(["Gulshan-2", "Dhanmondi", "Banani"])), r.choice(["Dhaka 1212", "Dhaka 1209", "Chattogram 4000"])],
        "id": lambda: ["Jl. %s No. %d, RT %02d/RW %02d" % (r.choice(["Kemang Raya", "Sudirman", "Raya Ubud"]), n, r.randint(1, 12), r.randint(1, 9)), r.choice(["Jakarta Selatan 12730", "Gianyar, Bali 80571", "Bandung 40115"])],
        "ph": lambda: ["%d %s, Brgy. %s" % (n, r.choice(["Mabini St.", "Kalayaan Ave.", "Katipunan Ave."]), r.choice(["San Antonio", "Poblacion", "Loyola Heights"])), r.choice(["Makati City 1210", "Quezon City 1108", "Cebu City 6000"])],
        "au": lambda: ["Unit %d/%d %s" % (r.randint(1, 30), n, r.choice(["Glebe Point Road", "Brunswick Street", "Hay Street"])), r.choice(["Glebe NSW 2037", "Fitzroy VIC 3065", "Perth WA 6000"])],
        "us": lambda: ["%d %s%s" % (r.randint(10, 9800), r.choice(["NW Glisan St", "Magnolia Ave", "W 84th St", "Kalakaua Ave", "Peachtree Rd NE"]), r.choice(["", " Apt 3C", " #210", " Unit 12"])),
                       r.choice(["Portland, OR 97209", "Orlando, FL 32803", "New York, NY 10024", "Honolulu, HI 96815", "Atlanta, GA 30305"])],
        "ca": lambda: ["%d %s" % (r.randint(10, 4800), r.choice(["rue Saint-Denis, app. 4", "Yonge Street, Suite 1102", "Robson Street"])), r.choice(["Montréal (Québec) H2X 3K8", "Toronto, ON M4W 2G8", "Vancouver, BC V6E 1B5"])],
        "uk": lambda: ["%s%d %s" % (r.choice(["", "Flat 3, ", "Flat 12B, "]), n, r.choice(["Cowley Road", "Albert Terrace", "Mill Lane", "Chorlton Street"])), r.choice(["Oxford OX4 1HR", "Bath BA1 5NP", "Manchester M1 3FY", "Cardiff CF10 1EP"])],
        "ie": lambda: ["%d %s" % (n, r.choice(["Cois Farraige", "Ballyfermot Road", "Mardyke Walk"])), r.choice(["Salthill, Galway H91 E2K8", "Dublin 10 D10 XY82", "Cork T12 R2NC"])],
        "fr": lambda: ["%d%s %s" % (n, r.choice(["", " bis", " ter"]), r.choice(["rue des Lilas", "avenue Jean-Médecin", "boulevard de la Croisette", "quai de la Fosse"])), r.choice(["75019 Paris", "06000 Nice", "44000 Nantes", "69003 Lyon"])],
        "es": lambda: ["%s, %d, %dº %dª" % (r.choice(["Carrer de Còrsega", "Calle de Alcalá", "Kale Nagusia"]), n, r.randint(1, 8), r.randint(1, 4)), r.choice(["08036 Barcelona", "28014 Madrid", "20003 Donostia-San Sebastián"])],
        "de": lambda: ["%s %d%s" % (r.choice(["Schanzenstraße", "Kaiser-Wilhelm-Ring", "Am Büchel", "Türkenstraße"]), n, r.choice(["", "a", "b"])), r.choice(["20357 Hamburg", "50672 Köln", "80799 München", "04109 Leipzig"])],
        "it": lambda: ["%s %d" % (r.choice(["Via dei Tribunali", "Corso Buenos Aires", "Via Garibaldi", "Piazza Santo Spirito"]), n), r.choice(["80138 Napoli NA", "20124 Milano MI", "50125 Firenze FI"])],
        "br": lambda: ["%s, %d, apto %d" % (r.choice(["Rua Oscar Freire", "Av. Atlântica", "Rua da Aurora"]), n, r.randint(11, 1802)), r.choice(["Jardins, São Paulo - SP, 01426-001", "Copacabana, Rio de Janeiro - RJ, 22021-001", "Boa Vista, Recife - PE, 50050-145"])],
        "in": lambda: ["Flat %d, %s" % (r.randint(101, 1204), r.choice(["Sai Krupa CHS, Linking Road", "Prestige Shantiniketan, Whitefield", "Sector 21"])), r.choice(["Bandra West, Mumbai 400050", "Bengaluru 560048", "Gurugram, Haryana 122016"])],
        "sg": lambda: ["Blk %d %s #%02d-%02d" % (r.randint(100, 699), r.choice(["Tampines St 21", "Ang Mo Kio Ave 3", "Jurong West St 52"]), r.randint(2, 18), r.randint(1, 120)), "Singapore %d" % r.choice([521123, 560345, 640512])],
    }[o]()
    return ("\n" if multiline else ", ").join(A)


PHONE = {
    "jp": lambda r: r.choice(["+81 90-%s-%s", "090-%s-%s", "+81 3-%s-%s"]) % (rdig(r, 4), rdig(r, 4)),
    "kr": lambda r: r.choice(["+82 10-%s-%s", "010-%s-%s"]) % (rdig(r, 4), rdig(r, 4)),
    "mx": lambda r: r.choice(["+52 55 %s %s", "+52 1 33 %s %s"]) % (rdig(r, 4), rdig(r, 4)),
    "co": lambda r: "+57 3%s %s %s" % (rdig(r, 2), rdig(r, 3), rdig(r, 4)),
    "pe": lambda r: "+51 9%s %s %s" % (rdig(r, 2), rdig(r, 3), rdig(r, 3)),
    "pl": lambda r: "+48 %s %s %s" % ("5" + rdig(r, 2), rdig(r, 3), rdig(r, 3)),
    "gr": lambda r: "+30 69%s %s %s" % (rdig(r, 1), rdig(r, 3), rdig(r, 4)),
    "tr": lambda r: r.choice(["+90 5%s %s %s %s", "0 (5%s) %s %s %s"]) % (rdig(r, 2), rdig(r, 3), rdig(r, 2), rdig(r, 2)),
    "eg": lambda r: "+20 1%s %s %s" % (r.choice("0125"), rdig(r, 4), rdig(r, 4)),
    "ma": lambda r: "+212 6%s-%s-%s-%s" % (rdig(r, 2), rdig(r, 2), rdig(r, 2), rdig(r, 2)),
    "gh": lambda r: "+233 %s %s %s" % (r.choice(["24", "20", "55"]), rdig(r, 3), rdig(r, 4)),
    "ke": lambda r: r.choice(["+254 7%s %s%s", "07%s %s%s"]) % (rdig(r, 2), rdig(r, 3), " " + rdig(r, 3)),
    "pk": lambda r: "+92 3%s %s" % (rdig(r, 2), rdig(r, 7)),
    "bd": lambda r: "+880 1%s-%s" % (rdig(r, 3), rdig(r, 6)),
    "id": lambda r: "+62 812-%s-%s" % (rdig(r, 4), rdig(r, 4)),
    "ph": lambda r: r.choice(["+63 917 %s %s", "0917-%s-%s"]) % (rdig(r, 3), rdig(r, 4)),
    "au": lambda r: r.choice(["+61 4%s %s %s", "04%s %s %s"]) % (rdig(r, 2), rdig(r, 3), rdig(r, 3)),
    "us": lambda r: r.choice(["(%s) 555-%s", "+1 %s-555-%s", "%s.555.%s"]) % (r.choice(["503", "407", "212", "808", "404", "617"]), rdig(r, 4)),
    "ca": lambda r: r.choice(["+1 (514) %s-%s", "416-%s-%s", "+1 604 %s %s"]) % (rdig(r, 3), rdig(r, 4)),
    "uk": lambda r: r.choice(["+44 7700 900%s", "07700 900%s", "+44 20 7946 0%s"]) % rdig(r, 3),
    "ie": lambda r: r.choice(["+353 87 %s %s", "087 %s %s"]) % (rdig(r, 3), rdig(r, 4)),
    "fr": lambda r: r.choice(["+33 6 %s %s %s %s", "06 %s %s %s %s"]) % (rdig(r, 2), rdig(r, 2), rdig(r, 2), rdig(r, 2)),
    "es": lambda r: "+34 6%s %s %s" % (rdig(r, 2), rdig(r, 3), rdig(r, 3)),
    "de": lambda r: r.choice(["+49 151 %s%s", "0176 %s%s"]) % (rdig(r, 4), rdig(r, 4)),
    "it": lambda r: "+39 3%s %s %s" % (rdig(r, 2), rdig(r, 3), rdig(r, 4)),
    "br": lambda r: r.choice(["+55 11 9%s-%s", "(21) 9%s-%s"]) % (rdig(r, 4), rdig(r, 4)),
    "in": lambda r: r.choice(["+91 98%s %s", "+91-99%s-%s"]) % (rdig(r, 3), rdig(r, 5)),
    "sg": lambda r: "+65 %s %s" % (r.choice("89") + rdig(r, 3), rdig(r, 4)),
}


def phone(r, o=None):
    o = o or r.choice(ORIGINS)
    return PHONE[o](r)


def ip(r, v6=False):
    if v6 or r.random() < 0.12:
        return "2001:db8:%x:%x::%x" % (r.randint(0, 65535), r.randint(0, 65535), r.randint(1, 65535))
    return r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d", "10.44.%d.17", "172.20.8.%d", "192.168.12.%d",
                     "81.2.69.%d", "89.160.20.%d", "175.16.199.%d"]) % r.randint(2, 250)


def version_ip_like(r):
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 60), r.randint(256, 9999))


DIAG = ["type 2 diabetes mellitus", "type 1 diabetes", "atrial fibrillation", "community-acquired pneumonia",
        "acute gastroenteritis", "norovirus gastroenteritis", "deep vein thrombosis", "pulmonary embolism",
        "acute myocardial infarction", "unstable angina", "asthma exacerbation", "COPD", "kidney stones",
        "acute appendicitis", "fractured left radius", "ankle sprain", "concussion", "dengue fever",
        "Plasmodium falciparum malaria", "heat stroke", "decompression sickness", "seasickness", "cellulitis",
        "urinary tract infection", "hypertension", "epilepsy", "anaphylaxis to peanuts", "acute otitis media",
        "pre-eclampsia", "gestational diabetes", "major depressive disorder", "generalised anxiety disorder",
        "COVID-19", "influenza A", "sciatica", "gout", "Crohn's disease", "migraine with aura", "Bell's palsy",
        "acute mountain sickness"]
MEDS = ["metformin", "insulin glargine", "apixaban", "Eliquis", "amoxicillin-clavulanate", "azithromycin",
        "ondansetron", "scopolamine", "meclizine", "salbutamol", "Ventolin", "prednisolone", "enoxaparin",
        "atorvastatin", "lisinopril", "amlodipine", "levetiracetam", "sertraline", "paracetamol", "ibuprofen",
        "artemether-lumefantrine", "doxycycline", "ciprofloxacin", "epinephrine", "EpiPen", "oseltamivir",
        "Tamiflu", "acetazolamide", "levothyroxine", "omeprazole", "dimenhydrinate", "tramadol", "colchicine",
        "Ozempic", "labetalol", "nitrofurantoin"]
AIRPORTS = [("CDG", "Paris Charles de Gaulle"), ("JFK", "John F. Kennedy International"), ("DEL", "Indira Gandhi International"),
            ("MEX", "Benito Juárez International"), ("LIM", "Jorge Chávez International"), ("MNL", "Ninoy Aquino International"),
            ("ACC", "Kotoka International"), ("NBO", "Jomo Kenyatta International"), ("CMN", "Mohammed V International"),
            ("LHE", "Allama Iqbal International"), ("CGK", "Soekarno–Hatta International"), ("DAC", "Hazrat Shahjalal International"),
            ("BOM", "Chhatrapati Shivaji Maharaj International"), ("FCO", "Leonardo da Vinci–Fiumicino"),
            ("MAD", "Adolfo Suárez Madrid–Barajas"), ("WAW", "Warsaw Chopin"), ("ATH", "Athens Eleftherios Venizelos"),
            ("YUL", "Montréal–Trudeau"), ("IAH", "George Bush Intercontinental"), ("DCA", "Ronald Reagan Washington National"),
            ("SAW", "Sabiha Gökçen"), ("VCE", "Venice Marco Polo"), ("GIG", "Rio de Janeiro/Galeão–Antonio Carlos Jobim"),
            ("NRT", "Narita"), ("ICN", "Incheon"), ("SIN", "Changi"), ("SYD", "Sydney Kingsford Smith"), ("LHR", "Heathrow"),
            ("DUB", "Dublin"), ("FRA", "Frankfurt"), ("BOG", "El Dorado"), ("IST", "Istanbul"), ("CAI", "Cairo International")]
SHIPS = ["Queen Mary 2", "Queen Elizabeth", "Queen Victoria", "Aurora Meridian", "Ventura Pacifica", "Sea Albatross",
         "Isabella Marquez", "Amundsen Star", "Magellan Spirit"]
HOTELS = ["Hotel Adlon Kempinski", "The Ritz-Carlton", "Hilton Garden Inn", "Four Seasons George V", "Marriott Marquis",
          "Meridia Harbour Hotel", "The Savoy", "Raffles Hotel", "Hotel Sacher", "Helmsley Park Lane"]
OUR_HOTEL = ["Meridia Harbour Hotel Lisbon", "Meridia Grand Kyoto", "Meridia Riverside Cartagena", "Meridia Park Nairobi",
             "Meridia Marina Bay", "Meridia Plaza Kraków", "Meridia Sands Bali", "Meridia Old Town Dubrovnik"]
AIRLINES = [("MR", "Meridian Air"), ("LH", "Lufthansa"), ("AF", "Air France"), ("JL", "JAL"), ("KE", "Korean Air"),
            ("AM", "Aeroméxico"), ("AV", "Avianca"), ("LO", "LOT"), ("TK", "Turkish Airlines"), ("MS", "EgyptAir"),
            ("KQ", "Kenya Airways"), ("PK", "PIA"), ("GA", "Garuda Indonesia"), ("PR", "Philippine Airlines"),
            ("QF", "Qantas"), ("AC", "Air Canada"), ("BA", "British Airways"), ("EI", "Aer Lingus"), ("AI", "Air India"),
            ("SQ", "Singapore Airlines"), ("LA", "LATAM")]
TIERS = ["Blue", "Silver", "Gold", "Platinum", "Meridian Black", "Albatross Elite"]
COMPANIES_PEOPLE = ["Thomas Cook", "Marriott International", "Hilton Worldwide", "Ferrari", "Tiffany & Co.", "Hugo Boss",
                    "Ralph Lauren", "Walt Disney World", "Louis Vuitton", "Johnson & Johnson", "Ben & Jerry's", "Dr. Martens",
                    "Carl Zeiss", "Siemens", "Ferragamo", "Kempinski"]
HOLIDAYS = ["Martin Luther King Jr. Day", "St. Patrick's Day", "Bastille Day", "Golden Week", "Eid al-Fitr",
            "Día de los Muertos", "Diwali", "Chuseok", "Independence Day", "Boxing Day", "Saint Nicholas Day",
            "Corpus Christi", "Lailat al-Miraj", "Dia de Tiradentes"]


def pnr(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def safe_digits(r, n, lead=""):
    while True:
        s = lead + rdig(r, n - len(lead))
        if not (luhn_ok(s) and s[0] in "23456") and not (len(s) == 10 and nhs_ok(s)) and \
           not (len(s) == 12 and verhoeff_ok(s)) and not (len(s) == 11 and (cpf_ok(s))) and not (len(s) == 9 and luhn_ok(s)):
            return s


def ticket_no(r):
    return safe_digits(r, 13, r.choice(["057", "220", "016", "125", "176", "235", "081"]))


def bag_tag(r):
    return safe_digits(r, 10, "0" + r.choice(["057", "220", "125", "176"]))


def flight(r):
    return r.choice(AIRLINES)[0] + str(r.randint(10, 9899))


def fare_basis(r):
    return r.choice("YBMHKLQVSTN") + r.choice(["LX", "HR", "KW", "FLEX", "SAV", "LOW", ""]) + r.choice(["3M", "7", "0", "2B", "EU"]) + r.choice(["", "NR", "CH"])


def reg(r):
    return r.choice(["N", "G-", "D-", "F-", "JA", "HL", "XA-", "HK-", "SP-", "SX-", "TC-", "9V-", "VH-", "C-F", "EI-", "PR-", "VT-"]) + \
        "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))


def plate(r):
    return r.choice(["%s-%s %s", "%s %s%s", "%s%s-%s"]) % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), rdig(r, 3), r.choice(["RT", "ZX", "FL", "KM"]))


def conf_no(r):
    return r.choice(["MH", "HCN", "CONF", ""]) + safe_digits(r, r.choice([8, 9]), r.choice("789"))


def money(r, cur=None):
    cur = cur or r.choice(["EUR", "USD", "JPY", "GBP", "MXN", "BRL", "INR", "KES", "TRY", "PLN", "SGD", "AUD", "€", "$", "£", "¥", "R$"])
    amt = r.randint(12, 4800) + r.randint(0, 99) / 100
    if cur in ("€", "$", "£", "¥", "R$"):
        return "%s%.2f" % (cur, amt)
    return "%s %s" % (cur, "{:,.2f}".format(amt))


def hhmm(r):
    return "%02d:%02d" % (r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def ts(r, dt=None):
    y, m, d = dt or rdate(r, 2025, 2026)
    return "%04d-%02d-%02dT%02d:%02d:%02d%s" % (y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(["Z", "+09:00", "-05:00", "+01:00", ".%03dZ" % r.randint(0, 999)]))


# ---------------------------------------------------------------- shortcuts
def P(v): return ("PERSON", v)
def DOB(v): return ("DATE_OF_BIRTH", v)
def EM(v): return ("EMAIL", v)
def PH(v): return ("PHONE", v)
def AD(v): return ("ADDRESS", v)
def IPA(v): return ("IP_ADDRESS", v)
def DX(v): return ("DIAGNOSIS", v)
def RX(v): return ("MEDICATION", v)
def MRN(v): return ("MEDICAL_RECORD_NUMBER", v)
def CC(v): return ("CREDIT_CARD", v)
def IB(v): return ("IBAN", v)
def DL(v): return ("DRIVER_LICENSE", v)


def PP(p, num):
    return (pp_type(p.o), num)


def mrz_name(p, width):
    f = re.sub(r"[^A-Z]+", "<", strip_acc(p.family).upper().replace("'", "")).strip("<")
    g = re.sub(r"[^A-Z]+", "<", strip_acc(p.given).upper().replace("'", "")).strip("<")
    nm = (f + "<<" + g)[:width]
    return nm.rstrip("<")


def mrz_td3(r, p, num, expiry):
    """returns list of pieces for Doc (two lines, no trailing newline)"""
    iso = (ISO3[p.o] + "<<")[:3]
    nm = mrz_name(p, 39)
    line1 = ["P<", iso, P(nm), "<" * (39 - len(nm))]
    numf = (num + "<" * 9)[:9]
    y, m, dd = p.dob
    dob = "%02d%02d%02d" % (y % 100, m, dd)
    exp = "%02d%02d%02d" % (expiry[0] % 100, expiry[1], expiry[2])
    sex = "F" if p.female else "M"
    opt = "<" * 14
    cd1 = mrz_cd(numf); cd2 = mrz_cd(dob); cd3 = mrz_cd(exp); cd4 = mrz_cd(opt)
    comp = mrz_cd(numf + cd1 + dob + cd2 + exp + cd3 + opt + cd4)
    line2 = [PP(p, num[:9]), numf[len(num[:9]):], cd1, iso, DOB(dob), cd2, sex, exp, cd3, opt, cd4, comp]
    return line1 + ["\n"] + line2


def mrz_visa(r, p, issuer, visa_no, expiry):
    nm = mrz_name(p, 39)
    line1 = ["V<", issuer, P(nm), "<" * (39 - len(nm))]
    y, m, dd = p.dob
    dob = "%02d%02d%02d" % (y % 100, m, dd)
    exp = "%02d%02d%02d" % (expiry[0] % 100, expiry[1], expiry[2])
    iso = (ISO3[p.o] + "<<")[:3]
    line2 = [visa_no, mrz_cd(visa_no), iso, DOB(dob), mrz_cd(dob), "F" if p.female else "M", exp, mrz_cd(exp), "<" * 16]
    return line1 + ["\n"] + line2


def bcbp(r, p, loc, frm, to, carrier, fl, seat, seq):
    nm = (strip_acc(p.family).upper().replace("'", "").replace(" ", "") + "/" + strip_acc(p.given).upper().replace(" ", ""))[:20]
    jd = r.randint(1, 365)
    return ["M1", P(nm), " " * (20 - len(nm)), "E", (loc + "       ")[:7], frm, to, (carrier + "   ")[:3],
            ("%04d" % fl + " ")[:5], "%03d" % jd, r.choice("YJFW"), seat.rjust(4, "0"), "%04d " % seq, "1", "00"]


def iso3c(p):
    return "DEU" if p.o == "de" else ISO3[p.o]


def pnr_name(p):
    return strip_acc(p.family).upper().replace("'", "").replace(" ", "") + "/" + strip_acc(p.given).upper().replace(" ", "")


# ================================================================ FORMS / KYC
def t_regcard(r, n):
    d = Doc()
    hotel, o = [("Meridia Gran Vía Madrid", "es"), ("Meridia Ipanema Rio", "br"),
                (r.choice(OUR_HOTEL), r.choice(["jp", "kr", "mx", "gh", "tr", "eg", "pk", "au", "us", "de", "pe", "ma"]))][n % 3]
    p = Person(r, o)
    lang = r.choice(["en", "bi"])
    sub = {"Madrid": "PARTE DE ENTRADA DE VIAJEROS", "Rio": "FICHA NACIONAL DE REGISTRO DE HÓSPEDES", "Kyoto": "宿泊者カード", "Kraków": "KARTA MELDUNKOWA",
           "Lisbon": "BOLETIM DE ALOJAMENTO", "Cartagena": "TARJETA DE REGISTRO", "Dubrovnik": "PRIJAVA GOSTA"}
    d(hotel.upper(), "\n", "GUEST REGISTRATION CARD", "".join(" / " + v for k, v in sub.items() if k in hotel), "\n")
    d("Conf. no. ", conf_no(r), "    Room ", str(r.randint(101, 2418)), "    Rate code ", r.choice(["BAR", "CORP1", "AAA", "PKGBF"]), "\n")
    d("-" * 62, "\n")
    lbl = lambda en, other: en if lang == "en" else en + " / " + other
    d(lbl("Surname", "Apellidos"), ": ", P(p.family.upper() if r.random() < 0.5 else p.family), "\n")
    d(lbl("First name(s)", "Nombre"), ": ", P(p.given), "\n")
    d(lbl("Nationality", "Nacionalidad"), ": ", p.ctry, "\n")
    d(lbl("Date of birth", "Fecha de nacimiento"), ": ", DOB(fmt_date(r, p.dob)), "\n")
    if "Madrid" in hotel and p.o == "es":
        d("Doc. type: DNI   No.: ", E("ES_DNI", dni(r)), "\n")
    elif "Rio" in hotel and p.o == "br":
        d("CPF: ", E("BR_CPF", cpf(r)), "\n")
    elif "Milano" in hotel and p.o == "it":
        cfv = codice_fiscale(p.given, p.family, p.dob, p.female)
        d("Codice fiscale: ", E("IT_FISCAL_CODE", cfv), "\n")
    elif "Marina Bay" in hotel and p.o == "sg":
        d("NRIC/FIN: ", E("SG_NRIC", nric(r, r.choice("ST"))), "\n")
    else:
        d(lbl("Passport no.", "Nº pasaporte"), ": ", PP(p, passport_no(r, p.o)), "   ", lbl("Issued by", "Expedido por"), ": ", p.ctry, "\n")
        d(lbl("Date of issue", "Fecha de expedición"), ": ", fmt_date(r, rdate(r, 2016, 2024)), "\n")
    d(lbl("Home address", "Domicilio"), ":\n")
    d("  ", AD(addr(r, p.o, multiline=False)), "\n")
    if r.random() < 0.7:
        d("E-mail: ", EM(p.email(r)), "\n")
    d(lbl("Mobile", "Móvil"), ": ", PH(phone(r, p.o)), "\n")
    d("Arrival: ", fmt_date(r, rdate(r)), " ", hhmm(r), "   Departure: ", fmt_date(r, rdate(r)), "\n")
    d("Loyalty: ", r.choice(TIERS), " #", safe_digits(r, 9, "8"), "\n")
    if r.random() < 0.5:
        comp = Person(r, p.o)
        d("Accompanying guest: ", P(comp.given + " " + p.family), " (", r.choice(["spouse", "child", "partner"]), ")\n")
    d("Method of payment: ", r.choice(["Visa", "Mastercard", "Amex", "JCB", "cash"]), " ", masked_card(r), "\n")
    d("Guest signature: ______________________\n")
    return d, "form"


def t_rental(r, n):
    d = Doc()
    p = Person(r)
    iss, code, num = drivers_licence(r, p, "us" if n % 2 == 0 else p.o if p.o in INTL_DL and INTL_DL.get(p.o) else None)
    branch = r.choice(["LAX Airport", "Orlando MCO", "Frankfurt Hbf", "Cancún Aeropuerto", "Heathrow T5", "Sydney Domestic", "Nairobi JKIA", "Narita T1"])
    d("MERIDIAN DRIVE RENTAL AGREEMENT  RA# ", safe_digits(r, 10, "7"), "\n")
    d("Pick-up branch ......... ", branch, "   ", fmt_date(r, rdate(r)), " ", hhmm(r), "\n")
    d("Vehicle ................ ", r.choice(["Toyota RAV4", "VW Golf", "Kia Picanto", "Tesla Model 3", "Nissan X-Trail"]), "  Unit ", plate(r), "\n")
    d("VIN .................... ", vin(r), "   Odometer ", str(r.randint(1200, 88000)), " km\n")
    d("Renter ................. ", P(p.caps if r.random() < 0.5 else p.full), "\n")
    d("Date of birth .......... ", DOB(fmt_date(r, p.dob)), "\n")
    d("Address ................ ", AD(addr(r, p.o)), "\n")
    d("Phone .................. ", PH(phone(r, p.o)), "\n")
    if len(iss) <= 14 and code.isalpha() and len(code) == 2 and iss in US_DL:
        d("Driver licence no. ..... ", DL(num), "   State: ", r.choice([iss, code]), "\n")
    else:
        d("Driving licence ........ ", DL(num), "   Issuing authority: ", iss, "\n")
    d("Licence expiry ......... ", fmt_date(r, rdate(r, 2026, 2034)), "\n")
    if r.random() < 0.5:
        p2 = Person(r, p.o)
        iss2, code2, num2 = drivers_licence(r, p2, "us" if iss in US_DL else None)
        d("Additional driver ...... ", P(p2.full), "  licence ", DL(num2), " (", iss2, ")\n")
    if r.random() < 0.5:
        d("Card on file ........... ", CC(card(r)), "  exp ", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)), "\n")
    else:
        d("Card on file ........... ", masked_card(r), "\n")
    d("Deposit held ........... ", money(r), "\n")
    d("Fuel: ", r.choice(["full", "7/8", "3/4"]), "   Damage noted: ", r.choice(["none", "scuff rear bumper", "chip windscreen"]), "\n")
    d("CDW: ", r.choice(["accepted", "declined"]), "   Return by ", hhmm(r), "\n")
    return d, "form"


def t_customs(r, n):
    d = Doc()
    p = Person(r)
    v = n % 3
    if v == 0:
        d("U.S. CUSTOMS AND BORDER PROTECTION — CUSTOMS DECLARATION (transcribed)\n")
        d("1. Family Name: ", P(strip_acc(p.family).upper()), "\n   First (Given): ", P(strip_acc(p.given).upper()), "\n")
        d("2. Birth date: ", DOB("%02d / %02d / %02d" % (p.dob[2], p.dob[1], p.dob[0] % 100)), "   (day/month/year)\n")
        d("3. Number of family members traveling with you: ", str(r.randint(0, 3)), "\n")
        d("4. (a) U.S. Street Address (hotel name/destination): ", AD(addr(r, "us")), "\n")
        d("5. Passport issued by (country): ", p.ctry.upper(), "\n6. Passport number: ", PP(p, passport_no(r, p.o)), "\n")
        d("7. Country of Residence: ", p.ctry.upper(), "\n8. Countries visited on this trip prior to U.S. arrival: ", COUNTRY[r.choice(ORIGINS)], "\n")
        d("9. Airline/Flight No. or Vessel Name: ", r.choice([flight(r), "MV " + r.choice(SHIPS)]), "\n")
        d("10. Primary purpose of trip is business: ", r.choice(["Yes", "No"]), "\n")
        d("15. Total value of all goods: US$ ", str(r.randint(0, 900)), ".00\n")
    elif v == 1:
        d("INCOMING PASSENGER CARD — AUSTRALIA\n")
        d("Family name   ", P(p.family.upper()), "\nGiven names   ", P(p.given.upper()), "\n")
        d("Passport number   ", PP(p, passport_no(r, p.o)), "\nFlight number or name of ship   ", flight(r), "\n")
        d("Intended address in Australia\n", AD(addr(r, "au", multiline=True)), "\n")
        d("Are you bringing into Australia: medicines, steroids, firearms? ", r.choice(["NO", "YES — prescription " + "medicines"]), "\n")
        d("Have you been in Africa, South or Central America or the Caribbean in the last 6 days? ", r.choice(["NO", "YES"]), "\n")
        d("Contact phone in Australia   ", PH(phone(r, "au")), "\n")
        d("Occupation   ", r.choice(["ENGINEER", "NURSE", "RETIRED", "STUDENT"]), "   Nationality   ", p.ctry.upper(), "\n")
        d("Date of birth   ", DOB(fmt_date(r, p.dob, "dmy")), "\n")
    else:
        d("SG ARRIVAL CARD — submission ", safe_digits(r, 10, "6"), "\n")
        d("Full name as in passport: ", P(strip_acc(p.full).upper()), "\n")
        d("Passport No.: ", PP(p, passport_no(r, p.o)), "    Passport expiry: ", fmt_date(r, rdate(r, 2027, 2034), "dmy"), "\n")
        d("Date of birth: ", DOB(fmt_date(r, p.dob, "dmy")), "  Sex: ", "F" if p.female else "M", "\n")
        d("Place of residence: ", p.ctry, "\n")
        d("Accommodation in Singapore: ", r.choice(["Meridia Marina Bay, 10 Bayfront Ave", "Raffles Hotel", "staying with relatives"]), "\n")
        d("Email: ", EM(p.email(r)), "   Mobile: ", PH(phone(r, p.o)), "\n")
        d("Health declaration: fever/cough/breathlessness in past 14 days? No\n")
        d("Mode of travel: Air   Flight: ", r.choice(["SQ", "TR", "MR"]), str(r.randint(1, 999)), "\n")
    return d, "form"


def t_ins_claim(r, n):
    d = Doc()
    p = Person(r, ["uk", "us", "de", "ca"][n % 4])
    dx = r.choice(DIAG); rx = r.choice(MEDS)
    d("MERIDIAN TRAVEL PROTECT — MEDICAL EXPENSES CLAIM FORM\n")
    d("Policy number: MTP-", safe_digits(r, 8, "4"), "   Claim ref: C", safe_digits(r, 7), "\n\n")
    d("SECTION A  CLAIMANT\n")
    d("Name: ", P(p.full), "\nDate of birth: ", DOB(fmt_date(r, p.dob)), "\nAddress: ", AD(addr(r, p.o)), "\n")
    d("Email: ", EM(p.email(r)), "   Tel: ", PH(phone(r, p.o)), "\n\n")
    d("SECTION B  WHAT HAPPENED\n")
    where = r.choice(["Cusco, Peru", "Bali, Indonesia", "Santorini, Greece", "Marrakech, Morocco", "Cebu, Philippines", "on board Queen Mary 2", "Hokkaido, Japan"])
    d("While in ", where, " on ", fmt_date(r, rdate(r)), " I was diagnosed with ", DX(dx), " and treated at the local clinic. ")
    d("I was prescribed ", RX(rx), r.choice([" for five days.", " and told not to fly for 72 hours.", "."]), "\n")
    doc = Person(r)
    d("Treating doctor: Dr ", P(doc.full), ", ", r.choice(["Clínica San Juan de Dios", "BIMC Hospital Kuta", "Hygeia Clinic", "Ship's Medical Centre"]), "\n\n")
    d("SECTION C  OTHER COVER\n")
    if p.o == "uk":
        d("NHS number (if applicable): ", E("UK_NHS_NUMBER", nhs(r)), "\n")
        d("GHIC/EHIC used: ", r.choice(["yes", "no"]), "\n")
    elif p.o == "us":
        d("Medicare Beneficiary Identifier (MBI): ", E("US_MBI", mbi(r)), "\n")
        if True:
            d("Supplemental health plan: ", r.choice(["Aetna Choice POS II", "BlueCross BlueShield PPO", "UnitedHealthcare Choice Plus", "Cigna Open Access"]),
              "\nMember ID: ", E("HEALTH_PLAN_ID", r.choice(["W", "XJH", "U", "MBR"]) + safe_digits(r, 9, "2")), "   Group no.: ", safe_digits(r, 6, "0"), "\n")
    elif p.o == "de":
        d("Krankenversicherung: ", r.choice(["Techniker Krankenkasse", "AOK Bayern", "Barmer"]), "   Versichertennummer: ",
          E("HEALTH_PLAN_ID", r.choice("ABCHKMT") + safe_digits(r, 9, "1")), "\n")
    elif p.o == "ca":
        d("Provincial health plan: OHIP   Health card no.: ", E("HEALTH_PLAN_ID", "%s-%s-%s-%s" % (rdig(r, 4), rdig(r, 3), rdig(r, 3), r.choice(["AB", "KT", "XM"]))), "\n")
    else:
        d("Other insurance: none\n")
    d("\nSECTION D  PAYMENT\n")
    if p.o == "uk" and r.random() < 0.6:
        d("Sort code / account: ", E("UK_BANK_ACCOUNT", "%s-%s-%s %s" % (rdig(r, 2), rdig(r, 2), rdig(r, 2), rdig(r, 8))), "\n")
    else:
        cc = {"de": "DE", "ie": "IE", "fr": "FR", "es": "ES", "it": "IT", "uk": "GB"}.get(p.o, r.choice(["DE", "NL", "PT"]))
        d("IBAN: ", IB(iban(r, cc)), "   Account holder: ", P(p.full), "\n")
    d("Amount claimed: ", money(r), "  (receipts attached: ", str(r.randint(1, 6)), ")\n")
    d("Signed: ", P(p.full), "   Date: ", fmt_date(r, rdate(r)), "\n")
    return d, "form"


def t_assist_form(r, n):
    d = Doc()
    p = Person(r)
    kind = n % 3
    d("SPECIAL ASSISTANCE REQUEST (PRM) — Meridian Air\n")
    d("Record locator: ", pnr(r), "   Ticket: ", ticket_no(r), "\n")
    d("Passenger: ", P(pnr_name(p)), " ", "MS" if p.female else "MR", "\n")
    d("Flights: ", flight(r), " ", r.choice(AIRPORTS)[0], "-", r.choice(AIRPORTS)[0], " / ", flight(r), "\n")
    if kind == 0:
        d("SSR: WCHC   Mobility aid: ", r.choice(["manual wheelchair, folding", "power wheelchair, lithium 300Wh"]), "\n")
        d("Reason: ", DX(r.choice(["multiple sclerosis", "spinal cord injury (T10)", "below-knee amputation", "advanced Parkinson's disease"])), "\n")
        d("Can climb stairs: NO   Needs aisle chair: YES\n")
    elif kind == 1:
        d("SSR: MEDA / POC   Device: ", r.choice(["Inogen One G5", "Philips SimplyGo Mini", "ResMed Mobi"]), "  setting ", str(r.randint(1, 4)), "\n")
        d("Condition: ", DX(r.choice(["COPD", "pulmonary fibrosis", "cystic fibrosis"])), " — oxygen ", str(r.randint(1, 3)), " L/min in flight\n")
        d("Medication carried in cabin: ", RX(r.choice(["salbutamol", "tiotropium", "prednisolone"])), " inhaler/tablets\n")
        d("MEDIF part 2 signed by Dr ", P(Person(r).full), "\n")
    else:
        d("SSR: DIAB / MEDA\n")
        d("Passenger reports ", DX(r.choice(["type 1 diabetes", "gestational diabetes", "type 2 diabetes mellitus"])), "; carries ", RX(r.choice(["insulin aspart", "insulin glargine", "NovoRapid"])),
          " pens and a continuous glucose monitor (do not X-ray sensor).\n")
        d("Pregnancy: ", r.choice(["N/A", "28 weeks, single, uncomplicated"]), "\n")
        d("Meal: DBML\n")
    d("Contact on day of travel: ", PH(phone(r, p.o)), "\n")
    d("Requested by: ", r.choice(["passenger", "travel agent", "call centre agent " + r.choice(["AGT4471", "AGT0932"])]), "\n")
    return d, "form"


def t_blank_form(r, n):
    d = Doc()
    v = n % 3
    if v == 0:
        d("GUEST REGISTRATION CARD — Meridia Hotels & Resorts\n\n")
        for lab in ["Surname", "Given Name(s)", "Date Of Birth", "Place Of Birth", "Nationality", "Passport Number",
                    "Passport Expiry Date", "Home Address", "E-Mail Address", "Mobile Number", "Vehicle Registration"]:
            d(lab, ": ", "_" * r.randint(18, 30), "\n")
        d("\nRoom No. ____  Arrival ____/____/____  Departure ____/____/____\nSignature ____________\n")
    elif v == 1:
        d("RENTAL AGREEMENT — DRIVER SECTION (to be completed at counter)\n")
        d("[ ] Driver's License No.   [ ] Issuing State / Country   [ ] License Class   [ ] Expiration Date\n")
        d("[ ] Date Of Birth (renter must be 21+; under-25 surcharge applies)\n")
        d("[ ] Credit Card Number (debit cards accepted at airport locations only)\n")
        d("Example of a valid entry: Licence No. 'X0000000', State 'XX'. Do not write in the shaded area.\n")
        d("Form MDR-", str(r.randint(100, 999)), " rev. ", str(r.randint(2019, 2025)), "\n")
    else:
        d("TRAVEL INSURANCE — MEDICAL CERTIFICATE (blank template v", "%d.%d" % (r.randint(2, 6), r.randint(0, 9)), ")\n\n")
        d("Patient Name: ________________   Date Of Birth: ___/___/_____\n")
        d("Diagnosis: ________________________   ICD-10 Code: ______\n")
        d("Medication Prescribed: ____________   Fit To Fly: [ ] Yes [ ] No\n")
        d("Physician Signature & Stamp: ______________\n")
    return d, "form"


def t_accident(r, n):
    d = Doc()
    p = Person(r); o = Person(r)
    iss, code, num = drivers_licence(r, o)
    d("VEHICLE DAMAGE / ACCIDENT REPORT   Report ", "DR-" + safe_digits(r, 6), "\n")
    d("Rental agreement: ", safe_digits(r, 10, "7"), "   Plate: ", plate(r), "   VIN: ", vin(r), "\n")
    d("Renter/driver: ", P(p.full), "   Mobile: ", PH(phone(r, p.o)), "\n")
    d("Date/time: ", fmt_date(r, rdate(r)), " approx. ", hhmm(r), "   Location: ", r.choice(["A1 near Faro", "Ruta 5 Sur km 212", "Garden Route N2, George", "I-4 exit 72, Orlando", "Via Aurelia, Grosseto"]), "\n")
    d("Other party: ", P(o.full), "\n  Licence: ", DL(num), " issued ", iss, "\n  Insurer: ", r.choice(["Allianz", "MAPFRE", "GEICO", "AXA"]), " policy ", safe_digits(r, 9, "3"), "\n")
    d("Police ref: ", r.choice(["GNR", "CAR", "POL"]), "/", safe_digits(r, 6), "\n")
    d("Description: rear-ended at low speed while queuing at toll plaza; ", r.choice(["no injuries reported.", "other driver reported neck pain, later assessed as ", "passenger taken to clinic with "]))
    last = d.buf[-1]
    if last.endswith("as ") or last.endswith("with "):
        d(DX(r.choice(["whiplash injury", "fractured left wrist", "concussion"])), ".")
    d("\nWitness: ", P(Person(r).full), ", ", PH(phone(r)), "\n")
    d("Photos: 6 attached   Estimate: ", money(r, "EUR"), "\n")
    return d, "form"


def t_kyc_cobrand(r, n):
    d = Doc()
    o = ["de", "it", "es", "fr", "br", "us", "ca", "uk", "in", "sg"][n % 10]
    p = Person(r, o)
    d("MERIDIAN MILES VISA SIGNATURE — APPLICATION (", COUNTRY[o], ")\n")
    d("Applicant: ", P(p.full), "\nDate of birth: ", DOB(fmt_date(r, p.dob)), "\n")
    if o == "us": d("Social Security Number: ", E("US_SSN", ssn(r)), "\n")
    elif o == "ca": d("Social Insurance Number (SIN): ", E("CA_SIN", sin(r)), "\n")
    elif o == "uk": d("National Insurance number: ", E("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    elif o == "in": d("Aadhaar: ", E("IN_AADHAAR", aadhaar(r)), "   PAN: ", "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + rdig(r, 4) + r.choice("ABCDE"), "\n")
    elif o == "sg": d("NRIC: ", E("SG_NRIC", nric(r, r.choice("ST"))), "\n")
    elif o == "br": d("CPF: ", E("BR_CPF", cpf(r, r.random() < 0.7)), "\n")
    elif o == "es": d("DNI/NIE: ", E("ES_DNI", dni(r)), "\n")
    elif o == "fr": d("N° de sécurité sociale (NIR): ", E("FR_NIR", nir(r, "2" if p.female else "1", p.dob)), "\n")
    elif o == "de": d("Steuerliche Identifikationsnummer: ", E("DE_TAX_ID", steuer(r)), "\n")
    elif o == "it": d("Codice fiscale: ", E("IT_FISCAL_CODE", codice_fiscale(p.given, p.family, p.dob, p.female)), "\n")
    d("Residential address: ", AD(addr(r, o)), "\n")
    d("Email: ", EM(p.email(r)), "   Phone: ", PH(phone(r, o)), "\n")
    d("Employer: ", r.choice(COMPANIES_PEOPLE), "   Annual income: ", money(r), "\n")
    d("Meridian Miles member no.: ", safe_digits(r, 9, "8"), "  Tier: ", r.choice(TIERS), "\n")
    if r.random() < 0.5:
        d("Salary account: ", IB(iban(r, {"es": "ES", "fr": "FR", "de": "DE", "it": "IT", "uk": "GB", "br": "BR"}.get(o, "NL"))), "\n")
    d("Decision: ", r.choice(["APPROVED", "REFER", "DECLINED — thin file"]), "\n")
    return d, "form"


# ================================================================ CLINICAL
def mrn(r):
    return r.choice(["SMC-%s" % safe_digits(r, 6), "%s" % safe_digits(r, 8, "3"), "MR%s" % safe_digits(r, 7), "H%s-%s" % (rdig(r, 2), safe_digits(r, 5))])


def t_infirmary(r, n):
    d = Doc()
    p = Person(r); ship = r.choice(SHIPS)
    dx = r.choice(["norovirus gastroenteritis", "seasickness", "cellulitis", "atrial fibrillation", "kidney stones", "fractured left radius", "heat stroke", "asthma exacerbation", "urinary tract infection", "decompression sickness"])
    d("MV ", ship.upper(), " — MEDICAL CENTRE — CONSULTATION NOTE\n")
    d("Voyage ", r.choice(["MR", "QM", "AS"]), str(r.randint(2501, 2652)), "   Deck 4 forward   Date ", fmt_date(r, rdate(r)), " ", hhmm(r), " ship's time (UTC", r.choice(["+1", "-4", "+8", "+3"]), ")\n")
    d("Patient: ", P(p.full), "   Cabin ", str(r.randint(4, 14)), "%03d" % r.randint(1, 320), "   ", r.choice(["Guest", "Crew — " + r.choice(["Deck", "Galley", "Hotel", "Engine"])]), "\n")
    d("DOB: ", DOB(fmt_date(r, p.dob)), "   Ship MRN: ", MRN(mrn(r)), "   Nationality: ", p.ctry, "\n\n")
    d("S: ", r.choice(["Presented with", "Complains of", "Brought in by partner with"]), " ", r.choice(["vomiting x6 since 02:00", "painful swollen right shin", "palpitations after excursion", "severe left flank pain", "wrist pain after fall on pool deck", "dizziness and nausea"]), ". ")
    d(r.choice(["Denies chest pain.", "No fever reported.", "Denies alcohol today."]), " PMH: ")
    pmh = r.choice(DIAG)
    d(DX(pmh), r.choice(["; ", " (on "]))
    if d.buf[-1] == " (on ":
        d(RX(r.choice(MEDS)), "); ")
    d("no history of ", r.choice(["epilepsy", "diabetes", "heart disease"]), ".\n")
    d("O: T ", "%.1f" % (36 + r.random() * 3), "  HR ", str(r.randint(58, 140)), "  BP ", "%d/%d" % (r.randint(95, 170), r.randint(55, 100)), "  SpO2 ", str(r.randint(90, 99)), "%\n")
    d("A: ", DX(dx), ". ", r.choice(["Pulmonary embolism considered and ruled out clinically.", "Not consistent with appendicitis.", "No evidence of sepsis."]), "\n")
    d("P: ", RX(r.choice(["ondansetron", "meclizine", "scopolamine", "flucloxacillin", "diclofenac", "paracetamol", "salbutamol"])), " given; ")
    if r.random() < 0.6:
        d("started ", RX(r.choice(MEDS)), "; ")
    d(r.choice(["isolated in cabin for 48h per outbreak plan.", "review in 24h.", "medical disembarkation arranged at " + r.choice(["Piraeus", "Kusadasi", "Cartagena", "Callao", "Mombasa", "Bali Benoa"]) + "."]), "\n")
    d("Seen by: Dr ", P(Person(r).full), ", Senior Ship's Physician\n")
    return d, "clinical_note"


def t_inflight(r, n):
    d = Doc()
    p = Person(r); vol = Person(r)
    dx = r.choice(["syncope", "anaphylaxis to peanuts", "hypoglycaemia", "panic attack", "suspected acute myocardial infarction", "epileptic seizure"])
    d("IN-FLIGHT MEDICAL EVENT REPORT  (cabin crew)\n")
    d("Flight ", flight(r), "  ", r.choice(AIRPORTS)[0], "→", r.choice(AIRPORTS)[0], "  Aircraft ", reg(r), "  Seat ", "%d%s" % (r.randint(1, 62), r.choice("ABCDEFGHJK")), "\n")
    d("Passenger: ", P(p.pnr), "  (age ", str(2025 - p.dob[0]), ")\n")
    d("Event at ", hhmm(r), "Z, FL", str(r.randint(300, 410)), ". Passenger became unwell; ", r.choice(["PA for medical professional made.", "crew initiated AED check."]), "\n")
    d("Volunteer: Dr ", P(vol.full), " (", r.choice(["GP", "cardiologist", "paediatric nurse", "anaesthetist"]), ", licence sighted)\n")
    d("Assessment: ", DX(dx), ". ", r.choice(["No loss of consciousness.", "Not a stroke per FAST check.", "No chest pain."]), "\n")
    d("Treatment from EMK: ", RX(r.choice(["epinephrine", "glucose gel", "aspirin", "salbutamol", "diazepam"])), ", oxygen 4 L/min.\n")
    d("Ground medical (MedAire) consulted ", hhmm(r), "Z. Diversion: ", r.choice(["not required", "to " + r.choice(["ANC", "KEF", "GOI", "DXB"])]), ".\n")
    d("Purser: ", P(Person(r).given), "   Report no. IME-", safe_digits(r, 6), "\n")
    return d, "clinical_note"


def t_discharge(r, n):
    d = Doc()
    p = Person(r, ["us", "uk", r.choice(ORIGINS)][n % 3]); doc = Person(r)
    hosp = r.choice(["Hospital Clínic de Barcelona", "Bumrungrad International", "Aga Khan University Hospital, Nairobi", "Clínica Anglo Americana, Lima", "Mount Elizabeth Hospital", "Hospital Israelita Albert Einstein", "Charité – Universitätsmedizin Berlin"])
    dx1 = r.choice(DIAG); dx2 = r.choice(DIAG)
    d(hosp, "\nDISCHARGE SUMMARY\n\n")
    d("Name: ", P(p.caps), "\nDOB: ", DOB(fmt_date(r, p.dob)), "    Hospital no.: ", MRN(mrn(r)), "\n")
    if p.o == "us":
        d("Medicare MBI: ", E("US_MBI", mbi(r)), "\n")
    elif p.o == "uk":
        d("NHS number: ", E("UK_NHS_NUMBER", nhs(r)), "\n")
    d("Admitted: ", fmt_date(r, rdate(r)), "    Discharged: ", fmt_date(r, rdate(r)), "\n")
    d("Home address: ", AD(addr(r, p.o)), "\n")
    d("Travel insurer / assistance case: ", r.choice(["Meridian Travel Protect", "Europ Assistance", "Allianz Partners"]), " case ", safe_digits(r, 8), "\n\n")
    d("Principal diagnosis: ", DX(dx1), "\nSecondary: ", DX(dx2), "\n\n")
    d("History: Tourist on a ", r.choice(["cruise", "trek", "business trip", "family holiday"]), " admitted via ED. ")
    d(r.choice(["Initially suspected dengue fever, excluded by NS1 antigen.", "Malaria film negative x3.", "CT excluded subarachnoid haemorrhage."]), " ")
    d("Incidentally, studies suggest that ", r.choice(["deep vein thrombosis", "COVID-19", "jet lag"]), " is more frequent on long-haul flights; patient counselled.\n\n")
    d("Discharge medication:\n")
    for _ in range(r.randint(2, 4)):
        d("  - ", RX(r.choice(MEDS)), " ", r.choice(["500 mg PO BD", "5 mg OD", "20 mg nocte", "1 tab TDS x 5 days", "as needed"]), "\n")
    d("\nFit to fly: ", r.choice(["yes, from " + fmt_date(r, rdate(r)), "only with medical escort", "not before 10 days"]), "\n")
    d("Follow-up with own GP, Dr ", P(doc.family), ". Copy to patient: ", EM(p.email(r)), "\n")
    d("Signed: ", P(Person(r).full), ", attending physician\n")
    return d, "discharge_summary"


def t_lab(r, n):
    d = Doc()
    p = Person(r)
    d("PORTSIDE DIAGNOSTICS LTD — SEAFARER PRE-EMBARKATION PANEL\n")
    d("Patient    : ", P(p.caps), "\nDOB        : ", DOB(fmt_date(r, p.dob, "dmy")), "\nMRN        : ", MRN(mrn(r)), "\n")
    d("Employer   : Meridian Cruises (crew)   Accession: ", "A", safe_digits(r, 9), "\nCollected  : ", ts(r), "\n")
    d("-" * 64, "\n%-26s%-10s%-12s%-14s\n" % ("TEST", "RESULT", "UNITS", "REF RANGE"))
    rows = [("Haemoglobin", "%.1f" % (11 + r.random() * 6), "g/dL", "13.0-17.0"), ("HbA1c", "%.1f" % (4.8 + r.random() * 5), "%", "4.0-5.6"),
            ("Fasting glucose", "%.1f" % (4 + r.random() * 8), "mmol/L", "3.9-5.5"), ("ALT", str(r.randint(8, 90)), "U/L", "7-56"),
            ("HIV 1/2 Ag/Ab", "Non-reactive", "", ""), ("Hep B sAg", r.choice(["Negative", "Negative"]), "", ""),
            ("Drug screen (10-panel)", "Negative", "", ""), ("Malaria RDT", r.choice(["Negative", "Negative", "POSITIVE"]), "", "")]
    for a in rows:
        d("%-26s%-10s%-12s%-14s\n" % a)
    d("-" * 64, "\nComment: ")
    hb = float(rows[1][1])
    if hb >= 6.5:
        d("HbA1c in diabetic range — consistent with ", DX("type 2 diabetes mellitus"), "; refer to fleet doctor before sign-on.\n")
    elif rows[7][1] == "POSITIVE":
        d("Malaria RDT positive — ", DX("Plasmodium falciparum malaria"), " confirmed on film; started ", RX("artemether-lumefantrine"), ".\n")
    else:
        d("No significant abnormality. Fit for sea service from laboratory perspective.\n")
    d("Validated by: ", P(Person(r).full), " (biomedical scientist)\n")
    return d, "lab_report"


def t_hl7(r, n):
    d = Doc()
    sep = "\r" if n % 2 == 0 else "\n"
    msgid = safe_digits(r, 10, "9")
    if n % 3 == 2:
        d("MSH|^~\\&|PORTCLIN|PIRAEUS|MERIDIAN_TPA|MTP|", "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), "||ACK^A01|", safe_digits(r, 10, "8"), "|P|2.5.1", sep)
        d("MSA|AA|", msgid, "|Message accepted", sep)
        return d, "hl7"
    p = Person(r)
    y, m, dd = p.dob
    fam = strip_acc(p.family).upper(); giv = strip_acc(p.given).upper()
    d("MSH|^~\\&|PORTCLIN|", r.choice(["PIRAEUS", "CARTAGENA", "MOMBASA", "CALLAO"]), "|MERIDIAN_TPA|MTP|2025%02d%02d%02d%02d||ADT^A01^ADT_A01|" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), msgid, "|P|2.5.1", sep)
    d("EVN|A01|2025%02d%02d%02d00" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23)), sep)
    d("PID|1||", MRN(safe_digits(r, 8, "5")), "^^^PORTCLIN^MR~", PP(p, passport_no(r, p.o)), "^^^", ISO3[p.o], "^PPN||", P(fam + "^" + giv), "||", DOB("%04d%02d%02d" % (y, m, dd)), "|", "F" if p.female else "M", "|||")
    a = addr(r, p.o, multiline=True).split("\n")
    d(AD("^".join(a)), "^^", ISO3[p.o], "||", PH(phone(r, p.o)), sep)
    d("PV1|1|I|WARD3^12^B||||", "%s^%s^%s" % (safe_digits(r, 6), strip_acc(Person(r).family).upper(), "DR"), sep)
    dx = r.choice(DIAG)
    d("DG1|1||", r.choice(["A09", "I48.91", "J18.9", "N20.0", "S52.501A", "T67.0"]), "^", DX(dx), "^I10||", "2025%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), "|A", sep)
    d("IN1|1|TRAVEL01|MTP001|MERIDIAN TRAVEL PROTECT|||||||||||", P(fam + "^" + giv), "|SEL|", DOB("%04d%02d%02d" % (y, m, dd)), "|||||||||||||||||", ("HEALTH_PLAN_ID", "MTP" + safe_digits(r, 8, "6")), sep)
    return d, "hl7"


def t_fhir(r, n):
    d = Doc()
    if n % 3 == 2:
        obj = {"resourceType": "ValueSet", "id": "travel-medical-conditions", "status": "active",
               "title": "Conditions triggering medical-evacuation review",
               "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [
                   {"code": "22298006", "display": "Myocardial infarction"}, {"code": "38341003", "display": "Hypertensive disorder"},
                   {"code": "44054006", "display": "Diabetes mellitus type 2"}, {"code": "38362002", "display": "Dengue"},
                   {"code": "61462000", "display": "Malaria"}]}]},
               "publisher": "Meridian Travel Protect clinical governance", "version": "2.%d.%d" % (r.randint(0, 9), r.randint(0, 30))}
        jemit(d, obj)
        return d, "fhir_json"
    p = Person(r)
    y, m, dd = p.dob
    line = addr(r, p.o, multiline=True).split("\n")[0]
    obj = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pat-%s" % rdig(r, 5),
                      "identifier": [{"type": {"text": "Medical record number"}, "system": "urn:oid:2.16.840.1.113883.%d.%d" % (r.randint(2, 19), r.randint(1, 999)), "value": MRN(safe_digits(r, 8, "7"))}],
                      "name": [{"family": P(p.family), "given": [P(p.given)]}],
                      "birthDate": DOB("%04d-%02d-%02d" % (y, m, dd)),
                      "telecom": [{"system": "phone", "value": PH(phone(r, p.o))}, {"system": "email", "value": EM(p.email(r))}],
                      "address": [{"line": [AD(line)], "country": ISO3[p.o]}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                      "code": {"text": DX(r.choice(DIAG))}, "subject": {"reference": "Patient/pat"}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                      "code": {"text": r.choice(["Pulmonary embolism", "Malaria", "Appendicitis"])}, "note": [{"text": "ruled out on imaging"}]}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": RX(r.choice(MEDS))},
                      "dosage": [{"text": r.choice(["1 tablet twice daily", "10 mg daily"])}]}},
        {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": ("HEALTH_PLAN_ID", "MTP" + safe_digits(r, 8, "6")),
                      "payor": [{"display": "Meridian Travel Protect"}], "class": [{"type": {"text": "group"}, "value": "GRP-" + rdig(r, 5)}]}},
    ]}
    jemit(d, obj)
    return d, "fhir_json"


def t_crew_medical(r, n):
    d = Doc()
    p = Person(r, r.choice(["ph", "id", "in", "ua" if False else "pl", "gr", "ke", "gh", "bd", "pe", "co", "tr"]))
    d("SEAFARER MEDICAL CERTIFICATE (STCW Reg. I/9, MLC 2006) — examination record\n")
    d("Name of seafarer: ", P(p.full), "\nDate of birth: ", DOB(fmt_date(r, p.dob)), "   Nationality: ", p.ctry, "\n")
    d("Passport / Seafarer ID doc no.: ", PP(p, passport_no(r, p.o)), "\n")
    d("Department: ", r.choice(["Deck", "Engine", "Catering", "Hotel"]), "   Rank: ", r.choice(["AB", "Oiler", "2nd Cook", "Cabin Steward", "3rd Officer"]), "\n")
    d("Hearing: satisfactory   Eyesight (unaided): ", r.choice(["6/6", "6/9", "6/12 corrected"]), "   Colour vision: ", r.choice(["normal", "normal (Ishihara 17/17)"]), "\n")
    cond = r.random() < 0.7
    if cond:
        d("Medical conditions declared: ", DX(r.choice(["hypertension", "asthma", "type 2 diabetes mellitus", "epilepsy", "gout"])), ", controlled on ", RX(r.choice(["amlodipine", "salbutamol", "metformin", "allopurinol", "levetiracetam"])), "\n")
        d("Fit for lookout duties: YES   Restrictions: ", r.choice(["none", "no solo watchkeeping", "near-coastal only"]), "\n")
    else:
        d("Medical conditions declared: none. Denies history of tuberculosis, diabetes or psychiatric illness.\n")
    d("Certificate valid until ", fmt_date(r, rdate(r, 2026, 2027)), "   Examining doctor: Dr ", P(Person(r).full), "\n")
    return d, "clinical_note"


def t_doctor_letter(r, n):
    d = Doc()
    p = Person(r, ["uk", "us", r.choice(["ie", "au", "ca", "in", "sg", "ke"])][n % 3])
    doc = Person(r, p.o)
    d(r.choice(["The Mill Surgery", "Harbourside Medical Practice", "Dr. Lal PathLabs Clinic", "Westlands Family Health"]), "\n")
    d("Tel ", PH(phone(r, p.o)), "\n\n", fmt_date(r, rdate(r), "long"), "\n\nTo whom it may concern (travel insurance claim ", "MTP-", safe_digits(r, 8, "4"), ")\n\n")
    d("Re: ", P(p.full), ", date of birth ", DOB(fmt_date(r, p.dob)), "\n")
    if p.o == "uk":
        d("NHS No: ", E("UK_NHS_NUMBER", nhs(r)), "\n")
    elif p.o == "us":
        d("Medicare no. ", E("US_MBI", mbi(r)), "\n")
    d("\nI can confirm that my patient was seen on ", fmt_date(r, rdate(r)), " with ", DX(r.choice(DIAG)), ". ")
    d(r.choice(["In my opinion she/he was not fit to travel on the booked date. ", "This condition was not present when the policy was purchased. "]))
    d("Current treatment is ", RX(r.choice(MEDS)), r.choice([" and ", " with "]), RX(r.choice(MEDS)), ". ")
    d("There is no history of ", r.choice(["cardiac disease", "cancer", "mental illness"]), ".\n\nYours faithfully,\n\nDr ", P(doc.full), "\n")
    return d, "clinical_note"


def t_fit_to_fly(r, n):
    d = Doc()
    p = Person(r)
    d("MEDIF — Part 2 (to be completed by attending physician)\n")
    d("Passenger name: ", P(p.pnr), "   PNR: ", pnr(r), "\n")
    d("Attending physician: ", P(Person(r).full), "   Tel: ", PH(phone(r)), "\n")
    wk = r.randint(20, 35)
    d("Diagnosis in detail: ", DX(r.choice(["COPD with chronic hypoxaemia", "recent pneumothorax (resolved)", "pre-eclampsia", "fractured neck of femur, post-ORIF", "sickle cell disease"])), "\n")
    d("Pregnancy: ", r.choice(["N/A", "%d weeks, no complications" % wk]) if p.female else "N/A", "\n")
    d("Prognosis for the trip: good\nCommunicable disease: NO\nOxygen required: ", r.choice(["NO", "YES 2 L/min"]), "\n")
    d("Medication during flight: ", RX(r.choice(["enoxaparin", "salbutamol", "tramadol", "paracetamol"])), "\n")
    if r.random() < 0.5:
        d("Escort: spouse ", P(Person(r, p.o).given.upper() + " " + strip_acc(p.family).upper()), "\n")
    else:
        d("Escort: none\n")
    d("Seat request: ", "%d%s" % (r.randint(1, 40), r.choice("ACDF")), " (leg-rest)   Stretcher: no\n")
    return d, "clinical_note"


# ================================================================ STRUCTURED
def t_pnr_json(r, n):
    d = Doc()
    pax = [Person(r) for _ in range(r.randint(1, 3))]
    segs = []
    for _ in range(r.randint(1, 3)):
        a, b = r.sample(AIRPORTS, 2)
        segs.append({"flight": flight(r), "from": a[0], "to": b[0], "dep": ts(r), "fareBasis": fare_basis(r), "cabin": r.choice(["Y", "W", "J"]),
                     "status": r.choice(["HK", "TK", "HL"]), "aircraft": reg(r)})
    obj = {"recordLocator": pnr(r), "created": ts(r), "office": r.choice(["LONMR08AA", "MEXMR0100", "NBOMR2101"]),
           "passengers": [], "segments": segs,
           "contact": {"email": EM(pax[0].email(r)), "phone": PH(phone(r, pax[0].o))},
           "remarks": [r.choice(["RM VIP LOUNGE ACCESS", "RM FQTV " + r.choice(TIERS).upper(), "RM PAX REQ WINDOW"])]}
    for i, p in enumerate(pax):
        y, m, dd = p.dob
        obj["passengers"].append({
            "id": i + 1, "name": {"last": P(strip_acc(p.family).upper()), "first": P(strip_acc(p.given).upper()), "title": p.title.upper()},
            "ticket": ticket_no(r), "seat": "%d%s" % (r.randint(1, 60), r.choice("ABCDEFHJK")),
            "apis": {"docType": "P", "docNumber": PP(p, passport_no(r, p.o)), "issuingCountry": iso3c(p), "nationality": iso3c(p), "dateOfBirth": DOB("%04d-%02d-%02d" % (y, m, dd)), "gender": "F" if p.female else "M",
                     "expiry": "%04d-%02d-%02d" % rdate(r, 2027, 2035)},
            "ffp": {"carrier": "MR", "number": safe_digits(r, 9, "8"), "tier": r.choice(TIERS)}})
    jemit(d, obj)
    return d, "json"


def t_apis_csv(r, n):
    d = Doc()
    hdr = ["SEQ", "SURNAME", "GIVEN_NAMES", "DOB", "SEX", "NATIONALITY", "DOC_TYPE", "DOC_NUMBER", "DOC_ISSUER", "DOC_EXPIRY", "SEAT", "BAG_TAG"]
    rows = [hdr]
    for i in range(r.randint(4, 8)):
        p = Person(r)
        y, m, dd = p.dob
        iso = ISO3[p.o] if p.o != "de" else "DEU"
        rows.append([str(i + 1), P(strip_acc(p.family).upper()), P(strip_acc(p.given).upper()), DOB("%02d%s%02d" % (dd, ["JAN","FEB","MAR","APR","MAY","JUN","JUL","AUG","SEP","OCT","NOV","DEC"][m-1], y % 100)),
                     "F" if p.female else "M", iso, "P", PP(p, passport_no(r, p.o)), iso, fmt_date(r, rdate(r, 2027, 2034), "ddmonyy"),
                     "%d%s" % (r.randint(1, 60), r.choice("ABCDEF")), bag_tag(r) if r.random() < 0.7 else ""])
    d("# APIS manifest ", flight(r), " ", r.choice(AIRPORTS)[0], "-", r.choice(AIRPORTS)[0], " STD ", hhmm(r), "Z\n")
    csv_rows(d, rows)
    return d, "csv"


def t_loyalty(r, n):
    d = Doc()
    delim = "\t" if n % 3 == 2 else ","
    hdr = ["member_no", "first_name", "last_name", "email", "mobile", "tier", "points_balance", "home_airport", "enrolled", "last_activity"]
    rows = [hdr]
    for _ in range(r.randint(5, 9)):
        p = Person(r)
        rows.append([safe_digits(r, 9, "8"), P(p.given), P(p.family), EM(p.email(r)), PH(phone(r, p.o)) if r.random() < 0.8 else "",
                     r.choice(TIERS), str(r.randint(0, 480000)), r.choice(AIRPORTS)[0], "%04d-%02d-%02d" % rdate(r, 2008, 2024), ts(r)])
    csv_rows(d, rows, delim)
    return d, ("tsv" if delim == "\t" else "csv")


def t_crew_roster(r, n):
    d = Doc()
    rows = [["crew_id", "name", "rank", "nationality", "passport_no", "date_of_birth", "sign_on", "port", "cabin"]]
    for _ in range(r.randint(5, 9)):
        p = Person(r, r.choice(["ph", "id", "in", "pl", "gr", "ke", "gh", "bd", "pe", "co", "tr", "mx", "uk", "it"]))
        rows.append(["C" + safe_digits(r, 6), P(p.caps), r.choice(["Master", "Chief Officer", "AB", "OS", "Bosun", "Motorman", "Chef de Partie", "Cabin Steward", "Bar Waiter", "Nurse"]),
                     p.ctry, PP(p, passport_no(r, p.o)), DOB(fmt_date(r, p.dob, "iso")), fmt_date(r, rdate(r), "iso"),
                     r.choice(["Piraeus", "Manila", "Civitavecchia", "Southampton", "Callao", "Mombasa"]), "C%d-%03d" % (r.randint(1, 3), r.randint(1, 300))])
    d("# MV ", r.choice(SHIPS), " — crew list (FAL form 5 export) — ", imo(r), "\n")
    csv_rows(d, rows, "\t")
    return d, "tsv"


def t_booking_ndjson(r, n):
    d = Doc()
    for _ in range(r.randint(4, 7)):
        p = Person(r)
        ev = r.choice(["booking.created", "booking.modified", "payment.authorised", "guest.checked_in", "booking.cancelled"])
        obj = {"ts": ts(r), "event": ev, "hotel": r.choice(OUR_HOTEL), "confirmation": conf_no(r)}
        if ev in ("booking.created", "booking.modified"):
            obj.update({"guest": {"name": P(p.full), "email": EM(p.email(r))}, "client_ip": IPA(ip(r)), "nights": r.randint(1, 9),
                        "rate": money(r, r.choice(["EUR", "JPY", "USD"]))})
        elif ev == "payment.authorised":
            obj.update({"card": masked_card(r), "amount": money(r), "psp_ref": safe_digits(r, 16, "8"), "three_ds": "frictionless"})
        elif ev == "guest.checked_in":
            obj.update({"room": str(r.randint(101, 1520)), "note": M(["ID scanned: passport ", PP(p, passport_no(r, p.o)), " (", p.ctry, ")"]), "agent": P(Person(r).given)})
        else:
            obj.update({"reason": r.choice(["flight cancelled", "duplicate", "guest request"]), "penalty": money(r)})
        jemit(d, obj, indent=None)
        d("\n")
    return d, "ndjson"


def t_yaml_profile(r, n):
    d = Doc()
    p = Person(r)
    if n % 2 == 0:
        d("# guest preference profile — exported from Meridia PMS\n")
        d("guest:\n  id: G", safe_digits(r, 8), "\n  name: \"", P(p.full), "\"\n  salutation: ", p.title, "\n")
        d("  birth_date: ", DOB("%04d-%02d-%02d" % p.dob), "\n  nationality: ", ISO3[p.o], "\n")
        d("  email: ", EM(p.email(r)), "\n  phone: \"", PH(phone(r, p.o)), "\"\n")
        d("  home_address: |\n")
        lines = addr(r, p.o, multiline=True).split("\n")
        d("    ", AD("\n    ".join(lines)), "\n")
        d("  preferences:\n    pillow: ", r.choice(["buckwheat", "memory foam", "feather"]), "\n    floor: high\n    newspaper: ", r.choice(["Asahi Shimbun", "El País", "none"]), "\n")
        d("  allergies: [", DX(r.choice(["anaphylaxis to peanuts", "coeliac disease", "shellfish allergy"])), "]\n")
        d("  loyalty: {tier: ", r.choice(TIERS), ", since: ", str(r.randint(2005, 2024)), "}\n")
    else:
        d("crew_member:\n  employee_no: ", safe_digits(r, 7, "2"), "\n  given_name: ", P(p.given), "\n  family_name: ", P(p.family), "\n")
        d("  dob: '", DOB("%02d/%02d/%04d" % (p.dob[2], p.dob[1], p.dob[0])), "'\n  travel_document:\n    type: passport\n    number: ", PP(p, passport_no(r, p.o)), "\n    issuer: ", p.ctry, "\n    expires: ", "%04d-%02d-%02d" % rdate(r, 2027, 2034), "\n")
        d("  next_of_kin:\n    name: ", P(Person(r, p.o).full), "\n    phone: \"", PH(phone(r, p.o)), "\"\n")
        d("  payroll:\n    iban: ", IB(iban(r, r.choice(["PL", "GR", "PT", "DE", "IE", "TR", "EG", "PK"]))), "\n    currency: ", r.choice(["EUR", "USD"]), "\n")
        d("  base: ", r.choice(AIRPORTS)[0], "\n  roster_pattern: 5on-3off\n")
    return d, "yaml"


def t_fleet_csv(r, n):
    d = Doc()
    rows = [["unit", "plate", "vin", "make_model", "branch", "odometer_km", "status", "next_service"]]
    for _ in range(r.randint(6, 10)):
        rows.append([str(r.randint(10000, 99999)), plate(r), vin(r), r.choice(["Toyota Yaris", "Skoda Octavia", "Ford Ranger", "Hyundai Ioniq 5", "Fiat 500"]),
                     r.choice(["MAD-T4", "LAX-01", "CUN-AP", "NRT-1", "SYD-D", "JNB-Intl", "Marco Polo VCE"]), str(r.randint(100, 120000)),
                     r.choice(["available", "on rent", "damaged", "in service"]), "%04d-%02d-%02d" % rdate(r, 2025, 2026)])
    csv_rows(d, rows)
    return d, "csv"


def t_schedule_json(r, n):
    d = Doc()
    flights = []
    for _ in range(r.randint(3, 6)):
        a, b = r.sample(AIRPORTS, 2)
        flights.append({"flightNumber": flight(r), "origin": {"iata": a[0], "name": a[1]}, "destination": {"iata": b[0], "name": b[1]},
                        "std": hhmm(r) + r.choice(["", "+1"]), "sta": hhmm(r), "equipment": r.choice(["B789", "A359", "A21N", "E195", "B38M"]),
                        "tail": reg(r), "gate": r.choice("ABCDEFGK") + str(r.randint(1, 60)), "daysOfOperation": r.choice(["1234567", "1-3-5-7", "12345--"])})
    jemit(d, {"schedule": "S26", "generated": ts(r), "build": version_ip_like(r), "flights": flights})
    return d, "json"


def t_api_docs(r, n):
    d = Doc()
    obj = {"openapi": "3.0.3", "info": {"title": "Meridian Booking API", "version": "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9))},
           "components": {"schemas": {"Passenger": {"type": "object", "required": ["lastName", "firstName", "dateOfBirth"], "properties": {
               "lastName": {"type": "string", "example": "SURNAME"}, "firstName": {"type": "string", "example": "GIVENNAME"},
               "dateOfBirth": {"type": "string", "format": "date", "example": "YYYY-MM-DD"},
               "passportNumber": {"type": "string", "pattern": "^[A-Z0-9]{6,9}$", "example": "X0000000"},
               "email": {"type": "string", "format": "email", "example": "name [at] domain"},
               "card": {"type": "string", "description": "PAN is never returned; masked form only", "example": "XXXX-XXXX-XXXX-" + rdig(r, 4)},
               "recordLocator": {"type": "string", "example": pnr(r)}, "serverIp": {"type": "string", "example": "0.0.0.0"}}}}}}
    jemit(d, obj)
    return d, "json"


def t_claims_json(r, n):
    d = Doc()
    p = Person(r)
    obj = {"claimId": "TP-" + safe_digits(r, 9), "policy": "MTP-" + safe_digits(r, 8, "4"), "status": r.choice(["submitted", "in_review", "approved"]),
           "claimant": {"fullName": P(p.full), "dateOfBirth": DOB("%04d-%02d-%02d" % p.dob), "email": EM(p.email(r)), "address": AD(addr(r, p.o))},
           "incident": {"date": "%04d-%02d-%02d" % rdate(r), "country": COUNTRY[r.choice(ORIGINS)], "type": "medical",
                        "description": M(["Insured developed ", DX(r.choice(DIAG)), " on day 3 of the tour and was given ", RX(r.choice(MEDS)), "."])},
           "items": [{"desc": "clinic consultation", "amount": money(r)}, {"desc": "pharmacy receipt #" + safe_digits(r, 6), "amount": money(r)}],
           "payout": {"method": "bank_transfer", "iban": IB(iban(r)), "holder": P(p.full)}}
    jemit(d, obj)
    return d, "json"


def t_folio_csv(r, n):
    d = Doc()
    p = Person(r)
    d("# Folio ", safe_digits(r, 7), " ; Guest ", P(p.caps), " ; Room ", str(r.randint(101, 1800)), " ; ", r.choice(OUR_HOTEL), "\n")
    rows = [["date", "code", "description", "amount", "currency", "posted_by"]]
    for _ in range(r.randint(4, 8)):
        rows.append(["%04d-%02d-%02d" % rdate(r), r.choice(["RM", "FB", "MB", "SPA", "LDY", "TAX"]),
                     r.choice(["Room charge", "Restaurant Sakura", "Minibar", "Spa — hot stone", "City tax", "Laundry"]),
                     "%.2f" % (r.randint(3, 900) + r.random()), r.choice(["EUR", "JPY", "USD", "PLN"]), r.choice(["NA", "AUTO", "FO2"])])
    rows.append(["", "PAY", "Payment " + masked_card(r), "-%.2f" % r.randint(100, 3000), "", "FO1"])
    csv_rows(d, rows)
    return d, "csv"


def t_fx_csv(r, n):
    d = Doc()
    rows = [["date", "base", "quote", "rate", "source", "batch"]]
    for q in r.sample(["JPY", "KRW", "MXN", "COP", "PEN", "PLN", "TRY", "EGP", "MAD", "GHS", "KES", "PKR", "BDT", "IDR", "PHP", "AUD", "CAD", "GBP", "INR", "SGD", "BRL"], 9):
        rows.append(["%04d-%02d-%02d" % rdate(r), "EUR", q, "%.4f" % (r.random() * 1500 + 0.5), "ECB", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 99), r.randint(0, 99), r.randint(300, 9999))])
    csv_rows(d, rows)
    return d, "csv"


def t_bag_tsv(r, n):
    d = Doc()
    rows = [["file_ref", "tag", "passenger", "contact_phone", "delivery_address", "bag_desc", "status"]]
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        st = r.choice(AIRPORTS)[0]
        rows.append([st + "MR" + safe_digits(r, 5), bag_tag(r), P(pnr_name(p)), PH(phone(r, p.o)),
                     AD(addr(r, p.o)) if r.random() < 0.7 else "hold at " + st, r.choice(["BK01 black hard-shell", "RD22 red soft", "GY05 grey spinner", "BN71 golf bag"]),
                     r.choice(["OHD", "forwarded", "delivered", "closed"])])
    csv_rows(d, rows, "\t")
    return d, "tsv"


def t_rental_ndjson(r, n):
    d = Doc()
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        iss, code, num = drivers_licence(r, p)
        obj = {"res": "R" + safe_digits(r, 9), "ts": ts(r), "pickup": r.choice(["MCO", "LAX", "FRA", "CUN", "LHR", "SYD"]),
               "driver": {"name": P(p.full), "dob": DOB("%04d-%02d-%02d" % p.dob)},
               "licence": {"number": DL(num), "issuer": iss}, "vehicle_class": r.choice(["ECMR", "IDAR", "SFAR", "PDAR"]), "promo": r.choice(["", "SPRING25", "AAA10"])}
        if r.random() < 0.4:
            obj["flight"] = flight(r)
        jemit(d, obj, indent=None)
        d("\n")
    return d, "ndjson"


def t_config_yaml(r, n):
    d = Doc()
    d("# gds-gateway service config\nservice: gds-gateway\nversion: ", version_ip_like(r), "\nlisten: 0.0.0.0:8443\n")
    d("upstreams:\n  amadeus: {host: api.example-gds.test, timeout_ms: ", str(r.randint(800, 4000)), "}\n  sabre: {host: sws.example-gds.test, pool: ", str(r.randint(4, 64)), "}\n")
    d("oid_root: 1.3.6.1.4.1.", str(r.randint(10000, 60000)), ".2.1\nretry:\n  max: 3\n  backoff: 250ms\n")
    d("pnr_cache_ttl: 15m\nmask_pan: true   # only last 4 are ever logged\nlog_level: info\nbuild: \"", r.choice(["r", "b"]), safe_digits(r, 7), "\"\n")
    return d, "yaml"


def t_cruise_manifest(r, n):
    d = Doc()
    guests = []
    for _ in range(r.randint(2, 4)):
        p = Person(r)
        guests.append({"cabin": "%d%03d" % (r.randint(4, 14), r.randint(1, 320)), "name": P(p.full), "born": DOB(fmt_date(r, p.dob, "iso")),
                       "citizenship": p.ctry, "passport": PP(p, passport_no(r, p.o)),
                       "emergencyContact": {"name": P(Person(r, p.o).full), "phone": PH(phone(r, p.o))},
                       "dining": r.choice(["Early", "Late", "Anytime"]), "medicalFlags": [DX(r.choice(["type 1 diabetes", "epilepsy", "COPD"]))] if r.random() < 0.3 else []})
    jemit(d, {"ship": r.choice(SHIPS), "imo": imo(r), "voyage": "M" + rdig(r, 4), "embarkPort": r.choice(["Southampton", "Piraeus", "Yokohama", "Cartagena"]), "guests": guests})
    return d, "json"


# ================================================================ LOGS
def t_kiosk_log(r, n):
    d = Doc()
    st = r.choice(AIRPORTS)
    for _ in range(r.randint(5, 9)):
        p = Person(r)
        k = r.choice(["lookup", "doc_scan", "bagdrop", "error", "seat", "heartbeat"])
        d(ts(r), " kiosk=", st[0], "-K", str(r.randint(1, 40)), " fw=", version_ip_like(r), " ")
        if k == "lookup":
            d("evt=pnr_lookup locator=", pnr(r), " pax=\"", P(pnr_name(p)), "\" result=found segs=", str(r.randint(1, 3)), "\n")
        elif k == "doc_scan":
            d("evt=doc_scan type=P issuer=", iso3c(p), " doc_no=", PP(p, passport_no(r, p.o)), " dob=", DOB("%04d%02d%02d" % p.dob), " apis=ok\n")
        elif k == "bagdrop":
            d("evt=bag_tag_printed tag=", bag_tag(r), " weight_kg=", "%.1f" % (10 + r.random() * 20), " flight=", flight(r), "\n")
        elif k == "error":
            d("evt=error code=E", str(r.randint(100, 999)), " msg=\"printer paper low\" host=", IPA(ip(r)), "\n")
        elif k == "seat":
            d("evt=seat_change from=", "%d%s" % (r.randint(1, 60), r.choice("ABCDEF")), " to=", "%d%s" % (r.randint(1, 60), r.choice("ABCDEF")), " fare=", fare_basis(r), "\n")
        else:
            d("evt=heartbeat uptime_s=", str(r.randint(100, 900000)), " tz=", r.choice(["Asia/Tokyo", "America/Lima", "Africa/Nairobi", "Europe/Warsaw"]), "\n")
    return d, "log"


def t_gate_log(r, n):
    d = Doc()
    fl = r.randint(10, 2999); car = r.choice(["MR", "LH", "AM", "QF", "SQ", "KQ"])
    a, b = r.sample(AIRPORTS, 2)
    d("# BGR gate reader ", a[0], " gate ", r.choice("ABCDEF"), str(r.randint(1, 60)), " flight ", car, str(fl), " ", a[0], "-", b[0], "\n")
    for i in range(r.randint(4, 7)):
        p = Person(r)
        seat = "%03d%s" % (r.randint(1, 60), r.choice("ABCDEF"))
        d(hhmm(r), ":", "%02d" % r.randint(0, 59), " BOARDED seq=", str(i + 1), " raw=\"")
        d(bcbp(r, p, pnr(r), a[0], b[0], car, fl, seat, r.randint(1, 300)))
        d("\" status=", r.choice(["OK", "OK", "OK", "DUP_SCAN", "WRONG_FLIGHT"]), "\n")
    d(hhmm(r), ":00 GATE_CLOSED boarded=", str(r.randint(80, 300)), " no_show=", str(r.randint(0, 9)), "\n")
    return d, "log"


def t_access_log(r, n):
    d = Doc()
    for _ in range(r.randint(6, 10)):
        ipv = ip(r)
        path = r.choice(["/manage-booking?pnr=" + pnr(r), "/api/v%d/flights/status/%s" % (r.randint(1, 3), flight(r)), "/checkin/boardingpass.pdf", "/static/app.%s.js" % rdig(r, 8),
                         "/hotels/search?dest=KYO&ci=2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), "/loyalty/login"])
        d(IPA(ipv) if not ipv.startswith("127.") else ipv, " - - [", "%02d/%s/2026:%02d:%02d:%02d +0000" % (r.randint(1, 28), r.choice(["Mar", "Jul", "Oct"]), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
          "] \"GET ", path, " HTTP/1.1\" ", r.choice(["200", "200", "302", "404", "429"]), " ", str(r.randint(200, 90000)),
          " \"-\" \"MeridianApp/", version_ip_like(r), " (", r.choice(["iOS 18.1", "Android 15", "Windows NT 10.0"]), ")\"\n")
    d("127.0.0.1 - - [01/Mar/2026:00:00:01 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n")
    return d, "log"


def t_payment_log(r, n):
    d = Doc()
    for i in range(r.randint(5, 8)):
        d(ts(r), " [psp-adapter] ")
        k = r.choice(["auth", "auth", "decline", "chargeback", "refund"])
        if k == "auth":
            d("AUTH OK order=", safe_digits(r, 10, "1"), " pan=", masked_card(r), " amt=", money(r), " 3ds=", r.choice(["Y", "A", "N"]), " ip=", IPA(ip(r)), "\n")
        elif k == "decline":
            d("DECLINE order=", safe_digits(r, 10, "1"), " reason=05 pan_candidate=", bad_card(r), " (luhn fail, rejected before send)\n")
        elif k == "chargeback":
            d("CHARGEBACK case=CB", safe_digits(r, 8), " reason_code=", r.choice(["13.1", "10.4", "4853", "4837"]), " ticket=", ticket_no(r), " pan=", masked_card(r), "\n")
        else:
            d("REFUND order=", safe_digits(r, 10, "1"), " amt=", money(r), " rrn=", safe_digits(r, 12, "5"), "\n")
    if n % 3 == 0:
        p = Person(r)
        d(ts(r), " [psp-adapter] WARN unmasked payload captured (ticket SEC-", str(r.randint(1000, 9999)), "): {\"cardholder\":\"", P(p.full.upper()), "\",\"pan\":\"", CC(card(r)), "\",\"exp\":\"",
          "%02d%02d" % (r.randint(1, 12), r.randint(26, 31)), "\"}\n")
    return d, "log"


def t_teletype(r, n):
    d = Doc()
    p = Person(r); p2 = Person(r, p.o)
    loc = pnr(r); car = r.choice(["MR", "AF", "TK", "AM", "KQ"])
    a, b = r.sample(AIRPORTS, 2)
    fl = r.randint(10, 999)
    dt = "%02d%s" % (r.randint(1, 28), r.choice(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]))
    d("QU ", a[0], "RMMR ", b[0], "KKMR\n.", r.choice(["HDQRM1S", "LONRM1A", "MEXRM2A"]), " ", "%02d%02d%02d" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), "\n")
    d(loc, "/", r.choice(["1A", "1S", "1G"]), "\n")
    d("1", P(pnr_name(p)), p.title.upper(), " ", "1", P(pnr_name(p2)), ("MS" if p2.female else "MR"), "\n")
    d(car, str(fl), "Y", dt, " ", a[0], b[0], " HK2 ", hhmm(r).replace(":", ""), " ", hhmm(r).replace(":", ""), "\n")
    y, m, dd = p.dob
    mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1]
    exp = rdate(r, 2027, 2034)
    d("SSR DOCS ", car, " HK1/P/", iso3c(p), "/", PP(p, passport_no(r, p.o)), "/", iso3c(p), "/", DOB("%02d%s%02d" % (dd, mon, y % 100)), "/", "F" if p.female else "M", "/",
      "%02d%s%02d" % (exp[2], ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][exp[1] - 1], exp[0] % 100), "/", P(strip_acc(p.family).upper().replace(" ", "")), "/", P(strip_acc(p.given).upper().replace(" ", "")), "-1.1\n")
    k = n % 4
    if k == 0:
        d("SSR WCHR ", car, " HK1 ", a[0], b[0], str(fl), "Y", dt, "-1.2\n")
    elif k == 1:
        cond = r.choice([("EPILEPSY", "LEVETIRACETAM"), ("TYPE 1 DIABETES", "INSULIN"), ("COPD", "SALBUTAMOL"), ("ANGINA", "NITROGLYCERIN")])
        d("SSR MEDA ", car, " HK1 ", a[0], b[0], str(fl), "Y", dt, "/PAX HAS ", DX(cond[0]), " CARRIES ", RX(cond[1]), "-1.1\n")
    elif k == 2:
        em = p.email(r).upper()
        d("SSR CTCE ", car, " HK1/", em.replace("@", "//").replace("_", ".."), "-1.1\n")
        d("SSR CTCM ", car, " HK1/", PH(re.sub(r"[^\d]", "", phone(r, p.o))), "-1.1\n")
    else:
        d("OSI ", car, " CTCP ", PH(phone(r, p.o).replace(" ", "")), "\n")
    d("SSR FQTV ", car, " HK/", car, safe_digits(r, 9, "8"), "/", r.choice(TIERS).upper(), "-1.1\n")
    d("SK ", r.choice(["VIPS", "LANG SPANISH", "NBAG 2PC"]), "\nTKNE ", ticket_no(r), "C1\n")
    return d, "log"


def t_app_log_clean(r, n):
    d = Doc()
    svc = r.choice(["crew-rostering", "inventory-sync", "ops-dashboard", "fare-loader"])
    for _ in range(r.randint(7, 11)):
        lvl = r.choice(["INFO", "INFO", "DEBUG", "WARN", "ERROR"])
        msg = r.choice([
            "loaded %d fares for %s (fare basis %s)" % (r.randint(100, 9000), r.choice(AIRPORTS)[0], fare_basis(r)),
            "schedule change %s ETD %s → %s (UTC%s)" % (flight(r), hhmm(r), hhmm(r), r.choice(["+9", "-5", "+5:30", "+1"])),
            "aircraft %s swapped to %s on rotation %s" % (reg(r), reg(r), flight(r)),
            "deploy %s build %s sha=%s" % (svc, version_ip_like(r), "".join(r.choice("0123456789abcdef") for _ in range(12))),
            "OID %s not mapped" % "2.16.840.1.113883.%d.%d.%d" % (r.randint(1, 20), r.randint(1, 99), r.randint(1, 999)),
            "container %s loaded on %s bay %02d" % (iso6346(r), imo(r), r.randint(1, 40)),
            "hotel inventory %s sold out for %s" % (r.choice(OUR_HOTEL), r.choice(HOLIDAYS)),
            "record locator %s queued to Q%d" % (pnr(r), r.randint(1, 99)),
            "epoch=%d lag_ms=%d" % (r.randint(1700000000, 1790000000), r.randint(0, 900)),
            "gate %s%d reassigned; stand %d" % (r.choice("ABCDEF"), r.randint(1, 60), r.randint(100, 400)),
        ])
        d(ts(r), " ", lvl, " [", svc, "] ", msg, "\n")
    return d, "log"


def t_pms_audit(r, n):
    d = Doc()
    hotel = r.choice(OUR_HOTEL)
    for _ in range(r.randint(5, 8)):
        user = r.choice(["fo.night1", "fo.mgr", "revenue.bot", "hk.supervisor"])
        p = Person(r)
        k = r.choice(["view", "scan", "rate", "key", "export"])
        d(ts(r), " | ", hotel, " | user=", user, " | ")
        if k == "view":
            d("PROFILE_VIEW guest=\"", P(p.full), "\" conf=", conf_no(r), "\n")
        elif k == "scan":
            d("ID_SCAN doc=passport no=", PP(p, passport_no(r, p.o)), " country=", iso3c(p), " name=\"", P(p.caps), "\"\n")
        elif k == "rate":
            d("RATE_OVERRIDE room=", str(r.randint(101, 1500)), " code=", r.choice(["BAR", "CORP", "OTA"]), " ", money(r), "\n")
        elif k == "key":
            d("KEY_ENCODE room=", str(r.randint(101, 1500)), " cards=2 encoder=", IPA(ip(r)), "\n")
        else:
            d("REPORT_EXPORT name=in_house_list rows=", str(r.randint(40, 400)), " dest=", EM(r.choice(["frontoffice", "nightaudit", "gm.office"]) + "@meridia-hotels.example.com"), "\n")
    return d, "log"


def t_acars(r, n):
    d = Doc()
    for _ in range(r.randint(4, 7)):
        a, b = r.sample(AIRPORTS, 2)
        d(hhmm(r).replace(":", ""), "Z ", reg(r).replace("-", ""), " ", flight(r), " ", r.choice([
            "OUT %s OFF %s FOB %d" % (hhmm(r).replace(":", ""), hhmm(r).replace(":", ""), r.randint(8000, 90000)),
            "ETA %s %sZ WX REQ" % (b[0], hhmm(r).replace(":", "")),
            "POS N%02d%02d W%03d%02d FL%d" % (r.randint(0, 60), r.randint(0, 59), r.randint(0, 179), r.randint(0, 59), r.randint(280, 410)),
            "MAINT MSG ATA %d-%d CODE %s" % (r.randint(21, 80), r.randint(10, 99), version_ip_like(r)),
            "GATE REQ %s STAND %s%d" % (b[0], r.choice("ABCDEF"), r.randint(1, 60)),
            "PAX %d/%d/%d BAGS %d" % (r.randint(0, 20), r.randint(10, 60), r.randint(100, 280), r.randint(80, 400))]), "\n")
    return d, "log"


def t_mrz_log(r, n):
    d = Doc()
    dev = r.choice(["Regula 7024", "ARH Combo", "Desko Penta"])
    for _ in range(r.randint(2, 3)):
        p = Person(r)
        num = passport_no(r, p.o)
        d(ts(r), " docreader=", dev, " station=", r.choice(["FO-1", "FO-2", "CKI-14", "PORT-GW3"]), " read=OK mrz=\n")
        d(mrz_td3(r, p, num, rdate(r, 2027, 2035)))
        d("\n", ts(r), " checks: doc_no_cd=pass dob_cd=pass composite=pass chip=", r.choice(["not read", "PA ok"]), "\n")
    if n % 2 == 0:
        d(ts(r), " docreader=", dev, " read=FAIL reason=glare retries=3\n")
    return d, "log"


# ================================================================ EMAIL / CHAT / TICKET
def hdr(d, r, frm, to, subj, date=None):
    d("From: ", frm, "\nTo: ", to, "\nDate: ", date or "%s, %02d %s 2026 %s:%02d %s" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), r.randint(1, 28), r.choice(["Jan", "Apr", "Aug", "Nov"]), hhmm(r)[:2], r.randint(0, 59), r.choice(["+0900", "-0500", "+0100", "+0530"])),
      "\nSubject: ", subj, "\n\n")


def t_res_email(r, n):
    d = Doc()
    p = Person(r)
    em = p.email(r)
    loc = pnr(r)
    d("From: Meridian Air <", EM("noreply@meridianair.example.com"), ">\nTo: ", P(p.full), " <", EM(em), ">\nSubject: Your trip confirmation ", loc, "\n\n")
    d("Dear ", r.choice(["", p.title + " "]), P(p.given if r.random() < 0.5 else p.family), ",\n\nThank you for booking with Meridian Air. Your booking reference is ", loc, ".\n\n")
    for _ in range(r.randint(1, 3)):
        a, b = r.sample(AIRPORTS, 2)
        d(flight(r), "  ", fmt_date(r, rdate(r), "dmon"), "  ", a[1], " (", a[0], ") ", hhmm(r), " → ", b[1], " (", b[0], ") ", hhmm(r), r.choice(["", " +1"]), "  Seat ", "%d%s" % (r.randint(1, 60), r.choice("ACDF")), "\n")
    d("\nE-ticket: ", ticket_no(r), "   Fare: ", fare_basis(r), "   Total paid: ", money(r), " (", r.choice(["Visa", "Mastercard", "Amex"]), " ", masked_card(r), ")\n")
    if r.random() < 0.5:
        d("Hotel: ", r.choice(OUR_HOTEL), ", confirmation ", conf_no(r), ", ", str(r.randint(1, 7)), " nights, ", r.choice(["Deluxe King", "Superior Twin", "Junior Suite"]), "\n")
    d("\nCheck-in opens 30 hours before departure. Passengers travelling on ", r.choice(HOLIDAYS), " should allow extra time at ", r.choice(AIRPORTS)[1], ".\n")
    d("Questions? Call ", PH(r.choice(["+44 20 7946 0", "+1 800 555 0", "+81 3 5555 0"]) + rdig(r, 3)), " (24h).\n\nMeridian Air — Tier ", r.choice(TIERS), " benefits apply.\n")
    return d, "email"


COMPLAINT = {
    "fr": ("Réclamation – vol {fl} du {dt}", "Madame, Monsieur,\n\nJe m'appelle ", ". Le {dt}, mon vol {fl} a été annulé sans préavis et ma valise n'est jamais arrivée à {ap}. ",
           "Je suis suivie pour : ", " ; mon traitement (", ") était dans la valise. Je demande le remboursement selon le règlement CE 261/2004.\n\nCordialement,\n"),
    "es": ("Queja formal – vuelo {fl}", "Estimados señores:\n\nMi nombre es ", ". El pasado {dt} el vuelo {fl} salió con seis horas de retraso desde {ap}. ",
           "Padezco ", " y tuve que comprar ", " en la farmacia del aeropuerto. Solicito la compensación correspondiente.\n\nAtentamente,\n"),
    "de": ("Beschwerde Flug {fl}", "Sehr geehrte Damen und Herren,\n\nmein Name ist ", ". Am {dt} wurde mir auf Flug {fl} ab {ap} der Sitzplatz verweigert. ",
           "Ich habe ", " und benötige ", "; trotz Vorab-Anmeldung gab es keine Unterstützung.\n\nMit freundlichen Grüßen\n"),
    "it": ("Reclamo volo {fl}", "Gentili signori,\n\nsono ", ". Il {dt} il volo {fl} da {ap} è stato cancellato. ",
           "Soffro di ", " e ho dovuto acquistare di nuovo ", ". Chiedo il rimborso delle spese.\n\nDistinti saluti,\n"),
    "pl": ("Reklamacja – lot {fl}", "Szanowni Państwo,\n\nnazywam się ", ". Dnia {dt} lot {fl} z {ap} został odwołany. ",
           "Choruję na ", " i musiałam kupić ", " w aptece na lotnisku. Proszę o zwrot kosztów.\n\nZ poważaniem\n"),
    "tr": ("Şikayet – {fl} sefer", "Sayın yetkili,\n\nBen ", ". {dt} tarihli {fl} seferim {ap} havalimanında iptal edildi. ",
           "", " hastasıyım ve ", " ilacımı yeniden almak zorunda kaldım. Masraflarımın iadesini talep ediyorum.\n\nSaygılarımla,\n"),
    "pt": ("Reclamação – voo {fl}", "Prezados,\n\nmeu nome é ", ". No dia {dt} o voo {fl} partindo de {ap} atrasou nove horas. ",
           "Tenho ", " e precisei comprar ", " no aeroporto. Peço reembolso.\n\nAtenciosamente,\n"),
}
DX_LOC = {"fr": ["diabète de type 1", "épilepsie", "asthme sévère", "maladie de Crohn"], "es": ["diabetes tipo 1", "epilepsia", "hipertensión"],
          "de": ["Typ-1-Diabetes", "Epilepsie", "Morbus Crohn"], "it": ["diabete di tipo 1", "epilessia", "ipertensione"],
          "pl": ["cukrzycę typu 1", "padaczkę", "astmę"], "tr": ["Tip 1 diyabet", "epilepsi", "astım"], "pt": ["diabetes tipo 1", "epilepsia", "asma"]}
RX_LOC = ["insulina", "Lantus", "levetiracetam", "salbutamol", "Keppra", "insuline", "Ventolin"]


def t_complaint(r, n):
    d = Doc()
    lang = ["fr", "es", "de", "it", "pl", "tr", "pt"][n % 7]
    o = {"fr": "fr", "es": r.choice(["es", "mx", "co", "pe"]), "de": "de", "it": "it", "pl": "pl", "tr": "tr", "pt": "br"}[lang]
    p = Person(r, o)
    subj, a, b, c, e, f = COMPLAINT[lang]
    fl = flight(r); dt = fmt_date(r, rdate(r), "dmy"); ap = r.choice(AIRPORTS)[1]
    em = p.email(r)
    hdr(d, r, [P(p.full), " <", EM(em), ">"], [EM("customer.relations@meridianair.example.com")], subj.format(fl=fl, dt=dt))
    d(a, P(p.full), b.format(fl=fl, dt=dt, ap=ap))
    if lang == "tr":
        d(DX(r.choice(DX_LOC[lang])), e, RX(r.choice(RX_LOC)), f)
    else:
        d(c, DX(r.choice(DX_LOC[lang])), e, RX(r.choice(RX_LOC)), f)
    d(P(p.full), "\n", AD(addr(r, o, multiline=True)), "\n", PH(phone(r, o)), "\n")
    d("Réf./Ref.: ", pnr(r), " — PIR ", r.choice(AIRPORTS)[0], "MR", safe_digits(r, 5), "\n")
    return d, "email"


def t_chargeback_email(r, n):
    d = Doc()
    p = Person(r)
    agent = Person(r)
    hdr(d, r, ["\"", P(agent.full), "\" <", EM("disputes@meridian-travel.example.com"), ">"], [EM("chargebacks@acquirer.example.net")],
        "RE: Retrieval request CB" + safe_digits(r, 8) + " — " + r.choice(["hotel no-show", "cancelled cruise", "car rental damage charge"]))
    d("Hello,\n\nPlease find our representment for the dispute below. Cardholder ", P(p.full), " claims the service was not provided. ")
    d("Our records show check-in on ", fmt_date(r, rdate(r)), " at ", r.choice(OUR_HOTEL + HOTELS[:3]), " (folio ", safe_digits(r, 7), ", room ", str(r.randint(101, 1400)), "), signed registration card attached.\n\n")
    d("Card used at booking: ")
    if n % 2 == 0:
        d(CC(card(r)), " (full PAN as provided on your request form — please redact before forwarding)\n")
    else:
        d(masked_card(r), "\n")
    d("Booking IP: ", IPA(ip(r)), "   Device fingerprint: ", "".join(r.choice("0123456789abcdef") for _ in range(16)), "\n")
    d("Amount: ", money(r), "  ARN ", safe_digits(r, 23, "7"), "\n\nRegards,\n", P(agent.given), "\nPayments Disputes Team\n\n")
    d("> On ", fmt_date(r, rdate(r), "long"), ", Acquirer Disputes wrote:\n> Reason code ", r.choice(["13.1 Merchandise/Services Not Received", "4853 Cardholder Dispute"]), ".\n> Respond by ", fmt_date(r, rdate(r)), ".\n")
    return d, "email"


def t_callcentre(r, n):
    d = Doc()
    p = Person(r); ag = Person(r, r.choice(["ph", "in", "co", "pl", "ke"]))
    d("[Call transcript — Meridian Travel Contact Centre — queue ", r.choice(["ES-LATAM", "EN-GLOBAL", "JP"]), " — ", ts(r), "]\n")
    d("AGENT (", P(ag.given), "): Thank you for calling Meridian, my name is ", P(ag.given), ". Can I have your booking reference?\n")
    loc = pnr(r)
    d("CALLER: Yes, it's ", " ".join(loc), ". Under ", P(p.full), ".\n")
    d("AGENT: For security, can you confirm your date of birth?\n")
    d("CALLER: ", DOB(fmt_date(r, p.dob, r.choice(["long", "dmon"]))), ".\n")
    k = n % 3
    if k == 0:
        d("AGENT: Thanks. I see the cancellation. I can refund to the original card ending ", rdig(r, 4), " or issue a voucher.\n")
        d("CALLER: Put it on a different card please — ", CC(card(r)), ", expiry ", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)), ".\n")
        d("AGENT: [PCI pause was not activated by agent — flagged QA-", str(r.randint(100, 999)), "]\n")
    elif k == 1:
        d("AGENT: How can I help today?\nCALLER: My mother is travelling with me, she has ", DX(r.choice(["dementia", "Parkinson's disease", "type 1 diabetes"])), " and needs a wheelchair at ", r.choice(AIRPORTS)[1], ".\n")
        d("AGENT: I've added WCHR for both flights. Can I take a contact number for the day?\nCALLER: ", PH(phone(r, p.o)), ".\n")
    else:
        d("AGENT: I can update your passport details. Number please?\nCALLER: ", PP(p, passport_no(r, p.o)), ", issued in ", p.ctry, ".\n")
        d("AGENT: And your e-mail for the receipt?\nCALLER: ", EM(p.email(r)), "\n")
    d("AGENT: Is there anything else? ... Thank you for flying Meridian. Have a lovely ", r.choice(HOLIDAYS), ".\n[end of call — duration ", "%d:%02d" % (r.randint(2, 19), r.randint(0, 59)), "]\n")
    return d, "chat"


def t_whatsapp(r, n):
    d = Doc()
    p = Person(r, r.choice(["br", "in", "mx", "id", "ph", "ng" if False else "ke", "eg", "pk"]))
    d("[", "%02d/%02d/26" % (r.randint(1, 28), r.randint(1, 12)), ", ", hhmm(r), "] Meridia Concierge: Olá/Hello! How can we help with your stay?\n")
    d("[", hhmm(r), "] ", P(p.given), ": hi we land ", flight(r), " at ", hhmm(r), " can u arrange pickup\n")
    d("[", hhmm(r), "] Meridia Concierge: Of course. Full name and number for the driver please 🙂\n")
    d("[", hhmm(r), "] ", P(p.given), ": ", P(p.full.lower() if r.random() < 0.4 else p.full), " ", PH(phone(r, p.o)), "\n")
    if n % 3 == 0:
        d("[", hhmm(r), "] ", P(p.given), ": also my son has ", DX(r.choice(["asthma", "epilepsy", "a severe peanut allergy"])), ", pls make sure no nuts in the welcome basket\n")
    if n % 3 == 1:
        d("[", hhmm(r), "] ", P(p.given), ": room is confirmation ", conf_no(r), " and loyalty ", r.choice(TIERS), "\n")
    d("[", hhmm(r), "] Meridia Concierge: Noted ✅ Driver will hold a sign at arrivals exit ", r.choice("ABCD"), ". Transfer fee ", money(r), ".\n")
    return d, "chat"


def t_lostbag_ticket(r, n):
    d = Doc()
    p = Person(r)
    st = r.choice(AIRPORTS)
    d("Ticket #", str(r.randint(200000, 999999)), "  [Baggage / Delayed]  Priority: ", r.choice(["P3", "P2"]), "  Status: ", r.choice(["Open", "Pending customer"]), "\n")
    d("Requester: ", P(p.full), " <", EM(p.email(r)), ">\nCreated: ", ts(r), "\n\n")
    d("Description:\nmy bag didnt arrive on ", flight(r), " to ", st[1], ". tag number ", bag_tag(r), ", file ", st[0], "MR", safe_digits(r, 5), ".\n")
    d("please deliver to ", AD(addr(r, p.o)), " — or call me on ", PH(phone(r, p.o)), ".\n")
    if r.random() < 0.5:
        d("the bag has my ", RX(r.choice(["insulin", "levothyroxine", "sertraline", "Ozempic"])), " in it, I need it urgently!!\n")
    d("\n--- internal note (", P(Person(r).given), ") ---\nWorldTracer AHL raised; bag located at ", r.choice(AIRPORTS)[0], " transfer, forward on ", flight(r), ". Interim expenses up to ", money(r, "USD"), " approved.\n")
    return d, "ticket"


def t_it_ticket(r, n):
    d = Doc()
    d("INC", safe_digits(r, 7), " | ", r.choice(["Kiosk fleet firmware rollback", "GDS latency spike", "Loyalty batch job failed", "Crew app crash on login"]), "\n")
    d("Reported: ", ts(r), " by ops bridge   Severity: ", r.choice(["S2", "S3"]), "\n\n")
    d("Kiosks at ", r.choice(AIRPORTS)[1], " running fw ", version_ip_like(r), " rejected bag-tag printer driver ", version_ip_like(r), ". ")
    d("Rolled back to ", "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99)), ". Affected flights ", flight(r), ", ", flight(r), ". ")
    d("No passenger data exposed; logs show only masked PANs (", masked_card(r), ") and record locators.\n")
    d("Root cause: config key `printer.oid=1.3.6.1.4.1.", str(r.randint(1000, 50000)), ".1` wrong after ", r.choice(HOLIDAYS), " freeze.\nNext review ", hhmm(r), " UTC", r.choice(["+9", "-3", "+0"]), ".\n")
    return d, "ticket"


def t_ops_email(r, n):
    d = Doc()
    d("From: Network Operations\nTo: Station Managers (all)\nSubject: ", r.choice(["Winter schedule S26/W26 changes", "De-icing readiness", "Irregular ops playbook update"]), "\n\n")
    d("All,\n\nFrom ", fmt_date(r, rdate(r), "dmon"), " the ", flight(r), "/", flight(r), " rotation moves from ", r.choice(AIRPORTS)[1], " to ", r.choice(AIRPORTS)[1], ". ")
    d("Equipment changes from ", r.choice(["A321neo", "B787-9", "E195-E2"]), " to ", r.choice(["A330-900", "B737-8"]), " (", reg(r), "). ")
    d("Crew will overnight at the ", r.choice(HOTELS), ". Expect heavy loads around ", r.choice(HOLIDAYS), " and ", r.choice(HOLIDAYS), ".\n")
    d("Fare basis ", fare_basis(r), " withdrawn; EUR/JPY planning rate ", "%.2f" % (150 + r.random() * 20), ".\n\nNetwork Ops Control\n")
    return d, "email"


def t_crew_chat(r, n):
    d = Doc()
    ppl = [Person(r) for _ in range(3)]
    d("#crew-swap-", r.choice(["lhr", "nrt", "gru", "nbo"]), "\n")
    for i in range(r.randint(4, 7)):
        p = r.choice(ppl)
        d(hhmm(r), " ", P(p.given), ": ", r.choice([
            "anyone want my %s on the %s? happy to swap for a standby" % (flight(r), fmt_date(r, rdate(r), "dmon")),
            "I'll take it if %s approves" % "crewing", "hotel in %s is the %s again, room %d lol" % (r.choice(["Tokyo", "Lima", "Accra"]), r.choice(HOTELS), r.randint(200, 1800)),
            "pls note report time %s local (UTC%s)" % (hhmm(r), r.choice(["+9", "-5", "+0"])), "aircraft is %s, bring a jumper" % reg(r)]), "\n")
    d(hhmm(r), " ", P(ppl[0].given), ": thanks ", P(ppl[1].given), "! 🙏\n")
    return d, "chat"


def t_dsar_ticket(r, n):
    d = Doc()
    p = Person(r, r.choice(["de", "fr", "ie", "es", "it", "pl", "gr", "uk"]))
    d("PRIV-", str(r.randint(1000, 9999)), " Data subject access request (GDPR Art. 15)\nChannel: web form   Received: ", ts(r), "\n\n")
    d("Name: ", P(p.full), "\nEmail: ", EM(p.email(r)), "\nLoyalty no.: ", safe_digits(r, 9, "8"), "\nBooking refs mentioned: ", pnr(r), ", ", pnr(r), "\n")
    d("Identity check: ", r.choice(["passport copy received", "ID card copy received"]), " — document number ", PP(p, passport_no(r, p.o)), " matched to profile.\n")
    d("Systems to search: PNR archive, Meridia PMS, car rental CRM, insurance claims (", r.choice(["none found", "1 claim found — medical section to be reviewed by DPO"]), ").\n")
    d("Assigned: ", P(Person(r).full), "   Due: ", fmt_date(r, rdate(r)), "\n")
    return d, "ticket"


def t_assist_email(r, n):
    d = Doc()
    p = Person(r)
    hdr(d, r, [P(p.full), " <", EM(p.email(r)), ">"], [EM("assistance@meridianair.example.com")], "Travelling with oxygen / insulin — booking " + pnr(r))
    d("Hello,\n\nI'm flying on ", flight(r), " next month. I have ", DX(r.choice(["COPD", "type 1 diabetes", "pulmonary hypertension"])), " and use ", RX(r.choice(["insulin lispro", "tiotropium", "sildenafil"])),
      ". My doctor, Dr ", P(Person(r).family), ", has filled in the MEDIF (attached). Could you confirm I can bring my concentrator (",
      r.choice(["Inogen One G4", "SimplyGo Mini"]), ") on board?\n\nThank you,\n", P(p.given), "\n", PH(phone(r, p.o)), "\n")
    return d, "email"


# ================================================================ FREE TEXT / HTML
def t_itinerary_html(r, n):
    d = Doc()
    p = Person(r)
    d("<!DOCTYPE html>\n<html><head><title>Your itinerary ", pnr(r), "</title></head>\n<body>\n<h1>Bon voyage, ", P(p.given), "!</h1>\n")
    d("<table class=\"itin\">\n<tr><th>Flight</th><th>From</th><th>To</th><th>Departs</th><th>Seat</th></tr>\n")
    for _ in range(r.randint(2, 4)):
        a, b = r.sample(AIRPORTS, 2)
        d("<tr><td>", flight(r), "</td><td>", a[1], "</td><td>", b[1], "</td><td>", fmt_date(r, rdate(r), "dmon"), " ", hhmm(r), "</td><td>", "%d%s" % (r.randint(1, 60), r.choice("ACDF")), "</td></tr>\n")
    d("</table>\n<p>Traveller: <b>", P(p.full), "</b> &middot; Tier ", r.choice(TIERS), " &middot; e-ticket ", ticket_no(r), "</p>\n")
    if r.random() < 0.6:
        d("<p>Hotel: ", r.choice(OUR_HOTEL), " &mdash; conf. ", conf_no(r), "</p>\n")
    if r.random() < 0.5:
        d("<p>Car: pick-up at ", r.choice(["Charles de Gaulle T2", "John F. Kennedy International T4", "Jorge Chávez"]), ", voucher ", "MDR" + safe_digits(r, 8), "</p>\n")
    d("<footer>Sent to ", EM(p.email(r)), " &middot; <a href=\"https://meridian.example.com/privacy\">Privacy</a></footer>\n</body></html>\n")
    return d, "html"


def t_profile_html(r, n):
    d = Doc()
    p = Person(r)
    d("<div class=\"c360\">\n<h2>", P(p.full), "</h2>\n<dl>\n")
    d("<dt>Date of birth</dt><dd>", DOB(fmt_date(r, p.dob)), "</dd>\n<dt>Nationality</dt><dd>", p.ctry, "</dd>\n")
    d("<dt>Address</dt><dd>", AD(addr(r, p.o, multiline=True).replace("\n", "<br>\n")), "</dd>\n")
    d("<dt>Phone</dt><dd><a href=\"tel:", PH(re.sub(r"[^\d+]", "", phone(r, p.o))), "\">call</a></dd>\n")
    d("<dt>Travel document</dt><dd>", PP(p, passport_no(r, p.o)), " (", p.ctry, ")</dd>\n")
    d("<dt>Known traveller / Redress</dt><dd>", r.choice(["none", "KTN on file (masked) ••••" + rdig(r, 3)]), "</dd>\n")
    d("<dt>Tier</dt><dd>", r.choice(TIERS), "</dd>\n<dt>Last login IP</dt><dd>", IPA(ip(r)), "</dd>\n</dl>\n")
    d("<p class=\"note\">Prefers aisle; ", r.choice(["vegetarian meal (VGML)", "Hindu meal (HNML)", "kosher (KSML)"]), ".</p>\n</div>\n")
    return d, "html"


def t_newsletter_html(r, n):
    d = Doc()
    d("<html><body>\n<h1>Meridian Voyages — ", r.choice(["Spring", "Autumn"]), " ", str(r.randint(2025, 2026)), "</h1>\n")
    d("<p>Sail aboard the <i>", r.choice(SHIPS), "</i> from Southampton to New York, or join the <i>", r.choice(SHIPS), "</i> (", imo(r), ") for ", r.choice(HOLIDAYS), " in the Caribbean.</p>\n")
    d("<p>Fly in via ", r.choice(AIRPORTS)[1], " and stay at the ", r.choice(HOTELS), " — suites from ", money(r, "USD"), " per night.</p>\n")
    d("<p>Our partners ", r.choice(COMPANIES_PEOPLE), " and ", r.choice(COMPANIES_PEOPLE), " offer members ", str(r.randint(5, 30)), "% off. Promo code <code>", r.choice(["SAIL", "FLY", "STAY"]), str(r.randint(10, 99)), "</code>.</p>\n")
    d("<p>Status match: ", r.choice(TIERS), " members get ", r.choice(TIERS), " for 90 days. App version ", version_ip_like(r), ".</p>\n")
    d("<p style=\"font-size:9px\">Unsubscribe · Meridian Travel Group plc · Registered office 1 Dock Road, Cardiff.</p>\n</body></html>\n")
    return d, "html"


def t_health_advice(r, n):
    d = Doc()
    dest = r.choice(["Peru and Bolivia", "Kenya and Tanzania", "Indonesia", "Egypt and Morocco", "the Philippines", "Colombia"])
    d("Travel health advice — ", dest, "\n\n")
    d("Travellers ascending above 2,500 m can develop acute mountain sickness; acetazolamide is sometimes used for prevention. ")
    d("Malaria is present in parts of the region; speak to a travel clinic about atovaquone-proguanil or doxycycline. ")
    d("Dengue fever and chikungunya are spread by day-biting mosquitoes. Yellow fever vaccination may be required at ", r.choice(AIRPORTS)[1], ".\n")
    d("Deep vein thrombosis is a recognised risk on flights over 4 hours — so-called economy class syndrome. ")
    d("Travellers' diarrhoea affects up to 60% of visitors in some studies (Steffen et al., 2015). Carry oral rehydration salts.\n")
    d("This page is general information, not medical advice. Last reviewed ", fmt_date(r, rdate(r), "dmon"), ".\n")
    return d, "free_text"


def t_incident_narrative(r, n):
    d = Doc()
    p = Person(r); w = Person(r); s = Person(r)
    d("Incident narrative — ", r.choice(["Excursion coach", "Pool deck", "Hotel lobby", "Rental return lane"]), " — ", fmt_date(r, rdate(r), "long"), "\n\n")
    d("At approximately ", hhmm(r), " guest ", P(p.full), " (", r.choice(["cabin", "room"]), " ", str(r.randint(100, 9999)), ") slipped on the wet stairs near the ", r.choice(["Lido buffet", "Sakura restaurant", "Queen Mary Lounge"]), ". ")
    d("Security officer ", P(s.full), " attended and called the medical team. ")
    if r.random() < 0.7:
        d("The guest was assessed with ", DX(r.choice(["ankle sprain", "fractured left radius", "concussion", "a laceration to the scalp"])), " and given ", RX(r.choice(["ibuprofen", "paracetamol", "tramadol"])), ". ")
    else:
        d("The guest declined medical assessment and said they were 'fine, just a bit of a headache'. ")
    d("Witness ", P(w.full), " (", PH(phone(r, w.o)), ") stated the wet-floor sign had been removed. CCTV camera ", "CAM-", str(r.randint(10, 99)), " retained.\n")
    d("Report prepared by ", P(Person(r).full), ", Guest Services. Reference INC-", safe_digits(r, 6), ".\n")
    return d, "free_text"


def t_crew_onboarding(r, n):
    d = Doc()
    o = ["uk", "ca", "in", "sg", "ie", "de", "it", "es", "ph", "br", "fr", "us"][n % 12]
    p = Person(r, o)
    d("HR note — onboarding of ", P(p.full), " (", r.choice(["flight attendant", "sous-chef", "rental counter agent", "claims handler", "deck cadet"]), ", base ", r.choice(AIRPORTS)[0], ")\n\n")
    if o == "uk":
        d("Payroll details received: NI number ", E("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), ", bank ", E("UK_BANK_ACCOUNT", "%s-%s-%s %s" % (rdig(r, 2), rdig(r, 2), rdig(r, 2), rdig(r, 8))), ". ")
        d("Occupational health: no conditions declared. ")
    elif o == "ie":
        d("Payroll: IBAN ", IB(iban(r, "IE")), "; PPSN copy on file (not transcribed). ")
    elif o == "in":
        d("KYC for salary account: Aadhaar ", E("IN_AADHAAR", aadhaar(r)), " verified by OTP; an earlier typo (", bad_aadhaar(r), ") failed the checksum. ")
    elif o == "sg":
        d("CPF contributions set up under NRIC ", E("SG_NRIC", nric(r, r.choice("ST"))), ". ")
    elif o == "br":
        d("CPF do colaborador: ", E("BR_CPF", cpf(r)), " (o número ", bad_cpf(r), " informado antes era inválido). ")
    elif o == "es":
        d("Alta en Seguridad Social con DNI ", E("ES_DNI", dni(r)), "; the scan first read ", bad_dni(r), ", which has the wrong letter. ")
    elif o == "fr":
        d("Numéro de sécurité sociale : ", E("FR_NIR", nir(r, "2" if p.female else "1", p.dob)), ". ")
    elif o == "de":
        d("Steuer-ID ", E("DE_TAX_ID", steuer(r)), " an die Lohnbuchhaltung übermittelt; Steuerklasse ", r.choice(["I", "III", "IV"]), ". ")
    elif o == "it":
        d("Codice fiscale ", E("IT_FISCAL_CODE", codice_fiscale(p.given, p.family, p.dob, p.female)), " verificato. ")
    elif o == "ca":
        d("SIN ", E("CA_SIN", sin(r)), " provided for T4; the number on the old form (", bad_sin(r), ") was a typo. ")
    elif o == "us":
        d("I-9 completed; SSN ", E("US_SSN", ssn(r)), " entered in payroll, E-Verify case ", safe_digits(r, 13, "2"), ". Masked in HRIS as ***-**-", rdig(r, 4), ". ")
    else:
        d("SSS and PhilHealth numbers recorded in the HRIS (not transcribed here). Passport ", PP(p, passport_no(r, p.o)), " on file. ")
    d("Born ", DOB(fmt_date(r, p.dob, "long")), " in ", p.ctry, ". Emergency contact: ", P(Person(r, o).full), ", ", PH(phone(r, o)), ".\n")
    d("Uniform size ", r.choice(["S", "M", "L"]), "; locker ", str(r.randint(1, 400)), ". Start date ", fmt_date(r, rdate(r)), ".\n")
    return d, "free_text"


def t_press_release(r, n):
    d = Doc()
    d("PRESS RELEASE — ", fmt_date(r, rdate(r), "long"), "\n\n")
    d("Meridian Travel Group today announced a codeshare with ", r.choice(["Avianca", "LOT Polish Airlines", "Kenya Airways", "Garuda Indonesia"]), " from ", r.choice(AIRPORTS)[1], ", ")
    d("and the refit of the ", r.choice(SHIPS), " at the ", r.choice(["Harland & Wolff", "Fincantieri", "Meyer Werft"]), " yard. ")
    d("The group's hotels will partner with ", r.choice(COMPANIES_PEOPLE), " for amenities, and the rental arm adds 400 vehicles from ", r.choice(["Ferrari", "Ford", "Porsche", "Mercedes-Benz"]), ".\n")
    d("Bookings for ", r.choice(HOLIDAYS), " are up ", str(r.randint(3, 40)), "% year on year; revenue per available room rose to ", money(r, "USD"), ". ")
    d("Investor call at ", hhmm(r), " GMT; dial-in details on the investor site. Ticker MTG; ISIN code on file.\n")
    return d, "free_text"


def t_voyage_report(r, n):
    d = Doc()
    d("VOYAGE REPORT — ", r.choice(SHIPS).upper(), " — ", imo(r), "\n")
    d("Departed ", r.choice(["Southampton", "Yokohama", "Cartagena", "Piraeus"]), " ", hhmm(r), "LT (UTC", r.choice(["+1", "+9", "-5", "+3"]), "). Average speed ", "%.1f" % (14 + r.random() * 8), " kn, ")
    d("fuel ", str(r.randint(80, 300)), " t HFO. Containers of provisions ", iso6346(r), ", ", iso6346(r), " loaded at berth ", str(r.randint(1, 40)), ".\n")
    d("Pax on board ", str(r.randint(1500, 3800)), ", crew ", str(r.randint(800, 1400)), ". Medical centre: ", str(r.randint(3, 40)), " consultations, no notifiable outbreaks (GI cases below 2% threshold).\n")
    d("Next port ", r.choice(["Kusadasi", "Callao", "Mombasa", "Manila", "Cobh"]), ", ETA ", fmt_date(r, rdate(r), "dmon"), " ", hhmm(r), ". Pilot boarding at station ", r.choice("ABC"), str(r.randint(1, 9)), ".\n")
    d("Master's remarks: swell 2–3 m, stabilisers deployed; the 'Queen Mary' steakhouse reopened after refit.\n")
    return d, "free_text"


def t_md_table(r, n):
    d = Doc()
    d("## Group booking — ", r.choice(["Kyoto incentive trip", "Cartagena wedding", "Nairobi safari", "Kraków conference"]), "\n\n")
    d("| # | Name | DOB | Passport | Room | Dietary |\n|---|------|-----|----------|------|---------|\n")
    for i in range(r.randint(3, 6)):
        p = Person(r)
        d("| ", str(i + 1), " | ", P(p.full), " | ", DOB(fmt_date(r, p.dob, "iso")), " | ", PP(p, passport_no(r, p.o)) if r.random() < 0.8 else "pending", " | ",
          str(r.randint(101, 1200)), " | ", r.choice(["—", "vegan", "halal", "gluten-free", "no pork"]), " |\n")
    d("\nOrganiser: ", P(Person(r).full), " · deposit ", money(r), " received ", fmt_date(r, rdate(r)), ".\n")
    return d, "free_text"


def t_visa_note(r, n):
    d = Doc()
    p = Person(r, r.choice(["gh", "ke", "pk", "bd", "eg", "ma", "in", "pe", "co", "ph", "id", "tr"]))
    issuer = r.choice(["USA", "GBR", "JPN", "AUS", "CAN", "D<<", "FRA"])
    d("Visa check note — ", P(p.full), " travelling ", flight(r), "\n")
    d("Passport ", PP(p, passport_no(r, p.o)), " (", p.ctry, "). Visa foil MRZ as keyed by agent:\n")
    d(mrz_visa(r, p, issuer, (r.choice("ABCDEFGHJKLMNP") + safe_digits(r, 8))[:9], rdate(r, 2026, 2028)), "\n")
    d("Timatic: visa required, valid, entries M. Transit via ", r.choice(AIRPORTS)[1], " OK without visa. Checked by ", P(Person(r).given), " at ", hhmm(r), ".\n")
    return d, "free_text"


def t_figurative(r, n):
    d = Doc()
    v = n % 2
    if v == 0:
        d("Quarterly commentary — hotels\n\n")
        d("The market suffered a real depression in autumn bookings, and the new revenue tool gave the whole team a migraine. ")
        d("Parkinson's law applied to our renovation schedule: work expanded to fill the time available. ")
        d("Analysts compared the slump to the Great Depression, which was an exaggeration. Our ", r.choice(OUR_HOTEL), " nonetheless ran at ", str(r.randint(60, 95)), "% occupancy.\n")
        d("Trade shows: ", r.choice(["ITB Berlin", "WTM London", "FITUR Madrid"]), ", ", r.choice(HOLIDAYS), " promotions, and the ", r.choice(COMPANIES_PEOPLE), " partnership.\n")
    else:
        d("Research digest — aviation medicine\n\n")
        d("A 2023 cohort study of long-haul cabin crew found a higher incidence of deep vein thrombosis and migraine than in ground staff. ")
        d("Metformin and melatonin have both been studied for jet-lag adaptation, with mixed results. ")
        d("Cases of decompression sickness after diving remain the most common reason for in-flight medical consultation on Caribbean routes.\n")
        d("Reference: Aerospace Med Hum Perform ", str(r.randint(90, 96)), "(", str(r.randint(1, 12)), "):", str(r.randint(100, 900)), ". No patient data included.\n")
    return d, "free_text"


def t_fare_rules(r, n):
    d = Doc()
    fb = fare_basis(r)
    d("FARE RULES ", fb, " ", r.choice(AIRPORTS)[0], "-", r.choice(AIRPORTS)[0], " MR\n")
    d("01. ELIGIBILITY  NO RESTRICTIONS\n03. SEASONALITY  PERMITTED 01JAN THROUGH 31MAR\n")
    d("06. MINIMUM STAY  SAT NIGHT\n16. PENALTIES  CHANGES ANY TIME CHARGE ", money(r, "EUR"), " CANCEL NON-REFUNDABLE\n")
    d("    NO-SHOW FEE ", money(r, "USD"), ". TICKETS MUST BE ISSUED ON 057 OR 220 STOCK.\n")
    d("19. CHILDREN  75 PCT OF FARE. INFANT UNDER 2 WITHOUT SEAT 10 PCT.\n")
    d("ROE ", "%.6f" % (r.random() + 0.5), " NUC ", "%.2f" % (r.randint(100, 3000) + r.random()), " END\n")
    return d, "free_text"


def t_lost_found(r, n):
    d = Doc()
    d("LOST & FOUND REGISTER — ", r.choice(OUR_HOTEL + ["Terminal 2 Information Desk", "MV " + r.choice(SHIPS)]), "\n\n")
    for _ in range(r.randint(3, 6)):
        k = r.random()
        d(fmt_date(r, rdate(r), "iso"), " ", hhmm(r), "  ")
        if k < 0.35:
            p = Person(r)
            d("Wallet found in room ", str(r.randint(100, 1600)), "; contains ", r.choice(["driving licence", "passport", "ID card"]), " of ", P(p.full), "; guest contacted on ", PH(phone(r, p.o)), ".\n")
        elif k < 0.55:
            d("Phone charger, white, seat ", "%d%s" % (r.randint(1, 60), r.choice("ABCDEF")), " flight ", flight(r), ". Unclaimed.\n")
        elif k < 0.75:
            p = Person(r)
            d("Medication bag (", RX(r.choice(["insulin", "EpiPen", "salbutamol"])), ") left at pool bar, labelled for ", P(p.full), ". Sent to medical centre.\n")
        else:
            d("Sunglasses, Ray-Ban, found gate ", r.choice("ABCDEF"), str(r.randint(1, 60)), ". Tag LF-", safe_digits(r, 5), ".\n")
    return d, "free_text"


# ================================================================ more PII-free documents
def t_tier_rules(r, n):
    d = Doc()
    d("Meridian Miles — status tiers (effective ", fmt_date(r, rdate(r), "dmon"), ")\n\n")
    q = r.randint(20, 40)
    for i, t in enumerate(TIERS):
        d("- ", t, ": ", str(q * (i + 1) * 1000), " tier points or ", str(10 * (i + 1)), " segments; lounge access ", r.choice(["no", "yes", "yes + 1 guest"]), ".\n")
    d("\nPoints post within 72 hours of travel. Partner hotels (", r.choice(COMPANIES_PEOPLE), ", ", r.choice(HOTELS), ") earn 2 points per ", money(r, "USD")[:4].strip(), " spent.\n")
    d("Blackout dates: ", r.choice(HOLIDAYS), ", ", r.choice(HOLIDAYS), ". Field labels on the enrolment form: Full Name, Date Of Birth, Passport Number, Mobile Number.\n")
    return d, "free_text"


def t_excursions_html(r, n):
    d = Doc()
    d("<section class=\"excursions\">\n<h2>Shore excursions — ", r.choice(SHIPS), "</h2>\n<ul>\n")
    for _ in range(r.randint(3, 5)):
        d("<li><b>", r.choice(["Machu Picchu by rail", "Giza pyramids at dawn", "Hakone hot springs", "Masai Mara day safari", "Cartagena old town walk", "Ubud rice terraces", "Santorini caldera sail"]),
          "</b> — code ", r.choice(["LIM", "CAI", "HND", "NBO", "CTG", "DPS", "JTR"]), "-", str(r.randint(10, 99)), ", departs ", hhmm(r), ", ", money(r, "USD"), "</li>\n")
    d("</ul>\n<p>Guests with mobility restrictions should contact the Shore Excursions desk on Deck 5. Tours named after Queen Elizabeth and Charles de Gaulle are historical walks.</p>\n</section>\n")
    return d, "html"


def t_bag_stats(r, n):
    d = Doc()
    rows = [["station", "month", "bags_handled", "mishandled", "rate_per_1000", "top_cause", "worldtracer_prefix"]]
    for st in r.sample(AIRPORTS, 7):
        bh = r.randint(20000, 900000); mh = r.randint(50, 4000)
        rows.append([st[0], "2026-%02d" % r.randint(1, 12), str(bh), str(mh), "%.2f" % (mh * 1000 / bh), r.choice(["transfer", "tagging", "loading", "weather"]), st[0] + "MR"])
    csv_rows(d, rows)
    return d, "csv"


def t_fids_log(r, n):
    d = Doc()
    for _ in range(r.randint(6, 9)):
        a = r.choice(AIRPORTS)
        d(ts(r), " FIDS ", r.choice(["T1", "T2", "T3", "Int"]), " ", flight(r), " ", a[0], " \"", a[1], "\" STD ", hhmm(r), " ETD ", hhmm(r), " gate ", r.choice("ABCDEFGK"), str(r.randint(1, 80)),
          " belt ", str(r.randint(1, 20)), " status=", r.choice(["BOARDING", "DELAYED", "GATE CLOSED", "CANCELLED", "ON TIME"]), " node=", version_ip_like(r), "\n")
    return d, "log"


# ================================================================ registry / validation
REGISTRY = [
    (t_regcard, 3), (t_rental, 3), (t_customs, 3), (t_ins_claim, 4), (t_assist_form, 3), (t_blank_form, 3), (t_accident, 2), (t_kyc_cobrand, 10),
    (t_infirmary, 3), (t_inflight, 2), (t_discharge, 3), (t_lab, 2), (t_hl7, 3), (t_fhir, 3), (t_crew_medical, 3), (t_doctor_letter, 3), (t_fit_to_fly, 2),
    (t_pnr_json, 2), (t_apis_csv, 2), (t_loyalty, 2), (t_crew_roster, 2), (t_booking_ndjson, 3), (t_yaml_profile, 2), (t_fleet_csv, 2),
    (t_schedule_json, 2), (t_api_docs, 1), (t_claims_json, 2), (t_folio_csv, 1), (t_fx_csv, 1), (t_bag_tsv, 2), (t_rental_ndjson, 2),
    (t_config_yaml, 2), (t_cruise_manifest, 2), (t_bag_stats, 2),
    (t_kiosk_log, 2), (t_gate_log, 2), (t_access_log, 2), (t_payment_log, 2), (t_teletype, 3), (t_app_log_clean, 4), (t_pms_audit, 2),
    (t_acars, 3), (t_mrz_log, 3), (t_fids_log, 2),
    (t_res_email, 2), (t_complaint, 3), (t_chargeback_email, 2), (t_callcentre, 3), (t_whatsapp, 3), (t_lostbag_ticket, 3), (t_it_ticket, 2),
    (t_ops_email, 2), (t_crew_chat, 2), (t_dsar_ticket, 2), (t_assist_email, 1),
    (t_itinerary_html, 2), (t_profile_html, 2), (t_newsletter_html, 2), (t_excursions_html, 2), (t_health_advice, 2), (t_incident_narrative, 2),
    (t_crew_onboarding, 12), (t_press_release, 2), (t_voyage_report, 2), (t_md_table, 2), (t_visa_note, 2), (t_figurative, 2),
    (t_fare_rules, 2), (t_lost_found, 2), (t_tier_rules, 2),
]

ID_CHECKS = {
    "CREDIT_CARD": lambda v: luhn_ok(v) and re.sub(r"\D", "", v)[0] in "23456" and 13 <= len(re.sub(r"\D", "", v)) <= 19,
    "IBAN": iban_ok,
    "UK_NHS_NUMBER": nhs_ok,
    "IN_AADHAAR": lambda v: verhoeff_ok(re.sub(r"\D", "", v)) and len(re.sub(r"\D", "", v)) == 12,
    "BR_CPF": cpf_ok,
    "CA_SIN": lambda v: luhn_ok(v) and len(re.sub(r"\D", "", v)) == 9,
    "ES_DNI": lambda v: (lambda s: DNI_L[int(("XYZ".index(s[0]).__str__() + s[1:8]) if s[0] in "XYZ" else s[:8]) % 23] == s[-1])(v.replace("-", "")),
    "FR_NIR": lambda v: (lambda s: len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:]))(v.replace(" ", "")),
    "DE_TAX_ID": lambda v: (lambda s: len(s) == 11 and steuer_check(s[:10]) == s[10] and s[0] != "0")(v.replace(" ", "")),
    "SG_NRIC": lambda v: v == nric_fix(v),
    "US_SSN": lambda v: (lambda s: len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")(re.sub(r"\D", "", v)),
    "IT_FISCAL_CODE": lambda v: len(v) == 16 and chr(65 + sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(v[:15])) % 26) == v[15],
    "US_MBI": lambda v: re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d", v.replace("-", "")) is not None,
    "UK_NATIONAL_INSURANCE_NUMBER": lambda v: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v.replace(" ", "")) is not None,
}


def nric_fix(v):
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * w[i] for i, c in enumerate(v[1:8])) + (4 if v[0] in "TG" else 0)
    return v[:8] + ("JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK")[t % 11]


def leaks(text, ents):
    out = []
    def covered(a, b):
        return any(s < b and a < e for _, s, e in ents)
    for m in re.finditer(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\d])", text):
        v = m.group()
        if luhn_ok(v) and re.sub(r"\D", "", v)[0] in "23456" and not covered(*m.span()):
            out.append(("card", v))
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", text):
        if all(int(g) <= 255 for g in m.groups()) and not m.group().startswith(("127.", "0.0.0.0")) and not covered(*m.span()):
            out.append(("ip", m.group()))
    for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.-]+", text):
        if not covered(*m.span()):
            out.append(("email", m.group()))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if not covered(*m.span()):
            out.append(("ssn", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()) and not covered(*m.span()):
            out.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\d])\d{10}(?![\d])", text):
        if nhs_ok(m.group()) and not covered(*m.span()):
            out.append(("nhs", m.group()))
    for m in re.finditer(r"(?<![\d])[2-9]\d{11}(?![\d])|(?<![\d])[2-9]\d{3} \d{4} \d{4}(?![\d])", text):
        if verhoeff_ok(m.group().replace(" ", "")) and not covered(*m.span()):
            out.append(("aadhaar", m.group()))
    for m in re.finditer(r"(?<![\d])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d])|(?<![\d])\d{11}(?![\d])", text):
        if cpf_ok(m.group()) and not covered(*m.span()):
            out.append(("cpf", m.group()))
    return out


def validate(doc):
    text = doc["text"]
    prev_end = -1
    for e in doc["entities"]:
        s, t = e["start"], e["end"]
        v = text[s:t]
        assert t > s and v and v == v.strip(), (doc["id"], e, repr(v))
        assert s >= prev_end, (doc["id"], "overlap", e)
        prev_end = t
        chk = ID_CHECKS.get(e["type"])
        if chk:
            assert chk(v), (doc["id"], e["type"], v)
    lv = max([LEVEL[e["type"]] for e in doc["entities"]] or [0])
    assert doc["classification"] == LVNAME[lv]
    f = doc["format"]
    assert f in FORMATS, f
    if f in ("json", "fhir_json"):
        json.loads(text)
    elif f == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    elif f in ("csv", "tsv"):
        body = "\n".join(l for l in text.split("\n") if not l.startswith("#"))
        rows = [row for row in csv.reader(io.StringIO(body), delimiter="\t" if f == "tsv" else ",") if row]
        assert len({len(row) for row in rows}) == 1, (doc["id"], {len(row) for row in rows})
    elif f == "html":
        import html.parser
        html.parser.HTMLParser().feed(text)


def selftest():
    """checksum implementations against published examples"""
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000") and iban_ok("FR1420041010050500013M02606") is not None
    assert iban_ok("ES9121000418450200051332") and iban_ok("IT60X0542811101000000123456")
    assert es_ccc("2100", "0418", "0200051332") == "45"
    assert it_cin("0542811101000000123456") == "X"
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_gen("236") == "2363" and verhoeff_ok("2363")
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert DNI_L[12345678 % 23] == "Z"
    assert ID_CHECKS["FR_NIR"]("2 55 08 14 168 025 38")
    assert ID_CHECKS["DE_TAX_ID"]("86095742719")
    assert ID_CHECKS["IT_FISCAL_CODE"]("RSSMRA85T10A562S")
    assert nric_fix("S1234567D") == "S1234567D"
    assert ID_CHECKS["US_MBI"]("1EG4-TE5-MK73")
    assert mrz_cd("L898902C3") == "6" and mrz_cd("740812") == "2"  # ICAO 9303 specimen
    assert cf_part("Mario", True) == "MRA" and cf_part("Rossi", False) == "RSS"


def main():
    selftest()
    docs = []
    warn = []
    for fn, count in REGISTRY:
        tname = fn.__name__[2:]
        for i in range(count):
            r = random.Random("%s:%s:%d" % (SEED, tname, i))
            d, fmt = fn(r, i)
            text = d.text()
            ents = sorted(d.ents, key=lambda e: e[1])
            lv = max([LEVEL[t] for t, _, _ in ents] or [0])
            doc = {"id": "h17_%s-%d" % (tname, i), "text": text,
                   "entities": [{"type": t, "start": s, "end": e} for t, s, e in ents],
                   "classification": LVNAME[lv], "format": fmt}
            validate(doc)
            for lk in leaks(text, ents):
                warn.append((doc["id"], lk))
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    for w in warn:
        print("LEAK?", w, file=sys.stderr)
    tc = Counter(e["type"] for d in docs for e in d["entities"])
    fc = Counter(d["format"] for d in docs)
    cc = Counter(d["classification"] for d in docs)
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for d in docs if not d["entities"]))
    print("\nclassification:")
    for k, v in cc.most_common():
        print("  %-30s %d" % (k, v))
    print("\nformat:")
    for k, v in fc.most_common():
        print("  %-30s %d" % (k, v))
    print("\nentity type:")
    for k, v in tc.most_common():
        print("  %-30s %d" % (k, v))


if __name__ == "__main__":
    main()
