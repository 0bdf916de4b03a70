#!/usr/bin/env python3
"""holdout36 generator: mental-health & addiction-services corpus. Standard library only.
Written from the public contract (LABELS.md, PRIOR_CORPUS.md, BRIEF.md) only."""
import json, random, csv, io, re, sys, collections

SEED = "holdout36/otter-lantern-5209"
OUT = "/tmp/holdout36/holdout36.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LVNAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
class L:
    __slots__ = ("t", "v")
    def __init__(self, t, v):
        self.t, self.v = t, v
class M:
    """mixed string: list of str / L parts (for JSON/CSV cells)"""
    def __init__(self, *parts):
        self.parts = parts
    def plain(self):
        return "".join(p.v if isinstance(p, L) else p for p in self.parts)

def P(v): return L("PERSON", v)

class Doc:
    def __init__(self, fmt):
        assert fmt in FORMATS, fmt
        self.fmt, self.buf, self.n, self.ents = fmt, [], 0, []
    def __call__(self, *xs):
        for x in xs:
            if isinstance(x, L):
                s = self.n
                self._app(x.v)
                self.ents.append({"type": x.t, "start": s, "end": self.n})
            elif isinstance(x, M):
                self(*x.parts)
            elif isinstance(x, (list, tuple)):
                self(*x)
            elif x is None:
                continue
            else:
                self._app(str(x))
        return self
    def _app(self, s):
        self.buf.append(s); self.n += len(s)
    def text(self):
        return "".join(self.buf)

def jstr(d, v):
    """emit a JSON string literal; labelled content spans inside the quotes"""
    parts = v.parts if isinstance(v, M) else (v,)
    d('"')
    for p in parts:
        raw = p.v if isinstance(p, L) else p
        esc = json.dumps(raw, ensure_ascii=False)[1:-1]
        if isinstance(p, L):
            assert esc == raw, raw
            d(p)
        else:
            d(esc)
    d('"')

def jemit(d, o, ind=2, lvl=0, compact=False):
    sp = "" if compact else "\n"
    pad = lambda k: "" if compact else " " * (ind * k)
    if isinstance(o, dict):
        if not o:
            d("{}"); return
        d("{", sp)
        items = list(o.items())
        for i, (k, v) in enumerate(items):
            d(pad(lvl + 1), json.dumps(k, ensure_ascii=False), ": " if not compact else ":")
            jemit(d, v, ind, lvl + 1, compact)
            d("," if i < len(items) - 1 else "", sp)
        d(pad(lvl), "}")
    elif isinstance(o, list):
        if not o:
            d("[]"); return
        d("[", sp)
        for i, v in enumerate(o):
            d(pad(lvl + 1))
            jemit(d, v, ind, lvl + 1, compact)
            d("," if i < len(o) - 1 else "", sp)
        d(pad(lvl), "]")
    elif isinstance(o, (L, M, str)):
        jstr(d, o)
    else:
        d(json.dumps(o))

def row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d(sep)
        raw = c.plain() if isinstance(c, M) else (c.v if isinstance(c, L) else str(c))
        assert '"' not in raw and "\n" not in raw
        q = sep in raw
        if q: d('"')
        d(c)
        if q: d('"')
    d("\n")

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0
def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def iban_make(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)
def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10: return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])
VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
      [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
      [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(reversed(re.sub(r"\D", "", s))):
        c = VD[c][VP[i % 8][int(x)]]
    return c == 0
def verhoeff_digit(body):
    c = 0
    for i, x in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(x)]]
    return str(VINV[c])
def cpf_digits(b9):
    ds = [int(x) for x in b9]
    for n in (10, 11):
        r = sum(x * w for x, w in zip(ds, range(n, 1, -1))) % 11
        ds.append(0 if r < 2 else 11 - r)
    return "".join(map(str, ds))
def cpf_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d
DNIL = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    n = s[:-1]
    if n[0] in "XYZ": n = str("XYZ".index(n[0])) + n[1:]
    return n.isdigit() and DNIL[int(n) % 23] == s[-1]
def nir_ok(s):
    d = s.replace(" ", "")
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])
def steuer_check(b10):
    prod = 10
    for x in b10:
        sm = (int(x) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return "0" if c == 10 else str(c)
def steuer_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 11 or d[0] == "0": return False
    cnt = collections.Counter(d[:10]).values()
    if not (sorted(cnt, reverse=True)[0] in (2, 3) and sum(1 for c in cnt if c > 1) == 1): return False
    return steuer_check(d[:10]) == d[10]
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c): return int(c) if c.isdigit() else ord(c) - 65
def cf_check(s15):
    return chr(65 + sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s15)) % 26)
def cf_ok(s): return len(s) == 16 and cf_check(s[:15]) == s[15]
NRIC_W = [2,7,6,5,4,3,2]
def nric_letter(pfx, d7):
    t = sum(int(a) * w for a, w in zip(d7, NRIC_W)) + (4 if pfx in "TG" else 0)
    return ("JZIHGFEDCBA" if pfx in "ST" else "XWUTRQPNMLK")[t % 11]
def nric_ok(s): return len(s) == 9 and nric_letter(s[0], s[1:8]) == s[8]
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = "CAN" "NA" "AN" "NA" "A" "NN"
    cls = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, k in zip(s, cls):
        if k == "C" and c not in "123456789": return False
        if k == "N" and not c.isdigit(): return False
        if k == "A" and c not in MBI_A: return False
        if k == "AN" and not (c.isdigit() or c in MBI_A): return False
    return True
def nino_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s): return False
    if s[0] in "DFIQUV" or s[1] in "DFIOQUV" or s[:2] in ("BG","GB","NK","KN","TN","NT","ZZ"): return False
    return True
def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m: return False
    a, g, r = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and r != "0000"
def sin_ok(s): return len(re.sub(r"\D", "", s)) == 9 and luhn_ok(s)
def aadhaar_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

VALID = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": aadhaar_ok,
         "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
         "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok,
         "CA_SIN": sin_ok}

def selftest():
    assert luhn_ok("4539 1488 0343 6467") and luhn_ok("046 454 286")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert steuer_check("8609574271"[:10]) is not None
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("QQ123456C") is False and nino_ok("AB123456C")
    assert steuer_ok("86095742719")
selftest()

# ---------------------------------------------------------------- names (hand-written, by origin)
NAMES = {
 "us": ("Shanice Tremaine Dakota Brody Lorraine Delmar Kayleigh Garrett Marisol Jolene".split(),
        "Whitfield Okafor-Banks McAllister Pruitt Castellano Dombrowski Haskins Yarbrough".split()),
 "ca": ("Mathieu Geneviève Rosalie Étienne Noémie Jacynthe".split(), "Gagnon-Leblanc Tremblay Ouellet Bérubé Arsenault Poirier".split()),
 "uk": ("Niamh Callum Rhiannon Alfie Imogen Gethin Lowri Declan".split(), "Pritchard Ashworth Llewellyn Threlfall Okonedo Blackwood".split()),
 "ie": ("Aoife Oisín Siobhán Caoimhe Tadhg Ciarán".split(), "Ó Súilleabháin Mac Giolla Bhríde Ní Dhomhnaill Breathnach Fitzgerald Ó Cearbhaill".split("  ") if False else
        ["Ó Súilleabháin", "Mac Giolla Bhríde", "Ní Dhomhnaill", "Breathnach", "Ó Cearbhaill", "Uí Fhlatharta"]),
 "nl": ("Femke Joris Sanne Thijs Marloes Bram".split(), ["van der Heijden", "de Groot", "Verbeek", "van 't Hof", "Kuipers", "ter Borg"]),
 "de": ("Jannik Friederike Lukas Annelie Mirko Svenja".split(), ["Schäfer", "von Rüxleben", "Nowitzki", "Brückner-Haas", "Oberländer", "Zimmermann"]),
 "dk": ("Mette Rasmus Signe Asger Frederikke".split(), ["Kjærgaard", "Søndergaard", "Østergaard", "Mikkelsen", "Dalsgaard"]),
 "fi": ("Aino Eero Tuulikki Juho Venla".split(), ["Järvinen", "Mäkelä", "Korhonen", "Häkkinen", "Leinonen"]),
 "lt": ("Rūta Mindaugas Gintarė Vytautas Aistė".split(), ["Kazlauskienė", "Petrauskas", "Žukauskas", "Vaitkutė", "Balčiūnas"]),
 "pl": ("Agnieszka Przemysław Małgorzata Wojciech Zofia".split(), ["Wiśniewska", "Grzegorczyk", "Szczepański", "Kowalczyk", "Dąbrowski"]),
 "pt": ("João Inês Gonçalo Leonor Tiago".split(), ["Gonçalves", "de Sousa Ferreira", "Magalhães", "Conceição", "Lourenço"]),
 "es": ("Itziar Joaquín Begoña Iñigo Montserrat".split(), ["Etxeberria", "García-Olazábal", "de la Fuente", "Núñez", "Ibarrola"]),
 "it": ("Gianluca Chiara Benedetta Salvatore Ottavio".split(), ["Lo Russo", "D'Ambrosio", "Esposito", "Barbieri", "Colombo"]),
 "al": ("Arben Drita Gëzim Mirela Besnik".split(), ["Hoxha", "Berisha", "Kelmendi", "Dervishi", "Shehu"]),
 "ir": ("Parisa Kourosh Shirin Dariush Golnaz".split(), ["Tehrani", "Ghasemzadeh", "Moradi", "Sadeghian", "Farahani"]),
 "pk": ("Saima Imran Zainab Faisal Ayesha".split(), ["Chaudhry", "Qureshi", "Abbasi", "Malik", "Siddiqui"]),
 "in": ("Priyanka Aniruddh Lakshmi Venkatesh Harpreet".split(), ["Subramaniam", "Kulkarni", "Bhattacharya", "Gill", "Raghunathan"]),
 "np": ("Sujata Bishnu Anjali Prakash Sarita".split(), ["Shrestha", "Gurung", "Tamang", "Adhikari", "Thapa Magar"]),
 "vn": ("Thảo Minh Huyền Quang Ngọc".split(), ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Đặng"]),
 "ph": ("Maricel Jericho Rowena Danilo Kristine".split(), ["Dimaculangan", "Macaraeg", "Bautista", "Villanueva", "Pangilinan"]),
 "cn": ("Xiaoling Junjie Meiqi Zhiwei Yuting".split(), ["Zhao", "Ouyang", "Liang", "Xu", "Huang"]),
 "jp": ("Haruka Kenta Midori Shōta Ayane".split(), ["Takahashi", "Nakamura", "Inoue", "Yamaguchi", "Kobayashi"]),
 "au": ("Brodie Tahlia Lachlan Kirra Jarrah".split(), ["Fitzpatrick", "McGillivray", "Dunstan", "Harcourt", "Pemberton"]),
 "nz": ("Aroha Nikau Mereana Tamati Ataahua".split(), ["Te Whare", "Ngata", "Parata", "Tūhoe-Rāwiri", "Horomona"]),
 "gh": ("Kwabena Efua Yaw Akosua Kofi".split(), ["Asante", "Boateng", "Owusu-Ansah", "Mensah", "Darko"]),
 "so": ("Hodan Abdirahman Faadumo Mahad Sahra".split(), ["Warsame", "Abdullahi", "Jama", "Farah", "Hersi"]),
 "et": ("Meseret Dawit Tigist Yohannes Selamawit".split(), ["Tesfaye", "Gebremedhin", "Alemu", "Haile", "Bekele"]),
 "jm": ("Kemar Shantoya Delroy Tanisha Omari".split(), ["Campbell", "McKenzie", "Grant", "Ebanks", "Thompson-Reid"]),
 "tt": ("Ravindra Keisha Nkosi Sunita Darnell".split(), ["Ramkissoon", "Baptiste", "Maharaj", "De Freitas", "Persad"]),
 "pr": ("Yaritza Edwin Nilda Xavier Coralys".split(), ["Rivera Colón", "Santiago", "Vélez Ortiz", "Rosario", "Quiñones"]),
 "mx": ("Guadalupe Ximena Rodrigo Citlali Efraín".split(), ["Hernández", "Cuauhtémoc Ruiz", "Villaseñor", "Zúñiga", "Ochoa"]),
 "pe": ("Yesenia Wilfredo Milagros Percy Rocío".split(), ["Quispe", "Huamán", "Mamani", "Condori", "Chávez Tupayachi"]),
}
SYL = "ka ro vi ne lu ta mo zi be ru sa do fe li nu wa xo pe qi"
def invented(r, cap=True):
    w = "".join(r.choice(SYL.split()) for _ in range(r.randint(2, 3)))
    w = w + r.choice(["", "n", "s", "k", "th", "l"])
    return w.capitalize()
def name(r, origin=None):
    o = origin or r.choice(list(NAMES))
    g, f = NAMES[o]
    gn = r.choice(g) if r.random() > 0.12 else invented(r)
    fn = r.choice(f) if r.random() > 0.12 else invented(r)
    return gn, fn, o
def full(r, origin=None):
    g, f, o = name(r, origin)
    if r.random() < 0.12:
        return "%s %s. %s" % (g, r.choice("ABCDEJKMRST"), f)
    return g + " " + f

# ---------------------------------------------------------------- values
def dt(r, y0=1940, y1=2006):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
def fdate(r, ymd, style=None):
    y, m, d = ymd
    style = style or r.choice(["iso", "us", "eu", "long", "dots"])
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y), "eu": "%02d/%02d/%04d" % (d, m, y),
            "long": "%d %s %d" % (d, MON[m - 1], y), "dots": "%02d.%02d.%04d" % (d, m, y), "hl7": "%04d%02d%02d" % (y, m, d)}[style]
