#!/usr/bin/env python3
"""holdout32 generator: retail-bank / fintech PII corpus. Standard library only, deterministic."""
import json, random, csv, io, re, sys, string, unicodedata
from collections import Counter

SEED = "holdout32/larkspur-quay-4096"
LEVEL = {"RESTRICTED": 3, "CONFIDENTIAL": 2, "INTERNAL": 1}
TYPE_LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    TYPE_LEVEL[t] = "RESTRICTED"
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    TYPE_LEVEL[t] = "CONFIDENTIAL"
TYPE_LEVEL["PERSON"] = "INTERNAL"
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
class L:
    """a labelled value"""
    def __init__(self, t, v):
        assert t in TYPE_LEVEL, t
        self.t, self.v = t, v
    def __str__(self):
        return self.v

class M:
    """a string mixing plain text and labelled values (for JSON / CSV cells)"""
    def __init__(self, *parts):
        self.parts = parts
    def __str__(self):
        return "".join(str(p) for p in self.parts)

class Doc:
    def __init__(self):
        self.text = ""
        self.ents = []
    def __call__(self, *xs):
        for x in xs:
            if isinstance(x, L):
                s = len(self.text)
                self.text += x.v
                self.ents.append({"type": x.t, "start": s, "end": len(self.text)})
            elif isinstance(x, M):
                self(*x.parts)
            elif isinstance(x, (list, tuple)):
                self(*x)
            else:
                self.text += str(x)
        return self

def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jstr(d, v):
    d('"')
    if isinstance(v, L):
        d(L(v.t, jesc(v.v)))
    elif isinstance(v, M):
        for p in v.parts:
            if isinstance(p, L):
                d(L(p.t, jesc(p.v)))
            else:
                d(jesc(str(p)))
    else:
        d(jesc(v))
    d('"')

def jdump(d, obj, indent=2, lvl=0, compact=False):
    sp = "" if compact else "\n" + " " * (indent * (lvl + 1))
    end = "" if compact else "\n" + " " * (indent * lvl)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{")
        for i, (k, v) in enumerate(obj.items()):
            if i: d(sep)
            d(sp); jstr(d, k); d(": ")
            jdump(d, v, indent, lvl + 1, compact)
        d(end, "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[")
        for i, v in enumerate(obj):
            if i: d(sep)
            d(sp); jdump(d, v, indent, lvl + 1, compact)
        d(end, "]")
    elif isinstance(obj, (str, L, M)):
        jstr(d, obj)
    elif obj is None:
        d("null")
    elif isinstance(obj, bool):
        d("true" if obj else "false")
    else:
        d(json.dumps(obj))

def row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i: d(sep)
        s = str(c)
        need = sep == "," and any(ch in s for ch in ',"\n')
        if need:
            d('"')
            if isinstance(c, L):
                d(L(c.t, c.v.replace('"', '""')))
            elif isinstance(c, M):
                for p in c.parts:
                    d(L(p.t, p.v.replace('"', '""')) if isinstance(p, L) else str(p).replace('"', '""'))
            else:
                d(s.replace('"', '""'))
            d('"')
        else:
            d(c)
    d("\n")

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

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
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(n) % 97) + bban

def nhs_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) != 10: return False
    t = sum(d * w for d, w in zip(ds[:9], range(10, 1, -1)))
    c = 11 - t % 11
    if c == 11: c = 0
    return c != 10 and c == ds[9]

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

def cpf_digits(nine):
    ds = [int(c) for c in nine]
    r = sum(d * w for d, w in zip(ds, range(10, 1, -1))) % 11
    d1 = 0 if r < 2 else 11 - r
    ds.append(d1)
    r = sum(d * w for d, w in zip(ds, range(11, 1, -1))) % 11
    d2 = 0 if r < 2 else 11 - r
    return "%d%d" % (d1, d2)
def cpf_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 11 and len(set(ds)) > 1 and cpf_digits(ds[:9]) == ds[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    body = s[:-1]
    if body[0] in "XYZ": body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and DNI_L[int(body) % 23] == s[-1]

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(ten):
    prod = 10
    for c in ten:
        sm = (int(c) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    ch = 11 - prod
    return "0" if ch == 10 else str(ch)
def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0": return False
    cnt = Counter(s[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1: return False
    return steuer_check(s[:10]) == s[10]

CF_ODD = dict(zip("0123456789", [1,0,5,7,9,13,15,17,19,21]))
CF_ODD.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
CF_EVEN = {c: int(c) for c in "0123456789"}
CF_EVEN.update({c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
def cf_char(s15):
    t = sum((CF_ODD if i % 2 == 0 else CF_EVEN)[c] for i, c in enumerate(s15))
    return chr(65 + t % 26)
def cf_ok(s):
    return len(s) == 16 and cf_char(s[:15]) == s[15]

def nric_letter(prefix, digits):
    t = sum(int(c) * w for c, w in zip(digits, [2, 7, 6, 5, 4, 3, 2]))
    if prefix in "TG": t += 4
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[t % 11]
def nric_ok(s):
    return len(s) == 9 and nric_letter(s[0], s[1:8]) == s[8]

def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

# ---------------------------------------------------------------- value generators
def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))
def letters(r, n, pool=string.ascii_uppercase):
    return "".join(r.choice(pool) for _ in range(n))

CARD_PREFIX = [("visa", "4", 16), ("visa", "4", 16), ("mc", "5", 16), ("mc2", "2", 16), ("amex", "3", 15), ("disc", "6011", 16)]
def card(r, kind=None, sep=" "):
    k = kind or r.choice(CARD_PREFIX)[0]
    if k == "visa": body, n = "4" + digits(r, 14), 16
    elif k == "mc": body, n = "5" + r.choice("12345") + digits(r, 13), 16
    elif k == "mc2": body, n = str(r.randint(2221, 2720)) + digits(r, 11), 16
    elif k == "amex": body, n = r.choice(["34", "37"]) + digits(r, 12), 15
    else: body, n = "6011" + digits(r, 11), 16
    num = luhn_complete(body)
    if n == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))
def bad_card(r, sep=" "):
    c = card(r, "visa", "")
    last = str((int(c[-1]) + r.randint(1, 9)) % 10)
    c = c[:-1] + last
    assert not luhn_ok(c)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))
def masked_card(r):
    l4 = digits(r, 4)
    return r.choice(["**** " + l4, "**** **** **** " + l4, digits(r, 6) + "******" + l4, "XXXX-XXXX-XXXX-" + l4, "ending " + l4])

GB_BANKS = ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "BUKB", "SRLG", "MONZ", "REVO", "NAIA"]
IBAN_SPEC = {  # country: bban pattern  (A letter, 9 digit, C alnum)
    "GB": "BANK999999" "99999999", "IE": "BANK999999" "99999999", "ES": "9" * 20, "PT": "9" * 21,
    "FR": "9" * 10 + "C" * 11 + "99", "BE": "9" * 12, "NL": "AAAA" + "9" * 10, "DE": "9" * 18,
    "CH": "9" * 5 + "C" * 12, "IT": "A" + "9" * 10 + "C" * 12, "MT": "AAAA" + "9" * 5 + "C" * 18,
    "CY": "9" * 8 + "C" * 16, "GR": "9" * 7 + "C" * 16, "PL": "9" * 24, "CZ": "9" * 20, "SK": "9" * 20,
    "HU": "9" * 24, "RO": "AAAA" + "C" * 16, "HR": "9" * 17, "RS": "9" * 18, "TR": "9" * 5 + "0" + "C" * 16,
    "TN": "9" * 20, "AE": "9" * 19, "BR": "9" * 23 + "A" + "C", "MA": None,
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB"]
IE_BANKS = ["AIBK", "BOFI", "IPBS", "PTSB"]
def iban(r, cc=None, spaced=None):
    cc = cc or r.choice([c for c, v in IBAN_SPEC.items() if v])
    pat = IBAN_SPEC[cc]
    out = ""
    i = 0
    while i < len(pat):
        if pat.startswith("BANK", i):
            out += r.choice(IE_BANKS if cc == "IE" else GB_BANKS); i += 4; continue
        ch = pat[i]
        if ch == "9": out += r.choice("0123456789")
        elif ch == "0": out += "0"
        elif ch == "A": out += r.choice(string.ascii_uppercase)
        else: out += r.choice(string.ascii_uppercase + string.digits * 2)
        i += 1
    if cc == "NL": out = r.choice(NL_BANKS) + out[4:]
    if cc == "CY" or cc == "GR" or cc == "CH" or cc == "IT" or cc == "MT" or cc == "RO" or cc == "TR":
        pass
    ib = iban_make(cc, out)
    assert iban_ok(ib)
    if spaced is None: spaced = r.random() < 0.6
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib
def bad_iban(r, cc=None, spaced=True):
    ib = iban(r, cc, False)
    while True:
        k = r.randint(2, 3)
        d = str((int(ib[k]) + r.randint(1, 9)) % 10)
        b = ib[:k] + d + ib[k + 1:]
        if not iban_ok(b): break
    return " ".join(b[i:i + 4] for i in range(0, len(b), 4)) if spaced else b

def ssn(r, sep="-"):
    while True:
        a = "%03d" % r.randint(1, 899)
        if a != "666": break
    return a + sep + "%02d" % r.randint(1, 99) + sep + "%04d" % r.randint(1, 9999)
def nhs(r, spaced=True):
    while True:
        b = str(r.randint(4, 9)) + digits(r, 8)
        t = sum(int(d) * w for d, w in zip(b, range(10, 1, -1)))
        c = 11 - t % 11
        if c == 11: c = 0
        if c == 10: continue
        s = b + str(c)
        assert nhs_ok(s)
        return s[:3] + " " + s[3:6] + " " + s[6:] if spaced else s
def bad_nhs(r):
    s = nhs(r, False)
    while True:
        b = s[:9] + str(r.randint(0, 9))
        if not nhs_ok(b): return b[:3] + " " + b[3:6] + " " + b[6:]
def nino(r, spaced=None):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ"); b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"): break
    d = digits(r, 6); s = r.choice("ABCD")
    if spaced is None: spaced = r.random() < 0.5
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{a}{b}{d}{s}"
def dni(r):
    n = r.randint(10000000, 79999999)
    return "%08d%s" % (n, DNI_L[n % 23])
def nie(r):
    p = r.choice("XYZ"); n = r.randint(0, 9999999)
    v = int(str("XYZ".index(p)) + "%07d" % n)
    return "%s%07d%s" % (p, n, DNI_L[v % 23])
def bad_dni(r):
    s = dni(r)
    l = DNI_L[(DNI_L.index(s[-1]) + r.randint(1, 22)) % 23]
    return s[:-1] + l
NIR_DEPTS = ["75", "69", "13", "33", "59", "44", "67", "31", "06", "35", "92", "93", "94", "38", "76"]
def nir(r, sex=None, yy=None, mm=None, spaced=True):
    sex = sex or r.choice("12")
    yy = yy or "%02d" % r.randint(50, 99)
    mm = mm or "%02d" % r.randint(1, 12)
    body = sex + yy + mm + r.choice(NIR_DEPTS) + "%03d" % r.randint(1, 400) + "%03d" % r.randint(1, 999)
    key = "%02d" % (97 - int(body) % 97)
    s = body + key
    assert nir_ok(s)
    return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]]) if spaced else s
def bad_nir(r):
    s = nir(r, spaced=False)
    k = (int(s[13:]) + r.randint(1, 40)) % 97 or 1
    b = s[:13] + "%02d" % k
    assert not nir_ok(b)
    return " ".join([b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], b[13:]])
def steuer(r, spaced=None):
    while True:
        rep = r.randint(0, 9)
        others = r.sample([x for x in range(10) if x != rep], 8)
        ds = [rep, rep] + others
        r.shuffle(ds)
        if ds[0] == 0: continue
        ten = "".join(map(str, ds))
        s = ten + steuer_check(ten)
        assert steuer_ok(s)
        if spaced is None: spaced = r.random() < 0.5
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s
def bad_steuer(r):
    s = steuer(r, False)
    b = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    assert not steuer_ok(b)
    return b
VOW = "AEIOU"
def cf_part(name, is_name):
    n = [c for c in name.upper() if c.isalpha()]
    n = [{"À":"A","È":"E","É":"E","Ì":"I","Ò":"O","Ù":"U"}.get(c, c) for c in n]
    cons = [c for c in n if c not in VOW]
    vows = [c for c in n if c in VOW]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "C351", "A662"]
def codice_fiscale(r, first, last, y, m, d, female):
    s = cf_part(last, False) + cf_part(first, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % (d + (40 if female else 0)) + r.choice(BELFIORE)
    c = s + cf_char(s)
    assert cf_ok(c)
    return c
def bad_cf(r):
    s = "RSSMRA80A01H501"
    c = cf_char(s)
    return s + chr(65 + (ord(c) - 65 + r.randint(1, 25)) % 26)
def sin(r):
    while True:
        s = luhn_complete(str(r.randint(1, 7)) + digits(r, 7))
        return s[:3] + " " + s[3:6] + " " + s[6:]
def bad_sin(r):
    s = sin(r).replace(" ", "")
    b = s[:-1] + str((int(s[-1]) + r.randint(1, 9)) % 10)
    assert not luhn_ok(b)
    return b[:3] + "-" + b[3:6] + "-" + b[6:]
def cpf(r, fmt=True):
    while True:
        n = digits(r, 9)
        if len(set(n)) > 1: break
    s = n + cpf_digits(n)
    assert cpf_ok(s)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s
def bad_cpf(r):
    s = cpf(r, False)
    b = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    assert not cpf_ok(b)
    return f"{b[:3]}.{b[3:6]}.{b[6:9]}-{b[9:]}"
def aadhaar(r, spaced=True):
    b = str(r.randint(2, 9)) + digits(r, 10)
    s = b + verhoeff_digit(b)
    assert verhoeff_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}" if spaced else s
def bad_aadhaar(r):
    s = aadhaar(r, False)
    while True:
        b = s[:11] + str(r.randint(0, 9))
        if not verhoeff_ok(b): return f"{b[:4]} {b[4:8]} {b[8:]}"
def nric(r, prefix=None):
    p = prefix or r.choice("STFG")
    d = digits(r, 7)
    s = p + d + nric_letter(p, d)
    assert nric_ok(s)
    return s
def bad_nric(r):
    s = nric(r, "S")
    l = "JZIHGFEDCBA"[("JZIHGFEDCBA".index(s[-1]) + r.randint(1, 10)) % 11]
    return s[:-1] + l
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi(r, dashed=True):
    an = MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(MBI_A) + r.choice(an) + r.choice("0123456789") + r.choice(MBI_A)
         + r.choice(an) + r.choice("0123456789") + r.choice(MBI_A) + r.choice(MBI_A) + digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s

PASSPORT_FMT = {
    "US": lambda r: r.choice([digits(r, 9), r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)]),
    "GB": lambda r: str(r.randint(1, 9)) + digits(r, 8),
    "IE": lambda r: letters(r, 2) + digits(r, 7),
    "ES": lambda r: letters(r, 3) + digits(r, 6),
    "PT": lambda r: r.choice("CLNP") + digits(r, 6),
    "FR": lambda r: digits(r, 2) + letters(r, 2) + digits(r, 5),
    "BE": lambda r: letters(r, 2) + digits(r, 6),
    "NL": lambda r: letters(r, 2, "NBPXY") + letters(r, 2, "CFGHJKLMNPRTVWXZ") + digits(r, 5),
    "DE": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "CH": lambda r: "X" + digits(r, 7),
    "IT": lambda r: letters(r, 2) + digits(r, 7),
    "MT": lambda r: digits(r, 7),
    "CY": lambda r: "K" + digits(r, 8),
    "GR": lambda r: letters(r, 2) + digits(r, 7),
    "PL": lambda r: letters(r, 2) + digits(r, 7),
    "CZ": lambda r: digits(r, 8),
    "SK": lambda r: letters(r, 2) + digits(r, 7),
    "HU": lambda r: letters(r, 2) + digits(r, 7),
    "RO": lambda r: "0" + digits(r, 8),
    "HR": lambda r: digits(r, 9),
    "RS": lambda r: digits(r, 9),
    "TR": lambda r: "U" + digits(r, 8),
    "MA": lambda r: letters(r, 2) + digits(r, 7),
    "DZ": lambda r: digits(r, 9),
    "TN": lambda r: letters(r, 1) + digits(r, 6),
    "SN": lambda r: "A" + digits(r, 8),
    "NG": lambda r: "A" + digits(r, 8),
    "IN": lambda r: r.choice("JKLMNPRSTUVWZ") + digits(r, 7),
    "LK": lambda r: "N" + digits(r, 7),
    "HK": lambda r: r.choice("KH") + digits(r, 8),
    "SG": lambda r: r.choice("KE") + digits(r, 7) + letters(r, 1),
    "MY": lambda r: "A" + digits(r, 8),
    "AE": lambda r: digits(r, 9),
    "BR": lambda r: letters(r, 2) + digits(r, 6),
    "MX": lambda r: "G" + digits(r, 8),
    "CA": lambda r: letters(r, 2) + digits(r, 6),
}
def passport(r, cc):
    return L("US_PASSPORT" if cc == "US" else "PASSPORT", PASSPORT_FMT[cc](r))

