#!/usr/bin/env python3
"""holdout16 generator - standard library only, deterministic.
Written from the public contract (LABELS.md, PRIOR_CORPUS.md, BRIEF.md) only."""
import json, random, csv, io, re, sys, collections

SEED = "holdout16/civic-heron-5127"
OUT = "/tmp/holdout16/holdout16.jsonl"

RESTRICTED = set("""US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT
PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID
IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID""".split())
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL_T = {"PERSON"}
FORMATS = set("""free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report
hl7 fhir_json form ticket""".split())

# ---------------------------------------------------------------- builder
class L:
    __slots__ = ("typ", "val")
    def __init__(s, typ, val):
        s.typ, s.val = typ, val

class M:
    def __init__(s, *parts):
        s.parts = parts

class Doc:
    def __init__(s):
        s.buf, s.n, s.ents = [], 0, []
    def __call__(s, *parts):
        for p in parts:
            if isinstance(p, L):
                s.ents.append((p.typ, s.n, s.n + len(p.val)))
                s._a(p.val)
            elif isinstance(p, M):
                s(*p.parts)
            elif isinstance(p, (list, tuple)):
                s(*p)
            else:
                s._a(str(p))
        return s
    def _a(s, x):
        s.buf.append(x); s.n += len(x)
    def text(s):
        return "".join(s.buf)

def jesc(x):
    return json.dumps(x, ensure_ascii=False)[1:-1]

def jstr(d, v):
    d('"')
    parts = v.parts if isinstance(v, M) else [v]
    for p in parts:
        if isinstance(p, L):
            d(L(p.typ, jesc(p.val)))
        else:
            d(jesc(str(p)))
    d('"')

def emit(d, o, ind=2, lvl=0, compact=False):
    if isinstance(o, dict):
        items = list(o.items())
        if not items:
            d("{}"); return
        if compact:
            d("{")
            for i, (k, v) in enumerate(items):
                if i: d(",")
                d(json.dumps(k, ensure_ascii=False) + ":")
                emit(d, v, ind, lvl, True)
            d("}")
        else:
            d("{\n")
            for i, (k, v) in enumerate(items):
                d(" " * (ind * (lvl + 1)) + json.dumps(k, ensure_ascii=False) + ": ")
                emit(d, v, ind, lvl + 1)
                d(",\n" if i < len(items) - 1 else "\n")
            d(" " * (ind * lvl) + "}")
    elif isinstance(o, list):
        if not o:
            d("[]"); return
        if compact:
            d("[")
            for i, v in enumerate(o):
                if i: d(",")
                emit(d, v, ind, lvl, True)
            d("]")
        else:
            d("[\n")
            for i, v in enumerate(o):
                d(" " * (ind * (lvl + 1)))
                emit(d, v, ind, lvl + 1)
                d(",\n" if i < len(o) - 1 else "\n")
            d(" " * (ind * lvl) + "]")
    elif isinstance(o, (L, M, str)):
        jstr(d, o)
    else:
        d(json.dumps(o))

def row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i: d(sep)
        v = c.val if isinstance(c, L) else str(c)
        if sep in v or '"' in v or "\n" in v:
            e = v.replace('"', '""')
            d('"', L(c.typ, e) if isinstance(c, L) else e, '"')
        else:
            d(c if isinstance(c, L) else v)
    d("\n")

def lab(typ, val):
    return L(typ, val) if val else ""

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix, length, r):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def nl(r, k, first="123456789"):
    s = r.choice(first) + "".join(str(r.randrange(10)) for _ in range(k - 1))
    return luhn_break(s) if luhn_ok(s) else s

def luhn_break(num):
    ds = list(num)
    idx = [i for i, c in enumerate(ds) if c.isdigit()][-1]
    ds[idx] = str((int(ds[idx]) + 3) % 10)
    out = "".join(ds); assert not luhn_ok(out); return out

def card(r, brand=None):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa": n = luhn_complete("4" + str(r.randrange(10**5)).zfill(5), 16, r)
    elif brand == "mc": n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif brand == "mc2": n = luhn_complete(str(r.randint(2221, 2720)), 16, r)
    elif brand == "amex": n = luhn_complete(r.choice(["34", "37"]), 15, r)
    else: n = luhn_complete("6011", 16, r)
    if len(n) == 15:
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    sep = r.choice([" ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))

def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return f"{a:03d}{sep}{r.randint(1,99):02d}{sep}{r.randint(1,9999):04d}"

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, se = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and se != "0000"

def sin(r):
    n = luhn_complete(str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9, r)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if r.random() < .6 else f"{n[:3]}-{n[3:6]}-{n[6:]}"

IBAN_SPEC = {"IE": ("A4", "N14"), "GB": ("A4", "N14"), "DE": ("N18",), "NL": ("A4", "N10"), "FR": ("N23",),
             "ES": ("N20",), "PL": ("N24",), "UA": ("N6", "N19"), "IT": ("A1", "N22"), "BE": ("N12",)}
def iban_cd(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"
def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    s2 = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s2)) % 97 == 1
def iban(r, cc=None, spaced=True):
    cc = cc or r.choice(list(IBAN_SPEC))
    bban = ""
    for part in IBAN_SPEC[cc]:
        k, n = part[0], int(part[1:])
        bban += "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if k == "A" else str(r.randrange(10)) for _ in range(n))
    s = cc + iban_cd(cc, bban) + bban
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

def nhs(r):
    while True:
        ds = [r.randint(4, 9)] + [r.randrange(10) for _ in range(8)]
        c = 11 - sum(d * w for d, w in zip(ds, range(10, 1, -1))) % 11
        if c == 11: c = 0
        if c == 10: continue
        s = "".join(map(str, ds)) + str(c)
        return f"{s[:3]} {s[3:6]} {s[6:]}"
def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 10: return False
    c = 11 - sum(int(d) * w for d, w in zip(s[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])

def nino(r):
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"; ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(ok1) + r.choice(ok2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): break
    d = "".join(str(r.randrange(10)) for _ in range(6))
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {r.choice('ABCD')}"

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); n = str(r.randrange(10**7)).zfill(7)
        return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
    n = str(r.randrange(10**7, 10**8))
    return n + DNI_L[int(n) % 23]
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "")
    if s[0] in "XYZ": return len(s) == 9 and DNI_L[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8]
    return DNI_L[int(s[:8]) % 23] == s[8]

def nir(r, sex=None, yy=None, mm=None):
    sex = sex or r.choice("12")
    yy = yy if yy is not None else r.randint(50, 99)
    mm = mm or r.randint(1, 12)
    dep = r.choice(["75", "69", "13", "93", "59", "33", "67", "2A", "974"][:8])
    com = f"{r.randint(1, 899):03d}"; ordn = f"{r.randint(1, 999):03d}"
    body = f"{sex}{yy:02d}{mm:02d}{dep}{com}{ordn}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(d10):
    p = 10
    for c in d10:
        sm = (int(c) + p) % 10
        if sm == 0: sm = 10
        p = (sm * 2) % 11
    c = 11 - p
    return 0 if c == 10 else c
def steuer(r):
    while True:
        digits = list("0123456789"); r.shuffle(digits)
        if digits[0] == "0": continue
        ten = digits[:9]; ten.insert(r.randint(1, 9), r.choice(ten))
        s = "".join(ten[:10])
        cnt = collections.Counter(s)
        if sorted(cnt.values(), reverse=True)[0] != 2 or s[0] == "0": continue
        s += str(steuer_check(s))
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if r.random() < .5 else s
def steuer_ok(s):
    s = s.replace(" ", "")
    return len(s) == 11 and s[0] != "0" and steuer_check(s[:10]) == int(s[10])

CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def cf_char(s15):
    tot = 0
    for i, c in enumerate(s15):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += CF_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)
def _cons(s): return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]
def _vow(s): return [c for c in s.upper() if c in "AEIOU"]
def codice_fiscale(given, family, y, m, dd, female, belfiore):
    import unicodedata
    norm = lambda x: "".join(c for c in unicodedata.normalize("NFD", x) if c.isalpha() and ord(c) < 128).upper()
    f, g = norm(family), norm(given)
    sur = (_cons(f) + _vow(f) + ["X"] * 3)[:3]
    gc = _cons(g)
    nm = ([gc[0], gc[2], gc[3]] if len(gc) >= 4 else (gc + _vow(g) + ["X"] * 3)[:3])
    s = "".join(sur) + "".join(nm) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{dd + (40 if female else 0):02d}" + belfiore
    return s + cf_char(s)
def cf_ok(s): return len(s) == 16 and cf_char(s[:15]) == s[15]

def cpf(r):
    ds = [r.randrange(10) for _ in range(9)]
    for w0 in (10, 11):
        v = (sum(d * w for d, w in zip(ds, range(w0, 1, -1))) * 10) % 11
        ds.append(0 if v == 10 else v)
    s = "".join(map(str, ds))
    if len(set(s)) == 1: return cpf(r)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
def cpf_ok(s):
    s = re.sub(r"\D", "", s); ds = [int(c) for c in s]
    for k, w0 in ((9, 10), (10, 11)):
        v = (sum(d * w for d, w in zip(ds[:k], range(w0, 1, -1))) * 10) % 11
        if (0 if v == 10 else v) != ds[k]: return False
    return True

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
      [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
      [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in s if ch.isdigit()])):
        c = VD[c][VP[i % 8][x]]
    return c == 0
def aadhaar(r, bad=False):
    body = str(r.randint(2, 9)) + "".join(str(r.randrange(10)) for _ in range(10))
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in body])):
        c = VD[c][VP[(i + 1) % 8][x]]
    s = body + str(VINV[c])
    assert verhoeff_ok(s)
    if bad:
        s = s[:-1] + str((int(s[-1]) + 1) % 10); assert not verhoeff_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"

NR_W = [2, 7, 6, 5, 4, 3, 2]
def nric(r, pre=None):
    pre = pre or r.choice("STFG")
    d = "".join(str(r.randrange(10)) for _ in range(7))
    t = sum(int(a) * w for a, w in zip(d, NR_W)) + (4 if pre in "TG" else 0)
    tab = "JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK"
    return pre + d + tab[t % 11]
def nric_ok(s):
    t = sum(int(a) * w for a, w in zip(s[1:8], NR_W)) + (4 if s[0] in "TG" else 0)
    return ("JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK")[t % 11] == s[8]
assert nric_ok("S1234567D")

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi(r, dashed=None):
    N = lambda: str(r.randrange(10)); A = lambda: r.choice(MBI_A); X = lambda: r.choice(MBI_A + "0123456789")
    s = str(r.randint(1, 9)) + A() + X() + N() + A() + X() + N() + A() + A() + N() + N()
    if dashed or (dashed is None and r.random() < .4): s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
    return s
def mbi_ok(s):
    s = s.replace("-", "")
    pat = "N A X N A X N A A N N".split()
    if len(s) != 11 or s[0] == "0": return False
    for c, p in zip(s, pat):
        if p == "N" and not c.isdigit(): return False
        if p == "A" and c not in MBI_A: return False
        if p == "X" and c not in MBI_A + "0123456789": return False
    return True

CHECKS = {"CREDIT_CARD": lambda v: luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19,
          "CA_SIN": lambda v: luhn_ok(v) and len(re.sub(r"\D", "", v)) == 9,
          "US_SSN": ssn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok,
          "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "BR_CPF": cpf_ok, "IN_AADHAAR": verhoeff_ok,
          "SG_NRIC": nric_ok, "US_MBI": mbi_ok}
assert steuer_ok("86095742719") and cpf_ok("529.982.247-25") and nhs_ok("943 476 5919") and verhoeff_ok("234123412346")

# ---------------------------------------------------------------- people
NAMES = {
 "somali": (["Abdirahman", "Hodan", "Faadumo", "Cawil", "Sahra", "Liban", "Ifrah", "Maxamed", "Ubax", "Deeqa", "Khadar"],
            ["Warsame", "Cabdullaahi", "Jaamac", "Xirsi", "Guuleed", "Samatar", "Faarax", "Cilmi", "Aadan Dirie"]),
 "ukrainian": (["Oksana", "Bohdan", "Yaroslava", "Taras", "Mykola", "Solomiia", "Dmytro", "Halyna", "Zoriana"],
               ["Kovalchuk", "Hrytsenko", "Bondarenko", "Tkachuk", "Melnyk", "Zinchenko", "Prokopovych", "Yatsyshyn"]),
 "afghan": (["Zarghuna", "Mirwais", "Fereshta", "Habibullah", "Nargis", "Shafiqullah", "Wazhma", "Ahmad Zia", "Parwana"],
            ["Popalzai", "Stanikzai", "Hotak", "Noorzai", "Safi", "Rahimi", "Mohmand", "Sultani"]),
 "guatemalan": (["Xiomara", "Edwin Rolando", "Ixchel", "Baudilio", "Marleny", "Lesbia", "Oswaldo", "Ixkik'", "Santos Abelino"],
                ["Cuxil", "Tzoc", "Xajil", "Ajanel", "Coyoy", "Batz", "Pérez Tum", "Chumil", "de León Sicajá"]),
 "haitian": (["Wideline", "Jean-Robert", "Fabiola", "Dieuseul", "Mirlande", "Lovensky", "Rose-Carmel", "Wisnel", "Nathalie"],
             ["Dorvilus", "Pierre-Louis", "Saint-Fleur", "Jean-Baptiste", "Estimé", "Exantus", "Louissaint", "Célestin"]),
 "chinese": (["Jingyi", "Zhihao", "Yuting", "Haoran", "Meilin", "Ruoxi", "Zixuan"],
             ["Zhao", "Qiu", "Lü", "Xu", "Guo", "Ouyang", "Shangguan"]),
 "korean": (["Seo-yeon", "Ji-hoon", "Min-jun", "Ha-eun", "Do-yoon", "Yeon-woo", "Eun-ji"],
            ["Baek", "Hwang", "Seo", "Ryu", "Jeon", "Namgung", "Yoo"]),
 "vietnamese": (["Hằng", "Quốc Bảo", "Ngọc Ánh", "Văn Thắng", "Thu Trang", "Minh Khôi", "Phương Linh"],
                ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Lương"]),
 "iranian": (["Shirin", "Kourosh", "Parisa", "Bijan", "Roya", "Arash", "Golnaz", "Farhad"],
             ["Tehrani", "Moradi", "Ghorbani", "Farahani", "Jafarzadeh", "Mirzaei", "Khosravi-Nejad"]),
 "ethiopian": (["Tigist", "Dawit", "Meseret", "Yonas", "Hiwot", "Abebe", "Selamawit", "Tsion"],
               ["Gebremedhin", "Tesfaye", "Woldemariam", "Alemu", "Kebede", "Gebreyohannes", "Asfaw"]),
 "samoan": (["Tavita", "Salote", "Iosefa", "Malia", "Tupe", "Faʻamoe", "Losa"],
            ["Fa'amausili", "Leota", "Tuilagi", "Sapolu", "Aumua", "Fonoti", "Le'aupepe"]),
 "irish": (["Caoimhe", "Pádraig", "Aoibheann", "Tadhg", "Siobhán", "Ruairí", "Clodagh"],
           ["Ó Ceallaigh", "Mac Cárthaigh", "Ní Dhomhnaill", "Fitzgerald", "Ó Súilleabháin", "Breathnach", "Hegarty"]),
 "maori": (["Aroha", "Wiremu", "Hinewai", "Tamati", "Mere", "Rangi", "Kahurangi"],
           ["Te Whata", "Ngata", "Parata", "Tawhiri", "Horomona", "Te Kani", "Waititi-Rua"]),
 "indian": (["Lakshmi", "Gurpreet", "Venkatesh", "Anjali", "Harpreet", "Siddharth", "Meenakshi", "Tenzin"],
            ["Subramanian", "Sandhu", "Reddy", "Chatterjee", "Iyer", "Kulkarni", "Gill", "Venkataraman"]),
 "quebecois": (["Marie-Ève", "Jean-Philippe", "Geneviève", "Mathieu", "Chantal", "Benoît"],
               ["Bélanger", "Thibodeau", "Lévesque", "Côté", "Ouellet", "St-Onge"]),
 "us": (["Tamika", "Brandon", "Shelby", "DeShawn", "Kristen", "Cody", "Latoya", "Marisol", "Travis"],
        ["Hollis", "Yazzie", "Kowalczyk", "McAllister", "Begay", "Dunleavy", "Okonkwo", "Vanderhoef"]),
 "australian": (["Bronwyn", "Lachlan", "Kirra", "Jarrah", "Tegan", "Hamish"],
                ["Pemberton", "Cattermole", "Brockhoff", "Tregenza", "Pascoe", "Kilpatrick"]),
 "filipino": (["Maricel", "Jericho", "Rowena", "Arnel"], ["dela Cruz", "Macaraeg", "Bautista", "de los Reyes"]),
 "dutch_sa": (["Pieter", "Annelie", "Riaan"], ["van der Merwe", "du Plessis", "Oosthuizen"]),
}
SYL = ["ka", "lo", "vi", "ne", "dra", "su", "mo", "zei", "ta", "run", "bel", "qo", "fa", "ish", "to", "mar", "yev", "ul"]
def invented(r, k=None):
    k = k or r.choice([2, 2, 3])
    return "".join(r.choice(SYL) for _ in range(k)).capitalize()

class P:
    def __init__(s, r, origin=None):
        s.origin = origin or r.choice(list(NAMES))
        g, f = NAMES[s.origin]
        s.given = invented(r) if r.random() < .12 else r.choice(g)
        s.family = invented(r, 3) if r.random() < .12 else r.choice(f)
        s.female = r.random() < .5
        s.dob = (r.randint(1946, 2006), r.randint(1, 12), r.randint(1, 28))
        s.r = r
    @property
    def full(s): return f"{s.given} {s.family}"
    @property
    def lastfirst(s): return f"{s.family.upper()}, {s.given}"
    @property
    def hl7(s): return f"{s.family.upper()}^{s.given.upper()}"
    @property
    def initial(s): return f"{s.given[0]}. {s.family}"
    def email(s, dom=None):
        import unicodedata
        a = lambda x: "".join(c for c in unicodedata.normalize("NFD", x) if c.isalnum() and ord(c) < 128).lower()
        dom = dom or s.r.choice(["gmail.com", "outlook.com", "yahoo.co.in", "eircom.net", "xtra.co.nz", "bigpond.com",
                                 "hotmail.ca", "proton.me", "icloud.com", "ukr.net"])
        style = s.r.randrange(4)
        loc = [f"{a(s.given)}.{a(s.family)}", f"{a(s.given)[0]}{a(s.family)}", f"{a(s.family)}{s.r.randint(2,99)}",
               f"{a(s.given)}_{a(s.family)[:4]}"][style]
        return f"{loc}@{dom}"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
def fdate(dt, style):
    y, m, d = dt
    return {"iso": f"{y:04d}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "eu": f"{d:02d}/{m:02d}/{y}",
            "long": f"{MONTHS[m-1]} {d}, {y}", "dmy": f"{d} {MONTHS[m-1]} {y}", "short": f"{d} {MONTHS[m-1][:3]} {y}",
            "hl7": f"{y:04d}{m:02d}{d:02d}", "dot": f"{d:02d}.{m:02d}.{y}"}[style]
def rdate(r, y0=2023, y1=2025):
    return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))

