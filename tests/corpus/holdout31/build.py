#!/usr/bin/env python3
"""holdout31 generator: university research hospital labs / biobank / clinical-trials unit corpus.
Standard library only, deterministic. Written from the public contract (LABELS.md, BRIEF) only."""
import json, random, csv, io, re, sys, os
from collections import Counter

SEED = "holdout31/biobank-aurora-4417"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout31.jsonl")

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS", "MEDICATION",
              "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
              "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID", "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR",
              "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL = {"PERSON"}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

# ---------------------------------------------------------------- builder
class L:
    """A labelled value."""
    def __init__(self, t, v):
        assert t in RESTRICTED | CONFIDENTIAL | INTERNAL, t
        self.t, self.v = t, str(v)

class M:
    """A mixed string: plain pieces and L pieces (used inside JSON/CSV cells)."""
    def __init__(self, *parts):
        self.parts = list(parts)
    def plain(self):
        return "".join(p.v if isinstance(p, L) else str(p) for p in self.parts)

class Doc:
    def __init__(self):
        self.buf = []; self.n = 0; self.ents = []
    def _w(self, s):
        self.buf.append(s); self.n += len(s)
    def add(self, *xs):
        for x in xs:
            if isinstance(x, L):
                st = self.n; self._w(x.v); self.ents.append({"type": x.t, "start": st, "end": self.n, "_v": x.v})
            elif isinstance(x, M):
                self.add(*x.parts)
            elif isinstance(x, (list, tuple)):
                self.add(*x)
            elif x is None:
                continue
            else:
                self._w(str(x))
        return self
    def text(self):
        return "".join(self.buf)

def plain(x):
    if isinstance(x, L): return x.v
    if isinstance(x, M): return x.plain()
    return str(x)

# JSON emitter with labels inside string literals
def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jstr(d, x):
    if isinstance(x, L):
        assert _jesc(x.v) == x.v, x.v
        d.add('"', x, '"')
    elif isinstance(x, M):
        d.add('"')
        for p in x.parts:
            if isinstance(p, L):
                assert _jesc(p.v) == p.v; d.add(p)
            else:
                d.add(_jesc(str(p)))
        d.add('"')
    else:
        d.add(json.dumps(x, ensure_ascii=False))

def jemit(d, obj, indent=2, lvl=0, compact=False):
    if isinstance(obj, dict):
        if not obj: d.add("{}"); return
        d.add("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if compact:
                d.add(json.dumps(k, ensure_ascii=False), ": ")
            else:
                d.add("\n", " " * (indent * (lvl + 1)), json.dumps(k, ensure_ascii=False), ": ")
            jemit(d, v, indent, lvl + 1, compact)
            if i < len(items) - 1: d.add(", " if compact else ",")
        d.add("}" if compact else "\n" + " " * (indent * lvl) + "}")
    elif isinstance(obj, list):
        if not obj: d.add("[]"); return
        d.add("[")
        for i, v in enumerate(obj):
            if not compact: d.add("\n", " " * (indent * (lvl + 1)))
            jemit(d, v, indent, lvl + 1, compact)
            if i < len(obj) - 1: d.add(", " if compact else ",")
        d.add("]" if compact else "\n" + " " * (indent * lvl) + "]")
    elif isinstance(obj, (L, M, str)):
        jstr(d, obj)
    else:
        d.add(json.dumps(obj))

def row(d, cells, sep=","):
    """CSV/TSV row writer; labels cell content inside any quotes."""
    for i, c in enumerate(cells):
        if i: d.add(sep)
        p = plain(c)
        if sep in p or '"' in p or "\n" in p:
            assert not (isinstance(c, L) and '"' in p)
            if isinstance(c, (L, M)) :
                d.add('"', c, '"')
            else:
                d.add('"' + p.replace('"', '""') + '"')
        else:
            d.add(c)
    d.add("\n")

# ---------------------------------------------------------------- checksums (from public specifications)
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2: v *= 2; v -= 9 if v > 9 else 0
        tot += v
    return tot % 10 == 0

def luhn_complete(prefix, length, r):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

def luhn_bad(prefix, length, r):
    s = luhn_complete(prefix, length, r)
    return s[:-1] + str((int(s[-1]) + r.randint(1, 9)) % 10)

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    return len(s) > 14 and _iban_num(s[4:] + s[:4]) % 97 == 1

def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)

def digits(r, n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0": s = str(r.randint(1, 9)) + s[1:]
    return s

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
def es_ccc(s, w=(1, 2, 4, 8, 5, 10, 9, 7, 3, 6)):
    v = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
    return {11: 0, 10: 1}.get(v, v)

def bban(cc, r):
    if cc == "DE": return digits(r, 8, True) + digits(r, 10)
    if cc == "FR":
        b, g, a = digits(r, 5, True), digits(r, 5), digits(r, 11)
        key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
        return b + g + a + "%02d" % key
    if cc == "ES":
        bk, br, ac = digits(r, 4), digits(r, 4), digits(r, 10)
        return bk + br + str(es_ccc("00" + bk + br)) + str(es_ccc(ac)) + ac
    if cc == "BE":
        x = digits(r, 10); k = int(x) % 97 or 97
        return x + "%02d" % k
    if cc == "NL": return r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + digits(r, 10)
    if cc == "DK": return digits(r, 14)
    if cc == "FI": return digits(r, 14)
    if cc == "SE": return digits(r, 20)
    if cc == "NO": return digits(r, 11)
    if cc == "CH": return digits(r, 5) + digits(r, 12)
    if cc == "AT": return digits(r, 16, True)
    if cc == "PT": return digits(r, 21)
    if cc == "GR": return digits(r, 23)
    if cc == "IL": return digits(r, 19)
    if cc == "SA": return digits(r, 2) + digits(r, 18)
    if cc == "EE": return digits(r, 16)
    if cc == "IS": return digits(r, 22)
    if cc == "LB": return digits(r, 4) + "".join(r.choice(ALNUM) for _ in range(20))
    if cc == "IT": return r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, 10) + digits(r, 12)
    raise KeyError(cc)

def iban(r, cc, spaced=None):
    s = iban_make(cc, bban(cc, r))
    assert iban_ok(s)
    if spaced is None: spaced = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

def iban_bad(r, cc):
    s = iban_make(cc, bban(cc, r))
    s = s[:2] + "%02d" % ((int(s[2:4]) + r.randint(1, 40)) % 97 + 2 if int(s[2:4]) < 50 else int(s[2:4]) - r.randint(1, 40)) + s[4:]
    if iban_ok(s): return iban_bad(r, cc)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def nhs_ok(s):
    s = s.replace(" ", "").replace("-", "")
    if len(s) != 10 or not s.isdigit(): return False
    c = 11 - sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])

def nhs(r, bad=False):
    while True:
        b = str(r.randint(4, 6)) + digits(r, 8)
        c = 11 - sum(int(b[i]) * (10 - i) for i in range(9)) % 11
        c = 0 if c == 11 else c
        if c == 10: continue
        if bad: c = (c + r.randint(1, 9)) % 10
        s = b + str(c)
        if nhs_ok(s) != bad:
            return "%s %s %s" % (s[:3], s[3:6], s[6:])

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
       [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
       [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)): c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)): c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])
def aadhaar(r, bad=False):
    b = str(r.randint(2, 9)) + digits(r, 10)
    d = verhoeff_digit(b)
    if bad: d = str((int(d) + r.randint(1, 9)) % 10)
    s = b + d
    assert verhoeff_ok(s) != bad
    return "%s %s %s" % (s[:4], s[4:8], s[8:])

def cpf_digits(b):
    s = sum(int(b[i]) * (10 - i) for i in range(9)); d1 = (s * 10) % 11 % 10
    s = sum(int((b + str(d1))[i]) * (11 - i) for i in range(10)); d2 = (s * 10) % 11 % 10
    return "%d%d" % (d1, d2)
def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]
def cpf(r, bad=False):
    b = digits(r, 9); c = cpf_digits(b)
    if bad: c = c[0] + str((int(c[1]) + 3) % 10)
    s = b + c
    assert cpf_ok(s) != bad
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    n = s[:-1]
    if n[0] in "XYZ": n = str("XYZ".index(n[0])) + n[1:]
    return n.isdigit() and DNI_L[int(n) % 23] == s[-1]
def dni(r, nie=False, bad=False):
    if nie:
        p = r.choice("XYZ"); b = digits(r, 7); n = int(str("XYZ".index(p)) + b); head = p + b
    else:
        b = digits(r, 8, True); n = int(b); head = b
    l = DNI_L[n % 23]
    if bad: l = DNI_L[(n + r.randint(1, 22)) % 23]
    s = head + l
    assert dni_ok(s) != bad
    return s if r.random() < 0.7 or nie else head + "-" + l

def nir(r, sex, dob, bad=False):
    y, m, _ = dob
    dept = "%02d" % r.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94, 6, 34])
    body = "%d%02d%02d%s%03d%03d" % (sex, y % 100, m, dept, r.randint(1, 990), r.randint(1, 999))
    key = 97 - int(body) % 97
    if bad: key = (key + r.randint(1, 50)) % 97 + 1
    s = body + "%02d" % key
    assert nir_ok(s) != bad
    return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]) if r.random() < 0.6 else s
def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(b):
    p = 10
    for ch in b:
        s = (int(ch) + p) % 10
        if s == 0: s = 10
        p = (s * 2) % 11
    c = 11 - p
    return 0 if c == 10 else c
def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0": return False
    cnt = Counter(s[:10]); rep = [k for k, v in cnt.items() if v > 1]
    if len(rep) != 1 or cnt[rep[0]] > 3: return False
    return steuer_check(s[:10]) == int(s[10])
def steuer(r, bad=False):
    while True:
        ds = r.sample("123456789", 1) + r.sample("0123456789", 9)
        ds = ds[:10]
        if len(set(ds)) == 10: ds[r.randint(1, 9)] = ds[r.randint(0, 9)]
        b = "".join(ds)
        if b[0] == "0": continue
        c = steuer_check(b)
        if bad: c = (c + r.randint(1, 9)) % 10
        s = b + str(c)
        if steuer_ok(s) != bad:
            return s if r.random() < 0.6 else "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        t += CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return chr(65 + t % 26)
def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]
def _cons(s): return [c for c in s if c.isalpha() and c not in "AEIOU"]
def _vow(s): return [c for c in s if c in "AEIOU"]
def _asc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if c.isalpha() and ord(c) < 128)
def codice_fiscale(r, given, family, dob, female, bad=False):
    f = _asc(family); g = _asc(given)
    sur = "".join((_cons(f) + _vow(f) + ["X"] * 3)[:3])
    cg = _cons(g)
    nm = "".join([cg[0], cg[2], cg[3]]) if len(cg) >= 4 else "".join((cg + _vow(g) + ["X"] * 3)[:3])
    y, m, d = dob
    code = sur + nm + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % (d + (40 if female else 0)) + \
        r.choice(["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736", "C351", "G224"])
    c = cf_check(code)
    if bad: c = chr(65 + (ord(c) - 65 + r.randint(1, 25)) % 26)
    s = code + c
    assert cf_ok(s) != bad
    return s

def nric(r, prefix=None, bad=False):
    p = prefix or r.choice("STFG")
    b = digits(r, 7)
    t = sum(int(c) * w for c, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    tab = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    l = tab[t % 11]
    if bad: l = tab[(t + r.randint(1, 10)) % 11]
    s = p + b + l
    assert nric_ok(s) != bad
    return s
def nric_ok(s):
    p, b, l = s[0], s[1:8], s[8]
    t = sum(int(c) * w for c, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    return ("JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK")[t % 11] == l

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi(r, dashed=None):
    an = MBI_A + "0123456789"
    s = str(r.randint(1, 9)) + r.choice(MBI_A) + r.choice(an) + str(r.randrange(10)) + r.choice(MBI_A) + \
        r.choice(an) + str(r.randrange(10)) + r.choice(MBI_A) + r.choice(MBI_A) + digits(r, 2)
    assert mbi_ok(s)
    if dashed is None: dashed = r.random() < 0.5
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s
def mbi_ok(s):
    s = s.replace("-", "")
    pat = "N A X N A X N A A N N".split()
    if len(s) != 11: return False
    for c, p in zip(s, pat):
        if p == "N" and not c.isdigit(): return False
        if p == "A" and c not in MBI_A: return False
        if p == "X" and c not in MBI_A + "0123456789": return False
    return s[0] != "0"

def nino(r):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a = r.choice([c for c in "ABCEGHJKLMNOPRSTWXYZ" if c not in bad1])
        b = r.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in bad2])
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): break
    n = digits(r, 6); suf = r.choice("ABCD")
    return r.choice(["%s%s %s %s %s %s" % (a, b, n[:2], n[2:4], n[4:], suf), a + b + n + suf])

def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    g = r.randint(1, 99); s = r.randint(1, 9999)
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

def sin(r, bad=False):
    s = luhn_bad(str(r.randint(1, 7)), 9, r) if bad else luhn_complete(str(r.randint(1, 7)), 9, r)
    assert luhn_ok(s) != bad
    return "%s %s %s" % (s[:3], s[3:6], s[6:]) if r.random() < 0.5 else "%s-%s-%s" % (s[:3], s[3:6], s[6:])

