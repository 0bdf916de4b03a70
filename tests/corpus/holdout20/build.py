#!/usr/bin/env python3
"""holdout20 -- independent PII/PHI evaluation corpus (social services / non-profit storage).

Standard library only, deterministic.  Written from the public contract (LABELS.md, PRIOR_CORPUS.md,
type list) only.  Every labelled span is recorded at the moment its value is appended.
Run:  python3 build.py
"""
import csv, datetime, io, json, random, re, sys, os
from collections import Counter

SEED = "holdout20/larkspur-ferry-2093"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout20.jsonl")

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT "
           "PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR "
           "DE_TAX_ID IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = 3
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = 2
LEVEL["PERSON"] = 1
LEVEL_NAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report "
              "hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------------------------------------
class L:
    """A labelled value."""
    def __init__(self, t, v):
        assert t in LEVEL, t
        self.t, self.v = t, str(v)
    def __str__(self):
        return self.v

class M:
    """A string mixing plain text and labelled values (used inside JSON strings, CSV cells...)."""
    def __init__(self, *parts):
        self.parts = [p for p in parts if p is not None and p != ""]
    def __str__(self):
        return "".join(str(p) for p in self.parts)

def plain(x):
    return str(x)

class Doc:
    def __init__(self):
        self.buf, self.n, self.ents = [], 0, []
    def _w(self, s):
        self.buf.append(s)
        self.n += len(s)
    def add(self, *parts, esc=None):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, L):
                v = esc(p.v) if esc else p.v
                st = self.n
                self._w(v)
                self.ents.append({"type": p.t, "start": st, "end": self.n})
            elif isinstance(p, M):
                self.add(*p.parts, esc=esc)
            elif isinstance(p, (list, tuple)):
                self.add(*p, esc=esc)
            else:
                s = str(p)
                self._w(esc(s) if esc else s)
        return self
    def line(self, *parts):
        self.add(*parts)
        self._w("\n")
        return self
    def text(self):
        return "".join(self.buf)

# JSON emitter ---------------------------------------------------------------------------------------------
def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jdump(d, o, ind=2, lvl=0, compact=False):
    if isinstance(o, (L, M, str)):
        d.add('"'); d.add(o, esc=_jesc); d.add('"')
    elif isinstance(o, dict):
        if not o:
            d.add("{}"); return
        d.add("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                d.add("," if (ind or compact) else ", ")
            if ind:
                d.add("\n" + " " * (ind * (lvl + 1)))
            d.add(json.dumps(k, ensure_ascii=False) + (":" if compact else ": "))
            jdump(d, v, ind, lvl + 1, compact)
        if ind:
            d.add("\n" + " " * (ind * lvl))
        d.add("}")
    elif isinstance(o, list):
        if not o:
            d.add("[]"); return
        d.add("[")
        for i, v in enumerate(o):
            if i:
                d.add("," if (ind or compact) else ", ")
            if ind:
                d.add("\n" + " " * (ind * (lvl + 1)))
            jdump(d, v, ind, lvl + 1, compact)
        if ind:
            d.add("\n" + " " * (ind * lvl))
        d.add("]")
    else:
        d.add(json.dumps(o))

# CSV / TSV row writer -------------------------------------------------------------------------------------
def crow(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d.add(delim)
        if c is None:
            c = ""
        s = plain(c)
        if any(ch in s for ch in (delim, '"', "\n")) or (s[:1] == " " and delim == ","):
            d.add('"'); d.add(c, esc=lambda x: x.replace('"', '""')); d.add('"')
        else:
            d.add(c)
    d.add("\n")

# ----------------------------------------------------------------------------------------------------------
# checksums (from public specifications)
# ----------------------------------------------------------------------------------------------------------
def luhn_ok(num):
    digs = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dg in enumerate(reversed(digs)):
        if i % 2:
            dg *= 2
            if dg > 9:
                dg -= 9
        tot += dg
    return tot % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_mod(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    return len(s) > 14 and iban_mod(s) == 1

def iban_make(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    return "%s%02d%s" % (cc, chk, bban)

def nhs_check(nine):
    tot = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return None if c == 10 else c

def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == int(s[9])

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return _VINV[c]

def cpf_digits(nine):
    d = [int(c) for c in nine]
    s1 = sum(v * w for v, w in zip(d, range(10, 1, -1)))
    d1 = (s1 * 10) % 11 % 10
    d.append(d1)
    s2 = sum(v * w for v, w in zip(d, range(11, 1, -1)))
    d2 = (s2 * 10) % 11 % 10
    return "%d%d" % (d1, d2)

def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ":
        s2 = str("XYZ".index(s[0])) + s[1:8]
    else:
        s2 = s[:8]
    return s2.isdigit() and len(s) == 9 and DNI_LET[int(s2) % 23] == s[8]

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(ten):
    prod = 10
    for ch in ten:
        sm = (int(ch) + prod) % 10
        if sm == 0:
            sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c

def steuer_ok(s):
    s = s.replace(" ", "").replace("/", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return steuer_check(s[:10]) == int(s[10])

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_check(fifteen):
    tot = 0
    for i, ch in enumerate(fifteen):
        if i % 2 == 0:
            tot += _CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)

def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def nric_letter(pref, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * x for c, x in zip(seven, w))
    if pref in "TG":
        tot += 4
    if pref == "M":
        tot += 3
    if pref in "ST":
        return "JZIHGFEDCBA"[tot % 11]
    if pref in "FG":
        return "XWUTRQPNMLK"[tot % 11]
    return "KLJNPQRTUWX"[10 - tot % 11] if False else "XWUTRQPNMLK"[tot % 11]

def nric_ok(s):
    return len(s) == 9 and s[0] in "STFG" and s[1:8].isdigit() and nric_letter(s[0], s[1:8]) == s[8]

MBI_AL = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    N, A, AN = "0123456789", MBI_AL, MBI_AL + "0123456789"
    pat = ["123456789", A, AN, N, A, AN, N, A, A, N, N]
    return all(ch in p for ch, p in zip(s, pat))

NINO_BAD_PREF = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] not in "DFIQUV" and s[1] not in "DFIOQUV" and s[:2] not in NINO_BAD_PREF
            and s[2:8].isdigit() and s[8] in "ABCD")

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

def sin_ok(s):
    s = s.replace(" ", "").replace("-", "")
    return len(s) == 9 and s[0] not in "08" and luhn_ok(s)

def card_ok(s):
    dg = re.sub(r"[ -]", "", s)
    return dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg) and dg[0] in "3456"

VALIDATORS = {
    "US_SSN": ssn_ok, "CREDIT_CARD": card_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok,
    "IT_FISCAL_CODE": cf_ok, "CA_SIN": sin_ok, "BR_CPF": cpf_ok,
    "IN_AADHAAR": lambda s: len(s.replace(" ", "")) == 12 and s.replace(" ", "")[0] in "23456789" and verhoeff_ok(s.replace(" ", "")),
    "SG_NRIC": nric_ok, "US_MBI": mbi_ok,
}

def selftest():
    assert luhn_ok("4539578763621486") and not luhn_ok("4539578763621487")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert nhs_ok("9434765919")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == 3
    assert cpf_ok("529.982.247-25")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert nric_ok("S1234567D")
    assert cf_ok("RSSMRA85T10A562S")
    assert steuer_ok("86095742719")
    assert nir_ok("255081416802538")
    assert mbi_ok("1EG4-TE5-MK73")
    assert luhn_ok("046454286")

# ----------------------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------------------
def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))

def bad_ssn(r):
    return r.choice(["000", "666", "9%02d" % r.randint(0, 99)]) + "-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999))

def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        p, n = "4" + digits(r, 5), 16
    elif kind == "mc":
        p, n = str(r.randint(51, 55)) + digits(r, 4), 16
    elif kind == "mc2":
        p, n = str(r.randint(2221, 2720)) + digits(r, 2), 16
    elif kind == "amex":
        p, n = r.choice(["34", "37"]) + digits(r, 4), 15
    else:
        p, n = "6011" + digits(r, 2), 16
    num = luhn_complete(p + digits(r, n - len(p) - 1))
    if n == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    sep = r.choice([" ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))

def bad_card(r):
    while True:
        num = "4" + digits(r, 15)
        if not luhn_ok(num):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))

def _alnum(r, n, al="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(r.choice(al) for _ in range(n))

def _letters(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))

def es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def c(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return "%d%d" % (c("00" + bank + branch), c(acct))

def iban(r, cc=None, spaced=None):
    cc = cc or r.choice(["DE", "GB", "NL", "IE", "SE", "RO", "MD", "UA", "ES", "FR", "BE", "IT"])
    if cc == "DE":
        b = digits(r, 18)
    elif cc == "GB":
        b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CPBK"]) + digits(r, 14)
    elif cc == "IE":
        b = r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 14)
    elif cc == "NL":
        b = r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + digits(r, 10)
    elif cc == "SE":
        b = digits(r, 20)
    elif cc == "RO":
        b = r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + _alnum(r, 16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    elif cc == "MD":
        b = r.choice(["AG", "MO", "VI"]) + _alnum(r, 18, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    elif cc == "UA":
        b = r.choice(["305299", "322001", "320649"]) + "0000" + digits(r, 15)
    elif cc == "ES":
        bank, br, ac = digits(r, 4), digits(r, 4), digits(r, 10)
        b = bank + br + es_ccc(bank, br, ac) + ac
    elif cc == "FR":
        bank, br, ac = digits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(ac)) % 97)
        b = bank + br + ac + "%02d" % key
    elif cc == "BE":
        ten = digits(r, 10)
        k = int(ten) % 97 or 97
        b = ten + "%02d" % k
    elif cc == "IT":
        b = _letters(r, 1) + digits(r, 10) + digits(r, 12)
    ib = iban_make(cc, b)
    if spaced is None:
        spaced = r.random() < 0.6
    if spaced:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib

def bad_iban(r, cc="DE"):
    good = iban(r, cc, spaced=False)
    ch = good[2:4]
    bad = good[:2] + "%02d" % ((int(ch) + 11) % 97 or 3) + good[4:]
    assert not iban_ok(bad)
    return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))

def nhs(r):
    while True:
        nine = str(r.randint(4, 9)) + digits(r, 8)
        c = nhs_check(nine)
        if c is not None:
            s = nine + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:]) if r.random() < 0.7 else s

def bad_nhs(r):
    while True:
        nine = str(r.randint(4, 9)) + digits(r, 8)
        c = nhs_check(nine)
        if c is not None:
            s = nine + str((c + r.randint(1, 9)) % 10)
            if not nhs_ok(s):
                return "%s %s %s" % (s[:3], s[3:6], s[6:])

def nino(r, spaced=None):
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in NINO_BAD_PREF:
            break
    s = p + digits(r, 6) + r.choice("ABCD")
    if spaced is None:
        spaced = r.random() < 0.5
    return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8]) if spaced else s

def aadhaar(r):
    e = str(r.randint(2, 9)) + digits(r, 10)
    s = e + str(verhoeff_digit(e))
    assert verhoeff_ok(s)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])

def bad_aadhaar(r):
    e = str(r.randint(2, 9)) + digits(r, 10)
    s = e + str((verhoeff_digit(e) + r.randint(1, 9)) % 10)
    assert not verhoeff_ok(s)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])

def cpf(r):
    while True:
        n = digits(r, 9)
        if len(set(n)) > 1:
            break
    s = n + cpf_digits(n)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

def bad_cpf(r):
    n = digits(r, 9)
    c = cpf_digits(n)
    bad = "%d%s" % ((int(c[0]) + 3) % 10, c[1])
    s = n + bad
    assert not cpf_ok(s)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

def dni(r, nie=None):
    if nie is None:
        nie = r.random() < 0.5
    if nie:
        p = r.choice("XYZ")
        body = digits(r, 7)
        return p + body + DNI_LET[int(str("XYZ".index(p)) + body) % 23]
    n = "%08d" % r.randint(1000000, 79999999)
    return n + DNI_LET[int(n) % 23]

def bad_dni(r):
    s = dni(r, nie=False)
    return s[:8] + DNI_LET[(DNI_LET.index(s[8]) + 5) % 23]

def nir(r, sex=None, birth=None, foreign=None):
    sex = sex or r.choice("12")
    y = birth.year % 100 if birth else r.randint(50, 99)
    m = birth.month if birth else r.randint(1, 12)
    if foreign:
        dept, com = "99", "%03d" % foreign
    else:
        dept = "%02d" % r.choice([13, 59, 69, 75, 93, 94, 33, 67])
        com = "%03d" % r.randint(1, 400)
    body = "%s%02d%02d%s%s%03d" % (sex, y, m, dept, com, r.randint(1, 999))
    key = 97 - int(body) % 97
    s = body + "%02d" % key
    if r.random() < 0.6:
        return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])
    return s

def bad_nir(r):
    s = nir(r).replace(" ", "")
    k = (int(s[13:]) + 7) % 97 or 5
    s = s[:13] + "%02d" % k
    assert not nir_ok(s)
    return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])

def steuer(r):
    while True:
        first = str(r.randint(1, 9))
        pool = [c for c in "0123456789" if c != first]
        r.shuffle(pool)
        nine = [first] + pool[:8]
        dup = r.choice(nine)
        lst = nine + [dup]
        tail = lst[1:]
        r.shuffle(tail)
        ten = "".join([lst[0]] + tail)
        s = ten + str(steuer_check(ten))
        if steuer_ok(s):
            return s if r.random() < 0.6 else "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])

def bad_steuer(r):
    s = steuer(r).replace(" ", "")
    s = s[:10] + str((int(s[10]) + 4) % 10)
    assert not steuer_ok(s)
    return s

_CF_MONTH = "ABCDEHLMPRST"
def _cf_part(name, is_first):
    name = re.sub(r"[^A-Z]", "", strip_accents(name).upper())
    cons = [c for c in name if c not in "AEIOU"]
    vow = [c for c in name if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    s = "".join(cons + vow) + "XXX"
    return s[:3]

def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def fiscal_code(r, given, family, birth, female, place=None):
    place = place or r.choice(["H501", "F205", "F839", "L219", "G273", "A662", "C351", "D612", "Z315", "Z368", "Z129"])
    day = birth.day + (40 if female else 0)
    s = _cf_part(family, False) + _cf_part(given, True) + "%02d" % (birth.year % 100) + _CF_MONTH[birth.month - 1] + "%02d" % day + place
    return s + cf_check(s)

def bad_fiscal(r):
    s = "".join(r.choice("BCDFGLMNPRST") for _ in range(6)) + "%02d" % r.randint(50, 99) + r.choice(_CF_MONTH) + "%02d" % r.randint(1, 28) + "H501"
    c = cf_check(s)
    return s + chr(65 + (ord(c) - 65 + 7) % 26)

def nric(r, pref=None):
    pref = pref or r.choice("STFG")
    seven = digits(r, 7)
    return pref + seven + nric_letter(pref, seven)

def bad_nric(r):
    s = nric(r, "S")
    return s[:8] + ("A" if s[8] != "A" else "B")

def mbi(r, dashed=None):
    A, AN = MBI_AL, MBI_AL + "0123456789"
    s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice("0123456789") + r.choice(A) + r.choice(AN)
         + r.choice("0123456789") + r.choice(A) + r.choice(A) + digits(r, 2))
    if dashed is None:
        dashed = r.random() < 0.5
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s

def sin(r, temp=False):
    first = "9" if temp else r.choice("1234567")
    s = luhn_complete(first + digits(r, 7))
    return "%s %s %s" % (s[:3], s[3:6], s[6:]) if r.random() < 0.7 else "%s-%s-%s" % (s[:3], s[3:6], s[6:])

def bad_sin(r):
    while True:
        s = r.choice("1234567") + digits(r, 8)
        if not luhn_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])

def sort_code(r):
    return "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))

def uk_acct(r):
    return digits(r, 8)

