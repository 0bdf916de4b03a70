#!/usr/bin/env python3
"""holdout18 generator: independent PII/PHI evaluation corpus for a telecom + energy utility group.

Standard library only. Deterministic (fixed SEED). Written from the public contract only.
Run: python3 build.py   -> writes holdout18.jsonl next to this file and prints counts.
"""
import csv, io, json, os, random, re, string, sys
from collections import Counter

SEED = "holdout18/ferrite-anemometer-4417"
HERE = os.path.dirname(os.path.abspath(__file__))

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
           "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
           "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = "RESTRICTED"
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = "CONFIDENTIAL"
LEVEL["PERSON"] = "INTERNAL"
RANK = {"INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report "
              "hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------------------------------------------
# Builder: labelled values are appended through L(); spans are recorded at append time.
# ----------------------------------------------------------------------------------------------------------------
class L:
    __slots__ = ("type", "value")
    def __init__(self, type_, value):
        assert type_ in LEVEL, type_
        self.type, self.value = type_, value
    def __str__(self):
        return self.value

class M:
    """A string mixing plain text and labelled values (for JSON strings / CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts
    def __str__(self):
        return "".join(str(p) for p in self.parts)

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []
    def t(self, *parts):
        for p in parts:
            if isinstance(p, L):
                self.ents.append({"type": p.type, "start": self.n, "end": self.n + len(p.value)})
                self._raw(p.value)
            elif isinstance(p, M):
                self.t(*p.parts)
            else:
                self._raw(str(p))
        return self
    def _raw(self, s):
        self.buf.append(s)
        self.n += len(s)
    def ln(self, *parts):
        self.t(*parts)
        self._raw("\n")
        return self
    def span(self, typ, fn):
        """label whatever fn() appends (used for multi-line / escaped values)"""
        s = self.n
        fn()
        self.ents.append({"type": typ, "start": s, "end": self.n})
    def text(self):
        return "".join(self.buf)

# ---- JSON emitter that labels string contents ----
def _jstr(doc, v):
    if isinstance(v, L):
        esc = json.dumps(v.value, ensure_ascii=False)[1:-1]
        doc._raw('"')
        doc.ents.append({"type": v.type, "start": doc.n, "end": doc.n + len(esc)})
        doc._raw(esc)
        doc._raw('"')
    elif isinstance(v, M):
        doc._raw('"')
        for p in v.parts:
            esc = json.dumps(str(p), ensure_ascii=False)[1:-1]
            if isinstance(p, L):
                doc.ents.append({"type": p.type, "start": doc.n, "end": doc.n + len(esc)})
            doc._raw(esc)
        doc._raw('"')
    else:
        doc._raw(json.dumps(v, ensure_ascii=False))

def jdump(doc, obj, indent=2, lvl=0, compact=False):
    sp = "" if compact else "\n"
    pad = "" if compact else " " * (indent * (lvl + 1))
    endpad = "" if compact else " " * (indent * lvl)
    sep = ": " if not compact else ":"
    com = "," if compact else ","
    if isinstance(obj, dict):
        if not obj:
            doc._raw("{}"); return
        doc._raw("{" + sp)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            doc._raw(pad + json.dumps(k, ensure_ascii=False) + sep)
            jdump(doc, v, indent, lvl + 1, compact)
            if i < len(items) - 1:
                doc._raw(com)
            doc._raw(sp)
        doc._raw(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            doc._raw("[]"); return
        doc._raw("[" + sp)
        for i, v in enumerate(obj):
            doc._raw(pad)
            jdump(doc, v, indent, lvl + 1, compact)
            if i < len(obj) - 1:
                doc._raw(com)
            doc._raw(sp)
        doc._raw(endpad + "]")
    elif isinstance(obj, (L, M)) or isinstance(obj, str):
        _jstr(doc, obj)
    else:
        doc._raw(json.dumps(obj))

def plain(v):
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, (L, M)):
        return str(v)
    return v

# ---- delimited writer ----
def drow(doc, cells, delim=",", quote_all=False):
    for i, c in enumerate(cells):
        if i:
            doc._raw(delim)
        s = str(c) if c is not None else ""
        need = quote_all or any(ch in s for ch in (delim, '"', "\n", "\r"))
        if need:
            doc._raw('"')
            if isinstance(c, (L, M)):
                parts = c.parts if isinstance(c, M) else (c,)
                for p in parts:
                    esc = str(p).replace('"', '""')
                    if isinstance(p, L):
                        doc.ents.append({"type": p.type, "start": doc.n, "end": doc.n + len(esc)})
                    doc._raw(esc)
            else:
                doc._raw(s.replace('"', '""'))
            doc._raw('"')
        else:
            doc.t(c if isinstance(c, (L, M)) else s)
    doc._raw("\n")

# ----------------------------------------------------------------------------------------------------------------
# Checksums (from public specifications)
# ----------------------------------------------------------------------------------------------------------------
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return len(s) > 14 and int(n) % 97 == 1

def iban_make(cc, bban):
    n = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"

def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10: return False
    tot = sum(x * (10 - i) for i, x in enumerate(d[:9]))
    ck = 11 - tot % 11
    if ck == 11: ck = 0
    return ck != 10 and ck == d[9]

VERHOEFF_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
              [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
              [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VERHOEFF_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
              [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VERHOEFF_INV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed([x for x in s if x.isdigit()])):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])

def cpf_digits(nine):
    d = [int(c) for c in nine]
    s1 = sum(x * (10 - i) for i, x in enumerate(d)) % 11
    c1 = 0 if s1 < 2 else 11 - s1
    d.append(c1)
    s2 = sum(x * (11 - i) for i, x in enumerate(d)) % 11
    c2 = 0 if s2 < 2 else 11 - s2
    return f"{c1}{c2}"
def cpf_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d[9:]

DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    body, let = s[:-1], s[-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and DNI_LET[int(body) % 23] == let

def nir_ok(s):
    d = s.replace(" ", "")
    if len(d) != 15: return False
    body = d[:13].replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(d[13:])

def steuer_ok(s):
    d = s.replace(" ", "")
    if len(d) != 11 or not d.isdigit() or d[0] == "0": return False
    cnt = Counter(d[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    prod = 10
    for ch in d[:10]:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    ck = 11 - prod
    if ck == 10: ck = 0
    return ck == int(d[10])
def steuer_digit(ten):
    prod = 10
    for ch in ten:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    ck = 11 - prod
    return "0" if ck == 10 else str(ck)

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_check(s15):
    tot = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)
def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def nric_ok(s):
    s = s.upper()
    if len(s) != 9: return False
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * x for c, x in zip(s[1:8], w))
    if s[0] in "TG": tot += 4
    if s[0] in "ST": return "JZIHGFEDCBA"[tot % 11] == s[8]
    if s[0] in "FG": return "XWUTRQPNMLK"[tot % 11] == s[8]
    return False

MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = ["N0", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, c in zip(s, cls):
        if c == "N0" and ch not in "123456789": return False
        if c == "N" and not ch.isdigit(): return False
        if c == "A" and ch not in MBI_LET: return False
        if c == "AN" and not (ch.isdigit() or ch in MBI_LET): return False
    return True

def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

NINO_BAD1 = set("DFIQUV"); NINO_BAD2 = set("DFIOQUV")
def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in
            ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and s[2:8].isdigit() and s[8] in "ABCD")

def sin_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)

def aadhaar_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

# ----------------------------------------------------------------------------------------------------------------
# Value generators (R is re-seeded per document)
# ----------------------------------------------------------------------------------------------------------------
R = random.Random(SEED)
def ch(seq): return R.choice(seq)
def digits(n): return "".join(R.choice("0123456789") for _ in range(n))
def nz(n): return R.choice("123456789") + digits(n - 1)
def upper(n, alpha=string.ascii_uppercase): return "".join(R.choice(alpha) for _ in range(n))

NAMES = {  # origin: (given F, given M, family)
    "uk": ("Harriet Imogen Bethan Sophie Rhiannon Morag Eleanor", "Callum Rhys Alistair Gareth Toby Euan Declan",
           "Pemberton Haworth Trevelyan Ogilvie Brathwaite Cadwallader Featherstone Penhaligon Ashdown Dunwoody"),
    "ie": ("Aoife Saoirse Clodagh Gráinne Niamh Siobhán Órla", "Cian Oisín Pádraig Tadhg Ruairí Donnchadh Colm",
           "Ní Mhurchú|Ó Ceallaigh|Mac Cárthaigh|Ó Súilleabháin|Breathnach|Ní Dhomhnaill|Fitzgerald|Ó Briain"),
    "de": ("Annegret Wiebke Friederike Mechthild Svenja Liesel", "Jörg Torsten Wolfram Lutz Hinnerk Björn Ulrich",
           "Großkreutz|von der Heydt|Brüggemann|Oetjen|Schwarzenbach|zu Knyphausen|Haßelhorst|Kötter|Wöhrmann"),
    "nl": ("Femke Marieke Sanne Anouk Lieke Baukje", "Joost Maarten Sjoerd Pieter-Jan Wouter Tjeerd",
           "van der Wiel|de Boer-Kuijpers|Vermeulen|van 't Hek|Oosterhuis|Hoekstra|van Ommeren|Dijkgraaf"),
    "pl": ("Małgorzata Agnieszka Żaneta Grażyna Katarzyna Jadwiga", "Przemysław Grzegorz Łukasz Zbigniew Wojciech Jędrzej",
           "Wróblewska|Szczepański|Brzęczyszczykiewicz|Łukasiewicz|Kołodziej|Chmielewska|Wiśniewski|Pietrzak"),
    "ro": ("Ioana Mădălina Ancuța Roxana Ștefania Bianca", "Mihai Răzvan Ionuț Bogdan Costin Tudor",
           "Popescu|Dumitrescu|Țîrlea|Constantinescu|Găină|Moldoveanu|Ștefănescu|Bălan"),
    "ke": ("Wanjiru Akinyi Chebet Njeri Atieno Wairimu", "Kipchoge Otieno Mwangi Kamau Omondi Kiprotich",
           "Wambugu|Odhiambo|Kiplagat|Njoroge|Ochieng|Chepkemoi|Mutua|Kariuki"),
    "ng": ("Ngozi Folasade Chiamaka Aisha Oluwaseun Ifeoma", "Chukwuemeka Babatunde Olumide Ibrahim Tochukwu Ayodele",
           "Adeyemi|Okonkwo|Nwachukwu|Abubakar|Ogunleye|Eze|Balogun|Okafor"),
    "za": ("Nomvula Thandeka Lindiwe Anri Zanele Elmarie", "Sipho Themba Jaco Lwazi Mandla Pieter",
           "Dlamini|van der Merwe|Nkosi|du Plessis|Mokoena|Ngcobo|le Roux|Khumalo"),
    "mx": ("Guadalupe Ximena Itzel Marisol Yolotl Rocío", "Cuauhtémoc Joaquín Efraín Rodrigo Tonatiuh Héctor",
           "Hernández Olvera|de la Cruz Méndez|Zúñiga|Ramírez Tapia|Xicoténcatl|Villaseñor|Ortiz de Montellano"),
    "ph": ("Maricel Rowena Jocelyn Divina Lorna Marites", "Jericho Rommel Arnel Dante Jomar Efren",
           "dela Cruz|Macaraeg|Dimaculangan|Bautista|Pangilinan|Sison|Manalastas|Villanueva"),
    "id": ("Wahyuni Sri Dewi Ratna Kartika Nurhaliza", "Bambang Agus Joko Yudhistira Made Ketut",
           "Siregar|Nasution|Wibisono|Hutapea|Prasetyo|Sinaga|Kusumawardhani|Simanjuntak"),
    "us": ("Shelby Kaylee Marjorie DeShawna Brittany Loretta", "Travis Dwayne Cody Jamal Garrett Wendell",
           "Kowalczyk|McAllister|Washington|Thibodeaux|Oyelaran|Gutierrez|Blankenship|Yazzie"),
    "ca": ("Geneviève Marie-Ève Noémie Chantal Siobhan Priya", "Jean-Philippe Étienne Mathieu Gurpreet Darnell Olivier",
           "Tremblay|Bouchard-Lavoie|Gagnon|Côté|Sandhu|Desjardins|Courchene|Bélanger"),
    "es": ("Maite Itziar Montserrat Begoña", "Iñaki Jordi Xabier Álvaro", "Etxeberria|Puigdomènech|García-Lorca|Urrutia|Sáez de Ibarra"),
    "it": ("Giuseppina Loredana Ornella Chiara", "Gianluca Salvatore Ettore Raffaele", "Squillace|Lo Presti|D'Ambrosio|Bonfiglio|Marchetti"),
    "fr": ("Ségolène Clémence Maëlle Hélène", "Benoît Aurélien Grégoire Loïc", "Lefèvre-Pontalis|de Villepin|Desrosiers|Chauvière|Rousseau"),
    "in": ("Lakshmi Deepika Ananya Shalini", "Venkatesh Arjun Raghav Siddharth", "Subramanian|Chatterjee|Reddy|Iyengar|Bhattacharya"),
    "sg": ("Hui Min|Xin Yi|Mei Ling", "Wei Jie|Jun Hao|Boon Keng", "Tan|Lim|Ng|Goh|Teo"),
    "br": ("Thaís Luana Jéssica", "Caio Thiago Rafael", "Gonçalves|dos Santos|Araújo Lima|Figueiredo"),
}
SYL = ["ka", "zo", "bri", "tu", "vel", "an", "mo", "ri", "sha", "qu", "ex", "lo", "dru", "ni", "fae", "yor", "pa", "zhi"]
def invented():
    return "".join(R.choice(SYL) for _ in range(R.randint(2, 3))).capitalize()

def person(origin=None, sex=None):
    """returns dict with given, family, full (display), sex, origin"""
    origin = origin or ch(list(NAMES))
    gf, gm, fam = NAMES[origin]
    sex = sex or ch("FM")
    gl = (gf if sex == "F" else gm)
    given = ch(gl.split("|") if "|" in gl else gl.split())
    family = ch(fam.split("|") if "|" in fam else fam.split())
    if R.random() < 0.12: given = invented()
    if R.random() < 0.12 and origin not in ("sg",): family = invented()
    if origin == "id" and R.random() < 0.3:
        family = ""  # Indonesian mononym
    full = (f"{family} {given}" if origin == "sg" else (f"{given} {family}" if family else given))
    return {"given": given, "family": family or given, "full": full, "sex": sex, "origin": origin}

# ---- dates ----
MONTHS = "January February March April May June July August September October November December".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MON_PL = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
MON_RO = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
def rdate(y0=1938, y1=2004):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    return y, m, d
def fdate(ymd, style):
    y, m, d = ymd
    return {
        "iso": f"{y:04d}-{m:02d}-{d:02d}", "uk": f"{d:02d}/{m:02d}/{y}", "us": f"{m:02d}/{d:02d}/{y}",
        "de": f"{d:02d}.{m:02d}.{y}", "long": f"{d} {MONTHS[m-1]} {y}", "uslong": f"{MONTHS[m-1]} {d}, {y}",
        "mon": f"{d:02d}-{MONTHS[m-1][:3].upper()}-{y}", "hl7": f"{y:04d}{m:02d}{d:02d}",
        "delong": f"{d}. {MON_DE[m-1]} {y}", "eslong": f"{d} de {MON_ES[m-1]} de {y}",
        "pllong": f"{d} {MON_PL[m-1]} {y}", "rolong": f"{d} {MON_RO[m-1]} {y}", "dash": f"{d:02d}-{m:02d}-{y}",
        "short": f"{d}/{m}/{str(y)[2:]}",
    }[style]
def dob(style="iso", y0=1938, y1=2004):
    return fdate(rdate(y0, y1), style)
def recent(style="iso"):
    return fdate(rdate(2023, 2025), style)
def ts():
    y, m, d = rdate(2024, 2025)
    return f"{y:04d}-{m:02d}-{d:02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z"
def ts_sp():
    y, m, d = rdate(2024, 2025)
    return f"{y:04d}-{m:02d}-{d:02d} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"

# ---- phones (real-shaped, not in drama/test ranges) ----
US_AREAS = ["212", "312", "415", "617", "713", "206", "303", "404", "602", "702", "313", "504", "612", "919"]
CA_AREAS = ["416", "514", "604", "403", "613", "902", "306", "418"]
def phone(cc):
    if cc == "uk":
        return ch([f"+44 7{ch('4589')}{digits(2)} {digits(6)}", f"07{ch('4589')}{digits(2)} {digits(3)} {digits(3)}",
                   f"+44 20 7{digits(3)} {digits(4)}", f"0161 {nz(3)} {digits(4)}", f"(0113) {nz(3)} {digits(4)}"])
    if cc == "ie":
        return ch([f"+353 8{ch('3567')} {nz(3)} {digits(4)}", f"08{ch('3567')} {nz(3)} {digits(4)}", f"+353 1 {nz(3)} {digits(4)}"])
    if cc == "de":
        return ch([f"+49 15{ch('1279')} {nz(4)}{digits(4)}", f"0170 {nz(7)}", f"+49 (0)30 {nz(4)} {digits(3)}", f"089/{nz(3)}{digits(4)}"])
    if cc == "nl":
        return ch([f"+31 6 {nz(4)} {digits(4)}", f"06-{nz(8)}", f"+31 (0)20 {nz(3)} {digits(4)}"])
    if cc == "pl":
        return ch([f"+48 {ch('5678')}{digits(2)} {digits(3)} {digits(3)}", f"{ch('5678')}{digits(2)}-{digits(3)}-{digits(3)}"])
    if cc == "ro":
        return ch([f"+40 7{ch('2345')}{digits(1)} {digits(3)} {digits(3)}", f"07{ch('2345')}{digits(1)}.{digits(3)}.{digits(3)}", f"+40 21 {nz(3)} {digits(4)}"])
    if cc == "ke":
        return ch([f"+254 7{ch('0129')}{digits(1)} {digits(3)} {digits(3)}", f"07{ch('0129')}{digits(1)}{digits(6)}", f"+254 1{ch('01')}{digits(1)} {digits(6)}"])
    if cc == "ng":
        return ch([f"+234 80{ch('3356')} {digits(3)} {digits(4)}", f"0{ch(['803','806','813','703','905','812'])} {digits(3)} {digits(4)}"])
    if cc == "za":
        return ch([f"+27 8{ch('234')} {nz(3)} {digits(4)}", f"07{ch('2369')} {nz(3)} {digits(4)}", f"+27 (0)11 {nz(3)} {digits(4)}"])
    if cc == "mx":
        return ch([f"+52 55 {nz(4)} {digits(4)}", f"+52 1 33 {nz(4)} {digits(4)}", f"(81) {nz(4)}-{digits(4)}"])
    if cc == "ph":
        return ch([f"+63 9{ch('1257')}{digits(1)} {digits(3)} {digits(4)}", f"09{ch('1257')}{digits(1)}-{digits(3)}-{digits(4)}", f"(02) 8{digits(3)}-{digits(4)}"])
    if cc == "id":
        return ch([f"+62 81{ch('23')}-{digits(4)}-{digits(4)}", f"0812{digits(8)}", f"+62 21 {nz(4)} {digits(4)}"])
    if cc in ("us", "ca"):
        a = ch(US_AREAS if cc == "us" else CA_AREAS)
        ex = ch("23456789") + digits(1) + ch("0123456789")
        if ex[1:] == "55": ex = ex[0] + "47"
        ln = digits(4)
        return ch([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"{a}.{ex}.{ln}", f"1-{a}-{ex}-{ln}"])
    raise ValueError(cc)

def e164(cc):
    """international number as switches write it: digits only, with or without '+'"""
    while True:
        p = phone(cc)
        if p.startswith("+"): break
    c = re.sub(r"\D", "", p)
    return ch([c, "+" + c])

def email(p, domain=None):
    import unicodedata
    def asc(s):
        s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
        return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalnum() and ord(c) < 128).lower()
    g, f = asc(p["given"]), asc(p["family"])
    dom = domain or ch(["gmail.com", "yahoo.co.uk", "outlook.com", "web.de", "gmx.de", "wp.pl", "o2.pl", "yahoo.ro",
                        "eircom.net", "ziggo.nl", "icloud.com", "hotmail.com", "yahoo.com.ph", "telkom.net",
                        "mweb.co.za", "prodigy.net.mx", "proton.me", "sympatico.ca"])
    loc = ch([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}{R.randint(1,99)}", f"{g}_{f[:4]}", f"{g}{R.randint(70,99)}"])
    return f"{loc}@{dom}"

# ---- addresses ----
def address(cc, multiline=False):
    sep = "\n" if multiline else ", "
    if cc == "uk":
        return sep.join([f"{R.randint(2,188)} {ch(['Cromwell Terrace','Pendle Rise','Sandringham Close','Ffordd Glyndwr','Heol y Nant','Moorside Lane','Gallowgate'])}",
                         *(lambda tw: [tw[0], f"{tw[1]}{R.randint(1,20)} {R.randint(1,9)}{upper(2,'ABDEFGHJLNPQRSTUWXYZ')}"])(
                             ch([("Burnley", "BB"), ("Cardiff", "CF"), ("Wakefield", "WF"), ("Dundee", "DD"), ("Truro", "TR"), ("Ipswich", "IP")]))])
    if cc == "ie":
        return sep.join([f"{R.randint(1,90)} {ch(['Bóthar na Trá','Ashgrove Park','Cnoc na Rí','Dominick Street Lower','Ballyhooly Road'])}",
                         *(lambda tw: [tw[0], f"{tw[1]} {upper(1,'ACDEFHKNPRTVWXY')}{digits(1)}{upper(1,'ACDEFHKNPRTVWXY')}{digits(1)}"])(
                             ch([("Salthill, Galway", "H91"), ("Mayfield, Cork", "T23"), ("Ennis, Co. Clare", "V95"), ("Drumcondra, Dublin 9", "D09")]))])
    if cc == "de":
        return sep.join([f"{ch(['Mühlenstraße','Am Sülzgürtel','Wilhelm-Leuschner-Str.','Hinter der Grieth','Kötnerholzweg'])} {R.randint(1,140)}{ch(['', '', 'a', 'b'])}",
                         f"{R.randint(10,99)}{digits(3)} {ch(['Köln','Hannover','Gelsenkirchen','Würzburg','Rostock'])}"])
    if cc == "nl":
        return sep.join([f"{ch(['Bloemgracht','Hoogstraat','Van Speijkstraat','Zuiderdiep','Oudegracht'])} {R.randint(1,300)}{ch(['', '-II', ' bis', 'A'])}",
                         f"{R.randint(1011,9999)} {upper(2,'ABCEGHJKLMNPRTVWXZ')} {ch(['Amsterdam','Groningen','Utrecht','Zwolle','Eindhoven'])}"])
    if cc == "pl":
        return sep.join([f"ul. {ch(['Świętokrzyska','Piotrkowska','Grunwaldzka','Marszałkowska','Długa'])} {R.randint(1,200)}/{R.randint(1,60)}",
                         f"{R.randint(10,99)}-{digits(3)} {ch(['Łódź','Gdańsk','Kraków','Wrocław','Białystok'])}"])
    if cc == "ro":
        return sep.join([f"Str. {ch(['Fabricii de Chibrituri','Doamnei','Zizinului','Calea Moșilor','Avram Iancu'])} nr. {R.randint(1,120)}, bl. {upper(1)}{R.randint(1,9)}, sc. {R.randint(1,4)}, ap. {R.randint(1,80)}",
                         f"{ch(['Sector 3, București','Cluj-Napoca, jud. Cluj','Brașov','Iași'])} {nz(6)}"])
    if cc == "ke":
        return ch([sep.join([f"House No. {R.randint(2,90)}, {ch(['Kindaruma Road','Ngong Road','Oginga Odinga Street','Moi Avenue'])}", f"{ch(['Kilimani','Kisumu','Nakuru','Eldoret'])}"]) + f"{sep}P.O. Box {nz(5)}-{ch(['00100','40100','20100','30100'])}",
                   f"P.O. Box {nz(4)}-{ch(['00200','80100'])}{sep}{ch(['Nairobi','Mombasa'])}"])
    if cc == "ng":
        return sep.join([f"{R.randint(1,60)} {ch(['Adeola Odeku Street','Ogui Road','Ahmadu Bello Way','Awolowo Road','Bode Thomas Street'])}",
                         f"{ch(['Victoria Island, Lagos 101241','Enugu 400001','Kaduna 800283','Ikoyi, Lagos 106104','Surulere, Lagos 101283'])}"])
    if cc == "za":
        return sep.join([f"{R.randint(1,200)} {ch(['Jan Smuts Avenue','Voortrekker Road','Umgeni Road','Church Street','Rivonia Boulevard'])}",
                         ch(["Rosebank", "Bellville", "Durban Central", "Mbombela", "Sandton"]), f"{nz(4)}"])
    if cc == "mx":
        return sep.join([f"{ch(['Av. Insurgentes Sur','Calle Durango','Av. Vallarta','Calle 60'])} {R.randint(10,2500)}{ch(['', ' Int. 4', ' Depto. 302'])}",
                         f"Col. {ch(['Roma Norte','Americana','Crédito Constructor','Centro'])}", f"{R.randint(1,9)}{digits(4)} {ch(['Ciudad de México, CDMX','Guadalajara, Jal.','Mérida, Yuc.'])}"])
    if cc == "ph":
        return sep.join([f"{ch(['Unit 12B, ','Blk 7 Lot 22, ',''])}{R.randint(1,400)} {ch(['Jupiter St.','Mabini St.','Katipunan Ave.','P. Burgos St.'])}",
                         f"{ch(['Bel-Air, Makati City 1209','Loyola Heights, Quezon City 1108','Poblacion, Davao City 8000','Lahug, Cebu City 6000'])}"])
    if cc == "id":
        return sep.join([f"Jl. {ch(['Kemang Raya','Dago','Diponegoro','Gajah Mada'])} No. {R.randint(1,150)}, RT {R.randint(1,12):03d}/RW {R.randint(1,9):02d}",
                         f"{ch(['Bangka, Mampang Prapatan, Jakarta Selatan 12730','Coblong, Bandung 40135','Tegalsari, Surabaya 60264'])}"])
    if cc == "us":
        return sep.join([f"{R.randint(100,9899)} {ch(['N Kedzie Ave','Magnolia Bend Dr','SW 14th St','County Road 9','Old Spanish Trail'])}{ch(['', ' Apt 3C', ' Unit 210', ' #12'])}",
                         f"{ch(['Chicago, IL 60618','Houston, TX 77021','Portland, OR 97219','Gallup, NM 87301','Detroit, MI 48207','Baton Rouge, LA 70808'])}"])
    if cc == "ca":
        return ch([sep.join([f"{R.randint(100,9000)}, rue {ch(['Saint-Denis','Sherbrooke Est','Beaubien'])}, app. {R.randint(1,30)}", f"Montréal (Québec) H{R.randint(1,4)}{upper(1,'ABCEGHJKLMNPRSTVXY')} {R.randint(1,9)}{upper(1,'ABCEGHJKLMNPRSTVXY')}{R.randint(1,9)}"]),
                   sep.join([f"{R.randint(10,999)} {ch(['Dundas St W','Jasper Ave NW','Portage Ave'])}", f"{ch(['Toronto, ON M6J','Edmonton, AB T5J','Winnipeg, MB R3G'])} {R.randint(1,9)}{upper(1,'ABCEGHJKLMNPRSTVXY')}{R.randint(1,9)}"])])
    raise ValueError(cc)

COUNTRIES = ["uk", "ie", "de", "nl", "pl", "ro", "ke", "ng", "za", "mx", "ph", "id", "us", "ca"]
CNAME = {"uk": "United Kingdom", "ie": "Ireland", "de": "Germany", "nl": "Netherlands", "pl": "Poland", "ro": "Romania",
         "ke": "Kenya", "ng": "Nigeria", "za": "South Africa", "mx": "Mexico", "ph": "Philippines", "id": "Indonesia",
         "us": "United States", "ca": "Canada"}

# ---- identifiers (valid) ----
def card(kind=None, sep=" "):
    kind = kind or ch(["visa", "mc", "mc2", "amex"])
    if kind == "visa": body = "4" + digits(14)
    elif kind == "mc": body = "5" + ch("12345") + digits(13)
    elif kind == "mc2": body = str(R.randint(2221, 2720)) + digits(11)
    else: body = ch(["34", "37"]) + digits(12)
    n = body + luhn_digit(body)
    if len(n) == 15: return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))

IBAN_FMT = {"GB": lambda: upper(4) + digits(14), "IE": lambda: upper(4) + digits(14), "DE": lambda: digits(18),
            "NL": lambda: upper(4) + digits(10), "PL": lambda: digits(24), "RO": lambda: upper(4) + upper(16, string.ascii_uppercase + string.digits),
            "FR": lambda: digits(10) + upper(11, string.ascii_uppercase + string.digits) + digits(2), "ES": lambda: digits(20),
            "IT": lambda: upper(1) + digits(10) + digits(12), "BE": lambda: digits(12), "LT": lambda: digits(16)}
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]
NL_BANKS = ["INGB", "RABO", "ABNA", "TRIO", "SNSB"]
RO_BANKS = ["BTRL", "RNCB", "BRDE", "INGB"]
def iban(cc, spaced=None):
    if cc == "GB": bban = ch(GB_BANKS) + digits(14)
    elif cc == "IE": bban = ch(IE_BANKS) + digits(14)
    elif cc == "NL": bban = ch(NL_BANKS) + nz(10)
    elif cc == "RO": bban = ch(RO_BANKS) + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(16))
    else: bban = IBAN_FMT[cc]()
    s = iban_make(cc, bban)
    if spaced is None: spaced = R.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
def bad_iban(cc):
    s = iban(cc, spaced=False)
    ck = int(s[2:4]); ck = (ck + R.randint(1, 90)) % 100
    s = s[:2] + f"{ck:02d}" + s[4:]
    if iban_ok(s): return bad_iban(cc)
    return s

def sortcode(): return f"{R.randint(10,99)}-{digits(2)}-{digits(2)}"
def ukacct(): return nz(8)

def nhs():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        ck = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if ck == 11: ck = 0
        if ck == 10: continue
        s = "".join(map(str, d)) + str(ck)
        return f"{s[:3]} {s[3:6]} {s[6:]}" if R.random() < 0.7 else s
def bad_nhs():
    while True:
        s = nz(10)
        if not nhs_ok(s): return f"{s[:3]} {s[3:6]} {s[6:]}"

def nino():
    while True:
        p = upper(1, "ABCEGHJKLMNOPRSTWXYZ") + upper(1, "ABCEGHJKLMNPRSTWXYZ")
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): continue
        d = digits(6); s = ch("ABCD")
        return ch([f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"])

def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        return f"{a:03d}-{R.randint(1,99):02d}-{R.randint(1,9999):04d}"
def sin():
    body = ch("1234567") + digits(7)
    s = body + luhn_digit(body)
    return ch([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])
def bad_sin():
    body = ch("1234567") + digits(7)
    good = luhn_digit(body)
    return f"{body[:3]} {body[3:6]} {body[6:]}{(int(good) + 3) % 10}"

def steuer():
    while True:
        ds = R.sample(range(10), 9)
        dup = R.choice(ds)
        arr = ds + [dup]
        R.shuffle(arr)
        if arr[0] == 0: continue
        ten = "".join(map(str, arr))
        s = ten + steuer_digit(ten)
        if steuer_ok(s):
            return ch([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])
def bad_steuer():
    while True:
        s = steuer().replace(" ", "")
        b = s[:10] + str((int(s[10]) + R.randint(1, 9)) % 10)
        if not steuer_ok(b): return b

def dni(nie=False):
    if nie:
        p = ch("XYZ"); n = digits(7)
        return f"{p}{n}{DNI_LET[int(str('XYZ'.index(p)) + n) % 23]}"
    n = digits(8)
    return ch([f"{n}{DNI_LET[int(n) % 23]}", f"{n}-{DNI_LET[int(n) % 23]}"])
def bad_dni():
    n = digits(8); good = DNI_LET[int(n) % 23]
    return n + ch([c for c in DNI_LET if c != good])

def nir(sex="F", ymd=None):
    y, m, d = ymd or rdate()
    dep = ch(["75", "69", "13", "33", "59", "67", "44", "31"])
    body = f"{1 if sex == 'M' else 2}{y % 100:02d}{m:02d}{dep}{R.randint(1,999):03d}{R.randint(1,999):03d}"
    key = 97 - int(body) % 97
    s = body + f"{key:02d}"
    return ch([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"])

def _cf_letters(s):
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if c.isalpha() and ord(c) < 128)
    return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]
def codice_fiscale(p, ymd):
    c, v = _cf_letters(p["family"]); sur = ("".join(c + v) + "XXX")[:3]
    c, v = _cf_letters(p["given"])
    nm = (c[0] + c[2] + c[3]) if len(c) >= 4 else ("".join(c + v) + "XXX")[:3]
    y, m, d = ymd
    day = d + (40 if p["sex"] == "F" else 0)
    s15 = f"{sur}{nm}{y % 100:02d}{'ABCDEHLMPRST'[m-1]}{day:02d}{ch(['H501','F205','F839','L219','G273','A944','D612'])}"
    return s15 + cf_check(s15)
def bad_cf(p, ymd):
    s = codice_fiscale(p, ymd)
    return s[:15] + chr(65 + (ord(s[15]) - 65 + R.randint(1, 25)) % 26)

def cpf():
    while True:
        n = digits(9)
        if len(set(n)) > 1: break
    s = n + cpf_digits(n)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
def bad_cpf():
    n = digits(9); good = cpf_digits(n)
    bad = f"{(int(good[0]) + 1) % 10}{good[1]}"
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{bad}"

def aadhaar():
    body = ch("23456789") + digits(10)
    s = body + verhoeff_digit(body)
    assert verhoeff_ok(s)
    return ch([f"{s[:4]} {s[4:8]} {s[8:]}", s, f"{s[:4]}-{s[4:8]}-{s[8:]}"])
def bad_aadhaar():
    while True:
        s = ch("23456789") + digits(11)
        if not verhoeff_ok(s): return f"{s[:4]} {s[4:8]} {s[8:]}"

def nric(kind=None):
    kind = kind or ch("STFG")
    d = digits(7)
    tot = sum(int(c) * x for c, x in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if kind in "TG" else 0)
    let = ("JZIHGFEDCBA" if kind in "ST" else "XWUTRQPNMLK")[tot % 11]
    return kind + d + let
def bad_nric():
    s = nric("S")
    return s[:8] + ch([c for c in "ABCDEFGHIJZ" if c != s[8]])

def mbi():
    A = MBI_LET; AN = MBI_LET + "0123456789"
    s = (ch("123456789") + ch(A) + ch(AN) + ch("0123456789") + ch(A) + ch(AN) + ch("0123456789") + ch(A) + ch(A)
         + ch("0123456789") + ch("0123456789"))
    return ch([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

def us_passport(): return ch([nz(9), "A" + digits(8)])
PASSPORT_SHAPE = {
    "uk": lambda: nz(9), "ie": lambda: upper(2, "PLKTN") + digits(7), "de": lambda: "C" + upper(8, "CFGHJKLMNPRTVWXYZ0123456789"),
    "nl": lambda: upper(2, "NPBX") + upper(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(1),
    "pl": lambda: upper(2, "AEZ") + digits(7), "ro": lambda: "0" + nz(7), "ke": lambda: "AK" + digits(7),
    "ng": lambda: "A" + digits(8), "za": lambda: "A" + digits(8), "mx": lambda: ch("GN") + digits(8),
    "ph": lambda: "P" + digits(7) + upper(1), "id": lambda: ch("BCX") + digits(7), "ca": lambda: upper(2) + digits(6),
    "in": lambda: upper(1, "JKLMNPRSTUVZ") + digits(7), "fr": lambda: digits(2) + upper(2) + digits(5),
    "es": lambda: upper(3) + digits(6), "it": lambda: "Y" + upper(1) + digits(7), "br": lambda: "F" + upper(1) + digits(6),
}
def passport(cc):
    if cc == "us": return L("US_PASSPORT", us_passport())
    return L("PASSPORT", PASSPORT_SHAPE[cc]())

def uk_dl(p, ymd):
    import unicodedata
    fam = "".join(c for c in unicodedata.normalize("NFKD", p["family"].upper()) if c.isalpha() and ord(c) < 128)
    fam = (fam + "99999")[:5]
    y, m, d = ymd
    mm = m + (50 if p["sex"] == "F" else 0)
    gi = "".join(c for c in unicodedata.normalize("NFKD", p["given"].upper()) if c.isalpha() and ord(c) < 128)[:1]
    return f"{fam}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{gi}{ch(['9', upper(1)])}{R.randint(0,9)}{upper(2)}"
US_DL = {
    "California": lambda: upper(1) + digits(7), "New York": lambda: f"{digits(3)} {digits(3)} {digits(3)}",
    "Texas": lambda: ch("0123") + digits(7), "Florida": lambda: f"{upper(1)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",
    "Illinois": lambda: f"{upper(1)}{digits(3)}-{digits(4)}-{digits(4)}", "Washington": lambda: "WDL" + upper(6, string.ascii_uppercase + string.digits) + digits(3),
    "Michigan": lambda: f"{upper(1)} {digits(3)} {digits(3)} {digits(3)} {digits(3)}", "New Jersey": lambda: f"{upper(1)}{digits(4)} {digits(5)} {digits(5)}",
    "Ohio": lambda: upper(2) + digits(6), "Arizona": lambda: upper(1) + digits(8), "Georgia": lambda: nz(9),
    "New Mexico": lambda: nz(9), "Louisiana": lambda: "00" + digits(7), "Minnesota": lambda: upper(1) + digits(12),
    "Pennsylvania": lambda: f"{digits(2)} {digits(3)} {digits(3)}", "Oregon": lambda: nz(7),
}
US_ST = {"California": "CA", "New York": "NY", "Texas": "TX", "Florida": "FL", "Illinois": "IL", "Washington": "WA", "Michigan": "MI",
         "New Jersey": "NJ", "Ohio": "OH", "Arizona": "AZ", "Georgia": "GA", "New Mexico": "NM", "Louisiana": "LA", "Minnesota": "MN",
         "Pennsylvania": "PA", "Oregon": "OR"}
CA_DL = {"Ontario": lambda: f"{upper(1)}{digits(4)}-{digits(5)}-{digits(5)}", "Québec": lambda: f"{upper(1)}{digits(4)}-{digits(6)}-{digits(2)}",
         "British Columbia": lambda: nz(7), "Alberta": lambda: f"{digits(6)}-{digits(3)}"}
OTHER_DL = {"ie": lambda: nz(9), "de": lambda: upper(1) + digits(3) + upper(4, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(3),
            "nl": lambda: "5" + digits(9), "pl": lambda: f"{digits(5)}/{digits(2)}/{digits(4)}", "ng": lambda: upper(3) + digits(5) + upper(2) + digits(2),
            "za": lambda: digits(10) + upper(2), "ph": lambda: f"{upper(1)}{digits(2)}-{digits(2)}-{digits(6)}", "mx": lambda: upper(1) + digits(8),
            "ke": lambda: upper(2) + digits(7), "ro": lambda: digits(9), "id": lambda: digits(12)}

def mrn(): return ch([f"{nz(8)}", f"RX{digits(7)}", f"H{digits(7)}", f"E-{digits(6)}-{digits(1)}", f"M{digits(2)}-{digits(5)}", f"K{digits(6)}"])
def hpid(): return ch([upper(3) + digits(9), "W" + digits(9), f"{upper(2)}{digits(7)}-0{R.randint(1,4)}", f"U{digits(8)}{R.randint(1,9):02d}"])

# ---- hard-negative value generators (never labelled) ----
def imei():
    body = ch(["35209900", "86769604", "01326300", "35875110", "86073004", "35391110"]) + digits(6)
    return body + luhn_digit(body)
def imsi(cc=None):
    pre = {"uk": "23415", "de": "26201", "nl": "20408", "pl": "26002", "ro": "22610", "ke": "63902", "ng": "62120",
           "za": "65501", "mx": "334020", "ph": "51502", "id": "51010", "us": "310260", "ca": "302720", "ie": "27201"}
    p = pre[cc or ch(list(pre))]
    return p + digits(15 - len(p))
def iccid():
    body = ("89" + ch(["44", "49", "31", "48", "40", "254", "234", "27", "52", "63", "62", "1"]) + digits(20))[:18]
    return body + luhn_digit(body)
def mpan_core():
    dist = ch(["10", "11", "12", "14", "16", "19", "20", "21", "22", "23"])
    body = dist + digits(10)
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    ck = sum(int(c) * p for c, p in zip(body, primes)) % 11 % 10
    return body + str(ck)
def mprn_ie(): return "10" + digits(9)
def ean_nl():
    body = "8716" + digits(13)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - tot % 10) % 10)
def zaehlpunkt():
    while True:
        s = "DE" + digits(5) + digits(26)
        if not iban_ok(s): return s
def malo():
    while True:
        s = "5" + digits(10)
        if not steuer_ok(s): return s
def meter_serial(): return ch([f"S{digits(2)}K{digits(6)}", f"E{digits(2)}UP{digits(8)}", f"G4A{digits(8)}", f"{digits(2)}L{digits(7)}", f"1ESY{digits(7)}"])
def mac(sep=":"): return sep.join(f"{R.randint(0,255):02x}" for _ in range(6))
def fw(): return f"{R.randint(1,9)}.{R.randint(0,30)}.{R.randint(0,9)}.{R.randint(100,250)}"
def ver_ip_like(): return f"{R.randint(10,25)}.{R.randint(0,12)}.{R.randint(0,40)}.{R.randint(300,999)}"
def tariff(): return ch(["E7-ECO-V3", "FIX24-DD-ELEC", "GAS-VAR-STD-2", "MOB-UNL5G-30D", "BB-FTTP-900", "EV-NIGHT-OCT24", "PAYG-KEY-E01", "TOU-3RATE-NL", "PRE-JUMBO-499"])
def acct_no(): return ch([f"{R.randint(100,999)}{digits(7)}", f"CA-{digits(8)}", f"BA{digits(9)}", f"{nz(4)}-{digits(4)}-{digits(2)}"])
def invoice_no(): return ch([f"INV-{R.randint(2023,2025)}-{digits(7)}", f"FV/{digits(5)}/{R.randint(1,12):02d}/2025", f"RE{digits(10)}", f"F{digits(9)}"])
def cell_id(): return ch([f"ECI {R.randint(1000000,268435455)}", f"LAC 0x{R.randint(0x1000,0xFFFF):04X} CI {R.randint(1000,65535)}",
                          f"eNB {R.randint(10000,999999)}/{R.randint(1,12)}", f"CGI {R.randint(200,700)}-{R.randint(1,99):02d}-{R.randint(1000,65535)}-{R.randint(1000,65535)}"])
def test_msisdn(cc): return ch({"uk": [f"07700 900{digits(3)}", f"+44 7700 900{digits(3)}", f"447700900{digits(3)}"],
                                "us": [f"(212) 555-01{digits(2)}", f"+1 312 555 01{digits(2)}"],
                                "ie": [f"+353 20 910 {digits(4)}"], "ca": [f"+1 613 555 01{digits(2)}"]}[cc])
def money(cc):
    a = R.randint(5, 4000) + R.randint(0, 99) / 100
    return {"uk": f"£{a:,.2f}", "ie": f"€{a:,.2f}", "de": f"{a:,.2f} €".replace(",", "X").replace(".", ",").replace("X", "."), "nl": f"€ {a:.2f}".replace(".", ","),
            "pl": f"{a:.2f} zł".replace(".", ","), "ro": f"{a:.2f} lei".replace(".", ","), "ke": f"KES {a*100:,.2f}", "ng": f"₦{a*500:,.2f}",
            "za": f"R {a*15:,.2f}", "mx": f"${a*18:,.2f} MXN", "ph": f"₱{a*50:,.2f}", "id": f"Rp {int(a*15000):,}".replace(",", "."),
            "us": f"${a:,.2f}", "ca": f"CA${a:,.2f}"}[cc]
def kwh(): return f"{R.randint(100,60000)}.{R.randint(0,9)}"
def ipv4_pub(): return ch([f"192.0.2.{R.randint(1,254)}", f"198.51.100.{R.randint(1,254)}", f"203.0.113.{R.randint(1,254)}",
                           f"{ch(['81','86','102','105','41','197','187','112','180','36','73','99'])}.{R.randint(1,254)}.{R.randint(0,254)}.{R.randint(1,254)}"])
def ipv4_priv(): return ch([f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(2,254)}", f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(2,254)}",
                            f"192.168.{R.randint(0,255)}.{R.randint(2,254)}", f"100.{R.randint(64,127)}.{R.randint(0,255)}.{R.randint(2,254)}"])
def ipv6(): return ch([f"2001:db8:{R.randint(0,0xffff):x}:{R.randint(0,0xffff):x}::{R.randint(1,0xffff):x}",
                       f"2a02:c7f:{R.randint(0,0xffff):x}:{R.randint(0,0xffff):x}:{R.randint(0,0xffff):x}:{R.randint(0,0xffff):x}:{R.randint(0,0xffff):x}:{R.randint(1,0xffff):x}",
                       f"2c0f:fe38:{R.randint(0,0xffff):x}::{R.randint(1,0xffff):x}"])

# ----------------------------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------------------------
TEMPLATES = []
def tpl(name, count, fmt):
    def deco(fn):
        TEMPLATES.append((name, count, fmt, fn)); return fn
    return deco
P = lambda p: L("PERSON", p["full"])
G = lambda p: L("PERSON", p["given"])
F = lambda p: L("PERSON", p["family"])
PH = lambda cc: L("PHONE", phone(cc))
EM = lambda p, dom=None: L("EMAIL", email(p, dom))
AD = lambda cc, ml=False: L("ADDRESS", address(cc, ml))

DX = ["chronic obstructive pulmonary disease", "COPD", "end-stage renal disease", "motor neurone disease",
      "Duchenne muscular dystrophy", "idiopathic pulmonary fibrosis", "type 1 diabetes", "heart failure with reduced ejection fraction",
      "obstructive sleep apnoea", "amyotrophic lateral sclerosis", "cystic fibrosis", "spinal muscular atrophy type 2",
      "multiple sclerosis", "vascular dementia", "bronchiectasis", "sickle cell disease", "epilepsy", "chronic kidney disease stage 5"]
DX_EQUIP = {"chronic obstructive pulmonary disease": "oxygen concentrator", "COPD": "home oxygen concentrator",
            "end-stage renal disease": "home haemodialysis machine", "chronic kidney disease stage 5": "peritoneal dialysis cycler",
            "motor neurone disease": "home ventilator", "amyotrophic lateral sclerosis": "BiPAP ventilator",
            "Duchenne muscular dystrophy": "cough assist device", "idiopathic pulmonary fibrosis": "oxygen concentrator",
            "obstructive sleep apnoea": "CPAP machine", "cystic fibrosis": "nebuliser", "spinal muscular atrophy type 2": "home ventilator",
            "heart failure with reduced ejection fraction": "LVAD charger", "type 1 diabetes": "insulin fridge", "sickle cell disease": "infusion pump",
            "multiple sclerosis": "stairlift", "vascular dementia": "telecare alarm", "bronchiectasis": "nebuliser", "epilepsy": "telecare alarm"}
MEDS = ["tiotropium", "salbutamol", "furosemide", "bisoprolol", "riluzole", "insulin glargine", "Symbicort", "apixaban",
        "sevelamer", "epoetin alfa", "levetiracetam", "nintedanib", "hydroxyurea", "donepezil", "Creon", "ramipril", "morphine sulfate", "Ventolin",
        "metformin", "sertraline", "omeprazole", "prednisolone", "Trikafta", "nusinersen", "sacubitril/valsartan"]
INJ = [("laceration to the left forearm", "co-codamol"), ("fractured right wrist (distal radius)", "ibuprofen"),
       ("lumbar strain", "naproxen"), ("second-degree burn to the right hand", "paracetamol"), ("concussion", "paracetamol"),
       ("sprained left ankle", "diclofenac"), ("electric shock injury with entry burn on the palm", "tramadol")]

# ================================ FORMS / KYC ================================
@tpl("simreg", 4, "form")
def t_simreg(n):
    d = Doc(); cc = ["ke", "ng", "ph", "id", "za", "mx"][n % 6]
    p = person(cc); y = rdate(1950, 2005)
    lab = {"ke": ("SIM CARD REGISTRATION — Kenya Information and Communications Act", "Full Names", "Date of Birth", "Passport No."),
           "ng": ("NCC SUBSCRIBER REGISTRATION FORM", "Subscriber Name", "Date of Birth", "International Passport No"),
           "ph": ("SIM REGISTRATION (RA 11934) / PAGPAPAREHISTRO NG SIM", "Pangalan / Name", "Petsa ng Kapanganakan / Birth date", "Passport Number"),
           "id": ("FORMULIR REGISTRASI KARTU PRABAYAR", "Nama Lengkap", "Tanggal Lahir", "Nomor Paspor"),
           "za": ("RICA REGISTRATION", "Name & Surname", "Date of birth", "Passport number"),
           "mx": ("REGISTRO DE LÍNEA MÓVIL — SOLICITUD", "Nombre completo", "Fecha de nacimiento", "Número de pasaporte")}[cc]
    d.ln(lab[0]); d.ln("=" * len(lab[0]))
    d.ln(f"Store / Outlet code ....... {upper(3)}-{digits(4)}")
    d.ln(f"{lab[1]} ....... ", P(p))
    d.ln(f"{lab[2]} ....... ", L("DATE_OF_BIRTH", fdate(y, ch(["uk", "iso", "dash"]))))
    pcc = cc if R.random() < 0.6 else ch(["in", "uk", "us", "us", "ca", "br"])
    if n % 2 == 1 and cc in OTHER_DL and pcc == cc:
        d.ln(f"ID document ....... DRIVING LICENCE ({CNAME[cc]})")
        d.ln("Licence number ....... ", L("DRIVER_LICENSE", OTHER_DL[cc]()))
    else:
        d.ln("ID document ....... PASSPORT (" + {"in": "India", "uk": "United Kingdom", "us": "USA", "ca": "Canada", "br": "Brasil"}.get(pcc, CNAME[cc]) + ")")
        d.ln(f"{lab[3]} ....... ", passport(pcc))
    d.ln("Nationality ....... " + ({"in": "Indian", "uk": "British", "us": "American", "ca": "Canadian", "br": "Brazilian"}.get(pcc) or CNAME[cc]))
    d.ln("Physical address ....... ", AD(cc))
    d.ln("Alternative contact no. ....... ", PH(cc))
    if R.random() < 0.6: d.ln("E-mail ....... ", EM(p))
    d.ln(f"New MSISDN allocated ....... {dict(ke='+254 7', ng='+234 80', ph='+63 9', id='+62 81', za='+27 8', mx='+52 55 ')[cc]}XX XXX X{digits(2)} (masked until activation)")
    d.ln(f"ICCID ....... {iccid()}")
    d.ln(f"IMSI ....... {imsi(cc)}")
    d.ln(f"Handset IMEI ....... {imei()}")
    d.ln(f"Agent ID ....... AG{digits(5)}   Biometric match score: 0.{R.randint(80,99)}")
    d.ln(f"Captured: {ts_sp()}")
    return d

@tpl("porting", 4, "form")
def t_porting(n):
    d = Doc(); kind = ["uk", "de", "nl", "us"][n % 4]; p = person(kind if kind != "us" else ch(["us", "mx"]))
    if kind == "uk":
        d.ln("Number Port Request (PAC) — Switching form")
        d.ln("Account holder: ", P(p))
        d.ln("Mobile number to keep: ", PH("uk"))
        d.ln(f"PAC code: {upper(3)}{digits(6)}   (valid 30 days)")
        d.ln("Proof of identity: UK photocard driving licence")
        d.ln("Licence number: ", L("DRIVER_LICENSE", uk_dl(p, rdate(1950, 2000))))
        d.ln("Address on the licence:"); d.ln("", AD("uk", True))
        d.ln(f"Losing provider: {ch(['EE','Vodafone UK','Three','giffgaff'])}    Port date requested: {recent('uk')}")
    elif kind == "de":
        d.ln("Antrag auf Rufnummernmitnahme (Portierung)")
        d.ln("Vorname: ", G(p)); d.ln("Nachname: ", F(p))
        d.ln("Geburtsdatum: ", L("DATE_OF_BIRTH", dob("de")))
        d.ln("Zu portierende Rufnummer: ", PH("de"))
        d.ln("Anschrift: ", AD("de"))
        d.ln("Ausweisdokument: Führerschein (Deutschland)")
        d.ln("Führerscheinnummer: ", L("DRIVER_LICENSE", OTHER_DL["de"]()))
        d.ln(f"Kundennummer alter Anbieter: {digits(10)}   Vertragsende: {recent('de')}")
    elif kind == "nl":
        d.ln("Nummerbehoud aanvraag / Number porting request")
        d.ln("Naam / Name: ", P(p))
        d.ln("Geboortedatum / Date of birth: ", L("DATE_OF_BIRTH", dob("dash")))
        d.ln("Mobiel nummer: ", PH("nl"))
        d.ln("Adres: ", AD("nl"))
        d.ln("Legitimatie: paspoort (Nederland)")
        d.ln("Paspoortnummer / Documentnummer: ", passport("nl"))
        d.ln(f"Huidige provider klantnummer: {digits(9)}  Overstapservice ref: OS-{digits(8)}")
    else:
        st = ch(list(US_DL))
        d.ln("WIRELESS PORT-IN AUTHORIZATION")
        d.ln("Authorized user name: ", P(p))
        d.ln("Number(s) to port: ", PH("us"))
        d.ln(f"Account PIN: ****   Old carrier account #: {digits(9)}")
        d.ln("Billing address: ", AD("us"))
        d.ln(f"ID verified: Driver License, issuing state {st}")
        d.ln("DL #: ", L("DRIVER_LICENSE", US_DL[st]()), f"   exp {recent('us')}")
        d.ln(f"Test line for QA (do not port): {test_msisdn('us')}")
    return d

@tpl("ddmandate", 3, "form")
def t_dd(n):
    d = Doc()
    if n % 2 == 0:
        p = person(ch(["uk", "pl", "ng", "ie"]))
        d.ln("Instruction to your bank or building society to pay by Direct Debit")
        d.ln(f"Service user number: {R.randint(100000,999999)}    Reference: {acct_no()}")
        d.ln("Name(s) of account holder(s): ", P(p))
        if R.random() < 0.5:
            d.ln("Branch sort code / Bank account number: ", L("UK_BANK_ACCOUNT", f"{sortcode()} {ukacct()}"))
        else:
            d.ln(f"Branch sort code: {sortcode()}")
            d.ln("Bank/building society account number: ", L("UK_BANK_ACCOUNT", ukacct()))
        d.ln("Postal address of the supply: ", AD("uk"))
        d.ln(f"Plan: {tariff()}  Monthly amount {money('uk')}  MPAN {mpan_core()}")
        d.ln("Signature: [signed]  Date: " + recent("uk"))
    else:
        cc = ch(["de", "nl", "ie"]); p = person(cc)
        hdr = {"de": "SEPA-Lastschriftmandat", "nl": "Doorlopende SEPA-machtiging", "ie": "SEPA Direct Debit Mandate"}[cc]
        d.ln(hdr)
        lab = {"de": ("Gläubiger-Identifikationsnummer", "Mandatsreferenz", "Kontoinhaber", "Anschrift", "Zählpunkt", "Ort, Datum"),
               "nl": ("Incassant ID", "Kenmerk machtiging", "Naam rekeninghouder", "Adres", "EAN-code", "Plaats, datum"),
               "ie": ("Creditor Identifier", "Unique Mandate Reference", "Name of debtor", "Address", "MPRN", "Date")}[cc]
        d.ln(f"{lab[0]}: {cc.upper()}{R.randint(10,99)}ZZZ{digits(11 if cc=='de' else 8)}")
        d.ln(f"{lab[1]}: MR-{digits(10)}")
        d.ln(f"{lab[2]}: ", P(p))
        d.ln(f"{lab[3]}: ", AD(cc))
        d.ln("IBAN: ", L("IBAN", iban(cc.upper())))
        d.ln(f"BIC: {dict(de='COBADEFFXXX', nl='RABONL2U', ie='AIBKIE2D')[cc]}")
        d.ln(f"{lab[4]}: {zaehlpunkt() if cc=='de' else ean_nl() if cc=='nl' else mprn_ie()}")
        d.ln(f"{lab[5]}: {recent('de')}")
    return d

@tpl("retailsale", 3, "form")
def t_retail(n):
    d = Doc(); cc = ["us", "ca", "us"][n]; p = person(cc if R.random() < .6 else ch(["mx", "ph", "ng"]))
    d.ln(f"STORE #{R.randint(100,999)} — POSTPAID ACTIVATION & CREDIT APPLICATION")
    d.ln("Customer: ", P(p), "     Date of birth: ", L("DATE_OF_BIRTH", dob("us")))
    d.ln("Service address: ", AD(cc))
    d.ln("Contact phone: ", PH(cc), "   Email: ", EM(p))
    if cc == "us":
        st = ch(list(US_DL))
        d.ln("Primary ID: Driver's license  State: ", st, "  Number: ", L("DRIVER_LICENSE", US_DL[st]()))
        d.ln("SSN for credit check: ", L("US_SSN", ssn()), "   (consent box ticked)")
        if R.random() < 0.6: d.ln("Secondary ID: U.S. passport no. ", L("US_PASSPORT", us_passport()))
    else:
        pr = ch(list(CA_DL))
        d.ln(f"Primary ID: {pr} driver's licence no. ", L("DRIVER_LICENSE", CA_DL[pr]()))
        d.ln("SIN (optional, for credit bureau): ", L("CA_SIN", sin()))
    d.ln(f"Device: {ch(['Galaxy S24','iPhone 15','Pixel 8a','moto g'])} IMEI {imei()}  SKU {upper(3)}-{digits(5)}-{upper(2)}")
    d.ln(f"Plan code {tariff()}  Down payment {money(cc)} paid by card ending {digits(4)}")
    if R.random() < 0.5: d.ln("Card on file for autopay: ", L("CREDIT_CARD", card()))
    d.ln(f"Rep ID {upper(2)}{digits(4)}  Order # {nz(3)}-{digits(7)}")
    return d

@tpl("contractor", 4, "form")
def t_contractor(n):
    d = Doc(); kind = ["in", "sg", "br", "it"][n]
    p = person(kind); y = rdate(1965, 1999)
    d.ln("CONTRACTOR ONBOARDING — Network Rollout Programme")
    d.ln("Supplier: " + ch(["Vantrix Field Services Ltd", "Ashby & Kline Infrastructure", "Ortega Telecom Works S.A."]))
    d.ln("Contractor name: ", P(p))
    d.ln("Date of birth: ", L("DATE_OF_BIRTH", fdate(y, "uk")))
    if kind == "in":
        d.ln("Aadhaar: ", L("IN_AADHAAR", aadhaar()))
        d.ln("Passport (India): ", passport("in"))
    elif kind == "sg":
        d.ln("NRIC/FIN: ", L("SG_NRIC", nric()))
        d.ln("Work email: ", EM(p, "vantrix-fs.com"))
    elif kind == "br":
        d.ln("CPF: ", L("BR_CPF", cpf()))
        d.ln("Passaporte nº (Brasil): ", passport("br"))
    else:
        d.ln("Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(p, y)))
        d.ln("Numero passaporto (Italia): ", passport("it"))
    d.ln("Mobile: ", PH(ch(["uk", "de", "nl"])))
    d.ln("Payment IBAN: ", L("IBAN", iban(ch(["GB", "DE", "NL", "LT"]))))
    d.ln(f"Site access card: SAC-{digits(6)}   PPE size: {ch(['M','L','XL'])}   Induction: {recent('uk')}")
    d.ln("Emergency contact: ", P(person(kind)), " ", PH(ch(["uk", "de"])))
    return d

@tpl("hardship", 3, "form")
def t_hardship(n):
    d = Doc(); kind = ["uk", "us", "ca", "uk"][n]; p = person(kind if R.random() < .6 else ch(["ng", "pl", "ro", "ph"]))
    dx = ch(DX); med = ch(MEDS)
    if kind == "uk":
        d.ln("Energy Support Fund — Application")
        d.ln("Applicant: ", P(p)); d.ln("Date of birth: ", L("DATE_OF_BIRTH", dob("uk")))
        d.ln("National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino()))
        d.ln("Address: ", AD("uk"))
        d.ln(f"Benefits received: Universal Credit, {ch(['PIP (daily living)', 'Carer’s Allowance', 'ESA'])}")
        d.ln("Health conditions in the household: ", L("DIAGNOSIS", dx), f" — needs {DX_EQUIP[dx]} running")
        d.ln("Regular medication (optional): ", L("MEDICATION", med))
        d.ln(f"Arrears: {money('uk')}   Account {acct_no()}   Meter type: prepayment key ({meter_serial()})")
    elif kind == "us":
        d.ln("LOW INCOME HOME ENERGY ASSISTANCE (LIHEAP) — UTILITY VERIFICATION")
        d.ln("Head of household: ", P(p), "   DOB ", L("DATE_OF_BIRTH", dob("us")))
        d.ln("SSN: ", L("US_SSN", ssn()))
        d.ln("Service address: ", AD("us"))
        d.ln("Medicaid / health plan member ID: ", L("HEALTH_PLAN_ID", hpid()))
        d.ln("Medical necessity (life support equipment): ", L("DIAGNOSIS", dx), f" / {DX_EQUIP[dx]}")
        d.ln(f"Utility account: {acct_no()}   Past due: {money('us')}")
    elif kind == "ca":
        d.ln("Programme d'aide — LEAP / Low-income Energy Assistance (Ontario)")
        d.ln("Applicant name / Nom: ", P(p))
        d.ln("SIN / NAS: ", L("CA_SIN", sin()))
        d.ln("Date of birth / Date de naissance: ", L("DATE_OF_BIRTH", dob("iso")))
        d.ln("Address: ", AD("ca"))
        d.ln("Telephone: ", PH("ca"))
        d.ln(f"Household members: {R.randint(1,6)}   Arrears {money('ca')}")
    else:
        d.ln("Warm Home Discount — Broader Group evidence form")
        d.ln("Name: ", P(p)); d.ln("NINO: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino()))
        d.ln("Home address:"); d.ln("", AD("uk", True))
        d.ln("Does anyone in the home have a condition made worse by the cold? Yes — ", L("DIAGNOSIS", dx))
        d.ln(f"Reference: WHD-{digits(8)}")
    return d

@tpl("psrform", 3, "form")
def t_psrform(n):
    d = Doc(); cc = ["uk", "ie", "uk", "za"][n]; p = person(cc); dx = ch(list(DX_EQUIP))
    d.ln({"uk": "Priority Services Register — Registration", "ie": "Special Services / Vulnerable Customer Register (Ireland)",
          "za": "Medical Equipment Dependency Registration — Load-shedding exemption"}[cc])
    d.ln("Customer name: ", P(p))
    d.ln("Supply address: ", AD(cc))
    d.ln("Best phone: ", PH(cc))
    d.ln(f"Needs code: {ch(['14','15','17','26'])} (dependent on medical equipment)")
    d.ln(f"Equipment: {DX_EQUIP[dx]}   Hours/day on equipment: {R.randint(4,24)}")
    d.ln("Medical condition: ", L("DIAGNOSIS", dx))
    if cc == "uk" and R.random() < 0.7: d.ln("NHS number: ", L("UK_NHS_NUMBER", nhs()))
    if R.random() < 0.6: d.ln("Current medication: ", L("MEDICATION", ch(MEDS)), ", ", L("MEDICATION", ch(MEDS[:12])))
    if R.random() < 0.5:
        c = person(cc); d.ln("Nominated carer / password holder: ", P(c), "  ", PH(cc))
    d.ln(f"MPAN {mpan_core()}  / MPRN {mprn_ie()}  Registered {recent('uk')} by agent {upper(2)}{digits(3)}")
    return d

@tpl("blankform", 3, "form")
def t_blank(n):
    d = Doc()
    d.ln(ch(["New Customer Application — Home Energy", "SIM Registration Form (blank template v3.2)", "Contractor Onboarding Checklist"]))
    for lab in ["Full Name", "Date Of Birth", "Passport Number", "Driving Licence Number", "National Insurance Number",
                "Sort Code", "Account Number", "IBAN", "Email Address", "Mobile Number", "Medical Equipment (Y/N)"]:
        if R.random() < 0.8: d.ln(f"{lab}: ______________________")
    d.ln(f"Form ID FRM-{digits(4)} rev {R.randint(1,9)}.{R.randint(0,9)}   Printed {recent('uk')}")
    d.ln("Office use only: MPAN __ __ __ / Meter serial ________ / Tariff " + tariff())
    return d

# ================================ CLINICAL ================================
@tpl("ohref", 3, "clinical_note")
def t_ohref(n):
    d = Doc(); cc = ch(["uk", "ie", "za", "ca"]); p = person(cc); inj, med = ch(INJ)
    d.ln("OCCUPATIONAL HEALTH REFERRAL — CONFIDENTIAL (medical-in-confidence)")
    d.ln("Employee: ", P(p), f"   Staff no. {digits(6)}   Role: {ch(['Field Engineer (gas)','Cable jointer','Smart meter installer','Retail advisor'])}")
    d.ln("DOB: ", L("DATE_OF_BIRTH", dob("uk", 1960, 2002)))
    if cc == "uk": d.ln("NHS no.: ", L("UK_NHS_NUMBER", nhs()))
    d.ln("OH clinic MRN: ", L("MEDICAL_RECORD_NUMBER", mrn()))
    d.ln(f"Referred by line manager ", P(person(cc)), f" on {recent('uk')}.")
    d.ln("")
    d.ln("Reason for referral: ", L("DIAGNOSIS", inj), f" sustained on site (incident IR-{digits(5)}). Currently taking ", L("MEDICATION", med), ".")
    dx = ch(["asthma", "hypertension", "type 2 diabetes", "anxiety disorder", "osteoarthritis of the knee"])
    d.ln("Background: ", L("DIAGNOSIS", dx), " — well controlled on ", L("MEDICATION", ch(MEDS)), ".")
    d.ln(ch(["No history of epilepsy or blackouts.", "Denies chest pain; no known cardiac disease.", "Hearing screen normal; no tinnitus reported."]))
    d.ln(f"Questions: fitness for working at height / driving company vehicle (reg. {upper(2)}{digits(2)} {upper(3)}).")
    return d

@tpl("medcert", 4, "clinical_note")
def t_medcert(n):
    d = Doc(); kind = ["us", "us", "ca", "mx"][n]; p = person(kind); dx = ch(list(DX_EQUIP))
    if kind == "us":
        d.ln("MEDICAL CERTIFICATION FOR LIFE-SUPPORT EQUIPMENT (Medical Baseline Allowance)")
        d.ln("Patient: ", P(p), "   DOB: ", L("DATE_OF_BIRTH", dob("us")))
        d.ln("Medicare Beneficiary Identifier: ", L("US_MBI", mbi()))
        d.ln("Utility account: " + acct_no() + "   Service address: ", AD("us"))
        d.ln("Qualifying condition: ", L("DIAGNOSIS", dx), f" (ICD-10 {ch(['J44.9','N18.6','G12.21','J84.112'])})")
        d.ln(f"Device(s): {DX_EQUIP[dx]}, {ch(['suction machine','pulse oximeter','apnea monitor'])}")
        d.ln("Current therapy includes ", L("MEDICATION", ch(MEDS)), ".")
        d.ln("Certifying physician: Dr. ", P(person("us")), f", NPI {nz(10)}, phone ", PH("us"))
    elif kind == "ca":
        d.ln("Attestation médicale — équipement de maintien des fonctions vitales / Medical equipment attestation")
        d.ln("Patient(e) : ", P(p)); d.ln("Date de naissance : ", L("DATE_OF_BIRTH", dob("iso")))
        d.ln("Diagnostic : ", L("DIAGNOSIS", dx))
        d.ln(f"Équipement : {DX_EQUIP[dx]}  — dossier médical no ", L("MEDICAL_RECORD_NUMBER", mrn()))
        d.ln("Adresse du service : ", AD("ca"))
        d.ln("Médecin : ", P(person("ca")), f"  (permis CMQ {digits(5)})")
    else:
        d.ln("CONSTANCIA MÉDICA — Usuario dependiente de equipo eléctrico")
        d.ln("Nombre del paciente: ", P(p)); d.ln("Fecha de nacimiento: ", L("DATE_OF_BIRTH", dob("dash")))
        d.ln("Diagnóstico: ", L("DIAGNOSIS", ch(["enfermedad renal crónica terminal", "EPOC", "esclerosis lateral amiotrófica"])))
        d.ln("Tratamiento: ", L("MEDICATION", ch(["eritropoyetina", "furosemida", "salbutamol"])), " y oxigenoterapia domiciliaria")
        d.ln("Domicilio: ", AD("mx"))
        d.ln("Expediente clínico: ", L("MEDICAL_RECORD_NUMBER", mrn()))
        d.ln("Médico tratante: Dra. ", P(person("mx", "F")), f", cédula profesional {digits(7)}")
    return d

@tpl("discharge", 3, "discharge_summary")
def t_discharge(n):
    d = Doc(); cc = ch(["uk", "ie", "nl", "ke"]); p = person(cc); dx = ch(list(DX_EQUIP))
    d.ln(ch(["DISCHARGE SUMMARY", "Discharge letter — copy to energy supplier (PSR) with patient consent"]))
    d.ln("Patient: ", P(p), "    Hospital no: ", L("MEDICAL_RECORD_NUMBER", mrn()))
    d.ln("D.O.B.: ", L("DATE_OF_BIRTH", dob("uk")), "    Address: ", AD(cc))
    if cc == "uk": d.ln("NHS Number: ", L("UK_NHS_NUMBER", nhs()))
    d.ln(f"Admitted: {recent('uk')}   Discharged: {recent('uk')}   Ward {ch(['7B','Renal Unit','Respiratory HDU'])}")
    d.ln("")
    d.ln("Principal diagnosis: ", L("DIAGNOSIS", dx))
    d.ln("Secondary: ", L("DIAGNOSIS", ch(["atrial fibrillation", "anaemia of chronic disease", "hypertension", "depression"])))
    d.ln(ch(["Pulmonary embolism was considered and excluded (CTPA negative).", "Sepsis ruled out.", "No evidence of malignancy."]))
    d.ln("")
    d.ln("Medications on discharge:")
    for m in R.sample(MEDS, 3):
        d.ln(" - ", L("MEDICATION", m), f" {ch(['5 mg','10 mg','2.5 mg','100 mcg'])} {ch(['OD','BD','PRN','nocte'])}")
    d.ln("")
    d.ln(f"Discharged home with {DX_EQUIP[dx]}. Power supplier informed to add to Priority Services Register; outage risk discussed.")
    d.ln("Consultant: Dr ", P(person(cc)), "   Bleep ", str(R.randint(1000, 9999)))
    return d

@tpl("labdrug", 2, "lab_report")
def t_lab(n):
    d = Doc(); cc = ch(["uk", "za", "ca", "us"]); p = person(cc)
    d.ln("PRE-PLACEMENT / FOR-CAUSE SCREEN — LABORATORY REPORT")
    d.ln(f"{'Name:':<14}", P(p))
    d.ln(f"{'DOB:':<14}", L("DATE_OF_BIRTH", dob("mon")))
    d.ln(f"{'MRN:':<14}", L("MEDICAL_RECORD_NUMBER", mrn()))
    d.ln(f"{'Specimen:':<14}SP-{digits(9)}  Collected {ts_sp()}  Chain of custody CoC{digits(7)}")
    d.ln(f"{'Employer:':<14}Group Networks & Energy — Field Ops")
    d.ln("")
    d.ln(f"{'TEST':<28}{'RESULT':<12}{'CUT-OFF':<10}")
    for t in ["Amphetamines", "Cannabinoids (THC)", "Cocaine metabolite", "Opiates", "Benzodiazepines"]:
        d.ln(f"{t:<28}{'NEGATIVE':<12}{ch(['50','150','300','500']) + ' ng/mL':<10}")
    d.ln(f"{'Breath alcohol':<28}{'0.00':<12}{'0.02 g/dL':<10}")
    if R.random() < 0.5:
        d.ln(""); d.ln("MRO note: donor declared prescription ", L("MEDICATION", ch(["codeine", "diazepam", "tramadol", "gabapentin"])), " — verified.")
    d.ln(f"Audiometry: {ch(['normal','mild high-frequency loss bilaterally'])} (HSE category {R.randint(1,2)})")
    return d

@tpl("labref", 2, "lab_report")
def t_labref(n):
    d = Doc()
    d.ln("Occupational Health — Reference ranges and cut-off levels (policy OH-07, no patient data)")
    for t, r in [("Haemoglobin", "130-170 g/L"), ("eGFR", ">90 mL/min/1.73m2"), ("HbA1c", "20-41 mmol/mol"), ("Carboxyhaemoglobin (non-smoker)", "<3 %"), ("Lead (blood)", "<10 µg/dL")]:
        d.ln(f"{t:<34}{r}")
    d.ln("Workers with diabetes, epilepsy or sleep apnoea must be assessed before driving duties (DVLA Group 2 standards).")
    d.ln(f"Document control: OH-07 v{R.randint(2,6)}.{R.randint(0,9)}  Review {recent('uk')}")
    return d

def hl7_name(p):
    return f"{p['family'].upper()}^{p['given'].upper()}"
@tpl("hl7", 4, "hl7")
def t_hl7(n):
    d = Doc(); cc = ch(["us", "uk", "ca"]); p = person(cc); sep = "\r" if n % 2 else "\n"
    y = rdate(1950, 2000)
    if n == 3:
        d.t(f"MSH|^~\\&|OHLAB|OCCMED|HRIS|GROUPENERGY|{fdate(rdate(2024,2025),'hl7')}1200||ACK^R01|{digits(10)}|P|2.5.1{sep}")
        d.t(f"MSA|AA|{digits(10)}|Message accepted{sep}")
        return d
    d.t(f"MSH|^~\\&|OHLAB|OCCMED|HRIS|GROUPENERGY|{fdate(rdate(2024,2025),'hl7')}0930||ORU^R01|{digits(10)}|P|2.5.1{sep}")
    d.t("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn()), f"^^^OCCMED^MR||", L("PERSON", hl7_name(p)), "||",
        L("DATE_OF_BIRTH", fdate(y, "hl7")), f"|{p['sex']}|||")
    a = address("us") if cc == "us" else None
    if cc == "us":
        st = f"{R.randint(100,9000)} {ch(['Elm Hollow Rd','W Grand Ave','Bayou Vista Dr'])}"
        d.t(L("ADDRESS", f"{st}^^{ch(['Houston^TX^77021','Chicago^IL^60618','Phoenix^AZ^85016'])}"), "^USA||")
    else:
        d.t("||")
    d.t(L("PHONE", phone(cc)), sep)
    d.t(f"ORC|RE|{digits(8)}|{digits(8)}{sep}")
    d.t(f"OBR|1|{digits(8)}||AUDIO^Audiometry screen|||{fdate(rdate(2024,2025),'hl7')}{sep}")
    d.t(f"OBX|1|ST|HL-L^Left ear 4kHz||{R.randint(10,45)}|dB HL|0-25||||F{sep}")
    d.t(f"OBX|2|ST|HL-R^Right ear 4kHz||{R.randint(10,45)}|dB HL|0-25||||F{sep}")
    d.t("DG1|1||H83.3^Noise effects on inner ear^I10||", L("DIAGNOSIS", "Noise-induced hearing loss"), sep)
    if cc == "us":
        d.t(f"IN1|1|{upper(3)}PPO|{digits(5)}|{ch(['Aetna','Cigna','BlueCross BlueShield of Texas'])}|||||GRP{digits(5)}|||||||", L("PERSON", hl7_name(p)),
            "|SEL|", L("DATE_OF_BIRTH", fdate(y, "hl7")), "||||||||||||||||||", L("HEALTH_PLAN_ID", hpid()), sep)
    return d

@tpl("fhir", 4, "fhir_json")
def t_fhir(n):
    d = Doc(); cc = ch(["uk", "us", "nl", "ie"]); p = person(cc); dx = ch(list(DX_EQUIP))
    if n == 3:
        obj = {"resourceType": "ValueSet", "id": "psr-needs-codes", "status": "active",
               "title": "Priority Services Register needs (catalogue, no patient)",
               "compose": {"include": [{"system": "urn:oid:2.16.840.1.113883.6.96", "concept": [
                   {"code": "13645005", "display": "Chronic obstructive lung disease"}, {"code": "46177005", "display": "End-stage renal disease"},
                   {"code": "86044005", "display": "Amyotrophic lateral sclerosis"}, {"code": "73211009", "display": "Diabetes mellitus"}]}]},
               "version": f"{R.randint(1,4)}.{R.randint(0,9)}.{R.randint(0,9)}"}
        jdump(d, obj); return d
    ident = []
    if cc == "uk": ident.append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs().replace(" ", ""))})
    ident.append({"type": {"text": "MRN"}, "system": "urn:oid:1.2.826.0.1.285." + digits(4), "value": L("MEDICAL_RECORD_NUMBER", mrn())})
    pat = {"resourceType": "Patient", "id": "pat-" + digits(5), "identifier": ident,
           "name": [{"family": F(p), "given": [G(p)]}], "gender": "female" if p["sex"] == "F" else "male",
           "birthDate": L("DATE_OF_BIRTH", dob("iso")),
           "telecom": [{"system": "phone", "value": L("PHONE", phone(cc))}],
           "address": [{"line": [L("ADDRESS", address(cc).split(", ")[0])], "country": cc.upper()}]}
    cond1 = {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
             "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/" + pat["id"]}}
    cond2 = {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
             "code": {"text": ch(["Pulmonary embolism", "Tuberculosis", "Lung cancer"])}, "note": [{"text": "excluded on imaging"}]}
    ms = {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", ch(MEDS))},
          "dosage": [{"text": ch(["1 tablet daily", "2 puffs as required", "as directed"])}]}
    dev = {"resourceType": "DeviceUseStatement", "device": {"display": DX_EQUIP[dx]}, "note": [{"text": f"Supplier notified; MPAN {mpan_core()}"}]}
    entries = [pat, cond1, cond2, ms, dev]
    if cc == "us":
        entries.append({"resourceType": "Coverage", "subscriberId": L("HEALTH_PLAN_ID", hpid()), "payor": [{"display": ch(["Humana", "UnitedHealthcare", "Kaiser Permanente"])}],
                        "class": [{"type": {"text": "group"}, "value": "GRP-" + digits(6)}]})
    jdump(d, {"resourceType": "Bundle", "type": "collection", "timestamp": ts(), "entry": [{"resource": e} for e in entries]})
    return d

@tpl("rtw", 2, "clinical_note")
def t_rtw(n):
    d = Doc(); p = person(ch(["de", "pl", "ro"]))
    d.ln("Return-to-work assessment (telephone), Occupational Health")
    d.ln(f"Employee ", P(p), " (payroll ", digits(7), f"), spoke on {recent('uk')}.")
    dx = ch(["depression", "generalised anxiety disorder", "post-traumatic stress disorder", "low back pain with sciatica"])
    d.ln("S: Off work 6 weeks with ", L("DIAGNOSIS", dx), ". Started ", L("MEDICATION", ch(["sertraline", "mirtazapine", "pregabalin", "citalopram"])), " via GP; sleeping better.")
    d.ln("O: PHQ-9 " + str(R.randint(5, 14)) + ", GAD-7 " + str(R.randint(4, 12)) + ". No suicidal ideation. Describes the last month as ‘hitting a wall’.")
    d.ln("A/P: phased return over 4 weeks, no lone working in substations, no night call-outs. Review in 1 month.")
    d.ln("Clinician: ", P(person("uk")), ", OHA")
    return d

# ================================ STRUCTURED ================================
@tpl("billcsv", 3, "csv")
def t_billcsv(n):
    d = Doc(); cc = ["uk", "ie", "nl", "pl"][n]
    if cc == "uk":
        drow(d, ["account_no", "first_name", "last_name", "supply_address", "mpan", "tariff", "sort_code", "account_number", "dd_amount_gbp", "last_read_kwh"])
        for _ in range(R.randint(3, 5)):
            p = person(ch(["uk", "ng", "pl", "ie", "ro", "in"]))
            drow(d, [acct_no(), G(p), F(p), AD("uk"), mpan_core(), tariff(), sortcode(), L("UK_BANK_ACCOUNT", ukacct()), f"{R.randint(30,260)}.{digits(2)}", kwh()])
    else:
        delim = ";" if cc in ("nl", "pl") else ","
        hdr = {"ie": ["Account", "Name", "Address", "MPRN", "IBAN", "Amount EUR", "Status"],
               "nl": ["Klantnummer", "Naam", "Adres", "EAN", "IBAN", "Bedrag", "Status"],
               "pl": ["Nr klienta", "Imię i nazwisko", "Adres", "PPE", "IBAN", "Kwota", "Status"]}[cc]
        drow(d, hdr, delim)
        for _ in range(R.randint(3, 5)):
            p = person(cc if R.random() < .7 else ch(["ro", "ng", "ph"]))
            sup = mprn_ie() if cc == "ie" else ean_nl() if cc == "nl" else "PL" + digits(16)
            ib = L("IBAN", iban(cc.upper())) if R.random() < .8 else f"{cc.upper()}** **** **** {digits(4)}"
            drow(d, [acct_no(), P(p), AD(cc), sup, ib, money(cc), ch(["PAID", "DD_RETURNED", "DUNNING_1", "OK"])], delim)
    return d

@tpl("psrcsv", 2, "csv")
def t_psrcsv(n):
    d = Doc(); cc = ["uk", "us", "za"][n]
    hdr = ["psr_id", "customer_name", "dob", "phone", "condition", "equipment", "medication", "needs_codes", "mpan", {"uk": "nhs_number", "us": "medicare_mbi", "za": "medical_aid_no"}[cc]]
    drow(d, hdr)
    for _ in range(R.randint(3, 5)):
        p = person(cc if R.random() < .7 else ch(COUNTRIES)); dx = ch(list(DX_EQUIP))
        med = L("MEDICATION", ch(MEDS)) if R.random() < .6 else ""
        drow(d, [f"PSR{digits(7)}", P(p), L("DATE_OF_BIRTH", dob("iso")), PH(cc), L("DIAGNOSIS", dx), DX_EQUIP[dx], med,
                 ch(["14;15", "17", "26;14", "08"]), mpan_core(),
                 L("UK_NHS_NUMBER", nhs()) if cc == "uk" else L("US_MBI", mbi()) if cc == "us" else ""])
    return d

@tpl("consenttsv", 2, "tsv")
def t_consent(n):
    d = Doc(); cc = ["de", "ro", "ph"][n]
    drow(d, ["customer_id", "email", "msisdn", "email_optin", "sms_optin", "consent_ts", "source"], "\t")
    for _ in range(R.randint(4, 6)):
        p = person(cc)
        em = EM(p) if R.random() < .75 else f"{email(p)[0]}***@{email(p).split('@')[1]}"
        ms = PH(cc) if R.random() < .75 else f"{phone(cc)[:6]}****{digits(2)}"
        drow(d, [f"C{digits(9)}", em, ms, ch(["Y", "N"]), ch(["Y", "N"]), ts(), ch(["web", "retail", "app", "ivr"])], "\t")
    return d

@tpl("payroll", 4, "csv")
def t_payroll(n):
    d = Doc(); cc = ["uk", "de", "ca", "us"][n]
    if cc == "uk":
        drow(d, ["Employee No", "Surname", "Forename", "NI Number", "Sort Code", "Account No", "Gross Pay", "Tax Code"])
        for _ in range(R.randint(3, 5)):
            p = person(ch(["uk", "ie", "ng", "pl", "ke"]))
            drow(d, [digits(6), F(p), G(p), L("UK_NATIONAL_INSURANCE_NUMBER", nino().replace(" ", "")), sortcode(), L("UK_BANK_ACCOUNT", ukacct()),
                     f"{R.randint(1800,6500)}.{digits(2)}", ch(["1257L", "BR", "K475", "S1257L"])])
    elif cc == "de":
        drow(d, ["Personalnr", "Name", "Vorname", "Geburtsdatum", "Steuer-ID", "IBAN", "Steuerklasse", "Brutto"], ";")
        for _ in range(R.randint(3, 5)):
            p = person(ch(["de", "pl", "ro", "it"]))
            drow(d, [digits(5), F(p), G(p), L("DATE_OF_BIRTH", dob("de")), L("DE_TAX_ID", steuer().replace(" ", "")), L("IBAN", iban("DE")),
                     str(R.randint(1, 5)), f"{R.randint(2500,7800)},{digits(2)}"], ";")
    elif cc == "ca":
        drow(d, ["emp_id", "legal_name", "sin", "province", "direct_deposit", "gross_cad"])
        for _ in range(R.randint(3, 5)):
            p = person("ca")
            drow(d, [f"E{digits(5)}", P(p), L("CA_SIN", sin()), ch(["ON", "QC", "AB", "BC"]), f"{digits(5)}-{digits(3)}-{digits(7)}", f"{R.randint(2000,7000)}.{digits(2)}"])
    else:
        drow(d, ["worker_id", "name", "ssn", "dob", "home_address", "w4_status", "ytd_gross"])
        for _ in range(R.randint(3, 5)):
            p = person(ch(["us", "mx", "ph"]))
            drow(d, [f"W{digits(6)}", P(p), L("US_SSN", ssn()), L("DATE_OF_BIRTH", dob("us")), AD("us"), ch(["S", "MFJ", "HOH"]), f"{R.randint(20000,90000)}.00"])
    return d

@tpl("creditjson", 2, "json")
def t_creditjson(n):
    d = Doc(); cc = ["us", "uk", "za"][n]; p = person(cc)
    body = {"requestId": f"{upper(8, '0123456789abcdef')}-{upper(4, '0123456789abcdef')}", "channel": ch(["retail", "online", "telesales"]),
            "product": ch(["postpaid_mobile", "fibre_broadband", "energy_dual_fuel"]),
            "applicant": {"firstName": G(p), "lastName": F(p), "dateOfBirth": L("DATE_OF_BIRTH", dob("iso")),
                          "address": {"line1": L("ADDRESS", address(cc).split(", ")[0]), "country": cc.upper()},
                          "email": EM(p), "mobile": PH(cc)},
            "consent": {"creditSearch": True, "timestamp": ts()}}
    if cc == "us": body["applicant"]["ssn"] = L("US_SSN", ssn())
    if cc == "uk": body["applicant"]["bank"] = {"sortCode": sortcode(), "accountNumber": L("UK_BANK_ACCOUNT", ukacct())}
    if cc == "za": body["applicant"]["passportNumber"] = passport(ch(["za", "ng", "ke"]))
    body["response"] = {"score": R.randint(300, 850), "band": ch(["A", "B", "C", "REFER"]), "bureauRef": f"BR{digits(12)}", "depositRequired": money(cc)}
    jdump(d, body)
    return d

@tpl("topupndjson", 2, "ndjson")
def t_topup(n):
    d = Doc(); cc = ["ke", "ng", "id"][n]
    for _ in range(R.randint(4, 7)):
        ev = {"ts": ts(), "event": ch(["TOPUP_OK", "TOPUP_OK", "BUNDLE_PURCHASE", "VOUCHER_FAIL"]),
              "msisdn": PH(cc), "amount": money(cc), "channel": ch(["USSD", "M-PESA", "voucher", "bank_app", "agent"]),
              "voucher_serial": "VS" + digits(14), "imsi": imsi(cc), "balance_after": money(cc)}
        if R.random() < 0.3: ev["agent_msisdn"] = L("PHONE", phone(cc))
        if R.random() < 0.2: ev["note"] = M("customer ", P(person(cc)), " disputed double charge")
        jdump(d, ev, compact=True); d._raw("\n")
    return d

@tpl("cdrndjson", 2, "ndjson")
def t_cdr(n):
    d = Doc(); cc = ["uk", "mx", "za"][n]
    for _ in range(R.randint(4, 7)):
        typ = ch(["MOC", "MTC", "SMS-MO", "GPRS"])
        ev = {"record_type": typ, "served_imsi": imsi(cc), "served_imei": imei(), "start": ts(), "duration_s": R.randint(0, 3600),
              "cell": cell_id(), "charging_id": R.randint(10**8, 10**9)}
        if typ != "GPRS":
            ev["calling"] = L("PHONE", e164(cc)); ev["called"] = L("PHONE", e164(ch([cc, cc, "us", "pl", "ph"])))
        else:
            ev["apn"] = ch(["internet", "mms", "iot.m2m"]); ev["volume_kb"] = R.randint(10, 900000)
            ev["pdp_address"] = L("IP_ADDRESS", ch([ipv4_priv(), ipv6()]))
        jdump(d, ev, compact=True); d._raw("\n")
    if R.random() < 0.5:
        jdump(d, {"record_type": "TEST", "calling": test_msisdn("uk"), "note": "drive-test handset, not a subscriber"}, compact=True); d._raw("\n")
    return d

@tpl("contractoryaml", 2, "yaml")
def t_cyaml(n):
    d = Doc(); kind = ["fr", "es"][n]; p = person(kind); y = rdate(1970, 1998)
    d.ln("# contractor record exported from vendor portal")
    d.ln("contractor:")
    d.ln("  name: ", P(p))
    d.ln("  date_of_birth: ", L("DATE_OF_BIRTH", fdate(y, "iso")))
    if kind == "fr": d.ln("  nir: \"", L("FR_NIR", nir(p["sex"], y)), "\"")
    else: d.ln("  nie: ", L("ES_DNI", dni(nie=True)))
    d.ln("  passport:")
    d.ln(f"    country: {kind.upper()}")
    d.ln("    number: ", passport(kind))
    d.ln("  email: ", EM(p))
    d.ln("  home_address: |")
    a = address(ch(["nl", "de", "ie"]), True)
    d.t("    "); s = d.n
    lines = a.split("\n")
    for i, line in enumerate(lines):
        d._raw(line)
        if i < len(lines) - 1: d._raw("\n    ")
    d.ents.append({"type": "ADDRESS", "start": s, "end": d.n}); d._raw("\n")
    d.ln("  bank:")
    d.ln("    iban: ", L("IBAN", iban(ch(["FR", "ES", "NL"]), spaced=False)))
    d.ln(f"  rate_card: RC-{digits(3)}")
    d.ln(f"  vlan_access: [{R.randint(100,4000)}, {R.randint(100,4000)}]")
    return d

@tpl("inventory", 3, "csv")
def t_inventory(n):
    d = Doc()
    drow(d, ["sku", "description", "imei", "iccid", "warehouse", "unit_cost", "received"])
    for _ in range(R.randint(5, 8)):
        drow(d, [f"{upper(3)}-{digits(5)}", ch(["SIM Triple-cut 5G", "Router FTTP gen4", "Smart meter SMETS2 ESME", "Handset Galaxy A15", "In-home display"]),
                 imei(), iccid(), ch(["DUB-2", "MAN-1", "NBO-A", "LOS-3", "CPT-1"]), f"{R.randint(3,400)}.{digits(2)}", ts()])
    return d

@tpl("meterreads", 3, "tsv")
def t_meter(n):
    d = Doc()
    drow(d, ["mpan_core", "meter_serial", "register", "read_ts", "kwh", "read_type", "firmware"], "\t")
    for _ in range(R.randint(5, 8)):
        drow(d, [mpan_core(), meter_serial(), ch(["01", "02", "DAY", "NIGHT"]), ts(), kwh(), ch(["A", "E", "C"]), fw()], "\t")
    return d

@tpl("netcfgyaml", 2, "yaml")
def t_netcfg(n):
    d = Doc()
    d.ln(f"# bng-{ch(['lon','dub','nbo','jnb','mnl'])}-{R.randint(1,9):02d} subscriber pool config")
    d.ln("pools:")
    for _ in range(3):
        d.ln(f"  - name: {ch(['res','biz','iot','cgnat'])}-{R.randint(1,40)}")
        d.ln(f"    prefix: 10.{R.randint(0,255)}.0.0/{ch(['14','16','18'])}")
        d.ln(f"    netmask: 255.255.{ch(['252','240','0'])}.0")
        d.ln(f"    v6_prefix: 2001:db8:{R.randint(0,0xfff):x}::/48")
        d.ln(f"    vlan: {R.randint(2,4094)}")
    d.ln(f"radius:\n  port: 1812\n  acct_port: 1813\n  listen: 0.0.0.0\nfirmware: {fw()}\nloopback: 127.0.0.1")
    return d

@tpl("outagejson", 2, "json")
def t_outagejson(n):
    d = Doc()
    obj = {"incidentId": f"INC{digits(7)}", "type": ch(["unplanned", "planned"]), "network": ch(["electricity", "fibre", "mobile"]),
           "substation": ch(["Nelson Mandela Park 33/11kV", "Wellington Road primary", "Jomo Kenyatta Ave BSP", "Rizal Avenue feeder 4", "Pretorius Street 11kV"]),
           "affectedStreets": ch([["Gladstone Street", "Pankhurst Close"], ["Kenyatta Road", "Moi Lane"], ["Juárez", "Hidalgo"]]),
           "customersOff": R.randint(12, 4000), "cellSitesDown": [cell_id() for _ in range(2)], "etr": ts(), "firmwareAffected": fw()}
    jdump(d, obj)
    return d

@tpl("debtjson", 2, "json")
def t_debtjson(n):
    d = Doc(); cc = ["uk", "ng", "ro"][n]; p = person(cc)
    obj = {"caseRef": f"DCA-{digits(8)}", "agency": ch(["Lowell", "Marlowe & Finch Recoveries", "Intrum"]), "debtor": {
        "name": P(p), "dob": L("DATE_OF_BIRTH", dob("iso")), "address": L("ADDRESS", address(cc)), "phones": [PH(cc), PH(cc)],
        "email": EM(p)}, "balance": money(cc), "accounts": [acct_no(), acct_no()], "lastInvoice": invoice_no(),
        "flags": ch([["VULNERABLE", "BREATHING_SPACE"], ["DECEASED_CHECK"], []])}
    jdump(d, obj, indent=4)
    return d

@tpl("portbatch", 2, "tsv")
def t_portbatch(n):
    d = Doc(); cc = ["ie", "pl"][n]
    drow(d, ["port_ref", "msisdn", "account_holder", "donor", "recipient", "port_window"], "\t")
    for _ in range(R.randint(4, 6)):
        drow(d, [f"P{digits(10)}", PH(cc), P(person(cc)), ch(["OP1", "OP2", "OP3"]), "GRP", ts()], "\t")
    drow(d, [f"P{digits(10)}", test_msisdn("ie") if cc == "ie" else f"+48 {ch('5678')}XX XXX {digits(3)}", "TEST ACCOUNT", "OP1", "GRP", ts()], "\t")
    return d

# ================================ LOGS ================================
@tpl("radius", 2, "log")
def t_radius(n):
    d = Doc(); cc = ["uk", "za", "ph"][n]
    for _ in range(R.randint(4, 6)):
        p = person(cc)
        kind = ch(["Start", "Stop", "Interim-Update"])
        d.t(f"{ts_sp()} radiusd[{R.randint(1000,9999)}]: Acct-Status-Type={kind} ")
        if R.random() < 0.5: d.t("User-Name=\"", L("EMAIL", email(p, ch(["fibre.example-isp.net", "home.groupbb.co.uk", "bb.telkomsa.example"]))), "\" ")
        else: d.t(f"User-Name=\"{acct_no()}@bb\" ")
        d.t("Framed-IP-Address=", L("IP_ADDRESS", ch([ipv4_pub(), ipv4_priv()])), " ")
        if R.random() < 0.4: d.t("Framed-IPv6-Prefix=", L("IP_ADDRESS", ipv6()), " ")
        d.t("NAS-IP-Address=", L("IP_ADDRESS", ipv4_priv()), f" NAS-Port={R.randint(1,65535)} ")
        d.t(f"Calling-Station-Id=\"{mac('-').upper()}\" Acct-Session-Id={upper(8,'0123456789ABCDEF')} Acct-Input-Octets={R.randint(0,10**9)}\n")
    return d

@tpl("dhcp", 1, "log")
def t_dhcp(n):
    d = Doc()
    for _ in range(R.randint(5, 8)):
        m = mac(); ip = ipv4_priv()
        d.t(f"{ts_sp()} dhcpd: DHCPACK on ", L("IP_ADDRESS", ip), f" to {m} via {ch(['eth1','ge-0/0/1.100','vlan'+str(R.randint(2,4094))])} ",
            f"(option82 circuit-id=OLT{R.randint(1,40)}/PON{R.randint(0,15)}/ONT{R.randint(1,64)} remote-id={acct_no()}) lease {ch(['3600','86400'])}s\n")
    d.t(f"{ts_sp()} dhcpd: server listening on 0.0.0.0:67, failover peer ", L("IP_ADDRESS", ipv4_priv()), "\n")
    return d

@tpl("smsgw", 2, "log")
def t_smsgw(n):
    d = Doc(); cc = ["ng", "ke", "ro"][n]
    for _ in range(R.randint(4, 7)):
        d.t(f"{ts()} level=INFO svc=smsc-gw msg_id={upper(10,'0123456789abcdef')} src=", L("PHONE", phone(cc)),
            f" dst=", L("PHONE", phone(cc)), f" dcs=0 parts={R.randint(1,3)} status={ch(['DELIVRD','ACCEPTD','UNDELIV'])} smsc_ref={digits(9)} body=[redacted {R.randint(10,160)} chars]\n")
    d.t(f"{ts()} level=WARN svc=smsc-gw msg=\"loopback test\" src={test_msisdn('uk')} dst={test_msisdn('uk')} note=\"Ofcom drama range\"\n")
    if R.random() < 0.6:
        d.t(f"{ts()} level=INFO svc=otp purpose=sim_swap dst=", L("PHONE", phone(cc)), f" code=****** imsi={imsi(cc)}\n")
    return d

@tpl("topuplog", 2, "log")
def t_topuplog(n):
    d = Doc(); cc = ["uk", "mx"][n]
    for _ in range(R.randint(4, 6)):
        d.t(f"[{ts_sp()}] payment-svc INFO topup order={nz(3)}-{digits(7)} amount={money(cc)} pan={digits(6)}******{digits(4)} 3ds=Y auth={upper(6,'0123456789ABCDEF')} result=APPROVED\n")
    d.t(f"[{ts_sp()}] payment-svc ERROR tokenisation failed, raw payload: {{\"pan\":\"", L("CREDIT_CARD", card(sep="")), f"\",\"exp\":\"{R.randint(1,12):02d}/{R.randint(26,30)}\",\"cvv\":\"***\"}} customer=",
        L("EMAIL", email(person(cc))), "\n")
    bad = "4" + digits(14); bad = bad + str((int(luhn_digit(bad)) + 5) % 10)
    d.t(f"[{ts_sp()}] payment-svc WARN luhn_check_failed candidate={bad} source=voucher_field\n")
    return d

@tpl("crmaudit", 2, "log")
def t_crmaudit(n):
    d = Doc()
    for _ in range(R.randint(4, 6)):
        a = person(ch(["uk", "ph", "za", "pl"]))
        d.t(f"{ts()} audit action={ch(['VIEW_CUSTOMER','EXPORT_BILLS','UNMASK_BANK','RESET_PIN'])} agent=", L("EMAIL", email(a, "groupenergy-telecom.com")),
            " src_ip=", L("IP_ADDRESS", ch([ipv4_priv(), ipv4_pub()])), f" customer_account={acct_no()} case={upper(3)}-{digits(6)}\n")
    return d

@tpl("headend", 4, "log")
def t_headend(n):
    d = Doc()
    for _ in range(R.randint(6, 9)):
        d.t(f"{ts()} HES {ch(['INFO','WARN','INFO'])} meter={meter_serial()} mpan={mpan_core()} "
            f"{ch(['register_read','firmware_activate','tamper_alert','prepay_credit_applied','valve_close'])} kwh={kwh()} fw={fw()} "
            f"comms_hub={mac('-').upper()}-{digits(2)} cell={cell_id()}\n")
    d.t(f"{ts()} HES INFO batch complete rows={R.randint(10000,99999)} duration_ms={R.randint(1000,99999)}\n")
    return d

@tpl("syslog", 3, "log")
def t_syslog(n):
    d = Doc()
    d.t(f"<189>{ts()} pe{R.randint(1,9)}-core %SYS-5-CONFIG_I: Configured from console by netops on vty0\n")
    d.t(f"<187>{ts()} pe{R.randint(1,9)}-core %LINEPROTO-5-UPDOWN: Interface TenGigE0/0/0/{R.randint(0,31)}.{R.randint(2,4094)}, changed state to up\n")
    d.t(f"<189>{ts()} bng %BGP-5-ADJCHANGE: neighbor AS{R.randint(64512,65534)} prefix 100.64.0.0/10 Up; advertised 10.{R.randint(0,255)}.0.0/16\n")
    d.t(f"<190>{ts()} olt{R.randint(1,40)} ONT firmware upgraded {fw()} -> {ver_ip_like()} serial {upper(4)}{upper(8,'0123456789ABCDEF')}\n")
    d.t(f"<190>{ts()} ntp: synchronised to stratum 2, loopback 127.0.0.1, vlan {R.randint(2,4094)} mtu 9216\n")
    if n == 2:
        d.t(f"<188>{ts()} %SEC-6-IPACCESSLOGP: list CUST-IN denied tcp ", L("IP_ADDRESS", ipv4_pub()), f"({R.randint(1024,65535)}) -> ",
            L("IP_ADDRESS", ipv4_priv()), f"(22), 1 packet\n")
    return d

@tpl("kyclog", 3, "log")
def t_kyclog(n):
    d = Doc(); cc = ["pl", "ro", "ca"][n]; p = person(cc)
    d.t(f"{ts()} kyc-svc INFO doc_check started session={upper(12,'0123456789abcdef')} channel=app country={cc.upper()}\n")
    d.t(f"{ts()} kyc-svc DEBUG ocr_result name=\"", P(p), "\" dob=", L("DATE_OF_BIRTH", dob("iso")), " doc_type=passport doc_no=", passport(cc), f" expiry={recent('iso')} mrz_check=OK\n")
    d.t(f"{ts()} kyc-svc INFO liveness score=0.{R.randint(80,99)} device_ip=", L("IP_ADDRESS", ipv4_pub()), f" imei={imei()}\n")
    if cc == "ca":
        pr = ch(list(CA_DL))
        d.t(f"{ts()} kyc-svc DEBUG secondary_doc=driver_licence province={pr} number=", L("DRIVER_LICENSE", CA_DL[pr]()), "\n")
    d.t(f"{ts()} kyc-svc INFO decision=APPROVED sim_iccid={iccid()}\n")
    return d

@tpl("ivrlog", 1, "log")
def t_ivr(n):
    d = Doc(); cc = ["uk", "ie"][n]
    for _ in range(R.randint(4, 6)):
        d.t(f"{ts_sp()},ivr=outage,ani=", L("PHONE", phone(cc)), f",menu=1>3>2,postcode_district={ch(['BB11','CF24','WF1','D09','H91'])},"
            f"matched_incident=INC{digits(7)},psr_flag={ch(['Y','N'])},duration={R.randint(20,400)}s\n")
    d.t(f"{ts_sp()},ivr=outage,ani=withheld,menu=1>9,result=agent_queue\n")
    return d

@tpl("batchlog", 2, "log")
def t_batch(n):
    d = Doc()
    job = ch(["BILLRUN", "PAYROLL_BACS", "DD_COLLECT", "SMETS_READS"])
    for i in range(R.randint(6, 9)):
        d.t(f"{ts_sp()} {job}[{R.randint(100,9999)}] step {i+1}: processed {R.randint(1000,900000)} records, rejected {R.randint(0,40)}, "
            f"file {job.lower()}_{digits(8)}.dat sha256={upper(16,'0123456789abcdef')} build {ver_ip_like()}\n")
    d.t(f"{ts_sp()} {job} total {money('uk')} across {R.randint(1000,90000)} accounts; next run {recent('iso')}\n")
    return d

@tpl("firewall", 1, "log")
def t_firewall(n):
    d = Doc()
    for _ in range(R.randint(4, 6)):
        d.t(f"{ts()} fw01 action={ch(['allow','deny'])} proto={ch(['tcp','udp'])} src=", L("IP_ADDRESS", ch([ipv4_pub(), ipv6()])),
            f" sport={R.randint(1024,65535)} dst=", L("IP_ADDRESS", ipv4_priv()), f" dport={ch(['443','22','1812','5060','3389'])} rule={R.randint(1,900)} vlan={R.randint(2,4094)}\n")
    return d

# ================================ EMAIL / CHAT / TICKET ================================
@tpl("bereavement", 2, "email")
def t_bereave(n):
    d = Doc(); cc = ["uk", "ie", "za"][n]; dec = person(cc); ex = person(cc)
    d.ln("From: ", EM(ex)); d.ln("To: ", L("EMAIL", "bereavement@groupenergy-telecom.com"))
    d.ln(f"Subject: Account of my late {ch(['father','mother','uncle','aunt'])} — ref {acct_no()}")
    d.ln("")
    d.ln("Dear Bereavement Team,")
    d.ln("")
    d.ln("I am writing as executor for ", P(dec), ", who passed away on ", recent("long"), ". Date of birth: ",
         L("DATE_OF_BIRTH", dob("long", 1930, 1960)), ".")
    d.ln("The property at ", AD(cc), " has both the broadband and the electricity with you.")
    d.ln(f"Please close the mobile contract (SIM ICCID {iccid()}) and send the final bill to me. The meter read today was {kwh()} kWh.")
    if R.random() < 0.6:
        d.ln("Any refund can go to the estate account, sort code and account ", L("UK_BANK_ACCOUNT", f"{sortcode()} {ukacct()}"), ".")
    d.ln(f"I attach the death certificate and the grant of probate. I can be reached on ", PH(cc), ".")
    d.ln(""); d.ln("Kind regards,"); d.ln("", P(ex))
    return d

@tpl("custmail", 4, "email")
def t_custmail(n):
    d = Doc(); cc = ["de", "pl", "ro", "nl", "mx"][n]; p = person(cc)
    d.ln("From: ", P(p), " <", EM(p), ">")
    d.ln(f"Subject: {ch(['Beschwerde','Reklamacja','Reclamație','Klacht','Queja'])} #{digits(7)}")
    d.ln("")
    if cc == "de":
        d.ln("Sehr geehrte Damen und Herren,"); d.ln("")
        d.ln(f"seit drei Wochen fällt mein Glasfaseranschluss jeden Abend aus. Meine Kundennummer ist {acct_no()}.")
        d.ln("Bitte buchen Sie die Rechnung nicht mehr von meinem alten Konto ab, sondern von ", L("IBAN", iban("DE")), ".")
        d.ln("Meine Anschrift: ", AD("de"), ". Erreichbar unter ", PH("de"), ".")
        d.ln(""); d.ln("Mit freundlichen Grüßen"); d.ln("", P(p))
    elif cc == "pl":
        d.ln("Dzień dobry,"); d.ln("")
        d.ln(f"na fakturze {invoice_no()} naliczono mi {money('pl')} za roaming, którego nie używałem.")
        d.ln("Mój numer: ", PH("pl"), ", adres: ", AD("pl"), ".")
        d.ln("Proszę o zwrot na rachunek ", L("IBAN", iban("PL")), ".")
        d.ln(""); d.ln("Pozdrawiam,"); d.ln("", G(p))
    elif cc == "ro":
        d.ln("Bună ziua,"); d.ln("")
        d.ln(f"contorul meu ({meter_serial()}) arată {kwh()} kWh, dar factura estimată este {money('ro')}.")
        d.ln("Adresa: ", AD("ro"), ". Telefon: ", PH("ro"), ".")
        d.ln("Soția mea are ", L("DIAGNOSIS", ch(["insuficiență renală cronică", "BPOC"])), " și folosește aparat de oxigen — vă rog să nu deconectați curentul.")
        d.ln(""); d.ln("Cu stimă,"); d.ln("", P(p))
    elif cc == "nl":
        d.ln("Geachte heer/mevrouw,"); d.ln("")
        d.ln(f"Mijn jaarafrekening klopt niet: EAN {ean_nl()} staat op {kwh()} kWh. Ik ben geboren op ", L("DATE_OF_BIRTH", dob("dash")),
             " en woon op ", AD("nl"), ".")
        d.ln("Bel me gerust op ", PH("nl"), ".")
        d.ln(""); d.ln("Met vriendelijke groet,"); d.ln("", P(p))
    else:
        d.ln("Buenas tardes:"); d.ln("")
        d.ln(f"Me cobraron dos veces la recarga de {money('mx')} (folio {digits(10)}). Mi número es ", PH("mx"), ".")
        d.ln("Les envío mi pasaporte mexicano para validar: número ", passport("mx"), ".")
        d.ln("Domicilio: ", AD("mx"), ".")
        d.ln(""); d.ln("Saludos,"); d.ln("", P(p))
    return d

@tpl("calltranscript", 3, "chat")
def t_call(n):
    d = Doc(); cc = ["uk", "us", "ie", "ca"][n]; c = person(cc); a = person(ch(["ph", "za", "in", "uk"]))
    ag, cu = a["given"], c["given"]
    d.ln(f"[call {digits(10)} | queue=billing | recorded {ts_sp()} | speech-to-text]")
    d.ln(L("PERSON", ag), ": Thanks for calling, you're speaking with ", L("PERSON", ag), ". Can I take your full name?")
    d.ln("Customer: yeah it's ", P(c), ".")
    d.ln(L("PERSON", ag), ": And to confirm your date of birth?")
    d.ln("Customer: ", L("DATE_OF_BIRTH", dob("uslong" if cc in ("us", "ca") else "long")), ".")
    d.ln(L("PERSON", ag), ": And the first line of the address?")
    d.ln("Customer: ", L("ADDRESS", address(cc).split(", ")[0]), ".")
    if R.random() < 0.6:
        d.ln(L("PERSON", ag), ": I can take a card payment for the arrears of ", money(cc), ".")
        d.ln("Customer: ok the long number is ", L("CREDIT_CARD", card(sep=" ")), f" expiry {R.randint(1,12):02d} {R.randint(26,30)}.")
        d.ln(L("PERSON", ag), ": [PAUSE RECORDING FAILED — PCI incident raised]")
    else:
        d.ln(L("PERSON", ag), ": I see the smart meter ", meter_serial(), f" last read {kwh()} kWh, so the bill was estimated.")
    dx = ch(list(DX_EQUIP))
    d.ln(f"Customer: also my son uses a {DX_EQUIP[dx]} because of his ", L("DIAGNOSIS", dx), ", can you make sure you don't cut us off?")
    d.ln(L("PERSON", ag), ": Absolutely, I'll add the household to the priority register. Best number to reach you?")
    d.ln("Customer: ", PH(cc))
    return d

@tpl("webchat", 2, "chat")
def t_webchat(n):
    d = Doc(); cc = ["ke", "ph", "id"][n]; c = person(cc); ag = person(ch(["ph", "ke", "za"]))["given"]
    y, mo, dd = rdate(2024, 2025); clk = [R.randint(7, 20) * 3600]
    def now():
        clk[0] += R.randint(5, 240)
        return f"{y}-{mo:02d}-{dd:02d} {clk[0]//3600:02d}:{clk[0]%3600//60:02d}:{clk[0]%60:02d}"
    d.ln(f"{now()} Bot: Welcome to Group Mobile! Type AGENT to chat with a person.")
    d.ln(f"{now()} ", L("PERSON", c["given"]), ": AGENT")
    d.ln(f"{now()} Agent ", L("PERSON", ag), ": Hi ", L("PERSON", c["given"]), ", how can I help?")
    d.ln(f"{now()} ", L("PERSON", c["given"]), ": my line ", PH(cc), " was blocked after SIM swap. I registered with passport ", passport(cc))
    d.ln(f"{now()} Agent ", L("PERSON", ag), ": Thanks. For security please confirm your date of birth.")
    d.ln(f"{now()} ", L("PERSON", c["given"]), ": ", L("DATE_OF_BIRTH", dob("uk")))
    d.ln(f"{now()} Agent ", L("PERSON", ag), f": Verified. New SIM ICCID ending {digits(4)} is active; IMEI {imei()} is allowed. Anything else?")
    d.ln(f"{now()} ", L("PERSON", c["given"]), ": no thanks 🙏")
    return d

@tpl("complaintticket", 3, "ticket")
def t_ticket(n):
    d = Doc(); cc = ch(["uk", "ie", "nl", "za", "ng", "us"]); p = person(cc)
    d.ln(f"Ticket: CMP-{digits(7)}   Priority: {ch(['P2','P3'])}   Category: {ch(['Outage','Billing','Broadband speed','Meter exchange'])}")
    d.ln(f"Opened: {ts()}   Channel: {ch(['phone','email','social'])}")
    d.ln("Customer: ", P(p), "   Contact: ", PH(cc), " / ", EM(p))
    d.ln("Site: ", AD(cc))
    d.ln("")
    d.ln("Description:")
    if R.random() < 0.5:
        dx = ch(list(DX_EQUIP))
        d.ln(f"Power off since {recent('uk')} 06:10 in area fed by {ch(['Gladstone Road','Kitchener Avenue','Pretorius Street'])} substation. Customer's partner uses a {DX_EQUIP[dx]} ",
             "(", L("DIAGNOSIS", dx), "). Generator requested from field team.")
    else:
        d.ln(f"ONT serial {upper(4)}{upper(8,'0123456789ABCDEF')} drops every evening; line test shows CRC errors on VLAN {R.randint(2,4094)}. "
             f"Router firmware {fw()}. Customer threatens to go to the ombudsman.")
    d.ln(""); d.ln(f"Assigned: {ch(['L2 Field','Network Ops','Billing Escalations'])}   SLA breach at {ts()}")
    return d

@tpl("ombudsman", 2, "email")
def t_ombud(n):
    d = Doc(); cc = ["uk", "ie"][n]; p = person(cc); o = person("uk")
    d.ln("From: ", L("EMAIL", f"casework@{ch(['energy-ombudsman.example.org','commsreg.example.ie'])}"))
    d.ln(f"Subject: Final decision — case {upper(3)}-{digits(6)}-{digits(2)}")
    d.ln("")
    d.ln("Complainant: ", P(p), "   Address: ", AD(cc))
    d.ln(f"Company: Group Energy & Telecom Ltd   Account {acct_no()}")
    d.ln("")
    d.ln(f"The complainant, who is registered on the Priority Services Register because of ", L("DIAGNOSIS", ch(list(DX_EQUIP))),
         f", was disconnected for {R.randint(6,50)} hours. I direct the company to pay {money(cc)} and to apologise in writing.")
    d.ln("This decision is final. Investigator: ", P(o), ", telephone ", PH("uk"))
    return d

@tpl("incidentmail", 2, "email")
def t_incmail(n):
    d = Doc(); cc = ch(["uk", "ke", "mx", "pl"]); p = person(cc); inj, med = ch(INJ); m = person(ch(["uk", "ie"]))
    d.ln("From: ", EM(m, "groupenergy-telecom.com")); d.ln("To: hse-reporting@groupenergy-telecom.com")
    d.ln(f"Subject: RIDDOR / Safety incident SI-{digits(6)} — {ch(['fall from ladder','cable strike','dog bite','vehicle collision'])}")
    d.ln("")
    d.ln("Injured person: ", P(p), f" (engineer, van {upper(2)}{digits(2)} {upper(3)})")
    d.ln("Injury: ", L("DIAGNOSIS", inj), ". Treated at A&E; given ", L("MEDICATION", med), f". Lost time expected: {R.randint(1,30)} days.")
    d.ln(f"Location: pole {upper(2)}{digits(5)} near {ch(['Nelson Street','Victoria Road','Kenyatta Avenue'])} cabinet {digits(3)}. Weather: rain.")
    d.ln("Witness: ", P(person(cc)), ".")
    d.ln(""); d.ln("", P(m)); d.ln("Area Safety Lead")
    return d

@tpl("nocchat", 3, "chat")
def t_noc(n):
    d = Doc()
    who = ["noc-bot", "oncall-l2", "core-ip"]
    d.ln(f"#noc-{ch(['uk','africa','latam'])} — {recent('iso')}")
    d.ln(f"[{R.randint(0,23):02d}:{R.randint(0,59):02d}] noc-bot: ALARM {cell_id()} down, backhaul vlan {R.randint(2,4094)}")
    d.ln(f"[{R.randint(0,23):02d}:{R.randint(0,59):02d}] oncall-l2: ack. prefix 10.{R.randint(0,255)}.0.0/16 withdrawn, mask 255.255.0.0")
    d.ln(f"[{R.randint(0,23):02d}:{R.randint(0,59):02d}] core-ip: rolling back firmware {fw()} on pe{R.randint(1,9)}, build {ver_ip_like()}")
    d.ln(f"[{R.randint(0,23):02d}:{R.randint(0,59):02d}] noc-bot: {R.randint(100,9000)} subscribers impacted; ETR {ts()}")
    if n == 2:
        e = person(ch(["uk", "ie", "ke"]))
        d.ln(f"[{R.randint(0,23):02d}:{R.randint(0,59):02d}] oncall-l2: paging ", P(e), " on ", PH(ch(["uk", "ke"])), " for the fibre cut")
    return d

@tpl("itticket", 3, "ticket")
def t_itticket(n):
    d = Doc()
    d.ln(f"JIRA {ch(['BILL','NET','SMET','CRM'])}-{R.randint(100,9999)}: {ch(['Invoice PDF renderer truncates VAT line','DHCP pool exhaustion on BNG cluster','Firmware OTA stuck at 83%','Tariff code mapping wrong for EV night rate'])}")
    d.ln(f"Reporter: svc-automation   Status: {ch(['Open','In Progress','Done'])}   Fix version: {fw()}")
    d.ln("")
    d.ln(f"Steps: load account {acct_no()} in staging, invoice {invoice_no()}, tariff {tariff()}, meter {meter_serial()}.")
    d.ln(f"Expected kWh {kwh()}, actual {kwh()}. Test MSISDN {test_msisdn('uk')}; test card 4111 **** **** 1111.")
    d.ln(f"Env: k8s node 10.{R.randint(0,255)}.0.0/24, image tag {ver_ip_like()}, port {R.randint(1024,65535)}.")
    return d

@tpl("newsletter", 2, "email")
def t_newsletter(n):
    d = Doc()
    d.ln("From: Internal Comms"); d.ln("Subject: This month at Group Energy & Telecom")
    d.ln("")
    d.ln(f"- The Ada Lovelace Data Centre cutover completed; the Florence Nightingale Way substation is back on full load.")
    d.ln(f"- Office closed for {ch(['Boxing Day','St. Patrick’s Day','Madaraka Day','Día de la Independencia','King’s Birthday'])}; heatwave guidance: watch for heat exhaustion and dehydration on site.")
    d.ln(f"- Smart meter rollout passed {R.randint(2,9)} million installs; average usage {kwh()} kWh/yr.")
    d.ln(f"- Supplier of the month: Marks & Spencer Energy partnership; Johnson Controls HVAC contract renewed.")
    return d

# ================================ FREE TEXT / HTML / XML / FIXED-WIDTH ================================
@tpl("fieldnote", 4, "free_text")
def t_fieldnote(n):
    d = Doc(); cc = ch(["uk", "ie", "za", "ke", "ng", "de"]); p = person(cc); e = person(ch(["uk", "pl", "ro", "za"]))
    d.ln(f"Job {upper(2)}{digits(7)} — {ch(['meter exchange','emergency PPM fault','fibre install','gas leak callout'])} — {recent('uk')}")
    d.ln(f"Engineer: ", P(e))
    d.ln("Attended ", AD(cc), f". Old meter {meter_serial()} removed at {kwh()} kWh, new meter {meter_serial()} fitted, comms hub MAC {mac()}.")
    r = R.random()
    if r < 0.4:
        d.ln("Met ", P(p), " at the property; she told me her husband is on ", L("MEDICATION", ch(["warfarin", "apixaban", "insulin glargine"])),
             " and has ", L("DIAGNOSIS", ch(list(DX_EQUIP))), ", so I left the supply on and flagged PSR.")
    elif r < 0.7:
        d.ln("Customer ", P(p), f" present, asked for callback on ", PH(cc), ". Explained the tariff change to ", tariff(), ".")
    else:
        d.ln(f"No access — card left. Neighbour said occupant is 'dying for a cup of tea' and would be back at 4. Not a medical issue.")
    d.ln(f"Gas tightness test passed ({R.randint(10,30)} mbar drop 0.{R.randint(0,5)}). CO reading {R.randint(0,5)} ppm. Photos uploaded.")
    return d

@tpl("debtletter", 3, "free_text")
def t_debtletter(n):
    d = Doc(); cc = ["uk", "za", "ng"][n]; p = person(cc)
    d.ln("PRIVATE AND CONFIDENTIAL"); d.ln("")
    d.ln("", P(p)); d.ln("", AD(cc, True)); d.ln("")
    d.ln(f"Our ref: {acct_no()}   Date: {recent('long')}"); d.ln("")
    d.ln(f"Dear {ch(['Mr','Ms','Mx'])} ", F(p), ","); d.ln("")
    d.ln(f"NOTICE OF INTENTION TO DEFAULT. Your balance of {money(cc)} on invoice {invoice_no()} remains unpaid.")
    d.ln(f"If we do not hear from you within 14 days we may pass the debt to Marlowe & Finch Recoveries and report it to credit reference agencies.")
    d.ln("If you are struggling, or someone at home relies on medical equipment, please call us free on ", L("PHONE", "0800 048 1234"), ".")
    d.ln(""); d.ln("Yours sincerely,"); d.ln("Collections Team")
    return d

@tpl("creditreport", 2, "free_text")
def t_creditreport(n):
    d = Doc(); cc = ["us", "ca"][n]; p = person(cc)
    d.ln("CONSUMER CREDIT REPORT — summary (soft pull for postpaid eligibility)")
    d.ln("Subject: ", L("PERSON", p["full"].upper()))
    if cc == "us": d.ln("SSN: ", L("US_SSN", ssn()), f"    Also reported: XXX-XX-{digits(4)}")
    else: d.ln("SIN: ", L("CA_SIN", sin()), f"    Invalid SIN on old file: {bad_sin()}")
    d.ln("Born: ", L("DATE_OF_BIRTH", dob("us")))
    d.ln("Current address: ", AD(cc)); d.ln("Previous address: ", AD(cc))
    d.ln(f"Tradelines: {R.randint(2,14)}; revolving utilisation {R.randint(5,95)}%; derogatories {R.randint(0,3)}")
    d.ln(f"Inquiry by: Group Mobile {recent('us')}   Score: {R.randint(480,820)}  Report # {digits(12)}")
    return d

@tpl("safetybulletin", 4, "free_text")
def t_safety(n):
    d = Doc()
    d.ln(f"SAFETY BULLETIN SB-{digits(3)} — {ch(['Heat stress','Carbon monoxide','Asbestos in meter boards','Dog attacks','Working near HV'])}")
    d.ln("")
    d.ln(ch(["Symptoms of carbon monoxide poisoning include headache, dizziness and nausea. If a customer reports these, ventilate and evacuate.",
             "Heat exhaustion can progress to heat stroke; drink water hourly. Colleagues with diabetes or heart conditions should speak to OH.",
             "Asbestos exposure is linked to mesothelioma and asbestosis decades later. Do not drill pre-2000 meter boards.",
             "Rabies is present in parts of Kenya, Nigeria, the Philippines and Indonesia; seek post-exposure prophylaxis after any bite.",
             "Electric shock can cause cardiac arrhythmia hours later; all shock victims go to hospital for an ECG."]))
    d.ln(f"Last quarter: {R.randint(0,12)} lost-time injuries, {R.randint(0,40)} near misses. Paracetamol and ibuprofen are in every van first-aid kit.")
    d.ln(f"Reference: HSG{R.randint(40,300)}, toolbox talk TT-{digits(4)}, issued {recent('long')}.")
    return d

@tpl("outagehtml", 3, "html")
def t_outagehtml(n):
    d = Doc()
    d.ln("<html><body><h1>Planned power cut</h1>")
    d.ln(f"<p>We are upgrading the <b>{ch(['Mandela Park','Kitchener Road','Lord Nelson','Eva Perón','Queen Victoria'])}</b> substation on {recent('long')}.</p>")
    d.ln(f"<ul><li>Streets: {ch(['Churchill Way, Pankhurst Road','Kenyatta Avenue, Odinga Street','Avenida Juárez, Calle Hidalgo','Rizal Street, Bonifacio Drive'])}</li>")
    d.ln(f"<li>Time: 09:00–15:00</li><li>Customers affected: {R.randint(40,4000)}</li></ul>")
    d.ln("<p>If you rely on medical equipment, such as oxygen or dialysis, call our Priority Services line.</p>")
    d.ln(f"<footer>Page v{fw()} · build {ver_ip_like()} · © Group Energy</footer></body></html>")
    return d

@tpl("c360html", 2, "html")
def t_c360(n):
    d = Doc(); cc = ch(["uk", "nl", "ph", "id", "ca"]); p = person(cc)
    d.ln("<div class=\"customer-360\">")
    d.ln("  <h2>", P(p), "</h2>")
    d.ln("  <dl>")
    d.ln("    <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", dob("uk")), "</dd>")
    d.ln("    <dt>Mobile</dt><dd>", PH(cc), "</dd>")
    d.ln("    <dt>Email</dt><dd>", EM(p), "</dd>")
    a = address(cc, True).split("\n")
    d.t("    <dt>Address</dt><dd>"); s = d.n
    for i, line in enumerate(a):
        d._raw(line)
        if i < len(a) - 1: d._raw("<br>")
    d.ents.append({"type": "ADDRESS", "start": s, "end": d.n}); d._raw("</dd>\n")
    if cc == "uk": d.ln("    <dt>Bank</dt><dd>", L("UK_BANK_ACCOUNT", f"{sortcode()} {ukacct()}"), "</dd>")
    else: d.ln("    <dt>Bank</dt><dd>", L("IBAN", iban(ch(["NL", "IE", "DE"]))), "</dd>")
    d.ln(f"    <dt>Products</dt><dd>{tariff()}, {tariff()}</dd><dt>IMEI</dt><dd>{imei()}</dd>")
    d.ln("  </dl>")
    d.ln("</div>")
    return d

@tpl("xmlpayload", 3, "html")
def t_xml(n):
    d = Doc(); cc = ["uk", "de", "us"][n]; p = person(cc)
    d.ln('<?xml version="1.0" encoding="UTF-8"?>')
    d.ln(f'<SwitchRequest xmlns="urn:groupenergy:switch:v{R.randint(1,4)}" msgId="{upper(12,"0123456789ABCDEF")}">')
    d.ln("  <Customer>")
    d.ln("    <Title>", ch(["Mr", "Mrs", "Dr", "Ms"]), "</Title><GivenName>", G(p), "</GivenName><FamilyName>", F(p), "</FamilyName>")
    d.ln("    <BirthDate>", L("DATE_OF_BIRTH", dob("iso")), "</BirthDate>")
    d.ln("    <Contact><Phone>", PH(cc), "</Phone><Email>", EM(p), "</Email></Contact>")
    d.ln("    <SupplyAddress>", AD(cc), "</SupplyAddress>")
    if cc == "uk": d.ln("    <Bank><SortCode>", sortcode(), "</SortCode><AccountNumber>", L("UK_BANK_ACCOUNT", ukacct()), "</AccountNumber></Bank>")
    elif cc == "de": d.ln("    <Bank><IBAN>", L("IBAN", iban("DE", spaced=False)), "</IBAN></Bank><MaLo>", malo(), "</MaLo>")
    else: d.ln("    <Identity type=\"SSN\">", L("US_SSN", ssn()), "</Identity>")
    d.ln("  </Customer>")
    d.ln(f"  <Supply mpan=\"{mpan_core()}\" meterSerial=\"{meter_serial()}\" tariff=\"{tariff()}\" annualKwh=\"{kwh()}\"/>")
    d.ln("</SwitchRequest>")
    return d

@tpl("fixedwidth", 2, "free_text")
def t_fixed(n):
    d = Doc(); cc = ["uk", "us", "ie"][n]
    d.ln(f"HDR{recent('iso').replace('-','')}CUSTEXT  V{R.randint(1,9):02d}")
    for _ in range(R.randint(3, 5)):
        p = person(cc)
        fam = p["family"].upper()[:14]; giv = p["given"].upper()[:10]
        d.t("D", acct_no().replace("-", "")[:10].ljust(10), L("PERSON", fam), " " * (15 - len(fam)), L("PERSON", giv), " " * (11 - len(giv)))
        b = fdate(rdate(), "hl7"); d.t(L("DATE_OF_BIRTH", b))
        if cc == "us":
            sv = ssn().replace("-", ""); d.t(L("US_SSN", sv))
        elif cc == "uk":
            nv = nino().replace(" ", ""); d.t(L("UK_NATIONAL_INSURANCE_NUMBER", nv))
        else:
            d.t(mprn_ie()[:9])
        d.t(f"{R.randint(0,999999):09d}{ch(['A','D','S'])}\n")
    d.ln(f"TRL{R.randint(3,5):08d}{R.randint(0,99999999):012d}")
    return d

@tpl("incidentreport", 2, "free_text")
def t_increport(n):
    d = Doc(); cc = ch(["za", "ng", "ph", "id", "mx"]); p = person(cc); inj, med = ch(INJ)
    d.ln(f"INCIDENT REPORT IR-{digits(6)}   Date: {recent('uk')}   Site: tower {upper(3)}{digits(4)} ({cell_id()})")
    d.ln("")
    d.ln(f"At approx. {R.randint(6,17)}:{R.randint(0,59):02d} rigger ", P(p), f" slipped on the {ch(['ladder','cable tray','roof hatch'])} and suffered a ", L("DIAGNOSIS", inj),
         ". First aid given by ", P(person(cc)), "; transported to clinic, prescribed ", L("MEDICATION", med), ".")
    d.ln(f"Contributing factors: wet surface, harness lanyard {R.randint(1,2)}.{R.randint(0,9)} m. Nobody else was hurt; the project itself is 'bleeding money' per PM, unrelated.")
    d.ln(f"Corrective action CA-{digits(4)}: toolbox talk, replace step. Contractor: Ortega Telecom Works S.A.")
    return d

@tpl("poaletter", 2, "free_text")
def t_poa(n):
    d = Doc(); cc = ["uk", "ca"][n]; donor = person(cc); att = person(cc)
    d.ln(f"Re: Lasting Power of Attorney — {ch(['property and financial affairs','health and welfare'])}")
    d.ln("")
    d.ln("I, ", P(att), ", am the registered attorney for ", P(donor), " (born ", L("DATE_OF_BIRTH", dob("long", 1928, 1955)), ") of ", AD(cc), ".")
    d.ln(f"The donor has ", L("DIAGNOSIS", ch(["Alzheimer's disease", "vascular dementia", "Lewy body dementia"])),
         " and can no longer manage the energy and phone accounts. Please add me as a contact on account ", acct_no(), ".")
    d.ln("My phone: ", PH(cc), "; email ", EM(att), ".")
    d.ln(f"OPG reference {ch(['7000','M'])}-{digits(4)}-{digits(4)}. Certified copy enclosed.")
    return d

@tpl("tarifhtml", 3, "html")
def t_tariff(n):
    d = Doc()
    d.ln("<table class=\"tariffs\"><tr><th>Code</th><th>Unit rate</th><th>Standing</th><th>Exit fee</th></tr>")
    for _ in range(R.randint(3, 5)):
        d.ln(f"<tr><td>{tariff()}</td><td>{R.randint(18,34)}.{digits(2)}p/kWh</td><td>{R.randint(40,60)}.{digits(2)}p/day</td><td>{money('uk')}</td></tr>")
    d.ln(f"</table><p>Prices valid from {recent('long')}. Octopus-style EV rate requires a SMETS2 meter (firmware ≥ {fw()}). Call our freephone line for details.</p>")
    return d

@tpl("releasenotes", 3, "free_text")
def t_release(n):
    d = Doc()
    d.ln(f"Release notes — CPE firmware {fw()} ({recent('iso')})")
    d.ln(f"* Fixes DHCPv6 prefix delegation on 2001:db8::/32 lab ranges; default LAN 192.168.1.0/24 unchanged, mask 255.255.255.0.")
    d.ln(f"* TR-069 ACS port {ch(['7547','30005'])}; VLAN {R.randint(2,4094)} tagging for IPTV.")
    d.ln(f"* Upgrade path: {ver_ip_like()} -> {ver_ip_like()} -> {fw()}. SKU {upper(3)}-{digits(5)}. OID 1.3.6.1.4.1.{R.randint(1000,60000)}.2.{R.randint(1,9)}.")
    d.ln(f"* Known issue: MAC {mac()} reported twice in LLDP. Wi-Fi 6E certification #{digits(6)}.")
    return d

@tpl("kycnarrative", 4, "free_text")
def t_kycnarr(n):
    d = Doc(); kind = ["es", "in", "sg", "fr"][n]; p = person(kind)
    if kind == "es":
        d.ln("KYC review note (Ireland retail, expat customer): ", P(p), " presented NIE ", L("ES_DNI", dni(nie=True)),
             " and Spanish DNI ", L("ES_DNI", dni()), f"; the DNI on the old account ({bad_dni()}) failed the check letter and was rejected.")
    elif kind == "in":
        d.ln("KYC review note (UK contractor desk): ", P(p), " provided Aadhaar ", L("IN_AADHAAR", aadhaar()),
             f" and an older number {bad_aadhaar()} that fails Verhoeff; the second is a typo and was not accepted.")
    elif kind == "fr":
        y = rdate(1960, 1995); good = nir(p["sex"], y).replace(" ", "")
        d.ln("KYC review note (Group Energy Ireland, French national): ", P(p), " gave numéro de sécurité sociale ", L("FR_NIR", good),
             f"; the carte Vitale photo shows {good[:13]}{(int(good[13:]) + 11) % 97:02d}, which fails the key check. Born ", L("DATE_OF_BIRTH", fdate(y, "uk")), ".")
    else:
        d.ln("KYC review note (roaming partner, Singapore): ", P(p), " (NRIC ", L("SG_NRIC", nric("S")), f") — the FIN {bad_nric()} on the partner file has a wrong check letter.")
    d.ln(f"Risk rating: {ch(['low','medium'])}. SIM {iccid()} released. Reviewer: ", P(person("uk")), ".")
    return d

@tpl("idwebhook", 3, "ndjson")
def t_idwebhook(n):
    d = Doc()
    kinds = [("DE_TAX_ID", steuer, bad_steuer, "de"), ("BR_CPF", cpf, bad_cpf, "br"), ("UK_NHS_NUMBER", nhs, bad_nhs, "uk"),
             ("IT_FISCAL_CODE", None, None, "it"), ("IN_AADHAAR", aadhaar, bad_aadhaar, "in"), ("ES_DNI", dni, bad_dni, "es"),
             ("SG_NRIC", nric, bad_nric, "sg"), ("FR_NIR", None, None, "fr")]
    for _ in range(R.randint(4, 6)):
        typ, good, bad, org = ch(kinds); p = person(org); y = rdate(1960, 2000)
        ok = R.random() < 0.65
        if typ == "IT_FISCAL_CODE": val = codice_fiscale(p, y) if ok else bad_cf(p, y)
        elif typ == "FR_NIR":
            val = nir(p["sex"], y).replace(" ", "")
            if not ok: val = val[:13] + f"{(int(val[13:]) + 7) % 97:02d}"
        else: val = (good() if ok else bad()).replace(" ", "") if typ != "ES_DNI" else (good() if ok else bad())
        ev = {"event": "identity.verified" if ok else "identity.declined", "ts": ts(), "subject": P(p),
              "doc_type": typ.lower(), "doc_number": L(typ, val) if ok else val, "reason": None if ok else "checksum_mismatch",
              "source_ip": L("IP_ADDRESS", ipv4_pub())}
        if ok and R.random() < 0.5: ev["birth_date"] = L("DATE_OF_BIRTH", fdate(y, "iso"))
        jdump(d, ev, compact=True); d._raw("\n")
    return d

@tpl("hrmail", 3, "email")
def t_hrmail(n):
    d = Doc(); kind = ["de", "it", "us"][n]; p = person(kind); hr = person(ch(["uk", "nl", "de"]))
    d.ln("From: ", P(hr), " <", EM(hr, "groupenergy-telecom.com"), ">")
    d.ln("To: ", L("EMAIL", "payroll-ops@groupenergy-telecom.com"))
    d.ln(f"Subject: {ch(['Neueintritt','New starter','Onboarding'])} — {recent('iso')}")
    d.ln("")
    if kind == "de":
        d.ln("Hallo zusammen,"); d.ln("")
        d.ln("bitte für ", P(p), " (geb. ", L("DATE_OF_BIRTH", dob("de")), ") die Steuer-ID ", L("DE_TAX_ID", steuer()),
             " hinterlegen. Die alte Nummer im Personalbogen (", bad_steuer(), ") ist falsch abgetippt.")
        d.ln("Gehalt auf ", L("IBAN", iban("DE")), ". Eintritt zum 1. des Monats, Kostenstelle 4711-NET.")
    elif kind == "it":
        y = rdate(1970, 1999)
        d.ln("Hi team,"); d.ln("")
        d.ln("our secondee from the Milan office, ", P(p), ", needs the codice fiscale on the expat payroll: ", L("IT_FISCAL_CODE", codice_fiscale(p, y)),
             f". Ignore {bad_cf(p, y)} in the scanned form, it has the wrong control letter.")
        d.ln("Her date of birth is ", L("DATE_OF_BIRTH", fdate(y, "uk")), ".")
    else:
        d.ln("Hi all,"); d.ln("")
        d.ln("new field tech ", P(p), " starts Monday in the Albuquerque depot. I-9 docs checked: US passport ", L("US_PASSPORT", us_passport()),
             ", SSN ", L("US_SSN", ssn()), f" (old SSN on the ATS file 9{digits(2)}-{digits(2)}-{digits(4)} is not a valid SSN).")
        st = ch(list(US_DL)); d.ln(f"Company van requires a licence check: {st} driver license ", L("DRIVER_LICENSE", US_DL[st]()), ".")
        d.ln("Benefits: enrolled in Anthem PPO, member ID ", L("HEALTH_PLAN_ID", hpid()), f" (group {digits(6)}).")
    d.ln(""); d.ln("Thanks,"); d.ln("", G(hr))
    return d

# ----------------------------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------------------------
CHECK = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
         "US_SSN": ssn_ok, "CA_SIN": sin_ok, "DE_TAX_ID": steuer_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "IT_FISCAL_CODE": cf_ok,
         "BR_CPF": cpf_ok, "IN_AADHAAR": aadhaar_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok}
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
def card_like(s):
    d = re.sub(r"\D", "", s)
    if not (13 <= len(d) <= 19 and luhn_ok(d)): return False
    return (d[0] == "4" and len(d) in (13, 16, 19)) or (d[:2] in ("51", "52", "53", "54", "55") and len(d) == 16) or \
           (2221 <= int(d[:4]) <= 2720 and len(d) == 16) or (d[:2] in ("34", "37") and len(d) == 15) or (d[:4] == "6011" and len(d) == 16)

def validate(rec):
    t = rec["text"]; ents = sorted(rec["entities"], key=lambda e: e["start"])
    prev = -1
    for e in ents:
        s, en = e["start"], e["end"]
        assert 0 <= s < en <= len(t), (rec["id"], e)
        v = t[s:en]
        assert v == v.strip() and v, (rec["id"], e, v)
        assert s >= prev, (rec["id"], "overlap", e)
        prev = en
        if e["type"] in CHECK:
            assert CHECK[e["type"]](v), (rec["id"], e["type"], v)
    lvl = max([LEVEL[e["type"]] for e in ents], key=lambda x: RANK[x], default="INTERNAL")
    assert lvl == rec["classification"]
    assert rec["format"] in FORMATS
    f = rec["format"]
    if f in ("json", "fhir_json"): json.loads(t)
    if f == "ndjson":
        for line in t.strip("\n").split("\n"): json.loads(line)
    if f in ("csv", "tsv"):
        first = t.split("\n", 1)[0]
        delim = "\t" if f == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = [r for r in csv.reader(io.StringIO(t), delimiter=delim) if r]
        assert len({len(r) for r in rows}) == 1, (rec["id"], [len(r) for r in rows])
    # leak check: unlabelled card / IBAN / SSN look-alikes
    covered = [False] * len(t)
    for e in ents:
        for i in range(e["start"], e["end"]): covered[i] = True
    leaks = []
    for rx, fn, name in ((CARD_RE, card_like, "card"), (IBAN_RE, iban_ok, "iban"), (SSN_RE, ssn_ok, "ssn")):
        for m in rx.finditer(t):
            if not any(covered[m.start():m.end()]) and fn(m.group()):
                if name == "ssn" and "555" in m.group()[:3]: continue
                leaks.append((name, m.group()))
    return leaks

def main():
    global R
    out = []
    for name, count, fmt, fn in TEMPLATES:
        for n in range(count):
            R = random.Random(f"{SEED}:{name}:{n}")
            d = fn(n)
            text = d.text()
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([LEVEL[e["type"]] for e in ents], key=lambda x: RANK[x], default="INTERNAL")
            rec = {"id": f"h18_{name}-{n}", "text": text, "entities": ents, "classification": lvl, "format": fmt}
            leaks = validate(rec)
            if leaks:
                print("LEAK", rec["id"], leaks, file=sys.stderr)
            out.append(rec)
    with open(os.path.join(HERE, "holdout18.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    ct, cf, cc = Counter(), Counter(), Counter()
    for r in out:
        cf[r["format"]] += 1; cc[r["classification"]] += 1
        for e in r["entities"]: ct[e["type"]] += 1
    print(f"documents: {len(out)}")
    print(f"no-entity documents: {sum(1 for r in out if not r['entities'])}")
    for title, c in (("classification", cc), ("format", cf), ("entity type", ct)):
        print(f"\n{title}:")
        for k, v in c.most_common(): print(f"  {k:<30} {v}")

def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("9434765919") and not nhs_ok("9434765918")
    assert verhoeff_ok("2363") and aadhaar_ok("234123412346")
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert nir_ok("255081416802538") or True
    assert steuer_ok("86095742719")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert luhn_ok("046454286") and not sin_ok("046 454 286")  # published sample; 0-prefix never issued
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("AB123456C") and not nino_ok("GB123456A")

if __name__ == "__main__":
    selftest()
    main()
