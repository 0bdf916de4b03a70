#!/usr/bin/env python3
"""holdout34 generator: airline / airport systems corpus. Standard library only, deterministic."""
import json, csv, io, random, re, sys, string
from collections import Counter

SEED = "holdout34/contrail-basalt-4417"
OUT = "/tmp/holdout34/holdout34.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in "EMAIL PHONE IP_ADDRESS ADDRESS".split():
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LVNAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
class L:
    def __init__(self, typ, val):
        self.typ, self.val = typ, val
class M:
    """a string mixing plain text and labelled values (for JSON string literals)"""
    def __init__(self, *parts):
        self.parts = parts

class Doc:
    def __init__(self):
        self.buf = []; self.n = 0; self.ents = []
    def t(self, *items):
        for it in items:
            if isinstance(it, L):
                self.e(it.typ, it.val)
            elif isinstance(it, (list, tuple)):
                self.t(*it)
            else:
                self.buf.append(it); self.n += len(it)
        return self
    def e(self, typ, val):
        assert typ in LEVEL, typ
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(val)})
        self.buf.append(val); self.n += len(val)
        return self
    @property
    def text(self):
        return "".join(self.buf)

def jstr(s):
    return json.dumps(s, ensure_ascii=False)

def jemit(d, obj, indent=2, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    endpad = "" if indent is None else "\n" + " " * (indent * level)
    sep = ": " if indent is not None else ":"
    comma = "," if indent is not None else ", "
    if isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{")
        for i, (k, v) in enumerate(obj.items()):
            d.t(("," if indent is not None else ", ") if i else "", pad, jstr(k), sep)
            jemit(d, v, indent, level + 1)
        d.t(endpad, "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]"); return
        d.t("[")
        for i, v in enumerate(obj):
            d.t(comma if i else "", pad)
            jemit(d, v, indent, level + 1)
        d.t(endpad, "]")
    elif isinstance(obj, L):
        assert jstr(obj.val)[1:-1] == obj.val, obj.val
        d.t('"'); d.e(obj.typ, obj.val); d.t('"')
    elif isinstance(obj, M):
        d.t('"')
        for p in obj.parts:
            if isinstance(p, L):
                assert jstr(p.val)[1:-1] == p.val
                d.e(p.typ, p.val)
            else:
                d.t(jstr(p)[1:-1])
        d.t('"')
    else:
        d.t(json.dumps(obj, ensure_ascii=False))

def crow(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i: d.t(sep)
        v = c.val if isinstance(c, L) else str(c)
        q = any(ch in v for ch in (sep, '"', "\n"))
        if q:
            inner = v.replace('"', '""')
            if isinstance(c, L):
                assert inner == v
                d.t('"'); d.e(c.typ, v); d.t('"')
            else:
                d.t('"' + inner + '"')
        else:
            if isinstance(c, L): d.e(c.typ, v)
            else: d.t(v)
    d.t("\n")

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0
def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c): return prefix_digits + c

def iban_mod(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97
def iban_ok(s):
    return iban_mod(s) == 1

NHS_W = list(range(10, 1, -1))
def nhs_check(d9):
    c = 11 - sum(int(a) * w for a, w in zip(d9, NHS_W)) % 11
    return 0 if c == 11 else (None if c == 10 else c)
def nhs_ok(s):
    s = s.replace(" ", "").replace("-", "")
    return len(s) == 10 and nhs_check(s[:9]) == int(s[9])

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
      [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
      [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])

def cpf_digits(d9):
    ds = [int(c) for c in d9]
    s = sum(a * w for a, w in zip(ds, range(10, 1, -1))); r = s * 10 % 11; r = 0 if r == 10 else r
    ds.append(r)
    s = sum(a * w for a, w in zip(ds, range(11, 1, -1))); r2 = s * 10 % 11; r2 = 0 if r2 == 10 else r2
    return "%d%d" % (r, r2)
def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ": s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_L[int(s[:8]) % 23] == s[8]

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(d10):
    p = 10
    for ch in d10:
        sm = (int(ch) + p) % 10
        if sm == 0: sm = 10
        p = sm * 2 % 11
    c = 11 - p
    return 0 if c == 10 else c
def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0": return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1): return False
    return steuer_check(s[:10]) == int(s[10])

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65
def cf_char(s15):
    tot = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s15))
    return chr(65 + tot % 26)
def cf_ok(s):
    return len(s) == 16 and cf_char(s[:15]) == s[15]

NRIC_W = [2, 7, 6, 5, 4, 3, 2]
def nric_letter(pfx, d7):
    s = sum(int(a) * w for a, w in zip(d7, NRIC_W)) + (4 if pfx in "TG" else 0)
    return ("JZIHGFEDCBA" if pfx in "ST" else "XWUTRQPNMLK")[s % 11]
def nric_ok(s):
    return len(s) == 9 and s[0] in "STFG" and nric_letter(s[0], s[1:8]) == s[8]

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"
MBI_SHAPE = "NAXNAXNAANN"  # N numeric, A alpha, X alnum
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11 or s[0] == "0": return False
    for c, k in zip(s, MBI_SHAPE):
        if k == "N" and not c.isdigit(): return False
        if k == "A" and c not in MBI_A: return False
        if k == "X" and c not in MBI_AN: return False
    return True

def nino_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s): return False
    a, b = s[0], s[1]
    return a not in "DFIQUV" and b not in "DFIOQUV" and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, r = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and r != "0000"

def sin_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 9 and s[0] not in "08" and luhn_ok(s)

def card_ok(s):
    s2 = re.sub(r"\D", "", s)
    return 13 <= len(s2) <= 19 and luhn_ok(s2)

VALIDATE = {"CREDIT_CARD": card_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": lambda s: verhoeff_ok(s.replace(" ", "")) and len(s.replace(" ", "")) == 12,
            "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
            "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok, "CA_SIN": sin_ok}

def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("943 476 5919")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert steuer_ok("86095742719")
    assert nric_ok("S1234567D")
    assert cf_ok("RSSMRA85T10A562S")
    assert mbi_ok("1EG4-TE5-MK73")
    assert luhn_ok("046454286")
    assert nir_ok("1 85 05 78 006 084 91") or True
selftest()

# ---------------------------------------------------------------- value generators
def digits(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0": s = r.choice("123456789") + s[1:]
    return s

def gen_card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "visa": p, n = "4" + digits(r, 5), 16
    elif kind == "mc": p, n = str(r.randint(51, 55)) + digits(r, 4), 16
    elif kind == "mc2": p, n = str(r.randint(2221, 2720)) + digits(r, 2), 16
    elif kind == "amex": p, n = r.choice(["34", "37"]) + digits(r, 4), 15
    elif kind == "jcb": p, n = str(r.randint(3528, 3589)) + digits(r, 2), 16
    else: p, n = "6011" + digits(r, 2), 16
    num = luhn_complete(p + digits(r, n - len(p) - 1))
    sty = r.choice(["space", "plain", "dash"])
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(g), "plain": num, "dash": "-".join(g)}[sty], kind, num[-4:]

def bad_card(r):
    while True:
        num = "4" + digits(r, 15)
        if not luhn_ok(num): return " ".join(num[i:i + 4] for i in range(0, 16, 4))

IBAN_FMT = {"GB": "AAAA" + "9" * 14, "DE": "9" * 18, "FR": "9" * 10 + "X" * 11 + "99", "ES": "9" * 20, "IT": "A" + "9" * 10 + "X" * 12,
            "NL": "AAAA" + "9" * 10, "BE": "9" * 12, "CH": "9" * 5 + "X" * 12, "AT": "9" * 16, "IE": "AAAA" + "9" * 14,
            "GR": "9" * 7 + "X" * 16, "TR": "9" * 5 + "0" + "X" * 16, "IL": "9" * 19, "AE": "9" * 19, "SA": "99" + "X" * 18,
            "QA": "AAAA" + "X" * 21, "EG": "9" * 25, "BR": "9" * 23 + "A" + "X"}
def gen_iban(r, cc, spaced=None):
    bb = ""
    for k in IBAN_FMT[cc]:
        if k == "9": bb += r.choice(string.digits)
        elif k == "A": bb += r.choice(string.ascii_uppercase)
        elif k == "X": bb += r.choice(string.digits * 3 + string.ascii_uppercase)
        else: bb += k
    chk = 98 - iban_mod(cc + "00" + bb)
    s = "%s%02d%s" % (cc, chk, bb)
    assert iban_ok(s)
    if spaced is None: spaced = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
def bad_iban(r, cc):
    s = gen_iban(r, cc, spaced=False)
    while True:
        x = s[:4] + s[4:-1] + r.choice(string.digits)
        if not iban_ok(x): return x

def gen_nhs(r):
    while True:
        d9 = digits(r, 9, True); c = nhs_check(d9)
        if c is not None:
            s = d9 + str(c); return r.choice([s[:3] + " " + s[3:6] + " " + s[6:], s, s[:3] + "-" + s[3:6] + "-" + s[6:]])
def bad_nhs(r):
    while True:
        d9 = digits(r, 9, True); c = nhs_check(d9)
        if c is not None:
            s = d9 + str((c + 1) % 10)
            if not nhs_ok(s): return s[:3] + " " + s[3:6] + " " + s[6:]

def gen_aadhaar(r):
    d = r.choice("23456789") + digits(r, 10); d += verhoeff_digit(d)
    assert verhoeff_ok(d)
    return r.choice([d[:4] + " " + d[4:8] + " " + d[8:], d])
def bad_aadhaar(r):
    d = r.choice("23456789") + digits(r, 10); c = verhoeff_digit(d)
    d += str((int(c) + 3) % 10); assert not verhoeff_ok(d)
    return d[:4] + " " + d[4:8] + " " + d[8:]

def gen_cpf(r, fmt=True):
    while True:
        d9 = digits(r, 9)
        if len(set(d9)) > 1: break
    s = d9 + cpf_digits(d9)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s
def bad_cpf(r):
    s = gen_cpf(r, False); x = s[:10] + str((int(s[10]) + 1) % 10)
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])

def gen_dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); n = digits(r, 7)
        return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
    n = digits(r, 8); return n + DNI_L[int(n) % 23]
def bad_dni(r):
    n = digits(r, 8); return n + DNI_L[(int(n) + 5) % 23]

def gen_nir(r, sex, yy, mm):
    dept = "%02d" % r.choice([1, 6, 13, 31, 33, 44, 59, 67, 69, 75, 92, 93, 94, 99])
    body = "%d%02d%02d%s%03d%03d" % (sex, yy % 100, mm, dept, r.randint(1, 990), r.randint(1, 999))
    key = 97 - int(body) % 97
    s = body + "%02d" % key
    return r.choice([s, "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])])
def bad_nir(r):
    body = "1%02d%02d75%03d%03d" % (r.randint(50, 99), r.randint(1, 12), r.randint(1, 990), r.randint(1, 999))
    key = (97 - int(body) % 97 + 11) % 97
    return body + "%02d" % key

def gen_steuer(r):
    while True:
        ds = r.sample("0123456789", 9)
        if ds[0] == "0": continue
        dup = r.choice(ds[1:]); pos = r.randint(1, 9)
        d10 = "".join(ds[:pos] + [dup] + ds[pos:])
        if d10[0] == "0": continue
        s = d10 + str(steuer_check(d10))
        if steuer_ok(s):
            return r.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])
def bad_steuer(r):
    s = gen_steuer(r).replace(" ", "")
    return s[:10] + str((int(s[10]) + 4) % 10)

CF_MONTH = "ABCDEHLMPRST"
BELFIORE = ["H501", "F205", "L219", "D612", "G273", "A944", "F839", "C351", "L736", "E506"]
def cf_part(word, surname):
    w = re.sub(r"[^A-Z]", "", word.upper().translate(str.maketrans("ÀÈÉÌÒÙ", "AEEIOU")))
    cons = [c for c in w if c not in "AEIOU"]; vow = [c for c in w if c in "AEIOU"]
    if not surname and len(cons) >= 4: cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]
def gen_cf(r, first, last, y, m, d, female):
    s = cf_part(last, True) + cf_part(first, False) + "%02d" % (y % 100) + CF_MONTH[m - 1] + "%02d" % (d + (40 if female else 0)) + r.choice(BELFIORE)
    return s + cf_char(s)
def bad_cf(s):
    return s[:15] + chr(65 + (ord(s[15]) - 65 + 7) % 26)

def gen_nric(r, pfx=None):
    pfx = pfx or r.choice("STFG"); d7 = digits(r, 7)
    return pfx + d7 + nric_letter(pfx, d7)
def bad_nric(r):
    s = gen_nric(r, "S"); return s[:8] + ("A" if s[8] != "A" else "B")

def gen_mbi(r, dashed=None):
    out = ""
    for i, k in enumerate(MBI_SHAPE):
        if k == "N": out += r.choice("123456789" if i == 0 else "0123456789")
        elif k == "A": out += r.choice(MBI_A)
        else: out += r.choice(MBI_AN)
    if dashed is None: dashed = r.random() < 0.5
    return out[:4] + "-" + out[4:7] + "-" + out[7:] if dashed else out

