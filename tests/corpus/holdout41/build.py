#!/usr/bin/env python3
"""holdout41 generator: independent PII/PHI evaluation corpus themed on the systems of a
government tax and benefits agency. Standard library only, deterministic (fixed seed)."""
import csv, io, json, random, re, sys, unicodedata
from collections import Counter

SEED = "holdout41/marram-ledger-5096"
OUT = "/tmp/holdout41/holdout41.jsonl"

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
           "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
           "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = 3
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = 2
LEVEL["PERSON"] = 1
LEVEL_NAME = {0: "INTERNAL", 1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report "
              "hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------- builder
class Lab:
    __slots__ = ("typ", "val")
    def __init__(self, typ, val):
        self.typ, self.val = typ, val

def L(typ, val):
    return Lab(typ, val)

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []
    def add(self, *items):
        for it in items:
            if isinstance(it, Lab):
                s = self.n
                self._put(it.val)
                self.ents.append({"type": it.typ, "start": s, "end": self.n})
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            elif it is None:
                continue
            else:
                self._put(str(it))
        return self
    __call__ = add
    def _put(self, s):
        self.buf.append(s)
        self.n += len(s)
    def text(self):
        return "".join(self.buf)

def plain(x):
    if isinstance(x, Lab):
        return x.val
    if isinstance(x, (list, tuple)):
        return "".join(plain(i) for i in x)
    return str(x)

# JSON emitter: leaves may be str / number / bool / None / Lab / M (mixed list)
class M(list):
    pass

def jstr(d, v):
    if isinstance(v, Lab):
        enc = json.dumps(v.val, ensure_ascii=False)[1:-1]
        d('"', Lab(v.typ, enc), '"')
    elif isinstance(v, M):
        d('"')
        for p in v:
            if isinstance(p, Lab):
                d(Lab(p.typ, json.dumps(p.val, ensure_ascii=False)[1:-1]))
            else:
                d(json.dumps(p, ensure_ascii=False)[1:-1])
        d('"')
    else:
        d(json.dumps(v, ensure_ascii=False))

def jemit(d, obj, indent=2, level=0, compact=False):
    sp = "" if compact else "\n"
    pad = lambda l: "" if compact else " " * (indent * l)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{", sp)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d(pad(level + 1), json.dumps(k, ensure_ascii=False), ": ")
            jemit(d, v, indent, level + 1, compact)
            if i < len(items) - 1:
                d(sep if compact else ",")
            d(sp)
        d(pad(level), "}")
    elif isinstance(obj, list) and not isinstance(obj, M):
        if not obj:
            d("[]"); return
        d("[", sp)
        for i, v in enumerate(obj):
            d(pad(level + 1))
            jemit(d, v, indent, level + 1, compact)
            if i < len(obj) - 1:
                d(sep if compact else ",")
            d(sp)
        d(pad(level), "]")
    else:
        jstr(d, obj)

def row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d(delim)
        s = plain(c)
        q = delim in s or '"' in s or "\n" in s
        assert '"' not in s
        if q:
            d('"')
        d(c)
        if q:
            d('"')
    d("\n")

# ----------------------------------------------------------------------------- checksums
def luhn_ok(s):
    s = re.sub(r"\D", "", s)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        k = int(ch)
        if i % 2:
            k *= 2
            if k > 9: k -= 9
        tot += k
    return tot % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1

def iban_make(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    ck = 98 - int(num) % 97
    return f"{cc}{ck:02d}{bban}"

def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 10: return False
    tot = sum(int(s[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11: c = 0
    return c != 10 and c == int(s[9])

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    s = re.sub(r"\D", "", s)
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])

def cpf_digits(nine):
    d = [int(x) for x in nine]
    s = sum(d[i] * (10 - i) for i in range(9)); c1 = (s * 10) % 11 % 10
    d.append(c1)
    s = sum(d[i] * (11 - i) for i in range(10)); c2 = (s * 10) % 11 % 10
    return f"{c1}{c2}"
def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_L[int(s[:8]) % 23] == s[8]

def nir_ok(s):
    s = re.sub(r"\s", "", s)
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(ten):
    prod = 10
    for ch in ten:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c
def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0": return False
    cnt = Counter(s[:10])
    rep = [k for k, v in cnt.items() if v > 1]
    if len(rep) != 1 or cnt[rep[0]] not in (2, 3): return False
    return steuer_check(s[:10]) == int(s[10])

CF_ODD = {}
for _i, _v in enumerate([1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]):
    CF_ODD[chr(65 + _i)] = _v
for _i, _v in enumerate([1,0,5,7,9,13,15,17,19,21]):
    CF_ODD[str(_i)] = _v
def cf_char(s15):
    tot = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)
def cf_ok(s):
    return len(s) == 16 and cf_char(s[:15]) == s[15]

NRIC_W = [2,7,6,5,4,3,2]
def nric_letter(prefix, digits):
    tot = sum(int(digits[i]) * NRIC_W[i] for i in range(7))
    if prefix in "TG": tot += 4
    tab = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return tab[tot % 11]
def nric_ok(s):
    return len(s) == 9 and nric_letter(s[0], s[1:8]) == s[8]

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = "NAXNAXNAANN"
    for ch, c in zip(s, cls):
        if c == "N" and not ch.isdigit(): return False
        if c == "A" and ch not in MBI_L: return False
        if c == "X" and not (ch.isdigit() or ch in MBI_L): return False
    return s[0] != "0"

NINO_BAD1 = set("DFIQUV"); NINO_BAD2 = set("DFIQUVO"); NINO_BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0].isalpha() and s[1].isalpha() and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2
            and s[:2] not in NINO_BADP and s[2:8].isdigit() and s[8] in "ABCD")

def ssn_ok(s):
    s = re.sub(r"\D", "", s)
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return len(s) == 9 and 0 < a < 900 and a != 666 and g > 0 and n > 0

CHECKS = {"CREDIT_CARD": luhn_ok, "CA_SIN": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok,
          "IN_AADHAAR": verhoeff_ok, "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok,
          "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
          "US_SSN": ssn_ok}

# self-tests against published examples
assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
assert luhn_ok("4111 1111 1111 1111") and luhn_ok("046 454 286")
assert nhs_ok("943 476 5919") and verhoeff_ok("234123412346") and cpf_ok("111.444.777-35")
assert dni_ok("12345678Z") and dni_ok("X1234567L") and steuer_ok("86095742719")
assert nric_ok("S1234567D") and cf_ok("RSSMRA85T10A562S") and nir_ok("255081416802538")
assert mbi_ok("1EG4-TE5-MK73")

# ----------------------------------------------------------------------------- value generators
def digits(r, n, first_nonzero=True):
    s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
    return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

def ssn(r, style="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    g, n = r.randint(1, 99), r.randint(1, 9999)
    return f"{a:03d}{style}{g:02d}{style}{n:04d}" if style is not None else f"{a:03d}{g:02d}{n:04d}"

def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "visa"])
    if kind == "visa": body = "4" + digits(r, 14, False)
    elif kind == "mc": body = str(r.randint(51, 55)) + digits(r, 13, False)
    elif kind == "mc2": body = str(r.randint(2221, 2720)) + digits(r, 11, False)
    else: body = r.choice(["34", "37"]) + digits(r, 12, False)
    n = luhn_complete(body)
    if len(n) == 15:
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.7 else n

def alnum(r, n, letters="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(r.choice(letters) for _ in range(n))
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BANKS4 = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS"],
          "NL": ["ABNA", "INGB", "RABO", "TRIO"], "LV": ["HABA", "UNLA", "PARX"], "RO": ["BTRL", "RNCB", "BRDE"],
          "BG": ["UNCR", "BPBI", "STSA"]}

def rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)

def ccc(r):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def cd(ds):
        v = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    bank, branch, acct = digits(r, 4), digits(r, 4, False), digits(r, 10, False)
    return bank + branch + str(cd("00" + bank + branch)) + str(cd(acct)) + acct