# ---------------------------------------------------------------- addresses / phones / ips
US_CITIES = [("Minneapolis", "MN", "554"), ("Columbus", "OH", "432"), ("Seattle", "WA", "981"), ("Lewiston", "ME", "042"),
             ("Portland", "OR", "972"), ("Dallas", "TX", "752"), ("Silver Spring", "MD", "209"), ("Boston", "MA", "021"),
             ("Denver", "CO", "802"), ("Miami", "FL", "331"), ("Chicago", "IL", "606"), ("Sacramento", "CA", "958"),
             ("Brooklyn", "NY", "112"), ("Atlanta", "GA", "303"), ("Phoenix", "AZ", "850"), ("Philadelphia", "PA", "191")]
US_STREETS = ["Cedar Ave S", "Lake Street E", "Rainier Ave S", "Bloomington Ave", "Sumner Dr", "Karamu Way", "Riverside Pkwy",
              "Old Shakopee Rd", "Pennsylvania Ave", "Eastlake Ave E", "Mt Vernon St", "Nicollet Mall", "Chickasaw Trl"]
def addr_us(r, multiline=False, city=None):
    c, st, z = city or r.choice(US_CITIES)
    unit = r.choice(["", "", f" Apt {r.randint(1,40)}{r.choice('ABCD')}", f" #{r.randint(100,999)}", f" Unit {r.randint(1,12)}"])
    l1 = f"{r.randint(10, 9899)} {r.choice(US_STREETS)}{unit}"
    tail = f"{c}, {st} {z}{r.randint(0,99):02d}"
    return f"{l1}\n{tail}" if multiline else f"{l1}, {tail}"
def addr_ca(r, multiline=False):
    if r.random() < .3:
        l1 = f"{r.randint(100, 9999)}, rue {r.choice(['Saint-Denis', 'Beaubien Est', 'Jean-Talon Ouest', 'de la Montagne'])}, app. {r.randint(1,30)}"
        tail = f"Montréal (Québec)  H{r.randint(1,4)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1,9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0,9)}"
    else:
        c, p, fl = r.choice([("Toronto", "ON", "M"), ("Winnipeg", "MB", "R"), ("Edmonton", "AB", "T"), ("Surrey", "BC", "V"),
                             ("Ottawa", "ON", "K"), ("Halifax", "NS", "B")])
        l1 = f"{r.choice(['', str(r.randint(1,2400)) + '-'])}{r.randint(10, 980)} {r.choice(['Jane St', 'Pembina Hwy', 'Kingsway', 'Whyte Ave NW', 'Bank St', 'Gottingen St'])}"
        tail = f"{c}, {p} {fl}{r.randint(1,9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1,9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0,9)}"
    return f"{l1}\n{tail}" if multiline else f"{l1}, {tail}"
def eircode(r, pre=None):
    pre = pre or r.choice(["D09", "D15", "D24", "T12", "H91", "V94", "A94", "D6W"])
    return f"{pre} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(0,9)}{r.choice('ACDEFHKNPRTVWXY')}{r.randint(0,9)}"
def addr_ie(r, multiline=False):
    opts = [[f"Apt {r.randint(1,60)}, {r.choice(['Ardilaun Court', 'Bóthar an Choiste', 'Cois Abhann'])}", f"{r.randint(1,99)} {r.choice(['Drumcondra Road Upper', 'Seán Mac Diarmada St', 'Clonliffe Ave'])}", "Dublin 9", eircode(r, "D09")],
            [f"{r.randint(1,88)} {r.choice(['Bóthar na Trá', 'Ascaill Árd na Gréine', 'Newcastle Road'])}", "Salthill, Galway", eircode(r, "H91")],
            [f"{r.randint(1,40)} {r.choice(['Ballyvolane Rd', 'Mayfield Heights', 'Na Sráideanna'])}", "Cork", eircode(r, "T23")]]
    parts = r.choice(opts)
    return ("\n" if multiline else ", ").join(parts)
def addr_au(r, multiline=False):
    l1 = f"{r.choice(['', 'Unit ' + str(r.randint(1,30)) + '/'])}{r.randint(1,400)} {r.choice(['Bunya St', 'Parramatta Rd', 'Brunswick St', 'Yirrigan Dr', 'Warrigal Rd'])}"
    tail = r.choice([f"Greenslopes QLD 4120", "Auburn NSW 2144", "Fitzroy VIC 3065", "Mirrabooka WA 6061", "Dandenong VIC 3175"])
    return f"{l1}\n{tail}" if multiline else f"{l1}, {tail}"
def addr_nz(r, multiline=False):
    l1 = f"{r.choice(['', 'Flat ' + str(r.randint(1,9)) + ', '])}{r.randint(1,300)} {r.choice(['Kāinga Rd', 'Massey Rd', 'Te Atatū Rd', 'Cuba St', 'Taita Dr'])}"
    tail = r.choice(["Māngere, Auckland 2022", "Te Aro, Wellington 6011", "Avondale, Auckland 1026", "Naenae, Lower Hutt 5011"])
    return f"{l1}\n{tail}" if multiline else f"{l1}, {tail}"
def addr_in(r, multiline=False):
    l1 = f"Flat {r.randint(101, 905)}, {r.choice(['Sai Krupa Apartments', 'Shanti Niketan CHS', 'Green Glen Layout'])}"
    l2 = r.choice(["6th Cross, Indiranagar, Bengaluru, Karnataka 560038", "Sector 21, Dwarka, New Delhi 110077",
                   "Anna Nagar West, Chennai, Tamil Nadu 600040", "Model Town, Ludhiana, Punjab 141002"])
    return f"{l1}\n{l2}" if multiline else f"{l1}, {l2}"
ADDR = {"us": addr_us, "ca": addr_ca, "ie": addr_ie, "au": addr_au, "nz": addr_nz, "in": addr_in}
def addr(r, country=None, multiline=False):
    return ADDR[country or r.choice(list(ADDR))](r, multiline)

US_AREA = ["612", "651", "614", "206", "207", "503", "214", "301", "617", "720", "305", "312", "916", "718", "404", "602", "215"]
def phone(r, cc=None):
    cc = cc or r.choice(["us", "us", "us", "ca", "ie", "au", "nz", "in", "so", "ua", "af", "gt", "ht", "et", "ws", "ir", "vn", "kr", "cn"])
    n = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
    ex = lambda: str(r.randint(2, 9)) + str(r.randint(0, 9)) + str(r.randint(1, 9))
    if cc in ("us", "ca"):
        a = r.choice(US_AREA) if cc == "us" else r.choice(["416", "647", "204", "780", "604", "613", "902", "514"])
        e, l = ex(), n(4)
        return r.choice([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}", f"1-{a}-{e}-{l}"])
    return {"ie": r.choice([f"+353 8{r.choice('3567')} {n(3)} {n(4)}", f"08{r.choice('3567')} {n(3)} {n(4)}", f"(01) {n(3)} {n(4)}"]),
            "au": r.choice([f"04{n(2)} {n(3)} {n(3)}", f"+61 2 {n(4)} {n(4)}", f"(03) 9{n(3)} {n(4)}"]),
            "nz": r.choice([f"021 {n(3)} {n(4)}", f"+64 9 {n(3)} {n(4)}", f"(04) 3{n(2)} {n(4)}"]),
            "in": r.choice([f"+91 9{n(4)} {n(5)}", f"09{n(4)} {n(5)}", f"+91-80-{n(4)}-{n(4)}"]),
            "so": f"+252 61 {n(7)}", "ua": f"+380 {r.choice(['67','50','93'])} {n(3)} {n(2)} {n(2)}",
            "af": f"+93 7{n(1)} {n(3)} {n(4)}", "gt": f"+502 {r.choice('345')}{n(3)} {n(4)}", "ht": f"+509 3{n(3)} {n(4)}",
            "et": f"+251 9{n(1)} {n(3)} {n(4)}", "ws": f"+685 7{n(1)} {n(5)}", "ir": f"+98 912 {n(3)} {n(4)}",
            "vn": f"+84 9{n(1)} {n(3)} {n(4)}", "kr": f"+82 10-{n(4)}-{n(4)}", "cn": f"+86 13{n(1)} {n(4)} {n(4)}"}[cc]

def ip(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv", "pub", "v6"])
    if kind == "doc": return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}"
    if kind == "priv": return r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}", f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}", f"192.168.{r.randint(0,255)}.{r.randint(1,254)}"])
    if kind == "pub": return f"{r.choice([24, 66, 73, 98, 142, 151, 185, 49])}.{r.randint(1,254)}.{r.randint(0,255)}.{r.randint(1,254)}"
    return f"2001:db8:{r.randint(0,0xffff):x}:{r.randint(0,0xffff):x}::{r.randint(1,0xfff):x}"

# ---------------------------------------------------------------- ids by jurisdiction
def dl(r, st=None):
    st = st or r.choice(["CA", "NY", "TX", "FL", "IL", "WA", "MN", "MA", "NJ", "MI", "PA", "GA", "AZ", "OH", "VA", "CO", "MD", "OR"])
    n = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
    A = lambda: r.choice("ABCDEFGHJKLMNPRSTWY")
    v = {"CA": lambda: A() + n(7), "NY": lambda: f"{n(3)} {n(3)} {n(3)}", "TX": lambda: n(8),
         "FL": lambda: f"{A()}{n(3)}-{n(3)}-{n(2)}-{n(3)}-{n(1)}", "IL": lambda: f"{A()}{n(3)}-{n(4)}-{n(4)}",
         "WA": lambda: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ0123456789") for _ in range(9)),
         "MN": lambda: A() + n(12), "MA": lambda: "S" + n(8), "NJ": lambda: f"{A()}{n(4)} {n(5)} {n(5)}",
         "MI": lambda: f"{A()} {n(3)} {n(3)} {n(3)} {n(3)}", "PA": lambda: f"{n(2)} {n(3)} {n(3)}", "GA": lambda: n(9),
         "AZ": lambda: "D" + n(8), "OH": lambda: A() + A() + n(6), "VA": lambda: A() + n(8), "CO": lambda: f"{n(2)}-{n(3)}-{n(4)}",
         "MD": lambda: f"{A()}-{n(3)}-{n(3)}-{n(3)}-{n(3)}", "OR": lambda: n(7)}[st]()
    return st, v
STATE_NAME = {"CA": "California", "NY": "New York", "TX": "Texas", "FL": "Florida", "IL": "Illinois", "WA": "Washington",
              "MN": "Minnesota", "MA": "Massachusetts", "NJ": "New Jersey", "MI": "Michigan", "PA": "Pennsylvania",
              "GA": "Georgia", "AZ": "Arizona", "OH": "Ohio", "VA": "Virginia", "CO": "Colorado", "MD": "Maryland", "OR": "Oregon"}

def passport(r, country):
    n = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
    A = lambda k=1: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
    return {"US": lambda: r.choice([n(9), "A" + n(8)]), "Somalia": lambda: "P" + n(8), "Ukraine": lambda: A(2) + n(6),
            "Afghanistan": lambda: "P" + n(8), "Guatemala": lambda: n(9), "Haiti": lambda: A(2) + n(7),
            "China": lambda: "E" + n(8), "Korea": lambda: "M" + n(3) + A() + n(4), "Vietnam": lambda: r.choice("BCN") + n(7),
            "Iran": lambda: r.choice("KUX") + n(8), "Ethiopia": lambda: "EP" + n(7), "Samoa": lambda: "PA" + n(5),
            "India": lambda: r.choice("JKLMNPRSTUVWZ") + n(7), "Canada": lambda: A(2) + n(6), "Ireland": lambda: A(2) + n(7),
            "Australia": lambda: r.choice(["PA", "PE", "N"]) + n(7), "New Zealand": lambda: "L" + A() + n(6),
            "United Kingdom": lambda: n(9), "Mexico": lambda: "G" + n(8), "Philippines": lambda: "P" + n(7) + A()}[country]()
def ptype(country): return "US_PASSPORT" if country == "US" else "PASSPORT"
ORIGIN_COUNTRY = {"somali": "Somalia", "ukrainian": "Ukraine", "afghan": "Afghanistan", "guatemalan": "Guatemala",
                  "haitian": "Haiti", "chinese": "China", "korean": "Korea", "vietnamese": "Vietnam", "iranian": "Iran",
                  "ethiopian": "Ethiopia", "samoan": "Samoa", "indian": "India", "irish": "Ireland", "maori": "New Zealand",
                  "quebecois": "Canada", "us": "US", "australian": "Australia", "filipino": "Philippines", "dutch_sa": "United Kingdom"}
PP_LABEL = {"Somalia": "Baasaboor No.", "Ukraine": "Номер паспорта / Passport No.", "Afghanistan": "شماره پاسپورت / Passport No",
            "Guatemala": "No. de pasaporte", "Haiti": "Nimewo paspò", "China": "护照号码 Passport No.", "Korea": "여권번호 Passport No.",
            "Vietnam": "Số hộ chiếu", "Iran": "شماره گذرنامه", "Ethiopia": "የፓስፖርት ቁጥር Passport No.", "Samoa": "Passport Number",
            "India": "Passport No.", "Ireland": "Uimhir Pas / Passport No.", "New Zealand": "Passport number", "Canada": "No de passeport",
            "US": "U.S. Passport No.", "Australia": "Passport No.", "Philippines": "Passport No.", "United Kingdom": "Passport no.",
            "Mexico": "Número de pasaporte"}
def mrn(r): return r.choice([f"MRN{r.randint(10**6, 10**7-1)}", f"{r.randint(10**7, 10**8-1)}", f"NSU-{r.randint(100000, 999999)}", f"E{r.randint(10**6, 10**7-1)}"])
def hpid(r): return r.choice([f"{r.choice(['XJH', 'BCB', 'UHC', 'ZGP'])}{r.randint(10**8, 10**9-1)}", f"W{r.randint(10**8, 10**9-1)}", f"{r.randint(10**9, 10**10-1)}-01", f"MX{r.randint(1000,9999)}-{r.randint(10000,99999)}"])

DIAG = ["type 2 diabetes mellitus", "major depressive disorder", "generalized anxiety disorder", "asthma", "epilepsy",
        "post-traumatic stress disorder", "hypertension", "latent tuberculosis infection", "sickle cell disease", "ADHD",
        "chronic hepatitis B", "iron-deficiency anaemia", "bipolar I disorder", "closed fracture of the left radius",
        "concussion", "opioid use disorder", "HIV infection", "Crohn's disease", "migraine without aura", "rheumatic heart disease",
        "gestational diabetes", "alcohol withdrawal", "hypothyroidism", "autism spectrum disorder", "dyslexia", "COPD"]
MEDS = ["metformin", "sertraline", "albuterol", "levetiracetam", "lisinopril", "isoniazid", "hydroxyurea", "methylphenidate",
        "tenofovir", "ferrous sulfate", "lithium", "buprenorphine", "naloxone", "Biktarvy", "adalimumab", "sumatriptan",
        "levothyroxine", "amlodipine", "fluoxetine", "quetiapine", "ondansetron", "ibuprofen", "rifapentine", "Ventolin", "Suboxone"]

TEMPLATES = []
def T(fmt, n):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fmt, n, fn)); return fn
    return deco

