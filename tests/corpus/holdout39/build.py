#!/usr/bin/env python3
"""holdout39 -- independent PII/PHI evaluation corpus, health-insurer systems.

Standard library only, deterministic. Written from the public contract (LABELS.md, entity list,
PRIOR_CORPUS.md prose) only.  Run:  python3 build.py
"""
import csv, io, json, random, re, sys, unicodedata, datetime
from collections import Counter

SEED = "holdout39/tarn-okapi-5108"
OUT = "/tmp/holdout39/holdout39.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT "
          "PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR "
          "DE_TAX_ID IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LVNAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary "
              "lab_report hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------------------------
# span-recording builder


class L:
    """A labelled value."""
    def __init__(self, typ, v):
        assert typ in LEVEL, typ
        self.typ, self.v = typ, v

    def __str__(self):
        return self.v


class M:
    """A string mixing plain text and labelled values (for JSON/CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts

    def __str__(self):
        return "".join(str(p) for p in self.parts)


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, *xs):
        for x in xs:
            if isinstance(x, L):
                self.ents.append({"type": x.typ, "start": self.n, "end": self.n + len(x.v)})
                self.buf.append(x.v)
                self.n += len(x.v)
            elif isinstance(x, M):
                self.t(*x.parts)
            elif x is None:
                continue
            else:
                x = str(x)
                self.buf.append(x)
                self.n += len(x)
        return self

    def text(self):
        return "".join(self.buf)


def jstr(d, x):
    """Write a JSON string literal for str/L/M, labelling inside the quotes."""
    d.t('"')
    parts = x.parts if isinstance(x, M) else (x,)
    for p in parts:
        if isinstance(p, L):
            e = json.dumps(p.v, ensure_ascii=False)[1:-1]
            assert e == p.v, ("label needs escaping", p.v)
            d.t(p)
        else:
            d.t(json.dumps(str(p), ensure_ascii=False)[1:-1])
    d.t('"')


def emit_json(d, obj, indent=2, lvl=0, compact=False):
    sp = "" if compact else "\n"
    pad = "" if compact else " " * (indent * (lvl + 1))
    endpad = "" if compact else " " * (indent * lvl)
    if isinstance(obj, (str, L, M)):
        jstr(d, obj)
    elif isinstance(obj, bool) or obj is None or isinstance(obj, (int, float)):
        d.t(json.dumps(obj))
    elif isinstance(obj, dict):
        if not obj:
            d.t("{}")
            return
        d.t("{" + sp)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(pad)
            jstr(d, k)
            d.t(": ")
            emit_json(d, v, indent, lvl + 1, compact)
            d.t(("," if i < len(items) - 1 else "") + ("" if compact else "\n") + ("" if not compact or i == len(items) - 1 else " "))
        d.t(endpad + "}")
    elif isinstance(obj, (list, tuple)):
        if not obj:
            d.t("[]")
            return
        d.t("[" + sp)
        for i, v in enumerate(obj):
            d.t(pad)
            emit_json(d, v, indent, lvl + 1, compact)
            d.t(("," if i < len(obj) - 1 else "") + ("" if compact else "\n") + ("" if not compact or i == len(obj) - 1 else " "))
        d.t(endpad + "]")
    else:
        raise TypeError(obj)


def csv_row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d.t(delim)
        s = str(c)
        if delim in s or '"' in s or "\n" in s:
            d.t('"')
            parts = c.parts if isinstance(c, M) else (c,)
            for p in parts:
                if isinstance(p, L):
                    assert '"' not in p.v
                    d.t(p)
                else:
                    d.t(str(p).replace('"', '""'))
            d.t('"')
        else:
            d.t(c)
    d.t("\n")


def kv(d, k, v, sep=": ", end="\n"):
    d.t(k, sep, v, end)

# ----------------------------------------------------------------------------------------------
# checksums (from public specifications)


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


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def nhs_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) != 10:
        return False
    tot = sum(ds[i] * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == ds[9]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    body = s[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and DNI_L[int(body) % 23] == s[-1]


def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])


def steuer_check(d10):
    prod = 10
    for c in d10:
        sm = (int(c) + prod) % 10
        if sm == 0:
            sm = 10
        prod = (2 * sm) % 11
    ck = 11 - prod
    return 0 if ck == 10 else ck


def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return steuer_check(s[:10]) == int(s[10])


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(s15):
    tot = 0
    for i, c in enumerate(s15):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def x12name(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper().replace("Ł", "L").replace("Đ", "D")


def ascii_up(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s.upper() if "A" <= c <= "Z")


def cf_make(family, given, dob, female, belfiore):
    def split(w):
        w = ascii_up(w)
        return [c for c in w if c not in "AEIOU"], [c for c in w if c in "AEIOU"]
    c, v = split(family)
    sur = (c + v + ["X"] * 3)[:3]
    c, v = split(given)
    if len(c) >= 4:
        nm = [c[0], c[2], c[3]]
    else:
        nm = (c + v + ["X"] * 3)[:3]
    day = dob.day + (40 if female else 0)
    s15 = "".join(sur) + "".join(nm) + "%02d" % (dob.year % 100) + "ABCDEHLMPRST"[dob.month - 1] + "%02d" % day + belfiore
    return s15 + cf_check(s15)


def sin_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 9 and ds[0] not in "08" and luhn_ok(ds)


def cpf_digits(d9):
    ds = [int(c) for c in d9]
    s1 = sum(ds[i] * (10 - i) for i in range(9))
    c1 = (s1 * 10) % 11 % 10
    ds.append(c1)
    s2 = sum(ds[i] * (11 - i) for i in range(10))
    c2 = (s2 * 10) % 11 % 10
    return "%d%d" % (c1, c2)


def cpf_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 11 and len(set(ds)) > 1 and cpf_digits(ds[:9]) == ds[9:]


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 2, 4, 1],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_gen(num):
    c = 0
    for i, x in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(x)]]
    return str(VINV[c])


def verhoeff_ok(num):
    num = "".join(ch for ch in num if ch.isdigit())
    c = 0
    for i, x in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(x)]]
    return c == 0


def aadhaar_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 12 and ds[0] not in "01" and verhoeff_ok(ds)


def nric_letter(pfx, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(a) * b for a, b in zip(d7, w))
    if pfx in "TG":
        tot += 4
    tbl = "JZIHGFEDCBA" if pfx in "ST" else "XWUTRQPNMLK"
    return tbl[tot % 11]


def nric_ok(s):
    return len(s) == 9 and s[0] in "STFG" and s[1:8].isdigit() and nric_letter(s[0], s[1:8]) == s[8]


MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    cls = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, k in zip(s, cls):
        if k == "C" and ch not in "123456789":
            return False
        if k == "A" and ch not in MBI_LET:
            return False
        if k == "N" and not ch.isdigit():
            return False
        if k == "AN" and not (ch.isdigit() or ch in MBI_LET):
            return False
    return True


def ssn_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    if len(ds) != 9:
        return False
    a, g, n = ds[:3], ds[3:5], ds[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


NINO_BAD1 = set("DFIQUV")
NINO_BAD2 = set("DFIQUVO")
NINO_BADP = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0].isalpha() and s[1].isalpha() and s[0] not in NINO_BAD1 and
            s[1] not in NINO_BAD2 and s[:2] not in NINO_BADP and s[2:8].isdigit() and s[8] in "ABCD")


# self-tests against published examples
assert nhs_ok("943 476 5919")
assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
assert dni_ok("12345678Z")
assert cpf_ok("111.444.777-35")
assert luhn_ok("046454286")
assert nric_ok("S1234567D")
assert cf_ok("RSSMRA85T10A562S")
assert cf_make("Rossi", "Mario", datetime.date(1985, 12, 10), False, "A562") == "RSSMRA85T10A562S"
assert verhoeff_gen("236") == "3" and verhoeff_ok("2363")
assert mbi_ok("1EG4-TE5-MK73")
assert steuer_ok("86095742719")
assert luhn_ok("4111111111111111")

VALIDATORS = {
    "CREDIT_CARD": lambda s: luhn_ok(s) and 13 <= len(re.sub(r"\D", "", s)) <= 19,
    "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok,
    "IT_FISCAL_CODE": cf_ok, "CA_SIN": sin_ok, "BR_CPF": cpf_ok, "IN_AADHAAR": aadhaar_ok, "SG_NRIC": nric_ok,
    "US_MBI": mbi_ok, "US_SSN": ssn_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
}

# ----------------------------------------------------------------------------------------------
# value generators (every function takes the document's rng)


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    if n >= 12 and luhn_ok(s):  # long random references are kept Luhn-invalid (hard negatives, not cards)
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def gen_ssn(r, sep="-"):
    while True:
        a = "%03d" % r.randint(1, 899)
        if a == "666":
            continue
        s = a + sep + "%02d" % r.randint(1, 99) + sep + "%04d" % r.randint(1, 9999)
        if s.replace(sep, "") not in ("123456789", "078051120"):
            return s


def bad_ssn(r):
    # issued-range violations: 9xx area, 000 area, 666, group 00
    k = r.randint(0, 3)
    if k == 0:
        return "9%02d-%02d-%04d" % (r.randint(0, 99), r.randint(1, 99), r.randint(1, 9999))
    if k == 1:
        return "000-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999))
    if k == 2:
        return "666-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999))
    return "%03d-00-%04d" % (r.randint(1, 665), r.randint(1, 9999))


CARD_PFX = [("visa", "4", 16), ("mc", "5", 16), ("mc2", "2", 16), ("amex", "3", 15), ("disc", "6011", 16)]


def gen_card(r, kind=None, sep=" "):
    kind = kind or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        p = "4" + digits(r, 5)
    elif kind == "mc":
        p = str(r.randint(51, 55)) + digits(r, 4)
    elif kind == "mc2":
        p = str(r.randint(2221, 2720)) + digits(r, 2)
    elif kind == "amex":
        p = r.choice(["34", "37"]) + digits(r, 4)
    else:
        p = "6011" + digits(r, 2)
    n = 15 if kind == "amex" else 16
    full = luhn_complete(p + digits(r, n - len(p) - 1))
    if kind == "amex":
        return sep.join([full[:4], full[4:10], full[10:]]) if sep is not None else full
    return sep.join(full[i:i + 4] for i in range(0, 16, 4)) if sep is not None else full


def bad_card(r, sep=" "):
    c = gen_card(r, "visa", "")
    last = str((int(c[-1]) + r.randint(1, 9)) % 10)
    c = c[:-1] + last
    assert not luhn_ok(c)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_iban(r, cc=None, spaced=True):
    cc = cc or r.choice(["DE", "GB", "IE", "PL", "UA", "NL", "ES", "FR"])
    if cc == "DE":
        b = digits(r, 18)
    elif cc == "GB":
        b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14)
    elif cc == "IE":
        b = r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 14)
    elif cc == "PL":
        b = digits(r, 24)
    elif cc == "UA":
        b = digits(r, 6) + "0000" + digits(r, 15)
    elif cc == "NL":
        b = r.choice(["ABNA", "INGB", "RABO"]) + digits(r, 10)
    elif cc == "ES":
        b = digits(r, 20)
    else:  # FR with RIB key
        bank, branch, acct = digits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        b = bank + branch + acct + "%02d" % key
    ib = iban_make(cc, b)
    assert iban_ok(ib)
    return spaced4(ib) if spaced else ib


def bad_iban(r):
    ib = gen_iban(r, spaced=False)
    d = ib[-1]
    ib = ib[:-1] + str((int(d) + 3) % 10)
    assert not iban_ok(ib)
    return spaced4(ib)


def gen_nhs(r, sep=" "):
    while True:
        d9 = digits(r, 9, True)
        tot = sum(int(d9[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = d9 + str(c)
        return sep.join([s[:3], s[3:6], s[6:]])


def bad_nhs(r):
    while True:
        s = digits(r, 10, True)
        if not nhs_ok(s):
            return " ".join([s[:3], s[3:6], s[6:]])


def gen_nino(r, spaced=True):
    L1 = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    L2 = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        p = r.choice(L1) + r.choice(L2)
        if p not in NINO_BADP:
            break
    d = digits(r, 6)
    s = r.choice("ABCD")
    out = p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s if spaced else p + d + s
    assert nino_ok(out)
    return out


def gen_dni(r, nie=False):
    if nie:
        p = r.choice("XYZ")
        n = digits(r, 7)
        return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
    n = "%08d" % r.randint(10000000, 79999999)
    return n + DNI_L[int(n) % 23]


def bad_dni(r):
    s = gen_dni(r)
    wrong = DNI_L[(DNI_L.index(s[-1]) + 5) % 23]
    return s[:-1] + wrong


def gen_nir(r, female, dob, spaced=True):
    dept = "%02d" % r.choice([75, 69, 13, 33, 59, 93, 31, 67, 99])
    body = ("2" if female else "1") + "%02d" % (dob.year % 100) + "%02d" % dob.month + dept + "%03d" % r.randint(1, 990) + "%03d" % r.randint(1, 999)
    key = 97 - int(body) % 97
    s = body + "%02d" % key
    if spaced:
        return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]])
    return s


def bad_nir(r, female, dob):
    s = gen_nir(r, female, dob, False)
    k = (int(s[13:]) + 7) % 97 or 11
    s = s[:13] + "%02d" % k
    assert not nir_ok(s)
    return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]])


def gen_steuer(r, spaced=False):
    while True:
        ds = list("0123456789")
        r.shuffle(ds)
        nine = ds[:9]
        dup = r.choice(nine)
        ten = nine + [dup]
        r.shuffle(ten)
        if ten[0] == "0":
            continue
        s = "".join(ten)
        s += str(steuer_check(s))
        if steuer_ok(s):
            return " ".join([s[:2], s[2:5], s[5:8], s[8:]]) if spaced else s


def bad_steuer(r):
    s = gen_steuer(r)
    s = s[:10] + str((int(s[10]) + 4) % 10)
    assert not steuer_ok(s)
    return s


def gen_sin(r, sep=" "):
    while True:
        s = luhn_complete(str(r.randint(1, 7)) + digits(r, 7))
        return sep.join([s[:3], s[3:6], s[6:]])


def bad_sin(r):
    s = gen_sin(r, "")
    s = s[:-1] + str((int(s[-1]) + 5) % 10)
    assert not sin_ok(s)
    return s[:3] + " " + s[3:6] + " " + s[6:]


def gen_cpf(r, fmt=True):
    while True:
        d9 = digits(r, 9)
        if len(set(d9)) > 1:
            break
    s = d9 + cpf_digits(d9)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


def bad_cpf(r):
    s = gen_cpf(r, False)
    s = s[:10] + str((int(s[10]) + 3) % 10)
    assert not cpf_ok(s)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def gen_aadhaar(r, sep=" "):
    b = str(r.randint(2, 9)) + digits(r, 10)
    s = b + verhoeff_gen(b)
    assert aadhaar_ok(s)
    return sep.join([s[:4], s[4:8], s[8:]])


def bad_aadhaar(r):
    b = str(r.randint(2, 9)) + digits(r, 10)
    c = (int(verhoeff_gen(b)) + 1 + r.randint(0, 7)) % 10
    s = b + str(c)
    assert not aadhaar_ok(s)
    return " ".join([s[:4], s[4:8], s[8:]])


def gen_nric(r, pfx=None):
    pfx = pfx or r.choice("STSTFG")
    d7 = digits(r, 7)
    return pfx + d7 + nric_letter(pfx, d7)


def bad_nric(r):
    s = gen_nric(r)
    tbl = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    return s[:8] + tbl[(tbl.index(s[8]) + 3) % 11]


def gen_mbi(r, dashed=None):
    A = MBI_LET
    AN = MBI_LET + "0123456789"
    s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice("0123456789") + r.choice(A) +
         r.choice(AN) + r.choice("0123456789") + r.choice(A) + r.choice(A) + digits(r, 2))
    if dashed is None:
        dashed = r.random() < 0.5
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


def gen_cf(r, family, given, dob, female):
    return cf_make(family, given, dob, female, r.choice(["H501", "F205", "F839", "L219", "Z602", "Z602", "Z404"]))


def bad_cf(r, family, given, dob, female):
    s = gen_cf(r, family, given, dob, female)
    return s[:15] + chr(65 + (ord(s[15]) - 65 + 7) % 26)


def gen_member_id(r, style=None):
    style = style if style is not None else r.randint(0, 6)
    if style == 0:
        return r.choice(["XJH", "YLW", "ZGP", "QMB", "HNX"]) + digits(r, 9)
    if style == 1:
        return r.choice("WUKH") + digits(r, 10)
    if style == 2:
        return "M" + digits(r, 8) + "-0" + str(r.randint(1, 4))
    if style == 3:
        return r.choice(["ZGQ", "BCX", "AHM"]) + "-" + digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 4)
    if style == 4:
        return digits(r, 9, True) + "*" + "0" + str(r.randint(1, 3)) if False else "9" + digits(r, 10)
    if style == 5:
        return "PR" + digits(r, 11)
    return r.choice(["CV", "HP", "MX"]) + digits(r, 7) + r.choice("ABCDEFGH")


def gen_mrn(r):
    k = r.randint(0, 4)
    if k == 0:
        return digits(r, 8, True)
    if k == 1:
        return "MR" + digits(r, 7)
    if k == 2:
        return "E" + digits(r, 9)
    if k == 3:
        return digits(r, 3, True) + "-" + digits(r, 2) + "-" + digits(r, 2)
    return "HX" + digits(r, 6) + "A"


def gen_us_passport(r):
    return digits(r, 9, True) if r.random() < 0.6 else r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)


PASSPORT_SHAPES = {
    "United Kingdom": lambda r: digits(r, 9, True),
    "Germany": lambda r: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "France": lambda r: "%02d" % r.randint(10, 24) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 5),
    "Canada": lambda r: r.choice(["AB", "GK", "HN", "AK", "P"]) + digits(r, 6),
    "Mexico": lambda r: r.choice("GNP") + digits(r, 8),
    "Philippines": lambda r: "P" + digits(r, 7) + r.choice("ABC"),
    "India": lambda r: r.choice("JKLMNPRSTUVWZ") + digits(r, 7),
    "China": lambda r: "E" + digits(r, 8) if r.random() < 0.5 else "EA" + digits(r, 7),
    "Korea": lambda r: "M" + digits(r, 8),
    "Nigeria": lambda r: "A" + digits(r, 8),
    "Ethiopia": lambda r: "EP" + digits(r, 7),
    "Somalia": lambda r: "P" + digits(r, 8),
    "Haiti": lambda r: r.choice(["RD", "PP"]) + digits(r, 7),
    "Dominican Republic": lambda r: "SC" + digits(r, 7),
    "Colombia": lambda r: "AU" + digits(r, 6),
    "Venezuela": lambda r: "1" + digits(r, 8),
    "Brazil": lambda r: r.choice(["FX", "GA", "FT"]) + digits(r, 6),
    "Poland": lambda r: r.choice(["EA", "EC", "EK", "ER"]) + digits(r, 7),
    "Ukraine": lambda r: r.choice(["FA", "FE", "GC", "EK"]) + digits(r, 6),
    "Russia": lambda r: "7" + digits(r, 1) + " " + digits(r, 7),
    "Ireland": lambda r: r.choice(["PA", "PB", "PD", "LH"]) + digits(r, 7),
    "Vietnam": lambda r: r.choice("CBN") + digits(r, 7),
}

PASSPORT_LABEL = {
    "United Kingdom": "Passport number", "Germany": "Reisepass-Nr.", "France": "N° de passeport",
    "Canada": "Passport No. / N° de passeport", "Mexico": "Número de pasaporte", "Philippines": "Passport No.",
    "India": "Passport No.", "China": "护照号码 Passport No.", "Korea": "여권번호 Passport No.",
    "Nigeria": "Passport Number", "Ethiopia": "Passport No.", "Somalia": "Lambarka baasaboorka",
    "Haiti": "Nimewo paspò", "Dominican Republic": "No. de pasaporte", "Colombia": "Pasaporte No.",
    "Venezuela": "Pasaporte N°", "Brazil": "Nº do passaporte", "Poland": "Numer paszportu",
    "Ukraine": "Номер паспорта / Passport No.", "Russia": "Номер загранпаспорта", "Ireland": "Passport No.",
    "Vietnam": "Số hộ chiếu",
}

# US driver-licence shapes by state
DL_SHAPES = {
    "California": ("CA", lambda r: r.choice("ABDFGNSY") + digits(r, 7)),
    "Florida": ("FL", lambda r: r.choice("BDGHLMPRSW") + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 1)),
    "Texas": ("TX", lambda r: digits(r, 8, True)),
    "New York": ("NY", lambda r: digits(r, 3, True) + " " + digits(r, 3) + " " + digits(r, 3)),
    "Illinois": ("IL", lambda r: r.choice("ABGMRS") + digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 4)),
    "Pennsylvania": ("PA", lambda r: digits(r, 2, True) + " " + digits(r, 3) + " " + digits(r, 3)),
    "New Jersey": ("NJ", lambda r: r.choice("ABDMRS") + digits(r, 4) + " " + digits(r, 5) + " " + digits(r, 5)),
    "Michigan": ("MI", lambda r: r.choice("BDKLMS") + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)),
    "Ohio": ("OH", lambda r: r.choice(["RK", "TS", "SP", "UH"]) + digits(r, 6)),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))),
    "Georgia": ("GA", lambda r: "0" + digits(r, 8)),
    "Arizona": ("AZ", lambda r: r.choice("ABDS") + digits(r, 8)),
    "Massachusetts": ("MA", lambda r: "S" + digits(r, 8)),
    "Minnesota": ("MN", lambda r: r.choice("BCFKLM") + digits(r, 12)),
    "Virginia": ("VA", lambda r: r.choice("ATX") + digits(r, 2) + "-" + digits(r, 2) + "-" + digits(r, 4)),
    "Maryland": ("MD", lambda r: r.choice("BKMS") + "-" + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3)),
    "North Carolina": ("NC", lambda r: "0000" + digits(r, 8)),
    "Puerto Rico": ("PR", lambda r: digits(r, 7, True)),
    "Colorado": ("CO", lambda r: digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 4)),
    "Alaska": ("AK", lambda r: digits(r, 7, True)),
}


def gen_dl(r, state=None):
    state = state or r.choice(sorted(DL_SHAPES))
    code, f = DL_SHAPES[state]
    return state, code, f(r)


def gen_dob(r, lo=1938, hi=2021):
    while True:
        try:
            return datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 31))
        except ValueError:
            pass


def gen_date(r, y0=2024, y1=2026):
    return gen_dob(r, y0, y1)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fdate(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "x12":
        return d.strftime("%Y%m%d")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "short":
        return "%02d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def rdate(r, d, styles=("us", "iso", "long", "short", "dash")):
    return fdate(d, r.choice(styles))

# ----------------------------------------------------------------------------------------------
# people: hand-written given/family lists per origin (m given | f given | family; "a/b" = m/f family form)
ORIGINS = {
    "us": ("Tyrell Wyatt Cody Dwayne Garrett Brody Jamal Earl Colton Rusty",
           "Kayleigh Latoya Brittani Shelby Madisyn Tamika Lorene Jolene Breanna Darlene",
           "Whitaker Holcomb Pruitt Birdsong McAllister Yazzie Begay Tillman Grubbs Washington Kowalczyk Drummond"),
    "pr": ("Yadiel Wilfredo Ramón Jeancarlos Edwin Luis_Ángel Heriberto",
           "Yaritza Marisol Zuleika Nilsa Yesenia Aidaliz Glorimar",
           "Rivera_Colón Santiago_Ortiz Oquendo Maldonado Quiñones Báez Figueroa_Rosado Vázquez"),
    "mx": ("Cuauhtémoc Jesús Rigoberto Uriel Eliseo Fidencio",
           "Xóchitl Guadalupe Itzel Nayeli Citlali Rosalba",
           "Hernández_Tlacuilo Zúñiga Ramírez Tapia Cervantes Ochoa Huerta_Gallardo"),
    "qc": ("Marc-André Étienne Jean-François Rosaire Benoît Yannick",
           "Geneviève Maëlle Josée Marie-Ève Ginette Noémie",
           "Tremblay Bouchard-Lévesque Ouellet Gagnon Thibodeau Bélanger St-Onge"),
    "ph": ("Arnel Jericho Rodrigo Bienvenido Rommel Jhunrey",
           "Maricel Rowena Lorna Jennylyn Precious Marites",
           "Dela_Cruz Macapagal Dimaculangan Pangilinan Bautista Villanueva Sumalinog Manalastas"),
    "in": ("Venkatesh Sathish Harpreet Mohammed_Irfan Prasanna Gurcharan",
           "Anusha Lakshmi Devika Harleen Shreya Kavitha",
           "Subramaniam Chakraborty Kulkarni Venkataraman Gill Reddy Bhattacharjee Nambiar"),
    "vn": ("Hùng Tuấn Quang Minh_Khoa Đức Bảo",
           "Thị_Lan Thu_Hà Ngọc_Ánh Phương Thảo Hồng_Nhung",
           "Nguyễn Trần Phạm Huỳnh Võ Đặng Lê"),
    "cn": ("Jianhua Zihan Haoran Guoqiang Wei Yuxuan",
           "Meiling Xiuying Yutong Shuang Jingyi Lihua",
           "Zhang Liu Ouyang Xu Gao Zhao Situ"),
    "kr": ("Min-jun Ji-hoon Hyun-woo Dong-hyun Sung-min",
           "Seo-yeon Eun-ji Ha-eun Ji-woo Soo-ah",
           "Kim Park Choi Jeong Hwang Seo Yoon"),
    "ng": ("Chukwuemeka Oluwaseun Abubakar Babatunde Ikechukwu Olumide",
           "Ngozi Folasade Adaeze Chiamaka Hadiza Oluwakemi",
           "Okonkwo Adeyemi Balogun Nwachukwu Abdullahi Oyelaran-Ogunleye Eze Onyekachi"),
    "et": ("Tesfaye Yohannes Dawit Getachew Mulugeta",
           "Meseret Abebech Tigist Selamawit Hiwot",
           "Gebremedhin Wolde-Giorgis Haile Alemayehu Bekele Tsegaye"),
    "so": ("Abdirahman Liban Mohamed Abdiwali Guled",
           "Hodan Farhiya Ayaan Sahra Ifrah",
           "Warsame Hirsi Cabdullahi Jama Farah Mahamud"),
    "ht": ("Jean-Robert Fritznel Jocelyn Wilner Lesly",
           "Marie-Carmelle Wideline Nadège Guerda Roseline",
           "Pierre-Louis Jean-Baptiste Dorsainvil Célestin Louissaint Saint-Fleur"),
    "do": ("Yeuris Wander Radhamés Anyelo Franklin",
           "Yokasta Altagracia Ruth_Esther Yahaira Dilcia",
           "Pichardo De_la_Cruz Nuñez Peralta Almonte Guzmán"),
    "co": ("Yeferson Andrés_Felipe Deiver Jhon_Jairo Juan_Esteban",
           "Valentina María_Camila Yorbelis Leidy Daniela",
           "Restrepo Ocampo Quintero Villamizar Rengifo Manrique Arbeláez"),
    "ve": ("Yorman Jesús_Alberto Wuilmer Yonathan Reinaldo",
           "Yusmary Oriana Yelitza Marielvis Rosángela",
           "Villamizar Guaramato Briceño Colmenares Urdaneta Peñaloza"),
    "br": ("João_Pedro Caio Gustavo Thiago Edvaldo",
           "Thaís Luana Gisele Conceição Raimunda",
           "dos_Santos_Ferreira Nascimento Guimarães da_Silva Albuquerque Magalhães"),
    "pl": ("Grzegorz Wojciech Krzysztof Przemysław Jędrzej",
           "Małgorzata Agnieszka Zofia Bożena Jadwiga",
           "Wiśniewski/Wiśniewska Wójcik Dąbrowski/Dąbrowska Brzęczyszczykiewicz Szczepański/Szczepańska Kaczmarek"),
    "ua": ("Oleksandr Bohdan Mykola Taras Yaroslav",
           "Olena Yaroslava Iryna Oksana Solomiia",
           "Shevchenko Kovalenko Hrytsenko Bondarchuk Tkachuk Melnyk"),
    "ru": ("Dmitriy Sergei Vsevolod Arkadiy Timofei",
           "Yekaterina Anastasia Lyudmila Svetlana Varvara",
           "Sokolov/Sokolova Vorobyov/Vorobyova Zaitsev/Zaitseva Kuznetsov/Kuznetsova Belyaev/Belyaeva"),
    "de": ("Jürgen Lukas Hans-Peter Detlef Malte",
           "Annegret Friederike Hannelore Wiebke Jördis",
           "Großmann von_der_Heydt Schmitz Pfeiffer Müller-Lüdenscheidt Oberbeck"),
    "ie": ("Seán Pádraig Eoghan Cathal Donnchadh",
           "Aoife Siobhán Caoimhe Gráinne Niamh",
           "Ó_Súilleabháin/Ní_Shúilleabháin Mac_Cárthaigh/Nic_Cárthaigh O'Driscoll Breathnach Fitzgerald"),
    "uk": ("Gareth Nigel Callum Rhodri Alistair",
           "Rhiannon Imogen Harriet Bethan Priya",
           "Featherstonehaugh Ashworth Pritchard Okafor-Smith Llewellyn Threlfall"),
}
SYL = ["ka", "zo", "vri", "tul", "men", "osh", "bra", "quel", "ny", "dar", "ix", "fen", "lo", "gwa", "thi", "rup", "sel", "ova"]


def invented(r, n=None):
    n = n or r.randint(2, 3)
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()


class Person:
    def __init__(self, r, origin=None, female=None):
        self.origin = origin or r.choice(sorted(ORIGINS))
        self.female = r.random() < 0.5 if female is None else female
        gm, gf, fam = ORIGINS[self.origin]
        g = r.choice((gf if self.female else gm).split()).replace("_", " ")
        f = r.choice(fam.split())
        if "/" in f:
            f = f.split("/")[1 if self.female else 0]
        f = f.replace("_", " ")
        if r.random() < 0.1:
            g = invented(r)
        if r.random() < 0.1:
            f = invented(r)
        self.given, self.family = g, f
        self.mi = r.choice("ABCDEGJKLMRST") if r.random() < 0.3 else ""
        self.dob = gen_dob(r, 1938, 2006)

    def full(self):
        return self.given + (" " + self.mi + "." if self.mi else "") + " " + self.family

    def plain(self):
        return self.given + " " + self.family

    def lastfirst(self):
        return self.family + ", " + self.given

    def caps_lf(self):
        return self.family.upper() + ", " + self.given.upper()


def P(s):
    return L("PERSON", s)


def name_any(r, p):
    k = r.randint(0, 3)
    return [p.full(), p.plain(), p.lastfirst(), p.caps_lf()][k]


def email_for(r, p, domain=None):
    base = ascii_up(p.given).lower()[:8] or "member"
    fam = ascii_up(p.family).lower()[:10] or "x"
    local = r.choice([base + "." + fam, base[0] + fam, fam + base[:2] + str(r.randint(1, 99)), base + "_" + fam + str(p.dob.year % 100)])
    domain = domain or r.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
                                 "aol.com", "yahoo.com.mx", "gmail.com", "wp.pl", "ukr.net", "mail.ru", "web.de",
                                 "eircom.net", "btinternet.com", "naver.com", "qq.com", "uol.com.br", "rediffmail.com"])
    return local + "@" + domain


US_AREAS = ["312", "773", "617", "213", "305", "713", "206", "404", "602", "503", "612", "973", "517", "215",
            "804", "410", "704", "505", "907", "207", "614", "916", "718", "347", "813"]


def gen_phone(r, cc=None, style=None):
    cc = cc or "US"
    s = style if style is not None else r.randint(0, 4)
    if cc in ("US", "PR", "CA", "DO"):
        area = {"US": r.choice(US_AREAS), "PR": r.choice(["787", "939"]), "CA": r.choice(["416", "514", "604", "613", "902"]),
                "DO": r.choice(["809", "829", "849"])}[cc]
        ex = str(r.randint(2, 9)) + digits(r, 2)
        if ex[1:] == "11" or ex == "555":
            ex = "46" + ex[2]
        ln = digits(r, 4)
        return ["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "+1 %s %s %s" % (area, ex, ln),
                "%s.%s.%s" % (area, ex, ln), "1-%s-%s-%s" % (area, ex, ln)][s % 5]
    intl = s % 2 == 0
    if cc == "MX":
        n = r.choice(["55", "33", "81"]) + digits(r, 8)
        return "+52 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "PH":
        n = "9" + r.choice(["17", "18", "27", "98", "05"]) + digits(r, 7)
        return "+63 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "IN":
        n = r.choice("6789") + digits(r, 9)
        return "+91 %s %s" % (n[:5], n[5:]) if intl else "0%s-%s" % (n[:5], n[5:])
    if cc == "VN":
        n = r.choice(["90", "91", "98", "97", "86"]) + digits(r, 7)
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        n = "1" + r.choice(["38", "39", "50", "86", "58"]) + digits(r, 8)
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:]) if intl else "%s-%s-%s" % (n[:3], n[3:7], n[7:])
    if cc == "KR":
        n = digits(r, 8)
        return "+82 10-%s-%s" % (n[:4], n[4:]) if intl else "010-%s-%s" % (n[:4], n[4:])
    if cc == "NG":
        n = r.choice(["803", "806", "813", "705", "903"]) + digits(r, 7)
        return "+234 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "ET":
        n = "91" + digits(r, 7)
        return "+251 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "SO":
        n = r.choice(["61", "62", "90"]) + digits(r, 7)
        return "+252 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "HT":
        n = r.choice(["34", "37", "38", "47"]) + digits(r, 6)
        return "+509 %s %s %s" % (n[:2], n[2:4], n[4:])
    if cc == "CO":
        n = "3" + r.choice(["00", "10", "15", "20"]) + digits(r, 7)
        return "+57 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "VE":
        n = r.choice(["412", "414", "424", "416"]) + digits(r, 7)
        return "+58 %s-%s" % (n[:3], n[3:]) if intl else "0%s-%s" % (n[:3], n[3:])
    if cc == "BR":
        n = r.choice(["11", "21", "31", "71"]) + "9" + digits(r, 8)
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        n = r.choice(["50", "60", "69", "79", "88"]) + digits(r, 7)
        return "+48 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "UA":
        n = r.choice(["67", "50", "63", "93", "97"]) + digits(r, 7)
        return "+380 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if intl else "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc == "RU":
        n = "9" + r.choice(["16", "03", "26", "85"]) + digits(r, 7)
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "DE":
        n = r.choice(["151", "160", "170", "176"]) + digits(r, 8)
        return "+49 %s %s" % (n[:3], n[3:]) if intl else "0%s %s" % (n[:3], n[3:])
    if cc == "IE":
        n = r.choice(["83", "85", "86", "87"]) + digits(r, 7)
        return "+353 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "GB":
        n = "7" + r.choice(["700", "911", "400", "825"]) + digits(r, 6)
        return "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
    raise ValueError(cc)


ORIGIN_CC = {"us": "US", "pr": "PR", "mx": "MX", "qc": "CA", "ph": "PH", "in": "IN", "vn": "VN", "cn": "CN",
             "kr": "KR", "ng": "NG", "et": "ET", "so": "SO", "ht": "HT", "do": "DO", "co": "CO", "ve": "VE",
             "br": "BR", "pl": "PL", "ua": "UA", "ru": "RU", "de": "DE", "ie": "IE", "uk": "GB"}
CC_COUNTRY = {"US": "United States", "PR": "Puerto Rico", "MX": "Mexico", "CA": "Canada", "PH": "Philippines",
              "IN": "India", "VN": "Vietnam", "CN": "China", "KR": "Korea", "NG": "Nigeria", "ET": "Ethiopia",
              "SO": "Somalia", "HT": "Haiti", "DO": "Dominican Republic", "CO": "Colombia", "VE": "Venezuela",
              "BR": "Brazil", "PL": "Poland", "UA": "Ukraine", "RU": "Russia", "DE": "Germany", "IE": "Ireland",
              "GB": "United Kingdom"}

US_CITIES = [("Chicago", "IL", "606"), ("Houston", "TX", "770"), ("Tampa", "FL", "336"), ("Phoenix", "AZ", "850"),
             ("Columbus", "OH", "432"), ("Minneapolis", "MN", "554"), ("Worcester", "MA", "016"), ("Newark", "NJ", "071"),
             ("Lansing", "MI", "489"), ("Decatur", "GA", "300"), ("Tacoma", "WA", "984"), ("Fresno", "CA", "937"),
             ("Bronx", "NY", "104"), ("Allentown", "PA", "181"), ("Richmond", "VA", "232"), ("Silver Spring", "MD", "209"),
             ("Durham", "NC", "277"), ("Albuquerque", "NM", "871"), ("Anchorage", "AK", "995"), ("Lewiston", "ME", "042"),
             ("Kissimmee", "FL", "347"), ("Lowell", "MA", "018"), ("St. Paul", "MN", "551"), ("El Paso", "TX", "799")]
US_STREETS = ["Maple Ridge Dr", "N Kedzie Ave", "Old Post Rd", "Calumet Ct", "Martin Luther King Jr Blvd",
              "E 149th St", "Cedar Hollow Ln", "SW Tamarack Way", "Kalorama Rd NW", "Vineland Ave", "Pawtucket Blvd",
              "Rue Orleans St", "Beechwood Terrace", "County Road 12", "W Bethany Home Rd", "Lake St"]


def us_street(r):
    s = "%d %s" % (r.randint(2, 9899), r.choice(US_STREETS))
    u = r.random()
    if u < 0.2:
        s += " Apt %d%s" % (r.randint(1, 24), r.choice("ABCD"))
    elif u < 0.3:
        s += " #%d" % r.randint(100, 2400)
    elif u < 0.38:
        s += ", Unit %d" % r.randint(1, 40)
    return s


def addr_lines(r, cc="US"):
    """Return (street_line, list_of_lines_after_street)."""
    if cc == "US":
        c, st, z = r.choice(US_CITIES)
        return us_street(r), ["%s, %s %s%02d" % (c, st, z, r.randint(1, 99))]
    if cc == "PR":
        return r.choice(["Urb. Villa Carolina, Calle %d Bloque %d #%d" % (r.randint(1, 99), r.randint(1, 200), r.randint(1, 40)),
                         "Cond. Torres del Parque Apt %d" % r.randint(101, 1804),
                         "%d Calle Loíza" % r.randint(1, 2400)]), [r.choice(["Carolina, PR 00983", "San Juan, PR 00907", "Bayamón, PR 00961", "Ponce, PR 00716"])]
    if cc == "MX":
        return "Av. Insurgentes Sur %d, Int. %d" % (r.randint(100, 3000), r.randint(1, 40)), ["Col. Crédito Constructor, Benito Juárez", "03940 Ciudad de México, CDMX"]
    if cc == "CA":
        if r.random() < 0.5:
            return "%d rue Beaubien Est, app. %d" % (r.randint(100, 9000), r.randint(1, 12)), ["Montréal (Québec) H2G 1N2"]
        return "%d Wellesley St E, Unit %d" % (r.randint(10, 400), r.randint(101, 2900)), ["Toronto, ON M4Y 1H4"]
    if cc == "PH":
        return "Blk %d Lot %d Phase 2, Brgy. San Isidro" % (r.randint(1, 40), r.randint(1, 60)), ["Antipolo City, 1870 Rizal"]
    if cc == "IN":
        return "Flat %d, Sai Krupa Apartments, 5th Cross, Indiranagar" % r.randint(101, 909), ["Bengaluru 560038, Karnataka"]
    if cc == "VN":
        return "Số %d ngõ 45 phố Hào Nam, Ô Chợ Dừa" % r.randint(1, 120), ["Đống Đa, Hà Nội 115000"]
    if cc == "CN":
        return "Room %d, Building %d, %d Lane 1200 Zhangyang Road" % (r.randint(101, 2808), r.randint(1, 20), r.randint(1, 200)), ["Pudong New Area, Shanghai 200135"]
    if cc == "KR":
        return "Apt %d-%d, 25 Olympic-ro 35-gil" % (r.randint(101, 130), r.randint(101, 2504)), ["Songpa-gu, Seoul 05510"]
    if cc == "NG":
        return "%d Adeola Odeku Street, Victoria Island" % r.randint(1, 90), ["Lagos 101241"]
    if cc == "ET":
        return "House No. %d, Woreda 03, Bole Sub-City" % r.randint(100, 2400), ["Addis Ababa 1000"]
    if cc == "SO":
        return "House %d, Maka Al Mukarama Road, Hodan District" % r.randint(1, 300), ["Mogadishu"]
    if cc == "HT":
        return "%d Rue Capois" % r.randint(1, 120), ["Port-au-Prince HT6110"]
    if cc == "DO":
        return "Calle El Conde #%d, Zona Colonial" % r.randint(1, 400), ["Santo Domingo 10210"]
    if cc == "CO":
        return "Carrera 43A # %d-%d, Apto %d" % (r.randint(1, 99), r.randint(1, 120), r.randint(101, 1504)), ["Medellín, Antioquia 050021"]
    if cc == "VE":
        return "Av. Francisco de Miranda, Edif. Parque Cristal, Piso %d" % r.randint(1, 14), ["Caracas 1060"]
    if cc == "BR":
        return "Rua Augusta, %d, apto %d" % (r.randint(10, 2900), r.randint(11, 190)), ["Consolação, São Paulo - SP", "01304-001"]
    if cc == "PL":
        return "ul. Marszałkowska %d m. %d" % (r.randint(1, 140), r.randint(1, 120)), ["00-514 Warszawa"]
    if cc == "UA":
        return "vul. Khreshchatyk %d, kv. %d" % (r.randint(1, 50), r.randint(1, 140)), ["Kyiv 01001"]
    if cc == "RU":
        return "ul. Tverskaya, d. %d, kv. %d" % (r.randint(1, 30), r.randint(1, 200)), ["Moskva 125009"]
    if cc == "DE":
        return r.choice(["Hauptstraße %d%s" % (r.randint(1, 120), r.choice(["", "a", "b"])), "Am Kupfergraben %d" % r.randint(1, 9)]), [r.choice(["69117 Heidelberg", "10117 Berlin", "50667 Köln"])]
    if cc == "IE":
        return "Apt %d, %d Clanbrassil Street Upper" % (r.randint(1, 20), r.randint(1, 80)), ["Dublin 8", "D08 Y2E7"]
    if cc == "GB":
        return "Flat %d, %d Heathcote Road" % (r.randint(1, 12), r.randint(1, 140)), ["Headingley, Leeds", "LS6 3AB"]
    raise ValueError(cc)


def addr_one(r, cc="US"):
    s, rest = addr_lines(r, cc)
    return ", ".join([s] + rest)


def addr_multi(r, cc="US", sep="\n"):
    s, rest = addr_lines(r, cc)
    return sep.join([s] + rest)


def gen_ip(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv", "pub", "v6"])
    if kind == "doc":
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if kind == "priv":
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])
    if kind == "pub":
        return "%d.%d.%d.%d" % (r.choice([24, 73, 98, 142, 186, 41, 102, 177, 81, 91]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))


def version4(r):
    # four-part build versions; some have every part <= 255 so they look exactly like IPv4 literals
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 99), r.randint(100, 9999) if r.random() < 0.6 else r.randint(1, 254))


def claim_no(r):
    return r.choice(["CLM", "C", "26"]) + digits(r, 2) + r.choice(["A", "B", "Q", "-"]) + digits(r, 8)


def auth_no(r):
    return r.choice(["PA-", "UM", "AUTH#"]) + "2026" + digits(r, 6)


def npi(r):
    # NPI: Luhn over 80840 prefix; forced to fail NHS mod 11 so it is unambiguous
    while True:
        base = r.choice("12") + digits(r, 8)
        for c in "0123456789":
            if luhn_ok("80840" + base + c):
                s = base + c
                break
        if not nhs_ok(s):
            return s


def ein(r):
    return "%02d-%07d" % (r.randint(10, 98), r.randint(1000000, 9999999))


def group_no(r):
    return r.choice(["GRP-", "G", ""]) + digits(r, 6) + r.choice(["", "-001", "-010"])


def money(r, lo=10, hi=9000):
    return "$%s" % format(round(r.uniform(lo, hi), 2), ",.2f")


DX = ["type 2 diabetes mellitus", "chronic kidney disease stage 3b", "major depressive disorder, recurrent",
      "rheumatoid arthritis", "congestive heart failure", "hepatitis C", "multiple sclerosis",
      "generalized anxiety disorder", "COPD", "sickle cell disease", "HIV infection", "obstructive sleep apnea",
      "lumbar radiculopathy", "Crohn's disease", "bipolar I disorder", "opioid use disorder", "breast cancer",
      "atrial fibrillation", "psoriatic arthritis", "end-stage renal disease",
      "schizophrenia", "asthma", "morbid obesity", "plaque psoriasis", "osteoarthritis of the right knee",
      "hypothyroidism", "tuberculosis", "alcohol use disorder", "post-traumatic stress disorder", "epilepsy",
      "non-small cell lung cancer", "chronic migraine", "hypertension"]
MEDS = ["metformin", "Ozempic", "adalimumab", "Humira", "buprenorphine-naloxone", "Suboxone", "insulin glargine",
        "apixaban", "Eliquis", "sertraline", "lisinopril", "atorvastatin", "Biktarvy", "sofosbuvir-velpatasvir",
        "ocrelizumab", "quetiapine", "levothyroxine", "Dupixent", "semaglutide", "tirzepatide", "Trulicity",
        "gabapentin", "lamotrigine", "hydroxyurea", "albuterol", "Stelara", "methotrexate", "pembrolizumab",
        "naltrexone", "Vivitrol", "CPAP supplies"]
MEDS = MEDS[:-1]
DX_ICD = {"type 2 diabetes mellitus": "E11.9", "chronic kidney disease stage 3b": "N18.32", "major depressive disorder, recurrent": "F33.9",
          "rheumatoid arthritis": "M06.9", "congestive heart failure": "I50.9", "hepatitis C": "B18.2", "multiple sclerosis": "G35",
          "generalized anxiety disorder": "F41.1", "COPD": "J44.9", "sickle cell disease": "D57.1", "HIV infection": "B20",
          "obstructive sleep apnea": "G47.33", "lumbar radiculopathy": "M54.16", "Crohn's disease": "K50.90", "bipolar I disorder": "F31.9",
          "opioid use disorder": "F11.20", "breast cancer": "C50.911", "atrial fibrillation": "I48.91", "psoriatic arthritis": "L40.50",
          "gestational diabetes": "O24.419", "end-stage renal disease": "N18.6", "schizophrenia": "F20.9", "asthma": "J45.909",
          "morbid obesity": "E66.01", "plaque psoriasis": "L40.0", "osteoarthritis of the right knee": "M17.11", "hypothyroidism": "E03.9",
          "tuberculosis": "A15.9", "alcohol use disorder": "F10.20", "post-traumatic stress disorder": "F43.10", "epilepsy": "G40.909",
          "non-small cell lung cancer": "C34.90", "chronic migraine": "G43.709", "hypertension": "I10"}
# (diagnosis, drug requested, sig, drug tried first)
RX_PAIRS = [("type 2 diabetes mellitus", "Ozempic", "1 mg SC weekly", "metformin"), ("rheumatoid arthritis", "adalimumab", "40 mg SC q2wk", "methotrexate"),
            ("opioid use disorder", "Suboxone", "8 mg/2 mg SL film BID", "naltrexone"), ("HIV infection", "Biktarvy", "1 tab PO daily", None),
            ("hepatitis C", "sofosbuvir-velpatasvir", "400/100 mg PO daily x 12 wk", None), ("multiple sclerosis", "ocrelizumab", "600 mg IV q6mo", "glatiramer"),
            ("atrial fibrillation", "Eliquis", "5 mg PO BID", "warfarin"), ("major depressive disorder, recurrent", "sertraline", "100 mg PO daily", "fluoxetine"),
            ("plaque psoriasis", "Stelara", "45 mg SC q12wk", "methotrexate"), ("sickle cell disease", "hydroxyurea", "1000 mg PO daily", None),
            ("non-small cell lung cancer", "pembrolizumab", "200 mg IV q3wk", None), ("morbid obesity", "tirzepatide", "5 mg SC weekly", "phentermine"),
            ("Crohn's disease", "Humira", "40 mg SC q2wk", "budesonide"), ("bipolar I disorder", "quetiapine", "300 mg PO qHS", "lithium"),
            ("epilepsy", "lamotrigine", "100 mg PO BID", "levetiracetam"), ("alcohol use disorder", "Vivitrol", "380 mg IM monthly", "acamprosate")]
CPT = ["99214", "72148", "97110", "90837", "J0135", "J9271", "E0601", "27447", "70553", "G0299", "96413", "81220"]
ICD = ["E11.9", "N18.32", "F33.1", "M06.9", "I50.9", "B18.2", "G35", "F41.1", "J44.9", "D57.1", "B20", "G47.33",
       "M54.16", "K50.90", "F31.9", "F11.20", "C50.911", "I48.91", "Z00.00", "M17.11"]
NDC = ["00169-4132-12", "0074-0554-02", "50090-5743-0", "0002-1506-80", "61958-2501-1", "0003-0894-21"]
COMPANIES = ["Johnson & Johnson", "Eli Lilly and Company", "Bristol Myers Squibb", "Walgreens", "Morgan Stanley",
             "Hewlett Packard Enterprise", "Dr. Martens", "Ben & Jerry's", "Wells Fargo", "Procter & Gamble",
             "Kaiser Permanente", "Baxter International", "Abbott Laboratories", "Lowe's", "Goldman Sachs"]
HOLIDAYS = ["Martin Luther King Jr. Day", "Juneteenth", "Presidents' Day", "Columbus Day", "Cesar Chavez Day",
            "St. Patrick's Day", "Thanksgiving Day", "Día de los Reyes"]
PLANS = ["Bronze HSA 7050", "Silver Select 87 CSR", "Gold PPO 1500", "Medicare Advantage HMO-POS (H4471-012)",
         "Medicaid Managed Care – CHIP", "Dual Special Needs Plan (D-SNP)", "Global Expat Plus", "Platinum EPO 250"]
INSURER = ["Cardinal Ridge Health Plan", "Bluewater Mutual Health", "Tessellate Health Insurance Co.",
           "Meridiana Salud (Puerto Rico)", "Lakeshore Community Health Plan"]

# ----------------------------------------------------------------------------------------------
# templates
TEMPLATES = []


def tpl(name, fmt, count):
    def deco(f):
        TEMPLATES.append((name, fmt, count, f))
        return f
    return deco


def home_cc(r, p, us_bias=0.65):
    if p.origin == "pr":
        return "PR"
    if r.random() < us_bias:
        return "US"
    return ORIGIN_CC[p.origin]


def id_for_country(r, cc, p):
    """A national identifier matching the member's country: (label, L or None)."""
    if cc == "GB":
        return r.choice([("NHS number", L("UK_NHS_NUMBER", gen_nhs(r))), ("National Insurance No.", L("UK_NATIONAL_INSURANCE_NUMBER", gen_nino(r)))])
    if cc == "DE":
        return ("Steuerliche Identifikationsnummer", L("DE_TAX_ID", gen_steuer(r, r.random() < 0.4)))
    if cc == "BR":
        return ("CPF", L("BR_CPF", gen_cpf(r)))
    if cc == "IN":
        return ("Aadhaar No.", L("IN_AADHAAR", gen_aadhaar(r)))
    if cc == "CA":
        return ("SIN / NAS", L("CA_SIN", gen_sin(r, r.choice([" ", "-"]))))
    if cc in ("CO", "VE"):
        return ("NIE (España)", L("ES_DNI", gen_dni(r, nie=True)))
    if cc in ("US", "PR"):
        return ("SSN", L("US_SSN", gen_ssn(r)))
    return (None, None)