# passports of many countries (national shapes) -----------------------------------------------------------
def passport(r, country):
    c = country
    if c == "US":
        return digits(r, 9) if r.random() < 0.6 else r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)
    shapes = {
        "UK": lambda: digits(r, 9), "DE": lambda: r.choice("CFGHJK") + _alnum(r, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
        "FR": lambda: digits(r, 2) + _letters(r, 2) + digits(r, 5), "ES": lambda: _letters(r, 3) + digits(r, 6),
        "IT": lambda: _letters(r, 2) + digits(r, 7), "NL": lambda: _letters(r, 2) + _alnum(r, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(r, 1),
        "SE": lambda: digits(r, 8), "IE": lambda: _letters(r, 2) + digits(r, 7), "CA": lambda: _letters(r, 2) + digits(r, 6),
        "AF": lambda: "P" + digits(r, 8), "SY": lambda: "N" + digits(r, 9), "IQ": lambda: r.choice("AG") + digits(r, 8),
        "ER": lambda: r.choice(["P", "E"]) + digits(r, 7), "SO": lambda: "P" + digits(r, 8), "SD": lambda: "P" + digits(r, 8),
        "ET": lambda: "EP" + digits(r, 7), "UA": lambda: _letters(r, 2) + digits(r, 6), "VE": lambda: digits(r, 9),
        "HT": lambda: _letters(r, 2) + digits(r, 7), "GT": lambda: digits(r, 9), "HN": lambda: "F" + digits(r, 7),
        "MM": lambda: "M" + _letters(r, 1) + digits(r, 6), "NP": lambda: digits(r, 8), "VN": lambda: r.choice("BCN") + digits(r, 7),
        "PH": lambda: "P" + digits(r, 7) + _letters(r, 1), "NG": lambda: "A" + digits(r, 8), "CD": lambda: "OB" + digits(r, 7),
        "RO": lambda: "0" + digits(r, 7), "MD": lambda: "AB" + digits(r, 7),
    }
    return shapes[c]()

COUNTRY_NAME = {"US": "United States", "UK": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain",
                "IT": "Italy", "NL": "Netherlands", "SE": "Sweden", "IE": "Ireland", "CA": "Canada", "AF": "Afghanistan",
                "SY": "Syria", "IQ": "Iraq", "ER": "Eritrea", "SO": "Somalia", "SD": "Sudan", "ET": "Ethiopia",
                "UA": "Ukraine", "VE": "Venezuela", "HT": "Haiti", "GT": "Guatemala", "HN": "Honduras", "MM": "Myanmar",
                "NP": "Nepal", "VN": "Viet Nam", "PH": "Philippines", "NG": "Nigeria", "CD": "DR Congo", "RO": "Romania",
                "MD": "Moldova"}

# US driver licences, state-specific shapes --------------------------------------------------------------
def driver_license(r, state):
    f = {
        "CA": lambda: _letters(r, 1) + digits(r, 7),
        "FL": lambda: "%s%s-%s-%s-%s-%s" % (_letters(r, 1), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1)),
        "IL": lambda: "%s%s-%s-%s" % (_letters(r, 1), digits(r, 3), digits(r, 4), digits(r, 4)),
        "TX": lambda: digits(r, 8), "NY": lambda: "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3)),
        "PA": lambda: "%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        "MI": lambda: "%s %s %s %s" % (_letters(r, 1) + digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3)),
        "NJ": lambda: "%s%s %s %s" % (_letters(r, 1), digits(r, 4), digits(r, 5), digits(r, 5)),
        "OH": lambda: _letters(r, 2) + digits(r, 6), "WA": lambda: "WDL" + _alnum(r, 9),
        "GA": lambda: digits(r, 9), "AZ": lambda: _letters(r, 1) + digits(r, 8), "MA": lambda: "S" + digits(r, 8),
        "MN": lambda: _letters(r, 1) + digits(r, 12), "VA": lambda: _letters(r, 1) + digits(r, 8),
        "MD": lambda: "%s-%s-%s-%s" % (_letters(r, 1), digits(r, 3), digits(r, 3), digits(r, 3) + digits(r, 3)),
        "NC": lambda: digits(r, 12), "MO": lambda: _letters(r, 1) + digits(r, 9), "KY": lambda: _letters(r, 1) + digits(r, 8),
        "OR": lambda: digits(r, 7), "UT": lambda: digits(r, 9),
    }
    return f[state]()

STATES = {"CA": "California", "FL": "Florida", "IL": "Illinois", "TX": "Texas", "NY": "New York", "PA": "Pennsylvania",
          "MI": "Michigan", "NJ": "New Jersey", "OH": "Ohio", "WA": "Washington", "GA": "Georgia", "AZ": "Arizona",
          "MA": "Massachusetts", "MN": "Minnesota", "VA": "Virginia", "MD": "Maryland", "NC": "North Carolina",
          "MO": "Missouri", "KY": "Kentucky", "OR": "Oregon", "UT": "Utah"}

def uk_driving_licence(r, family, given, birth, female):
    fam = re.sub(r"[^A-Z]", "", strip_accents(family).upper())[:5].ljust(5, "9")
    y = "%02d" % (birth.year % 100)
    m = birth.month + (50 if female else 0)
    return fam + y[0] + "%02d" % m + "%02d" % birth.day + y[1] + (re.sub(r"[^A-Z]", "", strip_accents(given).upper())[:1] + "9") + str(r.randint(0, 9)) + _letters(r, 2)

def mrn(r):
    return r.choice([lambda: "MRN" + digits(r, 7), lambda: digits(r, 8), lambda: "%s-%s" % (digits(r, 3), digits(r, 5)),
                     lambda: "E" + digits(r, 9), lambda: "RFH" + digits(r, 6)])()

def health_plan_id(r):
    return r.choice([lambda: _letters(r, 3) + digits(r, 9), lambda: digits(r, 11) + _letters(r, 1),
                     lambda: "M" + digits(r, 8) + "-0" + str(r.randint(1, 4)), lambda: _letters(r, 1) + digits(r, 10)])()

# non-labelled look-alike references ------------------------------------------------------------------
def unhcr_case(r):
    return "%03d-%02dC%05d" % (r.randint(100, 999), r.randint(12, 24), r.randint(0, 99999))

def unhcr_ind(r):
    return "%03d-%08d" % (r.randint(100, 999), r.randint(0, 99999999))

def a_number(r):
    return "A%03d-%03d-%03d" % (r.randint(0, 299), r.randint(0, 999), r.randint(0, 999))

def ref(r, prefix, n=6):
    return "%s-%d-%0*d" % (prefix, r.randint(2021, 2025), n, r.randint(0, 10 ** n - 1))

# ----------------------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------------------
# (male given, female given, family)  -- family may be empty -> mononym / patronymic cultures handled below
NAMES = {
    "afghan": ("Wahidullah Ahmad Zia Sayed Jawad Naqibullah Mirwais Hamidullah Ezatullah Rahmatullah",
               "Zarghuna Farishta Gulalai Nazanin Marzia Shukria Freshta Mahbooba Zahra Parwana",
               "Ahmadzai Stanikzai Popal Hotak Safi Wardak Noorzai Rahimi Sadat Hashimi"),
    "syrian": ("Yazan Ghaith Mouaz Bilal Anas Taim Qusai Obada Hazem Wassim",
               "Rama Lujain Bayan Rasha Hiba Nour Ruqaya Sidra Aya Ghofran",
               "Al-Hamwi Kurdi Haddad Al-Shami Darwish Al-Halabi Kanaan Al-Zoubi Sabbagh Al-Ahmad"),
    "iraqi": ("Mustafa Ammar Haider Muntadhar Karrar Sajjad Ali Hussein Yaqoob Raed",
              "Zainab Hawra Ruqaya Maryam Shahad Duaa Israa Tabarak Fatima Noor",
              "Al-Jubouri Al-Obaidi Al-Dulaimi Al-Saadi Jawad Kadhim Al-Tamimi Barzani Hawrami Ismail"),
    "eritrean": ("Tesfay Yohannes Mebrahtu Kidane Ghirmay Filmon Samuel Berhane Habtom Tekle",
                 "Senait Freweini Helen Luwam Saba Mehret Yodit Hiwet Rahel Selam",
                 ""),
    "ethiopian": ("Abebe Dawit Tesfaye Getachew Yonas Biniam Kassahun Eyob Mulugeta Tadesse",
                  "Tigist Meseret Hirut Bethlehem Selamawit Aster Tsion Mahlet Genet Hana",
                  ""),
    "somali": ("Abdirahman Abdiqani Mohamed Liban Hamza Abdullahi Bashir Ayanle Guled Sakariye",
               "Hodan Fartun Ubah Hibaaq Ayaan Sahra Nasteho Idil Deeqa Faadumo",
               ""),
    "sudanese": ("Osman Awad Elsadig Abubakr Mujtaba Elfatih Musab Omer Hatim Mohanad",
                 "Awadia Ibtisam Tasneem Samah Rayan Afraa Nazik Hadeel Amna Wifag",
                 ""),
    "ukrainian": ("Bohdan Taras Oleksandr Yurii Mykola Andrii Vasyl Dmytro Serhii Ostap",
                  "Oksana Yuliia Olena Nataliia Halyna Iryna Solomiia Khrystyna Liudmyla Daryna",
                  "Kovalenko Shevchuk Bondarenko Melnyk Tkachuk Kravchenko Hrytsenko Savchuk Lysenko Ivanyshyn"),
    "venezuelan": ("Yorman Deiby Jhonatan Wilmer Yeferson Luis Ángel Frankelis Reinaldo Eudomar José Gregorio",
                   "Yusleidy María Alejandra Yuleisy Daniela Mariangel Yenny Oriana Génesis Dayana Leidymar",
                   "Rondón Guerrero Pérez Briceño Colmenares Urdaneta Villasmil Chirinos Marcano Quintero Añez"),
    "haitian": ("Jean-Robert Mackenson Dieuseul Wilnes Jameson Fritznel Kervens Ronald Widner Guerby",
                "Wideline Fabiola Mirlande Nadège Roseline Sherlie Rose-Carmelle Guerline Kettly Darline",
                "Pierre-Louis Jean-Baptiste Joseph Dorvilus Saint-Fleur Exantus Délice Métellus Innocent Jeune"),
    "guatemalan": ("Santos Domingo Baltazar Eliseo Cruz Mateo Juan Diego Rigoberto Tomás Gaspar",
                   "Maribel Ixchel Rosalina Candelaria Micaela Yesenia Lucía Florinda Manuela Sandra",
                   "Xicará Tzoc Cux Ajanel Chumil Tum Coc Batz Quiché Sicajá"),
    "honduran": ("Kevin Josué Nolberto Wilmer Darwin Yeison Elvin Marvin Cristhian Olman Edwin",
                 "Nolvia Dania Karla Yamileth Glenda Suyapa Lesly Kenia Xiomara Wendy Ericka",
                 "Mejía Zelaya Ordóñez Cárcamo Banegas Erazo Funez Matute Pineda Ulloa"),
    "myanmar": ("", "", ""),
    "nepali": ("Bishnu Dil Bahadur Ram Kumar Santosh Prakash Mingma Pasang Suman Ganesh Bikram",
               "Sabina Sita Kalpana Pemba Dolma Laxmi Sarita Bimala Anjali Sunita Menuka",
               "Gurung Tamang Magar Shrestha Rai Adhikari Limbu Sherpa Thapa Khadka"),
    "vietnamese": ("Minh Quốc Bảo Tuấn Đức Hùng Khoa Phúc Thành Long",
                   "Hoa Lan Ngọc Hằng Thảo Trang Mai Phương Linh Yến",
                   "Nguyễn Trần Lê Phạm Huỳnh Hoàng Võ Đặng Bùi Đỗ"),
    "filipino": ("Jomar Rodel Jun-Jun Mark Anthony Reynaldo Jayson Arnel Christian Dexter Raffy",
                 "Ma. Cristina Rhea Joy Lovely Mary Grace Jennylyn Kristine Rowena Maricel Analyn Jocelyn",
                 "Dela Cruz Bautista Macaraeg Dimaculangan Pangilinan Villanueva Sison Tolentino Manalastas Agbayani"),
    "nigerian": ("Oluwaseun Emeka Abubakar Chinedu Tunde Ifeanyi Babatunde Uchenna Yakubu Obinna",
                 "Chiamaka Ngozi Folasade Adaeze Zainab Temitope Oluwakemi Nneka Hauwa Ebere",
                 "Okonkwo Adeyemi Eze Balogun Okafor Nwachukwu Abdullahi Olawale Ibekwe Adebayo"),
    "congolese": ("Fiston Dieudonné Papy Héritier Trésor Jonathan Blaise Patient Gloire Christian",
                  "Christelle Bijou Merveille Grâce Nathalie Esther Rebecca Divine Chancelle Espérance",
                  "Mukendi Kalala Tshibangu Ilunga Nzuzi Mbala Kabongo Lukusa Mwamba Kasongo"),
    "romanian": ("Ionuț Florin Mihai Cristian Gheorghe Adrian Răzvan Costel Ștefan Marian",
                 "Alexandra Mihaela Ioana Florentina Gabriela Roxana Elena Andreea Luminița Nicoleta",
                 "Popescu Stănescu Munteanu Lungu Dumitrache Căpraru Ionescu Rădulescu Stoica Băluță"),
    "moldovan": ("Vasile Ion Sergiu Victor Dorin Eugen Iurie Petru Valeriu Nicolae",
                 "Doina Tatiana Natalia Lilia Aurelia Svetlana Corina Marcela Ecaterina Olesea",
                 "Rusu Ceban Ciobanu Cojocaru Țurcanu Guțu Bivol Plămădeală Moraru Lupașcu"),
    "us": ("DeShawn Tyler Brantley Jaxon Marquis Cody Dakota Tremaine Colton Javier",
           "Brittany Kayleigh Shaniqua Madison Destiny Haylee Tamika Raelynn Crystal Jolene",
           "Washington Kowalczyk Whitaker Hernandez Boudreaux McAllister Pettigrew Okafor-Reed Yazzie Lundgren"),
    "uk": ("Callum Kieran Jordan Reece Lewis Harvey Kyle Bradley Declan Jamie",
           "Gemma Bethany Chelsea Shannon Leanne Kirsty Jade Courtney Stacey Tegan",
           "Pickering Thwaites Ashworth Braithwaite Nuttall Ogunbiyi-Clarke Heseltine Greenhalgh Blenkinsop Cartwright"),
    "irish": ("Oisín Darragh Cathal Tadhg Ruairí Fiachra Cian Donnacha Pádraig Eoin",
              "Aoife Caoimhe Saoirse Niamh Clodagh Gráinne Síofra Orlaith Méabh Róisín",
              "Ó Súilleabháin Mac Cárthaigh Fitzgerald Ó Briain Mac Giolla Íosa Delaney Ó Dochartaigh Breathnach Kavanagh McGettigan"),
    "canadian": ("Jean-François Brody Tanis Mathis Kaleb Étienne Rémi Nolan Tristan Wyatt",
                 "Maëlle Tanisha Noémie Kayla Rosalie Océane Brielle Chantal Léa-Rose Makayla",
                 "Tremblay Gagnon Bouchard Wapachee Côté Lavoie Desjardins Sinclair Ouellette Bellegarde"),
    "german": ("Jörg Lukas Matthias Torben Henrik Ole Jannik Dirk Bastian Malte",
               "Anneliese Merle Friederike Svenja Jördis Ute Wiebke Hannelore Lene Katrin",
               "Großmann Schäfer von der Heydt Wüstenberg Kößler Brandstätter Hülsmann Oberländer Reuß Pfeiffer"),
    "dutch": ("Joris Thijs Sjoerd Bram Wouter Jelle Maarten Gijs Ruud Teun",
              "Sanne Femke Anouk Marloes Ilse Fenna Lieke Maaike Noortje Jildou",
              "van der Wal de Boer Bakker van 't Hof Mulder de Graaf van Dijk Hoekstra Zwart van der Meulen"),
    "swedish": ("Håkan Björn Anders Göran Mattias Jonas Pelle Leif Oskar Linus",
                "Linnéa Astrid Ebba Maja Sigrid Ingrid Märta Elin Tove Agnes",
                "Lindqvist Söderström Åberg Nyström Hedlund Ekström Bergqvist Sjöberg Öhman Wallin"),
}
MYANMAR_SYL = "Aung Ko Min Thu Zaw Htoo Kyaw Hla Nyein Hsu Thida Khin Moe Su Myat Wai Yan Naing Phyo Thet Paw Eh Say Lwin Ei Mon".split()
MYANMAR_HON = {"m": ["Saw ", "", "", ""], "f": ["Naw ", "", "", ""]}
ORIGINS = list(NAMES)
ORIGIN_COUNTRY = {"afghan": "AF", "syrian": "SY", "iraqi": "IQ", "eritrean": "ER", "ethiopian": "ET", "somali": "SO",
                  "sudanese": "SD", "ukrainian": "UA", "venezuelan": "VE", "haitian": "HT", "guatemalan": "GT",
                  "honduran": "HN", "myanmar": "MM", "nepali": "NP", "vietnamese": "VN", "filipino": "PH",
                  "nigerian": "NG", "congolese": "CD", "romanian": "RO", "moldovan": "MD", "us": "US", "uk": "UK",
                  "irish": "IE", "canadian": "CA", "german": "DE", "dutch": "NL", "swedish": "SE"}
REFUGEE_ORIGINS = ["afghan", "syrian", "iraqi", "eritrean", "ethiopian", "somali", "sudanese", "ukrainian",
                   "venezuelan", "haitian", "guatemalan", "honduran", "myanmar", "nepali", "vietnamese", "congolese",
                   "nigerian", "romanian", "moldovan", "filipino"]
LOCAL_ORIGINS = ["us", "uk", "irish", "canadian", "german", "dutch", "swedish"]

INVENT = "ka ro mi zu te la vo shi na dri bel o an qua yel ish ta ven mor el sa dun li po rha ky".split()
def invented(r, n=None):
    n = n or r.randint(2, 3)
    return "".join(r.choice(INVENT) for _ in range(n)).capitalize()

def _split(s):
    # split a space-separated list; multi-word entries are not used, so just split
    return s.split()

MULTI = {"Luis Ángel", "José Gregorio", "María Alejandra", "Kevin Josué", "Juan Diego", "Dil Bahadur", "Ram Kumar",
         "Mark Anthony", "Rhea Joy", "Mary Grace", "Ma. Cristina", "Quốc Bảo", "Dela Cruz", "Pérez Briceño",
         "Ó Súilleabháin", "Mac Cárthaigh", "Ó Briain", "Mac Giolla Íosa", "Ó Dochartaigh", "von der Heydt",
         "van der Wal", "de Boer", "van 't Hof", "de Graaf", "van Dijk", "van der Meulen", "Ahmad Zia"}

def _parse(lst):
    toks = lst.split()
    out, i = [], 0
    while i < len(toks):
        matched = False
        for k in (4, 3, 2):
            cand = " ".join(toks[i:i + k])
            if cand in MULTI:
                out.append(cand); i += k; matched = True; break
        if not matched:
            out.append(toks[i]); i += 1
    return out

_PARSED = {k: tuple(_parse(x) for x in v) for k, v in NAMES.items()}

class P:
    def __init__(self, given, family, full, origin, female, extra=None):
        self.given, self.family, self.full, self.origin, self.female = given, family, full, origin, female
        self.extra = extra or {}
    def __repr__(self):
        return self.full

def person(r, origin=None, female=None, family=None):
    origin = origin or r.choice(ORIGINS)
    if female is None:
        female = r.random() < 0.5
    gm, gf, fam = _PARSED[origin]
    if origin == "myanmar":
        hon = r.choice(MYANMAR_HON["f" if female else "m"])
        nm = hon + " ".join(r.choice(MYANMAR_SYL) for _ in range(r.randint(2, 3)))
        return P(nm, "", nm, origin, female)
    given = r.choice(gf if female else gm)
    if r.random() < 0.12:
        given = invented(r)
    if origin in ("eritrean", "ethiopian", "somali", "sudanese"):
        father = r.choice(gm) if r.random() > 0.15 else invented(r)
        grand = r.choice(gm)
        if family is not None:
            father = family
        full = "%s %s %s" % (given, father, grand) if r.random() < 0.6 else "%s %s" % (given, father)
        fam_part = full[len(given) + 1:]
        return P(given, fam_part, full, origin, female, {"father": father})
    if origin == "afghan" and family is None and r.random() < 0.45:
        return P(given, "", given, origin, female)
    f = family if family is not None else (r.choice(fam) if r.random() > 0.12 else invented(r))
    if origin == "irish" and female and f.startswith("Ó "):
        f = "Ní " + f[2:]
    if origin == "irish" and female and f.startswith("Mac "):
        f = "Nic " + f[4:]
    if origin in ("venezuelan", "honduran", "guatemalan") and r.random() < 0.6 and family is None:
        f = f + " " + r.choice(fam)
    if origin == "vietnamese":
        mid = "Thị" if female else r.choice(["Văn", "Hữu", "Đình", "Minh"])
        return P(given, f, "%s %s %s" % (f, mid, given), origin, female)
    if origin == "ukrainian" and r.random() < 0.35:
        fat = r.choice(gm)
        pat = fat + ("ivna" if female else "ovych")
        pat = pat.replace("iiivna", "iivna").replace("iiovych", "iiovych")
        return P(given, f, "%s %s %s" % (given, pat, f), origin, female, {"patronymic": pat})
    return P(given, f, "%s %s" % (given, f), origin, female)

def pname(r, p, style=None):
    """Return a display form of person p (string)."""
    style = style or r.choice(["full", "full", "full", "LAST, First", "F. Last", "CAPS"])
    if not p.family or p.origin == "vietnamese":
        return p.full.upper() if style == "CAPS" else p.full
    if style == "LAST, First":
        return "%s, %s" % (p.family.upper(), p.given)
    if style == "F. Last":
        return "%s. %s" % (p.given[0], p.family)
    if style == "CAPS":
        return p.full.upper()
    return p.full

# ----------------------------------------------------------------------------------------------------------
# addresses, phones, emails, dates, IPs
# ----------------------------------------------------------------------------------------------------------
def _pick(r, s):
    return r.choice(s.split("|"))

def address(r, country=None, multiline=False):
    c = country or r.choice(["US", "UK", "IE", "CA", "DE", "NL", "SE"])
    if c == "US":
        st = _pick(r, "Alder Creek Rd|W Olive Ave|E Belmont St|Kearny Mesa Blvd|S Halsted St|N 27th St|Dorchester Ave|Cedar Lane|Old Hickory Blvd|Euclid Heights Pkwy")
        unit = r.choice(["", " Apt %d%s" % (r.randint(1, 4), r.choice("ABCD")), " #%d" % r.randint(100, 420), ", Unit %d" % r.randint(2, 30)])
        city = r.choice([("Fresno", "CA", "937"), ("Columbus", "OH", "432"), ("Houston", "TX", "770"), ("Chicago", "IL", "606"),
                         ("Boise", "ID", "837"), ("Bowling Green", "KY", "421"), ("Lancaster", "PA", "176"), ("Phoenix", "AZ", "850"),
                         ("Minneapolis", "MN", "554"), ("Utica", "NY", "135"), ("Louisville", "KY", "402"), ("Tukwila", "WA", "981")])
        l1 = "%d %s%s" % (r.randint(12, 9899), st, unit)
        l2 = "%s, %s %s%02d" % (city[0], city[1], city[2], r.randint(1, 99))
    elif c == "UK":
        st = _pick(r, "Ravensworth Terrace|Bishopthorpe Road|Cheetham Hill Road|Soho Road|Stapleton Road|Leith Walk|Green Lanes|Harehills Lane|Anlaby Road|Tonge Moor Road")
        pre = r.choice(["", "Flat %d, " % r.randint(1, 40), "%d%s " % (r.randint(1, 9), "")])
        if pre.strip().isdigit():
            pre = ""
        town = r.choice([("Gateshead", "NE8"), ("York", "YO23"), ("Manchester", "M8"), ("Birmingham", "B21"), ("Bristol", "BS5"),
                         ("Edinburgh", "EH6"), ("London", "N4"), ("Leeds", "LS8"), ("Hull", "HU3"), ("Bolton", "BL2")])
        l1 = "%s%d %s" % (pre, r.randint(1, 240), st)
        l2 = "%s %s %d%s" % (town[0], town[1], r.randint(1, 9), "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    elif c == "IE":
        l1 = "%s%d %s" % (r.choice(["", "Apt %d, " % r.randint(1, 60)]), r.randint(1, 120),
                         _pick(r, "Ballymun Road|Parnell Street|Dominick Street Lower|Old Youghal Road|Dublin Road|Bóthar na Trá"))
        town = r.choice([("Dublin 9", "D09"), ("Dublin 1", "D01"), ("Cork", "T23"), ("Galway", "H91"), ("Limerick", "V94")])
        l2 = "%s, %s %s" % (town[0], town[1], _alnum(r, 4, "ACDEFHKNPRTVWXY0123456789"))
    elif c == "CA":
        l1 = "%s%d %s" % (r.choice(["", "#%d-" % r.randint(101, 1908)]), r.randint(100, 9999),
                         _pick(r, "Kingsway|Rue Saint-Hubert|Jasper Ave NW|Pembina Hwy|Danforth Ave|Boul. Décarie|Portage Ave"))
        pc = r.choice([("Vancouver, BC", "V5V"), ("Montréal (QC)", "H2J"), ("Edmonton, AB", "T5J"), ("Winnipeg, MB", "R3T"), ("Toronto, ON", "M4J")])
        l2 = "%s %s %d%s%d" % (pc[0], pc[1], r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9))
    elif c == "DE":
        l1 = "%s %d%s" % (_pick(r, "Hafenstraße|Kottbusser Damm|Eisenbahnstr.|Am Sandtorkai|Wilhelmsburger Reichsstraße|Bonner Talweg|Grevenweg"),
                          r.randint(1, 180), r.choice(["", "a", "b"]))
        l2 = "%05d %s" % (r.randint(10115, 99998), r.choice(["Bremen", "Berlin", "Leipzig", "Hamburg", "Bonn", "Köln", "Dortmund"]))
    elif c == "NL":
        l1 = "%s %d%s" % (_pick(r, "Laan van Meerdervoort|Kruiskade|Javastraat|Burgemeester de Withstraat|Oudegracht|Amsterdamsestraatweg"),
                          r.randint(1, 400), r.choice(["", "-III", " bis", "A"]))
        l2 = "%04d %s %s" % (r.randint(1011, 9999), "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2)), r.choice(["Den Haag", "Rotterdam", "Amsterdam", "Utrecht", "Zwolle"]))
    else:  # SE
        l1 = "%s %d%s" % (_pick(r, "Rosengårdsvägen|Järvafältet|Bergsjövägen|Tensta allé|Hammarkullegatan|Kronogården"),
                          r.randint(1, 90), r.choice(["", " lgh %d" % r.randint(1001, 1404)]))
        l2 = "%03d %02d %s" % (r.randint(100, 985), r.randint(10, 99), r.choice(["Malmö", "Göteborg", "Stockholm", "Spånga", "Uppsala"]))
    return (l1, l2)

def addr_str(r, a, multiline=False, sep=None):
    if sep is None:
        sep = "\n" if multiline else ", "
    return a[0] + sep + a[1]

def phone(r, cc=None):
    cc = cc or r.choice(["US", "UK", "IE", "CA", "DE", "NL", "SE"])
    if cc in ("US", "CA"):
        area = r.choice({"US": ["559", "614", "713", "312", "208", "270", "717", "602", "612", "315", "502", "206"],
                         "CA": ["604", "514", "780", "204", "416", "647"]}[cc])
        ex = "%d%02d" % (r.randint(2, 9), r.randint(0, 99))
        if ex[1:] == "11":
            ex = ex[0] + "23"
        ln = digits(r, 4)
        return r.choice(["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "+1 %s %s %s" % (area, ex, ln),
                         "%s.%s.%s" % (area, ex, ln), "1-%s-%s-%s" % (area, ex, ln)])
    fm = {
        "UK": lambda: r.choice(["07%d%02d %s" % (r.randint(4, 9), r.randint(0, 99), digits(r, 6)), "+44 7%d%02d %s" % (r.randint(4, 9), r.randint(0, 99), digits(r, 6)),
                                "0191 %s %s" % (digits(r, 3), digits(r, 4)), "0161 %s %s" % (digits(r, 3), digits(r, 4))]),
        "IE": lambda: r.choice(["08%d %s %s" % (r.choice([3, 5, 6, 7, 9]), digits(r, 3), digits(r, 4)), "+353 8%d %s %s" % (r.choice([3, 5, 6, 7]), digits(r, 3), digits(r, 4))]),
        "DE": lambda: r.choice(["+49 1%d%d %s" % (r.choice([5, 6, 7]), r.randint(0, 9), digits(r, 8)), "0%d %s" % (r.choice([30, 421, 341, 40]), digits(r, 7))]),
        "NL": lambda: r.choice(["06-%s" % digits(r, 8), "+31 6 %s %s" % (digits(r, 4), digits(r, 4))]),
        "SE": lambda: "+46 7%d %s %s %s" % (r.choice([0, 2, 3, 6]), digits(r, 3), digits(r, 2), digits(r, 2)),
        "UA": lambda: "+380 %s %s %s %s" % (r.choice(["67", "50", "63", "93", "97"]), digits(r, 3), digits(r, 2), digits(r, 2)),
        "RO": lambda: "+40 7%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        "MD": lambda: "+373 %s %s %s" % (r.choice(["69", "79", "68", "78"]), digits(r, 3), digits(r, 3)),
        "SY": lambda: "+963 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        "AF": lambda: "+93 7%s %s %s" % (r.choice(["0", "2", "8", "9"]), digits(r, 3), digits(r, 4)),
        "VE": lambda: "+58 4%s-%s" % (r.choice(["12", "14", "16", "24", "26"]), digits(r, 7)),
        "HT": lambda: "+509 %d%d %s %s" % (r.choice([3, 4]), r.randint(0, 9), digits(r, 2), digits(r, 4)),
        "GT": lambda: "+502 %d%s %s" % (r.choice([3, 4, 5]), digits(r, 3), digits(r, 4)),
        "HN": lambda: "+504 %d%s-%s" % (r.choice([3, 8, 9]), digits(r, 3), digits(r, 4)),
        "MM": lambda: "+95 9 %s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3)),
        "NP": lambda: "+977 98%d-%s" % (r.randint(0, 6), digits(r, 7)),
        "VN": lambda: "+84 9%d %s %s %s" % (r.randint(0, 8), digits(r, 3), digits(r, 2), digits(r, 2)),
        "PH": lambda: r.choice(["+63 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)), "09%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4))]),
        "NG": lambda: "+234 80%d %s %s" % (r.choice([3, 5, 6, 7]), digits(r, 3), digits(r, 4)),
        "CD": lambda: "+243 8%d %s %s" % (r.choice([1, 2, 4, 5, 9]), digits(r, 3), digits(r, 4)),
        "ET": lambda: "+251 9%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
        "SO": lambda: "+252 61 %s %s" % (digits(r, 3), digits(r, 4)),
        "SD": lambda: "+249 9%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
        "ER": lambda: "+291 7 %s %s" % (digits(r, 3), digits(r, 3)),
        "IQ": lambda: "+964 7%s %s %s" % (r.choice(["70", "50", "80", "90"]), digits(r, 3), digits(r, 4)),
        "FR": lambda: "+33 6 %s %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 2)),
        "ES": lambda: "+34 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        "IT": lambda: "+39 3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
        "BR": lambda: "+55 11 9%s-%s" % (digits(r, 4), digits(r, 4)),
        "SG": lambda: "+65 %d%s %s" % (r.choice([8, 9]), digits(r, 3), digits(r, 4)),
        "IN": lambda: "+91 9%s %s" % (digits(r, 4), digits(r, 5)),
    }
    return fm[cc]()