# ================================================================ FORMS / KYC
@T("form", 2)
def housing_application(r, d):
    p = P(r); co = P(r, p.origin); ctry = r.choice(["us", "us", "ca"])
    d("CITY OF HARROW FALLS — HOUSING AUTHORITY\nApplication for Housing Choice Voucher (Form HA-207, rev. 03/2024)\n\n")
    d("Section A. Head of Household\n")
    d("  Last name ........ ", L("PERSON", p.family), "\n  First name ....... ", L("PERSON", p.given), "\n")
    d("  Date of birth .... ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), "\n")
    if ctry == "us":
        d("  Social Security No. ", L("US_SSN", ssn(r)), "\n")
    else:
        d("  SIN (if Canadian resident before move) ", L("CA_SIN", sin(r)), "\n")
    d("  Current address\n    ", L("ADDRESS", addr(r, "us", True).replace("\n", "\n    ")), "\n")
    d("  Daytime phone .... ", L("PHONE", phone(r, "us")), "   Alt: ", L("PHONE", phone(r)), "\n")
    d("  E-mail ........... ", L("EMAIL", p.email()), "\n\n")
    d("Section B. Other household members\n")
    d("  1. ", L("PERSON", co.full), " (spouse)   DOB ", L("DATE_OF_BIRTH", fdate(co.dob, "us")), "\n")
    kid = P(r, p.origin); kid.dob = (r.randint(2012, 2021), r.randint(1, 12), r.randint(1, 28))
    d("  2. ", L("PERSON", kid.given), " ", L("PERSON", p.family), " (child)   DOB ", L("DATE_OF_BIRTH", fdate(kid.dob, "us")), "\n")
    d("\nSection C. Disability / reasonable accommodation (optional)\n")
    if r.random() < .7:
        d("  Household member with a disability: ", L("PERSON", kid.given), " — ", L("DIAGNOSIS", r.choice(["autism spectrum disorder", "cerebral palsy", "sickle cell disease", "epilepsy"])), "; requests ground-floor unit.\n")
    else:
        d("  [ ] Yes   [X] No\n")
    d("\nFor office use: Parcel 27-029-24-41-0112 | Waitlist #HA-", r.randint(20000, 29999), " | Reviewed under 24 CFR § 982.201\n")

@T("form", 2)
def blank_benefit_form(r, d):
    d("SUPPLEMENTAL NUTRITION ASSISTANCE PROGRAM — APPLICATION\nDepartment of Human Services, County of Aldersey\n\n")
    for lbl in ["Applicant Name", "Date Of Birth", "Social Security Number", "Home Address", "Mailing Address (if different)",
                "Phone Number", "Email Address", "Preferred Language", "Do you have a disability? (Y/N)", "Medications (list)"]:
        d(f"{lbl}: ______________________________\n")
    d("\nIf you do not have an SSN, write XXX-XX-XXXX and attach proof of application (Form SS-5).\n")
    d("Penalty warning: 7 U.S.C. § 2015(b). Page 1 of 6   Form DHS-5223-ENG (Rev. ", r.randint(1, 12), "/2023)\n")

@T("form", 3)
def immigration_intake(r, d):
    p = P(r, r.choice(["somali", "afghan", "ukrainian", "guatemalan", "haitian", "ethiopian", "iranian", "vietnamese"]))
    c = ORIGIN_COUNTRY[p.origin]
    d("OKAFOR LINDQVIST & REYES LLP — Immigration Practice Group\nCLIENT INTAKE WORKSHEET (privileged & confidential)\n")
    d("Matter: ", r.choice(["Asylum (I-589)", "TPS re-registration", "Adjustment of status (I-485)", "U visa (I-918)"]), "   File no. 24-IMM-", r.randint(1000, 9999), "\n\n")
    d("Family name(s): ", L("PERSON", p.family), "\nGiven name(s): ", L("PERSON", p.given), "\n")
    d("Other names used: ", r.choice(["none", "—"]), "\n")
    d("Fecha de nacimiento / DOB: ", L("DATE_OF_BIRTH", fdate(p.dob, r.choice(["eu", "long", "iso"]))), "\n")
    d("Country of citizenship: ", c, "\n")
    d(PP_LABEL[c], ": ", L("PASSPORT", passport(r, c)), "  (expired ", fdate(rdate(r, 2019, 2023), "short"), ")\n")
    d("A-Number: A", r.randint(200, 249), "-", r.randint(100, 999), "-", r.randint(100, 999), "   I-94 no. ", r.randint(10**10, 10**11 - 1), "\n")
    d("Current address: ", L("ADDRESS", addr(r, "us")), "\n")
    d("Phone (WhatsApp): ", L("PHONE", phone(r, {"Somalia": "so", "Afghanistan": "af", "Ukraine": "ua", "Guatemala": "gt", "Haiti": "ht", "Ethiopia": "et", "Iran": "ir", "Vietnam": "vn"}[c])), "\n")
    d("Interpreter needed: ", r.choice(["Somali", "Dari", "Ukrainian", "K'iche'", "Haitian Creole", "Amharic", "Farsi", "Vietnamese"]), "\n\n")
    d("Health (relevant to hardship/persecution claim):\n  ")
    if r.random() < .7:
        d("Client reports ", L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "major depressive disorder", "chronic hepatitis B"])),
          ", treated at Hennepin clinic; currently prescribed ", L("MEDICATION", r.choice(["sertraline", "prazosin", "tenofovir", "mirtazapine"])), ".\n")
    else:
        d("No medical issues reported.\n")
    d("Conflict check: cleared ", fdate(rdate(r), "iso"), " (CC-", r.randint(10000, 99999), ")\n")

@T("form", 2)
def intl_student_enrolment(r, d):
    p = P(r, r.choice(["chinese", "korean", "vietnamese", "indian", "iranian", "samoan", "ethiopian"])); c = ORIGIN_COUNTRY[p.origin]
    d("NORTHGATE STATE UNIVERSITY — Office of International Student Services\nI-20 / Enrolment Verification Request\n\n")
    d("Student ID: ", r.randint(1000000, 1999999), "        Program: ", r.choice(["MS Civil Engineering", "BA Public Policy", "PhD Epidemiology", "MSW"]), "\n")
    d("Surname / Family name: ", L("PERSON", p.family.upper()), "\nGiven names: ", L("PERSON", p.given.upper()), "\n")
    d("Birth date: ", L("DATE_OF_BIRTH", fdate(p.dob, "dmy")), "\n")
    d("Country of citizenship: ", c.upper(), "\n")
    d("Passport no.: ", L("PASSPORT", passport(r, c)), "     Visa class: F-1   Visa foil no.: ", r.randint(10**7, 10**8 - 1), "\n")
    d("SEVIS ID: N00", r.randint(10**7, 10**8 - 1), "\n")
    d("US address: ", L("ADDRESS", addr(r, "us")), "\n")
    d("Home-country phone: ", L("PHONE", phone(r, {"China": "cn", "Korea": "kr", "Vietnam": "vn", "India": "in", "Iran": "ir", "Samoa": "ws", "Ethiopia": "et"}[c])), "\n")
    d("University e-mail: ", L("EMAIL", p.email("students.northgate.edu")), "\n")
    d("Emergency contact: ", L("PERSON", P(r, p.origin).full), ", ", L("PHONE", phone(r)), "\n")
    d("\nDSO signature: __________  (Designated School Official)\n")

@T("form", 2)
def india_scholarship(r, d):
    p = P(r, "indian")
    d("GOVERNMENT OF INDIA — POST-MATRIC SCHOLARSHIP (STUDY ABROAD) APPLICATION\nNational Scholarship Portal ref NSP/", r.randint(2024000000, 2024999999), "\n\n")
    d("1. Name of applicant: ", L("PERSON", p.full), "\n2. Father's name: ", L("PERSON", P(r, "indian").given + " " + p.family), "\n")
    d("3. Date of birth (DD-MM-YYYY): ", L("DATE_OF_BIRTH", fdate(p.dob, "eu").replace("/", "-")), "\n")
    d("4. Aadhaar No.: ", L("IN_AADHAAR", aadhaar(r)), "\n")
    d("5. Mobile: ", L("PHONE", phone(r, "in")), "   E-mail: ", L("EMAIL", p.email("yahoo.co.in")), "\n")
    d("6. Permanent address:\n   ", L("ADDRESS", addr_in(r, True).replace("\n", "\n   ")), "\n")
    d("7. Passport No.: ", L("PASSPORT", passport(r, "India")), "\n")
    d("8. Admitting institution: Northgate State University (USA) — I-20 enclosed\n")
    d("9. Annual family income: ₹ 4,80,000   Caste certificate no. SC/", r.randint(10000, 99999), "/2023\n")
    d("Declaration: I certify the above is correct. Place: ", r.choice(["Ludhiana", "Chennai", "Bengaluru"]), "\n")

@T("form", 2)
def ie_council_housing(r, d):
    p = P(r, r.choice(["irish", "ukrainian", "somali", "afghan"]))
    d("Dublin City Council — Social Housing Support Application (Scanned, OCR)\n\n")
    d("PART 1  APPLICANT DETAlLS\nSurname ", L("PERSON", p.family), "   Forename(s) ", L("PERSON", p.given), "\n")
    d("Date of Birth  ", L("DATE_OF_BIRTH", fdate(p.dob, "eu")), "\n")
    if p.origin == "ukrainian":
        d("Nationality  Ukrainian (Temporary Protection, Stamp 4)   Passport No ", L("PASSPORT", passport(r, "Ukraine")), "\n")
    d("Address  ", L("ADDRESS", addr_ie(r)), "\n")
    d("Mobile  ", L("PHONE", phone(r, "ie")), "\n")
    d("\nPART 4  INCOME — bank details for HAP payments\nAccount holder ", L("PERSON", p.full), "\nIBAN ", L("IBAN", iban(r, "IE")), "\nBIC AIBKIE2D\n")
    d("\nPART 7  MEDICAL GROUNDS (attach Form HMG-1)\n")
    d("Applicant's son has ", L("DIAGNOSIS", r.choice(["asthma", "cystic fibrosis", "epilepsy"])), " made worse by damp/mould in current unit.\n")
    d("\n— page 2 of 9 —  HSA-1 (2023)\n")

@T("form", 2)
def parking_permit(r, d):
    p = P(r); st, num = dl(r)
    d("RESIDENTIAL PARKING PERMIT — Zone ", r.choice(["4B", "11", "7C"]), "\nCity of Harrow Falls, Department of Transportation & Public Works\n\n")
    d("Applicant: ", L("PERSON", p.full), "\nResidence address: ", L("ADDRESS", addr_us(r)), "\n")
    d("Driver's licence state: ", st, " (", STATE_NAME[st], ")   Licence #: ", L("DRIVER_LICENSE", num), "\n")
    d("Vehicle: ", r.choice(["2016 Honda Fit", "2019 Toyota RAV4", "2011 Ford Ranger"]), "   Plate ", r.choice(["BHK-", "7TR"]), r.randint(100, 9999), "\n")
    d("Contact: ", L("PHONE", phone(r, "us")), "\n")
    d("Permit no. RPP-2024-", r.randint(10000, 99999), "  Fee $35.00 paid by card ending ", r.randint(1000, 9999), "\n")
    d("Ordinance ref: HFMC § 478.40 (Ord. 2019-11)\n")

@T("form", 2)
def research_consent(r, d):
    p = P(r)
    d("NORTHGATE STATE UNIVERSITY INSTITUTIONAL REVIEW BOARD\nCONSENT TO PARTICIPATE IN RESEARCH — Protocol IRB-2024-0", r.randint(100, 999), "\n")
    d("Study title: Housing instability and asthma control among resettled refugee families\n\n")
    d("Purpose: This study examines whether home visits reduce emergency visits for asthma. About 120 families will take part.\n")
    d("Risks: Questions about mental health may be upsetting. Participants using inhaled corticosteroids will continue their usual care.\n\n")
    d("PARTICIPANT SECTION\nName (print): ", L("PERSON", p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), "\n")
    d("Phone: ", L("PHONE", phone(r)), "\nCurrent diagnosis (self-report): ", L("DIAGNOSIS", r.choice(["asthma", "COPD"])), "\n")
    d("Controller medication: ", L("MEDICATION", r.choice(["fluticasone", "budesonide-formoterol", "Symbicort", "montelukast"])), "\n")
    d("Signature: ", L("PERSON", p.full), "      Date: ", fdate(rdate(r), "us"), "\n")
    d("Person obtaining consent: ", L("PERSON", P(r).full), ", research coordinator\n")

