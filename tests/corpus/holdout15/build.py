#!/usr/bin/env python3
"""holdout15: independent PII/PHI evaluation corpus generator (stdlib only, deterministic).

Written from the public contract only (LABELS.md, PRIOR_CORPUS.md, BRIEF.md).
Theme: storage of a SaaS company ("Tillwave": online-store platform, support-desk product,
fitness/telehealth app "Tillwave Pulse") and of its customers.
"""
import csv, io, json, random, re, sys, unicodedata, collections, os

SEED = "holdout15/larch-quokka-5209"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout15.jsonl")

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
CLS = {3: "RESTRICTED", 2: "CONFIDENTIAL", 1: "INTERNAL", 0: "INTERNAL"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report "
              "hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------------------- builder
class Lab:
    def __init__(self, typ, v):
        assert typ in LEVEL, typ
        self.typ, self.v = typ, v

class Mix:
    def __init__(self, *parts):
        self.parts = parts
    def plain(self):
        return "".join(p if isinstance(p, str) else p.v for p in self.parts)

def L(typ, v):
    return Lab(typ, v)

class Doc:
    def __init__(self, fmt):
        assert fmt in FORMATS, fmt
        self.fmt = fmt
        self.buf = []
        self.n = 0
        self.ents = []
    def t(self, s):
        self.buf.append(s); self.n += len(s)
    def lab(self, typ, v):
        assert v and v == v.strip(), (typ, v)
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(v)})
        self.t(v)
    def __call__(self, *items):
        for it in items:
            self.put(it)
        return self
    def put(self, it, esc=None):
        if it is None:
            return
        if isinstance(it, str):
            self.t(esc(it) if esc else it)
        elif isinstance(it, Lab):
            if esc:
                assert esc(it.v) == it.v, it.v
            self.lab(it.typ, it.v)
        elif isinstance(it, Mix):
            for p in it.parts:
                self.put(p, esc)
        elif isinstance(it, (list, tuple)):
            for p in it:
                self.put(p, esc)
        else:
            self.t(str(it))
    def text(self):
        return "".join(self.buf)

def plain(v):
    if isinstance(v, Lab):
        return v.v
    if isinstance(v, Mix):
        return v.plain()
    return v

# JSON emitter that records spans of labelled string values
def _jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jemit(d, obj, indent=2, level=0, sep=(", ", ": ")):
    if isinstance(obj, (Lab, Mix)) or isinstance(obj, str):
        d.t('"'); d.put(obj, _jstr); d.t('"')
    elif isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if indent is not None:
                d.t("\n" + " " * (indent * (level + 1)))
            d.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jemit(d, v, indent, level + 1, sep)
            if i < len(items) - 1:
                d.t("," if indent is not None else sep[0])
        if indent is not None:
            d.t("\n" + " " * (indent * level))
        d.t("}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]"); return
        d.t("[")
        for i, v in enumerate(obj):
            if indent is not None:
                d.t("\n" + " " * (indent * (level + 1)))
            jemit(d, v, indent, level + 1, sep)
            if i < len(obj) - 1:
                d.t("," if indent is not None else sep[0])
        if indent is not None:
            d.t("\n" + " " * (indent * level))
        d.t("]")
    else:
        d.t(json.dumps(obj))

def csvrow(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        p = plain(c)
        p = "" if p is None else str(p)
        need = sep in p or '"' in p or "\n" in p
        if need:
            assert '"' not in p
            d.t('"'); d.put(c); d.t('"')
        else:
            d.put(c if not isinstance(c, (int, float)) else str(c))
    d.t("\n")

# ----------------------------------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s) is not None and iban_mod(s) == 1

def make_iban(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    return cc + "%02d" % chk + bban

def nhs_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = 11 - s % 11
    if c == 11: c = 0
    return None if c == 10 else c

def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == int(s[9])

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in s if ch.isdigit()])):
        c = VD[c][VP[i % 8][x]]
    return c == 0

def verhoeff_digit(s):
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in s])):
        c = VD[c][VP[(i + 1) % 8][x]]
    return VINV[c]

def cpf_digits(d9):
    ds = [int(c) for c in d9]
    s = sum(x * (10 - i) for i, x in enumerate(ds)); r = s * 10 % 11; r = 0 if r == 10 else r
    ds.append(r)
    s = sum(x * (11 - i) for i, x in enumerate(ds)); r2 = s * 10 % 11; r2 = 0 if r2 == 10 else r2
    return "%d%d" % (r, r2)

def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m: return False
    n = int(("XYZ".index(m.group(1)) if m.group(1) else "") .__str__() + m.group(2)) if m.group(1) else int(m.group(2))
    return DNI_L[n % 23] == m.group(3)

def nir_ok(s):
    s = s.replace(" ", "")
    if len(s) != 15 or not s.isdigit(): return False
    return 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(d10):
    p = 10
    for c in d10:
        s = (int(c) + p) % 10
        if s == 0: s = 10
        p = s * 2 % 11
    c = 11 - p
    return 0 if c == 10 else c

def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0": return False
    cnt = collections.Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1): return False
    return steuer_check(s[:10]) == int(s[10])

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65
def cf_check(s15):
    t = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s15))
    return chr(65 + t % 26)
def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def nric_letter(prefix, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(d7, w)) + (4 if prefix in "TG" else 0)
    r = s % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]
def nric_ok(s):
    return len(s) == 9 and nric_letter(s[0], s[1:8]) == s[8]

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = "NAXNAXNAANN"
    for c, k in zip(s, cls):
        if k == "N" and not c.isdigit(): return False
        if k == "A" and c not in MBI_L: return False
        if k == "X" and not (c.isdigit() or c in MBI_L): return False
    return s[0] != "0"

NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m: return False
    a, b = m.group(1), m.group(2)
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in NINO_BAD_PREFIX

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, sr = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"

def sin_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)

VALIDATORS = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": verhoeff_ok,
              "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok,
              "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
              "US_SSN": ssn_ok, "CA_SIN": sin_ok}

def dni_ok(s):  # noqa: F811  (clean version)
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m: return False
    num = (str("XYZ".index(m.group(1))) if m.group(1) else "") + m.group(2)
    return DNI_L[int(num) % 23] == m.group(3)
VALIDATORS["ES_DNI"] = dni_ok

# ----------------------------------------------------------------------------------------- value generators
def rot(r, seq, k=0):
    """deterministic rotation over seq by render index (coverage of every country/type)"""
    return seq[(getattr(r, "n", 0) + k) % len(seq)]

def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def gen_card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa": p, n = "4" + digits(r, 5), 16
    elif kind == "mc": p, n = str(r.randint(51, 55)) + digits(r, 4), 16
    elif kind == "mc2": p, n = str(r.randint(2221, 2720)) + digits(r, 2), 16
    elif kind == "amex": p, n = r.choice(["34", "37"]) + digits(r, 4), 15
    else: p, n = "6011" + digits(r, 2), 16
    while True:
        num = luhn_complete(p + digits(r, n - len(p) - 1))
        if num not in ("4242424242424242",):
            break
    if n == 15:
        sty = r.choice(["{} {} {}", "{}-{}-{}", "{}{}{}"])
        return sty.format(num[:4], num[4:10], num[10:])
    sty = r.choice([" ", "-", ""])
    return sty.join(num[i:i + 4] for i in range(0, 16, 4))

def bad_card(r):
    while True:
        num = "4" + digits(r, 15)
        if not luhn_ok(num):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))

def fr_rib_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)

def es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        v = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return "%d%d" % (dc("00" + bank + branch), dc(acct))

def gen_iban(r, cc=None, spaced=None):
    cc = cc or r.choice(["DE", "GB", "IE", "FR", "ES", "IT", "NL", "AT", "PT", "BE", "CH", "BR"])
    if cc == "DE": b = digits(r, 18)
    elif cc == "GB": b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digits(r, 14)
    elif cc == "IE": b = r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 14)
    elif cc == "FR":
        bank, br, ac = digits(r, 5), digits(r, 5), digits(r, 11); b = bank + br + ac + fr_rib_key(bank, br, ac)
    elif cc == "ES":
        bank, br, ac = digits(r, 4), digits(r, 4), digits(r, 10); b = bank + br + es_ccc(bank, br, ac) + ac
    elif cc == "IT": b = r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(r, 10) + digits(r, 12)
    elif cc == "NL": b = r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(r, 10)
    elif cc == "AT": b = digits(r, 16)
    elif cc == "PT": b = digits(r, 21)
    elif cc == "BE":
        while True:
            a = digits(r, 10)
            k = int(a) % 97 or 97
            b = a + "%02d" % k
            break
    elif cc == "CH": b = digits(r, 17)
    else: b = digits(r, 23) + "C1"
    ib = make_iban(cc, b)
    assert iban_ok(ib)
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib

def bad_iban(r, cc="DE"):
    ib = gen_iban(r, cc, spaced=False)
    ch = ib[:2] + "%02d" % ((int(ib[2:4]) + r.randint(1, 9)) % 100) + ib[4:]
    if iban_ok(ch):
        return bad_iban(r, cc)
    return " ".join(ch[i:i + 4] for i in range(0, len(ch), 4))

def gen_ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a == 666: continue
        s = "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))
        if s.replace(sep, "") not in ("078051120", "123456789", "219099999"):
            return s

def gen_nhs(r):
    while True:
        d9 = str(r.randint(4, 6)) + digits(r, 8)
        c = nhs_check(d9)
        if c is not None:
            s = d9 + str(c)
            return r.choice(["{} {} {}", "{}-{}-{}", "{}{}{}"]).format(s[:3], s[3:6], s[6:])

def bad_nhs(r):
    while True:
        d9 = str(r.randint(4, 6)) + digits(r, 8)
        c = nhs_check(d9)
        if c is not None:
            s = d9 + str((c + 1 + r.randint(0, 7)) % 10)
            if not nhs_ok(s):
                return "%s %s %s" % (s[:3], s[3:6], s[6:])

def gen_aadhaar(r):
    d = str(r.randint(2, 9)) + digits(r, 10)
    s = d + str(verhoeff_digit(d))
    assert verhoeff_ok(s)
    return r.choice(["{} {} {}", "{}-{}-{}", "{}{}{}"]).format(s[:4], s[4:8], s[8:])

def bad_aadhaar(r):
    d = str(r.randint(2, 9)) + digits(r, 10)
    s = d + str((verhoeff_digit(d) + r.randint(1, 9)) % 10)
    assert not verhoeff_ok(s)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])

def gen_cpf(r, fmt=True):
    while True:
        d = digits(r, 9)
        if len(set(d)) > 1: break
    s = d + cpf_digits(d)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s

def bad_cpf(r):
    d = digits(r, 9); c = cpf_digits(d)
    s = d + c[0] + str((int(c[1]) + 3) % 10)
    assert not cpf_ok(s)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

def gen_dni(r, nie=None):
    if nie is None: nie = r.random() < 0.35
    if nie:
        p = r.choice("XYZ"); d = digits(r, 7)
        s = p + d + DNI_L[int(str("XYZ".index(p)) + d) % 23]
        return r.choice([s, s[0] + "-" + s[1:8] + "-" + s[8]])
    d = digits(r, 8)
    s = d + DNI_L[int(d) % 23]
    return r.choice([s, s, d + "-" + s[-1]])

def bad_dni(r):
    d = digits(r, 8)
    good = DNI_L[int(d) % 23]
    return d + r.choice([c for c in DNI_L if c != good])

def gen_nir(r, sex=None, yy=None, mm=None):
    sex = sex or r.choice("12")
    yy = yy if yy is not None else r.randint(50, 99)
    mm = mm or r.randint(1, 12)
    dept = "%02d" % r.choice([13, 31, 33, 35, 38, 44, 59, 67, 69, 75, 75, 92, 93, 94, 6, 34])
    body = "%s%02d%02d%s%03d%03d" % (sex, yy % 100, mm, dept, r.randint(1, 990), r.randint(1, 999))
    key = 97 - int(body) % 97
    s = body + "%02d" % key
    if r.random() < 0.6:
        return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]])
    return s

def bad_nir(r):
    s = gen_nir(r).replace(" ", "")
    k = (int(s[13:]) + 11) % 97 or 3
    s2 = s[:13] + "%02d" % k
    assert not nir_ok(s2)
    return " ".join([s2[0], s2[1:3], s2[3:5], s2[5:7], s2[7:10], s2[10:13], s2[13:]])

def gen_steuer(r):
    while True:
        first = str(r.randint(1, 9))
        pool = [c for c in "0123456789"]
        ds = [first]
        used = {first}
        # 9 more digits: one digit twice, rest distinct
        rest = [c for c in pool if c != first]
        r.shuffle(rest)
        ten = [first] + rest[:8]
        dup = r.choice(ten)
        ten.insert(r.randint(1, len(ten)), dup)
        s10 = "".join(ten)
        if s10[0] == "0": continue
        s = s10 + str(steuer_check(s10))
        if steuer_ok(s):
            return r.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])

def bad_steuer(r):
    s = gen_steuer(r).replace(" ", "")
    s2 = s[:10] + str((int(s[10]) + 4) % 10)
    assert not steuer_ok(s2)
    return s2

BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273",
            "Firenze": "D612", "Bologna": "A944", "Bari": "A662", "Genova": "D969", "Verona": "L781"}

def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def _cf_part(name, is_first):
    n = re.sub(r"[^A-Z]", "", ascii_fold(name).upper())
    cons = [c for c in n if c not in "AEIOU"]
    vow = [c for c in n if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]

def gen_cf(first, last, y, m, dd, female, city):
    s = _cf_part(last, False) + _cf_part(first, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (dd + (40 if female else 0)) + BELFIORE[city]
    return s + cf_check(s)

def bad_cf(cf):
    c = chr(65 + (ord(cf[15]) - 65 + 7) % 26)
    return cf[:15] + c

def gen_nric(r, prefix=None):
    prefix = prefix or r.choice("STST" + "FG")
    d = digits(r, 7)
    return prefix + d + nric_letter(prefix, d)

def bad_nric(r):
    s = gen_nric(r, "S")
    return s[:8] + ("A" if s[8] != "A" else "B")

def gen_mbi(r, dashed=None):
    cls = "NAXNAXNAANN"
    out = []
    for i, k in enumerate(cls):
        if k == "N": out.append(str(r.randint(1 if i == 0 else 0, 9)))
        elif k == "A": out.append(r.choice(MBI_L))
        else: out.append(r.choice(MBI_L + "0123456789"))
    s = "".join(out)
    if dashed is None: dashed = r.random() < 0.5
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s

def gen_nino(r):
    A = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    B = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        p = r.choice(A) + r.choice(B)
        if p not in NINO_BAD_PREFIX: break
    s = p + digits(r, 6) + r.choice("ABCD")
    return r.choice([s, "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])])

def gen_sin(r):
    while True:
        s = luhn_complete(str(r.randint(1, 7)) + digits(r, 7))
        if sin_ok(s):
            return r.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (s[:3], s[3:6], s[6:])

def bad_sin(r):
    while True:
        s = str(r.randint(1, 7)) + digits(r, 8)
        if not luhn_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])

def gen_us_passport(r):
    return r.choice([digits(r, 9), r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)]) if r.random() < 0.5 else \
        str(r.randint(5, 6)) + digits(r, 8)

UPP = "ABCDEFGHJKLMNPRSTUVWXYZ"
def gen_passport(r, cc):
    if cc == "GB": return str(r.randint(1, 5)) + digits(r, 8)
    if cc == "DE": return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "FR": return digits(r, 2) + r.choice(UPP) + r.choice(UPP) + digits(r, 5)
    if cc == "ES": return r.choice(["PA", "PB", "XD", "AA"]) + r.choice(UPP) + digits(r, 6)
    if cc == "IT": return r.choice(UPP) + r.choice(UPP) + digits(r, 7)
    if cc == "IN": return r.choice("JKLMNPRSTVWZ") + digits(r, 7)
    if cc == "BR": return r.choice(["FZ", "GA", "GB", "YB"]) + digits(r, 6)
    if cc == "CA": return r.choice(["AK", "GM", "HP", "P"]) .ljust(2, "A") + digits(r, 6)
    if cc == "AU": return r.choice(["PA", "PB", "N", "R"]) + digits(r, 7)
    if cc == "NZ": return r.choice(["LA", "LH", "RA"]) + digits(r, 6)
    if cc == "SG": return r.choice("EK") + digits(r, 7) + r.choice(UPP)
    if cc == "JP": return r.choice(["TK", "TR", "MZ", "TZ"]) + digits(r, 7)
    if cc == "NG": return r.choice("AB") + digits(r, 8)
    if cc == "ZA": return r.choice(["A", "M", "T"]) + digits(r, 8)
    if cc == "IE": return r.choice(["PA", "PB", "PD", "LF"]) + digits(r, 7)
    raise KeyError(cc)