def card(r, bad=False):
    kind = r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "amex":
        p, n = r.choice(["34", "37"]), 15
    else:
        p = {"visa": "4" + digits(r, 1), "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720)), "disc": "6011"}[kind]; n = 16
    s = luhn_bad(p, n, r) if bad else luhn_complete(p, n, r)
    if n == 15: return "%s %s %s" % (s[:4], s[4:10], s[10:])
    return r.choice([" ", "-", ""]).join(s[i:i + 4] for i in range(0, 16, 4))

# ---------------------------------------------------------------- names (hand-written, by origin)
NAMES = {
 "DK": ("Mette Søren Rasmus Freja Asger Ida Magnus Signe Thorkild Bodil".split(), "Kjærgaard Nørgaard Thygesen Søndergaard Lauritsen Bisgaard Mikkelsen Østergård".split()),
 "SE": ("Linnéa Björn Ingrid Hjalmar Elsa Åke Maja Torbjörn".split(), "Lindqvist Sjöberg Åström Bergström Ekdahl Wallin Löfgren Håkansson".split()),
 "FI": ("Aino Eero Tuulikki Jussi Kaisu Ilmari Sanni Väinö".split(), "Virtanen Heikkilä Mäkelä Kärkkäinen Hyvönen Laaksonen Räsänen Nieminen".split()),
 "NO": ("Solveig Eirik Ragnhild Håkon Sigrid Øystein Tuva Vegard".split(), "Haugland Bjørnstad Fjeldheim Solberg Aasen Myklebust Skjervheim".split()),
 "IS": ("Guðrún Sigurður Ásdís Þórarinn Hrafnhildur Einar Björk".split(), ["Þórsdóttir", "Magnússon", "Gunnarsdóttir", "Ólafsson", "Hallgrímsdóttir", "Sveinbjörnsson"]),
 "EE": ("Kadri Tõnis Liis Mihkel Kersti Rasmus Triinu".split(), "Tamm Saar Sepp Kask Mägi Õunapuu Rebane Kõiv".split()),
 "DE": ("Hannelore Jürgen Annika Friedhelm Lotte Wolfgang Henrike Malte".split(), ["Schwarzkopf", "Großmann", "von Trotha", "Hülsmann", "Brückner", "Oberländer", "Wätzold"]),
 "AT": ("Leopold Theresia Florian Resi Valentin Magdalena".split(), ["Gruber", "Hinterberger", "Pfeifenberger", "Moosbrugger", "Weißenböck"]),
 "CH": ("Urs Beatrice Reto Chantal Jolanda Gian-Luca Noëmi".split(), ["Zürcher", "Bühlmann", "Gerber-Rüegg", "Tschudin", "Caduff", "de Weck"]),
 "NL": ("Maarten Femke Joost Sanne Geert Mieke Bram".split(), ["van der Heijden", "de Vries", "Mulder", "van 't Hof", "Kuijpers", "Brouwer", "ter Horst"]),
 "BE": ("Wouter Anneleen Pieter-Jan Lieve Thibault Margaux".split(), ["Van den Broeck", "Peeters", "De Smedt", "Vandenberghe", "Dubois", "Verstraete"]),
 "FR": ("Gaëlle Benoît Mathilde Aurélien Clémence Hervé Solène Loïc".split(), ["Lefèvre", "Dupont-Aignan", "Rousseau", "de La Rochefoucauld", "Mercier", "Bérenger", "Le Goff"]),
 "ES": ("Itziar Jordi Montserrat Iñaki Rocío Álvaro Nuria Xabier".split(), ["García Lorca", "Etxeberria", "Fernández de Córdoba", "Puigdemont", "Ibáñez", "Ruiz-Tagle", "Villanueva"]),
 "PT": ("João Inês Gonçalo Leonor Tiago Beatriz Rui".split(), ["Gonçalves", "da Silva Ramos", "Magalhães", "Sousa", "Conceição", "Figueiredo"]),
 "IT": ("Giulia Lorenzo Chiara Matteo Benedetta Gianluca Federica Nicolò".split(), ["Bianchi", "D'Angelo", "Esposito", "Lo Presti", "Ferraro", "Colombo", "Di Giacomo"]),
 "GR": ("Eleni Dimitrios Konstantina Spyridon Athina Panagiotis Chrysoula".split(), ["Papadopoulou", "Karamanlis", "Georgiadis", "Vlachou", "Antoniou", "Christodoulakis"]),
 "IL": ("Noa Yonatan Tamar Eitan Shira Avraham Michal".split(), ["Ben-David", "Mizrahi", "Peretz", "Friedman", "Biton", "Ashkenazi"]),
 "LB": ("Rania Karim Nour Ziad Maya Fadi Layal".split(), ["Haddad", "Abi Nader", "Khoury", "El Hage", "Saadeh", "Frangieh"]),
 "SA": ("Abdulrahman Nouf Faisal Reem Turki Lama".split(), ["Al-Qahtani", "Al-Otaibi", "bin Saleh", "Al-Ghamdi", "Al-Dosari"]),
 "IN": ("Ananya Siddharth Lakshmi Venkatesh Priyanka Arjun Meenakshi Harpreet".split(), ["Raghunathan", "Chatterjee", "Iyer", "Deshpande", "Sandhu", "Kulkarni", "Menon"]),
 "CN": ("Xiaoming Yuting Jianguo Lihua Haoran Mingyu".split(), ["Zhang", "Wang", "Liu", "Chen", "Zhou", "Huang", "Ouyang"]),
 "TW": ("Yi-Ting Chia-Hao Shu-Fen Po-Han Mei-Ling".split(), ["Lin", "Tsai", "Hsu", "Cheng", "Kuo", "Hsieh"]),
 "JP": ("Haruka Takeshi Yuki Kenji Ayaka Shōta Emiko".split(), ["Takahashi", "Watanabe", "Nakamura", "Kobayashi", "Inoue", "Matsumoto"]),
 "KR": ("Ji-woo Min-jun Seo-yeon Hyun-woo Eun-ji Dong-hyun".split(), ["Kim", "Park", "Choi", "Jeong", "Kang", "Yoon"]),
 "TH": ("Somchai Nattaya Kittisak Pimchanok Anong Thanawat".split(), ["Srisawat", "Wongsuwan", "Chaiyaporn", "Rattanakorn", "Boonmee"]),
 "AU": ("Bronwyn Lachlan Kylie Callum Tahlia Jarrah".split(), ["McAllister", "Fitzgerald", "O'Loughlin", "Hargreaves", "Nguyen", "Papas"]),
 "NG": ("Chiamaka Oluwaseun Ngozi Babatunde Adaeze Emeka Funmilayo".split(), ["Okonkwo", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Ogunleye"]),
 "ET": ("Tigist Yohannes Meseret Dawit Selamawit Abebe".split(), ["Tesfaye", "Gebremariam", "Haile", "Woldemichael", "Alemu"]),
 "GH": ("Akosua Kwame Efua Kofi Abena Yaw".split(), ["Mensah", "Asante", "Owusu", "Boateng", "Agyeman", "Osei-Bonsu"]),
 "CL": ("Constanza Matías Javiera Benjamín Catalina".split(), ["Fuentealba", "Muñoz Sepúlveda", "Contreras", "Araya", "Valenzuela"]),
 "AR": ("Florencia Santiago Agustina Facundo Milagros".split(), ["Giménez", "Fernández Sosa", "Romero", "Di Stéfano", "Acosta"]),
 "MX": ("Guadalupe Xóchitl José Luis Ximena Cuauhtémoc Itzel".split(), ["Hernández", "Ramírez Tovar", "Quetzal", "Zepeda", "Ordóñez"]),
 "US": ("Madison Tyrone Kayleigh DeShawn Brooke Cody Lakisha Garrett".split(), ["Whitfield", "Kowalczyk", "Washington", "Delgado", "McCormick", "Yazzie", "O'Brien"]),
 "CA": ("Geneviève Étienne Mackenzie Rémi Siobhan Nolan".split(), ["Tremblay", "Gagnon", "Bouchard", "MacLeod", "Lévesque", "Nakamura-Reid"]),
 "GB": ("Harriet Alistair Niamh Rhys Imogen Callum Bethan".split(), ["Pemberton", "Ashworth", "Llewellyn", "Okafor-Smith", "Fairbairn", "Cartwright"]),
 "BR": ("Thaís Caio Luana Rodrigo Yasmin".split(), ["Albuquerque", "dos Santos", "Cavalcanti", "Nogueira"]),
 "SG": ("Wei Ling Jun Jie Hui Min Kai Xiang".split(), ["Tan", "Lim", "Ong", "Teo", "Goh"]),
}
FEMALE = set("Mette Freja Ida Signe Bodil Linnéa Ingrid Elsa Maja Aino Tuulikki Kaisu Sanni Solveig Ragnhild Sigrid Tuva Guðrún Ásdís Hrafnhildur Björk Kadri Liis Kersti Triinu Hannelore Annika Lotte Henrike Theresia Resi Magdalena Beatrice Chantal Jolanda Noëmi Femke Sanne Mieke Anneleen Lieve Margaux Gaëlle Mathilde Clémence Solène Itziar Montserrat Rocío Nuria Inês Leonor Beatriz Giulia Chiara Benedetta Federica Eleni Konstantina Athina Chrysoula Noa Tamar Shira Michal Rania Nour Maya Layal Nouf Reem Lama Ananya Lakshmi Priyanka Meenakshi Harpreet Yuting Lihua Yi-Ting Shu-Fen Mei-Ling Haruka Yuki Ayaka Emiko Seo-yeon Eun-ji Nattaya Pimchanok Anong Bronwyn Kylie Tahlia Chiamaka Ngozi Adaeze Funmilayo Tigist Meseret Selamawit Akosua Efua Abena Constanza Javiera Catalina Florencia Agustina Milagros Guadalupe Xóchitl Ximena Itzel Madison Kayleigh Brooke Lakisha Geneviève Mackenzie Siobhan Harriet Niamh Imogen Bethan Thaís Luana Yasmin".split())
FAMILY_FIRST = {"CN", "TW", "KR", "JP"}
SYL = ["ka", "ro", "vi", "zu", "mel", "tor", "qua", "ny", "bre", "dal", "ish", "om", "ve", "ri", "xan", "tu", "lo", "ga", "fen", "yr", "ash", "uk", "pel", "zo"]
def inv_name(r, n=None):
    s = "".join(r.choice(SYL) for _ in range(n or r.randint(2, 3)))
    return s[0].upper() + s[1:]

class P:
    pass
def person(r, cc=None):
    cc = cc or r.choice(list(NAMES))
    gs, fs = NAMES[cc]
    p = P(); p.cc = cc
    p.given = r.choice(gs) if r.random() > 0.12 else inv_name(r)
    p.family = r.choice(fs) if r.random() > 0.12 else inv_name(r)
    p.female = p.given in FEMALE if p.given in FEMALE or p.given in gs else r.random() < 0.5
    p.full = (p.family + " " + p.given) if cc in FAMILY_FIRST and r.random() < 0.5 else p.given + " " + p.family
    y = r.randint(1938, 2004); m = r.randint(1, 12); dd = r.randint(1, 28)
    p.dob = (y, m, dd)
    p.initials = (p.given[0] + p.family.replace("von ", "").replace("van ", "")[0]).upper()
    return p

def person_f(r, cc=None):
    for _ in range(200):
        p = person(r, cc)
        if p.given in FEMALE: return p
    return p

def pname(r, p, style=None):
    style = style or r.choice(["full", "full", "full", "lastfirst", "initial"])
    if style == "full": return p.full
    if style == "lastfirst": return p.family.upper() + ", " + p.given
    if style == "initial": return p.given[0] + ". " + p.family
    if style == "caps": return (p.given + " " + p.family).upper()
    return p.full

MONTHS = "January February March April May June July August September October November December".split()
MON = [m[:3] for m in MONTHS]
def fdate(r, dt, style=None):
    y, m, d = dt
    style = style or r.choice(["iso", "dmy.", "dmy/", "long", "us", "dmon"])
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "dmy.": "%02d.%02d.%04d" % (d, m, y), "dmy/": "%02d/%02d/%04d" % (d, m, y),
            "long": "%d %s %d" % (d, MONTHS[m - 1], y), "us": "%s %d, %d" % (MONTHS[m - 1], d, y),
            "dmon": "%02d-%s-%04d" % (d, MON[m - 1].upper(), y), "mdy/": "%02d/%02d/%04d" % (m, d, y),
            "hl7": "%04d%02d%02d" % (y, m, d)}[style]

def rdate(r, y0=2022, y1=2025):
    return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))