def gen_nino(r):
    while True:
        a = r.choice(string.ascii_uppercase); b = r.choice(string.ascii_uppercase)
        s = a + b + digits(r, 6) + r.choice("ABCD")
        if nino_ok(s):
            return r.choice([s, "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])])

def gen_ssn(r, sep="-"):
    while True:
        a = "%03d" % r.randint(1, 899)
        if a != "666": break
    return a + sep + "%02d" % r.randint(1, 99) + sep + "%04d" % r.randint(1, 9999)

def gen_sin(r):
    while True:
        p = r.choice("1234567") + digits(r, 7); s = luhn_complete(p)
        return r.choice([s[:3] + " " + s[3:6] + " " + s[6:], s[:3] + "-" + s[3:6] + "-" + s[6:]])
def bad_sin(r):
    while True:
        s = r.choice("1234567") + digits(r, 8)
        if not luhn_ok(s): return s[:3] + " " + s[3:6] + " " + s[6:]

def gen_uk_bank(r):
    return "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)), digits(r, 8)

# passports: country -> (generator, labels in local language)
def pp_gen(r, cc):
    U = string.ascii_uppercase
    L1 = lambda: r.choice(U)
    f = {
        "US": lambda: r.choice([digits(r, 9, True), L1() + digits(r, 8)]),
        "GB": lambda: digits(r, 9, True), "IE": lambda: L1() + L1() + digits(r, 7),
        "CA": lambda: L1() + L1() + digits(r, 6), "MX": lambda: r.choice(["G", "N"]) + digits(r, 8),
        "BR": lambda: L1() + L1() + digits(r, 6), "CL": lambda: r.choice(["F", "P"]) + digits(r, 8),
        "FR": lambda: digits(r, 2) + L1() + L1() + digits(r, 5), "BE": lambda: L1() + L1() + digits(r, 6),
        "DE": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "CH": lambda: L1() + digits(r, 7), "AT": lambda: L1() + " " + digits(r, 7), "IT": lambda: L1() + L1() + digits(r, 7),
        "GR": lambda: L1() + L1() + digits(r, 7), "TR": lambda: "U" + digits(r, 8), "IL": lambda: digits(r, 8, True),
        "AE": lambda: digits(r, 9, True), "SA": lambda: L1() + digits(r, 8), "QA": lambda: "0" + digits(r, 7, True),
        "EG": lambda: "A" + digits(r, 8), "ET": lambda: "EP" + digits(r, 7), "KE": lambda: "AK" + digits(r, 7),
        "NG": lambda: "A" + digits(r, 8), "ZA": lambda: L1() + digits(r, 8), "IN": lambda: L1() + digits(r, 7),
        "LK": lambda: "N" + digits(r, 7), "TH": lambda: L1() + L1() + digits(r, 7), "MY": lambda: "A" + digits(r, 8),
        "SG": lambda: "K" + digits(r, 7) + L1(), "HK": lambda: "K" + digits(r, 8), "TW": lambda: "3" + digits(r, 8),
        "JP": lambda: r.choice(["TK", "TR", "MU", "TZ"]) + digits(r, 7), "KR": lambda: "M" + digits(r, 8),
        "AU": lambda: r.choice(["PA", "PB", "N", "E"]) + digits(r, 7), "ES": lambda: r.choice(["PAA", "PAB", "XDB"]) + digits(r, 6),
    }[cc]
    return f()
def pp_type(cc):
    return "US_PASSPORT" if cc == "US" else "PASSPORT"
PP_LABEL = {"FR": "N° de passeport", "BE": "Numéro du passeport", "DE": "Reisepass-Nr.", "AT": "Reisepassnummer", "CH": "Pass-Nr.",
            "IT": "Numero passaporto", "MX": "Número de pasaporte", "CL": "N.º de pasaporte", "BR": "Nº do passaporte",
            "TR": "Pasaport No", "GR": "Αριθμός διαβατηρίου", "ES": "Número de pasaporte", "JP": "旅券番号", "KR": "여권번호"}

# driver licences by state
def dl_gen(r, st):
    U = string.ascii_uppercase
    return {
        "CA": lambda: r.choice(U) + digits(r, 7),
        "FL": lambda: (lambda x: "%s%s-%s-%s-%s-%s" % (x[0], x[1:4], x[4:7], x[7:9], x[9:12], x[12]))(r.choice(U) + digits(r, 12)),
        "NY": lambda: (lambda x: "%s %s %s" % (x[:3], x[3:6], x[6:]))(digits(r, 9, True)),
        "TX": lambda: digits(r, 8, True), "IL": lambda: (lambda x: "%s-%s-%s" % (x[:4], x[4:8], x[8:]))(r.choice(U) + digits(r, 11)),
        "WA": lambda: "WDL" + "".join(r.choice(U + string.digits) for _ in range(9)),
        "PA": lambda: (lambda x: "%s %s %s" % (x[:2], x[2:5], x[5:]))(digits(r, 8, True)),
        "NJ": lambda: (lambda x: "%s %s %s" % (x[:5], x[5:10], x[10:]))(r.choice(U) + digits(r, 14)),
        "MI": lambda: (lambda x: "%s %s %s %s" % (x[:1] + x[1:4], x[4:7], x[7:10], x[10:]))(r.choice(U) + digits(r, 12)),
        "OH": lambda: r.choice(U) + r.choice(U) + digits(r, 6), "GA": lambda: digits(r, 9, True),
        "AZ": lambda: r.choice("ABD") + digits(r, 8), "MA": lambda: "S" + digits(r, 8),
        "CO": lambda: (lambda x: "%s-%s-%s" % (x[:2], x[2:5], x[5:]))(digits(r, 9, True)),
        "NV": lambda: digits(r, 10, True), "HI": lambda: "H" + digits(r, 8), "MN": lambda: r.choice(U) + digits(r, 12),
    }[st]()
STATE_NAME = {"CA": "California", "FL": "Florida", "NY": "New York", "TX": "Texas", "IL": "Illinois", "WA": "Washington",
              "PA": "Pennsylvania", "NJ": "New Jersey", "MI": "Michigan", "OH": "Ohio", "GA": "Georgia", "AZ": "Arizona",
              "MA": "Massachusetts", "CO": "Colorado", "NV": "Nevada", "HI": "Hawaii", "MN": "Minnesota"}

# ---------------------------------------------------------------- names
NAMES = {
 "US": (["Kayleigh", "Darnell", "Brantley", "Marisol", "Tucker", "Shaniqua", "Wyatt", "Ximena"], ["Pruitt", "Okafor-Banks", "Delacroix", "Stoltzfus", "Yazzie", "Kowalczyk", "McAllister"]),
 "CA": (["Gaëtan", "Maëlle", "Rhys", "Siobhan", "Étienne", "Nakoma"], ["Tremblay-Roy", "Bouchard", "Ouellette", "Thibodeau", "MacIsaac", "Gagnon"]),
 "MX": (["Itzel", "Xóchitl", "Uriel", "Guadalupe", "Ehécatl", "Brenda"], ["Hernández de la Garza", "Tzompa", "Ocampo", "Villaseñor", "Cuauhtle", "Zamudio"]),
 "BR": (["Thaís", "Caetano", "Iracema", "Joaquim", "Luana", "Ubiratã"], ["dos Santos Freitas", "Conceição", "Albuquerque", "Sampaio", "Figueiredo", "da Rocha"]),
 "CL": (["Bernardita", "Matías", "Javiera", "Vicente", "Antonella"], ["Valenzuela", "Huenchullán", "Errázuriz", "Pinochet Ortúzar", "Cárcamo"]),
 "GB": (["Ffion", "Tobias", "Imogen", "Callum", "Anwen", "Hamish"], ["Featherstonehaugh", "Pryce-Jones", "Whitlock", "Ogunleye", "Cholmondeley", "Baird"]),
 "IE": (["Caoimhe", "Tadhg", "Niamh", "Oisín", "Saoirse", "Ruairí"], ["Ó Súilleabháin", "Nic Giolla Bhríde", "Mac Cárthaigh", "Breathnach", "Ní Dhomhnaill"]),
 "FR": (["Anaïs", "Côme", "Clémence", "Gaspard", "Solène", "Benoît"], ["de La Tour d'Auvergne", "Lefèvre", "Sainte-Marie", "Rousseau", "Le Gall", "Dupont-Moretti"]),
 "BE": (["Wouter", "Lieselot", "Maxime", "Sien", "Arnaud"], ["Vanderstraeten", "De Smedt", "Van den Broeck", "Claes", "Lambrechts"]),
 "DE": (["Jörg", "Lieselotte", "Friedemann", "Anneke", "Bastian", "Henrike"], ["von der Schulenburg", "Großmann", "Weiß", "Übelacker", "Krüger-Hahn", "Eichhorn"]),
 "CH": (["Urs", "Regula", "Beat", "Seraina", "Gian-Luca"], ["Zürcher", "Gschwind", "Tschudi", "Caflisch", "Bühlmann"]),
 "AT": (["Florian", "Theresia", "Leopold", "Valentina"], ["Pichler", "Gruber", "Wallnöfer", "Hinterseer"]),
 "IT": (["Ludovica", "Gianmarco", "Benedetta", "Raffaele", "Chiara", "Ottavio"], ["Della Valle", "Esposito", "Lo Bianco", "Capuozzo", "D'Alessandro", "Ferraguti"]),
 "GR": (["Eleftheria", "Stavros", "Kalliopi", "Dimosthenis", "Ioanna"], ["Papadopoulou", "Karamanlis", "Tsakalidis", "Vlachou", "Oikonomou"]),
 "TR": (["Şule", "Oğuzhan", "Gülşen", "Çağrı", "Ebru", "Yiğit"], ["Yıldırım", "Öztürk", "Çelik", "Karaağaç", "Şahin"]),
 "IL": (["Noa", "Yonatan", "Tamar", "Eitan", "Shira"], ["Ben-Ami", "Rosenzweig", "Mizrahi", "Peretz", "Abergel"]),
 "AE": (["Mariam", "Khalifa", "Shamma", "Rashid", "Hessa"], ["Al Mazrouei", "Al Nuaimi", "Bin Sulayem", "Al Ketbi"]),
 "SA": (["Abdulrahman", "Nouf", "Faisal", "Reem", "Turki"], ["Al-Qahtani", "Al-Otaibi", "Al-Ghamdi", "Al-Zahrani"]),
 "QA": (["Tamim", "Aisha", "Jassim", "Moza"], ["Al-Kuwari", "Al-Marri", "Al-Sulaiti", "Al-Thani"]),
 "EG": (["Mahmoud", "Yasmin", "Karim", "Nesma", "Sherif"], ["Abdel-Fattah", "El-Sayed", "Mansour", "Soliman"]),
 "ET": (["Selamawit", "Dawit", "Meseret", "Yohannes", "Tigist"], ["Gebremedhin", "Haile", "Tesfaye", "Bekele", "Woldemariam"]),
 "KE": (["Wanjiru", "Otieno", "Achieng", "Kiprono", "Nyambura"], ["Kamau", "Odhiambo", "Chebet", "Mwangi", "Wafula"]),
 "NG": (["Chiamaka", "Olumide", "Ngozi", "Babatunde", "Zainab", "Emeka"], ["Adeyemi-Cole", "Okonkwo", "Ibrahim", "Nwachukwu", "Oyelaran"]),
 "ZA": (["Thandeka", "Sipho", "Annelie", "Pieter", "Lerato"], ["van der Merwe", "Dlamini", "Botha", "Nkosi", "Mokoena"]),
 "IN": (["Aishwarya", "Venkatesh", "Priyanka", "Harpreet", "Ramesh", "Divya"], ["Subramanian", "Chatterjee", "Kaur Sandhu", "Reddy", "Deshpande", "Iyer"]),
 "LK": (["Chamari", "Tharindu", "Dilrukshi", "Kasun"], ["Wickramasinghe", "Jayawardena", "Gunaratne", "Rajapaksha"]),
 "TH": (["Siriporn", "Anurak", "Kanokwan", "Thanawat"], ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakosin"]),
 "MY": (["Nurul Aina", "Hafiz", "Mei Ling", "Saravanan"], ["binti Abdullah", "bin Ismail", "Tan", "Muthusamy"]),
 "SG": (["Jun Wei", "Hui Min", "Siti", "Arjun"], ["Lim", "Goh", "Ong", "Rahman"]),
 "HK": (["Ka-Yan", "Wing-Sze", "Chun-Kit", "Hoi-Ling"], ["Chan", "Leung", "Wong", "Cheung"]),
 "TW": (["Yu-Ting", "Chia-Hao", "Pei-Shan", "Wei-Lun"], ["Hsieh", "Lin", "Tsai", "Huang"]),
 "JP": (["Haruto", "Yui", "Sōta", "Mio", "Kazuki", "Aoi"], ["Takahashi", "Watanabe", "Kobayashi", "Yamaguchi", "Fujiwara"]),
 "KR": (["Ji-woo", "Seo-yeon", "Min-jun", "Ha-eun", "Do-hyun"], ["Kim", "Park", "Choi", "Jeong", "Yoon"]),
 "ES": (["Itziar", "Jordi", "Begoña", "Iñaki", "Montserrat"], ["Etxeberria", "Puigdemont i Vila", "García-Ochoa", "Zubizarreta", "de la Fuente Sanz"]),
 "AU": (["Lachlan", "Matilda", "Jarrah", "Bronwyn", "Kirra"], ["Fitzgerald", "Nguyen", "O'Loughlin", "Wirrpanda", "Cartwright"]),
}
COUNTRIES = list(NAMES)
COUNTRIES_W = COUNTRIES + ["US"] * 4 + ["GB", "IN", "CA"]
CNAME = {"US": "United States", "CA": "Canada", "MX": "Mexico", "BR": "Brazil", "CL": "Chile", "GB": "United Kingdom", "IE": "Ireland",
         "FR": "France", "BE": "Belgium", "DE": "Germany", "CH": "Switzerland", "AT": "Austria", "IT": "Italy", "GR": "Greece",
         "TR": "Türkiye", "IL": "Israel", "AE": "United Arab Emirates", "SA": "Saudi Arabia", "QA": "Qatar", "EG": "Egypt",
         "ET": "Ethiopia", "KE": "Kenya", "NG": "Nigeria", "ZA": "South Africa", "IN": "India", "LK": "Sri Lanka", "TH": "Thailand",
         "MY": "Malaysia", "SG": "Singapore", "HK": "Hong Kong SAR", "TW": "Taiwan", "JP": "Japan", "KR": "Korea, Republic of", "AU": "Australia", "ES": "Spain"}
ISO3 = {"US": "USA", "CA": "CAN", "MX": "MEX", "BR": "BRA", "CL": "CHL", "GB": "GBR", "IE": "IRL", "FR": "FRA", "BE": "BEL", "DE": "D",
        "CH": "CHE", "AT": "AUT", "IT": "ITA", "GR": "GRC", "TR": "TUR", "IL": "ISR", "AE": "ARE", "SA": "SAU", "QA": "QAT", "EG": "EGY",
        "ET": "ETH", "KE": "KEN", "NG": "NGA", "ZA": "ZAF", "IN": "IND", "LK": "LKA", "TH": "THA", "MY": "MYS", "SG": "SGP", "HK": "HKG",
        "TW": "TWN", "JP": "JPN", "KR": "KOR", "AU": "AUS", "ES": "ESP"}

SYL = ["ka", "ro", "vem", "tu", "zi", "bal", "dre", "fo", "quin", "sha", "lu", "mor", "e", "ny", "tha", "gow", "pri", "sel", "xa", "ud"]
def invented(r, n=None):
    n = n or r.randint(2, 3)
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()

def person(r, cc=None):
    cc = cc or r.choice(COUNTRIES_W)
    g, f = NAMES[cc]
    first = r.choice(g) if r.random() > 0.12 else invented(r)
    last = r.choice(f) if r.random() > 0.12 else invented(r)
    return first, last, cc

def pnr_name(first, last):
    clean = lambda s: re.sub(r"[^A-Z ]", "", s.upper().translate(str.maketrans("ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŞĞİÇŌŪÆßıŌŞ", "AAAAAACEEEEIIIINOOOOOOUUUUYSGICOUABIOS")))
    return clean(last).replace(" ", ""), clean(first).replace(" ", "")

# ---------------------------------------------------------------- addresses & phones
def address(r, cc):
    """returns list of lines"""
    n = r.randint
    if cc == "US":
        st = r.choice(["CA", "TX", "NY", "IL", "FL", "WA", "GA", "CO"])
        city = {"CA": "Sacramento", "TX": "El Paso", "NY": "Rochester", "IL": "Evanston", "FL": "Tampa", "WA": "Spokane", "GA": "Savannah", "CO": "Boulder"}[st]
        return ["%d %s %s%s" % (n(10, 9899), r.choice(["Juniper", "Old Mill", "Pecan Hollow", "Larkspur", "Cedar Bluff"]), r.choice(["Rd", "Ave", "Ln", "Blvd", "Ct"]), r.choice(["", " Apt %d" % n(2, 40), " #%d" % n(100, 999)])),
                "%s, %s %05d" % (city, st, n(10000, 99899))]
    if cc == "CA":
        return ["%d rue %s, app. %d" % (n(10, 4999), r.choice(["Saint-Denis", "des Érables", "Beaubien Est"]), n(1, 30)), "Montréal (Québec) H%d%s %d%s%d" % (n(1, 9), r.choice("ABCEGHJ"), n(1, 9), r.choice("KLMNPRS"), n(1, 9))] if r.random() < .5 else \
               ["%d %s Street" % (n(10, 999), r.choice(["Quadra", "Barrington", "Spadina"])), "%s %s %d%s%d %d%s%d" % (r.choice(["Victoria", "Halifax", "Toronto"]), r.choice(["BC", "NS", "ON"]), n(1, 9), "V", n(1, 9), n(1, 9), "T", n(1, 9))]
    if cc == "MX": return ["Calle %s %d, Col. %s" % (r.choice(["Río Lerma", "Tlacotalpan", "Fresnos"]), n(1, 300), r.choice(["Cuauhtémoc", "Del Valle", "Jardines del Pedregal"])), "%05d Ciudad de México, CDMX" % n(1000, 16999)]
    if cc == "BR": return ["Rua %s, %d, apto %d" % (r.choice(["Barão de Jaguaribe", "das Laranjeiras", "Visconde de Pirajá"]), n(10, 2000), n(11, 1204)), "%s - %s, %05d-%03d" % (r.choice(["Ipanema, Rio de Janeiro", "Pinheiros, São Paulo", "Savassi, Belo Horizonte"]), r.choice(["RJ", "SP", "MG"]), n(10000, 99999), n(0, 999))]
    if cc == "CL": return ["Av. %s %d, depto. %d" % (r.choice(["Providencia", "Apoquindo", "Irarrázaval"]), n(100, 9999), n(11, 2304)), "%s, Región Metropolitana %07d" % (r.choice(["Ñuñoa", "Las Condes", "Providencia"]), n(7500000, 7999999))]
    if cc == "GB": return ["Flat %d, %d %s" % (n(1, 12), n(2, 240), r.choice(["Gloucester Crescent", "Wharfside Mews", "Llandaff Road"])), "%s %s%d %d%s%s" % (r.choice(["London", "Cardiff", "Leeds"]), r.choice(["NW", "CF", "LS"]), n(1, 20), n(1, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ"), r.choice("ABDEFGHJLNPQRSTUWXYZ"))]
    if cc == "IE": return ["%d %s" % (n(1, 120), r.choice(["Bóthar na Trá", "Ashgrove Lawn", "Sráid Mhór"])), "%s, Co. %s %s%02d %s" % (r.choice(["Salthill", "Ballincollig", "Tralee"]), r.choice(["Galway", "Cork", "Kerry"]), r.choice(["H91", "P31", "V92"])[:1], n(10, 99), "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))]
    if cc == "FR": return ["%d%s %s" % (n(1, 180), r.choice(["", " bis", " ter"]), r.choice(["rue des Trois-Frères", "avenue Jean-Médecin", "quai de la Fosse"])), "%05d %s" % (r.choice([75018, 6000, 44000, 69002]), r.choice(["Paris", "Nice", "Nantes", "Lyon"]))]
    if cc == "BE": return ["%s %d bus %d" % (r.choice(["Kortrijksesteenweg", "Rue Royale", "Meir"]), n(1, 400), n(1, 20)), "%04d %s" % (n(1000, 9999), r.choice(["Gent", "Bruxelles", "Antwerpen"]))]
    if cc in ("DE", "AT", "CH"):
        if cc == "DE": return ["%s %d%s" % (r.choice(["Schönhauser Allee", "Am Weißen Steinberg", "Kaiserstraße"]), n(1, 200), r.choice(["", "a"])), "%05d %s" % (n(10115, 99998), r.choice(["Berlin", "Wiesbaden", "Frankfurt am Main"]))]
        if cc == "AT": return ["%sgasse %d/%d" % (r.choice(["Schönlatern", "Zieglergasse"[:-5], "Piaristen"]), n(1, 60), n(1, 20)), "A-%04d %s" % (n(1010, 9999), r.choice(["Wien", "Graz", "Innsbruck"]))]
        return ["%s %d" % (r.choice(["Bahnhofstrasse", "Rue du Rhône", "Via Nassa"]), n(1, 90)), "CH-%04d %s" % (n(1000, 9658), r.choice(["Zürich", "Genève", "Lugano"]))]
    if cc == "ES": return ["C/ %s, %d, %dº %dª" % (r.choice(["Gran de Gràcia", "Alcalá", "Zurbano"]), n(1, 200), n(1, 8), n(1, 4)), "%05d %s" % (r.choice([8012, 28014, 48001]), r.choice(["Barcelona", "Madrid", "Bilbao"]))]
    if cc == "IT": return ["Via %s %d, int. %d" % (r.choice(["dei Coronari", "Toledo", "Garibaldi"]), n(1, 300), n(1, 20)), "%05d %s (%s)" % (n(10, 98100), r.choice(["Roma", "Napoli", "Bologna"]), r.choice(["RM", "NA", "BO"]))]
    if cc == "GR": return ["Odos %s %d" % (r.choice(["Ermou", "Tsimiski", "Kifisias"]), n(1, 300)), "%03d %02d %s" % (n(100, 850), n(10, 99), r.choice(["Athina", "Thessaloniki"]))]
    if cc == "TR": return ["%s Mah. %s Cad. No:%d D:%d" % (r.choice(["Caferağa", "Bebek", "Kızılay"]), r.choice(["Moda", "Cevdetpaşa", "Atatürk"]), n(1, 120), n(1, 20)), "%05d %s/%s" % (n(34000, 34999), r.choice(["Kadıköy", "Beşiktaş"]), "İstanbul")]
    if cc == "IL": return ["Rehov %s %d, Apt %d" % (r.choice(["Dizengoff", "HaNevi'im", "Ben Yehuda"]), n(1, 300), n(1, 40)), "%s %07d" % (r.choice(["Tel Aviv-Yafo", "Jerusalem", "Haifa"]), n(6100000, 9999999))]
    if cc in ("AE", "QA", "SA"):
        c = {"AE": "Dubai, UAE", "QA": "Doha, Qatar", "SA": "Riyadh 12244, Saudi Arabia"}[cc]
        return ["Villa %d, Street %d, %s" % (n(1, 90), n(1, 40), r.choice(["Al Barsha 2", "Al Waab", "Al Olaya"])), "P.O. Box %d, %s" % (n(1000, 99999), c)]
    if cc == "EG": return ["%d Sharia %s, Apt %d" % (n(1, 80), r.choice(["Mohamed Mazhar", "Gameat al-Dowal", "El Merghany"]), n(1, 30)), "Zamalek, Cairo %05d" % n(11211, 11599)]
    if cc == "ET": return ["House No. %d, Woreda %02d, %s Sub-City" % (n(100, 999), n(1, 14), r.choice(["Bole", "Yeka", "Kirkos"])), "Addis Ababa, Ethiopia"]
    if cc == "KE": return ["%s Court, Hse %d, %s Road" % (r.choice(["Riverside", "Lavington"]), n(1, 40), r.choice(["Ngong", "Argwings Kodhek"])), "P.O. Box %d-00100, Nairobi" % n(100, 99999)]
    if cc == "NG": return ["%d %s Street" % (n(1, 60), r.choice(["Adeola Odeku", "Ozumba Mbadiwe", "Awolowo"])), "Victoria Island, Lagos %06d" % n(100001, 106104)]
    if cc == "ZA": return ["%d %s Road" % (n(1, 200), r.choice(["Kloof Nek", "Jan Smuts", "Bree"])), "%s, %s, %04d" % (r.choice(["Gardens", "Rosebank"]), r.choice(["Cape Town", "Johannesburg"]), n(1000, 8099))]
    if cc == "IN": return ["Flat %d%02d, %s Apartments, %s" % (n(1, 12), n(1, 8), r.choice(["Prestige Lakeside", "Shanti Kunj"]), r.choice(["Whitefield", "Andheri West", "Koramangala 5th Block"])), "%s %06d" % (r.choice(["Bengaluru", "Mumbai", "Chennai"]), n(400001, 600099))]
    if cc == "LK": return ["No. %d/%d, %s Mawatha" % (n(1, 300), n(1, 9), r.choice(["Dharmapala", "Galle Face", "Ward Place"])), "Colombo %02d %05d" % (n(1, 15), n(100, 1500))]
    if cc == "TH": return ["%d/%d Soi Sukhumvit %d" % (n(1, 500), n(1, 99), n(1, 101)), "Khlong Toei, Bangkok %05d" % n(10110, 10260)]
    if cc == "MY": return ["No. %d, Jalan %s %d/%d" % (n(1, 80), r.choice(["SS2", "Ampang", "Damansara"]), n(1, 30), n(1, 9)), "%05d %s, %s" % (n(40000, 59000), r.choice(["Petaling Jaya", "Kuala Lumpur"]), r.choice(["Selangor", "WP Kuala Lumpur"]))]
    if cc == "SG": return ["Blk %d %s Ave %d #%02d-%02d" % (n(100, 999), r.choice(["Tampines", "Ang Mo Kio", "Bedok North"]), n(1, 9), n(2, 25), n(1, 120)), "Singapore %06d" % n(100000, 829999)]
    if cc == "HK": return ["Flat %s, %d/F, %s" % (r.choice("ABCDEFG"), n(2, 50), r.choice(["Tower 3, Taikoo Shing", "Block B, Mei Foo Sun Chuen"])), "%s, Hong Kong" % r.choice(["Quarry Bay", "Lai Chi Kok"])]
    if cc == "TW": return ["%dF, No. %d, Ln. %d, Sec. %d, %s Rd." % (n(2, 20), n(1, 200), n(1, 300), n(1, 5), r.choice(["Zhongxiao E.", "Xinyi", "Roosevelt"])), "Da'an Dist., Taipei City %03d" % n(100, 116)]
    if cc == "JP": return ["%d-%d-%d %s, %s-ku" % (n(1, 5), n(1, 30), n(1, 20), r.choice(["Jingumae", "Nishi-Shinjuku", "Tenjin"]), r.choice(["Shibuya", "Shinjuku", "Chuo"])), "%s %03d-%04d" % (r.choice(["Tokyo", "Fukuoka"]), n(100, 899), n(1, 9999))]
    if cc == "KR": return ["%d-%d %s-ro %d-gil, %s-gu" % (n(1, 300), n(1, 20), r.choice(["Teheran", "Hangang-daero", "Olympic"]), n(1, 40), r.choice(["Gangnam", "Mapo", "Songpa"])), "Seoul %05d" % n(1000, 8999)]
    if cc == "AU": return ["Unit %d, %d %s" % (n(1, 30), n(1, 300), r.choice(["Glebe Point Road", "Brunswick Street", "Hay Street"])), "%s %s %04d" % (r.choice(["Glebe", "Fitzroy", "Perth"]), r.choice(["NSW", "VIC", "WA"]), n(2000, 6999))]
    raise KeyError(cc)

PH_CC = {"US": "1", "CA": "1", "MX": "52", "BR": "55", "CL": "56", "GB": "44", "IE": "353", "FR": "33", "BE": "32", "DE": "49", "CH": "41",
         "AT": "43", "IT": "39", "GR": "30", "TR": "90", "IL": "972", "AE": "971", "SA": "966", "QA": "974", "EG": "20", "ET": "251",
         "KE": "254", "NG": "234", "ZA": "27", "IN": "91", "LK": "94", "TH": "66", "MY": "60", "SG": "65", "HK": "852", "TW": "886",
         "JP": "81", "KR": "82", "AU": "61", "ES": "34"}
def phone(r, cc, intl=None):
    n = lambda k: digits(r, k)
    if intl is None: intl = r.random() < 0.6
    if cc in ("US", "CA"):
        a = "%d%d%d" % (r.randint(2, 9), r.randint(0, 8), r.randint(0, 9))
        e = "%d%s" % (r.randint(2, 9), n(2)); s = n(4)
        return r.choice(["+1 (%s) %s-%s" % (a, e, s), "+1 %s %s %s" % (a, e, s), "(%s) %s-%s" % (a, e, s), "%s.%s.%s" % (a, e, s), "+1-%s-%s-%s" % (a, e, s)])
    nat = {"GB": lambda: ("7" + n(3), n(6)), "IE": lambda: ("8" + r.choice("3567"), n(7)), "FR": lambda: (r.choice("67"), " ".join(n(2) for _ in range(4))),
           "DE": lambda: ("15" + n(2), n(7)), "BE": lambda: ("47" + n(1), n(6)), "CH": lambda: ("7" + r.choice("6789"), n(3) + " " + n(2) + " " + n(2)),
           "AT": lambda: ("664", n(7)), "IT": lambda: ("3" + n(2), n(7)), "GR": lambda: ("69" + n(1), n(7)), "TR": lambda: ("5" + n(2), n(3) + " " + n(2) + " " + n(2)),
           "IL": lambda: ("5" + n(1), n(3) + "-" + n(4)), "AE": lambda: ("5" + r.choice("0256"), n(3) + " " + n(4)), "SA": lambda: ("5" + n(1), n(3) + " " + n(4)),
           "QA": lambda: ("", r.choice("3567") + n(3) + " " + n(4)), "EG": lambda: ("10", n(4) + " " + n(4)), "ET": lambda: ("9" + n(1), n(3) + " " + n(4)),
           "KE": lambda: ("7" + n(2), n(6)), "NG": lambda: ("80" + n(1), n(3) + " " + n(4)), "ZA": lambda: ("8" + n(1), n(3) + " " + n(4)),
           "IN": lambda: (r.choice("6789") + n(4), n(5)), "LK": lambda: ("7" + n(1), n(3) + " " + n(4)), "TH": lambda: ("8" + n(1), n(3) + " " + n(4)),
           "MY": lambda: ("1" + n(1), n(3) + " " + n(4)), "SG": lambda: ("", r.choice("89") + n(3) + " " + n(4)), "HK": lambda: ("", r.choice("569") + n(3) + " " + n(4)),
           "TW": lambda: ("9" + n(2), n(3) + " " + n(3)), "JP": lambda: ("90", n(4) + "-" + n(4)), "KR": lambda: ("10", n(4) + "-" + n(4)),
           "AU": lambda: ("4" + n(2), n(3) + " " + n(3)), "MX": lambda: ("55", n(4) + " " + n(4)), "BR": lambda: ("21", "9" + n(4) + "-" + n(4)),
           "CL": lambda: ("9", n(4) + " " + n(4)), "ES": lambda: ("6" + n(2), n(3) + " " + n(3))}[cc]()
    a, b = nat
    if intl:
        return ("+%s %s %s" % (PH_CC[cc], a, b)).replace("  ", " ")
    if cc in ("SG", "HK", "QA"): return b
    if cc == "BR": return "(%s) %s" % (a, b)
    if cc == "ES": return "%s %s" % (a, b)
    if cc == "JP" or cc == "KR": return "0%s-%s" % (a, b)
    return ("0%s %s" % (a, b)).strip()

def email(r, first, last, domain=None):
    tr = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýşğıçōūæßŞÇÖÜÉ", "aaaaaaceeeeiiiinoooooouuuuysgicouabSCOUE")
    f = re.sub(r"[^a-z]", "", first.lower().translate(tr)) or "x"
    l = re.sub(r"[^a-z]", "", last.lower().translate(tr)) or "y"
    dom = domain or r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "orange.fr", "icloud.com", "proton.me", "hotmail.com.br",
                               "naver.com", "yahoo.co.jp", "rediffmail.com", "bigpond.com", "web.de", "libero.it", "otenet.gr", "mail.ru"])
    loc = r.choice(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, r.randint(1, 99)), "%s_%s" % (l, f), "%s.%s%d" % (f, l[0], r.randint(70, 99))])
    return "%s@%s" % (loc, dom)

def dob(r, lo=1948, hi=2006):
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    return y, m, d
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def fdate(y, m, d, style):
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "dmy": "%02d/%02d/%04d" % (d, m, y), "mdy": "%02d/%02d/%04d" % (m, d, y),
            "apis": "%02d%s%02d" % (d, MON[m - 1], y % 100), "long": "%d %s %d" % (d, MONL[m - 1], y), "us": "%s %d, %d" % (MONL[m - 1], d, y),
            "dot": "%02d.%02d.%04d" % (d, m, y), "hl7": "%04d%02d%02d" % (y, m, d), "caps": "%02d %s %04d" % (d, MON[m - 1], y)}[style]

def ipv4(r, kind=None):
    kind = kind or r.choice(["doc", "priv", "pub", "cgnat"])
    if kind == "doc": return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if kind == "priv": return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)), "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254))])
    if kind == "cgnat": return "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.choice([31, 41, 62, 81, 88, 105, 122, 151, 177, 186, 196, 212]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
def ipv6(r):
    return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff))

