#!/usr/bin/env python3
"""holdout37 - independent PII/PHI evaluation corpus for an online marketplace.
Standard library only. Deterministic. Written from the public contract (LABELS.md / BRIEF) only."""
import json, random, csv, io, re, sys, hashlib, uuid
from collections import Counter

SEED = "holdout37/marketplace-otter-4419"
OUT = "/tmp/holdout37/holdout37.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LEVNAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
class L:
    __slots__ = ("t", "v")
    def __init__(self, t, v):
        assert t in LEVEL, t
        self.t, self.v = t, v

class M:
    """a string that mixes plain text and labelled values"""
    def __init__(self, *parts):
        self.parts = parts
    def plain(self):
        return "".join(p.v if isinstance(p, L) else p for p in self.parts)

class Doc:
    def __init__(self):
        self.buf, self.n, self.ents = [], 0, []
    def _a(self, x):
        self.buf.append(x); self.n += len(x)
    def t(self, *parts):
        for p in parts:
            if isinstance(p, L):
                st = self.n; self._a(p.v); self.ents.append((p.t, st, self.n))
            elif isinstance(p, M):
                self.t(*p.parts)
            elif isinstance(p, (list, tuple)):
                self.t(*p)
            else:
                self._a(str(p))
        return self
    def text(self):
        return "".join(self.buf)

def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jstr(d, v):
    if isinstance(v, L):
        assert _jesc(v.v) == v.v, v.v
        d.t('"', v, '"')
    elif isinstance(v, M):
        d.t('"')
        for p in v.parts:
            if isinstance(p, L):
                assert _jesc(p.v) == p.v, p.v
                d.t(p)
            else:
                d.t(_jesc(p))
        d.t('"')
    else:
        d.t(json.dumps(v, ensure_ascii=False))

def js(d, o, indent=2, lvl=0):
    """emit JSON; indent=None -> one line"""
    if isinstance(o, dict):
        if not o:
            d.t("{}"); return
        d.t("{")
        items = list(o.items())
        for i, (k, v) in enumerate(items):
            if indent is not None:
                d.t("\n" + " " * (indent * (lvl + 1)))
            d.t(json.dumps(k, ensure_ascii=False), ": ")
            js(d, v, indent, lvl + 1)
            if i < len(items) - 1:
                d.t("," if indent is not None else ", ")
        if indent is not None:
            d.t("\n" + " " * (indent * lvl))
        d.t("}")
    elif isinstance(o, list):
        if not o:
            d.t("[]"); return
        d.t("[")
        for i, v in enumerate(o):
            if indent is not None:
                d.t("\n" + " " * (indent * (lvl + 1)))
            js(d, v, indent, lvl + 1)
            if i < len(o) - 1:
                d.t("," if indent is not None else ", ")
        if indent is not None:
            d.t("\n" + " " * (indent * lvl))
        d.t("]")
    else:
        jstr(d, o)

def row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        plain = c.v if isinstance(c, L) else (c.plain() if isinstance(c, M) else str(c))
        need = (sep in plain) or ('"' in plain) or ("\n" in plain)
        if not need:
            d.t(c)
        else:
            d.t('"')
            parts = c.parts if isinstance(c, M) else [c]
            for p in parts:
                if isinstance(p, L):
                    assert '"' not in p.v
                    d.t(p)
                else:
                    d.t(str(p).replace('"', '""'))
            d.t('"')
    d.t("\n")

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def rdig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)

def iban_ok(iban):
    s = iban.replace(" ", "").replace("\n", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
def cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65
def cf_char(s):
    tot = sum(CF_ODD[ch] if i % 2 == 0 else cf_even(ch) for i, ch in enumerate(s))
    return chr(65 + tot % 26)

def es_ccc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)

def make_iban(r, cc):
    if cc == "DE": bban = r.choice(["10070000", "50010517", "20041133", "37040044"]) + rdig(r, 10)
    elif cc == "FR":
        b, g, a = r.choice(["30004", "20041", "30003", "10107"]), rdig(r, 5), rdig(r, 11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        bban = b + g + a + "%02d" % key
    elif cc == "ES":
        b, g, a = r.choice(["2100", "0049", "0182", "2038"]), rdig(r, 4), rdig(r, 10)
        bban = b + g + str(es_ccc("00" + b + g)) + str(es_ccc(a)) + a
    elif cc == "IT":
        rest = r.choice(["03069", "02008", "05034"]) + rdig(r, 5) + rdig(r, 12)
        bban = cf_char(rest) + rest
    elif cc == "NL": bban = r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rdig(r, 10)
    elif cc == "GB": bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + rdig(r, 14)
    elif cc == "IE": bban = r.choice(["AIBK", "BOFI"]) + rdig(r, 14)
    elif cc == "PT":
        b = "0035" + rdig(r, 4) + rdig(r, 11)
        bban = b + "%02d" % (98 - (int(b) * 100) % 97)
    elif cc == "PL": bban = rdig(r, 24)
    elif cc == "SE": bban = r.choice(["500", "800", "300"]) + rdig(r, 17)
    elif cc == "RO": bban = r.choice(["BTRL", "RNCB", "INGB"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16))
    elif cc == "TR": bban = r.choice(["00062", "00010", "00046"]) + "0" + rdig(r, 16)
    elif cc == "BE": bban = rdig(r, 12)
    elif cc == "PK": bban = r.choice(["SCBL", "HABB", "MEZN"]) + rdig(r, 16)
    elif cc == "BR": bban = rdig(r, 8) + rdig(r, 5) + rdig(r, 10) + "C1"
    elif cc == "MA": return make_iban(r, "FR")  # fallback: Moroccan sellers often pay out to a FR account
    else: raise ValueError(cc)
    ib = cc + iban_check(cc, bban) + bban
    assert iban_ok(ib)
    return ib

def bad_iban(r, cc="DE"):
    ib = make_iban(r, cc)
    ck = int(ib[2:4])
    ib2 = ib[:2] + "%02d" % ((ck + r.randint(1, 9)) % 100 if ck < 90 else ck - 7) + ib[4:]
    assert not iban_ok(ib2)
    return ib2

def card(r, brand=None):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex", "disc", "jcb", "unionpay"])
    if brand == "visa": body = "4" + rdig(r, 14)
    elif brand == "mc": body = str(r.randint(51, 55)) + rdig(r, 13)
    elif brand == "mc2": body = str(r.randint(2221, 2720)) + rdig(r, 11)
    elif brand == "amex": body = r.choice(["34", "37"]) + rdig(r, 12)
    elif brand == "disc": body = "6011" + rdig(r, 11)
    elif brand == "jcb": body = str(r.randint(3528, 3589)) + rdig(r, 11)
    else: body = "62" + rdig(r, 13)
    n = luhn_complete(body)
    if len(n) == 15:
        return n, "%s %s %s" % (n[:4], n[4:10], n[10:])
    return n, group4(n)

def bad_card(r):
    n, _ = card(r, "visa")
    last = (int(n[-1]) + r.randint(1, 9)) % 10
    b = n[:-1] + str(last)
    assert not luhn_ok(b)
    return b

def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))

def sin(r):
    while True:
        n = luhn_complete(r.choice("1234567") + rdig(r, 7))
        if n: return "%s %s %s" % (n[:3], n[3:6], n[6:])

def bad_sin(r):
    s = sin(r).replace(" ", "")
    b = s[:-1] + str((int(s[-1]) + 3) % 10)
    assert not luhn_ok(b)
    return "%s-%s-%s" % (b[:3], b[3:6], b[6:])

def nhs(r, valid=True):
    while True:
        b = rdig(r, 9)
        if b[0] == "0": continue
        c = 11 - sum(int(x) * w for x, w in zip(b, range(10, 1, -1))) % 11
        if c == 11: c = 0
        if c == 10: continue
        if not valid: c = (c + 1) % 10
        n = b + str(c)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])

def nino(r, compact=False):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if p[0] in bad1 or p[1] in bad2 or p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): continue
        break
    d = rdig(r, 6); s = r.choice("ABCD")
    return p + d + s if compact else "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)

VH_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
        [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VH_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,7,8,6,0],
        [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VH_INV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(ch)]]
    return str(VH_INV[c])
def aadhaar(r, valid=True):
    b = r.choice("23456789") + rdig(r, 10)
    n = b + verhoeff_digit(b)
    if not valid:
        n = n[:-1] + str((int(n[-1]) + 1) % 10)
        assert not verhoeff_ok(n)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])

def cpf(r, valid=True):
    while True:
        b = [int(x) for x in rdig(r, 9)]
        if len(set(b)) > 1: break
    d1 = sum(x * w for x, w in zip(b, range(10, 1, -1))) % 11
    d1 = 0 if d1 < 2 else 11 - d1
    d2 = sum(x * w for x, w in zip(b + [d1], range(11, 1, -1))) % 11
    d2 = 0 if d2 < 2 else 11 - d2
    if not valid: d2 = (d2 + 1) % 10
    s = "".join(map(str, b)) + str(d1) + str(d2)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni(r, valid=True):
    n = r.randint(10000000, 79999999)
    l = DNI_L[n % 23]
    if not valid: l = DNI_L[(n + 5) % 23]
    return "%08d%s" % (n, l)
def nie(r):
    p = r.choice("XYZ"); n = rdig(r, 7)
    return "%s-%s-%s" % (p, n, DNI_L[int("XYZ".index(p).__str__() + n) % 23])

def nir(r, sex, yy, mm, valid=True):
    dept = r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "2A", "2B", "06"])
    com, order = "%03d" % r.randint(1, 990), "%03d" % r.randint(1, 999)
    s = "%d%02d%02d%s%s%s" % (sex, yy, mm, dept, com, order)
    num = int(s.replace("2A", "19").replace("2B", "18"))
    key = 97 - num % 97
    if not valid: key = (key % 96) + 1
    return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], key)

def steuer_id(r, valid=True):
    while True:
        ds = r.sample("0123456789", 9)
        dup = r.choice(ds)
        body = ds + [dup]
        r.shuffle(body)
        if body[0] != "0": break
    body = "".join(body)
    prod = 10
    for ch in body:
        s = (int(ch) + prod) % 10
        if s == 0: s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    if c == 10: c = 0
    if not valid: c = (c + 1) % 10
    return body + str(c)

def steuer_ok(s):
    prod = 10
    for ch in s[:10]:
        x = (int(ch) + prod) % 10
        if x == 0: x = 10
        prod = (x * 2) % 11
    c = 11 - prod
    return (0 if c == 10 else c) == int(s[10])

CF_MONTH = "ABCDEHLMPRST"
def _cons(s): return [c for c in s if c.isalpha() and c not in "AEIOU"]
def _vow(s): return [c for c in s if c in "AEIOU"]
def _fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if c.isalpha() and ord(c) < 128)
def cod_fisc(family, given, y, m, dday, female, valid=True):
    f, g = _fold(family), _fold(given)
    sur = (_cons(f) + _vow(f) + ["X"] * 3)[:3]
    gc = _cons(g)
    nm = [gc[0], gc[2], gc[3]] if len(gc) >= 4 else (gc + _vow(g) + ["X"] * 3)[:3]
    belf = random.Random(family + given).choice(["H501", "F205", "F839", "L219", "G273", "A662", "D612", "C351", "L736", "A944"])
    s = "".join(sur + nm) + "%02d" % (y % 100) + CF_MONTH[m - 1] + "%02d" % (dday + (40 if female else 0)) + belf
    ch = cf_char(s)
    if not valid: ch = chr(65 + (ord(ch) - 65 + 3) % 26)
    return s + ch