# ---------------------------------------------------------------- forms / KYC

@tpl("f_enrol", "form", 3)
def f_enrol(r, i, d):
    ins = r.choice(INSURER)
    sub = Person(r)
    cc = home_cc(r, sub, 1.0)
    d.t(ins.upper(), "\nINDIVIDUAL & FAMILY ENROLLMENT APPLICATION — ", r.choice(["2027 OPEN ENROLLMENT", "SPECIAL ENROLLMENT PERIOD", "MID-YEAR CHANGE"]), "\n")
    d.t("Form IFP-100 (rev. 09/2026)    Page 1 of 3\n\n")
    d.t("SECTION 1  PRIMARY APPLICANT\n")
    d.t("Last Name: ", P(sub.family), "        First Name: ", P(sub.given), "      M.I.: ", sub.mi or "__", "\n")
    d.t("Date of Birth (MM/DD/YYYY): ", L("DATE_OF_BIRTH", fdate(sub.dob, "us")), "     Sex: ", "F" if sub.female else "M", "\n")
    if cc in ("US", "PR"):
        d.t("Social Security Number: ", L("US_SSN", gen_ssn(r, r.choice(["-", " "]))), "\n")
    else:
        d.t("Social Security Number: ", r.choice(["N/A – not yet issued", "applied for", "—"]), "\n")
    s, rest = addr_lines(r, cc)
    d.t("Home Address: ", L("ADDRESS", ", ".join([s] + rest)), "\n")
    d.t("Mailing address same as home?  [X] Yes  [ ] No\n")
    d.t("Primary Phone: ", L("PHONE", gen_phone(r, cc if cc in ("US", "PR") else ORIGIN_CC[sub.origin])), "    Email: ", L("EMAIL", email_for(r, sub)), "\n")
    d.t("Preferred language: ", r.choice(["English", "Español", "Kreyòl ayisyen", "Tiếng Việt", "Af-Soomaali", "Polski", "Tagalog"]), "\n")
    if r.random() < 0.5:
        st, code, num = gen_dl(r)
        d.t("Photo ID type: Driver License   Issuing State: ", st, "   ID Number: ", L("DRIVER_LICENSE", num), "\n")
    d.t("\nSECTION 2  DEPENDENTS TO BE COVERED\n")
    d.t("#  Relationship   Name                          DOB          SSN\n")
    for k in range(r.randint(1, 3)):
        dep = Person(r, sub.origin)
        dep.family = sub.family
        dep.dob = gen_dob(r, 2005, 2025)
        rel = r.choice(["Child", "Child", "Spouse", "Stepchild"])
        if rel == "Spouse":
            dep.dob = gen_dob(r, 1960, 2000)
        nm = dep.given + " " + dep.family
        d.t("%d  %-13s  " % (k + 1, rel), P(nm), " " * max(1, 30 - len(nm)), L("DATE_OF_BIRTH", fdate(dep.dob, "us")), "   ")
        if r.random() < 0.6 and cc in ("US", "PR"):
            d.t(L("US_SSN", gen_ssn(r)), "\n")
        else:
            d.t("XXX-XX-%04d (on file)\n" % r.randint(1, 9999))
    d.t("\nSECTION 3  PLAN SELECTION\n")
    d.t("Plan: ", r.choice(PLANS), "    Group Number: ", group_no(r), "\n")
    d.t("Monthly premium: ", money(r, 80, 1400), "   APTC applied: ", money(r, 0, 900), "\n")
    d.t("Do any applicants use tobacco? [ ] Yes [X] No\n")
    d.t("\nSignature: /s/ ", P(sub.plain()), "     Date Signed: ", fdate(gen_date(r), "us"), "\n")
    d.t("Broker/Agent: ", r.choice(["none", "Self-enrolled via portal"]), "   Agent NPN: ", digits(r, 8, True), "\n")