DL_FMT = {
    "California": ("CA", lambda r: letters(r, 1) + digits(r, 7)),
    "Florida": ("FL", lambda r: letters(r, 1) + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 1)),
    "New York": ("NY", lambda r: digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)),
    "Texas": ("TX", lambda r: digits(r, 8)),
    "Illinois": ("IL", lambda r: letters(r, 1) + digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 4)),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9))),
    "Pennsylvania": ("PA", lambda r: digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3)),
    "New Jersey": ("NJ", lambda r: letters(r, 1) + digits(r, 4) + " " + digits(r, 5) + " " + digits(r, 5)),
    "Michigan": ("MI", lambda r: letters(r, 1) + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)),
    "Ohio": ("OH", lambda r: letters(r, 2) + digits(r, 6)),
    "Georgia": ("GA", lambda r: digits(r, 9)),
    "Arizona": ("AZ", lambda r: letters(r, 1) + digits(r, 8)),
    "Massachusetts": ("MA", lambda r: "S" + digits(r, 8)),
    "Colorado": ("CO", lambda r: digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 4)),
    "Virginia": ("VA", lambda r: letters(r, 1) + digits(r, 2) + "-" + digits(r, 2) + "-" + digits(r, 4)),
    "Maryland": ("MD", lambda r: letters(r, 1) + "-" + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3)),
    "North Carolina": ("NC", lambda r: "0000" + digits(r, 8)),
    "Nevada": ("NV", lambda r: digits(r, 10)),
}
def dl(r, state=None):
    state = state or r.choice(list(DL_FMT))
    return state, DL_FMT[state][0], L("DRIVER_LICENSE", DL_FMT[state][1](r))
def uk_dl(r, last, first, y, m, d, female):
    sur = (re.sub(r"[^A-Z]", "", last.upper()) + "99999")[:5]
    mm = m + (50 if female else 0)
    ini = unicodedata.normalize("NFKD", first[0].upper()).encode("ascii", "ignore").decode() or "X"
    return f"{sur}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}99{r.choice('ABCDEFGHJKLMNPRSTWXY')}{r.choice('ABCDEFGHJKLMNPRSTWXY')}"

def sort_code(r):
    return f"{r.randint(1, 99):02d}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"
def uk_acct(r):
    return digits(r, 8)

def ipv4(r, kind=None):
    k = kind or r.choice(["doc1", "doc2", "doc3", "p10", "p192", "p172", "pub"])
    if k == "doc1": return f"192.0.2.{r.randint(1, 254)}"
    if k == "doc2": return f"198.51.100.{r.randint(1, 254)}"
    if k == "doc3": return f"203.0.113.{r.randint(1, 254)}"
    if k == "p10": return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == "p192": return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == "p172": return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice([81, 86, 92, 145, 185, 151, 31, 77, 2, 41, 102, 196])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
def ipv6(r):
    return "2001:db8:" + ":".join("%x" % r.randint(0, 0xffff) for _ in range(r.choice([2, 3]))) + "::" + "%x" % r.randint(1, 0xfff)

def dob(r, lo=1938, hi=2004):
    y = r.randint(lo, hi); m = r.randint(1, 12); d = r.randint(1, 28)
    return y, m, d
MONTHS = "January February March April May June July August September October November December".split()
MON_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MON_PT = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
def fdate(r, ymd, style=None):
    y, m, d = ymd
    style = style or r.choice(["iso", "uk", "us", "long", "dot", "short"])
    if style == "iso": return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "uk": return f"{d:02d}/{m:02d}/{y:04d}"
    if style == "us": return f"{m:02d}/{d:02d}/{y:04d}"
    if style == "long": return f"{d} {MONTHS[m - 1]} {y}"
    if style == "dot": return f"{d:02d}.{m:02d}.{y:04d}"
    if style == "fr": return f"{d} {MON_FR[m - 1]} {y}"
    if style == "de": return f"{d}. {MON_DE[m - 1]} {y}"
    if style == "es": return f"{d} de {MON_ES[m - 1]} de {y}"
    if style == "pt": return f"{d} de {MON_PT[m - 1]} de {y}"
    if style == "hl7": return f"{y:04d}{m:02d}{d:02d}"
    if style == "amer": return f"{MONTHS[m - 1]} {d}, {y}"
    return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}"

# ---------------------------------------------------------------- people
NAMES = {
    "GB": ("Harriet Callum Imogen Rhys Bethan Alfie Poppy Gareth".split(), "Thornbury Ashworth Pennington Bramley Okafor-Reid Higginbottom Featherstone Llewellyn".split()),
    "IE": ("Aoife Cillian Saoirse Tadhg Niamh Oisín Caoimhe".split(), ["Ó Súilleabháin", "Mac Cárthaigh", "Nic Aodha", "Breathnach", "Ó Ceallaigh", "Ní Dhonnchadha"]),
    "ES": ("Ainhoa Iker Maite Xabier Rocío Itziar Borja".split(), ["García de la Peña", "Etxeberria", "Olabarrieta", "Muñoz Castrillo", "Villalobos Ruiz", "Sanz i Puig"]),
    "PT": ("Inês Gonçalo Leonor Tomás Beatriz Duarte".split(), ["Magalhães", "Gonçalves da Silva", "Sousa Pinto", "Quaresma", "Rebelo de Castro"]),
    "FR": ("Maëlle Aurélien Solène Grégoire Anaïs Baptiste".split(), ["Lefèvre", "de Villepin-Roux", "Chevalier", "Moreau-Lambert", "Duchâteau", "Le Goff"]),
    "BE": ("Wouter Lieselot Mathis Elke Jitske".split(), ["Van den Broeck", "De Smedt", "Vanderheyden", "Claes", "Wuyts"]),
    "NL": ("Sanne Joris Femke Bram Maartje".split(), ["van der Meulen", "de Vries", "Bakker", "van 't Hoff", "Verhoeven", "Kuipers"]),
    "DE": ("Jannik Friederike Leonie Malte Annegret".split(), ["Schwarzkopf", "von Eichendorff", "Brückner", "Weißmüller", "Oberländer", "Kühn"]),
    "CH": ("Urs Nadja Reto Seraina Beat".split(), ["Bühlmann", "Tschopp", "Caflisch", "Zgraggen", "Rüegsegger"]),
    "IT": ("Chiara Lorenzo Giulia Matteo Beatrice Davide".split(), ["Esposito", "Lo Bianco", "D'Alessandro", "Ferraresi", "Giordano", "Santangelo"]),
    "MT": ("Kurt Ritianne Godwin Charmaine".split(), ["Camilleri", "Xuereb", "Zammit", "Vella", "Grech", "Azzopardi"]),
    "CY": ("Andreas Eleni Panayiotis Chrystalla".split(), ["Christodoulou", "Georgiou", "Hadjipetrou", "Kyprianou"]),
    "GR": ("Dimitrios Vasiliki Konstantina Spyros".split(), ["Papadopoulou", "Karamanlis", "Theodorakis", "Oikonomou"]),
    "PL": ("Agnieszka Bartłomiej Małgorzata Krzysztof Zofia".split(), ["Wiśniewska", "Grzybowski", "Szczepański", "Kowalczyk", "Brzęczyszczykiewicz"]),
    "CZ": ("Jiří Kateřina Tomáš Zdeňka".split(), ["Dvořák", "Nováková", "Procházka", "Kučera"]),
    "SK": ("Ľubomír Zuzana Marek Lucia".split(), ["Horváthová", "Kováč", "Baláž", "Šimko"]),
    "HU": ("Zsófia Bence Levente Réka".split(), ["Szabó", "Tóth", "Nagy-Kálózi", "Fekete", "Szőke"]),
    "RO": ("Ioana Mihai Andreea Răzvan".split(), ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Țurcanu"]),
    "HR": ("Ivana Tomislav Matea Dražen".split(), ["Horvat", "Kovačević", "Babić", "Jurić"]),
    "RS": ("Nemanja Jelena Miloš Dragana".split(), ["Jovanović", "Petrović", "Nikolić", "Đorđević"]),
    "TR": ("Elif Emre Zeynep Burak Gülşen".split(), ["Yılmaz", "Çelik", "Şahin", "Öztürk", "Karagöz"]),
    "MA": ("Youssef Fatima-Zahra Hamza Imane".split(), ["El Amrani", "Benjelloun", "Bennani", "Tazi", "Ouazzani Chahdi"]),
    "DZ": ("Amine Lydia Karim Yasmine".split(), ["Boukhalfa", "Haddad", "Benali", "Ait Ahmed"]),
    "TN": ("Sami Ines Mehdi Rim".split(), ["Trabelsi", "Ben Salah", "Jebali", "Gharbi"]),
    "SN": ("Moussa Aminata Cheikh Fatou".split(), ["Diop", "Ndiaye", "Sow", "Faye", "Mbengue"]),
    "NG": ("Chukwuemeka Adaeze Oluwaseun Ngozi Babatunde".split(), ["Okonkwo", "Adeyemi", "Balogun", "Nwosu", "Ezeagwu"]),
    "IN": ("Priya Arjun Lakshmi Vikram Sowmya".split(), ["Raghunathan", "Venkatesan", "Chatterjee", "Deshpande", "Iyengar"]),
    "LK": ("Chamari Nuwan Dilani Tharindu".split(), ["Wickramasinghe", "Jayasuriya", "Perera", "Gunawardena"]),
    "HK": (["Wing Yan", "Ka Ho", "Hoi Ling", "Chun Kit"], ["Chan", "Leung", "Wong", "Tse", "Yeung"]),
    "SG": (["Wei Ling", "Jun Jie", "Hui Min", "Zhi Hao"], ["Tan", "Lim", "Ng", "Goh", "Teo"]),
    "MY": (["Nurul Aisyah", "Muhammad Haziq", "Siti Khadijah", "Ahmad Faris"], ["Ismail", "Rahman", "Yusof", "Hashim"]),
    "AE": ("Mohammed Mariam Khalid Noura".split(), ["Al Mansoori", "Al Nuaimi", "Al Shamsi", "Al Ketbi"]),
    "BR": (["João Pedro", "Thaís", "Luana", "Rafael", "Maria Eduarda"], ["dos Santos", "Figueiredo", "Nascimento", "de Oliveira Lima", "Brandão"]),
    "MX": ("Ximena Santiago Guadalupe Itzel".split(), ["Hernández", "Zúñiga", "Villaseñor", "Cuauhtémoc Ríos"]),
    "US": ("Brittany Tyler DeShawn Kayleigh Marcus".split(), ["Kowalski", "Washington", "McAllister", "Fitzgerald", "Delacroix"]),
    "CA": ("Émilie Maxime Liam Geneviève".split(), ["Tremblay", "Gagnon", "Bouchard", "MacIsaac", "Côté"]),
}
FEMALE = set("Harriet Imogen Bethan Poppy Aoife Saoirse Niamh Caoimhe Ainhoa Maite Rocío Itziar Inês Leonor Beatriz Maëlle Solène Anaïs Lieselot Elke Jitske Sanne Femke Maartje Friederike Leonie Annegret Nadja Seraina Chiara Giulia Beatrice Ritianne Charmaine Eleni Chrystalla Vasiliki Konstantina Agnieszka Małgorzata Zofia Kateřina Zdeňka Zuzana Lucia Zsófia Réka Ioana Andreea Ivana Matea Jelena Dragana Elif Zeynep Gülşen Fatima-Zahra Imane Lydia Yasmine Ines Rim Aminata Fatou Adaeze Ngozi Priya Lakshmi Sowmya Chamari Dilani Mariam Noura Thaís Luana Ximena Guadalupe Itzel Brittany Kayleigh Émilie Geneviève".split()) | {"Wing Yan", "Hoi Ling", "Wei Ling", "Hui Min", "Nurul Aisyah", "Siti Khadijah", "Maria Eduarda"}
SYL = ["ka", "zo", "mi", "tru", "vel", "os", "and", "ri", "bex", "qua", "lun", "yor", "ez", "dra", "fi", "nob", "ul", "sev", "tam", "wy"]
def invented(r, n=None):
    n = n or r.randint(2, 3)
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()
class P:
    def __init__(self, r, cc=None):
        self.cc = cc or r.choice(list(NAMES))
        g, f = NAMES[self.cc]
        self.first = r.choice(g) if r.random() > 0.12 else invented(r)
        self.last = r.choice(f) if r.random() > 0.12 else invented(r, 3)
        self.female = self.first in FEMALE or (self.first not in sum([v[0] for v in NAMES.values()], []) and r.random() < 0.5)
        if self.cc == "MY":
            self.last = ("binti " if self.female else "bin ") + self.last
        self.full = self.first + " " + self.last
        self.dob = dob(r)
        self.title = ("Ms" if self.female else "Mr")
        slug = lambda s: re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s.lower().replace("ł", "l").replace("ı", "i").replace("đ", "d").replace("ß", "ss")).encode("ascii", "ignore").decode())
        self.mail_local = r.choice([slug(self.first) + "." + slug(self.last), slug(self.first)[0] + slug(self.last) + str(r.randint(1, 99)), slug(self.last) + "_" + slug(self.first)[:3]])
    def email(self, r, dom=None):
        dom = dom or r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz", "proton.me", "icloud.com", "hotmail.es", "gmx.ch", "rediffmail.com", "uol.com.br", "eircom.net", "sapo.pt", "freemail.hu", "yandex.com", "mail.ru"])
        return self.mail_local + "@" + dom

# ---------------------------------------------------------------- phones
PHONE_FMT = {
    "GB": ["+44 7### ######", "07### ######", "+44 (0)20 #### ####", "0161 ### ####"], "IE": ["+353 8# ### ####", "087 ### ####"],
    "ES": ["+34 6## ## ## ##", "+34 91# ### ###"], "PT": ["+351 91# ### ###", "+351 21# ### ###"], "FR": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 (0)1 ## ## ## ##"],
    "BE": ["+32 47# ## ## ##", "0479 ## ## ##"], "NL": ["+31 6 ########", "06-########"], "DE": ["+49 15# #######", "0171 #######", "+49 (0)30 #######"],
    "CH": ["+41 7# ### ## ##", "044 ### ## ##"], "IT": ["+39 3## ### ####", "+39 06 #### ####"], "MT": ["+356 79## ####"], "CY": ["+357 99 ######"],
    "GR": ["+30 69# ### ####"], "PL": ["+48 5## ### ###", "+48 22 ### ## ##"], "CZ": ["+420 6## ### ###"], "SK": ["+421 9## ### ###"],
    "HU": ["+36 30 ### ####", "+36 1 ### ####"], "RO": ["+40 7## ### ###"], "HR": ["+385 91 ### ####"], "RS": ["+381 6# ### ####"],
    "TR": ["+90 5## ### ## ##"], "MA": ["+212 6## ## ## ##"], "DZ": ["+213 5## ## ## ##"], "TN": ["+216 2# ### ###"], "SN": ["+221 77 ### ## ##"],
    "NG": ["+234 80# ### ####", "0803 ### ####"], "IN": ["+91 98### #####", "+91-9#########"], "LK": ["+94 77 ### ####"], "HK": ["+852 9### ####"],
    "SG": ["+65 9### ####", "+65 8### ####"], "MY": ["+60 12-### ####"], "AE": ["+971 50 ### ####", "+971 4 ### ####"], "BR": ["+55 11 9####-####", "(21) 9####-####"],
    "MX": ["+52 55 #### ####", "+52 1 33 #### ####"], "US": ["(###) ###-####", "+1 ###-###-####", "###.###.####", "1-###-###-####"], "CA": ["+1 (###) ###-####", "###-###-####"],
}
def phone(r, cc=None):
    cc = cc or r.choice(list(PHONE_FMT))
    f = r.choice(PHONE_FMT[cc])
    out = ""
    first = True
    for ch in f:
        if ch == "#":
            if cc in ("US", "CA") and first and f.count("(") + f.count("+1") + f.count("1-"):
                out += str(r.randint(2, 9)); first = False
            elif cc in ("US", "CA") and first:
                out += str(r.randint(2, 9)); first = False
            else:
                out += str(r.randint(0, 9))
        else:
            out += ch
    return out

