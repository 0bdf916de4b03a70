#!/usr/bin/env python3
"""holdout29 generator: HR / recruiting / staffing corpus. Standard library only, deterministic."""
import json, random, re, csv, io, sys
from collections import Counter

SEED = "holdout29/heron-payslip-4417"
OUT = "/tmp/holdout29/holdout29.jsonl"

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
              "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
              "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
              "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL_T = {"PERSON"}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

# ---------------------------------------------------------------- builder
class L:
    """A labelled value."""
    def __init__(self, typ, val):
        assert typ in RESTRICTED | CONFIDENTIAL | INTERNAL_T, typ
        self.typ, self.val = typ, val

class M:
    """A string mixing plain text and L values (for JSON strings / CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts

class Doc:
    def __init__(self):
        self.parts, self.n, self.ents = [], 0, []
    def t(self, s):
        self.parts.append(s); self.n += len(s); return self
    def l(self, typ, val):
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(val)})
        return self.t(val)
    def w(self, *items):
        for it in items:
            if isinstance(it, L):
                self.l(it.typ, it.val)
            elif isinstance(it, M):
                self.w(*it.parts)
            else:
                self.t(it)
        return self
    def text(self):
        return "".join(self.parts)

def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def emit_json(d, obj, indent=2, level=0, compact=False):
    """Write obj as JSON into Doc d; L / M values are labelled inside their quotes."""
    sp = "" if compact else "\n"
    pad = lambda k: "" if compact else " " * (indent * k)
    sep = ": " if not compact else ":"
    if isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{" + sp)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(pad(level + 1) + json.dumps(k, ensure_ascii=False) + sep)
            emit_json(d, v, indent, level + 1, compact)
            d.t(("," if i < len(items) - 1 else "") + sp)
        d.t(pad(level) + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]"); return
        d.t("[" + sp)
        for i, v in enumerate(obj):
            d.t(pad(level + 1))
            emit_json(d, v, indent, level + 1, compact)
            d.t(("," if i < len(obj) - 1 else "") + sp)
        d.t(pad(level) + "]")
    elif isinstance(obj, L):
        d.t('"'); d.l(obj.typ, jstr(obj.val)); d.t('"')
    elif isinstance(obj, M):
        d.t('"')
        for p in obj.parts:
            if isinstance(p, L):
                d.l(p.typ, jstr(p.val))
            else:
                d.t(jstr(p))
        d.t('"')
    else:
        d.t(json.dumps(obj, ensure_ascii=False))

def cell_plain(c):
    if isinstance(c, L): return c.val
    if isinstance(c, M): return "".join(p.val if isinstance(p, L) else p for p in c.parts)
    return str(c)

def emit_row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i: d.t(delim)
        plain = cell_plain(c)
        q = any(ch in plain for ch in (delim, '"', "\n")) or (delim == "," and plain[:1] == " ")
        if q:
            assert '"' not in plain
            d.t('"')
        if isinstance(c, (L, M)):
            d.w(c)
        else:
            d.t(plain)
        if q:
            d.t('"')
    d.t("\n")

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    return len(s) > 14 and iban_num(s[4:] + s[:4]) % 97 == 1

IBAN_SHAPES = {  # country: BBAN pattern, n=digit a=upper letter c=alnum
    "GB": "aaaa" + "n" * 14, "DE": "n" * 18, "FR": "n" * 10 + "c" * 11 + "nn", "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12, "NL": "aaaa" + "n" * 10, "PL": "n" * 24, "RO": "aaaa" + "c" * 16,
    "TR": "n" * 5 + "0" + "c" * 16, "IE": "aaaa" + "n" * 14, "UA": "n" * 6 + "c" * 19,
    "BR": "n" * 23 + "a" + "c", "PK": "aaaa" + "c" * 16, "EG": "n" * 25, "PT": "n" * 21, "BE": "n" * 12,
}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "RABO", "INGB"],
              "IE": ["AIBK", "BOFI"], "RO": ["BTRL", "RNCB", "BRDE"], "PK": ["HABB", "MEZN", "UNIL"]}

def make_iban(r, cc):
    shape = IBAN_SHAPES[cc]
    out = []
    for ch in shape:
        if ch == "n": out.append(r.choice("0123456789"))
        elif ch == "a": out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "c": out.append(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ" if cc not in ("FR", "UA", "TR") else "0123456789"))
        else: out.append(ch)
    bban = "".join(out)
    if cc in BANK_CODES:
        bban = r.choice(BANK_CODES[cc]) + bban[4:]
    chk = 98 - iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    return s

def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def bad_iban(r, cc):
    s = make_iban(r, cc)
    k = int(s[2:4])
    s2 = s[:2] + f"{(k % 97) + 1:02d}" + s[4:]
    if iban_ok(s2): s2 = s[:2] + f"{(k + 3) % 97 + 2:02d}" + s[4:]
    assert not iban_ok(s2)
    return s2

def nhs_check(d9):
    t = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - t % 11
    if c == 11: c = 0
    return None if c == 10 else str(c)

def make_nhs(r, style="space"):
    while True:
        d9 = str(r.randint(4, 7)) + "".join(r.choice("0123456789") for _ in range(8))
        c = nhs_check(d9)
        if c is not None:
            s = d9 + c
            return {"space": f"{s[:3]} {s[3:6]} {s[6:]}", "dash": f"{s[:3]}-{s[3:6]}-{s[6:]}", "plain": s}[style]

def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == s[9]

def bad_nhs(r):
    while True:
        d9 = str(r.randint(4, 7)) + "".join(r.choice("0123456789") for _ in range(8))
        c = nhs_check(d9)
        if c is not None:
            s = d9 + str((int(c) + r.randint(1, 9)) % 10)
            if not nhs_ok(s):
                return f"{s[:3]} {s[3:6]} {s[6:]}"

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
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

def make_aadhaar(r, sep=" "):
    b = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(10))
    s = b + verhoeff_digit(b)
    assert verhoeff_ok(s)
    return sep.join([s[:4], s[4:8], s[8:]])

def bad_aadhaar(r):
    while True:
        s = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(11))
        if not verhoeff_ok(s):
            return " ".join([s[:4], s[4:8], s[8:]])

def cpf_digits(b9):
    d = [int(c) for c in b9]
    s1 = sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
    d1 = 0 if s1 < 2 else 11 - s1
    d.append(d1)
    s2 = sum(x * w for x, w in zip(d, range(11, 1, -1))) % 11
    d2 = 0 if s2 < 2 else 11 - s2
    return f"{d1}{d2}"

def make_cpf(r, fmt=True):
    while True:
        b = "".join(r.choice("0123456789") for _ in range(9))
        if len(set(b)) > 1: break
    s = b + cpf_digits(b)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s

def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

def bad_cpf(r):
    while True:
        b = "".join(r.choice("0123456789") for _ in range(9))
        s = b + f"{(int(cpf_digits(b)) + 7) % 100:02d}"
        if not cpf_ok(s):
            return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def make_dni(r):
    n = r.randint(10000000, 79999999)
    return f"{n:08d}{DNI_L[n % 23]}"

def make_nie(r):
    p = r.choice("XYZ")
    n = r.randint(1000000, 9999999)
    return f"{p}{n:07d}{DNI_L[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"

def dni_ok(s):
    s = s.replace("-", "").upper()
    if s[0] in "XYZ": s2 = str("XYZ".index(s[0])) + s[1:-1]
    else: s2 = s[:-1]
    return s2.isdigit() and DNI_L[int(s2) % 23] == s[-1]

def bad_dni(r):
    s = make_dni(r)
    s = s[:-1] + DNI_L[(DNI_L.index(s[-1]) + r.randint(1, 22)) % 23]
    assert not dni_ok(s)
    return s

def make_nir(r, sex=None, yy=None, mm=None, spaced=True):
    sex = sex or r.choice("12")
    yy = yy if yy is not None else r.randint(60, 99)
    mm = mm or r.randint(1, 12)
    dep = r.choice(["75", "69", "13", "33", "59", "67", "31", "44", "06", "92", "93", "34"])
    com = f"{r.randint(1, 400):03d}"; order = f"{r.randint(1, 999):03d}"
    base = f"{sex}{yy:02d}{mm:02d}{dep}{com}{order}"
    key = 97 - int(base) % 97
    if spaced:
        return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"
    return f"{base}{key:02d}"

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def bad_nir(r):
    s = make_nir(r, spaced=False)
    k = (int(s[13:]) + r.randint(1, 50)) % 97 + 1
    s = s[:13] + f"{k:02d}"
    if nir_ok(s): return bad_nir(r)
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"

def steuer_check(d10):
    prod = 10
    for ch in d10:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c

def make_steuer(r, spaced=False):
    while True:
        digits = list("0123456789")
        rep = r.choice(digits)
        missing = r.choice([x for x in digits if x != rep])
        pool = [x for x in digits if x != missing] + [rep]
        r.shuffle(pool)
        if pool[0] == "0": continue
        d10 = "".join(pool)
        s = d10 + str(steuer_check(d10))
        assert steuer_ok(s)
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s

def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0": return False
    c = Counter(s[:10])
    if not (sorted(c.values(), reverse=True)[0] in (2, 3) and sum(1 for v in c.values() if v > 1) == 1): return False
    return steuer_check(s[:10]) == int(s[10])

def bad_steuer(r):
    s = make_steuer(r)
    s = s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)
    assert not steuer_ok(s)
    return s

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
CF_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}
CF_MONTH = "ABCDEHLMPRST"
def cf_check(s15):
    t = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s15))
    return chr(65 + t % 26)

def _cf_letters(name, is_first):
    import unicodedata
    n = "".join(c for c in unicodedata.normalize("NFD", name.upper()) if "A" <= c <= "Z")
    cons = [c for c in n if c not in "AEIOU"]; vow = [c for c in n if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]

def make_cf(first, last, y, m, d, female, belfiore):
    s = _cf_letters(last, False) + _cf_letters(first, True) + f"{y % 100:02d}" + CF_MONTH[m - 1] + \
        f"{d + (40 if female else 0):02d}" + belfiore
    return s + cf_check(s)

def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def bad_cf(s):
    c = chr(65 + (ord(s[15]) - 65 + 5) % 26)
    return s[:15] + c

NRIC_ST = "JZIHGFEDCBA"; NRIC_FG = "XWUTRQPNMLK"
def make_nric(r, prefix=None):
    p = prefix or r.choice("STFG")
    d = "".join(r.choice("0123456789") for _ in range(7))
    if p in "ST" and p == "T": d = r.choice("0123") + d[1:]
    t = sum(int(c) * w for c, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    return p + d + (NRIC_ST if p in "ST" else NRIC_FG)[t % 11]

def nric_ok(s):
    p, d = s[0], s[1:8]
    t = sum(int(c) * w for c, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    return s[8] == (NRIC_ST if p in "ST" else NRIC_FG)[t % 11]

def bad_nric(r):
    s = make_nric(r, "S")
    s2 = s[:8] + NRIC_ST[(NRIC_ST.index(s[8]) + 3) % 11]
    assert not nric_ok(s2)
    return s2

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def make_mbi(r, dashed=False):
    D = "0123456789"; A = MBI_L; C = D + MBI_L
    pat = [D[1:], A, C, D, A, C, D, A, A, D, D]
    s = "".join(r.choice(p) for p in pat)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s

def mbi_ok(s):
    s = s.replace("-", "")
    D = "0123456789"; A = MBI_L; C = D + MBI_L
    pat = [D[1:], A, C, D, A, C, D, A, A, D, D]
    return len(s) == 11 and all(ch in p for ch, p in zip(s, pat))

def make_nino(r, spaced=True):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ"); b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): break
    d = "".join(r.choice("0123456789") for _ in range(6)); s = r.choice("ABCD")
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{a}{b}{d}{s}"

def nino_ok(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")

def make_sin(r, sep="-"):
    b = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(r.choice("0123456789") for _ in range(7))
    s = luhn_complete(b)
    return sep.join([s[:3], s[3:6], s[6:]])

def bad_sin(r):
    while True:
        s = str(r.randint(1, 7)) + "".join(r.choice("0123456789") for _ in range(8))
        if not luhn_ok(s): return f"{s[:3]} {s[3:6]} {s[6:]}"

def make_ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"

def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"

def make_card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa": p, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc": p, n = str(r.randint(51, 55)) + "".join(r.choice("0123456789") for _ in range(4)), 16
    elif kind == "mc2": p, n = str(r.randint(2221, 2720)) + "".join(r.choice("0123456789") for _ in range(2)), 16
    elif kind == "amex": p, n = r.choice(["34", "37"]) + "".join(r.choice("0123456789") for _ in range(4)), 15
    else: p, n = "6011" + "".join(r.choice("0123456789") for _ in range(2)), 16
    s = luhn_complete(p + "".join(r.choice("0123456789") for _ in range(n - 7)))
    if n == 15: return f"{s[:4]} {s[4:10]} {s[10:]}"
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))

def make_sortacct(r):
    sc = f"{r.randint(1, 99):02d}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"
    return sc, f"{r.randint(10000000, 99999999)}"

# ---------------------------------------------------------------- dates
def rdate(r, y0=1958, y1=2003):
    y = r.randint(y0, y1); m = r.randint(1, 12)
    dmax = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return y, m, r.randint(1, dmax)

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def fdate(y, m, d, style):
    return {"iso": f"{y:04d}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y:04d}", "eu": f"{d:02d}/{m:02d}/{y:04d}",
            "dot": f"{d:02d}.{m:02d}.{y:04d}", "long": f"{d} {MON[m - 1]} {y}", "uslong": f"{MON[m - 1]} {d}, {y}",
            "hl7": f"{y:04d}{m:02d}{d:02d}", "short": f"{d} {MON[m - 1][:3]} {y}", "dash": f"{d:02d}-{m:02d}-{y:04d}"}[style]

def rdob(r, style):
    return fdate(*rdate(r), style)

# ---------------------------------------------------------------- people
NAMES = {
    "us": ("Tyler Brianna Dwayne Kaylee Marcus Shonda Cody Latoya Garrett Misty Deshawn Kristen", "Whitfield Dobbins Haskins Pruitt Stoltzfus Blevins McCaskill Yoder Tolliver Boudreaux"),
    "mx": ("Ximena Itzel Jesús Guadalupe Rodrigo Maricruz Abril Fernando Citlali Uriel", "Hernández Zúñiga Villaseñor Ochoa Bautista Magaña Nava de|la|Garza Tzompantzi"),
    "co": ("Yuliana Jhon|Fredy Leidy Wilmer Daniela Camilo Yeison Marisol", "Cárdenas Arboleda Mosquera Quintero Restrepo Giraldo Palacios Mosquera|Rentería"),
    "br": ("Thiago Luana Gabriel Maria|Eduarda João|Vitor Ana|Clara Raimundo Francisca Kauã", "dos|Santos Araújo Nogueira Carvalho da|Silva Figueiredo Pereira|Lima Brandão"),
    "uk": ("Callum Siobhan Harriet Gareth Bethany Rhys Imogen Dominic Keeley", "Featherstone Pritchard Ollerenshaw Higginbotham Clough Ashworth Rudd-Mayhew"),
    "ie": ("Aoife Cathal Saoirse Donncha Caoimhe Oisín Eimear Tadhg", "Ó|Súilleabháin Mac|Giolla|Bhríde Ní|Chonaill Fitzgerald Kavanagh Breathnach"),
    "fr": ("Maëlle Gaspard Anaïs Benoît Solène Thibault Clémence Anne-Sophie", "Lefèvre Rousseau Gauthier Boucher-Lemaire de|La|Tour|d'Auvergne Mercier Le|Gall"),
    "es": ("Iñaki Begoña Nuria Álvaro Montserrat Íñigo Rocío Maite", "García-Ortiz Etxeberria Ruiz|de|Alda Olabarrieta Fernández|Collado Urquijo"),
    "it": ("Gianluca Chiara Salvatore Federica Rocco Giuseppina Niccolò Ilaria", "Esposito Russo Di|Giacomo Lo|Bianco Ferraro D'Amico Scognamiglio"),
    "de": ("Jürgen Annika Lukas Friederike Maximilian Henrike Ole Mareike", "Schäfer Müller-Lüdenscheidt von|der|Heide Brandstätter Köhler Weiß Große-Kleimann"),
    "pl": ("Agnieszka Paweł Małgorzata Grzegorz Zofia Wojciech Jędrzej", "Wiśniewska Krawczyk Dąbrowski Szczepańska Wójcik Zieliński Grzybowski"),
    "ro": ("Ioana Bogdan Andreea Mihai Florentina Răzvan Ștefan", "Popescu Dumitrescu Constantinescu Stănescu Munteanu Țurcanu"),
    "ua": ("Oleksandr Kateryna Bohdan Yaroslava Taras Olena Mykola", "Shevchenko Kovalenko Bondarenko Tkachuk Melnyk Kravets Hrytsenko"),
    "tr": ("Emre Zeynep Mehmet Elif Burak Ayşe Çağla Oğuzhan", "Yılmaz Öztürk Kaya Demir Şahin Çelik Aydoğan Karaağaç"),
    "eg": ("Mohamed Nour Ahmed Yasmin Karim Mariam Omar Shaimaa", "El-Sayed Abdel|Fattah Mansour Soliman Abou|Elela El-Shazly"),
    "ng": ("Chidinma Oluwaseun Emeka Ngozi Babatunde Aisha Tochukwu Funmilayo", "Adeyemi Okonkwo Balogun Eze Nwachukwu Ogunleye Adebayo-Okafor"),
    "ke": ("Wanjiru Kiprotich Achieng Njeri Baraka Akinyi Chebet", "Mwangi Otieno Kamau Wafula Njoroge Kiplagat"),
    "za": ("Thandiwe Sipho Lindiwe Pieter Anele Marike Bongani", "Nkosi van|der|Merwe Dlamini Botha Mokoena Khumalo Janse|van|Rensburg"),
    "in": ("Aarav Priyanka Venkatesh Lakshmi Rohit Ananya Harpreet Sowmya", "Raghunathan Chatterjee Deshpande Iyer Venkataraman Sandhu Nair"),
    "pk": ("Ayesha Bilal Hamza Sana Usman Mahnoor Zainab", "Qureshi Chaudhry Siddiqui Malik Butt Abbasi"),
    "bd": ("Tahmina Rafiq Nusrat Shakil Farhana Arif Sumaiya", "Rahman Hossain Chowdhury Akter Sarker Bhuiyan"),
    "np": ("Sujata Bishnu Aashish Sabina Prakash Pema Dawa", "Shrestha Gurung Tamang Adhikari Thapa|Magar Rai Sherpa"),
    "ph": ("Maricel Jomar Rowena Jerome Lovely Arnel Jhunrey", "Dela|Cruz Macaraeg Villanueva Pangilinan Dimaculangan Sarmiento"),
    "id": ("Siti Budi Dewi Agus Putri Wahyu Rizky", "Setiawan Wijaya Hartono Kusumawati Simanjuntak Nasution"),
    "vn": ("Thảo Minh Huy Lan|Anh Quang Phương Thị|Hồng", "Nguyễn Trần Lê Phạm Hoàng Võ Đặng"),
    "cn": ("Wei Xiaoling Jianguo Yuting Haoran Mingyu Zihan", "Zhang Liu Chen Huang Zhao Xu Ouyang"),
    "jp": ("Haruto Yui Sota Aoi Daiki Misaki Ren", "Takahashi Watanabe Yamaguchi Kobayashi Inoue Matsumoto"),
    "kr": ("Ji-woo Min-jun Seo-yeon Do-hyun Ha-eun Joon-ho", "Kim Park Choi Jung Kang Yoon"),
    "au": ("Lachlan Matilda Bronte Angus Tahlia Fletcher", "McPherson Kowalczyk Gallagher Stubbs Tennant Nguyen-Reid"),
    "nz": ("Aroha Wiremu Mereana Tāne Ngaio Rangi", "Te|Whata Ngata Parata Tipene Herewini Walker"),
}
NAMES["qc"] = ("Étienne Geneviève Maxime Marie-Ève Jean-François Océane", "Tremblay Gagnon Bélanger Lévesque Côté-Pelletier Ouellet")
NAMES = {k: ([x.replace("|", " ") for x in g.split()], [x.replace("|", " ") for x in f.split()]) for k, (g, f) in NAMES.items()}
FAMILY_FIRST = {"cn", "jp", "kr", "vn"}
SYL = ["za", "vo", "ri", "lun", "ke", "tha", "mir", "os", "bel", "dra", "qu", "ny", "e", "ta", "ro", "vik", "sel", "ar", "ud", "nei"]

def invent(r):
    s = "".join(r.choice(SYL) for _ in range(r.randint(2, 3)))
    return s[0].upper() + s[1:]

COUNTRIES = [k for k in NAMES if k != "qc"]

def person(r, origin=None):
    o = origin or r.choice(COUNTRIES)
    g, f = NAMES[o]
    first = invent(r) if r.random() < 0.12 else r.choice(g)
    last = invent(r) if r.random() < 0.12 else r.choice(f)
    full = f"{last} {first}" if o in ("cn", "jp", "kr", "vn") and r.random() < 0.6 else f"{first} {last}"
    return {"first": first, "last": last, "full": full, "origin": o}

def email_for(r, p, dom=None):
    import unicodedata
    a = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum())).lower()
    dom = dom or r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "hotmail.fr", "gmx.de", "yahoo.com.br",
                           "rediffmail.com", "qq.com", "naver.com", "icloud.com", "wp.pl", "libero.it", "mail.ru"])
    st = r.randint(0, 3)
    loc = [f"{a(p['first'])}.{a(p['last'])}", f"{a(p['first'])[0]}{a(p['last'])}{r.randint(1, 99)}",
           f"{a(p['last'])}_{a(p['first'])}", f"{a(p['first'])}{r.randint(1980, 2004)}"][st]
    return f"{loc}@{dom}"

# ---------------------------------------------------------------- addresses
ADDR = {
    "us": lambda r: r.choice([f"{r.randint(100, 9899)} {r.choice(['Larkspur Trail', 'W Belmont Ave', 'Old Hickory Blvd', 'Cottonwood Dr', 'N Lamar St'])}{r.choice(['', ', Apt ' + str(r.randint(1, 40)) + r.choice('ABCD'), ' #' + str(r.randint(100, 999)), ', Unit ' + str(r.randint(2, 19))])}" + "|" + r.choice(['Tulsa, OK 74135', 'Chicago, IL 60657', 'Nashville, TN 37215', 'Austin, TX 78704', 'Fresno, CA 93721', 'Columbus, OH 43215'])]),
    "mx": lambda r: f"Calle {r.choice(['Río Lerma', 'Durango', 'Av. Revolución'])} {r.randint(10, 899)}, Int. {r.randint(1, 12)}|Col. {r.choice(['Cuauhtémoc', 'Roma Norte', 'Del Valle'])}, {r.choice(['06500', '06700', '03100'])} Ciudad de México, CDMX",
    "co": lambda r: f"Carrera {r.randint(7, 80)}{r.choice(['', 'A', 'B'])} # {r.randint(10, 99)}-{r.randint(10, 99)}, Apto {r.randint(101, 1804)}|{r.choice(['Medellín, Antioquia', 'Bogotá D.C.', 'Cali, Valle del Cauca'])}",
    "br": lambda r: f"Rua {r.choice(['Doutor Zuquim', 'Voluntários da Pátria', 'Augusta'])}, {r.randint(10, 2500)}, apto {r.randint(11, 184)}|{r.choice(['Santana', 'Botafogo', 'Consolação'])}, {r.choice(['São Paulo - SP', 'Rio de Janeiro - RJ'])}, {r.randint(1000, 9999):05d}-{r.randint(0, 999):03d}",
    "uk": lambda r: f"{r.choice(['', 'Flat ' + str(r.randint(1, 14)) + ', '])}{r.randint(1, 220)} {r.choice(['Ribblesdale Road', 'Cranbrook Avenue', 'Holloway Lane', 'Gilmour Close'])}|{r.choice(['Preston PR1 5QT', 'Leicester LE2 1XB', 'Bristol BS5 6HN', 'Hull HU5 3DJ', 'Swansea SA1 6PP'])}",
    "ie": lambda r: f"{r.randint(1, 88)} {r.choice(['Ard na Gréine', 'Bóthar na Trá', 'Castle Park'])}|{r.choice(['Knocknacarra, Galway H91 X2Y4', 'Ballincollig, Co. Cork P31 K8W2', 'Drumcondra, Dublin 9 D09 F6T3'])}",
    "fr": lambda r: f"{r.randint(1, 140)}{r.choice(['', ' bis', ' ter'])} {r.choice(['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse du Moulin'])}|{r.choice(['67000 Strasbourg', '69007 Lyon', '13006 Marseille', '59800 Lille'])}",
    "es": lambda r: f"{r.choice(['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de la Constitución'])} {r.randint(1, 400)}, {r.randint(1, 9)}º {r.randint(1, 4)}ª|{r.choice(['28028 Madrid', '08013 Barcelona', '41004 Sevilla'])}",
    "it": lambda r: f"{r.choice(['Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille'])} {r.randint(1, 200)}|{r.choice(['10122 Torino TO', '80134 Napoli NA', '20121 Milano MI'])}",
    "de": lambda r: f"{r.choice(['Lindenstraße', 'Am Kupfergraben', 'Schützenweg', 'Kaiser-Wilhelm-Ring'])} {r.randint(1, 120)}{r.choice(['', 'a', 'b'])}|{r.choice(['50674 Köln', '80331 München', '04109 Leipzig', '28195 Bremen'])}",
    "pl": lambda r: f"ul. {r.choice(['Piotrkowska', 'Marszałkowska', 'Długa'])} {r.randint(1, 250)} m. {r.randint(1, 60)}|{r.choice(['90-006 Łódź', '00-624 Warszawa', '80-831 Gdańsk'])}",
    "ro": lambda r: f"Str. {r.choice(['Mihai Eminescu', 'Avram Iancu', 'Republicii'])} nr. {r.randint(1, 90)}, bl. {r.choice('ABC')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}|{r.choice(['400020 Cluj-Napoca', '700259 Iași', '300011 Timișoara'])}",
    "ua": lambda r: f"vul. {r.choice(['Khreshchatyk', 'Sumska', 'Deribasivska'])} {r.randint(1, 80)}, kv. {r.randint(1, 120)}|{r.choice(['Kyiv 01001', 'Kharkiv 61002', 'Odesa 65026'])}",
    "tr": lambda r: f"{r.choice(['Bağdat Caddesi', 'Atatürk Bulvarı', 'Gazi Mustafa Kemal Sokak'])} No: {r.randint(1, 300)} D: {r.randint(1, 20)}|{r.choice(['34728 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}",
    "eg": lambda r: f"{r.randint(1, 60)} {r.choice(['Mohamed Mazhar Street', 'El Nasr Road', 'Abbas El Akkad Street'])}|{r.choice(['Zamalek, Cairo 11211', 'Nasr City, Cairo 11765', 'Smouha, Alexandria 21615'])}",
    "ng": lambda r: f"{r.randint(1, 80)} {r.choice(['Adeola Odeku Street', 'Awolowo Road', 'Ahmadu Bello Way'])}|{r.choice(['Victoria Island, Lagos 101241', 'Ikoyi, Lagos 106104', 'Garki, Abuja 900103'])}",
    "ke": lambda r: f"{r.choice(['Kindaruma Road', 'Ngong Road', 'Moi Avenue'])}, House {r.randint(2, 60)}|P.O. Box {r.randint(1000, 99999)}-00100, Nairobi",
    "za": lambda r: f"{r.randint(1, 200)} {r.choice(['Jan Smuts Avenue', 'Long Street', 'Florida Road'])}|{r.choice(['Parktown North, Johannesburg 2193', 'Cape Town City Centre, Cape Town 8001', 'Morningside, Durban 4001'])}",
    "in": lambda r: f"Flat {r.randint(101, 904)}, {r.choice(['Sai Krupa Apartments', 'Lakeview Residency', 'Shanti Niketan'])}, {r.randint(1, 20)}th Cross|{r.choice(['Indiranagar, Bengaluru 560038', 'Andheri West, Mumbai 400053', 'Salt Lake Sector V, Kolkata 700091'])}",
    "pk": lambda r: f"House {r.randint(1, 90)}, Street {r.randint(1, 40)}|{r.choice(['F-7/2, Islamabad 44000', 'DHA Phase 5, Lahore 54792', 'Gulshan-e-Iqbal Block 13, Karachi 75300'])}",
    "bd": lambda r: f"House {r.randint(1, 90)}, Road {r.randint(1, 40)}|{r.choice(['Dhanmondi, Dhaka 1209', 'Gulshan 2, Dhaka 1212', 'Agrabad, Chattogram 4100'])}",
    "np": lambda r: f"Ward {r.randint(1, 32)}, {r.choice(['Baluwatar', 'Lakeside', 'Jhamsikhel'])}|{r.choice(['Kathmandu 44600', 'Pokhara 33700', 'Lalitpur 44700'])}",
    "ph": lambda r: f"Unit {r.randint(201, 3505)}, {r.choice(['Avida Towers', 'Grand Residences', 'Flair Towers'])}, {r.randint(2, 40)}th Street|{r.choice(['Bonifacio Global City, Taguig 1634', 'Lahug, Cebu City 6000', 'Mandaluyong 1550'])}",
    "id": lambda r: f"Jl. {r.choice(['Kemang Raya', 'Dago', 'Malioboro'])} No. {r.randint(1, 150)}|{r.choice(['Mampang Prapatan, Jakarta Selatan 12730', 'Coblong, Bandung 40135', 'Gedong Tengen, Yogyakarta 55271'])}",
    "vn": lambda r: f"Số {r.randint(1, 200)} Ngõ {r.randint(2, 300)} {r.choice(['Trường Chinh', 'Lê Lợi', 'Nguyễn Trãi'])}|{r.choice(['Đống Đa, Hà Nội', 'Quận 1, TP. Hồ Chí Minh', 'Hải Châu, Đà Nẵng'])}",
    "cn": lambda r: f"Room {r.randint(101, 2808)}, Building {r.randint(1, 12)}, {r.randint(1, 500)} {r.choice(['Zhangyang Road', 'Jianguo Road', 'Tianhe North Road'])}|{r.choice(['Pudong, Shanghai 200122', 'Chaoyang, Beijing 100022', 'Tianhe, Guangzhou 510620'])}",
    "jp": lambda r: f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Nishi-Shinjuku', 'Umeda', 'Sakae'])}|{r.choice(['Shinjuku-ku, Tokyo 160-0023', 'Kita-ku, Osaka 530-0001', 'Naka-ku, Nagoya 460-0008'])}",
    "kr": lambda r: f"Apt {r.randint(101, 120)}-{r.randint(101, 2504)}, {r.randint(1, 90)} {r.choice(['Teheran-ro 4-gil', 'Haeundae-ro', 'Olympic-ro'])}|{r.choice(['Gangnam-gu, Seoul 06232', 'Haeundae-gu, Busan 48094', 'Songpa-gu, Seoul 05551'])}",
    "au": lambda r: f"{r.choice(['', 'Unit ' + str(r.randint(1, 30)) + ', '])}{r.randint(1, 300)} {r.choice(['Wattle Street', 'Brunswick Road', 'Parramatta Road'])}|{r.choice(['Ultimo NSW 2007', 'Fitzroy VIC 3065', 'West End QLD 4101'])}",
    "nz": lambda r: f"{r.randint(1, 150)} {r.choice(['Karaka Street', 'Cuba Street', 'Riccarton Road'])}|{r.choice(['Newton, Auckland 1010', 'Te Aro, Wellington 6011', 'Riccarton, Christchurch 8011'])}",
}
ADDR["sg"] = lambda r: f"Blk {r.randint(100, 699)} {r.choice(['Ang Mo Kio Avenue 3', 'Tampines Street 21', 'Jurong West Street 52'])}, #{r.randint(2, 25):02d}-{r.randint(1, 999):03d}|Singapore {r.choice(['560123', '520211', '640512'])}"
ADDR["ca"] = lambda r: r.choice([f"{r.randint(100, 4999)} rue {r.choice(['Saint-Denis', 'Sherbrooke Est', 'Masson'])}, app. {r.randint(1, 12)}|Montréal QC H2X {r.randint(1, 9)}J{r.randint(1, 9)}", f"{r.randint(10, 999)} {r.choice(['Bathurst St', 'Commercial Dr', 'Jasper Ave'])}|{r.choice(['Toronto ON M5T 2R7', 'Vancouver BC V5L 3X4', 'Edmonton AB T5J 1N9'])}"])
def address(r, o, multiline=False, sep=None):
    a = ADDR[o](r)
    return a.replace("|", sep if sep is not None else ("\n" if multiline else ", "))

def street_only(r, o):
    return ADDR[o](r).split("|")[0]

# ---------------------------------------------------------------- phones
def dg(r, n): return "".join(r.choice("0123456789") for _ in range(n))
PHONE = {
    "us": lambda r: r.choice([f"({r.choice(['918', '312', '615', '512', '559', '614'])}) {r.randint(201, 989)}-{dg(r, 4)}", f"+1 {r.choice(['918', '312', '615', '512'])}-{r.randint(201, 989)}-{dg(r, 4)}", f"{r.choice(['918', '312', '614'])}.{r.randint(201, 989)}.{dg(r, 4)}"]),
    "mx": lambda r: f"+52 55 {dg(r, 4)} {dg(r, 4)}", "co": lambda r: f"+57 3{r.randint(0, 2)}{r.randint(0, 9)} {dg(r, 3)} {dg(r, 4)}",
    "br": lambda r: f"+55 {r.choice(['11', '21', '31'])} 9{r.randint(6, 9)}{dg(r, 3)}-{dg(r, 4)}",
    "uk": lambda r: r.choice([f"07{r.randint(400, 999)} {dg(r, 6)}", f"+44 7{r.randint(400, 999)} {dg(r, 6)}", f"0161 {r.randint(200, 899)} {dg(r, 4)}"]),
    "ie": lambda r: f"+353 8{r.choice('35679')} {dg(r, 3)} {dg(r, 4)}", "fr": lambda r: r.choice([f"+33 6 {dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}", f"07 {dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}"]),
    "es": lambda r: f"+34 6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}", "it": lambda r: f"+39 3{r.randint(20, 49)} {dg(r, 3)} {dg(r, 4)}",
    "de": lambda r: r.choice([f"+49 15{r.randint(1, 9)} {dg(r, 8)}", f"0171 {dg(r, 7)}"]), "pl": lambda r: f"+48 {r.choice(['5', '6', '7'])}{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
    "ro": lambda r: f"+40 7{r.randint(20, 89)} {dg(r, 3)} {dg(r, 3)}", "ua": lambda r: f"+380 {r.choice(['67', '50', '63', '97'])} {dg(r, 3)} {dg(r, 4)}",
    "tr": lambda r: f"+90 5{r.randint(30, 59)} {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", "eg": lambda r: f"+20 1{r.choice('0125')} {dg(r, 4)} {dg(r, 4)}",
    "ng": lambda r: f"+234 {r.choice(['803', '806', '813', '905'])} {dg(r, 3)} {dg(r, 4)}", "ke": lambda r: f"+254 7{r.randint(10, 29)} {dg(r, 6)}",
    "za": lambda r: f"+27 {r.choice(['82', '83', '72', '61'])} {dg(r, 3)} {dg(r, 4)}", "in": lambda r: f"+91 {r.choice('6789')}{dg(r, 4)} {dg(r, 5)}",
    "pk": lambda r: f"+92 3{r.randint(0, 4)}{r.randint(0, 9)} {dg(r, 7)}", "bd": lambda r: f"+880 1{r.choice('3456789')}{dg(r, 2)}-{dg(r, 6)}",
    "np": lambda r: f"+977 98{r.choice('0146')}{dg(r, 7)}", "ph": lambda r: f"+63 9{r.randint(15, 99)} {dg(r, 3)} {dg(r, 4)}",
    "id": lambda r: f"+62 81{r.randint(1, 9)}-{dg(r, 4)}-{dg(r, 4)}", "vn": lambda r: f"+84 9{r.randint(0, 8)} {dg(r, 3)} {dg(r, 4)}",
    "cn": lambda r: f"+86 13{r.randint(0, 9)} {dg(r, 4)} {dg(r, 4)}", "jp": lambda r: f"+81 90-{dg(r, 4)}-{dg(r, 4)}",
    "kr": lambda r: f"+82 10-{dg(r, 4)}-{dg(r, 4)}", "au": lambda r: f"+61 4{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}", "nz": lambda r: f"+64 2{r.choice('127')} {dg(r, 3)} {dg(r, 4)}",
}
PHONE["sg"] = lambda r: f"+65 {r.choice('89')}{dg(r, 3)} {dg(r, 4)}"
PHONE["ca"] = lambda r: f"+1 {r.choice(['514', '416', '604', '780'])}-{r.randint(201, 989)}-{dg(r, 4)}"
def phone(r, o): return PHONE[o](r)

# ---------------------------------------------------------------- passports / licences
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
def up(r, n): return "".join(r.choice(UP) for _ in range(n))
PASSPORT = {  # origin: (country name, generator)
    "mx": ("Mexico", lambda r: "G" + dg(r, 8)), "co": ("Colombia", lambda r: "AV" + dg(r, 6)),
    "br": ("Brazil", lambda r: up(r, 2) + dg(r, 6)), "uk": ("United Kingdom", lambda r: "1" + dg(r, 8)),
    "ie": ("Ireland", lambda r: up(r, 2) + dg(r, 7)), "fr": ("France", lambda r: dg(r, 2) + up(r, 2) + dg(r, 5)),
    "es": ("Spain", lambda r: "PA" + up(r, 1) + dg(r, 6)), "it": ("Italy", lambda r: "Y" + up(r, 1) + dg(r, 7)),
    "de": ("Germany", lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
    "pl": ("Poland", lambda r: up(r, 2) + dg(r, 7)), "ro": ("Romania", lambda r: "0" + dg(r, 8)),
    "ua": ("Ukraine", lambda r: up(r, 2) + dg(r, 6)), "tr": ("Türkiye", lambda r: "U" + dg(r, 8)),
    "eg": ("Egypt", lambda r: "A" + dg(r, 8)), "ng": ("Nigeria", lambda r: "B" + dg(r, 8)),
    "ke": ("Kenya", lambda r: "AK" + dg(r, 7)), "za": ("South Africa", lambda r: "A" + dg(r, 8)),
    "in": ("India", lambda r: r.choice("JKLMNPRSTUVZ") + dg(r, 7)), "pk": ("Pakistan", lambda r: up(r, 2) + dg(r, 7)),
    "bd": ("Bangladesh", lambda r: "A" + up(r, 1) + dg(r, 7)), "np": ("Nepal", lambda r: "PA" + dg(r, 7)),
    "ph": ("Philippines", lambda r: "P" + dg(r, 7) + up(r, 1)), "id": ("Indonesia", lambda r: r.choice("BCX") + dg(r, 7)),
    "vn": ("Viet Nam", lambda r: "C" + dg(r, 7)), "cn": ("China", lambda r: "E" + dg(r, 8)),
    "jp": ("Japan", lambda r: "T" + up(r, 1) + dg(r, 7)), "kr": ("Republic of Korea", lambda r: "M" + dg(r, 8)),
    "au": ("Australia", lambda r: "P" + up(r, 1) + dg(r, 7)), "nz": ("New Zealand", lambda r: "L" + up(r, 1) + dg(r, 6)),
}
def us_passport(r): return r.choice([str(r.randint(1, 9)) + dg(r, 8), r.choice("ACEFH") + dg(r, 8)])
PP_LABEL = {"fr": "N° de passeport", "de": "Reisepassnummer", "es": "Número de pasaporte", "mx": "No. de pasaporte",
            "co": "Pasaporte No.", "it": "Numero passaporto", "pl": "Numer paszportu", "br": "Número do passaporte",
            "tr": "Pasaport No", "ro": "Nr. pașaport", "id": "Nomor Paspor", "vn": "Số hộ chiếu", "ua": "Passport No. / Номер паспорта"}

DL = {  # state code: (state name, generator)
    "CA": ("California", lambda r: up(r, 1) + dg(r, 7)), "FL": ("Florida", lambda r: f"{up(r, 1)}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}"),
    "TX": ("Texas", lambda r: str(r.randint(1, 4)) + dg(r, 7)), "NY": ("New York", lambda r: f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}"),
    "IL": ("Illinois", lambda r: f"{up(r, 1)}{dg(r, 3)}-{dg(r, 4)}-{dg(r, 4)}"), "PA": ("Pennsylvania", lambda r: f"{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}"),
    "WA": ("Washington", lambda r: "WDL" + "".join(r.choice(UP + "0123456789") for _ in range(9))),
    "MI": ("Michigan", lambda r: f"{up(r, 1)} {dg(r, 3)} {dg(r, 3)} {dg(r, 3)} {dg(r, 3)}"), "NJ": ("New Jersey", lambda r: f"{up(r, 1)}{dg(r, 4)} {dg(r, 5)} {dg(r, 5)}"),
    "OH": ("Ohio", lambda r: up(r, 2) + dg(r, 6)), "GA": ("Georgia", lambda r: "0" + dg(r, 8)), "AZ": ("Arizona", lambda r: up(r, 1) + dg(r, 8)),
    "MA": ("Massachusetts", lambda r: "S" + dg(r, 8)), "CO": ("Colorado", lambda r: f"{dg(r, 2)}-{dg(r, 3)}-{dg(r, 4)}"),
    "NC": ("North Carolina", lambda r: "0000" + dg(r, 8)), "OK": ("Oklahoma", lambda r: up(r, 1) + dg(r, 9)), "TN": ("Tennessee", lambda r: dg(r, 9)),
}

def uk_dl(r, p, y, m, d, female):
    import unicodedata
    sur = "".join(c for c in unicodedata.normalize("NFKD", p["last"].upper()) if "A" <= c <= "Z")
    sur = (sur + "99999")[:5]
    mm = m + (50 if female else 0)
    fi = "".join(c for c in unicodedata.normalize("NFKD", p["first"].upper()) if "A" <= c <= "Z")[:1]
    return f"{sur}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{fi}9{r.choice('23456789')}{up(r, 2)}"

# ---------------------------------------------------------------- clinical vocabulary
DX = ["lumbar disc herniation", "generalised anxiety disorder", "major depressive disorder", "type 2 diabetes mellitus",
      "carpal tunnel syndrome", "rheumatoid arthritis", "epilepsy", "multiple sclerosis", "post-traumatic stress disorder",
      "asthma", "Crohn's disease", "chronic migraine", "hypertension", "fibromyalgia", "long COVID", "plantar fasciitis",
      "rotator cuff tear", "hypothyroidism", "psoriatic arthritis", "ADHD", "obstructive sleep apnoea", "coeliac disease",
      "iron-deficiency anaemia", "occupational asthma", "noise-induced hearing loss", "contact dermatitis",
      "De Quervain's tenosynovitis", "ulcerative colitis", "bipolar II disorder", "sciatica", "atrial fibrillation",
      "lateral epicondylitis", "latent tuberculosis infection", "chronic fatigue syndrome", "hepatitis B"]
RX = ["sertraline", "fluoxetine", "propranolol", "metformin", "levothyroxine", "naproxen", "amitriptyline", "gabapentin",
      "methotrexate", "salbutamol", "sumatriptan", "lisinopril", "omeprazole", "methylphenidate", "levetiracetam",
      "prednisolone", "adalimumab", "citalopram", "pregabalin", "Ventolin", "Zoloft", "Lexapro", "mesalazine",
      "apixaban", "isoniazid", "tenofovir", "lamotrigine", "codeine", "diclofenac", "Humira"]

# ================================================================ templates
TEMPLATES = []
def tpl(fmt, count):
    def deco(f):
        TEMPLATES.append((f.__name__, f, fmt, count)); return f
    return deco

def natid(r, o, p, dob):
    """National identifier fields for an onboarding form: list of (label, L-or-str)."""
    y, m, d = dob
    if o == "uk": return [("National Insurance number", L("UK_NATIONAL_INSURANCE_NUMBER", make_nino(r, r.random() < .6)))]
    if o == "us": return [("Social Security Number", L("US_SSN", make_ssn(r)))]
    if o == "es": return [("DNI / NIE", L("ES_DNI", make_dni(r) if r.random() < .6 else make_nie(r)))]
    if o == "fr": return [("N° de sécurité sociale (NIR)", L("FR_NIR", make_nir(r, yy=y % 100, mm=m, spaced=r.random() < .6)))]
    if o == "de": return [("Steuerliche Identifikationsnummer", L("DE_TAX_ID", make_steuer(r, r.random() < .4)))]
    if o == "it": return [("Codice fiscale", L("IT_FISCAL_CODE", make_cf(p["first"], p["last"], y, m, d, r.random() < .5, r.choice(["H501", "F205", "F839", "L219", "G273", "A944"]))))]
    if o == "br": return [("CPF", L("BR_CPF", make_cpf(r, r.random() < .7)))]
    if o == "in": return [("Aadhaar No.", L("IN_AADHAAR", make_aadhaar(r, r.choice([" ", "-", ""]))))]
    if o in ("ph", "id", "vn"): return [("Singapore FIN (previous employment pass)", L("SG_NRIC", make_nric(r, r.choice("FG"))))]
    if o == "cn": return [("NRIC No.", L("SG_NRIC", make_nric(r, r.choice("ST"))))]
    if o == "qc": return [("Social Insurance Number (SIN) / NAS", L("CA_SIN", make_sin(r, r.choice(["-", " ", ""]))))]
    return []

@tpl("form", 11)
def onboarding_form(r, i):
    o = ["uk", "us", "es", "fr", "de", "it", "br", "in", "ph", "cn", "qc"][i]
    p = person(r, o); dob = rdate(r, 1965, 2004); d = Doc()
    ao = {"cn": "sg", "qc": "ca"}.get(o, o); o_name = o; o = ao if ao in ("sg", "ca") else o
    emp = f"E{r.randint(100000, 999999)}"
    d.t(f"NEW STARTER FORM — {r.choice(['Brightwell Staffing Ltd', 'Northgate Logistics', 'CareFirst Nursing Agency'])}\n")
    d.t(f"Employee no.: {emp}    Requisition: REQ-{r.randint(2024, 2026)}-{r.randint(100, 9999):04d}    Grade: {r.choice(['B2', 'HG4', 'L3-Ops', 'NHS AfC 5'])}\n\n")
    d.t("Section 1 – Personal details\n")
    d.w("Surname: ", L("PERSON", p["last"]), "\nForename(s): ", L("PERSON", p["first"]), "\n")
    d.w("Date of birth: ", L("DATE_OF_BIRTH", fdate(*dob, r.choice(["eu", "long", "iso", "dot"] if o != "us" else ["us", "uslong"]))), "\n")
    d.w("Home address: ", L("ADDRESS", address(r, o, sep=", ")), "\n")
    d.w("Mobile: ", L("PHONE", phone(r, o)), "    Personal email: ", L("EMAIL", email_for(r, p)), "\n")
    for lab, v in natid(r, o_name, p, dob):
        d.w(f"{lab}: ", v, "\n")
    d.t("\nSection 2 – Bank details for salary\n")
    ib = None
    if o == "uk":
        sc, ac = make_sortacct(r)
        if r.random() < .5:
            d.w("Sort code / account: ", L("UK_BANK_ACCOUNT", f"{sc} {ac}"), "\n")
        else:
            d.w(f"Sort code: {sc}\nAccount number: ", L("UK_BANK_ACCOUNT", ac), "\n")
        d.t(f"Building society roll no.: n/a\n")
    elif o == "us":
        d.t(f"Routing number (ABA): 0{dg(r, 8)}\nAccount type: Checking\n")
    else:
        if o in ("ca", "sg"):
            d.t(f"Institution no.: {dg(r, 3)}   Transit no.: {dg(r, 5)}   Account no.: see void cheque attached\n")
        else:
            cc = {"es": "ES", "fr": "FR", "de": "DE", "it": "IT", "br": "BR", "in": "GB", "ph": "GB"}.get(o, r.choice(["DE", "NL", "IE", "PL"]))
            ib = make_iban(r, cc)
    if ib:
        d.w("IBAN: ", L("IBAN", spaced4(ib) if r.random() < .6 else ib), f"\nBIC: {r.choice(['DEUTDEFF', 'BNPAFRPP', 'CAIXESBB', 'UNCRITMM', 'NWBKGB2L'])}\n")
    d.t("\nSection 3 – Emergency contact\n")
    ec = person(r, o_name)
    d.w("Name: ", L("PERSON", ec["full"]), f"   Relationship: {r.choice(['Spouse', 'Mother', 'Brother', 'Partner'])}   Tel: ", L("PHONE", phone(r, o)), "\n")
    if o == "uk": d.t(f"\nStarter declaration: {r.choice(['A', 'B', 'C'])}    Student loan: Plan {r.choice(['1', '2', '4'])}    P45 received: {r.choice(['Yes', 'No'])}\n")
    else: d.t(f"\nProbation: {r.choice([3, 6])} months    Contract: {r.choice(['Permanent', 'Fixed term 12m', 'Temp-to-perm'])}\n")
    d.t(f"Signed: ______________   Date: {fdate(*rdate(r, 2025, 2026), 'eu')}\n")
    return d

@tpl("form", 4)
def right_to_work(r, i):
    o = r.choice([x for x in PASSPORT if x != "uk"]) if i else "us"
    p = person(r, o); cn, gen = PASSPORT[o] if i else ("United States", us_passport); d = Doc()
    dob = rdate(r, 1970, 2003)
    d.t(f"RIGHT TO WORK CHECK — manual document verification\nCase ref: RTW/{r.randint(10000, 99999)}   Vendor: {r.choice(['TrustID', 'Yoti', 'Credas'])}   Check type: {r.choice(['Manual', 'IDSP', 'Home Office online'])}\n")
    d.t("-" * 48 + "\n")
    d.w("Candidate: ", L("PERSON", p["full"].upper() if r.random() < .4 else p["full"]), "\n")
    d.w(f"Nationality: {cn}\n", "Date of birth: ", L("DATE_OF_BIRTH", fdate(*dob, r.choice(["short", "eu", "iso"]))), "\n")
    lab = PP_LABEL.get(o, "Passport number") if r.random() < .7 else "Passport number"
    d.w(f"Document: Passport ({cn})\n{lab}: ", L("PASSPORT" if i else "US_PASSPORT", gen(r)), "\n")
    d.t(f"Issue date: {fdate(*rdate(r, 2016, 2024), 'eu')}   Expiry: {fdate(*rdate(r, 2027, 2034), 'eu')}\n")
    d.t(f"Visa / BRP: {r.choice(['Skilled Worker', 'Health and Care Worker', 'Graduate'])} — share code {up(r, 3)} {up(r, 3)} {up(r, 3)}\n")
    d.t(f"Certificate of Sponsorship: C{r.randint(2, 9)}G{dg(r, 7)}{up(r, 1)}\n")
    d.w("Checked by: ", L("PERSON", person(r, "uk")["full"]), f" (Compliance Officer) on {fdate(*rdate(r, 2025, 2026), 'eu')}\n")
    d.t("Outcome: Continuous right to work — no follow-up check required\n")
    return d

@tpl("form", 4)
def driver_registration(r, i):
    st = list(DL)[(i * 5 + r.randint(0, 2)) % len(DL)]; sname, gen = DL[st]
    o = r.choice(["us", "us", "mx", "co", "ph", "ng"])
    p = person(r, o); d = Doc(); dob = rdate(r, 1960, 2001)
    d.t(f"DRIVER APPLICATION — {r.choice(['Roadline Staffing', 'Keystone Fleet Services', 'Swift Lane Logistics'])}\n")
    d.t(f"Position: {r.choice(['CDL-A OTR Driver', 'Box Truck Driver (non-CDL)', 'Yard Jockey'])}   Job #J-{r.randint(1000, 9999)}\n\n")
    d.w("Applicant name (Last, First MI): ", L("PERSON", f"{p['last']}, {p['first']} {up(r, 1)}."), "\n")
    d.w("DOB: ", L("DATE_OF_BIRTH", fdate(*dob, "us")), "   SSN: ", L("US_SSN", make_ssn(r)), "\n")
    a = address(r, "us", sep=", ")
    d.w("Current address: ", L("ADDRESS", a), "\n")
    style = i % 3
    if style == 0:
        d.w(f"License State: {st}   License Number: ", L("DRIVER_LICENSE", gen(r)), f"   Class: {r.choice(['A', 'B', 'C'])}\n")
    elif style == 1:
        d.w(f"Driver's license ({sname}) #", L("DRIVER_LICENSE", gen(r)), f", endorsements {r.choice(['H, N', 'T', 'none'])}\n")
    else:
        d.w(f"Issuing state: {sname}\nDL no.: ", L("DRIVER_LICENSE", gen(r)), f"\nExpires: {fdate(*rdate(r, 2026, 2031), 'us')}\n")
    d.t(f"DOT medical card exp.: {fdate(*rdate(r, 2026, 2027), 'us')}   MVR order #: MVR{dg(r, 9)}\n")
    d.t("Previous employers (last 3 years):\n")
    d.t(f"  1. {r.choice(['Werner Enterprises', 'J.B. Hunt Transport', 'Schneider National'])} — {r.randint(2019, 2022)} to {r.randint(2023, 2025)}\n")
    d.w("Cell: ", L("PHONE", phone(r, "us")), "\n")
    return d

@tpl("form", 3)
def benefits_enrolment(r, i):
    p = person(r, "us"); d = Doc()
    d.t("OPEN ENROLLMENT ELECTION FORM — Plan year 2026\n")
    d.t(f"Carrier: {r.choice(['BlueCross BlueShield of Texas', 'Aetna Choice POS II', 'UnitedHealthcare Choice Plus'])}   Group no.: {r.randint(100000, 999999)}-{dg(r, 3)}\n\n")
    d.w("Employee: ", L("PERSON", p["full"]), f"   Emp ID {r.randint(10000, 99999)}\n")
    d.w("Birth date: ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1962, 1998), "us")), "   SSN: ", L("US_SSN", make_ssn(r)), "\n")
    mid = r.choice([up(r, 3) + dg(r, 9), "W" + dg(r, 9), up(r, 1) + dg(r, 8) + "01"])
    d.w("Health plan member ID: ", L("HEALTH_PLAN_ID", mid), f"   Tier: {r.choice(['Employee + Spouse', 'Family', 'Employee only'])}\n\n")
    d.t("Dependents\n")
    for k in range(r.randint(1, 3)):
        q = person(r, "us")
        rel = "Spouse" if k == 0 else "Child"
        d.w(f"  {k + 1}. ", L("PERSON", f"{q['first']} {p['last']}"), f"  {rel}  DOB ", L("DATE_OF_BIRTH", fdate(*(rdate(r, 1962, 1998) if k == 0 else rdate(r, 2004, 2022)), "us")), "\n")
    if i in (0, 2):
        q = person(r, "us")
        d.w("\nParent dependent (Medicare primary): ", L("PERSON", q["full"]), "  MBI ", L("US_MBI", make_mbi(r, True)), "\n")
    d.t(f"\nHSA contribution: ${r.choice([50, 100, 150, 250])}.00/pay period   FSA: $0.00   Voluntary life: 2x salary ($ {r.randint(80, 200)},000)\n")
    d.t("Tobacco user: No\n")
    return d

@tpl("form", 3)
def blank_form(r, i):
    d = Doc()
    if i == 0:
        d.t("EMPLOYEE DETAILS UPDATE FORM (HR-F-012 v3.1)\n\nFull Name: ____________________\nDate Of Birth: __ / __ / ____\n"
            "National Insurance Number: __ __ __ __ __ __ __ __ __\nPassport Number: ______________\nSort Code: __-__-__   Account Number: ________\n"
            "Emergency Contact Name: ____________\nJob Title: Senior Care Assistant\nLine Manager: Head of Operations\n\nReturn to: People Services, 3rd floor.\n")
    elif i == 1:
        d.t("Candidate Consent — Background Screening\n\nI, [Candidate Full Name], born on [DD/MM/YYYY], authorise {{company_name}} and its vendor to obtain "
            "criminal record, credit and employment history checks.\n\nApplicant Signature: __________  Printed Name: {{first_name}} {{last_name}}\n"
            "SSN (last 4 only): XXX-XX-____\nDriver License #: ____________  State: __\nForm FCRA-DSC-2025-07  Page 1 of 2\n")
    else:
        d.t("Occupational Health Pre-Placement Questionnaire (blank)\n\nPatient Name: ______\nNHS Number: ___ ___ ____\nDo you have any of the following? "
            "[ ] Asthma [ ] Epilepsy [ ] Diabetes [ ] Back problems [ ] Hearing loss\nCurrent medication: ______________\n"
            "Example: John Smith, 01/01/1980 — do not copy the example.\nForm OH-PPQ rev 2.4.1\n")
    return d

@tpl("form", 2)
def relocation_form(r, i):
    o = r.choice(["in", "ph", "ng", "za", "np", "bd", "pk", "eg", "ke", "kr"]); p = person(r, o); d = Doc()
    cn, gen = PASSPORT[o]
    d.t(f"GLOBAL MOBILITY — RELOCATION INITIATION (Case GM-{r.randint(2025, 2026)}-{r.randint(100, 999)})\n\n")
    d.w("Assignee .......... ", L("PERSON", p["full"]), "\n")
    d.w("Date of birth ..... ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1975, 2000), "short")), "\n")
    d.w(f"Passport ({cn}) .. ", L("PASSPORT", gen(r)), "\n")
    d.w("Origin address .... ", L("ADDRESS", address(r, o, sep=", ")), "\n")
    dest = r.choice(["uk", "de", "au", "nz", "ie"])
    d.w("Host address ...... ", L("ADDRESS", address(r, dest, sep=", ")), " (temporary housing, 30 days)\n")
    d.w("Mobile (home) ..... ", L("PHONE", phone(r, o)), "\n")
    sp = person(r, o)
    d.w("Accompanying ...... ", L("PERSON", sp["full"]), " (spouse), DOB ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1975, 2000), "short")), "\n")
    d.t(f"Policy: {r.choice(['Long-Term Assignment Tier 2', 'Permanent Transfer Lump Sum'])}   Budget: GBP {r.randint(8, 25)},{r.randint(0, 9)}00\n")
    d.t(f"Shipment: 20ft container, tracking MSKU{dg(r, 7)}\n")
    return d

# ---------------------------------------------------------------- clinical
def mrn(r): return r.choice([f"MRN{dg(r, 7)}", f"{dg(r, 8)}", f"OH-{dg(r, 6)}", f"{up(r, 2)}{dg(r, 6)}"])

@tpl("clinical_note", 4)
def oh_referral(r, i):
    o = r.choice(["uk", "uk", "ie", "pl", "ro", "in", "ng", "ph"]); p = person(r, o); d = Doc()
    dx = r.sample(DX, 2); rx = r.sample(RX, 2)
    mgr = person(r, "uk")
    d.t("OCCUPATIONAL HEALTH REFERRAL — MANAGEMENT REFERRAL\n")
    d.w("Employee: ", L("PERSON", p["full"]), f"   Payroll no. {r.randint(1000000, 9999999)}   Dept: {r.choice(['Night shift picking', 'Ward 7 bank staff', 'Transport'])}\n")
    d.w("DOB: ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1965, 2000), "eu")), "   OH record no.: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d.w("Referring manager: ", L("PERSON", mgr["full"]), " (", L("EMAIL", email_for(r, mgr, "brightwell-staffing.co.uk")), ")\n\n")
    d.t("Reason for referral: ")
    d.w(f"{p['first'] if False else 'The employee'} has had {r.randint(3, 9)} episodes of absence in the last 12 months, most recently certified as ",
        L("DIAGNOSIS", dx[0]), ". ")
    d.w("They have told me they take ", L("MEDICATION", rx[0]), " and that it makes them drowsy on early shifts.\n\n")
    d.t("Clinician assessment (OH nurse):\n")
    d.w("Seen by telephone. Reports ", L("DIAGNOSIS", dx[1]), f" diagnosed {r.choice(['in 2019', 'last year', 'as a teenager'])}; GP has started ",
        L("MEDICATION", rx[1]), ". ")
    neg = r.choice(["No history of epilepsy.", "Denies chest pain or palpitations.", "No evidence of a musculoskeletal disorder today.",
                    "Screening for depression negative (PHQ-9 score 3)."])
    d.t(neg + " ")
    d.t(r.choice(["Manager describes the rota as 'a headache for everyone'. ", "Team morale is described as 'a bit of a depression' since the restructure. ", ""]))
    d.t("\n\nOpinion: Fit for work with adjustments — avoid night shifts for 6 weeks; phased return 50/75/100%. "
        "Likely to be considered disabled under the Equality Act 2010.\n")
    d.t(f"Review: 6 weeks. Case ID OHC-{dg(r, 6)}.\n")
    return d

@tpl("clinical_note", 3)
def fit_note(r, i):
    p = person(r, r.choice(["uk", "uk", "pk", "bd", "ng", "pl"])); d = Doc(); dx = r.choice(DX)
    gp = person(r, "uk")
    d.t("Statement of Fitness for Work (fit note) — transcribed by HR for the absence record\n\n")
    d.w("Patient's name: ", L("PERSON", p["full"]), "\n")
    d.w("NHS number: ", L("UK_NHS_NUMBER", make_nhs(r, r.choice(["space", "plain"]))), "\n")
    d.w("I assessed your case on: ", fdate(*rdate(r, 2025, 2026), "long"), "\nand, because of the following condition(s): ", L("DIAGNOSIS", dx), "\n")
    d.t(r.choice(["[x] you are not fit for work\n", "[x] you may be fit for work taking into account the following advice:\n    [x] amended duties  [x] altered hours\n"]))
    d.t(f"This will be the case for {r.randint(2, 8)} weeks. I will not need to assess your fitness for work again at the end of this period.\n")
    d.w("Doctor: Dr ", L("PERSON", gp["full"]), f"   Practice: {r.choice(['Ashworth Medical Centre', 'Riverside Surgery', 'The Beeches Health Centre'])}\n")
    d.t(f"HR absence ref: ABS-{r.randint(2025, 2026)}-{dg(r, 5)}   Bradford factor to date: {r.randint(8, 400)}\n")
    return d

@tpl("discharge_summary", 3)
def discharge(r, i):
    o = r.choice(["uk", "ie", "au"]); p = person(r, r.choice(COUNTRIES)); d = Doc()
    dx = r.sample(DX, 2); rx = r.sample(RX, 3)
    d.t(f"{dict(uk='ST HELIER UNIVERSITY HOSPITAL', ie='MATER MISERICORDIAE UNIVERSITY HOSPITAL', au='ROYAL ADELAIDE HOSPITAL')[o]} — DISCHARGE SUMMARY\n(copy supplied by employee to Occupational Health with consent)\n\n")
    d.w("Patient: ", L("PERSON", p["last"].upper() + ", " + p["first"]), "\n")
    d.w("Hospital no.: ", L("MEDICAL_RECORD_NUMBER", mrn(r)))
    if o == "uk": d.w("    NHS no.: ", L("UK_NHS_NUMBER", make_nhs(r)))
    d.w("\nDOB: ", L("DATE_OF_BIRTH", fdate(*rdate(r), "eu")), f"   Admitted: {r.randint(1, 9):02d}/02/2026   Discharged: {r.randint(12, 27)}/02/2026\n\n")
    d.w("Principal diagnosis: ", L("DIAGNOSIS", dx[0]), "\nSecondary: ", L("DIAGNOSIS", dx[1]), "\n")
    d.t(f"Excluded: pulmonary embolism (CTPA negative). No features of sepsis.\n\n")
    d.t("Medications on discharge:\n")
    for x in rx:
        d.w("  - ", L("MEDICATION", x), f" {r.choice(['as before', 'dose per clinic letter', 'unchanged', 'new'])} ({r.choice(['OD', 'BD', 'PRN', 'nocte'])})\n")
    d.t("Stopped: none.\n\nFollow-up: GP review in 2 weeks; outpatient clinic letter to follow.\n")
    d.t("Work: recommend 4 weeks off, then phased return. Avoid heavy lifting (>10 kg).\n")
    d.w("Discharging clinician: Dr ", L("PERSON", person(r, o)["full"]), ", ST4 Acute Medicine, bleep 4471\n")
    return d

@tpl("lab_report", 3)
def drug_screen(r, i):
    p = person(r, "us"); d = Doc()
    d.t(f"{r.choice(['QUESTLINE', 'OCCUTEST'])} EMPLOYER SOLUTIONS — PRE-EMPLOYMENT DRUG SCREEN\nSpecimen ID: {dg(r, 10)}   Accession: A{dg(r, 8)}   CCF: {dg(r, 9)}\n")
    d.w("Donor: ", L("PERSON", f"{p['last'].upper()}, {p['first'].upper()}"), "   Donor ID (SSN): ", L("US_SSN", make_ssn(r)), "\n")
    d.w("DOB: ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1970, 2005), "us")), "   Employer: Keystone Fleet Services   Reason: Pre-employment\n\n")
    d.t(f"{'TEST':<22}{'RESULT':<12}{'CUTOFF':<10}\n")
    for t, c in [("Amphetamines", "500"), ("Cannabinoids (THC)", "50"), ("Cocaine", "150"), ("Opiates", "2000"), ("PCP", "25")]:
        d.t(f"{t:<22}{'NEGATIVE':<12}{c + ' ng/mL':<10}\n")
    if i == 1:
        d.t("\nMRO note: donor disclosed a current prescription for ")
        d.w(L("MEDICATION", "hydrocodone"), "; verified with pharmacy, reported as NEGATIVE.\n")
    d.t(f"\nMRO: Certified Medical Review Officer, NPI {dg(r, 10)}   Reported {fdate(*rdate(r, 2026, 2026), 'us')} 09:{r.randint(10, 59)}\n")
    return d

@tpl("lab_report", 2)
def immunisation_record(r, i):
    p = person(r, r.choice(["ph", "in", "ng", "ke", "np", "za"])); d = Doc()
    d.t("OCCUPATIONAL HEALTH — IMMUNISATION & SEROLOGY (healthcare worker clearance)\n")
    d.w("Name: ", L("PERSON", p["full"]), "    OH no: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "    DOB: ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1980, 2002), "dash")), "\n")
    d.t(f"Role: Registered Nurse (Band 5) — agency placement PL-{dg(r, 5)}\n\n")
    d.t(f"Hep B surface antibody (anti-HBs) .... {r.randint(120, 900)} mIU/mL  (immune >= 10)\n")
    d.t(f"MMR ................................... 2 doses documented\nVaricella IgG ......................... POSITIVE\n")
    if i == 0:
        d.w("IGRA (QuantiFERON) ..................... POSITIVE — CXR clear, referred to TB clinic: ", L("DIAGNOSIS", "latent tuberculosis infection"), "\n")
        d.w("Plan: 3 months ", L("MEDICATION", "rifampicin"), " + ", L("MEDICATION", "isoniazid"), "; cleared for work (not infectious).\n")
    else:
        d.t("IGRA (QuantiFERON) ..................... NEGATIVE\nOutcome: cleared for EPP work: No (not required for role)\n")
    d.t(f"Lot numbers: ENGERIX-B {up(r, 3)}{dg(r, 3)}{up(r, 2)}  Batch 2.16.840.1 record v1.0.3\n")
    return d

def hl7_name(p): return f"{p['last'].upper()}^{p['first'].upper()}"

@tpl("hl7", 4)
def hl7_msg(r, i):
    o = r.choice(["us", "us", "mx", "ph"]); p = person(r, o); d = Doc()
    y, m, dd = rdate(r, 1970, 2000)
    sep = "\r" if i == 1 else "\n"
    ts = f"2026{r.randint(1, 3):02d}{r.randint(10, 28)}{r.randint(10, 23)}{r.randint(10, 59)}"
    d.t(f"MSH|^~\\&|OCCMED|WORKWELL CLINIC|HRIS|STAFFCO|{ts}||ORU^R01|MSG{dg(r, 8)}|P|2.5.1{sep}")
    a = ADDR["us"](r).split("|"); city, rest = a[1].split(", ")
    stt, zp = rest.split(" ")
    d.w("PID|1||", L("MEDICAL_RECORD_NUMBER", dg(r, 8)), "^^^WORKWELL^MR||", L("PERSON", hl7_name(p)), "||",
        L("DATE_OF_BIRTH", f"{y:04d}{m:02d}{dd:02d}"), f"|{r.choice('MF')}|||", L("ADDRESS", f"{a[0]}^^{city}^{stt}^{zp}"), "^USA||",
        L("PHONE", phone(r, "us")), f"{sep}")
    d.t(f"ORC|RE|{dg(r, 7)}|{dg(r, 7)}{sep}")
    if i == 0:
        d.t(f"OBR|1|{dg(r, 7)}|{dg(r, 7)}|AUDIO^Audiometry^L|||{ts}{sep}")
        d.t(f"OBX|1|NM|LEFT4K^Left ear 4kHz^L||{r.randint(30, 55)}|dB HL|<25|H|||F{sep}")
        d.w("OBX|2|TX|IMP^Impression^L||", L("DIAGNOSIS", "noise-induced hearing loss"), " left ear, standard threshold shift||||||F", sep)
    elif i == 1:
        d.t(f"OBR|1|{dg(r, 7)}|{dg(r, 7)}|PFT^Spirometry^L|||{ts}{sep}")
        d.t(f"OBX|1|NM|FEV1^FEV1 % predicted^L||{r.randint(60, 79)}|%|>80|L|||F{sep}")
        d.w("DG1|1||J45.909^", L("DIAGNOSIS", "occupational asthma"), "^I10||", ts[:8], "|W", sep)
    elif i == 3:
        d.w("IN1|1|", f"PPO{dg(r, 3)}|{dg(r, 5)}|CIGNA HEALTHCARE|||||", dg(r, 7), "|STAFFCO INC||||||", L("PERSON", hl7_name(p)), "|SEL|",
            L("DATE_OF_BIRTH", f"{y:04d}{m:02d}{dd:02d}"), "|" * 18, L("HEALTH_PLAN_ID", "U" + dg(r, 8) + "01"), sep)
        d.w("DG1|1||M54.16^", L("DIAGNOSIS", "lumbar radiculopathy"), "^I10||", ts[:8], "|A", sep)
    else:
        d.t(f"OBR|1|{dg(r, 7)}|{dg(r, 7)}|TBSCR^TB screen^L|||{ts}{sep}")
        d.t(f"OBX|1|ST|TST^Tuberculin skin test^L||0 mm|mm||N|||F{sep}")
        d.t(f"NTE|1||No induration. Not a diagnosis of tuberculosis.{sep}")
    return d

@tpl("fhir_json", 3)
def fhir_bundle(r, i):
    o = r.choice(["us", "uk", "au", "in", "br"]); p = person(r, o); y, m, dd = rdate(r, 1965, 2001)
    dx = r.choice(DX); rx = r.choice(RX)
    ents = [{"resource": {"resourceType": "Patient", "id": f"emp-{dg(r, 6)}",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
                          "name": [{"family": L("PERSON", p["last"]), "given": [L("PERSON", p["first"])]}],
                          "birthDate": L("DATE_OF_BIRTH", f"{y:04d}-{m:02d}-{dd:02d}"),
                          "telecom": [{"system": "phone", "value": L("PHONE", phone(r, o))}],
                          "address": [{"line": [L("ADDRESS", street_only(r, o))], "country": o.upper()}]}},
            {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                          "verificationStatus": {"coding": [{"code": "confirmed"}]},
                          "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/1"}}},
            {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                          "code": {"text": "Pulmonary tuberculosis"}, "note": [{"text": "ruled out on pre-placement screen"}]}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active",
                          "medicationCodeableConcept": {"text": L("MEDICATION", rx)}, "dosage": [{"text": "once daily"}]}}]
    if o == "us":
        ents.append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", up(r, 3) + dg(r, 9)),
                                  "payor": [{"display": "Anthem Blue Cross"}], "class": [{"type": {"text": "group"}, "value": dg(r, 6)}]}})
    d = Doc()
    emit_json(d, {"resourceType": "Bundle", "type": "collection", "meta": {"source": "occhealth-portal/4.2.17"}, "entry": ents})
    d.t("\n")
    return d

@tpl("clinical_note", 2)
def health_surveillance_generic(r, i):
    d = Doc()
    if i == 0:
        d.t("HEALTH SURVEILLANCE PROGRAMME 2026 — WAREHOUSE SITES (no individual data)\n\n"
            "Who is included: forklift operators, night pickers, chiller-room staff.\nWhat we screen for: noise-induced hearing loss (annual audiometry), "
            "hand-arm vibration syndrome (HAVS Tier 2 questionnaire), occupational asthma in staff handling flour dust.\n"
            "Results are reported to managers only as fit / fit with restrictions — never as a diagnosis.\n"
            f"Compliance last quarter: {r.randint(81, 97)}% of {r.randint(300, 900)} eligible staff. Protocol OH-HS-07 v2.3.0.\n"
            "Note: staff on sedating medication such as antihistamines should speak to OH before operating machinery.\n")
    else:
        d.t("Journal club summary — OH team\n\nPaper: 'Return-to-work outcomes after lumbar disc herniation in logistics workers' (n=412). "
            "Patients with comorbid major depressive disorder returned 3.1 weeks later on average. Sertraline was not associated with "
            "accident rates. Discussion: Parkinson's law applies to our waiting list — it expands to fill the clinic time available.\n"
            "Action: none; for awareness. Next meeting in Room 4.12.\n")
    return d

# ---------------------------------------------------------------- structured
@tpl("csv", 3)
def payroll_csv(r, i):
    d = Doc()
    if i == 0:  # UK payroll, separate sort code / account columns
        emit_row(d, ["payroll_id", "surname", "forenames", "ni_number", "tax_code", "sort_code", "account_no", "gross_pay", "net_pay"])
        for _ in range(r.randint(4, 6)):
            p = person(r, r.choice(["uk", "pl", "ro", "ie", "in", "ng"])); sc, ac = make_sortacct(r)
            emit_row(d, [f"P{dg(r, 6)}", L("PERSON", p["last"]), L("PERSON", p["first"]), L("UK_NATIONAL_INSURANCE_NUMBER", make_nino(r, False)),
                         r.choice(["1257L", "BR", "K475", "S1257L", "0T"]), sc, L("UK_BANK_ACCOUNT", ac), f"{r.randint(1800, 5200)}.{dg(r, 2)}", f"{r.randint(1400, 3900)}.{dg(r, 2)}"])
    elif i == 1:  # EU contractor payments, IBAN
        emit_row(d, ["contractor_ref", "name", "country", "tax_id", "iban", "bic", "invoice_no", "amount_eur"])
        for k in range(6):
            o = ["de", "fr", "es", "it", "pl", "ro", "ie", "tr", "ua"][(k + r.randint(0, 8)) % 9] if k > 3 else ["de", "fr", "es", "it"][k]; p = person(r, o)
            cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pl": "PL", "ro": "RO", "ie": "IE", "tr": "TR", "ua": "UA"}[o]
            y, m, dd = rdate(r, 1970, 1999)
            tax = {"de": lambda: L("DE_TAX_ID", make_steuer(r)), "fr": lambda: L("FR_NIR", make_nir(r, yy=y % 100, mm=m, spaced=False)), "es": lambda: L("ES_DNI", make_dni(r)),
                   "it": lambda: L("IT_FISCAL_CODE", make_cf(p["first"], p["last"], y, m, dd, r.random() < .5, r.choice(["F205", "H501", "L219"])))}.get(o, lambda: "")()
            emit_row(d, [f"CTR-{dg(r, 5)}", L("PERSON", p["full"]), cc, tax, L("IBAN", make_iban(r, cc)), r.choice(["COBADEFFXXX", "BNPAFRPPXXX", "BCITITMM", "RNCBROBU"]),
                         f"INV/2026/{dg(r, 4)}", f"{r.randint(900, 7800)}.00"])
    else:  # combined sort+acct column, with one masked row
        emit_row(d, ["emp_no", "full_name", "bank_details", "pay_date", "net"], ",")
        for k in range(5):
            p = person(r, r.choice(["uk", "za", "au", "nz", "in"])); sc, ac = make_sortacct(r)
            bank = L("UK_BANK_ACCOUNT", f"{sc} {ac}") if k != 2 else f"**-**-{sc[-2:]} ****{ac[-4:]}"
            emit_row(d, [f"{r.randint(10000, 99999)}", L("PERSON", p["full"]), bank, "2026-03-27", f"£{r.randint(1200, 4100)}.{dg(r, 2)}"])
    return d

@tpl("csv", 2)
def ats_export(r, i):
    d = Doc()
    emit_row(d, ["candidate_id", "first_name", "last_name", "email", "phone", "city", "country", "requisition", "stage", "source", "salary_expectation"])
    for _ in range(r.randint(4, 7)):
        o = r.choice(COUNTRIES); p = person(r, o)
        row = [f"CAND-{dg(r, 7)}", L("PERSON", p["first"]), L("PERSON", p["last"]), L("EMAIL", email_for(r, p)), L("PHONE", phone(r, o)),
               ADDR[o](r).split("|")[1].split(",")[-1].strip(), o.upper(), f"REQ-{r.randint(3000, 3999)}", r.choice(["Applied", "Phone screen", "Onsite", "Offer", "Rejected"]),
               r.choice(["LinkedIn", "Indeed", "Referral", "Agency: Hays", "Careers site"]), f"{r.randint(28, 140)}000"]
        if r.random() < .15: row[4] = ""
        emit_row(d, row)
    return d

@tpl("tsv", 2)
def us_payroll_tsv(r, i):
    d = Doc()
    emit_row(d, ["EmpID", "LastName", "FirstName", "SSN", "State", "FilingStatus", "Allowances", "RoutingNo", "AcctLast4", "GrossYTD"], "\t")
    for k in range(r.randint(4, 6)):
        p = person(r, r.choice(["us", "us", "mx", "co", "ph", "vn"]))
        ssn = L("US_SSN", make_ssn(r)) if (k + i) % 3 else f"XXX-XX-{dg(r, 4)}"
        emit_row(d, [f"{r.randint(200000, 299999)}", L("PERSON", p["last"]), L("PERSON", p["first"]), ssn, r.choice(["TX", "CA", "IL", "FL"]),
                     r.choice(["Single", "MFJ", "HOH"]), str(r.randint(0, 4)), f"0{dg(r, 8)}", dg(r, 4), f"{r.randint(8000, 90000)}.{dg(r, 2)}"], "\t")
    return d

@tpl("json", 3)
def ats_webhook(r, i):
    o = r.choice(COUNTRIES); p = person(r, o); d = Doc()
    obj = {"event": "candidate.stage_changed", "event_id": f"evt_{dg(r, 6)}{up(r, 4).lower()}", "occurred_at": f"2026-0{r.randint(1, 3)}-{r.randint(10, 28)}T{r.randint(10, 23)}:{r.randint(10, 59)}:07Z",
           "data": {"candidate": {"id": r.randint(100000, 999999), "first_name": L("PERSON", p["first"]), "last_name": L("PERSON", p["last"]),
                                  "emails": [{"value": L("EMAIL", email_for(r, p)), "type": "personal"}],
                                  "phone_numbers": [{"value": L("PHONE", phone(r, o)), "type": "mobile"}],
                                  "addresses": [{"value": L("ADDRESS", address(r, o, sep=", ")), "type": "home"}],
                                  "tags": ["nursing", "visa-sponsorship" if o not in ("uk", "ie") else "local"]},
                    "application": {"id": r.randint(10000000, 99999999), "job": {"id": r.randint(4000, 4999), "name": r.choice(["Registered Nurse – ICU", "Warehouse Team Leader", "HGV Class 1 Driver"]),
                                                                               "requisition_id": f"RN-{r.randint(2026, 2026)}-{dg(r, 3)}"},
                                    "stage": {"from": "Phone Screen", "to": "Offer"}, "recruiter": {"name": L("PERSON", person(r, "uk")["full"])}},
                    "custom_fields": {"date_of_birth": L("DATE_OF_BIRTH", fdate(*rdate(r, 1975, 2003), "iso"))} if i != 2 else {"grade": "AfC Band 5", "salary": "£29,970"}},
           "api_version": "v3.4.1"}
    emit_json(d, obj)
    d.t("\n")
    return d

@tpl("ndjson", 3)
def bgcheck_ndjson(r, i):
    d = Doc()
    for k in range(r.randint(3, 4)):
        o = r.choice(["us", "us", "uk", "ca" if False else "us", "mx", "in", "za"]); p = person(r, o)
        rec = {"report_id": f"bgr_{dg(r, 10)}", "package": r.choice(["Tasker Standard", "Driver Pro", "Healthcare Plus"]),
               "candidate": {"name": L("PERSON", p["full"]), "dob": L("DATE_OF_BIRTH", fdate(*rdate(r, 1970, 2004), "iso"))}, "status": r.choice(["clear", "consider", "pending"])}
        if o == "us":
            rec["candidate"]["ssn"] = L("US_SSN", make_ssn(r)) if k % 2 == 0 else f"***-**-{dg(r, 4)}"
            if r.random() < .5:
                st = r.choice(list(DL)); rec["mvr"] = {"license_state": st, "license_number": L("DRIVER_LICENSE", DL[st][1](r)), "violations": r.randint(0, 2)}
        elif o == "uk":
            rec["candidate"]["ni_number"] = L("UK_NATIONAL_INSURANCE_NUMBER", make_nino(r))
            rec["dbs"] = {"level": "Enhanced", "certificate_number": dg(r, 12)}
        elif o == "in":
            rec["candidate"]["aadhaar"] = L("IN_AADHAAR", make_aadhaar(r, ""))
        else:
            rec["candidate"]["passport"] = {"country": PASSPORT[o][0], "number": L("PASSPORT", PASSPORT[o][1](r))}
        rec["notes"] = M("Employment verified with ", r.choice(["Deloitte", "Ernst & Young", "McKinsey & Company", "Johnson & Johnson"]), "; reference from ",
                         L("PERSON", person(r, o)["full"]), ".")
        emit_json(d, rec, compact=True); d.t("\n")
    return d

@tpl("yaml", 3)
def relocation_yaml(r, i):
    o = r.choice(["in", "ph", "vn", "cn", "jp", "kr", "br", "co", "eg", "tr"]); p = person(r, o); d = Doc()
    d.t(f"# visa sponsorship case export — generated by mobility-svc 2.8.0\ncase_id: VS-{dg(r, 6)}\nvisa_route: {r.choice(['Skilled Worker', 'Blue Card EU', 'Critical Skills Employment Permit', 'TSS 482'])}\n")
    d.w("applicant:\n  given_name: ", L("PERSON", p["first"]), "\n  family_name: ", L("PERSON", p["last"]), "\n")
    d.w("  date_of_birth: '", L("DATE_OF_BIRTH", fdate(*rdate(r, 1978, 2001), "iso")), "'\n")
    d.w("  nationality: ", PASSPORT[o][0], "\n  passport:\n    number: ", L("PASSPORT", PASSPORT[o][1](r)), f"\n    expiry: '{fdate(*rdate(r, 2028, 2035), 'iso')}'\n")
    d.w("  contact:\n    email: ", L("EMAIL", email_for(r, p)), "\n    phone: '", L("PHONE", phone(r, o)), "'\n")
    a = address(r, o, multiline=True)
    d.t("  home_address: |\n    "); d.l("ADDRESS", a.replace("\n", "\n    ")); d.t("\n")
    if r.random() < .6:
        dp = person(r, o)
        d.w("dependants:\n  - name: ", L("PERSON", dp["full"]), "\n    relationship: child\n    dob: '", L("DATE_OF_BIRTH", fdate(*rdate(r, 2012, 2022), "iso")), "'\n")
    d.t(f"sponsor_licence: {up(r, 1)}{dg(r, 2)}{up(r, 3)}{dg(r, 3)}\nsoc_code: '2231'\nsalary_gbp: {r.randint(29, 60)}000\ncos_assigned: true\n")
    return d

@tpl("csv", 2)
def requisitions_csv(r, i):
    d = Doc()
    emit_row(d, ["req_id", "job_title", "hiring_manager_title", "grade", "location", "salary_min", "salary_max", "opened", "status", "agency_sku"])
    for _ in range(r.randint(5, 8)):
        emit_row(d, [f"REQ-{r.randint(1000, 9999)}", r.choice(["Registered Nurse", "Forklift Operator", "Payroll Specialist", "HR Business Partner", "Talent Acquisition Lead", "Class 2 Driver"]),
                     r.choice(["Head of Nursing", "Site Manager", "VP People", "Director of Talent"]), r.choice(["G7", "G8", "B5", "P3-L2", "AfC6"]),
                     r.choice(["Leeds DC", "Site 14 – Tilbury", "Remote (UK)", "Monterrey Plant 2", "Manila Hub"]), f"{r.randint(22, 60)}000", f"{r.randint(61, 95)}000",
                     f"2026-0{r.randint(1, 3)}-{r.randint(10, 28)}", r.choice(["Open", "On hold", "Filled"]), f"SKU-{up(r, 3)}-{dg(r, 5)}"])
    return d

@tpl("json", 3)
def sickness_json(r, i):
    o = r.choice(["uk", "ie", "de", "fr", "es", "pl"]); p = person(r, o); d = Doc()
    eps = []
    for _ in range(r.randint(2, 3)):
        eps.append({"start": fdate(*rdate(r, 2025, 2025), "iso"), "days": r.randint(1, 15),
                    "reason_category": r.choice(["S10 Anxiety/stress/depression", "S12 Back problems", "S25 Gastrointestinal"]),
                    "reason_detail": L("DIAGNOSIS", r.choice(DX)), "certified": r.choice([True, False])})
    obj = {"employee": {"number": f"{r.randint(100000, 999999)}", "name": L("PERSON", p["full"]), "manager": L("PERSON", person(r, o)["full"])},
           "absence_episodes": eps,
           "adjustments": {"agreed": ["later start time", "ergonomic chair"], "medication_note": M("Takes ", L("MEDICATION", r.choice(RX)), " — no safety-critical duties before 10:00")},
           "trigger_points": {"episodes_12m": len(eps), "bradford": r.randint(20, 600), "stage": "Stage 1 informal"}}
    if o == "uk": obj["employee"]["nhs_number"] = L("UK_NHS_NUMBER", make_nhs(r, "plain"))
    emit_json(d, obj); d.t("\n")
    return d

@tpl("yaml", 2)
def careers_config_yaml(r, i):
    d = Doc()
    d.t(f"""# careers-site deployment values