def dob(r, style=None): return fdate(r, dt(r), style)
def digits(r, n): return "".join(r.choice("0123456789") for _ in range(n))
def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
def nhs(r, spaced=True):
    while True:
        b = digits(r, 9)
        if b[0] == "0": continue
        tot = sum(int(b[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        c = 0 if c == 11 else c
        if c == 10: continue
        n = b + str(c)
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if spaced else n
def bad_nhs(r):
    while True:
        n = nhs(r, False)
        b = n[:9] + str((int(n[9]) + 3) % 10)
        if not nhs_ok(b): return "%s %s %s" % (b[:3], b[3:6], b[6:])
def nino(r):
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        s = p + digits(r, 6) + r.choice("ABCD")
        if nino_ok(s):
            return s if r.random() < .5 else "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
def card(r):
    kind = r.choice(["visa", "mc", "amex", "mc2"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]) + digits(r, 12)); return "%s %s %s" % (n[:4], n[4:10], n[10:])
    pre = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720))}[kind]
    n = luhn_complete(pre + digits(r, 15 - len(pre)))
    sep = r.choice([" ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))
IBAN_SPEC = {"DE": "8n10n", "GB": "4a6n8n", "IE": "4a6n8n", "NL": "4a10n", "DK": "14n", "FI": "14n", "LT": "16n",
             "PL": "24n", "PT": "21n", "ES": "20n", "IT": "1a10n12n", "AL": "8n16n", "FR": "23n"}
def iban(r, cc=None, spaced=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    b = ""
    for n, k in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        b += "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if k == "a" else "0123456789") for _ in range(int(n)))
    if cc in ("GB", "IE"):
        b = r.choice(["NWBK", "BARC", "AIBK", "BOFI", "LOYD", "MIDL"]) + b[4:]
    s = iban_make(cc, b)
    if spaced is None: spaced = r.random() < .6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
def bad_iban(r, cc=None):
    s = iban(r, cc, False)
    t = s[:-1] + str((int(s[-1]) + 1) % 10) if s[-1].isdigit() else s[:-2] + "00"
    assert not iban_ok(t)
    return t
def sortacct(r):
    return "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)), digits(r, 8)
def aadhaar(r):
    b = str(r.randint(2, 9)) + digits(r, 10)
    n = b + verhoeff_digit(b)
    assert aadhaar_ok(n)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])
def bad_aadhaar(r):
    n = aadhaar(r).replace(" ", "")
    for k in range(1, 10):
        b = n[:11] + str((int(n[11]) + k) % 10)
        if not verhoeff_ok(b): return "%s %s %s" % (b[:4], b[4:8], b[8:])
def cpf(r, fmt=True):
    while True:
        n = cpf_digits(digits(r, 9))
        if len(set(n)) > 1: break
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:]) if fmt else n
def bad_cpf(r):
    n = cpf(r, False); b = n[:10] + str((int(n[10]) + 1) % 10)
    assert not cpf_ok(b); return "%s.%s.%s-%s" % (b[:3], b[3:6], b[6:9], b[9:])
def dni(r):
    if r.random() < .35:
        p = r.choice("XYZ"); n = digits(r, 7)
        return p + n + DNIL[int(str("XYZ".index(p)) + n) % 23]
    n = "%08d" % r.randint(1000000, 99999999)
    return n + DNIL[int(n) % 23]
def bad_dni(r):
    s = dni(r); b = s[:-1] + DNIL[(DNIL.index(s[-1]) + 5) % 23]
    assert not dni_ok(b); return b
def nir(r, sex=None, ymd=None, spaced=True):
    sex = sex or r.choice("12")
    y, m, _ = ymd or dt(r)
    dep = r.choice(["75", "69", "13", "33", "59", "2A", "31", "44"])
    depn = {"2A": "19"}.get(dep, dep)
    com, order = "%03d" % r.randint(1, 400), "%03d" % r.randint(1, 999)
    body = "%s%02d%02d%s%s%s" % (sex, y % 100, m, depn, com, order)
    key = 97 - int(body) % 97
    s = body + "%02d" % key
    assert nir_ok(s)
    return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]) if spaced else s
def bad_nir(r):
    s = nir(r, spaced=False); k = (int(s[13:]) + 7) % 100
    b = s[:13] + "%02d" % k; assert not nir_ok(b); return b
def steuer(r):
    while True:
        ds = r.sample("0123456789", 9)
        dup = r.choice(ds)
        l = ds + [dup]; r.shuffle(l)
        if l[0] == "0": continue
        b = "".join(l); s = b + steuer_check(b)
        if steuer_ok(s):
            return s if r.random() < .5 else "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])
def bad_steuer(r):
    s = steuer(r).replace(" ", ""); b = s[:10] + str((int(s[10]) + 1) % 10)
    assert not steuer_ok(b); return b
CF_MONTH = "ABCDEHLMPRST"
def _cf_part(w, given):
    w = re.sub(r"[^A-Z]", "", w.upper().replace("À", "A").replace("È", "E").replace("É", "E").replace("Ì", "I").replace("Ò", "O").replace("Ù", "U"))
    cons = [c for c in w if c not in "AEIOU"]; vow = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4: cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]
def cf(r, given, family, ymd, female):
    y, m, d = ymd
    s = _cf_part(family, False) + _cf_part(given, True) + "%02d" % (y % 100) + CF_MONTH[m - 1] + "%02d" % (d + (40 if female else 0))
    s += r.choice(["H501", "F205", "F839", "L219", "G273", "A662", "D612", "C351"])
    return s + cf_check(s)
def bad_cf(r, s):
    b = s[:15] + chr(65 + (ord(s[15]) - 65 + 3) % 26); assert not cf_ok(b); return b
def nric(r):
    p = r.choice("STFG"); d7 = digits(r, 7)
    return p + d7 + nric_letter(p, d7)
def bad_nric(r):
    s = nric(r); tbl = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    b = s[:8] + tbl[(tbl.index(s[8]) + 4) % 11]; assert not nric_ok(b); return b
def sin(r):
    n = luhn_complete(str(r.randint(1, 7)) + digits(r, 7))
    return r.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
def bad_sin(r):
    n = sin(r).replace(" ", "").replace("-", "")
    b = n[:8] + str((int(n[8]) + 4) % 10); assert not luhn_ok(b); return "%s %s %s" % (b[:3], b[3:6], b[6:])
def mbi(r, dashed=None):
    A = MBI_A; N = "0123456789"; AN = N + A
    s = r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice(N) + r.choice(A) + r.choice(AN) + r.choice(N) + \
        r.choice(A) + r.choice(A) + r.choice(N) + r.choice(N)
    assert mbi_ok(s)
    if dashed is None: dashed = r.random() < .5
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s
def mrn(r):
    return r.choice([lambda: "MH" + digits(r, 7), lambda: digits(r, 8), lambda: "RX-" + digits(r, 6),
                     lambda: "%s%s" % (r.choice("KLMT"), digits(r, 9)), lambda: "CMHT/" + digits(r, 5) + "/" + r.choice("ABC")])()
def plan_id(r):
    return r.choice([lambda: r.choice(["XEH", "YHJ", "ZGP", "MCD"]) + digits(r, 9), lambda: "W" + digits(r, 9),
                     lambda: digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 2), lambda: "MA" + digits(r, 8) + r.choice("ABC")])()
def us_passport(r):
    return r.choice([lambda: r.choice("5678") + digits(r, 8), lambda: r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)])()
AL = "ABCDEFGHJKLMNPRSTUVWXYZ"
def up(r, n): return "".join(r.choice(AL) for _ in range(n))
PASSPORT_SHAPES = {
 "United Kingdom": lambda r: str(r.randint(1, 9)) + digits(r, 8), "Canada": lambda r: up(r, 2) + digits(r, 6),
 "Ireland": lambda r: up(r, 2) + digits(r, 7), "Netherlands": lambda r: up(r, 2) + "".join(r.choice(AL + "0123456789") for _ in range(6)) + digits(r, 1),
 "Germany": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
 "Denmark": lambda r: digits(r, 9), "Finland": lambda r: up(r, 2) + digits(r, 7), "Lithuania": lambda r: digits(r, 8),
 "Poland": lambda r: up(r, 2) + digits(r, 7), "Portugal": lambda r: up(r, 1) + digits(r, 6), "Spain": lambda r: up(r, 3) + digits(r, 6),
 "Italy": lambda r: up(r, 2) + digits(r, 7), "Albania": lambda r: "B" + digits(r, 8), "Iran": lambda r: r.choice("ABKZ") + digits(r, 8),
 "Pakistan": lambda r: up(r, 2) + digits(r, 7), "India": lambda r: up(r, 1) + digits(r, 7), "Nepal": lambda r: "PA" + digits(r, 7),
 "Vietnam": lambda r: r.choice("BC") + digits(r, 7), "Philippines": lambda r: "P" + digits(r, 7) + up(r, 1),
 "China": lambda r: "E" + digits(r, 8), "Japan": lambda r: r.choice(["TK", "TR", "MZ"]) + digits(r, 7),
 "Australia": lambda r: r.choice(["PA", "PB", "RA"]) + digits(r, 7), "New Zealand": lambda r: "L" + up(r, 1) + digits(r, 6),
 "Ghana": lambda r: "G" + digits(r, 7), "Somalia": lambda r: "P" + digits(r, 8), "Ethiopia": lambda r: "EP" + digits(r, 7),
 "Jamaica": lambda r: "A" + digits(r, 7), "Trinidad and Tobago": lambda r: "TB" + digits(r, 6), "Mexico": lambda r: "G" + digits(r, 8),
 "Peru": lambda r: digits(r, 9),
}
DL = {  # state -> generator
 "California": lambda r: up(r, 1) + digits(r, 7), "New York": lambda r: "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3)),
 "Florida": lambda r: "%s%s-%s-%s-%s-%s" % (up(r, 1), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1)),
 "Texas": lambda r: digits(r, 8), "Illinois": lambda r: "%s%s-%s-%s" % (up(r, 1), digits(r, 3), digits(r, 4), digits(r, 4)),
 "Washington": lambda r: "WDL" + "".join(r.choice(AL + "0123456789") for _ in range(9)),
 "New Jersey": lambda r: "%s%s %s %s" % (up(r, 1), digits(r, 4), digits(r, 5), digits(r, 5)),
 "Michigan": lambda r: "%s %s %s %s %s" % (up(r, 1), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3)),
 "Ohio": lambda r: up(r, 2) + digits(r, 6), "Massachusetts": lambda r: "S" + digits(r, 8),
 "Arizona": lambda r: up(r, 1) + digits(r, 8), "Colorado": lambda r: "%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
 "Pennsylvania": lambda r: "%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "Minnesota": lambda r: up(r, 1) + digits(r, 12),
 "Puerto Rico": lambda r: digits(r, 7), "Georgia": lambda r: digits(r, 9), "Oregon": lambda r: digits(r, 7),
 "Maryland": lambda r: "%s-%s-%s-%s-%s" % (up(r, 1), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3)),
}
STATE_ABBR = {"California": "CA", "New York": "NY", "Florida": "FL", "Texas": "TX", "Illinois": "IL", "Washington": "WA",
              "New Jersey": "NJ", "Michigan": "MI", "Ohio": "OH", "Massachusetts": "MA", "Arizona": "AZ", "Colorado": "CO",
              "Pennsylvania": "PA", "Minnesota": "MN", "Puerto Rico": "PR", "Georgia": "GA", "Oregon": "OR", "Maryland": "MD"}