@tpl("f_autopay", "form", 3)
def f_autopay(r, i, d):
    m = Person(r)
    cc = home_cc(r, m, 0.5)
    d.t("PREMIUM PAYMENT AUTHORIZATION  /  AUTORIZACIÓN DE PAGO DE PRIMA\n")
    d.t("=" * 64, "\n")
    d.t("Subscriber name / Nombre del suscriptor ........ ", P(m.full()), "\n")
    d.t("Member ID / Núm. de miembro .................... ", L("HEALTH_PLAN_ID", gen_member_id(r)), "\n")
    d.t("Billing address ................................ ", L("ADDRESS", addr_one(r, cc)), "\n")
    d.t("Daytime phone .................................. ", L("PHONE", gen_phone(r, cc)), "\n")
    method = i % 3
    if method == 0:
        d.t("\n[X] Credit / debit card     [ ] Bank draft (ACH)\n")
        holder = m if r.random() < 0.7 else Person(r, m.origin)
        d.t("Cardholder name: ", P(holder.plain().upper()), "\n")
        d.t("Card number: ", L("CREDIT_CARD", gen_card(r, sep=r.choice([" ", "-", ""]))), "    Exp: %02d/%02d   CVV: ***\n" % (r.randint(1, 12), r.randint(27, 31)))
        d.t("Card currently on file: ending in %04d (will be replaced)\n" % r.randint(1, 9999))
    elif method == 1:
        d.t("\n[ ] Credit / debit card     [X] Bank draft — international (SEPA)\n")
        d.t("Account holder: ", P(m.plain()), "\n")
        d.t("IBAN: ", L("IBAN", gen_iban(r, r.choice(["DE", "PL", "IE", "NL", "FR", "ES"]), spaced=r.random() < 0.7)), "   BIC: ", r.choice(["DEUTDEFF", "BREXPLPW", "AIBKIE2D", "INGBNL2A", "BNPAFRPP"]), "\n")
        d.t("Previous IBAN (closed, do not use): ", bad_iban(r), "\n")
    else:
        d.t("\n[ ] Credit / debit card     [X] UK Direct Debit (expatriate plan, GBP)\n")
        d.t("Name(s) of account holder(s): ", P(m.plain()), "\n")
        sc = "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))
        d.t("Bank/building society sort code and account number: ", L("UK_BANK_ACCOUNT", sc + " " + digits(r, 8)), "\n")
        d.t("Service user number: ", digits(r, 6), "   Reference: ", "PREM" + digits(r, 8), "\n")
    d.t("\nDraft day: the ", r.choice(["1st", "5th", "15th"]), " of each month. US routing/account numbers are never printed on this copy.\n")
    d.t("Authorized signature: ____________________   Date: ", fdate(gen_date(r), r.choice(["us", "eu"])), "\n")