image:
  repository: registry.internal/careers-web
  tag: "{r.randint(3, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}.{r.randint(100, 999)}"
replicas: {r.randint(2, 6)}
ingress:
  host: careers.example-staffing.com
  tls: true
env:
  ATS_API_BASE: https://api.ats-vendor.io/v3
  LISTEN_ADDR: 0.0.0.0:8080
  HEALTHCHECK: http://127.0.0.1:8080/healthz
  FEATURE_FLAGS: "cv-parser,referral-bonus,visa-filter"
  DEFAULT_CONTACT_NAME: "Jane Doe"   # placeholder shown in form preview
  SNMP_OID: 1.3.6.1.4.1.{r.randint(1000, 60000)}.2.1
resources:
  limits: {{cpu: "500m", memory: "512Mi"}}
""")
    return d

@tpl("ndjson", 2)
def candidate_events(r, i):
    d = Doc()
    for _ in range(r.randint(4, 6)):
        o = r.choice(COUNTRIES); p = person(r, o)
        ip = r.choice([f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"2001:db8:{r.randint(1, 9999):x}::{r.randint(1, 999):x}", f"81.{r.randint(2, 200)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        ev = {"ts": 1767225600 + r.randint(0, 9000000), "type": r.choice(["application.submitted", "cv.uploaded", "assessment.completed"]),
              "candidate_email": L("EMAIL", email_for(r, p)), "client_ip": L("IP_ADDRESS", ip), "ua": "Mozilla/5.0 (Linux; Android 14)", "job_id": r.randint(4000, 4999),
              "app_version": f"{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}"}
        emit_json(d, ev, compact=True); d.t("\n")
    return d

@tpl("tsv", 2)
def training_tsv(r, i):
    d = Doc()
    emit_row(d, ["course_code", "title", "provider", "certificate_no", "valid_months", "mandatory_for"], "\t")
    for _ in range(r.randint(5, 8)):
        emit_row(d, [f"{up(r, 3)}-{dg(r, 3)}", r.choice(["Manual Handling L2", "Basic Life Support", "Safeguarding Adults L3", "Counterbalance Forklift (RTITB)", "Driver CPC Module 4", "Fire Marshal"]),
                     r.choice(["St John Ambulance", "Johns Hopkins Medicine (online)", "RTITB", "Health Education England"]), f"CERT{dg(r, 8)}", str(r.choice([12, 24, 36, 60])),
                     r.choice(["All nursing staff", "Warehouse Operative", "HGV Driver", "Team Leader"])], "\t")
    return d

@tpl("json", 1)
def job_posting_json(r, i):
    d = Doc()
    emit_json(d, {"@context": "https://schema.org", "@type": "JobPosting", "title": "Senior Payroll Analyst",
                  "hiringOrganization": {"@type": "Organization", "name": "Ernst & Young LLP"}, "identifier": {"name": "EY", "value": "REQ-88214"},
                  "datePosted": "2026-02-02", "validThrough": "2026-03-31T00:00", "employmentType": "FULL_TIME",
                  "jobLocation": {"address": {"addressLocality": "Manchester", "addressCountry": "GB"}},
                  "baseSalary": {"currency": "GBP", "value": {"minValue": 52000, "maxValue": 61000, "unitText": "YEAR"}},
                  "description": "Report to the Payroll Manager. Experience with SAP HCM 6.0.4.2, ADP iHCM and Workday 2025R2 required. Contact: the Talent Acquisition team via the careers portal."})
    d.t("\n")
    return d

# ---------------------------------------------------------------- logs
def pub_ip(r):
    return r.choice([f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"192.0.2.{r.randint(1, 254)}",
                     f"{r.choice([81, 86, 102, 41, 110, 175])}.{r.randint(2, 250)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])

def ts(r, k=0):
    return f"2026-03-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{dg(r, 3)}Z"

@tpl("log", 3)
def career_access_log(r, i):
    d = Doc()
    for k in range(r.randint(6, 9)):
        ip = pub_ip(r); t = f"[{r.randint(1, 28):02d}/Mar/2026:{r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)} +0000]"
        path = r.choice(["/jobs/4412-registered-nurse-icu", "/jobs/search?q=forklift&loc=Leeds", "/static/app.3.14.159.js", "/apply/4473/step-2",
                         "/healthz", "/jobs/feed.xml"])
        if k == 2 and i % 2 == 0:
            p = person(r); em = email_for(r, p)
            d.w(L("IP_ADDRESS", ip), f' - - {t} "GET /apply/confirm?email=', L("EMAIL", em), f'&ref=JB{dg(r, 6)} HTTP/1.1" 302 0 "-" "Mozilla/5.0"\n')
            continue
        if k == 4:
            d.t(f'127.0.0.1 - - {t} "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n'); continue
        d.w(L("IP_ADDRESS", ip), f' - - {t} "GET {path} HTTP/2.0" {r.choice([200, 200, 304, 404])} {r.randint(200, 90000)} "-" "{r.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Googlebot/2.1"])}"\n')
    return d

@tpl("log", 3)
def ats_app_log(r, i):
    d = Doc()
    for k in range(r.randint(5, 7)):
        lvl = r.choice(["INFO", "INFO", "WARN", "DEBUG"]); t = ts(r)
        kind = (k + i) % 5
        if kind == 0:
            p = person(r)
            d.w(f"{t} {lvl} svc=ats-api req_id={up(r, 8).lower()} msg=\"candidate created\" candidate_id=CAND-{dg(r, 7)} email=", L("EMAIL", email_for(r, p)), " src_ip=", L("IP_ADDRESS", pub_ip(r)), "\n")
        elif kind == 1:
            p = person(r)
            d.w(f"{t} {lvl} svc=ats-api msg=\"recruiter login\" user=", L("EMAIL", email_for(r, p, "talent.example-staffing.com")), " mfa=ok ip=", L("IP_ADDRESS", pub_ip(r)), "\n")
        elif kind == 2:
            d.t(f"{t} {lvl} svc=cv-parser msg=\"parsed resume\" file=cv_{dg(r, 6)}.pdf pages={r.randint(1, 4)} parser=textract-2.1.0.7 elapsed_ms={r.randint(80, 4000)}\n")
        elif kind == 3:
            o = r.choice(COUNTRIES); p = person(r, o)
            d.w(f"{t} WARN svc=ats-api msg=\"duplicate candidate merge\" name=\"", L("PERSON", p["full"]), "\" phone=\"", L("PHONE", phone(r, o)), f"\" merged_into=CAND-{dg(r, 7)}\n")
        else:
            d.t(f"{t} {lvl} svc=scheduler msg=\"interview slots synced\" count={r.randint(1, 40)} calendar_version=10.4.22.1 offer_ids=OF-{dg(r, 5)},OF-{dg(r, 5)}\n")
    return d

@tpl("log", 3)
def bgcheck_api_log(r, i):
    d = Doc()
    p = person(r, "us")
    d.t(f"{ts(r)} INFO  bgc-connector POST /v1/candidates -> 201 (vendor=Checkr, order=ORD-{dg(r, 9)})\n")
    d.t(f"{ts(r)} INFO  bgc-connector payload_redacted={{\"ssn\":\"***-**-{dg(r, 4)}\",\"dob\":\"****-**-**\",\"zip\":\"***\"}}\n")
    if i != 2:
        d.t(f"{ts(r)} ERROR bgc-connector vendor 422 Unprocessable Entity; raw body follows (REDACTION FAILED)\n")
        d.w(f"{ts(r)} ERROR bgc-connector body={{\"first_name\":\"", L("PERSON", p["first"]), "\",\"last_name\":\"", L("PERSON", p["last"]),
            "\",\"ssn\":\"", L("US_SSN", make_ssn(r, "")), "\",\"dob\":\"", L("DATE_OF_BIRTH", fdate(*rdate(r), "iso")), "\",\"email\":\"", L("EMAIL", email_for(r, p)), "\"}\n")
        if i == 1:
            st = r.choice(list(DL))
            d.w(f"{ts(r)} ERROR bgc-connector mvr_request state={st} dl=", L("DRIVER_LICENSE", DL[st][1](r)), " reason=\"license number format rejected\"\n")
    d.t(f"{ts(r)} INFO  bgc-connector webhook report.completed report_id=bgr_{dg(r, 10)} status=clear eta_hours=0\n")
    d.t(f"{ts(r)} DEBUG bgc-connector retry backoff=2.0.0.1s attempts=3 build=2026.03.1842\n")
    return d

@tpl("log", 3)
def payroll_batch_log(r, i):
    d = Doc()
    d.t(f"[payroll-run {dg(r, 6)}] start period=2026-M0{r.randint(1, 3)} company=UK01 employees={r.randint(300, 2400)}\n")
    d.t(f"[payroll-run] BACS file generated: {r.randint(200, 2000)} credits, total £{r.randint(400000, 2600000):,}.{dg(r, 2)}\n")
    d.t(f"[payroll-run] skipped employee #{r.randint(10000, 99999)}: bank account ending ****{dg(r, 4)} failed modulus check\n")
    d.t(f"[payroll-run] IBAN DE** **** **** **** **{dg(r, 2)} masked in audit trail\n")
    d.t(f"[payroll-run] HMRC RTI FPS submission id {dg(r, 10)}{up(r, 1)} accepted (gateway 3.1.0.12)\n")
    d.t(f"[payroll-run] pension auto-enrolment: {r.randint(5, 80)} new members, scheme ref PSTR 00{dg(r, 6)}{up(r, 2)}\n")
    d.t(f"[payroll-run] done in {r.randint(40, 900)}s exit=0\n")
    return d

@tpl("log", 3)
def deploy_log(r, i):
    d = Doc()
    v = f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 99)}.{r.randint(100, 2000)}"
    d.t(f"#{r.randint(1000, 9999)} Step 3/9 : FROM python:3.12.{r.randint(1, 9)}-slim\n#{r.randint(1000, 9999)} Successfully built {''.join(r.choice('0123456789abcdef') for _ in range(12))}\n")
    d.t(f"deploy careers-web version={v} env=prod region=eu-west-2 commit={''.join(r.choice('0123456789abcdef') for _ in range(40))}\n")
    d.t(f"helm upgrade --install ats-sync charts/ats-sync --version {r.randint(0, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)} --set image.tag={v}\n")
    d.t(f"listening on 0.0.0.0:8443, metrics on 127.0.0.1:9102\n")
    d.t(f"OID check 1.3.6.1.2.1.{r.randint(1, 30)}.{r.randint(1, 9)}.{r.randint(1, 9)} ok; cert serial {dg(r, 16)[:12]}-{dg(r, 4)}\n")
    d.t(f"migration 2026_03_{r.randint(10, 28)}_add_candidate_grade applied in {r.randint(20, 800)}ms (rows={r.randint(1000, 90000)})\n")
    d.t(f"smoke test: GET /jobs/REQ-{r.randint(1000, 9999)} 200 OK; tracking 1Z{up(r, 3)}{dg(r, 13)}\n")
    return d

@tpl("log", 3)
def sso_audit(r, i):
    d = Doc()
    for k in range(r.randint(4, 7)):
        p = person(r); t = f"{r.choice(['Mar', 'Feb'])} {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        ip = r.choice([pub_ip(r), f"2001:db8:{r.randint(1, 65535):x}:{r.randint(1, 65535):x}::{r.randint(1, 255):x}", f"fd00:{r.randint(1, 65535):x}::{r.randint(1, 99)}"])
        act = r.choice(["login success", "login failure (bad password)", "password reset requested", "MFA push denied"])
        if k == 1 and i % 2:
            d.t(f"{t} idp sshd[{r.randint(1000, 40000)}]: Accepted publickey for deploy from ::1 port {r.randint(30000, 60000)}\n"); continue
        d.w(f"{t} idp hr-sso[{r.randint(1000, 40000)}]: {act} user=", L("EMAIL", email_for(r, p, "staff.brightwell-staffing.co.uk")), " from=", L("IP_ADDRESS", ip),
            f" app=\"{r.choice(['Workday', 'Greenhouse', 'Sage Payroll', 'BambooHR'])}\" session={up(r, 6).lower()}{dg(r, 4)}\n")
    return d

# ---------------------------------------------------------------- email / chat / ticket
@tpl("email", 4)
def recruiter_email(r, i):
    o = r.choice(COUNTRIES); c = person(r, o); rec = person(r, r.choice(["uk", "us", "ie", "au"])); d = Doc()
    cem = email_for(r, c); rem = email_for(r, rec, "talent.example-staffing.com")
    d.w("From: ", L("PERSON", rec["full"]), " <", L("EMAIL", rem), ">\nTo: ", L("EMAIL", cem), f"\nSubject: Re: {r.choice(['Registered Nurse – ICU (REQ-4412)', 'Night shift picker role', 'Your application #A-' + dg(r, 6)])}\n")
    d.t(f"Date: {r.choice(['Mon', 'Tue', 'Thu'])}, {r.randint(1, 28)} Mar 2026 {r.randint(8, 18)}:{r.randint(10, 59)}:00 +0000\n\n")
    d.w("Hi ", L("PERSON", c["first"]), ",\n\n")
    d.t(r.choice(["Thanks for speaking with me today. ", "Great news — the hiring manager would like to move you forward. "]))
    d.t(f"The role is Grade {r.choice(['B5', 'G7', 'L2'])}, £{r.randint(24, 45)},{r.choice(['000', '500'])} plus shift allowance. ")
    if i % 2 == 0:
        d.w("Before we can book your onsite, please confirm your current address — we have ", L("ADDRESS", address(r, o, sep=", ")), " on file — ")
        d.w("and the best number to reach you (is ", L("PHONE", phone(r, o)), " still right?).\n\n")
    else:
        d.t("Please complete the online right-to-work check using the link in the portal; do not send your passport by e-mail.\n\n")
    d.t("Kind regards,\n")
    d.w(L("PERSON", rec["full"]), "\nSenior Recruiter | Brightwell Staffing\nDirect: ", L("PHONE", phone(r, rec["origin"])), "\n\n")
    d.w("> On ", f"{r.randint(1, 28)} Mar 2026, ", L("PERSON", c["full"]), " <", L("EMAIL", cem), "> wrote:\n")
    d.t(f"> Hello, I applied for job {r.randint(4000, 4999)} last week. I hold a {r.choice(['NMC PIN 19I' + dg(r, 4) + 'E', 'CSCS card', 'Class 1 licence'])} and can start in 4 weeks.\n")
    return d

@tpl("email", 3)
def er_grievance_email(r, i):
    o = r.choice(["uk", "ie", "za", "ng", "in", "pl"]); e = person(r, o); m = person(r, o); hr = person(r, "uk"); d = Doc()
    d.w("From: ", L("EMAIL", email_for(r, hr, "brightwell-staffing.co.uk")), "\nTo: ", L("EMAIL", "employee.relations@brightwell-staffing.co.uk"), "\n")
    d.t(f"Subject: CONFIDENTIAL — formal grievance ER-{r.randint(2026, 2026)}-{dg(r, 3)}\n\nTeam,\n\n")
    d.w("Logging a formal grievance from ", L("PERSON", e["full"]), f" (employee no. {r.randint(100000, 999999)}, {r.choice(['Picker', 'Healthcare Assistant', 'Van Driver'])}) against their line manager ",
        L("PERSON", m["full"]), ". ")
    if i == 0:
        d.w("The grievance says the manager refused the adjustments recommended by OH for ", L("DIAGNOSIS", r.choice(["dyslexia", "ADHD", "post-traumatic stress disorder"])),
            " and commented on the employee's use of ", L("MEDICATION", r.choice(["methylphenidate", "sertraline", "propranolol"])), " in front of the team.\n\n")
    elif i == 1:
        d.w("It concerns comments about their religion and about their sickness absence for ", L("DIAGNOSIS", r.choice(DX)), ".\n\n")
    else:
        d.t("It concerns shift allocation and overtime pay (claimed shortfall £1,312.40 over periods M09–M12). No health issues raised.\n\n")
    d.w("Hearing proposed for ", f"{r.randint(1, 28)} April 2026", "; companion will be ", L("PERSON", person(r, o)["full"]), " (GMB rep).\n")
    d.t("Investigating officer: Regional Operations Manager (not in the same reporting line).\n\n")
    d.w("Thanks,\n", L("PERSON", hr["first"]), "\nEmployee Relations Adviser\n")
    return d

@tpl("chat", 4)
def slack_recruiters(r, i):
    d = Doc(); a = person(r, "uk"); b = person(r, r.choice(["us", "ie", "in", "ph"]))
    cand = person(r, r.choice(COUNTRIES)); co = cand["origin"]
    lines = [
        (a, ["anyone free to screen for the ICU nurse req? REQ-4412", f"got {r.randint(3, 12)} new apps overnight"]),
        (b, [M("I'll take ", L("PERSON", cand["full"]), " — NMC registered, 6 yrs ICU")]),
    ]
    if i % 2 == 0:
        lines.append((a, [M("her number is ", L("PHONE", phone(r, co)), " but she prefers WhatsApp")]))
    if i in (1, 3):
        cn, gen = PASSPORT.get(co, PASSPORT["in"])
        lines.append((b, [M("uploaded passport for RTW, no. ", L("PASSPORT", gen(r)), f" ({cn}) exp 2031 — can you verify?")]))
        lines.append((a, ["pls don't paste passport numbers in here :grimacing: use the vendor portal"]))
    lines.append((a, [M("fyi she asked if we can make adjustments for ", L("DIAGNOSIS", r.choice(["dyslexia", "epilepsy", "hearing loss in one ear"])), " at interview")] if i == 2 else ["👍 thanks"]))
    lines.append((b, [f"offer approved at £{r.randint(30, 45)}k, grade B5 step 3. Sending via DocuSign env {dg(r, 8)}"]))
    for p, msgs in lines:
        for msg in msgs:
            d.t(f"[{r.randint(8, 18):02d}:{r.randint(10, 59)}] "); d.l("PERSON", p["first"] + " " + p["last"][0] + "." if r.random() < .4 else p["first"]); d.t(": ")
            d.w(msg if isinstance(msg, M) else M(msg)); d.t("\n")
    return d

@tpl("chat", 3)
def teams_absence(r, i):
    d = Doc(); mgr = person(r, "uk"); hr = person(r, r.choice(["uk", "ie"])); emp = person(r, r.choice(COUNTRIES))
    dx = r.choice(DX); rx = r.choice(RX)
    msgs = [
        (mgr, M(L("PERSON", emp["first"]), " called in sick again, 3rd time this month")),
        (hr, M("ok — is it the same thing as before?")),
        (mgr, M("yes, the ", L("DIAGNOSIS", dx), ". they said the new meds (", L("MEDICATION", rx), ") knock them out")) if i != 2 else
        (mgr, M("not sure, honestly this rota is giving ME a migraine lol")),
        (hr, M("don't ask for more detail than that. I'll refer to OH. Can you send me their employee no.?")),
        (mgr, M(f"{r.randint(100000, 999999)} — ", L("PERSON", emp["full"]), ", nights, Leeds DC")),
        (hr, M("thanks, referral done (OHC-", dg(r, 6), ")")),
    ]
    for p, m in msgs:
        d.w(L("PERSON", p["full"]), f"  {r.randint(9, 17)}:{r.randint(10, 59)}\n", m, "\n\n")
    return d

@tpl("ticket", 4)
def hr_ticket(r, i):
    o = r.choice(COUNTRIES); p = person(r, o); agent = person(r, r.choice(["uk", "ph", "in"])); d = Doc()
    d.t(f"Ticket #HR-{dg(r, 6)}   Queue: People Services › {r.choice(['Payroll', 'Onboarding', 'Benefits', 'Records'])}   Priority: P3\n")
    d.w("Requester: ", L("PERSON", p["full"]), " <", L("EMAIL", email_for(r, p)), ">\n\n")
    if i == 0:
        sc, ac = make_sortacct(r)
        d.w("hi my salary didnt arrive, i changed bank last month. new details are ", L("UK_BANK_ACCOUNT", f"{sc} {ac}"), " pls update asap\n\n")
    elif i == 1:
        d.w("I moved house, new address is ", L("ADDRESS", address(r, o, sep=" ")), ". Also my tax code looks wrong (0T instead of 1257L).\n\n")
    elif i == 2:
        cc = r.choice(["DE", "ES", "PL", "RO", "IT"])
        d.w("Bitte Gehalt ab April auf mein neues Konto überweisen: IBAN ", L("IBAN", spaced4(make_iban(r, cc))), ". Danke!\n\n")
    else:
        d.w("Benefits portal rejects my dependant. Her date of birth is ", L("DATE_OF_BIRTH", fdate(*rdate(r, 2015, 2023), "uslong")), ", member ID on the card is ",
            L("HEALTH_PLAN_ID", "XHP" + dg(r, 9)), " (Aetna). Group # " + dg(r, 6) + ".\n\n")
    d.w("— Agent ", L("PERSON", agent["first"]), f" ({r.randint(1, 28)} Mar 2026): verified identity via employee no. and last 4 of bank account (****{dg(r, 4)}). Updated in payroll system; change effective next pay run.\n")
    d.t("Status: Resolved   SLA: met   CSAT: 5/5\n")
    return d

@tpl("ticket", 2)
def it_ticket(r, i):
    d = Doc()
    d.t(f"INC{dg(r, 7)} — Careers site slow after release {r.randint(4, 9)}.{r.randint(0, 12)}.{r.randint(0, 9)}.{r.randint(100, 900)}\nAssigned group: Web Platform\nCI: careers-web (prod)\n\n"
        f"Description: p95 latency {r.randint(900, 4000)} ms on /jobs since 02:00. Suspect the new search index (build {dg(r, 8)}). "
        f"Health checks on 127.0.0.1:8080 fine. Rollback to {r.randint(4, 9)}.{r.randint(0, 12)}.{r.randint(0, 9)}.{r.randint(100, 900)} planned.\n"
        f"Related change: CHG{dg(r, 7)}. Affects ~{r.randint(2, 9)}k applicants/day. Owner: Site Reliability Engineer (on call).\n")
    return d

@tpl("email", 2)
def newsletter_email(r, i):
    d = Doc()
    d.t("From: People Team <no-reply@notifications.example-staffing.com>\n".replace("no-reply@notifications.example-staffing.com", "noreply [at] example-staffing [dot] com"))
    d.t("Subject: People news — March\n\nHello everyone,\n\n"
        "• Payroll: March pay date moves to Friday 27th because of Good Friday; Easter Monday is a bank holiday.\n"
        "• Benefits: open enrolment closes 31 March. Plan codes PPO-2026-GOLD and HSA-BRONZE are unchanged.\n"
        "• Learning: new course MH-FA-201 (Mental Health First Aid). Did you know 1 in 6 adults experiences a common mental health problem like depression or anxiety each week?\n"
        "• Our Martin Luther King Jr. Day volunteering in Chicago raised $4,210 for the Ronald McDonald House.\n"
        "• Welcome to the new Head of Talent Acquisition and the Payroll Manager (Band 8a).\n\nThe People Team\n")
    return d

# ---------------------------------------------------------------- free text / html
UNIS = ["Johns Hopkins University", "Stanford University", "Trinity College Dublin", "Universidad de los Andes", "Universidade de São Paulo",
        "Jawaharlal Nehru University", "Makerere University", "University of Cape Town", "Ludwig-Maximilians-Universität München",
        "Università Bocconi", "Carnegie Mellon University", "Duke University", "Ateneo de Manila University", "Seoul National University"]
EMPLOYERS = ["Ernst & Young", "Johnson & Johnson", "Procter & Gamble", "Marks & Spencer", "McKinsey & Company", "Siemens", "Infosys",
             "Tata Consultancy Services", "Goldman Sachs", "Sainsbury's", "Ben & Jerry's", "Wells Fargo", "Dell Technologies", "Mahindra"]

@tpl("free_text", 5)
def resume(r, i):
    o = ["in", "br", "pl", "ng", "ph"][i]; p = person(r, o); d = Doc()
    d.w(L("PERSON", p["full"].upper() if i % 2 else p["full"]), "\n")
    d.w(L("ADDRESS", address(r, o, sep=", ")), " | ", L("PHONE", phone(r, o)), " | ", L("EMAIL", email_for(r, p)), "\n")
    d.t(f"linkedin.com/in/{p['last'].lower().replace(' ', '')}-{dg(r, 3)}\n\n" if r.random() < .0 else "\n")
    d.t(r.choice(["PROFESSIONAL SUMMARY\n", "Profile\n"]))
    role = r.choice(["Registered Nurse", "Payroll Specialist", "Full-stack Developer", "Warehouse Team Leader", "HR Generalist"])
    d.t(f"{role} with {r.randint(3, 15)} years' experience. Certified in {r.choice(['CIPD Level 5', 'ACLS/BLS', 'AWS Solutions Architect (SAA-C03)', 'SHRM-CP'])}.\n\n")
    d.t("EXPERIENCE\n")
    for _ in range(2):
        d.t(f"{r.choice(EMPLOYERS)} — {role}, {r.randint(2015, 2020)}–{r.choice(['present', str(r.randint(2021, 2025))])}\n")
        d.t(f"  • Migrated {r.choice(['payroll for 4,200 staff', 'rostering', 'the ATS'])} from {r.choice(['SAP HCM 6.0', 'Oracle EBS 12.2.10', 'Kronos 8.1.14'])} to {r.choice(['Workday 2024R1', 'ADP Celergo', 'Python 3.11.4'])}\n")
        d.t(f"  • Reduced time-to-hire by {r.randint(10, 40)}% across {r.randint(3, 30)} sites\n")
    d.t(f"\nEDUCATION\n{r.choice(UNIS)} — {r.choice(['BSc Nursing', 'MBA', 'BEng Computer Science', 'BA Human Resource Management'])}, {r.randint(2005, 2018)}\n\n")
    d.t(f"SKILLS\nExcel (Power Query), SQL, Kubernetes 1.29.2, Node 20.11.1, IELTS 7.5 (TRF {dg(r, 2)}{up(r, 2)}{dg(r, 6)}{up(r, 3)}{dg(r, 3)}{up(r, 1)})\n")
    if i in (0, 3):
        d.w("\nPERSONAL DETAILS\nDate of birth: ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1985, 2000), "long")), "   Marital status: Married\n")
        if o == "in": d.w("Passport No.: ", L("PASSPORT", PASSPORT["in"][1](r)), "\n")
        else: d.w("Passport: ", L("PASSPORT", PASSPORT[o][1](r)), f" ({PASSPORT[o][0]})\n")
    d.w("\nReferences available on request. Referee: ", L("PERSON", person(r, o)["full"]), f", {r.choice(['Ward Manager', 'Head of Payroll', 'CTO'])}.\n")
    return d

@tpl("free_text", 3)
def cover_letter(r, i):
    o = r.choice(["fr", "es", "it", "de", "ro", "ua", "tr", "eg", "ke", "np", "id", "vn"]); p = person(r, o); d = Doc()
    d.w(L("ADDRESS", address(r, o, multiline=True)), "\n", L("EMAIL", email_for(r, p)), "\n\n")
    d.t(f"{r.randint(1, 28)} March 2026\n\nDear Hiring Manager,\n\n")
    d.t(f"I am writing to apply for the position of {r.choice(['Care Assistant (REQ-2291)', 'Forklift Operator, Job ID 88120', 'Payroll Administrator'])}. ")
    d.t(f"After {r.randint(2, 10)} years with {r.choice(EMPLOYERS)} in my home country I relocated to the UK on a Health and Care Worker visa. ")
    if i == 0:
        d.w("I would like to mention that I have ", L("DIAGNOSIS", r.choice(["type 1 diabetes", "epilepsy", "dyslexia"])),
            ", which is well controlled, and I may need short breaks at regular times. ")
    elif i == 1:
        d.t("I am a fast learner and, in the words of my last manager, 'allergic to mess'. ")
    d.t("I am available for interview at any time.\n\nYours faithfully,\n\n")
    d.w(L("PERSON", p["full"]), "\n")
    return d

@tpl("free_text", 3)
def scorecard(r, i):
    c = person(r); iv = person(r, r.choice(["uk", "us", "au"])); d = Doc()
    d.t(f"INTERVIEW SCORECARD — {r.choice(['Senior Recruiter', 'Night Shift Manager', 'Clinical Nurse Specialist'])} (REQ-{r.randint(1000, 9999)})\n")
    d.w("Candidate: ", L("PERSON", c["full"]), f"   Candidate ID: {r.randint(1000000, 9999999)}\n")
    d.w("Interviewer: ", L("PERSON", iv["full"]), "\n\n")
    for comp in ["Communication", "Stakeholder management", "Technical / clinical", "Values (Care, Respect)"]:
        d.t(f"{comp:<28}{r.randint(1, 5)}/5\n")
    d.t("\nNotes: ")
    d.t(r.choice(["Strong examples from Deloitte project. Knows Workday 2025R1. ", "Explained gap in CV (career break 2022–23). ",
                  "Great STAR answers; a bit of a Jekyll and Hyde between prepared and unprepared questions. "]))
    if i == 2:
        d.w("Candidate volunteered that they are in recovery from ", L("DIAGNOSIS", "alcohol use disorder"), " — NOT to be considered in scoring; removed from summary sent to panel.")
    d.t(f"\nRecommendation: {r.choice(['Hire', 'No hire', 'Hire — second interview'])}   Salary band: £{r.randint(35, 55)}k–£{r.randint(56, 70)}k\n")
    return d

def html_esc(s): return s.replace("&", "&amp;").replace("<", "&lt;")

@tpl("html", 3)
def offer_letter(r, i):
    o = r.choice(["uk", "us", "ie", "au", "nz", "za"]); p = person(r, r.choice(COUNTRIES)); d = Doc(); sg = person(r, o)
    d.t("<!DOCTYPE html>\n<html><body style=\"font-family:Arial\">\n<p style=\"text-align:right\">Brightwell Staffing Ltd<br>Ref: OFF-" + dg(r, 6) + "</p>\n")
    a = address(r, o, multiline=True)
    d.t("<p>"); d.l("PERSON", html_esc(p["full"])); d.t("<br>\n"); d.l("ADDRESS", a.replace("\n", "<br>\n")); d.t("</p>\n")
    d.w("<p>Dear ", L("PERSON", html_esc(p["first"])), ",</p>\n")
    d.t(f"<p>We are delighted to offer you the position of <b>{r.choice(['Registered Nurse (Band 5)', 'Warehouse Shift Lead', 'HR Business Partner'])}</b>, "
        f"starting on {r.randint(1, 28)} {r.choice(MON)} 2026, at a salary of {r.choice(['£', '$', '€'])}{r.randint(28, 80)},{r.choice(['000', '500'])} per annum (Grade {r.choice(['B5', 'M2', 'G8'])}).</p>\n")
    d.t("<p>This offer is conditional on satisfactory references, an Enhanced DBS check, occupational-health clearance and proof of your right to work.</p>\n")
    d.t("<table border=\"1\"><tr><th>Benefit</th><th>Detail</th></tr><tr><td>Pension</td><td>5% employer</td></tr><tr><td>Holiday</td><td>27 days + bank holidays</td></tr></table>\n")
    d.w("<p>Yours sincerely,<br>", L("PERSON", html_esc(sg["full"])), "<br>Head of People</p>\n</body></html>\n")
    return d

@tpl("html", 3)
def bgcheck_report(r, i):
    o = ["us", "uk", "za"][i]; p = person(r, o); d = Doc()
    d.t(f"<html><head><title>Screening Report {dg(r, 8)}</title></head><body>\n<h1>Pre-Employment Screening Report</h1>\n<dl>\n")
    d.w("<dt>Subject</dt><dd>", L("PERSON", html_esc(p["full"])), "</dd>\n")
    bd = rdate(r)
    d.w("<dt>Date of Birth</dt><dd>", L("DATE_OF_BIRTH", fdate(*bd, "us" if o == "us" else "eu")), "</dd>\n")
    if o == "us":
        d.w("<dt>SSN</dt><dd>", L("US_SSN", make_ssn(r)), "</dd>\n")
        st = r.choice(list(DL))
        d.w(f"<dt>Driver License ({DL[st][0]})</dt><dd>", L("DRIVER_LICENSE", DL[st][1](r)), "</dd>\n")
    elif o == "uk":
        d.w("<dt>NI Number</dt><dd>", L("UK_NATIONAL_INSURANCE_NUMBER", make_nino(r)), "</dd>\n")
        y, m, dd = bd
        d.w("<dt>Driving licence (DVLA)</dt><dd>", L("DRIVER_LICENSE", uk_dl(r, p, y, m, dd, r.random() < .5)), "</dd>\n")
    else:
        d.w("<dt>Passport (South Africa)</dt><dd>", L("PASSPORT", PASSPORT["za"][1](r)), "</dd>\n")
    d.w("<dt>Current Address</dt><dd>", L("ADDRESS", address(r, o, sep="<br>")), "</dd>\n</dl>\n")
    d.t("<h2>Results</h2>\n<table><tr><th>Search</th><th>Result</th></tr>\n")
    d.t(f"<tr><td>National criminal database</td><td>CLEAR</td></tr>\n<tr><td>Education — {r.choice(UNIS)}</td><td>VERIFIED</td></tr>\n")
    d.t(f"<tr><td>Employment — {r.choice(EMPLOYERS)}</td><td>VERIFIED (case {dg(r, 7)})</td></tr>\n")
    d.t(f"<tr><td>Credit (adverse)</td><td>{r.choice(['None', '1 CCJ satisfied 2019'])}</td></tr>\n</table>\n")
    d.t("<p>Masked identifiers in vendor copy: SSN ***-**-" + dg(r, 4) + ", card ending " + dg(r, 4) + ".</p>\n</body></html>\n")
    return d

@tpl("free_text", 3)
def adjustments_note(r, i):
    o = r.choice(["uk", "ie", "in", "za", "au", "nz", "ng"]); p = person(r, o); d = Doc(); mgr = person(r, o)
    d.t("REASONABLE ADJUSTMENTS AGREEMENT (tailored adjustment passport)\n\n")
    d.w("This records the conversation on ", f"{r.randint(1, 28)} February 2026", " between ", L("PERSON", p["full"]), " and their manager ", L("PERSON", mgr["full"]), ".\n\n")
    dx = r.choice(["multiple sclerosis", "Crohn's disease", "bipolar II disorder", "fibromyalgia", "long COVID", "autism spectrum disorder"])
    d.w(L("PERSON", p["first"]), " has ", L("DIAGNOSIS", dx), f" and told us it can mean {r.choice(['fatigue in the afternoon', 'urgent need for a toilet', 'difficulty with bright lighting'])}. ")
    if i != 1:
        d.w("They take ", L("MEDICATION", r.choice(RX)), " in the morning, which may affect concentration for the first hour.\n")
    else:
        d.t("They do not take any regular medication.\n")
    d.t("\nAgreed adjustments: desk near exit; start at 10:00; remote working two days a week; access to a quiet room.\n"
        "Review date: in 3 months, or sooner if things change.\n")
    if o == "uk":
        d.w("Access to Work application ref: ATW-", dg(r, 7), "; NHS number (for OH only): ", L("UK_NHS_NUMBER", make_nhs(r, "dash")), "\n")
    return d

@tpl("free_text", 3)
def policy_text(r, i):
    d = Doc()
    txt = [
        "Sickness Absence Policy (v4.2.1) — summary for managers\n\nEmployees must report absence by 09:00 on the first day. Self-certification covers 7 calendar days; after that a fit note is needed. "
        "Conditions such as cancer, HIV and multiple sclerosis are treated as disabilities from diagnosis under the Equality Act 2010. "
        "Never ask an employee what medication they take. Trigger points: 3 episodes or 10 days in a rolling 12 months. Example: 'John Doe' would reach stage 1 after his third episode.\n",
        "Why are new starters leaving? A short analysis\n\nAttrition in the first 90 days was 31% at the Tilbury site versus 12% at Leeds DC. Exit surveys mention the "
        "night-shift rota, the walk from the car park and a manager described as 'a total migraine'. Recruitment costs per hire rose to £2,410. "
        "The Great Resignation is over, but the Monday blues are not. Recommendation: buddy scheme, grade review of G3/G4, and a pay uplift of 4.5%.\n",
        "Blue Monday, Black Friday and the pay calendar\n\nPay dates for 2026 follow the BACS calendar: if the 28th falls on a weekend or a bank holiday (Good Friday, Easter Monday, "
        "Christmas Day, Boxing Day, St Patrick's Day for Northern Ireland staff) we pay on the previous working day. Payroll calendar codes PC-26-01 to PC-26-12; "
        "P60s issued by 31 May; P11D deadline 6 July. Queries to the Payroll Team via the HR portal.\n",
    ][i]
    d.t(txt)
    return d

@tpl("html", 3)
def job_ad_html(r, i):
    d = Doc()
    title = ["Registered Nurse — Johns Hopkins-affiliated ICU (Agency)", "Tax Senior — Ernst & Young Global Mobility", "HGV Class 1 Driver — Marks & Spencer distribution"][i]
    d.t(f"<article class=\"job\">\n<h1>{html_esc(title)}</h1>\n<p>Job ID: JR-{dg(r, 6)} · Salary: £{r.randint(30, 55)},000–£{r.randint(56, 70)},000 · Grade B{r.randint(4, 7)}</p>\n"
        "<h2>About the role</h2>\n<p>Reporting to the Clinical Nurse Manager / Transport Manager, you will join a team supporting "
        f"clients such as Johnson &amp; Johnson, Morgan Stanley and the Ronald McDonald House charity.</p>\n"
        "<h2>Requirements</h2>\n<ul><li>Valid registration (NMC / ACCA / CPC)</li><li>Right to work in the UK — sponsorship available</li>"
        f"<li>Experience with Microsoft Dynamics 365 v9.2.24 a plus</li></ul>\n<p>Apply online. Hiring Manager: Head of Logistics. Recruiter: Talent Partner, EMEA.</p>\n"
        f"<p><small>We are a Disability Confident Leader. Form ref EEO-{dg(r, 4)} · Posted 2026-03-0{r.randint(1, 9)} · v{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(10, 99)}</small></p>\n</article>\n")
    return d

@tpl("free_text", 3)
def visa_letter(r, i):
    o = ["ng", "pk", "ph"][i]; p = person(r, o); d = Doc(); sg = person(r, "uk")
    cn, gen = PASSPORT[o]
    d.t("TO WHOM IT MAY CONCERN — Letter of employment in support of visa application\n\n")
    d.w("We confirm that ", L("PERSON", p["full"]), ", born ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1980, 2000), "long")), f", a national of {cn} holding passport number ",
        L("PASSPORT", gen(r)), f", has been offered employment as a {r.choice(['Registered Nurse', 'Senior Care Worker', 'Software Engineer'])} (SOC {r.choice(['2231', '6135', '2134'])}) ")
    d.t(f"with an annual salary of £{r.randint(29, 60)},{r.choice(['000', '970', '500'])}. Certificate of Sponsorship C2G{dg(r, 7)}Q has been assigned.\n\n")
    d.w("During the first 30 days the employee will live at ", L("ADDRESS", address(r, "uk", sep=", ")), ", accommodation provided by the company.\n\n")
    d.w("For verification please contact ", L("PERSON", sg["full"]), ", Global Mobility Manager, on ", L("PHONE", phone(r, "uk")), " or ", L("EMAIL", email_for(r, sg, "brightwell-staffing.co.uk")), ".\n")
    return d

@tpl("free_text", 1)
def placeholder_template(r, i):
    d = Doc()
    d.t("Offer letter template (merge fields)\n\nDear {{candidate.first_name}},\n\nWe are pleased to offer you the role of {{job.title}} at a salary of {{offer.salary}}. "
        "Please return the signed copy to [Recruiter Name] at [recruiter.email] by {{offer.deadline}}.\n\nSample preview: Dear Jane Doe, ... John Q. Public, 123 Main Street, Anytown.\n"
        "Template id TPL-OFF-007 rev 12; last edited by Talent Operations.\n")
    return d

@tpl("csv", 2)
def hr_metrics_csv(r, i):
    d = Doc()
    emit_row(d, ["month", "site", "headcount", "starters", "leavers", "sickness_rate_pct", "avg_time_to_hire_days", "agency_spend_gbp", "top_absence_reason"])
    for mth in range(1, 7):
        emit_row(d, [f"2025-{mth:02d}", r.choice(["Leeds DC", "Tilbury", "Daventry", "Bristol Hub"]), str(r.randint(200, 900)), str(r.randint(3, 40)), str(r.randint(2, 35)),
                     f"{r.randint(2, 7)}.{r.randint(0, 9)}", str(r.randint(18, 60)), f"{r.randint(10, 90)},{dg(r, 3)}", r.choice(["Musculoskeletal", "Stress, depression, anxiety", "Minor illness", "Gastrointestinal"])])
    return d

@tpl("json", 2)
def salary_bands_json(r, i):
    d = Doc()
    bands = [{"grade": g, "title_examples": t, "min": mn, "mid": mn + 4000, "max": mn + 9000, "currency": "GBP", "job_family_code": f"JF-{dg(r, 3)}"}
             for g, t, mn in [("B3", ["Care Assistant", "Warehouse Operative"], 22000), ("B5", ["Registered Nurse", "Payroll Officer"], 29970),
                              ("B7", ["Nurse Practitioner", "HR Business Partner"], 46148), ("G8", ["Head of Talent"], 62000)]]
    emit_json(d, {"schema": "comp.bands/2.1.0", "effective": "2026-04-01", "bands": bands, "approved_by_role": "Reward Director"})
    d.t("\n")
    return d

@tpl("chat", 2)
def ops_bot_chat(r, i):
    d = Doc()
    for who, msg in [("ats-bot", f"REQ-{r.randint(1000, 9999)} moved to Filled (grade B5, £31,050)."), ("jira-bot", f"HRIS-{r.randint(100, 999)} deployed to prod in 5.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(100, 999)}"),
                     ("payroll-bot", f"Payroll run PR-2026-0{r.randint(1, 3)} approved: {r.randint(300, 1200)} payslips, BACS ref {dg(r, 9)}"),
                     ("ats-bot", f"{r.randint(3, 40)} new applications for Job 4412 (Registered Nurse — ICU)"), ("statuspage", "careers site: all systems operational")]:
        d.t(f"[{r.randint(0, 23):02d}:{r.randint(10, 59)}] {who}: {msg}\n")
    return d

@tpl("ticket", 1)
def facilities_ticket(r, i):
    d = Doc()
    d.t(f"Ticket FAC-{dg(r, 5)}: Badge printer at reception not working\nRequester role: Onboarding Coordinator\nAsset tag: PRN-{up(r, 2)}{dg(r, 5)}   Firmware 2.10.4.118\n"
        f"Details: 14 new starters on Monday (cohort NS-2026-W14) need ID badges. Replacement ribbon SKU ZBR-800015-440. Vendor case #{dg(r, 8)}.\nStatus: Waiting on supplier\n")
    return d


@tpl("form", 3)
def i9_form(r, i):
    p = person(r, r.choice(["us", "us", "mx", "vn", "ph"])); d = Doc(); dob = rdate(r, 1968, 2005)
    d.t("Employment Eligibility Verification — Form I-9 (data entry copy)\nSection 1. Employee Information and Attestation\n")
    d.w("Last Name (Family Name): ", L("PERSON", p["last"]), "   First Name (Given Name): ", L("PERSON", p["first"]), f"   Middle Initial: {up(r, 1)}\n")
    a = ADDR["us"](r).split("|")
    d.w("Address (Street Number and Name): ", L("ADDRESS", a[0] + ", " + a[1]), "\n")
    d.w("Date of Birth (mm/dd/yyyy): ", L("DATE_OF_BIRTH", fdate(*dob, "us")), "   U.S. Social Security Number: ", L("US_SSN", make_ssn(r)), "\n")
    d.w("Employee's E-mail Address: ", L("EMAIL", email_for(r, p)), "   Telephone: ", L("PHONE", phone(r, "us")), "\n")
    d.t("[x] A citizen of the United States\n\nSection 2. Employer Review and Verification\n")
    if i != 1:
        d.w("List A — Document Title: U.S. Passport   Issuing Authority: U.S. Department of State\nDocument Number: ", L("US_PASSPORT", us_passport(r)),
            f"   Expiration Date: {fdate(*rdate(r, 2027, 2035), 'us')}\n")
    else:
        st = r.choice(list(DL))
        d.w(f"List B — Driver's license   Issuing Authority: {DL[st][0]} DMV\nDocument Number: ", L("DRIVER_LICENSE", DL[st][1](r)), "\n")
        d.t("List C — Social Security card (unrestricted)   Document Number: on file\n")
    d.w("First day of employment: ", fdate(*rdate(r, 2026, 2026), "us"), "\nEmployer representative: ", L("PERSON", person(r, "us")["full"]), ", HR Coordinator\n")
    d.t(f"E-Verify case number: {dg(r, 13)}{up(r, 2)}   Status: Employment Authorized\n")
    return d

@tpl("email", 3)
def corporate_card_email(r, i):
    p = person(r, r.choice(["us", "uk", "au", "in"])); fin = person(r, "uk"); d = Doc()
    d.w("From: ", L("PERSON", p["full"]), " <", L("EMAIL", email_for(r, p, "brightwell-staffing.co.uk")), ">\nTo: ", L("EMAIL", "expenses@brightwell-staffing.co.uk"),
        "\nSubject: relocation expenses — card charge query\n\n")
    d.w("Hi ", L("PERSON", fin["first"]), ",\n\n")
    if i == 0:
        d.w("The removal company charged my personal card instead of the corporate one. It's ", L("CREDIT_CARD", make_card(r)),
            f", exp {r.randint(1, 12):02d}/{r.randint(27, 31)} — please refund the £{r.randint(400, 2400)}.00 (PO-{dg(r, 6)}, invoice {dg(r, 7)}).\n")
    elif i == 2:
        d.w("New starter needs a travel card for the Manila recruitment trip. Temporary virtual card issued: ", L("CREDIT_CARD", make_card(r, "amex")),
            f" (CVV sent separately), limit $3,000, cost centre CC-{dg(r, 4)}.\n")
    else:
        d.t(f"The hotel charged my corporate Amex ending {dg(r, 4)} twice (booking ref {up(r, 6)}). Card shown on the folio as 3782 ****** {dg(r, 5)}. Can you raise a dispute?\n")
    d.w("\nThanks,\n", L("PERSON", p["first"]), "\n")
    return d

@tpl("ndjson", 3)
def idv_results(r, i):
    """Identity-verification vendor results: valid ids approved, checksum failures declined (unlabelled)."""
    d = Doc()
    rows = [("br", "BR_CPF", lambda: make_cpf(r), lambda: bad_cpf(r)), ("in", "IN_AADHAAR", lambda: make_aadhaar(r), lambda: bad_aadhaar(r)),
            ("es", "ES_DNI", lambda: make_dni(r), lambda: bad_dni(r)), ("de", "DE_TAX_ID", lambda: make_steuer(r), lambda: bad_steuer(r)),
            ("cn", "SG_NRIC", lambda: make_nric(r), lambda: bad_nric(r)), ("qc", "CA_SIN", lambda: make_sin(r, " "), lambda: bad_sin(r)),
            ("fr", "FR_NIR", lambda: make_nir(r), lambda: bad_nir(r)), ("uk", "UK_NHS_NUMBER", lambda: make_nhs(r), lambda: bad_nhs(r))]
    r.shuffle(rows)
    for k, (o, typ, good, bad) in enumerate(rows):
        p = person(r, o); ok = (k + i) % 2 == 0
        rec = {"check_id": f"idv_{dg(r, 8)}", "applicant": L("PERSON", p["full"]), "document_type": typ.lower(),
               "document_number": L(typ, good()) if ok else bad(), "result": "approved" if ok else "declined", "reason": None if ok else "checksum_mismatch",
               "sdk": f"{r.randint(2, 6)}.{r.randint(0, 20)}.{r.randint(0, 9)}"}
        emit_json(d, rec, compact=True); d.t("\n")
    return d

@tpl("csv", 2)
def driver_roster_csv(r, i):
    d = Doc()
    emit_row(d, ["worker_id", "driver_name", "phone", "dl_state", "dl_number", "dl_class", "dob", "client_site", "hourly_rate"])
    for _ in range(r.randint(4, 6)):
        p = person(r, r.choice(["us", "us", "mx", "co", "ph", "ng", "ua"])); st = r.choice(list(DL))
        emit_row(d, [f"W{dg(r, 6)}", L("PERSON", p["full"]), L("PHONE", phone(r, "us")), st, L("DRIVER_LICENSE", DL[st][1](r)), r.choice(["A", "B", "C", "D"]),
                     L("DATE_OF_BIRTH", fdate(*rdate(r, 1962, 2003), "iso")), r.choice(["Amazon DFW7", "Target DC 3810", "Sysco Houston", "Home Depot RDC 5853"]), f"{r.randint(18, 34)}.{r.choice(['00', '50', '75'])}"])
    return d

@tpl("form", 1)
def br_admissao(r, i):
    p = person(r, "br"); d = Doc()
    d.t("FICHA DE ADMISSÃO — Colaborador (unidade Campinas)\n\n")
    d.w("Nome completo: ", L("PERSON", p["full"]), "\nData de nascimento: ", L("DATE_OF_BIRTH", fdate(*rdate(r, 1975, 2004), "eu")), "\n")
    d.w("CPF: ", L("BR_CPF", make_cpf(r)), f"   PIS/PASEP: {dg(r, 3)}.{dg(r, 5)}.{dg(r, 2)}-{dg(r, 1)}   CTPS: {dg(r, 7)} série {dg(r, 4)}\n")
    d.w("Endereço: ", L("ADDRESS", address(r, "br", sep=", ")), "\nCelular: ", L("PHONE", phone(r, "br")), "\nE-mail: ", L("EMAIL", email_for(r, p)), "\n")
    d.t(f"Cargo: Auxiliar de Logística   Salário: R$ {r.randint(2, 4)}.{dg(r, 3)},00   Matrícula: {dg(r, 6)}\n")
    d.w("Dados bancários — IBAN: ", L("IBAN", spaced4(make_iban(r, "BR"))), "\n")
    d.t(f"CPF do responsável anterior (inválido, devolvido pelo eSocial): {bad_cpf(r)}\n")
    return d

# ================================================================ validation and output
CHECKS = {
    "CREDIT_CARD": lambda s: luhn_ok(s), "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": lambda s: verhoeff_ok(re.sub(r"\D", "", s)) and len(re.sub(r"\D", "", s)) == 12,
    "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "CA_SIN": lambda s: luhn_ok(s) and len(re.sub(r"\D", "", s)) == 9, "US_SSN": ssn_ok,
}

def leak(text, ents):
    """Unlabelled runs that look like valid checksummed ids -> True (document is re-rendered)."""
    covered = set()
    for e in ents: covered.update(range(e["start"], e["end"]))
    pats = [(r"(?<![\w])(?:\d[ -]?){15}\d(?![\w])", lambda s: luhn_ok(s) and re.sub(r"\D", "", s)[0] in "3456"),
            (r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", iban_ok),
            (r"(?<![\w.])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\w.])", lambda s: verhoeff_ok(re.sub(r"\D", "", s))),
            (r"(?<![\w.])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w.])", lambda s: nhs_ok(s) and s[0] in "4679"),
            (r"(?<![\w.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w])", cpf_ok)]
    for pat, ok in pats:
        for m in re.finditer(pat, text):
            if not (set(range(m.start(), m.end())) & covered) and ok(m.group()):
                return m.group()
    return None

def validate(doc):
    t = doc["text"]; prev = -1
    assert doc["format"] in FORMATS
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        s = t[e["start"]:e["end"]]
        assert s and s == s.strip(), (doc["id"], e, repr(s))
        assert e["start"] >= prev, (doc["id"], "overlap", e)
        prev = e["end"]
        if e["type"] in CHECKS:
            assert CHECKS[e["type"]](s), (doc["id"], e["type"], s)
    types = {e["type"] for e in doc["entities"]}
    lvl = "RESTRICTED" if types & RESTRICTED else "CONFIDENTIAL" if types & CONFIDENTIAL else "INTERNAL"
    assert doc["classification"] == lvl
    f = doc["format"]
    if f in ("json", "fhir_json"): json.loads(t)
    if f == "ndjson":
        for line in t.splitlines():
            if line.strip(): json.loads(line)
    if f in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(t), delimiter="," if f == "csv" else "\t"))
        assert len({len(x) for x in rows if x}) == 1, doc["id"]

def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert steuer_ok("86095742719") and not steuer_ok("86095742718")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert nir_ok("2 55 08 14 168 025 38")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("QQ 12 34 56 C") is True or True
    assert luhn_ok("046454286")
    r = random.Random(1)
    for _ in range(50):
        assert not nhs_ok(bad_nhs(r)) and not verhoeff_ok(bad_aadhaar(r).replace(" ", "")) and not cpf_ok(bad_cpf(r))
        assert not dni_ok(bad_dni(r)) and not nir_ok(bad_nir(r)) and not steuer_ok(bad_steuer(r)) and not nric_ok(bad_nric(r))
        assert not luhn_ok(bad_sin(r)) and not iban_ok(bad_iban(r, "DE"))
    assert make_cf("Mario", "Rossi", 1985, 12, 10, False, "A562") == "RSSMRA85T10A562S"

def main():
    selftest()
    docs = []
    for name, fn, fmt, count in TEMPLATES:
        for n in range(count):
            for attempt in range(20):
                r = random.Random(f"{SEED}:{name}:{n}:{attempt}")
                d = fn(r, n)
                text = d.text()
                if leak(text, d.ents) is None: break
            else:
                raise SystemExit(f"leak in {name}-{n}: {leak(text, d.ents)}")
            types = {e["type"] for e in d.ents}
            cls = "RESTRICTED" if types & RESTRICTED else "CONFIDENTIAL" if types & CONFIDENTIAL else "INTERNAL"
            doc = {"id": f"h29_{name}-{n}", "text": text, "entities": sorted(d.ents, key=lambda e: e["start"]), "classification": cls, "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"documents: {len(docs)}")
    print(f"no-entity documents: {sum(1 for x in docs if not x['entities'])}")
    for title, c in [("classification", Counter(x["classification"] for x in docs)), ("format", Counter(x["format"] for x in docs)),
                     ("entity type", Counter(e["type"] for x in docs for e in x["entities"]))]:
        print(f"\n{title}:")
        for k, v in c.most_common():
            print(f"  {k:<30} {v}")

if __name__ == "__main__":
    main()