@T("form", 2)
def ca_tenant_application(r, d):
    p = P(r, r.choice(["quebecois", "haitian", "korean", "somali", "ukrainian"]))
    d("RENTAL APPLICATION / DEMANDE DE LOCATION\nLandlord & Tenant Board file TNL-", r.randint(10000, 99999), "-24 (exhibit C)\n\n")
    d("Nom / Name: ", L("PERSON", p.full), "\nDate de naissance / Date of birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "iso")), "\n")
    d("NAS / SIN: ", L("CA_SIN", sin(r)), "\n")
    st = "ON"
    d("Permis de conduire (", st, "): ", L("DRIVER_LICENSE", f"{r.choice('ABCDEFGHKLMNPRST')}{r.randint(1000,9999)}-{r.randint(10000,99999)}-{r.randint(10000,99999)}"), "\n")
    d("Adresse actuelle: ", L("ADDRESS", addr_ca(r)), "\n")
    d("Tél.: ", L("PHONE", phone(r, "ca")), "  Courriel: ", L("EMAIL", p.email("hotmail.ca")), "\n")
    d("Employeur: ", r.choice(["Tim Hortons", "Desjardins", "Loblaw Companies"]), "  Revenu mensuel: 3 200 $\n")
    d("Référence: ", L("PERSON", P(r).full), " ", L("PHONE", phone(r, "ca")), "\n")

@T("form", 2)
def nz_au_rates_rebate(r, d):
    nz = r.random() < .5; p = P(r, r.choice(["maori", "samoan", "australian", "chinese"]))
    if nz:
        d("RATES REBATE APPLICATION 2024/25 — Auckland Council (Rates Rebate Act 1973, s 4)\n\n")
        d("Ingoa / Name: ", L("PERSON", p.full), "\nWāhi noho / Address: ", L("ADDRESS", addr_nz(r)), "\nPhone: ", L("PHONE", phone(r, "nz")), "\n")
    else:
        d("PENSIONER CONCESSION — City of Greater Dandenong (Local Government Act 2020, s 171)\n\n")
        d("Name: ", L("PERSON", p.full), "\nProperty: ", L("ADDRESS", addr_au(r)), "\nPh: ", L("PHONE", phone(r, "au")), "\n")
    d("Date of birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "dmy")), "\n")
    d("Valuation/assessment no. ", r.randint(10**9, 10**10 - 1), "/", r.randint(1, 9), "   Total rates $", r.randint(1800, 4200), ".", r.randint(10, 99), "\n")
    d("Witnessed by: Justice of the Peace (registration on file)\n")

@T("form", 1)
def jury_questionnaire(r, d):
    p = P(r)
    d("SUPERIOR COURT — JUROR QUALIFICATION QUESTIONNAIRE\nJuror badge no. ", r.randint(1000, 9999), "   Term: ", fdate(rdate(r, 2025, 2025), "long"), "\n\n")
    d("1. Full name: ", L("PERSON", p.full), "\n2. Date of birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), "\n")
    d("3. Residence address: ", L("ADDRESS", addr_us(r)), "\n")
    d("4. Do you have a physical or mental condition that would prevent service? ")
    if r.random() < .6:
        d("Yes — ", L("DIAGNOSIS", r.choice(["multiple sclerosis", "severe hearing loss", "bipolar I disorder", "chronic kidney disease"])), "; letter from physician attached.\n")
    else:
        d("No.\n")
    d("5. Have you or a family member been a party to a lawsuit? No\n6. Are you a U.S. citizen? Yes\n")
    d("Excusal requests are governed by Code Civ. Proc. § 204. Do not write your SSN on this form.\n")

@T("form", 2)
def student_accommodation(r, d):
    p = P(r)
    d("Disability Resource Center — Accommodation Letter Request\nNorthgate State University\n\n")
    d("Student: ", L("PERSON", p.full), "   NSU ID ", r.randint(1000000, 1999999), "\nEmail: ", L("EMAIL", p.email("students.northgate.edu")), "\n")
    d("Documented condition(s): ", L("DIAGNOSIS", r.choice(["ADHD", "dyslexia", "generalized anxiety disorder", "type 1 diabetes"])))
    if r.random() < .5:
        d("; ", L("DIAGNOSIS", r.choice(["migraine without aura", "major depressive disorder"])))
    d("\nCurrent medications affecting testing: ", L("MEDICATION", r.choice(["methylphenidate", "Adderall", "insulin glargine", "propranolol"])), "\n")
    d("Approved: 1.5x exam time, reduced-distraction room (Ellison Hall 114), note-taker.\n")
    d("Courses: STAT 2301, HIST 1120, CHEM 1410L\n")

@T("form", 2)
def study_abroad_form(r, d):
    p = P(r, r.choice(["us", "us", "korean", "vietnamese", "maori", "haitian"])); ec = P(r, p.origin)
    d("NSU Learning Abroad Center — Pre-Departure Information Form\nProgram: ", r.choice(["Dublin Law Semester", "Auckland Indigenous Health", "Pune Urban Planning"]), " (LAC-", r.randint(1000, 9999), ")\n\n")
    d("Legal name as on passport: ", L("PERSON", p.full), "\nCitizenship: United States\nU.S. passport number: ", L("US_PASSPORT", passport(r, "US")), "   Expiry: ", fdate(rdate(r, 2027, 2034), "us"), "\n")
    d("Date of birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), "\n")
    d("Health disclosure (shared with on-site staff only with consent): ")
    if r.random() < .6:
        d(L("DIAGNOSIS", r.choice(["type 1 diabetes", "celiac disease", "epilepsy", "panic disorder"])), "; carries ", L("MEDICATION", r.choice(["insulin lispro", "EpiPen", "lamotrigine", "clonazepam"])), ".\n")
    else:
        d("none\n")
    d("Emergency contact: ", L("PERSON", ec.full), " — ", L("PHONE", phone(r, "us")), "\nStudent mobile abroad: ", L("PHONE", phone(r, r.choice(["ie", "nz", "in"]))), "\n")
    d("CISI insurance policy GLB-", r.randint(100000, 999999), " (group policy; no individual member ID)\n")

# ================================================================ CLINICAL
@T("clinical_note", 2)
def ems_run_report(r, d):
    p = P(r); medic = P(r, "us"); age = 2025 - p.dob[0]
    d("HARROW FALLS FIRE & EMS — PATIENT CARE REPORT\nIncident #", f"{r.randint(24,25)}-{r.randint(100000,999999)}", "   Unit M", r.randint(11, 39), "   Disp ", f"{r.randint(0,23):02d}:{r.randint(0,59):02d}", "\n\n")
    d("Pt name: ", L("PERSON", p.lastfirst), "   DOB ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), " (", age, "y)\n")
    d("Pickup: ", L("ADDRESS", addr_us(r)), "\n")
    d("CC: ", r.choice(["fall from bicycle", "difficulty breathing", "unresponsive at bus shelter", "seizure activity"]), "\n")
    d("HPI: Pt found by bystander; per family pt has hx of ", L("DIAGNOSIS", r.choice(["epilepsy", "asthma", "type 2 diabetes mellitus", "opioid use disorder"])),
      " and takes ", L("MEDICATION", r.choice(["levetiracetam", "albuterol", "metformin", "buprenorphine"])), ". ")
    d("Denies chest pain. No hx of ", r.choice(["cardiac disease", "stroke"]), ".\n")
    d("Injuries: ", L("DIAGNOSIS", r.choice(["laceration to the scalp", "closed fracture of the left radius", "concussion", "abrasions to both knees"])), "\n")
    d("Vitals: BP 1", r.randint(10, 59), "/", r.randint(60, 99), "  HR ", r.randint(60, 130), "  SpO2 9", r.randint(0, 9), "%  GCS 1", r.randint(3, 5), "\n")
    d("Tx: ", L("MEDICATION", r.choice(["naloxone", "ondansetron", "midazolam", "oral glucose"])), " administered; O2 via NC 2 L.\n")
    if r.random() < .5:
        d("Billing: Medicare — MBI ", L("US_MBI", mbi(r)), "\n")
    d("Transport to Hennepin Healthcare ED, priority 2. Crew: ", L("PERSON", medic.initial), " (EMT-P #P", r.randint(10000, 99999), ")\n")

@T("clinical_note", 3)
def student_health_visit(r, d):
    p = P(r); doc = P(r)
    d("NSU Student Health Center — Clinic Note\n", "Patient: ", L("PERSON", p.full), "    MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("DOB: ", L("DATE_OF_BIRTH", fdate(p.dob, "iso")), "    Insurance: NSU Student Health Insurance Plan (Aetna Student Health), member ID ", L("HEALTH_PLAN_ID", hpid(r)), "\n")
    d("Visit: ", fdate(rdate(r), "long"), "  Provider: ", L("PERSON", doc.full), ", PA-C\n\n")
    kind = r.randrange(3)
    if kind == 0:
        d("S: 20yo presents w/ sore throat x4d, fever. Roommate recently dx with strep.\nO: T 38.6, tonsillar exudate, rapid strep +.\n")
        d("A: ", L("DIAGNOSIS", "streptococcal pharyngitis"), "\nP: ", L("MEDICATION", "amoxicillin"), " 500 mg PO BID x10d. Return if worse.\n")
    elif kind == 1:
        d("S: Follow-up for ", L("DIAGNOSIS", "latent tuberculosis infection"), " found on pre-enrolment IGRA screen (required of students from high-incidence countries). Tolerating ",
          L("MEDICATION", "rifapentine"), " + ", L("MEDICATION", "isoniazid"), " weekly, dose 6 of 12.\nO: LFTs wnl.\nA/P: continue 3HP. No signs of active TB.\n")
    else:
        d("S: Requests refill. Hx ", L("DIAGNOSIS", "generalized anxiety disorder"), ", well controlled on ", L("MEDICATION", "escitalopram"), ".\n")
        d("Denies SI/HI. PHQ-9 score 6. Not depressed per screen; \"finals week is a nightmare\".\nP: refill x90d, counselling referral offered.\n")
    d("Allergies: ", r.choice(["NKDA", "penicillin (hives)"]), "\nSigned electronically ", fdate(rdate(r), "iso"), "\n")

@T("clinical_note", 2)
def counselling_note(r, d):
    p = P(r); c = P(r)
    d("COUNSELING & PSYCHOLOGICAL SERVICES — PROGRESS NOTE (sensitive, 42 CFR Part 2 not applicable)\n")
    d("Client: ", L("PERSON", p.given), " ", L("PERSON", p.family), "   Session 4 of 8   Clinician: ", L("PERSON", c.full), ", LICSW\n\n")
    d("Client reports improved sleep since starting ", L("MEDICATION", r.choice(["trazodone", "mirtazapine", "hydroxyzine"])), " prescribed by SHC. Continues to meet criteria for ",
      L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "major depressive disorder", "adjustment disorder with anxiety"])), ".\n")
    d("Discussed stressors: visa status, family still in ", r.choice(["Kabul", "Mogadishu", "Kharkiv", "Port-au-Prince", "Tigray"]), ". Client described the semester as \"a slow-motion heart attack\" (figure of speech; no cardiac sx).\n")
    d("Safety: denies SI. Plan: continue CPT; next session ", fdate(rdate(r), "short"), ".\n")

@T("discharge_summary", 3)
def discharge(r, d):
    p = P(r); att = P(r)
    d("REGIONS COMMUNITY HOSPITAL                                   DISCHARGE SUMMARY\n")
    d("Name: ", L("PERSON", p.lastfirst), "      MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "      DOB ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), "\n")
    d("Admitted: ", fdate(rdate(r), "us"), "   Discharged: ", fdate(rdate(r), "us"), "   Attending: ", L("PERSON", att.full), ", MD\n")
    if r.random() < .5:
        d("Payer: Medicare Part A/B   MBI ", L("US_MBI", mbi(r)), "\n")
    else:
        d("Payer: Medica Choice (Medicaid MCO) — Member ID ", L("HEALTH_PLAN_ID", hpid(r)), "  Group 00", r.randint(1000, 9999), "\n")
    d("\nPRINCIPAL DIAGNOSIS\n  ", L("DIAGNOSIS", r.choice(["community-acquired pneumonia", "diabetic ketoacidosis", "alcohol withdrawal", "acute pancreatitis"])), "\n")
    d("SECONDARY DIAGNOSES\n  ", L("DIAGNOSIS", r.choice(["hypertension", "chronic hepatitis B", "iron-deficiency anaemia"])), "\n  ", L("DIAGNOSIS", r.choice(["tobacco use disorder", "hypothyroidism", "obesity"])), "\n")
    d("  Pulmonary embolism — ruled out (CTA negative)\n\n")
    d("HOSPITAL COURSE\nPatient brought in by Harrow Falls EMS from a shelter on Tuskegee Airmen Blvd. Interpreter (", r.choice(["Somali", "Amharic", "Dari", "Mam"]),
      ") used throughout. Treated per protocol; improved.\n\n")
    d("DISCHARGE MEDICATIONS\n  ", L("MEDICATION", r.choice(["amoxicillin-clavulanate", "insulin glargine", "thiamine", "pantoprazole"])), " — as directed\n  ",
      L("MEDICATION", r.choice(["amlodipine", "entecavir", "ferrous sulfate", "levothyroxine"])), " — daily\n")
    d("\nFollow-up: Sabathani Community Center clinic in 1 week.\n\n-- Page 2 of 2 -- Printed ", fdate(rdate(r), "iso"), " ", f"{r.randint(0,23):02d}:{r.randint(0,59):02d}", "\n")

@T("lab_report", 2)
def lab_report(r, d):
    p = P(r)
    d("NORTHGATE CLINICAL LABORATORY   CLIA 24D", r.randint(1000000, 9999999), "\n", "-" * 70, "\n")
    d(f"{'Patient:':<12}", L("PERSON", p.lastfirst), "\n", f"{'DOB:':<12}", L("DATE_OF_BIRTH", fdate(p.dob, "us")), "   Sex: ", "F" if p.female else "M", "\n")
    d(f"{'MRN:':<12}", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Accession: A", r.randint(10**8, 10**9 - 1), "\n")
    d(f"{'Ordering:':<12}", "Student Health Center\n", "-" * 70, "\n")
    kind = r.randrange(3)
    if kind == 0:
        d(f"{'TEST':<28}{'RESULT':<12}{'REF':<14}FLAG\n")
        d(f"{'Measles IgG':<28}{'Positive':<12}{'Positive':<14}\n{'Varicella IgG':<28}{'Negative':<12}{'Positive':<14}L\n{'HBsAg':<28}{'Reactive':<12}{'Nonreactive':<14}A\n")
        d("\nInterpretation: non-immune to varicella; HBsAg reactive — consistent with ", L("DIAGNOSIS", "chronic hepatitis B"), ". Refer to ID clinic.\n")
    elif kind == 1:
        d(f"{'QuantiFERON-TB Gold Plus':<28}{'POSITIVE':<12}\n{'TB1 Ag - Nil':<28}{'0.82 IU/mL':<12}\n")
        d("\nComment: CXR clear — ", L("DIAGNOSIS", "latent tuberculosis infection"), ". Active disease not excluded by this test alone.\n")
    else:
        d(f"{'HbA1c':<28}{'8.9 %':<12}{'4.0-5.6':<14}H\n{'Glucose, fasting':<28}{'182 mg/dL':<12}{'70-99':<14}H\n{'Creatinine':<28}{'0.9 mg/dL':<12}{'0.6-1.2':<14}\n")
        d("\nHistory: ", L("DIAGNOSIS", "type 2 diabetes mellitus"), " on ", L("MEDICATION", "metformin"), ".\n")
    d("Reference ranges per CLSI EP28-A3c. Report v2.4.1.7 — page 1/1\n")

@T("lab_report", 2)
def vaccination_record(r, d):
    p = P(r, r.choice(["samoan", "somali", "afghan", "ukrainian", "guatemalan", "korean"]))
    d("IMMUNIZATION RECORD — Student Health Compliance (NSU Policy 5.12)\n\nStudent: ", L("PERSON", p.full), "\nDate of Birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "iso")), "\n")
    d("Source: ", r.choice(["MIIC registry", "WHO yellow card (translated)", "IOM pre-departure record"]), "\n\n")
    d(f"{'Vaccine':<18}{'Dose':<6}{'Date':<12}Lot\n")
    for v in ["MMR", "MMR", "Tdap", "MenACWY", "Hep B", "COVID-19"]:
        d(f"{v:<18}{r.randint(1,3):<6}{fdate(rdate(r, 2005, 2024), 'iso'):<12}{r.choice('ABCDEFK')}{r.randint(1000,9999)}\n")
    d("\nStatus: ", r.choice(["COMPLIANT", "HOLD — TB screening pending"]), "\n")

@T("hl7", 2)
def hl7_adt(r, d):
    p = P(r); nk = P(r, p.origin); sep = r.choice(["\r", "\n"])
    ts = f"2025{r.randint(1,12):02d}{r.randint(1,28):02d}{r.randint(0,23):02d}{r.randint(0,59):02d}"
    d("MSH|^~\\&|EPIC|REGIONS|CITYEMS|HFFD|", ts, "||ADT^A04|MSG", r.randint(10**6, 10**7), "|P|2.5.1", sep)
    d("EVN|A04|", ts, sep)
    a = addr_us(r); street, rest = a.split(", ", 1); city, stz = rest.rsplit(", ", 1); stc, z = stz.split(" ")
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", str(r.randint(10**7, 10**8 - 1))), "^^^REGIONS^MR||", L("PERSON", p.hl7), "||", L("DATE_OF_BIRTH", fdate(p.dob, "hl7")), "|",
      "F" if p.female else "M", "|||", L("ADDRESS", f"{street}^^{city}^{stc}^{z}"), "^USA||", L("PHONE", phone(r, "us")), "|||||", sep)
    d("NK1|1|", L("PERSON", nk.hl7), "|SPO^Spouse|||", L("PHONE", phone(r)), sep)
    d("PV1|1|E|ED^12^A||||", r.randint(1000000000, 1999999999), "^", L("PERSON", P(r).hl7), "^^^^MD", sep)
    code, dx = r.choice([("J45.901", "Asthma with acute exacerbation"), ("E11.65", "Type 2 diabetes with hyperglycemia"), ("F43.10", "Post-traumatic stress disorder"), ("S52.501A", "Fracture of lower end of right radius")])
    d("DG1|1||", code, "^", L("DIAGNOSIS", dx), "^I10||", ts, "|A", sep)
    d("IN1|1|MCD01|", r.randint(10000, 99999), "|MN MEDICAL ASSISTANCE||||||||||||", L("PERSON", p.hl7), "|01|", L("DATE_OF_BIRTH", fdate(p.dob, "hl7")), "||||||||||||||||||", L("HEALTH_PLAN_ID", hpid(r)), sep)

@T("hl7", 2)
def hl7_vxu(r, d):
    p = P(r); sep = "\r"
    d("MSH|^~\\&|NSUSHC|NSU|MIIC|MDH|2024", f"{r.randint(1,12):02d}{r.randint(1,28):02d}", "||VXU^V04^VXU_V04|", r.randint(10**5, 10**6), "|P|2.5.1|||ER|AL", sep)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", f"NSU-{r.randint(100000,999999)}"), "^^^NSUSHC^MR||", L("PERSON", f"{p.family.upper()}^{p.given.upper()}^^^^^L"), "||",
      L("DATE_OF_BIRTH", fdate(p.dob, "hl7")), "|", "F" if p.female else "M", sep)
    d("ORC|RE||", r.randint(10**6, 10**7), "^NSUSHC", sep)
    d("RXA|0|1|2024", f"{r.randint(1,12):02d}{r.randint(1,28):02d}", "||", r.choice(["03^MMR^CVX", "115^Tdap^CVX", "208^COVID-19 mRNA^CVX"]), "|0.5|mL^^UCUM||00^New record^NIP001|||||||", r.choice("ABCDK"), r.randint(1000, 9999), "||MSD^Merck^MVX", sep)
    d("OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V01^Not VFC eligible^HL70064||||||F", sep)

@T("fhir_json", 2)
def fhir_bundle(r, d):
    p = P(r); pid = f"pt-{r.randint(1000,9999)}"
    a = addr(r, "us"); street = a.split(", ")[0]
    res = [{"resource": {"resourceType": "Patient", "id": pid,
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4411.2", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
             "name": [{"family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
             "telecom": [{"system": "phone", "value": L("PHONE", phone(r))}, {"system": "email", "value": L("EMAIL", p.email())}],
             "birthDate": L("DATE_OF_BIRTH", fdate(p.dob, "iso")),
             "address": [{"line": [L("ADDRESS", street)], "city": "Harrow Falls", "state": "MN", "postalCode": "554" + str(r.randint(10, 99))}],
             "communication": [{"language": {"text": r.choice(["Somali", "Ukrainian", "Pashto", "Kʼicheʼ", "Samoan"])}}]}},
           {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
             "code": {"coding": [{"system": "http://snomed.info/sct", "code": str(r.randint(10**7, 10**9))}], "text": L("DIAGNOSIS", r.choice(DIAG))},
             "subject": {"reference": f"Patient/{pid}"}}},
           {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
             "code": {"text": r.choice(["Pulmonary tuberculosis", "Measles", "Appendicitis"])}, "subject": {"reference": f"Patient/{pid}"}}},
           {"resource": {"resourceType": "MedicationStatement", "status": "active",
             "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(MEDS))}, "subject": {"reference": f"Patient/{pid}"}}}]
    if r.random() < .6:
        res.append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", hpid(r)),
                                 "payor": [{"display": r.choice(["Blue Cross Blue Shield of Minnesota", "HealthPartners", "Aetna Student Health"])}],
                                 "class": [{"type": {"text": "group"}, "value": f"GRP{r.randint(10000, 99999)}"}]}})
    emit(d, {"resourceType": "Bundle", "type": "collection", "meta": {"lastUpdated": f"2025-0{r.randint(1,9)}-1{r.randint(0,9)}T08:1{r.randint(0,9)}:00Z"}, "entry": res})

@T("fhir_json", 1)
def fhir_valueset(r, d):
    emit(d, {"resourceType": "ValueSet", "id": "city-ems-chief-complaints", "version": "3.1.0.12", "status": "active",
             "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [
                 {"code": "195967001", "display": "Asthma"}, {"code": "84757009", "display": "Epilepsy"},
                 {"code": "44054006", "display": "Diabetes mellitus type 2"}, {"code": "47505003", "display": "Posttraumatic stress disorder"},
                 {"code": "5602001", "display": "Opioid abuse"}]}]}})

# ================================================================ STRUCTURED
@T("csv", 2)
def payroll_csv(r, d):
    d("# City of Harrow Falls payroll export — pay period ending ", fdate(rdate(r), "iso"), " — CONFIDENTIAL\n")
    row(d, ["emp_no", "last_name", "first_name", "dept", "ssn", "dob", "home_address", "direct_deposit_acct", "gross"])
    for _ in range(r.randint(4, 6)):
        p = P(r)
        row(d, [f"E{r.randint(10000,99999)}", L("PERSON", p.family), L("PERSON", p.given), r.choice(["Parks & Rec", "311 Ops", "Fire", "Library", "Public Works"]),
                L("US_SSN", ssn(r)), L("DATE_OF_BIRTH", fdate(p.dob, "iso")), L("ADDRESS", addr_us(r)), f"****{r.randint(1000,9999)}", f"{r.randint(1800,5200)}.{r.randint(10,99)}"])

@T("tsv", 2)
def pension_tsv(r, d):
    row(d, ["member_id", "name", "birth_date", "retire_date", "beneficiary", "beneficiary_phone", "monthly_benefit", "bank_iban"], "\t")
    for _ in range(r.randint(3, 5)):
        p = P(r, r.choice(["irish", "ukrainian", "somali", "indian", "chinese"])); b = P(r, p.origin)
        row(d, [f"PEN-{r.randint(100000,999999)}", L("PERSON", p.full), L("DATE_OF_BIRTH", fdate(p.dob, "eu")), fdate(rdate(r, 2010, 2024), "eu"),
                L("PERSON", b.full), L("PHONE", phone(r, r.choice(["ie", "ua", "in"]))), f"€{r.randint(900,3100)}", L("IBAN", iban(r, r.choice(["IE", "IE", "DE", "PL", "UA"]), spaced=False))], "\t")

@T("csv", 1)
def voter_list(r, d):
    d("# Harrow Falls Registered Voter File — Ward ", r.randint(1, 13), " Precinct ", r.randint(1, 9), "  (public list per Minn. Stat. § 201.091)\n")
    row(d, ["VoterID", "LastName", "FirstName", "MiddleName", "ResidenceStreet", "City", "Zip", "BirthYear", "Phone", "PartyBallot2024"])
    for _ in range(r.randint(5, 7)):
        p = P(r)
        a = f"{r.randint(100,4999)} {r.choice(US_STREETS)}"
        row(d, [f"{r.randint(10**9, 10**10 - 1)}", L("PERSON", p.family.upper()), L("PERSON", p.given.upper()), r.choice(["", "A", "MARIE", "J"]), L("ADDRESS", a),
                "HARROW FALLS", f"554{r.randint(10,99)}", p.dob[0], L("PHONE", phone(r, "us")) if r.random() < .5 else "", r.choice(["DFL", "R", ""])])

@T("tsv", 2)
def jury_pool_tsv(r, d):
    row(d, ["Panel", "Juror#", "Name", "Residence", "Occupation", "Excused", "Reason"], "\t")
    for i in range(r.randint(4, 6)):
        p = P(r); ex = r.random() < .4
        reason = L("DIAGNOSIS", r.choice(["chemotherapy for breast cancer", "multiple sclerosis", "severe hearing loss"])) if ex and r.random() < .6 else ("sole caregiver" if ex else "")
        row(d, [f"P{r.randint(1,4)}", f"{r.randint(100,999)}", L("PERSON", p.lastfirst), L("ADDRESS", addr_us(r)), r.choice(["teacher", "bus operator", "nurse", "retired", "student"]),
                "Y" if ex else "N", reason], "\t")