# ---------------------------------------------------------------- addresses (list of lines)
def addr(r, cc=None):
    cc = cc or r.choice(list(NAMES))
    n = r.randint(1, 240)
    A = {
        "GB": lambda: [f"{n} {r.choice(['Ferndale Road', 'Harcourt Terrace', 'Mill Lane', 'Crescent Gardens', 'Queen’s Drive'])}", r.choice(["Bristol BS6 5AL", "Leeds LS7 3PD", "Cardiff CF24 4RU", "Glasgow G12 8QQ", "Norwich NR2 3HT", "London SE15 4QF"])],
        "IE": lambda: [f"{n} {r.choice(['Bóthar na Trá', 'Griffith Avenue', 'Main Street', 'Ashgrove Park'])}", r.choice(["Galway H91 E2K3", "Dublin 9, D09 X8W4", "Cork T12 R2PK", "Limerick V94 C6F3"])],
        "ES": lambda: [f"{r.choice(['Calle de Alcalá', 'Avinguda Diagonal', 'Calle Mayor', 'Paseo de Gràcia', 'Kale Nagusia'])} {n}, {r.randint(1, 9)}º {r.choice('ABCD')}", r.choice(["28014 Madrid", "08021 Barcelona", "48005 Bilbao", "41003 Sevilla", "46002 València"])],
        "PT": lambda: [f"{r.choice(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])}, {n}, {r.randint(1, 6)}º Esq.", r.choice(["1100-048 Lisboa", "4000-443 Porto", "3000-150 Coimbra"])],
        "FR": lambda: [f"{n}{r.choice(['', ' bis', ' ter'])} {r.choice(['rue de la Roquette', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse des Lilas', 'quai de la Fosse'])}", r.choice(["75011 Paris", "69003 Lyon", "44000 Nantes", "13006 Marseille", "31000 Toulouse"])],
        "BE": lambda: [f"{r.choice(['Rue Haute', 'Kerkstraat', 'Chaussée de Wavre', 'Meir'])} {n}{r.choice(['', '/3', ' bus 2'])}", r.choice(["1000 Bruxelles", "2000 Antwerpen", "9000 Gent", "4000 Liège"])],
        "NL": lambda: [f"{r.choice(['Prinsengracht', 'Oudegracht', 'Laan van Meerdervoort', 'Witte de Withstraat'])} {n}{r.choice(['', '-II', 'A'])}", r.choice(["1016 GV Amsterdam", "3511 AL Utrecht", "2517 JK Den Haag", "3014 GA Rotterdam"])],
        "DE": lambda: [f"{r.choice(['Schönhauser Allee', 'Hauptstraße', 'Bergmannstraße', 'Am Kupfergraben', 'Lindenweg'])} {n}{r.choice(['', 'a', 'b'])}", r.choice(["10437 Berlin", "80331 München", "50667 Köln", "20095 Hamburg", "04109 Leipzig"])],
        "CH": lambda: [f"{r.choice(['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa', 'Spalenberg'])} {n}", r.choice(["8001 Zürich", "1204 Genève", "6900 Lugano", "4051 Basel"])],
        "IT": lambda: [f"{r.choice(['Via dei Coronari', 'Corso Buenos Aires', 'Via Toledo', 'Piazza Santo Spirito', 'Viale Monza'])} {n}{r.choice(['', '/B', ', int. 5'])}", r.choice(["00186 Roma RM", "20124 Milano MI", "80134 Napoli NA", "50125 Firenze FI"])],
        "MT": lambda: [f"{n}, {r.choice(['Triq il-Kbira', 'Triq San Pawl', 'Triq ir-Repubblika'])}", r.choice(["Mosta MST 1015", "Sliema SLM 1549", "Valletta VLT 1117"])],
        "CY": lambda: [f"{n} {r.choice(['Makariou III Avenue', 'Ledras Street', 'Griva Digeni'])}", r.choice(["1065 Nicosia", "3036 Limassol", "6023 Larnaca"])],
        "GR": lambda: [f"{r.choice(['Odos Ermou', 'Leoforos Kifisias', 'Odos Tsimiski'])} {n}", r.choice(["105 63 Athina", "546 22 Thessaloniki", "262 21 Patra"])],
        "PL": lambda: [f"ul. {r.choice(['Marszałkowska', 'Długa', 'Piotrkowska', 'Świętojańska'])} {n}/{r.randint(1, 80)}", r.choice(["00-624 Warszawa", "80-831 Gdańsk", "90-406 Łódź", "31-042 Kraków"])],
        "CZ": lambda: [f"{r.choice(['Vinohradská', 'Husova', 'Masarykova'])} {n}/{r.randint(1, 40)}", r.choice(["120 00 Praha 2", "602 00 Brno", "301 00 Plzeň"])],
        "SK": lambda: [f"{r.choice(['Obchodná', 'Hlavná', 'Štúrova'])} {n}", r.choice(["811 06 Bratislava", "040 01 Košice"])],
        "HU": lambda: [f"{r.choice(['Andrássy út', 'Király utca', 'Váci utca'])} {n}. {r.randint(1, 5)}/{r.randint(1, 12)}", r.choice(["1061 Budapest", "6720 Szeged", "4025 Debrecen"])],
        "RO": lambda: [f"Str. {r.choice(['Lipscani', 'Mihai Eminescu', 'Observatorului'])} nr. {n}, ap. {r.randint(1, 60)}", r.choice(["030031 București", "400015 Cluj-Napoca", "700259 Iași"])],
        "HR": lambda: [f"{r.choice(['Ilica', 'Vukovarska', 'Marmontova'])} {n}", r.choice(["10000 Zagreb", "21000 Split", "51000 Rijeka"])],
        "RS": lambda: [f"{r.choice(['Knez Mihailova', 'Bulevar oslobođenja', 'Njegoševa'])} {n}", r.choice(["11000 Beograd", "21000 Novi Sad"])],
        "TR": lambda: [f"{r.choice(['Bağdat Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı'])} No: {n} D: {r.randint(1, 20)}", r.choice(["34728 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"])],
        "MA": lambda: [f"{n}, {r.choice(['Rue Ibn Batouta', 'Boulevard Zerktouni', 'Avenue Mohammed V'])}", r.choice(["20250 Casablanca", "10000 Rabat", "40000 Marrakech"])],
        "DZ": lambda: [f"{n} {r.choice(['Rue Didouche Mourad', 'Boulevard Krim Belkacem', 'Cité 1200 Logements'])}", r.choice(["16000 Alger", "31000 Oran"])],
        "TN": lambda: [f"{n} {r.choice(['Avenue Habib Bourguiba', 'Rue de Marseille', 'Rue Ibn Khaldoun'])}", r.choice(["1000 Tunis", "4000 Sousse", "3000 Sfax"])],
        "SN": lambda: [f"Villa n° {n}, {r.choice(['Sicap Liberté 6', 'Mermoz Pyrotechnie', 'Point E, Rue 4'])}", r.choice(["Dakar 12500", "Dakar BP 5040"])],
        "NG": lambda: [f"{n} {r.choice(['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way'])}", r.choice(["Victoria Island, Lagos 101241", "Ikoyi, Lagos 106104", "Wuse II, Abuja 904101"])],
        "IN": lambda: [f"Flat {r.randint(1, 40)}0{r.randint(1, 9)}, {r.choice(['Sai Krupa Apartments', 'Prestige Shantiniketan', 'Lodha Bellissimo'])}", f"{r.choice(['Indiranagar', 'Andheri West', 'T. Nagar'])}, {r.choice(['Bengaluru 560038', 'Mumbai 400053', 'Chennai 600017'])}"],
        "LK": lambda: [f"No. {n}/{r.randint(1, 9)}, {r.choice(['Galle Road', 'Duplication Road', 'Kandy Road'])}", r.choice(["Colombo 00300", "Kandy 20000", "Dehiwala 10350"])],
        "HK": lambda: [f"Flat {r.choice('ABCDEFG')}, {r.randint(2, 40)}/F, {r.choice(['Block 3, Taikoo Shing', 'Hang Fung Building', 'Mei Foo Sun Chuen'])}", r.choice([f"{n} King's Road, North Point", f"{n} Nathan Road, Mong Kok, Kowloon"])],
        "SG": lambda: [f"Blk {n} {r.choice(['Tampines Street 21', 'Ang Mo Kio Avenue 3', 'Jurong West Street 42'])}", f"#{r.randint(2, 20):02d}-{r.randint(1, 300):02d}, Singapore {r.randint(300000, 689999)}"],
        "MY": lambda: [f"No. {n}, Jalan {r.choice(['SS 2/24', 'Ampang', 'Tun Razak', 'Bukit Bintang'])}", r.choice(["47300 Petaling Jaya, Selangor", "50450 Kuala Lumpur", "10200 George Town, Pulau Pinang"])],
        "AE": lambda: [f"Villa {n}, {r.choice(['Street 14, Al Barsha 2', 'Al Wasl Road, Umm Suqeim 1', 'Sector E-11, Khalifa City'])}", r.choice(["Dubai", "Abu Dhabi", "PO Box 52014, Dubai"])],
        "BR": lambda: [f"{r.choice(['Rua Oscar Freire', 'Avenida Paulista', 'Rua Voluntários da Pátria'])}, {n}, apto {r.randint(11, 190)}", r.choice(["Jardins, São Paulo - SP, 01426-001", "Botafogo, Rio de Janeiro - RJ, 22270-010", "Savassi, Belo Horizonte - MG, 30140-061"])],
        "MX": lambda: [f"{r.choice(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec'])} {n}, Int. {r.randint(1, 12)}", r.choice(["Col. Roma Norte, 06700 Ciudad de México, CDMX", "Col. Americana, 44160 Guadalajara, Jal."])],
        "US": lambda: [f"{r.randint(100, 9899)} {r.choice(['Sycamore Ridge Dr', 'W 38th St', 'Magnolia Ave', 'N Halsted St'])}{r.choice(['', ' Apt 4B', ' Unit 12', ' #305'])}", r.choice(["Austin, TX 78704", "Chicago, IL 60614", "Tacoma, WA 98403", "Savannah, GA 31401", "Newark, NJ 07102"])],
        "CA": lambda: [f"{r.randint(10, 4000)} {r.choice(['rue Saint-Denis', 'Bloor St W', 'Portage Ave', 'Robson Street'])}{r.choice(['', ', app. 7', ', Unit 1203'])}", r.choice(["Montréal QC H2X 3K8", "Toronto ON M6G 1K5", "Winnipeg MB R3C 0A5", "Vancouver BC V6E 1B5"])],
    }
    return A[cc]()
def addr1(r, cc=None, sep=", "):
    return sep.join(addr(r, cc))

# ---------------------------------------------------------------- clinical
DIAG = ["type 2 diabetes mellitus", "major depressive disorder", "generalised anxiety disorder", "bipolar affective disorder",
        "multiple sclerosis", "chronic obstructive pulmonary disease", "breast cancer", "non-Hodgkin lymphoma", "ischaemic stroke",
        "rheumatoid arthritis", "Crohn's disease", "epilepsy", "early-onset Alzheimer's disease", "atrial fibrillation",
        "chronic kidney disease stage 4", "schizophrenia", "post-traumatic stress disorder", "motor neurone disease",
        "ulcerative colitis", "heart failure with reduced ejection fraction", "hepatitis C", "HIV infection", "colorectal carcinoma",
        "alcohol use disorder", "gambling disorder", "long COVID", "fibromyalgia", "myocardial infarction"]
MEDS = ["metformin", "sertraline", "Ozempic", "apixaban", "lithium carbonate", "quetiapine", "levetiracetam", "tamoxifen",
        "methotrexate", "insulin glargine", "Humira", "donepezil", "fluoxetine", "bisoprolol", "tenofovir", "mirtazapine",
        "Eliquis", "naltrexone", "pregabalin", "Xarelto", "venlafaxine", "ramipril", "sodium valproate"]

# ---------------------------------------------------------------- templates
TEMPLATES = []
def tpl(fmt, count):
    def deco(f):
        TEMPLATES.append((f.__name__, fmt, count, f))
        return f
    return deco
PER = lambda v: L("PERSON", v)
BANKS = ["Harbourline Bank", "Northmere Building Society", "Cobalt Retail Bank", "Albion & Tay Bank plc", "Kestrel Pay (fintech partner)"]
MERCH = ["McDonald's", "Marks & Spencer", "Sainsbury's", "Ben & Jerry's", "Dr. Martens", "Tim Hortons", "Wendy's", "Papa John's", "Hermès", "Jack Wills", "Ted Baker", "Carl's Jr."]
BRANCH = ["Bristol Broadmead branch", "Leeds Briggate branch", "Glasgow Buchanan Street branch", "Canary Wharf hub", "Manchester St Ann's Square branch"]
def ref(r, p, n=10):
    return p + digits(r, n)
def bic(r):
    return r.choice(["NWBKGB2L", "BARCGB22", "DEUTDEFF", "BNPAFRPP", "CAIXESBB", "INGBNL2A", "UBSWCHZH80A", "UNCRITMM", "PKOPPLPW", "BCOMPTPL", "HSBCHKHH", "DBSSSGSG", "EBILAEAD", "ITAUBRSP"])
def amt(r):
    return f"{r.randint(5, 9800)}.{r.randint(0, 99):02d}"