def email_for(r, p, domain=None):
    domain = domain or r.choice(["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "ukr.net", "mail.ru", "gmx.de", "live.nl"])
    g = re.sub(r"[^a-z]", "", strip_accents(p.given.split()[0]).lower()) or "x"
    f = re.sub(r"[^a-z]", "", strip_accents(p.family.split()[-1] if p.family else "").lower())
    local = r.choice(["%s.%s" % (g, f) if f else g + digits(r, 2), "%s%s%d" % (g[0], f or g, r.randint(1, 99)), "%s_%s" % (f or g, g[:3]), "%s%s" % (g, digits(r, 4))])
    return local + "@" + domain

def staff_email(p, org):
    g = re.sub(r"[^a-z]", "", strip_accents(p.given.split()[0]).lower())
    f = re.sub(r"[^a-z]", "", strip_accents(p.family.split()[-1] if p.family else "staff").lower())
    return "%s.%s@%s" % (g, f, org)

def rdate(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))

MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH_FULL = "January February March April May June July August September October November December".split()
def fdate(r, d, style=None):
    style = style or r.choice(["dmy/", "mdy/", "iso", "d Mon Y", "dmy.", "Month d, Y"])
    return {"dmy/": "%02d/%02d/%d" % (d.day, d.month, d.year), "mdy/": "%02d/%02d/%d" % (d.month, d.day, d.year),
            "iso": d.isoformat(), "d Mon Y": "%d %s %d" % (d.day, MON[d.month - 1], d.year),
            "dmy.": "%02d.%02d.%d" % (d.day, d.month, d.year), "Month d, Y": "%s %d, %d" % (MONTH_FULL[d.month - 1], d.day, d.year),
            "hl7": "%04d%02d%02d" % (d.year, d.month, d.day), "dmy-": "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)}[style]

def dob_value(r, y0=1945, y1=2010, style=None, allow_vague=True):
    """A DOB string; refugee files often hold only a year or 01/01."""
    d = rdate(r, y0, y1)
    x = r.random()
    if allow_vague and x < 0.12:
        return str(d.year), d
    if allow_vague and x < 0.25:
        d = datetime.date(d.year, 1, 1)
        return r.choice(["01/01/%d" % d.year, "%d-01-01" % d.year, "1 Jan %d" % d.year]), d
    return fdate(r, d, style), d

def ip(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv10", "priv192", "priv172", "pub", "v6"])
    if kind == "doc":
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(2, 254))
    if kind == "priv10":
        return "10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 255), r.randint(2, 254))
    if kind == "priv192":
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    if kind == "priv172":
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    if kind == "pub":
        return "%d.%d.%d.%d" % (r.choice([81, 86, 90, 109, 151, 185, 212, 77, 94]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))

def version_ip_like(r):
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 300), r.randint(256, 9999))

def mac(r):
    return ":".join("%02x" % r.randint(0, 255) for _ in range(6))

# clinical vocab ----------------------------------------------------------------------------------------
DIAG_ADULT = ["post-traumatic stress disorder", "PTSD", "major depressive disorder", "generalised anxiety disorder",
              "type 2 diabetes mellitus", "hypertension", "latent tuberculosis infection", "chronic hepatitis B",
              "hepatitis C", "opioid use disorder", "alcohol use disorder", "iron-deficiency anaemia", "asthma",
              "schizophrenia", "bipolar affective disorder", "epilepsy", "chronic kidney disease stage 3",
              "HIV infection", "postnatal depression", "gestational diabetes", "sickle cell disease", "COPD",
              "chronic lower back pain", "hypothyroidism", "vitamin D deficiency", "scabies", "panic disorder"]
DIAG_CHILD = ["asthma", "eczema", "autism spectrum disorder", "ADHD", "epilepsy", "iron-deficiency anaemia",
              "failure to thrive", "sickle cell disease", "type 1 diabetes", "global developmental delay",
              "moderate acute malnutrition", "otitis media", "scabies", "coeliac disease", "speech and language delay"]
MEDS = ["sertraline", "fluoxetine", "mirtazapine", "prazosin", "metformin", "amlodipine", "isoniazid", "rifampicin",
        "buprenorphine", "methadone", "naltrexone", "naloxone", "ferrous sulfate", "salbutamol", "Ventolin", "quetiapine",
        "olanzapine", "lithium", "levetiracetam", "insulin glargine", "tenofovir", "sofosbuvir", "paracetamol",
        "amoxicillin", "permethrin", "folic acid", "levothyroxine", "colecalciferol", "propranolol", "Suboxone",
        "Zoloft", "Lantus", "sodium valproate", "methylphenidate", "melatonin", "hydroxyurea", "Symbicort", "diazepam"]
MED_FOR = {"asthma": ["salbutamol", "Ventolin", "Symbicort", "beclometasone"], "epilepsy": ["levetiracetam", "sodium valproate", "lamotrigine"],
           "ADHD": ["methylphenidate", "atomoxetine"], "iron-deficiency anaemia": ["ferrous sulfate", "ferrous fumarate"],
           "sickle cell disease": ["hydroxyurea", "folic acid"], "type 1 diabetes": ["insulin aspart", "Lantus"],
           "eczema": ["hydrocortisone", "Diprobase"], "scabies": ["permethrin"], "autism spectrum disorder": ["melatonin"],
           "failure to thrive": [], "post-traumatic stress disorder": ["prazosin", "sertraline"], "PTSD": ["prazosin", "sertraline"],
           "major depressive disorder": ["sertraline", "mirtazapine", "fluoxetine"], "generalised anxiety disorder": ["sertraline", "propranolol"],
           "type 2 diabetes mellitus": ["metformin", "gliclazide"], "hypertension": ["amlodipine", "ramipril"],
           "latent tuberculosis infection": ["isoniazid", "rifapentine"], "chronic hepatitis B": ["tenofovir", "entecavir"],
           "hepatitis C": ["sofosbuvir", "Epclusa"], "opioid use disorder": ["buprenorphine", "methadone", "Suboxone"],
           "alcohol use disorder": ["naltrexone", "acamprosate", "thiamine"], "schizophrenia": ["olanzapine", "aripiprazole", "paliperidone"],
           "bipolar affective disorder": ["lithium", "quetiapine"], "HIV infection": ["Biktarvy", "dolutegravir"],
           "postnatal depression": ["sertraline"], "gestational diabetes": ["metformin", "insulin isophane"],
           "chronic kidney disease stage 3": ["ramipril"], "COPD": ["tiotropium", "Symbicort"], "hypothyroidism": ["levothyroxine"],
           "vitamin D deficiency": ["colecalciferol"], "panic disorder": ["sertraline", "propranolol"], "chronic lower back pain": ["naproxen"],
           "type 1 diabetes mellitus": ["insulin glargine"], "moderate acute malnutrition": [],
           "otitis media": ["amoxicillin"], "coeliac disease": [], "global developmental delay": [], "speech and language delay": []}

ICD = {"post-traumatic stress disorder": "F43.10", "PTSD": "F43.10", "major depressive disorder": "F32.9", "generalised anxiety disorder": "F41.1",
       "type 2 diabetes mellitus": "E11.9", "hypertension": "I10", "latent tuberculosis infection": "R76.11", "chronic hepatitis B": "B18.1",
       "hepatitis C": "B18.2", "opioid use disorder": "F11.20", "alcohol use disorder": "F10.20", "iron-deficiency anaemia": "D50.9",
       "asthma": "J45.909", "schizophrenia": "F20.9", "bipolar affective disorder": "F31.9", "epilepsy": "G40.909", "HIV infection": "B20",
       "chronic kidney disease stage 3": "N18.30", "postnatal depression": "F53.0", "gestational diabetes": "O24.419", "sickle cell disease": "D57.1",
       "COPD": "J44.9", "hypothyroidism": "E03.9", "vitamin D deficiency": "E55.9", "scabies": "B86", "panic disorder": "F41.0", "chronic lower back pain": "M54.50"}

def diag_med(r, child=False):
    dx = r.choice(DIAG_CHILD if child else DIAG_ADULT)
    meds = MED_FOR.get(dx, [])
    return dx, (r.choice(meds) if meds else None)

ORG_DOMAINS = ["fairhavencfs.gov", "harbourhomes.org.uk", "northsidefoodbank.org", "newrootsresettlement.org",
               "commonlawclinic.org", "riverbendcounty.gov", "kinshipha.org.uk", "welcomebridge.ie"]

def staff(r, org=None):
    p = person(r, r.choice(LOCAL_ORIGINS + ["nigerian", "filipino", "romanian", "haitian"]))
    while not p.family:
        p = person(r, r.choice(LOCAL_ORIGINS))
    p.email = staff_email(p, org or r.choice(ORG_DOMAINS))
    return p

# people named in institutions (never labelled) -----------------------------------------------------------
EPONYM_PLACES = ["Dorothy Day House", "Mary Seacole Family Centre", "Harriet Tubman Family Center", "Casa Óscar Romero",
                 "Cesar Chavez Elementary", "Jane Addams Middle School", "Nelson Mandela Primary", "Frederick Douglass Academy",
                 "Emmeline Pankhurst Hall", "St Vincent de Paul pantry", "Malala Yousafzai Learning Centre",
                 "Bernardo O'Higgins Community Hall", "Roberto Clemente Shelter", "Thurgood Marshall Courthouse",
                 "Catherine McAuley House", "Eleanor Roosevelt Women's Shelter", "Sojourner Truth Resource Center"]
EPONYM_ORGS = ["Barnardo's", "Peabody", "Joseph Rowntree Foundation", "the Trussell Trust", "Sainsbury's", "Tesco",
               "Marks & Spencer", "the Gates Foundation", "Wells Fargo", "Morrisons", "Carnegie UK", "Annie E. Casey Foundation",
               "Kellogg Foundation", "the Walton Family Foundation", "McDonald's", "Ben & Jerry's", "John Lewis"]
EPONYM_STREETS = ["Martin Luther King Jr. Blvd", "Cesar Chavez Avenue", "Nelson Mandela Way", "Harvey Milk Street",
                  "Rosa Parks Boulevard", "Queen Victoria Street", "Frida Kahlo Straat"]
HOLIDAYS = ["Martin Luther King Jr. Day", "Thanksgiving", "Eid al-Fitr", "Eid al-Adha", "Nowruz", "Christmas Day",
            "Boxing Day", "St Brigid's Day", "Presidents' Day", "Juneteenth", "Orthodox Easter", "Tết", "Dashain",
            "Meskel", "Diwali", "Good Friday", "Labor Day", "King's Birthday bank holiday"]
SHELTERS = ["Dorothy Day House", "Casa Óscar Romero", "Roberto Clemente Shelter", "Eleanor Roosevelt Women's Shelter", "Catherine McAuley House"]
FAMILY_CENTRES = ["Mary Seacole Family Centre", "Harriet Tubman Family Center", "Sojourner Truth Resource Center", "Emmeline Pankhurst Hall"]
PLACEHOLDERS = ["Baby Boy", "Baby Girl", "Unknown", "Unborn child", "Baby Girl (twin 2)", "Infant of mother", "Not known", "TBC", "N/A"]

# ==========================================================================================================
# templates
# ==========================================================================================================
TEMPLATES = []
def T(name, count, fmt):
    def deco(fn):
        TEMPLATES.append((name, count, fmt, fn))
        return fn
    return deco

def dots(label, width=30):
    return label + " " + "." * max(3, width - len(label)) + " "

# ---------------------------------------------------------------- FORMS / KYC ----------------------------
@T("form_housing_app", 4, "form")
def form_housing_app(r, d, i):
    org = r.choice(["Kinship Housing Association", "Harbour Homes Group", "Tynebank Community Housing", "Northgate & Dale HA"])
    d.line(org.upper())
    d.line("APPLICATION FOR HOUSING — HOUSING REGISTER PART A")
    d.line("Application ref: %s    Received: %s" % (ref(r, "HR", 5), fdate(r, rdate(r, 2023, 2025), "dmy/")))
    d.line("")
    if i == 3:  # blank template
        for lab in ["Surname", "Forename(s)", "Date of Birth", "National Insurance No.", "Current address", "Postcode",
                    "Telephone", "Email Address", "Sort code / Account No."]:
            d.line(dots(lab), "____________________")
        d.line("")
        d.line("Please attach proof of income (payslips, Universal Credit statement) and photo ID.")
        d.line("Office use: Band ___  Priority Need Y / N   Officer initials ____")
        return
    a = person(r, r.choice(REFUGEE_ORIGINS + LOCAL_ORIGINS))
    dv, bd = dob_value(r, 1960, 2002, "dmy/")
    ad = address(r, "UK")
    d.line(dots("Surname"), L("PERSON", a.family) if a.family else "—  (no family name — see passport)")
    d.line(dots("Forename(s)"), L("PERSON", a.given))
    d.line(dots("Date of Birth"), L("DATE_OF_BIRTH", dv))
    d.line(dots("National Insurance No."), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)) if i != 1 else "Applied for — awaiting (DWP ref %s)" % ref(r, "NINO", 7))
    d.line(dots("Current address"), L("ADDRESS", addr_str(r, ad, sep="\n" + " " * 31)))
    d.line(dots("Telephone"), L("PHONE", phone(r, "UK")))
    if r.random() < 0.7:
        d.line(dots("Email Address"), L("EMAIL", email_for(r, a)))
    else:
        d.line(dots("Email Address"), "none")
    d.line("")
    d.line("PART B — HOUSEHOLD (everyone who will live with you)")
    d.line("Name                         | Relationship | DOB        | NI number")
    for rel in r.sample(["Partner", "Son", "Daughter", "Mother", "Nephew"], r.randint(1, 3)):
        m = person(r, a.origin, female=rel in ("Daughter", "Mother"), family=a.family or None)
        md, _ = dob_value(r, 1950 if rel in ("Mother", "Partner") else 2008, 1990 if rel == "Mother" else 2022, "dmy/")
        nm = m.full
        d.add(L("PERSON", nm), " " * max(1, 29 - len(nm)), "| ", rel.ljust(13), "| ", L("DATE_OF_BIRTH", md), " " * max(1, 11 - len(md)), "| ")
        if rel in ("Partner", "Mother") and r.random() < 0.6:
            d.line(L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, spaced=False)))
        else:
            d.line("n/a (child)" if rel not in ("Partner", "Mother") else "")
    d.line("")
    d.line("PART C — INCOME EVIDENCE")
    d.line("Universal Credit: £%d.%02d per month (statement dated %s, UC ref %s)" % (r.randint(400, 1400), r.randint(0, 99), fdate(r, rdate(r, 2024, 2025), "d Mon Y"), ref(r, "UC", 8)))
    if r.random() < 0.6:
        d.line("Employment: %s, %d hrs/week, payslip net £%d.%02d" % (r.choice(["Tesco Extra", "Sainsbury's", "Amazon LCY3", "Greggs plc", "a care agency"]), r.randint(8, 30), r.randint(300, 1100), r.randint(0, 99)))
    d.line("Bank for Housing Benefit / refunds: ", L("UK_BANK_ACCOUNT", "%s %s" % (sort_code(r), uk_acct(r))))
    d.line("")
    d.line("PART D — HEALTH & ACCESS")
    if r.random() < 0.7:
        dx, med = diag_med(r)
        d.line("Does anyone have a medical condition affected by housing? YES — ", L("PERSON", a.given),
               " has ", L("DIAGNOSIS", dx), (", takes ") if med else "", L("MEDICATION", med) if med else "", ". Ground floor preferred.")
    else:
        d.line("Does anyone have a medical condition affected by housing? No")
    d.line("Signed: ", L("PERSON", a.full), "     Date: %s" % fdate(r, rdate(r, 2024, 2025), "dmy/"))

@T("form_foodbank_voucher", 4, "form")
def form_foodbank_voucher(r, d, i):
    fb = r.choice(["Northside Food Bank", "Riverbend Community Pantry", "St Vincent de Paul pantry (Eastgate)", "Gateshead Central Foodbank"])
    d.line("%s — E-REFERRAL VOUCHER" % fb)
    d.line("Voucher code: %s%s    Issued: %s    Valid until: %s" % (r.choice(["FB", "VCH", "EV"]), digits(r, 7), fdate(r, rdate(r, 2024, 2025), "d Mon Y"), fdate(r, rdate(r, 2025, 2025), "d Mon Y")))
    ag = staff(r)
    d.line("Referring agency: %s" % r.choice(["Citizens Advice", "Jobcentre Plus work coach", "Health visiting team", "New Roots Resettlement", "School family liaison", "Common Law Clinic"]))
    if i == 2:
        d.line("Referrer: [withheld — agency login only]")
        d.line("Client first name: ______   Surname initial: __")
        d.line("Household: adults %d, children %d (ages %s)" % (r.randint(1, 2), r.randint(0, 4), ", ".join(str(r.randint(1, 16)) for _ in range(2))))
        d.line("Reason: benefit delay / sanction. Dietary: halal, no pork gelatine.")
        d.line("Collection point: %s, Tuesdays & Fridays (closed %s)" % (r.choice(EPONYM_PLACES), r.choice(HOLIDAYS)))
        return
    d.line("Referrer: ", L("PERSON", ag.full), "  tel ", L("PHONE", phone(r, "UK")), "  ", L("EMAIL", ag.email))
    c = person(r, r.choice(REFUGEE_ORIGINS + ["uk", "irish"]))
    style = r.choice(["full", "initial"])
    if style == "initial" and c.family:
        d.line("Client: ", L("PERSON", "%s %s." % (c.given, c.family[0])))
    else:
        d.line("Client: ", L("PERSON", c.full))
    d.line("Household: adults %d, children %d (ages %s)" % (r.randint(1, 2), r.randint(1, 4), ", ".join(str(r.randint(1, 16)) for _ in range(2))))
    d.line("Reason for referral: %s" % r.choice(["benefit delay (UC advance refused)", "asylum support (Section 95) not yet in payment", "debt / rent arrears", "low income — zero-hours contract", "domestic abuse — fled home"]))
    if i == 1:
        dx = r.choice(["type 2 diabetes mellitus", "coeliac disease", "chronic kidney disease stage 3"])
        d.line("Dietary/health: client has ", L("DIAGNOSIS", dx), " — please include suitable items.")
    else:
        d.line("Dietary/health: %s" % r.choice(["vegetarian", "halal", "no cooking facilities (hotel room) — kettle pack", "baby formula needed (Stage 1)"]))
    if r.random() < 0.6:
        d.line("Delivery address (client cannot travel): ", L("ADDRESS", addr_str(r, address(r, "UK"))))
    d.line("Consent to share data with food bank: Y")