def addr(r, cc=None, multiline=False):
    """returns (address string, country code)"""
    cc = cc or r.choice(["us", "uk", "ie", "ca", "nl", "de", "dk", "fi", "lt", "pl", "pt", "es", "it", "al", "au", "nz", "mx", "pe", "pr", "jm", "in", "ph", "jp", "gh"])
    n = r.randint(2, 480)
    nl = "\n" if multiline else ", "
    if cc == "us":
        st, ab, city, z = r.choice([("Texas", "TX", "El Paso", "799"), ("Ohio", "OH", "Dayton", "454"), ("Oregon", "OR", "Eugene", "974"),
                                    ("New York", "NY", "Rochester", "146"), ("Minnesota", "MN", "Duluth", "558"), ("Arizona", "AZ", "Tucson", "857")])
        street = "%d %s %s" % (n * 10 + r.randint(0, 9), r.choice(["W Alameda", "Cottonwood", "N Kenwood", "Larpenteur", "Halsted", "E Broadway"]), r.choice(["Ave", "St", "Blvd", "Rd"]))
        apt = r.choice(["", " Apt 3B", " #12", " Unit 204", " Ste 9"])
        return street + apt + nl + "%s, %s %s%s" % (city, ab, z, digits(r, 2)), cc
    if cc == "pr":
        return "Calle %s %d%sUrb. Villa Carolina%sCarolina, PR 0098%d" % (r.choice(["Luna", "Loíza", "Betances"]), n, nl, nl, r.randint(2, 7)), cc
    if cc == "uk":
        pc = r.choice(["LS6 2QT", "M14 5RB", "BS5 9LW", "CF24 3AA", "NE6 5HL", "G42 8DS", "B12 0XY", "SE15 4NP"])
        return "%s %s%s%s%s%s" % (r.choice(["Flat 2,", str(n), "%d" % n, "Room 7, %d" % n]), r.choice(["Brudenell Grove", "Wilbraham Road", "St Marks Road", "Heath Park Avenue", "Chillingham Road", "Calder Street"]), nl, r.choice(["Leeds", "Manchester", "Bristol", "Cardiff", "Newcastle upon Tyne", "Glasgow"]), nl, pc), cc
    if cc == "ie":
        return "%d %s%s%s%s%s" % (n % 90 + 1, r.choice(["Bóthar na Trá", "Ashgrove Lawn", "Sráid Mhuire", "Cathedral Road"]), nl, r.choice(["Salthill, Galway", "Ballincollig, Co. Cork", "Drumcondra, Dublin 9"]), nl, r.choice(["H91 X2K7", "P31 DK44", "D09 W6Y4"])), cc
    if cc == "ca":
        return "%d %s%s%s" % (n, r.choice(["rue Saint-Hubert, app. 5", "Whyte Avenue NW", "Lakeshore Rd E", "boul. René-Lévesque"]), nl, r.choice(["Montréal (Québec) H2J 2X4", "Edmonton, AB T6E 1Z9", "Mississauga, ON L5G 1E3", "Québec (Québec) G1R 5J3"])), cc
    if cc == "nl":
        return "%s %d%s%s" % (r.choice(["Jan Pieterszoon Coenstraat", "Oudegracht", "Van Woustraat", "Korte Nieuwstraat"]), n, r.choice(["", "-II", " bis", "A"]), nl + r.choice(["3512 JK Utrecht", "1073 LR Amsterdam", "2514 BA Den Haag"])), cc
    if cc == "de":
        return "%s %d%s%s%s" % (r.choice(["Sonnenallee", "Hohenzollernring", "Görlitzer Straße", "Am Weißen Steinbruch"]), n, r.choice(["", "a", " Hinterhaus"]), nl, r.choice(["12045 Berlin", "50672 Köln", "04107 Leipzig", "80469 München"])), cc
    if cc == "dk":
        return "%s %d, %s. th.%s%s" % (r.choice(["Nørrebrogade", "Jægersborggade", "Vesterbrogade"]), n, r.randint(1, 5), nl, r.choice(["2200 København N", "8000 Aarhus C"])), cc
    if cc == "fi":
        return "%s %d B %d%s%s" % (r.choice(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"]), n, r.randint(1, 40), nl, r.choice(["00100 Helsinki", "33100 Tampere"])), cc
    if cc == "lt":
        return "%s g. %d-%d%s%s" % (r.choice(["Gedimino pr.", "Savanorių", "Žirmūnų"]).replace(" pr. g.", " pr."), n, r.randint(1, 80), nl, r.choice(["LT-09308 Vilnius", "LT-44248 Kaunas"])), cc
    if cc == "pl":
        return "ul. %s %d m. %d%s%s" % (r.choice(["Marszałkowska", "Świętokrzyska", "Piotrkowska"]), n, r.randint(1, 60), nl, r.choice(["00-624 Warszawa", "90-102 Łódź", "31-042 Kraków"])), cc
    if cc == "pt":
        return "Rua %s, %d, %dº Esq.%s%s" % (r.choice(["de Cedofeita", "Morais Soares", "da Prata"]), n, r.randint(1, 8), nl, r.choice(["4050-180 Porto", "1900-341 Lisboa"])), cc
    if cc == "es":
        return "C/ %s, %d, %dº %dª%s%s" % (r.choice(["Ercilla", "Sant Antoni Maria Claret", "Alcalá"]), n, r.randint(1, 9), r.randint(1, 4), nl, r.choice(["48010 Bilbao", "08025 Barcelona", "28028 Madrid"])), cc
    if cc == "it":
        return "Via %s %d%s%s" % (r.choice(["dei Serpenti", "Nazionale", "Giuseppe Garibaldi"]), n, nl, r.choice(["00184 Roma RM", "80138 Napoli NA", "20121 Milano MI"])), cc
    if cc == "al":
        return "Rruga %s, Nr. %d%s%s" % (r.choice(["Myslym Shyri", "e Kavajës", "Sami Frashëri"]), n, nl, r.choice(["1001 Tiranë", "2001 Durrës"])), cc
    if cc == "au":
        return "Unit %d/%d %s%s%s" % (r.randint(1, 30), n, r.choice(["Smith Street", "Oxford St", "Brunswick Rd"]), nl, r.choice(["Fitzroy VIC 3065", "Darlinghurst NSW 2010", "Fortitude Valley QLD 4006"])), cc
    if cc == "nz":
        return "%d %s%s%s" % (n, r.choice(["Karangahape Road", "Cuba Street", "Te Ara Road"]), nl, r.choice(["Grey Lynn, Auckland 1021", "Te Aro, Wellington 6011"])), cc
    if cc == "mx":
        return "Av. %s %d, Int. %d%sCol. Roma Norte, Cuauhtémoc%s06700 Ciudad de México, CDMX" % (r.choice(["Álvaro Obregón", "Insurgentes Sur"]), n, r.randint(1, 20), nl, nl), cc
    if cc == "pe":
        return "Jr. %s %d, Dpto. %d%sMiraflores, Lima 15074" % (r.choice(["Huiracocha", "Pachacútec", "Ica"]), n, r.randint(101, 905), nl), cc
    if cc == "jm":
        return "%d %s%sKingston 10, Jamaica" % (n % 60 + 1, r.choice(["Hope Road", "Mannings Hill Road", "Constant Spring Rd"]), nl), cc
    if cc == "in":
        return "Flat %d, %s%s%s" % (r.randint(101, 904), r.choice(["Shanti Kunj, 14th Cross, Indiranagar", "Sai Residency, Baner Road"]), nl, r.choice(["Bengaluru 560038", "Pune 411045"])), cc
    if cc == "ph":
        return "%d %s%s%s" % (n, r.choice(["Kalayaan Ave., Brgy. Pinyahan", "J.P. Rizal St., Brgy. Poblacion"]), nl, r.choice(["Quezon City 1100", "Makati City 1210"])), cc
    if cc == "jp":
        return "%d-%d-%d %s%s%s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), r.choice(["Kamiōsaki", "Nishi-Shinjuku", "Umeda"]), nl, r.choice(["Shinagawa-ku, Tokyo 141-0021", "Kita-ku, Osaka 530-0001"])), cc
    if cc == "gh":
        return "House No. %d, %s%sEast Legon, Accra, Ghana" % (n, r.choice(["Lagos Avenue", "Boundary Road"]), nl), cc
    raise ValueError(cc)

def phone(r, cc=None):
    cc = cc or r.choice(["us", "uk", "ie", "ca", "nl", "de", "dk", "fi", "lt", "pl", "pt", "es", "it", "al", "au", "nz", "mx", "pe", "in", "ph", "jm", "gh", "pk", "vn", "jp", "so", "et"])
    f = {
     "us": lambda: r.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"]) % (r.choice(["412", "503", "612", "915", "520", "585"]), "%d%s" % (r.randint(2, 9), digits(r, 2)), digits(r, 4)),
     "ca": lambda: "+1 (%s) %d%s-%s" % (r.choice(["514", "780", "905", "418"]), r.randint(2, 9), digits(r, 2), digits(r, 4)),
     "pr": lambda: "(787) %d%s-%s" % (r.randint(2, 9), digits(r, 2), digits(r, 4)),
     "uk": lambda: r.choice(["07%s %s", "+44 7%s %s"]) % (digits(r, 3), digits(r, 6)) if r.random() < .6 else "0113 %s %s" % (digits(r, 3), digits(r, 4)),
     "ie": lambda: "+353 8%d %s %s" % (r.choice([3, 5, 6, 7]), digits(r, 3), digits(r, 4)),
     "nl": lambda: "+31 6 %s %s" % (digits(r, 4), digits(r, 4)), "de": lambda: "+49 15%d %s" % (r.randint(1, 9), digits(r, 8)),
     "dk": lambda: "+45 %s %s %s %s" % (r.randint(20, 99), digits(r, 2), digits(r, 2), digits(r, 2)),
     "fi": lambda: "+358 40 %s %s" % (digits(r, 3), digits(r, 4)), "lt": lambda: "+370 6%s %s" % (digits(r, 2), digits(r, 5)),
     "pl": lambda: "+48 %d%s %s %s" % (r.choice([5, 6, 7, 8]), digits(r, 2), digits(r, 3), digits(r, 3)),
     "pt": lambda: "+351 9%d%s %s %s" % (r.choice([1, 2, 3, 6]), digits(r, 1), digits(r, 3), digits(r, 3)),
     "es": lambda: "+34 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "it": lambda: "+39 3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
     "al": lambda: "+355 6%d %s %s" % (r.choice([7, 8, 9]), digits(r, 3), digits(r, 4)), "au": lambda: "+61 4%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
     "nz": lambda: "+64 21 %s %s" % (digits(r, 3), digits(r, 4)), "mx": lambda: "+52 55 %s %s" % (digits(r, 4), digits(r, 4)),
     "pe": lambda: "+51 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "in": lambda: "+91 9%s %s" % (digits(r, 4), digits(r, 5)),
     "ph": lambda: "+63 917 %s %s" % (digits(r, 3), digits(r, 4)), "jm": lambda: "+1 (876) %d%s-%s" % (r.randint(2, 9), digits(r, 2), digits(r, 4)),
     "gh": lambda: "+233 24 %s %s" % (digits(r, 3), digits(r, 4)), "pk": lambda: "+92 300 %s" % digits(r, 7),
     "vn": lambda: "+84 9%d %s %s" % (r.randint(0, 8), digits(r, 3), digits(r, 4)), "jp": lambda: "+81 90-%s-%s" % (digits(r, 4), digits(r, 4)),
     "so": lambda: "+252 61 %s %s" % (digits(r, 3), digits(r, 4)), "et": lambda: "+251 91 %s %s" % (digits(r, 3), digits(r, 4)),
    }.get(cc) or (lambda: "+1 (%s) %d%s-%s" % ("412", r.randint(2, 9), digits(r, 2), digits(r, 4)))
    return f()
def _ascii(s):
    tr = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýÁÉÍÓÚÑŠšŽžąćęłńśźżĄĆĘŁŃŚŹŻāēīūĀĒĪŪėįųĖĮŲčČæÆœþðđĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ’'",
                       "aaaaaaceeeeiiiinoooooouuuuyAEIOUNSsZzacelnszzACELNSZZaeiuAEIUeiuEIUcCaAotddDaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy  ")
    return re.sub(r"[^a-z0-9.]", "", s.translate(tr).lower())
def email_for(r, given, family, dom=None):
    dom = dom or r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "hotmail.fr", "icloud.com", "proton.me", "gmx.at", "wp.pl", "sapo.pt", "libero.it", "eircom.net"])
    g, f = _ascii(given), _ascii(family)
    return r.choice(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", r.randint(1, 99)), "%.1s%s"]) % (g, f) + "@" + dom
def ip4(r):
    return r.choice([lambda: "192.0.2.%d" % r.randint(1, 254), lambda: "198.51.100.%d" % r.randint(1, 254), lambda: "203.0.113.%d" % r.randint(1, 254),
                     lambda: "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), lambda: "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                     lambda: "81.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), lambda: "151.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])()
def ip6(r): return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))

# clinical vocab (mental health + addiction)
DX = ["major depressive disorder, recurrent, moderate", "bipolar affective disorder, current episode manic", "paranoid schizophrenia",
      "schizoaffective disorder", "post-traumatic stress disorder", "emotionally unstable personality disorder", "opioid use disorder, severe",
      "alcohol dependence syndrome", "generalised anxiety disorder", "obsessive-compulsive disorder", "anorexia nervosa", "bulimia nervosa",
      "first-episode psychosis", "complex PTSD", "cannabis-induced psychotic disorder", "stimulant use disorder", "panic disorder with agoraphobia",
      "ADHD, combined presentation", "recurrent depressive disorder", "hepatitis C", "Wernicke-Korsakoff syndrome", "delusional disorder",
      "postnatal depression", "borderline personality disorder", "autism spectrum disorder", "gambling disorder", "dysthymia"]