@T("csv", 2)
def utility_billing(r, d):
    row(d, ["account", "service_address", "customer", "email", "phone", "kwh", "water_ccf", "amount_due", "autopay_card", "status"])
    for _ in range(r.randint(4, 6)):
        p = P(r); autopay = r.random()
        c = L("CREDIT_CARD", card(r)) if autopay < .3 else (f"XXXX-XXXX-XXXX-{r.randint(1000,9999)}" if autopay < .7 else "")
        row(d, [f"{r.randint(100000,999999)}-{r.randint(10,99)}", L("ADDRESS", addr_us(r)), L("PERSON", p.full), L("EMAIL", p.email()), L("PHONE", phone(r, "us")),
                r.randint(200, 1400), r.randint(2, 14), f"{r.randint(40,400)}.{r.randint(10,99)}", c, r.choice(["current", "30 days", "shutoff notice"])])

@T("csv", 2)
def parcel_export(r, d):
    d("# Assessor parcel roll extract (no owner data) generated by GIS v10.8.2.1\n")
    row(d, ["parcel_id", "site_street", "land_use", "zoning", "assessed_value", "permit_ids", "last_sale"])
    for _ in range(r.randint(5, 8)):
        row(d, [f"{r.randint(10,35):02d}-{r.randint(10,35):03d}-{r.randint(10,35)}-{r.randint(10,44)}-{r.randint(1,999):04d}",
                r.choice(["Martin Luther King Jr Blvd", "Cesar Chavez Ave", "Harriet Tubman Way", "Roosevelt St", "Hiawatha Ave"]),
                r.choice(["R1", "C2", "I1", "OS"]), r.choice(["R2B", "C1", "OR3"]), r.randint(90000, 900000),
                f"BLD{r.randint(2019,2025)}-{r.randint(10000,99999)};ELEC-{r.randint(100000,999999)}", fdate(rdate(r, 1998, 2024), "iso")])

@T("csv", 2)
def participant_sheet(r, d):
    d("study_id,participant_name,dob,phone,email,country_of_birth,dx_primary,controller_med,consent_version\n")
    for _ in range(r.randint(4, 6)):
        p = P(r, r.choice(["somali", "afghan", "ethiopian", "guatemalan", "haitian", "vietnamese", "samoan"]))
        withdrawn = r.random() < .2
        if withdrawn:
            row(d, [f"HA-{r.randint(100,999)}", "[WITHDRAWN — data destroyed]", "", "", "", "", "", "", "v3"])
            continue
        row(d, [f"HA-{r.randint(100,999)}", L("PERSON", p.full), L("DATE_OF_BIRTH", fdate(p.dob, "us")), L("PHONE", phone(r)), L("EMAIL", p.email()),
                ORIGIN_COUNTRY[p.origin], L("DIAGNOSIS", r.choice(["asthma", "asthma", "COPD", "reactive airway disease"])),
                L("MEDICATION", r.choice(["Symbicort", "fluticasone", "montelukast", "budesonide"])), "v3"])

@T("ndjson", 2)
def alumni_crm(r, d):
    for _ in range(r.randint(3, 5)):
        p = P(r); kind = r.random()
        rec = {"constituent_id": f"A{r.randint(10**6, 10**7)}", "name": L("PERSON", p.full), "class_year": r.randint(1975, 2022),
               "email": L("EMAIL", p.email()), "phone": L("PHONE", phone(r)) if kind < .7 else None,
               "mailing": L("ADDRESS", addr(r)) if kind < .5 else None,
               "last_gift": {"amount": r.randint(25, 5000), "fund": r.choice(["Hubert H. Humphrey Scholarship", "Gates Library Endowment", "Annual Fund"])},
               "notes": M("Spoke w/ ", L("PERSON", p.given), " at ", r.choice(["homecoming", "Toronto reception", "Dublin alumni night"]), "; interested in ", r.choice(["planned giving", "mentoring", "Roosevelt Hall naming"]), ".")}
        if r.random() < .3:
            rec["birth_date"] = L("DATE_OF_BIRTH", fdate(p.dob, "iso"))
        emit(d, rec, compact=True); d("\n")

@T("json", 2)
def requests_311(r, d):
    out = []
    for _ in range(r.randint(2, 4)):
        p = P(r); anon = r.random() < .35
        out.append({"service_request_id": f"SR-{r.randint(2024,2025)}-{r.randint(100000,999999)}", "service_name": r.choice(["Pothole", "Graffiti", "Missed Recycling", "Illegal Dumping", "Streetlight Out"]),
                    "status": r.choice(["open", "closed", "duplicate"]),
                    "address": L("ADDRESS", addr_us(r, city=("Harrow Falls", "MN", "554"))) if r.random() < .5 else f"{r.choice(['Harriet Tubman Way', 'Nokomis Pkwy'])} & {r.choice(['E 38th St', 'Cedar Ave'])}",
                    "lat": round(44.9 + r.random() / 10, 6), "long": round(-93.3 + r.random() / 10, 6),
                    "reporter": None if anon else {"name": L("PERSON", p.full), "phone": L("PHONE", phone(r, "us")), "email": L("EMAIL", p.email())},
                    "description": M("Reported via app v4.12.0.3 near ", r.choice(["Powderhorn Park", "Lake Nokomis", "Theodore Wirth Park"]), ".")})
    emit(d, {"source": "Open311 GeoReport v2", "requests": out}, ind=r.choice([2, 4]))

@T("json", 2)
def immigration_case_json(r, d):
    p = P(r, r.choice(["somali", "afghan", "ukrainian", "haitian", "guatemalan", "iranian", "ethiopian"])); c = ORIGIN_COUNTRY[p.origin]
    kids = []
    for _ in range(r.randint(0, 2)):
        k = P(r, p.origin); k.dob = (r.randint(2010, 2022), r.randint(1, 12), r.randint(1, 28))
        usb = r.random() < .5
        kids.append({"name": L("PERSON", f"{k.given} {p.family}"), "dob": L("DATE_OF_BIRTH", fdate(k.dob, "iso")), "birth_country": "US" if usb else c,
                     "passport": {"country": "USA" if usb else c, "number": L(ptype("US" if usb else c), passport(r, "US" if usb else c))}})
    emit(d, {"matter": f"24-IMM-{r.randint(1000,9999)}", "practice": "immigration", "client": {
        "family_name": L("PERSON", p.family), "given_names": L("PERSON", p.given), "date_of_birth": L("DATE_OF_BIRTH", fdate(p.dob, "iso")),
        "citizenship": c, "travel_document": {"type": "passport", "issuing_country": c, "number": L("PASSPORT", passport(r, c)), "expiry": fdate(rdate(r, 2026, 2031), "iso")},
        "a_number": f"A{r.randint(200000000, 249999999)}", "receipt_numbers": [f"IOE{r.randint(10**9, 10**10 - 1)}", f"MSC{r.randint(10**9, 10**10 - 1)}"],
        "contact": {"phone": L("PHONE", phone(r, "us")), "email": L("EMAIL", p.email())}},
        "derivatives": kids, "court": {"docket": f"A{r.randint(200,249)}-{r.randint(100,999)}-{r.randint(100,999)}", "statute": "INA § 208(b)(1)(A)"}})

@T("yaml", 2)
def student_record_yaml(r, d):
    p = P(r); a = addr(r, r.choice(["us", "ca", "nz"]), True)
    d("# Registrar export — FERPA protected\nstudent:\n  nsu_id: \"", r.randint(1000000, 1999999), "\"\n  legal_name: ", L("PERSON", p.full), "\n")
    d("  preferred_name: ", L("PERSON", p.given), "\n  birth_date: ", L("DATE_OF_BIRTH", fdate(p.dob, "iso")), "\n")
    d("  email: ", L("EMAIL", p.email("students.northgate.edu")), "\n  home_address: |\n    ", L("ADDRESS", a.replace("\n", "\n    ")), "\n")
    d("  ssn_last4: \"", r.randint(1000, 9999), "\"\n")
    d("  holds:\n    - type: immunization\n      note: varicella titer pending\n")
    d("transcript:\n")
    for _ in range(4):
        d(f"  - {{term: {r.choice(['FA23','SP24','FA24'])}, course: {r.choice(['POLS','CHEM','ECON','MATH','SOWK'])} {r.randint(1000,4999)}, credits: {r.randint(1,4)}, grade: {r.choice(['A','A-','B+','B','C','W'])}}}\n")
    d("advisor: ", L("PERSON", P(r).full), "\n")

@T("yaml", 2)
def yaml_config_neg(r, d):
    d("# k8s values for records-portal (FOIA request tracker)\nimage:\n  repository: registry.cityofharrowfalls.internal/records-portal\n  tag: \"", f"{r.randint(1,4)}.{r.randint(0,20)}.{r.randint(0,9)}.{r.randint(100,999)}", "\"\n")
    d("service:\n  port: 8443\n  bindAddress: 0.0.0.0\nprobes:\n  liveness: http://127.0.0.1:8443/healthz\n")
    d("snmp:\n  sysObjectID: 1.3.6.1.4.1.", r.randint(1000, 60000), ".2.1\n")
    d("retention:\n  foia_requests_days: 2555   # Minn. Stat. § 13.03 subd. 3\n  redaction_marker: \"[REDACTED]\"\n")
    d("contacts:\n  owner: records-team\n  oncall: \"See PagerDuty schedule PD-", r.randint(1000, 9999), "\"\n")

@T("csv", 2)
def course_catalogue(r, d):
    row(d, ["course_code", "title", "instructor", "room", "crn", "credits", "days"])
    for _ in range(r.randint(6, 9)):
        row(d, [f"{r.choice(['HIST','NURS','PUBH','LAW','CSCI'])} {r.randint(1000,8999)}", r.choice(["Civil Rights & the Courts", "Epidemiology of Diabetes", "Refugee Health", "Constitutional Law I", "Data Structures"]),
                "Staff", f"{r.choice(['Tubman Hall','Nolte Center','Ellison Hall'])} {r.randint(100,450)}", f"{r.randint(10000,99999)}", r.randint(1, 4), r.choice(["MWF", "TTh", "W"])])

@T("ndjson", 2)
def permits_ndjson(r, d):
    for _ in range(r.randint(3, 5)):
        p = P(r); pub = r.random() < .5
        rec = {"permit": f"{r.choice(['BLD','ROW','SPC','FOOD'])}-{r.randint(2023,2025)}-{r.randint(1000,99999):05d}", "type": r.choice(["Block party", "Sidewalk café", "Deck", "Food truck"]),
               "site": r.choice(["Frederick Douglass Park", "Ole Bull Plaza", "Sibley Ave & 5th St"]) if pub else L("ADDRESS", addr_us(r)),
               "applicant": r.choice(["Wells Fargo", "Kowalski's Markets", "Dunkin'"]) if pub else L("PERSON", p.full),
               "contact_email": "permits@cityofharrowfalls.gov" if pub else L("EMAIL", p.email()), "fee": r.randint(25, 900), "issued": f"2025-0{r.randint(1,9)}-{r.randint(10,28)}T{r.randint(10,23)}:00:00Z"}
        if pub:
            rec["contact_email"] = L("EMAIL", "permits@cityofharrowfalls.gov")
        emit(d, rec, compact=True); d("\n")

@T("tsv", 2)
def uk_ie_payroll(r, d):
    d("# Okafor Lindqvist & Reyes — London office payroll (BACS file prep)\n")
    row(d, ["staff_ref", "surname", "forename", "ni_number", "sort_code_account", "nhs_no_for_occ_health", "tax_code"], "\t")
    for _ in range(r.randint(3, 5)):
        p = P(r, r.choice(["irish", "indian", "somali", "chinese", "dutch_sa", "iranian"]))
        sc = f"{r.randint(10,99)}-{r.randint(10,99)}-{r.randint(10,99)} {r.randint(10**7, 10**8 - 1)}"
        row(d, [f"LDN{r.randint(100,999)}", L("PERSON", p.family), L("PERSON", p.given), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), L("UK_BANK_ACCOUNT", sc),
                L("UK_NHS_NUMBER", nhs(r)) if r.random() < .5 else "", r.choice(["1257L", "BR", "0T", "K475"])], "\t")

@T("csv", 2)
def traffic_citations_csv(r, d):
    row(d, ["citation_no", "issued", "statute", "defendant_last", "defendant_first", "dl_state", "dl_number", "dob", "plate", "court_date"])
    for _ in range(r.randint(4, 6)):
        p = P(r); st, num = dl(r); noid = r.random() < .2
        row(d, [f"HF{r.randint(10**7, 10**8 - 1)}", fdate(rdate(r), "iso"), r.choice(["169.14 subd. 2", "169.791", "169.06 subd. 5", "171.24"]), L("PERSON", p.family.upper()), L("PERSON", p.given.upper()),
                "" if noid else st, "NONE PRESENTED" if noid else L("DRIVER_LICENSE", num), L("DATE_OF_BIRTH", fdate(p.dob, "us")), f"{r.choice(['MN','WI','IA'])} {r.choice('ABCDEFGH')}{r.choice('KLMNPR')}{r.choice('STUVWX')}{r.randint(100,999)}", fdate(rdate(r, 2025, 2025), "iso")])

# ================================================================ LOGS
def ts(r, y=2025):
    return f"{y}-{r.randint(1,12):02d}-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"

@T("log", 2)
def library_log(r, d):
    for _ in range(r.randint(5, 8)):
        p = P(r); ev = r.random()
        d(ts(r), "Z alma.circ INFO ")
        if ev < .4:
            d("checkout patron_barcode=", nl(r, 13, "2"), " patron=\"", L("PERSON", p.lastfirst), "\" item=", nl(r, 13, "3"), " call_no=\"RC552.P67 ", r.choice(["H47", "T73"]), " 2019\" due=2025-0", r.randint(1, 9), "-15\n")
        elif ev < .6:
            d("notice.sent channel=email to=", L("EMAIL", p.email()), " template=overdue_v2 items=", r.randint(1, 4), "\n")
        elif ev < .8:
            d("proxy.auth ok user=", L("EMAIL", p.email("northgate.edu")), " src_ip=", L("IP_ADDRESS", ip(r)), " db=\"PsycINFO\"\n")
        else:
            d("ill.request id=ILL", r.randint(100000, 999999), " title=\"Sickle cell disease: a reader\" oclc=", r.randint(10**7, 10**9), " status=shipped\n")

@T("log", 2)
def helpdesk_auth_log(r, d):
    for _ in range(r.randint(5, 8)):
        p = P(r); u = p.email("northgate.edu").split("@")[0]
        ev = r.choice(["login_success", "login_failure", "mfa_reset", "password_change", "account_locked"])
        d(ts(r), " level=", "warn" if ev in ("login_failure", "account_locked") else "info", " svc=nsu-sso event=", ev, " user=", L("EMAIL", f"{u}@northgate.edu"),
          " ip=", L("IP_ADDRESS", ip(r)), " ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"")
        if ev == "mfa_reset":
            d(" verified_by=helpdesk agent=", L("PERSON", P(r).initial), " new_phone=", L("PHONE", phone(r)))
        d(" session=", f"{r.getrandbits(64):016x}", "\n")

@T("log", 3)
def card_access_log(r, d):
    d("# C-CURE 9000 export  building=", r.choice(["Tubman Hall", "Roosevelt Rec Center", "Mayo Memorial Building"]), "  fw 2.90.1.44\n")
    for _ in range(r.randint(5, 8)):
        p = P(r); ok = r.random() < .8
        d(ts(r), " | reader RDR-", r.randint(100, 140), " | ", "GRANTED" if ok else "DENIED ", " | card ", r.randint(100000, 999999), " | ", L("PERSON", p.lastfirst), " | ", r.choice(["Student", "Staff", "Contractor"]), "\n")
    d(ts(r), " | reader RDR-101 | DENIED  | card 000000 | <unknown> | -\n")

@T("log", 2)
def efiling_access(r, d):
    for _ in range(r.randint(5, 7)):
        src = ip(r); path = r.choice(["/api/v2/cases/27-CV-24-", "/docket/62-FA-25-", "/documents/27-CR-23-"]) + str(r.randint(1000, 9999))
        d(L("IP_ADDRESS", src), " - ", r.choice(["-", "attorney:" + str(r.randint(100000, 999999))]), " [", r.randint(1, 28), "/Mar/2025:", f"{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}", " -0500] \"GET ", path, " HTTP/1.1\" ", r.choice([200, 200, 304, 403]), " ", r.randint(300, 90000), " \"-\" \"eFileMN/5.3.0.117\"\n")

@T("log", 2)
def app_log_neg(r, d):
    for _ in range(r.randint(6, 9)):
        k = r.randrange(6)
        d(ts(r), " ", r.choice(["INFO", "DEBUG", "WARN"]), " ")
        d(["records-portal build=%s deployed version=%d.%d.%d.%d" % (f"{r.getrandbits(28):07x}", r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), r.randint(100, 999)),
           "snmp poll oid=1.3.6.1.2.1.%d.%d.0 value=%d" % (r.randint(1, 30), r.randint(1, 9), r.randint(0, 10**6)),
           "redaction job FOIA-2025-%04d completed pages=%d exemptions=\"13.43 subd. 1; 13.82 subd. 7\"" % (r.randint(1, 9999), r.randint(2, 400)),
           "bind 0.0.0.0:8443 ok; upstream 127.0.0.1:5432",
           "order ORD-%d shipped tracking=1Z%s" % (r.randint(10**6, 10**7), "".join(r.choice("0123456789ABCDEFX") for _ in range(16))),
           "cron epoch=%d next=%s" % (r.randint(1700000000, 1760000000), ts(r))][k], "\n")

@T("log", 2)
def firewall_syslog(r, d):
    for _ in range(r.randint(5, 8)):
        d(f"Mar {r.randint(1,28):2d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} fw-cityhall-01 kernel: ", r.choice(["DROP", "ACCEPT"]), " IN=eth0 SRC=", L("IP_ADDRESS", ip(r)),
          " DST=", L("IP_ADDRESS", ip(r, "priv")), " PROTO=TCP SPT=", r.randint(1024, 65535), " DPT=", r.choice([22, 443, 3389, 445]), "\n")

