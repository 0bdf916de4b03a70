#!/usr/bin/env python3
"""holdout11 - independent PII/PHI evaluation corpus generator (standard library only).

Written from the public contract (LABELS.md, PRIOR_CORPUS.md, brief) only.
Deterministic: every document uses random.Random(f"{SEED}:{template}:{n}").
"""
import csv, io, json, random, re, sys, string
from collections import Counter

SEED = "holdout11/saltmarsh-quire-4087"
OUT = "/tmp/holdout11/holdout11.jsonl"

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS", "MEDICATION",
              "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
              "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID", "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR",
              "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL_T = {"PERSON"}
ALLTYPES = RESTRICTED | CONFIDENTIAL | INTERNAL_T
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

# ----------------------------------------------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------------------------------------------
class M:
    """A string mixing plain text and labelled values (for JSON / CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts


def E(t, v):
    assert t in ALLTYPES, t
    return ("\0E", t, v)


def is_e(x):
    return isinstance(x, tuple) and len(x) == 3 and x[0] == "\0E"


def plain(x):
    if is_e(x):
        return x[2]
    if isinstance(x, M):
        return "".join(plain(p) for p in x.parts)
    return x


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def __call__(self, *items):
        for it in items:
            if is_e(it):
                _, t, v = it
                self.ents.append({"type": t, "start": self.n, "end": self.n + len(v)})
                self._w(v)
            elif isinstance(it, M):
                self(*it.parts)
            else:
                assert isinstance(it, str), repr(it)
                self._w(it)
        return self

    def _w(self, s):
        self.buf.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.buf)


def jstr(d, x):
    """write a JSON string literal; labelled values keep their span on the escaped content."""
    d('"')
    parts = x.parts if isinstance(x, M) else [x]
    for p in parts:
        if is_e(p):
            d(E(p[1], json.dumps(p[2], ensure_ascii=False)[1:-1]))
        else:
            d(json.dumps(p, ensure_ascii=False)[1:-1])
    d('"')


def jdump(d, obj, indent=2, level=0, compact=False):
    sp = "" if compact else "\n" + " " * (indent * (level + 1))
    end = "" if compact else "\n" + " " * (indent * level)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                d(sep)
            d(sp)
            d(json.dumps(k, ensure_ascii=False), ": ")
            jdump(d, v, indent, level + 1, compact)
        d(end, "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[")
        for i, v in enumerate(obj):
            if i:
                d(sep)
            d(sp)
            jdump(d, v, indent, level + 1, compact)
        d(end, "]")
    elif isinstance(obj, str) or is_e(obj) or isinstance(obj, M):
        jstr(d, obj)
    else:
        d(json.dumps(obj))


def csvrow(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d(sep)
        p = plain(c)
        need = sep in p or '"' in p or "\n" in p
        if need:
            d('"')
        parts = c.parts if isinstance(c, M) else [c]
        for q in parts:
            if is_e(q):
                d(E(q[1], q[2].replace('"', '""') if need else q[2]))
            else:
                d(q.replace('"', '""') if need else q)
        if need:
            d('"')
    d("\n")

# ----------------------------------------------------------------------------------------------------------------
# checksums (from public specifications)
# ----------------------------------------------------------------------------------------------------------------
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
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
    if len(ds) != 10:
        return False
    t = sum(ds[i] * (10 - i) for i in range(9))
    c = 11 - t % 11
    if c == 11:
        c = 0
    return c != 10 and c == ds[9]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    pre = {"X": "0", "Y": "1", "Z": "2"}
    num = (pre[s[0]] + s[1:-1]) if s[0] in pre else s[:-1]
    return num.isdigit() and DNI_L[int(num) % 23] == s[-1]


def nir_key(n13):
    n = n13.replace("2A", "19").replace("2B", "18")
    return 97 - int(n) % 97


def steuer_check(d10):
    prod = 10
    for c in d10:
        s = (int(c) + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c


def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return steuer_check(s[:10]) == int(s[10])


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(s15):
    t = 0
    for i, c in enumerate(s15):
        t += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + t % 26)


def cpf_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) != 11 or len(set(ds)) == 1:
        return False
    for k in (9, 10):
        t = sum(ds[i] * (k + 1 - i) for i in range(k))
        r = (t * 10) % 11
        if r == 10:
            r = 0
        if r != ds[k]:
            return False
    return True


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 7, 6, 8, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


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


NRIC_W = [2, 7, 6, 5, 4, 3, 2]


def nric_letter(pre, d7):
    t = sum(int(c) * w for c, w in zip(d7, NRIC_W))
    if pre in "TG":
        t += 4
    elif pre == "M":
        t += 3
    r = t % 11
    return ("JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK")[r]


def nric_ok(s):
    return nric_letter(s[0], s[1:8]) == s[8]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    al = MBI_L + "0123456789"
    pat = ["123456789", MBI_L, al, "0123456789", MBI_L, al, "0123456789", MBI_L, MBI_L, "0123456789", "0123456789"]
    return all(c in p for c, p in zip(s, pat))


def nino_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    if s[0] in "DFIQUV" or s[1] in "DFIOQUV" or s[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return False
    return True


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def sin_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 9 and ds[0] != "0" and luhn_ok(ds)


def selftest():
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89 3704 0044 0532 0130 00")
    assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cpf_ok("111.444.777-35") and not cpf_ok("111.444.777-36")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == 3
    assert nric_ok("S1234567D")
    assert cf_check("RSSMRA85T10A562") == "S"
    assert mbi_ok("1EG4-TE5-MK73")
    assert luhn_ok("046 454 286")
    assert steuer_ok("86095742719") and steuer_ok("65929970489")
    assert nino_ok("QQ123456C") is False  # Q first letter not allowed
    assert nino_ok("AB123456C")

# ----------------------------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------------------------
def dg(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    s = "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))
    assert ssn_ok(s)
    return s


def bad_ssn(r):
    return r.choice(["000", "666", "9%02d" % r.randint(0, 99)]) + "-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999))


CARD_PRE = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
            ("6011", 16), ("65", 16), ("4", 13)]


def card(r, sep=" "):
    pre, ln = r.choice(CARD_PRE[:10])
    num = luhn_complete(pre + dg(r, ln - len(pre) - 1))
    if ln == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g)


def bad_card(r, sep=" "):
    c = card(r, "")
    last = str((int(c[-1]) + r.randint(1, 9)) % 10)
    c = c[:-1] + last
    assert not luhn_ok(c)
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def luhn_bad_digits(r, n):
    while True:
        s = str(r.randint(1, 9)) + dg(r, n - 1)
        if not luhn_ok(s):
            return s


def es_bban(r):
    bank, branch, acct = dg(r, 4), dg(r, 4), dg(r, 10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def cd(s):
        c = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(c, c)
    return bank + branch + str(cd("00" + bank + branch)) + str(cd(acct)) + acct


def fr_bban(r):
    bank, guichet, acct = dg(r, 5), dg(r, 5), dg(r, 11)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
    return bank + guichet + acct + "%02d" % key


def nl_bban(r):
    while True:
        a = dg(r, 10)
        if sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11 == 0 and a[0] != "0":
            return r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + a


def be_bban(r):
    b = dg(r, 10)
    c = int(b) % 97 or 97
    return b + "%02d" % c


BANKS_GB = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA", "MONZ"]
BANKS_IE = ["AIBK", "BOFI", "IPBS", "PTSB"]


def iban(r, cc=None, spaced=True):
    cc = cc or r.choice(["DE", "GB", "FR", "ES", "NL", "IE", "BE", "PL", "AT", "IT", "PT", "CH"])
    if cc == "DE":
        bb = dg(r, 18)
    elif cc == "GB":
        bb = r.choice(BANKS_GB) + dg(r, 14)
    elif cc == "IE":
        bb = r.choice(BANKS_IE) + dg(r, 14)
    elif cc == "FR":
        bb = fr_bban(r)
    elif cc == "ES":
        bb = es_bban(r)
    elif cc == "NL":
        bb = nl_bban(r)
    elif cc == "BE":
        bb = be_bban(r)
    elif cc == "PL":
        bb = dg(r, 24)
    elif cc == "AT":
        bb = dg(r, 16)
    elif cc == "PT":
        bb = dg(r, 21)
    elif cc == "CH":
        bb = dg(r, 17)
    elif cc == "IT":
        body = dg(r, 10) + dg(r, 12)
        bb = cf_check(body) + body  # CIN uses the same odd/even tables
    s = iban_make(cc, bb)
    assert iban_ok(s)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bad_iban(r, cc=None):
    s = iban(r, cc, spaced=False)
    k = int(s[2:4])
    s = s[:2] + "%02d" % ((k + r.randint(1, 50)) % 97 + 2 if (k + 1) % 97 else 3) + s[4:]
    if iban_ok(s):
        s = s[:2] + ("11" if s[2:4] != "11" else "12") + s[4:]
    assert not iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def nhs(r):
    while True:
        b = dg(r, 9)
        if b[0] == "0":
            continue
        t = sum(int(b[i]) * (10 - i) for i in range(9))
        c = 11 - t % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = b + str(c)
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


def bad_nhs(r):
    s = nhs(r).replace(" ", "")
    while True:
        t = s[:9] + str(r.randint(0, 9))
        if not nhs_ok(t):
            return "%s %s %s" % (t[:3], t[3:6], t[6:])


def nino(r, spaced=True):
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        s = p + dg(r, 6) + r.choice("ABCD")
        if nino_ok(s):
            return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8]) if spaced else s


def uk_sort(r):
    return "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))


def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ")
        n = dg(r, 7)
        v = int({"X": "0", "Y": "1", "Z": "2"}[p] + n)
        s = p + n + DNI_L[v % 23]
    else:
        n = r.randint(1000000, 99999999)
        s = "%08d" % n + DNI_L[n % 23]
    assert dni_ok(s)
    return s


def bad_dni(r):
    s = dni(r)
    return s[:-1] + DNI_L[(DNI_L.index(s[-1]) + r.randint(1, 22)) % 23]


FR_DEPTS = ["75", "69", "13", "33", "59", "31", "44", "67", "2A", "06", "35", "974"]


def nir(r, sex=None, year=None, month=None, spaced=True):
    sex = sex or r.choice("12")
    yy = "%02d" % ((year or r.randint(1950, 2004)) % 100)
    mm = "%02d" % (month or r.randint(1, 12))
    dep = r.choice(FR_DEPTS)
    if len(dep) == 3:
        com = "%02d" % r.randint(1, 24)
    else:
        com = "%03d" % r.randint(1, 400)
    order = "%03d" % r.randint(1, 999)
    n13 = sex + yy + mm + dep + com + order
    key = "%02d" % nir_key(n13)
    if spaced:
        return " ".join([sex, yy, mm, dep + ("" if len(dep) == 2 else ""), com, order, key]) if len(dep) == 2 \
            else " ".join([sex, yy, mm, dep, com, order, key])
    return n13 + key


def bad_nir(r):
    s = nir(r, spaced=False)
    k = (int(s[-2:]) + r.randint(1, 40)) % 97 + 1
    if "%02d" % k == s[-2:]:
        k = k % 96 + 1
    return s[:-2] + "%02d" % k


def steuer(r, spaced=False):
    while True:
        first = str(r.randint(1, 9))
        digits = list("0123456789")
        r.shuffle(digits)
        # 10 positions; one digit twice, one digit missing
        body = [first]
        pool = [d for d in "0123456789" if d != first]
        r.shuffle(pool)
        chosen = pool[:8]
        dup = r.choice([first] + chosen)
        rest = chosen + [dup]
        r.shuffle(rest)
        body += rest
        s = "".join(body)
        if len(s) != 10:
            continue
        s += str(steuer_check(s))
        if steuer_ok(s):
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]) if spaced else s


def bad_steuer(r):
    s = steuer(r)
    t = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    assert not steuer_ok(t)
    return t


BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273",
            "Bologna": "A944", "Firenze": "D612", "Bari": "A662", "Genova": "D969", "Verona": "L781"}
VOW = "AEIOU"


def _cf_part(name, is_first):
    s = "".join(c for c in strip_acc(name).upper() if c.isalpha())
    cons = [c for c in s if c not in VOW]
    vows = [c for c in s if c in VOW]
    if is_first and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def strip_acc(s):
    tbl = str.maketrans("àáâäãåèéêëìíîïòóôöõùúûüçñÀÁÂÄÈÉÊÌÍÒÓÔÖÙÚÜÇÑłŁøØŻżŚśĆćŃńĘęĄąŹźŌōŪū", "aaaaaaeeeeiiiiooooouuuucnAAAAEEEIIOOOOUUUCNlLoOZzSsCcNnEeAaZzOoUu")
    return s.translate(tbl).replace("ß", "ss")


def codice_fiscale(first, last, y, m, d, female, city):
    s = _cf_part(last, False) + _cf_part(first, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (d + (40 if female else 0)) + BELFIORE[city]
    return s + cf_check(s)


def bad_cf(cf):
    c = chr(65 + (ord(cf[-1]) - 65 + 7) % 26)
    return cf[:-1] + c


def cpf(r, fmt=True):
    while True:
        ds = [r.randint(0, 9) for _ in range(9)]
        if len(set(ds)) > 1:
            break
    for k in (9, 10):
        t = sum(ds[i] * (k + 1 - i) for i in range(k))
        x = (t * 10) % 11
        ds.append(0 if x == 10 else x)
    s = "".join(map(str, ds))
    assert cpf_ok(s)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


def bad_cpf(r):
    s = cpf(r, False)
    t = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    assert not cpf_ok(t)
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def aadhaar(r, sep=" "):
    b = str(r.randint(2, 9)) + dg(r, 10)
    s = b + str(verhoeff_digit(b))
    assert verhoeff_ok(s)
    return sep.join([s[:4], s[4:8], s[8:]])


def bad_aadhaar(r):
    s = aadhaar(r, "")
    while True:
        t = s[:11] + str(r.randint(0, 9))
        if not verhoeff_ok(t):
            return " ".join([t[:4], t[4:8], t[8:]])


def nric(r, pre=None):
    pre = pre or r.choice("STSTFG")
    d7 = dg(r, 7)
    return pre + d7 + nric_letter(pre, d7)


def bad_nric(r):
    s = nric(r)
    tbl = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    return s[:-1] + tbl[(tbl.index(s[-1]) + r.randint(1, 10)) % 11]


def sin(r, sep=" "):
    while True:
        b = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + dg(r, 7)
        s = luhn_complete(b)
        return sep.join([s[:3], s[3:6], s[6:]])


def bad_sin(r):
    s = sin(r, "")
    t = s[:8] + str((int(s[8]) + r.randint(1, 9)) % 10)
    assert not luhn_ok(t)
    return "%s-%s-%s" % (t[:3], t[3:6], t[6:])


def mbi(r, dashed=None):
    al = MBI_L + "0123456789"
    pat = ["123456789", MBI_L, al, "0123456789", MBI_L, al, "0123456789", MBI_L, MBI_L, "0123456789", "0123456789"]
    s = "".join(r.choice(p) for p in pat)
    assert mbi_ok(s)
    if dashed is None:
        dashed = r.random() < 0.5
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def L(r, n=1):
    return "".join(r.choice(string.ascii_uppercase) for _ in range(n))


def passport(r, country):
    f = {
        "US": lambda: r.choice([dg(r, 9), r.choice("ACEFHKMNPRSTW") + dg(r, 8)]),
        "GB": lambda: dg(r, 9), "IE": lambda: L(r, 2) + dg(r, 7), "CA": lambda: L(r, 2) + dg(r, 6),
        "AU": lambda: r.choice(["PA", "PB", "N", "E"]) + dg(r, 7), "IN": lambda: L(r) + dg(r, 7),
        "SG": lambda: "K" + dg(r, 7) + L(r), "BR": lambda: L(r, 2) + dg(r, 6), "MX": lambda: "G" + dg(r, 8),
        "ES": lambda: L(r, 3) + dg(r, 6), "FR": lambda: dg(r, 2) + L(r, 2) + dg(r, 5),
        "DE": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "IT": lambda: L(r, 2) + dg(r, 7), "NL": lambda: "N" + L(r) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + dg(r, 1),
        "PL": lambda: L(r, 2) + dg(r, 7), "NG": lambda: "A" + dg(r, 8), "KE": lambda: "AK" + dg(r, 7),
        "PH": lambda: "P" + dg(r, 7) + L(r), "JP": lambda: r.choice(["TK", "TR", "MU", "TZ"]) + dg(r, 7),
        "KR": lambda: "M" + dg(r, 3) + L(r) + dg(r, 4),
    }[country]
    return f()


DL_STATES = {
    "California": ("CA", lambda r: L(r) + dg(r, 7)),
    "Florida": ("FL", lambda r: "%s%s-%s-%s-%s-%s" % (L(r), dg(r, 3), dg(r, 3), dg(r, 2), dg(r, 3), dg(r, 1))),
    "Illinois": ("IL", lambda r: "%s%s-%s-%s" % (L(r), dg(r, 3), dg(r, 4), dg(r, 4))),
    "Texas": ("TX", lambda r: dg(r, 8)),
    "New York": ("NY", lambda r: "%s %s %s" % (dg(r, 3), dg(r, 3), dg(r, 3))),
    "Pennsylvania": ("PA", lambda r: "%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3))),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9))),
    "Michigan": ("MI", lambda r: "%s %s %s %s" % (L(r), dg(r, 3), dg(r, 3), dg(r, 3) + " " + dg(r, 3))),
    "New Jersey": ("NJ", lambda r: "%s%s %s %s" % (L(r), dg(r, 4), dg(r, 5), dg(r, 5))),
    "Ohio": ("OH", lambda r: L(r, 2) + dg(r, 6)),
    "Georgia": ("GA", lambda r: dg(r, 9)),
    "Arizona": ("AZ", lambda r: r.choice("ABDY") + dg(r, 8)),
    "Massachusetts": ("MA", lambda r: "S" + dg(r, 8)),
    "Colorado": ("CO", lambda r: "%s-%s-%s" % (dg(r, 2), dg(r, 3), dg(r, 4))),
    "Wisconsin": ("WI", lambda r: "%s%s-%s-%s-%s" % (L(r), dg(r, 3), dg(r, 4), dg(r, 4), dg(r, 2))),
    "Minnesota": ("MN", lambda r: L(r) + dg(r, 12)),
    "Virginia": ("VA", lambda r: "%s%s-%s-%s" % (L(r), dg(r, 2), dg(r, 2), dg(r, 4))),
    "North Carolina": ("NC", lambda r: "0000" + dg(r, 8)),
    "Nevada": ("NV", lambda r: dg(r, 10)),
    "Oregon": ("OR", lambda r: L(r) + dg(r, 6)),
    "Utah": ("UT", lambda r: dg(r, 9)),
    "Kentucky": ("KY", lambda r: L(r) + dg(r, 2) + "-" + dg(r, 3) + "-" + dg(r, 3)),
}


def dl_state(r):
    st = r.choice(sorted(DL_STATES))
    code, f = DL_STATES[st]
    return st, code, f(r)


def uk_dl(r, last, first, y, m, d, female):
    s5 = (strip_acc(last).upper().replace(" ", "").replace("'", "").replace("-", "") + "99999")[:5]
    mm = m + (50 if female else 0)
    core = s5 + str(y % 100 // 10) + "%02d" % mm + "%02d" % d + str(y % 10)
    ini = (strip_acc(first)[0].upper() + "9")
    return core + ini + str(r.randint(0, 9)) + L(r, 2)


def health_plan_id(r):
    return r.choice([lambda: L(r, 3) + dg(r, 9), lambda: "W" + dg(r, 9), lambda: "MBR" + dg(r, 8),
                     lambda: L(r, 2) + dg(r, 7) + "-0" + str(r.randint(1, 4)), lambda: dg(r, 3) + "-" + dg(r, 4) + "-" + dg(r, 3),
                     lambda: "H" + dg(r, 4) + L(r, 2) + dg(r, 3)])()


def mrn(r):
    return r.choice([lambda: dg(r, 8), lambda: "E" + dg(r, 7), lambda: "MRN-" + dg(r, 6), lambda: L(r, 2) + dg(r, 6),
                     lambda: dg(r, 3) + "-" + dg(r, 2) + "-" + dg(r, 2), lambda: "K" + dg(r, 9)])()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def ymd(r, a=1938, b=2006):
    y = r.randint(a, b)
    m = r.randint(1, 12)
    d = r.randint(1, DIM[m - 1])
    return y, m, d


def fdate(y, m, d, style):
    return {
        "iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y), "eu": "%02d/%02d/%04d" % (d, m, y),
        "dot": "%02d.%02d.%04d" % (d, m, y), "long": "%d %s %d" % (d, MONTHS[m - 1], y),
        "uslong": "%s %d, %d" % (MONTHS[m - 1], d, y), "short": "%02d-%s-%04d" % (d, MONTHS[m - 1][:3].upper(), y),
        "hl7": "%04d%02d%02d" % (y, m, d), "dash": "%02d-%02d-%04d" % (d, m, y), "mon": "%d %s %d" % (d, MONTHS[m - 1][:3], y),
        "jp": "%04d/%02d/%02d" % (y, m, d),
    }[style]

# ----------------------------------------------------------------------------------------------------------------
# people, places, phones
# ----------------------------------------------------------------------------------------------------------------
NAMES = {  # country: (female given, male given, family)
    "US": ("Shaniqua Brooke Kaylee Marisol DeShawna Tamsin Harper Jolene".split(),
           "Tyrone Brantley Cody Dashiell Jamal Everett Rhett Colby".split(),
           "Washington Kowalczyk Hollister Okafor-Reyes Bergstrom Delacroix McAllister Whitfield Trujillo Yazzie".split()),
    "GB": ("Siobhan Imogen Bethan Priya Niamh Gwyneth Harriet Saoirse".split(),
           "Alasdair Rhys Callum Oluwaseun Hamish Tobias Declan Rupert".split(),
           "Featherstonehaugh Pryce-Jones Ogunleye Haversham Llewellyn Buckworth Mistry Cholmondeley Tregothnan".split()),
    "IE": ("Aoife Gráinne Clodagh Síle Méabh Orlaith".split(), "Cathal Donncha Oisín Tadhg Ruairí Fearghal".split(),
           ["Ó Súilleabháin", "Ní Dhomhnaill", "Mac Cárthaigh", "Breathnach", "Ó Ceallaigh", "Nic Giolla Bhríde", "Uí Bhriain"]),
    "CA": ("Geneviève Marie-Ève Anaïs Kateri Mélodie Noémie".split(), "Jean-François Étienne Maxime Rémi Gaétan Thierry".split(),
           "Bouchard Lévesque Tremblay Côté Ouellet St-Onge Nadeau-Fréchette Gagnon".split()),
    "AU": ("Matilda Kirra Tahlia Bindi Sienna Jacinta".split(), "Lachlan Banjo Jarrah Hamish Mitchell Darcy".split(),
           "Tippett Nguyen Papadakis Woolcott O'Loughlin Rangiwahia Hindmarsh".split()),
    "IN": ("Aishwarya Lakshmi Nandini Sunaina Harpreet Kavya".split(), "Venkatesh Arjun Siddharth Gurdeep Karthikeyan Anirudh".split(),
           "Raghunathan Bhattacharya Venkataraman Iyer Chaudhary Kulkarni Sandhu Subramaniam".split()),
    "SG": (["Hui Min", "Shu Fen", "Nurul Aisyah", "Kavitha", "Jia Yi"],
           ["Wei Jie", "Zhi Hao", "Muhammad Firdaus", "Rajendran", "Jun Kiat"],
           "Tan Lim Teo Goh Ong Koh Ng Chua".split()),
    "BR": ("Thaís Luíza Conceição Raíssa Jaqueline Iracema".split(), "João Vinícius Caetano Anderson Wellington Ubirajara".split(),
           ["dos Santos", "Guimarães", "Nascimento", "de Oliveira Prado", "Figueiredo", "Bittencourt", "da Conceição"]),
    "MX": (["Guadalupe", "Xóchitl", "Itzel", "Citlali", "María José"],
           ["Cuauhtémoc", "Juan Pablo", "Rigoberto", "Ulises", "Tonatiuh"],
           ["Hernández Ávila", "Zúñiga", "Quetzal", "Villaseñor", "Ocampo Téllez", "Bermúdez"]),
    "ES": (["Itziar", "Montserrat", "Begoña", "Nerea", "Maria del Mar", "Ainhoa"], ["Iñaki", "Jordi", "Xabier", "Borja", "Josep Maria", "Unai"],
           ["García-Arrieta", "Etxeberria", "Puigdemont", "de la Fuente", "Ibáñez", "Urquijo", "Casals i Vila"]),
    "FR": (["Bénédicte", "Maëlle", "Solène", "Clémence", "Marie-Hélène", "Océane"], ["Jean-Baptiste", "Loïc", "Aurélien", "Gaël", "Benoît", "Timothée"],
           ["de Villeneuve", "Lefèvre", "d'Argenson", "Béranger", "Le Goff", "Rousseau-Marchal", "Kervella"]),
    "DE": (["Anneliese", "Jördis", "Frauke", "Svenja", "Hannelore", "Wiebke"], ["Jörg", "Klaus-Dieter", "Malte", "Sönke", "Torben", "Ulrich"],
           ["von Trotha", "Schäfer", "Große-Wilde", "Oßwald", "Dreßler", "zu Lynar", "Nüßlein"]),
    "IT": (["Giuseppina", "Ludovica", "Annunziata", "Benedetta", "Mariagrazia", "Ottavia"], ["Gianluca", "Salvatore", "Pierpaolo", "Ettore", "Corrado", "Gennaro"],
           ["Esposito", "Della Valle", "Lo Russo", "D'Alessandro", "Sciarrino", "Bianchini", "Di Stefano"]),
    "NL": (["Femke", "Marijke", "Sanne", "Lieke", "Anouk", "Geertruida"], ["Joris", "Maarten", "Sjoerd", "Thijs", "Wouter", "Bram"],
           ["van der Heijden", "de Groot", "van 't Hof", "Bakker", "Visser", "ter Horst", "Dijkstra"]),
    "PL": (["Małgorzata", "Agnieszka", "Jadwiga", "Zofia", "Katarzyna", "Bożena"], ["Grzegorz", "Wojciech", "Przemysław", "Łukasz", "Zbigniew", "Jędrzej"],
           ["Wiśniewska", "Brzęczyszczykiewicz", "Kowalczyk", "Szczepański", "Żółtowska", "Grabowski", "Chmielewski"]),
    "NG": (["Chiamaka", "Ngozi", "Folasade", "Zainab", "Adaeze", "Funmilayo"], ["Chukwuemeka", "Oluwatobi", "Babatunde", "Ikechukwu", "Abubakar", "Emeka"],
           ["Okonkwo", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Abdullahi", "Olawale-Johnson"]),
    "KE": (["Wanjiru", "Akinyi", "Njeri", "Chebet", "Nafula", "Wambui"], ["Kipchoge", "Otieno", "Mwangi", "Kamau", "Barasa", "Omondi"],
           ["Kariuki", "Odhiambo", "Wekesa", "Njoroge", "Mutua", "Kiprotich", "Achieng"]),
    "PH": (["Maricel", "Rowena", "Jocelyn", "Analyn", "Lovely Joy", "Divina"], ["Rodrigo", "Jhun-Jhun", "Emmanuel", "Ronaldo", "Bong", "Jericho"],
           ["Dela Cruz", "Macapagal", "Bautista", "Villanueva", "Panganiban", "Sy", "Magsaysay"]),
    "JP": (["Haruka", "Yui", "Sakura", "Aoi", "Mitsuko", "Chihiro"], ["Haruto", "Takeshi", "Ren", "Kenji", "Shōhei", "Daisuke"],
           ["Takahashi", "Watanabe", "Yamaguchi", "Matsumoto", "Inoue", "Ōtsuka", "Kobayashi"]),
    "KR": (["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin", "Soo-ah", "Eun-ji"], ["Min-jun", "Seung-hoon", "Ji-ho", "Dong-hyun", "Jae-won", "Hyun-woo"],
           ["Kim", "Park", "Choi", "Jeong", "Yoon", "Kang", "Baek"]),
}
COUNTRIES = sorted(NAMES)
SYL = ["ka", "ro", "vi", "zel", "mar", "tu", "ob", "qui", "len", "dra", "yo", "sev", "an", "phe", "lu", "ix", "bri", "ne",
       "gor", "ta", "ush", "el", "fen", "oa"]


def invented(r, k=None):
    k = k or r.randint(2, 3)
    return "".join(r.choice(SYL) for _ in range(k)).capitalize()


class Person:
    def __init__(self, r, country=None, female=None):
        self.country = country or r.choice(COUNTRIES)
        fg, mg, fam = NAMES[self.country]
        self.female = r.random() < 0.5 if female is None else female
        self.first = r.choice(fg if self.female else mg)
        self.last = r.choice(fam)
        if self.country == "PL":
            if self.female and self.last.endswith("ski"):
                self.last = self.last[:-1] + "a"
            if not self.female and self.last.endswith("ska"):
                self.last = self.last[:-1] + "i"
        if r.random() < 0.15:
            self.first = invented(r)
        if r.random() < 0.15:
            self.last = invented(r, 3)
        if self.country == "SG" and self.first in ("Nurul Aisyah", "Muhammad Firdaus", "Kavitha", "Rajendran"):
            self.last = r.choice(["binte Rahman", "bin Ismail"] if self.first in ("Nurul Aisyah", "Muhammad Firdaus") else ["Subramaniam", "Pillai"])
            self.sg_western = True
        else:
            self.sg_western = False
        self.mid = r.choice(string.ascii_uppercase) if r.random() < 0.2 and self.country in ("US", "CA", "AU", "GB") else ""
        self.y, self.m, self.d = ymd(r)
        self.title = ("Ms" if self.female else "Mr")
        self.r = r

    @property
    def full(self):
        if self.country == "SG" and not self.sg_western:
            return "%s %s" % (self.last, self.first)
        return " ".join(x for x in [self.first, (self.mid + ".") if self.mid else "", self.last] if x)

    def email(self, domain=None):
        f = strip_acc(self.first).lower().replace(" ", "").replace("'", "")
        l = strip_acc(self.last).lower().replace(" ", "").replace("'", "")
        f = re.sub(r"[^a-z\-]", "", f)
        l = re.sub(r"[^a-z\-]", "", l)
        dom = domain or self.r.choice(MAILDOM.get(self.country, ["gmail.com"]) + ["gmail.com", "outlook.com", "proton.me"])
        pat = self.r.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{l}.{f}", "{f}_{l}{n}", "{f}{n}"])
        return pat.format(f=f, l=l, f0=f[:1], n=self.r.randint(1, 99)) + "@" + dom

    def dob(self, style):
        return fdate(self.y, self.m, self.d, style)


MAILDOM = {"US": ["yahoo.com", "comcast.net"], "GB": ["btinternet.com", "sky.com"], "IE": ["eircom.net"],
           "CA": ["videotron.ca", "rogers.com"], "AU": ["bigpond.com"], "IN": ["rediffmail.com"], "SG": ["singnet.com.sg"],
           "BR": ["uol.com.br", "bol.com.br"], "MX": ["prodigy.net.mx"], "ES": ["telefonica.net"], "FR": ["orange.fr", "free.fr"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "IT": ["libero.it", "tiscali.it"], "NL": ["ziggo.nl", "kpnmail.nl"],
           "PL": ["wp.pl", "o2.pl"], "NG": ["yahoo.co.uk"], "KE": ["gmail.com"], "PH": ["yahoo.com.ph"], "JP": ["docomo.ne.jp"],
           "KR": ["naver.com", "daum.net"]}


def address(r, country, multiline=False):
    n = r.randint(1, 240)
    c = country
    if c == "US":
        st = r.choice(["Magnolia Bend", "W 139th St", "Old Post Rd", "Kalanianaole Hwy", "N Sheridan Ave", "Pecan Hollow Dr"])
        city = r.choice([("Tulsa", "OK", "74105"), ("Des Moines", "IA", "50310"), ("Hilo", "HI", "96720"), ("Rochester", "NY", "14620"),
                         ("Tacoma", "WA", "98405"), ("Macon", "GA", "31201"), ("Albuquerque", "NM", "87102")])
        unit = r.choice(["", "", " Apt 4B", " #210", " Unit 7", ", Ste 300"])
        l1 = "%d %s%s" % (n * 10 + r.randint(0, 9), st, unit)
        l2 = "%s, %s %s" % city
    elif c == "GB":
        l1 = "%s%d %s" % (r.choice(["", "Flat 3, ", "Flat 12b, "]), n, r.choice(["Coldharbour Lane", "Trewince Road", "Vicarage Gardens", "Albion Terrace", "Pendle Close"]))
        l2 = r.choice(["London SE5 9NR", "Truro TR1 3LP", "Leeds LS6 2QB", "Bangor LL57 2DG", "Kilmarnock KA1 4HT"])
    elif c == "IE":
        l1 = "%d %s" % (n, r.choice(["Bóthar na Trá", "Mount Eagle Rise", "Ballymun Road", "Páirc na Coille"]))
        l2 = r.choice(["Galway H91 E2K3", "Dublin 9, D09 X8W3", "Co. Cork P72 FT44", "Sligo F91 KX59"])
    elif c == "CA":
        l1 = "%d %s" % (n * 10, r.choice(["rue Saint-Denis", "Bloor St W", "chemin de la Côte-des-Neiges", "Jasper Ave NW"]))
        l2 = r.choice(["Montréal (Québec) H2X 3K4", "Toronto ON M5S 1W6", "Edmonton AB T5J 1N3", "Laval QC H7N 5H2"])
    elif c == "AU":
        l1 = "%s%d %s" % (r.choice(["", "Unit 5/", "2/"]), n, r.choice(["Wattle Grove", "Gympie Rd", "Parramatta Road", "Banksia St"]))
        l2 = r.choice(["Kedron QLD 4031", "Fitzroy VIC 3065", "Camperdown NSW 2050", "Fremantle WA 6160"])
    elif c == "IN":
        l1 = "Flat %d%02d, %s" % (r.randint(1, 9), r.randint(1, 20), r.choice(["Prestige Lakeside Habitat, Varthur Road", "Shanti Kunj, 14th Cross, Malleswaram", "B-Wing, Sai Krupa CHS, Chembur"]))
        l2 = r.choice(["Bengaluru 560087", "Bengaluru, Karnataka 560003", "Mumbai 400071"])
    elif c == "SG":
        l1 = "Blk %d %s #%02d-%02d" % (r.randint(100, 699), r.choice(["Ang Mo Kio Ave 3", "Jurong West St 42", "Tampines St 81"]), r.randint(2, 18), r.randint(1, 120))
        l2 = "Singapore %d" % r.randint(460000, 640999)
    elif c == "BR":
        l1 = "%s, %d, apto %d" % (r.choice(["Rua Dr. Arnaldo", "Av. Sete de Setembro", "Rua dos Inconfidentes"]), n * 3, r.randint(11, 904))
        l2 = r.choice(["Pinheiros, São Paulo - SP, 05410-000", "Savassi, Belo Horizonte - MG, 30140-071", "Centro, Salvador - BA, 40060-001"])
    elif c == "MX":
        l1 = "%s %d, %s" % (r.choice(["Calle Río Lerma", "Av. Insurgentes Sur", "Calle Mariano Escobedo"]), n * 5, r.choice(["Col. Cuauhtémoc", "Col. Del Valle", "Col. Centro"]))
        l2 = r.choice(["06500 Ciudad de México, CDMX", "03100 Ciudad de México, CDMX", "44100 Guadalajara, Jal."])
    elif c == "ES":
        l1 = "%s, %d, %dº %d%s" % (r.choice(["Calle de Embajadores", "Carrer de Sants", "Avenida de la Constitución"]), n, r.randint(1, 8), r.randint(1, 4), r.choice(["ª", ""]))
        l2 = r.choice(["28012 Madrid", "08014 Barcelona", "41001 Sevilla"])
    elif c == "FR":
        l1 = "%d%s %s" % (n, r.choice(["", " bis", " ter"]), r.choice(["rue du Faubourg Saint-Antoine", "allée des Tilleuls", "boulevard de la Croix-Rousse"]))
        l2 = r.choice(["75011 Paris", "69004 Lyon", "35000 Rennes", "13007 Marseille"])
    elif c == "DE":
        l1 = "%s %d%s" % (r.choice(["Schönhauser Allee", "Hauptstraße", "Am Klostergarten", "Lindenstraße"]), n, r.choice(["", "a", "b"]))
        l2 = r.choice(["10437 Berlin", "80331 München", "50667 Köln", "04109 Leipzig"])
    elif c == "IT":
        l1 = "%s %d" % (r.choice(["Via dei Coronari", "Corso Vittorio Emanuele II", "Vicolo del Cinque", "Piazza Bellini"]), n)
        l2 = r.choice(["00186 Roma RM", "80134 Napoli NA", "20121 Milano MI", "40126 Bologna BO"])
    elif c == "NL":
        l1 = "%s %d%s" % (r.choice(["Prinsengracht", "Oudegracht", "Laan van Meerdervoort", "Kerkstraat"]), n, r.choice(["", "-II", " hs", "A"]))
        l2 = r.choice(["1016 HR Amsterdam", "3511 AB Utrecht", "2517 AR Den Haag"])
    elif c == "PL":
        l1 = "ul. %s %d m. %d" % (r.choice(["Marszałkowska", "Piotrkowska", "Świętojańska", "Długa"]), n, r.randint(1, 60))
        l2 = r.choice(["00-624 Warszawa", "90-406 Łódź", "81-368 Gdynia", "31-048 Kraków"])
    elif c == "NG":
        l1 = "%d %s" % (n, r.choice(["Adeola Odeku Street, Victoria Island", "Awolowo Road, Ikoyi", "Aminu Kano Crescent, Wuse II"]))
        l2 = r.choice(["Lagos 101241", "Lagos 106104", "Abuja 904101"])
    elif c == "KE":
        l1 = r.choice(["P.O. Box %d-00100" % (n * 37), "House %d, Kindaruma Road, Kilimani" % n, "Apartment %d, Argwings Kodhek Rd" % n])
        l2 = r.choice(["Nairobi", "Nairobi 00100", "Mombasa 80100"])
    elif c == "PH":
        l1 = "%d %s" % (n, r.choice(["Kalayaan Ave., Brgy. Pinyahan", "Mabini St., Brgy. Malate", "J.P. Rizal St., Brgy. Poblacion"]))
        l2 = r.choice(["Quezon City 1100", "Manila 1004", "Makati City 1210"])
    elif c == "JP":
        l1 = "%d-%d-%d %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), r.choice(["Jingumae, Shibuya-ku", "Nishi-Shinjuku, Shinjuku-ku", "Kita-Horie, Nishi-ku"]))
        l2 = r.choice(["Tokyo 150-0001", "Tokyo 160-0023", "Osaka 550-0014"])
    elif c == "KR":
        l1 = "%d, %s" % (n, r.choice(["Teheran-ro 45-gil, Gangnam-gu", "Olympic-ro 300, Songpa-gu", "Haeundae-ro 620, Haeundae-gu"]))
        l2 = r.choice(["Seoul 06164", "Seoul 05551", "Busan 48099"])
    return (l1, l2) if multiline == "pair" else (l1 + ("\n" if multiline else ", ") + l2)


PHONE_FMT = {
    "US": ["({a}) {b}-{c}", "{a}-{b}-{c}", "+1 {a} {b} {c}", "{a}.{b}.{c}", "1-{a}-{b}-{c}"],
    "GB": ["07{m} {s6}", "+44 7{m} {s6}", "020 7{t3} {t4}", "+44 (0)161 {t3} {t4}"],
    "IE": ["+353 87 {t3} {t4}", "086 {t3} {t4}", "(01) {t3} {t4}"],
    "CA": ["({ca}) {b}-{c}", "+1 {ca}-{b}-{c}"],
    "AU": ["04{x2} {t3} {t3b}", "+61 4{x2} {t3} {t3b}", "(02) {t4} {t4b}"],
    "IN": ["+91 98{x3} {x5}", "+91-9{t4}-{x5b}", "09{t4} {x5}"],
    "SG": ["+65 9{x3} {t4}", "8{x3} {t4}", "+65 6{x3} {t4}"],
    "BR": ["+55 11 9{t4}-{t4b}", "(21) 9{t4}-{t4b}", "+55 (31) 9{t4}-{t4b}"],
    "MX": ["+52 55 {t4} {t4b}", "+52 1 33 {t4} {t4b}", "55 {t4} {t4b}"],
    "ES": ["+34 6{x2} {t3} {t3b}", "6{x2} {t3} {t3b}", "+34 91 {t3} {x2} {x2b}"],
    "FR": ["06 {x2} {x2b} {x2} {x2b}", "+33 6 {x2} {x2b} {x2} {x2b}", "01 {x2} {x2b} {x2} {x2b}"],
    "DE": ["+49 151 {t4}{t4b}", "0171 {t3}{t4}", "030 {t4} {t4b}", "+49 (0)89 {t3} {t4}"],
    "IT": ["+39 3{x2} {t3} {t4}", "3{x2} {t3}{t4}", "06 {t4} {t4b}"],
    "NL": ["+31 6 {t4}{t4b}", "06-{t4}{t4b}", "020 {t3} {t4}"],
    "PL": ["+48 5{x2} {t3} {t3b}", "6{x2} {t3} {t3b}", "+48 22 {t3} {x2} {x2b}"],
    "NG": ["+234 803 {t3} {t4}", "0805 {t3} {t4}", "+234 (0) 9{x2} {t3} {t4}"],
    "KE": ["+254 7{x2} {t3} {t3b}", "07{x2} {t3}{t3b}", "+254 20 {t3} {t4}"],
    "PH": ["+63 917 {t3} {t4}", "0918 {t3} {t4}", "(02) 8{t3} {t4}"],
    "JP": ["090-{t4}-{t4b}", "+81 80 {t4} {t4b}", "03-{t4}-{t4b}"],
    "KR": ["010-{t4}-{t4b}", "+82 10 {t4} {t4b}", "02-{t3}-{t4}"],
}


def phone(r, country):
    f = r.choice(PHONE_FMT[country])
    return f.format(a=r.choice(["212", "415", "312", "617", "206", "918", "505", "808", "404", "713"]) , b="%03d" % r.randint(200, 989),
                    c=dg(r, 4), m=dg(r, 3), s6=dg(r, 6), t3="%03d" % r.randint(200, 989), t4=dg(r, 4), t3b=dg(r, 3),
                    t4b=dg(r, 4), x2=dg(r, 2), x2b=dg(r, 2), x3=dg(r, 3), x5=dg(r, 5), x5b=dg(r, 5),
                    ca=r.choice(["514", "416", "604", "780", "613"]))


def ipv4(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv", "pub"])
    if kind == "doc":
        return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % r.randint(2, 254)
    if kind == "priv":
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                         "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))])
    return "%d.%d.%d.%d" % (r.choice([81, 89, 102, 145, 185, 197, 41, 49, 110, 177]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))


def ipv6(r):
    return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))


def version_ip(r):
    # looks like an IPv4 but one octet > 255 or in a version context
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 40), r.randint(256, 9999))


def oid(r):
    return "2.16.840.1.113883.%d.%d.%d" % (r.randint(1, 19), r.randint(1, 400), r.randint(1, 99))


DX = ["type 2 diabetes mellitus", "essential hypertension", "chronic obstructive pulmonary disease", "asthma",
      "major depressive disorder", "generalised anxiety disorder", "atrial fibrillation", "rheumatoid arthritis",
      "hypothyroidism", "chronic kidney disease stage 3", "Crohn's disease", "ulcerative colitis", "migraine without aura",
      "epilepsy", "multiple sclerosis", "coeliac disease", "gout", "psoriasis", "iron deficiency anaemia",
      "community-acquired pneumonia", "cellulitis of the left leg", "congestive heart failure", "osteoarthritis of the knee",
      "bipolar II disorder", "sickle cell disease", "hepatitis C", "HIV infection", "Hashimoto's thyroiditis",
      "deep vein thrombosis", "endometriosis", "polycystic ovary syndrome", "benign prostatic hyperplasia",
      "obstructive sleep apnoea", "ADHD", "Graves' disease", "lupus", "anorexia nervosa", "tuberculosis",
      "dengue fever", "malaria", "plantar fasciitis", "Bell's palsy"]
DENTAL_DX = ["chronic periodontitis", "irreversible pulpitis", "dental caries", "gingivitis", "pericoronitis",
             "bruxism", "periapical abscess"]
MEDS = ["metformin", "lisinopril", "atorvastatin", "amlodipine", "levothyroxine", "sertraline", "escitalopram",
        "salbutamol", "Ventolin", "apixaban", "warfarin", "methotrexate", "adalimumab", "Humira", "omeprazole",
        "lamotrigine", "levetiracetam", "Ozempic", "semaglutide", "insulin glargine", "prednisolone", "mesalazine",
        "allopurinol", "tiotropium", "Eliquis", "bisoprolol", "furosemide", "quetiapine", "lithium carbonate",
        "amoxicillin", "doxycycline", "sumatriptan", "tenofovir", "sofosbuvir", "hydroxychloroquine", "Jardiance",
        "methylphenidate", "clopidogrel", "paracetamol", "ibuprofen", "chlorhexidine", "metronidazole", "Seretide"]
ORGS = ["Wells Fargo", "Marks & Spencer", "Johnson & Johnson", "Ben & Jerry's", "Ernst & Young", "McKinsey & Company",
        "Siemens Healthineers", "Boehringer Ingelheim", "Hewlett Packard Enterprise", "Tata Consultancy Services",
        "Ferrero", "Louis Vuitton", "Philips", "Dangote Cement", "Safaricom", "Ayala Land", "Mitsubishi", "Hyundai",
        "Goldman Sachs", "Charles Schwab", "Mercedes-Benz", "Ralph Lauren", "Walt Disney", "John Lewis",
        "Sainsbury's", "Roche", "Ford Motor Company", "Dell", "Heineken", "Lloyd's of London"]
HOLIDAYS = ["Martin Luther King Jr. Day", "St. Patrick's Day", "Boxing Day", "Dia de los Muertos", "Guy Fawkes Night",
            "Anzac Day", "Canada Day", "Diwali", "Chuseok", "Golden Week", "Jamhuri Day", "Rizal Day", "Tiradentes",
            "Bastille Day", "Sinterklaas", "Whit Monday", "Juneteenth", "Presidents' Day"]
EPONYMS = ["Alzheimer's disease", "Parkinson's disease", "Hodgkin lymphoma", "Down syndrome", "Cushing's syndrome",
           "Tourette syndrome", "Asperger's", "Lyme disease"]

# ----------------------------------------------------------------------------------------------------------------
# helpers for templates
# ----------------------------------------------------------------------------------------------------------------
NAT_LABELS = {
    "US_SSN": ["SSN", "Social Security No.", "SSN#", "soc_sec_no", "Tax ID (SSN)"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI number", "National Insurance No", "NINO", "NI No."],
    "ES_DNI": ["DNI/NIE", "Nº documento", "NIF", "DNI"],
    "FR_NIR": ["N° de sécurité sociale", "NIR", "Numéro INSEE", "N° SS"],
    "DE_TAX_ID": ["Steuer-IdNr.", "Steuerliche Identifikationsnummer", "Tax ID (Steuer-ID)", "IdNr"],
    "IT_FISCAL_CODE": ["Codice fiscale", "C.F.", "Cod. Fiscale"],
    "CA_SIN": ["SIN / NAS", "Social Insurance Number", "SIN", "NAS"],
    "BR_CPF": ["CPF", "CPF nº", "Cadastro de Pessoa Física"],
    "IN_AADHAAR": ["Aadhaar No.", "Aadhaar (UID)", "UIDAI number", "Aadhaar"],
    "SG_NRIC": ["NRIC/FIN", "NRIC No.", "FIN", "IC number"],
}
ID_COUNTRIES = ["US", "GB", "ES", "FR", "DE", "IT", "CA", "BR", "IN", "SG"]


def natid(r, p):
    c = p.country
    if c == "US":
        t, v = "US_SSN", ssn(r, r.choice(["-", "-", " "]))
    elif c == "GB":
        t, v = "UK_NATIONAL_INSURANCE_NUMBER", nino(r, r.random() < 0.6)
    elif c == "ES":
        t, v = "ES_DNI", dni(r, r.random() < 0.3)
    elif c == "FR":
        t, v = "FR_NIR", nir(r, "2" if p.female else "1", p.y, p.m, r.random() < 0.7)
    elif c == "DE":
        t, v = "DE_TAX_ID", steuer(r, r.random() < 0.3)
    elif c == "IT":
        t, v = "IT_FISCAL_CODE", codice_fiscale(p.first, p.last, p.y, p.m, p.d, p.female, r.choice(sorted(BELFIORE)))
    elif c == "CA":
        t, v = "CA_SIN", sin(r, r.choice([" ", "-", ""]))
    elif c == "BR":
        t, v = "BR_CPF", cpf(r, r.random() < 0.8)
    elif c == "IN":
        t, v = "IN_AADHAAR", aadhaar(r, r.choice([" ", " ", "-"]))
    elif c == "SG":
        t, v = "SG_NRIC", nric(r)
    else:
        return None
    return t, v, r.choice(NAT_LABELS[t])


def pp_type(country):
    return "US_PASSPORT" if country == "US" else "PASSPORT"


PP_LABELS = ["Passport No.", "Passport number", "N° de passeport", "Reisepassnummer", "Número de pasaporte",
             "N. passaporto", "Paspoortnummer", "Numer paszportu", "Número do passaporte", "Travel document no.",
             "Pasaporte", "Passport #"]
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "IE": "Ireland", "CA": "Canada", "AU": "Australia",
                 "IN": "India", "SG": "Singapore", "BR": "Brazil", "MX": "Mexico", "ES": "Spain", "FR": "France",
                 "DE": "Germany", "IT": "Italy", "NL": "Netherlands", "PL": "Poland", "NG": "Nigeria", "KE": "Kenya",
                 "PH": "Philippines", "JP": "Japan", "KR": "Republic of Korea"}
ISO3 = {"US": "USA", "GB": "GBR", "IE": "IRL", "CA": "CAN", "AU": "AUS", "IN": "IND", "SG": "SGP", "BR": "BRA", "MX": "MEX",
        "ES": "ESP", "FR": "FRA", "DE": "DEU", "IT": "ITA", "NL": "NLD", "PL": "POL", "NG": "NGA", "KE": "KEN", "PH": "PHL",
        "JP": "JPN", "KR": "KOR"}


def ref(r, pre="", n=8):
    return pre + luhn_bad_digits(r, n)


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def ts(r, y=2025):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def vdate(r, y=None, style="iso"):
    y = y or r.choice([2024, 2025])
    m = r.randint(1, 12)
    return fdate(y, m, r.randint(1, 28), style)


def ocr(r, s, rate=0.08):
    sub = {"l": "1", "O": "0", "o": "0", "I": "l", "e": "c", "m": "rn", "S": "5", "B": "8", "a": "o"}
    out = []
    for ch in s:
        if ch in sub and r.random() < rate:
            out.append(sub[ch])
        else:
            out.append(ch)
    return "".join(out)


# ================================================================================================================
# templates: FORMS / KYC
# ================================================================================================================
def t_bank_kyc(r, i):
    c = ["SG", "ES", "DE", "US", "FR", "IT", "BR", "IN", "CA", "GB"][i % 10]
    p = Person(r, c)
    d = Doc()
    bank = {"US": "Prairie Federal Credit Union", "GB": "Northgate Building Society", "ES": "Caja Rural del Ebro",
            "FR": "Crédit Maritime Atlantique", "DE": "Sparkasse Oberlausitz", "IT": "Banca Popolare di Lodi",
            "CA": "Caisse Desjardins du Plateau", "BR": "Banco Cooperativo Sicredi", "IN": "Karnataka Urban Co-op Bank",
            "SG": "Straits Mercantile Bank"}[c]
    lab = {"FR": ("Nom", "Prénom(s)", "Date de naissance", "Adresse", "Téléphone", "Courriel"),
           "DE": ("Nachname", "Vorname", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail"),
           "ES": ("Apellidos", "Nombre", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo electrónico"),
           "IT": ("Cognome", "Nome", "Data di nascita", "Indirizzo di residenza", "Cellulare", "PEC / e-mail"),
           "BR": ("Sobrenome", "Nome", "Data de nascimento", "Endereço", "Celular", "E-mail"),
           }.get(c, ("Surname", "Given name(s)", "Date of birth", "Residential address", "Mobile", "Email"))
    style = {"US": "us", "CA": "iso", "SG": "mon", "IN": "dash"}.get(c, "eu" if c != "DE" else "dot")
    d("%s — Customer Due Diligence / KYC\nForm CDD-%s rev %d.%d\n\n" % (bank, r.choice(["01", "07", "12"]), r.randint(1, 4), r.randint(0, 9)))
    d("1. %s: " % lab[0], E("PERSON", p.last), "\n2. %s: " % lab[1], E("PERSON", p.first), "\n")
    d("3. %s: " % lab[2], E("DATE_OF_BIRTH", p.dob(style)), "\n")
    nid = natid(r, p)
    d("4. %s: " % nid[2], E(nid[0], nid[1]), "\n")
    d("5. %s:\n   " % lab[3], E("ADDRESS", address(r, c, True).replace("\n", "\n   ")), "\n")
    d("6. %s: " % lab[4], E("PHONE", phone(r, c)), "    7. %s: " % lab[5], E("EMAIL", p.email()), "\n")
    if r.random() < 0.6:
        d("8. %s (%s): " % (r.choice(PP_LABELS), COUNTRY_NAMES[c]), E(pp_type(c), passport(r, c)), "  expiry %s\n" % vdate(r, 2031, style))
    else:
        d("8. Secondary ID: none provided\n")
    if c in ("GB",):
        d("9. Sort code / account: ", E("UK_BANK_ACCOUNT", "%s %s" % (uk_sort(r), dg(r, 8))), "\n")
    elif c in ("FR", "DE", "ES", "IT"):
        d("9. IBAN: ", E("IBAN", iban(r, c)), "   BIC: %s\n" % {"DE": "COBADEFFXXX", "ES": "CCRIES2AXXX", "IT": "BPPIITRRXXX", "FR": "CMCIFRPPXXX"}[c])
    else:
        d("9. Funding source: salary; expected monthly turnover band %s\n" % r.choice(["B", "C", "D"]))
    d("10. PEP status: No    Source of wealth: employment\n")
    d("\nFor office use — risk score %d / tier %s / checked by analyst ID A%s / ref %s\n" % (r.randint(1, 40), r.choice("123"), dg(r, 4), ref(r, "KYC-", 9)))
    return d, "form"


def t_ocr_claim(r, i):
    p = Person(r, "US")
    ins = r.choice(["Bluewater Mutual Health", "Keystone Employee Benefit Plan", "Heartland PPO", "Cascadia Dental & Vision"])
    d = Doc()
    d(ocr(r, "HEALTH INSURANCE CLAIM FORM  (scan p.1/2)\n"), ocr(r, "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE\n"))
    d(ocr(r, "1a. INSURED'S I.D. NUMBER  "), E("HEALTH_PLAN_ID", health_plan_id(r)), ocr(r, "   PLAN: %s\n" % ins))
    d(ocr(r, "2. PATIENT'S NAME (Last, First, MI)  "), E("PERSON", ("%s, %s" % (p.last, p.first)).upper()), "\n")
    d(ocr(r, "3. PATIENT'S BIRTH DATE  "), E("DATE_OF_BIRTH", "%02d | %02d | %04d" % (p.m, p.d, p.y)), ocr(r, "   SEX  %s\n" % ("F [X]" if p.female else "M [X]")))
    a1, a2 = address(r, "US", "pair")
    d(ocr(r, "5. PATIENT'S ADDRESS (No., Street)\n   "), E("ADDRESS", (a1 + "\n   " + a2).upper()), "\n")
    d(ocr(r, "   TELEPHONE (Include Area Code)  "), E("PHONE", "(%s) %s %s" % (r.choice(["918", "515", "808"]), dg(r, 3), dg(r, 4))), "\n")
    d(ocr(r, "11. INSURED'S POLICY GROUP OR FECA NUMBER  GRP-%s\n" % dg(r, 5)))
    d(ocr(r, "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY\n   A. %s  " % r.choice(["E11.9", "I10", "J45.909", "M17.11"])), E("DIAGNOSIS", r.choice(DX).upper()), "\n")
    d(ocr(r, "24. DATES OF SERVICE  %s   CPT 99214   CHARGES $ 185 00\n" % vdate(r, style="us")))
    d(ocr(r, "25. FEDERAL TAX I.D. NUMBER  %s-%s  [X] EIN\n" % (dg(r, 2), dg(r, 7))))
    d(ocr(r, "33. BILLING PROVIDER INFO & PH #  Riverside Family Medicine  NPI %s\n" % dg(r, 10)))
    return d, "form"


def t_hotel_card(r, i):
    c = r.choice(["JP", "KR", "DE", "BR", "MX", "NL", "PL", "NG", "KE", "PH", "AU", "IE", "IT", "FR", "US", "US"])
    p = Person(r, c)
    hotel = r.choice(["Hotel Alfama Rio", "The Harbourview Kowloon", "Hostal Plaza Mayor", "Grand Kempinski Lagos", "Hotel Sacher Linz"])
    d = Doc()
    d("%s — Registration Card / Ficha de Registro / Anmeldeschein\nRoom %d   Arr %s   Dep %s   Conf# %s\n\n" % (
        hotel, r.randint(101, 1420), vdate(r, 2025), vdate(r, 2025), ref(r, "", 10)))
    d("Surname / Apellido / Familienname: ", E("PERSON", p.last.upper()), "\n")
    d("First name / Nombre / Vorname: ", E("PERSON", p.first), "\n")
    d("Nationality / Nacionalidad: %s\n" % ISO3[c])
    d("Date of birth / Fecha de nac. / Geburtsdatum: ", E("DATE_OF_BIRTH", p.dob(r.choice(["eu", "dot", "iso", "mon"]))), "\n")
    d("%s / Document no.: " % r.choice(["Passport", "Pasaporte", "Reisepass", "Passaporto", "Paspoort"]), E(pp_type(c), passport(r, c)),
      "   Issued: %s  Expires: %s\n" % (ISO3[c], vdate(r, 2032)))
    d("Home address / Domicilio: ", E("ADDRESS", address(r, c)), "\n")
    d("Mobile: ", E("PHONE", phone(r, c)), "\nE-mail: ", E("EMAIL", p.email()), "\n")
    d("Guarantee: card on file ****%s (exp %02d/%02d)\n" % (dg(r, 4), r.randint(1, 12), r.randint(26, 30)))
    d("Loyalty tier: Silver   Rate code: BAR2   Breakfast: incl.\n\nGuest signature: ______________\n")
    return d, "form"


def t_tenancy(r, i):
    c = r.choice(["GB", "GB", "IE", "AU"])
    ll = Person(r, c)
    tn = Person(r, r.choice(COUNTRIES))
    d = Doc()
    d("ASSURED SHORTHOLD TENANCY AGREEMENT\n(Housing Act 1988, Part I) — Agreement ref TA/%s/%d\n\n" % (dg(r, 4), r.randint(2024, 2025)))
    d("THIS AGREEMENT is made on %s between:\n\n" % vdate(r, style="long"))
    d("THE LANDLORD: ", E("PERSON", ll.full), " of ", E("ADDRESS", address(r, c)), "\n")
    d("THE TENANT: ", E("PERSON", tn.full), " (date of birth ", E("DATE_OF_BIRTH", tn.dob("long")), ")\n\n")
    d("THE PROPERTY: ", E("ADDRESS", address(r, c, True).replace("\n", ", ")), " together with the fixtures listed in Schedule 2.\n\n")
    d("TERM: 12 months commencing %s.  RENT: £%d per calendar month payable in advance on the 1st day of each month\n" % (vdate(r, 2025, "long"), r.randint(8, 24) * 100))
    d("by standing order to the Landlord's account ")
    if c == "GB":
        d(E("UK_BANK_ACCOUNT", "%s %s" % (uk_sort(r), dg(r, 8))))
    else:
        d("IBAN ", E("IBAN", iban(r, "IE" if c == "IE" else "GB")))
    d(".\nDEPOSIT: £%d, protected with the Deposit Protection Service, certificate no. %s.\n\n" % (r.randint(10, 30) * 100, ref(r, "DPS", 9)))
    d("Tenant contact: ", E("PHONE", phone(r, tn.country)), " / ", E("EMAIL", tn.email()), "\n")
    d("Clause 7.3 The Tenant shall not keep any pet at the Property without prior written consent (not to be unreasonably withheld).\n")
    d("Signed by the Landlord ........................  Signed by the Tenant ........................\n")
    return d, "form"


def t_car_credit(r, i):
    p = Person(r, "US")
    st, code, num = dl_state(r)
    dealer = r.choice(["Sunbelt Toyota of Mesa", "Lakeshore Chevrolet Buick", "Cornerstone Kia", "Northway Ford Lincoln"])
    d = Doc()
    d("%s — RETAIL CREDIT APPLICATION\nStock # %s   VIN 1HGCV1F3%sA%s   Deal # %s\n\n" % (dealer, ref(r, "T", 6), dg(r, 2), dg(r, 6), dg(r, 5)))
    d("APPLICANT\n  Full legal name ......... ", E("PERSON", p.full), "\n")
    d("  Social Security # ....... ", E("US_SSN", ssn(r)), "\n")
    d("  Birth date .............. ", E("DATE_OF_BIRTH", p.dob("us")), "\n")
    if r.random() < 0.5:
        d("  Driver's license # ...... ", E("DRIVER_LICENSE", num), "   State: %s\n" % code)
    else:
        d("  DL (%s) ..... " % st, E("DRIVER_LICENSE", num), "   exp %s\n" % vdate(r, 2029, "us"))
    d("  Current address ......... ", E("ADDRESS", address(r, "US")), "   Time at address: %d yrs\n" % r.randint(1, 12))
    d("  Cell .................... ", E("PHONE", phone(r, "US")), "\n  Email ................... ", E("EMAIL", p.email()), "\n")
    d("EMPLOYMENT\n  Employer: %s   Position: %s   Gross monthly: $%d\n" % (r.choice(ORGS[:8]), r.choice(["Warehouse Lead", "RN", "Teacher", "Technician"]), r.randint(28, 90) * 100))
    d("VEHICLE\n  2025 %s   MSRP $%d,%03d   Trade-in: 2016 Honda Civic EX (payoff $%d)\n" % (r.choice(["RAV4 XLE", "Equinox LT", "Sportage SX", "F-150 XLT"]), r.randint(24, 58), r.randint(0, 999), r.randint(1, 9) * 1000))
    d("I authorize the dealer and its assigns to obtain my consumer credit report.  Signature: ____________\n")
    return d, "form"


def t_recruit_profile(r, i):
    c = r.choice(["GB", "GB", "IE", "NG", "IN", "PH", "PL", "KE"])
    p = Person(r, c)
    d = Doc()
    d("Talentbridge Recruitment Ltd — Candidate Registration (Right to Work check)\nCandidate ID: CND-%s   Consultant: desk 4\n\n" % dg(r, 6))
    d("Name:\t\t", E("PERSON", p.full), "\nPreferred name:\t", E("PERSON", p.first), "\n")
    d("D.O.B.:\t\t", E("DATE_OF_BIRTH", p.dob("eu")), "\nAddress (UK):\t", E("ADDRESS", address(r, "GB")), "\n")
    d("Mobile:\t\t", E("PHONE", phone(r, "GB")), "\nEmail:\t\t", E("EMAIL", p.email()), "\n")
    if r.random() < 0.7 or c == "GB":
        d("NI No.:\t\t", E("UK_NATIONAL_INSURANCE_NUMBER", nino(r, r.random() < 0.5)), "\n")
    else:
        d("NI No.:\t\tapplied for (awaiting letter)\n")
    d("RTW document:\t%s passport, no. " % COUNTRY_NAMES[c], E(pp_type(c), passport(r, c)), "  (seen original %s)\n" % vdate(r, 2025, "eu"))
    d("Share code:\tW%s %s %s (checked on gov.uk)\n" % (L(r, 2) + dg(r, 0), L(r, 3), dg(r, 3)))
    d("Bank for payroll:\t", E("UK_BANK_ACCOUNT", "%s / %s" % (uk_sort(r), dg(r, 8))), "\n")
    d("Roles sought:\tForklift (counterbalance), Warehouse Operative — nights\nAvailability:\timmediate; no holidays booked before Boxing Day\n")
    return d, "form"


def t_dental_newpatient(r, i):
    c = r.choice(["US", "US", "GB", "AU", "CA"])
    p = Person(r, c)
    d = Doc()
    pr = {"US": "Bright Smiles Family Dentistry", "GB": "Abbeygate Dental Practice", "AU": "Kedron Dental Studio", "CA": "Clinique dentaire du Plateau"}[c]
    d("%s\nNEW PATIENT MEDICAL HISTORY\n\n" % pr)
    d("Patient name: ", E("PERSON", p.full), "     Birthdate: ", E("DATE_OF_BIRTH", p.dob("us" if c == "US" else "eu")), "\n")
    d("Home: ", E("ADDRESS", address(r, c)), "\nPhone: ", E("PHONE", phone(r, c)), "\n")
    if c == "US":
        d("Dental insurance: %s   Subscriber ID: " % r.choice(["Delta Dental PPO", "MetLife Dental", "Guardian DentalGuard"]), E("HEALTH_PLAN_ID", health_plan_id(r)), "   Group #: %s\n" % dg(r, 6))
    elif c == "GB":
        d("NHS number: ", E("UK_NHS_NUMBER", nhs(r)), "   Exemption: %s\n" % r.choice(["none", "maternity certificate", "HC2"]))
    elif c == "AU":
        d("Health fund: %s   Member no.: " % r.choice(["HCF", "Bupa", "Medibank"]), E("HEALTH_PLAN_ID", dg(r, 8)), "\n")
    else:
        d("Assurance: Sun Life   Certificate/member #: ", E("HEALTH_PLAN_ID", dg(r, 9)), "\n")
    dx = r.sample(DX, 2)
    d("Are you being treated for any condition?  [X] Yes — ", E("DIAGNOSIS", dx[0]), "\n")
    d("Heart disease [ ]  Diabetes [ ]  Hepatitis [ ]  Bleeding disorder [ ]  Pregnant [ ]\n")
    d("Current medications: ", E("MEDICATION", r.choice(MEDS)), " daily; ", E("MEDICATION", r.choice(MEDS)), " as needed\n")
    d("Allergies: %s\n" % r.choice(["penicillin (rash)", "latex", "none known"]))
    d("Emergency contact: ", E("PERSON", Person(r, c).full), " — ", E("PHONE", phone(r, c)), "\n")
    d("I confirm the above is accurate. Signed ____  Date %s\n" % vdate(r, 2025, "us" if c == "US" else "eu"))
    return d, "form"


def t_blank_form(r, i):
    d = Doc()
    kind = i % 3
    if kind == 0:
        d("EMPLOYEE ONBOARDING FORM (blank template v%d.%d)\n\nFull Name: ____________________\nDate Of Birth: __/__/____\n" % (r.randint(1, 5), r.randint(0, 9)))
        d("Social Security Number: ___-__-____\nPassport Number: ____________   Issuing Country: ______\nDriver License No. / State: ________ / __\n")
        d("Home Address: _______________________________\nEmail Address: _______@_______\nMobile Phone: (___) ___-____\n")
        d("Sort Code: __-__-__   Account Number: ________   IBAN: ____ ____ ____ ____ ____ __\nMedical Conditions We Should Know About: ________\n")
        d("Form ID HR-ONB-%s   Page 1 of 3   Retention: 7 years after leaving\n" % dg(r, 3))
    elif kind == 1:
        d("Patient Registration — Field Guide\n\nField            Format               Example\n")
        d("MRN              8 digits             (assigned by PAS)\nDate Of Birth    DD/MM/YYYY           dd/mm/yyyy\n")
        d("NHS Number       3-3-4 digits         ### ### ####\nNext Of Kin      Free text            Name, Relationship\n")
        d("Postcode         UK postcode          AA9A 9AA\nGP Practice Code A12345               (ODS code)\n")
        d("Note: fields marked * are mandatory. Do not use test values such as 000 000 0000 in live.\n")
    else:
        d("FORMULARIO DE SOLICITUD / APPLICATION FORM — Ayuntamiento de Zaragoza\n\n")
        d("Nombre y Apellidos / Full Name: .................................\nDNI / NIE: ........................  Fecha de Nacimiento: ..../..../........\n")
        d("Domicilio / Address: .............................................\nTeléfono: ....................  Correo electrónico: .....................\n")
        d("Expone / Statement: ....................................................\nSolicita / Request: licencia de obra menor, expediente tipo OM-3\n")
        d("Tasa: 45,50 €  (Ordenanza Fiscal nº 13, epígrafe 2.1)\n")
    return d, "form"


def t_boarding_pass(r, i):
    c = r.choice(COUNTRIES)
    p = Person(r, c)
    al = r.choice([("Aer Lingus", "EI"), ("Kenya Airways", "KQ"), ("Philippine Airlines", "PR"), ("LATAM", "LA"), ("Korean Air", "KE"), ("Qantas", "QF")])
    d = Doc()
    d("BOARDING PASS / CARTE D'EMBARQUEMENT   %s\n\n" % al[0].upper())
    d("NAME OF PASSENGER\n", E("PERSON", "%s/%s" % (strip_acc(p.last).upper().replace(" ", ""), strip_acc(p.first).upper().replace(" ", ""))), " %s\n\n" % ("MS" if p.female else "MR"))
    d("FROM  %s        TO  %s\nFLIGHT %s%d   DATE %02d%s   CLASS Y   SEAT %d%s\n" % (r.choice(["DUB", "NBO", "MNL", "GRU", "ICN", "SYD"]), r.choice(["LHR", "AMS", "NRT", "SCL", "SIN", "JFK"]), al[1], r.randint(10, 990), r.randint(1, 28), r.choice(["JAN", "MAR", "JUL", "OCT"]), r.randint(3, 45), r.choice("ABCDEFK")))
    d("GATE B%d  BOARDING %02d:%02d   ZONE %d   SEQ %03d\n" % (r.randint(1, 40), r.randint(5, 22), r.choice([0, 15, 30, 45]), r.randint(1, 5), r.randint(1, 300)))
    d("BOOKING REF %s   E-TKT %s %s\n" % (L(r, 6), dg(r, 3), ref(r, "", 10)))
    if r.random() < 0.5:
        d("APIS: DOCS/P/%s/" % ISO3[c], E(pp_type(c), passport(r, c)), "/%s/" % ISO3[c], E("DATE_OF_BIRTH", "%02d%s%02d" % (p.d, MONTHS[p.m - 1][:3].upper(), p.y % 100)), "/%s\n" % ("F" if p.female else "M"))
    d("M1", E("PERSON", "%s/%s" % (strip_acc(p.last).upper().replace(" ", "")[:10], strip_acc(p.first).upper().replace(" ", "")[:6])), " E%s %s%s %03d\n" % (L(r, 6), r.choice(["DUB", "NBO"]), r.choice(["LHR", "AMS"]), r.randint(1, 300)))
    return d, "form"


def t_school_report(r, i):
    c = r.choice(["GB", "IE", "AU", "US", "SG", "NG", "KE", "PH"])
    p = Person(r, c)
    teacher = Person(r, c)
    d = Doc()
    sch = r.choice(["St Brigid's National School", "Riverside Academy Trust", "Eastwood Primary", "Holy Trinity College", "Kilimani Junior School"])
    d("%s\nEND OF TERM REPORT — %s\n\n" % (sch, r.choice(["Autumn 2024", "Term 2 2025", "Spring 2025"])))
    d("Pupil: ", E("PERSON", p.full), "    Class: %s    UPN: %s%s\n" % (r.choice(["5B", "Year 8 Kestrel", "P4 Mango"]), L(r), dg(r, 12)))
    if r.random() < 0.5:
        d("Date of birth: ", E("DATE_OF_BIRTH", fdate(r.randint(2011, 2018), r.randint(1, 12), r.randint(1, 28), "eu")), "\n")
    d("Attendance: %d%%   Late marks: %d\n\n" % (r.randint(86, 100), r.randint(0, 7)))
    d("Subject        Attainment  Effort\nEnglish        %s           %d\nMaths          %s           %d\nScience        %s           %d\n\n" % (
        r.choice("ABC"), r.randint(1, 4), r.choice("ABC"), r.randint(1, 4), r.choice("ABC"), r.randint(1, 4)))
    d("Class teacher's comment: ", E("PERSON", p.first), " has worked hard this term, especially on fractions and persuasive writing. ")
    if r.random() < 0.6:
        dxm = r.choice([("asthma", "salbutamol"), ("type 1 diabetes", "insulin"), ("epilepsy", "buccal midazolam"), ("peanut allergy", "EpiPen"), ("ADHD", "methylphenidate")])
        d("We have noted the care plan for ", E("DIAGNOSIS", dxm[0]), "; the ", E("MEDICATION", dxm[1]), " is kept in the office.\n")
    else:
        d("Reading age is now above chronological age.\n")
    d("Signed: ", r.choice(["Mr ", "Ms ", "Mrs "]), E("PERSON", teacher.last), " (Class Teacher)\n")
    d("Next term begins %s. Parents' evening: book via the school app.\n" % vdate(r, 2025, "long"))
    return d, "form"

# ================================================================================================================
# templates: CLINICAL
# ================================================================================================================
NEG_PHRASES = ["No history of {x}.", "{X} was ruled out on imaging.", "Denies symptoms suggestive of {x}.",
               "Family history: none relevant.", "Screening for {x} negative."]


def t_soap(r, i):
    c = r.choice(["US", "US", "CA", "AU", "IE", "SG", "PH"])
    p = Person(r, c)
    dr = Person(r, c)
    d = Doc()
    clinic = r.choice(["Mercy Health Urgent Care", "Northside Community Clinic", "Harbour Telehealth", "Parkway Medical Group"])
    d("%s — Progress Note (SOAP)\nDOS: %s   Provider: Dr. " % (clinic, vdate(r, 2025, "us" if c == "US" else "eu")), E("PERSON", dr.full), "\n")
    d("Pt: ", E("PERSON", p.full), "   DOB ", E("DATE_OF_BIRTH", p.dob("us" if c == "US" else "mon")), "   MRN ", E("MEDICAL_RECORD_NUMBER", mrn(r)), "\n\n")
    dx, dx2 = r.sample(DX, 2)
    neg = r.choice(["pulmonary embolism", "appendicitis", "meningitis", "acute coronary syndrome", "stroke"])
    d("S: %d y/o %s with known " % (2025 - p.y, "F" if p.female else "M"), E("DIAGNOSIS", dx), " presents with %s x %d days. " % (r.choice(["cough", "fatigue", "headache", "dizziness"]), r.randint(2, 10)))
    d("Reports adherence to ", E("MEDICATION", r.choice(MEDS)), ". No history of %s. Says work has been 'a total nightmare'.\n" % neg)
    d("O: BP %d/%d  HR %d  T %.1f  SpO2 %d%%  Wt %.1f kg\n" % (r.randint(100, 160), r.randint(60, 100), r.randint(55, 110), r.uniform(36.1, 38.9), r.randint(91, 100), r.uniform(48, 120)))
    d("A: 1) ", E("DIAGNOSIS", dx), " — %s. 2) " % r.choice(["stable", "suboptimally controlled", "improving"]), E("DIAGNOSIS", dx2), " (new). %s ruled out clinically.\n" % neg.capitalize())
    d("P: Start ", E("MEDICATION", r.choice(MEDS)), " %d mg %s; continue current regimen. Labs: CMP, HbA1c, TSH. RTC %d weeks. ICD-10 %s.\n" % (r.choice([5, 10, 20, 25, 50, 100]), r.choice(["PO daily", "BID", "at night"]), r.randint(2, 12), r.choice(["E11.65", "I48.91", "F32.1", "J44.1"])))
    d("Pt contact for results: ", E("PHONE", phone(r, c)), "\n")
    return d, "clinical_note"


def t_discharge(r, i):
    uk = i % 2 == 0
    c = "GB" if uk else "US"
    p = Person(r, c if r.random() < 0.6 else r.choice(COUNTRIES))
    cons = Person(r, c)
    gp = Person(r, c)
    d = Doc()
    if uk:
        d("%s NHS Foundation Trust\nDISCHARGE SUMMARY — Ward %s\n\n" % (r.choice(["Royal Cornwall Hospitals", "Leeds Teaching Hospitals", "Betsi Cadwaladr"]), r.choice(["7A", "Larch", "AMU2"])))
        d("Patient: ", E("PERSON", "%s, %s" % (p.last.upper(), p.first)), "\nNHS No: ", E("UK_NHS_NUMBER", nhs(r)), "    Hosp No: ", E("MEDICAL_RECORD_NUMBER", L(r) + dg(r, 6)), "\n")
        d("DOB: ", E("DATE_OF_BIRTH", p.dob("eu")), "   Address: ", E("ADDRESS", address(r, "GB")), "\n")
        d("GP: Dr ", E("PERSON", gp.full), ", %s Surgery\n" % r.choice(["Lemon Street", "Chapel Allerton", "Menai Bridge"]))
    else:
        d("%s\nDischarge Summary\n\n" % r.choice(["St. Luke's Regional Medical Center", "University of Iowa Hospitals", "Queen's Medical Center"]))
        d("Name: ", E("PERSON", p.full), "    MRN: ", E("MEDICAL_RECORD_NUMBER", mrn(r)), "    DOB: ", E("DATE_OF_BIRTH", p.dob("us")), "\n")
        d("Medicare MBI: ", E("US_MBI", mbi(r)), "   Secondary: %s, member ID " % r.choice(["Aetna Medigap Plan G", "AARP Supplement"]), E("HEALTH_PLAN_ID", health_plan_id(r)), "\n")
    am, ad, los = r.randint(1, 11), r.randint(1, 18), r.randint(2, 9)
    st = "eu" if uk else "us"
    d("Admitted: %s   Discharged: %s   Consultant: " % (fdate(2025, am, ad, st), fdate(2025, am, ad + los, st)), E("PERSON", cons.full), "\n\n")
    dx = r.sample(DX, 3)
    d("Principal diagnosis: ", E("DIAGNOSIS", dx[0]), "\nSecondary diagnoses: ", E("DIAGNOSIS", dx[1]), "; ", E("DIAGNOSIS", dx[2]), "\n")
    d("Excluded: %s. Note: 'stroke of luck' that daughter visited — patient's words.\n\n" % r.choice(["pulmonary embolism (CTPA negative)", "myocardial infarction (serial troponins flat)"]))
    d("Hospital course: Admitted via ED. Treated with IV %s then switched to oral. Mobilising with physiotherapy. " % r.choice(["co-amoxiclav", "piperacillin-tazobactam", "furosemide"]))
    d("Trop %d ng/L. eGFR %d. Over-ren-\nal function stable on repeat.\n\n" % (r.randint(3, 60), r.randint(25, 90)))
    d("Medications on discharge:\n")
    for m in r.sample(MEDS, 3):
        inh = m in ("salbutamol", "Ventolin", "Seretide", "tiotropium")
        d("  - ", E("MEDICATION", m), " %s %s\n" % ("2 puffs" if inh else r.choice(["5 mg", "500 mg", "20 mg", "10 mg", "1 tablet"]), r.choice(["OD", "BD", "PRN", "nocte", "TDS"])))
    d("STOPPED: ", E("MEDICATION", r.choice(MEDS)), " (AKI)\n\nFollow-up: clinic in 6/52. Page 1 of 1 — printed %s\n" % ts(r))
    return d, "discharge_summary"


LABS = [("Haemoglobin", "g/L", 115, 165), ("WCC", "x10^9/L", 4, 11), ("Platelets", "x10^9/L", 150, 400), ("Sodium", "mmol/L", 133, 146),
        ("Potassium", "mmol/L", 3.5, 5.3), ("Creatinine", "umol/L", 45, 110), ("HbA1c", "mmol/mol", 20, 42), ("TSH", "mU/L", 0.3, 4.2),
        ("ALT", "U/L", 5, 40), ("CRP", "mg/L", 0, 5), ("Ferritin", "ug/L", 15, 300), ("Vitamin D", "nmol/L", 50, 150)]


def t_lab(r, i):
    c = r.choice(["GB", "US", "IN", "SG", "AU", "NG", "KE", "DE"])
    p = Person(r, c)
    d = Doc()
    lab = r.choice(["Synlab Diagnostics", "PathWest Laboratory Medicine", "Lancet Laboratories Nairobi", "Metropolis Healthcare", "Quest-Ridge Reference Lab"])
    d("%-40s CUMULATIVE REPORT\n" % lab)
    d("%s\n" % ("=" * 72))
    d("PATIENT : ", E("PERSON", "%s, %s" % (p.last.upper(), p.first.upper())), "\n")
    d("DOB     : ", E("DATE_OF_BIRTH", p.dob(r.choice(["eu", "mon", "short"]))), "       SEX: %s\n" % ("F" if p.female else "M"))
    d("LAB NO  : %s      PATIENT ID: " % ref(r, "", 10), E("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    if c == "GB":
        d("NHS NO  : ", E("UK_NHS_NUMBER", nhs(r)), "\n")
    if c == "IN" and r.random() < 0.6:
        d("ABHA/UID: ", E("IN_AADHAAR", aadhaar(r)), "\n")
    if c == "SG":
        d("NRIC    : ", E("SG_NRIC", nric(r)), "\n")
    d("REQ BY  : Dr ", E("PERSON", Person(r, c).last), "   COLLECTED: %s %02d:%02d   ACCESSION: %s\n" % (vdate(r, 2025, "eu"), r.randint(6, 18), r.randint(0, 59), L(r, 2) + dg(r, 7)))
    d("%s\n%-22s %-10s %-8s %-12s %s\n" % ("-" * 72, "TEST", "RESULT", "FLAG", "UNITS", "REF RANGE"))
    for name, unit, lo, hi in r.sample(LABS, r.randint(5, 8)):
        v = r.uniform(lo * 0.7, hi * 1.3)
        flag = "H" if v > hi else ("L" if v < lo else "")
        d("%-22s %-10s %-8s %-12s %s - %s\n" % (name, ("%.1f" % v), flag, unit, lo, hi))
    d("%s\n" % ("-" * 72))
    if r.random() < 0.6:
        d("Clinical details: ", E("DIAGNOSIS", r.choice(DX)), " — on ", E("MEDICATION", r.choice(MEDS)), ". ?monitoring\n")
    else:
        d("Clinical details: routine annual bloods. Comment: haemolysed sample excluded for potassium.\n")
    d("Authorised by: Biomedical Scientist %s   Method ref ISO 15189:2022   Page 1/1\n" % dg(r, 4))
    return d, "lab_report"


def hl7_name(p):
    return ("%s^%s^%s" % (strip_acc(p.last).upper(), strip_acc(p.first).upper(), p.mid)).rstrip("^")


def t_hl7(r, i):
    p = Person(r, r.choice(["US", "US", "CA", "GB", "AU"]))
    nk = Person(r, p.country)
    kind = i % 3
    sep = "\r" if r.random() < 0.4 else "\n"
    d = Doc()
    tsx = "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    msg = {0: "ADT^A01^ADT_A01", 1: "ORU^R01^ORU_R01", 2: "RDE^O11^RDE_O11"}[kind]
    d("MSH|^~\\&|%s|%s|%s|%s|%s||%s|%s|P|2.5.1%s" % (r.choice(["EPICADT", "CERNER", "MEDITECH"]), r.choice(["UIHC", "SLRMC", "QMC"]), r.choice(["LABSYS", "PHARM", "RIS"]), r.choice(["HUB", "MAIN"]), tsx, msg, ref(r, "MSG", 8), sep))
    d("EVN|%s|%s%s" % (msg[4:7], tsx, sep) if kind == 0 else "")
    a1, a2 = address(r, "US", "pair")
    city, rest = a2.split(", ")
    stt, zp = rest.split(" ")
    d("PID|1||", E("MEDICAL_RECORD_NUMBER", dg(r, 8)), "^^^%s^MR~%s^^^SSA^SS||" % (r.choice(["UIHC", "SLRMC"]), "***-**-%s" % dg(r, 4)), E("PERSON", hl7_name(p)),
      "||", E("DATE_OF_BIRTH", p.dob("hl7")), "|%s|||" % ("F" if p.female else "M"), E("ADDRESS", "%s^^%s^%s^%s" % (a1.upper(), city.upper(), stt, zp)),
      "^USA||", E("PHONE", "(%s)%s-%s" % (r.choice(["319", "808", "208"]), dg(r, 3), dg(r, 4))), "|||||", sep)
    if kind == 0:
        d("NK1|1|", E("PERSON", hl7_name(nk)), "|%s|||" % r.choice(["SPO^Spouse", "DAU^Daughter", "SON^Son"]), E("PHONE", "(%s)%s-%s" % (r.choice(["319", "515"]), dg(r, 3), dg(r, 4))), sep)
        att, adm = Person(r, "US"), Person(r, "US")
        d("PV1|1|I|%s^%d^%d^UIHC||||%s^" % (r.choice(["4W", "ICU", "6E"]), r.randint(1, 40), r.randint(1, 2), dg(r, 10)), E("PERSON", "%s^%s" % (strip_acc(att.last).upper(), strip_acc(att.first).upper())),
          "^^^DR|||MED||||1|||%s^" % dg(r, 10), E("PERSON", "%s^%s" % (strip_acc(adm.last).upper(), strip_acc(adm.first).upper())), "^^^DR|IN||%s%s" % (ref(r, "V", 9), sep))
        d("DG1|1|I10|", "%s^" % r.choice(["J18.9", "I50.9", "N17.9"]), E("DIAGNOSIS", r.choice(DX).upper() if r.random() < 0.3 else r.choice(DX)), "^I10|||A", sep)
        d("IN1|1|%s|%s|%s||||||||||||" % (r.choice(["BCBS-IA", "UHC01", "AETNA7"]), dg(r, 5), r.choice(["Wellmark BCBS", "UnitedHealthcare", "Aetna Choice POS II"])), E("PERSON", hl7_name(p)), "|SEL|",
          E("DATE_OF_BIRTH", p.dob("hl7")), "||||||||||||||||", E("HEALTH_PLAN_ID", health_plan_id(r)), sep)
    elif kind == 1:
        d("OBR|1|%s|%s|%s^%s^LN|||%s%s" % (ref(r, "", 8), ref(r, "", 9), r.choice(["4548-4", "2345-7", "718-7"]), r.choice(["Hemoglobin A1c", "Glucose", "Hemoglobin"]), tsx, sep))
        for j in range(r.randint(2, 4)):
            nm, unit, lo, hi = r.choice(LABS)
            d("OBX|%d|NM|%s^%s^L||%.1f|%s|%s-%s|N|||F%s" % (j + 1, dg(r, 4) + "-" + dg(r, 1), nm, r.uniform(lo, hi), unit, lo, hi, sep))
        d("NTE|1||Patient on ", E("MEDICATION", r.choice(MEDS)), "; history of ", E("DIAGNOSIS", r.choice(DX)), sep)
    else:
        med = r.choice(MEDS)
        d("ORC|NW|%s|||||^^^%s^^R%s" % (ref(r, "RX", 7), tsx, sep))
        d("RXE|^BID^HL7|%s^" % dg(r, 11), E("MEDICATION", med.upper()), " %d MG TAB^NDC|%d||MG|TAB||||%d|TAB|%d%s" % (r.choice([10, 20, 25, 500]), r.choice([10, 20]), r.randint(30, 90), r.randint(0, 5), sep))
        d("RXR|PO^ORAL%s" % sep)
        d("AL1|1|DA|^%s|MO%s" % (r.choice(["PENICILLIN", "SULFA", "CODEINE"]), sep))
    return d, "hl7"


def t_fhir(r, i):
    p = Person(r, r.choice(["US", "AU", "CA", "GB", "NL", "IE"]))
    d = Doc()
    catalog = i % 4 == 3
    if catalog:
        obj = {"resourceType": "CodeSystem", "id": "local-problem-list", "url": "http://example.org/fhir/CodeSystem/problems",
               "version": "4.0.%d" % r.randint(1, 9), "status": "active", "publisher": "Clinical Informatics, Build %s" % dg(r, 5),
               "concept": [{"code": "P%03d" % k, "display": x, "definition": "Problem list term; maps to SNOMED CT %s" % dg(r, 8)} for k, x in enumerate(r.sample(DX, 6))]}
        obj["concept"].append({"code": "M001", "display": "%s 5 mg tablet" % r.choice(MEDS), "definition": "Formulary item"})
        jdump(d, obj)
        return d, "fhir_json"
    fam, giv = p.last, p.first
    pid = "pat-" + hexs(r, 8)
    a1, a2 = address(r, p.country, "pair")
    patient = {"resourceType": "Patient", "id": pid,
               "identifier": [{"system": "urn:oid:" + oid(r), "type": {"text": "MRN"}, "value": E("MEDICAL_RECORD_NUMBER", mrn(r))}],
               "name": [{"use": "official", "family": E("PERSON", fam), "given": [E("PERSON", giv)]}],
               "telecom": [{"system": "phone", "value": E("PHONE", phone(r, p.country)), "use": "mobile"},
                           {"system": "email", "value": E("EMAIL", p.email())}],
               "gender": "female" if p.female else "male", "birthDate": E("DATE_OF_BIRTH", p.dob("iso")),
               "address": [{"line": [E("ADDRESS", a1)], "city": "", "country": p.country}]}
    patient["address"][0].pop("city")
    if p.country == "GB":
        patient["identifier"].append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": E("UK_NHS_NUMBER", nhs(r).replace(" ", ""))})
    dx = r.choice(DX)
    refuted = r.choice(EPONYMS[:4] + ["pulmonary embolism", "sepsis"])
    entries = [patient,
               {"resourceType": "Condition", "id": "cond-" + hexs(r, 6), "clinicalStatus": {"coding": [{"code": "active"}]},
                "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"text": E("DIAGNOSIS", dx)},
                "subject": {"reference": "Patient/" + pid}, "recordedDate": vdate(r, 2025)},
               {"resourceType": "Condition", "id": "cond-" + hexs(r, 6), "verificationStatus": {"coding": [{"code": "refuted"}]},
                "code": {"text": refuted}, "subject": {"reference": "Patient/" + pid}},
               {"resourceType": "MedicationRequest", "id": "mr-" + hexs(r, 6), "status": "active", "intent": "order",
                "medicationCodeableConcept": {"text": E("MEDICATION", r.choice(MEDS))},
                "dosageInstruction": [{"text": "%d mg once daily" % r.choice([5, 10, 20, 40])}], "subject": {"reference": "Patient/" + pid}},
               {"resourceType": "Coverage", "id": "cov-" + hexs(r, 6), "status": "active", "subscriberId": E("HEALTH_PLAN_ID", health_plan_id(r)),
                "payor": [{"display": r.choice(["Medibank Private", "Zilveren Kruis", "Anthem Blue Cross", "Manulife"])}],
                "class": [{"type": {"text": "group"}, "value": "GRP" + dg(r, 5)}]}]
    bundle = {"resourceType": "Bundle", "type": "collection", "timestamp": ts(r), "entry": [{"fullUrl": "urn:uuid:" + hexs(r, 8), "resource": e} for e in entries]}
    jdump(d, bundle, indent=r.choice([2, 1]))
    return d, "fhir_json"


def t_pharmacy_label(r, i):
    c = r.choice(["US", "US", "GB", "CA", "AU", "IE"])
    p = Person(r, c)
    dr = Person(r, c)
    med = r.choice(MEDS)
    d = Doc()
    chain = {"US": "CareWell Pharmacy #%d" % r.randint(100, 9999), "GB": "Boots UK", "CA": "Shoppers Drug Mart", "AU": "Chemist Warehouse", "IE": "Hickey's Pharmacy"}[c]
    d(chain, "   Tel ", E("PHONE", phone(r, c)), "\n")
    d("Rx# %s   Date filled: %s   Refills: %d\n" % (ref(r, "", 7), vdate(r, 2025, "us" if c == "US" else "eu"), r.randint(0, 5)))
    d(E("PERSON", p.full.upper()), "\n")
    if r.random() < 0.5:
        d(E("ADDRESS", address(r, c)), "\n")
    d(E("MEDICATION", med.upper()), " %s %s   QTY: %d\n" % (r.choice(["10MG", "500MG", "20 MG", "0.1MG/DOSE"]), r.choice(["TABLETS", "CAPSULES", "INHALER"]), r.choice([28, 30, 56, 90])))
    d("TAKE ONE TABLET BY MOUTH %s. %s\n" % (r.choice(["TWICE DAILY WITH FOOD", "AT BEDTIME", "EVERY MORNING"]), r.choice(["MAY CAUSE DROWSINESS.", "AVOID ALCOHOL.", "DO NOT CRUSH."])))
    d("Prescriber: Dr. ", E("PERSON", dr.full), "   NDC %s-%s-%s   Lot %s   Exp %02d/%d\n" % (dg(r, 5), dg(r, 4), dg(r, 2), L(r, 2) + dg(r, 4), r.randint(1, 12), r.randint(2026, 2028)))
    if c == "US" and r.random() < 0.5:
        d("Insurance: %s  ID " % r.choice(["Caremark", "Express Scripts", "OptumRx"]), E("HEALTH_PLAN_ID", health_plan_id(r)), "  BIN %s PCN %s\n" % (dg(r, 6), L(r, 4)))
    d("Keep out of reach of children.\n")
    return d, "clinical_note"


def t_dental_chart(r, i):
    c = r.choice(["US", "GB", "AU", "NL", "IE", "CA"])
    p = Person(r, c)
    d = Doc()
    d("PERIODONTAL / RESTORATIVE CHART  — %s\n" % r.choice(["Tandartspraktijk De Linde", "Abbeygate Dental", "Smile Studio Kedron", "Molar Bay Dental"]))
    d("Patient: ", E("PERSON", p.full), "   Chart #: ", E("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB: ", E("DATE_OF_BIRTH", p.dob("eu")), "\n")
    d("Exam date %s   Clinician: hygienist HY-%s\n\n" % (vdate(r, 2025, "eu"), dg(r, 3)))
    d("Tooth  Surf  Probing (MB B DB / ML L DL)  BOP  Mob  Notes\n")
    for t in r.sample([11, 12, 16, 17, 21, 26, 27, 36, 37, 46, 47, 48], 5):
        d("%-6d %-5s %d %d %d / %d %d %d             %s    %s    %s\n" % (t, r.choice(["MO", "DO", "B", "MOD", "-"]), *[r.randint(1, 7) for _ in range(6)], r.choice("+-"), r.choice(["0", "I", "II"]), r.choice(["comp rest.", "crown", "watch", "RCT 2023", ""])))
    d("\nDx: ", E("DIAGNOSIS", r.choice(DENTAL_DX)), "; ", E("DIAGNOSIS", r.choice(DENTAL_DX)), ".  Medical: ", E("DIAGNOSIS", r.choice(DX)), ", takes ", E("MEDICATION", r.choice(MEDS)), ".\n")
    d("Tx plan: SRP UL/LL quadrants; ", E("MEDICATION", "chlorhexidine"), " 0.2%% mouthwash 2/52; review 3/12. Fee est. %s %d.\n" % ("€" if c in ("NL", "IE") else "$", r.randint(150, 900)))
    return d, "clinical_note"


def t_referral_letter(r, i):
    c = r.choice(["GB", "GB", "US", "IE"])
    p = Person(r, c)
    gp = Person(r, c)
    d = Doc()
    d("%s\n%s\n\n" % (r.choice(["Chapel Allerton Medical Centre", "Menai Bridge Surgery", "Valley Primary Care PLLC", "Ballymun Health Centre"]), vdate(r, 2025, "long")))
    d("Dear Colleague,\n\nRe: ", E("PERSON", p.full), ", DOB ", E("DATE_OF_BIRTH", p.dob("eu" if c != "US" else "us")))
    if c == "GB":
        d(", NHS ", E("UK_NHS_NUMBER", nhs(r)))
    elif c == "US":
        d(", Medicare ", E("US_MBI", mbi(r)))
    d("\n", E("ADDRESS", address(r, c, True)), "\n\n")
    d("Thank you for seeing this %d-year-old %s, referred to the community mental health team. " % (2025 - p.y, "woman" if p.female else "man"))
    d("Over the past months there has been low mood consistent with ", E("DIAGNOSIS", r.choice(["major depressive disorder", "bipolar II disorder", "generalised anxiety disorder", "post-traumatic stress disorder"])),
      ". PHQ-9 score %d. No active suicidal intent. " % r.randint(12, 24))
    d("Current treatment: ", E("MEDICATION", r.choice(["sertraline", "mirtazapine", "venlafaxine", "quetiapine"])), " (titrated up in %s). " % MONTHS[r.randint(0, 11)])
    d("Past history of %s is not relevant here; the %s-related 'blue Monday' articles have, in the patient's words, made it worse.\n\n" % (r.choice(["acne", "a fractured wrist"]), r.choice(["January", "winter"])))
    d("Best contact: ", E("PHONE", phone(r, c)), ".\n\nYours sincerely,\n\nDr ", E("PERSON", gp.full), "\nGMC %s\n" % dg(r, 7))
    return d, "clinical_note"


def t_research_summary(r, i):
    d = Doc()
    dis = r.sample(DX, 3)
    drug = r.sample(MEDS, 2)
    d("Protocol %s-%s amendment %d — Lay summary for the Research Ethics Committee\n\n" % (L(r, 3), dg(r, 4), r.randint(1, 6)))
    d("This randomised, double-blind study compares %s with placebo in adults with %s. Earlier cohorts suggested that " % (drug[0], dis[0]))
    d("patients with %s may respond differently, so stratification by baseline HbA1c (<58 vs >=58 mmol/mol) is added. " % dis[1])
    d("Target enrolment is %d participants across %d sites in Nairobi, Manila, Recife and Kraków. " % (r.randint(200, 900), r.randint(6, 30)))
    d("%s is permitted as rescue therapy. Participants are identified only by a study code (e.g. S-%s); no names are held by the sponsor.\n\n" % (drug[1].capitalize(), dg(r, 4)))
    d("Section 4.2: Safety signals for %s and %s will be reviewed by the DSMB every 6 months. The Parkinson's law remark in the steering minutes was about timelines, not a diagnosis.\n" % (dis[2], r.choice(EPONYMS)))
    d("Funding: Wellcome Leap award %s; sponsor contact via the R&D office portal only.\n" % ref(r, "WL", 8))
    return d, r.choice(["clinical_note", "lab_report"])

# ================================================================================================================
# templates: STRUCTURED (csv, tsv, json, ndjson, yaml, sql, xml)
# ================================================================================================================
def t_payroll_csv(r, i):
    c = ["GB", "IT", "BR", "IN", "CA", "FR", "ES", "US", "DE", "SG"][i % 10]
    hdr = {"GB": ["emp_no", "surname", "forename", "ni_number", "sort_code", "account_no", "tax_code", "gross_pay"],
           "CA": ["EmployeeID", "LastName", "FirstName", "SIN", "Province", "DirectDepositIBAN", "Salary"],
           "DE": ["Personalnr", "Name", "Vorname", "Steuer-ID", "Steuerklasse", "IBAN", "Brutto"],
           "BR": ["matricula", "nome_completo", "cpf", "data_nascimento", "cargo", "salario_base"],
           "IN": ["Emp Code", "Employee Name", "Aadhaar", "PAN", "UAN", "CTC (INR)"],
           "ES": ["Nº Empleado", "Apellidos y Nombre", "DNI/NIE", "Nº SS", "IBAN", "Bruto anual"],
           "IT": ["Matricola", "Cognome", "Nome", "Codice Fiscale", "IBAN", "RAL"],
           "FR": ["Matricule", "NOM", "Prénom", "NIR", "IBAN", "Salaire brut"],
           "US": ["EEID", "Full Name", "SSN", "DOB", "State", "Routing", "Account", "Annual Salary"],
           "SG": ["Staff ID", "Name (as in NRIC)", "NRIC/FIN", "CPF Acct", "Basic Salary (SGD)"]}[c]
    sep = ";" if c in ("DE", "ES", "IT", "FR", "BR") else ","
    d = Doc()
    csvrow(d, hdr, sep)
    for k in range(r.randint(3, 6)):
        p = Person(r, c)
        eid = str(r.randint(1000, 99999))
        if c == "GB":
            row = [eid, E("PERSON", p.last), E("PERSON", p.first), E("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)), uk_sort(r), E("UK_BANK_ACCOUNT", dg(r, 8)), r.choice(["1257L", "BR", "K475", "S1257L"]), "%d.%02d" % (r.randint(1500, 6000), r.randint(0, 99))]
        elif c == "CA":
            row = ["E" + eid, E("PERSON", p.last), E("PERSON", p.first), E("CA_SIN", sin(r, r.choice(["", "-", " "]))) if k != 2 else bad_sin(r), r.choice(["QC", "ON", "AB"]), "n/a", str(r.randint(48, 140) * 1000)]
        elif c == "DE":
            row = [eid, E("PERSON", p.last), E("PERSON", p.first), E("DE_TAX_ID", steuer(r)) if k != 1 else bad_steuer(r), str(r.randint(1, 6)), E("IBAN", iban(r, "DE", r.random() < 0.5)), "%d,%02d" % (r.randint(2500, 9000), r.randint(0, 99))]
        elif c == "BR":
            row = [eid, E("PERSON", p.full), E("BR_CPF", cpf(r)) if k != 1 else bad_cpf(r), E("DATE_OF_BIRTH", p.dob("eu")), r.choice(["Analista", "Motorista", "Enfermeira"]), "%d.%03d,00" % (r.randint(2, 15), r.randint(0, 999))]
        elif c == "IN":
            row = ["TCS" + eid, E("PERSON", p.full), E("IN_AADHAAR", aadhaar(r, r.choice(["", " "]))) if k != 2 else bad_aadhaar(r), L(r, 5) + dg(r, 4) + L(r), "10" + dg(r, 10), str(r.randint(4, 40) * 100000)]
        elif c == "ES":
            row = [eid, E("PERSON", "%s, %s" % (p.last, p.first)), E("ES_DNI", dni(r, r.random() < 0.3)) if k != 1 else bad_dni(r), "28/%s" % dg(r, 8) + "/" + dg(r, 2), E("IBAN", iban(r, "ES")), "%d.%03d,00" % (r.randint(18, 70), r.randint(0, 999))]
        elif c == "IT":
            cf = codice_fiscale(p.first, p.last, p.y, p.m, p.d, p.female, r.choice(sorted(BELFIORE)))
            row = [eid, E("PERSON", p.last.upper()), E("PERSON", p.first.upper()), E("IT_FISCAL_CODE", cf) if k != 1 else bad_cf(cf), E("IBAN", iban(r, "IT", False)), "%d.000" % r.randint(24, 70)]
        elif c == "FR":
            row = [eid, E("PERSON", p.last.upper()), E("PERSON", p.first), E("FR_NIR", nir(r, "2" if p.female else "1", p.y, p.m, r.random() < 0.5)) if k != 2 else bad_nir(r), E("IBAN", iban(r, "FR")), "%d,%02d" % (r.randint(1800, 6000), r.randint(0, 99))]
        elif c == "US":
            row = [eid, E("PERSON", p.full), E("US_SSN", ssn(r)) if k != 1 else "***-**-" + dg(r, 4), E("DATE_OF_BIRTH", p.dob("us")), r.choice(["TX", "OH", "WA"]), "0" + dg(r, 8), dg(r, 10), str(r.randint(40, 180) * 1000)]
        else:
            row = [eid, E("PERSON", p.full.upper()), E("SG_NRIC", nric(r)) if k != 1 else bad_nric(r), "cpf-" + dg(r, 6), "%d.00" % r.randint(2500, 15000)]
        csvrow(d, row, sep)
    return d, "csv"


def t_spreadsheet_tsv(r, i):
    d = Doc()
    if i % 3 == 2:
        # pure business spreadsheet, no PII
        csvrow(d, ["Region", "Q1", "Q2", "Q3", "Q4", "FY", "Owner team", "Note"], "\t")
        for reg in ["EMEA North", "EMEA South", "APAC", "LATAM", "North America", "Africa"]:
            q = [r.randint(100, 999) for _ in range(4)]
            csvrow(d, [reg] + [str(x) for x in q] + [str(sum(q)), r.choice(["Growth", "Ops", "Partnerships"]), r.choice(["incl. Boxing Day promo", "FX at 1.17", "v2.4.1 pricing", "Diwali uplift", ""])], "\t")
        csvrow(d, ["TOTAL", "", "", "", "", "=SUM(F2:F7)", "", ""], "\t")
        return d, "tsv"
    # charity donor sheet pasted from Excel
    csvrow(d, ["Donor Ref", "Title", "First", "Last", "Email", "Postcode / Address", "Gift (£)", "Gift Aid?", "Phone"], "\t")
    for k in range(r.randint(4, 7)):
        p = Person(r, r.choice(["GB", "GB", "IE", "NG", "IN", "PL"]))
        a = address(r, "GB")
        csvrow(d, [ref(r, "D", 6), r.choice(["Mr", "Ms", "Dr", "Mx", "Rev"]), E("PERSON", p.first), E("PERSON", p.last), E("EMAIL", p.email()) if k != 3 else "", E("ADDRESS", a),
                   "%d.00" % r.choice([5, 10, 25, 50, 100]), r.choice(["Y", "N"]), E("PHONE", phone(r, "GB")) if r.random() < 0.6 else ""], "\t")
    csvrow(d, ["", "", "", "", "", "", "=SUM(G2:G8)", "", ""], "\t")
    return d, "tsv"


def t_school_roster(r, i):
    c = r.choice(["US", "US", "AU", "CA"])
    d = Doc()
    hdr = r.choice([["student_id", "student_last", "student_first", "birthdate", "grade", "guardian_name", "guardian_phone", "guardian_email", "health_alert"],
                    ["StuNum", "Last Name", "First Name", "DOB", "Gr", "Parent/Guardian", "Contact #", "Contact Email", "Medical"]])
    csvrow(d, hdr)
    for k in range(r.randint(4, 6)):
        p = Person(r, c)
        g = Person(r, c)
        y = r.randint(2008, 2019)
        med = ""
        if r.random() < 0.4:
            dm = r.choice([("asthma", "albuterol"), ("type 1 diabetes", "insulin"), ("peanut allergy", "EpiPen"), ("epilepsy", "Keppra"), ("ADHD", "Concerta")])
            med = M(E("DIAGNOSIS", dm[0]), " - ", E("MEDICATION", dm[1]), " in nurse office")
        csvrow(d, [str(r.randint(100000, 999999)), E("PERSON", p.last), E("PERSON", p.first), E("DATE_OF_BIRTH", fdate(y, r.randint(1, 12), r.randint(1, 28), "us")),
                   str(min(12, 2025 - y - 5)), E("PERSON", g.full), E("PHONE", phone(r, c)), E("EMAIL", g.email()), med])
    return d, "csv"


def t_inventory_csv(r, i):
    d = Doc()
    if i % 2 == 0:
        csvrow(d, ["sku", "description", "supplier", "lot", "qty_on_hand", "reorder_pt", "unit_cost", "last_count"])
        for k in range(r.randint(6, 10)):
            csvrow(d, ["%s-%s-%s" % (L(r, 3), dg(r, 4), L(r, 1)), r.choice(["Nitrile gloves M (box 100)", "Thermal labels 4x6", "Pallet wrap 500mm", "Hi-vis vest XL", "Barcode scanner DS2208", "Tyre 205/55 R16 91V"]),
                       r.choice(["Johnson Matthey", "Ferguson plc", "Dell", "Mitsubishi Electric", "Kimberly-Clark"]), "L%s" % dg(r, 7), str(r.randint(0, 900)), str(r.randint(10, 100)),
                       "%.2f" % r.uniform(0.5, 400), vdate(r, 2025)])
    else:
        csvrow(d, ["order_id", "tracking_no", "carrier", "weight_kg", "dest_depot", "status", "eta"])
        for k in range(r.randint(6, 9)):
            csvrow(d, [ref(r, "ORD-", 9), r.choice(["1Z%s%s" % (L(r, 3) + dg(r, 3), dg(r, 10)), "JD%s" % dg(r, 18), "%s" % luhn_bad_digits(r, 12), "RR%sGB" % dg(r, 9)]),
                       r.choice(["UPS", "DPD", "Royal Mail", "DHL Express", "Aramex"]), "%.1f" % r.uniform(0.2, 30), r.choice(["DUB2", "MAN1", "NBO-HUB", "SIN-CHANGI", "GRU3"]),
                       r.choice(["IN_TRANSIT", "DELIVERED", "EXCEPTION", "HELD_CUSTOMS"]), ts(r)])
    return d, "csv"


def t_saas_user_json(r, i):
    p = Person(r)
    d = Doc()
    style = i % 2
    a1 = address(r, p.country)
    if style == 0:
        obj = {"id": "usr_" + hexs(r, 16), "object": "user", "created": r.randint(1600000000, 1760000000),
               "profile": {"displayName": E("PERSON", p.full), "givenName": E("PERSON", p.first), "email": E("EMAIL", p.email()),
                           "phoneNumber": E("PHONE", phone(r, p.country)), "locale": r.choice(["en-GB", "pt-BR", "ja-JP", "es-MX", "pl-PL"]),
                           "billingAddress": E("ADDRESS", a1)},
               "lastLogin": {"at": ts(r), "ip": E("IP_ADDRESS", ipv4(r)), "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4.1"},
               "plan": {"tier": r.choice(["team", "business", "enterprise"]), "seats": r.randint(3, 400), "sku": "PLN-%s" % dg(r, 5)},
               "flags": {"mfa": r.random() < 0.5, "sso": "saml2"}, "schemaVersion": "3.12.0.1448"}
    else:
        obj = {"customer_id": r.randint(100000, 999999), "full_name": E("PERSON", p.full), "email_address": E("EMAIL", p.email()),
               "tel": E("PHONE", phone(r, p.country)), "dob": E("DATE_OF_BIRTH", p.dob("iso")), "shipping": {"line1": E("ADDRESS", a1), "country_code": p.country},
               "payment_method": {"brand": "visa", "last4": dg(r, 4), "exp": "%02d/%d" % (r.randint(1, 12), r.randint(2026, 2030)), "fingerprint": hexs(r, 16)},
               "orders": [{"order_no": ref(r, "", 10), "total": round(r.uniform(5, 500), 2), "currency": "EUR"} for _ in range(2)],
               "consent": {"marketing": False, "recorded_ip": E("IP_ADDRESS", ipv6(r) if r.random() < 0.5 else ipv4(r))}}
    jdump(d, obj, indent=r.choice([2, 4]))
    return d, "json"


def t_pnr_json(r, i):
    d = Doc()
    pax = []
    for k in range(r.randint(1, 3)):
        c = r.choice(COUNTRIES)
        p = Person(r, c)
        pax.append({"paxId": k + 1, "surname": E("PERSON", strip_acc(p.last).upper()), "givenNames": E("PERSON", strip_acc(p.first).upper()), "ptc": "ADT",
                    "apis": {"docType": "P", "docNumber": E(pp_type(c), passport(r, c)), "issuingCountry": ISO3[c], "nationality": ISO3[c],
                             "dateOfBirth": E("DATE_OF_BIRTH", p.dob("iso")), "expiry": vdate(r, 2032), "gender": "F" if p.female else "M"},
                    "ffp": None if r.random() < 0.5 else {"programme": "Flying Blue", "number": dg(r, 10)},
                    "contact": {"email": E("EMAIL", p.email()), "mobile": E("PHONE", phone(r, c))} if k == 0 else {}})
    obj = {"recordLocator": L(r, 6), "createdAt": ts(r), "office": "NBOKQ08AA", "segments": [
        {"flight": "KQ%d" % r.randint(100, 999), "dep": "NBO", "arr": "AMS", "std": ts(r), "equipment": "B787-8", "fareBasis": "YLOWKE"}],
        "passengers": pax, "ticketing": {"tktNumbers": [dg(r, 3) + "-" + ref(r, "", 10)], "formOfPayment": "CC VI XXXXXXXXXXXX%s" % dg(r, 4)}}
    jdump(d, obj)
    return d, "json"


def t_telecom_ndjson(r, i):
    d = Doc()
    for k in range(r.randint(4, 7)):
        c = r.choice(["NG", "KE", "PH", "IN", "GB", "MX", "BR"])
        p = Person(r, c)
        ev = r.choice(["sim_swap_requested", "kyc_verified", "port_in", "login", "plan_change"])
        obj = {"ts": ts(r), "event": ev, "msisdn": E("PHONE", phone(r, c)), "channel": r.choice(["store", "app", "ussd", "web"])}
        if ev in ("sim_swap_requested", "kyc_verified"):
            obj["subscriber"] = E("PERSON", p.full)
            if c == "IN":
                obj["id_doc"] = {"type": "aadhaar", "number": E("IN_AADHAAR", aadhaar(r))}
            elif c == "BR":
                obj["id_doc"] = {"type": "cpf", "number": E("BR_CPF", cpf(r))}
            else:
                obj["id_doc"] = {"type": "passport", "number": E(pp_type(c), passport(r, c)), "country": c}
            obj["agent"] = "AG-%s" % dg(r, 4)
        if ev == "login":
            obj["src_ip"] = E("IP_ADDRESS", ipv4(r))
            obj["imei"] = luhn_bad_digits(r, 15)
        if ev == "plan_change":
            obj["from"] = "PREPAID_%d" % r.randint(1, 9)
            obj["to"] = "POSTPAID_UNL_5G"
        jdump(d, obj, compact=True)
        d("\n")
    return d, "ndjson"


def t_metrics_ndjson(r, i):
    d = Doc()
    for k in range(r.randint(6, 10)):
        obj = {"@timestamp": ts(r), "service": r.choice(["checkout-api", "geo-router", "billing-worker"]), "version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99)),
               "build": "b%s" % dg(r, 6), "host": "node-%s" % hexs(r, 6), "p99_ms": round(r.uniform(10, 900), 1),
               "rps": r.randint(10, 9000), "region": r.choice(["eu-west-1", "ap-southeast-1", "sa-east-1"]), "git_sha": hexs(r, 12), "bind": "0.0.0.0:8080", "otel_scope": oid(r)}
        jdump(d, obj, compact=True)
        d("\n")
    return d, "ndjson"


def t_yaml_config(r, i):
    d = Doc()
    d("# %s service configuration — managed by Terraform, do not edit by hand\n" % r.choice(["fleet-telematics", "room-inventory", "grading-portal", "meter-ingest"]))
    d("service:\n  name: %s\n  version: %d.%d.%d.%d\n  replicas: %d\n  listen: 0.0.0.0:%d\n  health: http://127.0.0.1:%d/healthz\n" % (
        r.choice(["telematics", "inventory", "portal"]), r.randint(1, 9), r.randint(0, 20), r.randint(0, 40), r.randint(256, 9000), r.randint(2, 12), r.choice([8080, 8443, 9000]), r.choice([8081, 9001])))
    d("database:\n  host: db.internal.example\n  port: 5432\n  name: app_prod\n  user: svc_app\n  password: ${DB_PASSWORD}\n")
    d("features:\n  enable_sso: true\n  pii_redaction: strict\n  sample_rate: 0.%d\n" % r.randint(1, 99))
    d("snmp:\n  sysObjectID: 1.3.6.1.4.1.%d.%d.%d\n  community: ${SNMP_COMMUNITY}\n" % (r.randint(1000, 60000), r.randint(1, 20), r.randint(1, 99)))
    d("holidays_calendar:\n  - \"%s\"\n  - \"%s\"\n  - \"%s\"\n" % tuple(r.sample(HOLIDAYS, 3)))
    d("image: registry.example.com/platform/app:%d.%d.%d-build.%s\n" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 99), dg(r, 5)))
    return d, "yaml"


def t_yaml_person(r, i):
    c = r.choice(COUNTRIES)
    p = Person(r, c)
    d = Doc()
    d("# contractor onboarding — %s\n" % r.choice(["Apex Freight Logistics", "Meridian University HR", "Lumen SaaS People Ops"]))
    d("contractor:\n  legal_name: ", E("PERSON", p.full), "\n  preferred: ", E("PERSON", p.first), "\n")
    d("  born: ", E("DATE_OF_BIRTH", p.dob("iso")), "\n  nationality: %s\n" % ISO3[c])
    a1, a2 = address(r, c, "pair")
    d("  home_address: |\n    ", E("ADDRESS", a1 + "\n    " + a2), "\n")
    d("  contact:\n    email: ", E("EMAIL", p.email()), "\n    phone: \"", E("PHONE", phone(r, c)), "\"\n")
    nid = natid(r, p)
    if nid:
        d("  tax_id: ", E(nid[0], nid[1]), "   # %s\n" % nid[2])
    d("  travel_doc:\n    kind: passport\n    number: ", E(pp_type(c), passport(r, c)), "\n    expires: %s\n" % vdate(r, 2033))
    d("  payout:\n    method: %s\n" % r.choice(["sepa", "wise", "swift"]))
    if r.random() < 0.6:
        d("    iban: ", E("IBAN", iban(r, r.choice(["NL", "DE", "ES", "PL", "IE", "BE"]))), "\n")
    d("engagement:\n  rate_eur_day: %d\n  start: %s\n  project: PRJ-%s\n" % (r.randint(300, 1100), vdate(r, 2025), dg(r, 4)))
    return d, "yaml"


def t_sql_dump(r, i):
    d = Doc()
    neg = i % 3 == 2
    d("-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)\n-- Host: " % r.randint(20, 40))
    if neg:
        d("localhost")
    else:
        d(E("IP_ADDRESS", "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 200))))
    d("    Database: %s\n" % ("crm" if not neg else "catalog"))
    d("-- Server version\t8.0.%d-0ubuntu0.22.04.1\n\nSET NAMES utf8mb4;\n\n" % r.randint(30, 40))
    if neg:
        d("DROP TABLE IF EXISTS `products`;\nCREATE TABLE `products` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `sku` varchar(32),\n  `name` varchar(255),\n  `price` decimal(10,2),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\n")
        d("INSERT INTO `products` VALUES ")
        rows = []
        for k in range(5):
            rows.append("(%d,'%s-%s','%s',%.2f)" % (k + 1, L(r, 2), dg(r, 5), r.choice(["Hermès-style scarf", "Disney Frozen mug", "Dyson V11 filter", "Ralph Lauren polo", "Philips Hue bulb E27"]), r.uniform(3, 300)))
        d(",".join(rows), ";\n")
        return d, "free_text"
    d("DROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (\n  `id` int NOT NULL,\n  `first_name` varchar(80),\n  `last_name` varchar(80),\n  `email` varchar(190),\n  `phone` varchar(40),\n  `dob` date,\n  `last_ip` varchar(45),\n  PRIMARY KEY (`id`)\n);\n\n")
    d("INSERT INTO `customers` (`id`,`first_name`,`last_name`,`email`,`phone`,`dob`,`last_ip`) VALUES\n")
    n = r.randint(3, 5)
    for k in range(n):
        p = Person(r)
        d("(%d,'" % (r.randint(1000, 9999)), E("PERSON", p.first.replace("'", "''")), "','", E("PERSON", p.last.replace("'", "''")), "','", E("EMAIL", p.email()), "','", E("PHONE", phone(r, p.country)),
          "','", E("DATE_OF_BIRTH", p.dob("iso")), "','", E("IP_ADDRESS", ipv4(r)), "')", ",\n" if k < n - 1 else ";\n")
    d("-- Dump completed on %s\n" % ts(r).replace("T", " ").rstrip("Z"))
    return d, "free_text"


def t_xml(r, i):
    d = Doc()
    if i % 3 == 2:
        d('<?xml version="1.0" encoding="UTF-8"?>\n<catalog xmlns="urn:example:parts" schemaVersion="2.4.0.117">\n')
        for k in range(4):
            d('  <part id="%s" rev="%s"><name>%s</name><oid>%s</oid><release>%s</release></part>\n' % (ref(r, "P", 7), r.choice("ABCD"), r.choice(["Brake caliper (Mercedes-Benz OEM)", "Ford Focus wiper arm", "Hyundai i30 cabin filter"]), oid(r), vdate(r, 2025)))
        d("</catalog>\n")
        return d, "html"
    p = Person(r, r.choice(["NL", "DE", "FR", "IT", "ES", "IE"]))
    d('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n <CstmrCdtTrfInitn>\n  <GrpHdr><MsgId>%s</MsgId><CreDtTm>%s</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>\n' % (ref(r, "MSG", 12), ts(r)))
    d("  <PmtInf>\n   <Dbtr><Nm>Utiliteam Energie B.V.</Nm></Dbtr>\n   <DbtrAcct><Id><IBAN>", E("IBAN", iban(r, "NL", False)), "</IBAN></Id></DbtrAcct>\n")
    d("   <CdtTrfTxInf>\n    <PmtId><EndToEndId>REFUND-%s</EndToEndId></PmtId>\n    <Amt><InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt></Amt>\n" % (dg(r, 8), r.randint(10, 900), r.randint(0, 99)))
    d("    <Cdtr><Nm>", E("PERSON", p.full), "</Nm><PstlAdr><AdrLine>", E("ADDRESS", address(r, p.country)), "</AdrLine></PstlAdr></Cdtr>\n")
    d("    <CdtrAcct><Id><IBAN>", E("IBAN", iban(r, p.country if p.country in ("NL", "DE", "FR", "IT", "ES", "IE") else "NL", False)), "</IBAN></Id></CdtrAcct>\n")
    d("    <RmtInf><Ustrd>Overpayment refund account %s</Ustrd></RmtInf>\n   </CdtTrfTxInf>\n  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n" % dg(r, 10))
    return d, "html"


def t_bank_tsv(r, i):
    d = Doc()
    csvrow(d, ["Buchungstag", "Valuta", "Auftraggeber/Empfänger", "IBAN", "Verwendungszweck", "Betrag (EUR)"], "\t")
    for k in range(r.randint(5, 8)):
        kind = r.random()
        if kind < 0.5:
            p = Person(r, r.choice(["DE", "NL", "FR", "PL", "IT"]))
            csvrow(d, [vdate(r, 2025, "dot"), vdate(r, 2025, "dot"), E("PERSON", p.full), E("IBAN", iban(r, r.choice(["DE", "NL", "FR", "AT", "BE"]), r.random() < 0.3)), "Miete %s / WG Zimmer" % MONTHS[r.randint(0, 11)], "-%d,00" % r.randint(300, 900)], "\t")
        elif kind < 0.8:
            csvrow(d, [vdate(r, 2025, "dot"), vdate(r, 2025, "dot"), r.choice(["REWE Markt GmbH", "Deutsche Bahn", "Stadtwerke Leipzig", "Amazon EU S.a.r.l."]), "", "Kartenzahlung girocard %s ****%s" % (dg(r, 2), dg(r, 4)), "-%d,%02d" % (r.randint(3, 200), r.randint(0, 99))], "\t")
        else:
            csvrow(d, [vdate(r, 2025, "dot"), vdate(r, 2025, "dot"), r.choice(["Finanzamt Leipzig I", "Techniker Krankenkasse"]), bad_iban(r, "DE"), "Erstattung Az. %s" % ref(r, "", 9), "%d,%02d" % (r.randint(10, 900), r.randint(0, 99))], "\t")
    return d, "tsv"


def t_claims_csv(r, i):
    d = Doc()
    csvrow(d, ["claim_no", "member_id", "mbi", "patient_name", "dob", "dos", "icd10", "diagnosis_desc", "billed", "status"])
    for k in range(r.randint(4, 6)):
        p = Person(r, "US")
        medicare = r.random() < 0.4
        csvrow(d, [ref(r, "CLM", 10), E("HEALTH_PLAN_ID", health_plan_id(r)) if not medicare else "", E("US_MBI", mbi(r)) if medicare else "", E("PERSON", p.full.upper()),
                   E("DATE_OF_BIRTH", p.dob("iso")), vdate(r, 2025), r.choice(["E11.9", "I10", "F33.1", "M54.5", "J45.20"]), E("DIAGNOSIS", r.choice(DX)), "%.2f" % r.uniform(80, 4000), r.choice(["PAID", "DENIED-CO45", "PEND"])])
    return d, "csv"


def t_university_json(r, i):
    c = r.choice(["IN", "NG", "KR", "JP", "BR", "MX", "KE", "PH"])
    p = Person(r, c)
    d = Doc()
    obj = {"studentNumber": "S%s" % dg(r, 7), "programme": r.choice(["MSc Data Science", "LLM International Law", "PhD Chemical Engineering"]),
           "name": {"family": E("PERSON", p.last), "given": E("PERSON", p.first)}, "dateOfBirth": E("DATE_OF_BIRTH", p.dob("iso")),
           "nationality": ISO3[c], "passport": {"number": E(pp_type(c), passport(r, c)), "expiry": vdate(r, 2031)},
           "cas": {"number": "E4G%s" % (L(r, 3) + dg(r, 6)), "issued": vdate(r, 2025)}, "termAddress": E("ADDRESS", address(r, "GB")),
           "contact": {"personalEmail": E("EMAIL", p.email()), "ukMobile": E("PHONE", phone(r, "GB"))},
           "disability": {"declared": True, "summary": M("Reasonable adjustments for ", E("DIAGNOSIS", r.choice(["dyslexia", "ADHD", "epilepsy", "generalised anxiety disorder"])), "; extra time 25%")} if r.random() < 0.5 else {"declared": False},
           "modules": [{"code": "%s%d" % (L(r, 4), r.randint(7000, 7999)), "credits": 15, "mark": r.randint(40, 85)} for _ in range(3)]}
    jdump(d, obj)
    return d, "json"

# ================================================================================================================
# templates: LOGS
# ================================================================================================================
def t_auth_kv(r, i):
    d = Doc()
    app = r.choice(["sso-gateway", "member-portal", "dealer-dms", "lms-auth"])
    for k in range(r.randint(6, 10)):
        p = Person(r)
        t = ts(r)
        ev = r.choice(["login_success", "login_failure", "mfa_challenge", "password_reset", "token_refresh", "health"])
        if ev == "health":
            d("%s level=info app=%s event=health status=ok version=%s uptime_s=%d peer=127.0.0.1\n" % (t, app, version_ip(r), r.randint(100, 99999)))
            continue
        d("%s level=%s app=%s event=%s user=" % (t, "warn" if ev == "login_failure" else "info", app, ev), E("EMAIL", p.email()), " src_ip=", E("IP_ADDRESS", ipv4(r)))
        if ev == "password_reset":
            d(" sms_to=", E("PHONE", phone(r, p.country).replace(" ", "")))
        d(" session=%s ua=\"okhttp/4.%d.%d\" req_id=%s\n" % (hexs(r, 12), r.randint(0, 12), r.randint(0, 9), hexs(r, 8)))
    return d, "log"


def t_stacktrace(r, i):
    d = Doc()
    p = Person(r, r.choice(["US", "GB", "CA", "IN", "BR"]))
    kind = i % 3
    d("%s ERROR [http-nio-8443-exec-%d] c.e.payments.CheckoutController - Unhandled exception processing request\n" % (ts(r).replace("T", " ").rstrip("Z"), r.randint(1, 40)))
    d("java.lang.IllegalStateException: address validation failed for order %s\n" % ref(r, "", 10))
    for fr in ["com.example.payments.AddressService.validate(AddressService.java:%d)" % r.randint(40, 400), "com.example.payments.CheckoutController.submit(CheckoutController.java:%d)" % r.randint(40, 400),
               "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)", "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)"]:
        d("\tat %s\n" % fr)
    d("Caused by: com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.time.LocalDate`\n\t... %d more\n" % r.randint(10, 60))
    if kind == 2:
        d("Request dump suppressed (pii_redaction=strict). client=127.0.0.1 trace_id=%s build=%s\n" % (hexs(r, 32), version_ip(r)))
        return d, "log"
    d("--- request dump ---\nPOST /api/v2/checkout HTTP/1.1\nHost: shop.example.com\nX-Forwarded-For: ", E("IP_ADDRESS", ipv4(r, "pub")), ", ", E("IP_ADDRESS", ipv4(r, "priv")), "\n")
    d("Content-Type: application/json\n\n")
    body = {"customer": {"name": E("PERSON", p.full), "email": E("EMAIL", p.email()), "phone": E("PHONE", phone(r, p.country))},
            "shipTo": E("ADDRESS", address(r, p.country)),
            "payment": {"pan": E("CREDIT_CARD", card(r, r.choice(["", " ", "-"]))), "cvv": "***", "exp": "%02d/%d" % (r.randint(1, 12), r.randint(26, 30))} if kind == 0 else {"token": "tok_" + hexs(r, 20), "last4": dg(r, 4)},
            "dob": E("DATE_OF_BIRTH", p.dob("iso"))}
    jdump(d, body, compact=True)
    d("\n--- end dump ---\n")
    return d, "log"


def t_git_log(r, i):
    d = Doc()
    devs = [Person(r, r.choice(COUNTRIES)) for _ in range(3)]
    for k in range(r.randint(4, 6)):
        p = r.choice(devs)
        d("commit %s\nAuthor: " % hexs(r, 40), E("PERSON", p.full), " <", E("EMAIL", p.email(r.choice(["users.noreply.github.com", "lumen.io", "gmail.com"]))), ">\n")
        d("Date:   %s %s %d %02d:%02d:%02d %d %+05d\n\n" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), MONTHS[r.randint(0, 11)][:3], r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), 2025, r.choice([0, 100, 200, -500, 530, 900])))
        msg = r.choice(["Bump version to %s" % "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 30)), "Fix flaky test in OrderServiceTest (#%d)" % r.randint(100, 9999),
                        "Upgrade log4j to 2.%d.%d" % (r.randint(17, 24), r.randint(0, 3)), "Refactor address normaliser for Eircode and Japanese chome", "Merge branch 'release/%d.%d'" % (r.randint(1, 9), r.randint(0, 20))])
        d("    %s\n" % msg)
        if k == 1 and i % 2 == 0:
            q = Person(r, "US")
            d("\n    Remove fixture that contained a real customer record by mistake:\n    name=", E("PERSON", q.full), " ssn=", E("US_SSN", ssn(r)), " (reported by security, INC-%s)\n" % dg(r, 5))
        if r.random() < 0.3:
            d("\n    Co-authored-by: ", E("PERSON", devs[0].full), " <", E("EMAIL", devs[0].email("lumen.io")), ">\n")
        d("\n")
    return d, "log"


def t_nginx(r, i):
    d = Doc()
    for k in range(r.randint(6, 10)):
        ip = ipv4(r) if r.random() < 0.8 else ipv6(r)
        path = r.choice(["/api/v1/health", "/static/app.%s.js" % hexs(r, 8), "/newsletter/unsubscribe?email=%s", "/login", "/track?no=%s" % ref(r, "", 12), "/api/v1/rooms?checkin=2025-07-04"])
        d(E("IP_ADDRESS", ip), " - - [%02d/%s/2025:%02d:%02d:%02d +0000] \"GET " % (r.randint(1, 28), MONTHS[r.randint(0, 11)][:3], r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
        if "%s" in path:
            pre, post = path.split("%s")
            d(pre)
            em = Person(r).email()
            d(E("EMAIL", em), post)
        else:
            d(path)
        d(" HTTP/1.1\" %d %d \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.6367.%d\"\n" % (r.choice([200, 200, 304, 404, 401]), r.randint(200, 90000), r.randint(10, 250)))
    return d, "log"


def t_pharmacy_log(r, i):
    d = Doc()
    store = r.choice(["#0412 Tulsa", "#1187 Macon", "#2093 Tacoma"])
    d("# dispensing journal store %s  exported %s\n" % (store, ts(r)))
    for k in range(r.randint(5, 8)):
        p = Person(r, "US")
        if r.random() < 0.25:
            d("%s INFO  till=%d sale sku=%s qty=%d otc=true desc=\"%s\"\n" % (ts(r), r.randint(1, 6), dg(r, 12), r.randint(1, 3), r.choice(["ibuprofen 200mg 24ct", "loratadine 10mg 30ct", "vitamin D3 1000IU"])))
            continue
        d("%s INFO  rx=%s action=%s patient=\"" % (ts(r), ref(r, "", 7), r.choice(["FILLED", "VERIFIED", "PICKED_UP", "RTS"])), E("PERSON", "%s, %s" % (p.last.upper(), p.first.upper())), "\" dob=",
          E("DATE_OF_BIRTH", p.dob("us")), " drug=\"", E("MEDICATION", r.choice(MEDS).upper()), " %s\" qty=%d rph=RPH%s\n" % (r.choice(["10MG TAB", "500MG TAB", "100MCG INH"]), r.choice([30, 60, 90]), dg(r, 3)))
    return d, "log"


def t_app_log_neg(r, i):
    d = Doc()
    for k in range(r.randint(8, 12)):
        t = ts(r)
        line = r.choice([
            "%s INFO  scheduler: job=nightly-reconcile run=%s status=ok duration=%.2fs" % (t, hexs(r, 8), r.uniform(1, 900)),
            "%s WARN  http: upstream 10.15.%d.%d timed out? no — that's build %s" % (t, r.randint(0, 255), r.randint(256, 999), version_ip(r)),
            "%s INFO  deploy: rolled out api %s to canary (sha %s)" % (t, version_ip(r), hexs(r, 7)),
            "%s DEBUG snmp: walk %s returned %d rows" % (t, oid(r), r.randint(1, 400)),
            "%s INFO  billing: invoice batch INV-%s generated for %d accounts (holiday: %s)" % (t, ref(r, "", 8), r.randint(10, 9000), r.choice(HOLIDAYS)),
            "%s INFO  listener bound to 0.0.0.0:%d and [::]:%d; loopback probe 127.0.0.1 ok" % (t, r.choice([80, 443, 8080]), r.choice([80, 443, 8080])),
            "%s ERROR worker: epoch=%d payload checksum mismatch order=%s tracking=%s" % (t, r.randint(1600000000, 1760000000), ref(r, "", 10), "1Z" + L(r, 3) + dg(r, 13)),
            "%s INFO  user=svc_batch card=****%s token=tok_%s result=approved amount=%d.%02d" % (t, dg(r, 4), hexs(r, 12), r.randint(1, 900), r.randint(0, 99)),
            "%s INFO  mac=%s dhcp lease renewed vlan=%d" % (t, ":".join(hexs(r, 2) for _ in range(6)), r.randint(2, 400)),
        ])
        d(line + "\n")
    return d, "log"


def t_meter_log(r, i):
    d = Doc()
    c = r.choice(["GB", "IE", "AU", "NL"])
    for k in range(r.randint(5, 8)):
        t = ts(r)
        if r.random() < 0.4:
            d("%s meter=%s%s read_kwh=%.3f tariff=E7 signal=-%ddBm fw=%s\n" % (t, L(r, 2), dg(r, 8), r.uniform(1000, 60000), r.randint(60, 110), version_ip(r)))
        else:
            p = Person(r, c)
            d("%s WARN  acct=%s disconnect_notice queued customer=\"" % (t, ref(r, "", 10)), E("PERSON", p.full), "\" supply_addr=\"", E("ADDRESS", address(r, c)), "\" contact=", E("PHONE", phone(r, c)),
              " vulnerable=%s\n" % r.choice(["true(PSR:medical equipment)", "false"]))
    return d, "log"


def t_firewall(r, i):
    d = Doc()
    for k in range(r.randint(6, 10)):
        mon = MONTHS[r.randint(0, 11)][:3]
        v6 = r.random() < 0.3
        src = ipv6(r) if v6 else ipv4(r, r.choice(["pub", "doc", "priv"]))
        dst = ipv6(r) if v6 else ipv4(r, "priv")
        d("%s %2d %02d:%02d:%02d fw01 kernel: [UFW %s] IN=eth0 OUT= SRC=" % (mon, r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(["BLOCK", "ALLOW", "AUDIT"])),
          E("IP_ADDRESS", src), " DST=", E("IP_ADDRESS", dst), " LEN=%d TTL=%d PROTO=%s SPT=%d DPT=%d\n" % (r.randint(40, 1500), r.randint(30, 128), r.choice(["TCP", "UDP"]), r.randint(1024, 65000), r.choice([22, 443, 3389, 5060, 25])))
    d("%s %2d %02d:%02d:%02d fw01 ntpd[%d]: Listen normally on 2 lo 127.0.0.1:123\n" % ("Oct", 2, 1, 2, 3, r.randint(300, 9000)))
    return d, "log"

# ================================================================================================================
# templates: EMAIL / CHAT / TICKET
# ================================================================================================================
def t_law_email(r, i):
    c = r.choice(["GB", "IE", "US", "AU"])
    sol = Person(r, c)
    cl = Person(r, c)
    opp = Person(r, c)
    firm = r.choice(["Hawthorne Pryce LLP", "Mulcahy & Breen Solicitors", "Okafor Lindqvist PLLC", "Tindall Rowe Lawyers"])
    dom = firm.split()[0].lower().replace(",", "") + "law.com"
    d = Doc()
    d("From: ", E("PERSON", sol.full), " <", E("EMAIL", sol.email(dom)), ">\nTo: ", E("EMAIL", "litigation@" + dom), "\nCc: ", E("PERSON", cl.full), " <", E("EMAIL", cl.email()), ">\n")
    d("Subject: RE: ", E("PERSON", cl.last), " v ", E("PERSON", opp.last), " — Claim No. %s — PRIVILEGED & CONFIDENTIAL\nDate: %s\n\n" % (("K%dQB%s" % (r.randint(0, 9), dg(r, 3))), vdate(r, 2025, "long")))
    d("Dear ", E("PERSON", cl.first), ",\n\n")
    d("Further to our call, the defendant's solicitors have now served their defence. They dispute that the accident at the junction with %s Road caused your " % r.choice(["Ford", "Nelson", "Baker", "Victoria"]))
    d(E("DIAGNOSIS", r.choice(["whiplash injury", "fractured left wrist", "post-traumatic stress disorder", "lumbar disc herniation"])), " and point to the GP records referring to earlier ", E("DIAGNOSIS", r.choice(["chronic lower back pain", "migraine", "anxiety disorder"])), ".\n\n")
    d("The medical expert, Mr ", E("PERSON", Person(r, c).full), ", can see you on %s. Please bring photo ID and a list of current medication (you mentioned " % vdate(r, 2025, "long"), E("MEDICATION", r.choice(["naproxen", "amitriptyline", "co-codamol", "sertraline"])), ").\n\n")
    d("Key dates: disclosure by %s; witness statements by %s. The court is closed on %s.\n\n" % (vdate(r, 2025, "long"), vdate(r, 2025, "long"), r.choice(HOLIDAYS)))
    d("Kind regards,\n", E("PERSON", sol.full), "\nSenior Associate | %s\nT " % firm, E("PHONE", phone(r, c)), "\n\n")
    d("> On %s, " % vdate(r, 2025, "long"), E("PERSON", cl.full), " wrote:\n> Hi, my new address is ", E("ADDRESS", address(r, c)), " - please update the file.\n> Thanks\n")
    d("\nThis email is confidential and may be legally privileged. %s is authorised and regulated by the SRA (no. %s).\n" % (firm, dg(r, 6)))
    return d, "email"


def t_hr_email(r, i):
    c = ["DE", "ES", "NL", "IE", "SG"][i % 5]
    hr = Person(r, c)
    emp = Person(r, c)
    d = Doc()
    org = r.choice(["Skyline Airways", "Atlas Hotels Group", "Meridian University", "Greenfield Utilities", "Kestrel Telecom"])
    dom = org.split()[0].lower() + ".com"
    d("From: People Team <", E("EMAIL", "people@" + dom), ">\nTo: ", E("EMAIL", emp.email(dom)), "\nSubject: Your contract and payroll details — action needed\n\n")
    d("Hi ", E("PERSON", emp.first), ",\n\nWelcome to %s! To finish setting up payroll we have the following on file — please check and reply if anything is wrong:\n\n" % org)
    d("  Name on contract:  ", E("PERSON", emp.full), "\n  Date of birth:     ", E("DATE_OF_BIRTH", emp.dob("long")), "\n")
    nid = natid(r, emp)
    if nid:
        d("  %s: " % nid[2], E(nid[0], nid[1]), "\n")
    if c in ("GB",):
        d("  Bank:              ", E("UK_BANK_ACCOUNT", "%s %s" % (uk_sort(r), dg(r, 8))), "\n")
    elif c in ("IE", "DE", "NL", "ES", "FR", "IT"):
        d("  IBAN:              ", E("IBAN", iban(r, c)), "\n")
    d("  Start date:        %s (probation 6 months)\n  Employee no.:      %s\n\n" % (vdate(r, 2025, "long"), dg(r, 6)))
    d("Your line manager ", E("PERSON", Person(r, c).full), " will meet you at reception. Please don't send passport scans by email; bring the original on day one.\n\n")
    d("Best,\n", E("PERSON", hr.first), "\nPeople Partner, %s\n" % org)
    return d, "email"


def t_newsletter_neg(r, i):
    d = Doc()
    d("From: Internal Communications\nTo: All staff (distribution list)\nSubject: %s bulletin — week %d\n\n" % (r.choice(["Regional operations", "Campus", "Dealer network"]), r.randint(1, 52)))
    d("Offices close for %s and reopen the following Tuesday. The %s partnership went live in Q%d, and the %s audit (led by %s) closed with no major findings.\n\n" % (
        r.choice(HOLIDAYS), r.choice(ORGS), r.randint(1, 4), r.choice(["ISO 27001", "SOC 2 Type II", "PCI DSS v4.0"]), r.choice(["Ernst & Young", "McKinsey & Company", "Deloitte"])))
    d("Health & wellbeing: this month's lunchtime talk covers %s awareness and how %s is managed in the workplace. Flu vaccines (no appointment needed) are available on Level %d.\n\n" % (
        r.choice(EPONYMS), r.choice(["type 2 diabetes", "migraine", "asthma", "long COVID"]), r.randint(1, 9)))
    d("IT: Outlook will be upgraded to build 16.0.%d.%d on %s. Version 4.2.10.1 of the VPN client is mandatory.\n" % (r.randint(10000, 19000), r.randint(20000, 99999), vdate(r, 2025, "long")))
    d("Car park B (%s Street entrance) closes for resurfacing. Ticket ref for the contractor: %s.\n\n" % (r.choice(["Lincoln", "Jefferson", "Victoria", "Wellington"]), ref(r, "WO-", 8)))
    d("Q%d numbers: revenue £%d.%dm (+%d%%), NPS %d. Thanks, everyone.\n" % (r.randint(1, 4), r.randint(2, 90), r.randint(0, 9), r.randint(1, 20), r.randint(10, 70)))
    return d, "email"


def t_fraud_email(r, i):
    c = r.choice(["US", "GB", "CA", "AU", "SG"])
    p = Person(r, c)
    d = Doc()
    d("From: ", E("PERSON", p.full), " <", E("EMAIL", p.email()), ">\nTo: ", E("EMAIL", "disputes@" + r.choice(["northgatebank.co.uk", "prairiefcu.org", "straitsmb.com.sg"])), "\nSubject: Fwd: unauthorised transactions\n\n")
    d("Hello, I did not make these payments. My card number is ", E("CREDIT_CARD", card(r)), " (the old one ending %s was already cancelled). " % dg(r, 4))
    d("Please call me on ", E("PHONE", phone(r, c)), ".\n\n---------- Forwarded message ---------\nFrom: ", E("EMAIL", "alerts@cardservices.example"), "\nSubject: Transaction alert\n\n")
    d("A purchase of %s %d.%02d at %s was approved on card ****%s. Ref %s.\n" % (r.choice(["USD", "GBP", "SGD"]), r.randint(50, 2000), r.randint(0, 99), r.choice(["APPLE.COM/BILL", "AMZN MKTP", "STEAM PURCHASE"]), dg(r, 4), ref(r, "", 12)))
    d("If you don't recognise this, reply STOP. Test card for our QA team: %s (invalid).\n" % bad_card(r))
    return d, "email"


def t_slack(r, i):
    d = Doc()
    users = [Person(r, r.choice(COUNTRIES)) for _ in range(3)]
    chan = r.choice(["#ops-oncall", "#cx-escalations", "#ward-4b-handover", "#fleet-dispatch"])
    neg = i % 3 == 2
    d("Slack export — %s — %s\n\n" % (chan, vdate(r, 2025, "long")))
    n = r.randint(5, 8)
    clock = sorted((r.randint(7, 22), r.randint(0, 59)) for _ in range(n))
    for k in range(n):
        u = r.choice(users)
        d("[%02d:%02d] " % clock[k], E("PERSON", u.first.lower() if r.random() < 0.3 else u.full), ": ")
        if neg:
            d(r.choice(["deploy of 3.14.2.8871 done, canary green", "anyone know why build 2024.11.0.42 is red?", "p99 back under 200ms :tada:",
                        "reminder: change freeze over %s" % r.choice(HOLIDAYS), "rolled back to v1.9.3", "OID for the new printer MIB is %s" % oid(r)]) + "\n")
        else:
            x = r.random()
            if x < 0.25:
                d("customer can't log in, their IP is ", E("IP_ADDRESS", ipv4(r)), " — geo-blocked?\n")
            elif x < 0.5:
                q = Person(r)
                d("escalating ticket for ", E("PERSON", q.full), " (", E("EMAIL", q.email()), "), wants a callback on ", E("PHONE", phone(r, q.country)), "\n")
            elif x < 0.7:
                d("@", E("PERSON", r.choice(users).first.lower()), " can you take this one? I'm out for %s\n" % r.choice(HOLIDAYS))
            else:
                d("ok, fixed in build %s\n" % version_ip(r))
    return d, "chat"


def t_teams(r, i):
    d = Doc()
    p1, p2 = Person(r, r.choice(["IN", "PH", "SG", "JP"])), Person(r, r.choice(["GB", "US", "AU", "NL"]))
    d("Microsoft Teams chat export\nParticipants: ", E("PERSON", p1.full), "; ", E("PERSON", p2.full), "\n\n")
    cust = Person(r, r.choice(["IN", "SG", "PH"]))
    d("%s  " % ts(r), E("PERSON", p1.full), "\nHi, KYC for the Singapore account is stuck. Customer ", E("PERSON", cust.full), " uploaded their ")
    if cust.country == "IN":
        d("Aadhaar ", E("IN_AADHAAR", aadhaar(r)), " but the OCR read it as ", bad_aadhaar(r), "\n\n")
    elif cust.country == "SG":
        d("NRIC ", E("SG_NRIC", nric(r, "S")), " — our system says ", bad_nric(r), " is invalid, which is the OCR'd version\n\n")
    else:
        d("passport ", E("PASSPORT", passport(r, "PH")), " and a PhilHealth card\n\n")
    d("%s  " % ts(r), E("PERSON", p2.full), "\nThanks — I'll override after a video call. Which number should I use?\n\n")
    d("%s  " % ts(r), E("PERSON", p1.first), "\n", E("PHONE", phone(r, cust.country)), " (WhatsApp is fine)\n")
    return d, "chat"


def t_sms(r, i):
    c = r.choice(["GB", "AU", "KE", "NG", "PH", "US", "IE"])
    p = Person(r, c)
    d = Doc()
    biz = r.choice(["Kedron Dental", "SwiftDrop Couriers", "City Council Waste", "Riverside Surgery", "Atlas Hotels"])
    d("SMS thread with ", E("PHONE", phone(r, c)), " (", E("PERSON", p.full), ")\n\n")
    msgs = []
    if "Dental" in biz or "Surgery" in biz:
        d("<< %s: Hi " % biz, E("PERSON", p.first), ", reminder of your appointment on %s at %02d:%02d. Reply Y to confirm.\n" % (vdate(r, 2025, "mon"), r.randint(8, 17), r.choice([0, 15, 30, 45])))
        d(">> Y. Also should I stop my ", E("MEDICATION", r.choice(["warfarin", "apixaban", "clopidogrel", "aspirin"])), " before the extraction?\n")
        d("<< %s: Please keep taking it and bring your INR book. Call us on " % biz, E("PHONE", phone(r, c)), " if unsure.\n")
    elif "Courier" in biz:
        d("<< SwiftDrop: Your parcel %s is out for delivery to " % ("SD" + dg(r, 12)), E("ADDRESS", address(r, c)), ". Track: swd.rop/t/%s\n" % hexs(r, 6))
        d(">> pls leave with neighbour at no. %d\n<< SwiftDrop: Noted. Driver: " % r.randint(1, 99), E("PERSON", r.choice(["Musa", "Kofi", "Rhys", "Jericho", "Wanjiru"])), ", van KDA %s\n" % (dg(r, 3) + L(r)))
    else:
        d("<< %s: Your booking ref %s is confirmed. Code for the gate: %d#\n>> thanks!! can u send invoice to " % (biz, L(r, 2) + dg(r, 6), r.randint(1000, 9999)), E("EMAIL", p.email()), "\n<< %s: Done.\n" % biz)
    return d, "chat"


def t_whatsapp_kyc(r, i):
    c = r.choice(["BR", "IN", "MX", "NG", "KE"])
    p = Person(r, c)
    agent = Person(r, c)
    d = Doc()
    clk = [r.randint(8 * 60, 19 * 60)]

    def tick():
        clk[0] += r.randint(1, 25)
        return (clk[0] // 60, clk[0] % 60)
    d("[%s, %02d:%02d] " % ((vdate(r, 2025, "eu"),) + tick()), E("PERSON", agent.first), " (Atendimento): ")
    if c == "BR":
        d("Olá! Para abrir a conta preciso do CPF e da data de nascimento.\n[%02d:%02d] " % tick(), E("PERSON", p.first), ": CPF ", E("BR_CPF", cpf(r, r.random() < 0.7)), ", nasci em ", E("DATE_OF_BIRTH", p.dob("eu")), "\n")
        d("[%02d:%02d] " % tick(), E("PERSON", agent.first), " (Atendimento): Obrigado! O CPF %s que você mandou antes estava errado.\n" % bad_cpf(r))
    elif c == "IN":
        d("Please share Aadhaar and DOB for eKYC.\n[%02d:%02d] " % tick(), E("PERSON", p.first), ": ", E("IN_AADHAAR", aadhaar(r)), " dob ", E("DATE_OF_BIRTH", p.dob("dash")), "\n")
        d("[%02d:%02d] " % tick(), E("PERSON", agent.first), ": OTP sent to your registered mobile ending %s.\n" % dg(r, 4))
    else:
        d("Hello, please send passport number and date of birth.\n[%02d:%02d] " % tick(), E("PERSON", p.first), ": passport ", E("PASSPORT", passport(r, c)), " born ", E("DATE_OF_BIRTH", p.dob("mon")), "\n")
    d("[%02d:%02d] " % tick(), E("PERSON", p.first), ": my email is ", E("EMAIL", p.email()), " 🙏\n")
    return d, "chat"


def t_ticket(r, i):
    p = Person(r)
    agent = Person(r, r.choice(["PH", "IN", "KE", "PL"]))
    d = Doc()
    sys_ = r.choice(["Zendesk", "Freshdesk", "Jira Service Management", "ServiceNow"])
    d("[%s] Ticket #%d — %s\nPriority: %s   Status: %s   Channel: %s\nRequester: " % (sys_, r.randint(10000, 999999), r.choice(["Can't update billing address", "Refund not received", "SIM not working after port", "Double charged"]),
                                                                                      r.choice(["P2", "P3", "Normal"]), r.choice(["Open", "Pending", "Solved"]), r.choice(["web", "email", "phone"])), E("PERSON", p.full), " <", E("EMAIL", p.email()), ">\n\n")
    d("--- customer wrote ---\nhi, i moved to ")
    d(E("ADDRESS", address(r, p.country)), " but ur app keeps showing the old one. also got charged twice on order %s. my number is " % ref(r, "", 9), E("PHONE", phone(r, p.country)), "\n")
    if r.random() < 0.4:
        d("card is ", E("CREDIT_CARD", card(r, r.choice([" ", "", "-"]))), " if u need it\n")
    d("\n--- internal note (", E("PERSON", agent.first), ") ---\nVerified caller with DOB ", E("DATE_OF_BIRTH", p.dob("iso")), ". Refund raised in billing v%s. Masked PAN shown as 4%s******%s.\n" % (version_ip(r), dg(r, 5), dg(r, 4)))
    return d, "ticket"


def t_incident(r, i):
    c = r.choice(["US", "GB", "AU", "IE", "CA"])
    p = Person(r, c)
    w = Person(r, c)
    d = Doc()
    org = r.choice(["Atlas Hotels — Harbourview property", "Eastwood School District", "Apex Freight — Depot MAN1", "Meridian University Residences"])
    d("INCIDENT REPORT  IR-%d-%s\nSite: %s\nDate/time: %s\nCategory: %s\n\n" % (2025, dg(r, 5), org, ts(r), r.choice(["Slip/trip", "Medical episode", "Sports injury", "Manual handling"])))
    d("Person affected: ", E("PERSON", p.full), " (%s), DOB " % r.choice(["guest", "student", "employee", "visitor"]), E("DATE_OF_BIRTH", p.dob("us" if c == "US" else "eu")), "\n")
    d("Contact: ", E("PHONE", phone(r, c)), "\n\nDescription: ", E("PERSON", p.first), " reported feeling faint near the %s. Known " % r.choice(["lobby", "gym", "loading bay", "cafeteria"]))
    d(E("DIAGNOSIS", r.choice(["type 1 diabetes", "epilepsy", "asthma", "vasovagal syncope", "anaphylaxis to peanuts"])), "; first aider administered ", E("MEDICATION", r.choice(["glucose gel", "salbutamol", "EpiPen", "buccal midazolam"])), ". ")
    d("Ambulance %s. Witness: " % r.choice(["not required", "called at 14:12", "attended"]), E("PERSON", w.full), " (staff no. %s).\n" % dg(r, 5))
    d("Floor was dry (checked). RIDDOR reportable: %s. Follow-up owner: H&S lead, due %s.\n" % (r.choice(["No", "Yes"]), vdate(r, 2025, "long")))
    return d, "ticket"


def t_ticket_neg(r, i):
    d = Doc()
    d("[Jira] OPS-%d  Upgrade edge routers to firmware %s\nType: Change   Risk: Medium   Sprint: %d\n\n" % (r.randint(100, 9999), version_ip(r), r.randint(10, 80)))
    d("Scope: 14 sites (Dublin, Lagos, Manila, São Paulo, Kraków). Rollback image %s. SNMP OID %s to be re-polled.\n" % ("%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99)), oid(r)))
    d("Window: Saturday after %s, 02:00–04:00 local. Approver: CAB (see minutes %s).\n" % (r.choice(HOLIDAYS), ref(r, "CAB-", 6)))
    d("Acceptance: BGP sessions up, no packet loss to 10.0.0.0/8 summary; loopback 127.0.0.1 probe ok; Cisco TAC case %s.\n" % ref(r, "", 9))
    return d, "ticket"

# ================================================================================================================
# templates: FREE TEXT / HTML / misc documents
# ================================================================================================================
def t_minutes(r, i):
    c = r.choice(["GB", "IE", "KE", "NG", "AU", "CA", "NL"])
    ppl = [Person(r, c) for _ in range(4)]
    d = Doc()
    org = r.choice(["Greenhill Parish Council", "Harbour Trust Charity — Trustees", "Kestrel Telecom Product Council", "Riverside Academy Governors"])
    d("MINUTES — %s\nMeeting held %s, %s\n\n" % (org, vdate(r, 2025, "long"), r.choice(["Committee Room 2", "via Teams", "Boardroom, Level 4"])))
    d("Present: ")
    for k, p in enumerate(ppl[:3]):
        d(E("PERSON", p.full), " (%s)" % ["Chair", "Treasurer", "Secretary"][k], ", " if k < 2 else "\n")
    d("Apologies: ", E("PERSON", ppl[3].full), "\nIn attendance: Clerk\n\n")
    d("1. Minutes of the previous meeting were approved as a true record.\n")
    d("2. Finance: the Treasurer reported reserves of £%d,%03d. The audit by %s is scheduled for %s.\n" % (r.randint(20, 900), r.randint(0, 999), r.choice(["Ernst & Young", "Grant Thornton", "Baker Tilly"]), vdate(r, 2025, "long")))
    d("3. Correspondence: a letter from a resident, ", E("PERSON", Person(r, c).full), " of ", E("ADDRESS", address(r, c)), ", regarding the footpath. Clerk to reply.\n")
    d("4. AOB: ", E("PERSON", ppl[1].first), " will circulate the %s rota. Next meeting after %s.\n\n" % (r.choice(["volunteer", "grit bin", "on-call"]), r.choice(HOLIDAYS)))
    d("ACTIONS\n- ", E("PERSON", ppl[2].last), ": update policy doc v%s\n- Chair: sign off grant ref %s\n" % ("%d.%d" % (r.randint(1, 5), r.randint(0, 9)), ref(r, "GR-", 6)))
    return d, "free_text"


def t_board_paper(r, i):
    d = Doc()
    d("BOARD PAPER %s — %s\nClassification: Internal   Agenda item %d\n\n" % (ref(r, "BP/", 4), r.choice(["Network modernisation", "Fleet electrification phase 2", "Clinical systems replacement", "Student housing expansion"]), r.randint(3, 12)))
    d("1. Purpose\nTo seek approval for capital expenditure of %s%d.%dm over FY%d-FY%d.\n\n" % (r.choice(["£", "€", "$", "₦", "KSh "]), r.randint(2, 80), r.randint(0, 9), r.randint(25, 26), r.randint(27, 29)))
    d("2. Background\nThe current platform (v%s) reaches end of support in Q%d. Vendors shortlisted: %s, %s and %s.\n\n" % (version_ip(r), r.randint(1, 4), *r.sample(ORGS, 3)))
    d("3. Options\n  A. Do nothing — risk rating 16 (high)\n  B. Phased migration — NPV %s%d.%dm, payback %d years\n  C. Full replacement — NPV %s%d.%dm\n\n" % ("£", r.randint(1, 9), r.randint(0, 9), r.randint(2, 7), "£", r.randint(1, 9), r.randint(0, 9)))
    if i % 2 == 0:
        ceo = Person(r, r.choice(COUNTRIES))
        d("4. Recommendation\nThe Board is asked to approve Option B. Sponsor: ", E("PERSON", ceo.full), ", Chief Operating Officer.\n")
    else:
        d("4. Recommendation\nThe Board is asked to approve Option B. Sponsor: Chief Operating Officer. Equality impact assessment: no adverse impact identified.\n")
    d("Appendix: site list (Lagos, Nairobi, Quezon City, Monterrey, Gdańsk); risk register extract R-%s.\n" % dg(r, 3))
    return d, "free_text"


def t_ics(r, i):
    org = Person(r, r.choice(COUNTRIES))
    att = [Person(r, r.choice(COUNTRIES)) for _ in range(r.randint(1, 3))]
    d = Doc()
    dom = r.choice(["lumen.io", "meridian.ac.uk", "atlashotels.com"])
    d("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    d("UID:%s@%s\nDTSTAMP:%s\nDTSTART;TZID=Europe/Dublin:2025%02d%02dT%02d0000\nDTEND;TZID=Europe/Dublin:2025%02d%02dT%02d3000\n" % (hexs(r, 24), dom, ts(r).replace("-", "").replace(":", ""), r.randint(1, 12), r.randint(1, 28), r.randint(8, 16), r.randint(1, 12), r.randint(1, 28), r.randint(8, 16)))
    d("SUMMARY:%s\n" % r.choice(["Quarterly review — logistics KPIs", "Interview: Senior Data Engineer", "Tenancy viewing", "Case conference"]))
    if i % 3 == 1:
        d("LOCATION:", E("ADDRESS", address(r, r.choice(["IE", "GB", "NL"]))), "\n")
    else:
        d("LOCATION:Microsoft Teams Meeting\n")
    d("ORGANIZER;CN=", E("PERSON", org.full), ":mailto:", E("EMAIL", org.email(dom)), "\n")
    for a in att:
        d("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=", E("PERSON", a.full), ":mailto:", E("EMAIL", a.email()), "\n")
    d("DESCRIPTION:Dial-in: ", E("PHONE", phone(r, "IE")), " conference ID %s#\\nAgenda attached (v%d.%d).\n" % (dg(r, 9), r.randint(1, 4), r.randint(0, 9)))
    d("END:VEVENT\nEND:VCALENDAR\n")
    return d, "free_text"


def t_vcard(r, i):
    d = Doc()
    for k in range(r.randint(1, 2)):
        c = r.choice(COUNTRIES)
        p = Person(r, c)
        a1, a2 = address(r, c, "pair")
        d("BEGIN:VCARD\nVERSION:3.0\nN:", E("PERSON", p.last), ";", E("PERSON", p.first), ";;;\nFN:", E("PERSON", p.full), "\n")
        d("ORG:%s\nTITLE:%s\n" % (r.choice(["Kestrel Telecom", "Sunbelt Toyota of Mesa", "Hawthorne Pryce LLP", "Lancet Laboratories"]), r.choice(["Account Manager", "Paralegal", "Fleet Coordinator"])))
        d("TEL;TYPE=CELL:", E("PHONE", phone(r, c)), "\nEMAIL;TYPE=INTERNET:", E("EMAIL", p.email()), "\n")
        d("ADR;TYPE=HOME:;;", E("ADDRESS", "%s;%s" % (a1.replace(",", "\\,"), a2.replace(",", "\\,"))), ";;\n")
        if r.random() < 0.5:
            d("BDAY:", E("DATE_OF_BIRTH", p.dob("iso")), "\n")
        d("REV:%s\nEND:VCARD\n" % ts(r))
    return d, "free_text"


def t_invoice(r, i):
    d = Doc()
    c = r.choice(["GB", "IE", "DE", "NL", "ES", "AU", "SG", "IN"])
    neg = i % 3 == 2
    seller = r.choice(["Harbour Print & Sign Ltd", "Molar Bay Dental", "Lumen SaaS B.V.", "Apex Freight Logistics", "Café Tiradentes"])
    d("%s\nVAT Reg. %s%s   Company No. %s\n\nTAX INVOICE  %s\nDate: %s   Due: %s\n\n" % (seller, c if c != "AU" else "ABN ", dg(r, 9), dg(r, 8), ref(r, "INV-", 7), vdate(r, 2025, "eu"), vdate(r, 2025, "eu")))
    if neg:
        d("Bill to: Accounts Payable, %s\nPO: %s\n\n" % (r.choice(ORGS), ref(r, "PO", 8)))
    else:
        p = Person(r, c)
        d("Bill to:\n", E("PERSON", p.full), "\n", E("ADDRESS", address(r, c, True)), "\n", E("EMAIL", p.email()), "\n\n")
    d("%-34s %5s %10s %10s\n" % ("Description", "Qty", "Unit", "Total"))
    tot = 0
    for k in range(r.randint(2, 4)):
        q, u = r.randint(1, 20), r.uniform(2, 400)
        tot += q * u
        d("%-34s %5d %10.2f %10.2f\n" % (r.choice(["A1 foamboard print", "Scale & polish", "Team plan (annual seat)", "Pallet storage wk %d" % r.randint(1, 52), "Flat white"]), q, u, q * u))
    d("%s\n%-50s %10.2f\n%-50s %10.2f\n\n" % ("-" * 61, "Subtotal", tot, "VAT 20%", tot * 0.2))
    if neg:
        d("Pay to: see remittance advice on file. Card payments: ****%s accepted.\n" % dg(r, 4))
    elif c in ("GB",):
        d("Pay by BACS to ", E("UK_BANK_ACCOUNT", "%s %s" % (uk_sort(r), dg(r, 8))), " quoting the invoice number.\n")
    elif c in ("IE", "DE", "NL", "ES"):
        d("IBAN: ", E("IBAN", iban(r, c)), "   BIC: %s\n" % r.choice(["AIBKIE2D", "INGBNL2A", "COBADEFF", "CAIXESBB"]))
    else:
        d("Receipt: paid by card %s **** %s, auth %s.\n" % (r.choice(["VISA", "MC"]), dg(r, 4), dg(r, 6)))
    d("Thank you for your business.\n")
    return d, "free_text"


def t_shipping(r, i):
    c = r.choice(COUNTRIES)
    p = Person(r, c)
    d = Doc()
    d("%s   %s   %s\n" % (r.choice(["DHL EXPRESS WORLDWIDE", "ARAMEX PRIORITY", "DPD CLASSIC", "FEDEX INTL ECONOMY"]), r.choice(["1/1", "1/2"]), "%.1f KG" % r.uniform(0.3, 25)))
    d("FROM: Apex Freight Logistics, Unit 4 Trafford Park, Manchester M17 1SN, GB\n\nTO:\n", E("PERSON", p.full.upper()), "\n", E("ADDRESS", address(r, c, True).upper()), "\n")
    d(COUNTRY_NAMES[c].upper(), "\nTEL: ", E("PHONE", phone(r, c)), "\n\n")
    d("WAYBILL %s %s %s\nREF: %s   CONTENTS: %s   HS %s.%s\n" % (dg(r, 4), dg(r, 3), dg(r, 3), ref(r, "ORD", 8), r.choice(["Spare parts", "Documents", "Textbooks", "Medical devices (non-sterile)"]), dg(r, 4), dg(r, 2)))
    d("DUTIES: DAP   ORIGIN: GB   ROUTING: MAN-%s-%s\n" % (r.choice(["LEJ", "CDG", "BAH"]), r.choice(["NBO", "LOS", "MNL", "ICN", "GRU"])))
    return d, "free_text"


def t_court(r, i):
    c = r.choice(["US", "GB", "IE"])
    cl = Person(r, c)
    de = Person(r, c)
    d = Doc()
    if c == "US":
        d("IN THE CIRCUIT COURT OF %s COUNTY, %s\n\n" % r.choice([("TULSA", "OKLAHOMA"), ("BIBB", "GEORGIA"), ("PIERCE", "WASHINGTON")]))
        d(E("PERSON", cl.full.upper()), ",\n        Plaintiff,\nv.                                  Case No. %d-CV-%s\n" % (2025, dg(r, 5)), E("PERSON", de.full.upper()), " and DOE CORPORATION 1-5,\n        Defendants.\n\n")
    else:
        d("IN THE %s\nClaim No. %s\n\nBETWEEN:\n" % (r.choice(["COUNTY COURT AT LEEDS", "HIGH COURT OF JUSTICE, KING'S BENCH DIVISION", "CIRCUIT COURT, DUBLIN CIRCUIT"]), L(r, 2) + dg(r, 6)))
        d("  ", E("PERSON", cl.full.upper()), "            Claimant\n  -and-\n  ", E("PERSON", de.full.upper()), "            Defendant\n\n")
    d("COMPLAINT / PARTICULARS OF CLAIM\n\n1. The %s resides at " % ("Plaintiff" if c == "US" else "Claimant"), E("ADDRESS", address(r, c)), ".\n")
    d("2. On or about %s the Defendant, while operating a vehicle registered to %s, collided with the %s.\n" % (vdate(r, 2024, "long"), r.choice(["Ford Motor Credit Company LLC", "Enterprise Holdings", "Hertz"]), "Plaintiff" if c == "US" else "Claimant"))
    d("3. As a result the %s suffered a " % ("Plaintiff" if c == "US" else "Claimant"), E("DIAGNOSIS", r.choice(["traumatic brain injury", "fractured pelvis", "severe concussion", "torn rotator cuff"])), " and continues to take ", E("MEDICATION", r.choice(["gabapentin", "tramadol", "sertraline"])), ".\n")
    d("4. Date of birth of the %s for the purpose of CPR 16.4: " % ("Plaintiff" if c == "US" else "Claimant"), E("DATE_OF_BIRTH", cl.dob("long")), ".\n\n")
    d("Dated %s\n\n" % vdate(r, 2025, "long"), E("PERSON", Person(r, c).full), "\nAttorney/Solicitor for the %s\n" % ("Plaintiff" if c == "US" else "Claimant"))
    return d, "free_text"


def t_readme(r, i):
    d = Doc()
    d("# %s\n\n![build](https://img.shields.io/badge/build-passing-green) v%d.%d.%d\n\n" % (r.choice(["address-normaliser", "kyc-sdk", "pii-fixtures", "booking-api"]), r.randint(0, 4), r.randint(0, 20), r.randint(0, 30)))
    d("## Install\n\n```bash\npip install %s==%d.%d.%d\n```\n\n" % (r.choice(["addrnorm", "kycsdk"]), r.randint(0, 4), r.randint(0, 20), r.randint(0, 30)))
    d("## Example\n\n```python\nclient = Client(api_key=os.environ['API_KEY'], base_url='https://127.0.0.1:8443')\n")
    if i % 3 == 2:
        d("client.lookup(order_id='%s', sku='%s')\n```\n\nReturns an `Order` object. See CHANGELOG for 2.0.0 breaking changes.\n\n" % (ref(r, "", 10), L(r, 3) + "-" + dg(r, 4)))
        d("## Licence\nMIT. Test data in `fixtures/` is synthetic and masked (e.g. `***-**-1234`, `4111 **** **** 1111`).\n")
        return d, "free_text"
    p = Person(r, "US")
    q = Person(r, r.choice(["GB", "DE", "ES"]))
    d("```\n\n## Sample data\n\n| name | email | phone | ssn |\n|---|---|---|---|\n")
    d("| ", E("PERSON", p.full), " | ", E("EMAIL", p.email("example.com")), " | ", E("PHONE", phone(r, "US")), " | ", E("US_SSN", ssn(r)), " |\n")
    d("| ", E("PERSON", q.full), " | ", E("EMAIL", q.email("example.org")), " | ", E("PHONE", phone(r, q.country)), " | n/a |\n\n")
    d("> Note: the SSN %s in old docs is deliberately invalid.\n\n## Contributing\nOpen a PR against `main`.\n" % bad_ssn(r))
    return d, "free_text"


def t_health_article(r, i):
    d = Doc()
    dis = r.choice(DX + EPONYMS)
    drugs = r.sample(MEDS, 2)
    html = i % 2 == 1
    body = ("Understanding %s\n\n%s affects millions of people worldwide. Common treatments include %s and %s, though your clinician will tailor therapy to you. "
            "A 2023 cohort study of %d adults found that early diagnosis reduced admissions by %d%%. Symptoms can overlap with %s, so testing matters.\n\n"
            "Note: 'depression' in economics (as in the Great Depression) is unrelated. This leaflet (ref PIL-%s, review date %s) does not replace medical advice. "
            "Call 111 or your local nurse line if symptoms worsen.\n") % (dis, dis[0].upper() + dis[1:], drugs[0], drugs[1], r.randint(1000, 90000), r.randint(5, 40), r.choice(EPONYMS), dg(r, 4), vdate(r, 2026, "long"))
    if html:
        d("<html><head><title>Patient information</title></head><body>\n<h1>%s</h1>\n<p>%s</p>\n<footer>&copy; %s NHS Foundation Trust &middot; Leaflet v%d.%d</footer>\n</body></html>\n" % (
            body.split("\n")[0], " ".join(body.split("\n")[2:]).strip(), r.choice(["Leeds Teaching Hospitals", "Royal Cornwall Hospitals"]), r.randint(1, 9), r.randint(0, 9)))
        return d, "html"
    d(body)
    return d, "free_text"


def t_html_profile(r, i):
    c = r.choice(COUNTRIES)
    p = Person(r, c)
    d = Doc()
    a1, a2 = address(r, c, "pair")
    d('<!doctype html>\n<html lang="en"><body>\n<div class="card customer-360">\n  <h2>', E("PERSON", p.full), '</h2>\n  <dl>\n')
    d("    <dt>Email</dt><dd><a href=\"mailto:", E("EMAIL", p.email()), "\">email</a></dd>\n")
    d("    <dt>Phone</dt><dd>", E("PHONE", phone(r, c)), "</dd>\n    <dt>Address</dt><dd>", E("ADDRESS", a1 + "<br>" + a2), "</dd>\n")
    d("    <dt>Date of birth</dt><dd>", E("DATE_OF_BIRTH", p.dob("mon")), "</dd>\n")
    if c in ("ES", "BR", "SG", "CA", "GB"):
        nid = natid(r, p)
        d("    <dt>%s</dt><dd>" % nid[2], E(nid[0], nid[1]), "</dd>\n")
    d("    <dt>Segment</dt><dd>Gold &middot; churn risk %d%%</dd>\n    <dt>Last login IP</dt><dd>" % r.randint(1, 90), E("IP_ADDRESS", ipv4(r)), "</dd>\n  </dl>\n")
    d("  <p class=\"muted\">Record %s &middot; synced from CRM build %s</p>\n</div>\n</body></html>\n" % (ref(r, "C", 9), version_ip(r)))
    return d, "html"


def t_html_neg(r, i):
    d = Doc()
    prod = r.choice(["Hyundai IONIQ 5 Premium", "Philips Sonicare 9900 Prestige", "Ferrero Rocher 48-piece", "Dell Latitude 7450"])
    d("<!doctype html>\n<html><head><meta name=\"generator\" content=\"Hugo 0.%d.%d\"><title>%s | Store</title></head>\n<body>\n" % (r.randint(100, 140), r.randint(0, 9), prod))
    d("<nav>Home &rsaquo; Offers &rsaquo; %s sale</nav>\n<h1>%s</h1>\n<p class=\"price\">$%d.%02d <s>$%d.99</s></p>\n" % (r.choice(HOLIDAYS), prod, r.randint(20, 900), r.randint(0, 99), r.randint(30, 999)))
    d("<ul><li>SKU: %s</li><li>Model: %s</li><li>Firmware: %s</li><li>Ships from: Rotterdam, NL</li></ul>\n" % (L(r, 3) + dg(r, 6), L(r, 2) + "-" + dg(r, 4), version_ip(r)))
    d("<p>As seen at the %s Expo. Certified by TÜV Rheinland. Customer service: see our Help Centre.</p>\n" % r.choice(["Geneva", "Tokyo", "Las Vegas"]))
    d("<footer>&copy; 2025 %s. All rights reserved. Registered office: see Companies House.</footer>\n</body></html>\n" % r.choice(ORGS))
    return d, "html"


def t_press_neg(r, i):
    d = Doc()
    a, b = r.sample(ORGS, 2)
    d("FOR IMMEDIATE RELEASE\n\n%s and %s announce regional partnership\n\n" % (a, b))
    d("%s, %s — %s and %s today announced a %d-year agreement covering Nairobi, Lagos, Manila, Monterrey and Seoul. " % (
        r.choice(["LONDON", "NAIROBI", "SINGAPORE", "SÃO PAULO"]), vdate(r, 2025, "long"), a, b, r.randint(2, 10)))
    d("The rollout begins after %s, with version 5.2.0.1173 of the platform. Analysts at %s expect margins to recover from last year's 'depression in orders'.\n\n" % (r.choice(HOLIDAYS), r.choice(["Goldman Sachs", "Charles Schwab", "Morgan Stanley"])))
    d("The companies will also fund research into %s at three university hospitals. Media enquiries: press office (see website). Ticker: %s.\n" % (r.choice(EPONYMS), L(r, 4)))
    return d, "free_text"


def t_labnotes_neg(r, i):
    d = Doc()
    d("Lab notebook — %s group, entry %s\n\n" % (r.choice(["Structural Biology", "Soil Microbiome", "Materials"]), vdate(r, 2025)))
    d("Samples S-%s to S-%s thawed at %02d:%02d. Plate reader firmware %s. Protocol %s rev C.\n" % (dg(r, 4), dg(r, 4), r.randint(8, 17), r.randint(0, 59), version_ip(r), ref(r, "SOP-", 5)))
    d("Ran SDS-PAGE, lanes 1-%d; band at ~%d kDa consistent with the Hodgkin-Huxley model discussion from journal club (not a patient matter).\n" % (r.randint(6, 12), r.randint(20, 120)))
    d("Compound library plate CL-%s: %s analogues 1-12 at 10 uM; metformin used as reference.\n" % (dg(r, 3), r.choice(["atorvastatin", "sertraline", "ibuprofen"])))
    d("Freezer -80 #3 alarm at 02:14 — reset. Ordered Eppendorf tips (PO %s) from Thermo Fisher.\n" % ref(r, "", 8))
    return d, "free_text"


def t_planning(r, i):
    c = r.choice(["GB", "IE", "AU"])
    app = Person(r, c)
    obj = Person(r, c)
    d = Doc()
    d("%s — Planning Application %s/%s/%s\n\n" % ({"GB": "Leeds City Council", "IE": "Galway City Council", "AU": "Brisbane City Council"}[c], r.randint(24, 25), dg(r, 5), r.choice(["FU", "HH", "LBC"])))
    d("Site: ", E("ADDRESS", address(r, c)), "\nApplicant: ", E("PERSON", app.full), "\nProposal: %s\n\n" % r.choice(["Single-storey rear extension", "Change of use to HMO (6 bed)", "Dormer loft conversion"]))
    d("Representations received: %d. Summary of objection from " % r.randint(1, 14), E("PERSON", obj.full), " (", E("ADDRESS", address(r, c)), "): loss of light; parking on %s Street.\n" % r.choice(["Nelson", "Wellington", "Parnell"]))
    d("Officer recommendation: %s subject to conditions 1-%d. Decision due %s.\n" % (r.choice(["APPROVE", "REFUSE"]), r.randint(3, 9), vdate(r, 2025, "long")))
    return d, "free_text"


def t_charity_letter(r, i):
    c = r.choice(["GB", "IE", "KE", "NG", "AU"])
    p = Person(r, c)
    d = Doc()
    d("Harbour Trust\nRegistered Charity No. %s\n\n" % dg(r, 7), E("PERSON", p.full), "\n", E("ADDRESS", address(r, c, True)), "\n\n%s\n\n" % vdate(r, 2025, "long"))
    d("Dear ", E("PERSON", p.first), ",\n\nThank you for your generous gift of £%d. Thanks to supporters like you, our %s clinic in Kisumu treated %d children for %s last year.\n\n" % (
        r.choice([25, 50, 100, 250]), r.choice(["mobile", "outreach"]), r.randint(200, 4000), r.choice(["malaria", "malnutrition", "pneumonia"])))
    d("Your Gift Aid declaration (ref %s) means we can claim an extra 25p for every £1.\n\nWith gratitude,\n" % ref(r, "GA", 7), E("PERSON", Person(r, "GB").full), "\nSupporter Care\n")
    return d, "free_text"


def t_kyc_narrative(r, i):
    c = ["ES", "DE", "SG", "FR"][i % 4]
    p = Person(r, c)
    d = Doc()
    d("Case note — enhanced due diligence, %s\n\n" % vdate(r, 2025, "long"))
    d("Customer ", E("PERSON", p.full), " (born ", E("DATE_OF_BIRTH", p.dob(r.choice(["long", "eu", "iso"]))), ") applied for a business account. ")
    nid = natid(r, p)
    d("Identity verified against %s " % nid[2], E(nid[0], nid[1]), " and a passport issued by %s, no. " % COUNTRY_NAMES[c], E(pp_type(c), passport(r, c)), ". ")
    d("Address confirmed by utility bill: ", E("ADDRESS", address(r, c)), ". ")
    d("Earlier submission contained a mistyped identifier (%s) which failed validation and was rejected. " % {"IN": bad_aadhaar, "SG": bad_nric, "BR": bad_cpf, "ES": bad_dni, "FR": bad_nir, "DE": bad_steuer, "IT": lambda rr: bad_cf(codice_fiscale(p.first, p.last, p.y, p.m, p.d, p.female, "Roma")), "CA": bad_sin}[c](r))
    d("Source of funds: sale of property; no adverse media. Risk: medium. Analyst: team 3.\n")
    return d, "free_text"


# ================================================================================================================
# templates: additional (driver licences, passports, NHS, cards)
# ================================================================================================================
def t_testdrive_csv(r, i):
    d = Doc()
    hdr = [["Date", "Customer", "Lic State", "License #", "Cell", "Vehicle (stock)", "Out", "In", "Salesperson"],
           ["date", "cust_name", "dl_state", "dl_no", "phone", "stock_no", "time_out", "time_in", "sales_rep"]][i % 2]
    csvrow(d, hdr)
    rep = Person(r, "US")
    for k in range(r.randint(3, 5)):
        p = Person(r, "US")
        st, code, num = dl_state(r)
        csvrow(d, [vdate(r, 2025, "us"), E("PERSON", p.full), code if i % 2 == 0 else st, E("DRIVER_LICENSE", num), E("PHONE", phone(r, "US")),
                   ref(r, "T", 6), "%02d:%02d" % (r.randint(9, 17), r.randint(0, 59)), "%02d:%02d" % (r.randint(9, 18), r.randint(0, 59)), E("PERSON", rep.first)])
    return d, "csv"


def t_fnol(r, i):
    a = Person(r, "US")
    b = Person(r, "US")
    sa, ca, na = dl_state(r)
    sb, cb, nb = dl_state(r)
    adj = Person(r, "US")
    d = Doc()
    d("[Guidewire ClaimCenter] FNOL — Auto  Claim %s  Policy PA-%s-%s\nReported: %s via phone   Adjuster: " % (ref(r, "", 11), dg(r, 6), dg(r, 2), ts(r)), E("PERSON", adj.full), "\n\n")
    d("Loss description: Our insured ", E("PERSON", a.full), " was stopped at a red light on %s when the other vehicle struck the rear bumper.\n\n" % r.choice(["Route 66", "I-35 frontage road", "Peachtree St", "Pacific Ave"]))
    d("Insured driver: ", E("PERSON", a.full), ", ", E("PHONE", phone(r, "US")), ", holds a %s driver's license " % sa, E("DRIVER_LICENSE", na), ".\n")
    d("Claimant driver: ", E("PERSON", b.full), ", license no. ", E("DRIVER_LICENSE", nb), " (%s), carrier %s, their policy %s.\n" % (cb, r.choice(["Progressive", "GEICO", "State Farm", "Allstate"]), ref(r, "", 10)))
    d("Injuries: claimant reports ", E("DIAGNOSIS", r.choice(["whiplash", "neck strain", "concussion", "lower back strain"])), "; seen at urgent care. No ambulance.\n")
    d("Vehicles: 2021 %s (VIN %s) / 2018 %s. Police report #%s.\n" % (r.choice(["Honda CR-V", "Toyota Camry", "Tesla Model 3"]), "5YJ3E1EA" + dg(r, 1) + L(r, 1) + "F" + dg(r, 6), r.choice(["Ford F-150", "Nissan Altima"]), dg(r, 8)))
    d("Next steps: recorded statement scheduled; rental authorised 10 days (Enterprise).\n")
    return d, "ticket"


def t_driver_onboard(r, i):
    c = ["GB", "CA", "IE"][i % 3]
    p = Person(r, c)
    d = Doc()
    d("Apex Freight Logistics — Driver Onboarding Checklist\nDepot: %s   Vehicle class: %s\n\n" % (r.choice(["MAN1", "DUB2", "TOR-East"]), r.choice(["C+E", "C1", "AZ"])))
    d("Driver name ............ ", E("PERSON", p.full), "\nDate of birth .......... ", E("DATE_OF_BIRTH", p.dob("eu")), "\n")
    if c == "GB":
        d("Driving licence no. .... ", E("DRIVER_LICENSE", uk_dl(r, p.last, p.first, p.y, p.m, p.d, p.female)), "   (DVLA check code %s%s)\n" % (L(r, 2) + dg(r, 2), L(r, 4)))
        d("NI number .............. ", E("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    elif c == "CA":
        d("Ontario licence # ...... ", E("DRIVER_LICENSE", "%s%s-%s-%s" % (strip_acc(p.last)[0].upper(), dg(r, 4), dg(r, 5), dg(r, 5))), "  class AZ\n")
        d("SIN .................... ", E("CA_SIN", sin(r)), "\n")
    else:
        d("Driving licence (IE) ... ", E("DRIVER_LICENSE", dg(r, 9)), "   PPSN: on file\n")
    d("CPC card ............... %s  expiry %s\nTacho card ............. %s\n" % (L(r, 2) + dg(r, 6), vdate(r, 2028, "eu"), "DB" + dg(r, 14)))
    d("Medical (D4) ........... passed %s — declared condition: " % vdate(r, 2025, "eu"), E("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "obstructive sleep apnoea", "epilepsy (seizure-free 10 yrs)", "hypertension"])), "\n")
    d("Home address ........... ", E("ADDRESS", address(r, c)), "\nMobile ................. ", E("PHONE", phone(r, c)), "\n")
    d("Eyesight test: 6/9 both eyes. Induction video v3.2 watched. Signed off by transport manager TM-%s.\n" % dg(r, 3))
    return d, "form"


def t_travel_agency(r, i):
    d = Doc()
    lead = Person(r, "US")
    d("WANDERLUST TRAVEL CO. — Group booking worksheet %s\nTrip: %s   Dates: %s – %s\n\n" % (ref(r, "GB-", 6), r.choice(["Kyoto & Osaka", "Kenya safari", "Lisbon–Porto rail"]), vdate(r, 2025, "us"), vdate(r, 2025, "us")))
    d("| # | Traveller | DOB | Passport | Issuing | Notes |\n|---|---|---|---|---|---|\n")
    for k in range(r.randint(2, 4)):
        c = "US" if k < 2 else r.choice(COUNTRIES)
        p = lead if k == 0 else Person(r, c)
        d("| %d | " % (k + 1), E("PERSON", p.full), " | ", E("DATE_OF_BIRTH", p.dob("us")), " | ", E(pp_type(c), passport(r, c)), " | %s | %s |\n" % (ISO3[c], r.choice(["vegetarian", "aisle seat", "wheelchair assist", "-"])))
    d("\nLead contact: ", E("PERSON", lead.full), ", ", E("EMAIL", lead.email()), ", ", E("PHONE", phone(r, "US")), "\nDeposit paid: $%d (card ending %s). Balance due 60 days before departure.\n" % (r.randint(5, 40) * 100, dg(r, 4)))
    return d, "free_text"


def t_gp_registration(r, i):
    p = Person(r, "GB" if i % 2 == 0 else r.choice(["IN", "NG", "PL", "PH"]))
    d = Doc()
    d("GMS1 — Family Doctor Services Registration\n%s Surgery\n\n" % r.choice(["Lemon Street", "Chapel Allerton", "Menai Bridge"]))
    d("Surname  ", E("PERSON", p.last), "\nFirst names  ", E("PERSON", p.first), "\nDate of birth  ", E("DATE_OF_BIRTH", p.dob("eu")), "\n")
    d("NHS number (if known)  ", E("UK_NHS_NUMBER", nhs(r)), "\nTown and country of birth  %s\n" % {"GB": "Leeds, England", "IN": "Pune, India", "NG": "Lagos, Nigeria", "PL": "Kraków, Poland", "PH": "Cebu, Philippines"}[p.country])
    d("Home address  ", E("ADDRESS", address(r, "GB")), "\nPrevious GP while in UK  Dr ", E("PERSON", Person(r, "GB").last), ", Ferry Road Practice\n")
    d("Phone  ", E("PHONE", phone(r, "GB")), "\n\nHealth questionnaire: long-term conditions — ", E("DIAGNOSIS", r.choice(DX)), ". Repeat medication — ", E("MEDICATION", r.choice(MEDS)), ".\n")
    d("Organ donor register: %s   Armed forces: No\nPractice use: Patient reg. %s   Registration type: Applicant\n" % (r.choice(["Yes", "No"]), ref(r, "", 6)))
    return d, "form"


def t_chargeback_csv(r, i):
    d = Doc()
    csvrow(d, ["case_id", "opened", "merchant", "pan", "cardholder", "amount", "reason_code", "status"])
    for k in range(r.randint(4, 6)):
        p = Person(r)
        raw = r.random() < 0.5
        csvrow(d, [ref(r, "CB", 8), vdate(r, 2025), r.choice(["Atlas Hotels Group", "Skyline Airways", "Kestrel Telecom", "CareWell Pharmacy"]),
                   E("CREDIT_CARD", card(r, r.choice(["", " "]))) if raw else r.choice(["%s******%s" % (dg(r, 6), dg(r, 4)), "**** **** **** %s" % dg(r, 4), bad_card(r, "")]),
                   E("PERSON", p.full.upper()), "%.2f" % r.uniform(10, 2000), r.choice(["10.4", "13.1", "4837", "4853"]), r.choice(["OPEN", "REPRESENTED", "WON", "LOST"])])
    return d, "csv"


def t_ops_neg(r, i):
    d = Doc()
    k = i % 3
    if k == 0:
        d("OPERATIONS NOTICE %s — Skyline Airways Network Control\n\n" % ref(r, "ONC-", 5))
        d("Effective %s, flights SK%d/SK%d between Nairobi (NBO) and Manila (MNL) operate via Dubai. Aircraft swap A330-300 to B787-9 (reg %s-%s).\n" % (vdate(r, 2025, "long"), r.randint(100, 999), r.randint(100, 999), r.choice(["5Y", "RP", "A6"]), L(r, 3)))
        d("Crew rest rules per OM-A 7.%d.%d. Expect slot delays around %s and %s. MEL item 21-%d-%02d deferred.\n" % (r.randint(1, 9), r.randint(1, 9), r.choice(HOLIDAYS), r.choice(HOLIDAYS), r.randint(10, 99), r.randint(1, 99)))
        d("Contact: Network Control desk via the ops portal. Ref ACARS build %s.\n" % version_ip(r))
        return d, "free_text"
    if k == 1:
        d("tariff:\n  name: \"Economy 7 Green Fix %d\"\n  supplier: Greenfield Utilities\n  region_code: %s\n  unit_rate_day_p: %.2f\n  unit_rate_night_p: %.2f\n  standing_charge_p: %.2f\n" % (
            r.randint(24, 26), r.choice(["_A", "_J", "_N"]), r.uniform(20, 35), r.uniform(8, 15), r.uniform(40, 60)))
        d("  valid_from: %s\n  exit_fee_gbp: 0\n  ofgem_cap_ref: Q%d-%d\n  meter_types: [E7, SMETS2]\n  notes: >\n    Prices frozen until Boxing Day; Warm Home Discount applies from Martin Luther King Jr. Day only in the US pilot.\n" % (vdate(r, 2025), r.randint(1, 4), r.randint(2025, 2026)))
        return d, "yaml"
    d("<html><body><h2>5G coverage FAQ</h2>\n<p>Kestrel Telecom's 5G SA network now covers Lagos Island, Westlands (Nairobi), Bonifacio Global City and Gangnam-gu.</p>\n")
    d("<p>Supported handsets: Samsung Galaxy S24 (firmware S921BXXU%sAXD%d), iPhone 15 (iOS 17.4.1) and Google Pixel 8.</p>\n" % (dg(r, 1), r.randint(1, 9)))
    d("<p>APN settings: internet.kestrel, MCC %d MNC %02d. Band n78, n28. Tested by Ericsson and Nokia; engineering build %s.</p></body></html>\n" % (r.randint(200, 700), r.randint(1, 99), version_ip(r)))
    return d, "html"

# ================================================================================================================
# registry, validation, output
# ================================================================================================================
TEMPLATES = [
    # forms / KYC
    ("bank_kyc", t_bank_kyc, 4), ("ocr_claim", t_ocr_claim, 2), ("hotel_card", t_hotel_card, 2), ("tenancy", t_tenancy, 2),
    ("car_credit", t_car_credit, 2), ("recruit", t_recruit_profile, 2), ("dental_newpt", t_dental_newpatient, 2),
    ("blank_form", t_blank_form, 3), ("boarding", t_boarding_pass, 2), ("school_report", t_school_report, 2),
    # clinical
    ("soap", t_soap, 3), ("discharge", t_discharge, 3), ("lab", t_lab, 4), ("hl7", t_hl7, 4), ("fhir", t_fhir, 4),
    ("rx_label", t_pharmacy_label, 2), ("dental_chart", t_dental_chart, 2), ("referral", t_referral_letter, 2),
    ("research", t_research_summary, 2),
    # structured
    ("payroll", t_payroll_csv, 6), ("sheet", t_spreadsheet_tsv, 3), ("roster", t_school_roster, 2), ("inventory", t_inventory_csv, 3),
    ("saas_user", t_saas_user_json, 1), ("pnr", t_pnr_json, 2), ("telco_nd", t_telecom_ndjson, 2), ("metrics_nd", t_metrics_ndjson, 1),
    ("yaml_cfg", t_yaml_config, 2), ("yaml_person", t_yaml_person, 2), ("sql", t_sql_dump, 3), ("xml", t_xml, 3),
    ("bank_tsv", t_bank_tsv, 2), ("claims", t_claims_csv, 2), ("uni_json", t_university_json, 1),
    # logs
    ("auth_kv", t_auth_kv, 3), ("stack", t_stacktrace, 3), ("git", t_git_log, 3), ("nginx", t_nginx, 2),
    ("rx_log", t_pharmacy_log, 2), ("applog_neg", t_app_log_neg, 6), ("meter", t_meter_log, 2), ("fw", t_firewall, 2),
    # email / chat / ticket
    ("law_mail", t_law_email, 2), ("hr_mail", t_hr_email, 2), ("newsletter", t_newsletter_neg, 2), ("fraud_mail", t_fraud_email, 2),
    ("slack", t_slack, 3), ("teams", t_teams, 1), ("sms", t_sms, 2), ("whatsapp", t_whatsapp_kyc, 2), ("ticket", t_ticket, 3),
    ("incident", t_incident, 2), ("ticket_neg", t_ticket_neg, 3),
    # free text / html / misc
    ("minutes", t_minutes, 2), ("board", t_board_paper, 2), ("ics", t_ics, 2), ("vcard", t_vcard, 2), ("invoice", t_invoice, 3),
    ("shipping", t_shipping, 2), ("court", t_court, 2), ("readme", t_readme, 3), ("health", t_health_article, 4),
    ("html_profile", t_html_profile, 2), ("html_neg", t_html_neg, 3), ("press_neg", t_press_neg, 3), ("labnotes", t_labnotes_neg, 2),
    ("planning", t_planning, 2), ("charity", t_charity_letter, 1), ("kyc_note", t_kyc_narrative, 2),
    # additional
    ("testdrive", t_testdrive_csv, 2), ("fnol", t_fnol, 1), ("driver_onb", t_driver_onboard, 2), ("travel_agency", t_travel_agency, 1),
    ("gms1", t_gp_registration, 2), ("chargeback", t_chargeback_csv, 1), ("ops_neg", t_ops_neg, 3),
]


def level(types):
    if any(t in RESTRICTED for t in types):
        return "RESTRICTED"
    if any(t in CONFIDENTIAL for t in types):
        return "CONFIDENTIAL"
    return "INTERNAL"


def check_value(t, v):
    s = v.replace("\n", "")
    if t == "CREDIT_CARD":
        return luhn_ok(s) and 13 <= len(re.sub(r"\D", "", s)) <= 19
    if t == "IBAN":
        return iban_ok(s)
    if t == "US_SSN":
        return ssn_ok(s)
    if t == "UK_NHS_NUMBER":
        return nhs_ok(s)
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return nino_ok(s)
    if t == "ES_DNI":
        return dni_ok(s)
    if t == "FR_NIR":
        x = s.replace(" ", "")
        return len(x) == 15 and nir_key(x[:13]) == int(x[13:])
    if t == "DE_TAX_ID":
        return steuer_ok(s)
    if t == "IT_FISCAL_CODE":
        return len(s) == 16 and cf_check(s[:15]) == s[15]
    if t == "CA_SIN":
        return sin_ok(s)
    if t == "BR_CPF":
        return cpf_ok(s)
    if t == "IN_AADHAAR":
        x = re.sub(r"\D", "", s)
        return len(x) == 12 and x[0] not in "01" and verhoeff_ok(x)
    if t == "SG_NRIC":
        return nric_ok(s)
    if t == "US_MBI":
        return mbi_ok(s)
    if t == "UK_BANK_ACCOUNT":
        return re.search(r"\d{8}$", s) is not None
    return True


CARD_RE = re.compile(r"(?<![\w.\-/])(?:\d[ -]?){12,18}\d(?![\w])")
SSN_RE = re.compile(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def leaks(text, ents):
    cov = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            cov[k] = True
    out = []
    for m in CARD_RE.finditer(text):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19 and luhn_ok(ds) and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|65", ds) and not any(cov[m.start():m.end()]):
            out.append(("card", m.group()))
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()) and not any(cov[m.start():m.end()]):
            out.append(("ssn", m.group()))
    for m in IBAN_RE.finditer(text):
        try:
            ok = iban_ok(m.group())
        except ValueError:
            ok = False
        if ok and not any(cov[m.start():m.end()]):
            out.append(("iban", m.group()))
    return out


def validate(doc):
    text, ents, fmt = doc["text"], doc["entities"], doc["format"]
    assert fmt in FORMATS, fmt
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert e["type"] in ALLTYPES
        v = text[e["start"]:e["end"]]
        assert v, (doc["id"], e)
        assert v == v.strip(), (doc["id"], e, repr(v))
        assert e["start"] >= prev, (doc["id"], "overlap", e)
        prev = e["end"]
        assert check_value(e["type"], v), (doc["id"], e["type"], v)
    assert doc["classification"] == level([e["type"] for e in ents])
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for line in text.strip().split("\n"):
            json.loads(line)
    if fmt in ("csv", "tsv"):
        first = text.split("\n", 1)[0]
        delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
        widths = {len(x) for x in rows if x}
        assert len(widths) == 1, (doc["id"], widths)
    lk = leaks(text, ents)
    assert not lk, (doc["id"], lk)


def build():
    selftest()
    docs = []
    for name, fn, count in TEMPLATES:
        for n in range(count):
            r = random.Random("%s:%s:%d" % (SEED, name, n))
            d, fmt = fn(r, n)
            ents = sorted(d.ents, key=lambda e: e["start"])
            doc = {"id": "h11_%s-%d" % (name, n), "text": d.text(), "entities": ents,
                   "classification": level([e["type"] for e in ents]), "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tc = Counter(e["type"] for d in docs for e in d["entities"])
    fc = Counter(d["format"] for d in docs)
    cc = Counter(d["classification"] for d in docs)
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for d in docs if not d["entities"]))
    for title, c in (("classification", cc), ("format", fc), ("entity type", tc)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))
    return docs


if __name__ == "__main__":
    build()