def gen_us_dl(r, st):
    if st == "CA": return r.choice(UPP) + digits(r, 7)
    if st == "FL":
        s = r.choice(UPP) + digits(r, 12); return "%s-%s-%s-%s-%s" % (s[:4], s[4:7], s[7:9], s[9:12], s[12:])
    if st == "TX": return digits(r, 8)
    if st == "NY": s = digits(r, 9); return r.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])])
    if st == "IL": s = r.choice(UPP) + digits(r, 11); return "%s-%s-%s" % (s[:4], s[4:8], s[8:])
    if st == "WA": return "WDL" + "".join(r.choice(UPP + "0123456789") for _ in range(9))
    if st == "PA": s = digits(r, 8); return "%s %s %s" % (s[:2], s[2:5], s[5:])
    if st == "MI": s = r.choice(UPP) + digits(r, 12); return "%s %s %s %s %s" % (s[0], s[1:4], s[4:7], s[7:10], s[10:])
    if st == "NJ": s = r.choice(UPP) + digits(r, 14); return "%s %s %s" % (s[:5], s[5:10], s[10:])
    if st == "OH": return r.choice(UPP) + r.choice(UPP) + digits(r, 6)
    if st == "GA": return digits(r, 9)
    if st == "AZ": return r.choice("ABDY") + digits(r, 8)
    if st == "MA": return "S" + digits(r, 8)
    if st == "CO": s = digits(r, 9); return "%s-%s-%s" % (s[:2], s[2:5], s[5:])
    if st == "MN": return r.choice(UPP) + digits(r, 12)
    if st == "OR": return digits(r, 7)
    if st == "NC": return digits(r, 12)
    raise KeyError(st)

STATE_NAMES = {"CA": "California", "FL": "Florida", "TX": "Texas", "NY": "New York", "IL": "Illinois",
               "WA": "Washington", "PA": "Pennsylvania", "MI": "Michigan", "NJ": "New Jersey", "OH": "Ohio",
               "GA": "Georgia", "AZ": "Arizona", "MA": "Massachusetts", "CO": "Colorado", "MN": "Minnesota",
               "OR": "Oregon", "NC": "North Carolina"}

def gen_foreign_dl(r, cc, last="SMITH", first="J"):
    if cc == "GB":
        sur = (re.sub(r"[^A-Z]", "", ascii_fold(last).upper()) + "99999")[:5]
        return sur + digits(r, 6) + ascii_fold(first)[0].upper() + r.choice(UPP) + str(r.randint(1, 9)) + r.choice(UPP) + r.choice(UPP)
    if cc == "IE": return digits(r, 3) + digits(r, 3) + digits(r, 3)
    if cc == "AU": return digits(r, 8)
    if cc == "NZ": return r.choice(UPP) + r.choice(UPP) + digits(r, 6)
    if cc == "CA":
        s = r.choice(UPP) + digits(r, 14); return "%s-%s-%s" % (s[:5], s[5:10], s[10:])
    if cc == "IN": return r.choice(["MH12", "KA03", "DL04", "TN09"]) + " " + str(r.randint(2008, 2021)) + digits(r, 7)
    if cc == "BR": return digits(r, 11)
    if cc == "DE": return r.choice(UPP) + digits(r, 3) + r.choice(UPP) + r.choice(UPP) + r.choice(UPP) + digits(r, 1) + r.choice(UPP) + digits(r, 2)
    if cc == "FR": return digits(r, 2) + r.choice(UPP) + r.choice(UPP) + digits(r, 5) + digits(r, 3)
    if cc == "ES": return gen_dni(r, nie=False)
    if cc == "IT": return r.choice(["U1", "MI", "RM"]) + digits(r, 7) + r.choice(UPP)
    if cc == "NG": return "".join(r.choice(UPP) for _ in range(3)) + digits(r, 5) + r.choice(UPP) + r.choice(UPP) + digits(r, 2)
    if cc == "ZA": return digits(r, 10) + r.choice(UPP) + r.choice(UPP)
    if cc == "JP": return digits(r, 12)
    if cc == "SG": return gen_nric(r)
    raise KeyError(cc)

# ----------------------------------------------------------------------------------------- people
NAMES = {
    "US": (["Brayden", "Kaylee", "DeShawn", "Marisol", "Tucker", "Jolene", "Everett", "Lakisha", "Sawyer", "Wren"],
           ["Kowalczyk", "Washington", "Delacroix-Pruitt", "Halvorsen", "McAllister", "Okafor-Bell", "Yazzie", "Trujillo", "Abernathy", "Szymanski"]),
    "CA": (["Élodie", "Gabriel", "Mathis", "Maëlle", "Connor", "Nakoda", "Siobhan", "Rémi"],
           ["Tremblay", "Gagnon", "Bouchard-Lévesque", "Desjardins", "Nguyen", "Okimaw", "St-Pierre", "MacIsaac"]),
    "GB": (["Harriet", "Callum", "Priyanka", "Rhys", "Imogen", "Tobias", "Niamh", "Oluwaseun"],
           ["Ashworth", "Pemberton", "Featherstonehaugh", "Braithwaite", "Chaudhry", "Pryce-Jones", "Whitlock", "Ogunleye"]),
    "IE": (["Aoife", "Cathal", "Saoirse", "Oisín", "Caoimhe", "Tadhg", "Róisín", "Donncha"],
           ["Ó Súilleabháin", "Mac Cárthaigh", "Ní Dhomhnaill", "Breathnach", "O'Rourke", "Fitzgerald", "Mag Uidhir", "Ó Gallchóir"]),
    "AU": (["Lachlan", "Matilda", "Jarrah", "Sienna", "Kirra", "Angus", "Tahlia", "Bodhi"],
           ["Whitehouse", "Papadopoulos", "Nguyen-Tran", "McInerney", "Kowalski", "Djerrkura", "Pham", "Galbraith"]),
    "NZ": (["Aroha", "Wiremu", "Mereana", "Tamati", "Ngaio", "Hemi", "Anahera", "Rawiri"],
           ["Te Whata", "Ngata", "Parata-Goodall", "Tuhiwai", "Fa'afoi", "Henare", "Rangihuna", "Kereama"]),
    "IN": (["Aarav", "Ishita", "Venkatesh", "Lakshmi", "Harpreet", "Rohan", "Devika", "Sreenivas"],
           ["Raghunathan", "Chattopadhyay", "Kulkarni", "Venkataraman", "Deshpande", "Iyengar", "Bhattacharjee", "Gill"]),
    "SG": (["Wei Ling", "Jun Jie", "Siti Nurhaliza", "Muthu", "Hui Min", "Kai Xuan", "Aisyah", "Darren"],
           ["Tan", "Lim", "binte Rahmat", "Subramaniam", "Ong", "Goh", "Chua", "Teo"]),
    "BR": (["João Pedro", "Thaís", "Caetano", "Luana", "Iara", "Gustavo", "Marília", "Raimundo"],
           ["da Conceição", "dos Santos Albuquerque", "Guimarães", "Figueiredo", "Nogueira", "de Souza Lima", "Carvalho", "Brandão"]),
    "DE": (["Jürgen", "Annegret", "Malte", "Friederike", "Lennart", "Wiebke", "Torben", "Hannelore"],
           ["Großkopf", "von der Heyde", "Schwarzenberger", "Möllendorf", "Kühnle", "Brüggemann", "Wachtveitl", "Oßwald"]),
    "FR": (["Anaïs", "Gaëtan", "Solène", "Loïc", "Capucine", "Baptiste", "Clémence", "Thibault"],
           ["Lefèvre", "de La Rochefoucauld", "Dubois-Renard", "Garnier", "Le Goff", "Chevallier", "Bérard", "N'Diaye"]),
    "ES": (["Itziar", "Iñaki", "Begoña", "Joaquín", "Nerea", "Álvaro", "Montserrat", "Xabier"],
           ["García-Etxeberria", "Fernández de Córdoba", "Olabarrieta", "Muñoz", "Sánchez Vidal", "Puigdomènech", "Echániz", "Bermúdez"]),
    "IT": (["Giuseppina", "Matteo", "Ludovica", "Pierluigi", "Chiara", "Gianmarco", "Ornella", "Tommaso"],
           ["Esposito", "D'Alessandro", "Lo Russo", "Bianchi", "Santangelo", "De Luca", "Fumagalli", "Capasso"]),
    "NG": (["Chukwuemeka", "Ngozi", "Oluwafemi", "Aisha", "Babajide", "Chiamaka", "Ifeoluwa", "Musa"],
           ["Okonkwo", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Abubakar", "Ogunbiyi", "Olawale-Bassey"]),
    "ZA": (["Thandiwe", "Sipho", "Lerato", "Pieter", "Nomvula", "Riaan", "Zanele", "Bongani"],
           ["Mthembu", "van der Merwe", "Dlamini", "Botha", "Ndlovu", "Pretorius", "Khumalo", "du Plessis"]),
    "JP": (["Haruto", "Yui", "Sōta", "Aoi", "Ren", "Mei", "Kaito", "Hinata"],
           ["Takahashi", "Watanabe", "Yamaguchi", "Ishikawa", "Fujimoto", "Kobayashi", "Matsumoto", "Nishimura"]),
}
SYL = ["ka", "vo", "ri", "zu", "mel", "dra", "tos", "ny", "bel", "quo", "fen", "yr", "ash", "lu", "ot", "gri", "sa", "vex", "ol", "ind"]
COUNTRIES = list(NAMES)

def invented(r):
    return "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()

FEMALE = set("Kaylee Marisol Jolene Lakisha Wren Élodie Maëlle Siobhan Harriet Priyanka Imogen Niamh Aoife Saoirse Caoimhe "
             "Róisín Matilda Sienna Kirra Tahlia Aroha Mereana Ngaio Anahera Ishita Lakshmi Devika Harpreet Aisyah Thaís Luana "
             "Iara Marília Annegret Friederike Wiebke Hannelore Anaïs Solène Capucine Clémence Itziar Begoña Nerea Montserrat "
             "Giuseppina Ludovica Chiara Ornella Ngozi Aisha Chiamaka Ifeoluwa Thandiwe Lerato Nomvula Zanele Yui Aoi Mei Hinata".split())
FEMALE |= {"Wei Ling", "Siti Nurhaliza", "Hui Min"}

class P:
    pass

MAIL_DOM = {"US": ["gmail.com", "yahoo.com", "icloud.com", "comcast.net"], "CA": ["sympatico.ca", "videotron.ca", "gmail.com"],
            "GB": ["btinternet.com", "outlook.co.uk", "gmail.com"], "IE": ["eircom.net", "gmail.com"],
            "AU": ["bigpond.com", "optusnet.com.au"], "NZ": ["xtra.co.nz", "gmail.com"], "IN": ["rediffmail.com", "gmail.com"],
            "SG": ["singnet.com.sg", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
            "FR": ["orange.fr", "laposte.net", "free.fr"], "ES": ["telefonica.net", "gmail.com"], "IT": ["libero.it", "virgilio.it"],
            "NG": ["yahoo.com", "gmail.com"], "ZA": ["telkomsa.net", "mweb.co.za"], "JP": ["docomo.ne.jp", "yahoo.co.jp"]}

def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())

def person(r, cc=None, invent=None):
    p = P()
    p.cc = cc or r.choice(COUNTRIES)
    gl, fl = NAMES[p.cc]
    if invent is None:
        invent = r.random() < 0.15
    p.first = invented(r) if invent and r.random() < 0.5 else r.choice(gl)
    p.last = invented(r) if invent else r.choice(fl)
    p.female = p.first in FEMALE or (p.first not in gl and r.random() < 0.5)
    if p.cc in ("SG",) and p.last in ("Tan", "Lim", "Ong", "Goh", "Chua", "Teo"):
        p.full = p.last + " " + p.first
    elif p.cc == "JP" and r.random() < 0.3:
        p.full = p.last + " " + p.first
    else:
        p.full = p.first + " " + p.last
    y = r.randint(1948, 2004); m = r.randint(1, 12); dd = r.randint(1, 28)
    p.y, p.m, p.d = y, m, dd
    u = r.random()
    p.email = (slug(p.first)[:12] + r.choice([".", "_", ""]) + slug(p.last)[:14] + (str(r.randint(1, 99)) if u < 0.4 else "")
               + "@" + r.choice(MAIL_DOM[p.cc]))
    p.phone = phone(r, p.cc)
    p.addr = address(r, p.cc)
    return p

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def dob(p, style):
    y, m, d = p.y, p.m, p.d
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y), "eu": "%02d/%02d/%04d" % (d, m, y),
            "dot": "%02d.%02d.%04d" % (d, m, y), "long": "%s %d, %d" % (MONTHS[m - 1], d, y),
            "uk": "%d %s %d" % (d, MONTHS[m - 1], y), "hl7": "%04d%02d%02d" % (y, m, d),
            "short": "%d %s %d" % (d, MONTHS[m - 1][:3], y), "jp": "%04d/%02d/%02d" % (y, m, d)}[style]

def phone(r, cc):
    D = lambda n: digits(r, n)
    if cc in ("US", "CA"):
        ac = r.choice(["212", "415", "312", "617", "206", "512", "303", "404", "305", "702"] if cc == "US" else ["416", "604", "514", "403", "613", "902"])
        ex = str(r.randint(2, 9)) + D(2); ln = D(4)
        return r.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s.%s.%s"]) % (ac, ex, ln)
    if cc == "GB": return r.choice(["+44 7%s %s" % (str(r.randint(4, 9)) + D(2), D(6)), "07%s %s" % (str(r.randint(4, 9)) + D(2), D(6)), "020 %s %s" % (r.choice("378") + D(3), D(4))])
    if cc == "IE": return r.choice(["+353 8%s %s %s" % (r.choice("3579"), D(3), D(4)), "01 %s %s" % (D(3), D(4))])
    if cc == "AU": return r.choice(["+61 4%s %s %s" % (D(2), D(3), D(3)), "04%s %s %s" % (D(2), D(3), D(3)), "(02) 9%s %s" % (D(3), D(4))])
    if cc == "NZ": return r.choice(["+64 21 %s %s" % (D(3), D(4)), "021 %s %s" % (D(3), D(4)), "(09) %s %s" % (r.choice("3456") + D(2), D(4))])
    if cc == "IN": return r.choice(["+91 %s %s" % (r.choice("6789") + D(4), D(5)), "+91-%s" % (r.choice("789") + D(9)), "0%s %s" % (r.choice("789") + D(4), D(5))])
    if cc == "SG": return r.choice(["+65 %s %s" % (r.choice("89") + D(3), D(4)), "%s %s" % (r.choice("689") + D(3), D(4))])
    if cc == "BR": return r.choice(["+55 11 9%s-%s" % (D(4), D(4)), "(21) 9%s-%s" % (D(4), D(4)), "+55 (31) 9%s %s" % (D(4), D(4))])
    if cc == "DE": return r.choice(["+49 151 %s" % D(8), "+49 30 %s %s" % (D(4), D(4)), "0176 %s %s" % (D(3), D(5)), "089 %s-%s" % (D(4), D(3))])
    if cc == "FR": return r.choice(["+33 6 %s %s %s %s" % (D(2), D(2), D(2), D(2)), "06 %s %s %s %s" % (D(2), D(2), D(2), D(2)), "01.%s.%s.%s.%s" % (D(2), D(2), D(2), D(2))])
    if cc == "ES": return r.choice(["+34 6%s %s %s" % (D(2), D(3), D(3)), "91 %s %s %s" % (D(3), D(2), D(2))])
    if cc == "IT": return r.choice(["+39 3%s %s %s" % (r.choice("2345") + D(1), D(3), D(4)), "06 %s %s" % (D(4), D(4))])
    if cc == "NG": return r.choice(["+234 80%s %s %s" % (r.choice("3678"), D(3), D(4)), "0803 %s %s" % (D(3), D(4))])
    if cc == "ZA": return r.choice(["+27 8%s %s %s" % (r.choice("234"), D(3), D(4)), "021 %s %s" % (D(3), D(4))])
    if cc == "JP": return r.choice(["+81 90-%s-%s" % (D(4), D(4)), "090-%s-%s" % (D(4), D(4)), "03-%s-%s" % (D(4), D(4))])
    raise KeyError(cc)