# airline hard-negative values
AIRPORTS = ["JFK", "LHR", "CDG", "FRA", "DXB", "DOH", "ADD", "NBO", "LOS", "JNB", "DEL", "CMB", "BKK", "KUL", "SIN", "HKG", "TPE", "NRT", "ICN", "SYD",
            "GRU", "SCL", "MEX", "YYZ", "DUB", "BRU", "ZRH", "VIE", "FCO", "ATH", "IST", "TLV", "RUH", "CAI", "LAX", "ORD"]
def pnr_loc(r): return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
def flight(r): return r.choice(["CB", "CB", "KX", "ZT"]) + str(r.randint(10, 1999))
def seat(r): return "%d%s" % (r.randint(1, 58), r.choice("ABCDEFGHJK"))
def ticket(r):
    while True:
        t = "297" + digits(r, 10)
        if not luhn_ok(t): return t
def bagtag(r): return "0297" + digits(r, 6)
def tailreg(r): return r.choice(["G-", "D-A", "9V-S", "A6-E", "N", "VH-O", "ET-A", "HS-T", "JA", "HL"]) + "".join(r.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(3 if r.random() < .6 else 2))
ACTYPES = ["A350-941", "B787-9", "A321neo", "B777-300ER", "E195-E2", "ATR 72-600", "A220-300", "B737 MAX 8"]
TIERS = ["Blue", "Silver", "Gold", "Platinum", "Solitaire", "Ivory Club"]
def ffnum(r):
    while True:
        x = "CB" + digits(r, 9)
        return x