MED = ["methadone", "buprenorphine", "Suboxone", "Espranor", "naltrexone", "acamprosate", "disulfiram", "sertraline", "mirtazapine",
       "olanzapine", "aripiprazole", "clozapine", "quetiapine", "lithium carbonate", "sodium valproate", "lamotrigine", "fluoxetine",
       "venlafaxine", "risperidone", "paliperidone palmitate", "zuclopenthixol decanoate", "lorazepam", "diazepam", "chlordiazepoxide",
       "thiamine", "Pabrinex", "naloxone", "Buvidal", "lisdexamfetamine", "promethazine", "haloperidol", "escitalopram", "Sublocade", "pregabalin"]
PSYMED = ["olanzapine", "aripiprazole", "clozapine", "quetiapine", "lithium carbonate", "sodium valproate", "lamotrigine", "sertraline",
          "mirtazapine", "venlafaxine", "risperidone", "paliperidone palmitate", "zuclopenthixol decanoate", "haloperidol", "escitalopram", "fluoxetine"]
DOSE = ["5 mg", "10 mg", "15 mg", "20 mg", "50 mg", "100 mg", "200 mg", "400 mg", "150 mg"]

# ================================================================ templates
T = []
def tpl(n):
    def deco(f):
        T.append((f.__name__, n, f)); return f
    return deco
CLIN = ["Dr", "Dr.", "Nurse", "CPN", "Mx"]
def staff(r): return full(r)

# ---------------- forms / KYC
@tpl(4)
def form_cmht_referral(r):
    d = Doc("form"); g, f, o = name(r, r.choice(["uk", "pk", "so", "pl", "jm", "ie", "in", "gh"]))
    a, _ = addr(r, "uk", multiline=r.random() < .5)
    d("COMMUNITY MENTAL HEALTH TEAM — REFERRAL FORM (page 1 of 3)\nReferral No: REF-%s   Received: %s\n\n" % (digits(r, 6), fdate(r, dt(r, 2024, 2025), "eu")))
    d("Section A  Client details\nSurname ........ ", P(f), "\nForename(s) ..... ", P(g), "\nD.O.B. ......... ", L("DATE_OF_BIRTH", dob(r, "eu")),
      "\nNHS No. ........ ", L("UK_NHS_NUMBER", nhs(r)), "\nAddress:\n", L("ADDRESS", a), "\nMobile ......... ", L("PHONE", phone(r, "uk")), "\n")
    d("Interpreter needed: ", r.choice(["No", "Yes – Urdu", "Yes – Somali", "Yes – Polish"]), "\n\nSection B  Reason for referral\n")
    dx = r.choice(DX); m = r.choice(MED)
    d("Presenting with low mood, poor sleep and passive suicidal ideation. Working diagnosis: ", L("DIAGNOSIS", dx), ". Currently prescribed ",
      L("MEDICATION", m), " ", r.choice(DOSE), " OD since spring. No history of ", r.choice(["self-harm", "psychosis", "violence"]), " reported.\n")
    d("PHQ-9 total: %d   GAD-7 total: %d   Item 9 score: %d\n\nSection C  Referrer\nGP: Dr " % (r.randint(10, 27), r.randint(5, 21), r.randint(0, 3)), P(full(r, "uk")),
      ", ", r.choice(["Beeston Hill Health Centre", "Lister Medical Practice", "Florence Nightingale Surgery"]), "\nBleep 4471 | Ward 3, Bed 12 (if inpatient)\n")
    return d
@tpl(3)
def form_direct_debit(r):
    d = Doc("form"); cc = r.choice(["NL", "DE", "IE", "PT", "LT", "PL", "DK", "FI", "ES", "IT", "AL", "GB"])
    og = {"NL": "nl", "DE": "de", "IE": "ie", "PT": "pt", "LT": "lt", "PL": "pl", "DK": "dk", "FI": "fi", "ES": "es", "IT": "it", "AL": "al", "GB": "uk"}[cc]
    g, f, _ = name(r, og); a, _ = addr(r, og if og != "uk" else "uk")
    d("SEPA Direct Debit Mandate / Mandat de prélèvement — Private Therapy Fees\nCreditor ID: NL98ZZZ%s   Mandate ref: MND-%s\n\n" % (digits(r, 12), digits(r, 7)))
    d("Account holder / Titular ", "_" * 3, " ", P(g + " " + f), "\nAddress / Adresse ___ ", L("ADDRESS", a), "\n")
    if cc == "GB" and r.random() < .6:
        sc, ac = sortacct(r)
        d("Sort code & account no. ___ ", L("UK_BANK_ACCOUNT", sc + " " + ac), "\n")
    else:
        d("IBAN ___ ", L("IBAN", iban(r, cc)), "\nBIC ___ ", r.choice(["INGBNL2A", "COBADEFFXXX", "AIBKIE2D", "BCOMPTPL"]), "\n")
    d("E-mail for receipts ___ ", L("EMAIL", email_for(r, g, f)), "\nSessions: 6 × 50 min, package code PKG-CBT-06, invoice INV-2025-%s\n" % digits(r, 5))
    d("Previous card on file: **** **** **** %s (expired)\nSigned: ", P(g + " " + f), "   Date: %s\n" % fdate(r, dt(r, 2025, 2025)))
    return d
@tpl(3)
def form_cms1500(r):
    d = Doc("form"); g, f, o = name(r, r.choice(["us", "pr", "mx", "jm", "vn", "ph"])); a, _ = addr(r, "us" if o != "pr" else "pr")
    d("HEALTH INSURANCE CLAIM FORM   APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12\n")
    d("1a. INSURED'S I.D. NUMBER ", L("HEALTH_PLAN_ID", plan_id(r)), "    PLAN: ", r.choice(["AETNA BETTER HEALTH", "MOLINA HEALTHCARE", "BCBS BEHAVIORAL"]), "\n")
    d("2. PATIENT'S NAME (Last, First, MI)  ", P("%s, %s" % (f.upper(), g.upper())), "\n3. PATIENT'S BIRTH DATE  ", L("DATE_OF_BIRTH", dob(r, "us")), "  SEX ", r.choice("MF"), "\n")
    d("5. PATIENT'S ADDRESS  ", L("ADDRESS", a.upper()), "\n   TELEPHONE  ", L("PHONE", phone(r, "us" if o != "pr" else "pr")), "\n")
    d("11. INSURED'S POLICY GROUP OR FECA NUMBER  GRP-", digits(r, 5), "\n")
    d("21. DIAGNOSIS OR NATURE OF ILLNESS  A. ", r.choice(["F33.1", "F43.10", "F11.20", "F41.1"]), "  (", L("DIAGNOSIS", r.choice(DX)), ")\n")
    d("24. DOS %s  CPT 90837  MOD 95  CHARGES $%d.00  UNITS 1\n" % (fdate(r, dt(r, 2025, 2025), "us"), r.randint(120, 260)))
    d("25. FEDERAL TAX I.D. 84-%s   26. PATIENT ACCOUNT NO. PA%s\n" % (digits(r, 7), digits(r, 6)))
    d("31. SIGNATURE OF PHYSICIAN  ", P(full(r, "us")), ", LCSW   NPI 1", digits(r, 9), "\n")
    return d
@tpl(3)
def form_medicare_dl(r):
    d = Doc("form"); g, f, _ = name(r, r.choice(["us", "pr", "jm"])); st = r.choice(list(DL))
    d("Opioid Treatment Program — Eligibility & Identity Verification\n\nClient: ", P(g + " " + f), "\nDate of birth: ", L("DATE_OF_BIRTH", dob(r, "us")), "\n")
    d("Medicare Beneficiary Identifier (MBI): ", L("US_MBI", mbi(r)), "\nMedicaid ID (", STATE_ABBR[st], "): ", L("HEALTH_PLAN_ID", plan_id(r)), "\n")
    d("Photo ID: ", st, " driver license no. ", L("DRIVER_LICENSE", DL[st](r)), "  exp. %s\n" % fdate(r, dt(r, 2026, 2030), "us"))
    d("Social Security No.: ", L("US_SSN", ssn(r)) if r.random() < .5 else "XXX-XX-" + digits(r, 4), "\n")
    d("Take-home eligibility: Phase ", r.choice(["I", "II", "III"]), " (Rule 42 CFR 8.12)\n")
    return d
@tpl(4)
def form_id_verification(r):
    d = Doc("form"); ctry = r.choice(list(PASSPORT_SHAPES)); g, f, _ = name(r)
    lab = r.choice(["Passport No.", "Reisepassnummer", "N° de passeport", "Número de pasaporte", "Numero passaporto", "Paszport nr", "Passnummer",
                    "Número do passaporte", "Paso Nr.", "Passinumero", "Pasaporta nr.", "Số hộ chiếu"])
    d("OnlineTherapy identity check (KYC) — case #KYC-%s\n" % digits(r, 6))
    d("Full name / Nom complet: ", P(g + " " + f), "\nNationality: ", ctry, "\n", lab, ": ", L("PASSPORT", PASSPORT_SHAPES[ctry](r)), "\n")
    d("Date of birth / Geburtsdatum: ", L("DATE_OF_BIRTH", dob(r, r.choice(["dots", "eu", "iso"]))), "\nExpiry: %s\n" % fdate(r, dt(r, 2027, 2034), "iso"))
    if r.random() < .5:
        d("Secondary ID: US passport ", L("US_PASSPORT", us_passport(r)), " (dual national)\n")
    else:
        st = r.choice(list(DL)); d("Secondary ID: driver licence, ", st, " — ", L("DRIVER_LICENSE", DL[st](r)), "\n")
    d("Liveness score 0.97 | doc template v4.2.1.0 | MRZ check: passed\n")
    return d
@tpl(3)
def form_blank(r):
    d = Doc("form")
    d(r.choice(["NEW CLIENT REGISTRATION", "Crisis Plan Template", "Safeguarding Adults Concern Form"]), " (blank — print and complete)\n\n")
    for lbl in r.sample(["Full Name", "Date Of Birth", "NHS Number", "Passport Number", "Medical Record Number", "Home Address", "Email Address",
                         "Phone Number", "Diagnosis", "Current Medication", "GP Name", "Social Security Number", "Next Of Kin", "Insurance Member ID"], 9):
        d(lbl, ": ", "_" * r.randint(18, 30), "\n")
    d("\nExample entry: Name: Jane Doe   DOB: DD/MM/YYYY   NHS No: 000 000 0000\nForm ID MH-F-%s rev %d.%d.%d.%d\n" % (digits(r, 3), r.randint(1, 9), r.randint(0, 9), r.randint(0, 30), r.randint(100, 999)))
    return d
@tpl(5)
def form_intl_registration(r):
    d = Doc("form"); k = ["es", "it", "fr", "de", "br", "in", "sg", "ca"][r.i % 8]
    d("International Student Counselling Service — registration\n")
    if k == "es":
        g, f, _ = name(r, "es"); d("Nombre y apellidos: ", P(g + " " + f), "\nDNI/NIE: ", L("ES_DNI", dni(r)), "\nDNI anterior (anulado): ", bad_dni(r), "\n")
    elif k == "it":
        g, f, _ = name(r, "it"); y = dt(r, 1985, 2004); fem = r.random() < .5
        c = cf(r, g, f, y, fem)
        d("Cognome: ", P(f), "  Nome: ", P(g), "\nData di nascita: ", L("DATE_OF_BIRTH", fdate(r, y, "eu")), "\nCodice fiscale: ", L("IT_FISCAL_CODE", c), "\n")
    elif k == "fr":
        g, f = r.choice(["Noémie", "Étienne", "Rosalie"]), r.choice(["Lefèvre-Diallo", "Marchetti", "Benhamou"]); y = dt(r, 1980, 2003)
        d("Nom: ", P(f), "  Prénom: ", P(g), "\nN° de sécurité sociale (NIR): ", L("FR_NIR", nir(r, ymd=y)), "\nAncien n° (erroné): ", bad_nir(r), "\n")
    elif k == "de":
        g, f, _ = name(r, "de"); d("Name: ", P(g + " " + f), "\nSteuerliche Identifikationsnummer: ", L("DE_TAX_ID", steuer(r)), "\nKrankenkasse: AOK Nordost, Versichertennr. (not collected)\n")
    elif k == "br":
        g, f = r.choice(["Thaís", "Gustavo", "Luana"]), r.choice(["Albuquerque", "dos Santos Nogueira", "Figueiredo"])
        d("Nome completo: ", P(g + " " + f), "\nCPF: ", L("BR_CPF", cpf(r)), "\nCPF do responsável (inválido): ", bad_cpf(r), "\n")
    elif k == "in":
        g, f, _ = name(r, "in"); d("Name: ", P(g + " " + f), "\nAadhaar: ", L("IN_AADHAAR", aadhaar(r)), "\nVirtual ID / enrolment slip no: 1%s/%s\n" % (digits(r, 3), digits(r, 5)))
    elif k == "sg":
        g, f, _ = name(r, "cn"); d("Name (surname first): ", P(f.upper() + " " + g), "\nNRIC/FIN: ", L("SG_NRIC", nric(r)), "\nOld FIN (rejected): ", bad_nric(r), "\n")
    else:
        g, f, _ = name(r, "ca"); d("Name: ", P(g + " " + f), "\nSocial Insurance Number: ", L("CA_SIN", sin(r)), "\nPrevious SIN typed (invalid): ", bad_sin(r), "\n")
    d("Mobile: ", L("PHONE", phone(r)), "\nStudent no: S", digits(r, 7), "   Counselling group: Tuesday Mindfulness Circle\n")
    return d