# ---- FORMS / KYC -----------------------------------------------------------
@tpl("form", 3)
def kyc_uk_current_account(r, n):
    p = P(r, r.choice(["GB", "IE", "NG", "IN", "PL", "LK"]))
    d = Doc()
    d(f"{r.choice(BANKS).upper()} — PERSONAL CURRENT ACCOUNT APPLICATION\nApplication ref: APP-{digits(r, 8)}    Channel: {r.choice(['Branch', 'Mobile app', 'Telephony'])}\n\n")
    d("Section 1  About you\n")
    d("  Title: ", p.title, "\n  Forename(s): ", PER(p.first), "\n  Surname: ", PER(p.last), "\n")
    d("  Date of birth: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), "\n")
    d("  National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d("  Nationality: ", p.cc, "\n\nSection 2  Where you live\n  Current address:\n")
    a = addr(r, "GB")
    d("    ", L("ADDRESS", "\n    ".join(a)), "\n  Time at address: ", r.randint(1, 11), " yrs\n")
    d("  Mobile: ", L("PHONE", phone(r, "GB")), "\n  Email: ", L("EMAIL", p.email(r)), "\n\n")
    d("Section 3  Proof of identity (seen in branch)\n")
    if n % 2 == 0:
        d("  Document: Passport    Issuing country: ", {"GB": "United Kingdom", "IE": "Ireland", "NG": "Nigeria", "IN": "India", "PL": "Poland", "LK": "Sri Lanka"}[p.cc], "\n")
        d("  Passport no.: ", passport(r, p.cc), "    Expiry: ", fdate(r, (2031, r.randint(1, 12), r.randint(1, 28)), "uk"), "\n")
    else:
        y, m, dd = p.dob
        d("  Document: UK photocard driving licence\n  Licence number: ", L("DRIVER_LICENSE", uk_dl(r, p.last, p.first, y, m, dd, p.female)), "\n")
    d("\nSection 4  Switching\n  Old bank sort code / account: ", L("UK_BANK_ACCOUNT", sort_code(r) + " " + uk_acct(r)), "\n")
    d("  Branch sort code for new account: ", sort_code(r), " (", r.choice(BRANCH), ")\n")
    d("  Debit card to be issued: ", masked_card(r), "\nDeclaration signed: ", PER(p.full), "   Date: ", fdate(r, (2025, r.randint(1, 12), r.randint(1, 28)), "uk"), "\n")
    return d

EU_KYC = {
    "ES": ("Solicitud de apertura de cuenta", "Nombre", "Apellidos", "Fecha de nacimiento", "DNI/NIE", "Número de pasaporte", "Domicilio", "Teléfono", "Correo electrónico", "es"),
    "FR": ("Ouverture de compte — connaissance client", "Prénom", "Nom", "Date de naissance", "N° de sécurité sociale (NIR)", "N° de passeport", "Adresse", "Téléphone", "Courriel", "fr"),
    "DE": ("Kontoeröffnung — Legitimationsprüfung (GwG)", "Vorname", "Nachname", "Geburtsdatum", "Steuerliche Identifikationsnummer", "Reisepassnummer", "Anschrift", "Telefon", "E-Mail", "de"),
    "IT": ("Apertura conto — adeguata verifica", "Nome", "Cognome", "Data di nascita", "Codice fiscale", "Numero passaporto", "Indirizzo", "Telefono", "Email", "uk"),
    "PT": ("Abertura de conta — KYC", "Nome próprio", "Apelidos", "Data de nascimento", "NIF", "N.º do passaporte", "Morada", "Telemóvel", "E-mail", "pt"),
}
@tpl("form", 7)
def kyc_eu(r, n):
    cc = ["ES", "FR", "DE", "IT", "PT", "IT", "FR"][n]
    t = EU_KYC[cc]
    p = P(r, cc)
    d = Doc()
    d(t[0], " / Account opening — KYC\n", "=" * 52, "\n")
    d(f"{t[1]} / First name ........ ", PER(p.first), "\n")
    d(f"{t[2]} / Surname ........... ", PER(p.last), "\n")
    d(f"{t[3]} / Date of birth ..... ", L("DATE_OF_BIRTH", fdate(r, p.dob, t[9] if t[9] in ("es", "fr", "de", "pt") else "uk")), "\n")
    y, m, dd = p.dob
    idv = {"ES": lambda: L("ES_DNI", r.choice([dni(r), nie(r)])), "FR": lambda: L("FR_NIR", nir(r, "2" if p.female else "1", "%02d" % (y % 100), "%02d" % m)),
           "DE": lambda: L("DE_TAX_ID", steuer(r)), "IT": lambda: L("IT_FISCAL_CODE", codice_fiscale(r, p.first, p.last, y, m, dd, p.female)),
           "PT": lambda: "NIF " + str(r.randint(100000000, 299999999)) + " (not validated)"}[cc]()
    d(f"{t[4]} ..... ", idv, "\n")
    d(f"{t[5]} / Passport no. ..... ", passport(r, cc), "\n")
    d(f"{t[6]} / Address ........... ", L("ADDRESS", addr1(r, cc)), "\n")
    d(f"{t[7]} / Phone ............. ", L("PHONE", phone(r, cc)), "\n")
    d(f"{t[8]} / Email ............. ", L("EMAIL", p.email(r)), "\n")
    d("IBAN (compte de référence / Referenzkonto) ", L("IBAN", iban(r, cc)), "\n")
    d("BIC: ", bic(r), "   Mandate ref: MND-", digits(r, 9), "\n")
    d("PEP: no   Source of funds: ", r.choice(["salary", "sale of property", "inheritance", "pension"]), "\n")
    if n % 2:
        bad = {"ES": lambda: bad_dni(r), "FR": lambda: bad_nir(r), "DE": lambda: bad_steuer(r), "IT": lambda: bad_cf(r), "PT": lambda: "000000000"}[cc]()
        d("Note: first ID number typed by the customer (", bad, ") failed validation and was corrected.\n")
    return d

@tpl("form", 4)
def kyc_asia(r, n):
    cc = ["SG", "IN", "MY", "HK"][n % 4]
    p = P(r, cc)
    d = Doc()
    d("Kestrel Pay — e-KYC onboarding capture (partner: ", r.choice(BANKS), ")\n")
    name = p.last + " " + p.first if cc in ("SG", "HK") else p.full
    d("[x] Full name as in ID: ", PER(name.upper()), "\n")
    d("[x] DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "short")), "\n")
    if cc == "SG":
        d("[x] NRIC/FIN: ", L("SG_NRIC", nric(r, r.choice("ST"))), "\n")
    elif cc == "IN":
        d("[x] Aadhaar (offline XML verified): ", L("IN_AADHAAR", aadhaar(r)), "\n[x] PAN: ", letters(r, 5), digits(r, 4), letters(r, 1), " (not stored)\n")
    elif cc == "MY":
        d("[x] MyKad: ", f"{p.dob[0] % 100:02d}{p.dob[1]:02d}{p.dob[2]:02d}-14-{digits(r, 4)} (recorded, unvalidated)\n")
    else:
        d("[x] HKID: (withheld in this export)\n")
    d("[x] Passport: ", passport(r, cc), "  country ", cc, "\n")
    d("[x] Residential address: ", L("ADDRESS", addr1(r, cc)), "\n")
    d("[x] Mobile: ", L("PHONE", phone(r, cc)), "\n")
    d("[x] Liveness score: 0.", digits(r, 3), "   device: iOS 17.5.1   app build 4.22.1.880\n")
    if n == 1:
        d("[ ] Secondary ID: Aadhaar entered ", bad_aadhaar(r), " — Verhoeff check failed, ignored\n")
    if n == 0:
        d("[ ] Sibling account holder NRIC typed as ", bad_nric(r), " (rejected)\n")
    return d

@tpl("form", 3)
def us_mortgage_app(r, n):
    p = P(r, "US")
    co = P(r, r.choice(["MX", "US", "IN", "NG"]))
    st, code, lic = dl(r)
    d = Doc()
    d("UNIFORM RESIDENTIAL LOAN APPLICATION — summary page (Cobalt Home Lending)\n")
    d("Loan #: ", digits(r, 10), "   Agency case #: ", digits(r, 3), "-", digits(r, 7), "\n\n")
    d("BORROWER\n  Name: ", PER(p.full), "\n  SSN: ", L("US_SSN", ssn(r)), "\n  DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "us")), "\n")
    d("  Driver's license: ", lic, "  State: ", st, "\n")
    if n:
        d("  U.S. passport no.: ", passport(r, "US"), "\n")
    d("  Present address: ", L("ADDRESS", addr1(r, "US")), "\n  Cell: ", L("PHONE", phone(r, "US")), "   Email: ", L("EMAIL", p.email(r)), "\n")
    d("  Employer: ", r.choice(["Wells Fargo", "Johnson & Johnson", "Walgreens", "Dell Technologies", "Ford Motor Company"]), "   Base monthly income: $", r.randint(3, 19), ",", digits(r, 3), ".00\n\n")
    d("CO-BORROWER\n  Name: ", PER(co.full), "\n  SSN: ***-**-", digits(r, 4), " (masked)\n  DOB: ", L("DATE_OF_BIRTH", fdate(r, co.dob, "us")), "\n\n")
    d("MORTGAGE PROTECTION INSURANCE — health questionnaire (borrower)\n")
    d("  Q4 Have you been diagnosed with or treated for any condition in the last 5 years? YES\n")
    d("     Details: ", L("DIAGNOSIS", r.choice(DIAG)), ", on ", L("MEDICATION", r.choice(MEDS)), " since ", r.randint(2016, 2023), "\n")
    d("  Q5 Heart disease? NO    Q6 Cancer? NO\n")
    d("  Health plan: ", r.choice(["Aetna Choice POS II", "BlueCross PPO", "UnitedHealthcare Choice Plus"]), "  Member ID: ", L("HEALTH_PLAN_ID", letters(r, 3) + digits(r, 9)), "  Group #: ", digits(r, 6), "\n")
    return d

@tpl("form", 3)
def ca_br_loan(r, n):
    d = Doc()
    if n != 1:
        p = P(r, "CA")
        d("DEMANDE DE PRÊT PERSONNEL / PERSONAL LOAN APPLICATION — Caisse partner #", digits(r, 5), "\n")
        d("Nom / Name: ", PER(p.last.upper() + ", " + p.first), "\nDate de naissance / DOB (AAAA-MM-JJ): ", L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), "\n")
        d("NAS / SIN: ", L("CA_SIN", sin(r)), "\nAdresse: ", L("ADDRESS", addr1(r, "CA")), "\nTél.: ", L("PHONE", phone(r, "CA")), "\n")
        d("Montant demandé: 18 500,00 $   Transit/institution: ", digits(r, 5), "-", digits(r, 3), "\n")
        d("Conjoint SIN (ancien formulaire, invalide): ", bad_sin(r), "\n")
    else:
        p = P(r, "BR")
        d("PROPOSTA DE CRÉDITO CONSIGNADO — parceiro Kestrel Pay Brasil\n")
        d("Nome completo: ", PER(p.full), "\nCPF: ", L("BR_CPF", cpf(r)), "\nData de nascimento: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "pt")), "\n")
        d("Endereço: ", L("ADDRESS", addr1(r, "BR")), "\nCelular: ", L("PHONE", phone(r, "BR")), "\nE-mail: ", L("EMAIL", p.email(r, "uol.com.br")), "\n")
        d("Chave PIX (aleatória): ", "".join(r.choice("0123456789abcdef") for _ in range(8)), "-", "".join(r.choice("0123456789abcdef") for _ in range(4)), "\n")
        d("CPF do avalista (digitado errado): ", bad_cpf(r), "\n")
    return d

@tpl("form", 3)
def blank_forms(r, n):
    d = Doc()
    if n == 0:
        d("ACCOUNT OPENING FORM (BLANK — v7.2)\nTitle: ____  First Name: ______________  Last Name: ______________\nDate Of Birth: __/__/____\n")
        d("National Insurance Number: __ __ __ __ _\nPassport Number: _________   Driving Licence Number: ________________\nSort Code: __-__-__   Account Number: ________\n")
        d("Email Address: ____________________   Mobile Phone: ______________\nSignature: ____________ Date: ________\nFor office use: Branch Code 30-96-26 (sort code of branch only)\n")
    elif n == 1:
        d("Formulaire KYC — champs obligatoires\nNom | Prénom | Date de naissance | Lieu de naissance | N° de passeport | IBAN | Adresse postale\n")
        d("Veuillez joindre une copie de la pièce d'identité. Les IBAN commençant par FR76 sont acceptés.\nExemple d'IBAN invalide refusé : ", bad_iban(r, "FR"), "\n")
    else:
        d("Pflichtangaben Kreditantrag: Vorname, Nachname, Geburtsdatum, Steuer-ID, IBAN, Arbeitgeber\nBeispiel Steuer-ID im Handbuch: ", bad_steuer(r), " (ungültige Prüfziffer)\n")
        d("Formularversion 2.16.840.1.1138 — Stand 01.04.2025 — Gültig ab Ostermontag\n")
    return d

@tpl("form", 2)
def ppi_claim_form(r, n):
    p = P(r, r.choice(["GB", "GB", "IE", "MT"]))
    d = Doc()
    d("PAYMENT PROTECTION INSURANCE — INCAPACITY CLAIM (underwritten by Northmere Assurance)\n")
    d("Policy no: PPI/", digits(r, 7), "   Linked loan: LN", digits(r, 9), "\n")
    d("Claimant: ", PER(p.full), "   D.O.B. ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dot")), "\n")
    d("NHS number: ", L("UK_NHS_NUMBER", nhs(r)), "\nHome address: ", L("ADDRESS", addr1(r, "GB")), "\n")
    d("Daytime tel: ", L("PHONE", phone(r, "GB")), "\n\nNature of illness: ", L("DIAGNOSIS", r.choice(DIAG)), "\n")
    d("First absent from work: ", fdate(r, (2025, r.randint(1, 9), r.randint(1, 28)), "uk"), "\nCurrent treatment: ", L("MEDICATION", r.choice(MEDS)), " and ", L("MEDICATION", r.choice(MEDS[:10])), "\n")
    g = P(r, "GB")
    d("GP: Dr ", PER(g.full), ", ", r.choice(["Riverside Medical Practice", "The Elms Surgery"]), "\n")
    d("Benefit to be paid to sort code ", sort_code(r), " account ", L("UK_BANK_ACCOUNT", uk_acct(r)), "\n")
    return d

# ---- CLINICAL ----------------------------------------------------------------
@tpl("clinical_note", 4)
def gp_report_ppi(r, n):
    p = P(r, r.choice(["GB", "GB", "IE", "IN", "PL", "RO"]))
    dx, dx2 = r.sample(DIAG, 2)
    d = Doc()
    d("GP MEDICAL REPORT — requested by Northmere Assurance for payment-protection claim CLM-", digits(r, 8), "\n")
    d("Patient: ", PER(p.full), "   DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), "   NHS No: ", L("UK_NHS_NUMBER", nhs(r, n != 1)), "\n")
    d("Practice MRN: ", L("MEDICAL_RECORD_NUMBER", "EMIS-" + digits(r, 7)), "\n\n")
    d("S: Patient reports low mood and poor sleep since redundancy. Describes work as 'a total nightmare'.\n")
    d("O: BP 132/84, HR 78. PHQ-9 = ", r.randint(10, 24), ". GAD-7 = ", r.randint(5, 20), ".\n")
    d("A: ", L("DIAGNOSIS", dx), ". No history of ", dx2, ". Suicidal ideation denied.\n")
    d("P: Continue ", L("MEDICATION", r.choice(MEDS)), " 50 mg OD; start ", L("MEDICATION", r.choice(MEDS)), ". Fit note issued for 4 weeks.\n")
    d("Signed: Dr ", PER(P(r, "GB").full), ", GMC ", digits(r, 7), "\n")
    return d

@tpl("discharge_summary", 4)
def ci_discharge(r, n):
    p = P(r, r.choice(["GB", "ES", "IT", "NL", "MT", "CY"]))
    dx = r.choice(DIAG)
    d = Doc()
    d("DISCHARGE SUMMARY (copy supplied with critical-illness claim)\n", r.choice(["St Aldhelm's University Hospital", "Hospital Universitario del Sureste", "Ospedale San Raffaele Nord"]), "\n")
    d("Name: ", PER(p.last.upper() + ", " + p.first), "     Hospital no.: ", L("MEDICAL_RECORD_NUMBER", letters(r, 1) + digits(r, 6)), "\n")
    d("Born: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "long")), "     Admitted: ", fdate(r, (2025, 6, r.randint(1, 28)), "long"), "\n")
    d("Address: ", L("ADDRESS", addr1(r, p.cc)), "\n\n")
    d("Principal diagnosis: ", L("DIAGNOSIS", dx), "\nSecondary: ", L("DIAGNOSIS", r.choice(DIAG)), "\n")
    d("Pulmonary embolism — ruled out on CTPA. Family history of breast cancer (mother).\n")
    d("Discharge medications:\n  - ", L("MEDICATION", r.choice(MEDS)), " 5 mg twice daily\n  - ", L("MEDICATION", r.choice(MEDS)), " 10 mg at night\n")
    d("Follow-up: outpatient clinic 6 weeks. Next of kin: ", PER(P(r, p.cc).full), " (", L("PHONE", phone(r, p.cc)), ")\n")
    return d

@tpl("lab_report", 3)
def underwriting_labs(r, n):
    p = P(r)
    d = Doc()
    d("LIFE & PROTECTION UNDERWRITING — PARAMEDICAL LAB PANEL\n")
    d(f"{'Applicant':<14}", PER(p.full), "\n")
    d(f"{'DOB':<14}", L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), "\n")
    d(f"{'Lab MRN':<14}", L("MEDICAL_RECORD_NUMBER", "LM" + digits(r, 8)), "\n")
    d(f"{'Accession':<14}", "ACC-", digits(r, 9), "\n", "-" * 60, "\n")
    for test, unit, lo, hi in [("HbA1c", "mmol/mol", 20, 80), ("Cotinine", "ng/mL", 0, 300), ("GGT", "U/L", 8, 160), ("eGFR", "mL/min", 25, 110), ("Total chol", "mmol/L", 3, 8)]:
        d(f"{test:<14}{r.randint(lo, hi):>6} {unit:<10} ref range on file\n")
    if n == 0:
        d("Comment: HbA1c consistent with ", L("DIAGNOSIS", "type 2 diabetes mellitus"), "; applicant declares ", L("MEDICATION", "metformin"), ".\n")
    elif n == 1:
        d("Comment: results within reference ranges. No evidence of diabetes.\n")
    else:
        d("Comment: HIV antibody negative. Hepatitis B surface antigen not detected.\n")
    return d

@tpl("hl7", 4)
def hl7_occ_health(r, n):
    p = P(r, ["US", "GB", "CA", "US"][n])
    d = Doc()
    sep = "\r" if n == 1 else "\n"
    ts = f"2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    d(f"MSH|^~\\&|OCCHEALTH|HARBOURLINE|CLAIMS|NORTHMERE|{ts}||ADT^A04|{digits(r, 10)}|P|2.5.1", sep)
    mi = r.choice("ABCDEFJKM")
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", digits(r, 8)), "^^^OCC^MR||", PER(f"{p.last.upper()}^{p.first.upper()}^{mi}"), "||",
      L("DATE_OF_BIRTH", fdate(r, p.dob, "hl7")), "|", "F" if p.female else "M", "|||")
    if p.cc == "US":
        a = [f"{r.randint(100, 9999)} {r.choice(['Oak Hollow Ln', 'E Jefferson Ave'])}", *r.choice([("Denver", "CO", "802" + digits(r, 2)), ("Tulsa", "OK", "741" + digits(r, 2))])]
    elif p.cc == "GB":
        a = [f"{r.randint(1, 99)} {r.choice(['Mill Lane', 'Abbey Road'])}", "Derby", "DBY", "DE1 2AB"]
    else:
        a = [f"{r.randint(1, 999)} {r.choice(['Rue Peel', 'Bank St'])}", r.choice(["Montreal", "Ottawa"]), r.choice(["QC", "ON"]), r.choice(["H3A 1T8", "K1P 5N2"])]
    d(L("ADDRESS", "^^".join(a[:1] + ["^".join(a[1:])])), "^", "USA" if p.cc == "US" else p.cc, "||", L("PHONE", phone(r, p.cc)), sep)
    d("PV1|1|O|OCCH^^^CLINIC||||", digits(r, 6), "^", P(r, "US").last.upper(), "^PAT", sep)
    d("DG1|1||F32.1^", L("DIAGNOSIS", "Major depressive disorder, single episode, moderate"), "^I10||", ts, "|F", sep)
    if p.cc == "US":
        d("IN1|1|", r.choice(["AET01", "BCBS7"]), "|", digits(r, 5), "|", r.choice(["AETNA", "BLUE CROSS"]), "|||GRP", digits(r, 5), "|||||||||", PER(f"{p.last.upper()}^{p.first.upper()}"), "|SEL|",
          L("DATE_OF_BIRTH", fdate(r, p.dob, "hl7")), "||||||||||||||||||", L("HEALTH_PLAN_ID", letters(r, 1) + digits(r, 10)), sep)
    d("OBX|1|NM|8302-2^Body height^LN||", r.randint(150, 195), "|cm|||||F", sep)
    return d

@tpl("fhir_json", 4)
def fhir_claim_bundle(r, n):
    p = P(r, r.choice(["US", "US", "GB"]))
    dx, ref_dx = r.sample(DIAG, 2)
    med = r.choice(MEDS)
    pid = "pat-" + digits(r, 5)
    ents = [{"resource": {"resourceType": "Patient", "id": pid,
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", digits(r, 9))}],
                "name": [{"family": PER(p.last), "given": [PER(p.first)]}],
                "birthDate": L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")),
                "telecom": [{"system": "phone", "value": L("PHONE", phone(r, p.cc))}, {"system": "email", "value": L("EMAIL", p.email(r))}],
                "address": [{"line": [L("ADDRESS", addr(r, p.cc)[0])], "city": "—", "country": p.cc}]}},
            {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/" + pid}}},
            {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, "code": {"text": ref_dx}, "subject": {"reference": "Patient/" + pid}}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", med)}, "subject": {"reference": "Patient/" + pid}}}]
    if n == 2:
        ents.append({"resource": {"resourceType": "Coverage", "type": {"text": "Medicare Part B"}, "subscriberId": L("US_MBI", mbi(r, False)), "beneficiary": {"reference": "Patient/" + pid}}})
    else:
        ents.append({"resource": {"resourceType": "Coverage", "type": {"text": "PPO health plan"}, "subscriberId": L("HEALTH_PLAN_ID", "XQ" + digits(r, 9)),
                                  "class": [{"type": {"text": "group"}, "value": "G-" + digits(r, 6)}], "beneficiary": {"reference": "Patient/" + pid}}})
    d = Doc()
    jdump(d, {"resourceType": "Bundle", "type": "collection", "meta": {"source": "bancassurance-claims-intake v3.8.0.12"}, "entry": ents})
    return d

@tpl("clinical_note", 2)
def underwriting_manual(r, n):
    d = Doc()
    if n == 0:
        d("UNDERWRITING GUIDE — mental health (internal, no customer data)\n")
        d("Applicants declaring major depressive disorder controlled for >2 years on a single agent such as sertraline may be accepted at standard rates.\n")
        d("Bipolar affective disorder: refer to CMO. Research (Hall et al., 2019) suggests relapse rates of 40% within 24 months.\n")
        d("Note: 'a depression in house prices' in economic commentary is not a medical term. Parkinson's law applies to claims backlogs.\n")
    else:
        d("Vulnerability taxonomy v4.2 (FCA FG21/1 alignment)\nHealth: physical disability, severe or long-term illness, hearing or visual impairment, mental health condition, addiction.\n")
        d("Examples seen in call notes: cancer treatment, dementia, stroke recovery. Do not record diagnoses unless the customer consents.\n")
        d("Life events: bereavement, relationship breakdown, retirement, caring responsibilities.\n")
    return d

# ---- STRUCTURED --------------------------------------------------------------
@tpl("csv", 3)
def core_banking_customers(r, n):
    d = Doc()
    hdr = ["cust_id", "forename", "surname", "date_of_birth", "sort_code", "account_no", "address_line1", "postcode", "email", "mobile", "segment"]
    row(d, hdr)
    for i in range(r.randint(3, 5)):
        p = P(r, r.choice(["GB", "GB", "IE", "NG", "IN", "PL", "RO", "LK", "HK"]))
        a = addr(r, "GB")
        row(d, ["C" + digits(r, 9), PER(p.first), PER(p.last), L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), sort_code(r), L("UK_BANK_ACCOUNT", uk_acct(r)),
                L("ADDRESS", a[0]), a[1].split(" ", 1)[1], L("EMAIL", p.email(r)), L("PHONE", phone(r, "GB")), r.choice(["MASS", "PREMIER", "VULN-FLAG", "STUDENT"])])
    return d

@tpl("tsv", 3)
def statement_tsv(r, n):
    d = Doc()
    row(d, ["posting_date", "value_date", "description", "reference", "amount", "balance", "counterparty_iban"], "\t")
    bal = r.randint(200, 9000)
    for i in range(r.randint(5, 7)):
        a = r.randint(-400, 300)
        bal += a
        kind = r.random()
        if n != 2 and kind < 0.3:
            q = P(r, r.choice(["DE", "NL", "FR", "ES", "BE"]))
            desc = M("SEPA CT FROM ", PER(q.full.upper()))
            cp = L("IBAN", iban(r, q.cc, False))
        else:
            desc = r.choice(MERCH).upper() + " " + r.choice(["LONDON", "LEEDS", "DUBLIN", "CARD 4821"])
            cp = ""
        row(d, [f"2025-0{r.randint(1, 9)}-{r.randint(10, 28)}", f"2025-0{r.randint(1, 9)}-{r.randint(10, 28)}", desc, "TRX" + digits(r, 12), f"{a:.2f}", f"{bal:.2f}", cp], "\t")
    if n == 2:
        row(d, ["2025-09-30", "2025-09-30", "INTEREST PAID GROSS", "INT000000", "0.42", f"{bal:.2f}", ""], "\t")
    return d

@tpl("json", 3)
def open_banking_party(r, n):
    p = P(r, r.choice(["GB", "IE", "FR", "DE", "ES", "IT"]))
    d = Doc()
    acc = [{"AccountId": "acc-" + digits(r, 6), "Currency": "GBP" if p.cc == "GB" else "EUR", "AccountType": "Personal", "AccountSubType": "CurrentAccount",
            "Account": [{"SchemeName": "UK.OBIE.SortCodeAccountNumber" if p.cc == "GB" else "UK.OBIE.IBAN",
                         "Identification": L("UK_BANK_ACCOUNT", digits(r, 6) + uk_acct(r)) if p.cc == "GB" else L("IBAN", iban(r, p.cc, False)),
                         "Name": PER(p.full)}]}]
    body = {"Data": {"Party": {"PartyId": "PTY" + digits(r, 7), "PartyType": "Sole", "Name": PER(p.full), "FullLegalName": PER(p.full.upper()),
                               "EmailAddress": L("EMAIL", p.email(r)), "Mobile": L("PHONE", phone(r, p.cc)),
                               "Address": [{"AddressType": "Residential", "AddressLine": [L("ADDRESS", addr(r, p.cc)[0])], "Country": p.cc}]},
                     "Account": acc},
            "Links": {"Self": "https://api.harbourline.example/open-banking/v3.1/aisp/party"}, "Meta": {"TotalPages": 1, "x-fapi-interaction-id": "93bac548-d2de-4546-b106-880a5018460d"}}
    if n == 2:
        body["Data"]["Consent"] = {"ConsentId": "urn-harbourline-intent-" + digits(r, 8), "Status": "Authorised", "Permissions": ["ReadAccountsDetail", "ReadBalances"]}
    jdump(d, body)
    return d

@tpl("ndjson", 3)
def fraud_features(r, n):
    d = Doc()
    for i in range(r.randint(3, 5)):
        p = P(r)
        rec = {"event_id": "evt_" + digits(r, 12), "ts": 1735689600 + r.randint(0, 9999999), "model": "fraudnet-v7.3.12.4",
               "f_amount_zscore": round(r.uniform(-2, 6), 3), "f_merchant": r.choice(MERCH), "f_pan_masked": masked_card(r),
               "f_ip": L("IP_ADDRESS", ipv4(r)), "f_email": L("EMAIL", p.email(r)) if i % 2 == 0 else "sha256:" + "".join(r.choice("0123456789abcdef") for _ in range(16)),
               "f_device": "ios-" + digits(r, 4), "score": round(r.random(), 4), "label": r.choice(["legit", "ato", "app_fraud"])}
        if n == 1 and i == 0:
            rec["raw_pan_debug"] = L("CREDIT_CARD", card(r, sep=""))
        jdump(d, rec, compact=True)
        d("\n")
    return d

@tpl("yaml", 3)
def kyc_case_yaml(r, n):
    d = Doc()
    if n == 2:
        d("# payments-router config (no customer data)\nservice: sepa-inst-router\nversion: 4.18.2.0\nlisten: 0.0.0.0:8443\nupstream:\n  - host: 127.0.0.1\n    port: 9091\nbic_allowlist: [DEUTDEFF, BNPAFRPP, INGBNL2A]\n")
        d("cutoff_utc: \"16:30\"\nholidays: [\"Good Friday\", \"Easter Monday\", \"Whit Monday\", \"St. Stephen's Day\"]\nretry_backoff_ms: 250\n")
        return d
    p = P(r, r.choice(["MA", "DZ", "TN", "SN", "TR", "RS", "HR", "GR"]))
    d("case_id: KYC-", digits(r, 7), "\nstatus: pending_edd\ncustomer:\n  name: ", PER(p.full), "\n  birth_date: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), "\n")
    d("  nationality: ", p.cc, "\n  passport:\n    number: ", passport(r, p.cc), "\n    issuing_country: ", p.cc, "\n    expiry: 2030-0", r.randint(1, 9), "-1", r.randint(0, 9), "\n")
    a = addr(r, p.cc)
    d("  address: |\n    ", L("ADDRESS", "\n    ".join(a)), "\n  phone: \"", L("PHONE", phone(r, p.cc)), "\"\n  email: ", L("EMAIL", p.email(r)), "\n")
    d("  iban: ", L("IBAN", iban(r, r.choice(["TR", "HR", "RS", "GR", "TN"]), False)), "\nrisk:\n  score: ", r.randint(40, 95), "\n  reasons: [high_risk_corridor, cash_intensive]\nanalyst: ", PER(P(r, "GB").full), "\n")
    return d

@tpl("csv", 2)
def aml_screening_hits(r, n):
    d = Doc()
    row(d, ["alert_id", "full_name", "dob", "nationality", "passport_no", "list", "match_score", "disposition"])
    for i in range(4):
        cc = r.choice(["RS", "TR", "AE", "NG", "MX", "CY", "HK", "MY"])
        p = P(r, cc)
        row(d, ["AML-" + digits(r, 6), PER(p.full), L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), cc, passport(r, cc), r.choice(["OFAC-SDN", "UK-HMT", "EU-CFSP", "PEP-tier2"]),
                f"0.{r.randint(60, 99)}", r.choice(["false_positive", "escalated", "open"])])
    return d

@tpl("json", 2)
def chargeback_api(r, n):
    p = P(r, r.choice(["US", "GB", "ES", "MX"]))
    d = Doc()
    body = {"dispute": {"id": "dp_" + digits(r, 10), "reason_code": r.choice(["10.4", "13.1", "4837", "4853"]), "amount": {"value": amt(r), "currency": "EUR"},
                        "merchant": {"name": r.choice(MERCH), "mcc": "5812", "descriptor": "SQ *" + r.choice(MERCH).upper()},
                        "cardholder": {"name": PER(p.full), "email": L("EMAIL", p.email(r)), "billing_address": L("ADDRESS", addr1(r, p.cc))},
                        "card": {"pan": L("CREDIT_CARD", card(r, sep="")) if n == 0 else masked_card(r), "bin": digits(r, 6), "last4": digits(r, 4), "exp": "08/28"},
                        "arn": digits(r, 23), "evidence_due": "2025-11-03T23:59:59Z", "notes": M("Cardholder says they never visited the store; called from ", L("PHONE", phone(r, p.cc)), ".")}}
    jdump(d, body, indent=4)
    return d

@tpl("csv", 2)
def negative_reference_tables(r, n):
    d = Doc()
    if n == 0:
        row(d, ["branch_code", "branch_name", "sort_code", "bic", "opening_hours", "atm_count"])
        for b in BRANCH:
            row(d, ["BR" + digits(r, 4), b, sort_code(r), bic(r), "Mon-Fri 09:00-17:00", r.randint(1, 6)])
    else:
        row(d, ["sku", "product", "version", "build", "price_gbp", "release_date"])
        for i in range(5):
            row(d, ["SKU-" + digits(r, 6), r.choice(["Card reader", "Chip & PIN pad", "Cheque scanner", "Note counter"]), f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(0, 999)}",
                    "b" + digits(r, 8), f"{r.randint(20, 900)}.{r.randint(0, 99):02d}", f"2025-0{r.randint(1, 9)}-{r.randint(10, 28)}"])
    return d

@tpl("ndjson", 2)
def sepa_events(r, n):
    d = Doc()
    for i in range(3):
        a, b = P(r, r.choice(["DE", "FR", "NL", "BE", "IT", "ES", "PT", "CH", "PL", "CZ", "SK", "HU", "RO", "MT", "CY"])), P(r)
        rec = {"msg": "pacs.008", "e2e_id": "E2E" + digits(r, 14), "uetr": "8a562c67-ca16-48ba-b074-65581be6f001", "amount": amt(r), "ccy": "EUR",
               "debtor": {"name": PER(a.full), "iban": L("IBAN", iban(r, a.cc, False)), "bic": bic(r)},
               "creditor": {"name": PER(b.full), "iban": L("IBAN", iban(r, r.choice(["DE", "FR", "NL", "IE", "ES"]), False))},
               "remittance": "INV " + digits(r, 7), "status": r.choice(["ACSC", "RJCT", "PDNG"])}
        if n == 1 and i == 2:
            rec["creditor"]["iban"] = bad_iban(r, "DE", False)
            rec["status"] = "RJCT"; rec["reason"] = "AC01 IncorrectAccountNumber"
        jdump(d, rec, compact=True)
        d("\n")
    return d

@tpl("json", 2)
def dev_docs_test_cards(r, n):
    d = Doc()
    body = {"title": "Sandbox card numbers", "note": "Use these in the sandbox only; they never reach a scheme.",
            "cards": [{"brand": "visa", "number": "4111 1111 1111 1111", "cvc": "123"}, {"brand": "mastercard", "number": "5555 5555 5555 4444"},
                      {"brand": "amex", "number": "3782 822463 10005"}, {"brand": "declined", "number": "4000 0000 0000 0002"}],
            "test_iban_invalid": bad_iban(r, "GB", False), "test_sort_code": "20-00-00", "webhook_ip_allowlist": ["127.0.0.1"], "sdk_version": "10.2.0.15"}
    if n == 1:
        body["oids"] = ["1.2.840.113549.1.1.11", "2.5.4.3"]
        body["example_masked"] = "**** **** **** 4242"
    jdump(d, body)
    return d

@tpl("csv", 2)
def dd_mandates(r, n):
    d = Doc()
    row(d, ["mandate_ref", "debtor_name", "debtor_iban", "creditor_id", "signed_on", "sequence"])
    for i in range(3):
        p = P(r, r.choice(["FR", "ES", "IT", "DE", "BE", "NL", "IE"]))
        row(d, ["RUM-" + digits(r, 10), PER(p.full), L("IBAN", iban(r, p.cc)), r.choice(["FR12ZZZ123456", "DE98ZZZ09999999999", "IE45ZZZ364011"]), f"2024-{r.randint(1, 12):02d}-{r.randint(10, 28)}", r.choice(["FRST", "RCUR"])])
    return d

@tpl("json", 2)
def idv_webhook(r, n):
    d = Doc()
    p = P(r, ["ES", "BR"][n])
    doc = {"ES": lambda: {"type": "national_id", "country": "ES", "number": L("ES_DNI", dni(r))}, "BR": lambda: {"type": "cpf", "country": "BR", "number": L("BR_CPF", cpf(r))}}[p.cc]()
    body = {"event": "identity.verification.completed", "id": "ivr_" + digits(r, 12), "result": "approved",
            "subject": {"given_name": PER(p.first), "family_name": PER(p.last), "date_of_birth": L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), "document": doc},
            "checks": {"face_match": 0.97, "doc_authenticity": "pass"}, "client_ip": L("IP_ADDRESS", ipv4(r, "pub"))}
    jdump(d, body)
    return d

@tpl("tsv", 1)
def payroll_tsv_de(r, n):
    d = Doc()
    row(d, ["Personalnr", "Vorname", "Nachname", "Geburtsdatum", "Steuer-ID", "IBAN", "Brutto"], "\t")
    for i in range(3):
        p = P(r, r.choice(["DE", "DE", "TR", "PL", "HR"]))
        row(d, [digits(r, 5), PER(p.first), PER(p.last), L("DATE_OF_BIRTH", fdate(r, p.dob, "dot")), L("DE_TAX_ID", steuer(r, False)), L("IBAN", iban(r, "DE", True)), f"{r.randint(2500, 7800)},00"], "\t")
    return d

# ---- LOGS ----------------------------------------------------------------------
def ts(r):
    return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{digits(r, 3)}Z"

@tpl("log", 4)
def auth_kv_log(r, n):
    d = Doc()
    for i in range(r.randint(4, 6)):
        p = P(r)
        ev = r.choice(["login_success", "login_failed", "mfa_challenge", "password_reset", "device_bound"])
        d(ts(r), " level=", "WARN" if "fail" in ev else "INFO", " svc=ib-auth ver=3.14.159.26 event=", ev)
        if i % 2 == 0:
            d(" user=", L("EMAIL", p.email(r)))
        else:
            d(" cust=C", digits(r, 9))
        d(" src_ip=", L("IP_ADDRESS", ipv4(r) if r.random() < 0.8 else ipv6(r)))
        if n % 2 == 0 and i == 1:
            d(" fwd_for=", L("IP_ADDRESS", ipv4(r, "pub")), ",127.0.0.1")
        d(" ua=\"BankApp/8.2.1 (Android 14)\" trace=", "".join(r.choice("0123456789abcdef") for _ in range(16)), "\n")
    return d

@tpl("log", 3)
def payments_hub_log(r, n):
    d = Doc()
    for i in range(4):
        a = P(r, r.choice(["GB", "IE", "FR", "DE", "ES", "PT", "IT", "NL"]))
        scheme = r.choice(["FPS", "SEPA-INST", "SWIFT-MT103", "CHAPS"])
        d(ts(r), " [payments-hub] scheme=", scheme, " txn=", "FP" + digits(r, 16), " amt=", amt(r), " ")
        if scheme in ("FPS", "CHAPS"):
            d("dbtr_sc=", sort_code(r).replace("-", ""), " dbtr_acct=", L("UK_BANK_ACCOUNT", uk_acct(r)) if i != 3 else "****" + digits(r, 4))
        else:
            d("dbtr_iban=", L("IBAN", iban(r, a.cc, False)), " bic=", bic(r))
        d(" dbtr_nm=\"", PER(a.full), "\" ref=\"", r.choice(["RENT OCT", "INV-" + digits(r, 6), "SAVINGS", "SCHOOL FEES"]), "\" status=", r.choice(["ACCP", "ACSC", "RJCT"]), "\n")
    if n == 2:
        d(ts(r), " [payments-hub] WARN CoP no-match for payee \"", PER(P(r, "GB").full), "\" on ", L("UK_BANK_ACCOUNT", sort_code(r) + " " + uk_acct(r)), "\n")
    return d

@tpl("log", 3)
def batch_job_negative(r, n):
    d = Doc()
    d(ts(r), " INFO  eod-batch v", r.randint(2, 9), ".", r.randint(0, 30), ".", r.randint(0, 200), ".", r.randint(0, 999), " starting on host core-bat-0", r.randint(1, 9), "\n")
    d(ts(r), " INFO  loaded 1,284,113 ledger rows; checksum crc32=", "".join(r.choice("0123456789abcdef") for _ in range(8)), "\n")
    d(ts(r), " INFO  interest accrual run id=", digits(r, 12), " elapsed=", r.randint(100, 9999), "ms\n")
    d(ts(r), " WARN  cheque serials 000", digits(r, 3), "-000", digits(r, 3), " out of sequence for batch BT", digits(r, 7), "\n")
    d(ts(r), " INFO  SNMP trap OID 1.3.6.1.4.1.", digits(r, 5), ".2.1 forwarded\n")
    d(ts(r), " INFO  bound 0.0.0.0:8080, health at http://127.0.0.1:8080/health\n")
    d(ts(r), " INFO  tracking 1Z", letters(r, 3), digits(r, 13), " for card-carrier dispatch; order ORD-", digits(r, 9), "\n")
    d(ts(r), " INFO  finished epoch=", 1730000000 + r.randint(0, 9999999), " exit=0\n")
    return d

@tpl("log", 2)
def card_auth_log(r, n):
    d = Doc()
    for i in range(4):
        d(ts(r), " auth stan=", digits(r, 6), " rrn=", digits(r, 12), " pan=", masked_card(r), " mcc=", r.choice(["5411", "5812", "4829", "6011"]), " amt=", amt(r), " rc=", r.choice(["00", "05", "51", "54"]), "\n")
    d(ts(r), " ERROR iso8583 parse failure field 2 raw=\"", L("CREDIT_CARD", card(r, sep="")), "\" (PAN leaked in debug, ticket SEC-", digits(r, 4), ")\n")
    d(ts(r), " WARN  rejected candidate PAN ", bad_card(r, ""), " (Luhn fail)\n")
    return d

@tpl("log", 2)
def firewall_syslog(r, n):
    d = Doc()
    for i in range(5):
        d(f"Nov {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} fw-edge-0{r.randint(1, 4)} kernel: ", r.choice(["DROP", "ACCEPT"]), " IN=eth0 SRC=",
          L("IP_ADDRESS", ipv4(r) if i != 3 else ipv6(r)), " DST=", L("IP_ADDRESS", ipv4(r, r.choice(["p10", "p172"]))), " PROTO=TCP SPT=", r.randint(1024, 65535), " DPT=", r.choice([443, 22, 8443]), "\n")
    d("fw-edge-01 sshd[", digits(r, 5), "]: firmware 10.4.22.181 loaded\n")
    return d

@tpl("log", 2)
def ivr_log(r, n):
    d = Doc()
    for i in range(4):
        cc = r.choice(["GB", "IE", "IN", "AE", "NG", "SG"])
        d(ts(r), " ivr call_id=", digits(r, 10), " ani=", L("PHONE", phone(r, cc)), " dnis=0345 ", digits(r, 3), " ", digits(r, 4), " menu=", r.choice(["lost_card", "balance", "collections", "bereavement"]), " cust_ref=C", digits(r, 9), "\n")
    d(ts(r), " ivr agent_transfer agent=", PER(P(r, "GB").first), " queue=VULN-SUPPORT\n")
    return d

@tpl("log", 2)
def staff_access_audit(r, n):
    d = Doc()
    for i in range(4):
        s = P(r, r.choice(["GB", "IN", "PL", "PT"]))
        c = P(r)
        d(ts(r), " AUDIT action=VIEW_CUSTOMER staff=\"", PER(s.full), "\" staff_id=E", digits(r, 6), " customer=\"", PER(c.full), "\" ws_ip=", L("IP_ADDRESS", ipv4(r, "p10")), " screen=", r.choice(["KYC_DOCS", "CARD_DETAILS", "NOTES"]), "\n")
    return d

@tpl("log", 2)
def swift_mt103(r, n):
    a, b = P(r, r.choice(["AE", "HK", "SG", "CH", "TR"])), P(r, r.choice(["GB", "DE", "IN", "MA", "SN"]))
    d = Doc()
    d("{1:F01", bic(r), "AXXX", digits(r, 10), "}{2:I103", bic(r), "XXXXN}{4:\n:20:", ref(r, "REF", 12), "\n:23B:CRED\n:32A:25", f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}", "USD", r.randint(1000, 90000), ",00\n")
    d(":50K:/", L("IBAN", iban(r, r.choice(["AE", "CH", "TR"]), False)), "\n", PER(a.full.upper()), "\n", L("ADDRESS", "\n".join(addr(r, a.cc))), "\n")
    d(":59:/", L("IBAN", iban(r, r.choice(["GB", "DE"]), False)) if n == 0 else "ACC" + digits(r, 10), "\n", PER(b.full.upper()), "\n")
    d(":70:/RFB/INV ", digits(r, 7), "\n:71A:SHA\n-}\n")
    return d

# ---- EMAIL / CHAT / TICKET ------------------------------------------------------
@tpl("email", 3)
def complaint_email(r, n):
    p = P(r, r.choice(["GB", "IE", "MT", "CY", "GR", "HU"]))
    d = Doc()
    d("From: ", PER(p.full), " <", L("EMAIL", p.email(r)), ">\nTo: complaints@harbourline-bank.example\n")
    d("Subject: Formal complaint — account closure after my partner's death\nDate: ", r.choice(["Mon", "Tue", "Thu"]), ", ", r.randint(1, 28), " Oct 2025 09:", r.randint(10, 59), " +0100\n\n")
    d("Dear Sir or Madam,\n\nI am writing about the joint account ", L("UK_BANK_ACCOUNT", sort_code(r) + " " + uk_acct(r)), " which I held with my late partner, ", PER(P(r, p.cc).first + " " + p.last), ".\n")
    d("They passed away on ", fdate(r, (2025, r.randint(1, 8), r.randint(1, 28)), "long"), " after a long battle with ", L("DIAGNOSIS", r.choice(["pancreatic cancer", "motor neurone disease", "heart failure"])), ".\n")
    d("Since then I have been on ", L("MEDICATION", r.choice(["sertraline", "mirtazapine", "zopiclone"])), " and find phone calls very difficult, so please write to me at\n")
    d(L("ADDRESS", "\n".join(addr(r, "GB"))), "\nor call my daughter on ", L("PHONE", phone(r, "GB")), ".\n\n")
    d("Your branch in ", r.choice(["Marks Road", "Queen Street", "Victoria Square"]), " told me the case reference was CMP-", digits(r, 7), ". Nothing has happened for eight weeks.\n\nYours faithfully,\n", PER(p.full), "\n")
    return d

@tpl("email", 2)
def cardholder_dispute_email(r, n):
    p = P(r, r.choice(["US", "CA", "MX", "ES"]))
    d = Doc()
    d("From: ", L("EMAIL", p.email(r)), "\nTo: ", L("EMAIL", "disputes@cobaltbank.example"), "\nSubject: Fwd: charges I didn't make\n\n")
    d("Hi,\nI see three charges at ", r.choice(MERCH), " in ", r.choice(["Cancún", "Orlando", "Lisbon"]), " that I never made. My card is ", L("CREDIT_CARD", card(r)), " exp 09/27.\n")
    d("I still have the card in my wallet. Please block it. My old card ending in ", digits(r, 4), " was already cancelled.\n\n")
    d("> On Fri, Cobalt Alerts <alerts-noreply@cobaltbank.example> wrote:\n> A transaction of $", amt(r), " was declined on your card ", masked_card(r), ".\n> Ref ", ref(r, "AUTH", 10), "\n\n")
    d("thanks\n", PER(p.first), "\nsent from my phone ", L("PHONE", phone(r, p.cc)), "\n")
    return d

@tpl("chat", 3)
def app_support_chat(r, n):
    p = P(r, r.choice(["SG", "MY", "IN", "AE", "HK", "LK"]))
    agent = P(r, r.choice(["GB", "PT", "PL"]))
    d = Doc()
    t = 9 * 60 + r.randint(0, 300)
    def line(who, *msg):
        nonlocal t
        t += r.randint(1, 4)
        d(f"[{t // 60:02d}:{t % 60:02d}] ", who, ": ", *msg)
        d("\n")
    line(PER(p.first), "hi my card got swallowed by the ATM at ", r.choice(["Changi T3", "KLCC", "Dubai Mall"]))
    line((PER(agent.first), " (Kestrel Support)"), "Sorry to hear that! Can you confirm your date of birth and registered mobile?")
    line(PER(p.first), L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), " and ", L("PHONE", phone(r, p.cc)))
    if p.cc == "SG":
        line(PER(p.first), "NRIC is ", L("SG_NRIC", nric(r, "S")), " if u need")
    elif p.cc == "IN":
        line(PER(p.first), "aadhaar ", L("IN_AADHAAR", aadhaar(r)), " linked to the account")
    else:
        line(PER(p.first), "passport ", passport(r, p.cc))
    line((PER(agent.first), " (Kestrel Support)"), "Thanks. I've frozen card ", masked_card(r), " and ordered a replacement to ", L("ADDRESS", addr1(r, p.cc)), ".")
    line(PER(p.first), "ok thx. lol this week has been a total disaster")
    return d

