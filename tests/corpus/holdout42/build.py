#!/usr/bin/env python3
"""holdout42 generator: independent PII/PHI evaluation corpus for an online dating and
social gaming company. Standard library only, deterministic (fixed seed)."""
import json, random, csv, io, re, sys, string
from collections import Counter

SEED = "holdout42/velvet-lobby-5290"
OUT = "/tmp/holdout42/holdout42.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT "
          "PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR "
          "DE_TAX_ID IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = "RESTRICTED"
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = "CONFIDENTIAL"
LEVEL["PERSON"] = "INTERNAL"
RANK = {"INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary "
              "lab_report hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
class L:
    def __init__(self, t, v):
        assert t in LEVEL, t
        self.t, self.v = t, str(v)

class M:
    """a string mixing plain text and labelled values"""
    def __init__(self, *parts):
        self.parts = parts

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []
    def add(self, *parts):
        for p in parts:
            if isinstance(p, L):
                self.lab(p.t, p.v)
            elif isinstance(p, M):
                self.add(*p.parts)
            else:
                s = str(p)
                self.buf.append(s)
                self.n += len(s)
        return self
    def lab(self, t, v):
        v = str(v)
        self.ents.append({"type": t, "start": self.n, "end": self.n + len(v)})
        self.buf.append(v)
        self.n += len(v)
        return self
    def line(self, *parts):
        self.add(*parts)
        self.add("\n")
        return self
    @property
    def text(self):
        return "".join(self.buf)

def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def J(d, obj, ind=2, lvl=0):
    """emit JSON; labelled spans cover string contents"""
    sp = " " * (ind * (lvl + 1)) if ind else ""
    cl = " " * (ind * lvl) if ind else ""
    nl = "\n" if ind else ""
    if isinstance(obj, dict):
        if not obj:
            d.add("{}"); return
        d.add("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.add(sp + json.dumps(k, ensure_ascii=False) + (": " if ind else ":"))
            J(d, v, ind, lvl + 1)
            if i < len(items) - 1:
                d.add("," if ind else ",")
            d.add(nl)
        d.add(cl + "}")
    elif isinstance(obj, list):
        if not obj:
            d.add("[]"); return
        d.add("[" + nl)
        for i, v in enumerate(obj):
            d.add(sp)
            J(d, v, ind, lvl + 1)
            if i < len(obj) - 1:
                d.add(",")
            d.add(nl)
        d.add(cl + "]")
    elif isinstance(obj, L):
        d.add('"'); d.lab(obj.t, jesc(obj.v)); d.add('"')
    elif isinstance(obj, M):
        d.add('"')
        for p in obj.parts:
            if isinstance(p, L):
                d.lab(p.t, jesc(p.v))
            else:
                d.add(jesc(p))
        d.add('"')
    else:
        d.add(json.dumps(obj, ensure_ascii=False))

def ROW(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d.add(sep)
        raw = c.v if isinstance(c, L) else ("" if c is None else str(c))
        q = (sep in raw) or ('"' in raw) or ("\n" in raw)
        if isinstance(c, L):
            assert '"' not in raw
            if q: d.add('"')
            d.lab(c.t, raw)
            if q: d.add('"')
        else:
            if q:
                d.add('"' + raw.replace('"', '""') + '"')
            else:
                d.add(raw)
    d.add("\n")

# ---------------------------------------------------------------- checksums
def digits(s):
    return [int(c) for c in s if c.isdigit()]

def luhn_ok(s):
    ds = digits(s)[::-1]
    t = 0
    for i, x in enumerate(ds):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(n) % 97
    return cc + "%02d" % chk + bban

def nhs_ok(s):
    d = digits(s)
    if len(d) != 10: return False
    t = sum(x * w for x, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - t % 11
    if c == 11: c = 0
    return c != 10 and c == d[9]

VERH_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
          [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
          [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VERH_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
          [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VERH_INV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(digits(s)[::-1]):
        c = VERH_D[c][VERH_P[i % 8][x]]
    return c == 0
def verhoeff_check(body):
    c = 0
    for i, x in enumerate(digits(body)[::-1]):
        c = VERH_D[c][VERH_P[(i + 1) % 8][x]]
    return str(VERH_INV[c])

def cpf_checks(d9):
    d = list(d9)
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    r = s * 10 % 11
    d.append(0 if r == 10 else r)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1)))
    r = s * 10 % 11
    d.append(0 if r == 10 else r)
    return d
def cpf_ok(s):
    d = digits(s)
    return len(d) == 11 and len(set(d)) > 1 and cpf_checks(d[:9]) == d

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_L[int(s[:8]) % 23] == s[8]

def nir_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])

def steuer_check(b):
    p = 10
    for ch in b:
        s = (int(ch) + p) % 10
        if s == 0: s = 10
        p = s * 2 % 11
    c = 11 - p
    return 0 if c == 10 else c
def steuer_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11 or d[0] == "0": return False
    cnt = Counter(d[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return steuer_check(d[:10]) == int(d[10])

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65
def cf_check(b15):
    t = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(b15))
    return chr(65 + t % 26)
def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def nric_check(prefix, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(a) * b for a, b in zip(d7, w))
    if prefix in "TG": t += 4
    r = t % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]
def nric_ok(s):
    return len(s) == 9 and s[0] in "STFG" and nric_check(s[0], s[1:8]) == s[8]

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    pat = ["N1", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, p in zip(s, pat):
        if p == "N1" and not (c.isdigit() and c != "0"): return False
        if p == "N" and not c.isdigit(): return False
        if p == "A" and c not in MBI_A: return False
        if p == "AN" and not (c.isdigit() or c in MBI_A): return False
    return True

def nino_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s): return False
    if s[0] in "DFIQUV" or s[1] in "DFIQUVO": return False
    return s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")

def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and n > 0

CHECKERS = {
    "CREDIT_CARD": luhn_ok, "CA_SIN": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok,
    "IN_AADHAAR": verhoeff_ok, "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok,
    "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok,
}

def selftest():
    assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
    assert luhn_ok("046 454 286")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_make("DE", "370400440532013000") == "DE89370400440532013000"
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_check("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert steuer_ok("65929970489") and steuer_check("6592997048") == 9
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("QQ123456C") is False and nino_ok("AB123456C")
    assert nir_ok("2 55 08 14 168 025 38")
selftest()

# ---------------------------------------------------------------- value generators
def rd(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc", "visa"])
    if kind == "visa":
        body = "4" + rd(r, 14); num = luhn_complete(body)
        return " ".join(num[i:i+4] for i in range(0, 16, 4)) if r.random() < .6 else num
    if kind == "mc":
        body = "5" + r.choice("12345") + rd(r, 13); num = luhn_complete(body)
        return "-".join(num[i:i+4] for i in range(0, 16, 4)) if r.random() < .5 else " ".join(num[i:i+4] for i in range(0, 16, 4))
    if kind == "mc2":
        body = "2" + r.choice(["221", "300", "445", "620", "711"]) + rd(r, 11); num = luhn_complete(body)
        return num
    if kind == "amex":
        body = "3" + r.choice("47") + rd(r, 12); num = luhn_complete(body)
        return num[:4] + " " + num[4:10] + " " + num[10:]
    body = "6011" + rd(r, 11); num = luhn_complete(body)
    return " ".join(num[i:i+4] for i in range(0, 16, 4))

def bad_card(r):
    while True:
        num = "4" + rd(r, 15)
        if not luhn_ok(num):
            return " ".join(num[i:i+4] for i in range(0, 16, 4))

def luhn_bad_digits(r, n):
    while True:
        s = rd(r, n)
        if s[0] != "0" and not luhn_ok(s):
            return s

def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a == 666: continue
        g, n = r.randint(1, 99), r.randint(1, 9999)
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, n)

def sin(r):
    while True:
        body = str(r.randint(1, 7)) + rd(r, 7)
        n = luhn_complete(body)
        return n[:3] + " " + n[3:6] + " " + n[6:]
def bad_sin(r):
    while True:
        n = str(r.randint(1, 7)) + rd(r, 8)
        if not luhn_ok(n):
            return n[:3] + "-" + n[3:6] + "-" + n[6:]

def nhs(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        d[0] = r.randint(4, 7)
        t = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - t % 11
        if c == 11: c = 0
        if c == 10: continue
        s = "".join(map(str, d)) + str(c)
        return s[:3] + " " + s[3:6] + " " + s[6:]
def bad_nhs(r):
    while True:
        s = str(r.randint(4, 7)) + rd(r, 9)
        if not nhs_ok(s):
            return s[:3] + " " + s[3:6] + " " + s[6:]

def nino(r):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ"); b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if (a + b) in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"): continue
        d = rd(r, 6); s = r.choice("ABCD")
        return r.choice([a + b + d + s, "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], s)])

def aadhaar(r):
    b = str(r.randint(2, 9)) + rd(r, 10)
    s = b + verhoeff_check(b)
    assert verhoeff_ok(s)
    return s[:4] + " " + s[4:8] + " " + s[8:]
def bad_aadhaar(r):
    while True:
        s = str(r.randint(2, 9)) + rd(r, 11)
        if not verhoeff_ok(s):
            return s[:4] + " " + s[4:8] + " " + s[8:]

def cpf(r, fmt=True):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1: break
    d = cpf_checks(d); s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s
def bad_cpf(r):
    while True:
        s = rd(r, 11)
        if not cpf_ok(s):
            return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

def dni(r):
    n = r.randint(10000000, 79999999)
    return "%08d%s" % (n, DNI_L[n % 23])
def nie(r):
    p = r.choice("XYZ"); n = r.randint(0, 9999999)
    full = int(str("XYZ".index(p)) + "%07d" % n)
    return "%s%07d%s" % (p, n, DNI_L[full % 23])
def bad_dni(r):
    n = r.randint(10000000, 79999999)
    return "%08d%s" % (n, DNI_L[(n + 5) % 23])

def nir(r, sex=None, yy=None, mm=None, spaced=True):
    sex = sex or r.choice("12"); yy = yy if yy is not None else r.randint(60, 99); mm = mm or r.randint(1, 12)
    dept = "%02d" % r.choice([13, 31, 33, 44, 59, 69, 75, 92, 93, 94, 67, 6])
    com = "%03d" % r.randint(1, 400); order = "%03d" % r.randint(1, 999)
    b = "%s%02d%02d%s%s%s" % (sex, yy % 100, mm, dept, com, order)
    k = 97 - int(b) % 97
    if spaced:
        return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k)
    return b + "%02d" % k
def bad_nir(r):
    s = nir(r, spaced=False)
    k = (int(s[13:]) + 3) % 97 or 5
    return s[:13] + "%02d" % k

def steuer(r):
    while True:
        ds = r.sample("0123456789", 9)
        dup = r.choice(ds)
        b = ds + [dup]
        r.shuffle(b)
        if b[0] == "0": continue
        b = "".join(b)
        s = b + str(steuer_check(b))
        if steuer_ok(s):
            return r.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])
def bad_steuer(r):
    s = steuer(r).replace(" ", "")
    return s[:10] + str((int(s[10]) + 1 + r.randint(0, 7)) % 10)

VOW = "AEIOU"
def _cf_part(name, first=False):
    n = [c for c in name.upper() if c.isalpha()]
    tr = str.maketrans("ÀÁÈÉÌÍÒÓÙÚ", "AAEEIIOOUU")
    n = [c.translate(tr) for c in n]
    cons = [c for c in n if c not in VOW]; vows = [c for c in n if c in VOW]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]
BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273",
            "Bologna": "A944", "Firenze": "D612", "Bari": "A662", "Genova": "D969", "Verona": "L781"}
def codice_fiscale(first, last, y, m, d, female, city):
    b = _cf_part(last) + _cf_part(first, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (d + (40 if female else 0)) + BELFIORE[city]
    return b + cf_check(b)
def bad_cf(cf):
    c = chr(65 + (ord(cf[15]) - 65 + 7) % 26)
    return cf[:15] + c

def nric(r, prefix=None):
    p = prefix or r.choice("STST" + "FG")
    d = rd(r, 7)
    return p + d + nric_check(p, d)
def bad_nric(r):
    s = nric(r, "S")
    letters = "JZIHGFEDCBA"
    return s[:8] + letters[(letters.index(s[8]) + 3) % 11]

def mbi(r, dash=None):
    AN = MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(MBI_A) + r.choice(AN) + rd(r, 1) + r.choice(MBI_A) + r.choice(AN)
         + rd(r, 1) + r.choice(MBI_A) + r.choice(MBI_A) + rd(r, 2))
    if dash if dash is not None else r.random() < .5:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s

def mrn(r):
    return r.choice([lambda: "MRN" + rd(r, 8), lambda: rd(r, 7), lambda: "%s-%s" % (rd(r, 3), rd(r, 5)),
                     lambda: "K" + rd(r, 9), lambda: "SH" + rd(r, 6) + r.choice("ABCXYZ")])()

def health_plan_id(r):
    return r.choice([lambda: r.choice(["XJH", "YPB", "ZGW", "QMA"]) + rd(r, 9),
                     lambda: "W" + rd(r, 9), lambda: "HPN" + rd(r, 8),
                     lambda: "M" + rd(r, 8) + "01"])()

# IBANs
def iban_cc(r, cc, spaced=None):
    if cc == "DE": b = rd(r, 8) + rd(r, 10)
    elif cc == "FR":
        bank, br, acct = rd(r, 5), rd(r, 5), rd(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97
        b = bank + br + acct + "%02d" % key
    elif cc == "ES":
        bank, br, acct = rd(r, 4), rd(r, 4), rd(r, 10)
        def dc(s):
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return {10: 1, 11: 0}.get(v, v)
        b = bank + br + str(dc("00" + bank + br)) + str(dc(acct)) + acct
    elif cc == "IT":
        abi, cab, acct = rd(r, 5), rd(r, 5), rd(r, 12)
        body = abi + cab + acct
        t = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(body))
        b = chr(65 + t % 26) + body
    elif cc == "GB": b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rd(r, 6) + rd(r, 8)
    elif cc == "IE": b = r.choice(["AIBK", "BOFI", "IPBS"]) + rd(r, 6) + rd(r, 8)
    elif cc == "CH": b = rd(r, 5) + rd(r, 12)
    elif cc == "SE": b = rd(r, 3) + rd(r, 17)
    elif cc == "FI": b = luhn_complete(rd(r, 13))
    elif cc == "PL": b = rd(r, 24)
    elif cc == "TR": b = rd(r, 5) + "0" + rd(r, 16)
    elif cc == "IL": b = rd(r, 19)
    elif cc == "AE": b = rd(r, 19)
    elif cc == "EG": b = rd(r, 25)
    elif cc == "UA": b = rd(r, 6) + rd(r, 19)
    elif cc == "BR": b = rd(r, 8) + rd(r, 5) + rd(r, 10) + r.choice("CP") + "1"
    elif cc == "NL": b = r.choice(["ABNA", "INGB", "RABO"]) + rd(r, 10)
    else: raise ValueError(cc)
    s = iban_make(cc, b)
    assert iban_ok(s)
    if spaced if spaced is not None else r.random() < .6:
        s = " ".join(s[i:i+4] for i in range(0, len(s), 4))
    return s
def bad_iban(r, cc="DE"):
    s = iban_cc(r, cc, spaced=False)
    chk = int(s[2:4]); s2 = s[:2] + "%02d" % ((chk + 11) % 97 or 13) + s[4:]
    assert not iban_ok(s2)
    return s2

def sort_acct(r):
    return "%s-%s-%s" % (rd(r, 2), rd(r, 2), rd(r, 2)), rd(r, 8)

