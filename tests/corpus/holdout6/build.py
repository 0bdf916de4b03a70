#!/usr/bin/env python3
"""holdout6 corpus generator (standard library only, deterministic).

Written from the public contract only (LABELS.md, PRIOR_CORPUS.md, the type list in the brief).
Spans are recorded while the text is appended, never found by searching.
"""
import csv, io, json, random, re, sys, os
from collections import Counter

SEED = "holdout6/quillwort-ostrava-5092"
HERE = os.path.dirname(os.path.abspath(__file__))

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
              "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
              "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
              "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL_T = {"PERSON"}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

# ----------------------------------------------------------------------------------------------- builder
class L:
    """A labelled value."""
    def __init__(self, typ, val):
        assert typ in RESTRICTED | CONFIDENTIAL | INTERNAL_T, typ
        self.typ, self.val = typ, str(val)
    def __str__(self):
        return self.val

class M:
    """A mixed string (plain text and labelled values) for use inside JSON strings / CSV cells."""
    def __init__(self, *parts):
        self.parts = parts
    def __str__(self):
        return "".join(str(p) for p in self.parts)

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []
    def __call__(self, *items):
        for it in items:
            self.add(it)
        return self
    def add(self, it, esc=None):
        if isinstance(it, L):
            s = esc(it.val) if esc else it.val
            self.ents.append({"type": it.typ, "start": self.n, "end": self.n + len(s)})
            self._raw(s)
        elif isinstance(it, M):
            for p in it.parts:
                self.add(p, esc)
        elif isinstance(it, (list, tuple)):
            for p in it:
                self.add(p, esc)
        else:
            self._raw(esc(str(it)) if esc else str(it))
    def _raw(self, s):
        self.buf.append(s)
        self.n += len(s)
    @property
    def text(self):
        return "".join(self.buf)

def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jemit(d, obj, indent=2, level=0, compact=False):
    """Write JSON with labelled string values."""
    sp = "" if compact else "\n"
    ind = lambda k: "" if compact else " " * (indent * k)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{" + sp)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d(ind(level + 1) + json.dumps(k, ensure_ascii=False) + ": ")
            jemit(d, v, indent, level + 1, compact)
            d((sep if i < len(items) - 1 else "") + sp)
        d(ind(level) + "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[" + sp)
        for i, v in enumerate(obj):
            d(ind(level + 1))
            jemit(d, v, indent, level + 1, compact)
            d((sep if i < len(obj) - 1 else "") + sp)
        d(ind(level) + "]")
    elif isinstance(obj, (L, M)):
        d('"'); d.add(obj, jesc); d('"')
    elif isinstance(obj, str):
        d(json.dumps(obj, ensure_ascii=False))
    else:
        d(json.dumps(obj))

def crow(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d(delim)
        s = str(c)
        if any(ch in s for ch in (delim, '"', "\n")):
            d('"'); d.add(c, lambda x: x.replace('"', '""')); d('"')
        else:
            d(c)
    d("\n")

# ----------------------------------------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix, length, r):
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def luhn_bad(prefix, length, r):
    good = luhn_complete(prefix, length, r)
    last = str((int(good[-1]) + r.randint(1, 9)) % 10)
    out = good[:-1] + last
    assert not luhn_ok(out)
    return out

def card(r, brand=None):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex", "disc", "visa"])
    if brand == "visa": n = luhn_complete("4" + r.choice(["0", "1", "2", "5", "7", "8"]), 16, r)
    elif brand == "mc": n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif brand == "mc2": n = luhn_complete(str(r.randint(2221, 2720)), 16, r)
    elif brand == "amex": n = luhn_complete(r.choice(["34", "37"]), 15, r)
    else: n = luhn_complete("6011", 16, r)
    return n

def fmt_card(n, r, style=None):
    style = style if style is not None else r.choice(["space", "dash", "plain", "space"])
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(g), "dash": "-".join(g), "plain": n}[style]

def iban_mod(s):
    t = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in t)
    return int(num) % 97

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    return iban_mod(s) == 1

def _iban(cc, bban):
    t = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in t)
    ck = 98 - int(num) % 97
    return cc + "%02d" % ck + bban

def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def _letters(r, n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    return "".join(r.choice(alpha) for _ in range(n))

def es_ccc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    return {11: 0, 10: 1}.get(v, v)

def iban(r, cc=None):
    cc = cc or r.choice(["DE", "FR", "ES", "GB", "NL", "IT", "BE", "PL", "SE", "CH", "AT", "IE", "PT", "NO",
                         "DK", "FI", "LU", "CZ", "RO", "GR"])
    if cc == "DE": bban = _digits(r, 18)
    elif cc == "FR":
        b, g, a = _digits(r, 5), _digits(r, 5), _digits(r, 11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        bban = b + g + a + "%02d" % key
    elif cc == "ES":
        bank, branch, acct = _digits(r, 4), _digits(r, 4), _digits(r, 10)
        bban = bank + branch + str(es_ccc("00" + bank + branch)) + str(es_ccc(acct)) + acct
    elif cc == "GB": bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"]) + _digits(r, 14)
    elif cc == "IE": bban = r.choice(["AIBK", "BOFI", "IPBS"]) + _digits(r, 14)
    elif cc == "NL": bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + _digits(r, 10)
    elif cc == "IT": bban = _letters(r, 1) + _digits(r, 22)
    elif cc == "BE":
        f = _digits(r, 10); ck = int(f) % 97 or 97; bban = f + "%02d" % ck
    elif cc == "PL": bban = _digits(r, 24)
    elif cc == "SE": bban = _digits(r, 20)
    elif cc == "CH": bban = _digits(r, 17)
    elif cc == "AT": bban = _digits(r, 16)
    elif cc == "PT": bban = _digits(r, 21)
    elif cc == "NO": bban = _digits(r, 11)
    elif cc in ("DK", "FI"): bban = _digits(r, 14)
    elif cc == "LU": bban = _digits(r, 3) + _digits(r, 13)
    elif cc == "CZ": bban = _digits(r, 20)
    elif cc == "RO": bban = r.choice(["RNCB", "BTRL", "INGB"]) + _digits(r, 16)
    elif cc == "GR": bban = _digits(r, 23)
    out = _iban(cc, bban)
    assert iban_ok(out)
    return out

def fmt_iban(s, r, style=None):
    style = style or r.choice(["space", "compact", "space"])
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if style == "space" else s

def bad_iban(r, cc=None):
    g = iban(r, cc)
    ck = int(g[2:4])
    b = g[:2] + "%02d" % ((ck + r.randint(1, 40)) % 97 + 2 if ck < 50 else ck - r.randint(1, 30)) + g[4:]
    if iban_ok(b):
        return bad_iban(r, cc)
    return b

def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)

def nhs_ok(n):
    n = re.sub(r"\D", "", n)
    return len(n) == 10 and nhs_check(n[:9]) == int(n[9])

def nhs(r, style=None):
    while True:
        d9 = str(r.randint(4, 6)) + _digits(r, 8)
        c = nhs_check(d9)
        if c is not None:
            n = d9 + str(c)
            break
    style = style or r.choice(["space", "plain", "space"])
    return n[:3] + " " + n[3:6] + " " + n[6:] if style == "space" else n

def bad_nhs(r):
    while True:
        d9 = str(r.randint(4, 6)) + _digits(r, 8)
        c = nhs_check(d9)
        if c is not None:
            n = d9 + str((c + r.randint(1, 9)) % 10)
            if not nhs_ok(n):
                return n[:3] + " " + n[3:6] + " " + n[6:]

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(n):
    c = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", n))):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_gen(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])

def aadhaar(r, style=None):
    b = str(r.randint(2, 9)) + _digits(r, 10)
    n = b + verhoeff_gen(b)
    assert verhoeff_ok(n)
    style = style or r.choice(["space", "plain", "space", "dash"])
    return {"space": " ".join([n[:4], n[4:8], n[8:]]), "dash": "-".join([n[:4], n[4:8], n[8:]]), "plain": n}[style]

def bad_aadhaar(r):
    b = str(r.randint(2, 9)) + _digits(r, 10)
    n = b + str((int(verhoeff_gen(b)) + r.randint(1, 9)) % 10)
    assert not verhoeff_ok(n)
    return " ".join([n[:4], n[4:8], n[8:]])

def cpf_digits(b):
    s = sum(int(c) * w for c, w in zip(b, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    s2 = sum(int(c) * w for c, w in zip(b + str(d1), range(11, 1, -1)))
    d2 = (s2 * 10) % 11 % 10
    return str(d1) + str(d2)

def cpf_ok(n):
    n = re.sub(r"\D", "", n)
    return len(n) == 11 and len(set(n)) > 1 and cpf_digits(n[:9]) == n[9:]

def cpf(r, fmt=True):
    while True:
        b = _digits(r, 9)
        if len(set(b)) > 1: break
    n = b + cpf_digits(b)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:]) if fmt else n

def bad_cpf(r):
    while True:
        b = _digits(r, 9)
        d = cpf_digits(b)
        n = b + d[0] + str((int(d[1]) + r.randint(1, 9)) % 10)
        if not cpf_ok(n):
            return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ":
        s2 = str("XYZ".index(s[0])) + s[1:]
    else:
        s2 = s
    return len(s) == 9 and s2[:8].isdigit() and DNI_L[int(s2[:8]) % 23] == s2[8]

def dni(r, nie=False, dash=False):
    if nie:
        p = r.choice("XYZ"); d = _digits(r, 7)
        out = p + d + DNI_L[int(str("XYZ".index(p)) + d) % 23]
    else:
        d = "%08d" % r.randint(1000000, 79999999)
        out = d + DNI_L[int(d) % 23]
    assert dni_ok(out)
    return out[:-1] + "-" + out[-1] if dash else out

def bad_dni(r):
    d = "%08d" % r.randint(1000000, 79999999)
    good = DNI_L[int(d) % 23]
    out = d + r.choice([c for c in DNI_L if c != good])
    assert not dni_ok(out)
    return out

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def nir(r, sex=None, yy=None, mm=None, spaced=True):
    sex = sex or r.choice("12")
    yy = yy if yy is not None else r.randint(50, 99)
    mm = mm or r.randint(1, 12)
    dept = "%02d" % r.choice([1, 6, 13, 31, 33, 35, 38, 44, 59, 67, 69, 75, 76, 92, 93, 94, 97])
    com = "%03d" % r.randint(1, 400)
    order = "%03d" % r.randint(1, 999)
    b = "%s%02d%02d%s%s%s" % (sex, yy, mm, dept, com, order)
    key = "%02d" % (97 - int(b) % 97)
    n = b + key
    assert nir_ok(n)
    return " ".join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]) if spaced else n

def bad_nir(r):
    g = nir(r, spaced=False)
    k = (int(g[13:]) + r.randint(1, 50)) % 97 + 1
    b = g[:13] + "%02d" % k
    if nir_ok(b): return bad_nir(r)
    return " ".join([b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], b[13:]])

def steuer_check(b10):
    p = 10
    for ch in b10:
        s = (int(ch) + p) % 10
        if s == 0: s = 10
        p = (s * 2) % 11
    c = 11 - p
    return 0 if c == 10 else c

def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0": return False
    cnt = Counter(s[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return steuer_check(s[:10]) == int(s[10])

def steuer(r, spaced=None):
    while True:
        ds = r.sample("0123456789", 9)
        dup = r.choice(ds)
        ds = ds + [dup]
        r.shuffle(ds)
        if ds[0] != "0": break
    b = "".join(ds)
    n = b + str(steuer_check(b))
    assert steuer_ok(n)
    spaced = r.random() < 0.4 if spaced is None else spaced
    return " ".join([n[:2], n[2:5], n[5:8], n[8:]]) if spaced else n

def bad_steuer(r):
    g = steuer(r, spaced=False)
    b = g[:10] + str((int(g[10]) + r.randint(1, 9)) % 10)
    if steuer_ok(b): return bad_steuer(r)
    return b

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_char(s15):
    t = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0: t += CF_ODD[ch]
        else: t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)

def cf_ok(s):
    return len(s) == 16 and cf_char(s[:15]) == s[15]

def _cf_part(name, is_given):
    import unicodedata
    n = "".join(c for c in unicodedata.normalize("NFD", name.upper()) if c.isalpha() and c.isascii())
    cons = [c for c in n if c not in "AEIOU"]
    vow = [c for c in n if c in "AEIOU"]
    if is_given and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]

BELFIORE = ["H501", "F205", "F839", "L219", "D612", "A662", "G273", "A944", "L736", "C351", "G224", "E506", "B157"]
def codice_fiscale(r, given, family, y, m, d, female):
    s = _cf_part(family, False) + _cf_part(given, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (d + (40 if female else 0)) + r.choice(BELFIORE)
    out = s + cf_char(s)
    assert cf_ok(out)
    return out

def bad_cf(r, given, family, y, m, d, female):
    g = codice_fiscale(r, given, family, y, m, d, female)
    return g[:15] + chr(65 + (ord(g[15]) - 65 + r.randint(1, 25)) % 26)

def nric_ok(s):
    s = s.upper()
    if len(s) != 9 or s[0] not in "STFGM": return False
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * x for c, x in zip(s[1:8], w)) + (4 if s[0] in "TG" else 0)
    tab = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    return tab[t % 11] == s[8]

def nric(r, fin=False, born=None):
    p = r.choice("FG") if fin else r.choice("ST")
    if born is not None:
        p = ("G" if fin else "T") if born >= 2000 else ("F" if fin else "S")
    d = _digits(r, 7)
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * x for c, x in zip(d, w)) + (4 if p in "TG" else 0)
    tab = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    out = p + d + tab[t % 11]
    assert nric_ok(out)
    return out

def bad_nric(r):
    g = nric(r)
    tab = "JZIHGFEDCBA"
    out = g[:8] + r.choice([c for c in tab if c != g[8]])
    assert not nric_ok(out)
    return out

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = "0123456789" + MBI_A
def mbi(r, dashed=None):
    c = [r.choice("123456789"), r.choice(MBI_A), r.choice(MBI_AN), r.choice("0123456789"), r.choice(MBI_A),
         r.choice(MBI_AN), r.choice("0123456789"), r.choice(MBI_A), r.choice(MBI_A), r.choice("0123456789"),
         r.choice("0123456789")]
    s = "".join(c)
    assert mbi_ok(s)
    dashed = r.random() < 0.4 if dashed is None else dashed
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s

def mbi_ok(s):
    s = s.replace("-", "")
    pat = ["[1-9]", "A", "N", "[0-9]", "A", "N", "[0-9]", "A", "A", "[0-9]", "[0-9]"]
    if len(s) != 11: return False
    for ch, p in zip(s, pat):
        if p == "A" and ch not in MBI_A: return False
        if p == "N" and ch not in MBI_AN: return False
        if p.startswith("[") and not re.match(p, ch): return False
    return True

NINO_BAD1 = set("DFIQUV"); NINO_BAD2 = set("DFIOQUV")
NINO_BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in NINO_BADP
            and s[:2].isalpha() and s[2:8].isdigit() and s[8] in "ABCD")

def nino(r, spaced=None):
    while True:
        p = r.choice([c for c in "ABCEGHJKLMNOPRSTWXYZ"]) + r.choice([c for c in "ABCEGHJKLMNPRSTWXYZ"])
        if p not in NINO_BADP: break
    s = p + _digits(r, 6) + r.choice("ABCD")
    assert nino_ok(s)
    spaced = r.random() < 0.5 if spaced is None else spaced
    return " ".join([s[:2], s[2:4], s[4:6], s[6:8], s[8]]) if spaced else s

def ssn_ok(s):
    a, g, sr = s[:3], s[4:6], s[7:]
    return (s[3] == "-" and s[6] == "-" and a not in ("000", "666") and not a.startswith("9") and g != "00"
            and sr != "0000")

def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    s = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
    assert ssn_ok(s)
    return s

def sin(r):
    n = luhn_complete(r.choice("1234567"), 9, r)
    return n[:3] + " " + n[3:6] + " " + n[6:]

def bad_sin(r):
    n = luhn_bad(r.choice("123456"), 9, r)
    return n[:3] + " " + n[3:6] + " " + n[6:]

def sort_code(r):
    return "%02d-%02d-%02d" % (r.choice([20, 30, 40, 60, 77, 83, 9, 11, 16, 23]), r.randint(0, 99), r.randint(0, 99))

def uk_acct(r):
    return _digits(r, 8)