def address(r, cc, multiline=False):
    """returns list of lines"""
    n = r.randint(2, 480)
    if cc == "US":
        st = r.choice(["Maple Ave", "W Division St", "Sycamore Ln", "NE Alberta St", "Old Post Rd", "Calle Ocho", "Magnolia Blvd"])
        unit = r.choice(["", ", Apt 4C", " #12", ", Unit 210", ", Ste 300"])
        city = r.choice([("Chicago", "IL", "606"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Tucson", "AZ", "857"),
                         ("Savannah", "GA", "314"), ("Burlington", "VT", "054"), ("Boise", "ID", "837")])
        return ["%d %s%s" % (n * 7, st, unit), "%s, %s %s%s" % (city[0], city[1], city[2], digits(r, 2))]
    if cc == "CA":
        c = r.choice([("%d Rue Saint-Denis, app. %d" % (n * 3, r.randint(1, 12)), "Montréal (Québec)  H2X %s%s%s" % (r.randint(1, 9), r.choice("ABCEGHJ"), r.randint(1, 9))),
                      ("%d Bathurst St, Unit %d" % (n * 5, r.randint(100, 900)), "Toronto, ON M5R %s%s%s" % (r.randint(1, 9), r.choice("ABCEGHJ"), r.randint(1, 9))),
                      ("%d Jasper Ave NW" % (n * 20), "Edmonton, AB T5J %s%s%s" % (r.randint(1, 9), r.choice("KLMN"), r.randint(1, 9)))])
        return list(c)
    if cc == "GB":
        st = r.choice(["Kingsley Road", "Mafeking Terrace", "Church Lane", "Wellington Street", "Bramley Close"])
        tw = r.choice([("Leeds", "LS6 %d%s%s"), ("Bristol", "BS7 %d%s%s"), ("Glasgow", "G12 %d%s%s"), ("Norwich", "NR2 %d%s%s")])
        pc = tw[1] % (r.randint(1, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ"), r.choice("ABDEFGHJLNPQRSTUWXYZ"))
        pre = r.choice(["", "Flat %d, " % r.randint(1, 9)])
        return ["%s%d %s" % (pre, r.randint(1, 140), st), tw[0], pc]
    if cc == "IE":
        return ["%d %s" % (r.randint(1, 90), r.choice(["Ashgrove Terrace", "Bóthar na Trá", "Glenageary Park", "Mill Road"])),
                r.choice(["Ballincollig, Co. Cork P31 ", "Salthill, Galway H91 ", "Dún Laoghaire, Co. Dublin A96 "]) +
                r.choice("CDEFHKNPRTVWXY") + str(r.randint(1, 9)) + r.choice("CDEFHKNPRTVWXY") + str(r.randint(1, 9))]
    if cc == "AU":
        return ["%s%d %s" % (r.choice(["", "Unit %d/" % r.randint(1, 20)]), r.randint(2, 300), r.choice(["Parramatta Rd", "Brunswick St", "Coronation Dr", "Hay St"])),
                r.choice(["Annandale NSW 2038", "Fitzroy VIC 3065", "Toowong QLD 4066", "Subiaco WA 6008"])]
    if cc == "NZ":
        return ["%d %s" % (r.randint(2, 200), r.choice(["Ponsonby Road", "Cuba Street", "Riccarton Road", "Tui Crescent"])),
                r.choice(["Grey Lynn, Auckland 1021", "Te Aro, Wellington 6011", "Riccarton, Christchurch 8011"])]
    if cc == "IN":
        return ["Flat %d, %s" % (r.randint(101, 904), r.choice(["Sai Krupa Apartments", "Prestige Shantiniketan", "Lodha Palava"])),
                r.choice(["12th Cross, Indiranagar", "Baner Road, Baner", "Anna Salai, Teynampet"]),
                r.choice(["Bengaluru 560038", "Pune 411045", "Chennai 600018"])]
    if cc == "SG":
        b = r.randint(100, 699)
        return ["Blk %d %s" % (b, r.choice(["Ang Mo Kio Ave 10", "Tampines St 81", "Jurong West St 42"])),
                "#%02d-%d" % (r.randint(2, 20), r.randint(10, 999)), "Singapore %d%03d" % (r.randint(46, 64), b)]
    if cc == "BR":
        return ["%s, %d, apto %d" % (r.choice(["Rua Augusta", "Av. Sete de Setembro", "Rua dos Inconfidentes"]), r.randint(10, 2500), r.randint(11, 904)),
                r.choice(["Consolação, São Paulo - SP", "Centro, Salvador - BA", "Savassi, Belo Horizonte - MG"]),
                "%05d-%03d" % (r.randint(10000, 99999), r.randint(0, 999))]
    if cc == "DE":
        return ["%s %d%s" % (r.choice(["Schönhauser Allee", "Hauptstraße", "Am Weidendamm", "Königsberger Str."]), r.randint(1, 180), r.choice(["", "a", "b"])),
                r.choice(["10439 Berlin", "80331 München", "50667 Köln", "20095 Hamburg"])]
    if cc == "FR":
        return ["%d%s %s" % (r.randint(1, 90), r.choice(["", " bis", " ter"]), r.choice(["rue des Tanneurs", "avenue Jean-Jaurès", "impasse du Moulin", "quai de la Fosse"])),
                r.choice(["67000 Strasbourg", "69007 Lyon", "44000 Nantes", "13001 Marseille"])]
    if cc == "ES":
        return ["%s %d, %dº %s" % (r.choice(["Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución"]), r.randint(1, 400), r.randint(1, 9), r.choice("ABCD")),
                r.choice(["28028 Madrid", "08013 Barcelona", "41001 Sevilla", "48005 Bilbao"])]
    if cc == "IT":
        return ["%s %d" % (r.choice(["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille"]), r.randint(1, 200)),
                r.choice(["40124 Bologna BO", "20121 Milano MI", "80134 Napoli NA", "00184 Roma RM"])]
    if cc == "NG":
        return ["%d %s" % (r.randint(1, 60), r.choice(["Adeola Odeku Street", "Awolowo Road", "Ahmadu Bello Way"])),
                r.choice(["Victoria Island, Lagos 101241", "Ikoyi, Lagos 106104", "Garki, Abuja 900103"])]
    if cc == "ZA":
        return ["%d %s" % (r.randint(1, 200), r.choice(["Kloof Street", "Jan Smuts Avenue", "Florida Road"])),
                r.choice(["Gardens, Cape Town, 8001", "Parktown, Johannesburg, 2193", "Morningside, Durban, 4001"])]
    if cc == "JP":
        return ["%d-%d-%d %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), r.choice(["Jingumae", "Nishi-Shinjuku", "Umeda", "Sakae"])),
                r.choice(["Shibuya-ku, Tokyo 150-0001", "Shinjuku-ku, Tokyo 160-0023", "Kita-ku, Osaka 530-0001", "Naka-ku, Nagoya 460-0008"])]
    raise KeyError(cc)

def addr1(p, sep=", "):
    return sep.join(p.addr)

# ----------------------------------------------------------------------------------------- clinical
DX = ["type 2 diabetes mellitus", "essential hypertension", "asthma", "migraine without aura", "hypothyroidism",
      "gastro-oesophageal reflux disease", "plantar fasciitis", "generalized anxiety disorder", "major depressive disorder",
      "paroxysmal atrial fibrillation", "iron deficiency anaemia", "polycystic ovary syndrome", "obstructive sleep apnoea",
      "anterior cruciate ligament tear", "rotator cuff tendinopathy", "plaque psoriasis", "atopic dermatitis",
      "hyperlipidaemia", "Hashimoto's thyroiditis", "irritable bowel syndrome", "gout", "lumbar disc herniation",
      "Lyme disease", "endometriosis", "coeliac disease", "Achilles tendinopathy", "exercise-induced bronchoconstriction",
      "prediabetes", "Graves' disease", "sciatica"]
DX_F = {"polycystic ovary syndrome", "endometriosis"}
MED = ["metformin", "lisinopril", "atorvastatin", "levothyroxine", "sertraline", "escitalopram", "salbutamol", "albuterol",
       "montelukast", "omeprazole", "sumatriptan", "amlodipine", "apixaban", "naproxen", "prednisolone", "Ozempic",
       "semaglutide", "ferrous sulfate", "metoprolol", "cetirizine", "losartan", "fluticasone", "adalimumab",
       "methotrexate", "bupropion", "colchicine", "Wegovy", "doxycycline", "propranolol", "Synthroid"]
DX_MED = {"type 2 diabetes mellitus": "metformin", "essential hypertension": "amlodipine", "asthma": "salbutamol",
          "migraine without aura": "sumatriptan", "hypothyroidism": "levothyroxine", "gastro-oesophageal reflux disease": "omeprazole",
          "generalized anxiety disorder": "escitalopram", "major depressive disorder": "sertraline",
          "paroxysmal atrial fibrillation": "apixaban", "iron deficiency anaemia": "ferrous sulfate", "hyperlipidaemia": "atorvastatin",
          "Hashimoto's thyroiditis": "levothyroxine", "gout": "colchicine", "Lyme disease": "doxycycline", "plaque psoriasis": "methotrexate",
          "exercise-induced bronchoconstriction": "albuterol", "prediabetes": "metformin", "Graves' disease": "propranolol",
          "plantar fasciitis": "naproxen", "sciatica": "naproxen", "atopic dermatitis": "cetirizine", "lumbar disc herniation": "naproxen"}

def dx_for(r, p):
    while True:
        d = r.choice(DX)
        if d in DX_F and not p.female: continue
        return d

def med_for(r, d):
    return DX_MED.get(d) or r.choice(MED)

def gen_mrn(r):
    return r.choice(["PUL-%07d" % r.randint(0, 9999999), "%08d" % r.randint(10000000, 99999999), "TW%s" % digits(r, 9),
                     "M%s-%s" % (digits(r, 3), digits(r, 4))])

def gen_hpid(r):
    return r.choice(["%s%s" % ("".join(r.choice(UPP) for _ in range(3)), digits(r, 9)), "W%s" % digits(r, 9),
                     "%s-%s-%s" % (digits(r, 3), digits(r, 3), digits(r, 3)) + r.choice(["01", "02"]), "ZGP" + digits(r, 8)])

# ----------------------------------------------------------------------------------------- hard negatives
HEX = "0123456789abcdef"
def hexs(r, n): return "".join(r.choice(HEX) for _ in range(n))
def uuid(r): h = hexs(r, 32); return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])
def b64(r, n): return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))
def b64u(r, n): return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))
def jwt(r): return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + b64u(r, 86) + "." + b64u(r, 43)
def apikey(r, pre="sk_test_"): return pre + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(24))
def ver4(r): return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 255), r.randint(100, 250))
def semver(r): return "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 40), r.randint(0, 30))
def mac(r): return ":".join(hexs(r, 2) for _ in range(6))
def oid(r): return "1.3.6.1.4.1.%d.%d.%d" % (r.randint(1000, 60000), r.randint(1, 9), r.randint(1, 99))
def pod(r, svc):
    a = "bcdfghjklmnpqrstvwxz2456789"
    return "%s-%s-%s" % (svc, "".join(r.choice(a) for _ in range(r.choice([9, 10]))), "".join(r.choice(a) for _ in range(5)))