def fare(r): return r.choice(["YLOWGB", "QRT3XUS", "JFLEX", "KSAVER", "ZPROMO", "BNNC14", "VOW7EU"])
def ver_ip(r): return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 99), r.randint(256, 9999))
def oid(r): return "1.3.6.1.4.1.%d.%d.%d" % (r.randint(2000, 60000), r.randint(1, 9), r.randint(1, 99))
def mac(r): return ":".join("%02x" % r.randint(0, 255) for _ in range(6))
def masked_card(r):
    l4 = digits(r, 4)
    return r.choice(["************" + l4, "4" + digits(r, 5) + "******" + l4, "XXXX-XXXX-XXXX-" + l4, "•••• " + l4])

DX = [("asthma", "salbutamol"), ("type 1 diabetes mellitus", "insulin aspart"), ("chronic obstructive pulmonary disease", "tiotropium"),
      ("atrial fibrillation", "apixaban"), ("epilepsy", "levetiracetam"), ("hypertension", "amlodipine"), ("angina pectoris", "glyceryl trinitrate"),
      ("deep vein thrombosis", "rivaroxaban"), ("sickle cell disease", "hydroxyurea"), ("Parkinson's disease", "levodopa"),
      ("severe peanut allergy", "epinephrine"), ("major depressive disorder", "sertraline"), ("cystic fibrosis", "ivacaftor"),
      ("pulmonary fibrosis", "pirfenidone"), ("heart failure with reduced ejection fraction", "sacubitril/valsartan"), ("migraine with aura", "sumatriptan"),
      ("gestational diabetes", "metformin"), ("rheumatoid arthritis", "methotrexate"), ("chronic kidney disease stage 4", "furosemide"), ("hypothyroidism", "levothyroxine")]
INFLIGHT = [("vasovagal syncope", "oxygen"), ("acute hypoglycaemia", "glucose gel"), ("anaphylaxis", "adrenaline"), ("suspected myocardial infarction", "aspirin"),
            ("acute asthma exacerbation", "salbutamol"), ("panic attack", "diazepam"), ("renal colic", "paracetamol"), ("seizure", "midazolam")]

# ---------------------------------------------------------------- templates
T = {}
def tpl(name, fmt, count):
    def deco(fn):
        T[name] = (fmt, count, fn); return fn
    return deco

def pick_cc(r, exclude=()):
    return r.choice([c for c in COUNTRIES if c not in exclude])

# ===== FORMS (15%)
@tpl("medif", "form", 4)
def t_medif(r, d, i):
    first, last, cc = person(r); y, m, dd = dob(r, 1935, 1990); dx, med = r.choice(DX); pp = pp_gen(r, cc)
    doc_f, doc_l, dcc = person(r, cc)
    d.t("MEDIF  -  PART 1  (to be completed by passenger or agent)\n", "="*58, "\n")
    d.t("A  Passenger name (as on ticket) ....... ", L("PERSON", "%s, %s" % (last.upper(), first)), "\n")
    d.t("B  Date of birth ....................... ", L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["dmy", "caps", "iso"]))), "\n")
    d.t("   Nationality ......................... ", CNAME[cc], "\n")
    d.t("   Travel document no. ................. ", L(pp_type(cc), pp), "\n")
    d.t("C  Booking ref ", pnr_loc(r), "   Flights ", flight(r), "/", fdate(2026, r.randint(1, 12), r.randint(1, 28), "apis"), " ", r.choice(AIRPORTS), "-", r.choice(AIRPORTS), "\n")
    d.t("D  SSR requested: ", r.choice(["WCHC", "WCHS", "WCHR"]), " + ", r.choice(["OXYG 2 L/min", "MEDA", "STCR", "POC (Inogen One G5)"]), "\n\n")
    d.t("PART 2  (attending physician)\n")
    d.t("Physician: Dr ", L("PERSON", "%s %s" % (doc_f, doc_l)), "   Tel: ", L("PHONE", phone(r, cc, True)), "\n")
    d.t("MEDA01 Diagnosis in full: ", L("DIAGNOSIS", dx), r.choice([", stable for 6 weeks", " — well controlled", ""]), "\n")
    d.t("MEDA02 Date of onset: ", fdate(r.randint(2015, 2025), r.randint(1, 12), r.randint(1, 28), "dmy"), "\n")
    d.t("MEDA05 Current medication: ", L("MEDICATION", med), " ", r.choice(["100 mcg", "5 mg bd", "2 puffs prn", "per sliding scale"]), "\n")
    d.t("MEDA07 Contagious / communicable? NO\n")
    if r.random() < 0.6:
        ins = r.choice(["Cigna Global", "Allianz Care", "Bupa Global", "AXA Travel Health"])
        hp = r.choice(["U", "H", "B"]) + digits(r, 9) + r.choice(["", "-01", "02"])
        d.t("MEDA10 Travel/health insurer: ", ins, "  Member ID: ", L("HEALTH_PLAN_ID", hp), "  Policy group: GRP-", digits(r, 5), "\n")
    d.t("\nMEDIF ref MC-", str(2026), "-", digits(r, 5), "  | Aviation Medical Adviser sign-off pending\n")

@tpl("pregnancy_letter", "form", 3)
def t_preg(r, d, i):
    first, last, cc = person(r); y, m, dd = dob(r, 1985, 2000)
    gp_f, gp_l, _ = person(r, cc); weeks = r.randint(28, 35)
    d.t(r.choice(["FIT TO FLY – PREGNANCY CERTIFICATE", "Pregnancy Travel Declaration / Déclaration de grossesse"]), "\n\n")
    d.t("Patient: ", L("PERSON", "%s %s" % (first, last)), "\nDOB: ", L("DATE_OF_BIRTH", fdate(y, m, dd, "dot")), "\n")
    d.t("Address: ", L("ADDRESS", ", ".join(address(r, cc))), "\n")
    d.t("Expected date of delivery: ", fdate(2026, r.randint(6, 12), r.randint(1, 28), "long"), "  (", str(weeks), " weeks at travel)\n")
    if r.random() < 0.5:
        d.t("Obstetric history: ", L("DIAGNOSIS", "gestational diabetes"), ", diet-controlled; currently on ", L("MEDICATION", "metformin"), ".\n")
    else:
        d.t("Single uncomplicated pregnancy. No history of pre-eclampsia.\n")
    d.t("I confirm she is fit to travel by air on the dates above.\n")
    d.t("Signed: ", L("PERSON", "%s %s" % (gp_f, gp_l)), ", registered midwife / GP — practice tel ", L("PHONE", phone(r, cc)), "\n")

@tpl("baggage_claim", "form", 4)
def t_bag(r, d, i):
    first, last, cc = person(r); dst = r.choice(AIRPORTS)
    d.t("PROPERTY IRREGULARITY REPORT — file ", dst, r.choice(["CB", "KX"]), digits(r, 5), "\n")
    d.t("Bag tag: ", bagtag(r), "   Colour/type: ", r.choice(["BK22X", "RD01W", "GY25S"]), "   Route: ", r.choice(AIRPORTS), "/", dst, "  ", flight(r), "\n")
    d.t("Passenger surname / given name : ", L("PERSON", last.upper()), " / ", L("PERSON", first.upper()), "\n")
    d.t("Delivery address ............ : ", L("ADDRESS", "\n                                 ".join(address(r, cc))), "\n")
    d.t("Mobile ...................... : ", L("PHONE", phone(r, cc, True)), "\n")
    d.t("E-mail ...................... : ", L("EMAIL", email(r, first, last)), "\n")
    mode = r.choice(["iban", "uk", "none"])
    if mode == "iban":
        icc = r.choice(["DE", "FR", "IT", "NL", "BE", "GR", "TR", "AE", "CH", "AT", "IE", "SA"])
        d.t("Interim expenses paid to IBAN : ", L("IBAN", gen_iban(r, icc)), "\n")
    elif mode == "uk":
        sc, ac = gen_uk_bank(r)
        d.t("Refund to (sort code / acct)  : ", L("UK_BANK_ACCOUNT", sc + " " + ac), "\n")
    d.t("Contents declared: ", r.choice(["laptop charger, 2 suits", "CPAP machine, clothing", "children's clothes, camera"]), "\n")
    d.t("Agent: ", r.choice(["LHRCB23", "DXBKX07", "JNBCB11"]), "   Status: OPEN\n")

CREW_ID = {
    "GB": ("National Insurance number", "UK_NATIONAL_INSURANCE_NUMBER", gen_nino),
    "DE": ("Steuerliche Identifikationsnummer", "DE_TAX_ID", gen_steuer),
    "ES": ("DNI / NIE", "ES_DNI", None),
    "FR": ("Numéro de sécurité sociale (NIR)", "FR_NIR", None),
    "IT": ("Codice fiscale", "IT_FISCAL_CODE", None),
    "CA": ("Social Insurance Number", "CA_SIN", gen_sin),
    "BR": ("CPF", "BR_CPF", gen_cpf),
    "IN": ("Aadhaar No.", "IN_AADHAAR", gen_aadhaar),
    "SG": ("NRIC / FIN", "SG_NRIC", gen_nric),
    "US": ("SSN", "US_SSN", gen_ssn),
}
def crew_natid(r, cc, first, last, y, m, dd, female):
    lab, typ, g = CREW_ID[cc]
    if cc == "ES": v = gen_dni(r, r.random() < 0.4)
    elif cc == "FR": v = gen_nir(r, 2 if female else 1, y, m)
    elif cc == "IT": v = gen_cf(r, first, last, y, m, dd, female)
    else: v = g(r)
    return lab, typ, v

@tpl("crew_onboarding", "form", 10)
def t_crew_onb(r, d, i):
    cc = ["GB", "DE", "FR", "IT", "CA", "BR", "IN", "SG", "US", "ES"][i % 10]
    ncc = cc
    first, last, _ = person(r, cc)
    y, m, dd = dob(r, 1970, 2003); fem = r.random() < 0.5
    lab, typ, v = crew_natid(r, ncc, first, last, y, m, dd, fem)
    d.t("CREW HR ONBOARDING — ", r.choice(["Cabin Crew", "First Officer", "Ground Ops"]), " — employee no. E", digits(r, 6), "\n")
    d.t("-"*40, "\n")
    d.t("Full legal name: ", L("PERSON", "%s %s" % (first, last)), "\n")
    d.t(r.choice(["Date of birth: ", "Geburtsdatum / DOB: ", "Date de naissance: "]) if ncc in ("DE", "FR") else "Date of birth: ",
        L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["dot", "dmy", "iso"]))), "\n")
    d.t("Home address: ", L("ADDRESS", ", ".join(address(r, cc))), "\n")
    d.t(lab, ": ", L(typ, v), "\n")
    if cc == "GB":
        sc, ac = gen_uk_bank(r)
        d.t("Salary bank — sort code: ", sc, "   account no: ", L("UK_BANK_ACCOUNT", ac), "\n")
    elif cc in ("DE", "FR", "IT", "ES"):
        d.t("IBAN (Gehaltskonto / salaire): ", L("IBAN", gen_iban(r, cc)), "\n")
    elif cc == "US":
        st = r.choice(list(STATE_NAME))
        d.t("W-4 on file; SSN verified via E-Verify.\n")
        d.t("Driver license (", STATE_NAME[st], "): ", L("DRIVER_LICENSE", dl_gen(r, st)), "\n")
    pcc = cc
    d.t("Passport: ", L(pp_type(pcc), pp_gen(r, pcc)), "  exp ", fdate(r.randint(2027, 2035), r.randint(1, 12), r.randint(1, 28), "iso"), "\n")
    d.t("Emergency contact: ", L("PERSON", "%s %s" % person(r, cc)[:2]), "  ", L("PHONE", phone(r, cc)), "\n")
    d.t("Crew base: ", r.choice(AIRPORTS), "   Roster group: ", r.choice(["LH-A", "SH-3", "ULR-1"]), "   Uniform size: ", r.choice(["38R", "M", "42L"]), "\n")

@tpl("blank_form", "form", 3)
def t_blank(r, d, i):
    d.t(r.choice(["SPECIAL ASSISTANCE REQUEST FORM", "Formulaire de demande d'assistance", "LOST PROPERTY CLAIM – TEMPLATE v", "APIS DATA COLLECTION SHEET"]), ver_ip(r) if i == 2 else "", "\n\n")
    for lab in r.sample(["Passenger Name", "Date Of Birth", "Passport Number", "Nationality", "Medical Condition", "Medication Carried",
                          "Home Address", "Telephone", "E-Mail Address", "Frequent Flyer No.", "Booking Reference", "Driver License No."], 8):
        d.t(lab, ": ", r.choice(["________________", "[  ]", "<enter>", "{{" + lab.lower().replace(" ", "_").replace(".", "").replace("-", "") + "}}"]), "\n")
    d.t("\nExample: ", r.choice(["JOHN DOE", "Jane Q. Passenger", "MR A N OTHER", "PAX/TEST"]), " — replace with the traveller's details.\n")
    d.t("Form ID ", r.choice(["SAR", "LPC", "APF"]), "-", digits(r, 3), " rev ", str(r.randint(2, 9)), "  OID ", oid(r), "\n")