NRIC_ST, NRIC_FG = "JZIHGFEDCBA", "XWUTRQPNMLK"
def nric(r, prefix=None, valid=True):
    p = prefix or r.choice("STFG")
    d = rdig(r, 7)
    tot = sum(int(a) * w for a, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    tab = NRIC_ST if p in "ST" else NRIC_FG
    ch = tab[tot % 11]
    if not valid: ch = tab[(tot + 2) % 11]
    return p + d + ch

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi(r, dashed=False):
    an = MBI_A + "0123456789"
    c = [r.choice("123456789"), r.choice(MBI_A), r.choice(an), r.choice("0123456789"), r.choice(MBI_A), r.choice(an),
         r.choice("0123456789"), r.choice(MBI_A), r.choice(MBI_A), r.choice("0123456789"), r.choice("0123456789")]
    s = "".join(c)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s

def selftest():
    assert luhn_ok("4111111111111111") and luhn_ok("046454286")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert cf_char("RSSMRA85T10A562") == "S"
    assert nric.__name__ and (lambda d: NRIC_ST[(sum(int(a)*w for a, w in zip(d, [2,7,6,5,4,3,2]))) % 11])("1234567") == "D"
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert steuer_ok("86095742719")
    assert es_ccc("0000000000") == 0
    # NHS example 943 476 5919
    b = "943476591"; c = 11 - sum(int(x) * w for x, w in zip(b, range(10, 1, -1))) % 11
    assert c == 9
    # DNI example 12345678Z
    assert DNI_L[12345678 % 23] == "Z"
    # CPF example 529.982.247-25
    b = [5,2,9,9,8,2,2,4,7]
    d1 = sum(x * w for x, w in zip(b, range(10, 1, -1))) % 11; d1 = 0 if d1 < 2 else 11 - d1
    assert d1 == 2
selftest()

# ---------------------------------------------------------------- people
# cc: (male given, female given, family, family_first)
NAMES = {
 "US": ("Tyrell Dashiell Brantley Rhett", "Kaylee Shaniqua Marisol Delaney", "Okonkwo-Hayes Pettigrew Villalobos Brannigan Kowalczyk Whitlock", 0),
 "CA": ("Étienne Gurpreet Mathis Callum", "Maëlle Noor Siobhan Océane", "Tremblay Lévesque Dhaliwal Bouchard-Nadeau MacIsaac Gagnon", 0),
 "MX": ("Ulises Jesús Eduardo Itzcóatl", "Xóchitl Guadalupe Ximena Citlali", "Hernández Cuauhtle Zapata de la Garza Ortega Quetzal", 0),
 "BR": ("Thiago João Caio Heitor", "Luíza Thaís Iara Conceição", "da Silva Araújo dos Santos Gonçalves Bezerra Nogueira", 0),
 "AR": ("Facundo Agustín Lautaro Gonzalo", "Milagros Agustina Florencia Abril", "Fernández Iturraspe Goñi Sosa Benítez Etcheverry", 0),
 "GB": ("Alfie Rhys Callum Jerome", "Imogen Niamh Poppy Ffion", "Featherstonehaugh Ellery Ashdown-Reeve Odukoya Pritchard Llewelyn", 0),
 "IE": ("Oisín Ciarán Pádraig Darragh", "Saoirse Aoife Gráinne Clodagh", "Ó Súilleabháin Ní Dhomhnaill Mac Cárthaigh Fitzgerald Ó Briain Breathnach", 0),
 "FR": ("Gaëtan Loïc Anatole Thibault", "Maëlys Solène Héloïse Capucine", "Lefèvre de Villepin Château-Renaud Ducasse Rousseau-Ba d'Anglemont", 0),
 "DE": ("Jörg Malte Lennart Björn", "Wiebke Jördis Ronja Hannelore", "Müller-Lüdenscheidt von der Heyde Schwarzkopf Übelacker Kranz Petersen", 0),
 "PL": ("Przemysław Grzegorz Wojciech Szymon", "Małgorzata Zuzanna Bożena Agnieszka", "Wróblewski Szczepańska Grzybowski Kaczmarek Zając Chmielewski", 0),
 "NL": ("Joost Sjoerd Bram Teun", "Femke Lieke Marieke Anouk", "van der Berg de Vries van 't Hek Bakker Hoekstra ter Horst", 0),
 "SE": ("Björn Linus Anders Måns", "Åsa Linnéa Ebba Saga", "Lindqvist Åkesson Sjöberg Nyström Engström Wallin", 0),
 "ES": ("Íñigo Xabier Jordi Álvaro", "Ainhoa Nuria Begoña Montserrat", "García-Arrieta Etxeberria Puig i Ferrer Ibáñez Olazábal Núñez", 0),
 "PT": ("Gonçalo Duarte Tomás Rui", "Inês Leonor Matilde Beatriz", "Magalhães Carvalho Sequeira Figueiredo Antunes Lopes", 0),
 "IT": ("Gianluca Matteo Pierpaolo Salvatore", "Chiara Beatrice Ludovica Graziella", "Esposito Lo Russo D'Amico Bianchi Castellucci Zanetti", 0),
 "RO": ("Mihai Răzvan Ionuț Bogdan", "Ioana Andreea Ștefania Bianca", "Popescu Rădulescu Ionescu Munteanu Dumitrașcu Vlad", 0),
 "TR": ("Emre Oğuzhan Çağlar Mehmet", "Zeynep Gülşen Ayşe Büşra", "Yılmaz Öztürk Kılıç Şahin Çelik Doğan", 0),
 "MA": ("Youssef Hamza Anouar Mehdi", "Fatima-Zahra Salma Khadija Imane", "El Amrani Benjelloun Alaoui Tazi Ouazzani Bennani", 0),
 "NG": ("Chukwuemeka Oluwaseun Babatunde Ikenna", "Ngozi Folasade Chiamaka Adaeze", "Adeyemi Okafor Nwachukwu Balogun Eze Oyelaran", 0),
 "KE": ("Kipchoge Otieno Wanjiru Mwangi", "Achieng Wambui Njeri Chebet", "Kamau Odhiambo Mutua Cheruiyot Wekesa Njoroge", 0),
 "ZA": ("Sipho Thabo Pieter Lwazi", "Nomvula Lerato Anri Zanele", "Dlamini van Wyk Nkosi Botha Mokoena Pillay", 0),
 "IN": ("Arjun Venkatesh Harpreet Siddharth", "Ananya Lakshmi Priyanka Deepika", "Raghunathan Chattopadhyay Iyer Deshmukh Sandhu Kulkarni", 0),
 "PK": ("Bilal Usman Hamza Zeeshan", "Ayesha Mahnoor Sana Hira", "Qureshi Chaudhry Siddiqui Malik Abbasi Shah", 0),
 "ID": ("Bambang Agus Dimas Wahyu", "Siti Dewi Putri Ayu", "Santoso Wibowo Nugroho Hidayat Kusuma Sitompul", 0),
 "VN": ("Minh Tuấn Quang Đức", "Lan Thảo Ngọc Hương", "Nguyễn Trần Lê Phạm Hoàng Võ", 1),
 "PH": ("Jericho Rodel Bong Marlon", "Maricel Joy Rowena Lourdes", "dela Cruz Bautista Macapagal Villanueva Dimaculangan Soriano", 0),
 "CN": ("Wei Haoran Zhiqiang Jun", "Xiaoling Yuting Meiling Jing", "Zhang Ouyang Chen Liu Xu Huang", 1),
 "JP": ("Haruto Kenji Daisuke Takumi", "Yui Haruka Sakura Aoi", "Takahashi Watanabe Yamaguchi Kobayashi Nakamura Inoue", 1),
 "KR": ("Min-jun Seo-jun Ji-ho Hyun-woo", "Seo-yeon Ji-woo Ha-eun Soo-ah", "Kim Park Choi Jeong Kang Yoon", 1),
 "AU": ("Lachlan Jarrah Hamish Kieran", "Matilda Kirra Isla Brooke", "McAllister Nguyen-Walsh Fairweather Campbell Tran Hollis", 0),
}
# multi-word family names are separated by spaces in the strings above; re-split them explicitly:
FAM_FIX = {
 "MX": ["Hernández", "Cuauhtle", "Zapata", "de la Garza", "Ortega", "Quetzal"],
 "BR": ["da Silva", "Araújo", "dos Santos", "Gonçalves", "Bezerra", "Nogueira"],
 "IE": ["Ó Súilleabháin", "Ní Dhomhnaill", "Mac Cárthaigh", "Fitzgerald", "Ó Briain", "Breathnach"],
 "FR": ["Lefèvre", "de Villepin", "Château-Renaud", "Ducasse", "Rousseau-Ba", "d'Anglemont"],
 "DE": ["Müller-Lüdenscheidt", "von der Heyde", "Schwarzkopf", "Übelacker", "Kranz", "Petersen"],
 "NL": ["van der Berg", "de Vries", "van 't Hek", "Bakker", "Hoekstra", "ter Horst"],
 "ES": ["García-Arrieta", "Etxeberria", "Puig i Ferrer", "Ibáñez", "Olazábal", "Núñez"],
 "IT": ["Esposito", "Lo Russo", "D'Amico", "Bianchi", "Castellucci", "Zanetti"],
 "MA": ["El Amrani", "Benjelloun", "Alaoui", "Tazi", "Ouazzani", "Bennani"],
 "ZA": ["Dlamini", "van Wyk", "Nkosi", "Botha", "Mokoena", "Pillay"],
 "PH": ["dela Cruz", "Bautista", "Macapagal", "Villanueva", "Dimaculangan", "Soriano"],
}
FIRST_FIX = {"MA": (["Youssef", "Hamza", "Anouar", "Mehdi"], ["Fatima-Zahra", "Salma", "Khadija", "Imane"]),
             "VN": (["Minh", "Tuấn", "Quang", "Đức"], ["Lan", "Thảo", "Ngọc", "Hương"])}
COUNTRIES = list(NAMES)
SYL = ["ka", "ro", "vel", "tin", "zu", "bra", "mi", "dor", "quen", "sa", "lo", "ve", "ny", "thar", "ob", "ix", "ul", "per", "gwi", "yse", "ond", "rha"]

def invent(r, n=None):
    n = n or r.randint(2, 3)
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()

class Person:
    def __init__(self, r, cc=None, female=None):
        self.cc = cc or r.choice(COUNTRIES)
        m, f, fam, ff = NAMES[self.cc]
        m, f = m.split(), f.split()
        if self.cc in FIRST_FIX: m, f = FIRST_FIX[self.cc]
        fams = FAM_FIX.get(self.cc, fam.split())
        self.female = r.random() < 0.5 if female is None else female
        self.given = r.choice(f if self.female else m)
        self.family = r.choice(fams)
        if r.random() < 0.12: self.given = invent(r)
        if r.random() < 0.12: self.family = invent(r)
        self.family_first = bool(ff)
        self.middle = r.choice("ABCDEFGHJKLMNPRSTW") if (self.cc in ("US", "CA", "AU", "GB") and r.random() < 0.3) else ""
        y = r.randint(1948, 2004); mo = r.randint(1, 12); d = r.randint(1, 28)
        self.dob = (y, mo, d)
    @property
    def full(self):
        if self.family_first: return "%s %s" % (self.family, self.given)
        if self.middle: return "%s %s. %s" % (self.given, self.middle, self.family)
        return "%s %s" % (self.given, self.family)
    def style(self, r):
        k = r.randint(0, 5)
        if k == 0: return "%s, %s" % (self.family.upper(), self.given)
        if k == 1 and not self.family_first: return "%s. %s" % (self.given[0], self.family)
        if k == 2: return self.full.upper()
        return self.full
    def email(self, r, dom=None):
        import unicodedata
        def a(s): return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if c.isalnum() and ord(c) < 128)
        dom = dom or r.choice(EMAIL_DOM.get(self.cc, []) + ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com"])
        k = r.randint(0, 3)
        loc = [a(self.given) + "." + a(self.family), a(self.given)[0] + a(self.family) + str(r.randint(1, 99)),
               a(self.family) + "_" + a(self.given), a(self.given) + str(r.randint(1970, 2005))][k]
        return loc + "@" + dom

EMAIL_DOM = {"FR": ["orange.fr", "free.fr", "laposte.net"], "DE": ["web.de", "gmx.de", "t-online.de"], "GB": ["btinternet.com", "sky.com"],
             "BR": ["uol.com.br", "bol.com.br"], "MX": ["prodigy.net.mx"], "PL": ["wp.pl", "onet.pl", "interia.pl"], "IT": ["libero.it", "tiscali.it"],
             "JP": ["docomo.ne.jp", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"], "IN": ["rediffmail.com"],
             "RO": ["yahoo.ro"], "TR": ["hotmail.com.tr"], "NL": ["ziggo.nl", "kpnmail.nl"], "SE": ["telia.com"], "ES": ["telefonica.net"],
             "AU": ["bigpond.com"], "ZA": ["mweb.co.za"], "KE": ["safaricom.co.ke"], "NG": ["yahoo.com.ng"], "VN": ["fpt.vn"]}

def dstr(dob, fmt):
    y, m, d = dob
    MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y), "eu": "%02d/%02d/%04d" % (d, m, y),
            "dot": "%02d.%02d.%04d" % (d, m, y), "long": "%d %s %d" % (d, MON[m - 1], y), "uslong": "%s %d, %d" % (MON[m - 1], d, y),
            "hl7": "%04d%02d%02d" % (y, m, d), "dash": "%02d-%02d-%04d" % (d, m, y), "jp": "%04d/%02d/%02d" % (y, m, d)}[fmt]

DFMT = {"US": "us", "CA": "iso", "MX": "eu", "BR": "eu", "AR": "eu", "GB": "eu", "IE": "eu", "FR": "eu", "DE": "dot", "PL": "dot",
        "NL": "dash", "SE": "iso", "ES": "eu", "PT": "eu", "IT": "eu", "RO": "dot", "TR": "dot", "MA": "eu", "NG": "eu", "KE": "eu",
        "ZA": "iso", "IN": "eu", "PK": "eu", "ID": "eu", "VN": "eu", "PH": "uslong", "CN": "iso", "JP": "jp", "KR": "iso", "AU": "eu"}

# ---------------------------------------------------------------- addresses
US_CITIES = [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"), ("Duluth", "MN", "558"), ("Savannah", "GA", "314"),
             ("Albany", "NY", "122"), ("Fresno", "CA", "937"), ("El Paso", "TX", "799"), ("Madison", "WI", "537"), ("Boulder", "CO", "803"),
             ("Scranton", "PA", "185"), ("Lansing", "MI", "489"), ("Trenton", "NJ", "086"), ("Tampa", "FL", "336"), ("Peoria", "IL", "616"),
             ("Worcester", "MA", "016"), ("Roanoke", "VA", "240"), ("Frederick", "MD", "217")]