def sha(r): return hexs(r, 40)
def ts_iso(r): return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
def ts_clf(r): return "%02d/%s/2025:%02d:%02d:%02d +0000" % (r.randint(1, 28), r.choice(["Jan", "Mar", "Jun", "Sep", "Nov"]), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
def ts_sys(r): return "%s %2d %02d:%02d:%02d" % (r.choice(["Feb", "Apr", "Jul", "Oct"]), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
def epoch(r): return str(r.randint(1704067200, 1767225599))
def order_no(r): return "#%d" % r.randint(100000, 999999)
def inv_no(r): return "INV-2025-%05d" % r.randint(1, 99999)
def sku(r): return "%s-%s-%s" % (r.choice(["TSH", "MAT", "BTL", "KB", "RLR"]), r.choice(["BLK", "OLV", "XL", "M"]), digits(r, 3))
def tracking(r): return r.choice(["1Z%s%s" % ("".join(r.choice(UPP) for _ in range(6)), digits(r, 10)), "9400 1%s %s %s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 2))])
def masked(r): return r.choice(["**** %s", "•••• %s", "XXXX-XXXX-XXXX-%s", "411111******%s", "ending in %s"]) % digits(r, 4)
def money(r): return r.choice(["$%d.%02d", "€%d,%02d", "£%d.%02d", "R$ %d,%02d", "¥%d%02d", "₹%d.%02d"]) % (r.randint(3, 4999), r.randint(0, 99))
TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "4000 0000 0000 0002", "4111 1111 1111 1111"]

def doc_ip(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv", "pub", "v6"])
    if kind == "doc":
        return r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randint(1, 254)
    if kind == "priv":
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])
    if kind == "pub":
        return "%d.%d.%d.%d" % (r.choice([81, 86, 101, 118, 145, 177, 185, 196, 41, 49]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))

# ========================================================================================= templates
X = Lab
T = []
def tpl(count, fmt, bucket):
    def deco(fn):
        T.append((fn.__name__[2:], fn, count, fmt, bucket)); return fn
    return deco

PASS_LABEL = {"GB": "Passport No.", "DE": "Reisepassnummer", "FR": "N° de passeport", "ES": "Nº de pasaporte",
              "IT": "Numero passaporto", "BR": "Número do passaporte", "IN": "Passport No", "JP": "Passport No. / 旅券番号",
              "CA": "Passport number / Numéro de passeport", "AU": "Passport number", "NZ": "Passport number",
              "SG": "Passport No.", "NG": "International Passport No.", "ZA": "Passport number", "IE": "Passport No. / Uimhir Phas"}
CNAME = {"GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain", "IT": "Italy", "BR": "Brazil", "IN": "India",
         "JP": "Japan", "CA": "Canada", "AU": "Australia", "NZ": "New Zealand", "SG": "Singapore", "NG": "Nigeria",
         "ZA": "South Africa", "IE": "Ireland", "US": "United States"}

def national_id(r, p):
    """(label, Lab) for the person's country, or None"""
    cc = p.cc
    if cc == "GB": return ("National Insurance number", X("UK_NATIONAL_INSURANCE_NUMBER", gen_nino(r)))
    if cc == "DE": return ("Steuerliche Identifikationsnummer", X("DE_TAX_ID", gen_steuer(r)))
    if cc == "FR": return ("N° de sécurité sociale (NIR)", X("FR_NIR", gen_nir(r, "2" if p.female else "1", p.y, p.m)))
    if cc == "ES": return ("DNI/NIE", X("ES_DNI", gen_dni(r)))
    if cc == "IT":
        return ("Codice fiscale", X("IT_FISCAL_CODE", gen_cf(p.first, p.last, p.y, p.m, p.d, p.female, r.choice(list(BELFIORE)))))
    if cc == "CA": return ("SIN / NAS", X("CA_SIN", gen_sin(r)))
    if cc == "BR": return ("CPF", X("BR_CPF", gen_cpf(r)))
    if cc == "IN": return ("Aadhaar", X("IN_AADHAAR", gen_aadhaar(r)))
    if cc == "SG": return ("NRIC/FIN", X("SG_NRIC", gen_nric(r)))
    if cc == "US": return ("SSN", X("US_SSN", gen_ssn(r)))
    return None

@tpl(6, "form", "forms")
def t_merchant_kyc(r):
    cc = rot(r, ["IN", "JP", "GB", "NG", "ZA", "SG", "FR", "DE", "IT", "ES", "BR", "IE", "AU", "NZ", "CA"])
    p = person(r, cc)
    d = Doc("form")
    store = r.choice(["Kōji & Co Ceramics", "Wild Fern Apothecary", "Bramble Bikes", "Loja Cantinho Verde", "Fermenterie Lyonnaise"])
    d("TILLWAVE COMMERCE — MERCHANT VERIFICATION (KYC)\nCase: KYC-%s    Queue: payouts-eu    Submitted: %s\n\n" % (digits(r, 6), ts_iso(r)))
    d("Store name ............ %s\nStore ID .............. st_%s\n\n" % (store, hexs(r, 12)))
    d("1. Beneficial owner\n   Legal name: ", X("PERSON", p.full), "\n   Date of birth: ", X("DATE_OF_BIRTH", dob(p, r.choice(["eu", "iso", "uk"]))),
      "\n   Nationality: %s\n" % CNAME[cc])
    d("   Residential address:\n      ", X("ADDRESS", "\n      ".join(p.addr)), "\n")
    d("   Mobile: ", X("PHONE", p.phone), "    E-mail: ", X("EMAIL", p.email), "\n\n")
    d("2. Identity document\n   Document type: Passport\n   %s: " % PASS_LABEL[cc], X("PASSPORT", gen_passport(r, cc)),
      "\n   Issuing country: %s\n   Expiry: %d-%02d-%02d\n   MRZ check: passed (score %.2f)\n" % (CNAME[cc], r.randint(2026, 2034), r.randint(1, 12), r.randint(1, 28), r.random()))
    nid = national_id(r, p)
    if nid:
        d("   %s: " % nid[0], nid[1], "\n")
    d("\n3. Reviewer notes\n   Selfie liveness %s; device fingerprint %s.\n" % (r.choice(["ok", "retry x2"]), hexs(r, 16)))
    return d

@tpl(4, "form", "forms")
def t_us_merchant_dl(r):
    p = person(r, "US", invent=r.random() < 0.3)
    st = r.choice(list(STATE_NAMES))
    d = Doc("form")
    d("Seller identity check (US)\n==========================\n")
    d("First name:  ", X("PERSON", p.first), "\nLast name:   ", X("PERSON", p.last), "\n")
    d("DOB:         ", X("DATE_OF_BIRTH", dob(p, "us")), "\n")
    d("Home address:", " ", X("ADDRESS", addr1(p)), "\n")
    if r.random() < 0.5:
        d("Document:    Driver License — issuing state %s\nLicense #:   " % STATE_NAMES[st], X("DRIVER_LICENSE", gen_us_dl(r, st)), "\n")
    else:
        d("Document:    %s DL\nDL number:   " % st, X("DRIVER_LICENSE", gen_us_dl(r, st)), "  (state: %s)\n" % st)
    d("SSN (last 4 only): ***-**-%s\n" % digits(r, 4))
    if r.random() < 0.5:
        d("Tax ID for 1099-K: ", X("US_SSN", gen_ssn(r)), "\n")
    else:
        d("Backup: U.S. passport no. ", X("US_PASSPORT", gen_us_passport(r)), "\n")
    d("Decision: %s  reviewer=%s\n" % (r.choice(["APPROVED", "NEEDS_INFO"]), r.choice(["kyc-bot", "rules-v%s" % semver(r)])))
    return d

@tpl(4, "form", "forms")
def t_intl_dl(r):
    cc = rot(r, ["GB", "IE", "AU", "NZ", "CA", "IN", "BR", "DE", "FR", "IT", "NG", "ZA", "JP"])
    p = person(r, cc)
    lab = {"GB": "Driving licence number (DVLA)", "IE": "Licence number (NDLS)", "AU": "Driver licence no. (NSW)",
           "NZ": "NZ driver licence number", "CA": "Ontario driver's licence no.", "IN": "Driving Licence No.",
           "BR": "CNH nº registro", "DE": "Führerscheinnummer", "FR": "N° de permis de conduire", "IT": "Numero patente",
           "NG": "FRSC driver's licence no.", "ZA": "Driving licence no.", "JP": "Driver's license (運転免許証) no."}[cc]
    d = Doc("form")
    d("Courier partner onboarding — %s\n\n" % CNAME[cc])
    d("Full name: ", X("PERSON", p.full), "\n")
    d("Born: ", X("DATE_OF_BIRTH", dob(p, r.choice(["eu", "short", "uk"]))), "\n")
    d(lab + ": ", X("DRIVER_LICENSE", gen_foreign_dl(r, cc, p.last, p.first)), "\n")
    d("Vehicle: %s  plate on file\nContact: " % r.choice(["bicycle", "scooter", "van"]), X("PHONE", p.phone), "\n")
    d("Depot: %s  Shift pattern: %s\n" % (r.choice(["LDN-04", "DUB-02", "SYD-11"]), r.choice(["4x10", "5x8"])))
    return d

@tpl(3, "form", "forms")
def t_payout_bank(r):
    d = Doc("form")
    kind = r.choice(["uk_one", "uk_sep", "iban"])
    p = person(r, "GB" if kind != "iban" else r.choice(["DE", "FR", "ES", "IT", "IE"]))
    d("Payout destination update\nMerchant: %s Ltd   Account: acct_%s\n\n" % (p.last.split()[0], hexs(r, 14)))
    d("Account holder: ", X("PERSON", p.full), "\n")
    if kind == "uk_one":
        sc = "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
        d("Sort code / account: ", X("UK_BANK_ACCOUNT", sc + " " + digits(r, 8)), "\n")
    elif kind == "uk_sep":
        d("Sort code: %02d-%02d-%02d\n" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)))
        d("Account number: ", X("UK_BANK_ACCOUNT", digits(r, 8)), "\n")
    else:
        d("IBAN: ", X("IBAN", gen_iban(r, p.cc if p.cc in ("DE", "FR", "ES", "IT", "IE") else "DE")), "\nBIC: %s\n" % r.choice(["DEUTDEFF", "BNPAFRPP", "CAIXESBB", "UNCRITMM", "AIBKIE2D"]))
    d("Previous destination: %s\n" % r.choice(["•••• 4471", "IBAN ending 0032", "sort code ending 19"]))
    d("Requested from IP: ", X("IP_ADDRESS", doc_ip(r, "pub")), " at %s\n" % ts_iso(r))
    d("Step-up: SMS OTP to ", X("PHONE", p.phone), " — verified\n")
    return d

@tpl(5, "form", "forms")
def t_telehealth_intake(r):
    cc = rot(r, ["US", "GB", "US", "CA", "US", "AU"])
    p = person(r, cc)
    d = Doc("form")
    dx = dx_for(r, p); med = med_for(r, dx)
    d("Tillwave Pulse · Virtual visit intake\n--------------------------------------\n")
    d("Patient name  | ", X("PERSON", p.full), "\n")
    d("Date of birth | ", X("DATE_OF_BIRTH", dob(p, "us" if cc == "US" else "eu")), "\n")
    d("Mobile        | ", X("PHONE", p.phone), "\n")
    if cc == "US":
        if r.n % 4 == 0:
            d("Insurance     | Medicare Part B\nMBI           | ", X("US_MBI", gen_mbi(r)), "\n")
        else:
            d("Insurance     | %s PPO\nMember ID     | " % r.choice(["Aetna", "Cigna", "BlueCross BlueShield", "UnitedHealthcare"]), X("HEALTH_PLAN_ID", gen_hpid(r)),
              "\nGroup #       | %s\n" % digits(r, 6))
    elif cc == "GB":
        d("NHS number    | ", X("UK_NHS_NUMBER", gen_nhs(r)), "\n")
    elif cc == "CA":
        d("Provincial health card | %s-%s-%s (OHIP, not stored in full)\n" % ("XXXX", "XXX", digits(r, 3)))
    else:
        d("Medicare card | on file (masked)\n")
    d("Reason for visit | follow-up for ", X("DIAGNOSIS", dx), "\n")
    d("Current medications | ", X("MEDICATION", med), " %s\n" % r.choice(["10 mg daily", "500 mg BID", "as needed", "50 mcg mane"]))
    d("Allergies | %s\n" % r.choice(["NKDA", "penicillin (rash)", "none known"]))
    d("Family history | %s\n" % r.choice(["none reported", "father — not known", "declined to answer"]))
    d("Consent to treat via video | Yes   Signed: %s\n" % ts_iso(r))
    return d

@tpl(3, "form", "forms")
def t_blank_form(r):
    d = Doc("form")
    d(r.choice(["MERCHANT VERIFICATION FORM (TEMPLATE v%s)" % semver(r), "Patient Intake — Blank", "New Starter Details (print & sign)"]) + "\n\n")
    for lab in r.sample(["Full Name", "Date Of Birth", "Passport Number", "Driver License Number", "Home Address", "Email Address",
                         "Phone Number", "National Insurance Number", "Social Security Number", "IBAN", "Sort Code", "Member ID",
                         "Medical Record Number", "Diagnosis", "Current Medications", "Emergency Contact"], 10):
        d("%s: %s\n" % (lab, r.choice(["______________________", "[            ]", "", "(required)", "<enter value>"])))
    d("\nForm ID %s · Revision %s · Printed %s\n" % (uuid(r), ver4(r), ts_iso(r)))
    return d

@tpl(5, "form", "forms")
def t_hr_new_starter(r):
    cc = rot(r, ["DE", "FR", "IT", "GB", "ES", "BR", "SG", "IN", "CA"])
    p = person(r, cc)
    d = Doc("form")
    d("Tillwave People Ops — new starter (%s entity)\n\n" % CNAME[cc])
    d("Employee: ", X("PERSON", p.full), "    Start date: 2025-%02d-01\n" % r.randint(1, 12))
    d("Date of birth: ", X("DATE_OF_BIRTH", dob(p, "dot" if cc == "DE" else "eu")), "\n")
    nid = national_id(r, p)
    d("%s: " % nid[0], nid[1], "\n")
    d("Personal e-mail: ", X("EMAIL", p.email), "\n")
    d("Address: ", X("ADDRESS", addr1(p)), "\n")
    if cc == "GB":
        d("Bank: sort code ", X("UK_BANK_ACCOUNT", "%02d-%02d-%02d %s" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99), digits(r, 8))), "\n")
    elif cc in ("DE", "FR", "IT", "ES"):
        d("IBAN: ", X("IBAN", gen_iban(r, cc)), "\n")
    d("Laptop asset: MBP-%s  (Wi-Fi MAC %s)\n" % (digits(r, 5), mac(r)))
    return d

@tpl(2, "form", "forms")
def t_kyc_declined(r):
    d = Doc("form")
    d("ID verification result — DECLINED\nReference: idv_%s\n\n" % hexs(r, 20))
    kind = r.choice(["nhs", "cpf", "aadhaar", "dni", "nir", "steuer", "nric", "sin"])
    val = {"nhs": bad_nhs, "cpf": bad_cpf, "aadhaar": bad_aadhaar, "dni": bad_dni, "nir": bad_nir, "steuer": bad_steuer,
           "nric": bad_nric, "sin": bad_sin}[kind](r)
    d("Document type: %s\nValue entered: %s\nReason: check digit mismatch (%s)\n" % (kind.upper(), val, r.choice(["E_CHECKSUM", "E_FORMAT"])))
    d("Card on file: %s   Test card used in sandbox: %s\n" % (masked(r), r.choice(TEST_CARDS)))
    d("Name on document: [REDACTED]   DOB: **/**/19**\n")
    d("Retry allowed: yes (attempt %d of 3)\n" % r.randint(1, 2))
    return d

# ---------------------------------------------------------------- clinical
CLIN = ["Dr. Amara Okoye", "Dr. Henrik Solvang", "Dr. Priya Raman", "Dr. Tomás Echevarría", "Dr. Mei-Lin Hsu", "Dr. Fionnuala Kearney"]
def clin(r):
    n = r.choice(CLIN); return n[4:]

@tpl(4, "clinical_note", "clinical")
def t_soap(r):
    p = person(r, r.choice(["US", "GB", "IE", "AU", "NZ", "CA", "SG", "ZA"]))
    dx = dx_for(r, p); med = med_for(r, dx)
    neg = r.choice([x for x in DX if x != dx])
    d = Doc("clinical_note")
    d("TELEHEALTH VISIT — SOAP\nPatient: ", X("PERSON", p.full), "   MRN: ", X("MEDICAL_RECORD_NUMBER", gen_mrn(r)),
      "   DOB: ", X("DATE_OF_BIRTH", dob(p, "us" if p.cc == "US" else "eu")), "\n")
    d("Clinician: Dr. ", X("PERSON", clin(r)), "   Visit: video, %s min   Session %s\n\n" % (r.randint(9, 40), uuid(r)))
    d("S: %d y/o reports %s. Wearable shows resting HR %d bpm, sleep %.1f h. Known " % (2025 - p.y, r.choice(["worsening symptoms over 2 weeks", "good adherence", "missed doses while travelling"]), r.randint(52, 96), r.uniform(4, 8)),
      X("DIAGNOSIS", dx), ". Denies chest pain. No history of %s.\n" % neg)
    d("O: BP %d/%d, SpO2 %d%%. Weight trend from app: %+.1f kg/4 wk.\n" % (r.randint(105, 160), r.randint(60, 99), r.randint(93, 100), r.uniform(-3, 3)))
    d("A: ", X("DIAGNOSIS", dx), r.choice([", stable.", ", suboptimally controlled.", " — improving."]), " %s ruled out.\n" % neg.capitalize())
    d("P: continue ", X("MEDICATION", med), " %s; " % r.choice(["10 mg", "500 mg", "50 mcg", "20 mg"]))
    if r.random() < 0.6:
        m2 = r.choice([m for m in MED if m != med])
        d("add ", X("MEDICATION", m2), " PRN. ")
    d("Labs via partner lab. Follow-up in %d weeks. Callback: " % r.randint(2, 12), X("PHONE", p.phone), "\n")
    return d

@tpl(3, "clinical_note", "clinical")
def t_visit_summary(r):
    p = person(r, r.choice(["US", "CA", "GB", "IN", "SG", "NG"]))
    dx = dx_for(r, p); med = med_for(r, dx)
    d = Doc("clinical_note")
    d("Your visit summary (Tillwave Pulse)\n\nHi ", X("PERSON", p.first), ",\n\n")
    d("Thanks for your appointment on %s with Dr. " % r.choice(["Tuesday", "12 March", "2025-06-04"]), X("PERSON", clin(r)), ".\n")
    d("What we discussed: your ", X("DIAGNOSIS", dx), ".\n")
    d("Prescription sent to %s pharmacy: " % r.choice(["Walgreens #%d" % r.randint(1000, 19999), "Boots", "Shoppers Drug Mart", "Guardian"]),
      X("MEDICATION", med), " — take as directed. Refills: %d.\n" % r.randint(0, 3))
    d("Workout plan adjusted: cap intensity at zone %d for %d days.\n" % (r.randint(2, 3), r.randint(5, 14)))
    d("Record number: ", X("MEDICAL_RECORD_NUMBER", gen_mrn(r)), "\nQuestions? Reply in app or call our nurse line ", X("PHONE", phone(r, p.cc)), ".\n")
    return d

@tpl(3, "clinical_note", "clinical")
def t_prescription(r):
    p = person(r, r.choice(["US", "US", "GB", "AU"]))
    dx = dx_for(r, p); med = med_for(r, dx)
    d = Doc("clinical_note")
    d("eRx %s\nPrescriber: " % ("RX" + digits(r, 10)), X("PERSON", clin(r)), ", MD   NPI %s  DEA %s%s\n" % ("1" + digits(r, 9), r.choice(["AB", "FK", "MR"]), digits(r, 7)))
    d("Patient: ", X("PERSON", p.last.upper() + ", " + p.first), "  DOB ", X("DATE_OF_BIRTH", dob(p, "us")), "\n")
    d("Address: ", X("ADDRESS", addr1(p)), "\n")
    d("Rx: ", X("MEDICATION", med), " %s tab, #%d, sig: 1 PO %s\n" % (r.choice(["5 mg", "25 mg", "500 mg", "40 mg"]), r.choice([30, 60, 90]), r.choice(["daily", "BID", "qHS"])))
    d("Indication: ", X("DIAGNOSIS", dx), " (ICD-10 %s)\n" % r.choice(["E11.9", "I10", "J45.909", "G43.009", "E03.9", "K21.9", "F41.1"]))
    d("NDC %s-%s-%s   Substitution permitted\n" % (digits(r, 5), digits(r, 4), digits(r, 2)))
    return d