@T("form_volunteer_check", 3, "form")
def form_volunteer_check(r, d, i):
    us = i != 1
    v = person(r, r.choice(LOCAL_ORIGINS + ["nigerian", "filipino", "vietnamese", "haitian", "syrian"]))
    dv, bd = dob_value(r, 1950, 2005, "mdy/" if us else "dmy/", allow_vague=False)
    d.line("VOLUNTEER APPLICATION & BACKGROUND CHECK AUTHORIZATION")
    d.line("Program: %s   Role: %s" % (r.choice(["Riverbend County CASA", "New Roots Resettlement — airport pickup", "Northside Food Bank warehouse", "Common Law Clinic intake"]),
                                       r.choice(["Mentor", "Driver", "Interpreter (Dari/Pashto)", "Warehouse sorter", "Tutor"])))
    d.line("")
    d.line("Full legal name: ", L("PERSON", v.full))
    d.line("Other names used: ", L("PERSON", "%s %s" % (v.given, r.choice(_PARSED["us"][2]))) if r.random() < 0.3 else "none")
    d.line("Date of birth: ", L("DATE_OF_BIRTH", dv))
    d.line("Home address: ", L("ADDRESS", addr_str(r, address(r, "US" if us else "UK"))))
    d.line("Mobile: ", L("PHONE", phone(r, "US" if us else "UK")), "    Email: ", L("EMAIL", email_for(r, v)))
    if us:
        st = r.choice(list(STATES))
        d.line("Social Security Number: ", L("US_SSN", ssn(r)))
        lay = r.randint(0, 2)
        if lay == 0:
            d.line("Driver's license #: ", L("DRIVER_LICENSE", driver_license(r, st)), "   State: %s" % st)
        elif lay == 1:
            d.line("%s driver license no. " % STATES[st], L("DRIVER_LICENSE", driver_license(r, st)), " (exp. %s)" % fdate(r, rdate(r, 2026, 2031), "mdy/"))
        else:
            d.line("DL (issuing state: %s): " % STATES[st], L("DRIVER_LICENSE", driver_license(r, st)))
        if i == 2:
            d.line("Youth exchange chaperone — U.S. passport number: ", L("US_PASSPORT", passport(r, "US")), " (exp. %s)" % fdate(r, rdate(r, 2027, 2034), "mdy/"))
        d.line("Will you be driving clients? Y  — proof of insurance: %s policy %s" % (r.choice(["State Farm", "GEICO", "Progressive"]), _alnum(r, 10)))
    else:
        d.line("National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)))
        d.line("Existing DBS certificate no.: %s (update service: yes)" % bad_aadhaar(r).replace(" ", ""))
        if r.random() < 0.8:
            d.line("UK driving licence no.: ", L("DRIVER_LICENSE", uk_driving_licence(r, v.family or v.given, v.given, bd, v.female)))
    d.line("")
    d.line("References")
    for k in range(2):
        ref_p = person(r, r.choice(LOCAL_ORIGINS))
        d.line("  %d. " % (k + 1), L("PERSON", ref_p.full), ", ", r.choice(["pastor", "former manager", "teacher", "neighbour"]), " — ", L("PHONE", phone(r, "US" if us else "UK")))
    d.line("Convictions: %s" % r.choice(["none", "none declared", "2009 — minor traffic offence (declared)"]))
    d.line("I authorize %s to obtain a consumer report." % r.choice(["Sterling Check", "the agency", "uCheck Ltd"]))
    d.line("Signature: /s/ ", L("PERSON", v.full), "   Date: %s" % fdate(r, rdate(r, 2024, 2025)))

@T("form_ocr_benefit", 3, "form")
def form_ocr_benefit(r, d, i):
    ocr = lambda s: s.replace("l", "1", 1).replace("O", "0", 1) if r.random() < 0.5 else s.replace("m", "rn", 1)
    a = person(r, r.choice(["us", "honduran", "guatemalan", "haitian", "vietnamese", "somali"]))
    dv, bd = dob_value(r, 1950, 2000, "mdy/", allow_vague=False)
    st = r.choice(["OH", "KY", "MN", "TX", "PA"])
    d.line(ocr("RIVERBEND COUNTY DEPARTMENT OF JOB AND FAMILY SERVICES"))
    d.line(ocr("Application for SNAP, Cash and Medical Assistance") + "   Form JFS 07200 (Rev. 3/2023)  pg 1 of 6")
    d.line("")
    d.line(ocr("1. Name (Last, First, MI)") + "  ", L("PERSON", "%s, %s" % ((a.family or a.given).upper(), a.given.upper()) + (" %s" % r.choice("ABJMR") if r.random() < 0.5 else "")))
    d.line(ocr("2. Date of Birth") + "  ", L("DATE_OF_BIRTH", dv), "     " + ocr("3. Sex") + "  %s" % ("F" if a.female else "M"))
    if i == 2:
        d.line(ocr("4. Social Security Number") + "  ***-**-%s  (on file)" % digits(r, 4))
    else:
        d.line(ocr("4. Social Security Number") + "  ", L("US_SSN", ssn(r, r.choice(["-", " "]))))
    d.line(ocr("5. Home Address") + "  ", L("ADDRESS", addr_str(r, address(r, "US")).upper()))
    d.line(ocr("6. Phone") + "  ", L("PHONE", phone(r, "US")), "   " + ocr("Language") + ": %s" % r.choice(["Spanish", "Haitian Creole", "K'iche'", "Somali", "Vietnamese", "English"]))
    d.line(ocr("7. Medicare? (if yes, MBI)") + "  ", L("US_MBI", mbi(r)) if i == 0 else "N0")
    if i != 0:
        d.line(ocr("8. Current health plan / Medicaid member ID") + "  ", L("HEALTH_PLAN_ID", health_plan_id(r)), "  (CareSource Medicaid)")
    d.line(ocr("9. Household members") + ":")
    for k in range(r.randint(1, 3)):
        m = person(r, a.origin, family=a.family or None)
        md, _ = dob_value(r, 2006, 2023, "mdy/", allow_vague=False)
        d.line("   ", L("PERSON", m.full.upper()), "   DOB ", L("DATE_OF_BIRTH", md), "   %s" % r.choice(["CHILD", "SON", "DAU", "GRANDCHILD"]))
    d.line(ocr("10. Income") + ": $%d.%02d biweekly from %s; child support $%d/mo" % (r.randint(300, 1400), r.randint(0, 99), r.choice(["Wendy's", "Tyson Foods", "Marriott", "Kroger", "Dollar General"]), r.randint(0, 400)))
    d.line(ocr("11. Rent") + ": $%d   " % r.randint(550, 1400) + ocr("Utilities") + ": $%d (%s)" % (r.randint(40, 250), r.choice(["AEP Ohio", "Duke Energy", "Xcel"])))
    d.line("Case # %s   Worker ID %s   Rcvd %s" % (digits(r, 10), _letters(r, 2) + digits(r, 3), fdate(r, rdate(r, 2025, 2025), "mdy/")))

@T("form_refugee_intake", 4, "form")
def form_refugee_intake(r, d, i):
    org = r.choice(["New Roots Resettlement", "WelcomeBridge Ireland", "Refugee Action North", "Vluchtelingenwerk Oost"])
    origin = r.choice(["afghan", "syrian", "eritrean", "ukrainian", "somali", "congolese", "myanmar", "sudanese", "iraqi"])
    cc = ORIGIN_COUNTRY[origin]
    pa = person(r, origin)
    dv, bd = dob_value(r, 1960, 2004, "dmy/")
    d.line("%s — RECEPTION & PLACEMENT INTAKE (CONFIDENTIAL)" % org)
    d.line("UNHCR case no.: %s   Individual no.: %s   Arrival: %s (flight %s%d)" % (unhcr_case(r), unhcr_ind(r), fdate(r, rdate(r, 2024, 2025), "d Mon Y"), r.choice(["QR", "TK", "EK", "LH"]), r.randint(10, 999)))
    d.line("")
    d.line("Principal applicant")
    if pa.family and r.random() < 0.5:
        d.line("  Name as in passport (SURNAME, Given): ", L("PERSON", "%s, %s" % (pa.family.upper(), pa.given.upper())))
    else:
        d.line("  Name as in passport: ", L("PERSON", pa.full.upper()), "  (no family name recorded)" if not pa.family else "")
    if "patronymic" in pa.extra:
        d.line("  Patronymic: ", L("PERSON", pa.extra["patronymic"]))
    if origin == "ukrainian" and r.random() < 0.7:
        d.line("  Name in Cyrillic: ", L("PERSON", r.choice(["Олена Коваленко", "Тарас Шевчук", "Юлія Бондаренко", "Богдан Мельник", "Оксана Ткачук"])))
    if origin == "syrian" and r.random() < 0.6:
        d.line("  Name in Arabic: ", L("PERSON", r.choice(["رهف الحموي", "يزن الكردي", "لجين حداد", "غيث درويش"])))
    d.line("  Date of birth: ", L("DATE_OF_BIRTH", dv), "   (as per %s)" % r.choice(["UNHCR registration", "tazkira", "passport", "estimated — documents lost"]))
    d.line("  Country of birth: %s   Nationality: %s" % (COUNTRY_NAME[cc], COUNTRY_NAME[cc] if origin != "myanmar" else "Stateless (Rohingya)"))
    lab = r.choice(["Passport No.", "Passport no / N° de passeport", "Reisepass-Nr.", "رقم جواز السفر / Passport", "Паспорт № / Passport"])
    if origin == "myanmar" or (i == 3):
        d.line("  %s: none — travel on UNHCR-issued travel letter %s" % (lab, ref(r, "TL", 6)))
    else:
        d.line("  %s: " % lab, L("PASSPORT", passport(r, cc)), "   issued %s, expires %s" % (fdate(r, rdate(r, 2015, 2022), "dmy/"), fdate(r, rdate(r, 2026, 2032), "dmy/")))
    if origin == "afghan":
        d.line("  Tazkira (e-ID): %s-%s-%s   SIV case: %s" % (digits(r, 4), digits(r, 4), digits(r, 5), "KBL" + digits(r, 7)))
    elif origin == "syrian":
        d.line("  National ID (Syria): %s" % digits(r, 11))
    elif origin == "ukrainian":
        d.line("  ID card (UNZR): %s-%s   Residence permit (temporary protection): %s" % (digits(r, 8), digits(r, 5), _letters(r, 2) + digits(r, 7)))
    d.line("  Phone on arrival: ", L("PHONE", phone(r, cc if cc not in ("MM",) else "UK")))
    d.line("")
    d.line("Family composition")
    for rel in r.sample(["spouse", "son", "daughter", "mother-in-law", "nephew (unaccompanied)"], r.randint(1, 3)):
        m = person(r, origin, female=rel in ("spouse", "daughter", "mother-in-law") if not pa.female else rel in ("daughter", "mother-in-law"))
        md, _ = dob_value(r, 1955 if rel in ("spouse", "mother-in-law") else 2008, 2000 if rel in ("spouse", "mother-in-law") else 2024, "dmy/")
        d.line("  - ", L("PERSON", m.full), " (%s), DOB " % rel, L("DATE_OF_BIRTH", md))
    d.line("")
    d.line("Medical (from IOM pre-departure exam)")
    if r.random() < 0.7:
        dx, med = diag_med(r)
        d.line("  Class B condition: ", L("DIAGNOSIS", dx), ("; on " if med else ""), L("MEDICATION", med) if med else "", ". Follow-up within 30 days.")
    else:
        d.line("  No Class A/B conditions. Vaccinations per CDC schedule.")
    d.line("Caseworker: ", L("PERSON", staff(r).full), "   Placement address: ", "to be confirmed" if i == 2 else "")
    if i != 2:
        d.add(L("ADDRESS", addr_str(r, address(r, r.choice(["US", "IE", "NL", "UK"])))), "\n")

@T("form_gift_aid", 3, "form")
def form_gift_aid(r, d, i):
    ch = r.choice(["Northside Food Bank (Reg. charity no. %d)" % r.randint(1000000, 1199999), "Kinship Housing Trust (charity %d)" % r.randint(200000, 299999), "Refugee Action North (SC0%d)" % r.randint(10000, 49999)])
    d.line("giftaid it")
    d.line("Gift Aid Declaration — %s" % ch)
    d.line("Boost your donation by 25p of Gift Aid for every £1 you donate.")
    d.line("")
    if i == 2:
        d.line("Title: ____  First name or initial(s): ______________  Surname: ______________")
        d.line("Full Home address: ___________________________________   Postcode: ________")
        d.line("Date: __/__/____")
    else:
        p = person(r, r.choice(["uk", "irish", "nigerian", "romanian", "filipino", "german"]))
        d.line("Title: %s   First name or initial(s): " % r.choice(["Mr", "Mrs", "Ms", "Dr", "Mx"]), L("PERSON", p.given), "   Surname: ", L("PERSON", p.family or p.given))
        a = address(r, "UK")
        d.line("Full Home address: ", L("ADDRESS", addr_str(r, a)))
        d.line("Date: %s" % fdate(r, rdate(r, 2023, 2025), "dmy/"))
        if r.random() < 0.5:
            d.line("Email (for receipts): ", L("EMAIL", email_for(r, p)))
    d.line("")
    d.line("[x] I want to Gift Aid my donation of £%d and any donations I make in the future or have made in the past 4 years." % r.randint(5, 500))
    d.line("I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.")
    d.line("Donor ref: %s   Campaign: %s   Batch %s" % (ref(r, "DN", 6), r.choice(["XMAS24-FOOD", "EID25-APPEAL", "WINTER-WARM-25"]), digits(r, 5)))

@T("form_school_enrol", 3, "form")
def form_school_enrol(r, d, i):
    school = r.choice(["Cesar Chavez Elementary", "Nelson Mandela Primary", "Frederick Douglass Academy", "Jane Addams Middle School", "Malala Yousafzai Learning Centre"])
    uk = "Primary" in school or "Learning" in school
    origin = r.choice(REFUGEE_ORIGINS)
    ch = person(r, origin)
    par = person(r, origin, female=True, family=ch.family or None)
    dv, bd = dob_value(r, 2010, 2021, "dmy/" if uk else "mdy/", allow_vague=(i == 1))
    d.line("%s — New Student Enrolment / Admission Form" % school)
    d.line("Section 1: Pupil")
    d.line("Legal name: ", L("PERSON", ch.full), "    Preferred name: ", L("PERSON", ch.given.split()[0]))
    d.line("Date of birth: ", L("DATE_OF_BIRTH", dv), "    Year group / Grade: %d" % r.randint(1, 8))
    d.line("Home language(s): %s    Interpreter needed: %s" % (r.choice(["Dari", "Tigrinya", "Arabic", "Ukrainian", "K'iche' and Spanish", "Karen", "Swahili, Lingala"]), r.choice(["Yes", "No"])))
    if uk and r.random() < 0.6:
        d.line("NHS number (if known): ", L("UK_NHS_NUMBER", nhs(r)))
    elif not uk:
        d.line("Student ID: %s    Lunch program: free (categorical — refugee)" % digits(r, 9))
    d.line("Section 2: Parent / carer")
    d.line("Name: ", L("PERSON", par.full), "    Relationship: %s" % r.choice(["mother", "aunt (kinship carer)", "foster carer", "grandmother"]))
    d.line("Address: ", L("ADDRESS", addr_str(r, address(r, "UK" if uk else "US"))))
    d.line("Phone: ", L("PHONE", phone(r, "UK" if uk else "US")), "   Alt: ", L("PHONE", phone(r, ORIGIN_COUNTRY[origin])) if r.random() < 0.4 else "—")
    d.line("Section 3: Health")
    if i == 2:
        d.line("Medical conditions: none known.   Allergies: none known.   Medication in school: none.")
    else:
        dx, med = diag_med(r, child=True)
        d.line("Medical conditions: ", L("DIAGNOSIS", dx))
        d.line("Medication in school: ", (L("MEDICATION", med) if med else "none"), "   Care plan attached: Y")
    d.line("Previous school: %s (%s)" % (r.choice(["none — refugee camp learning centre", "Kakuma camp school", "Escuela Oficial Rural Mixta", "Zaatari Camp school 7"]), r.choice(["2022-2023", "unknown"])))
    d.line("Social worker (if CLA / CIN): %s" % ("" if r.random() < 0.5 else "see MASH referral %s" % ref(r, "MASH", 5)))

@T("form_ca_settlement", 2, "form")
def form_ca_settlement(r, d, i):
    p = person(r, r.choice(["syrian", "afghan", "eritrean", "ukrainian", "haitian", "congolese"]))
    cc = ORIGIN_COUNTRY[p.origin]
    dv, _ = dob_value(r, 1965, 2004, "iso")
    d.line("Settlement Services Intake / Formulaire d'accueil — %s" % r.choice(["MOSAIC Vancouver", "Centre Social d'Aide aux Immigrants", "Edmonton Mennonite Centre for Newcomers"]))
    d.line("Client name / Nom: ", L("PERSON", pname(r, p, "LAST, First")))
    d.line("DOB / Date de naissance (AAAA-MM-JJ): ", L("DATE_OF_BIRTH", dv))
    d.line("IRCC UCI: %s-%s    PR card #: %s" % (digits(r, 4), digits(r, 4), _letters(r, 2) + digits(r, 7)))
    d.line("SIN / NAS: ", L("CA_SIN", sin(r, temp=r.random() < 0.6)), "   (9-series = temporary resident)")
    d.line("Former SIN on letter (typo, rejected by Service Canada): %s" % bad_sin(r))
    d.line("Passport / Passeport (%s): " % COUNTRY_NAME[cc], L("PASSPORT", passport(r, cc)))
    d.line("Address / Adresse: ", L("ADDRESS", addr_str(r, address(r, "CA"))))
    d.line("Phone / Tél.: ", L("PHONE", phone(r, "CA")))
    d.line("Needs: language assessment (CLB), housing search, IFHP health coverage, school registration for %d children." % r.randint(1, 4))

# ---------------------------------------------------------------- CLINICAL -------------------------------
@T("cn_health_visit", 3, "clinical_note")
def cn_health_visit(r, d, i):
    origin = r.choice(REFUGEE_ORIGINS + ["uk"])
    mum = person(r, origin, female=True)
    hv = staff(r)
    d.line("HEALTH VISITING — NEW BIRTH / POSTNATAL CONTACT")
    d.line("Mother: ", L("PERSON", mum.full), "   NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "   DOB: ", L("DATE_OF_BIRTH", dob_value(r, 1984, 2004, "dmy/", allow_vague=False)[0]))
    bb = r.choice(["Baby Boy", "Baby Girl"])
    sur = (" " + mum.family.split()[-1]) if mum.family else ""
    d.line("Infant: %s%s (name not yet registered)   Born: %s at %s" % (bb, sur, fdate(r, rdate(r, 2025, 2025), "dmy/"), r.choice(["RVI", "St Mary's", "Leeds General"])))
    d.line("Visit type: home visit (day %d)   Interpreter: %s via %s" % (r.randint(10, 14), r.choice(["Dari", "Tigrinya", "Arabic", "Romanian", "Vietnamese"]), r.choice(["LanguageLine", "DA Languages", "face to face"])))
    d.line("")
    d.line("S: Mum reports feeding well, %s. Lives in %s with %d other children." % (r.choice(["breastfeeding", "mixed feeding", "formula feeding (Aptamil)"]), r.choice(["initial asylum accommodation (hotel)", "2-bed HA flat", "temporary B&B"]), r.randint(0, 4)))
    if i == 0:
        d.line("EPDS score %d. Mum tearful, low mood most days; previous history of " % r.randint(13, 22), L("DIAGNOSIS", "postnatal depression"), " after last pregnancy. GP started ", L("MEDICATION", "sertraline"), " 50 mg last week.")
        d.line("Denies thoughts of self-harm. No signs of jaundice in infant. No safeguarding concerns at this contact.")
    elif i == 1:
        d.line("EPDS score %d — no concerns. Mum has " % r.randint(2, 8), L("DIAGNOSIS", r.choice(["sickle cell disease", "chronic hepatitis B", "HIV infection"])), "; infant to have follow-up at %d weeks per protocol." % r.choice([6, 8, 12]))
        d.line("Infant: weight %d g (%dth centile), no jaundice, cord separated. Vitamin K given at birth." % (r.randint(2800, 4100), r.choice([9, 25, 50, 75])))
    else:
        d.line("Mood: 'feeling blue about the weather' — no evidence of depression on EPDS (%d). Home warm, smoke alarm fitted." % r.randint(1, 6))
        d.line("Infant: feeding well; no jaundice; hips normal. Mum taking ", L("MEDICATION", r.choice(["ferrous sulfate", "folic acid", "colecalciferol"])), " post-partum.")
    d.line("O: Home visibly clean; damp in bedroom reported to landlord (repair ref %s)." % ref(r, "REP", 5))
    d.line("P: Next contact 6–8 week review. Contact HV team on ", L("PHONE", phone(r, "UK")), ".")
    d.line("Signed: ", L("PERSON", hv.full), ", Specialist Community Public Health Nurse")

@T("cn_mh_referral", 3, "clinical_note")
def cn_mh_referral(r, d, i):
    origin = r.choice(["afghan", "syrian", "eritrean", "iraqi", "sudanese", "ukrainian", "congolese", "honduran"])
    p = person(r, origin)
    doc = staff(r)
    d.line("Referral to Community Mental Health Team — Refugee & Asylum Seeker Pathway")
    d.line("Patient: ", L("PERSON", pname(r, p)), "   DOB: ", L("DATE_OF_BIRTH", dob_value(r, 1970, 2005, "dmy/")[0]), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)))
    d.line("Referrer: Dr ", L("PERSON", doc.full), ", %s Medical Practice" % r.choice(["Harehills", "Soho Road", "Dorothy Day House", "Mary Seacole"]))
    d.line("")
    d.line("Reason for referral")
    dx = r.choice(["post-traumatic stress disorder", "complex PTSD", "major depressive disorder", "psychotic depression"])
    d.add(L("PERSON", p.given.split()[0]), " is a %d-year-old %s who arrived in %d. Presents with nightmares, hypervigilance and flashbacks consistent with " % (r.randint(19, 55), "woman" if p.female else "man", r.randint(2019, 2024)),
          L("DIAGNOSIS", dx), ". ")
    if i != 2:
        d.add("Also meets criteria for ", L("DIAGNOSIS", r.choice(["major depressive disorder", "generalised anxiety disorder", "insomnia disorder"])), ". ")
    d.line("No psychotic features. Denies current suicidal intent; passive ideation in the past.")
    d.line("")
    d.line("Current medication: ", L("MEDICATION", r.choice(["sertraline", "mirtazapine", "fluoxetine"])), " %d mg daily; " % r.choice([15, 20, 50, 100]), L("MEDICATION", "prazosin"), " 1 mg nocte for nightmares.")
    d.line("Past history: %s" % r.choice(["shrapnel injury left leg (2016).", "no known medical problems.", "treated for malaria in transit camp."]))
    d.line("")
    d.line("Context: awaiting asylum interview (Home Office ref %s). Housing: shared room in HMO. Key worker at %s." % (_letters(r, 1) + digits(r, 7), r.choice(SHELTERS + FAMILY_CENTRES)))
    d.line("Note: the 'depression' of the local labour market makes employment unlikely; the client jokes that the letters from the Home Office 'give everyone a headache'.")
    d.line("Background reading: studies of resettled Syrian and Afghan adults report PTSD prevalence of 30–40% and depression in about a third (WHO 2022).")
    d.line("Interpreter required: %s (male/female preference: %s)." % (r.choice(["Pashto", "Arabic (Levantine)", "Tigrinya", "Kurdish Sorani", "Ukrainian", "Lingala"]), r.choice(["female", "none"])))

