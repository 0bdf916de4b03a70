#!/usr/bin/env python3
"""holdout3 evaluation corpus generator (standard library only, deterministic).

Written from the public contract only (entity types, levels, labelling conventions). Every labelled
span is recorded at the moment its value is appended to the document; nothing is found by searching.
Run: python3 build.py   -> writes holdout3.jsonl next to this file and prints counts.
"""
import csv, io, json, os, random, re, sys, unicodedata
from collections import Counter

SEED = "holdout3/kestrel-fjord-7731"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout3.jsonl")

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
              "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
              "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
              "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL = {"PERSON"}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html",
           "clinical_note", "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

# ----------------------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------------------
class L:
    """A labelled value."""
    __slots__ = ("type", "v")
    def __init__(self, type_, v):
        self.type, self.v = type_, v

class Doc:
    def __init__(self, fmt):
        self.fmt, self.buf, self.n, self.ents = fmt, [], 0, []
    def __call__(self, *xs):
        for x in xs:
            if x is None or x == "":
                continue
            if isinstance(x, L):
                st = self.n
                self._a(x.v)
                self.ents.append({"type": x.type, "start": st, "end": self.n})
            else:
                self._a(str(x))
        return self
    def _a(self, t):
        self.buf.append(t)
        self.n += len(t)
    def text(self):
        return "".join(self.buf)

def emit_json(d, obj, indent=2, level=0, compact=False):
    sep_kv = ":" if compact == "tight" else ": "
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if not compact:
                d("\n" + " " * (indent * (level + 1)))
            d(json.dumps(k, ensure_ascii=False) + sep_kv)
            emit_json(d, v, indent, level + 1, compact)
            if i < len(items) - 1:
                d("," if compact == "tight" or not compact else ", ")
        if not compact:
            d("\n" + " " * (indent * level))
        d("}")
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[")
        for i, v in enumerate(obj):
            if not compact:
                d("\n" + " " * (indent * (level + 1)))
            emit_json(d, v, indent, level + 1, compact)
            if i < len(obj) - 1:
                d("," if compact == "tight" or not compact else ", ")
        if not compact:
            d("\n" + " " * (indent * level))
        d("]")
    elif isinstance(obj, L):
        s = json.dumps(obj.v, ensure_ascii=False)
        d('"', L(obj.type, s[1:-1]), '"')
    else:
        d(json.dumps(obj, ensure_ascii=False))

def row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d(delim)
        if isinstance(c, list):  # mixed cell: plain and labelled parts, must need no quoting
            for part in c:
                pv = part.v if isinstance(part, L) else part
                assert not any(ch in pv for ch in (delim, '"', "\n")), pv
                d(part)
            continue
        v = c.v if isinstance(c, L) else str(c)
        if any(ch in v for ch in (delim, '"', "\n")):
            esc = v.replace('"', '""')
            d('"', L(c.type, esc) if isinstance(c, L) else esc, '"')
        else:
            d(c if isinstance(c, L) else v)
    d("\n")

# ----------------------------------------------------------------------------------------------
# checksums (implemented from public specifications)
# ----------------------------------------------------------------------------------------------
def luhn_ok(s):
    ds = [int(c) for c in s][::-1]
    tot = 0
    for i, x in enumerate(ds):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(n) % 97) + bban

def nhs_check(nine):
    tot = sum(int(c) * (10 - i) for i, c in enumerate(nine))
    chk = 11 - tot % 11
    if chk == 11: chk = 0
    return None if chk == 10 else str(chk)

def nhs_ok(s):
    return len(s) == 10 and s.isdigit() and nhs_check(s[:9]) == s[9]

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

def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s1 = sum(d * (10 - i) for i, d in enumerate(ds))
    d1 = (s1 * 10) % 11 % 10
    ds.append(d1)
    s2 = sum(d * (11 - i) for i, d in enumerate(ds))
    d2 = (s2 * 10) % 11 % 10
    return "%d%d" % (d1, d2)

def cpf_ok(s):
    return len(s) == 11 and s.isdigit() and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m: return False
    num = ("XYZ".index(m.group(1)) if m.group(1) else "") 
    num = int((str(num) if m.group(1) else "") + m.group(2))
    return DNI_LETTERS[num % 23] == m.group(3)

def nir_ok(s):
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def de_taxid_check(ten):
    product = 10
    for c in ten:
        tot = (int(c) + product) % 10
        if tot == 0: tot = 10
        product = (tot * 2) % 11
    chk = 11 - product
    return "0" if chk == 10 else str(chk % 10)

def de_taxid_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0": return False
    cnt = Counter(s[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3): return False
    return de_taxid_check(s[:10]) == s[10]

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21] + [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_check(fifteen):
    tot = 0
    for i, c in enumerate(fifteen):
        if i % 2 == 0:
            tot += CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26)

def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

NRIC_W = [2, 7, 6, 5, 4, 3, 2]
def nric_letter(prefix, seven):
    tot = sum(int(c) * w for c, w in zip(seven, NRIC_W)) + (4 if prefix in "TG" else 0)
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[tot % 11]

def nric_ok(s):
    return bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", s)) and nric_letter(s[0], s[1:8]) == s[8]

def ssn_ok(s):
    if not re.fullmatch(r"\d{9}", s): return False
    a, g, n = s[:3], s[3:5], s[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    if len(s) != 11: return False
    N, A, AN = "123456789", MBI_ALPHA, MBI_ALPHA + "0123456789"
    pat = ["N", "A", "AN", "0N", "A", "AN", "0N", "A", "A", "0N", "0N"]
    for c, p in zip(s, pat):
        ok = {"N": N, "A": A, "AN": AN, "0N": "0123456789"}[p]
        if c not in ok: return False
    return True

NINO_BAD_FIRST, NINO_BAD_SECOND = set("DFIQUV"), set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
def nino_ok(s):
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m: return False
    return (m.group(1) not in NINO_BAD_FIRST and m.group(2) not in NINO_BAD_SECOND
            and m.group(1) + m.group(2) not in NINO_BAD_PREFIX)

def _strip(s):
    return re.sub(r"[\s\-./]", "", s)

def check_value(t, raw):
    s = _strip(raw)
    if t == "US_SSN": return ssn_ok(s)
    if t == "CREDIT_CARD": return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if t == "IBAN": return iban_ok(s.upper())
    if t == "UK_NHS_NUMBER": return nhs_ok(s)
    if t == "CA_SIN": return len(s) == 9 and s.isdigit() and luhn_ok(s)
    if t == "BR_CPF": return cpf_ok(s)
    if t == "IN_AADHAAR": return len(s) == 12 and s.isdigit() and s[0] not in "01" and verhoeff_ok(s)
    if t == "ES_DNI": return dni_ok(s)
    if t == "FR_NIR": return nir_ok(s)
    if t == "DE_TAX_ID": return de_taxid_ok(s)
    if t == "IT_FISCAL_CODE": return cf_ok(s.upper())
    if t == "SG_NRIC": return nric_ok(s.upper())
    if t == "US_MBI": return mbi_ok(s.upper())
    if t == "UK_NATIONAL_INSURANCE_NUMBER": return nino_ok(s.upper())
    if t == "UK_BANK_ACCOUNT": return bool(re.search(r"\d{8}$", s))
    return True

def _selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("9434765919")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("52998224725")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert de_taxid_ok("86095742719")
    assert cf_ok("RSSMRA80A01H501U")
    assert nric_ok("S1234567D")
    assert luhn_ok("046454286")
    assert mbi_ok("1EG4TE5MK73")
    assert nino_ok("QQ123456C") is False  # Q is not allowed as a first letter
    assert nino_ok("AB123456C")
_selftest()

# ----------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------
NAMES = {
    "HU": (["Zsófia", "Bence", "Gergely", "Réka", "Dorottya", "Levente"], ["Szabó", "Kovács", "Lakatos", "Vörös", "Farkas"]),
    "TR": (["Emre", "Zeynep", "Oğuz", "Elif", "Büşra", "Kaan"], ["Yılmaz", "Öztürk", "Çelik", "Aydın", "Şahin"]),
    "GR": (["Dimitrios", "Eleni", "Stavros", "Paraskevi", "Theodora"], ["Papadopoulos", "Karagiannis", "Oikonomou", "Vlachou"]),
    "ET": (["Abebe", "Tigist", "Yonas", "Meseret", "Selamawit", "Dawit"], ["Tesfaye", "Gebremedhin", "Haile", "Wondimu"]),
    "PH": (["Maricel", "Rodrigo", "Analyn", "Jericho", "Rowena"], ["Dela Cruz", "Macaraeg", "Villanueva", "Pangilinan"]),
    "IS": (["Sigríður", "Guðmundur", "Ragnheiður", "Hrafn"], ["Guðmundsdóttir", "Þórsson", "Einarsdóttir", "Magnússon"]),
    "CZ": (["Jiří", "Kateřina", "Lukáš", "Markéta", "Ondřej"], ["Dvořák", "Procházková", "Horáček", "Veselá"]),
    "IE": (["Siobhán", "Pádraig", "Aoife", "Caoimhe", "Oisín"], ["Ní Bhriain", "Ó Murchú", "Breathnach", "Mac Giolla Phádraig"]),
    "KE": (["Wanjiru", "Otieno", "Achieng", "Kiprono", "Njeri"], ["Kamau", "Odhiambo", "Mwangi", "Chebet", "Wafula"]),
    "CN": (["Xiuying", "Zhiwei", "Jiahui", "Yuhang", "Mingxia"], ["Zhang", "Xu", "Liang", "Guo", "Fang"]),
    "JP": (["Haruto", "Yui", "Sōta", "Aoi", "Hinata"], ["Takahashi", "Nakamura", "Fujiwara", "Ishikawa"]),
    "BR": (["Thiago", "Luana", "Gustavo", "Jéssica", "Thaís"], ["dos Santos", "Albuquerque", "Nogueira", "Carvalho de Souza"]),
    "MX": (["Ximena", "Guadalupe", "Itzel", "Emiliano", "Rogelio"], ["Hernández Villarreal", "Zúñiga", "Ochoa", "Tlatelpa"]),
    "LB": (["Nour", "Rami", "Layal", "Ziad", "Rasha"], ["Haddad", "Khoury", "Nassar", "Abi Saab", "El-Hage"]),
    "IR": (["Shirin", "Dariush", "Parisa", "Kourosh", "Niloufar"], ["Moradi", "Rahimzadeh", "Hosseini", "Jafari"]),
    "UA": (["Oksana", "Taras", "Yaroslava", "Bohdan", "Mykola"], ["Shevchenko", "Bondarenko", "Tkachenko", "Lysenko"]),
    "GH": (["Kwabena", "Akosua", "Yaw", "Efua", "Adwoa"], ["Mensah", "Owusu-Ansah", "Boateng", "Appiah"]),
    "NZ": (["Aroha", "Wiremu", "Mere", "Tama"], ["Ngata", "Te Rangi", "Parata", "Tawhiri"]),
    "WS": (["Sefo", "Lagi", "Malia", "Tavita"], ["Tuilagi", "Fa'alogo", "Leota", "Sapolu"]),
    "LK": (["Chaminda", "Dilrukshi", "Nuwan", "Sanduni"], ["Jayasuriya", "Wickramasinghe", "Gunawardena", "Perera"]),
    "ES": (["Itziar", "Aitor", "Jordi", "Montserrat", "Iñaki", "Rocío"], ["Etxeberria", "Vilaró", "García-Ortuño", "Agirre Zubizarreta", "Peñalver"]),
    "BE": (["Wouter", "Griet", "Lieve", "Joris"], ["Vandenbroucke", "De Smedt", "Van den Eynde", "Verstraete"]),
    "GB": (["Ailsa", "Ruaridh", "Morwenna", "Gethin", "Tamsin"], ["MacLeod", "Pryce-Jones", "Trelawney", "Ogunleye", "Drummond"]),
    "NL": (["Maartje", "Sjoerd", "Femke", "Thijs"], ["van 't Veld", "de Wit", "van der Steen", "Hoekstra"]),
    "DE": (["Jürgen", "Annegret", "Friedhelm", "Mareike", "Ole"], ["von Bülow-Thiel", "Großmann", "Schäfer", "Köhler", "Wendt"]),
    "FR": (["Gaëlle", "Benoît", "Maëlys", "Hervé", "Solène"], ["Le Gall", "d'Abbadie", "Lefèvre", "Quéméner", "Marchetti"]),
    "IT": (["Ludovica", "Gianmarco", "Annunziata", "Carmine", "Beatrice"], ["Esposito", "Lo Bianco", "Di Stefano", "Santangelo"]),
    "IN": (["Ananya", "Vikram", "Lakshmi", "Siddharth", "Harpreet"], ["Venkataraman", "Bhattacharya", "Iyer", "Chaudhary"]),
    "SG": (["Wei Ling", "Jun Jie", "Hui Min", "Kai Xiang"], ["Tan", "Lim", "Ng", "Goh"]),
    "CA": (["Geneviève", "Mathieu", "Annick", "Étienne"], ["Tremblay", "Gagnon", "Ouellet", "Bouchard"]),
    "US": (["Tamika", "Brayden", "Dolores", "Cody", "LaShonda", "Wyatt"], ["Kowalczyk", "Delgado", "Yazzie", "Okafor", "Whitfield"]),
    "PL": (["Małgorzata", "Krzysztof", "Zofia", "Bartłomiej"], ["Wiśniewska", "Zając", "Grzybowski", "Szczepańska"]),
}
SYL_A = ["ka", "ro", "vel", "mun", "tae", "zo", "bri", "quel", "dor", "sa", "lin", "ish", "ore", "tuv", "yen", "mab"]
SYL_B = ["an", "ek", "ora", "isse", "uno", "ath", "ella", "o", "ik", "ar", "une", "ys"]

def invented(rng, cap=True):
    s = "".join(rng.choice(SYL_A) for _ in range(rng.randint(1, 2))) + rng.choice(SYL_B)
    return s.capitalize() if cap else s

FOLD = {"ð": "d", "þ": "th", "ł": "l", "ø": "o", "ß": "ss", "ı": "i", "Þ": "Th", "Ł": "L"}
def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

class P:
    def __init__(self, rng, cc=None):
        self.cc = cc or rng.choice(list(NAMES))
        gs, fs = NAMES[self.cc]
        self.given = rng.choice(gs) if rng.random() > 0.15 else invented(rng)
        self.family = rng.choice(fs) if rng.random() > 0.15 else invented(rng)
        self.female = rng.random() < 0.5
        self.dob = rand_date(rng, 1938, 2006)
    @property
    def full(self):
        if self.cc == "SG":
            return self.family + " " + self.given
        return self.given + " " + self.family
    def email(self, rng, domain=None):
        g = re.sub(r"[^a-z]", "", ascii_fold(self.given).lower())
        f = re.sub(r"[^a-z]", "", ascii_fold(self.family).lower())
        local = rng.choice([g + "." + f, g[0] + f, f + "." + g, g + f[:3] + str(rng.randint(2, 98)), g + "_" + f])
        dom = domain or rng.choice(DOMAINS.get(self.cc, []) + ["outlook.com", "proton.me", "gmail.com", "icloud.com"])
        return local + "@" + dom

DOMAINS = {"DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "laposte.net", "free.fr"],
           "IT": ["libero.it", "virgilio.it"], "ES": ["telefonica.net", "yahoo.es"], "BR": ["uol.com.br", "bol.com.br"],
           "JP": ["yahoo.co.jp", "docomo.ne.jp"], "HU": ["citromail.hu", "freemail.hu"], "CZ": ["seznam.cz"],
           "PL": ["wp.pl", "onet.pl"], "IN": ["rediffmail.com"], "GB": ["btinternet.com", "sky.com"],
           "NL": ["ziggo.nl", "kpnmail.nl"], "KE": ["safaricom.co.ke"], "IE": ["eircom.net"], "CA": ["videotron.ca"],
           "US": ["comcast.net", "att.net"], "TR": ["hotmail.com.tr"], "SG": ["singnet.com.sg"], "IS": ["simnet.is"]}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dmax = 29 if (m == 2 and y % 4 == 0 and (y % 100 or y % 400 == 0)) else MDAYS[m - 1]
    return (y, m, rng.randint(1, dmax))

def fmt_date(dt, style):
    y, m, d = dt
    return {
        "iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y), "us_short": "%d/%d/%04d" % (m, d, y),
        "eu": "%02d/%02d/%04d" % (d, m, y), "dot": "%02d.%02d.%04d" % (d, m, y), "long": "%s %d, %04d" % (MONTHS_EN[m - 1], d, y),
        "uk_long": "%d %s %04d" % (d, MONTHS_EN[m - 1], y), "abbr": "%02d-%s-%04d" % (d, MONTHS_EN[m - 1][:3].upper(), y),
        "fr": "%d %s %04d" % (d, MONTHS_FR[m - 1], y), "es": "%d de %s de %04d" % (d, MONTHS_ES[m - 1], y),
        "de": "%d. %s %04d" % (d, MONTHS_DE[m - 1], y), "hl7": "%04d%02d%02d" % (y, m, d), "dash_eu": "%02d-%02d-%04d" % (d, m, y),
    }[style]

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))

def non_luhn(rng, n):
    while True:
        s = digits(rng, n)
        if not luhn_ok(s): return s

def ssn(rng, sep="-"):
    while True:
        a = "%03d" % rng.randint(1, 899)
        if a != "666": break
    s = a + "%02d" % rng.randint(1, 99) + "%04d" % rng.randint(1, 9999)
    return s[:3] + sep + s[3:5] + sep + s[5:]

def bad_ssn(rng):
    return rng.choice(["000", "666", "9%02d" % rng.randint(0, 99)]) + "-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999))

def card(rng, brand=None, sep=" "):
    brand = brand or rng.choice(["visa", "mc", "mc2", "amex", "disc", "jcb"])
    if brand == "visa": pre, n = "4" + digits(rng, 5), 16
    elif brand == "mc": pre, n = "5" + str(rng.randint(1, 5)) + digits(rng, 4), 16
    elif brand == "mc2": pre, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif brand == "amex": pre, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    elif brand == "disc": pre, n = rng.choice(["6011", "65" + digits(rng, 2)]) + digits(rng, 2), 16
    else: pre, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
    num = luhn_complete(pre + digits(rng, n - len(pre) - 1))
    if n == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))

def bad_card(rng, sep=" "):
    c = card(rng, "visa", "")
    last = str((int(c[-1]) + rng.randint(1, 9)) % 10)
    c = c[:-1] + last
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))

def _alnum(rng, n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    return "".join(rng.choice(alpha) for _ in range(n))

def fr_rib_key(bank, branch, acct):
    conv = {c: str(v) for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in cs}
    acct_n = "".join(conv.get(c, c) for c in acct)
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct_n)) % 97)