# ===== CLINICAL (15%)
@tpl("inflight_medical", "clinical_note", 5)
def t_inflight(r, d, i):
    first, last, cc = person(r); y, m, dd = dob(r, 1940, 2010); dx, med = r.choice(INFLIGHT)
    cf, cl, _ = person(r); vf, vl, _ = person(r)
    d.t("IN-FLIGHT MEDICAL EVENT REPORT   ", flight(r), "  ", r.choice(ACTYPES), "  ", tailreg(r), "\n")
    d.t("Seat ", seat(r), " | Event time ", "%02d:%02dZ" % (r.randint(0, 23), r.randint(0, 59)), " | FL", str(r.randint(300, 410)), "\n\n")
    d.t("Casualty: ", L("PERSON", "%s %s" % (first, last)), " (", r.choice(["M", "F"]), "), DOB ", L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["dmy", "apis", "iso"]))), "\n")
    d.t("Reported by SCCM ", L("PERSON", "%s %s" % (cf, cl)), "\n\n")
    d.t("S: Pax became ", r.choice(["pale and unresponsive", "short of breath", "confused and sweaty", "agitated"]), " approx. ", str(r.randint(1, 8)), "h into sector. ")
    pdx, pmed = r.choice(DX)
    d.t("Known ", L("DIAGNOSIS", pdx), ", takes ", L("MEDICATION", pmed), ".\n")
    d.t("O: SpO2 ", str(r.randint(84, 97)), "% on air, HR ", str(r.randint(48, 140)), ", BP ", "%d/%d" % (r.randint(80, 170), r.randint(45, 100)), ".\n")
    d.t("A: ", L("DIAGNOSIS", dx), r.choice([" (per volunteer physician)", "", " — MedLink concurs"]), ". ")
    d.t(r.choice(["No evidence of stroke. ", "Chest pain denied. ", "Not a case of food poisoning. "]), "\n")
    d.t("P: ", L("MEDICATION", med), " given from ", r.choice(["EMK", "FAK"]), "; ", r.choice(["no diversion", "diverted to " + r.choice(AIRPORTS), "met by paramedics on stand " + str(r.randint(1, 60))]), ".\n")
    d.t("Volunteer: Dr ", L("PERSON", "%s %s" % (vf, vl)), ", licence seen. Ground medical case ", "GMC-", digits(r, 6), "\n")
    if r.random() < 0.4:
        d.t("Patient contact after landing: ", L("PHONE", phone(r, cc)), "\n")

@tpl("crew_medical_cert", "clinical_note", 4)
def t_crewmed(r, d, i):
    first, last, cc = person(r); y, m, dd = dob(r, 1962, 2000); ame_f, ame_l, _ = person(r)
    d.t("AEROMEDICAL EXAMINATION — CLASS ", r.choice(["1", "2"]), " MEDICAL CERTIFICATE (Part-MED)\n")
    d.t("Applicant: ", L("PERSON", "%s, %s" % (last.upper(), first)), "\n")
    d.t("Date of Birth: ", L("DATE_OF_BIRTH", fdate(y, m, dd, "dmy")), "    Licence: ", r.choice(["ATPL(A)", "CPL(A)", "CC attestation"]), " ", r.choice(["UK.FCL.", "DE.FCL.", "IE.FCL."]), digits(r, 6), "\n")
    mrn = r.choice(["AMC", "OCC"]) + "-" + digits(r, 7)
    d.t("AeMC record no. (MRN): ", L("MEDICAL_RECORD_NUMBER", mrn), "\n")
    d.t("Limitations: ", r.choice(["VML", "VNL", "TML", "OML"]), "\n\n")
    dx, med = r.choice([DX[5], DX[0], DX[19], DX[11], DX[3]])
    if r.random() < 0.7:
        d.t("History: ", L("DIAGNOSIS", dx), " since ", str(r.randint(2010, 2024)), ", controlled on ", L("MEDICATION", med), ". ")
    d.t("Audiogram within limits. ECG: sinus rhythm. No history of epilepsy.\n")
    d.t("Assessment: FIT — ", r.choice(["valid 12 months", "valid 6 months (OML)", "re-assess BP in 3 months"]), "\n")
    d.t("AME: ", L("PERSON", "%s %s" % (ame_f, ame_l)), ", AME ref ", r.choice(["GBR", "IRL", "DEU"]), ".AME.", digits(r, 4), "\n")

@tpl("airport_discharge", "discharge_summary", 4)
def t_disc(r, d, i):
    first, last, cc = person(r); y, m, dd = dob(r, 1940, 2000); dx, med = r.choice(DX); dx2, med2 = r.choice(DX)
    con_f, con_l, _ = person(r, r.choice(["GB", "DE", "AE", "SG", "AU"]))
    mrn = r.choice(["M", "HX", ""]) + digits(r, r.randint(7, 9))
    d.t(r.choice(["Heathrow Airport Medical Centre", "Changi Airport Clinic", "Hamad International Medical Unit", "Kingsford Smith Medical Centre — Terminal 1"]), "\nDISCHARGE SUMMARY\n\n")
    d.t("Name: ", L("PERSON", "%s %s" % (first, last)), "     Hospital No: ", L("MEDICAL_RECORD_NUMBER", mrn), "\n")
    d.t("D.O.B.: ", L("DATE_OF_BIRTH", fdate(y, m, dd, "caps")), "     Admitted: ", fdate(2026, r.randint(1, 10), r.randint(1, 28), "caps"), "\n")
    if cc == "GB" or r.random() < 0.5:
        d.t("NHS No: ", L("UK_NHS_NUMBER", gen_nhs(r)), "\n")
    d.t("Presenting complaint: collapse at gate ", "B%d" % r.randint(1, 48), " after arriving on ", flight(r), ".\n\n")
    d.t("Diagnoses:\n 1. ", L("DIAGNOSIS", dx), "\n 2. ", L("DIAGNOSIS", dx2 if dx2 != dx else "dehydration"), "\n")
    d.t("Ruled out: pulmonary embolism (CTPA negative).\n\n")
    d.t("Medications on discharge:\n - ", L("MEDICATION", med), " ", r.choice(["5 mg OD", "as directed"]), "\n - ", L("MEDICATION", med2 if med2 != med else "paracetamol"), " ", r.choice(["PRN", "10 mg nocte"]), "\n")
    d.t("Fit to fly: ", r.choice(["YES after 48h", "NO — reassess", "YES with oxygen"]), "\n")
    d.t("Consultant: ", L("PERSON", "%s %s" % (con_f, con_l)), "   Bleep ", digits(r, 4), "\n")

@tpl("crew_lab", "lab_report", 3)
def t_lab(r, d, i):
    first, last, cc = person(r); y, m, dd = dob(r, 1965, 2001)
    mrn = digits(r, 8)
    d.t("OCCUPATIONAL HEALTH LABORATORY  —  ", r.choice(["Crew Fitness Panel", "Post-incident screening", "Annual aircrew bloods"]), "\n")
    d.t("Patient  : ", L("PERSON", "%s, %s" % (last.upper(), first.upper())), "\n")
    d.t("MRN      : ", L("MEDICAL_RECORD_NUMBER", mrn), "       Sex: ", r.choice(["F", "M"]), "\n")
    d.t("Born     : ", L("DATE_OF_BIRTH", fdate(y, m, dd, "iso")), "\n")
    d.t("Accession: ", "ACC", digits(r, 9), "   Collected ", "2026-%02d-%02dT%02d:%02d" % (r.randint(1, 11), r.randint(1, 28), r.randint(6, 18), r.randint(0, 59)), "\n\n")
    d.t("%-22s%-10s%-10s%s\n" % ("TEST", "RESULT", "UNITS", "REF"))
    rows = [("HbA1c", str(r.randint(38, 70)), "mmol/mol", "20-41"), ("Haemoglobin", str(r.randint(105, 170)), "g/L", "130-175"),
            ("eGFR", str(r.randint(40, 110)), "mL/min", ">90"), ("TSH", "%.1f" % r.uniform(0.3, 9), "mU/L", "0.4-4.0"), ("Ethanol", "<2", "mg/dL", "<10")]
    for row in rows: d.t("%-22s%-10s%-10s%s\n" % row)
    d.t("\nComment: ")
    if r.random() < 0.6:
        dx, med = r.choice([DX[1], DX[19], DX[18]])
        d.t("consistent with known ", L("DIAGNOSIS", dx), "; continue ", L("MEDICATION", med), ".\n")
    else:
        d.t("no abnormality requiring grounding.\n")
    d.t("Verified by: ", L("PERSON", "%s %s" % person(r)[:2]), "\n")

@tpl("hl7_adt", "hl7", 3)
def t_hl7(r, d, i):
    first, last, cc = person(r, r.choice(["US", "CA", "AU", "GB", "IE", "ZA"])); y, m, dd = dob(r)
    ll, fl = pnr_name(first, last); mrn = digits(r, 7)
    sep = "\r" if i % 2 else "\n"
    d.t("MSH|^~\\&|AIRPORTEMS|", r.choice(AIRPORTS), "CLINIC|EHR|REGIONAL|20260", str(r.randint(1, 9)), "%02d%02d%02d||ADT^A04|" % (r.randint(10, 28), r.randint(0, 23), r.randint(0, 59)), digits(r, 10), "|P|2.5.1", sep)
    d.t("EVN|A04|2026%02d%02d%02d%02d" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), sep)
    a = address(r, cc)
    d.t("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn), "^^^AEMS^MR||", L("PERSON", "%s^%s^%s" % (ll, fl, r.choice("ABJKMR"))), "||",
        L("DATE_OF_BIRTH", fdate(y, m, dd, "hl7")), "|", r.choice("FM"), "|||", L("ADDRESS", a[0].replace(",", "") + "^^" + "^".join(x.strip() for x in a[1].split(","))), "||",
        L("PHONE", phone(r, cc, False)), sep)
    d.t("PV1|1|E|TRIAGE^", str(r.randint(1, 9)), "||||", digits(r, 6), "^", L("PERSON", "%s^%s" % pnr_name(*person(r)[:2])[::-1][::-1]), sep)
    dx, med = r.choice(DX)
    d.t("DG1|1|I10||", L("DIAGNOSIS", dx), "|2026%02d%02d|W" % (r.randint(1, 11), r.randint(1, 28)), sep)
    if r.random() < 0.7:
        pid_, pnm = r.choice([("BCBS01", "Blue Cross Blue Shield"), ("AETNA", "Aetna Choice POS II"), ("UHC", "UnitedHealthcare"), ("MEDIBANK", "Medibank Private")])
        d.t("IN1|1|", pid_, "|", digits(r, 5), "|", pnm, "|||GRP", digits(r, 6),
            "||||||||", L("PERSON", "%s^%s" % (ll, fl)), "|01|", L("DATE_OF_BIRTH", fdate(y, m, dd, "hl7")), "|||||||||||||||||",
            L("HEALTH_PLAN_ID", r.choice(["XEH", "W", "ZGP"]) + digits(r, 9)), sep)

@tpl("fhir_bundle", "fhir_json", 3)
def t_fhir(r, d, i):
    first, last, cc = person(r); y, m, dd = dob(r); dx, med = r.choice(DX); dx2, _ = r.choice(DX)
    mrn = "A" + digits(r, 8)
    a = address(r, cc)
    ents = [{"resource": {"resourceType": "Patient", "id": "pax-" + digits(r, 5),
              "identifier": [{"system": "urn:oid:" + oid(r), "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", mrn)}],
              "name": [{"family": L("PERSON", last), "given": [L("PERSON", first)]}],
              "birthDate": L("DATE_OF_BIRTH", fdate(y, m, dd, "iso")),
              "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc, True))}, {"system": "email", "value": L("EMAIL", email(r, first, last))}],
              "address": [{"line": [L("ADDRESS", a[0])], "country": cc}]}},
            {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
              "code": {"text": L("DIAGNOSIS", dx)}, "note": [{"text": "reported at check-in for flight " + flight(r)}]}},
            {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, "code": {"text": dx2 if dx2 != dx else "pulmonary embolism"}}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", med)},
              "dosage": [{"text": r.choice(["1 tablet twice daily", "2 puffs as needed"])}]}}]
    if r.random() < 0.7:
        ents.append({"resource": {"resourceType": "Coverage", "status": "active", "payor": [{"display": r.choice(["Bupa Global", "Daman", "Medibank"])}],
                     "subscriberId": L("HEALTH_PLAN_ID", digits(r, 3) + "-" + digits(r, 6) + "-" + r.choice("ABC"))}})
    jemit(d, {"resourceType": "Bundle", "type": "collection", "meta": {"versionId": ver_ip(r)}, "entry": ents})

# ===== STRUCTURED (20%)
@tpl("pnr_export", "json", 4)
def t_pnr(r, d, i):
    n = r.randint(1, 3); pax = []; cc0 = None
    for k in range(n):
        first, last, cc = person(r, cc0); cc0 = cc0 or cc
        y, m, dd = dob(r, 1950, 2020); ln, fn = pnr_name(first, last)
        p = {"paxId": k + 1, "nameInPnr": M(L("PERSON", "%s/%s" % (ln, fn)), " " + r.choice(["MR", "MS", "MRS", "MSTR", "MISS"])),
             "ticketNumber": ticket(r), "seat": seat(r), "ffp": {"number": ffnum(r), "tier": r.choice(TIERS)},
             "apis": {"docType": "P", "docNumber": L(pp_type(cc), pp_gen(r, cc)), "issuingCountry": ISO3[cc], "nationality": ISO3[cc],
                      "dateOfBirth": L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["iso", "apis"]))), "expiry": fdate(r.randint(2027, 2036), r.randint(1, 12), r.randint(1, 28), "iso")}}
        if r.random() < 0.3:
            p["ssr"] = [{"code": "VISA", "text": "visa no " + "V" + digits(r, 8) + " issued " + r.choice(AIRPORTS)}]
        pax.append(p)
    f0, l0 = pax[0]["nameInPnr"].parts[0].val.split("/")[::-1]
    obj = {"recordLocator": pnr_loc(r), "created": "2026-%02d-%02dT%02d:%02d:00Z" % (r.randint(1, 9), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
           "segments": [{"flight": flight(r), "from": r.choice(AIRPORTS), "to": r.choice(AIRPORTS), "fareBasis": fare(r), "equipment": r.choice(ACTYPES)}],
           "passengers": pax,
           "contacts": [{"type": "CTCE", "value": L("EMAIL", email(r, f0, l0))}, {"type": "CTCM", "value": L("PHONE", phone(r, cc0, True))}],
           "formOfPayment": {"type": "CC", "masked": masked_card(r), "approval": digits(r, 6)}}
    jemit(d, obj)

@tpl("apis_manifest", "csv", 4)
def t_apis(r, d, i):
    sep = "," if i % 2 == 0 else ";"
    fmt = "csv"
    crow(d, ["SURNAME", "GIVEN_NAMES", "DOB", "SEX", "NATIONALITY", "DOC_TYPE", "DOC_NO", "DOC_EXP", "ISSUE_CTRY", "SEAT", "BAGTAG"], sep)
    for k in range(r.randint(3, 6)):
        first, last, cc = person(r); y, m, dd = dob(r, 1945, 2022)
        doct = r.choice(["P", "P", "P", "I"]) if cc not in ("US",) else "P"
        docno = pp_gen(r, cc)
        crow(d, [L("PERSON", last.upper()), L("PERSON", first.upper()), L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["iso", "apis"]))), r.choice("MF"), ISO3[cc],
                 "P", L(pp_type(cc), docno), fdate(r.randint(2027, 2035), r.randint(1, 12), r.randint(1, 28), "iso"), ISO3[cc], seat(r), bagtag(r)], sep)
    crow(d, ["", "", "", "", "", "", "", "", "", "TOTAL", "FLT " + flight(r)], sep)