def iban(r, cc, spaced=None):
    if cc in ("GB", "IE"): bban = r.choice(BANKS4[cc]) + digits(r, 6) + digits(r, 8, False)
    elif cc == "DE": bban = digits(r, 8) + digits(r, 10, False)
    elif cc == "FR":
        b, br, a = digits(r, 5), digits(r, 5, False), digits(r, 11, False)
        bban = b + br + a + f"{rib_key(b, br, a):02d}"
    elif cc == "ES": bban = ccc(r)
    elif cc == "NL": bban = r.choice(BANKS4["NL"]) + digits(r, 10, False)
    elif cc == "PL": bban = digits(r, 24)
    elif cc == "PT":
        body = "00" + digits(r, 2, False) + digits(r, 4, False) + digits(r, 11, False)
        bban = body + f"{98 - (int(body) * 100) % 97:02d}"
    elif cc == "LT": bban = digits(r, 5) + digits(r, 11, False)
    elif cc == "LV": bban = r.choice(BANKS4["LV"]) + digits(r, 13, False)
    elif cc == "RO": bban = r.choice(BANKS4["RO"]) + alnum(r, 16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    elif cc == "BG": bban = r.choice(BANKS4["BG"]) + digits(r, 4) + digits(r, 2, False) + digits(r, 8, False)
    elif cc == "GR": bban = digits(r, 7) + digits(r, 16, False)
    elif cc == "TR": bban = digits(r, 5, False) + "0" + digits(r, 16, False)
    elif cc == "IT":
        bban = r.choice(UP) + digits(r, 5) + digits(r, 5) + digits(r, 12, False)
    else: raise ValueError(cc)
    s = iban_make(cc, bban)
    if spaced is None: spaced = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

def bad_iban(r, cc):
    s = iban(r, cc, spaced=False)
    ck = int(s[2:4])
    s = s[:2] + f"{(ck + r.randint(1, 9)) % 100:02d}" + s[4:]
    assert not iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def nhs(r, style=" "):
    while True:
        b = digits(r, 9)
        tot = sum(int(b[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        if c == 11: c = 0
        if c != 10: break
    n = b + str(c)
    return f"{n[:3]}{style}{n[3:6]}{style}{n[6:]}" if style is not None else n

def bad_nhs(r):
    while True:
        n = digits(r, 10)
        if not nhs_ok(n): return f"{n[:3]} {n[3:6]} {n[6:]}"

def nino(r, spaced=None):
    while True:
        a, b = r.choice(UP), r.choice(UP)
        if a not in NINO_BAD1 and b not in NINO_BAD2 and a + b not in NINO_BADP: break
    d = digits(r, 6, False); suf = r.choice("ABCD")
    if spaced is None: spaced = r.random() < 0.5
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {suf}" if spaced else f"{a}{b}{d}{suf}"

def sortcode(r):
    d = digits(r, 6)
    return f"{d[:2]}-{d[2:4]}-{d[4:]}"

def aadhaar(r):
    b = str(r.randint(2, 9)) + digits(r, 10, False)
    n = b + verhoeff_digit(b)
    assert verhoeff_ok(n)
    return f"{n[:4]} {n[4:8]} {n[8:]}"
def bad_aadhaar(r):
    while True:
        n = str(r.randint(2, 9)) + digits(r, 11, False)
        if not verhoeff_ok(n): return f"{n[:4]} {n[4:8]} {n[8:]}"

def cpf(r, fmt=True):
    while True:
        b = digits(r, 9, False)
        if len(set(b)) > 1: break
    n = b + cpf_digits(b)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if fmt else n
def bad_cpf(r):
    n = cpf(r, False)
    n = n[:10] + str((int(n[10]) + 3) % 10)
    assert not cpf_ok(n)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"

def dni(r):
    n = digits(r, 8, False)
    return n + DNI_L[int(n) % 23]
def nie(r):
    p = r.choice("XYZ"); n = digits(r, 7, False)
    return f"{p}{n}{DNI_L[int(str('XYZ'.index(p)) + n) % 23]}"
def bad_dni(r):
    s = dni(r)
    s = s[:8] + DNI_L[(DNI_L.index(s[8]) + 5) % 23]
    assert not dni_ok(s)
    return s

def nir(r, sex, yy, mm, spaced=True):
    dept = r.choice(["75", "69", "13", "33", "59", "31", "67", "44", "06", "35", "99"])
    commune = f"{r.randint(1, 400):03d}"; order = f"{r.randint(1, 999):03d}"
    body = f"{sex}{yy:02d}{mm:02d}{dept}{commune}{order}"
    key = 97 - int(body) % 97
    s = body + f"{key:02d}"
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}" if spaced else s
def bad_nir(r):
    s = nir(r, 1, 70, 5, spaced=False)
    s = s[:13] + f"{(int(s[13:]) + 11) % 97 or 1:02d}"
    assert not nir_ok(s)
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"

def steuer(r, spaced=None):
    while True:
        ds = r.sample("0123456789", 9)
        if ds[0] == "0": continue
        rep = r.choice(ds)
        lst = ds + [rep]
        first = lst[0]; rest = lst[1:]; r.shuffle(rest)
        ten = first + "".join(rest)
        if ten[0] == "0": continue
        n = ten + str(steuer_check(ten))
        if steuer_ok(n): break
    if spaced is None: spaced = r.random() < 0.5
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if spaced else n
def bad_steuer(r):
    n = steuer(r, False)
    n = n[:10] + str((int(n[10]) + 4) % 10)
    assert not steuer_ok(n)
    return n

def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
def cf(surname, name, y, m, d, female, belfiore):
    def part(s, isname):
        s = re.sub(r"[^A-Z]", "", strip_acc(s).upper())
        cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
        if isname and len(cons) >= 4: cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vow) + "XXX")[:3]
    s15 = part(surname, False) + part(name, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + \
        f"{d + (40 if female else 0):02d}" + belfiore
    return s15 + cf_char(s15)
def bad_cf(code):
    c = chr(65 + (ord(code[15]) - 65 + 7) % 26)
    assert not cf_ok(code[:15] + c)
    return code[:15] + c

def nric(r, prefix=None):
    prefix = prefix or r.choice("STFG")
    d = digits(r, 7, False)
    return prefix + d + nric_letter(prefix, d)
def bad_nric(r):
    s = nric(r)
    tab = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    s = s[:8] + tab[(tab.index(s[8]) + 3) % 11]
    assert not nric_ok(s)
    return s

def sin(r):
    b = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(r, 7, False)
    n = luhn_complete(b)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if r.random() < 0.6 else f"{n[:3]}-{n[3:6]}-{n[6:]}"
def bad_sin(r):
    while True:
        n = str(r.randint(1, 7)) + digits(r, 8, False)
        if not luhn_ok(n): return f"{n[:3]} {n[3:6]} {n[6:]}"

def mbi(r, dashed=None):
    s = (str(r.randint(1, 9)) + r.choice(MBI_L) + r.choice(MBI_L + "0123456789") + str(r.randint(0, 9)) +
         r.choice(MBI_L) + r.choice(MBI_L + "0123456789") + str(r.randint(0, 9)) + r.choice(MBI_L) +
         r.choice(MBI_L) + str(r.randint(0, 9)) + str(r.randint(0, 9)))
    if dashed is None: dashed = r.random() < 0.5
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s

# references guaranteed to fail every numeric checksum so they cannot be mistaken for ids
def neg_digits(r, n):
    while True:
        s = digits(r, n)
        if n in (9, 13, 14, 15, 16, 19) and luhn_ok(s): continue
        if n == 10 and nhs_ok(s): continue
        if n == 11 and (cpf_ok(s) or steuer_ok(s)): continue
        if n == 12 and verhoeff_ok(s): continue
        if n == 15 and nir_ok(s): continue
        return s

# passports by country: (label-language, generator)
def pp(r, cc):
    g = {
        "GB": lambda: digits(r, 9), "US": lambda: r.choice([digits(r, 9), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)]),
        "IE": lambda: r.choice(["P", "L", "T"]) + r.choice(UP) + digits(r, 7, False),
        "DE": lambda: r.choice("CFGHJK") + alnum(r, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
        "FR": lambda: digits(r, 2) + r.choice(UP) + r.choice(UP) + digits(r, 5, False),
        "ES": lambda: r.choice(["PAA", "PAB", "PAC", "XDB", "AAJ"]) + digits(r, 6, False),
        "IT": lambda: r.choice(["YA", "YB", "AA", "YC"]) + digits(r, 7, False),
        "PT": lambda: r.choice("CNP") + digits(r, 6, False),
        "NL": lambda: r.choice(["NP", "NR", "BU", "NX"]) + alnum(r, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + str(r.randint(1, 9)),
        "PL": lambda: r.choice(["EA", "EB", "ER", "EK"]) + digits(r, 7, False),
        "LT": lambda: digits(r, 8), "LV": lambda: r.choice(["LV", "PA"]) + digits(r, 7, False),
        "RO": lambda: "0" + digits(r, 7, True) if r.random() < 0.5 else "05" + digits(r, 6, False),
        "BG": lambda: "3" + digits(r, 8, False), "GR": lambda: r.choice(["AE", "AK", "AN", "AH"]) + digits(r, 7, False),
        "AL": lambda: r.choice(["BA", "BB", "BC"]) + digits(r, 7, False), "TR": lambda: "U" + digits(r, 8, False),
        "SY": lambda: "N" + digits(r, 9, False), "IQ": lambda: r.choice("AB") + digits(r, 8, False),
        "IR": lambda: r.choice("ABCDEFGHIJKLMNPQRSTUVWXYZ") + digits(r, 8, False), "AF": lambda: "P" + digits(r, 8, False),
        "ER": lambda: r.choice(["E", "P"]) + digits(r, 7, False), "SD": lambda: "P" + digits(r, 8, False),
        "NG": lambda: r.choice(["A", "B"]) + digits(r, 8, False), "GH": lambda: r.choice(["G", "H"]) + digits(r, 7, False),
        "IN": lambda: r.choice("JKLMNPRSTUVWZ") + digits(r, 7, False), "PK": lambda: r.choice(["AB", "BM", "CK", "DJ"]) + digits(r, 7, False),
        "LK": lambda: r.choice("NM") + digits(r, 7, False), "CN": lambda: r.choice(["E", "EA", "EB", "G"]) + digits(r, 8 - 0, False)[:8 if True else 7],
        "HK": lambda: r.choice(["K", "H"]) + digits(r, 8, False), "BR": lambda: r.choice(["FZ", "GA", "YB"]) + digits(r, 6, False),
        "CA": lambda: r.choice(["AB", "GA", "HK", "QC"]) + digits(r, 6, False),
    }[cc]
    return g()

COUNTRY_NAME = {"GB": "United Kingdom", "US": "United States", "IE": "Ireland", "DE": "Germany", "FR": "France",
                "ES": "Spain", "IT": "Italy", "PT": "Portugal", "NL": "Netherlands", "PL": "Poland", "LT": "Lithuania",
                "LV": "Latvia", "RO": "Romania", "BG": "Bulgaria", "GR": "Greece", "AL": "Albania", "TR": "Turkey",
                "SY": "Syria", "IQ": "Iraq", "IR": "Iran", "AF": "Afghanistan", "ER": "Eritrea", "SD": "Sudan",
                "NG": "Nigeria", "GH": "Ghana", "IN": "India", "PK": "Pakistan", "LK": "Sri Lanka", "CN": "China",
                "HK": "Hong Kong SAR", "BR": "Brazil", "CA": "Canada"}
PP_LABEL = {"DE": "Reisepass-Nr.", "FR": "N° de passeport", "ES": "Número de pasaporte", "IT": "Numero passaporto",
            "PT": "N.º do passaporte", "NL": "Paspoortnummer", "PL": "Nr paszportu", "LT": "Paso Nr.",
            "LV": "Pases numurs", "RO": "Nr. pașaport", "BG": "Паспорт №", "GR": "Αριθμός διαβατηρίου",
            "AL": "Nr. i pasaportës", "TR": "Pasaport No", "SY": "رقم جواز السفر", "IQ": "رقم الجواز",
            "IR": "شماره گذرنامه", "BR": "Passaporte nº", "CA": "Passport No./N° de passeport", "CN": "护照号码"}

# names
ORIG = {
 "uk": (["Gareth", "Callum", "Rhys", "Alfie", "Declan", "Stuart"], ["Bethan", "Kerry-Ann", "Siobhan", "Lowri", "Nicola", "Tamsin"],
        ["Pritchard", "Ogilvie", "Threlfall", "Cadwaladr", "Whitworth", "McCandless", "Featherstonehaugh", "Attwood"]),
 "ie": (["Oisín", "Cathal", "Donncha", "Pádraig"], ["Aoife", "Gráinne", "Clodagh", "Niamh"],
        ["Ó Súilleabháin", "Mac Cárthaigh", "Ní Dhomhnaill", "Fitzgerald", "O'Driscoll", "Breathnach"]),
 "de": (["Jörg", "Torben", "Malte", "Ulrich"], ["Wiebke", "Anneliese", "Svenja", "Heike"],
        ["Große-Wilde", "von der Heydt", "Schwarzkopf", "Kühnemund", "Ostermeier", "Zoller"]),
 "fr": (["Gwenaël", "Thibault", "Aurélien", "Loïc"], ["Maëlys", "Ségolène", "Clémence", "Anaïs"],
        ["de La Rochefoucauld", "Lefèvre-Dumas", "Quéméner", "Baudouin", "Le Goff", "Desrosiers"]),
 "es": (["Íñigo", "Joaquín", "Xabier", "Ramiro"], ["Begoña", "Itziar", "Montserrat", "Rocío"],
        ["García de la Fuente", "Etxeberria", "Muñoz Ibáñez", "Olabarrieta", "Peñalver", "del Olmo"]),
 "it": (["Gianluca", "Ottavio", "Corrado", "Pasquale"], ["Ludovica", "Carmela", "Benedetta", "Ornella"],
        ["Esposito", "Lo Bianco", "D'Alessandro", "Pellegrini", "Trevisan", "Cacciapuoti"]),
 "pt": (["João", "Rui", "Gonçalo", "Tiago"], ["Inês", "Conceição", "Leonor", "Filipa"],
        ["Gonçalves", "da Silva Pereira", "Magalhães", "Assunção", "Figueiredo"]),
 "nl": (["Bram", "Joost", "Sjoerd", "Wouter"], ["Femke", "Marieke", "Sanne", "Lieke"],
        ["van den Berg", "de Vries", "Bakker-Smit", "van 't Hof", "Hoogendijk"]),
 "pl": (["Grzegorz", "Wojciech", "Przemysław", "Łukasz"], ["Małgorzata", "Agnieszka", "Żaneta", "Jadwiga"],
        ["Wiśniewski", "Krzyżanowska", "Szczepańska", "Brzęczyszczykiewicz", "Ziółkowski"]),
 "lt": (["Mindaugas", "Vytautas", "Žilvinas"], ["Rūta", "Giedrė", "Eglė"], ["Kazlauskas", "Petrauskienė", "Žukauskaitė", "Vaitkus"]),
 "lv": (["Jānis", "Artūrs", "Krišjānis"], ["Ilze", "Līga", "Dace"], ["Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa"]),
 "ro": (["Ionuț", "Mihai", "Bogdan", "Sorin"], ["Ioana", "Răzvana", "Florentina", "Cătălina"],
        ["Popescu", "Țurcanu", "Dumitrescu", "Ștefănescu", "Bălănescu"]),
 "bg": (["Todor", "Stoyan", "Kaloyan"], ["Desislava", "Radostina", "Tsvetelina"], ["Hristov", "Dimitrova", "Zhelyazkov", "Petkova"]),
 "gr": (["Giorgos", "Dimitrios", "Spyridon"], ["Eleni", "Panagiota", "Vasiliki"], ["Papadopoulos", "Karamanlidou", "Theodorakis", "Oikonomou"]),
 "al": (["Arben", "Gentian", "Ilir"], ["Blerta", "Mirela", "Drita"], ["Hoxha", "Krasniqi", "Berisha", "Shehu"]),
 "tr": (["Mehmet Emin", "Oğuzhan", "Çağatay"], ["Şükran", "Gülşen", "Elif Naz"], ["Yılmaz", "Öztürk", "Karaağaç", "Çelikbilek"]),
 "sy": (["Mohammad Nour", "Khaled", "Bashar"], ["Rasha", "Lama", "Nour al-Huda"], ["Al-Khatib", "Haddad", "Al-Masri", "Kallas"]),
 "iq": (["Haider", "Mustafa", "Ammar"], ["Zainab", "Shahad", "Ruqaya"], ["Al-Jubouri", "Al-Dulaimi", "Kadhim", "Al-Saadi"]),
 "ir": (["Behrouz", "Kourosh", "Farhad"], ["Shirin", "Golnaz", "Parisa"], ["Mohammadi", "Rezaei", "Tehrani-Moghaddam", "Ghorbani"]),
 "af": (["Ahmad Shah", "Wahidullah", "Zabihullah"], ["Fereshta", "Mursal", "Zarghona"], ["Popalzai", "Rahimi", "Sultani", "Noorzai"]),
 "er": (["Tesfalidet", "Yonas", "Mehari"], ["Saba", "Helen Tesfay", "Feven"], ["Ghebremichael", "Tesfamariam", "Woldeselassie", "Habte"]),
 "sd": (["Elfatih", "Mohamed Osman", "Abdelrahman"], ["Tasneem", "Hiba", "Amna"], ["Elbashir", "Abdalla", "Osman", "Elmahdi"]),
 "ng": (["Chukwuemeka", "Oluwaseun", "Babatunde", "Ifeanyi"], ["Ngozi", "Funmilayo", "Adaeze", "Hauwa"],
        ["Okonkwo", "Adeyemi-Bello", "Nwachukwu", "Balogun", "Abubakar"]),
 "gh": (["Kwame", "Kofi", "Yaw"], ["Akosua", "Abena", "Efua"], ["Mensah", "Owusu-Ansah", "Boateng", "Asante"]),
 "in": (["Venkatesh", "Harpreet", "Anirudh"], ["Lakshmi", "Gurpreet", "Meenakshi"], ["Raghunathan", "Chaudhary", "Sandhu", "Iyengar"]),
 "pk": (["Usman", "Zeeshan", "Faisal"], ["Ayesha", "Sadia", "Mehwish"], ["Qureshi", "Chaudhry", "Malik", "Butt"]),
 "lk": (["Chaminda", "Tharindu", "Sivakumar"], ["Dilrukshi", "Nirosha", "Thevaki"], ["Wickramasinghe", "Jayasuriya", "Balasingham", "Perera"]),
 "cn": (["Zhiwei", "Haoran", "Jun"], ["Xiaoling", "Yuxin", "Mei"], ["Zhang", "Wang", "Liu", "Ouyang"]),
 "hk": (["Ka-Ho", "Wing-Kit", "Marcus Chi-Wai"], ["Wing-Yan", "Hoi-Ying", "Cheryl Suet-Mei"], ["Chan", "Cheung", "Leung", "Wong"]),
 "br": (["Thiago", "Cauã", "Luiz Henrique"], ["Luana", "Thaís", "Maria Eduarda"], ["dos Santos Oliveira", "Nascimento", "Carvalho", "Araújo"]),
 "us": (["Tyler", "DeShawn", "Brandon"], ["Kayleigh", "LaToya", "Brittany"], ["Kowalczyk", "Washington", "Hendricks", "McAllister"]),
 "ca": (["Étienne", "Mathieu", "Liam"], ["Geneviève", "Maude", "Brianna"], ["Tremblay", "Gagnon", "Bouchard-Roy", "MacIsaac"]),
}
SYL = ["ka", "zo", "ri", "vel", "tu", "mar", "bex", "ly", "dra", "quin", "so", "ne", "thu", "ya", "gor", "fi", "lo", "wen"]
def invented(r, k=None):
    return "".join(r.choice(SYL) for _ in range(k or r.randint(2, 3))).capitalize()

class P:
    def __init__(self, r, origin=None, female=None):
        self.origin = origin or r.choice(list(ORIG))
        gm, gf, fam = ORIG[self.origin]
        self.female = r.random() < 0.5 if female is None else female
        self.first = r.choice(gf if self.female else gm)
        self.last = r.choice(fam)
        if r.random() < 0.13: self.first = invented(r)
        if r.random() < 0.13: self.last = invented(r)
        self.y = r.randint(1942, 2004); self.m = r.randint(1, 12); self.d = r.randint(1, 28)
    @property
    def full(self): return f"{self.first} {self.last}"
    def dob(self, style="uk"):
        mn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"][self.m - 1]
        return {"uk": f"{self.d:02d}/{self.m:02d}/{self.y}", "long": f"{self.d} {mn} {self.y}",
                "iso": f"{self.y}-{self.m:02d}-{self.d:02d}", "dot": f"{self.d:02d}.{self.m:02d}.{self.y}",
                "us": f"{self.m:02d}/{self.d:02d}/{self.y}", "hl7": f"{self.y}{self.m:02d}{self.d:02d}",
                "abbr": f"{self.d:02d}-{mn[:3].upper()}-{self.y}"}[style]
    def title(self, r):
        return r.choice(["Ms", "Mrs", "Miss"] if self.female else ["Mr"])

COUNTRY_OF = {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL",
              "lt": "LT", "lv": "LV", "ro": "RO", "bg": "BG", "gr": "GR", "al": "AL", "tr": "TR", "sy": "SY", "iq": "IQ",
              "ir": "IR", "af": "AF", "er": "ER", "sd": "SD", "ng": "NG", "gh": "GH", "in": "IN", "pk": "PK", "lk": "LK",
              "cn": "CN", "hk": "HK", "br": "BR", "us": "US", "ca": "CA"}

# addresses
UK_STREETS = ["Cemetery Road", "Albion Street", "Nantgarw Road", "Brunswick Terrace", "Holloway Head", "Ferensway",
              "Cheetham Hill Road", "Dalry Road", "Sefton Park Road", "Bootham", "Grangetown Close", "Mill Lane"]
UK_TOWNS = [("Leeds", "LS"), ("Cardiff", "CF"), ("Birmingham", "B"), ("Hull", "HU"), ("Manchester", "M"),
            ("Edinburgh", "EH"), ("Liverpool", "L"), ("York", "YO"), ("Belfast", "BT"), ("Sunderland", "SR"),
            ("Leicester", "LE"), ("Bradford", "BD"), ("Peterborough", "PE"), ("Swansea", "SA")]
def uk_pc(r, area):
    return f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
def uk_addr(r, sep=", "):
    town, area = r.choice(UK_TOWNS)
    st = f"{r.randint(1, 240)} {r.choice(UK_STREETS)}"
    pre = r.choice(["", "", f"Flat {r.randint(1, 30)}{sep}", f"Flat {r.randint(1, 9)}{r.choice('ABC')}{sep}",
                    f"{r.choice(['Rose Cottage', 'Ty Gwyn', 'The Old Forge'])}{sep}"])
    return f"{pre}{st}{sep}{town}{sep}{uk_pc(r, area)}" if r.random() < 0.8 else f"{pre}{st}{sep}{town} {uk_pc(r, area)}"
def uk_street(r):
    return f"{r.randint(1, 240)} {r.choice(UK_STREETS)}"

def foreign_addr(r, cc, sep=", "):
    f = {
     "IE": lambda: f"{r.randint(1, 90)} {r.choice(['Bóthar na Trá', 'Dominick Street Lower', 'Ashgrove Lawns'])}{sep}{r.choice(['Galway', 'Cork', 'Dublin 7'])}{sep}{r.choice(['H91', 'T12', 'D07'])} {alnum(r, 4, 'ACDEFHKNPRTVWXY0123456789')}",
     "DE": lambda: f"{r.choice(['Kastanienallee', 'Lindenstraße', 'Am Kupfergraben', 'Bahnhofstr.'])} {r.randint(1, 120)}{r.choice(['', 'a', 'b'])}{sep}{r.choice(['10435 Berlin', '50667 Köln', '80331 München', '04109 Leipzig'])}",
     "FR": lambda: f"{r.randint(1, 80)}{r.choice(['', ' bis', ' ter'])} {r.choice(['rue des Écoles', 'avenue Jean-Jaurès', 'impasse du Moulin'])}{sep}{r.choice(['75005 Paris', '69007 Lyon', '13002 Marseille', '35000 Rennes'])}",
     "ES": lambda: f"C/ {r.choice(['Mayor', 'de Alcalá', 'Sant Pere Més Alt'])}, {r.randint(1, 200)}, {r.randint(1, 8)}º {r.randint(1, 4)}ª{sep}{r.choice(['28013 Madrid', '08003 Barcelona', '41004 Sevilla'])}",
     "IT": lambda: f"Via {r.choice(['Garibaldi', 'dei Mille', 'San Gregorio Armeno'])} {r.randint(1, 150)}{sep}{r.choice(['80138 Napoli', '20121 Milano', '00184 Roma'])}",
     "PT": lambda: f"Rua {r.choice(['da Madalena', 'de Santa Catarina', 'do Almada'])}, {r.randint(1, 300)}, {r.randint(1, 5)}.º Esq.{sep}{r.choice(['1100-319 Lisboa', '4000-443 Porto'])}",
     "NL": lambda: f"{r.choice(['Prinsengracht', 'Oudegracht', 'Vredenburg'])} {r.randint(1, 400)}-{r.randint(1, 3)}{sep}{r.randint(1011, 3584)} {r.choice(['GV', 'KL', 'CS'])} {r.choice(['Amsterdam', 'Utrecht'])}",
     "PL": lambda: f"ul. {r.choice(['Długa', 'Piotrkowska', 'Świętojańska'])} {r.randint(1, 99)}/{r.randint(1, 40)}{sep}{r.choice(['80-827 Gdańsk', '90-102 Łódź', '81-389 Gdynia'])}",
     "LT": lambda: f"{r.choice(['Gedimino pr.', 'Savanorių pr.', 'Laisvės al.'])} {r.randint(1, 80)}-{r.randint(1, 40)}{sep}LT-{r.randint(10000, 99999)} {r.choice(['Vilnius', 'Kaunas'])}",
     "LV": lambda: f"{r.choice(['Brīvības iela', 'Tērbatas iela'])} {r.randint(1, 120)}-{r.randint(1, 30)}{sep}Rīga, LV-{r.randint(1001, 1084)}",
     "RO": lambda: f"Str. {r.choice(['Lipscani', 'Mihai Eminescu', 'Vasile Alecsandri'])} nr. {r.randint(1, 90)}, bl. {r.choice(['A3', 'M12'])}, ap. {r.randint(1, 60)}{sep}{r.choice(['030031 București', '400001 Cluj-Napoca'])}",
     "BG": lambda: f"ul. {r.choice(['Graf Ignatiev', 'Shipka', 'Tsar Simeon'])} {r.randint(1, 70)}{sep}{r.choice(['1000 Sofia', '4000 Plovdiv'])}",
     "GR": lambda: f"Odos {r.choice(['Ermou', 'Egnatias', 'Patision'])} {r.randint(1, 200)}{sep}{r.choice(['105 63 Athina', '546 25 Thessaloniki'])}",
     "AL": lambda: f"Rruga {r.choice(['Myslym Shyri', 'Sami Frashëri'])}, Pallati {r.randint(1, 40)}, Shk. {r.randint(1, 4)}{sep}1001 Tiranë",
     "TR": lambda: f"{r.choice(['Bağdat Cad.', 'Atatürk Blv.', 'İstiklal Cad.'])} No: {r.randint(1, 300)} D: {r.randint(1, 20)}{sep}{r.choice(['34728 Kadıköy/İstanbul', '06420 Çankaya/Ankara'])}",
     "NG": lambda: f"{r.randint(1, 60)} {r.choice(['Adeola Odeku Street', 'Awolowo Road', 'Ogui Road'])}{sep}{r.choice(['Victoria Island, Lagos 101241', 'Ikoyi, Lagos 106104', 'Enugu 400001'])}",
     "GH": lambda: f"House No. {r.randint(1, 90)}, {r.choice(['Oxford Street, Osu', 'Ring Road Central'])}{sep}Accra, GA-{r.randint(100, 599)}-{r.randint(1000, 9999)}",
     "IN": lambda: f"Flat {r.randint(101, 904)}, {r.choice(['Sai Krupa Apartments', 'Green Park Towers'])}, {r.choice(['MG Road', '4th Cross, Indiranagar'])}{sep}{r.choice(['Bengaluru 560038', 'Chennai 600017', 'Ludhiana 141001'])}",
     "PK": lambda: f"House {r.randint(1, 300)}, Street {r.randint(1, 40)}, {r.choice(['F-8/3', 'G-9/1', 'DHA Phase 5'])}{sep}{r.choice(['Islamabad 44000', 'Lahore 54792'])}",
     "LK": lambda: f"No. {r.randint(1, 200)}/{r.randint(1, 9)}, {r.choice(['Galle Road', 'Kandy Road'])}{sep}{r.choice(['Colombo 03 00300', 'Kiribathgoda 11600'])}",
     "CN": lambda: f"{r.choice(['Room 1203, No. 88 Jianguo Road', 'No. 17 Lane 250, Yuyuan Road'])}{sep}{r.choice(['Chaoyang District, Beijing 100022', 'Jing’an District, Shanghai 200040'])}",
     "HK": lambda: f"Flat {r.choice('ABCDEFGH')}, {r.randint(2, 38)}/F, {r.choice(['Block 3, Kornhill', 'Wah Fu Estate'])}{sep}{r.choice(['Quarry Bay', 'Pok Fu Lam'])}, Hong Kong",
     "BR": lambda: f"Rua {r.choice(['Augusta', 'Oscar Freire', 'das Laranjeiras'])}, {r.randint(10, 2000)}, apto {r.randint(11, 154)}{sep}{r.choice(['São Paulo - SP, 01305-100', 'Rio de Janeiro - RJ, 22240-003'])}",
     "US": lambda: f"{r.randint(100, 9899)} {r.choice(['N Lincoln Ave', 'Peachtree St NE', 'SE Hawthorne Blvd'])}{r.choice(['', ' Apt 4B', ' Unit 12'])}{sep}{r.choice(['Chicago, IL 60614', 'Atlanta, GA 30309', 'Portland, OR 97214'])}",
     "CA": lambda: f"{r.randint(10, 9000)} {r.choice(['rue Saint-Denis', 'Yonge Street', 'Jasper Avenue'])}{r.choice(['', ', app. 3', ', Unit 702'])}{sep}{r.choice(['Montréal QC H2X 3K8', 'Toronto ON M4Y 1X4', 'Edmonton AB T5J 1N9'])}",
    }
    return f[cc]()

def addr_for(r, p, sep=", "):
    cc = COUNTRY_OF[p.origin]
    if cc in ("GB", "SY", "IQ", "IR", "AF", "ER", "SD") or r.random() < 0.55:
        return uk_addr(r, sep)
    return foreign_addr(r, cc, sep)

def uk_phone(r):
    k = r.randint(0, 5)
    if k == 0: return f"07{r.randint(400, 999)} {r.randint(100000, 999999)}"
    if k == 1: return f"+44 7{r.randint(400, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if k == 2: return f"020 7946 0{r.randint(100, 999)}"
    if k == 3: return f"0113 496 0{r.randint(100, 999)}"
    if k == 4: return f"(0161) 496 0{r.randint(100, 999)}"
    return f"+44 (0)29 2018 {r.randint(1000, 9999)}"
def intl_phone(r, cc):
    f = {"IE": lambda: f"+353 87 {r.randint(100, 999)} {r.randint(1000, 9999)}", "DE": lambda: f"+49 151 {r.randint(10000000, 99999999)}",
         "FR": lambda: f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
         "ES": lambda: f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
         "IT": lambda: f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
         "PT": lambda: f"+351 91{r.randint(2, 9)} {r.randint(100, 999)} {r.randint(100, 999)}",
         "NL": lambda: f"+31 6 {r.randint(10000000, 99999999)}", "PL": lambda: f"+48 5{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
         "LT": lambda: f"+370 6{r.randint(10, 99)} {r.randint(10000, 99999)}", "LV": lambda: f"+371 2{r.randint(1000000, 9999999)}",
         "RO": lambda: f"+40 72{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)}",
         "BG": lambda: f"+359 88 {r.randint(100, 999)} {r.randint(1000, 9999)}", "GR": lambda: f"+30 69{r.randint(10, 99)} {r.randint(100000, 999999)}",
         "AL": lambda: f"+355 69 {r.randint(100, 999)} {r.randint(1000, 9999)}", "TR": lambda: f"+90 5{r.randint(30, 55)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
         "NG": lambda: f"+234 803 {r.randint(100, 999)} {r.randint(1000, 9999)}", "GH": lambda: f"+233 24 {r.randint(100, 999)} {r.randint(1000, 9999)}",
         "IN": lambda: f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}", "PK": lambda: f"+92 300 {r.randint(1000000, 9999999)}",
         "LK": lambda: f"+94 77 {r.randint(100, 999)} {r.randint(1000, 9999)}", "CN": lambda: f"+86 138 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
         "HK": lambda: f"+852 9{r.randint(100, 999)} {r.randint(1000, 9999)}", "BR": lambda: f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
         "US": lambda: f"({r.choice([312, 404, 503, 617, 206])}) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
         "CA": lambda: f"+1 {r.choice([416, 514, 780])} {r.randint(200, 989)} {r.randint(1000, 9999)}"}
    return f.get(cc, lambda: uk_phone(r))()

def email_for(r, p, domain=None):
    base = strip_acc(p.first.split()[0]).lower().replace("'", "") + r.choice([".", "_", ""]) + \
        re.sub(r"[^a-z]", "", strip_acc(p.last).lower())[:10]
    if r.random() < 0.4: base += str(r.randint(1, 99))
    dom = domain or r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "web.de", "orange.fr",
                               "hotmail.com", "proton.me", "icloud.com", "libero.it", "wp.pl", "sky.com"])
    return f"{base}@{dom}"