@T("log", 2)
def efiling_audit(r, d):
    for _ in range(r.randint(4, 6)):
        a = P(r); c = P(r)
        d("ts=", ts(r), " actor=", L("EMAIL", a.email("okl-law.com")), " action=", r.choice(["file", "serve", "seal_request"]), " case=\"27-CV-25-", r.randint(1000, 9999),
          "\" doc=\"", r.choice(["Affidavit of ", "Declaration of ", "Motion to Quash - "]), L("PERSON", c.full), "\" served_to=", L("EMAIL", P(r).email("hennepin.us")), " client_ip=", L("IP_ADDRESS", ip(r)), "\n")

@T("log", 2)
def pharmacy_log(r, d):
    d("NSU SHC PHARMACY — DISPENSE JOURNAL ", fdate(rdate(r), "iso"), "\n")
    for _ in range(r.randint(4, 6)):
        p = P(r)
        d(f"{r.randint(8,17):02d}:{r.randint(0,59):02d} RX#{r.randint(10**6, 10**7)} ", L("PERSON", p.lastfirst.upper()), " MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), " ",
          L("MEDICATION", r.choice(MEDS).upper()), f" {r.choice(['10MG','500MG','90MCG/ACT','0.5MG'])} QTY {r.randint(10,90)} NDC {r.randint(10000,99999)}-{r.randint(100,999)}-{r.randint(10,99)} RPH ", r.choice("ABCDKM"), r.choice("ABCDKM"), "\n")

@T("log", 2)
def cad_dispatch(r, d):
    for _ in range(r.randint(4, 6)):
        ev = r.random()
        d(f"{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} CAD#{r.randint(25000000,25999999)} ")
        if ev < .5:
            p = P(r)
            d("CALLER ", L("PERSON", p.full.upper()), " CB ", L("PHONE", phone(r, "us")), " LOC ", L("ADDRESS", addr_us(r).upper()), " NATURE ", r.choice(["DOMESTIC", "MEDICAL-FALL", "THEFT FROM AUTO", "WELFARE CHECK"]), "\n")
        elif ev < .65:
            p = P(r); st, num = dl(r)
            d("QUERY DL/", st, " ", L("DRIVER_LICENSE", num), " RETURN: SUBJ ", L("PERSON", p.lastfirst.upper()), " DOB ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), " STATUS ", r.choice(["VALID", "SUSPENDED"]), "\n")
        elif ev < .8:
            d("UNIT ", r.choice(["412", "M23", "E7", "L1"]), " ENRT / ONSCN   LOC ", r.choice(["MLK PARK", "LAKE ST & HIAWATHA AVE", "ROOSEVELT HS"]), "\n")
        else:
            d("RP REQUESTS ANON. NO CALLBACK. 10-8\n")

@T("log", 2)
def mail_log(r, d):
    for _ in range(r.randint(4, 6)):
        a = P(r); b = P(r)
        d(f"Apr {r.randint(1,28):2d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} mx2 postfix/smtp[{r.randint(1000,99999)}]: {r.getrandbits(40):010X}: to=<", L("EMAIL", b.email()), ">, relay=",
          r.choice(["gmail-smtp-in.l.google.com", "eur.olc.protection.outlook.com"]), "[", L("IP_ADDRESS", ip(r, "doc")), "]:25, status=sent\n")
        d(f"Apr {r.randint(1,28):2d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} mx2 postfix/qmgr: from=<", L("EMAIL", a.email("okl-law.com")), ">, size=", r.randint(2000, 900000), ", nrcpt=1\n")

# ================================================================ EMAIL / CHAT / TICKET
@T("email", 2)
def lawyer_client_email(r, d):
    law = P(r); cl = P(r, r.choice(["somali", "haitian", "korean", "ukrainian", "iranian", "guatemalan", "us"]))
    d("From: ", L("PERSON", law.full), " <", L("EMAIL", law.email("okl-law.com")), ">\nTo: ", L("EMAIL", cl.email()), "\n")
    d("Subject: RE: ", r.choice(["your eviction hearing", "custody mediation next week", "settlement offer from the City"]), " — PRIVILEGED & CONFIDENTIAL ATTORNEY-CLIENT COMMUNICATION\n")
    d("Date: ", r.choice(["Mon", "Tue", "Thu"]), ", ", r.randint(1, 28), " Apr 2025 ", f"{r.randint(8,18):02d}:{r.randint(0,59):02d}", " -0500\n\n")
    d("Dear ", L("PERSON", cl.given), ",\n\n")
    d("Thank you for sending the hospital records. The discharge papers confirm the ", L("DIAGNOSIS", r.choice(["fractured wrist", "concussion", "orbital fracture"])),
      " you suffered at the ", r.choice(["Lake Street", "Harriet Tubman Way"]), " stop, which strengthens the excessive-force claim under 42 U.S.C. § 1983. ")
    d("Please keep taking the ", L("MEDICATION", r.choice(["gabapentin", "ibuprofen", "cyclobenzaprine"])), " as prescribed and keep receipts.\n\n")
    d("The City Attorney has offered $", r.randint(15, 95), ",000. Per Graham v. Connor, 490 U.S. 386 (1989), the standard is objective reasonableness; I think we can do better.\n\n")
    d("Call me on my direct line ", L("PHONE", phone(r, "us")), " before Friday.\n\nBest,\n", L("PERSON", law.given), "\n\n")
    d("> On ", r.randint(1, 28), " Apr 2025, ", L("PERSON", cl.full), " <", L("EMAIL", cl.email()), "> wrote:\n> attached the papers from HCMC. my new address is ", L("ADDRESS", addr_us(r)), "\n> thanks\n")

@T("email", 2)
def engagement_letter(r, d):
    cl = P(r); law = P(r)
    d("From: ", L("EMAIL", "intake@okl-law.com"), "\nTo: ", L("EMAIL", cl.email()), "\nSubject: Engagement letter — ", r.choice(["tenant dispute", "Family Court matter", "DACA renewal"]), "\n\n")
    d("Dear ", r.choice(["Mr.", "Ms.", "Mx."]), " ", L("PERSON", cl.family), ":\n\nThis letter confirms that Okafor Lindqvist & Reyes LLP (the \"Firm\") will represent you, ", L("PERSON", cl.full), ", of ",
      L("ADDRESS", addr(r, r.choice(["us", "ca"]))), ", in the matter described below. Our hourly rates are $", r.randint(250, 550), " (partners) and $145 (paralegals). ")
    d("We will not represent the Landlord, Brookfield Properties, or the City of Harrow Falls in this matter (conflict check CC-", r.randint(10000, 99999), " cleared).\n\n")
    d("Please sign and return by ", fdate(rdate(r, 2025, 2025), "long"), ". Questions: ", L("PERSON", law.full), ", ", L("PHONE", phone(r, "us")), ".\n")

@T("email", 2)
def tenant_dispute_email(r, d):
    t = P(r); ll = P(r, "us"); a = addr_us(r)
    d("From: ", L("EMAIL", t.email()), "\nTo: ", L("EMAIL", "housing-inspections@cityofharrowfalls.gov"), "\nCc: ", L("EMAIL", "tenantline@okl-law.com"), "\nSubject: mold + no heat — unit at ", L("ADDRESS", a), "\n\n")
    d("Hello,\nMy name is ", L("PERSON", t.full), ". Since ", r.choice(["November", "January"]), " there has been no heat and mold in the bedroom. My daughter has ", L("DIAGNOSIS", "asthma"), " and uses her ",
      L("MEDICATION", r.choice(["albuterol", "Ventolin"])), " inhaler every night now. Landlord ", L("PERSON", ll.full), " does not answer. I called 311 (SR-2025-", r.randint(100000, 999999), ").\n")
    d("Phone ", L("PHONE", phone(r)), "\n\nThank you\n", L("PERSON", t.given), "\n\n---\nInspector reply (auto): Your request has been logged under HFMC § 244.1500. Do not reply to this mailbox.\n")

@T("email", 2)
def conflict_check_email(r, d):
    parties = [P(r) for _ in range(r.randint(2, 4))]
    d("From: ", L("EMAIL", "conflicts@okl-law.com"), "\nTo: ", L("EMAIL", "all-attorneys@okl-law.com"), "\nSubject: NEW MATTER CONFLICT CHECK — respond within 24h\n\n")
    d("Prospective client: ", L("PERSON", parties[0].full), "\nAdverse parties:\n")
    for p in parties[1:]:
        d("  - ", L("PERSON", p.full), "\n")
    d("  - ", r.choice(["Ford Motor Credit Company LLC", "Wells Fargo Bank, N.A.", "Marshall Field's Holdings"]), "\n  - Board of Regents of Northgate State University\n")
    d("Related authority: Monell v. Department of Social Services, 436 U.S. 658 (1978); prior matter No. 0:24-cv-0", r.randint(1000, 9999), " (D. Minn.)\n\nReply \"clear\" or describe the conflict. — Conflicts Dept.\n")

@T("email", 2)
def newsletter_neg(r, d):
    d("From: City News\nTo: Subscribers\nSubject: This week in Harrow Falls\n\n")
    d("• Martin Luther King Jr. Day: City offices closed Monday; the Rosa Parks Library branch opens at noon.\n")
    d("• The Mayor and the Chief of Police will host a listening session at Sabathani Community Center.\n")
    d("• Public health: measles cases rising statewide. Two doses of MMR vaccine are about 97% effective. Free clinics at Roosevelt High School.\n")
    d("• Council adopted Ordinance 2025-", r.randint(10, 60), " (amending Chapter 244) and Resolution 2025R-", r.randint(100, 300), ".\n")
    d("Questions? Call 311 — or write to us at info [at] cityofharrowfalls [dot] gov.\n")

@T("ticket", 2)
def it_helpdesk_ticket(r, d):
    p = P(r); tech = P(r)
    d("INC", r.randint(1000000, 9999999), " | Priority: P", r.randint(2, 4), " | Category: ", r.choice(["Account lockout", "Wi-Fi", "Canvas access", "MFA device"]), "\n")
    d("Caller: ", L("PERSON", p.full), " (", L("EMAIL", p.email("northgate.edu")), ")   Callback: ", L("PHONE", phone(r)), "\n")
    d("Asset: LT-", r.randint(10000, 99999), "  OS 10.0.19045.4291  MAC a4:5e:60:", f"{r.randint(0,255):02x}:{r.randint(0,255):02x}:{r.randint(0,255):02x}", "\n\n")
    d("Description:\ncant log into canvas since tues, says acct locked. i have an exam friday pls help\n\n")
    d("Work notes (", L("PERSON", tech.given), "): Verified identity via ID card + DOB. Last login from ", L("IP_ADDRESS", ip(r)), " (Lagos? VPN). Reset pw, re-enrolled MFA. ")
    if r.random() < .4:
        d("Student mentioned they're registered with DRC for ", L("DIAGNOSIS", r.choice(["dyslexia", "ADHD"])), " — pointed to extended-time info.")
    d("\nState: Resolved\n")

@T("ticket", 2)
def foia_ticket(r, d):
    p = P(r); red = r.random() < .5
    d("GovQA Request R", r.randint(2025, 2025), "-", r.randint(10000, 99999), "\nRequester: ", L("PERSON", p.full), "  <", L("EMAIL", p.email()), ">\n")
    d("Request: All body-worn camera footage and incident reports for CAD#", r.randint(25000000, 25999999), " at ", r.choice(["Cedar Ave & Lake St", "Powderhorn Park"]), ".\n")
    d("Status: ", "Closed — partially granted" if red else "In progress", "\nStaff notes: ")
    if red:
        d("Released report with redactions: juvenile name [REDACTED], DOB ██/██/████, SSN XXX-XX-", r.randint(1000, 9999), ", medical info withheld under Minn. Stat. § 13.384. Officer names released per § 13.43.\n")
    else:
        d("Routed to MPD Records Unit. Statutory deadline per Minn. Stat. § 13.03 subd. 2(a).\n")

@T("ticket", 2)
def ticket_311_escalation(r, d):
    p = P(r)
    d("311 CASE #", r.randint(10**7, 10**8 - 1), " — ESCALATED TO COUNCIL WARD ", r.randint(1, 13), "\nType: Abandoned vehicle / Illegal dumping\n")
    d("Constituent: ", L("PERSON", p.full), "  ph ", L("PHONE", phone(r)), "\nLocation: ", L("ADDRESS", addr_us(r, city=("Harrow Falls", "MN", "554"))), "\n")
    d("Notes: Caller (", r.choice(["Somali", "Spanish", "Hmong", "Oromo"]), " interpreter line #", r.randint(1000, 9999), ") says mattresses dumped again behind the Walgreens. 3rd report. Council Member's aide to follow up.\n")

@T("chat", 2)
def paralegal_chat(r, d):
    a, b = P(r), P(r); cl = P(r)
    for spk, msg in [(a, M("did the affidavit for ", L("PERSON", cl.full), " get notarized?")),
                     (b, "yes, scanned to the DMS. docket 27-CV-HC-25-" + str(r.randint(1000, 9999))),
                     (a, M("ok. opposing counsel wants her DOB for the subpoena - it's ", L("DATE_OF_BIRTH", fdate(cl.dob, "us")), " right?")),
                     (b, M("yep. also she said her son's ", L("DIAGNOSIS", r.choice(["autism", "epilepsy", "lead poisoning"])), " eval is back, adding to damages binder")),
                     (a, "👍 bill 0.2 to the matter pls")]:
        d(f"[{r.randint(9,17):02d}:{r.randint(0,59):02d}] ", L("PERSON", spk.given), ": ", msg, "\n")

@T("chat", 2)
def client_whatsapp(r, d):
    cl = P(r, r.choice(["afghan", "ukrainian", "somali", "haitian"])); law = P(r); c = ORIGIN_COUNTRY[cl.origin]
    d(f"{r.randint(1,28)}/0{r.randint(1,9)}/25, 10:1{r.randint(0,9)} - ", L("PERSON", cl.full), ": salam, here is passport number from photo page ", L("PASSPORT", passport(r, c)), "\n")
    d(f"{r.randint(1,28)}/0{r.randint(1,9)}/25, 10:2{r.randint(0,9)} - ", L("PERSON", law.full), ": Thank you. And your wife's? Her DOB too please.\n")
    w = P(r, cl.origin)
    d(f"{r.randint(1,28)}/0{r.randint(1,9)}/25, 10:3{r.randint(0,9)} - ", L("PERSON", cl.full), ": ", L("PERSON", w.given), " passport ", L("PASSPORT", passport(r, c)), " born ", L("DATE_OF_BIRTH", fdate(w.dob, "eu")), "\n")
    d(f"{r.randint(1,28)}/0{r.randint(1,9)}/25, 10:3{r.randint(0,9)} - ", L("PERSON", cl.full), ": <Media omitted>\n")
    d(f"{r.randint(1,28)}/0{r.randint(1,9)}/25, 10:4{r.randint(0,9)} - ", L("PERSON", law.full), ": Got it. Please don't send the A-number card by WhatsApp, bring it Tuesday.\n")

@T("chat", 2)
def it_chat_neg(r, d):
    d("#records-portal-dev\n")
    for who, msg in [("deploybot", f"records-portal v{r.randint(2,4)}.{r.randint(0,9)}.{r.randint(0,9)}.{r.randint(10,99)} rolled to prod (build {r.getrandbits(32):08x})"),
                     ("ops", "health check on 127.0.0.1:8443 green, ignore the 10.0.0.0/8 alert"),
                     ("ops", "FOIA export job for R2025-" + str(r.randint(10000, 99999)) + " stuck at 48%, retrying"),
                     ("deploybot", "ticket INC" + str(r.randint(10**6, 10**7)) + " auto-closed")]:
        d(who, ": ", msg, "\n")

@T("ticket", 2)
def student_case_ticket(r, d):
    p = P(r)
    d("Maxient Case ", r.randint(2025, 2025), "", r.randint(10000, 99999), " — Student of Concern (CARE Team)\nStudent: ", L("PERSON", p.full), "  DOB ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), "\n")
    d("Reported by: ", r.choice(["RA", "faculty member", "Public Safety"]), " (name withheld)\n")
    d("Summary: Student disclosed ", L("DIAGNOSIS", r.choice(["an eating disorder", "bipolar I disorder", "suicidal ideation"])), " and stopped taking ", L("MEDICATION", r.choice(["lithium", "quetiapine", "lamotrigine"])), ". Referred to CAPS; welfare check by NSUPD ", fdate(rdate(r), "short"), ".\n")
    d("Housing: ", r.choice(["Tubman Hall", "Centennial Hall"]), " rm ", r.randint(100, 999), "\n")

# ================================================================ FREE TEXT / HTML
@T("free_text", 2)
def police_incident(r, d):
    v = P(r); s = P(r); off = P(r, "us"); st, num = dl(r)
    d("HARROW FALLS POLICE DEPARTMENT — OFFENSE/INCIDENT REPORT\nCase No. ", f"HF25-{r.randint(100000,999999)}", "   Offense: ", r.choice(["Assault 5th Degree (609.224)", "Theft from MV (609.52)", "Domestic Assault (609.2242)"]), "\n\n")
    d("VICTIM: ", L("PERSON", v.lastfirst), "  DOB ", L("DATE_OF_BIRTH", fdate(v.dob, "us")), "  Res: ", L("ADDRESS", addr_us(r)), "  Ph ", L("PHONE", phone(r)), "\n")
    d("SUSPECT: ", L("PERSON", s.lastfirst), "  DOB ", L("DATE_OF_BIRTH", fdate(s.dob, "us")), "  DL ", st, " ", L("DRIVER_LICENSE", num), "\n\n")
    d("NARRATIVE: On the above date I, Officer ", L("PERSON", off.family), " #", r.randint(1000, 9999), ", responded to a report of a disturbance near Nicollet Mall. ")
    d(L("PERSON", v.given), " stated that the suspect struck her with a closed fist. I observed ", L("DIAGNOSIS", r.choice(["a laceration above the left eye", "swelling to the jaw", "a bloody nose"])), ". ")
    d("EMS (M", r.randint(10, 40), ") evaluated and transported to HCMC. ", L("PERSON", v.given), " advised she takes ", L("MEDICATION", r.choice(["apixaban", "warfarin", "sertraline"])), " and bruises easily. ")
    d("Suspect was booked at the Hennepin County Jail. Body-worn camera activated. Nothing further.\n\nReviewed by: Sgt. (badge on file)\n")

@T("free_text", 2)
def affidavit_ocr(r, d):
    p = P(r); np_ = P(r, "us")
    d("STATE OF MlNNESOTA                          DISTRICT COURT\nCOUNTY OF HENNEPlN                          FOURTH JUDICIAL DISTRICT\n\n")
    d("Case Type: Housing Court\nCourt File No. 27-CV-HC-25-", r.randint(100, 9999), "\n\n")
    d(L("PERSON", p.full), ",\n            Plaintiff/Tenant,\nv.                                          AFFIDAVIT OF TENANT\n", r.choice(["Lakeview Terrace LLC", "Stevens Square Holdings, Inc."]), ",\n            Defendant/Landlord.\n\n")
    d("I, ", L("PERSON", p.full), ", being first duly sworn, state:\n1. I reside at ", L("ADDRESS", addr_us(r, True).replace("\n", "\n   ")), " with my two children.\n")
    d("2. My date of birth is ", L("DATE_OF_BIRTH", fdate(p.dob, "long")), ". My phone number is ", L("PHONE", phone(r)), ".\n")
    d("3. Since Oct-\nober the unit has had no heat. My son was hospital-\nized with ", L("DIAGNOSIS", r.choice(["pneumonia", "an asthma attack", "carbon monoxide poisoning"])), " on ", fdate(rdate(r), "long"), ".\n")
    d("4. I withheld rent as permitted by Minn. Stat. § 504B.385 and deposited it with the court administrator.\n\n")
    d("Subscribed and sworn before me on ", fdate(rdate(r), "long"), "\n___________________\nNotary Public — ", L("PERSON", np_.full), "\nMy commission expires Jan. 31, 2030\n\n        - 2 -\n")

@T("free_text", 2)
def settlement_agreement(r, d):
    p = P(r)
    d("SETTLEMENT AGREEMENT AND RELEASE OF ALL CLAIMS\n\nThis Agreement is entered into between the City of Harrow Falls (\"City\") and ", L("PERSON", p.full), " (\"Claimant\"), residing at ",
      L("ADDRESS", addr_us(r)), ".\n\n1. PAYMENT. The City shall pay $", r.randint(20, 400), ",000.00 by wire to Claimant's counsel's IOLTA trust account")
    if r.random() < .5:
        d(" (the Claimant's SSN, ", L("US_SSN", ssn(r)), ", is provided solely for IRS Form 1099 reporting)")
    d(".\n2. MEDICARE. Claimant represents that ", r.choice(["he", "she", "they"]), " ")
    if r.random() < .5:
        d("is a Medicare beneficiary (MBI ", L("US_MBI", mbi(r)), ") and the parties have considered Medicare's interests under 42 U.S.C. § 1395y(b)(2).\n")
    else:
        d("is not a Medicare beneficiary; no MSA is required.\n")
    d("3. NO ADMISSION. This Agreement is not an admission of liability under 42 U.S.C. § 1983 or Minn. Stat. § 466.02.\n")
    d("4. The City Council approved this settlement by Resolution 2025R-", r.randint(100, 400), ".\n\n")
    d("                                                   Page 3 of 7\nOKL DRAFT ", fdate(rdate(r), "iso"), "   CONFIDENTIAL — SUBJECT TO MINN. R. EVID. 408\n")

@T("free_text", 2)
def council_minutes(r, d):
    cms = [P(r) for _ in range(4)]; res = P(r)
    d("CITY COUNCIL — REGULAR MEETING MINUTES\n", fdate(rdate(r), "long"), ", 9:30 a.m., Room 317, City Hall\n\n")
    d("Present: Council Members ", L("PERSON", cms[0].full), ", ", L("PERSON", cms[1].full), ", ", L("PERSON", cms[2].full), " (Vice President) and ", L("PERSON", cms[3].full), " (President).\n")
    d("Absent: none. Also present: the City Attorney, the City Clerk.\n\n")
    d("1. Ordinance 2025-", r.randint(10, 60), " amending Title 13, Chapter 259 (short-term rentals). Moved by ", L("PERSON", cms[1].family), ", seconded by ", L("PERSON", cms[0].family), ". Adopted 4-0.\n")
    d("2. PUBLIC HEARING — Tenant Opportunity to Purchase. Speakers: ", L("PERSON", res.full), " (Ward ", r.randint(1, 13), "), who stated her rent rose 30% at Cedar-Riverside; ")
    d("Pastor ", L("PERSON", P(r).full), "; and a representative of Minnesota Multi Housing Association.\n")
    d("3. Resolution 2025R-", r.randint(100, 300), " renaming 38th Street Park as \"Hallie Q. Brown Park\" — adopted.\n")
    d("4. Claims: the Council approved the settlement of ", L("PERSON", P(r).full), " v. City (File 24-", r.randint(1000, 9999), ") in executive session under Minn. Stat. § 13D.05 subd. 3(b).\n\nAdjourned 11:52 a.m.\n")

@T("free_text", 2)
def council_agenda_neg(r, d):
    d("CITY OF HARROW FALLS — COMMITTEE OF THE WHOLE — AGENDA\n\n")
    d(f"1. Approve minutes of {fdate(rdate(r), 'long')}.\n2. Ordinance 2025-{r.randint(10,60)}: Amending Chapter 478 (Parking Permits), § 478.40.\n")
    d(f"3. Resolution 2025R-{r.randint(100,400)}: Accepting a $1.2M HUD Lead Hazard Reduction grant (CFDA 14.905).\n")
    d("4. Presentation: Martin Luther King Jr. Park pavilion renovation (Project PW-24-0117).\n")
    d("5. Report of the Chief Financial Officer on Q3 investments (Fund 0100, Dept 1800).\n6. Closed session: pending litigation (Monell v. Department of Social Services standard).\n")
    d(f"Bill HF {r.randint(1000,4999)} / SF {r.randint(1000,4999)} status update (Legislative liaison).\n\nNext meeting: Room 317, City Hall. Accessible via Metro Transit routes 5 and 22.\n")

@T("free_text", 1)
def foia_response_neg(r, d):
    d("OFFICE OF THE CITY CLERK — DATA PRACTICES RESPONSE\n\nRe: Request R2025-", r.randint(10000, 99999), "\n\nDear Requester:\n\n")
    d("Enclosed are 48 pages responsive to your request. Portions are redacted as follows:\n")
    d("  p. 4  — name of juvenile victim: █████████ (Minn. Stat. § 260B.171)\n  p. 9  — SSN XXX-XX-", r.randint(1000, 9999), " (§ 13.355)\n")
    d("  p. 12 — DOB [REDACTED]; medical data [REDACTED] (§ 13.384)\n  p. 20 — driver's license no. ********", r.randint(10, 99), " (18 U.S.C. § 2721)\n")
    d("Public employee data, including the names of the responding officers, is public under § 13.43 subd. 2 and is released unredacted.\n\n")
    d("Sincerely,\nThe Responsible Authority\nCity of Harrow Falls\n")

@T("free_text", 2)
def billing_narratives(r, d):
    cl = P(r); law = P(r); oc = P(r)
    d("PRE-BILL — Matter 2024-", r.randint(1000, 9999), " (", L("PERSON", cl.full), " — custody/dissolution)\nTimekeeper: ", L("PERSON", law.initial), "\n\n")
    lines = [M("0.3 hrs  call w/ client re: custody schedule"),
             M("0.5 hrs  review GAL report; notes re child's ", L("DIAGNOSIS", r.choice(["ADHD", "autism spectrum disorder", "anxiety disorder"])), " and school IEP"),
             M("0.2 hrs  email to opposing counsel ", L("PERSON", oc.full), " (", L("EMAIL", oc.email("familylawmn.com")), ") re: exchange location"),
             M("1.1 hrs  draft responsive motion; research Minn. Stat. § 518.17 subd. 1(b)"),
             M("0.4 hrs  tel. conf. w/ client's psychiatrist re: ", L("MEDICATION", r.choice(["lithium", "sertraline", "Adderall"])), " compliance for custody eval"),
             M("0.1 hrs  calendar hearing; Room C-1152, Family Justice Center")]
    r.shuffle(lines)
    for x in lines:
        d(f"{r.randint(1,12):02d}/{r.randint(1,28):02d}/25  ", x, "\n")
    d("\nTotal: ", r.randint(2, 5), ".6 hrs   Rate $", r.randint(250, 450), "\n")

@T("free_text", 1)
def docket_sheet(r, d):
    pl = P(r); df = P(r); j = P(r, "us")
    d("REGISTER OF ACTIONS — Case No. 62-FA-25-", r.randint(100, 999), "\nIn re the Marriage of ", L("PERSON", pl.full), " and ", L("PERSON", df.full), "\nJudicial Officer: ", L("PERSON", j.full), "\n\n")
    for _ in range(r.randint(4, 6)):
        d(fdate(rdate(r), "us"), "  ", r.choice(["Petition for Dissolution", "Summons", "Affidavit of Service", "Order for Protection (Minn. Stat. § 518B.01)", "Notice of Appearance", "Scheduling Order"]), "   Index #", r.randint(1, 60), "\n")
    d("\nRelated: 27-CR-24-", r.randint(10000, 99999), " (sealed)\n")

@T("free_text", 2)
def grant_application(r, d):
    pi = P(r); co = P(r)
    d("NIH R01 — Research Strategy (excerpt) — Northgate State University\nPD/PI: ", L("PERSON", pi.full), ", PhD   Co-I: ", L("PERSON", co.full), ", MD MPH\n")
    d("Contact: ", L("EMAIL", pi.email("northgate.edu")), ", ", L("PHONE", phone(r, "us")), "\n\n")
    d("Significance. Resettled refugees in Minnesota have a prevalence of latent tuberculosis infection above 20%, and hepatitis B is endemic in several countries of origin. ")
    d("Prior work by our group (", L("PERSON", pi.family), " et al., 2021) showed that isoniazid completion rates fall below 50% without home visits. ")
    d("We propose a stepped-wedge trial of rifapentine-based regimens delivered by community health workers.\n")
    d("Human subjects: about 600 participants; IRB-2024-0", r.randint(100, 999), ". No participant names appear in this application.\n")

@T("html", 2)
def html_directory(r, d):
    d("<!DOCTYPE html>\n<html lang=\"en\"><head><title>Department of Public Health — Faculty &amp; Staff</title></head>\n<body>\n<h1>Faculty &amp; Staff</h1>\n<table class=\"dir\">\n<tr><th>Name</th><th>Title</th><th>Email</th><th>Phone</th><th>Office</th></tr>\n")
    for _ in range(r.randint(3, 5)):
        p = P(r)
        d("<tr><td>", L("PERSON", p.full), "</td><td>", r.choice(["Associate Professor", "Lecturer", "Program Coordinator"]), "</td><td><a href=\"mailto:", L("EMAIL", p.email("northgate.edu")), "\">", "email", "</a></td><td>",
          L("PHONE", phone(r, "us")), "</td><td>Mayo ", r.choice(["A", "C", "D"]), r.randint(100, 450), "</td></tr>\n")
    d("</table>\n<p>Mailing: MMC 197, 420 Delaware St SE — the Department is housed in the Mayo Memorial Building.</p>\n</body></html>\n")

@T("html", 2)
def html_bulletin_neg(r, d):
    dz = r.choice([("measles", "MMR"), ("tuberculosis", "isoniazid"), ("hepatitis A", "hepatitis A vaccine")])
    d("<html><body>\n<div class=\"alert\"><h2>Health Advisory: ", dz[0].title(), " cases in Hennepin County</h2>\n")
    d("<p>The City Health Department has confirmed ", r.randint(3, 19), " cases of ", dz[0], " since January. Most cases are in unvaccinated children under 5.</p>\n")
    d("<p>Clinicians should consider ", dz[0], " in patients with fever and rash and report suspected cases within 24 hours (Minn. R. 4605.7040). Post-exposure: ", dz[1], ".</p>\n")
    d("<ul><li>Free clinic: Brian Coyle Community Center</li><li>Ryan White HIV/AIDS Program eligibility is unchanged</li><li>Advisory ID HAN-2025-", r.randint(10, 99), "</li></ul>\n</div>\n</body></html>\n")

@T("html", 2)
def html_case_portal(r, d):
    p = P(r, r.choice(["korean", "vietnamese", "ethiopian", "samoan", "afghan", "chinese"])); c = ORIGIN_COUNTRY[p.origin]
    d("<div class=\"client-card\">\n  <h3>", L("PERSON", p.full), "</h3>\n  <dl>\n    <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fdate(p.dob, "long")), "</dd>\n")
    d("    <dt>Passport (", c, ")</dt><dd>", L("PASSPORT", passport(r, c)), "</dd>\n    <dt>Address</dt><dd>", L("ADDRESS", addr(r, r.choice(["us", "au", "nz"]), True).replace("\n", "<br>\n        ")), "</dd>\n")
    d("    <dt>Mobile</dt><dd>", L("PHONE", phone(r)), "</dd>\n    <dt>Matter</dt><dd>Visa refusal review — s. 65, Migration Act 1958 (Cth) / s 7(2)(b)</dd>\n  </dl>\n</div>\n")

@T("free_text", 1)
def drug_policy_neg(r, d):
    d("NORTHGATE STATE UNIVERSITY POLICY 5.14 — NALOXONE AND CONTROLLED SUBSTANCES ON CAMPUS\n\n")
    d("1. Residence halls shall stock naloxone (Narcan) in each AED cabinet. 2. Students prescribed stimulants such as methylphenidate or Adderall must store them in a locked container. ")
    d("3. Medical amnesty applies to students seeking help for alcohol poisoning or opioid overdose. 4. This policy does not cover buprenorphine dispensed by the Student Health Center pharmacy. ")
    d("Authority: 21 U.S.C. § 812; Minn. Stat. § 151.37 subd. 12. Approved by the Board of Regents, Policy Owner: Vice President for Student Life.\n")

@T("free_text", 2)
def immigration_declaration(r, d):
    p = P(r, r.choice(["afghan", "guatemalan", "somali", "ethiopian", "iranian", "haitian"])); c = ORIGIN_COUNTRY[p.origin]
    sp = P(r, p.origin)
    d("DECLARATION OF ", L("PERSON", p.full.upper()), " IN SUPPORT OF FORM I-589\n\n")
    d("I, ", L("PERSON", p.full), ", declare under penalty of perjury:\n\n")
    d("1. I was born on ", L("DATE_OF_BIRTH", fdate(p.dob, "dmy")), " in ", r.choice(["Kandahar", "Huehuetenango", "Baidoa", "Mekelle", "Tabriz", "Gonaïves"]), ", ", c, ". My passport number is ", L("PASSPORT", passport(r, c)), ".\n")
    d("2. My husband/wife ", L("PERSON", sp.full), " was detained in ", r.randint(2018, 2023), ". After that I had nightmares; a doctor at the camp diagnosed me with ", L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "major depressive disorder"])), ".\n")
    d("3. In the United States I receive treatment at the Center for Victims of Torture and take ", L("MEDICATION", r.choice(["prazosin", "sertraline", "mirtazapine"])), ".\n")
    d("4. I fear return because of the reasons in 8 U.S.C. § 1101(a)(42). See also Matter of A-B-, 27 I&N Dec. 316 (A.G. 2018).\n\nTranslated from ", r.choice(["Dari", "K'iche'", "Somali", "Tigrinya", "Farsi", "Haitian Creole"]), " by a certified interpreter.\n")