@tpl("f_intl_kyc", "form", 5)
def f_intl_kyc(r, i, d):
    orig = ["uk", "br", "in", "de", "ve", "qc"][i % 6] if r.random() < 0.8 else r.choice(["pl", "ua", "ng", "kr", "cn", "ph", "ie", "et", "vn", "ht", "ru", "so", "mx", "do"])
    m = Person(r, orig)
    cc = ORIGIN_CC[orig]
    country = CC_COUNTRY[cc]
    d.t("GLOBAL EXPAT PLUS — MEMBER IDENTITY VERIFICATION (KYC)\nCase ref: KYC-", digits(r, 7), "   Reviewer queue: INTL-ONBOARD\n\n")
    d.t("Full legal name (as in passport): ", P(m.plain().upper()), "\n")
    d.t("Date of birth: ", L("DATE_OF_BIRTH", fdate(m.dob, r.choice(["eu", "de", "iso", "short"]))), "\n")
    d.t("Nationality: ", country, "\n")
    d.t(PASSPORT_LABEL[country], ": ", L("PASSPORT", PASSPORT_SHAPES[country](r)), "\n")
    d.t("Passport expiry: ", fdate(gen_date(r, 2027, 2035), "iso"), "   Issuing authority: ", {"GB": "HM Passport Office", "DE": "Bundesdruckerei", "BR": "Polícia Federal", "IN": "Passport Seva, MEA", "IE": "Passport Service, DFA",
                                                                                         "CA": "IRCC", "VE": "SAIME", "PL": "Wojewoda Mazowiecki", "UA": "DMS Ukraine"}.get(cc, "Ministry of Foreign Affairs"), "\n")
    lab, val = natl_id(r, cc, m, i // 6)
    if not isinstance(val, str):
        d.t(lab, ": ", val, "\n")
        blab, bval = bad_natl(r, cc, m)
        d.t("Earlier submission rejected (check digit failed): ", blab, " ", bval, "\n")
    if cc == "BR" and r.random() < 0.7:
        d.t("Codice fiscale (cittadinanza italiana): ", L("IT_FISCAL_CODE", gen_cf(r, m.family, m.given, m.dob, m.female)), "\n")
    d.t("Residential address (home country):\n")
    d.t(L("ADDRESS", addr_multi(r, cc)), "\n")
    d.t("Mobile: ", L("PHONE", gen_phone(r, cc)), "\n")
    d.t("E-mail: ", L("EMAIL", email_for(r, m)), "\n")
    if r.random() < 0.5:
        ctry2 = r.choice(["France", "Germany"])
        if ctry2 == "France":
            d.t("Numéro de sécurité sociale (France, ancien emploi): ", L("FR_NIR", gen_nir(r, m.female, m.dob)), "\n")
        else:
            d.t("Steuer-ID (Arbeitgeber in Deutschland): ", L("DE_TAX_ID", gen_steuer(r)), "\n")
    if r.random() < 0.4:
        d.t("Singapore regional office pass: FIN ", L("SG_NRIC", gen_nric(r, r.choice("FG"))), "\n")
    d.t("\nDocument check: MRZ parsed OK; face match score 0.93; liveness PASS\n")
    d.t("Decision: ", r.choice(["APPROVED", "APPROVED WITH CONDITIONS", "REFER – address proof older than 90 days"]), "\n")


@tpl("f_cred", "form", 3)
def f_cred(r, i, d):
    doc = Person(r)
    st, code, num = gen_dl(r)
    d.t("PRACTITIONER CREDENTIALING APPLICATION — CAQH-style summary\n")
    d.t("Network: ", r.choice(INSURER), " Commercial / Medicare Advantage / Medicaid\n\n")
    d.t("1. Practitioner\n   Name: ", P(doc.full()), ", ", r.choice(["MD", "DO", "NP", "LCSW", "PA-C", "DPM"]), "\n")
    d.t("   Date of birth: ", L("DATE_OF_BIRTH", fdate(gen_dob(r, 1955, 1992), "us")), "\n")
    d.t("   SSN: ", L("US_SSN", gen_ssn(r)), "\n")
    d.t("   Individual NPI: ", npi(r), "    DEA: ", r.choice("ABFM") + ascii_up(doc.family)[0] + digits(r, 7), "\n")
    d.t("   State medical license: ", code, " ", r.choice(["MD", "LIC", "A"]), digits(r, 6), " (exp. ", fdate(gen_date(r, 2027, 2028), "us"), ")\n")
    d.t("   Government photo ID: ", st, " driver's license ", L("DRIVER_LICENSE", num), "\n")
    d.t("   Home address: ", L("ADDRESS", addr_one(r, "US")), "\n")
    d.t("   Cell: ", L("PHONE", gen_phone(r, "US")), "   Personal e-mail: ", L("EMAIL", email_for(r, doc)), "\n")
    d.t("2. Practice location\n   Group: ", r.choice(["Northside Family Medicine, LLC", "Clínica Comunitaria del Valle", "Baxter Behavioral Health PLLC"]), "\n")
    d.t("   Group NPI: ", npi(r), "   Tax ID (EIN): ", ein(r), "\n")
    d.t("   Office: ", L("ADDRESS", addr_one(r, "US")), "\n")
    d.t("   Office phone: ", L("PHONE", gen_phone(r, "US")), "   Fax: ", L("PHONE", gen_phone(r, "US")), "\n")
    d.t("3. Malpractice carrier: ", r.choice(["The Doctors Company", "MedPro Group", "ProAssurance"]), "  Policy ", "MP-" + digits(r, 8), "\n")
    d.t("4. Attestation questions: any license action? No.  Any health condition affecting practice? No.\n")


@tpl("f_blank", "form", 3)
def f_blank(r, i, d):
    title = ["MEMBER ENROLLMENT CHANGE FORM", "COORDINATION OF BENEFITS QUESTIONNAIRE", "AUTHORIZATION TO DISCLOSE HEALTH INFORMATION"][i % 3]
    d.t(r.choice(INSURER), "\n", title, " (BLANK — print and complete in ink)\n\n")
    for lab in ["Member Name", "Member ID Number", "Date Of Birth", "Social Security Number", "Home Address",
                "City / State / ZIP", "Phone Number", "Email Address", "Driver License Number", "Passport Number",
                "Medicare Number (MBI)", "Diagnosis Or Reason For Request", "Medication Name"]:
        d.t(lab, ": ", r.choice(["______________________", "[                    ]", "........................"]), "\n")
    d.t("\nExample (do not copy): Member Name: JOHN DOE TEST   Member ID: XJH000000000   DOB: 01/01/1900   SSN: XXX-XX-XXXX\n")
    d.t("Mail to: Enrollment Operations, P.O. Box ", digits(r, 5, True), ". Questions? Call the number on the back of your ID card.\n")
    d.t("Form ", r.choice(["ENR-", "COB-", "ROI-"]), digits(r, 3), " Rev. ", fdate(gen_date(r, 2023, 2026), "us"), "  OMB No. 0938-1191\n")


@tpl("f_cob", "form", 2)
def f_cob(r, i, d):
    m = Person(r, r.choice(["qc", "us", "pr", "do"]))
    d.t("COORDINATION OF BENEFITS — OTHER COVERAGE UPDATE\n\n")
    d.t("Member: ", P(m.full()), "   Member ID: ", L("HEALTH_PLAN_ID", gen_member_id(r)), "   DOB: ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), "\n")
    d.t("Do you have other health coverage?  YES\n")
    d.t("Other carrier: ", r.choice(["Medicare Part A & B", "Régie de l'assurance maladie du Québec", "TRICARE Select"]), "\n")
    if r.random() < 0.6:
        d.t("Medicare Beneficiary Identifier: ", L("US_MBI", gen_mbi(r)), "   Part A effective: ", fdate(gen_date(r, 2019, 2025), "us"), "\n")
    sp = Person(r, m.origin)
    d.t("Policyholder of other plan: ", P(sp.plain()), " (spouse)   Policyholder DOB: ", L("DATE_OF_BIRTH", fdate(sp.dob, "us")), "\n")
    d.t("Other plan subscriber ID: ", L("HEALTH_PLAN_ID", gen_member_id(r)), "   Group #: ", group_no(r), "\n")
    d.t("Employer: ", r.choice(COMPANIES), " (active employee)\n")
    if m.origin == "qc":
        d.t("Canadian Social Insurance Number (for cross-border claims): ", L("CA_SIN", gen_sin(r)), "\n")
    d.t("Signature on file. Received ", fdate(gen_date(r), "us"), " via fax.\n")


@tpl("f_pa_fax", "form", 3)
def f_pa_fax(r, i, d):
    m = Person(r)
    doc = Person(r)
    dx, med, sig, tried = r.choice(RX_PAIRS)
    d.t("*** FAX ***  PHARMACY PRIOR AUTHORIZATION REQUEST  —  page 1/4\n")
    d.t("To: Utilization Management   Fax: ", L("PHONE", gen_phone(r, "US", 1)), "\n")
    d.t("From: ", r.choice(["Dr. ", ""]), P(doc.plain()), "   NPI ", npi(r), "   Phone ", L("PHONE", gen_phone(r, "US", 0)), "\n")
    d.t("-" * 60, "\n")
    d.t("PATIENT NAME: ", P(m.caps_lf()), "\n")
    d.t("MEMBER ID: ", L("HEALTH_PLAN_ID", gen_member_id(r)), "     GROUP: ", group_no(r), "\n")
    d.t("DOB: ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), "\n")
    d.t("DRUG REQUESTED: ", L("MEDICATION", med), " ", sig, "\n")
    d.t("DIAGNOSIS: ", L("DIAGNOSIS", dx), "  ICD-10: ", DX_ICD[dx], "\n")
    if tried:
        d.t("PREVIOUS THERAPIES TRIED/FAILED: ", L("MEDICATION", tried), " x ", str(r.randint(3, 16)), " weeks – inadequate response\n")
    else:
        d.t("PREVIOUS THERAPIES TRIED/FAILED: none (first-line per guideline)\n")
    d.t("URGENT? [ ] yes [X] no     Auth # (plan use only): ", auth_no(r), "\n")
    d.t("CONFIDENTIALITY NOTICE: this fax may contain protected health information...\n")

# ---------------------------------------------------------------- clinical

NEG_LINES = [
    "No history of {dx}.", "Denies chest pain, denies suicidal ideation.", "{DX} ruled out on prior workup.",
    "Family history of {dx} (mother) — member herself/himself unaffected.",
    "Screening for {dx} was negative.",
]


@tpl("c_um_note", "clinical_note", 4)
def c_um_note(r, i, d):
    m = Person(r)
    rn = Person(r)
    md = Person(r)
    dx, med, _sig, _tried = r.choice(RX_PAIRS)
    dx2 = r.choice([x for x in DX if x != dx])
    neg = r.choice([x for x in DX if x not in (dx, dx2)])
    m.dob = gen_dob(r, 1940, 2004)
    svc = r.choice([("MRI lumbar spine w/o contrast", "72148"), ("Inpatient rehab admission", "—"),
                    ("Home CPAP titration", "E0601"), ("Total knee arthroplasty, right", "27447"),
                    ("Outpatient psychotherapy, 24 visits", "90837")])
    d.t("UM CASE NOTE — ", auth_no(r), "   Type: ", r.choice(["Prior auth", "Concurrent review", "Retro review"]), "\n")
    d.t("Reviewer: ", P(rn.plain()), ", RN  |  Date: ", fdate(gen_date(r), "us"), "\n")
    d.t("Member: ", P(m.full()), "  (", L("HEALTH_PLAN_ID", gen_member_id(r)), ")  DOB ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), "\n")
    if r.random() < 0.6:
        d.t("Facility MRN: ", L("MEDICAL_RECORD_NUMBER", gen_mrn(r)), "   Facility: ", r.choice(["St. Brigid Regional", "Hospital Auxilio Mutuo", "Lakeview General"]), "\n")
    d.t("Requesting provider: ", r.choice(["Dr. ", ""]), P(md.plain()), ", NPI ", npi(r), "\n\n")
    d.t("Request: ", svc[0], " (", svc[1], ").\n")
    d.t("Clinical summary: ", "%d-year-old with " % (2026 - m.dob.year), L("DIAGNOSIS", dx), " and ", L("DIAGNOSIS", dx2),
        ". Currently on ", L("MEDICATION", med), "; ", r.choice(["adherent per pharmacy claims", "PDC 0.62 over 6 months", "recently titrated"]), ". ")
    d.t(r.choice(NEG_LINES).format(dx=neg, DX=neg[0].upper() + neg[1:]), " ")
    d.t(r.choice(["Conservative therapy x 6 weeks documented (PT notes attached).",
                  "Provider notes the backlog of requests is 'a real headache' — not clinically relevant.",
                  "Literature cited by provider: adults with {x} showed improved outcomes in a 2019 RCT.".format(x=r.choice(DX))]), "\n")
    d.t("Criteria: ", r.choice(["InterQual 2026 Imaging – met", "MCG 29th ed. – not met (no red flags)", "Plan policy MP-" + digits(r, 3) + " – met"]), "\n")
    d.t("Determination: ", r.choice(["APPROVED 1 unit, valid 60 days", "PEND for peer-to-peer", "DENIED – not medically necessary; appeal rights mailed"]), "\n")
    if r.random() < 0.5:
        d.t("P2P scheduled with ", r.choice(["Dr. "]), P(Person(r).family), " (medical director) ", fdate(gen_date(r), "us"), " 2:30 PM ET.\n")


@tpl("c_nurse_line", "clinical_note", 3)
def c_nurse_line(r, i, d):
    m = Person(r, r.choice(["ht", "so", "vn", "pr", "mx", "et", "ua", "us", "ng"]))
    cc = home_cc(r, m, 0.9)
    lang = {"ht": "Haitian Creole", "so": "Somali", "vn": "Vietnamese", "pr": "Spanish", "mx": "Spanish",
            "et": "Amharic", "ua": "Ukrainian", "us": "English", "ng": "English"}[m.origin]
    dx, med, _s, _t = r.choice(RX_PAIRS)
    d.t("24/7 NURSE ADVICE LINE — CALL RECORD\n")
    d.t("Call ID ", digits(r, 10), "   Start ", fdate(gen_date(r), "iso"), "T0", str(r.randint(0, 9)), ":", "%02d" % r.randint(0, 59), "Z   Interpreter: ", lang, " (ID ", digits(r, 5), ")\n")
    d.t("Caller: ", P(m.plain()), r.choice([" (self)", " (parent of member)", " (member)"]), "  Callback: ", L("PHONE", gen_phone(r, cc)), "\n")
    d.t("Member DOB: ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), "   Member ID ", L("HEALTH_PLAN_ID", gen_member_id(r)), "\n\n")
    comp, proto = r.choice([("fever 38.9 C x 2 days and productive cough", "Cough"), ("dizziness after new dose", "Dizziness"),
                            ("blood glucose readings 320-380 since Sunday", "Diabetes – High Blood Sugar"), ("worsening shortness of breath on exertion", "Breathing Difficulty")])
    d.t("S: Caller reports ", comp, ". Known ", L("DIAGNOSIS", dx), ". Takes ", L("MEDICATION", med), " daily. ")
    d.t("Denies ", r.choice(["chest pain", "loss of consciousness", "blood in stool"]), ".\n")
    d.t("O: n/a (telephonic). Protocol: Schmitt-Thompson ", proto, ".\n")
    d.t("A: Disposition ", r.choice(["See PCP within 24 h", "Go to ED now", "Home care with callback"]), ".\n")
    d.t("P: Care advice given; caller verbalized understanding. Referred to case management (", P(Person(r).plain()), ", RN).\n")
    d.t("Note: caller says the week was 'a total nightmare', not a clinical finding.\n")


@tpl("c_discharge", "discharge_summary", 3)
def c_discharge(r, i, d):
    m = Person(r)
    att = Person(r)
    dx, newmed, _s, _t = r.choice(RX_PAIRS)
    dx2 = r.choice([x for x in DX if x != dx])
    home = r.sample(["lisinopril", "atorvastatin", "levothyroxine", "metformin", "gabapentin", "albuterol", "sertraline", "apixaban", "insulin glargine"], 2)
    meds = [home[0], newmed, home[1]]
    adm = gen_date(r)
    d.t(r.choice(["ST. BRIGID REGIONAL MEDICAL CENTER", "HOSPITAL AUXILIO MUTUO", "LAKEVIEW GENERAL HOSPITAL"]), "\nDISCHARGE SUMMARY  (received with claim ", claim_no(r), ")\n\n")
    d.t("Patient: ", P(m.caps_lf()), "        MRN: ", L("MEDICAL_RECORD_NUMBER", gen_mrn(r)), "\n")
    d.t("DOB: ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), "    Payer: ", r.choice(INSURER), "  Member #", L("HEALTH_PLAN_ID", gen_member_id(r)), "\n")
    d.t("Admitted: ", fdate(adm, "us"), "   Discharged: ", fdate(adm + datetime.timedelta(days=r.randint(2, 9)), "us"), "\n")
    d.t("Attending: ", P(att.plain()), ", MD\n\n")
    d.t("PRINCIPAL DIAGNOSIS: ", L("DIAGNOSIS", dx), "\nSECONDARY: ", L("DIAGNOSIS", dx2), "; ", r.choice(["pulmonary embolism – ruled out", "no evidence of sepsis", "r/o ACS – troponins negative x3"]), "\n\n")
    d.t("HOSPITAL COURSE: The patient was admitted via the ED and treated per protocol. ")
    d.t("Home ", L("MEDICATION", meds[0]), " was held on admission and resumed at discharge. Started on ", L("MEDICATION", meds[1]), ".\n\n")
    d.t("DISCHARGE MEDICATIONS:\n  1. ", L("MEDICATION", meds[0]), " – continue\n  2. ", L("MEDICATION", meds[1]), " – new\n  3. ", L("MEDICATION", meds[2]), " – as previously prescribed\n\n")
    d.t("FOLLOW-UP: PCP in 7 days; case manager ", P(Person(r).plain()), " to call member at ", L("PHONE", gen_phone(r, "US")), ".\n")
    d.t("Electronically signed ", fdate(adm, "iso"), " 16:42 — page 1 of 1\n")


@tpl("c_lab", "lab_report", 3)
def c_lab(r, i, d):
    m = Person(r)
    doc = Person(r)
    d.t(r.choice(["QUESTAR REFERENCE LABS", "LABORATORIO CLÍNICO BORINQUEN", "NORTHSTAR PATHOLOGY"]), "           CLIA ", digits(r, 2), "D", digits(r, 7), "\n")
    d.t("Accession: ", "A" + digits(r, 9), "      Collected: ", fdate(gen_date(r), "us"), " 07:15\n")
    d.t("Patient: ", P(m.caps_lf()), "      DOB: ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), "   Sex: ", "F" if m.female else "M", "\n")
    d.t("Patient ID (MRN): ", L("MEDICAL_RECORD_NUMBER", gen_mrn(r)), "   Insurance ID: ", L("HEALTH_PLAN_ID", gen_member_id(r)), "\n")
    dx = r.choice(DX)
    d.t("Ordering: ", P(doc.plain()), ", MD    Dx: ", L("DIAGNOSIS", dx), " (", DX_ICD[dx], ")\n\n")
    d.t("%-28s %-10s %-8s %-14s\n" % ("TEST", "RESULT", "FLAG", "REF RANGE"))
    tests = [("Hemoglobin A1c", "%.1f %%" % r.uniform(5, 11), "H", "4.0-5.6 %"), ("eGFR (CKD-EPI 2021)", str(r.randint(18, 95)), "L", ">59 mL/min"),
             ("LDL cholesterol", str(r.randint(60, 210)), "", "<100 mg/dL"), ("TSH", "%.2f" % r.uniform(0.2, 9), "", "0.45-4.5 mIU/L"),
             ("HCV RNA, quant", r.choice(["Not detected", "1,250,000 IU/mL"]), "", "Not detected")]
    for t in r.sample(tests, 4):
        d.t("%-28s %-10s %-8s %-14s\n" % t)
    d.t("\nMethod version 4.2.10.118; instrument SN ", digits(r, 8), ". Reference ranges per CLSI EP28.\n")
    d.t("Report released to payer for HEDIS supplemental data.\n")


@tpl("c_hl7", "hl7", 4)
def c_hl7(r, i, d):
    ts = fdate(gen_date(r), "x12") + "%02d%02d" % (r.randint(0, 23), r.randint(0, 59))
    if i == 3:
        d.t("MSH|^~\\&|CLAIMSHUB|TESSELLATE|EHR|STBRIGID|", ts, "||ACK^A04^ACK|", digits(r, 10), "|P|2.5.1\r")
        d.t("MSA|AA|", digits(r, 10), "|Message accepted\r")
        return
    m = Person(r)
    ins = Person(r, m.origin)
    sa, rest = addr_lines(r, "US" if r.random() < 0.8 else "PR")
    city_line = rest[0]
    city, stzip = city_line.split(", ")
    st, zp = stzip.split(" ")
    evt = ["ADT^A04", "ADT^A08", "ORU^R01"][i % 3]
    sep = "\r" if r.random() < 0.5 else "\n"
    d.t("MSH|^~\\&|EPIC|STBRIGID|ELIG|", r.choice(["TESSELLATE", "CARDINALRIDGE"]), "|", ts, "||", evt, "|", digits(r, 9), "|P|2.5.1", sep)
    d.t("EVN|", evt[4:], "|", ts, sep)
    d.t("PID|1||", L("MEDICAL_RECORD_NUMBER", gen_mrn(r)), "^^^STB^MR~", digits(r, 9), "^^^TESS^PI||",
        P(m.family.upper() + "^" + m.given.upper() + ("^" + m.mi if m.mi else "")), "||", L("DATE_OF_BIRTH", fdate(m.dob, "x12")), "|", "F" if m.female else "M",
        "|||", L("ADDRESS", sa.upper() + "^^" + city.upper() + "^" + st + "^" + zp), "^USA||", L("PHONE", gen_phone(r, "US", 0)), sep)
    d.t("PV1|1|", r.choice(["O", "I", "E"]), "|", r.choice(["MED^412^A", "ED^^", "CLIN^^"]), "||||", npi(r), "^", P(Person(r).family.upper()), "^", Person(r).given.upper() if False else "", sep)
    if evt == "ORU^R01":
        d.t("OBR|1|", digits(r, 8), "|", digits(r, 8), "|4548-4^Hemoglobin A1c^LN|||", ts, sep)
        d.t("OBX|1|NM|4548-4^Hemoglobin A1c^LN||", "%.1f" % r.uniform(6, 11), "|%|4.0-5.6|H|||F", sep)
        d.t("DG1|1||E11.65^^I10|", L("DIAGNOSIS", "Type 2 diabetes mellitus with hyperglycemia"), "||F", sep)
    else:
        dx = r.choice(DX)
        d.t("DG1|1||", DX_ICD[dx], "^^I10|", L("DIAGNOSIS", dx), "||A", sep)
        d.t("IN1|1|", r.choice(["GLD1500", "SLV87"]), "|", digits(r, 5), "|", r.choice(INSURER).upper(), "|||", group_no(r), "|||||", fdate(gen_date(r, 2025, 2026), "x12"), "||",
            "|", P(ins.family.upper() + "^" + ins.given.upper()), "|", r.choice(["01", "18"]), "|", L("DATE_OF_BIRTH", fdate(ins.dob, "x12")),
            "|||||||||||||||||", L("HEALTH_PLAN_ID", gen_member_id(r)), sep)


@tpl("c_fhir", "fhir_json", 3)
def c_fhir(r, i, d):
    m = Person(r)
    cc = home_cc(r, m, 0.8)
    sa, rest = addr_lines(r, cc)
    dx = r.choice(DX)
    refuted = r.choice([x for x in DX if x != dx])
    med = r.choice(MEDS)
    pid = "pat-" + digits(r, 6)
    given = [P(m.given)] + ([P(m.mi)] if m.mi else [])
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": fdate(gen_date(r), "iso") + "T12:00:00Z",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": pid,
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", gen_mrn(r))}],
                          "name": [{"family": P(m.family), "given": given}],
                          "gender": "female" if m.female else "male",
                          "birthDate": L("DATE_OF_BIRTH", fdate(m.dob, "iso")),
                          "telecom": [{"system": "phone", "value": L("PHONE", gen_phone(r, cc))}, {"system": "email", "value": L("EMAIL", email_for(r, m))}],
                          "address": [{"line": [L("ADDRESS", sa)], "text": "home"}]}},
            {"resource": {"resourceType": "Coverage", "id": "cov-" + digits(r, 5), "status": "active",
                          "subscriberId": L("HEALTH_PLAN_ID", gen_member_id(r)),
                          "beneficiary": {"reference": "Patient/" + pid},
                          "class": [{"type": {"text": "group"}, "value": group_no(r)}, {"type": {"text": "plan"}, "value": r.choice(PLANS)}]}},
            {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": DX_ICD[dx]}], "text": L("DIAGNOSIS", dx)},
                          "subject": {"reference": "Patient/" + pid}}},
            {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"},
                          "code": {"text": refuted}, "subject": {"reference": "Patient/" + pid}}},
            {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                          "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": r.choice(NDC)}], "text": L("MEDICATION", med)},
                          "subject": {"reference": "Patient/" + pid}}},
        ]}
    emit_json(d, bundle)