@T("cn_substance_referral", 2, "clinical_note")
def cn_substance_referral(r, d, i):
    p = person(r, r.choice(["us", "us", "irish", "romanian", "honduran", "canadian"]))
    d.line("BEHAVIORAL HEALTH / SUD REFERRAL — Riverbend County CFS (Family Treatment Court track)")
    d.line("Client: ", L("PERSON", pname(r, p, "LAST, First")), "    DOB ", L("DATE_OF_BIRTH", dob_value(r, 1975, 2003, "mdy/", allow_vague=False)[0]), "    MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)))
    d.line("Medicaid member ID: ", L("HEALTH_PLAN_ID", health_plan_id(r)), " (%s)   Group: %s" % (r.choice(["Molina Healthcare", "UnitedHealthcare Community Plan", "Buckeye Health Plan", "Passport Health Plan"]), "GRP-" + digits(r, 5)))
    d.line("Presenting: parent of %d children (CFS case %s); positive oral fluid screen for fentanyl at intake." % (r.randint(1, 4), ref(r, "CFS", 6)))
    d.line("Dx: ", L("DIAGNOSIS", "opioid use disorder"), ", severe (F11.20); ", L("DIAGNOSIS", r.choice(["hepatitis C", "alcohol use disorder", "major depressive disorder"])), ".")
    d.line("Rule out: bipolar disorder — not supported on assessment. No history of overdose reported (collateral from partner disagrees).")
    d.line("Plan: start ", L("MEDICATION", r.choice(["buprenorphine", "Suboxone", "buprenorphine-naloxone"])), " induction %s; " % fdate(r, rdate(r, 2025, 2025), "mdy/"), L("MEDICATION", "naloxone"), " kit issued; IOP 3x/week.")
    d.line("Kids currently placed with maternal aunt under safety plan; visits supervised at %s." % r.choice(FAMILY_CENTRES))
    d.line("Counselor: ", L("PERSON", staff(r).full), ", LCDC   ph ", L("PHONE", phone(r, "US")))

@T("ds_paediatric", 3, "discharge_summary")
def ds_paediatric(r, d, i):
    uk = i != 1
    origin = r.choice(REFUGEE_ORIGINS)
    ch = person(r, origin)
    mum = person(r, origin, female=True, family=ch.family or None)
    d.line("DISCHARGE SUMMARY — Paediatric Ward %s" % r.choice(["22", "Puffin", "4B", "Rainbow"]))
    d.line("Patient: ", L("PERSON", pname(r, ch, "CAPS")), "   %s: " % ("NHS No." if uk else "MRN"), L("UK_NHS_NUMBER", nhs(r)) if uk else L("MEDICAL_RECORD_NUMBER", mrn(r)))
    if uk:
        d.line("Hospital no.: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB: ", L("DATE_OF_BIRTH", dob_value(r, 2012, 2024, "dmy/", allow_vague=False)[0]))
    else:
        d.line("DOB: ", L("DATE_OF_BIRTH", dob_value(r, 2012, 2024, "mdy/")[0]), "   Payer: Medicaid (", L("HEALTH_PLAN_ID", health_plan_id(r)), ")")
    adm = rdate(r, 2025, 2025)
    d.line("Admitted: %s   Discharged: %s   Consultant: Dr " % (fdate(r, adm, "dmy/"), fdate(r, adm + datetime.timedelta(days=r.randint(2, 12)), "dmy/")), L("PERSON", staff(r).full))
    d.line("")
    d.line("Diagnoses")
    dx1 = r.choice(["failure to thrive", "moderate acute malnutrition", "iron-deficiency anaemia"])
    dx2, med2 = diag_med(r, child=True)
    d.line("  1. ", L("DIAGNOSIS", dx1))
    d.line("  2. ", L("DIAGNOSIS", dx2))
    d.line("  3. Safeguarding concern — neglect (query); referral made to Children's Social Care (ref %s)" % ref(r, "CSC", 6))
    d.line("Excluded: coeliac disease (tTG negative); cystic fibrosis (sweat test normal). No evidence of non-accidental injury on skeletal survey.")
    d.line("")
    d.line("Medications on discharge")
    if dx1 == "iron-deficiency anaemia":
        d.line("  - ", L("MEDICATION", "ferrous sulfate"), " oral solution — see dosing chart")
    else:
        d.line("  - multivitamin drops (", L("MEDICATION", "Abidec"), ") 0.6 mL daily; high-energy feeds per dietitian")
    if med2:
        d.line("  - ", L("MEDICATION", med2))
    d.line("")
    d.line("Social: lives with mother ", L("PERSON", mum.full), " and %d siblings in temporary accommodation; family arrived %d. Mother's phone: " % (r.randint(0, 4), r.randint(2020, 2024)), L("PHONE", phone(r, "UK" if uk else "US")))
    d.line("Follow-up: dietitian 2/52; community paediatrics; health visitor informed.")
    d.line("--- page 2 of 2 --- printed %s by user %s" % (fdate(r, rdate(r, 2025, 2025), "iso"), _letters(r, 3).lower() + digits(r, 2)))

@T("lab_refugee_screen", 3, "lab_report")
def lab_refugee_screen(r, d, i):
    p = person(r, r.choice(REFUGEE_ORIGINS))
    sex = "F" if p.female else "M"
    d.line("NEW ARRIVAL HEALTH SCREEN — LABORATORY REPORT")
    d.line("%-14s%s" % ("Patient:", ""), L("PERSON", pname(r, p, "LAST, First") if p.family else p.full.upper()))
    d.line("%-14s" % "DOB/Sex:", L("DATE_OF_BIRTH", dob_value(r, 1960, 2020, "mdy/")[0]), " / %s" % sex)
    d.line("%-14s" % "MRN:", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Accession: %s   Collected: %s" % (_letters(r, 2) + digits(r, 8), fdate(r, rdate(r, 2025, 2025), "mdy/")))
    d.line("%-14s%s" % ("Ordering:", "Refugee Health Clinic (Dr. "), L("PERSON", staff(r).family), ")")
    d.line("-" * 72)
    d.line("%-34s %-12s %-10s %-14s" % ("TEST", "RESULT", "FLAG", "REF RANGE"))
    qft = i != 2
    rows = [("QuantiFERON-TB Gold Plus", "POSITIVE" if qft else "Negative", "A" if qft else "", "Negative"),
            ("Hepatitis B surface antigen", r.choice(["Reactive", "Non-reactive"]), "", "Non-reactive"),
            ("HIV-1/2 Ag/Ab", "Non-reactive", "", "Non-reactive"),
            ("Hemoglobin", "%.1f g/dL" % r.uniform(8.5, 15), "", "12.0-16.0"),
            ("Ferritin", "%d ng/mL" % r.randint(3, 120), "", "15-150"),
            ("Strongyloides IgG", r.choice(["Positive", "Negative"]), "", "Negative"),
            ("Lead, blood (child <17)", "%.1f ug/dL" % r.uniform(0.5, 9), "", "<3.5")]
    for t in rows:
        d.line("%-34s %-12s %-10s %-14s" % t)
    d.line("-" * 72)
    d.line("Interpretation:")
    if qft:
        d.line("  CXR clear. Findings consistent with ", L("DIAGNOSIS", "latent tuberculosis infection"), "; start ", L("MEDICATION", r.choice(["isoniazid", "rifampin", "rifapentine"])), " per protocol.")
    else:
        d.line("  No evidence of TB infection. Hep B immune by vaccination.")
    d.line("Specimen ID %s | LOINC 71774-4 | OID 2.16.840.1.113883.6.1 | Analyzer v%s" % (digits(r, 10), version_ip_like(r)))

@T("lab_test_catalogue", 1, "lab_report")
def lab_test_catalogue(r, d, i):
    d.line("Refugee Health Screening — Standard Order Set (v%s), effective %s" % (version_ip_like(r), fdate(r, rdate(r, 2024, 2025), "Month d, Y")))
    d.line("%-40s %-12s %s" % ("Test", "LOINC", "Indication"))
    for t, l, ind in [("QuantiFERON-TB Gold Plus", "71774-4", "all arrivals ≥2 y; screen for latent tuberculosis infection"),
                      ("Hepatitis B surface antigen", "5196-1", "arrivals from intermediate/high prevalence countries"),
                      ("Strongyloides serology", "32211-3", "arrivals from SE Asia, Africa, Middle East"),
                      ("Blood lead level", "5671-3", "children 6 mo–16 y; repeat in 3–6 months"),
                      ("CBC with differential", "57021-8", "anaemia, eosinophilia"),
                      ("Syphilis (RPR/treponemal)", "20507-0", "≥15 y")]:
        d.line("%-40s %-12s %s" % (t, l, ind))
    d.line("Presumptive treatment: albendazole, ivermectin (Strongyloides), praziquantel (schistosomiasis) per CDC guidance — no patient data in this catalogue.")

def hl7name(r, p, mid):
    if not p.family:
        return ["UNKNOWN^", L("PERSON", p.given.upper())]
    return L("PERSON", "%s^%s%s" % (p.family.upper().replace(" ", "-"), p.given.upper(), ("^" + r.choice("ABM")) if mid else ""))

@T("hl7_adt", 3, "hl7")
def hl7_adt(r, d, i):
    p = person(r, r.choice(REFUGEE_ORIGINS + ["us"]))
    sep = "\r" if i == 1 else "\n"
    ts = "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    d.add("MSH|^~\\&|NEWARRIVAL|RHC|EPIC|RIVERBEND|%s||ADT^A04|%s|P|2.5.1" % (ts, digits(r, 9)), sep)
    d.add("EVN|A04|%s" % ts, sep)
    a = address(r, "US")
    m = re.match(r"(.*), (\w\w) (\d+)", a[1])
    fam = (p.family or p.given).upper().replace(" ", "-")
    dob = dob_value(r, 1960, 2022, "hl7", allow_vague=False)[0] if i != 2 else str(r.randint(1960, 2000)) + "0101"
    d.add("PID|1||", L("MEDICAL_RECORD_NUMBER", digits(r, 8)), "^^^RHC^MR~%s^^^UNHCR^PI||" % unhcr_ind(r),
          hl7name(r, p, i == 0),
          "||", L("DATE_OF_BIRTH", dob), "|%s||%s|" % ("F" if p.female else "M", r.choice(["2131-1", "2054-5", "2106-3"])),
          L("ADDRESS", "%s^^%s^%s^%s" % (a[0], m.group(1), m.group(2), m.group(3))), "^USA||", L("PHONE", phone(r, "US")), "|||%s|||" % r.choice(["ARA", "PRS", "SOM", "TIR", "UKR", "SPA"]), sep)
    k = person(r, p.origin, female=False, family=p.family or None)
    while k.given == p.given:
        k = person(r, p.origin, female=False, family=p.family or None)
    d.add("NK1|1|", L("PERSON", "%s^%s" % ((k.family or "UNKNOWN").upper(), k.given.upper())), "|%s|||" % r.choice(["SPO^Spouse", "BRO^Brother", "CHD^Child"]), sep)
    d.add("PV1|1|O|RHC^CLINIC2^01||||%s^%s^%s|||||||||||%s" % (digits(r, 10), staff(r).family.upper().replace(" ", ""), "A", digits(r, 9)), sep)
    dx, med = diag_med(r)
    d.add("DG1|1|I10|%s^" % ICD.get(dx, "R69"), L("DIAGNOSIS", dx), "^I10|||W", sep)
    d.add("IN1|1|MCD01|%s|%s MEDICAID||||||||||||" % (digits(r, 6), r.choice(["OHIO", "KENTUCKY", "TEXAS", "MINNESOTA"])),
          hl7name(r, p, False), "|SEL|", L("DATE_OF_BIRTH", dob), "||||||||||||||||||", L("HEALTH_PLAN_ID", health_plan_id(r)), sep)

@T("hl7_ack", 1, "hl7")
def hl7_ack(r, d, i):
    d.add("MSH|^~\\&|EPIC|RIVERBEND|NEWARRIVAL|RHC|2025%02d%02d101500||ACK^A04|%s|P|2.5.1\r" % (r.randint(1, 12), r.randint(1, 28), digits(r, 9)))
    d.add("MSA|AA|%s|Message accepted\r" % digits(r, 9))

@T("fhir_bundle", 3, "fhir_json")
def fhir_bundle(r, d, i):
    p = person(r, r.choice(REFUGEE_ORIGINS + ["us"]))
    a = address(r, "US")
    dob = dob_value(r, 1950, 2020, "iso", allow_vague=False)[0] if i != 1 else "%d-01-01" % r.randint(1960, 2000)
    name = {"use": "official"}
    if p.family:
        name["family"] = L("PERSON", p.family)
    name["given"] = [L("PERSON", g) for g in p.given.split(" ", 1)] if p.origin not in ("myanmar",) else [L("PERSON", p.given)]
    if not p.family:
        name["text"] = "no family name"
    pid = "pat-" + _alnum(r, 8).lower()
    patient = {"resourceType": "Patient", "id": pid,
               "identifier": [{"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.%d" % r.randint(1000, 9999), "value": L("MEDICAL_RECORD_NUMBER", mrn(r))},
                              {"system": "https://unhcr.org/proGres", "value": unhcr_ind(r)}],
               "name": [name], "gender": "female" if p.female else "male", "birthDate": L("DATE_OF_BIRTH", dob),
               "telecom": [{"system": "phone", "value": L("PHONE", phone(r, "US"))}],
               "address": [{"line": [L("ADDRESS", a[0])], "city": a[1].split(",")[0], "state": a[1].split()[-2], "postalCode": a[1].split()[-1]}],
               "communication": [{"language": {"text": r.choice(["Dari", "Arabic", "Somali", "Tigrinya", "Spanish", "Haitian Creole"])}}]}
    entries = [{"resource": patient}]
    dx, med = diag_med(r)
    entries.append({"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                                 "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/" + pid}}})
    entries.append({"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                                 "code": {"text": r.choice(["active tuberculosis", "malaria", "schistosomiasis"])}, "subject": {"reference": "Patient/" + pid}}})
    if med:
        entries.append({"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", med)},
                                     "subject": {"reference": "Patient/" + pid}}})
    if i == 2 and p.origin == "us":
        cov = {"resourceType": "Coverage", "type": {"text": "Medicare Part B"}, "subscriberId": L("US_MBI", mbi(r, dashed=False))}
    elif i == 2:
        cov = {"resourceType": "Coverage", "type": {"text": "Refugee Medical Assistance"}, "subscriberId": L("HEALTH_PLAN_ID", health_plan_id(r)), "payor": [{"display": "ORR / state RMA"}]}
    else:
        cov = {"resourceType": "Coverage", "type": {"text": "Medicaid managed care"}, "subscriberId": L("HEALTH_PLAN_ID", health_plan_id(r)), "class": [{"type": {"text": "group"}, "value": "GRP" + digits(r, 6)}]}
    entries.append({"resource": cov})
    jdump(d, {"resourceType": "Bundle", "type": "collection", "timestamp": "2025-%02d-%02dT09:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)), "entry": entries}, ind=2)
    d.add("\n")

@T("cn_child_health", 2, "clinical_note")
def cn_child_health(r, d, i):
    origin = r.choice(REFUGEE_ORIGINS + ["us", "uk"])
    ch = person(r, origin)
    d.line("School Nurse Record — %s" % r.choice(["Frederick Douglass Academy", "Cesar Chavez Elementary", "Nelson Mandela Primary"]))
    d.line("Student: ", L("PERSON", ch.full), "   Grade %d   DOB " % r.randint(1, 8), L("DATE_OF_BIRTH", dob_value(r, 2012, 2020, "mdy/", allow_vague=False)[0]))
    dx, med = diag_med(r, child=True)
    d.line("Health conditions on file: ", L("DIAGNOSIS", dx), ".")
    if med:
        d.line("Medication authorization: ", L("MEDICATION", med), " — stored in nurse office; self-carry: %s." % r.choice(["yes", "no"]))
    d.line("Immunizations: incomplete — catch-up schedule started (MMR dose 2 due %s)." % fdate(r, rdate(r, 2025, 2026), "mdy/"))
    d.line("Vision %s / Hearing pass. BMI %d%%ile." % (r.choice(["20/20", "20/40 — referred", "20/30"]), r.randint(3, 97)))
    d.line("%s: %s" % (fdate(r, rdate(r, 2025, 2025), "mdy/"), r.choice(["Seen for headache after recess; rested 20 min, returned to class.",
                                                                     "Complained of stomach ache — 'feels like a marathon of math tests'. No fever.",
                                                                     "Dad called: no peanuts in class party (not allergic, family preference)."])))
    d.line("Parent contact: ", L("PERSON", person(r, origin, family=ch.family or None).full), " ", L("PHONE", phone(r, "US")))

# ---------------------------------------------------------------- STRUCTURED -----------------------------
@T("csv_foodbank_visits", 3, "csv")
def csv_foodbank_visits(r, d, i):
    if i == 0:
        hdr = ["Date", "Voucher", "First name", "Surname", "Adults", "Kids", "Area", "Notes"]
    elif i == 1:
        hdr = ["visit_date", "voucher_no", "FirstName", "Surname / Family name", "hh_size", "children", "postcode district", "notes"]
    else:
        hdr = ["Date", "Voucher", "Name (first last)", "", "Adults", "Kids", "Area", "Notes / follow-up"]
    crow(d, hdr)
    for k in range(r.randint(5, 8)):
        p = person(r, r.choice(REFUGEE_ORIGINS + ["uk", "uk", "irish", "romanian"]))
        dt = fdate(r, rdate(r, 2025, 2025), r.choice(["dmy/", "iso"]) if i == 1 else "dmy/")
        v = r.choice(["FB", "VCH", ""]) + digits(r, 7)
        note = r.choice(["", "", "halal", "no cooker - kettle pack", "returning client", "asked about fuel voucher", "3rd voucher in 6 months - refer CAB",
                         "baby formula", "client diabetic"])
        cells_note = note
        if k == 2 and i != 2:
            dx = r.choice(["type 2 diabetes mellitus", "coeliac disease"])
            cells_note = M("says she has ", L("DIAGNOSIS", dx), " - low sugar items")
        if k == 4 and i != 0:
            cells_note = M("call back on ", L("PHONE", phone(r, "UK")), " re delivery")
        if i == 2:
            nm = L("PERSON", p.full if p.family else p.given)
            crow(d, [dt, v, nm, "", r.randint(1, 3), r.randint(0, 5), r.choice(["NE8", "NE10", "BS5", "LS8", "M8"]), cells_note])
        else:
            crow(d, [dt, v, L("PERSON", p.given), L("PERSON", p.family) if p.family else "-", r.randint(1, 3), r.randint(0, 5),
                     r.choice(["NE8", "NE10", "BS5", "LS8", "M8"]), cells_note])
    if i == 2:
        crow(d, ["TOTAL", "", "", "", "", "", "", "merged cells lost on export"])

@T("csv_donor_crm", 3, "csv")
def csv_donor_crm(r, d, i):
    hdr = ["Constituent ID", "Title", "First Name", "Last Name", "Organization", "Email", "Phone", "Address Line 1", "City", "Postcode", "Gift Aid", "Last Gift", "Last Gift Date"]
    crow(d, hdr)
    for k in range(r.randint(5, 7)):
        cid = "C" + digits(r, 6)
        if r.random() < 0.3:
            org = r.choice(EPONYM_ORGS + ["Ford Motor Company Fund", "Gateshead Rotary", "St Aidan's Church"])
            crow(d, [cid, "", "", "", org, r.choice(["", "giving@example.org"]) if False else "", "", "", "", "", "N", "£%d.00" % r.randint(100, 5000), fdate(r, rdate(r, 2024, 2025), "dmy/")])
            continue
        p = person(r, r.choice(["uk", "uk", "irish", "german", "dutch", "nigerian", "filipino", "swedish"]))
        a = address(r, "UK")
        town, pc = a[1].split(" ", 1)[0], " ".join(a[1].split()[-2:])
        crow(d, [cid, r.choice(["Mr", "Mrs", "Ms", "Dr", "Revd", ""]), L("PERSON", p.given), L("PERSON", p.family) if p.family else "",
                 "", L("EMAIL", email_for(r, p)) if r.random() < 0.8 else "", L("PHONE", phone(r, "UK")) if r.random() < 0.6 else "",
                 L("ADDRESS", a[0]), town, pc, r.choice(["Y", "N", "Y (exp 2021)"]), "£%d.%02d" % (r.randint(5, 250), r.choice([0, 50])), fdate(r, rdate(r, 2023, 2025), "dmy/")])

@T("tsv_rent_ledger", 3, "tsv")
def tsv_rent_ledger(r, d, i):
    crow(d, ["Tenancy Ref", "Unit", "Tenant", "Date", "Transaction", "Debit", "Credit", "Balance"], "\t")
    bal = r.randint(-300, 900)
    tref = "TEN-%05d-%s" % (r.randint(0, 99999), r.choice("ABC"))
    unit = "PROP-%s-%04d/U%d%s" % (r.choice(["EL", "GH", "BY", "LS"]), r.randint(1, 9999), r.randint(1, 12), r.choice("ABC"))
    t = person(r, r.choice(REFUGEE_ORIGINS + ["uk", "uk", "irish"]))
    dates = sorted(rdate(r, 2025, 2025) for _ in range(r.randint(6, 9)))
    for k, dd in enumerate(dates):
        dt = fdate(r, dd, "dmy/")
        kind = r.choice(["Rent charge wk", "UC direct payment (APA)", "Payment - allpay", "Service charge", "Arrears arrangement", "Court costs"])
        deb = "%.2f" % r.uniform(90, 180) if "charge" in kind.lower() or "costs" in kind.lower() else ""
        cre = "" if deb else "%.2f" % r.uniform(20, 500)
        bal += float(deb or 0) - float(cre or 0)
        tenant = "" if i == 2 else (L("PERSON", pname(r, t, "LAST, First")) if k == 0 else "")
        crow(d, [tref, unit, tenant, dt, kind, deb, cre, "%.2f" % bal], "\t")

@T("json_case_api", 3, "json")
def json_case_api(r, d, i):
    us = i != 1
    origin = r.choice(REFUGEE_ORIGINS + ["us"] if us else REFUGEE_ORIGINS + ["uk"])
    p = person(r, origin)
    a = address(r, "US" if us else "UK")
    cw = staff(r, "riverbendcounty.gov" if us else "kinshipha.org.uk")
    client = {"clientId": "CL-%07d" % r.randint(0, 9999999), "name": {"first": L("PERSON", p.given), "last": L("PERSON", p.family) if p.family else None},
              "dob": L("DATE_OF_BIRTH", dob_value(r, 1950, 2010, "iso")[0]), "preferredLanguage": r.choice(["prs", "ara", "som", "tir", "ukr", "spa", "hat"])}
    if us:
        client["ssn"] = L("US_SSN", ssn(r)) if i == 0 else "XXX-XX-%s" % digits(r, 4)
    else:
        client["niNumber"] = L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, spaced=False))
    client["phones"] = [{"type": "mobile", "number": L("PHONE", phone(r, "US" if us else "UK"))}]
    client["address"] = {"line1": L("ADDRESS", a[0]), "cityStateZip": a[1]}
    hh = []
    for k in range(r.randint(1, 3)):
        m = person(r, origin, family=p.family or None)
        hh.append({"name": L("PERSON", m.full), "relationship": r.choice(["child", "spouse", "grandchild", "sibling"]), "dob": L("DATE_OF_BIRTH", dob_value(r, 2005, 2024, "iso")[0])})
    obj = {"caseId": ref(r, "CFS" if us else "HSG", 6), "program": r.choice(["SNAP", "TANF", "Homelessness Prevention", "Kinship Navigator", "Rapid Rehousing"]),
           "status": r.choice(["open", "pending-verification", "closed"]), "client": client, "household": hh,
           "flags": [r.choice(["interpreter", "DV-confidential-address", "no-flags"])], "assignedTo": L("EMAIL", cw.email),
           "fundingCode": r.choice(["ESG-22-CA-0193", "CDBG-24-117", "HSF4-GATESHEAD", "TANF-EA-2025"]), "updatedAt": "2025-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
           "appVersion": version_ip_like(r)}
    jdump(d, obj, ind=2 if i != 2 else 4)
    d.add("\n")

@T("ndjson_referrals", 3, "ndjson")
def ndjson_referrals(r, d, i):
    for k in range(r.randint(4, 6)):
        p = person(r, r.choice(REFUGEE_ORIGINS + LOCAL_ORIGINS))
        ev = {"ts": "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
              "event": r.choice(["referral.created", "referral.accepted", "referral.closed", "note.added"]),
              "referralId": "REF-" + _alnum(r, 8), "from": r.choice(["school", "GP", "police", "health_visitor", "self"]), "to": r.choice(["MASH", "early_help", "foodbank", "legal_aid"])}
        if i == 2:
            ev["subject"] = "[redacted]"
            ev["note"] = r.choice(["awaiting consent", "duplicate of earlier referral", "closed - NFA"])
        else:
            ev["subject"] = {"name": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", dob_value(r, 2008, 2024, "dmy/")[0]) if r.random() < 0.6 else None}
            ch = r.random()
            if ch < 0.3:
                ev["note"] = M("Mum (", L("PERSON", person(r, p.origin, True).full), ") says child has ", L("DIAGNOSIS", r.choice(DIAG_CHILD)), ", no GP registration yet")
            elif ch < 0.6:
                ev["note"] = M("call school office ", L("PHONE", phone(r, "UK")), " before visit")
            else:
                ev["note"] = r.choice(["no concerns raised at home visit", "family moved - new address unknown", "interpreter booked (Tigrinya)"])
        jdump(d, ev, ind=None, compact=(i == 1))
        d.add("\n")

@T("yaml_tenancy", 3, "yaml")
def yaml_tenancy(r, d, i):
    t = person(r, r.choice(REFUGEE_ORIGINS + ["uk", "irish"]))
    a = address(r, "UK")
    d.line("# tenancy record exported from HousingPro v%s" % version_ip_like(r))
    d.line("tenancy_ref: TEN-%05d-%s" % (r.randint(0, 99999), r.choice("AB")))
    d.line("property_code: PROP-%s-%04d/U%d" % (r.choice(["GH", "EL", "BY"]), r.randint(1, 9999), r.randint(1, 12)))
    d.line("tenancy_type: %s" % r.choice(["assured shorthold", "starter (12 months)", "licence - temporary accommodation"]))
    d.line("start_date: %s" % fdate(r, rdate(r, 2022, 2025), "iso"))
    d.line("rent_weekly: %.2f" % r.uniform(85, 190))
    d.line("tenants:")
    d.line("  - name: ", L("PERSON", t.full))
    d.line("    date_of_birth: ", L("DATE_OF_BIRTH", dob_value(r, 1960, 2004, "iso")[0]) if i != 2 else "'' # not captured")
    d.line("    ni_number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)) if i == 0 else "null")
    d.line("    mobile: \"", L("PHONE", phone(r, "UK")), "\"")
    if r.random() < 0.5:
        t2 = person(r, t.origin, not t.female, family=t.family or None)
        d.line("  - name: ", L("PERSON", t2.full))
        d.line("    date_of_birth: ", L("DATE_OF_BIRTH", dob_value(r, 1960, 2004, "iso")[0]))
    d.line("correspondence_address: |")
    d.line("  ", L("ADDRESS", a[0] + "\n  " + a[1]))
    d.line("bank:")
    if i == 1:
        d.line("  sort_code: \"%s\"" % sort_code(r))
        d.line("  account_number: \"", L("UK_BANK_ACCOUNT", uk_acct(r)), "\"")
    else:
        d.line("  account: \"", L("UK_BANK_ACCOUNT", "%s %s" % (sort_code(r), uk_acct(r))), "\"   # DD mandate")
    ec = person(r, t.origin)
    d.line("emergency_contact: {name: ", L("PERSON", ec.full), ", phone: '", L("PHONE", phone(r, ORIGIN_COUNTRY.get(ec.origin, "UK") if ORIGIN_COUNTRY.get(ec.origin) not in ("UK", "US", "IE", "CA", "DE", "NL", "SE") else "UK")), "'}")
    d.line("vulnerability_flags: [%s]" % ", ".join(r.sample(["interpreter", "mobility", "refugee_resettlement", "care_leaver", "none"], 2)))

@T("csv_arrivals_handkept", 3, "csv")
def csv_arrivals_handkept(r, d, i):
    crow(d, ["Family", "Name / DOB", "Passport", "Phone (WhatsApp)", "Address", "notes!!"])
    origin = r.choice(["afghan", "ukrainian", "syrian", "eritrean", "sudanese", "congolese", "venezuelan"])
    cc = ORIGIN_COUNTRY[origin]
    for f in range(r.randint(2, 3)):
        head = person(r, origin)
        fam_label = "%s family" % (head.family.split()[-1] if head.family else head.given)
        a = address(r, r.choice(["UK", "IE", "NL"]))
        for k in range(r.randint(1, 3)):
            m = head if k == 0 else person(r, origin, family=head.family or None)
            dv = dob_value(r, 1965 if k == 0 else 2008, 2004 if k == 0 else 2024, r.choice(["dmy/", "dmy.", "iso"]))[0]
            namecell = M(L("PERSON", m.full), " (b. ", L("DATE_OF_BIRTH", dv), ")") if r.random() < 0.6 else M(L("PERSON", m.full), " - ", L("DATE_OF_BIRTH", dv))
            pp = L("PASSPORT", passport(r, cc)) if (k == 0 or r.random() < 0.4) and i != 2 else r.choice(["", "no passport", "lost - has %s" % ("tazkira" if origin == "afghan" else "national ID card"), "expired"])
            ph = L("PHONE", phone(r, cc if r.random() < 0.5 else "UK")) if k == 0 else ""
            adr = L("ADDRESS", addr_str(r, a)) if k == 0 else "same"
            note = r.choice(["", "", "needs GP reg", "school place?", "ask re: bank acct", "UNHCR %s" % unhcr_case(r), "arrived %s" % fdate(r, rdate(r, 2025, 2025), "dmy/")])
            crow(d, [fam_label if k == 0 else "", namecell, pp, ph, adr, note])
    crow(d, ["", "", "", "", "", "TOTAL families: see tab 2"])

@T("json_grant_report", 3, "json")
def json_grant_report(r, d, i):
    obj = {"grant": r.choice(["ESG-22-CA-0193", "AMIF-2025-IE-044", "NLCF-RP-31907", "ORR-RSS-FY25-117"]), "funder": r.choice(["The National Lottery Community Fund", "Annie E. Casey Foundation", "Joseph Rowntree Foundation", "Office of Refugee Resettlement"]),
           "period": {"from": "2025-01-01", "to": "2025-06-30"}, "programme": r.choice(["Kinship Navigator", "Warm Homes", "Early Employment", "Family Reunion Support"]),
           "outputs": {"households_supported": r.randint(40, 400), "food_parcels": r.randint(100, 4000), "nights_of_shelter": r.randint(100, 3000), "legal_consultations": r.randint(10, 300)},
           "sites": [r.choice(EPONYM_PLACES) for _ in range(3)], "case_studies": "anonymised - see annex B (client A, client B)",
           "budget_codes": ["%s-%04d" % (r.choice(["STF", "ACC", "FOOD"]), r.randint(0, 9999)) for _ in range(3)], "reporting_tool": "v" + version_ip_like(r)}
    jdump(d, obj, ind=2)
    d.add("\n")

@T("tsv_income_evidence", 2, "tsv")
def tsv_income_evidence(r, d, i):
    crow(d, ["applicant", "NINO", "income source", "amount", "freq", "evidence seen", "verified by"], "\t")
    for k in range(r.randint(3, 5)):
        p = person(r, r.choice(REFUGEE_ORIGINS + ["uk", "irish"]))
        st = staff(r)
        crow(d, [L("PERSON", p.full), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)) if r.random() < 0.7 else "TBC",
                 r.choice(["Universal Credit", "Child Benefit", "PIP (daily living)", "Asylum support s95", "wages - Amazon", "Carer's Allowance"]),
                 "%.2f" % r.uniform(30, 1400), r.choice(["weekly", "4-weekly", "monthly"]), r.choice(["bank stmt", "UC journal screenshot", "award letter", "payslips x3"]),
                 L("PERSON", st.given[0] + "." + (" " if r.random() < 0.5 else "") + st.family) if r.random() < 0.5 else st.given[0] + st.family[0]], "\t")

@T("csv_school_roster", 2, "csv")
def csv_school_roster(r, d, i):
    crow(d, ["student_last", "student_first", "dob", "grade", "school", "guardian", "guardian_phone", "ell_level"])
    for k in range(r.randint(4, 6)):
        o = r.choice(REFUGEE_ORIGINS)
        p = person(r, o)
        g = person(r, o, family=p.family or None)
        crow(d, [L("PERSON", p.family) if p.family else "", L("PERSON", p.given), L("DATE_OF_BIRTH", dob_value(r, 2009, 2020, "mdy/")[0]), r.randint(0, 12),
                 r.choice(["Cesar Chavez Elementary", "Jane Addams Middle School", "Frederick Douglass Academy", "Roberto Clemente High"]),
                 L("PERSON", g.full), L("PHONE", phone(r, "US")), r.choice(["1 - Entering", "2 - Emerging", "3 - Developing", "exited"])])

@T("yaml_config", 2, "yaml")
def yaml_config(r, d, i):
    d.line("# case-portal deployment — %s" % r.choice(["staging", "production"]))
    d.line("app:")
    d.line("  name: case-portal")
    d.line("  version: %s" % version_ip_like(r))
    d.line("  build: %s-%s" % (digits(r, 8), _alnum(r, 7).lower()))
    d.line("database:")
    if i == 0:
        d.line("  host: ", L("IP_ADDRESS", ip(r, "priv10")))
        d.line("  replica: ", L("IP_ADDRESS", ip(r, "priv172")))
    else:
        d.line("  host: db.internal.svc.cluster.local")
        d.line("  replica: 127.0.0.1")
    d.line("  port: 5432")
    d.line("  password: ${DB_PASSWORD}")
    d.line("hl7:")
    d.line("  sending_facility_oid: 2.16.840.1.113883.3.%d.%d.%d" % (r.randint(100, 9999), r.randint(1, 99), r.randint(1, 9)))
    d.line("retention:")
    d.line("  case_notes_years: %d" % r.choice([6, 7, 25]))
    d.line("  safeguarding_years: 75")
    d.line("listen: 0.0.0.0:8443")
    d.line("support_contact: \"%s\"" % ("" if i else "") )
    d.line("feature_flags: {redact_dob_in_exports: true, mask_ni_numbers: true}")

@T("ndjson_id_checks", 2, "ndjson")
def ndjson_id_checks(r, d, i):
    for k in range(r.randint(3, 5)):
        o = r.choice(["ukrainian", "moldovan", "romanian"])
        p = person(r, o)
        ok = r.random() < 0.75
        ev = {"check_id": "idv_" + _alnum(r, 12).lower(), "programme": "cash-assistance-UA-%d" % r.randint(2023, 2025), "status": "approved" if ok else "declined",
              "applicant": L("PERSON", pname(r, p, "LAST, First")),
              "document": {"type": "passport", "country": {"ukrainian": "UKR", "moldovan": "MDA", "romanian": "ROU"}[o], "number": L("PASSPORT", passport(r, ORIGIN_COUNTRY[o]))},
              "birth_date": L("DATE_OF_BIRTH", dob_value(r, 1950, 2006, "iso", allow_vague=False)[0]),
              "payout_iban": L("IBAN", iban(r, {"ukrainian": "UA", "moldovan": "MD", "romanian": "RO"}[o], spaced=False)) if ok else bad_iban(r, "DE").replace(" ", ""),
              "reason": None if ok else "iban_checksum_failed"}
        if o == "moldovan":
            ev["idnp"] = "2" + digits(r, 12)
        jdump(d, ev, ind=None)
        d.add("\n")

# ---------------------------------------------------------------- LOGS -----------------------------------
def ts(r, style="iso"):
    # per-document monotonic clock so log lines are chronological
    if not hasattr(r, "_clock"):
        r._clock = datetime.datetime(2025, r.randint(1, 12), r.randint(1, 28), r.randint(0, 12), r.randint(0, 59), r.randint(0, 59))
    r._clock += datetime.timedelta(seconds=r.randint(1, 900))
    dt = r._clock
    if style == "iso":
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % r.randint(0, 999)
    if style == "syslog":
        return dt.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)
    if style == "epoch":
        return str(int(dt.replace(tzinfo=datetime.timezone.utc).timestamp()))
    return dt.strftime("%d/%m/%Y %H:%M:%S")

@T("log_case_audit", 4, "log")
def log_case_audit(r, d, i):
    users = [staff(r, "riverbendcounty.gov") for _ in range(3)]
    for k in range(r.randint(6, 9)):
        u = r.choice(users)
        act = r.choice(["view_case", "export_pdf", "update_address", "search_client", "login", "print_letter"])
        d.add(ts(r), " level=INFO svc=casegate ")
        if i == 3:
            d.line("user_id=u%05d ip=[masked] action=%s case=%s build=%s" % (r.randint(0, 99999), act, ref(r, "CFS", 6), version_ip_like(r)))
            continue
        d.add("user=", L("EMAIL", u.email), " src_ip=", L("IP_ADDRESS", ip(r, r.choice(["priv10", "priv192", "doc", "v6"]))), " action=%s case=%s" % (act, ref(r, "CFS", 6)))
        if act == "search_client":
            p = person(r)
            d.add(" q=\"", L("PERSON", p.full), "\"")
        elif act == "update_address":
            d.add(" new_addr=\"", L("ADDRESS", addr_str(r, address(r, "US"))), "\"")
        elif act == "export_pdf" and r.random() < 0.5:
            d.add(" file=safety_plan_%s.pdf" % digits(r, 6))
        d.line(" dur_ms=%d" % r.randint(3, 900))

@T("log_sms_gateway", 3, "log")
def log_sms_gateway(r, d, i):
    for k in range(r.randint(5, 7)):
        p = person(r, r.choice(REFUGEE_ORIGINS + ["uk"]))
        st = r.choice(["queued", "sent", "delivered", "failed:30007", "delivered"])
        if i == 2 or k % 3 == 2:
            d.line("[%s] sms id=SM%s to=+44*******%s tpl=%s status=%s" % (ts(r, "dmy"), _alnum(r, 16).lower(), digits(r, 3), r.choice(["fb_collect", "rent_remind", "appt_conf"]), st))
            continue
        d.add("[%s] sms id=SM%s to=" % (ts(r, "dmy"), _alnum(r, 16).lower()), L("PHONE", phone(r, r.choice(["UK", "UK", ORIGIN_COUNTRY[p.origin] if ORIGIN_COUNTRY[p.origin] not in ("US", "CA", "IE", "DE", "NL", "SE") else "UK"]))))
        tpl = r.choice(["fb_collect", "rent_remind", "appt_conf"])
        if tpl == "fb_collect":
            d.add(" tpl=fb_collect body=\"Hi ", L("PERSON", p.given.split()[0]), ", your food parcel is ready at %s from 10am. Voucher %s\"" % (r.choice(EPONYM_PLACES), "FB" + digits(r, 7)))
        elif tpl == "rent_remind":
            d.add(" tpl=rent_remind body=\"Dear ", L("PERSON", p.full), ", your rent account %s is £%d.%02d in arrears. Call us to agree a plan.\"" % ("TEN-%05d" % r.randint(0, 99999), r.randint(40, 2000), r.randint(0, 99)))
        else:
            d.add(" tpl=appt_conf body=\"Appointment with legal adviser %s at 14:30. Reply YES to confirm.\"" % fdate(r, rdate(r, 2025, 2025), "d Mon Y"))
        d.line(" status=%s segments=%d" % (st, r.randint(1, 3)))

@T("log_shelter_wifi", 2, "log")
def log_shelter_wifi(r, d, i):
    for k in range(r.randint(6, 8)):
        t = ts(r, "syslog")
        if r.random() < 0.5:
            d.line("%s ap-%s hostapd: wlan0: STA %s IEEE 802.11: associated (guest voucher %s)" % (t, r.choice(["lobby", "floor2", "family-wing"]), mac(r), _alnum(r, 6)))
        else:
            d.add("%s captive-portal[%d]: session start mac=%s client_ip=" % (t, r.randint(100, 9999), mac(r)), L("IP_ADDRESS", ip(r, "priv192")),
                  " wan=", L("IP_ADDRESS", ip(r, r.choice(["doc", "pub"]))), " fw=%s\n" % version_ip_like(r))

@T("log_app_noise", 6, "log")
def log_app_noise(r, d, i):
    for k in range(r.randint(7, 10)):
        x = r.random()
        t = ts(r)
        if x < 0.2:
            d.line("%s INFO  scheduler: job nightly_benefit_recalc finished in %dms (rows=%d)" % (t, r.randint(100, 90000), r.randint(10, 9000)))
        elif x < 0.4:
            d.line("%s WARN  hl7-bridge: unknown OID 2.16.840.1.113883.%d.%d.%d in MSH-4; defaulting" % (t, r.randint(1, 20), r.randint(1, 999), r.randint(1, 99)))
        elif x < 0.55:
            d.line("%s INFO  deploy: case-portal %s -> %s (commit %s)" % (t, version_ip_like(r), version_ip_like(r), _alnum(r, 10, "0123456789abcdef")))
        elif x < 0.7:
            d.line("%s DEBUG export: voucher batch VCH-%s written, %d records, checksum %s" % (t, digits(r, 8), r.randint(10, 400), _alnum(r, 16, "0123456789abcdef")))
        elif x < 0.85:
            d.line("%s INFO  health: listening on 0.0.0.0:%d, loopback probe 127.0.0.1 ok, ::1 ok" % (t, r.choice([8080, 8443, 9090])))
        else:
            d.line("%s ERROR mailer: template 'arrears_stage2' missing field {{tenant_name}}; order #%s tracking 1Z%s" % (t, digits(r, 9), _alnum(r, 16)))

@T("log_donations", 3, "log")
def log_donations(r, d, i):
    for k in range(r.randint(5, 7)):
        p = person(r, r.choice(["uk", "german", "dutch", "irish", "us", "swedish"]))
        t = ts(r)
        kind = r.choice(["card_ok", "card_ok", "sepa", "decline"])
        if k == 3 and i != 2:
            kind = "leak"
        if kind == "card_ok":
            d.add("%s payment.succeeded amt=%d.00 cur=GBP card=**** **** **** %s donor=" % (t, r.choice([5, 10, 20, 50, 100]), digits(r, 4)), L("EMAIL", email_for(r, p)))
            d.line(" giftaid=%s" % r.choice(["true", "false"]))
        elif kind == "sepa":
            d.add("%s sepa.mandate.created mandate=MND-%s debtor=\"" % (t, digits(r, 8)), L("PERSON", p.full), "\" iban=", L("IBAN", iban(r, r.choice(["DE", "NL", "IE", "BE", "FR", "ES"]), spaced=False)), "\n")
        elif kind == "decline":
            d.line("%s payment.failed reason=card_declined pan_last4=%s bin=%s avs=N" % (t, digits(r, 4), "4" + digits(r, 5)))
        else:
            d.add("%s ERROR gateway: raw payload logged by mistake {\"pan\":\"" % t, L("CREDIT_CARD", card(r)), "\",\"exp\":\"%02d/%02d\",\"name\":\"" % (r.randint(1, 12), r.randint(26, 30)), L("PERSON", p.full.upper()), "\"}\n")
    d.line("%s INFO  reconcile: rejected test PAN %s (luhn fail)" % (ts(r), bad_card(r)))

@T("log_firewall", 3, "log")
def log_firewall(r, d, i):
    for k in range(r.randint(5, 8)):
        t = ts(r, "syslog")
        act = r.choice(["ACCEPT", "DROP", "DROP", "ACCEPT"])
        src = ip(r, r.choice(["pub", "doc", "v6", "priv10"]))
        dst = ip(r, r.choice(["priv192", "priv10", "priv172"]))
        d.add("%s fw01 kernel: [%s] IN=eth0 OUT=eth1 SRC=" % (t, act), L("IP_ADDRESS", src), " DST=", L("IP_ADDRESS", dst),
              " PROTO=TCP SPT=%d DPT=%d\n" % (r.randint(1024, 65535), r.choice([22, 443, 3389, 5432, 445])))
    d.line("%s fw01 fwupd: firmware %s applied; config rev %s" % (ts(r, "syslog"), version_ip_like(r), version_ip_like(r)))

@T("log_etl_import", 3, "log")
def log_etl_import(r, d, i):
    d.line("== import benefit_awards_%s.csv started %s ==" % (digits(r, 8), ts(r)))
    for row in sorted(r.sample(range(2, 4000), r.randint(5, 7))):
        x = r.randint(0, 4)
        p = person(r, r.choice(REFUGEE_ORIGINS + ["uk"]))
        if x == 0:
            d.line("row %d: REJECT invalid NINO '%s' (bad suffix)" % (row, nino(r, spaced=False)[:8] + "Z"))
        elif x == 1:
            d.add("row %d: WARN DOB missing for client '" % row, L("PERSON", p.full), "' — defaulted to 01/01 of year given\n")
        elif x == 2:
            d.add("row %d: OK matched client " % row, L("PERSON", pname(r, p, "LAST, First")), " dob=", L("DATE_OF_BIRTH", dob_value(r, 1950, 2005, "iso")[0]), " ni=", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, spaced=False)), "\n")
        elif x == 3:
            d.line("row %d: REJECT NHS number %s failed mod-11" % (row, bad_nhs(r)))
        else:
            d.line("row %d: SKIP placeholder name '%s' (awaiting registration)" % (row, r.choice(PLACEHOLDERS)))
    d.line("== finished: %d ok, %d rejected, %d skipped ==" % (r.randint(100, 3000), r.randint(0, 30), r.randint(0, 10)))