@T("free_text", 1)
def student_transcript_pdf(r, d):
    p = P(r)
    d("NORTHGATE STATE UNIVERSITY                     OFFICIAL TRANSCRIPT\nIssued to: ", L("PERSON", p.full), "\n")
    d("Student ID: ", r.randint(1000000, 1999999), "     Date of Birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "us")), "\n")
    d("Address: ", L("ADDRESS", addr(r)), "\n\n")
    for term in ["Fall 2023", "Spring 2024"]:
        d(term, "\n")
        for _ in range(3):
            d(f"  {r.choice(['BIOL','HIST','SOC','PHIL','NURS'])} {r.randint(1000,4999)}  {r.choice(['Intro to Public Health','Civil Rights Era','Pathophysiology','Ethics'])}  {r.randint(1,4)}.0  {r.choice(['A','B+','A-','P'])}\n")
    d("\nThis transcript is released under FERPA, 20 U.S.C. § 1232g. Page 1 of 1\n")

@T("free_text", 1)
def park_news_neg(r, d):
    d("FOR IMMEDIATE RELEASE — Harrow Falls Parks & Recreation\n\n")
    d("The City will reopen the Hiawatha Golf Course clubhouse and the Bde Maka Ska pavilion on ", fdate(rdate(r, 2025, 2025), "long"), ". ")
    d("Renovations at Martin Luther King Jr. Park and the Sabathani Community Center were funded by the Wallace Foundation and Target Corporation. ")
    d("The Mayor thanked the Parks Superintendent and the Ward 8 Council Member. A Juneteenth celebration is planned at Theodore Wirth Park; Presidents' Day hours apply at all recreation centers. ")
    d("Project numbers PRK-2023-0142 and PRK-2024-0088. Media inquiries: Communications Office.\n")

@T("free_text", 2)
def ocr_scan_id_letter(r, d):
    kind = r.choice(["nz", "ie", "ca"])
    p = P(r, {"nz": "samoan", "ie": "irish", "ca": "haitian"}[kind])
    if kind == "ca":
        d("Service Canada  /  Confirmation of Social Insurance Number\n\n", L("PERSON", p.full.upper()), "\n", L("ADDRESS", addr_ca(r, True)), "\n\n")
        d("Y0ur Social lnsurance Number is: ", L("CA_SIN", sin(r)), "\nDate 0f birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "iso")), "\nKeep this number confidential. Form NAS-2120 (2019-03)\n")
    elif kind == "nz":
        d("Te Tari Taake   |   Inland Revenue — letter re: working holiday\n\nKia ora ", L("PERSON", p.given), ",\n", L("ADDRESS", addr_nz(r, True)), "\n")
        d("We have verified your passport (Samoa) no. ", L("PASSPORT", passport(r, "Samoa")), " and date of birth ", L("DATE_OF_BIRTH", fdate(p.dob, "dmy")), ".\nYour case ref is CASE-", r.randint(10**6, 10**7), ". Ph ", L("PHONE", "0800 377 774"), " if you have questions.\n")
    else:
        d("An Roinn Coimirce Sóisialaí / Department of Social Protection\n\n", L("PERSON", p.full), "\n", L("ADDRESS", addr_ie(r, True)), "\n\n")
        d("A chara,\nYour Jobseeker's Allowance will be paid to IBAN ", L("IBAN", iban(r, "IE")), " from ", fdate(rdate(r), "dmy"), ".\nRef: SW-", r.randint(10**6, 10**7), "   page l of 2\n")

# ================================================================ NON-US NATIONAL IDS
BELFIORE = [("H501", "Roma"), ("F205", "Milano"), ("F839", "Napoli"), ("L219", "Torino"), ("G273", "Palermo")]
def national_id(r, country, p):
    y, m, dd = p.dob
    if country == "Germany": return "Steuer-IdNr.", "DE_TAX_ID", steuer(r)
    if country == "Spain": return r.choice(["DNI", "NIE"]), "ES_DNI", dni(r, nie=r.random() < .4)
    if country == "France": return "N° de sécurité sociale (NIR)", "FR_NIR", nir(r, "2" if p.female else "1", y % 100, m)
    if country == "Italy":
        b = r.choice(BELFIORE)
        return "Codice fiscale", "IT_FISCAL_CODE", codice_fiscale(p.given, p.family, y, m, dd, p.female, b[0])
    if country == "Brazil": return "CPF", "BR_CPF", cpf(r)
    if country == "Singapore": return "NRIC", "SG_NRIC", nric(r, r.choice("ST"))
    if country == "United Kingdom": return "National Insurance number", "UK_NATIONAL_INSURANCE_NUMBER", nino(r)
    if country == "India": return "Aadhaar", "IN_AADHAAR", aadhaar(r)
    if country == "Canada": return "SIN", "CA_SIN", sin(r)
XNAMES = {"Germany": (["Jannik", "Friederike", "Ömer", "Wiebke"], ["Schäfer", "von Alvensleben", "Yıldız", "Brinkmann"]),
          "Spain": (["Itziar", "Joaquín", "Nerea", "Xabier"], ["Etxeberria", "Fernández de Córdoba", "Puigdemont", "Olaizola"]),
          "France": (["Aurélie", "Thibault", "Maëlle", "Yanis"], ["Lefèvre", "Diallo", "de La Rochefoucauld", "Benhamou"]),
          "Italy": (["Giuseppina", "Lorenzo", "Chiara", "Salvatore"], ["Esposito", "Bianchi", "Lo Russo", "D'Amico"]),
          "Brazil": (["Thiago", "Luana", "Raimundo", "Iara"], ["Nascimento", "dos Santos", "Figueiredo", "Tupinambá"]),
          "Singapore": (["Wei Ling", "Muthu", "Siti Nurhaliza", "Jun Jie"], ["Tan", "Ramasamy", "binte Osman", "Lim"])}

@T("form", 5)
def visiting_scholar(r, d):
    country = list(XNAMES)[r.idx % len(XNAMES)]; p = P(r, "us"); p.given, p.family = r.choice(XNAMES[country][0]), r.choice(XNAMES[country][1])
    lbl, typ, val = national_id(r, country, p)
    d("NSU Human Resources — Visiting Scholar / J-1 Onboarding\n\n")
    d("Name: ", L("PERSON", p.family.upper()), ", ", L("PERSON", p.given), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(p.dob, "dot" if country == "Germany" else "eu")), "\n")
    d("Home institution country: ", country, "\nHome national identifier (", lbl, "): ", L(typ, val), "\n")
    pc = {"Germany": "Reisepassnummer", "Spain": "Número de pasaporte", "France": "Numéro de passeport", "Italy": "Numero del passaporto", "Brazil": "Número do passaporte", "Singapore": "Passport No."}[country]
    A = lambda k: "".join(r.choice("CFGHJKLMNPRTVWXYZ") for _ in range(k))
    ppn = {"Germany": A(1) + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), "Spain": A(3) + str(r.randint(100000, 999999)),
           "France": f"{r.randint(10,99)}{A(2)}{r.randint(10000,99999)}", "Italy": A(2) + str(r.randint(1000000, 9999999)),
           "Brazil": A(2) + str(r.randint(100000, 999999)), "Singapore": r.choice("EK") + str(r.randint(1000000, 9999999)) + A(1)}[country]
    d(pc, ": ", L("PASSPORT", ppn), "\n")
    d("DS-2019 no. N00", r.randint(10**7, 10**8 - 1), "   Host dept: ", r.choice(["Law School", "School of Public Health", "Urban Planning"]), "\n")
    d("Local address: ", L("ADDRESS", addr_us(r)), "\nPhone: ", L("PHONE", phone(r, "us")), "\nE-mail: ", L("EMAIL", p.email("northgate.edu")), "\n")
    d("Health insurance (J-1 requirement): ", r.choice(["PSI Group", "ISO Student Health Insurance"]), " — member ID ", L("HEALTH_PLAN_ID", hpid(r)), "\n")