def ip4(r):
    k = r.randint(0, 4)
    if k == 0: return f"192.0.2.{r.randint(1, 254)}"
    if k == 1: return f"198.51.100.{r.randint(1, 254)}"
    if k == 2: return f"203.0.113.{r.randint(1, 254)}"
    if k == 3: return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice([81, 86, 91, 109, 151, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
def ip6(r):
    return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"

def version(r):  # looks like an IPv4 address but is a version string
    return f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 300)}.{r.randint(256, 9999)}"

# US driver licences: (state name, code, generator)
def dl_us(r):
    st = r.choice(["California", "Florida", "New York", "Texas", "Illinois", "Pennsylvania", "Washington", "New Jersey",
                   "Michigan", "Ohio", "Massachusetts", "Georgia", "Arizona", "Colorado", "Wisconsin", "Maryland"])
    L1 = lambda: r.choice(UP)
    g = {"California": lambda: L1() + digits(r, 7, False),
         "Florida": lambda: f"{L1()}{digits(r, 3, False)}-{digits(r, 3, False)}-{digits(r, 2, False)}-{digits(r, 3, False)}-{r.randint(0, 9)}",
         "New York": lambda: f"{digits(r, 3)} {digits(r, 3, False)} {digits(r, 3, False)}", "Texas": lambda: digits(r, 8, False),
         "Illinois": lambda: f"{L1()}{digits(r, 3, False)}-{digits(r, 4, False)}-{digits(r, 4, False)}",
         "Pennsylvania": lambda: f"{digits(r, 2)} {digits(r, 3, False)} {digits(r, 3, False)}",
         "Washington": lambda: "WDL" + alnum(r, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
         "New Jersey": lambda: f"{L1()}{digits(r, 4, False)} {digits(r, 5, False)} {digits(r, 5, False)}",
         "Michigan": lambda: f"{L1()} {digits(r, 3, False)} {digits(r, 3, False)} {digits(r, 3, False)} {digits(r, 3, False)}",
         "Ohio": lambda: L1() + L1() + digits(r, 6, False), "Massachusetts": lambda: "S" + digits(r, 8, False),
         "Georgia": lambda: digits(r, 9), "Arizona": lambda: r.choice("ABDY") + digits(r, 8, False),
         "Colorado": lambda: f"{digits(r, 2)}-{digits(r, 3, False)}-{digits(r, 4, False)}",
         "Wisconsin": lambda: f"{L1()}{digits(r, 3, False)}-{digits(r, 4, False)}-{digits(r, 4, False)}-{digits(r, 2, False)}",
         "Maryland": lambda: f"{L1()}-{digits(r, 3, False)}-{digits(r, 3, False)}-{digits(r, 3, False)}-{digits(r, 3, False)}"}[st]
    return st, g()

def dvla(p, r):
    sur = re.sub(r"[^A-Z]", "", strip_acc(p.last).upper().replace("MAC", "MC"))
    sur = (sur + "99999")[:5]
    mm = p.m + (50 if p.female else 0)
    ini = re.sub(r"[^A-Z]", "", strip_acc(p.first).upper())[:1] + "9"
    return f"{sur}{str(p.y)[2]}{mm:02d}{p.d:02d}{str(p.y)[3]}{ini}9{r.choice(UP)}{r.choice(UP)}"

DIAG = ["type 2 diabetes mellitus", "chronic obstructive pulmonary disease", "fibromyalgia", "multiple sclerosis",
        "post-traumatic stress disorder", "rheumatoid arthritis", "bipolar affective disorder", "epilepsy",
        "chronic kidney disease stage 4", "ankylosing spondylitis", "generalised anxiety disorder",
        "recurrent depressive disorder", "osteoarthritis of both knees", "heart failure with reduced ejection fraction",
        "paranoid schizophrenia", "ME/chronic fatigue syndrome", "lumbar spinal stenosis", "Parkinson's disease",
        "emotionally unstable personality disorder", "sickle cell disease", "autism spectrum disorder",
        "Ehlers-Danlos syndrome (hypermobile type)", "post-stroke left hemiparesis", "Crohn's disease",
        "alcohol-related liver cirrhosis", "macular degeneration", "motor neurone disease", "long COVID"]
MEDS = ["sertraline", "pregabalin", "metformin", "co-codamol", "gabapentin", "mirtazapine", "sodium valproate",
        "levetiracetam", "quetiapine", "olanzapine", "methotrexate", "adalimumab", "bisoprolol", "furosemide",
        "insulin glargine", "tiotropium", "duloxetine", "amitriptyline", "morphine sulfate", "apixaban",
        "lithium carbonate", "ramipril", "Humira", "Lyrica", "Zoloft", "levodopa", "hydroxycarbamide", "baclofen"]
BELFIORE = [("Napoli", "F839"), ("Milano", "F205"), ("Roma", "H501"), ("Torino", "L219"), ("Palermo", "G273"),
            ("Bari", "A662"), ("Bologna", "A944"), ("Firenze", "D612")]

def ref(r, kind):
    if kind == "case": return f"CAS-{r.randint(2019, 2026)}-{neg_digits(r, 7)}"
    if kind == "claim": return f"{r.choice(['PIP', 'UC', 'CA', 'JSA', 'ESA', 'CB'])}/{neg_digits(r, 8)}"
    if kind == "paye": return f"{r.randint(100, 999)}/{r.choice(UP)}{r.choice(UP)}{r.randint(10000, 99999)}"
    if kind == "aoref": return f"{r.randint(100, 999)}P{r.choice(UP)}{neg_digits(r, 8)}"
    if kind == "utr": return neg_digits(r, 10)
    if kind == "crn": return f"{r.choice(['0', 'SC', 'NI'])}{r.randint(100000, 999999)}".rjust(8, "0")
    if kind == "taxcode": return r.choice(["1257L", "K475", "BR", "D0", "S1257L", "C1257L W1", "0T M1", "1100L", "NT"])
    if kind == "letter": return f"{r.choice(['DR', 'OP', 'WCA', 'MR'])}{r.randint(1, 99):02d}-{neg_digits(r, 6)}"
    if kind == "debt": return f"DMS{neg_digits(r, 9)}"
    if kind == "ticket": return f"INC{neg_digits(r, 7)}"
    if kind == "batch": return f"BACS-{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 99):03d}"
    raise ValueError(kind)

def money(r, lo=10, hi=5000):
    return f"£{r.randint(lo, hi):,}.{r.randint(0, 99):02d}"
def date(r, y0=2024, y1=2026):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(y0, y1)}"
def idate(r, y0=2024, y1=2026):
    return f"{r.randint(y0, y1)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
