#!/usr/bin/env python3
"""holdout19 -- independent PII/PHI evaluation corpus (pharmacy chain + mail-order + CRO).

Standard library only, deterministic.  Written from the public contract (LABELS.md, the type list
and PRIOR_CORPUS.md prose) only.  Run:  python3 build.py
"""
import csv, io, json, random, re, sys
from collections import Counter

SEED = "holdout19/apothecary-marlin-5083"
OUT = "/tmp/holdout19/holdout19.jsonl"

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT "
           "PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR "
           "DE_TAX_ID IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = 3
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = 2
LEVEL["PERSON"] = 1
LEVEL_NAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary "
              "lab_report hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------------------------
class L:
    """A labelled value."""
    __slots__ = ("typ", "val")
    def __init__(self, typ, val):
        assert typ in LEVEL, typ
        self.typ, self.val = typ, str(val)
    def __str__(self):
        return self.val

class M:
    """A string mixing plain text and labelled values (for JSON strings / CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts
    def plain(self):
        return "".join(str(p) for p in self.parts)

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []
    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s)
        return self
    def lab(self, typ, s):
        s = str(s)
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(s)})
        return self.t(s)
    def __call__(self, *items):
        for it in items:
            if isinstance(it, L):
                self.lab(it.typ, it.val)
            elif isinstance(it, M):
                self(*it.parts)
            elif it is None:
                continue
            else:
                self.t(it)
        return self
    def text(self):
        return "".join(self.buf)

# ---- JSON emitter that records spans inside string literals ----
def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jemit(d, obj, indent=2, level=0, compact=False):
    sp = "" if compact else "\n" + " " * (indent * (level + 1))
    end = "" if compact else "\n" + " " * (indent * level)
    colon = ":" if compact else ": "
    comma = ","
    if isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(sp + json.dumps(k, ensure_ascii=False) + colon)
            jemit(d, v, indent, level + 1, compact)
            if i < len(items) - 1:
                d.t(comma if compact else comma)
                if compact: d.t(" ")
        d.t(end + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]"); return
        d.t("[")
        for i, v in enumerate(obj):
            d.t(sp)
            jemit(d, v, indent, level + 1, compact)
            if i < len(obj) - 1:
                d.t(comma)
                if compact: d.t(" ")
        d.t(end + "]")
    elif isinstance(obj, L):
        d.t('"'); d.lab(obj.typ, _jesc(obj.val)); d.t('"')
    elif isinstance(obj, M):
        d.t('"')
        for p in obj.parts:
            if isinstance(p, L):
                d.lab(p.typ, _jesc(p.val))
            else:
                d.t(_jesc(str(p)))
        d.t('"')
    else:
        d.t(json.dumps(obj, ensure_ascii=False))

def jline(d, obj):
    jemit(d, obj, compact=True)
    d.t("\n")

# ---- CSV / TSV row writer ----
def crow(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        plain = c.plain() if isinstance(c, M) else ("" if c is None else str(c))
        assert '"' not in plain, plain
        q = (sep in plain) or ("\n" in plain)
        if q:
            d.t('"')
        if isinstance(c, M):
            d(c)
        elif isinstance(c, L):
            d.lab(c.typ, c.val)
        elif c is not None:
            d.t(str(c))
        if q:
            d.t('"')
    d.t("\n")

# ----------------------------------------------------------------------------------------------
# checksums (from public specifications)
# ----------------------------------------------------------------------------------------------
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return tot % 10 == 0

def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1

def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban

def nhs_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) != 10: return False
    tot = sum(d * w for d, w in zip(ds[:9], range(10, 1, -1)))
    c = 11 - tot % 11
    if c == 11: c = 0
    return c != 10 and c == ds[9]

VERH_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
          [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
          [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VERH_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
          [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VERH_INV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed([x for x in s if x.isdigit()])):
        c = VERH_D[c][VERH_P[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERH_D[c][VERH_P[(i + 1) % 8][int(ch)]]
    return str(VERH_INV[c])

def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s1 = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
    d1 = (s1 * 10) % 11 % 10
    ds.append(d1)
    s2 = sum(d * w for d, w in zip(ds, range(11, 1, -1)))
    d2 = (s2 * 10) % 11 % 10
    return "%d%d" % (d1, d2)

def cpf_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 11 and len(set(ds)) > 1 and cpf_digits(ds[:9]) == ds[9:]

DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_LET[int(s[:8]) % 23] == s[8]

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(ten):
    prod = 10
    for ch in ten:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c

def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0": return False
    cnt = Counter(s[:10])
    multi = [k for k, v in cnt.items() if v > 1]
    if len(multi) != 1 or cnt[multi[0]] not in (2, 3): return False
    return steuer_check(s[:10]) == int(s[10])

CF_ODD = dict(zip("0123456789", [1,0,5,7,9,13,15,17,19,21]))
CF_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23])))
def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65
def cf_check(s15):
    tot = 0
    for i, c in enumerate(s15):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)
def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def nric_ok(s):
    if len(s) != 9: return False
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * x for c, x in zip(s[1:8], w))
    if s[0] in "TG": tot += 4
    tab = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    return tab[tot % 11] == s[8]

def sin_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 9 and ds[0] not in "08" and luhn_ok(ds)

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, p in zip(s, pat):
        if p == "C" and ch not in "123456789": return False
        if p == "N" and not ch.isdigit(): return False
        if p == "A" and ch not in MBI_A: return False
        if p == "AN" and not (ch.isdigit() or ch in MBI_A): return False
    return True

NINO_BAD1 = set("DFIQUV"); NINO_BAD2 = set("DFIOQUV"); NINO_BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in NINO_BADP
            and s[:2].isalpha() and s[2:8].isdigit() and s[8] in "ABCD")

def ssn_ok(s):
    a, g, n = s.split("-") if "-" in s else (s[:3], s[3:5], s[5:])
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

def dea_ok(s):
    d = s[2:]
    return (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10 == int(d[6])

# self tests against published examples
assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
assert nhs_ok("9434765919") and not nhs_ok("9434765918")
assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
assert dni_ok("12345678Z") and dni_ok("X1234567L")
assert steuer_ok("86095742719") and not steuer_ok("86095742718")
assert nric_ok("S1234567D")
assert luhn_ok("046 454 286")
assert mbi_ok("1EG4-TE5-MK73")
assert nir_ok("255081416802538")
assert cf_check("RSSMRA85T10A562") == "S"
assert dea_ok("AB1234563")

# ----------------------------------------------------------------------------------------------
# identifier generators (valid) and look-alike generators (invalid)
# ----------------------------------------------------------------------------------------------
def D(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def card(r, brand=None, sep=" "):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa": body = "4" + D(r, 14)
    elif brand == "mc": body = "5" + r.choice("12345") + D(r, 13)
    elif brand == "mc2": body = str(r.randint(2221, 2720)) + D(r, 11)
    elif brand == "amex": body = r.choice(["34", "37"]) + D(r, 12)
    else: body = "6011" + D(r, 11)
    num = body + luhn_digit(body)
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))

def bad_card(r):
    while True:
        c = card(r)
        if not luhn_ok(c):
            return c
        c = c[:-1] + str((int(c[-1]) + r.randint(1, 9)) % 10)
        if not luhn_ok(c):
            return c

def ssn(r, sep="-"):
    while True:
        a = "%03d" % r.randint(1, 899)
        if a == "666": continue
        s = a + sep + "%02d" % r.randint(1, 99) + sep + "%04d" % r.randint(1, 9999)
        return s

def iban(r, cc, spaced=True):
    if cc == "DE":
        bban = D(r, 8) + D(r, 10)
    elif cc == "ES":
        bank, br, acct = D(r, 4), D(r, 4), D(r, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        def cd(x):
            v = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
            return {11: 0, 10: 1}.get(v, v)
        bban = bank + br + str(cd("00" + bank + br)) + str(cd(acct)) + acct
    elif cc == "FR":
        bank, gu, acct = D(r, 5), D(r, 5), D(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(gu) + 3 * int(acct)) % 97
        bban = bank + gu + acct + "%02d" % key
    elif cc == "IT":
        abi, cab, acct = D(r, 5), D(r, 5), D(r, 12)
        cin = cf_check(abi + cab + acct[:5])  # placeholder replaced below
        s = abi + cab + acct
        tot = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s))
        cin = chr(65 + tot % 26)
        bban = cin + s
    elif cc == "PL":
        b7 = D(r, 7)
        w = [3, 9, 7, 1, 3, 9, 7]
        c = (10 - sum(int(a) * b for a, b in zip(b7, w)) % 10) % 10
        bban = b7 + str(c) + D(r, 16)
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(r, 6) + D(r, 8)
    elif cc == "BR":
        bban = D(r, 8) + D(r, 5) + D(r, 10) + r.choice("CP") + "1"
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + D(r, 10)
    elif cc == "PT":
        bban = D(r, 21)
    elif cc == "BE":
        b = D(r, 10); c = int(b) % 97 or 97
        bban = b + "%02d" % c
    else:
        raise ValueError(cc)
    s = iban_make(cc, bban)
    assert iban_ok(s)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def bad_iban(r, cc):
    s = iban(r, cc, spaced=False)
    while True:
        i = r.randint(5, len(s) - 1)
        if s[i].isdigit():
            t = s[:i] + str((int(s[i]) + r.randint(1, 9)) % 10) + s[i + 1:]
            if not iban_ok(t):
                return " ".join(t[j:j + 4] for j in range(0, len(t), 4))

def nhs(r, spaced=True):
    while True:
        b = str(r.randint(4, 9)) + D(r, 8)
        tot = sum(int(d) * w for d, w in zip(b, range(10, 1, -1)))
        c = 11 - tot % 11
        if c == 11: c = 0
        if c == 10: continue
        s = b + str(c)
        assert nhs_ok(s)
        return s[:3] + " " + s[3:6] + " " + s[6:] if spaced else s

def bad_nhs(r):
    s = nhs(r, False)
    t = s[:9] + str((int(s[9]) + r.randint(1, 9)) % 10)
    assert not nhs_ok(t)
    return t[:3] + " " + t[3:6] + " " + t[6:]

def nino(r, spaced=True):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ"); b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in NINO_BADP: continue
        s = a + b + D(r, 6) + r.choice("ABCD")
        assert nino_ok(s)
        return " ".join([s[:2], s[2:4], s[4:6], s[6:8], s[8]]) if spaced else s

def sortcode_acct(r):
    return "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)), D(r, 8)

def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); n = D(r, 7)
        s = p + n + DNI_LET[int(str("XYZ".index(p)) + n) % 23]
    else:
        n = "%08d" % r.randint(1000000, 99999999)
        s = n + DNI_LET[int(n) % 23]
    assert dni_ok(s)
    return s

def bad_dni(r):
    s = dni(r)
    t = s[:8] + DNI_LET[(DNI_LET.index(s[8]) + r.randint(1, 22)) % 23]
    assert not dni_ok(t)
    return t

def nir(r, sex=None, yy=None, mm=None, spaced=True):
    sex = sex or r.choice("12")
    yy = "%02d" % (yy if yy is not None else r.randint(40, 99))
    mm = "%02d" % (mm or r.randint(1, 12))
    dep = "%02d" % r.choice([13, 31, 33, 44, 59, 67, 69, 75, 76, 92, 93, 94, 6, 35])
    body = sex + yy + mm + dep + "%03d" % r.randint(1, 400) + "%03d" % r.randint(1, 999)
    key = "%02d" % (97 - int(body) % 97)
    s = body + key
    assert nir_ok(s)
    if spaced:
        return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]])
    return s

def bad_nir(r):
    s = nir(r, spaced=False)
    k = (int(s[13:]) + r.randint(1, 20)) % 98
    t = s[:13] + "%02d" % k
    if nir_ok(t): return bad_nir(r)
    return " ".join([t[0], t[1:3], t[3:5], t[5:7], t[7:10], t[10:13], t[13:]])

def steuer(r, spaced=False):
    while True:
        digs = list("0123456789")
        r.shuffle(digs)
        used = digs[:9]
        dup = r.choice(used)
        ten = used + [dup]
        r.shuffle(ten)
        if ten[0] == "0": continue
        ten = "".join(ten)
        s = ten + str(steuer_check(ten))
        if steuer_ok(s):
            return s[:2] + " " + s[2:5] + " " + s[5:8] + " " + s[8:] if spaced else s

def bad_steuer(r):
    s = steuer(r)
    t = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    assert not steuer_ok(t)
    return t

BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273",
            "Bologna": "A944", "Firenze": "D612", "Bari": "A662", "Genova": "D969", "Verona": "L781",
            "Cagliari": "B354", "Trieste": "L424"}
def _cf_part(word, is_name):
    w = re.sub(r"[^A-Z]", "", word.upper().replace("À", "A").replace("È", "E").replace("É", "E")
               .replace("Ì", "I").replace("Ò", "O").replace("Ù", "U"))
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]

def cod_fisc(first, last, y, m, dd, female, city):
    s = _cf_part(last, False) + _cf_part(first, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (dd + (40 if female else 0)) + BELFIORE[city]
    s += cf_check(s)
    assert cf_ok(s)
    return s

def bad_cf(s):
    c = chr(65 + (ord(s[15]) - 65 + 7) % 26)
    return s[:15] + c

def cpf(r, fmt=True):
    while True:
        n = D(r, 9)
        if len(set(n)) == 1: continue
        s = n + cpf_digits(n)
        assert cpf_ok(s)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s

def bad_cpf(r):
    s = cpf(r, False)
    t = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    assert not cpf_ok(t)
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])

def aadhaar(r, spaced=True):
    b = str(r.randint(2, 9)) + D(r, 10)
    s = b + verhoeff_digit(b)
    assert verhoeff_ok(s)
    return s[:4] + " " + s[4:8] + " " + s[8:] if spaced else s

def bad_aadhaar(r):
    s = aadhaar(r, False)
    t = s[:11] + str((int(s[11]) + r.randint(1, 9)) % 10)
    assert not verhoeff_ok(t)
    return t[:4] + " " + t[4:8] + " " + t[8:]

def nric(r, pre=None):
    pre = pre or r.choice("STFG")
    n = D(r, 7)
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * x for c, x in zip(n, w)) + (4 if pre in "TG" else 0)
    tab = "JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK"
    s = pre + n + tab[tot % 11]
    assert nric_ok(s)
    return s

def bad_nric(r):
    s = nric(r)
    for c in "ABCDEFGHIJKLMNPQRTUWXZ":
        if not nric_ok(s[:8] + c) and c != s[8]:
            return s[:8] + c

def sin(r, sep=" "):
    b = r.choice("1234567") + D(r, 7)
    s = b + luhn_digit(b)
    assert sin_ok(s)
    return sep.join([s[:3], s[3:6], s[6:]])

def bad_sin(r):
    s = sin(r, "")
    t = s[:8] + str((int(s[8]) + r.randint(1, 9)) % 10)
    assert not luhn_ok(t)
    return " ".join([t[:3], t[3:6], t[6:]])

def mbi(r, dashed=None):
    A = MBI_A; AN = A + "0123456789"
    s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice("0123456789") + r.choice(A) +
         r.choice(AN) + r.choice("0123456789") + r.choice(A) + r.choice(A) + D(r, 2))
    assert mbi_ok(s)
    if dashed is None: dashed = r.random() < 0.5
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s

def dea(r, last):
    while True:
        d6 = D(r, 6)
        c = (int(d6[0]) + int(d6[2]) + int(d6[4]) + 2 * (int(d6[1]) + int(d6[3]) + int(d6[5]))) % 10
        s = r.choice("ABFGM") + (last[0].upper() if last[0].isalpha() else "X") + d6 + str(c)
        if dea_ok(s): return s

def npi(r):
    while True:
        b = r.choice("12") + D(r, 8)
        c = luhn_digit("80840" + b)
        s = b + c
        if not nhs_ok(s):
            return s

def safe_digits(r, n, first=None):
    """digit string that fails every checksum a detector could apply to its length."""
    while True:
        s = (first or str(r.randint(1, 9))) + D(r, n - 1)
        if luhn_ok(s): continue
        if n == 10 and nhs_ok(s): continue
        if n == 11 and (steuer_ok(s) or cpf_ok(s)): continue
        if n == 12 and verhoeff_ok(s): continue
        return s

def epoch(r):
    while True:
        s = str(r.randint(1700000000, 1760000000))
        if not nhs_ok(s) and not luhn_ok(s):
            return s

def ndc(r):
    f = r.choice([(5, 4, 2), (4, 4, 2), (5, 3, 2)])
    while True:
        s = "-".join(D(r, k) for k in f)
        ds = s.replace("-", "")
        if not (nhs_ok(ds) or steuer_ok(ds) or cpf_ok(ds) or luhn_ok(ds)):
            return s

def gtin14(r):
    while True:
        b = r.choice("01") + "0" + D(r, 11)
        tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(b))
        s = b + str((10 - tot % 10) % 10)
        if not luhn_ok(s):
            return s

def lot(r):
    return r.choice(["", "L", "P", "B"]) + D(r, 2) + r.choice("ABCDEFGHJKMNPRTVWXYZ") + D(r, 3) + r.choice(["", "A", "B", "C"])

def us_passport(r):
    return D(r, 9) if r.random() < 0.55 else r.choice("ACEFGHJKLMN") + D(r, 8)

PASS_SHAPES = {
    "United Kingdom": lambda r: str(r.randint(1, 9)) + D(r, 8),
    "Germany": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "France": lambda r: D(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + D(r, 5),
    "Spain": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + D(r, 6),
    "Italy": lambda r: r.choice(["YA", "YB", "YC", "AA", "AB"]) + D(r, 7),
    "Poland": lambda r: r.choice(["EA", "EB", "EC", "ED", "EH"]) + D(r, 7),
    "Brazil": lambda r: r.choice(["FZ", "GA", "GB", "FX"]) + D(r, 6),
    "India": lambda r: r.choice("JKLMNPRSTUVZ") + D(r, 7),
    "South Africa": lambda r: r.choice("AMT") + D(r, 8),
    "Japan": lambda r: r.choice(["TK", "TR", "TS", "MZ", "TZ"]) + D(r, 7),
    "Canada": lambda r: r.choice(["AB", "GA", "HK", "WP", "ZR"]) + D(r, 6),
    "Mexico": lambda r: r.choice("GNP") + D(r, 8),
    "Nigeria": lambda r: "A" + D(r, 8),
    "China": lambda r: "E" + D(r, 8),
    "Ireland": lambda r: r.choice(["PA", "PB", "PC", "LF"]) + D(r, 7),
    "Portugal": lambda r: r.choice("CNPL") + D(r, 6),
    "Netherlands": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + D(r, 1),
    "Philippines": lambda r: "P" + D(r, 7) + r.choice("ABC"),
    "Turkey": lambda r: r.choice("UZ") + D(r, 8),
    "Singapore": lambda r: r.choice("EK") + D(r, 7) + r.choice("ABCDEFGHJK"),
}

def dl_us(r, st):
    f = {
        "CA": lambda: r.choice("ABCDEFGHJKLMNPRSTVWYZ") + D(r, 7),
        "FL": lambda: r.choice("BCDGHKMRSTW") + D(r, 3) + "-" + D(r, 3) + "-" + D(r, 2) + "-" + D(r, 3) + "-" + D(r, 1),
        "IL": lambda: r.choice("ABCDFGHKLMPRSTW") + D(r, 3) + "-" + D(r, 4) + "-" + D(r, 4),
        "TX": lambda: r.choice("0123") + D(r, 7),
        "NY": lambda: D(r, 3) + " " + D(r, 3) + " " + D(r, 3),
        "PA": lambda: D(r, 2) + " " + D(r, 3) + " " + D(r, 3),
        "WA": lambda: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(9)),
        "NJ": lambda: r.choice("ABCDGHKMPRSTW") + D(r, 4) + " " + D(r, 5) + " " + D(r, 5),
        "OH": lambda: r.choice(["S", "R", "T"]) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + D(r, 6),
        "MI": lambda: r.choice("BCDFHKLMPRSTW") + " " + D(r, 3) + " " + D(r, 3) + " " + D(r, 3) + " " + D(r, 3),
        "GA": lambda: "0" + D(r, 8),
        "AZ": lambda: r.choice("ABDS") + D(r, 8),
        "MA": lambda: "S" + D(r, 8),
        "CO": lambda: D(r, 2) + "-" + D(r, 3) + "-" + D(r, 4),
        "WI": lambda: r.choice("BCDGHKMRS") + D(r, 3) + "-" + D(r, 4) + "-" + D(r, 4) + "-" + D(r, 2),
        "MN": lambda: r.choice("BCDGHKLMPRSTW") + D(r, 12),
        "VA": lambda: r.choice("ABCT") + D(r, 2) + "-" + D(r, 2) + "-" + D(r, 4),
        "MD": lambda: r.choice("BCDGHKLMPRSTW") + "-" + D(r, 3) + "-" + D(r, 3) + "-" + D(r, 3) + "-" + D(r, 3),
        "NC": lambda: "0000" + D(r, 8),
        "OR": lambda: D(r, 7),
    }[st]
    return f()

STATE_NAMES = {"CA": "California", "FL": "Florida", "IL": "Illinois", "TX": "Texas", "NY": "New York",
               "PA": "Pennsylvania", "WA": "Washington", "NJ": "New Jersey", "OH": "Ohio", "MI": "Michigan",
               "GA": "Georgia", "AZ": "Arizona", "MA": "Massachusetts", "CO": "Colorado", "WI": "Wisconsin",
               "MN": "Minnesota", "VA": "Virginia", "MD": "Maryland", "NC": "North Carolina", "OR": "Oregon"}

def dl_ontario(r, last):
    return last[0].upper() + D(r, 4) + "-" + D(r, 5) + "-" + D(r, 5)

def dl_uk(r, last, first, y, m, dd, female):
    sur = (re.sub(r"[^A-Z]", "", last.upper()) + "99999")[:5]
    mm = m + (50 if female else 0)
    return sur + str(y % 100 // 10) + "%02d" % mm + "%02d" % dd + str(y % 10) + first[0].upper() + "9" + \
        str(r.randint(0, 9)) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + D(r, 2)

def mrn(r):
    f = r.choice([lambda: "MRN" + D(r, 7), lambda: D(r, 8), lambda: "%s-%s" % (D(r, 3), D(r, 5)),
                  lambda: r.choice(["K", "H", "P", "E"]) + D(r, 6), lambda: D(r, 2) + "-" + D(r, 2) + "-" + D(r, 4) + "-" + D(r, 1)])
    return f()

def member_id(r):
    f = r.choice([lambda: r.choice(["W", "X", "ZGP", "YLT", "H"]) + D(r, 9),
                  lambda: D(r, 3) + r.choice(["A", "B", "M"]) + D(r, 6) + "-0" + str(r.randint(1, 4)),
                  lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + D(r, 9),
                  lambda: "M" + D(r, 10), lambda: safe_digits(r, 12)])
    return f()

# ----------------------------------------------------------------------------------------------
# people, places, phones
# ----------------------------------------------------------------------------------------------
# (given_f, given_m, family) per origin -- written by hand for this corpus
NAMES = {
    "us": (["Shaniqua", "Brittany", "Dolores", "Kayleigh", "Marisol", "Tamika", "Bethany", "Jolene", "Ainsley"],
           ["Tyrone", "Dwayne", "Cody", "Everett", "Jebediah", "Rashad", "Wyatt", "Lamar", "Garrett"],
           ["Washington", "Kowalczyk", "Oyelaran", "Delacroix-Pruitt", "Huckabee", "Lindqvist", "McAllister",
            "Thibodeaux", "Yazzie", "Begay", "Nakamura-Ortiz", "Calloway", "Pettigrew"]),
    "uk": (["Siobhan", "Morag", "Gwenllian", "Imogen", "Philippa", "Rhiannon", "Bronwen", "Niamh", "Tamsin"],
           ["Alasdair", "Rhodri", "Callum", "Tobias", "Dafydd", "Ruaridh", "Hamish", "Cillian", "Ptolemy"],
           ["Featherstonehaugh", "ap Gruffydd", "Oyewole", "Cholmondeley", "MacLeòid", "Llewellyn", "Pendragon",
            "Higginbottom", "Chaudhry", "Ní Mhurchú", "Bhattacharjee", "Wetherspoon-Cole"]),
    "ca": (["Marie-Ève", "Geneviève", "Josée", "Océane", "Nunavik", "Maïka", "Chantale"],
           ["Jean-François", "Gaëtan", "Réjean", "Mathis", "Ghislain", "Kanatase", "Yannick"],
           ["Tremblay-Gagnon", "Bélanger", "Lévesque", "Côté", "Ouellet", "Deschênes", "Kanerahtens",
            "St-Onge", "Nadeau-Rioux", "Pelletier"]),
    "de": (["Hannelore", "Wiebke", "Gesine", "Anneliese", "Lieselotte", "Frauke", "Jördis", "Mareike"],
           ["Jörg", "Hartmut", "Eckhard", "Torben", "Ulrich", "Detlef", "Malte", "Götz"],
           ["Schäfer", "von der Heydt", "Großkopf", "Dürrenmatt", "Oberndörfer", "Wüstenhagen", "zu Solms-Rödelheim",
            "Kühnapfel", "Brömmelkamp", "Eßer", "Tietjen"]),
    "es": (["Itziar", "Begoña", "Montserrat", "Rocío", "Nerea", "Ainhoa", "Inmaculada", "Araceli"],
           ["Iñaki", "Jordi", "Xabier", "Fermín", "Eulogio", "Borja", "Ignasi", "Telmo"],
           ["Etxeberria", "Fernández de Arróyabe", "Puigdemont i Serra", "Gómez-Caminero", "Olaizola",
            "Cifuentes", "Urquijo", "Llorach", "de la Torre Villalobos", "Zubizarreta"]),
    "it": (["Mariagrazia", "Donatella", "Assunta", "Ludovica", "Benedetta", "Filomena", "Gaia"],
           ["Gianluca", "Salvatore", "Ottavio", "Ermanno", "Calogero", "Pierpaolo", "Ruggero"],
           ["Esposito", "Lo Iacono", "D'Alessandro", "Dell'Orto", "Zanetti", "Quagliarella", "Sciacca",
            "Bevilacqua", "Di Pietrantonio", "Capuozzo"]),
    "fr": (["Ségolène", "Maëlle", "Héloïse", "Clémence", "Anaïs", "Gwenaëlle", "Bénédicte"],
           ["Aurélien", "Loïc", "Thibault", "Édouard", "Gaspard", "Anatole", "Maël"],
           ["Le Goff", "Dupont-Aignan", "de Villepin", "Lefèvre", "Kerguelen", "Bouchareb", "N'Diaye",
            "Garnier-Lacoste", "Abdelkader", "Quéméner"]),
    "pl": (["Małgorzata", "Agnieszka", "Grażyna", "Jadwiga", "Zofia", "Bożena", "Wiesława"],
           ["Przemysław", "Grzegorz", "Wojciech", "Zdzisław", "Łukasz", "Bartłomiej", "Mieczysław"],
           ["Szczepańska", "Wróblewski", "Grzybowska", "Brzęczyszczykiewicz", "Kaczmarek", "Żółkiewski",
            "Chmielewska", "Pawlak", "Dąbrowski"]),
    "br": (["Conceição", "Luzia", "Thaís", "Iracema", "Juçara", "Raimunda", "Francisca"],
           ["Joaquim", "Sebastião", "Anderson", "Cauã", "Valdemar", "Uilson", "Erivaldo"],
           ["dos Santos", "Nascimento", "Araújo", "Gonçalves da Silva", "Bezerra", "Magalhães", "Cavalcanti",
            "Ribeiro de Assis", "Figueiredo"]),
    "in": (["Lakshmi", "Priyanka", "Sunita", "Kavitha", "Ananya", "Meenakshi", "Harpreet"],
           ["Venkatesh", "Rajendra", "Suresh", "Arjun", "Manpreet", "Karthikeyan", "Debashish"],
           ["Subramanian", "Chatterjee", "Reddy", "Krishnamurthy", "Deshpande", "Venkataraman", "Gill",
            "Nair", "Bandyopadhyay", "Iyer"]),
    "za": (["Nomvula", "Thandeka", "Lindiwe", "Anneke", "Refilwe", "Zanele", "Mpho"],
           ["Sipho", "Themba", "Pieter", "Mandla", "Tshepo", "Kagiso", "Johannes"],
           ["Dlamini", "Nkosi", "van der Merwe", "Mokoena", "Botha", "Ndlovu", "Khumalo", "Mahlangu", "du Plessis"]),
    "jp": (["Yuki", "Haruka", "Sakura", "Emiko", "Chiyo", "Aoi", "Noriko"],
           ["Hiroshi", "Takeshi", "Kenta", "Daisuke", "Shōhei", "Ryōta", "Masaru"],
           ["Takahashi", "Watanabe", "Yamaguchi", "Kobayashi", "Inoue", "Matsumoto", "Ōtsuka", "Saitō", "Hasegawa"]),
    "ng": (["Chiamaka", "Ngozi", "Folasade", "Oluwaseun"], ["Chukwuemeka", "Babatunde", "Obinna", "Ifeanyi"],
           ["Okonkwo", "Adeyemi", "Nwachukwu", "Olumide", "Eze"]),
    "vn": (["Thị Hương", "Ngọc Anh", "Thu Trang"], ["Văn Minh", "Đức Anh", "Quốc Bảo"],
           ["Nguyễn", "Trần", "Phạm", "Huỳnh"]),
    "sg": (["Hui Min", "Siew Ling", "Pei Shan"], ["Wei Jie", "Jun Hao", "Kok Leong"], ["Tan", "Lim", "Ng", "Goh", "Teo"]),
    "ar": (["Fatima", "Yasmin", "Rania"], ["Mohammed", "Khalid", "Tariq"], ["Al-Hashimi", "El Amrani", "Haddad", "Bin Rashid-Sayegh"]),
}
SYL = ["ka", "vo", "rin", "zel", "thu", "mar", "quo", "bel", "sik", "dra", "nox", "lei", "pav", "ry", "om", "tesh", "vu", "gar"]

def invented(r, parts=None):
    parts = parts or r.randint(2, 3)
    s = "".join(r.choice(SYL) for _ in range(parts))
    return s[0].upper() + s[1:]

ORIGINS_BY_CC = {"US": ["us", "us", "us", "ng", "vn", "ar", "in"], "UK": ["uk", "uk", "in", "ng", "pl"],
                 "CA": ["ca", "ca", "us", "vn"], "DE": ["de", "de", "pl", "ar"], "ES": ["es", "es", "br"],
                 "IT": ["it", "it", "ar"], "FR": ["fr", "fr", "ar"], "PL": ["pl"], "BR": ["br"], "IN": ["in"],
                 "ZA": ["za"], "JP": ["jp"], "SG": ["sg"]}

class Person:
    def __init__(self, r, cc="US", origin=None, female=None):
        self.cc = cc
        self.origin = origin or r.choice(ORIGINS_BY_CC.get(cc, ["us"]))
        gf, gm, fam = NAMES[self.origin]
        self.female = r.random() < 0.5 if female is None else female
        self.first = r.choice(gf if self.female else gm)
        self.last = r.choice(fam)
        if r.random() < 0.13:
            self.first = invented(r)
        if r.random() < 0.13:
            self.last = invented(r, 3)
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.3 else ""
        y = r.randint(1934, 2004)
        m = r.randint(1, 12)
        dd = r.randint(1, 28 if m == 2 else 30)
        self.dob = (y, m, dd)
    @property
    def full(self):
        if self.origin in ("jp", "sg") and self.cc in ("JP", "SG") and False:
            return self.last + " " + self.first
        return self.first + (" " + self.mid + "." if self.mid else "") + " " + self.last
    @property
    def fl(self):
        return self.first + " " + self.last
    @property
    def inv(self):
        return self.last.upper() + ", " + self.first
    def email(self, r, dom=None):
        dom = dom or r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "libero.it", "orange.fr",
                               "wp.pl", "uol.com.br", "rediffmail.com", "icloud.com", "proton.me", "gmx.de"])
        f = ascii_fold(self.first).lower().replace(" ", "").replace("'", "")
        l = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        loc = r.choice([f + "." + l, f[0] + l, l + "." + f + str(r.randint(1, 99)), f + "_" + l[:4] + str(r.randint(60, 99))])
        return loc + "@" + dom

import unicodedata
def ascii_fold(s):
    for x, y in (("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("đ", "d"), ("Đ", "D"), ("æ", "ae"), ("ø", "o"), ("œ", "oe")):
        s = s.replace(x, y)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def fmt_date(dt, style):
    y, m, d = dt
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y), "eu": "%02d/%02d/%04d" % (d, m, y),
            "de": "%02d.%02d.%04d" % (d, m, y), "dmy": "%d %s %04d" % (d, mon, y), "mdy": "%s %d, %04d" % (mon, d, y),
            "hl7": "%04d%02d%02d" % (y, m, d), "sdtm": "%04d-%02d-%02d" % (y, m, d), "DMY": "%02d-%s-%04d" % (d, mon.upper(), y),
            "jp": "%04d年%d月%d日" % (y, m, d), "dash": "%02d-%02d-%04d" % (d, m, y)}[style]

def rdate(r, y0=2023, y1=2026):
    y = r.randint(y0, y1); m = r.randint(1, 12); d = r.randint(1, 28)
    return (y, m, d)

def addr(r, cc, multiline=False):
    """returns (text, city) -- one labelled span; multiline uses '\n'."""
    nl = "\n" if multiline else ", "
    if cc == "US":
        city, st, z = r.choice([("Tucson", "AZ", "857"), ("Duluth", "MN", "558"), ("Savannah", "GA", "314"),
                                ("Spokane", "WA", "992"), ("Akron", "OH", "443"), ("El Paso", "TX", "799"),
                                ("Fresno", "CA", "937"), ("Lowell", "MA", "018"), ("Bangor", "ME", "044"),
                                ("Paterson", "NJ", "075"), ("Flagstaff", "AZ", "860"), ("Kalamazoo", "MI", "490")])
        st1 = "%d %s %s" % (r.randint(12, 9870), r.choice(["Magnolia", "N Alvernon", "Old Mill", "Kettering",
              "Saguaro Vista", "W 14th", "Pinecrest", "Cherokee Bluff", "Tamarack"]), r.choice(["St", "Ave", "Rd", "Blvd", "Ln", "Way", "Ct"]))
        unit = r.choice(["", "", " Apt 4B", " #211", " Unit 7", " Ste 300"])
        return st1 + unit + nl + "%s, %s %s%02d" % (city, st, z, r.randint(1, 99)), city
    if cc == "UK":
        city, pc = r.choice([("Sheffield", "S11 8%d%s"), ("Swansea", "SA1 %d%s"), ("Leeds", "LS6 %d%s"),
                             ("Inverness", "IV2 %d%s"), ("Norwich", "NR2 %d%s"), ("Belfast", "BT7 %d%s"), ("Luton", "LU1 %d%s")])
        pc = pc % (r.randint(1, 9), r.choice(["AB", "DW", "HQ", "LT", "NX", "RP"]))
        line = r.choice(["%d Ecclesall Road", "Flat %d, Bryn Awel", "%d Chapel Allerton Lane", "%d Kilmuir Crescent",
                         "%d Unthank Road", "%d Ormeau Park", "%d Dunstable Road"])
        line = line % r.randint(2, 240)
        return line + nl + city + nl + pc if multiline else line + ", " + city + " " + pc, city
    if cc == "CA":
        city, prov, pc = r.choice([("Trois-Rivières", "QC", "G9A"), ("Sudbury", "ON", "P3E"), ("Moncton", "NB", "E1C"),
                                   ("Kamloops", "BC", "V2C"), ("Saskatoon", "SK", "S7K"), ("Gatineau", "QC", "J8Y")])
        line = r.choice(["%d, rue des Forges", "%d Lasalle Blvd", "%d-%d boulevard Saint-Joseph", "%d Victoria St", "%d Spadina Cres E"])
        line = line % ((r.randint(10, 4000), r.randint(1, 30)) if line.count("%d") == 2 else r.randint(10, 4000))
        return line + nl + "%s %s  %s %d%s%d" % (city, prov, pc, r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(1, 9)), city
    if cc == "DE":
        city, plz = r.choice([("Bielefeld", "336"), ("Görlitz", "028"), ("Würzburg", "970"), ("Kiel", "241"),
                              ("Regensburg", "930"), ("Oberhausen", "460"), ("Lüneburg", "213")])
        line = r.choice(["Am Rosengarten %d", "Grüner Weg %da", "Hauptstraße %d", "Fürstenwall %d", "Schloßberg %d", "Lange Reihe %d"]) % r.randint(1, 140)
        return line + nl + plz + "%02d %s" % (r.randint(1, 99), city), city
    if cc == "ES":
        city, cp = r.choice([("Bilbao", "480"), ("Valladolid", "470"), ("Cádiz", "110"), ("Girona", "170"), ("Murcia", "300")])
        line = r.choice(["C/ Mayor, %d, %dº %s", "Avda. de la Constitución %d, %dº %s", "Calle Ercilla %d, %dº %s",
                         "Passeig de Gràcia %d, %dº %s"]) % (r.randint(1, 200), r.randint(1, 9), r.choice(["A", "B", "izq.", "dcha.", "1ª", "2ª"]))
        return line + nl + cp + "%02d %s" % (r.randint(1, 30), city), city
    if cc == "IT":
        city, cap, pr = r.choice([("Bari", "701", "BA"), ("Verona", "371", "VR"), ("Cagliari", "091", "CA"),
                                  ("Trieste", "341", "TS"), ("Palermo", "901", "PA"), ("Bologna", "401", "BO")])
        line = r.choice(["Via dei Mille %d", "Corso Vittorio Emanuele II %d", "Viale Regina Margherita %d/B",
                         "Piazza Garibaldi %d", "Via Sant'Agostino %d"]) % r.randint(1, 220)
        return line + nl + cap + "%02d %s (%s)" % (r.randint(21, 99), city, pr), city
    if cc == "FR":
        city, cp = r.choice([("Rennes", "350"), ("Nancy", "540"), ("Perpignan", "660"), ("Brest", "292"), ("Lille", "590"), ("Annecy", "740")])
        line = r.choice(["%d%s rue du Général-Leclerc", "%d%s avenue Jean-Jaurès", "%d%s impasse des Tilleuls",
                         "%d%s quai de la Fosse", "%d%s place du Marché"]) % (r.randint(1, 160), r.choice(["", "", " bis", " ter"]))
        return line + nl + cp + "%02d %s" % (r.randint(0, 99), city.upper()), city
    if cc == "PL":
        city, kod = r.choice([("Łódź", "90-%03d"), ("Wrocław", "50-%03d"), ("Gdańsk", "80-%03d"), ("Lublin", "20-%03d"), ("Kraków", "31-%03d")])
        line = r.choice(["ul. Piotrkowska %d m. %d", "ul. Świętokrzyska %d/%d", "al. Grunwaldzka %d lok. %d", "os. Tysiąclecia %d/%d"]) % (r.randint(1, 250), r.randint(1, 60))
        return line + nl + (kod % r.randint(1, 999)) + " " + city, city
    if cc == "BR":
        city, uf, cep = r.choice([("Recife", "PE", "50"), ("Belo Horizonte", "MG", "30"), ("Porto Alegre", "RS", "90"),
                                  ("Fortaleza", "CE", "60"), ("Campinas", "SP", "13")])
        line = r.choice(["Rua Padre Anchieta, %d, apto %d", "Av. Boa Viagem, %d, bloco B, ap. %d", "Travessa São Jorge, %d, casa %d"]) % (r.randint(10, 3000), r.randint(1, 1200))
        return line + nl + "%s - %s, %s%03d-%03d" % (city, uf, cep, r.randint(0, 999), r.randint(0, 999)), city
    if cc == "IN":
        city, pin = r.choice([("Coimbatore", "641"), ("Pune", "411"), ("Lucknow", "226"), ("Kochi", "682"), ("Bhubaneswar", "751")])
        line = r.choice(["Flat %d, Sai Krupa Apartments, %d Gandhi Nagar", "H.No. %d-%d, Near Hanuman Mandir, Ashok Vihar",
                         "Plot %d, Sector %d, Saheed Nagar", "%d/%d, 2nd Cross, Ramnagar"]) % (r.randint(1, 600), r.randint(1, 40))
        return line + nl + "%s %s%03d" % (city, pin, r.randint(1, 99)), city
    if cc == "ZA":
        city, code = r.choice([("Soweto", "1804"), ("Durban", "4001"), ("Stellenbosch", "7600"), ("Gqeberha", "6001"), ("Polokwane", "0699")])
        line = r.choice(["%d Vilakazi Street, Orlando West", "%d Florida Road, Morningside", "%d Dorp Street",
                         "Unit %d, Kingfisher Court, %d Main Rd"])
        line = line % ((r.randint(1, 40), r.randint(1, 300)) if line.count("%d") == 2 else r.randint(1, 300))
        return line + nl + city + nl + code if multiline else line + ", " + city + ", " + code, city
    if cc == "JP":
        city = r.choice(["Setagaya-ku, Tokyo", "Kita-ku, Sapporo", "Naka-ku, Hiroshima", "Sakyo-ku, Kyoto", "Hakata-ku, Fukuoka"])
        line = "%d-%d-%d %s" % (r.randint(1, 9), r.randint(1, 30), r.randint(1, 20), r.choice(["Kitazawa", "Kamoi", "Shimogamo", "Hakataekimae", "Ujina"]))
        return line + nl + city + " " + "%03d-%04d" % (r.randint(60, 899), r.randint(0, 9999)), city
    if cc == "SG":
        return "Blk %d Tampines Street %d, #%02d-%03d%sSingapore %06d" % (r.randint(100, 999), r.randint(11, 99), r.randint(2, 25), r.randint(1, 400), nl, r.randint(500000, 529999)), "Singapore"
    raise ValueError(cc)

def jp_addr_native(r):
    return "〒%03d-%04d %s%d丁目%d番%d号" % (r.randint(100, 999), r.randint(0, 9999),
        r.choice(["東京都世田谷区北沢", "大阪府大阪市北区梅田", "北海道札幌市中央区北一条西", "福岡県福岡市博多区博多駅前"]),
        r.randint(1, 5), r.randint(1, 30), r.randint(1, 20))

def phone(r, cc, style=None):
    if cc in ("US", "CA"):
        ac = r.choice(["520", "218", "912", "509", "330", "915", "559", "978", "207", "973", "269", "928", "614", "803"] if cc == "US" else ["819", "705", "506", "250", "306", "613"])
        ex = "%d%02d" % (r.randint(2, 9), r.randint(0, 99))
        if ex[1:] == "55" or ex == "555": ex = "%d4%d" % (r.randint(2, 9), r.randint(0, 9))
        ln = "%04d" % r.randint(0, 9999)
        style = style or r.choice(["paren", "dash", "dot", "intl", "e164"])
        return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "intl": "+1 %s %s %s", "e164": "+1%s%s%s"}[style] % (ac, ex, ln)
    if cc == "UK":
        return r.choice(["07700 900%03d", "+44 7700 900%03d", "020 7946 0%03d", "+44 114 496 0%03d", "0113 496 0%03d", "+44 29 2018 0%03d"]) % r.randint(0, 999)
    if cc == "DE":
        return r.choice(["+49 521 %d %d", "0521 %d%d", "+49 151 %d%d", "(0931) %d %d"]) % (r.randint(100, 999), r.randint(1000, 9999))
    if cc == "ES":
        return r.choice(["+34 6%02d %03d %03d", "6%02d %03d %03d", "+34 94%d %02d %02d %02d"[:0] + "+34 944 %02d %02d %02d"]) % tuple(r.randint(10, 99) for _ in range(3))
    if cc == "IT":
        return r.choice(["+39 3%02d %03d %04d", "3%02d %03d %04d", "+39 080 %03d %04d"[:0] + "+39 0%02d %03d %04d"]) % (r.randint(20, 99), r.randint(100, 999), r.randint(0, 9999))
    if cc == "FR":
        return r.choice(["+33 6 %02d %02d %02d %02d", "06 %02d %02d %02d %02d", "02 99 %02d %02d %02d"[:0] + "02 %02d %02d %02d %02d", "+33 (0)7 %02d %02d %02d %02d"]) % tuple(r.randint(10, 99) for _ in range(4))
    if cc == "PL":
        return r.choice(["+48 5%02d %03d %03d", "6%02d-%03d-%03d", "+48 42 %03d %02d %02d"[:0] + "+48 7%02d %03d %03d"]) % (r.randint(10, 99), r.randint(100, 999), r.randint(100, 999))
    if cc == "BR":
        return r.choice(["+55 81 9%04d-%04d", "(31) 9%04d-%04d", "+55 (51) 9%04d-%04d", "(85) 3%03d-%04d"[:0] + "+55 19 9%04d-%04d"]) % (r.randint(1000, 9999), r.randint(0, 9999))
    if cc == "IN":
        return r.choice(["+91 98%03d %05d", "+91-94%03d-%05d", "098%03d %05d", "+91 70%03d %05d"]) % (r.randint(0, 999), r.randint(0, 99999))
    if cc == "ZA":
        return r.choice(["+27 82 %03d %04d", "082 %03d %04d", "+27 (0)21 %03d %04d", "011 %03d %04d"]) % (r.randint(100, 999), r.randint(0, 9999))
    if cc == "JP":
        return r.choice(["+81 90-%04d-%04d", "090-%04d-%04d", "03-%04d-%04d", "+81 3 %04d %04d", "080 %04d %04d"]) % (r.randint(1000, 9999), r.randint(0, 9999))
    if cc == "SG":
        return r.choice(["+65 9%03d %04d", "8%03d %04d", "+65 6%03d %04d"]) % (r.randint(100, 999), r.randint(0, 9999))
    raise ValueError(cc)

def ipv4(r, kind=None):
    kind = kind or r.choice(["doc1", "doc2", "doc3", "p10", "p172", "p192"])
    return {"doc1": "192.0.2.%d", "doc2": "198.51.100.%d", "doc3": "203.0.113.%d", "p10": "10.%d.%d.%d",
            "p172": "172.%d.%d.%d", "p192": "192.168.%d.%d"}[kind] % (
        (r.randint(1, 254),) if kind.startswith("doc") else
        (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)) if kind == "p10" else
        (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)) if kind == "p172" else
        (r.randint(0, 255), r.randint(1, 254)))

def ipv6(r):
    return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))

def version_ip(r):
    """four-part version that looks like an IPv4 address (a hard negative)"""
    return "%d.%d.%d.%d" % (r.randint(1, 24), r.randint(0, 40), r.randint(0, 99), r.randint(256, 9999))

# ----------------------------------------------------------------------------------------------
# clinical vocabulary
# ----------------------------------------------------------------------------------------------
DX = ["type 2 diabetes mellitus", "essential hypertension", "atrial fibrillation", "chronic kidney disease stage 3b",
      "major depressive disorder", "generalised anxiety disorder", "rheumatoid arthritis", "plaque psoriasis",
      "Crohn's disease", "ulcerative colitis", "COPD", "moderate persistent asthma", "heart failure with reduced ejection fraction",
      "hypothyroidism", "epilepsy", "bipolar I disorder", "HIV infection", "chronic hepatitis C", "multiple sclerosis",
      "opioid use disorder", "osteoporosis", "gout", "schizophrenia", "Parkinson's disease", "deep vein thrombosis",
      "hyperlipidaemia", "migraine without aura", "attention-deficit hyperactivity disorder", "chronic migraine",
      "non-small cell lung cancer", "HER2-positive breast cancer", "psoriatic arthritis", "alcohol use disorder"]
MEDS = ["metformin", "lisinopril", "apixaban", "Eliquis", "sertraline", "escitalopram", "methotrexate", "adalimumab",
        "Humira", "levothyroxine", "atorvastatin", "rosuvastatin", "warfarin", "tiotropium", "Spiriva", "budesonide/formoterol",
        "insulin glargine", "Ozempic", "semaglutide", "empagliflozin", "Jardiance", "lamotrigine", "levetiracetam",
        "quetiapine", "lithium carbonate", "buprenorphine/naloxone", "Suboxone", "oxycodone", "hydrocodone/acetaminophen",
        "alendronate", "allopurinol", "carbidopa/levodopa", "ustekinumab", "bictegravir/emtricitabine/tenofovir alafenamide",
        "Biktarvy", "sofosbuvir/velpatasvir", "methylphenidate", "Concerta", "amlodipine", "furosemide", "sacubitril/valsartan",
        "Entresso", "pregabalin", "dupilumab", "tofacitinib", "clozapine", "naltrexone", "rivaroxaban", "Xarelto", "dulaglutide"]
MEDS = [m for m in MEDS if m != "Entresso"] + ["Entresto"]
DX_DE = ["Vorhofflimmern", "Diabetes mellitus Typ 2", "Herzinsuffizienz", "rheumatoide Arthritis", "arterielle Hypertonie", "Morbus Crohn"]
DX_ES = ["diabetes mellitus tipo 2", "hipertensión arterial", "fibrilación auricular", "insuficiencia renal crónica", "artritis reumatoide"]
DX_IT = ["fibrillazione atriale", "diabete mellito di tipo 2", "scompenso cardiaco", "broncopneumopatia cronica ostruttiva"]
DX_FR = ["insuffisance cardiaque", "diabète de type 2", "polyarthrite rhumatoïde", "fibrillation atriale", "BPCO"]
DX_PT = ["hipertensão arterial sistêmica", "diabetes mellitus tipo 2", "insuficiência cardíaca", "lúpus eritematoso sistêmico"]
DX_PL = ["cukrzyca typu 2", "nadciśnienie tętnicze", "migotanie przedsionków", "niewydolność serca"]
AE_DX = ["pneumonia", "acute kidney injury", "pulmonary embolism", "upper gastrointestinal haemorrhage", "acute pancreatitis",
         "Stevens-Johnson syndrome", "drug-induced liver injury", "anaphylaxis", "myocardial infarction", "ischaemic stroke",
         "febrile neutropenia", "hyponatraemia", "interstitial lung disease", "QT prolongation", "diabetic ketoacidosis"]
MEDDRA = [("10019211", "Headache"), ("10028813", "Nausea"), ("10035664", "Pneumonia"), ("10003658", "Atrial fibrillation"),
          ("10020772", "Hypertension"), ("10037844", "Rash"), ("10013573", "Dizziness"), ("10016256", "Fatigue"),
          ("10012735", "Diarrhoea"), ("10047700", "Vomiting"), ("10037660", "Pyrexia"), ("10002198", "Anaphylactic reaction")]
ATC = [("C09AA05", "ramipril"), ("A10BA02", "metformin"), ("N02BE01", "paracetamol"), ("C10AA05", "atorvastatin"),
       ("B01AF01", "rivaroxaban"), ("N06AB06", "sertraline"), ("H03AA01", "levothyroxine sodium"), ("J01CA04", "amoxicillin"),
       ("L04AB04", "adalimumab"), ("B01AF02", "apixaban"), ("N03AX09", "lamotrigine"), ("A10BJ06", "semaglutide")]
STUDY_DRUGS = ["ABX-1024", "KT-7781", "RVN-310", "Zelfaprant (MRX-0452)", "LQ-88 oral suspension", "BNT-cx19"]
STRENGTHS = ["10 mg", "500 mg", "2.5 mg", "40 mg/0.4 mL", "100 units/mL", "0.25 mg/0.5 mL", "20 mg/12 mg", "75 mcg"]

# ----------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------
TEMPLATES = []
CUR = {"n": 0}
def T(name, count, fmt):
    def deco(fn):
        TEMPLATES.append((name, count, fmt, fn))
        return fn
    return deco

def PN(s): return L("PERSON", s)
def DOB(s): return L("DATE_OF_BIRTH", s)
def AD(s): return L("ADDRESS", s)
def PH(s): return L("PHONE", s)
def EM(s): return L("EMAIL", s)
def DXL(s): return L("DIAGNOSIS", s)
def RX(s): return L("MEDICATION", s)
def IP(s): return L("IP_ADDRESS", s)

def pharmacy_name(r):
    return r.choice(["Walgreens #%d" % r.randint(1000, 19999), "Boots UK Ltd", "Rite Aid", "Lloyds Pharmacy",
                     "Apotheke am Goetheplatz", "Farmacia San Giuseppe", "Farmacia del Dr. Ruiz", "Pharmacie Pasteur",
                     "Drogaria São Paulo", "Apollo Pharmacy", "Dis-Chem", "Clicks", "Matsumoto Kiyoshi", "Shoppers Drug Mart",
                     "Jean Coutu", "Apteka Dr.Max", "Duane Reade", "Kroger Pharmacy", "Dr. Reddy's Laboratories"])

def company_person(r):
    return r.choice(["Eli Lilly and Company", "Johnson & Johnson", "Boehringer Ingelheim", "Walgreens Boots Alliance",
                     "Hoffmann-La Roche", "Merck Sharp & Dohme", "Dr. Reddy's", "Abbott", "Bristol Myers Squibb",
                     "Charles River Laboratories", "Baxter", "Zimmer Biomet", "Sanofi Pasteur", "Fisher Scientific",
                     "Thermo Fisher", "Jean Coutu Group", "McKesson", "Cardinal Health", "Lundbeck", "Novo Nordisk"])

def subj(r, site=None):
    site = site or "%04d" % r.randint(100, 9999)
    return "SUBJ-%s-%03d" % (site, r.randint(1, 250))

def protocol(r):
    return r.choice(["ABX-1024-301", "KT7781-CL-204", "RVN310-EU-02", "MRX-0452-P3-INT", "LQ88-PED-101", "CRO-2291-OBS"])

# ============================== FORMS / KYC ==============================
@T("f_rx_registration", 2, "form")
def f_rx_registration(r):
    d = Doc(); p = Person(r, "US"); st = r.choice(list(STATE_NAMES))
    a, _ = addr(r, "US")
    d("NEW PATIENT PROFILE — ", pharmacy_name(r) if r.random() < 0.5 else "MAIL-ORDER PHARMACY", "\n",
      "(please print clearly; fields marked * are required)\n\n")
    d("*Patient name (Last, First, MI) ......... ", PN(p.last.upper() + ", " + p.first + (" " + p.mid if p.mid else "")), "\n")
    d("*Date of birth (MM/DD/YYYY) ............. ", DOB(fmt_date(p.dob, "us")), "    Sex: ", "F" if p.female else "M", "\n")
    d("*Home address ........................... ", AD(a), "\n")
    d(" Cell ................................... ", PH(phone(r, "US")), "   OK to text refill reminders? [X] yes [ ] no\n")
    d(" E-mail ................................. ", EM(p.email(r)), "\n")
    d(" Photo ID: Driver's license   State: ", st, "   No.: ", L("DRIVER_LICENSE", dl_us(r, st)), "\n\n")
    d("PRESCRIPTION INSURANCE\n")
    d(" Plan name: ", r.choice(["Caremark PPO", "Express Scripts Commercial", "OptumRx Choice", "BCBS Federal Employee Program"]),
      "\n Member ID: ", L("HEALTH_PLAN_ID", member_id(r)), "   Person code: 0", str(r.randint(1, 3)),
      "\n RxBIN: ", r.choice(["004336", "610014", "610097", "003858", "015581"]), "   RxPCN: ", r.choice(["ADV", "MEDDADV", "9999", "A4", "CTRXMEDD"]),
      "   RxGroup: ", r.choice(["RX8837", "GRP04411", "WAGSAVE1", "CVSHLTH"]), "\n")
    d(" Cardholder (if not patient): ")
    if r.random() < 0.5:
        h = Person(r, "US"); d(PN(h.fl), "   relationship: ", r.choice(["spouse", "parent"]), "\n")
    else:
        d("self\n")
    d("\nHEALTH INFORMATION\n Allergies: ", r.choice(["NKDA", "sulfa drugs (hives)", "penicillin — rash 2009"]), "\n")
    dx = r.sample(DX, 2)
    d(" Conditions we should know about: ", DXL(dx[0]), "; ", DXL(dx[1]), "\n")
    d(" Current medications: ", RX(r.choice(MEDS)), " ", r.choice(STRENGTHS), " daily, ", RX(r.choice(MEDS)), "\n")
    d(" SSN (last 4 only): ***-**-", D(r, 4), "\n\nSignature ______________________  Date ", fmt_date(rdate(r), "us"), "\n")
    return d

@T("f_prior_auth", 2, "form")
def f_prior_auth(r):
    d = Doc(); p = Person(r, "US"); doc_ = Person(r, "US"); med = r.choice(["Humira", "Ozempic", "dupilumab", "tofacitinib", "Biktarvy", "ustekinumab", "Concerta"])
    tried = r.sample([m for m in MEDS if m != med], 2)
    d("PRIOR AUTHORIZATION REQUEST FORM                 Fax completed form to ", PH("1-8%s-%d%s-%s" % (r.choice(["00", "33", "44", "55", "66", "77", "88"]), r.randint(2, 9), D(r, 2), D(r, 4))), "\n")
    d("==========================================================================\n")
    d("SECTION A - MEMBER\n  Member name: ", PN(p.full), "\n  Member ID #: ", L("HEALTH_PLAN_ID", member_id(r)),
      "     Group #: ", r.choice(["0094471", "HMO-22", "77310", "PPO-KY-08"]), "\n  DOB: ", DOB(fmt_date(p.dob, "us")),
      "     Phone: ", PH(phone(r, "US", "paren")), "\n")
    d("SECTION B - PRESCRIBER\n  Name: Dr. ", PN(doc_.fl), ", ", r.choice(["MD", "DO", "NP", "PA-C"]), "\n  NPI: ", npi(r),
      "    DEA: ", dea(r, doc_.last), "\n  Office phone: ", PH(phone(r, "US")), "   Office fax: ", PH(phone(r, "US", "dash")), "\n")
    d("SECTION C - MEDICATION REQUESTED\n  Drug/strength: ", RX(med), " ", r.choice(STRENGTHS), "   Qty: ", str(r.choice([1, 2, 4, 30, 90])),
      "   Days supply: ", str(r.choice([28, 30, 84, 90])), "\n  NDC (if known): ", ndc(r), "\n")
    dx = r.choice(DX)
    d("SECTION D - CLINICAL\n  Diagnosis: ", DXL(dx), "   ICD-10: ", r.choice(["M05.79", "L40.0", "E11.65", "B20", "K50.90", "F90.2", "J45.40"]), "\n")
    d("  Previous therapies tried and failed (drug, dates, reason):\n   1) ", RX(tried[0]), " ", fmt_date(rdate(r, 2022, 2023), "us"), " - ",
      r.choice(["inadequate response", "GI intolerance", "elevated LFTs"]), "\n   2) ", RX(tried[1]), " - ", r.choice(["contraindicated", "rash", "no improvement after 12 wks"]), "\n")
    d("  Is the patient currently enrolled in a clinical trial for this condition?  [ ] Y  [X] N\n")
    d("\nPrescriber signature: __________________   Date: ", fmt_date(rdate(r), "us"), "\n")
    return d

@T("f_travel_reimb_uk", 2, "form")
def f_travel_reimb_uk(r):
    d = Doc(); p = Person(r, "UK"); a, _ = addr(r, "UK", multiline=True); sc, acct = sortcode_acct(r)
    site = "%03d" % r.randint(1, 120)
    d("PARTICIPANT EXPENSES CLAIM — Study ", protocol(r), " / Site ", site, "\n")
    d("Participant ID: ", subj(r, site), "   Visit: ", r.choice(["Week 4", "Week 12", "Screening", "EOT"]), "\n\n")
    d("Payee full name:\n  ", PN(p.fl), "\n")
    d("Postal address:\n  ", AD(a.replace("\n", "\n  ")), "\n")
    d("Contact number: ", PH(phone(r, "UK")), "\n")
    if r.random() < 0.5:
        d("Bank details (for BACS):  ", L("UK_BANK_ACCOUNT", sc + " " + acct), "\n")
    else:
        d("Sort code: ", sc, "\nAccount number: ", L("UK_BANK_ACCOUNT", acct), "\nAccount name: ", PN(p.fl), "\n")
    d("National Insurance no. (payments over £", str(r.choice([250, 500])), " in a tax year): ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, r.random() < 0.5)), "\n\n")
    d("Mileage: ", str(r.randint(12, 180)), " miles @ 45p      Parking: £", "%d.%02d" % (r.randint(2, 14), r.randint(0, 99)),
      "     Rail: £", "%d.%02d" % (r.randint(10, 90), r.randint(0, 99)), "\nReceipts attached: ", str(r.randint(1, 5)), "\n")
    d("Authorised by (research nurse): ", PN(Person(r, "UK").fl), "\n")
    return d

@T("f_travel_reimb_eu", 5, "form")
def f_travel_reimb_eu(r):
    d = Doc()
    cc = ["DE", "ES", "IT", "FR", "PL"][CUR["n"] % 5]
    p = Person(r, cc); a, city = addr(r, cc)
    lab = {"DE": ("Reisekostenerstattung für Studienteilnehmende", "Name, Vorname", "Anschrift", "Telefon", "IBAN", "Kontoinhaber/in", "Steuerliche Identifikationsnummer"),
           "ES": ("Reembolso de gastos de desplazamiento del participante", "Apellidos, Nombre", "Domicilio", "Teléfono", "IBAN", "Titular de la cuenta", "DNI/NIE"),
           "IT": ("Rimborso spese di viaggio del partecipante", "Cognome, Nome", "Indirizzo di residenza", "Cellulare", "Codice IBAN", "Intestatario del conto", "Codice fiscale"),
           "FR": ("Remboursement des frais de déplacement du participant", "Nom, Prénom", "Adresse", "Téléphone", "IBAN", "Titulaire du compte", "N° de sécurité sociale"),
           "PL": ("Zwrot kosztów podróży uczestnika badania", "Nazwisko, Imię", "Adres zamieszkania", "Telefon", "Numer rachunku (IBAN)", "Właściciel rachunku", "Numer paszportu")}[cc]
    d(lab[0], " / Participant travel reimbursement\n", "Prüfplan/Protocol: ", protocol(r), "   Zentrum/Site: ", "%03d" % r.randint(1, 60), "\n")
    d("Teilnehmer-Nr./Subject: ", subj(r), "\n\n")
    d(lab[1], ": ", PN(p.last + ", " + p.first), "\n")
    d(lab[2], ": ", AD(a), "\n")
    d(lab[3], ": ", PH(phone(r, cc)), "\n")
    d(lab[4], ": ", L("IBAN", iban(r, cc, r.random() < 0.7)), "    BIC: ", {"DE": "COBADEFFXXX", "ES": "BBVAESMMXXX", "IT": "UNCRITMMXXX", "FR": "BNPAFRPPXXX", "PL": "PKOPPLPWXXX"}[cc], "\n")
    d(lab[5], ": ", PN(p.fl), "\n")
    if cc == "DE":
        d(lab[6], ": ", L("DE_TAX_ID", steuer(r, r.random() < 0.4)), "\n")
    elif cc == "ES":
        d(lab[6], ": ", L("ES_DNI", dni(r, r.random() < 0.3)), "\n")
    elif cc == "IT":
        y, m, dd = p.dob
        d(lab[6], ": ", L("IT_FISCAL_CODE", cod_fisc(p.first, p.last, y, m, dd, p.female, r.choice(list(BELFIORE)))), "\n")
    elif cc == "FR":
        d(lab[6], ": ", L("FR_NIR", nir(r, "2" if p.female else "1", p.dob[0] % 100, p.dob[1])), "\n")
    else:
        d(lab[6], ": ", L("PASSPORT", PASS_SHAPES["Poland"](r)), "\n")
    d("\nKm: ", str(r.randint(8, 300)), "   Bahn/Tren/Treno: ", "%d,%02d" % (r.randint(5, 120), r.randint(0, 99)), " EUR   Parken: ", "%d,%02d EUR" % (r.randint(1, 20), r.randint(0, 99)), "\n")
    d("Datum/Fecha/Data: ", fmt_date(rdate(r), "de"), "      Unterschrift: ____________\n")
    return d

@T("f_consent_record", 1, "form")
def f_consent_record(r):
    d = Doc(); cc = r.choice(["US", "UK", "CA", "ZA"]); p = Person(r, cc); w = Person(r, cc); inv = Person(r, cc)
    site = "%04d" % r.randint(100, 9999)
    d("INFORMED CONSENT DOCUMENTATION LOG\nProtocol: ", protocol(r), "   Site No.: ", site, "   ICF version: v", "%d.%d" % (r.randint(2, 6), r.randint(0, 3)),
      " dated ", fmt_date(rdate(r, 2023, 2024), "DMY"), "\n\n")
    d("Screening no.: ", "SCR-", site, "-", D(r, 3), "      Subject no. (after randomisation): ", subj(r, site), "\n")
    d("Participant printed name: ", PN(p.fl), "\n")
    d("Participant date of birth: ", DOB(fmt_date(p.dob, "DMY")), "\n")
    if r.random() < 0.5:
        lar = Person(r, cc)
        d("Legally authorised representative: ", PN(lar.fl), " (", r.choice(["daughter", "son", "spouse", "court-appointed guardian"]), ")\n")
    d("Impartial witness (if participant cannot read): ", PN(w.fl) if r.random() < 0.6 else "N/A", "\n")
    d("Consent obtained by: ", PN(inv.fl), ", Sub-Investigator\n")
    d("Date/time consent signed: ", fmt_date(rdate(r), "DMY"), " ", "%02d:%02d" % (r.randint(8, 17), r.randint(0, 59)), "\n")
    d("Optional PK sub-study:  [X] consented  [ ] declined\nOptional future biomedical research sample: [ ] consented  [X] declined\n")
    d("Copy of signed ICF given to participant: Yes\nQuestions answered before any study procedure: Yes\n")
    return d

@T("f_passport_kyc", 4, "form")
def f_passport_kyc(r):
    d = Doc()
    country, cc, lab_no, lab_name, lab_dob = (lambda xs: xs[(CUR["n"] * 5 + 9) % 12])([
        ("Japan", "JP", "旅券番号 / Passport No.", "氏名 / Name", "生年月日 / Date of birth"),
        ("South Africa", "ZA", "Passport number", "Full names", "Date of birth"),
        ("Germany", "DE", "Reisepassnummer", "Name", "Geburtsdatum"),
        ("France", "FR", "N° de passeport", "Nom et prénom", "Date de naissance"),
        ("Brazil", "BR", "Número do passaporte", "Nome completo", "Data de nascimento"),
        ("Italy", "IT", "Numero passaporto", "Nome e cognome", "Data di nascita"),
        ("Spain", "ES", "Número de pasaporte", "Nombre y apellidos", "Fecha de nacimiento"),
        ("India", "IN", "Passport No.", "Name of applicant", "Date of Birth"),
        ("Poland", "PL", "Numer paszportu", "Imię i nazwisko", "Data urodzenia"),
        ("United States", "US", "Passport book number", "Name", "DOB"),
        ("United Kingdom", "UK", "Passport number", "Surname, forenames", "Date of birth"),
        ("Canada", "CA", "Passport no. / N° de passeport", "Name / Nom", "Date of birth / Date de naissance")])
    p = Person(r, cc)
    d("INTERNATIONAL MAIL-ORDER ACCOUNT — IDENTITY VERIFICATION (import of personal-use medicines)\n")
    d("Case: KYC-", D(r, 6), "   Channel: courier to ", country, "\n\n")
    d(lab_name, ": ", PN(p.inv if r.random() < 0.5 else p.fl), "\n")
    d(lab_dob, ": ", DOB(fmt_date(p.dob, "jp" if cc == "JP" and r.random() < 0.5 else "dmy")), "\n")
    d("Nationality: ", country, "\n")
    num = us_passport(r) if cc == "US" else PASS_SHAPES[country](r)
    d(lab_no, ": ", L("US_PASSPORT" if cc == "US" else "PASSPORT", num), "\n")
    d("Date of expiry: ", fmt_date(rdate(r, 2027, 2034), "dmy"), "\n")
    a, _ = addr(r, cc if cc != "US" else "US")
    d("Delivery address: ", AD(a), "\n")
    d("Mobile: ", PH(phone(r, cc)), "\n")
    d("Prescription on file for: ", RX(r.choice(MEDS)), " (", r.choice(STRENGTHS), ")\n")
    d("Verification result: ", r.choice(["MATCH — document authentic", "MANUAL REVIEW — glare on MRZ", "MATCH"]), "\nReviewer: ",
      PN(Person(r, "UK").first), "\n")
    return d

@T("f_blank", 2, "form")
def f_blank(r):
    d = Doc()
    if r.random() < 0.5:
        d("PRIOR AUTHORIZATION REQUEST — BLANK TEMPLATE (rev. ", version_ip(r)[:4].rstrip("."), ")\n\n")
        for lab in ["Member Name", "Member ID", "Date Of Birth", "Group Number", "Prescriber Name", "NPI", "DEA Number",
                    "Diagnosis", "ICD-10 Code", "Medication Requested", "Strength", "Previous Medications Tried", "Phone Number", "Fax Number"]:
            d(lab, ": ", "_" * r.randint(18, 34), "\n")
        d("\nInstructions: complete every field. Incomplete requests are returned. Allow 72 hours for a decision.\n")
    else:
        d("CASE REPORT FORM — Page ", str(r.randint(3, 40)), " — Medical History (MH)\nProtocol ", protocol(r), "   Subject Number |__|__|__|__|-|__|__|__|\n\n")
        d("Condition / Diagnosis | Start Date (DD-MMM-YYYY) | Ongoing (Y/N) | MedDRA PT Code\n")
        for _ in range(5):
            d("______________________ | ___-___-______ | ___ | ________\n")
        d("\nPassport Number, Social Security Number and Full Name must NOT be recorded on this CRF.\nInvestigator Signature ______________  Date Of Signature ___________\n")
    return d

@T("f_ca_stipend", 3, "form")
def f_ca_stipend(r):
    d = Doc(); p = Person(r, "CA"); a, _ = addr(r, "CA", r.random() < 0.5)
    d("CLINICAL TRIAL PARTICIPANT COMPENSATION — T4A SLIP INFORMATION / RÉMUNÉRATION DES PARTICIPANTS\n")
    d("Study / Étude: ", protocol(r), "\n\n")
    d("Surname / Nom de famille: ", PN(p.last), "\nFirst name / Prénom: ", PN(p.first), "\n")
    d("Social insurance number / Numéro d'assurance sociale: ", L("CA_SIN", sin(r, r.choice([" ", "-"]))), "\n")
    d("Address / Adresse: ", AD(a), "\n")
    d("Telephone / Téléphone: ", PH(phone(r, "CA")), "\n")
    if r.random() < 0.6:
        d("ID verified with Ontario driver's licence no. ", L("DRIVER_LICENSE", dl_ontario(r, p.last)), "\n")
    d("Total stipend paid in ", str(r.randint(2023, 2025)), ": $", "%d.00" % r.choice([150, 400, 875, 1200]), "  (box 048)\n")
    d("Previous SIN on file was rejected by CRA: ", bad_sin(r), " (digit transposed)\n")
    return d

@T("f_br_cadastro", 2, "form")
def f_br_cadastro(r):
    d = Doc(); p = Person(r, "BR"); a, _ = addr(r, "BR")
    d("FARMÁCIA — CADASTRO DE CLIENTE / PROGRAMA DE FIDELIDADE E ENTREGA EM DOMICÍLIO\n\n")
    d("Nome completo: ", PN(p.fl), "\n")
    d("CPF: ", L("BR_CPF", cpf(r, r.random() < 0.8)), "\n")
    d("Data de nascimento: ", DOB(fmt_date(p.dob, "eu")), "\n")
    d("Endereço para entrega: ", AD(a), "\n")
    d("Celular (WhatsApp): ", PH(phone(r, "BR")), "\n")
    d("E-mail: ", EM(p.email(r, r.choice(["uol.com.br", "bol.com.br", "gmail.com"]))), "\n")
    d("Uso contínuo: ", RX(r.choice(["losartana", "metformina", "sinvastatina", "levotiroxina", "insulina NPH"])), " — ",
      "tratamento de ", DXL(r.choice(DX_PT)), "\n")
    d("Convênio: ", r.choice(["Unimed", "Bradesco Saúde", "SulAmérica"]), "   Carteirinha nº: ", L("HEALTH_PLAN_ID", (lambda x: " ".join([x[0:4], x[4:8], x[8:12], x[12:16], x[16:]]))(safe_digits(r, 17))), "\n")
    d("Cadastro antigo (duplicado, CPF inválido): ", bad_cpf(r), "\n")
    return d

@T("f_in_site_enrol", 2, "form")
def f_in_site_enrol(r):
    d = Doc(); p = Person(r, "IN"); a, city = addr(r, "IN")
    d("SCREENING & ENROLMENT FORM — Site ", "IN-%03d" % r.randint(1, 40), " (", city, ")\nProtocol ", protocol(r), "   CTRI/", "%d/%02d/0%05d" % (r.randint(2023, 2025), r.randint(1, 12), r.randint(10000, 99999)), "\n\n")
    d("Participant name: ", PN(p.fl), "\nFather's / Husband's name: ", PN(Person(r, "IN", female=False).fl), "\n")
    d("Age: ", str(2025 - p.dob[0]), " yrs   DOB: ", DOB(fmt_date(p.dob, "eu")), "\n")
    d("Aadhaar (for stipend DBT): ", L("IN_AADHAAR", aadhaar(r, r.random() < 0.7)), "\n")
    d("Residential address: ", AD(a), "\n")
    d("Mobile: ", PH(phone(r, "IN")), "\n")
    d("Indication being screened for: ", DXL(r.choice(DX)), "\n")
    d("Audio-visual consent recording ID: AV-", D(r, 5), "  (CDSCO requirement)\n")
    d("Screening outcome: ", r.choice(["eligible", "screen failure — HbA1c out of range", "eligible, randomised"]), "\n")
    return d

@T("f_medicare_partd", 2, "form")
def f_medicare_partd(r):
    d = Doc(); p = Person(r, "US"); a, _ = addr(r, "US", True)
    p.dob = (r.randint(1936, 1959), p.dob[1], p.dob[2])
    d("MEDICARE PRESCRIPTION DRUG PLAN — ENROLLMENT REQUEST (received by mail-order pharmacy)\n\n")
    d("LAST NAME: ", PN(p.last.upper()), "    FIRST NAME: ", PN(p.first.upper()), "\n")
    d("Birth date: ", DOB(fmt_date(p.dob, "us")), "\n")
    d("Permanent residence street address (P.O. Box is not allowed):\n", AD(a), "\n")
    d("Phone number: ", PH(phone(r, "US")), "\n")
    d("Medicare Number: ", L("US_MBI", mbi(r)), "\n")
    d("Part A effective: ", fmt_date(rdate(r, 2001, 2024), "us"), "   Part B effective: ", fmt_date(rdate(r, 2001, 2024), "us"), "\n")
    d("Do you have other prescription drug coverage (e.g. VA, TRICARE)?  ", r.choice(["No", "Yes — TRICARE For Life"]), "\n")
    d("Emergency contact: ", PN(Person(r, "US").fl), "  ", PH(phone(r, "US")), "\n")
    d("Example on the card image (do not enter): 1EG4-TE5-MK73\n")
    return d

# ============================== CLINICAL ==============================
@T("cn_counselling", 3, "clinical_note")
def cn_counselling(r):
    d = Doc(); cc = r.choice(["US", "UK", "CA"]); p = Person(r, cc); ph = Person(r, cc)
    dx = r.sample(DX, 2); neg = r.choice([x for x in DX if x not in dx]); m = r.sample(MEDS, 3)
    d("PHARMACIST CONSULTATION RECORD\n")
    d("Patient: ", PN(p.fl), "   DOB ", DOB(fmt_date(p.dob, "us" if cc == "US" else "eu")), "   ")
    if cc == "UK":
        d("NHS No. ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    else:
        d("Pharmacy profile #", D(r, 7), "\n")
    d("Reason: ", r.choice(["New Medicine Service — intervention call", "Counselling on new start", "Adherence review (PDC 0.62)"]), "\n\n")
    d("S: Pt reports started ", RX(m[0]), " ", fmt_date(rdate(r), "dmy"), " for ", DXL(dx[0]), ". ",
      r.choice(["Some nausea first week, now settled.", "Says she 'keeps forgetting the evening dose'.", "No side effects noted."]),
      " Also on ", RX(m[1]), " for ", DXL(dx[1]), ". Denies any history of ", neg, ".\n")
    d("O: BP ", "%d/%d" % (r.randint(110, 160), r.randint(65, 99)), " in store. Refill history shows ", str(r.randint(2, 6)), " gaps > 7 days.\n")
    d("A: Adherence barrier = complexity. ", r.choice(["Said the week was 'a total nightmare' — not clinical.", "Feels 'under the weather' with work stress, no new symptoms.", "Family history of " + r.choice(DX) + " (mother) — not the patient's own diagnosis."]), "\n")
    d("P: Switch to blister pack; ", RX(m[2]), " moved to morning. Follow up ", r.choice(["2/52", "in 14 days", "at next refill"]), ".\n")
    d("Counselled by: ", PN(ph.fl), ", ", r.choice(["PharmD", "MRPharmS", "RPh"]), "\n")
    return d

@T("cn_mtm", 2, "clinical_note")
def cn_mtm(r):
    d = Doc(); p = Person(r, "US"); ph = Person(r, "US")
    d("COMPREHENSIVE MEDICATION REVIEW (CMR) — Part D MTM program\n")
    d("Beneficiary: ", PN(p.inv), "     MBI: ", L("US_MBI", mbi(r)), "     Plan member ID: ", L("HEALTH_PLAN_ID", member_id(r)), "\n")
    d("Date of birth: ", DOB(fmt_date(p.dob, "mdy")), "   Preferred phone: ", PH(phone(r, "US")), "\n")
    d("Caregiver on call: ", PN(Person(r, "US").first), " (", r.choice(["daughter", "husband", "neighbour"]), ")\n\n")
    d("Active problem list:\n")
    for x in r.sample(DX, 3):
        d("  - ", DXL(x), "\n")
    d("Ruled out at last admission: ", r.choice(AE_DX), " (negative CTPA)\n\n")
    d("Medication action plan:\n")
    for mm in r.sample(MEDS, 4):
        d("  * ", RX(mm), " ", r.choice(STRENGTHS), " ", r.choice(["PO daily", "BID", "q week SC", "PRN"]), " — ", r.choice(["continue", "ask prescriber re: duplicate therapy", "take with food", "check renal dose"]), "\n")
    d("\nPharmacist: ", PN(ph.fl), ", PharmD   NPI ", npi(r), "\n")
    return d

@T("ds_med_rec", 3, "discharge_summary")
def ds_med_rec(r):
    d = Doc(); cc = r.choice(["UK", "US", "ZA"]); p = Person(r, cc); c = Person(r, cc)
    hosp = r.choice(["St Thomas' Hospital", "Chris Hani Baragwanath Academic Hospital", "Johns Hopkins Bayview", "Royal Victoria Infirmary", "Groote Schuur Hospital", "Mount Sinai Morningside"])
    d("DISCHARGE SUMMARY — TRANSFER OF CARE TO COMMUNITY PHARMACY\n", hosp, "\n\n")
    d("Name: ", PN(p.fl), "\nDOB: ", DOB(fmt_date(p.dob, "dmy")), "\n")
    if cc == "UK":
        d("NHS number: ", L("UK_NHS_NUMBER", nhs(r, r.random() < 0.7)), "   Hospital no.: ", L("MEDICAL_RECORD_NUMBER", r.choice("RKHX") + D(r, 7)), "\n")
    else:
        d("MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    a, _ = addr(r, cc, True)
    d("Address:\n", AD(a), "\n")
    adm = rdate(r, 2024, 2025)
    d("Admitted: ", fmt_date(adm, "dmy"), "   Discharged: ", fmt_date((adm[0], adm[1], min(28, adm[2] + r.randint(1, 9))), "dmy"), "\n\n")
    d("Primary diagnosis: ", DXL(r.choice(AE_DX)), "\nSecondary: ", DXL(r.choice(DX)), "\n")
    d("Excluded during admission: ", r.choice(AE_DX), ", ", r.choice(DX), ".\n\n")
    d("MEDICATION CHANGES\n  STARTED: ", RX(r.choice(MEDS)), " ", r.choice(STRENGTHS), " — new\n  STOPPED: ", RX(r.choice(MEDS)), " — ",
      r.choice(["AKI", "bleeding risk", "hyperkalaemia", "duplicate"]), "\n  DOSE CHANGED: ", RX(r.choice(MEDS)), " from ", r.choice(STRENGTHS), " to ", r.choice(STRENGTHS), "\n  UNCHANGED: ", RX(r.choice(MEDS)), "\n\n")
    d("Please complete Discharge Medicines Service review within 7 days. Blister pack required.\n")
    d("Discharging clinician: Dr ", PN(c.fl), "   Bleep ", D(r, 4), "   Ward pharmacist tel ", PH(phone(r, cc)), "\n")
    d("Page 1 of 1 — printed ", fmt_date(rdate(r), "iso"), "T", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "\n")
    return d

@T("lab_inr", 2, "lab_report")
def lab_inr(r):
    d = Doc(); p = Person(r, r.choice(["US", "CA"])); dr = Person(r, "US")
    d("ANTICOAGULATION CLINIC — POINT-OF-CARE INR REPORT\n", "-" * 60, "\n")
    d("PATIENT ....: ", PN(p.inv), "\nMRN ........: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nDOB ........: ", DOB(fmt_date(p.dob, "us")), "\n")
    d("INDICATION .: ", DXL(r.choice(["atrial fibrillation", "mechanical mitral valve", "recurrent deep vein thrombosis", "pulmonary embolism"])), "\n")
    d("DRUG .......: ", RX("warfarin"), " ", r.choice(["5 mg", "3 mg", "7.5 mg"]), " daily   TARGET 2.0-3.0\n", "-" * 60, "\n")
    d("DATE        INR    DOSE CHANGE       DEVICE S/N\n")
    for _ in range(4):
        d(fmt_date(rdate(r, 2025, 2025), "us"), "  ", "%.1f" % r.uniform(1.4, 4.1), "    ", r.choice(["none", "-10%/wk", "+5%/wk", "hold 1 dose"]).ljust(16), "  CXS", safe_digits(r, 8), "\n")
    d("-" * 60, "\nReviewed: ", PN(dr.fl), ", CPP   Next check in ", str(r.choice([1, 2, 4])), " weeks\n")
    return d

@T("lab_central", 2, "lab_report")
def lab_central(r):
    d = Doc(); site = "%04d" % r.randint(100, 9999)
    d("CENTRAL LABORATORY DATA TRANSFER — cumulative report\nSponsor study: ", protocol(r), "   Site: ", site, "   Investigator: ")
    neg = r.random() < 0.5
    if neg:
        d("[on file]\n")
    else:
        d("Dr ", PN(Person(r, r.choice(["DE", "PL", "ES"])).fl), "\n")
    d("Subject: ", subj(r, site), "   Sex: ", r.choice("MF"), "   Year of birth: ", str(r.randint(1950, 2000)), "   Kit/Accession: ", "A", safe_digits(r, 9), "\n\n")
    d("TEST                 RESULT   UNITS          REF RANGE     FLAG\n")
    for t, u, lo, hi in [("ALT", "U/L", 7, 56), ("AST", "U/L", 10, 40), ("Creatinine", "umol/L", 60, 110), ("eGFR", "mL/min/1.73m2", 60, 120),
                         ("HbA1c", "mmol/mol", 20, 42), ("Haemoglobin", "g/L", 120, 170), ("Potassium", "mmol/L", 3.5, 5.1)]:
        v = round(r.uniform(lo * 0.7, hi * 1.4), 1)
        d(t.ljust(21), str(v).ljust(9), u.ljust(15), ("%s-%s" % (lo, hi)).ljust(14), "H" if v > hi else ("L" if v < lo else ""), "\n")
    d("\nSpecimen received ", fmt_date(rdate(r), "iso"), " ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), " UTC, ambient, tube lot ", lot(r), ".\n")
    return d

def hl7_name(p):
    return ascii_fold(p.last).upper() + "^" + ascii_fold(p.first).upper() + ("^" + p.mid if p.mid else "")

@T("hl7_rde", 3, "hl7")
def hl7_rde(r):
    d = Doc(); p = Person(r, "US"); dr = Person(r, "US"); a1 = "%d %s" % (r.randint(10, 9999), r.choice(["ELM ST", "N MAIN ST", "OAK RIDGE DR", "ROUTE 9"]))
    city, st, z = r.choice([("TROY", "NY", "12180"), ("MESA", "AZ", "85201"), ("ERIE", "PA", "16501"), ("OGDEN", "UT", "84401")])
    sep = "\r" if r.random() < 0.4 else "\n"
    ts = "%04d%02d%02d%02d%02d" % (2025, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    d("MSH|^~\\&|EPIC|CLINIC|RXMAIL|PHARM|", ts, "||RDE^O11^RDE_O11|", safe_digits(r, 9), "|P|2.5.1", sep)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", D(r, 8)), "^^^CLINIC^MR||", PN(hl7_name(p)), "||", DOB(fmt_date(p.dob, "hl7")), "|", "F" if p.female else "M",
      "|||", AD(a1 + "^^" + city + "^" + st + "^" + z), "^USA||", PH(phone(r, "US", "paren")), sep)
    d("PV1|1|O|", r.choice(["CARDIO", "RHEUM", "ENDO"]), "||||", npi(r), "^", PN(hl7_name(dr)), "^^^^MD", sep)
    d("IN1|1|", r.choice(["BCBS01", "AETNA", "UHC"]), "|", D(r, 5), "|", r.choice(["BLUE CROSS", "AETNA CHOICE POS II", "UNITEDHEALTHCARE"]),
      "|||GRP", D(r, 5), "|||||||", PN(hl7_name(p)), "|SEL|", DOB(fmt_date(p.dob, "hl7")), "||||||||||||||||", L("HEALTH_PLAN_ID", member_id(r)), sep)
    med = r.choice(MEDS)
    d("ORC|NW|", D(r, 8), "^EPIC|||||^^^", ts, sep)
    d("RXE|^^^", ts, "|", ndc(r).replace("-", ""), "^", RX(ascii_fold(med).upper()), " ", r.choice(STRENGTHS).upper(), "^NDC|", str(r.choice([1, 2])), "||TAB|||", str(r.choice([30, 90])), "|TAB|", str(r.randint(0, 5)), sep)
    dxx = r.choice(DX)
    d("DG1|1||", r.choice(["I48.91", "E11.9", "M05.79", "F33.1"]), "^", DXL(dxx.upper()), "^I10|||F", sep)
    return d

@T("hl7_oru", 2, "hl7")
def hl7_oru(r):
    d = Doc(); p = Person(r, r.choice(["US", "CA"])); sep = "\r\n" if r.random() < 0.3 else "\n"
    a, _ = ("%d %s" % (r.randint(10, 999), r.choice(["QUEEN ST W", "CEDAR AVE"])), None)
    d("MSH|^~\\&|LABSYS|CENTRALLAB|PHARMSYS|RXCHAIN|", "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), "||ORU^R01|", safe_digits(r, 8), "|P|2.3", sep)
    d("PID|||", L("MEDICAL_RECORD_NUMBER", mrn(r)), "||", PN(hl7_name(p)), "||", DOB(fmt_date(p.dob, "hl7")), "|", r.choice("MF"), "|||",
      AD(a + "^^" + r.choice(["TORONTO^ON^M5V 2T6", "BOISE^ID^83702"])), "||", PH(phone(r, "US", "dash")), sep)
    d("OBR|1||", "ACC", safe_digits(r, 7), "|24323-8^COMPREHENSIVE METABOLIC PANEL^LN|||", "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), sep)
    for code, name, val, unit in [("2345-7", "GLUCOSE", r.randint(70, 260), "mg/dL"), ("2160-0", "CREATININE", round(r.uniform(0.6, 2.4), 2), "mg/dL"),
                                  ("2823-3", "POTASSIUM", round(r.uniform(3.1, 5.9), 1), "mmol/L"), ("33914-3", "EGFR", r.randint(25, 110), "mL/min")]:
        d("OBX|", "1", "|NM|", code, "^", name, "^LN||", str(val), "|", unit, "|||||F", sep)
    d("NTE|1||Therapeutic drug level for ", RX(r.choice(["lithium carbonate", "vancomycin", "digoxin", "tacrolimus"])), " to follow.", sep)
    return d

@T("fhir_medreq", 3, "fhir_json")
def fhir_medreq(r):
    d = Doc(); cc = r.choice(["US", "UK", "CA"]); p = Person(r, cc); a, city = addr(r, cc)
    line = a.split(", ")[0]
    pid = "pt-" + D(r, 5)
    ident = ({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r, False))} if cc == "UK" else
             {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
              "system": "urn:oid:2.16.840.1.113883.3.%d.1" % r.randint(100, 9999), "value": L("MEDICAL_RECORD_NUMBER", mrn(r))})
    med = r.choice(MEDS); dx = r.choice(DX); ref = r.choice(AE_DX)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": pid, "identifier": [ident],
                      "name": [{"family": L("PERSON", p.last), "given": [L("PERSON", p.first)]}],
                      "birthDate": L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")),
                      "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc))}, {"system": "email", "value": L("EMAIL", p.email(r))}],
                      "address": [{"line": [L("ADDRESS", line)], "city": city, "country": cc}]}},
        {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", member_id(r)),
                      "beneficiary": {"reference": "Patient/" + pid}, "class": [{"type": {"text": "group"}, "value": "GRP-" + D(r, 5)}]}},
        {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                      "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": D(r, 6)}], "text": L("MEDICATION", med)},
                      "subject": {"reference": "Patient/" + pid}, "dosageInstruction": [{"text": r.choice(STRENGTHS) + " once daily"}],
                      "dispenseRequest": {"numberOfRepeatsAllowed": r.randint(0, 5), "quantity": {"value": r.choice([28, 30, 90]), "unit": "tablet"}}}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                      "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                      "code": {"text": ref}, "subject": {"reference": "Patient/" + pid}}}]}
    jemit(d, bundle); d.t("\n")
    return d

@T("fhir_catalog", 1, "fhir_json")
def fhir_catalog(r):
    d = Doc()
    obj = {"resourceType": "Bundle", "type": "searchset", "total": 6, "entry": [
        {"resource": {"resourceType": "Medication", "id": "med-%d" % i, "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": c, "display": n}]},
                      "form": {"text": r.choice(["film-coated tablet", "solution for injection", "capsule"])},
                      "batch": {"lotNumber": lot(r), "expirationDate": "%d-%02d-28" % (r.randint(2026, 2029), r.randint(1, 12))},
                      "extension": [{"url": "http://example.org/fhir/gtin", "valueString": gtin14(r)}]}} for i, (c, n) in enumerate(r.sample(ATC, 6))]}
    jemit(d, obj); d.t("\n")
    return d

@T("cn_sae_narrative", 2, "clinical_note")
def cn_sae_narrative(r):
    d = Doc(); lang = r.choice(["en", "de", "es", "it", "fr"]); site = "%04d" % r.randint(100, 9999)
    sid = subj(r, site); drug = r.choice(STUDY_DRUGS); ae = r.choice(AE_DX); inv = Person(r, {"en": "UK", "de": "DE", "es": "ES", "it": "IT", "fr": "FR"}[lang])
    hx = r.choice({"en": DX, "de": DX_DE, "es": DX_ES, "it": DX_IT, "fr": DX_FR}[lang])
    cm = r.choice(MEDS)
    age = r.randint(28, 79); sex = r.choice(["male", "female"])
    if lang == "en":
        d("SAE NARRATIVE — ", protocol(r), "\nSubject ", sid, ", a ", str(age), "-year-old ", sex, " with a history of ", DXL(hx), " treated with ", RX(cm),
          ", received the first dose of ", drug, " on Study Day 1. On Study Day ", str(r.randint(5, 180)), " the subject presented to the emergency department and was diagnosed with ",
          DXL(ae), ". Study drug was ", r.choice(["interrupted", "permanently discontinued", "continued unchanged"]), ". The event was considered ",
          r.choice(["serious (hospitalisation)", "serious (medically important)"]), " and ", r.choice(["possibly related", "not related", "related"]), " by the investigator, Dr ", PN(inv.fl), ".\n")
    elif lang == "de":
        d("SUE-NARRATIV — Prüfplan ", protocol(r), "\nProband ", sid, " (", str(age), " J., ", "männlich" if sex == "male" else "weiblich", ") mit bekannter ", DXL(hx), " unter Dauertherapie mit ", RX(cm),
          " erhielt ", drug, " ab Tag 1. An Studientag ", str(r.randint(5, 180)), " stationäre Aufnahme wegen ", DXL(r.choice(["Lungenembolie", "akutem Nierenversagen", "Pneumonie"])),
          ". Kausalität laut Prüfarzt ", PN(inv.fl), ": ", r.choice(["möglich", "unwahrscheinlich"]), ".\n")
    elif lang == "es":
        d("NARRATIVA DE AAG — Protocolo ", protocol(r), "\nEl sujeto ", sid, ", ", "varón" if sex == "male" else "mujer", " de ", str(age), " años con antecedentes de ", DXL(hx),
          " en tratamiento con ", RX(cm), ", inició ", drug, " el día 1. El día ", str(r.randint(5, 180)), " ingresó por ", DXL(r.choice(["neumonía", "pancreatitis aguda", "hemorragia digestiva alta"])),
          ". Investigador: Dr. ", PN(inv.fl), ". Relación causal: ", r.choice(["posible", "improbable"]), ".\n")
    elif lang == "it":
        d("NARRATIVA SAE — Protocollo ", protocol(r), "\nIl soggetto ", sid, ", ", str(age), " anni, con anamnesi di ", DXL(hx), " in terapia con ", RX(cm),
          ", ha ricevuto ", drug, ". Al giorno ", str(r.randint(5, 180)), " ricovero per ", DXL(r.choice(["polmonite", "insufficienza renale acuta", "infarto miocardico"])),
          ". Sperimentatore: dott. ", PN(inv.fl), ".\n")
    else:
        d("NARRATIF EIG — Protocole ", protocol(r), "\nLe sujet ", sid, ", ", str(age), " ans, aux antécédents de ", DXL(hx), " traité par ", RX(cm),
          ", a reçu ", drug, ". Au jour ", str(r.randint(5, 180)), ", hospitalisation pour ", DXL(r.choice(["pneumopathie", "embolie pulmonaire", "insuffisance rénale aiguë"])),
          ". Investigateur : Dr ", PN(inv.fl), ".\n")
    d("MedDRA v27.1 coding: PT ", r.choice(MEDDRA)[0], "; SOC 100", D(r, 5), ". Outcome: ", r.choice(["recovered", "recovering", "not recovered"]), ". Follow-up #", str(r.randint(1, 3)), ".\n")
    return d

@T("cn_compounding", 2, "clinical_note")
def cn_compounding(r):
    d = Doc(); p = Person(r, r.choice(["US", "UK", "CA"])); tech = Person(r, "US"); rph = Person(r, "US")
    prep = r.choice([("omeprazole 2 mg/mL oral suspension", "omeprazole"), ("spironolactone 5 mg/mL suspension", "spironolactone"),
                     ("baclofen 10 mg/mL", "baclofen"), ("hydrocortisone 1 mg/mL oral solution", "hydrocortisone")])
    d("COMPOUNDING WORKSHEET / MASTER FORMULATION RECORD ", "MFR-", D(r, 4), " rev ", "%d.%d" % (r.randint(1, 4), r.randint(0, 9)), "\n")
    d("Rx #", safe_digits(r, 7), "   Patient: ", PN(p.fl), " (", r.choice(["6 y", "14 mo", "82 y"]), ")   Prescriber: ", PN(Person(r, "US").fl), "\n")
    d("Preparation: ", RX(prep[1]), prep[0][len(prep[1]):], "   BUD: 30 days refrigerated\n\n")
    d("INGREDIENT              LOT           EXP        QTY     NDC\n")
    for ing in [prep[1] + " powder USP", "Ora-Blend", "sodium bicarbonate 8.4%", "simple syrup NF"]:
        d(ing[:22].ljust(24), lot(r).ljust(14), "%02d/%d" % (r.randint(1, 12), r.randint(2026, 2028)), "    ", str(r.randint(1, 150)), " g   ", ndc(r), "\n")
    d("\nCompounded by: ", PN(tech.fl), ", CPhT   Verified by: ", PN(rph.fl), ", RPh\n")
    d("Indication on Rx: ", DXL(r.choice(["gastro-oesophageal reflux disease", "spasticity", "congenital adrenal hyperplasia", "heart failure"])), "\n")
    return d

# ============================== STRUCTURED ==============================
@T("csv_dispensing", 2, "csv")
def csv_dispensing(r):
    d = Doc(); sep = ","
    crow(d, ["rx_number", "fill_date", "patient_last", "patient_first", "dob", "drug_name", "strength", "ndc11", "qty", "days_supply", "prescriber", "dea", "store"])
    for _ in range(r.randint(4, 7)):
        p = Person(r, "US"); pr = Person(r, "US")
        crow(d, [safe_digits(r, 7), fmt_date(rdate(r, 2025, 2025), "iso"), L("PERSON", p.last), L("PERSON", p.first), L("DATE_OF_BIRTH", fmt_date(p.dob, "us")),
                 L("MEDICATION", r.choice(MEDS)), r.choice(STRENGTHS), ndc(r).replace("-", ""), str(r.choice([30, 60, 90, 28])), str(r.choice([30, 90, 28])),
                 M(L("PERSON", pr.last.upper() + ", " + pr.first)), dea(r, pr.last), "%04d" % r.randint(1, 9999)], sep)
    return d

@T("tsv_claim_rejects", 2, "tsv")
def tsv_claim_rejects(r):
    d = Doc(); sep = "\t"
    crow(d, ["claim_ref", "bin", "pcn", "group", "cardholder_id", "patient_name", "patient_dob", "product", "reject_code", "reject_msg"], sep)
    for _ in range(r.randint(4, 7)):
        p = Person(r, "US")
        code, msg = r.choice([("75", "Prior Authorization Required"), ("70", "Product/Service Not Covered"), ("79", "Refill Too Soon"),
                              ("MR", "Product Not On Formulary"), ("76", "Plan Limitations Exceeded"), ("88", "DUR Reject Error")])
        crow(d, ["C" + safe_digits(r, 11), r.choice(["004336", "610014", "003858"]), r.choice(["ADV", "MEDDPRIME", "A4"]), "RX" + D(r, 4),
                 L("HEALTH_PLAN_ID", member_id(r)), L("PERSON", p.fl), L("DATE_OF_BIRTH", fmt_date(p.dob, "hl7")), M(L("MEDICATION", r.choice(MEDS)), " " + r.choice(STRENGTHS)), code, msg], sep)
    return d

@T("json_pbm_claim", 2, "json")
def json_pbm_claim(r):
    d = Doc(); p = Person(r, "US"); pr = Person(r, "US")
    obj = {"transactionHeader": {"bin": r.choice(["610014", "004336"]), "pcn": "MEDDADV", "transactionCode": "B1", "serviceProviderId": npi(r), "dateOfService": "2025%02d%02d" % (r.randint(1, 12), r.randint(1, 28))},
           "insurance": {"cardholderId": L("HEALTH_PLAN_ID", member_id(r)), "groupId": "RX" + D(r, 5), "personCode": "001", "patientRelationshipCode": "1"},
           "patient": {"firstName": L("PERSON", ascii_fold(p.first).upper()), "lastName": L("PERSON", ascii_fold(p.last).upper()), "dateOfBirth": L("DATE_OF_BIRTH", fmt_date(p.dob, "hl7")),
                       "genderCode": r.choice([1, 2]), "zip": "%05d" % r.randint(10000, 99999)},
           "claim": {"prescriptionReferenceNumber": safe_digits(r, 7), "productServiceId": ndc(r).replace("-", ""), "productDescription": L("MEDICATION", r.choice(MEDS)),
                     "quantityDispensed": 30000, "daysSupply": 30, "prescriberId": npi(r), "prescriberLastName": L("PERSON", pr.last.upper())},
           "response": {"status": r.choice(["P", "R"]), "rejectCodes": r.choice([[], ["75"], ["79", "88"]]), "authorizationNumber": safe_digits(r, 12), "patientPayAmount": "%d.%02d" % (r.randint(0, 80), r.randint(0, 99))}}
    jemit(d, obj); d.t("\n")
    return d

@T("ndjson_refill_events", 2, "ndjson")
def ndjson_refill_events(r):
    d = Doc()
    for i in range(r.randint(5, 7)):
        p = Person(r, "US"); ev = r.choice(["refill_due", "refill_requested", "shipped", "delivery_exception", "auto_refill_paused", "queue_heartbeat"])
        ts = "2025-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        if ev == "queue_heartbeat":
            jline(d, {"ts": ts, "event": ev, "worker": "refill-q-%d" % r.randint(1, 9), "lag_ms": r.randint(3, 900), "build": version_ip(r)})
            continue
        o = {"ts": ts, "event": ev, "rx": safe_digits(r, 7), "patient": {"name": L("PERSON", p.fl), "phone": L("PHONE", phone(r, "US", "e164"))}}
        if ev in ("refill_requested", "auto_refill_paused"):
            o["drug"] = L("MEDICATION", r.choice(MEDS))
        if ev in ("shipped", "delivery_exception"):
            o["tracking"] = "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
            o["carrier"] = r.choice(["UPS", "USPS", "FedEx"])
        if ev == "delivery_exception":
            o["note"] = M("Recipient ", L("PERSON", p.first), " not home; cold-chain pack; call back on ", L("PHONE", phone(r, "US", "paren")))
        if r.random() < 0.4:
            o["patient"]["email"] = L("EMAIL", p.email(r))
        jline(d, o)
    return d

@T("yaml_shipping_profile", 2, "yaml")
def yaml_shipping_profile(r):
    d = Doc(); cc = r.choice(["US", "UK", "DE", "CA"]); p = Person(r, cc); a, _ = addr(r, cc, True)
    d("# mail-order pharmacy — patient shipping profile export\n")
    d("profile_id: MO-", D(r, 8), "\n")
    d("patient:\n  name: ", PN(p.fl), "\n  date_of_birth: ", DOB(fmt_date(p.dob, "iso")), "\n  phone: \"", PH(phone(r, cc)), "\"\n  email: ", EM(p.email(r)), "\n")
    d("ship_to:\n  address: |\n    ", AD(a.replace("\n", "\n    ")), "\n  signature_required: ", r.choice(["true", "false"]), "\n  cold_chain: ", r.choice(["true", "false"]), "\n")
    d("payment:\n")
    if r.random() < 0.5:
        d("  card: \"", L("CREDIT_CARD", card(r)), "\"   # legacy import, to be tokenised\n")
    else:
        d("  card_masked: \"**** **** **** ", D(r, 4), "\"\n  token: tok_", "".join(r.choice("abcdef0123456789") for _ in range(24)), "\n")
    d("  expiry: \"", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)), "\"\n")
    d("active_prescriptions:\n")
    for _ in range(r.randint(1, 3)):
        d("  - drug: ", RX(r.choice(MEDS)), "\n    strength: \"", r.choice(STRENGTHS), "\"\n    next_fill: ", fmt_date(rdate(r, 2026, 2026), "iso"), "\n")
    return d

@T("csv_sdtm_dm", 2, "csv")
def csv_sdtm_dm(r):
    d = Doc(); study = protocol(r)
    crow(d, ["STUDYID", "DOMAIN", "USUBJID", "SUBJID", "RFSTDTC", "SITEID", "BRTHDTC", "AGE", "AGEU", "SEX", "RACE", "ARMCD", "COUNTRY"])
    for _ in range(r.randint(5, 8)):
        site = "%04d" % r.randint(100, 9999); cn = r.choice(["USA", "GBR", "DEU", "ESP", "ITA", "FRA", "POL", "BRA", "IND", "ZAF", "JPN", "CAN"])
        y, m, dd = r.randint(1945, 2003), r.randint(1, 12), r.randint(1, 28)
        crow(d, [study, "DM", study + "-" + site + "-" + D(r, 3), site + D(r, 3), fmt_date(rdate(r, 2024, 2025), "sdtm"), site,
                 L("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)), str(2025 - y), "YEARS", r.choice("MF"),
                 r.choice(["WHITE", "ASIAN", "BLACK OR AFRICAN AMERICAN", "MULTIPLE"]), r.choice(["ABX10", "PBO"]), cn])
    return d

@T("csv_sdtm_ae_mh", 2, "csv")
def csv_sdtm_ae_mh(r):
    d = Doc(); study = protocol(r); dom = r.choice(["AE", "MH"])
    if dom == "AE":
        crow(d, ["STUDYID", "DOMAIN", "USUBJID", "AESEQ", "AETERM", "AEDECOD", "AEPTCD", "AESER", "AESEV", "AEREL", "AESTDTC"])
        for i in range(r.randint(5, 8)):
            term = r.choice(AE_DX)
            crow(d, [study, "AE", study + "-" + "%04d" % r.randint(100, 9999) + "-" + D(r, 3), str(i + 1), L("DIAGNOSIS", term.upper() if r.random() < 0.3 else term),
                     L("DIAGNOSIS", term.capitalize()), safe_digits(r, 8, "1"), r.choice("YN"), r.choice(["MILD", "MODERATE", "SEVERE"]), r.choice(["RELATED", "NOT RELATED", "POSSIBLY RELATED"]), fmt_date(rdate(r, 2024, 2025), "sdtm")])
    else:
        crow(d, ["STUDYID", "DOMAIN", "USUBJID", "MHSEQ", "MHTERM", "MHDECOD", "MHBODSYS", "MHSTDTC", "MHENRF"])
        for i in range(r.randint(5, 8)):
            term = r.choice(DX)
            crow(d, [study, "MH", study + "-" + "%04d" % r.randint(100, 9999) + "-" + D(r, 3), str(i + 1), L("DIAGNOSIS", term), L("DIAGNOSIS", term.title()),
                     r.choice(["Metabolism and nutrition disorders", "Cardiac disorders", "Psychiatric disorders", "Nervous system disorders"]),
                     "%d" % r.randint(1990, 2023) + r.choice(["", "-%02d" % r.randint(1, 12)]), r.choice(["ONGOING", "BEFORE"])])
    return d

@T("csv_sdtm_cm", 1, "csv")
def csv_sdtm_cm(r):
    d = Doc(); study = protocol(r)
    crow(d, ["STUDYID", "DOMAIN", "USUBJID", "CMSEQ", "CMTRT", "CMDECOD", "CMINDC", "CMCLAS", "CMDOSE", "CMDOSU", "CMSTDTC"])
    for i in range(6):
        atc = r.choice(ATC)
        crow(d, [study, "CM", study + "-" + "%04d" % r.randint(100, 9999) + "-" + D(r, 3), str(i + 1), L("MEDICATION", r.choice(MEDS).upper()), L("MEDICATION", atc[1].upper()),
                 L("DIAGNOSIS", r.choice(DX)), atc[0], str(r.choice([5, 10, 20, 500, 1000])), "mg", fmt_date(rdate(r, 2015, 2025), "sdtm")])
    return d

@T("csv_site_roster", 2, "csv")
def csv_site_roster(r):
    d = Doc(); cc = r.choice(["US", "UK", "DE", "ES", "IT", "FR", "PL", "BR", "IN", "ZA", "JP", "CA"])
    crow(d, ["site_no", "role", "first_name", "last_name", "email", "phone", "gcp_cert_expiry", "delegation_log_tasks"])
    site = "%03d" % r.randint(1, 300)
    dom = {"DE": "uniklinik-example.de", "ES": "hospital-sitio.es", "IT": "ospedale-ricerca.it", "FR": "chu-recherche.fr", "ZA": "research.ac.za", "UK": "nhs-trust.example.nhs.uk",
           "PL": "szpital-badania.pl", "BR": "hospital-pesquisa.com.br", "IN": "research-hospital.in", "JP": "byoin-chiken.jp", "CA": "hopital-recherche.ca", "US": "site-clinical.org"}[cc]
    for role in ["Principal Investigator", "Sub-Investigator", "Study Coordinator", "Research Pharmacist", "Data Entry"]:
        p = Person(r, cc)
        crow(d, [site, role, L("PERSON", p.first), L("PERSON", p.last), L("EMAIL", ascii_fold(p.first[0] + p.last).lower().replace(" ", "").replace("'", "") + "@" + dom),
                 L("PHONE", phone(r, cc)), fmt_date(rdate(r, 2025, 2027), "iso"), r.choice(["1;2;3;4;5", "3;6;9", "7;8", "10;11;12"])])
    return d

@T("csv_formulary", 2, "csv")
def csv_formulary(r):
    d = Doc(); sep = r.choice([",", ";"])
    crow(d, ["ndc", "gtin", "drug_name", "strength", "form", "tier", "pa_required", "awp_unit", "atc"], sep)
    for code, name in r.sample(ATC, 8):
        crow(d, [ndc(r), gtin14(r), name, r.choice(STRENGTHS), r.choice(["tablet", "capsule", "pen injector", "inhaler"]), str(r.randint(1, 5)),
                 r.choice(["Y", "N"]), "%d.%04d" % (r.randint(0, 900), r.randint(0, 9999)), code], sep)
    return d

@T("json_recall", 1, "json")
def json_recall(r):
    d = Doc()
    obj = {"recall_number": "D-%04d-2025" % r.randint(100, 1999), "classification": "Class II", "status": "Ongoing", "firm": company_person(r),
           "product_description": "%s %s tablets, 90-count bottle" % (r.choice(ATC)[1], r.choice(STRENGTHS)),
           "reason": r.choice(["Failed dissolution specifications", "CGMP deviations", "Presence of nitrosamine impurity above the acceptable intake limit"]),
           "lots": [{"lot": lot(r), "exp": "%02d/%d" % (r.randint(1, 12), r.randint(2026, 2028)), "ndc": ndc(r), "gtin": gtin14(r)} for _ in range(r.randint(2, 4))],
           "distribution": "Nationwide to wholesalers and mail-order pharmacies", "report_date": fmt_date(rdate(r, 2025, 2025), "iso")}
    jemit(d, obj); d.t("\n")
    return d

@T("tsv_meddra_dict", 1, "tsv")
def tsv_meddra_dict(r):
    d = Doc()
    crow(d, ["llt_code", "llt_name", "pt_code", "pt_name", "soc_code", "primary_soc"], "\t")
    for code, name in MEDDRA:
        crow(d, [safe_digits(r, 8, "1"), name + r.choice(["", " NOS", " aggravated"]), code, name, "100" + D(r, 5), r.choice(["Nervous system disorders", "Gastrointestinal disorders", "Infections and infestations", "Cardiac disorders"])], "\t")
    return d

@T("csv_atc", 1, "csv")
def csv_atc(r):
    d = Doc()
    crow(d, ["atc_code", "substance", "ddd", "unit", "route", "study_drug_class_note"])
    for code, name in ATC:
        crow(d, [code, name, str(r.choice([1, 2, 10, 20, 2.5, 0.1])), r.choice(["g", "mg", "mcg"]), r.choice(["O", "P", "Inhal"]), r.choice(["", "comparator", "rescue medication allowed", "prohibited with " + r.choice(STUDY_DRUGS)])])
    return d

@T("yaml_integration_doc", 2, "yaml")
def yaml_integration_doc(r):
    d = Doc()
    d("# ", r.choice(["eRx gateway", "PBM adjudication connector", "EDC -> safety database bridge"]), " — sample configuration (DOCUMENTATION EXAMPLE, NOT REAL DATA)\n")
    d("version: ", version_ip(r), "\nendpoint: https://api.", r.choice(["rxhub", "safetybridge", "claims"]), ".example.com/v", str(r.randint(1, 4)), "\n")
    d("auth:\n  client_id: ${CLIENT_ID}\n  client_secret: ${CLIENT_SECRET}\n")
    d("field_mapping:\n  patient.name: PID-5\n  patient.birthDate: PID-7   # format YYYYMMDD\n  coverage.memberId: IN1-36\n  medication.ndc: RXE-2\n")
    d("example_payload:\n  member_id: \"<MEMBER-ID>\"\n  dob: \"YYYY-MM-DD\"\n  ssn: \"XXX-XX-XXXX\"\n  phone: \"+1-XXX-XXX-XXXX\"\n  email: \"{{patient.email}}\"\n")
    d("retry:\n  max_attempts: ", str(r.randint(3, 8)), "\n  backoff_ms: ", str(r.choice([250, 500, 1000])), "\noid_root: 2.16.840.1.113883.", str(r.randint(3, 19)), ".", str(r.randint(100, 9999)), "\n")
    return d

@T("ndjson_iwrs", 2, "ndjson")
def ndjson_iwrs(r):
    d = Doc(); study = protocol(r)
    for _ in range(r.randint(5, 8)):
        site = "%04d" % r.randint(100, 9999)
        jline(d, {"ts": "2025-%02d-%02dT%02d:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), "study": study,
                  "event": r.choice(["RANDOMISE", "DISPENSE", "REPLACE_KIT", "DRUG_RETURN", "TEMP_EXCURSION"]), "site": site, "subject": subj(r, site),
                  "rand_no": "R%05d" % r.randint(1, 99999), "kit": "KIT-%06d" % r.randint(1, 999999), "lot": lot(r), "arm": "BLINDED", "user": "site%s_coord" % site})
    return d

@T("json_travel_reimb", 2, "json")
def json_travel_reimb(r):
    d = Doc(); items = []
    for _ in range(r.randint(2, 4)):
        cc = r.choice(["UK", "DE", "ES", "IT", "FR", "PL", "BR"])
        p = Person(r, cc); a, _ = addr(r, cc)
        it = {"subject": subj(r), "payee": L("PERSON", p.fl), "country": cc, "address": L("ADDRESS", a), "amount": {"value": round(r.uniform(12, 480), 2), "currency": {"UK": "GBP", "BR": "BRL", "PL": "PLN"}.get(cc, "EUR")}}
        if cc == "UK":
            sc, ac = sortcode_acct(r)
            it["bank"] = {"sortCode": sc, "accountNumber": L("UK_BANK_ACCOUNT", ac)}
        else:
            if cc == "DE":
                it["steuerId"] = L("DE_TAX_ID", steuer(r))
            it["bank"] = {"iban": L("IBAN", iban(r, cc, False)), "bic": {"DE": "DEUTDEFFXXX", "ES": "CAIXESBBXXX", "IT": "BCITITMMXXX", "FR": "SOGEFRPPXXX", "PL": "BPKOPLPWXXX", "BR": "ITAUBRSPXXX"}[cc]}
        items.append(it)
    obj = {"batch_id": "PAY-%s-%03d" % (D(r, 6), r.randint(1, 999)), "vendor": "ClinPay", "approved_by": L("EMAIL", Person(r, "UK").email(r, "cro-finance.example.net")), "items": items,
           "rejected": [{"subject": subj(r), "reason": "IBAN checksum failed", "iban_supplied": bad_iban(r, r.choice(["DE", "FR", "ES"]))}]}
    jemit(d, obj); d.t("\n")
    return d

@T("csv_cs_register", 1, "csv")
def csv_cs_register(r):
    d = Doc()
    crow(d, ["date", "schedule", "drug", "ndc", "qty_in", "qty_out", "balance", "patient_name", "patient_address", "id_checked", "prescriber_dea", "rph_initials"])
    bal = r.randint(200, 900)
    drug = r.choice(["oxycodone 10 mg", "hydrocodone/acetaminophen 10/325 mg", "methylphenidate ER 36 mg", "buprenorphine/naloxone 8/2 mg"])
    for _ in range(r.randint(5, 7)):
        dt = fmt_date(rdate(r, 2025, 2025), "iso")
        if r.random() < 0.25:
            q = r.choice([100, 500]); bal += q
            crow(d, [dt, "CII", drug, ndc(r), str(q), "", str(bal), "RECEIVED — wholesaler invoice " + safe_digits(r, 8), "", "", "", "".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2))])
        else:
            p = Person(r, "US"); pr = Person(r, "US"); a, _ = addr(r, "US"); q = r.choice([30, 60, 90, 28]); bal -= q
            crow(d, [dt, "CII", M(L("MEDICATION", drug.split(" ")[0] if "/" not in drug else drug.rsplit(" ", 2)[0]), drug[len(drug.split(" ")[0] if "/" not in drug else drug.rsplit(" ", 2)[0]):]), ndc(r), "", str(q), str(bal),
                     L("PERSON", p.fl), L("ADDRESS", a), M("DL " + a[-8:-6] + " ", L("DRIVER_LICENSE", dl_us(r, a[-8:-6]))) if a[-8:-6] in STATE_NAMES else "ID on file", dea(r, pr.last), "".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2))])
    return d

@T("tsv_adam_adsl", 2, "tsv")
def tsv_adam_adsl(r):
    d = Doc(); study = protocol(r)
    crow(d, ["STUDYID", "USUBJID", "SITEID", "AGE", "AGEGR1", "SEX", "TRT01P", "TRT01A", "RANDFL", "SAFFL", "ITTFL", "TRTSDT", "TRTEDT", "DCSREAS"], "\t")
    for _ in range(r.randint(6, 9)):
        site = "%04d" % r.randint(100, 9999); age = r.randint(19, 84); arm = r.choice(STUDY_DRUGS[:3] + ["Placebo"])
        crow(d, [study, study + "-" + site + "-" + D(r, 3), site, str(age), "<65" if age < 65 else ">=65", r.choice("MF"), arm, arm, "Y", "Y", r.choice("YN"),
                 str(r.randint(23000, 24500)), str(r.randint(24500, 25000)), r.choice(["", "ADVERSE EVENT", "WITHDRAWAL BY SUBJECT", "LOST TO FOLLOW-UP"])], "\t")
    return d

@T("json_pa_api", 2, "json")
def json_pa_api(r):
    d = Doc(); p = Person(r, "US"); pr = Person(r, "US")
    obj = {"paRequestId": "PA" + safe_digits(r, 10), "status": r.choice(["PENDED", "APPROVED", "DENIED"]), "submittedVia": "ePA/NCPDP SCRIPT 2017071 PAInitiationRequest",
           "member": {"memberId": L("HEALTH_PLAN_ID", member_id(r)), "name": {"first": L("PERSON", p.first), "last": L("PERSON", p.last)}, "birthDate": L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")),
                      "address": {"line1": L("ADDRESS", addr(r, "US")[0].split(", ")[0]), "zip": "%05d" % r.randint(10000, 99999)}},
           "prescriber": {"npi": npi(r), "name": L("PERSON", "Dr. " + pr.fl) if False else L("PERSON", pr.fl), "phone": L("PHONE", phone(r, "US", "dash"))},
           "medication": {"description": L("MEDICATION", r.choice(MEDS)), "ndc": ndc(r).replace("-", ""), "quantity": r.choice([1, 2, 30])},
           "diagnoses": [{"icd10": r.choice(["E11.65", "L40.0", "M05.79"]), "description": L("DIAGNOSIS", r.choice(DX))}],
           "questionSet": [{"q": "Has the patient tried and failed metformin?", "a": r.choice(["Yes", "No"])}, {"q": "Is the request for a diagnosis of obesity only?", "a": "No"}]}
    jemit(d, obj); d.t("\n")
    return d

@T("csv_inventory", 1, "csv")
def csv_inventory(r):
    d = Doc()
    crow(d, ["location", "gtin", "ndc", "description", "lot", "expiry", "on_hand", "reorder_pt", "bin"])
    for _ in range(8):
        crow(d, [r.choice(["MO-DC-01", "STORE-%04d" % r.randint(1, 9999), "CRO-DEPOT-FRA"]), gtin14(r), ndc(r), r.choice(ATC)[1] + " " + r.choice(STRENGTHS) + " x" + str(r.choice([28, 30, 90])),
                 lot(r), "%d-%02d" % (r.randint(2026, 2029), r.randint(1, 12)), str(r.randint(0, 900)), str(r.randint(10, 100)), "%s-%02d-%d" % (r.choice("ABCDEF"), r.randint(1, 40), r.randint(1, 6))])
    return d

# ============================== LOGS ==============================
def ts(r, y=2025, sep="T", z="Z"):
    return "%04d-%02d-%02d%s%02d:%02d:%02d.%03d%s" % (y, r.randint(1, 12), r.randint(1, 28), sep, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), z)

@T("log_dispense", 2, "log")
def log_dispense(r):
    d = Doc(); store = "%04d" % r.randint(1, 9999)
    for _ in range(r.randint(5, 8)):
        p = Person(r, "US"); k = r.choice(["FILL", "VERIFY", "PICKUP", "RTS", "SYNC"])
        d(ts(r), " level=INFO svc=dispense store=", store, " event=", k, " ")
        if k == "SYNC":
            d("rows=", str(r.randint(10, 9000)), " dur_ms=", str(r.randint(20, 9000)), " agent=", version_ip(r), "\n"); continue
        d("rx=", safe_digits(r, 7), " patient=\"", PN(p.inv), "\" ")
        if k == "PICKUP":
            st = r.choice(list(STATE_NAMES))
            d("id_type=DL id_state=", st, " id_no=", L("DRIVER_LICENSE", dl_us(r, st)), " ")
        if r.random() < 0.5:
            d("dob=", DOB(fmt_date(p.dob, "iso")), " ")
        d("drug=\"", RX(ascii_fold(r.choice(MEDS)).upper()), "\" ndc=", ndc(r), " qty=", str(r.choice([30, 60, 90])), " user=", EM(Person(r, "US").email(r, "rx-staff.example.org")),
          " ws=", IP(ipv4(r, "p10")), "\n")
    return d

@T("log_pbm_switch", 2, "log")
def log_pbm_switch(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        d("[", ts(r, sep=" ", z=""), "] SWITCH ", r.choice(["B1", "B2", "E1"]), " bin=", r.choice(["610014", "004336", "003858"]), " pcn=", r.choice(["ADV", "MEDDADV", "9999"]),
          " grp=RX", D(r, 4), " ")
        if r.random() < 0.75:
            d("cardholder=", L("HEALTH_PLAN_ID", member_id(r)), " ")
        else:
            d("cardholder=*****", D(r, 4), " ")
        d("npi=", npi(r), " resp=", r.choice(["PAID", "REJ:75", "REJ:79", "REJ:70", "DUP"]), " rt=", str(r.randint(80, 2400)), "ms peer=", IP(ipv4(r, r.choice(["doc1", "doc2", "doc3"]))), "\n")
    return d

@T("log_courier", 2, "log")
def log_courier(r):
    d = Doc(); cc = r.choice(["UK", "US", "DE", "ZA", "JP", "IN"])
    for _ in range(r.randint(4, 6)):
        p = Person(r, cc); a, _ = addr(r, cc)
        code = r.choice(["ADDR_INCOMPLETE", "NO_ACCESS", "TEMP_EXCURSION", "RECIPIENT_ABSENT", "RETURN_TO_SENDER", "DELIVERED"])
        d(ts(r), " courier=", r.choice(["DPD", "Royal Mail Tracked 24", "FedEx Clinical", "Yamato", "Blue Dart", "Aramex"]), " awb=", safe_digits(r, 12, "7"), " code=", code)
        if code == "DELIVERED":
            d(" signed_by=", PN(p.last.upper()), "\n")
        elif code == "TEMP_EXCURSION":
            d(" logger=TL-", D(r, 6), " max=", "%.1f" % r.uniform(8.1, 14), "C dur=", str(r.randint(5, 200)), "min lot=", lot(r), "\n")
        else:
            d(" consignee=\"", PN(p.fl), "\" addr=\"", AD(a), "\" tel=", PH(phone(r, cc)), "\n")
    return d

@T("log_edc_audit", 2, "log")
def log_edc_audit(r):
    d = Doc(); study = protocol(r)
    for _ in range(r.randint(5, 7)):
        site = "%04d" % r.randint(100, 9999); u = Person(r, r.choice(["UK", "DE", "FR", "PL", "IN", "JP", "BR"]))
        em = ascii_fold(u.first[0] + "." + u.last).lower().replace(" ", "").replace("'", "") + "@" + r.choice(["cro-monitor.example.com", "site" + site + ".example.org"])
        d(ts(r), " study=", study, " user=", EM(em), " ip=", IP(ipv4(r) if r.random() < 0.7 else ipv6(r)), " subject=", subj(r, site), " ")
        act = r.choice(["DM.BRTHDTC", "AE.AETERM", "VS.SYSBP", "LOGIN", "SIGN", "QUERY_OPEN"])
        if act == "DM.BRTHDTC":
            a1 = (r.randint(1940, 2000), r.randint(1, 12), r.randint(1, 28)); a2 = (a1[0] + r.choice([-10, -1, 1, 10]), a1[1], a1[2])
            d("form=DM field=BRTHDTC old=", DOB(fmt_date(a1, "iso")), " new=", DOB(fmt_date(a2, "iso")), " reason=\"transcription error\"\n")
        elif act == "AE.AETERM":
            d("form=AE field=AETERM old=\"", DXL(r.choice(AE_DX)), "\" new=\"", DXL(r.choice(AE_DX)), "\" reason=\"per source\"\n")
        elif act == "VS.SYSBP":
            d("form=VS field=SYSBP old=", str(r.randint(100, 170)), " new=", str(r.randint(100, 170)), "\n")
        else:
            d("action=", act, " session=", "".join(r.choice("0123456789abcdef") for _ in range(16)), "\n")
    return d

@T("log_api_gateway", 2, "log")
def log_api_gateway(r):
    d = Doc()
    for _ in range(r.randint(6, 9)):
        ip = ipv4(r) if r.random() < 0.75 else ipv6(r)
        path = r.choice(["/v2/refills", "/v1/claims/status", "/healthz", "/v3/patients/search", "/static/app.%s.js" % "".join(r.choice("0123456789abcdef") for _ in range(8))])
        d(IP(ip), " - - [", "%02d/%s/2025:%02d:%02d:%02d +0000" % (r.randint(1, 28), r.choice(["Mar", "Jul", "Oct"]), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), "] \"GET ", path)
        if path.startswith("/v3/patients") and r.random() < 0.8:
            p = Person(r, "US")
            d("?email=", EM(p.email(r)), "&dob=", DOB(fmt_date(p.dob, "iso")))
        d(" HTTP/1.1\" ", r.choice(["200", "200", "304", "401", "429"]), " ", str(r.randint(120, 90000)), " \"-\" \"RxMobile/", version_ip(r), " (iOS 17.4)\"\n")
    d("127.0.0.1 - - [01/Oct/2025:00:00:01 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n")
    return d

@T("log_build_deploy", 3, "log")
def log_build_deploy(r):
    d = Doc()
    for _ in range(r.randint(6, 9)):
        k = r.choice(["build", "test", "deploy", "migrate", "sbom"])
        d(ts(r), " ci[", str(r.randint(1000, 99999)), "] ", k, ": ")
        if k == "build":
            d("pharmacy-core ", version_ip(r), " sha=", "".join(r.choice("0123456789abcdef") for _ in range(12)), " artifact=rx-core-", version_ip(r), ".jar size=", str(r.randint(10, 90)), "MB\n")
        elif k == "test":
            d(str(r.randint(100, 4000)), " passed, ", str(r.randint(0, 4)), " skipped (fixtures: synthetic profiles P-0001..P-0200, masked PAN ****0002)\n")
        elif k == "deploy":
            d("edc-bridge -> cluster prod-eu-", r.choice(["west-1", "central-1"]), " replicas=", str(r.randint(2, 12)), " image=registry.internal/edc-bridge:", version_ip(r), "\n")
        elif k == "migrate":
            d("schema ", safe_digits(r, 10, "2"), " applied; table dispense_log rows=", str(r.randint(10 ** 5, 10 ** 7)), " epoch=", epoch(r), "\n")
        else:
            d("oid=1.3.6.1.4.1.", str(r.randint(10000, 60000)), ".", str(r.randint(1, 99)), ".", str(r.randint(1, 9)), " components=", str(r.randint(200, 900)), " cve_open=", str(r.randint(0, 5)), "\n")
    return d

@T("log_coldchain", 2, "log")
def log_coldchain(r):
    d = Doc(); dev = "TL-" + D(r, 6)
    for _ in range(r.randint(6, 10)):
        t = round(r.uniform(1.5, 9.5), 1)
        d(ts(r), " logger=", dev, " shipper=", r.choice(["Credo Cube 4L", "Va-Q-tec VIP", "Sonoco ProMed"]), " temp_c=", str(t), " alarm=", "HIGH" if t > 8 else "none",
          " lot=", lot(r), " gtin=", gtin14(r), " exp=", "%d-%02d" % (r.randint(2026, 2028), r.randint(1, 12)), " fw=", version_ip(r), "\n")
    return d

@T("log_ivrs", 2, "log")
def log_ivrs(r):
    d = Doc(); study = protocol(r)
    for _ in range(r.randint(6, 9)):
        site = "%04d" % r.randint(100, 9999)
        d(ts(r), " IWRS ", study, " site=", site, " subj=", subj(r, site), " ", r.choice(["randomised rand_no=R%05d" % r.randint(1, 99999), "dispensed kit=%06d" % r.randint(1, 999999),
          "kit %06d marked DAMAGED" % r.randint(1, 999999), "resupply shipment SHP-%s triggered" % D(r, 7), "unblinding request DENIED (no SAE reference)"]),
          " drug=", r.choice(STUDY_DRUGS), "\n")
    return d

@T("log_call_centre", 2, "log")
def log_call_centre(r):
    d = Doc()
    for _ in range(r.randint(5, 7)):
        agent = Person(r, r.choice(["ZA", "IN", "UK"]))
        d(ts(r), " acd=", r.choice(["RX-REFILL", "PA-STATUS", "PV-HOTLINE", "SPANISH"]), " call_id=", safe_digits(r, 10), " ani=", PH(phone(r, "US", "e164")),
          " agent=", PN(agent.fl), " wrap=", r.choice(["REFILL_PLACED", "TRANSFER_RPH", "AE_REPORTED", "ABANDONED"]))
        if r.random() < 0.5:
            d(" member=", L("HEALTH_PLAN_ID", member_id(r)))
        d(" dur=", str(r.randint(20, 1900)), "s\n")
    return d

@T("log_cs_inventory", 2, "log")
def log_cs_inventory(r):
    d = Doc(); store = "%04d" % r.randint(1, 9999)
    for _ in range(r.randint(5, 8)):
        drug = r.choice(["oxycodone HCl 5 mg", "fentanyl 25 mcg/h patch", "lisdexamfetamine 30 mg", "morphine sulfate ER 15 mg", "alprazolam 0.5 mg"])
        d(ts(r), " CSOS store=", store, " ", r.choice(["RECEIVE", "CYCLE_COUNT", "DISCREPANCY", "DESTRUCTION"]), " item=\"", drug, "\" ndc=", ndc(r), " lot=", lot(r),
          " expected=", str(r.randint(100, 600)), " counted=", str(r.randint(100, 600)), " form222=", safe_digits(r, 9), " witness_id=E", D(r, 5), "\n")
    return d

@T("log_erx_inbound", 2, "log")
def log_erx_inbound(r):
    d = Doc()
    for _ in range(r.randint(3, 5)):
        p = Person(r, "US"); pr = Person(r, "US")
        d(ts(r), " erx-in msg=NewRx relates_to=", "".join(r.choice("0123456789abcdef") for _ in range(20)), " from_npi=", npi(r), "\n")
        d("    <Patient><HumanPatient><Name><LastName>", PN(p.last), "</LastName><FirstName>", PN(p.first), "</FirstName></Name><DateOfBirth><Date>", DOB(fmt_date(p.dob, "iso")),
          "</Date></DateOfBirth></HumanPatient></Patient>\n")
        d("    <MedicationPrescribed><DrugDescription>", RX(r.choice(MEDS)), " ", r.choice(STRENGTHS), "</DrugDescription><DrugCoded><ProductCode><Code>", ndc(r).replace("-", ""),
          "</Code></ProductCode></DrugCoded><Diagnosis><Primary><Code>", r.choice(["E119", "I10", "F329", "J449"]), "</Code><Description>", DXL(r.choice(DX)), "</Description></Primary></Diagnosis></MedicationPrescribed>\n")
        d("    <Prescriber><LastName>", PN(pr.last), "</LastName><DEANumber>", dea(r, pr.last), "</DEANumber></Prescriber> status=", r.choice(["QUEUED", "NEEDS_PATIENT_MATCH", "ACCEPTED"]), "\n")
    return d

# ============================== EMAIL / CHAT / TICKET ==============================
def sig(d, r, p, cc, org, email=True, phone_=True):
    d("\n-- \n", PN(p.fl), "\n", r.choice(["Clinical Research Associate", "Regulatory Affairs Manager", "IRB Coordinator", "Study Pharmacist", "Pharmacovigilance Officer"]), ", ", org, "\n")
    if phone_:
        d("T: ", PH(phone(r, cc)), "\n")
    if email:
        d(EM(ascii_fold(p.first + "." + p.last).lower().replace(" ", "").replace("'", "") + "@" + org.lower().replace(" ", "").replace("&", "") + ".example.com"), "\n")

@T("email_irb", 2, "email")
def email_irb(r):
    d = Doc(); cc = r.choice(["US", "UK", "ZA", "CA", "IN"]); pi = Person(r, cc); irb = Person(r, cc)
    d("From: ", PN(irb.fl), " <", EM(ascii_fold(irb.first[0] + irb.last).lower().replace(" ", "").replace("'", "") + "@irb-review.example.org"), ">\n")
    d("To: ", PN(pi.fl), " <", EM(ascii_fold(pi.last).lower().replace(" ", "").replace("'", "") + "@hospital-research.example.edu"), ">\n")
    d("Subject: ", r.choice(["Continuing review approved", "Modification #4 — conditional approval", "Reportable new information acknowledged"]), " — ", protocol(r), "\n\n")
    d("Dear Dr ", PN(pi.last), ",\n\n")
    k = r.choice(["cr", "mod", "rni"])
    if k == "cr":
        d("The Board reviewed the continuing review for the above protocol at the convened meeting of ", fmt_date(rdate(r), "mdy"), ". Enrolment to date: ", str(r.randint(3, 90)),
          " participants. Approval expires ", fmt_date(rdate(r, 2026, 2027), "mdy"), ". The stamped ICF (version ", "%d.%d" % (r.randint(2, 7), r.randint(0, 3)), ") is attached.\n")
    elif k == "mod":
        d("Modification 4 (addition of a pharmacokinetic sub-study and a second pharmacy at ", pharmacy_name(r), ") is approved subject to: (1) plain-language summary at grade 8; (2) removal of the phrase 'cure' from the advert.\n")
    else:
        sp = Person(r, cc)
        d("We acknowledge the report of the deviation at your site: participant ", subj(r), " was dosed after the consent was signed by ", PN(sp.fl),
          ", who was not listed on the delegation log. The participant's ", DXL(r.choice(AE_DX)), " was reported separately as an SAE. No further action.\n")
    d("\nThe Board's Federalwide Assurance is FWA000", D(r, 5), "; IORG000", D(r, 4), ".\n")
    sig(d, r, irb, cc, "Institutional Review Board")
    return d

@T("email_data_query", 3, "email")
def email_data_query(r):
    d = Doc(); site = "%04d" % r.randint(100, 9999); cra = Person(r, r.choice(["UK", "DE", "PL", "IN"])); sc = Person(r, r.choice(["ES", "IT", "FR", "BR", "JP", "ZA"]))
    sid = subj(r, site)
    d("From: EDC Notifications <", EM("no-reply@edc.example-cro.com"), ">\nTo: ", EM("site" + site + "@example-hospital.org"), "\nSubject: [Query ", "Q-", D(r, 6), "] ", sid, " — ",
      r.choice(["Demography", "Concomitant medication", "Medical history"]), "\n\n")
    k = r.choice(["dob", "cm", "mh"])
    if k == "dob":
        y = r.randint(1945, 1999)
        d("Query text: Date of birth entered as ", DOB("%d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))), " makes subject ", str(2025 - y),
          " at screening, but inclusion criterion 1 requires 18-75. Please verify against source.\n")
    elif k == "cm":
        d("Query text: ", RX(r.choice(MEDS)), " recorded in CM with start date after last dose; indication '", DXL(r.choice(DX)), "' missing from MH. Please reconcile.\n")
    else:
        d("Query text: MH term '", DXL(r.choice(DX)), "' is coded to LLT ", safe_digits(r, 8, "1"), " but the onset year (", str(r.randint(1990, 2024)), ") is after informed consent. Please confirm.\n")
    d("Raised by: ", PN(cra.fl), " (CRA) on ", fmt_date(rdate(r), "DMY"), "\n\n")
    d("> Site response (", PN(sc.fl), ", study coordinator): ", r.choice(["Corrected per source document; see note in binder.", "Confirmed as entered — source re-checked.", "Data entry error, updated."]), "\n")
    d("> Status: ", r.choice(["Answered", "Closed", "Re-opened"]), "\n\nDo not reply to this message. Log in to the EDC to respond.\n")
    return d

@T("chat_patient_pharmacist", 2, "chat")
def chat_patient_pharmacist(r):
    d = Doc(); cc = r.choice(["US", "UK", "CA", "ZA"]); p = Person(r, cc); ph = Person(r, cc); med = r.choice(MEDS); dx = r.choice(DX)
    t0 = r.randint(8, 20)
    clk = [r.randint(0, 20)]
    def line(who, *parts):
        clk[0] += r.randint(1, 6)
        d("[%02d:%02d] " % (t0 + clk[0] // 60, clk[0] % 60), PN(who), ": ", *parts)
        d("\n")
    d("Secure messaging — Ask a Pharmacist — conversation #", safe_digits(r, 8), "\n")
    line(p.first, "hi, my ", RX(med), " refill says 'too soon' but I'm nearly out??")
    line(ph.first, "Hi ", PN(p.first), ", happy to help. Can you confirm your date of birth and postcode/ZIP for me?")
    a, _ = addr(r, cc)
    line(p.first, DOB(fmt_date(p.dob, "dmy" if cc != "US" else "us")), " and I moved — new address is ", AD(a))
    line(ph.first, "Thanks. The insurer counts from the last fill. As you're on it for ", DXL(dx), " I can request an override.")
    line(p.first, r.choice(["my GP also started me on ", "doctor added "]), RX(r.choice(MEDS)), ", is that ok together?")
    line(ph.first, r.choice(["No interaction of concern. ", "Small interaction — take them 2 h apart. "]), "I'll call you on ", PH(phone(r, cc)), " if the override is declined.")
    line(p.first, r.choice(["thanks!! you're a lifesaver", "brilliant cheers", "ok thank u"]))
    return d

@T("chat_call_transcript", 3, "chat")
def chat_call_transcript(r):
    d = Doc(); p = Person(r, "US"); carer = Person(r, "US"); ag = Person(r, r.choice(["US", "ZA", "IN"]))
    d("CALL TRANSCRIPT (speech-to-text, auto-generated) — Mail-order pharmacy member services\nCall ID ", safe_digits(r, 10), "  Queue: RX-REFILL\n\n")
    d("AGENT (", PN(ag.first), "): Thank you for calling, this call may be recorded. Who am I speaking with?\n")
    d("CALLER: Hi, this is ", PN(carer.fl), ", I'm calling for my ", r.choice(["mother", "wife"] if p.female else ["father", "husband"]), ", ", PN(p.fl), ".\n")
    d("AGENT: Are you listed as an authorised representative? Can I have the member ID from the card?\n")
    mid = member_id(r)
    d("CALLER: Yes. It's ", L("HEALTH_PLAN_ID", mid), ". Date of birth ", DOB(fmt_date(p.dob, "mdy")), ".\n")
    d("AGENT: Thank you. I see the ", RX(r.choice(MEDS)), " is on hold for payment. Would you like to pay the copay today?\n")
    if r.random() < 0.6:
        d("CALLER: Yeah put it on the Visa, ", L("CREDIT_CARD", card(r, "visa")), ", expires ", "%02d/%d" % (r.randint(1, 12), r.randint(2026, 2030)), ".\n")
    else:
        d("CALLER: Use the card on file, the one ending ", D(r, 4), ".\n")
    d("AGENT: Done. It ships tonight to the address ending in ", r.choice(["Kettering Ave", "Old Mill Rd"]), ". Anything else?\n")
    if r.random() < 0.5:
        d("AGENT: For the assistance program I also need the Social Security number.\nCALLER: ", r.choice(["Her", "His"]), " social is ", L("US_SSN", ssn(r, r.choice(["-", " "]))), ".\n")
    d("CALLER: The neurologist says the ", DXL(r.choice(["Parkinson's disease", "multiple sclerosis", "epilepsy", "chronic migraine"])), " is getting worse, will the new dose be covered?\n")
    d("AGENT: I'll open a prior authorisation check and call back on ", PH(phone(r, "US")), ".\n")
    return d

@T("ticket_courier", 2, "ticket")
def ticket_courier(r):
    d = Doc(); cc = r.choice(["UK", "DE", "PL", "ES", "JP"]); p = Person(r, cc); ag = Person(r, "UK"); a, _ = addr(r, cc)
    d("Ticket #", "CX-", D(r, 6), "   Priority: ", r.choice(["P2", "P3"]), "   Queue: Mail-order exceptions\n")
    d("Subject: parcel returned - cold chain - ", r.choice(["incomplete address", "no one home x3", "customs hold"]), "\n")
    d("Reported by: ", PN(ag.fl), "\nConsignment: ", safe_digits(r, 12, "8"), "   Courier: ", r.choice(["DHL Medical Express", "DPD Pickup", "Japan Post EMS", "InPost"]), "\n\n")
    d("Description:\nparcel for ", PN(p.fl), " came back to the hub. contents: ", RX(r.choice(MEDS)), " (2-8C). address on label was\n  ", AD(a), "\n")
    d("customer says flat number missing. called ", PH(phone(r, cc)), " no answer, left vm.\n")
    d("\nInternal note: do NOT re-ship same lot (", lot(r), ") — excursion > 30 min. Reissue from DC stock, GTIN ", gtin14(r), ".\n")
    d("Status: Waiting on customer\n")
    return d

@T("ticket_it", 2, "ticket")
def ticket_it(r):
    d = Doc()
    d("INC", safe_digits(r, 7), " | ", r.choice(["EDC slow after release", "Label printer offline store 0412", "SFTP to central lab failing"]), "\n")
    d("Opened: ", ts(r), "  Category: Application  CI: ", r.choice(["edc-prod", "rx-labelsvc", "sftp-gw"]), "  Impact: ", r.choice(["Low", "Medium"]), "\n\n")
    d("Symptoms: response times > ", str(r.randint(3, 30)), "s since deploy of ", version_ip(r), ". Error rate ", "%.1f%%" % r.uniform(0.1, 9), ".\n")
    d("Steps: restarted pod edc-web-", "".join(r.choice("abcdef0123456789") for _ in range(5)), "; cleared cache; checked cert chain (OID 1.2.840.113549.1.1.11).\n")
    d("Workaround: use secondary VIP. Related change CHG", safe_digits(r, 7), ". Vendor ref ", D(r, 4), "-", D(r, 6), ".\n")
    d("Assigned group: App Support L2 — no end-user data involved.\n")
    return d

@T("email_recall", 2, "email")
def email_recall(r):
    d = Doc(); code, drug = r.choice(ATC)
    d("From: Quality Assurance <QA-notices>\nTo: All stores; Mail-order DC\nSubject: URGENT — ", r.choice(["Class II", "Class III"]), " recall — ", drug, " ", r.choice(STRENGTHS), "\n\n")
    d("Manufacturer ", company_person(r), " is recalling the following lots to pharmacy level:\n\n")
    for _ in range(r.randint(2, 4)):
        d("  NDC ", ndc(r), "   Lot ", lot(r), "   Exp ", "%02d/%d" % (r.randint(1, 12), r.randint(2026, 2028)), "   GTIN ", gtin14(r), "\n")
    d("\nAction: quarantine stock, complete the return form by ", fmt_date(rdate(r, 2025, 2025), "mdy"), ". No patient-level recall is required; do not contact patients.\n")
    d("Stores closed for ", r.choice(["Martin Luther King Jr. Day", "Presidents' Day", "Juneteenth", "St. Andrew's Day"]), " should action on the next business day.\n\nQA Operations\n")
    return d

@T("email_monitoring_followup", 2, "email")
def email_monitoring_followup(r):
    d = Doc(); cc = r.choice(["DE", "ES", "IT", "FR", "PL", "BR", "JP", "ZA"]); cra = Person(r, cc); pi = Person(r, cc); a, _ = addr(r, cc, True)
    d("Subject: Follow-up letter — Interim Monitoring Visit ", str(r.randint(2, 9)), " — Site ", "%03d" % r.randint(1, 99), "\n\n")
    d("Dear Dr ", PN(pi.last), ",\n\nThank you for hosting the visit on ", fmt_date(rdate(r), "dmy"), ". Action items:\n")
    d("  1. Delegation log: add ", PN(Person(r, cc).fl), " (pharmacist) before they dispense IMP.\n")
    d("  2. IMP accountability: kit ", "%06d" % r.randint(1, 999999), " missing from return log.\n")
    d("  3. ", subj(r), ": SAE of ", DXL(r.choice(AE_DX)), " not reported within 24 h.\n")
    d("  4. Temperature log gap ", fmt_date(rdate(r), "iso"), " to ", fmt_date(rdate(r), "iso"), ".\n\n")
    d("Courier for archived ISF boxes will collect from:\n", AD(a), "\n\n")
    sig(d, r, cra, cc, "Meridian CRO")
    return d

@T("chat_team", 2, "chat")
def chat_team(r):
    d = Doc()
    names = ["qa-bot", "release-train", "dc-ops", "inventory-sync", "pager"]
    for _ in range(r.randint(5, 8)):
        who = r.choice(names)
        d("%02d:%02d " % (r.randint(0, 23), r.randint(0, 59)), who, ": ", r.choice([
            "rx-core %s is green on staging" % version_ip(r),
            "lot %s on hold pending CoA" % lot(r),
            "GTIN %s missing from master data" % gtin14(r),
            "reminder: DC closed for %s" % r.choice(["Thanksgiving", "Boxing Day", "Diwali", "Tiradentes"]),
            "kit resupply for %s site %04d shipped, AWB %s" % (protocol(r), r.randint(100, 9999), safe_digits(r, 12, "7")),
            "NDC %s repackaged -> %s" % (ndc(r), ndc(r)),
            "who owns the %s formulary import? ticket INC%s" % (r.choice(["Aetna", "Cigna", "Humana"]), safe_digits(r, 7)),
            "protocol %s amendment 3 effective Monday" % protocol(r)]), "\n")
    return d

@T("ticket_pv_intake", 2, "ticket")
def ticket_pv_intake(r):
    d = Doc(); cc = r.choice(["US", "UK", "CA", "BR", "IN"]); p = Person(r, cc); ag = Person(r, cc)
    d("PV INTAKE — case ", "AE-", str(r.randint(2024, 2025)), "-", D(r, 6), "   Source: ", r.choice(["call centre", "store pharmacist", "web form", "social media listening"]), "\n")
    d("Reporter: ", r.choice(["consumer (patient)", "carer", "pharmacist"]), "   Contact: ", PN(p.fl), ", ", PH(phone(r, cc)), "\n")
    d("Suspect product: ", RX(r.choice(MEDS)), "   Lot: ", lot(r), "   Exp: ", "%02d/%d" % (r.randint(1, 12), r.randint(2026, 2028)), "\n")
    d("Event verbatim: \"", r.choice(["after the new batch my face swelled up and I had hives", "felt dizzy and fainted twice", "terrible stomach pain, went to A&E"]), "\"\n")
    d("Medical history: ", DXL(r.choice(DX)), "\nAge/sex: ", str(r.randint(19, 88)), "/", r.choice("MF"), "   DOB: ", DOB(fmt_date(p.dob, "iso")), "\n")
    d("Minimum criteria (identifiable patient, reporter, product, event): MET\nIntake by: ", PN(ag.first), "   Forwarded to safety DB within 24h: Y\n")
    return d

@T("email_prescriber_clarify", 2, "email")
def email_prescriber_clarify(r):
    d = Doc(); cc = r.choice(["UK", "CA", "US"]); p = Person(r, cc); dr = Person(r, cc); rph = Person(r, cc)
    d("Subject: Prescription clarification needed — ", PN(p.fl), "\n\nHello Dr ", PN(dr.last), ",\n\n")
    d("We received a prescription for ", PN(p.fl), " (DOB ", DOB(fmt_date(p.dob, "dmy")), ") for ", RX(r.choice(MEDS)), " ", r.choice(STRENGTHS),
      " but the patient is also on ", RX(r.choice(MEDS)), ". Given the documented ", DXL(r.choice(DX)), ", could you confirm the intended dose?\n")
    if cc == "UK":
        d("NHS number on the EPS token: ", L("UK_NHS_NUMBER", nhs(r)), ".\n")
    d("\nIt is not a 'Hail Mary' request — we simply need a signed change. Reply to this e-mail or call ", PH(phone(r, cc)), ".\n\nKind regards,\n", PN(rph.first), "\n", pharmacy_name(r), "\n")
    return d

# ============================== FREE TEXT / HTML ==============================
@T("ft_cioms", 3, "free_text")
def ft_cioms(r):
    d = Doc(); cc = r.choice(["DE", "ES", "IT", "FR", "PL", "BR", "JP", "ZA", "IN"]); p = Person(r, cc); rep = Person(r, cc)
    initials = (ascii_fold(p.first)[0] + ascii_fold(p.last.split()[-1])[0]).upper()
    d("CIOMS I — SUSPECT ADVERSE REACTION REPORT        Mfr control no. ", cc, "-", company_person(r).split()[0].upper(), "-", D(r, 7), "\n\n")
    d("1. Patient initials: ", initials, "     1a. Country: ", cc, "     2. Date of birth: ", DOB(fmt_date(p.dob, "DMY")), "     2a. Age: ", str(2025 - p.dob[0]), "\n")
    d("3. Sex: ", "F" if p.female else "M", "     4-6. Reaction onset: ", fmt_date(rdate(r), "DMY"), "\n")
    d("7+13. Describe reaction(s): ", r.choice({
        "DE": ["Patientin entwickelte nach Dosissteigerung ein ", "Aufnahme wegen "],
        "ES": ["La paciente presentó ", "Ingreso hospitalario por "],
        "IT": ["Il paziente ha sviluppato ", "Ricovero per "],
        "FR": ["La patiente a présenté une ", "Hospitalisation pour "],
        "PL": ["U pacjenta wystąpiło ", "Hospitalizacja z powodu "],
        "BR": ["Paciente apresentou ", "Internação por "]}.get(cc, ["Patient developed ", "Hospitalised with "])),
      DXL(r.choice(AE_DX)), " ", str(r.randint(3, 60)), " days after starting the suspect drug. Dechallenge positive.\n")
    d("14. Suspect drug: ", RX(r.choice(MEDS)), " ", r.choice(STRENGTHS), "   Lot ", lot(r), "\n")
    d("22. Concomitant drugs: ", RX(r.choice(MEDS)), ", ", RX(r.choice(MEDS)), "\n")
    dxh = {"DE": DX_DE, "ES": DX_ES, "IT": DX_IT, "FR": DX_FR, "BR": DX_PT, "PL": DX_PL}.get(cc, DX)
    d("23. Other relevant history: ", DXL(r.choice(dxh)), "; ", r.choice(["no known drug allergies", "ex-smoker"]), "\n")
    d("24b. Name and address of manufacturer: ", company_person(r), ", Pharmacovigilance Dept.\n")
    d("Primary source: ", r.choice(["community pharmacist", "physician", "consumer"]), " ", PN(rep.fl), ", tel. ", PH(phone(r, cc)), "\n")
    return d

@T("ft_medwatch", 2, "free_text")
def ft_medwatch(r):
    d = Doc(); p = Person(r, "US"); rep = Person(r, "US")
    d("MEDWATCH FORM FDA 3500 — Section B.5 Describe event or problem (pharmacy-submitted)\n\n")
    d("Patient identifier: ", "".join(x[0] for x in p.fl.split()).upper(), "   Age at time of event: ", str(r.randint(18, 90)), "   Weight: ", str(r.randint(45, 130)), " kg\n")
    d("The patient, a ", r.choice(["woman", "man"]), " with ", DXL(r.choice(DX)), ", picked up a new fill of ", RX(r.choice(MEDS)), " from our store on ", fmt_date(rdate(r), "mdy"),
      ". Two days later the patient called reporting ", r.choice(["tongue swelling", "severe dizziness", "black stools"]), " and was taken to the ED, where ", DXL(r.choice(AE_DX)),
      " was diagnosed. The tablets looked different from the previous fill (new manufacturer, ", company_person(r), "). ")
    d("The patient's spouse, ", PN(Person(r, "US").fl), ", brought the bottle back (NDC ", ndc(r), ", lot ", lot(r), ").\n\n")
    d("Section G — Reporter: ", PN(rep.fl), ", PharmD, ", AD(addr(r, "US")[0]), "; ", PH(phone(r, "US")), "; ", EM(rep.email(r, "rxchain-pv.example.com")), "\n")
    return d

@T("ft_investigator_cv", 2, "free_text")
def ft_investigator_cv(r):
    d = Doc(); cc = r.choice(["DE", "ES", "IT", "FR", "PL", "BR", "IN", "ZA", "JP", "UK", "US", "CA"]); p = Person(r, cc); a, _ = addr(r, cc)
    d("CURRICULUM VITAE (ICH E6(R3) — signed and dated within 2 years)\n\n")
    d("Name: ", PN(p.fl), "\n")
    if r.random() < 0.5:
        d("Date of birth: ", DOB(fmt_date(p.dob, "dmy")), "\n")
    d("Business address: ", AD(a), "\nTelephone: ", PH(phone(r, cc)), "\nE-mail: ", EM(p.email(r, "med-faculty.example.org")), "\n\n")
    d("POSITION\n  ", r.choice(["Consultant Rheumatologist", "Head of Clinical Pharmacology Unit", "Associate Professor of Endocrinology", "Chief Pharmacist, Research Pharmacy"]), ", ",
      r.choice(["Hospital Universitario de Cruces", "Charité – Universitätsmedizin Berlin", "Policlinico Gemelli", "Groote Schuur Hospital", "Christian Medical College Vellore", "Keio University Hospital", "Mayo Clinic"]), "\n\n")
    d("EDUCATION\n  ", str(r.randint(1985, 2008)), "  MD, ", r.choice(["Università di Bologna", "Jagiellonian University", "Universidade de São Paulo", "University of Cape Town", "AIIMS New Delhi"]),
      "\n  ", str(r.randint(1990, 2012)), "  Board certification\n\n")
    d("TRIAL EXPERIENCE (last 5 years)\n")
    for _ in range(3):
        d("  - ", r.choice(["Phase III", "Phase II", "Phase Ib"]), " ", r.choice(["RA", "T2DM", "psoriasis", "NSCLC", "MDD"]), " trial (", r.choice(STUDY_DRUGS), "), PI, ", str(r.randint(4, 60)), " pts randomised\n")
    d("GCP training: TransCelerate-recognised, completed ", fmt_date(rdate(r, 2024, 2025), "dmy"), "\nMedical licence no.: ", "".join(r.choice("ABCDEFGHJK") for _ in range(2)), D(r, 6), " (", cc, ")\n")
    d("\nSignature: ____________   Date: ", fmt_date(rdate(r, 2025, 2025), "dmy"), "\n")
    return d

@T("ft_monitoring_report", 2, "free_text")
def ft_monitoring_report(r):
    d = Doc(); cc = r.choice(["DE", "ES", "IT", "FR", "PL", "BR", "JP", "ZA", "IN", "UK"]); cra = Person(r, cc); pi = Person(r, cc); site = "%04d" % r.randint(100, 9999)
    d("MONITORING VISIT REPORT — ", r.choice(["Interim", "Close-out", "Site Initiation"]), " Visit\nProtocol: ", protocol(r), "   Site: ", site, "   Country: ", cc, "\n")
    d("Monitor: ", PN(cra.fl), "     Principal Investigator: ", PN(pi.fl), "\nVisit date: ", fmt_date(rdate(r), "DMY"), "\n\n")
    d("1. Source data verification\n   ", str(r.randint(3, 20)), " subjects reviewed (", ", ".join(subj(r, site) for _ in range(3)), ").\n")
    s1 = subj(r, site)
    d("   ", s1, ": medical history omits ", DXL(r.choice(DX)), " documented in the GP letter; concomitant ", RX(r.choice(MEDS)), " missing from CM page.\n")
    d("   ", subj(r, site), ": no findings.\n")
    d("2. IMP accountability\n   Kits ", "%06d" % r.randint(1, 999999), "-", "%06d" % r.randint(1, 999999), " reconciled. Pharmacy fridge excursion on ", fmt_date(rdate(r), "iso"),
      " (max 9.2°C, 40 min) — sponsor assessment: stable.\n")
    d("3. Regulatory binder\n   Ethics approval letter and ", str(r.randint(2, 8)), " CVs current. ", r.choice(["The GCP certificate of one sub-investigator has lapsed.", "No issues."]), "\n")
    d("4. Protocol deviations\n   ", r.choice(["Visit window exceeded by 3 days (1 subject).", "ICF v4.0 used after v5.0 approval (1 subject) — major.", "None."]), "\n")
    return d

@T("html_patient_portal", 2, "html")
def html_patient_portal(r):
    d = Doc(); cc = r.choice(["US", "UK", "CA"]); p = Person(r, cc); a, _ = addr(r, cc, True)
    d("<!DOCTYPE html>\n<html><head><title>My Medications — ", pharmacy_name(r) if r.random() < 0.3 else "RxChain Online", "</title></head>\n<body>\n<header><h1>Welcome back, ", PN(p.first), "</h1></header>\n")
    d("<section id=\"profile\">\n<dl>\n  <dt>Name</dt><dd>", PN(p.fl), "</dd>\n  <dt>Date of birth</dt><dd>", DOB(fmt_date(p.dob, "dmy")), "</dd>\n")
    d("  <dt>Delivery address</dt><dd>", AD(a.replace("\n", "<br>")), "</dd>\n  <dt>Mobile</dt><dd>", PH(phone(r, cc)), "</dd>\n")
    if cc == "UK":
        d("  <dt>NHS number</dt><dd>", L("UK_NHS_NUMBER", nhs(r)), "</dd>\n")
    else:
        d("  <dt>Insurance member ID</dt><dd>", L("HEALTH_PLAN_ID", member_id(r)), "</dd>\n")
    d("</dl>\n</section>\n<section id=\"meds\">\n<table>\n<tr><th>Medication</th><th>Directions</th><th>Refills left</th><th>Condition</th></tr>\n")
    for _ in range(r.randint(2, 4)):
        d("<tr><td>", RX(r.choice(MEDS)), " ", r.choice(STRENGTHS), "</td><td>", r.choice(["1 tab daily", "2 puffs BID", "inject weekly"]), "</td><td>", str(r.randint(0, 5)), "</td><td>", DXL(r.choice(DX)), "</td></tr>\n")
    d("</table>\n</section>\n<footer>Version ", version_ip(r), " &middot; <a href=\"/privacy\">Privacy</a></footer>\n</body></html>\n")
    return d

@T("html_formulary", 2, "html")
def html_formulary(r):
    d = Doc()
    d("<html><body>\n<h2>", str(r.randint(2025, 2026)), " Preferred Drug List — ", r.choice(["Commercial", "Medicare Part D", "Medicaid Managed Care"]), "</h2>\n<p>Tier 1 = preferred generic. PA = prior authorization. ST = step therapy. QL = quantity limit.</p>\n<table>\n")
    d("<tr><th>Drug</th><th>Strength</th><th>Tier</th><th>Notes</th><th>ATC</th></tr>\n")
    for code, name in r.sample(ATC, 8):
        d("<tr><td>", name, "</td><td>", r.choice(STRENGTHS), "</td><td>", str(r.randint(1, 5)), "</td><td>", r.choice(["", "PA", "ST; QL 30/30", "QL"]), "</td><td>", code, "</td></tr>\n")
    d("</table>\n<p>Drugs used for ", r.choice(["type 2 diabetes", "rheumatoid arthritis", "COPD"]), " may require step therapy with ", r.choice(["metformin", "methotrexate", "tiotropium"]), " first.</p>\n</body></html>\n")
    return d

@T("ft_patient_leaflet", 2, "free_text")
def ft_patient_leaflet(r):
    d = Doc(); code, drug = r.choice(ATC)
    d("PACKAGE LEAFLET: INFORMATION FOR THE USER\n", drug.capitalize(), " ", r.choice(STRENGTHS), " film-coated tablets\n\n")
    d("1. What ", drug, " is and what it is used for\n", drug.capitalize(), " belongs to a group of medicines (ATC ", code, ") used to treat ", r.choice(DX), " in adults.\n\n")
    d("2. What you need to know before you take it\nDo not take it if you have ", r.choice(DX), " or are allergic to any of the ingredients. Talk to your doctor if you have ",
      r.choice(DX), " or ", r.choice(DX), ".\n\n")
    d("4. Possible side effects\nCommon (may affect up to 1 in 10 people): headache, nausea. Rare: ", r.choice(AE_DX), ".\n\n")
    d("Marketing authorisation holder: ", company_person(r), ". This leaflet was last revised in ", r.choice(["March", "June", "October"]), " ", str(r.randint(2023, 2025)), ".\nPL ", D(r, 5), "/", D(r, 4), "\n")
    return d

@T("ft_research", 2, "free_text")
def ft_research(r):
    d = Doc()
    d(r.choice(["Journal club notes", "Literature summary for the medical-affairs newsletter"]), "\n\n")
    sents = ["In a cohort of 14,203 adults, %s was associated with a 1.8-fold higher risk of %s (95%% CI 1.4-2.3)." % (r.choice(DX), r.choice(AE_DX)),
             "Patients with %s who received %s had fewer hospitalisations than those on placebo." % (r.choice(DX), r.choice(MEDS)),
             "Parkinson's law applies to our PA backlog: the work expands to fill the time available.",
             "The post-launch dip was called 'a depression in refill volumes' by the regional manager.",
             "Alzheimer's disease and Hodgkin lymphoma are named after the physicians who first described them.",
             "Sales of %s fell after the %s patent expired; %s launched a generic in Q3." % (r.choice(MEDS), company_person(r), company_person(r)),
             "No individual patient data are presented; all figures are aggregate.",
             "The migraine of quarter-end reporting is the reconciliation of lot %s." % lot(r),
             "Kaplan-Meier curves separated by month 6 (HR 0.72); the Cox model adjusted for baseline HbA1c.",
             "Screening failure rate was 31%%, mostly due to eGFR < 45 mL/min/1.73 m2."]
    r.shuffle(sents)
    d(" ".join(sents[:7]), "\n")
    return d

@T("html_store_locator", 2, "html")
def html_store_locator(r):
    d = Doc(); cc = r.choice(["UK", "US", "CA", "ZA", "DE"])
    d("<html><body><h1>Find a pharmacy near you</h1>\n<ul class=\"stores\">\n")
    for _ in range(r.randint(3, 4)):
        a, city = addr(r, cc)
        d("  <li><strong>", pharmacy_name(r), " — ", city, "</strong><br>", AD(a), "<br>Tel: ", PH(phone(r, cc)), "<br>Open ", r.choice(["8am-10pm", "24 hours", "9-18 Mon-Sat"]), "</li>\n")
    d("</ul>\n<p>Flu jabs and travel vaccines available. Named after our founder, ", r.choice(["Jesse Boot", "Charles R. Walgreen", "Jean Coutu"]), ".</p>\n</body></html>\n")
    return d

@T("ft_newsletter", 2, "free_text")
def ft_newsletter(r):
    d = Doc()
    d("RxChain Staff Bulletin — ", r.choice(["Spring", "Autumn"]), " edition\n\n")
    d("* The DC will close for ", r.choice(["Memorial Day", "Good Friday", "Canada Day", "Heritage Day", "Republic Day"]), " and ", r.choice(["Labor Day", "Diwali", "Golden Week", "Freedom Day"]), ".\n")
    d("* Our partnership with ", company_person(r), " and ", company_person(r), " for specialty distribution starts next quarter.\n")
    d("* App release ", version_ip(r), " adds barcode scanning of GTIN-14 codes (e.g. ", gtin14(r), ").\n")
    d("* The ", r.choice(["Florence Nightingale", "Marie Curie", "Alexander Fleming"]), " Award for patient safety goes to the Leeds mail-order team (names withheld at their request).\n")
    d("* Reminder: never paste patient details into chat tools. Use masked values like ***-**-", D(r, 4), " or card ending ", D(r, 4), ".\n")
    d("* CRO division: ", str(r.randint(3, 12)), " new studies started, including ", protocol(r), " (", r.choice(STUDY_DRUGS), ").\n")
    return d

@T("ft_consent_note", 2, "free_text")
def ft_consent_note(r):
    d = Doc(); cc = r.choice(["US", "UK", "ZA", "IN", "BR", "CA"]); p = Person(r, cc); inv = Person(r, cc)
    d("Re-consent note — ", fmt_date(rdate(r), "dmy"), "\n")
    d(PN(p.fl), " (born ", DOB(fmt_date(p.dob, "dmy")), "), participant ", subj(r), ", attended for re-consent to ICF v", "%d.0" % r.randint(3, 8),
      " following the protocol amendment adding ", RX(r.choice(MEDS)), " as rescue medication. The changes were explained in ", r.choice(["English", "isiZulu with an interpreter", "Hindi", "Portuguese", "French"]),
      "; the participant's ", DXL(r.choice(DX)), " and current ", RX(r.choice(MEDS)), " were discussed. ")
    d("Questions answered; signed at ", "%02d:%02d" % (r.randint(8, 17), r.randint(0, 59)), " before any study procedure. Copy given. — ", PN(inv.fl), "\n")
    return d

@T("html_recruitment", 2, "html")
def html_recruitment(r):
    d = Doc(); cc = r.choice(["US", "UK", "PL", "ES", "BR"])
    cond = r.choice(["type 2 diabetes", "moderate-to-severe plaque psoriasis", "treatment-resistant depression", "asthma"])
    d("<html><body>\n<h1>Do you live with ", cond, "?</h1>\n<p>We are looking for adults aged 18-75 to take part in a research study of an investigational medicine (", r.choice(STUDY_DRUGS), ").</p>\n")
    d("<ul><li>Up to 12 clinic visits</li><li>Travel costs reimbursed</li><li>Study medicine at no cost</li></ul>\n")
    if r.random() < 0.5:
        d("<p>Call the study team on ", PH(phone(r, cc)), " or visit our clinic.</p>\n")
    else:
        d("<p>Ask your pharmacist for a leaflet, or scan the QR code. Protocol ", protocol(r), ", ethics ref. ", D(r, 2), "/", r.choice(["LO", "NW", "YH"]), "/", D(r, 4), ".</p>\n")
    d("<p><small>Approved by the ethics committee. Version ", "%d.%d" % (r.randint(1, 5), r.randint(0, 9)), ", ", fmt_date(rdate(r), "dmy"), ".</small></p>\n</body></html>\n")
    return d

@T("ft_ethics_minutes", 2, "free_text")
def ft_ethics_minutes(r):
    d = Doc(); cc = r.choice(["ZA", "IN", "UK", "PL", "ES", "IT", "DE", "FR"]); chair = Person(r, cc)
    d("MINUTES — Research Ethics Committee meeting ", fmt_date(rdate(r), "dmy"), "\n\nPresent: ")
    members = [Person(r, cc) for _ in range(r.randint(3, 5))]
    d(PN(chair.fl), " (Chair)")
    for m_ in members:
        d(", ", PN(m_.fl))
    d("\nApologies: ", PN(Person(r, cc).fl), "\n\n")
    d("Item 1 — ", protocol(r), " (", r.choice(STUDY_DRUGS), "): favourable opinion with conditions. The committee asked that the participant information sheet explain the difference between the study drug and ",
      r.choice(MEDS), " in plain language.\n")
    d("Item 2 — Safety report: ", str(r.randint(2, 30)), " SUSARs across all sites, none at local sites. No change to benefit-risk.\n")
    d("Item 3 — ", r.choice(["Annual progress report noted.", "Substantial amendment 2 approved.", "Complaint from a member of the public about advert wording; response agreed."]), "\n")
    d("Declarations of interest: ", PN(members[0].fl), " declared consultancy for ", company_person(r), " and left the room for item 1.\n")
    return d

@T("ft_jp_report", 2, "free_text")
def ft_jp_report(r):
    d = Doc()
    fam = r.choice(["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村"]); giv = r.choice(["花子", "太郎", "陽菜", "健一", "美咲", "翔太", "由美子"])
    rp = r.choice(["小林 直樹", "加藤 恵", "吉田 誠", "山本 彩"])
    y, m, dd = r.randint(1940, 1995), r.randint(1, 12), r.randint(1, 28)
    d("副作用報告書 / Adverse drug reaction report (pharmacy → MAH)\n\n")
    d("患者氏名 / Patient: ", PN(fam + " " + giv), "\n生年月日 / Date of birth: ", DOB(fmt_date((y, m, dd), "jp")), "\n")
    d("住所 / Address: ", AD(jp_addr_native(r)), "\n電話 / Tel: ", PH(phone(r, "JP")), "\n")
    d("被疑薬 / Suspect drug: ", RX(r.choice(["ワルファリン", "メトホルミン", "lamotrigine", "クロザピン"])), "  ロット / Lot ", lot(r), "\n")
    d("副作用 / Reaction: ", DXL(r.choice(["薬剤性肝障害", "スティーブンス・ジョンソン症候群", "無顆粒球症", "drug-induced liver injury"])), "\n")
    d("既往歴 / History: ", DXL(r.choice(["2型糖尿病", "高血圧症", "統合失調症", "てんかん"])), "\n")
    d("報告者 / Reporter: 薬剤師 ", PN(rp), " (", r.choice(["Matsumoto Kiyoshi", "Sugi Pharmacy", "Welcia"]), ")\n")
    return d

@T("ft_za_pharmacy_note", 1, "free_text")
def ft_za_pharmacy_note(r):
    d = Doc(); p = Person(r, "ZA"); a, _ = addr(r, "ZA")
    d("CHRONIC MEDICATION DISPENSING (CCMDD) — pickup point note\n")
    d("Patient ", PN(p.fl), " collected 3-month parcel of ", RX(r.choice(["tenofovir/lamivudine/dolutegravir", "Biktarvy", "metformin", "amlodipine"])), " for ", DXL(r.choice(["HIV infection", "type 2 diabetes mellitus", "essential hypertension"])),
      ". Passport no. ", L("PASSPORT", PASS_SHAPES["South Africa"](r)), " used as ID (foreign-born). Cell ", PH(phone(r, "ZA")), ". Lives at ", AD(a), ".\n")
    d("Next collection ", fmt_date(rdate(r, 2026, 2026), "dmy"), ". Parcel barcode ", safe_digits(r, 13), ".\n")
    return d

@T("ft_recall_notice", 1, "free_text")
def ft_recall_notice(r):
    d = Doc(); code, drug = r.choice(ATC)
    d("DRUG SAFETY COMMUNICATION / DEAR HEALTHCARE PROFESSIONAL LETTER\n\n")
    d(company_person(r), ", in agreement with the ", r.choice(["MHRA", "BfArM", "AIFA", "ANSM", "AEMPS", "ANVISA", "CDSCO", "PMDA"]), ", would like to inform you of a precautionary recall of ", drug,
      " ", r.choice(STRENGTHS), " (ATC ", code, "), batches ", lot(r), " and ", lot(r), ", expiry ", "%02d/%d" % (r.randint(1, 12), r.randint(2026, 2028)), ".\n")
    d("There is no evidence of patient harm. Patients with ", r.choice(DX), " should not stop treatment without advice. Pharmacies should quarantine affected stock.\n")
    d("Call for reporting: use the Yellow Card scheme or your national system. Reference ", "DHPC-", D(r, 4), "-", D(r, 2), ".\n")
    return d

# ============================== additional forms / chat (non-US national ids) ==============================

@T("f_sg_participant", 2, "form")
def f_sg_participant(r):
    d = Doc(); p = Person(r, "SG", "sg"); a, _ = addr(r, "SG")
    d("OVERSEAS PARTICIPANT REGISTRATION — Site IN-", "%03d" % r.randint(1, 40), " / JP-", "%03d" % r.randint(1, 40), "\n")
    d("Name (as in NRIC): ", PN(p.last.upper() + " " + p.first), "\n")
    d("NRIC/FIN: ", L("SG_NRIC", nric(r, r.choice("STFG"))), "\n")
    d("Date of birth: ", DOB(fmt_date(p.dob, "dmy")), "\n")
    d("Home address: ", AD(a), "\nHandphone: ", PH(phone(r, "SG")), "\n")
    d("Passport (for travel to site): ", L("PASSPORT", PASS_SHAPES["Singapore"](r)), "\n")
    d("Previously submitted NRIC (rejected, check letter wrong): ", bad_nric(r), "\n")
    return d

@T("f_pap_application", 2, "form")
def f_pap_application(r):
    d = Doc(); p = Person(r, "US"); a, _ = addr(r, "US", True); st = r.choice(list(STATE_NAMES))
    d(company_person(r), " Patient Assistance Foundation — APPLICATION (faxed by specialty pharmacy)\n\n")
    d("Applicant: ", PN(p.fl), "\nSocial Security Number: ", L("US_SSN", ssn(r, r.choice(["-", " "]))), "\nDate of Birth: ", DOB(fmt_date(p.dob, "us")), "\n")
    d("Address:\n", AD(a), "\nPhone: ", PH(phone(r, "US")), "\n")
    d("Household size: ", str(r.randint(1, 6)), "   Annual household income: $", "{:,}".format(r.randint(9000, 60000)), "\n")
    if r.random() < 0.5:
        d("Proof of identity: U.S. passport no. ", L("US_PASSPORT", us_passport(r)), "\n")
    else:
        d("Proof of identity: ", STATE_NAMES[st], " driver license ", L("DRIVER_LICENSE", dl_us(r, st)), "\n")
    d("Medication requested: ", RX(r.choice(["Humira", "Biktarvy", "Eliquis", "Jardiance", "Xarelto", "Ozempic"])), "   Diagnosis: ", DXL(r.choice(DX)), "\n")
    d("Insurance: ", r.choice(["none", "Medicaid pending", "Medicare Part D - in coverage gap"]), "\n")
    d("Spouse SSN (not required, left masked): XXX-XX-", D(r, 4), "\n")
    return d

@T("f_fr_tiers_payant", 2, "form")
def f_fr_tiers_payant(r):
    d = Doc(); p = Person(r, "FR"); a, _ = addr(r, "FR")
    d("PHARMACIE — FICHE PATIENT / TIERS PAYANT\n\n")
    d("Nom : ", PN(p.last.upper()), "    Prénom : ", PN(p.first), "\n")
    d("Né(e) le : ", DOB(fmt_date(p.dob, "eu")), "\n")
    d("N° de sécurité sociale (carte Vitale) : ", L("FR_NIR", nir(r, "2" if p.female else "1", p.dob[0] % 100, p.dob[1], r.random() < 0.6)), "\n")
    d("Mutuelle : ", r.choice(["MGEN", "Harmonie Mutuelle", "Malakoff Humanis"]), "   N° d'adhérent : ", L("HEALTH_PLAN_ID", D(r, 9)), "\n")
    d("Adresse : ", AD(a), "\nTél. : ", PH(phone(r, "FR")), "\n")
    d("ALD (affection de longue durée) : ", DXL(r.choice(DX_FR)), "\nTraitement chronique : ", RX(r.choice(["Lévothyrox", "metformine", "Eliquis", "ramipril"])), "\n")
    d("Ancien numéro saisi (clé erronée) : ", bad_nir(r), "\n")
    return d

@T("f_it_ricetta", 1, "form")
def f_it_ricetta(r):
    d = Doc(); p = Person(r, "IT", "it"); y, m, dd = p.dob; city = r.choice(list(BELFIORE)); a, _ = addr(r, "IT")
    cf = cod_fisc(p.first, p.last, y, m, dd, p.female, city)
    d("PROMEMORIA RICETTA ELETTRONICA — SSN\nNRE: ", "%04dA%010d" % (r.randint(1000, 9999), r.randint(0, 9999999999)), "\n")
    d("Cognome e nome: ", PN(p.last.upper() + " " + p.first.upper()), "\n")
    d("Codice fiscale: ", L("IT_FISCAL_CODE", cf), "\n")
    d("Nato/a a ", city, " il ", DOB(fmt_date(p.dob, "eu")), "\n")
    d("Indirizzo: ", AD(a), "\n")
    d("Prescrizione: ", RX(r.choice(["eutirox", "ramipril", "metformina", "apixaban"])), " ", r.choice(STRENGTHS), " — 2 confezioni\nEsenzione: ", r.choice(["013", "048", "nessuna"]), "  Diagnosi: ", DXL(r.choice(DX_IT)), "\n")
    d("CF del medico: [omesso]   Codice fiscale errato in anagrafica vecchia: ", bad_cf(cf), "\n")
    return d

@T("chat_whatsapp_es", 2, "chat")
def chat_whatsapp_es(r):
    d = Doc(); p = Person(r, "ES"); a, _ = addr(r, "ES"); day = (r.randint(1, 28), r.randint(1, 12)); clk = [r.randint(9 * 60, 19 * 60)]
    def line(who, *parts):
        clk[0] += r.randint(0, 9)
        d("[%02d/%02d/25 %02d:%02d] " % (day[0], day[1], clk[0] // 60, clk[0] % 60), who, ": ", *parts)
        d("\n")
    line("Farmacia Ldo. Ruiz", "Hola, ¿en qué podemos ayudarle?")
    line(PN(p.first), "Hola! quería pedir el ", RX(r.choice(["Sintrom", "Eutirox", "metformina", "Xarelto"])), " a domicilio para mi madre")
    line("Farmacia Ldo. Ruiz", "Claro. Necesitamos el DNI o NIE del paciente y la dirección.")
    line(PN(p.first), L("ES_DNI", dni(r, r.random() < 0.4)), " , ", AD(a))
    line(PN(p.first), "ella tiene ", DXL(r.choice(DX_ES)), ", el médico dijo que no puede quedarse sin él")
    line("Farmacia Ldo. Ruiz", "Perfecto, sale hoy. Le llamamos al ", PH(phone(r, "ES")), " cuando esté en reparto.")
    line(PN(p.first), "gracias!! 🙏")
    return d

@T("chat_whatsapp_in_br", 2, "chat")
def chat_whatsapp_in_br(r):
    d = Doc()
    if CUR["n"] % 2 == 0:
        p = Person(r, "IN"); a, _ = addr(r, "IN"); shop = "Jan Aushadhi Kendra (home delivery)"; day = (r.randint(1, 28), r.randint(1, 12)); clk = [r.randint(9 * 60, 11 * 60)]
        def line(who, *parts):
            clk[0] += r.randint(1, 25)
            h = clk[0] // 60
            d("%d/%d/25, %d:%02d %s - " % (day[0], day[1], (h - 1) % 12 + 1, clk[0] % 60, "am" if h < 12 else "pm"), who, ": ", *parts); d("\n")
        line(shop, "Namaste! Please share prescription photo and Aadhaar for PM-JAY billing.")
        line(PN(p.first), "<Media omitted>")
        line(PN(p.first), "aadhaar no ", L("IN_AADHAAR", aadhaar(r, r.random() < 0.6)), " , it is for my father, he has ", DXL(r.choice(["type 2 diabetes mellitus", "essential hypertension", "COPD"])))
        line(shop, "Received. ", RX(r.choice(["metformin", "glimepiride", "telmisartan", "amlodipine"])), " 30 tabs + ", RX(r.choice(["atorvastatin", "tiotropium"])), ". Address?")
        line(PN(p.first), AD(a))
        line(shop, "Delivery tomorrow. Rider will call ", PH(phone(r, "IN")), ". Old card no. ", bad_aadhaar(r), " shows invalid, please ignore.")
    else:
        p = Person(r, "BR"); a, _ = addr(r, "BR"); shop = "Drogaria Farmácia Popular"; clk = [r.randint(8 * 60, 18 * 60)]
        def line(who, *parts):
            clk[0] += r.randint(1, 12)
            d("[%02d:%02d] " % (clk[0] // 60, clk[0] % 60), who, ": ", *parts); d("\n")
        line(PN(p.first), "boa tarde, quero retirar a ", RX(r.choice(["losartana", "metformina", "insulina NPH", "salbutamol"])), " pelo Farmácia Popular")
        line(shop, "Boa tarde! Precisamos do CPF do paciente e da receita válida.")
        line(PN(p.first), "CPF ", L("BR_CPF", cpf(r, r.random() < 0.7)), ", a receita é da ", DXL(r.choice(DX_PT)), " da minha mãe, ", PN(Person(r, "BR", female=True).fl))
        line(shop, "Certo. Entregamos em ", AD(a), "?")
        line(PN(p.first), "isso! meu zap é ", PH(phone(r, "BR")))
    return d

@T("email_uk_site_payroll", 1, "email")
def email_uk_site_payroll(r):
    d = Doc(); p = Person(r, "UK"); fin = Person(r, "UK"); sc, acct = sortcode_acct(r)
    d("From: ", PN(p.fl), " <", EM(p.email(r, "nhs-trust.example.nhs.uk")), ">\nTo: ", EM("investigator-payments@cro-finance.example.net"), "\nSubject: Re: sessional fee — bank details\n\n")
    d("Hi ", PN(fin.first), ",\n\nAs requested, my details for the investigator sessional fee (", protocol(r), "):\n\n")
    d("  Name: ", PN(p.fl), "\n  NI number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n  Bank: ", r.choice(["Nationwide", "Monzo", "Lloyds"]), " ", L("UK_BANK_ACCOUNT", sc + " " + acct), "\n\n")
    d("Please don't use the old account ending ", acct[-4:], "X — it was closed in ", r.choice(["March", "August"]), ".\n\nThanks,\n", PN(p.first), "\n")
    d("\n> On ", fmt_date(rdate(r), "dmy"), ", ", PN(fin.fl), " wrote:\n> We need your NI number and bank details to pay the fee via BACS. Please reply by e-mail.\n")
    return d

@T("email_travel_booking", 2, "email")
def email_travel_booking(r):
    d = Doc()
    d("From: Groups desk <", EM("groups@travel-partner.example.com"), ">\nSubject: Investigator Meeting ", r.choice(["Lisbon", "Vienna", "Kraków"]), " — APIS data check (", protocol(r), ")\n\n")
    d("Please check the passport data below before we ticket. Reply only with corrections.\n\n")
    d("| Surname | Given name | Nationality | Passport no. | Expiry |\n|---|---|---|---|---|\n")
    for country in r.sample(["United States", "Germany", "Italy", "Brazil", "India", "Japan", "South Africa", "Poland", "Spain", "France", "United Kingdom", "Canada"], 4) + ["United States"]:
        cc = {"United States": "US", "Germany": "DE", "Italy": "IT", "Brazil": "BR", "India": "IN", "Japan": "JP", "South Africa": "ZA", "Poland": "PL", "Spain": "ES", "France": "FR", "United Kingdom": "UK", "Canada": "CA"}[country]
        p = Person(r, cc)
        num = L("US_PASSPORT", us_passport(r)) if cc == "US" else L("PASSPORT", PASS_SHAPES[country](r))
        d("| ", PN(p.last.upper()), " | ", PN(p.first.upper()), " | ", country, " | ", num, " | ", fmt_date(rdate(r, 2026, 2034), "iso"), " |\n")
    d("\nSeat requests and dietary needs go to the hotel separately. Frequent-flyer numbers (e.g. LH 992 0012 3456) are optional.\n")
    return d

@T("log_copay_payments", 2, "log")
def log_copay_payments(r):
    d = Doc()
    for i in range(r.randint(5, 7)):
        d(ts(r), " pay-gw ", r.choice(["AUTH", "CAPTURE", "DECLINE", "VALIDATE"]), " order=MO-", safe_digits(r, 9), " amount=", "%d.%02d" % (r.randint(0, 140), r.randint(0, 99)), " USD ")
        k = r.choice(["mask", "mask", "last4", "raw", "badluhn"]) if i else "mask"
        if k == "mask":
            c = card(r, sep="")
            d("pan=", c[:6], "******", c[-4:])
        elif k == "last4":
            d("card_ending=", D(r, 4), " brand=", r.choice(["VISA", "MC", "AMEX"]))
        elif k == "raw":
            d("WARN raw_payload={\"pan\":\"", L("CREDIT_CARD", card(r, sep="")), "\",\"cvv\":\"***\"}")
        else:
            d("rejected_input=", bad_card(r).replace(" ", ""), " reason=LUHN_FAIL")
        d(" client_ip=", IP(ipv4(r)), "\n")
    return d

@T("html_api_docs", 2, "html")
def html_api_docs(r):
    d = Doc()
    d("<html><head><title>", r.choice(["Refill API", "ePA Connector", "Safety Case Intake API"]), " — Developer guide v", version_ip(r), "</title></head><body>\n")
    d("<h2>Create a patient</h2>\n<p>All values below are placeholders. Never send production data to the sandbox.</p>\n<pre>\nPOST /v2/patients\n{\n")
    d("  \"name\": \"&lt;given&gt; &lt;family&gt;\",\n  \"birthDate\": \"YYYY-MM-DD\",\n  \"memberId\": \"&lt;member-id&gt;\",\n  \"ssn\": \"***-**-****\",\n")
    d("  \"phone\": \"+1XXXXXXXXXX\",\n  \"email\": \"user at example dot com\",\n  \"ndc\": \"", ndc(r), "\",\n  \"lot\": \"", lot(r), "\"\n}\n</pre>\n")
    d("<table><tr><th>Field</th><th>Type</th><th>Notes</th></tr>\n<tr><td>Date Of Birth</td><td>date</td><td>ISO 8601</td></tr>\n<tr><td>Member ID</td><td>string</td><td>as printed on the card; 6-20 chars</td></tr>\n")
    d("<tr><td>Passport Number</td><td>string</td><td>only for international shipments</td></tr>\n<tr><td>Diagnosis</td><td>code</td><td>ICD-10-CM, e.g. E11.9</td></tr></table>\n")
    d("<p>Rate limit: ", str(r.choice([60, 120, 600])), " requests/min. OID for identifiers: 2.16.840.1.113883.4.", str(r.randint(1, 9)), ".</p>\n</body></html>\n")
    return d

@T("ft_price_list", 1, "free_text")
def ft_price_list(r):
    d = Doc()
    d("MAIL-ORDER CASH PRICE LIST — effective ", fmt_date(rdate(r, 2025, 2026), "mdy"), "\n(90-day supply, shipping included; prices exclude insurance)\n\n")
    for code, name in r.sample(ATC, 9):
        d(name.ljust(24), r.choice(STRENGTHS).ljust(16), "$", "%d.%02d" % (r.randint(4, 390), r.randint(0, 99)), "   NDC ", ndc(r), "\n")
    d("\nBrand names such as Eliquis, Jardiance and Ozempic are quoted on request. Walgreens and CVS price-match requests are handled by the call centre.\n")
    return d

# ----------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------
CHECKS = {
    "CREDIT_CARD": lambda v: luhn_ok(v) and len(re.sub(r"\D", "", v)) in (15, 16),
    "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok,
    "IT_FISCAL_CODE": cf_ok, "CA_SIN": sin_ok, "BR_CPF": cpf_ok, "IN_AADHAAR": lambda v: verhoeff_ok(v) and len(re.sub(r"\D", "", v)) == 12 and v[0] in "23456789",
    "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
    "US_SSN": lambda v: ssn_ok(v.replace(" ", "-")),
}

def leak_check(text, ents):
    mask = [False] * len(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            mask[i] = True
    def unl(m):
        return not any(mask[m.start():m.end()])
    probs = []
    for m in re.finditer(r"(?<![\dA-Za-z])(?:\d[ -]?){12,18}\d(?!\d)", text):
        ds = re.sub(r"\D", "", m.group())
        if unl(m) and 13 <= len(ds) <= 19 and luhn_ok(ds) and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|65", ds):
            probs.append(("card", m.group()))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if unl(m) and ssn_ok(m.group()):
            probs.append(("ssn", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if unl(m) and iban_ok(m.group()):
            probs.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\d.])(\d{3} ?\d{3} ?\d{4})(?![\d.])", text):
        if unl(m) and nhs_ok(m.group()):
            probs.append(("nhs", m.group()))
    for m in re.finditer(r"(?<![\d.])\d{4} ?\d{4} ?\d{4}(?![\d.])", text):
        if unl(m) and verhoeff_ok(m.group()) and m.group()[0] in "23456789":
            probs.append(("aadhaar", m.group()))
    for m in re.finditer(r"(?<![\d.])\d{11}(?![\d.])", text):
        if unl(m) and (steuer_ok(m.group()) or cpf_ok(m.group())):
            probs.append(("steuer/cpf", m.group()))
    for m in re.finditer(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b", text):
        if unl(m) and cpf_ok(m.group()):
            probs.append(("cpf", m.group()))
    for m in re.finditer(r"\b[XYZ]?\d{7,8}[A-Z]\b", text):
        if unl(m) and len(m.group()) == 9 and dni_ok(m.group()):
            probs.append(("dni", m.group()))
    for m in re.finditer(r"\b[STFG]\d{7}[A-Z]\b", text):
        if unl(m) and nric_ok(m.group()):
            probs.append(("nric", m.group()))
    for m in re.finditer(r"\b\d{3}[ -]\d{3}[ -]\d{3}\b", text):
        if unl(m) and sin_ok(m.group()):
            probs.append(("sin", m.group()))
    return probs

def validate(doc):
    text, ents = doc["text"], doc["entities"]
    assert doc["format"] in FORMATS, doc["format"]
    prev = -1
    for e in ents:
        assert e["type"] in LEVEL, e
        v = text[e["start"]:e["end"]]
        assert v and v == v.strip(), (doc["id"], e, repr(v))
        assert e["start"] >= prev, (doc["id"], "overlap", e)
        prev = e["end"]
        if e["type"] in CHECKS:
            assert CHECKS[e["type"]](v), (doc["id"], e["type"], v)
        if e["type"] == "US_SSN":
            assert ssn_ok(v.replace(" ", "-"))
    lvl = max([LEVEL[e["type"]] for e in ents], default=1)
    assert doc["classification"] == LEVEL_NAME[lvl]
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(text)
    if f == "ndjson":
        for ln in text.splitlines():
            if ln.strip():
                json.loads(ln)
    if f in ("csv", "tsv"):
        first = text.splitlines()[0]
        sep = "\t" if f == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=sep))
        w = {len(x) for x in rows if x}
        assert len(w) == 1, (doc["id"], w)
    probs = leak_check(text, ents)
    assert not probs, (doc["id"], probs)

# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
def main():
    docs = []
    for name, count, fmt, fn in TEMPLATES:
        for n in range(count):
            CUR["n"] = n
            r = random.Random("%s:%s:%d" % (SEED, name, n))
            d = fn(r)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([LEVEL[e["type"]] for e in ents], default=1)
            doc = {"id": "h19_%s-%d" % (name, n), "text": d.text(), "entities": ents, "classification": LEVEL_NAME[lvl], "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tc = Counter(e["type"] for doc in docs for e in doc["entities"])
    fc = Counter(doc["format"] for doc in docs)
    cc = Counter(doc["classification"] for doc in docs)
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for doc in docs if not doc["entities"]))
    print("\nclassification:")
    for k, v in cc.most_common():
        print("  %-30s %d" % (k, v))
    print("\nformat:")
    for k, v in fc.most_common():
        print("  %-30s %d" % (k, v))
    print("\nentity type:")
    for k, v in tc.most_common():
        print("  %-30s %d" % (k, v))
    missing = [t for t in LEVEL if t not in tc]
    if missing:
        print("\nMISSING TYPES:", missing)

if __name__ == "__main__":
    main()