def address(r, cc):
    n = r.randint(2, 980)
    C = r.choice
    if cc == "US":
        city, st, z = C(US_CITIES)
        unit = C(["", "", " Apt 4B", " #212", " Unit 7", " Ste 300"])
        lines = ["%d %s %s%s" % (n, C(["Magnolia", "Old Post", "Cedar Hollow", "Juniper", "Wabash", "Tamarack"]), C(["St", "Ave", "Rd", "Blvd", "Ln", "Dr"]), unit),
                 "%s, %s %s%s" % (city, st, z, rdig(r, 2))]
        return dict(lines=lines, street=lines[0], city=city, region=st, postcode=lines[1].split()[-1], country="United States", cc=cc)
    if cc == "CA":
        city, pv, pc = C([("Halifax", "NS", "B3H 4R2"), ("Winnipeg", "MB", "R3C 0V8"), ("Laval", "QC", "H7N 4Z8"), ("Saskatoon", "SK", "S7K 3J6"), ("Kelowna", "BC", "V1Y 6H2"), ("Sudbury", "ON", "P3E 2C6")])
        st = "%d %s" % (n, C(["rue Saint-Denis", "Portage Ave", "Spring Garden Rd", "Bernard Ave", "Elm St"]))
        if r.random() < 0.4: st = "%d-%s" % (r.randint(101, 1808), st)
        return dict(lines=[st, "%s %s  %s" % (city, pv, pc)], street=st, city=city, region=pv, postcode=pc, country="Canada", cc=cc)
    if cc == "MX":
        st = "%s %d, Col. %s" % (C(["Av. Insurgentes Sur", "Calle Morelos", "Av. Vallarta", "Calle 5 de Mayo"]), n, C(["Actipan", "Americana", "Del Valle", "Centro"]))
        cp, city = C([("03230", "Ciudad de México, CDMX"), ("44160", "Guadalajara, Jal."), ("64000", "Monterrey, N.L.")])
        return dict(lines=[st, "%s %s" % (cp, city)], street=st, city=city.split(",")[0], region=city.split(", ")[1], postcode=cp, country="México", cc=cc)
    if cc == "BR":
        st = "%s, %d, apto %d" % (C(["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua Padre Chagas"]), n, r.randint(11, 1204))
        city, uf, cep = C([("São Paulo", "SP", "01310-"), ("Rio de Janeiro", "RJ", "22240-"), ("Porto Alegre", "RS", "90570-")])
        cep += rdig(r, 3)
        return dict(lines=[st, C(["Consolação", "Laranjeiras", "Moinhos de Vento"]), "%s - %s, %s" % (city, uf, cep)], street=st, city=city, region=uf, postcode=cep, country="Brasil", cc=cc)
    if cc == "AR":
        st = "Av. Corrientes %d, piso %d dto. %s" % (n * 3, r.randint(1, 12), C("ABCD"))
        return dict(lines=[st, "C1043AAZ CABA"], street=st, city="Buenos Aires", region="CABA", postcode="C1043AAZ", country="Argentina", cc=cc)
    if cc == "GB":
        st = "%s%d %s" % (C(["", "", "Flat %d, " % r.randint(1, 30)]), n % 200 + 1, C(["Wellington Road", "Beechwood Avenue", "Cromwell Terrace", "Station Approach", "Heol y Deri"]))
        city, pc = C([("Leeds", "LS6 2AB"), ("Manchester", "M14 5TQ"), ("Bristol", "BS3 1QZ"), ("Edinburgh", "EH9 1PR"), ("Cardiff", "CF24 4HQ"), ("Newcastle upon Tyne", "NE6 5XJ")])
        return dict(lines=[st, "%s %s" % (city, pc)], street=st, city=city, region="", postcode=pc, country="United Kingdom", cc=cc)
    if cc == "IE":
        st = "%d %s" % (n % 90 + 1, C(["Ashgrove Lawn", "Bóthar na Trá", "Castle View", "Church Street"]))
        town, county, ec = C([("Ballincollig", "Co. Cork", "P31 X2E7"), ("Salthill", "Co. Galway", "H91 E2K3"), ("Rathmines", "Dublin 6", "D06 F6P2")])
        return dict(lines=[st, town, "%s %s" % (county, ec)], street=st, city=town, region=county, postcode=ec, country="Ireland", cc=cc)
    if cc == "FR":
        st = "%d%s %s" % (n % 120 + 1, C(["", "", " bis", " ter"]), C(["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Croix-Rousse", "impasse des Lilas"]))
        pc, city = C([("69002", "Lyon"), ("31000", "Toulouse"), ("44000", "Nantes"), ("13006", "Marseille"), ("67000", "Strasbourg")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="France", cc=cc)
    if cc == "DE":
        st = "%s %d%s" % (C(["Hauptstraße", "Lindenallee", "Am Mühlbach", "Friedrich-Ebert-Str.", "Schlüterstraße"]), n % 140 + 1, C(["", "", "a", "b"]))
        pc, city = C([("04109", "Leipzig"), ("50667", "Köln"), ("80331", "München"), ("20095", "Hamburg"), ("70173", "Stuttgart")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="Deutschland", cc=cc)
    if cc == "PL":
        st = "ul. %s %d/%d" % (C(["Kwiatowa", "Piotrkowska", "Długa", "Świętokrzyska"]), n % 150 + 1, r.randint(1, 40))
        pc, city = C([("31-042", "Kraków"), ("90-001", "Łódź"), ("80-831", "Gdańsk"), ("00-120", "Warszawa")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="Polska", cc=cc)
    if cc == "NL":
        st = "%s %d-%s" % (C(["Prinsengracht", "Oudegracht", "Witte de Withstraat", "Vismarkt"]), n % 300 + 1, C(["1", "2", "hs", "A"]))
        pc, city = C([("1016 GV", "Amsterdam"), ("3511 AL", "Utrecht"), ("3014 AA", "Rotterdam"), ("9711 LZ", "Groningen")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="Nederland", cc=cc)
    if cc == "SE":
        st = "%s %d lgh %d" % (C(["Storgatan", "Kungsgatan", "Drottninggatan", "Östra Hamngatan"]), n % 90 + 1, r.randint(1001, 1504))
        pc, city = C([("411 38", "Göteborg"), ("753 20", "Uppsala"), ("211 22", "Malmö")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="Sverige", cc=cc)
    if cc == "ES":
        st = "%s %d, %dº %dª" % (C(["Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Rúa do Franco"]), n % 400 + 1, r.randint(1, 8), r.randint(1, 4))
        pc, city = C([("28009", "Madrid"), ("08013", "Barcelona"), ("41001", "Sevilla"), ("15705", "Santiago de Compostela")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="España", cc=cc)
    if cc == "PT":
        st = "%s %d, %d.º %s" % (C(["Rua Augusta", "Rua de Santa Catarina", "Avenida da Boavista"]), n % 300 + 1, r.randint(1, 6), C(["Esq.", "Dto.", "Frente"]))
        pc, city = C([("1100-048", "Lisboa"), ("4000-447", "Porto"), ("3000-150", "Coimbra")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="Portugal", cc=cc)
    if cc == "IT":
        st = "%s %d, int. %d" % (C(["Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Via San Gregorio Armeno"]), n % 200 + 1, r.randint(1, 20))
        pc, city = C([("10122", "Torino TO"), ("80138", "Napoli NA"), ("40126", "Bologna BO"), ("90133", "Palermo PA")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city[:-3], region=city[-2:], postcode=pc, country="Italia", cc=cc)
    if cc == "RO":
        st = "Str. %s nr. %d, bl. %s, ap. %d" % (C(["Mihai Eminescu", "Calea Victoriei", "Avram Iancu"]), n % 100 + 1, C(["A2", "C4", "M7"]), r.randint(1, 80))
        pc, city = C([("010511", "București"), ("400124", "Cluj-Napoca"), ("300011", "Timișoara")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="România", cc=cc)
    if cc == "TR":
        st = "%s No: %d D: %d" % (C(["Atatürk Cad.", "Bağdat Cad.", "İstiklal Cd.", "Kızılay Sk."]), n % 200 + 1, r.randint(1, 30))
        pc, city = C([("34710", "Kadıköy/İstanbul"), ("06420", "Çankaya/Ankara"), ("35220", "Konak/İzmir")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="Türkiye", cc=cc)
    if cc == "MA":
        st = "%d %s, Appt %d" % (n % 150 + 1, C(["Rue Ibn Batouta", "Boulevard Zerktouni", "Derb Sidi Bouloukat"]), r.randint(1, 20))
        pc, city = C([("20250", "Casablanca"), ("40000", "Marrakech"), ("10020", "Rabat")])
        return dict(lines=[st, "%s %s" % (pc, city)], street=st, city=city, region="", postcode=pc, country="Maroc", cc=cc)
    if cc == "NG":
        st = "%d %s" % (n % 90 + 1, C(["Adeola Odeku Street", "Awolowo Road", "Ogui Road", "Aminu Kano Crescent"]))
        l2 = C(["Victoria Island, Lagos 101241", "Ikoyi, Lagos 106104", "Enugu 400102", "Wuse II, Abuja 904101"])
        return dict(lines=[st, l2], street=st, city=l2.split(",")[0], region="", postcode=l2.split()[-1], country="Nigeria", cc=cc)
    if cc == "KE":
        st = "%s, %s" % (C(["Ngong Road", "Argwings Kodhek Road", "Moi Avenue"]), C(["Kilimani", "Hurlingham", "Nyali"]))
        box = "P.O. Box %d-00100" % r.randint(1000, 99999)
        return dict(lines=[st, box, "Nairobi"], street=st, city="Nairobi", region="", postcode="00100", country="Kenya", cc=cc)
    if cc == "ZA":
        st = "%d %s" % (n % 200 + 1, C(["Long Street", "Jan Smuts Avenue", "Florida Road", "Voortrekker Weg"]))
        city, pc = C([("Cape Town", "8001"), ("Johannesburg", "2196"), ("Durban", "4001")])
        return dict(lines=[st, city, pc], street=st, city=city, region="", postcode=pc, country="South Africa", cc=cc)
    if cc == "IN":
        st = "Flat %d, %s, %s" % (r.randint(101, 1204), C(["Shanti Apartments", "Green Glen Layout", "Prestige Shantiniketan"]), C(["12th Main Road, Indiranagar", "Linking Road, Bandra West", "Anna Salai, Teynampet"]))
        l2 = C(["Bengaluru, Karnataka 560038", "Mumbai, Maharashtra 400050", "Chennai, Tamil Nadu 600018"])
        return dict(lines=[st, l2], street=st, city=l2.split(",")[0], region=l2.split(", ")[1].rsplit(" ", 1)[0], postcode=l2.split()[-1], country="India", cc=cc)
    if cc == "PK":
        st = "House %d, Street %d, %s" % (n % 90 + 1, r.randint(1, 40), C(["F-7/2", "G-9/4", "DHA Phase 5"]))
        l2 = C(["Islamabad 44000", "Lahore 54000", "Karachi 75500"])
        return dict(lines=[st, l2], street=st, city=l2.split()[0], region="", postcode=l2.split()[-1], country="Pakistan", cc=cc)
    if cc == "ID":
        st = "Jl. %s No. %d, RT %02d/RW %02d" % (C(["Sudirman", "Gajah Mada", "Malioboro", "Dago"]), n % 200 + 1, r.randint(1, 12), r.randint(1, 9))
        l2 = C(["Jakarta Pusat 10220", "Yogyakarta 55271", "Bandung 40135"])
        return dict(lines=[st, l2], street=st, city=l2.rsplit(" ", 1)[0], region="", postcode=l2.split()[-1], country="Indonesia", cc=cc)
    if cc == "VN":
        st = "%d %s, Phường %s, Quận %d" % (n % 300 + 1, C(["Lê Lợi", "Nguyễn Huệ", "Hai Bà Trưng"]), C(["Bến Nghé", "Đa Kao", "Bến Thành"]), r.randint(1, 12))
        return dict(lines=[st, "Thành phố Hồ Chí Minh 700000"], street=st, city="Thành phố Hồ Chí Minh", region="", postcode="700000", country="Việt Nam", cc=cc)
    if cc == "PH":
        st = "Unit %d%s, %d %s" % (r.randint(2, 40), C("ABCD"), n % 200 + 1, C(["Ayala Avenue", "Katipunan Avenue", "Osmeña Boulevard"]))
        l2 = C(["Makati City 1226, Metro Manila", "Quezon City 1108, Metro Manila", "Cebu City 6000, Cebu"])
        return dict(lines=[st, l2], street=st, city=l2.split(" ")[0], region="", postcode=l2.split(",")[0].split()[-1], country="Philippines", cc=cc)
    if cc == "CN":
        st = "Room %d, Building %d, %d %s" % (r.randint(101, 2408), r.randint(1, 9), n % 300 + 1, C(["Jianguo Road, Chaoyang District", "Nanjing West Road, Jing'an District", "Tianhe North Road, Tianhe District"]))
        l2 = C(["Beijing 100022", "Shanghai 200040", "Guangzhou 510620"])
        return dict(lines=[st, l2], street=st, city=l2.split()[0], region="", postcode=l2.split()[-1], country="China", cc=cc)
    if cc == "JP":
        st = "%d-%d-%d %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), C(["Shibuya, Shibuya-ku", "Nishi-Shinjuku, Shinjuku-ku", "Umeda, Kita-ku"]))
        l2 = C(["Tokyo 150-0002", "Tokyo 160-0023", "Osaka 530-0001"])
        return dict(lines=[st, l2], street=st, city=l2.split()[0], region="", postcode=l2.split()[-1], country="Japan", cc=cc)
    if cc == "KR":
        st = "Apt %d-%d, %d %s" % (r.randint(101, 115), r.randint(101, 2503), n % 500 + 1, C(["Teheran-ro, Gangnam-gu", "Haeundae-ro, Haeundae-gu", "Sejong-daero, Jung-gu"]))
        l2 = C(["Seoul 06236", "Busan 48094", "Seoul 04524"])
        return dict(lines=[st, l2], street=st, city=l2.split()[0], region="", postcode=l2.split()[-1], country="South Korea", cc=cc)
    if cc == "AU":
        st = "%s%d %s" % (C(["", "Unit %d, " % r.randint(1, 20)]), n % 150 + 1, C(["Smith Street", "Brunswick Road", "Oxley Avenue", "Murray Street"]))
        l2 = C(["Fitzroy VIC 3065", "Paddington NSW 2021", "Fremantle WA 6160", "West End QLD 4101"])
        return dict(lines=[st, l2], street=st, city=l2.rsplit(" ", 2)[0], region=l2.split()[-2], postcode=l2.split()[-1], country="Australia", cc=cc)
    raise ValueError(cc)

def addr1(a, sep=", "):
    return sep.join(a["lines"])

# ---------------------------------------------------------------- phones
def phone(r, cc, intl=None):
    d = lambda n: rdig(r, n)
    intl = r.random() < 0.6 if intl is None else intl
    nz = lambda: r.choice("23456789")
    if cc in ("US", "CA"):
        ac = r.choice(["312", "614", "520", "509", "218", "912", "518", "559", "915", "608", "720", "570", "517", "609", "813", "309"] if cc == "US" else ["416", "604", "902", "204", "514", "306"])
        ex = nz() + d(2); ln = d(4)
        return r.choice(["(%s) %s-%s", "+1 %s %s %s", "%s.%s.%s", "1-%s-%s-%s", "+1 (%s) %s-%s"]) % (ac, ex, ln)
    F = {
     "MX": ("+52 55 %s %s" % (nz() + d(3), d(4)), "55 %s %s" % (nz() + d(3), d(4))),
     "BR": ("+55 11 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4))),
     "AR": ("+54 9 11 %s-%s" % (nz() + d(3), d(4)), "011 15-%s-%s" % (nz() + d(3), d(4))),
     "GB": ("+44 7%s %s" % (r.choice(["700", "911", "824", "400"]) + d(0), d(6)), "07%s %s" % (r.choice(["911", "824", "723"]), d(6))),
     "IE": ("+353 8%s %s %s" % (r.choice("3567"), d(3), d(4)), "08%s %s %s" % (r.choice("3567"), d(3), d(4))),
     "FR": ("+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "07 %s %s %s %s" % (d(2), d(2), d(2), d(2))),
     "DE": ("+49 15%s %s" % (r.choice("127"), d(8)), "0%s %s" % (r.choice(["30", "89", "221", "40"]), nz() + d(6))),
     "PL": ("+48 5%s %s %s" % (d(2), d(3), d(3)), "6%s %s %s" % (d(2), d(3), d(3))),
     "NL": ("+31 6 %s" % d(8), "06-%s" % d(8)),
     "SE": ("+46 70 %s %s %s" % (d(3), d(2), d(2)), "073-%s %s %s" % (d(3), d(2), d(2))),
     "ES": ("+34 6%s %s %s" % (d(2), d(3), d(3)), "6%s %s %s" % (d(2), d(3), d(3))),
     "PT": ("+351 91%s %s %s" % (d(1), d(3), d(3)), "93%s %s %s" % (d(1), d(3), d(3))),
     "IT": ("+39 34%s %s %s" % (d(1), d(3), d(4)), "33%s %s" % (d(1), d(7))),
     "RO": ("+40 72%s %s %s" % (d(1), d(3), d(3)), "07%s %s %s" % (d(2), d(3), d(3))),
     "TR": ("+90 53%s %s %s %s" % (d(1), d(3), d(2), d(2)), "0 (53%s) %s %s %s" % (d(1), d(3), d(2), d(2))),
     "MA": ("+212 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "06 %s %s %s %s" % (d(2), d(2), d(2), d(2))),
     "NG": ("+234 80%s %s %s" % (r.choice("36"), d(3), d(4)), "080%s %s %s" % (r.choice("36"), d(3), d(4))),
     "KE": ("+254 7%s %s %s" % (d(2), d(3), d(3)), "07%s %s%s" % (d(2), d(3), d(3))),
     "ZA": ("+27 8%s %s %s" % (d(1), d(3), d(4)), "08%s %s %s" % (d(1), d(3), d(4))),
     "IN": ("+91 9%s %s" % (d(4), d(5)), "09%s-%s" % (d(4), d(5))),
     "PK": ("+92 30%s %s" % (d(1), d(7)), "030%s-%s" % (d(1), d(7))),
     "ID": ("+62 81%s-%s-%s" % (d(1), d(4), d(4)), "081%s %s %s" % (d(1), d(4), d(4))),
     "VN": ("+84 9%s %s %s %s" % (d(1), d(3), d(2), d(2)), "09%s %s %s" % (d(2), d(3), d(3))),
     "PH": ("+63 917 %s %s" % (d(3), d(4)), "0917-%s-%s" % (d(3), d(4))),
     "CN": ("+86 13%s %s %s" % (d(1), d(4), d(4)), "13%s-%s-%s" % (d(1), d(4), d(4))),
     "JP": ("+81 90-%s-%s" % (d(4), d(4)), "080-%s-%s" % (d(4), d(4))),
     "KR": ("+82 10-%s-%s" % (d(4), d(4)), "010-%s-%s" % (d(4), d(4))),
     "AU": ("+61 4%s %s %s" % (d(2), d(3), d(3)), "04%s %s %s" % (d(2), d(3), d(3))),
    }
    a, b = F[cc]
    return a if intl else b

# ---------------------------------------------------------------- ids
def us_passport(r):
    return r.choice([rdig(r, 9), r.choice("ACEFGH") + rdig(r, 8)])

PASSPORT_SHAPE = {
 "GB": lambda r: r.choice("1256") + rdig(r, 8), "CA": lambda r: r.choice(["AB", "GA", "HK", "AN"]) + rdig(r, 6),
 "MX": lambda r: r.choice("GN") + rdig(r, 8), "BR": lambda r: r.choice(["FZ", "GB", "YB"]) + rdig(r, 6),
 "AR": lambda r: "AA" + r.choice("ABCDE") + rdig(r, 6), "IE": lambda r: r.choice(["PA", "PB", "LH"]) + rdig(r, 7),
 "FR": lambda r: rdig(r, 2) + r.choice(["AB", "CK", "FF", "DR"]) + rdig(r, 5),
 "DE": lambda r: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
 "PL": lambda r: r.choice(["EA", "ER", "AZ"]) + rdig(r, 7), "NL": lambda r: r.choice(["NW", "BP", "NX"]) + "".join(r.choice("BCDFGHJKLMNPRSTVWXZ0123456789") for _ in range(6)) + rdig(r, 1),
 "SE": lambda r: rdig(r, 8), "ES": lambda r: r.choice(["PAA", "PAB", "XDA"]) + rdig(r, 6), "PT": lambda r: r.choice("CLN") + rdig(r, 6),
 "IT": lambda r: r.choice(["YA", "YB", "AA"]) + rdig(r, 7), "RO": lambda r: "05" + rdig(r, 6), "TR": lambda r: "U" + rdig(r, 8),
 "MA": lambda r: r.choice(["AB", "BK", "ZT"]) + rdig(r, 7), "NG": lambda r: "A" + rdig(r, 8), "KE": lambda r: r.choice(["AK", "BK"]) + rdig(r, 7),
 "ZA": lambda r: r.choice("AMT") + rdig(r, 8), "IN": lambda r: r.choice("JKLMNPRSTVZ") + rdig(r, 7), "PK": lambda r: r.choice(["AB", "CK", "DJ"]) + rdig(r, 7),
 "ID": lambda r: r.choice("BCX") + rdig(r, 7), "VN": lambda r: r.choice("BCN") + rdig(r, 7), "PH": lambda r: "P" + rdig(r, 7) + r.choice("ABC"),
 "CN": lambda r: r.choice(["E", "EA", "EB"]) + rdig(r, 7) + ("" if r.random() < 0.5 else ""), "JP": lambda r: r.choice(["TK", "TR", "MZ"]) + rdig(r, 7),
 "KR": lambda r: "M" + rdig(r, 3) + r.choice("ABCDEFG") + rdig(r, 4), "AU": lambda r: r.choice(["PA", "N", "RA"]) + rdig(r, 7),
}
def passport(r, cc):
    return ("US_PASSPORT", us_passport(r)) if cc == "US" else ("PASSPORT", PASSPORT_SHAPE[cc](r))

PP_LABEL = {"FR": "N° de passeport", "MA": "N° du passeport", "DE": "Reisepassnummer", "ES": "Pasaporte n.º", "MX": "Número de pasaporte",
            "AR": "Pasaporte N°", "IT": "Numero passaporto", "PT": "N.º do passaporte", "BR": "Número do passaporte", "PL": "Nr paszportu",
            "NL": "Paspoortnummer", "SE": "Passnummer", "RO": "Nr. pașaport", "TR": "Pasaport No", "CN": "护照号码", "JP": "旅券番号",
            "KR": "여권번호", "ID": "Nomor Paspor", "VN": "Số hộ chiếu", "PH": "Passport No.", "IN": "Passport No.", "PK": "Passport #",
            "US": "Passport Number", "CA": "Passport No. / N° de passeport", "GB": "Passport number", "IE": "Passport No. / Uimhir Phas",
            "NG": "Passport No", "KE": "Passport No.", "ZA": "Passport no.", "AU": "Passport number"}

def dvla(p, r):
    fam = _fold(p.family)[:5].ljust(5, "9")
    y, m, d = p.dob
    ini = (_fold(p.given)[:1] + (p.middle or "9")).ljust(2, "9")
    return "%s%d%02d%02d%d%s9%s" % (fam, (y % 100) // 10, m + (50 if p.female else 0), d, y % 10, ini, "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)))

DL_STATE = {
 "CA": ("California", lambda r: r.choice("ABDEFGNY") + rdig(r, 7)),
 "FL": ("Florida", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice("BGHMPSW"), rdig(r, 3), rdig(r, 3), rdig(r, 2), rdig(r, 3), rdig(r, 1))),
 "IL": ("Illinois", lambda r: "%s%s-%s-%s" % (r.choice("BDKMS"), rdig(r, 3), rdig(r, 4), rdig(r, 4))),
 "TX": ("Texas", lambda r: rdig(r, 8)), "NY": ("New York", lambda r: "%s %s %s" % (rdig(r, 3), rdig(r, 3), rdig(r, 3))),
 "PA": ("Pennsylvania", lambda r: "%s %s %s" % (rdig(r, 2), rdig(r, 3), rdig(r, 3))),
 "MI": ("Michigan", lambda r: "%s %s %s %s %s" % (r.choice("BKMS"), rdig(r, 3), rdig(r, 3), rdig(r, 3), rdig(r, 3))),
 "NJ": ("New Jersey", lambda r: "%s%s %s %s" % (r.choice("BKMS"), rdig(r, 4), rdig(r, 5), rdig(r, 5))),
 "OH": ("Ohio", lambda r: r.choice(["SB", "TK", "RH"]) + rdig(r, 6)),
 "WA": ("Washington", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))),
 "GA": ("Georgia", lambda r: "0" + rdig(r, 8)), "AZ": ("Arizona", lambda r: r.choice("ABDT") + rdig(r, 8)),
 "MA": ("Massachusetts", lambda r: "S" + rdig(r, 8)), "CO": ("Colorado", lambda r: "%s-%s-%s" % (rdig(r, 2), rdig(r, 3), rdig(r, 4))),
 "WI": ("Wisconsin", lambda r: "%s%s-%s-%s-%s" % (r.choice("BHKS"), rdig(r, 3), rdig(r, 4), rdig(r, 4), rdig(r, 2))),
 "MN": ("Minnesota", lambda r: r.choice("BHKS") + rdig(r, 12)), "VA": ("Virginia", lambda r: "%s%s-%s-%s" % (r.choice("ATU"), rdig(r, 2), rdig(r, 2), rdig(r, 4))),
 "MD": ("Maryland", lambda r: "%s-%s-%s-%s-%s" % (r.choice("BKMS"), rdig(r, 3), rdig(r, 3), rdig(r, 3), rdig(r, 3))),
}

# ---------------------------------------------------------------- clinical
DXMED = [("type 2 diabetes mellitus", "metformin"), ("essential hypertension", "lisinopril"), ("hyperlipidaemia", "atorvastatin"), ("hypothyroidism", "levothyroxine"),
         ("atrial fibrillation", "apixaban"), ("major depressive disorder", "sertraline"), ("generalised anxiety disorder", "escitalopram"), ("rheumatoid arthritis", "methotrexate"),
         ("asthma", "Symbicort"), ("gout", "allopurinol"), ("Parkinson's disease", "carbidopa-levodopa"), ("primary open-angle glaucoma", "latanoprost"),
         ("migraine without aura", "sumatriptan"), ("heart failure with reduced ejection fraction", "furosemide"), ("ADHD", "methylphenidate"), ("psoriasis", "adalimumab")]
DX = ["type 2 diabetes mellitus", "essential hypertension", "rheumatoid arthritis", "osteoarthritis of the right knee", "chronic obstructive pulmonary disease",
      "bilateral sensorineural hearing loss", "presbycusis", "multiple sclerosis", "Parkinson's disease", "major depressive disorder", "generalised anxiety disorder",
      "atrial fibrillation", "hypothyroidism", "plantar fasciitis", "spinal stenosis", "keratoconus", "primary open-angle glaucoma", "celiac disease",
      "psoriasis", "migraine without aura", "iron-deficiency anaemia", "gout", "asthma", "lumbar disc herniation", "post-polio syndrome", "Ménière's disease",
      "heart failure with reduced ejection fraction", "chronic kidney disease stage 3", "hyperlipidaemia", "obstructive sleep apnoea", "Ehlers-Danlos syndrome", "ADHD"]
MEDS = ["metformin", "lisinopril", "atorvastatin", "levothyroxine", "apixaban", "sertraline", "escitalopram", "adalimumab", "methotrexate", "insulin glargine",
        "Ozempic", "semaglutide", "salbutamol", "Symbicort", "tiotropium", "allopurinol", "amlodipine", "carbidopa-levodopa", "latanoprost", "pregabalin",
        "omeprazole", "ferrous sulfate", "furosemide", "bisoprolol", "Eliquis", "methylphenidate", "sumatriptan", "prednisolone", "dupilumab", "rivaroxaban"]

# ---------------------------------------------------------------- helpers for templates
TEMPLATES = []
def T(fmt, count):
    def deco(f):
        TEMPLATES.append((f.__name__, fmt, count, f)); return f
    return deco

def PN(p, r=None, s=None):
    return L("PERSON", s or (p.style(r) if r else p.full))
def ADDR(a, sep=", "):
    return L("ADDRESS", addr1(a, sep))
def hexid(r, n=32):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))
def order_no(r):
    while True:
        o = "%03d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999))
        if not luhn_ok(o): return o
def asin(r):
    return "B0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
def tracking(r):
    k = r.randint(0, 3)
    if k == 0: return "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
    if k == 1: return "9400 1%s %s %s %s %s" % (rdig(r, 3), rdig(r, 4), rdig(r, 4), rdig(r, 4), rdig(r, 2))
    if k == 2: return "JD%s" % rdig(r, 16)
    return "LX%sCN" % rdig(r, 9)
def masked_card(r):
    l4 = rdig(r, 4)
    return r.choice(["**** **** **** %s" % l4, "411111******%s" % l4, "XXXX-XXXX-XXXX-%s" % l4, "ending in %s" % l4, "•••• %s" % l4])
def ts(r, day=None):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 11), day or r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
def ip4(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv", "pub", "cgnat"])
    if kind == "doc": return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if kind == "priv": return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)), "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])
    if kind == "cgnat": return "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.choice([81, 89, 102, 151, 177, 186, 197, 201, 41, 49, 58, 62, 77, 83, 91]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
def ip6(r):
    return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))
def version_ip(r):
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 99), r.randint(100, 9999))
def coupon(r):
    return r.choice(["SPRING", "WELCOME", "FREESHIP", "BFCM", "LOYAL"]) + str(r.randint(10, 60)) + "-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))
def price(r, cur="$"):
    return "%s%d.%02d" % (cur, r.randint(3, 400), r.choice([0, 49, 95, 99]))
def bad_digits(r, n):
    while True:
        s = r.choice("123456789") + rdig(r, n - 1)
        if not luhn_ok(s): return s

BRANDS = ["Calvin Klein", "Ben & Jerry's", "Tommy Hilfiger", "Ralph Lauren", "Hugo Boss", "Dr. Martens", "Marks & Spencer", "Paul Smith", "Vivienne Westwood",
          "Jack Daniel's", "Estée Lauder", "Kate Spade", "Michael Kors", "Tory Burch", "Christian Louboutin", "Dolce & Gabbana", "Levi Strauss & Co.",
          "Johnson & Johnson", "Procter & Gamble", "Wendy's", "Trader Joe's", "Sally Hansen", "Paco Rabanne", "Yves Saint Laurent", "Mrs. Meyer's"]
HEALTH_PRODUCTS = ["Phonak Audéo hearing aid (pair)", "Drive Medical rollator walker", "Omron upper-arm blood pressure monitor", "Accu-Chek Guide test strips x50",
                   "Ibuprofen 200 mg tablets x96", "Vitamin D3 1000 IU softgels", "Compression stockings 20-30 mmHg", "Folding travel wheelchair",
                   "Progressive reading glasses +2.00", "Melatonin 3 mg gummies", "Omeprazole 20 mg gastro-resistant x14", "Nicotine patches 21 mg step 1",
                   "Loratadine 10 mg x30", "Orthopaedic knee brace", "Hearing aid batteries size 312 x60", "Pulse oximeter", "Magnesium glycinate 400 mg"]
PLACEHOLDERS = ["John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Juan Pérez", "Mario Rossi", "Jean Dupont", "Fulano de Tal", "Joe Bloggs", "Taro Yamada"]
SELLER_STORES = ["Sunny Day Outlet", "NordicNest Home", "La Bodeguita Online", "Kiwi & Cactus Co.", "PixelForge Electronics", "Casa Bonita Crafts", "Bazaar Anatolia", "Mama Ngozi Fabrics"]
WAREHOUSES = ["FRA3", "MAD1-B", "DFW7", "LTN2", "GRU5", "BOM4", "SYD1", "NRT2", "KRK1", "YYZ9"]

def national_id(r, p, bad=False):
    """(type, label, value) of a national identifier fitting p.cc; None when the country has none in scope"""
    cc = p.cc; y, m, d = p.dob
    if cc == "US": return ("US_SSN", "SSN", ssn(r, r.choice(["-", "-", " "])))
    if cc == "CA": return ("CA_SIN", "SIN / NAS", sin(r))
    if cc == "GB": return ("UK_NATIONAL_INSURANCE_NUMBER", "National Insurance number", nino(r, r.random() < 0.4))
    if cc == "ES": return ("ES_DNI", "DNI/NIE", dni(r) if r.random() < 0.6 else nie(r))
    if cc == "FR": return ("FR_NIR", "N° de sécurité sociale (NIR)", nir(r, 2 if p.female else 1, y % 100, m))
    if cc == "DE": return ("DE_TAX_ID", "Steuerliche Identifikationsnummer", steuer_id(r))
    if cc == "IT": return ("IT_FISCAL_CODE", "Codice fiscale", cod_fisc(p.family, p.given, y, m, d, p.female))
    if cc == "BR": return ("BR_CPF", "CPF", cpf(r))
    if cc == "IN": return ("IN_AADHAAR", "Aadhaar No.", aadhaar(r))
    return None

# ================================================================ FORMS / KYC
@T("form", 4)
def seller_kyb(r, n):
    cc = ["DE", "IT", "FR", "ES", "BR", "IN", "GB", "CA"][n * 2 + r.randint(0, 1)]
    p = Person(r, cc); a = address(r, cc); d = Doc()
    store = r.choice(SELLER_STORES)
    d.t("SELLER ONBOARDING — BUSINESS VERIFICATION (KYB)\nApplication ref: SOB-%s   Store: %s\nMarketplace region: %s\n\n" % (rdig(r, 8), store, a["country"]))
    d.t("Section A — Legal representative\n")
    d.t("  Full legal name ........ ", PN(p), "\n")
    d.t("  Date of birth .......... ", L("DATE_OF_BIRTH", dstr(p.dob, DFMT[cc])), "\n")
    nid = national_id(r, p)
    d.t("  %s .. " % nid[1], L(nid[0], nid[2]), "\n")
    d.t("  Residential address .... ", L("ADDRESS", addr1(a, "\n                           ")), "\n")
    d.t("  Mobile ................. ", L("PHONE", phone(r, cc)), "\n  E-mail ................. ", L("EMAIL", p.email(r)), "\n\n")
    d.t("Section B — Business\n  Trading name: %s\n  VAT / tax reg.: %s%s (not verified)\n  Company reg. no.: %s%s\n" % (store, cc, rdig(r, 9), {"DE": "HRB ", "FR": "RCS Lyon B ", "IT": "REA MI-", "ES": "CIF B"}.get(cc, ""), rdig(r, 6 if cc != "GB" else 8)))
    d.t("  Expected monthly GMV: %s\n\n" % price(r, "€"))
    d.t("Section C — Payout account\n")
    if cc == "GB":
        d.t("  Sort code / account: ", L("UK_BANK_ACCOUNT", "%s-%s-%s %s" % (rdig(r, 2), rdig(r, 2), rdig(r, 2), rdig(r, 8))), "\n")
    elif cc in ("CA", "IN"):
        d.t("  Account holder: ", PN(p), "\n  Payout via partner wallet (no IBAN on file)\n")
    else:
        d.t("  Account holder: ", PN(p), "\n  IBAN: ", L("IBAN", group4(make_iban(r, cc)) if cc != "BR" else make_iban(r, "BR")), "\n  BIC: %s\n" % r.choice(["DEUTDEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "UNCRITMM", "ITAUBRSP"]))
    d.t("\nDeclaration signed by: ", PN(p, s=p.given + " " + p.family), " on 2026-%02d-%02d\n" % (r.randint(1, 10), r.randint(1, 28)))
    return d

@T("form", 5)
def id_verification(r, n):
    cc = r.choice(["MX", "AR", "PL", "NL", "SE", "PT", "RO", "TR", "MA", "NG", "KE", "ZA", "PK", "ID", "VN", "PH", "CN", "JP", "KR", "AU", "US", "IE"])
    p = Person(r, cc); d = Doc()
    typ, num = passport(r, cc)
    d.t("Identity check — document capture result\nProvider session: %s\nStatus: %s\n\n" % (str(uuid.UUID(int=r.getrandbits(128))), r.choice(["APPROVED", "MANUAL_REVIEW"])))
    d.t("Document type: Passport    Issuing country: %s\n" % address(r, cc)["country"])
    d.t("Surname / Nom: ", L("PERSON", p.family.upper()), "\nGiven names / Prénoms: ", L("PERSON", p.given.upper()), "\n")
    d.t("%s: " % PP_LABEL[cc], L(typ, num), "\n")
    d.t("Date of birth: ", L("DATE_OF_BIRTH", dstr(p.dob, r.choice(["long", "iso", DFMT[cc]]))), "\n")
    d.t("Date of expiry: %s\nSex: %s\n" % (dstr((r.randint(2027, 2035), r.randint(1, 12), r.randint(1, 28)), "long"), "F" if p.female else "M"))
    d.t("Face match score: 0.%d  Liveness: pass  Document template: %s-P-%d\n" % (r.randint(80, 99), cc, r.randint(2011, 2023)))
    d.t("MRZ: <redacted by policy>\nReviewer: agent #%d\n" % r.randint(100, 999))
    return d

@T("form", 5)
def courier_onboarding(r, n):
    st = r.choice(list(DL_STATE)); sname, gen = DL_STATE[st]
    p = Person(r, "US"); a = address(r, "US"); d = Doc()
    d.t("FLEET PARTNER — DELIVERY DRIVER APPLICATION\nHub: %s   Vehicle class: %s\n" % (r.choice(WAREHOUSES), r.choice(["cargo van", "sedan", "e-bike"])))
    d.t("Applicant name: ", PN(p), "\n")
    d.t("Home address: ", ADDR(a), "\n")
    d.t("Cell: ", L("PHONE", phone(r, "US")), "   Email: ", L("EMAIL", p.email(r)), "\n")
    d.t("DOB: ", L("DATE_OF_BIRTH", dstr(p.dob, "us")), "\n")
    if n % 2 == 0:
        d.t("Driver's license state: %s\nDriver's license #: " % sname, L("DRIVER_LICENSE", gen(r)), "\n")
    else:
        d.t("Driver License No. (%s): " % st, L("DRIVER_LICENSE", gen(r)), "   Class: D   Exp: %02d/%d\n" % (r.randint(1, 12), r.randint(2027, 2031)))
    d.t("SSN (for background check): ", L("US_SSN", ssn(r)), "\n")
    d.t("Plate: %s-%s   VIN: 1HGCM8%s\n" % (st, "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdig(r, 4), rdig(r, 11)))
    d.t("Auto insurance policy: POL-%s (carrier: Progressive)\n" % rdig(r, 9))
    d.t("Emergency contact: ", PN(Person(r, "US")), " — ", L("PHONE", phone(r, "US")), "\n")
    return d

@T("form", 4)
def blank_forms(r, n):
    d = Doc()
    if n == 0:
        d.t("SELLER IDENTITY VERIFICATION FORM (v%s)\n\nFull Name: ____________________\nDate Of Birth: __/__/____\nPassport Number: ____________\n"
            "National ID / Tax ID: ____________\nIBAN: ____ ____ ____ ____ ____\nSignature: ______________  Date: ________\n" % version_ip(r))
    elif n == 1:
        d.t("RETURN AUTHORIZATION — MEDICAL DEVICE\nCustomer Name: [ ]\nPhone Number: [ ]\nMember ID: [ ]\nDiagnosis (optional): [ ]\nReason For Return: [ ] Defective [ ] Wrong size [ ] No longer needed\n"
            "Order #: %s   RMA: RMA-%s\n" % (order_no(r), rdig(r, 7)))
    elif n == 2:
        d.t("Formulario de alta de vendedor\nNombre y apellidos: ........................\nFecha de nacimiento: ..../..../........\nDNI/NIE: ............\nNúmero de pasaporte: ............\n"
            "Dirección: ......................................\nCódigo postal: .......\nEjemplo: %s, DNI 00000000T (ficticio)\n" % r.choice(PLACEHOLDERS))
    else:
        d.t("Driver Onboarding Checklist\n[ ] Driver's License Number verified against state DMV\n[ ] SSN trace ordered\n[ ] Date Of Birth >= 21 years\n[ ] Vehicle inspection (form VI-%s)\n"
            "Example licence shown in training deck: D1234567 (California, SAMPLE)\nMartin Luther King Jr. Day: hubs closed.\n" % rdig(r, 3))
    return d

@T("form", 3)
def us_tax_interview(r, n):
    p = Person(r, "US"); a = address(r, "US"); d = Doc()
    d.t("Tax Information Interview — Form W-9 substitute\nPayee type: %s\n\n" % ["Individual / sole proprietor", "Single-member LLC", "Individual / sole proprietor"][n])
    d.t("1  Name (as shown on your income tax return): ", PN(p), "\n2  Business name: %s\n" % r.choice(SELLER_STORES))
    d.t("5  Address (number, street, apt.): ", L("ADDRESS", a["street"]), "\n6  City, state, ZIP: ", L("ADDRESS", a["lines"][1]), "\n")
    if n == 1:
        d.t("Part I  Employer identification number: %s-%s\n" % (rdig(r, 2), rdig(r, 7)))
    else:
        d.t("Part I  Social security number: ", L("US_SSN", ssn(r)), "\n")
    d.t("Signature of U.S. person: /s/ ", PN(p), "   Date: %02d/%02d/2026\n" % (r.randint(1, 11), r.randint(1, 28)))
    d.t("Backup withholding: no   1099-K threshold: $600   Form rev. 3-2024\n")
    return d

@T("form", 3)
def uk_seller_payout(r, n):
    p = Person(r, r.choice(["GB", "GB", "IE"])); a = address(r, p.cc); d = Doc()
    d.t("Sole trader details — HMRC reporting (DAC7)\n")
    d.t("Name: ", PN(p), "\nDate of birth: ", L("DATE_OF_BIRTH", dstr(p.dob, "long")), "\n")
    if p.cc == "GB":
        d.t("National Insurance No: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, n == 1)), "\n")
    d.t("Address:\n", L("ADDRESS", addr1(a, "\n")), "\n")
    d.t("Payout bank\n  Sort code: %s-%s-%s\n  Account number: " % (rdig(r, 2), rdig(r, 2), rdig(r, 2)), L("UK_BANK_ACCOUNT", rdig(r, 8)), "\n")
    d.t("  Account name: ", PN(p, s=p.full.upper()), "\n")
    d.t("Items sold 2025: %d   Consideration: £%d.%02d\n" % (r.randint(30, 900), r.randint(1000, 40000), r.randint(0, 99)))
    return d

@T("form", 3)
def dme_return_form(r, n):
    p = Person(r, "US", female=r.random() < 0.5); a = address(r, "US"); d = Doc()
    item = ["Folding travel wheelchair", "Drive Medical rollator walker", "Hospital bed rail"][n]
    d.t("DURABLE MEDICAL EQUIPMENT — RETURN & INSURANCE CREDIT FORM\nRMA-%s   Order %s   Item: %s\n\n" % (rdig(r, 7), order_no(r), item))
    d.t("Beneficiary: ", PN(p), "\nDOB: ", L("DATE_OF_BIRTH", dstr(p.dob, "us")), "\n")
    if n != 1:
        d.t("Medicare Beneficiary Identifier (MBI): " if n == 0 else "Medicare #: ", L("US_MBI", mbi(r, n == 0)), "\n")
    else:
        d.t("Health plan: %s   Member ID: " % r.choice(["Aetna Choice POS II", "BlueCross BlueShield PPO", "UnitedHealthcare Choice Plus"]),
            L("HEALTH_PLAN_ID", r.choice(["W", "XZP", "H"]) + rdig(r, 9)), "   Group #: %s\n" % rdig(r, 6))
    d.t("Ship-from address: ", ADDR(a), "\n")
    dx = r.choice(["osteoarthritis of the right knee", "multiple sclerosis", "post-polio syndrome", "spinal stenosis"])
    d.t("Reason for return: patient's ", L("DIAGNOSIS", dx), " has progressed; prescriber ordered a power chair instead.\n")
    d.t("Prescriber NPI: %s   HCPCS: %s\n" % ("1" + rdig(r, 9), r.choice(["E1161", "E0143", "K0001"])))
    return d

# ================================================================ CLINICAL
@T("clinical_note", 4)
def pharmacy_consult(r, n):
    cc = ["US", "GB", "CA", "AU"][n]
    p = Person(r, cc); d = Doc()
    (dx, m1), (dx2, m2) = r.sample(DXMED, 2)
    d.t("ONLINE PHARMACY — PHARMACIST CONSULTATION NOTE\nOrder: %s   Channel: marketplace pharmacy (video)\n" % order_no(r))
    d.t("Patient: ", PN(p, r), "   DOB: ", L("DATE_OF_BIRTH", dstr(p.dob, DFMT[cc])), "\n")
    if cc == "GB":
        d.t("NHS number: ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    else:
        d.t("MRN: ", L("MEDICAL_RECORD_NUMBER", r.choice(["RX", "MP-", "PH"]) + rdig(r, 7)), "\n")
    d.t("\nS: Patient requests refill of ", L("MEDICATION", m1), " for ", L("DIAGNOSIS", dx), ". Also asks about adding an OTC sleep aid. ")
    d.t("Denies history of stroke. No known drug allergies. States work has been \"a total migraine\" this month.\n")
    d.t("O: Self-reported BP 138/86. Weight 82 kg.\nA: ", L("DIAGNOSIS", dx2), ", stable on ", L("MEDICATION", m2), ". Interaction check: none significant.\n")
    d.t("P: Dispense 90-day supply. Counselled on side effects. Advised to avoid diphenhydramine. Follow-up with GP in 3 months.\n")
    d.t("Pharmacist: ", PN(Person(r, cc)), ", PharmD   Reg. %s\n" % rdig(r, 7))
    return d

@T("discharge_summary", 3)
def dme_discharge(r, n):
    cc = ["US", "GB", "IE"][n]
    p = Person(r, cc); a = address(r, cc); d = Doc()
    d.t("DISCHARGE SUMMARY (attached by customer to DME reimbursement claim #CLM-%s)\n\n" % rdig(r, 8))
    d.t("Patient name: ", PN(p), "\nDate of birth: ", L("DATE_OF_BIRTH", dstr(p.dob, DFMT[cc])), "\n")
    if cc == "GB":
        d.t("NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "   Hospital no: ", L("MEDICAL_RECORD_NUMBER", "RTH" + rdig(r, 7)), "\n")
    else:
        d.t("MRN: ", L("MEDICAL_RECORD_NUMBER", rdig(r, 8)), "\n")
    d.t("Home address: ", ADDR(a), "\nAdmitted: 2026-%02d-%02d   Discharged: 2026-%02d-%02d\n\n" % (r.randint(1, 5), r.randint(1, 28), r.randint(6, 9), r.randint(1, 28)))
    dx = r.choice(["left hip fracture", "ischaemic stroke with right-sided weakness", "total knee replacement for osteoarthritis"])
    d.t("Principal diagnosis: ", L("DIAGNOSIS", dx), "\nSecondary: ", L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "atrial fibrillation", "hypothyroidism"])), "\n")
    d.t("Pulmonary embolism — ruled out (CTPA negative). No evidence of delirium.\n")
    d.t("Discharge medications: ", L("MEDICATION", r.choice(["apixaban", "rivaroxaban", "enoxaparin"])), " 5 mg BD; ", L("MEDICATION", r.choice(["paracetamol", "codeine", "tramadol"])), " PRN.\n")
    d.t("Mobility: requires a ", r.choice(["four-wheeled rollator", "lightweight wheelchair", "raised toilet seat and frame"]), " for at least 12 weeks.\n")
    d.t("Discharging clinician: Dr ", PN(Person(r, cc)), "\n")
    return d

@T("lab_report", 3)
def home_test_lab(r, n):
    cc = ["US", "CA", "AU"][n]
    p = Person(r, cc); d = Doc()
    d.t("AT-HOME TEST KIT — LABORATORY REPORT\nKit sold by: %s   Kit lot: L%s   Accession: A%s-%s\n" % (r.choice(["VitalCheck", "HomeLabs Direct"]), rdig(r, 6), rdig(r, 2), rdig(r, 7)))
    d.t("Patient: ", PN(p, r), "\nDOB: ", L("DATE_OF_BIRTH", dstr(p.dob, DFMT[cc])), "    MRN: ", L("MEDICAL_RECORD_NUMBER", "HL" + rdig(r, 8)), "\n")
    d.t("Collected: 2026-%02d-%02d (self-collected capillary)\n\n" % (r.randint(1, 11), r.randint(1, 28)))
    d.t("%-22s %-10s %-8s %s\n" % ("TEST", "RESULT", "FLAG", "REF RANGE"))
    rows = [("HbA1c", "%.1f %%" % (r.randint(48, 92) / 10), "H", "4.0-5.6"), ("LDL-C", "%d mg/dL" % r.randint(90, 190), "", "<100"), ("TSH", "%.2f mIU/L" % (r.randint(40, 900) / 100), "", "0.45-4.5"),
            ("25-OH Vitamin D", "%d ng/mL" % r.randint(8, 60), "", "30-100")]
    for t_, v, f, rr in rows:
        d.t("%-22s %-10s %-8s %s\n" % (t_, v, f, rr))
    d.t("\nInterpretation: results consistent with ", L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "prediabetes", "vitamin D deficiency"])), "; confirm with your physician.\n")
    d.t("Reviewing physician: ", PN(Person(r, cc)), ", MD   CLIA 05D%s\n" % rdig(r, 7))
    return d

@T("hl7", 4)
def hl7_pharmacy(r, n):
    cc = "US"; p = Person(r, cc); a = address(r, cc); d = Doc()
    sep = ["\r", "\n", "\r\n", "\r"][n]
    now = "2026%02d%02d%02d%02d" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    mt = ["RDE^O11^RDE_O11", "ORM^O01^ORM_O01", "ADT^A04^ADT_A01", "RDE^O11^RDE_O11"][n]
    d.t("MSH|^~\\&|MKTPL_RX|MKTPL|PARTNERPHARM|PP%s|%s||%s|MSG%s|P|2.5.1%s" % (rdig(r, 3), now, mt, rdig(r, 8), sep))
    y, m_, dd = p.dob
    d.t("PID|1||", L("MEDICAL_RECORD_NUMBER", rdig(r, 9)), "^^^MKTPL^MR||", L("PERSON", "%s^%s^%s" % (p.family.upper(), p.given.upper(), p.middle or "")), "||",
        L("DATE_OF_BIRTH", dstr(p.dob, "hl7")), "|%s|||" % ("F" if p.female else "M"),
        L("ADDRESS", "%s^^%s^%s^%s" % (a["street"], a["city"], a["region"], a["postcode"])), "^USA||", L("PHONE", phone(r, "US", False)), sep)
    if n != 2:
        m = r.choice(MEDS)
        d.t("ORC|NW|%s|||||^^^%s^^R%s" % (rdig(r, 10), now, sep))
        d.t("RXE|^^^%s^^R|" % now, L("MEDICATION", m), "^%s^RXNORM|%d||mg|TAB%s" % (rdig(r, 6), r.choice([5, 10, 20, 500]), sep))
        code, dxt = r.choice([("E11.9", "type 2 diabetes mellitus"), ("I10", "essential hypertension"), ("E03.9", "hypothyroidism"), ("F32.1", "major depressive disorder")])
        d.t("DG1|1||%s^" % code, L("DIAGNOSIS", dxt), "^I10C%s" % sep)
    pay = r.choice([("BCBS", "Blue Cross Blue Shield"), ("AETNA", "Aetna"), ("CIGNA", "Cigna")])
    d.t("IN1|1|%s|%s|%s||||||GRP%s|||||||" % (pay[0], rdig(r, 5), pay[1], rdig(r, 5)),
        L("PERSON", "%s^%s" % (p.family.upper(), p.given.upper())), "|SEL|", L("DATE_OF_BIRTH", dstr(p.dob, "hl7")), "||||||||||||||||||", L("HEALTH_PLAN_ID", r.choice(["XEH", "MCB", "U"]) + rdig(r, 9)), sep)
    return d

@T("fhir_json", 4)
def fhir_rx_bundle(r, n):
    cc = ["US", "US", "CA", "GB"][n]; p = Person(r, cc); a = address(r, cc); d = Doc()
    pid = str(uuid.UUID(int=r.getrandbits(128)))
    ident = {"system": "urn:oid:2.16.840.1.113883.19.5", "value": L("MEDICAL_RECORD_NUMBER", "MKP" + rdig(r, 7))}
    if cc == "GB": ident = {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r).replace(" ", ""))}
    dx, dx_ref = r.sample(DX, 2); med = r.choice(MEDS)
    entries = [
      {"resource": {"resourceType": "Patient", "id": pid, "identifier": [ident],
        "name": [{"family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}], "birthDate": L("DATE_OF_BIRTH", dstr(p.dob, "iso")),
        "address": [{"line": [L("ADDRESS", a["street"])], "city": a["city"], "postalCode": a["postcode"]}],
        "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc))}]}},
      {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]}, "verificationStatus": {"coding": [{"code": "confirmed"}]},
        "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/" + pid}}},
      {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]}, "code": {"text": dx_ref}, "subject": {"reference": "Patient/" + pid}}},
      {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order", "medicationCodeableConcept": {"text": L("MEDICATION", med)},
        "dosageInstruction": [{"text": "1 tablet once daily"}], "subject": {"reference": "Patient/" + pid}}},
    ]
    if cc == "US":
        entries.append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", rdig(r, 3) + "-" + rdig(r, 6) + "-" + rdig(r, 2)) if n == 0 else L("US_MBI", mbi(r)),
                        "payor": [{"display": "Medicare Part D" if n else "Anthem Blue Cross"}], "class": [{"type": {"text": "group"}, "value": "GRP-" + rdig(r, 5)}]}})
    js(d, {"resourceType": "Bundle", "type": "collection", "timestamp": ts(r), "entry": entries})
    return d