@tpl(3, "discharge_summary", "clinical")
def t_discharge(r):
    p = person(r, rot(r, ["GB", "IE", "GB", "US", "NZ"]))
    dx = dx_for(r, p); med = med_for(r, dx)
    d = Doc("discharge_summary")
    d("DISCHARGE SUMMARY — partner facility %s\n" % r.choice(["St Brigid's Day Unit", "Harbourview Sports Medicine", "Northgate Clinic"]))
    d("Name: ", X("PERSON", p.full), "\n")
    if p.cc == "GB":
        d("NHS No: ", X("UK_NHS_NUMBER", gen_nhs(r)), "\n")
    d("Hospital no.: ", X("MEDICAL_RECORD_NUMBER", gen_mrn(r)), "    D.O.B.: ", X("DATE_OF_BIRTH", dob(p, "eu" if p.cc != "US" else "us")), "\n")
    d("Admitted: 2025-%02d-%02d   Discharged: 2025-%02d-%02d\n\n" % (r.randint(1, 6), r.randint(1, 28), r.randint(7, 12), r.randint(1, 28)))
    d("Principal diagnosis: ", X("DIAGNOSIS", dx), "\n")
    d("Secondary: ", X("DIAGNOSIS", r.choice([x for x in DX if x != dx and x not in DX_F])), "\n")
    d("Course: uneventful. Chest X-ray clear; pneumonia excluded. Patient mobilising independently.\n")
    d("Medications on discharge:\n  - ", X("MEDICATION", med), " as before\n  - ", X("MEDICATION", r.choice(["paracetamol", "ibuprofen", "codeine", "enoxaparin"])), " for 5 days\n")
    d("GP / follow-up: Dr. ", X("PERSON", clin(r)), ", tel. ", X("PHONE", phone(r, p.cc)), "\n")
    return d

@tpl(3, "lab_report", "clinical")
def t_lab(r):
    p = person(r, r.choice(["US", "CA", "GB", "IN", "DE"]))
    d = Doc("lab_report")
    d("PARTNER LAB RESULT   Accession: %s-%s   Collected: %s\n" % (r.choice(["LX", "QD"]), digits(r, 8), ts_iso(r)))
    d("Patient: ", X("PERSON", p.last.upper() + ", " + p.first.upper()), "   Sex: %s   DOB: " % ("F" if p.female else "M"), X("DATE_OF_BIRTH", dob(p, "iso")), "\n")
    d("MRN: ", X("MEDICAL_RECORD_NUMBER", gen_mrn(r)), "   Ordering: Dr. ", X("PERSON", clin(r)), "\n\n")
    d("%-28s %10s %-10s %s\n" % ("TEST", "RESULT", "UNITS", "REF RANGE"))
    rows = [("HbA1c", "%.1f" % r.uniform(5.0, 9.5), "%", "4.0-5.6"), ("TSH", "%.2f" % r.uniform(0.2, 8), "mIU/L", "0.4-4.0"),
            ("Ferritin", "%d" % r.randint(5, 300), "ng/mL", "15-150"), ("LDL-C", "%.1f" % r.uniform(1.5, 5.5), "mmol/L", "<3.0"),
            ("Vitamin D 25-OH", "%d" % r.randint(12, 90), "nmol/L", "50-125")]
    for t in r.sample(rows, 4):
        d("%-28s %10s %-10s %s\n" % t)
    dx = dx_for(r, p)
    d("\nComment: results consistent with known ", X("DIAGNOSIS", dx), "; no evidence of haemolysis. Reviewed %s.\n" % ts_iso(r))
    return d

@tpl(4, "hl7", "clinical")
def t_hl7(r):
    p = person(r, r.choice(["US", "US", "CA", "AU"]))
    d = Doc("hl7")
    sep = "\r" if r.random() < 0.4 else "\n"
    ts = "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    typ = r.choice(["ADT^A04", "ORU^R01", "ADT^A08"])
    d("MSH|^~\\&|PULSE|TILLWAVE|EHR|PARTNERCLINIC|%s||%s|%s|P|2.5.1" % (ts, typ, "MSG" + digits(r, 8)) + sep)
    mrn = gen_mrn(r).replace("-", "")
    a = p.addr
    d("PID|1||", X("MEDICAL_RECORD_NUMBER", mrn), "^^^TWPULSE^MR||", X("PERSON", "%s^%s^%s" % (p.last.upper(), p.first.upper(), r.choice("ABCDEJKLMRS"))),
      "||", X("DATE_OF_BIRTH", dob(p, "hl7")), "|%s|||" % ("F" if p.female else "M"))
    if p.cc == "US":
        st, rest = a[0], a[1]
        city, sz = rest.split(", ")
        s_, z = sz.split(" ")
        d(X("ADDRESS", "%s^^%s^%s^%s" % (st, city, s_, z)), "^USA||", X("PHONE", p.phone), sep)
    else:
        d("||", X("PHONE", p.phone), sep)
    if r.random() < 0.6 and p.cc == "US":
        d("IN1|1|%s|%s|%s||||GRP%s|||||||||||||||||||||||||||||||" % (r.choice(["PPO", "HMO"]), digits(r, 5), r.choice(["AETNA", "CIGNA", "HUMANA"]), digits(r, 6)),
          X("HEALTH_PLAN_ID", gen_hpid(r)), sep)
    if typ == "ORU^R01":
        dx = dx_for(r, p)
        d("OBR|1||%s|4548-4^Hemoglobin A1c^LN|||%s" % (digits(r, 9), ts) + sep)
        d("OBX|1|NM|4548-4^Hemoglobin A1c^LN||%.1f|%%|4.0-5.6|H|||F" % r.uniform(6, 9.5) + sep)
        d("DG1|1||E11.9^^I10|", X("DIAGNOSIS", dx), "||F" + sep)
    else:
        doc = clin(r).split()
        d("PV1|1|O|TELE^^^PULSE||||%s^" % ("1" + digits(r, 9)), X("PERSON", "%s^%s" % (doc[-1].upper(), doc[0].upper())), "^^^^DR" + sep)
    return d

@tpl(4, "fhir_json", "clinical")
def t_fhir(r):
    p = person(r, r.choice(["US", "CA", "AU", "NZ", "GB"]))
    dx = dx_for(r, p); med = med_for(r, dx)
    pid = uuid(r)
    ents = [{"resource": {"resourceType": "Patient", "id": pid,
                          "identifier": [{"system": "urn:oid:%s" % oid(r), "type": {"text": "MRN"}, "value": X("MEDICAL_RECORD_NUMBER", gen_mrn(r))}],
                          "name": [{"family": X("PERSON", p.last), "given": [X("PERSON", p.first)]}],
                          "birthDate": X("DATE_OF_BIRTH", dob(p, "iso")),
                          "telecom": [{"system": "email", "value": X("EMAIL", p.email)}],
                          "address": [{"line": [X("ADDRESS", p.addr[0])], "country": p.cc}]}},
            {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid},
                          "clinicalStatus": {"coding": [{"code": "active"}]}, "code": {"text": X("DIAGNOSIS", dx)}}},
            {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid},
                          "verificationStatus": {"coding": [{"code": "refuted"}]}, "code": {"text": r.choice([x for x in DX if x != dx])}}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active", "subject": {"reference": "Patient/" + pid},
                          "medicationCodeableConcept": {"text": X("MEDICATION", med)}, "dosage": [{"text": "as prescribed"}]}}]
    if p.cc == "US" and r.random() < 0.7:
        ents.append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": X("HEALTH_PLAN_ID", gen_hpid(r)),
                                  "payor": [{"display": r.choice(["Aetna", "Kaiser Permanente", "Anthem Blue Cross"])}],
                                  "class": [{"type": {"text": "group"}, "value": digits(r, 7)}]}})
    d = Doc("fhir_json")
    jemit(d, {"resourceType": "Bundle", "type": "collection", "id": uuid(r), "meta": {"lastUpdated": ts_iso(r)}, "entry": ents}, indent=r.choice([1, 2]))
    return d

@tpl(2, "clinical_note", "clinical")
def t_research_note(r):
    d = Doc("clinical_note")
    dx = r.choice(DX); med = r.choice(MED)
    d("Clinical content review — symptom checker rules v%s\n\n" % semver(r))
    d("Literature: in adults with %s, %s reduced symptom days by %d%% (n=%d, 95%% CI). " % (dx, med, r.randint(8, 40), r.randint(80, 4000)))
    d("Rule SC-%d: if user reports chest pain + dyspnoea, escalate (possible pulmonary embolism) — do not self-triage.\n" % r.randint(100, 999))
    d("Copy check: \"Stress is a headache for ops teams\" is marketing text, not a symptom; exclude from NLP training.\n")
    d("Open question for Dr. Pepper-themed campaign? No — trademark conflict. Owner: clinical-content@ (role alias).\n")
    return d

# ---------------------------------------------------------------- structured
@tpl(2, "csv", "structured")
def t_crm_export(r):
    d = Doc("csv")
    sep = ","
    csvrow(d, ["contact_id", "first_name", "last_name", "email", "phone", "country", "lifecycle_stage", "owner", "last_activity"], sep)
    for _ in range(r.randint(4, 7)):
        p = person(r)
        csvrow(d, ["c_" + hexs(r, 10), X("PERSON", p.first), X("PERSON", p.last), X("EMAIL", p.email), X("PHONE", p.phone), p.cc,
                   r.choice(["lead", "customer", "churned", "trial"]), r.choice(["sales-emea", "sales-apac", "self-serve"]), ts_iso(r)], sep)
    return d

@tpl(2, "csv", "structured")
def t_marketing_list(r):
    d = Doc("csv")
    csvrow(d, ["Email Address", "Full Name", "Opt-in Source", "Consent Timestamp", "Segment", "Coupon"])
    for _ in range(r.randint(4, 6)):
        p = person(r)
        csvrow(d, [X("EMAIL", p.email), X("PERSON", p.full), r.choice(["checkout", "popup", "webinar"]), epoch(r),
                   r.choice(["yoga-mat buyers", "lapsed 90d", "VIP"]), r.choice(["SPRING25", "WELCOME10", "DRSTRETCH15"])])
    csvrow(d, ["qa-seed@example.com", "Test Account (seed row)", "qa", epoch(r), "seed", "NONE"])
    return d

@tpl(3, "tsv", "structured")
def t_payroll(r):
    cc = rot(r, ["GB", "IN", "DE", "CA", "IT", "FR"])
    d = Doc("tsv")
    idcol = {"GB": "ni_number", "DE": "steuer_id", "IN": "aadhaar", "CA": "sin", "IT": "codice_fiscale", "FR": "nir"}[cc]
    bankcol = {"GB": "sort_code_account", "IN": "ifsc_account"}.get(cc, "iban")
    csvrow(d, ["emp_no", "surname", "forename", "dob", idcol, bankcol, "gross_%s" % r.choice(["month", "period"]), "cost_centre"], "\t")
    for _ in range(r.randint(3, 5)):
        p = person(r, cc)
        nid = national_id(r, p)[1]
        if cc == "GB":
            bank = X("UK_BANK_ACCOUNT", "%02d-%02d-%02d %s" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99), digits(r, 8)))
        elif cc == "IN":
            bank = "HDFC000%s / %s" % (digits(r, 4), "X" * 8 + digits(r, 4))
        elif cc == "CA":
            bank = "transit %s inst %s acct ****%s" % (digits(r, 5), digits(r, 3), digits(r, 3))
        else:
            bank = X("IBAN", gen_iban(r, cc, spaced=False))
        csvrow(d, ["E%05d" % r.randint(1, 99999), X("PERSON", p.last), X("PERSON", p.first), X("DATE_OF_BIRTH", dob(p, "iso")), nid, bank,
                   money(r), r.choice(["ENG-PLAT", "SUP-DESK", "PULSE-CLIN", "G&A"])], "\t")
    return d

@tpl(3, "json", "structured")
def t_order_webhook(r):
    p = person(r)
    d = Doc("json")
    ship_same = r.random() < 0.5
    obj = {"id": "evt_" + hexs(r, 24), "type": "order.paid", "created": int(epoch(r)), "api_version": "2025-0%d-01" % r.randint(1, 9),
           "data": {"order": {"id": order_no(r), "currency": r.choice(["USD", "EUR", "GBP", "JPY", "BRL", "INR"]), "total": money(r),
                              "customer": {"id": "cus_" + hexs(r, 14), "name": X("PERSON", p.full), "email": X("EMAIL", p.email), "phone": X("PHONE", p.phone)},
                              "shipping_address": {"line1": X("ADDRESS", p.addr[0]), "country": p.cc},
                              "line_items": [{"sku": sku(r), "qty": r.randint(1, 4), "title": r.choice(["Dr. Stretch Foam Roller", "Ada Lovelace Tee", "Marie Curie Mug", "Nike Air Zoom"])} for _ in range(r.randint(1, 3))],
                              "payment": {"brand": r.choice(["visa", "mastercard", "amex"]), "last4": digits(r, 4), "display": masked(r), "fingerprint": hexs(r, 16)},
                              "client_ip": X("IP_ADDRESS", doc_ip(r)), "tracking": tracking(r)}}}
    jemit(d, obj, indent=2)
    return d

@tpl(2, "json", "structured")
def t_chargeback(r):
    p = person(r, r.choice(["US", "GB", "CA", "AU"]))
    d = Doc("json")
    leak = r.random() < 0.6
    obj = {"type": "charge.dispute.created", "dispute": {"id": "dp_" + hexs(r, 20), "reason": r.choice(["fraudulent", "product_not_received"]),
           "amount": money(r), "evidence_due_by": ts_iso(r),
           "cardholder": {"name": X("PERSON", p.full), "billing_email": X("EMAIL", p.email)},
           "card": X("CREDIT_CARD", gen_card(r)) if leak else masked(r),
           "note": Mix("raw PAN included by acquirer, purge after review" if leak else "no PAN in payload"),
           "issuer_ref": "ARN " + digits(r, 23)}}
    jemit(d, obj, indent=4)
    return d

@tpl(2, "json", "structured")
def t_graphql(r):
    p = person(r)
    d = Doc("json")
    obj = {"data": {"supportDeskTicket": {"id": "VGlja2V0OjE" + b64u(r, 8), "subject": "Cannot change delivery address",
                                          "requester": {"displayName": X("PERSON", p.full), "email": X("EMAIL", p.email), "locale": r.choice(["en-GB", "pt-BR", "de-DE", "ja-JP"])},
                                          "assignee": {"displayName": X("PERSON", person(r, "GB").full)},
                                          "customFields": [{"key": "order_ref", "value": order_no(r)}, {"key": "new_address", "value": X("ADDRESS", addr1(p))}]}},
           "extensions": {"traceId": hexs(r, 32), "cost": {"requestedQueryCost": r.randint(5, 90)}}}
    jemit(d, obj, indent=2)
    return d

@tpl(2, "ndjson", "structured")
def t_analytics(r):
    d = Doc("ndjson")
    for _ in range(r.randint(4, 6)):
        ev = r.choice(["page_view", "add_to_cart", "workout_completed", "signup", "checkout_started"])
        obj = {"event": ev, "anonymous_id": uuid(r), "ts": ts_iso(r), "props": {"path": "/products/" + sku(r).lower(), "app_version": semver(r)}}
        if ev in ("signup", "checkout_started"):
            p = person(r)
            obj["traits"] = {"email": X("EMAIL", p.email), "name": X("PERSON", p.full)}
            obj["context"] = {"ip": X("IP_ADDRESS", doc_ip(r)), "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}
        else:
            obj["context"] = {"ip": "0.0.0.0", "library": {"name": "analytics-ios", "version": ver4(r)}}
        jemit(d, obj, indent=None, sep=(",", ":")); d("\n")
    return d

@tpl(2, "ndjson", "structured")
def t_subscription_events(r):
    d = Doc("ndjson")
    for _ in range(r.randint(3, 5)):
        p = person(r)
        obj = {"type": r.choice(["subscription.renewed", "subscription.cancelled", "refund.issued"]), "plan": r.choice(["pulse_plus_annual", "commerce_growth", "desk_team"]),
               "customer": {"email": X("EMAIL", p.email), "country": p.cc}, "amount": money(r), "invoice": inv_no(r),
               "cancel_reason": Mix(r.choice(["too expensive", "moved to competitor", "switching plans"]))}
        if r.random() < 0.3:
            dx = dx_for(r, p)
            obj["cancel_reason"] = Mix("free text: my doctor says I have ", X("DIAGNOSIS", dx), " so pausing workouts")
        jemit(d, obj, indent=None); d("\n")
    return d

@tpl(2, "csv", "structured")
def t_fraud_queue(r):
    d = Doc("csv")
    csvrow(d, ["case_id", "score", "buyer_email", "ip", "shipping_street", "card", "signals"])
    for _ in range(r.randint(3, 5)):
        p = person(r)
        card = X("CREDIT_CARD", gen_card(r)) if r.random() < 0.25 else masked(r)
        csvrow(d, ["FR-%s" % digits(r, 7), "%.3f" % r.random(), X("EMAIL", p.email), X("IP_ADDRESS", doc_ip(r)), X("ADDRESS", p.addr[0]), card,
                   r.choice(["velocity;proxy", "bin_mismatch", "new_device", "aged_account"])])
    return d

@tpl(2, "tsv", "structured")
def t_payouts(r):
    d = Doc("tsv")
    csvrow(d, ["payout_id", "merchant", "beneficiary", "country", "sort_code", "account_or_iban", "amount", "status"], "\t")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["GB", "DE", "FR", "ES", "IT", "IE", "NL"])
        p = person(r, cc if cc in NAMES else "DE")
        if cc == "GB":
            sc, acct = "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)), X("UK_BANK_ACCOUNT", digits(r, 8))
        else:
            sc, acct = "", X("IBAN", gen_iban(r, cc, spaced=False))
        csvrow(d, ["po_" + hexs(r, 16), r.choice(["Hermès Atelier Reseller", "Ben & Jerry's franchise 12", "Mrs. Fields Bakery", "Tante Emma Laden"]),
                   X("PERSON", p.full), cc, sc, acct, money(r), r.choice(["paid", "in_transit", "failed"])], "\t")
    return d