# ---------------------------------------------------------------- EMAIL / CHAT / TICKET ------------------
def email_head(r, d, frm, to, subj, cc=None):
    d.add("From: ", L("PERSON", frm.full), " <", L("EMAIL", frm.email), ">\n")
    d.add("To: ", L("PERSON", to.full), " <", L("EMAIL", to.email), ">\n")
    if cc:
        d.add("Cc: ", L("EMAIL", cc), "\n")
    dd = rdate(r, 2025, 2025)
    d.line("Date: %s, %d %s %d %02d:%02d:%02d +0000" % (dd.strftime("%a"), dd.day, MON[dd.month - 1], dd.year, r.randint(7, 18), r.randint(0, 59), r.randint(0, 59)))
    d.line("Subject: %s" % subj)
    d.line("")

@T("email_safeguarding", 3, "email")
def email_safeguarding(r, d, i):
    dsl = staff(r, r.choice(["nelsonmandela.sch.uk", "chavez-elem.k12.example.us", "fdacademy.org.uk"]))
    sw = staff(r, "fairhavencfs.gov")
    origin = r.choice(REFUGEE_ORIGINS + ["uk", "us"])
    ch = person(r, origin)
    par = person(r, origin, female=True, family=ch.family or None)
    email_head(r, d, dsl, sw, "SECURE: safeguarding referral — %s" % r.choice(["Year 4 pupil", "Grade 3 student", "sibling group"]), cc="mash@fairhavencfs.gov")
    d.add("Hi ", L("PERSON", sw.given), ",\n\n")
    d.add("Following our call, I'm making a written referral for ", L("PERSON", ch.full), " (DOB ", L("DATE_OF_BIRTH", dob_value(r, 2012, 2020, "dmy/", allow_vague=False)[0]), "), who lives with mum ", L("PERSON", par.full), " at ", L("ADDRESS", addr_str(r, address(r, "UK"))), ".\n\n")
    d.line("Concerns: %s" % r.choice(["arrived hungry three days this week and said there was 'no food at home since Eid'",
                                       "unexplained bruise to upper arm, child said 'fell at the park'",
                                       "attendance 61% this term; older sibling (15) caring for younger ones during school hours"]))
    if i == 0:
        d.add("Mum told our family support worker she has been diagnosed with ", L("DIAGNOSIS", r.choice(["bipolar affective disorder", "major depressive disorder", "alcohol use disorder"])), " and has stopped taking her ", L("MEDICATION", r.choice(["quetiapine", "lithium", "sertraline", "naltrexone"])), ".\n")
    elif i == 1:
        d.line("No medical concerns known. Family has an open asylum claim; immigration solicitor is at Common Law Clinic.")
    else:
        d.add(L("PERSON", ch.given.split()[0]), " has ", L("DIAGNOSIS", r.choice(DIAG_CHILD)), "; the school has not been able to get the care plan signed.\n")
    d.line("")
    d.line("MASH reference (if already known): %s. Parent is aware of this referral: %s." % (r.choice(["not yet", ref(r, "MASH", 5)]), r.choice(["yes", "no — would increase risk"])))
    d.line("")
    d.add("Thanks,\n", L("PERSON", dsl.full), "\nDesignated Safeguarding Lead\n", L("PHONE", phone(r, "UK")), "\n")
    if r.random() < 0.6:
        d.line("")
        d.add("> On %s, " % fdate(r, rdate(r, 2025, 2025), "d Mon Y"), L("PERSON", sw.full), " wrote:\n")
        d.line("> Please send the written referral via secure email. Don't include the full medical history,")
        d.line("> just what is relevant. Thanks.")

@T("email_arrears", 3, "email")
def email_arrears(r, d, i):
    ho = staff(r, "harbourhomes.org.uk")
    t = person(r, r.choice(REFUGEE_ORIGINS + ["uk", "uk", "irish"]))
    t.email = email_for(r, t)
    email_head(r, d, ho, t, "Your rent account %s — arrears" % ("TEN-%05d-%s" % (r.randint(0, 99999), r.choice("AB"))))
    d.add("Dear ", L("PERSON", pname(r, t, "full")), ",\n\n")
    d.line("Your rent account for %s is now £%d.%02d in arrears (%d weeks). This includes charges up to %s." % (r.choice(["Flat 3B, Block C", "unit PROP-GH-0417/U3", "your home"]), r.randint(300, 3200), r.randint(0, 99), r.randint(3, 16), fdate(r, rdate(r, 2025, 2025), "d Mon Y")))
    d.line("We know the period around %s can be difficult. If your Universal Credit housing element has changed, please send us the journal entry." % r.choice(HOLIDAYS))
    if i == 1:
        d.add("You told us you are receiving treatment for ", L("DIAGNOSIS", r.choice(["chronic kidney disease stage 3", "generalised anxiety disorder", "COPD"])), "; we can refer you to our Tenancy Sustainment Officer.\n")
    d.line("A repayment plan of £%d per week would clear the balance in about %d months." % (r.randint(3, 20), r.randint(6, 30)))
    d.line("If you do not contact us within 14 days we may serve a Notice Seeking Possession.")
    d.line("")
    d.add("Kind regards\n", L("PERSON", ho.full), "\nIncome Officer, Harbour Homes\nDirect line ", L("PHONE", phone(r, "UK")), "\n")
    d.line("Harbour Homes is a registered provider (RP %s) and a member of the Housing Ombudsman Scheme." % digits(r, 4))

@T("email_legal_aid", 2, "email")
def email_legal_aid(r, d, i):
    sol = staff(r, "commonlawclinic.org")
    caseworker = staff(r, "newrootsresettlement.org")
    origin = r.choice(["honduran", "guatemalan", "haitian", "venezuelan", "afghan", "congolese"])
    cl = person(r, origin)
    cc = ORIGIN_COUNTRY[origin]
    email_head(r, d, sol, caseworker, "RE: %s — master calendar hearing" % (cl.family.split()[0] if cl.family else cl.given))
    d.add(L("PERSON", caseworker.given), ",\n\nThe master calendar hearing for ", L("PERSON", cl.full), " (%s) is set for %s at 8:30 am before Immigration Judge " % (a_number(r), fdate(r, rdate(r, 2025, 2026), "Month d, Y")), L("PERSON", person(r, "us").family), ", %s Immigration Court.\n" % r.choice(["Chicago", "Houston", "Newark", "Baltimore"]))
    d.add("Please bring the original passport (", COUNTRY_NAME[cc], ", no. ", L("PASSPORT", passport(r, cc)), ") and the birth certificate showing DOB ", L("DATE_OF_BIRTH", dob_value(r, 1975, 2006, "mdy/")[0]), ".\n")
    d.line("The I-589 receipt (%s%s) and the EOIR-28 are already filed. Do not bring the children; the court is closed on %s." % (r.choice(["ZLA", "IOE"]), digits(r, 10), r.choice(HOLIDAYS)))
    if i == 1:
        d.add("The psych evaluation confirms ", L("DIAGNOSIS", "post-traumatic stress disorder"), "; we will file it as Exhibit F.\n")
    d.line("")
    d.add("Best,\n", L("PERSON", sol.full), ", Esq.\nCommon Law Clinic | ", L("PHONE", phone(r, "US")), "\n")
    d.line("CONFIDENTIAL — attorney-client privileged communication.")