# ---------------------------------------------------------------- addresses
def address(r, cc):
    """returns list of lines"""
    n = r.randint(1, 240)
    if cc == "DK": return ["%s %d, %d. tv." % (r.choice(["Nørrebrogade", "Jægersborggade", "Åboulevard", "Vesterbrogade"]), n, r.randint(1, 5)), "%d %s" % (r.choice([2200, 1620, 8000, 5000]), r.choice(["København N", "København V", "Aarhus C", "Odense C"]))]
    if cc == "SE": return ["%s %d" % (r.choice(["Sveavägen", "Götgatan", "Kungsgatan", "Råsundavägen"]), n), "%d %02d %s" % (r.randint(111, 985), r.randint(10, 99), r.choice(["Stockholm", "Göteborg", "Uppsala", "Umeå"]))]
    if cc == "FI": return ["%s %d B %d" % (r.choice(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"]), n, r.randint(1, 40)), "%05d %s" % (r.choice([100, 33100, 20100, 90100]), r.choice(["Helsinki", "Tampere", "Turku", "Oulu"]))]
    if cc == "NO": return ["%s %d" % (r.choice(["Thorvald Meyers gate", "Bygdøy allé", "Kong Oscars gate"]), n), "%04d %s" % (r.choice([457, 5003, 7011, 264]), r.choice(["Oslo", "Bergen", "Trondheim"]))]
    if cc == "IS": return ["%s %d" % (r.choice(["Laugavegur", "Skólavörðustígur", "Hringbraut"]), n), "%d %s" % (r.choice([101, 105, 107, 600]), r.choice(["Reykjavík", "Akureyri"]))]
    if cc == "EE": return ["%s tn %d-%d" % (r.choice(["Tartu mnt", "Pärnu mnt", "Rüütli"]), n, r.randint(1, 60)), "%d %s" % (r.choice([10115, 51004, 80010]), r.choice(["Tallinn", "Tartu", "Pärnu"]))]
    if cc in ("DE", "AT", "CH"):
        st = r.choice(["Schönhauser Allee", "Lindenstraße", "Am Rosengarten", "Mühlweg", "Königsberger Str.", "Gartenstraße"])
        pc, city = r.choice({"DE": [("10119", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("69120", "Heidelberg"), ("04109", "Leipzig")],
                             "AT": [("A-1090", "Wien"), ("A-8010", "Graz"), ("A-6020", "Innsbruck")],
                             "CH": [("CH-8001", "Zürich"), ("CH-3012", "Bern"), ("CH-4051", "Basel"), ("CH-1205", "Genève")]}[cc])
        return ["%s %d%s" % (st, n, r.choice(["", "a", ""])), "%s %s" % (pc, city)]
    if cc == "NL": return ["%s %d%s" % (r.choice(["Prinsengracht", "Oudegracht", "Van Baerlestraat", "Kerkstraat"]), n, r.choice(["", "-II", " hs"])), "%d %s %s" % (r.randint(1011, 9999), r.choice(["AB", "KL", "XZ", "EH"]), r.choice(["Amsterdam", "Utrecht", "Leiden", "Groningen"]))]
    if cc == "BE": return ["%s %d bus %d" % (r.choice(["Rue de la Loi", "Meir", "Tiensestraat", "Chaussée de Waterloo"]), n, r.randint(1, 20)), "%d %s" % (r.choice([1000, 2000, 3000, 1180]), r.choice(["Bruxelles", "Antwerpen", "Leuven", "Uccle"]))]
    if cc == "FR": return ["%d%s %s" % (n, r.choice(["", " bis", " ter"]), r.choice(["rue de la Roquette", "avenue Jean Jaurès", "boulevard Vauban", "impasse des Lilas"])), "%05d %s" % r.choice([(75011, "Paris"), (69007, "Lyon"), (13005, "Marseille"), (31000, "Toulouse"), (59000, "Lille")])]
    if cc == "ES": return ["%s %d, %dº %d%s" % (r.choice(["Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Kale Nagusia"]), n, r.randint(1, 8), r.randint(1, 4), r.choice(["ª", "º"])), "%05d %s" % r.choice([(28014, "Madrid"), (8013, "Barcelona"), (41001, "Sevilla"), (48005, "Bilbao")])]
    if cc == "PT": return ["%s, %d, %dº Esq." % (r.choice(["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"]), n, r.randint(1, 6)), "%04d-%03d %s" % (r.choice([1100, 1250, 4000]), r.randint(1, 999), r.choice(["Lisboa", "Porto", "Coimbra"]))]
    if cc == "IT": return ["%s %d" % (r.choice(["Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Piazza San Domenico"]), n), "%05d %s (%s)" % r.choice([(20121, "Milano", "MI"), (10123, "Torino", "TO"), (80134, "Napoli", "NA"), (40126, "Bologna", "BO")])]
    if cc == "GR": return ["%s %d" % (r.choice(["Odos Ermou", "Leoforos Vasilissis Sofias", "Odos Tsimiski"]), n), "%s %s" % (r.choice(["105 63", "546 22", "115 21"]), r.choice(["Athina", "Thessaloniki"]))]
    if cc == "IL": return ["%d %s" % (n, r.choice(["Rothschild Blvd", "HaNevi'im St", "Herzl St"])), "%s %07d" % (r.choice(["Tel Aviv-Yafo", "Jerusalem", "Haifa"]), r.randint(6100000, 9999999))]
    if cc == "LB": return ["%s, %s Bldg, %d floor" % (r.choice(["Rue Hamra", "Rue Gouraud", "Rue Abdel Aziz"]), r.choice(["Azar", "Khalil", "Sursock"]), r.randint(1, 9)), "Beirut %d %04d" % (r.randint(1100, 2099), r.randint(1000, 9999))]
    if cc == "SA": return ["%d %s, %s District" % (r.randint(1000, 9999), r.choice(["King Fahd Rd", "Prince Sultan St", "Tahlia St"]), r.choice(["Al Olaya", "Al Malqa", "Al Rawdah"])), "%s %d" % (r.choice(["Riyadh", "Jeddah"]), r.randint(11000, 23999))]
    if cc == "IN": return ["Flat %d, %s, %s" % (r.randint(101, 1204), r.choice(["Sai Krupa Apartments", "Shanti Niwas", "Green Park Towers"]), r.choice(["12th Main Road, Indiranagar", "Anna Salai", "FC Road, Shivajinagar"])), "%s %d" % r.choice([("Bengaluru", 560038), ("Chennai", 600002), ("Pune", 411005)])]
    if cc == "CN": return ["%s %d号 %d室" % (r.choice(["Huaihai Zhong Lu", "Zhongguancun Dajie", "Tianhe Lu"]), n, r.randint(101, 2208)), "%s %d" % (r.choice(["Shanghai", "Beijing", "Guangzhou"]), r.choice([200031, 100080, 510620]))]
    if cc == "TW": return ["No. %d, Ln. %d, Sec. %d, %s" % (n, r.randint(2, 300), r.randint(1, 5), r.choice(["Roosevelt Rd.", "Zhongshan N. Rd.", "Xinyi Rd."])), "%s %d" % (r.choice(["Da'an Dist., Taipei City", "Zhongshan Dist., Taipei City"]), r.choice([106, 104, 10617]))]
    if cc == "JP": return ["%d-%d-%d %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), r.choice(["Hongo, Bunkyo-ku", "Shinjuku, Shinjuku-ku", "Yoshida, Sakyo-ku"])), "%s %03d-%04d" % (r.choice(["Tokyo", "Kyoto"]), r.randint(100, 606), r.randint(1, 9999))]
    if cc == "KR": return ["%d, %s" % (n, r.choice(["Daehak-ro, Jongno-gu", "Teheran-ro, Gangnam-gu", "Yonsei-ro, Seodaemun-gu"])), "Seoul %05d" % r.randint(3000, 6999)]
    if cc == "TH": return ["%d/%d %s" % (n, r.randint(1, 99), r.choice(["Soi Sukhumvit 31", "Rama VI Road", "Phahonyothin Road"])), "%s, Bangkok %d" % (r.choice(["Khlong Toei Nuea, Watthana", "Ratchathewi", "Chatuchak"]), r.choice([10110, 10400, 10900]))]
    if cc == "AU": return ["Unit %d/%d %s" % (r.randint(1, 30), n, r.choice(["Glebe Point Rd", "Brunswick St", "Coronation Dr"])), "%s %s %d" % (r.choice(["Glebe", "Fitzroy", "Toowong"]), r.choice(["NSW", "VIC", "QLD"]), r.choice([2037, 3065, 4066]))]
    if cc == "NG": return ["%d %s" % (n, r.choice(["Adeola Odeku Street, Victoria Island", "Ahmadu Bello Way, Garki", "Awolowo Road, Ikoyi"])), "%s %d" % (r.choice(["Lagos", "Abuja"]), r.choice([101241, 900103]))]
    if cc == "ET": return ["House No. %d, Woreda %02d, %s Sub-city" % (r.randint(100, 999), r.randint(1, 14), r.choice(["Bole", "Kirkos", "Yeka"])), "Addis Ababa, P.O. Box %d" % r.randint(1000, 99999)]
    if cc == "GH": return ["%s, %s" % (r.choice(["House 14", "Plot 22", "No. 7"]), r.choice(["Oxford Street, Osu", "Liberation Road, Airport Residential", "Kojo Thompson Road"])), "Accra, %s" % r.choice(["GA-183-8164", "GL-039-5028", "GA-107-2201"])]
    if cc == "CL": return ["%s %d, depto %d" % (r.choice(["Avenida Providencia", "Calle Merced", "Avenida Irarrázaval"]), n * 10, r.randint(101, 1802)), "%s, Santiago %07d" % (r.choice(["Providencia", "Ñuñoa", "Santiago Centro"]), r.randint(7500000, 8320000))]
    if cc == "AR": return ["%s %d, piso %d \"%s\"" % (r.choice(["Av. Corrientes", "Calle Defensa", "Av. Santa Fe"]), n * 10, r.randint(1, 12), r.choice("ABCD")), "C%d%s, CABA" % (r.randint(1000, 1499), r.choice(["AAB", "ABD", "DCE"]))]
    if cc == "MX": return ["%s %d, Int. %d, Col. %s" % (r.choice(["Av. Insurgentes Sur", "Calle Durango", "Av. Juárez"]), n, r.randint(1, 40), r.choice(["Roma Norte", "Condesa", "Del Valle"])), "%05d %s, CDMX" % (r.choice([6700, 6140, 3100]), r.choice(["Cuauhtémoc", "Benito Juárez"]))]
    if cc == "US": return ["%d %s%s" % (n * 7, r.choice(["Commonwealth Ave", "N Lincoln St", "Orchard Hill Rd", "SW Alder St"]), r.choice(["", " Apt 4B", " Unit 12", " #305"])), "%s %05d" % r.choice([("Boston, MA", 2215), ("Chicago, IL", 60614), ("Ann Arbor, MI", 48104), ("Portland, OR", 97205), ("Houston, TX", 77030)])]
    if cc == "CA": return ["%d %s" % (n * 3, r.choice(["rue Saint-Denis", "Bloor St W", "Robson St", "Spring Garden Rd"])), "%s %s" % r.choice([("Montréal QC", "H2X 3K8"), ("Toronto ON", "M5S 1V6"), ("Vancouver BC", "V6E 1B5"), ("Halifax NS", "B3J 3R4")])]
    if cc == "GB": return ["%d %s" % (n, r.choice(["Mill Lane", "Cathedral Road", "Hawthorn Crescent", "Leith Walk"])), "%s %s" % r.choice([("Cardiff", "CF11 9LJ"), ("Leeds", "LS6 2AB"), ("Edinburgh", "EH6 8RG"), ("Norwich", "NR2 4PD")])]
    if cc == "BR": return ["Rua %s, %d, apto %d" % (r.choice(["Oscar Freire", "Visconde de Pirajá", "da Consolação"]), n, r.randint(11, 1204)), "%s - %s, %05d-%03d" % (r.choice(["São Paulo", "Rio de Janeiro"]), r.choice(["SP", "RJ"]), r.randint(1000, 29999), r.randint(0, 999))]
    if cc == "SG": return ["Blk %d %s #%02d-%02d" % (r.randint(100, 699), r.choice(["Toa Payoh Lor 4", "Bedok North Ave 3", "Clementi Ave 2"]), r.randint(2, 20), r.randint(1, 180)), "Singapore %06d" % r.randint(100000, 799999)]
    raise KeyError(cc)

def addr_text(r, lines, sep=None):
    return (sep if sep is not None else r.choice([", ", "\n"])).join(lines)

# ---------------------------------------------------------------- phones
def phone(r, cc):
    d = lambda n: digits(r, n)
    f = {
     "DK": lambda: "+45 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "SE": lambda: "+46 (0)70-%s %s %s" % (d(3), d(2), d(2)),
     "FI": lambda: "+358 40 %s %s" % (d(3), d(4)), "NO": lambda: "+47 9%s %s %s" % (d(2), d(2), d(3)),
     "IS": lambda: "+354 %s %s" % ("8" + d(2), d(4)), "EE": lambda: "+372 5%s %s" % (d(3), d(4)),
     "DE": lambda: r.choice(["+49 30 %s %s" % (d(4), d(4)), "0176 %s%s" % (d(4), d(4)), "+49 (0)6221 56-%s" % d(4)]),
     "AT": lambda: "+43 664 %s %s" % (d(3), d(4)), "CH": lambda: "+41 44 %s %s %s" % (d(3), d(2), d(2)),
     "NL": lambda: r.choice(["+31 6 %s %s" % (d(4), d(4)), "06-%s" % d(8)]), "BE": lambda: "+32 47%s %s %s %s" % (d(1), d(2), d(2), d(2)),
     "FR": lambda: r.choice(["+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "06 %s %s %s %s" % (d(2), d(2), d(2), d(2))]),
     "ES": lambda: "+34 6%s %s %s" % (d(2), d(3), d(3)), "PT": lambda: "+351 91%s %s %s" % (d(1), d(3), d(3)),
     "IT": lambda: "+39 3%s %s %s" % (d(2), d(3), d(4)), "GR": lambda: "+30 69%s %s %s" % (d(1), d(3), d(4)),
     "IL": lambda: "+972-5%s-%s-%s" % (d(1), d(3), d(4)), "LB": lambda: "+961 3 %s %s" % (d(3), d(3)),
     "SA": lambda: "+966 5%s %s %s" % (d(1), d(3), d(4)), "IN": lambda: "+91 9%s %s" % (d(4), d(5)),
     "CN": lambda: "+86 13%s %s %s" % (d(1), d(4), d(4)), "TW": lambda: "+886 9%s %s %s" % (d(2), d(3), d(3)),
     "JP": lambda: r.choice(["+81 90-%s-%s" % (d(4), d(4)), "03-%s-%s" % (d(4), d(4))]), "KR": lambda: "+82 10-%s-%s" % (d(4), d(4)),
     "TH": lambda: "+66 8%s %s %s" % (d(1), d(3), d(4)), "AU": lambda: r.choice(["+61 4%s %s %s" % (d(2), d(3), d(3)), "(02) %s %s" % (d(4), d(4))]),
     "NG": lambda: "+234 80%s %s %s" % (d(1), d(3), d(4)), "ET": lambda: "+251 91 %s %s" % (d(3), d(4)),
     "GH": lambda: "+233 24 %s %s" % (d(3), d(4)), "CL": lambda: "+56 9 %s %s" % (d(4), d(4)),
     "AR": lambda: "+54 9 11 %s-%s" % (d(4), d(4)), "MX": lambda: "+52 55 %s %s" % (d(4), d(4)),
     "US": lambda: r.choice(["(617) %s-%s" % (str(r.randint(2, 9)) + d(2), d(4)), "+1 312 %s %s" % (str(r.randint(2, 9)) + d(2), d(4)), "734.%s.%s" % (str(r.randint(2, 9)) + d(2), d(4)), "503-%s-%s" % (str(r.randint(2, 9)) + d(2), d(4))]),
     "CA": lambda: r.choice(["+1 (514) %s-%s" % (str(r.randint(2, 9)) + d(2), d(4)), "416-%s-%s" % (str(r.randint(2, 9)) + d(2), d(4))]),
     "GB": lambda: r.choice(["+44 7%s %s" % (d(3), d(6)), "029 %s %s" % (d(4), d(4)), "07%s %s" % (d(3), d(6))]),
     "BR": lambda: "+55 11 9%s-%s" % (d(4), d(4)), "SG": lambda: "+65 9%s %s" % (d(3), d(4)),
    }[cc]
    return f()

def email(r, p, dom=None):
    import unicodedata
    a = lambda s: "".join(c for c in unicodedata.normalize("NFD", s.lower()) if c.isalnum() and ord(c) < 128)
    g, f = a(p.given), a(p.family)
    if not g: g = "x"
    if not f: f = "y"
    dom = dom or r.choice(["gmail.com", "outlook.com", "proton.me", "web.de", "orange.fr", "yahoo.co.jp", "naver.com", "libero.it", "kolumbus.fi", "hotmail.com", "icloud.com", "telia.com", "uol.com.br"])
    return r.choice(["%s.%s@%s", "%s%s@%s", "%s_%s@%s"]) % (g, f, dom) if r.random() < 0.7 else "%s.%s%d@%s" % (g[0], f, r.randint(1, 99), dom)

STAFF_DOM = ["uhr-research.org", "biobank.uhr-research.org", "ctu.uhr-research.org", "genomics.uhr.ac"]
def staff_email(r, p):
    return email(r, p, r.choice(STAFF_DOM))

def ip(r, v6=False):
    if v6: return "2001:db8:%x:%x::%x" % (r.randrange(1, 65535), r.randrange(65535), r.randrange(1, 4095))
    return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                     "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                     "198.51.100.%d" % r.randint(1, 254), "203.0.113.%d" % r.randint(1, 254), "192.0.2.%d" % r.randint(1, 254),
                     "%d.%d.%d.%d" % (r.choice([81, 88, 134, 145, 193, 212]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])

# ---------------------------------------------------------------- passports & licences
U = "ABCDEFGHJKLMNPRSTUVWXYZ"
def _l(r, n=1): return "".join(r.choice(U) for _ in range(n))
PASSPORT_FMT = {
 "DE": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
 "FR": lambda r: digits(r, 2) + _l(r, 2) + digits(r, 5), "ES": lambda r: _l(r, 3) + digits(r, 6),
 "IT": lambda r: _l(r, 2) + digits(r, 7), "NL": lambda r: "N" + _l(r, 2) + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(5)) + digits(r, 1),
 "BE": lambda r: _l(r, 2) + digits(r, 6), "DK": lambda r: digits(r, 9), "SE": lambda r: digits(r, 8), "FI": lambda r: _l(r, 2) + digits(r, 7),
 "NO": lambda r: _l(r, 2) + digits(r, 7), "IS": lambda r: "A" + digits(r, 7), "EE": lambda r: "K" + digits(r, 7), "AT": lambda r: "P" + digits(r, 7),
 "CH": lambda r: "X" + digits(r, 7), "PT": lambda r: _l(r, 1) + digits(r, 6), "GR": lambda r: _l(r, 2) + digits(r, 7), "IL": lambda r: digits(r, 8),
 "LB": lambda r: "RL" + digits(r, 7), "SA": lambda r: _l(r, 1) + digits(r, 8), "IN": lambda r: _l(r, 1) + digits(r, 7), "CN": lambda r: "E" + digits(r, 8),
 "TW": lambda r: digits(r, 9), "JP": lambda r: "T" + _l(r, 1) + digits(r, 7), "KR": lambda r: "M" + digits(r, 8), "TH": lambda r: _l(r, 2) + digits(r, 7),
 "AU": lambda r: "P" + _l(r, 1) + digits(r, 7), "NG": lambda r: "A" + digits(r, 8), "ET": lambda r: "EP" + digits(r, 7), "GH": lambda r: "G" + digits(r, 7),
 "CL": lambda r: "F" + digits(r, 8), "AR": lambda r: "AA" + _l(r, 1) + digits(r, 6), "MX": lambda r: "G" + digits(r, 8), "CA": lambda r: _l(r, 2) + digits(r, 6),
 "GB": lambda r: digits(r, 9), "BR": lambda r: "F" + _l(r, 1) + digits(r, 6), "SG": lambda r: "K" + digits(r, 7) + _l(r, 1),
 "US": lambda r: r.choice([digits(r, 9, True), "A" + digits(r, 8)]),
}
PASS_LABEL = {
 "DE": "Reisepass-Nr.", "AT": "Reisepassnummer", "CH": "Pass-Nr.", "FR": "N° de passeport", "BE": "Numéro de passeport", "ES": "Número de pasaporte",
 "AR": "Pasaporte N°", "CL": "N.º de pasaporte", "MX": "No. de pasaporte", "PT": "Número do passaporte", "BR": "Nº do passaporte", "IT": "Numero di passaporto",
 "NL": "Paspoortnummer", "DK": "Pasnummer", "NO": "Passnummer", "SE": "Passnummer", "FI": "Passin numero", "IS": "Vegabréfsnúmer", "EE": "Passi number",
 "GR": "Αριθμός διαβατηρίου", "JP": "旅券番号", "CN": "护照号码", "TW": "護照號碼", "KR": "여권번호", "TH": "Passport No.", "SA": "Passport No.",
}
COUNTRY = {"DK": "Denmark", "SE": "Sweden", "FI": "Finland", "NO": "Norway", "IS": "Iceland", "EE": "Estonia", "DE": "Germany", "AT": "Austria",
 "CH": "Switzerland", "NL": "Netherlands", "BE": "Belgium", "FR": "France", "ES": "Spain", "PT": "Portugal", "IT": "Italy", "GR": "Greece",
 "IL": "Israel", "LB": "Lebanon", "SA": "Saudi Arabia", "IN": "India", "CN": "China", "TW": "Taiwan", "JP": "Japan", "KR": "Republic of Korea",
 "TH": "Thailand", "AU": "Australia", "NG": "Nigeria", "ET": "Ethiopia", "GH": "Ghana", "CL": "Chile", "AR": "Argentina", "MX": "Mexico",
 "US": "United States", "CA": "Canada", "GB": "United Kingdom", "BR": "Brazil", "SG": "Singapore"}
def passport(r, cc):
    return L("US_PASSPORT" if cc == "US" else "PASSPORT", PASSPORT_FMT[cc](r))
def pass_label(r, cc):
    return PASS_LABEL.get(cc) or r.choice(["Passport No.", "Passport number", "Passport #", "Travel document no."])

DL_FMT = {
 "California": ("CA", lambda r: _l(r) + digits(r, 7)), "Florida": ("FL", lambda r: "%s%s-%s-%s-%s-%s" % (_l(r), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1))),
 "New York": ("NY", lambda r: "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3))), "Texas": ("TX", lambda r: digits(r, 8, True)),
 "Illinois": ("IL", lambda r: "%s%s-%s-%s" % (_l(r), digits(r, 3), digits(r, 4), digits(r, 4))), "Pennsylvania": ("PA", lambda r: "%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3))),
 "Washington": ("WA", lambda r: "WDL" + "".join(r.choice(ALNUM) for _ in range(9))), "Michigan": ("MI", lambda r: "%s %s %s %s %s" % (_l(r), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3))),
 "New Jersey": ("NJ", lambda r: "%s%s %s %s" % (_l(r), digits(r, 4), digits(r, 5), digits(r, 5))), "Ohio": ("OH", lambda r: _l(r, 2) + digits(r, 6)),
 "Massachusetts": ("MA", lambda r: "S" + digits(r, 8)), "Minnesota": ("MN", lambda r: _l(r) + digits(r, 12)),
 "Wisconsin": ("WI", lambda r: "%s%s-%s-%s-%s" % (_l(r), digits(r, 3), digits(r, 4), digits(r, 4), digits(r, 2))), "Maryland": ("MD", lambda r: "%s-%s-%s-%s-%s" % (_l(r), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3))),
 "Virginia": ("VA", lambda r: _l(r) + digits(r, 8)), "Colorado": ("CO", lambda r: "%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4))),
 "Arizona": ("AZ", lambda r: _l(r) + digits(r, 8)), "Georgia": ("GA", lambda r: digits(r, 9, True)), "Oregon": ("OR", lambda r: digits(r, 7, True)),
}
def dl(r, state=None):
    state = state or r.choice(list(DL_FMT))
    code, f = DL_FMT[state]
    return state, code, L("DRIVER_LICENSE", f(r))

# ---------------------------------------------------------------- clinical vocabulary
DIAG = ["type 2 diabetes mellitus", "chronic lymphocytic leukaemia", "triple-negative breast cancer", "hereditary haemochromatosis",
        "Crohn's disease", "ulcerative colitis", "multiple sclerosis", "idiopathic pulmonary fibrosis", "systemic lupus erythematosus",
        "atrial fibrillation", "heart failure with reduced ejection fraction", "Hodgkin lymphoma", "acute myeloid leukaemia",
        "metastatic colorectal adenocarcinoma", "Parkinson's disease", "Huntington's disease", "cystic fibrosis", "sickle cell disease",
        "major depressive disorder", "chronic kidney disease stage 3b", "non-small cell lung cancer", "Hashimoto's thyroiditis",
        "rheumatoid arthritis", "amyotrophic lateral sclerosis", "hypertrophic cardiomyopathy", "Fabry disease", "hepatitis C",
        "drug-induced liver injury", "Stevens-Johnson syndrome", "febrile neutropenia", "Graves' disease", "Guillain-Barré syndrome",
        "pancreatic ductal adenocarcinoma", "asthma", "migraine with aura", "bipolar I disorder", "HIV-1 infection", "Alzheimer's disease"]
AE_DIAG = ["grade 3 neutropenia", "immune-mediated colitis", "interstitial lung disease", "QT prolongation", "acute kidney injury",
           "pneumonitis", "grade 2 peripheral neuropathy", "infusion-related reaction", "hypothyroidism", "deep vein thrombosis", "Stevens-Johnson syndrome", "febrile neutropenia", "drug-induced liver injury"]
MEDS = ["metformin", "pembrolizumab", "nivolumab", "olaparib", "apixaban", "rivaroxaban", "atorvastatin", "tacrolimus", "mycophenolate mofetil",
        "levothyroxine", "ibrutinib", "venetoclax", "dexamethasone", "prednisolone", "methotrexate", "adalimumab", "infliximab", "ondansetron",
        "sertraline", "lithium carbonate", "levodopa", "empagliflozin", "semaglutide", "insulin glargine", "bisoprolol", "furosemide",
        "Keytruda", "Eliquis", "Lynparza", "Ozempic", "ursodeoxycholic acid", "hydroxychloroquine", "pantoprazole", "filgrastim", "tenofovir", "ivacaftor"]
COMPOUNDS = ["UHR-4417", "BX-2207", "TAK-981", "ONC-3310a", "CTX-118", "ZL-0925", "HRX-0712", "NVS-552"]
GENES = ["BRCA1 c.68_69del", "BRCA2 c.5946del", "TP53 p.R175H", "KRAS p.G12C", "EGFR p.L858R", "CFTR p.F508del", "HFE p.C282Y",
         "APOE ε4", "PALB2 c.3113G>A", "MLH1 c.350C>T", "LRRK2 p.G2019S", "JAK2 V617F", "rs429358", "rs7412"]
REFS = ["GRCh38.p14", "GRCh37", "hg19", "T2T-CHM13v2.0", "GENCODE v44", "Ensembl 110", "dbSNP b156", "gnomAD v4.0.0", "ClinVar 2024-03"]
AUTHORS = ["Smith et al. 2019", "Nakamura and Chen (2021)", "Okonkwo et al., 2022", "Haddad, Lindqvist & Ortiz 2020", "van der Berg et al. (2018)", "Kowalski et al. 2023", "Gupta & Fischer, 2017"]
EPONYM_GEN = ["Crohn's disease", "Hodgkin lymphoma", "Parkinson's disease", "Alzheimer's disease", "Huntington's disease", "Graves' disease", "Hashimoto's thyroiditis", "Guillain-Barré syndrome", "Fabry disease", "Lynch syndrome", "Down syndrome", "Kaplan-Meier", "Bonferroni correction", "Fisher's exact test", "Wilcoxon signed-rank test"]
COMPANIES = ["Roche", "Illumina", "Thermo Fisher Scientific", "Eli Lilly", "Johnson & Johnson", "Merck KGaA", "Novo Nordisk", "Bristol Myers Squibb", "Hoffmann-La Roche", "Abbott", "Beckman Coulter", "Becton Dickinson", "Bayer"]
HOLIDAYS = ["Christmas Eve", "Midsummer (Juhannus)", "Kristi himmelfartsdag", "Easter Monday", "Thanksgiving", "Diwali", "Chinese New Year", "Eid al-Fitr", "Songkran", "Martin Luther King Jr. Day", "Fête nationale", "Tag der Deutschen Einheit", "Australia Day"]
SITES = {"DK": "Rigshospitalet", "SE": "Karolinska", "FI": "HUS Helsinki", "NO": "Oslo universitetssykehus", "DE": "Charité", "FR": "Hôpital Cochin", "ES": "Hospital Clínic", "IT": "Policlinico Gemelli", "NL": "UMC Utrecht", "US": "Mass General", "JP": "Tokyo Univ. Hospital", "AU": "Royal Melbourne", "GB": "Addenbrooke's", "IL": "Sheba", "IN": "CMC Vellore"}

def sample_id(r): return "BB%02d-%06d-%s" % (r.randint(19, 25), r.randint(1, 999999), r.choice(["PL", "SR", "DNA", "RNA", "BC", "FFPE", "PBMC"]))
def aliquot(r): return "%s.A%02d" % (sample_id(r), r.randint(1, 12))
def plate(r): return "PLT-%s%04d" % (r.choice(["Q", "N", "S"]), r.randint(1, 9999))
def well(r): return "%s%02d" % (r.choice("ABCDEFGH"), r.randint(1, 12))
def batch(r): return "LOT%s%05d" % (r.choice(["24", "25"]), r.randint(0, 99999))
def protocol(r): return "UHR-%s-%04d-%02d" % (r.choice(["ONC", "CARD", "NEU", "IMM", "GEN", "HEP"]), r.randint(2019, 2025), r.randint(1, 60))
def subj(r): return "%03d-%04d" % (r.randint(101, 140), r.randint(1, 400))
def version(r): return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 99), r.randint(100, 9999))
def serial(r): return r.choice(["A0%d" % r.randint(1000, 9999), "NB%06d" % r.randint(0, 999999), "M0%dK" % r.randint(100, 999), "SN-%s-%d" % (r.choice(["QS7", "LC480", "XE"]), r.randint(10000, 99999))])
def npi(r):
    while True:
        body = "1" + digits(r, 8)
        for c in "0123456789":
            if luhn_ok("80840" + body + c) and not nhs_ok(body + c): return body + c

def oid(r): return "2.16.840.1.113883.%d.%d.%d" % (r.randint(1, 19), r.randint(1, 999), r.randint(1, 99))
def kit(r): return "KIT-%07d" % r.randint(0, 9999999)
def order_no(r): return "PO-%d-%05d" % (r.randint(2023, 2025), r.randint(0, 99999))
def tracking(r):
    while True:
        t = _tracking(r)
        if not (re.fullmatch(r"\d{4} \d{4} \d{4}", t) and verhoeff_ok(t.replace(" ", ""))): return t
def _tracking(r): return r.choice(["1Z%s%s" % ("".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)), digits(r, 10)), "JD0146%s" % digits(r, 12), "%s %s %s" % (digits(r, 4), digits(r, 4), digits(r, 4))])
def mrn(r): return r.choice(["MRN%07d" % r.randint(0, 9999999), "%08d" % r.randint(10000000, 99999999), "H%d-%05d" % (r.randint(10, 99), r.randint(0, 99999)), "UHR-%06d" % r.randint(0, 999999), "E%09d" % r.randint(0, 999999999)])
def hp_id(r): return r.choice(["%s%09d" % (r.choice(["XEH", "W", "YGB", "MBR"]), r.randint(0, 999999999)), "%s-%d-%04d" % (r.choice(["AET", "UHC", "BCBS"]), r.randint(100000, 999999), r.randint(0, 9999)), "ZQ%08d01" % r.randint(0, 99999999)])
def masked_email(r): return r.choice(["j.****@gmail.com", "a***k@proton.me", "[redacted]@uhr-research.org", "xxxxxx@xxxx.xx"])
def ts(r, y=None):
    y = y or r.randint(2023, 2025)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))