@tpl(1, "csv", "structured")
def t_inventory(r):
    d = Doc("csv")
    csvrow(d, ["sku", "title", "barcode", "qty", "price", "warehouse", "updated_at"])
    for _ in range(r.randint(5, 8)):
        csvrow(d, [sku(r), r.choice(["Dr. Martens 1460 Boot", "Carhartt WIP Beanie", "Kellogg's Granola Bar", "Dr. Bronner's Soap", "Ben Sherman Polo", "Levi's 501"]),
                   "0" + digits(r, 11), r.randint(0, 500), money(r), r.choice(["WH-LHR-2", "WH-SFO-1", "WH-GRU-1"]), ts_iso(r)])
    return d

@tpl(2, "yaml", "structured")
def t_feature_flags(r):
    d = Doc("yaml")
    d("# feature flags — rendered by flagd %s\nversion: %s\nflags:\n" % (semver(r), ver4(r)))
    for f in r.sample(["new_checkout", "desk_ai_macros", "pulse_hr_zones", "gdpr_export_v2", "sms_otp_fallback", "fhir_sync"], 4):
        d("  %s:\n    state: %s\n    variants: {on: true, off: false}\n    defaultVariant: %s\n    targeting_key: %s\n" % (f, r.choice(["ENABLED", "DISABLED"]), r.choice(["on", "off"]), uuid(r)))
    d("owners: [\"team-commerce\", \"team-pulse\"]\nupdated: %s\n" % ts_iso(r))
    return d

@tpl(1, "yaml", "structured")
def t_service_config(r):
    d = Doc("yaml")
    d("service: %s\nimage: registry.tillwave.io/%s:%s\nreplicas: %d\n" % (r.choice(["checkout-api", "desk-gateway", "pulse-sync"]), r.choice(["checkout-api", "desk"]), sha(r)[:12], r.randint(2, 12)))
    d("listen: 0.0.0.0:%d\nupstream: http://127.0.0.1:%d\nmetrics_port: %d\n" % (r.choice([8080, 8443, 3000]), r.choice([9000, 5432]), r.choice([9090, 9102])))
    d("tls:\n  min_version: \"1.2\"\n  cipher_suites: [TLS_AES_128_GCM_SHA256]\nstripe:\n  secret_key: %s   # fake, rotated\n" % apikey(r))
    d("oncall_alias: sre-pager  # PagerDuty schedule %s\n" % ("P" + "".join(r.choice(UPP) for _ in range(6))))
    return d

@tpl(2, "yaml", "structured")
def t_intake_yaml(r):
    p = person(r, r.choice(["US", "IE", "NZ", "ZA", "JP"]))
    dx = dx_for(r, p)
    d = Doc("yaml")
    d("# pulse intake export, schema v%s\npatient:\n  name: " % semver(r), X("PERSON", p.full), "\n  birth_date: \"", X("DATE_OF_BIRTH", dob(p, "iso")), "\"\n")
    d("  phone: \"", X("PHONE", p.phone), "\"\n  address: |\n    ", X("ADDRESS", "\n    ".join(p.addr)), "\n")
    d("conditions:\n  - ", X("DIAGNOSIS", dx), "\nmedications:\n  - name: ", X("MEDICATION", med_for(r, dx)), "\n    dose: %s\n" % r.choice(["10 mg", "1 puff", "250 mg"]))
    if p.cc == "US":
        d("coverage:\n  payer: %s\n  member_id: " % r.choice(["Oscar Health", "Cigna"]), X("HEALTH_PLAN_ID", gen_hpid(r)), "   # health plan subscriber id\n")
    d("consents: {telehealth: true, research: %s}\n" % r.choice(["true", "false"]))
    return d

@tpl(2, "free_text", "structured")
def t_sql_dump(r):
    d = Doc("free_text")
    d("-- pg_dump %s  database: desk_prod  (restored to staging by mistake, ticket OPS-%d)\n" % (semver(r), r.randint(1000, 9999)))
    d("COPY public.customers (id, full_name, email, phone, created_at) FROM stdin;\n")
    for i in range(r.randint(3, 5)):
        p = person(r)
        d("%d\t" % (r.randint(1000, 99999)), X("PERSON", p.full), "\t", X("EMAIL", p.email), "\t", X("PHONE", p.phone), "\t%s\n" % ts_iso(r))
    d("\\.\n\nSELECT pg_catalog.setval('public.customers_id_seq', %d, true);\n" % r.randint(100000, 999999))
    return d

@tpl(2, "free_text", "structured")
def t_migration(r):
    d = Doc("free_text")
    d("-- migration %s_add_member_id.sql  (author: platform-team)\n" % ("2025%02d%02d%04d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 2359))))
    d("ALTER TABLE patients ADD COLUMN member_id text;\nALTER TABLE patients ADD COLUMN date_of_birth date;\n")
    d("CREATE INDEX CONCURRENTLY idx_patients_mrn ON patients (mrn);\n-- backfill from %s, batch size %d\n" % (uuid(r), r.choice([500, 1000])))
    d("UPDATE orders SET card_display = '**** ' || right(card_last4, 4) WHERE created_at < '%s';\n" % ts_iso(r)[:10])
    d("-- checksum %s\n" % hexs(r, 64))
    return d

@tpl(1, "free_text", "structured")
def t_toml(r):
    d = Doc("free_text")
    d("# config.toml for desk-worker\n[server]\nbind = \"0.0.0.0:%d\"\nworkers = %d\n\n[retry]\nbackoff_ms = [100, 400, 1600]\n\n" % (r.choice([7000, 8081]), r.randint(2, 16)))
    d("[release]\nversion = \"%s\"\nbuild = %d\ncommit = \"%s\"\n\n[smtp]\nfrom = \"no-reply@example.com\"\nhost = \"smtp.example.net:587\"\n" % (ver4(r), r.randint(1000, 99999), sha(r)))
    return d

# ---------------------------------------------------------------- logs
UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "TillwavePulse/%s (Android 14; Pixel 8)", "curl/8.5.0", "Go-http-client/2.0", "okhttp/4.12.0"]
def ua(r):
    u = r.choice(UA); return u % semver(r) if "%s" in u else u

@tpl(3, "log", "logs")
def t_nginx(r):
    d = Doc("log")
    for _ in range(r.randint(4, 7)):
        ip = doc_ip(r, r.choice(["doc", "pub", "priv"]))
        path = r.choice(["/api/v2/orders/%s" % r.randint(10000, 99999), "/checkout/cart", "/static/app.%s.js" % hexs(r, 8), "/healthz", "/graphql"])
        email = None
        if r.random() < 0.2:
            email = person(r).email
        d(X("IP_ADDRESS", ip), " - - [%s] \"%s " % (ts_clf(r), r.choice(["GET", "POST"])))
        if email:
            d("/account/reset?email=", X("EMAIL", email), "&ref=mail")
        else:
            d(path)
        d(" HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f upstream=%s\n" % (r.choice([200, 200, 201, 304, 404, 502]), r.randint(120, 90000), ua(r), r.random(), pod(r, "checkout-api")))
    return d

@tpl(2, "log", "logs")
def t_logfmt_auth(r):
    d = Doc("log")
    for _ in range(r.randint(4, 6)):
        p = person(r)
        ev = r.choice(["login.success", "login.failed", "mfa.challenge", "password.reset", "session.refresh"])
        d("ts=%s level=%s svc=desk-auth event=%s " % (ts_iso(r), r.choice(["info", "warn"]), ev))
        if ev != "session.refresh":
            d("user=", X("EMAIL", p.email), " ")
        else:
            d("user_id=%s " % uuid(r))
        d("src_ip=", X("IP_ADDRESS", doc_ip(r)), " trace_id=%s span_id=%s" % (hexs(r, 32), hexs(r, 16)))
        if ev == "mfa.challenge":
            d(" channel=sms to=", X("PHONE", p.phone))
        d(" dur_ms=%d\n" % r.randint(3, 900))
    return d

@tpl(2, "log", "logs")
def t_json_applog(r):
    d = Doc("log")
    for _ in range(r.randint(3, 5)):
        kind = r.choice(["ok", "ok", "err", "pii"])
        obj = {"@timestamp": ts_iso(r), "level": "ERROR" if kind == "err" else "INFO", "logger": "com.tillwave.checkout.PaymentService",
               "thread": "http-nio-8080-exec-%d" % r.randint(1, 40), "trace.id": hexs(r, 32), "k8s.pod": pod(r, "checkout-api")}
        if kind == "pii":
            p = person(r)
            obj["message"] = Mix("address validation failed for ", X("PERSON", p.full), " (", X("ADDRESS", addr1(p)), ")")
        elif kind == "err":
            obj["message"] = "java.net.SocketTimeoutException: connect timed out (pool=%s)" % uuid(r)
        else:
            obj["message"] = "order %s captured %s card=%s" % (order_no(r), money(r), masked(r))
        jemit(d, obj, indent=None); d("\n")
    return d

@tpl(2, "log", "logs")
def t_syslog(r):
    d = Doc("log")
    host = r.choice(["edge-fw-01", "bastion-eu", "vpn-gw"])
    for _ in range(r.randint(4, 6)):
        k = r.choice(["ssh", "fw", "fw", "vpn"])
        d("%s %s " % (ts_sys(r), host))
        if k == "ssh":
            d("sshd[%d]: Accepted publickey for deploy from " % r.randint(1000, 65000), X("IP_ADDRESS", doc_ip(r)), " port %d ssh2: ED25519 SHA256:%s\n" % (r.randint(1024, 65535), b64(r, 43)))
        elif k == "fw":
            d("kernel: [UFW BLOCK] IN=eth0 OUT= MAC=%s SRC=" % mac(r), X("IP_ADDRESS", doc_ip(r, r.choice(["pub", "doc", "v6"]))), " DST=", X("IP_ADDRESS", doc_ip(r, "priv")),
              " PROTO=TCP SPT=%d DPT=%d\n" % (r.randint(1024, 65535), r.choice([22, 443, 3389, 6443])))
        else:
            p = person(r, "GB")
            d("openvpn[%d]: " % r.randint(100, 9999), X("EMAIL", "%s.%s@tillwave.io" % (slug(p.first), slug(p.last))), "/", X("IP_ADDRESS", doc_ip(r, "pub")), ":%d peer connected\n" % r.randint(1024, 65535))
    return d

@tpl(2, "log", "logs")
def t_k8s_events(r):
    d = Doc("log")
    d("LAST SEEN   TYPE      REASON              OBJECT                                  MESSAGE\n")
    for _ in range(r.randint(5, 8)):
        svc = r.choice(["checkout-api", "desk-worker", "pulse-sync", "ingress-nginx-controller"])
        d("%-11s %-9s %-19s pod/%-36s %s\n" % ("%dm" % r.randint(1, 59), r.choice(["Normal", "Warning"]), r.choice(["Pulled", "BackOff", "Scheduled", "Unhealthy", "OOMKilled"]),
                                               pod(r, svc), r.choice(["Successfully pulled image \"registry.tillwave.io/%s:%s\"" % (svc, semver(r)),
                                                                     "Readiness probe failed: Get \"http://%s:%d/healthz\": dial tcp: connection refused" % ("[::1]", r.choice([8080, 9090])),
                                                                     "Back-off restarting failed container", "node/ip-%d-%d-%d-%d.ec2.internal assigned" % (10, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])))
    return d

@tpl(2, "log", "logs")
def t_cloudtrail(r):
    d = Doc("log")
    for _ in range(r.randint(2, 4)):
        p = person(r, r.choice(["GB", "IE", "US", "IN"]))
        obj = {"eventVersion": "1.09", "eventTime": ts_iso(r)[:19] + "Z", "eventSource": r.choice(["s3.amazonaws.com", "iam.amazonaws.com", "kms.amazonaws.com"]),
               "eventName": r.choice(["GetObject", "CreateAccessKey", "Decrypt", "PutBucketPolicy"]), "awsRegion": r.choice(["eu-west-1", "us-east-1", "ap-southeast-1"]),
               "sourceIPAddress": X("IP_ADDRESS", doc_ip(r, r.choice(["pub", "doc"]))), "userAgent": "aws-cli/2.15.%d" % r.randint(0, 40),
               "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::%s:assumed-role/SRE/" % digits(r, 12), "principalId": "AROA" + "".join(r.choice(UPP) for _ in range(17))},
               "requestID": uuid(r), "eventID": uuid(r)}
        if r.random() < 0.5:
            obj["userIdentity"]["sessionName"] = X("EMAIL", "%s.%s@tillwave.io" % (slug(p.first), slug(p.last)))
        jemit(d, obj, indent=None, sep=(",", ":")); d("\n")
    return d

@tpl(2, "log", "logs")
def t_ci(r):
    d = Doc("log")
    d("Run actions/checkout@v4\n  Syncing repository: tillwave/commerce-core\n  HEAD is now at %s Merge pull request #%d\n" % (sha(r)[:7], r.randint(1000, 9999)))
    d("Run make test\n  go version go1.22.%d linux/amd64\n" % r.randint(0, 9))
    for _ in range(r.randint(4, 7)):
        d("  ok  \tgithub.com/tillwave/commerce-core/%s\t%.3fs\tcoverage: %.1f%% of statements\n" % (r.choice(["payments", "orders", "payouts/iban", "kyc/passport"]), r.uniform(0.01, 9), r.uniform(40, 95)))
    d("  --- PASS: TestLuhn/test_card_%s (0.00s)\n" % r.choice(TEST_CARDS).replace(" ", ""))
    d("Build %d finished: image sha256:%s  version %s  (artifact tillwave-desk-%s.tar.gz)\n" % (r.randint(10000, 99999), hexs(r, 64), ver4(r), semver(r)))
    d("Cache key: node-modules-%s ; elapsed 00:%02d:%02d\n" % (hexs(r, 16), r.randint(0, 59), r.randint(0, 59)))
    return d

@tpl(2, "log", "logs")
def t_tracing(r):
    d = Doc("log")
    tid = hexs(r, 32)
    for _ in range(r.randint(3, 5)):
        obj = {"traceId": tid, "spanId": hexs(r, 16), "parentSpanId": hexs(r, 16), "name": r.choice(["POST /v1/refunds", "db.query", "stripe.charge", "kafka.produce"]),
               "startTimeUnixNano": str(int(epoch(r)) * 10**9 + r.randint(0, 999999999)), "attributes": {"http.status_code": r.choice([200, 201, 402]), "net.peer.port": r.choice([443, 5432, 9092])}}
        if r.random() < 0.4:
            p = person(r)
            obj["attributes"]["enduser.id"] = X("EMAIL", p.email)
            obj["attributes"]["net.peer.ip"] = X("IP_ADDRESS", doc_ip(r))
        jemit(d, obj, indent=None); d("\n")
    return d

@tpl(2, "log", "logs")
def t_gateway(r):
    d = Doc("log")
    for _ in range(r.randint(4, 6)):
        k = r.choice(["mask", "mask", "mask", "leak", "bad"])
        d("%s gw-proxy[%d] merchant=m_%s amount=%s " % (ts_iso(r), r.randint(100, 999), hexs(r, 8), money(r)))
        if k == "mask":
            d("pan=%s result=approved auth=%s\n" % (masked(r), "".join(r.choice(UPP + "0123456789") for _ in range(6))))
        elif k == "leak":
            d("DEBUG raw_request={\"pan\":\"", X("CREDIT_CARD", gen_card(r, r.choice(["visa", "mc", "mc2"])).replace(" ", "").replace("-", "")), "\",\"cvv\":\"***\"} result=declined\n")
        else:
            d("pan_candidate=%s luhn=false result=rejected\n" % bad_card(r))
    return d

@tpl(2, "log", "logs")
def t_audit(r):
    d = Doc("log")
    for _ in range(r.randint(3, 5)):
        p = person(r, r.choice(["US", "GB", "CA"]))
        d("%s AUDIT actor=dr.%s action=%s patient_mrn=" % (ts_iso(r), slug(clin(r).split()[-1]), r.choice(["chart.view", "rx.sign", "note.amend"])),
          X("MEDICAL_RECORD_NUMBER", gen_mrn(r)), " patient=\"", X("PERSON", p.full), "\" ip=", X("IP_ADDRESS", doc_ip(r, "priv")), " session=%s\n" % uuid(r))
    return d

@tpl(2, "log", "logs")
def t_deploy(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        d("[%s] %s\n" % (ts_iso(r), r.choice(["helm upgrade checkout-api --version %s" % semver(r), "rollout status: %d/%d replicas available" % (r.randint(1, 5), 5),
                                              "canary weight 10%% -> 50%% (error rate %.2f%%)" % r.uniform(0, 2), "migrated schema to %s" % ver4(r),
                                              "cache warmed: %d keys in %.1fs" % (r.randint(1000, 90000), r.uniform(1, 30)), "feature flag new_checkout=on for cohort %s" % uuid(r),
                                              "probe ok: listening on [::]:8443, std::chrono::steady_clock skew 0 ms, aspect 16:9 thumbnails", "OID %s registered for SNMP" % oid(r)])))
    return d

# ---------------------------------------------------------------- email / chat / ticket
def staff(r):
    p = person(r, r.choice(["GB", "IE", "US", "IN", "DE", "NZ", "ZA"]))
    p.work = "%s.%s@tillwave.io" % (slug(p.first), slug(p.last.split()[-1]))
    return p

@tpl(3, "ticket", "comms")
def t_support_ticket(r):
    p = person(r)
    ag = staff(r)
    d = Doc("ticket")
    d("Ticket #%d  ·  Priority: %s  ·  Channel: %s\nSubject: %s\n\n" % (r.randint(100000, 999999), r.choice(["normal", "high"]), r.choice(["email", "web widget", "WhatsApp"]),
                                                                      r.choice(["wrong item delivered", "refund not received", "change my shipping address", "charged twice"])))
    d("From: ", X("PERSON", p.full), " <", X("EMAIL", p.email), ">\n\n")
    body = r.choice(["hi, order %s came with the wrong size. pls send to my new address: " % order_no(r), "Hello, I moved — can you update delivery for %s to " % order_no(r)])
    d(body, X("ADDRESS", addr1(p)), ". you can call me on ", X("PHONE", p.phone), " thx\n")
    d("— ", X("PERSON", p.first), "\n\n")
    d("[Internal note — ", X("PERSON", ag.first), "] Verified via last4 %s and order total %s. Tracking %s. Macro applied: REFUND_PARTIAL_v%s\n" % (digits(r, 4), money(r), tracking(r), semver(r)))
    return d

@tpl(3, "ticket", "comms")
def t_jira(r):
    p = person(r)
    dev = staff(r); dev2 = staff(r)
    d = Doc("ticket")
    d("[PAY-%d] Payout fails for merchant with accented name\nReporter: " % r.randint(100, 9999), X("PERSON", dev.full), "   Assignee: ", X("PERSON", dev2.full), "\nLabels: bug, payouts, %s\n\n" % r.choice(["p1", "customer-impact"]))
    d("Steps: call POST /v1/payouts with the payload from prod (sorry, pasted raw):\n```\n")
    kind = r.choice(["iban", "uk"])
    obj = {"beneficiary_name": X("PERSON", p.full), "email": X("EMAIL", p.email)}
    if kind == "iban":
        obj["iban"] = X("IBAN", gen_iban(r, spaced=False))
    else:
        obj["sort_code"] = "%02d%02d%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)); obj["account_number"] = X("UK_BANK_ACCOUNT", digits(r, 8))
    obj["idempotency_key"] = uuid(r)
    jemit(d, obj, indent=2)
    d("\n```\nError: `UnicodeEncodeError: 'ascii' codec can't encode character` at payouts/encode.go:%d (commit %s)\n\n" % (r.randint(10, 400), sha(r)[:10]))
    d("Comment by ", X("PERSON", dev2.first), ": please redact the payload above, this is real customer data. Repro with fixture `tests/fixtures/payout_%s.json` instead.\n" % hexs(r, 6))
    return d

@tpl(3, "chat", "comms")
def t_slack(r):
    a, b = staff(r), staff(r)
    cust = person(r)
    d = Doc("chat")
    d("#support-escalations — exported %s\n" % ts_iso(r))
    d("[%02d:%02d] " % (r.randint(8, 18), r.randint(0, 59)), X("PERSON", a.first), ": anyone seen checkout 502s on %s? pod %s keeps restarting\n" % (ver4(r), pod(r, "checkout-api")))
    d("[%02d:%02d] " % (r.randint(8, 18), r.randint(0, 59)), X("PERSON", b.first), ": yes, customer ", X("PERSON", cust.full), " (", X("EMAIL", cust.email), ") got charged twice, refund %s pending\n" % money(r))
    if r.random() < 0.5:
        d("[%02d:%02d] " % (r.randint(8, 18), r.randint(0, 59)), X("PERSON", a.first), ": she pasted her whole card in the widget lol: ", X("CREDIT_CARD", gen_card(r)), " — purging the transcript now\n")
    d("[%02d:%02d] " % (r.randint(8, 18), r.randint(0, 59)), X("PERSON", b.first), ": :+1: filed INC-%d, trace %s\n" % (r.randint(100, 999), hexs(r, 32)))
    return d

@tpl(2, "chat", "comms")
def t_teams_noent(r):
    d = Doc("chat")
    d("Teams — Release train (export)\n")
    for _ in range(r.randint(4, 6)):
        d("%s  %s: %s\n" % (ts_iso(r)[11:16], r.choice(["Release Bot", "CI Notifier", "PagerDuty"]), r.choice(["tagged v%s (build %d)" % (semver(r), r.randint(1000, 9999)),
              "deploy of %s to eu-west-1 complete" % sha(r)[:8], "The cancer of technical debt in the cart module is back — %d flaky tests" % r.randint(2, 30),
              "reminder: code freeze before Thanksgiving and Black Friday", "hotfix %s rolled back; rollback is a headache for ops but done" % ver4(r),
              "dashboard: p99 %d ms, error budget %.1f%% left" % (r.randint(90, 900), r.uniform(0, 100))])))
    return d

@tpl(3, "chat", "comms")
def t_symptom_checker(r):
    p = person(r, r.choice(["US", "GB", "IN", "AU", "ZA", "NG"]))
    dx = dx_for(r, p)
    d = Doc("chat")
    d("Pulse Symptom Checker — transcript %s\n" % uuid(r))
    d("Bot: Hi! Before we start, what's your name and date of birth?\n")
    d(X("PERSON", p.first), ": ", X("PERSON", p.full), ", born ", X("DATE_OF_BIRTH", dob(p, r.choice(["long", "uk", "eu"]))), "\n")
    d("Bot: Thanks. Any existing conditions?\n")
    d(X("PERSON", p.first), ": I was diagnosed with ", X("DIAGNOSIS", dx), " %s and I take " % r.choice(["last year", "in 2019", "a while ago"]), X("MEDICATION", med_for(r, dx)), ". no heart problems though\n")
    d("Bot: What brings you in today?\n")
    d(X("PERSON", p.first), ": %s\n" % r.choice(["my knee hurts after running 10k", "feeling dizzy after HIIT", "can't sleep, my work is killing me (figure of speech lol)"]))
    d("Bot: I'll connect you with a clinician. We'll text ", X("PHONE", p.phone), " when they're ready.\n")
    return d

@tpl(3, "email", "comms")
def t_customer_email(r):
    p = person(r); ag = staff(r)
    d = Doc("email")
    d("From: ", X("PERSON", p.full), " <", X("EMAIL", p.email), ">\nTo: support@tillwave-shop.example\nSubject: Re: Your refund for order %s\nDate: %s\n\n" % (order_no(r), ts_iso(r)))
    d("Dear ", X("PERSON", ag.first), ",\n\nThe refund still hasn't reached my account. Please send it to ")
    if p.cc == "GB" or r.random() < 0.3:
        d("sort code ", X("UK_BANK_ACCOUNT", "%02d-%02d-%02d %s" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99), digits(r, 8))))
    else:
        d("my IBAN ", X("IBAN", gen_iban(r)))
    d(" instead of the card (%s).\n\nKind regards,\n" % masked(r), X("PERSON", p.full), "\n", X("PHONE", p.phone), "\n\n")
    d("> On %s, " % ts_iso(r)[:10], X("PERSON", ag.full), " <", X("EMAIL", ag.work), "> wrote:\n> We've issued a refund of %s. It may take 5-10 business days.\n" % money(r))
    return d