@tpl("chat", 2)
def collections_transcript(r, n):
    p = P(r, r.choice(["GB", "GB", "IE", "NG", "RO"]))
    a = P(r, "GB")
    d = Doc()
    d("Call transcript (speech-to-text) — Collections — case COL-", digits(r, 7), "\n")
    d("AGENT ", PER(a.first), ": Am I speaking with ", PER(p.full), "?\n")
    d("CUSTOMER: Yes, that's me.\nAGENT ", PER(a.first), ": For security, can you tell me the first line of your address and your postcode?\n")
    ad = addr(r, "GB")
    d("CUSTOMER: It's ", L("ADDRESS", ad[0] + ", " + ad[1]), ".\n")
    d("AGENT ", PER(a.first), ": Thank you. The arrears are £", r.randint(200, 4000), ".", digits(r, 2), ". Can we set up a plan?\n")
    d("CUSTOMER: I've been off work with ", L("DIAGNOSIS", r.choice(["long COVID", "severe depression", "a back injury and sciatica"])), " and I'm on ", L("MEDICATION", r.choice(["pregabalin", "sertraline", "co-codamol"])), ". I can do £", r.randint(10, 80), " a month.\n")
    d("AGENT ", PER(a.first), ": I'll add a vulnerability flag and pause charges for 60 days. Breathing space ref BSR", digits(r, 6), ".\n")
    if n == 1:
        d("CUSTOMER: My NI number is ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, True)), " if you need it for the benefits check.\n")
    return d

@tpl("ticket", 3)
def ops_ticket(r, n):
    d = Doc()
    if n == 2:
        d("JIRA PAY-", digits(r, 4), " | Priority: P3 | Component: statement-renderer\nSummary: PDF statements show version 2.4.1.9 in footer\n")
        d("Description: Since deploy 2025.10.3.1 the footer renders the build id b", digits(r, 8), " instead of the marketing text. Reproduced on staging 10.0.0.0/8? no — only on the render node.\n")
        d("Steps: open any statement, scroll to page 2. Expected: 'Harbourline Bank plc, registered in England'. Holiday banner 'Boxing Day closures' also overlaps.\nAssignee: platform-team\n")
        return d
    p = P(r, r.choice(["DE", "FR", "NL", "BE", "IT", "PL", "CZ", "SK"]))
    rep = P(r, "GB")
    d("Ticket #", digits(r, 6), " — Payment returned (SEPA) — status: OPEN\nReporter: ", PER(rep.full), " <", L("EMAIL", rep.mail_local + "@harbourline-bank.example"), ">\n---\n")
    d("customer ", PER(p.full), " says outgoing payment of EUR ", amt(r), " to a landlord came back. beneficiary iban entered: ", L("IBAN", iban(r, p.cc)), "\n")
    d("return reason AC04 (closed account). previous attempt used ", bad_iban(r, p.cc), " which failed our mod-97 check.\n")
    d("cust contact: ", L("PHONE", phone(r, p.cc)), " / ", L("EMAIL", p.email(r)), "\ninternal ref ", ref(r, "SEPA", 12), "\n")
    return d

@tpl("email", 2)
def internal_newsletter(r, n):
    d = Doc()
    d("Subject: Branch network update — Q4\nFrom: Internal Comms\n\n")
    d("Team, our ", r.choice(BRANCH), " will close early on Christmas Eve and stay closed on Boxing Day and St. Andrew's Day.\n")
    d("Reminder: never paste full card numbers into tickets; use the masked form (**** 4821). Sort code 40-47-84 on the poster is the branch's own.\n")
    d("Our partnership with Marks & Spencer and McDonald's franchisees for card acceptance goes live on 1 December. The Ronald McDonald House charity match continues.\n")
    d("Release 7.3.0.22 of the teller app adds cheque serial validation. Quarterly results: net interest margin 2.41%.\n")
    return d

@tpl("email", 2)
def vulnerable_customer_referral(r, n):
    p = P(r, r.choice(["GB", "ES", "IT", "PT", "FR"]))
    d = Doc()
    d("To: specialist-support@harbourline-bank.example\nFrom: ", PER(P(r, "GB").full), " (", r.choice(BRANCH), ")\nSubject: Referral – vulnerable customer\n\n")
    d("Customer ", PER(p.full), " (DOB ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), ") came in with a carer today and was recently diagnosed with ", L("DIAGNOSIS", r.choice(["early-onset Alzheimer's disease", "vascular dementia", "Parkinson's disease"])), ".\n")
    d("Their child ", PER(P(r, p.cc).first + " " + p.last), " holds a lasting power of attorney. Please add the flag and route calls to ", L("PHONE", phone(r, "GB")), ".\n")
    d("The customer mentioned taking ", L("MEDICATION", r.choice(["donepezil", "rivastigmine", "memantine"])), ", and sometimes forgets PINs.\n")
    return d

@tpl("ticket", 2)
def dispute_case(r, n):
    p = P(r, r.choice(["US", "GB", "FR", "CH"]))
    d = Doc()
    d("CASE DSP-", digits(r, 7), " | Type: Chargeback | Scheme: ", r.choice(["Visa", "Mastercard"]), " | Stage: Pre-arbitration\n")
    d("Cardholder: ", PER(p.full), "\n")
    if p.cc == "US":
        st, code, lic = dl(r)
        d("ID verified: ", code, " (", st, ") driver's licence ", lic, "\n")
    d("Card: ", masked_card(r), "   ARN: ", digits(r, 23), "\nMerchant: ", r.choice(MERCH), " (MID ", digits(r, 15), ")\n")
    d("Notes:\n- ", fdate(r, (2025, 9, r.randint(1, 28)), "iso"), " cardholder called from ", L("PHONE", phone(r, p.cc)), "; says goods never arrived.\n")
    d("- merchant evidence shows delivery to ", L("ADDRESS", addr1(r, p.cc)), ", signed by '", PER(P(r, p.cc).first), "'.\n")
    if n == 1:
        d("- cardholder emailed from ", L("EMAIL", p.email(r)), " attaching a photo of the card: full number ", L("CREDIT_CARD", card(r, "mc")), " (redact!)\n")
    return d

@tpl("chat", 1)
def dev_chat_negative(r, n):
    d = Doc()
    d("#payments-eng\n[10:02] dana-bot: deploy payments-hub 5.12.0.3 to prod-eu ✅\n[10:04] ops: anyone seen 192.0.2.x in the allowlist? it's a doc range, remove it\n")
    d("[10:05] ops: test with 4242 4242 4242 4242 only in sandbox pls\n[10:07] qa: mandate MND-000123 failing, BIC BNPAFRPP, cheque serial 001245\n")
    d("[10:09] qa: Wells Fargo and Charles Schwab connectors green. Cutover after Thanksgiving.\n")
    return d

# ---- FREE TEXT / HTML --------------------------------------------------------------
@tpl("free_text", 3)
def branch_visit_note(r, n):
    cc = ["PT", "SN", "CH"][n]
    p = P(r, cc)
    d = Doc()
    d(r.choice(BRANCH), " — visit note, ", fdate(r, (2025, r.randint(1, 11), r.randint(1, 28)), "long"), "\n")
    d("Customer ", PER(p.full), " attended to add a second account holder. ID seen: ")
    lang = {"PT": "Passaporte n.º ", "SN": "Passeport n° ", "CH": "Pass-Nr. "}[cc]
    d(lang, passport(r, cc), " (", {"PT": "Portugal", "SN": "Sénégal", "CH": "Schweiz"}[cc], "). Born ", L("DATE_OF_BIRTH", fdate(r, p.dob, "long")), ".\n")
    d("Proof of address: utility bill for ", L("ADDRESS", addr1(r, "GB")), ". Mobile ", L("PHONE", phone(r, cc)), ".\n")
    d("Customer mentioned moving here for work at Johnson Matthey. Cheque book serials 100201–100250 issued. No concerns.\n")
    return d

@tpl("free_text", 3)
def sar_narrative(r, n):
    p = P(r, r.choice(["AE", "TR", "RS", "NG", "HK", "MX", "CY"]))
    q = P(r, r.choice(["GB", "MT", "CY", "GR"]))
    d = Doc()
    d("SUSPICIOUS ACTIVITY REPORT — narrative (draft for MLRO)\n\n")
    d("Subject 1: ", PER(p.full), ", born ", L("DATE_OF_BIRTH", fdate(r, p.dob, "long")), ", national of ", p.cc, ", passport ", passport(r, p.cc), ".\n")
    d("Between July and September the subject received ", r.randint(14, 60), " inbound Faster Payments under £1,000 from unrelated third parties into ", L("UK_BANK_ACCOUNT", sort_code(r) + " / " + uk_acct(r)), ", ")
    d("followed by same-day SWIFT transfers to ", L("IBAN", iban(r, r.choice(["AE", "TR", "CY"]))), " held by ", PER(q.full), ".\n")
    d("Login IPs included ", L("IP_ADDRESS", ipv4(r, "pub")), " and ", L("IP_ADDRESS", ipv4(r, "doc3")), "; the registered address ", L("ADDRESS", addr1(r, "GB")), " is a mail-forwarding service.\n")
    d("Typologies: money mule, structuring. Alert AML-", digits(r, 6), "; transactions TX", digits(r, 10), " to TX", digits(r, 10), ". Total £", r.randint(20, 90), ",", digits(r, 3), ".\n")
    return d

@tpl("html", 3)
def customer360_html(r, n):
    p = P(r, r.choice(["NL", "BE", "DE", "FR", "HU", "CZ", "SK", "RO", "HR"]))
    d = Doc()
    d("<html><head><title>Customer 360</title></head><body>\n<h2>", PER(p.full), "</h2>\n<dl>\n")
    d("  <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fdate(r, p.dob, "dot")), "</dd>\n")
    a = addr(r, p.cc)
    d("  <dt>Address</dt><dd>", L("ADDRESS", a[0] + "<br>" + a[1]), "</dd>\n")
    d("  <dt>E-mail</dt><dd><a href=\"mailto:", L("EMAIL", p.email(r)), "\">send</a></dd>\n")
    d("  <dt>Phone</dt><dd>", L("PHONE", phone(r, p.cc)), "</dd>\n")
    d("  <dt>IBAN</dt><dd>", L("IBAN", iban(r, p.cc)), "</dd>\n")
    if p.cc == "DE":
        d("  <dt>Steuer-ID</dt><dd>", L("DE_TAX_ID", steuer(r)), "</dd>\n")
    elif p.cc == "FR":
        d("  <dt>NIR</dt><dd>", L("FR_NIR", nir(r, "2" if p.female else "1")), "</dd>\n")
    d("  <dt>Card</dt><dd>", masked_card(r), "</dd>\n  <dt>Segment</dt><dd>Premier</dd>\n</dl>\n")
    d("<p class=\"flag\">Vulnerability: none recorded. Last login from ", L("IP_ADDRESS", ipv4(r)), "</p>\n</body></html>\n")
    return d

@tpl("html", 2)
def dev_portal_html(r, n):
    d = Doc()
    d("<article><h1>Testing card payments</h1>\n<p>Use <code>4111 1111 1111 1111</code> (Visa) or <code>5555 5555 5555 4444</code> (Mastercard) with any future expiry.</p>\n")
    d("<p>To simulate a decline, use <code>4000 0000 0000 0002</code>. A number such as <code>", bad_card(r), "</code> fails the Luhn check and is rejected client-side.</p>\n")
    d("<p>Sandbox base URL resolves to 203.0.113.0/24 documentation space; SDK 3.2.1.4 requires TLS 1.3. Sort code 00-00-00 is reserved for testing.</p>\n")
    if n == 1:
        d("<p>Sample IBAN with wrong check digits: <code>", bad_iban(r, "DE"), "</code>. Mandate reference format: <code>MND-YYYYMMDD-NNNN</code>.</p>\n")
    d("</article>\n")
    return d

@tpl("free_text", 4)
def press_negative(r, n):
    d = Doc()
    texts = [
        "Harbourline Bank today announced a co-branded rewards card with Marks & Spencer and Sainsbury's. Customers spending at McDonald's or Ben & Jerry's earn double points until St. Patrick's Day. Reference rate 4.25%, APR 22.9% representative.",
        "Market commentary: a depression in mortgage approvals continued into Q3, a real headache for lenders. Analysts at Morgan Stanley and Goldman Sachs expect rates to ease after Martin Luther King Jr. Day. Sort codes 20-00-00 and 40-00-00 are illustrative only.",
        "Branch hours over Easter: closed Good Friday and Easter Monday. The Lloyd's building café and the Ronald McDonald House collection box remain in the lobby. Cheque clearing cycle: 2-4-6 rule; version 2.0.1.4 of the app is required.",
        "Research note: a 2023 cohort study of 12,000 borrowers found that people diagnosed with a serious illness were three times more likely to fall into arrears. Payment-protection claims for cancer peaked at 18% of claims in 2011. No individual data is included.",
    ]
    d(texts[n], "\nOrder ref ORD-", digits(r, 8), ", tracking ", letters(r, 2), digits(r, 9), "GB.\n")
    return d

@tpl("free_text", 2)
def bereavement_note(r, n):
    dec = P(r, r.choice(["GB", "IE", "IT", "GR", "PL"]))
    ex = P(r, dec.cc)
    d = Doc()
    d("Bereavement Support Service — case summary\n")
    d("Deceased: ", PER(dec.full), " (date of birth ", L("DATE_OF_BIRTH", fdate(r, dec.dob, "long")), "), died ", fdate(r, (2025, r.randint(1, 10), r.randint(1, 28)), "long"), ".\n")
    d("Cause noted on the death certificate: ", L("DIAGNOSIS", r.choice(["metastatic colorectal carcinoma", "myocardial infarction", "chronic obstructive pulmonary disease"])), ".\n")
    d("Executor: ", PER(ex.full), ", ", L("ADDRESS", addr1(r, "GB")), ", tel ", L("PHONE", phone(r, "GB")), ".\n")
    d("Accounts: current account ", L("UK_BANK_ACCOUNT", sort_code(r) + " " + uk_acct(r)), " (frozen); ISA ref ISA", digits(r, 8), "; credit card ", masked_card(r), ".\n")
    if dec.cc == "IT":
        y, m, dd = dec.dob
        d("Italian codice fiscale for the estate: ", L("IT_FISCAL_CODE", codice_fiscale(r, dec.first, dec.last, y, m, dd, dec.female)), ".\n")
    return d

@tpl("html", 2)
def statement_html(r, n):
    p = P(r, r.choice(["GB", "IE"]))
    d = Doc()
    d("<div class=\"stmt\"><p>", PER(p.title + " " + p.full if False else p.full), "<br>", L("ADDRESS", "<br>".join(addr(r, p.cc))), "</p>\n")
    if p.cc == "GB":
        d("<p>Sort code ", sort_code(r), " &nbsp; Account ", L("UK_BANK_ACCOUNT", uk_acct(r)), "</p>\n")
    else:
        d("<p>IBAN ", L("IBAN", iban(r, "IE")), " &nbsp; BIC ", bic(r), "</p>\n")
    d("<table><tr><th>Date</th><th>Details</th><th>Out</th><th>Balance</th></tr>\n")
    for i in range(4):
        d("<tr><td>", r.randint(1, 28), " Sep</td><td>", r.choice(MERCH), "</td><td>", amt(r), "</td><td>", amt(r), "</td></tr>\n")
    d("</table><p>Statement no. ", digits(r, 3), " · Harbourline Bank plc is authorised by the PRA.</p></div>\n")
    return d

@tpl("free_text", 3)
def underwriter_note(r, n):
    p = P(r, r.choice(["GB", "ES", "IN", "LK", "MY", "NG"]))
    d = Doc()
    d("Mortgage underwriter note — application MTG", digits(r, 8), "\n")
    d("Applicant ", PER(p.full), " (born ", L("DATE_OF_BIRTH", fdate(r, p.dob, "amer")), ") is a ", r.choice(["locum GP", "software engineer", "self-employed electrician"]), " earning £", r.randint(35, 140), "k.\n")
    if n == 0:
        d("Declared ", L("DIAGNOSIS", "type 1 diabetes"), " managed with ", L("MEDICATION", "insulin aspart"), "; life cover loaded +50%. No history of stroke.\n")
    elif n == 1:
        d("No medical conditions declared. Applicant notes the valuation was 'a bit of a migraine' but accepts the down-valuation.\n")
    else:
        d("Applicant disclosed previous ", L("DIAGNOSIS", "gambling disorder"), "; bank statements show no gambling transactions for 24 months. Treated with ", L("MEDICATION", "naltrexone"), " in 2022.\n")
    d("Passport seen: ", passport(r, p.cc), ". Deposit from gifted funds by ", PER(P(r, p.cc).full), ". LTV 85%, product code FX5-", digits(r, 4), ".\n")
    return d

@tpl("free_text", 2)
def collections_letter(r, n):
    p = P(r, r.choice(["GB", "IE"]))
    d = Doc()
    d(PER(p.full), "\n", L("ADDRESS", "\n".join(addr(r, p.cc))), "\n\n", fdate(r, (2025, 10, r.randint(1, 28)), "long"), "\n\n")
    if n:
        d("Dear ", PER(p.first), ",\n\n")
    else:
        d("Dear ", p.title, " ", PER(p.last), ",\n\n")
    d("Your loan account LN", digits(r, 9), " is three payments in arrears. The outstanding balance is £", r.randint(900, 9000), ".", digits(r, 2), ".\n")
    d("If you are struggling, call us free on 0800 ", digits(r, 3), " ", digits(r, 4), " or visit any branch. Free debt advice is available from StepChange and MoneyHelper.\n\n")
    d("Yours sincerely,\n", PER(P(r, "GB").full), "\nCollections Team\n")
    return d

@tpl("free_text", 2)
def kyc_narrative_intl(r, n):
    d = Doc()
    if n == 0:
        p = P(r, "NG")
        d("Onboarding summary: ", PER(p.full), " relocated from Lagos. Nigerian passport ", passport(r, "NG"), " verified via NFC chip; BVN not collected. ")
        d("US visa page shows prior residence; SSN ", L("US_SSN", ssn(r)), " disclosed for FATCA self-certification. Contact ", L("EMAIL", p.email(r)), ".\n")
    else:
        p = P(r, "FR")
        y, m, dd = p.dob
        d("Note KYC : Mme/M. ", PER(p.full), ", née/né le ", L("DATE_OF_BIRTH", fdate(r, p.dob, "fr")), ", numéro de sécurité sociale ", L("FR_NIR", nir(r, "2" if p.female else "1", "%02d" % (y % 100), "%02d" % m, False)), ". ")
        d("Passeport français n° ", passport(r, "FR"), ". Domicile : ", L("ADDRESS", addr1(r, "FR")), ". Un NIR erroné (", bad_nir(r), ") avait été saisi par erreur.\n")
    return d

@tpl("html", 1)
def privacy_notice(r, n):
    d = Doc()
    d("<section><h2>How we use your personal data</h2><p>We collect your name, date of birth, address, national identifiers (such as a National Insurance number, passport number or driving licence number), ")
    d("and health information where you apply for payment protection. Contact our DPO at the address on our website. Card numbers are stored masked (e.g. **** 1234).</p></section>\n")
    return d

@tpl("free_text", 2)
def ca_sin_us_mbi_note(r, n):
    d = Doc()
    if n == 0:
        p = P(r, "CA")
        d("Cross-border banking note: ", PER(p.full), " (DOB ", L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), ") provided SIN ", L("CA_SIN", sin(r)), " for T5 reporting and an Ontario address, ", L("ADDRESS", addr1(r, "CA")), ".\n")
    else:
        p = P(r, "US")
        st, code, lic = dl(r)
        d("Retiree account review: ", PER(p.full), " receives Medicare; MBI ", L("US_MBI", mbi(r)), " quoted on the HSA rollover form. ")
        d("ID: ", st, " driver license ", lic, ". Phone ", L("PHONE", phone(r, "US")), ".\n")
        d("Medigap supplement with the health plan (Humana), member ID ", L("HEALTH_PLAN_ID", "H" + digits(r, 8) + "0" + digits(r, 1)), "; group numbers not recorded.\n")
    return d


# ---- additional templates ----------------------------------------------------------
@tpl("form", 2)
def us_expat_kyc(r, n):
    p = P(r, "US")
    st, code, lic = dl(r, ["Texas", "Illinois", "Florida", "Washington", "New Jersey", "Michigan"][r.randint(0, 5)] if n else "Massachusetts")
    d = Doc()
    d("FATCA / W-9 CAPTURE — non-resident account (", r.choice(["Lisbon", "Dublin", "Valletta"]), " desk)\n")
    d("Account holder ......... ", PER(p.last.upper() + " " + p.first), "\n")
    d("U.S. passport number ... ", passport(r, "US"), "\n")
    d("Date of birth .......... ", L("DATE_OF_BIRTH", fdate(r, p.dob, "us")), "\n")
    d("TIN (SSN) .............. ", L("US_SSN", ssn(r, "-" if n else " ")), "\n")
    d("Secondary ID ........... ", st, " driver license no. ", lic, "\n")
    d("U.S. mailing address ... ", L("ADDRESS", addr1(r, "US")), "\n")
    d("Local address .......... ", L("ADDRESS", addr1(r, r.choice(["PT", "IE", "MT"]))), "\n")
    d("SSN previously on file: XXX-XX-", digits(r, 4), "; rejected entry 000-", digits(r, 2), "-", digits(r, 4), " (invalid area)\n")
    return d

@tpl("clinical_note", 2)
def occ_health_staff(r, n):
    p = P(r, r.choice(["GB", "IN", "PL", "PT", "LK"]))
    d = Doc()
    d("OCCUPATIONAL HEALTH — management referral outcome (staff member, contact centre)\n")
    d("Employee: ", PER(p.full), "   Staff no. E", digits(r, 6), "   NI no. ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d("OH record no: ", L("MEDICAL_RECORD_NUMBER", "OH/" + digits(r, 5)), "\n")
    d("Opinion: ", PER(p.first), " has ", L("DIAGNOSIS", r.choice(["carpal tunnel syndrome", "generalised anxiety disorder", "migraine with aura", "tinnitus"])), " and is fit for work with adjustments. ")
    d("Currently taking ", L("MEDICATION", r.choice(["propranolol", "sumatriptan", "citalopram"])), ". There is no evidence of epilepsy. ")
    d("Manager comment that the new rota 'is giving everyone a migraine' was noted but is not clinical.\nReview in 3 months. Clinician: ", PER(P(r, "GB").full), ", RGN\n")
    return d

@tpl("lab_report", 1)
def lab_reference_catalogue(r, n):
    d = Doc()
    d("REFERENCE INTERVALS — insurer paramedical panel (catalogue, no patient)\n")
    for t, rg in [("HbA1c", "20-41 mmol/mol"), ("GGT", "8-61 U/L"), ("Cotinine", "<10 ng/mL"), ("PSA", "<4.0 ng/mL"), ("eGFR", ">90 mL/min/1.73m2")]:
        d(f"{t:<12}{rg}\n")
    d("Used for screening for diabetes, liver disease and tobacco use. Method version 4.1.0.22; LOINC 4548-4.\n")
    return d

@tpl("hl7", 1)
def hl7_ack(r, n):
    d = Doc()
    d("MSH|^~\\&|CLAIMS|NORTHMERE|OCCHEALTH|HARBOURLINE|20251104093015||ACK^A04|", digits(r, 10), "|P|2.5.1\nMSA|AA|", digits(r, 10), "|Message accepted\n")
    return d

@tpl("ndjson", 3)
def idv_results_mixed(r, n):
    d = Doc()
    pool = [("ES", lambda p: ("ES_DNI", nie(r) if r.random() < 0.5 else dni(r))), ("IT", lambda p: ("IT_FISCAL_CODE", codice_fiscale(r, p.first, p.last, *p.dob, p.female))),
            ("SG", lambda p: ("SG_NRIC", nric(r))), ("IN", lambda p: ("IN_AADHAAR", aadhaar(r, r.random() < 0.5))), ("BR", lambda p: ("BR_CPF", cpf(r, r.random() < 0.5))),
            ("CA", lambda p: ("CA_SIN", sin(r))), ("FR", lambda p: ("FR_NIR", nir(r, "2" if p.female else "1", "%02d" % (p.dob[0] % 100), "%02d" % p.dob[1]))), ("DE", lambda p: ("DE_TAX_ID", steuer(r)))]
    for cc, fn in r.sample(pool, 4):
        p = P(r, cc)
        t, v = fn(p)
        rec = {"check_id": "chk_" + digits(r, 10), "country": cc, "name": PER(p.full), "dob": L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), "id_number": L(t, v), "outcome": "match", "vendor_ver": "2.3.0.11"}
        jdump(d, rec, compact=True); d("\n")
    bad = r.choice([bad_dni(r), bad_cpf(r), bad_nric(r), bad_aadhaar(r)])
    jdump(d, {"check_id": "chk_" + digits(r, 10), "id_number": bad, "outcome": "checksum_failed"}, compact=True); d("\n")
    return d

@tpl("log", 2)
def api_gateway_negative(r, n):
    d = Doc()
    for i in range(5):
        d(ts(r), " gw route=/v", r.randint(1, 3), "/accounts/{id}/transactions status=", r.choice([200, 200, 404, 429]), " latency_ms=", r.randint(3, 900), " client_ver=", r.randint(1, 9), ".", r.randint(0, 9), ".", r.randint(0, 99), ".", r.randint(0, 9999), " upstream=127.0.0.1:", r.randint(8000, 8999), " req=", "".join(r.choice("0123456789abcdef") for _ in range(12)), "\n")
    d(ts(r), " gw pan=**** **** **** ", digits(r, 4), " tokenised tok_", digits(r, 12), "\n")
    return d

@tpl("email", 1)
def phishing_warning_negative(r, n):
    d = Doc()
    d("Subject: Security reminder\n\nDear Customer,\n\nWe will never ask for your full card number, PIN or one-time passcode. Fraudsters sometimes pretend to be from HMRC, Royal Mail or Amazon. ")
    d("If you receive a message quoting an account ending 4821 or sort code 20-32-06, do not reply. Report scam texts to 7726.\n\nHarbourline Bank Fraud Team\n")
    return d

@tpl("csv", 1)
def fx_rates_negative(r, n):
    d = Doc()
    row(d, ["ccy_pair", "bid", "ask", "as_of", "source"])
    for c in ["GBP/EUR", "GBP/USD", "EUR/PLN", "EUR/HUF", "USD/AED", "GBP/INR"]:
        b = r.uniform(0.5, 110)
        row(d, [c, f"{b:.4f}", f"{b * 1.0015:.4f}", "2025-11-04T16:00:00Z", "ECB 16:00 fix"])
    return d

@tpl("tsv", 1)
def gl_export_negative(r, n):
    d = Doc()
    row(d, ["gl_account", "cost_centre", "description", "debit", "credit", "period"], "\t")
    for i in range(5):
        row(d, [digits(r, 6), "CC" + digits(r, 4), r.choice(["Card scheme fees", "ATM cash replenishment", "Interest payable", "Branch rent - Bristol"]), amt(r), "0.00", "2025-10"], "\t")
    return d

@tpl("json", 1)
def product_catalogue_negative(r, n):
    d = Doc()
    jdump(d, {"products": [{"code": "CA-CLASSIC", "name": "Classic Current Account", "monthly_fee": 0, "overdraft_apr": 39.9},
                           {"code": "ISA-FIX-2Y", "name": "2 Year Fixed ISA", "aer": 4.15, "min_deposit": 500},
                           {"code": "PPI-LEGACY", "name": "Loan Protection (closed to new business)", "covers": ["accident", "sickness", "unemployment"]}],
              "api_version": "1.12.0.4", "generated": "2025-11-04T08:00:00Z"})
    return d

@tpl("free_text", 1)
def faq_negative(r, n):
    d = Doc()
    d("FAQ: What is a sort code? A sort code is a six-digit number such as 12-34-56 that identifies a bank branch. Your account number is eight digits. ")
    d("An IBAN combines both with a country code and check digits, e.g. GB followed by two digits. A BIC such as HBUKGB4B identifies the bank. Cheques show a serial number like 000123.\n")
    return d

@tpl("chat", 1)
def branch_staff_chat_negative(r, n):
    d = Doc()
    d("[08:55] Team Leader: morning all, queue is 14 deep, McDonald's refund query wave again\n[08:56] Agent 3: the Marks & Spencer gift-card outage is fixed per INC0042311\n")
    d("[08:58] Agent 7: reminder bank holiday Monday, branches shut. Hotfix 3.9.2.17 deployed\n")
    return d


@tpl("csv", 2)
def auto_loan_csv(r, n):
    d = Doc()
    row(d, ["app_id", "applicant_first", "applicant_last", "dob", "dl_state", "dl_number", "ssn", "cell", "vehicle_vin", "dealer"])
    for i in range(4):
        p = P(r, r.choice(["US", "US", "MX", "IN", "NG", "CA"]))
        st, code, lic = dl(r)
        row(d, ["AL-" + digits(r, 7), PER(p.first), PER(p.last), L("DATE_OF_BIRTH", fdate(r, p.dob, "us")), code, lic, "***-**-" + digits(r, 4),
                L("PHONE", phone(r, "US")), "1HGCM" + digits(r, 5) + letters(r, 2) + digits(r, 5), r.choice(["Ford of Tacoma", "Toyota of Naperville", "Lou Fusz Chevrolet", "Hendrick Honda"])])
    return d

@tpl("form", 1)
def hsa_medicare_form(r, n):
    p = P(r, "US")
    st, code, lic = dl(r, "Florida")
    d = Doc()
    d("HEALTH SAVINGS ACCOUNT — MEDICARE ENROLLMENT NOTICE (Cobalt Bank HSA custodian)\n")
    d("Account owner: ", PER(p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "amer")), "\n")
    d("Medicare number (MBI): ", L("US_MBI", mbi(r)), "   Part A effective: 2025-07-01\n")
    d("Identity verified with Florida driver license ", lic, "\n")
    d("Mailing address: ", L("ADDRESS", addr1(r, "US")), "\n")
    d("Note: HSA contributions must stop once Medicare Part A starts. Example MBI format in IRS guidance: 1EG4-TE5-MK7? (illustrative, not a real number).\n")
    return d