def es_ccc(entity, office, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        r = 11 - sum(int(c) * x for c, x in zip(s.zfill(10), w)) % 11
        return {10: 1, 11: 0}.get(r, r)
    return "%d%d" % (dc("00" + entity + office), dc(acct))

def iban(rng, cc=None, spaced=None):
    cc = cc or rng.choice(["DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "IE", "PT", "PL", "SE", "FI", "LU", "DK", "NO", "GB", "GR", "HU", "CZ"])
    if cc == "DE": b = digits(rng, 8) + digits(rng, 10)
    elif cc == "FR":
        bank, br, ac = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        b = bank + br + ac + fr_rib_key(bank, br, ac)
    elif cc == "ES":
        e, o, a = digits(rng, 4), digits(rng, 4), digits(rng, 10)
        b = e + o + es_ccc(e, o, a) + a
    elif cc == "IT": b = _alnum(rng, 1) + digits(rng, 10) + digits(rng, 12)
    elif cc == "NL": b = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + digits(rng, 10)
    elif cc == "BE":
        x = digits(rng, 10); b = x + "%02d" % ((int(x) % 97) or 97)
    elif cc == "AT": b = digits(rng, 16)
    elif cc == "CH": b = digits(rng, 17)
    elif cc == "IE": b = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    elif cc == "PT": b = digits(rng, 21)
    elif cc == "PL": b = digits(rng, 24)
    elif cc == "SE": b = digits(rng, 20)
    elif cc == "FI": b = digits(rng, 14)
    elif cc == "LU": b = digits(rng, 3) + digits(rng, 13)
    elif cc == "DK": b = digits(rng, 14)
    elif cc == "NO": b = digits(rng, 11)
    elif cc == "GB": b = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    elif cc == "GR": b = digits(rng, 23)
    elif cc == "HU": b = digits(rng, 24)
    else: b = digits(rng, 20)  # CZ
    s = iban_make(cc, b)
    if spaced is None: spaced = rng.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

def bad_iban(rng):
    s = iban(rng, spaced=False)
    while True:
        k = rng.randint(5, len(s) - 1)
        if s[k].isdigit():
            t = s[:k] + str((int(s[k]) + rng.randint(1, 9)) % 10) + s[k + 1:]
            if not iban_ok(t): break
    return " ".join(t[i:i + 4] for i in range(0, len(t), 4))

def nhs(rng, sep=" "):
    while True:
        n = str(rng.randint(4, 7)) + digits(rng, 8)
        c = nhs_check(n)
        if c: break
    s = n + c
    return s[:3] + sep + s[3:6] + sep + s[6:]

def bad_nhs(rng):
    while True:
        n = str(rng.randint(4, 7)) + digits(rng, 8)
        c = nhs_check(n)
        if c:
            s = n + str((int(c) + 1 + rng.randint(0, 7)) % 10)
            if not nhs_ok(s): return s[:3] + " " + s[3:6] + " " + s[6:]

def nino(rng, spaced=None):
    while True:
        a = rng.choice([c for c in "ABCEGHJKLMNOPRSTWXYZ"])
        b = rng.choice([c for c in "ABCEGHJKLMNPRSTWXYZ"])
        if a + b not in NINO_BAD_PREFIX: break
    d = digits(rng, 6); s = rng.choice("ABCD")
    if spaced is None: spaced = rng.random() < 0.5
    return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], s) if spaced else a + b + d + s

def sort_code(rng):
    return "%02d-%02d-%02d" % (rng.randint(1, 99), rng.randint(0, 99), rng.randint(0, 99))

def dni(rng, nie=False):
    if nie:
        p = rng.choice("XYZ"); n = digits(rng, 7)
        return p + n + DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    n = "%08d" % rng.randint(1000000, 79999999)
    return n + DNI_LETTERS[int(n) % 23]

def bad_dni(rng):
    n = "%08d" % rng.randint(1000000, 79999999)
    return n + DNI_LETTERS[(int(n) + rng.randint(1, 22)) % 23]

def nir(rng, p=None, spaced=True):
    sex = ("2" if p.female else "1") if p else rng.choice("12")
    y, m, _ = p.dob if p else rand_date(rng, 1940, 2004)
    dep = "%02d" % rng.choice([1, 6, 13, 14, 21, 29, 31, 33, 35, 38, 44, 59, 62, 67, 69, 75, 76, 92, 93, 94])
    com, order = "%03d" % rng.randint(1, 899), "%03d" % rng.randint(1, 999)
    base = sex + "%02d" % (y % 100) + "%02d" % m + dep + com + order
    key = "%02d" % (97 - int(base) % 97)
    if spaced:
        return " ".join([base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], key])
    return base + key

def de_taxid(rng, spaced=False):
    while True:
        ds = rng.sample("0123456789", 9)
        if ds[0] == "0": continue
        dup = rng.choice(ds)
        pos = rng.randint(1, 9)
        ten = ds[:pos] + [dup] + ds[pos:]
        ten = "".join(ten)
        s = ten + de_taxid_check(ten)
        if de_taxid_ok(s): break
    return s[:2] + " " + s[2:5] + " " + s[5:8] + " " + s[8:] if spaced else s

def bad_de_taxid(rng):
    s = de_taxid(rng)
    t = s[:10] + str((int(s[10]) + rng.randint(1, 9)) % 10)
    assert not de_taxid_ok(t)
    return t

CF_MONTH = "ABCDEHLMPRST"
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "G224", "A662", "C351", "E506"]
def _cf_part(word, is_name):
    w = re.sub(r"[^A-Z]", "", ascii_fold(word).upper())
    cons = [c for c in w if c not in "AEIOU"]; vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]

def fiscal_code(p):
    y, m, d = p.dob
    code = _cf_part(p.family, False) + _cf_part(p.given, True) + "%02d" % (y % 100) + CF_MONTH[m - 1]
    code += "%02d" % (d + (40 if p.female else 0)) + BELFIORE[(len(p.given) * 7 + y) % len(BELFIORE)]
    return code + cf_check(code)

def bad_fiscal(p):
    c = fiscal_code(p)
    return c[:15] + chr(65 + (ord(c[15]) - 65 + 3) % 26)

def sin(rng, sep=" "):
    s = luhn_complete(str(rng.randint(1, 7)) + digits(rng, 7))
    return s[:3] + sep + s[3:6] + sep + s[6:]

def cpf(rng, fmt=True):
    while True:
        n = digits(rng, 9)
        if len(set(n)) > 1: break
    s = n + cpf_digits(n)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s

def bad_cpf(rng):
    n = digits(rng, 9); c = cpf_digits(n)
    c2 = c[0] + str((int(c[1]) + 4) % 10)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], c2)

def aadhaar(rng, sep=" "):
    n = str(rng.randint(2, 9)) + digits(rng, 10)
    s = n + verhoeff_digit(n)
    return s[:4] + sep + s[4:8] + sep + s[8:]

def bad_aadhaar(rng):
    n = str(rng.randint(2, 9)) + digits(rng, 10)
    s = n + str((int(verhoeff_digit(n)) + 5) % 10)
    assert not verhoeff_ok(s)
    return s[:4] + " " + s[4:8] + " " + s[8:]

def nric(rng, prefix=None):
    prefix = prefix or rng.choice("SSTTFG")
    n = digits(rng, 7)
    return prefix + n + nric_letter(prefix, n)

def mbi(rng, dashed=None):
    A, AN = MBI_ALPHA, MBI_ALPHA + "0123456789"
    s = (rng.choice("123456789") + rng.choice(A) + rng.choice(AN) + rng.choice("0123456789") + rng.choice(A)
         + rng.choice(AN) + rng.choice("0123456789") + rng.choice(A) + rng.choice(A) + digits(rng, 2))
    if dashed is None: dashed = rng.random() < 0.4
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s

def us_passport(rng):
    return rng.choice([digits(rng, 9), rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)])

PASSPORT_FORMS = {
    "Germany": lambda r: "C" + _alnum(r, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
    "France": lambda r: digits(r, 2) + _alnum(r, 2) + digits(r, 5),
    "Spain": lambda r: _alnum(r, 3) + digits(r, 6),
    "Italy": lambda r: _alnum(r, 2) + digits(r, 7),
    "Netherlands": lambda r: _alnum(r, 2, "ABCDEFGHIJKLMNPRSTUVWXYZ") + _alnum(r, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(r, 1),
    "India": lambda r: _alnum(r, 1) + digits(r, 7),
    "Brazil": lambda r: _alnum(r, 2) + digits(r, 6),
    "Canada": lambda r: _alnum(r, 2) + digits(r, 6),
    "United Kingdom": lambda r: digits(r, 9),
    "Australia": lambda r: rng_choice(r, ["N", "PA", "PB", "E"]) + digits(r, 7),
    "Japan": lambda r: _alnum(r, 2) + digits(r, 7),
    "Poland": lambda r: _alnum(r, 2) + digits(r, 7),
    "Mexico": lambda r: "G" + digits(r, 8),
    "Ireland": lambda r: _alnum(r, 2) + digits(r, 7),
    "Switzerland": lambda r: "X" + digits(r, 7),
    "Philippines": lambda r: "P" + digits(r, 7) + _alnum(r, 1),
    "Kenya": lambda r: "AK" + digits(r, 7),
    "Turkey": lambda r: "U" + digits(r, 8),
    "Greece": lambda r: _alnum(r, 2) + digits(r, 7),
    "Singapore": lambda r: "K" + digits(r, 7) + _alnum(r, 1),
}
CC_COUNTRY = {"HU": "Hungary", "TR": "Turkey", "GR": "Greece", "ET": "Ethiopia", "PH": "Philippines", "IS": "Iceland",
              "CZ": "Czechia", "IE": "Ireland", "KE": "Kenya", "CN": "China", "JP": "Japan", "BR": "Brazil", "MX": "Mexico",
              "LB": "Lebanon", "IR": "Iran", "UA": "Ukraine", "GH": "Ghana", "NZ": "New Zealand", "WS": "Samoa",
              "LK": "Sri Lanka", "ES": "Spain", "BE": "Belgium", "GB": "United Kingdom", "NL": "Netherlands",
              "DE": "Germany", "FR": "France", "IT": "Italy", "IN": "India", "SG": "Singapore", "CA": "Canada",
              "US": "United States", "PL": "Poland"}

def rng_choice(r, xs):
    return r.choice(xs)

def passport_for(rng, country):
    if country == "United States":
        return "US_PASSPORT", us_passport(rng)
    f = PASSPORT_FORMS.get(country) or (lambda r: _alnum(r, rng.randint(1, 2)) + digits(r, 7))
    return "PASSPORT", f(rng)

# Driver licences: (state name, code, generator)
DL_STATES = [
    ("California", "CA", lambda r: _alnum(r, 1) + digits(r, 7)),
    ("Florida", "FL", lambda r: (lambda s: "%s-%s-%s-%s-%s" % (s[0:4], s[4:7], s[7:10], s[10:12], s[12:]))(_alnum(r, 1) + digits(r, 12))),
    ("Illinois", "IL", lambda r: (lambda s: "%s-%s-%s" % (s[:4], s[4:8], s[8:]))(_alnum(r, 1) + digits(r, 11))),
    ("Texas", "TX", lambda r: digits(r, 8)),
    ("New York", "NY", lambda r: (lambda s: "%s %s %s" % (s[:3], s[3:6], s[6:]))(digits(r, 9))),
    ("Pennsylvania", "PA", lambda r: (lambda s: "%s %s %s" % (s[:2], s[2:5], s[5:]))(digits(r, 8))),
    ("Michigan", "MI", lambda r: (lambda s: "%s %s %s %s" % (s[:1], s[1:4], s[4:7], s[7:]))(_alnum(r, 1) + digits(r, 12))),
    ("New Jersey", "NJ", lambda r: (lambda s: "%s %s %s" % (s[:5], s[5:10], s[10:]))(_alnum(r, 1) + digits(r, 14))),
    ("Ohio", "OH", lambda r: _alnum(r, 2) + digits(r, 6)),
    ("Washington", "WA", lambda r: "WDL" + _alnum(r, 9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
    ("Georgia", "GA", lambda r: digits(r, 9)),
    ("Arizona", "AZ", lambda r: _alnum(r, 1) + digits(r, 8)),
    ("Massachusetts", "MA", lambda r: "S" + digits(r, 8)),
    ("Colorado", "CO", lambda r: (lambda s: "%s-%s-%s" % (s[:2], s[2:5], s[5:]))(digits(r, 9))),
    ("Wisconsin", "WI", lambda r: (lambda s: "%s-%s-%s-%s" % (s[:4], s[4:8], s[8:12], s[12:]))(_alnum(r, 1) + digits(r, 13))),
    ("Minnesota", "MN", lambda r: _alnum(r, 1) + digits(r, 12)),
    ("Virginia", "VA", lambda r: _alnum(r, 1) + digits(r, 8)),
    ("Maryland", "MD", lambda r: (lambda s: "%s-%s-%s-%s" % (s[:1], s[1:4], s[4:7], s[7:]))(_alnum(r, 1) + digits(r, 12))),
]

US_CITIES = [("Portland", "OR", "972"), ("Tucson", "AZ", "857"), ("Duluth", "MN", "558"), ("Savannah", "GA", "314"),
             ("Boise", "ID", "837"), ("Worcester", "MA", "016"), ("El Paso", "TX", "799"), ("Dayton", "OH", "454"),
             ("Spokane", "WA", "992"), ("Fresno", "CA", "937"), ("Lansing", "MI", "489"), ("Trenton", "NJ", "086"),
             ("Gainesville", "FL", "326"), ("Peoria", "IL", "616"), ("Scranton", "PA", "185"), ("Albany", "NY", "122")]
US_STREETS = ["Juniper Hollow", "W Fairmount", "Old Cahaba", "Kettle Creek", "N Ridgeview", "Tamarack", "Saint Agnes",
              "Brier Patch", "SE Division", "Calle Serena", "Oxbow Bend", "Piñon Ridge"]
US_SUFFIX = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pkwy", "Terrace", "Loop"]

def address(rng, cc="US", multiline=None):
    ml = rng.random() < 0.5 if multiline is None else multiline
    nl = "\n" if ml else ", "
    if cc == "US":
        city, st, z = rng.choice(US_CITIES)
        line1 = "%d %s %s" % (rng.randint(12, 9870), rng.choice(US_STREETS), rng.choice(US_SUFFIX))
        if rng.random() < 0.4:
            line1 += rng.choice([", Apt %d%s" % (rng.randint(1, 40), rng.choice("ABCD")), " #%d" % rng.randint(2, 900), ", Unit %d" % rng.randint(1, 99), " Ste %d" % rng.randint(100, 990)])
        return line1 + nl + "%s, %s %s%02d" % (city, st, z, rng.randint(1, 99))
    if cc == "GB":
        l1 = rng.choice(["Flat %d, " % rng.randint(1, 30), ""]) + "%d %s" % (rng.randint(1, 240), rng.choice(["Mafeking Road", "Pen-y-Lan Terrace", "Cromarty Crescent", "Wharfedale Mews", "Old Kent Road"]))
        pc = rng.choice(["CF23 5DQ", "LS6 2RT", "EH7 4JA", "BS3 1QP", "M14 6HJ", "SE15 3LW", "TR1 2HE"])
        city = {"CF": "Cardiff", "LS": "Leeds", "EH": "Edinburgh", "BS": "Bristol", "M1": "Manchester", "SE": "London", "TR": "Truro"}[pc[:2]]
        return l1 + nl + city + (" " if not ml else "\n") + pc
    if cc == "IE":
        return "%d %s%s%s" % (rng.randint(1, 90), rng.choice(["Bóthar na Trá, Salthill", "Ashgrove Lawn, Ballincollig", "Sráid an Mhuilinn"]), nl, rng.choice(["Galway H91 X2C4", "Co. Cork P31 K8W2", "Dublin 8 D08 T6Y5"]))
    if cc == "DE":
        return "%s %d%s%s%s" % (rng.choice(["Lindenstraße", "Am Sülzgürtel", "Hohenzollernring", "Zur Alten Mühle", "Schönhauser Allee"]), rng.randint(1, 180), rng.choice(["", "a", "b"]), nl, rng.choice(["04109 Leipzig", "50937 Köln", "10437 Berlin", "79098 Freiburg im Breisgau", "28195 Bremen"]))
    if cc == "FR":
        return "%d%s, %s%s%s" % (rng.randint(1, 120), rng.choice(["", " bis", " ter"]), rng.choice(["rue des Tanneurs", "allée des Érables", "boulevard de la Croix-Rousse", "impasse du Moulin"]), nl, rng.choice(["67000 Strasbourg", "69004 Lyon", "29200 Brest", "13006 Marseille", "33800 Bordeaux"]))
    if cc == "ES":
        return "%s, %d, %s%s%s" % (rng.choice(["C/ de Sant Pere Més Alt", "Calle de Atocha", "Avda. de la Constitución", "Kale Nagusia"]), rng.randint(1, 140), rng.choice(["3º 2ª", "bajo izq.", "5º B", "1º"]), nl, rng.choice(["08003 Barcelona", "28012 Madrid", "41001 Sevilla", "20003 Donostia-San Sebastián"]))
    if cc == "IT":
        return "%s %d%s%s" % (rng.choice(["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Vicolo della Luna", "Piazza Santo Spirito"]), rng.randint(1, 220), nl, rng.choice(["40124 Bologna BO", "80134 Napoli NA", "50125 Firenze FI", "10123 Torino TO"]))
    if cc == "NL":
        return "%s %d%s%s%s" % (rng.choice(["Keizersgracht", "Oudegracht", "Van Woustraat", "Nieuwe Binnenweg"]), rng.randint(1, 400), rng.choice(["", "-III", " bis", "A"]), nl, rng.choice(["1016 DV Amsterdam", "3511 AL Utrecht", "3015 BA Rotterdam"]))
    if cc == "BR":
        return "Rua %s, %d - apto %d%s%s" % (rng.choice(["Augusta", "dos Timbiras", "Padre Chagas", "Visconde de Pirajá"]), rng.randint(10, 3000), rng.randint(11, 1504), nl, rng.choice(["Consolação, São Paulo - SP, 01304-001", "Moinhos de Vento, Porto Alegre - RS, 90570-080", "Ipanema, Rio de Janeiro - RJ, 22410-003"]))
    if cc == "MX":
        return "Av. %s %d, Col. %s%s%s" % (rng.choice(["Insurgentes Sur", "Vallarta", "Constitución"]), rng.randint(10, 3000), rng.choice(["Crédito Constructor", "Americana", "Centro"]), nl, rng.choice(["03940 Ciudad de México, CDMX", "44160 Guadalajara, Jal.", "64000 Monterrey, N.L."]))
    if cc == "JP":
        return "%d-%d-%d %s%s%s" % (rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20), rng.choice(["Shibuya, Shibuya-ku", "Nishi-Shinjuku, Shinjuku-ku", "Tenjin, Chuo-ku"]), nl, rng.choice(["Tokyo 150-0002", "Tokyo 160-0023", "Fukuoka 810-0001"]))
    if cc == "IN":
        return "Flat %d, %s, %s%s%s" % (rng.randint(101, 904), rng.choice(["Sai Krupa Apartments", "Prestige Lakeside", "Green Acres CHS"]), rng.choice(["5th Cross, Indiranagar", "Baner Road", "Sector 62"]), nl, rng.choice(["Bengaluru, Karnataka 560038", "Pune, Maharashtra 411045", "Noida, Uttar Pradesh 201309"]))
    if cc == "SG":
        return "Blk %d %s, #%02d-%d%s%s" % (rng.randint(100, 999), rng.choice(["Ang Mo Kio Ave 10", "Tampines St 81", "Jurong West St 52"]), rng.randint(2, 25), rng.randint(100, 1999), nl, "Singapore %06d" % rng.randint(310000, 829999))
    if cc == "CA":
        st, cty = rng.choice([("rue Sainte-Catherine O, app. 604", "Montréal QC H3H 1M3"), ("boul. René-Lévesque E", "Québec QC G1R 2B5"), ("Whyte Ave NW", "Edmonton AB T6E 1Z9"), ("rue Saint-Jean, app. 3", "Québec QC G1R 1P2")])
        return "%d %s%s%s" % (rng.randint(100, 9000), st, nl, cty)
    if cc == "AU":
        return "Unit %d/%d %s%s%s" % (rng.randint(1, 30), rng.randint(1, 200), rng.choice(["Ocean Parade", "Flinders Lane", "Boundary St"]), nl, rng.choice(["Coogee NSW 2034", "Melbourne VIC 3000", "West End QLD 4101"]))
    if cc == "PL":
        return "ul. %s %d/%d%s%s" % (rng.choice(["Marszałkowska", "Piotrkowska", "Długa"]), rng.randint(1, 150), rng.randint(1, 60), nl, rng.choice(["00-514 Warszawa", "90-410 Łódź", "80-827 Gdańsk"]))
    if cc == "KE":
        return "%s, House No. %d%s%s" % (rng.choice(["Argwings Kodhek Rd", "Ngong Road", "Moi Avenue"]), rng.randint(1, 80), nl, rng.choice(["P.O. Box 21456-00505, Nairobi", "P.O. Box 1120-80100, Mombasa"]))
    if cc == "SE":
        return "%s %d %s%s%s" % (rng.choice(["Storgatan", "Järntorgsgatan", "Kungsgatan"]), rng.randint(1, 90), rng.choice(["B, lgh 1102", "A", "1 tr"]), nl, rng.choice(["411 38 Göteborg", "753 20 Uppsala"]))
    return address(rng, "US", multiline)

ADDR_CC = {"DE", "FR", "ES", "IT", "NL", "BR", "MX", "JP", "IN", "SG", "CA", "PL", "KE", "GB", "IE", "US"}
def addr_for(rng, p, multiline=None):
    return address(rng, p.cc if p.cc in ADDR_CC else rng.choice(["US", "GB", "DE", "AU", "SE", "FR"]), multiline)

US_AREAS = ["503", "520", "218", "912", "208", "508", "915", "937", "509", "559", "517", "609", "352", "309", "570", "518", "971", "480", "612", "404"]
def us_phone(rng, style=None):
    a = rng.choice(US_AREAS); e = str(rng.randint(2, 9)) + digits(rng, 2)
    if e[1:] == "11": e = e[0] + "23"
    n = digits(rng, 4)
    style = style or rng.choice(["paren", "dash", "dot", "intl", "plain1"])
    return {"paren": "(%s) %s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n), "dot": "%s.%s.%s" % (a, e, n),
            "intl": "+1 %s %s %s" % (a, e, n), "plain1": "1-%s-%s-%s" % (a, e, n)}[style]

def phone(rng, cc="US"):
    r = rng
    if cc in ("US", None): return us_phone(r)
    f = {
        "GB": lambda: r.choice(["+44 7700 900%03d" % r.randint(0, 999), "020 7946 0%03d" % r.randint(0, 999), "+44 (0)29 2018 %04d" % r.randint(0, 9999)]),
        "DE": lambda: r.choice(["+49 151 %s %s" % (digits(r, 4), digits(r, 4)), "030 %s %s" % (digits(r, 3), digits(r, 4)), "+49 (0)221 %s" % digits(r, 7)]),
        "FR": lambda: r.choice(["+33 6 %s %s %s %s" % tuple(digits(r, 2) for _ in range(4)), "07 %s %s %s %s" % tuple(digits(r, 2) for _ in range(4))]),
        "ES": lambda: r.choice(["+34 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "91 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))]),
        "IT": lambda: "+39 3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
        "NL": lambda: "+31 6 %s" % digits(r, 8),
        "BR": lambda: "+55 11 9%s-%s" % (digits(r, 4), digits(r, 4)),
        "MX": lambda: "+52 55 %s %s" % (digits(r, 4), digits(r, 4)),
        "IN": lambda: "+91 9%s %s" % (digits(r, 4), digits(r, 5)),
        "SG": lambda: "+65 %s%s %s" % (r.choice("89"), digits(r, 3), digits(r, 4)),
        "JP": lambda: "+81 90-%s-%s" % (digits(r, 4), digits(r, 4)),
        "AU": lambda: "+61 4%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        "IE": lambda: "+353 87 %s %s" % (digits(r, 3), digits(r, 4)),
        "PL": lambda: "+48 5%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        "KE": lambda: "+254 7%s %s%s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        "CA": lambda: "+1 (514) %s-%s" % (str(r.randint(2, 9)) + digits(r, 2), digits(r, 4)),
        "TR": lambda: "+90 53%s %s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 2), digits(r, 2)),
        "HU": lambda: "+36 30 %s %s" % (digits(r, 3), digits(r, 4)),
        "GR": lambda: "+30 69%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        "PH": lambda: "+63 917 %s %s" % (digits(r, 3), digits(r, 4)),
        "CZ": lambda: "+420 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
    }.get(cc)
    return f() if f else us_phone(r, "intl")

def ip4(rng, kind=None):
    kind = kind or rng.choice(["doc", "doc", "priv", "pub"])
    if kind == "doc":
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if kind == "priv":
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])
    return "%d.%d.%d.%d" % (rng.choice([81, 85, 91, 109, 151, 177, 185, 201]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))