# ------------------------------------------------------------------------------------------------ values
PASSPORT_SHAPES = {
    "United States": lambda r: r.choice([_digits(r, 9), "A" + _digits(r, 8)]),
    "United Kingdom": lambda r: str(r.randint(1, 5)) + _digits(r, 8),
    "Germany": lambda r: "C" + _letters(r, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
    "France": lambda r: _digits(r, 2) + _letters(r, 2) + _digits(r, 5),
    "Spain": lambda r: _letters(r, 3) + _digits(r, 6),
    "Italy": lambda r: _letters(r, 2) + _digits(r, 7),
    "India": lambda r: _letters(r, 1, "JKLMNPRSTUVZ") + _digits(r, 7),
    "China": lambda r: "E" + _digits(r, 8),
    "Japan": lambda r: r.choice(["TK", "TR", "MZ", "TZ"]) + _digits(r, 7),
    "South Korea": lambda r: "M" + _digits(r, 8),
    "Brazil": lambda r: _letters(r, 2) + _digits(r, 6),
    "Mexico": lambda r: "G" + _digits(r, 8),
    "Canada": lambda r: _letters(r, 2) + _digits(r, 6),
    "Australia": lambda r: r.choice("NPERM") + _digits(r, 7),
    "Nigeria": lambda r: "A" + _digits(r, 8),
    "Poland": lambda r: _letters(r, 2) + _digits(r, 7),
    "Netherlands": lambda r: _letters(r, 2, "BCDFGHJKLMNPRSTVWXYZ") + _letters(r, 6, "BCDFGHJKLMNPRSTVWXYZ0123456789") + _digits(r, 1),
    "Sweden": lambda r: _digits(r, 8),
    "Philippines": lambda r: "P" + _digits(r, 7) + _letters(r, 1),
    "South Africa": lambda r: "A" + _digits(r, 8),
    "Egypt": lambda r: "A" + _digits(r, 8),
    "Norway": lambda r: _digits(r, 8) if r.random() < .5 else "FH" + _digits(r, 7),
    "Ukraine": lambda r: _letters(r, 2, "ABCEFKMNOPT") + _digits(r, 6),
    "Turkey": lambda r: "U" + _digits(r, 8),
    "Vietnam": lambda r: "C" + _digits(r, 7),
    "Ghana": lambda r: "G" + _digits(r, 7),
    "Pakistan": lambda r: _letters(r, 2) + _digits(r, 7),
    "Colombia": lambda r: "AS" + _digits(r, 6),
    "Ireland": lambda r: _letters(r, 2) + _digits(r, 7),
    "Finland": lambda r: _letters(r, 2) + _digits(r, 7),
}
COUNTRY_ISO3 = {"United States": "USA", "United Kingdom": "GBR", "Germany": "DEU", "France": "FRA", "Spain": "ESP",
                "Italy": "ITA", "India": "IND", "China": "CHN", "Japan": "JPN", "South Korea": "KOR", "Brazil": "BRA",
                "Mexico": "MEX", "Canada": "CAN", "Australia": "AUS", "Nigeria": "NGA", "Poland": "POL",
                "Netherlands": "NLD", "Sweden": "SWE", "Philippines": "PHL", "South Africa": "ZAF", "Egypt": "EGY",
                "Norway": "NOR", "Ukraine": "UKR", "Turkey": "TUR", "Vietnam": "VNM", "Ghana": "GHA",
                "Pakistan": "PAK", "Colombia": "COL", "Ireland": "IRL", "Finland": "FIN"}

def pcountry(r):
    return "United States" if r.random() < 0.22 else r.choice(sorted(PASSPORT_SHAPES))

def passport(r, country=None):
    country = country or pcountry(r)
    num = PASSPORT_SHAPES[country](r)
    return country, num, ("US_PASSPORT" if country == "United States" else "PASSPORT")

DL_STATES = {
    "California": ("CA", lambda r: _letters(r, 1) + _digits(r, 7)),
    "Florida": ("FL", lambda r: (lambda s: "%s-%s-%s-%s-%s" % (s[0:4], s[4:7], s[7:9], s[9:12], s[12]))(_letters(r, 1) + _digits(r, 12))),
    "Illinois": ("IL", lambda r: (lambda s: "%s-%s-%s" % (s[:4], s[4:8], s[8:]))(_letters(r, 1) + _digits(r, 11))),
    "Texas": ("TX", lambda r: _digits(r, 8)),
    "New York": ("NY", lambda r: r.choice([_digits(r, 9), " ".join([_digits(r, 3), _digits(r, 3), _digits(r, 3)])])),
    "Pennsylvania": ("PA", lambda r: _digits(r, 2) + " " + _digits(r, 3) + " " + _digits(r, 3)),
    "Michigan": ("MI", lambda r: _letters(r, 1) + " " + _digits(r, 3) + " " + _digits(r, 3) + " " + _digits(r, 3) + " " + _digits(r, 3)),
    "New Jersey": ("NJ", lambda r: _letters(r, 1) + _digits(r, 4) + " " + _digits(r, 5) + " " + _digits(r, 5)),
    "Ohio": ("OH", lambda r: _letters(r, 2) + _digits(r, 6)),
    "Washington": ("WA", lambda r: "WDL" + _letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + _digits(r, 3)),
    "Georgia": ("GA", lambda r: "0" + _digits(r, 8)),
    "Arizona": ("AZ", lambda r: r.choice("ABDY") + _digits(r, 8)),
    "Massachusetts": ("MA", lambda r: "S" + _digits(r, 8)),
    "Colorado": ("CO", lambda r: _digits(r, 2) + "-" + _digits(r, 3) + "-" + _digits(r, 4)),
    "Wisconsin": ("WI", lambda r: (lambda s: "%s-%s-%s-%s" % (s[:4], s[4:8], s[8:12], s[12:]))(_letters(r, 1) + _digits(r, 13))),
    "Minnesota": ("MN", lambda r: _letters(r, 1) + _digits(r, 12)),
    "Virginia": ("VA", lambda r: _letters(r, 1) + _digits(r, 2) + "-" + _digits(r, 2) + "-" + _digits(r, 4)),
    "Maryland": ("MD", lambda r: _letters(r, 1) + "-" + _digits(r, 3) + "-" + _digits(r, 3) + "-" + _digits(r, 3) + "-" + _digits(r, 3)),
    "Nevada": ("NV", lambda r: _digits(r, 10)),
    "Oregon": ("OR", lambda r: _digits(r, 7)),
    "Iowa": ("IA", lambda r: _digits(r, 3) + _letters(r, 2) + _digits(r, 4)),
    "Hawaii": ("HI", lambda r: "H" + _digits(r, 8)),
    "New Hampshire": ("NH", lambda r: _digits(r, 2) + _letters(r, 3) + _digits(r, 5)),
    "North Carolina": ("NC", lambda r: _digits(r, 12)),
    "Kentucky": ("KY", lambda r: r.choice("ABCDEFGHJKLMNPRSTW") + _digits(r, 2) + "-" + _digits(r, 3) + "-" + _digits(r, 3)),
    "Utah": ("UT", lambda r: _digits(r, 9)),
}

def dl(r, state=None):
    state = state or r.choice(list(DL_STATES))
    code, f = DL_STATES[state]
    return state, code, f(r)

def uk_licence(r, family, given, y, m, d, female):
    import unicodedata
    fam = "".join(c for c in unicodedata.normalize("NFD", family.upper()) if c.isalpha() and c.isascii())
    fam = (fam + "99999")[:5]
    ini = "".join(c for c in unicodedata.normalize("NFD", given.upper()) if c.isalpha() and c.isascii())[:1] + "9"
    s = fam + str(y // 10 % 10) + "%02d" % (m + (50 if female else 0)) + "%02d" % d + str(y % 10) + ini + \
        str(r.randint(0, 9)) + _letters(r, 2)
    return s

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]

def rdate(r, y0=1950, y1=2004):
    y = r.randint(y0, y1); m = r.randint(1, 12); d = r.randint(1, 28 if m == 2 else 30)
    return y, m, d

def fdate(y, m, d, style):
    mon = MONTHS[m - 1]
    return {
        "iso": "%04d-%02d-%02d" % (y, m, d),
        "us": "%02d/%02d/%04d" % (m, d, y),
        "us1": "%d/%d/%04d" % (m, d, y),
        "eu": "%02d/%02d/%04d" % (d, m, y),
        "dot": "%02d.%02d.%04d" % (d, m, y),
        "dmy": "%d %s %d" % (d, mon[:3], y),
        "long": "%s %d, %d" % (mon, d, y),
        "dlong": "%d %s %d" % (d, mon, y),
        "slash": "%04d/%02d/%02d" % (y, m, d),
        "hl7": "%04d%02d%02d" % (y, m, d),
        "ora": "%02d-%s-%04d" % (d, mon[:3].upper(), y),
        "pnr": "%02d%s%02d" % (d, mon[:3].upper(), y % 100),
        "de": "%d. %s %d" % (d, DE_MONTHS[m - 1], y),
        "fr": "%d %s %d" % (d, FR_MONTHS[m - 1], y),
        "es": "%d de %s de %d" % (d, ES_MONTHS[m - 1], y),
        "jp": "%d年%d月%d日" % (y, m, d),
        "dash": "%02d-%02d-%04d" % (d, m, y),
    }[style]

def dob(r, styles=("iso", "us", "eu", "dot", "dmy", "long", "dlong", "slash", "ora", "us1", "dash"), y0=1950, y1=2004):
    y, m, d = rdate(r, y0, y1)
    return fdate(y, m, d, r.choice(styles)), (y, m, d)

# ------------------------------------------------------------------------------------------------ names
# origin: (given names, family names, family-first-customary)
NAMES = {
    "chinese": (["Jiayi", "Haoran", "Xinyi", "Zihan", "Yuxuan", "Mingzhe", "Shuting", "Weijie", "Ruolan", "Kaixin"],
                ["Zhou", "Xu", "Guo", "Tang", "Liang", "Feng", "Cao", "Deng", "Peng", "Jiang"], True),
    "japanese": (["Haruto", "Yui", "Sota", "Mei", "Riku", "Aoi", "Kaito", "Sakura", "Ren", "Hinata"],
                 ["Takahashi", "Kobayashi", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Shimizu", "Hayashi", "Ishikawa", "Ogawa"], False),
    "korean": (["Ji-woo", "Seo-yeon", "Min-jun", "Ha-eun", "Do-yun", "Ye-jin", "Jae-hyun", "Su-bin"],
               ["Kang", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon"], False),
    "vietnamese": (["Thanh", "Linh", "Quang", "Huong", "Duc", "Mai", "Khanh", "Trang"],
                   ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi"], False),
    "indian": (["Aarav", "Ishaan", "Ananya", "Kavya", "Vihaan", "Saanvi", "Rohan", "Meera", "Arjun", "Diya", "Siddharth", "Lakshmi"],
               ["Venkataraman", "Chatterjee", "Iyer", "Deshpande", "Reddy", "Bhattacharya", "Kulkarni", "Nair", "Menon", "Choudhary", "Pillai", "Agarwal"], False),
    "pakistani": (["Hamza", "Ayesha", "Bilal", "Zainab", "Usman", "Mahnoor", "Faisal", "Hira"],
                  ["Qureshi", "Siddiqui", "Chaudhry", "Abbasi", "Malik", "Butt", "Rana", "Mirza"], False),
    "bangladeshi": (["Tahmina", "Rafiq", "Nusrat", "Shakib", "Farzana", "Imran"],
                    ["Hossain", "Rahman", "Chowdhury", "Islam", "Talukder", "Sarkar"], False),
    "nepali": (["Prabin", "Sabina", "Bikash", "Anjali", "Suman"], ["Shrestha", "Gurung", "Tamang", "Adhikari", "Thapa"], False),
    "russian": (["Dmitri", "Yekaterina", "Aleksei", "Svetlana", "Mikhail", "Anastasia", "Pavel", "Oksana"],
                ["Volkov", "Sokolova", "Kuznetsov", "Morozova", "Lebedev", "Novikova", "Fyodorov", "Zaitseva"], False),
    "polish": (["Krzysztof", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Katarzyna", "Grzegorz", "Joanna"],
               ["Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański", "Dąbrowska", "Kozłowski"], False),
    "czech": (["Jiří", "Lenka", "Ondřej", "Petra", "Radek"], ["Dvořák", "Procházková", "Černý", "Veselá", "Kučera"], False),
    "serbian": (["Nikola", "Jelena", "Miloš", "Dragana", "Stefan"], ["Jovanović", "Petrović", "Nikolić", "Đorđević", "Stojanović"], False),
    "ukrainian": (["Taras", "Olena", "Bohdan", "Iryna", "Yaroslav"], ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"], False),
    "norwegian": (["Sindre", "Ingrid", "Eirik", "Solveig", "Håkon", "Ragnhild"], ["Haugen", "Bakken", "Solberg", "Strand", "Løvås", "Kristiansen"], False),
    "swedish": (["Linnéa", "Oskar", "Freja", "Viggo", "Astrid", "Elias"], ["Lindqvist", "Bergström", "Sjöberg", "Åkesson", "Holmgren", "Nyström"], False),
    "finnish": (["Aino", "Juha", "Eveliina", "Tapani", "Sanna"], ["Virtanen", "Mäkinen", "Heikkinen", "Koskinen", "Järvinen"], False),
    "danish": (["Mads", "Signe", "Rasmus", "Mette"], ["Sørensen", "Mortensen", "Kjærgaard", "Østergaard"], False),
    "icelandic": (["Guðrún", "Sigurður", "Þórunn", "Einar"], ["Sigurðardóttir", "Jónsson", "Þorsteinsdóttir", "Gunnarsson"], False),
    "arabic": (["Omar", "Layla", "Khalid", "Noor", "Yousef", "Mariam", "Tariq", "Huda", "Samir", "Rania"],
               ["Al-Farsi", "Haddad", "El-Sayed", "Nasser", "Al-Rashid", "Khoury", "Bin Saleh", "Abu-Ghazaleh", "Mansour", "Qasim"], False),
    "moroccan": (["Youssef", "Fatima-Zahra", "Hicham", "Salma"], ["Benjelloun", "El Idrissi", "Tazi", "Alaoui"], False),
    "yoruba": (["Oluwaseun", "Adebayo", "Funmilayo", "Temitope", "Babatunde", "Yetunde"], ["Adeyemi", "Ogunleye", "Balogun", "Oyelaran", "Akinola", "Fashola"], False),
    "igbo": (["Chinedu", "Ngozi", "Obinna", "Adaeze", "Ikenna"], ["Okonkwo", "Eze", "Nwachukwu", "Obi", "Okafor"], False),
    "hausa": (["Abubakar", "Hauwa", "Sani", "Aisha"], ["Danjuma", "Bello", "Usman", "Garba"], False),
    "akan": (["Kwame", "Akosua", "Kofi", "Abena", "Yaw", "Ama"], ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyemang"], False),
    "wolof": (["Moussa", "Awa", "Cheikh", "Fatou"], ["Diop", "Ndiaye", "Faye", "Sarr"], False),
    "mexican": (["Guadalupe", "Alejandro", "Ximena", "Santiago", "Itzel", "Emiliano"], ["Hernández", "García Ruiz", "Martínez", "Villalobos", "de la Cruz", "Ramírez"], False),
    "colombian": (["Valentina", "Andrés", "Camila", "Julián"], ["Restrepo", "Londoño", "Betancur", "Ospina"], False),
    "peruvian": (["Rosa", "Wilfredo", "Yessenia"], ["Quispe", "Mamani", "Huamán"], False),
    "spanish": (["Iñaki", "Nerea", "Álvaro", "Lucía", "Sergio", "Begoña"], ["Fernández", "Etxeberria", "López de Haro", "Gómez", "Navarro", "Iglesias"], False),
    "portuguese": (["João", "Inês", "Tiago", "Beatriz"], ["Gonçalves", "Carvalho", "Magalhães", "da Silva"], False),
    "brazilian": (["Thiago", "Larissa", "Gabriel", "Fernanda", "Rafael"], ["Oliveira", "Santos", "Souza", "Pereira", "dos Anjos"], False),
    "anglo": (["Emily", "James", "Hannah", "Oliver", "Megan", "Thomas", "Rachel", "Connor", "Abigail", "Nathan", "Gemma", "Scott"],
              ["Whitfield", "Hargreaves", "Pemberton", "Caldwell", "Ashworth", "Fairbanks", "Thornton", "Blackwood", "O'Sullivan", "McAllister", "Sutherland", "Crawley"], False),
    "dutch": (["Sanne", "Joris", "Femke", "Bram"], ["van der Berg", "de Vries", "van Dijk", "ter Horst"], False),
    "german": (["Lukas", "Johanna", "Maximilian", "Friederike", "Jürgen"], ["Müller", "Schäfer", "von Hagen", "Köhler", "Weißenborn"], False),
    "french": (["Amélie", "Théo", "Margaux", "Baptiste", "Océane"], ["Lefèvre", "Dubois", "Rousseau", "de Villiers", "Faure"], False),
    "italian": (["Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca"], ["Esposito", "Romano", "Colombo", "Bianchi", "Ferrari", "De Luca"], False),
    "turkish": (["Emre", "Elif", "Burak", "Zeynep"], ["Yılmaz", "Kaya", "Demir", "Çelik"], False),
    "persian": (["Dariush", "Shirin", "Kaveh", "Parisa"], ["Tehrani", "Moradi", "Rostami", "Karimi"], False),
    "greek": (["Eleni", "Giorgos", "Dimitra", "Konstantinos"], ["Papadopoulos", "Georgiou", "Oikonomou", "Karagiannis"], False),
    "hawaiian": (["Keoni", "Leilani", "Kaimana"], ["Kahananui", "Akana", "Kealoha"], False),
}
SYL = ["ka", "ro", "vi", "tel", "mun", "dra", "os", "bel", "ith", "quo", "zan", "ler", "mi", "sor", "tav", "une",
       "bre", "ko", "ny", "sha", "ul", "fen", "gar", "pim", "ext", "ova", "yr", "dal"]

def invented(r, n=None):
    n = n or r.choice([2, 2, 3])
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()

class Person:
    def __init__(self, r, origin=None):
        self.origin = origin or r.choice(list(NAMES))
        g, f, ff = NAMES[self.origin]
        self.given = invented(r) if r.random() < 0.12 else r.choice(g)
        self.family = invented(r, r.choice([2, 3])) if r.random() < 0.12 else r.choice(f)
        self.family_first = ff
        self.female = r.random() < 0.5
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.2 else None
    @property
    def full(self):
        if self.family_first:
            return self.family + " " + self.given
        return self.given + (" " + self.mid + "." if self.mid else "") + " " + self.family
    @property
    def western(self):
        return self.given + " " + self.family
    @property
    def last_first(self):
        return self.family + ", " + self.given
    @property
    def upper_last_first(self):
        return self.family.upper() + ", " + self.given
    def slug(self, r, domain):
        import unicodedata
        def a(s):
            return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if c.isascii() and (c.isalnum()))
        g, f = a(self.given), a(self.family)
        local = r.choice([g + "." + f, g[0] + f, g + "_" + f, f + "." + g[0], g + f[:1], g + "." + f + str(r.randint(1, 99))])
        return local + "@" + domain

def person(r, origin=None):
    return Person(r, origin)

FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "web.de", "orange.fr", "hotmail.es",
            "naver.com", "qq.com", "yandex.ru", "libero.it", "gmx.at", "mail.ng", "rediffmail.com", "fastmail.fm"]
CORP = ["tallowpay.io", "brindlehr.com", "kestrelstay.com", "orbitcart.co", "fernwayair.com", "dunmorerentals.com",
        "quayline.travel", "mosswood-staffing.com", "helixsupport.app", "copperkettle.shop"]

def email(r, p=None, corp=False):
    p = p or person(r)
    return p.slug(r, r.choice(CORP) if corp else r.choice(FREEMAIL))

PHONES = {
    "US": lambda r: r.choice(["(%d) %d-%04d", "%d-%d-%04d", "+1 %d %d %04d", "%d.%d.%04d", "+1 (%d) %d-%04d"]) % (
        r.choice([212, 312, 415, 617, 713, 206, 303, 404, 512, 702, 615, 919, 801, 503, 614, 612]), r.randint(201, 989), r.randint(0, 9999)),
    "UK": lambda r: r.choice(["+44 7%d %06d" % (r.randint(400, 999), r.randint(0, 999999)), "020 %d %04d" % (r.randint(7000, 8999), r.randint(0, 9999)),
                              "0161 %03d %04d" % (r.randint(200, 999), r.randint(0, 9999)), "07%d %06d" % (r.randint(400, 999), r.randint(0, 999999))]),
    "DE": lambda r: r.choice(["+49 30 %d %d" % (r.randint(200, 999), r.randint(10000, 99999)), "+49 151 %d" % r.randint(10000000, 99999999), "0176 %d" % r.randint(10000000, 99999999)]),
    "FR": lambda r: r.choice(["+33 6 %02d %02d %02d %02d", "01 %02d %02d %02d %02d", "+33 7 %02d %02d %02d %02d"]) % tuple(r.randint(10, 99) for _ in range(4)),
    "ES": lambda r: "+34 6%02d %02d %02d %02d" % tuple(r.randint(10, 99) for _ in range(4)),
    "IT": lambda r: "+39 3%d %d %04d" % (r.randint(20, 49), r.randint(100, 999), r.randint(0, 9999)),
    "IN": lambda r: "+91 %d %05d" % (r.randint(70000, 99999), r.randint(0, 99999)),
    "JP": lambda r: r.choice(["+81 90-%04d-%04d", "03-%04d-%04d"]) % (r.randint(1000, 9999), r.randint(0, 9999)),
    "KR": lambda r: "+82 10-%04d-%04d" % (r.randint(1000, 9999), r.randint(0, 9999)),
    "CN": lambda r: "+86 13%d %04d %04d" % (r.randint(0, 9), r.randint(0, 9999), r.randint(0, 9999)),
    "BR": lambda r: "+55 11 9%04d-%04d" % (r.randint(5000, 9999), r.randint(0, 9999)),
    "MX": lambda r: "+52 55 %04d %04d" % (r.randint(1000, 9999), r.randint(0, 9999)),
    "NG": lambda r: "+234 80%d %03d %04d" % (r.randint(2, 9), r.randint(100, 999), r.randint(0, 9999)),
    "GH": lambda r: "+233 24 %03d %04d" % (r.randint(100, 999), r.randint(0, 9999)),
    "KE": lambda r: "+254 7%02d %06d" % (r.randint(10, 99), r.randint(0, 999999)),
    "SG": lambda r: "+65 %d %04d" % (r.choice([8, 9]) * 1000 + r.randint(100, 999), r.randint(0, 9999)),
    "AE": lambda r: "+971 5%d %03d %04d" % (r.choice([0, 2, 5, 6]), r.randint(100, 999), r.randint(0, 9999)),
    "SE": lambda r: "+46 7%d %03d %02d %02d" % (r.choice([0, 2, 3, 6]), r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
    "PL": lambda r: "+48 %d %03d %03d" % (r.randint(500, 799), r.randint(0, 999), r.randint(0, 999)),
    "AU": lambda r: "+61 4%02d %03d %03d" % (r.randint(0, 99), r.randint(0, 999), r.randint(0, 999)),
    "CA": lambda r: "+1 %d %d %04d" % (r.choice([416, 604, 514, 403, 613]), r.randint(201, 989), r.randint(0, 9999)),
    "NO": lambda r: "+47 %d %02d %03d" % (r.randint(400, 999), r.randint(10, 99), r.randint(100, 999)),
    "EG": lambda r: "+20 10 %04d %04d" % (r.randint(1000, 9999), r.randint(0, 9999)),
}
def phone(r, cc=None):
    return PHONES[cc or r.choice(list(PHONES))](r)

# ------------------------------------------------------------------------------------------------ addresses
def addr(r, cc=None, multiline=False):
    cc = cc or r.choice(["US", "US", "UK", "DE", "FR", "ES", "IT", "NL", "JP", "IN", "SG", "BR", "MX", "CA", "AU",
                         "NG", "KE", "SE", "PL", "AE", "IE", "NO", "KR"])
    n = r.randint(1, 480)
    if cc == "US":
        st = r.choice(["Larkspur Ln", "W 38th St", "Cedar Hollow Rd", "N Halsted St", "Bayview Ave", "Elmira Ct",
                       "Sycamore Ridge Dr", "Kalakaua Ave", "SE Division St", "Old Post Rd"])
        unit = r.choice(["", "", " Apt %d" % r.randint(1, 40), " #%d" % r.randint(100, 999), " Unit %s" % r.choice("ABCD"), " Ste %d" % r.randint(100, 900)])
        city = r.choice([("Portland", "OR", "972%02d"), ("Chicago", "IL", "606%02d"), ("Austin", "TX", "787%02d"),
                         ("Honolulu", "HI", "968%02d"), ("Raleigh", "NC", "276%02d"), ("Tucson", "AZ", "857%02d"),
                         ("Brooklyn", "NY", "112%02d"), ("Madison", "WI", "537%02d"), ("Boise", "ID", "837%02d")])
        l1 = "%d %s%s" % (n * r.choice([1, 10, 3]), st, unit)
        l2 = "%s, %s %s" % (city[0], city[1], city[2] % r.randint(1, 40))
    elif cc == "UK":
        l1 = "%d %s" % (n % 200 + 1, r.choice(["Cranbourne Road", "Mill Lane", "Victoria Terrace", "Elderfield Close", "Kings Parade", "Saltmarket"]))
        pc = r.choice(["LS6 2QT", "M14 5RB", "BS3 4HX", "EH9 1PR", "CF24 3AA", "NE2 1UD", "SW11 6JB", "G12 8QQ"])
        l2 = "%s %s" % (r.choice(["Leeds", "Manchester", "Bristol", "Edinburgh", "Cardiff", "Newcastle", "London", "Glasgow"]), pc)
    elif cc == "IE":
        l1 = "%d %s" % (n % 90 + 1, r.choice(["Ballymun Road", "Sráid an Chaisleáin", "Grove Park"]))
        l2 = "%s, %s" % (r.choice(["Dublin 9", "Galway", "Cork"]), r.choice(["D09 X2K4", "H91 E2K3", "T12 R5CP"]))
    elif cc == "DE":
        l1 = "%s %d%s" % (r.choice(["Lindenstraße", "Am Kupfergraben", "Schönhauser Allee", "Hauptstr.", "Rüttenscheider Str."]), n % 150 + 1, r.choice(["", "a", "", "b"]))
        l2 = "%05d %s" % (r.randint(10115, 99998), r.choice(["Berlin", "Essen", "München", "Leipzig", "Köln"]))
    elif cc == "FR":
        l1 = "%d%s %s" % (n % 120 + 1, r.choice(["", " bis", "", " ter"]), r.choice(["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Croix-Rousse", "impasse des Lilas"]))
        l2 = "%05d %s" % (r.choice([69004, 75011, 31000, 13006, 44000, 67000]), r.choice(["Lyon", "Paris", "Toulouse", "Marseille", "Nantes", "Strasbourg"]))
    elif cc == "ES":
        l1 = "%s %d, %dº %d%s" % (r.choice(["Calle de Alcalá", "Carrer de Provença", "Avenida de la Constitución", "Calle Mayor"]), n % 300 + 1, r.randint(1, 8), r.randint(1, 4), r.choice(["ª", "º"]))
        l2 = "%05d %s" % (r.choice([28014, 8037, 41001, 46002]), r.choice(["Madrid", "Barcelona", "Sevilla", "Valencia"]))
    elif cc == "IT":
        l1 = "%s %d" % (r.choice(["Via Giuseppe Verdi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Piazza Santo Spirito"]), n % 200 + 1)
        l2 = "%05d %s (%s)" % (r.choice([20121, 10128, 50125, 80138]), *r.choice([("Milano", "MI"), ("Torino", "TO"), ("Firenze", "FI"), ("Napoli", "NA")]))
    elif cc == "NL":
        l1 = "%s %d" % (r.choice(["Prinsengracht", "Oudegracht", "Witte de Withstraat", "Bilderdijkkade"]), n)
        l2 = "%04d %s %s" % (r.randint(1011, 9999), _letters(r, 2, "ABCDEGHJKLMNPRSTVWXZ"), r.choice(["Amsterdam", "Utrecht", "Rotterdam"]))
    elif cc == "JP":
        l1 = "%d-%d-%d %s" % (r.randint(1, 9), r.randint(1, 30), r.randint(1, 20), r.choice(["Jingumae, Shibuya-ku", "Nishi-Shinjuku, Shinjuku-ku", "Umeda, Kita-ku"]))
        l2 = "%s %03d-%04d" % (r.choice(["Tokyo", "Osaka"]), r.randint(100, 599), r.randint(0, 9999))
    elif cc == "KR":
        l1 = "%d %s" % (n, r.choice(["Teheran-ro, Gangnam-gu", "Sejong-daero, Jung-gu", "Haeundae-ro, Haeundae-gu"]))
        l2 = "%s %05d" % (r.choice(["Seoul", "Busan"]), r.randint(1000, 63000))
    elif cc == "IN":
        l1 = "Flat %d%02d, %s" % (r.randint(1, 12), r.randint(1, 20), r.choice(["Prestige Lakeside Habitat, Varthur Road", "Shanti Niketan Society, Baner", "Sector 62, Noida"]))
        l2 = "%s %d" % (r.choice(["Bengaluru", "Pune", "Noida", "Chennai"]), r.randint(110001, 600099))
    elif cc == "SG":
        l1 = "Blk %d %s #%02d-%02d" % (r.randint(100, 799), r.choice(["Tampines Street 81", "Jurong West Ave 1", "Ang Mo Kio Ave 3"]), r.randint(2, 20), r.randint(1, 150))
        l2 = "Singapore %06d" % r.randint(100000, 829999)
    elif cc == "BR":
        l1 = "Rua %s, %d, apto %d" % (r.choice(["Augusta", "das Laranjeiras", "Padre Chagas", "Visconde de Pirajá"]), n, r.randint(11, 1204))
        l2 = "%s - %s, %05d-%03d" % (*r.choice([("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Porto Alegre", "RS")]), r.randint(1000, 99999), r.randint(0, 999))
    elif cc == "MX":
        l1 = "Av. %s %d, Col. %s" % (r.choice(["Insurgentes Sur", "Álvaro Obregón", "Revolución"]), n, r.choice(["Roma Norte", "Del Valle", "Condesa"]))
        l2 = "%05d %s, CDMX" % (r.randint(1000, 16999), r.choice(["Cuauhtémoc", "Benito Juárez"]))
    elif cc == "CA":
        l1 = "%d %s" % (n * 3, r.choice(["rue Saint-Denis", "Queen St W", "Commercial Dr", "17 Ave SW"]))
        l2 = "%s, %s %s" % (*r.choice([("Montréal", "QC", "H2X 3K8"), ("Toronto", "ON", "M5V 2T6"), ("Vancouver", "BC", "V5L 3X6"), ("Calgary", "AB", "T2T 0A7")]),)
    elif cc == "AU":
        l1 = "%d/%d %s" % (r.randint(1, 30), n % 200 + 1, r.choice(["Glebe Point Road", "Brunswick St", "Oxford St"]))
        l2 = "%s %s" % r.choice([("Glebe NSW", "2037"), ("Fitzroy VIC", "3065"), ("Paddington QLD", "4064")])
    elif cc == "NG":
        l1 = "%d %s" % (n % 60 + 1, r.choice(["Adeola Odeku Street, Victoria Island", "Awolowo Road, Ikoyi", "Aminu Kano Crescent, Wuse II"]))
        l2 = r.choice(["Lagos 101241", "Lagos 106104", "Abuja 904101"])
    elif cc == "KE":
        l1 = "P.O. Box %d-00100" % r.randint(1000, 99999)
        l2 = "Nairobi"
    elif cc == "SE":
        l1 = "%s %d" % (r.choice(["Sveavägen", "Götgatan", "Linnégatan"]), n % 150 + 1)
        l2 = "%03d %02d %s" % (r.randint(111, 985), r.randint(10, 99), r.choice(["Stockholm", "Göteborg", "Malmö"]))
    elif cc == "NO":
        l1 = "%s %d" % (r.choice(["Thorvald Meyers gate", "Bygdøy allé", "Kongens gate"]), n % 90 + 1)
        l2 = "%04d %s" % (r.randint(150, 7099), r.choice(["Oslo", "Trondheim"]))
    elif cc == "PL":
        l1 = "ul. %s %d/%d" % (r.choice(["Marszałkowska", "Długa", "Piotrkowska"]), n % 200 + 1, r.randint(1, 60))
        l2 = "%02d-%03d %s" % (r.randint(0, 99), r.randint(0, 999), r.choice(["Warszawa", "Łódź", "Gdańsk"]))
    elif cc == "AE":
        l1 = "Villa %d, %s" % (r.randint(1, 90), r.choice(["Street 14, Al Safa 2", "Al Wasl Road, Jumeirah 1"]))
        l2 = "Dubai, UAE"
    sep = "\n" if multiline else ", "
    return l1 + sep + l2, cc

IPV4_DOC = lambda r: r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randint(1, 254)
def ip(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv", "pub", "v6", "priv10"])
    if kind == "doc": return IPV4_DOC(r)
    if kind == "priv": return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    if kind == "priv10": return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    if kind == "priv172": return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    if kind == "pub": return "%d.%d.%d.%d" % (r.choice([81, 89, 94, 109, 151, 176, 185, 213, 37, 62]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    if kind == "v6": return r.choice(["2001:db8:%x:%x::%x", "2a02:%x:%x::%x", "2001:db8::%x:%x:%x"]) % (r.randint(1, 65535), r.randint(1, 65535), r.randint(1, 65535))

def version_ip_like(r):
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 30), r.randint(256, 9999))

# ------------------------------------------------------------------------------------------------ clinical
DIAG = ["type 2 diabetes mellitus", "essential hypertension", "major depressive disorder", "generalised anxiety disorder",
        "asthma", "chronic obstructive pulmonary disease", "atrial fibrillation", "hypothyroidism", "migraine without aura",
        "rheumatoid arthritis", "Crohn's disease", "ulcerative colitis", "chronic kidney disease stage 3a",
        "obstructive sleep apnoea", "plantar fasciitis", "lumbar disc herniation", "carpal tunnel syndrome",
        "iron-deficiency anaemia", "psoriasis", "epilepsy", "Hashimoto's thyroiditis", "gout", "coeliac disease",
        "post-traumatic stress disorder", "bipolar II disorder", "community-acquired pneumonia", "cellulitis of the left leg",
        "deep vein thrombosis", "hyperlipidaemia", "ADHD", "multiple sclerosis", "long COVID", "tinnitus",
        "rotator cuff tear", "atopic dermatitis", "alcohol use disorder", "osteoarthritis of the right knee", "HIV infection"]
MEDS = ["metformin", "lisinopril", "sertraline", "escitalopram", "salbutamol", "apixaban", "levothyroxine", "sumatriptan",
        "methotrexate", "adalimumab", "mesalazine", "atorvastatin", "amlodipine", "omeprazole", "gabapentin", "ibuprofen",
        "prednisolone", "lamotrigine", "allopurinol", "quetiapine", "methylphenidate", "Ozempic", "Eliquis", "Synthroid",
        "Ventolin", "Humira", "Lexapro", "Zoloft", "insulin glargine", "naproxen", "montelukast", "bupropion", "tramadol",
        "ferrous sulfate", "dupilumab", "emtricitabine/tenofovir", "fluoxetine", "propranolol"]

def mrn(r):
    return r.choice(["%08d" % r.randint(10 ** 6, 10 ** 8 - 1), "MRN-%07d" % r.randint(0, 9999999), "E%09d" % r.randint(0, 10 ** 9 - 1),
                     "%s%06d" % (_letters(r, 2), r.randint(0, 999999)), "%03d-%03d-%03d" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999))])

def member_id(r):
    return r.choice(["%s%09d" % (r.choice(["XGH", "YKB", "ZRT", "JQW"]), r.randint(0, 10 ** 9 - 1)), "W%09d" % r.randint(0, 10 ** 9 - 1),
                     "%09d%02d" % (r.randint(10 ** 8, 10 ** 9 - 1), r.randint(0, 3)), "MBR%08d" % r.randint(0, 10 ** 8 - 1),
                     "%s%08d-%02d" % (_letters(r, 3), r.randint(0, 10 ** 8 - 1), r.randint(1, 4))])

PLANS = ["Aetna Choice POS II", "Blue Cross Blue Shield PPO", "UnitedHealthcare Choice Plus", "Kaiser Permanente HMO",
         "Cigna Open Access Plus", "Anthem Blue Cross HDHP", "Humana Gold Plus", "Harvard Pilgrim", "Oscar EPO Silver"]

def money(r, lo=5, hi=900):
    return "%.2f" % (r.randint(lo * 100, hi * 100) / 100)

def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))

def uuid(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])

def ts(r, y=2024):
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))

# ------------------------------------------------------------------------------------------------ templates
TEMPLATES = []
CUR_N = 0
LOCAL_N = 0
def T(name, fmt, count):
    def deco(f):
        TEMPLATES.append((name, fmt, count, f))
        return f
    return deco

def fld(d, r, label, *value, style=None):
    style = style or r.choice(["colon", "colon", "dots", "pipe"])
    if style == "colon": d(label + ": ")
    elif style == "dots": d(label + " " + "." * max(2, 26 - len(label)) + " ")
    else: d("| " + label.ljust(24) + " | ")
    d(*value)
    d("\n")

def pick(r, *xs):
    return r.choice(xs)

# ---------------- forms / KYC
@T("i9_section1", "form", 2)
def t_i9(r):
    d = Doc(); p = person(r, pick(r, "mexican", "indian", "anglo", "korean", "yoruba", "polish", "vietnamese", "arabic"))
    st = r.choice(["colon", "dots", "pipe"])
    d("EMPLOYMENT ELIGIBILITY VERIFICATION — Section 1 (Employee Information and Attestation)\n")
    d("Employer: ", pick(r, "Mosswood Staffing LLC", "OrbitCart Inc.", "Kestrel Stay Hospitality Group"), "   Onboarding case #", str(r.randint(100000, 999999)), "\n\n")
    fld(d, r, "Last Name (Family Name)", L("PERSON", p.family), style=st)
    fld(d, r, "First Name (Given Name)", L("PERSON", p.given), style=st)
    fld(d, r, "Middle Initial", p.mid or "N/A", style=st)
    fld(d, r, "Other Last Names Used", "N/A" if r.random() < .6 else L("PERSON", r.choice(NAMES["anglo"][1])), style=st)
    a, _ = addr(r, "US")
    fld(d, r, "Address (Street Number and Name, City, State, ZIP)", L("ADDRESS", a), style=st)
    v, _ = dob(r, ("us", "us1", "long"), 1960, 2004)
    fld(d, r, "Date of Birth (mm/dd/yyyy)", L("DATE_OF_BIRTH", v), style=st)
    fld(d, r, "U.S. Social Security Number", L("US_SSN", ssn(r)), style=st)
    fld(d, r, "Employee's E-mail Address", L("EMAIL", email(r, p)), style=st)
    fld(d, r, "Employee's Telephone Number", L("PHONE", phone(r, "US")), style=st)
    d("\nI attest, under penalty of perjury, that I am (check one of the following boxes):\n")
    d("[ ] 1. A citizen of the United States\n[x] ", pick(r, "2. A noncitizen national", "3. A lawful permanent resident", "4. A noncitizen authorized to work"), "\n\n")
    d("Section 2 — Documents examined\n")
    if r.random() < .5:
        c, num, typ = passport(r, "United States")
        d("List A: U.S. Passport   Issuing Authority: U.S. Department of State   Document Number: ", L(typ, num), "   Expiration Date: ", fdate(*rdate(r, 2026, 2034), "us"), "\n")
    else:
        state, code, num = dl(r)
        d("List B: Driver's license issued by ", state, "   Document Number: ", L("DRIVER_LICENSE", num), "   Expiration: ", fdate(*rdate(r, 2025, 2031), "us"), "\n")
        d("List C: Social Security card (unrestricted) — sighted, not copied\n")
    d("First Day of Employment: ", fdate(*rdate(r, 2024, 2025), "us"), "\n")
    hr = person(r)
    d("Signature of Employer or Authorized Representative: /s/ ", L("PERSON", hr.western), ", ", pick(r, "HR Generalist", "People Operations Partner", "Onboarding Coordinator"), "\n")
    return d

@T("w4_like", "form", 2)
def t_w4(r):
    d = Doc(); p = person(r)
    d("Form W-4 (", pick(r, "2024", "2025"), ")  Employee's Withholding Certificate   — scanned copy, OCR text\n")
    d("Step 1(a) First name and middle initial   ", L("PERSON", p.given + (" " + p.mid if p.mid else "")), "\n")
    d("         Last name                        ", L("PERSON", p.family), "\n")
    d("Step 1(b) Social security number          ", L("US_SSN", ssn(r)), "\n")
    a, _ = addr(r, "US", multiline=True)
    d("         Address / City or town, state, and ZIP code\n         ", L("ADDRESS", a.replace("\n", "\n         ")), "\n")
    d("Step 1(c) [", pick(r, "x", " "), "] Single or Married filing separately  [ ] Married filing jointly  [ ] Head of household\n")
    d("Step 3   Claim dependents ........ $", str(r.choice([0, 2000, 4000, 500])), "\n")
    d("Step 4(c) Extra withholding ...... $", str(r.randint(0, 150)), ".00\n")
    d("Employer's name and address: OrbitCart Inc., Accounts Payable Dept.   EIN 8", _digits(r, 1), "-", _digits(r, 7), "\n")
    return d

@T("benefits_enrolment", "form", 2)
def t_benefits(r):
    d = Doc(); p = person(r)
    plan = r.choice(PLANS)
    d(pick(r, "2025 OPEN ENROLLMENT — BENEFITS ELECTION CONFIRMATION", "Benefits Enrolment Form (New Hire, 30-day window)"), "\n")
    d("Employee: ", L("PERSON", p.western), "    Employee ID: E", _digits(r, 5), "    Dept: ", pick(r, "Customer Success", "Fleet Ops", "Payments Risk", "Talent Acquisition"), "\n")
    v, _ = dob(r)
    d("Date of birth: ", L("DATE_OF_BIRTH", v), "    Coverage tier: ", pick(r, "Employee + Spouse", "Employee + Child(ren)", "Family"), "\n\n")
    d("MEDICAL\n  Carrier / plan: ", plan, "\n")
    d("  Member ID: ", L("HEALTH_PLAN_ID", member_id(r)), "    Group No.: ", "%06d" % r.randint(0, 999999), pick(r, "", "-0001", "-A"), "\n")
    d("  Primary care physician: Dr. ", L("PERSON", person(r).western), " (NPI ", "1" + _digits(r, 9), ")\n")
    d("DENTAL  Delta Dental PPO  — waived\nVISION  VSP Choice — elected\n\nDEPENDENTS\n")
    for i in range(r.randint(1, 3)):
        dep = person(r, p.origin); dep.family = p.family
        v2, _ = dob(r, ("us", "iso", "long"), 1965, 2022)
        d("  ", str(i + 1), ". ", L("PERSON", dep.western), "  — ", pick(r, "Spouse", "Child", "Domestic partner", "Child"), "  — DOB ", L("DATE_OF_BIRTH", v2))
        if r.random() < .4:
            d("  — member suffix ", L("HEALTH_PLAN_ID", member_id(r)))
        d("\n")
    d("\nHSA contribution per pay period: $", money(r, 20, 300), "\nBeneficiary (Basic Life 2x salary): ", L("PERSON", person(r).western), " (", pick(r, "spouse", "sibling", "parent"), ") 100%\n")
    d("Elections effective ", fdate(*rdate(r, 2025, 2025), "long"), ". Questions: ", L("EMAIL", "benefits@" + r.choice(CORP)), "\n")
    # role mailbox is an email
    return d

def _fix_role_email(d):
    return d

@T("hotel_registration", "form", 2)
def t_hotel(r):
    d = Doc()
    lang = r.choice(["en", "es", "fr", "de", "it"])
    Ls = {"en": ("GUEST REGISTRATION CARD", "Surname", "First name", "Nationality", "Passport No.", "Date of birth", "Home address", "Arrival", "Departure"),
          "es": ("FICHA DE REGISTRO DE VIAJEROS / Guest registration", "Apellidos / Surname", "Nombre / Name", "Nacionalidad", "Nº de pasaporte", "Fecha de nacimiento", "Domicilio", "Llegada", "Salida"),
          "fr": ("FICHE DE POLICE / Registration", "Nom", "Prénom", "Nationalité", "N° de passeport", "Date de naissance", "Adresse", "Arrivée", "Départ"),
          "de": ("MELDESCHEIN / Registration form", "Familienname", "Vorname", "Staatsangehörigkeit", "Reisepass-Nr.", "Geburtsdatum", "Wohnanschrift", "Anreise", "Abreise"),
          "it": ("SCHEDA DI NOTIFICAZIONE / Guest card", "Cognome", "Nome", "Cittadinanza", "N. passaporto", "Data di nascita", "Indirizzo", "Arrivo", "Partenza")}[lang]
    country = pcountry(r)
    origin = {"Japan": "japanese", "South Korea": "korean", "China": "chinese", "India": "indian", "Nigeria": "yoruba", "Ghana": "akan",
              "Poland": "polish", "Sweden": "swedish", "Norway": "norwegian", "Finland": "finnish", "Ukraine": "ukrainian", "Egypt": "arabic",
              "Brazil": "brazilian", "Mexico": "mexican", "Colombia": "colombian", "Spain": "spanish", "France": "french", "Germany": "german",
              "Italy": "italian", "Netherlands": "dutch", "Turkey": "turkish", "Vietnam": "vietnamese", "Pakistan": "pakistani"}.get(country, "anglo")
    p = person(r, origin)
    _, num, typ = passport(r, country)
    d(Ls[0], "\n", pick(r, "Hotel Quayline Lisboa", "Kestrel Stay Barcelona Eixample", "Albergo Fernway Trastevere", "Kestrel Stay Berlin Mitte"), " — Room ", str(r.randint(101, 712)), "\n\n")
    st = r.choice(["colon", "dots"])
    fld(d, r, Ls[1], L("PERSON", p.family.upper() if r.random() < .4 else p.family), style=st)
    fld(d, r, Ls[2], L("PERSON", p.given), style=st)
    fld(d, r, Ls[3], country if lang == "en" else COUNTRY_ISO3[country], style=st)
    fld(d, r, Ls[4], L(typ, num), style=st)
    v, _ = dob(r, ("eu", "dot", "iso", "dmy"))
    fld(d, r, Ls[5], L("DATE_OF_BIRTH", v), style=st)
    ccmap = {"Japan": "JP", "South Korea": "KR", "India": "IN", "Nigeria": "NG", "Poland": "PL", "Sweden": "SE", "Norway": "NO", "Brazil": "BR",
             "Mexico": "MX", "Spain": "ES", "France": "FR", "Germany": "DE", "Italy": "IT", "Netherlands": "NL", "United States": "US",
             "United Kingdom": "UK", "Canada": "CA", "Australia": "AU", "Ireland": "IE"}
    a, _ = addr(r, ccmap.get(country))
    fld(d, r, Ls[6], L("ADDRESS", a), style=st)
    fld(d, r, "E-mail", L("EMAIL", email(r, p)), style=st)
    fld(d, r, "Tel.", L("PHONE", phone(r, ccmap.get(country) if ccmap.get(country) in PHONES else None)), style=st)
    y, m, dd = rdate(r, 2025, 2025)
    fld(d, r, Ls[7], fdate(y, m, dd, "eu"), style=st)
    fld(d, r, Ls[8], fdate(y, m, min(dd + r.randint(1, 5), 28), "eu"), style=st)
    d("Guarantee: card ending ", _digits(r, 4), " (pre-auth EUR ", money(r, 100, 400), ")\n")
    if r.random() < .5:
        c2 = person(r, origin)
        v2, _ = dob(r, ("eu", "dot"), 1950, 2018)
        d("Accompanying guest: ", L("PERSON", c2.western), ", born ", L("DATE_OF_BIRTH", v2), "\n")
    d("Signature: ______________   Data processed under Art. 6(1)(c) GDPR (legal obligation).\n")
    return d

@T("car_rental_agreement", "form", 3)
def t_rental(r):
    d = Doc(); p = person(r)
    d("DUNMORE RENTALS — RENTAL AGREEMENT RA-", str(r.randint(10 ** 7, 10 ** 8 - 1)), "\n")
    d("Pick-up: ", pick(r, "SFO Terminal G", "Denver Intl (DEN)", "Orlando MCO", "Heathrow T5", "Dublin Airport T2", "Boston Logan"), "   Return due: ", fdate(*rdate(r, 2025, 2025), "dmy"), " 10:00\n")
    d("Vehicle: ", pick(r, "Toyota RAV4 Hybrid", "VW Golf 1.5 eTSI", "Ford Explorer XLT", "Kia Niro EV"), "  Plate ", _letters(r, 3), _digits(r, 4), "  Odometer out ", str(r.randint(3000, 80000)), " mi\n\n")
    d("PRIMARY DRIVER\n")
    d("  Name .............. ", L("PERSON", p.upper_last_first if r.random() < .5 else p.western), "\n")
    v, (y, m, dd) = dob(r, ("us", "dmy", "iso"), 1955, 2002)
    d("  Date of birth ..... ", L("DATE_OF_BIRTH", v), "\n")
    if r.random() < .7:
        state, code, num = dl(r)
        form = r.randint(0, 2)
        if form == 0:
            d("  Licence state ..... ", state, "\n  Licence no. ....... ", L("DRIVER_LICENSE", num), "\n")
        elif form == 1:
            d("  Driver licence .... ", L("DRIVER_LICENSE", num), " (", state, ")\n")
        else:
            d("  DL# ", L("DRIVER_LICENSE", num), "  issued by ", state, " DMV, exp ", fdate(*rdate(r, 2026, 2031), "us"), "\n")
        a, _ = addr(r, "US")
    else:
        d("  Licence ........... UK DVLA photocard, no. ", L("DRIVER_LICENSE", uk_licence(r, p.family, p.given, y, m, dd, p.female)), "\n")
        a, _ = addr(r, "UK")
    d("  Address ........... ", L("ADDRESS", a), "\n")
    d("  Mobile ............ ", L("PHONE", phone(r, pick(r, "US", "UK", "CA"))), "\n")
    if r.random() < .6:
        q = person(r)
        d("\nADDITIONAL DRIVER\n  Name .............. ", L("PERSON", q.western), "\n")
        kind = r.choice(["eu", "us", "ie"])
        if kind == "us":
            state, code, num = dl(r)
            d("  ", state, " driver license ", L("DRIVER_LICENSE", num), "\n")
        elif kind == "eu":
            d("  Führerschein (Germany) Nr. ", L("DRIVER_LICENSE", _letters(r, 1, "BFGJ") + _digits(r, 3) + _letters(r, 4, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + _digits(r, 2) + _letters(r, 1)), "\n")
        else:
            d("  Irish driving licence no. ", L("DRIVER_LICENSE", _digits(r, 9)), "\n")
    d("\nPayment: ", pick(r, "Visa", "Mastercard", "Amex"), " **** **** **** ", _digits(r, 4), "   Deposit hold $", money(r, 200, 500), "\n")
    d("Options: LDW declined / SLI accepted / Toll pass ", pick(r, "SunPass", "E-ZPass", "none"), "\n")
    d("Fuel policy: full-to-full. Late return fee $", money(r, 20, 60), "/hr.\n")
    return d

KYC_IDS = ["ES", "FR", "DE", "IT", "BR", "IN", "SG", "CA", "UK"]
@T("fintech_kyc", "form", 9)
def t_kyc(r):
    d = Doc()
    cc = KYC_IDS[LOCAL_N % len(KYC_IDS)]
    origin = {"ES": "spanish", "FR": "french", "DE": "german", "IT": "italian", "BR": "brazilian", "IN": "indian", "SG": "chinese", "CA": "anglo", "UK": "anglo"}[cc]
    if cc == "SG": origin = r.choice(["chinese", "indian"])
    if cc == "UK": origin = r.choice(["anglo", "pakistani", "yoruba", "polish"])
    p = person(r, origin)
    y, m, dd = rdate(r, 1960, 2003)
    d("TallowPay — Customer Due Diligence (CDD) record\nApplication ", uuid(r), "   Risk score: ", pick(r, "LOW", "MEDIUM"), "   Channel: ", pick(r, "iOS 17.5.1", "Android 14", "web"), "\n")
    d("----------------------------------------------------------\n")
    d("Legal name: ", L("PERSON", p.full), "\n")
    d("Date of birth: ", L("DATE_OF_BIRTH", fdate(y, m, dd, {"DE": "dot", "FR": "eu", "ES": "eu", "IT": "eu", "BR": "eu", "IN": "dash", "SG": "dmy", "CA": "iso", "UK": "eu"}[cc])), "\n")
    a, _ = addr(r, {"ES": "ES", "FR": "FR", "DE": "DE", "IT": "IT", "BR": "BR", "IN": "IN", "SG": "SG", "CA": "CA", "UK": "UK"}[cc])
    d("Residential address: ", L("ADDRESS", a), "\n")
    if cc == "ES":
        nie = r.random() < .4
        d("Documento: ", "NIE" if nie else "DNI", " ", L("ES_DNI", dni(r, nie=nie, dash=r.random() < .3)), "  (anverso y reverso verificados)\n")
        d("Control: DNI de prueba rechazado previamente: ", bad_dni(r), "\n")
    elif cc == "FR":
        d("Numéro de sécurité sociale (NIR): ", L("FR_NIR", nir(r, sex="2" if p.female else "1", yy=y % 100, mm=m, spaced=r.random() < .6)), "\n")
        d("Ancien numéro saisi par erreur (clé invalide): ", bad_nir(r), "\n")
    elif cc == "DE":
        d("Steuerliche Identifikationsnummer (Steuer-ID): ", L("DE_TAX_ID", steuer(r)), "\n")
        d("Kundennummer: ", _digits(r, 11), " (keine Steuer-ID)\n")
    elif cc == "IT":
        d("Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(r, p.given, p.family, y, m, dd, p.female)), "\n")
        d("Partita IVA del datore di lavoro: IT", _digits(r, 11), "\n")
    elif cc == "BR":
        d("CPF: ", L("BR_CPF", cpf(r, fmt=r.random() < .7)), "\n")
        d("CPF informado na 1ª tentativa (dígito inválido): ", bad_cpf(r), "\n")
    elif cc == "IN":
        d("Aadhaar (UIDAI) number: ", L("IN_AADHAAR", aadhaar(r)), "   e-KYC OTP verified\n")
        d("PAN: ", _letters(r, 5), _digits(r, 4), _letters(r, 1), "\n")
        d("Virtual ID on file: ", bad_aadhaar(r), " (checksum failed, ignored)\n")
    elif cc == "SG":
        fin = r.random() < .3
        d("NRIC/FIN: ", L("SG_NRIC", nric(r, fin=fin, born=y)), "   SingPass MyInfo: retrieved\n")
    elif cc == "CA":
        d("Social Insurance Number (SIN): ", L("CA_SIN", sin(r)), "\n")
        d("Previous SIN entry (failed validation): ", bad_sin(r), "\n")
    elif cc == "UK":
        d("National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
        sc, ac = sort_code(r), uk_acct(r)
        d("Funding account (sort code / account): ", L("UK_BANK_ACCOUNT", sc + " " + ac), "\n")
    d("Email: ", L("EMAIL", email(r, p)), "   Phone: ", L("PHONE", phone(r, {"UK": "UK", "SG": "SG", "IN": "IN", "BR": "BR", "CA": "CA"}.get(cc, cc if cc in PHONES else None))), "\n")
    if r.random() < .5 and cc not in ("UK",):
        d("Payout IBAN: ", L("IBAN", fmt_iban(iban(r, {"ES": "ES", "FR": "FR", "DE": "DE", "IT": "IT"}.get(cc, "NL")), r)), "\n")
    d("Sanctions/PEP screening: no match (list version ", version_ip_like(r), ")\nLiveness check: pass (", str(r.randint(90, 99)), ".", str(r.randint(0, 9)), "%)\n")
    return d

@T("uk_new_starter", "form", 2)
def t_uk_starter(r):
    d = Doc(); p = person(r, pick(r, "anglo", "pakistani", "bangladeshi", "polish", "igbo", "indian"))
    d("NEW STARTER CHECKLIST (HMRC starter checklist + payroll details)\n\n")
    d("Employee's last name ......... ", L("PERSON", p.family.upper()), "\nFirst names .................. ", L("PERSON", p.given.upper()), "\n")
    v, (y, m, dd) = dob(r, ("eu", "dlong"), 1960, 2005)
    d("Date of birth ................ ", L("DATE_OF_BIRTH", v), "\n")
    d("National Insurance number .... ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    a, _ = addr(r, "UK", multiline=True)
    d("Home address ................. ", L("ADDRESS", a.replace("\n", "\n                               ")), "\n")
    d("Employee statement ........... [", pick(r, "A", "B", "C"), "]\nStudent loan ................. ", pick(r, "Plan 2", "Postgraduate", "No"), "\n\n")
    d("BANK DETAILS FOR SALARY\nAccount name: ", L("PERSON", p.western), "\n")
    sc, ac = sort_code(r), uk_acct(r)
    if r.random() < .5:
        d("Sort code: ", sc, "    Account number: ", L("UK_BANK_ACCOUNT", ac), "\n")
    else:
        d("Sort code / account: ", L("UK_BANK_ACCOUNT", sc + " / " + ac), "\n")
    d("Roll number (building society): n/a\n\nEmergency contact: ", L("PERSON", person(r).western), " — ", L("PHONE", phone(r, "UK")), "\n")
    if True:
        d("NHS number (for occupational health referral): ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d("Right to work check: share code ", _letters(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ"), " ", _letters(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), " ", _letters(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ"), " verified ", fdate(*rdate(r, 2025, 2025), "eu"), "\n")
    return d

@T("blank_form", "form", 2)
def t_blank(r):
    d = Doc()
    kind = r.randint(0, 2)
    if kind == 0:
        d("GUEST REGISTRATION CARD — please complete in BLOCK CAPITALS\n\nSurname: ____________________   First Name: ____________________\n")
        d("Date Of Birth: __ / __ / ____     Nationality: ______________\nPassport Number: ______________   Place Of Issue: __________\n")
        d("Home Address: ____________________________________________\nE-mail Address: ______________   Mobile Phone: ______________\n")
        d("Vehicle Registration: ________   Company Name (if business travel): ____________\n\nBy signing, the guest agrees to the Hotel Terms & Conditions (rev. 2024.3).\n")
    elif kind == 1:
        d("Direct Deposit Authorization (template v", version_ip_like(r), ")\n\nEmployee Name ...................\nSocial Security Number ..........  XXX-XX-XXXX\n")
        d("Bank Name .......................\nRouting Number (9 digits) .......\nAccount Number ..................\n[ ] Checking  [ ] Savings\n")
        d("Amount: [ ] Entire Net Pay  [ ] $______  [ ] ____%\n\nAttach a voided check. Forms received after the 15th apply to the following pay period.\nHR Form 114 • Rev. 03/2024 • Page 1 of 1\n")
    else:
        d("VEHICLE RENTAL — ADDITIONAL DRIVER FORM\nDriver Licence Number: ____________   Issuing State/Country: ________\nLicence Expiry Date: ________   Date Of Birth: ________\n")
        d("Credit Card Number: **** **** **** ____\nEmergency Contact Name / Phone: ____________________\n\nMinimum age 25 (21 with young-driver surcharge of $", money(r, 15, 30), "/day). Section 4.2 of the Master Terms applies.\n")
    return d

# ---------------- clinical
def gp(r):
    return person(r).western

@T("occ_health_note", "clinical_note", 2)
def t_occ(r):
    d = Doc(); p = person(r); dx = r.sample(DIAG, 2); md = r.sample(MEDS, 2)
    d("OCCUPATIONAL HEALTH — RETURN TO WORK ASSESSMENT (confidential, not for line manager)\n")
    d("Employee: ", L("PERSON", p.western), "   DOB: ", L("DATE_OF_BIRTH", dob(r, ("us", "eu", "iso"))[0]), "   OH ref / MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("Role: ", pick(r, "Warehouse associate, night shift", "Senior flight attendant", "Customer support agent (remote)", "Payroll analyst"), "   Referred by: HR Business Partner\n\n")
    d("History: Absent since ", fdate(*rdate(r, 2025, 2025), "dmy"), " with ", L("DIAGNOSIS", dx[0]), ". ")
    d(pick(r, "Also has longstanding ", "Background of "), L("DIAGNOSIS", dx[1]), ", stable. ")
    d("No history of ", pick(r, "seizures", "syncope", "cardiac disease"), ". Denies ", pick(r, "chest pain", "suicidal ideation", "alcohol misuse"), ".\n")
    d("Current medication: ", L("MEDICATION", md[0]), " ", pick(r, "50 mg once daily", "10 mg nocte", "500 mg BD", "as needed"), "; ", L("MEDICATION", md[1]), " ", pick(r, "20 mg OD", "2 puffs PRN", "weekly injection"), ".\n")
    d("Assessment: fit for phased return over ", str(r.randint(2, 6)), " weeks, reduced hours, no ", pick(r, "lifting >10 kg", "night shifts", "safety-critical duties"), ".\n")
    d("Note to manager: a 'migraine' of a quarter for the team is not a reason to hurry this return.\n")
    d("Clinician: ", L("PERSON", gp(r)), ", OH Nurse Advisor   Tel ", L("PHONE", phone(r, pick(r, "US", "UK"))), "\n")
    return d

@T("discharge_summary", "discharge_summary", 3)
def t_discharge(r):
    d = Doc(); p = person(r); dx = r.sample(DIAG, 3); md = r.sample(MEDS, 3)
    uk = r.random() < .5
    d(pick(r, "ST. BRENDAN'S REGIONAL MEDICAL CENTER", "NORTHGATE UNIVERSITY HOSPITAL NHS TRUST", "VALLE VERDE COMMUNITY HOSPITAL"), "\nDISCHARGE SUMMARY\n\n")
    d("Patient: ", L("PERSON", p.upper_last_first), "\n")
    if uk:
        d("NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "   Hospital No: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    else:
        d("MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Acct: ", _digits(r, 10), "\n")
    d("D.O.B.: ", L("DATE_OF_BIRTH", dob(r, ("eu" if uk else "us", "dmy"))[0]), "\n")
    y, m, dd = rdate(r, 2025, 2025)
    d("Admitted: ", fdate(y, m, dd, "dmy"), "   Discharged: ", fdate(y, m, min(dd + r.randint(2, 9), 28), "dmy"), "\n")
    d("Consultant: Dr ", L("PERSON", gp(r)), "\n\nPRINCIPAL DIAGNOSIS: ", L("DIAGNOSIS", dx[0]), "\nSECONDARY: ", L("DIAGNOSIS", dx[1]), "; ", L("DIAGNOSIS", dx[2]), "\n")
    d("RULED OUT: pulmonary embolism (CTPA negative), acute coronary syndrome (troponin x2 normal)\n\n")
    d("HOSPITAL COURSE:\nPresented via ED with ", pick(r, "worsening dyspnoea", "fever and rigors", "acute confusion", "abdominal pain"), ". Treated with IV ", L("MEDICATION", pick(r, "ceftriaxone", "co-amoxiclav", "piperacillin-tazobactam")), " then stepped down to oral therapy. ")
    d("Family history of ", pick(r, "Huntington's disease", "breast cancer", "sickle cell disease"), " noted; patient not affected. Mobilising independently at discharge.\n\n")
    d("DISCHARGE MEDICATIONS:\n")
    for x in md:
        d("  - ", L("MEDICATION", x), " ", pick(r, "5 mg", "20 mg", "1 g", "100 mcg", "40 mg"), " ", pick(r, "PO OD", "PO BD", "PO TDS", "SC weekly"), "\n")
    d("  - STOPPED: ", L("MEDICATION", pick(r, "diclofenac", "naproxen", "tramadol")), " (GI bleed risk)\n\n")
    d("FOLLOW-UP: clinic in ", str(r.randint(2, 8)), " weeks. GP to repeat U&E. Contact ward on ", L("PHONE", phone(r, "UK" if uk else "US")), ".\n")
    d("Next of kin: ", L("PERSON", person(r, p.origin).western), " (", pick(r, "wife", "husband", "daughter", "son", "partner"), ") ", L("PHONE", phone(r)), "\n")
    return d

@T("lab_report", "lab_report", 2)
def t_lab(r):
    d = Doc(); p = person(r)
    d("QUESTLINE DIAGNOSTICS                     FINAL REPORT\n")
    d("Patient Name : ", L("PERSON", p.upper_last_first), "\n")
    d("DOB / Sex    : ", L("DATE_OF_BIRTH", dob(r, ("us", "hl7", "iso"))[0]), " / ", "F" if p.female else "M", "\n")
    d("Patient ID   : ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "      Accession: ", _letters(r, 2), _digits(r, 8), "\n")
    d("Ordering     : ", L("PERSON", gp(r)), ", MD   NPI ", "1" + _digits(r, 9), "\n")
    d("Collected    : ", ts(r, 2025).replace("T", " "), "   Received: ", ts(r, 2025).replace("T", " "), "\n")
    d("Clinical info: ", L("DIAGNOSIS", r.choice(DIAG)), "; on ", L("MEDICATION", r.choice(MEDS)), "\n\n")
    d("TEST                          RESULT     FLAG  UNITS        REF RANGE\n")
    rows = [("HbA1c", "%.1f" % r.uniform(5, 9.5), "%", "4.0-5.6"), ("Glucose, fasting", str(r.randint(70, 190)), "mg/dL", "70-99"),
            ("TSH", "%.2f" % r.uniform(0.2, 8), "mIU/L", "0.45-4.50"), ("Creatinine", "%.2f" % r.uniform(0.6, 2.1), "mg/dL", "0.57-1.00"),
            ("eGFR", str(r.randint(35, 110)), "mL/min/1.73", ">59"), ("LDL-C", str(r.randint(60, 190)), "mg/dL", "0-99"),
            ("Hemoglobin", "%.1f" % r.uniform(9, 16), "g/dL", "11.1-15.9"), ("Ferritin", str(r.randint(5, 300)), "ng/mL", "15-150")]
    for t_, v, u, rr in r.sample(rows, 5):
        d("%-29s %-10s %-5s %-12s %s\n" % (t_, v, pick(r, "", "H", "", "L"), u, rr))
    d("\nComment: Specimen slightly haemolysed. Method ref LOINC 4548-4. Reference intervals per CLSI EP28-A3c.\n")
    d("Verified by: ", L("PERSON", gp(r)), ", MT(ASCP)   CLIA 05D", _digits(r, 7), "\n")
    return d

def hl7_name(p):
    return p.family.upper() + "^" + p.given.upper() + ("^" + p.mid if p.mid else "")

@T("hl7_adt", "hl7", 3)
def t_hl7(r):
    d = Doc(); p = person(r); sep = r.choice(["\r", "\n"])
    ctl = _digits(r, 10)
    d("MSH|^~\\&|EPICADT|SBRMC|HRSYNC|OCCHEALTH|", ts(r, 2025).replace("-", "").replace(":", "").replace("T", ""), "||ADT^", pick(r, "A01", "A04", "A08"), "|", ctl, "|P|2.5.1", sep)
    d("EVN||", fdate(*rdate(r, 2025, 2025), "hl7"), "0930", sep)
    a, _ = addr(r, "US")
    l1, rest = a.split(", ", 1)
    city, stz = rest.split(", ")
    stt, z = stz.split(" ")
    y, m, dd = rdate(r)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", "%08d" % r.randint(10 ** 6, 10 ** 8 - 1)), "^^^SBRMC^MR||", L("PERSON", hl7_name(p)), "||", L("DATE_OF_BIRTH", fdate(y, m, dd, "hl7")), "|", "F" if p.female else "M", "|||",
      L("ADDRESS", l1 + "^^" + city + "^" + stt + "^" + z), "^USA||", L("PHONE", phone(r, "US")), "|||S||", _digits(r, 9), "|", sep)
    nk = person(r, p.origin)
    d("NK1|1|", L("PERSON", hl7_name(nk)), "|", pick(r, "SPO^Spouse", "PAR^Parent", "SIB^Sibling"), "||", L("PHONE", phone(r, "US")), sep)
    d("PV1|1|I|4W^412^B^SBRMC||||", "1" + _digits(r, 9), "^", L("PERSON", gp(r).split(" ")[-1].upper()), "^", L("PERSON", person(r).given.upper()), "|||MED||||1|||||", _digits(r, 8), sep)
    dx = r.choice(DIAG)
    d("DG1|1||", pick(r, "E11.9", "I10", "J45.909", "F33.1", "K50.90"), "^", L("DIAGNOSIS", dx), "^I10||", fdate(*rdate(r, 2025, 2025), "hl7"), "|A", sep)
    plan = r.choice(PLANS)
    d("IN1|1|", pick(r, "PPO01", "HMO22"), "|", _digits(r, 5), "|", plan, "|||", _digits(r, 6), "||||||||", L("PERSON", hl7_name(p)), "|SEL|", L("DATE_OF_BIRTH", fdate(y, m, dd, "hl7")), "||||||||||||||||||", L("HEALTH_PLAN_ID", member_id(r)), sep)
    return d

@T("fhir_bundle", "fhir_json", 4)
def t_fhir(r):
    d = Doc(); p = person(r); medicare = r.random() < .4
    a, _ = addr(r, "US")
    l1 = a.split(", ")[0]
    y, m, dd = rdate(r, 1940 if medicare else 1960, 1958 if medicare else 2003)
    pid = uuid(r)
    entries = [{"resource": {"resourceType": "Patient", "id": pid,
                             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.%d.1" % r.randint(100, 9999), "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
                             "name": [{"use": "official", "family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
                             "telecom": [{"system": "phone", "value": L("PHONE", phone(r, "US"))}, {"system": "email", "value": L("EMAIL", email(r, p))}],
                             "gender": "female" if p.female else "male", "birthDate": L("DATE_OF_BIRTH", fdate(y, m, dd, "iso")),
                             "address": [{"line": [L("ADDRESS", l1)], "city": a.split(", ")[1], "postalCode": a.split(" ")[-1]}]}},
               {"resource": {"resourceType": "Coverage", "status": "active", "beneficiary": {"reference": "Patient/" + pid},
                             "payor": [{"display": "Centers for Medicare & Medicaid Services" if medicare else r.choice(PLANS)}],
                             "subscriberId": L("US_MBI", mbi(r)) if medicare else L("HEALTH_PLAN_ID", member_id(r)),
                             "class": [{"type": {"text": "group"}, "value": _digits(r, 6)}]}},
               {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                             "verificationStatus": {"coding": [{"code": "confirmed"}]},
                             "code": {"text": L("DIAGNOSIS", r.choice(DIAG))}, "subject": {"reference": "Patient/" + pid}}},
               {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                             "code": {"text": pick(r, "Pulmonary embolism", "Appendicitis", "Meningitis")}, "subject": {"reference": "Patient/" + pid}}},
               {"resource": {"resourceType": "MedicationStatement", "status": "active",
                             "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(MEDS))}, "subject": {"reference": "Patient/" + pid},
                             "dosage": [{"text": pick(r, "1 tablet daily", "2 puffs every 4 hours as needed", "inject 40 mg every 2 weeks")}]}}]
    jemit(d, {"resourceType": "Bundle", "type": "collection", "timestamp": ts(r, 2025) + "Z", "entry": entries})
    d("\n")
    return d

@T("travel_med_declaration", "clinical_note", 2)
def t_travelmed(r):
    d = Doc(); p = person(r)
    d("Fernway Travel Insurance — Pre-existing Medical Conditions Screening\nPolicy ", "FTI-", _digits(r, 8), "   Trip: ", pick(r, "Lisbon → Cape Town", "Toronto → Kyoto", "Manchester → Bali", "Austin → Reykjavík"), "\n\n")
    d("Traveller: ", L("PERSON", p.western), " (born ", L("DATE_OF_BIRTH", dob(r, ("dlong", "long"))[0]), ")\n")
    d("Q1 Have you been diagnosed with a heart condition? ", pick(r, "No", "No"), "\n")
    d("Q2 Any other condition treated in the last 2 years? Yes — ", L("DIAGNOSIS", r.choice(DIAG)), ", controlled with ", L("MEDICATION", r.choice(MEDS)), ".\n")
    d("Q3 Awaiting tests or referral? No. (Previous suspicion of ", pick(r, "sarcoidosis", "lymphoma", "glaucoma"), " was excluded in ", str(r.randint(2019, 2024)), ".)\n")
    d("Q4 Medication carried abroad: ", L("MEDICATION", r.choice(MEDS)), " (", str(r.randint(1, 3)), " boxes), letter from GP attached.\n")
    d("Screening outcome: covered, additional premium GBP ", money(r, 10, 90), ". Emergency assistance line ", L("PHONE", phone(r, "UK")), " (24/7).\n")
    return d

@T("medicare_intake", "clinical_note", 2)
def t_medicare(r):
    d = Doc(); p = person(r, pick(r, "anglo", "mexican", "korean", "hawaiian", "arabic", "russian"))
    d("Annual Wellness Visit — intake\nPatient ", L("PERSON", p.western), ", DOB ", L("DATE_OF_BIRTH", dob(r, ("us", "us1"), 1935, 1958)[0]), "\n")
    d("Medicare MBI: ", L("US_MBI", mbi(r)), "   Secondary: ", r.choice(PLANS), " member ", L("HEALTH_PLAN_ID", member_id(r)), "\n")
    d("HICN on old card (retired, not used for billing): none on file\n")
    d("Problem list: ", L("DIAGNOSIS", r.choice(DIAG)), "; ", L("DIAGNOSIS", r.choice(DIAG)), ". Falls screen negative. PHQ-2 score 0, no depression.\n")
    d("Meds reconciled: ", L("MEDICATION", r.choice(MEDS)), ", ", L("MEDICATION", r.choice(MEDS)), ". Declined shingles vaccine today.\n")
    d("Caregiver: ", L("PERSON", person(r, p.origin).western), ", ", L("PHONE", phone(r, "US")), "\n")
    return d

@T("uk_fit_note", "clinical_note", 2)
def t_fitnote(r):
    d = Doc(); p = person(r, pick(r, "anglo", "pakistani", "akan", "polish", "indian", "greek"))
    d("Statement of Fitness for Work (fit note) — transcribed for HR file\n")
    d("Patient's name: ", pick(r, "Mr ", "Ms ", "Mrs ", "Mx "), L("PERSON", p.western), "\nNHS number: ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d("I assessed your case on: ", fdate(*rdate(r, 2025, 2025), "dlong"), "\nbecause of the following condition(s): ", L("DIAGNOSIS", r.choice(DIAG)), "\n")
    d("[x] you may be fit for work taking account of the following advice: altered hours, workplace adaptations\n")
    d("This will be the case for ", str(r.randint(2, 8)), " weeks.\nDoctor: Dr ", L("PERSON", gp(r)), ", ", pick(r, "Meadowbank Surgery", "Riverside Medical Practice", "Castlegate Health Centre"), "\n")
    d("HR note: do not confuse with the old reference ", bad_nhs(r), " from the 2019 absence export (not an NHS number).\n")
    return d

@T("wellbeing_newsletter", "free_text", 2)
def t_wellbeing(r):
    d = Doc()
    d(pick(r, "May is Mental Health Awareness Month", "Wellbeing Wednesday: Know the Signs"), "\n\n")
    d("Around one in five adults experiences a mental health condition such as depression or generalised anxiety disorder in any given year. ")
    d("Type 2 diabetes affects more than 38 million Americans, and many do not know they have it. Our Employee Assistance Programme (EAP) offers six free counselling sessions.\n\n")
    d("Research corner: a 2023 cohort study found that metformin users had lower rates of long COVID; another trial compared sertraline with escitalopram. ")
    d("Parkinson's law says work expands to fill the time available — so block your lunch break. Q3 was a real headache for the Payments team, and the Great Depression chart in the all-hands was a joke, not a diagnosis.\n\n")
    d("Flu clinics: 14 Oct (Denver), 16 Oct (Leeds), 21 Oct (Pune). Bring your benefits card; no appointment needed. Alzheimer's Society fundraiser on Giving Tuesday.\n")
    return d

# ---------------- structured
@T("payroll_csv", "csv", 2)
def t_payroll(r):
    d = Doc(); eu = r.random() < .4
    if eu:
        delim = r.choice([";", ","])
        crow(d, ["personnel_no", "nachname", "vorname", "geburtsdatum", "iban", "steuer_id", "brutto_eur", "kostenstelle"], delim)
        for _ in range(r.randint(3, 6)):
            p = person(r, pick(r, "german", "turkish", "polish", "italian", "greek", "serbian"))
            crow(d, ["P" + _digits(r, 5), L("PERSON", p.family), L("PERSON", p.given), L("DATE_OF_BIRTH", dob(r, ("dot",))[0]),
                     L("IBAN", iban(r, "DE")), L("DE_TAX_ID", steuer(r, spaced=False)), money(r, 2800, 9000).replace(".", ","), "KST-" + _digits(r, 4)], delim)
    else:
        crow(d, ["emp_id", "first_name", "last_name", "ssn", "dob", "pay_date", "gross", "net", "routing", "acct_last4", "work_state"])
        for _ in range(r.randint(3, 6)):
            p = person(r)
            masked = r.random() < .3
            crow(d, [str(r.randint(10000, 99999)), L("PERSON", p.given), L("PERSON", p.family), ("***-**-" + _digits(r, 4)) if masked else L("US_SSN", ssn(r)),
                     L("DATE_OF_BIRTH", dob(r, ("iso", "us"))[0]), fdate(*rdate(r, 2025, 2025), "iso"), money(r, 1500, 9000), money(r, 1000, 6000),
                     "0" + _digits(r, 8), _digits(r, 4), r.choice(["CA", "TX", "NY", "WA", "IL", "CO"])])
    return d

@T("zendesk_export", "csv", 1)
def t_zendesk(r):
    d = Doc()
    crow(d, ["Id", "Subject", "Requester", "Requester email", "Status", "Priority", "Created at", "Tags", "Description"])
    for _ in range(r.randint(3, 5)):
        p = person(r); tid = str(r.randint(40000, 99999))
        kind = r.randint(0, 4)
        if kind == 0:
            desc = M("Hi, my order #", "OC-" + _digits(r, 8), " never arrived. Call me on ", L("PHONE", phone(r)), " please")
        elif kind == 1:
            a, _ = addr(r)
            desc = M("Please update shipping address to ", L("ADDRESS", a), ". Thanks, ", L("PERSON", p.given))
        elif kind == 2:
            desc = M("App crashes on launch since v", "%d.%d.%d" % (r.randint(3, 9), r.randint(0, 20), r.randint(0, 9)), " (build ", _digits(r, 5), ")")
        elif kind == 3:
            desc = M("Charged twice, card ending ", _digits(r, 4), ". Refund ref RF", _digits(r, 9))
        else:
            desc = M("Delete my account and all data under CCPA. Registered email is ", L("EMAIL", email(r, p)), ".")
        crow(d, [tid, pick(r, "Where is my order?", "Address change", "Crash on startup", "Double charge", "Account deletion"),
                 L("PERSON", p.western), L("EMAIL", email(r, p)), pick(r, "open", "pending", "solved"), pick(r, "normal", "high", "low"),
                 ts(r, 2025) + "Z", pick(r, "shipping vip", "billing", "mobile android", "privacy dsr", ""), desc])
    return d

@T("crm_marketing_list", "tsv", 2)
def t_crm(r):
    d = Doc()
    crow(d, ["contact_id", "full_name", "email", "phone", "company", "job_title", "city", "country", "consent", "last_campaign"], "\t")
    for _ in range(r.randint(4, 7)):
        p = person(r)
        crow(d, ["c_" + hexs(r, 10), L("PERSON", p.full), L("EMAIL", email(r, p, corp=r.random() < .3)), L("PHONE", phone(r)) if r.random() < .7 else "",
                 pick(r, "Ferrari N.V.", "Dell Technologies", "Johnson & Johnson", "Siemens Healthineers", "Hugo Boss AG", "Tim Hortons", "Walt Disney Co.", "Mitsubishi Estate"),
                 pick(r, "VP Procurement", "Head of Travel", "HR Director", "Finance Manager", "Chief of Staff", "Office Manager"),
                 pick(r, "Lyon", "Osaka", "Accra", "Monterrey", "Kraków", "Bergen", "Pune", "Toronto"), pick(r, "FR", "JP", "GH", "MX", "PL", "NO", "IN", "CA"),
                 pick(r, "opt_in", "double_opt_in", "unsubscribed"), pick(r, "Q2 Spring Sale", "Black Friday 2024", "Webinar: Duty of Care")], "\t")
    return d

@T("expense_export", "tsv", 1)
def t_expense(r):
    d = Doc()
    withnames = r.random() < .5
    crow(d, (["report_id", "employee"] if withnames else ["report_id", "cost_center"]) + ["txn_date", "merchant", "category", "amount", "currency", "card", "receipt"], "\t")
    for _ in range(r.randint(4, 7)):
        crow(d, ["ER-" + _digits(r, 6), L("PERSON", person(r).western) if withnames else "CC-" + _digits(r, 4), fdate(*rdate(r, 2025, 2025), "iso"),
                 pick(r, "Marriott Marquis", "Hilton Garden Inn", "Uber *TRIP", "Pret A Manger", "Lufthansa", "Hertz", "McDonald's", "WHSmith", "Trader Joe's", "Dean & DeLuca"),
                 pick(r, "Lodging", "Ground transport", "Meals", "Airfare", "Car rental"), money(r, 4, 800), pick(r, "USD", "EUR", "GBP"),
                 "XXXX-XXXX-XXXX-" + _digits(r, 4), pick(r, "attached", "missing", "attached")], "\t")
    return d

@T("intercom_conversation", "json", 2)
def t_intercom(r):
    d = Doc(); p = person(r)
    agent = person(r)
    parts = [{"part_type": "comment", "author": {"type": "user", "name": L("PERSON", p.western)},
              "body": M("<p>Hi, I can't log in since the update. My account email is ", L("EMAIL", email(r, p)), "</p>"), "created_at": r.randint(1700000000, 1735000000)},
             {"part_type": "comment", "author": {"type": "admin", "name": L("PERSON", agent.given)},
              "body": M("<p>Thanks ", L("PERSON", p.given), "! Could you confirm the phone number on the account?</p>"), "created_at": r.randint(1700000000, 1735000000)},
             {"part_type": "comment", "author": {"type": "user", "name": L("PERSON", p.western)},
              "body": M("<p>It's ", L("PHONE", phone(r)), "</p>"), "created_at": r.randint(1700000000, 1735000000)}]
    obj = {"type": "conversation", "id": str(r.randint(10 ** 11, 10 ** 12)), "created_at": r.randint(1700000000, 1735000000),
           "source": {"delivered_as": "customer_initiated", "author": {"type": "user", "id": hexs(r, 24), "email": L("EMAIL", email(r, p))}},
           "contacts": {"contacts": [{"type": "contact", "id": hexs(r, 24), "external_id": "usr_" + _digits(r, 7)}]},
           "custom_attributes": {"app_version": "%d.%d.%d" % (r.randint(2, 7), r.randint(0, 30), r.randint(0, 9)), "plan": pick(r, "Pro", "Starter", "Business"),
                                 "last_seen_ip": L("IP_ADDRESS", ip(r)), "location": pick(r, "Nairobi, KE", "Porto, PT", "Busan, KR", "Tulsa, US")},
           "conversation_parts": {"conversation_parts": parts, "total_count": 3}}
    jemit(d, obj, indent=r.choice([2, 4])); d("\n")
    return d

@T("freshdesk_tickets", "json", 1)
def t_freshdesk(r):
    d = Doc(); out = []
    for _ in range(r.randint(2, 3)):
        p = person(r)
        a, _ = addr(r)
        out.append({"id": r.randint(1000, 99999), "subject": pick(r, "Refund for cancelled stay", "Change passenger name", "Invoice copy needed"),
                    "requester": {"name": L("PERSON", p.full), "email": L("EMAIL", email(r, p)), "phone": L("PHONE", phone(r)) if r.random() < .6 else None},
                    "custom_fields": {"cf_booking_ref": _letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "cf_billing_address": L("ADDRESS", a) if r.random() < .6 else "",
                                      "cf_sku": "SKU-" + _digits(r, 6) + "-" + _letters(r, 2)},
                    "status": r.randint(2, 5), "created_at": ts(r, 2025) + "Z", "tags": ["travel", pick(r, "refund", "name-change", "invoice")]})
    jemit(d, {"tickets": out, "page": 1, "per_page": 30}, indent=2); d("\n")
    return d

@T("pnr_record", "json", 3)
def t_pnr(r):
    d = Doc()
    pax = []
    for i in range(r.randint(1, 3)):
        country = pcountry(r)
        p = person(r)
        _, num, typ = passport(r, country)
        y, m, dd = rdate(r, 1950, 2020)
        pax.append({"paxId": "P%d" % (i + 1), "name": M(L("PERSON", p.family.upper() + "/" + p.given.upper()), pick(r, " MS" if p.female else " MR", "", " MRS" if p.female else " MSTR")),
                    "type": "ADT", "ssr": [{"code": "DOCS", "text": M("HK1/P/", COUNTRY_ISO3[country], "/", L(typ, num), "/", COUNTRY_ISO3[country], "/",
                                                                          L("DATE_OF_BIRTH", fdate(y, m, dd, "pnr")), "/", "F" if p.female else "M", "/",
                                                                          fdate(*rdate(r, 2027, 2034), "pnr"), "/", L("PERSON", p.family.upper()), "/", L("PERSON", p.given.upper()))}],
                    "apis": {"documentType": "P", "documentNumber": L(typ, num), "issuingCountry": COUNTRY_ISO3[country],
                             "dateOfBirth": L("DATE_OF_BIRTH", fdate(y, m, dd, "iso")), "expiry": fdate(*rdate(r, 2027, 2034), "iso")}})
    lead = person(r)
    obj = {"recordLocator": _letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ"), "created": ts(r, 2025) + "Z", "pos": {"agency": "QUAYLINE TRAVEL", "iata": _digits(r, 8)},
           "segments": [{"flight": "%s%d" % (pick(r, "LH", "BA", "EK", "NH", "ET", "AF", "QR"), r.randint(10, 999)), "from": pick(r, "FRA", "LHR", "DXB", "HND", "ADD", "CDG"),
                         "to": pick(r, "JFK", "NRT", "LOS", "GRU", "SIN", "YYZ"), "dep": ts(r, 2025), "class": pick(r, "Y", "J", "W")}],
           "passengers": pax,
           "contact": {"email": L("EMAIL", email(r, lead)), "phone": L("PHONE", phone(r))},
           "ticketing": {"tkt": "%s-%s" % (pick(r, "220", "125", "176"), _digits(r, 10)), "fop": "CC" + pick(r, "VI", "CA", "AX") + "XXXXXXXXXXXX" + _digits(r, 4)}}
    jemit(d, obj, indent=2); d("\n")
    return d

@T("crash_reports", "ndjson", 2)
def t_crash(r):
    d = Doc()
    for _ in range(r.randint(4, 7)):
        withuser = r.random() < .5
        ev = {"event": "app_crash", "ts": ts(r, 2025) + "." + _digits(r, 3) + "Z", "app": "com.orbitcart.shopper", "app_version": "%d.%d.%d (%d)" % (r.randint(4, 6), r.randint(0, 40), r.randint(0, 9), r.randint(10000, 99999)),
              "os": pick(r, "Android 14 (API 34)", "iOS 17.6.1", "Android 13 (API 33)", "iPadOS 18.0"), "device": pick(r, "Pixel 8", "SM-S918B", "iPhone15,3", "moto g54"),
              "device_id": uuid(r), "ip": L("IP_ADDRESS", ip(r)), "exception": pick(r, "java.lang.NullPointerException at CartViewModel.kt:212", "EXC_BAD_ACCESS KERN_INVALID_ADDRESS 0x0000000000000010", "OutOfMemoryError: Failed to allocate 4194316 byte"),
              "breadcrumbs": pick(r, "open_cart>apply_coupon>checkout", "login>home>search", "push_open>pdp>add_to_cart")}
        if withuser:
            ev["user"] = {"id": "u_" + _digits(r, 8), "email": L("EMAIL", email(r))}
        jemit(d, ev, compact=True); d("\n")
    return d

@T("analytics_events", "ndjson", 2)
def t_analytics(r):
    d = Doc()
    pii = r.random() < .6
    for _ in range(r.randint(5, 8)):
        ev = {"type": pick(r, "track", "screen", "identify", "track"), "event": pick(r, "Search Performed", "Booking Started", "Seat Selected", "Promo Viewed"),
              "anonymousId": uuid(r), "timestamp": ts(r, 2025) + "Z", "context": {"app": {"version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 30)), "build": str(r.randint(1000, 9999))},
              "library": {"name": "analytics-ios", "version": "4.1.%d" % r.randint(0, 9)}, "os": {"name": pick(r, "iOS", "Android"), "version": pick(r, "17.5", "14", "18.1")},
              "locale": pick(r, "de-DE", "ja-JP", "en-GB", "pt-BR", "sw-KE")},
              "properties": {"origin": pick(r, "MUC", "KIX", "NBO", "GIG"), "destination": pick(r, "BCN", "ICN", "ACC", "LIS"), "fare": float(money(r, 40, 900))}}
        if pii:
            ev["context"]["ip"] = L("IP_ADDRESS", ip(r))
            if ev["type"] == "identify":
                p = person(r)
                ev["traits"] = {"name": L("PERSON", p.western), "email": L("EMAIL", email(r, p))}
        else:
            ev["context"]["ip"] = "0.0.0.0"
        jemit(d, ev, compact=True); d("\n")
    return d

@T("hris_onboarding_yaml", "yaml", 2)
def t_hris_yaml(r):
    d = Doc(); p = person(r)
    a, cc = addr(r, pick(r, "US", "UK", "DE", "NL", "IE", "CA", "PL"), multiline=True)
    d("# exported from BrindleHR  schema v", "%d.%d" % (r.randint(2, 4), r.randint(0, 9)), "\n")
    d("employee:\n  id: EMP-", _digits(r, 6), "\n  legal_name: ", L("PERSON", p.full), "\n  preferred_name: ", L("PERSON", p.given), "\n")
    d("  date_of_birth: ", L("DATE_OF_BIRTH", dob(r, ("iso",))[0]), "\n  personal_email: ", L("EMAIL", email(r, p)), "\n  mobile: \"", L("PHONE", phone(r)), "\"\n")
    d("  home_address: |\n    ", L("ADDRESS", a.replace("\n", "\n    ")), "\n")
    d("  start_date: ", fdate(*rdate(r, 2025, 2025), "iso"), "\n  title: ", pick(r, "Senior Data Engineer", "Travel Consultant II", "Recruiter", "Store Manager"), "\n")
    d("  manager: ", L("PERSON", person(r).western), "\n")
    if cc == "UK":
        d("  ni_number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    elif cc == "US":
        d("  ssn: \"", L("US_SSN", ssn(r)), "\"\n")
    elif cc == "DE":
        d("  steuer_id: \"", L("DE_TAX_ID", steuer(r)), "\"\n")
    d("  bank:\n    iban: ", L("IBAN", iban(r, {"UK": "GB", "US": "NL", "DE": "DE", "NL": "NL", "IE": "IE", "CA": "FR", "PL": "PL"}[cc])), "\n    bic: ", _letters(r, 6), "2L\n")
    d("  benefits:\n    medical_plan: ", r.choice(PLANS), "\n    member_id: ", L("HEALTH_PLAN_ID", member_id(r)), "   # from carrier feed\n")
    d("  emergency_contact:\n    name: ", L("PERSON", person(r).western), "\n    phone: \"", L("PHONE", phone(r)), "\"\n")
    d("  equipment: [\"MacBook Pro 14 M3\", \"YubiKey 5C NFC\"]\n")
    return d

@T("k8s_manifest", "yaml", 2)
def t_k8s(r):
    d = Doc()
    d("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ", pick(r, "payments-api", "booking-engine", "crash-ingest"), "\n  namespace: prod\n  labels:\n    app.kubernetes.io/version: \"", version_ip_like(r), "\"\n")
    d("    helm.sh/chart: service-", "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "\nspec:\n  replicas: ", str(r.randint(2, 12)), "\n  template:\n    spec:\n      containers:\n")
    d("        - name: app\n          image: ", str(r.randint(100000000000, 999999999999)), ".dkr.ecr.eu-west-1.amazonaws.com/app@sha256:", hexs(r, 64), "\n")
    d("          env:\n            - name: JAVA_OPTS\n              value: \"-Xmx2g -XX:+UseG1GC\"\n            - name: OTEL_EXPORTER_OTLP_ENDPOINT\n              value: http://otel-collector.observability:4317\n")
    d("            - name: BIND_ADDR\n              value: \"0.0.0.0:8080\"\n          resources: {limits: {cpu: \"2\", memory: 4Gi}}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec:\n  ingress:\n    - from:\n        - ipBlock:\n            cidr: ")
    d("10.", str(r.randint(0, 200)), ".0.0/16\n        - ipBlock:\n            cidr: 172.", str(r.randint(16, 31)), ".0.0/12\n  # OID arc for our PEN: 1.3.6.1.4.1.", str(r.randint(10000, 60000)), ".1.2\n")
    return d

@T("sku_inventory", "csv", 1)
def t_inventory(r):
    d = Doc()
    crow(d, ["sku", "ean13", "description", "supplier", "warehouse", "qty_on_hand", "unit_cost", "last_count"])
    for _ in range(r.randint(5, 8)):
        crow(d, ["%s-%04d-%s" % (_letters(r, 3), r.randint(0, 9999), pick(r, "BLK", "NAT", "XL", "S")), "40" + _digits(r, 11),
                 pick(r, "Travel adapter, universal", "Packing cube set (3)", "Merino neck pillow", "Duty-free tote, large", "Passport wallet RFID"),
                 pick(r, "Victorinox AG", "Samsonite", "Tumi Inc.", "Eddie Bauer", "Calvin Klein", "Ralph Lauren Corp."),
                 pick(r, "Memphis TN DC", "Venlo NL", "Tilbury UK"), str(r.randint(0, 4000)), money(r, 2, 60), fdate(*rdate(r, 2025, 2025), "iso")])
    return d

@T("dsar_export", "json", 1)
def t_dsar_export(r):
    d = Doc(); p = person(r)
    a, _ = addr(r)
    obj = {"request_id": "DSAR-" + _digits(r, 6), "regulation": pick(r, "GDPR Art. 15", "CCPA §1798.110", "UK GDPR Art. 15"), "generated_at": ts(r, 2025) + "Z",
           "subject": {"name": L("PERSON", p.full), "emails": [L("EMAIL", email(r, p)), L("EMAIL", email(r, p))], "phone": L("PHONE", phone(r)),
                       "date_of_birth": L("DATE_OF_BIRTH", dob(r, ("iso",))[0]), "postal_address": L("ADDRESS", a)},
           "bookings": [{"ref": _letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ"), "hotel": pick(r, "Kestrel Stay Oslo", "Kestrel Stay Kyoto"), "nights": r.randint(1, 6)}],
           "payment_methods": [{"brand": pick(r, "visa", "mastercard"), "last4": _digits(r, 4), "exp": "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31))}],
           "login_history": [{"ts": ts(r, 2025) + "Z", "ip": L("IP_ADDRESS", ip(r)), "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"} for _ in range(2)],
           "marketing": {"newsletter": False, "segments": ["lapsed_q3", "loyalty_silver"]}}
    jemit(d, obj); d("\n")
    return d

@T("build_metrics_csv", "csv", 1)
def t_metrics(r):
    d = Doc()
    crow(d, ["pipeline_id", "commit", "branch", "started_at", "duration_s", "tests_passed", "tests_failed", "artifact_version", "runner_ip_range"])
    for _ in range(r.randint(5, 8)):
        crow(d, [str(r.randint(1000000, 9999999)), hexs(r, 40), pick(r, "main", "release/2025.11", "feat/pnr-sync"), str(r.randint(1730000000, 1760000000)),
                 str(r.randint(60, 3000)), str(r.randint(400, 9000)), str(r.randint(0, 5)), version_ip_like(r), "10.%d.0.0/20" % r.randint(0, 250)])
    return d

# ---------------- logs
def logts(r):
    return ts(r, 2025).replace("T", " ") + "," + _digits(r, 3)

@T("newsletter_bounces", "log", 2)
def t_bounce(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        kind = r.randint(0, 3)
        t = "%s %2d %02d:%02d:%02d" % (pick(r, "Nov", "Dec", "Jan"), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        qid = hexs(r, 10).upper()
        if kind == 0:
            d(t, " mta-03 postfix/smtp[", str(r.randint(1000, 40000)), "]: ", qid, ": to=<", L("EMAIL", email(r)), ">, relay=mx.", pick(r, "web.de", "orange.fr", "naver.com"), "[", L("IP_ADDRESS", ip(r, "pub")), "]:25, delay=", "%.1f" % r.uniform(0.2, 9), ", dsn=5.1.1, status=bounced (550 5.1.1 user unknown)\n")
        elif kind == 1:
            d(t, " mta-03 postfix/smtp[", str(r.randint(1000, 40000)), "]: ", qid, ": to=<", L("EMAIL", email(r)), ">, relay=none, delay=", str(r.randint(3600, 400000)), ", dsn=4.4.1, status=deferred (connect to ", L("IP_ADDRESS", ip(r, "doc")), "[25]: Connection timed out)\n")
        elif kind == 2:
            d(t, " campaign=", pick(r, "nov-newsletter-wk47", "black-friday-v2", "loyalty-q4"), " list_id=", _digits(r, 6), " event=complaint fbl=", pick(r, "yahoo", "outlook"), " rcpt=", L("EMAIL", email(r)), " action=suppressed\n")
        else:
            d(t, " mta-03 postfix/qmgr[", str(r.randint(1000, 40000)), "]: ", qid, ": from=<", L("EMAIL", "bounces+" + _digits(r, 7) + "@news." + r.choice(CORP)), ">, size=", str(r.randint(20000, 90000)), ", nrcpt=1 (queue active)\n")
    return d

@T("auth_kv_log", "log", 3)
def t_auth(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        k = r.randint(0, 3)
        d(ts(r, 2025), "Z level=", pick(r, "info", "warn", "info"), " svc=auth-gateway ver=", version_ip_like(r), " ")
        if k == 0:
            d("event=login_success user=", L("EMAIL", email(r, corp=r.random() < .5)), " src_ip=", L("IP_ADDRESS", ip(r)), " mfa=totp session=", hexs(r, 16), "\n")
        elif k == 1:
            d("event=login_failed user=", L("EMAIL", email(r)), " src_ip=", L("IP_ADDRESS", ip(r)), " reason=bad_password attempts=", str(r.randint(2, 9)), "\n")
        elif k == 2:
            d("event=token_refresh client_id=mobile-ios-", _digits(r, 4), " src_ip=", L("IP_ADDRESS", ip(r, "v6")), " ttl=3600\n")
        else:
            d("event=healthcheck src_ip=127.0.0.1 upstream=10.0.0.0/8 latency_ms=", str(r.randint(1, 40)), "\n")
    return d

@T("ci_pipeline_log", "log", 3)
def t_ci(r):
    d = Doc()
    d("Running with gitlab-runner 17.", str(r.randint(0, 5)), ".", str(r.randint(0, 3)), " (", hexs(r, 8), ")\n  on k8s-runner-", hexs(r, 5), ", system ID: r_", hexs(r, 12), "\n")
    d("Preparing environment\nUsing docker image sha256:", hexs(r, 64), " for node:20.", str(r.randint(1, 18)), ".", str(r.randint(0, 3)), "-alpine\n")
    d("$ npm ci\nadded ", str(r.randint(800, 2000)), " packages in ", str(r.randint(10, 90)), "s\n$ npm run build\n> orbitcart-web@", "%d.%d.%d" % (r.randint(3, 9), r.randint(0, 99), r.randint(0, 20)), " build\n")
    d("Bundle size: ", str(r.randint(300, 900)), ".", _digits(r, 2), " kB (gzip)\n$ terraform plan -out=tfplan\n  + aws_security_group_rule.ingress[\"office\"]\n      cidr_blocks = [\"", "10.", str(r.randint(0, 200)), ".0.0/16\"]\n")
    d("      + id = (known after apply)\n  ~ aws_db_instance.main engine_version = \"15.", str(r.randint(2, 8)), "\" -> \"16.", str(r.randint(1, 4)), "\"\nPlan: ", str(r.randint(1, 9)), " to add, ", str(r.randint(0, 4)), " to change, 0 to destroy.\n")
    d("Uploading artifacts... dist/: found ", str(r.randint(100, 900)), " matching artifact files\nJob succeeded in ", str(r.randint(60, 900)), ".", _digits(r, 3), "s (app version ", version_ip_like(r), ", OID 2.16.840.1.", str(r.randint(100000, 999999)), ".1)\n")
    return d

@T("nginx_access", "log", 2)
def t_nginx(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        path = pick(r, "/api/v2/bookings/%s" % _letters(r, 6), "/static/app.%s.js" % hexs(r, 8), "/account/profile", "/healthz", "/api/v2/search?from=LHR&to=NRT&d=2025-12-19")
        src = ip(r) if not path.startswith("/healthz") else None
        if src:
            d(L("IP_ADDRESS", src))
        else:
            d("127.0.0.1")
        d(" - - [", "%02d/%s/2025:%02d:%02d:%02d +0000" % (r.randint(1, 28), pick(r, "Oct", "Nov"), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), "] \"GET ", path, " HTTP/1.1\" ", pick(r, "200", "304", "404", "502"), " ", str(r.randint(120, 90000)), " \"-\" \"", pick(r, "OrbitCart/5.12.3 (iPhone; iOS 17.5.1)", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0.6478.126", "kube-probe/1.29"), "\" rt=0.", _digits(r, 3), "\n")
    return d

@T("payment_gateway_log", "log", 2)
def t_paylog(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        k = r.randint(0, 3)
        d(logts(r), " INFO  [pg-worker-", str(r.randint(1, 8)), "] ")
        if k == 0:
            d("auth ok order=ORD-", _digits(r, 10), " pan=", card(r)[:6], "******", _digits(r, 4), " amount=", money(r), " cur=EUR rrn=", _digits(r, 12), "\n")
        elif k == 1:
            d("3ds challenge order=ORD-", _digits(r, 10), " card=**** **** **** ", _digits(r, 4), " acs=", pick(r, "visa-secure", "mc-idcheck"), "\n")
        elif k == 2:
            d("decline code=14 invalid card number candidate=", luhn_bad("4", 16, r), " order=ORD-", _digits(r, 10), "\n")
        else:
            d("settlement batch=", _digits(r, 8), " count=", str(r.randint(10, 900)), " total=", money(r, 1000, 90000), " merchant=Kestrel Stay Ltd\n")
    if r.random() < .6:
        p = person(r)
        d(logts(r), " ERROR [pg-worker-2] unmasked payload rejected by schema: {\"holder\":\"", L("PERSON", p.western.upper()), "\",\"number\":\"", L("CREDIT_CARD", fmt_card(card(r), r, "plain")), "\",\"exp\":\"", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 30)), "\",\"billing_ip\":\"", L("IP_ADDRESS", ip(r)), "\"}\n")
    return d

@T("android_crash_log", "log", 2)
def t_logcat(r):
    d = Doc()
    pid = r.randint(2000, 30000)
    d("--------- beginning of crash\n")
    d("11-", str(r.randint(10, 28)), " 14:0", str(r.randint(0, 9)), ":", str(r.randint(10, 59)), ".", _digits(r, 3), " ", str(pid), " ", str(pid), " E AndroidRuntime: FATAL EXCEPTION: main\n")
    d("E AndroidRuntime: Process: com.fernway.air, PID: ", str(pid), "\nE AndroidRuntime: java.lang.IllegalStateException: Fragment SeatMapFragment not attached to a context.\n")
    for fn in ["SeatMapFragment.onSeatSelected(SeatMapFragment.kt:%d)" % r.randint(50, 400), "SeatAdapter$ViewHolder.bind(SeatAdapter.kt:%d)" % r.randint(20, 200), "android.os.Handler.dispatchMessage(Handler.java:106)"]:
        d("E AndroidRuntime:     at com.fernway.air.", fn, "\n")
    d("I ActivityManager: Process com.fernway.air (pid ", str(pid), ") has died: fg TOP\nI BuildInfo: versionName=", "%d.%d.%d" % (r.randint(5, 9), r.randint(0, 40), r.randint(0, 9)), " versionCode=", str(r.randint(100000, 999999)), " firmware=", version_ip_like(r), "\n")
    if r.random() < .5:
        d("D NetClient: POST https://api.fernwayair.com/v3/seat-hold from ", L("IP_ADDRESS", ip(r, "priv")), " took ", str(r.randint(100, 3000)), "ms\n")
    return d

@T("hris_audit_log", "log", 2)
def t_hraudit(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        actor = person(r); subj = person(r)
        k = r.randint(0, 3)
        d(ts(r, 2025), "Z audit actor=\"", L("PERSON", actor.western), "\" ")
        if k == 0:
            d("action=field_update employee=\"", L("PERSON", subj.western), "\" field=ssn old=***-**-", _digits(r, 4), " new=***-**-", _digits(r, 4), " ip=", L("IP_ADDRESS", ip(r, "priv10")), "\n")
        elif k == 1:
            d("action=export report=\"Headcount by cost centre\" rows=", str(r.randint(100, 4000)), " ip=", L("IP_ADDRESS", ip(r, "priv10")), "\n")
        elif k == 2:
            d("action=field_update employee=\"", L("PERSON", subj.western), "\" field=home_phone new=\"", L("PHONE", phone(r)), "\"\n")
        else:
            d("action=view_document employee=\"", L("PERSON", subj.western), "\" doc=offer_letter_v", str(r.randint(1, 4)), ".pdf\n")
    return d

@T("terraform_apply", "log", 2)
def t_tf(r):
    d = Doc()
    d("Terraform v1.", str(r.randint(5, 9)), ".", str(r.randint(0, 5)), "\non linux_amd64\n+ provider registry.terraform.io/hashicorp/aws v5.", str(r.randint(30, 80)), ".0\n\n")
    d("module.vpc.aws_subnet.private[0]: Refreshing state... [id=subnet-", hexs(r, 17), "]\n")
    d("module.vpc.aws_vpc.this: cidr_block = \"10.", str(r.randint(0, 250)), ".0.0/16\"\nmodule.rds.aws_db_instance.this: Modifications complete after ", str(r.randint(1, 9)), "m", str(r.randint(1, 59)), "s [id=db-", hexs(r, 26).upper(), "]\n")
    d("aws_route53_record.api: Creation complete [id=Z", _letters(r, 13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "_api.orbitcart.co_A]\n")
    d("\nApply complete! Resources: ", str(r.randint(0, 9)), " added, ", str(r.randint(0, 9)), " changed, 0 destroyed.\n\nOutputs:\nalb_dns = \"internal-orbit-", _digits(r, 10), ".eu-west-1.elb.amazonaws.com\"\nami_id = \"ami-0", hexs(r, 16), "\"\nschema_version = \"", version_ip_like(r), "\"\n")
    return d

# ---------------- email / chat / ticket
def hdr(d, r, frm, to, subj, frm_name=None):
    d("From: ")
    if frm_name: d(frm_name, " <", frm, ">")
    else: d(frm)
    d("\nTo: ", to, "\nDate: ", pick(r, "Mon", "Tue", "Wed", "Thu", "Fri"), ", ", str(r.randint(1, 28)), " ", pick(r, "Oct", "Nov", "Dec"), " 2025 ", "%02d:%02d:%02d" % (r.randint(7, 19), r.randint(0, 59), r.randint(0, 59)), " +0000\nSubject: ", subj, "\n\n")

@T("offer_letter_email", "email", 2)
def t_offer_email(r):
    d = Doc(); c = person(r); rec = person(r)
    hdr(d, r, L("EMAIL", rec.slug(r, "mosswood-staffing.com")), L("EMAIL", email(r, c)), "Your offer from Mosswood Staffing", L("PERSON", rec.western))
    a, _ = addr(r, pick(r, "US", "UK", "CA", "IE"), multiline=True)
    d("Dear ", L("PERSON", c.given), ",\n\nFollowing your interviews with the Talent team, we are delighted to offer you the role of ", pick(r, "Senior Recruiter", "Account Executive, EMEA", "Payroll Specialist"), ". ")
    d("The written offer will be posted to:\n\n", L("ADDRESS", a), "\n\n")
    d("Base salary: ", pick(r, "USD 84,000", "GBP 52,500", "CAD 91,000", "EUR 61,000"), " per annum; start date ", fdate(*rdate(r, 2026, 2026), "long"), ". ")
    d("The offer is conditional on right-to-work checks and two references. Your Workday candidate ID is C", _digits(r, 7), ".\n\n")
    d("Please call me on ", L("PHONE", phone(r)), " with any questions.\n\nBest regards,\n", L("PERSON", rec.western), "\nTalent Acquisition Partner\n")
    return d

@T("dsar_request_email", "email", 3)
def t_dsar(r):
    d = Doc(); p = person(r)
    lang = r.choice(["en", "en", "de", "fr", "es"])
    me = email(r, p)
    subj = {"en": pick(r, "Data Subject Access Request", "CCPA request to delete my personal information", "Right to erasure – Art. 17 GDPR"),
            "de": "Auskunftsersuchen nach Art. 15 DSGVO", "fr": "Demande d'accès à mes données (article 15 RGPD)", "es": "Solicitud de supresión de datos (art. 17 RGPD)"}[lang]
    hdr(d, r, L("EMAIL", me), L("EMAIL", "privacy@" + r.choice(CORP)), subj, L("PERSON", p.western))
    a, _ = addr(r, {"de": "DE", "fr": "FR", "es": "ES"}.get(lang))
    if lang == "en":
        d("To whom it may concern,\n\nUnder ", pick(r, "Article 15 of the GDPR", "the California Consumer Privacy Act", "the UK GDPR"), " I request a copy of all personal data you hold about me, including booking history, call recordings and marketing profiles.\n\n")
        d("To help you locate my records:\n- Full name: ", L("PERSON", p.full), "\n- Email(s) used: ", L("EMAIL", me), "\n- Phone: ", L("PHONE", phone(r)), "\n- Postal address: ", L("ADDRESS", a), "\n")
        if r.random() < .5:
            d("- Date of birth: ", L("DATE_OF_BIRTH", dob(r, ("dlong", "long", "eu"))[0]), "\n")
        d("- Loyalty number: KS", _digits(r, 9), "\n\nPlease respond within one month. I do not consent to you requesting a copy of my passport for identity verification.\n\nRegards,\n", L("PERSON", p.given), "\n")
    elif lang == "de":
        d("Sehr geehrte Damen und Herren,\n\nhiermit verlange ich Auskunft gemäß Art. 15 DSGVO über die zu meiner Person gespeicherten Daten.\n\n")
        d("Name: ", L("PERSON", p.western), "\nAnschrift: ", L("ADDRESS", a), "\nGeburtsdatum: ", L("DATE_OF_BIRTH", dob(r, ("dot", "de"))[0]), "\nKundennummer: ", _digits(r, 10), "\n\nMit freundlichen Grüßen\n", L("PERSON", p.western), "\n")
    elif lang == "fr":
        d("Madame, Monsieur,\n\nEn application de l'article 15 du RGPD, je vous prie de me communiquer l'ensemble des données me concernant.\n\n")
        d("Nom : ", L("PERSON", p.western), "\nAdresse : ", L("ADDRESS", a), "\nTéléphone : ", L("PHONE", phone(r, "FR")), "\n\nVeuillez agréer mes salutations distinguées.\n", L("PERSON", p.given), "\n")
    else:
        d("Estimados señores:\n\nSolicito la supresión de mis datos personales conforme al artículo 17 del RGPD.\n\n")
        d("Nombre: ", L("PERSON", p.western), "\nDNI: ", L("ES_DNI", dni(r)), "\nDomicilio: ", L("ADDRESS", a), "\n\nAtentamente,\n", L("PERSON", p.western), "\n")
    return d

@T("benefits_claim_email", "email", 2)
def t_claim_email(r):
    d = Doc(); p = person(r); hrp = person(r)
    hdr(d, r, L("EMAIL", email(r, p, corp=True)), L("EMAIL", "benefits@" + r.choice(CORP)), "Re: claim denied – can HR help?", L("PERSON", p.western))
    d("Hi ", L("PERSON", hrp.given), ",\n\nMy claim for my son's appointments was denied again. He was diagnosed with ", L("DIAGNOSIS", pick(r, "ADHD", "asthma", "coeliac disease", "epilepsy")), " in March and the specialist prescribed ", L("MEDICATION", r.choice(MEDS)), ". ")
    d("The EOB says 'member not found'. The member ID on my card is ", L("HEALTH_PLAN_ID", member_id(r)), " (", r.choice(PLANS), ", group ", _digits(r, 6), ").\n\n")
    d("Claim number ", _digits(r, 13), " for ", fdate(*rdate(r, 2025, 2025), "us"), ". Happy to jump on a call: ", L("PHONE", phone(r, "US")), ".\n\nThanks,\n", L("PERSON", p.given), "\n\n")
    d("> On ", fdate(*rdate(r, 2025, 2025), "long"), ", ", L("PERSON", hrp.western), " wrote:\n> Please send the EOB and your member ID and I'll escalate with the broker.\n")
    return d

@T("booking_confirmation_email", "email", 2)
def t_booking(r):
    d = Doc(); p = person(r)
    hdr(d, r, L("EMAIL", "no-reply@quayline.travel"), L("EMAIL", email(r, p)), "Booking confirmed – " + _letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ"), "Quayline Travel")
    d("Hello ", L("PERSON", p.given), ",\n\nYour trip is confirmed. Booking reference: ", _letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ"), "  |  e-ticket ", pick(r, "157", "220", "071"), "-", _digits(r, 10), "\n\n")
    d("Passengers\n")
    for i in range(r.randint(1, 3)):
        q = p if i == 0 else person(r, p.origin)
        country = pcountry(r)
        _, num, typ = passport(r, country)
        d("  ", L("PERSON", q.western), " — passport (", country, ") ", L(typ, num), ", DOB ", L("DATE_OF_BIRTH", dob(r, ("dmy", "iso"), 1950, 2020)[0]), "\n")
    d("\nOutbound ", pick(r, "ET 701 Addis Ababa → Washington", "NH 212 Tokyo Haneda → London", "AF 1148 Paris → Lisbon"), " on ", fdate(*rdate(r, 2026, 2026), "dmy"), "\n")
    d("Paid with card ending ", _digits(r, 4), ". Manage your booking in the app (v", "%d.%d" % (r.randint(5, 9), r.randint(0, 30)), ").\n\nQuayline Travel Ltd, registered in England no. ", _digits(r, 8), "\n")
    return d

@T("slack_hr_chat", "chat", 3)
def t_slack(r):
    d = Doc()
    a, b = person(r), person(r)
    k = r.randint(0, 2)
    def line(who, *rest):
        d("[", "%02d:%02d" % (r.randint(8, 18), r.randint(0, 59)), "] ", L("PERSON", who), ": ", *rest); d("\n")
    d("#", pick(r, "people-ops-private", "recruiting-emea", "store-managers"), "\n")
    if k == 0:
        c = person(r)
        line(a.given, "candidate for the Lisbon role is ", L("PERSON", c.western), ", can you ping her on WhatsApp ", L("PHONE", phone(r)), "?")
        line(b.given, "on it. her CV lists ", L("EMAIL", email(r, c)), " too")
        line(a.given, "great — offer band is L4, don't mention the Q3 headcount freeze")
    elif k == 1:
        e = person(r)
        line(a.given, "FYI ", L("PERSON", e.western), " is off until Friday, ", L("DIAGNOSIS", pick(r, "appendicitis", "pneumonia", "a herniated disc", "shingles")), ". please cover the Tuesday shift")
        line(b.given, "oh no, hope she's ok. is she on ", L("MEDICATION", pick(r, "amoxicillin", "prednisolone", "naproxen")), " or something? lol that's none of my business")
        line(a.given, "correct, it's not 🙂 just cover the shift")
    else:
        line(a.given, "release 2025.11.3 is tagged, build 48213, hotfix for the seat map crash")
        line(b.given, "nice. staging is at 10.40.2.0/24, prod flag flips at 16:00 UTC")
        line(a.given, "Martin Luther King Jr. Day freeze starts Jan 16 — let's ship before that")
    return d

@T("support_ticket", "ticket", 3)
def t_ticket(r):
    d = Doc(); p = person(r)
    a, _ = addr(r)
    d("Ticket #", str(r.randint(100000, 999999)), "  [", pick(r, "Billing", "Car rental", "Hotel", "Account"), "]  Priority: ", pick(r, "P2", "P3"), "\n")
    d("Requester: ", L("PERSON", p.western), " <", L("EMAIL", email(r, p)), ">\nChannel: ", pick(r, "web form", "email", "phone callback"), "\n\n")
    k = r.randint(0, 2)
    if k == 0:
        d("hi i was charged a damage fee for the car i returned in ", pick(r, "Denver", "Dublin", "Orlando"), ". my licence is ", pick(r, "from ", "issued in "))
        state, code, num = dl(r)
        d(state, ", number ", L("DRIVER_LICENSE", num), " if you need to find the rental. call back on ", L("PHONE", phone(r, "US")), "\n")
    elif k == 1:
        d("Please send the replacement key card invoice to my home address: ", L("ADDRESS", a), ". The company VAT no. is GB", _digits(r, 9), ".\n")
    else:
        d("I paid with ", L("CREDIT_CARD", fmt_card(card(r), r)), " exp ", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 30)), " and the booking still shows unpaid!! please fix\n")
    d("\n--- internal note (", L("PERSON", person(r).given), ") ---\n")
    d(pick(r, "Verified identity via last 4 of card. Refund issued, ref ", "Escalated to T2, order ", "Merged with duplicate, tracking 1Z"), _letters(r, 3), _digits(r, 12), ".\n")
    return d

@T("it_ticket_nopii", "ticket", 2)
def t_itticket(r):
    d = Doc()
    d("INC", _digits(r, 7), " | Sev ", pick(r, "3", "2"), " | Assignment group: Platform SRE\nShort description: ", pick(r, "VPN client 5.1.2.1048 fails on macOS 15", "Intermittent 502 from booking-engine", "Expired TLS cert on staging ingress"), "\n\n")
    d("Details: Affected range 10.", str(r.randint(0, 250)), ".16.0/20. Client build ", version_ip_like(r), " vs server ", version_ip_like(r), ". ")
    d("Change CHG", _digits(r, 7), " rolled back at ", ts(r, 2025), "Z. Error code 0x80070005. Dashboard panel id ", _digits(r, 9), ".\n")
    d("Workaround: clear the keychain item 'Corporate Wi-Fi (EAP-TLS)' and reboot. Related KB: KB", _digits(r, 7), ". Vendor case with Cisco Systems TAC #", _digits(r, 9), ".\n")
    return d

@T("marketing_newsletter", "email", 1)
def t_newsletter(r):
    d = Doc()
    d("Campaign preview (ESP export) — list: Loyalty EU+US, segment: lapsed 90d\nSubject: ", pick(r, "Winter Escapes from €89", "Your Presidents' Day deals are here"), "\nPreheader: Three nights, fourth on us\n\n")
    d(pick(r, "Hi there,", "Hello traveller,"), "\n\nThis Presidents' Day weekend, stay three nights at Kestrel Stay Charleston, Savannah or St. Augustine and get the fourth free. ")
    d("Prefer Europe? Our Lisbon Alfama and Kraków Kazimierz hotels reopen on St. Nicholas Day after renovation by Gensler.\n\n")
    d("Members save an extra 12% with code WINTER25 (valid ", fdate(*rdate(r, 2026, 2026), "long"), " – 28 Feb 2026). Offer SKU KS-PROMO-", _digits(r, 6), ".\n")
    d("Book at kestrelstay.com or call the reservations centre. Terms: subject to availability; excludes Christmas Day and New Year's Eve.\n\nYou are receiving this because you subscribed. Unsubscribe | View in browser | Privacy Policy\nKestrel Stay Hospitality Group, Dublin, Ireland\n")
    return d

# ---------------- free text / html
@T("offer_letter", "free_text", 1)
def t_offer_letter(r):
    d = Doc(); c = person(r); sig = person(r)
    a, _ = addr(r, pick(r, "US", "UK", "DE", "SG", "AU", "NL"), multiline=True)
    d("BRINDLE HR SOLUTIONS INC.\n\n", fdate(*rdate(r, 2025, 2025), "long"), "\n\nPRIVATE & CONFIDENTIAL\n", L("PERSON", c.full), "\n", L("ADDRESS", a), "\n\n")
    d("Dear ", L("PERSON", c.given), ",\n\nRe: Offer of Employment — ", pick(r, "Implementation Consultant", "Staff Accountant", "Customer Success Manager", "Site Reliability Engineer"), "\n\n")
    d("We are pleased to offer you employment with Brindle HR Solutions Inc. (the \"Company\"). Your annual base salary will be ", pick(r, "$96,500", "£58,000", "S$84,000", "A$118,000"), ", paid semi-monthly, and you will be eligible for the Company's 401(k) plan, Employee Stock Purchase Plan and ", pick(r, "Aetna", "Cigna", "Bupa"), " medical coverage from your first day.\n\n")
    d("This offer is contingent on satisfactory completion of a background check and on your providing documents establishing identity and employment authorisation. ")
    d("Your manager will be ", L("PERSON", person(r).western), ", Director of ", pick(r, "Client Services", "Finance", "Engineering"), ".\n\nSincerely,\n\n", L("PERSON", sig.western), "\nVP, People\n")
    return d

@T("performance_review", "free_text", 1)
def t_review(r):
    d = Doc(); e = person(r); m = person(r)
    d("FY2025 Performance Review — ", L("PERSON", e.western), "\nReviewer: ", L("PERSON", m.western), "   Rating: ", pick(r, "Exceeds", "Meets", "Strongly exceeds"), "\n\n")
    d("Strengths: ", L("PERSON", e.given), " led the migration of the Zendesk macros to the new Freshdesk instance and cut first-response time by ", str(r.randint(10, 45)), "%. ")
    d("Customers in the Nordics regularly name ", L("PERSON", e.given), " in CSAT comments.\n\n")
    d("Growth areas: the Q2 launch was a real headache and the team had a depression in morale after the reorg; ", L("PERSON", e.given), " should escalate earlier. ")
    d("Mentoring: paired with ", L("PERSON", person(r).western), " on the Oracle → Snowflake project.\n\n")
    if r.random() < .5:
        d("Note (HR only): reduced targets in H1 agreed due to ", L("DIAGNOSIS", pick(r, "long COVID", "a knee reconstruction after a rotator cuff tear", "post-partum depression")), "; not to be considered in calibration.\n")
    d("Goals FY2026: own the Salesforce Service Cloud rollout; complete the Dale Carnegie course.\n")
    return d

@T("meeting_notes", "free_text", 3)
def t_meeting(r):
    d = Doc()
    named = r.random() < .5
    d("Weekly Ops Sync — ", fdate(*rdate(r, 2025, 2025), "dlong"), "\n")
    if named:
        ps = [person(r) for _ in range(3)]
        d("Attendees: ")
        for i, p in enumerate(ps):
            if i: d(", ")
            d(L("PERSON", p.western))
        d("\n\n")
    else:
        d("Attendees: Ops leads (Dallas, Lisbon, Manila), Finance BP, Platform\n\n")
    d("1. Peak season readiness: Black Friday volumes forecast +38%; temp staffing via Mosswood ready by 17 Nov. Manila team moves to 24/7 coverage.\n")
    d("2. Vendor review: Hertz and Enterprise contracts renew Jan 1; Avis quote pending. Marriott Bonvoy corporate rates up 4.5%.\n")
    d("3. Incident retro: booking-engine v", version_ip_like(r), " memory leak; 214 bookings affected, order numbers ORD-", _digits(r, 10), " to ORD-", _digits(r, 10), ".\n")
    d("4. Office move: Lisbon team relocates to Avenida da Liberdade in March; Dallas lease at Cedar Springs ends June.\n")
    if named:
        d("\nActions:\n- ", L("PERSON", ps[0].given), ": share the Q4 staffing plan\n- ", L("PERSON", ps[1].given), ": chase the Avis quote\n")
    else:
        d("\nActions: Ops leads to share Q4 staffing plan; Procurement to chase Avis quote. Next sync after Thanksgiving.\n")
    return d

@T("confluence_runbook", "html", 2)
def t_confluence(r):
    d = Doc()
    d("<html><head><title>Runbook: Crash-ingest pipeline - Platform - Confluence</title></head><body>\n<h1>Runbook: Crash-ingest pipeline</h1>\n")
    d("<p>Owner: Platform SRE &middot; Last updated ", fdate(*rdate(r, 2025, 2025), "dlong"), " &middot; Page ID ", _digits(r, 9), "</p>\n")
    d("<h2>Architecture</h2>\n<ul><li>Kinesis stream <code>crash-events-prod</code> (", str(r.randint(4, 32)), " shards)</li><li>Lambda <code>symbolicate</code> runtime python3.12, layer version ", str(r.randint(10, 90)), "</li>")
    d("<li>VPC CIDR <code>10.", str(r.randint(0, 250)), ".0.0/16</code>, NAT gateways in eu-west-1a/b</li></ul>\n")
    d("<h2>Alert: IteratorAge &gt; 60s</h2>\n<ol><li>Check the Grafana panel <em>Ingest Lag</em>.</li><li>Scale shards: <code>aws kinesis update-shard-count --target-shard-count 16</code></li>")
    d("<li>If the dSYM upload for build ", version_ip_like(r), " is missing, re-run the <strong>Upload Symbols</strong> job.</li></ol>\n")
    d("<table><tr><th>Environment</th><th>Endpoint</th><th>Version</th></tr><tr><td>Staging</td><td>crash-stg.internal</td><td>", version_ip_like(r), "</td></tr><tr><td>Production</td><td>crash.internal</td><td>", version_ip_like(r), "</td></tr></table>\n")
    d("<p>Escalation: page the Platform on-call via PagerDuty service <code>P", _letters(r, 6), "</code>. Do not paste customer e-mail addresses or IPs into this page.</p>\n</body></html>\n")
    return d

@T("team_directory_html", "html", 3)
def t_directory(r):
    d = Doc()
    d("<div class=\"confluence-content\">\n<h2>", pick(r, "Customer Success — EMEA team", "Travel Desk contacts", "Store managers — West region"), "</h2>\n<table>\n<thead><tr><th>Name</th><th>Role</th><th>Email</th><th>Mobile</th><th>Location</th></tr></thead>\n<tbody>\n")
    for _ in range(r.randint(3, 5)):
        p = person(r)
        d("<tr><td>", L("PERSON", p.full), "</td><td>", pick(r, "Team Lead", "Senior CSM", "Travel Consultant", "Store Manager", "Regional Director"), "</td><td><a href=\"mailto:")
        em = p.slug(r, r.choice(CORP))
        d(L("EMAIL", em), "\">", L("EMAIL", em), "</a></td><td>", L("PHONE", phone(r)), "</td><td>", pick(r, "Dublin", "Lagos", "Warsaw", "Riyadh", "Oslo", "Seoul"), "</td></tr>\n")
    d("</tbody>\n</table>\n<p><em>Out-of-hours escalation: see the Operations Runbook. Updated quarterly.</em></p>\n</div>\n")
    return d

@T("dpa_prose", "free_text", 2)
def t_dpa(r):
    d = Doc()
    d("DATA PROCESSING ADDENDUM\n\n1. Definitions. \"Personal Data\", \"Controller\", \"Processor\", \"Data Subject\" and \"Supervisory Authority\" have the meanings given in Regulation (EU) 2016/679 (\"GDPR\") and, where applicable, the California Consumer Privacy Act as amended by the CPRA.\n\n")
    d("2. Categories of Data. Identification data (e.g. name, Date of Birth, passport or national identity number in the format AA0000000), contact data (e.g. e-mail address in the form local-part@domain, telephone number), ")
    d("financial data (e.g. masked payment card number **** **** **** 1234, IBAN with the last four characters only) and, for the Travel Insurance Services, Special Category Data including health data.\n\n")
    d("3. Sub-processors. Processor may engage Sub-processors listed at Annex III, including Amazon Web Services EMEA SARL, Salesforce, Inc., Twilio Inc. and Zendesk, Inc.\n\n")
    d("4. International Transfers. Transfers to third countries are made under the Standard Contractual Clauses (Commission Implementing Decision (EU) 2021/914), Module Two, and the UK Addendum version B1.0.\n\n")
    d("5. Security. Processor shall implement the measures in Annex II, including encryption at rest (AES-256), TLS 1.2+, and logical separation of Controller data. Personal Data Breach notification without undue delay and in any event within ", str(r.choice([24, 36, 48])), " hours.\n\n")
    d("6. Term. This Addendum takes effect on the Effective Date and continues until deletion of all Personal Data, ref. DPA-", str(r.randint(2020, 2025)), "-", _digits(r, 4), ".\n")
    return d

@T("privacy_policy_html", "html", 2)
def t_privacy(r):
    d = Doc()
    d("<!DOCTYPE html><html lang=\"en\"><body><article>\n<h1>Privacy Notice</h1><p>Effective ", fdate(*rdate(r, 2025, 2025), "long"), " (version ", "%d.%d" % (r.randint(3, 9), r.randint(0, 9)), ")</p>\n")
    d("<h2>What We Collect</h2><ul><li>Account Information: Full Name, Email Address, Phone Number</li><li>Travel Documents: Passport Number, Nationality, Date Of Birth (required by Advance Passenger Information rules)</li>")
    d("<li>Payment Information: processed by Stripe, Inc. and Adyen N.V.; we see only the card brand and last four digits</li><li>Device Data: IP Address, app version, crash diagnostics</li></ul>\n")
    d("<h2>Your Rights</h2><p>Residents of the EEA, the United Kingdom, California, Virginia and Colorado may request access, correction or deletion. Submit requests through the Privacy Center; we respond within 30 days (45 days under the CCPA).</p>\n")
    d("<h2>Retention</h2><p>Booking records: 7 years (tax). Crash logs: 90 days. Marketing preferences: until you withdraw consent.</p>\n<footer>Quayline Travel Ltd &middot; Company No. ", _digits(r, 8), "</footer></article></body></html>\n")
    return d

@T("store_receipt", "free_text", 2)
def t_receipt(r):
    d = Doc()
    d(pick(r, "COPPER KETTLE — Union Station", "OrbitCart Pop-Up Store", "Kestrel Stay Café Bar"), "\nStore #", _digits(r, 4), "  Reg ", str(r.randint(1, 9)), "  Trans ", _digits(r, 6), "\n", fdate(*rdate(r, 2025, 2025), "us"), " ", "%02d:%02d" % (r.randint(7, 21), r.randint(0, 59)), "\n\n")
    total = 0
    for _ in range(r.randint(2, 5)):
        item = pick(r, "Flat White 12oz", "Sparkling Water", "Travel Adapter EU/UK", "Croissant", "Phone Charger USB-C", "Neck Pillow")
        price = r.randint(200, 3500); total += price
        d("%-24s %3s %8.2f\n" % (item, "x1", price / 100))
    d("%-28s %8.2f\n%-28s %8.2f\n" % ("SUBTOTAL", total / 100, "TAX 8.875%", total * 0.08875 / 100))
    d("VISA CREDIT   ************", _digits(r, 4), "\nAUTH ", _digits(r, 6), "  AID A0000000031010\nRef ", _digits(r, 12), "\n\nThank you! Survey code ", _digits(r, 4), "-", _digits(r, 4), "-", _digits(r, 4), "-", _digits(r, 4), "\n")
    return d

@T("reference_letter", "free_text", 2)
def t_reference(r):
    d = Doc(); c = person(r); w = person(r)
    d("To whom it may concern,\n\nI am writing to confirm that ", L("PERSON", c.full), " was employed by Kestrel Stay Hospitality Group as ", pick(r, "Front Office Manager", "Night Auditor", "Revenue Analyst"), " from ", fdate(*rdate(r, 2019, 2021), "long"), " to ", fdate(*rdate(r, 2023, 2025), "long"), ". ")
    d(L("PERSON", c.given), " was reliable and well liked by guests from all over the world. ")
    if r.random() < .5:
        d("During ", pick(r, "her", "his", "their"), " time with us ", L("PERSON", c.given), " took approved medical leave for ", L("DIAGNOSIS", pick(r, "breast cancer treatment", "a hip replacement after osteoarthritis", "major depressive disorder")), ", which had no bearing on performance.\n\n")
    else:
        d("\n\n")
    d("I can be reached at ", L("EMAIL", w.slug(r, "kestrelstay.com")), " or ", L("PHONE", phone(r)), ".\n\nYours faithfully,\n", L("PERSON", w.western), "\nGeneral Manager\n")
    return d

@T("press_release", "free_text", 2)
def t_press(r):
    d = Doc()
    d("FOR IMMEDIATE RELEASE\n\n", pick(r, "OrbitCart Partners with Ben & Jerry's and Tim Hortons on Holiday Gift Cards", "Fernway Air Adds Dreamliner Service to Lagos and Accra"), "\n\n")
    d(pick(r, "SEATTLE", "LONDON", "SINGAPORE"), " — ", fdate(*rdate(r, 2025, 2025), "long"), " — The company today announced an expansion that builds on last year's partnerships with Johnson & Johnson, Ferrari and Walt Disney World Resort. ")
    d("The programme launches on Martin Luther King Jr. Day in the US and on Boxing Day in the UK, with Ramadan and Lunar New Year editions to follow.\n\n")
    d("Flights will operate from Heathrow Terminal 3 on a Boeing 787-9 (registration ", pick(r, "G-", "N"), _letters(r, 4), "), with a fleet-wide average age of ", str(r.randint(5, 12)), ".", str(r.randint(0, 9)), " years. Fares from £", str(r.randint(399, 899)), ".\n\n")
    d("About the company: headquartered on Pike Street, it serves 4.2 million customers in 31 markets. Ticker NASDAQ: ORBT. Media enquiries via the press office page.\n")
    return d

@T("holiday_calendar", "free_text", 1)
def t_holidays(r):
    d = Doc()
    d("2026 Company Holiday Calendar (US, UK, IN, SG offices)\n\n")
    for h in ["New Year's Day — Thu 1 Jan", "Martin Luther King Jr. Day — Mon 19 Jan (US)", "Presidents' Day — Mon 16 Feb (US)", "Chinese New Year — Tue 17 Feb (SG, 2 days)",
              "St. Patrick's Day — Tue 17 Mar (Dublin office)", "Good Friday — Fri 3 Apr (UK, SG)", "Dr. Ambedkar Jayanti — Tue 14 Apr (IN)", "Vesak Day — Sun 31 May (SG, observed Mon 1 Jun)",
              "Juneteenth — Fri 19 Jun (US)", "Independence Day — Fri 3 Jul observed (US)", "Gandhi Jayanti — Fri 2 Oct (IN)", "Thanksgiving — Thu 26 Nov (US)", "Christmas Day — Fri 25 Dec"]:
        d("  • ", h, "\n")
    d("\nFloating holidays: 2 per year, request in Workday by 30 Nov. Policy HR-POL-014 rev 7.\n")
    return d

@T("release_notes", "free_text", 2)
def t_release(r):
    d = Doc()
    v = "%d.%d.%d" % (r.randint(5, 9), r.randint(0, 40), r.randint(0, 9))
    d("OrbitCart Shopper ", v, " (build ", str(r.randint(10000, 99999)), ") — Release Notes\n\n")
    d("New\n- Apple Pay and Google Pay in 12 more markets\n- Order tracking now shows DHL, UPS and Royal Mail events (e.g. 1Z", _letters(r, 3), _digits(r, 13), ")\n")
    d("Fixed\n- Crash when applying coupon on Android 14 (Pixel 8, SM-S918B)\n- Wrong currency on SKU ", _letters(r, 3), "-", _digits(r, 4), " in Switzerland\n- Firmware ", version_ip_like(r), " scanners now pair over BLE\n")
    d("Known issues\n- Widgets may show stale data after upgrading from ", version_ip_like(r), "\n\nMinimum OS: iOS 16.4 / Android 9. SDK: Kotlin 2.0.", str(r.randint(0, 21)), ", Compose BOM 2024.", "%02d" % r.randint(1, 12), ".00\n")
    return d

@T("hotel_folio_html", "html", 2)
def t_folio(r):
    d = Doc(); p = person(r)
    a, _ = addr(r, multiline=True)
    d("<html><body><div class=\"folio\">\n<h2>Kestrel Stay ", pick(r, "Reykjavík Harbour", "Kyoto Gion", "Cape Town Waterfront"), " — Guest Folio</h2>\n")
    d("<p><b>Guest:</b> ", L("PERSON", p.western), "<br>\n", L("ADDRESS", a.replace("\n", "<br>\n")), "</p>\n")
    d("<p><b>Folio:</b> ", _digits(r, 8), " &nbsp; <b>Room:</b> ", str(r.randint(101, 909)), " &nbsp; <b>Loyalty:</b> KS", _digits(r, 9), "</p>\n<table>\n")
    for _ in range(r.randint(2, 4)):
        d("<tr><td>", fdate(*rdate(r, 2025, 2025), "iso"), "</td><td>", pick(r, "Room charge", "Minibar", "City tax", "Restaurant — dinner", "Laundry"), "</td><td>", money(r, 5, 400), "</td></tr>\n")
    d("</table>\n<p>Paid: ", pick(r, "AMEX", "VISA", "MC"), " xxxx", _digits(r, 4), " &nbsp; Guest e-mail: ", L("EMAIL", email(r, p)), "</p>\n</div></body></html>\n")
    return d

@T("expense_report_text", "free_text", 1)
def t_expense_text(r):
    d = Doc(); e = person(r); a = person(r)
    d("EXPENSE REPORT ER-", _digits(r, 6), "\nSubmitted by: ", L("PERSON", e.western), "   Approver: ", L("PERSON", a.western), "\nPurpose: ", pick(r, "Client workshop, Frankfurt", "Recruiting fair, Accra", "Store opening, Monterrey"), "\n\n")
    for _ in range(r.randint(3, 5)):
        d(fdate(*rdate(r, 2025, 2025), "dmy"), "  ", "%-22s" % pick(r, "Lufthansa LH 901", "Hilton Frankfurt City", "Uber", "Hertz rental", "Team dinner", "Taxi"), "  ", pick(r, "EUR", "GHS", "MXN"), " ", money(r, 10, 900), "\n")
    d("\nCorporate card: **** ", _digits(r, 4), "   Policy exceptions: ", pick(r, "none", "dinner over per-diem (approved)"), "\n")
    if r.random() < .5:
        d("Personal card reimbursement to IBAN ", L("IBAN", fmt_iban(iban(r), r)), "\n")
    return d

@T("car_damage_report", "free_text", 1)
def t_damage(r):
    d = Doc(); p = person(r)
    state, code, num = dl(r)
    d("Vehicle condition report — return inspection\nRA-", _digits(r, 8), ", ", pick(r, "Chevrolet Malibu", "Nissan Rogue"), ", VIN 1N4", _letters(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ"), _digits(r, 12), "\n")
    d("Renter ", L("PERSON", p.western), " (", state, " DL ", L("DRIVER_LICENSE", num), ") returned the car with a 4-inch scratch on the rear bumper. ")
    d("Photos taken at bay 14. Renter disputes; says damage was present at pick-up on the Martin Luther King Jr. Blvd lot. Contact ", L("PHONE", phone(r, "US")), ".\n")
    return d


# ---------------- more identifier-heavy documents
NATID = ["IN", "BR", "IT", "SG", "FR", "ES", "CA", "DE", "UK"]
def natid(r, cc, p, y, m, dd):
    if cc == "IN": return "aadhaar", L("IN_AADHAAR", aadhaar(r)), bad_aadhaar(r)
    if cc == "BR": return "cpf", L("BR_CPF", cpf(r, fmt=r.random() < .5)), bad_cpf(r)
    if cc == "IT": return "codice_fiscale", L("IT_FISCAL_CODE", codice_fiscale(r, p.given, p.family, y, m, dd, p.female)), bad_cf(r, p.given, p.family, y, m, dd, p.female)
    if cc == "SG": return "nric", L("SG_NRIC", nric(r, fin=r.random() < .3, born=y)), bad_nric(r)
    if cc == "FR": return "nir", L("FR_NIR", nir(r, sex="2" if p.female else "1", yy=y % 100, mm=m, spaced=r.random() < .5)), bad_nir(r)
    if cc == "ES": return "dni_nie", L("ES_DNI", dni(r, nie=r.random() < .5)), bad_dni(r)
    if cc == "CA": return "sin", L("CA_SIN", sin(r)), bad_sin(r)
    if cc == "DE": return "steuer_id", L("DE_TAX_ID", steuer(r, spaced=False)), bad_steuer(r)
    if cc == "UK": return "nino", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "QQ 12 34 56 C"
ORIG = {"IN": "indian", "BR": "brazilian", "IT": "italian", "SG": "chinese", "FR": "french", "ES": "spanish", "CA": "anglo", "DE": "german", "UK": "anglo"}

@T("idv_webhooks", "ndjson", 4)
def t_idv(r):
    d = Doc()
    for i in range(r.randint(3, 5)):
        cc = NATID[(LOCAL_N * 3 + i + 1) % len(NATID)]
        p = person(r, ORIG[cc]); y, m, dd = rdate(r, 1960, 2004)
        kind, good, bad = natid(r, cc, p, y, m, dd)
        ok = i != 3
        ev = {"event": "verification.completed" if ok else "verification.declined", "id": "evt_" + hexs(r, 20), "created": r.randint(1730000000, 1760000000),
              "data": {"status": "approved" if ok else "declined", "country": cc, "document": {"type": kind, "number": good if ok else bad},
                       "person": {"first_name": L("PERSON", p.given), "last_name": L("PERSON", p.family), "dob": L("DATE_OF_BIRTH", fdate(y, m, dd, "iso"))},
                       "reason": None if ok else "checksum_mismatch", "sdk_version": "%d.%d.%d" % (r.randint(2, 9), r.randint(0, 30), r.randint(0, 9))}}
        jemit(d, ev, compact=True); d("\n")
    return d

@T("uk_payroll_csv", "csv", 1)
def t_ukpay(r):
    d = Doc()
    crow(d, ["Payroll ID", "Surname", "Forename", "NI Number", "Tax Code", "Sort Code", "Account No", "Gross Pay", "Student Loan"])
    for _ in range(r.randint(3, 6)):
        p = person(r, pick(r, "anglo", "pakistani", "polish", "bangladeshi", "igbo", "akan", "indian"))
        crow(d, ["UK" + _digits(r, 5), L("PERSON", p.family), L("PERSON", p.given), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), pick(r, "1257L", "BR", "K475", "S1257L"),
                 sort_code(r), L("UK_BANK_ACCOUNT", uk_acct(r)), "£" + money(r, 1800, 7000), pick(r, "Plan 1", "Plan 2", "None")])
    return d

@T("contractor_ids_yaml", "yaml", 3)
def t_contractor(r):
    d = Doc()
    cc = ["IT", "BR", "IN"][LOCAL_N % 3]
    p = person(r, ORIG[cc]); y, m, dd = rdate(r, 1965, 2002)
    kind, good, bad = natid(r, cc, p, y, m, dd)
    a, _ = addr(r, {"IN": "IN", "BR": "BR", "IT": "IT", "SG": "SG", "FR": "FR", "ES": "ES", "CA": "CA", "DE": "DE", "UK": "UK"}[cc], multiline=True)
    d("# Deel-style contractor record, synced nightly\ncontractor:\n  name: \"", L("PERSON", p.full), "\"\n  country: ", cc, "\n  born: ", L("DATE_OF_BIRTH", fdate(y, m, dd, "iso")), "\n")
    d("  tax_identifier:\n    scheme: ", kind, "\n    value: \"", good, "\"\n  previous_value_rejected: \"", bad, "\"   # failed check digit\n")
    d("  address: >\n    ", L("ADDRESS", a.replace("\n", "\n    ")), "\n  email: ", L("EMAIL", email(r, p)), "\n  rate: {currency: ", pick(r, "EUR", "INR", "BRL", "SGD", "CAD", "GBP"), ", hourly: ", str(r.randint(20, 140)), "}\n")
    d("  payout:\n    method: ", pick(r, "wise", "swift", "local"), "\n")
    if cc in ("FR", "ES", "IT", "DE"):
        d("    iban: ", L("IBAN", iban(r, cc)), "\n")
    d("  contract: SOW-", _digits(r, 5), " v", "%d.%d" % (r.randint(1, 4), r.randint(0, 9)), "\n")
    return d

@T("card_dispute_chat", "chat", 2)
def t_cardchat(r):
    d = Doc(); c = person(r); a = person(r)
    d("Live chat transcript — OrbitCart Help — ", fdate(*rdate(r, 2025, 2025), "iso"), "\n")
    d(L("PERSON", a.given), " (agent): Hi, thanks for waiting! How can I help?\n")
    d(L("PERSON", c.given), ": there are 2 charges for my order ORD-", _digits(r, 10), "\n")
    d(L("PERSON", a.given), " (agent): Sorry about that. Can you confirm the last 4 digits of the card?\n")
    d(L("PERSON", c.given), ": its ", L("CREDIT_CARD", fmt_card(card(r), r)), " exp ", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)), "\n")
    d(L("PERSON", a.given), " (agent): Please never share the full number in chat — I've redacted it on our side. I can see two authorisations of $", money(r, 20, 400), "; one will drop off in 3–5 business days.\n")
    d(L("PERSON", c.given), ": ok. my email is ", L("EMAIL", email(r, c)), " if you need it\n")
    d("[system] transcript emailed; CSAT survey sent\n")
    return d

@T("concierge_whatsapp", "chat", 2)
def t_concierge(r):
    d = Doc(); c = person(r); agent = person(r)
    while agent.given == c.given:
        agent = person(r)
    country = pick(r, "United States", "United States", "India", "Nigeria", "Japan", "Mexico")
    _, num, typ = passport(r, country)
    day = fdate(*rdate(r, 2025, 2025), "eu"); clock = [r.randint(8, 20) * 60]
    def w(who, *rest):
        clock[0] += r.randint(1, 9)
        d("[", day, ", ", "%02d:%02d" % divmod(clock[0], 60), "] ")
        if who.endswith(" (Quayline)"):
            d(L("PERSON", who[:-11]), " (Quayline)")
        else:
            d(L("PERSON", who))
        d(": ", *rest); d("\n")
    w(agent.given + " (Quayline)", "Hi ", L("PERSON", c.given), ", to finish the visa letter I need your passport details please")
    w(c.western, "sure — ", country, " passport no ", L(typ, num), ", expires ", fdate(*rdate(r, 2028, 2034), "dmy"))
    v, _ = dob(r, ("eu", "dmy", "long"))
    w(c.western, "date of birth ", L("DATE_OF_BIRTH", v))
    w(agent.given + " (Quayline)", "Perfect, thanks. The letter will go to ", L("EMAIL", email(r, c)), " by tonight 👍")
    w(c.western, "🙏")
    return d

@T("fleet_driver_csv", "csv", 2)
def t_fleet(r):
    d = Doc()
    crow(d, ["agreement", "driver_name", "dl_number", "dl_state", "dl_expiry", "dob", "vehicle", "branch"])
    for _ in range(r.randint(4, 6)):
        p = person(r); state, code, num = dl(r)
        crow(d, ["RA" + _digits(r, 8), L("PERSON", p.upper_last_first), L("DRIVER_LICENSE", num), code, fdate(*rdate(r, 2026, 2031), "iso"),
                 L("DATE_OF_BIRTH", dob(r, ("iso", "us"), 1955, 2003)[0]), pick(r, "Toyota Camry", "Jeep Wrangler", "Tesla Model 3", "Honda Odyssey"), pick(r, "LAX", "ORD", "MIA", "SEA", "DEN")])
    return d

@T("pms_checkin_log", "log", 2)
def t_pms(r):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        k = r.random()
        d(logts(r), " pms-api ")
        if k < .6:
            country = pcountry(r); p = person(r)
            _, num, typ = passport(r, country)
            d("INFO checkin.scan property=KS-", _digits(r, 3), " guest=\"", L("PERSON", p.western), "\" doc_type=P nationality=", COUNTRY_ISO3[country], " doc_no=", L(typ, num), " birth_date=", L("DATE_OF_BIRTH", dob(r, ("iso",))[0]), " kiosk_ip=", L("IP_ADDRESS", ip(r, "priv")), "\n")
        elif k < .8:
            d("WARN checkin.scan mrz_checksum_failed property=KS-", _digits(r, 3), " doc_no=<redacted> retry=", str(r.randint(1, 3)), "\n")
        else:
            d("INFO housekeeping.sync rooms=", str(r.randint(40, 300)), " dirty=", str(r.randint(0, 60)), " build=", version_ip_like(r), "\n")
    return d

@T("hr_case_ticket", "ticket", 2)
def t_hrcase(r):
    d = Doc(); e = person(r); agent = person(r)
    d("HR Case HRC-", _digits(r, 6), " — ", pick(r, "Update bank details", "Correct SSN on W-2", "Name change after marriage"), "\nOpened by: ", L("PERSON", e.western), " (", L("EMAIL", e.slug(r, r.choice(CORP))), ")\n")
    d("Category: Payroll › Employee data   Confidential: yes\n\n")
    k = r.randint(0, 2)
    if k == 0:
        d("Please change my salary account to IBAN ", L("IBAN", fmt_iban(iban(r), r)), " from next month. Old account can be closed.\n")
    elif k == 1:
        d("My W-2 shows SSN ***-**-", _digits(r, 4), " but the correct number is ", L("US_SSN", ssn(r)), ". Please reissue.\n")
    else:
        nf = r.choice(NAMES["anglo"][1])
        d("I got married and my legal name is now ", L("PERSON", e.given + " " + nf), ". New passport (United Kingdom) ", L("PASSPORT", PASSPORT_SHAPES["United Kingdom"](r)), " attached.\n")
    d("\nResolution note by ", L("PERSON", agent.given), ": verified via Workday Inbox task; change effective next payroll run ", fdate(*rdate(r, 2025, 2025), "iso"), ".\n")
    return d


@T("okr_page", "free_text", 1)
def t_okr(r):
    d = Doc()
    d("# FY2026 H1 OKRs — Customer Operations\n\n## Objective 1: Make Support Feel Instant\n")
    d("- KR1: First Response Time under 2 minutes for Premier Accounts (baseline 6m 40s)\n- KR2: Launch the Self-Service Refund Flow in Germany, Japan and Brazil\n")
    d("- KR3: Retire the Legacy IVR; migrate Lisbon, Manila and Guadalajara queues to Amazon Connect\n\n## Objective 2: Grow Without Growing Headcount\n")
    d("- KR1: Deflect 30% of Where-Is-My-Order contacts with proactive SMS (vendor: Twilio)\n- KR2: Regional Director, Head of Workforce Management and Senior Quality Analyst roles backfilled internally\n")
    d("- KR3: Reduce cost per contact from $", money(r, 4, 7), " to $", money(r, 2, 3), "\n\nDependencies: Salesforce Service Cloud contract renewal (", fdate(*rdate(r, 2026, 2026), "long"), "), Workday HCM upgrade 2026R1, Okta SSO for BPO partners.\n")
    d("Risks: Chinese New Year and Ramadan staffing; the Kingsway and Queen Street offices close for refurbishment in Q2.\n")
    return d

@T("job_posting_html", "html", 1)
def t_job(r):
    d = Doc()
    d("<section class=\"job\"><h1>", pick(r, "Senior Payroll Specialist (Multi-Country)", "Travel Operations Lead, EMEA"), "</h1>\n<p>Location: Hybrid — Dublin, Kraków or Austin &middot; Req ID R-", _digits(r, 5), "</p>\n")
    d("<h2>What You'll Do</h2><ul><li>Run monthly payroll for the US, UK, Ireland, Germany and India using ADP Celergo</li><li>Own year-end filings: W-2, P60, Form 16 and the Lohnsteuerbescheinigung</li>")
    d("<li>Partner with Finance Business Partners and the Head of Total Rewards</li></ul>\n<h2>Benefits</h2><ul><li>Medical, Dental &amp; Vision from day one (Aetna / Laya / Allianz)</li><li>25 days PTO plus Juneteenth and St. Brigid's Day</li><li>Learning budget: $2,500 per year</li></ul>\n")
    d("<p>We are an Equal Opportunity Employer. Salary range: $", str(r.randint(85, 100)), ",000 – $", str(r.randint(115, 140)), ",000 (Colorado Equal Pay for Equal Work Act disclosure).</p></section>\n")
    return d

# ------------------------------------------------------------------------------------------------ validation
import ipaddress
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")

def check_value(typ, v):
    digits = re.sub(r"\D", "", v)
    if typ == "US_SSN": return ssn_ok(v)
    if typ == "CREDIT_CARD": return luhn_ok(v) and 13 <= len(digits) <= 19
    if typ == "IBAN": return iban_ok(v)
    if typ == "UK_NHS_NUMBER": return nhs_ok(v)
    if typ == "IN_AADHAAR": return len(digits) == 12 and verhoeff_ok(digits) and digits[0] not in "01"
    if typ == "BR_CPF": return cpf_ok(v)
    if typ == "ES_DNI": return dni_ok(v)
    if typ == "FR_NIR": return nir_ok(v)
    if typ == "DE_TAX_ID": return steuer_ok(v)
    if typ == "IT_FISCAL_CODE": return cf_ok(v)
    if typ == "SG_NRIC": return nric_ok(v)
    if typ == "US_MBI": return mbi_ok(v)
    if typ == "UK_NATIONAL_INSURANCE_NUMBER": return nino_ok(v)
    if typ == "CA_SIN": return len(digits) == 9 and luhn_ok(digits)
    if typ == "UK_BANK_ACCOUNT": return len(digits) in (8, 14)
    if typ == "EMAIL": return bool(EMAIL_RE.match(v))
    if typ == "IP_ADDRESS":
        a = ipaddress.ip_address(v)
        return not (a.is_loopback or a.is_unspecified)
    return True

CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|6011|65)")
def leaks(text, ents):
    """Unlabelled look-alikes that would be valid positives (returns a list of problems)."""
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\x00"
    t = "".join(chars)
    out = []
    B = r"(?<![A-Za-z0-9\x00])"; A = r"(?![A-Za-z0-9\x00])"
    for m in re.finditer(B + r"\d(?:[ -]?\d){8,18}" + A, t):
        s = m.group(); dg = re.sub(r"\D", "", s)
        if 13 <= len(dg) <= 19 and luhn_ok(dg) and CARD_PREFIX.match(dg): out.append(("card", s))
        if len(dg) == 10 and nhs_ok(dg): out.append(("nhs", s))
        if len(dg) == 11 and (steuer_ok(dg) or cpf_ok(dg)): out.append(("steuer/cpf", s))
        if len(dg) == 12 and dg[0] not in "01" and verhoeff_ok(dg): out.append(("aadhaar", s))
        if len(dg) == 9 and re.fullmatch(r"\d{3} \d{3} \d{3}", s) and luhn_ok(dg): out.append(("sin", s))
    for m in re.finditer(B + r"\d{3}-\d{2}-\d{4}" + A, t):
        if ssn_ok(m.group()): out.append(("ssn", m.group()))
    for m in re.finditer(B + r"\d{3}\.\d{3}\.\d{3}-\d{2}" + A, t):
        if cpf_ok(m.group()): out.append(("cpf", m.group()))
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?" + A, t):
        try:
            if iban_ok(m.group()): out.append(("iban", m.group()))
        except ValueError:
            pass
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", t):
        out.append(("email", m.group()))
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d/]|\.\d)", t):
        if all(int(g) <= 255 for g in m.groups()) and not m.group().startswith(("127.", "0.0.0.0")):
            out.append(("ip", m.group()))
    for m in re.finditer(B + r"[STFG]\d{7}[A-Z]" + A, t):
        if nric_ok(m.group()): out.append(("nric", m.group()))
    for m in re.finditer(B + r"[A-Z]{5}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]" + A, t):
        if cf_ok(m.group()): out.append(("cf", m.group()))
    for m in re.finditer(B + r"[XYZ0-9]\d{7}-?[A-Z]" + A, t):
        if dni_ok(m.group()): out.append(("dni", m.group()))
    return out

def validate(doc):
    text, ents, fmt = doc["text"], doc["entities"], doc["format"]
    assert fmt in FORMATS, fmt
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        v = text[e["start"]:e["end"]]
        assert v and v == v.strip(), (doc["id"], e, repr(v))
        assert e["start"] >= prev, (doc["id"], "overlap", e)
        prev = e["end"]
        assert check_value(e["type"], v), (doc["id"], e["type"], v)
    lv = "INTERNAL"
    ts_ = {e["type"] for e in ents}
    if ts_ & RESTRICTED: lv = "RESTRICTED"
    elif ts_ & CONFIDENTIAL: lv = "CONFIDENTIAL"
    assert doc["classification"] == lv
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    elif fmt == "ndjson":
        for line in text.splitlines():
            if line.strip(): json.loads(line)
    elif fmt in ("csv", "tsv"):
        first = text.splitlines()[0]
        delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
        assert len({len(x) for x in rows if x}) == 1, (doc["id"], "ragged")

def classify(ents):
    ts_ = {e["type"] for e in ents}
    return "RESTRICTED" if ts_ & RESTRICTED else ("CONFIDENTIAL" if ts_ & CONFIDENTIAL else "INTERNAL")

def main():
    docs = []
    retries = Counter()
    for name, fmt, count, fn in TEMPLATES:
        for n in range(count):
            global CUR_N, LOCAL_N
            LOCAL_N = n
            CUR_N = n + sum(c for nm, _, c, _ in TEMPLATES[:TEMPLATES.index((name, fmt, count, fn))])
            for attempt in range(50):
                r = random.Random("%s:%s:%d:%d" % (SEED, name, n, attempt))
                d = fn(r)
                lk = leaks(d.text, d.ents)
                if not lk:
                    break
                retries[name] += 1
            else:
                raise SystemExit("could not render %s-%d without leaks: %s" % (name, n, lk))
            ents = sorted(d.ents, key=lambda e: e["start"])
            doc = {"id": "h6_%s-%d" % (name, n + 1), "text": d.text, "entities": ents, "classification": classify(ents), "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(os.path.join(HERE, "holdout6.jsonl"), "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    ct = Counter(e["type"] for d in docs for e in d["entities"])
    cf = Counter(d["format"] for d in docs)
    cc = Counter(d["classification"] for d in docs)
    print("documents: %d" % len(docs))
    print("no-entity documents: %d" % sum(1 for d in docs if not d["entities"]))
    print("templates: %d   leak re-renders: %d" % (len(TEMPLATES), sum(retries.values())))
    for title, c in (("classification", cc), ("format", cf), ("entity type", ct)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
