#!/usr/bin/env python3
"""holdout7 corpus generator (standard library only, deterministic).

Written from the public contract (LABELS.md, entity/level list, PRIOR_CORPUS.md prose) only.
Run: python3 build.py  -> writes holdout7.jsonl next to this file and prints counts.
"""
import csv, io, json, os, random, re, string, sys, datetime
from collections import Counter

SEED = "holdout7/tui-harbour-4418"
HERE = os.path.dirname(os.path.abspath(__file__))

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = "RESTRICTED"
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = "CONFIDENTIAL"
LEVEL["PERSON"] = "INTERNAL"
RANK = {"INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report "
              "hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------------------------------------------
# builder

class L:
    __slots__ = ("type", "val")
    def __init__(self, type, val):
        assert type in LEVEL, type
        self.type, self.val = type, val

class M:
    """a string mixing plain text and labelled values (for JSON strings / CSV cells)"""
    def __init__(self, *parts): self.parts = parts

class Doc:
    def __init__(self):
        self.buf, self.n, self.ents = [], 0, []
    def t(self, *xs):
        for x in xs:
            if isinstance(x, L):
                self.ents.append((x.type, self.n, self.n + len(x.val)))
                self.buf.append(x.val); self.n += len(x.val)
            elif isinstance(x, M):
                self.t(*x.parts)
            elif isinstance(x, (list, tuple)):
                self.t(*x)
            else:
                x = str(x); self.buf.append(x); self.n += len(x)
        return self
    __call__ = t
    def text(self): return "".join(self.buf)

def plain(x):
    if isinstance(x, L): return x.val
    if isinstance(x, M): return "".join(plain(p) for p in x.parts)
    return str(x)

# JSON emitter that records spans of labelled string contents
def jstr(d, v):
    if isinstance(v, L):
        assert json.dumps(v.val, ensure_ascii=False) == '"' + v.val + '"', v.val
        d('"', v, '"')
    elif isinstance(v, M):
        d('"')
        for p in v.parts:
            if isinstance(p, L):
                assert json.dumps(p.val, ensure_ascii=False) == '"' + p.val + '"'
                d(p)
            else:
                d(json.dumps(str(p), ensure_ascii=False)[1:-1])
        d('"')
    else:
        d(json.dumps(v, ensure_ascii=False))

def emit_json(d, obj, indent=2, level=0, compact=False):
    pad = "" if compact else "\n" + " " * (indent * (level + 1))
    end = "" if compact else "\n" + " " * (indent * level)
    if isinstance(obj, dict):
        if not obj: d("{}"); return
        d("{")
        for i, (k, v) in enumerate(obj.items()):
            d(pad if not compact else ("" if i == 0 else " "))
            d(json.dumps(k, ensure_ascii=False), ": ")
            emit_json(d, v, indent, level + 1, compact)
            if i < len(obj) - 1: d(",")
        d(end, "}")
    elif isinstance(obj, list):
        if not obj: d("[]"); return
        d("[")
        for i, v in enumerate(obj):
            d(pad if not compact else ("" if i == 0 else " "))
            emit_json(d, v, indent, level + 1, compact)
            if i < len(obj) - 1: d(",")
        d(end, "]")
    elif isinstance(obj, (str, L, M)):
        jstr(d, obj)
    else:
        d(json.dumps(obj))

def emit_row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i: d(delim)
        s = plain(c)
        if delim in s or '"' in s or "\n" in s:
            assert '"' not in s
            d('"', c, '"')
        else:
            d(c)
    d("\n")

# ----------------------------------------------------------------------------------------------------------------
# checksums (implemented from public specifications)

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

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def iban_make(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return f"{cc}{chk:02d}{bban}"

def nhs_check(nine):
    tot = sum(int(c) * (10 - i) for i, c in enumerate(nine))
    c = 11 - tot % 11
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
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])

def cpf_digits(nine):
    d = [int(c) for c in nine]
    s1 = sum(x * (10 - i) for i, x in enumerate(d)) * 10 % 11 % 10
    d.append(s1)
    s2 = sum(x * (11 - i) for i, x in enumerate(d)) * 10 % 11 % 10
    return f"{s1}{s2}"
def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").replace(".", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m: return False
    n = int(str("XYZ".index(m.group(1))) + m.group(2)) if m.group(1) else int(m.group(2))
    return DNI_L[n % 23] == m.group(3)

def nir_ok(s):
    s = re.sub(r"\s", "", s)
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(ten):
    prod = 10
    for c in ten:
        sm = (int(c) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    ch = 11 - prod
    return 0 if ch == 10 else ch
def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0": return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1): return False
    return steuer_check(s[:10]) == int(s[10])

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c): return int(c) if c.isdigit() else ord(c) - 65
def cf_check(fifteen):
    tot = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(fifteen))
    return chr(65 + tot % 26)
def cf_ok(s): return len(s) == 16 and cf_check(s[:15]) == s[15]

def _cf_part(name, is_first):
    up = "".join(c for c in strip_acc(name).upper() if c.isalpha())
    cons = [c for c in up if c not in "AEIOU"]; vow = [c for c in up if c in "AEIOU"]
    if is_first and len(cons) >= 4: cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]
def cf_make(given, family, dob, female, belfiore):
    s = _cf_part(family, False) + _cf_part(given, True) + f"{dob.year % 100:02d}" + "ABCDEHLMPRST"[dob.month - 1]
    s += f"{dob.day + (40 if female else 0):02d}" + belfiore
    return s + cf_check(s)

def nric_letter(prefix, seven):
    tot = sum(int(c) * w for c, w in zip(seven, [2, 7, 6, 5, 4, 3, 2]))
    if prefix in "TG": tot += 4
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[tot % 11]
def nric_ok(s): return bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", s)) and nric_letter(s[0], s[1:8]) == s[8]

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, p in zip(s, pat):
        if p == "C" and c not in "123456789": return False
        if p == "N" and not c.isdigit(): return False
        if p == "A" and c not in MBI_A: return False
        if p == "AN" and not (c.isdigit() or c in MBI_A): return False
    return True

NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    if not m: return False
    a, b = m.group(1), m.group(2)
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in NINO_BAD

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

def sin_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 9 and s[0] not in "08" and luhn_ok(s)

CHECKS = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": verhoeff_ok,
          "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
          "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok,
          "CA_SIN": sin_ok}

def selftest():
    assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_ok("IE29AIBK93115212345678")
    assert nhs_ok("943 476 5919")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert mbi_ok("1EG4-TE5-MK73")
    assert steuer_ok("86095742719") and not steuer_ok("86095742718")
    assert luhn_ok("046 454 286") and sin_ok("130 692 544")
    assert nir_ok("255081416802538")

# ----------------------------------------------------------------------------------------------------------------
# value generators

def strip_acc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def digits(r, n): return "".join(r.choice("0123456789") for _ in range(n))

def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a == 666: continue
        s = f"{a:03d}{sep}{r.randint(1,99):02d}{sep}{r.randint(1,9999):04d}"
        if s.replace(sep, "") not in ("078051120", "123456789"): return s

def card(r, kind=None, sep=" "):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    pre = {"visa": "4" + digits(r, 5), "mc": str(r.randint(51, 55)) + digits(r, 4),
           "mc2": str(r.randint(2221, 2720)) + digits(r, 2), "disc": "6011" + digits(r, 2)}[kind]
    n = luhn_complete(pre + digits(r, 9))
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))

def bad_card(r):
    while True:
        c = card(r, "visa")
        last = c[-1]; c2 = c[:-1] + str((int(last) + r.randint(1, 9)) % 10)
        if not luhn_ok(c2): return c2

def nhs(r, spaced=True):
    while True:
        n = str(r.randint(4, 6)) + digits(r, 8)
        c = nhs_check(n)
        if c is not None:
            s = n + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s
def bad_nhs(r):
    while True:
        s = nhs(r, False); s2 = s[:9] + str((int(s[9]) + r.randint(1, 9)) % 10)
        if not nhs_ok(s2): return f"{s2[:3]} {s2[3:6]} {s2[6:]}"

def nino(r):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ"); b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in NINO_BAD: continue
        dd = digits(r, 6)
        return f"{a}{b} {dd[:2]} {dd[2:4]} {dd[4:]} {r.choice('ABCD')}" if r.random() < .5 else f"{a}{b}{dd}{r.choice('ABCD')}"

def aadhaar(r):
    b = str(r.randint(2, 9)) + digits(r, 10)
    s = b + verhoeff_digit(b)
    return f"{s[:4]} {s[4:8]} {s[8:]}"
def bad_aadhaar(r):
    while True:
        s = aadhaar(r).replace(" ", ""); s2 = s[:11] + str((int(s[11]) + r.randint(1, 9)) % 10)
        if not verhoeff_ok(s2): return f"{s2[:4]} {s2[4:8]} {s2[8:]}"

def cpf(r, fmt=True):
    while True:
        n = digits(r, 9)
        if len(set(n)) > 1: break
    s = n + cpf_digits(n)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s
def bad_cpf(r):
    s = cpf(r, False); s2 = s[:10] + str((int(s[10]) + 3) % 10)
    assert not cpf_ok(s2)
    return f"{s2[:3]}.{s2[3:6]}.{s2[6:9]}-{s2[9:]}"

def dni(r):
    if r.random() < .35:
        p = r.choice("XYZ"); n = digits(r, 7)
        return f"{p}{n}{DNI_L[int(str('XYZ'.index(p)) + n) % 23]}"
    n = r.randint(10000000, 79999999)
    return f"{n}{DNI_L[n % 23]}"
def bad_dni(r):
    s = dni(r); bad = r.choice([c for c in DNI_L if c != s[-1]])
    return s[:-1] + bad

def nir(r, female, dob, spaced=True):
    dept = r.choice(["75", "69", "13", "31", "33", "59", "67", "44", "06", "35", "974"[:2]])
    body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}{dept}{r.randint(1,999):03d}{r.randint(1,999):03d}"
    key = 97 - int(body) % 97
    s = body + f"{key:02d}"
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}" if spaced else s

def steuer(r, spaced=False):
    while True:
        first = r.choice("123456789")
        pool = [c for c in "0123456789"]
        ds = [first] + [r.choice(pool) for _ in range(9)]
        cnt = Counter(ds)
        if max(cnt.values()) == 2 and sum(1 for v in cnt.values() if v == 2) == 1:
            s = "".join(ds) + str(steuer_check("".join(ds)))
            if steuer_ok(s):
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s
def bad_steuer(r):
    s = steuer(r); s2 = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    assert not steuer_ok(s2)
    return s2

def sg_nric(r):
    p = r.choice("STFG"); n = digits(r, 7)
    return p + n + nric_letter(p, n)

def mbi(r, dashed=False):
    s = (r.choice("123456789") + r.choice(MBI_A) + r.choice(MBI_A + string.digits) + r.choice(string.digits) +
         r.choice(MBI_A) + r.choice(MBI_A + string.digits) + r.choice(string.digits) + r.choice(MBI_A) +
         r.choice(MBI_A) + digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s

def sin(r):
    while True:
        s = luhn_complete(r.choice("1234567") + digits(r, 7))
        if sin_ok(s): return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < .7 else f"{s[:3]}-{s[3:6]}-{s[6:]}"
def bad_sin(r):
    s = sin(r).replace("-", " "); s2 = s[:-1] + str((int(s[-1]) + 4) % 10)
    assert not sin_ok(s2)
    return s2

def iban(r, cc=None, spaced=True):
    cc = cc or r.choice(["IE", "GB", "DE", "AT", "CH", "LU", "BE"])
    if cc == "IE": b = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + r.choice(["93", "90", "98"]) + digits(r, 4) + digits(r, 8)
    elif cc == "GB": b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14)
    elif cc == "DE": b = digits(r, 18)
    elif cc == "AT": b = digits(r, 16)
    elif cc == "CH": b = digits(r, 17)
    elif cc == "LU": b = digits(r, 3) + digits(r, 13)
    elif cc == "BE":
        x = digits(r, 10); k = int(x) % 97 or 97; b = x + f"{k:02d}"
    s = iban_make(cc, b)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
def bad_iban(r):
    s = iban(r, spaced=False)
    s2 = s[:-1] + str((int(s[-1]) + 1) % 10)
    assert not iban_ok(s2)
    return " ".join(s2[i:i + 4] for i in range(0, len(s2), 4))

def sortcode_acct(r):
    return f"{r.randint(10,99)}-{r.randint(0,99):02d}-{r.randint(0,99):02d}", digits(r, 8)

BELFIORE = [("H501", "Roma"), ("F205", "Milano"), ("F839", "Napoli"), ("L219", "Torino"), ("G273", "Palermo"),
            ("A662", "Bari"), ("D612", "Firenze"), ("L736", "Venezia"), ("A944", "Bologna"), ("C351", "Catania")]

# driver licences: (state code, state name, generator)
def _dl(r, st):
    A = string.ascii_uppercase
    return {
        "CA": lambda: r.choice(A) + digits(r, 7),
        "FL": lambda: f"{r.choice(A)}{digits(r,3)}-{digits(r,3)}-{digits(r,2)}-{digits(r,3)}-{digits(r,1)}",
        "NY": lambda: f"{digits(r,3)} {digits(r,3)} {digits(r,3)}",
        "TX": lambda: str(r.randint(1, 4)) + digits(r, 7),
        "IL": lambda: f"{r.choice(A)}{digits(r,3)}-{digits(r,4)}-{digits(r,4)}",
        "WA": lambda: "WDL" + "".join(r.choice(A + string.digits) for _ in range(9)),
        "MI": lambda: f"{r.choice(A)} {digits(r,3)} {digits(r,3)} {digits(r,3)} {digits(r,3)}",
        "NJ": lambda: f"{r.choice(A)}{digits(r,4)} {digits(r,5)} {digits(r,5)}",
        "OH": lambda: r.choice(A) + r.choice(A) + digits(r, 6),
        "PA": lambda: f"{digits(r,2)} {digits(r,3)} {digits(r,3)}",
        "MA": lambda: "S" + digits(r, 8),
        "MN": lambda: r.choice(A) + digits(r, 12),
        "WI": lambda: f"{r.choice(A)}{digits(r,3)}-{digits(r,4)}-{digits(r,4)}-{digits(r,2)}",
        "MD": lambda: f"{r.choice(A)}-{digits(r,3)}-{digits(r,3)}-{digits(r,3)}-{digits(r,3)}",
        "CO": lambda: f"{digits(r,2)}-{digits(r,3)}-{digits(r,4)}",
        "AZ": lambda: r.choice("ABDY") + digits(r, 8),
        "NC": lambda: "0000" + digits(r, 8),
        "VA": lambda: r.choice(A) + digits(r, 8),
        "OR": lambda: digits(r, 7),
        "GA": lambda: "0" + digits(r, 8),
        "KY": lambda: r.choice(A) + digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 3),
        "NM": lambda: digits(r, 9),
    }[st]()
STATES = {"CA": "California", "FL": "Florida", "NY": "New York", "TX": "Texas", "IL": "Illinois",
          "WA": "Washington", "MI": "Michigan", "NJ": "New Jersey", "OH": "Ohio", "PA": "Pennsylvania",
          "MA": "Massachusetts", "MN": "Minnesota", "WI": "Wisconsin", "MD": "Maryland", "CO": "Colorado",
          "AZ": "Arizona", "NC": "North Carolina", "VA": "Virginia", "OR": "Oregon", "GA": "Georgia",
          "KY": "Kentucky", "NM": "New Mexico"}

# passports: country -> (label variants, generator, is_us)
def passport(r, cc):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    g = {
        "US": lambda: r.choice([digits(r, 9), r.choice("ACE") + digits(r, 8)]),
        "GB": lambda: str(r.randint(1, 9)) + digits(r, 8),
        "CA": lambda: r.choice(A) + r.choice(A) + digits(r, 6),
        "AU": lambda: r.choice(["N", "PA", "PB", "RA"]) + digits(r, 7),
        "NZ": lambda: r.choice(["LA", "LH", "RA"]) + digits(r, 6),
        "IE": lambda: r.choice(["PA", "PB", "PC", "LE"]) + digits(r, 7),
        "IN": lambda: r.choice("JKLMNPRSTVWZ") + digits(r, 7),
        "PH": lambda: "P" + digits(r, 7) + r.choice("ABC"),
        "DE": lambda: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "FR": lambda: digits(r, 2) + r.choice(A) + r.choice(A) + digits(r, 5),
        "IT": lambda: r.choice(["YA", "YB", "AA"]) + digits(r, 7),
        "ES": lambda: "PA" + r.choice(A) + digits(r, 6),
        "NL": lambda: "N" + "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(2)) + "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ0123456789") for _ in range(5)) + digits(r, 1),
        "CN": lambda: "E" + digits(r, 8),
        "MX": lambda: r.choice("GN") + digits(r, 8),
        "NG": lambda: "A" + digits(r, 8),
        "PK": lambda: r.choice(A) + r.choice(A) + digits(r, 7),
        "BR": lambda: r.choice(["FZ", "GA", "YB"]) + digits(r, 6),
        "JP": lambda: r.choice(["TK", "TZ", "MZ"]) + digits(r, 7),
        "KR": lambda: "M" + digits(r, 8),
        "VN": lambda: r.choice("BC") + digits(r, 7),
        "ZA": lambda: "A" + digits(r, 8),
        "SO": lambda: "P" + digits(r, 8),
        "PL": lambda: r.choice(A) + r.choice(A) + digits(r, 7),
        "SG": lambda: r.choice("EK") + digits(r, 7) + r.choice(A),
    }[cc]
    return g()
PP_COUNTRY = {"US": "United States", "GB": "United Kingdom", "CA": "Canada", "AU": "Australia", "NZ": "New Zealand",
              "IE": "Ireland", "IN": "India", "PH": "Philippines", "DE": "Germany", "FR": "France", "IT": "Italy",
              "ES": "Spain", "NL": "Netherlands", "CN": "China", "MX": "Mexico", "NG": "Nigeria", "PK": "Pakistan",
              "BR": "Brazil", "JP": "Japan", "KR": "Republic of Korea", "VN": "Viet Nam", "ZA": "South Africa",
              "SO": "Somalia", "PL": "Poland", "SG": "Singapore"}
PP_LABEL = {"FR": ["N° de passeport", "Numéro du passeport"], "DE": ["Reisepassnummer", "Pass-Nr."],
            "ES": ["Número de pasaporte", "Nº pasaporte"], "IT": ["Numero di passaporto", "N. passaporto"],
            "NL": ["Paspoortnummer"], "BR": ["Nº do passaporte"], "MX": ["No. de pasaporte"],
            "PL": ["Numer paszportu"], "PH": ["Passport No."], "CN": ["护照号码 / Passport No."],
            "JP": ["旅券番号 Passport No."], "VN": ["Số hộ chiếu"], "KR": ["여권번호 Passport No."]}
def pp_label(r, cc):
    return r.choice(PP_LABEL.get(cc, []) + ["Passport No.", "Passport number", "Passport #", "Travel document no."])

# ----------------------------------------------------------------------------------------------------------------
# names: (male given, female given, family) per origin; written down by hand for this corpus
NAMES = {
    "irish": ("Cathal Oisín Donnchadh Ruairí Tadhg Fiachra Colm Pádraig", "Aoife Caoimhe Gráinne Saoirse Clodagh Niamh Siobhán Róisín",
              "Ó Súilleabháin|Mac Cárthaigh|Ní Dhomhnaill|Breathnach|Ó Ceallaigh|Fitzgerald|Keating|Mulcahy|Ó Briain|Mac Diarmada"),
    "scots": ("Hamish Ewan Fraser Callum Alasdair Lachlan", "Morag Isla Kirsty Eilidh Mhairi Catriona",
              "MacLeod|Urquhart|Drummond|Menzies|Farquharson|McGillivray|Sinclair"),
    "welsh": ("Dafydd Rhodri Emyr Gethin Iwan", "Angharad Ffion Nia Carys Eirlys",
              "ap Rhys|Pritchard|Llewellyn|Vaughan|Prosser|Bowen"),
    "english": ("Oliver Graham Nigel Barnaby Toby", "Harriet Philippa Gemma Imogen Beverley",
                "Ashworth|Pemberton|Crabtree|Higginbottom|Whitlock|Fairclough"),
    "maori": ("Wiremu Tamati Rawiri Hēmi Tāne Nikau", "Aroha Mere Huia Ngaire Kahurangi Moana",
              "Te Whata|Ngata|Tūhoe-Walker|Parata|Tipene|Waititi|Rangihuna|Te Rangi"),
    "samoan": ("Sione Tavita Faleolo Iosefa Lemalu", "Losa Fetu Malia Salote Leilani",
               "Fa'asavalu|Leota|Tuimavave|Aumua|Sapolu|Fonoti"),
    "tongan": ("Viliami Sione Tevita Siaosi", "Mele Lupe ʻAna Salote Seini", "Fifita|Taufa|Havili|Vaipulu|Kioa"),
    "vietnamese": ("Minh Quang Thanh Huy Duc Bao", "Thi Lan Ngoc Anh Hoa Thu Mai", "Nguyễn|Trần|Phạm|Huỳnh|Võ|Đặng|Bùi"),
    "punjabi": ("Harjit Gurpreet Manpreet Jaswinder Arshdeep", "Simranjit Navneet Harleen Kiranjot Baljeet",
                "Sandhu|Gill|Dhaliwal|Grewal|Brar|Sidhu|Randhawa"),
    "tamil": ("Arumugam Senthil Karthikeyan Vignesh Murugan", "Kavitha Lakshmi Meenakshi Tharani Yalini",
              "Subramaniam|Ramasamy|Thangarajah|Sivakumar|Pillai|Nadarajah"),
    "filipino": ("Jericho Rommel Arnel Dindo Marlon", "Maricel Jocelyn Lorelie Rosalinda Divina",
                 "Dela Cruz|Macaraeg|Bautista|Villanueva|Pangilinan|de Guzman|Dimaculangan"),
    "cantonese": ("Wai Ming Kwok Keung Chun Hei Siu Lung", "Mei Ling Wing Yan Suk Fong Hoi Yan",
                  "Chan|Wong|Leung|Cheung|Lau|Tsang|Kwan"),
    "korean": ("Min-jun Seo-joon Ji-hoon Dong-hyun", "Seo-yeon Ji-woo Ha-eun Soo-ah", "Kim|Park|Choi|Jung|Kang|Yoon|Hwang"),
    "somali": ("Abdirahman Mohamed Abdullahi Hassan Liban", "Hodan Ayaan Faadumo Ubah Ifrah",
               "Warsame|Jama|Farah|Abdi|Hirsi|Osman|Mohamud"),
    "yoruba": ("Oluwaseun Babatunde Adebayo Olumide Kayode", "Folasade Oluwakemi Adenike Temitope Yetunde",
               "Adeyemi|Ogunleye|Olatunji|Fashola|Akinwande|Oyelaran"),
    "igbo": ("Chukwuemeka Obinna Ikechukwu Nnamdi", "Ngozi Chiamaka Adaeze Ifeoma", "Okonkwo|Nwosu|Eze|Obi|Chukwu|Anyanwu"),
    "polish": ("Grzegorz Wojciech Przemysław Krzysztof", "Małgorzata Agnieszka Katarzyna Żaneta",
               "Wiśniewski|Szczepańska|Kowalczyk|Grabowski|Wróbel|Jabłońska"),
    "lithuanian": ("Vytautas Mindaugas Darius Tomas", "Rūta Gintarė Aušra Jurgita", "Kazlauskas|Petrauskienė|Jankauskas|Žukauskaitė"),
    "greek": ("Konstantinos Dimitrios Spyridon Evangelos", "Eleni Panagiota Vasiliki Despina",
              "Papadopoulos|Karagiannis|Oikonomou|Christodoulou|Tsakiris"),
    "italian": ("Salvatore Gianluca Maurizio Vincenzo", "Giuseppina Rosaria Chiara Benedetta",
                "Esposito|Lo Bianco|Caruso|De Luca|Mancuso|Di Stefano|Ferraro"),
    "lebanese": ("Georges Elie Walid Rami Nabil", "Rania Nour Maya Hiba Joumana", "Khoury|Haddad|Abi Nader|Saliba|Boutros|El-Hage"),
    "quebecois": ("Jean-François Étienne Mathieu Réjean Benoît", "Marie-Ève Geneviève Josée Nathalie Mélanie",
                  "Tremblay|Gagnon|Bouchard|Côté|Lévesque|Pelletier|Bélanger|Ouellet"),
    "ukrainian": ("Oleksandr Bohdan Taras Mykola", "Oksana Iryna Halyna Solomiya", "Kovalenko|Shevchuk|Bondarenko|Tkachuk|Hrytsenko"),
    "portuguese": ("João Rui Nuno Tiago", "Inês Margarida Leonor Beatriz", "Gonçalves|Ferreira|Magalhães|Sousa|da Silva Pinto"),
    "dutch": ("Joost Maarten Sjoerd Thijs", "Marieke Femke Anouk Sanne", "van der Meer|de Vries|Bakker|van Dijk|Visser|Smit"),
    "afrikaans": ("Pieter Johannes Hendrik Willem", "Annelie Marietjie Elmarie Riana", "van Niekerk|du Plessis|Botha|Potgieter|Swanepoel|le Roux"),
    "fijian_indian": ("Ravinesh Shalendra Pravin Ashneel", "Shalini Reshmi Priyanka Anjeshni", "Prasad|Narayan|Chand|Lal|Kumar|Naidu"),
    "nepali": ("Bikash Sagar Prakash Ramesh", "Sabina Anjali Pooja Sushmita", "Gurung|Shrestha|Tamang|Magar|Thapa|Rai"),
    "eritrean": ("Tesfay Yonas Berhane Habtom", "Selam Helen Mehret Senait", "Tesfamariam|Gebremedhin|Woldu|Haile|Kidane"),
    "hmong": ("Pao Tou Xeng Kou", "Mai Yer Pa Nou", "Vang|Xiong|Yang|Thao|Lor|Moua"),
    "haitian": ("Jean-Baptiste Wesner Frantz Ricot", "Marie-Carmel Guerline Nadège Rose-Andrée", "Pierre-Louis|Joseph|Augustin|Désir|Saint-Fleur"),
    "syrian": ("Mahmoud Khaled Bassel Omar", "Rasha Lina Ghada Reem", "Al-Hamwi|Kabbani|Shami|Darwish|Al-Halabi"),
    "afghan": ("Farid Ahmad Zabihullah Najib", "Fereshta Mursal Shabana Zarghona", "Rahimi|Sultani|Noorzai|Amiri|Wardak"),
    "cree_metis": ("Gilbert Raymond Norman Dale", "Charlene Darlene Leona Brenda", "Cardinal|Bellegarde|Desjarlais|Laboucan|Whitehawk"),
    "jewish_us": ("Mordechai Avi Yossi Shmuel", "Rivka Chaya Tova Shoshana", "Weinstein|Rosenblatt|Goldfarb|Katz|Horowitz"),
    "us_south": ("Jimmy Dwayne Travis Clint", "Tammy LaToya Brandi Krystal", "Boudreaux|Thibodeaux|Cooley|Stubblefield|Jeffcoat"),
    "german": ("Jürgen Matthias Lukas Sebastian", "Anneliese Franziska Jana Birgit", "Schäfer|von Bredow|Hoffmann|Weißenborn|Krüger"),
    "french": ("Théo Guillaume Rémi Yannick", "Solène Margaux Capucine Océane", "Lefèvre|Dubois|de La Tour d'Auvergne|Rousseau|Giraud"),
    "spanish": ("Iñaki Álvaro Josep Xabier", "Nerea Itziar Montserrat Begoña", "García Etxeberria|Fernández|Puig i Ferrer|Ruiz de Azúa|Olabarrieta"),
    "brazilian": ("Thiago Rafael Wellington Cauã", "Luana Thaís Gislaine Raíssa", "dos Santos|Albuquerque|Nascimento|Rocha|Cavalcanti"),
    "indian": ("Venkatesh Anirudh Rohan Siddharth", "Aishwarya Deepika Lavanya Sowmya", "Iyer|Chatterjee|Deshpande|Reddy|Banerjee|Kulkarni"),
    "singaporean": ("Wei Jie|Jun Hao|Zhi Xuan", "Hui Min|Jia Yi|Shu Fen", "Tan|Lim|Ng|Goh|Teo|Ong"),
    "japanese": ("Haruto Takeshi Daisuke", "Yui Haruka Sakura", "Takahashi|Kobayashi|Watanabe|Yamamoto|Inoue"),
}
SYL_A = ["ka", "lo", "ve", "tru", "min", "sa", "zor", "qui", "bel", "tan", "dri", "os", "fen", "rua", "iv", "mek", "ul", "pav", "nes", "gho"]
SYL_B = ["ra", "vin", "ska", "tel", "dov", "ny", "a", "wen", "rik", "ol", "ette", "ssa", "cz", "mo", "bry"]