# passports: country -> (label country name, generator)
PASSPORT_FMT = {
    "US": lambda r: r.choice([rd(r, 9), r.choice("AZ") + rd(r, 8)]),
    "GB": lambda r: str(r.randint(1, 9)) + rd(r, 8),
    "DE": lambda r: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "FR": lambda r: rd(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rd(r, 5),
    "ES": lambda r: "PA" + r.choice("ABCDEFGH") + rd(r, 6),
    "IT": lambda r: r.choice(["YA", "YB", "YC", "AA"]) + rd(r, 7),
    "CA": lambda r: r.choice(["AB", "GA", "HP", "AK"]) + rd(r, 6),
    "BR": lambda r: r.choice(["FZ", "GA", "YB"]) + rd(r, 6),
    "MX": lambda r: r.choice("GNE") + rd(r, 8),
    "CO": lambda r: r.choice(["AO", "PE"]) + rd(r, 6),
    "CL": lambda r: rd(r, 9),
    "IE": lambda r: r.choice(["PA", "PB", "LF"]) + rd(r, 7),
    "CH": lambda r: r.choice("XSF") + rd(r, 7),
    "SE": lambda r: rd(r, 8),
    "FI": lambda r: r.choice(["XP", "FP", "PA"]) + rd(r, 7),
    "PL": lambda r: r.choice(["EA", "EJ", "AZ"]) + rd(r, 7),
    "UA": lambda r: r.choice(["FE", "FK", "EX"]) + rd(r, 6),
    "TR": lambda r: "U" + rd(r, 8),
    "IL": lambda r: rd(r, 8),
    "AE": lambda r: rd(r, 1) + "N" + rd(r, 7),
    "EG": lambda r: "A" + rd(r, 8),
    "NG": lambda r: "A" + rd(r, 8),
    "ZA": lambda r: r.choice("AMD") + rd(r, 8),
    "IN": lambda r: r.choice("JKLMNPRSTUVZ") + rd(r, 7),
    "TH": lambda r: r.choice(["AA", "AB", "AC"]) + rd(r, 7),
    "VN": lambda r: r.choice("BCN") + rd(r, 7),
    "PH": lambda r: "P" + rd(r, 7) + r.choice("ABC"),
    "ID": lambda r: r.choice(["A", "B", "X", "C"]) + rd(r, 7),
    "JP": lambda r: r.choice(["TK", "TR", "MZ", "TZ"]) + rd(r, 7),
    "KR": lambda r: "M" + rd(r, 3) + r.choice("ABCDEFGH") + rd(r, 4),
    "AU": lambda r: r.choice(["PA", "PB", "N", "E"]) + rd(r, 7),
}
def passport(r, cc):
    return ("US_PASSPORT" if cc == "US" else "PASSPORT"), PASSPORT_FMT[cc](r)

# US driving licences: state -> (name, generator)
DL = {
    "CA": ("California", lambda r: r.choice("ABDFGN") + rd(r, 7)),
    "FL": ("Florida", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice("BGHMS"), rd(r, 3), rd(r, 3), rd(r, 2), rd(r, 3), rd(r, 1))),
    "IL": ("Illinois", lambda r: "%s%s-%s-%s" % (r.choice("DHMS"), rd(r, 3), rd(r, 4), rd(r, 4))),
    "TX": ("Texas", lambda r: rd(r, 8)),
    "NY": ("New York", lambda r: "%s %s %s" % (rd(r, 3), rd(r, 3), rd(r, 3))),
    "PA": ("Pennsylvania", lambda r: "%s %s %s" % (rd(r, 2), rd(r, 3), rd(r, 3))),
    "MI": ("Michigan", lambda r: "%s %s %s %s %s" % (r.choice("BKMRS"), rd(r, 3), rd(r, 3), rd(r, 3), rd(r, 3))),
    "NJ": ("New Jersey", lambda r: "%s%s %s %s" % (r.choice("ABDKMS"), rd(r, 4), rd(r, 5), rd(r, 5))),
    "OH": ("Ohio", lambda r: r.choice(["RS", "SK", "TM"]) + rd(r, 6)),
    "WA": ("Washington", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(9))),
    "GA": ("Georgia", lambda r: rd(r, 9)),
    "AZ": ("Arizona", lambda r: r.choice("ABDJ") + rd(r, 8)),
    "MA": ("Massachusetts", lambda r: "S" + rd(r, 8)),
    "CO": ("Colorado", lambda r: "%s-%s-%s" % (rd(r, 2), rd(r, 3), rd(r, 4))),
    "WI": ("Wisconsin", lambda r: "%s%s-%s-%s-%s" % (r.choice("BDKMS"), rd(r, 3), rd(r, 4), rd(r, 4), rd(r, 2))),
    "MN": ("Minnesota", lambda r: r.choice("BCKLS") + rd(r, 12)),
    "VA": ("Virginia", lambda r: r.choice("ATS") + rd(r, 8)),
    "MD": ("Maryland", lambda r: "%s-%s-%s-%s-%s" % (r.choice("BDKM"), rd(r, 3), rd(r, 3), rd(r, 3), rd(r, 3))),
    "NV": ("Nevada", lambda r: rd(r, 10)),
    "OR": ("Oregon", lambda r: rd(r, 7)),
    "NC": ("North Carolina", lambda r: rd(r, 12)),
    "UT": ("Utah", lambda r: rd(r, 9)),
}

# ---------------------------------------------------------------- people
# origin: (given names, family names, family_first)
NAMES = {
    "US": ("Tyler Brianna Dakota Jaylen Kaitlyn Marcus Shelby Travis Destiny Colton LaKeisha Brantley",
           "Whitaker|Okafor-Boyd|Hollis|Dunleavy|McAllister|Pruitt|Castellano|Vance|Kowalczyk|Delacroix", False),
    "CA": ("Étienne Maëlle Jérémie Noémie Anne-Sophie Benoît Kiana Rowan",
           "Tremblay|Gagnon|Bouchard|Lévesque|Côté|Desjardins|Pelletier|Okimaw", False),
    "BR": ("João Thiago Letícia Luana Gabriela Caio Raíssa Vinícius",
           "da Silva|Nascimento|Rocha Carvalho|dos Santos|Figueiredo|Albuquerque|Moreira", False),
    "MX": ("Ximena Itzel Santiago Guadalupe Emiliano Citlali Yaretzi",
           "Hernández Ibarra|Zúñiga|de la Garza|Villaseñor|Xicoténcatl|Ruelas", False),
    "CO": ("Valentina Juan-Camilo Mariana Andrés Yurani Daniela",
           "Restrepo|Uribe Gaviria|Londoño|Ospina|Arango|Mosquera", False),
    "CL": ("Catalina Benjamín Javiera Matías Antonia Fernanda",
           "Araya|Fuentes|Valenzuela|Muñoz|Sepúlveda Contreras|Huenchullán", False),
    "GB": ("Callum Harriet Rhys Imogen Alfie Priya Ffion Tobias",
           "Featherstone|Pemberton-Hughes|Ashworth|Llewellyn|Blackwood|Oyelaran|Attwater", False),
    "IE": ("Aoife Oisín Saoirse Ciarán Niamh Pádraig Clodagh",
           "Ó Súilleabháin|Ní Dhomhnaill|Mac Cárthaigh|Fitzgerald|Ó Briain|Kavanagh", False),
    "FR": ("Ambre Maël Clémence Gaspard Anaïs Théo Solène",
           "Lefèvre|de La Fontaine|Rousseau-Mercier|Giraud|d'Aubigné|Le Goff|Benhamou", False),
    "ES": ("Lucía Álvaro Nerea Íñigo Ainhoa Jordi Maite",
           "García-Lorca|Etxeberria|Puigvert|Olabarrieta|Ruiz de Alda|Sánchez Ferrer", False),
    "IT": ("Giulia Lorenzo Chiara Matteo Federica Gianluca Beatrice",
           "Esposito|Bianchi|Di Stefano|Lo Russo|D'Alessandro|Ferraro|Squillace", False),
    "DE": ("Jannik Lea Moritz Friederike Malte Henrike Jördis",
           "Müller-Lüdenscheidt|Schäfer|von Hohenberg|Weißkopf|Krüger|Oberhäuser|Tschirner", False),
    "CH": ("Ursina Reto Seraina Gian-Luca Nadja Flurin",
           "Zbinden|Tschudi|Brülhart|Caflisch|Wyss|Rüegsegger", False),
    "SE": ("Linnéa Oskar Ebba Viggo Saga Albin",
           "Lindqvist|Åberg|Sjöström|Bergkvist|Öhman|Nyqvist", False),
    "FI": ("Aino Eetu Venla Juho Iida Onni",
           "Virtanen|Mäkelä|Häkkinen|Kärkkäinen|Nieminen|Järvinen", False),
    "PL": ("Zuzanna Szymon Wiktoria Jakub Małgorzata Bartłomiej",
           "Wiśniewska|Kowalczyk|Grzegorczyk|Wójcik|Szczepański|Przybylski", False),
    "UA": ("Oleksandr Yuliia Bohdan Solomiia Taras Oksana",
           "Shevchenko|Bondarenko|Kovalchuk|Tkachenko|Hrytsenko|Melnyk", False),
    "TR": ("Elif Emre Zeynep Barış Ayşe Çağan",
           "Yılmaz|Öztürk|Kılıç|Şahin|Aydoğan|Çelik", False),
    "IL": ("Noa Yonatan Tamar Itai Shira Omer",
           "Ben-David|Mizrahi|Peretz|Azoulay|Friedmann|Shapira", False),
    "AE": ("Mariam Hamdan Shamma Rashid Fatima Saeed",
           "Al Mansouri|Al Nuaimi|Al Ketbi|Al Falasi|Bin Sulayem", False),
    "EG": ("Youssef Nour Omar Habiba Karim Salma",
           "Abdel-Rahman|El-Sayed|Fahmy|Mostafa|Ghoneim|Shalaby", False),
    "NG": ("Chiamaka Oluwaseun Ngozi Emeka Temitope Ifeanyi",
           "Adeyemi|Okonkwo|Balogun|Nwachukwu|Eze|Adebayo-Ojo", False),
    "ZA": ("Thandiwe Sipho Lerato Johannes Zanele Pieter",
           "van der Merwe|Dlamini|Nkosi|Botha|Mokoena|du Plessis", False),
    "IN": ("Aarav Priyanka Siddharth Ananya Vikram Lakshmi",
           "Venkataraman|Chatterjee|Iyer|Deshpande|Bhattacharya|Reddy", False),
    "TH": ("Somchai Kanokwan Anuwat Pimchanok Thanakorn Siriporn",
           "Srisuwan|Chaiyaporn|Wongsakul|Rattanakosin|Boonmee", False),
    "VN": ("Thị Thu Hà|Văn Minh|Ngọc Ánh|Quốc Bảo|Thanh Tâm|Đức Huy",
           "Nguyễn|Trần|Lê|Phạm|Hoàng|Võ", True),
    "PH": ("Maria Cristina|Jericho|Rowena|Angelica|Rodel|Ma. Luisa",
           "Dela Cruz|Macaraeg|Bautista|Villanueva|Panganiban|Soriano", False),
    "ID": ("Putri Agus Dewi Bayu Rizky Sari",
           "Wijaya|Hartono|Saputra|Kusumawati|Nugroho|Setiawan", False),
    "JP": ("Haruto Yui Sota Mei Riku Aoi",
           "Takahashi|Watanabe|Yamaguchi|Kobayashi|Inoue|Matsumoto", False),
    "KR": ("Ji-woo Min-jun Seo-yeon Do-hyun Ha-eun",
           "Kim|Park|Choi|Jung|Kang|Yoon", True),
    "AU": ("Lachlan Matilda Bailey Indigo Harrison Tahlia",
           "Fitzsimmons|McGregor|Papadopoulos|Nguyen|Tran|Kowalski", False),
    "SG": ("Wei Ling|Jun Jie|Hui Min|Kai Xiang",
           "Tan|Lim|Ong|Goh", True),
}
SYL = ["ka", "zo", "bri", "vel", "tu", "mar", "shi", "lo", "dre", "qu", "yan", "sef", "or", "ni", "ix", "pa"]
def invent(r, n=2):
    s = "".join(r.choice(SYL) for _ in range(n))
    return s[:1].upper() + s[1:]

class Person:
    def __init__(self, r, cc=None):
        self.cc = cc or r.choice(list(NAMES))
        g, f, ff = NAMES[self.cc]
        gl = g.split("|") if "|" in g else g.split()
        self.given = r.choice(gl) if r.random() > .12 else invent(r, r.choice([2, 3]))
        self.family = r.choice(f.split("|")) if r.random() > .12 else invent(r, 3)
        self.family_first = ff
        self.female = r.random() < .5
    @property
    def full(self):
        return (self.family + " " + self.given) if self.family_first else (self.given + " " + self.family)
    def email(self, r, domain=None):
        def fold(s):
            tr = {ord("ø"): "o", ord("ł"): "l", ord("đ"): "d", ord("ı"): "i", ord("ß"): "ss", ord("æ"): "ae", ord("Ø"): "O", ord("Ł"): "L", ord("Đ"): "D"}
            s = s.translate(tr)
            return "".join(c for c in s.lower() if c.isalnum() or c in ".")
        import unicodedata
        def nf(s):
            return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        g, f = fold(nf(self.given)), fold(nf(self.family))
        dom = DOMAINS.get(self.cc, ["gmail.com"])
        local = r.choice([g + "." + f, g[0] + f + rd(r, 2), f + "_" + g, g + rd(r, 4), g + "." + f[:3]])
        if domain:
            return (g + "." + f).strip(".") + "@" + domain
        return local.strip(".") + "@" + r.choice(dom + ["gmail.com", "proton.me", "icloud.com"])