@T("clinical_note", 2)
def optical_rx(r, n):
    cc = ["FR", "ES"][n]; p = Person(r, cc); d = Doc()
    if n == 0:
        d.t("ORDONNANCE DE LUNETTES — jointe à la commande %s\nPatient : " % order_no(r), PN(p), "   Né(e) le : ", L("DATE_OF_BIRTH", dstr(p.dob, "eu")), "\n")
        d.t("NIR : ", L("FR_NIR", nir(r, 2 if p.female else 1, p.dob[0] % 100, p.dob[1])), "\n")
        d.t("Diagnostic : ", L("DIAGNOSIS", r.choice(["myopie forte", "astigmatisme", "presbytie"])), "\nOD : -4,25 (-0,75 à 180°)  OG : -4,00\nDr ", PN(Person(r, cc)), ", ophtalmologiste — RPPS %s\n" % rdig(r, 11))
    else:
        d.t("RECETA DE ÓPTICA — adjunta al pedido %s\nPaciente: " % order_no(r), PN(p), "\nFecha de nacimiento: ", L("DATE_OF_BIRTH", dstr(p.dob, "eu")), "\nDNI: ", L("ES_DNI", dni(r)), "\n")
        d.t("Diagnóstico: ", L("DIAGNOSIS", r.choice(["queratocono", "glaucoma de ángulo abierto", "miopía magna"])), "\nOD +1,50 / OI +1,75 ADD 2,00\nÓptica-optometrista: ", PN(Person(r, cc)), " (col. %s)\n" % rdig(r, 5))
    return d