# ---------------------------------------------------------------- helpers for national ids
def national_id(r, p):
    """(label, L) for a national id appropriate to the person's country, or None."""
    cc = p.cc
    if cc == "ES": return (r.choice(["DNI", "DNI/NIE", "Documento (DNI)"]), L("ES_DNI", dni(r)))
    if cc == "FR": return (r.choice(["N° de sécurité sociale (NIR)", "NIR", "Numéro INSEE"]), L("FR_NIR", nir(r, 2 if p.female else 1, p.dob)))
    if cc in ("DE",): return (r.choice(["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr"]), L("DE_TAX_ID", steuer(r)))
    if cc == "IT": return (r.choice(["Codice fiscale", "C.F."]), L("IT_FISCAL_CODE", codice_fiscale(r, p.given, p.family, p.dob, p.female)))
    if cc == "GB": return r.choice([("NHS number", L("UK_NHS_NUMBER", nhs(r))), ("National Insurance no.", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)))])
    if cc == "CA": return (r.choice(["SIN", "Social Insurance Number", "NAS / SIN"]), L("CA_SIN", sin(r)))
    if cc == "IN": return (r.choice(["Aadhaar", "Aadhaar No."]), L("IN_AADHAAR", aadhaar(r)))
    if cc == "SG": return (r.choice(["NRIC", "NRIC/FIN"]), L("SG_NRIC", nric(r, r.choice("ST"))))
    if cc == "BR": return ("CPF", L("BR_CPF", cpf(r)))
    if cc == "US": return (r.choice(["SSN", "Social Security No."]), L("US_SSN", ssn(r)))
    return None

NID_CC = ["ES", "FR", "DE", "IT", "GB", "CA", "IN", "SG", "BR", "US"]
ALL_CC = [c for c in NAMES]

def bad_national(r):
    k = r.choice(["dni", "nhs", "nric", "cf", "steuer", "aadhaar", "cpf", "sin", "card"])
    if k == "dni": return "DNI", dni(r, bad=True)
    if k == "nhs": return "NHS no.", nhs(r, bad=True)
    if k == "nric": return "NRIC", nric(r, "S", bad=True)
    if k == "cf": return "C.F.", codice_fiscale(r, "Lucia", "Marchetti", (1971, 5, 9), True, bad=True)
    if k == "steuer": return "Steuer-ID", steuer(r, bad=True)
    if k == "aadhaar": return "Aadhaar", aadhaar(r, bad=True)
    if k == "cpf": return "CPF", cpf(r, bad=True)
    if k == "sin": return "SIN", sin(r, bad=True)
    return "card", card(r, bad=True)

# ================================================================ TEMPLATES
T = []
def tpl(n, fmt):
    def deco(f):
        T.append((f.__name__, f, n, fmt)); return f
    return deco