DOMAINS = {"US": ["yahoo.com", "outlook.com"], "CA": ["videotron.ca", "rogers.com"], "BR": ["uol.com.br", "bol.com.br"],
           "MX": ["prodigy.net.mx", "hotmail.com"], "CO": ["hotmail.com"], "CL": ["vtr.net"], "GB": ["btinternet.com", "hotmail.co.uk"],
           "IE": ["eircom.net"], "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["telefonica.net", "hotmail.es"],
           "IT": ["libero.it", "tiscali.it"], "DE": ["web.de", "gmx.de", "t-online.de"], "CH": ["bluewin.ch", "gmx.ch"],
           "SE": ["telia.com"], "FI": ["elisanet.fi"], "PL": ["wp.pl", "onet.pl"], "UA": ["ukr.net", "i.ua"],
           "TR": ["yandex.com.tr"], "IL": ["walla.co.il"], "AE": ["eim.ae"], "EG": ["yahoo.com"], "NG": ["yahoo.co.uk"],
           "ZA": ["mweb.co.za"], "IN": ["rediffmail.com"], "TH": ["hotmail.co.th"], "VN": ["fpt.vn"], "PH": ["yahoo.com.ph"],
           "ID": ["yahoo.co.id"], "JP": ["docomo.ne.jp", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"], "AU": ["bigpond.com"],
           "SG": ["singnet.com.sg"]}

def phone(r, cc):
    D = lambda n: rd(r, n)
    f = {
        "US": lambda: r.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"]) % (r.choice(["212", "312", "415", "503", "617", "704", "786", "916", "469"]), str(r.randint(2, 9)) + D(2), D(4)),
        "CA": lambda: "+1 %s %s %s" % (r.choice(["514", "438", "416", "604", "403"]), str(r.randint(2, 9)) + D(2), D(4)),
        "BR": lambda: r.choice(["+55 11 9%s-%s", "(21) 9%s-%s"]) % (D(4), D(4)),
        "MX": lambda: "+52 55 %s %s" % (D(4), D(4)),
        "CO": lambda: "+57 3%s %s %s" % (D(2), D(3), D(4)),
        "CL": lambda: "+56 9 %s %s" % (D(4), D(4)),
        "GB": lambda: r.choice(["+44 7%s %s", "07%s %s"]) % (r.choice("4579") + D(2), D(6)),
        "IE": lambda: "+353 8%s %s %s" % (r.choice("3567"), D(3), D(4)),
        "FR": lambda: r.choice(["+33 6 %s %s %s %s", "06 %s %s %s %s", "+33 7 %s %s %s %s"]) % (D(2), D(2), D(2), D(2)),
        "ES": lambda: "+34 6%s %s %s %s" % (D(2), D(2), D(2), D(2)),
        "IT": lambda: "+39 3%s %s %s" % (D(2), D(3), D(4)),
        "DE": lambda: r.choice(["+49 1%s %s", "01%s %s"]) % (r.choice(["51", "60", "70", "76", "57"]), D(8)),
        "CH": lambda: "+41 7%s %s %s %s" % (r.choice("689"), D(3), D(2), D(2)),
        "SE": lambda: "+46 70 %s %s %s" % (D(3), D(2), D(2)),
        "FI": lambda: "+358 40 %s %s" % (D(3), D(4)),
        "PL": lambda: "+48 5%s %s %s" % (D(2), D(3), D(3)),
        "UA": lambda: "+380 67 %s %s %s" % (D(3), D(2), D(2)),
        "TR": lambda: "+90 5%s %s %s %s" % (D(2), D(3), D(2), D(2)),
        "IL": lambda: "+972 5%s-%s-%s" % (r.choice("0234"), D(3), D(4)),
        "AE": lambda: "+971 5%s %s %s" % (r.choice("0256"), D(3), D(4)),
        "EG": lambda: "+20 10 %s %s" % (D(4), D(4)),
        "NG": lambda: "+234 80%s %s %s" % (r.choice("3567"), D(3), D(4)),
        "ZA": lambda: "+27 8%s %s %s" % (r.choice("234"), D(3), D(4)),
        "IN": lambda: "+91 9%s %s" % (D(4), D(5)),
        "TH": lambda: "+66 8%s %s %s" % (r.choice("1469"), D(3), D(4)),
        "VN": lambda: "+84 9%s %s %s %s" % (r.choice("0138"), D(3), D(2), D(2)),
        "PH": lambda: "+63 9%s %s %s" % (D(2), D(3), D(4)),
        "ID": lambda: "+62 812-%s-%s" % (D(4), D(4)),
        "JP": lambda: "+81 90-%s-%s" % (D(4), D(4)),
        "KR": lambda: "+82 10-%s-%s" % (D(4), D(4)),
        "AU": lambda: "+61 4%s %s %s" % (D(2), D(3), D(3)),
        "SG": lambda: "+65 9%s %s" % (D(3), D(4)),
    }[cc]
    return f()

def address(r, cc, multiline=False, parts=False):
    n = r.randint(2, 240)
    A = {
        "US": lambda: ("%d %s %s, Apt %s" % (n, r.choice(["Maple Crest", "Juniper", "W Belmont", "Peachtree", "Coral Way"]), r.choice(["Dr", "Ave", "St", "Blvd"]), r.randint(1, 30)),
                       "%s, %s %s" % r.choice([("Tacoma", "WA", "98405"), ("Savannah", "GA", "31401"), ("Aurora", "CO", "80012"), ("Tempe", "AZ", "85281"), ("Brooklyn", "NY", "11216")])),
        "CA": lambda: ("%d rue %s, app. %d" % (n, r.choice(["Saint-Denis", "Beaubien Est", "de la Gauchetière"]), r.randint(1, 20)), "Montréal (Québec)  H2J 2K%d" % r.randint(1, 9)),
        "BR": lambda: ("Rua %s, %d, apto %d" % (r.choice(["Augusta", "Oscar Freire", "dos Pinheiros"]), n, r.randint(11, 99)), "Pinheiros, São Paulo - SP, 05422-%s" % rd(r, 3)),
        "MX": lambda: ("Calle %s %d, Col. %s" % (r.choice(["Tonalá", "Durango", "Ámsterdam"]), n, r.choice(["Roma Norte", "Condesa", "Hipódromo"])), "06700 Ciudad de México, CDMX"),
        "CO": lambda: ("Carrera %d # %d-%d, apto %d" % (r.randint(5, 70), r.randint(10, 99), r.randint(1, 99), r.randint(101, 902)), "Medellín, Antioquia 050021"),
        "CL": lambda: ("Avenida Providencia %d, depto %d" % (n * 7, r.randint(11, 99)), "Providencia, Santiago 7500000"),
        "GB": lambda: ("Flat %d, %d %s" % (r.randint(1, 9), n, r.choice(["Cowley Road", "Albert Terrace", "Kelvin Way"])), "%s %s" % r.choice([("Oxford", "OX4 1HU"), ("Leeds", "LS6 2QB"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ")])),
        "IE": lambda: ("%d %s" % (n, r.choice(["Leinster Road", "Ard na Gréine", "Sráid an Chaisleáin"])), "Rathmines, Dublin 6, D06 %s" % r.choice(["F2X7", "K8W3", "Y4N2"])),
        "FR": lambda: ("%d%s rue des %s" % (n, r.choice([" bis", " ter", ""]), r.choice(["Tanneurs", "Lilas", "Trois-Frères"])), "%s" % r.choice(["69003 Lyon", "75018 Paris", "13006 Marseille", "31000 Toulouse"])),
        "ES": lambda: ("Calle de %s %d, %dº %dª" % (r.choice(["Embajadores", "Fuencarral", "Sant Pere Més Alt"]), n, r.randint(1, 6), r.randint(1, 4)), r.choice(["28012 Madrid", "08003 Barcelona", "41003 Sevilla"])),
        "IT": lambda: ("Via %s %d" % (r.choice(["dei Mille", "Padova", "Garibaldi"]), n), r.choice(["20127 Milano MI", "00185 Roma RM", "40126 Bologna BO"])),
        "DE": lambda: ("%s %d%s" % (r.choice(["Schönhauser Allee", "Kastanienallee", "Große Bergstraße"]), n, r.choice(["", "a", "b"])), r.choice(["10435 Berlin", "22767 Hamburg", "80469 München"])),
        "CH": lambda: ("%s %d" % (r.choice(["Langstrasse", "Rue de Carouge", "Spitalgasse"]), n), r.choice(["8004 Zürich", "1205 Genève", "3011 Bern"])),
        "SE": lambda: ("%s %d lgh %d" % (r.choice(["Hornsgatan", "Götgatan", "Vasagatan"]), n, 1100 + r.randint(1, 99)), "118 %s Stockholm" % rd(r, 2)),
        "FI": lambda: ("%s %d B %d" % (r.choice(["Fleminginkatu", "Mannerheimintie", "Hämeentie"]), n, r.randint(1, 40)), "00530 Helsinki"),
        "PL": lambda: ("ul. %s %d m. %d" % (r.choice(["Marszałkowska", "Piotrkowska", "Świętojańska"]), n, r.randint(1, 60)), r.choice(["00-514 Warszawa", "90-406 Łódź", "81-368 Gdynia"])),
        "UA": lambda: ("vul. %s %d, kv. %d" % (r.choice(["Khreshchatyk", "Saksahanskoho", "Horodotska"]), n, r.randint(1, 90)), r.choice(["Kyiv 01001", "Lviv 79000"])),
        "TR": lambda: ("%s No: %d D: %d" % (r.choice(["Bağdat Cad.", "Moda Cad.", "İstiklal Cad."]), n, r.randint(1, 20)), "34710 Kadıköy/İstanbul"),
        "IL": lambda: ("Rehov %s %d, Apt %d" % (r.choice(["Dizengoff", "Bialik", "HaNevi'im"]), n, r.randint(1, 30)), r.choice(["Tel Aviv-Yafo 6433222", "Haifa 3303124"])),
        "AE": lambda: ("Villa %d, Street %d" % (n, r.randint(1, 40)), r.choice(["Al Barsha 2, Dubai", "Khalifa City A, Abu Dhabi"])),
        "EG": lambda: ("%d Shari' %s, Apt %d" % (n, r.choice(["Mohamed Mazhar", "Ahmed Orabi"]), r.randint(1, 30)), "Zamalek, Cairo 11211"),
        "NG": lambda: ("Plot %d, %s" % (n, r.choice(["Admiralty Way", "Ajose Adeogun Street"])), "Lekki Phase 1, Lagos 106104"),
        "ZA": lambda: ("%d %s" % (n, r.choice(["Jan Smuts Avenue", "Voortrekker Road", "Long Street"])), r.choice(["Parktown, Johannesburg, 2193", "Gardens, Cape Town, 8001"])),
        "IN": lambda: ("Flat %d, %s, %dth Cross" % (r.randint(101, 904), r.choice(["Sai Krupa Apartments", "Prestige Lakeside"]), r.randint(4, 19)), "Indiranagar, Bengaluru 560038"),
        "TH": lambda: ("%d/%d Soi Sukhumvit %d" % (n, r.randint(1, 99), r.choice([11, 31, 39, 55])), "Khlong Toei Nuea, Watthana, Bangkok 10110"),
        "VN": lambda: ("%d %s" % (n, r.choice(["Lý Thường Kiệt", "Nguyễn Huệ", "Trần Hưng Đạo"])), r.choice(["Hoàn Kiếm, Hà Nội 100000", "Quận 1, TP. Hồ Chí Minh 700000"])),
        "PH": lambda: ("Unit %d, %d %s" % (r.randint(101, 3209), r.randint(1, 90), r.choice(["Rockwell Drive", "Jupiter Street"])), "Makati City, 1210 Metro Manila"),
        "ID": lambda: ("Jl. %s No. %d" % (r.choice(["Kemang Raya", "Tebet Barat Dalam", "Dago"]), n), r.choice(["Jakarta Selatan 12730", "Bandung 40135"])),
        "JP": lambda: ("%d-%d-%d %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), r.choice(["Jingumae", "Kitazawa", "Nakameguro"])), "%s, Tokyo %s" % (r.choice(["Shibuya-ku", "Setagaya-ku", "Meguro-ku"]), r.choice(["150-0001", "155-0031", "153-0061"]))),
        "KR": lambda: ("%d-%d, %d Teheran-ro %d-gil" % (r.randint(101, 120), r.randint(101, 1902), n, r.randint(1, 20)), "Gangnam-gu, Seoul 06234"),
        "AU": lambda: ("Unit %d, %d %s" % (r.randint(1, 30), n, r.choice(["Bondi Road", "Brunswick Street", "Hay Street"])), r.choice(["Bondi NSW 2026", "Fitzroy VIC 3065", "Perth WA 6000"])),
        "SG": lambda: ("Blk %d Tampines Street %d, #%02d-%d" % (r.randint(101, 899), r.randint(11, 45), r.randint(2, 15), r.randint(10, 999)), "Singapore 52%s" % rd(r, 4)),
    }[cc]()
    if parts:
        return A
    return (A[0] + ("\n" if multiline else ", ") + A[1])

CITY = {"US": "Tacoma", "CA": "Montréal", "BR": "São Paulo", "MX": "Ciudad de México", "CO": "Medellín", "CL": "Santiago",
        "GB": "Leeds", "IE": "Dublin", "FR": "Lyon", "ES": "Madrid", "IT": "Bologna", "DE": "Berlin", "CH": "Zürich",
        "SE": "Stockholm", "FI": "Helsinki", "PL": "Warszawa", "UA": "Kyiv", "TR": "İstanbul", "IL": "Tel Aviv",
        "AE": "Dubai", "EG": "Cairo", "NG": "Lagos", "ZA": "Cape Town", "IN": "Bengaluru", "TH": "Bangkok",
        "VN": "Hà Nội", "PH": "Makati", "ID": "Jakarta", "JP": "Tokyo", "KR": "Seoul", "AU": "Melbourne", "SG": "Singapore"}

def dob(r, lo=1962, hi=2005):
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    return y, m, d
def fdate(r, y, m, d, style=None):
    MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    style = style or r.choice(["iso", "us", "eu", "dot", "mon"])
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y), "eu": "%02d/%02d/%04d" % (d, m, y),
            "dot": "%02d.%02d.%04d" % (d, m, y), "mon": "%d %s %04d" % (d, MON[m - 1], y), "hl7": "%04d%02d%02d" % (y, m, d)}[style]

def ip(r, v6=False):
    if v6:
        return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))
    return r.choice([lambda: "203.0.113.%d" % r.randint(1, 254), lambda: "198.51.100.%d" % r.randint(1, 254),
                     lambda: "192.0.2.%d" % r.randint(1, 254), lambda: "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     lambda: "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                     lambda: "%d.%d.%d.%d" % (r.choice([81, 89, 177, 186, 41, 102, 49, 110, 124, 157]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])()

def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))
def uuid(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])
def uid(r):
    return r.choice(["usr_", "u_", "uid:"]) + hexs(r, 10)
def version(r):
    if r.random() < .5:
        return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 30), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 40), r.randint(0, 30), r.randint(100, 9999))

GAMERTAGS = ["xX_N1ghtOwl_Xx", "SirLagsALot", "crit_happens", "T0asterStrudel", "MidnightRamen", "quietLynx42",
             "NoScopeNana", "PixelPriestess", "GG_EZ_Clap", "Wobbly_Llama", "ByteMeBarbara", "ZeroChillZed", "pwnCake",
             "TurboTortoise", "SaltyKraken", "Velvet_Thunder", "404_Skill_Not_Found", "DuckyDynamite"]
CHARACTERS = ["Arthur Morgan", "Geralt of Rivia", "Lara Croft", "Ellie Williams", "Kratos", "Aloy", "Solid Snake",
              "Commander Shepard", "Jill Valentine", "Master Chief", "Cloud Strife", "Leon S. Kennedy", "Joel Miller",
              "Ezio Auditore", "Samus Aran", "Jin Sakai", "Tifa Lockhart", "Marcus Fenix"]
SKUS = lambda r: r.choice(["SKN-", "EMT-", "BP-S", "GEM-PK-", "COIN"]) + rd(r, 4) + r.choice(["-LGD", "-EPC", "", "-X"])
COMPANIES = ["Ben & Jerry's", "Dolce & Gabbana", "Tommy Hilfiger", "Louis Vuitton", "Ralph Lauren", "Hugo Boss",
             "Johnson & Johnson", "Mercedes-Benz", "Ferrari", "Walt Disney", "Paul Smith", "Calvin Klein", "Jack Daniel's"]
HOLIDAYS = ["Valentine's Day", "Martin Luther King Jr. Day", "St. Patrick's Day", "Saint Jean-Baptiste", "Dia de São João",
            "Guy Fawkes Night", "Saint Nicholas Day", "Father Christmas"]

DX = ["HIV-1 infection", "genital herpes (HSV-2)", "chlamydia", "major depressive disorder", "generalised anxiety disorder",
      "bipolar II disorder", "type 1 diabetes", "epilepsy", "relapsing-remitting multiple sclerosis", "post-traumatic stress disorder",
      "ADHD", "polycystic ovary syndrome", "endometriosis", "asthma", "coeliac disease", "Crohn's disease",
      "borderline personality disorder", "anorexia nervosa", "cerebral palsy", "autism spectrum disorder",
      "hypothyroidism", "migraine with aura", "chronic hepatitis C", "early syphilis", "gonorrhoea", "spina bifida",
      "sickle cell disease", "psoriatic arthritis", "obsessive-compulsive disorder", "hidradenitis suppurativa"]
MEDS = ["Truvada", "Descovy", "Biktarvy", "sertraline", "escitalopram", "lithium carbonate", "insulin glargine", "levetiracetam",
        "methylphenidate", "quetiapine", "levothyroxine", "metformin", "adalimumab", "valacyclovir", "doxycycline",
        "ceftriaxone", "fluoxetine", "lamotrigine", "salbutamol", "Depo-Provera", "ocrelizumab", "naltrexone",
        "bupropion", "Vyvanse", "hydroxyurea", "sumatriptan", "dolutegravir", "benzathine penicillin G", "mirtazapine"]

def apple_txn(r, p):
    while True:
        s = p + "000000" + rd(r, 9)
        if not luhn_ok(s):
            return s

# ---------------------------------------------------------------- templates
T = []
def tpl(n, fmt):
    def deco(f):
        T.append((f.__name__, n, fmt, f))
        return f
    return deco

PASS_LABEL = {"US": "Passport No.", "GB": "Passport number", "IE": "Uimhir phas / Passport no.", "FR": "N° de passeport",
              "DE": "Reisepassnummer", "CH": "Pass-Nr.", "ES": "Número de pasaporte", "MX": "No. de pasaporte",
              "CO": "Pasaporte No.", "CL": "N° pasaporte", "IT": "Numero passaporto", "BR": "Número do passaporte",
              "SE": "Passnummer", "FI": "Passin numero", "PL": "Numer paszportu", "UA": "Passport No. / Номер паспорта",
              "TR": "Pasaport No", "IL": "Passport No.", "AE": "Passport No.", "EG": "Passport No.", "NG": "Passport No.",
              "ZA": "Passport no.", "IN": "Passport No.", "TH": "เลขที่หนังสือเดินทาง / Passport No.", "VN": "Số hộ chiếu",
              "PH": "Passport No.", "ID": "No. Paspor", "JP": "旅券番号 / Passport No.", "KR": "여권번호 Passport No.",
              "AU": "Passport number", "CA": "Passport No./N° de passeport"}
COUNTRY = {"US": "United States", "GB": "United Kingdom", "IE": "Ireland", "FR": "France", "DE": "Germany", "CH": "Switzerland",
           "ES": "Spain", "MX": "Mexico", "CO": "Colombia", "CL": "Chile", "IT": "Italy", "BR": "Brazil", "SE": "Sweden",
           "FI": "Finland", "PL": "Poland", "UA": "Ukraine", "TR": "Türkiye", "IL": "Israel", "AE": "United Arab Emirates",
           "EG": "Egypt", "NG": "Nigeria", "ZA": "South Africa", "IN": "India", "TH": "Thailand", "VN": "Viet Nam",
           "PH": "Philippines", "ID": "Indonesia", "JP": "Japan", "KR": "Republic of Korea", "AU": "Australia", "CA": "Canada",
           "SG": "Singapore"}

# ---- forms / KYC
@tpl(6, "form")
def age_verification_form(r, i):
    cc = ["JP", "TR", "US", "FI", "US", "AE"][i]
    p = Person(r, cc); d = Doc()
    y, m, dd = dob(r, 1978, 2006)
    d.line("=== LOVELOOP TRUST & SAFETY — ID / AGE VERIFICATION REVIEW ===")
    d.line("Case: AV-%s    Queue: age_gate_manual    SLA: 24h" % rd(r, 7))
    d.line("Account ID ........ ", uid(r), "    Handle: @", r.choice(GAMERTAGS).lower())
    d.line("Legal name on ID .. ", L("PERSON", p.full))
    d.line("Date of birth ..... ", L("DATE_OF_BIRTH", fdate(r, y, m, dd)), "   (declared at signup: %d)" % y)
    if cc == "US" and i == 4:
        st = r.choice(list(DL)); nm, g = DL[st]
        d.line("Document type ..... Driver License   Issuing state: ", nm)
        d.line("License number .... ", L("DRIVER_LICENSE", g(r)))
    else:
        t, num = passport(r, cc)
        d.line("Document type ..... Passport   Issuing country: ", COUNTRY[cc])
        d.line(PASS_LABEL[cc], " ", L(t, num))
    d.line("Expiry ............ %d-%02d-%02d" % (r.randint(2027, 2034), r.randint(1, 12), r.randint(1, 28)))
    d.line("Selfie match ...... %.3f (threshold 0.82)   Liveness: PASS   MRZ: OK" % r.uniform(.83, .99))
    d.line("Device ............ ", uuid(r))
    d.line("Decision .......... ", r.choice(["APPROVED 18+", "APPROVED 18+ (manual)", "REJECTED – selfie mismatch"]))
    d.line("Reviewer .......... mod_tsk_%d" % r.randint(100, 999))
    return d