@T("lab_report", 2)
def audiogram(r, n):
    cc = ["DE", "NL"][n]; p = Person(r, cc); d = Doc()
    d.t("AUDIOGRAM / TONAUDIOGRAMM — submitted for hearing-aid purchase\nName: ", PN(p), "   Geburtsdatum: ", L("DATE_OF_BIRTH", dstr(p.dob, DFMT[cc])), "\n")
    d.t("Patientennr.: ", L("MEDICAL_RECORD_NUMBER", "P-" + rdig(r, 6)), "\n")
    d.t("Hz      250  500  1k   2k   4k   8k\nR (dB)  %d   %d   %d   %d   %d   %d\nL (dB)  %d   %d   %d   %d   %d   %d\n" % tuple(r.randint(15, 80) for _ in range(12)))
    d.t("Befund: ", L("DIAGNOSIS", r.choice(["beidseitige Innenohrschwerhörigkeit", "bilateral sensorineural hearing loss", "presbycusis"])), "; Tinnitus verneint.\n")
    d.t("Empfehlung: binaurale Versorgung (Phonak Audéo, Artikel %s).\n" % asin(r))
    return d

@T("fhir_json", 2)
def fhir_valueset_neg(r, n):
    d = Doc()
    concepts = [{"code": c, "display": t} for c, t in r.sample([("E11.9", "Type 2 diabetes mellitus without complications"), ("H90.3", "Sensorineural hearing loss, bilateral"),
                ("M17.11", "Unilateral primary osteoarthritis, right knee"), ("G20", "Parkinson's disease"), ("H52.4", "Presbyopia"), ("F32.A", "Depression, unspecified")], 4)]
    js(d, {"resourceType": "ValueSet", "id": "mkpl-dme-eligible-dx-%d" % n, "url": "http://example.org/fhir/ValueSet/dme-eligible",
           "version": version_ip(r), "status": "active", "publisher": "Marketplace Health Compliance",
           "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "concept": concepts}]},
           "meta": {"lastUpdated": ts(r), "source": "urn:oid:2.16.840.1.113883.6.90"}})
    return d

@T("lab_report", 1)
def lab_ref_ranges_neg(r, n):
    d = Doc()
    d.t("VitalCheck home kits — reference ranges sheet (rev %s)\n\nTEST              UNITS     ADULT RANGE\nHbA1c             %%         4.0-5.6\nLDL-C             mg/dL     <100\nFerritin          ng/mL     24-336\n"
        "Patients with type 2 diabetes typically target HbA1c below 7%%. Iron-deficiency anaemia is common in menstruating adults.\nKit SKU %s, lot L%s, CLIA 05D%s\n" % (version_ip(r), asin(r), rdig(r, 6), rdig(r, 7)))
    return d

# ================================================================ STRUCTURED
@T("csv", 3)
def orders_export(r, n):
    d = Doc(); sep = ","
    hdr = ["order_id", "created_at", "buyer_first", "buyer_last", "buyer_email", "ship_phone", "ship_street", "ship_city", "ship_postcode", "country", "sku", "qty", "total", "tracking"]
    if n == 2: hdr[4] = "emial"
    row(d, hdr, sep)
    for i in range(r.randint(3, 5)):
        cc = r.choice(COUNTRIES); p = Person(r, cc); a = address(r, cc)
        row(d, [order_no(r), ts(r), L("PERSON", p.given), L("PERSON", p.family), L("EMAIL", p.email(r)), L("PHONE", phone(r, cc, True)), L("ADDRESS", a["street"]),
                a["city"], a["postcode"], cc, asin(r), r.randint(1, 3), price(r, ""), tracking(r)], sep)
    return d