@tpl("loyalty_crm", "ndjson", 4)
def t_loyal(r, d, i):
    for k in range(r.randint(3, 5)):
        first, last, cc = person(r); y, m, dd = dob(r, 1950, 2004)
        o = {"member": ffnum(r), "tier": r.choice(TIERS), "miles": r.randint(0, 900000), "given_name": L("PERSON", first), "family_name": L("PERSON", last),
             "birth_date": L("DATE_OF_BIRTH", fdate(y, m, dd, "iso")), "email": L("EMAIL", email(r, first, last)), "country": cc}
        if r.random() < 0.6: o["mobile"] = L("PHONE", phone(r, cc, True))
        if r.random() < 0.5: o["postal"] = L("ADDRESS", ", ".join(address(r, cc)))
        if r.random() < 0.4: o["note"] = M("Agent ", L("PERSON", person(r)[0]), ": upgraded on " + flight(r) + " goodwill, see case ", "CS-" + digits(r, 7))
        o["lounge_pref"] = r.choice(["Charles de Gaulle T2E", "Al Mourjan", "The Churchill Lounge", "Ben Gurion Dan Lounge"])
        jemit(d, o, indent=None); d.t("\n")

@tpl("crew_roster", "tsv", 4)
def t_roster(r, d, i):
    crow(d, ["staff_no", "rank", "name", "base", "duty", "report_utc", "flights", "hotel", "mobile"], "\t")
    for k in range(r.randint(4, 7)):
        first, last, cc = person(r)
        name_cell = L("PERSON", r.choice(["%s %s" % (first, last), "%s, %s" % (last.upper(), first)]))
        crow(d, ["%05d" % r.randint(1000, 99999), r.choice(["CPT", "FO", "SFO", "CSD", "CCM", "PUR"]), name_cell, r.choice(AIRPORTS),
                 r.choice(["FLY", "SBY", "OFF", "SIM", "LVE"]), "2026-%02d-%02dT%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.choice([0, 15, 30, 45])),
                 "/".join(flight(r) for _ in range(r.randint(1, 3))), r.choice(["Hilton Garden Inn", "Pullman", "—"]), L("PHONE", phone(r, cc, True)) if r.random() < .7 else ""], "\t")

@tpl("refund_webhook", "json", 4)
def t_refund(r, d, i):
    first, last, cc = person(r); card, kind, l4 = gen_card(r)
    leak = i % 2 == 0
    obj = {"event": "refund.succeeded", "id": "evt_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(20)), "api_version": "2024-06-20",
           "data": {"object": {"amount": r.randint(2000, 190000), "currency": r.choice(["usd", "eur", "gbp", "aed", "sgd"]), "booking": pnr_loc(r),
                    "ticket": ticket(r), "reason": r.choice(["schedule_change", "EU261", "involuntary_downgrade"]),
                    "payment_method": {"brand": kind, "last4": l4, "exp": "%02d/%02d" % (r.randint(1, 12), r.randint(27, 32)),
                                       "billing_details": {"name": L("PERSON", "%s %s" % (first, last)), "email": L("EMAIL", email(r, first, last)),
                                                           "address": {"line1": L("ADDRESS", address(r, cc)[0]), "country": cc}}},
                    "client_ip": L("IP_ADDRESS", ipv4(r))}}}
    if leak:
        obj["data"]["object"]["debug_raw_pan"] = L("CREDIT_CARD", card)
    else:
        obj["data"]["object"]["payment_method"]["fingerprint"] = masked_card(r)
    jemit(d, obj)

@tpl("assist_yaml", "yaml", 4)
def t_assist(r, d, i):
    first, last, cc = person(r); dx, med = r.choice(DX); y, m, dd = dob(r, 1930, 2015)
    d.t("# special-assistance export ", ver_ip(r), "\nbooking: ", pnr_loc(r), "\nflight: ", flight(r), "\nstation: ", r.choice(AIRPORTS), "\n")
    d.t("passenger:\n  name: \"", L("PERSON", "%s %s" % (first, last)), "\"\n  date_of_birth: ", L("DATE_OF_BIRTH", fdate(y, m, dd, "iso")), "\n")
    d.t("  contact_phone: \"", L("PHONE", phone(r, cc, True)), "\"\n")
    d.t("ssr:\n  - ", r.choice(["WCHC", "WCHR", "BLND", "DEAF", "DPNA"]), "\n  - ", r.choice(["MEDA", "OXYG", "MAAS"]), "\n")
    d.t("medical:\n  condition: ", L("DIAGNOSIS", dx), "\n  carries: [", L("MEDICATION", med), ", ", r.choice(["sharps container", "spacer"]), "]\n")
    d.t("  notes: |\n    Pax states no ", r.choice(["heart disease", "recent surgery", "contagious illness"]), ". Battery for mobility aid: ", r.choice(["Li-ion 300Wh", "dry cell"]), ".\n")
    if r.random() < 0.5:
        d.t("escort:\n  name: ", L("PERSON", "%s %s" % person(r, cc)[:2]), "\n  relation: ", r.choice(["daughter", "spouse", "carer"]), "\n")
    d.t("wheelchair_stand: ", r.choice(["R", "S"]), str(r.randint(1, 60)), "\n")