def ip6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff))

DIAG = ["type 2 diabetes mellitus", "chronic obstructive pulmonary disease", "major depressive disorder", "atrial fibrillation",
        "community-acquired pneumonia", "essential hypertension", "hypothyroidism", "rheumatoid arthritis", "asthma",
        "chronic kidney disease stage 3a", "generalized anxiety disorder", "iron deficiency anemia", "migraine without aura",
        "gastroesophageal reflux disease", "ulcerative colitis", "Hashimoto's thyroiditis", "multiple sclerosis",
        "HIV infection", "chronic hepatitis C", "bipolar I disorder", "obstructive sleep apnea", "deep vein thrombosis",
        "cellulitis of the left lower leg", "osteoarthritis of the right knee", "gestational diabetes", "plaque psoriasis",
        "celiac disease", "sickle cell disease", "focal epilepsy", "heart failure with reduced ejection fraction",
        "Lyme disease", "endometriosis", "attention-deficit hyperactivity disorder", "schizophrenia", "alcohol use disorder",
        "Graves' disease", "Crohn's disease", "post-traumatic stress disorder", "gout", "pulmonary embolism"]
DIAG_ICD = {"type 2 diabetes mellitus": "E11.9", "essential hypertension": "I10", "asthma": "J45.909", "hypothyroidism": "E03.9",
            "major depressive disorder": "F32.9", "atrial fibrillation": "I48.91", "gout": "M10.9", "Crohn's disease": "K50.90",
            "gastroesophageal reflux disease": "K21.9", "obstructive sleep apnea": "G47.33", "migraine without aura": "G43.009",
            "rheumatoid arthritis": "M06.9", "plaque psoriasis": "L40.0", "iron deficiency anemia": "D50.9"}
DIAG_FR = ["diabète de type 2", "insuffisance cardiaque", "hypertension artérielle", "broncho-pneumopathie chronique obstructive"]
DIAG_ES = ["diabetes mellitus tipo 2", "insuficiencia renal crónica", "hipertensión arterial", "trastorno de ansiedad generalizada"]
DIAG_DE = ["Diabetes mellitus Typ 2", "Vorhofflimmern", "arterielle Hypertonie", "rezidivierende depressive Störung"]
MEDS = ["metformin", "lisinopril", "atorvastatin", "levothyroxine", "sertraline", "apixaban", "amlodipine", "omeprazole",
        "albuterol", "semaglutide", "insulin glargine", "methotrexate", "adalimumab", "quetiapine", "lamotrigine",
        "tamsulosin", "prednisone", "amoxicillin-clavulanate", "warfarin", "bisoprolol", "escitalopram", "buprenorphine",
        "empagliflozin", "montelukast", "ramipril", "furosemide", "gabapentin", "allopurinol", "mesalamine", "tiotropium",
        "Eliquis", "Ozempic", "Synthroid", "Xarelto", "Humira", "Paxlovid", "sumatriptan", "hydroxychloroquine"]
MEDS_EU = ["Metformina", "Ramipril", "Bisoprolol", "Paracétamol", "Doliprane", "Pantoprazol", "Ibuprofeno", "L-Thyroxin", "Lévothyrox"]
DOSES = ["500 mg PO BID", "10 mg daily", "20 mg qHS", "5 mg BID", "0.25 mg SC weekly", "100 mcg every morning", "40 mg PO daily",
         "2 puffs q4h PRN", "25 mg at bedtime", "1 g IV q8h", "50 mg TID"]

COMPANIES_PEOPLE = ["Wells Fargo", "Johnson & Johnson", "Procter & Gamble", "Marks & Spencer", "Goldman Sachs", "Ernst & Young",
                    "Ben & Jerry's", "Abbott Laboratories", "Hermès", "Ferrari", "Dell Technologies", "Bosch", "Siemens Healthineers",
                    "Merck", "Eli Lilly", "Boehringer Ingelheim", "Fielmann", "Thomas Cook", "Walt Disney", "Hewlett Packard Enterprise",
                    "Anderson Windows", "Morgan Stanley", "Fujitsu", "Lacoste", "Roche"]
HOLIDAYS = ["Martin Luther King Jr. Day", "Presidents' Day", "St. Patrick's Day", "Boxing Day", "Columbus Day", "Diwali",
            "Fête nationale", "Tag der Deutschen Einheit", "Día de los Muertos", "Juneteenth", "Lunar New Year", "Whit Monday"]

def version4(rng):
    return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 40), rng.randint(0, 999))

def oid(rng):
    return "2.16.840.1.113883.%d.%d.%d" % (rng.randint(1, 19), rng.randint(1, 300), rng.randint(1, 40))

def sku(rng):
    return rng.choice(["SKU-%s-%s" % (_alnum(rng, 3), digits(rng, 5)), "%s%s-%s" % (_alnum(rng, 2), digits(rng, 4), _alnum(rng, 2)), "PN %s-%s-%s" % (digits(rng, 3), digits(rng, 4), digits(rng, 2))])

def tracking(rng):
    return rng.choice(["1Z%s%s" % (_alnum(rng, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), digits(rng, 10)), "94001%s" % digits(rng, 17), "JD%s" % digits(rng, 18)])

def epoch(rng):
    return str(rng.randint(1700000000, 1790000000))

def ts(rng, day=None):
    y, m, d = day or rand_date(rng, 2025, 2026)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))

def mrn(rng):
    return rng.choice([digits(rng, 8), "MRN" + digits(rng, 7), "%s-%s" % (digits(rng, 3), digits(rng, 5)), _alnum(rng, 2) + digits(rng, 6), "E" + digits(rng, 9)])

def member_id(rng):
    return rng.choice([_alnum(rng, 3) + digits(rng, 9), "W" + digits(rng, 9), digits(rng, 3) + _alnum(rng, 2) + digits(rng, 6), "ZGP" + digits(rng, 8) + "01"])

def masked_card(rng):
    return rng.choice(["**** **** **** %s" % digits(rng, 4), "XXXX-XXXX-XXXX-%s" % digits(rng, 4), "%s******%s" % (rng.choice(["411111", "522233", "371449"]), digits(rng, 4)), "ending in %s" % digits(rng, 4)])

def masked_ssn(rng):
    return rng.choice(["***-**-%s" % digits(rng, 4), "XXX-XX-%s" % digits(rng, 4), "###-##-%s" % digits(rng, 4)])

# ----------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------
TEMPLATES = []
def tpl(name, fmt, n):
    def deco(f):
        TEMPLATES.append((name, fmt, n, f))
        return f
    return deco

class M:
    """A JSON string literal made of plain and labelled parts."""
    def __init__(self, *parts):
        self.parts = parts