@T("tsv", 2)
def payouts_tsv(r, n):
    d = Doc()
    row(d, ["payout_id", "seller_id", "account_holder", "iban", "bic", "amount_eur", "status", "batch"], "\t")
    for i in range(r.randint(3, 5)):
        cc = r.choice(["DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "RO", "IE", "BE", "TR"])
        p = Person(r, cc if cc in NAMES else "NL")
        ib = make_iban(r, cc)
        row(d, ["po_" + hexid(r, 12), "S" + rdig(r, 9), L("PERSON", p.full), L("IBAN", ib if r.random() < 0.6 else group4(ib)), r.choice(["COBADEFFXXX", "INGBNL2A", "BSCHESMM"]),
                "%d.%02d" % (r.randint(20, 9000), r.randint(0, 99)), r.choice(["PAID", "PENDING", "RETURNED"]), "B%s" % rdig(r, 6)], "\t")
    if n == 1:
        row(d, ["po_" + hexid(r, 12), "S" + rdig(r, 9), "Bazaar Anatolia Ltd", bad_iban(r, "DE"), "DEUTDEFFXXX", "0.00", "REJECTED_CHECKSUM", "B%s" % rdig(r, 6)], "\t")
    return d

@T("csv", 2)
def sku_catalog_neg(r, n):
    d = Doc()
    row(d, ["asin", "title", "brand", "category", "price", "rating", "warehouse", "upc"])
    for i in range(7):
        if i % 2 == 0:
            b = r.choice(BRANDS); title = "%s %s" % (b, r.choice(["slim fit jeans 32/34", "gift set", "pint 465ml x4", "eau de parfum 50ml", "leather belt"]))
        else:
            b = r.choice(["Phonak", "Omron", "Drive Medical", "Nature's Bounty", "Boots Pharmaceuticals", "Accu-Chek"]); title = r.choice(HEALTH_PRODUCTS)
        row(d, [asin(r), title, b, r.choice(["Fashion", "Grocery", "Health & Household", "Beauty"]), price(r), "%.1f" % (r.randint(30, 50) / 10), r.choice(WAREHOUSES), "0" + rdig(r, 11)])
    return d

@T("json", 3)
def buyer_account(r, n):
    cc = r.choice(["MX", "AR", "BR", "PL", "TR", "ZA", "PH", "JP", "KR", "SE", "RO", "PK"]); p = Person(r, cc); a = address(r, cc); a2 = address(r, cc); d = Doc()
    obj = {"account_id": "amzn1.account." + hexid(r, 24).upper(), "display_name": L("PERSON", p.given + " " + p.family[0] + "."),
           "legal_name": L("PERSON", p.full), "email": L("EMAIL", p.email(r)), "email_verified": True,
           "phones": [{"type": "mobile", "number": L("PHONE", phone(r, cc, True))}],
           "age_verification": {"method": "id_document", "birth_date": L("DATE_OF_BIRTH", dstr(p.dob, "iso")), "verified_at": ts(r)},
           "addresses": [{"label": "home", "line1": L("ADDRESS", a["street"]), "city": a["city"], "postal_code": a["postcode"], "country_code": cc},
                         {"label": "work", "line1": L("ADDRESS", a2["street"]), "city": a2["city"], "postal_code": a2["postcode"], "country_code": cc}],
           "last_login": {"ip": L("IP_ADDRESS", ip4(r) if n != 1 else ip6(r)), "at": ts(r), "ua_version": version_ip(r)},
           "loyalty_tier": r.choice(["gold", "silver"]), "preferred_store": r.choice(SELLER_STORES), "session_hash": hashlib.sha256(str(r.random()).encode()).hexdigest()}
    js(d, obj)
    return d

@T("ndjson", 4)
def analytics_events(r, n):
    d = Doc()
    for i in range(r.randint(4, 6)):
        ev = {"event": r.choice(["page_view", "add_to_cart", "search", "checkout_start", "ad_click"]), "ts": ts(r), "anon_id": str(uuid.UUID(int=r.getrandbits(128))),
              "sku": asin(r), "price": price(r, ""), "campaign": coupon(r), "sdk": "web-%s" % version_ip(r)}
        if n != 0:
            ev["ip"] = L("IP_ADDRESS", ip4(r))
            if i == 1 and n == 2:
                p = Person(r)
                ev["props"] = {"utm_content": M("newsletter_", L("EMAIL", p.email(r)))}
            if i == 2 and n == 3:
                ev["props"] = {"search_query": M("gift for ", L("PERSON", Person(r).full))}
        else:
            ev["ip_hash"] = hexid(r, 40)
        js(d, ev, None); d.t("\n")
    return d

@T("json", 3)
def courier_webhook(r, n):
    cc = r.choice(["GB", "NG", "KE", "IN", "ID", "VN", "AU", "CA", "US", "MA"]); p = Person(r, cc); a = address(r, cc); drv = Person(r, cc); d = Doc()
    obj = {"type": "shipment.delivered" if n else "shipment.exception", "carrier": r.choice(["DHL", "Royal Mail", "GIG Logistics", "Delhivery", "J&T Express", "Canada Post"]),
           "tracking_number": tracking(r), "order_ref": order_no(r),
           "recipient": {"name": L("PERSON", p.full), "phone": L("PHONE", phone(r, cc)), "address": L("ADDRESS", addr1(a))},
           "proof_of_delivery": {"signed_by": L("PERSON", p.given.upper()) if n else None, "photo": "s3://pod/%s.jpg" % hexid(r, 16), "geo": [round(r.uniform(-40, 55), 5), round(r.uniform(-120, 140), 5)]},
           "driver": {"id": "DRV-%s" % rdig(r, 6), "first_name": L("PERSON", drv.given)},
           "event_time": ts(r), "signature": "sha256=" + hexid(r, 64)}
    js(d, obj)
    return d

@T("json", 2)
def courier_status_neg(r, n):
    d = Doc()
    js(d, {"tracking_number": tracking(r), "status": "IN_TRANSIT", "events": [{"code": r.choice(["AF", "DP", "OD", "AR"]), "facility": r.choice(WAREHOUSES), "at": ts(r)} for _ in range(3)],
           "service": "Ground", "weight_kg": round(r.uniform(0.2, 12), 2), "return_label": "RTN-%s" % bad_digits(r, 16), "api_version": version_ip(r)})
    return d

@T("yaml", 3)
def seller_kyb_yaml(r, n):
    cc = ["SG", "IN", "BR"][n]; d = Doc()
    if cc == "SG":
        p = Person(r, "CN"); p.cc = "SG"
        d.t("seller:\n  id: S%s\n  store: %s\n  country: SG\nbeneficial_owners:\n  - name: " % (rdig(r, 9), r.choice(SELLER_STORES)), L("PERSON", p.full), "\n")
        d.t("    nric: ", L("SG_NRIC", nric(r, r.choice("ST"))), "\n    dob: ", L("DATE_OF_BIRTH", dstr(p.dob, "iso")), "\n")
        d.t("    address: |\n      ", L("ADDRESS", "Blk %d Tampines Street %d\n      #%02d-%03d\n      Singapore %s" % (r.randint(100, 899), r.randint(11, 99), r.randint(2, 20), r.randint(1, 300), rdig(r, 6))), "\n")
        q = Person(r, "PH"); d.t("  - name: ", L("PERSON", q.full), "   # work pass holder\n    fin: ", L("SG_NRIC", nric(r, r.choice("FG"))), "\n    phone: \"", L("PHONE", "+65 %s %s" % (r.choice("89") + rdig(r, 3), rdig(r, 4))), "\"\n")
        d.t("uen: 2019%sK   # company registration, not personal\nrisk_score: 0.%d\n" % (rdig(r, 5), r.randint(1, 99)))
    elif cc == "IN":
        p = Person(r, "IN"); a = address(r, "IN")
        d.t("# KYC record exported from onboarding service %s\nseller_id: S%s\nowner:\n  name: " % (version_ip(r), rdig(r, 9)), L("PERSON", p.full), "\n  aadhaar: \"", L("IN_AADHAAR", aadhaar(r)), "\"\n")
        d.t("  pan: %s%sP%s%s   # PAN not in scope\n  date_of_birth: " % ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), "", rdig(r, 4), r.choice("ABCDEFGH")), L("DATE_OF_BIRTH", dstr(p.dob, "iso")), "\n")
        d.t("  email: ", L("EMAIL", p.email(r)), "\n  mobile: \"", L("PHONE", phone(r, "IN", True)), "\"\n  address: >\n    ", L("ADDRESS", addr1(a, "\n    ")), "\n")
        d.t("rejected_documents:\n  - aadhaar: \"%s\"   # failed checksum\n" % aadhaar(r, False))
    else:
        p = Person(r, "BR"); a = address(r, "BR")
        d.t("vendedor:\n  nome: ", L("PERSON", p.full), "\n  cpf: \"", L("BR_CPF", cpf(r)), "\"\n  nascimento: ", L("DATE_OF_BIRTH", dstr(p.dob, "eu")), "\n")
        d.t("  cnpj: \"%s.%s.%s/0001-%s\"   # empresa\n  endereco:\n    logradouro: " % (rdig(r, 2), rdig(r, 3), rdig(r, 3), rdig(r, 2)), L("ADDRESS", a["street"]), "\n    cep: \"%s\"\n" % a["postcode"])
        d.t("  telefone: \"", L("PHONE", phone(r, "BR")), "\"\n  conta_pix: ", L("EMAIL", p.email(r)), "\n  iban: ", L("IBAN", make_iban(r, "BR")), "\n")
        d.t("cpf_rejeitado: \"%s\"\n" % cpf(r, False))
    return d

@T("json", 4)
def chargeback_case(r, n):
    cc = r.choice(["US", "CA", "GB", "AU", "IE", "MX"]); p = Person(r, cc); a = address(r, cc); d = Doc()
    num, fmt = card(r)
    obj = {"dispute_id": "dp_" + hexid(r, 20), "reason_code": r.choice(["10.4", "4837", "13.1", "4853"]), "network": r.choice(["visa", "mastercard", "amex"]),
           "amount": {"value": r.randint(1500, 90000), "currency": r.choice(["USD", "CAD", "GBP", "AUD"])},
           "cardholder": {"name": L("PERSON", p.full.upper()), "billing_address": L("ADDRESS", addr1(a)), "email": L("EMAIL", p.email(r))},
           "card": {"masked": "ending in " + num[-4:], "bin": num[:6], "last4": num[-4:]},
           "order": {"id": order_no(r), "ip": L("IP_ADDRESS", ip4(r)), "device_id": hexid(r, 32)},
           "evidence": {"avs": "Y", "cvv": "M", "delivery_tracking": tracking(r)}}
    if n == 1:
        obj["raw_issuer_payload"] = M("PAN=", L("CREDIT_CARD", num), ";EXP=%02d%02d;ARN=%s" % (r.randint(1, 12), r.randint(27, 31), bad_digits(r, 23)))
    if n == 2:
        obj["card"]["pan_rejected"] = bad_card(r)
    if n == 3:
        obj["agent_notes"] = M("Customer read the full number over the phone: ", L("CREDIT_CARD", fmt), " - should never be stored, escalate to PCI team")
    js(d, obj)
    return d

@T("yaml", 2)
def warehouse_config_neg(r, n):
    d = Doc()
    d.t("# fulfilment-router config\nversion: %s\nwarehouses:\n" % version_ip(r))
    for w in r.sample(WAREHOUSES, 4):
        d.t("  - code: %s\n    dock_doors: %d\n    sorter_fw: \"%s\"\n    oid: 1.3.6.1.4.1.%d.%d.%d\n" % (w, r.randint(4, 40), version_ip(r), r.randint(1000, 60000), r.randint(1, 9), r.randint(1, 99)))
    d.t("cutoff_utc: \"%02d:00\"\nholiday_blackout: [\"Presidents' Day\", \"St. Patrick's Day\", \"Boxing Day\"]\nsample_recipient: \"%s\"\n" % (r.randint(14, 22), r.choice(PLACEHOLDERS)))
    return d

@T("ndjson", 2)
def returns_stream(r, n):
    d = Doc()
    for i in range(r.randint(3, 4)):
        cc = r.choice(COUNTRIES); p = Person(r, cc)
        ev = {"rma": "RMA-%s" % rdig(r, 8), "order": order_no(r), "buyer": L("PERSON", p.full), "item": r.choice(HEALTH_PRODUCTS + ["Calvin Klein boxer briefs 3-pack", "Ben & Jerry's freezer bag"]),
              "refund_to": masked_card(r), "label": tracking(r)}
        k = r.randint(0, 3)
        if k == 0:
            ev["reason"] = M("my audiologist confirmed ", L("DIAGNOSIS", r.choice(["bilateral sensorineural hearing loss", "presbycusis", "Ménière's disease"])), "; these are too weak")
        elif k == 1:
            ev["reason"] = M("doctor switched me from ", L("MEDICATION", r.choice(MEDS)), " so the pill organiser is not needed")
        elif k == 2:
            ev["reason"] = "wrong size"
        else:
            ev["reason"] = "arrived damaged, box crushed"; ev["contact"] = L("EMAIL", p.email(r))
        js(d, ev, None); d.t("\n")
    return d

@T("csv", 3)
def reviews_export(r, n):
    d = Doc()
    row(d, ["review_id", "asin", "rating", "reviewer", "verified", "body"])
    for i in range(4):
        p = Person(r); k = (i + n) % 4
        if k == 0:
            body = M("Bought for my dad, ", L("PERSON", Person(r).full), ", after his ", L("DIAGNOSIS", r.choice(["hip fracture", "stroke", "Parkinson's disease"])), " - sturdy and folds flat.")
        elif k == 1:
            body = "Fits true to size. Better than the %s ones I had before, 5 stars" % r.choice(BRANDS)
        elif k == 2:
            body = M("I've had ", L("DIAGNOSIS", r.choice(["plantar fasciitis", "rheumatoid arthritis", "psoriasis"])), " for years and these insoles actually help.")
        else:
            body = "Meh. Parcel sat in %s for a week; my weekend was a total migraine. 3/5" % r.choice(WAREHOUSES)
        row(d, ["R" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(13)), asin(r), r.randint(1, 5), L("PERSON", p.given + " " + p.family[0] + "."), "Y", body])
    return d

@T("csv", 2)
def pick_list_neg(r, n):
    d = Doc()
    row(d, ["wave", "bin", "sku", "title", "qty", "tote", "picker_badge"])
    for i in range(6):
        row(d, ["W%s" % rdig(r, 5), "%s-%02d-%s" % (r.choice(WAREHOUSES), r.randint(1, 40), r.choice("ABCDEF")), asin(r), r.choice(HEALTH_PRODUCTS + BRANDS), r.randint(1, 6), "T" + rdig(r, 7), "B" + rdig(r, 5)])
    return d

# ================================================================ LOGS
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
@T("log", 3)
def cdn_access(r, n):
    d = Doc()
    for i in range(r.randint(5, 7)):
        ip = ip6(r) if r.random() < 0.2 else ip4(r)
        path = r.choice(["/dp/%s" % asin(r), "/s?k=calvin+klein+jeans", "/static/app.%s.js" % hexid(r, 8), "/api/v%s/cart" % version_ip(r), "/checkout/thankyou?order=%s" % order_no(r)])
        d.t(L("IP_ADDRESS", ip), " - - [%02d/%s/2026:%02d:%02d:%02d +0000] \"GET %s HTTP/2\" %d %d \"-\" \"MarketApp/%s (Android 14)\" edge=%s rid=%s\n" % (
            r.randint(1, 28), r.choice(MON3), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), path, r.choice([200, 200, 304, 404, 499]), r.randint(200, 90000), version_ip(r), r.choice(["FRA56-P3", "GRU3-C1", "NRT12-P2"]), hexid(r, 16)))
    if n == 2:
        d.t("127.0.0.1 - - [01/Nov/2026:00:00:01 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n")
    return d

@T("log", 2)
def auth_kv(r, n):
    d = Doc()
    for i in range(r.randint(4, 6)):
        cc = r.choice(COUNTRIES); p = Person(r, cc); k = r.randint(0, 3)
        d.t("%s level=%s svc=identity event=%s " % (ts(r), r.choice(["info", "warn"]), r.choice(["login_ok", "login_failed", "mfa_challenge", "password_reset"])))
        if k == 0: d.t("user=", L("EMAIL", p.email(r)))
        elif k == 1: d.t("user_id=U%s user_email=%s" % (rdig(r, 10), "%s***@%s" % (p.given[0].lower(), "gmail.com")))
        elif k == 2: d.t("user_id=U%s phone=" % rdig(r, 10), L("PHONE", phone(r, cc, True).replace(" ", "")))
        else: d.t("user_id=U%s name=\"" % rdig(r, 10), L("PERSON", p.full), "\"")
        d.t(" src_ip=", L("IP_ADDRESS", ip4(r)), " geo=%s asn=AS%d ua_build=%s trace=%s\n" % (cc, r.randint(1000, 64000), version_ip(r), hexid(r, 16)))
    return d

@T("log", 3)
def driver_app(r, n):
    cc = ["NG", "IN", "MX"][n]; drv = Person(r, cc); d = Doc()
    d.t("[driver-app %s] session start driver_id=DRV%s driver=\"" % (version_ip(r), rdig(r, 6)), L("PERSON", drv.full), "\" vehicle=%s route=R-%s-%s\n" % (r.choice(["bike", "van"]), r.choice(WAREHOUSES), rdig(r, 3)))
    for i in range(r.randint(3, 4)):
        p = Person(r, cc); a = address(r, cc)
        d.t("%s stop=%d pkg=%s status=%s lat=%.5f lng=%.5f " % (ts(r), i + 1, tracking(r), r.choice(["DELIVERED", "ATTEMPTED", "HANDED_TO_NEIGHBOUR"]), r.uniform(-5, 30), r.uniform(-100, 80)))
        if i % 2 == 0:
            d.t("recipient=\"", L("PERSON", p.full), "\" call=", L("PHONE", phone(r, cc)), "\n")
        else:
            d.t("note=\"gate code 4471, leave at ", L("ADDRESS", a["street"]), "\"\n")
    d.t("%s sync ok batch=%s battery=%d%%\n" % (ts(r), hexid(r, 12), r.randint(5, 99)))
    return d

@T("log", 3)
def payment_gateway(r, n):
    d = Doc()
    for i in range(r.randint(4, 5)):
        d.t("%s psp=adyen-like op=AUTH merchant=MKT-%s amount=%d cur=%s card=%s bin=%s result=%s auth=%s\n" % (
            ts(r), rdig(r, 5), r.randint(100, 99999), r.choice(["EUR", "USD", "BRL"]), masked_card(r).replace(" ", ""), rdig(r, 6), r.choice(["Authorised", "Refused"]), rdig(r, 6)))
    if n == 0:
        num, fmt = card(r, r.choice(["visa", "mc2", "amex"]))
        p = Person(r)
        d.t("%s level=ERROR msg=\"tokenization failed, raw body logged\" body={\"pan\":\"" % ts(r), L("CREDIT_CARD", num), "\",\"holder\":\"", L("PERSON", p.full), "\",\"cvc\":\"***\"}\n")
    elif n == 1:
        d.t("%s level=WARN msg=\"luhn check failed\" candidate=%s\n" % (ts(r), bad_card(r)))
    else:
        d.t("%s level=INFO msg=\"3DS challenge\" arn=%s rrn=%s\n" % (ts(r), bad_digits(r, 23), rdig(r, 12)))
    return d