# ---------------------------------------------------------------- forms
@tpl(3, "form")
def f_biobank_consent(r, d):
    p = person(r, r.choice(NID_CC + ["DK", "NL", "GR", "NG", "CL"]))
    a = address(r, p.cc)
    d.add("UNIVERSITY RESEARCH HOSPITAL — CENTRAL BIOBANK\nConsent to donate and store human biological material\n",
          "Form BB-CF-07 rev. %d  |  Protocol %s\n\n" % (r.randint(3, 9), protocol(r)))
    d.add("Donor surname ........ ", L("PERSON", p.family), "\n")
    d.add("Given name(s) ........ ", L("PERSON", p.given), "\n")
    d.add(r.choice(["Date of birth", "Birth date (DD/MM/YYYY)", "DOB"]), " ........ ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dmy/")), "\n")
    nid = national_id(r, p)
    if nid: d.add(nid[0], " ........ ", nid[1], "\n")
    d.add("Hospital no. (MRN) ... ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d.add("Postal address ....... ", L("ADDRESS", addr_text(r, a, "\n                       ")), "\n")
    d.add("Telephone ............ ", L("PHONE", phone(r, p.cc)), "\n")
    if r.random() < 0.7: d.add("E-mail ............... ", L("EMAIL", email(r, p)), "\n")
    d.add("\nI agree that:\n [x] blood (2 x 9 mL EDTA) and serum may be collected and stored\n [%s] leftover diagnostic tissue (FFPE) may be used\n" % r.choice("x "),
          " [%s] my samples may be used for whole-genome sequencing\n [x] I may be re-contacted about incidental findings\n" % r.choice("x "),
          "Sample tube labels: %s, %s (do not write name on tubes)\n\n" % (sample_id(r), sample_id(r)))
    if r.random() < 0.6:
        dx = r.choice(DIAG)
        d.add("Reason for referral to biobank: donor has ", L("DIAGNOSIS", dx), " and is followed in clinic.\n")
    w = person(r, r.choice(ALL_CC))
    d.add("Consent taken by: ", L("PERSON", w.given + " " + w.family), ", research nurse   Date: %s\n" % fdate(r, rdate(r), "dmy/"),
          "Witness signature: ______________________\n")

@tpl(4, "form")
def f_crf_screening(r, d):
    p = person(r)
    st = subj(r)
    d.add("CASE REPORT FORM — Visit 1 (Screening)      Study: %s   Subject: %s   Site %s\n" % (protocol(r), st, st[:3]),
          "=" * 72, "\nDEMOGRAPHICS\n")
    d.add("  Subject initials: %s     Sex: %s\n" % (p.initials, "F" if p.female else "M"))
    d.add("  Date of birth: ", L("DATE_OF_BIRTH", fdate(r, p.dob, r.choice(["dmon", "iso"]))), "     Age at consent: %d\n" % (2024 - p.dob[0]))
    d.add("  Hospital record no.: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "  (source verification only — do not transcribe to EDC)\n")
    d.add("MEDICAL HISTORY (ongoing)\n")
    dxs = r.sample(DIAG, 2)
    for i, dx in enumerate(dxs):
        d.add("  %d. " % (i + 1), L("DIAGNOSIS", dx), "   onset %d   ICD-10 %s\n" % (r.randint(1995, 2022), r.choice(["E11.9", "K50.90", "C50.911", "I48.91", "G35", "J45.909"])))
    d.add("  Relevant negatives: no history of ", r.choice(["hepatitis B", "tuberculosis", "interstitial lung disease", "HIV"]), "; ", r.choice(["myocarditis", "pancreatitis"]), " ruled out at screening.\n")
    d.add("CONCOMITANT MEDICATIONS\n")
    for m in r.sample(MEDS, r.randint(1, 3)):
        d.add("  - ", L("MEDICATION", m), "  %s %s  start %d\n" % (r.choice(["10 mg", "500 mg", "20 mg", "2.5 mg", "75 mcg"]), r.choice(["PO OD", "PO BID", "IV q3w", "SC weekly"]), r.randint(2010, 2024)))
    d.add("INCLUSION/EXCLUSION\n  IC3 ECOG 0-1 ........ [Y]\n  EC7 prior exposure to %s ........ [N]\n" % r.choice(COMPOUNDS),
          "Investigator: Dr ", L("PERSON", person(r).full), "   eCRF entered by ", L("EMAIL", staff_email(r, person(r))), "\n")

@tpl(3, "form")
def f_reimburse(r, d):
    p = person(r, r.choice(["DE", "FR", "ES", "NL", "BE", "DK", "FI", "SE", "AT", "CH", "PT", "GR", "IT", "GB", "EE", "NO"]))
    a = address(r, p.cc)
    d.add("Participant travel & expenses claim / Reisekostenerstattung\nStudy %s — Visit %d\n\n" % (protocol(r), r.randint(2, 12)))
    d.add("Name / Name: ", L("PERSON", p.full), "\n", "Anschrift / Address: ", L("ADDRESS", addr_text(r, a, ", ")), "\n")
    if p.cc == "GB":
        sc = "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)); ac = digits(r, 8)
        if r.random() < 0.5:
            d.add("Sort code & account: ", L("UK_BANK_ACCOUNT", sc + " " + ac), "\n")
        else:
            d.add("Sort code: %s\nAccount number: " % sc, L("UK_BANK_ACCOUNT", ac), "\n")
    else:
        d.add("IBAN: ", L("IBAN", iban(r, p.cc)), "    BIC: %s\n" % r.choice(["DEUTDEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "RABONL2U", "NDEAFIHH", "DABADKKK"]))
    d.add("Trip: %s -> %s, %d km, parking €%d.%02d, receipts attached (ref %s)\n" % (r.choice(["home", "Bahnhof"]), r.choice(["CTU Building 4", "Biobank reception"]), r.randint(5, 300), r.randint(2, 30), r.randint(0, 99), order_no(r)))
    d.add("Contact: ", L("PHONE", phone(r, p.cc)), "\nApproved by study coordinator: ", L("PERSON", person(r).full), "\n")
    if r.random() < 0.5:
        d.add("Parking was paid on my card ", L("CREDIT_CARD", card(r)), " — please refund to the IBAN instead.\n")
    d.add("Finance code 4417-CTU-%04d; do not pay to card %s (masked)\n" % (r.randint(0, 9999), "**** **** **** %04d" % r.randint(0, 9999)))

@tpl(3, "form")
def f_visiting_registration(r, d):
    p = person(r, r.choice(["DE", "FR", "ES", "IT", "IN", "SG", "BR", "CA", "JP", "KR", "CN", "TW", "TH", "SA", "LB", "IL", "NG", "ET", "GH", "CL", "AR", "MX", "AU", "IS", "EE", "FI", "NO", "US"]))
    d.add("Research Participant / Visitor Registration — Phase I Unit (overnight stay)\n\n")
    d.add("Full name as in passport: ", L("PERSON", (p.family.upper() + " " + p.given.upper())), "\n")
    d.add("Nationality: %s\n" % COUNTRY[p.cc])
    d.add(pass_label(r, p.cc), ": ", passport(r, p.cc), "   Expiry: %s\n" % fdate(r, (r.randint(2026, 2034), r.randint(1, 12), r.randint(1, 28)), "iso"))
    d.add(r.choice(["Date of birth", "Geburtsdatum / Date of birth", "Fecha de nacimiento", "Born"]), ": ", L("DATE_OF_BIRTH", fdate(r, p.dob)), "\n")
    nid = national_id(r, p)
    if nid: d.add(nid[0], ": ", nid[1], "\n")
    d.add("Mobile: ", L("PHONE", phone(r, p.cc)), "\nEmail: ", L("EMAIL", email(r, p)), "\n")
    d.add("Home address: ", L("ADDRESS", addr_text(r, address(r, p.cc), ", ")), "\n")
    ec = person(r, p.cc)
    d.add("Emergency contact: ", L("PERSON", ec.full), " (", r.choice(["spouse", "sister", "father", "friend"]), ") ", L("PHONE", phone(r, ec.cc)), "\n")
    d.add("Dietary: %s   Room: W3-%02d   Badge: V-%05d\n" % (r.choice(["halal", "vegetarian", "none", "kosher"]), r.randint(1, 24), r.randint(0, 99999)))

@tpl(3, "form")
def f_us_enrolment(r, d):
    p = person(r, "US")
    state, code, lic = dl(r)
    d.add("US SITE ENROLMENT / BILLING SHEET (Research charges — do not bill to insurance unless SOC)\n")
    d.add("Patient: ", L("PERSON", pname(r, p, "lastfirst")), "     DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "mdy/")), "\n")
    d.add("SSN: ", L("US_SSN", ssn(r)), "    (last four on file: %04d)\n" % r.randint(0, 9999))
    d.add("Photo ID: %s driver license # " % state, lic, "\n")
    if r.random() < 0.7:
        d.add(r.choice(["Secondary ID: U.S. passport no. ", "US Passport #: ", "Passport (USA): "]), L("US_PASSPORT", PASSPORT_FMT["US"](r)), "\n")
    d.add("Address: ", L("ADDRESS", addr_text(r, address(r, "US"), ", ")), "\n")
    d.add("Phone: ", L("PHONE", phone(r, "US")), "\n")
    if r.random() < 0.5:
        d.add("Medicare MBI: ", L("US_MBI", mbi(r)), "\n")
    d.add("Health plan: %s PPO   Member ID: " % r.choice(["Aetna", "Blue Cross Blue Shield of Massachusetts", "UnitedHealthcare", "Cigna"]), L("HEALTH_PLAN_ID", hp_id(r)), "   Group #: %06d\n" % r.randint(0, 999999))
    d.add("Research MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Study: %s   NCT0%d\n" % (protocol(r), r.randint(4000000, 6999999)))
    d.add("Coordinator: ", L("PERSON", person(r).full), "  ext. %d\n" % r.randint(1000, 9999))

@tpl(3, "form")
def f_blank(r, d):
    d.add(r.choice(["BIOBANK DONOR CONSENT — BLANK TEMPLATE v%d" % r.randint(2, 9), "Case Report Form Template — Adverse Event Page", "Visitor Registration Form (print and complete in block capitals)"]), "\n\n")
    for lab in r.sample(["Full Name", "Date Of Birth", "Passport Number", "Medical Record Number", "NHS Number", "Social Security Number", "Driver License Number (State)", "Email Address", "Home Address", "Telephone", "Diagnosis", "Current Medication", "IBAN", "Health Plan Member ID", "Codice Fiscale", "DNI / NIE"], 9):
        d.add("%s: %s\n" % (lab, r.choice(["______________________", "[            ]", "..................", "__ __ / __ __ / __ __ __ __"])))
    d.add("\nExample (fictitious, masked): DOB **/**/19**   SSN ***-**-%04d   card ending %04d\n" % (r.randint(0, 9999), r.randint(0, 9999)))
    d.add("Form ID %s  OID %s  printed %s\n" % (r.choice(["BB-CF-07", "CRF-AE-02", "PH1-REG-01"]), oid(r), ts(r)))

@tpl(2, "form")
def f_staff_access(r, d):
    p = person(r, r.choice(["GB", "CA"]))
    d.add("LIMS / Genomics cluster — account request\n\n")
    d.add("Staff member: ", L("PERSON", p.full), "\nRole: %s\n" % r.choice(["Biobank technician", "Bioinformatician", "Clinical trial pharmacist", "Data manager"]))
    d.add("Work e-mail: ", L("EMAIL", staff_email(r, p)), "\nDesk phone: ", L("PHONE", phone(r, p.cc)), "\n")
    if p.cc == "GB": d.add("NI number (payroll linkage): ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    else: d.add("SIN (payroll linkage): ", L("CA_SIN", sin(r)), "\n")
    d.add("Workstation IP (static): ", L("IP_ADDRESS", ip(r)), "\nGroups: lims-read, seq-run, freezer-%s\n" % r.choice(["B2", "C4"]))
    d.add("Line manager: ", L("PERSON", person(r).full), "\nTraining: GCP cert %s, HTA module 3 passed\n" % ("GCP-%06d" % r.randint(0, 999999)))

# ---------------------------------------------------------------- clinical
@tpl(3, "clinical_note")
def cn_ae_narrative(r, d):
    p = person(r)
    ae = r.choice(AE_DIAG); drug = r.choice(COMPOUNDS)
    d.add("ADVERSE EVENT NARRATIVE — %s   Subject %s   SAE no. SAE-%04d-%03d\n\n" % (protocol(r), subj(r), r.randint(2022, 2025), r.randint(1, 300)))
    d.add("Patient ", L("PERSON", p.full), " (born ", L("DATE_OF_BIRTH", fdate(r, p.dob, "long")), ", hospital no. ", L("MEDICAL_RECORD_NUMBER", mrn(r)), ") ")
    d.add("is a %d-year-old %s with " % (2024 - p.dob[0], "woman" if p.female else "man"), L("DIAGNOSIS", r.choice(DIAG)), " enrolled in cycle %d of investigational product %s. " % (r.randint(1, 8), drug))
    d.add("On day %d the patient developed " % r.randint(3, 40), L("DIAGNOSIS", ae), ". ")
    m1, m2 = r.sample(MEDS, 2)
    d.add("Study drug was interrupted and ", L("MEDICATION", m1), " was started; ", L("MEDICATION", m2), " was continued at the usual dose. ")
    d.add("There was no evidence of %s. %s was considered but ruled out on imaging. " % (r.choice(["sepsis", "tumour lysis syndrome", "myocarditis"]), r.choice(["Pulmonary embolism", "Bowel perforation", "Stroke"])))
    d.add("The investigator judged the event %s related to %s (causality per %s).\n" % (r.choice(["possibly", "probably", "not"]), drug, r.choice(AUTHORS)))
    inv = person(r)
    d.add("Reported by: Dr ", L("PERSON", inv.full), ", ", L("EMAIL", staff_email(r, inv)), "\n")

@tpl(3, "discharge_summary")
def ds_phase1(r, d):
    p = person(r); adm = rdate(r)
    d.add("PHASE I CLINICAL RESEARCH UNIT — DISCHARGE SUMMARY\n")
    d.add("Name: ", L("PERSON", pname(r, p, "lastfirst")), "\nMRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "     DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dmy.")), "\n")
    d.add("Admitted: %s   Discharged: %s   Cohort %d, dose level %d mg/kg of %s\n\n" % (fdate(r, adm, "iso"), fdate(r, (adm[0], adm[1], min(adm[2] + 3, 28)), "iso"), r.randint(1, 6), r.randint(1, 30), r.choice(COMPOUNDS)))
    d.add("Principal diagnosis: ", L("DIAGNOSIS", r.choice(AE_DIAG)), "\nBackground: ", L("DIAGNOSIS", r.choice(DIAG)), "\n")
    d.add("Hospital course: dosing was uneventful until hour %d. Troponin %s; ECG showed no %s. " % (r.randint(2, 48), r.choice(["normal", "mildly raised at 0.04 ng/mL"]), r.choice(["ischaemia", "arrhythmia"])))
    d.add("The participant was a rock throughout, in good spirits.\n")
    d.add("Discharge medications:\n")
    for m in r.sample(MEDS, 3):
        d.add("  ", L("MEDICATION", m), "  %s\n" % r.choice(["40 mg once daily", "1 g twice daily", "as needed", "5 mg at night"]))
    d.add("Follow-up: CTU clinic in 7 days; PK samples %s to %s.\n" % (aliquot(r), aliquot(r)))
    d.add("GP: Dr ", L("PERSON", person(r).full), ", ", L("ADDRESS", addr_text(r, address(r, r.choice(["GB", "DK", "NL", "AU"])), ", ")), "\n")
    c = person(r)
    d.add("Signed: ", L("PERSON", c.full), ", Clinical Research Fellow (bleep %d)\n" % r.randint(1000, 9999))

@tpl(3, "lab_report")
def lab_biomarker(r, d):
    p = person(r)
    d.add("CENTRAL LABORATORY REPORT%sAccession %s\n" % (" " * 20, "ACC-%08d" % r.randint(0, 99999999)))
    d.add("Patient   : ", L("PERSON", pname(r, p, r.choice(["caps", "lastfirst"]))), "\n")
    d.add("MRN       : ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d.add("Birth date: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dmon")), "\n")
    d.add("Sample    : %s  (%s, plate %s well %s)\n" % (aliquot(r), r.choice(["EDTA plasma", "serum", "FFPE block"]), plate(r), well(r)))
    d.add("Instrument: %s s/n %s, software %s\n\n" % (r.choice(["cobas 8000", "Atellica IM", "QuantStudio 7"]), serial(r), version(r)))
    d.add("%-24s %-10s %-8s %s\n" % ("Test", "Result", "Units", "Reference"))
    for t in r.sample([("Creatinine", "µmol/L", "45-90"), ("ALT", "U/L", "<35"), ("Troponin T", "ng/L", "<14"), ("HbA1c", "mmol/mol", "20-42"), ("CA-125", "kU/L", "<35"), ("ctDNA VAF", "%", "n/a"), ("Tacrolimus trough", "µg/L", "5-15")], 4):
        d.add("%-24s %-10s %-8s %s\n" % (t[0], "%.1f" % r.uniform(0.1, 150), t[1], t[2]))
    d.add("\nComment: result consistent with known ", L("DIAGNOSIS", r.choice(DIAG)), "; patient on ", L("MEDICATION", r.choice(MEDS)), ".\n")
    d.add("Validated by ", L("PERSON", person(r).full), " (Clinical Scientist) %s\n" % ts(r))

@tpl(2, "lab_report")
def lab_qc_neg(r, d):
    d.add("INTERNAL QUALITY CONTROL SUMMARY — Biobank DNA extraction line %d\n" % r.randint(1, 4))
    d.add("Control material: NA12878 (Coriell), batch %s; kit %s lot %s\n" % (batch(r), r.choice(["QIAamp DSP", "chemagic 360", "Maxwell RSC"]), batch(r)))
    d.add("Instrument s/n %s  firmware %s  run %s\n\n" % (serial(r), version(r), ts(r)))
    for i in range(5):
        d.add("%s  %s  %s  yield %.1f ng/µL  A260/280 %.2f  DIN %.1f  %s\n" % (plate(r), well(r), aliquot(r), r.uniform(5, 90), r.uniform(1.7, 2.05), r.uniform(6, 9.8), r.choice(["PASS", "PASS", "FLAG"])))
    d.add("\nWestgard rules 1-3s / 2-2s: no violation. Reference: %s aligned to %s.\n" % (r.choice(AUTHORS), r.choice(REFS)))
    d.add("Next calibration: Monday after %s. Reagents from %s.\n" % (r.choice(HOLIDAYS), r.choice(COMPANIES)))

def hl7_name(p): return "%s^%s" % (p.family.upper(), p.given.upper())
@tpl(3, "hl7")
def hl7_oru(r, d):
    p = person(r, r.choice(["US", "CA", "GB", "AU", "NL", "DE"]))
    a = address(r, p.cc)
    sep = r.choice(["\r", "\n"])
    t = ts(r).replace("-", "").replace(":", "").replace("T", "")[:14]
    d.add("MSH|^~\\&|LIMS|UHR_BIOBANK|EPIC|UHR|%s||ORU^R01^ORU_R01|MSG%08d|P|2.5.1%s" % (t, r.randint(0, 99999999), sep))
    d.add("PID|1||", L("MEDICAL_RECORD_NUMBER", "%08d" % r.randint(10000000, 99999999)), "^^^UHR^MR||", L("PERSON", hl7_name(p)), "||", L("DATE_OF_BIRTH", fdate(r, p.dob, "hl7")), "|%s|||" % ("F" if p.female else "M"))
    if p.cc == "US":
        city, stz = a[1].split(", "); st, z = stz.split(" ")
        hl7a = "%s^^%s^%s^%s" % (a[0], city, st, z)
    else:
        hl7a = a[0] + "^^" + a[1]
    d.add(L("ADDRESS", hl7a), "^%s||" % p.cc, L("PHONE", phone(r, p.cc)), sep)
    d.add("ORC|RE|%s|%s%s" % (order_no(r), sample_id(r), sep))
    d.add("OBR|1|%s|%s|81479^GENE PANEL^CPT|||%s%s" % (order_no(r), sample_id(r), t, sep))
    g = r.choice(GENES)
    d.add("OBX|1|ST|48018-6^Gene studied^LN||%s||||||F%s" % (g.split()[0], sep))
    d.add("OBX|2|ST|48004-6^DNA change^LN||%s||||||F%s" % (g, sep))
    d.add("OBX|3|CWE|53037-8^Clinical significance^LN||LA6668-3^Pathogenic^LN||||||F%s" % sep)
    if r.random() < 0.7:
        f = ["IN1", "1", "%s" % r.choice(["PPO01", "HMO2", "EPO"]), "%d" % r.randint(10000, 99999), r.choice(["AETNA", "BLUE CROSS BLUE SHIELD", "CIGNA", "SUN LIFE"])] + [""] * 31
        d.add("|".join(f[:36]), "|", L("HEALTH_PLAN_ID", hp_id(r)), sep)
    d.add("NTE|1||Indication: ", L("DIAGNOSIS", r.choice(DIAG)), "; ref genome %s; pipeline %s%s" % (r.choice(REFS), version(r), sep))

@tpl(3, "fhir_json")
def fhir_research(r, d):
    p = person(r)
    dx_yes, dx_no = r.sample(DIAG, 2)
    obj = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pt-%05d" % r.randint(0, 99999),
                      "identifier": [{"system": "urn:oid:%s" % oid(r), "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
                      "name": [{"family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
                      "birthDate": L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")),
                      "telecom": [{"system": "email", "value": L("EMAIL", email(r, p))}],
                      "address": [{"line": [L("ADDRESS", address(r, p.cc)[0])], "country": p.cc}]}},
        {"resource": {"resourceType": "ResearchSubject", "status": "on-study", "study": {"reference": "ResearchStudy/%s" % protocol(r)}, "identifier": [{"value": subj(r)}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]}, "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"text": L("DIAGNOSIS", dx_yes)}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]}, "code": {"text": dx_no}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(MEDS))}}},
    ]}
    if r.random() < 0.6:
        obj["entry"].append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", hp_id(r)), "payor": [{"display": r.choice(["Techniker Krankenkasse", "Aetna", "Bupa", "Medibank"])}]}})
    jemit(d, obj)

@tpl(2, "clinical_note")
def cn_genetic_counsel(r, d):
    p = person(r)
    g = r.choice(GENES[:10])
    d.add("Genetics clinic — counselling note\n")
    d.add("Seen: ", L("PERSON", p.given), " ", L("PERSON", p.family), ", DOB ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dmy/")), ", clinic no. ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n\n")
    d.add("Biobank WGS (sample %s, %s) returned %s, classified pathogenic (ACMG PVS1, PM2). " % (sample_id(r), r.choice(REFS), g))
    d.add("She" if p.female else "He", " was previously diagnosed with ", L("DIAGNOSIS", r.choice(DIAG)), " and takes ", L("MEDICATION", r.choice(MEDS)), ". ")
    d.add("Cascade testing offered. Discussed penetrance figures from %s; risk of %s is not elevated by this variant. " % (r.choice(AUTHORS), r.choice(["Huntington's disease", "Fabry disease", "Lynch syndrome"])))
    d.add("Letter to be sent to ", L("ADDRESS", addr_text(r, address(r, p.cc), ", ")), ".\n")
    d.add("Counsellor: ", L("PERSON", person(r).full), "\n")

@tpl(2, "clinical_note")
def cn_protocol_neg(r, d):
    dz = r.sample(EPONYM_GEN[:10] + DIAG, 4)
    d.add("PROTOCOL %s — SECTION 5: STUDY POPULATION (v%d.%d, %s)\n\n" % (protocol(r), r.randint(1, 6), r.randint(0, 9), fdate(r, rdate(r), "long")))
    d.add("5.1 Inclusion criteria\n 1. Adults aged 18-75 with histologically confirmed %s.\n 2. At least one measurable lesion per RECIST 1.1.\n 3. Germline %s or somatic %s status known.\n" % (dz[0], r.choice(GENES), r.choice(GENES)))
    d.add("5.2 Exclusion criteria\n 1. Active %s or %s.\n 2. Prior treatment with %s or any anti-PD-1 agent.\n 3. QTcF > 470 ms.\n" % (dz[1], dz[2], r.choice(COMPOUNDS)))
    d.add("5.3 Rationale\nIn the cohort described by %s, patients with %s showed a hazard ratio of %.2f (Kaplan-Meier). " % (r.choice(AUTHORS), dz[3], r.uniform(0.4, 0.9)))
    d.add("Participants will be pseudonymised (format %s); no names are entered into the eCRF. Drug supply by %s.\n" % (subj(r), r.choice(COMPANIES)))

# ---------------------------------------------------------------- structured
@tpl(2, "csv")
def csv_lims_neg(r, d):
    sep = ","
    row(d, ["sample_id", "aliquot", "parent", "material", "volume_ul", "plate", "well", "freezer", "rack", "collected_utc", "protocol", "study_subject"], sep)
    for _ in range(r.randint(6, 10)):
        s = sample_id(r)
        row(d, [s, "%s.A%02d" % (s, r.randint(1, 9)), s, r.choice(["plasma", "buffy coat", "DNA", "RNA", "PBMC", "urine"]), str(r.randint(50, 1800)), plate(r), well(r),
                "-80 #%d" % r.randint(1, 12), "R%02d/S%d" % (r.randint(1, 40), r.randint(1, 9)), ts(r), protocol(r), subj(r)], sep)

@tpl(3, "csv")
def csv_screening_log(r, d):
    sep = r.choice([",", ";"])
    row(d, ["screen_no", "first_name", "last_name", "dob", "mrn", "phone", "prescreen_outcome", "reason", "screened_by"], sep)
    for i in range(r.randint(4, 7)):
        p = person(r)
        out = r.choice(["eligible", "not eligible", "declined", "not eligible"])
        reason = ""
        if out == "not eligible":
            reason = M("uncontrolled ", L("DIAGNOSIS", r.choice(["hypertension", "type 2 diabetes mellitus", "atrial fibrillation", "hepatitis C", "asthma"])))
        elif out == "declined":
            reason = r.choice(["travel distance", "did not want biopsy", "no reason given"])
        row(d, ["SCR-%03d" % (i + 1), L("PERSON", p.given), L("PERSON", p.family), L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), L("MEDICAL_RECORD_NUMBER", mrn(r)),
                L("PHONE", phone(r, p.cc)), out, reason, L("PERSON", person(r).initials if False else person(r).given)], sep)

@tpl(2, "tsv")
def tsv_randomisation(r, d):
    row(d, ["timestamp", "site", "subject", "stratum", "arm", "kit_no", "randomised_by", "client_ip"], "\t")
    users = [staff_email(r, person(r)) for _ in range(2)]
    for _ in range(r.randint(5, 8)):
        u = r.choice(users)
        row(d, [ts(r), "S%02d" % r.randint(1, 30), subj(r), r.choice(["ECOG0/PD-L1>=50", "ECOG1/PD-L1<50"]), r.choice(["A", "B", "B"]), kit(r), L("EMAIL", u), L("IP_ADDRESS", ip(r))], "\t")

@tpl(2, "tsv")
def tsv_variants_neg(r, d):
    row(d, ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "GENE", "HGVS", "SAMPLE", "GT", "REF_BUILD"], "\t")
    for _ in range(r.randint(6, 9)):
        g = r.choice(GENES)
        row(d, ["chr%s" % r.choice(["1", "7", "13", "17", "X"]), str(r.randint(100000, 240000000)), "rs%d" % r.randint(1000, 99999999), r.choice("ACGT"), r.choice("ACGT"), "%.1f" % r.uniform(30, 3000), g.split()[0], g.split()[-1], sample_id(r), r.choice(["0/1", "1/1"]), r.choice(REFS)], "\t")

@tpl(2, "tsv")
def tsv_platemap_neg(r, d):
    row(d, ["plate", "well", "aliquot", "conc_ng_ul", "index_i7", "index_i5", "lane", "operator_code"], "\t")
    for _ in range(r.randint(8, 12)):
        row(d, [plate(r), well(r), aliquot(r), "%.2f" % r.uniform(1, 80), "".join(r.choice("ACGT") for _ in range(8)), "".join(r.choice("ACGT") for _ in range(8)), str(r.randint(1, 4)), "OP%03d" % r.randint(1, 60)], "\t")

@tpl(3, "json")
def json_participant(r, d):
    p = person(r, r.choice(NID_CC))
    obj = {"participantId": subj(r), "study": protocol(r), "consentVersion": "%d.%d" % (r.randint(1, 5), r.randint(0, 9)),
           "contact": {"givenName": L("PERSON", p.given), "familyName": L("PERSON", p.family), "email": L("EMAIL", email(r, p)),
                       "mobile": L("PHONE", phone(r, p.cc)), "postalAddress": L("ADDRESS", addr_text(r, address(r, p.cc), ", "))},
           "dateOfBirth": L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), "samples": [aliquot(r), aliquot(r)],
           "withdrawn": False, "lastModified": ts(r)}
    nid = national_id(r, p)
    if nid: obj["nationalIdentifier"] = {"type": nid[0], "value": nid[1]}
    if r.random() < 0.5: obj["hospitalMrn"] = L("MEDICAL_RECORD_NUMBER", mrn(r))
    jemit(d, obj, indent=r.choice([2, 4]))

@tpl(3, "ndjson")
def ndjson_ae(r, d):
    for _ in range(r.randint(3, 5)):
        rep = person(r); p = person(r)
        ev = {"event": "ae.reported", "ts": ts(r), "study": protocol(r), "subject": subj(r), "patientName": L("PERSON", p.full),
              "term": L("DIAGNOSIS", r.choice(AE_DIAG)), "ctcae_grade": r.randint(1, 4), "suspect_drug": r.choice(COMPOUNDS),
              "conmed": L("MEDICATION", r.choice(MEDS)), "reporter": L("EMAIL", staff_email(r, rep)), "serious": r.random() < 0.3}
        jemit(d, ev, compact=True); d.add("\n")

@tpl(2, "yaml")
def yaml_pipeline_neg(r, d):
    d.add("# nf-core style pipeline config — germline WGS\npipeline:\n  name: uhr-wgs-germline\n  version: %s\n  container: ghcr.io/uhr-genomics/wgs:%s\n" % (version(r), version(r)[:5]))
    d.add("reference:\n  build: %s\n  fasta: /refs/%s/genome.fa\n  known_sites:\n    - %s\n    - %s\n" % (r.choice(REFS[:4]), r.choice(REFS[:4]), r.choice(REFS[4:]), r.choice(REFS[4:])))
    d.add("resources:\n  cpus: %d\n  memory: %dGB\n  scheduler_host: 127.0.0.1\n  bind: 0.0.0.0:%d\n" % (r.choice([16, 32, 64]), r.choice([64, 128, 256]), r.randint(8000, 9999)))
    d.add("samplesheet:\n")
    for _ in range(3):
        d.add("  - id: %s\n    plate: %s\n    well: %s\n    flowcell: H%sDSXY\n" % (sample_id(r), plate(r), well(r), "".join(r.choice("ABCDEFGHJKLMN") for _ in range(4))))
    d.add("panel_genes: [%s]\n" % ", ".join(g.split()[0] for g in r.sample(GENES[:11], 5)))

@tpl(3, "yaml")
def yaml_contact(r, d):
    p = person(r)
    a = address(r, p.cc)
    d.add("# biobank recontact register (export %s)\n" % ts(r))
    d.add("donor:\n  code: %s\n  name: " % sample_id(r).split("-")[0], L("PERSON", p.full), "\n")
    d.add("  born: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), "\n  address: |\n    ", L("ADDRESS", "\n    ".join(a)), "\n")
    d.add("  phone: \"", L("PHONE", phone(r, p.cc)), "\"\n  email: ", L("EMAIL", email(r, p)), "\n")
    d.add("  recontact_for_incidental_findings: %s\n  preferred_language: %s\n" % (r.choice(["yes", "no"]), r.choice(["da", "fi", "de", "fr", "ja", "ar", "es", "en"])))
    if r.random() < 0.5:
        d.add("  health_insurance:  # statutory plan\n    insurer: %s\n    member_id: " % r.choice(["AOK Bayern", "Helsana", "CSS", "Mutualité Chrétienne"]), L("HEALTH_PLAN_ID", hp_id(r)), "\n")
    nid = national_id(r, p)
    if nid: d.add("  national_id:\n    type: \"%s\"\n    value: \"" % nid[0], nid[1], "\"\n")
    d.add("  conditions:\n    - ", L("DIAGNOSIS", r.choice(DIAG)), "\n")

@tpl(2, "json")
def json_dac_request(r, d):
    a = person(r); b = person(r)
    obj = {"applicationId": "DAC-%d-%03d" % (r.randint(2022, 2025), r.randint(1, 200)), "dataset": "UHR-BB-WGS-%s" % r.choice(["v3", "v4"]),
           "applicant": {"name": L("PERSON", a.full), "email": L("EMAIL", email(r, a, r.choice(["ki.se", "helsinki.fi", "charite.de", "uzh.ch", "weizmann.ac.il", "u-tokyo.ac.jp", "unimelb.edu.au", "ucl.ac.uk"]))),
                          "institution": r.choice(["Karolinska Institutet", "University of Helsinki", "Weizmann Institute", "University of Melbourne"])},
           "coApplicants": [L("PERSON", b.full)], "purpose": M("Replicate findings of ", r.choice(AUTHORS), " on ", r.choice(EPONYM_GEN[:8]), " risk loci"),
           "accessIpRange": L("IP_ADDRESS", ip(r)), "referenceBuild": r.choice(REFS), "decision": r.choice(["approved", "deferred", "rejected"])}
    jemit(d, obj)

@tpl(2, "csv")
def csv_pharmacy(r, d):
    row(d, ["dispense_ts", "patient_name", "mrn", "study", "kit", "drug", "dose", "lot", "pharmacist"], ",")
    ph = person(r)
    for _ in range(r.randint(4, 6)):
        p = person(r)
        blinded = r.random() < 0.4
        row(d, [ts(r), L("PERSON", pname(r, p, "lastfirst")), L("MEDICAL_RECORD_NUMBER", mrn(r)), protocol(r), kit(r),
                r.choice(COMPOUNDS) + " or placebo" if blinded else L("MEDICATION", r.choice(MEDS)), r.choice(["100 mg", "2 x 50 mg", "1 vial", "200 mg/m2"]), batch(r), L("PERSON", ph.initials if False else ph.family)], ",")

@tpl(2, "ndjson")
def ndjson_shipments_neg(r, d):
    for _ in range(r.randint(4, 6)):
        jemit(d, {"shipment": "SHP-%06d" % r.randint(0, 999999), "carrier": r.choice(["World Courier", "DHL Medical Express", "Marken"]), "tracking": tracking(r),
                  "boxes": r.randint(1, 4), "dry_ice_kg": r.randint(5, 40), "manifest": [aliquot(r) for _ in range(3)], "temp_logger": serial(r),
                  "po": order_no(r), "sent": ts(r), "dest_site": "S%02d" % r.randint(1, 40)}, compact=True)
        d.add("\n")

@tpl(2, "json")
def json_instrument_neg(r, d):
    jemit(d, {"instrument": r.choice(["NovaSeq X Plus", "MiSeq", "QuantStudio 7 Pro", "Hamilton STAR"]), "serial": serial(r), "firmware": version(r),
              "controlSoftware": version(r), "snmpOid": oid(r), "lastPm": ts(r), "runs": [{"runId": "%s_%s_%04d" % (ts(r)[:10].replace("-", ""), serial(r), r.randint(1, 9999)), "plate": plate(r),
              "yieldGb": round(r.uniform(10, 3000), 1), "q30": round(r.uniform(80, 95), 2)} for _ in range(2)], "vendor": r.choice(COMPANIES)})

# ---------------------------------------------------------------- logs
def tlog(r): return ts(r).replace("T", " ")[:23]

@tpl(3, "log")
def log_pipeline(r, d):
    u = person(r)
    host = ip(r)
    run = "WGS_%s" % digits(r, 6)
    d.add("[%s] INFO  launcher: run=%s user=" % (tlog(r), run), L("EMAIL", staff_email(r, u)), " submit_host=", L("IP_ADDRESS", host), "\n")
    d.add("[%s] INFO  nextflow %s, pipeline uhr-wgs %s, ref=%s\n" % (tlog(r), r.choice(["23.10.1", "24.04.2"]), version(r), r.choice(REFS)))
    for _ in range(r.randint(3, 5)):
        d.add("[%s] INFO  task BWA_MEM2(%s) node=%s exit=0 cpu=%d%%\n" % (tlog(r), sample_id(r), L("IP_ADDRESS", ip(r)).v if False else "cn%03d" % r.randint(1, 256), r.randint(80, 3200)))
    d.add("[%s] WARN  DEEPVARIANT(%s) low coverage 18.2x (< 30x) on chr%d\n" % (tlog(r), sample_id(r), r.randint(1, 22)))
    d.add("[%s] INFO  upload to " % tlog(r), L("IP_ADDRESS", ip(r)), ":22 complete, checksum md5=%s\n" % "".join(r.choice("0123456789abcdef") for _ in range(32)))
    d.add("[%s] INFO  notify " % tlog(r), L("EMAIL", staff_email(r, person(r))), " status=SUCCEEDED duration=%dh%02dm\n" % (r.randint(1, 40), r.randint(0, 59)))

@tpl(3, "log")
def log_lims_audit(r, d):
    users = [staff_email(r, person(r)) for _ in range(2)]
    for _ in range(r.randint(5, 8)):
        u = r.choice(users)
        k = r.random()
        d.add(ts(r), " lims-audit level=info user=", L("EMAIL", u), " src_ip=", L("IP_ADDRESS", ip(r, v6=r.random() < 0.2)), " ")
        if k < 0.35:
            p = person(r)
            d.add("action=LINK_DONOR sample=%s donor_mrn=" % sample_id(r), L("MEDICAL_RECORD_NUMBER", mrn(r)), " donor_name=\"", L("PERSON", p.full), "\"\n")
        elif k < 0.55:
            p = person(r)
            d.add("action=VIEW_IDENTIFIABLE field=dob value=", L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), " sample=%s\n" % sample_id(r))
        else:
            d.add("action=%s sample=%s plate=%s well=%s freezer=F%d\n" % (r.choice(["CHECK_OUT", "ALIQUOT", "THAW", "DISPOSE"]), aliquot(r), plate(r), well(r), r.randint(1, 30)))

@tpl(3, "log")
def log_dispense(r, d):
    d.add("# trial pharmacy dispensing journal %s\n" % fdate(r, rdate(r), "iso"))
    for _ in range(r.randint(4, 6)):
        p = person(r)
        if r.random() < 0.5:
            d.add("%s DISPENSE mrn=" % tlog(r), L("MEDICAL_RECORD_NUMBER", mrn(r)), " pt=", L("PERSON", (p.family + "^" + p.given).upper()),
                  " item=", L("MEDICATION", r.choice(MEDS).upper()), " qty=%d lot=%s exp=%s\n" % (r.randint(1, 90), batch(r), fdate(r, rdate(r, 2026, 2028), "iso")))
        else:
            d.add("%s DISPENSE subject=%s kit=%s item=%s (blinded) qty=1 temp_excursion=none\n" % (tlog(r), subj(r), kit(r), r.choice(COMPOUNDS)))
    d.add("%s EOD reconciled by " % tlog(r), L("PERSON", person(r).full), " ; returns=%d destroyed=%d\n" % (r.randint(0, 5), r.randint(0, 3)))

@tpl(2, "log")
def log_freezer_neg(r, d):
    for _ in range(r.randint(7, 11)):
        d.add("%s freezer-mon[%d]: unit=ULT-%02d probe=%s temp=%.1fC setpoint=-80.0 door=%s fw=%s\n" % (tlog(r), r.randint(1000, 40000), r.randint(1, 30), serial(r), r.uniform(-86, -62), r.choice(["closed", "closed", "open 14s"]), version(r)))
    d.add("%s freezer-mon: ALARM ULT-%02d excursion > 10 min; escalated to on-call rota (pager group BIOBANK-OC)\n" % (tlog(r), r.randint(1, 30)))
    d.add("%s freezer-mon: snmp trap %s sent to 127.0.0.1\n" % (tlog(r), oid(r)))

@tpl(2, "log")
def log_iwrs(r, d):
    for _ in range(r.randint(4, 6)):
        u = person(r)
        d.add("%s IWRS " % tlog(r), r.choice(["RANDOMIZE", "DISPENSE_KIT", "UNBLIND_REQUEST", "REPLACE_KIT"]), " site=S%02d subject=%s kit=%s by=" % (r.randint(1, 40), subj(r), kit(r)),
              L("EMAIL", staff_email(r, u)), " ip=", L("IP_ADDRESS", ip(r)), " result=%s\n" % r.choice(["OK", "OK", "DENIED"]))

@tpl(2, "log")
def log_sequencer_neg(r, d):
    d.add("RunInfo: flowcell=%s instrument=%s rta=%s cfg=%s\n" % ("22%sLT3" % digits(r, 3), serial(r), version(r), version(r)))
    for i in range(r.randint(6, 9)):
        d.add("%s [cycle %03d] lane=%d cluster_pf=%.1f%% q30=%.2f phasing=%.3f build=%s\n" % (tlog(r), i * 25 + 1, r.randint(1, 8), r.uniform(70, 90), r.uniform(85, 95), r.uniform(0.05, 0.2), version(r)))
    d.add("%s demux: %d samples, undetermined %.1f%%, sample sheet %s (%s)\n" % (tlog(r), r.randint(24, 384), r.uniform(1, 9), "SS_%s.csv" % plate(r), r.choice(REFS)))

@tpl(3, "log")
def log_ehr_access(r, d):
    for _ in range(r.randint(4, 6)):
        u = person(r); p = person(r)
        d.add("<%d>%s ehr-gw audit: user=%s ip=" % (r.choice([38, 86, 134]), ts(r), ("%s%s" % (u.given[0], u.family.split()[-1])).lower().replace("'", "")), L("IP_ADDRESS", ip(r, v6=r.random() < 0.4)),
              " reason=research_screening study=%s patient=" % protocol(r), L("MEDICAL_RECORD_NUMBER", mrn(r)), " name=\"", L("PERSON", pname(r, p, "lastfirst")), "\" ok\n")

# ---------------------------------------------------------------- e-mail / chat / ticket
@tpl(3, "email")
def em_recruitment(r, d):
    p = person(r); c = person(r)
    d.add("From: ", L("PERSON", c.full), " <", L("EMAIL", staff_email(r, c)), ">\nTo: ", L("EMAIL", email(r, p)), "\n")
    d.add("Subject: Invitation — %s study (ref %s)\n\n" % (r.choice(["HEART-GEN", "BIOME-2", "NORDIC-IBD", "ONCO-LIQ"]), protocol(r)))
    d.add("Dear ", r.choice(["", "Ms ", "Mr "]) if False else "", L("PERSON", p.given), ",\n\n")
    d.add("You were identified from our clinic list because of your ", L("DIAGNOSIS", r.choice(DIAG)), ". ")
    d.add("We are recruiting people to a study comparing %s with standard care. Taking part involves three visits and one blood sample (about 20 mL).\n\n" % r.choice(COMPOUNDS))
    d.add("If you would like to hear more, call me on ", L("PHONE", phone(r, c.cc if c.cc in ("GB", "US", "DK", "DE", "NL") else "GB")), " or reply to this e-mail. ")
    d.add("Our office is closed over %s.\n\nKind regards,\n" % r.choice(HOLIDAYS), L("PERSON", c.given), "\nResearch Nurse, Clinical Trials Unit\n")

@tpl(3, "email")
def em_sae(r, d):
    p = person(r); inv = person(r)
    d.add("From: ", L("EMAIL", staff_email(r, inv)), "\nTo: ", L("EMAIL", "drugsafety@" + r.choice(["pvsponsor.example.com", "safety.uhr-research.org"])), "\nCc: ", L("EMAIL", staff_email(r, person(r))), "\n")
    d.add("Subject: SAE initial report %s / subject %s — 24h notification\n\n" % (protocol(r), subj(r)))
    d.add("Please find the initial SAE report. Unfortunately the identifiable source page was attached by mistake:\n\n")
    d.add("> Patient: ", L("PERSON", p.full), "\n> DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dmy/")), "\n> MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d.add("> Event: ", L("DIAGNOSIS", r.choice(AE_DIAG)), " requiring hospitalisation; treated with ", L("MEDICATION", r.choice(MEDS)), "\n\n")
    d.add("Please delete the attachment and use the redacted version (subject ID only). Causality assessment to follow.\n\nBest,\n", L("PERSON", inv.full), "\nPrincipal Investigator\n")

@tpl(3, "email")
def em_newsletter_neg(r, d):
    d.add("From: Biobank Newsletter <newsletter-noreply@lists.example.org>\nSubject: Biobank bulletin #%d — samples, software and seminars\n\n" % r.randint(10, 99))
    d.add("This month the biobank passed %d donors. The LIMS will be upgraded to %s on the Saturday after %s.\n" % (r.randint(30000, 90000), version(r), r.choice(HOLIDAYS)))
    d.add("Journal club: %s on %s, and %s on %s. Reanalysis moves to %s.\n" % (r.choice(AUTHORS), r.choice(EPONYM_GEN), r.choice(AUTHORS), r.choice(GENES), r.choice(REFS)))
    d.add("Vendor news: %s has recalled lot %s of extraction columns. Plates %s and %s are affected.\n" % (r.choice(COMPANIES), batch(r), plate(r), plate(r)))
    d.add("Reminder: never e-mail participant identifiers. Use study codes like %s. Contact: biobank-help [at] uhr-research [dot] org\n" % subj(r))

@tpl(2, "chat")
def chat_coordinators(r, d):
    a, b = person(r), person(r); p = person_f(r)
    t0 = r.randint(8, 16)
    d.add("[%02d:%02d] " % (t0, r.randint(0, 59)), L("PERSON", a.given), ": anyone know if ", L("PERSON", p.given + " " + p.family), " came in for the PK draw?\n")
    d.add("[%02d:%02d] " % (t0, r.randint(0, 59)), L("PERSON", b.given), ": yes, bay 3. bp a bit high, she's on ", L("MEDICATION", r.choice(MEDS)), " now\n")
    d.add("[%02d:%02d] " % (t0, r.randint(0, 59)), L("PERSON", a.given), ": ok. her mobile changed btw -> ", L("PHONE", phone(r, p.cc)), "\n")
    d.add("[%02d:%02d] " % (t0, r.randint(0, 59)), L("PERSON", b.given), ": noted. tubes labelled %s + %s, going to -80 rack %d\n" % (aliquot(r), aliquot(r), r.randint(1, 40)))
    d.add("[%02d:%02d] " % (t0 + 1, r.randint(0, 59)), L("PERSON", a.given), ": also the %s batch failed QC again, what a headache 🙄\n" % plate(r))

@tpl(3, "chat")
def chat_bots_neg(r, d):
    for _ in range(r.randint(5, 7)):
        d.add("[%s] %s: %s\n" % (tlog(r)[11:16], r.choice(["seq-bot", "freezer-watch", "lims-ci", "jenkins"]), r.choice([
            "run %s finished, %d samples, q30 %.1f" % (serial(r), r.randint(8, 96), r.uniform(85, 95)),
            "build %s deployed to lims-staging (%s)" % (version(r), ts(r)),
            "ULT-%02d temp %.1fC OK" % (r.randint(1, 30), r.uniform(-85, -75)),
            "plate %s well %s re-queued" % (plate(r), well(r)),
            "ref bundle updated to %s" % r.choice(REFS)])))

@tpl(3, "ticket")
def tk_data_access(r, d):
    p = person(r)
    d.add("Ticket #RITM%07d   Priority: P3   Queue: Research Data Services\n" % r.randint(0, 9999999))
    d.add("Requester: ", L("PERSON", p.full), " <", L("EMAIL", staff_email(r, p)), ">   Phone: ", L("PHONE", phone(r, r.choice(["GB", "US", "DE", "SE"]))), "\n")
    d.add("Summary: cannot reach secure enclave from ", L("IP_ADDRESS", ip(r)), " after VPN client update %s\n\n" % version(r))
    d.add("Description:\nhi, since monday i get 'access denied' when opening the %s export. DAC approval DAC-%d-%03d is attached. " % (r.choice(["UKB-like", "WGS v4", "methylation"]), r.randint(2022, 2025), r.randint(1, 200)))
    d.add("Collaborator ", L("PERSON", person(r).full), " has the same issue.\n")
    d.add("\n-- Agent note: whitelisted %s; closing. No participant data in this ticket.\n" % "VPN pool")

@tpl(2, "ticket")
def tk_lims_neg(r, d):
    d.add("JIRA LIMS-%d  [Bug]  Aliquot count wrong after plate merge\nComponent: sample-tracking  Affects: %s  Fix: %s\n\n" % (r.randint(100, 9999), version(r), version(r)))
    d.add("Steps: merge %s into %s, wells %s-%s; open %s. Expected 12 aliquots, got 11.\n" % (plate(r), plate(r), well(r), well(r), aliquot(r)))
    d.add("Env: lims-app-%02d, JDK 21, DB schema %s, OID root %s\n" % (r.randint(1, 9), version(r), oid(r)))
    d.add("Note: masked donor fields display as ***-**-%04d and DOB ##/##/####, which is correct.\n" % r.randint(0, 9999))

# ---------------------------------------------------------------- free text / html
@tpl(3, "free_text")
def ft_dac_minutes(r, d):
    mem = [person(r) for _ in range(4)]
    d.add("DATA ACCESS COMMITTEE — MINUTES, meeting %d (%s)\n\n" % (r.randint(20, 90), fdate(r, rdate(r), "long")))
    d.add("Present: ")
    for i, m in enumerate(mem):
        if i: d.add(", ")
        d.add(r.choice(["Prof. ", "Dr ", ""]), L("PERSON", m.full))
    d.add(" (chair).\n\n")
    app = person(r)
    d.add("1. Application DAC-%d-%03d from " % (r.randint(2022, 2025), r.randint(1, 200)), L("PERSON", app.full), " (", L("EMAIL", email(r, app, r.choice(["ki.se", "uio.no", "hi.is", "ut.ee", "kuleuven.be", "unige.ch", "ntu.edu.tw", "snu.ac.kr", "mahidol.ac.th"]))), ") ")
    d.add("to study %s risk variants (%s). The committee noted the approach follows %s. Approved subject to a signed DTA.\n" % (r.choice(EPONYM_GEN[:8]), r.choice(GENES), r.choice(AUTHORS)))
    d.add("2. Incidental finding policy: %s carriers will be offered recontact. No individual cases were discussed.\n" % r.choice(GENES[:6]))
    d.add("3. AOB: the Merck KGaA and %s collaboration agreements are with legal. Next meeting after %s.\n" % (r.choice(COMPANIES), r.choice(HOLIDAYS)))
    d.add("Minutes: ", L("PERSON", mem[-1].given), "\n")

@tpl(2, "free_text")
def ft_ethics(r, d):
    pi = person(r)
    d.add("Ethics submission %s — Section A6: Contact details and summary\n\n" % ("REC-%d/%s/%04d" % (r.randint(22, 25), r.choice(["LO", "NE", "SC"]), r.randint(1, 9999))))
    d.add("Chief investigator: Prof. ", L("PERSON", pi.full), ", Department of Clinical Genetics, ", L("ADDRESS", addr_text(r, address(r, r.choice(["GB", "DK", "NL", "SE", "FI", "NO", "DE"])), ", ")), "\n")
    d.add("Tel: ", L("PHONE", phone(r, pi.cc if pi.cc in ("GB", "DK", "NL", "SE", "FI", "NO", "DE") else "GB")), "   Email: ", L("EMAIL", staff_email(r, pi)), "\n\n")
    d.add("Lay summary: This study will store blood from up to %d adults with %s or %s, and healthy volunteers, to find genetic changes such as %s. " % (r.randint(500, 5000), r.choice(DIAG), r.choice(EPONYM_GEN[:8]), r.choice(GENES)))
    d.add("Previous work (%s) suggests a %d%% carrier rate. Samples are coded (%s) and stored at -80 °C.\n" % (r.choice(AUTHORS), r.randint(1, 9), sample_id(r)))

@tpl(3, "free_text")
def ft_literature_neg(r, d):
    d.add(r.choice(["Background", "Literature review", "Journal club summary"]), "\n\n")
    d.add("%s reported that %s carriers had a %.1f-fold increased risk of %s (95%% CI %.1f–%.1f). " % (r.choice(AUTHORS), r.choice(GENES), r.uniform(1.2, 8), r.choice(DIAG), r.uniform(1, 2), r.uniform(3, 9)))
    d.add("A replication by %s in a Scandinavian biobank cohort, aligned to %s, was inconclusive. " % (r.choice(AUTHORS), r.choice(REFS)))
    d.add("Patients with %s treated with %s had longer progression-free survival (Kaplan-Meier, log-rank p=0.0%d). " % (r.choice(EPONYM_GEN[:10]), r.choice(MEDS), r.randint(1, 4)))
    d.add("The %s and %s variants remain of uncertain significance. Analyses used %s and the %s.\n" % (r.choice(GENES), r.choice(GENES), r.choice(["Fisher's exact test", "Bonferroni correction", "Cox regression"]), r.choice(["Wilcoxon signed-rank test", "Mann-Whitney U test"])))
    d.add("This is a depression in the funding landscape, not in patients; the Great Depression analogy in %s is overdone.\n" % r.choice(AUTHORS))

@tpl(2, "html")
def html_staff_dir(r, d):
    d.add("<html><head><title>Biobank &amp; CTU — Staff</title></head><body>\n<h1>Who we are</h1>\n<table>\n<tr><th>Name</th><th>Role</th><th>E-mail</th><th>Phone</th></tr>\n")
    for _ in range(r.randint(3, 5)):
        p = person(r)
        d.add("<tr><td>", L("PERSON", p.full), "</td><td>%s</td><td><a href=\"mailto:" % r.choice(["Biobank manager", "Trial pharmacist", "Bioinformatician", "Study nurse", "QA lead"]))
        e = staff_email(r, p)
        d.add(L("EMAIL", e), "\">", L("EMAIL", e), "</a></td><td>", L("PHONE", phone(r, r.choice(["GB", "DK", "SE", "NL", "US"]))), "</td></tr>\n")
    d.add("</table>\n<p>Sample drop-off: Building 4, loading bay. Not open on %s.</p>\n</body></html>\n" % r.choice(HOLIDAYS))

@tpl(3, "html")
def html_portal(r, d):
    p = person(r, r.choice(["GB", "GB", "SG", "IN", "BR", "IT"]))
    a = address(r, p.cc)
    d.add("<div class=\"participant-card\">\n  <h2>", L("PERSON", p.full), "</h2>\n  <dl>\n")
    d.add("    <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fdate(r, p.dob, "long")), "</dd>\n")
    nid = national_id(r, p)
    if nid: d.add("    <dt>%s</dt><dd>" % nid[0], nid[1], "</dd>\n")
    d.add("    <dt>Address</dt><dd>", L("ADDRESS", "<br>".join(a)), "</dd>\n")
    d.add("    <dt>Contact</dt><dd>", L("PHONE", phone(r, p.cc)), "</dd>\n")
    d.add("    <dt>Studies</dt><dd>%s (consent v%d), biobank donor %s</dd>\n" % (protocol(r), r.randint(1, 5), sample_id(r)))
    d.add("    <dt>Conditions</dt><dd>", L("DIAGNOSIS", r.choice(DIAG)), "</dd>\n  </dl>\n</div>\n")

@tpl(2, "html")
def html_study_neg(r, d):
    d.add("<!doctype html><html lang=\"en\"><body>\n<h1>Recruiting: %s</h1>\n" % r.choice(["Liquid biopsy in early lung cancer", "Gut microbiome in Crohn's disease", "Genomics of Parkinson's disease", "Statins after Kawasaki disease"]))
    d.add("<h2>Who can take part?</h2><ul><li>Adults with %s</li><li>Not taking %s</li><li>No history of %s</li></ul>\n" % (r.choice(DIAG), r.choice(MEDS), r.choice(DIAG)))
    d.add("<p>Sponsor: %s. Protocol %s, version %s. Based on %s.</p>\n" % (r.choice(COMPANIES), protocol(r), version(r), r.choice(AUTHORS)))
    d.add("<p>Contact the study team via the form below. We never ask for your passport number or bank details by e-mail.</p>\n<form><label>Full Name</label><input name=\"name\"><label>Date Of Birth</label><input name=\"dob\"></form>\n</body></html>\n")

@tpl(3, "free_text")
def ft_case_narrative(r, d):
    p = person(r)
    d.add("Molecular tumour board — case %d\n\n" % r.randint(1, 40))
    d.add(L("PERSON", p.full), ", %d, (MRN " % (2024 - p.dob[0]), L("MEDICAL_RECORD_NUMBER", mrn(r)), ") was diagnosed with ", L("DIAGNOSIS", r.choice(DIAG)), " in %d. " % r.randint(2015, 2023))
    d.add("Panel sequencing of %s showed %s (VAF %d%%). " % (sample_id(r), r.choice(GENES), r.randint(5, 60)))
    d.add("Progressed on ", L("MEDICATION", r.choice(MEDS)), "; now considered for %s under %s. " % (r.choice(COMPOUNDS), protocol(r)))
    d.add("No family history of %s. %s is not relevant here despite the name of the clinic's donor, the %s Foundation.\n" % (r.choice(EPONYM_GEN[:8]), r.choice(["Parkinson's law", "Murphy's law"]), r.choice(["Bill & Melinda Gates", "Wellcome", "Novo Nordisk"])))
    d.add("Presented by ", L("PERSON", person(r).full), ".\n")

@tpl(2, "free_text")
def ft_pil_neg(r, d):
    d.add("PARTICIPANT INFORMATION LEAFLET (version %d.%d)\n\nWhat happens to my samples?\n" % (r.randint(1, 9), r.randint(0, 9)))
    d.add("Your blood is split into small tubes (aliquots) with a code such as %s. The code, not your name, goes to the laboratory. " % aliquot(r))
    d.add("Researchers may study conditions such as %s, %s or %s. Companies like %s may receive coded data.\n" % (r.choice(EPONYM_GEN[:10]), r.choice(DIAG), r.choice(DIAG), r.choice(COMPANIES)))
    d.add("You will not be asked for your passport, bank details or national ID number. The biobank is closed on %s and %s.\n" % (r.choice(HOLIDAYS), r.choice(HOLIDAYS)))
    d.add("Example of what we send to researchers: donor %s, age band 50-59, sex F, %s.\n" % (subj(r), r.choice(GENES)))

@tpl(2, "free_text")
def ft_incident(r, d):
    p = person(r); rep = person(r)
    d.add("Information governance incident IG-%d-%04d\n\n" % (r.randint(2023, 2025), r.randint(1, 9999)))
    d.add("On %s a sample manifest containing identifiable data was e-mailed to an external courier (" % fdate(r, rdate(r), "long"), L("EMAIL", "bookings@" + r.choice(["couriers.example.com", "medlogistics.example.net"])), ") instead of the pseudonymised version. ")
    d.add("The manifest included the name ", L("PERSON", p.full), ", date of birth ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dmy/")), " and ", r.choice(["hospital number ", "MRN "]), L("MEDICAL_RECORD_NUMBER", mrn(r)), " of one donor. ")
    d.add("Other rows contained only codes (%s, %s). The recipient confirmed deletion. " % (aliquot(r), aliquot(r)))
    bl, bv = bad_national(r)
    d.add("A column headed \"%s\" held %s, which fails the checksum and appears to be a test value.\n" % (bl, bv))
    d.add("Reported by ", L("PERSON", rep.full), ", ", L("PHONE", phone(r, r.choice(["GB", "US", "DE", "NL"]))), ".\n")


# ---------------------------------------------------------------- identifier-heavy templates
@tpl(4, "form")
def f_participant_payment(r, d):
    p = person(r, r.choice(NID_CC))
    d.add(r.choice(["PARTICIPANT HONORARIUM — PAYEE SET-UP", "Aufwandsentschädigung / Participant payment set-up", "Indemnización al participante — alta de beneficiario"]), "\n")
    d.add("Study: %s   Visit schedule: %d visits x %d EUR\n\n" % (protocol(r), r.randint(3, 12), r.choice([25, 40, 50, 75])))
    d.add("[1] Payee name: ", L("PERSON", p.full), "\n")
    d.add("[2] Birth date: ", L("DATE_OF_BIRTH", fdate(r, p.dob)), "\n")
    nid = national_id(r, p)
    d.add("[3] Tax / national identifier (%s): " % nid[0], nid[1], "\n")
    cc_bank = {"ES": "ES", "FR": "FR", "DE": "DE", "IT": "IT"}.get(p.cc)
    if p.cc == "GB":
        sc = "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
        d.add("[4] Bank: sort code ", L("UK_BANK_ACCOUNT", "%s, account %s" % (sc, digits(r, 8))), "\n")
    elif cc_bank:
        d.add("[4] IBAN: ", L("IBAN", iban(r, cc_bank)), "\n")
    else:
        d.add("[4] Payment card for reimbursements (prepaid): ", L("CREDIT_CARD", card(r)), "   exp %02d/%02d\n" % (r.randint(1, 12), r.randint(26, 30)))
    if r.random() < 0.5:
        d.add("[4b] Site-issued reimbursement card (%s): " % r.choice(["ClinCard", "Greenphire", "prepaid Visa"]), L("CREDIT_CARD", card(r)), "\n")
    d.add("[5] Postal address: ", L("ADDRESS", addr_text(r, address(r, p.cc), "\n    ")), "\n")
    d.add("[6] E-mail for remittance advice: ", L("EMAIL", email(r, p)), "\n")
    bl, bv = bad_national(r)
    d.add("\nFinance check: previous record rejected — %s %s failed validation; replaced above. Ref %s\n" % (bl, bv, order_no(r)))

@tpl(3, "csv")
def csv_payments(r, d):
    uk = r.random() < 0.4
    hdr = ["payee", "visit", "amount", "currency"] + (["sort_code", "account_no"] if uk else ["iban"]) + ["id_type", "id_value", "paid_on"]
    row(d, hdr, ",")
    for _ in range(r.randint(4, 6)):
        p = person(r, "GB" if uk else r.choice(["ES", "FR", "DE", "IT", "ES", "FR", "DE", "IT", "CA", "IN", "SG", "BR"]))
        nid = national_id(r, p)
        bank = ["%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)), L("UK_BANK_ACCOUNT", digits(r, 8))] if uk else \
               [L("IBAN", iban(r, r.choice(["ES", "FR", "DE", "IT", "NL", "BE", "PT", "AT", "FI", "DK", "SE", "GR", "EE", "IS", "CH", "NO"]), spaced=False))]
        row(d, [L("PERSON", p.full), "V%d" % r.randint(1, 12), "%d.00" % r.choice([25, 40, 50]), "GBP" if uk else "EUR"] + bank + [nid[0], nid[1], fdate(r, rdate(r), "iso")], ",")
    row(d, ["TEST PAYEE", "V0", "0.00", "GBP" if uk else "EUR"] + (["00-00-00", "********"] if uk else [iban_bad(r, "DE").replace(" ", "")]) + ["none", "n/a", "2024-01-01"], ",")

@tpl(3, "json")
def json_travel_booking(r, d):
    travellers = []
    for _ in range(r.randint(1, 3)):
        p = person(r, r.choice(ALL_CC))
        travellers.append({"surname": L("PERSON", p.family.upper()), "givenNames": L("PERSON", p.given.upper()), "dateOfBirth": L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")),
                           "document": {"type": "P", "issuingCountry": p.cc, "number": passport(r, p.cc), "expiry": fdate(r, rdate(r, 2027, 2034), "iso")},
                           "role": r.choice(["participant", "carer"])})
    jemit(d, {"bookingRef": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), "purpose": "rare-disease trial visit %s" % protocol(r),
              "agency": "CTU Travel Desk", "travellers": travellers, "flight": "%s%d" % (r.choice(["LH", "SK", "AY", "TK", "QR", "EK"]), r.randint(100, 2999)),
              "hotelConfirmation": "%d" % r.randint(10000000, 99999999), "costCentre": "CTU-%04d" % r.randint(0, 9999)})

@tpl(3, "log")
def log_id_verification(r, d):
    for _ in range(r.randint(4, 6)):
        p = person(r, r.choice(["US"] * 12 + list(PASS_LABEL)))
        d.add("%s phase1-checkin idv " % tlog(r))
        if p.cc == "US" and r.random() < 0.7:
            state, code, lic = dl(r)
            d.add("doc=driver_license state=%s number=" % code, lic, " holder=\"", L("PERSON", p.full), "\" dob=", L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), " result=match\n")
        else:
            d.add("doc=passport country=%s number=" % p.cc, passport(r, p.cc), " holder=\"", L("PERSON", p.full), "\" result=%s\n" % r.choice(["match", "match", "expired"]))
    d.add("%s phase1-checkin idv doc=passport number=<redacted> result=skipped reason=volunteer_declined\n" % tlog(r))

@tpl(3, "email")
def em_visa_letter(r, d):
    p = person(r, r.choice([c for c in PASS_LABEL] + ["NG", "ET", "GH", "IN", "LB", "IL"]))
    c = person(r, "GB")
    d.add("From: ", L("PERSON", p.full), " <", L("EMAIL", email(r, p)), ">\nTo: ", L("EMAIL", "visiting-researchers@uhr-research.org"), "\n")
    d.add("Subject: Invitation letter for secondment to the Biobank (%s)\n\n" % fdate(r, rdate(r, 2025, 2026), "long"))
    d.add("Dear ", L("PERSON", c.given), ",\n\nFor the visa invitation letter, my details are:\n")
    d.add("  Name as in passport: ", L("PERSON", p.given.upper() + " " + p.family.upper()), "\n")
    d.add("  ", pass_label(r, p.cc), ": ", passport(r, p.cc), "\n")
    d.add("  ", r.choice(["Date of birth", "Born on", "DOB"]), ": ", L("DATE_OF_BIRTH", fdate(r, p.dob)), "\n")
    d.add("  Home institution address: ", L("ADDRESS", addr_text(r, address(r, p.cc), ", ")), "\n\n")
    d.add("I will work on the %s pipeline (%s). Many thanks,\n" % (r.choice(REFS), version(r)), L("PERSON", p.given), "\n")

@tpl(2, "chat")
def chat_uk_recruit(r, d):
    a, b = person(r, "GB"), person(r, "GB"); p = person_f(r, "GB")
    clock = [r.randint(8 * 60, 16 * 60)]
    def tm():
        clock[0] += r.randint(1, 25); return "%02d:%02d" % divmod(clock[0], 60)
    d.add(L("PERSON", a.given), " (", tm(), "): can you check eligibility for the lady in bay 6? NHS no ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d.add(L("PERSON", b.given), " (", tm(), "): that's ", L("PERSON", p.full), "? she has ", L("DIAGNOSIS", r.choice(DIAG)), ", eGFR ok, not on ", r.choice(MEDS), "\n")
    d.add(L("PERSON", a.given), " (", tm(), "): great, consent v%d. Her old number %s is wrong btw, it fails the check\n" % (r.randint(2, 6), nhs(r, bad=True)))
    d.add(L("PERSON", b.given), " (", tm(), "): will book her for %s, samples go to %s\n" % (fdate(r, rdate(r, 2025, 2025), "long"), plate(r)))


@tpl(3, "tsv")
def tsv_research_billing(r, d):
    row(d, ["patient", "dob", "medicare_mbi", "plan_member_id", "cpt", "npi_ordering", "charge_class", "study"], "\t")
    for _ in range(r.randint(3, 5)):
        p = person(r, "US")
        medicare = r.random() < 0.5
        row(d, [L("PERSON", pname(r, p, "lastfirst")), L("DATE_OF_BIRTH", fdate(r, p.dob, "mdy/")), L("US_MBI", mbi(r)) if medicare else "",
                "" if medicare else L("HEALTH_PLAN_ID", hp_id(r)), r.choice(["81162", "36415", "96413", "81479"]), npi(r),
                r.choice(["research", "SOC"]), protocol(r)], "\t")


@tpl(3, "ndjson")
def ndjson_econsent(r, d):
    for _ in range(r.randint(3, 5)):
        p = person(r, r.choice(NID_CC + ["US", "US"]))
        nid = national_id(r, p)
        ev = {"type": "econsent.identity_verified", "at": ts(r), "study": protocol(r), "participant": L("PERSON", p.full),
              "email": L("EMAIL", email(r, p)), "clientIp": L("IP_ADDRESS", ip(r, v6=r.random() < 0.3)),
              "idDocument": {"kind": nid[0], "number": nid[1]}, "birthDate": L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")),
              "consentForm": "BB-CF-07 v%d" % r.randint(3, 9), "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15"}
        jemit(d, ev, compact=True); d.add("\n")
    jemit(d, {"type": "econsent.identity_failed", "at": ts(r), "participant": "<withheld>", "idDocument": {"kind": "SSN", "number": "***-**-%04d" % r.randint(0, 9999)}, "reason": "mismatch"}, compact=True)
    d.add("\n")


@tpl(4, "free_text")
def ft_consent_monitor(r, d):
    d.add("Consent monitoring visit — identity checks for overseas-resident donors (site %s, %s)\n\n" % ("S%02d" % r.randint(1, 40), fdate(r, rdate(r), "long")))
    ccs = r.sample(["DE", "IN", "IT", "ES", "FR", "SG", "BR", "CA", "DE", "IN", "IT"], 4)
    for cc in ccs:
        p = person(r, cc)
        nid = national_id(r, p)
        d.add("• ", L("PERSON", p.full), " (", COUNTRY[cc], "), born ", L("DATE_OF_BIRTH", fdate(r, p.dob, r.choice(["long", "dmy.", "us"]))), ": identity confirmed with ", nid[0], " ", nid[1], ". ")
        d.add(r.choice(["Consent form v%d signed; tubes %s." % (r.randint(3, 9), aliquot(r)), "Re-consent needed after protocol amendment %d." % r.randint(2, 9), "Withdrew from WGS sub-study only."]), "\n")
    bl, bv = bad_national(r)
    d.add("\nOne record carried %s %s, which fails its check digit; the coordinator will re-check the original document. " % (bl, bv))
    d.add("Monitor: ", L("PERSON", person(r).full), ".\n")

@tpl(2, "html")
def html_ecrf_ae(r, d):
    p = person(r)
    d.add("<form id=\"ae-page\" data-study=\"%s\" data-subject=\"%s\">\n" % (protocol(r), subj(r)))
    d.add("  <fieldset><legend>Adverse Event</legend>\n")
    d.add("    <label>AE term (verbatim)</label><input value=\"", L("DIAGNOSIS", r.choice(AE_DIAG)), "\">\n")
    d.add("    <label>Action taken with study drug</label><select><option selected>Dose interrupted</option></select>\n")
    d.add("    <label>Treatment given</label><input value=\"", L("MEDICATION", r.choice(MEDS)), "\">\n")
    d.add("    <label>Source document note</label><textarea>Seen in ED — ", L("PERSON", p.full), ", DOB ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dmy/")), " — source page to be redacted</textarea>\n")
    d.add("  </fieldset>\n  <p class=\"hint\">Do not enter Patient Name or Date Of Birth in this form. Compound %s.</p>\n</form>\n" % r.choice(COMPOUNDS))

@tpl(2, "free_text")
def ft_prescreen_call(r, d):
    p = person(r, r.choice(["AU", "NG", "GH", "ET", "TH", "KR", "JP", "CL", "AR", "MX", "IL", "LB", "SA", "GR", "PT"]))
    d.add("Pre-screening telephone call — %s\n" % protocol(r))
    d.add("Called ", L("PERSON", p.given), " on ", L("PHONE", phone(r, p.cc)), " at %02d:%02d. " % (r.randint(9, 17), r.randint(0, 59)))
    d.add("Self-reported history of ", L("DIAGNOSIS", r.choice(DIAG)), " since %d, currently taking " % r.randint(2000, 2022), L("MEDICATION", r.choice(MEDS)), ". ")
    d.add("Denies %s. Says the last year has been a marathon and work is a real headache, but is keen to help. " % r.choice(["chest pain", "seizures", "liver problems"]))
    d.add("Lives at ", L("ADDRESS", addr_text(r, address(r, p.cc), ", ")), " — %d km from site; travel support discussed.\n" % r.randint(5, 900))
    d.add("Outcome: eligible for screening visit; reference ", "SCR-%03d" % r.randint(1, 400), ". Caller: ", L("PERSON", person(r).given), "\n")

# ================================================================ validation & output
CHECKS = {
    "CREDIT_CARD": lambda v: luhn_ok(v), "CA_SIN": lambda v: luhn_ok(v), "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok,
    "IN_AADHAAR": lambda v: verhoeff_ok(v.replace(" ", "")), "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok,
    "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok,
    "US_SSN": lambda v: re.fullmatch(r"(?!000|666|9\d\d)\d{3}[- ]?(?!00)\d{2}[- ]?(?!0000)\d{4}", v) is not None,
    "UK_NATIONAL_INSURANCE_NUMBER": lambda v: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v) is not None,
}