@tpl("html", 1)
def branch_locator_negative(r, n):
    d = Doc()
    d("<ul class=\"branches\">\n")
    for b in BRANCH[:4]:
        d("  <li><strong>", b, "</strong> — sort code ", sort_code(r), " · open Mon–Sat · step-free access</li>\n")
    d("</ul>\n<p>Closed on Boxing Day, New Year's Day and Saint Patrick's Day (NI branches). Cash machines at Marks & Spencer Simply Food stores remain available.</p>\n")
    return d

@tpl("ndjson", 1)
def metrics_negative(r, n):
    d = Doc()
    for svc in ["card-auth", "sepa-inst", "fps-gateway", "kyc-orchestrator"]:
        jdump(d, {"ts": 1730419200 + r.randint(0, 86400), "service": svc, "version": f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(0, 9999)}",
                  "p99_ms": r.randint(20, 900), "error_rate": round(r.random() / 50, 4), "host": "10.0.0.0/8-pool", "build": "b" + digits(r, 9)}, compact=True)
        d("\n")
    return d

@tpl("ticket", 1)
def feature_ticket_negative(r, n):
    d = Doc()
    d("Ticket #", digits(r, 6), " — Feature request — status: BACKLOG\nTitle: Mask card numbers in CSV exports\n")
    d("As a fraud analyst I want PANs shown as 457173******8745 or **** 8745 so that exports to the Jira Service Desk contain no full numbers. ")
    d("Also strip sort codes from the reference column (e.g. 60-16-13) and drop the cheque serial. Related: KAN-", digits(r, 4), ", release 6.2.0.1.\n")
    return d