@tpl(2, "ticket", "comms")
def t_macro(r):
    d = Doc("ticket")
    d("Macro: %s (v%s)\nVisibility: all agents\n\n" % (r.choice(["Refund issued", "Address change policy", "Chargeback response"]), semver(r)))
    d("Hi {{ticket.requester.first_name}},\n\nThanks for reaching out about order {{order.id}}. We've refunded {{refund.amount}} to your card ending {{card.last4}}.\n")
    d("If you need to update your address, reply with the new one (we'll never ask for your full card number).\n\n— {{agent.first_name}}, Tillwave Desk\n")
    d("Internal: example payload {\"email\": \"customer@example.com\", \"card\": \"4242 4242 4242 4242\"}\n")
    return d

@tpl(2, "email", "comms")
def t_postmortem_email(r):
    d = Doc("email")
    a = staff(r)
    d("From: incident-bot@tillwave.io\nTo: eng-all@tillwave.io\nSubject: [Postmortem] INC-%d checkout latency\n\n" % r.randint(100, 999))
    d("Summary: between %s and %s, p99 rose to %d ms after deploy %s (build %d).\n" % (ts_iso(r)[11:19], ts_iso(r)[11:19], r.randint(800, 5000), ver4(r), r.randint(1000, 9999)))
    d("Root cause: connection pool exhausted on db replica; version 10.2.%d.%d of the driver leaked sockets.\n" % (r.randint(0, 40), r.randint(100, 250)))
    d("Incident commander: ", X("PERSON", a.full), " (", X("EMAIL", a.work), ")\n")
    d("Action items: OPS-%d pin driver; OPS-%d alert on pool saturation.\n" % (r.randint(1000, 9999), r.randint(1000, 9999)))
    return d

@tpl(2, "email", "comms")
def t_hr_email(r):
    cc = rot(r, ["CA", "SG", "GB", "DE", "BR", "IN"])
    p = person(r, cc); hr = staff(r)
    d = Doc("email")
    d("From: ", X("EMAIL", hr.work), "\nTo: ", X("EMAIL", p.email), "\nSubject: Payroll details — action needed\n\n")
    d("Hi ", X("PERSON", p.first), ",\n\nWe have the following on file; please confirm by Friday:\n")
    nid = national_id(r, p)
    d("  %s: " % nid[0], nid[1], "\n  Date of birth: ", X("DATE_OF_BIRTH", dob(p, "uk")), "\n  Home address: ", X("ADDRESS", addr1(p)), "\n\n")
    d("Thanks,\n", X("PERSON", hr.full), "\nPeople Ops\n")
    return d

# ---------------------------------------------------------------- free text / html
@tpl(2, "free_text", "free")
def t_nps(r):
    d = Doc("free_text")
    d("NPS export — Q%d free-text answers (score · comment)\n\n" % r.randint(1, 4))
    for _ in range(r.randint(3, 5)):
        k = r.choice(["plain", "plain", "health", "name"])
        d("%d · " % r.randint(0, 10))
        if k == "plain":
            d(r.choice(["Setup was a headache but support fixed it.", "Love the new checkout, conversion is up.", "Shipping labels broke again on v%s." % semver(r),
                        "The app is my therapy after work haha", "Reporting is a pain in the neck."]) + "\n")
        elif k == "health":
            p = person(r)
            dx = dx_for(r, p)
            d("As someone with ", X("DIAGNOSIS", dx), ", the Pulse reminders for my ", X("MEDICATION", med_for(r, dx)), " keep me on track. — ", X("PERSON", p.first), "\n")
        else:
            p = person(r)
            d("Ask for ", X("PERSON", p.full), " if you want a reference, ", X("EMAIL", p.email), "\n")
    return d

@tpl(2, "free_text", "free")
def t_app_reviews(r):
    d = Doc("free_text")
    d("App Store reviews — Tillwave Pulse %s\n\n" % semver(r))
    for _ in range(r.randint(3, 4)):
        k = r.choice(["plain", "plain", "plain", "dx"])
        d("★" * r.randint(1, 5) + "  ")
        nick = r.choice(["runner_gal_88", "Dad bod no more", "kiwi_lifter", "Anonymous"])
        if k == "dx":
            p = person(r)
            dx = dx_for(r, p)
            d("by ", X("PERSON", p.full), ": After my ", X("DIAGNOSIS", dx), " diagnosis the heart-rate zones were a lifesaver.\n")
        else:
            d("by %s: %s\n" % (nick, r.choice(["Syncs with my watch, killer feature.", "Crashes on Android 14 build %d." % r.randint(1000, 9999),
                                             "Dr. Stretch routines are great, Parkinson's law applies to my workouts lol.", "Paywall is a real migraine."])))
    return d

@tpl(3, "html", "free")
def t_marketing(r):
    d = Doc("html")
    d("<section class=\"hero\">\n  <h1>%s</h1>\n" % r.choice(["Returns are a headache. We fixed them.", "Cure the cancer of abandoned carts", "Stop bleeding revenue at checkout"]))
    d("  <p>Merchants like Ben &amp; Jerry's, Dr. Martens and Johnson &amp; Johnson Consumer trust Tillwave. Start free — no card needed.</p>\n")
    d("  <p>New in %s: Dr. Desk, our AI triage assistant.</p>\n" % semver(r))
    d("  <ul><li>SKU %s</li><li>From %s/mo</li><li>Black Friday &amp; Boxing Day ready</li></ul>\n</section>\n" % (sku(r), money(r)))
    return d

@tpl(3, "html", "free")
def t_api_docs(r):
    d = Doc("html")
    d("<h2>Create a customer</h2>\n<pre><code>curl https://api.tillwave.io/v2/customers \\\n  -H \"Authorization: Bearer %s\" \\\n" % apikey(r))
    d("  -d email=customer@example.com -d name=\"Example Customer\"</code></pre>\n")
    d("<p>Use test card <code>%s</code> with any future expiry. Tokens look like <code>%s</code>.</p>\n" % (r.choice(TEST_CARDS), jwt(r)))
    d("<p>Webhooks are signed with HMAC-SHA256 (<code>t=%s,v1=%s</code>). Allowlist our published egress ranges — do not hard-code them.</p>\n" % (epoch(r), hexs(r, 64)))
    d("<table><tr><th>Field</th><th>Type</th></tr><tr><td>date_of_birth</td><td>string (YYYY-MM-DD)</td></tr><tr><td>iban</td><td>string</td></tr></table>\n")
    return d

@tpl(2, "html", "free")
def t_profile_html(r):
    p = person(r)
    d = Doc("html")
    d("<div class=\"customer-360\">\n <h3>", X("PERSON", p.full), "</h3>\n <dl>\n  <dt>Email</dt><dd>", X("EMAIL", p.email), "</dd>\n")
    d("  <dt>Phone</dt><dd>", X("PHONE", p.phone), "</dd>\n  <dt>Ship to</dt><dd>", X("ADDRESS", "<br>".join(p.addr)), "</dd>\n")
    d("  <dt>Last IP</dt><dd>", X("IP_ADDRESS", doc_ip(r)), "</dd>\n  <dt>Lifetime value</dt><dd>%s</dd>\n  <dt>Card</dt><dd>%s</dd>\n </dl>\n</div>\n" % (money(r), masked(r)))
    return d