def invented(r, n=2):
    return "".join(r.choice(SYL_A) for _ in range(n - 1)).capitalize() + r.choice(SYL_B)

class P:
    def __init__(self, given, family, female, origin):
        self.given, self.family, self.female, self.origin = given, family, female, origin
    @property
    def full(self): return f"{self.given} {self.family}"

def person(r, origin=None):
    origin = origin or r.choice(list(NAMES))
    gm, gf, fam = NAMES[origin]
    female = r.random() < .5
    sp = (lambda s: s.split("|") if "|" in s else s.split())
    given = r.choice(sp(gf if female else gm))
    family = r.choice(fam.split("|"))
    if r.random() < .12: given = invented(r)
    if r.random() < .12: family = invented(r, 3)
    return P(given, family, female, origin)

def name_var(r, p, style=None):
    style = style or r.choice(["full", "full", "full", "lastfirst", "initial", "caps"])
    if style == "full": return p.full
    if style == "lastfirst": return f"{p.family.upper()}, {p.given}"
    if style == "initial": return f"{p.given[0]}. {p.family}"
    if style == "caps": return p.full.upper()
    if style == "mid": return f"{p.given} {r.choice('ABCDEFGHJKLMNPRSTW')}. {p.family}"
    return p.full

def clin_name(r):
    """clinician names (labelled PERSON too)"""
    return person(r)

def email_of(r, p, domain=None):
    loc = strip_acc(p.given).lower().replace(" ", "").replace("'", "").replace("ʻ", "")
    fam = strip_acc(p.family).lower().replace(" ", "").replace("'", "").replace("-", "")
    loc = r.choice([f"{loc}.{fam}", f"{loc[0]}{fam}", f"{loc}{r.randint(1,99)}", f"{fam}.{loc[0]}", f"{loc}_{fam[:4]}"])
    domain = domain or r.choice(["gmail.com", "outlook.com", "yahoo.co.nz", "bigpond.com", "xtra.co.nz", "eircom.net",
                                 "btinternet.com", "sympatico.ca", "icloud.com", "proton.me", "hotmail.co.uk", "shaw.ca"])
    return f"{loc}@{domain}"

# ----------------------------------------------------------------------------------------------------------------
# addresses: return list of lines
US_CITIES = [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"), ("Duluth", "MN", "558"),
             ("Albany", "NY", "122"), ("Macon", "GA", "312"), ("Lubbock", "TX", "794"), ("Eugene", "OR", "974"),
             ("Fresno", "CA", "937"), ("Tampa", "FL", "336"), ("Scranton", "PA", "185"), ("Worcester", "MA", "016"),
             ("Flint", "MI", "485"), ("Newark", "NJ", "071"), ("Aurora", "CO", "800"), ("Madison", "WI", "537"),
             ("Richmond", "VA", "232"), ("Baltimore", "MD", "212"), ("Raleigh", "NC", "276"), ("Peoria", "IL", "616"),
             ("Lexington", "KY", "405"), ("Las Cruces", "NM", "880")]
US_STREETS = ["Sycamore", "Old Mill", "Kalamazoo", "Chippewa", "Martin Luther King Jr", "Pershing", "Tamarack",
              "Cedar Bluff", "Wyandotte", "Bayou Vista", "Orchard Hill", "Sagebrush", "Quaker Ridge"]
def addr_us(r):
    c, st, z = r.choice(US_CITIES)
    unit = r.choice(["", "", f" Apt {r.randint(1,40)}{r.choice('ABCD')}", f" #{r.randint(100,999)}", f" Unit {r.randint(1,12)}"])
    return [f"{r.randint(12, 9899)} {r.choice(['', 'N ', 'SW ', 'E '])}{r.choice(US_STREETS)} {r.choice(['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Pkwy'])}{unit}",
            f"{c}, {st} {z}{r.randint(0,99):02d}"]
CA_CITIES = [("Montréal", "QC", "H2X"), ("Toronto", "ON", "M4C"), ("Winnipeg", "MB", "R3C"), ("Halifax", "NS", "B3H"),
             ("Saskatoon", "SK", "S7N"), ("Victoria", "BC", "V8W"), ("Iqaluit", "NU", "X0A"), ("St. John's", "NL", "A1C"),
             ("Moncton", "NB", "E1C"), ("Lethbridge", "AB", "T1J"), ("Sudbury", "ON", "P3E")]
def addr_ca(r):
    c, pv, fsa = r.choice(CA_CITIES)
    pc = f"{fsa} {r.randint(0,9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0,9)}"
    if pv == "QC":
        l1 = f"{r.randint(100, 9800)}, {r.choice(['rue Saint-Hubert', 'boul. René-Lévesque Ouest', 'av. du Parc', 'rue de la Gauchetière'])}" + r.choice(["", f", app. {r.randint(1,30)}"])
    else:
        l1 = r.choice(["", f"{r.randint(101, 2404)}-"]) + f"{r.randint(10, 4999)} {r.choice(['Gerrard St E', 'Portage Ave', 'Spring Garden Rd', 'Kenderdine Rd', 'Fort St', 'Water St', 'Mountain Rd', 'Mayor Magrath Dr S'])}"
    return [l1, f"{c} {pv}  {pc}" if r.random() < .3 else f"{c}, {pv} {pc}"]
UK_PLACES = [("Ilford", "IG1 4PU"), ("Leeds", "LS6 2AB"), ("Cardiff", "CF24 3AA"), ("Glasgow", "G12 8QQ"),
             ("Belfast", "BT9 6AB"), ("Norwich", "NR2 4DN"), ("Bradford", "BD7 1DP"), ("Swansea", "SA1 8EN"),
             ("Aberdeen", "AB25 2ZN"), ("Plymouth", "PL4 8AA"), ("Leicester", "LE2 7LX"), ("Stockport", "SK4 3JD")]
def addr_uk(r):
    t, pc = r.choice(UK_PLACES)
    pre = r.choice(["", "", f"Flat {r.randint(1,24)}, ", f"{r.choice(['Rose', 'Ivy', 'Hawthorn'])} Cottage, "])
    return [f"{pre}{r.randint(1, 212)} {r.choice(['Cranbrook Road', 'Headingley Lane', 'Cathays Terrace', 'Byres Road', 'Lisburn Road', 'Unthank Road', 'Great Horton Road', 'Mutley Plain', 'Narborough Road', 'Didsbury Road'])}",
            t, pc]
IE_PLACES = [("Ballincollig, Co. Cork", "P31"), ("Salthill, Galway", "H91"), ("Drumcondra, Dublin 9", "D09"),
             ("Castletroy, Co. Limerick", "V94"), ("Letterkenny, Co. Donegal", "F92"), ("Drogheda, Co. Louth", "A92"),
             ("Tramore, Co. Waterford", "X91"), ("Clonsilla, Dublin 15", "D15")]
def eircode(r, key): return f"{key} " + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
def addr_ie(r):
    t, key = r.choice(IE_PLACES)
    return [f"{r.randint(1, 140)} {r.choice(['Ard na Gréine', 'Bóthar na Trá', 'Castle Park', 'Millbrook Lawns', 'Cnoc na Sí', 'Oakwood Drive'])}",
            t, eircode(r, key)]
AU_PLACES = [("Fitzroy", "VIC", "3065"), ("Parramatta", "NSW", "2150"), ("Toowong", "QLD", "4066"), ("Fremantle", "WA", "6160"),
             ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"), ("Nightcliff", "NT", "0810"), ("Braddon", "ACT", "2612"),
             ("Wagga Wagga", "NSW", "2650"), ("Townsville", "QLD", "4810")]
def addr_au(r):
    s, st, pc = r.choice(AU_PLACES)
    unit = r.choice(["", f"Unit {r.randint(1, 20)}/", f"{r.randint(1,9)}/"])
    return [f"{unit}{r.randint(2, 180)} {r.choice(['Wattle St', 'Brunswick St', 'Jacaranda Cres', 'Banksia Pde', 'Kookaburra Ct', 'Moreton Bay Rd', 'Stuart Hwy'])}",
            f"{s.upper() if r.random() < .5 else s} {st} {pc}"]
NZ_PLACES = [("Mount Eden", "Auckland", "1024"), ("Riccarton", "Christchurch", "8011"), ("Te Aro", "Wellington", "6011"),
             ("Hamilton East", "Hamilton", "3216"), ("Māori Hill", "Dunedin", "9010"), ("Fenton Park", "Rotorua", "3010"),
             ("Ōtāhuhu", "Auckland", "1062"), ("Whakatāne", "Whakatāne", "3120")]
def addr_nz(r):
    sub, city, pc = r.choice(NZ_PLACES)
    return [f"{r.choice(['', f'{r.randint(1,9)}/'])}{r.randint(2, 300)} {r.choice(['Kowhai Road', 'Pōhutukawa Drive', 'Rimu Street', 'Tītī Lane', 'Great South Road', 'Kāpiti Crescent'])}",
            sub, f"{city} {pc}"]
def addr_de(r):
    return [f"{r.choice(['Lindenstraße', 'Am Gräbele', 'Schönhauser Allee', 'Kurt-Schumacher-Ring'])} {r.randint(1, 120)}{r.choice(['', 'a', 'b'])}",
            f"{r.choice(['10437 Berlin', '79098 Freiburg im Breisgau', '50667 Köln', '04109 Leipzig'])}"]
def addr_fr(r):
    return [f"{r.randint(1, 90)}{r.choice(['', ' bis', ' ter'])} {r.choice(['rue des Capucins', 'allée des Tilleuls', 'boulevard Gambetta', 'impasse du Moulin'])}",
            r.choice(["69001 Lyon", "31000 Toulouse", "13005 Marseille", "44000 Nantes"])]
def addr_es(r):
    return [f"C/ {r.choice(['Mayor', 'Urbieta', 'de la Reina Mercedes', 'Gran Vía'])}, {r.randint(1, 99)}, {r.randint(1,8)}º {r.choice(['A', 'B', 'izda.', 'dcha.'])}",
            r.choice(["20006 Donostia-San Sebastián", "41012 Sevilla", "28013 Madrid", "08012 Barcelona"])]
def addr_it(r):
    return [f"{r.choice(['Via dei Mille', 'Corso Vittorio Emanuele II', 'Vicolo del Pozzo', 'Piazza Garibaldi'])} {r.randint(1, 200)}",
            r.choice(["80121 Napoli (NA)", "40126 Bologna (BO)", "90133 Palermo (PA)", "10123 Torino (TO)"])]
def addr_in(r):
    return [f"Flat {r.randint(101, 904)}, {r.choice(['Shanti Kunj', 'Prestige Lakeside', 'Sai Krupa Apts'])}, {r.randint(1,40)}th Cross",
            r.choice(["Indiranagar, Bengaluru 560038", "Kothrud, Pune 411038", "Salt Lake, Kolkata 700091"])]
def addr_sg(r):
    return [f"Blk {r.randint(100, 899)} {r.choice(['Tampines St 81', 'Ang Mo Kio Ave 3', 'Jurong West St 52'])}", f"#{r.randint(2,20):02d}-{r.randint(10,999)}", f"Singapore {r.randint(300000, 799999)}"]
def addr_br(r):
    return [f"Rua {r.choice(['Augusta', 'dos Inconfidentes', 'Barão de Jaguaribe'])}, {r.randint(10, 3000)}, apto {r.randint(11, 184)}",
            r.choice(["Consolação, São Paulo - SP, 01305-100", "Savassi, Belo Horizonte - MG, 30140-061", "Ipanema, Rio de Janeiro - RJ, 22410-003"])]
ADDR = {"US": addr_us, "CA": addr_ca, "GB": addr_uk, "IE": addr_ie, "AU": addr_au, "NZ": addr_nz, "DE": addr_de,
        "FR": addr_fr, "ES": addr_es, "IT": addr_it, "IN": addr_in, "SG": addr_sg, "BR": addr_br}
def addr(r, cc, sep=", "): return sep.join(ADDR[cc](r))

# ----------------------------------------------------------------------------------------------------------------
# phones
US_AREA = ["614", "520", "509", "218", "518", "478", "806", "541", "559", "813", "570", "508", "810", "973", "303",
           "608", "804", "410", "919", "309", "859", "575", "412", "216"]
CA_AREA = ["514", "416", "204", "902", "306", "250", "867", "709", "506", "403", "705", "613"]
def d3x(r): return f"{r.randint(2,9)}{r.randint(0,9)}{r.randint(2,9)}"
def phone(r, cc):
    if cc in ("US", "CA"):
        a = r.choice(US_AREA if cc == "US" else CA_AREA); e = d3x(r); n = digits(r, 4)
        return r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}"])
    if cc == "GB":
        return r.choice([f"020 7{digits(r,3)} {digits(r,4)}", f"0113 {r.randint(2,4)}{digits(r,2)} {digits(r,4)}",
                         f"07{r.choice(['700', '723', '734', '745', '756', '768', '779', '801', '812', '932'])} {digits(r,6)}",
                         f"+44 29 20{digits(r,2)} {digits(r,4)}", f"+44 7{r.choice(['412', '586', '957'])} {digits(r,6)}",
                         f"0141 {r.randint(2,9)}{digits(r,2)} {digits(r,4)}"])
    if cc == "IE":
        return r.choice([f"+353 1 {r.randint(2,9)}{digits(r,2)} {digits(r,4)}", f"087 {r.randint(1,9)}{digits(r,2)} {digits(r,4)}",
                         f"021 4{digits(r,2)} {digits(r,4)}", f"(091) {r.randint(5,7)}{digits(r,5)}", f"+353 86 {r.randint(1,9)}{digits(r,2)} {digits(r,4)}"])
    if cc == "AU":
        return r.choice([f"(02) 9{digits(r,3)} {digits(r,4)}", f"(03) 9{digits(r,3)} {digits(r,4)}", f"04{r.randint(0,9)}{r.randint(0,9)} {digits(r,3)} {digits(r,3)}",
                         f"+61 4{digits(r,2)} {digits(r,3)} {digits(r,3)}", f"(08) 8{digits(r,3)} {digits(r,4)}", f"(07) 3{digits(r,3)} {digits(r,4)}"])
    if cc == "NZ":
        return r.choice([f"(09) {r.randint(3,9)}{digits(r,2)} {digits(r,4)}", f"+64 21 {digits(r,3)} {digits(r,4)}", f"027 {digits(r,3)} {digits(r,4)}",
                         f"(04) {r.randint(3,9)}{digits(r,2)} {digits(r,4)}", f"(03) 3{digits(r,2)} {digits(r,4)}"])
    if cc == "DE": return f"+49 {r.choice(['30', '761', '221', '341'])} {r.randint(2,9)}{digits(r,6)}"
    if cc == "FR": return f"+33 6 {digits(r,2)} {digits(r,2)} {digits(r,2)} {digits(r,2)}"
    if cc == "ES": return f"+34 6{digits(r,2)} {digits(r,3)} {digits(r,3)}"
    if cc == "IT": return f"+39 3{r.choice(['31', '47', '88'])} {digits(r,3)} {digits(r,4)}"
    if cc == "IN": return f"+91 98{digits(r,3)} {digits(r,5)}"
    if cc == "SG": return f"+65 9{digits(r,3)} {digits(r,4)}"
    if cc == "BR": return f"+55 11 9{digits(r,4)}-{digits(r,4)}"
    raise KeyError(cc)

def ip(r, kind=None):
    kind = kind or r.choice(["doc", "priv", "priv", "pub", "v6"])
    if kind == "doc": return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1,254)}"
    if kind == "priv": return r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}",
                                         f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}",
                                         f"192.168.{r.randint(0,255)}.{r.randint(1,254)}"])
    if kind == "pub": return f"{r.choice([81, 86, 101, 149, 165, 202, 24, 67])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
    return f"2001:db8:{r.randint(0,0xffff):x}:{r.randint(0,0xffff):x}::{r.randint(1,0xfff):x}"

def version4(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 300)}.{r.randint(256, 9999)}"

# ----------------------------------------------------------------------------------------------------------------
# dates
def rdate(r, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(d0, d1))
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def fdate(d, style):
    return {"us": f"{d.month:02d}/{d.day:02d}/{d.year}", "usn": f"{d.month}/{d.day}/{d.year}",
            "uk": f"{d.day:02d}/{d.month:02d}/{d.year}", "iso": d.isoformat(), "dmy": f"{d.day:02d}-{MON[d.month-1]}-{d.year}",
            "long": f"{MONTH[d.month-1]} {d.day}, {d.year}", "ukl": f"{d.day} {MONTH[d.month-1]} {d.year}",
            "hl7": d.strftime("%Y%m%d"), "de": f"{d.day:02d}.{d.month:02d}.{d.year}", "dmys": f"{d.day} {MON[d.month-1]} {d.year}",
            "DMY": f"{d.day:02d}{MON[d.month-1].upper()}{d.year}"}[style]
def dob(r, y0=1931, y1=2019): return rdate(r, y0, y1)
def visit(r): return rdate(r, 2024, 2026)

# ----------------------------------------------------------------------------------------------------------------
# clinical vocabulary
DX = ["HTN", "T2DM", "COPD", "CKD stage 3a", "CKD3", "atrial fibrillation", "HFrEF", "GERD", "obstructive sleep apnoea",
      "major depressive disorder", "generalised anxiety disorder", "PTSD", "bipolar II disorder", "schizoaffective disorder",
      "alcohol use disorder", "opioid use disorder", "hypothyroidism", "Hashimoto's thyroiditis", "rheumatoid arthritis",
      "osteoarthritis of the right knee", "gout", "plaque psoriasis", "ulcerative colitis", "Crohn's disease",
      "cellulitis of the left lower leg", "community-acquired pneumonia", "pyelonephritis", "left femoral DVT",
      "NSTEMI", "left MCA ischaemic stroke", "focal epilepsy", "migraine without aura", "relapsing-remitting MS",
      "Parkinson's disease", "Alzheimer's dementia", "iron-deficiency anaemia", "sickle cell disease", "chronic hepatitis C",
      "stage IIIA NSCLC", "diffuse large B-cell lymphoma", "nodular melanoma", "osteoporosis",
      "L5/S1 radiculopathy", "full-thickness supraspinatus tear", "plantar fasciitis", "chronic periodontitis",
      "anorexia nervosa", "ADHD", "coeliac disease", "moderate persistent asthma", "bronchiectasis", "urosepsis", "AKI",
      "diverticulitis", "polymyalgia rheumatica", "hidradenitis suppurativa", "Graves' disease", "lumbar spinal stenosis",
      "frozen shoulder", "T1DM", "CHF", "hyperlipidaemia", "MDD", "OSA", "PVD", "Barrett's oesophagus", "HFpEF"]
DX_DENTAL = ["irreversible pulpitis LR6", "pericoronitis of 38", "generalised chronic periodontitis", "dental caries 16 and 26", "cracked tooth syndrome UL7"]
DX_PHYSIO = ["patellofemoral pain syndrome", "lateral epicondylalgia", "grade II ankle sprain", "rotator cuff tendinopathy", "mechanical low back pain", "post-ACL reconstruction"]
DX_BH = ["major depressive disorder, recurrent, moderate", "generalized anxiety disorder", "PTSD", "alcohol use disorder, moderate",
         "bipolar I disorder", "borderline personality disorder", "panic disorder", "cannabis use disorder", "insomnia disorder"]
MED = [("metformin", "500 mg PO BID"), ("Jardiance", "10 mg PO daily"), ("semaglutide", "0.5 mg SC weekly"),
       ("apixaban", "5 mg PO BID"), ("Xarelto", "20 mg with evening meal"), ("warfarin", "per INR clinic"),
       ("atorvastatin", "40 mg nocte"), ("rosuvastatin", "10 mg PO qHS"), ("lisinopril", "20 mg daily"),
       ("perindopril", "5 mg mane"), ("ramipril", "2.5 mg OD"), ("amlodipine", "5 mg daily"), ("bisoprolol", "2.5 mg OD"),
       ("furosemide", "40 mg PO qAM"), ("spironolactone", "25 mg daily"), ("Eltroxin", "100 mcg mane"),
       ("levothyroxine", "88 mcg before breakfast"), ("sertraline", "100 mg daily"), ("escitalopram", "10 mg OD"),
       ("venlafaxine", "XR 150 mg daily"), ("mirtazapine", "15 mg nocte"), ("quetiapine", "25 mg PRN"),
       ("aripiprazole", "10 mg daily"), ("lurasidone", "40 mg with food"), ("lithium carbonate", "400 mg BD"),
       ("lamotrigine", "100 mg BID"), ("levetiracetam", "500 mg BD"), ("pregabalin", "75 mg BD"), ("gabapentin", "300 mg TDS"),
       ("oxycodone", "5 mg q4h PRN"), ("hydromorphone", "2 mg q4h PRN"), ("Suboxone", "8/2 mg SL daily"),
       ("methadone", "60 mg daily witnessed"), ("naltrexone", "50 mg daily"), ("Spiriva", "2 puffs daily"),
       ("Symbicort", "200/6 2 puffs BD"), ("Ventolin", "2 puffs q4h PRN"), ("montelukast", "10 mg nocte"),
       ("prednisolone", "40 mg OD x5 days"), ("methotrexate", "15 mg once WEEKLY (Fridays)"), ("hydroxychloroquine", "200 mg BD"),
       ("Humira", "40 mg SC every other week"), ("ustekinumab", "90 mg SC q8w"), ("allopurinol", "300 mg daily"),
       ("colchicine", "0.5 mg BD"), ("tamsulosin", "0.4 mg nocte"), ("dapagliflozin", "10 mg daily"), ("sitagliptin", "100 mg daily"),
       ("Lantus", "22 units SC qHS"), ("NovoRapid", "per sliding scale"), ("pantoprazole", "40 mg daily"),
       ("esomeprazole", "20 mg OD"), ("ondansetron", "4 mg ODT q8h PRN"), ("Augmentin", "875/125 mg BID x7d"),
       ("cefalexin", "500 mg QID"), ("doxycycline", "100 mg BD"), ("nitrofurantoin", "100 mg BD x5d"),
       ("flucloxacillin", "500 mg QDS"), ("clarithromycin", "500 mg BD"), ("enoxaparin", "40 mg SC daily"),
       ("ticagrelor", "90 mg BD"), ("clopidogrel", "75 mg OD"), ("Entresto", "49/51 mg BID"), ("Trulicity", "1.5 mg weekly"),
       ("cholecalciferol", "1000 IU daily"), ("ferrous fumarate", "305 mg daily"), ("alendronate", "70 mg weekly"),
       ("Prolia", "60 mg SC q6 months"), ("Mounjaro", "5 mg SC weekly"), ("zopiclone", "3.75 mg nocte PRN"),
       ("melatonin", "2 mg nocte"), ("paracetamol", "1 g QID PRN"), ("Panadol Osteo", "1330 mg TDS"),
       ("ibuprofen", "400 mg TDS with food"), ("naproxen", "500 mg BD"), ("Diamicron MR", "60 mg mane"),
       ("Coversyl", "5 mg mane"), ("Zoloft", "50 mg daily"), ("Seroquel", "50 mg nocte"), ("Tecfidera", "240 mg BID"),
       ("Ocrevus", "600 mg IV q6 months"), ("Epclusa", "1 tab daily x12 wk"), ("Biktarvy", "1 tab daily"),
       ("mesalazine", "2.4 g daily"), ("Stelara", "90 mg q8w"), ("budesonide", "9 mg daily"), ("carbimazole", "20 mg OD"),
       ("propylthiouracil", "100 mg TID"), ("Duodopa", "per pump settings"), ("Sinemet", "25/100 1 tab TDS"),
       ("donepezil", "10 mg nocte"), ("memantine", "10 mg BD"), ("hydroxyurea", "1000 mg daily"), ("Vyvanse", "30 mg mane"),
       ("atomoxetine", "40 mg daily"), ("chlorhexidine", "0.2% mouthwash 10 mL BD"), ("amoxicillin", "500 mg TDS x5d"),
       ("metronidazole", "400 mg TDS x7d"), ("Dymista", "1 spray each nostril BD")]