@T("log", 3)
def build_deploy_neg(r, n):
    d = Doc()
    for i in range(6):
        d.t("%s [ci] %s\n" % (ts(r), r.choice([
            "build #%d for listing-service %s succeeded (commit %s)" % (r.randint(1000, 9999), version_ip(r), hexid(r, 40)),
            "pushing image registry.internal/catalog:%s digest sha256:%s" % (version_ip(r), hexid(r, 64)),
            "SNMP trap OID 1.3.6.1.4.1.%d.%d.%d.%d" % (r.randint(2000, 60000), r.randint(1, 9), r.randint(1, 9), r.randint(1, 99)),
            "migrating table orders partition p%s (%d rows)" % (rdig(r, 6), r.randint(1000, 9000000)),
            "feature flag holiday_banner_mlk_day=on (Martin Luther King Jr. Day)",
            "healthcheck 0.0.0.0:8080 ok, upstream 127.0.0.1:9000 ok",
            "cron epoch=%d job=sku-reindex warehouse=%s" % (r.randint(1700000000, 1790000000), r.choice(WAREHOUSES))])))
    return d

@T("log", 2)
def fraud_rules(r, n):
    d = Doc()
    for i in range(r.randint(3, 5)):
        cc = r.choice(COUNTRIES); p = Person(r, cc)
        d.t("%s risk-engine rule=%s score=%d acct=U%s dev=%s " % (ts(r), r.choice(["velocity_card_bin", "shared_device", "addr_mismatch", "counterfeit_keyword"]), r.randint(1, 100), rdig(r, 10), hexid(r, 16)))
        k = r.randint(0, 2)
        if k == 0: d.t("ip=", L("IP_ADDRESS", ip4(r)), " email=", L("EMAIL", p.email(r)), "\n")
        elif k == 1: d.t("linked_to=\"", L("PERSON", p.full), "\" ship_to=\"", ADDR(address(r, cc)), "\"\n")
        else: d.t("ip=", L("IP_ADDRESS", ip4(r)), " card=%s******%s action=hold\n" % (rdig(r, 6), rdig(r, 4)))
    return d

@T("log", 2)
def search_log_neg(r, n):
    d = Doc()
    for i in range(7):
        q = r.choice(["calvin klein jeans", "ben & jerry's", "hearing aid batteries 312", "metformin", "reading glasses +2.5", "tommy hilfiger polo", "wheelchair cushion", "coupon %s" % coupon(r), "jack daniel's gift set", "omeprazole 20mg"])
        d.t("%s search sess=%s q=\"%s\" results=%d latency_ms=%d model=%s\n" % (ts(r), hexid(r, 20), q, r.randint(0, 4000), r.randint(4, 900), version_ip(r)))
    return d

@T("log", 2)
def pharmacy_fulfil(r, n):
    d = Doc()
    for i in range(3):
        cc = ["US", "GB"][n]; p = Person(r, cc)
        d.t("%s rx-fulfil order=%s patient=\"" % (ts(r), order_no(r)), L("PERSON", p.family.upper() + ", " + p.given.upper()), "\" dob=", L("DATE_OF_BIRTH", dstr(p.dob, "iso")),
            " drug=", L("MEDICATION", r.choice(MEDS).upper()), " qty=%d ndc=%s-%s-%s status=%s\n" % (r.choice([30, 56, 90]), rdig(r, 5), rdig(r, 4), rdig(r, 2), r.choice(["PACKED", "CLINICAL_CHECK", "SHIPPED"])))
    d.t("%s rx-fulfil healthcheck ok build=%s\n" % (ts(r), version_ip(r)))
    return d

# ================================================================ EMAIL / CHAT / TICKET
@T("chat", 4)
def support_chat(r, n):
    cc = ["US", "PH", "ZA", "KR"][n]; p = Person(r, cc); ag = Person(r, "PH"); d = Doc()
    d.t("Transcript — Help chat #%s  (queue: %s)\n" % (rdig(r, 9), ["address-change", "returns", "delivery", "account"][n]))
    clk = [r.randint(8 * 60, 19 * 60)]
    def stamp():
        clk[0] += r.randint(0, 3); return "[%02d:%02d] " % divmod(clk[0], 60)
    A = lambda: d.t(stamp(), L("PERSON", ag.given), " (Agent): ")
    U = lambda: d.t(stamp(), L("PERSON", p.given), ": ")
    A(); d.t("Hi, thanks for contacting us! Can I have the order number?\n")
    U(); d.t("its %s\n" % order_no(r))
    if n == 0:
        a = address(r, cc)
        A(); d.t("Thanks. What's the new delivery address?\n")
        U(); d.t(ADDR(a), " and my cell is ", L("PHONE", phone(r, cc)), "\n")
    elif n == 1:
        A(); d.t("I see a return for the hearing aids. May I know the reason?\n")
        U(); d.t("my ENT said I have ", L("DIAGNOSIS", r.choice(["Ménière's disease", "bilateral sensorineural hearing loss"])), " and need a stronger model. also promo %s didn't apply\n" % coupon(r))
    elif n == 2:
        A(); d.t("For security, please confirm the email on the account.\n")
        U(); d.t(L("EMAIL", p.email(r)), "\n")
        A(); d.t("Thank you ", L("PERSON", p.given), ". The courier was GIG Logistics, tracking %s.\n" % tracking(r))
    else:
        A(); d.t("Your account was locked after a login from a new device.\n")
        U(); d.t("that was me in Busan, IP ", L("IP_ADDRESS", ip4(r)), " probably\n")
    A(); d.t("All done! Rate this chat 1-5.\n")
    return d

@T("ticket", 4)
def trust_safety_case(r, n):
    d = Doc(); rep = Person(r); sus_cc = r.choice(COUNTRIES); sus = Person(r, sus_cc)
    kind = ["counterfeit", "harassment", "account takeover", "triangulation fraud"][n]
    d.t("T&S CASE TS-%s | type: %s | priority: P%d\nReporter: " % (rdig(r, 7), kind, r.randint(1, 3)), L("PERSON", rep.full), " <", L("EMAIL", rep.email(r)), ">\n")
    d.t("Subject of report: seller \"%s\" (S%s), operated by " % (r.choice(SELLER_STORES), rdig(r, 9)), L("PERSON", sus.full), "\n\n")
    if n == 0:
        d.t("Listing %s offers \"%s\" perfume at %s; brand owner's test purchase shows counterfeit batch code %s. Seller warehouse: %s.\n" % (asin(r), r.choice(["Yves Saint Laurent", "Paco Rabanne", "Calvin Klein"]), price(r), hexid(r, 6).upper(), r.choice(WAREHOUSES)))
        d.t("Linked accounts share IP ", L("IP_ADDRESS", ip4(r)), " and payout IBAN ", L("IBAN", group4(make_iban(r, r.choice(["RO", "TR", "PL"])))), ".\n")
    elif n == 1:
        d.t("Reporter quotes buyer messages: \"I know you live at ", ADDR(address(r, rep.cc)), ", I'll come and collect the refund myself\". Messages sent from ", L("PHONE", phone(r, sus_cc)), ".\n")
        d.t("Action: account suspended, messages preserved under legal hold LH-%s.\n" % rdig(r, 5))
    elif n == 2:
        d.t("Password reset from IP ", L("IP_ADDRESS", ip6(r)), ", then shipping address changed to ", ADDR(address(r, sus_cc)), ". Victim confirmed by phone ", L("PHONE", phone(r, rep.cc)), ".\n")
    else:
        num, fmt = card(r)
        d.t("Orders paid with card ", L("CREDIT_CARD", fmt), " (issuer confirmed stolen) shipped to a reshipper. Other cards: %s, %s.\n" % (masked_card(r), masked_card(r)))
    d.t("Assignee: ", L("PERSON", Person(r).given), "  Status: open\n")
    return d

@T("email", 3)
def chargeback_email(r, n):
    d = Doc(); cc = r.choice(["US", "GB", "IE", "AU", "CA"]); p = Person(r, cc)
    d.t("From: ", L("EMAIL", "disputes@cardservices-mail.com"), "\nTo: ", L("EMAIL", "chargebacks@marketplace-seller-ops.com"), "\nSubject: Retrieval request %s — %s\n\n" % (rdig(r, 10), r.choice(["Item not received", "Not as described", "Fraud - card absent"])))
    d.t("Dear Merchant,\n\nThe cardholder ", L("PERSON", p.full), " disputes transaction %s of %s on card %s.\n" % (order_no(r), price(r), masked_card(r)))
    if n == 0:
        num, fmt = card(r, r.choice(["visa", "mc", "disc"]))
        d.t("Full PAN as submitted by issuer: ", L("CREDIT_CARD", fmt), "\n")
    d.t("Cardholder contact on file: ", L("PHONE", phone(r, cc)), "\nPlease respond within 20 days via the portal. Reference ARN %s.\n\nRegards,\nDispute Operations\n" % bad_digits(r, 23))
    return d

@T("email", 3)
def kyb_followup_email(r, n):
    cc = ["NL", "SE", "TR"][n]; p = Person(r, cc); ag = Person(r, "IE"); d = Doc()
    typ, num = passport(r, cc)
    d.t("From: ", L("EMAIL", ag.email(r, "seller-verification.example.com")), "\nTo: ", L("EMAIL", p.email(r)), "\nSubject: Re: Verification of your seller account\n\n")
    d.t("Hi ", L("PERSON", p.given), ",\n\nThanks for the upload. The passport you sent (", L(typ, num), ") is expiring in 2 months; please also confirm your payout account ", L("IBAN", group4(make_iban(r, cc))), ".\n\n")
    d.t("> On %s, " % dstr((2026, r.randint(1, 10), r.randint(1, 28)), "long"), L("PERSON", p.full), " wrote:\n> I attached my passport and bank letter. My number is ", L("PHONE", phone(r, cc)), ".\n\n")
    d.t("Best,\n", L("PERSON", ag.given), "\nSeller Verification Team\n")
    return d

@T("ticket", 3)
def support_ticket(r, n):
    d = Doc(); cc = r.choice(["US", "CA", "DE", "PL", "IT"]); p = Person(r, cc)
    d.t("Ticket #%s  priority: normal  tags: %s\n" % (rdig(r, 8), ["coupon", "return,mobility", "delivery"][n]))
    if n == 0:
        d.t("customer: (guest)\ncoupon %s not working at checkout, says expired. cart had %s and %s. pls fix\n" % (coupon(r), r.choice(BRANDS), r.choice(BRANDS)))
    elif n == 1:
        d.t("requester: ", L("PERSON", p.full.lower()), "\nhi i want to return the mobility scooter, my husband ", L("PERSON", Person(r, cc, False).given), " has ", L("DIAGNOSIS", r.choice(["COPD", "multiple sclerosis", "heart failure"])),
            " and he cant use it anymore. he also takes ", L("MEDICATION", r.choice(MEDS)), " which makes him dizzy. pickup from ", ADDR(address(r, cc)), "\n")
    else:
        d.t("requester: ", L("EMAIL", p.email(r)), "\nparcel %s shows delivered but nothing here. call me " % tracking(r), L("PHONE", phone(r, cc)), "\n")
        d.t("agent note: driver photo shows wrong door, re-ship approved\n")
    return d

@T("chat", 2)
def ops_bot_chat_neg(r, n):
    d = Doc()
    for i in range(5):
        d.t("[%02d:%02d] %s: %s\n" % (r.randint(0, 23), r.randint(0, 59), r.choice(["deploy-bot", "inventory-bot", "pagerduty"]), r.choice([
            "listing-svc %s rolled out to %s" % (version_ip(r), r.choice(WAREHOUSES)), "stock alert: %s below threshold (%d units)" % (asin(r), r.randint(0, 9)),
            "incident INC-%s resolved, MTTR %dm" % (rdig(r, 5), r.randint(3, 90)), "price sync for Ben & Jerry's SKUs complete", "canary 10.%d.%d.%d-rc%d healthy" % (r.randint(0, 9), r.randint(0, 9), r.randint(100, 999), r.randint(1, 5))])))
    return d

@T("email", 3)
def promo_email_neg(r, n):
    d = Doc()
    d.t("To: {{subscriber.email}}\nSubject: %s\n\nHi {{first_name}},\n\n" % r.choice(["Presidents' Day deals are live", "Boxing Day: up to 60% off", "Your St. Patrick's Day picks"]))
    d.t("This week: %s, %s and %s. Use code %s at checkout (min. spend %s).\n" % (r.choice(BRANDS), r.choice(BRANDS), r.choice(BRANDS), coupon(r), price(r)))
    d.t("Health & wellness corner: %s and %s now ship free.\nOrder ref example: %s. Unsubscribe: https://mkt.example/u/%s\n" % (r.choice(HEALTH_PRODUCTS), r.choice(HEALTH_PRODUCTS), order_no(r), hexid(r, 24)))
    return d

# ================================================================ FREE TEXT / HTML
@T("free_text", 4)
def ts_investigation(r, n):
    d = Doc()
    cc = [("FR", "MA"), ("ES", "AR"), ("DE", "TR"), ("IT", "RO")][n]
    p, q = Person(r, cc[0]), Person(r, cc[1])
    d.t("Investigation summary (Trust & Safety, ring %s)\n\n" % hexid(r, 6).upper())
    d.t("Accounts S%s and S%s were opened a day apart. The first is held by " % (rdig(r, 9), rdig(r, 9)), L("PERSON", p.full), ", born ", L("DATE_OF_BIRTH", dstr(p.dob, "long")), ", who supplied ")
    nid = national_id(r, p)
    d.t("%s " % nid[1], L(nid[0], nid[2]), " and lives at ", ADDR(address(r, cc[0])), ". ")
    typ, num = passport(r, cc[1])
    d.t("The second belongs to ", L("PERSON", q.full), " (%s " % PP_LABEL[cc[1]], L(typ, num), "), reachable on ", L("PHONE", phone(r, cc[1])), ". ")
    d.t("Both payout to IBAN ", L("IBAN", make_iban(r, cc[0])), ". A third account tried %s, which fails the checksum. " % bad_iban(r, cc[0]))
    d.t("Listings mimicked %s and %s. Recommendation: close all three, notify brand owners.\n" % (r.choice(BRANDS), r.choice(BRANDS)))
    return d

@T("html", 3)
def product_page_reviews(r, n):
    d = Doc(); prod = r.choice(HEALTH_PRODUCTS + ["Calvin Klein Eternity 100ml", "Ralph Lauren Oxford shirt"])
    d.t("<article class=\"pdp\" data-asin=\"%s\">\n<h1>%s</h1>\n<span class=\"price\">%s</span> <span class=\"rating\">%.1f/5</span>\n<section id=\"reviews\">\n" % (asin(r), prod, price(r), r.randint(30, 50) / 10))
    for i in range(3):
        p = Person(r)
        d.t("<div class=\"review\"><b>", L("PERSON", p.given + " " + p.family), "</b> <time>2026-%02d-%02d</time>\n<p>" % (r.randint(1, 11), r.randint(1, 28)))
        k = (i + n) % 3
        if k == 0: d.t("My physiotherapist, ", L("PERSON", Person(r).full), ", recommended it after my ", L("DIAGNOSIS", r.choice(["ACL reconstruction", "lumbar disc herniation", "spinal stenosis"])), ".")
        elif k == 1: d.t("Good value, arrived in 2 days from %s. As my gran says, 'measure twice'." % r.choice(WAREHOUSES))
        else: d.t("Works well alongside my ", L("MEDICATION", r.choice(MEDS)), "; no interactions per my pharmacist.")
        d.t("</p></div>\n")
    d.t("</section>\n</article>\n")
    return d

@T("html", 3)
def seller_storefront(r, n):
    cc = ["IE", "JP", "KE"][n]; p = Person(r, cc); a = address(r, cc); d = Doc()
    d.t("<!doctype html><html lang=\"en\"><body>\n<header><h2>%s</h2></header>\n<section class=\"about\">\n<p>Founded by " % r.choice(SELLER_STORES), L("PERSON", p.full), " in 2019. Hand-made goods shipped worldwide.</p>\n")
    d.t("<h3>Impressum / Legal</h3>\n<address>", L("ADDRESS", "<br>".join(a["lines"])), "<br>%s</address>\n" % a["country"])
    ph = phone(r, cc)
    d.t("<p>Tel: ", L("PHONE", ph), " &middot; Mail: <a href=\"mailto:x\">", L("EMAIL", p.email(r)), "</a></p>\n")
    d.t("<footer>Seller rating 4.%d &bull; %d sales &bull; store id %s</footer>\n</section></body></html>\n" % (r.randint(0, 9), r.randint(100, 90000), hexid(r, 10)))
    return d

@T("html", 3)
def health_catalog_neg(r, n):
    d = Doc()
    d.t("<h1>Pharmacy &amp; Wellness</h1>\n<ul class=\"catalog\">\n")
    for prod in r.sample(HEALTH_PRODUCTS, 6):
        d.t("<li data-sku=\"%s\">%s &mdash; %s <small>(%d reviews)</small></li>\n" % (asin(r), prod, price(r), r.randint(3, 9000)))
    d.t("</ul>\n<p class=\"disclaimer\">Metformin, atorvastatin and levothyroxine require a valid prescription. Not suitable for people with celiac disease? Check the label.</p>\n")
    return d

@T("free_text", 3)
def policy_neg(r, n):
    d = Doc()
    d.t(["Counterfeit policy. Listings that use brand names such as %s or %s without authorisation are removed. Example filing: \"%s v. Seller S000000000\". "
         "Parkinson's law applies to our review backlog: work expands to fill the time available.\n",
         "Prohibited items (rev %s): prescription-only medicines, hearing aids sold without a fitting, counterfeit goods. Sellers must not collect a buyer's date of birth or "
         "passport number by message. Placeholder shown in training: %s, DOB 01/01/1970.\n",
         "Holiday shipping calendar: Presidents' Day, Martin Luther King Jr. Day and Boxing Day cut-offs. The 2008 slump was called a depression in orders, "
         "not the Great Depression. Warehouses %s and %s close early; contact your account manager via the Seller Hub.\n"][n]
        % ((r.choice(BRANDS), r.choice(BRANDS), r.choice(PLACEHOLDERS)) if n == 0 else (version_ip(r), r.choice(PLACEHOLDERS)) if n == 1 else (r.choice(WAREHOUSES), r.choice(WAREHOUSES))))
    return d