def leak_check(text, ents):
    cov = [False] * len(text)
    for e in ents:
        for i in range(e["start"], e["end"]): cov[i] = True
    probs = []
    for m in re.finditer(r"(?<![\w.-])(?:\d[ -]?){12,18}\d(?![\w])", text):
        s = re.sub(r"\D", "", m.group())
        if any(cov[m.start():m.end()]): continue
        if 13 <= len(s) <= 19 and luhn_ok(s) and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011", s):
            probs.append(("card", m.group()))
    for m in re.finditer(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", text):
        if not any(cov[m.start():m.end()]) and CHECKS["US_SSN"](m.group()): probs.append(("ssn", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if not any(cov[m.start():m.end()]) and iban_ok(m.group()): probs.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\w-])\d{3} \d{3} \d{4}(?![\w-])", text):
        if not any(cov[m.start():m.end()]) and nhs_ok(m.group()): probs.append(("nhs", m.group()))
    for m in re.finditer(r"(?<![\w-])[2-9]\d{3} \d{4} \d{4}(?![\w-])", text):
        if not any(cov[m.start():m.end()]) and verhoeff_ok(m.group().replace(" ", "")): probs.append(("aadhaar", m.group()))
    return probs

def level(types):
    if any(t in RESTRICTED for t in types): return "RESTRICTED"
    if any(t in CONFIDENTIAL for t in types): return "CONFIDENTIAL"
    return "INTERNAL"

def validate(doc):
    t, ents, fmt = doc["text"], doc["entities"], doc["format"]
    assert fmt in FORMATS, fmt
    last = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        s = t[e["start"]:e["end"]]
        assert s and s == s.strip(), (doc["id"], e, s)
        assert e["start"] >= last, ("overlap", doc["id"], e)
        last = e["end"]
        if e["type"] in CHECKS: assert CHECKS[e["type"]](s), (doc["id"], e["type"], s)
    assert doc["classification"] == level([e["type"] for e in ents])
    if fmt in ("json", "fhir_json"): json.loads(t)
    if fmt == "ndjson":
        for ln in t.strip("\n").split("\n"): json.loads(ln)
    if fmt in ("csv", "tsv"):
        first = t.split("\n", 1)[0]
        delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(t), delimiter=delim))
        assert len({len(x) for x in rows if x}) == 1, (doc["id"], [len(x) for x in rows])
    lk = leak_check(t, ents)
    assert not lk, (doc["id"], lk)

def build():
    docs = []
    for name, fn, n, fmt in T:
        for i in range(n):
            r = random.Random("%s:%s:%d" % (SEED, name, i))
            d = Doc(); fn(r, d)
            ents = [{"type": e["type"], "start": e["start"], "end": e["end"]} for e in d.ents]
            for e in d.ents:
                assert d.text()[e["start"]:e["end"]] == e["_v"]
            doc = {"id": "h31_%s-%d" % (name, i), "text": d.text(), "entities": ents,
                   "classification": level([e["type"] for e in ents]), "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs: f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # re-read and re-validate
    with open(OUT, encoding="utf-8") as f:
        for ln in f: validate(json.loads(ln))
    tc = Counter(e["type"] for d in docs for e in d["entities"])
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for d in docs if not d["entities"]))
    print("templates:", len(T))
    for title, c in (("classification", Counter(d["classification"] for d in docs)), ("format", Counter(d["format"] for d in docs)), ("entity type", tc)):
        print("\n%s:" % title)
        for k, v in c.most_common(): print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    build()