@tpl("c_fhir_formulary", "fhir_json", 2)
def c_fhir_formulary(r, i, d):
    ents = []
    for dxx, med, _s, _t in r.sample(RX_PAIRS, 5):
        ents.append({"resource": {"resourceType": "MedicationKnowledge", "id": "mk-" + digits(r, 5),
                                  "code": {"text": med}, "status": "active",
                                  "extension": [{"url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-DrugTierID-extension",
                                                 "valueCodeableConcept": {"text": r.choice(["generic", "preferred-brand", "specialty"])}},
                                                {"url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-PriorAuthorization-extension", "valueBoolean": r.random() < 0.5}],
                                  "indicationGuideline": [{"indication": [{"concept": {"text": dxx}}]}]}})
    emit_json(d, {"resourceType": "Bundle", "type": "searchset", "meta": {"source": "urn:oid:2.16.840.1.113883.4.642.4." + digits(r, 4)},
                  "total": len(ents), "entry": ents})

# ---------------------------------------------------------------- structured

@tpl("s_834", "free_text", 2)
def s_834(r, i, d):
    ctl = digits(r, 9)
    dt = fdate(gen_date(r), "x12")
    d.t("ISA*00*          *00*          *ZZ*", r.choice(["ACMEEMPLOYER   ", "STATEMEDICAID  ", "EXCHANGE-FFM   "]), "*ZZ*TESSELLATE     *", dt[2:], "*0412*^*00501*", ctl, "*0*P*:~\n")
    d.t("GS*BE*SENDER*TESSELLATE*", dt, "*0412*", str(int(ctl) % 9999), "*X*005010X220A1~\n")
    d.t("ST*834*0001*005010X220A1~\nBGN*00*", digits(r, 8), "*", dt, "*0412****2~\n")
    d.t("N1*P5*", r.choice(COMPANIES).upper().replace("&", "AND"), "*FI*", ein(r).replace("-", ""), "~\n")
    for k in range(r.randint(2, 3)):
        m = Person(r)
        cc = "PR" if m.origin == "pr" else "US"
        sa, rest = addr_lines(r, cc)
        city, stzip = rest[0].split(", ")
        st, zp = stzip.split(" ")
        sub = k == 0
        d.t("INS*", "Y*18" if sub else "N*19", "*021*28*A***FT~\n")
        d.t("REF*0F*", L("HEALTH_PLAN_ID", gen_member_id(r, 0)), "~\n")
        d.t("REF*1L*", group_no(r), "~\n")
        d.t("DTP*356*D8*", fdate(gen_date(r), "x12"), "~\n")
        ssn = L("US_SSN", gen_ssn(r, "")) if r.random() < 0.8 else None
        d.t("NM1*IL*1*", P(x12name(m.family)), "*", P(x12name(m.given)), "*", m.mi, "***")
        if ssn:
            d.t("34*", ssn)
        d.t("~\n")
        if sub:
            d.t("PER*IP**TE*", L("PHONE", re.sub(r"\D", "", gen_phone(r, cc))[-10:]), "*EM*", L("EMAIL", email_for(r, m)), "~\n")
            d.t("N3*", L("ADDRESS", sa.upper() + "~\nN4*" + city.upper() + "*" + st + "*" + zp), "~\n")
        d.t("DMG*D8*", L("DATE_OF_BIRTH", fdate(m.dob, "x12")), "*", "F" if m.female else "M", "~\n")
        d.t("HD*021**HLT*", r.choice(["GLD1500PPO", "SLV87CSR", "BRZHSA"]), "*", r.choice(["EMP", "FAM", "ESP"]), "~\n")
    d.t("SE*", str(r.randint(20, 40)), "*0001~\nGE*1*", str(int(ctl) % 9999), "~\nIEA*1*", ctl, "~\n")


@tpl("s_elig_csv", "csv", 3)
def s_elig_csv(r, i, d):
    hdr = ["member_id", "subscriber_id", "rel", "last_name", "first_name", "dob", "gender", "ssn", "addr_line1", "city", "state", "zip", "phone", "email", "plan_code", "eff_date", "term_date"]
    if i == 2:
        hdr[5] = "birth_dt"
        hdr[7] = "ssn_last4"
    csv_row(d, hdr)
    for k in range(r.randint(4, 6)):
        m = Person(r)
        cc = "PR" if m.origin == "pr" else "US"
        sa, rest = addr_lines(r, cc)
        city, stzip = rest[0].split(", ")
        st, zp = stzip.split(" ")
        sid = gen_member_id(r, 1)
        test = k == 3 and i == 1
        if test:
            csv_row(d, ["TST000000001", "TST000000001", "18", "DOE TEST", "JOHN", "1900-01-01", "U", "000-00-0000", "1 TEST ST", "NOWHERE", "ZZ", "00000", "000-000-0000", "", "TESTPLAN", "2026-01-01", ""])
            continue
        ssn = L("US_SSN", gen_ssn(r)) if i != 2 else "%04d" % r.randint(1, 9999)
        csv_row(d, [L("HEALTH_PLAN_ID", sid + "-01"), L("HEALTH_PLAN_ID", sid), r.choice(["18", "01", "19"]), P(m.family), P(m.given),
                    L("DATE_OF_BIRTH", fdate(m.dob, "iso" if i != 1 else "us")), "F" if m.female else "M", ssn, L("ADDRESS", sa), city, st, zp,
                    L("PHONE", gen_phone(r, cc, 1)) if r.random() < 0.8 else "", L("EMAIL", email_for(r, m)) if r.random() < 0.6 else "",
                    r.choice(["GLD1500", "SLV87", "BRZHSA", "MA-H4471"]), fdate(gen_date(r), "iso"), r.choice(["", "", fdate(gen_date(r, 2026, 2026), "iso")])])


@tpl("s_idcard_csv", "csv", 2)
def s_idcard_csv(r, i, d):
    d.t("# ID card print run ", "RUN-", digits(r, 6), " vendor=", r.choice(["CardCraft", "PrintLink"]), " generated ", fdate(gen_date(r), "iso"), "\n")
    hdr = ["card_seq", "member_name", "member_id", "group_no", "plan", "rx_bin", "rx_pcn", "rx_grp", "pcp_name", "pcp_phone", "mail_to"]
    csv_row(d, hdr)
    for k in range(r.randint(4, 6)):
        m = Person(r)
        pcp = Person(r)
        cc = "PR" if m.origin == "pr" else "US"
        if k == 1:
            csv_row(d, ["%05d" % (k + 1), "JOHN DOE TEST", "XJH000000000", "GRP-000000", "QA PLAN", "610014", "MEDDPRIME", "QA", "TEST PCP", "(000) 000-0000", "QA HOLD - DO NOT MAIL"])
            continue
        csv_row(d, ["%05d" % (k + 1), P(m.plain().upper()), L("HEALTH_PLAN_ID", gen_member_id(r)), group_no(r), r.choice(PLANS), r.choice(["610014", "003858", "004336"]),
                    r.choice(["MEDDPRIME", "A4", "ADV"]), "RX" + digits(r, 4), P("Dr. " + pcp.plain() if False else pcp.plain()), L("PHONE", gen_phone(r, "US", 0)),
                    L("ADDRESS", addr_one(r, cc))])


@tpl("s_claims_csv", "csv", 2)
def s_claims_csv(r, i, d):
    delim = ","
    csv_row(d, ["claim_id", "line", "member_id", "patient_name", "patient_dob", "facility_mrn", "dos", "cpt", "icd10", "dx_description", "billed", "allowed", "paid", "rendering_npi", "status"])
    for k in range(r.randint(4, 6)):
        m = Person(r)
        idx = r.randrange(len(DX))
        cid = claim_no(r)
        csv_row(d, [cid, "1", L("HEALTH_PLAN_ID", gen_member_id(r)), P(m.lastfirst()), L("DATE_OF_BIRTH", fdate(m.dob, "us")), L("MEDICAL_RECORD_NUMBER", gen_mrn(r)) if r.random() < 0.6 else "", fdate(gen_date(r), "us"),
                    r.choice(CPT), DX_ICD[DX[idx]], L("DIAGNOSIS", DX[idx]), money(r, 90, 12000), money(r, 50, 6000), money(r, 0, 5000), npi(r),
                    r.choice(["PAID", "DENIED-CO50", "PENDED", "ADJ"])], delim)


@tpl("s_835", "free_text", 2)
def s_835(r, i, d):
    d.t("ST*835*", digits(r, 4), "~\nBPR*I*", "%.2f" % r.uniform(500, 40000), "*C*ACH*CCP*01*", digits(r, 9), "*DA*", digits(r, 10), "*", ein(r).replace("-", ""), "**01*", digits(r, 9), "*DA*", digits(r, 9), "*", fdate(gen_date(r), "x12"), "~\n")
    d.t("TRN*1*", digits(r, 12), "*1", ein(r).replace("-", ""), "~\n")
    d.t("N1*PR*", r.choice(INSURER).upper(), "~\nN1*PE*", r.choice(["NORTHSIDE FAMILY MEDICINE LLC", "CLINICA COMUNITARIA DEL VALLE"]), "*XX*", npi(r), "~\n")
    for k in range(r.randint(2, 3)):
        m = Person(r)
        d.t("CLP*", claim_no(r), "*1*", "%.2f" % r.uniform(100, 3000), "*", "%.2f" % r.uniform(50, 1500), "*", "%.2f" % r.uniform(0, 300), "*12*", digits(r, 14), "*11*1~\n")
        d.t("NM1*QC*1*", P(x12name(m.family)), "*", P(x12name(m.given)), "****MI*", L("HEALTH_PLAN_ID", gen_member_id(r, 0)), "~\n")
        d.t("SVC*HC:", r.choice(CPT), "*", "%.2f" % r.uniform(50, 900), "*", "%.2f" % r.uniform(20, 400), "~\nDTM*472*", fdate(gen_date(r), "x12"), "~\nCAS*CO*45*", "%.2f" % r.uniform(5, 300), "~\n")
    d.t("SE*", str(r.randint(15, 30)), "*", digits(r, 4), "~\n")


@tpl("s_remit_json", "json", 2)
def s_remit_json(r, i, d):
    claims = []
    for k in range(r.randint(2, 3)):
        m = Person(r)
        claims.append({"claimNumber": claim_no(r), "patient": {"lastName": P(m.family), "firstName": P(m.given), "memberId": L("HEALTH_PLAN_ID", gen_member_id(r)),
                                                               "birthDate": L("DATE_OF_BIRTH", fdate(m.dob, "iso"))},
                       "serviceLines": [{"procedureCode": r.choice(CPT), "chargeAmount": round(r.uniform(80, 2000), 2), "paidAmount": round(r.uniform(0, 900), 2),
                                         "adjustments": [{"group": "CO", "reason": "45", "amount": round(r.uniform(1, 300), 2)}]}],
                       "claimStatusCode": r.choice(["1", "2", "4", "22"])})
    emit_json(d, {"transactionId": "tx_" + digits(r, 12), "payer": {"name": r.choice(INSURER), "payerId": digits(r, 5)},
                  "payee": {"name": "Northside Family Medicine, LLC", "npi": npi(r), "taxId": ein(r)},
                  "paymentMethod": "ACH", "checkOrEftNumber": digits(r, 10), "paymentDate": fdate(gen_date(r), "iso"), "claims": claims})


PBM_DRUGS = [("METFORMIN HCL", "500 MG", "00093-1048-01"), ("OZEMPIC", "1 MG/0.75ML", "00169-4132-12"), ("LISINOPRIL", "20 MG", "68180-0514-01"),
             ("ATORVASTATIN CALCIUM", "40 MG", "00378-2077-77"), ("BUPRENORPHINE-NALOXONE", "8-2 MG", "00093-5720-56"), ("TRULICITY", "1.5 MG/0.5ML", "00002-1433-80"),
             ("OCREVUS", "300 MG/10ML", "50242-0150-01"), ("METHOTREXATE", "2.5 MG", "51224-0106-50"), ("MOUNJARO", "5 MG/0.5ML", "00002-1495-80"),
             ("ELIQUIS", "5 MG", "00003-0894-21"), ("BIKTARVY", "50-200-25 MG", "61958-2501-01"), ("SERTRALINE HCL", "100 MG", "16729-0216-15")]


@tpl("s_pbm_ndjson", "ndjson", 2)
def s_pbm_ndjson(r, i, d):
    for k in range(r.randint(4, 6)):
        if k == 2:
            emit_json(d, {"event": "batch.checkpoint", "bin": "610014", "pcn": "ADV", "records": r.randint(1000, 90000), "ts": fdate(gen_date(r), "iso") + "T03:00:00Z"}, compact=True)
            d.t("\n")
            continue
        m = Person(r)
        med, strength, ndc = r.choice(PBM_DRUGS)
        rec = {"txn": "rx-" + digits(r, 10), "member_id": L("HEALTH_PLAN_ID", gen_member_id(r)), "cardholder": P(m.plain()),
               "dob": L("DATE_OF_BIRTH", fdate(m.dob, "x12")), "ndc": ndc, "drug_name": L("MEDICATION", med),
               "strength": strength, "qty": r.choice([30, 28, 1, 90]),
               "days_supply": r.choice([30, 28, 90]), "prescriber_npi": npi(r), "pharmacy_ncpdp": digits(r, 7),
               "status": r.choice(["PAID", "REJECTED", "REVERSED"])}
        if rec["status"] == "REJECTED":
            rec["reject"] = r.choice(["75 - Prior Authorization Required", "70 - Product/Service Not Covered", "79 - Refill Too Soon"])
        if r.random() < 0.3:
            rec["pharmacist_note"] = M("Called ", P(Person(r).plain()), " at ", L("PHONE", gen_phone(r, "US")), " re: PA status")
        emit_json(d, rec, compact=True)
        d.t("\n")


@tpl("s_provider_tsv", "tsv", 2)
def s_provider_tsv(r, i, d):
    csv_row(d, ["npi", "last_name", "first_name", "credential", "specialty", "languages", "practice_address", "phone", "accepting_new", "tin"], "\t")
    for k in range(r.randint(4, 6)):
        p = Person(r)
        csv_row(d, [npi(r), P(p.family), P(p.given), r.choice(["MD", "DO", "NP", "LCSW", "DDS"]), r.choice(["Family Medicine", "Psychiatry", "Endocrinology", "Pediatrics", "Nephrology"]),
                    r.choice(["English|Spanish", "English|Haitian Creole", "English|Vietnamese", "English|Somali", "English|Polish|Russian", "English|Tagalog"]),
                    L("ADDRESS", addr_one(r, r.choice(["US", "US", "PR"]))), L("PHONE", gen_phone(r, "US", 1)), r.choice(["Y", "N"]), ein(r)], "\t")


@tpl("s_premium_tsv", "tsv", 2)
def s_premium_tsv(r, i, d):
    csv_row(d, ["invoice_no", "account_holder", "member_id", "amount_due", "method", "payment_reference", "country", "status"], "\t")
    for k in range(r.randint(4, 6)):
        m = Person(r)
        kind = r.choice(["card", "iban", "ukacct", "masked", "ach"])
        if kind == "card":
            ref = L("CREDIT_CARD", gen_card(r, sep=""))
            c = "US"
        elif kind == "iban":
            c = r.choice(["DE", "PL", "IE", "UA", "NL"])
            ref = L("IBAN", gen_iban(r, c, spaced=False))
        elif kind == "ukacct":
            c = "GB"
            ref = L("UK_BANK_ACCOUNT", "%02d%02d%02d %s" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99), digits(r, 8)))
        elif kind == "masked":
            c = "US"
            ref = r.choice(["************%04d" % r.randint(1, 9999), "4%05d******%04d" % (r.randint(0, 99999), r.randint(1, 9999)), bad_card(r, "")])
        else:
            c = "US"
            ref = "ACH-TOKEN-" + digits(r, 10)
        csv_row(d, ["INV-" + digits(r, 8), P(m.plain()), L("HEALTH_PLAN_ID", gen_member_id(r)), money(r, 60, 2200), kind.upper(), ref, c, r.choice(["PAID", "PAST_DUE_30", "GRACE"])], "\t")


@tpl("s_fwa_yaml", "yaml", 2)
def s_fwa_yaml(r, i, d):
    p = Person(r)
    m1, m2 = Person(r), Person(r)
    st, code, num = gen_dl(r)
    d.t("# SIU case export — do not forward outside Special Investigations\n")
    d.t("case_id: SIU-", digits(r, 6), "\nopened: ", fdate(gen_date(r), "iso"), "\nscheme: ", r.choice(["upcoding E/M 99215", "phantom DME billing (E0601)", "identity theft – member card shared"]), "\n")
    d.t("subject_provider:\n  name: ", P(p.full()), "\n  npi: '", npi(r), "'\n  tin: ", ein(r), "\n  home_address: |\n")
    s, rest = addr_lines(r, "US")
    d.t("    ", L("ADDRESS", s + "\n    " + "\n    ".join(rest)), "\n")
    d.t("  drivers_license:\n    state: ", st, "\n    number: '", L("DRIVER_LICENSE", num), "'\n")
    d.t("  mobile: '", L("PHONE", gen_phone(r, "US")), "'\n")
    d.t("members_interviewed:\n")
    for m in (m1, m2):
        d.t("  - name: ", P(m.plain()), "\n    member_id: ", L("HEALTH_PLAN_ID", gen_member_id(r)), "   # commercial PPO\n    dob: ", L("DATE_OF_BIRTH", fdate(m.dob, "iso")), "\n")
        d.t("    statement: >-\n      Member states she/he never received the billed ", r.choice(["CPAP machine", "home visits", "lab panels"]), ".\n")
    d.t("exposure_usd: ", "%.2f" % r.uniform(20000, 900000), "\nreferral: ", r.choice(["OIG hotline", "state MFCU", "NHCAA alert"]), "\n")


@tpl("s_job_yaml", "yaml", 2)
def s_job_yaml(r, i, d):
    d.t("# eligibility-loader job definition (no member data)\njob: elig-834-inbound\nversion: ", version4(r), "\nschedule: '0 4 * * *'\n")
    d.t("source:\n  sftp_host: sftp.partners.example.com\n  path: /inbound/834/\n  pattern: '*.x12'\n")
    d.t("validate:\n  required: [member_id, last_name, first_name, dob, ssn]\n  ssn_mask: 'XXX-XX-####'\n  sample_member: 'JOHN DOE TEST'\n")
    d.t("oids:\n  payer_root: 2.16.840.1.113883.3.", digits(r, 4), "\n  member_ids: 2.16.840.1.113883.3.", digits(r, 4), ".1.2\n")
    d.t("resources:\n  cpu: '2'\n  memory: 4Gi\nimage: registry.internal/elig-loader:", version4(r), "\nretries: 3\nalert_channel: '#elig-ops'\n")


@tpl("s_feesched_csv", "csv", 2)
def s_feesched_csv(r, i, d):
    csv_row(d, ["code_type", "code", "description", "modifier", "allowed_amount", "effective_date", "pa_required"])
    rows = [("CPT", "99214", "Office/outpatient visit, established, moderate MDM"), ("CPT", "72148", "MRI lumbar spine w/o contrast"),
            ("HCPCS", "J0135", "Injection, adalimumab, 20 mg"), ("HCPCS", "E0601", "CPAP device"), ("CPT", "90837", "Psychotherapy, 60 min"),
            ("NDC", "0169-4132-12", "Ozempic 2 mg/3 mL pen"), ("ICD10", "E11.9", "Type 2 diabetes mellitus without complications"),
            ("ICD10", "F33.1", "Major depressive disorder, recurrent, moderate"), ("HCPCS", "J9271", "Injection, pembrolizumab, 1 mg")]
    for t in r.sample(rows, 7):
        csv_row(d, [t[0], t[1], t[2], r.choice(["", "25", "TC", "26"]), money(r, 5, 2500), fdate(gen_date(r, 2026, 2027), "iso"), r.choice(["Y", "N"])])