# ---------------- clinical
@tpl(4)
def cmht_case_note(r):
    d = Doc("clinical_note"); g, f, _ = name(r); s = staff(r); dx = r.choice(DX); m1, m2 = r.sample(MED, 2)
    d("CMHT Case Note — %s — contact type: home visit\nClient: " % fdate(r, dt(r, 2025, 2025), "long"), P(g + " " + f), "   RiO/MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("Author: ", P(s), ", Care Coordinator\n\nSeen at home with ", r.choice(["her sister", "his partner", "their support worker"]), ". ", P(g),
      " described the week as 'a rollercoaster' and said the new job was 'killing me' (figure of speech — no intent). ")
    d("Known ", L("DIAGNOSIS", dx), ". Adherent to ", L("MEDICATION", m1), "; asked about reducing ", L("MEDICATION", m2), ". ")
    d("No evidence of psychosis today; denies current suicidal plans. Mother had schizophrenia (family history only).\n")
    d("Risk formulation: static — previous overdose (%d); dynamic — alcohol use, debt. Protective — dog, faith community.\n" % r.randint(2012, 2023))
    d("Plan: review in Elm Ward clinic room 4 on %s, appointment ID APT-%s. DNA policy explained.\n" % (fdate(r, dt(r, 2025, 2025), "eu"), digits(r, 7)))
    return d
@tpl(2)
def therapy_session(r):
    d = Doc("clinical_note"); g, f, _ = name(r); t = staff(r)
    d("Session %d of 12 — CBT for %s\nTherapist: " % (r.randint(2, 11), r.choice(["depression", "panic", "trauma"])), P(t), "\nClient initials: %s.%s.  Client: " % (g[0], f[0]), P(g + " " + f), "\n")
    d("PHQ-9 = %d (item 9 = 0), GAD-7 = %d. Homework: thought record, behavioural activation diary.\n" % (r.randint(4, 20), r.randint(3, 18)))
    d("Formulation: ", L("DIAGNOSIS", r.choice(["panic disorder with agoraphobia", "post-traumatic stress disorder", "social anxiety disorder", "recurrent depressive disorder"])),
      " maintained by avoidance. Client asks whether ", L("MEDICATION", r.choice(["sertraline", "propranolol", "escitalopram"])), " from the GP will 'interfere'. ")
    d("We discussed a study on exposure therapy for OCD (not relevant to the client's presentation).\n")
    return d
@tpl(3)
def discharge_mha(r):
    d = Doc("discharge_summary"); g, f, o = name(r); s = staff(r); dx = r.choice(DX); meds = r.sample(PSYMED, 3)
    legal = r.choice(["Section 2, Mental Health Act 1983", "Section 3, Mental Health Act 1983", "WIC §5150 (72-hour hold)", "Section 14, Mental Health Act 2001 (Ireland)", "Form 1, Mental Health Act (Ontario)"])
    d("INPATIENT DISCHARGE SUMMARY\nWard: ", r.choice(["Florence Nightingale Ward", "Mary Seacole Unit", "Rosalind Franklin PICU", "Hildegard Peplau House"]), "  Bed ", str(r.randint(1, 24)), "\n")
    d("Patient: ", P(f.upper() + ", " + g), "    Hospital no.: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "    DOB: ", L("DATE_OF_BIRTH", dob(r, r.choice(["eu", "us", "long"]))), "\n")
    adm = dt(r, 2025, 2025)
    d("Legal status on admission: ", legal, "\nAdmitted: %s   Discharged: %s\n\n" % (fdate(r, adm, "eu"), fdate(r, (adm[0], adm[1] + 1, adm[2]) if adm[1] < 12 else (2026, 1, adm[2]), "eu")))
    d("Diagnosis at discharge: ", L("DIAGNOSIS", dx), "\nDifferential considered and excluded: organic cause (CT head normal).\n")
    d("Medication on discharge:\n  - ", L("MEDICATION", meds[0]), " ", r.choice(DOSE), " nocte\n  - ", L("MEDICATION", meds[1]), " ", r.choice(DOSE), " mane\n")
    d("Stopped: ", L("MEDICATION", meds[2]), " (sedation)\n\nFollow-up: CRHT visit within 72h; next-of-kin ", P(full(r, o)), " informed on ", L("PHONE", phone(r)), ".\n")
    d("Responsible clinician: ", P(s), ", Consultant Psychiatrist\n")
    return d
@tpl(3)
def lab_uds(r):
    d = Doc("lab_report"); g, f, _ = name(r)
    d("TOXICOLOGY LABORATORY — URINE DRUG SCREEN\nAccession: UDS%s    Collected: %s 09:%02d\n" % (digits(r, 8), fdate(r, dt(r, 2025, 2025), "iso"), r.randint(0, 59)))
    d("Patient .....: ", P(f + ", " + g), "\nMRN .........: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nBirth date ..: ", L("DATE_OF_BIRTH", dob(r, "iso")), "\n")
    d("Clinic ......: Harbourside Recovery Service, Dispensary B\nCurrent OST .: ", L("MEDICATION", r.choice(["methadone", "buprenorphine", "Buvidal"])), " (supervised)\n\n")
    d("%-28s %-10s %-8s\n" % ("Analyte", "Result", "Cut-off"))
    for a, c in [("Opiates", "300"), ("EDDP", "100"), ("Cocaine metabolite", "150"), ("Benzodiazepines", "200"), ("Amphetamines", "500"), ("Cannabinoids (THC)", "50"), ("Creatinine", "20 mg/dL")]:
        d("%-28s %-10s %-8s\n" % (a, r.choice(["NEG", "NEG", "POS"]), c))
    d("\nValidity: pH 6.%d, SG 1.0%d — within range. Reported by BMS ID 4471.\n" % (r.randint(0, 9), r.randint(10, 30)))
    return d
@tpl(3)
def hl7_adt(r):
    d = Doc("hl7"); g, f, o = name(r); mid = r.choice("ABCDEFGJKLMR"); a, _ = addr(r, "us"); dx = r.choice(DX)
    street, rest = a.split(", ", 1); city, stz = rest.split(", "); stt, z = stz.split(" ")
    ts = "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    sep = r.choice(["\r", "\n"])
    d("MSH|^~\\&|EPIC|BHHOSP|MHIS|STATE|%s||ADT^A01|MSG%s|P|2.5.1" % (ts, digits(r, 8)), sep)
    d("EVN|A01|%s" % ts, sep)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", digits(r, 8)), "^^^BHHOSP^MR||", P("%s^%s^%s" % (f.upper(), g.upper(), mid)), "||",
      L("DATE_OF_BIRTH", fdate(r, dt(r), "hl7")), "|", r.choice("MFX"), "|||", L("ADDRESS", "%s^^%s^%s^%s" % (street, city, stt, z)), "^USA||", L("PHONE", phone(r, "us")), sep)
    d("PV1|1|I|PSY3^R12^B|E|||", digits(r, 6), "^", P("%s^%s" % (staff(r).split()[-1].upper(), "MARIA")), "||PSY", sep)
    d("DG1|1|I10|F20.0^", L("DIAGNOSIS", dx), "^I10||%s|A" % ts[:8], sep)
    d("IN1|1|MCD01|%s|STATE MEDICAID PLAN|||||||||||" % digits(r, 5), P("%s^%s" % (f.upper(), g.upper())), "|SEL||||||||||||||||||", L("HEALTH_PLAN_ID", plan_id(r)), sep)
    return d
@tpl(1)
def hl7_ack(r):
    d = Doc("hl7")
    d("MSH|^~\\&|MHIS|STATE|EPIC|BHHOSP|2025%s||ACK^A01|ACK%s|P|2.5.1\rMSA|AA|MSG%s|Message accepted\r" % (digits(r, 8), digits(r, 8), digits(r, 8)))
    return d
@tpl(3)
def fhir_bundle(r):
    d = Doc("fhir_json"); g, f, o = name(r); dx, dx2 = r.sample(DX, 2); m = r.choice(MED); a, _ = addr(r, r.choice(["us", "uk", "au", "nz", "ca"]))
    street = a.split(", ")[0]
    obj = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pt-%s" % digits(r, 5),
                      "identifier": [{"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.%s" % digits(r, 4), "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
                      "name": [{"family": P(f), "given": [P(g)]}], "birthDate": L("DATE_OF_BIRTH", fdate(r, dt(r), "iso")),
                      "telecom": [{"system": "phone", "value": L("PHONE", phone(r))}], "address": [{"line": [L("ADDRESS", street)], "country": "XX"}]}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"text": L("DIAGNOSIS", dx)}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]}, "code": {"text": dx2}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", m)}, "dosage": [{"text": r.choice(DOSE) + " daily"}]}},
        {"resource": {"resourceType": "Coverage", "subscriberId": L("HEALTH_PLAN_ID", plan_id(r)), "payor": [{"display": "Kaiser Permanente Behavioral Health"}]}},
    ]}
    jemit(d, obj)
    return d
@tpl(1)
def fhir_valueset(r):
    d = Doc("fhir_json")
    jemit(d, {"resourceType": "ValueSet", "id": "mh-conditions", "version": "3.1.0.2", "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10",
           "concept": [{"code": c, "display": t} for c, t in [("F20.0", "Paranoid schizophrenia"), ("F31.1", "Bipolar affective disorder, current episode manic"), ("F11.2", "Opioid dependence"), ("F43.1", "Post-traumatic stress disorder")]]}]}})
    return d
@tpl(2)
def psych_assessment(r):
    d = Doc("clinical_note"); g, f, o = name(r); dx = r.choice(DX)
    d("PSYCHIATRIC ASSESSMENT (Crisis Resolution & Home Treatment)\nName: ", P(g + " " + f), "  Born: ", L("DATE_OF_BIRTH", dob(r, "long")), "\n")
    d("Referred by: liaison team, ED cubicle 14, referral #", digits(r, 6), "\n\nHPC: ", P(g), " reports 'hearing my neighbours talk about me'. ")
    d("Impression: ", L("DIAGNOSIS", dx), r.choice([", query comorbid ", "; also "]), L("DIAGNOSIS", r.choice(["alcohol dependence syndrome", "opioid use disorder, severe", "cannabis use disorder"])), ".\n")
    d("Not ", r.choice(["bipolar disorder", "dementia", "an eating disorder"]), " — screening negative. Started ", L("MEDICATION", r.choice(["olanzapine", "aripiprazole", "risperidone"])), ".\n")
    d("Risk to self: moderate. Risk to others: low. Safeguarding: two children at home — MASH referral made.\n")
    return d