ALLERGENS = ["penicillin", "sulfamethoxazole", "codeine", "morphine", "cefaclor", "trimethoprim", "ibuprofen", "contrast dye (iodinated)"]
NEG_DX = ["pulmonary embolism", "ACS", "appendicitis", "meningitis", "malignancy", "DVT", "fracture", "pneumothorax", "sepsis", "stroke"]
FAMHX = ["Mother had breast cancer at 52", "Father: MI at 61, T2DM", "Maternal aunt with ovarian cancer",
         "Brother with schizophrenia", "FHx of colorectal cancer (paternal grandfather)", "Sister has coeliac disease"]

def pick_meds(r, k):
    return r.sample(MED, k)

# identifiers
def mrn(r):
    return r.choice([digits(r, 8), f"{digits(r,3)}-{digits(r,3)}-{digits(r,2)}", "E" + digits(r, 7), f"MR{digits(r,7)}",
                     f"{r.randint(1,9)}{digits(r,6)}", f"RX{digits(r,7)}", f"H{digits(r,6)}", digits(r, 10)])
def member_id(r):
    return r.choice(["XJH" + digits(r, 9), "W" + digits(r, 9), f"{r.choice(['ZGP', 'YRK', 'QMB'])}{digits(r,8)}01",
                     f"M{digits(r,8)}", f"{digits(r,9)}-0{r.randint(1,4)}", "U" + digits(r, 8) + "02"])
def ohip(r):  # Ontario health card: 10 digits + version code (no label type in LABELS.md: unlabelled)
    return f"{digits(r,4)}-{digits(r,3)}-{digits(r,3)}-{r.choice(['AB', 'KT', 'ZR', 'HX'])}"
def au_medicare(r):  # Australian Medicare card (no label type: unlabelled)
    return f"{r.randint(2,6)}{digits(r,3)} {digits(r,5)} {r.randint(1,9)}"
def nhi(r):  # NZ National Health Index (no label type: unlabelled)
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + digits(r, 4)
def ie_ihi(r): return digits(r, 12)
def npi(r): return luhn_complete("80840" + str(r.randint(1, 2)) + digits(r, 8))[5:]
def dea(r): return r.choice("ABFM") + r.choice("KLMPRSTW") + digits(r, 7)
def acc_no(r): return f"{r.choice(['CT', 'MR', 'US', 'XR', 'SP'])}{r.randint(24,26)}-{digits(r,6)}"
def claim_no(r): return f"{r.randint(20,26)}{digits(r,3)}{r.choice('ABCDEFGH')}{digits(r,7)}"
def ndc(r): return f"{digits(r,5)}-{digits(r,4)}-{digits(r,2)}"
def oid(r): return f"2.16.840.1.113883.{r.choice(['3', '19', '4.6', '6.1'])}.{r.randint(1, 9999)}.{r.randint(1, 99)}"
def clinic_phone(r, cc): return phone(r, cc)

# ================================================================================================================
# templates: each returns (Doc, format)
TEMPLATES = []
def tpl(n):
    def deco(f):
        TEMPLATES.append((f.__name__, n, f)); return f
    return deco

def country_for(r): return r.choice(["US", "CA", "GB", "IE", "AU", "NZ"])

# ---------------------------------------------------------------- clinical
@tpl(3)
def soap_note(r):
    d = Doc(); p = person(r); doc_ = clin_name(r); b = dob(r, 1940, 2005); v = visit(r)
    dx1, dx2 = r.sample(DX, 2); m = pick_meds(r, 3)
    d("PROGRESS NOTE — ", r.choice(["Family Medicine", "Internal Medicine Clinic", "Primary Care (Telehealth)"]), "\n")
    d("Pt: ", L("PERSON", name_var(r, p, r.choice(["lastfirst", "full"]))), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)),
      "   DOB: ", L("DATE_OF_BIRTH", fdate(b, r.choice(["us", "usn"]))), "\n")
    d("DOS: ", fdate(v, "us"), "  Provider: ", L("PERSON", f"{doc_.given} {doc_.family}"), ", ", r.choice(["MD", "DO", "NP-C", "PA-C"]), "\n\n")
    d("S: ", f"{(v.year - b.year)}yo {'F' if p.female else 'M'} w/ h/o ", L("DIAGNOSIS", dx1), " and ", L("DIAGNOSIS", dx2),
      r.choice([" presents for f/u.", " here for 3-mo check.", " c/o worsening fatigue x2 wks."]), " ",
      r.choice(["Denies chest pain, SOB, or palpitations.", "Denies fevers/chills. No dysuria.", "Neg for polyuria/polydipsia."]),
      " Reports taking ", L("MEDICATION", m[0][0]), " ", m[0][1], " ", r.choice(["most days", "as prescribed", "inconsistently — cost issue"]), ".\n")
    d("   FHx: ", r.choice(FAMHX), ". SHx: ", r.choice(["ex-smoker, 20 pk-yr, quit 2015", "never smoker; 2-3 drinks/wk", "vapes daily, no EtOH"]), ".\n")
    d("O: BP ", f"{r.randint(112,168)}/{r.randint(64,98)}", " HR ", r.randint(58, 104), " SpO2 ", r.randint(93, 99), "% RA  Wt ",
      r.randint(52, 131), " kg  A1c ", f"{r.uniform(5.4, 10.2):.1f}", "%  eGFR ", r.randint(28, 95), "\n")
    d("A/P:\n 1. ", L("DIAGNOSIS", dx1), " — ", r.choice(["suboptimally controlled", "stable", "improving"]), "; continue ",
      L("MEDICATION", m[1][0]), " ", m[1][1], ".\n")
    d(" 2. ", L("DIAGNOSIS", dx2), " — start ", L("MEDICATION", m[2][0]), " ", m[2][1], ". r/o ", r.choice(NEG_DX), " — ",
      r.choice(["low pretest prob, D-dimer neg", "no evidence on exam", "ruled out"]), ".\n")
    d(" 3. Allergies: ", L("MEDICATION", r.choice(ALLERGENS)), " (", r.choice(["rash", "anaphylaxis", "hives", "GI upset"]), ").\n")
    d("RTC ", r.choice(["3 mo", "6 wks", "PRN"]), ". Pt verbalised understanding.\n")
    return d, "clinical_note"

@tpl(2)
def ed_triage_au(r):
    d = Doc(); p = person(r, r.choice(["maori", "samoan", "vietnamese", "greek", "lebanese", "english", "tongan", "fijian_indian"]))
    b = dob(r); nok = person(r, p.origin)
    d(r.choice(["ROYAL MELBOURNE", "WESTMEAD", "PRINCESS ALEXANDRA", "FIONA STANLEY"]), " HOSPITAL — EMERGENCY DEPARTMENT\n")
    d("TRIAGE  ATS ", r.randint(2, 4), "   Arrived: ", r.choice(["Ambulance", "Walk-in", "Police"]), "  ", fdate(visit(r), "uk"), " ", f"{r.randint(0,23):02d}:{r.randint(0,59):02d}", "\n")
    d("UR No.: ", L("MEDICAL_RECORD_NUMBER", digits(r, 7)), "   Medicare: ", au_medicare(r), "   IHI: 8003 6", digits(r, 3), " ", digits(r, 4), " ", digits(r, 4), "\n")
    d("Name: ", L("PERSON", f"{p.family.upper()}, {p.given}"), "   D.O.B: ", L("DATE_OF_BIRTH", fdate(b, "uk")), "  Sex: ", "F" if p.female else "M", "\n")
    d("Address: ", L("ADDRESS", addr(r, "AU")), "\n")
    d("NOK: ", L("PERSON", nok.full), " (", r.choice(["partner", "daughter", "son", "mother"]), ") ", L("PHONE", phone(r, "AU")), "\n")
    d("PC: ", r.choice(["SOB", "abdo pain RIF", "fall from ladder ~2m", "chest tightness radiating to L arm", "fever + rigors"]), ". ")
    dx = r.choice(DX)
    d("Background ", L("DIAGNOSIS", dx), ", ", L("DIAGNOSIS", r.choice([x for x in DX if x != dx])), ". ")
    m = pick_meds(r, 2)
    d("Meds: ", L("MEDICATION", m[0][0]), ", ", L("MEDICATION", m[1][0]), ". NKDA.\n")
    d("Obs: RR ", r.randint(14, 30), " SpO2 ", r.randint(88, 99), "% HR ", r.randint(60, 140), " BP ", r.randint(90, 170), "/", r.randint(50, 100),
      " T ", f"{r.uniform(36.1, 39.6):.1f}", " GCS 15. Pain ", r.randint(2, 9), "/10.\n")
    d("Triage RN: ", L("PERSON", clin_name(r).full), "\n")
    return d, "clinical_note"

@tpl(2)
def sbar_uk(r):
    d = Doc(); p = person(r, r.choice(["english", "welsh", "scots", "punjabi", "yoruba", "polish", "somali", "irish"]))
    b = dob(r, 1930, 1975); hn = r.choice(["RJ", "RX", "K"]) + digits(r, 6)
    m = pick_meds(r, 2); dx = r.choice(DX)
    d("SBAR handover — Ward ", r.choice(["7B (Acute Medicine)", "Elm (Care of the Elderly)", "AMU bay 3", "Ward 22 Respiratory"]), " — night shift\n")
    d(L("PERSON", p.full), ", bed ", r.randint(1, 28), ", hosp no ", L("MEDICAL_RECORD_NUMBER", hn), ", NHS ", L("UK_NHS_NUMBER", nhs(r)), ", DOB ", L("DATE_OF_BIRTH", fdate(b, "uk")), "\n")
    d("S: NEWS2 up from 3 to ", r.randint(5, 8), "; new O2 requirement 2L NC.\n")
    d("B: admitted ", fdate(visit(r), "dmys"), " with ", L("DIAGNOSIS", dx), ". PMH ", L("DIAGNOSIS", r.choice(DX)), ". On ", L("MEDICATION", m[0][0]),
      " and ", L("MEDICATION", m[1][0]), ". DNACPR: ", r.choice(["in place", "not discussed", "for full escalation"]), ".\n")
    d("A: ", r.choice(["?HAP — CXR awaited.", "?fluid overload, crackles bibasally.", "Likely AKI on CKD, UO 15 ml/hr."]),
      " No evidence of ", r.choice(NEG_DX), " on bloods so far.\n")
    d("R: Please r/v by F1 (", L("PERSON", clin_name(r).full), ", bleep ", r.randint(1000, 9999), ") and repeat obs in 1h. Family aware — daughter ",
      L("PERSON", person(r, p.origin).given), " on ", L("PHONE", phone(r, "GB")), ".\n")
    return d, "clinical_note"

@tpl(2)
def radiology_report(r):
    d = Doc(); p = person(r); b = dob(r, 1945, 2000); cc = r.choice(["US", "CA", "IE", "NZ"])
    neg = r.random() < .5
    d("DIAGNOSTIC IMAGING REPORT\n")
    d("Patient: ", L("PERSON", name_var(r, p, "lastfirst")), "    MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "    DOB: ", L("DATE_OF_BIRTH", fdate(b, "dmy")), "\n")
    d("Accession: ", acc_no(r), "   Exam: ", r.choice(["CT PULMONARY ANGIOGRAM", "CT ABDOMEN/PELVIS W CONTRAST", "MRI LUMBAR SPINE W/O", "US RENAL BILATERAL"]),
      "   Study UID: ", oid(r), "\n")
    d("Referring: Dr ", L("PERSON", clin_name(r).full), "\n\n")
    d("CLINICAL HISTORY: ", r.choice(["SOB, tachycardia, r/o PE.", "RLQ pain, ?appendicitis.", "Back pain radiating to L leg.", "AKI, ?obstruction."]), "\n")
    d("COMPARISON: ", r.choice(["None.", "CT " + fdate(visit(r), "us") + "."]), "\n")
    if neg:
        d("FINDINGS: No filling defect to the segmental level. No evidence of pulmonary embolism. Lungs clear. No pleural effusion. ",
          "Incidental 4 mm RUL nodule; per Fleischner criteria no routine follow-up.\n")
        d("IMPRESSION:\n1. Negative for pulmonary embolism.\n2. No acute abnormality.\n")
    else:
        f = r.choice(["acute uncomplicated appendicitis", "right lower lobe pneumonia", "L4/5 disc extrusion with L5 nerve root compression",
                      "moderate right hydronephrosis secondary to a 6 mm UVJ calculus", "segmental pulmonary emboli in the right lower lobe"])
        d("FINDINGS: See impression. Background changes of ", L("DIAGNOSIS", r.choice(["emphysema", "hepatic steatosis", "multilevel spondylosis", "diverticulosis"])), ".\n")
        d("IMPRESSION:\n1. ", L("DIAGNOSIS", f), ".\n2. No free air.\n")
    d("Results phoned to ", L("PERSON", clin_name(r).full), " at ", f"{r.randint(0,23):02d}:{r.randint(0,59):02d}", ".\n")
    d("Electronically signed: ", L("PERSON", clin_name(r).full), ", FRCR/FRANZCR\n")
    return d, "lab_report"

@tpl(1)
def pathology_report(r):
    d = Doc(); p = person(r); b = dob(r, 1940, 1990)
    d("SURGICAL PATHOLOGY REPORT      Specimen #: ", r.choice(["S", "SP"]), r.randint(24, 26), "-", digits(r, 5), "\n")
    d("Name: ", L("PERSON", name_var(r, p, "caps")), "   Hosp#: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB: ", L("DATE_OF_BIRTH", fdate(b, "us")), "\n")
    d("Submitting physician: ", L("PERSON", clin_name(r).full), "\n\n")
    d("SPECIMEN: A. Left breast, 2 o'clock, US-guided core biopsy x3.\n")
    d("GROSS: Three tan-white cores, 1.2–1.6 cm, entirely submitted in A1.\n")
    d("MICROSCOPIC: Sections show infiltrating cords of atypical cells.\n")
    dxp = r.choice(["invasive ductal carcinoma, grade 2", "invasive lobular carcinoma", "ductal carcinoma in situ, high nuclear grade"])
    d("DIAGNOSIS:\nA. Breast, left, core biopsy: ", L("DIAGNOSIS", dxp), ". ER positive (", r.randint(70, 100), "%), PR positive, HER2 IHC 1+.\n")
    d("No lymphovascular invasion identified. Negative for microcalcifications.\n")
    d("Pathologist: ", L("PERSON", clin_name(r).full), ", MD   ", fdate(visit(r), "long"), "\n")
    return d, "lab_report"

@tpl(1)
def operative_note(r):
    d = Doc(); p = person(r); b = dob(r, 1950, 2004)
    d("OPERATIVE NOTE\nPatient: ", L("PERSON", p.full), "  MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "  DOB ", L("DATE_OF_BIRTH", fdate(b, "iso")), "\n")
    d("Surgeon: ", L("PERSON", clin_name(r).full), "  Assistant: ", L("PERSON", clin_name(r).full), "  Anaesthetist: ", L("PERSON", clin_name(r).full), "\n")
    pre = r.choice(["acute cholecystitis", "right inguinal hernia", "left distal radius fracture", "perforated appendix"])
    d("Pre-op diagnosis: ", L("DIAGNOSIS", pre), "\nPost-op diagnosis: same\n")
    d("Procedure: ", r.choice(["Laparoscopic cholecystectomy", "Open mesh repair (Lichtenstein)", "ORIF with volar locking plate", "Laparoscopic appendicectomy"]), "\n")
    d("Anaesthesia: GA + ETT. Antibiotic prophylaxis: ", L("MEDICATION", r.choice(["cefazolin", "Kefzol", "cefuroxime"])), " 2 g IV at induction.\n")
    d("Findings: ", r.choice(["Inflamed gallbladder, no stones in CBD on IOC.", "Indirect sac, cord structures preserved.", "Dorsally angulated fracture, reduced."]), "\n")
    d("EBL <50 mL. Specimens to histology. Implant lot ", r.choice("ABC"), digits(r, 8), ", REF ", digits(r, 6), ".\n")
    d("VTE: ", L("MEDICATION", "enoxaparin"), " 40 mg SC from POD0. Plan: discharge POD1 if tolerating diet.\n")
    return d, "clinical_note"

@tpl(2)
def discharge_letter(r):
    d = Doc(); cc = r.choice(["NZ", "IE", "GB", "CA"]); p = person(r, r.choice(["maori", "irish", "scots", "quebecois", "cree_metis", "tongan", "somali"]))
    b = dob(r); gp = clin_name(r); cons = clin_name(r)
    m = pick_meds(r, 4); dx = r.sample(DX, 2)
    hosp = {"NZ": "Te Whatu Ora — Waikato Hospital", "IE": "Cork University Hospital", "GB": "Royal Infirmary of Edinburgh", "CA": "Hôpital du Sacré-Cœur de Montréal"}[cc]
    d(hosp, "\nDISCHARGE SUMMARY\n\n")
    if cc == "NZ": d("NHI: ", nhi(r), "    ")
    if cc == "IE": d("IHI: ", ie_ihi(r), "    ")
    if cc == "CA": d("RAMQ: ", strip_acc(p.family[:3]).upper().ljust(3, "X"), strip_acc(p.given[0]).upper(), digits(r, 8), "    ")
    if cc == "GB": d("CHI: ", fdate(b, "uk").replace("/", "")[:4], fdate(b, "uk")[-2:], digits(r, 4), "    ")
    d("Hospital number: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("Patient: ", L("PERSON", p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(b, r.choice(["ukl", "uk", "dmys"]))), "\n")
    d("Address: ", L("ADDRESS", addr(r, cc, "\n         ")), "\n")
    adm = visit(r); dis = adm + datetime.timedelta(days=r.randint(1, 19))
    d("GP: Dr ", L("PERSON", gp.full), "\nAdmitted: ", fdate(adm, "uk"), "   Discharged: ", fdate(dis, "uk"), "\n\n")
    d("Principal diagnosis: ", L("DIAGNOSIS", dx[0]), "\nComorbidities: ", L("DIAGNOSIS", dx[1]), "\n\n")
    d("Clinical course: Treated with IV ", L("MEDICATION", r.choice(["ceftriaxone", "piperacillin-tazobactam", "Tazocin", "co-amoxiclav"])),
      " then stepped down to oral. Echo showed preserved LV function. Ruled out ", r.choice(NEG_DX), ". ",
      r.choice(FAMHX), " — outpatient screening discussed.\n\n")
    d("Medications on discharge:\n")
    for name, sig in m[:3]:
        d("  - ", L("MEDICATION", name), " ", sig, r.choice(["", " (NEW)", " (dose changed)"]), "\n")
    d("Stopped: ", L("MEDICATION", m[3][0]), " (", r.choice(["hyponatraemia", "falls risk", "AKI"]), ")\n\n")
    d("Follow-up: ", r.choice(["Resp clinic 6 weeks", "GP review in 1 week for U&E", "Fracture clinic 2/52"]), ".\n")
    d("Consultant: ", L("PERSON", cons.full), "\n")
    return d, "discharge_summary"

@tpl(2)
def lab_cumulative(r):
    d = Doc(); p = person(r); b = dob(r); dt = visit(r)
    d(r.choice(["LABCORP", "LIFELABS", "SONIC HEALTHCARE", "AWANUI LABS", "HEALTHCARE BIOMEDICAL"]), " — CUMULATIVE REPORT\n")
    d("PATIENT: ", L("PERSON", name_var(r, p, "lastfirst")), "       SEX: ", "F" if p.female else "M", "\n")
    d("DOB: ", L("DATE_OF_BIRTH", fdate(b, r.choice(["us", "uk", "dmy"]))), "     MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "     ACC#: ", acc_no(r), "\n")
    d("ORDERING: ", L("PERSON", name_var(r, clin_name(r), "lastfirst")), "   COLLECTED: ", fdate(dt, "iso"), " 07:42\n")
    d("-" * 64, "\n", f"{'TEST':<22}{'RESULT':>10}  {'FLAG':<5}{'UNITS':<12}{'REF RANGE':<14}\n")
    rows = [("Haemoglobin", f"{r.uniform(9, 16):.0f}", "g/L" if r.random() < .5 else "g/dL", "115-165"), ("WBC", f"{r.uniform(3, 15):.1f}", "x10^9/L", "4.0-11.0"),
            ("Platelets", str(r.randint(90, 450)), "x10^9/L", "150-400"), ("Sodium", str(r.randint(126, 146)), "mmol/L", "135-145"),
            ("Potassium", f"{r.uniform(3.1, 5.9):.1f}", "mmol/L", "3.5-5.2"), ("Creatinine", str(r.randint(55, 310)), "umol/L", "45-90"),
            ("eGFR", str(r.randint(15, 90)), "mL/min/1.73", ">60"), ("HbA1c", str(r.randint(38, 96)), "mmol/mol", "<41"),
            ("CRP", str(r.randint(1, 240)), "mg/L", "<5"), ("TSH", f"{r.uniform(0.1, 9):.2f}", "mIU/L", "0.4-4.0")]
    for t, v, u, rr in r.sample(rows, 7):
        d(f"{t:<22}{v:>10}  {r.choice(['', '', 'H', 'L']):<5}{u:<12}{rr:<14}".rstrip(), "\n")
    d("-" * 64, "\n")
    if r.random() < .5:
        d("COMMENT: Results consistent with ", L("DIAGNOSIS", r.choice(["CKD stage 4", "iron-deficiency anaemia", "poorly controlled T2DM", "subclinical hypothyroidism"])),
          "; ", r.choice(["patient on", "note therapy with"]), " ", L("MEDICATION", r.choice(["metformin", "levothyroxine", "ferrous sulfate", "lithium"])), ".\n")
    else:
        d("COMMENT: Haemolysed sample — potassium may be falsely elevated. Method change for TSH from ", fdate(visit(r), "iso"), ".\n")
    d("Verified by ", L("PERSON", clin_name(r).full), " (Scientist)  Page 1 of 1\n")
    return d, "lab_report"

def hl7_ts(r): return f"{visit(r).strftime('%Y%m%d')}{r.randint(0,23):02d}{r.randint(0,59):02d}"

def pid_segment(d, r, p, b, cc="US", with_ssn=False):
    lines = ADDR[cc](r)
    if cc == "US":
        city, rest = lines[1].split(", "); st, z = rest.split(" ")
        a = f"{lines[0]}^^{city}^{st}^{z}"
    else:
        m_ = re.match(r"(.+?),? ([A-Z]{2})\s+([A-Z]\d[A-Z] \d[A-Z]\d)$", lines[1])
        a = f"{lines[0].replace(',', '')}^^{m_.group(1)}^{m_.group(2)}^{m_.group(3)}"
    mid = r.choice(["", "^" + r.choice("ABCDEJKMRS")])
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", digits(r, r.choice([7, 8, 9]))), "^^^", r.choice(["MRN", "HOSP"]), "^MR~", digits(r, 9), "^^^", r.choice(["ENC", "VN"]), "||",
      L("PERSON", f"{strip_acc(p.family).upper()}^{strip_acc(p.given).upper()}{mid}"), "||", L("DATE_OF_BIRTH", b.strftime("%Y%m%d")), "|", "F" if p.female else "M",
      "|||", L("ADDRESS", a), "^", {"US": "USA", "CA": "CAN", "GB": "GBR", "IE": "IRL", "AU": "AUS", "NZ": "NZL"}[cc], "^H||")
    ph = phone(r, cc); d(L("PHONE", ph), "^PRN^PH|||", r.choice(["S", "M", "W", "D"]), "||", digits(r, 10), "|")
    if with_ssn: d(L("US_SSN", ssn(r)))
    d("\r")

@tpl(2)
def hl7_adt(r):
    d = Doc(); p = person(r); b = dob(r); nk = person(r, p.origin); ev = r.choice(["A01", "A04", "A08"])
    doc_ = clin_name(r); ins = person(r)
    d("MSH|^~\\&|EPICADT|", r.choice(["MERCYHLTH", "STLUKES", "NWHOSP"]), "|HL7ENGINE|LAB|", hl7_ts(r), "||ADT^", ev, "^ADT_", ev, "|MSG", digits(r, 8), "|P|2.5.1\r")
    d("EVN|", ev, "|", hl7_ts(r), "\r")
    pid_segment(d, r, p, b, "US", with_ssn=r.random() < .6)
    d("NK1|1|", L("PERSON", f"{strip_acc(nk.family).upper()}^{strip_acc(nk.given).upper()}"), "|", r.choice(["SPO^Spouse", "CHD^Child", "PAR^Parent"]), "|||", L("PHONE", phone(r, "US")), "\r")
    d("PV1|1|", r.choice(["I", "E", "O"]), "|4W^", r.randint(401, 430), "^A|||", r.randint(100000, 999999), "^", L("PERSON", f"{strip_acc(doc_.family).upper()}^{strip_acc(doc_.given).upper()}"), "^^^^MD|||MED||||7|||", digits(r, 6), "^", L("PERSON", strip_acc(doc_.family).upper()), "\r")
    code, desc = r.choice([("I10", "Essential hypertension"), ("E11.9", "Type 2 diabetes mellitus without complications"), ("J44.1", "COPD with acute exacerbation"), ("N18.31", "Chronic kidney disease stage 3a"), ("I48.91", "Atrial fibrillation")])
    d("DG1|1||", code, "^", L("DIAGNOSIS", desc), "^I10C||A\r")
    pc, pn = r.choice([("BCBSIL", "Blue Cross Blue Shield of Illinois"), ("AETNA", "Aetna Choice POS II"), ("UHC", "UnitedHealthcare Choice Plus"), ("CIGNA", "Cigna Open Access Plus")])
    d("IN1|1|", pc, "|", digits(r, 5), "|", pn,
      "|||GRP", digits(r, 6), "||||||||", L("PERSON", f"{strip_acc(ins.family).upper()}^{strip_acc(ins.given).upper()}"), "|01|", "|||||||||||||||||||", L("HEALTH_PLAN_ID", member_id(r)), "\r")
    return d, "hl7"

@tpl(1)
def hl7_oru(r):
    d = Doc(); p = person(r); b = dob(r)
    d("MSH|^~\\&|LIS|", r.choice(["LIFELABS", "QUESTLAB"]), "|EMR|CLINIC|", hl7_ts(r), "||ORU^R01^ORU_R01|", digits(r, 10), "|P|2.5.1\n")
    pid_segment(d, r, p, b, r.choice(["US", "CA"]))
    d("\nOBR|1|", digits(r, 8), "|", digits(r, 8), "^LAB|24323-8^Comprehensive metabolic panel^LN|||", hl7_ts(r), "\n")
    for code, nm, v, u, rr, fl in [("2345-7", "Glucose", r.randint(70, 260), "mg/dL", "70-99", "H"), ("2160-0", "Creatinine", f"{r.uniform(.6, 2.8):.2f}", "mg/dL", "0.57-1.00", "H"),
                                   ("2823-3", "Potassium", f"{r.uniform(3.2, 5.8):.1f}", "mmol/L", "3.5-5.2", "N"), ("4548-4", "Hemoglobin A1c", f"{r.uniform(5.2, 11):.1f}", "%", "<5.7", "H")]:
        d("OBX|", "|NM|", code, "^", nm, "^LN||", v, "|", u, "|", rr, "|", fl, "|||F\n")
    d("NTE|1||Pt on ", L("MEDICATION", r.choice(["metformin", "Jardiance", "glipizide", "Ozempic"])), "; fasting status unknown.\n")
    return d, "hl7"

@tpl(1)
def hl7_orm(r):
    d = Doc(); p = person(r); b = dob(r)
    d("MSH|^~\\&|CPOE|GENHOSP|RIS|GENHOSP|", hl7_ts(r), "||ORM^O01|", digits(r, 9), "|P|2.3\r")
    pid_segment(d, r, p, b, "US")
    d("ORC|NW|", digits(r, 7), "|||SC||^^^", hl7_ts(r), "^^R\r")
    d("OBR|1|", digits(r, 7), "||71275^CT ANGIO CHEST W CONTRAST^CPT|||", hl7_ts(r), "||||||r/o PE; Hx ", L("DIAGNOSIS", r.choice(["DVT", "lung adenocarcinoma", "factor V Leiden"])), "; Cr 0.9|||",
      digits(r, 6), "^", L("PERSON", strip_acc(clin_name(r).family).upper()), "\r")
    return d, "hl7"

@tpl(1)
def hl7_siu(r):
    d = Doc(); p = person(r); b = dob(r)
    d("MSH|^~\\&|SCHED|PHYSIO_CLINIC|EHR|ORG|", hl7_ts(r), "||SIU^S12|", digits(r, 8), "|P|2.4\r")
    d("SCH|", digits(r, 6), "||||||", r.choice(["FOLLOWUP", "NEWPT"]), "^", r.choice(["Follow up", "New patient"]), "|PT^Physiotherapy|45|min|^^45^", hl7_ts(r), "\r")
    pid_segment(d, r, p, b, r.choice(["US", "CA"]))
    pt_ = clin_name(r)
    d("AIS|1||PT45^Physiotherapy 45min\rAIP|1||", digits(r, 6), "^", L("PERSON", f"{strip_acc(pt_.family).upper()}^{strip_acc(pt_.given).upper()}"), "|PT\r")
    return d, "hl7"

@tpl(2)
def fhir_bundle(r):
    d = Doc(); p = person(r); b = dob(r); m = r.choice(MED); dx = r.choice(DX); cc = r.choice(["US", "CA", "AU", "NZ"])
    lines = ADDR[cc](r)
    refuted = r.choice(NEG_DX)
    obj = {"resourceType": "Bundle", "type": "collection", "timestamp": f"{visit(r).isoformat()}T09:{r.randint(10,59)}:00Z",
           "entry": [
               {"resource": {"resourceType": "Patient", "id": "pt-" + digits(r, 6),
                             "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                             "system": "urn:oid:" + oid(r), "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
                             "name": [{"use": "official", "family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
                             "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc)), "use": "mobile"},
                                         {"system": "email", "value": L("EMAIL", email_of(r, p))}],
                             "gender": "female" if p.female else "male", "birthDate": L("DATE_OF_BIRTH", b.isoformat()),
                             "address": [{"line": [L("ADDRESS", lines[0])], "city": lines[-1].split(",")[0] if cc == "US" else lines[-1], "country": cc}]}},
               {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                             "verificationStatus": {"coding": [{"code": "confirmed"}]},
                             "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/pt"}}},
               {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                             "code": {"text": refuted}, "subject": {"reference": "Patient/pt"}}},
               {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                             "medicationCodeableConcept": {"text": M(L("MEDICATION", m[0]), " " + m[1])},
                             "dosageInstruction": [{"text": m[1]}]}},
           ]}
    if cc == "US" and r.random() < .7:
        obj["entry"].append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", member_id(r)),
                                          "payor": [{"display": r.choice(["Humana Gold Plus", "Kaiser Permanente", "Anthem Blue Cross"])}],
                                          "class": [{"type": {"text": "group"}, "value": "GRP-" + digits(r, 5)}]}})
    elif cc == "US":
        obj["entry"].append({"resource": {"resourceType": "Coverage", "status": "active", "type": {"text": "Medicare Part B"},
                                          "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": L("US_MBI", mbi(r))}]}})
    emit_json(d, obj)
    return d, "fhir_json"