@tpl("s_member_json", "json", 2)
def s_member_json(r, i, d):
    m = Person(r)
    cc = home_cc(r, m, 0.6)
    obj = {"member": {"id": L("HEALTH_PLAN_ID", gen_member_id(r)), "name": {"first": P(m.given), "last": P(m.family)},
                      "dateOfBirth": L("DATE_OF_BIRTH", fdate(m.dob, "iso")), "email": L("EMAIL", email_for(r, m)),
                      "mobile": L("PHONE", gen_phone(r, cc)), "address": {"street": L("ADDRESS", addr_lines(r, cc)[0]), "country": cc},
                      "medicareId": L("US_MBI", gen_mbi(r)) if r.random() < 0.5 else None,
                      "preferredPharmacy": {"ncpdp": digits(r, 7), "name": "Walgreens #" + digits(r, 5)}},
           "plan": {"groupNumber": group_no(r), "planCode": r.choice(PLANS), "effective": fdate(gen_date(r), "iso")},
           "lastLogin": {"ip": L("IP_ADDRESS", gen_ip(r)), "at": fdate(gen_date(r), "iso") + "T18:22:05Z", "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"},
           "apiVersion": version4(r)}
    emit_json(d, obj)


@tpl("s_claims_agg_json", "json", 1)
def s_claims_agg_json(r, i, d):
    rows = []
    for c in r.sample(ICD, 6):
        rows.append({"icd10": c, "claims": r.randint(100, 90000), "allowed_pmpm": round(r.uniform(0.5, 60), 2), "trend_yoy": round(r.uniform(-0.1, 0.3), 3)})
    emit_json(d, {"report": "top-diagnosis-cost-drivers", "period": "2026-Q2", "line_of_business": "Commercial", "deidentified": True, "min_cell_size": 11,
                  "rows": rows, "generated_by": "actuarial-mart " + version4(r)})

# ---------------------------------------------------------------- logs