# ---------------- structured
@tpl(3)
def csv_appointments(r):
    sep = "," ; d = Doc("csv")
    d("appointment_id,client_first,client_last,mobile,email,clinician,clinic,slot,status\n")
    for _ in range(r.randint(3, 5)):
        g, f, o = name(r); cc = r.choice(["uk", "ie", "us", "au", "nz", "ca"])
        row(d, ["APT%s" % digits(r, 7), P(g), P(f), L("PHONE", phone(r, cc)), L("EMAIL", email_for(r, g, f)), P(staff(r)),
                r.choice(["Bridge House", "Sycamore Clinic", "Beacon Group Room 2"]), "2025-%02d-%02dT%02d:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(9, 16)), r.choice(["booked", "DNA", "attended"])], sep)
    return d
@tpl(3)
def tsv_outcomes(r):
    d = Doc("tsv"); named = r.random() < .67
    hdr = ["client_ref"] + (["name", "dob"] if named else []) + ["measure", "item_1", "item_2", "item_9", "total", "band", "episode"]
    row(d, hdr, "\t")
    for _ in range(r.randint(3, 6)):
        ms = r.choice(["PHQ-9", "GAD-7", "AUDIT", "CORE-10"])
        cells = ["C%s" % digits(r, 6)]
        if named:
            g, f, _ = name(r); cells += [P(g + " " + f), L("DATE_OF_BIRTH", dob(r, "iso"))]
        cells += [ms, str(r.randint(0, 3)), str(r.randint(0, 3)), str(r.randint(0, 3)), str(r.randint(0, 27)), r.choice(["mild", "moderate", "severe"]), "EP-%s" % digits(r, 4)]
        row(d, cells, "\t")
    return d
@tpl(3)
def json_claims(r):
    d = Doc("json"); g, f, o = name(r, r.choice(["us", "pr", "mx", "pe", "so", "et", "vn"])); a, _ = addr(r, "us" if o != "pr" else "pr")
    obj = {"claimId": "CLM-%s" % digits(r, 10), "payer": r.choice(["Medicaid (Texas)", "UnitedHealthcare", "Cigna Behavioral"]),
           "member": {"memberId": L("HEALTH_PLAN_ID", plan_id(r)), "groupNumber": "G%s" % digits(r, 6), "name": P(g + " " + f),
                      "dateOfBirth": L("DATE_OF_BIRTH", dob(r, "iso")), "address": L("ADDRESS", a.replace("\n", ", "))},
           "serviceLines": [{"cpt": "H0020", "desc": "Alcohol and/or drug services; methadone administration", "units": r.randint(7, 31)},
                            {"cpt": "90834", "desc": "Psychotherapy 45 min", "units": 1}],
           "diagnoses": [{"icd10": "F11.20", "text": L("DIAGNOSIS", "opioid dependence, uncomplicated")}],
           "renderingNpi": "1%s" % digits(r, 9), "submittedAt": "2025-%02d-%02dT10:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59))}
    jemit(d, obj, ind=r.choice([2, 4]))
    return d
@tpl(3)
def ndjson_sms(r):
    d = Doc("ndjson")
    for _ in range(r.randint(3, 5)):
        g, f, o = name(r); cc = r.choice(["uk", "ie", "au", "nz", "us", "ph", "jm"])
        msg = M("Hi ", P(g), ", reminder: your appointment at Willow Clinic is on ", "%s at %d:%02d. Reply C to confirm. Ref %s" % (fdate(r, dt(r, 2025, 2025), "eu"), r.randint(9, 16), r.choice([0, 30]), digits(r, 6)))
        jemit(d, {"event": "sms.sent", "to": L("PHONE", phone(r, cc)), "body": msg, "template": "appt_reminder_v3", "segments": 1, "provider_msg_id": "SM" + "".join(r.choice("0123456789abcdef") for _ in range(32))}, compact=True)
        d("\n")
    return d
@tpl(3)
def yaml_careplan(r):
    d = Doc("yaml"); g, f, o = name(r); a, _ = addr(r, multiline=True); dx = r.choice(DX); m = r.choice(PSYMED + ["methadone", "buprenorphine", "naltrexone", "acamprosate"])
    d("# Care Programme Approach — care plan export\ncare_plan:\n  id: CPA-%s\n  client:\n    name: " % digits(r, 5), P(g + " " + f), "\n    date_of_birth: '", L("DATE_OF_BIRTH", dob(r, "iso")), "'\n")
    d("    address: |\n      ", L("ADDRESS", "\n      ".join(a.split("\n"))), "\n")
    d("    phone: \"", L("PHONE", phone(r)), "\"\n  diagnosis: ", L("DIAGNOSIS", dx), "\n  medication:\n    - name: ", L("MEDICATION", m), "\n      dose: ", r.choice(DOSE), "\n")
    d("  crisis_contacts:\n    - role: crisis line (24h)\n      ref: CRISIS-LINE-UK\n    - role: care coordinator\n      name: ", P(staff(r)), "\n  review_due: 2026-0%d-15\n" % r.randint(1, 9))
    return d
@tpl(2)
def yaml_config(r):
    d = Doc("yaml")
    d("service: therapy-video-gateway\nversion: %d.%d.%d.%d\nreplicas: %d\nlisten: 0.0.0.0:8443\nhealthcheck: http://127.0.0.1:8081/healthz\n" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 200), r.randint(1000, 9999), r.randint(2, 6)))
    d("oid_root: 1.3.6.1.4.1.%s\nfeatures:\n  waiting_room: true\n  phq9_prompt: true\n  max_session_minutes: 55\nretention_days: 2555\nadmin_contact: ${ADMIN_EMAIL}\n" % digits(r, 5))
    return d
@tpl(2)
def csv_formulary(r):
    d = Doc("csv"); d("drug,strength,form,max_daily_dose,schedule,notes\n")
    for m, s, fm, mx in r.sample([("Methadone oral solution", "1 mg/mL", "liquid", "120 mg"), ("Buprenorphine", "8 mg", "sublingual tablet", "24 mg"), ("Naloxone", "1.8 mg", "nasal spray", "n/a"),
                                  ("Clozapine", "100 mg", "tablet", "900 mg"), ("Lithium carbonate", "400 mg", "MR tablet", "level-guided"), ("Olanzapine", "10 mg", "orodispersible", "20 mg"),
                                  ("Chlordiazepoxide", "10 mg", "capsule", "reducing regimen"), ("Disulfiram", "200 mg", "tablet", "500 mg")], 6):
        row(d, [m, s, fm, mx, r.choice(["CD2", "CD3", "POM", "CD4"]), r.choice(["supervised consumption", "check QTc", "monitor FBC weekly", "-"])])
    return d
@tpl(2)
def json_bed_board(r):
    d = Doc("json")
    jemit(d, {"site": "Riverside Psychiatric Unit", "generated": "2025-11-%02dT06:00:00Z" % r.randint(1, 27), "wards": [
        {"ward": w, "beds": b, "occupied": r.randint(5, b), "section_136_suite": s} for w, b, s in
        [("Florence Nightingale Ward", 18, False), ("Alan Turing PICU", 10, False), ("Mary Seacole Ward", 20, True), ("Bethlem Annexe", 12, False)]],
        "escalation_level": "OPEL %d" % r.randint(1, 4), "schema": "2.16.840.1.113883.4.%d" % r.randint(1, 9)})
    return d
@tpl(2)
def csv_staff_payroll(r):
    d = Doc("csv"); d("staff_no,first_name,last_name,ni_number,sort_code,account_no,work_email,band\n")
    for _ in range(r.randint(2, 4)):
        g, f, _ = name(r); sc, ac = sortacct(r)
        row(d, ["E%s" % digits(r, 5), P(g), P(f), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), sc, L("UK_BANK_ACCOUNT", ac),
                L("EMAIL", "%s.%s@nhs.net" % (_ascii(g), _ascii(f))), r.choice(["Band 5", "Band 6", "Band 7", "Band 8a"])])
    return d
@tpl(2)
def ndjson_audit(r):
    d = Doc("ndjson")
    for _ in range(r.randint(3, 5)):
        g, f, _ = name(r)
        jemit(d, {"ts": "2025-10-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
                  "actor": L("EMAIL", email_for(r, g, f)), "action": r.choice(["note.view", "session.join", "export.pdf", "login.mfa"]),
                  "src_ip": L("IP_ADDRESS", ip4(r) if r.random() < .75 else ip6(r)), "client_ver": "%d.%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 99), r.randint(0, 9999))}, compact=True)
        d("\n")
    return d
@tpl(3)
def json_group_schedule(r):
    d = Doc("json")
    jemit(d, {"programme": "Recovery College — Winter Term", "groups": [
        {"name": n, "room": rm, "day": dy, "capacity": r.randint(6, 14), "code": "GRP-%s" % digits(r, 4)} for n, rm, dy in
        r.sample([("SMART Recovery", "Seacole Room", "Mon"), ("DBT Skills", "Turing Suite", "Tue"), ("Hearing Voices Group", "Room 2B", "Wed"),
                  ("Mindfulness for Anxiety", "Nightingale Hall", "Thu"), ("Alcohol Relapse Prevention", "Studio 1", "Fri")], 4)],
        "facilitators": "see rota", "questionnaires": ["PHQ-9", "GAD-7", "AUDIT-C"]})
    return d
@tpl(2)
def csv_questionnaire_items(r):
    d = Doc("csv"); d("measure,item_no,item_text,score_range\n")
    for ms, it in [("PHQ-9", "Little interest or pleasure in doing things"), ("PHQ-9", "Thoughts that you would be better off dead"), ("GAD-7", "Not being able to stop or control worrying"),
                   ("AUDIT", "How often do you have six or more drinks on one occasion"), ("AUDIT", "Has a relative or doctor been concerned about your drinking")]:
        row(d, [ms, str(r.randint(1, 10)), it, "0-%d" % r.choice([3, 4])])
    return d
@tpl(2)
def tsv_safeguarding(r):
    d = Doc("tsv"); row(d, ["alert_id", "raised", "subject", "subject_dob", "concern", "raised_by", "contact"], "\t")
    for _ in range(r.randint(2, 4)):
        g, f, _ = name(r)
        row(d, ["SG-%s" % digits(r, 5), fdate(r, dt(r, 2025, 2025), "iso"), P(g + " " + f), L("DATE_OF_BIRTH", dob(r, "eu")),
                r.choice(["financial abuse suspected", "self-neglect", "domestic abuse disclosed", "cuckooing concern"]), P(staff(r)), L("PHONE", phone(r, "uk"))], "\t")
    return d

# ---------------- logs
def ts(r): return "2025-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
@tpl(4)
def log_platform(r):
    d = Doc("log")
    for _ in range(r.randint(4, 7)):
        k = r.random(); g, f, _ = name(r)
        if k < .4:
            d(ts(r), " level=info svc=auth event=login_ok user=", L("EMAIL", email_for(r, g, f)), " ip=", L("IP_ADDRESS", ip4(r)), " ua=\"TherapyApp/%d.%d.%d.%d\"\n" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99), r.randint(100, 9999)))
        elif k < .6:
            d(ts(r), " level=warn svc=video event=ice_fail peer=", L("IP_ADDRESS", ip6(r)), " room=rm_%s relay=0.0.0.0\n" % digits(r, 6))
        elif k < .8:
            d(ts(r), " level=info svc=booking event=appointment_created appt=APT%s clinician_id=%s build=%d.%d.%d.%d\n" % (digits(r, 7), digits(r, 4), r.randint(1, 9), r.randint(0, 30), r.randint(0, 250), r.randint(0, 250)))
        else:
            d(ts(r), " level=error svc=billing event=card_declined last4=%s token=tok_%s client=\"" % (digits(r, 4), digits(r, 10)), P(g + " " + f), "\"\n")
    return d
@tpl(3)
def log_crisis_line(r):
    d = Doc("log"); d("# crisis line call log — export %s — queue CL-EAST\n" % fdate(r, dt(r, 2025, 2025), "iso"))
    for _ in range(r.randint(3, 5)):
        g, f, _ = name(r); cc = r.choice(["uk", "ie", "us", "au", "nz", "ca"])
        d("%02d:%02d:%02d CALL-%s ani=" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), digits(r, 6)), L("PHONE", phone(r, cc)), " caller=\"", P(g if r.random() < .5 else g + " " + f), "\" ")
        d("risk=%s dur=%ds agent=%s outcome=%s\n" % (r.choice(["low", "medium", "high"]), r.randint(60, 3600), "A%s" % digits(r, 3), r.choice(["safety_plan", "999_transfer", "callback", "signposted"])))
    d("%02d:%02d:%02d CALL-%s ani=withheld caller=\"anon\" risk=low dur=%ds outcome=abandoned\n" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), digits(r, 6), r.randint(5, 60)))
    return d
@tpl(3)
def log_dispensing(r):
    d = Doc("log"); d("DISPENSARY JOURNAL | Harbourside Recovery Service | pharmacist on duty PH-%s\n" % digits(r, 3))
    for _ in range(r.randint(3, 5)):
        g, f, _ = name(r); m = r.choice(["METHADONE", "BUPRENORPHINE", "ESPRANOR", "Methadone", "buprenorphine"])
        d("%s %02d:%02d DISP mrn=" % (fdate(r, dt(r, 2025, 2025), "iso"), r.randint(8, 12), r.randint(0, 59)), L("MEDICAL_RECORD_NUMBER", mrn(r)), " client=", P(f.upper() + "," + g.upper()),
          " drug=", L("MEDICATION", m), " dose=%s supervised=%s batch=B%s\n" % (r.choice(["60mg", "85mg", "12mg", "16mg", "8mg"]), r.choice(["Y", "N"]), digits(r, 6)))
    d("%s 12:%02d STOCK CHECK methadone 1mg/ml bottle 3 of 12 balance=%d mL (no client)\n" % (fdate(r, dt(r, 2025, 2025), "iso"), r.randint(0, 59), r.randint(200, 2400)))
    return d