@tpl(6, "form")
def creator_payout_form(r, i):
    cc = ["US", "CA", "GB", "BR", "IN", "SG"][i % 6]
    p = Person(r, cc); d = Doc()
    d.line("Creator Program — Payout & Tax Details")
    d.line("-" * 40)
    d.line("Streamer handle: ", r.choice(GAMERTAGS), "    Partner tier: ", r.choice(["Silver", "Gold", "Affiliate"]))
    d.line("Full legal name: ", L("PERSON", p.full))
    d.line("Email: ", L("EMAIL", p.email(r)))
    d.line("Mobile: ", L("PHONE", phone(r, cc)))
    d.line("Residential address:")
    d.line(L("ADDRESS", address(r, cc, multiline=True)))
    if cc == "US":
        d.line("Taxpayer ID (SSN): ", L("US_SSN", ssn(r)), "    W-9 received: yes")
        d.line("Payout: ACH routing 0%s  account ****%s" % (rd(r, 8), rd(r, 4)))
    elif cc == "CA":
        d.line("Social Insurance Number / NAS: ", L("CA_SIN", sin(r)))
        d.line("Payout: Interac e-Transfer to the email above")
    elif cc == "GB":
        sc, ac = sort_acct(r)
        d.line("National Insurance no.: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)))
        d.line("Bank (sort code / account): ", L("UK_BANK_ACCOUNT", sc + " " + ac))
    elif cc == "BR":
        d.line("CPF: ", L("BR_CPF", cpf(r)), "    Chave PIX: CPF")
        d.line("IBAN (para transferências internacionais): ", L("IBAN", iban_cc(r, "BR")))
    elif cc == "IN":
        d.line("Aadhaar: ", L("IN_AADHAAR", aadhaar(r)), "   PAN: %s%s%s" % ("".join(r.choice(string.ascii_uppercase) for _ in range(5)), rd(r, 4), r.choice(string.ascii_uppercase)))
        d.line("UPI handle: ", r.choice(["streamer", "gamer", "payouts"]), rd(r, 3), "@okaxis")
    else:
        d.line("NRIC/FIN: ", L("SG_NRIC", nric(r)))
        d.line("PayNow: linked to the mobile number above")
    d.line("Monthly revenue share: %d%%   Last payout ref: PO-%s" % (r.choice([50, 60, 70]), rd(r, 10)))
    d.line("Signature on file: [x]    Submitted: 2025-%02d-%02dT%02d:%02d:11Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)))
    return d

@tpl(2, "form")
def ler_intake_form(r, i):
    off = Person(r, ["US", "GB"][i]); tgt = Person(r, r.choice(["NG", "GH" if False else "ZA", "PH", "TR"]))
    d = Doc()
    d.line("LAW ENFORCEMENT REQUEST — INTAKE")
    d.line("Agency: ", ["Hennepin County Sheriff's Office, Financial Crimes Unit", "Police Scotland, Economic Crime Unit"][i])
    d.line("Requesting officer: Det. ", L("PERSON", off.full), "   Badge/Collar #: %s" % rd(r, 5))
    d.line("Officer email: ", L("EMAIL", off.email(r, ["hennepin.us", "scotland.police.uk"][i])))
    d.line("Officer phone: ", L("PHONE", phone(r, off.cc)))
    d.line("Legal process: ", ["Grand jury subpoena", "Production order (s.?) — see attached"][i], "   Court ref: ", "%s-CR-%s" % (rd(r, 2), rd(r, 6)))
    d.line("Offence: romance fraud / advance-fee (victim loss approx. $%d,%03d)" % (r.randint(8, 90), r.randint(0, 999)))
    d.line("Target account(s): ", uid(r), ", ", uid(r))
    d.line("")
    d.line("RECORDS PRODUCED (basic subscriber information)")
    d.line("  Registered name: ", L("PERSON", tgt.full))
    d.line("  Registered email: ", L("EMAIL", tgt.email(r)))
    d.line("  Verified phone: ", L("PHONE", phone(r, tgt.cc)))
    y, m, dd = dob(r)
    d.line("  DOB (self-declared): ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "iso")))
    d.line("  Signup IP: ", L("IP_ADDRESS", ip(r)), "   Last login IP: ", L("IP_ADDRESS", ip(r)))
    d.line("  Client: android %s (build %s)" % (version(r), rd(r, 6)))
    d.line("Content of messages: NOT produced (requires warrant)")
    return d

@tpl(4, "form")
def gdpr_request_form(r, i):
    cc = ["ES", "IT", "FR", "DE"][i]
    p = Person(r, cc); d = Doc()
    labels = {"ES": ("Solicitud de derechos (RGPD)", "Nombre y apellidos", "Correo electrónico", "Domicilio", "DNI/NIE"),
              "IT": ("Richiesta dell'interessato (GDPR)", "Nome e cognome", "E-mail", "Indirizzo", "Codice fiscale"),
              "FR": ("Demande d'exercice de droits (RGPD)", "Nom et prénom", "Courriel", "Adresse postale", "N° de sécurité sociale"),
              "DE": ("Antrag auf Auskunft/Löschung (DSGVO)", "Vor- und Nachname", "E-Mail-Adresse", "Anschrift", "Steuerliche Identifikationsnummer")}[cc]
    d.line(labels[0], " — Data Subject Request")
    d.line("Request type / Tipo: ", r.choice(["Art. 15 access", "Art. 17 erasure", "Art. 20 portability"]))
    d.line(labels[1], ": ", L("PERSON", p.full))
    d.line(labels[2], ": ", L("EMAIL", p.email(r)))
    d.line(labels[3], ": ", L("ADDRESS", address(r, cc)))
    if cc == "ES":
        d.line(labels[4], ": ", L("ES_DNI", r.choice([dni(r), nie(r)])))
    elif cc == "IT":
        y, m, dd = dob(r, 1970, 2003)
        first = p.given if p.given.isalpha() else "Giulia"
        cf = codice_fiscale(first, p.family, y, m, dd, p.female, r.choice(list(BELFIORE)))
        d.line(labels[4], ": ", L("IT_FISCAL_CODE", cf))
        d.line("Data di nascita: ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "eu")))
    elif cc == "FR":
        d.line(labels[4], ": ", L("FR_NIR", nir(r, sex="2" if p.female else "1")))
    else:
        d.line(labels[4], ": ", L("DE_TAX_ID", steuer(r)))
    d.line("Account(s): ", uid(r), "  (LoveLoop) / player #", rd(r, 9), " (Realm Rush)")
    d.line("Identity check: document hash ", hexs(r, 16), "…  verified by agent ", "dpo-agent-%02d" % r.randint(1, 40))
    d.line("Received: 2025-%02d-%02d   Statutory deadline: +1 month" % (r.randint(1, 12), r.randint(1, 28)))
    return d

@tpl(2, "form")
def blank_verification_form(r, i):
    d = Doc()
    d.line(["VERIFIED BADGE APPLICATION (TEMPLATE v%d)" % r.randint(2, 9), "Formulario de verificación — PLANTILLA"][i])
    for lab in ["Full Name", "Date Of Birth", "Passport Number", "Driver License Number", "Issuing State",
                "Email Address", "Mobile Phone", "Home Address", "Social Security Number"]:
        d.line(lab, ": ", "_" * r.randint(12, 30))
    d.line("Example: Name = Jane Doe, DOB = DD/MM/YYYY, Passport = X0000000")
    d.line("Do not upload a photo of a card number. Selfie must show your face and the code ", rd(r, 4), ".")
    return d

@tpl(2, "form")
def accessibility_event_form(r, i):
    cc = ["AU", "IE"][i]
    p = Person(r, cc); ec = Person(r, cc); d = Doc()
    d.line("LoveLoop IRL — Speed-Dating Night — Accessibility & Wellbeing Form")
    d.line("Venue: ", r.choice(["The Jolly Roger Bar", "Hotel Ada Lovelace", "Café Frida Kahlo"]), "   Event code: EVT-%s" % rd(r, 5))
    d.line("Attendee name: ", L("PERSON", p.full))
    d.line("Email: ", L("EMAIL", p.email(r)), "    Mobile: ", L("PHONE", phone(r, cc)))
    d.line("Do you have a disability or condition we should know about? ", L("DIAGNOSIS", r.choice(["cerebral palsy", "spina bifida", "type 1 diabetes", "epilepsy"])))
    d.line("Medication you may need to take during the event: ", L("MEDICATION", r.choice(["insulin glargine", "levetiracetam", "salbutamol"])), " (carry my own)")
    d.line("Mobility: wheelchair user — step-free access required: Y")
    d.line("Emergency contact: ", L("PERSON", ec.full), " (", r.choice(["sister", "partner", "housemate"]), ") ", L("PHONE", phone(r, cc)))
    d.line("Dietary: ", r.choice(["vegan", "none", "halal"]), "   Wristband colour: ", r.choice(["teal", "amber"]))
    return d

@tpl(3, "form")
def event_host_background_check(r, i):
    p = Person(r, "US"); d = Doc()
    st = ["TX", "NJ", "MI"][i]; nm, g = DL[st]
    d.line("EVENT HOST ONBOARDING — BACKGROUND CHECK AUTHORIZATION")
    d.line("Applicant: ", L("PERSON", p.full))
    y, m, dd = dob(r, 1975, 2001)
    d.line("Date of Birth: ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "us")))
    d.line("SSN: ", L("US_SSN", ssn(r)))
    d.line("Current address: ", L("ADDRESS", address(r, "US")))
    d.line("Driver's license state: ", st, "   DL #: ", L("DRIVER_LICENSE", g(r)))
    d.line("Phone: ", L("PHONE", phone(r, "US")), "   Email: ", L("EMAIL", p.email(r)))
    d.line("Previous SSN on file (masked): ***-**-%s   Report ID: BG-%s" % (rd(r, 4), rd(r, 8)))
    d.line("I authorize LoveLoop Events LLC and its vendor to obtain consumer reports. Signed electronically %s." % fdate(r, 2025, r.randint(1, 12), r.randint(1, 28), "us"))
    return d

# ---- clinical
@tpl(3, "lab_report")
def sti_lab_report(r, i):
    cc = ["US", "GB", "AU"][i]
    p = Person(r, cc); d = Doc()
    y, m, dd = dob(r, 1980, 2004)
    d.line(["QUESTLINE PARTNER LABS", "CLINIPATH UK — SEXUAL HEALTH SCREEN", "MERIDIAN PATHOLOGY PTY LTD"][i])
    d.line("Report for LoveLoop 'Tested Together' badge (shared with consent, scope: results only)")
    d.line("PATIENT: ", L("PERSON", p.family.upper() + ", " + p.given))
    d.line("DOB: ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "eu" if cc != "US" else "us")), "   SEX: ", "F" if p.female else "M")
    if cc == "GB":
        d.line("NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "   Lab No: L%s" % rd(r, 9))
    else:
        d.line("MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Accession: ACC-%s-%s" % (rd(r, 2), rd(r, 7)))
    d.line("Collected: 2025-%02d-%02d 09:%02d   Reported: 2025-%02d-%02d" % (r.randint(1, 6), r.randint(1, 28), r.randint(0, 59), r.randint(7, 12), r.randint(1, 28)))
    d.line("%-38s %-14s %s" % ("TEST", "RESULT", "REF"))
    pos = i != 1
    d.line("%-38s %-14s %s" % ("HIV-1/2 Ag/Ab combo (4th gen)", "Non-reactive", "Non-reactive"))
    d.line("%-38s %-14s %s" % ("Treponema pallidum Ab", "Negative", "Negative"))
    d.line("%-38s %-14s %s" % ("Chlamydia trachomatis NAAT", "DETECTED" if pos else "Not detected", "Not detected"))
    d.line("%-38s %-14s %s" % ("Neisseria gonorrhoeae NAAT", "Not detected", "Not detected"))
    d.line("%-38s %-14s %s" % ("HSV-2 IgG index", "0.41", "<0.90"))
    if pos:
        d.line("INTERPRETATION: Findings consistent with ", L("DIAGNOSIS", "Chlamydia trachomatis infection"),
               ". Treated with ", L("MEDICATION", "doxycycline"), " 100 mg BD x7 days per protocol; partner notification advised.")
    else:
        d.line("INTERPRETATION: No evidence of infection on this panel. Repeat in 3 months if ongoing risk.")
    d.line("Verified by: ", r.choice(["Biomedical Scientist", "Lab director"]), " ", L("PERSON", Person(r, cc).full))
    return d

def hl7_name(p):
    return (p.family.upper() + "^" + p.given.upper()).replace(" ", " ")

@tpl(3, "hl7")
def hl7_oru_badge(r, i):
    p = Person(r, ["US", "CA", "US"][i]); d = Doc()
    y, m, dd = dob(r)
    ts = "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    addr_cc = p.cc
    d.add("MSH|^~\\&|QLAB|QL^2.16.840.1.113883.3.%d^ISO|LOVELOOP|HEALTHBADGE|%s||ORU^R01^ORU_R01|%s|P|2.5.1\r" % (r.randint(100, 9999), ts, rd(r, 10)))
    d.add("PID|1||", L("MEDICAL_RECORD_NUMBER", rd(r, 8)), "^^^QLAB^MR||", L("PERSON", hl7_name(p)), "||",
          L("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)), "|", "F" if p.female else "M", "|||")
    st = r.choice([("4410 Fremont Ave N", "Seattle", "WA", "98103"), ("77 Lakeshore Rd", "Burlington", "VT", "05401"), ("1903 Elm St", "Dallas", "TX", "75201")])
    d.add(L("ADDRESS", "%s^^%s^%s^%s" % st), "^USA||", L("PHONE", "^PRN^PH^^1^%s^%s" % (r.choice(["206", "802", "214"]), str(r.randint(2, 9)) + rd(r, 6))) if False else L("PHONE", "(%s)%s-%s" % (r.choice(["206", "802", "214"]), str(r.randint(2, 9)) + rd(r, 2), rd(r, 4))), "\r")
    d.add("PV1|1|O\r")
    if i != 2:
        d.add("IN1|1|PPO01|%s|%s||||GRP%s" % (rd(r, 5), r.choice(["AETNA CHOICE POS II", "BLUE CROSS PPO"]), rd(r, 6)) + "|" * 28)
        d.add(L("HEALTH_PLAN_ID", health_plan_id(r)), "\r")
    d.add("OBR|1|%s|%s|80379^HIV 1/2 AG/AB^L|||%s\r" % (rd(r, 8), rd(r, 8), ts))
    d.add("OBX|1|ST|75622-1^HIV 1+2 Ab+HIV1 p24 Ag^LN||%s||||||F\r" % ("Reactive" if i == 0 else "Nonreactive"))
    if i == 0:
        d.add("OBX|2|NM|20447-9^HIV-1 RNA^LN||%d|copies/mL|<20|H|||F\r" % r.randint(2000, 90000))
        d.add("NTE|1||Confirmed ", L("DIAGNOSIS", "HIV-1 infection"), "; linkage to care referral placed. Patient reports taking ",
              L("MEDICATION", "Descovy"), " for PrEP intermittently.\r")
    else:
        d.add("NTE|1||No HIV antigen or antibody detected.\r")
    return d

@tpl(3, "fhir_json")
def fhir_health_import(r, i):
    cc = ["US", "US", "GB"][i]
    p = Person(r, cc)
    y, m, dd = dob(r, 1950 if i == 1 else 1975, 1960 if i == 1 else 2003)
    dx1, dx2 = r.sample(DX, 2)
    med = r.choice(MEDS)
    patient = {"resourceType": "Patient", "id": "pt-" + hexs(r, 8),
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
               "name": [{"family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
               "birthDate": L("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)),
               "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc))}, {"system": "email", "value": L("EMAIL", p.email(r))}],
               "address": [{"line": [L("ADDRESS", address(r, cc, parts=True)[0])], "city": CITY[cc], "country": cc}]}
    if cc == "GB":
        patient["identifier"].append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r).replace(" ", ""))})
    cond = {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
            "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"text": L("DIAGNOSIS", dx1)},
            "subject": {"reference": "Patient/" + patient["id"]}}
    refuted = {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
               "code": {"text": dx2}, "note": [{"text": "ruled out at screening"}]}
    ms = {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", med)},
          "dosage": [{"text": "as directed"}]}
    entries = [patient, cond, refuted, ms]
    if cc == "US":
        cov = {"resourceType": "Coverage", "status": "active",
               "payor": [{"display": "Medicare Part B" if i == 1 else r.choice(["UnitedHealthcare Choice Plus", "Kaiser Permanente HMO"])}],
               "subscriberId": L("US_MBI", mbi(r)) if i == 1 else L("HEALTH_PLAN_ID", health_plan_id(r)),
               "class": [{"type": {"text": "group"}, "value": "GRP-" + rd(r, 6)}]}
        entries.append(cov)
    bundle = {"resourceType": "Bundle", "type": "collection", "meta": {"source": "loveloop-health-connect/" + version(r)},
              "entry": [{"resource": e} for e in entries]}
    d = Doc(); J(d, bundle); d.add("\n")
    return d

@tpl(3, "clinical_note")
def telehealth_sexual_health_note(r, i):
    cc = ["US", "GB", "ZA"][i]
    p = Person(r, cc); d = Doc()
    y, m, dd = dob(r, 1985, 2004)
    dx = ["genital herpes (HSV-2)", "early syphilis", "gonorrhoea"][i]
    rx = ["valacyclovir", "benzathine penicillin G", "ceftriaxone"][i]
    d.line("TELEHEALTH CONSULT — partner clinic (referred via LoveLoop Health Hub)")
    d.line("Pt: ", L("PERSON", p.full), "  DOB ", L("DATE_OF_BIRTH", fdate(r, y, m, dd)),
           "  ", *( ["NHS ", L("UK_NHS_NUMBER", nhs(r))] if cc == "GB" else ["MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r))]))
    d.line("Clinician: Dr ", L("PERSON", Person(r, cc).full), "   Modality: video   Interpreter: no")
    d.line("")
    d.line("S: %d-year-old presenting after a partner met on the app disclosed a positive result. Reports painful lesions x4 days." % (2025 - y))
    d.line("   Denies fever. No history of ", r.choice(["HIV", "hepatitis B", "syphilis" if i != 1 else "HSV"]), ". Not currently on PrEP.")
    d.line("   Says the week has been 'a total migraine' with work; no actual headaches.")
    d.line("O: Photos reviewed in secure viewer. Vitals self-reported WNL.")
    d.line("A: ", L("DIAGNOSIS", dx), " — clinical diagnosis, swab sent.")
    d.line("   Depression screen PHQ-2 = 0; depression not suspected.")
    d.line("P: Start ", L("MEDICATION", rx), " per guideline. Offered ", L("MEDICATION", "Truvada"), " for PrEP; patient will consider.")
    d.line("   Partner notification via anonymous link (token %s). F/u 2 weeks." % hexs(r, 12))
    return d

@tpl(2, "discharge_summary")
def discharge_selfharm(r, i):
    cc = ["GB", "CA"][i]
    p = Person(r, cc); d = Doc()
    y, m, dd = dob(r, 1990, 2004)
    d.line(["ST ALBAN'S UNIVERSITY HOSPITAL NHS FOUNDATION TRUST", "CENTRE HOSPITALIER — DISCHARGE SUMMARY / RÉSUMÉ DE DÉPart".replace("DÉPart", "DÉPART")][i])
    d.line("(Attached by next of kin to Trust & Safety case TS-%s, account welfare review)" % rd(r, 7))
    d.line("Patient: ", L("PERSON", p.full), "    Born: ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "mon")))
    if cc == "GB":
        d.line("NHS number: ", L("UK_NHS_NUMBER", nhs(r)), "    Hospital no.: ", L("MEDICAL_RECORD_NUMBER", "RX" + rd(r, 7)))
    else:
        d.line("No de dossier / MRN: ", L("MEDICAL_RECORD_NUMBER", rd(r, 7)), "   Health card: ", L("HEALTH_PLAN_ID", "%s %s %s" % (rd(r, 4), rd(r, 3), rd(r, 3))), " (OHIP)")
    d.line("Admitted: 2025-%02d-%02d   Discharged: 2025-%02d-%02d   Ward: Rowan (psychiatric liaison)" % (3, r.randint(1, 14), 3, r.randint(15, 28)))
    d.line("")
    d.line("Principal diagnosis: ", L("DIAGNOSIS", "major depressive disorder, recurrent, severe"))
    d.line("Secondary: ", L("DIAGNOSIS", "intentional paracetamol overdose"), "; ", L("DIAGNOSIS", r.choice(["borderline personality disorder", "generalised anxiety disorder"])))
    d.line("Course: treated with ", L("MEDICATION", "acetylcysteine"), " infusion; LFTs normalised, no evidence of hepatotoxicity.")
    d.line("No signs of psychosis. Pneumonia was considered and excluded on imaging.")
    d.line("Discharge medications: ", L("MEDICATION", "sertraline"), " 100 mg OD; ", L("MEDICATION", "mirtazapine"), " 15 mg nocte.")
    d.line("Follow-up: community mental health team within 72h. Crisis line ", L("PHONE", phone(r, cc)), ".")
    d.line("Next of kin: ", L("PERSON", Person(r, cc).full), " (mother)")
    return d

@tpl(2, "clinical_note")
def moderator_occ_health(r, i):
    p = Person(r, ["PH", "IE"][i]); d = Doc()
    d.line("OCCUPATIONAL HEALTH — CONTENT MODERATOR WELLBEING PROGRAMME — CONFIDENTIAL")
    d.line("Employee: ", L("PERSON", p.full), "   Employee no.: E%s   Team: T&S Tier-2 (queue: graphic_violence)" % rd(r, 6))
    d.line("Referral: manager, after two absences. Reviewer shift pattern 4on/3off.")
    d.line("History: exposure to self-harm and CSAM escalations. Reports intrusive images, sleep disturbance.")
    d.line("Assessment: meets criteria for ", L("DIAGNOSIS", "post-traumatic stress disorder"), ". Also longstanding ", L("DIAGNOSIS", "asthma"), ", stable.")
    d.line("Plan: trauma-focused CBT x12; ", L("MEDICATION", "prazosin"), " 1 mg nocte for nightmares, titrate; continue ", L("MEDICATION", "salbutamol"), " PRN.")
    d.line("Work: remove from graphic queues for 8 weeks; move to 'spam/scam' queue. The team lead said the backlog 'is a cancer' — organisational note only.")
    d.line("Next review: 6 weeks.  Clinician: ", L("PERSON", Person(r, "GB").full), ", OH physician")
    return d

@tpl(2, "lab_report")
def prep_monitoring_labs(r, i):
    cc = ["US", "DE"][i]
    p = Person(r, cc); d = Doc()
    y, m, dd = dob(r, 1975, 2000)
    d.line(["PrEP MONITORING PANEL", "LABORBEFUND — PrEP-Kontrolle"][i])
    d.line(["Name", "Name"][i], ": ", L("PERSON", p.full), "    ", ["DOB", "Geb.-Datum"][i], ": ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "us" if i == 0 else "dot")))
    d.line(["Patient ID (MRN)", "Patienten-Nr."][i], ": ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Order: %s" % rd(r, 9))
    d.line(["Current medication", "Aktuelle Medikation"][i], ": ", L("MEDICATION", r.choice(["Truvada", "Descovy"])))
    rows = [("Creatinine", "%.2f" % r.uniform(.7, 1.2), "mg/dL", "0.60-1.30"), ("eGFR", str(r.randint(85, 120)), "mL/min", ">60"),
            ("HIV-1/2 Ag/Ab", "non-reactive", "", ""), ("HBsAg", "negative", "", ""), ("ALT", str(r.randint(12, 40)), "U/L", "7-56")]
    for row in rows:
        d.line("  %-16s %-12s %-8s %s" % row)
    d.line(["Comment: all within range; continue current regimen.", "Kommentar: unauffällig."][i])
    return d

@tpl(2, "hl7")
def hl7_adt_event_clinic(r, i):
    p = Person(r, "US"); nk = Person(r, "US"); d = Doc()
    y, m, dd = dob(r, 1948, 1958)
    d.add("MSH|^~\\&|POPUPCLINIC|LOVELOOP_EVENTS|EHR|CLINIC|2025%02d%02d1200||ADT^A04|%s|P|2.4\n" % (r.randint(1, 12), r.randint(1, 28), rd(r, 9)))
    d.add("EVN|A04|2025%02d%02d1200\n" % (r.randint(1, 12), r.randint(1, 28)))
    d.add("PID|1||", L("MEDICAL_RECORD_NUMBER", "K" + rd(r, 9)), "^^^EHR^MR||", L("PERSON", hl7_name(p) + "^" + r.choice("ABJKLMR")), "||",
          L("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)), "|", "F" if p.female else "M", "|||",
          L("ADDRESS", "%d %s^^%s^%s^%s" % (r.randint(10, 9999), r.choice(["Ocean Dr", "Magnolia Ave"]), r.choice(["Sarasota", "Mesa"]), r.choice(["FL", "AZ"]), rd(r, 5))), "||",
          L("PHONE", "%s-%s-%s" % (r.choice(["941", "480"]), str(r.randint(2, 9)) + rd(r, 2), rd(r, 4))), "\n")
    d.add("NK1|1|", L("PERSON", hl7_name(nk)), "|SPO\n")
    d.add("DG1|1||E11.9^^I10|", L("DIAGNOSIS", "Type 2 diabetes mellitus without complications"), "||W\n")
    d.add("IN1|1|MCR|00|MEDICARE PART A AND B" + "|" * 32, L("US_MBI", mbi(r, dash=False)), "\n")
    return d

# ---- structured
@tpl(3, "csv")
def profile_export_csv(r, i):
    d = Doc()
    hdr = [["user_id", "handle", "first_name", "last_name", "email", "phone", "birthdate", "city", "country", "verified", "elo"],
           ["uid", "display", "given_name", "family_name", "mail", "msisdn", "dob", "home_city", "cc", "badge", "attractiveness_rank"],
           ["id", "nick", "first", "last", "e-mail", "mobile", "date_of_birth", "city", "country", "kyc", "mmr"]][i]
    ROW(d, hdr)
    for k in range(r.randint(4, 6)):
        cc = r.choice(list(NAMES))
        p = Person(r, cc)
        y, m, dd = dob(r, 1970, 2006)
        ROW(d, [uid(r), r.choice(GAMERTAGS), L("PERSON", p.given), L("PERSON", p.family), L("EMAIL", p.email(r)),
                L("PHONE", phone(r, cc)), L("DATE_OF_BIRTH", fdate(r, y, m, dd, "iso")), CITY[cc], cc,
                r.choice(["true", "false"]), r.randint(800, 2400)])
    return d

@tpl(3, "tsv")
def photo_moderation_queue(r, i):
    d = Doc()
    ROW(d, ["photo_id", "user_id", "phash", "upload_ip", "nsfw_score", "decision", "reviewer", "note"], "\t")
    for k in range(r.randint(4, 7)):
        note = r.choice(["", "face not visible", "group photo; primary unclear", "watermark stock image", "screenshot of game (Arthur Morgan)", "emoji overlay 🔥🔥"])
        cells = ["ph_" + hexs(r, 12), uid(r), hexs(r, 16), L("IP_ADDRESS", ip(r, v6=r.random() < .25)), "%.3f" % r.random(),
                 r.choice(["approve", "reject:nudity", "reject:minor_suspected", "escalate:impersonation"]), "mod_%d" % r.randint(100, 999)]
        if k == 1 and i != 2:
            p = Person(r)
            cells.append(M("selfie does not match ID name ", L("PERSON", p.full), " — impersonation?"))
            ROW_M(d, cells, "\t")
        else:
            cells.append(note)
            ROW(d, cells, "\t")
    return d

def ROW_M(d, cells, sep):
    for j, c in enumerate(cells):
        if j: d.add(sep)
        if isinstance(c, M):
            d.add(*c.parts)
        elif isinstance(c, L):
            d.lab(c.t, c.v)
        else:
            d.add(str(c))
    d.add("\n")

@tpl(3, "json")
def profile_api_health(r, i):
    cc = ["BR", "SE", "KR"][i]
    p = Person(r, cc)
    y, m, dd = dob(r, 1980, 2003)
    dxs = r.sample(["HIV-positive (undetectable)", "type 1 diabetes", "bipolar II disorder", "endometriosis", "multiple sclerosis", "autism spectrum disorder", "coeliac disease"], 2)
    prof = {"user_id": uid(r), "handle": r.choice(GAMERTAGS), "display_name": L("PERSON", p.given),
            "legal_name": L("PERSON", p.full), "email": L("EMAIL", p.email(r)), "birthdate": L("DATE_OF_BIRTH", fdate(r, y, m, dd, "iso")),
            "age_shown": 2025 - y, "location": {"city": CITY[cc], "lat": round(r.uniform(-40, 60), 3), "lng": round(r.uniform(-80, 130), 3)},
            "health": {"share_with_matches": r.choice([True, False]),
                       "disclosed_conditions": [L("DIAGNOSIS", x) for x in dxs],
                       "medications": [L("MEDICATION", r.choice(MEDS))],
                       "disability": r.choice(["none", "hearing impaired (uses sign language)", "wheelchair user"]),
                       "pregnancy_status": "not disclosed"},
            "lifestyle": {"smoking": "never", "drinking": "socially", "kids": "want someday", "zodiac": "♏"},
            "subscription": {"tier": "Gold", "store": "google_play", "order_id": "GPA.%s-%s-%s-%s" % (rd(r, 4), rd(r, 4), rd(r, 4), rd(r, 5))},
            "scores": {"elo": r.randint(900, 2100), "level": r.randint(1, 80)}}
    d = Doc(); J(d, prof); d.add("\n")
    return d

@tpl(3, "ndjson")
def analytics_events(r, i):
    d = Doc()
    names = ["app_open", "swipe_right", "swipe_left", "match_created", "message_sent", "iap_purchase", "level_up", "boost_used"]
    for k in range(r.randint(6, 9)):
        ev = {"ts": "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
              "event": r.choice(names), "anon_id": uuid(r), "session_id": "s_" + hexs(r, 16), "app_version": version(r),
              "props": {"match_id": "m_" + hexs(r, 8), "elo_delta": r.randint(-25, 25), "sku": SKUS(r)}}
        if i != 2 and k == 2:
            p = Person(r)
            ev = {"ts": ev["ts"], "event": "identify", "anon_id": ev["anon_id"], "traits": {"email": L("EMAIL", p.email(r)),
                  "name": L("PERSON", p.full), "ip": L("IP_ADDRESS", ip(r))}}
        J(d, ev, ind=None); d.add("\n")
    return d

@tpl(3, "json")
def idv_vendor_webhook(r, i):
    cc = ["MX", "IT", "SG"][i]
    p = Person(r, cc)
    y, m, dd = dob(r, 1975, 2005)
    ok = True
    if cc == "MX":
        t, num = passport(r, "MX"); doc = {"type": "passport", "number": L(t, num), "issuing_country": "MEX"}
    elif cc == "IT":
        first = p.given if p.given.isalpha() else "Chiara"
        cf = codice_fiscale(first, p.family, y, m, dd, p.female, r.choice(list(BELFIORE)))
        doc = {"type": "national_id", "number": "CA" + rd(r, 5) + "XX", "tax_code": L("IT_FISCAL_CODE", cf), "issuing_country": "ITA"}
    else:
        doc = {"type": "national_id", "number": bad_nric(r), "issuing_country": "SGP"}
        ok = False
    body = {"event": "verification.completed", "verification_id": "ver_" + hexs(r, 20), "status": "approved" if ok else "declined",
            "reason": None if ok else "document_number_checksum_failed",
            "person": {"first_name": L("PERSON", p.given), "last_name": L("PERSON", p.family), "date_of_birth": L("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd))},
            "document": doc, "selfie": {"similarity": round(r.uniform(.7, .99), 4), "liveness": "passed"},
            "device": {"ip": L("IP_ADDRESS", ip(r)), "fingerprint": hexs(r, 32)}, "signature": "sha256=" + hexs(r, 64)}
    if not ok:
        body["person"] = {"first_name": "[redacted]", "last_name": "[redacted]", "date_of_birth": None}
    d = Doc(); J(d, body); d.add("\n")
    return d

@tpl(3, "csv")
def billing_export(r, i):
    d = Doc()
    sep = [",", ";", ","][i]
    ROW(d, ["invoice", "user_id", "customer_name", "email", "plan", "amount", "currency", "payment_method", "pm_detail", "store_txn"], sep)
    for k in range(r.randint(4, 6)):
        cc = r.choice(["DE", "FR", "ES", "IT", "GB", "US", "CH", "PL"])
        p = Person(r, cc)
        pm = r.choice(["card_masked", "card_masked", "sepa", "app_store", "card_raw"]) if k else "card_raw"
        if pm == "card_masked":
            det = r.choice(["**** **** **** %s" % rd(r, 4), "411111******%s" % rd(r, 4), "visa ending %s" % rd(r, 4)])
        elif pm == "sepa" and cc not in ("GB", "US"):
            det = L("IBAN", iban_cc(r, cc if cc != "CH" else "CH", spaced=False))
        elif pm == "card_raw":
            det = L("CREDIT_CARD", card(r).replace(" ", "").replace("-", ""))
        else:
            pm = "app_store"; det = ""
        store = (apple_txn(r, "1")) if pm == "app_store" else ""
        ROW(d, ["INV-%s" % rd(r, 8), uid(r), L("PERSON", p.full), L("EMAIL", p.email(r)), r.choice(["gold_1m", "platinum_6m", "plus_12m", "gems_500"]),
                "%d.%02d" % (r.randint(4, 90), r.choice([0, 49, 99])), r.choice(["EUR", "GBP", "USD", "CHF", "PLN"]), pm, det, store], sep)
    return d

@tpl(2, "json")
def appstore_receipt(r, i):
    tx = apple_txn(r, "2")
    body = {"environment": "Production", "bundleId": "com.loveloop.app" if i == 0 else "gg.realmrush.client", "status": 0,
            "signedTransactionInfo": {"transactionId": tx, "originalTransactionId": tx, "productId": "com.loveloop.gold.1m" if i == 0 else "rr.gems.1200",
            "purchaseDate": 1730000000000 + r.randint(0, 10**9), "expiresDate": 1732600000000 + r.randint(0, 10**9),
            "type": "Auto-Renewable Subscription" if i == 0 else "Consumable", "inAppOwnershipType": "PURCHASED",
            "appAccountToken": uuid(r), "storefront": r.choice(["USA", "GBR", "JPN", "BRA"]), "price": r.randint(1990, 29990), "currency": "USD"},
            "notes": "no PII in receipt; user linkage by appAccountToken only"}
    d = Doc(); J(d, body); d.add("\n")
    return d

@tpl(2, "csv")
def leaderboard_csv(r, i):
    d = Doc()
    ROW(d, ["rank", "gamertag", "region", "elo", "level", "main_character", "wins", "losses", "last_match_id"])
    for k in range(10):
        ROW(d, [k + 1, r.choice(GAMERTAGS), r.choice(["EUW", "NA-East", "SEA", "BR1", "KR"]), 2800 - k * r.randint(20, 60), r.randint(40, 300),
                r.choice(CHARACTERS), r.randint(100, 900), r.randint(50, 700), "match-" + hexs(r, 10)])
    return d

@tpl(2, "yaml")
def gdpr_deletion_yaml(r, i):
    cc = ["PL", "FI"][i]
    p = Person(r, cc); d = Doc()
    d.line("# DSR erasure job — generated by privacy-ops")
    d.line("job_id: dsr-%s" % hexs(r, 10))
    d.line("regulation: GDPR Art.17")
    d.line("subject:")
    d.line("  name: ", L("PERSON", p.full))
    d.line("  email: ", L("EMAIL", p.email(r)))
    d.line("  phone: \"", L("PHONE", phone(r, cc)), "\"")
    d.line("  postal_address: |")
    a1, a2 = address(r, cc, parts=True)
    d.line("    ", L("ADDRESS", a1 + "\n    " + a2))
    d.line("accounts:")
    d.line("  - system: loveloop-core\n    id: %s" % uid(r))
    d.line("  - system: realm-rush\n    id: \"%s\"" % rd(r, 10))
    d.line("systems: [profiles, messages, photos, billing_ledger(retain 10y), analytics(pseudonymised)]")
    d.line("status: %s" % r.choice(["queued", "in_progress", "completed"]))
    return d

@tpl(2, "yaml")
def ler_tracker_yaml(r, i):
    cc = ["DE", "IN"][i]
    off = Person(r, cc); tgt = Person(r, r.choice(["NG", "GH" if False else "EG", "UA"]))
    d = Doc()
    d.line("ler_case: LER-2025-%s" % rd(r, 5))
    d.line("agency: \"%s\"" % ["Landeskriminalamt Berlin, Dezernat 25", "Cyber Crime Police Station, Bengaluru"][i])
    d.line("officer:")
    d.line("  name: ", L("PERSON", off.full))
    d.line("  email: ", L("EMAIL", off.email(r, ["polizei.berlin.de", "ksp.gov.in"][i])))
    d.line("  phone: \"", L("PHONE", phone(r, cc)), "\"")
    d.line("process: %s" % ["Beschluss AG Tiergarten", "Notice u/s 91 CrPC"][i])
    d.line("emergency: false")
    d.line("produce:")
    d.line("  subscriber_name: ", L("PERSON", tgt.full))
    y, m, dd = dob(r)
    d.line("  date_of_birth: ", L("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)))
    d.line("  login_ips:")
    for k in range(3):
        d.line("    - ", L("IP_ADDRESS", ip(r, v6=(k == 2))))
    d.line("  payment_instrument: \"card ending %s\"" % rd(r, 4))
    d.line("reviewed_by: legal-ops (2nd reviewer required)")
    return d

@tpl(3, "ndjson")
def anticheat_fingerprints(r, i):
    d = Doc()
    for k in range(r.randint(5, 7)):
        ev = {"t": 1730000000 + r.randint(0, 9999999), "player": "pl_" + rd(r, 9), "tag": r.choice(GAMERTAGS),
              "hwid": hexs(r, 40), "client": version(r), "ip": L("IP_ADDRESS", ip(r)) if r.random() < .7 else "127.0.0.1",
              "verdict": r.choice(["clean", "clean", "aimbot_suspect", "speedhack", "vm_detected"]), "elo": r.randint(700, 2600)}
        if i == 0 and k == 0:
            p = Person(r, "UA")
            ev["linked_account_email"] = L("EMAIL", p.email(r))
        J(d, ev, ind=None); d.add("\n")
    return d

@tpl(1, "yaml")
def moderation_config_yaml(r, i):
    d = Doc()
    d.add("""# trust-and-safety classifier thresholds (no user data)
model: tns-multilabel-%s
version: %s
categories:
  self_harm: {threshold: 0.62, action: crisis_interstitial}
  eating_disorders: {threshold: 0.70, action: downrank}
  hiv_status_shaming: {threshold: 0.55, action: remove}
  minor_suspected: {threshold: 0.40, action: escalate_age_review}
  romance_scam: {threshold: 0.58, action: shadow_limit}
helplines:
  default_locale: en-GB
  note: "numbers resolved at runtime from helpline service"
owners: [tns-ml, policy]
""" % (hexs(r, 7), version(r)))
    return d

@tpl(1, "json")
def game_catalog_json(r, i):
    items = [{"sku": SKUS(r), "name": "%s — %s skin" % (c, r.choice(["Outlaw", "Neon", "Winter"])), "rarity": r.choice(["epic", "legendary"]),
              "price_gems": r.choice([800, 1200, 1800])} for c in r.sample(CHARACTERS, 5)]
    d = Doc(); J(d, {"catalog_version": version(r), "season": "S%d" % r.randint(3, 12), "items": items}); d.add("\n")
    return d

@tpl(2, "csv")
def masked_support_export(r, i):
    d = Doc()
    ROW(d, ["ticket", "user_id", "email_masked", "phone_masked", "card", "reason", "created_at"])
    for k in range(6):
        ROW(d, ["T-%s" % rd(r, 7), uid(r), "%s***@%s" % (r.choice("abcdjkmst"), r.choice(["gmail.com", "web.de", "naver.com"])),
                "+%s *** ***%s" % (r.choice(["44", "49", "81", "55"]), rd(r, 3)), "•••• %s" % rd(r, 4),
                r.choice(["refund", "ban_appeal", "bug", "gems_missing"]), "%d" % (1730000000 + r.randint(0, 9999999))])
    return d

@tpl(2, "yaml")
def experiments_yaml(r, i):
    d = Doc()
    d.add("""experiments:
  - key: swipe_deck_v%d
    owner: growth
    allocation: {control: 50, treatment: 50}
    metrics: [matches_per_dau, d7_retention]
  - key: ranked_elo_decay
    owner: realm-rush-gameplay
    params: {decay_per_day: %d, floor: 1200}
  - key: valentines_boost_bundle
    start: "2026-02-07T00:00:00Z"
    sku: %s
rollout_build: %s
""" % (r.randint(2, 9), r.randint(3, 12), SKUS(r), version(r)))
    return d

# ---- logs
def ts(r):
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))

@tpl(3, "log")
def auth_kv_log(r, i):
    d = Doc()
    for k in range(r.randint(6, 9)):
        p = Person(r)
        kind = r.choice(["login_ok", "login_failed", "otp_sent", "password_reset", "token_refresh"])
        d.add(ts(r), " level=", r.choice(["INFO", "WARN"]), " svc=auth-gw event=", kind, " ")
        if kind in ("login_ok", "login_failed", "password_reset"):
            d.add("user=", L("EMAIL", p.email(r)), " ")
        elif kind == "otp_sent":
            d.add("msisdn=", L("PHONE", phone(r, p.cc).replace(" ", "").replace("-", "").replace("(", "").replace(")", "")), " ")
        else:
            d.add("uid=", uid(r), " ")
        d.add("src_ip=", L("IP_ADDRESS", ip(r, v6=r.random() < .2)), " device=", uuid(r), " app=", version(r),
              " trace=", hexs(r, 16), "\n")
    return d

@tpl(3, "log")
def anticheat_log(r, i):
    d = Doc()
    d.line("[%s] ac-daemon %s starting; signatures db=%s oid=1.3.6.1.4.1.%d.2.%d" % (ts(r), version(r), hexs(r, 12), r.randint(10000, 60000), r.randint(1, 9)))
    for k in range(r.randint(6, 9)):
        tag = r.choice(GAMERTAGS)
        if k == 3 and i != 1:
            d.line("[%s] WARN player=%s peer=" % (ts(r), tag), L("IP_ADDRESS", ip(r)), ":%d rtt=%dms speed_ratio=%.2f action=flag" % (r.randint(1024, 65535), r.randint(5, 200), r.uniform(1.2, 3.1)))
        else:
            d.line("[%s] INFO player=%s char=\"%s\" lvl=%d elo=%d client=%s hwid=%s… verdict=%s" % (
                ts(r), tag, r.choice(CHARACTERS), r.randint(1, 99), r.randint(800, 2700), version(r), hexs(r, 10), r.choice(["clean", "clean", "injector_detected", "macro_suspect"])))
    d.line("[%s] INFO batch closed; %d flags uploaded to 127.0.0.1:9091" % (ts(r), r.randint(1, 40)))
    return d

@tpl(3, "log")
def payment_gateway_log(r, i):
    d = Doc()
    for k in range(r.randint(5, 7)):
        d.line(ts(r), " payments-svc charge id=ch_", hexs(r, 14), " amount=", str(r.randint(199, 4999)), " ccy=", r.choice(["USD", "EUR", "BRL", "JPY"]),
               " pan=", r.choice(["411111******%s" % rd(r, 4), "5500********%s" % rd(r, 4), "************%s" % rd(r, 4)]), " bin_country=", r.choice(["US", "BR", "DE", "JP"]),
               " status=", r.choice(["succeeded", "requires_action", "declined:insufficient_funds"]))
    p = Person(r)
    if i != 2:
        d.line(ts(r), " payments-svc ERROR tokenization_failed raw_request={\"card\":\"", L("CREDIT_CARD", card(r).replace(" ", "")),
               "\",\"exp\":\"%02d/%02d\",\"holder\":\"" % (r.randint(1, 12), r.randint(26, 31)), L("PERSON", p.full.upper()), "\"} (PCI incident auto-opened)")
    d.line(ts(r), " payments-svc WARN luhn_check_failed candidate=", bad_card(r).replace(" ", ""), " source=promo_code_field")
    d.line(ts(r), " payments-svc INFO apple_notification type=DID_RENEW txn=", apple_txn(r, "2"), " order=ORD-", rd(r, 10))
    return d

@tpl(2, "log")
def nginx_access(r, i):
    d = Doc()
    for k in range(r.randint(5, 7)):
        src = ip(r, v6=r.random() < .2)
        path = r.choice(["/v2/matches?limit=20", "/v2/profile/photos", "/healthz", "/v1/leaderboard?season=7", "/static/app.%s.js" % hexs(r, 8)])
        d.add(L("IP_ADDRESS", src), " - - [%02d/Nov/2025:%02d:%02d:%02d +0000] \"GET " % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
        if k == 2:
            p = Person(r)
            d.add("/v1/password/forgot?email=", L("EMAIL", p.email(r)))
        else:
            d.add(path)
        d.add(" HTTP/2.0\" %d %d \"-\" \"LoveLoop/%s (iPhone; iOS 18.1)\"\n" % (r.choice([200, 200, 304, 404]), r.randint(200, 90000), version(r)))
    return d

@tpl(3, "log")
def ingame_chat_log(r, i):
    d = Doc()
    tags = r.sample(GAMERTAGS, 4)
    d.line("# realm-rush chat export match=%s lobby=%s reported_by=%s" % ("m_" + hexs(r, 10), rd(r, 6), tags[0]))
    lines = [("gg", None), ("who is carrying lol", None), ("%s you play like Arthur Morgan on a horse with no legs" % tags[2], None),
             ("report %s for feeding" % tags[1], None), ("🔥🔥🔥 ez", None), ("lvl %d and still bronze?" % r.randint(50, 99), None)]
    for k in range(7):
        t = "%02d:%02d:%02d" % (r.randint(18, 23), r.randint(0, 59), r.randint(0, 59))
        who = r.choice(tags)
        if k == 3 and i != 2:
            p = Person(r, ["BR", "PH", "TR"][i])
            d.line("[", t, "] <", who, "> add me irl im ", L("PERSON", p.given), " lol text me ", L("PHONE", phone(r, p.cc)))
        elif k == 5 and i == 0:
            d.line("[", t, "] <", who, "> or email ", L("EMAIL", Person(r, "BR").email(r)), " for cheap gems 💎")
        else:
            d.line("[", t, "] <", who, "> ", r.choice(lines)[0])
    d.line("# automod: 1 message(s) with contact info withheld from recipients")
    return d

@tpl(3, "log")
def ml_pipeline_log(r, i):
    d = Doc()
    d.add("%s INFO photo-mod-pipeline %s boot; model=nsfw-vit-%s sha256:%s\n" % (ts(r), version(r), hexs(r, 6), hexs(r, 64)))
    for k in range(r.randint(6, 9)):
        d.add("%s INFO batch=%d imgs=%d p95_ms=%d gpu=%d queue_depth=%d rev=%s\n" % (ts(r), r.randint(1000, 99999), r.randint(32, 512), r.randint(40, 300), r.randint(0, 7), r.randint(0, 8000), hexs(r, 7)))
    d.add("%s WARN dependency libvips %s older than 8.15.0.0; upgrade scheduled\n" % (ts(r), version(r)))
    d.add("%s INFO listening on 0.0.0.0:8080 and [::1]:8081; metrics at 127.0.0.1:9100\n" % ts(r))
    return d

@tpl(2, "log")
def gdpr_job_log(r, i):
    d = Doc(); p = Person(r, ["FR", "CH"][i])
    job = "dsr-" + hexs(r, 10)
    d.line(ts(r), " privacy-worker job=", job, " type=erasure subject_email=", L("EMAIL", p.email(r)), " subject_uid=", uid(r))
    for s in ["profiles", "messages", "photos", "matches", "leaderboards", "analytics"]:
        d.line(ts(r), " privacy-worker job=", job, " system=", s, " rows_deleted=", str(r.randint(0, 9000)), " status=ok")
    d.line(ts(r), " privacy-worker job=", job, " system=billing_ledger status=retained reason=legal_hold(10y)")
    d.line(ts(r), " privacy-worker job=", job, " notify=", L("EMAIL", p.email(r)), " template=dsr_completed_", ["fr", "de"][i])
    return d

@tpl(2, "log")
def sms_delivery_log(r, i):
    d = Doc()
    for k in range(r.randint(5, 7)):
        cc = r.choice(["IN", "ID", "VN", "TH", "NG", "EG", "CO", "CL"])
        if k % 3 == 1:
            to = "+%s******%s" % (r.choice(["91", "62", "84"]), rd(r, 2)); tolab = to
            d.line(ts(r), " sms-relay provider=", r.choice(["twilio", "infobip"]), " to=", tolab, " tmpl=otp_v3 status=delivered msgid=SM", hexs(r, 32))
        else:
            d.line(ts(r), " sms-relay provider=", r.choice(["twilio", "infobip"]), " to=", L("PHONE", phone(r, cc)), " tmpl=otp_v3 status=", r.choice(["delivered", "queued", "undelivered:30007"]), " msgid=SM", hexs(r, 32))
    return d

@tpl(2, "log")
def ci_build_log(r, i):
    d = Doc()
    d.add("""+ make release VERSION=%s
[build] toolchain clang 17.0.6, unity 2022.3.%df1, gradle 8.%d
[build] asset bundle hash %s
[test] 1432 passed, 3 skipped (flaky: test_matchmaking_elo_decay)
[sign] apk signed with key alias prod-%d, cert sha1 %s
[upload] artifact realm-rush-%s.aab -> s3://builds/realm-rush/%s/
[notify] posted to #release-train
""" % (version(r), r.randint(10, 50), r.randint(1, 9), hexs(r, 40), r.randint(1, 9), ":".join(hexs(r, 2).upper() for _ in range(20)), version(r), version(r)))
    return d

@tpl(1, "log")
def cdn_log(r, i):
    d = Doc()
    for k in range(5):
        d.add("%s edge=fra%d cache=%s bytes=%d obj=/avatars/%s.webp ver=%s client=127.0.0.1\n" % (ts(r), r.randint(1, 9), r.choice(["HIT", "MISS"]), r.randint(1000, 99999), hexs(r, 24), version(r)))
    return d

# ---- email / chat / ticket
@tpl(3, "email")
def ler_email(r, i):
    cc = ["US", "AU", "ZA"][i]
    off = Person(r, cc); vic = Person(r, cc); sus = Person(r, r.choice(["NG", "GB", "TR", "PH"]))
    agent = Person(r, "IE")
    dom = ["fbi.gov", "afp.gov.au", "saps.gov.za"][i]
    d = Doc()
    d.line("From: ", L("EMAIL", "lert@loveloop.com"))
    d.line("To: ", L("EMAIL", off.email(r, dom)))
    d.line("Subject: RE: Preservation + disclosure request – romance scam – ref ", "%s-%s" % (rd(r, 4), rd(r, 6)))
    d.line("")
    d.line("Detective ", L("PERSON", off.family), ",")
    d.line("")
    d.line("We have preserved the account for 90 days. Under our policy we can disclose basic subscriber records without a warrant in your jurisdiction:")
    d.line("")
    y, m, dd = dob(r)
    d.line("  Name on account: ", L("PERSON", sus.full))
    d.line("  Email: ", L("EMAIL", sus.email(r)))
    d.line("  Phone (verified by SMS): ", L("PHONE", phone(r, sus.cc)))
    d.line("  Date of birth entered: ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "mon")))
    d.line("  IP at registration: ", L("IP_ADDRESS", ip(r)), "  (user ", uid(r), ", created via client ", version(r), ")")
    d.line("")
    d.line("Message content and photos require a court order. Please send it to the same mailbox.")
    d.line("")
    d.line("Regards,")
    d.line(L("PERSON", agent.full))
    d.line("Law Enforcement Response Team, LoveLoop Ltd")
    d.line("")
    d.line("> On %s, %s wrote:" % (fdate(r, 2025, r.randint(1, 12), r.randint(1, 28), "mon"), "the requesting officer"))
    d.line("> Our victim, ", L("PERSON", vic.full), ", transferred funds after meeting a user calling himself")
    d.line("> \"", L("PERSON", r.choice(["Captain Mark Holloway", "Dr. Richard Vance"]).split(" ", 1)[1]), "\" on your app. Please preserve all records.")
    d.line("> ", L("PERSON", off.full), " | ", ["FBI Minneapolis Field Office", "AFP Cybercrime Operations", "SAPS DPCI Commercial Crime"][i], " | ", L("PHONE", phone(r, cc)))
    return d

@tpl(2, "email")
def gdpr_email(r, i):
    cc = ["ES", "FR"][i]
    p = Person(r, cc); d = Doc()
    d.line("From: ", L("PERSON", p.full), " <", L("EMAIL", p.email(r)), ">")
    d.line("To: ", L("EMAIL", "privacy@loveloop.com"))
    d.line("Subject: ", ["Ejercicio del derecho de acceso (art. 15 RGPD)", "Demande de suppression de mon compte et de mes données"][i])
    d.line("")
    if cc == "ES":
        d.line("Buenos días:")
        d.line("Yo, ", L("PERSON", p.full), ", con ", r.choice(["DNI", "NIE"]), " ", L("ES_DNI", r.choice([dni(r), nie(r)])), " y domicilio en ",
               L("ADDRESS", address(r, "ES")), ", solicito copia de todos mis datos, incluidas las conversaciones denunciadas y el historial de partidas.")
        d.line("Un número parecido, ", bad_dni(r), ", aparece en vuestro correo anterior pero no es el mío.")
        d.line("Atentamente,")
    else:
        d.line("Bonjour,")
        d.line("Je souhaite la suppression de mon profil. Pour vérifier mon identité : né(e) le ", L("DATE_OF_BIRTH", fdate(r, *dob(r), style="eu")),
               ", numéro de sécurité sociale ", L("FR_NIR", nir(r, sex="2" if p.female else "1")), ".")
        d.line("Adresse : ", L("ADDRESS", address(r, "FR")), ". (L'ancien numéro ", bad_nir(r), " sur ma carte Vitale était erroné.)")
        d.line("Cordialement,")
    d.line(L("PERSON", p.given))
    return d

@tpl(3, "chat")
def reported_scam_chat(r, i):
    v = Person(r, ["US", "GB", "DE"][i]); s = Person(r, r.choice(["NG", "GB", "US"]))
    d = Doc()
    d.line("=== REPORTED CONVERSATION — report_id rpt_%s — category: romance_scam ===" % hexs(r, 10))
    def say(p, *t):
        d.add("[", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "] ", L("PERSON", p.given), ": ", *t); d.add("\n")
    say(s, "good morning my queen ☀️ did u sleep well")
    say(v, "haha yes! how is the oil rig?")
    say(s, "hard. my bank card is blocked offshore and i need to pay customs for my equipment")
    say(s, "can you send to my agent, he is my cousin ", L("PERSON", Person(r, "NG").full))
    if i == 2:
        say(s, "IBAN is ", L("IBAN", iban_cc(r, r.choice(["TR", "AE", "PL"]))), " only €1800 i pay back next week")
    elif i == 1:
        sc, ac = sort_acct(r)
        say(s, "uk account sort code ", L("UK_BANK_ACCOUNT", sc + " acc " + ac), " ref 'customs'")
    else:
        say(s, "or steam gift cards, 4 x $500 is fine. codes only pls")
    say(v, "i dont know... can we video call first? my number is ", L("PHONE", phone(r, v.cc)))
    say(s, "camera broken on rig 😢 trust me baby")
    d.line("--- system: 3 other reports on this sender (device ", uuid(r), ") ---")
    return d

@tpl(2, "chat")
def harassment_doxx_chat(r, i):
    cc = ["CA", "IL"][i]
    v = Person(r, cc); h = r.choice(GAMERTAGS)
    d = Doc()
    d.line("Reported DM thread (in-game whisper → LoveLoop cross-link) — harassment/doxxing")
    d.line(h, ": you think blocking me works lol")
    d.line(h, ": i know you're ", L("PERSON", v.full), " from ", CITY[cc])
    d.line(h, ": ", L("ADDRESS", address(r, cc)), " right? nice balcony")
    d.line(h, ": maybe i call ", L("PHONE", phone(r, cc)), " and tell your boss about your ", L("DIAGNOSIS", r.choice(["HIV", "bipolar disorder", "schizophrenia"])))
    d.line(L("PERSON", v.given), ": stop. reporting you.")
    d.line(h, ": lmao gg 💀")
    d.line("[moderator action] %s: permaban + device ban (hwid %s…) ; victim offered safety resources" % (h, hexs(r, 8)))
    return d

@tpl(3, "ticket")
def billing_support_ticket(r, i):
    cc = ["US", "JP", "MX"][i]
    p = Person(r, cc); agent = r.choice(["Support Bot", "Tier1 Agent"])
    d = Doc()
    d.line("Ticket #%s  | Channel: in-app | Priority: normal | Tags: billing, refund" % rd(r, 7))
    d.line("Requester: ", L("PERSON", p.full), " <", L("EMAIL", p.email(r)), ">")
    d.line("Order: GPA.%s-%s-%s   Product: gems_5000   Device: %s" % (rd(r, 4), rd(r, 4), rd(r, 5), uuid(r)))
    d.line("")
    d.line("Customer: i got charged twice for the Valentine's Day bundle!! card is ", L("CREDIT_CARD", card(r)),
           " exp %02d/%02d please refund one" % (r.randint(1, 12), r.randint(26, 30)))
    d.line(agent, ": Thanks — please never send full card numbers. I have redacted it on our side (shown as ****%s). Refund issued to the original method." % rd(r, 4))
    d.line("Customer: ok ty. also my level %d progress reset after update %s" % (r.randint(20, 90), version(r)))
    d.line("Internal note: duplicate charge confirmed, txn %s + %s; refund REF-%s" % (apple_txn(r, "2"), apple_txn(r, "2"), rd(r, 8)))
    return d

@tpl(2, "ticket")
def minor_suspected_ticket(r, i):
    cc = ["TH", "CO"][i]
    p = Person(r, cc); parent = Person(r, cc)
    y = 2009 + r.randint(0, 2); m, dd = r.randint(1, 12), r.randint(1, 28)
    d = Doc()
    d.line("T&S CASE TS-%s — Suspected minor — SEV2" % rd(r, 7))
    d.line("Reported account: ", uid(r), " (declared age 19)")
    d.line("Evidence: school uniform in photo 3; bio mentions 'grade 10'")
    d.line("Parent contact received: ", L("PERSON", parent.full), ", ", L("PHONE", phone(r, cc)), ", ", L("EMAIL", parent.email(r)))
    t, num = passport(r, cc)
    d.line("Parent supplied child's passport scan: name ", L("PERSON", p.full), ", passport ", L(t, num), ", date of birth ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "eu")))
    d.line("Action: account removed, matches notified (no reason given), NCMEC/local hotline report not required (no sexual content found).")
    d.line("Reviewer: tns-lead-%d" % r.randint(1, 30))
    return d

@tpl(2, "ticket")
def selfharm_report_ticket(r, i):
    cc = ["GB", "JP"][i]
    p = Person(r, cc); rep = r.choice(GAMERTAGS)
    d = Doc()
    d.line("Ticket %s | queue: self_harm_priority | auto-escalated by classifier (score 0.%d)" % (rd(r, 8), r.randint(80, 99)))
    d.line("Reporter: ", rep, " (match)")
    d.line("Report text: \"my match ", L("PERSON", p.given), " said she stopped taking her ", L("MEDICATION", r.choice(["lithium", "quetiapine", "lamotrigine"])),
           " and her ", L("DIAGNOSIS", "bipolar disorder"), " is getting worse, she sent goodbye messages\"")
    d.line("Action: welfare interstitial shown; local helpline surfaced: ", L("PHONE", ["116 123", "0570-064-556"][i]), ".")
    d.line("Note: policy says do not contact emergency services unless imminent risk; supervisor ", L("PERSON", Person(r, cc).full), " reviewed.")
    return d

@tpl(2, "chat")
def moderator_team_chat(r, i):
    d = Doc()
    msgs = ["queue spike after patch %s, mostly Arthur Morgan memes lol" % version(r),
            "pHash collision again: %s vs %s" % (hexs(r, 16), hexs(r, 16)),
            "reminder: Valentine's Day traffic is 3x, staff up",
            "ELO bug: players at 2400 dropping to 1200 after reconnect",
            "anyone know why SKU %s is showing in the Lara Croft bundle?" % SKUS(r),
            "🎉 we hit 99.9% SLA this week"]
    for k, m in enumerate(r.sample(msgs, 5)):
        d.line("#tns-ops  ", r.choice(["mod-bot", "oncall-tns", "queue-watch"]), "  ", m)
    return d

@tpl(1, "email")
def marketing_email_template(r, i):
    d = Doc()
    d.add("""Subject: {{first_name}}, your Valentine's Day boost is waiting 💘
From: LoveLoop News (no-reply)

Hi {{first_name}},

Someone like Jane Doe is 3x more likely to match when they boost before 8pm.
This weekend only: Gold for 50%% off (SKU %s). Offer code VAL%s.

Prefer Realm Rush? Unlock the Arthur Morgan outlaw skin with 1200 gems.

Unsubscribe: {{unsubscribe_url}} · LoveLoop Ltd, registered office on file
""" % (SKUS(r), rd(r, 4)))
    return d

@tpl(2, "ticket")
def bug_ticket_nopii(r, i):
    d = Doc()
    d.line("BUG-%d  Matchmaking: ELO not restored after reconnect" % r.randint(1000, 9999))
    d.line("Build: %s  Platform: %s  Device: %s" % (version(r), r.choice(["Android 15", "iOS 18.1", "Switch"]), uuid(r)))
    d.line("Steps: queue ranked as %s, kill app at round 2, reconnect within 60s." % r.choice(GAMERTAGS))
    d.line("Expected: elo 1874 → 1874. Actual: elo 1874 → 1200 (floor).")
    d.line("Related: session s_%s, match m_%s, server 10.0.0.0/8 pool (no specific host)." % (hexs(r, 12), hexs(r, 8)))
    d.line("Assignee: gameplay-team   Labels: ranked, regression, p1")
    return d

# ---- free text / html
@tpl(3, "free_text")
def scam_case_narrative(r, i):
    vic = Person(r, ["CH", "JP", "CL"][i]); stolen = Person(r, r.choice(["US", "DE", "IT"]))
    d = Doc()
    d.line("Investigation summary — romance fraud ring RF-%s" % rd(r, 4))
    d.line("")
    d.add("Between March and June the victim, ", L("PERSON", vic.full), ", exchanged %d messages with a profile using photos of " % r.randint(200, 900),
          "a real surgeon from %s, " % COUNTRY[stolen.cc], L("PERSON", stolen.full), ". The scammer sent a doctored passport image with number ")
    t, num = passport(r, stolen.cc)
    d.add(L(t, num), " (issuing country ", COUNTRY[stolen.cc], ") to 'prove' identity. ")
    d.add("Funds were sent to ", L("IBAN", iban_cc(r, r.choice(["TR", "AE", "UA", "EG"]))), " and later to a mule in ", r.choice(["Lagos", "Accra", "Kuala Lumpur"]), ". ")
    d.add("Operator logins came from ", L("IP_ADDRESS", ip(r)), " and ", L("IP_ADDRESS", ip(r, v6=True)), "; the same device fingerprint ", hexs(r, 16),
          " controlled %d other profiles. " % r.randint(4, 30))
    d.add("The victim can be reached on ", L("PHONE", phone(r, vic.cc)), ".\n")
    d.line("Note: the scammer's 'Tommy Hilfiger' branded watch photos and the 'Walt Disney' cruise story recur across this ring.")
    return d

@tpl(3, "html")
def profile_page_html(r, i):
    cc = ["FR", "AE", "ID"][i]
    p = Person(r, cc)
    d = Doc()
    d.add("<article class=\"profile-card\" data-uid=\"%s\">\n" % uid(r))
    d.add("  <h2>", L("PERSON", p.given), ", %d</h2>\n" % r.randint(21, 44))
    d.add("  <p class=\"loc\">%s · %d km away</p>\n" % (CITY[cc], r.randint(1, 40)))
    dx = ["multiple sclerosis", "HIV (undetectable = untransmittable)", "endometriosis"][i]
    d.add("  <p class=\"bio\">%s Realm Rush level %d, big Arthur Morgan fan. Living with " % (["Coffee snob ☕,", "Padel on Fridays 🎾,", "Karaoke > clubs 🎤,"][i], r.randint(10, 99)), L("DIAGNOSIS", dx),
          " and thriving 💪 — if that's a problem, swipe left.</p>\n")
    d.add("  <ul class=\"badges\"><li>Photo verified</li><li>Tested Together</li><li>ELO %d</li></ul>\n" % r.randint(900, 2000))
    d.add("  <footer>Member since %d · Last active %s</footer>\n</article>\n" % (r.randint(2018, 2024), r.choice(["today", "yesterday"])))
    return d

@tpl(2, "html")
def admin_user360_html(r, i):
    cc = ["KR", "EG"][i]
    p = Person(r, cc)
    y, m, dd = dob(r)
    a1, a2 = address(r, cc, parts=True)
    d = Doc()
    d.add("<html><body><h1>User 360 — ", L("PERSON", p.full), "</h1>\n<dl>\n")
    d.add("<dt>User ID</dt><dd>%s</dd>\n" % uid(r))
    d.add("<dt>Email</dt><dd>", L("EMAIL", p.email(r)), "</dd>\n")
    d.add("<dt>Phone</dt><dd>", L("PHONE", phone(r, cc)), "</dd>\n")
    d.add("<dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "iso")), "</dd>\n")
    d.add("<dt>Billing address</dt><dd>", L("ADDRESS", a1 + "<br>" + a2), "</dd>\n")
    d.add("<dt>Last IP</dt><dd>", L("IP_ADDRESS", ip(r)), "</dd>\n")
    d.add("<dt>Payment</dt><dd>Visa •••• %s (exp %02d/%d)</dd>\n" % (rd(r, 4), r.randint(1, 12), r.randint(26, 30)))
    d.add("<dt>Linked game account</dt><dd>%s (level %d, elo %d)</dd>\n" % (r.choice(GAMERTAGS), r.randint(1, 99), r.randint(800, 2500)))
    t, num = passport(r, cc)
    d.add("<dt>ID document</dt><dd>Passport ", COUNTRY[cc], " ", L(t, num), "</dd>\n")
    d.add("<dt>Strikes</dt><dd>%d</dd>\n</dl></body></html>\n" % r.randint(0, 3))
    return d

@tpl(2, "html")
def community_guidelines_html(r, i):
    d = Doc()
    d.add("""<section id="guidelines">
<h1>Community Guidelines</h1>
<p>Never shame anyone for HIV status, herpes, depression, autism or any disability. Mocking someone's
PTSD, eating disorder or cancer history will get you banned.</p>
<p>Mentions of self-harm trigger a safety check and a helpline card. Medicines like PrEP (e.g. Truvada) are
health information: never screenshot or share them.</p>
<p>Impersonation: profiles named after celebrities or characters (Arthur Morgan, Lara Croft) are removed
unless clearly parody. Brand pages for Ben &amp; Jerry's or Louis Vuitton need a verified business badge.</p>
<p>Version %s — effective for %s events.</p>
</section>
""" % (version(r), r.choice(["Valentine's Day", "St. Patrick's Day"])))
    return d

@tpl(2, "free_text")
def release_notes(r, i):
    d = Doc()
    d.add("""Realm Rush %s patch notes
- Fixed desync when more than 8 players join from region pool 10.x (build %s)
- Arthur Morgan and Geralt of Rivia crossover skins (SKU %s, %s) now in the shop
- Ranked: ELO floor raised to 1200; level cap 120
- Anti-cheat driver updated to %s; minimum client %s
- Known issue: Father Christmas emote missing on Switch
""" % (version(r), rd(r, 6), SKUS(r), SKUS(r), version(r), version(r)))
    return d

@tpl(2, "free_text")
def ler_response_letter(r, i):
    cc = ["IT", "PL"][i]
    off = Person(r, cc); sub = Person(r, cc)
    d = Doc()
    d.line("LoveLoop Ltd — Legal Process Response")
    d.line("To: ", ["Dott.ssa", "Komisarz"][i], " ", L("PERSON", off.full), ", ", ["Polizia Postale, Compartimento di Milano", "Komenda Stołeczna Policji, Wydział do Walki z Cyberprzestępczością"][i])
    d.line("Your reference: %s/%s" % (rd(r, 4), rd(r, 2)))
    d.line("")
    d.add("Pursuant to the order dated ", fdate(r, 2025, r.randint(1, 12), r.randint(1, 28), "eu"), ", we disclose the records of account ", uid(r), ". ")
    d.add("The account holder is ", L("PERSON", sub.full), ", born ", L("DATE_OF_BIRTH", fdate(r, *dob(r), style="dot")), ", residing at ",
          L("ADDRESS", address(r, cc)), ", e-mail ", L("EMAIL", sub.email(r)), ". ")
    if cc == "IT":
        y, m, dd = dob(r)
        first = sub.given if sub.given.isalpha() else "Lorenzo"
        d.add("Codice fiscale provided for the Gold subscription invoice: ", L("IT_FISCAL_CODE", codice_fiscale(first, sub.family, y, m, dd, sub.female, "Milano")), ". ")
    else:
        d.add("Payment was made by card ending %s; SEPA mandate account " % rd(r, 4), L("IBAN", iban_cc(r, "PL")), ". ")
    d.add("Login history (UTC) is attached; the most recent session came from ", L("IP_ADDRESS", ip(r)), ".\n")
    d.line("")
    d.line("Signed, Legal Operations (on behalf of LoveLoop Ltd). This letter contains no message content.")
    return d

@tpl(2, "free_text")
def game_review_blog(r, i):
    d = Doc()
    d.add("""Why Realm Rush's %s update finally gets co-op right

Playing as Jin Sakai alongside a friend's Aloy feels fresh, and the Master Chief cameo is a nice touch.
My ELO climbed from 1400 to 1760 in a week. The Marcus Fenix skin (SKU %s) is overpriced at 1800 gems,
and the Dolce & Gabbana collab is pure fan service. Level 60 unlocks the Ezio Auditore emote. 8/10.
""" % (version(r), SKUS(r)))
    return d

@tpl(2, "free_text")
def health_leaflet(r, i):
    d = Doc()
    d.add(["""Dating with HIV: what U=U means
People living with HIV who take antiretroviral therapy such as Biktarvy or dolutegravir-based regimens and
keep an undetectable viral load do not transmit HIV sexually. PrEP (Truvada, Descovy) protects HIV-negative
partners. A 2019 study of 782 couples found zero linked transmissions. Syphilis and chlamydia are still
worth testing for every 3–6 months; doxycycline PEP is being studied.
""", """Disclosing a chronic condition on a dating app
Many members mention type 1 diabetes, epilepsy or multiple sclerosis in their bio. Research suggests early
disclosure reduces anxiety. Whether to mention depression or medication such as sertraline is your choice;
our Health Hub never shares it without consent. Parkinson's law applies to first dates too: they expand to
fill the time available.
"""][i])
    return d

@tpl(3, "free_text")
def kyc_verification_notes(r, i):
    cc = ["IN", "SG", "BR"][i]
    p = Person(r, cc); d = Doc()
    d.line("Creator KYC — manual review notes (%s)" % COUNTRY[cc])
    if cc == "IN":
        d.add("Applicant ", L("PERSON", p.full), " uploaded Aadhaar front/back. Number read as ", L("IN_AADHAAR", aadhaar(r)),
              " (Verhoeff OK). An earlier upload showed ", bad_aadhaar(r), " which fails the check — OCR error. ")
        d.add("Mobile ", L("PHONE", phone(r, cc)), " matches UPI record. Address: ", L("ADDRESS", address(r, cc)), ".\n")
    elif cc == "SG":
        d.add("Applicant ", L("PERSON", p.full), " (family name first) provided NRIC ", L("SG_NRIC", nric(r, r.choice("ST"))),
              "; Singpass MyInfo returned the same. Test value ", bad_nric(r), " in the vendor sandbox is not hers. ")
        d.add("DOB ", L("DATE_OF_BIRTH", fdate(r, *dob(r, 1985, 2003), style="eu")), ". Contact ", L("PHONE", phone(r, cc)), ".\n")
    else:
        d.add("Criador(a) ", L("PERSON", p.full), ", CPF ", L("BR_CPF", cpf(r)), ", nasci em ", L("DATE_OF_BIRTH", fdate(r, *dob(r), style="eu")),
              ". O CPF ", bad_cpf(r), " digitado no primeiro envio é inválido. ")
        d.add("Endereço: ", L("ADDRESS", address(r, cc)), ". WhatsApp ", L("PHONE", phone(r, cc)), ".\n")
    d.line("Decision: approved for payouts. Reviewer: kyc-ops-%d" % r.randint(1, 40))
    return d

@tpl(2, "free_text")
def memorialisation_request(r, i):
    cc = ["NG", "VN"][i]
    dec = Person(r, cc); req = Person(r, cc)
    d = Doc()
    d.line("Memorialisation request — case MEM-%s" % rd(r, 6))
    d.add("Requester ", L("PERSON", req.full), " (", r.choice(["brother", "sister", "spouse"]), ") reports that ", L("PERSON", dec.full),
          ", date of birth ", L("DATE_OF_BIRTH", fdate(r, *dob(r, 1970, 1995), style="mon")), ", passed away after a long illness with ",
          L("DIAGNOSIS", r.choice(["glioblastoma", "sickle cell disease", "acute myeloid leukaemia"])), ". ")
    d.add("Death certificate attached (ref %s). Please convert the profile and the Realm Rush account (tag %s) to memorial state. " % (rd(r, 9), r.choice(GAMERTAGS)))
    d.add("Contact: ", L("EMAIL", req.email(r)), " / ", L("PHONE", phone(r, cc)), ".\n")
    return d

@tpl(1, "free_text")
def transparency_report(r, i):
    d = Doc()
    d.add("""Transparency report H1
Law-enforcement requests received: %d (US %d, UK %d, DE %d, BR %d, IN %d). Data produced in %d%%.
Emergency disclosure requests: %d. Accounts removed for suspected minors: %d. Romance-scam networks dismantled: %d.
Figures exclude preservation-only requests. Methodology version %s.
""" % tuple([r.randint(500, 4000)] + [r.randint(10, 900) for _ in range(5)] + [r.randint(40, 90), r.randint(5, 90), r.randint(1000, 90000), r.randint(10, 200), version(r)]))
    return d

@tpl(2, "html")
def patch_notes_html(r, i):
    d = Doc()
    d.add("<h2>Hotfix %s</h2>\n<ul>\n<li>Fixed crash when Tifa Lockhart emote played during matchmaking</li>\n<li>Server pool 192.168.0.0/16 migrated; clients &gt;= %s</li>\n<li>Bundle %s price corrected</li>\n</ul>\n" % (version(r), version(r), SKUS(r)))
    return d

@tpl(1, "fhir_json")
def fhir_valueset(r, i):
    vs = {"resourceType": "ValueSet", "id": "loveloop-health-hub-conditions", "status": "active", "version": version(r),
          "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [
              {"code": "86406008", "display": "Human immunodeficiency virus infection"},
              {"code": "46635009", "display": "Type 1 diabetes mellitus"},
              {"code": "84757009", "display": "Epilepsy"},
              {"code": "24700007", "display": "Multiple sclerosis"},
              {"code": "35489007", "display": "Depressive disorder"}]}]}}
    d = Doc(); J(d, vs); d.add("\n")
    return d

@tpl(1, "lab_report")
def lab_test_menu(r, i):
    d = Doc()
    d.add("""PARTNER LAB TEST MENU (no patient data)
CODE     TEST                                   TAT
80379    HIV-1/2 Ag/Ab combo                     24h
87491    Chlamydia trachomatis NAAT              48h
87591    Neisseria gonorrhoeae NAAT              48h
86780    Treponema pallidum antibody             24h
86696    HSV-2 type-specific IgG                 72h
Price list version %s; accession format ACC-YY-NNNNNNN.
""" % version(r))
    return d

# ---- extra identity-verification documents
@tpl(3, "ndjson")
def idv_results_ndjson(r, i):
    d = Doc()
    pool = [["DE", "FR", "CO", "US", "EG", "PH", "CH"], ["SE", "IE", "IL", "US", "NG", "VN", "CL"], ["PL", "ES", "ZA", "US", "TH", "AU", "KR"]][i]
    for k, cc in enumerate(pool):
        p = Person(r, cc)
        y, m, dd = dob(r, 1970, 2006)
        ev = {"ts": ts(r), "check_id": "chk_" + hexs(r, 12), "user": uid(r), "country": cc}
        if cc == "US" and i != 1:
            st = r.choice(list(DL)); nm, g = DL[st]
            ev.update({"doc_type": "drivers_license", "issuing_state": st, "doc_number": L("DRIVER_LICENSE", g(r))})
        else:
            t, num = passport(r, cc)
            ev.update({"doc_type": "passport", "doc_number": L(t, num)})
        ev.update({"name": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)),
                   "face_match": round(r.uniform(.6, .99), 3), "result": r.choice(["pass", "pass", "review", "fail:expired"])})
        J(d, ev, ind=None); d.add("\n")
    bad = {"ts": ts(r), "check_id": "chk_" + hexs(r, 12), "user": uid(r), "country": "ES", "doc_type": "dni",
           "doc_number": bad_dni(r), "result": "fail:checksum", "name": "[withheld]"}
    J(d, bad, ind=None); d.add("\n")
    return d

@tpl(2, "tsv")
def us_age_gate_queue(r, i):
    d = Doc()
    ROW(d, ["queue_pos", "user_id", "full_name", "state", "dl_number", "passport_no", "dob", "decision"], "\t")
    for k in range(5):
        p = Person(r, "US")
        y, m, dd = dob(r, 1990, 2008)
        if k % 2 == 0:
            st = r.choice(list(DL)); nm, g = DL[st]
            row = [k + 1, uid(r), L("PERSON", p.full), st, L("DRIVER_LICENSE", g(r)), "", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "us")), "under_18" if y >= 2008 else r.choice(["18+", "blurry"])]
        else:
            t, num = passport(r, "US")
            row = [k + 1, uid(r), L("PERSON", p.full), "", "", L(t, num), L("DATE_OF_BIRTH", fdate(r, y, m, dd, "us")), "under_18" if y >= 2008 else r.choice(["18+", "mismatch"])]
        ROW(d, row, "\t")
    return d

@tpl(2, "yaml")
def payout_vendor_tax_yaml(r, i):
    d = Doc()
    d.line("# payout vendor sync — tax identifiers (encrypted at rest; this is a decrypted debug dump, ticket SEC-%s)" % rd(r, 4))
    d.line("creators:")
    sets = [[("DE", "steuer_id", lambda: L("DE_TAX_ID", steuer(r))), ("CA", "sin", lambda: L("CA_SIN", sin(r))),
             ("GB", "nino", lambda: L("UK_NATIONAL_INSURANCE_NUMBER", nino(r))), ("US", "ssn", lambda: L("US_SSN", ssn(r))),
             ("DE", "steuer_id_previous", lambda: bad_steuer(r))],
            [("FR", "nir", lambda: L("FR_NIR", nir(r, spaced=False))), ("ES", "nif", lambda: L("ES_DNI", dni(r))),
             ("BR", "cpf", lambda: L("BR_CPF", cpf(r, fmt=r.random() < .5))), ("IN", "aadhaar", lambda: L("IN_AADHAAR", aadhaar(r))),
             ("CA", "sin_rejected", lambda: bad_sin(r)), ("GB", "nhs_no_misfiled", lambda: bad_nhs(r))]][i]
    for cc, key, fn in sets:
        p = Person(r, cc)
        d.line("  - handle: ", r.choice(GAMERTAGS))
        d.line("    legal_name: \"", L("PERSON", p.full), "\"")
        d.line("    country: ", cc)
        v = fn()
        d.line("    ", key, ": \"", v, "\"")
    return d

@tpl(3, "form")
def passport_selfie_form(r, i):
    cc = ["UA", "CO", "IT"][i]
    p = Person(r, cc); d = Doc()
    lab = {"UA": ("Прізвище / Surname", "Ім'я / Given names", "Дата народження / Date of birth", "Номер паспорта / Passport No."),
           "CO": ("Apellidos", "Nombres", "Fecha de nacimiento", "Pasaporte No."),
           "IT": ("Cognome", "Nome", "Data di nascita", "Numero passaporto")}[cc]
    y, m, dd = dob(r, 1980, 2005)
    d.line("Selfie + ID match — upload form (", COUNTRY[cc], ")")
    d.line(lab[0], ": ", L("PERSON", p.family.upper()))
    d.line(lab[1], ": ", L("PERSON", p.given.upper()))
    d.line(lab[2], ": ", L("DATE_OF_BIRTH", fdate(r, y, m, dd, "dot" if cc == "UA" else "eu")))
    t, num = passport(r, cc)
    d.line(lab[3], ": ", L(t, num))
    d.line("MRZ line 2 checksum: OK   Selfie gesture: ✌️ + code %s" % rd(r, 4))
    d.line("Contact (optional): ", L("PHONE", phone(r, cc)))
    return d

# ---------------------------------------------------------------- build + validate
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")

def covered(ents, a, b):
    return any(e["start"] < b and a < e["end"] for e in ents)

def validate(rec):
    text, ents = rec["text"], rec["entities"]
    assert rec["format"] in FORMATS, rec["format"]
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (rec["id"], e, s)
        assert e["start"] >= prev, ("overlap", rec["id"], e)
        prev = e["end"]
        if e["type"] in CHECKERS:
            assert CHECKERS[e["type"]](s), (rec["id"], e["type"], s)
    lvl = "INTERNAL"
    for e in ents:
        if RANK[LEVEL[e["type"]]] > RANK[lvl]:
            lvl = LEVEL[e["type"]]
    assert lvl == rec["classification"]
    f = rec["format"]
    if f in ("json", "fhir_json"):
        json.loads(text)
    if f == "ndjson":
        for ln in text.splitlines():
            if ln.strip(): json.loads(ln)
    if f in ("csv", "tsv"):
        sep = "\t" if f == "tsv" else (";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=sep))
        rows = [x for x in rows if x]
        assert len(set(len(x) for x in rows)) == 1, (rec["id"], [len(x) for x in rows])
    # leak check: unlabelled look-alikes must be invalid
    for m in CARD_RE.finditer(text):
        ds = re.sub(r"\D", "", m.group())
        if ds[0] in "23456" and 13 <= len(ds) <= 19 and luhn_ok(ds) and not covered(ents, m.start(), m.end()):
            raise AssertionError(("unlabelled card-like", rec["id"], m.group()))
    for m in IBAN_RE.finditer(text):
        if m.group()[:2] in ("DE", "FR", "ES", "IT", "GB", "IE", "CH", "SE", "FI", "PL", "TR", "IL", "AE", "EG", "UA", "BR", "NL") \
                and iban_ok(m.group()) and not covered(ents, m.start(), m.end()):
            raise AssertionError(("unlabelled iban", rec["id"], m.group()))
    for m in SSN_RE.finditer(text):
        if not covered(ents, m.start(), m.end()) and ssn_ok(m.group()) and rec["format"] not in ("hl7",):
            # dashed 3-2-4 that is not an SSN label: only allowed inside other labelled values
            raise AssertionError(("unlabelled ssn-like", rec["id"], m.group()))

def main():
    recs = []
    for name, n, fmt, fn in T:
        for k in range(n):
            r = random.Random("%s:%s:%d" % (SEED, name, k))
            d = fn(r, k)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = "INTERNAL"
            for e in ents:
                if RANK[LEVEL[e["type"]]] > RANK[lvl]:
                    lvl = LEVEL[e["type"]]
            rec = {"id": "h42_%s-%d" % (name, k), "text": d.text, "entities": ents, "classification": lvl, "format": fmt}
            validate(rec)
            recs.append(rec)
    ids = [x["id"] for x in recs]
    assert len(ids) == len(set(ids))
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types = Counter(e["type"] for x in recs for e in x["entities"])
    print("documents:", len(recs))
    print("no-entity documents:", sum(1 for x in recs if not x["entities"]))
    print("templates:", len(T))
    for title, c in (("classification", Counter(x["classification"] for x in recs)), ("format", Counter(x["format"] for x in recs)), ("entity type", types)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