@T("chat_whatsapp", 4, "chat")
def chat_whatsapp(r, d, i):
    origin = r.choice(["afghan", "syrian", "ukrainian", "eritrean", "venezuelan", "sudanese", "haitian"])
    cc = ORIGIN_COUNTRY[origin]
    cl = person(r, origin)
    cw = staff(r)
    day = rdate(r, 2025, 2025)
    num = phone(r, cc)
    clock = [r.randint(8 * 3600, 12 * 3600)]
    def stamp():
        clock[0] += r.randint(20, 2400)
        c = clock[0]
        return "[%02d/%02d/%d, %02d:%02d:%02d] " % (day.day, day.month, day.year, c // 3600, c // 60 % 60, c % 60)
    cl_label = L("PHONE", num) if i == 1 else L("PERSON", cl.given.split()[0] if r.random() < 0.5 else cl.full)
    cw_label = L("PERSON", cw.given)
    lines = {
        "afghan": ["Salam, tashakor for help. My tazkira is old one, passport also expire", "Passport number ", "Bale, I go to GP tomorrow inshallah"],
        "syrian": ["مرحبا! Hello, I send you the passport photo now", "رقم الجواز ", "Shukran, the children start school on Monday"],
        "ukrainian": ["Добрий день! Good morning", "Номер паспорта: ", "Дякую! Thank you so much"],
        "eritrean": ["Selam, kemey aloki", "My passport ", "Yekenyeley, thank you sister"],
        "venezuelan": ["Buenos días! Le escribo por la cita", "Pasaporte n.º ", "Muchas gracias, que Dios le bendiga"],
        "sudanese": ["Salam alaikum, good morning", "Passport no. ", "Thank you, we wait for the letter"],
        "haitian": ["Bonjou! Mèsi pou èd la", "Nimewo paspò: ", "Mèsi anpil, Bondye beni w"],
    }[origin]
    d.add(stamp(), "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n")
    d.add(stamp(), cw_label, ": Hi, it's me from %s. Can you send your passport details for the benefits form?\n" % r.choice(["New Roots", "Refugee Action North", "WelcomeBridge"]))
    d.add(stamp(), cl_label, ": " + lines[0] + "\n")
    if i != 3:
        d.add(stamp(), cl_label, ": " + lines[1], L("PASSPORT", passport(r, cc)), "\n")
    else:
        d.add(stamp(), cl_label, ": <attached: IMG-2025%s-WA00%02d.jpg>\n" % (digits(r, 4), r.randint(1, 99)))
    if r.random() < 0.6:
        d.add(stamp(), cl_label, ": my birthday ", L("DATE_OF_BIRTH", dob_value(r, 1965, 2004, "dmy/")[0]), " but in camp they wrote 01/01\n")
    d.add(stamp(), cw_label, ": Thank you. And the new address for the letters?\n")
    d.add(stamp(), cl_label, ": ", L("ADDRESS", addr_str(r, address(r, r.choice(["UK", "IE", "DE", "NL", "SE"])))), "\n")
    if i == 2:
        d.add(stamp(), cl_label, ": also doctor said my son has ", L("DIAGNOSIS", r.choice(["asthma", "epilepsy", "scabies"])), ", the medicine ", L("MEDICATION", r.choice(["Ventolin", "levetiracetam", "permethrin"])), " is finished\n")
    d.add(stamp(), cw_label, ": OK I will call the pharmacy. Appointment %s at 10:00, case ref %s\n" % (fdate(r, rdate(r, 2025, 2025), "d Mon Y"), unhcr_case(r) if r.random() < 0.5 else ref(r, "NR", 5)))
    d.add(stamp(), cl_label, ": " + lines[2] + " 🙏\n")
    d.add(stamp(), cw_label, ": <This message was deleted>\n")

@T("chat_sms_thread", 2, "chat")
def chat_sms_thread(r, d, i):
    cl = person(r, r.choice(["us", "us", "honduran", "guatemalan", "vietnamese"]))
    cw = staff(r, "riverbendcounty.gov")
    d.line("SMS export — caseworker line %s — thread with client" % ("+1 (XXX) XXX-" + digits(r, 4)))
    d.line("Contact: ", L("PERSON", cl.full), " ", L("PHONE", phone(r, "US")))
    d.line("-" * 40)
    pair = r.choice([("eczema", "hydrocortisone"), ("iron-deficiency anaemia", "ferrous sulfate"), ("otitis media", "amoxicillin"), ("bronchiolitis", "salbutamol")])
    days = iter(sorted(rdate(r, 2025, 2025) for _ in range(6)))
    msgs = [("out", "Hi %s this is %s from Riverbend CFS. Reminder: visit tomorrow at 3pm." % ("{C}", "{W}")),
            ("in", "ok. can u come after 4 i got work"),
            ("out", "4:30 works. Please have the kids' shot records ready."),
            ("in", "the baby doctor said she got {DX} so they gave {MED}" if i == 0 else "ok thx. my new # is {PH}"),
            ("out", "Thanks. Also bring the lease from {LL} if you have it."),
            ("in", "👍")]
    for direction, m in msgs:
        d.add("%s %s  " % (fdate(r, next(days), "mdy/"), "→" if direction == "out" else "←"))
        parts = re.split(r"(\{[A-Z]+\})", m)
        for part in parts:
            if part == "{C}":
                d.add(L("PERSON", cl.given))
            elif part == "{W}":
                d.add(L("PERSON", cw.given))
            elif part == "{DX}":
                d.add(L("DIAGNOSIS", pair[0]))
            elif part == "{MED}":
                d.add(L("MEDICATION", pair[1]))
            elif part == "{PH}":
                d.add(L("PHONE", phone(r, "US")))
            elif part == "{LL}":
                d.add(r.choice(["Wells Fargo Realty", "McAllister Property Mgmt", "the Boudreaux Apartments office"]))
            else:
                d.add(part)
        d.add("\n")

@T("ticket_repair", 5, "ticket")
def ticket_repair(r, d, i):
    d.line("Repair request #%s   Priority: %s   Channel: %s" % ("RR" + digits(r, 6), r.choice(["Emergency (24h)", "Urgent (7 days)", "Routine (28 days)"]), r.choice(["tenant portal", "phone", "email"])))
    d.line("Property: PROP-%s-%04d/U%d%s   Block: %s   Contractor job: %s" % (r.choice(["EL", "GH"]), r.randint(1, 9999), r.randint(1, 12), r.choice("AB"), r.choice(["Mandela Court", "Seacole House", "Pankhurst Tower", "Brunel Walk"]), "J" + digits(r, 8)))
    if i >= 3:
        d.line("Reported by: caretaker")
        d.line("Description: Lift in Block C out of order since %s; engineer (Otis) booked. Notice posted in all lobbies. No tenant contact details needed." % fdate(r, rdate(r, 2025, 2025), "dmy/"))
        d.line("Status: awaiting parts (SKU OT-%s-%s)" % (digits(r, 5), _letters(r, 2)))
        return
    t = person(r, r.choice(REFUGEE_ORIGINS + ["uk", "irish"]))
    d.add("Reported by: ", L("PERSON", t.full), "  (tenant)  tel ", L("PHONE", phone(r, "UK")), "\n")
    d.line("Category: %s" % r.choice(["Damp & mould", "Heating / hot water", "Leak", "Windows / security"]))
    d.add("Description: ", r.choice(["black mould spreading in back bedroom and bathroom ceiling", "no heating or hot water since Friday", "water coming through kitchen light fitting"]), ". ")
    if i in (0, 1):
        kid = person(r, t.origin, family=t.family or None)
        d.add("Tenant says %s son " % ("her" if t.female else "his"), L("PERSON", kid.given.split()[0]), " has ", L("DIAGNOSIS", "asthma"), " and it is getting worse; GP letter attached.")
    d.line("")
    d.line("Access: %s. Interpreter: %s." % (r.choice(["any weekday AM", "after school pickup only", "key in key safe code withheld"]), r.choice(["Romanian", "Arabic", "not needed", "Amharic"])))
    d.line("---")
    d.line("%s  agent:%s  Raised Awaab's Law timeline check (hazard inspection within 14 days)." % (fdate(r, rdate(r, 2025, 2025), "dmy/"), _letters(r, 2).lower() + digits(r, 2)))

@T("ticket_it_helpdesk", 2, "ticket")
def ticket_it_helpdesk(r, d, i):
    u = staff(r, r.choice(ORG_DOMAINS))
    d.line("INC%s | Category: Hardware > Laptop | Opened %s" % (digits(r, 7), ts(r)))
    d.add("Caller: ", L("PERSON", u.full), " <", L("EMAIL", u.email), ">\n")
    d.line("Short description: can't connect to case system from outreach site (%s)" % r.choice(EPONYM_PLACES))
    d.add("Details: laptop CFS-LT-%s on guest wifi, got IP " % digits(r, 4), L("IP_ADDRESS", ip(r, "priv192")), ", VPN client %s fails at handshake with gateway " % version_ip_like(r), L("IP_ADDRESS", ip(r, "doc")), ".\n")
    d.line("Work notes: reissued cert; asked user not to save client documents to Desktop. Asset tag %s, serial %s." % ("AT" + digits(r, 6), _alnum(r, 10)))
    d.line("Resolution: resolved — user confirmed.")

@T("email_newsletter", 3, "email")
def email_newsletter(r, d, i):
    d.line("Subject: Volunteer bulletin — %s" % r.choice(["winter rota & Christmas hamper drive", "Eid al-Adha food drive", "MLK Day of Service"]))
    d.line("")
    d.line("Hello everyone,")
    d.line("")
    d.line("Thank you for another busy month: %d food parcels, %d school uniform packs and %d hours of English conversation club." % (r.randint(300, 2000), r.randint(20, 200), r.randint(50, 600)))
    d.line("The warehouse will be closed on %s and %s. The %s collection point moves to %s for the winter." % (r.choice(HOLIDAYS), r.choice(HOLIDAYS), r.choice(EPONYM_PLACES), r.choice(EPONYM_PLACES)))
    d.line("Thanks to %s and %s for their donations, and to the %s for the new van (grant %s)." % (r.choice(EPONYM_ORGS), r.choice(EPONYM_ORGS), r.choice(["Joseph Rowntree Foundation", "Walton Family Foundation", "Carnegie UK"]), r.choice(["JRF-2025-117", "CUK/VAN/09"])))
    d.line("Reminder: never put a client's full name, date of birth or phone number in the WhatsApp volunteers group — use the voucher number (e.g. FB0000000) instead.")
    d.line("Training: 'Safeguarding Level 2' on Tuesday 18:00 at %s; 'Trauma-informed practice' with the Dorothy Day House team." % r.choice(EPONYM_PLACES))
    d.line("")
    d.line("With thanks,")
    d.line("The Volunteer Team")

# ---------------------------------------------------------------- FREE TEXT / HTML -----------------------
@T("ft_case_note", 4, "free_text")
def ft_case_note(r, d, i):
    origin = r.choice(REFUGEE_ORIGINS + ["us", "us", "uk"])
    mum = person(r, origin, female=True)
    dad = person(r, origin, female=False, family=mum.family or None)
    kids = [person(r, origin, family=mum.family or None) for _ in range(r.randint(1, 3))]
    sw = staff(r)
    d.line("CASE NOTE — Home visit   Case: %s   Worker: " % ref(r, "CFS", 6), L("PERSON", sw.full))
    d.line("Date of visit: %s   Type: %s" % (fdate(r, rdate(r, 2025, 2025), "mdy/"), r.choice(["announced", "unannounced", "joint visit with police"])))
    d.line("")
    d.add("Present: mother ", L("PERSON", mum.full), ", father ", L("PERSON", dad.full) if i != 3 else "[REDACTED — DV protective order]", ", and ")
    for j, k in enumerate(kids):
        if j:
            d.add(", ")
        d.add(L("PERSON", k.given.split()[0]), " (", L("DATE_OF_BIRTH", dob_value(r, 2012, 2024, "mdy/", allow_vague=False)[0]), ")")
    d.add(". Also a newborn recorded as '%s' pending birth registration.\n\n" % r.choice(["Baby Boy", "Baby Girl", "Infant of mother"]))
    d.add("The family moved into the unit on ", r.choice(EPONYM_STREETS), " after leaving %s. " % r.choice(SHELTERS))
    d.add("Home was %s. " % r.choice(["cluttered but safe", "clean, adequate food in fridge", "cold — heating broken, repair reported"]))
    if i == 0:
        d.add("Mother disclosed ", L("DIAGNOSIS", "alcohol use disorder"), " in remission for 8 months and attends AA at St Mark's on Tuesdays. ")
    elif i == 1:
        d.add(L("PERSON", dad.given.split()[0]), " is prescribed ", L("MEDICATION", r.choice(["methadone", "buprenorphine"])), " through the county OTP; urine screens negative x3. ")
    elif i == 2:
        d.add("No substance use concerns observed. Mother denies any history of depression or self-harm. ")
    else:
        d.add("Mother's address withheld (confidential address programme). ")
    d.add("Children appeared well cared for; ", L("PERSON", kids[0].given.split()[0]), " showed me a drawing from %s.\n\n" % r.choice(["Cesar Chavez Elementary", "Jane Addams Middle School", "Head Start"]))
    d.line("Safety plan reviewed. Next visit in 2 weeks, before %s. Supervisor review: ____" % r.choice(HOLIDAYS))
    if i != 3:
        d.add("Family contact: ", L("PHONE", phone(r, "US")), "   Address on file: ", L("ADDRESS", addr_str(r, address(r, "US"))), "\n")

@T("ft_meeting_minutes", 3, "free_text")
def ft_meeting_minutes(r, d, i):
    d.line("MULTI-AGENCY %s — MINUTES (OFFICIAL-SENSITIVE)" % r.choice(["STRATEGY DISCUSSION", "CHILD PROTECTION CONFERENCE", "RISK ASSESSMENT CONFERENCE (MARAC)"]))
    d.line("Date: %s   Venue: %s / Teams" % (fdate(r, rdate(r, 2025, 2025), "d Mon Y"), r.choice(["Mary Seacole Family Centre", "Civic Centre room 4", "Thurgood Marshall Courthouse annex"])))
    d.line("")
    d.line("Attendees:")
    roles = ["Chair (Independent Reviewing Officer)", "Social Worker", "Police DS", "Health Visitor", "School DSL", "Housing Officer", "IDVA"]
    for role in r.sample(roles, r.randint(4, 6)):
        s = staff(r)
        if r.random() < 0.5:
            d.add("  ", L("PERSON", s.full), " — %s" % role, " (", L("EMAIL", s.email), ")\n")
        else:
            d.add("  ", L("PERSON", "%s. %s" % (s.given[0], s.family)), " — %s\n" % role)
    d.line("Apologies: GP practice (report submitted)")
    d.line("")
    origin = r.choice(REFUGEE_ORIGINS + ["uk", "uk"])
    ch = person(r, origin)
    mum = person(r, origin, True, family=ch.family or None)
    if i == 2:
        d.line("Subject: Child A (name withheld in circulated minutes; see case file %s). DOB withheld." % ref(r, "CP", 5))
        d.line("1. Background: family known since 2023; referral by school following disclosure.")
        d.line("2. Health: Child A's health needs are being met; no diagnoses shared at this meeting.")
        d.line("3. Decision: Section 47 enquiries to continue. Review on %s." % fdate(r, rdate(r, 2025, 2026), "d Mon Y"))
        return
    d.add("Subject child: ", L("PERSON", ch.full), ", DOB ", L("DATE_OF_BIRTH", dob_value(r, 2010, 2023, "dmy/", allow_vague=False)[0]), "; mother ", L("PERSON", mum.full), ".\n")
    d.line("1. Background: referral from school on %s; sibling previously on CP plan (2021, category neglect)." % fdate(r, rdate(r, 2025, 2025), "dmy/"))
    d.add("2. Health: HV reports the child has ", L("DIAGNOSIS", r.choice(DIAG_CHILD)), "; ", "missed %d of %d clinic appointments. " % (r.randint(2, 5), r.randint(5, 8)))
    d.add("Mother is prescribed ", L("MEDICATION", r.choice(["mirtazapine", "sertraline", "olanzapine"])), ".\n")
    d.line("3. Police: %d call-outs in 6 months; perpetrator bailed with conditions not to attend %s." % (r.randint(1, 6), r.choice(EPONYM_STREETS)))
    d.line("4. Housing: management transfer approved (band A). Property code PROP-%s-%04d." % (r.choice(["GH", "EL"]), r.randint(0, 9999)))
    d.line("5. Decision: child to be made subject to a Child Protection Plan under the category of %s." % r.choice(["neglect", "emotional abuse"]))
    d.line("Actions: SW to complete assessment by %s; IDVA to contact mother on her safe number (held by IDVA only)." % fdate(r, rdate(r, 2025, 2026), "dmy/"))

@T("ft_interpreter_note", 3, "free_text")
def ft_interpreter_note(r, d, i):
    spec = [("ukrainian", "UA", "Номер паспорта", "Ukrainian"), ("venezuelan", "VE", "Pasaporte n.º", "Spanish"),
            ("congolese", "CD", "Numéro de passeport", "French/Lingala"), ("syrian", "SY", "Reisepass-Nr. (laut Ausländerbehörde)", "Arabic"),
            ("afghan", "AF", "شماره پاسپورت / passport no.", "Dari"), ("haitian", "HT", "Nimewo paspò", "Haitian Creole"),
            ("eritrean", "ER", "ቁጽሪ ፓስፖርት / passport", "Tigrinya")]
    origin, cc, lab, lang = spec[(i * 3 + r.randint(0, 6)) % len(spec)]
    p = person(r, origin)
    intp = person(r, origin)
    cw = staff(r)
    d.add("Caseworker note (", L("PERSON", cw.full), ") — appointment with interpreter ", L("PERSON", intp.full), " (%s)\n\n" % lang)
    order = r.choice(["as given", "passport order", "camp card"])
    if order == "passport order" and p.family:
        d.add("Client gave name as ", L("PERSON", p.full), "; the passport prints it ", L("PERSON", "%s %s" % (p.family.upper(), p.given.upper())), ". ")
    elif order == "camp card":
        d.add("Client is known in the camp records as ", L("PERSON", p.given))
        if origin == "afghan":
            d.add(" d/o " if p.female else " s/o ", L("PERSON", person(r, origin, False).given))
        d.add("; current spelling ", L("PERSON", p.full), ". ")
    else:
        d.add("Client: ", L("PERSON", p.full), ". ")
    d.add("Date of birth recorded as ", L("DATE_OF_BIRTH", dob_value(r, 1960, 2005, "dmy/")[0]), " (%s).\n" % ("client unsure; worked out from Nowruz" if origin == "afghan" else "client unsure; estimated by UNHCR at registration"))
    d.add(lab, ": ", L("PASSPORT", passport(r, cc)), ". ")
    if origin == "ukrainian":
        d.add("Паспорт дійсний до %s. Internal ID-card number %s not needed for this form.\n" % (fdate(r, rdate(r, 2026, 2030), "dmy."), digits(r, 9)))
    elif origin == "venezuelan":
        d.add("Cédula de identidad V-%s (no aplica para este formulario). Vive en " % "{:,}".format(r.randint(10000000, 30000000)).replace(",", "."), L("ADDRESS", addr_str(r, address(r, "US"))), ".\n")
    elif origin == "congolese":
        d.add("Elle a vécu en France: numéro de sécurité sociale ", L("FR_NIR", nir(r, sex="2" if p.female else "1", foreign=r.choice([312, 322, 328]))), ". Carte de séjour n° %s.\n" % digits(r, 10))
    elif origin == "syrian":
        d.add("Steuerliche Identifikationsnummer (aus Deutschland): ", L("DE_TAX_ID", steuer(r)), "; ehemalige Adresse ", L("ADDRESS", addr_str(r, address(r, "DE"))), ".\n")
    else:
        d.add("Phone (family abroad): ", L("PHONE", phone(r, cc)), ".\n")
    d.add("Interpreter notes the client said '%s' — idiom meaning 'I am fed up', not a symptom.\n" % r.choice(["my heart is tight", "my head is full", "el corazón me pesa", "серце болить"]))
    if i == 1:
        d.add("Client reports being treated for ", L("DIAGNOSIS", r.choice(["hypertension", "type 2 diabetes mellitus", "latent tuberculosis infection"])), " and has run out of ", L("MEDICATION", r.choice(["amlodipine", "metformin", "isoniazid"])), ".\n")
    d.line("Next steps: %s; UNHCR case %s (family link)." % (r.choice(["family reunion application", "appeal bundle", "school place request"]), unhcr_case(r)))

@T("ft_court_hearing", 3, "free_text")
def ft_court_hearing(r, d, i):
    adv = staff(r, "commonlawclinic.org")
    judge = person(r, r.choice(["us", "uk", "irish", "nigerian"]))
    while not judge.family:
        judge = person(r, "uk")
    origin = r.choice(["honduran", "guatemalan", "afghan", "eritrean", "sudanese", "haitian", "nigerian", "uk"])
    cl = person(r, origin, female=True if i == 1 else None)
    kind = ["First-tier Tribunal (IAC) — asylum appeal", "Family Court — care proceedings (s.31)", "Immigration Court — individual hearing"][i]
    d.line("HEARING NOTE — %s" % kind)
    d.line("Case no.: %s   Heard: %s   Listed before: Judge " % ({0: "PA/%05d/2025" % r.randint(0, 99999), 1: "NE%02dC%05d" % (r.randint(20, 25), r.randint(0, 99999)), 2: a_number(r)}[i], fdate(r, rdate(r, 2025, 2025), "d Mon Y")), L("PERSON", judge.family))
    d.add("Note by: ", L("PERSON", adv.full), "\n\n")
    if i == 1:
        d.add("In the matter of ", r.choice(["Baby Girl", "Baby Boy"]), " ", (cl.family.split()[0] if cl.family else cl.given), " (born %s) — placeholder name on the C110A; child since registered as " % fdate(r, rdate(r, 2025, 2025), "d Mon Y"), L("PERSON", person(r, origin, family=cl.family or None).full), ".\n")
        d.add("Mother: ", L("PERSON", cl.full), " (DOB ", L("DATE_OF_BIRTH", dob_value(r, 1985, 2006, "dmy/", allow_vague=False)[0]), "). ")
        d.add("Psychiatric report: ", L("DIAGNOSIS", r.choice(["emotionally unstable personality disorder", "schizophrenia", "postnatal depression"])), "; currently on ", L("MEDICATION", r.choice(["paliperidone", "aripiprazole", "sertraline"])), ".\n")
        d.line("Interim care order renewed. Contact 3x weekly at %s. Next hearing (IRH) after %s." % (r.choice(FAMILY_CENTRES), r.choice(HOLIDAYS)))
    else:
        d.add("Appellant/respondent: ", L("PERSON", cl.full), ", national of %s, DOB " % COUNTRY_NAME[ORIGIN_COUNTRY[origin]], L("DATE_OF_BIRTH", dob_value(r, 1970, 2006, "dmy/")[0]), ".\n")
        d.line("HO presenting officer relied on the refusal letter dated %s; credibility challenged on dates of detention." % fdate(r, rdate(r, 2024, 2025), "d Mon Y"))
        if r.random() < 0.6:
            d.add("Medical evidence (Rule 35 report) confirms scarring consistent with account and ", L("DIAGNOSIS", "PTSD"), ". ")
        d.line("Country guidance case law was not in dispute; decision reserved.")
        d.line("Witness: cousin (name given orally — not recorded here).")
    d.line("Time in court: %d h %02d m. Next: %s" % (r.randint(1, 5), r.randint(0, 59), r.choice(["await promulgation", "file skeleton argument", "instruct country expert"])))

@T("html_client_profile", 3, "html")
def html_client_profile(r, d, i):
    origin = r.choice(REFUGEE_ORIGINS + ["us", "uk"])
    p = person(r, origin)
    a = address(r, r.choice(["UK", "US", "IE", "CA"]))
    d.line("<!DOCTYPE html><html><head><title>Client 360 — %s</title></head><body>" % ("CL-%07d" % r.randint(0, 9999999)))
    d.add("<h1>", L("PERSON", p.full), "</h1>\n")
    d.line("<dl>")
    d.add("  <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", dob_value(r, 1950, 2010, "dmy/")[0]), "</dd>\n")
    d.add("  <dt>Address</dt><dd>", L("ADDRESS", a[0] + "<br>" + a[1]), "</dd>\n")
    d.add("  <dt>Mobile</dt><dd><a href=\"tel:", L("PHONE", phone(r, "UK" if "UK" else "US")), "\">call</a></dd>\n")
    if r.random() < 0.7:
        d.add("  <dt>Email</dt><dd>", L("EMAIL", email_for(r, p)), "</dd>\n")
    d.add("  <dt>Programmes</dt><dd>%s</dd>\n" % ", ".join(r.sample(["Food bank", "Warm Homes", "ESOL", "Legal advice", "Kinship care"], 2)))
    d.line("</dl>")
    d.line("<h2>Household</h2><table><tr><th>Name</th><th>Relation</th><th>Born</th></tr>")
    for k in range(r.randint(1, 3)):
        m = person(r, origin, family=p.family or None)
        d.add("<tr><td>", L("PERSON", m.full), "</td><td>%s</td><td>" % r.choice(["child", "partner", "grandchild"]), L("DATE_OF_BIRTH", dob_value(r, 2000, 2024, "iso")[0]), "</td></tr>\n")
    d.line("</table>")
    d.add("<h2>Notes</h2><p>")
    if i == 0:
        d.add("Client disclosed ", L("DIAGNOSIS", r.choice(DIAG_ADULT)), " — consent given to share with housing team.")
    elif i == 1:
        d.add("Bank details for grant payment: ", L("IBAN", iban(r, r.choice(["GB", "IE"]))), ".")
    else:
        d.add("Met at %s drop-in; prefers contact after %s." % (r.choice(EPONYM_PLACES), r.choice(HOLIDAYS)))
    d.line("</p>")
    d.line("<footer>Printed by user %s — CONFIDENTIAL</footer></body></html>" % (_letters(r, 2).lower() + digits(r, 3)))

@T("html_public_page", 4, "html")
def html_public_page(r, d, i):
    org = r.choice(["Northside Food Bank", "Kinship Housing Association", "New Roots Resettlement", "Common Law Clinic"])
    d.line("<html><head><meta charset=\"utf-8\"><title>%s — %s</title></head><body>" % (org, r.choice(["Get help", "Opening times", "About us"])))
    d.line("<h1>%s</h1>" % org)
    d.line("<p>We are open Monday to Friday, 10:00–14:00, at the %s. We are closed on %s, %s and %s.</p>" % (r.choice(EPONYM_PLACES), r.choice(HOLIDAYS), r.choice(HOLIDAYS), r.choice(HOLIDAYS)))
    d.line("<h2>How to get a referral</h2><ul><li>Ask your GP, school, Citizens Advice or work coach for an e-voucher.</li><li>Bring your voucher number (it looks like <code>FB1234567</code>).</li><li>You don't need ID, a passport or proof of address.</li></ul>")
    d.line("<h2>Partners</h2><p>Supported by %s, %s and volunteers from %s. Our shelter partner is the %s on %s.</p>" % (r.choice(EPONYM_ORGS), r.choice(EPONYM_ORGS), r.choice(EPONYM_ORGS), r.choice(EPONYM_PLACES), r.choice(EPONYM_STREETS)))
    d.line("<p>Registered charity %d. Company limited by guarantee %08d. Site version %s.</p>" % (r.randint(1000000, 1199999), r.randint(0, 99999999), version_ip_like(r)))
    d.line("<form><label>Full Name</label><input name=\"full_name\" placeholder=\"First Last\"><label>Date Of Birth</label><input type=\"date\"><label>Passport Number</label><input></form>")
    d.line("</body></html>")