@tpl(4)
def log_app_negative(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        d(r.choice([
            "%s INFO deploy: therapy-portal %d.%d.%d.%d rolled out to 3/3 nodes\n" % (ts(r), r.randint(1, 9), r.randint(0, 30), r.randint(0, 99), r.randint(100, 999)),
            "%s DEBUG hl7: OID 2.16.840.1.113883.6.%d resolved\n" % (ts(r), r.randint(1, 300)),
            "%s INFO scheduler: job phq9_reminders processed=%d skipped=%d took=%dms\n" % (ts(r), r.randint(10, 900), r.randint(0, 40), r.randint(50, 9000)),
            "%s WARN bed-mgmt: ward=Mary Seacole bed=%d status=blocked reason=maintenance\n" % (ts(r), r.randint(1, 20)),
            "%s INFO health: GET http://127.0.0.1:%d/ready 200\n" % (ts(r), r.randint(3000, 9000)),
            "%s INFO epoch=%d order=ORD-%s sku=SKU-NLX-%s qty=%d (naloxone kits)\n" % (ts(r), r.randint(1700000000, 1760000000), digits(r, 8), digits(r, 4), r.randint(1, 50)),
            "%s ERROR mailer: template placeholder {{client_name}} unresolved for referral REF-%s\n" % (ts(r), digits(r, 6)),
            "%s INFO tracking: courier=DPD parcel=%s status=delivered\n" % (ts(r), digits(r, 14)),
        ]))
    return d
@tpl(3)
def log_access(r):
    d = Doc("log")
    for _ in range(r.randint(4, 6)):
        ip = ip4(r) if r.random() < .7 else ip6(r)
        d(L("IP_ADDRESS", ip), ' - - [%02d/Nov/2025:%02d:%02d:%02d +0000] "%s %s HTTP/2" %d %d "-" "Mozilla/5.0"\n' % (r.randint(1, 27), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(["GET", "POST"]),
          r.choice(["/api/v2/sessions/%s/join" % digits(r, 6), "/static/app.4.12.0.7.js", "/api/v2/questionnaires/phq9", "/portal/appointments?page=%d" % r.randint(1, 9)]), r.choice([200, 200, 204, 401, 302]), r.randint(200, 90000)))
    return d
@tpl(2)
def log_sms_gateway(r):
    d = Doc("log")
    for _ in range(r.randint(3, 5)):
        g, f, _ = name(r)
        d("[%s] sms-gw OUT to=" % ts(r), L("PHONE", phone(r, r.choice(["uk", "ie", "pl", "lt", "pt", "al"]))), " tpl=dispense_reminder vars={name:", P(g), ", clinic:'Seacole Dispensary'} status=queued id=%s\n" % digits(r, 12))
    d("[%s] sms-gw IN from=masked(+44 7*** ***%s) body=\"STOP\"\n" % (ts(r), digits(r, 3)))
    return d

# ---------------- email / chat / ticket
@tpl(3)
def email_gp_referral(r):
    d = Doc("email"); g, f, o = name(r, r.choice(["uk", "ie", "pk", "in", "np", "gh", "so", "et", "pl", "lt", "al"])); gp = full(r, "uk"); dx = r.choice(DX)
    d("From: ", L("EMAIL", "%s@%s" % (_ascii(gp.split()[-1]) + "." + _ascii(gp.split()[0][0]), r.choice(["nhs.net", "gp-practice.nhs.uk"]))), "\nTo: ", L("EMAIL", "spa.referrals@mhtrust.nhs.uk"), "\n")
    d("Subject: Urgent referral — ", P(g + " " + f), " (NHS ", L("UK_NHS_NUMBER", nhs(r, r.random() < .5)), ")\n\nDear colleagues,\n\nI would be grateful if you could assess ", P(g + " " + f), ", DOB ",
      L("DATE_OF_BIRTH", dob(r, "eu")), ", who has ", L("DIAGNOSIS", dx), ". ")
    d("I started ", L("MEDICATION", r.choice(MED)), " six weeks ago with little benefit. ", P(g), " ", r.choice(["lives alone at ", "is staying with family at "]), L("ADDRESS", addr(r, "uk")[0]), ".\n")
    d("The practice's previous patient of the same name (different DOB) is unrelated.\n\nKind regards,\n", P(gp), "\nGP Partner\n")
    return d
@tpl(2)
def email_court_referral(r):
    d = Doc("email"); g, f, o = name(r); a, _ = addr(r, r.choice(["uk", "ie"])); ctry = r.choice(["Ireland", "Poland", "Lithuania", "Albania", "Jamaica", "Somalia", "Iran"])
    d("From: ", L("EMAIL", "liaison.diversion@%s" % r.choice(["justice.gov.uk", "courts.ie"])), "\nSubject: L&D referral — case %s/%d\n\n" % (digits(r, 8), r.choice([2024, 2025])))
    d("Defendant: ", P(g + " " + f), "\nDOB: ", L("DATE_OF_BIRTH", dob(r, "eu")), "\nAddress on charge sheet: ", L("ADDRESS", a), "\nCustody no. CUS-%s, Court Room 3, listing %s\n\n" % (digits(r, 7), fdate(r, dt(r, 2025, 2025), "long")))
    d("Magistrates request a psychiatric report under s.35. Defendant disclosed ", L("DIAGNOSIS", r.choice(["paranoid schizophrenia", "bipolar affective disorder", "emotionally unstable personality disorder"])), " and takes ",
      L("MEDICATION", r.choice(["clozapine", "zuclopenthixol decanoate", "lithium carbonate"])), ". Passport surrendered (", ctry, " passport no. ")
    d(L("PASSPORT", PASSPORT_SHAPES[ctry](r)), ").\n\n", P(full(r, "uk")), "\nLiaison & Diversion Practitioner\n")
    return d
@tpl(4)
def chat_therapy(r):
    d = Doc("chat"); g, f, o = name(r); t = full(r); tg = t.split()[0]
    lines = [(tg, ["Hi ", P(g), ", this is your therapist checking in before Thursday."]),
             (g, ["hi. rough week tbh. ran out of my ", L("MEDICATION", r.choice(["sertraline", "quetiapine", "mirtazapine", "buprenorphine"])), " on sunday"]),
             (tg, ["Thanks for telling me. Can the pharmacy do an emergency supply? Number on my card is ", L("PHONE", phone(r)), "."]),
             (g, ["ok. also the psychiatrist said its ", L("DIAGNOSIS", r.choice(["bipolar II disorder", "complex PTSD", "ADHD", "borderline personality disorder"])), " now not just low mood"]),
             (tg, ["Let's talk about how that lands for you. Group 'Tuesday Tides' also meets in Room 4."])]
    for who, parts in lines:
        d("[%02d:%02d] " % (r.randint(8, 22), r.randint(0, 59)), P(who), ": ", parts, "\n")
    return d
@tpl(4)
def ticket_platform(r):
    d = Doc("ticket"); g, f, o = name(r)
    d("Ticket #%s  Priority: P3  Queue: Client Support (OnlineTherapy)\nRequester: " % digits(r, 6), P(g + " " + f), " <", L("EMAIL", email_for(r, g, f)), ">\n\n")
    d("cant log in since update %d.%d.%d.%d, it says 'session expired' every time. i'm on wifi at home, ip shows " % (r.randint(3, 6), r.randint(0, 20), r.randint(0, 9), r.randint(100, 999)), L("IP_ADDRESS", ip4(r)), ". ")
    d("my next session with ", P(full(r)), " is tomorrow, please help!!\n\n--- internal note ---\nVerified via ", r.choice(["passport", "driver licence"]), ": ")
    if r.random() < .5:
        ctry = r.choice(list(PASSPORT_SHAPES)); d(ctry, " passport ", L("PASSPORT", PASSPORT_SHAPES[ctry](r)))
    else:
        st = r.choice(list(DL)); d(STATE_ABBR[st], " DL ", L("DRIVER_LICENSE", DL[st](r)), " (state of issue: ", st, ")")
    d(". Cleared token cache, SR-%s. Card on file ending %s not touched.\n" % (digits(r, 5), digits(r, 4)))
    return d
@tpl(3)
def email_safeguarding(r):
    d = Doc("email"); g, f, o = name(r); s = staff(r)
    d("To: ", L("EMAIL", "safeguarding.adults@%s" % r.choice(["leedscc.gov.uk", "mhtrust.nhs.uk", "hse.ie"])), "\nCc: ", L("EMAIL", email_for(r, *s.split()[:2], dom="mhtrust.nhs.uk")), "\n")
    d("Subject: SAFEGUARDING ALERT — adult at risk\n\nAdult at risk: ", P(g + " " + f), " (born ", L("DATE_OF_BIRTH", dob(r, "long")), ")\n")
    d("Concern: client on ", L("MEDICATION", r.choice(["methadone", "buprenorphine"])), " script reports a 'friend' collecting doses and holding bank card. Possible cuckooing at ", L("ADDRESS", addr(r, "uk")[0]), ".\n")
    d("Capacity assessed for this decision: yes. Client consents to referral.\n\nRegards,\n", P(s), "\nDual Diagnosis Nurse, ext. 4471\n")
    return d
@tpl(2)
def email_newsletter(r):
    d = Doc("email")
    d("From: Staff Bulletin <noreply-bulletin>\nSubject: This week at the Trust\n\n")
    d("• The Florence Nightingale Ward refurbishment finishes before Martin Luther King Jr. Day visitors arrive from our US partner.\n")
    d("• Training: 'Understanding psychosis and bipolar disorder' — all band 5 staff, Room 2.14 (Turing Building).\n")
    d("• Reminder: St. Patrick's Day social, Mary Seacole Café. Bring a dish!\n• Pharmacy update: the formulary now lists Buvidal weekly and monthly depots.\n")
    d("• New leaflet: 'Living with depression' available from Reception desk B.\n• Sponsor thanks to Johnson & Johnson Foundation and Wellcome Trust.\n")
    return d
@tpl(2)
def ticket_negative(r):
    d = Doc("ticket")
    d("INC%s  Category: Estates  Location: Alan Turing Building, Floor 2\nSummary: Bed %d on Rosalind Franklin Ward — call bell fault\n" % (digits(r, 7), r.randint(1, 20)))
    d("Asset tag AT-%s, firmware 2.4.%d.%d. Replacement part PN 77-%s ordered (PO %s). No patient impact; bed closed until fixed.\n" % (digits(r, 6), r.randint(0, 9), r.randint(10, 99), digits(r, 4), digits(r, 9)))
    return d
@tpl(3)
def chat_staff_handover(r):
    d = Doc("chat"); a, b = staff(r), staff(r); pt = name(r)
    d("#ward-handover\n", P(a), ": bed 7 - ", P(pt[0]), " settled overnight, had PRN ", L("MEDICATION", r.choice(["lorazepam", "promethazine", "haloperidol"])), " at 02:10\n")
    d(P(b), ": thanks. bed 9 section papers due; bed 12 discharged. PHQ-9 forms in tray\n", P(a), ": 👍\n")
    return d

# ---------------- free text / html
@tpl(3)
def supervision_note(r):
    d = Doc("free_text"); sup, sv = staff(r), staff(r); cl = name(r)
    d("Clinical supervision record — %s\nSupervisor: " % fdate(r, dt(r, 2025, 2025), "long"), P(sup), "; supervisee: ", P(sv), "\n\n")
    d("Caseload 24 (3 over target). Discussed client ", P(cl[0] + " " + cl[1][0] + "."), " — risk rising since ", L("MEDICATION", r.choice(["clozapine", "lithium carbonate", "methadone"])), " was reduced. ")
    d(P(sv.split()[0]), " feels 'burnt out' and 'drowning in paperwork' (no clinical concern). Agreed: reflective practice on Fridays, Nightingale Room.\n")
    return d
@tpl(3)
def html_client_portal(r):
    d = Doc("html"); g, f, o = name(r); a, _ = addr(r, multiline=True)
    d("<html><body><h1>My Care — profile</h1>\n<dl>\n  <dt>Name</dt><dd>", P(g + " " + f), "</dd>\n  <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", dob(r, "long")), "</dd>\n")
    d("  <dt>Address</dt><dd>", L("ADDRESS", a.replace("\n", "<br>")), "</dd>\n  <dt>Email</dt><dd>", L("EMAIL", email_for(r, g, f)), "</dd>\n")
    d("  <dt>Care coordinator</dt><dd>", P(staff(r)), "</dd>\n  <dt>Next appointment</dt><dd>APT%s, Sycamore Clinic</dd>\n</dl>\n" % digits(r, 7))
    d("<p>Crisis plan on file. Contact the Haven crisis café if you need support out of hours.</p></body></html>\n")
    return d
@tpl(4)
def html_leaflet(r):
    d = Doc("html")
    d("<!doctype html><html><head><title>Our services</title></head><body>\n<h2>", r.choice(["Early Intervention in Psychosis", "Drug and Alcohol Recovery", "Perinatal Mental Health"]), "</h2>\n")
    d("<p>We support people experiencing schizophrenia, bipolar disorder, depression, anxiety and opioid dependence. Treatments may include methadone or buprenorphine, ")
    d("antipsychotics such as olanzapine, and talking therapies.</p>\n<ul><li>Clinics held in the Mary Seacole Building and the Alan Turing Centre</li><li>Groups: SMART Recovery, Hearing Voices</li>")
    d("<li>Wards are named after pioneers such as Florence Nightingale and Hildegard Peplau</li></ul>\n<p>Leaflet ref MH-LF-%s v%d.%d.%d.%d</p></body></html>\n" % (digits(r, 3), r.randint(1, 4), r.randint(0, 9), r.randint(0, 9), r.randint(10, 99)))
    return d