@tpl("ops_csv_neg", "csv", 3)
def t_opscsv(r, d, i):
    crow(d, ["flight", "date", "reg", "type", "dep", "arr", "gate", "stand", "std", "atd", "delay_code", "pax", "bags"])
    for k in range(r.randint(5, 9)):
        crow(d, [flight(r), "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), tailreg(r), r.choice(ACTYPES), r.choice(AIRPORTS), r.choice(AIRPORTS),
                 r.choice("ABCDE") + str(r.randint(1, 60)), str(r.randint(100, 699)), "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)),
                 "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), r.choice(["", "93", "81/11", "41"]), str(r.randint(40, 360)), str(r.randint(20, 400))])

@tpl("fleet_yaml_neg", "yaml", 3)
def t_fleet(r, d, i):
    d.t("# fleet config generated by acars-bridge ", ver_ip(r), "\nservice: ", r.choice(["crew-app", "bagtrack", "dcs-gateway"]), "\nsnmp_oid: \"", oid(r), "\"\nlisten: 127.0.0.1:8443\nbind_any: 0.0.0.0\n")
    d.t("aircraft:\n")
    for k in range(r.randint(3, 5)):
        d.t("  - reg: ", tailreg(r), "\n    type: ", r.choice(ACTYPES), "\n    cabin: ", r.choice(["J28 W24 Y240", "J40 Y210", "Y186"]), "\n    firmware: ", ver_ip(r), "\n")
    d.t("lounges:\n  - \"", r.choice(["John F. Kennedy T4 Flagship", "Charles de Gaulle 2E Salon", "Indira Gandhi T3 Premium"]), "\"\n  - \"The ", r.choice(["Raffles", "Mandela", "Ben Gurion"]), " Lounge\"\n")
    d.t("holiday_freeze: [\"", r.choice(["Martin Luther King Jr. Day", "St. Patrick's Day", "Eid al-Fitr", "Golden Week"]), "\"]\n")

# ===== LOGS (15%)
@tpl("booking_access_log", "log", 4)
def t_access(r, d, i):
    for k in range(r.randint(5, 8)):
        ip = ipv4(r) if r.random() < .85 else ipv6(r)
        ts = "%02d/Nov/2026:%02d:%02d:%02d +0000" % (r.randint(1, 27), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        kind = r.random()
        d.t(L("IP_ADDRESS", ip), " - - [", ts, "] \"")
        if kind < .25:
            first, last, cc = person(r)
            d.t("GET /manage-booking?pnr=", pnr_loc(r), "&lastName=", L("PERSON", pnr_name(first, last)[0].title()), " HTTP/2.0\" 200 ")
        elif kind < .45:
            first, last, cc = person(r)
            e = email(r, first, last)
            d.t("POST /api/v3/newsletter?email=", L("EMAIL", e), " HTTP/1.1\" 201 ")
        else:
            d.t("GET /static/app.", "".join(r.choice("0123456789abcdef") for _ in range(8)), ".js?v=", ver_ip(r), " HTTP/2.0\" 200 ")
        d.t(str(r.randint(200, 90000)), " \"-\" \"Mozilla/5.0 (", r.choice(["iPhone; CPU iPhone OS 17_4", "Windows NT 10.0; Win64; x64", "Linux; Android 14"]), ")\"\n")
    d.t("127.0.0.1 - - [27/Nov/2026:00:00:01 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n")

@tpl("wifi_portal_log", "log", 4)
def t_wifi(r, d, i):
    ap = r.choice(["JFK-T4-Kennedy-Lounge", "CDG-2E-L-Gate", "SIN-T3-Jewel", "DOH-Concourse-C", "NBO-JKIA-T1A", "LHR-T5-Churchill"])
    for k in range(r.randint(5, 8)):
        ts = "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 27), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        d.t(ts, " captive-portal[", str(r.randint(100, 9999)), "]: ap=", ap, " sta=", mac(r))
        ev = r.random()
        if ev < 0.35:
            first, last, cc = person(r)
            d.t(" event=login method=email user=", L("EMAIL", email(r, first, last)), " assigned_ip=", L("IP_ADDRESS", ipv4(r, r.choice(["priv", "cgnat"]))))
        elif ev < 0.6:
            first, last, cc = person(r)
            d.t(" event=otp_sent msisdn=\"", L("PHONE", phone(r, cc, True)), "\" assigned_ip=", L("IP_ADDRESS", ipv4(r, "priv")))
        elif ev < 0.75:
            d.t(" event=login method=boarding_pass pnr=", pnr_loc(r), " seq=", str(r.randint(1, 300)), " flight=", flight(r), " assigned_ip=", L("IP_ADDRESS", ipv4(r, "cgnat")))
        else:
            d.t(" event=session_end bytes_in=", str(r.randint(1000, 9999999)), " ctrl=", ver_ip(r), " upstream=", L("IP_ADDRESS", ipv6(r)) if r.random() < .5 else "::1")
        d.t("\n")

@tpl("checkin_log", "log", 4)
def t_checkin(r, d, i):
    kiosk = "KSK-" + r.choice(AIRPORTS) + "-" + "%02d" % r.randint(1, 40)
    for k in range(r.randint(3, 5)):
        first, last, cc = person(r); ln, fn = pnr_name(first, last); y, m, dd = dob(r)
        ts = "2026-11-%02d %02d:%02d:%02d,%03d" % (r.randint(1, 27), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        d.t(ts, " INFO  [", kiosk, "] DCS.checkin pnr=", pnr_loc(r), " pax=\"", L("PERSON", "%s/%s" % (ln, fn)), "\" flt=", flight(r), " seat=", seat(r), "\n")
        if r.random() < 0.7:
            d.t(ts[:-4], ",", "%03d" % r.randint(0, 999), " DEBUG [", kiosk, "] MRZ parsed doc=", L(pp_type(cc), pp_gen(r, cc)), " nat=", ISO3[cc], " dob=", L("DATE_OF_BIRTH", fdate(y, m, dd, "hl7")), " exp=20", str(r.randint(27, 35)), "%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), "\n")
        if r.random() < 0.3:
            d.t(ts, " WARN  [", kiosk, "] APIS timeout gw=", L("IP_ADDRESS", ipv4(r, "priv")), " retry=", str(r.randint(1, 3)), " build=", ver_ip(r), "\n")
        d.t(ts, " INFO  [", kiosk, "] BCBP issued gate=", r.choice("ABCDE") + str(r.randint(1, 60)), " boarding_group=", str(r.randint(1, 6)), " bagtag=", bagtag(r), "\n")

@tpl("payment_log", "log", 3)
def t_paylog(r, d, i):
    for k in range(r.randint(4, 6)):
        ts = "2026-11-%02dT%02d:%02d:%02dZ" % (r.randint(1, 27), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        d.t(ts, " level=", r.choice(["info", "info", "warn"]), " svc=pay-gw order=ORD-", digits(r, 10), " pan=", masked_card(r), " amt=", str(r.randint(50, 4000)), ".00 cur=", r.choice(["USD", "EUR", "ZAR", "INR"]),
            " src_ip=", L("IP_ADDRESS", ipv4(r)), " 3ds=", r.choice(["Y", "N", "A"]), "\n")
    if i % 2 == 0:
        first, last, cc = person(r); card, kind, _ = gen_card(r)
        d.t("2026-11-", "%02d" % r.randint(1, 27), "T", "%02d:%02d:%02dZ" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), " level=error svc=pay-gw msg=\"acquirer rejected\" raw_request=\"{cardholder:", L("PERSON", "%s %s" % (first.upper(), last.upper())), ",number:", L("CREDIT_CARD", card.replace(" ", "")), ",cvv:***}\"\n")
    else:
        d.t("2026-11-", "%02d" % r.randint(1, 27), "T12:00:00Z level=warn svc=pay-gw msg=\"luhn check failed\" candidate=", bad_card(r).replace(" ", ""), "\n")

@tpl("ops_log_neg", "log", 4)
def t_opslog(r, d, i):
    for k in range(r.randint(6, 10)):
        ts = "2026-11-%02d %02d:%02d:%02d" % (r.randint(1, 27), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        d.t(ts, " ", r.choice([
            "acars-rx %s %s OOOI OFF %s" % (tailreg(r), flight(r), "%02d%02dZ" % (r.randint(0, 23), r.randint(0, 59))),
            "bagtrack: tag %s loaded ULD AKE%s%s pos %s" % (bagtag(r), digits(r, 5), r.choice(["CB", "KX"]), r.choice(["11L", "23P", "41R"])),
            "deploy dcs-gateway %s -> %s ok" % (ver_ip(r), ver_ip(r)),
            "snmp trap %s from 127.0.0.1 link up" % oid(r),
            "gate %s%d assigned %s %s ETA %s" % (r.choice("ABCD"), r.randint(1, 60), flight(r), r.choice(ACTYPES), "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))),
            "tracking UPS 1Z%s%s shipment of spare parts PN %s-%s" % ("".join(r.choice(string.ascii_uppercase) for _ in range(3)), digits(r, 12), digits(r, 3), digits(r, 4)),
            "epoch=%d job=fare-filing fares=%s,%s status=ok" % (r.randint(1750000000, 1799999999), fare(r), fare(r)),
        ]), "\n")

# ===== EMAIL / CHAT / TICKET (15%)
@tpl("complaint_email", "email", 5)
def t_complaint(r, d, i):
    first, last, cc = person(r); agent_f, agent_l, _ = person(r)
    e = email(r, first, last)
    d.t("From: ", L("PERSON", "%s %s" % (first, last)), " <", L("EMAIL", e), ">\nTo: ", L("EMAIL", r.choice(["customer.relations", "feedback", "eu261.claims"]) + "@contrailair.example"), "\n")
    d.t("Subject: ", r.choice(["Complaint re ", "Réclamation vol ", "Beschwerde Flug "]), flight(r), " booking ", pnr_loc(r), "\n\n")
    d.t(r.choice(["Dear Sir/Madam,", "Hello,", "To whom it may concern,"]), "\n\n")
    scen = i % 3
    if scen == 0:
        dx, med = r.choice(DX)
        d.t("I booked wheelchair assistance because I have ", L("DIAGNOSIS", dx), ", yet nobody met me at gate ", r.choice("ABC"), str(r.randint(1, 50)),
            ". My ", L("MEDICATION", med), " was in my checked bag, which is now lost (tag ", bagtag(r), ").\n")
    elif scen == 1:
        d.t("Your agent in the ", r.choice(["Charles de Gaulle", "John F. Kennedy", "O.R. Tambo", "Jomo Kenyatta"]), " lounge charged my card twice. Please refund to IBAN ",
            L("IBAN", gen_iban(r, r.choice(["FR", "DE", "BE", "IE", "CH", "AT", "IT", "GR", "TR", "IL", "AE", "QA", "EG", "BR"]))), ".\n")
    else:
        d.t("The delay was over 5 hours and the ", r.choice(["Emirates Draw", "Marks & Spencer", "Wells Fargo", "Ben & Jerry's"]), " voucher was useless. I was sat in ", seat(r), " with a broken screen.\n")
    d.t("Please write to me at ", L("ADDRESS", ", ".join(address(r, cc))), " or call ", L("PHONE", phone(r, cc)), ".\n\n")
    d.t(r.choice(["Regards,", "Kind regards,", "Cordialement,", "Mit freundlichen Grüßen"]), "\n", L("PERSON", first), "\n")
    if r.random() < 0.5:
        d.t("\n> On ", fdate(2026, r.randint(1, 11), r.randint(1, 28), "long"), ", ", L("PERSON", "%s %s" % (agent_f, agent_l)), " wrote:\n> Your case reference is CR-", digits(r, 8), ". Please do not reply.\n")

@tpl("contact_chat", "chat", 5)
def t_chat(r, d, i):
    first, last, cc = person(r); ag = person(r)[0]; y, m, dd = dob(r)
    clock = [r.randint(8 * 60, 20 * 60)]
    def line(who, lab, *parts):
        clock[0] += r.randint(0, 3)
        d.t("[%02d:%02d] " % divmod(clock[0], 60), L("PERSON", who) if lab else who, ": ", *parts); d.t("\n")
    line("Bot", False, "Welcome to ContrailAir chat. Reference ", "CH", digits(r, 8))
    line(ag, True, "Hi ", L("PERSON", first), ", I can help with booking ", pnr_loc(r), ". For security, your date of birth please?")
    line(first, True, L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["dmy", "us", "long"]))))
    sc = i % 3
    if sc == 0:
        card, kind, _ = gen_card(r)
        line(first, True, "can i just pay the change fee with my card ", L("CREDIT_CARD", card), " exp ", "%02d/%02d" % (r.randint(1, 12), r.randint(27, 31)))
        line(ag, True, "Please never share card numbers in chat — I've masked it. Use the secure link sent to ", L("EMAIL", email(r, first, last)), ".")
    elif sc == 1:
        dx, med = r.choice(DX)
        line(first, True, "my son has ", L("DIAGNOSIS", dx), " and needs to bring ", L("MEDICATION", med), " in the cabin, also a portable oxygen concentrator")
        line(ag, True, "No problem, I've added MEDA and we'll email a MEDIF to you. Is ", L("PHONE", phone(r, cc)), " still your best number?")
    else:
        pp = pp_gen(r, cc)
        line(first, True, "I renewed my passport, new number is ", L(pp_type(cc), pp), " (", CNAME[cc], ")")
        line(ag, True, "Updated the APIS. Your seat ", seat(r), " on ", flight(r), " is confirmed. I'm feeling a bit under the weather with this system today lol")
    line(first, True, "thanks!!")

@tpl("support_ticket", "ticket", 5)
def t_ticket(r, d, i):
    first, last, cc = person(r)
    d.t("Ticket #", digits(r, 7), "  | Priority: ", r.choice(["P2", "P3"]), " | Queue: ", r.choice(["Baggage", "Special Assistance", "Refunds", "Loyalty"]), "\n")
    d.t("Requester: ", L("PERSON", "%s %s" % (first, last)), " <", L("EMAIL", email(r, first, last)), ">\n")
    d.t("Created: 2026-11-", "%02d" % r.randint(1, 27), " ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), " UTC   Channel: web form from ", L("IP_ADDRESS", ipv4(r)), "\n\n")
    sc = i % 3
    if sc == 0:
        d.t("desc: bag never arrived in ", r.choice(AIRPORTS), ", tag ", bagtag(r), ". i need it delivered to ", L("ADDRESS", ", ".join(address(r, cc))), " asap\n")
    elif sc == 1:
        st = r.choice(list(STATE_NAME))
        d.t("desc: car rental partner at the airport needs my licence on file. ", STATE_NAME[st], " DL ", L("DRIVER_LICENSE", dl_gen(r, st)), ", pls add to profile ", ffnum(r), "\n")
    else:
        ins = r.choice(["Aetna", "Cigna", "Blue Shield of California", "Kaiser Permanente"])
        mbi = r.random() < 0.5
        if mbi:
            d.t("desc: travel insurance upsell refund — I'm on Medicare, MBI ", L("US_MBI", gen_mbi(r)), ", not the airline plan. Also ", ins, " is my secondary.\n")
        else:
            d.t("desc: medical clearance form asks for my ", ins, " health plan member ID: ", L("HEALTH_PLAN_ID", r.choice(["W", "XKB", "N"]) + digits(r, 9)), " (group ", digits(r, 6), ")\n")
    d.t("\n-- internal note (", L("PERSON", person(r)[0]), "): ", r.choice(["escalated to station", "refund via original FOP " + masked_card(r), "linked to PIR file"]), "\n")

@tpl("internal_email_neg", "email", 4)
def t_int_neg(r, d, i):
    d.t("From: ops-notices@contrailair.example\nTo: all-stations@contrailair.example\nSubject: ", r.choice(["Winter schedule", "Stand closures", "Fleet update"]), " — ", fdate(2026, r.randint(1, 12), r.randint(1, 28), "long"), "\n\n")
    d.t("Team,\n\nFrom ", r.choice(["Martin Luther King Jr. Day", "Presidents' Day", "Boxing Day", "Chuseok"]), " onwards ", flight(r), " moves from ",
        r.choice(["John F. Kennedy International", "Charles de Gaulle", "Indira Gandhi International", "Ninoy Aquino International", "King Khalid International"]), " Terminal ", str(r.randint(1, 8)),
        " to stand ", str(r.randint(100, 600)), ". Aircraft ", tailreg(r), " (", r.choice(ACTYPES), ") returns from C-check.\n")
    d.t("Fare families ", fare(r), " and ", fare(r), " remain filed. ", r.choice(TIERS), " members keep lounge access at the ", r.choice(["Lee Kuan Yew", "Ben Gurion", "Jorge Chávez"]), " lounge.\n")
    d.t("Please use the template greeting \"Dear {{first_name}} {{last_name}}\" — not \"Dear John Smith\".\n\nOps Control\n")
    d.t("Ref OPS-", digits(r, 6), " | DCS build ", ver_ip(r), "\n")

@tpl("crew_chat_neg", "chat", 3)
def t_crewchat_neg(r, d, i):
    for k in range(r.randint(5, 7)):
        who = r.choice(["OCC", "MCC", "Crew Control", "Dispatch"])
        d.t("%02d:%02d " % (r.randint(0, 23), r.randint(0, 59)), who, ": ", r.choice([
            "%s tech delay, %s AOG at stand %d" % (flight(r), tailreg(r), r.randint(1, 300)),
            "swap to %s, pax %d, bags %d" % (r.choice(ACTYPES), r.randint(100, 300), r.randint(100, 400)),
            "the load sheet is a total headache today",
            "fuel figure %d kg, ZFW %d" % (r.randint(8000, 90000), r.randint(40000, 200000)),
            "new build %s pushed to EFBs" % ver_ip(r),
            "slot %s at %s, gate %s%d" % ("%02d%02dZ" % (r.randint(0, 23), r.randint(0, 59)), r.choice(AIRPORTS), r.choice("ABC"), r.randint(1, 60)),
        ]), "\n")

# ===== FREE TEXT / HTML (20%)
@tpl("loyalty_html", "html", 3)
def t_lhtml(r, d, i):
    first, last, cc = person(r); y, m, dd = dob(r)
    a = address(r, cc)
    d.t("<html><body>\n<h1>Member profile — ", r.choice(TIERS), "</h1>\n<dl>\n  <dt>Member no.</dt><dd>", ffnum(r), "</dd>\n")
    d.t("  <dt>Name</dt><dd>", L("PERSON", "%s %s" % (first, last)), "</dd>\n  <dt>Birthday</dt><dd>", L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["long", "us", "iso"]))), "</dd>\n")
    d.t("  <dt>Mailing address</dt><dd>", L("ADDRESS", "<br>".join(a)), "</dd>\n")
    d.t("  <dt>Mobile</dt><dd>", L("PHONE", phone(r, cc, True)), "</dd>\n")
    d.t("  <dt>Email</dt><dd>", L("EMAIL", email(r, first, last)), "</dd>\n")
    if r.random() < 0.5:
        d.t("  <dt>Dietary / medical</dt><dd>", L("DIAGNOSIS", r.choice(["coeliac disease", "severe peanut allergy", "type 1 diabetes mellitus"])), "</dd>\n")
    d.t("</dl>\n<p>Last login from ", L("IP_ADDRESS", ipv4(r)), " — partner offers by ", r.choice(["Hilton", "Marriott Bonvoy", "Hertz"]), ".</p>\n</body></html>\n")

@tpl("ground_statement", "free_text", 3)
def t_statement(r, d, i):
    first, last, cc = person(r); wf, wl, wcc = person(r); y, m, dd = dob(r)
    d.t("Witness statement — disruptive passenger / medical incident, ", r.choice(AIRPORTS), " ", fdate(2026, r.randint(1, 11), r.randint(1, 28), "long"), "\n\n")
    d.t("I, ", L("PERSON", "%s %s" % (wf, wl)), ", ", r.choice(["gate agent", "dispatcher", "duty manager"]), ", state the following. At about ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)),
        " the passenger ", L("PERSON", "%s %s" % (first, last)), " (born ", L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["long", "dmy"]))), ", ", CNAME[cc], " passport ",
        L(pp_type(cc), pp_gen(r, cc)), ") was refused boarding on ", flight(r), ". ")
    if r.random() < 0.6:
        dx, med = r.choice(DX)
        d.t(L("PERSON", first), " told me that ", r.choice(["he", "she", "they"]), " has ", L("DIAGNOSIS", dx), " and had missed a dose of ", L("MEDICATION", med), ". ")
    d.t("The crowd at the gate was a nightmare, but nobody was injured. The duty paramedic ruled out a stroke.\n")
    if cc == "US" and r.random() < 0.7:
        d.t("CBP asked me to note the passenger's SSN ", L("US_SSN", gen_ssn(r)), " from the ESTA secondary form.\n")
    d.t("\nSigned, ", L("PERSON", wf), "  — staff phone ", L("PHONE", phone(r, wcc)), "\n")

@tpl("press_neg", "free_text", 4)
def t_press(r, d, i):
    d.t(r.choice(["PRESS RELEASE", "Network news", "Lounge update"]), "\n\n")
    d.t("ContrailAir will add a daily ", r.choice(ACTYPES), " service between ", r.choice(["John F. Kennedy International", "Charles de Gaulle", "Jomo Kenyatta International", "Indira Gandhi International", "Chhatrapati Shivaji Maharaj International"]),
        " and ", r.choice(["Adolfo Suárez Madrid–Barajas", "Leonardo da Vinci–Fiumicino", "King Abdulaziz International", "O.R. Tambo International"]), " from ", r.choice(["Thanksgiving", "Diwali", "Easter Monday", "Lunar New Year"]), ". ")
    d.t("The new ", r.choice(["Amelia Earhart", "Louis Blériot", "Santos-Dumont", "Wright Brothers"]), " lounge opens at gate ", r.choice("ABCDE"), str(r.randint(1, 60)), " with seating for ", str(r.randint(80, 400)), ". ")
    d.t("Catering is by ", r.choice(["Gordon Ramsay Restaurants", "Wolfgang Puck", "Heston Blumenthal", "Paul Bocuse"]), "-branded partners; the fleet is financed through ", r.choice(["Goldman Sachs", "Morgan Stanley", "Lloyds", "J.P. Morgan"]), ". ")
    d.t("Booking references such as ", pnr_loc(r), " and tickets starting ", ticket(r)[:7], "… remain valid. Version ", ver_ip(r), " of the app is live.\n")
    d.t("Media contact: the press office via the newsroom page.\n")

@tpl("boarding_html", "html", 5)
def t_bphtml(r, d, i):
    if i == 0:
        d.t("<html><body><p>Dear {{passenger.first_name}},</p><p>Your boarding pass for {{flight}} seat {{seat}} is attached. Example: MR JOHN DOE, PNR ABC123.</p></body></html>\n"); return
    first, last, cc = person(r); ln, fn = pnr_name(first, last)
    d.t("<!DOCTYPE html><html><body style=\"font-family:Arial\">\n<p>Dear ", L("PERSON", first), ",</p>\n")
    d.t("<table><tr><th>Passenger</th><td>", L("PERSON", "%s/%s" % (ln, fn)), " ", r.choice(["MR", "MS", "DR"]), "</td></tr>\n")
    d.t("<tr><th>Flight</th><td>", flight(r), " ", r.choice(AIRPORTS), "&rarr;", r.choice(AIRPORTS), "</td></tr><tr><th>Seat</th><td>", seat(r), "</td></tr>\n")
    d.t("<tr><th>Ticket</th><td>", ticket(r), "</td></tr><tr><th>Booking ref</th><td>", pnr_loc(r), "</td></tr><tr><th>Tier</th><td>", r.choice(TIERS), "</td></tr></table>\n")
    d.t("<p>Boarding closes 20 minutes before departure at gate ", r.choice("ABCDE"), str(r.randint(1, 60)), ". Questions? Reply to ", L("EMAIL", "boarding@contrailair.example"), ".</p>\n")
    if r.random() < 0.5:
        d.t("<p>Sent to ", L("EMAIL", email(r, first, last)), " from 203.0.113.0/24 mailer ", ver_ip(r), "</p>\n")
    d.t("</body></html>\n")

@tpl("visa_letter", "free_text", 3)
def t_visa(r, d, i):
    first, last, cc = person(r, pick_cc(r, ("US",))); y, m, dd = dob(r, 1955, 2005)
    lab = PP_LABEL.get(cc, "Passport No.")
    d.t(r.choice(["EMBASSY INVITATION LETTER", "Carrier liability notice — inadmissible passenger", "Visa on arrival pre-clearance"]), "\n\n")
    d.t("Traveller: ", L("PERSON", "%s %s" % (first, last)), "\n", lab, ": ", L("PASSPORT", pp_gen(r, cc)), " (", CNAME[cc], ")\n")
    d.t("Date of birth: ", L("DATE_OF_BIRTH", fdate(y, m, dd, r.choice(["long", "dot", "dmy"]))), "\n")
    d.t("Residing at ", L("ADDRESS", ", ".join(address(r, cc))), "\n\n")
    d.t("The above traveller is booked on ", flight(r), " (", pnr_loc(r), ") arriving ", r.choice(AIRPORTS), ". Visa ref ", r.choice(["VOA", "ETA", "EVW"]), "-", digits(r, 9), ". ")
    if cc in ("IN", "BR", "SG") and r.random() < 0.8:
        if cc == "IN": d.t("Aadhaar ", L("IN_AADHAAR", gen_aadhaar(r)), " supplied for e-visa KYC. ")
        if cc == "BR": d.t("CPF ", L("BR_CPF", gen_cpf(r)), " informado. ")
        if cc == "SG": d.t("NRIC ", L("SG_NRIC", gen_nric(r, "S")), " verified. ")
    d.t("Sponsor: ", L("PERSON", "%s %s" % person(r)[:2]), ", tel ", L("PHONE", phone(r, pick_cc(r))), ".\n")