def ts_iso(r):
    """Monotonic per-document clock, so log lines are in time order."""
    if not hasattr(r, "clk"):
        r.clk = datetime.datetime(2026, r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    r.clk += datetime.timedelta(seconds=r.randint(0, 400), milliseconds=r.randint(0, 999))
    return r.clk.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (r.clk.microsecond // 1000)


@tpl("l_api_gw", "log", 3)
def l_api_gw(r, i, d):
    for k in range(r.randint(5, 7)):
        kind = r.choice(["elig", "claims", "idcard", "health", "auth"])
        ip = gen_ip(r)
        d.t(ts_iso(r), " level=info svc=api-gw route=")
        if kind == "elig":
            d.t("/v2/eligibility method=GET client_ip=", L("IP_ADDRESS", ip), " query=\"memberId=", L("HEALTH_PLAN_ID", gen_member_id(r)), "&dob=", L("DATE_OF_BIRTH", fdate(gen_dob(r), "iso")), "\" status=200 latency_ms=", str(r.randint(20, 900)), "\n")
        elif kind == "claims":
            d.t("/v1/claims/", claim_no(r), " method=GET client_ip=", L("IP_ADDRESS", ip), " partner=", r.choice(["availity", "changehc", "waystar"]), " status=", r.choice(["200", "404", "429"]), " bytes=", str(r.randint(200, 90000)), "\n")
        elif kind == "idcard":
            m = Person(r)
            d.t("/v1/members/me/idcard method=POST client_ip=", L("IP_ADDRESS", ip), " user=", L("EMAIL", email_for(r, m)), " action=reissue mail_to=\"", L("ADDRESS", addr_one(r, "US")), "\" status=202\n")
        elif kind == "health":
            d.t("/healthz method=GET client_ip=127.0.0.1 status=200 build=", version4(r), "\n")
        else:
            d.t("/oauth/token method=POST client_ip=", L("IP_ADDRESS", ip), " client_id=portal-web grant=refresh_token status=", r.choice(["200", "401"]), " trace=", "%032x" % r.getrandbits(128), "\n")


@tpl("l_elig_batch", "log", 3)
def l_elig_batch(r, i, d):
    job = "ELIG-" + digits(r, 6)
    d.t("[", ts_iso(r), "] INFO  ", job, " start file=", r.choice(["ACME_834_", "MEDICAID_834_", "FFM_834_"]), fdate(gen_date(r), "x12"), ".x12 size=", str(r.randint(100000, 9000000)), "\n")
    d.t("[", ts_iso(r), "] INFO  ", job, " parsed segments=", str(r.randint(10000, 400000)), " members=", str(r.randint(500, 30000)), "\n")
    for k in range(r.randint(2, 4)):
        m = Person(r)
        why = r.choice(["duplicate SSN", "DOB after coverage effective date", "invalid ZIP", "name mismatch vs SSA"])
        d.t("[", ts_iso(r), "] WARN  ", job, " reject rec#", str(r.randint(1, 30000)), " reason=\"", why, "\" ")
        if why == "duplicate SSN":
            d.t("ssn=", L("US_SSN", gen_ssn(r)), " existing_member=", L("HEALTH_PLAN_ID", gen_member_id(r)), "\n")
        elif why == "DOB after coverage effective date":
            d.t("name=\"", P(x12name(m.family) + ", " + x12name(m.given)), "\" dob=", L("DATE_OF_BIRTH", fdate(m.dob, "x12")), " eff=20260101\n")
        elif why == "invalid ZIP":
            d.t("member=", L("HEALTH_PLAN_ID", gen_member_id(r)), " n3=\"", L("ADDRESS", us_street(r).upper()), "\" n4_zip=00000\n")
        else:
            d.t("subscriber=\"", P(m.plain()), "\" ssn=***-**-", "%04d" % r.randint(1, 9999), " ssa_code=", r.choice(["N1", "N2"]), "\n")
    d.t("[", ts_iso(r), "] INFO  ", job, " done added=", str(r.randint(10, 900)), " termed=", str(r.randint(0, 300)), " rejected=", str(r.randint(2, 40)), " elapsed=", str(r.randint(30, 900)), "s\n")


@tpl("l_portal_auth", "log", 2)
def l_portal_auth(r, i, d):
    for k in range(r.randint(5, 7)):
        m = Person(r)
        ev = r.choice(["login_ok", "login_fail", "mfa_sms", "pw_reset", "lockout"])
        d.t(ts_iso(r), " portal-auth ", ev.upper(), " ")
        if ev == "mfa_sms":
            d.t("user_id=u", digits(r, 8), " sent_to=", L("PHONE", gen_phone(r, ORIGIN_CC[m.origin] if r.random() < 0.3 else "US", 2)), " src=", L("IP_ADDRESS", gen_ip(r)), "\n")
        elif ev == "pw_reset":
            d.t("email=", L("EMAIL", email_for(r, m)), " src=", L("IP_ADDRESS", gen_ip(r, "v6")), " ua=\"okhttp/4.12.0\"\n")
        elif ev == "lockout":
            d.t("user_id=u", digits(r, 8), " attempts=5 src=", L("IP_ADDRESS", gen_ip(r, "pub")), " geo=", r.choice(["NG", "VN", "RU", "BR", "US"]), "\n")
        else:
            d.t("username=", L("EMAIL", email_for(r, m)), " src=", L("IP_ADDRESS", gen_ip(r)), " mfa=", r.choice(["totp", "sms", "none"]), "\n")


@tpl("l_pbm", "log", 2)
def l_pbm(r, i, d):
    for k in range(r.randint(4, 6)):
        m = Person(r)
        med, _st, ndc = r.choice(PBM_DRUGS)
        d.t(ts_iso(r), "|ADJ|B1|BIN=610014|PCN=ADV|", "cardholder_id=", L("HEALTH_PLAN_ID", gen_member_id(r)), "|patient=", P(x12name(m.family) + "/" + x12name(m.given)),
            "|dob=", L("DATE_OF_BIRTH", fdate(m.dob, "x12")), "|ndc=", ndc.replace("-", ""), "|drug=", L("MEDICATION", med), "|resp=", r.choice(["P", "R:75", "R:76", "R:88"]), "\n")
    d.t(ts_iso(r), "|STATS|claims=", str(r.randint(1000, 90000)), "|reject_rate=", "%.3f" % r.uniform(0.05, 0.2), "|p95_ms=", str(r.randint(100, 900)), "\n")


@tpl("l_neg", "log", 5)
def l_neg(r, i, d):
    for k in range(r.randint(6, 9)):
        x = r.randint(0, 8)
        d.t(ts_iso(r), " ")
        if x == 0:
            d.t("INFO deploy claims-engine version=", version4(r), " commit=", "%040x" % r.getrandbits(160), "\n")
        elif x == 1:
            d.t("DEBUG hl7 router oid=2.16.840.1.113883.", str(r.randint(1, 20)), ".", digits(r, 4), ".", str(r.randint(1, 9)), " mapped\n")
        elif x == 2:
            d.t("INFO adjudicated claim=", claim_no(r), " auth=", auth_no(r), " paid=", money(r), " epoch=", str(r.randint(1700000000, 1790000000)), "\n")
        elif x == 3:
            d.t("WARN card token ****", digits(r, 4), " declined; member ssn=***-**-", digits(r, 4), " masked\n")
        elif x == 4:
            d.t("INFO bind 0.0.0.0:8443 loopback ::1 ok; upstream cache 127.0.0.1:6379\n")
        elif x == 5:
            d.t("INFO ups tracking 1Z", "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)), " id-card batch shipped, order SO-", digits(r, 9), "\n")
        elif x == 6:
            d.t("ERROR npi lookup failed npi=", npi(r), " tin=", ein(r), " taxonomy=207Q00000X\n")
        elif x == 7:
            d.t("INFO sku=IDC-PVC-", digits(r, 4), " stock=", str(r.randint(0, 90000)), " printer_fw=", version4(r), "\n")
        else:
            d.t("INFO member JOHN DOE TEST (XJH000000000) synthetic monitor ok, dos=", fdate(gen_date(r), "iso"), "\n")


@tpl("l_edi_gw", "log", 3)
def l_edi_gw(r, i, d):
    host = r.choice(["edi-gw-01", "edi-gw-02", "sftp-dmz-3"])
    for k in range(r.randint(4, 6)):
        ip = gen_ip(r, r.choice(["doc", "priv", "v6", "pub"]))
        d.t("<", str(r.randint(130, 190)), ">1 ", ts_iso(r), " ", host, " sshd ", str(r.randint(1000, 60000)), " - - ")
        d.t(r.choice(["Accepted publickey for partner_", "Connection closed by ", "Failed password for invalid user "]) if False else "")
        c = r.randint(0, 2)
        if c == 0:
            d.t("Accepted publickey for partner_", r.choice(["availity", "acme_hr", "medicaid_st"]), " from ", L("IP_ADDRESS", ip), " port ", str(r.randint(1024, 65000)), " ssh2\n")
        elif c == 1:
            d.t("Failed password for invalid user admin from ", L("IP_ADDRESS", ip), " port ", str(r.randint(1024, 65000)), "\n")
        else:
            d.t("upload complete file=837P_", digits(r, 8), ".x12 from ", L("IP_ADDRESS", ip), " sha256=", "%064x" % r.getrandbits(256), "\n")


@tpl("l_fwa_rules", "log", 3)
def l_fwa_rules(r, i, d):
    for k in range(r.randint(4, 6)):
        d.t(ts_iso(r), " fwa-engine rule=", r.choice(["R-112 impossible-day", "R-207 dme-no-visit", "R-301 shared-member-card", "R-015 modifier-59-overuse"]))
        if i == 2 or r.random() < 0.4:
            d.t(" provider_npi=", npi(r), " tin=", ein(r), " score=", "%.2f" % r.uniform(0.5, 1), " claims=", str(r.randint(3, 400)), "\n")
        else:
            m = Person(r)
            d.t(" member=", L("HEALTH_PLAN_ID", gen_member_id(r)), " name=\"", P(m.plain()), "\" dos_count=", str(r.randint(2, 9)), " geo_ips=[", L("IP_ADDRESS", gen_ip(r)), ",", L("IP_ADDRESS", gen_ip(r)), "] score=", "%.2f" % r.uniform(0.5, 1), "\n")

# ---------------------------------------------------------------- e-mail / chat / ticket

@tpl("e_appeal", "email", 3)
def e_appeal(r, i, d):
    biller = Person(r)
    m = Person(r)
    ana = Person(r)
    dx = r.choice(DX)
    d.t("From: ", P(biller.plain()), " <", L("EMAIL", email_for(r, biller, "northsidefm.com")), ">\n")
    d.t("To: ", L("EMAIL", "provider.appeals@" + r.choice(["tessellatehealth.com", "cardinalridge.org"])), "\n")
    d.t("Subject: Level 1 provider appeal – claim ", claim_no(r), " – DOS ", fdate(gen_date(r), "us"), "\n\n")
    d.t("Hello,\n\nWe are appealing the CO-50 denial for our patient ", P(m.full()), " (member ID ", L("HEALTH_PLAN_ID", gen_member_id(r)), ", DOB ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), ").\n")
    d.t("The patient has long-standing ", L("DIAGNOSIS", dx), " and failed ", L("MEDICATION", r.choice(MEDS)), "; the service (CPT ", r.choice(CPT), ") was medically necessary.\n")
    d.t("Billed ", money(r), ", allowed $0.00. Records attached (", str(r.randint(4, 60)), " pages).\n\n")
    d.t("Thanks,\n", P(biller.given), "\nBilling Office, Northside Family Medicine LLC | TIN ", ein(r), " | ", L("PHONE", gen_phone(r, "US")), "\n\n")
    d.t("> On ", fdate(gen_date(r), "long"), ", ", P(ana.plain()), " <", L("EMAIL", email_for(r, ana, "tessellatehealth.com")), "> wrote:\n")
    d.t("> Your request ", auth_no(r), " was closed because the appeal form was unsigned. Please resubmit.\n")


@tpl("e_grievance", "email", 2)
def e_grievance(r, i, d):
    m = Person(r, r.choice(["pr", "do", "co", "ve", "mx"]))
    cs = Person(r)
    d.t("From: ", P(m.plain()), " <", L("EMAIL", email_for(r, m)), ">\nTo: ", L("EMAIL", "quejas@meridianasalud.com"), "\nSubject: QUEJA FORMAL / formal grievance\n\n")
    d.t("Buenas tardes,\n\nMi nombre es ", P(m.plain()), ", número de socio ", L("HEALTH_PLAN_ID", gen_member_id(r, 5)), ". ")
    d.t("Desde hace tres meses me niegan la insulina (", L("MEDICATION", "insulin glargine"), ") para mi ", L("DIAGNOSIS", r.choice(["diabetes tipo 1", "diabetes tipo 2"] + (["diabetes gestacional"] if m.female else []))), ".\n")
    d.t("Llamé al ", L("PHONE", gen_phone(r, "US", 0)), " y nadie contesta. Pueden llamarme al ", L("PHONE", gen_phone(r, "PR" if m.origin == "pr" else ORIGIN_CC[m.origin])), ".\n")
    d.t("Mi dirección: ", L("ADDRESS", addr_one(r, "PR" if m.origin == "pr" else "US")), "\n\n", P(m.given), "\n\n")
    d.t("-----Original Message-----\nFrom: ", P(cs.plain()), " (Member Services)\nSent: ", fdate(gen_date(r), "long"), "\n")
    d.t("Your grievance G-", digits(r, 7), " has been received and will be resolved within 30 calendar days.\n")


@tpl("e_fwa_tip", "email", 2)
def e_fwa_tip(r, i, d):
    tipster = Person(r)
    p = Person(r)
    st, code, num = gen_dl(r)
    d.t("From: ", L("EMAIL", email_for(r, tipster)), "\nTo: ", L("EMAIL", "siu-hotline@tessellatehealth.com"), "\nSubject: possible fraud\n\n")
    d.t("i work front desk at a clinic and i think ", P(p.plain()), " is billing for patients who never come in. ")
    d.t("they also use a cousin's card — the cousin's member number is ", L("HEALTH_PLAN_ID", gen_member_id(r)), ". ")
    d.t("their car has ", st, " plates and their drivers license number is ", L("DRIVER_LICENSE", num), " (saw it on a copy).\n")
    d.t("i don't want to give my name. you can text ", L("PHONE", gen_phone(r, "US", 3)), ".\n")
    d.t("\n-- \nSIU triage: ", r.choice(["referred to investigator", "logged, insufficient info"]), " case SIU-", digits(r, 6), "\n")


@tpl("e_bulletin", "email", 2)
def e_neg(r, i, d):
    d.t("From: ", L("EMAIL", "formulary-updates@" + r.choice(["tessellatehealth.com", "cardinalridge.org"])), "\nTo: ", L("EMAIL", "network-providers@lists.cardinalridge.org"), "\n")
    d.t("Subject: 2027 formulary changes and holiday hours\n\n")
    d.t("Effective January 1, 2027: Ozempic and Trulicity move to preferred brand; adalimumab biosimilars are preferred over Humira; ")
    d.t("Suboxone film requires no prior authorization for opioid use disorder. Step therapy for plaque psoriasis: methotrexate before Stelara.\n")
    d.t("Provider Services will be closed on ", r.choice(HOLIDAYS), " and ", r.choice(HOLIDAYS), ". Claims received after 5 PM ET process next business day.\n")
    d.t("Reminder: do not put member names in e-mail subjects. Example reference only: claim ", claim_no(r), ", auth ", auth_no(r), ".\n")
    d.t("Fee schedule version ", version4(r), " is posted. Questions: use the provider portal chat.\n")


@tpl("ch_portal", "chat", 3)
def ch_portal(r, i, d):
    m = Person(r)
    ag = Person(r, "us")
    cc = home_cc(r, m, 0.8)
    mn = m.given.split()[0]
    t0 = r.randint(8, 20)
    def line(who, mm, *rest):
        d.t("[%02d:%02d] " % (t0, mm), P(who), ": ", *rest)
        d.t("\n")
    d.t("Member Portal Chat — session ", "%08x" % r.getrandbits(32), "\n")
    line(ag.given, 1, "Hi, this is ", P(ag.given), " from Member Services. How can I help?")
    pdx, pmed, _s, _t = r.choice(RX_PAIRS)
    line(mn, 2, r.choice(["my pharmacy says my ", "they rejected my ", "cvs wont fill my "]), L("MEDICATION", pmed), " refill, i need it for my ", L("DIAGNOSIS", pdx))
    line(ag.given, 3, "I'm sorry about that. Can you confirm your date of birth and member ID?")
    line(mn, 4, L("DATE_OF_BIRTH", fdate(m.dob, r.choice(["us", "dash"]))), " and ", L("HEALTH_PLAN_ID", gen_member_id(r)))
    if i % 2 == 0:
        line(mn, 5, "also i moved, new address is ", L("ADDRESS", addr_one(r, cc)))
        line(ag.given, 6, "Updated. A new ID card ships in 7–10 days (tracking 9400", digits(r, 18), ").")
    else:
        line(mn, 5, "can u call me at ", L("PHONE", gen_phone(r, cc)), " or email ", L("EMAIL", email_for(r, m)))
        line(ag.given, 6, "Sure. Please don't share your full card number here — I only see ****", digits(r, 4), " on file.")
    line(ag.given, 7, "The PA case is ", auth_no(r), "; pharmacist review usually takes 72 hours.")


@tpl("ch_team", "chat", 2)
def ch_team(r, i, d):
    a, b = Person(r), Person(r)
    m = Person(r)
    d.t("#case-mgmt-complex  (Slack export)\n")
    d.t(P(a.given.lower()), "  9:02 AM  anyone have capacity for a new referral? ", P(m.plain()), ", member ", L("HEALTH_PLAN_ID", gen_member_id(r)), "\n")
    d.t(P(b.given.lower()), "  9:04 AM  what's the story?\n")
    d.t(P(a.given.lower()), "  9:05 AM  3 ED visits in 30 days, ", L("DIAGNOSIS", r.choice(DX)), " + ", L("DIAGNOSIS", r.choice(DX)), ", not picking up ", L("MEDICATION", r.choice(MEDS)), "\n")
    d.t(P(b.given.lower()), "  9:06 AM  I'll take it. best number?\n")
    d.t(P(a.given.lower()), "  9:06 AM  ", L("PHONE", gen_phone(r, "US")), " (daughter answers)\n")
    d.t(P(b.given.lower()), "  9:07 AM  :thumbsup: fyi the Great Depression-era building on Kedzie is closing for ", r.choice(HOLIDAYS), "\n")


@tpl("ch_release", "chat", 2)
def ch_release(r, i, d):
    d.t("#claims-platform-release\n")
    d.t("deploybot  10:14  claims-engine ", version4(r), " rolled to prod-east (canary 10%)\n")
    d.t("deploybot  10:31  elig-loader ", version4(r), " healthy; p95 ", str(r.randint(80, 400)), "ms\n")
    d.t("oncall     10:33  seeing 429s from partner 203.0.113 range? no — false alarm, it was the synthetic JOHN DOE TEST monitor\n")
    d.t("oncall     10:40  claim ", claim_no(r), " reprocessed after fix for CARC 45 rounding\n")
    d.t("deploybot  10:52  rollback window closes 11:30 ET. Next train after ", r.choice(HOLIDAYS), ".\n")


@tpl("t_ticket", "ticket", 4)
def t_ticket(r, i, d):
    m = Person(r)
    cc = home_cc(r, m, 0.7)
    ag = Person(r)
    d.t("Ticket #", digits(r, 7), "   Queue: ", r.choice(["Member Services – Tier 2", "Billing & Premiums", "Enrollment Ops"]), "   Priority: ", r.choice(["Normal", "High"]), "\n")
    d.t("Requester: ", P(m.plain()), " <", L("EMAIL", email_for(r, m)), ">\nAssignee: ", P(ag.plain()), "\n")
    d.t("Subject: ", ["ID card never arrived", "premium drafted twice", "change of address + new phone", "need proof of coverage for visa"][i], "\n\n")
    if i == 0:
        d.t("member says card not received. verified dob ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), " and id ", L("HEALTH_PLAN_ID", gen_member_id(r)), ". reissued to ", L("ADDRESS", addr_one(r, cc)), "\n")
    elif i == 1:
        d.t("Member was charged twice on card ", L("CREDIT_CARD", gen_card(r)), " (", money(r, 100, 900), " x2). Refund via original method. Old card ****", digits(r, 4), " expired.\n")
    elif i == 2:
        d.t("New address: ", L("ADDRESS", addr_multi(r, cc, "\n")), "\nNew phone: ", L("PHONE", gen_phone(r, cc)), "\nPrior address removed.\n")
    else:
        c = r.choice(["India", "Philippines", "Nigeria", "Vietnam", "Korea", "Ethiopia"])
        d.t("Member needs a coverage letter for consulate. Passport (", c, ") ", L("PASSPORT", PASSPORT_SHAPES[c](r)), ", DOB ", L("DATE_OF_BIRTH", fdate(m.dob, "long")), ". Letter template LTR-COV-07.\n")
    d.t("\n-- internal note --\nSLA ", r.choice(["met", "breached by 2h"]), ". Macro v", version4(r), "\n")


@tpl("t_neg", "ticket", 3)
def t_neg(r, i, d):
    d.t("JIRA ", r.choice(["CLMS", "ELIG", "PBM"]), "-", str(r.randint(100, 9999)), ": ")
    d.t(["835 generator emits CAS segments with 3 decimals", "834 loader OOM on files > 2 GB", "Formulary sync drops tier for Humira biosimilars"][i], "\n")
    d.t("Reporter: svc-monitor   Components: ", r.choice(["claims-engine", "elig-loader", "rx-sync"]), "   Affects: ", version4(r), "\n")
    d.t("Steps: replay claim ", claim_no(r), " (synthetic, member JOHN DOE TEST) against build ", version4(r), ".\n")
    d.t("Expected CARC 45 amount $", "%.2f" % r.uniform(1, 900), "; actual $", "%.3f" % r.uniform(1, 900), ".\n")
    d.t("Env: staging VPC, OID 2.16.840.1.113883.3.", digits(r, 4), ". No PHI attached per policy.\n")

# ---------------------------------------------------------------- free text / html

@tpl("ft_appeal_letter", "free_text", 3)
def ft_appeal_letter(r, i, d):
    m = Person(r)
    cc = home_cc(r, m, 0.85)
    md = Person(r)
    dx, med, _s, _t = r.choice(RX_PAIRS)
    if i % 2 == 0:
        d.t(fdate(gen_date(r), "long"), "\n\n", P(m.full()), "\n", L("ADDRESS", addr_multi(r, cc)), "\n\n")
        d.t("RE: Notice of Appeal Decision   Member ID: ", L("HEALTH_PLAN_ID", gen_member_id(r)), "   Appeal #: AP-", digits(r, 8), "\n\n")
        d.t("Dear ", P(m.given), ",\n\nWe reviewed your appeal of our decision to deny coverage for ", L("MEDICATION", med), ". ")
        d.t("A board-certified physician, Dr. ", P(md.family), ", reviewed your records, which show ", L("DIAGNOSIS", dx), ". ")
        d.t(r.choice(["We are overturning the denial.", "We are upholding the denial because step therapy was not completed."]), "\n\n")
        d.t("If you disagree you may request an external review within four months. Call ", L("PHONE", gen_phone(r, "US", 4)), " (TTY 711).\n\n")
        d.t("Sincerely,\nAppeals & Grievances Department\n")
    else:
        d.t("To whom it may concern,\n\nI am writing to appeal the denial of my ", r.choice(["son's", "daughter's", "own"]), " claim. My name is ", P(m.plain()), " and my date of birth is ", L("DATE_OF_BIRTH", fdate(m.dob, "long")), ". ")
        d.t("My member number is ", L("HEALTH_PLAN_ID", gen_member_id(r)), ". I was diagnosed with ", L("DIAGNOSIS", dx), " in ", str(r.randint(2010, 2025)), " and my doctor, ", P(md.plain()), ", prescribed ", L("MEDICATION", med), ". ")
        d.t("Without it I end up in the emergency room. The denial letter says it is 'experimental', but it is FDA-approved.\n\n")
        d.t("Please reach me at ", L("PHONE", gen_phone(r, cc)), " or ", L("EMAIL", email_for(r, m)), ".\n\n", P(m.plain()), "\n")


@tpl("ft_fwa_narr", "free_text", 3)
def ft_fwa_narr(r, i, d):
    inv = Person(r)
    p = Person(r)
    m = Person(r)
    d.t("SPECIAL INVESTIGATIONS UNIT — INTERVIEW MEMORANDUM\nCase SIU-", digits(r, 6), "   Investigator: ", P(inv.plain()), "\n\n")
    if i == 2:
        d.t("Data analytics identified ", r.choice(["a DME supplier", "a sleep lab", "a toxicology lab"]), " (TIN ", ein(r), ", NPI ", npi(r), ") billing E0601 and 95810 at 4.2x the peer mean. ")
        d.t("No member interviews yet. Exposure ", money(r, 100000, 900000), ". Next step: records request under provider agreement §7.3. Referral to OIG pending.\n")
        return
    d.t("On ", fdate(gen_date(r), "long"), " I interviewed member ", P(m.plain()), " (DOB ", L("DATE_OF_BIRTH", fdate(m.dob, "us")), ") by phone at ", L("PHONE", gen_phone(r, ORIGIN_CC[m.origin] if r.random() < 0.3 else "US")), ". ")
    d.t("The member stated that she/he had never been seen by ", P(p.full()), " and had not received a CPAP device. ")
    d.t("The member confirmed a diagnosis of ", L("DIAGNOSIS", r.choice(DX)), " managed by another clinic. ")
    d.t("The member's Medicare number ", L("US_MBI", gen_mbi(r)), " appears on ", str(r.randint(3, 30)), " claims from the subject provider. ")
    if r.random() < 0.6:
        st, code, num = gen_dl(r)
        d.t("A photocopy of ", "an " if st[0] in "AEIOU" else "a ", st, " driver license, number ", L("DRIVER_LICENSE", num), ", in the member's name was found in the supplier's files. ")
    d.t("The member's SSN on those files, ", L("US_SSN", gen_ssn(r)), ", does not match our enrolment record (ending ", digits(r, 4), ").\n")


@tpl("ft_call_summary", "free_text", 4)
def ft_call_summary(r, i, d):
    lang = ["es", "pl", "ht", "vi"][i]
    orig = {"es": r.choice(["pr", "do", "co", "ve"]), "pl": "pl", "ht": "ht", "vi": "vn"}[lang]
    m = Person(r, orig)
    cm = Person(r)
    dx, med, _s, _t = r.choice(RX_PAIRS)
    d.t("Case manager call summary — ", fdate(gen_date(r), "long"), " — CM ", P(cm.plain()), "\n")
    if lang == "es":
        d.t("Llamada con la socia/el socio ", P(m.plain()), " (ID ", L("HEALTH_PLAN_ID", gen_member_id(r, 5)), "). Refiere que dejó de tomar ", L("MEDICATION", med), " por el costo. ")
        d.t("Diagnóstico principal: ", L("DIAGNOSIS", dx), ". Niega dolor torácico. Teléfono alterno: ", L("PHONE", gen_phone(r, ORIGIN_CC[orig])), ".\n")
    elif lang == "pl":
        d.t("Rozmowa z ", P(m.plain()), ", ur. ", L("DATE_OF_BIRTH", fdate(m.dob, "de")), ". Członek planu nr ", L("HEALTH_PLAN_ID", gen_member_id(r)), ". ")
        d.t("Rozpoznanie: ", L("DIAGNOSIS", dx), "; przyjmuje ", L("MEDICATION", med), ". Córka prosi o kontakt: ", L("PHONE", gen_phone(r, "PL")), ".\n")
    elif lang == "ht":
        d.t("Mwen pale ak ", P(m.plain()), " (manm ", L("HEALTH_PLAN_ID", gen_member_id(r)), "). Li di li pa gen ", L("MEDICATION", med), " depi de semèn. ")
        d.t("Dyagnostik: ", L("DIAGNOSIS", dx), ". Rele pitit li nan ", L("PHONE", gen_phone(r, r.choice(["US", "HT"]))), ".\n")
    else:
        d.t("Đã gọi cho ", P(m.plain()), ", ngày sinh ", L("DATE_OF_BIRTH", fdate(m.dob, "eu")), ", mã thành viên ", L("HEALTH_PLAN_ID", gen_member_id(r)), ". ")
        d.t("Chẩn đoán: ", L("DIAGNOSIS", dx), ". Đang dùng ", L("MEDICATION", med), ". Số điện thoại: ", L("PHONE", gen_phone(r, "US")), ".\n")
    d.t("English summary: barriers = cost/transport; plan = PAP referral, transport benefit, f/u 2 weeks. Interpreter line used. ")
    d.t("Member joked the copay 'gave me a heart attack' — no cardiac event.\n")


@tpl("ft_policy_neg", "free_text", 5)
def ft_policy_neg(r, i, d):
    topics = [("GLP-1 receptor agonists for weight management", "Wegovy, Zepbound and Saxenda", "obesity with a BMI of 30 or more"),
              ("Biologics for inflammatory conditions", "Humira, Stelara and Dupixent", "Crohn's disease, plaque psoriasis and atopic dermatitis"),
              ("Medication-assisted treatment", "buprenorphine-naloxone and Vivitrol", "opioid use disorder"),
              ("Sleep apnea devices", "CPAP and oral appliances", "obstructive sleep apnea"),
              ("Continuous glucose monitors", "Dexcom G7 and FreeStyle Libre 3", "type 1 and insulin-treated type 2 diabetes")]
    t = topics[i]
    d.t("MEDICAL POLICY MP-", digits(r, 3), ": ", t[0], "\nEffective: ", fdate(gen_date(r, 2026, 2027), "long"), "   Last reviewed: ", fdate(gen_date(r), "long"), "\n\n")
    d.t("Coverage: The plan considers ", t[1], " medically necessary for members with ", t[2], " when all criteria below are met. ")
    d.t("Applicable codes: ", ", ".join(r.sample(CPT, 3)), "; ICD-10 ", ", ".join(r.sample(ICD, 3)), "; NDC ", r.choice(NDC), ".\n")
    d.t("Background: In a 2023 randomized trial, adults with ", t[2], " had a 14% reduction in hospitalizations. ")
    d.t("Parkinson's law applies to review queues: work expands to fill the time. ", "Manufacturers: ", ", ".join(r.sample(["Novo Nordisk", "Eli Lilly and Company", "Johnson & Johnson", "Bristol Myers Squibb", "AbbVie", "Abbott Laboratories", "Dexcom"], 3)), ".\n")
    d.t("Reimbursement: allowed ", money(r), " per unit; no member cost share on ", r.choice(HOLIDAYS), " for telehealth. Policy version ", version4(r), ".\n")


@tpl("ft_research_neg", "free_text", 3)
def ft_research_neg(r, i, d):
    d.t(["Quarterly HEDIS briefing", "Actuarial memo: specialty drug trend", "Member newsletter: staying well this winter"][i], "\n\n")
    d.t("Across the commercial book, members with diabetes and hypertension account for 31% of allowed cost. ")
    d.t("Specialty drugs such as Humira, Ozempic and Biktarvy drove a ", str(r.randint(6, 19)), "% PMPM increase; biosimilar adoption is a bright spot in a depression of margins. ")
    d.t("Flu vaccines are covered at $0 at in-network pharmacies including Walgreens and CVS. Offices close for ", r.choice(HOLIDAYS), ".\n")
    d.t("Eponymous conditions (Hashimoto's thyroiditis, Addison's disease) are tracked in the chronic-condition registry using OID 2.16.840.1.113883.3.", digits(r, 4), ".\n")
    d.t("Contact the Healthy Living team through the portal; do not send personal information by e-mail.\n")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@tpl("h_eob", "html", 2)
def h_eob(r, i, d):
    m = Person(r)
    cc = home_cc(r, m, 0.9)
    s, rest = addr_lines(r, cc)
    d.t("<!DOCTYPE html>\n<html><head><title>Explanation of Benefits</title></head><body>\n<h1>Explanation of Benefits</h1>\n<p>THIS IS NOT A BILL</p>\n")
    d.t("<div class=\"mailto\">", P(html_escape(m.plain().upper())), "<br>", L("ADDRESS", html_escape(s) + "<br>" + "<br>".join(html_escape(x) for x in rest)), "</div>\n")
    d.t("<table class=\"hdr\"><tr><th>Member ID</th><td>", L("HEALTH_PLAN_ID", gen_member_id(r)), "</td><th>Group</th><td>", group_no(r), "</td></tr>\n")
    d.t("<tr><th>Patient</th><td>", P(html_escape(m.plain())), "</td><th>Claim</th><td>", claim_no(r), "</td></tr></table>\n")
    d.t("<table class=\"lines\"><tr><th>Date of service</th><th>Service</th><th>Billed</th><th>Plan paid</th><th>You owe</th></tr>\n")
    for k in range(r.randint(2, 3)):
        d.t("<tr><td>", fdate(gen_date(r), "us"), "</td><td>", r.choice(["Office visit (99214)", "Lab – A1c (83036)", "MRI lumbar (72148)", "Psychotherapy (90837)"]), "</td><td>", money(r), "</td><td>", money(r), "</td><td>", money(r, 0, 300), "</td></tr>\n")
    d.t("</table>\n<p>Diagnosis on claim: ", L("DIAGNOSIS", r.choice(DX)), "</p>\n<p>Questions? Call ", L("PHONE", gen_phone(r, "US", 4)), ".</p>\n</body></html>\n")


@tpl("h_provider_dir", "html", 2)
def h_provider_dir(r, i, d):
    d.t("<html><body><h2>Find a Doctor — results near ", r.choice(["60625", "00907", "55406", "02124"]), "</h2>\n<ul class=\"results\">\n")
    for k in range(r.randint(3, 4)):
        p = Person(r)
        s, rest = addr_lines(r, r.choice(["US", "US", "PR"]))
        d.t("  <li><h3>", P(html_escape(p.full())), ", ", r.choice(["MD", "DO", "NP", "PsyD"]), "</h3>\n")
        d.t("    <p class=\"spec\">", r.choice(["Internal Medicine", "Psychiatry", "Pediatrics", "OB/GYN"]), " · Languages: ", r.choice(["Español", "Kreyòl", "Tiếng Việt", "Soomaali", "Polski", "Русский", "Tagalog"]), "</p>\n")
        d.t("    <address>", L("ADDRESS", html_escape(s) + "<br/>" + html_escape(rest[0])), "</address>\n")
        d.t("    <span class=\"tel\">", L("PHONE", gen_phone(r, "US", 0)), "</span>\n")
        d.t("    <small>NPI ", npi(r), " · Accepting new patients: ", r.choice(["Yes", "No"]), "</small></li>\n")
    d.t("</ul>\n<p>Directory data as of ", fdate(gen_date(r), "long"), ". Report an error: ", L("EMAIL", "directory-corrections@cardinalridge.org"), "</p>\n</body></html>\n")
    # directory-corrections mailbox is a role mailbox: labelled below


@tpl("h_portal", "html", 2)
def h_portal(r, i, d):
    m = Person(r)
    cc = home_cc(r, m, 0.6)
    d.t("<section id=\"profile\">\n<h2>Welcome back, ", P(html_escape(m.given)), "</h2>\n<dl>\n")
    d.t("<dt>Member ID</dt><dd>", L("HEALTH_PLAN_ID", gen_member_id(r)), "</dd>\n")
    d.t("<dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fdate(m.dob, "long")), "</dd>\n")
    d.t("<dt>Email</dt><dd>", L("EMAIL", email_for(r, m)), "</dd>\n")
    d.t("<dt>Mobile</dt><dd>", L("PHONE", gen_phone(r, cc)), "</dd>\n")
    d.t("<dt>Payment method</dt><dd>Visa ending in ", digits(r, 4), "</dd>\n")
    if i == 1:
        d.t("<dt>Medicare ID</dt><dd>", L("US_MBI", gen_mbi(r)), "</dd>\n")
    d.t("<dt>PCP</dt><dd>Dr. ", P(html_escape(Person(r).plain())), "</dd>\n</dl>\n")
    d.t("<p class=\"fine\">Last sign-in from ", L("IP_ADDRESS", gen_ip(r)), ". Portal build ", version4(r), ".</p>\n</section>\n")


@tpl("h_neg", "html", 5)
def h_neg(r, i, d):
    if i == 0:
        d.t("<html><body><h1>2027 Drug Formulary — Tier 2</h1><table><tr><th>Drug</th><th>Tier</th><th>Requirements</th></tr>\n")
        for med in r.sample(MEDS, 6):
            d.t("<tr><td>", med, "</td><td>", str(r.randint(1, 5)), "</td><td>", r.choice(["PA", "ST", "QL (30/30)", "—"]), "</td></tr>\n")
        d.t("</table></body></html>\n")
    elif i == 1:
        d.t("<html><body><h1>Holiday schedule</h1><ul>")
        for h in r.sample(HOLIDAYS, 4):
            d.t("<li>", h, ": Member Services closed; Nurse Line open 24/7</li>")
        d.t("</ul></body></html>\n")
    elif i == 2:
        d.t("<html><body><h1>Careers</h1><p>Join the team behind Cardinal Ridge Health Plan. Our partners include ", r.choice(COMPANIES), " and ", r.choice(COMPANIES), ".</p>")
        d.t("<p>Open roles: Claims Examiner II (req ", digits(r, 6), "), UM Nurse (req ", digits(r, 6), ").</p></body></html>\n")
    elif i == 3:
        d.t("<html><body><h1>Understanding your ID card</h1><p>Your card shows your <b>Member ID</b>, <b>Group Number</b>, Rx BIN 610014 and PCN. ")
        d.t("Sample card: <span class=\"sample\">JOHN DOE TEST — XJH000000000 — Group GRP-000000</span>.</p>")
        d.t("<p>Never share your Social Security Number (XXX-XX-XXXX) with callers.</p></body></html>\n")
    else:
        d.t("<html><body><h1>Know your condition: Asthma</h1><p>Asthma affects about 1 in 12 adults. Inhalers such as albuterol relieve symptoms; ")
        d.t("controller medicines like fluticasone reduce flares. Talk to your doctor if you use your rescue inhaler more than twice a week.</p></body></html>\n")


# ---------------------------------------------------------------- international members (national ids)

def natl_id(r, cc, p, k):
    """(id_type_label, L or plain) -- k picks among the ids plausible for that country."""
    if cc == "GB":
        return [("NHS number", L("UK_NHS_NUMBER", gen_nhs(r, r.choice([" ", "", "-"])))), ("NINO", L("UK_NATIONAL_INSURANCE_NUMBER", gen_nino(r, r.random() < 0.5)))][k % 2]
    if cc == "IE":
        return ("UK NI (prior employment)", L("UK_NATIONAL_INSURANCE_NUMBER", gen_nino(r, False)))
    if cc == "IN":
        return ("Aadhaar", L("IN_AADHAAR", gen_aadhaar(r, r.choice([" ", "-", ""]))))
    if cc == "BR":
        return [("CPF", L("BR_CPF", gen_cpf(r, r.random() < 0.7))), ("Codice fiscale", L("IT_FISCAL_CODE", gen_cf(r, p.family, p.given, p.dob, p.female)))][k % 2]
    if cc == "VE":
        return [("NIE", L("ES_DNI", gen_dni(r, True))), ("Codice fiscale", L("IT_FISCAL_CODE", gen_cf(r, p.family, p.given, p.dob, p.female)))][k % 2]
    if cc == "CO":
        return ("DNI (doble nacionalidad)", L("ES_DNI", gen_dni(r)))
    if cc == "DE":
        return ("Steuer-ID", L("DE_TAX_ID", gen_steuer(r, r.random() < 0.3)))
    if cc == "CA":
        return ("SIN", L("CA_SIN", gen_sin(r, r.choice([" ", "-", ""]))))
    if cc == "HT":
        return ("NIR (Sécurité sociale, France)", L("FR_NIR", gen_nir(r, p.female, p.dob, r.random() < 0.6)))
    if cc in ("CN", "PH"):
        return ("NRIC/FIN (Singapore)", L("SG_NRIC", gen_nric(r)))
    if cc in ("US", "PR"):
        return ("SSN", L("US_SSN", gen_ssn(r)))
    return ("national id", "not provided")


def bad_natl(r, cc, p):
    if cc == "GB":
        return ("NHS number", bad_nhs(r))
    if cc == "IN":
        return ("Aadhaar", bad_aadhaar(r))
    if cc == "BR":
        return ("CPF", bad_cpf(r))
    if cc in ("CO", "VE"):
        return ("DNI", bad_dni(r))
    if cc == "DE":
        return ("Steuer-ID", bad_steuer(r))
    if cc == "CA":
        return ("SIN", bad_sin(r))
    if cc == "HT":
        return ("NIR", bad_nir(r, p.female, p.dob))
    if cc in ("CN", "PH"):
        return ("NRIC/FIN", bad_nric(r))
    return ("SSN", bad_ssn(r))


def passport_for(r, cc):
    if cc in ("US", "PR"):
        return L("US_PASSPORT", gen_us_passport(r))
    return L("PASSPORT", PASSPORT_SHAPES[CC_COUNTRY[cc]](r))


@tpl("s_census_csv", "csv", 3)
def s_census_csv(r, i, d):
    d.t("# Global Expat Plus — group census upload, employer group ", group_no(r), "\n")
    csv_row(d, ["emp_no", "surname", "given_names", "date_of_birth", "nationality", "id_type", "id_number", "passport_no", "home_address", "work_email", "validation"])
    ccs = ["GB", "IN", "BR", "CO", "HT", "DE", "GB", "VE", "CA", "US", "BR", "CO", "HT", "PH", "IE", "GB", "IN", "BR", "CN", "HT", "CO"]
    start = i * 7
    for k in range(7):
        cc = ccs[(start + k) % len(ccs)]
        orig = {v: kk for kk, v in ORIGIN_CC.items()}[cc]
        p = Person(r, orig)
        bad = k == 4
        if bad:
            lab, val = bad_natl(r, cc, p)
            flag = "ERR checksum – resubmit"
        else:
            lab, val = natl_id(r, cc, p, k + i)
            flag = "OK"
        csv_row(d, ["E" + digits(r, 6), P(p.family), P(p.given), L("DATE_OF_BIRTH", fdate(p.dob, r.choice(["iso", "eu"]))), CC_COUNTRY[cc], lab, val,
                    passport_for(r, cc), L("ADDRESS", addr_one(r, cc)), L("EMAIL", email_for(r, p, "corp.example-group.com")), flag])


@tpl("e_expat_onboard", "email", 3)
def e_expat_onboard(r, i, d):
    hr = Person(r, r.choice(["uk", "de", "ie"]))
    d.t("From: ", P(hr.plain()), " <", L("EMAIL", email_for(r, hr, "hr.example-group.com")), ">\n")
    d.t("To: ", L("EMAIL", "intl-enrolment@tessellatehealth.com"), "\nSubject: New joiners for Global Expat Plus – please enrol from the 1st\n\n")
    d.t("Hi team,\n\nPlease add the following assignees to policy ", "GEP-", digits(r, 6), ":\n\n")
    ccs = [["US", "GB", "IN"], ["BR", "CA", "DE"], ["US", "VE", "CN"]][i]
    for k, cc in enumerate(ccs):
        orig = {v: kk for kk, v in ORIGIN_CC.items()}[cc]
        p = Person(r, orig)
        lab, val = natl_id(r, cc, p, i + k)
        d.t("%d) " % (k + 1), P(p.full()), ", born ", L("DATE_OF_BIRTH", fdate(p.dob, "short")), ", ", CC_COUNTRY[cc], " national — ",
            "U.S. passport no. " if cc == "US" else "passport ", passport_for(r, cc), "; ", lab, " ", val, "\n")
        d.t("   Host-country address: ", L("ADDRESS", addr_one(r, r.choice(["DE", "GB", "PL", "IE"]))), "\n")
    d.t("\nPremiums to be collected from the group account as usual (no change to the SEPA mandate).\n\nThanks,\n", P(hr.given), "\nGlobal Mobility | ", L("PHONE", gen_phone(r, r.choice(["GB", "DE", "IE"]))), "\n")


@tpl("s_payment_ndjson", "ndjson", 2)
def s_payment_ndjson(r, i, d):
    evs = ["charge_ok", "masked", "mandate", "invalid", "leak", "charge_ok"]
    for k, ev in enumerate(evs):
        m = Person(r)
        ts = ts_iso(r)
        if ev == "charge_ok":
            rec = {"ts": ts, "event": "premium.charge.succeeded", "invoice": "INV-" + digits(r, 8), "amount": round(r.uniform(60, 1500), 2), "card": {"brand": "visa", "last4": digits(r, 4), "bin": "4" + digits(r, 5)}, "member_id": L("HEALTH_PLAN_ID", gen_member_id(r))}
        elif ev == "masked":
            rec = {"ts": ts, "event": "premium.card.updated", "pan_masked": "5%05d******%04d" % (r.randint(10000, 59999), r.randint(0, 9999)), "holder": P(m.plain().upper())}
        elif ev == "mandate":
            rec = {"ts": ts, "event": "sepa.mandate.created", "debtor": P(m.plain()), "iban": L("IBAN", gen_iban(r, r.choice(["DE", "PL", "IE", "FR", "ES", "NL"]), spaced=False)), "mandate_ref": "GEP-M-" + digits(r, 9)}
        elif ev == "invalid":
            rec = {"ts": ts, "event": "premium.card.rejected", "reason": "luhn_check_failed", "pan_input": bad_card(r, ""), "ip": L("IP_ADDRESS", gen_ip(r))}
        else:
            rec = {"ts": ts, "event": "gateway.debug", "note": "raw request logged by mistake (INC-" + digits(r, 5) + ")",
                   "raw": M("pan=", L("CREDIT_CARD", gen_card(r, sep="")), "&exp=", "%02d%02d" % (r.randint(1, 12), r.randint(27, 31)), "&name=", P(m.plain().upper().replace(" ", "+")), "&zip=", "%05d" % r.randint(1000, 99999))}
        emit_json(d, rec, compact=True)
        d.t("\n")


@tpl("ft_overseas_claim", "free_text", 5)
def ft_overseas_claim(r, i, d):
    cc = ["IN", "GB", "PH", "CO", "HT"][i]
    orig = {v: kk for kk, v in ORIGIN_CC.items()}[cc]
    m = Person(r, orig)
    d.t("Overseas claim review — ", fdate(gen_date(r), "long"), "\n\n")
    d.t(P(m.plain()), ", a national of ", CC_COUNTRY[cc], " enrolled in Global Expat Plus (member ", L("HEALTH_PLAN_ID", gen_member_id(r)), "), was admitted to ",
        {"IN": "Manipal Hospital, Bengaluru", "GB": "Leeds General Infirmary", "PH": "St. Luke's Medical Center, Taguig",
         "CO": "Clínica Las Américas, Medellín", "HT": "Hôpital Bernard Mevs, Port-au-Prince"}[cc], " with ", L("DIAGNOSIS", r.choice(DX)), ". ")
    lab, val = natl_id(r, cc, m, 0)
    d.t("Identity confirmed from ", lab, " ", val, " and passport ", passport_for(r, cc), ". ")
    if cc == "GB":
        sc = "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))
        d.t("Reimbursement of £", "%.2f" % r.uniform(200, 9000), " to sort code ", sc, ", account ", L("UK_BANK_ACCOUNT", digits(r, 8)), ". ")
    else:
        d.t("Reimbursement to IBAN ", L("IBAN", gen_iban(r, r.choice(["DE", "NL", "IE"]))), " (member's host-country account). ")
    d.t("Discharge medication: ", L("MEDICATION", r.choice(MEDS)), ". Invoice total ", {"IN": "INR 3,84,200", "GB": "GBP 4,120.00", "PH": "PHP 612,450.00", "CO": "COP 18.450.000", "HT": "USD 6,210.00"}[cc], "; FX rate 2026-Q2.\n")
    d.t("Hospital reference ", "HOSP-" + digits(r, 8), " and the hospital's GSTIN/VAT number are not member data.\n")


@tpl("l_idv", "log", 3)
def l_idv(r, i, d):
    d.t("# identity-proofing service (portal registration) — vendor callbacks\n")
    for k in range(r.randint(4, 5)):
        m = Person(r)
        m.dob = gen_dob(r, 1940, 2006)
        ts = ts_iso(r)
        x = (k + i) % 4
        if x in (0, 1):
            st, code, num = gen_dl(r)
            d.t(ts, " idv.result session=", "%012x" % r.getrandbits(48), " doc_type=DRIVER_LICENSE issuer=US-", code, " doc_number=", L("DRIVER_LICENSE", num),
                " name=\"", P(m.plain().upper()), "\" dob=", L("DATE_OF_BIRTH", fdate(m.dob, "iso")), " verdict=", r.choice(["PASS", "PASS", "REVIEW"]), "\n")
        elif x == 2:
            d.t(ts, " idv.result session=", "%012x" % r.getrandbits(48), " doc_type=PASSPORT issuer=USA doc_number=", L("US_PASSPORT", gen_us_passport(r)),
                " name=\"", P(m.plain().upper()), "\" verdict=PASS src_ip=", L("IP_ADDRESS", gen_ip(r)), "\n")
        else:
            d.t(ts, " idv.kba_failed session=", "%012x" % r.getrandbits(48), " ssn_input=", bad_ssn(r), " reason=ssn_not_issued attempts=", str(r.randint(1, 3)), "\n")


@tpl("s_benefits_json", "json", 2)
def s_benefits_json(r, i, d):
    emit_json(d, {"planId": r.choice(["H4471-012", "GLD1500PPO", "SLV87CSR"]), "planYear": 2027, "network": r.choice(["PPO", "HMO-POS", "EPO"]),
                  "deductible": {"individual": r.choice([0, 500, 1500, 7050]), "family": r.choice([1000, 3000, 14100])},
                  "copays": [{"service": "Primary care visit", "cpt": "99214", "amount": r.choice([0, 20, 35])},
                             {"service": "Specialist visit", "cpt": "99244", "amount": r.choice([40, 60, 75])},
                             {"service": "MRI", "cpt": "72148", "coinsurance": 0.2, "priorAuth": True}],
                  "rxTiers": [{"tier": 1, "example": "metformin", "copay": 5}, {"tier": 3, "example": "Eliquis", "copay": 47}, {"tier": 5, "example": "Humira", "coinsurance": 0.33}],
                  "excludedDiagnosisCodes": r.sample(ICD, 2), "sbcDocument": "SBC-" + digits(r, 6) + ".pdf", "schemaVersion": version4(r)})


@tpl("s_x12_999", "free_text", 2)
def s_x12_999(r, i, d):
    dt = fdate(gen_date(r), "x12")
    d.t("ISA*00*          *00*          *ZZ*TESSELLATE     *ZZ*ACMEEMPLOYER   *", dt[2:], "*0530*^*00501*", digits(r, 9), "*0*P*:~\n")
    d.t("GS*FA*TESSELLATE*ACMEEMPLOYER*", dt, "*0530*", str(r.randint(1, 9999)), "*X*005010X231A1~\nST*999*0001*005010X231A1~\n")
    d.t("AK1*BE*", str(r.randint(1, 9999)), "*005010X220A1~\nAK2*834*0001*005010X220A1~\nIK5*A~\nAK9*A*1*1*1~\nSE*6*0001~\nGE*1*", str(r.randint(1, 9999)), "~\nIEA*1*", digits(r, 9), "~\n")


@tpl("s_expat_case_yaml", "yaml", 2)
def s_expat_case_yaml(r, i, d):
    d.t("# member-services case export (Global Expat Plus) — contains PHI\n")
    d.t("case: MS-", digits(r, 7), "\nopened: ", fdate(gen_date(r), "iso"), "\ntopic: add dependents + change refund account\n")
    sub_cc = ["GB", "DE"][i]
    sub = Person(r, {"GB": "uk", "DE": "de"}[sub_cc])
    sub.dob = gen_dob(r, 1960, 1995)
    d.t("subscriber:\n  name: ", P(sub.plain()), "\n  member_id: ", L("HEALTH_PLAN_ID", gen_member_id(r)), "   # Global Expat Plus, group ", group_no(r), "\n")
    d.t("  date_of_birth: ", L("DATE_OF_BIRTH", fdate(sub.dob, "iso")), "\n")
    if sub_cc == "GB":
        d.t("  ni_number: ", L("UK_NATIONAL_INSURANCE_NUMBER", gen_nino(r, False)), "\n")
        sc = "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))
        d.t("  refund_account: \"", L("UK_BANK_ACCOUNT", sc + " " + digits(r, 8)), "\"   # sort code + account\n")
    else:
        d.t("  steuer_id: '", L("DE_TAX_ID", gen_steuer(r)), "'\n")
        d.t("  refund_iban: ", L("IBAN", gen_iban(r, "DE")), "\n")
    d.t("  home_address: >\n    ", L("ADDRESS", addr_one(r, sub_cc)), "\n")
    d.t("dependents:\n")
    for cc in [["CA", "BR"], ["CO", "BR"]][i]:
        orig = {v: kk for kk, v in ORIGIN_CC.items()}[cc]
        dep = Person(r, orig)
        dep.dob = gen_dob(r, 1965, 2020)
        lab, val = natl_id(r, cc, dep, 0)
        d.t("  - name: ", P(dep.plain()), "\n    relationship: ", r.choice(["spouse", "child", "domestic partner"]), "\n    dob: ", L("DATE_OF_BIRTH", fdate(dep.dob, "iso")), "\n")
        d.t("    id_type: ", lab, "\n    id_number: '", val, "'\n")
    d.t("notes: |\n  Called ", P(sub.given), " back on ", L("PHONE", gen_phone(r, sub_cc)), "; documents received via portal upload ", "DOC-" + digits(r, 8), ".\n")


@tpl("c_lab_catalog", "lab_report", 1)
def c_lab_catalog(r, i, d):
    d.t("NORTHSTAR PATHOLOGY — TEST CATALOG EXTRACT (payer edition, no patient data)\nCatalog version ", version4(r), "\n\n")
    d.t("%-10s %-34s %-10s %-22s %s\n" % ("CODE", "TEST", "CPT", "REF RANGE", "PAYER NOTE"))
    for row in [("4548-4", "Hemoglobin A1c", "83036", "4.0-5.6 %", "diabetes monitoring, 4/yr"), ("33914-3", "eGFR (CKD-EPI 2021)", "80069", ">59 mL/min", "CKD staging"),
                ("11011-4", "HCV RNA, quantitative", "87522", "Not detected", "hepatitis C treatment monitoring"), ("2089-1", "LDL cholesterol", "80061", "<100 mg/dL", "statin therapy"),
                ("3016-3", "TSH", "84443", "0.45-4.5 mIU/L", "hypothyroidism on levothyroxine")]:
        d.t("%-10s %-34s %-10s %-22s %s\n" % row)
    d.t("\nSpecimen retention 7 days. Prices effective ", fdate(gen_date(r, 2026, 2027), "long"), ".\n")


@tpl("c_hl7_mfn", "hl7", 1)
def c_hl7_mfn(r, i, d):
    ts = fdate(gen_date(r), "x12") + "0200"
    d.t("MSH|^~\\&|FORMULARY|TESSELLATE|PHARMSYS|STBRIGID|", ts, "||MFN^M15|", digits(r, 9), "|P|2.5.1\r")
    d.t("MFI|INV^Inventory Item Master File^HL70175||UPD|||NE\r")
    for med, strength, ndc in r.sample(PBM_DRUGS, 4):
        d.t("MFE|MAD|||", ndc, "^", med, "^NDC\r")
        d.t("IIM|", ndc, "^", med, " ", strength, "^NDC|", digits(r, 6), "||||||", "%.2f" % r.uniform(1, 900), "\r")


@tpl("s_facility_csv", "csv", 1)
def s_facility_csv(r, i, d):
    csv_row(d, ["org_npi", "tin", "facility_name", "taxonomy", "county_fips", "network_status", "contract_id"])
    for name in r.sample(["Mayo Clinic Health System", "Johns Hopkins Bayview", "Cedars-Sinai Marina del Rey", "Mount Sinai Queens", "Ochsner LSU Health",
                          "Hospital San Francisco (Río Piedras)", "Kaiser Permanente Fresno", "Baylor Scott & White – Round Rock"], 6):
        csv_row(d, [npi(r), ein(r), name, r.choice(["282N00000X", "261QM1300X", "193400000X"]), digits(r, 5), r.choice(["IN", "OON", "PENDING"]), "CNT-" + digits(r, 7)])


@tpl("s_metrics_ndjson", "ndjson", 1)
def s_metrics_ndjson(r, i, d):
    for k in range(6):
        emit_json(d, {"ts": ts_iso(r), "metric": r.choice(["claims.adjudicated", "elig.records.loaded", "pa.decisions", "rx.rejects"]), "value": r.randint(10, 90000),
                      "host": "claims-worker-%02d" % r.randint(1, 40), "build": version4(r), "lob": r.choice(["COMM", "MA", "MCD"])}, compact=True)
        d.t("\n")

# ----------------------------------------------------------------------------------------------
# render, validate, write

LEAK_RES = [
    ("CREDIT_CARD", re.compile(r"(?<![\w.-])(?:\d[ -]?){12,18}\d(?![\w-])"), lambda s: luhn_ok(s) and re.sub(r"\D", "", s)[0] in "3456" and 13 <= len(re.sub(r"\D", "", s)) <= 19),
    ("US_SSN", re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])"), ssn_ok),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b"), lambda s: iban_ok(s) if len(s.replace(" ", "")) >= 15 else False),
    ("IN_AADHAAR", re.compile(r"(?<!\d)\d{4} \d{4} \d{4}(?!\d)"), aadhaar_ok),
    ("UK_NHS_NUMBER", re.compile(r"(?<!\d)\d{3} \d{3} \d{4}(?!\d)"), nhs_ok),
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), lambda s: True),
]