@tpl(1)
def fhir_valueset(r):
    d = Doc()
    obj = {"resourceType": "ValueSet", "id": "vs-cardiometabolic-" + digits(r, 3), "version": version4(r), "status": "active",
           "publisher": "Clinical Informatics Team", "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [
               {"code": "44054006", "display": "Diabetes mellitus type 2"}, {"code": "38341003", "display": "Hypertensive disorder"},
               {"code": "49436004", "display": "Atrial fibrillation"}, {"code": "709044004", "display": "Chronic kidney disease"}]},
               {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "concept": [{"code": "860975", "display": "metformin hydrochloride 500 MG"},
                {"code": "1545653", "display": "empagliflozin 10 MG Oral Tablet"}, {"code": "1364430", "display": "apixaban 5 MG Oral Tablet"}]}]},
           "meta": {"source": "urn:oid:" + oid(r), "lastUpdated": f"{visit(r).isoformat()}T00:00:00Z"}}
    emit_json(d, obj)
    return d, "fhir_json"

@tpl(1)
def behavioural_intake(r):
    d = Doc(); p = person(r, r.choice(["cree_metis", "haitian", "us_south", "hmong", "afghan", "syrian"])); b = dob(r, 1970, 2008)
    m = r.sample(MED[15:30], 2); dx = r.sample(DX_BH, 2)
    d("BEHAVIORAL HEALTH INTAKE ASSESSMENT (confidential — 42 CFR Part 2)\n")
    d("Client: ", L("PERSON", p.full), "   Client ID / MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB: ", L("DATE_OF_BIRTH", fdate(b, "usn")), "\n")
    d("Preferred name: ", L("PERSON", p.given.split()[0]), "   Pronouns: ", r.choice(["she/her", "he/him", "they/them"]), "\n")
    d("Referral source: ", r.choice(["ED social work", "self", "PCP", "court diversion"]), "\n\n")
    d("Presenting concern (client's words): \"", r.choice(["i cant sleep and i keep having the same nightmare", "everything's been too much since the layoff", "my drinking got out of hand again"]), "\"\n")
    d("Hx: Prior dx of ", L("DIAGNOSIS", dx[0]), " (", r.randint(2008, 2023), "). Previously trialled ", L("MEDICATION", m[0][0]), " — stopped d/t side effects. ",
      "Currently on ", L("MEDICATION", m[1][0]), " ", m[1][1], ".\n")
    d("Risk: Denies current SI/HI. No hx of suicide attempts. Denies AVH. Access to firearms: ", r.choice(["none", "locked, family holds key"]), ".\n")
    d("Substance use: AUDIT-C ", r.randint(0, 12), "; denies IVDU.\n")
    d("Collateral: ", r.choice(["sister", "partner", "case manager"]), " ", L("PERSON", person(r).full), ", ", L("PHONE", phone(r, "US")), " (ROI signed).\n")
    d("Provisional diagnosis: ", L("DIAGNOSIS", dx[1]), ". Rule out bipolar spectrum — insufficient evidence at this time.\n")
    d("Clinician: ", L("PERSON", clin_name(r).full), ", LCSW\n")
    return d, "clinical_note"

@tpl(1)
def physio_note(r):
    d = Doc(); p = person(r, r.choice(["maori", "samoan", "afrikaans", "dutch", "english"])); b = dob(r, 1960, 2008); dx = r.choice(DX_PHYSIO)
    d("PHYSIOTHERAPY — Subsequent consultation\nClient: ", L("PERSON", p.full), "  (DOB ", L("DATE_OF_BIRTH", fdate(b, "uk")), ")   ACC claim no. ",
      r.choice("ABCDEFGH"), r.choice("ABCDEFGH"), digits(r, 5), "\n")
    d("Dx: ", L("DIAGNOSIS", dx), "\nS: pain ", r.randint(2, 7), "/10 NPRS, worse on stairs. Taking ", L("MEDICATION", r.choice(["ibuprofen", "Voltaren gel", "paracetamol", "naproxen"])), " PRN.\n")
    d("O: ROM flex 0-", r.randint(90, 140), "°, quads lag nil. Single-leg squat: dynamic valgus. Lachman neg.\n")
    d("A: Improving; load tolerance ↑.\nP: Progress to Spanish squats 5x45s, hop program wk ", r.randint(6, 14), ". Review 2/52.\n")
    d("Physio: ", L("PERSON", clin_name(r).full), " (", r.choice(["NZRP", "APA", "HCPC"]), " ", digits(r, 5), ")\n")
    return d, "clinical_note"

@tpl(1)
def dental_note(r):
    d = Doc(); p = person(r); b = dob(r, 1950, 2010); dx = r.choice(DX_DENTAL)
    d("DENTAL CLINICAL NOTE — ", r.choice(["Bright Smiles Family Dental", "Dental Hospital, Clinic 4"]), "\n")
    d("Patient: ", L("PERSON", p.full), "   Chart #: ", L("MEDICAL_RECORD_NUMBER", "D" + digits(r, 6)), "   DOB: ", L("DATE_OF_BIRTH", fdate(b, "us")), "\n")
    d("MH reviewed: ", L("DIAGNOSIS", r.choice(["T2DM", "HTN", "AF on anticoagulation", "hypothyroidism"])), "; meds ", L("MEDICATION", r.choice(["apixaban", "metformin", "levothyroxine", "amlodipine"])),
      ". Allergy: ", L("MEDICATION", "penicillin"), ".\n")
    d("CC: \"", r.choice(["throbbing pain lower right since Tues", "gums bleed when I brush", "swelling at the back, can't open wide"]), "\"\n")
    d("Exam: TTP ++, cold test lingering >30s. PA radiograph: ", r.choice(["PDL widening", "no periapical radiolucency", "horizontal bone loss ~40%"]), ".\n")
    d("Dx: ", L("DIAGNOSIS", dx), "\nTx: LA 2.2 mL ", L("MEDICATION", "articaine"), " 4% 1:100k. ", r.choice(["Pulpotomy, Ledermix dressing, GIC temp.", "Irrigation with 0.2% chlorhexidine, OHI.", "Scale + root plane UR/LR quadrants."]), "\n")
    d("Rx: ", L("MEDICATION", r.choice(["amoxicillin", "metronidazole", "clindamycin"])), " ", r.choice(["500 mg TDS x5d", "400 mg TDS x5d", "300 mg QID x7d"]), "\n")
    d("Dentist: ", L("PERSON", clin_name(r).full), " BDS\n")
    return d, "clinical_note"

@tpl(2)
def dicom_dump(r):
    d = Doc(); p = person(r); b = dob(r); anon = r.random() < .4
    d("# dcmdump ", r.choice(["/pacs/incoming/", "./export/"]), digits(r, 8), ".dcm\n# Dicom-Meta-Information-Header\n")
    d("(0002,0010) UI =LittleEndianExplicit                   #  20, 1 TransferSyntaxUID\n")
    d("(0002,0013) SH [OFFIS_DCMTK_", r.choice(["365", "367", "368"]), "]                        #  16, 1 ImplementationVersionName\n")
    d("# Dicom-Data-Set\n(0008,0018) UI [", oid(r), ".", digits(r, 6), "]   # SOPInstanceUID\n")
    d("(0008,0020) DA [", visit(r).strftime("%Y%m%d"), "]                              #   8, 1 StudyDate\n")
    d("(0008,0060) CS [", r.choice(["CT", "MR", "CR", "US"]), "]                                    #   2, 1 Modality\n")
    d("(0008,0080) LO [", r.choice(["St Vincent's Hospital", "Hamilton Health Sciences", "Christchurch Hospital"]), "]          # InstitutionName\n")
    if anon:
        d("(0010,0010) PN [ANON^", digits(r, 6), "]                        # PatientName\n(0010,0020) LO [", r.choice(["SUBJ-", "DEID-"]), digits(r, 4), "]   # PatientID\n")
        d("(0010,0030) DA (no value available)                   #   0, 0 PatientBirthDate\n(0012,0062) CS [YES]   # PatientIdentityRemoved\n")
        d("(0018,1020) LO [", r.choice(["syngo CT VA40A", "V", "4.1.2"]), "]   # SoftwareVersions\n(0018,1000) LO [", version4(r), "]  # DeviceSerialNumber\n")
    else:
        d("(0008,0090) PN [", L("PERSON", f"{strip_acc(clin_name(r).family).upper()}^{strip_acc(clin_name(r).given).upper()}"), "]   # ReferringPhysicianName\n")
        d("(0010,0010) PN [", L("PERSON", f"{strip_acc(p.family).upper()}^{strip_acc(p.given).upper()}"), "]                 # PatientName\n")
        d("(0010,0020) LO [", L("MEDICAL_RECORD_NUMBER", mrn(r)), "]                            # PatientID\n")
        d("(0010,0030) DA [", L("DATE_OF_BIRTH", b.strftime("%Y%m%d")), "]                              #   8, 1 PatientBirthDate\n")
        d("(0010,0040) CS [", "F" if p.female else "M", "]   # PatientSex\n(0010,1010) AS [0", r.randint(10, 89), "Y]   # PatientAge\n")
        d("(0008,1030) LO [", r.choice(["CT HEAD W/O", "MRI BRAIN MS PROTOCOL", "CXR PA/LAT"]), "]   # StudyDescription\n")
    d("(0020,000d) UI [", oid(r), ".", digits(r, 8), "]   # StudyInstanceUID\n")
    return d, "log"

@tpl(2)
def ccda_snippet(r):
    d = Doc(); p = person(r); b = dob(r); m = r.choice(MED); dx = r.choice(DX); lines = addr_us(r)
    city, rest = lines[1].split(", "); st, z = rest.split(" ")
    d('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>\n')
    d('  <recordTarget><patientRole>\n    <id root="', oid(r), '" extension="', L("MEDICAL_RECORD_NUMBER", mrn(r)), '"/>\n')
    d("    <addr use=\"HP\"><streetAddressLine>", L("ADDRESS", lines[0]), "</streetAddressLine><city>", city, "</city><state>", st, "</state><postalCode>", z, "</postalCode></addr>\n")
    d('    <telecom use="HP" value="tel:', L("PHONE", phone(r, "US")), '"/>\n')
    d("    <patient><name><given>", L("PERSON", p.given), "</given><family>", L("PERSON", p.family), "</family></name>\n")
    d('      <administrativeGenderCode code="', "F" if p.female else "M", '"/><birthTime value="', L("DATE_OF_BIRTH", b.strftime("%Y%m%d")), '"/></patient>\n')
    d("  </patientRole></recordTarget>\n  <component><structuredBody>\n")
    d('    <section><code code="11450-4" displayName="Problem List"/><text><list><item>', L("DIAGNOSIS", dx), "</item><item>", L("DIAGNOSIS", r.choice(DX)), "</item></list></text></section>\n")
    d('    <section><code code="10160-0" displayName="History of Medication use"/><text><table><tr><td>', L("MEDICATION", m[0]), "</td><td>", m[1], "</td></tr></table></text></section>\n")
    d('    <section><code code="48765-2" displayName="Allergies"/><text>No known drug allergies.</text></section>\n')
    d("  </structuredBody></component>\n</ClinicalDocument>\n")
    return d, "html"

# ---------------------------------------------------------------- forms
@tpl(2)
def prior_auth_form(r):
    d = Doc(); p = person(r); b = dob(r, 1950, 2010); prov = clin_name(r); m = r.choice(MED[:40]); dx = r.choice(DX)
    st = r.choice(list(STATES))
    d(r.choice(["UNIFORM PRIOR AUTHORIZATION REQUEST", "PHARMACY PRIOR AUTHORIZATION FORM — FAX TO 1-8" + digits(r, 2) + "-" + d3x(r) + "-" + digits(r, 4)]), "\n")
    d("Plan: ", r.choice(["Molina Healthcare", "Excellus BCBS", "Medical Mutual of Ohio", "Premera Blue Cross", "Priority Health"]), "       Urgent [ ]  Standard [X]\n\n")
    d("SECTION A — MEMBER\n")
    d("Member name: ", L("PERSON", p.full), "\nMember ID #: ", L("HEALTH_PLAN_ID", member_id(r)), "      Group #: ", digits(r, 6), "\n")
    d("Date of birth: ", L("DATE_OF_BIRTH", fdate(b, "us")), "      Phone: ", L("PHONE", phone(r, "US")), "\n")
    d("Address: ", L("ADDRESS", addr(r, "US")), "\n\n")
    d("SECTION B — PRESCRIBER\nName: ", L("PERSON", prov.full), ", MD   NPI: ", npi(r), "   DEA: ", dea(r), "\n")
    d("Office contact: ", L("PERSON", person(r).given), "   Fax: ", L("PHONE", phone(r, "US")), "\n\n")
    d("SECTION C — MEDICATION\nDrug requested: ", L("MEDICATION", m[0]), "    Strength/sig: ", m[1], "   Qty: ", r.choice([30, 60, 90]), "  NDC: ", ndc(r), "\n")
    d("Diagnosis: ", L("DIAGNOSIS", dx), "   ICD-10: ", r.choice(["E11.65", "I50.22", "M06.9", "K50.90", "F33.1"]), "\n")
    d("Previously tried/failed: ", L("MEDICATION", r.choice(MED)[0]), " (", r.randint(3, 26), " wks, inadequate response); ", L("MEDICATION", r.choice(MED)[0]), " (intolerance)\n")
    d("Clinical rationale: ", r.choice(["A1c remains above goal despite max-dose metformin.", "Steroid-dependent; failed conventional DMARD.", "Formulary alternative contraindicated (eGFR < 30)."]), "\n")
    d("Prescriber signature: ________________   Date: ", fdate(visit(r), "us"), "\n")
    return d, "form"

@tpl(2)
def clinic_registration_ca(r):
    d = Doc(); p = person(r, r.choice(["quebecois", "cree_metis", "punjabi", "cantonese", "ukrainian", "filipino", "haitian", "eritrean"])); b = dob(r)
    fr = r.random() < .5; ec = person(r)
    d("FORMULAIRE D'INSCRIPTION / PATIENT REGISTRATION\n" if fr else "NEW PATIENT REGISTRATION — Family Health Team\n")
    d("Nom de famille / Last name: ", L("PERSON", p.family), "\nPrénom / First name: ", L("PERSON", p.given), "\n")
    d("Date de naissance / Date of birth (AAAA-MM-JJ): ", L("DATE_OF_BIRTH", b.isoformat()), "\n")
    d("Health card no. (", r.choice(["OHIP", "RAMQ", "MSP", "Alberta AHCIP"]), "): ", ohip(r), "     Version: ", r.choice(["AB", "KT"]), "\n")
    d("Adresse / Address: ", L("ADDRESS", addr(r, "CA")), "\n")
    d("Tél. / Phone: ", L("PHONE", phone(r, "CA")), "     Courriel / Email: ", L("EMAIL", email_of(r, p)), "\n")
    if RENDER_I % 2 == 0:
        d("SIN / NAS (for WSIB claims only): ", L("CA_SIN", sin(r)), "\n")
    else:
        d("SIN / NAS (for WSIB claims only): ", "___ ___ ___", "\n")
    d("Emergency contact / Personne à joindre: ", L("PERSON", ec.full), "  ", L("PHONE", phone(r, "CA")), "\n")
    d("Allergies: ", L("MEDICATION", r.choice(ALLERGENS)), "\nCurrent conditions / Problèmes de santé: ", L("DIAGNOSIS", r.choice(DX)), "\n")
    d("Pharmacy: ", r.choice(["Shoppers Drug Mart #", "Jean Coutu #", "London Drugs #", "Pharmasave #"]), r.randint(100, 2999), " — ", L("PHONE", phone(r, "CA")), "\n")
    d("Signature: ______________   Date: ", fdate(visit(r), "iso"), "\n")
    return d, "form"