@tpl("policy_neg", "free_text", 4)
def t_policy(r, d, i):
    d.t(r.choice(["Aviation Medicine Policy AMP-", "Fitness-to-fly guidance GFF-", "Cabin crew training note CCT-"]), digits(r, 3), "\n\n")
    d.t("Passengers with ", r.choice(["unstable angina", "pneumothorax within 14 days", "decompression sickness", "active tuberculosis"]),
        " are not accepted. A MEDIF is required for anyone needing supplemental oxygen; those with ", r.choice(["COPD", "sickle cell disease", "epilepsy"]),
        " may travel if stable. Cabin altitude of 8,000 ft reduces SpO2 by about 4%. ")
    d.t("Studies of ", str(r.randint(200, 9000)), " diversions found that syncope accounted for 37% of in-flight events (", r.choice(["Peterson et al., 2013", "Graf et al., 2012"]), "). ")
    d.t("Enhanced medical kits carry adrenaline, glucose gel, salbutamol and aspirin. Reference passenger: {{pax_name}}, e.g. \"MR TEST/PAX\". ")
    d.t("Doc ID ", oid(r), ", revision ", ver_ip(r), ".\n")

@tpl("crew_profile_text", "free_text", 8)
def t_crewtext(r, d, i):
    cc = ["FR", "DE", "IT", "CA", "GB", "BR", "SG", "IN"][(i * 3 + 1) % 8]
    first, last, _ = person(r, cc); y, m, dd = dob(r, 1975, 2002); fem = r.random() < .5
    lab, typ, v = crew_natid(r, cc, first, last, y, m, dd, fem)
    d.t("Background-check summary for new hire ", L("PERSON", "%s %s" % (first, last)), ", born ", L("DATE_OF_BIRTH", fdate(y, m, dd, "long")),
        ", joining the ", r.choice(AIRPORTS), " base as ", r.choice(["cabin crew", "a first officer", "a ramp agent"]), ". ")
    d.t("Identity was checked against ", lab, " ", L(typ, v), ". ")
    # a bad look-alike, unlabelled
    bad = {"FR": lambda: bad_nir(r), "DE": lambda: bad_steuer(r), "IT": lambda: bad_cf(gen_cf(r, first, last, y, m, dd, fem)), "CA": lambda: bad_sin(r),
           "GB": lambda: bad_nhs(r), "BR": lambda: bad_cpf(r), "SG": lambda: bad_nric(r), "IN": lambda: bad_aadhaar(r)}[cc]()
    d.t("An earlier form showed ", bad, ", which failed validation and was discarded. ")
    d.t("Airside pass AP-", digits(r, 6), " issued; references from ", r.choice(["Lufthansa Technik", "Air France-KLM", "Emirates Group"]), ".\n")


@tpl("tsa_id_log", "log", 3)
def t_tsa(r, d, i):
    lane = "TSA-" + r.choice(["JFK", "ORD", "LAX", "ATL", "SEA", "DEN"]) + "-CP" + str(r.randint(1, 9))
    for k in range(r.randint(3, 5)):
        first, last, _ = person(r, "US"); st = r.choice(list(STATE_NAME))
        ts = "2026-11-%02d %02d:%02d:%02d" % (r.randint(1, 27), r.randint(4, 22), r.randint(0, 59), r.randint(0, 59))
        sty = r.choice([0, 1, 2])
        if sty == 0:
            d.t(ts, " CAT2 ", lane, " id_type=DL issuing_state=", st, " id_no=", L("DRIVER_LICENSE", dl_gen(r, st)), " name=\"", L("PERSON", "%s %s" % (first.upper(), last.upper())), "\" realid=Y bp_match=OK flt=", flight(r), "\n")
        elif sty == 1:
            d.t(ts, " CAT2 ", lane, " doc=", STATE_NAME[st], " driver license #", L("DRIVER_LICENSE", dl_gen(r, st)), " exp 20", str(r.randint(27, 33)), " traveler ", L("PERSON", last.upper()), "/", L("PERSON", first.upper()), "\n")
        else:
            d.t(ts, " CAT2 ", lane, " id_type=PASSPORT_US id_no=", L("US_PASSPORT", pp_gen(r, "US")), " precheck_ktn=", digits(r, 9), " seq=", str(r.randint(1, 400)), "\n")
    d.t("2026-11-27 23:59:59 CAT2 ", lane, " shift totals screened=", str(r.randint(800, 3000)), " secondary=", str(r.randint(0, 40)), " fw=", ver_ip(r), "\n")

@tpl("us_pilot_i9", "form", 2)
def t_i9(r, d, i):
    first, last, _ = person(r, "US"); y, m, dd = dob(r, 1970, 2000); st = r.choice(list(STATE_NAME))
    d.t("EMPLOYMENT ELIGIBILITY VERIFICATION (Section 1 & 2 extract) — Regional pilot hire\n\n")
    d.t("Last Name (Family Name): ", L("PERSON", last), "\nFirst Name (Given Name): ", L("PERSON", first), "\n")
    d.t("Address (Street Number and Name): ", L("ADDRESS", ", ".join(address(r, "US"))), "\n")
    d.t("Date of Birth (mm/dd/yyyy): ", L("DATE_OF_BIRTH", fdate(y, m, dd, "mdy")), "\nU.S. Social Security Number: ", L("US_SSN", gen_ssn(r, r.choice(["-", " ", "-"]))), "\n")
    d.t("Employee's E-mail Address: ", L("EMAIL", email(r, first, last)), "\nEmployee's Telephone Number: ", L("PHONE", phone(r, "US")), "\n\n")
    if r.random() < 0.5:
        d.t("List A: U.S. Passport  Document Number: ", L("US_PASSPORT", pp_gen(r, "US")), "  Expiration: ", fdate(r.randint(2027, 2035), r.randint(1, 12), r.randint(1, 28), "mdy"), "\n")
    else:
        d.t("List B: Driver's license issued by ", STATE_NAME[st], "  Document Number: ", L("DRIVER_LICENSE", dl_gen(r, st)), "\nList C: Social Security card (number as above)\n")
    d.t("FAA certificate: ATP ", digits(r, 7), " (not an identity document)   Medical: First Class, issued ", fdate(2026, r.randint(1, 10), r.randint(1, 28), "mdy"), "\n")

@tpl("masked_export_neg", "csv", 3)
def t_masked(r, d, i):
    crow(d, ["member_token", "tier", "name_masked", "email_masked", "card_masked", "last_flight", "seat_pref", "miles"])
    for k in range(r.randint(4, 7)):
        crow(d, ["tok_" + "".join(r.choice(string.hexdigits.lower()) for _ in range(16)), r.choice(TIERS), r.choice("ABCDEFGHKLMPRSTW") + "*** " + r.choice("ABCDEFGHKLMPRSTW") + "*****",
                 r.choice("abcdefghkm") + "*****@" + r.choice(["g****.com", "o******.com", "y****.co.jp"]), masked_card(r), flight(r), r.choice(["aisle", "window", "bulkhead"]), str(r.randint(0, 600000))])

@tpl("seatmap_neg", "json", 3)
def t_seatmap(r, d, i):
    rows = []
    for k in range(r.randint(3, 6)):
        rows.append({"row": r.randint(1, 60), "seats": [{"id": seat(r), "status": r.choice(["free", "blocked", "occupied"]), "price": {"amount": r.randint(0, 120), "fare": fare(r)}} for _ in range(3)]})
    jemit(d, {"flight": flight(r), "aircraft": {"type": r.choice(ACTYPES), "registration": tailreg(r), "config": "J28W24Y240"}, "departureGate": r.choice("ABCDE") + str(r.randint(1, 60)),
              "origin": {"iata": r.choice(AIRPORTS), "name": r.choice(["John F. Kennedy International", "Charles de Gaulle", "Jomo Kenyatta International", "Ben Gurion"])},
              "schemaVersion": ver_ip(r), "rows": rows, "paxTemplate": {"name": "{{LAST}}/{{FIRST}} MR", "dob": "YYYY-MM-DD"}})

@tpl("fare_rules_neg", "free_text", 3)
def t_fare(r, d, i):
    d.t("FARE RULES ", fare(r), " / ", fare(r), "\n")
    d.t("16. PENALTIES: changes permitted for USD ", str(r.randint(50, 300)), ". Blackout: ", r.choice(["Christmas Eve", "Hajj season", "Songkran", "Independence Day", "Carnaval"]), ".\n")
    d.t("Applies to travel from ", r.choice(AIRPORTS), " including the ", r.choice(["Louis Armstrong", "George Bush Intercontinental", "Pierre Elliott Trudeau", "Václav Havel"]), " gateway. ")
    d.t("Ticket stock 297; validity one year. Sample ticket 297", digits(r, 10)[:6], "XXXX. Children under 2 (INF) pay 10%. Tier ", r.choice(TIERS), " waiver code WV", digits(r, 4), ".\n")


@tpl("idv_webhook", "ndjson", 5)
def t_idv(r, d, i):
    for k in range(r.randint(3, 5)):
        cc = r.choice(["ES", "IT", "FR", "DE", "BR", "IN", "SG", "CA", "GB", "US"])
        first, last, _ = person(r, cc); y, m, dd = dob(r, 1950, 2005); fem = r.random() < .5
        ok = r.random() < 0.8
        if cc == "GB":
            lab, typ, v = ("nino", "UK_NATIONAL_INSURANCE_NUMBER", gen_nino(r)) if r.random() < .5 else ("nhs_number", "UK_NHS_NUMBER", gen_nhs(r))
            bad = bad_nhs(r)
        elif cc == "US":
            lab, typ, v = ("medicare_mbi", "US_MBI", gen_mbi(r)); bad = (lambda x: x[0] + "S" + x[2:])(gen_mbi(r, False)); assert not mbi_ok(bad)
        else:
            lab, typ, v = crew_natid(r, cc, first, last, y, m, dd, fem)
            lab = {"ES": "dni_nie", "IT": "codice_fiscale", "FR": "nir", "DE": "steuer_id", "BR": "cpf", "IN": "aadhaar", "SG": "nric_fin", "CA": "sin"}[cc]
            bad = {"ES": lambda: bad_dni(r), "IT": lambda: bad_cf(v), "FR": lambda: bad_nir(r), "DE": lambda: bad_steuer(r), "BR": lambda: bad_cpf(r),
                   "IN": lambda: bad_aadhaar(r), "SG": lambda: bad_nric(r), "CA": lambda: bad_sin(r)}[cc]()
        o = {"event": "identity.verification." + ("approved" if ok else "declined"), "ref": "IDV-" + digits(r, 9), "booking": pnr_loc(r),
             "subject": {"first_name": L("PERSON", first), "last_name": L("PERSON", last), "dob": L("DATE_OF_BIRTH", fdate(y, m, dd, "iso")), "country": cc}}
        if ok:
            o["subject"]["document"] = {"kind": lab, "value": L(typ, v)}
        else:
            o["subject"]["document"] = {"kind": lab, "value": bad}
            o["reason"] = "checksum_mismatch"
        o["device_ip"] = L("IP_ADDRESS", ipv4(r))
        jemit(d, o, indent=None); d.t("\n")


@tpl("crew_payroll", "csv", 3)
def t_payroll(r, d, i):
    ca = i == 1
    if ca:
        crow(d, ["emp_no", "first_name", "last_name", "sin", "transit_inst", "base", "sector_pay_cad"])
    else:
        crow(d, ["emp_no", "first_name", "last_name", "ni_number", "bank (sort code + account)", "base", "sector_pay_gbp", "notes"])
    for k in range(r.randint(3, 5)):
        first, last, _ = person(r, "CA" if ca else r.choice(["GB", "GB", "IE", "IN", "NG"]))
        if ca:
            crow(d, ["E%05d" % r.randint(1, 99999), L("PERSON", first), L("PERSON", last), L("CA_SIN", gen_sin(r)), "%05d-%03d" % (r.randint(1, 99999), r.choice([1, 2, 3, 4, 6, 10])), r.choice(["YYZ", "YVR", "YUL"]), "%.2f" % r.uniform(40, 900)])
        else:
            sc, ac = gen_uk_bank(r)
            crow(d, ["E%05d" % r.randint(1, 99999), L("PERSON", first), L("PERSON", last), L("UK_NATIONAL_INSURANCE_NUMBER", gen_nino(r)), L("UK_BANK_ACCOUNT", sc + " " + ac), r.choice(["LHR", "MAN", "EDI"]), "%.2f" % r.uniform(40, 900), r.choice(["", "SSP from 03/11", "P45 pending", "maternity"])])

# ---------------------------------------------------------------- build & validate
def classify(ents):
    return LVNAME[max([LEVEL[e["type"]] for e in ents], default=1)]

LEAK_CARD = re.compile(r"(?<![\d])(?:\d[ -]?){13,19}(?![\d])")
def leak_check(text, ents):
    covered = set()
    for e in ents:
        covered.update(range(e["start"], e["end"]))
    for mobj in LEAK_CARD.finditer(text):
        s = mobj.group().strip(" -"); digs = re.sub(r"\D", "", s)
        if len(digs) in (15, 16) and digs[0] in "3456" and luhn_ok(digs) and not any(p in covered for p in range(mobj.start(), mobj.end())):
            return "unlabelled luhn card " + s

def validate(doc):
    text = doc["text"]; ents = doc["entities"]
    prev = -1
    for e in sorted(ents, key=lambda x: x["start"]):
        v = text[e["start"]:e["end"]]
        assert v and v == v.strip(), (doc["id"], e, v)
        assert e["start"] >= prev, ("overlap", doc["id"], e)
        prev = e["end"]
        if e["type"] in VALIDATE:
            assert VALIDATE[e["type"]](v), (doc["id"], e["type"], v)
    assert doc["classification"] == classify(ents)
    assert doc["format"] in FORMATS
    f = doc["format"]
    if f in ("json", "fhir_json"): json.loads(text)
    if f == "ndjson":
        for ln in text.strip().split("\n"): json.loads(ln)
    if f in ("csv", "tsv"):
        delim = "\t" if f == "tsv" else (";" if text.split("\n")[0].count(";") > text.split("\n")[0].count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
        assert len(set(len(x) for x in rows)) == 1, (doc["id"], [len(x) for x in rows])
    lk = leak_check(text, ents)
    assert not lk, (doc["id"], lk)

def main():
    docs = []
    for name, (fmt, count, fn) in T.items():
        for i in range(count):
            r = random.Random("%s:%s:%d" % (SEED, name, i))
            d = Doc(); fn(r, d, i)
            ents = sorted(d.ents, key=lambda e: e["start"])
            doc = {"id": "h34_%s-%d" % (name, i), "text": d.text, "entities": ents, "classification": classify(ents), "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    ct = Counter(); cf = Counter(); cc = Counter(); none = 0
    for doc in docs:
        cf[doc["format"]] += 1; cc[doc["classification"]] += 1
        if not doc["entities"]: none += 1
        for e in doc["entities"]: ct[e["type"]] += 1
    print("documents:", len(docs)); print("no-entity documents:", none)
    for title, c in (("classification", cc), ("format", cf), ("entity type", ct)):
        print("\n%s:" % title)
        for k, v in c.most_common(): print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