def validate(doc):
    text, ents = doc["text"], doc["entities"]
    assert text and doc["format"] in FORMATS, doc["id"]
    last = 0
    for e in sorted(ents, key=lambda e: e["start"]):
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (doc["id"], e, s)
        assert e["start"] >= last, ("overlap", doc["id"], e)
        last = e["end"]
        v = VALIDATORS.get(e["type"])
        if v:
            assert v(s), ("checksum", doc["id"], e["type"], s)
    lv = max([LEVEL[e["type"]] for e in ents], default=1)
    assert doc["classification"] == LVNAME[lv]
    fmt = doc["format"]
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for ln in text.splitlines():
            if ln.strip():
                json.loads(ln)
    if fmt in ("csv", "tsv"):
        body = "\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))
        rows = list(csv.reader(io.StringIO(body), delimiter="," if fmt == "csv" else "\t"))
        assert len({len(x) for x in rows if x}) == 1, (doc["id"], [len(x) for x in rows])
    # leak check: unlabelled look-alikes that pass their checks
    cover = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            cover[k] = True
    leaks = []
    for typ, rx, ok in LEAK_RES:
        for mt in rx.finditer(text):
            if any(cover[mt.start():mt.end()]):
                continue
            if ok(mt.group()):
                leaks.append((typ, mt.group()))
    assert not leaks, (doc["id"], leaks)


def build():
    docs = []
    for name, fmt, count, fn in TEMPLATES:
        for i in range(count):
            r = random.Random("%s:%s:%d" % (SEED, name, i))
            d = Doc()
            fn(r, i, d)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lv = max([LEVEL[e["type"]] for e in ents], default=1)
            doc = {"id": "h39_%s-%d" % (name, i), "text": d.text(), "entities": ents, "classification": LVNAME[lv], "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # counts
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for x in docs if not x["entities"]))
    for title, cnt in (("classification", Counter(x["classification"] for x in docs)),
                       ("format", Counter(x["format"] for x in docs)),
                       ("entity type", Counter(e["type"] for x in docs for e in x["entities"]))):
        print("\n%s:" % title)
        for k, v in cnt.most_common():
            print("  %-30s %d" % (k, v))
    print("\ntypes with no example:", sorted(set(LEVEL) - {e["type"] for x in docs for e in x["entities"]}))


if __name__ == "__main__":
    build()