def ts(r):
    return f"{idate(r, 2025, 2026)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"
def staff(r):
    return P(r, r.choice(["uk", "uk", "ie", "in", "pk", "ng", "pl"]))
def gov_email(r, p, dom="rba.gov.uk"):
    return f"{strip_acc(p.first.split()[0]).lower()}.{re.sub(r'[^a-z]', '', strip_acc(p.last).lower())}@{dom}"

# ============================================================================ templates
T = []
def tpl(n, fmt):
    def deco(f):
        T.append((f.__name__, n, fmt, f)); return f
    return deco

ORIGS = list(ORIG)

# ---------------------------------------------------------------- forms / KYC
@tpl(3, "form")
def idv_record(r, d):
    p = P(r); cc = COUNTRY_OF[p.origin]
    d("IDENTITY VERIFICATION RECORD — Level of assurance: MEDIUM\nCase ref: ", ref(r, "case"), "    Channel: ",
      r.choice(["Face-to-face (Jobcentre)", "Video call", "Post Office"]), "\n", "-" * 58, "\n")
    d("Surname ........... ", L("PERSON", p.last.upper()), "\nForename(s) ....... ", L("PERSON", p.first), "\n")
    d("Date of birth ..... ", L("DATE_OF_BIRTH", p.dob(r.choice(["uk", "long", "abbr"]))), "\n")
    d("NI number ......... ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d("Nationality ....... ", COUNTRY_NAME[cc], "\n")
    k = r.randint(0, 2)
    if k == 0 or cc == "GB":
        d("Document 1 ........ Passport (", COUNTRY_NAME[cc], ")  No. ", L("US_PASSPORT" if cc == "US" else "PASSPORT", pp(r, cc)),
          "   expires ", date(r, 2027, 2034), "\n")
    elif k == 1:
        lab = PP_LABEL.get(cc, "Passport number")
        d("Document 1 ........ ", lab, ": ", L("US_PASSPORT" if cc == "US" else "PASSPORT", pp(r, cc)), " (", COUNTRY_NAME[cc], ")\n")
    else:
        d("Document 1 ........ Biometric residence permit ZU*****", r.randint(10, 99), " (BRP, masked)\n")
    if r.random() < 0.6:
        d("Document 2 ........ UK photocard driving licence ", L("DRIVER_LICENSE", dvla(p, r)), "\n")
    else:
        d("Document 2 ........ Utility bill dated ", date(r), " (", r.choice(["Octopus Energy", "Thames Water", "British Gas"]), ")\n")
    d("Current address ... ", L("ADDRESS", uk_addr(r)), "\n")
    d("Mobile ............ ", L("PHONE", uk_phone(r)), "\n")
    d("KBV questions ..... 3/4 passed   Score: ", r.randint(60, 99), "   Verifier: ", r.choice(["AO", "EO"]), " ", r.randint(10000, 99999), "\n")
    d("Outcome: VERIFIED. Retain for 14 months under the retention schedule (RS-", r.randint(10, 99), ").\n")

@tpl(3, "form")
def disability_claim(r, d):
    p = P(r); gp = P(r, "uk"); dx = r.sample(DIAG, 2); mx = r.sample(MEDS, 2)
    d("PERSONAL INDEPENDENCE PAYMENT — HOW YOUR CONDITION AFFECTS YOU (scanned, OCR)\n\n")
    d("1. About you\n   Full name: ", L("PERSON", p.full), "    Title: ", p.title(r), "\n")
    d("   Date of birth: ", L("DATE_OF_BIRTH", p.dob("uk")), "   National Insurance number: ",
      L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d("   NHS number (if known): ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d("   Address: ", L("ADDRESS", uk_addr(r)), "\n\n")
    d("2. Your health professionals\n   GP: Dr ", L("PERSON", gp.full), ", ", r.choice(["Riverside", "Hillcrest", "Beech House"]),
      " Medical Practice   Tel: ", L("PHONE", uk_phone(r)), "\n\n")
    d("3. Your conditions\n   Condition: ", L("DIAGNOSIS", dx[0]), "     Approx. start date: ", r.randint(2005, 2023), "\n")
    d("   Condition: ", L("DIAGNOSIS", dx[1]), "\n\n")
    d("4. Medication and treatment\n   ", L("MEDICATION", mx[0]), " ", r.choice(["50mg", "100mg", "20mg"]), " once daily; ",
      L("MEDICATION", mx[1]), " as required\n\n")
    d("5. Preparing food — tick one\n   [x] I need help   [ ] I can do this alone\n   \"On bad days I can't stand long enough to cook, my hands lock.\"\n\n")
    d("13. Bank details\n   Account holder: ", L("PERSON", p.full.upper()), "\n   Sort code: ", sortcode(r),
      "   Account number: ", L("UK_BANK_ACCOUNT", digits(r, 8, False)), "\n   Building society roll no.: n/a\n")

@tpl(3, "form")
def carers_claim(r, d):
    c = P(r); c2 = P(r, c.origin)
    d("Carer's Allowance claim — online form submission ", ref(r, "claim"), "\n\n[Part 1: The carer]\n")
    d("First name: ", L("PERSON", c.first), "\nLast name: ", L("PERSON", c.last), "\nDOB: ", L("DATE_OF_BIRTH", c.dob("iso")), "\n")
    d("NINO: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)), "\nEmail: ", L("EMAIL", email_for(r, c)), "\n")
    d("Hours caring per week: ", r.randint(35, 80), "\nEarnings after deductions: ", money(r, 0, 151), " per week (limit £196)\n\n")
    d("[Part 2: The person you care for]\nName: ", L("PERSON", c2.full), "\nDate of birth: ", L("DATE_OF_BIRTH", c2.dob("uk")),
      "\nRelationship: ", r.choice(["Mother", "Son", "Husband", "Partner", "Neighbour"]), "\n")
    d("Qualifying benefit: ", r.choice(["Attendance Allowance (higher rate)", "PIP daily living (enhanced)", "DLA care (middle rate)"]), "\n")
    d("Their address: ", L("ADDRESS", uk_addr(r)), "\n")
    d("Main condition (free text): ", L("DIAGNOSIS", r.choice(DIAG)), "\n\nDeclaration ticked: yes   IP of submission: ",
      L("IP_ADDRESS", ip4(r)), "\n")

@tpl(3, "form")
def self_assessment(r, d):
    p = P(r); cc = COUNTRY_OF[p.origin]
    d("SA100 Tax Return summary — year ended 5 April ", r.choice([2024, 2025]), "\n")
    d("UTR ", ref(r, "utr"), "      Tax office ref ", ref(r, "paye"), "\n\n")
    d("Name                    ", L("PERSON", p.full), "\nNational Insurance no.  ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, True)), "\n")
    d("Date of birth           ", L("DATE_OF_BIRTH", p.dob("uk")), "\nTelephone               ", L("PHONE", uk_phone(r)), "\n")
    d("Address                 ", L("ADDRESS", uk_addr(r)), "\n\n")
    d("Box 1  Pay from employment         ", money(r, 12000, 60000), "\nBox 2  Tax taken off                ", money(r, 1000, 9000), "\n")
    d("Tax code used: ", ref(r, "taxcode"), "   Personal allowance £12,570   Basic rate 20%   Class 4 NIC 6%\n")
    d("Foreign income (SA106): ", r.choice(["none", money(r, 100, 4000) + " dividends"]), "\n")
    if cc in ("DE", "ES", "FR", "IT") and r.random() < 0.8:
        d("Foreign tax identification number: ")
        if cc == "DE": d(L("DE_TAX_ID", steuer(r)), " (Steuer-IdNr., Germany)")
        elif cc == "ES": d(L("ES_DNI", r.choice([dni(r), nie(r)])), " (Spain)")
        elif cc == "FR": d(L("FR_NIR", nir(r, 2 if p.female else 1, p.y % 100, p.m)), " (France)")
        else:
            city, code = r.choice(BELFIORE)
            d(L("IT_FISCAL_CODE", cf(p.last, p.first, p.y, p.m, p.d, p.female, code)), " (codice fiscale, Italy)")
        d("\n")
    d("Repayment to: sort code / account  ", L("UK_BANK_ACCOUNT", f"{sortcode(r)} {digits(r, 8, False)}"), "\n")
    d("Calculation: tax due ", money(r, 0, 3000), " payable by 31 January; penalty under Sch 55 FA 2009 not charged.\n")

@tpl(3, "form")
def crs_self_cert(r, d):
    p = P(r, r.choice(["de", "fr", "es", "it", "br", "in", "ca", "us", "sy", "hk", "pl"]))
    cc = COUNTRY_OF[p.origin]
    d("OVERSEAS TAX RESIDENCE / SELF-CERTIFICATION (individual)\nForm IDV-7 rev. 2024  |  Ref ", ref(r, "case"), "\n\n")
    d("Name of account holder: ", L("PERSON", p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", p.dob(r.choice(["dot", "iso", "uk"]))), "\n")
    d("Place of birth: ", r.choice(["Aleppo", "Porto Alegre", "Lyon", "Chennai", "Kraków", "Kowloon", "Bari", "Hamburg", "Québec"]), "\n")
    d("Residence address: ", L("ADDRESS", foreign_addr(r, cc) if cc not in ("SY",) else uk_addr(r)), "\n\n")
    d("Country of tax residence | TIN\n")
    if cc == "DE": d("Germany | ", L("DE_TAX_ID", steuer(r)), "\n")
    elif cc == "FR": d("France | ", L("FR_NIR", nir(r, 2 if p.female else 1, p.y % 100, p.m)), "\n")
    elif cc == "ES": d("España | ", L("ES_DNI", dni(r)), "\n")
    elif cc == "IT":
        city, code = r.choice(BELFIORE)
        d("Italia | ", L("IT_FISCAL_CODE", cf(p.last, p.first, p.y, p.m, p.d, p.female, code)), "   (comune di nascita: ", city, ")\n")
    elif cc == "BR": d("Brasil | CPF ", L("BR_CPF", cpf(r)), "\n")
    elif cc == "IN": d("India | PAN ", "ABCPK" + digits(r, 4) + "F", "; Aadhaar ", L("IN_AADHAAR", aadhaar(r)), "\n")
    elif cc == "CA": d("Canada | SIN ", L("CA_SIN", sin(r)), "\n")
    elif cc == "US": d("United States | SSN ", L("US_SSN", ssn(r)), "\n")
    elif cc == "HK": d("Hong Kong | HKID (not collected)\nSingapore (prior) | FIN ", L("SG_NRIC", nric(r, r.choice("FG"))), "\n")
    elif cc == "PL": d("Polska | PESEL (provided separately)\n")
    else: d("No TIN issued — reason B (jurisdiction does not issue TINs)\n")
    d("United Kingdom | NINO ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n\n")
    d("Passport: ", L("US_PASSPORT" if cc == "US" else "PASSPORT", pp(r, cc)), "   issued by ", COUNTRY_NAME[cc], "\n")
    d("Signed: ", L("PERSON", p.full), "     Date: ", date(r), "\nCapacity: Individual   Reg. 3 The International Tax Compliance Regulations 2015\n")

@tpl(2, "form")
def blank_form(r, d):
    d("CHANGE OF CIRCUMSTANCES — please use BLOCK CAPITALS\n\n")
    for lab in ["Full Name", "Date Of Birth", "National Insurance Number", "Passport Number", "Address", "Postcode",
                "Daytime Telephone", "Email Address", "Bank Sort Code", "Account Number", "Medical Condition", "Medication"]:
        d(f"{lab}: ", "_" * r.randint(18, 30), "\n")
    d("\nExample: ", r.choice(["Joe Bloggs", "A N Other", "Jane Doe"]), ", NINO QQ 12 34 56 C (this is a specimen number and must not be used).\n")
    d("Return to: Freepost RBA BENEFIT CHANGES. Form CH", r.randint(1, 9), " ", r.randint(2019, 2025), " v", version(r), "\n")

@tpl(2, "form")
def coc_report(r, d):
    p = P(r); q = P(r)
    d("Change of circumstances — Universal Credit journal entry ", ref(r, "claim"), "\n")
    d("Reported by: ", L("PERSON", p.full), "   (claimant, DOB ", L("DATE_OF_BIRTH", p.dob("long")), ")\n")
    d("Change: partner moved in on ", date(r), ". Partner name: ", L("PERSON", q.full), "; partner NINO ",
      L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "; partner date of birth ", L("DATE_OF_BIRTH", q.dob("uk")), ".\n")
    d("New address for the couple: ", L("ADDRESS", uk_addr(r)), "\nPartner's earnings: ", money(r, 300, 2200),
      " per assessment period (RTI feed will confirm).\nHousing element: rent ", money(r, 400, 1200), " pcm.\n")

@tpl(2, "form")
def us_resident_pension(r, d):
    p = P(r, r.choice(["uk", "ie", "us"]))
    st, dl = dl_us(r)
    d("State Pension claim from abroad (form BR1 OVS) — United States resident\n\n")
    d("Claimant: ", L("PERSON", p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", p.dob("us")), "\n")
    d("UK National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\nUS Social Security number: ",
      L("US_SSN", ssn(r)), "\n")
    d("Proof of identity: ", st, " driver license no. ", L("DRIVER_LICENSE", dl), "\n")
    d("US passport: ", L("US_PASSPORT", pp(r, "US")), "\n")
    d("Medicare number (Medicare Beneficiary Identifier): ", L("US_MBI", mbi(r)), "\n")
    d("Address: ", L("ADDRESS", foreign_addr(r, "US")), "\nPhone: ", L("PHONE", intl_phone(r, "US")), "\n")
    d("Payment: to US bank, ABA routing ", r.choice(["021000021", "026009593"]), " (routing numbers are bank identifiers)\n")
    d("Totalisation agreement: UK–US Social Security Agreement 1984, art. 8.\n")

# ---------------------------------------------------------------- clinical
@tpl(3, "clinical_note")
def wca_report(r, d):
    p = P(r); hp = P(r, r.choice(["uk", "ng", "in", "ie"]))
    dx = r.sample(DIAG, 2); mx = r.sample(MEDS, 2); neg = r.choice(["psychosis", "stroke", "cancer", "heart disease"])
    d("WORK CAPABILITY ASSESSMENT — ESA85 / UC85 report\nAssessment centre: ", r.choice(["Norwich AC", "Bootle AC", "Wembley AC"]),
      "   Mode: ", r.choice(["telephone", "face to face", "video"]), "\n")
    d("Claimant: ", L("PERSON", p.full), "   DOB: ", L("DATE_OF_BIRTH", p.dob("uk")), "   NINO: ",
      L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n\n")
    d("History of conditions:\nThe claimant reports ", L("DIAGNOSIS", dx[0]), " diagnosed around ", r.randint(2008, 2022),
      ", and ", L("DIAGNOSIS", dx[1]), ". No history of ", neg, ". Denies any hospital admissions in the last year.\n\n")
    d("Current medication: ", L("MEDICATION", mx[0]), " ", r.choice(["75 mg bd", "10 mg nocte", "1 g tds"]), ", ",
      L("MEDICATION", mx[1]), ". Reports side effects (drowsiness).\n\n")
    d("Typical day: lives with ", r.choice(["partner", "adult daughter", "alone"]), "; describes 'a mountain to climb' getting up the stairs.\n")
    d("Mental state exam: kempt, good rapport, no evidence of thought disorder. Cognition grossly intact.\n")
    d("Descriptors: Mobilising 1(c) 9 points; Sitting/standing 2(b) 6 points; Coping with change 14(c) 6 points.\n")
    d("Total: ", r.randint(9, 30), " points. Schedule 3 (LCWRA) activity 15 considered — not met.\n\n")
    d("Healthcare professional: ", L("PERSON", hp.full), ", RGN, HP ID ", r.randint(100000, 999999), "\n")

@tpl(3, "clinical_note")
def gp_factual_report(r, d):
    p = P(r); gp = P(r, "uk"); dx = r.choice(DIAG); m = r.choice(MEDS)
    d(r.choice(["Beech House Surgery", "Clydebank Health Centre", "The Ridgeway Practice"]), "\nFactual report for the Revenue & Benefits Agency (FRR3)\n\n")
    d("Re: ", L("PERSON", p.full), "  Date of birth ", L("DATE_OF_BIRTH", p.dob("long")), "\nNHS No: ", L("UK_NHS_NUMBER", nhs(r)),
      "   Practice record no. (MRN): ", L("MEDICAL_RECORD_NUMBER", f"{r.choice(['EMIS', 'SYS'])}{digits(r, 7)}"), "\n")
    d("Address: ", L("ADDRESS", uk_addr(r)), "\n\n")
    d("Diagnosis: ", L("DIAGNOSIS", dx), ". ")
    d(r.choice(["Depression was considered and excluded at review. ", "Screening for coeliac disease negative. ",
                "Family history of bowel cancer (father) — patient asymptomatic. "]))
    d("Treatment: ", L("MEDICATION", m), ", reviewed ", r.choice(["monthly", "every 3 months"]), ". Referred to ",
      r.choice(["rheumatology", "community mental health team", "pain clinic"]), " — awaiting appointment (NHS waiting list ~", r.randint(18, 52), " weeks).\n")
    d("Prognosis: unlikely to improve in the next 12 months. Fit note issued until ", date(r), ".\n\n")
    d("Signed Dr ", L("PERSON", gp.full), "  GMC ", r.randint(1000000, 7999999), "\nFee claimed: £", r.choice([33.50, 47.00]), " (invoice ", ref(r, "letter"), ")\n")

@tpl(4, "discharge_summary")
def discharge(r, d):
    p = P(r); cons = P(r); dx = r.choice(DIAG); mx = r.sample(MEDS, 3)
    d("DISCHARGE SUMMARY  —  copy supplied with ", r.choice(["mandatory reconsideration", "appeal bundle", "PIP claim"]), "\n")
    d(r.choice(["St Bartholomew's", "Royal Victoria Infirmary", "Ninewells Hospital", "Morriston Hospital"]), "  |  Ward ", r.randint(1, 40), "\n\n")
    d("Patient: ", L("PERSON", f"{p.last.upper()}, {p.first}"), "\nDOB: ", L("DATE_OF_BIRTH", p.dob("abbr")), "    Hospital No: ",
      L("MEDICAL_RECORD_NUMBER", f"{r.choice(['RVI', 'K', 'M', 'N'])}{digits(r, 7)}"), "    NHS: ", L("UK_NHS_NUMBER", nhs(r, None)), "\n")
    d("Admitted: ", date(r), "   Discharged: ", date(r), "\n\nPrincipal diagnosis: ", L("DIAGNOSIS", dx), "\n")
    d("Secondary: ", L("DIAGNOSIS", r.choice(["hypertension", "iron deficiency anaemia", "obstructive sleep apnoea", "hypothyroidism"])), "\n")
    d("Ruled out: pulmonary embolism (CTPA negative); sepsis.\n\n")
    d("Medications on discharge:\n")
    for m in mx:
        d("  - ", L("MEDICATION", m), " ", r.choice(["5 mg OD", "200 mg BD", "as directed", "40 mg ON"]), "\n")
    d("Stopped: none.\n\nFollow-up: clinic in 6 weeks with Dr ", L("PERSON", cons.last), ". GP to repeat U&Es in 1 week.\n")
    d("Summary written by: ", L("PERSON", cons.full), " (Consultant)\n")

@tpl(3, "lab_report")
def lab(r, d):
    p = P(r)
    d("PATHOLOGY REPORT                 Lab no. ", r.choice(["H", "C"]), neg_digits(r, 9), "\n")
    d("Name : ", L("PERSON", f"{p.last.upper()} {p.first.upper()}"), "\nDOB  : ", L("DATE_OF_BIRTH", p.dob("uk")), "      Sex: ",
      "F" if p.female else "M", "\nMRN  : ", L("MEDICAL_RECORD_NUMBER", f"{digits(r, 3)}-{digits(r, 3, False)}-{digits(r, 3, False)}"), "\n")
    d("Requested by: GP (Dr ", L("PERSON", P(r, "uk").last), ")    Clinical details: ", L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "chronic kidney disease stage 4", "sickle cell disease", "rheumatoid arthritis"])), "\n\n")
    d(f"{'Test':<22}{'Result':>8}  {'Units':<10}{'Ref range':<12}\n")
    for t, lo, hi, u in [("HbA1c", 20, 110, "mmol/mol"), ("eGFR", 8, 95, "mL/min"), ("Haemoglobin", 70, 160, "g/L"),
                         ("CRP", 1, 120, "mg/L"), ("TSH", 1, 9, "mU/L")]:
        d(f"{t:<22}{r.randint(lo, hi):>8}  {u:<10}{'see note':<12}\n")
    d("\nComment: on ", L("MEDICATION", r.choice(["metformin", "hydroxycarbamide", "methotrexate", "ramipril"])), ". Results copied to RBA at patient request.\n")

@tpl(1, "lab_report")
def lab_reference(r, d):
    d("REFERENCE INTERVALS — adult, effective ", idate(r), "\nAnalyte        Low    High   Units\n")
    d("Sodium         133    146    mmol/L\nPotassium      3.5    5.3    mmol/L\nHbA1c          20     41     mmol/mol (48+ suggests diabetes)\n")
    d("Notes: eGFR < 15 indicates stage 5 chronic kidney disease. Analyser firmware ", version(r), ". OID 2.16.840.1.113883.6.1\n")

@tpl(4, "hl7")
def hl7_msg(r, d):
    p = P(r); dr = P(r, "uk")
    sep = "\r" if r.random() < 0.4 else "\n"
    ctl = neg_digits(r, 8)
    d("MSH|^~\\&|PAS|", r.choice(["RVJ", "RTH", "RX1"]), "|RBAMEDEVID|RBA|", idate(r).replace("-", ""), "1030||",
      r.choice(["ADT^A03", "ORU^R01"]), "|", ctl, "|P|2.4", sep)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", f"{r.choice(['RVJ', 'W'])}{digits(r, 6)}"), "^^^", r.choice(["RVJ", "RTH"]), "^MR~",
      L("UK_NHS_NUMBER", nhs(r, None)), "^^^NHS^NH||",
      L("PERSON", f"{strip_acc(p.last).upper()}^{strip_acc(p.first).upper()}^{r.choice(UP)}"), "||",
      L("DATE_OF_BIRTH", p.dob("hl7")), "|", "F" if p.female else "M", "|||",
      L("ADDRESS", "{}^^{}^^{}".format(uk_street(r), *(lambda tw: (tw[0], uk_pc(r, tw[1])))(r.choice(UK_TOWNS)))), "^GBR||", L("PHONE", uk_phone(r)), sep)
    d("PV1|1|I|WARD", r.randint(1, 30), "^^^RVJ||||", L("PERSON", f"{strip_acc(dr.last).upper()}^{strip_acc(dr.first).upper()}"), sep)
    d("DG1|1||", r.choice(["E11.9", "G35", "F33.1", "M05.9"]), "^^I10|", L("DIAGNOSIS", r.choice(DIAG)), "||F", sep)
    d("OBX|1|NM|4548-4^HbA1c^LN||", r.randint(30, 100), "|mmol/mol|20-41|H|||F", sep)
    d("RXD|1|^", L("MEDICATION", r.choice(MEDS)), "||", r.randint(14, 56), "|TAB", sep)

@tpl(4, "fhir_json")
def fhir(r, d):
    p = P(r, ["us", "uk", "us", "gh"][r.randint(0, 3)]); us = p.origin == "us"
    pid = f"pat-{neg_digits(r, 6)}"
    bundle = {"resourceType": "Bundle", "type": "collection", "meta": {"source": "rba-medical-evidence-gateway"},
              "entry": [
        {"resource": {"resourceType": "Patient", "id": pid,
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1" if us else "https://fhir.nhs.uk/Id/nhs-number",
                                      "value": L("US_SSN", ssn(r)) if us else L("UK_NHS_NUMBER", nhs(r, None))},
                                     {"type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", f"MRN{digits(r, 8)}")}],
                      "name": [{"family": L("PERSON", p.last), "given": [L("PERSON", p.first)]}],
                      "birthDate": L("DATE_OF_BIRTH", p.dob("iso")),
                      "address": [{"line": [L("ADDRESS", uk_street(r) if not us else f"{r.randint(100, 9999)} W Belmont Ave")],
                                   "city": "Chicago" if us else "Leeds"}],
                      "telecom": [{"system": "email", "value": L("EMAIL", email_for(r, p))}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                      "code": {"text": L("DIAGNOSIS", r.choice(DIAG))}, "subject": {"reference": f"Patient/{pid}"}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"},
                      "code": {"text": r.choice(["pulmonary tuberculosis", "lung cancer"])}, "subject": {"reference": f"Patient/{pid}"}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active",
                      "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(MEDS))}, "subject": {"reference": f"Patient/{pid}"}}}]}
    if us:
        bundle["entry"].append({"resource": {"resourceType": "Coverage", "status": "active",
            "payor": [{"display": r.choice(["Blue Cross Blue Shield of Illinois", "Aetna", "UnitedHealthcare"])}],
            "subscriberId": L("HEALTH_PLAN_ID", f"{r.choice(['XYZ', 'W', 'U'])}{digits(r, 9)}"),
            "class": [{"type": {"text": "group"}, "value": f"GRP-{r.randint(10000, 99999)}"}]}})
        bundle["entry"].append({"resource": {"resourceType": "Coverage", "payor": [{"display": "Medicare Part B"}],
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": L("US_MBI", mbi(r, False))}]}})
    jemit(d, bundle)
    d("\n")

# ---------------------------------------------------------------- structured
@tpl(3, "csv")
def rti_fps(r, d):
    paye = ref(r, "paye")
    d("# RTI Full Payment Submission export  employer_paye_ref=", paye, "  accounts_office_ref=", ref(r, "aoref"),
      "  company_no=", ref(r, "crn"), "\n")
    row(d, ["payroll_id", "forename", "surname", "nino", "date_of_birth", "address_line1", "postcode", "tax_code",
            "taxable_pay", "tax_deducted", "ee_nic"])
    for _ in range(r.randint(3, 5)):
        p = P(r); town, area = r.choice(UK_TOWNS)
        row(d, [f"E{neg_digits(r, 5)}", L("PERSON", p.first), L("PERSON", p.last),
                L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)) if r.random() < 0.85 else "",
                L("DATE_OF_BIRTH", p.dob("iso")), L("ADDRESS", uk_street(r)), uk_pc(r, area), ref(r, "taxcode"),
                f"{r.randint(900, 6000)}.{r.randint(0, 99):02d}", f"{r.randint(0, 900)}.{r.randint(0, 99):02d}",
                f"{r.randint(0, 400)}.{r.randint(0, 99):02d}"])

@tpl(2, "csv")
def bacs_payments(r, d):
    row(d, ["batch", "payee_name", "sort_code", "account_number", "amount_gbp", "payment_ref", "benefit"])
    b = ref(r, "batch")
    for _ in range(r.randint(3, 5)):
        p = P(r)
        row(d, [b, L("PERSON", f"{p.first[0]} {p.last}".upper()), sortcode(r), L("UK_BANK_ACCOUNT", digits(r, 8, False)),
                f"{r.randint(50, 1500)}.{r.randint(0, 99):02d}", f"RBA {ref(r, 'claim')}",
                r.choice(["UC", "PIP", "CA", "CHB", "SP"])])
    row(d, [b, "ROLL NO HOLDER - SEE NOTE", "40-47-84", "****1234", "0.00", "SUSPENDED", "UC"])

@tpl(3, "tsv")
def data_share(r, d):
    d("# Extract: RBA -> Local Authority Housing Benefit (Digital Economy Act 2017 s.56 gateway) run ", idate(r), "\n")
    row(d, ["la_code", "claim_ref", "nino", "surname", "forenames", "dob", "address", "uc_award_gbp", "award_start"], "\t")
    for _ in range(r.randint(3, 5)):
        p = P(r)
        row(d, [f"E0{r.randint(6000000, 9000000)}", ref(r, "claim"), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)),
                L("PERSON", p.last), L("PERSON", p.first), L("DATE_OF_BIRTH", p.dob("uk")), L("ADDRESS", uk_addr(r)),
                f"{r.randint(300, 2000)}.{r.randint(0, 99):02d}", date(r)], "\t")

@tpl(2, "tsv")
def rates_table(r, d):
    row(d, ["benefit", "component", "weekly_rate_2025_26", "legislation"], "\t")
    for b, c, a, l in [("PIP", "daily living standard", "73.90", "SI 2013/377 reg 24"), ("PIP", "mobility enhanced", "77.05", "SI 2013/377"),
                       ("Carer's Allowance", "basic", "83.30", "s.70 SSCBA 1992"), ("ESA", "support component", "47.70", "Welfare Reform Act 2007"),
                       ("Child Benefit", "eldest child", "26.05", "s.145 SSCBA 1992"), ("JSA", "25 or over", "92.05", "Jobseekers Act 1995")]:
        row(d, [b, c, a, l], "\t")

@tpl(2, "csv")
def region_stats(r, d):
    row(d, ["region", "office", "claims_received", "cleared_within_sla_pct", "median_days"])
    for reg, off in [("North East", "Newcastle Benton Park View"), ("Wales", "Wrexham Service Centre"), ("Scotland", "Glasgow Atlantic Quay"),
                     ("London", "Stratford Jobcentre Plus"), ("North West", "Preston Peel Park")]:
        row(d, [reg, off, r.randint(1000, 50000), f"{r.uniform(60, 99):.1f}", r.randint(5, 90)])

@tpl(3, "json")
def claim_api(r, d):
    p = P(r); cc = COUNTRY_OF[p.origin]; overseas = cc in ("DE", "FR", "ES", "IT", "PT", "NL", "PL", "LT", "LV", "RO", "BG", "GR", "TR", "IE")
    obj = {"claimRef": ref(r, "claim"), "status": r.choice(["AWARDED", "PENDING_EVIDENCE", "DISALLOWED"]),
           "claimant": {"title": p.title(r), "givenName": L("PERSON", p.first), "familyName": L("PERSON", p.last),
                        "dateOfBirth": L("DATE_OF_BIRTH", p.dob("iso")), "nino": L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)),
                        "contact": {"email": L("EMAIL", email_for(r, p)), "mobile": L("PHONE", uk_phone(r) if not overseas else intl_phone(r, cc))},
                        "address": {"line1": L("ADDRESS", foreign_addr(r, cc) if overseas else uk_addr(r))}},
           "payment": ({"method": "SEPA", "iban": L("IBAN", iban(r, cc, False)), "bic": "XXXXXXXX"} if overseas else
                       {"method": "BACS", "sortCode": sortcode(r), "accountNumber": L("UK_BANK_ACCOUNT", digits(r, 8, False))}),
           "award": {"weeklyAmount": float(f"{r.randint(40, 200)}.{r.randint(0, 99):02d}"), "taxCode": ref(r, "taxcode"),
                     "legislation": "reg. 7 Universal Credit Regulations 2013"},
           "audit": {"createdBy": f"svc-claims-{r.randint(1, 9)}", "schemaVersion": version(r)}}
    jemit(d, obj); d("\n")

@tpl(2, "json")
def config_json(r, d):
    obj = {"service": "uc-calculator", "version": version(r), "rates": {"standard_allowance_single_25plus": 400.14,
           "work_allowance_higher": 684, "taper_rate": 0.55}, "upstream": {"host": "calc.internal", "port": 8443,
           "bind": "0.0.0.0", "health": "http://127.0.0.1:9000/health"},
           "contacts": {"owner": "Benefits Calculation Platform Team", "escalation": "Service Desk"},
           "legislation": ["SI 2013/376", "s.11 Welfare Reform Act 2012"], "example_claimant": {"name": "Joe Bloggs", "nino": "QQ123456C"}}
    jemit(d, obj); d("\n")

@tpl(2, "json")
def overseas_pension(r, d):
    items = []
    for _ in range(r.randint(2, 3)):
        p = P(r, r.choice(["es", "pt", "fr", "de", "gr", "it", "pl", "lt", "ro", "bg"])); cc = COUNTRY_OF[p.origin]
        it = {"pensioner": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", p.dob("iso")), "country": cc,
              "iban": L("IBAN", iban(r, cc, r.random() < 0.5)), "amount_eur": round(r.uniform(300, 1200), 2),
              "fx_rate": round(r.uniform(1.1, 1.2), 4), "life_certificate_due": idate(r, 2026, 2027)}
        if cc == "ES": it["nie"] = L("ES_DNI", nie(r))
        if cc == "DE": it["steuer_id"] = L("DE_TAX_ID", steuer(r, False))
        if cc == "IT":
            city, code = r.choice(BELFIORE); it["codice_fiscale"] = L("IT_FISCAL_CODE", cf(p.last, p.first, p.y, p.m, p.d, p.female, code))
        items.append(it)
    jemit(d, {"run": ref(r, "batch"), "currency": "EUR", "payments": items, "rejected": [{"iban": bad_iban(r, "FR"), "reason": "checksum"}]})
    d("\n")

@tpl(3, "ndjson")
def idv_events(r, d):
    for _ in range(r.randint(3, 5)):
        p = P(r); cc = COUNTRY_OF[p.origin]
        ok = r.random() < 0.7
        ev = {"ts": ts(r), "event": "idv.result", "outcome": "PASS" if ok else "FAIL", "confidence": round(r.uniform(0.4, 0.99), 3),
              "subject": {"name": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", p.dob("iso"))},
              "document": {"type": "passport", "issuer": cc, "number": L("US_PASSPORT" if cc == "US" else "PASSPORT", pp(r, cc))},
              "client_ip": L("IP_ADDRESS", ip4(r) if r.random() < 0.8 else ip6(r))}
        if not ok:
            ev["note"] = M(["Document MRZ mismatch; caller ", L("PERSON", p.first), " asked to retry"])
        jemit(d, ev, compact=True); d("\n")

@tpl(1, "ndjson")
def metrics_ndjson(r, d):
    for i in range(5):
        jemit(d, {"ts": ts(r), "metric": r.choice(["queue.depth", "api.latency_ms", "batch.records"]), "value": r.randint(1, 9000),
                  "host": f"app-{r.randint(1, 20):02d}", "build": f"{r.randint(2025, 2026)}.{r.randint(1, 52)}.{r.randint(100, 999)}"}, compact=True)
        d("\n")

@tpl(2, "yaml")
def appeal_yaml(r, d):
    p = P(r); rep = P(r, "uk")
    d("# SSCS appeal bundle index — generated ", idate(r), "\n")
    d("appeal_ref: SC", r.randint(100, 999), "/", r.randint(24, 26), "/", neg_digits(r, 5), "\nbenefit: ", r.choice(["PIP", "ESA", "UC"]), "\n")
    d("appellant:\n  name: ", L("PERSON", p.full), "\n  dob: ", L("DATE_OF_BIRTH", p.dob("iso")), "\n  nino: ",
      L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n  address: |\n    ")
    town, area = r.choice(UK_TOWNS)
    d(L("ADDRESS", f"{uk_street(r)}\n    {town}\n    {uk_pc(r, area)}"), "\n")
    d("representative:\n  name: ", L("PERSON", rep.full), "\n  organisation: ", r.choice(["Citizens Advice Sefton", "Welfare Rights Unit", "Law Centre NI"]),
      "\n  email: ", L("EMAIL", email_for(r, rep, r.choice(["citizensadvice.org.uk", "lawcentre.example.org"]))), "\n  phone: ",
      L("PHONE", uk_phone(r)), "\n")
    d("grounds: >\n  The appellant has ", L("DIAGNOSIS", r.choice(DIAG)), " and the HCP report\n  understates its effect.\n")
    d("hearing: {type: oral, venue: \"Fox Court\", listed: ", idate(r), "}\n")

@tpl(1, "yaml")
def pipeline_yaml(r, d):
    d("pipeline: rti-ingest\nversion: ", version(r), "\nschedule: \"0 2 * * *\"\nsources:\n  - name: hmrc-rti-feed\n    endpoint: https://rti.internal/v2\n")
    d("    bind: 0.0.0.0\nretention_days: 400\nowner: Data Sharing Team\nlegal_basis: s.127 Welfare Reform Act 2012\n")

# ---------------------------------------------------------------- logs
@tpl(4, "log")
def api_access(r, d):
    for _ in range(r.randint(4, 6)):
        k = r.randint(0, 3)
        d(ts(r), " level=INFO svc=citizen-api route=", r.choice(["/v1/claims", "/v1/idv/verify", "/v1/payments"]), " method=",
          r.choice(["GET", "POST"]), " status=", r.choice([200, 201, 404, 422]), " client=", L("IP_ADDRESS", ip4(r)))
        if k == 0:
            d(" nino=", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)))
        elif k == 1:
            d(" nino=QQ****", r.randint(10, 99), "C")
        elif k == 2:
            p = P(r); d(" user_email=", L("EMAIL", email_for(r, p)))
        else:
            d(" correlation_id=", ref(r, "case"))
        d(" latency_ms=", r.randint(3, 900), " ver=", version(r), "\n")

@tpl(4, "log")
def staff_audit(r, d):
    for _ in range(r.randint(3, 5)):
        s = staff(r); p = P(r)
        d("[", ts(r), "] AUDIT action=", r.choice(["VIEW_RECORD", "EXPORT", "AMEND_BANK", "PRINT_LETTER"]), " staff=",
          L("EMAIL", gov_email(r, s)), " ws=", L("IP_ADDRESS", f"10.{r.randint(1, 250)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
          " subject_nino=", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)), " subject_name=\"", L("PERSON", p.full), "\"",
          " reason=", r.choice(["CALL", "TASK", "NONE"]), "\n")
    d("[", ts(r), "] AUDIT action=BULK_EXPORT staff=svc-batch ws=127.0.0.1 rows=", r.randint(100, 90000), " purpose=DEA-2017-s56\n")

@tpl(3, "log")
def payment_log(r, d):
    for _ in range(r.randint(3, 5)):
        p = P(r, r.choice(["pl", "lt", "lv", "ro", "es", "pt", "ie", "nl", "de", "gr", "tr", "bg"])); cc = COUNTRY_OF[p.origin]
        k = r.random()
        d(ts(r), " payments-engine ")
        if k < 0.6:
            d("INFO SEPA credit queued beneficiary=\"", L("PERSON", p.full), "\" iban=", L("IBAN", iban(r, cc, False)),
              " amt=EUR", r.randint(50, 900), ".", r.randint(10, 99), "\n")
        elif k < 0.8:
            d("WARN iban validation failed iban=", bad_iban(r, cc), " ref=", ref(r, "claim"), "\n")
        else:
            d("INFO GB faster-payment acct=****", r.randint(1000, 9999), " sort=", sortcode(r), " amt=GBP", r.randint(10, 500), "\n")
    d(ts(r), " payments-engine INFO batch ", ref(r, "batch"), " closed records=", r.randint(1000, 90000), "\n")

@tpl(5, "log")
def deploy_log(r, d):
    d(ts(r), " deploy INFO rolling out benefits-core ", version(r), " to cluster prd-", r.randint(1, 4), "\n")
    d(ts(r), " deploy INFO image sha256:", "".join(r.choice("0123456789abcdef") for _ in range(16)), " build #", r.randint(1000, 99999), "\n")
    d(ts(r), " healthcheck OK http://127.0.0.1:8080/ready listener=0.0.0.0:8443 snmp_oid=1.3.6.1.4.1.", r.randint(1000, 60000), ".1.2\n")
    d(ts(r), " batch INFO processed ", r.randint(1000, 900000), " UC assessment periods; rate 0.55; tax code 1257L default applied ", r.randint(1, 50), " times\n")
    d(ts(r), " scheduler WARN job CHB-HICBC-RECON took ", r.randint(100, 9999), "s (epoch ", r.randint(1700000000, 1790000000), ")\n")
    if r.random() < 0.5:
        d(ts(r), " deploy INFO migration V", r.randint(100, 400), "__add_claim_index.sql applied; agent ", version(r), "\n")

@tpl(3, "log")
def web_access(r, d):
    for _ in range(r.randint(4, 6)):
        ip = ip4(r) if r.random() < 0.8 else ip6(r)
        d(L("IP_ADDRESS", ip), " - - [", r.randint(1, 28), "/Nov/2026:", r.randint(10, 23), ":", r.randint(10, 59), ":", r.randint(10, 59),
          " +0000] \"GET ", r.choice(["/apply/carers-allowance", "/sign-in", "/check-benefits", "/assets/app-", "/report-fraud"]),
          " HTTP/2\" ", r.choice([200, 302, 304]), " ", r.randint(200, 90000), " \"-\" \"Mozilla/5.0\"\n")

@tpl(3, "log")
def fraud_engine(r, d):
    p = P(r); q = P(r)
    d(ts(r), " fraud-rules WARN rule=R-", r.randint(100, 999), " shared_bank_account claims=", r.randint(3, 9), " case=", ref(r, "case"), "\n")
    d(ts(r), " fraud-rules WARN rule=R-204 same_device_fingerprint ip=", L("IP_ADDRESS", ip4(r)), " email=",
      L("EMAIL", email_for(r, p)), " email2=", L("EMAIL", email_for(r, q)), "\n")
    d(ts(r), " fraud-rules INFO referral created subject=\"", L("PERSON", p.full), "\" dob=", L("DATE_OF_BIRTH", p.dob("iso")),
      " team=Counter Fraud & Compliance\n")
    d(ts(r), " fraud-rules DEBUG masked card on file=", r.choice(["**** **** **** 4821", "492181******7702"]), " score=", round(r.uniform(0.5, 0.99), 2), "\n")
    if r.random() < 0.5:
        d(ts(r), " fraud-rules WARN prepaid card used for HICBC payment pan=", L("CREDIT_CARD", card(r)), " (raw payload leaked to log)\n")

# ---------------------------------------------------------------- email / chat / ticket
@tpl(3, "email")
def overpayment_letter(r, d):
    p = P(r); s = staff(r); amt = money(r, 200, 9000)
    d("From: Debt Management <", L("EMAIL", "debt.management@rba.gov.uk"), ">\nTo: ", L("EMAIL", email_for(r, p)), "\n")
    d("Subject: Overpayment decision ", ref(r, "letter"), " — ", amt, "\n\nDear ", p.title(r), " ", L("PERSON", p.last), ",\n\n")
    d("We have decided you were overpaid ", r.choice(["Universal Credit", "Carer's Allowance", "Employment and Support Allowance"]),
      " of ", amt, " between ", date(r), " and ", date(r), ". This is recoverable under s.71ZB of the Social Security Administration Act 1992.\n\n")
    d("Our records show your address as ", L("ADDRESS", uk_addr(r)), ". We will recover ", money(r, 5, 60),
      " from each payment. Debt reference ", ref(r, "debt"), ".\n\n")
    d("If you want to talk to us call ", L("PHONE", "0800 " + str(r.randint(100, 999)) + " " + str(r.randint(1000, 9999))),
      " (Monday to Friday, 8am to 6pm; closed on Boxing Day and Good Friday).\n\nYours sincerely\n", L("PERSON", s.full),
      "\nDebt Management, Benton Park View\n")

@tpl(3, "email")
def mp_correspondence(r, d):
    mp = P(r, "uk"); p = P(r); cw = P(r, "uk")
    d("From: ", L("PERSON", cw.full), " <", L("EMAIL", email_for(r, cw, "parliament.uk")), ">\nTo: ", L("EMAIL", "mp.correspondence@rba.gov.uk"), "\n")
    d("Subject: Constituent case — ", L("PERSON", p.full), "\n\nDear Correspondence Team,\n\nI write on behalf of ", L("PERSON", mp.full),
      " MP about my constituent ", L("PERSON", p.full), " (NI ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), ", DOB ",
      L("DATE_OF_BIRTH", p.dob("long")), ") of ", L("ADDRESS", uk_addr(r)), ".\n\n")
    d(p.first, " was diagnosed with ", L("DIAGNOSIS", r.choice(DIAG)), " last year and has been waiting ", r.randint(10, 40),
      " weeks for a PIP decision. They are relying on food banks.\n\nThe constituent has given written consent. Please reply to this office; our phone is ",
      L("PHONE", f"020 7219 {r.randint(1000, 9999)}"), ".\n\nKind regards,\n", L("PERSON", cw.first), "\nCaseworker to ", L("PERSON", mp.full), " MP\n")

@tpl(2, "email")
def representative_email(r, d):
    p = P(r); rep = P(r, "uk")
    d("From: ", L("EMAIL", email_for(r, rep, "welfarerights.example.org")), "\nTo: ", L("EMAIL", "mr.team3@rba.gov.uk"), "\nSubject: RE: MR request ",
      ref(r, "claim"), "\n\nHi,\n\nFurther to my call, please find attached the new evidence for ", L("PERSON", p.full), ". The consultant letter confirms ",
      L("DIAGNOSIS", r.choice(DIAG)), " and the switch from ", L("MEDICATION", r.choice(MEDS)), " to ", L("MEDICATION", r.choice(MEDS)), ".\n\n")
    d("> On ", date(r), " Mandatory Reconsideration Team 3 wrote:\n> We need form authorising a third party (Form AU1) before we discuss this case.\n> Ref ",
      ref(r, "case"), "\n\nThanks,\n", L("PERSON", rep.first), "\n", r.choice(["Welfare Rights Adviser", "Senior Caseworker"]), " | ", L("PHONE", uk_phone(r)), "\n")

@tpl(2, "email")
def policy_email(r, d):
    d("From: Operational Excellence Directorate (bulletin list)\nTo: All Service Centre staff\nSubject: Guidance update — fluctuating conditions\n\n")
    d("Colleagues,\n\nDecision makers should remember that conditions such as multiple sclerosis, fibromyalgia and bipolar disorder often fluctuate. ")
    d("Apply the 'majority of days' test (reg. 7 SI 2013/377). Medication like pregabalin or methadone is not in itself evidence of need.\n\n")
    d("Worked example: claimant 'A N Other' (NINO QQ 12 34 56 A) — the specimen case in the learning module.\nTax code 1257L remains the default for 2025/26.\n\nOperational Excellence Directorate\n")

@tpl(4, "chat")
def webchat(r, d):
    p = P(r); a = P(r, r.choice(["uk", "uk", "ng", "in", "pl"]))
    ag = a.first
    d("Webchat transcript  session ", f"wc-{neg_digits(r, 9)}", "  started ", ts(r), "\n")
    d("[", r.randint(10, 18), ":", r.randint(10, 59), "] ", L("PERSON", ag), " (Adviser): Hello, you're through to the Child Benefit team. Can I take your full name?\n")
    d("[", r.randint(10, 18), ":", r.randint(10, 59), "] Customer: its ", L("PERSON", p.full.lower() if r.random() < 0.4 else p.full), "\n")
    d("[..] ", L("PERSON", ag), " (Adviser): Thanks. Your date of birth and National Insurance number please?\n")
    d("[..] Customer: ", L("DATE_OF_BIRTH", p.dob(r.choice(["uk", "long"]))), " and ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r).lower() if r.random() < 0.3 else nino(r)), "\n")
    k = r.randint(0, 2)
    if k == 0:
        d("[..] Customer: i moved, new address is ", L("ADDRESS", uk_addr(r)), "\n")
    elif k == 1:
        d("[..] Customer: my new bank is ", L("UK_BANK_ACCOUNT", f"{sortcode(r)} {digits(r, 8, False)}"), "\n[..] ", L("PERSON", ag),
          " (Adviser): Please don't type bank details in chat — I've masked them. Use the online service instead.\n")
    else:
        d("[..] Customer: my son has ", L("DIAGNOSIS", r.choice(["autism spectrum disorder", "epilepsy", "sickle cell disease"])),
          " does that change anything? email me at ", L("EMAIL", email_for(r, p)), "\n")
    d("[..] ", L("PERSON", ag), " (Adviser): Noted. Your reference is ", ref(r, "case"), ". High Income Child Benefit Charge applies over £60,000.\n")

@tpl(2, "chat")
def staff_chat(r, d):
    d("#team-uc-leeds\n", r.choice(["ops-bot", "rota"]), ": reminder — backlog triage at 10:00\n")
    d("guest: anyone know if SSP counts as earnings for the work allowance? reg. 55 says yes\n")
    d("guest: also the Martin Luther King Jr. Day payments for US residents go a day late, fyi\n")
    d("ops-bot: build ", version(r), " deployed; incident ", ref(r, "ticket"), " closed\n")

@tpl(3, "ticket")
def it_ticket(r, d):
    p = P(r); s = staff(r)
    d("Ticket ", ref(r, "ticket"), "   Priority: P", r.randint(2, 4), "   Queue: Customer Systems\nRaised by: ", L("PERSON", s.full), " <",
      L("EMAIL", gov_email(r, s)), ">\nSummary: claimant record won't save — validation error on bank details\n\n")
    d("Description:\ncustomer ", L("PERSON", p.full), " nino ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)), " rang in, tried to add IBAN ",
      L("IBAN", iban(r, r.choice(["IE", "PL", "LT", "RO", "PT", "NL"]))), " for overseas payment, system throws ERR_", r.randint(100, 999),
      ". Workstation ", L("IP_ADDRESS", f"10.{r.randint(1, 250)}.{r.randint(0, 255)}.{r.randint(1, 254)}"), ", client ", version(r), "\n\n")
    d("Update (L2): reproduced in pre-prod with dummy IBAN GB00 TEST 0000 0000 0000 00. Fix in release ", version(r), ".\n")

@tpl(2, "ticket")
def clean_ticket(r, d):
    d("Ticket ", ref(r, "ticket"), "  Category: Estates\nSummary: lift out of service at ", r.choice(["Peel Park", "Quarry House", "Longbenton"]),
      " block ", r.choice("ABC"), "\n\nEngineer booked; interim arrangements per H&S policy s.4.2. Asset tag ", f"ST-{r.randint(10000, 99999)}",
      ", controller firmware ", version(r), ".\nNo customer data involved.\n")

# ---------------------------------------------------------------- free text / html
@tpl(3, "free_text")
def fraud_referral(r, d):
    p = P(r); q = P(r); inv = staff(r)
    d("FRAUD REFERRAL — ", ref(r, "case"), "\nSource: anonymous online report (", L("IP_ADDRESS", ip4(r)), ")\n\n")
    d("Allegation: ", L("PERSON", p.full), ", who claims UC as a single person at ", L("ADDRESS", uk_addr(r)), ", is said to be living with ",
      L("PERSON", q.full), " and working cash-in-hand for ", r.choice(["Morrison's", "Ford Motor Credit", "McDonald's", "Sainsbury's"]), ".\n")
    d("Referrer: 'she tells everyone she has ", L("DIAGNOSIS", r.choice(["fibromyalgia", "PTSD", "chronic back pain"])),
      " but she's at the gym every day'.\n\n")
    d("Investigation notes (", L("PERSON", inv.full), "): Land Registry and credit reference checks run. ", q.first,
      "'s vehicle registered at the address since ", date(r, 2022, 2024), ". Bank statements requested under s.109B SSAA 1992.\n")
    d("Partner's passport (", COUNTRY_NAME[COUNTRY_OF[q.origin]], ") ", L("US_PASSPORT" if q.origin == "us" else "PASSPORT", pp(r, COUNTRY_OF[q.origin])),
      " seen on a tenancy application.\nRecommendation: interview under caution (PACE Code C).\n")

@tpl(3, "free_text")
def tribunal_decision(r, d):
    p = P(r); j = P(r, "uk"); hp = P(r, "uk")
    d("FIRST-TIER TRIBUNAL (SOCIAL ENTITLEMENT CHAMBER)\nStatement of Reasons — Appeal SC", r.randint(100, 999), "/", r.randint(24, 26), "/", neg_digits(r, 5), "\n\n")
    d("Appellant: ", L("PERSON", p.full), "\nRespondent: Revenue & Benefits Agency\nTribunal Judge ", L("PERSON", j.last),
      "; medical member Dr ", L("PERSON", hp.full), "\n\n")
    d("1. The appellant, born ", L("DATE_OF_BIRTH", p.dob("long")), ", appeals the decision of ", date(r), " awarding 0 points.\n")
    d("2. We accept that the appellant has ", L("DIAGNOSIS", r.choice(DIAG)), " and takes ", L("MEDICATION", r.choice(MEDS)),
      ". The HCP report was not consistent with the GP records.\n")
    d("3. We did not accept that the appellant has ", r.choice(["agoraphobia", "a cognitive impairment"]), "; there was no evidence of it.\n")
    d("4. Applying ", r.choice(["[2019] UKUT 123 (AAC)", "MM v SSWP [2019] UKSC 34", "RJ v SSWP [2017] UKUT 105 (AAC)"]),
      ", the appeal is allowed. Standard rate daily living from ", date(r), ".\n")

@tpl(4, "free_text")
def call_notes(r, d):
    p = P(r); cc = COUNTRY_OF[p.origin]
    d("Call note ", date(r), " ", r.randint(8, 17), ":", r.randint(10, 59), " — inbound, 14 min\n")
    d("Caller passed security as ", L("PERSON", p.full), " (DOB ", L("DATE_OF_BIRTH", p.dob("uk")), "). ")
    k = r.randint(0, 3)
    if k == 0:
        d("Wants to update phone to ", L("PHONE", intl_phone(r, cc) if r.random() < 0.5 else uk_phone(r)), " and email to ", L("EMAIL", email_for(r, p)), ". Done.\n")
    elif k == 1:
        d("Moving abroad to ", COUNTRY_NAME.get(cc, "Spain"), ". Told to complete form CA3638. Caller gave ",
          PP_LABEL.get(cc, "passport no."), " ", L("US_PASSPORT" if cc == "US" else "PASSPORT", pp(r, cc)), " for the export-of-benefit check.\n")
    elif k == 2:
        d("Upset — says the HCP 'didn't listen'. Has ", L("DIAGNOSIS", r.choice(DIAG)), ", on ", L("MEDICATION", r.choice(MEDS)),
          ". Advised MR deadline is one month from decision. Safeguarding: no concerns; signposted to Samaritans.\n")
    else:
        d("Asked why tax code changed to K475. Explained benefit in kind. Caller's NINO ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)),
          "; employer PAYE ref ", ref(r, "paye"), ". No further action.\n")
    d("Agent: ", r.choice(["AO", "EO"]), " ", r.randint(1000, 9999), ", Sunderland contact centre.\n")

@tpl(4, "free_text")
def guidance(r, d):
    k = r.randint(0, 3)
    if k == 0:
        d("ADM Chapter P2: Conditions that fluctuate\n\nP2041 Conditions such as rheumatoid arthritis, multiple sclerosis, ME/chronic fatigue syndrome and ")
        d("schizophrenia may vary from day to day. Where a claimant takes morphine or pregabalin, consider side effects. Example: Mr A is 52 and has ")
        d("Crohn's disease ... (the example claimant is fictitious).\n\nSee s.78 Welfare Reform Act 2012 and reg. 4 SI 2013/377.\n")
    elif k == 1:
        d("Research summary: a 2024 cohort study of 12,400 Universal Credit claimants found that depression and anxiety were recorded in 41% ")
        d("of work capability assessments; sertraline was the most frequently listed medication. The authors note that 'a depression in ")
        d("labour demand' in coastal towns confounds the results.\nFunded by the Department's Analytical Services Division, report ", version(r), ".\n")
    elif k == 2:
        d("How to fill in your tax return\n\nEnter your Unique Taxpayer Reference (10 digits, e.g. 1234567890 on the specimen) and your National ")
        d("Insurance number (e.g. QQ 12 34 56 C). Joe Bloggs example: tax code 1257L, personal allowance £12,570, higher rate threshold £50,270. ")
        d("Payments on account are due on 31 January and 31 July. Penalties: Sch 55 Finance Act 2009.\n")
    else:
        d("Office closures over the festive period\n\nAll Jobcentres will close on Christmas Day, Boxing Day and New Year's Day, and on ")
        d("St Andrew's Day in Scotland. Payments due on those dates will be made early. Helpline numbers are on the website. The ")
        d("Warwick House and Alexander Fleming House offices reopen on 2 January. Ref circular ", r.choice(["ADM 12/25", "DMG 04/25"]), ".\n")

@tpl(3, "free_text")
def foreign_letter(r, d):
    p = P(r, r.choice(["de", "fr", "es", "pl", "it", "pt"])); cc = COUNTRY_OF[p.origin]
    if cc == "DE":
        d("Deutsche Rentenversicherung — Auskunft an die britische Behörde\n\nBetr.: ", L("PERSON", p.full), ", geb. am ",
          L("DATE_OF_BIRTH", p.dob("dot")), "\nSteuerliche Identifikationsnummer: ", L("DE_TAX_ID", steuer(r)), "\nAnschrift: ",
          L("ADDRESS", foreign_addr(r, "DE")), "\nVersicherungszeiten 1989–2004 bestätigt. Die ungültige Nummer ", bad_steuer(r), " bitte nicht verwenden.\n")
    elif cc == "FR":
        d("CPAM — Attestation de droits\n\nAssuré(e) : ", L("PERSON", p.full), "\nNé(e) le ", L("DATE_OF_BIRTH", p.dob("uk")),
          "\nN° de sécurité sociale : ", L("FR_NIR", nir(r, 2 if p.female else 1, p.y % 100, p.m)), "\nAdresse : ", L("ADDRESS", foreign_addr(r, "FR")),
          "\nAffection de longue durée : ", L("DIAGNOSIS", r.choice(["diabète de type 2", "sclérose en plaques", "insuffisance cardiaque"])), "\n")
    elif cc == "ES":
        d("Seguridad Social — Certificado de periodos cotizados (formulario U1)\n\nTitular: ", L("PERSON", p.full), "\nDNI/NIE: ",
          L("ES_DNI", r.choice([dni(r), nie(r)])), "\nFecha de nacimiento: ", L("DATE_OF_BIRTH", p.dob("uk")), "\nDomicilio: ",
          L("ADDRESS", foreign_addr(r, "ES")), "\nReferencia interna ", bad_dni(r), " (no válida, anulada).\n")
    elif cc == "IT":
        city, code = r.choice(BELFIORE)
        c = cf(p.last, p.first, p.y, p.m, p.d, p.female, code)
        d("INPS — Estratto conto contributivo\n\nAssicurato: ", L("PERSON", p.full), "\nCodice fiscale: ", L("IT_FISCAL_CODE", c), "\nNato/a il ",
          L("DATE_OF_BIRTH", p.dob("uk")), " a ", city, "\nPratica n. ", neg_digits(r, 9), "\n")
    elif cc == "PL":
        d("ZUS — Zaświadczenie o okresach ubezpieczenia\n\nUbezpieczony: ", L("PERSON", p.full), "\nData urodzenia: ", L("DATE_OF_BIRTH", p.dob("dot")),
          "\nAdres: ", L("ADDRESS", foreign_addr(r, "PL")), "\nNr paszportu: ", L("PASSPORT", pp(r, "PL")), "\nTel.: ", L("PHONE", intl_phone(r, "PL")), "\n")
    else:
        d("Segurança Social — Declaração\n\nBeneficiário: ", L("PERSON", p.full), "\nData de nascimento: ", L("DATE_OF_BIRTH", p.dob("uk")),
          "\nMorada: ", L("ADDRESS", foreign_addr(r, "PT")), "\nIBAN para pagamento: ", L("IBAN", iban(r, "PT")), "\n")
    d("\n(Translated copy held on case ", ref(r, "case"), ".)\n")

@tpl(1, "free_text")
def annual_report(r, d):
    d("Annual Report and Accounts, Chapter 4 — Fraud and Error\n\nEstimated overpayments fell to 3.3% of expenditure. The Counter Fraud ")
    d("Directorate opened ", r.randint(10000, 90000), " investigations. The Permanent Secretary thanked staff at Benton Park View and Peel Park. ")
    d("Payments to Marks & Spencer and John Lewis Partnership for staff vouchers are disclosed in note 7. Parkinson's law was cited by the ")
    d("Public Accounts Committee on the growth of contractor spend.\n")

@tpl(4, "html")
def account_page(r, d):
    p = P(r); cc = COUNTRY_OF[p.origin]
    d("<!doctype html><html><body><main class=\"account\">\n<h1>Your account</h1>\n<dl>\n  <dt>Name</dt><dd>", L("PERSON", p.full), "</dd>\n")
    d("  <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", p.dob("long")), "</dd>\n  <dt>National Insurance number</dt><dd>",
      L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, True)), "</dd>\n")
    town, area = r.choice(UK_TOWNS)
    d("  <dt>Address</dt><dd>", L("ADDRESS", f"{uk_street(r)}<br>{town}<br>{uk_pc(r, area)}"), "</dd>\n")
    d("  <dt>Email</dt><dd><a href=\"mailto:x\">", L("EMAIL", email_for(r, p)), "</a></dd>\n")
    d("  <dt>Payments go to</dt><dd>Account ending ", r.randint(1000, 9999), "</dd>\n</dl>\n")
    if r.random() < 0.5:
        d("<section><h2>Health condition you told us about</h2><p>", L("DIAGNOSIS", r.choice(DIAG)), "</p></section>\n")
    d("<footer>Page build ", version(r), " · <a href=\"/privacy\">Privacy</a></footer>\n</main></body></html>\n")

@tpl(3, "html")
def public_page(r, d):
    d("<html><head><title>Carer's Allowance: eligibility</title></head><body>\n<h1>Carer's Allowance</h1>\n")
    d("<p>You could get £83.30 a week if you care for someone at least 35 hours a week and they get certain benefits.</p>\n")
    d("<table><tr><th>Field</th><th>Example</th></tr><tr><td>Full Name</td><td>Jane Doe</td></tr><tr><td>National Insurance Number</td>")
    d("<td>QQ 12 34 56 C</td></tr><tr><td>Date Of Birth</td><td>DD/MM/YYYY</td></tr></table>\n")
    d("<p>Conditions such as dementia, Down's syndrome or cerebral palsy do not automatically qualify.</p>\n")
    d("<p>Legislation: s.70 Social Security Contributions and Benefits Act 1992. Version ", version(r), ".</p></body></html>\n")

@tpl(3, "html")
def letter_html(r, d):
    p = P(r); dm = staff(r)
    d("<div class=\"letter\"><p class=\"ref\">Our ref: ", ref(r, "letter"), " &middot; Your ref: ", ref(r, "case"), "</p>\n<address>")
    town, area = r.choice(UK_TOWNS)
    d(L("PERSON", p.full), "<br>\n", L("ADDRESS", f"{uk_street(r)}<br>\n{town}<br>\n{uk_pc(r, area)}"), "</address>\n")
    d("<p>Dear ", L("PERSON", p.full), ",</p>\n<p>We have looked again at your claim. Your National Insurance number is ",
      L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), ". We have now awarded you the enhanced rate because of your ",
      L("DIAGNOSIS", r.choice(DIAG)), ".</p>\n<p>Decision maker: ", L("PERSON", dm.full), "</p></div>\n")

# ---------------------------------------------------------------- extra negatives / identifiers
@tpl(2, "csv")
def office_directory(r, d):
    row(d, ["office_code", "office_name", "directorate", "opening_hours", "accessible"])
    for code, name, dirn in [("BPV", "Benton Park View", "Debt Management"), ("QH", "Quarry House", "Policy Group"),
                             ("PPK", "Peel Park", "Child Benefit Office"), ("CAU", "Caxton House", "Ministerial Correspondence Unit"),
                             ("SLR", "St Leonard's", "Counter Fraud & Compliance"), ("ROD", "Rodney House", "Overseas Healthcare Services")]:
        row(d, [code, name, dirn, "Mon-Fri 08:00-18:00", r.choice(["yes", "step-free via side entrance"])])

@tpl(1, "json")
def api_error(r, d):
    jemit(d, {"error": {"code": "NINO_FORMAT", "message": "National Insurance number must match ^[A-CEGHJ-PR-TW-Z]{2}\\d{6}[A-D]$",
              "received": "AB12****C", "traceId": "".join(r.choice("0123456789abcdef") for _ in range(32)),
              "docs": "https://developer.internal/claims#nino", "retryAfter": 30, "sortCodeReceived": "**-**-17"}})
    d("\n")

@tpl(1, "email")
def newsletter(r, d):
    d("Subject: Staff News — November\n\nWelcome to the November edition. Highlights: the Harry Potter-themed quiz raised £1,240 for Mind; ")
    d("the Mental Health First Aiders network now has 300 members; the Alan Turing building in Manchester opens in spring. ")
    d("Reminder: Remembrance Sunday silence at 11:00. IT: laptops on build ", version(r), " need a restart.\n\nInternal Communications\n")

@tpl(2, "free_text")
def press_release(r, d):
    d("PRESS RELEASE — for immediate release\n\nAgency partners with Lloyds Banking Group and Santander to stop benefit payments to mule accounts\n\n")
    d("More than ", r.randint(1000, 9000), " accounts were closed under the Public Sector Fraud Authority pilot. The scheme, announced at the ")
    d("Mansion House on ", date(r), ", builds on s.11 Public Authorities (Fraud, Error and Recovery) Act 2025. Cases cost the taxpayer £",
      r.randint(2, 9), ".", r.randint(1, 9), "bn last year. Notes to editors: tracking no. ", f"1Z{alnum(r, 6, UP)}{neg_digits(r, 10)}", " refers to the media pack.\n")

@tpl(1, "tsv")
def ref_register(r, d):
    row(d, ["reference", "type", "created", "status"], "\t")
    for _ in range(6):
        k = r.choice(["case", "claim", "debt", "letter", "paye", "aoref"])
        row(d, [ref(r, k), k, ts(r), r.choice(["OPEN", "CLOSED", "ARCHIVED"])], "\t")

@tpl(2, "form")
def masked_idv(r, d):
    d("IDENTITY CHECK — redacted copy for complaint file ", ref(r, "case"), "\n\n")
    d("Name ............. [REDACTED]\nDate of birth .... **/**/19", r.randint(40, 99), "\nNI number ........ ", r.choice(UP), r.choice(UP),
      " ** ** ", r.randint(10, 99), " ", r.choice("ABCD"), "\nPassport ......... *****", r.randint(1000, 9999), "\n")
    d("Bank ............. sort code **-**-", r.randint(10, 99), ", account ending ", r.randint(1000, 9999), "\nCard ............. ",
      "**** **** **** ", r.randint(1000, 9999), "\nNHS number ....... ", bad_nhs(r), " (failed check — re-keyed)\n")
    d("Outcome .......... REFERRED to Identity Team (Peel Park)\n")

@tpl(4, "ndjson")
def xborder_match(r, d):
    kinds = ["IN", "BR", "SG", "CA", "US"]
    off = r.randint(0, 4)
    for j in range(r.randint(3, 4)):
        cc = kinds[(off + j) % 5]
        orig = {"IN": r.choice(["in", "lk", "pk"]), "BR": "br", "SG": r.choice(["cn", "in", "hk"]), "CA": "ca", "US": "us"}[cc]
        p = P(r, orig)
        good = r.random() < 0.75
        if cc == "IN": idv = ("IN_AADHAAR", aadhaar(r)) if good else (None, bad_aadhaar(r)); k = "aadhaar"
        elif cc == "BR": idv = ("BR_CPF", cpf(r)) if good else (None, bad_cpf(r)); k = "cpf"
        elif cc == "SG": idv = ("SG_NRIC", nric(r)) if good else (None, bad_nric(r)); k = "nric_fin"
        elif cc == "CA": idv = ("CA_SIN", sin(r)) if good else (None, bad_sin(r)); k = "sin"
        else: idv = ("US_SSN", ssn(r)) if good else (None, f"***-**-{r.randint(1000, 9999)}"); k = "ssn"
        ev = {"match_id": f"XM-{neg_digits(r, 8)}", "country": cc, "name": L("PERSON", p.full), "birth_date": L("DATE_OF_BIRTH", p.dob("iso")),
              k: L(idv[0], idv[1]) if idv[0] else idv[1], "checksum_ok": good, "source": "Home Office status check"}
        jemit(d, ev, compact=True); d("\n")

@tpl(3, "form")
def healthcare_cover(r, d):
    p = P(r, r.choice(["de", "uk", "us", "nl"])); cc = COUNTRY_OF[p.origin]
    d("OVERSEAS HEALTHCARE SERVICES — S1 / cover registration\n\nApplicant: ", L("PERSON", p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", p.dob("uk")), "\n")
    if cc == "DE":
        d("Krankenkasse: ", r.choice(["AOK Bayern", "Techniker Krankenkasse", "BARMER"]), "\nKrankenversichertennummer (member no.): ",
          L("HEALTH_PLAN_ID", r.choice(UP) + digits(r, 9, False)), "\nIK der Kasse: 10", r.randint(1000000, 9999999), " (insurer number, not personal)\n")
    elif cc == "US":
        d("Health plan: ", r.choice(["Kaiser Permanente", "Cigna Global", "Humana"]), "   Member ID: ", L("HEALTH_PLAN_ID", f"{r.choice(['KP', 'CG', 'H'])}{digits(r, 9)}"),
          "   Group no.: ", r.randint(100000, 999999), "\n")
    else:
        d("Private medical insurer: ", r.choice(["Bupa Global", "AXA Health", "Vitality", "Zilveren Kruis"]), "   Membership number: ",
          L("HEALTH_PLAN_ID", f"{digits(r, 3)}{r.choice(UP)}{digits(r, 6)}"), "\n")
    d("NHS number: ", L("UK_NHS_NUMBER", nhs(r)), "\nState pension ref: ", ref(r, "claim"), "\nCondition requiring planned treatment: ",
      L("DIAGNOSIS", r.choice(DIAG)), "\n")

@tpl(3, "ndjson")
def eu_liaison(r, d):
    for _ in range(r.randint(3, 4)):
        cc = r.choice(["ES", "FR", "IT", "DE", "ES", "ES"])
        p = P(r, cc.lower())
        good = r.random() < 0.75
        if cc == "ES": v = ("ES_DNI", r.choice([dni(r), nie(r)])) if good else (None, bad_dni(r)); k = "dni_nie"
        elif cc == "FR": v = ("FR_NIR", nir(r, 2 if p.female else 1, p.y % 100, p.m, r.random() < 0.5)) if good else (None, bad_nir(r)); k = "nir"
        elif cc == "IT":
            code = r.choice(BELFIORE)[1]; c = cf(p.last, p.first, p.y, p.m, p.d, p.female, code)
            v = ("IT_FISCAL_CODE", c) if good else (None, bad_cf(c)); k = "codice_fiscale"
        else: v = ("DE_TAX_ID", steuer(r)) if good else (None, bad_steuer(r)); k = "steuer_id"
        ev = {"sed": r.choice(["P5000", "P2000", "S072", "H001"]), "institution": {"ES": "INSS", "FR": "CNAV", "IT": "INPS", "DE": "DRV Bund"}[cc],
              "person": {"surname": L("PERSON", p.last), "forename": L("PERSON", p.first), "birthDate": L("DATE_OF_BIRTH", p.dob("iso"))},
              "pin": {"country": cc, k: L(v[0], v[1]) if v[0] else v[1]}, "uk_nino": L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)),
              "validated": good}
        jemit(d, ev, compact=True); d("\n")

@tpl(3, "chat")
def debt_card_chat(r, d):
    p = P(r); a = staff(r)
    d("Debt Management webchat — ", ts(r), "\n")
    d(L("PERSON", a.first), ": Hi, I can help you set up a repayment for debt ", ref(r, "debt"), ". Who am I speaking to?\n")
    d("You: ", L("PERSON", p.full), "\n")
    d(L("PERSON", a.first), ": Thanks. How would you like to pay?\n")
    d("You: by card, its ", L("CREDIT_CARD", card(r)), " exp ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", "\n")
    d(L("PERSON", a.first), ": Please don't share card numbers here — I've removed it. Card ending ", r.randint(1000, 9999),
      " noted in error and deleted. Use the secure payment line instead.\n")
    d("You: ok. its for the ", money(r, 100, 3000), " carers overpayment\n")

@tpl(3, "form")
def dl_check(r, d):
    p = P(r, r.choice(["us", "uk", "ca", "ie", "us"]))
    d("DOCUMENT CHECK — driving licence evidence (Counter Fraud identity strand)\nCase: ", ref(r, "case"), "\n\n")
    d("Holder: ", L("PERSON", p.full), "\nBorn: ", L("DATE_OF_BIRTH", p.dob("us" if p.origin == "us" else "uk")), "\n")
    if p.origin == "uk" or r.random() < 0.3:
        d("Issuer: DVLA (Great Britain)\nLicence number (field 5): ", L("DRIVER_LICENSE", dvla(p, r)), "\n")
    st, num = dl_us(r)
    d("Second licence — issuing state: ", st, "\nDL#: ", L("DRIVER_LICENSE", num), "   Class: ", r.choice(["C", "D", "B"]), "   Endorsements: NONE\n")
    d("Audit no. (not the licence number): ", neg_digits(r, 9), "\nResult: ", r.choice(["genuine", "query — photo mismatch"]), "\n")

# ============================================================================ build / validate
CARD_RE = re.compile(r"(?<![\d*])(?:\d[ -]?){13,19}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")

def validate(doc):
    t = doc["text"]; ents = sorted(doc["entities"], key=lambda e: e["start"])
    assert doc["format"] in FORMATS, doc["format"]
    prev = -1
    for e in ents:
        assert e["type"] in LEVEL, e
        s = t[e["start"]:e["end"]]
        assert s and s == s.strip(), (doc["id"], e, s)
        assert e["start"] >= prev, (doc["id"], "overlap", e)
        prev = e["end"]
        chk = CHECKS.get(e["type"])
        if chk:
            assert chk(s), (doc["id"], e["type"], s)
        if e["type"] == "UK_BANK_ACCOUNT":
            assert re.fullmatch(r"(\d\d-\d\d-\d\d )?\d{8}", s), s
    lvl = max([LEVEL[e["type"]] for e in ents] or [0])
    assert doc["classification"] == LEVEL_NAME[lvl]
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(t)
    if f == "ndjson":
        for line in t.strip().split("\n"):
            json.loads(line)
    if f in ("csv", "tsv"):
        lines = [l for l in t.split("\n") if l and not l.startswith("#")]
        rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter="," if f == "csv" else "\t"))
        assert len({len(x) for x in rows}) == 1, (doc["id"], [len(x) for x in rows])
    # leak check: unlabelled card-like / IBAN-like runs that pass checksums
    covered = [(e["start"], e["end"]) for e in ents]
    inside = lambda a, b: any(s <= a and b <= e for s, e in covered)
    for m in CARD_RE.finditer(t):
        ds = re.sub(r"\D", "", m.group())
        a, b = m.span(); b -= len(m.group()) - len(m.group().rstrip(" -"))
        if len(ds) in (15, 16) and ds[0] in "3456" and luhn_ok(ds) and not inside(a, b):
            raise AssertionError((doc["id"], "unlabelled card-like", m.group()))
    for m in IBAN_RE.finditer(t):
        try:
            if iban_ok(m.group()) and not inside(*m.span()):
                raise AssertionError((doc["id"], "unlabelled IBAN", m.group()))
        except ValueError:
            pass

def main():
    docs = []
    for name, n, fmt, fn in T:
        for i in range(n):
            r = random.Random(f"{SEED}:{name}:{i}")
            d = Doc()
            fn(r, d)
            ents = d.ents
            lvl = max([LEVEL[e["type"]] for e in ents] or [0])
            doc = {"id": f"h41_{name}-{i}", "text": d.text(), "entities": ents, "classification": LEVEL_NAME[lvl], "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    ty = Counter(e["type"] for doc in docs for e in doc["entities"])
    print(f"documents: {len(docs)}\nno-entity documents: {sum(1 for x in docs if not x['entities'])}\n")
    for title, c in [("classification", Counter(x["classification"] for x in docs)), ("format", Counter(x["format"] for x in docs)), ("entity type", ty)]:
        print(title + ":")
        for k, v in c.most_common():
            print(f"  {k:<30} {v}")
        print()

if __name__ == "__main__":
    main()