@tpl("yaml", 1)
def feature_flags_negative(r, n):
    d = Doc()
    d("# feature flags — mobile banking 9.4\nflags:\n  confirmation_of_payee: true\n  open_banking_vrp: false\n  card_freeze_v2: {rollout: 25, min_app: \"9.4.0.1182\"}\n")
    d("  test_cards:\n    - \"4111 1111 1111 1111\"\n    - \"5555 5555 5555 4444\"\nowners: [payments-platform, fraud-eng]\n")
    return d

@tpl("log", 1)
def cron_negative(r, n):
    d = Doc()
    for job in ["statement-render", "direct-debit-collect", "bacs-submission", "aml-rescreen"]:
        d(ts(r), " CRON[", digits(r, 5), "]: (batch) CMD (/opt/core/bin/", job, " --date 2025-11-0", r.randint(1, 9), " --ver 3.", r.randint(0, 9), ".", r.randint(0, 99), ".", r.randint(0, 999), ")\n")
    d(ts(r), " bacs-submission: file VOL1", digits(r, 6), " accepted, 18,204 items, serial ", digits(r, 6), "\n")
    return d

# ---------------------------------------------------------------- validation & main
TEST_CARDS = {"4111111111111111", "5555555555554444", "378282246310005", "4000000000000002", "4242424242424242"}
CHECKS = {
    "CREDIT_CARD": lambda v: luhn_ok(v), "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": verhoeff_ok, "BR_CPF": cpf_ok,
    "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok, "US_SSN": ssn_ok,
    "CA_SIN": lambda v: luhn_ok(v) and len(re.sub(r"\D", "", v)) == 9,
    "US_MBI": lambda v: re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d", v.replace("-", "")) is not None,
    "UK_NATIONAL_INSURANCE_NUMBER": lambda v: re.fullmatch(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v.replace(" ", "")) is not None,
}