@tpl(4)
def training_material(r):
    d = Doc("free_text")
    d(r.choice(["Module 4: Recognising mania", "E-learning: Opioid overdose and naloxone", "Induction: Mental Health Act basics"]), "\n\n")
    d("Case vignette: 'Patient X' (John Doe, a fictional 34-year-old) presents with paranoid schizophrenia and stops his clozapine. What are the risks?\n")
    d("Research suggests that 1 in 4 adults experiences a mental health problem each year; a 2019 cohort study linked cannabis use to first-episode psychosis.\n")
    d("Alzheimer's disease and Korsakoff syndrome are covered in Module 7. Methadone 60–120 mg/day is the usual maintenance range (see formulary).\n")
    d("Quiz score required: 8/10. Certificate ID CERT-%s. Presenter: Trainer (name withheld).\n" % digits(r, 8))
    return d
@tpl(3)
def court_report(r):
    d = Doc("free_text"); g, f, o = name(r); ctry = r.choice(list(PASSPORT_SHAPES))
    d("PSYCHIATRIC REPORT FOR THE COURT\nRe: ", P(g.upper() + " " + f.upper()), "\nDate of birth: ", L("DATE_OF_BIRTH", dob(r, "long")), "\n\n")
    d("1. I am a consultant forensic psychiatrist. I assessed Mr/Ms ", P(f), " at HMP ", r.choice(["Wakefield", "Holloway", "Mountjoy"]), " on two occasions.\n")
    d("2. ", P(f), " was born in ", ctry, " and holds passport ", L("US_PASSPORT" if ctry == "US" else "PASSPORT", PASSPORT_SHAPES[ctry](r)), ". ")
    d("In my opinion the defendant suffers from ", L("DIAGNOSIS", r.choice(DX)), ", and does not meet criteria for antisocial personality disorder.\n")
    d("3. Treatment with ", L("MEDICATION", r.choice(MED)), " was associated with improvement. A hospital order under s.37 is recommended.\n")
    d("Signed: ", P(full(r, "uk")), "  GMC ", digits(r, 7), "\n")
    return d
@tpl(3)
def free_negative_speech(r):
    d = Doc("free_text")
    d(r.choice(["Team away-day notes", "Service manager's blog", "Quarterly board summary"]), "\n\n")
    d("Referrals hit a depression in the second quarter, then recovered. The waiting list was 'a total nightmare', to quote the board. ")
    d("Parkinson's law applies: the audit expanded to fill the time. We thanked Ford Foundation and Marks & Spencer for the café refit. ")
    d("The Great Depression exhibit at the Wellcome Collection was a popular outing. Bed occupancy 97%%; average PHQ-9 improvement %d.%d points; %d referrals via REF-portal.\n" % (r.randint(3, 7), r.randint(0, 9), r.randint(200, 900)))
    d("Next away-day falls after Presidents' Day; venue TBC (placeholder: Firstname Lastname to book).\n")
    return d
@tpl(5)
def free_intl_narrative(r):
    d = Doc("free_text"); k = ["sg", "es", "in", "ca", "uk", "br", "de", "fr"][r.i % 8]
    g, f, o = name(r, {"in": "in", "br": "pt", "sg": "cn", "de": "de", "ca": "ca", "uk": "uk", "fr": "ca", "es": "es"}[k])
    d("Welfare-benefits note for ", P(g + " " + f), ": ")
    if k == "in": d("client returned from Pune; Aadhaar ", L("IN_AADHAAR", aadhaar(r)), " used for a pharmacy record there (a typo'd copy ", bad_aadhaar(r), " was rejected).")
    elif k == "br": d("CPF ", L("BR_CPF", cpf(r)), " needed for the Brazilian consulate letter; the form had ", bad_cpf(r), " which fails the check.")
    elif k == "sg": d("previously treated at IMH Singapore, NRIC ", L("SG_NRIC", nric(r)), ".")
    elif k == "de": d("Steuer-ID ", L("DE_TAX_ID", steuer(r)), " for the German pension; the old letter showed ", bad_steuer(r), ".")
    elif k == "ca": d("SIN ", L("CA_SIN", sin(r)), " for the Ontario disability claim.")
    elif k == "uk":
        sc, ac = sortacct(r)
        d("NI number ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "; PIP to be paid to ", L("UK_BANK_ACCOUNT", sc + " " + ac), ". NHS no ", bad_nhs(r), " on the old letter is invalid.")
    elif k == "fr": d("numéro de sécurité sociale ", L("FR_NIR", nir(r)), " for the CPAM reimbursement.")
    else: d("NIE ", L("ES_DNI", dni(r)), " for the Spanish healthcare card.")
    d(" Lives with diagnosed ", L("DIAGNOSIS", r.choice(["recurrent depressive disorder", "alcohol dependence syndrome", "generalised anxiety disorder"])), "; appointee is a sister on ", L("PHONE", phone(r)), ".\n")
    return d
@tpl(3)
def html_letter(r):
    d = Doc("html"); g, f, o = name(r); a, _ = addr(r, multiline=True)
    d("<div class=\"letter\"><p>", L("ADDRESS", a.replace("\n", "<br/>\n")), "</p>\n<p>Dear ", P(g), ",</p>\n")
    d("<p>Your next appointment with the Addictions Service is on %s at Seacole Dispensary (room 4, appointment %s). " % (fdate(r, dt(r, 2025, 2025), "long"), digits(r, 8)))
    d("Please bring your ", L("MEDICATION", r.choice(["methadone", "buprenorphine"])), " take-home lock box. Medical record number ", L("MEDICAL_RECORD_NUMBER", mrn(r)), ".</p>\n")
    d("<p>Yours sincerely,<br/>", P(staff(r)), "<br/>Non-Medical Prescriber</p></div>\n")
    return d
@tpl(2)
def free_intake_narrative(r):
    d = Doc("free_text"); g, f, o = name(r, r.choice(["ir", "vn", "ph", "et", "so", "pe", "mx", "tt", "jm", "np", "cn", "jp"])); a, _ = addr(r)
    d("Intake summary (addictions). ", P(g + " " + f), ", born ", L("DATE_OF_BIRTH", dob(r, "long")), ", moved from ", r.choice(["Mashhad", "Huế", "Cebu", "Addis Ababa", "Mogadishu", "Cusco", "Port of Spain", "Kathmandu", "Osaka"]))
    d(" in %d; now at " % r.randint(2005, 2023), L("ADDRESS", a), ". AUDIT score %d. Reports daily illicit opioid use; commenced " % r.randint(8, 35), L("MEDICATION", "methadone"), " titration; ")
    d("hepatitis C screen pending (not a diagnosis yet). Contact: ", L("EMAIL", email_for(r, g, f)), ".\n")
    return d
@tpl(2)
def email_refund(r):
    d = Doc("email"); g, f, o = name(r)
    d("From: ", L("EMAIL", "accounts@mindbridge-therapy.example.com"), "\nTo: ", L("EMAIL", email_for(r, g, f)), "\nSubject: Re: refund for cancelled sessions (INV-%s)\n\n" % digits(r, 6))
    d("Hi ", P(g), ",\n\nWe've refunded £%d.00 to the card you used. Our system shows it as **** **** **** %s.\n" % (r.randint(60, 400), digits(r, 4)))
    d("> On ", fdate(r, dt(r, 2025, 2025), "long"), ", ", P(g), " wrote:\n> please refund to my card ", L("CREDIT_CARD", card(r)), ", not the old one 4000 1234 5678 9011\n")
    d(">  or if easier my bank ", L("IBAN", iban(r)), "\n\nBest,\n", P(staff(r).split()[0]), "\nClient Accounts\n")
    return d
@tpl(2)
def csv_medicaid_export(r):
    d = Doc("csv"); d("member_id,mbi,ssn,last_name,first_name,dob,primary_dx,program\n")
    for _ in range(r.randint(2, 4)):
        g, f, o = name(r, r.choice(["us", "pr", "mx", "so", "vn", "jm", "ph"]))
        row(d, [L("HEALTH_PLAN_ID", plan_id(r)), L("US_MBI", mbi(r)) if r.random() < .5 else "", L("US_SSN", ssn(r)) if r.random() < .6 else "***-**-" + digits(r, 4),
                P(f), P(g), L("DATE_OF_BIRTH", dob(r, "us")), L("DIAGNOSIS", r.choice(["Opioid use disorder, severe", "Alcohol use disorder, moderate", "Major depressive disorder"])), r.choice(["OTP", "IOP", "ACT team"])])
    return d
@tpl(2)
def ndjson_kyc_webhook(r):
    d = Doc("ndjson")
    for _ in range(r.randint(2, 4)):
        g, f, o = name(r); ok = r.random() < .7
        if r.random() < .6:
            ctry = r.choice(list(PASSPORT_SHAPES)); doc = {"type": "passport", "issuing_country": ctry, "number": L("PASSPORT", PASSPORT_SHAPES[ctry](r))}
        else:
            st = r.choice(list(DL)); doc = {"type": "driving_licence", "issuing_state": st, "number": L("DRIVER_LICENSE", DL[st](r))}
        jemit(d, {"event": "idv.%s" % ("approved" if ok else "declined"), "applicant": {"given_name": P(g), "family_name": P(f), "dob": L("DATE_OF_BIRTH", dob(r, "iso"))},
                  "document": doc, "check_id": "chk_%s" % digits(r, 12)}, compact=True)
        d("\n")
    return d
@tpl(2)
def html_attendance(r):
    d = Doc("html"); d("<table class=\"attendance\">\n<tr><th>Participant</th><th>Group</th><th>Week</th><th>AUDIT-C</th></tr>\n")
    for _ in range(r.randint(3, 5)):
        g, f, o = name(r)
        d("<tr><td>", P(g + " " + f), "</td><td>", r.choice(["SMART Recovery", "Alcohol Relapse Prevention", "Women's Recovery Circle"]), "</td><td>%d</td><td>%d</td></tr>\n" % (r.randint(1, 12), r.randint(0, 12)))
    d("</table>\n")
    return d

# ================================================================ build & validate
SHAPE = {"PASSPORT": r"[A-Z0-9]{6,10}", "US_PASSPORT": r"[A-Z0-9]{9}", "DATE_OF_BIRTH": r"[\w ./-]{8,20}", "PHONE": r"[+\d() .-]{7,22}",
         "EMAIL": r"[^@\s]+@[\w.-]+\.[a-z]{2,}", "HEALTH_PLAN_ID": r"[A-Z0-9-]{8,16}"}
def validate(doc):
    t = doc["text"]; last = -1
    assert doc["format"] in FORMATS
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        s, en = e["start"], e["end"]; v = t[s:en]
        assert e["type"] in LEVEL, e
        assert v and v == v.strip(), (doc["id"], e, v)
        assert s >= last, (doc["id"], "overlap", e)
        last = en
        if e["type"] in VALID: assert VALID[e["type"]](v), (doc["id"], e["type"], v)
        if e["type"] in SHAPE: assert re.fullmatch(SHAPE[e["type"]], v), (doc["id"], e["type"], v)
        if e["type"] == "IP_ADDRESS": assert not v.startswith("127.") and v not in ("0.0.0.0", "::1"), v
    lv = max([LEVEL[e["type"]] for e in doc["entities"]] or [1])
    assert doc["classification"] == LVNAME[lv]
    if doc["format"] in ("json", "fhir_json"): json.loads(t)
    if doc["format"] == "ndjson":
        for ln in t.strip("\n").split("\n"): json.loads(ln)
    if doc["format"] in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(t), delimiter="," if doc["format"] == "csv" else "\t"))
        assert len({len(x) for x in rows}) == 1, doc["id"]
    # leak check: unlabelled valid-looking cards / IBANs / SSNs
    covered = [(e["start"], e["end"]) for e in doc["entities"]]
    inside = lambda a, b: any(s <= a and b <= en for s, en in covered)
    for m in re.finditer(r"\b(?:\d[ -]?){13,19}\b", t):
        raw = re.sub(r"\D", "", m.group())
        if raw[0] in "3456" and luhn_ok(raw) and not inside(m.start(), m.end()) and not re.search(r"(APT|ORD|parcel|Accession|UDS)", t[max(0, m.start() - 12):m.start()]):
            raise AssertionError((doc["id"], "unlabelled luhn", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", t):
        if iban_ok(m.group()) and not inside(m.start(), m.end()):
            raise AssertionError((doc["id"], "unlabelled iban", m.group()))

def main():
    docs = []
    for tname, n, fn in T:
        for i in range(n):
            r = random.Random("%s:%s:%d" % (SEED, tname, i)); r.i = i
            d = fn(r)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lv = max([LEVEL[e["type"]] for e in ents] or [1])
            doc = {"id": "h36_%s-%d" % (tname, i), "text": d.text(), "entities": ents, "classification": LVNAME[lv], "format": d.fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    ct = collections.Counter(); cf_ = collections.Counter(); cc = collections.Counter()
    for doc in docs:
        cf_[doc["format"]] += 1; cc[doc["classification"]] += 1
        for e in doc["entities"]: ct[e["type"]] += 1
    print("documents:", len(docs)); print("no-entity documents:", sum(1 for x in docs if not x["entities"]))
    for title, c in (("classification", cc), ("format", cf_), ("entity type", ct)):
        print("\n%s:" % title)
        for k, v in c.most_common(): print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