@tpl(2, "free_text", "free")
def t_postmortem_md(r):
    d = Doc("free_text")
    a, b = staff(r), staff(r)
    d("# Postmortem: payouts delayed (%s)\n\n" % ts_iso(r)[:10])
    d("**Authors:** ", X("PERSON", a.full), ", ", X("PERSON", b.full), "\n\n## Timeline (UTC)\n")
    d("- %s alert fired from `payout-worker-%s`\n" % (ts_iso(r)[11:16], hexs(r, 5)))
    d("- %s traffic from " % ts_iso(r)[11:16], X("IP_ADDRESS", doc_ip(r, "pub")), " spiked (credential stuffing)\n")
    d("- bank file v%s rejected: header `DATE_OF_BIRTH` misspelt\n\n## Impact\n%d merchants, %s delayed. No customer data exposed.\n" % (ver4(r), r.randint(3, 400), money(r)))
    return d

@tpl(2, "free_text", "free")
def t_release_notes(r):
    d = Doc("free_text")
    d("Tillwave Desk %s — release notes\n\n" % semver(r))
    for _ in range(r.randint(4, 6)):
        d("* %s\n" % r.choice(["Fixed IBAN validation for Saint Lucia", "Macros now support {{customer.phone}} placeholders", "Upgraded OpenSSL to 3.0.%d" % r.randint(8, 14),
                                "Android app %s (build %d) supports passkeys" % (ver4(r), r.randint(100, 999)), "New Martin Luther King Jr. Day holiday calendar for SLAs",
                                "Performance: p95 reduced from %d ms to %d ms" % (r.randint(300, 900), r.randint(50, 299)), "Deprecated /v1/patients endpoint (use FHIR)"]))
    return d

@tpl(2, "free_text", "free")
def t_health_article(r):
    d = Doc("free_text")
    d("Pulse Journal: %s\n\n" % r.choice(["Sleep and recovery", "Training with a chronic condition", "Hydration myths"]))
    d("People living with %s can usually train safely; studies show %s does not reduce VO2max gains. " % (r.choice(DX), r.choice(MED)))
    d("Always talk to your clinician before changing %s doses. Alzheimer's disease research also links exercise to cognition. " % r.choice(MED))
    d("This article is general information and not a diagnosis. Reviewed %s.\n" % ts_iso(r)[:10])
    return d

@tpl(1, "html", "free")
def t_privacy(r):
    d = Doc("html")
    d("<h1>Privacy notice</h1>\n<p>We process name, email address, phone number, date of birth and, for Pulse, health data such as diagnoses and medications.</p>\n")
    d("<p>Contact our DPO via the form at /privacy. Last updated %s. Document id %s.</p>\n" % (ts_iso(r)[:10], uuid(r)))
    return d

@tpl(2, "html", "free")
def t_storefront(r):
    d = Doc("html")
    d("<footer>\n  <p>&copy; 2025 %s. Powered by Tillwave Commerce %s.</p>\n" % (r.choice(["Mrs. Meyer's Clean Day", "Wells Fargo Arena Shop", "Ralph Lauren Outlet", "Paul Smith Stores"]), semver(r)))
    d("  <p>Order tracking: %s · Invoice %s · Gift cards valid until St. Patrick's Day</p>\n" % (tracking(r), inv_no(r)))
    d("  <!-- build %s commit %s cdn-node %s -->\n</footer>\n" % (ver4(r), sha(r)[:12], mac(r)))
    return d

@tpl(3, "free_text", "free")
def t_kyc_narrative(r):
    cc = rot(r, ["BR", "IN", "ES", "SG", "IT", "NG", "ZA", "JP"])
    p = person(r, cc)
    d = Doc("free_text")
    d("Merchant risk review — analyst notes\n\n")
    d("Spoke with ", X("PERSON", p.full), " (owner of %s) by phone on " % r.choice(["a kombucha shop", "a sneaker resale store", "a yoga studio"]), X("PHONE", p.phone), ". ")
    nid = national_id(r, p)
    if nid:
        d("Provided %s " % nid[0], nid[1], " which matches the registry. ")
    d("Passport (%s) " % CNAME[cc], X("PASSPORT", gen_passport(r, cc)), " expires %d. " % r.randint(2026, 2035))
    d("Born ", X("DATE_OF_BIRTH", dob(p, "uk")), ". Registered office: ", X("ADDRESS", addr1(p)), ".\n")
    d("Risk score %.2f, velocity normal, device %s seen on %d accounts.\n" % (r.random(), hexs(r, 12), r.randint(1, 3)))
    return d

@tpl(2, "html", "free")
def t_status_page(r):
    d = Doc("html")
    d("<h2>Status: %s</h2>\n<ul>\n" % r.choice(["Degraded performance", "All systems operational"]))
    for _ in range(4):
        d("<li>%s — %s</li>\n" % (ts_iso(r)[:16], r.choice(["Investigating elevated 5xx on api.tillwave.io:443", "Resolved: panic in tokio::runtime::task::raw::poll (desk-gateway) fixed",
                                                            "Monitoring fix %s" % ver4(r), "Scheduled maintenance on node %s" % pod(r, "pg-replica")])))
    d("</ul>\n")
    return d

# ---------------------------------------------------------------- additional templates (identifier coverage)
@tpl(2, "csv", "structured")
def t_eligibility(r):
    d = Doc("csv")
    csvrow(d, ["employer", "member_name", "birth_date", "plan_name", "member_id", "medicare_mbi", "ssn_last4", "wellness_tier"])
    for i in range(r.randint(3, 5)):
        p = person(r, "US")
        senior = (i + r.n) % 3 == 0
        csvrow(d, [r.choice(["Johnson Controls", "Dell Technologies", "Procter & Gamble", "Morgan Stanley"]), X("PERSON", p.full), X("DATE_OF_BIRTH", dob(p, "us")),
                   r.choice(["Aetna Open Access", "Cigna OAP", "Blue Shield PPO"]), X("HEALTH_PLAN_ID", gen_hpid(r)),
                   X("US_MBI", gen_mbi(r)) if senior else "", digits(r, 4), r.choice(["gold", "silver", "bronze"])])
    return d

@tpl(4, "json", "structured")
def t_dsar_export(r):
    cc = rot(r, ["FR", "DE", "ES", "IT"])
    p = person(r, cc)
    d = Doc("json")
    nid = national_id(r, p)
    obj = {"request": {"id": "dsar_" + hexs(r, 12), "regulation": "GDPR Art. 15", "received": ts_iso(r)},
           "subject": {"name": X("PERSON", p.full), "email": X("EMAIL", p.email), "date_of_birth": X("DATE_OF_BIRTH", dob(p, "iso")),
                       "national_id": {"label": nid[0], "value": nid[1]}, "postal_address": X("ADDRESS", addr1(p))},
           "orders": [{"id": order_no(r), "total": money(r), "card": masked(r)} for _ in range(r.randint(1, 3))],
           "logins": [{"ip": X("IP_ADDRESS", doc_ip(r)), "at": ts_iso(r), "ua": ua(r)} for _ in range(r.randint(1, 2))]}
    jemit(d, obj, indent=2)
    return d

@tpl(2, "ndjson", "structured")
def t_idv_webhooks(r):
    d = Doc("ndjson")
    for k in range(4):
        kind = rot(r, ["passport", "us_passport", "dl", "declined"], k)
        obj = {"event": "identity.verification.%s" % ("failed" if kind == "declined" else "verified"), "id": "iv_" + hexs(r, 16), "created": ts_iso(r)}
        if kind == "passport":
            cc = rot(r, ["DE", "JP", "NG", "ZA", "IN", "BR", "AU", "NZ", "IE", "FR", "IT", "ES"], k * 5)
            p = person(r, cc)
            obj["document"] = {"type": "passport", "issuing_country": cc, "number": X("PASSPORT", gen_passport(r, cc)), "holder": X("PERSON", p.full),
                               "birth_date": X("DATE_OF_BIRTH", dob(p, "iso"))}
        elif kind == "us_passport":
            p = person(r, "US")
            obj["document"] = {"type": "passport", "issuing_country": "US", "number": X("US_PASSPORT", gen_us_passport(r)), "holder": X("PERSON", p.full)}
        elif kind == "dl":
            st = rot(r, list(STATE_NAMES), k * 4 + 1)
            p = person(r, "US")
            obj["document"] = {"type": "driving_license", "issuing_state": st, "number": X("DRIVER_LICENSE", gen_us_dl(r, st)), "holder": X("PERSON", p.full)}
        else:
            obj["document"] = {"type": "national_id", "issuing_country": "BR", "number": bad_cpf(r), "error": "checksum_mismatch"}
        jemit(d, obj, indent=None); d("\n")
    return d

@tpl(2, "email", "clinical")
def t_nhs_referral(r):
    p = person(r, "GB")
    dx = dx_for(r, p)
    d = Doc("email")
    d("From: ", X("EMAIL", staff(r).work), "\nTo: ", X("EMAIL", "%s.%s@nhs.net" % (slug(clin(r).split()[0]), slug(clin(r).split()[-1]))), "\nSubject: Referral — physiotherapy (Pulse telehealth)\n\n")
    d("Dear Dr ", X("PERSON", clin(r).split()[-1]), ",\n\nRe: ", X("PERSON", p.full), ", DOB ", X("DATE_OF_BIRTH", dob(p, "eu")), ", NHS number ", X("UK_NHS_NUMBER", gen_nhs(r)), "\n")
    d(X("ADDRESS", ", ".join(p.addr)), "\n\n")
    d("I reviewed this patient by video today for ", X("DIAGNOSIS", dx), ". They currently take ", X("MEDICATION", med_for(r, dx)), ". ")
    d("No red flags; cauda equina syndrome excluded. Invalid number %s from the old referral was discarded.\n\nYours sincerely,\nDr " % bad_nhs(r), X("PERSON", clin(r)), "\n")
    return d

@tpl(2, "json", "clinical")
def t_claim_api(r):
    p = person(r, "US")
    dx = dx_for(r, p)
    d = Doc("json")
    medicare = r.n % 2 == 0
    obj = {"claimId": "CLM" + digits(r, 11), "submitted": ts_iso(r), "placeOfService": "02",
           "patient": {"firstName": X("PERSON", p.first), "lastName": X("PERSON", p.last), "dob": X("DATE_OF_BIRTH", dob(p, "iso")),
                       "address": {"street": X("ADDRESS", p.addr[0]), "cityStateZip": p.addr[1]}},
           "coverage": ({"payer": "Medicare", "mbi": X("US_MBI", gen_mbi(r, False))} if medicare else
                        {"payer": r.choice(["Humana", "Aetna", "Anthem"]), "memberId": X("HEALTH_PLAN_ID", gen_hpid(r)), "groupNumber": digits(r, 6)}),
           "diagnoses": [{"icd10": r.choice(["E11.9", "I10", "M54.5", "J45.909"]), "description": X("DIAGNOSIS", dx)}],
           "provider": {"npi": "1" + digits(r, 9), "name": X("PERSON", clin(r))}, "amount": money(r)}
    jemit(d, obj, indent=2)
    return d

@tpl(2, "form", "forms")
def t_w9(r):
    p = person(r, "US")
    d = Doc("form")
    d("Form W-9 (Rev. March 2024) — contractor onboarding, Tillwave Inc.\n\n1 Name (as shown on your income tax return): ", X("PERSON", p.full), "\n")
    d("2 Business name: %s LLC\n3 Federal tax classification: [x] Individual/sole proprietor\n" % r.choice(["Sawyer Digital", "Kowalczyk Consulting", "Wren & Finch"]))
    d("5-6 Address: ", X("ADDRESS", "\n    ".join(p.addr)), "\n")
    d("Part I  Social security number: ", X("US_SSN", gen_ssn(r, r.choice(["-", " "]))), "\n         Employer identification number: __-_______\n")
    d("Signature: /s/ ", X("PERSON", p.full), "   Date: %s\n" % ts_iso(r)[:10])
    return d


@tpl(2, "yaml", "structured")
def t_contractor_roster(r):
    d = Doc("yaml")
    d("# contractors.yaml — synced from Deel export %s (DO NOT COMMIT)\ncontractors:\n" % ts_iso(r)[:10])
    for k in range(5):
        cc = rot(r, ["CA", "BR", "FR", "IT", "SG", "US", "ES"], k + r.n * 5)
        p = person(r, cc)
        nid = national_id(r, p)
        d("  - name: ", X("PERSON", p.full), "\n    country: %s\n    tax_id_type: \"%s\"\n    tax_id: \"" % (cc, nid[0]), nid[1], "\"\n")
        d("    email: ", X("EMAIL", p.email), "\n    rate: \"%s/h\"\n    contract: CTR-%s\n" % (money(r), digits(r, 6)))
    return d


# ========================================================================================= validation & output
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
TEST_DIGITS = {c.replace(" ", "") for c in TEST_CARDS}

def covered(ents, a, b):
    return any(e["start"] < b and a < e["end"] for e in ents)

def leak_check(text, ents, did):
    for m in CARD_RE.finditer(text):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19 and luhn_ok(ds) and ds not in TEST_DIGITS and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011", ds):
            if not covered(ents, m.start(), m.end()):
                raise AssertionError("%s: unlabelled Luhn-valid card-like %r" % (did, m.group()))
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()) and not covered(ents, m.start(), m.end()):
            raise AssertionError("%s: unlabelled valid IBAN %r" % (did, m.group()))

def validate(rec):
    text, ents = rec["text"], rec["entities"]
    assert rec["format"] in FORMATS
    last = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (rec["id"], e, s)
        assert e["start"] >= last, ("overlap", rec["id"], e)
        last = e["end"]
        v = VALIDATORS.get(e["type"])
        if v:
            assert v(s), (rec["id"], e["type"], s)
        if e["type"] == "UK_BANK_ACCOUNT":
            assert re.fullmatch(r"(\d{2}-\d{2}-\d{2} )?\d{8}", s), s
    lvl = max([LEVEL[e["type"]] for e in ents] or [0])
    assert rec["classification"] == CLS[lvl]
    f = rec["format"]
    if f in ("json", "fhir_json"):
        json.loads(text)
    if f == "ndjson":
        for line in text.splitlines():
            if line.strip(): json.loads(line)
    if f in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if f == "csv" else "\t"))
        assert len({len(x) for x in rows if x}) == 1, rec["id"]
    leak_check(text, ents, rec["id"])

def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and not verhoeff_ok("2364")
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L") and not dni_ok("12345678A")
    assert nir_ok("255081416802538") and nir_ok("2 55 08 14 168 025 38") and not nir_ok("2 55 08 14 168 025 39")
    assert steuer_ok("86095742719") and not steuer_ok("86095742718")
    assert cf_ok("RSSMRA85T10A562S") and not cf_ok("RSSMRA85T10A562T")
    assert nric_ok("S1234567D") and not nric_ok("S1234567A")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("AB 12 34 56 C") and not nino_ok("GB123456A")
    assert sin_ok("046 454 286") is False and sin_ok("130 692 544")
    assert gen_cf("Mario", "Rossi", 1985, 12, 10, False, "Roma")[:15] == "RSSMRA85T10H501"

def main():
    selftest()
    recs = []
    for name, fn, count, fmt, bucket in T:
        for n in range(count):
            r = random.Random("%s:%s:%d" % (SEED, name, n))
            r.n = n
            d = fn(r)
            assert d.fmt == fmt, name
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([LEVEL[e["type"]] for e in ents] or [0])
            rec = {"id": "h15_%s-%d" % (name, n), "text": d.text(), "entities": ents, "classification": CLS[lvl], "format": d.fmt}
            validate(rec)
            recs.append((rec, bucket))
    with open(OUT, "w", encoding="utf-8") as f:
        for rec, _ in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert len(back) == len(recs)
    ty = collections.Counter(e["type"] for rec, _ in recs for e in rec["entities"])
    fm = collections.Counter(rec["format"] for rec, _ in recs)
    cl = collections.Counter(rec["classification"] for rec, _ in recs)
    bk = collections.Counter(b for _, b in recs)
    noent = sum(1 for rec, _ in recs if not rec["entities"])
    print("documents: %d" % len(recs))
    print("no-entity documents: %d" % noent)
    for title, c in (("classification", cl), ("format", fm), ("bucket", bk), ("entity type", ty)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