@T("free_text", 3)
def harassment_report(r, n):
    cc = ["NG", "PK", "AU"][n]; p = Person(r, cc); s = Person(r, cc); d = Doc()
    d.t("Report submitted via Help Centre\n\nMy name is ", L("PERSON", p.full), " and I sold a used phone to ", L("PERSON", s.full), ". Since the sale he has messaged me from ",
        L("PHONE", phone(r, cc)), " and emailed ", L("EMAIL", s.email(r)), " threatening to post my address (", ADDR(address(r, cc)), ") online. ")
    d.t("Honestly this whole thing is a headache and a total nightmare. Order %s, listing %s. Please help.\n" % (order_no(r), asin(r)))
    return d

@T("free_text", 4)
def compliance_notes_intl(r, n):
    d = Doc()
    ccs = [("SG", "CA"), ("IN", "BR"), ("GB", "FR"), ("DE", "ES")][n]
    d.t("KYC analyst notes — batch %s\n" % rdig(r, 5))
    for cc in ccs:
        if cc == "SG":
            p = Person(r, "CN"); d.t("- ", L("PERSON", p.full), " (Singapore): NRIC ", L("SG_NRIC", nric(r, "S")), " matches MyInfo; a typo'd copy %s was rejected.\n" % nric(r, "S", False))
        elif cc == "GB":
            p = Person(r, "GB"); d.t("- ", L("PERSON", p.full), ": NHS no. ", L("UK_NHS_NUMBER", nhs(r)), " supplied by mistake for a pharmacy seller licence; NI number ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), " is what we need. Sort code/account ",
                                 L("UK_BANK_ACCOUNT", "%s-%s-%s / %s" % (rdig(r, 2), rdig(r, 2), rdig(r, 2), rdig(r, 8))), ".\n")
        else:
            p = Person(r, cc); nid = national_id(r, p)
            d.t("- ", L("PERSON", p.full), " (%s): %s " % (cc, nid[1]), L(nid[0], nid[2]), ", born ", L("DATE_OF_BIRTH", dstr(p.dob, DFMT[cc])), ".")
            if cc == "BR": d.t(" Rejected lookalike: %s." % cpf(r, False))
            if cc == "IN": d.t(" Rejected lookalike: %s." % aadhaar(r, False))
            if cc == "DE": d.t(" Rejected lookalike: %s." % steuer_id(r, False))
            if cc == "ES": d.t(" Rejected lookalike: %s." % dni(r, False))
            if cc == "FR": d.t(" Rejected lookalike: %s." % nir(r, 1, 80, 1, False))
            if cc == "CA": d.t(" Rejected lookalike: %s." % bad_sin(r))
            d.t("\n")
    return d

@T("free_text", 3)
def release_notes_neg(r, n):
    d = Doc()
    d.t("Seller Hub release %s\n\n" % version_ip(r))
    for i in range(4):
        d.t("* %s\n" % r.choice(["Bulk listing upload now accepts ASINs like %s" % asin(r), "Fixed rounding on prices such as %s" % price(r), "New warehouse %s live" % r.choice(WAREHOUSES),
                                   "Return labels (RTN-%s) print on A6" % bad_digits(r, 16), "Dependency bump libfoo %s -> %s" % (version_ip(r), version_ip(r)), "Coupon %s stacking bug fixed" % coupon(r),
                                   "Store 'Wendy's Vintage' renamed (ticket #%s)" % rdig(r, 6)]))
    return d

@T("html", 2)
def wellness_blog_neg(r, n):
    d = Doc()
    d.t("<article><h1>%s</h1>\n<p>" % ["Choosing a hearing aid", "Walkers vs rollators"][n])
    d.t(["A 2023 cohort study found that adults with untreated hearing loss had higher rates of cognitive decline. Hearing aids such as the Phonak Audéo are sold here; "
         "patients with Ménière's disease should consult an audiologist first.",
         "People recovering from hip fracture or living with Parkinson's disease often benefit from a four-wheeled rollator. In trials, patients with osteoarthritis "
         "reported less pain when using a walker correctly."][n])
    d.t("</p>\n<p>Shop: %s (SKU %s)</p></article>\n" % (r.choice(HEALTH_PRODUCTS), asin(r)))
    return d

@T("free_text", 2)
def seller_invoice(r, n):
    cc = ["PT", "PL"][n]; s = Person(r, cc); b = Person(r, cc); d = Doc()
    d.t("FATURA / FAKTURA  Nº %s/2026\n\nVendedor: " % rdig(r, 5), L("PERSON", s.full), " — %s\nNIF/NIP: %s\n" % (r.choice(SELLER_STORES), rdig(r, 9 if cc == "PT" else 10)))
    d.t("Cliente: ", L("PERSON", b.full), "\n", L("ADDRESS", addr1(address(r, cc), "\n")), "\n\n")
    d.t("1 x %s   %s\nPortes   %s\nTotal    %s\n\nPagamento por transferência para " % (r.choice(BRANDS) + " tote", price(r, "€"), price(r, "€"), price(r, "€")),
        L("IBAN", group4(make_iban(r, cc))), "\nReferência: %s\n" % order_no(r))
    return d


# ================================================================ extra: licences, KYC webhooks, DAC7
@T("form", 3)
def age_check_delivery(r, n):
    d = Doc()
    d.t("AGE-RESTRICTED DELIVERY — ID CHECK AT DOOR (alcohol / tobacco)\nOrder %s   Items: Jack Daniel's 70cl, %s\n" % (order_no(r), r.choice(["Ben & Jerry's pint", "Marlboro carton", "Hugo Boss aftershave"])))
    if n == 0:
        st = r.choice(["TX", "FL", "NJ", "MI", "IL", "MD"]); sname, gen = DL_STATE[st]; p = Person(r, "US")
        d.t("Recipient: ", PN(p), "\nID type: Driver license, issued by %s\nDL number: " % sname, L("DRIVER_LICENSE", gen(r)), "\nDOB on ID: ", L("DATE_OF_BIRTH", dstr(p.dob, "us")), "\n")
    elif n == 1:
        p = Person(r, "CA")
        prov, num = r.choice([("Ontario", "%s%s-%s-%s" % (_fold(p.family)[0], rdig(r, 4), rdig(r, 5), rdig(r, 5))), ("British Columbia", rdig(r, 7)), ("Québec", "%s%s %s %s" % (_fold(p.family)[0], rdig(r, 4), rdig(r, 6), rdig(r, 2)))])
        d.t("Destinataire / Recipient: ", PN(p), "\nPermis de conduire / Driver's licence (%s): " % prov, L("DRIVER_LICENSE", num), "\nDate de naissance: ", L("DATE_OF_BIRTH", dstr(p.dob, "iso")), "\n")
    else:
        p = Person(r, "GB")
        d.t("Recipient: ", PN(p), "\nPhotocard driving licence (DVLA) no.: ", L("DRIVER_LICENSE", dvla(p, r)), "\nDate of birth: ", L("DATE_OF_BIRTH", dstr(p.dob, "eu")), "\n")
    d.t("Driver: DRV-%s   Result: %s   Photo ref: %s\n" % (rdig(r, 6), r.choice(["PASS", "PASS", "REFUSED - under 21"]), hexid(r, 12)))
    return d

@T("ndjson", 3)
def kyc_webhook(r, n):
    d = Doc()
    picks = [["US", "IT", "SG"], ["CA", "BR", "US"], ["IT", "ES", "US"]][n]
    for cc in picks:
        p = Person(r, cc if cc != "SG" else "CN")
        ev = {"event": "verification.completed", "id": "ver_" + hexid(r, 16), "ts": ts(r), "country": cc}
        y, m, dd = p.dob
        if cc == "US":
            ev["document"] = {"type": "passport", "number": L("US_PASSPORT", us_passport(r)), "issuing_country": "USA"}
        elif cc == "IT":
            ev["document"] = {"type": "tessera_sanitaria", "codice_fiscale": L("IT_FISCAL_CODE", cod_fisc(p.family, p.given, y, m, dd, p.female))}
        elif cc == "SG":
            ev["document"] = {"type": "nric", "number": L("SG_NRIC", nric(r, r.choice("ST")))}
        elif cc == "CA":
            ev["document"] = {"type": "sin_letter", "sin": L("CA_SIN", sin(r))}
        elif cc == "BR":
            ev["document"] = {"type": "cpf", "cpf": L("BR_CPF", cpf(r))}
        elif cc == "ES":
            ev["document"] = {"type": "dni", "numero": L("ES_DNI", dni(r))}
        ev["person"] = {"first_name": L("PERSON", p.given), "last_name": L("PERSON", p.family), "dob": L("DATE_OF_BIRTH", dstr(p.dob, "iso"))}
        ev["result"] = "approved"
        js(d, ev, None); d.t("\n")
    bad = [("IT", lambda: cod_fisc("Bianchi", "Luca", 1990, 3, 14, False, False)), ("CA", lambda: bad_sin(r)), ("ES", lambda: dni(r, False))][n]
    js(d, {"event": "verification.declined", "id": "ver_" + hexid(r, 16), "ts": ts(r), "country": bad[0], "reason": "checksum_mismatch", "submitted": bad[1](), "person": {"first_name": "[redacted]"}}, None)
    d.t("\n")
    return d

@T("tsv", 2)
def dac7_report(r, n):
    d = Doc()
    row(d, ["seller_ref", "family_name", "given_name", "birth_date", "tin_country", "tin", "iban", "consideration_q4"], "\t")
    for cc in r.sample(["DE", "IT", "ES", "DE", "IT"], 4):
        p = Person(r, cc); y, m, dd = p.dob
        tin = {"DE": lambda: L("DE_TAX_ID", steuer_id(r)), "IT": lambda: L("IT_FISCAL_CODE", cod_fisc(p.family, p.given, y, m, dd, p.female)), "ES": lambda: L("ES_DNI", dni(r))}[cc]()
        row(d, ["SR" + rdig(r, 8), L("PERSON", p.family), L("PERSON", p.given), L("DATE_OF_BIRTH", dstr(p.dob, "iso")), cc, tin, L("IBAN", make_iban(r, cc)), "%d.%02d" % (r.randint(100, 30000), r.randint(0, 99))], "\t")
    row(d, ["SR" + rdig(r, 8), "[withheld]", "[withheld]", "", "DE", steuer_id(r, False), "", "0.00"], "\t")
    return d


@T("json", 2)
def customs_declaration(r, n):
    cc = ["BR", "KR", "CN"][n]; p = Person(r, cc); a = address(r, cc); d = Doc()
    rec = {"name": L("PERSON", p.full), "phone": L("PHONE", phone(r, cc, True)), "address": L("ADDRESS", addr1(a))}
    if cc == "BR":
        rec["tax_id_type"] = "CPF"; rec["tax_id"] = L("BR_CPF", cpf(r))
    else:
        typ, num = passport(r, cc)
        rec["id_document"] = {"label": PP_LABEL[cc], "value": L(typ, num)}
    js(d, {"declaration_id": "CN22-" + rdig(r, 10), "incoterm": "DDP", "origin_warehouse": r.choice(WAREHOUSES), "hs_codes": ["%s.%s" % (rdig(r, 4), rdig(r, 2)) for _ in range(2)],
           "contents": [{"desc": r.choice(BRANDS) + " item", "value_usd": price(r, "")}, {"desc": r.choice(HEALTH_PRODUCTS), "value_usd": price(r, "")}],
           "recipient": rec, "tracking": tracking(r), "created": ts(r)})
    return d


@T("json", 3)
def store_metrics_neg(r, n):
    d = Doc()
    js(d, {"report": "seller_scorecard", "period": "2026-Q%d" % r.randint(1, 4), "generated": ts(r), "stores": [
        {"store": r.choice(SELLER_STORES + ["Calvin Klein Official", "Ben & Jerry's Scoop Shop", "Dr. Martens Outlet", "Tommy Hilfiger Kids"]), "seller_id": "S" + rdig(r, 9),
         "odr": round(r.uniform(0, 0.02), 4), "late_ship_rate": round(r.uniform(0, 0.1), 3), "rating": round(r.uniform(3, 5), 1), "top_asin": asin(r),
         "warehouse": r.choice(WAREHOUSES), "contact": "{{seller.primary_email}}", "owner_display": r.choice(PLACEHOLDERS) if i == 0 else "[masked]",
         "payout_iban": "DE** **** **** **** **%s %s" % (rdig(r, 2), rdig(r, 2)), "sdk": version_ip(r)} for i in range(3)],
        "model_hash": hashlib.sha1(str(r.random()).encode()).hexdigest()})
    return d

# ================================================================ build / validate
VALIDATORS = {
 "CREDIT_CARD": lambda v: luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19,
 "IBAN": iban_ok, "CA_SIN": lambda v: luhn_ok(v) and len(re.sub(r"\D", "", v)) == 9,
 "IN_AADHAAR": lambda v: verhoeff_ok(v.replace(" ", "")),
 "DE_TAX_ID": lambda v: steuer_ok(v.replace(" ", "")),
 "UK_NHS_NUMBER": lambda v: (lambda s: (11 - sum(int(x) * w for x, w in zip(s[:9], range(10, 1, -1))) % 11) % 11 == int(s[9]))(v.replace(" ", "")),
 "ES_DNI": lambda v: (lambda s: DNI_L[int(("XYZ".index(s[0]).__str__() + s[1:8]) if s[0] in "XYZ" else s[:8]) % 23] == s[-1])(v.replace("-", "")),
 "IT_FISCAL_CODE": lambda v: cf_char(v[:15]) == v[15],
 "SG_NRIC": lambda v: (NRIC_ST if v[0] in "ST" else NRIC_FG)[(sum(int(a) * w for a, w in zip(v[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if v[0] in "TG" else 0)) % 11] == v[8],
 "FR_NIR": lambda v: (lambda s: 97 - int(s[:13].replace("2A", "19").replace("2B", "18")) % 97 == int(s[13:]))(v.replace(" ", "")),
 "US_SSN": lambda v: (lambda s: s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")(re.sub(r"\D", "", v)),
}
def cpf_ok(v):
    s = [int(c) for c in re.sub(r"\D", "", v)]
    d1 = sum(x * w for x, w in zip(s[:9], range(10, 1, -1))) % 11; d1 = 0 if d1 < 2 else 11 - d1
    d2 = sum(x * w for x, w in zip(s[:10], range(11, 1, -1))) % 11; d2 = 0 if d2 < 2 else 11 - d2
    return s[9] == d1 and s[10] == d2
VALIDATORS["BR_CPF"] = cpf_ok
VALIDATORS["US_MBI"] = lambda v: re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d", v.replace("-", "")) is not None
VALIDATORS["UK_NATIONAL_INSURANCE_NUMBER"] = lambda v: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v.replace(" ", "")) is not None

def leak_check(text, ents):
    covered = set()
    for _, s, e in ents:
        covered.update(range(s, e))
    for m in re.finditer(r"(?<![\dA-Za-z])(?:\d[ -]?){12,18}\d(?!\d)", text):
        digits = re.sub(r"\D", "", m.group())
        if luhn_ok(digits) and digits[0] in "3456" and not (set(range(m.start(), m.end())) & covered):
            if digits[:2] in ("34", "37") or digits[0] in "456" or digits[:2] in ("35",):
                return "unlabelled card-like %s" % m.group()
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group()) and not (set(range(m.start(), m.end())) & covered):
            return "unlabelled IBAN %s" % m.group()
    return None

def main():
    docs = []
    for name, fmt, count, fn in TEMPLATES:
        assert fmt in FORMATS
        for i in range(count):
            r = random.Random("%s:%s:%d" % (SEED, name, i))
            d = fn(r, i)
            text = d.text()
            ents = sorted(d.ents, key=lambda e: e[1])
            prev = -1
            for t, s, e in ents:
                v = text[s:e]
                assert e > s and v == v.strip() and v, (name, i, t, repr(v))
                assert s >= prev, (name, i, "overlap", t, v)
                prev = e
                if t in VALIDATORS:
                    assert VALIDATORS[t](v), (name, i, t, v)
            lk = leak_check(text, ents)
            assert not lk, (name, i, lk)
            if fmt in ("json", "fhir_json"):
                json.loads(text)
            if fmt == "ndjson":
                for ln in text.strip("\n").split("\n"):
                    json.loads(ln)
            if fmt in ("csv", "tsv"):
                rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
                assert len(set(len(x) for x in rows)) == 1, (name, i, [len(x) for x in rows])
            lvl = max([LEVEL[t] for t, _, _ in ents] or [1])
            docs.append({"id": "h37_%s-%d" % (name, i), "text": text, "entities": [{"type": t, "start": s, "end": e} for t, s, e in ents],
                         "classification": LEVNAME[lvl], "format": fmt})
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # re-read and re-check classification
    for ln in open(OUT, encoding="utf-8"):
        o = json.loads(ln)
        lv = max([LEVEL[e["type"]] for e in o["entities"]] or [1])
        assert LEVNAME[lv] == o["classification"]
    ct, cf, cc = Counter(), Counter(), Counter()
    for o in docs:
        cf[o["format"]] += 1; cc[o["classification"]] += 1
        for e in o["entities"]: ct[e["type"]] += 1
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for o in docs if not o["entities"]))
    for title, c in (("classification", cc), ("format", cf), ("entity type", ct)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