@tpl(2)
def gp_registration_uk(r):
    d = Doc(); p = person(r, r.choice(["english", "welsh", "scots", "polish", "lithuanian", "yoruba", "igbo", "tamil", "somali"])); b = dob(r)
    overseas = r.random() < .5
    d("GMS1 — Family Doctor Services Registration\n")
    d("Surname: ", L("PERSON", p.family.upper()), "   First names: ", L("PERSON", p.given.upper()), "   Title: ", r.choice(["Ms", "Mrs", "Mx", "Dr"] if p.female else ["Mr", "Mx", "Dr"]), "\n")
    d("Date of birth: ", L("DATE_OF_BIRTH", fdate(b, "uk")), "   NHS No: ", L("UK_NHS_NUMBER", nhs(r)) if r.random() < .7 else "(not known)", "\n")
    d("Home address: ", L("ADDRESS", addr(r, "GB")), "\nTelephone: ", L("PHONE", phone(r, "GB")), "\n")
    d("Town and country of birth: ", r.choice(["Lagos, Nigeria", "Kaunas, Lithuania", "Jaffna, Sri Lanka", "Swansea, Wales", "Mogadishu, Somalia"]), "\n")
    if overseas:
        cc = r.choice(["NG", "LT" if False else "PL", "IN", "PK", "PH", "ZA", "SO"])
        d("Supplementary questionnaire (overseas visitors): ", "Passport issued by: ", PP_COUNTRY[cc], "   ", pp_label(r, cc), ": ",
          L("PASSPORT", passport(r, cc)), "   Expiry: ", fdate(rdate(r, 2027, 2034), "uk"), "\n")
        d("Date of entry to UK: ", fdate(visit(r), "uk"), "   BRP / eVisa share code: W", digits(r, 2), r.choice("ABCDEF"), " ", digits(r, 3), " ", r.choice("KLMN"), digits(r, 2), "\n")
    d("National Insurance number (optional): ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d("Previous GP: Dr ", L("PERSON", clin_name(r).family), ", ", r.choice(["Beechwood Surgery", "The Grange Medical Centre", "Riverside Health Centre"]), "\n")
    d("Do you have any long-term conditions? ", L("DIAGNOSIS", r.choice(DX)), "\nRegular medicines: ", L("MEDICATION", r.choice(MED)[0]), "\n")
    d("Organ donation: [X] Yes   Blood donation: [ ]\n")
    return d, "form"

@tpl(1)
def medicare_enrollment(r):
    d = Doc(); p = person(r, r.choice(["us_south", "jewish_us", "hmong", "haitian", "italian"])); b = dob(r, 1935, 1960)
    d("MEDICARE SUPPLEMENT (MEDIGAP) ENROLLMENT APPLICATION — Plan G\n")
    d("1. Applicant name (Last, First, MI): ", L("PERSON", f"{p.family}, {p.given} {r.choice('ABCDEFGHJKLMNPRSTW')}"), "\n")
    d("2. Medicare Number (from red, white & blue card): ", L("US_MBI", mbi(r, dashed=r.random() < .5)), "\n")
    d("   Part A effective: ", fdate(rdate(r, 2000, 2025), "us"), "   Part B effective: ", fdate(rdate(r, 2000, 2025), "us"), "\n")
    d("3. Date of birth: ", L("DATE_OF_BIRTH", fdate(b, "usn")), "   4. Sex: ", "F" if p.female else "M", "\n")
    d("5. Social Security Number: ", L("US_SSN", ssn(r)), "\n")
    d("6. Permanent residence: ", L("ADDRESS", addr(r, "US")), "\n7. Phone: ", L("PHONE", phone(r, "US")), "\n")
    d("8. In the past 2 years, have you been treated for: heart failure? [", r.choice(["X", " "]), "]  cancer? [ ]  COPD? [ ]\n")
    d("   If yes, describe: ", L("DIAGNOSIS", r.choice(["CHF", "HFrEF", "COPD", "stage II colon cancer"])), "\n")
    d("9. Authorized representative: ", L("PERSON", person(r, p.origin).full), " (POA on file)\n")
    d("Premium payment: EFT from checking, routing 0", digits(r, 8), ", acct ending ", digits(r, 4), "\n")
    return d, "form"

@tpl(5)
def international_patient_kyc(r):
    d = Doc(); lang = ["IT", "ES", "BR", "FR", "SG", "DE", "IN"][RENDER_I % 7]
    orig = {"ES": "spanish", "FR": "french", "DE": "german", "IT": "italian", "BR": "brazilian", "IN": "indian", "SG": "singaporean"}[lang]
    p = person(r, orig); b = dob(r, 1950, 2004)
    d("INTERNATIONAL PATIENT OFFICE — Pre-admission identity & payment form\n(", r.choice(["Mayo", "St Thomas'", "Mount Elizabeth", "Apollo"]), " International Services)\n\n")
    if lang == "SG":
        d("Name (as in NRIC/FIN): ", L("PERSON", f"{p.family.upper()} {p.given.upper()}"), "\n")
    else:
        d("Full name / Nombre / Nom / Name: ", L("PERSON", p.full), "\n")
    lbl = {"ES": "Fecha de nacimiento", "FR": "Date de naissance", "DE": "Geburtsdatum", "IT": "Data di nascita", "BR": "Data de nascimento", "IN": "Date of Birth", "SG": "Date of birth"}[lang]
    d(lbl, ": ", L("DATE_OF_BIRTH", fdate(b, "de" if lang == "DE" else "uk")), "\n")
    d(pp_label(r, lang), ": ", L("PASSPORT", passport(r, lang)), "  (", PP_COUNTRY[lang], ")\n")
    if lang == "ES": d("DNI/NIE: ", L("ES_DNI", dni(r)), "\n")
    if lang == "FR": d("N° de sécurité sociale (NIR): ", L("FR_NIR", nir(r, p.female, b, r.random() < .6)), "\n")
    if lang == "DE": d("Steuerliche Identifikationsnummer: ", L("DE_TAX_ID", steuer(r, r.random() < .4)), "\n")
    if lang == "IT":
        bf = r.choice(BELFIORE)
        d("Codice fiscale: ", L("IT_FISCAL_CODE", cf_make(p.given, p.family, b, p.female, bf[0])), "  (nato/a a ", bf[1], ")\n")
    if lang == "BR": d("CPF: ", L("BR_CPF", cpf(r)), "\n")
    if lang == "IN": d("Aadhaar: ", L("IN_AADHAAR", aadhaar(r)), "\n")
    if lang == "SG": d("NRIC/FIN: ", L("SG_NRIC", sg_nric(r)), "\n")
    d("Home address: ", L("ADDRESS", addr(r, lang)), "\nMobile: ", L("PHONE", phone(r, lang)), "\nE-mail: ", L("EMAIL", email_of(r, p)), "\n")
    d("Treatment planned: ", r.choice(["TAVI", "proton beam therapy", "bariatric surgery", "IVF cycle"]), " for ", L("DIAGNOSIS", r.choice(["severe aortic stenosis", "medulloblastoma", "class III obesity", "tubal factor infertility"])), "\n")
    if r.random() < .5:
        d("Deposit paid by bank transfer from IBAN ", L("IBAN", iban(r)), "\n")
    else:
        d("Deposit card: ", L("CREDIT_CARD", card(r)), "  exp ", f"{r.randint(1,12):02d}/{r.randint(27,31)}", "\n")
    d("Interpreter required: ", r.choice(["yes", "no"]), "   Visa letter reference: VL-", digits(r, 6), "\n")
    return d, "form"

@tpl(4)
def blank_form(r):
    d = Doc()
    d(r.choice(["PATIENT INFORMATION SHEET", "Referral Form — Community Mental Health", "Authorization For Release Of Protected Health Information", "PHARMACY NEW CUSTOMER FORM"]), "\n")
    d("Rev. ", version4(r), "   Form ", r.choice(["HIM-", "CMH-", "RX-"]), digits(r, 4), "\n\n")
    for lbl in r.sample(["Patient Name", "Date Of Birth", "Medical Record Number", "Social Security Number", "Member ID", "Group Number",
                         "Home Address", "Phone Number", "Email Address", "Primary Diagnosis", "Current Medications", "Allergies",
                         "Emergency Contact", "Passport Number", "Driver's License No.", "NHS Number", "Health Card Number", "Medicare Number"], 11):
        d(lbl, ": ", r.choice(["________________________", "[                    ]", "", "N/A"]), "\n")
    d("\nPlease print clearly in BLOCK CAPITALS. Return to Health Information Management, fax ext. ", r.randint(2000, 7999), ".\n")
    d("Questions? See our Privacy Notice (", r.choice(["HIPAA", "PIPEDA", "UK GDPR", "Privacy Act 2020"]), ").\n")
    return d, "form"

@tpl(1)
def research_consent(r):
    d = Doc(); p = person(r); pi = clin_name(r)
    d("INFORMED CONSENT — Protocol ", r.choice(["HREC/", "IRB-", "REB #"]), r.randint(2023, 2026), "-", digits(r, 4), "\n")
    d("Study: A Phase III, randomised, double-blind trial of ", r.choice(["finerenone", "tirzepatide", "zilebesiran"]), " versus placebo in adults with CKD and T2DM\n")
    d("Principal Investigator: ", L("PERSON", pi.full), "   Site: ", r.choice(["Monash Health", "Auckland City Hospital", "Ottawa Hospital"]), "\n\n")
    d("Participant name: ", L("PERSON", p.full), "   Participant ID: ", r.choice(["P", "SUBJ"]), "-", digits(r, 4), "\n")
    d("Date of birth: ", L("DATE_OF_BIRTH", fdate(dob(r, 1940, 2000), "uk")), "\nContact phone: ", L("PHONE", phone(r, r.choice(["AU", "NZ", "CA"]))), "\n")
    d("I confirm I have ", L("DIAGNOSIS", r.choice(["type 2 diabetes", "chronic kidney disease stage 3b", "diabetic kidney disease"])), " and have read the Participant Information Sheet v", r.randint(2, 6), ".", r.randint(0, 9), ".\n")
    d("[X] I agree to my de-identified data being used in future research.\n[ ] I agree to be contacted about future studies.\n")
    d("Witness: ", L("PERSON", person(r).full), "   Signed: ", fdate(visit(r), "uk"), "\n")
    return d, "form"

@tpl(1)
def pharmacy_delivery_form(r):
    d = Doc(); p = person(r)
    d("Home Delivery Enrollment — ", r.choice(["Walgreens Specialty", "Accredo", "CVS Specialty"]), "\n")
    d("Patient: ", L("PERSON", p.full), "   DOB: ", L("DATE_OF_BIRTH", fdate(dob(r), "us")), "\nShip to: ", L("ADDRESS", addr(r, "US")), "\n")
    d("Rx: ", L("MEDICATION", r.choice(["Humira", "Stelara", "Biktarvy", "Epclusa", "Tecfidera", "Enbrel"])), " — Rx#", digits(r, 7), "\n")
    d("Driver's License (", r.choice(list(STATES.values())) if False else "", "")
    st = r.choice(list(STATES))
    d(STATES[st], "): ", L("DRIVER_LICENSE", _dl(r, st)), "\n")
    d("Card on file: ", L("CREDIT_CARD", card(r, sep=r.choice([" ", "-", ""]))), "  exp ", f"{r.randint(1,12):02d}/{r.randint(27,31)}", "  CVV ***\n")
    d("Backup card: ", r.choice(["**** **** **** ", "XXXX-XXXX-XXXX-"]), digits(r, 4), "\n")
    d("Copay card BIN 610020 PCN PDMI GRP ", digits(r, 8), "\n")
    return d, "form"

@tpl(1)
def travel_insurance_claim(r):
    d = Doc(); cc = r.choice(["IE", "NZ", "AU", "GB"]); p = person(r); b = dob(r, 1950, 2000)
    pp_cc = cc if r.random() < .6 else r.choice(["US", "NL", "JP", "KR", "MX"])
    d("TRAVEL INSURANCE — MEDICAL EXPENSES CLAIM\nPolicy no.: TRV-", digits(r, 8), "\n")
    d("Claimant: ", L("PERSON", p.full), "   Date of birth: ", L("DATE_OF_BIRTH", fdate(b, "dmys")), "\n")
    d(pp_label(r, pp_cc), " (", PP_COUNTRY[pp_cc], "): ", L("US_PASSPORT" if pp_cc == "US" else "PASSPORT", passport(r, pp_cc)), "\n")
    d("Address: ", L("ADDRESS", addr(r, cc)), "\n")
    d("Illness/injury abroad: ", L("DIAGNOSIS", r.choice(["fractured left ankle", "acute gastroenteritis", "dengue fever", "appendicitis"])), " in ", r.choice(["Bali", "Lisbon", "Cusco", "Phuket"]), "\n")
    d("Treating doctor abroad: ", L("PERSON", person(r, r.choice(["portuguese", "spanish", "indian"])).full), "\n")
    if cc == "GB":
        sc, ac = sortcode_acct(r)
        d("Pay to: sort code / account no. ", L("UK_BANK_ACCOUNT", f"{sc} {ac}"), "\n")
    else:
        d("Pay to IBAN: ", L("IBAN", iban(r, "IE" if cc == "IE" else r.choice(["GB", "DE"]))), "\n")
    d("Declaration: I declare that the information given is true. Signed ", fdate(visit(r), "uk"), "\n")
    return d, "form"

@tpl(5)
def hospital_staff_onboarding(r):
    d = Doc(); c = ["IT", "DE", "GB", "FR", "ES"][RENDER_I % 5]
    p = person(r, {"DE": "german", "FR": "french", "ES": "spanish", "IT": "italian", "GB": r.choice(["english", "polish", "tamil", "filipino"])}[c]); b = dob(r, 1965, 2002)
    d({"DE": "Personalfragebogen — Pflegepersonal (Klinikum)", "FR": "Fiche de renseignements — personnel soignant", "ES": "Ficha de alta — personal sanitario",
       "IT": "Scheda anagrafica dipendente — Azienda Ospedaliera", "GB": "NHS Trust — New Starter Form (Bank Staff)"}[c], "\n")
    d({"DE": "Name, Vorname: ", "FR": "Nom, prénom : ", "ES": "Apellidos, nombre: ", "IT": "Cognome e nome: ", "GB": "Full name: "}[c],
      L("PERSON", f"{p.family}, {p.given}" if c != "GB" else p.full), "\n")
    d({"DE": "Geburtsdatum: ", "FR": "Né(e) le : ", "ES": "Fecha de nacimiento: ", "IT": "Data di nascita: ", "GB": "Date of birth: "}[c], L("DATE_OF_BIRTH", fdate(b, "de" if c == "DE" else "uk")), "\n")
    if c == "DE": d("Steuer-ID: ", L("DE_TAX_ID", steuer(r)), "   Steuerklasse: ", r.randint(1, 5), "\nIBAN: ", L("IBAN", iban(r, "DE")), "\n")
    if c == "FR": d("N° INSEE : ", L("FR_NIR", nir(r, p.female, b)), "\nIBAN : ", L("IBAN", iban(r, r.choice(["BE", "LU"]))), "\n")
    if c == "ES": d("DNI/NIE: ", L("ES_DNI", dni(r)), "\nIBAN: ", L("IBAN", iban(r, r.choice(["CH", "AT"]))), "\n")
    if c == "IT":
        bf = r.choice(BELFIORE)
        d("Codice fiscale: ", L("IT_FISCAL_CODE", cf_make(p.given, p.family, b, p.female, bf[0])), "\nIBAN: ", L("IBAN", iban(r, r.choice(["DE", "LU"]))), "\n")
    if c == "GB":
        sc, ac = sortcode_acct(r)
        d("NI number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\nBank sort code: ", sc, "   Account number: ", L("UK_BANK_ACCOUNT", ac), "\n")
        pcc = r.choice(["GB", "PH", "IN"])
        d("Right to work: ", "UK passport" if pcc == "GB" else f"{PP_COUNTRY[pcc]} passport + BRP", " no. ", L("PASSPORT", passport(r, pcc)), "\n")
    d({"DE": "Anschrift: ", "FR": "Adresse : ", "ES": "Domicilio: ", "IT": "Residenza: ", "GB": "Address: "}[c], L("ADDRESS", addr(r, c)), "\n")
    d("Tel.: ", L("PHONE", phone(r, c if c != "GB" else "GB")), "\n")
    d({"DE": "Impfstatus Hepatitis B: vollständig. Masern: Immunität nachgewiesen.", "FR": "Vaccinations obligatoires : à jour.", "ES": "Reconocimiento médico: apto.",
       "IT": "Idoneità alla mansione: idoneo.", "GB": "Occupational health clearance: pending (Hep B titre)."}[c], "\n")
    return d, "form"

# ---------------------------------------------------------------- structured
@tpl(2)
def med_rec_csv(r):
    d = Doc(); p = person(r); b = dob(r, 1935, 1965); mr = mrn(r)
    delim = r.choice([",", ","])
    emit_row(d, ["mrn", "patient_name", "dob", "medication", "dose", "route", "frequency", "source", "reconciled_by", "action"], delim)
    recby = clin_name(r)
    for name, sig in pick_meds(r, r.randint(4, 7)):
        parts = sig.split(" ", 2)
        dose = " ".join(parts[:2]) if len(parts) > 1 else sig
        emit_row(d, [L("MEDICAL_RECORD_NUMBER", mr), L("PERSON", f"{p.family}, {p.given}"), L("DATE_OF_BIRTH", fdate(b, "iso")), L("MEDICATION", name), dose,
                     r.choice(["PO", "SC", "INH", "SL", "IV", "TOP"]), parts[2] if len(parts) > 2 else "daily", r.choice(["patient", "pharmacy fill hx", "SureScripts", "caregiver"]),
                     L("PERSON", recby.full), r.choice(["continue", "hold", "discontinue", "modify"])], delim)
    return d, "csv"

@tpl(2)
def claims_export_csv(r):
    d = Doc()
    emit_row(d, ["claim_id", "member_id", "member_first", "member_last", "member_dob", "svc_date", "cpt", "icd10", "dx_desc", "billed", "allowed", "paid", "status"])
    for _ in range(r.randint(4, 6)):
        p = person(r); dx = r.choice([("E11.9", "Type 2 diabetes mellitus"), ("I10", "Essential hypertension"), ("F41.1", "Generalized anxiety disorder"),
                                       ("M17.11", "Primary osteoarthritis, right knee"), ("J45.40", "Moderate persistent asthma"), ("N39.0", "Urinary tract infection")])
        billed = r.randint(90, 4200)
        emit_row(d, [claim_no(r), L("HEALTH_PLAN_ID", member_id(r)), L("PERSON", p.given), L("PERSON", p.family), L("DATE_OF_BIRTH", fdate(dob(r), "us")),
                     fdate(visit(r), "us"), r.choice(["99213", "99214", "97110", "90837", "80053", "20610"]), dx[0], L("DIAGNOSIS", dx[1]),
                     f"{billed}.00", f"{billed*0.6:.2f}", f"{billed*0.48:.2f}", r.choice(["PAID", "DENIED-CO97", "PEND", "PAID"])])
    return d, "csv"

@tpl(1)
def claims_summary_csv_neg(r):
    d = Doc()
    emit_row(d, ["report_month", "plan_product", "icd10_chapter", "claims_count", "members", "paid_total", "pmpm"])
    for _ in range(8):
        emit_row(d, [f"{r.randint(2024,2026)}-{r.randint(1,12):02d}", r.choice(["HMO Silver", "PPO Gold", "Medicare Advantage", "Medicaid MCO"]),
                     r.choice(["E00-E89 Endocrine", "I00-I99 Circulatory", "F01-F99 Mental/behavioural", "J00-J99 Respiratory"]),
                     r.randint(100, 9000), r.randint(50, 4000), f"{r.uniform(1e4, 9e5):.2f}", f"{r.uniform(20, 900):.2f}"])
    return d, "csv"

@tpl(2)
def deid_research_tsv(r):
    d = Doc(); residual = r.random() < .5
    cols = ["study_id", "site", "age_band", "sex", "diabetes_dx_year", "egfr_baseline", "acr", "arm", "sae"]
    if residual: cols = ["study_id", "mrn", "dob"] + cols[1:]
    emit_row(d, cols, "\t")
    for i in range(r.randint(5, 8)):
        row = [f"FIN3-{r.randint(10,99)}-{i+1:03d}", r.choice(["AKL", "CHC", "MEL", "OTT", "DUB"]), r.choice(["40-49", "50-59", "60-69", "70-79"]), r.choice("MF"),
               str(r.randint(1998, 2022)), str(r.randint(25, 59)), str(r.randint(30, 2900)), r.choice(["A", "B"]), r.choice(["none", "none", "hyperkalaemia G2", "AKI G1"])]
        if residual:
            row = row[:1] + [L("MEDICAL_RECORD_NUMBER", mrn(r)), L("DATE_OF_BIRTH", fdate(dob(r, 1945, 1985), "iso"))] + row[1:]
        emit_row(d, row, "\t")
    return d, "tsv"

@tpl(1)
def appointment_schedule_tsv(r):
    d = Doc(); clin = clin_name(r)
    emit_row(d, ["time", "patient", "phone", "reason", "provider", "room"], "\t")
    for _ in range(r.randint(5, 7)):
        p = person(r)
        reason = r.choice([("f/u ", r.choice(DX)), ("new pt", None), ("INR check", None), ("med review — ", r.choice(MED)[0]), ("cervical screening", None)])
        cell = M(reason[0], L("DIAGNOSIS" if reason[0].startswith("f/u") else "MEDICATION", reason[1])) if reason[1] else reason[0]
        emit_row(d, [f"{r.randint(8,16):02d}:{r.choice(['00', '15', '30', '45'])}", L("PERSON", name_var(r, p, r.choice(["full", "lastfirst"]))), L("PHONE", phone(r, r.choice(["AU", "NZ"]))),
                     cell, L("PERSON", f"{clin.given[0]}. {clin.family}"), f"Rm {r.randint(1,9)}"], "\t")
    return d, "tsv"

@tpl(1)
def immunisation_register_csv(r):
    d = Doc()
    emit_row(d, ["nhi_or_medicare", "family_name", "given_name", "date_of_birth", "vaccine", "dose", "batch", "given_at", "vaccinator"])
    for _ in range(r.randint(4, 6)):
        p = person(r, r.choice(["maori", "samoan", "tongan", "english", "cantonese", "fijian_indian"]))
        emit_row(d, [r.choice([nhi(r), au_medicare(r)]), L("PERSON", p.family), L("PERSON", p.given), L("DATE_OF_BIRTH", fdate(dob(r, 2019, 2025), "uk")),
                     r.choice(["Infanrix-hexa", "Priorix", "Prevenar 13", "Boostrix", "Gardasil 9", "Comirnaty XBB.1.5"]), r.randint(1, 3),
                     r.choice("ABCDEFX") + digits(r, 5) + r.choice(["AA", "AB"]), r.choice(["Ōtāhuhu Medical", "Kings Cross Clinic", "Rotorua Lakes Health"]),
                     L("PERSON", clin_name(r).full)])
    return d, "csv"

@tpl(1)
def formulary_csv_neg(r):
    d = Doc()
    emit_row(d, ["ndc", "generic_name", "brand", "strength", "tier", "pa_required", "step_therapy", "qty_limit"])
    for g, b_, s in [("apixaban", "Eliquis", "5 mg"), ("empagliflozin", "Jardiance", "10 mg"), ("semaglutide", "Ozempic", "1 mg/0.74 mL"),
                     ("adalimumab-adaz", "Hyrimoz", "40 mg/0.4 mL"), ("lurasidone", "Latuda", "40 mg"), ("buprenorphine/naloxone", "Suboxone", "8 mg/2 mg"),
                     ("tiotropium", "Spiriva Respimat", "2.5 mcg"), ("levothyroxine", "Synthroid", "88 mcg")]:
        emit_row(d, [ndc(r), g, b_, s, r.randint(1, 5), r.choice(["Y", "N"]), r.choice(["Y", "N"]), r.choice(["30/30", "90/90", "4 pens/28 days", ""])])
    return d, "csv"

@tpl(1)
def staff_roster_csv(r):
    d = Doc()
    emit_row(d, ["employee_no", "first_name", "last_name", "role", "unit", "pager", "work_email", "mobile"])
    for _ in range(r.randint(4, 6)):
        p = person(r)
        emit_row(d, [f"E{digits(r,6)}", L("PERSON", p.given), L("PERSON", p.family), r.choice(["RN", "Charge Nurse", "Resident PGY2", "Pharmacist", "HCA", "Physio"]),
                     r.choice(["ICU", "5 North", "Maternity", "ED", "Oncology Day Unit"]), r.randint(1000, 9999),
                     L("EMAIL", email_of(r, p, r.choice(["health.nz", "hse.ie", "nhs.net", "ahs.ca", "health.nsw.gov.au"]))), L("PHONE", phone(r, r.choice(["NZ", "IE", "GB", "CA", "AU"])))])
    return d, "csv"

@tpl(2)
def eligibility_json(r):
    d = Doc(); p = person(r); b = dob(r)
    obj = {"transactionSetId": "271", "controlNumber": digits(r, 9), "payer": {"name": r.choice(["Aetna", "Highmark BCBS", "Ambetter", "Tricare East"]), "payerId": digits(r, 5)},
           "provider": {"npi": npi(r), "organizationName": r.choice(["Lakeside Family Medicine", "Northwind Physical Therapy"])},
           "subscriber": {"memberId": L("HEALTH_PLAN_ID", member_id(r)), "firstName": L("PERSON", p.given.upper()), "lastName": L("PERSON", p.family.upper()),
                          "dateOfBirth": L("DATE_OF_BIRTH", b.strftime("%Y%m%d")), "gender": "F" if p.female else "M",
                          "address": {"address1": L("ADDRESS", addr_us(r)[0]), "city": r.choice(US_CITIES)[0].upper()}, "groupNumber": digits(r, 7)},
           "planStatus": [{"statusCode": "1", "status": "Active Coverage", "planDetails": "Open Access Plus", "serviceTypeCodes": ["30", "98", "AL"]}],
           "benefits": [{"code": "C", "name": "Deductible", "amount": f"{r.choice([500, 1500, 3000])}.00", "inPlanNetwork": "Y"},
                        {"code": "B", "name": "Co-Payment", "amount": "35", "serviceType": "Professional (Physician) Visit - Office"}]}
    if r.random() < .4:
        dep = person(r, p.origin)
        obj["dependents"] = [{"firstName": L("PERSON", dep.given.upper()), "lastName": L("PERSON", dep.family.upper()), "dateOfBirth": L("DATE_OF_BIRTH", dob(r, 2008, 2024).strftime("%Y%m%d")), "relationship": "19"}]
    emit_json(d, obj)
    return d, "json"

@tpl(1)
def eob_json(r):
    d = Doc(); p = person(r)
    lines = []
    for _ in range(r.randint(2, 3)):
        lines.append({"serviceDate": visit(r).isoformat(), "procedure": r.choice(["99214", "93000", "36415", "71046"]), "diagnosis": M("E11.65 ", L("DIAGNOSIS", r.choice(["Type 2 diabetes with hyperglycemia", "T2DM"]))),
                      "billed": r.randint(40, 900), "planPaid": r.randint(10, 500), "youOwe": r.randint(0, 120), "remark": r.choice(["PR-1 Deductible", "CO-45", ""])})
    obj = {"eobId": "EOB" + digits(r, 10), "memberName": L("PERSON", p.full), "memberId": L("HEALTH_PLAN_ID", member_id(r)), "claimNumber": claim_no(r),
           "provider": r.choice(["Dr. Gomez Family Practice LLC", "Mayo Clinic Health System", "Johns Hopkins Community Physicians"]), "lines": lines,
           "mailingAddress": L("ADDRESS", addr(r, "US")), "notice": "THIS IS NOT A BILL"}
    emit_json(d, obj)
    return d, "json"

@tpl(1)
def refill_api_json(r):
    d = Doc(); p = person(r); m = r.choice(MED)
    obj = {"event": "refill.requested", "id": "evt_" + "".join(r.choice("abcdef0123456789") for _ in range(24)), "created": r.randint(1.70e9, 1.78e9),
           "data": {"rxNumber": digits(r, 7), "store": r.choice(["#4471", "#0932", "#1188"]), "patient": {"name": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", fdate(dob(r), "iso")),
                    "phone": L("PHONE", phone(r, "US")), "email": L("EMAIL", email_of(r, p))},
                    "drug": {"name": L("MEDICATION", m[0]), "sig": m[1], "daysSupply": r.choice([30, 90]), "refillsRemaining": r.randint(0, 5)},
                    "channel": r.choice(["ivr", "app", "web"]), "clientVersion": version4(r), "clientIp": L("IP_ADDRESS", ip(r, "pub"))}}
    emit_json(d, obj)
    return d, "json"

@tpl(1)
def prior_auth_api_json(r):
    d = Doc(); p = person(r); m = r.choice(MED)
    obj = {"requestId": "PA-" + digits(r, 9), "status": r.choice(["APPROVED", "PENDED_FOR_CLINICAL", "DENIED"]),
           "member": {"id": L("HEALTH_PLAN_ID", member_id(r)), "name": {"first": L("PERSON", p.given), "last": L("PERSON", p.family)}, "birthDate": L("DATE_OF_BIRTH", dob(r).isoformat())},
           "medication": {"drugName": L("MEDICATION", m[0]), "ndc": ndc(r), "quantity": r.choice([1, 2, 28, 90])},
           "diagnoses": [{"icd10": "M05.79", "description": L("DIAGNOSIS", r.choice(["rheumatoid arthritis", "seropositive RA"]))}],
           "reviewer": {"name": L("PERSON", clin_name(r).full), "credential": "PharmD"}, "decisionReason": "criteria met: failed 2 csDMARDs"}
    emit_json(d, obj)
    return d, "json"

@tpl(1)
def device_inventory_json_neg(r):
    d = Doc()
    obj = {"site": "Ward 9 North", "devices": [{"asset": f"MED-{digits(r,5)}", "model": r.choice(["Alaris 8015", "BD Pyxis MedStation ES", "Philips IntelliVue MX450"]),
                                                 "firmware": version4(r), "mgmtOid": oid(r), "mac": ":".join(f"{r.randint(0,255):02x}" for _ in range(6)),
                                                 "lastSeen": f"{visit(r).isoformat()}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:00Z", "loopback": "127.0.0.1"} for _ in range(3)],
           "drugLibrary": {"version": version4(r), "profiles": ["Adult ICU", "Paeds", "Oncology"], "entries": ["heparin 25000 units/250 mL", "insulin regular 100 units/100 mL", "noradrenaline 4 mg/50 mL"]}}
    emit_json(d, obj)
    return d, "json"

@tpl(2)
def portal_audit_ndjson(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        p = person(r); kind = r.choice(["login", "view_results", "message_sent", "proxy_granted", "download_ccda"])
        ev = {"ts": f"{visit(r).isoformat()}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}Z", "event": kind,
              "user": L("EMAIL", email_of(r, p)), "ip": L("IP_ADDRESS", ip(r)), "ua": f"MyChart/{version4(r)} (iOS 17.4)", "mrn": L("MEDICAL_RECORD_NUMBER", mrn(r))}
        if kind == "proxy_granted":
            ev["proxy"] = L("PERSON", person(r, p.origin).full)
        if kind == "message_sent":
            ev["subject"] = M("Question about my ", L("MEDICATION", r.choice(MED)[0]))
        emit_json(d, ev, compact=True); d("\n")
    return d, "ndjson"

@tpl(1)
def lab_stream_ndjson(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        p = person(r)
        emit_json(d, {"msgType": "ORU", "patientId": L("MEDICAL_RECORD_NUMBER", mrn(r)), "patientName": L("PERSON", f"{p.family.upper()}^{p.given.upper()}"),
                      "dob": L("DATE_OF_BIRTH", dob(r).strftime("%Y%m%d")), "loinc": r.choice(["2345-7", "718-7", "2160-0", "33914-3"]), "value": round(r.uniform(1, 200), 1),
                      "abnormal": r.choice(["H", "L", "N"]), "sendingFacility": r.choice(["QUEST^2.16.840.1.113883.3.1234^ISO", "LABCORP"]), "interfaceVersion": version4(r)}, compact=True)
        d("\n")
    return d, "ndjson"

@tpl(1)
def app_metrics_ndjson_neg(r):
    d = Doc()
    for _ in range(5):
        emit_json(d, {"ts": r.randint(1.70e12, 1.78e12), "svc": r.choice(["fhir-gateway", "hl7-router", "pharmacy-sync"]), "build": f"{version4(r)}+{''.join(r.choice('0123456789abcdef') for _ in range(7))}",
                      "p95_ms": r.randint(20, 900), "queue": r.choice(["ADT_IN", "ORU_OUT", "RDE_IN"]), "depth": r.randint(0, 400), "node": f"10.0.{r.randint(0,9)}.x"}, compact=True)
        d("\n")
    return d, "ndjson"

@tpl(2)
def referral_yaml(r):
    d = Doc(); p = person(r); cc = r.choice(["AU", "NZ", "IE", "CA", "GB"]); b = dob(r); lines = ADDR[cc](r)
    dx = r.choice(DX); m = pick_meds(r, 2); gp = clin_name(r)
    d("# e-referral payload (", r.choice(["HealthLink", "Healthlink IE", "Ocean eReferral", "e-RS"]), ") — schema v", r.randint(2, 4), ".", r.randint(0, 9), "\n")
    d("referral:\n  id: REF-", digits(r, 8), "\n  priority: ", r.choice(["urgent", "semi-urgent", "routine"]), "\n  specialty: ", r.choice(["Respiratory", "Rheumatology", "Gastroenterology", "Cardiology"]), "\n")
    d("  patient:\n    family_name: ", L("PERSON", p.family), "\n    given_name: ", L("PERSON", p.given), "\n    date_of_birth: ", L("DATE_OF_BIRTH", b.isoformat()), "\n")
    if cc == "GB": d("    nhs_number: \"", L("UK_NHS_NUMBER", nhs(r, spaced=False)), "\"\n")
    if cc == "NZ": d("    nhi: ", nhi(r), "\n")
    if cc == "IE": d("    hospital_mrn: \"", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\"\n")
    if cc == "AU": d("    ur_number: \"", L("MEDICAL_RECORD_NUMBER", digits(r, 7)), "\"\n    medicare_card: \"", au_medicare(r), "\"\n")
    if cc == "CA": d("    health_card: ", ohip(r), "\n")
    d("    address: |\n")
    ad = []
    for i, ln in enumerate(lines):
        ad.append(ln)
    d("      ", L("ADDRESS", "\n      ".join(ad)), "\n")
    d("    mobile: \"", L("PHONE", phone(r, cc)), "\"\n")
    d("  clinical:\n    reason: >-\n      ", r.choice(["Progressive dyspnoea;", "Persistent synovitis;", "Iron deficiency, ?coeliac;"]), " known ", L("DIAGNOSIS", dx), ".\n")
    d("    medications:\n      - name: ", L("MEDICATION", m[0][0]), "\n        sig: \"", m[0][1], "\"\n      - name: ", L("MEDICATION", m[1][0]), "\n        sig: \"", m[1][1], "\"\n")
    d("    allergies: []\n  referrer:\n    name: ", L("PERSON", f"Dr {gp.full}"[3:]), "\n    practice: ", r.choice(["Kawakawa Medical Centre", "Bray Family Practice", "Glebe Street Surgery"]), "\n")
    return d, "yaml"

@tpl(1)
def service_config_yaml_neg(r):
    d = Doc()
    d("# hl7-router config\nservice:\n  name: adt-feed\n  version: ", version4(r), "\n  listen: 0.0.0.0:2575\n  health: http://127.0.0.1:8080/healthz\n")
    d("routes:\n  - match: \"MSH-9 == ADT^A0*\"\n    to: mllp://interface-engine.internal:6661\n  - match: \"PID-3 exists\"\n    transform: mask_pid\n")
    d("masking:\n  PID-5: \"***^***\"\n  PID-7: \"YYYYMMDD\"\n  PID-19: \"XXX-XX-XXXX\"\n  example_oid: \"", oid(r), "\"\n")
    d("retention_days: 30\nlabels:\n  owner: Integration Team\n  cost_centre: CC-", digits(r, 4), "\n")
    return d, "yaml"

# ---------------------------------------------------------------- logs
def ts(r): return f"{visit(r).isoformat()}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}.{r.randint(0,999):03d}Z"

@tpl(2)
def ehr_access_audit_log(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        u = person(r); pt = person(r)
        act = r.choice(["CHART_OPEN", "NOTE_SIGN", "BTG_ACCESS", "PRINT", "RESULT_VIEW"])
        d(ts(r), " level=INFO app=ehr-audit action=", act, " user=E", digits(r, 6), " role=", r.choice(["RN", "MD", "PHARM", "HIM", "REG"]), " src_ip=", L("IP_ADDRESS", ip(r, r.choice(["priv", "priv", "doc"]))),
          " patient_mrn=", L("MEDICAL_RECORD_NUMBER", mrn(r)))
        if act == "BTG_ACCESS":
            d(" patient=\"", L("PERSON", name_var(r, pt, "lastfirst")), "\" reason=\"", r.choice(["treating clinician, ED", "covering on-call", "care coordination"]), "\"")
        d(" session=", "".join(r.choice("0123456789abcdef") for _ in range(16)), "\n")
    return d, "log"

@tpl(2)
def interface_engine_log(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        kind = r.choice(["recv", "ack", "err", "recv"])
        if kind == "recv":
            p = person(r)
            d(ts(r), " [MLLP-IN-", r.randint(1, 4), "] RECV from ", L("IP_ADDRESS", ip(r, "priv")), ":", r.randint(2000, 60000), " ADT^A0", r.randint(1, 8), " ctrl=", digits(r, 10),
              " PID-3=", L("MEDICAL_RECORD_NUMBER", mrn(r)), " PID-5=", L("PERSON", f"{strip_acc(p.family).upper()}^{strip_acc(p.given).upper()}"), " PID-7=", L("DATE_OF_BIRTH", dob(r).strftime("%Y%m%d")), "\n")
        elif kind == "ack":
            d(ts(r), " [MLLP-OUT] ACK AA ctrl=", digits(r, 10), " dest=", L("IP_ADDRESS", ip(r, "priv")), ":6661 latency_ms=", r.randint(2, 400), "\n")
        else:
            d(ts(r), " [XSLT] WARN transform v", version4(r), " skipped OBX-5 (datatype ED, ", r.randint(20000, 900000), " bytes) oid=", oid(r), "\n")
    return d, "log"

@tpl(2)
def pharmacy_dispense_log(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        p = person(r); m = r.choice(MED)
        sched = r.random() < .3
        d(fdate(visit(r), "iso"), " ", f"{r.randint(8,21):02d}:{r.randint(0,59):02d}", " DISPENSE rx=", digits(r, 7), " pt=\"", L("PERSON", name_var(r, p, r.choice(["caps", "lastfirst"]))),
          "\" dob=", L("DATE_OF_BIRTH", fdate(dob(r), "us")), " drug=\"", L("MEDICATION", m[0].upper()), " ", m[1].split(" ")[0], "\" qty=", r.choice([28, 30, 56, 90]), " ndc=", ndc(r))
        if sched:
            st = r.choice(list(STATES))
            d(" CII id_checked=", st, "_DL:", L("DRIVER_LICENSE", _dl(r, st)))
        d(" rph=RPH", digits(r, 4), "\n")
    return d, "log"

@tpl(2)
def portal_access_log(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        src = ip(r, r.choice(["pub", "doc", "v6"]))
        path = r.choice(["/api/v2/appointments", "/mychart/Messaging", "/fhir/r4/Observation?patient=Patient/", "/static/app." + "".join(r.choice("0123456789abcdef") for _ in range(8)) + ".js", "/login"])
        if path.endswith("Patient/"): path += "pt-" + digits(r, 6)
        d(L("IP_ADDRESS", src), " - - [", f"{r.randint(1,28):02d}/{r.choice(MON)}/{r.randint(2024,2026)}:{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} +1200", "] \"GET ", path,
          " HTTP/1.1\" ", r.choice([200, 200, 304, 401, 404]), " ", r.randint(200, 90000), " \"-\" \"PatientPortal/", version4(r), " (Android 14)\"\n")
    return d, "log"

@tpl(3)
def app_log_neg(r):
    d = Doc()
    msgs = ["Scheduler tick: 42 jobs queued, 0 failed", "Cache warm for formulary v{v} complete", "Connected to db replica pg-ro-2 (version {v})",
            "HL7 listener bound 0.0.0.0:2575", "Health check OK http://127.0.0.1:9000/ready", "Retrying batch EOB-{n} (attempt 2/5)",
            "Loaded ICD-10-CM FY2026 code set (74,260 codes)", "Feature flag portal.proxyAccess=true for tenant 7", "Build {v} deployed by pipeline #{n}",
            "Purged 1,204 expired sessions", "Shipment 1Z{t} status=DELIVERED", "SKU RX-ACC-{n} restocked (qty 240)",
            "Order #{n} for sterile gauze confirmed", "NTP offset 0.004s from 0.pool.ntp.org"]
    for _ in range(r.randint(6, 9)):
        m = r.choice(msgs).format(v=version4(r), n=digits(r, 7), t="".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)))
        d(ts(r), " ", r.choice(["INFO ", "DEBUG", "WARN "]), " [", r.choice(["main", "worker-3", "sched-1"]), "] ", r.choice(["c.h.fhir.Gateway", "o.ehr.Batch", "rx.Sync"]), " - ", m, "\n")
    return d, "log"

@tpl(1)
def vpn_syslog(r):
    d = Doc()
    for _ in range(r.randint(4, 7)):
        u = person(r)
        d(f"{r.choice(MON)} {r.randint(1,28):2d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}", " fw-clinic-01 ", r.choice(["charon", "openvpn[2211]", "kernel"]), ": ")
        kind = r.randint(0, 2)
        if kind == 0:
            d("user '", L("EMAIL", email_of(r, u, "clinic-group.org")), "' authenticated from ", L("IP_ADDRESS", ip(r, "pub")), ", assigned ", L("IP_ADDRESS", ip(r, "priv")), "\n")
        elif kind == 1:
            d("DROP IN=eth0 SRC=", L("IP_ADDRESS", ip(r, r.choice(["doc", "pub"]))), " DST=", L("IP_ADDRESS", ip(r, "priv")), " PROTO=TCP DPT=", r.choice([3389, 22, 104, 2575]), "\n")
        else:
            d("IKE_SA established, firmware ", version4(r), ", peer ", L("IP_ADDRESS", ip(r, "v6")), "\n")
    return d, "log"

@tpl(1)
def claims_batch_log(r):
    d = Doc()
    for _ in range(r.randint(5, 7)):
        k = r.randint(0, 3)
        if k == 0: d(ts(r), " INFO 837P batch ", digits(r, 9), " accepted: ", r.randint(10, 900), " claims\n")
        elif k == 1: d(ts(r), " WARN member ", "*" * 6, digits(r, 4), " eligibility mismatch, svc ", fdate(visit(r), "us"), "\n")
        elif k == 2: d(ts(r), " ERROR claim ", claim_no(r), " rejected: invalid subscriber id for payer ", digits(r, 5), " (member_id=", L("HEALTH_PLAN_ID", member_id(r)), ")\n")
        else: d(ts(r), " INFO remit 835 trace ", digits(r, 15), " posted, total $", f"{r.uniform(100, 99999):.2f}", "\n")
    return d, "log"

@tpl(1)
def fax_server_log(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        p = person(r)
        d(ts(r), " faxd job=", digits(r, 6), " dir=", r.choice(["OUT", "IN"]), " remote=", L("PHONE", phone(r, r.choice(["US", "CA"]))), " pages=", r.randint(1, 14),
          " status=", r.choice(["OK", "BUSY", "NO_CARRIER", "OK"]), " cover=\"Attn: ", L("PERSON", p.full), " re: ", r.choice(["prior auth", "referral", "records request"]), "\"\n")
    return d, "log"

@tpl(1)
def ci_build_log_neg(r):
    d = Doc()
    d("Run #", digits(r, 5), " ehr-portal (main) triggered by push\n")
    for step in ["Checkout", "Set up JDK 21", "Build", "Unit tests", "Publish image"]:
        d(ts(r), " ##[group]", step, "\n")
    d("Tests: 4127 passed, 3 skipped. Coverage 81.4%\nImage: registry.internal/ehr/portal:", version4(r), "\nDigest: sha256:", "".join(r.choice("0123456789abcdef") for _ in range(64)), "\n")
    d("Release notes: fixed Patient Name label alignment; DOB field now accepts YYYY-MM-DD; upgraded HAPI FHIR to ", r.randint(6, 8), ".", r.randint(0, 9), ".", r.randint(0, 9), "\n")
    return d, "log"

# ---------------------------------------------------------------- email / chat / ticket
def hdr(d, r, frm_p, frm_dom, to_p, to_dom, subj):
    d("From: ", L("PERSON", frm_p.full), " <", L("EMAIL", email_of(r, frm_p, frm_dom)), ">\nTo: ", L("PERSON", to_p.full), " <", L("EMAIL", email_of(r, to_p, to_dom)), ">\n")
    d("Date: ", r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), ", ", r.randint(1, 28), " ", r.choice(MON), " ", r.randint(2024, 2026), " ", f"{r.randint(7,18):02d}:{r.randint(0,59):02d}", " ", r.choice(["+1300", "-0500", "+0000", "+1000"]), "\n")
    d("Subject: ", subj, "\n\n")

@tpl(2)
def care_coord_email(r):
    d = Doc(); a = clin_name(r); b_ = clin_name(r); p = person(r); dom = r.choice(["health.nz", "sahealth.sa.gov.au", "uhn.ca", "hse.ie"])
    hdr(d, r, a, dom, b_, dom, "RE: discharge planning — bed " + str(r.randint(1, 30)))
    d("Hi ", L("PERSON", b_.given), ",\n\n")
    d("Quick update on ", L("PERSON", p.full), " (MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "). ", r.choice(["OT home visit done", "Family meeting held today", "Physio cleared stairs"]), ". ")
    d("Her ", L("DIAGNOSIS", r.choice(DX)), " is stable but she'll need community nursing for ", L("MEDICATION", r.choice(["enoxaparin", "insulin glargine", "Clexane"])), " injections.\n")
    d("Son ", L("PERSON", person(r, p.origin).given), " is the main carer — best on ", L("PHONE", phone(r, r.choice(["NZ", "AU", "CA", "IE"]))), ".\n\n")
    d("Pharmacy have the blister pack order. Depression screen (PHQ-9) was 4 — no concerns.\n\n")
    d("Cheers,\n", L("PERSON", a.given), "\nDischarge Coordinator | ext ", r.randint(2000, 8999), "\n\n")
    d("> On ", fdate(visit(r), "uk"), ", ", L("PERSON", b_.full), " wrote:\n> Any word on the POC for bed ", r.randint(1, 30), "? Transport booked for Thursday.\n")
    return d, "email"

@tpl(1)
def uk_referral_email(r):
    d = Doc(); gp = clin_name(r); p = person(r, r.choice(["english", "welsh", "punjabi", "igbo", "polish"])); b = dob(r)
    d("From: ", L("EMAIL", r.choice(["referrals.", "admin."]) + r.choice(["ashgrove", "millfield", "parkside"]) + "@nhs.net"), "\nTo: ", L("EMAIL", "rheum.triage@" + r.choice(["nhs.net", "wales.nhs.uk"])), "\n")
    d("Subject: Routine referral — ", L("PERSON", p.family.upper()), " — NHS ", L("UK_NHS_NUMBER", nhs(r)), "\n\n")
    d("Dear colleague,\n\nRe: ", L("PERSON", p.full), ", DOB ", L("DATE_OF_BIRTH", fdate(b, "uk")), ", ", L("ADDRESS", addr(r, "GB")), "\n\n")
    d("Thank you for seeing this ", 2026 - b.year, "-year-old with suspected ", L("DIAGNOSIS", r.choice(["inflammatory arthritis", "polymyalgia rheumatica", "psoriatic arthritis"])),
      ". Morning stiffness ~90 min, CRP ", r.randint(12, 80), ". She has ", L("DIAGNOSIS", r.choice(["hypothyroidism", "asthma", "T2DM"])), " on ", L("MEDICATION", r.choice(["levothyroxine", "Fostair", "metformin"])), ".\n")
    d("No history of malignancy. Mother had rheumatoid arthritis.\n\nYours sincerely,\nDr ", L("PERSON", gp.full), "\n", r.choice(["Ashgrove Surgery", "Millfield Medical Practice"]), ", tel ", L("PHONE", phone(r, "GB")), "\n")
    return d, "email"

@tpl(1)
def eob_notice_email(r):
    d = Doc(); p = person(r)
    d("From: ", L("EMAIL", r.choice(["noreply@", "claims@", "member.services@"]) + r.choice(["anthem.com", "bcbsm.com", "uhc.com"])), "\nTo: ", L("EMAIL", email_of(r, p)), "\nSubject: Your Explanation of Benefits is ready\n\n")
    d("Hi ", L("PERSON", p.given), ",\n\nA new EOB is available for claim ", claim_no(r), " (date of service ", fdate(visit(r), "us"), "). Member ID ending in ", digits(r, 4), ".\n")
    d("Amount you may owe: $", r.randint(0, 400), ".", digits(r, 2), "\nLog in to view details. Do not reply to this e-mail.\n\nQuestions? Call Member Services at ", L("PHONE", phone(r, "US")), " (TTY 711).\n")
    return d, "email"

@tpl(1)
def refill_request_email(r):
    d = Doc(); p = person(r); m = pick_meds(r, 2)
    d("From: ", L("EMAIL", email_of(r, p)), "\nTo: ", L("EMAIL", "scripts@" + r.choice(["kawakawamedical.co.nz", "glebestreetsurgery.co.uk", "bluegumclinic.com.au"])), "\nSubject: repeat script pls\n\n")
    d("hiya, could i get repeats of my ", L("MEDICATION", m[0][0].lower()), " and the ", L("MEDICATION", m[1][0].lower()), " please, running low (2 left). same pharmacy as usual — ",
      r.choice(["Unichem Mt Eden", "Boots Headingley", "Chemist Warehouse Parramatta"]), ".\n")
    d("also my new mobile is ", L("PHONE", phone(r, r.choice(["NZ", "GB", "AU"]))), "\n\nta\n", L("PERSON", p.given), "\n", "DOB ", L("DATE_OF_BIRTH", fdate(dob(r), r.choice(["uk", "dmys"]))), "\n")
    return d, "email"

@tpl(1)
def newsletter_email_neg(r):
    d = Doc()
    d("From: Staff Communications (bulk mailer)\nTo: All Staff\nSubject: This week: flu clinic, Martin Luther King Jr. Day rota, parking\n\n")
    d("• Staff flu vaccination clinic runs Tue–Thu in the Ross Atrium. Bring your badge.\n")
    d("• Reminder: Johnson & Johnson and Abbott reps are not permitted on wards without a visitor pass.\n")
    d("• Our Parkinson's disease nurse specialists present at Grand Rounds; \"Alzheimer's in 2026\" webinar follows.\n")
    d("• The Ronald McDonald House family room reopens after St. Patrick's Day.\n")
    d("• EHR upgrade to ", version4(r), " on Saturday 02:00–04:00; downtime forms are on the intranet.\n")
    d("Questions: extension 4400.\n")
    return d, "email"

@tpl(4)
def portal_message(r):
    d = Doc(); p = person(r); nurse = clin_name(r); m = r.choice(MED); dx = r.choice(DX)
    d("[Patient Portal — Secure Message]  Thread #", digits(r, 7), "\n\n")
    d(L("PERSON", p.full), "  ", fdate(visit(r), "usn"), " ", r.randint(1, 12), ":", f"{r.randint(0,59):02d}", r.choice(["am", "pm"]), "\n")
    txt = r.choice([
        ("hi dr, the new ", "med", " is making me soooo dizzy esp in the mornings. is that normal?? should i stop it. also my bp at home was 98/60 lol"),
        ("hello, i think my ", "dx", " is flaring again, cant keep anything down since sat. can u call me back at ", "phone", " thx"),
        ("Good morning. I need a letter for work saying I have ", "dx", ". My boss wants it by Friday. My DOB is ", "dob", " if you need it."),
        ("ran out of ", "med", " yesterday, pharmacy said needs new rx?? pls send to the one on main st"),
    ])
    for part in txt:
        if part == "med": d(L("MEDICATION", m[0].lower() if r.random() < .5 else m[0]))
        elif part == "dx": d(L("DIAGNOSIS", dx.lower() if r.random() < .5 else dx))
        elif part == "phone": d(L("PHONE", phone(r, "US")))
        elif part == "dob": d(L("DATE_OF_BIRTH", fdate(dob(r), "usn")))
        else: d(part)
    d("\n\n", L("PERSON", f"{nurse.full}"), ", RN  ", fdate(visit(r), "usn"), "\n")
    pre, post = r.choice([("Please don't stop anything on your own — Dr ", " will call you this afternoon."),
                          ("I've sent this to Dr ", " for review. If you feel faint or have chest pain go to the ED or call 911.")])
    d("Hi ", L("PERSON", p.given), ", thanks for reaching out. ", pre, L("PERSON", clin_name(r).family), post, "\n")
    return d, "chat"

@tpl(2)
def clinical_team_chat(r):
    d = Doc(); a = clin_name(r); b_ = clin_name(r); c = clin_name(r); p = person(r); bed = str(r.randint(1, 30))
    an, bn, cn = a.given.split()[0], b_.given.split()[0], c.given.split()[0]
    lines = [(an, ["anyone seen the K+ on ", ("P", name_var(r, p, "initial")), " bed ", bed, "? 6.1"]),
             (bn, ["yep repeat sent, haemolysed? she's on ", ("M", r.choice(["spironolactone", "Entresto", "trimethoprim"])), " + ", ("M", r.choice(["ramipril", "lisinopril"]))]),
             (cn, ["ECG no peaked T. holding the ", ("M", "spironolactone"), " for now"]),
             (an, ["👍 also MRN for the CT req is ", ("R", mrn(r))]),
             (bn, ["fyi ", ("P", p.family), " in ", bed, " also has ", ("D", r.choice(["C. diff", "MRSA bacteraemia", "influenza A"])), " — contact precautions"]),
             (cn, ["lol this shift is a migraine. coffee run?"])]
    t0 = r.randint(0, 22 * 60)
    for who, parts in lines:
        t0 += r.randint(1, 9)
        d(f"[{t0 // 60:02d}:{t0 % 60:02d}] ", L("PERSON", who), ": ")
        for x in parts:
            if isinstance(x, tuple):
                d(L({"P": "PERSON", "M": "MEDICATION", "R": "MEDICAL_RECORD_NUMBER", "D": "DIAGNOSIS"}[x[0]], x[1]))
            else: d(x)
        d("\n")
    return d, "chat"

@tpl(1)
def pharmacy_chat_neg(r):
    d = Doc()
    d("#pharmacy-ops\n[08:02] bot: Stock alert: SKU 88-2201-A (amoxicillin 500 mg caps) below par (12/60)\n")
    d("[08:05] bot: Wholesaler order PO-", digits(r, 7), " confirmed, ETA 14:00, tracking 1Z", "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)), "\n")
    d("[08:07] bot: Fridge 2 temp 4.6°C OK; logger fw ", version4(r), "\n[08:30] bot: Reminder — Good Friday and Easter Monday hours posted.\n")
    d("[09:10] bot: Recall notice: metformin XR lot ", r.choice("ABC"), digits(r, 6), " (NDMA) — quarantine remaining stock.\n")
    return d, "chat"

@tpl(2)
def helpdesk_ticket(r):
    d = Doc(); u = clin_name(r)
    d("Ticket INC", digits(r, 7), "   Priority: ", r.choice(["P2", "P3"]), "   Queue: ", r.choice(["EHR Support", "Clinical Apps", "Service Desk"]), "\n")
    d("Reported by: ", L("PERSON", u.full), " (", L("EMAIL", email_of(r, u, r.choice(["nhs.net", "ahs.ca", "health.nz"]))), "), ext ", r.randint(2000, 8999), "\n")
    d("Workstation: WS-", digits(r, 5), "  IP ", L("IP_ADDRESS", ip(r, "priv")), "  Client v", version4(r), "\n\nDescription:\n")
    if r.random() < .5:
        p = person(r)
        d("when i open the chart for ", L("PERSON", p.full), " (hosp no ", L("MEDICAL_RECORD_NUMBER", mrn(r)), ") the med list shows ", L("MEDICATION", r.choice(MED)[0]),
          " twice and i cant discontinue either. pls fix asap, pt going home today\n")
    else:
        d("printer on ward 5 keeps printing wristbands blank. tried restart. toner fine. model ZD421 fw ", version4(r), "\n")
    d("\nUpdate (", L("PERSON", clin_name(r).given), ", Service Desk): assigned to Clinical Apps L2. KB0012", digits(r, 3), " applied.\n")
    return d, "ticket"

@tpl(1)
def billing_dispute_ticket(r):
    d = Doc(); p = person(r)
    d("Case #", digits(r, 8), " — Billing dispute\nCustomer: ", L("PERSON", p.full), "   Phone: ", L("PHONE", phone(r, "US")), "\n")
    d("Member ID: ", L("HEALTH_PLAN_ID", member_id(r)), " (", r.choice(["Ambetter Silver", "BlueCross PPO", "Oscar Classic"]), ")\n")
    d("Notes: caller states she was billed twice for the ", fdate(visit(r), "us"), " ER visit. Paid $250 copay with card ending ", digits(r, 4), ". ")
    d("Also asked to update address to ", L("ADDRESS", addr(r, "US")), ". Verified identity with DOB ", L("DATE_OF_BIRTH", fdate(dob(r), "us")), " and last 4 SSN.\n")
    d("Resolution: refund request RF-", digits(r, 6), " submitted.\n")
    return d, "ticket"

@tpl(1)
def ticket_neg(r):
    d = Doc()
    d("Ticket CHG", digits(r, 7), "   Type: Standard change\nSummary: Upgrade PACS viewer to ", version4(r), "\n")
    d("Impact: Radiology reading rooms 1–4; DICOM SCP at pacs-ae (port 104) restarts.\nTest plan: send test study with OID ", oid(r), " and verify routing.\n")
    d("Backout: restore snapshot snap-", digits(r, 10), ". Approver: CAB. Window: Sunday after Labour Day.\n")
    return d, "ticket"

# ---------------------------------------------------------------- free text / html
@tpl(3)
def public_health_report_neg(r):
    d = Doc()
    d(r.choice(["Weekly Notifiable Disease Surveillance Report", "Communicable Disease Bulletin", "Health Protection Report"]), " — Week ", r.randint(1, 52), ", ", r.randint(2024, 2026), "\n\n")
    d("Pertussis notifications rose to ", r.randint(30, 200), " (5-yr mean ", r.randint(20, 90), "). Most cases were in unvaccinated infants under 6 months; maternal Boostrix uptake remains ", r.randint(50, 80), "%.\n")
    d("Measles: ", r.randint(0, 12), " confirmed cases linked to an international flight; contacts were offered MMR or normal human immunoglobulin.\n")
    d("Invasive group A streptococcal disease remains above baseline; clinicians should have a low threshold for treating scarlet fever with phenoxymethylpenicillin.\n")
    d("Legionnaires' disease: one cluster under investigation (cooling tower). Hepatitis A notifications stable.\n")
    d("Syndromic surveillance: ILI consultations ", f"{r.uniform(10, 60):.1f}", " per 100,000. Oseltamivir is recommended for high-risk groups.\n")
    d("Data source: notifications system v", version4(r), "; OID ", oid(r), ". Counts < 5 suppressed.\n")
    return d, "free_text"

@tpl(3)
def clinical_guideline_neg(r):
    d = Doc()
    topic = r.choice(["heart failure", "type 2 diabetes", "COPD", "depression in adults"])
    d("Clinical guideline: Management of ", topic, " in primary care (v", r.randint(2, 7), ".", r.randint(0, 9), ")\n\n")
    body = {"heart failure": "Offer all patients with HFrEF an ACE inhibitor (or sacubitril/valsartan), a beta-blocker such as bisoprolol, an MRA such as spironolactone and an SGLT2 inhibitor (dapagliflozin or empagliflozin). Check U&E 1–2 weeks after each titration. Avoid NSAIDs and non-dihydropyridine calcium-channel blockers.",
            "type 2 diabetes": "Metformin remains first-line. In people with established ASCVD or CKD add an SGLT2 inhibitor; consider a GLP-1 receptor agonist (semaglutide, dulaglutide) when BMI ≥ 35. Sulfonylureas such as gliclazide carry a hypoglycaemia risk in the elderly.",
            "COPD": "Confirm the diagnosis with post-bronchodilator spirometry (FEV1/FVC < 0.7). Start a LAMA such as tiotropium or LAMA/LABA; reserve ICS for patients with eosinophils ≥ 300. Prednisolone 30 mg for 5 days is sufficient for most exacerbations.",
            "depression in adults": "For moderate to severe depression offer CBT combined with an SSRI (sertraline, escitalopram). Review within 2 weeks; in under-25s within 1 week because of suicidality risk. Mirtazapine or venlafaxine are second-line options. Lithium augmentation requires level monitoring."}[topic]
    d(body, "\n\nThis guideline does not replace clinical judgement. Evidence grades follow GRADE. Authors' conflicts of interest are listed in Appendix C. Review date: ", r.randint(2027, 2030), ".\n")
    return d, "free_text"

@tpl(1)
def research_protocol(r):
    d = Doc(); pi = clin_name(r); coord = clin_name(r)
    d("PROTOCOL SYNOPSIS — ", r.choice(["KOWHAI-CKD", "CEDAR-HF", "SHAMROCK-MS"]), " (ACTRN1262", digits(r, 10), ")\n\n")
    d("Principal investigator: ", L("PERSON", pi.full), ", ", r.choice(["University of Otago", "Trinity College Dublin", "McMaster University"]), "\n")
    d("Study coordinator: ", L("PERSON", coord.full), " — ", L("EMAIL", email_of(r, coord, r.choice(["otago.ac.nz", "tcd.ie", "mcmaster.ca"]))), ", ", L("PHONE", phone(r, r.choice(["NZ", "IE", "CA"]))), "\n\n")
    d("Population: adults aged 40–80 with type 2 diabetes and CKD stage 3 (eGFR 30–59). Exclusion: type 1 diabetes, prior dialysis, pregnancy, active malignancy.\n")
    d("Intervention: finerenone 10–20 mg daily vs placebo, on top of maximally tolerated ACE inhibitor or ARB. Patients with hyperkalaemia (K+ > 5.0) are excluded.\n")
    d("Primary outcome: time to ≥40% eGFR decline. Secondary: HF hospitalisation. Sample size 1,240 (90% power).\n")
    d("Data: pseudonymised at source; identifiers held by site only. Ethics ref HDEC ", r.randint(2024, 2026), "/FULL/", digits(r, 5), ".\n")
    return d, "free_text"

@tpl(2)
def insurance_policy_neg(r):
    d = Doc()
    d(r.choice(["Hospital & Extras Cover — Policy Wording", "Individual Health Plan — Evidence of Coverage", "Voluntary Health Insurance — Table of Benefits"]), " (effective ", fdate(rdate(r, 2025, 2026), "long"), ")\n\n")
    d("Section 4. Exclusions. We do not cover treatment for a pre-existing condition during the first 12 months, except in an emergency. ",
      "Cosmetic surgery, IVF beyond three cycles and experimental drugs are excluded.\n")
    d("Section 5. Chronic disease management. Members with diabetes, asthma or COPD may enrol in the care programme at no cost. ",
      "Specialty drugs such as adalimumab or ustekinumab require prior authorisation.\n")
    d("Section 6. Your Member ID is printed on your card. Never share it by e-mail. Group numbers identify employer plans and are not personal.\n")
    d("Definitions: \"Dependant\" means your spouse or child under 25. \"Date of Birth\" means the date shown on your enrolment form.\n")
    d("Complaints: contact the Ombudsman. Lines open Mon–Fri except public holidays (e.g. Waitangi Day, ANZAC Day, Canada Day).\n")
    return d, "free_text"

@tpl(2)
def referral_letter(r):
    d = Doc(); cc = r.choice(["AU", "NZ", "IE", "CA"]); p = person(r); b = dob(r); gp = clin_name(r); spec = clin_name(r); m = pick_meds(r, 3); dx = r.sample(DX, 2)
    d(r.choice(["Harbourside Medical Centre", "Kawakawa Health Centre", "Ennis Road Surgery", "Bloor West Family Practice"]), "\n", L("ADDRESS", addr(r, cc, "\n")), "\nPh ", L("PHONE", phone(r, cc)), "\n\n")
    d(fdate(visit(r), "ukl"), "\n\nDr ", L("PERSON", spec.full), "\n", r.choice(["Endocrinology", "Gastroenterology", "Neurology"]), " Outpatients\n\n")
    d("Dear Dr ", L("PERSON", spec.family), ",\n\nRe: ", L("PERSON", p.full), "   D.O.B. ", L("DATE_OF_BIRTH", fdate(b, r.choice(["uk", "dmys", "ukl"]))), "\n    ", L("ADDRESS", addr(r, cc)), "\n\n")
    d("I would be grateful if you could review ", L("PERSON", p.given), ", who has ", L("DIAGNOSIS", dx[0]), " and recently developed ", r.choice(["weight loss", "tremor", "intermittent diplopia"]), ". ")
    d("Past history includes ", L("DIAGNOSIS", dx[1]), ". Coeliac serology was negative and there is no evidence of thyroid disease. ")
    d("Her father had bowel cancer in his sixties.\n\nCurrent medications: ", L("MEDICATION", m[0][0]), " ", m[0][1], "; ", L("MEDICATION", m[1][0]), " ", m[1][1], "; ", L("MEDICATION", m[2][0]), " ", m[2][1], ".\n")
    d("\nKind regards,\n\nDr ", L("PERSON", gp.full), "\n")
    return d, "free_text"

@tpl(2)
def eob_text(r):
    d = Doc(); p = person(r); dep = person(r, p.origin)
    d(r.choice(["EXPLANATION OF BENEFITS", "Explanation of Benefits — THIS IS NOT A BILL"]), "\n", r.choice(["Blue Shield of California", "Harvard Pilgrim Health Care", "Wellmark BCBS"]), "\n\n")
    d(L("PERSON", p.full.upper()), "\n", L("ADDRESS", addr(r, "US", "\n")), "\n\n")
    d("Member: ", L("PERSON", p.full), "    Member ID: ", L("HEALTH_PLAN_ID", member_id(r)), "    Group: ", digits(r, 6), "\nPatient: ", L("PERSON", dep.full), " (dependent)\n")
    d("Claim #: ", claim_no(r), "   Provider: ", r.choice(["Lakeview Urgent Care", "Children's Hospital Colorado", "Quest Diagnostics"]), "\n\n")
    d(f"{'Service':<30}{'Billed':>10}{'Allowed':>10}{'You owe':>10}\n")
    for s in r.sample(["Office visit, est. pt", "Strep test, rapid", "X-ray chest 2 views", "Venipuncture", "Physical therapy 15 min"], 3):
        bl = r.randint(30, 600)
        d(f"{s:<30}{bl:>10.2f}{bl*0.6:>10.2f}{bl*0.12:>10.2f}\n")
    d("\nDiagnosis on claim: ", L("DIAGNOSIS", r.choice(["acute streptococcal pharyngitis", "asthma exacerbation", "sprain of left ankle"])), "\n")
    d("Questions? Call ", L("PHONE", phone(r, "US")), ". Appeal within 180 days.\n")
    return d, "free_text"

@tpl(1)
def patient_blog_neg(r):
    d = Doc()
    d("Five things I learned running a rural clinic\n\n")
    d("1. The paperwork is a cancer on the system — every prior-auth form asks for the same things in a different order.\n")
    d("2. Monday mornings are a migraine: the phone tree collapses under the weekend backlog.\n")
    d("3. The Great Depression taught my grandparents to keep a pantry; we keep a stock of amoxicillin for when the courier from Cardinal Health is late.\n")
    d("4. Parkinson's law applies to waiting rooms: patients expand to fill the chairs available.\n")
    d("5. Ask about Down syndrome support groups, Lyme disease ticks and Bell's palsy myths — people search for them more than anything else.\n")
    return d, "free_text"

@tpl(1)
def coroner_incident_report(r):
    d = Doc(); p = person(r); nurse = clin_name(r)
    d("INCIDENT REPORT (", r.choice(["Datix", "RiskMan", "Safety Learning System"]), ") — ref ", r.choice(["W", "IR"]), digits(r, 6), "\n")
    d("Category: medication error — omitted dose. Harm: ", r.choice(["none", "low"]), "\n\n")
    d("Patient ", L("PERSON", p.full), " (UR ", L("MEDICAL_RECORD_NUMBER", digits(r, 7)), ") with ", L("DIAGNOSIS", r.choice(["Parkinson's disease", "epilepsy", "T1DM"])),
      " did not receive the 14:00 dose of ", L("MEDICATION", r.choice(["Sinemet", "levetiracetam", "insulin aspart"])), ". Identified at handover by RN ", L("PERSON", nurse.full), ".\n")
    d("Contributing factors: pharmacy stock-out; eMAR v", version4(r), " did not flag time-critical medication.\nActions: ward stock list updated.\n")
    return d, "free_text"

@tpl(1)
def meeting_minutes_neg(r):
    d = Doc()
    d("Drug & Therapeutics Committee — minutes\n\nPresent: Chair, Pharmacy lead, ICU rep, Microbiology (apologies: Surgery)\n\n")
    d("1. Formulary request: tirzepatide — deferred pending PHARMAC/PBS listing decision.\n2. Antimicrobial stewardship: ceftriaxone use down 12% after IV-to-oral switch campaign.\n")
    d("3. Shortage: Ozempic supply constrained until Q3; prioritise existing patients with T2DM per national guidance.\n4. Next meeting after Easter Monday. Version ", version4(r), " of the policy approved.\n")
    return d, "free_text"

@tpl(2)
def portal_summary_html(r):
    d = Doc(); p = person(r); cc = r.choice(["US", "CA", "AU"]); b = dob(r); m = pick_meds(r, 3); dx = r.sample(DX, 2)
    lines = ADDR[cc](r)
    d("<!doctype html>\n<html><head><title>My Health Summary</title></head><body>\n<header><h1>Welcome back, ", L("PERSON", p.given), "</h1></header>\n")
    d("<section id=\"demographics\"><dl>\n  <dt>Name</dt><dd>", L("PERSON", p.full), "</dd>\n  <dt>Date of Birth</dt><dd>", L("DATE_OF_BIRTH", fdate(b, "long")), "</dd>\n")
    d("  <dt>MRN</dt><dd>", L("MEDICAL_RECORD_NUMBER", mrn(r)), "</dd>\n  <dt>Address</dt><dd>", L("ADDRESS", lines[0] + "<br>" + lines[1]), "</dd>\n")
    d("  <dt>Email</dt><dd><a href=\"mailto:", L("EMAIL", email_of(r, p)), "\">update</a></dd>\n</dl></section>\n")
    d("<section id=\"problems\"><h2>Health Issues</h2><ul><li>", L("DIAGNOSIS", dx[0]), "</li><li>", L("DIAGNOSIS", dx[1]), "</li></ul></section>\n")
    d("<section id=\"meds\"><h2>Medications</h2><table><tr><th>Medication</th><th>Instructions</th></tr>\n")
    for n_, s_ in m:
        d("<tr><td>", L("MEDICATION", n_), "</td><td>", s_, "</td></tr>\n")
    d("</table></section>\n<footer>Portal build ", version4(r), " · <a href=\"/privacy\">Privacy</a></footer>\n</body></html>\n")
    return d, "html"

@tpl(1)
def staff_directory_html(r):
    d = Doc()
    d("<html><body><h2>", r.choice(["Diabetes Centre", "Maternity Assessment Unit", "Renal Dialysis Unit"]), " — Contacts</h2>\n<table>\n<tr><th>Name</th><th>Role</th><th>Phone</th><th>Email</th></tr>\n")
    for _ in range(r.randint(3, 5)):
        s = clin_name(r); cc = r.choice(["IE", "NZ", "GB", "AU"])
        d("<tr><td>", L("PERSON", s.full), "</td><td>", r.choice(["CNS", "Registrar", "Dietitian", "Podiatrist", "Midwife"]), "</td><td>", L("PHONE", phone(r, cc)), "</td><td>",
          L("EMAIL", email_of(r, s, r.choice(["hse.ie", "health.nz", "nhs.net", "health.qld.gov.au"]))), "</td></tr>\n")
    d("</table>\n<p>Main switchboard and after-hours: see intranet.</p></body></html>\n")
    return d, "html"

@tpl(2)
def hospital_news_html_neg(r):
    d = Doc()
    d("<article><h1>", r.choice(["New MRI suite opens", "Hospital foundation gala raises record sum", "Kidney unit celebrates 40 years"]), "</h1>\n")
    d("<p>The ", r.choice(["Wellcome Trust", "Mayo Foundation", "Baxter Healthcare", "Paul Ramsay Foundation"]), "-funded scanner (software ", version4(r), ") will cut waits for patients across the region.</p>\n")
    d("<p>Staff are invited to the Queen's Birthday / King's Birthday long-weekend barbecue. The Christopher Reeve Foundation, Ronald McDonald House and Marks &amp; Spencer sponsored the raffle.</p>\n")
    d("<p>Learn about Hodgkin lymphoma, Addison's disease and Tourette syndrome at our public lecture series on Tuesday.</p>\n")
    d("<p>Media enquiries: communications office. Image credit: Getty.</p></article>\n")
    return d, "html"

@tpl(1)
def drug_monograph_html_neg(r):
    d = Doc()
    drug = r.choice([("apixaban", "Eliquis"), ("lurasidone", "Latuda"), ("ustekinumab", "Stelara")])
    d("<html><body><h1>", drug[0], " (", drug[1], ")</h1>\n<h2>Indications</h2><p>Used for ", r.choice(["stroke prevention in non-valvular atrial fibrillation", "schizophrenia and bipolar depression", "Crohn's disease and plaque psoriasis"]), ".</p>\n")
    d("<h2>Dosing</h2><ul><li>Adults: see product information.</li><li>Renal impairment: reduce dose if CrCl &lt; 30 mL/min.</li></ul>\n")
    d("<h2>Interactions</h2><p>Avoid with strong CYP3A4 inhibitors (clarithromycin, ketoconazole).</p>\n<p>Last reviewed by Medicines Information, revision ", version4(r), ".</p></body></html>\n")
    return d, "html"

@tpl(3)
def kyc_narrative(r):
    d = Doc(); kind = ["SG", "IN", "BR", "ES"][RENDER_I % 4]
    orig = {"IN": "indian", "SG": "singaporean", "BR": "brazilian", "ES": "spanish"}[kind]
    p = person(r, orig); b = dob(r, 1955, 2000)
    d("Medical tourism facilitator — case note\n\n")
    if kind == "IN":
        d("Spoke with ", L("PERSON", p.full), " (born ", L("DATE_OF_BIRTH", fdate(b, "ukl")), ") regarding knee replacement in Chennai. Aadhaar ", L("IN_AADHAAR", aadhaar(r)),
          " verified via DigiLocker; an older card ", bad_aadhaar(r), " failed verification and was discarded. ")
    elif kind == "SG":
        d(L("PERSON", f"{p.family} {p.given}"), " (NRIC ", L("SG_NRIC", sg_nric(r)), ", DOB ", L("DATE_OF_BIRTH", fdate(b, "uk")), ") is travelling for cardiac review. ")
    elif kind == "BR":
        d(L("PERSON", p.full), ", nasceu em ", L("DATE_OF_BIRTH", fdate(b, "uk")), ", CPF ", L("BR_CPF", cpf(r)), " (o CPF antigo ", bad_cpf(r), " estava incorreto). ")
    else:
        d(L("PERSON", p.full), ", fecha de nacimiento ", L("DATE_OF_BIRTH", fdate(b, "uk")), ", DNI ", L("ES_DNI", dni(r)), " (en la primera llamada dio ", bad_dni(r), ", letra errónea). ")
    d("Condition per referral: ", L("DIAGNOSIS", r.choice(["severe osteoarthritis of both knees", "three-vessel coronary artery disease", "symptomatic gallstones"])), ". ")
    d("Contact: ", L("PHONE", phone(r, kind)), ", ", L("EMAIL", email_of(r, p)), ".\n")
    return d, "free_text"

@tpl(1)
def hard_negative_ids_text(r):
    d = Doc()
    d("Data-quality review — rejected identifiers (all fail validation; kept for audit)\n\n")
    d("- NHS number ", bad_nhs(r), " (mod 11 fails)\n- card ", bad_card(r), " (Luhn fails)\n- IBAN ", bad_iban(r), " (mod-97 fails)\n")
    d("- Steuer-ID ", bad_steuer(r), " (check digit wrong)\n- SIN ", bad_sin(r), " (Luhn fails)\n- CPF ", bad_cpf(r), "\n- DNI ", bad_dni(r), "\n")
    d("- SSN ***-**-", digits(r, 4), " (masked), 000-", digits(r, 2), "-", digits(r, 4), " and 9", digits(r, 2), "-", digits(r, 2), "-", digits(r, 4), " (never issued)\n")
    d("- Card 4", digits(r, 3), " **** **** ", digits(r, 4), " (masked)\n- Build ", version4(r), ", OID ", oid(r), ", NPI ", npi(r), ", DEA ", dea(r), "\n")
    d("No patient is associated with this list.\n")
    return d, "free_text"

@tpl(1)
def dl_verification_note(r):
    d = Doc(); p = person(r); st = r.choice(list(STATES))
    d("Controlled substance pickup — ID verification\n")
    d("Patient ", L("PERSON", p.full), " picked up ", L("MEDICATION", r.choice(["oxycodone", "Adderall", "hydrocodone/APAP", "lorazepam"])), " Rx#", digits(r, 7), ". ")
    d("ID presented: ", STATES[st], " driver license ", L("DRIVER_LICENSE", _dl(r, st)), ", exp ", fdate(rdate(r, 2027, 2031), "us"), ". ")
    d("PDMP checked (", r.choice(["CURES", "E-FORCSE", "PMP AWARxE"]), "). Pharmacist: ", L("PERSON", clin_name(r).full), ".\n")
    return d, "free_text"


# ---------------------------------------------------------------- additional templates
@tpl(2)
def us_intake_form(r):
    d = Doc(); p = person(r, r.choice(["us_south", "jewish_us", "hmong", "haitian", "korean", "somali", "cree_metis", "igbo"])); b = dob(r, 1940, 2006)
    st = r.choice(list(STATES)); medicare = RENDER_I % 2 == 1
    d("NEW PATIENT INTAKE — ", r.choice(["Riverbend Orthopedics", "Desert Sage Community Health", "Lakeshore Pediatrics & Adult Medicine"]), "\n")
    d("Legal name: ", L("PERSON", name_var(r, p, "mid")), "     Preferred: ", L("PERSON", p.given.split()[0]), "\n")
    d("DOB (mm/dd/yyyy): ", L("DATE_OF_BIRTH", fdate(b, "us")), "     SSN: ", L("US_SSN", ssn(r, r.choice(["-", "-", " "]))), "\n")
    d("Photo ID: ", STATES[st], " Driver License # ", L("DRIVER_LICENSE", _dl(r, st)), "   (state: ", st, ")\n")
    d("Street: ", L("ADDRESS", addr(r, "US")), "\nCell: ", L("PHONE", phone(r, "US")), "   Email: ", L("EMAIL", email_of(r, p)), "\n")
    if medicare:
        d("Primary insurance: Original Medicare   Medicare # (MBI): ", L("US_MBI", mbi(r, r.random() < .5)), "\n")
        d("Secondary: ", r.choice(["AARP Medicare Supplement", "Medicaid"]), "  ID ", L("HEALTH_PLAN_ID", member_id(r)), "\n")
    else:
        d("Insurance carrier: ", r.choice(["Aetna", "Cigna", "Kaiser", "Ambetter"]), "   Subscriber ID: ", L("HEALTH_PLAN_ID", member_id(r)), "   Group: ", digits(r, 6), "\n")
        d("Subscriber (if not patient): ", L("PERSON", person(r, p.origin).full), "\n")
    d("Check all that apply: [X] ", L("DIAGNOSIS", r.choice(["High blood pressure", "Diabetes", "Asthma", "Depression"])), "  [ ] Cancer  [ ] Stroke\n")
    d("Medications you take: ", L("MEDICATION", r.choice(MED)[0]), ", ", L("MEDICATION", r.choice(MED)[0]), "\n")
    d("Pharmacy: ", r.choice(["Walgreens #", "CVS #", "Kroger #"]), r.randint(1000, 19999), "\nEmergency contact: ", L("PERSON", person(r).full), " ", L("PHONE", phone(r, "US")), "\n")
    return d, "form"

@tpl(2)
def travel_clinic_checkin(r):
    d = Doc(); lang = "US" if RENDER_I == 0 else r.choice(["FR", "DE", "ES", "IT", "NL", "PL", "MX", "JP", "KR", "VN", "PH", "BR"])
    p = person(r, {"FR": "french", "DE": "german", "ES": "spanish", "IT": "italian", "NL": "dutch", "PL": "polish", "MX": "spanish", "JP": "japanese",
                   "KR": "korean", "VN": "vietnamese", "US": "us_south", "PH": "filipino", "BR": "brazilian"}[lang])
    b = dob(r, 1950, 2006)
    d("TRAVEL HEALTH CLINIC — Pre-travel consultation / Consultation voyageur\n")
    d("Traveller: ", L("PERSON", p.full), "   Born: ", L("DATE_OF_BIRTH", fdate(b, r.choice(["dmys", "uk", "iso"]))), "\n")
    d("Nationality: ", PP_COUNTRY[lang], "   ", pp_label(r, lang), ": ", L("US_PASSPORT" if lang == "US" else "PASSPORT", passport(r, lang)), "   Expires: ", fdate(rdate(r, 2027, 2035), "iso"), "\n")
    d("Destination: ", r.choice(["Ghana, Uganda", "Peru (Cusco, Amazon)", "India (Rajasthan)", "Papua New Guinea"]), "   Departs: ", fdate(visit(r), "iso"), "\n")
    d("Vaccines given: Yellow fever (Stamaril) lot ", r.choice("ABCDEF"), digits(r, 6), "; Typhim Vi. Malaria prophylaxis: ", L("MEDICATION", r.choice(["Malarone", "doxycycline", "atovaquone-proguanil"])), "\n")
    d("Relevant history: ", L("DIAGNOSIS", r.choice(["HIV on ART", "splenectomy (2019)", "ulcerative colitis on azathioprine", "pregnancy 14/40"])), ". Egg allergy: no.\n")
    d("Clinician: ", L("PERSON", clin_name(r).full), "\n")
    return d, "form"

@tpl(2)
def patient_master_csv(r):
    d = Doc()
    emit_row(d, ["MRN", "LastName", "FirstName", "DOB", "SSN", "Phone", "Street", "City", "State", "Zip", "PlanMemberID"])
    for _ in range(r.randint(4, 6)):
        p = person(r); lines = addr_us(r); city, rest = lines[1].split(", "); st, z = rest.split(" ")
        masked = r.random() < .4
        emit_row(d, [L("MEDICAL_RECORD_NUMBER", mrn(r)), L("PERSON", p.family), L("PERSON", p.given), L("DATE_OF_BIRTH", fdate(dob(r), "usn")),
                     ("XXX-XX-" + digits(r, 4)) if masked else L("US_SSN", ssn(r)), L("PHONE", phone(r, "US")), L("ADDRESS", lines[0]), city, st, z,
                     L("HEALTH_PLAN_ID", member_id(r)) if r.random() < .7 else ""])
    return d, "csv"

@tpl(1)
def travel_clinic_yaml(r):
    d = Doc()
    d("# export: group travel vaccination roster (mission trip)\ntrip: ", r.choice(["Honduras medical brigade", "Nepal trek", "Kenya school build"]), "\nleader_contact: ")
    lead = person(r); d(L("EMAIL", email_of(r, lead)), "\ntravellers:\n")
    for _ in range(r.randint(3, 4)):
        cc = r.choice(["US", "CA", "GB", "IE", "NZ", "AU", "DE", "MX"])
        p = person(r)
        d("  - name: \"", L("PERSON", p.full), "\"\n    passport_country: ", cc, "\n    passport_no: \"", L("US_PASSPORT" if cc == "US" else "PASSPORT", passport(r, cc)), "\"\n")
        d("    dob: ", L("DATE_OF_BIRTH", dob(r, 1960, 2007).isoformat()), "\n    conditions: [", L("DIAGNOSIS", r.choice(["asthma", "T1DM", "peanut allergy", "epilepsy"])), "]\n")
    return d, "yaml"

@tpl(1)
def payer_member_json(r):
    d = Doc(); p = person(r, r.choice(["jewish_us", "us_south", "italian", "haitian"])); b = dob(r, 1938, 1959)
    obj = {"member": {"firstName": L("PERSON", p.given), "lastName": L("PERSON", p.family), "dob": L("DATE_OF_BIRTH", b.isoformat()),
                      "medicare": {"mbi": L("US_MBI", mbi(r)), "partA": fdate(rdate(r, 2003, 2024), "iso"), "partB": fdate(rdate(r, 2003, 2024), "iso")},
                      "ssnLast4": digits(r, 4), "planCode": "H" + digits(r, 4) + "-0" + digits(r, 2), "pcp": {"npi": npi(r), "name": L("PERSON", clin_name(r).full)}},
           "riskScores": {"hcc": [{"code": "HCC18", "label": L("DIAGNOSIS", "diabetes with chronic complications")}, {"code": "HCC85", "label": L("DIAGNOSIS", "congestive heart failure")}], "raf": round(r.uniform(0.8, 3.1), 3)},
           "schemaVersion": version4(r)}
    emit_json(d, obj)
    return d, "json"

@tpl(1)
def id_verification_ndjson(r):
    d = Doc()
    for _ in range(r.randint(4, 5)):
        p = person(r); kind = r.choice(["dl", "passport", "passport_us", "declined"])
        ev = {"ts": ts(r), "applicant": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", dob(r).isoformat())}
        if kind == "dl":
            st = r.choice(list(STATES)); ev.update({"doc_type": "driver_license", "issuing_state": st, "doc_number": L("DRIVER_LICENSE", _dl(r, st)), "result": "approved"})
        elif kind == "passport":
            cc = r.choice(["CA", "GB", "IE", "AU", "NZ", "NG", "PK", "CN"]); ev.update({"doc_type": "passport", "issuing_country": cc, "doc_number": L("PASSPORT", passport(r, cc)), "result": "approved"})
        elif kind == "passport_us":
            ev.update({"doc_type": "passport", "issuing_country": "US", "doc_number": L("US_PASSPORT", passport(r, "US")), "result": "approved"})
        else:
            ev.update({"doc_type": "passport", "issuing_country": "US", "doc_number": "*****" + digits(r, 4), "result": "declined", "reason": "mrz_checksum_mismatch"})
        ev["ip"] = L("IP_ADDRESS", ip(r, r.choice(["pub", "doc"])))
        emit_json(d, ev, compact=True); d("\n")
    return d, "ndjson"

@tpl(1)
def ref_ranges_tsv_neg(r):
    d = Doc()
    emit_row(d, ["loinc", "analyte", "sex", "age_low", "age_high", "low", "high", "units", "method_version"], "\t")
    for lo, an, u in [("718-7", "Hemoglobin", "g/dL"), ("2160-0", "Creatinine", "mg/dL"), ("2823-3", "Potassium", "mmol/L"), ("3016-3", "TSH", "mIU/L"), ("4548-4", "HbA1c", "%")]:
        emit_row(d, [lo, an, r.choice(["F", "M", "*"]), r.choice([0, 18]), 120, f"{r.uniform(0.3, 12):.1f}", f"{r.uniform(12, 20):.1f}", u, version4(r)], "\t")
    return d, "tsv"

@tpl(1)
def kiosk_checkin_log(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        p = person(r); st = r.choice(list(STATES))
        if r.random() < .6:
            d(ts(r), " kiosk-", r.randint(1, 6), " SCAN pdf417 state=", st, " dl=", L("DRIVER_LICENSE", _dl(r, st)), " name=\"", L("PERSON", f"{strip_acc(p.family).upper()},{strip_acc(p.given).upper()}"),
              "\" dob=", L("DATE_OF_BIRTH", dob(r).strftime("%m%d%Y")), " match=", r.choice(["MRN_FOUND", "NEW_PATIENT"]), "\n")
        else:
            d(ts(r), " kiosk-", r.randint(1, 6), " INFO copay_collected amount=", r.choice([20, 25, 40, 75]), ".00 card=****", digits(r, 4), " fw=", version4(r), "\n")
    return d, "log"

@tpl(2)
def payment_gateway_log(r):
    d = Doc(); leaked = False
    for _ in range(r.randint(5, 7)):
        k = r.randint(0, 3)
        if k == 0: d(ts(r), " pay-svc INFO auth ok order=ORD-", digits(r, 8), " pan=", r.choice(["4", "5", "3"]), digits(r, 5), "******", digits(r, 4), " amt=", r.randint(10, 400), ".00 USD\n")
        elif k == 1 and not leaked:
            leaked = True
            p = person(r)
            d(ts(r), " pay-svc ERROR gateway timeout; raw payload={\"card\":\"", L("CREDIT_CARD", card(r, sep="")), "\",\"holder\":\"", L("PERSON", p.full.upper()), "\",\"zip\":\"", digits(r, 5), "\"} client=", L("IP_ADDRESS", ip(r, "pub")), "\n")
        elif k == 2: d(ts(r), " pay-svc WARN luhn check failed for candidate ", bad_card(r).replace(" ", ""), " (rejected before tokenisation)\n")
        else: d(ts(r), " pay-svc INFO refund ok ref=RF-", digits(r, 9), " token=tok_", "".join(r.choice(string.ascii_letters + string.digits) for _ in range(20)), "\n")
    return d, "log"

@tpl(1)
def backup_cron_log_neg(r):
    d = Doc()
    for _ in range(6):
        d(f"{r.choice(MON)} {r.randint(1,28):2d} 0{r.randint(0,5)}:{r.randint(0,59):02d}:{r.randint(0,59):02d}", " pacs-bkp CRON[", r.randint(1000, 30000), "]: ",
          r.choice(["(root) CMD (/opt/bkp/run.sh --incremental)", "snapshot vol-" + digits(r, 8) + " complete (1.2 TiB)", "rsync to 192.0.2.x masked target ok", "pruned 14 snapshots older than 35d", "agent " + version4(r) + " heartbeat ok"]), "\n")
    return d, "log"

@tpl(1)
def eligibility_api_log(r):
    d = Doc()
    for j in range(r.randint(4, 6)):
        k = 0 if j == 1 else r.randint(0, 2)
        if k == 0: d(ts(r), " elig-api INFO 270 sent payer=CMS mbi=", L("US_MBI", mbi(r)), " svc_type=30 resp=271 active\n")
        elif k == 1: d(ts(r), " elig-api INFO 270 sent payer=", r.choice(["60054", "87726", "62308"]), " member_id=", L("HEALTH_PLAN_ID", member_id(r)), " dob=", L("DATE_OF_BIRTH", dob(r).strftime("%Y%m%d")), " resp=271 active\n")
        else: d(ts(r), " elig-api WARN AAA*Y**72*C (invalid member id) trace=", digits(r, 12), "\n")
    return d, "log"

@tpl(1)
def occ_health_email_ie(r):
    d = Doc(); p = person(r, r.choice(["irish", "filipino", "indian", "polish", "nepali"])); hr = clin_name(r)
    hdr(d, r, hr, "hse.ie", p, r.choice(["gmail.com", "eircom.net"]), "Your start date and payroll details")
    d("Dear ", L("PERSON", p.given), ",\n\nWelcome to the team on Ward St. Brigid's. Occupational Health have cleared you (Hep B immune). ")
    d("Please confirm the details we hold: PPSN on file, salary paid to IBAN ", L("IBAN", iban(r, "IE")), ", and your Irish residence permit number. ")
    d("For your UK pension transfer we also noted your NI number ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), " and your old UK account ", L("UK_BANK_ACCOUNT", " ".join(sortcode_acct(r))), ".\n\n")
    d("Kind regards,\n", L("PERSON", hr.full), "\nHR Shared Services | ", L("PHONE", phone(r, "IE")), "\n")
    return d, "email"

@tpl(1)
def whatsapp_clinic_india(r):
    d = Doc(); p = person(r, "indian"); staff = person(r, "indian"); day = fdate(visit(r), "uk")
    visit_ = lambda _r: None
    d("[", day, ", 10:02] ", L("PERSON", staff.given), " (Apollo Intl Desk): Namaste! Please share Aadhaar & passport for the admission file.\n")
    d("[", day, ", 10:15] ", L("PERSON", p.given), ": ok sir. aadhaar ", L("IN_AADHAAR", aadhaar(r)), " and passport ", L("PASSPORT", passport(r, "IN")), "\n")
    d("[", day, ", 10:16] ", L("PERSON", p.given), ": my father ", L("PERSON", person(r, "indian").full), " is the patient, his sugar (", L("DIAGNOSIS", "type 2 diabetes"), ") very high now, he takes ", L("MEDICATION", "glimepiride"), "\n")
    d("[", day, ", 10:20] ", L("PERSON", staff.given), ": Noted. Pay advance via UPI or card. Our number ", L("PHONE", phone(r, "IN")), "\n")
    return d, "chat"

@tpl(1)
def records_amendment_ticket(r):
    d = Doc(); p = person(r); b = dob(r)
    d("HIM Request #", digits(r, 6), " — Amendment of record (45 CFR 164.526)\nRequester: ", L("PERSON", p.full), "  MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("Request: my date of birth is wrong in the portal. it shows ", fdate(visit(r), "us"), " (that's my visit date!) but my DOB is ", L("DATE_OF_BIRTH", fdate(b, "usn")), ". ")
    d("also remove '", L("DIAGNOSIS", r.choice(["alcohol use disorder", "bipolar disorder", "HIV"])), "' from my problem list, i was never diagnosed with that.\n")
    d("Attached: US passport ", L("US_PASSPORT", passport(r, "US")), " (copy).\nStatus: routed to Dr ", L("PERSON", clin_name(r).family), " for review; 60-day clock started.\n")
    return d, "ticket"

@tpl(1)
def vendor_outage_email_neg(r):
    d = Doc()
    d("From: ", r.choice(["eRx Network Status", "Vendor Status Page"]), "\nSubject: [Resolved] e-prescribing delays\n\n")
    d("Between 09:14 and 10:02 AEST, NewRx and RxRenewal messages were delayed. Root cause: certificate rotation on gateway ", version4(r), ". ")
    d("No messages were lost. Affected build: 2026.", r.randint(1, 12), ".", r.randint(1, 30), ". Incident INC-", digits(r, 6), ".\n")
    return d, "email"

@tpl(2)
def cross_border_letter_html(r):
    d = Doc(); c = ["ES", "DE", "FR", "IT"][RENDER_I % 4]; p = person(r, {"FR": "french", "DE": "german", "IT": "italian", "ES": "spanish"}[c]); b = dob(r)
    d("<html><body><p><b>University Hospital Galway</b> — International Patients</p>\n<p>To whom it may concern,</p>\n")
    d("<p>This is to confirm that <b>", L("PERSON", p.full), "</b>, born ", L("DATE_OF_BIRTH", fdate(b, "ukl")), ", ", pp_label(r, c), " ", L("PASSPORT", passport(r, c)), ", ")
    if c == "FR": d("numéro de sécurité sociale ", L("FR_NIR", nir(r, p.female, b)), ", ")
    if c == "DE": d("Steuer-ID ", L("DE_TAX_ID", steuer(r)), ", ")
    if c == "IT":
        bf = r.choice(BELFIORE); d("codice fiscale ", L("IT_FISCAL_CODE", cf_make(p.given, p.family, b, p.female, bf[0])), ", ")
    if c == "ES": d("NIE/DNI ", L("ES_DNI", dni(r)), ", ")
    d("EHIC card no. 80", digits(r, 18), ", was treated here for ", L("DIAGNOSIS", r.choice(["a fractured neck of femur", "acute appendicitis", "community-acquired pneumonia"])), ".</p>\n")
    d("<p>Invoice settled via IBAN ", L("IBAN", iban(r, r.choice(["BE", "LU", "DE", "AT"]))), ".</p>\n<p>Signed,<br>", L("PERSON", clin_name(r).full), "<br>Patient Liaison</p></body></html>\n")
    return d, "html"

@tpl(1)
def social_work_note_ca(r):
    d = Doc(); p = person(r, r.choice(["cree_metis", "quebecois", "eritrean", "syrian", "afghan"])); b = dob(r, 1950, 2000)
    d("SOCIAL WORK NOTE — ", r.choice(["Health Sciences Centre Winnipeg", "St. Michael's Hospital"]), "\n")
    d("Client: ", L("PERSON", p.full), "  DOB ", L("DATE_OF_BIRTH", fdate(b, "iso")), "  Chart ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("Met with client re: ODSP/EIA application. Client provided SIN ", L("CA_SIN", sin(r)), " and health card ", ohip(r), ". Old SIN card ", bad_sin(r), " (typo on copy) disregarded.\n")
    d("Client has ", L("DIAGNOSIS", r.choice(["schizophrenia", "end-stage renal disease on HD", "COPD on home O2"])), "; follow-up with housing worker ", L("PERSON", person(r).full), " (", L("PHONE", phone(r, "CA")), ").\n")
    return d, "free_text"

@tpl(1)
def faq_html_neg(r):
    d = Doc()
    d("<html><body><h1>Patient Portal FAQ</h1>\n<h3>How do I find my Medical Record Number?</h3><p>It is printed on your wristband and appointment letters.</p>\n")
    d("<h3>Why do you ask for my Date of Birth?</h3><p>To confirm your identity before sharing results.</p>\n")
    d("<h3>Can my family see my records?</h3><p>Yes, with proxy access. Contact Health Information Services.</p>\n")
    d("<p>Version ", version4(r), " &middot; Closed Thanksgiving Day and Boxing Day.</p></body></html>\n")
    return d, "html"

# ================================================================================================================
# validation + output
def spans_overlap(a, b): return a[1] < b[2] and b[1] < a[2]

CARD_RE = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
TEN_RE = re.compile(r"(?<![\d.])(?:\d{3} \d{3} \d{4}|\d{10})(?![\d.])")

def leaks(text, ents):
    out = []
    def covered(s, e): return any(s < E and S < e for _, S, E in ents)
    for m in CARD_RE.finditer(text):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19 and ds[0] in "3456" and luhn_ok(ds) and not covered(m.start(), m.end()):
            out.append(("card", m.group()))
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()) and not covered(m.start(), m.end()): out.append(("ssn", m.group()))
    for m in IBAN_RE.finditer(text):
        try:
            if iban_ok(m.group()) and not covered(m.start(), m.end()): out.append(("iban", m.group()))
        except ValueError: pass
    for m in TEN_RE.finditer(text):
        if nhs_ok(m.group()) and not covered(m.start(), m.end()): out.append(("nhs", m.group()))
    return out

def validate(doc_id, text, ents, fmt):
    assert fmt in FORMATS, fmt
    for t, s, e in ents:
        assert t in LEVEL, t
        v = text[s:e]
        assert v and v == v.strip(), (doc_id, t, repr(v))
        if t in CHECKS: assert CHECKS[t](v), (doc_id, t, v)
    es = sorted(ents, key=lambda x: x[1])
    for a, b in zip(es, es[1:]):
        assert not spans_overlap(a, b), (doc_id, a, b)
    if fmt in ("json", "fhir_json"): json.loads(text)
    if fmt == "ndjson":
        for ln in text.strip("\n").split("\n"): json.loads(ln)
    if fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
        assert len({len(x) for x in rows}) == 1, (doc_id, {len(x) for x in rows})

RENDER_I = 0

def main():
    global RENDER_I
    selftest()
    out, stats_t, stats_f, stats_c = [], Counter(), Counter(), Counter()
    empty = 0
    for name, n, fn in TEMPLATES:
        for i in range(n):
            RENDER_I = i
            for attempt in range(20):
                r = random.Random(f"{SEED}:{name}:{i}:{attempt}")
                d, fmt = fn(r)
                text = d.text()
                if not leaks(text, d.ents): break
            else:
                raise SystemExit(f"leak in {name}-{i}")
            ents = sorted(d.ents, key=lambda x: x[1])
            validate(f"{name}-{i}", text, ents, fmt)
            cls = max((LEVEL[t] for t, _, _ in ents), key=RANK.get, default="INTERNAL")
            out.append({"id": f"h7_{name}-{i}", "text": text, "entities": [{"type": t, "start": s, "end": e} for t, s, e in ents],
                        "classification": cls, "format": fmt})
            stats_f[fmt] += 1; stats_c[cls] += 1
            for t, _, _ in ents: stats_t[t] += 1
            if not ents: empty += 1
    with open(os.path.join(HERE, "holdout7.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # round-trip check
    with open(os.path.join(HERE, "holdout7.jsonl"), encoding="utf-8") as f:
        back = [json.loads(x) for x in f]
    assert len(back) == len(out) and all(a["text"] == b["text"] for a, b in zip(back, out))
    print(f"documents: {len(out)}\nno-entity documents: {empty}\n\nclassification:")
    for k, v in stats_c.most_common(): print(f"  {k:<30} {v}")
    print("\nformat:")
    for k, v in stats_f.most_common(): print(f"  {k:<30} {v}")
    print("\nentity type:")
    for k, v in stats_t.most_common(): print(f"  {k:<30} {v}")

if __name__ == "__main__":
    main()