@T("ndjson", 2)
def aml_kyc_ndjson(r, d):
    for _ in range(r.randint(3, 4)):
        country = r.choice(list(XNAMES) + ["India", "Canada", "United Kingdom"])
        p = P(r, {"India": "indian", "Canada": "quebecois", "United Kingdom": "irish"}.get(country, "us"))
        if country in XNAMES: p.given, p.family = r.choice(XNAMES[country][0]), r.choice(XNAMES[country][1])
        lbl, typ, val = national_id(r, country, p)
        ok = r.random() < .7
        rec = {"event": "kyc.verification", "client": L("PERSON", p.full), "country": country, "id_type": lbl}
        if ok:
            rec["id_value"] = L(typ, val); rec["result"] = "match"
        else:
            rec["id_value"] = "[masked]" if typ not in ("CA_SIN", "IN_AADHAAR") else (luhn_break(val) if typ == "CA_SIN" else aadhaar(r, bad=True))
            rec["result"] = "checksum_failed" if typ in ("CA_SIN", "IN_AADHAAR") else "document_expired"
        rec["dob"] = L("DATE_OF_BIRTH", fdate(p.dob, "iso")); rec["ts"] = ts(r) + "Z"; rec["matter"] = f"KYC-{r.randint(10000,99999)}"
        emit(d, rec, compact=True); d("\n")

@T("log", 2)
def id_verify_failures(r, d):
    for _ in range(r.randint(4, 6)):
        p = P(r); k = r.randrange(4)
        d(ts(r), " benefits-api WARN validation_failed applicant=\"", L("PERSON", p.full), "\" ")
        if k == 0: d("field=ssn value=", f"9{r.randint(0,99):02d}-{r.randint(10,99)}-{r.randint(1000,9999)}", " reason=invalid_area\n")
        elif k == 1: d("field=card value=", luhn_break(card(r, "visa")), " reason=luhn\n")
        elif k == 2: d("field=sin value=", luhn_break(sin(r)), " reason=luhn\n")
        else: d("field=ssn value=000-", r.randint(10, 99), "-", r.randint(1000, 9999), " reason=invalid_area\n")

# ================================================================ MORE NEGATIVES
@T("ndjson", 2)
def wifi_telemetry_neg(r, d):
    for _ in range(r.randint(4, 6)):
        emit(d, {"ap": f"AP-{r.choice(['TUB','MAYO','WALTER'])}-{r.randint(1,4)}F-{r.randint(1,30):02d}", "fw": f"8.10.{r.randint(0,9)}.{r.randint(100,999)}",
                 "client_mac": ":".join(f"{r.randint(0,255):02x}" for _ in range(6)), "rssi": -r.randint(40, 85), "ssid": r.choice(["eduroam", "NSU-Guest"]), "ts": r.randint(1735689600, 1760000000)}, compact=True)
        d("\n")

@T("csv", 2)
def budget_csv_neg(r, d):
    row(d, ["fund", "dept", "object_code", "description", "fy25_adopted", "fy26_proposed"])
    for _ in range(r.randint(5, 8)):
        row(d, [f"0{r.randint(100,999)}", f"{r.randint(1000,9999)}", f"{r.randint(5000,5999)}", r.choice(["Overtime - Fire", "Naloxone kits (EMS)", "Library e-books", "Snow & ice", "Lead service line replacement", "Jackson Park restrooms"]),
                f"{r.randint(10**4, 10**7):,}", f"{r.randint(10**4, 10**7):,}"])

@T("log", 2)
def ci_log_neg(r, d):
    d(f"[{ts(r)}] Starting pipeline #{r.randint(1000,9999)} for records-portal@{r.getrandbits(40):010x}\n")
    d(f"[{ts(r)}] Using node 20.11.1, npm 10.2.4, python 3.12.1\n[{ts(r)}] Installed pdf-redactor==2.4.0.1 (sha256:{r.getrandbits(64):016x})\n")
    d(f"[{ts(r)}] Tests: 412 passed, 3 skipped in 81.2s\n[{ts(r)}] Docker push registry.internal:5000/records-portal:{r.randint(1,4)}.{r.randint(0,9)}.{r.randint(0,9)}.{r.randint(1,999)}\n")
    d(f"[{ts(r)}] Deploy to k8s ns=clerk-prod ok; service listening on 0.0.0.0:8443\n")

@T("ticket", 2)
def facilities_workorder_neg(r, d):
    d("WORK ORDER WO-", r.randint(100000, 999999), "\nBuilding: ", r.choice(["Walter Library", "Coffman Union", "Tubman Hall"]), "  Room ", r.randint(100, 450), r.choice(["", "A", "B"]), "\n")
    d("Requested by: Department admin (see AiM)\nIssue: ", r.choice(["radiator leaking", "door access reader RDR-114 offline", "lights flickering in lecture hall"]), "\n")
    d("Asset tag ", r.randint(10**5, 10**6), "; part no. ", r.choice(["SCH-", "HON-"]), r.randint(1000, 9999), "-", r.randint(10, 99), "; PO 4500", r.randint(100000, 999999), "\nPriority: routine. Est. 2.5 hrs.\n")

@T("email", 2)
def change_notice_neg(r, d):
    d("From: IT Service Desk\nTo: All Staff\nSubject: Planned maintenance — ", fdate(rdate(r, 2025, 2025), "long"), "\n\n")
    d("Hello all,\n\nOn Saturday the case-management system will be upgraded from 7.2.1.14 to 7.3.0.2. The VPN concentrator at vpn.okl-law.com will be unavailable 06:00–08:00. ")
    d("Please save work in the DMS before Friday. Docket deadlines are not affected; Rule 6(a) computations continue.\n\nRef CHG", r.randint(10**6, 10**7), "\n\nThanks,\nIT\n")

@T("free_text", 2)
def court_opinion_neg(r, d):
    d("IN THE COURT OF APPEALS — OPINION (excerpt) No. A24-", r.randint(1000, 1999), "\n\n")
    d("Appellant challenges the district court's grant of summary judgment on qualified-immunity grounds. We review de novo. See Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982); ")
    d("Pearson v. Callahan, 555 U.S. 223 (2009). Under 42 U.S.C. § 1983, a municipality is liable only for its own policies. Monell, 436 U.S. at 694. ")
    d("The Chief of Police testified that the policy was reviewed annually. The Court notes that Brown v. Board of Education, 347 U.S. 483 (1954), is not implicated. ")
    d("Minn. Stat. § 466.03 subd. 6 and Minn. R. Civ. App. P. 136.01 govern. Affirmed.\n\nConsidered and decided by the Presiding Judge and two judges of this court.\n")

@T("hl7", 1)
def hl7_ack_neg(r, d):
    d("MSH|^~\\&|MIIC|MDH|NSUSHC|NSU|2025", f"{r.randint(1,12):02d}{r.randint(1,28):02d}", "||ACK^V04^ACK|", r.randint(10**5, 10**6), "|P|2.5.1\rMSA|AA|", r.randint(10**5, 10**6), "\rERR||RXA^1^5|0^Message accepted^HL70357|I\r")

@T("lab_report", 1)
def lab_qc_neg(r, d):
    d("NORTHGATE CLINICAL LABORATORY — DAILY QC SUMMARY ", fdate(rdate(r), "iso"), "\nInstrument: Cobas 6000 s/n ", r.randint(10**6, 10**7), "  sw 05.02.0401\n\n")
    d(f"{'Analyte':<20}{'Level':<8}{'Mean':<10}{'SD':<8}Westgard\n")
    for a in ["HbA1c", "Glucose", "ALT", "Creatinine"]:
        d(f"{a:<20}{r.choice(['L1','L2']):<8}{r.uniform(1,200):<10.1f}{r.uniform(0.1,5):<8.2f}pass\n")
    d("\nLot QC-", r.randint(1000, 9999), " expires 2026-03-31. Reviewed by lab director.\n")

@T("form", 1)
def blank_visa_checklist_neg(r, d):
    d("DOCUMENT CHECKLIST — Family Reunification (Form I-730) — OKL Immigration\n\n")
    for x in ["Passport Number (photo page copy)", "Date Of Birth", "Place Of Birth", "Alien Registration Number (A-Number)", "Marriage Certificate No.",
              "National ID (Tazkira / Sheekada / ID-картка)", "Medical Exam (Form I-693) — sealed envelope", "Two passport photos 2x2 in."]:
        d("[ ] ", x, "\n")
    d("\nAll foreign-language documents require a certified English translation (8 C.F.R. § 103.2(b)(3)).\n")

@T("html", 2)
def html_course_page_neg(r, d):
    d("<html><body><h1>LAW 6045 — Immigration Clinic</h1>\n<p>Meets TTh 2:30–4:20 in Mondale Hall ", r.randint(20, 450), ". CRN ", r.randint(10000, 99999), ".</p>\n")
    d("<p>Students represent clients in asylum matters under INA § 208 and 8 C.F.R. § 1208.13. Readings include <i>Matter of Acosta</i>, 19 I&amp;N Dec. 211 (BIA 1985) and <i>INS v. Cardoza-Fonseca</i>, 480 U.S. 421 (1987).</p>\n")
    d("<p>Prerequisite: LAW 6001. Office hours in the Clinic suite, room 190.</p></body></html>\n")

@T("json", 2)
def grant_budget_neg(r, d):
    emit(d, {"award": f"R01MD0{r.randint(10000,99999)}", "cfda": "93.307", "period": {"start": "2025-07-01", "end": "2030-06-30"},
             "budget": [{"category": c, "y1": r.randint(10**4, 10**6)} for c in ["Personnel", "Participant incentives", "Interpreter services", "Rifapentine supply", "F&A (52%)"]],
             "irb": f"IRB-2024-0{r.randint(100,999)}", "oid": "2.16.840.1.113883.3.1937.777.24"})

@T("tsv", 2)
def room_inventory_neg(r, d):
    row(d, ["building", "room", "capacity", "av_kit", "last_inspected", "firmware"], "\t")
    for _ in range(r.randint(5, 7)):
        row(d, [r.choice(["Tubman Hall", "Mondale Hall", "Mayo Memorial", "Coffman Union"]), f"{r.randint(1,4)}{r.randint(0,60):02d}", r.randint(12, 300),
                f"AVK-{r.randint(100,999)}", fdate(rdate(r), "iso"), f"{r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,99)}.{r.randint(0,255)}"], "\t")

# ================================================================ build + validate
def level(types):
    if any(t in RESTRICTED for t in types): return "RESTRICTED"
    if any(t in CONFIDENTIAL for t in types): return "CONFIDENTIAL"
    return "INTERNAL"

SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")

def validate(doc):
    text, ents, fmt = doc["text"], doc["entities"], doc["format"]
    assert fmt in FORMATS, fmt
    prev = -1
    for e in ents:
        assert e["type"] in RESTRICTED | CONFIDENTIAL | INTERNAL_T, e
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (doc["id"], e, repr(s))
        assert e["start"] >= prev, (doc["id"], "overlap", e)
        prev = e["end"]
        if e["type"] in CHECKS:
            raw = s.replace('""', '"')
            assert CHECKS[e["type"]](raw), (doc["id"], e["type"], s)
    assert doc["classification"] == level([e["type"] for e in ents])
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for line in text.strip("\n").split("\n"): json.loads(line)
    if fmt in ("csv", "tsv"):
        lines = [l for l in text.split("\n") if l and not l.startswith("#")]
        rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter="\t" if fmt == "tsv" else ","))
        assert len({len(x) for x in rows}) == 1, (doc["id"], [len(x) for x in rows])
    # leak check: unlabelled valid-looking SSNs / cards / IBANs
    covered = [(e["start"], e["end"]) for e in ents]
    inside = lambda a, b: any(s <= a and b <= e for s, e in covered)
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group(0)) and not inside(m.start(), m.end()):
            raise AssertionError((doc["id"], "unlabelled SSN", m.group(0)))
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and digits[0] in "3456" and luhn_ok(digits) and not inside(m.start(), m.end()):
            raise AssertionError((doc["id"], "unlabelled card-like", m.group(0)))
    for m in IBAN_RE.finditer(text):
        if m.group(0)[:2] in IBAN_SPEC and iban_ok(m.group(0)) and not inside(m.start(), m.end()):
            raise AssertionError((doc["id"], "unlabelled IBAN", m.group(0)))

def main():
    docs = []
    for name, fmt, n, fn in TEMPLATES:
        for i in range(n):
            r = random.Random(f"{SEED}:{name}:{i}"); r.idx = i
            d = Doc(); fn(r, d)
            text = d.text()
            ents = [{"type": t, "start": a, "end": b} for t, a, b in d.ents]
            doc = {"id": f"h16_{name}-{i}", "text": text, "entities": ents, "classification": level([e["type"] for e in ents]), "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # re-read and re-validate
    back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    for doc in back: validate(doc)
    tc = collections.Counter(e["type"] for doc in back for e in doc["entities"])
    fc = collections.Counter(doc["format"] for doc in back)
    cc = collections.Counter(doc["classification"] for doc in back)
    print(f"documents: {len(back)}\nno-entity documents: {sum(1 for x in back if not x['entities'])}\n")
    for title, c in (("classification", cc), ("format", fc), ("entity type", tc)):
        print(title + ":")
        for k, v in c.most_common(): print(f"  {k:<30} {v}")
        print()

if __name__ == "__main__":
    main()