@T("ft_research", 2, "free_text")
def ft_research(r, d, i):
    d.line(r.choice(["Briefing: health needs of newly arrived refugees", "Evidence summary: food insecurity and chronic disease"]))
    d.line("")
    d.line("Studies of resettled Syrian adults report post-traumatic stress disorder in 30–40% and major depressive disorder in about a quarter. Latent tuberculosis infection is common among arrivals from high-incidence countries and is usually treated with isoniazid or rifampicin-based regimens.")
    d.line("Among food-bank users, type 2 diabetes mellitus and hypertension are over-represented; parcels should include low-sugar options. Children living in damp homes have higher rates of asthma, which is why social landlords now face fixed repair deadlines.")
    d.line("Parkinson's law applies to caseloads: work expands to fill the time available. The 'Great Depression' comparisons in the press are unhelpful. Case reference formats such as %s or %s must never be linked with names in published reports." % (unhcr_case(r), ref(r, "CFS", 6)))
    d.line("Sources: WHO (2022); Trussell Trust end-of-year stats; Joseph Rowntree Foundation Destitution in the UK %d." % r.choice([2023, 2024]))

@T("ft_ocr_tenancy", 3, "free_text")
def ft_ocr_tenancy(r, d, i):
    ll = r.choice(["Peabody Trust", "Kinship Housing Association Ltd", "Guinness Partnership", "Harbour Homes Group"])
    t = person(r, r.choice(REFUGEE_ORIGINS + ["uk"]))
    a = address(r, "UK")
    d.line("ASSURED SH0RTH0LD TENANCY AGREEMENT")
    d.line("Tbis agreement is made on %s between %s (\"the Landlord\") and" % (fdate(r, rdate(r, 2023, 2025), "d Mon Y"), ll))
    d.add("Tenant(s): ", L("PERSON", t.full.upper()))
    if r.random() < 0.5:
        t2 = person(r, t.origin, not t.female, family=t.family or None)
        d.add(" and ", L("PERSON", t2.full.upper()))
    d.add("\nDate 0f birth: ", L("DATE_OF_BIRTH", dob_value(r, 1960, 2004, "dmy/")[0]) if i != 2 else "_ _ / _ _ / _ _ _ _", "\n")
    d.add("The Property: ", L("ADDRESS", a[0] + "\n              " + a[1]), "\n")
    d.line("Term: 12 rnonths from the start date. Rent: £%d.%02d per week payable in advance. Deposit: £%d held with the Tenancy Deposit Scheme (cert %s)." % (r.randint(85, 220), r.randint(0, 99), r.randint(300, 1200), _letters(r, 2) + digits(r, 8)))
    d.line("Guarantor: %s" % r.choice(["none — rent guarantee via council scheme", "see schedule 2", "Gateshead Council Rent Deposit Guarantee"]))
    d.line("Signed for the Landlord: %s  (Housing Officer)" % ("___________"))
    d.add("Signed by the Tenant: ", L("PERSON", t.given), " ", "(mark)" if r.random() < 0.3 else "", "\n")
    d.line("Page 1 of 14   Doc ID %s   scanned %s" % (_alnum(r, 12), ts(r, "dmy")))

@T("ft_foreign_ids", 7, "free_text")
def ft_foreign_ids(r, d, i):
    d.line("ONWARD-MOVEMENT HISTORY — refugee case file summary (prepared for legal aid)")
    d.line("")
    kind = ["es_it", "br_fr", "sg_in", "de_ca"][i % 4]
    if kind == "es_it":
        p = person(r, "venezuelan")
        d.add(L("PERSON", p.full), " lived in Madrid 2018–2022 with a NIE, ", L("ES_DNI", dni(r, nie=True)), "; her Spanish-born son holds DNI ", L("ES_DNI", dni(r, nie=False)), ".\n")
        d.add("An old letter shows DNI %s, which fails the check letter and is probably a typo.\n" % bad_dni(r))
        e = person(r, "eritrean")
        bd = rdate(r, 1975, 2002)
        d.add("Her partner ", L("PERSON", e.full), " (born ", L("DATE_OF_BIRTH", fdate(r, bd, "dmy/")), " in Asmara) was registered in Italy with codice fiscale ",
              L("IT_FISCAL_CODE", fiscal_code(r, e.given, e.family or e.given, bd, e.female, place="Z368")), ". A second code on a CAS letter, %s, does not validate.\n" % bad_fiscal(r))
    elif kind == "br_fr":
        p = person(r, "haitian")
        d.add(L("PERSON", p.full), " worked in São Paulo (CPF ", L("BR_CPF", cpf(r)), ") before travelling north through the Darién. A payslip lists CPF %s (invalid digits).\n" % bad_cpf(r))
        c = person(r, "congolese")
        d.add("Cousin ", L("PERSON", c.full), " was in Lyon and has a French social-security number ", L("FR_NIR", nir(r, sex="2" if c.female else "1", foreign=r.choice([312, 322]))), ". The CAF letter shows %s (wrong key).\n" % bad_nir(r))
    elif kind == "sg_in":
        p = person(r, "myanmar")
        d.add(L("PERSON", p.full), " was a domestic worker in Singapore, FIN ", L("SG_NRIC", nric(r, r.choice("FG"))), "; employer's NRIC ", L("SG_NRIC", nric(r, r.choice("ST"))), " appears on the work-permit card. ")
        d.line("The card also shows S%s%s (check letter wrong)." % (digits(r, 7), "A"))
        n = person(r, "nepali")
        d.add("Husband ", L("PERSON", n.full), " worked in Delhi and holds Aadhaar ", L("IN_AADHAAR", aadhaar(r)), "; the number %s on the ration card fails Verhoeff.\n" % bad_aadhaar(r))
    else:
        p = person(r, "syrian")
        d.add(L("PERSON", p.full), " lived in Bremen 2016–2023; Steuer-ID ", L("DE_TAX_ID", steuer(r)), " (Finanzamt letter); the Jobcenter letter shows %s (wrong check digit).\n" % bad_steuer(r))
        d.add("She moved on to Canada and received SIN ", L("CA_SIN", sin(r, temp=True)), "; a typo version %s appears on the T4.\n" % bad_sin(r))
        d.add("German IBAN for the final Kindergeld payment: ", L("IBAN", iban(r, "DE")), ".\n")
    d.line("")
    d.line("Reference numbers on file (not identifiers of a person): UNHCR %s, IOM %s, grant AMIF-%d-%03d, voucher FB%s." % (unhcr_case(r), "IOM-" + digits(r, 8), r.randint(2020, 2025), r.randint(1, 999), digits(r, 7)))

@T("ft_hard_negatives", 4, "free_text")
def ft_hard_negatives(r, d, i):
    if i == 0:
        d.line("DATA PROTECTION GUIDANCE FOR CASE RECORDING (v%s)" % version_ip_like(r))
        d.line("")
        d.line("1. Never copy a full identity number into free-text notes. Write masked forms: SSN ***-**-%s, NI number XX %s %s %s X, card ending %s, Aadhaar XXXX XXXX %s, passport ******%s." % (digits(r, 4), digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 4), digits(r, 4), digits(r, 3)))
        d.line("2. For unnamed infants use the hospital placeholder (Baby Boy / Baby Girl + mother's surname) until registration; for unidentified adults use 'Unknown'.")
        d.line("3. Reference formats: case %s, referral %s, voucher FB%s, tenancy TEN-%05d-A, UNHCR %s, unit PROP-GH-%04d/U2." % (ref(r, "CFS", 6), "REF-" + _alnum(r, 8), digits(r, 7), r.randint(0, 99999), unhcr_case(r), r.randint(0, 9999)))
        d.line("4. Test values used in training: card %s (fails Luhn), NHS %s (fails mod-11), IBAN %s (bad check digits), SSN %s (invalid area)." % (bad_card(r), bad_nhs(r), bad_iban(r, "GB"), bad_ssn(r)))
        d.line("5. Do not name shelters' residents in newsletters. Refer to the Eleanor Roosevelt Women's Shelter or Casa Óscar Romero by name only.")
    elif i == 1:
        d.line("Template — Home Visit Report")
        d.line("Child's name: {{child.name}}      Date Of Birth: {{child.dob}}")
        d.line("Parent/Carer: ______________      Phone: ______________")
        d.line("Address: [REDACTED]      NHS Number: [REDACTED]")
        d.line("Diagnosis (if any): ______       Medication: ______")
        d.line("Worker: ______   Visit date: __/__/____   Case ref: CFS-____-______")
    elif i == 3:
        d.line("Agenda — Team meeting, Family Support Service")
        d.line("1. Caseload numbers (anonymised): 14 open, 3 closed. Case IDs only: %s, %s, %s." % (ref(r, "CFS", 6), ref(r, "CFS", 6), ref(r, "CFS", 6)))
        d.line("2. Unregistered infants on system as 'Baby Boy' / 'Baby Girl' — chase registrations before %s." % r.choice(HOLIDAYS))
        d.line("3. Clients recorded as 'Unknown' or 'Not known' after hospital discharge: data-quality fix by %s." % fdate(r, rdate(r, 2025, 2025), "d Mon Y"))
        d.line("4. Masked exports: DOB shown as **/**/19**, phone as 07*** ***%s; please don't unmask in Excel." % digits(r, 3))
        d.line("5. Christmas hamper list from %s and %s; venue %s (%s)." % (r.choice(EPONYM_ORGS), r.choice(EPONYM_ORGS), r.choice(EPONYM_PLACES), r.choice(EPONYM_STREETS)))
        d.line("6. AOB: new fax number for the court is on the intranet; printer IP changed after firmware %s." % version_ip_like(r))
    else:
        d.line("Q3 programme report — Warm Homes & Family Reunion")
        d.line("Grants: ESG-22-CA-0193 ($%s), AMIF-2025-IE-044 (€%s), NLCF-RP-31907 (£%s)." % ("{:,}".format(r.randint(10000, 900000)), "{:,}".format(r.randint(10000, 900000)), "{:,}".format(r.randint(10000, 900000))))
        d.line("Households supported: %d. Average arrears cleared: £%d.%02d. Reunion flights booked: %d (tickets %s, %s)." % (r.randint(50, 500), r.randint(100, 900), r.randint(0, 99), r.randint(2, 40), "176-" + digits(r, 10), "157-" + digits(r, 10)))
        d.line("Partners: %s, %s, %s. Events on %s and %s." % (r.choice(EPONYM_ORGS), r.choice(EPONYM_ORGS), r.choice(EPONYM_PLACES), r.choice(HOLIDAYS), r.choice(HOLIDAYS)))
        d.line("Systems: case-portal %s, HL7 bridge OID 2.16.840.1.113883.3.%d, timestamps %s–%s." % (version_ip_like(r), r.randint(100, 9999), ts(r, "epoch"), ts(r, "epoch")))

@T("html_volunteer_rota", 2, "html")
def html_volunteer_rota(r, d, i):
    d.line("<table class=\"rota\"><caption>Warehouse rota — week of %s</caption>" % fdate(r, rdate(r, 2025, 2025), "d Mon Y"))
    d.line("<tr><th>Day</th><th>Volunteer</th><th>Mobile</th><th>Role</th></tr>")
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
        v = person(r, r.choice(LOCAL_ORIGINS + ["nigerian", "filipino", "syrian", "ukrainian"]))
        if i == 1 and day in ("Wed",):
            d.line("<tr><td>%s</td><td colspan=\"3\">CLOSED — %s</td></tr>" % (day, r.choice(HOLIDAYS)))
            continue
        d.add("<tr><td>%s</td><td>" % day, L("PERSON", v.given), "</td><td>", L("PHONE", phone(r, "UK")), "</td><td>%s</td></tr>\n" % r.choice(["driver", "sorting", "front desk", "Dari interpreter"]))
    d.line("</table>")
    d.line("<p>Swaps: message the coordinator. Keys are with %s.</p>" % r.choice(["the Dorothy Day House office", "St Vincent de Paul pantry", "Mary Seacole Family Centre reception"]))


# ---------------------------------------------------------------- additional templates ------------------
@T("form_kyc_us", 2, "form")
def form_kyc_us(r, d, i):
    p = person(r, r.choice(["vietnamese", "somali", "nepali", "us", "haitian"]))
    st = r.choice(list(STATES))
    d.line("%s — Individual Development Account (IDA) — Member identity verification" % r.choice(["Riverbend Community Credit Union", "Lakeshore FCU"]))
    d.line("Referred by: New Roots Resettlement (matched-savings programme, grant ORR-IDA-%d)" % r.randint(2023, 2025))
    d.line("")
    d.line("Member name ........ ", L("PERSON", pname(r, p, "LAST, First")))
    d.line("Date of birth ...... ", L("DATE_OF_BIRTH", dob_value(r, 1960, 2004, "mdy/", allow_vague=(i == 1))[0]))
    d.line("SSN ................ ", L("US_SSN", ssn(r)))
    d.line("Primary ID ......... U.S. passport (naturalized %d), no. " % r.randint(2012, 2024), L("US_PASSPORT", passport(r, "US")))
    lay = r.randint(0, 1)
    if lay == 0:
        d.line("Secondary ID ....... Driver license, state of issue %s — " % st, L("DRIVER_LICENSE", driver_license(r, st)))
    else:
        d.line("Secondary ID ....... %s DL # " % STATES[st], L("DRIVER_LICENSE", driver_license(r, st)), " exp %s" % fdate(r, rdate(r, 2026, 2030), "mdy/"))
    d.line("Residential address  ", L("ADDRESS", addr_str(r, address(r, "US"))))
    d.line("Phone .............. ", L("PHONE", phone(r, "US")))
    d.line("Debit card issued .. ", L("CREDIT_CARD", card(r, "visa")) if i == 0 else "**** **** **** %s" % digits(r, 4))
    d.line("Old passport (pre-naturalization): %s passport no. " % (COUNTRY_NAME[ORIGIN_COUNTRY[p.origin]] if p.origin != "us" else "Canada"), L("PASSPORT", passport(r, ORIGIN_COUNTRY[p.origin] if p.origin != "us" else "CA")), " — retained copy")
    d.line("OFAC check: clear (ref %s)   Membership no.: %s   Share acct: %s-S%02d" % (_alnum(r, 10), digits(r, 8), digits(r, 8), r.randint(0, 9)))

@T("tsv_senior_pantry", 2, "tsv")
def tsv_senior_pantry(r, d, i):
    crow(d, ["CSFP #", "Last", "First", "DOB", "Medicare (MBI)", "Phone", "Box pickup", "Notes"], "\t")
    for k in range(r.randint(4, 6)):
        p = person(r, r.choice(["us", "us", "vietnamese", "honduran", "haitian", "ukrainian", "somali"]))
        mb = L("US_MBI", mbi(r)) if r.random() < 0.7 else r.choice(["", "pending", "none - Medicaid only"])
        note = r.choice(["", "", "home delivery", "proxy: daughter", "diabetic box"])
        if note == "diabetic box" and r.random() < 0.5:
            note = M("low sodium - ", L("DIAGNOSIS", "hypertension"))
        crow(d, [digits(r, 6), L("PERSON", p.family) if p.family else "", L("PERSON", p.given), L("DATE_OF_BIRTH", dob_value(r, 1935, 1962, "mdy/", allow_vague=False)[0]),
                 mb, L("PHONE", phone(r, "US")), r.choice(["2nd Tue", "3rd Thu", "delivery"]), note], "\t")

@T("csv_volunteer_drivers", 1, "csv")
def csv_volunteer_drivers(r, d, i):
    crow(d, ["volunteer", "state", "license_no", "license_exp", "mvr_check", "insurance", "cleared_to_drive"])
    for k in range(r.randint(4, 6)):
        p = person(r, r.choice(LOCAL_ORIGINS[:1] * 3 + ["vietnamese", "nigerian", "filipino"]))
        st = r.choice(list(STATES))
        crow(d, [L("PERSON", p.full), st, L("DRIVER_LICENSE", driver_license(r, st)), fdate(r, rdate(r, 2026, 2031), "mdy/"),
                 r.choice(["clear", "clear", "1 minor violation"]), r.choice(["State Farm", "GEICO", "Allstate", "Progressive"]), r.choice(["Y", "Y", "N - pending"])])

@T("ticket_donor_refund", 1, "ticket")
def ticket_donor_refund(r, d, i):
    p = person(r, r.choice(["uk", "irish", "german"]))
    d.line("Supporter care case SC-%s | Type: refund request | Opened by agent %s" % (digits(r, 6), _letters(r, 2).lower() + digits(r, 2)))
    d.add("Supporter: ", L("PERSON", p.full), " (", L("EMAIL", email_for(r, p)), ")\n")
    d.line("Summary: donated twice to the Eid appeal by mistake, wants one £%d gift refunded." % r.choice([25, 50, 100]))
    d.add("Agent note: supporter read out the card over the phone — ", L("CREDIT_CARD", card(r, r.choice(["mc", "visa", "amex"]))), " — DO NOT store, PCI breach logged (INC-%s).\n" % digits(r, 5))
    d.line("Refund processed to card ending %s on %s. Gift Aid claim reversed." % (digits(r, 4), fdate(r, rdate(r, 2025, 2025), "dmy/")))

@T("csv_inventory", 2, "csv")
def csv_inventory(r, d, i):
    crow(d, ["sku", "item", "category", "qty", "unit", "best_before", "location", "donor_batch"])
    for k in range(r.randint(6, 9)):
        crow(d, ["FB-%s-%04d" % (r.choice(["TIN", "DRY", "BAB", "HYG"]), r.randint(0, 9999)),
                 r.choice(["chickpeas 400g", "UHT milk 1L", "nappies size 4", "rice 1kg", "halal chicken tins", "sanitary pads", "tea bags 80", "baby formula stage 1", "Heinz beans 415g", "Kellogg's cornflakes"]),
                 r.choice(["tins", "dry goods", "baby", "hygiene"]), r.randint(0, 900), r.choice(["each", "case of 12", "kg"]),
                 fdate(r, rdate(r, 2025, 2027), "iso"), "Bay %s%d" % (r.choice("ABCD"), r.randint(1, 20)), r.choice(["Tesco collection", "Sainsbury's FareShare", "Harvest festival - St Aidan's", "Ben & Jerry's staff drive", "DN-%s" % digits(r, 5)])])

@T("chat_ops_bot", 2, "chat")
def chat_ops_bot(r, d, i):
    for tm in sorted(r.sample(range(7 * 60, 20 * 60), r.randint(5, 7))):
        t = "%02d:%02d" % (tm // 60, tm % 60)
        d.line("[%s] %s: %s" % (t, r.choice(["RotaBot", "VanTracker", "StockAlerts", "Scheduler"]), r.choice([
            "Van 2 (reg withheld) checked out for deliveries; 14 drops, route FB-R%d." % r.randint(1, 9),
            "Low stock: baby formula stage 1 (FB-BAB-%04d) below threshold." % r.randint(0, 9999),
            "Reminder: warehouse closed on %s." % r.choice(HOLIDAYS),
            "Shift gap: Thursday AM sorting (2 volunteers needed).",
            "Voucher batch VCH-%s synced: %d redeemed, %d expired." % (digits(r, 8), r.randint(10, 200), r.randint(0, 30)),
            "Deploy: rota-app %s live." % version_ip_like(r),
            "Temperature log fridge 2: %.1f°C OK." % r.uniform(2, 5)])))

@T("fhir_valueset", 1, "fhir_json")
def fhir_valueset(r, d, i):
    obj = {"resourceType": "ValueSet", "id": "refugee-screening-conditions", "status": "active", "version": version_ip_like(r),
           "description": "Conditions screened for in new-arrival health assessments (no patient data).",
           "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10", "concept": [
               {"code": "R76.11", "display": "Nonspecific reaction to tuberculin skin test"}, {"code": "B18.1", "display": "Chronic viral hepatitis B"},
               {"code": "F43.10", "display": "Post-traumatic stress disorder, unspecified"}, {"code": "D50.9", "display": "Iron deficiency anaemia"},
               {"code": "B78.9", "display": "Strongyloidiasis"}, {"code": "E11.9", "display": "Type 2 diabetes mellitus"}]}]}}
    jdump(d, obj, ind=2)
    d.add("\n")

@T("cn_blank_referral", 1, "clinical_note")
def cn_blank_referral(r, d, i):
    d.line("SUBSTANCE USE / MENTAL HEALTH REFERRAL — FORM SUD-01 (blank)")
    for lab in ["Client Name", "Date Of Birth", "MRN", "Medicaid ID", "Primary Diagnosis", "Current Medications", "Referring Worker", "Phone"]:
        d.line("%s: %s" % (lab, r.choice(["", "________", "[ ]"])))
    d.line("Screening tools attached: [ ] AUDIT  [ ] DAST-10  [ ] PHQ-9  [ ] GAD-7")
    d.line("Note: do not refer for 'depression' based on the PHQ-9 alone; a score of 10+ warrants clinical assessment.")

# ==========================================================================================================
# validation & main
# ==========================================================================================================
def norm_id(t, s):
    return s

def leak_scan(text, ents):
    covered = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            covered[k] = True
    probs = []
    def free(m):
        return not any(covered[m.start():m.end()])
    for m in re.finditer(r"(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])", text):
        s = m.group()
        if free(m) and card_ok(s) and re.sub(r"\D", "", s)[:1] in "3456" and len(re.sub(r"\D", "", s)) in (15, 16):
            probs.append(("card", s))
    for m in re.finditer(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", text):
        if free(m) and ssn_ok(m.group()):
            probs.append(("ssn", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if free(m) and iban_ok(m.group()):
            probs.append(("iban", m.group()))
    warns = []
    for m in re.finditer(r"(?<![\w.-])\d{3} ?\d{3} ?\d{4}(?![\w.-])", text):
        if free(m) and nhs_ok(m.group()):
            warns.append(("nhs", m.group()))
    for m in re.finditer(r"(?<![\w.-])[2-9]\d{3} ?\d{4} ?\d{4}(?![\w.-])", text):
        if free(m) and verhoeff_ok(m.group().replace(" ", "")):
            warns.append(("aadhaar", m.group()))
    return probs, warns

def validate(doc):
    text, ents = doc["text"], doc["entities"]
    assert doc["format"] in FORMATS, doc["format"]
    assert text.strip(), doc["id"]
    prev_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert e["type"] in LEVEL
        v = text[e["start"]:e["end"]]
        assert v and v == v.strip(), (doc["id"], e, repr(v))
        assert e["start"] >= prev_end, (doc["id"], "overlap", e)
        prev_end = e["end"]
        f = VALIDATORS.get(e["type"])
        if f:
            vv = v.replace("\\n", "").replace("\n", "")
            assert f(vv), (doc["id"], e["type"], v)
    lvl = max([LEVEL[e["type"]] for e in ents], default=1)
    assert doc["classification"] == LEVEL_NAME[lvl]
    fmt = doc["format"]
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for ln in text.splitlines():
            if ln.strip():
                json.loads(ln)
    if fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        widths = {len(x) for x in rows if x}
        assert len(widths) == 1, (doc["id"], widths)

def build():
    selftest()
    docs = []
    for name, count, fmt, fn in TEMPLATES:
        for n in range(count):
            r = random.Random("%s:%s:%d" % (SEED, name, n))
            d = Doc()
            fn(r, d, n)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([LEVEL[e["type"]] for e in ents], default=1)
            doc = {"id": "h20_%s-%d" % (name, n), "text": d.text(), "entities": ents, "classification": LEVEL_NAME[lvl], "format": fmt}
            validate(doc)
            probs, warns = leak_scan(doc["text"], ents)
            assert not probs, (doc["id"], probs)
            for w in warns:
                print("warning: %s unlabelled %s-valid run %r" % (doc["id"], w[0], w[1]), file=sys.stderr)
            docs.append(doc)
    ids = [x["id"] for x in docs]
    assert len(ids) == len(set(ids))
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return docs

def report(docs):
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for x in docs if not x["entities"]))
    for title, cnt in (("classification", Counter(x["classification"] for x in docs)),
                       ("format", Counter(x["format"] for x in docs)),
                       ("entity type", Counter(e["type"] for x in docs for e in x["entities"]))):
        print("\n%s:" % title)
        for k, v in cnt.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    report(build())