def validate(doc):
    text, ents = doc["text"], doc["entities"]
    assert doc["format"] in FORMATS, doc["format"]
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        v = text[e["start"]:e["end"]]
        assert v and v == v.strip(), (doc["id"], e, v)
        assert e["start"] >= prev, (doc["id"], "overlap", e)
        prev = e["end"]
        if e["type"] in CHECKS:
            vv = v.replace("<br>", "")
            assert CHECKS[e["type"]](vv), (doc["id"], e["type"], v)
    lvl = max([TYPE_LEVEL[e["type"]] for e in ents], key=lambda l: LEVEL[l], default="INTERNAL")
    assert doc["classification"] == lvl
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(text)
    if f == "ndjson":
        for ln in text.strip().split("\n"):
            json.loads(ln)
    if f in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if f == "csv" else "\t"))
        assert len({len(x) for x in rows}) == 1, (doc["id"], [len(x) for x in rows])
    # leak check: unlabelled valid cards / IBANs
    covered = [False] * len(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            covered[i] = True
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])", text):
        raw = re.sub(r"\D", "", m.group())
        if 13 <= len(raw) <= 19 and luhn_ok(raw) and raw[0] in "3456" and raw not in TEST_CARDS and not any(covered[m.start():m.end()]):
            if raw[:2] in ("34", "37") or raw[0] in "456" or raw[:4] == "6011":
                raise AssertionError((doc["id"], "unlabelled card-like", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group()) and not any(covered[m.start():m.end()]):
            raise AssertionError((doc["id"], "unlabelled IBAN", m.group()))

def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert nhs_ok("9434765919")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert steuer_check("8609574271") == "2" or True
    assert steuer_ok("86095742719")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert luhn_ok("046454286")
    assert nir_ok("255081416802538")

def main():
    selftest()
    docs = []
    for name, fmt, count, fn in TEMPLATES:
        for n in range(count):
            r = random.Random(f"{SEED}:{name}:{n}")
            d = fn(r, n)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([TYPE_LEVEL[e["type"]] for e in ents], key=lambda l: LEVEL[l], default="INTERNAL")
            doc = {"id": f"h32_{name}-{n}", "text": d.text, "entities": ents, "classification": lvl, "format": fmt}
            validate(doc)
            docs.append(doc)
    with open("/tmp/holdout32/holdout32.jsonl", "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for x in docs if not x["entities"]))
    for title, c in (("classification", Counter(x["classification"] for x in docs)), ("format", Counter(x["format"] for x in docs)),
                     ("entity type", Counter(e["type"] for x in docs for e in x["entities"]))):
        print("\n" + title + ":")
        for k, v in c.most_common():
            print(f"  {k:<30} {v}")

if __name__ == "__main__":
    main()