_orig_emit = emit_json
def emit_json(d, obj, indent=2, level=0, compact=False):  # noqa: F811 - extends the emitter with M
    if isinstance(obj, M):
        d('"')
        for p in obj.parts:
            if isinstance(p, L):
                d(L(p.type, json.dumps(p.v, ensure_ascii=False)[1:-1]))
            else:
                d(json.dumps(p, ensure_ascii=False)[1:-1])
        d('"')
        return
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if not compact:
                d("\n" + " " * (indent * (level + 1)))
            d(json.dumps(k, ensure_ascii=False) + (":" if compact == "tight" else ": "))
            emit_json(d, v, indent, level + 1, compact)
            if i < len(items) - 1:
                d("," if compact in ("tight", False) else ", ")
        if not compact:
            d("\n" + " " * (indent * level))
        d("}")
        return
    if isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[")
        for i, v in enumerate(obj):
            if not compact:
                d("\n" + " " * (indent * (level + 1)))
            emit_json(d, v, indent, level + 1, compact)
            if i < len(obj) - 1:
                d("," if compact in ("tight", False) else ", ")
        if not compact:
            d("\n" + " " * (indent * level))
        d("]")
        return
    _orig_emit(d, obj, indent, level, compact)

def Pn(p, style="full"):
    """PERSON label in several written forms."""
    if style == "full": return L("PERSON", p.full)
    if style == "lf": return L("PERSON", p.family + ", " + p.given)
    if style == "LF": return L("PERSON", p.family.upper() + ", " + p.given)
    if style == "init": return L("PERSON", p.given[0] + ". " + p.family)
    if style == "given": return L("PERSON", p.given)
    if style == "family": return L("PERSON", p.family)
    if style == "upper": return L("PERSON", p.full.upper())
    raise ValueError(style)

FEMALE_ONLY = {"gestational diabetes", "endometriosis"}
def dx_for(r, p, k=1, pool=None):
    pool = [x for x in (pool or DIAG) if p.female or x not in FEMALE_ONLY]
    return r.sample(pool, k)

def icd(dx):
    return DIAG_ICD.get(dx, "R69")

PLANS = ["Cascade Health Plan", "BlueRidge PPO Gold", "Sunflower Community Care", "Harborview HMO", "Keystone Select EPO",
         "AOK Nordost", "Techniker Krankenkasse", "Bupa Global", "Allianz Care", "Mutuelle Harmonie"]

# ------------------------------------------------ forms / KYC ---------------------------------
@tpl("ins_claim", "form", 3)
def t_ins_claim(r, d, i):
    p = P(r, r.choice(["US", "MX", "PH", "KE", "US"])); doc = P(r, r.choice(["US", "IN", "GR"]))
    dx = r.choice(list(DIAG_ICD)); plan = r.choice(PLANS[:5])
    d("%s — PROFESSIONAL CLAIM (paper intake, scanned %s)\n" % (plan.upper(), fmt_date(rand_date(r, 2026, 2026), "iso")))
    d("Claim ref: CLM-%s-%s        Batch: %s\n\n" % (r.randint(2025, 2026), digits(r, 7), digits(r, 4)))
    d("1a. INSURED'S I.D. NUMBER (member id): ", L("HEALTH_PLAN_ID", member_id(r)), "\n")
    d("    Group #: GRP-%s   (employer: %s)\n" % (digits(r, 5), r.choice(COMPANIES_PEOPLE)))
    d("2.  PATIENT'S NAME (Last, First, MI): ", L("PERSON", p.family.upper() + ", " + p.given.upper() + " " + r.choice("ABJMR")), "\n")
    d("3.  PATIENT'S BIRTH DATE: ", L("DATE_OF_BIRTH", fmt_date(p.dob, r.choice(["us", "us_short"]))), "   SEX: ", "F" if p.female else "M", "\n")
    d("5.  PATIENT'S ADDRESS (No., Street): ", L("ADDRESS", address(r, "US", False)), "\n")
    d("    TELEPHONE (Include Area Code): ", L("PHONE", us_phone(r, r.choice(["paren", "dash"]))), "\n")
    d("11. INSURED'S POLICY GROUP OR FECA NUMBER: NONE\n")
    d("14. DATE OF CURRENT ILLNESS: %s   QUAL 431\n" % fmt_date(rand_date(r, 2026, 2026), "us"))
    d("21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY (ICD Ind. 0)\n    A. %s  " % icd(dx), L("DIAGNOSIS", dx), "\n")
    d("24. DOS %s  CPT 99214  $%d.00  units 1\n" % (fmt_date(rand_date(r, 2026, 2026), "us"), r.randint(120, 480)))
    d("    DOS %s  CPT 83036  $%d.00  units 1\n" % (fmt_date(rand_date(r, 2026, 2026), "us"), r.randint(20, 90)))
    d("31. SIGNATURE OF PHYSICIAN: ", L("PERSON", doc.full), ", MD     NPI 1%s\n" % digits(r, 9))
    d("33. BILLING PROVIDER INFO & PH #: %s Family Medicine, " % r.choice(["Lakeside", "Pinecrest", "Mesa Verde"]), L("PHONE", us_phone(r, "paren")), "\n")
    d("Adjudicator notes: pend for COB; DOB verified against eligibility file.\n")

@tpl("kyc_multilang", "form", 4)
def t_kyc(r, d, i):
    lang = ["fr", "de", "es", "it"][i % 4]
    p = P(r, {"fr": r.choice(["FR", "BE", "CA", "LB"]), "de": r.choice(["DE", "TR", "PL", "UA"]), "es": r.choice(["ES", "MX", "BR"]), "it": r.choice(["IT", "GR", "ET"])}[lang])
    country = r.choice(["France", "Germany", "Spain", "Italy", "Brazil", "Mexico", "Poland", "Turkey", "Canada", "United States"])
    ptype, pnum = passport_for(r, country)
    labels = {
        "fr": ["Dossier d'entrée en relation / Client onboarding", "Nom / Surname", "Prénom(s) / Given name(s)", "Date de naissance / Date of birth",
               "Nationalité / Nationality", "Pièce justificative / ID document", "Passeport", "N° du passeport / Passport no.", "Pays de délivrance",
               "Adresse de résidence / Residential address", "Téléphone portable", "Courriel", "IBAN du compte de référence", "fr"],
        "de": ["Kontoeröffnung – Legitimationsprüfung (KYC)", "Familienname / Surname", "Vorname(n)", "Geburtsdatum",
               "Staatsangehörigkeit", "Ausweisdokument", "Reisepass", "Reisepassnummer", "Ausstellungsstaat",
               "Meldeadresse", "Mobilnummer", "E-Mail", "Referenzkonto (IBAN)", "de"],
        "es": ["Alta de cliente – Diligencia debida (KYC)", "Apellidos", "Nombre", "Fecha de nacimiento",
               "Nacionalidad", "Documento de identidad", "Pasaporte", "Número de pasaporte", "País de expedición",
               "Domicilio", "Teléfono móvil", "Correo electrónico", "IBAN de la cuenta", "es"],
        "it": ["Apertura rapporto – adeguata verifica della clientela", "Cognome", "Nome", "Data di nascita",
               "Cittadinanza", "Documento di riconoscimento", "Passaporto", "Numero passaporto", "Stato di rilascio",
               "Indirizzo di residenza", "Cellulare", "Posta elettronica", "IBAN di appoggio", "it"],
    }[lang]
    d("%s\n%s\n" % (labels[0], "=" * len(labels[0])))
    d({"fr": "Réf. dossier: KYC-%s-%s\n" % (digits(r, 4), _alnum(r, 3)), "de": "Vorgang: %s / Filiale %s\n" % (digits(r, 9), digits(r, 3)),
       "es": "Expediente nº %s\n" % digits(r, 8), "it": "Pratica n. %s — filiale %s\n" % (digits(r, 7), digits(r, 5))}[lang])
    d("%s: " % labels[1], L("PERSON", p.family.upper()), "\n")
    d("%s: " % labels[2], L("PERSON", p.given), "\n")
    dstyle = {"fr": "fr", "de": "dot", "es": "eu", "it": "eu"}[lang]
    d("%s: " % labels[3], L("DATE_OF_BIRTH", fmt_date(p.dob, dstyle)), "\n")
    d("%s: %s\n" % (labels[4], country))
    d("%s: [x] %s  [ ] %s\n" % (labels[5], labels[6], {"fr": "Carte d'identité", "de": "Personalausweis", "es": "DNI/NIE", "it": "Carta d'identità"}[lang]))
    if lang == "it":
        d("Codice fiscale: ", L("IT_FISCAL_CODE", fiscal_code(p)), "\n")
    d("%s: " % labels[7], L(ptype, pnum), "   %s: %s\n" % (labels[8], country))
    d("Gültig bis: %s\n" % fmt_date(rand_date(r, 2027, 2035), "dot") if lang == "de" else "Expiry / Expiration: %s\n" % fmt_date(rand_date(r, 2027, 2035), "iso"))
    d("%s:\n" % labels[9], L("ADDRESS", addr_for(r, p, True)), "\n")
    d("%s: " % labels[10], L("PHONE", phone(r, p.cc)), "\n")
    d("%s: " % labels[11], L("EMAIL", p.email(r)), "\n")
    d("%s: " % labels[12], L("IBAN", iban(r, {"fr": r.choice(["FR", "BE"]), "de": "DE", "es": "ES", "it": "IT"}[lang])), "\n")
    d("PEP: %s    Sanctions screening: clear (list version %s)\n" % ({"fr": "non", "de": "nein", "es": "no", "it": "no"}[lang], version4(r)))
    d("Risk score: %d\n" % r.randint(3, 40))

@tpl("hr_newhire_pdf", "form", 3)
def t_hr_newhire(r, d, i):
    variant = ["UK", "CA", "US"][i % 3]
    p = P(r, {"UK": r.choice(["GB", "IE", "GH", "LK"]), "CA": r.choice(["CA", "PH", "IN"]), "US": r.choice(["US", "MX", "ET"])}[variant])
    ec = P(r, p.cc)
    d("NEW STARTER FORM                                       Page 1 of 2\n")
    d("%s People Services                      Form HR-07 rev. %s\n\n" % (r.choice(["Brightwater Foods", "Halden Logistics", "Quarry Lane Studios"]), r.choice(["3.2", "11", "2024-09"])))
    d("Section A – Personal det\nails\n")
    d("Full legal name: ", Pn(p), "\n")
    d("Preferred name: ", Pn(p, "given"), "\n")
    d("Date of birth (DD/MM/YYYY): " if variant != "US" else "Date of birth (MM/DD/YYYY): ",
      L("DATE_OF_BIRTH", fmt_date(p.dob, "eu" if variant != "US" else "us")), "\n")
    d("Home address:  ", L("ADDRESS", address(r, {"UK": "GB", "CA": "CA", "US": "US"}[variant], True)), "\n")
    d("Personal email: ", L("EMAIL", p.email(r)), "    Mobile: ", L("PHONE", phone(r, {"UK": "GB", "CA": "CA", "US": "US"}[variant])), "\n\n")
    d("Section B – Tax and payroll\n")
    if variant == "UK":
        d("National Insurance\nnumber: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
        d("Tax code: 1257L   Student loan: Plan 2\n")
        sc = sort_code(r); acct = digits(r, 8)
        d("Bank sort code / account no.: ", L("UK_BANK_ACCOUNT", sc + " " + acct), "\n")
        d("Building society roll no.: n/a\n")
    elif variant == "CA":
        d("Social Insurance Number (SIN): ", L("CA_SIN", sin(r, r.choice([" ", "-"]))), "\n")
        d("TD1 claim code: 1    Province of employment: %s\n" % r.choice(["QC", "ON", "AB"]))
        d("Direct deposit – transit %s, institution %s, account %s\n" % (digits(r, 5), digits(r, 3), digits(r, 7)))
    else:
        d("Social Security No.: ", L("US_SSN", ssn(r)), "\n")
        st = r.choice(DL_STATES)
        d("I-9 List B document: driver's license, state of issue ", st[0], ", no. ", L("DRIVER_LICENSE", st[2](r)), "\n")
        d("W-4 filing status: Single   Extra withholding: $0\n")
    d("\nSection C – Emergency con-\ntact\n")
    d("Name: ", Pn(ec), "   Relationship: %s\n" % r.choice(["Spouse", "Mother", "Partner", "Brother"]))
    d("Daytime phone: ", L("PHONE", phone(r, {"UK": "GB", "CA": "CA", "US": "US"}[variant])), "\n")
    d("\nEmployee No. %s | Cost centre %s | Start %s\n" % (digits(r, 6), "CC-" + digits(r, 4), fmt_date(rand_date(r, 2026, 2026), "iso")))
    d("Applicant Signature: ____________   Date: ________\n")

@tpl("car_rental", "form", 3)
def t_car_rental(r, d, i):
    p = P(r, r.choice(["US", "US", "MX", "KE", "PH"])); p2 = P(r)
    st = DL_STATES[(i * 5 + r.randint(0, 3)) % len(DL_STATES)]; st2 = r.choice(DL_STATES)
    d("RENTAL AGREEMENT  No. RA%s   Branch: %s   Vehicle: %s / plate %s\n" % (digits(r, 8), r.choice(["PDX Airport", "SAV Downtown", "ELP-04"]), r.choice(["Toyota Corolla", "Kia Sorento", "Ford Transit"]), _alnum(r, 3) + digits(r, 4)))
    d("----------------------------------------------------------------\n")
    d("Primary renter ........ ", Pn(p, "LF"), "\n")
    d("DOB ................... ", L("DATE_OF_BIRTH", fmt_date(p.dob, "us")), "\n")
    if i % 2 == 0:
        d("Licence state ......... %s\nLicence number ........ " % st[0], L("DRIVER_LICENSE", st[2](r)), "   exp %s\n" % fmt_date(rand_date(r, 2027, 2031), "us"))
    else:
        d("DL# ................... ", L("DRIVER_LICENSE", st[2](r)), " (%s)   class C\n" % st[0])
    d("Home address .......... ", L("ADDRESS", address(r, "US", False)), "\n")
    d("Cell .................. ", L("PHONE", us_phone(r)), "\n")
    d("Payment ............... %s  (auth hold $%d.00)\n" % (masked_card(r), r.randint(150, 500)))
    d("Additional driver ..... ", Pn(p2), " — %s driver license " % st2[0], L("DRIVER_LICENSE", st2[2](r)), "\n")
    d("Loyalty # ............. %s   Fuel: 8/8   Odometer: %d\n" % (digits(r, 10), r.randint(1200, 80000)))
    d("Pickup %s 09:40  /  Return %s 17:00\n" % (fmt_date(rand_date(r, 2026, 2026), "us"), fmt_date(rand_date(r, 2026, 2026), "us")))

@tpl("hotel_reg", "form", 3)
def t_hotel(r, d, i):
    if i == 1:
        p = P(r, "ES")
        d("PARTE DE ENTRADA DE VIAJEROS — Hotel %s (Reg. HSE-%s)\n" % (r.choice(["Mirador de la Alhambra", "Costa Brava Mar"]), digits(r, 5)))
        d("Nº de parte: %s   Fecha de entrada: %s\n" % (digits(r, 6), fmt_date(rand_date(r, 2026, 2026), "eu")))
        d("Primer apellido: ", L("PERSON", p.family), "\nNombre: ", L("PERSON", p.given), "\n")
        d("Tipo de documento: D (DNI)    Nº documento: ", L("ES_DNI", dni(r)), "\n")
        d("Fecha de expedición: %s\n" % fmt_date(rand_date(r, 2018, 2025), "eu"))
        d("Fecha de nacimiento: ", L("DATE_OF_BIRTH", fmt_date(p.dob, "eu")), "   Sexo: %s\n" % ("F" if p.female else "M"))
        d("Domicilio: ", L("ADDRESS", address(r, "ES", False)), "\n")
        d("Teléfono: ", L("PHONE", phone(r, "ES")), "\nFirma del viajero: ______\n")
        return
    p = P(r); country = CC_COUNTRY[p.cc] if i == 0 else r.choice(list(PASSPORT_FORMS))
    ptype, pnum = passport_for(r, country)
    d("GUEST REGISTRATION CARD — %s\n" % r.choice(["The Larchmont Hotel, Edinburgh", "Hôtel des Deux Rives, Lyon", "Harbour Quay Suites, Auckland"]))
    import datetime as _dt
    arr = _dt.date(*rand_date(r, 2026, 2026)); dep = arr + _dt.timedelta(days=r.randint(1, 6))
    d("Conf. no. %s | Room %d | Arr %s | Dep %s | Rate BAR-%s\n" % (digits(r, 9), r.randint(101, 940), fmt_date((arr.year, arr.month, arr.day), "uk_long"), fmt_date((dep.year, dep.month, dep.day), "uk_long"), _alnum(r, 2)))
    d("Surname: ", L("PERSON", p.family), "      First name: ", L("PERSON", p.given), "\n")
    d("Nationality: %s\n" % country)
    d("Passport / Travel document no.: ", L(ptype, pnum), "   Place of issue: %s\n" % country)
    d("Date of birth: ", L("DATE_OF_BIRTH", fmt_date(p.dob, r.choice(["uk_long", "eu", "iso"]))), "\n")
    d("Home address: ", L("ADDRESS", addr_for(r, p, False)), "\n")
    d("E-mail (for e-folio): ", L("EMAIL", p.email(r)), "\n")
    d("Method of payment: %s   Loyalty: GOLD-%s\n" % (masked_card(r), digits(r, 8)))
    d("Next destination: %s   Vehicle reg: —\n" % r.choice(["Glasgow", "Paris CDG", "Queenstown"]))
    d("Guest Signature: __________   Data Protection Notice: v%s\n" % version4(r))

@tpl("school_enrol", "form", 2)
def t_school(r, d, i):
    kid = P(r, r.choice(["US", "MX", "ET", "CN", "UA", "WS"])); kid.dob = rand_date(r, 2011, 2020)
    par = P(r, kid.cc); par.family = kid.family
    dx = r.choice(["asthma", "focal epilepsy", "attention-deficit hyperactivity disorder", "type 1 diabetes", "celiac disease"])
    med = {"asthma": "albuterol", "focal epilepsy": "levetiracetam", "attention-deficit hyperactivity disorder": "methylphenidate", "type 1 diabetes": "insulin lispro", "celiac disease": None}[dx]
    d("%s UNIFIED SCHOOL DISTRICT — Student Enrollment & Health Information\n" % r.choice(["Mesa Verde", "North Cascades", "Tidewater"]))
    d("School Year 2026-27   Grade: %s   Student ID: %s\n\n" % (r.choice(["K", "3", "6", "9"]), digits(r, 7)))
    d("Student legal name: ", Pn(kid, r.choice(["full", "lf"])), "\n")
    d("Date of Birth: ", L("DATE_OF_BIRTH", fmt_date(kid.dob, "us")), "   Home language: %s\n" % r.choice(["Amharic", "Spanish", "Mandarin", "Ukrainian", "Samoan"]))
    d("Parent/Guardian 1: ", Pn(par), "\n")
    d("  cell ", L("PHONE", us_phone(r)), "  e-mail ", L("EMAIL", par.email(r)), "\n")
    d("Residence address: ", L("ADDRESS", address(r, "US", r.random() < 0.5)), "\n")
    d("\nHEALTH\nDiagnosed conditions: ", L("DIAGNOSIS", dx), "\n")
    if med:
        d("Medication at school: ", L("MEDICATION", med), " — kept in nurse's office, see action plan\n")
    else:
        d("Medication at school: none (strict gluten-free diet)\n")
    d("Allergies: %s\n" % r.choice(["none known", "peanuts (anaphylaxis)", "penicillin"]))
    d("Immunizations up to date: Y   Last physical: %s\n" % fmt_date(rand_date(r, 2025, 2026), "us"))
    d("Emergency Contact: same as guardian 1      Bus route: %d\n" % r.randint(1, 40))

@tpl("blank_form", "form", 2)
def t_blank(r, d, i):
    d(r.choice(["APPLICATION FOR MEMBERSHIP", "VISITOR DECLARATION FORM"]) + "  (form %s, v%s)\n\n" % (_alnum(r, 2) + "-" + digits(r, 3), version4(r)))
    d("Full Name: ______________________________\n")
    d("Date Of Birth: ___/___/______     Place Of Birth: ______________\n")
    d("Passport Number: ________________  Issuing Country: __________\n")
    d("Social Security Number: ___-__-____\n")
    d("Home Address: _____________________________________________\n")
    d("Telephone: (___) ___-____     Email: ______________@__________\n")
    d("Medical Conditions (e.g. Diabetes, Asthma, Epilepsy): ______________\n")
    d("Current Medications: ______________________________\n")
    d("Emergency Contact Name: ____________  Relationship: ________\n\n")
    d("Instructions: complete in BLOCK CAPITALS. Example: JOHN Q. PUBLIC, 01/01/1900. Do not enter card numbers on this form;\n")
    d("payments are processed at the front desk. Office hours are closed on %s and %s.\n" % (r.choice(HOLIDAYS), r.choice(HOLIDAYS)))
    d("Applicant Signature: ______________  Witness: ______________  Office Use Only: Ref %s\n" % digits(r, 8))

# ------------------------------------------------ clinical ------------------------------------
NEG_PHRASES = ["No history of {dx}.", "Denies any prior diagnosis of {dx}.", "{DX} was ruled out on imaging.",
               "Screened negative for {dx}.", "No evidence of {dx} on today's exam."]
FIGURES = ["Pt jokes that tax season is her annual {x}.", "Says the slump at work felt like the Great Depression all over again.",
           "Describes the office move as 'pure chaos, a real circus'.", "Husband's business is going through a depression in orders since spring."]
RESEARCH = ["Discussed that in large cohort studies, {dx} screening in asymptomatic adults has limited yield.",
            "Reviewed literature: a 2024 meta-analysis of {n} participants found no mortality benefit of routine aspirin in this age group.",
            "Mentioned the registry report that {dx} prevalence in the region is roughly {p}%."]

@tpl("telehealth_soap", "clinical_note", 3)
def t_soap(r, d, i):
    p = P(r); clin = P(r, r.choice(["US", "IN", "NG" if False else "GH", "IR"]))
    dx1, dx2 = dx_for(r, p, 2); neg = r.choice([x for x in DIAG if x not in (dx1, dx2)])
    m1, m2 = r.sample(MEDS, 2)
    age = 2026 - p.dob[0]
    d("TELEHEALTH PROGRESS NOTE  (synchronous video, patient at home)\n")
    d("Patient: ", Pn(p, r.choice(["full", "lf"])), "    DOB: ", L("DATE_OF_BIRTH", fmt_date(p.dob, r.choice(["us", "iso"]))), "    MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("Clinician: ", Pn(clin), ", %s    Visit date: %s    Location verified: %s\n\n" % (r.choice(["MD", "NP", "PA-C"]), fmt_date(rand_date(r, 2026, 2026), "us"), r.choice(["Oregon", "Georgia", "Arizona"])))
    d("S: %d y/o %s seen for follow-up of " % (age, "F" if p.female else "M"), L("DIAGNOSIS", dx1), ". Reports taking ", L("MEDICATION", m1),
      " %s most days, missed ~2 doses/wk. " % r.choice(DOSES))
    d(r.choice(NEG_PHRASES).replace("{dx}", neg).replace("{DX}", neg[0].upper() + neg[1:]), " ")
    d(r.choice(FIGURES).replace("{x}", "migraine"), "\n")
    d("O: Home BP %d/%d, HR %d, weight %.1f kg (self-reported). Speaking full sentences, no distress on video.\n" % (r.randint(112, 158), r.randint(68, 96), r.randint(58, 98), r.uniform(52, 120)))
    d("A/P:\n 1. ", L("DIAGNOSIS", dx1), " – suboptimal adherence; pillbox + pharmacy sync.\n")
    d(" 2. ", L("DIAGNOSIS", dx2), " – start ", L("MEDICATION", m2), " %s; labs in 2 wks.\n" % r.choice(DOSES))
    d(" 3. ", r.choice(RESEARCH).replace("{dx}", neg).replace("{n}", "{:,}".format(r.randint(8000, 90000))).replace("{p}", "%.1f" % r.uniform(1, 12)), "\n")
    d("Total time 24 min. E-signed %s\n" % ts(r))

@tpl("discharge_pdf", "discharge_summary", 3)
def t_discharge(r, d, i):
    uk = i == 0
    p = P(r, r.choice(["GB", "IE", "LK", "GH"]) if uk else r.choice(["US", "MX", "PH", "TR", "UA"]))
    att = P(r); dx_main, dx_sec = dx_for(r, p, 2, [x for x in DIAG if x != "pulmonary embolism"]); meds = r.sample(MEDS, 3)
    hosp = "St Aldhelm's University Hospital NHS Trust" if uk else r.choice(["Mercy Ridge Medical Center", "Good Samaritan Regional"])
    d("%s\nDISCHARGE SUMMARY                                   Page 1 of 3\n\n" % hosp)
    d("Patient name: ", Pn(p, "LF"), "\n")
    if uk:
        d("NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "    Hospital No: ", L("MEDICAL_RECORD_NUMBER", "RA" + digits(r, 7)), "\n")
        d("D.O.B.: ", L("DATE_OF_BIRTH", fmt_date(p.dob, "eu")), "\nGP: Dr ", Pn(P(r, "GB")), ", ", L("ADDRESS", address(r, "GB", False)), "\n")
    else:
        d("MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Acct: %s   DOB: " % digits(r, 10), L("DATE_OF_BIRTH", fmt_date(p.dob, "us")), "\n")
        if i == 1:
            d("Medicare MBI: ", L("US_MBI", mbi(r)), "   Secondary: Medigap Plan G\n")
        else:
            d("Insurance: %s, member ID " % r.choice(PLANS[:5]), L("HEALTH_PLAN_ID", member_id(r)), "\n")
    import datetime as _dt
    adm = _dt.date(*rand_date(r, 2026, 2026)); dis = adm + _dt.timedelta(days=r.randint(2, 9))
    d("Admitted: %s   Discharged: %s   Attending: " % (adm.isoformat(), dis.isoformat()), Pn(att), "\n\n")
    d("PRINCIPAL DIAGNOSIS\n  ", L("DIAGNOSIS", dx_main), "\nSECONDARY DIAGNOSES\n  ", L("DIAGNOSIS", dx_sec), "\n")
    d("  Pulmonary embolism – ruled out (CTPA negative)\n\n")
    d("HOSPITAL COURSE\nPatient presented with %s. Treated for " % r.choice(["3 days of fever and productive cough", "palpitations and presyncope", "worsening dyspnoea and leg swelling"]),
      L("DIAGNOSIS", dx_main), " per protocol; the team initially con-\nsidered sepsis but lactate was 1.1 and cultures remained negative at 48 h. Mobilised with physio-\ntherapy; tolerating diet.\n\n")
    d("DISCHARGE MEDICATIONS\n")
    for m in meds:
        d("  - ", L("MEDICATION", m), "  %s   [%s]\n" % (r.choice(DOSES), r.choice(["NEW", "CONTINUED", "CHANGED"])))
    d("  - STOPPED: none\n\n")
    d("FOLLOW-UP\n  Clinic in 2/52. Bloods (U&E, FBC) in 1 week. Patient's daughter ", Pn(P(r, p.cc), "given"), " to collect TTOs.\n")
    d("  Contact ward 7B on ", L("PHONE", phone(r, "GB" if uk else "US")), " with concerns.\n")
    d("\n---- page 2 ----\nElectronically signed by ", Pn(att, "init"), " %s. Document ID %s.\n" % (ts(r), oid(r)))

@tpl("lab_report", "lab_report", 3)
def t_lab(r, d, i):
    p = P(r); doc = P(r)
    kind = ["cbc", "metabolic", "thyroid"][i]
    d("%s LABORATORY SERVICES    CLIA 05D%s\n" % (r.choice(["QUARRY HILL", "NORTHSTAR PATHOLOGY", "LABORATOIRE BIOMÉDICAL ALPIN"]), digits(r, 7)))
    d("-" * 64 + "\n")
    d("Patient : ", Pn(p, "LF"), "\nDOB/Sex : ", L("DATE_OF_BIRTH", fmt_date(p.dob, "us")), " / %s\n" % ("F" if p.female else "M"))
    d("MRN     : ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "      Accession: %s-%s\n" % (_alnum(r, 2), digits(r, 8)))
    d("Ordered : ", Pn(doc, "lf"), ", MD      Collected: %s 07:42\n" % fmt_date(rand_date(r, 2026, 2026), "us"))
    d("-" * 64 + "\nTEST                 RESULT   FLAG  UNITS        REF RANGE\n")
    if kind == "cbc":
        rows = [("Hemoglobin", "%.1f" % r.uniform(8.1, 10.4), "L", "g/dL", "12.0-15.5"), ("MCV", "%d" % r.randint(66, 76), "L", "fL", "80-100"),
                ("Ferritin", "%d" % r.randint(3, 9), "L", "ng/mL", "15-150"), ("Platelets", "%d" % r.randint(180, 420), "", "10^3/uL", "150-450")]
        interp = "iron deficiency anemia"
    elif kind == "metabolic":
        rows = [("Glucose, fasting", "%d" % r.randint(131, 190), "H", "mg/dL", "70-99"), ("HbA1c", "%.1f" % r.uniform(6.6, 9.8), "H", "%", "4.0-5.6"),
                ("Creatinine", "%.2f" % r.uniform(0.6, 1.1), "", "mg/dL", "0.57-1.00"), ("eGFR", "%d" % r.randint(70, 110), "", "mL/min/1.73", ">59")]
        interp = "type 2 diabetes mellitus"
    else:
        rows = [("TSH", "%.2f" % r.uniform(7.5, 22.0), "H", "mIU/L", "0.45-4.50"), ("Free T4", "%.2f" % r.uniform(0.4, 0.8), "L", "ng/dL", "0.82-1.77"),
                ("TPO antibodies", "%d" % r.randint(120, 900), "H", "IU/mL", "0-34")]
        interp = "Hashimoto's thyroiditis"
    for t in rows:
        d("%-20s %-8s %-5s %-12s %s\n" % t)
    d("-" * 64 + "\nINTERPRETIVE COMMENT: Pattern consistent with ", L("DIAGNOSIS", interp), " in this patient; correlate clinically.\n")
    d("Reference ranges per method version %s. Critical values called to RN at %s.\n" % (version4(r), r.choice(["08:15", "11:02"])))
    d("Report status: FINAL   Printed %s   Page 1/1\n" % ts(r))

def hl7_name(p):
    return ascii_fold(p.family).upper() + "^" + ascii_fold(p.given).upper()

@tpl("hl7_msgs", "hl7", 3)
def t_hl7(r, d, i):
    p = P(r, r.choice(["US", "MX", "PH", "ET", "US"])); att = P(r, "US"); nk = P(r, p.cc)
    sep = "\r" if i != 1 else "\n"
    y, m, dd = rand_date(r, 2026, 2026); stamp = "%04d%02d%02d%02d%02d" % (y, m, dd, r.randint(0, 23), r.randint(0, 59))
    ev = ["ADT^A04", "ORU^R01", "ADT^A08"][i]
    d("MSH|^~\\&|EPICADT|%s|LABSYS|%s|%s||%s|%s|P|2.5.1" % (oid(r), r.choice(["MERCYRIDGE", "GSRMC"]), stamp, ev, digits(r, 12)), sep)
    d("EVN|%s|%s" % (ev.split("^")[1], stamp), sep)
    city, stc, z = r.choice(US_CITIES)
    street = "%d %s %s" % (r.randint(10, 9999), r.choice(US_STREETS), r.choice(US_SUFFIX))
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", digits(r, 8)), "^^^MRH^MR")
    if i != 1:
        d("~", L("US_SSN", ssn(r, "")), "^^^SSA^SS")
    d("||", L("PERSON", hl7_name(p) + "^" + r.choice("ABEKMR")), "||", L("DATE_OF_BIRTH", fmt_date(p.dob, "hl7")), "|%s|||" % ("F" if p.female else "M"),
      L("ADDRESS", "%s^^%s^%s^%s%02d" % (street, city.upper(), stc, z, r.randint(1, 99))), "^USA^H||", L("PHONE", "(%s)%s-%s" % (r.choice(US_AREAS), str(r.randint(2, 9)) + digits(r, 2), digits(r, 4))), "^PRN^PH|||S||", digits(r, 10), sep)
    if i != 1:
        d("NK1|1|", L("PERSON", hl7_name(nk)), "|%s||" % r.choice(["SPO^Spouse", "MTH^Mother", "SIS^Sister"]), L("PHONE", "(%s)%s-%s" % (r.choice(US_AREAS), str(r.randint(2, 9)) + digits(r, 2), digits(r, 4))), sep)
    d("PV1|1|O|FMCLIN^^^MAIN||||%s^" % ("1" + digits(r, 9)), L("PERSON", hl7_name(att) + "^" + r.choice("JLT")), "^^^^MD|||||||||||V%s" % digits(r, 9), sep)
    if i == 1:
        d("ORC|RE|%s|%s" % (digits(r, 9), digits(r, 9)), sep)
        d("OBR|1|%s||4548-4^Hemoglobin A1c^LN|||%s" % (digits(r, 9), stamp), sep)
        d("OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total^LN||%.1f|%%|4.0-5.6|H|||F" % r.uniform(6.5, 10.2), sep)
        d("NTE|1||Result consistent with ", L("DIAGNOSIS", "diabetes mellitus"), "; repeat in 3 months.", sep)
    else:
        dx = r.choice(list(DIAG_ICD))
        d("DG1|1||%s^" % icd(dx), L("DIAGNOSIS", dx[0].upper() + dx[1:]), "^I10||%s|A" % stamp[:8], sep)
        med = r.choice(MEDS[:30])
        d("RXE|^^^%s^^R|00%s-%s-01^" % (stamp[:8], digits(r, 3), digits(r, 4)), L("MEDICATION", med), " %s^NDC|" % r.choice(["10 mg tablet", "500 mg tablet", "100 mcg tablet"]), "1||TAB", sep)
        if i == 2:
            d("IN1|1|MCR^Medicare Part B|CMS|Centers for Medicare and Medicaid Services|||||||||||", L("PERSON", hl7_name(p)), "|SEL|", L("DATE_OF_BIRTH", fmt_date(p.dob, "hl7")), "||||||||||||||||||", L("US_MBI", mbi(r, False)), sep)
        else:
            d("IN1|1|PPO01^Gold PPO|H%s|%s|||||GRP%s|||||||" % (digits(r, 4), r.choice(PLANS[:5]), digits(r, 5)), L("PERSON", hl7_name(p)), "|SEL|||||||||||||||||||", L("HEALTH_PLAN_ID", member_id(r)), sep)

@tpl("hl7_ack", "hl7", 1)
def t_hl7_ack(r, d, i):
    stamp = "2026%02d%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    d("MSH|^~\\&|LABSYS|%s|EPICADT|MERCYRIDGE|%s||ACK^R01^ACK|%s|P|2.5.1\r" % (oid(r), stamp, digits(r, 12)))
    d("MSA|AA|%s|Message accepted. Interface build %s, queue depth %d\r" % (digits(r, 12), version4(r), r.randint(0, 40)))
    d("ERR|||0^Message accepted^HL70357|I|||||Facility OID %s mapped\r" % oid(r))

@tpl("fhir_bundle", "fhir_json", 3)
def t_fhir(r, d, i):
    p = P(r); dx = r.choice(list(DIAG_ICD)); refuted = r.choice([x for x in DIAG if x != dx]); med = r.choice(MEDS)
    street = "%d %s %s" % (r.randint(10, 9999), r.choice(US_STREETS), r.choice(US_SUFFIX)); city, stc, z = r.choice(US_CITIES)
    ident = [{"use": "usual", "type": {"text": "Medical Record Number"}, "system": "urn:oid:%s" % oid(r), "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}]
    if i == 1:
        ident.append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": L("US_MBI", mbi(r, False))})
    if i == 2:
        ident.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": L("US_SSN", ssn(r))})
    patient = {"resourceType": "Patient", "id": "pat-%s" % digits(r, 6), "identifier": ident,
               "name": [{"use": "official", "family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
               "telecom": [{"system": "phone", "value": L("PHONE", phone(r, "US")), "use": "mobile"},
                           {"system": "email", "value": L("EMAIL", p.email(r))}],
               "gender": "female" if p.female else "male", "birthDate": L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")),
               "address": [{"use": "home", "line": [L("ADDRESS", street)], "city": city, "state": stc, "postalCode": "%s%02d" % (z, r.randint(1, 99))}]}
    cond = {"resourceType": "Condition", "id": "cond-%s" % digits(r, 5), "clinicalStatus": {"coding": [{"code": "active"}]},
            "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": icd(dx)}], "text": L("DIAGNOSIS", dx)},
            "subject": {"reference": "Patient/pat"}, "recordedDate": fmt_date(rand_date(r, 2025, 2026), "iso")}
    cond2 = {"resourceType": "Condition", "id": "cond-%s" % digits(r, 5), "verificationStatus": {"coding": [{"code": "refuted"}]},
             "code": {"text": refuted}, "note": [{"text": "Refuted after negative work-up."}]}
    medst = {"resourceType": "MedicationStatement", "status": "active",
             "medicationCodeableConcept": {"text": L("MEDICATION", med)}, "dosage": [{"text": r.choice(DOSES)}]}
    entries = [patient, cond, cond2, medst]
    if i != 1:
        entries.append({"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", member_id(r)),
                        "payor": [{"display": r.choice(PLANS[:5])}], "class": [{"type": {"text": "group"}, "value": "GRP-%s" % digits(r, 5)}]})
    bundle = {"resourceType": "Bundle", "type": "collection", "timestamp": ts(r), "entry": [{"fullUrl": "urn:uuid:%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.getrandbits(12), r.getrandbits(48)), "resource": e} for e in entries]}
    emit_json(d, bundle, indent=r.choice([2, 1]))
    d("\n")

@tpl("fhir_catalog", "fhir_json", 1)
def t_fhir_cat(r, d, i):
    vs = {"resourceType": "ValueSet", "id": "chronic-conditions-%s" % digits(r, 3), "version": version4(r), "status": "active",
          "publisher": "Regional Formulary Committee", "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",
          "concept": [{"code": icd(x), "display": x} for x in r.sample(list(DIAG_ICD), 5)]}]},
          "extension": [{"url": "http://example.org/fhir/formulary-drug", "valueString": m} for m in r.sample(MEDS, 4)]}
    emit_json(d, vs)
    d("\n")

@tpl("clinical_handout", "clinical_note", 2)
def t_handout(r, d, i):
    dx = ["asthma", "atrial fibrillation"][i]
    meds = ["albuterol", "budesonide-formoterol", "montelukast"] if i == 0 else ["apixaban", "warfarin", "bisoprolol"]
    d("PATIENT EDUCATION HANDOUT — Living with %s  (leaflet ref %s, reviewed %s)\n\n" % (dx, "PIL-" + digits(r, 4), fmt_date(rand_date(r, 2025, 2026), "long")))
    d("What is %s? %s affects about 1 in %d adults. Common medicines include %s, %s and %s; your clinician will decide\n" % (dx, dx[0].upper() + dx[1:], r.randint(10, 40), *meds))
    d("which is right for you. Some people confuse it with %s, but they are different conditions.\n" % r.choice(["COPD", "panic attacks", "a heart attack"]))
    d("Historical note: the condition was described long before the Great Depression; Parkinson's law of paperwork does not apply to your inhaler diary!\n")
    d("Questions? Call the nurse advice line listed on your clinic card. Clinic closed on %s.\n" % r.choice(HOLIDAYS))
    d("Version %s | OID %s | Printed by %s Health Library\n" % (version4(r), oid(r), r.choice(["Johnson & Johnson", "Mayo", "Abbott"])))

# ------------------------------------------------ structured ----------------------------------
@tpl("payroll_export", "csv", 3)
def t_payroll(r, d, i):
    variant = ["US", "UK", "DE"][i]
    if variant == "US":
        row(d, ["emp_id", "last_name", "first_name", "ssn", "birth_date", "work_state", "dl_state", "dl_number", "pay_rate", "emial"])
        for _ in range(r.randint(3, 5)):
            p = P(r, r.choice(["US", "MX", "PH", "ET", "CN", "UA"])); st = r.choice(DL_STATES)
            row(d, ["E%s" % digits(r, 5), L("PERSON", p.family), L("PERSON", p.given), L("US_SSN", ssn(r)), L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")),
                    st[1], st[1], L("DRIVER_LICENSE", st[2](r)), "%.2f" % r.uniform(17, 64), L("EMAIL", p.email(r))])
        row(d, ["E%s" % digits(r, 5), "TERMINATED", "", masked_ssn(r), "", "OR", "", "", "0.00", ""])
    elif variant == "UK":
        row(d, ["Payroll No", "Surname", "Forename(s)", "NI Number", "Tax Code", "Sort Code", "Account Number", "Net Pay", "Period"])
        for _ in range(r.randint(3, 5)):
            p = P(r, r.choice(["GB", "IE", "GH", "LK", "PL", "IN"]))
            row(d, [digits(r, 5), L("PERSON", p.family), L("PERSON", p.given), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), r.choice(["1257L", "BR", "K475", "S1257L"]),
                    sort_code(r), L("UK_BANK_ACCOUNT", digits(r, 8)), "£%s.%02d" % ("{:,}".format(r.randint(1400, 5200)), r.randint(0, 99)), "M%02d" % r.randint(1, 12)])
    else:
        row(d, ["Personalnr", "Name", "Vorname", "Geburtsdatum", "Steuer-ID", "Steuerklasse", "Konfession", "IBAN", "Krankenkasse"], ";")
        for _ in range(r.randint(3, 5)):
            p = P(r, r.choice(["DE", "TR", "PL", "GR", "UA"]))
            row(d, [digits(r, 6), L("PERSON", p.family), L("PERSON", p.given), L("DATE_OF_BIRTH", fmt_date(p.dob, "dot")), L("DE_TAX_ID", de_taxid(r)),
                    r.choice(["I", "III", "IV", "V"]), r.choice(["--", "rk", "ev"]), L("IBAN", iban(r, "DE", r.random() < 0.5)), r.choice(["AOK Nordost", "TK", "Barmer", "DAK"])], ";")

@tpl("bank_stmt_tsv", "tsv", 2)
def t_bank_tsv(r, d, i):
    row(d, ["Buchungstag" if i == 0 else "Booking date", "Valuta", "Auftraggeber/Empfänger" if i == 0 else "Counterparty", "IBAN", "Verwendungszweck" if i == 0 else "Reference", "Betrag EUR"], "\t")
    for k in range(r.randint(5, 7)):
        day = fmt_date(rand_date(r, 2026, 2026), "dot")
        kind = k % 4
        if kind == 0:
            p = P(r)
            row(d, [day, day, L("PERSON", p.full), L("IBAN", iban(r, spaced=False)), r.choice(["Miete März", "Rückzahlung Urlaub", "Geschenk", "SEPA transfer"]), "-%d,%02d" % (r.randint(20, 1400), r.randint(0, 99))], "\t")
        elif kind == 1:
            row(d, [day, day, r.choice(COMPANIES_PEOPLE) + " GmbH", "", "KARTENZAHLUNG VISA %s" % masked_card(r), "-%d,%02d" % (r.randint(5, 300), r.randint(0, 99))], "\t")
        elif kind == 2:
            row(d, [day, day, r.choice(["Stadtwerke Leipzig", "Vodafone GmbH", "Finanzamt Köln-Ost"]), "", "Mandat %s / Kd-Nr %s" % (_alnum(r, 4) + digits(r, 8), digits(r, 9)), "-%d,%02d" % (r.randint(30, 200), r.randint(0, 99))], "\t")
        else:
            p = P(r)
            row(d, [day, day, L("PERSON", p.family.upper() + " " + p.given.upper()), L("IBAN", iban(r, spaced=True)), "Lohn/Gehalt %02d/2026" % r.randint(1, 12), "%d,%02d" % (r.randint(1800, 5200), r.randint(0, 99))], "\t")

@tpl("airline_pnr", "json", 3)
def t_pnr(r, d, i):
    paxs = []
    for k in range(r.randint(1, 3)):
        p = P(r)
        country = CC_COUNTRY[p.cc] if r.random() < 0.7 else "United States"
        ptype, pnum = passport_for(r, country)
        iso3 = {"United States": "USA", "Germany": "DEU", "France": "FRA", "Spain": "ESP", "Italy": "ITA", "Brazil": "BRA", "Mexico": "MEX", "India": "IND", "Japan": "JPN", "United Kingdom": "GBR"}.get(country, country[:3].upper())
        pax = {"paxId": k + 1, "nameInPnr": M(L("PERSON", ascii_fold(p.family).upper().replace(" ", "").replace("'", "") + "/" + ascii_fold(p.given).upper().replace(" ", "")), " MS" if p.female else " MR"),
               "dateOfBirth": L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")),
               "apis": {"docType": "P", "docNumber": L(ptype, pnum), "issuingCountry": iso3, "nationality": iso3, "expiry": fmt_date(rand_date(r, 2027, 2036), "iso")},
               "ffp": {"program": r.choice(["MM", "FB", "AV"]), "number": digits(r, 10)},
               "ticketNumber": r.choice(["016", "220", "057", "125"]) + digits(r, 10)}
        if k == 0:
            pax["contact"] = {"email": L("EMAIL", p.email(r)), "mobile": L("PHONE", phone(r, p.cc))}
        paxs.append(pax)
    rec = {"recordLocator": _alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "created": ts(r), "officeId": "%s%s" % (_alnum(r, 3), digits(r, 3) + "1A"),
           "passengers": paxs,
           "segments": [{"flight": "%s%d" % (r.choice(["LH", "AF", "IB", "UA", "LA", "TK"]), r.randint(10, 9999)), "from": r.choice(["FRA", "CDG", "MAD", "GRU", "IST"]), "to": r.choice(["JFK", "NRT", "BOM", "NBO", "AKL"]),
                         "dep": ts(r), "cabin": r.choice(["Y", "W", "J"]), "equipment": r.choice(["359", "77W", "32N"])}],
           "ssr": ["DOCS", "CTCE", r.choice(["VGML", "WCHR", "NSST"])], "fareCalc": "FRA LH X/NYC UA SFO %d.00NUC END ROE0.92" % r.randint(400, 3000)}
    emit_json(d, rec, indent=r.choice([2, 4]))
    d("\n")

@tpl("crm_ndjson", "ndjson", 3)
def t_crm(r, d, i):
    lang = ["es", "fr", "de"][i]
    for k in range(r.randint(3, 4)):
        p = P(r, {"es": r.choice(["ES", "MX"]), "fr": r.choice(["FR", "BE", "CA"]), "de": r.choice(["DE", "TR", "PL"])}[lang])
        ag = P(r, r.choice(["GB", "IE", "US"]))
        if lang == "es":
            note = ([
                M("Cliente llamó desde ", L("PHONE", phone(r, "ES")), "; confirma DNI ", L("ES_DNI", dni(r)), ". Wants paperless billing, envío a ", L("ADDRESS", address(r, "ES", False)), "."),
                M("NIE ", L("ES_DNI", dni(r, True)), " verificado. Customer asked about roaming; ticket escalated to L2."),
                M("Sin cambios. Reintento de cobro fallido (ref ", digits(r, 10), "). Dice que el DNI antiguo ", bad_dni(r), " era un error de tecleo."),
            ])[(k + i) % 3]
        elif lang == "fr":
            note = ([
                M("Appel entrant: Mme ", L("PERSON", p.full), " signale un changement d'adresse -> ", L("ADDRESS", address(r, "FR", False)), ". Customer OK with SMS updates."),
                M("NIR fourni pour le remboursement mutuelle: ", L("FR_NIR", nir(r, p)), ". Dossier transmis, follow-up next week."),
                M("RAS. Client injoignable, laissé message au ", L("PHONE", phone(r, "FR")), "."),
            ])[(k + i) % 3]
        else:
            note = ([
                M("Rückruf erbeten unter ", L("PHONE", phone(r, "DE")), ". Kunde fragt nach Steuer-ID auf der Rechnung: ", L("DE_TAX_ID", de_taxid(r)), " (bitte maskieren!)."),
                M("Adressänderung: neue Anschrift ", L("ADDRESS", address(r, "DE", False)), ". Confirmed via callback."),
                M("Kein Handlungsbedarf. Build ", version4(r), " fixed the invoice PDF."),
            ])[(k + i) % 3]
        ev = {"ts": ts(r), "event": r.choice(["note.created", "call.logged", "case.updated"]), "agent": {"name": L("PERSON", ag.full), "team": r.choice(["EMEA-L1", "Iberia", "DACH"])},
              "contact": {"id": "C-%s" % digits(r, 7), "displayName": L("PERSON", p.full), "email": L("EMAIL", p.email(r))}, "lang": lang, "note": note}
        emit_json(d, ev, compact=r.choice(["tight", "spaced"]))
        d("\n")

def yaml_addr(d, key, addr, indent):
    d(" " * indent + key + ": |\n")
    lines = addr.split("\n")
    d(" " * (indent + 2))
    d(L("ADDRESS", ("\n" + " " * (indent + 2)).join(lines)))
    d("\n")

@tpl("yaml_records", "yaml", 3)
def t_yaml(r, d, i):
    if i == 0:
        d("# contractor onboarding export — generated %s\n" % ts(r))
        d("schema_version: %s\ncontractors:\n" % version4(r))
        for _ in range(r.randint(2, 3)):
            p = P(r)
            d("  - id: CTR-%s\n" % digits(r, 5))
            d("    legal_name: ", L("PERSON", p.full), "\n")
            d("    date_of_birth: ", L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")), "\n")
            d("    email: ", L("EMAIL", p.email(r)), "\n")
            d("    phone: \"", L("PHONE", phone(r, p.cc)), "\"\n")
            yaml_addr(d, "postal_address", addr_for(r, p, True), 4)
            d("    payout_iban: ", L("IBAN", iban(r, spaced=False)), "\n")
            d("    rate_card: R%d\n" % r.randint(1, 9))
    elif i == 1:
        p = P(r); m1, m2 = r.sample(MEDS, 2); dx = dx_for(r, p)[0]
        d("# telehealth intake (patient self-reported)\nintake:\n")
        d("  submitted_at: %s\n" % ts(r))
        d("  patient:\n    name: ", L("PERSON", p.full), "\n    dob: ", L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")), "\n")
        d("    member_id: ", L("HEALTH_PLAN_ID", member_id(r)), "   # %s\n" % r.choice(PLANS[:5]))
        d("    phone: ", L("PHONE", phone(r, "US")), "\n")
        d("  reason_for_visit: medication refill\n  conditions:\n    - ", L("DIAGNOSIS", dx), "\n")
        d("  current_medications:\n    - name: ", L("MEDICATION", m1), "\n      dose: %s\n    - name: " % r.choice(DOSES), L("MEDICATION", m2), "\n      dose: %s\n" % r.choice(DOSES))
        d("  family_history: not provided\n  consent_version: %s\n" % version4(r))
    else:
        d("# deploy/values-prod.yaml\nreplicaCount: 3\nimage:\n  repository: registry.internal/payments-api\n  tag: \"%s\"\n" % version4(r))
        d("appVersion: %s\nbuild: \"%s-%s\"\n" % (version4(r), digits(r, 8), _alnum(r, 7, "abcdef0123456789")))
        d("service:\n  bindAddress: 0.0.0.0\n  healthcheck: http://127.0.0.1:8080/healthz\n")
        d("snmp:\n  enterpriseOid: %s\n" % oid(r))
        d("owner: team-payments   # escalation via PagerDuty schedule PD%s\n" % _alnum(r, 6))
        d("maintenanceWindows:\n  - \"%s\"\n  - \"%s\"\n" % (r.choice(HOLIDAYS), r.choice(HOLIDAYS)))
        d("featureFlags:\n  maskPan: true\n  sampleCard: \"%s\"   # test fixture, masked\n" % masked_card(r))

@tpl("sku_inventory", "csv", 2)
def t_sku(r, d, i):
    row(d, ["sku", "description", "supplier", "bin", "qty", "last_count", "firmware"])
    for _ in range(r.randint(6, 9)):
        row(d, [sku(r), r.choice(["Nitrile gloves L", "Hex bolt M8x40", "Thermal label 4x6", "USB-C dock, 7-port", "Pipette tips 200ul"]),
                r.choice(COMPANIES_PEOPLE), "%s-%02d-%s" % (_alnum(r, 1), r.randint(1, 40), _alnum(r, 1)), str(r.randint(0, 5000)),
                ts(r), version4(r)])

@tpl("claims_api", "json", 2)
def t_claims(r, d, i):
    p = P(r, r.choice(["US", "US", "MX", "KE"])); prov = P(r, "US")
    dx1, dx2 = r.sample(list(DIAG_ICD), 2)
    resp = {"requestId": "%08x" % r.getrandbits(32), "status": "PENDED", "claim": {
        "claimNumber": "%d%s" % (r.randint(2025, 2026), digits(r, 11)),
        "member": {"memberId": L("HEALTH_PLAN_ID", member_id(r)), "plan": r.choice(PLANS[:5]), "groupNumber": "G%s" % digits(r, 6),
                   "firstName": L("PERSON", p.given), "lastName": L("PERSON", p.family), "dob": L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")),
                   "relationship": "self"},
        "renderingProvider": {"npi": "1" + digits(r, 9), "name": L("PERSON", prov.full), "taxonomy": "207Q00000X"},
        "diagnoses": [{"code": icd(dx1), "description": L("DIAGNOSIS", dx1), "pointer": "A"}, {"code": icd(dx2), "description": L("DIAGNOSIS", dx2), "pointer": "B"}],
        "lines": [{"cpt": "99214", "units": 1, "charge": r.randint(110, 300)}, {"cpt": "93000", "units": 1, "charge": r.randint(30, 90)}],
        "pendReason": "COB questionnaire outstanding"}}
    if i == 1:
        resp["claim"]["member"]["medicareMbi"] = L("US_MBI", mbi(r))
    emit_json(d, resp)
    d("\n")

@tpl("school_records", "csv", 2)
def t_school_csv(r, d, i):
    row(d, ["student_name", "dob", "grade", "homeroom", "guardian", "guardian_phone", "guardian_email", "health_notes"])
    for k in range(r.randint(3, 5)):
        kid = P(r); kid.dob = rand_date(r, 2010, 2019); g = P(r, kid.cc); g.family = kid.family
        note = ""
        if k % 2 == 0:
            dx = r.choice(["asthma", "type 1 diabetes", "focal epilepsy", "celiac disease"])
            med = {"asthma": "albuterol", "type 1 diabetes": "insulin aspart", "focal epilepsy": "lamotrigine", "celiac disease": None}[dx]
            note = [L("DIAGNOSIS", dx)] + ([" - ", L("MEDICATION", med), " in nurse office"] if med else [" - gluten-free lunch"])
        cells = [L("PERSON", kid.full), L("DATE_OF_BIRTH", fmt_date(kid.dob, "us")), str(r.randint(1, 12)), "Rm %d" % r.randint(100, 330),
                 L("PERSON", g.full), L("PHONE", us_phone(r)), L("EMAIL", g.email(r))]
        row(d, cells + [note if isinstance(note, list) else ""])

@tpl("build_metrics", "tsv", 2)
def t_build_tsv(r, d, i):
    row(d, ["build", "branch", "commit", "started", "duration_s", "agent_ip", "artifact", "status"], "\t")
    for _ in range(r.randint(5, 8)):
        row(d, [version4(r), r.choice(["main", "release/%d.%d" % (r.randint(1, 9), r.randint(0, 9)), "hotfix/PAY-%d" % r.randint(100, 999)]),
                _alnum(r, 12, "abcdef0123456789"), epoch(r), str(r.randint(40, 3000)), "127.0.0.1", "app-%s.tar.gz" % version4(r),
                r.choice(["passed", "failed", "flaky"])], "\t")

@tpl("config_json", "json", 1)
def t_cfg(r, d, i):
    cfg = {"service": "order-router", "version": version4(r), "listen": "0.0.0.0:8443", "upstreams": [{"name": "legacy", "url": "http://127.0.0.1:9000"}],
           "snmpOid": oid(r), "defaults": {"currency": "EUR", "holidayCalendar": [r.choice(HOLIDAYS), r.choice(HOLIDAYS)]},
           "partners": [{"name": c, "sku_prefix": sku(r)} for c in r.sample(COMPANIES_PEOPLE, 3)],
           "sampleOrderId": digits(r, 12), "tracking": tracking(r), "maskedCard": masked_card(r), "maskedSsn": masked_ssn(r)}
    emit_json(d, cfg)
    d("\n")

# ------------------------------------------------ logs ----------------------------------------
@tpl("auth_kv_log", "log", 3)
def t_auth(r, d, i):
    day = rand_date(r, 2026, 2026)
    for k in range(r.randint(6, 8)):
        p = P(r)
        kind = r.choice(["ok", "ok", "fail", "mfa", "ver", "svc"])
        d(ts(r, day), " level=%s svc=%s " % ("WARN" if kind == "fail" else "INFO", r.choice(["idp", "auth-gw", "sso"])))
        if kind == "ok":
            d("event=login_success user=", L("EMAIL", p.email(r)), " src_ip=", L("IP_ADDRESS", ip4(r)), " ua=\"Mozilla/5.0\" client_version=%s" % version4(r))
        elif kind == "fail":
            d("event=login_failed user=", L("EMAIL", p.email(r)), " src_ip=", L("IP_ADDRESS", ip6(r) if r.random() < 0.4 else ip4(r, "pub")), " reason=bad_password attempts=%d" % r.randint(2, 9))
        elif kind == "mfa":
            d("event=mfa_sms_sent uid=%s phone=" % digits(r, 7), L("PHONE", phone(r, r.choice(["US", "GB", "DE", "IN"]))), " provider=%s" % r.choice(["twilio", "sinch"]))
        elif kind == "ver":
            d("event=config_reload build=%s schema=%s peer=127.0.0.1 node_oid=%s" % (version4(r), version4(r), oid(r)))
        else:
            d("event=token_refresh subject=svc-%s scope=\"read:orders\" request_id=%s" % (r.choice(["billing", "etl"]), _alnum(r, 16, "abcdef0123456789")))
        d("\n")

@tpl("pharmacy_dispense", "log", 3)
def t_pharm(r, d, i):
    day = rand_date(r, 2026, 2026)
    d("# %s Pharmacy #%s dispensing journal %s (export from PharmaSys %s)\n" % (r.choice(["Cedar Street", "Westgate", "Kaimukī"]), digits(r, 4), fmt_date(day, "iso"), version4(r)))
    for k in range(r.randint(3, 5)):
        p = P(r); pres = P(r, "US"); med = r.choice(MEDS[:30])
        hh = "%02d:%02d:%02d" % (r.randint(8, 20), r.randint(0, 59), r.randint(0, 59))
        if r.random() < 0.25:
            d("%s | VOID  | Rx#%s | reversal of claim %s | NDC %s-%s-%s | by tech %s\n" % (hh, digits(r, 7), digits(r, 12), digits(r, 5), digits(r, 4), digits(r, 2), _alnum(r, 3)))
            continue
        style = r.choice(["LF", "lf", "upper"])
        d("%s | FILL  | Rx#%s | pt=" % (hh, digits(r, 7)), Pn(p, style), " | dob=", L("DATE_OF_BIRTH", fmt_date(p.dob, r.choice(["us", "iso"]))),
          " | drug=", L("MEDICATION", med.upper() if r.random() < 0.4 else med), " %s #%d | prescriber=" % (r.choice(["10MG TAB", "500 mg tab", "100MCG", "40mg cap"]), r.choice([30, 60, 90])), Pn(pres, "init"),
          " DEA %s%s | plan BIN %s PCN %s | copay $%d.%02d\n" % (_alnum(r, 2), digits(r, 7), digits(r, 6), _alnum(r, 4), r.randint(0, 60), r.randint(0, 99)))
        if r.random() < 0.4:
            d("%s | NOTE  | counselled re: %s; pt phone " % (hh, r.choice(["GI upset", "bleeding risk", "missed doses"])), L("PHONE", us_phone(r)), "\n")
    d("# end of journal, %d records, checksum %s\n" % (r.randint(30, 200), _alnum(r, 8, "ABCDEF0123456789")))

@tpl("payment_gateway", "log", 2)
def t_pay(r, d, i):
    for k in range(r.randint(5, 7)):
        t = ts(r)
        kind = k % 5
        if kind == 0:
            d('%s INFO  [gw-%d] authorize ok order=%s amount=%d.%02d cur=EUR pan=%s auth=%s\n' % (t, r.randint(1, 9), digits(r, 12), r.randint(5, 900), r.randint(0, 99), r.choice(["411111******", "522233******", "371449*****"]) + digits(r, 4), _alnum(r, 6)))
        elif kind == 1:
            d('%s WARN  [gw-%d] avs_mismatch order=%s billing_zip=%s remote=' % (t, r.randint(1, 9), digits(r, 12), digits(r, 5)), L("IP_ADDRESS", ip4(r, "pub")), "\n")
        elif kind == 2 and i != 2:
            d('%s ERROR [gw-%d] serializer leaked raw payload: {"pan":"' % (t, r.randint(1, 9)), L("CREDIT_CARD", card(r, sep="")), '","exp":"%02d/%02d","holder":"' % (r.randint(1, 12), r.randint(27, 31)))
            p = P(r)
            d(L("PERSON", ascii_fold(p.full).upper()), '"}  ticket=SEC-%d\n' % r.randint(1000, 9999))
        elif kind == 3:
            d('%s INFO  [gw-%d] refund ok ref=%s luhn_check=fail candidate=%s (rejected, not a PAN)\n' % (t, r.randint(1, 9), digits(r, 10), bad_card(r, "")))
        else:
            d('%s DEBUG [gw-%d] tracking=%s sku=%s build=%s\n' % (t, r.randint(1, 9), tracking(r), sku(r), version4(r)))

@tpl("app_log_neg", "log", 3)
def t_app_neg(r, d, i):
    for k in range(r.randint(7, 10)):
        t = r.choice([ts(r), epoch(r), "[%s]" % fmt_date(rand_date(r, 2026, 2026), "iso")])
        msg = r.choice([
            "upgrade complete %s -> %s" % (version4(r), version4(r)),
            "registered MIB %s" % oid(r),
            "listening on 0.0.0.0:%d (loopback probe 127.0.0.1 ok)" % r.randint(1024, 65000),
            "nic eth0 hwaddr %s" % ":".join("%02x" % r.randint(0, 255) for _ in range(6)),
            "order %s shipped via %s" % (digits(r, 10), tracking(r)),
            "inventory sync sku=%s qty=%d" % (sku(r), r.randint(0, 900)),
            "card token tok_%s vaulted (last4=%s)" % (_alnum(r, 14, "abcdefghijklmnopqrstuvwxyz0123456789"), digits(r, 4)),
            "holiday calendar loaded: %s, %s" % (r.choice(HOLIDAYS), r.choice(HOLIDAYS)),
            "vendor %s catalog refreshed (%d items)" % (r.choice(COMPANIES_PEOPLE), r.randint(10, 9000)),
            "gc pause %dms heap=%dMB" % (r.randint(3, 400), r.randint(200, 4000)),
            "masked ssn field ok: %s" % masked_ssn(r),
        ])
        d("%s %s %s %s\n" % (t, r.choice(["INFO", "DEBUG", "WARN"]), r.choice(["scheduler", "inventory", "edge", "ledger"]), msg))

@tpl("firewall_syslog", "log", 3)
def t_fw(r, d, i):
    host = r.choice(["fw-edge-01", "ams-gw2", "core-sw-3"])
    for k in range(r.randint(5, 7)):
        mon = MONTHS_EN[r.randint(0, 11)][:3]
        pre = "%s %2d %02d:%02d:%02d %s " % (mon, r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), host)
        kind = r.choice(["drop", "drop", "v6", "vpn", "neg"])
        if kind == "drop":
            d(pre, "kernel: [FW-DROP] IN=eth0 OUT= SRC=", L("IP_ADDRESS", ip4(r, "pub")), " DST=", L("IP_ADDRESS", ip4(r, "priv")), " PROTO=TCP SPT=%d DPT=%d\n" % (r.randint(1024, 65535), r.choice([22, 445, 3389, 5432])))
        elif kind == "v6":
            d(pre, "sshd[%d]: Accepted publickey for deploy from " % r.randint(1000, 99999), L("IP_ADDRESS", ip6(r)), " port %d ssh2\n" % r.randint(1024, 65535))
        elif kind == "vpn":
            p = P(r)
            d(pre, "openvpn[%d]: " % r.randint(100, 9999), L("EMAIL", p.email(r, r.choice(["halden-logistics.com", "quarrylane.io"]))), "/", L("IP_ADDRESS", ip4(r, "doc")), ":%d MULTI: Learn: 10.8.0.%d\n" % (r.randint(1024, 65535), r.randint(2, 250)))
        else:
            d(pre, "ntpd[%d]: version %s; peer 127.0.0.1 stratum 2; firmware %s\n" % (r.randint(100, 999), version4(r), version4(r)))

@tpl("telehealth_audit", "log", 3)
def t_audit(r, d, i):
    for k in range(r.randint(4, 6)):
        clin = P(r); t = ts(r)
        if i == 2:
            d("%s audit action=%s resource=%s/%s actor=svc-sync outcome=0 build=%s\n" % (t, r.choice(["READ", "EXPORT", "PURGE"]), r.choice(["Patient", "Encounter", "Consent"]), _alnum(r, 8, "abcdef0123456789"), version4(r)))
            continue
        d(t, " audit action=%s actor=" % r.choice(["VIEW_CHART", "PRINT_AVS", "E_PRESCRIBE", "JOIN_VIDEO"]), L("EMAIL", clin.email(r, r.choice(["mercyridge.org", "carebridge-telehealth.com"]))),
          " patient_mrn=", L("MEDICAL_RECORD_NUMBER", mrn(r)), " client_ip=", L("IP_ADDRESS", ip4(r)), " session=%s\n" % _alnum(r, 10, "abcdef0123456789"))

# ------------------------------------------------ email / chat / ticket -----------------------
def quoted(d, parts, depth=1):
    """Write parts with a '> ' prefix at the start of each line; labelled values may not contain newlines."""
    pre = "> " * depth
    d(pre)
    for part in parts:
        if isinstance(part, L):
            assert "\n" not in part.v
            d(part)
        else:
            chunks = part.split("\n")
            for j, ch in enumerate(chunks):
                if j:
                    d("\n" + pre)
                d(ch)
    d("\n")

@tpl("legal_thread", "email", 3)
def t_legal(r, d, i):
    client = P(r); atty = P(r, r.choice(["US", "GB", "IE"])); para = P(r, r.choice(["US", "PH", "MX"]))
    firm = r.choice(["Okonkwo Whitfield LLP", "Brannigan & Sáez PLLC", "Tessaro Legal Group"])
    dom = r.choice(["okwhitfield-law.com", "brannigansaez.com", "tessarolegal.com"])
    case = r.choice(["2:25-cv-0%d-JLR" % r.randint(1000, 9999), "CV-2026-%06d" % r.randint(1, 999999), "No. %d-CI-%05d" % (r.randint(24, 26), r.randint(1, 99999))])
    d("From: ", Pn(atty), " <", L("EMAIL", atty.email(r, dom)), ">\n")
    d("To: ", Pn(para), " <", L("EMAIL", para.email(r, dom)), ">\n")
    d("Date: %s\nSubject: RE: RE: %s – records subpoena / " % (ts(r), case), L("PERSON", client.family), " v. %s\n\n" % r.choice(["Harborview Property Mgmt", "Wells Fargo Bank, N.A.", "Ford Motor Credit"]))
    d(Pn(para, "given"), " -\n\nThanks. Please do NOT put the full SSN in the exhibit; use %s. The clinic needs the DOB exactly as " % masked_ssn(r),
      "in their chart (", L("DATE_OF_BIRTH", fmt_date(client.dob, "us")), "). File by %s, before %s.\n\n" % (fmt_date(rand_date(r, 2026, 2026), "long"), r.choice(["Presidents' Day", "Juneteenth", "Columbus Day", "Martin Luther King Jr. Day"])))
    d(Pn(atty, "given"), "\n--\n", Pn(atty), " | Partner | ", firm, "\n", L("ADDRESS", address(r, "US", False)), "\nDirect ", L("PHONE", us_phone(r)), "\n\n")
    d("On %s, " % fmt_date(rand_date(r, 2026, 2026), "long"), Pn(para), " <", L("EMAIL", para.email(r, dom)), "> wrote:\n")
    quoted(d, ["Hi ", Pn(atty, "given"), ",\nThe HIPAA authorization from ", Pn(client), " came back signed. For the subpoena cover sheet I have:\n",
               "  Client: ", Pn(client, "LF"), "\n  DOB: ", L("DATE_OF_BIRTH", fmt_date(client.dob, "us")), "\n  SSN: ", L("US_SSN", ssn(r)),
               "\n  Treating dx (per intake): ", L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "lumbar disc herniation", "traumatic brain injury", "major depressive disorder"])),
               "\nCourt stamp shows filing fee receipt #%s. OK to send?\n" % digits(r, 9), Pn(para, "given")])
    if i == 2:
        quoted(d, ["Earlier: opposing counsel's paralegal asked us to call ", L("PHONE", us_phone(r)), "."], 2)

@tpl("telehealth_chat", "chat", 3)
def t_tchat(r, d, i):
    p = P(r); doc = P(r); med = r.choice(MEDS); dx = dx_for(r, p)[0]; ph = r.choice(["Walgreens", "CVS", "Boots", "Rite Aid"])
    d("== CareBridge Telehealth — secure chat transcript — session %s ==\n" % _alnum(r, 10, "abcdef0123456789"))
    hh = r.randint(8, 20); mm = r.randint(0, 40)
    def line(who, *parts):
        nonlocal mm
        mm += r.randint(0, 2)
        d("[%02d:%02d] " % (hh, mm % 60), who, ": ", *parts)
        d("\n")
    line(L("PERSON", doc.full), "Hi ", L("PERSON", p.given), ", I'm reviewing your intake now. Can you confirm your date of birth?")
    line(L("PERSON", p.given), L("DATE_OF_BIRTH", fmt_date(p.dob, r.choice(["us", "long", "us_short"]))))
    line(L("PERSON", doc.full), "Thanks. You're on ", L("MEDICAL_RECORD_NUMBER", mrn(r)), " in our system? The chart says ", L("DIAGNOSIS", dx), ".")
    line(L("PERSON", p.given), "yes thats me. ive been on ", L("MEDICATION", med.lower()), " since march but ran out. pharmacy is the ", ph, " on main st")
    line(L("PERSON", doc.full), "No problem. Any chest pain or fainting? Ruling out anything urgent before I refill.")
    line(L("PERSON", p.given), "no none of that. my sister had %s but i dont" % r.choice(["lupus", "a stroke", "breast cancer"]))
    line(L("PERSON", doc.full), "Got it. Refill sent, 90 days. If you need us, the nurse line is ", L("PHONE", us_phone(r)), ".")
    line("CareBridge Bot", "Session closed. Transcript ID %s. Rate your visit 1-5." % digits(r, 8))

@tpl("support_ticket", "ticket", 3)
def t_ticket(r, d, i):
    p = P(r); ag = P(r, r.choice(["PH", "IN", "IE", "PL"]))
    d("Ticket #%d  |  Status: %s  |  Priority: P%d  |  Channel: %s\n" % (r.randint(100000, 999999), r.choice(["Open", "Pending customer", "Solved"]), r.randint(2, 4), r.choice(["web form", "email", "phone callback"])))
    d("Requester: ", Pn(p), " <", L("EMAIL", p.email(r)), ">\n")
    d("Subject: %s\n\n" % ["Change of address + card on file", "cant log in / wrong phone number", "Kündigung & Adressänderung"][i])
    d("--- customer wrote ---\n")
    if i == 0:
        d("hi, I moved!! new adress is\n", L("ADDRESS", addr_for(r, p, True)), "\nold one was ", L("ADDRESS", addr_for(r, p, False)), ". my card ending ", digits(r, 4), " expired too, new one is ",
          L("CREDIT_CARD", card(r, sep=r.choice([" ", "-"]))), " exp %02d/%d cvv in a sec\n" % (r.randint(1, 12), r.randint(27, 31)))
    elif i == 1:
        d("The 2FA codes go to my OLD number. Please update to ", L("PHONE", phone(r, p.cc)), ". Account email ", L("EMAIL", p.email(r)), ". Order #%s still not arrived (tracking %s)\n" % (digits(r, 9), tracking(r)))
    else:
        d("Hallo, ich möchte meinen Vertrag kündigen. Kundennummer %s. Erstattung bitte auf IBAN " % digits(r, 8), L("IBAN", iban(r, "DE")), ". Neue Anschrift: ", L("ADDRESS", address(r, "DE", False)), ". Danke, ", Pn(p, "given"), "\n")
    d("--- internal note (", Pn(ag), ") ---\n")
    d("Verified caller with last 4 of card + postcode. %s PAN redacted in macro. Linked to order %s. Escalating to billing (queue %s).\n" % ("Full" if i == 0 else "No", digits(r, 10), r.choice(["BIL-EU", "BIL-US"])))
    d("Macro used: %s v%s\n" % (r.choice(["ADDR_CHANGE", "2FA_RESET", "KUENDIGUNG"]), version4(r)))

@tpl("hr_email_de", "email", 2)
def t_hr_de(r, d, i):
    emp = P(r, r.choice(["DE", "TR", "GR", "PL"])); hr = P(r, "DE")
    d("Von: ", Pn(hr), " <", L("EMAIL", hr.email(r, "personal.halden-logistik.de")), ">\nAn: ", L("EMAIL", emp.email(r)), "\n")
    d("Betreff: AW: Unterlagen Lohnabrechnung / payroll documents\n\n")
    d("Hallo ", Pn(emp, "given"), ",\n\nvielen Dank! Ihre Steuer-ID ", L("DE_TAX_ID", de_taxid(r, i == 1)), " habe ich im System hinterlegt. Just to confirm in English: your salary will be paid to ",
      L("IBAN", iban(r, "DE")), " from the next cycle.\n")
    d("Die alte Nummer %s aus Ihrem ersten Formular war ungültig (Prüfziffer).\n\n" % bad_de_taxid(r))
    d("Viele Grüße\n", Pn(hr), "\nPersonalabteilung · Tel. ", L("PHONE", phone(r, "DE")), "\n\n")
    d("-----Ursprüngliche Nachricht-----\n")
    quoted(d, ["Hi, anbei meine Daten. Geburtsdatum ", L("DATE_OF_BIRTH", fmt_date(emp.dob, "dot")), ", Anschrift ", L("ADDRESS", address(r, "DE", False)), ".\nLG ", Pn(emp, "given")])

@tpl("release_chat_neg", "chat", 3)
def t_chat_neg(r, d, i):
    who = ["deploy-bot", "oncall", "qa-lead", "pm"]
    d("#release-train — exported %s\n" % fmt_date(rand_date(r, 2026, 2026), "iso"))
    msgs = ["rolling %s to canary, previous was %s" % (version4(r), version4(r)),
            "the %s integration broke again after their API bump" % r.choice(COMPANIES_PEOPLE),
            "reminder: freeze before %s, nobody deploys on %s" % (r.choice(HOLIDAYS), r.choice(HOLIDAYS)),
            "test card %s is rejected as expected (luhn fail)" % bad_card(r),
            "ssn field shows %s now, masking works" % masked_ssn(r),
            "OID for the new MIB is %s" % oid(r),
            "healthcheck on 127.0.0.1:8080 green, binding 0.0.0.0",
            "order %s and shipment %s look fine in staging" % (digits(r, 11), tracking(r)),
            "this sprint is a total migraine lol",
            "Parkinson's law strikes again — the task expanded to fill the week"]
    for m in r.sample(msgs, r.randint(5, 7)):
        d("%02d:%02d <%s> %s\n" % (r.randint(8, 19), r.randint(0, 59), r.choice(who), m))

@tpl("outage_ticket_neg", "ticket", 2)
def t_ticket_neg(r, d, i):
    d("INC%07d  Sev-%d  Service: %s  Opened: %s\n" % (r.randint(1, 9999999), r.randint(2, 3), r.choice(["Checkout", "Search", "Label printing"]), ts(r)))
    d("Summary: elevated 5xx after upgrade to %s (rollback target %s)\n" % (version4(r), version4(r)))
    d("Impact: orders %s..%s delayed; tracking ids like %s not updated.\n" % (digits(r, 10), digits(r, 10), tracking(r)))
    d("Timeline:\n  %s detected by synthetic probe from 127.0.0.1\n  %s SKU %s sync paused\n  %s resolved\n" % (ts(r), ts(r), sku(r), ts(r)))
    d("Root cause: stale cache for supplier %s; OID %s alarm misrouted. Follow-ups: JIRA OPS-%d.\n" % (r.choice(COMPANIES_PEOPLE), oid(r), r.randint(100, 9999)))

@tpl("newsletter_neg", "email", 2)
def t_news_neg(r, d, i):
    d("From: Facilities Team (internal mailer)\nSubject: Office updates for %s\n\n" % MONTHS_EN[r.randint(0, 11)])
    d("Hello all,\n\nThe office is closed for %s and %s. The cafeteria now stocks Ben & Jerry's and the vending machines\n" % (r.choice(HOLIDAYS), r.choice(HOLIDAYS)))
    d("were supplied by %s. Badge readers were upgraded to firmware %s. Parking passes (format PK-%s) are reissued.\n" % (r.choice(COMPANIES_PEOPLE), version4(r), digits(r, 6)))
    d("Reminder: never email card numbers; if you must reference one, use the masked form (%s).\n" % masked_card(r))
    d("Wellness corner: flu shots on Thursday; a talk on managing type 2 diabetes at work is open to everyone.\n\n— Facilities\n")

# ------------------------------------------------ free text / html ----------------------------
@tpl("crm_notes_mixed", "free_text", 3)
def t_crm_notes(r, d, i):
    if i == 0:
        p = P(r, "ES"); p2 = P(r, "MX")
        d("Notas CRM – cuenta %s (exportado %s)\n\n" % (digits(r, 8), fmt_date(rand_date(r, 2026, 2026), "eu")))
        d("* %s – llamada de " % fmt_date(rand_date(r, 2026, 2026), "eu"), Pn(p), ". Titular confirma DNI ", L("ES_DNI", dni(r)), " y fecha de nacimiento ",
          L("DATE_OF_BIRTH", fmt_date(p.dob, "es")), ". Wants to add their partner as authorised user.\n")
        d("* Partner: ", Pn(p2), ", NIE ", L("ES_DNI", dni(r, True)), ", tel. ", L("PHONE", phone(r, "ES")), ". Docs pending (foto del NIE borrosa).\n")
        d("* Nota: el número ", bad_dni(r), " que aparece en el contrato antiguo NO es válido (letra de control). Do not use.\n")
        d("* Dirección de envío: ", L("ADDRESS", address(r, "ES", False)), ". Horario de entrega: mañanas.\n")
    elif i == 1:
        p = P(r, "FR")
        d("Compte rendu d'appel / call summary — agent ", Pn(P(r, "GB")), "\n\n")
        d("Client: M./Mme ", Pn(p, "upper"), ", né(e) le ", L("DATE_OF_BIRTH", fmt_date(p.dob, "fr")), ".\n")
        d("Numéro de sécu (NIR) communiqué pour la prise en charge: ", L("FR_NIR", nir(r, p, r.random() < 0.6)), ". Customer says the old card shows a different key - told them it is fine.\n")
        d("Adresse: ", L("ADDRESS", address(r, "FR", r.random() < 0.5)), "\n")
        d("Tél: ", L("PHONE", phone(r, "FR")), " / mail ", L("EMAIL", p.email(r)), "\n")
        d("Prochaine étape: mandat SEPA (RUM %s) sur l'IBAN " % (_alnum(r, 4) + digits(r, 10)), L("IBAN", iban(r, "FR")), ".\n")
    else:
        p = P(r, r.choice(["DE", "TR"])); p2 = P(r, "IT")
        d("CRM-Notiz / Kundenkontakt %s\n\n" % fmt_date(rand_date(r, 2026, 2026), "dot"))
        d("Kunde ", Pn(p), " ruft an wegen Rechnung. Steuer-ID für die Spendenquittung: ", L("DE_TAX_ID", de_taxid(r, r.random() < 0.5)), ".\n")
        d("Also spoke to his Italian co-signer ", Pn(p2), " (codice fiscale ", L("IT_FISCAL_CODE", fiscal_code(p2)), "); the earlier one on file, ", bad_fiscal(p2), ", fails the check character.\n")
        d("Rückrufnummer: ", L("PHONE", phone(r, "DE")), ". Kunde wirkte sehr gestresst — \"eine Depression im Geschäft\" seit Corona, sagt er (figurativ gemeint).\n")

@tpl("profile_html", "html", 2)
def t_profile(r, d, i):
    p = P(r)
    d("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Customer 360 – %s</title></head>\n<body>\n" % digits(r, 7))
    d("<nav>Home &rsaquo; Customers &rsaquo; Profile</nav>\n<h1>", Pn(p), "</h1>\n<dl class=\"profile\">\n")
    d("  <dt>Email</dt><dd><a href=\"mailto:")
    em = p.email(r)
    d(L("EMAIL", em), "\">", L("EMAIL", em), "</a></dd>\n")
    d("  <dt>Phone</dt><dd>", L("PHONE", phone(r, p.cc)), "</dd>\n")
    d("  <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fmt_date(p.dob, r.choice(["long", "iso", "uk_long"]))), "</dd>\n")
    addr = addr_for(r, p, True)
    d("  <dt>Mailing address</dt><dd>", L("ADDRESS", addr.replace("\n", "<br>\n      ")), "</dd>\n")
    if i == 1:
        d("  <dt>Last login IP</dt><dd>", L("IP_ADDRESS", ip4(r, "pub")), "</dd>\n")
    d("  <dt>Customer since</dt><dd>%s</dd>\n  <dt>Segment</dt><dd>Gold</dd>\n</dl>\n" % fmt_date(rand_date(r, 2010, 2025), "iso"))
    d("<table class=\"orders\"><tr><th>Order</th><th>SKU</th><th>Status</th></tr>\n")
    for _ in range(r.randint(2, 4)):
        d("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (digits(r, 10), sku(r), r.choice(["Delivered", "Returned", "In transit"])))
    d("</table>\n<footer>Build %s · &copy; 2026 %s</footer>\n</body></html>\n" % (version4(r), r.choice(["Hewlett Packard Enterprise", "Marks & Spencer", "Fielmann"])))

@tpl("court_letter_pdf", "free_text", 3)
def t_court(r, d, i):
    p = P(r); j = P(r, r.choice(["GB", "IE", "US"])); sol = P(r, "GB")
    d("IN THE COUNTY COURT AT %s                     Claim No. %s%s\n\n" % (r.choice(["CARDIFF", "LEEDS", "BRISTOL"]), _alnum(r, 1), digits(r, 2) + _alnum(r, 2) + digits(r, 3)))
    d("BETWEEN:\n        %s LIMITED                                   Claimant\n        -and-\n        " % r.choice(["HARBOURSIDE LETTINGS", "MACKENZIE & DRUMMOND HOLDINGS"]), L("PERSON", p.full.upper()), "                               Defendant\n\n")
    d("_______________________________________________________________\n\n        WITNESS STATEMENT OF ", L("PERSON", p.full.upper()), "\n_______________________________________________________________\n\n")
    d("I, ", Pn(p), ", of ", L("ADDRESS", address(r, "GB", True)), ", will say as follows:\n\n")
    d("1. I was born on ", L("DATE_OF_BIRTH", fmt_date(p.dob, "uk_long")), ". My National Insurance num-\nber is ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, True)),
      " and I receive Universal Credit.\n")
    cdx, cmed = r.choice([("chronic obstructive pulmonary disease", "tiotropium"), ("asthma", "beclometasone"), ("major depressive disorder", "sertraline"), ("bronchiectasis", "azithromycin")])
    d("2. In 2024 I was diagnosed with ", L("DIAGNOSIS", cdx), ". The damp in the property made this\nworse. My GP prescribed ", L("MEDICATION", cmed), " and referred me on.\n")
    d("3. My NHS number is ", L("UK_NHS_NUMBER", nhs(r, r.choice([" ", "-"]))), "; the Claimant's letter quoted ", bad_nhs(r), ", which is not mine.\n")
    d("4. Rent was paid from my account (sort code ", sort_code(r), ", account ", L("UK_BANK_ACCOUNT", digits(r, 8)), ").\n\n")
    d("                                         - 2 -\n\n")
    d("Statement of truth: I believe the facts stated in this witness statement are true.\nSigned ........................   Dated %s\n" % fmt_date(rand_date(r, 2026, 2026), "uk_long"))
    d("Solicitors for the Defendant: ", Pn(sol), ", %s Law Centre, tel " % r.choice(["Splott", "Chapeltown", "St Pauls"]), L("PHONE", phone(r, "GB")), "\n")
    d("Before District Judge ", Pn(j, "family"), "\n")

@tpl("markdown_travellers", "free_text", 2)
def t_md(r, d, i):
    d("## Group booking – %s offsite (%s)\n\n" % (r.choice(["Lisbon", "Reykjavík", "Nairobi"]), fmt_date(rand_date(r, 2026, 2026), "long")))
    d("| # | Traveller | Nationality | Passport | DOB | Dietary |\n|---|-----------|-------------|----------|-----|---------|\n")
    for k in range(r.randint(3, 5)):
        p = P(r); country = CC_COUNTRY[p.cc]
        ptype, pnum = passport_for(r, country)
        d("| %d | " % (k + 1), Pn(p), " | %s | " % country, L(ptype, pnum), " | ", L("DATE_OF_BIRTH", fmt_date(p.dob, "iso")), " | %s |\n" % r.choice(["veg", "halal", "none", "GF", "—"]))
    d("\nVisa letters go out after %s. Contact the travel desk, not the individuals. Hotel confirmation %s.\n" % (r.choice(HOLIDAYS), digits(r, 10)))

@tpl("health_article_neg", "free_text", 3)
def t_article(r, d, i):
    topics = [("Why winter brings more cases of community-acquired pneumonia", "amoxicillin", "doxycycline"),
              ("Atrial fibrillation: what the newest anticoagulant trials say", "apixaban", "warfarin"),
              ("The long shadow of the Great Depression on public health", "insulin", "penicillin")]
    title, m1, m2 = topics[i]
    d("%s\n%s\n\n" % (title, "=" * len(title)))
    d("By the Health Desk | %s | updated %s\n\n" % (fmt_date(rand_date(r, 2026, 2026), "long"), ts(r)))
    d("Researchers at %s and %s reported that across %s adults, treatment with %s reduced hospitalisations compared with %s.\n" % (
        r.choice(["Johns Hopkins", "the Karolinska Institutet", "Charité"]), r.choice(["the Mayo Clinic", "McGill University", "the Pasteur Institute"]), "{:,}".format(r.randint(2000, 90000)), m1, m2))
    d("Eponymous conditions such as Parkinson's disease, Alzheimer's disease and Hodgkin lymphoma remain common search terms; ")
    d("Down syndrome awareness campaigns peak around World Down Syndrome Day.\n")
    d("Economists still debate whether the 2020 slump was a depression or a recession. Pharmacies will be closed on %s.\n" % r.choice(HOLIDAYS))
    d("The study (trial registry %s, protocol v%s) was funded by %s.\n" % ("NCT0%s" % digits(r, 7), version4(r), r.choice(["Eli Lilly", "Boehringer Ingelheim", "Merck"])))

@tpl("release_notes_neg", "html", 2)
def t_rel(r, d, i):
    v = version4(r)
    d("<html><body>\n<h2>Release notes — %s</h2>\n<ul>\n" % v)
    items = ["Upgraded OpenSSL bindings to %s" % version4(r), "Fixed SNMP agent OID %s returning wrong type" % oid(r),
             "Default bind address changed from 0.0.0.0 to 127.0.0.1", "New SKU format %s accepted" % sku(r),
             "Card masking now shows %s instead of the full PAN" % masked_card(r), "Holiday calendar adds %s" % r.choice(HOLIDAYS),
             "Integration with %s payroll export (build %s)" % (r.choice(COMPANIES_PEOPLE), epoch(r)),
             "Tracking numbers such as %s are validated client-side" % tracking(r), "Validation rejects Luhn-invalid test card %s" % bad_card(r, "-")]
    for it in r.sample(items, r.randint(5, 7)):
        d("  <li>%s</li>\n" % it)
    d("</ul>\n<p>Contributors: Release Engineering, QA Automation. Docs version %s.</p>\n</body></html>\n" % version4(r))

@tpl("bank_stmt_text", "free_text", 2)
def t_bank_text(r, d, i):
    p = P(r, r.choice(["NL", "BE", "IT", "PT" if False else "ES", "DE"]))
    cc = p.cc if p.cc in ("NL", "BE", "IT", "ES", "DE") else "NL"
    ib = iban(r, cc, spaced=True)
    d("%s                                   AFSCHRIFT / STATEMENT %d-%02d\n" % ({"NL": "Kustbank N.V.", "BE": "Kustbank N.V. (bijkantoor België)", "IT": "Banca Lagunare S.p.A. — filiale Amsterdam", "ES": "Caja del Ebro — sucursal Rotterdam", "DE": "Nordmark Bank AG, Zweigniederlassung Utrecht"}[cc], 2026, r.randint(1, 12)))
    d("Rekeninghouder / Account holder:   ", L("PERSON", p.full), "\n")
    d("                                   ", L("ADDRESS", address(r, cc if cc != "BE" else "NL", True).replace("\n", "\n                                   ")), "\n")
    if i == 0:
        cut = 14
        d("IBAN: ", L("IBAN", ib[:cut] + "\n      " + ib[cut:]), "          BIC: %s\n" % (_alnum(r, 4) + cc + "2A"))
    else:
        d("IBAN: ", L("IBAN", ib), "          BIC: %s\n" % (_alnum(r, 4) + cc + "2A"))
    d("-" * 72 + "\nDatum      Omschrijving                                     Bedrag (EUR)\n" + "-" * 72 + "\n")
    for k in range(r.randint(4, 6)):
        dt = fmt_date(rand_date(r, 2026, 2026), "dash_eu")
        kind = k % 3
        if kind == 0:
            q = P(r)
            d("%s SEPA overboeking naar " % dt, L("PERSON", q.full), " ", L("IBAN", iban(r, spaced=False)), "  -%d,%02d\n" % (r.randint(10, 900), r.randint(0, 99)))
        elif kind == 1:
            d("%s Betaalpas %s %s  -%d,%02d\n" % (dt, r.choice(["ALBERT HEIJN 1043", "MARKS & SPENCER", "HEMA"]), masked_card(r), r.randint(2, 120), r.randint(0, 99)))
        else:
            d("%s Incasso %s, machtiging %s  -%d,%02d\n" % (dt, r.choice(["Ziggo", "Eneco", "Zilveren Kruis"]), _alnum(r, 3) + digits(r, 9), r.randint(20, 150), r.randint(0, 99)))
    d("-" * 72 + "\nNieuw saldo: %d,%02d   Pagina 1/1   Document %s\n" % (r.randint(100, 9000), r.randint(0, 99), digits(r, 14)))

@tpl("kyc_narrative", "free_text", 3)
def t_kyc_narr(r, d, i):
    if i == 0:
        p = P(r, "IN")
        d("Field verification report — branch %s, Pune\n\n" % digits(r, 4))
        d("Visited applicant ", Pn(p), " at ", L("ADDRESS", address(r, "IN", False)), ". Aadhaar ", L("IN_AADHAAR", aadhaar(r, r.choice([" ", "-"]))),
          " matched the e-KYC response (ref %s). Mobile " % digits(r, 12), L("PHONE", phone(r, "IN")), " verified by OTP.\n")
        d("The second card shown, ", bad_aadhaar(r), ", belongs to nobody — digits transposed by the DSA, Verhoeff check fails.\n")
        d("Applicant born ", L("DATE_OF_BIRTH", fmt_date(p.dob, "eu")), "; occupation: small shop owner. Loan file %s, sanction ref %s.\n" % (digits(r, 10), version4(r)))
    elif i == 1:
        p = P(r, "SG")
        d("Onboarding memo (SG retail). Customer ", Pn(p), ", NRIC ", L("SG_NRIC", nric(r, r.choice("ST"))), ", contact ", L("PHONE", phone(r, "SG")), ".\n")
        d("Residential address per Singpass MyInfo: ", L("ADDRESS", address(r, "SG", False)), ".\n")
        bad = nric(r, "S"); bad = bad[:8] + ("A" if bad[8] != "A" else "B")
        d("Note: spouse's FIN ", L("SG_NRIC", nric(r, r.choice("FG"))), " also provided; the earlier typed value ", bad, " failed the checksum.\n")
        d("Risk rating LOW. Reviewed by ops on %s (before %s).\n" % (fmt_date(rand_date(r, 2026, 2026), "uk_long"), r.choice(["Lunar New Year", "Deepavali", "Hari Raya Puasa"])))
    else:
        p = P(r, "BR")
        d("Relatório de abertura de conta / account opening notes\n\n")
        d("Cliente: ", Pn(p), " — CPF ", L("BR_CPF", cpf(r, r.random() < 0.7)), " — nascimento ", L("DATE_OF_BIRTH", fmt_date(p.dob, "eu")), ".\n")
        d("Endereço: ", L("ADDRESS", address(r, "BR", False)), ". Celular ", L("PHONE", phone(r, "BR")), ".\n")
        d("O CPF ", bad_cpf(r), " informado no cadastro antigo tem dígito verificador inválido. Passport for travel card: ", L("PASSPORT", PASSPORT_FORMS["Brazil"](r)), " (Brazil).\n")
        d("Chave Pix: e-mail ", L("EMAIL", p.email(r)), ". Protocolo %s.\n" % digits(r, 14))

@tpl("school_newsletter", "html", 2)
def t_school_html(r, d, i):
    d("<html><body><h1>%s Elementary — Family Newsletter</h1>\n" % r.choice(["Riverside", "Kettle Creek", "Saint Agnes"]))
    d("<p>No school on %s. Book fair sponsored by %s.</p>\n" % (r.choice(HOLIDAYS), r.choice(["Barnes & Noble", "Walt Disney"])))
    if i == 0:
        t = P(r, "US"); s1 = P(r); s2 = P(r)
        d("<p>Congratulations to ", Pn(s1), " and ", Pn(s2), " for the regional spelling bee!</p>\n")
        d("<p>Questions about the field trip? Contact ", Pn(t), " at <a href=\"mailto:")
        em = t.email(r, "riverside-k12.org")
        d(L("EMAIL", em), "\">", L("EMAIL", em), "</a> or ", L("PHONE", us_phone(r)), ".</p>\n")
    else:
        s1, s2, s3 = P(r), P(r), P(r)
        d("<p>Reminder: students with asthma should keep an inhaler at the nurse's office; forms are on the website (v%s).</p>\n" % version4(r))
        d("<h2>Honor roll</h2>\n<ul><li>", Pn(s1), "</li><li>", Pn(s2), "</li><li>", Pn(s3), "</li></ul>\n")
    d("</body></html>\n")

@tpl("id_verify_ndjson", "ndjson", 3)
def t_idv(r, d, i):
    """Identity-verification vendor webhook export: one result per line, valid and failed documents."""
    kinds = [("BR", "BR_CPF", lambda p: cpf(r, r.random() < 0.5), lambda p: bad_cpf(r)),
             ("IN", "IN_AADHAAR", lambda p: aadhaar(r, r.choice(["", " "])), lambda p: bad_aadhaar(r)),
             ("SG", "SG_NRIC", lambda p: nric(r), lambda p: (lambda x: x[:8] + ("A" if x[8] != "A" else "B"))(nric(r))),
             ("CA", "CA_SIN", lambda p: sin(r, r.choice([" ", "-", ""])), lambda p: (lambda x: x[:-1] + str((int(x[-1]) + 3) % 10))(sin(r, ""))),
             ("IT", "IT_FISCAL_CODE", lambda p: fiscal_code(p), lambda p: bad_fiscal(p)),
             ("FR", "FR_NIR", lambda p: nir(r, p, False), lambda p: (lambda x: x[:13] + "%02d" % ((int(x[13:]) + 5) % 97))(nir(r, p, False))),
             ("ES", "ES_DNI", lambda p: dni(r, r.random() < 0.4), lambda p: bad_dni(r)),
             ("GB", "UK_NHS_NUMBER", lambda p: nhs(r, r.choice([" ", ""])), lambda p: bad_nhs(r))]
    order = [kinds[(i * 3 + j) % len(kinds)] for j in range(4)]
    for k, (cc, typ, good, bad) in enumerate(order):
        p = P(r, cc)
        ok = k != 3
        val = good(p) if ok else bad(p)
        if not ok:
            assert not check_value(typ, val), (typ, val)
        ev = {"event": "verification.completed", "id": "ver_%s" % _alnum(r, 12, "abcdefghijkmnpqrstuvwxyz23456789"), "created_at": epoch(r),
              "country": cc, "document_type": {"BR_CPF": "cpf", "IN_AADHAAR": "aadhaar", "SG_NRIC": "nric", "CA_SIN": "sin", "IT_FISCAL_CODE": "codice_fiscale",
                                               "FR_NIR": "nir", "ES_DNI": "dni", "UK_NHS_NUMBER": "nhs_number"}[typ],
              "document_number": L(typ, val) if ok else val,
              "status": "approved" if ok else "declined", "reason": None if ok else "checksum_mismatch",
              "subject": {"full_name": L("PERSON", p.full), "date_of_birth": L("DATE_OF_BIRTH", fmt_date(p.dob, "iso"))} if ok else {"full_name": None, "date_of_birth": None},
              "sdk_version": version4(r)}
        emit_json(d, ev, compact="spaced")
        d("\n")

@tpl("card_dispute_email", "email", 2)
def t_dispute(r, d, i):
    p = P(r, r.choice(["US", "GB", "IE", "AU" if False else "CA"])); ag = P(r, r.choice(["PH", "IN", "US"]))
    c1 = card(r, r.choice(["visa", "mc", "mc2", "amex", "disc"]), r.choice([" ", "-", ""]))
    bank = r.choice(["harbourcard.com", "tidewaterbank.com"])
    d("From: ", L("EMAIL", p.email(r)), "\nTo: ", L("EMAIL", "disputes@" + bank), "\nSubject: Fwd: unauthorised charge – please help!!\n\n")
    d("hi, forwarding below. The card is ", L("CREDIT_CARD", c1), " and the charge from %s on %s is NOT me.\n" % (r.choice(["WALT DISNEY PARKS", "DELL MARKETING", "MARKS&SPENCER ONLINE"]), fmt_date(rand_date(r, 2026, 2026), "us")))
    d("I still have the old one ending %s but that was cancelled. My DOB is " % digits(r, 4), L("DATE_OF_BIRTH", fmt_date(p.dob, "us")), " if you need it for verification.\n")
    d("thx\n", Pn(p, "given"), "\n\n---------- Forwarded message ---------\nFrom: ", L("EMAIL", "alerts@" + bank), "\nDate: %s\n\n" % ts(r))
    quoted(d, ["Dear ", Pn(p), ",\nA purchase of $%d.%02d was made with your card %s at %s. Reply STOP to opt out.\nRef %s" % (r.randint(40, 2400), r.randint(0, 99), masked_card(r), ip_like_store(r), non_luhn(r, 16))])
    d("\n--- agent reply (", Pn(ag), ") ---\nCase DSP-%s opened. Provisional credit issued; new card mailed to the address on file. Please never email full card numbers.\n" % digits(r, 8))

def ip_like_store(r):
    return "STORE %s (terminal v%s)" % (digits(r, 5), version4(r))

@tpl("ca_tax_slip", "form", 2)
def t_t4(r, d, i):
    p = P(r, "CA" if i else r.choice(["PH", "IN", "CA"]))
    emp = r.choice(["Ouellet Transport Inc.", "Prairie Grain Co-op", "Boulangerie Saint-Viateur"])
    if i == 0:
        d("T4  Statement of Remuneration Paid / État de la rémunération payée          2025\n\n")
        d("Employer's name / Nom de l'employeur: %s     Payroll account: %sRP0001\n" % (emp, digits(r, 9)))
        d("Box 12  Social insurance number / Numéro d'assurance sociale:  ", L("CA_SIN", sin(r, " ")), "\n")
        d("Employee's name and address / Nom et adresse de l'employé:\n  Last name ", L("PERSON", p.family.upper()), "   First name ", L("PERSON", p.given), "\n  ",
          L("ADDRESS", address(r, "CA", True).replace("\n", "\n  ")), "\n")
        d("Box 14  Employment income: %d.%02d    Box 16 CPP: %d.%02d    Box 22 Income tax: %d.%02d\n" % (r.randint(30000, 90000), r.randint(0, 99), r.randint(1500, 3900), r.randint(0, 99), r.randint(3000, 20000), r.randint(0, 99)))
        d("Box 29  Employment code: 11    Province of employment: %s\n" % r.choice(["QC", "MB", "SK"]))
    else:
        d("RELEVÉ 1 — Revenus d'emploi et revenus divers   Année 2025   No séquentiel %s\n" % digits(r, 9))
        d("Nom de famille: ", L("PERSON", p.family), "   Prénom: ", L("PERSON", p.given), "\n")
        d("NAS: ", L("CA_SIN", sin(r, "-")), "      No de référence: %s\n" % digits(r, 7))
        d("Adresse: ", L("ADDRESS", address(r, "CA", False)), "\n")
        d("Case A  Revenus d'emploi: %d,%02d $    Case E  Impôt du Québec retenu: %d,%02d $\n" % (r.randint(30000, 90000), r.randint(0, 99), r.randint(3000, 15000), r.randint(0, 99)))
        d("Employeur: %s — NEQ %s\n" % (emp, digits(r, 10)))
        d("Un NAS mal saisi (%s) a été corrigé le %s.\n" % ((lambda x: x[:3] + "-" + x[3:6] + "-" + x[6:8] + str((int(x[8]) + 4) % 10))(sin(r, "")), fmt_date(rand_date(r, 2026, 2026), "fr")))

@tpl("whatsapp_kyc", "chat", 2)
def t_wa(r, d, i):
    p = P(r, "IN" if i == 0 else "BR"); ag = (L("PERSON", "Priya"), " (Support)") if i == 0 else ("Atendimento Banco Jacarandá",)
    day = rand_date(r, 2026, 2026)
    hh, mm = r.randint(9, 19), r.randint(0, 30)
    def line(who, *parts):
        nonlocal mm
        mm += r.randint(1, 3)
        d("[%02d/%02d/%02d, %02d:%02d] " % (day[2], day[1], day[0] % 100, hh, mm % 60), *(who if isinstance(who, tuple) else (who,)), ": ", *parts)
        d("\n")
    if i == 0:
        line(ag, "Namaste! For re-KYC please share your Aadhaar number and registered mobile.")
        line(Pn(p), "aadhar is ", L("IN_AADHAAR", aadhaar(r, r.choice([" ", ""]))), " mobile same as before ", L("PHONE", phone(r, "IN")))
        line(ag, "Thank you ", Pn(p, "given"), ". The number on our file was ", bad_aadhaar(r), ", looks like a typo. Updating now.")
        line(Pn(p), "ok. also my new address ", L("ADDRESS", address(r, "IN", False)))
        line(ag, "Done. Ticket %s. Please do not share OTP with anyone. Happy Diwali in advance!" % digits(r, 10))
    else:
        line(ag, "Olá! Para desbloquear o cartão, informe o CPF do titular.")
        line(Pn(p), "oi, é ", L("BR_CPF", cpf(r, r.random() < 0.5)), " . nasci em ", L("DATE_OF_BIRTH", fmt_date(p.dob, "eu")))
        line(ag, "Obrigado, ", Pn(p, "given"), ". Confirme o e-mail cadastrado, por favor.")
        line(Pn(p), L("EMAIL", p.email(r)))
        line(ag, "Cartão desbloqueado. Protocolo %s. Versão do app recomendada: %s" % (digits(r, 14), version4(r)))

@tpl("formulary_neg", "csv", 1)
def t_formulary(r, d, i):
    row(d, ["ndc", "drug_name", "strength", "form", "tier", "prior_auth", "unit_price_usd", "catalog_version"])
    for m in r.sample(MEDS, 9):
        row(d, ["%s-%s-%s" % (digits(r, 5), digits(r, 4), digits(r, 2)), m, r.choice(["10 mg", "500 mg", "100 mcg", "40 mg", "0.5 mg/0.5 mL"]),
                r.choice(["tablet", "capsule", "pen injector", "inhaler"]), str(r.randint(1, 5)), r.choice(["Y", "N"]), "%.2f" % r.uniform(0.05, 900), version4(r)])

@tpl("privacy_notice_neg", "html", 1)
def t_privacy(r, d, i):
    d("<html><body><h1>Privacy Notice</h1>\n<p>Last updated %s (policy v%s).</p>\n" % (fmt_date(rand_date(r, 2025, 2026), "long"), version4(r)))
    d("<h2>What We Collect</h2>\n<table><tr><th>Category</th><th>Examples</th><th>Retention</th></tr>\n")
    for cat, ex, ret in [("Identity Data", "Full Name, Date Of Birth, Passport Number", "6 years"), ("Contact Data", "Email Address, Phone Number, Postal Address", "2 years"),
                         ("Financial Data", "IBAN, Card Number (stored masked, e.g. %s)" % masked_card(r), "7 years"), ("Health Data", "Diagnoses, Medications, Allergies", "10 years"),
                         ("Technical Data", "IP Address, Device ID, Browser Version", "13 months")]:
        d("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (cat, ex, ret))
    d("</table>\n<p>Our processors include %s and %s. Requests are answered within 30 days, except around %s.</p>\n</body></html>\n" % (r.choice(COMPANIES_PEOPLE), r.choice(COMPANIES_PEOPLE), r.choice(HOLIDAYS)))

# ----------------------------------------------------------------------------------------------
# build + validation
# ----------------------------------------------------------------------------------------------
def classify(ents):
    types = {e["type"] for e in ents}
    if types & RESTRICTED: return "RESTRICTED"
    if types & CONFIDENTIAL: return "CONFIDENTIAL"
    return "INTERNAL"

def validate(rec):
    t, ents, fmt = rec["text"], rec["entities"], rec["format"]
    assert fmt in FORMATS, fmt
    last = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert e["type"] in RESTRICTED | CONFIDENTIAL | INTERNAL, e
        s = t[e["start"]:e["end"]]
        assert s and s == s.strip(), (rec["id"], e, repr(s))
        assert e["start"] >= last, ("overlap", rec["id"], e)
        last = e["end"]
        assert check_value(e["type"], s), ("checksum", rec["id"], e["type"], s)
    assert rec["classification"] == classify(ents)
    if fmt == "json" or fmt == "fhir_json":
        json.loads(t)
    if fmt == "ndjson":
        for ln in t.splitlines():
            if ln.strip(): json.loads(ln)
    if fmt in ("csv", "tsv"):
        delim = "\t" if fmt == "tsv" else (";" if t.split("\n", 1)[0].count(";") > t.split("\n", 1)[0].count(",") else ",")
        rows = list(csv.reader(io.StringIO(t), delimiter=delim))
        rows = [x for x in rows if x]
        assert len({len(x) for x in rows}) == 1, (rec["id"], [len(x) for x in rows])

CARD_PREFIX = re.compile(r"^(4|5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6011|65|35)")
def leak_check(rec):
    """Warn about unlabelled runs that look like valid identifiers (possible accidental positives)."""
    t = rec["text"]
    covered = [(e["start"], e["end"]) for e in rec["entities"]]
    def cov(a, b):
        return any(a < e and s < b for s, e in covered)
    out = []
    for m in re.finditer(r"(?<![\w.])\d(?:[ -]?\d){12,18}(?![\w.])", t):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19 and luhn_ok(ds) and CARD_PREFIX.match(ds) and not cov(*m.span()):
            out.append(("card-like", m.group()))
    for m in re.finditer(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", t):
        if ssn_ok(m.group().replace("-", "")) and not cov(*m.span()):
            out.append(("ssn-like", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", t):
        if iban_ok(m.group()) and not cov(*m.span()):
            out.append(("iban-like", m.group()))
    return out

def build():
    recs = []
    for name, fmt, n, f in TEMPLATES:
        for i in range(n):
            r = random.Random("%s:%s:%d" % (SEED, name, i))
            d = Doc(fmt)
            f(r, d, i)
            ents = sorted(d.ents, key=lambda e: e["start"])
            rec = {"id": "h3_%s-%d" % (name, i), "text": d.text(), "entities": ents, "classification": classify(ents), "format": fmt}
            validate(rec)
            for w in leak_check(rec):
                print("LEAK?", rec["id"], w, file=sys.stderr)
            recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return recs

def report(recs):
    print("documents:", len(recs))
    print("no-entity documents:", sum(1 for x in recs if not x["entities"]))
    for title, c in (("classification", Counter(x["classification"] for x in recs)),
                     ("format", Counter(x["format"] for x in recs)),
                     ("entity type", Counter(e["type"] for x in recs for e in x["entities"]))):
        print("\n%s:" % title)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    report(build())
