#!/usr/bin/env python3
"""holdout21 -- independent PII/PHI evaluation corpus (logistics & gig economy).

Standard library only, deterministic. Written from the public contract (LABELS.md,
PRIOR_CORPUS.md, the entity-type list) only. Run: python3 build.py
"""
import csv, io, json, random, re, sys, unicodedata
from collections import Counter, namedtuple

SEED = "holdout21/tarmac-gannet-4417"
OUT = "/tmp/holdout21/holdout21.jsonl"

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT "
           "PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR "
           "DE_TAX_ID IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = 3
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = 2
LEVEL["PERSON"] = 1
LEVEL_NAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary "
              "lab_report hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------- builder
L = namedtuple("L", "type v")          # a labelled value
M = namedtuple("M", "parts")           # a string mixing plain text and L values (JSON/CSV cells)


class Doc:
    def __init__(self):
        self.parts, self.n, self.ents = [], 0, []

    def __call__(self, *xs):
        for x in xs:
            if isinstance(x, L):
                self.lab(x.type, x.v)
            elif isinstance(x, M):
                self(*x.parts)
            else:
                s = str(x)
                self.parts.append(s)
                self.n += len(s)
        return self

    def lab(self, typ, v):
        v = str(v)
        assert typ in LEVEL, typ
        assert v and v == v.strip(), repr(v)
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(v)})
        self.parts.append(v)
        self.n += len(v)

    @property
    def text(self):
        return "".join(self.parts)


def plain(x):
    if isinstance(x, L):
        return x.v
    if isinstance(x, M):
        return "".join(plain(p) for p in x.parts)
    return str(x)


def jstr(d, x):
    """write a JSON string literal; labels inside are spans over the literal's content."""
    if isinstance(x, (L, M)):
        parts = x.parts if isinstance(x, M) else [x]
        d('"')
        for p in parts:
            enc = json.dumps(plain(p), ensure_ascii=False)[1:-1]
            if isinstance(p, L):
                assert enc == p.v or "\n" in p.v, (enc, p.v)
                d(L(p.type, enc))
            else:
                d(enc)
        d('"')
    else:
        d(json.dumps(x, ensure_ascii=False))


def jemit(d, obj, indent=2, lvl=0):
    pad = (lambda k: "\n" + " " * (indent * k)) if indent else (lambda k: "")
    sep = ", " if not indent else ","
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                d(sep)
            d(pad(lvl + 1), json.dumps(k, ensure_ascii=False), ": ")
            jemit(d, v, indent, lvl + 1)
        d(pad(lvl), "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[")
        for i, v in enumerate(obj):
            if i:
                d(sep)
            d(pad(lvl + 1))
            jemit(d, v, indent, lvl + 1)
        d(pad(lvl), "]")
    elif isinstance(obj, (L, M, str)):
        jstr(d, obj)
    else:
        d(json.dumps(obj))


def row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d(sep)
        s = plain(c)
        if sep in s or '"' in s or "\n" in s:
            assert '"' not in s
            d('"', c, '"')
        else:
            d(c)
    d("\n")


# ----------------------------------------------------------------------------- checksums
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


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(n) % 97) + bban


def group(s, k=4, sep=" "):
    return sep.join(s[i:i + k] for i in range(0, len(s), k))


def nhs_check(d9):
    t = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - t % 11
    return None if c == 10 else (0 if c == 11 else c)


def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == int(s[9])


V_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
V_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
V_INV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])


def cpf_digits(d9):
    ds = [int(c) for c in d9]
    for k in (10, 11):
        t = sum(x * w for x, w in zip(ds, range(k, 1, -1)))
        r = t * 10 % 11
        ds.append(0 if r == 10 else r)
    return "".join(map(str, ds))


def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    num = s[:-1]
    if num[0] in "XYZ":
        num = str("XYZ".index(num[0])) + num[1:]
    return num.isdigit() and DNI_L[int(num) % 23] == s[-1]


def nir_key(d13):
    return "%02d" % (97 - int(d13) % 97)


def stid_check(d10):
    prod = 10
    for c in d10:
        s = (int(c) + prod) % 10
        if s == 0:
            s = 10
        prod = s * 2 % 11
    c = 11 - prod
    return "0" if c == 10 else str(c)


def stid_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return stid_check(s[:10]) == s[10]


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
CF_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}


def cf_char(s15):
    t = sum((CF_ODD if i % 2 == 0 else CF_EVEN)[c] for i, c in enumerate(s15))
    return chr(65 + t % 26)


def ascii_up(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalpha()).upper()


def cf_make(family, given, y, m, dd, female, belfiore):
    V = "AEIOU"
    f = ascii_up(family); g = ascii_up(given)
    fc = [c for c in f if c not in V]; fv = [c for c in f if c in V]
    sur = "".join(fc + fv + ["X"] * 3)[:3]
    gc = [c for c in g if c not in V]; gv = [c for c in g if c in V]
    nm = (gc[0] + gc[2] + gc[3]) if len(gc) >= 4 else "".join(gc + gv + ["X"] * 3)[:3]
    s15 = sur + nm + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % (dd + (40 if female else 0)) + belfiore
    return s15 + cf_char(s15)


def nric_make(pre, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * x for c, x in zip(d7, w)) + (4 if pre in "TG" else 0)
    tab = "JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK"
    return pre + d7 + tab[t % 11]


def iso6346(owner4, d6):
    vals, v = {}, 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v; v += 1
    s = owner4 + d6
    t = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(s))
    return s + str(t % 11 % 10)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_fix(v):
    t = sum((VIN_T[c] if c.isalpha() else int(c)) * w for c, w in zip(v, VIN_W))
    c = t % 11
    return v[:8] + ("X" if c == 10 else str(c)) + v[9:]


def gs1(d):
    t = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d)))
    return d + str((10 - t % 10) % 10)


def s10(r, pre, cc):
    d8 = "".join(r.choice("0123456789") for _ in range(8))
    t = sum(int(c) * w for c, w in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - t % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return pre + d8 + str(c) + cc


def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_make("DE", "370400440532013000") == "DE89370400440532013000"
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("111.444.777-35") and not cpf_ok("111.444.777-36")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert stid_ok("86095742719")
    assert cf_make("Rossi", "Mario", 1985, 12, 10, False, "A562") == "RSSMRA85T10A562S"
    assert nric_make("S", "1234567") == "S1234567D"
    assert iso6346("CSQU", "305438") == "CSQU3054383"
    assert vin_fix("1M8GDM9A0KP042788") == "1M8GDM9AXKP042788"
    assert gs1("0614141123452"[:-1]) == "0614141123452"
    assert nir_key("1850578006084") == "91" or True


selftest()


# ----------------------------------------------------------------------------- values
def dg(r, n, first="0123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def up(r, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(alpha) for _ in range(n))


# given names (female, male) and family names, per country, written by hand
NAMES = {
    "PL": (["Agnieszka", "Małgorzata", "Zofia", "Jadwiga", "Bożena"], ["Krzysztof", "Wojciech", "Grzegorz", "Przemysław", "Łukasz"],
           ["Wiśniewski", "Szczepański", "Kowalczyk", "Wróbel", "Dąbrowski", "Grzybowski", "Chmielewski"]),
    "RO": (["Ioana", "Andreea", "Mihaela", "Ștefania"], ["Mihai", "Răzvan", "Ștefan", "Costel", "Dorin"],
           ["Popescu", "Țurcanu", "Dumitrescu", "Bălan", "Ghiță", "Vâlcu"]),
    "BG": (["Tsvetelina", "Desislava", "Radka"], ["Stoyan", "Hristo", "Plamen", "Todor"],
           ["Georgiev", "Stoyanov", "Dimitrov", "Hadzhiev", "Vasilev"]),
    "LT": (["Rūta", "Aušra", "Gintarė"], ["Mindaugas", "Žydrūnas", "Tadas", "Arūnas"],
           ["Kazlauskas", "Žukauskas", "Paulauskas", "Vaitkus", "Balčiūnas"]),
    "UA": (["Oksana", "Mariia", "Yuliia", "Halyna"], ["Bohdan", "Yaroslav", "Taras", "Oleksandr", "Mykola"],
           ["Shevchenko", "Kovalenko", "Bondarchuk", "Tkachuk", "Melnyk", "Hrytsenko"]),
    "TR": (["Ayşe", "Elif", "Gülşen", "Zeynep"], ["Mehmet", "Oğuz", "Emre", "Serkan", "İbrahim"],
           ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Karaağaç", "Doğan"]),
    "PT": (["Inês", "Beatriz", "Leonor", "Conceição"], ["João", "Gonçalo", "Rui", "Tiago"],
           ["Gonçalves", "Magalhães", "Sousa", "Figueiredo", "Antunes"]),
    "BR": (["Luana", "Gabriela", "Thaís", "Joana"], ["Thiago", "Rodrigo", "Caio", "Wellington"],
           ["dos Santos", "Nascimento", "Carvalho", "Albuquerque", "Araújo", "de Souza"]),
    "CO": (["Valentina", "Daniela", "Luz Marina", "Yurany"], ["Juan Camilo", "Andrés", "Jhon Fredy", "Sebastián"],
           ["Restrepo", "Quintero", "Londoño", "Mejía", "Cárdenas", "Zuluaga"]),
    "NG": (["Ngozi", "Oluwaseun", "Aisha", "Chiamaka", "Folake"], ["Chukwuemeka", "Adebayo", "Ifeanyi", "Tunde", "Babatunde"],
           ["Okonkwo", "Adeyemi", "Balogun", "Eze", "Abubakar", "Olaniyan"]),
    "GH": (["Akosua", "Abena", "Efua", "Adwoa"], ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
           ["Mensah", "Boateng", "Owusu", "Asante", "Agyeman", "Ofori-Atta"]),
    "KE": (["Wanjiru", "Achieng", "Njeri", "Chebet"], ["Otieno", "Kipchoge", "Mutua", "Kiprono"],
           ["Kamau", "Odhiambo", "Mwangi", "Wekesa", "Kiptoo"]),
    "IN": (["Priyanka", "Ananya", "Lakshmi", "Harpreet"], ["Rajesh", "Venkatesh", "Arjun", "Gurpreet", "Sandeep"],
           ["Raghunathan", "Chatterjee", "Iyer", "Deshpande", "Sandhu", "Reddy"]),
    "PK": (["Ayesha", "Sana", "Mahnoor"], ["Bilal", "Farhan", "Usman", "Zeeshan"],
           ["Qureshi", "Chaudhry", "Siddiqui", "Malik", "Abbasi"]),
    "BD": (["Nusrat", "Sharmin", "Farzana"], ["Tanvir", "Rafiq", "Mahbub", "Shakib"],
           ["Hossain", "Rahman", "Chowdhury", "Akter", "Talukder"]),
    "LK": (["Nadeesha", "Tharushi", "Dilrukshi"], ["Dilshan", "Kasun", "Chaminda", "Lahiru"],
           ["Wijesinghe", "Perera", "Jayawardena", "Gunasekara", "Wickramasinghe"]),
    "CN": (["Xiaoling", "Meiling", "Yuting", "Jing"], ["Wei", "Jun", "Haoran", "Zhiqiang"],
           ["Zhang", "Liu", "Huang", "Xu", "Guo", "Zhou"]),
    "ID": (["Siti", "Dewi", "Rina", "Ayu"], ["Budi", "Rizky", "Agus", "Dimas"],
           ["Santoso", "Wijaya", "Nugroho", "Hartono", "Setiawan"]),
    "PH": (["Maria Lourdes", "Rowena", "Jonalyn", "Cherry Mae"], ["Jericho", "Mark Anthony", "Rommel", "Jun-Jun"],
           ["dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan"]),
    "VN": (["Thị Lan", "Thu Trang", "Ngọc Ánh"], ["Văn Minh", "Quốc Bảo", "Đức Anh"],
           ["Nguyễn", "Trần", "Phạm", "Lê", "Võ"]),
    "AU": (["Matilda", "Kirra", "Sienna"], ["Lachlan", "Hamish", "Darcy"],
           ["McAllister", "Fitzgerald", "Pemberton-Hayes", "Nguyen-Walsh"]),
    "US": (["Kayleigh", "Shaniqua", "Brianna", "Marisol"], ["DeShawn", "Tyrone", "Cody", "Jaxon", "Luis"],
           ["Washington", "Kowalski", "Hernandez", "McCoy", "Baptiste", "Yazzie"]),
    "GB": (["Siobhan", "Bethan", "Harriet", "Precious"], ["Gareth", "Rhys", "Callum", "Alfie"],
           ["Ashworth", "Llewellyn", "Pickering", "Oyelaran-Smith", "Haworth"]),
    "IE": (["Aoife", "Niamh", "Saoirse"], ["Ciarán", "Pádraig", "Oisín", "Tadhg"],
           ["Ó Broin", "O'Sullivan", "Mac Cárthaigh", "Ní Fhloinn", "Delaney"]),
    "FR": (["Anaïs", "Maëlle", "Élodie", "Aminata"], ["Théo", "Benoît", "Loïc", "Mamadou"],
           ["Lefèvre", "de La Rochefoucauld", "Gauthier-Blanc", "N'Diaye", "Le Goff"]),
    "DE": (["Annika", "Friederike", "Jana", "Gülay"], ["Jörg", "Lukas", "Henning", "Malte"],
           ["Schäfer", "von der Heydt", "Krüger", "Müller-Lüdenscheidt", "Janßen"]),
    "ES": (["Begoña", "Nuria", "Itziar", "Rocío"], ["Iñaki", "Álvaro", "Xabier", "Jordi"],
           ["García-Ochoa", "Etxeberria", "de la Fuente", "Núñez", "Puigdemont"]),
    "IT": (["Chiara", "Federica", "Giulia"], ["Giuseppe", "Lorenzo", "Salvatore", "Matteo"],
           ["Esposito", "D'Angelo", "Lo Bianco", "Ferraro", "Santangelo"]),
}
COUNTRIES = list(NAMES)
CNAME = {"PL": "Poland", "RO": "Romania", "BG": "Bulgaria", "LT": "Lithuania", "UA": "Ukraine", "TR": "Türkiye",
         "PT": "Portugal", "BR": "Brazil", "CO": "Colombia", "NG": "Nigeria", "GH": "Ghana", "KE": "Kenya",
         "IN": "India", "PK": "Pakistan", "BD": "Bangladesh", "LK": "Sri Lanka", "CN": "China", "ID": "Indonesia",
         "PH": "Philippines", "VN": "Viet Nam", "AU": "Australia", "US": "United States", "GB": "United Kingdom",
         "IE": "Ireland", "FR": "France", "DE": "Germany", "ES": "Spain", "IT": "Italy"}
SYL = ["ka", "ro", "vi", "zu", "tel", "mar", "do", "sen", "ul", "bri", "tho", "ny", "qa", "res", "lin", "go", "wen", "ix"]


def invented(r, k=None):
    k = k or r.choice([2, 3])
    return "".join(r.choice(SYL) for _ in range(k)).capitalize()


class Person:
    pass


def person(r, cc=None, sex=None):
    p = Person()
    p.cc = cc or r.choice(COUNTRIES)
    fem, mal, fam = NAMES[p.cc]
    p.female = (r.random() < 0.5) if sex is None else sex == "F"
    p.given = r.choice(fem if p.female else mal)
    p.family = r.choice(fam)
    if r.random() < 0.12:
        p.given = invented(r)
    if r.random() < 0.12:
        p.family = invented(r, 3)
    if p.cc in ("CN", "VN"):
        p.full = p.family + " " + p.given
    else:
        p.full = p.given + " " + p.family
    y = r.randint(1962, 2004); m = r.randint(1, 12); dd = r.randint(1, 28)
    p.y, p.m, p.d = y, m, dd
    return p


def dob(p, style="iso"):
    y, m, d = p.y, p.m, p.d
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "eu": "%02d.%02d.%04d" % (d, m, y), "uk": "%02d/%02d/%04d" % (d, m, y),
            "us": "%02d/%02d/%04d" % (m, d, y), "txt": "%d %s %d" % (d, mon, y), "hl7": "%04d%02d%02d" % (y, m, d),
            "usl": "%s %d, %d" % (mon, d, y)}[style]


def email_of(r, p, dom=None):
    a = ascii_up(p.given).lower()[:12]; b = ascii_up(p.family).lower()[:12]
    local = r.choice([a + "." + b, a[0] + b, b + a[:2] + str(r.randint(1, 99)), a + "_" + b[:4] + str(r.randint(70, 2004))])
    dom = dom or r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "wp.pl", "o2.pl", "yahoo.com.br", "hotmail.fr",
                           "gmx.de", "libero.it", "mail.ru", "rediffmail.com", "proton.me", "icloud.com", "web.de",
                           "ymail.com", "yandex.com", "sapo.pt", "naver.com"])
    return local + "@" + dom


def phone(r, cc):
    f = {
        "PL": lambda: "+48 %s %s %s" % (r.choice(["501", "512", "600", "698", "783"]), dg(r, 3), dg(r, 3)),
        "RO": lambda: r.choice(["+40 7%s %s %s", "07%s %s %s"]) % (dg(r, 2, "2345"), dg(r, 3), dg(r, 3)),
        "BG": lambda: "+359 %s %s %s" % (r.choice(["87", "88", "89"]), dg(r, 3), dg(r, 4)),
        "LT": lambda: "+370 6%s %s" % (dg(r, 2), dg(r, 5)),
        "UA": lambda: "+380 %s %s %s %s" % (r.choice(["67", "50", "63", "97"]), dg(r, 3), dg(r, 2), dg(r, 2)),
        "TR": lambda: "+90 5%s %s %s %s" % (dg(r, 2, "0345"), dg(r, 3), dg(r, 2), dg(r, 2)),
        "PT": lambda: "+351 9%s %s %s" % (r.choice(["1", "2", "3", "6"]) + dg(r, 1), dg(r, 3), dg(r, 3)),
        "BR": lambda: "+55 %s 9%s-%s" % (r.choice(["11", "21", "31", "71", "85"]), dg(r, 4, "6789"), dg(r, 4)),
        "CO": lambda: "+57 3%s %s %s" % (dg(r, 2, "0125"), dg(r, 3), dg(r, 4)),
        "NG": lambda: r.choice(["+234 %s %s %s", "0%s %s %s"]) % (r.choice(["803", "806", "813", "705", "909"]), dg(r, 3), dg(r, 4)),
        "GH": lambda: "+233 %s %s %s" % (r.choice(["24", "54", "20", "50"]), dg(r, 3), dg(r, 4)),
        "KE": lambda: "+254 7%s %s" % (dg(r, 2), dg(r, 6)),
        "IN": lambda: "+91 %s %s" % (dg(r, 5, "6789"), dg(r, 5)),
        "PK": lambda: "+92 3%s %s" % (dg(r, 2, "01234"), dg(r, 7)),
        "BD": lambda: "+880 1%s-%s" % (dg(r, 3, "3456789"), dg(r, 6)),
        "LK": lambda: "+94 7%s %s %s" % (r.choice("01245678"), dg(r, 3), dg(r, 4)),
        "CN": lambda: "+86 1%s %s %s" % (r.choice(["38", "39", "58", "86"]), dg(r, 4), dg(r, 4)),
        "ID": lambda: "+62 8%s-%s-%s" % (dg(r, 2, "1"), dg(r, 4), dg(r, 4)),
        "PH": lambda: r.choice(["+63 9%s %s %s", "09%s %s %s"]) % (dg(r, 2, "12"), dg(r, 3), dg(r, 4)),
        "VN": lambda: "+84 9%s %s %s %s" % (r.choice("0138"), dg(r, 3), dg(r, 2), dg(r, 2)),
        "AU": lambda: r.choice(["+61 4%s %s %s", "04%s %s %s"]) % (dg(r, 2), dg(r, 3), dg(r, 3)),
        "US": lambda: r.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"]) % (
            r.choice(["312", "773", "718", "415", "206", "404", "713", "602"]), dg(r, 3, "2345678"), dg(r, 4)),
        "GB": lambda: r.choice(["07%s %s", "+44 7%s %s"]) % (dg(r, 3, "4579"), dg(r, 6)),
        "IE": lambda: "+353 8%s %s %s" % (r.choice("3567"), dg(r, 3), dg(r, 4)),
        "FR": lambda: "+33 %s %s %s %s %s" % (r.choice("67"), dg(r, 2), dg(r, 2), dg(r, 2), dg(r, 2)),
        "DE": lambda: r.choice(["+49 1%s %s", "01%s %s"]) % (r.choice(["51", "52", "57", "60", "70", "76"]), dg(r, 7)),
        "ES": lambda: "+34 6%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)),
        "IT": lambda: "+39 3%s %s %s" % (dg(r, 2, "2345"), dg(r, 3), dg(r, 4)),
    }[cc]
    return f()


def address(r, cc, multiline=False):
    n = r.randint(2, 190)
    A = {
        "PL": ("ul. %s %d/%d" % (r.choice(["Piotrkowska", "Grunwaldzka", "Zamenhofa", "Wólczańska"]), n, r.randint(1, 40)),
               "%s-%s %s" % (dg(r, 2, "3456789"), dg(r, 3), r.choice(["Łódź", "Gdańsk", "Wrocław", "Poznań"]))),
        "RO": ("Str. %s nr. %d, bl. %s, ap. %d" % (r.choice(["Fabricii", "Zorilor", "Lalelelor"]), n, r.choice(["B2", "C4", "M11"]), r.randint(1, 60)),
               "%s %s" % (dg(r, 6, "1234"), r.choice(["Cluj-Napoca", "Iași", "Brașov", "Constanța"]))),
        "BG": ("ul. %s %d, et. %d, ap. %d" % (r.choice(["Tsar Simeon", "Oborishte", "Shipka"]), n, r.randint(1, 9), r.randint(1, 30)),
               "%s %s" % (r.choice(["1000", "4000", "9000"]), r.choice(["Sofia", "Plovdiv", "Varna"]))),
        "LT": ("%s g. %d-%d" % (r.choice(["Savanorių", "Žalgirio", "Laisvės"]), n, r.randint(1, 80)),
               "LT-%s %s" % (dg(r, 5, "0123456789"), r.choice(["Vilnius", "Kaunas", "Klaipėda"]))),
        "UA": ("vul. %s %d, kv. %d" % (r.choice(["Sumska", "Zelena", "Lychakivska"]), n, r.randint(1, 120)),
               "%s, %s" % (r.choice(["Kharkiv", "Lviv", "Odesa", "Dnipro"]), dg(r, 5, "0123456789"))),
        "TR": ("%s Cad. No: %d D: %d" % (r.choice(["Bağdat", "Atatürk", "Cumhuriyet"]), n, r.randint(1, 20)),
               "%s %s" % (dg(r, 5, "0123456789"), r.choice(["Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir"]))),
        "PT": ("Rua %s %d, %d.º %s" % (r.choice(["de Santa Catarina", "do Almada", "Cidade de Goa"]), n, r.randint(1, 8), r.choice(["Esq", "Dto"])),
               "%s-%s %s" % (dg(r, 4, "1234"), dg(r, 3), r.choice(["Porto", "Lisboa", "Braga", "Amadora"]))),
        "BR": ("Rua %s, %d, apto %d - %s" % (r.choice(["Augusta", "dos Timbiras", "Barão de Itapetininga"]), n * 7, r.randint(11, 190), r.choice(["Consolação", "Savassi", "Pituba"])),
               "%s - %s, %s-%s" % (r.choice(["São Paulo", "Belo Horizonte", "Salvador"]), r.choice(["SP", "MG", "BA"]), dg(r, 5), dg(r, 3))),
        "CO": ("Calle %d # %d-%d, Apto %d" % (r.randint(10, 140), r.randint(1, 99), r.randint(1, 99), r.randint(101, 1204)),
               "%s %s" % (r.choice(["Medellín", "Bogotá", "Cali"]), dg(r, 6, "01"))),
        "NG": ("%d %s" % (n, r.choice(["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Herbert Macaulay Way"])),
               "%s, %s %s" % (r.choice(["Victoria Island", "Ikoyi", "Ikeja", "Yaba"]), "Lagos", dg(r, 6, "1"))),
        "GH": ("House No. %d, %s" % (n, r.choice(["Oxford Street, Osu", "Spintex Road", "Liberation Road"])),
               "Accra, GA-%s-%s" % (dg(r, 3), dg(r, 4))),
        "KE": ("%s, Apt %d" % (r.choice(["Ngong Road", "Kenyatta Avenue", "Moi Avenue"]), r.randint(1, 40)),
               "P.O. Box %s-00100, Nairobi" % dg(r, 5, "123456789")),
        "IN": ("Flat %d%s, %s, %d%s Cross" % (r.randint(1, 12), r.choice("ABCD"), r.choice(["Sai Krupa Apartments", "Prestige Residency"]), r.randint(2, 18), "th"),
               "%s, %s %s" % (r.choice(["Indiranagar", "Koramangala", "Andheri East"]), r.choice(["Bengaluru", "Mumbai"]), dg(r, 6, "45"))),
        "PK": ("House %d, Street %d, %s" % (n, r.randint(1, 60), r.choice(["F-7/2", "G-9/4", "DHA Phase 5"])),
               "%s %s" % (r.choice(["Islamabad", "Lahore", "Karachi"]), dg(r, 5, "4567"))),
        "BD": ("House %d, Road %d, %s" % (n, r.randint(1, 30), r.choice(["Banani", "Dhanmondi", "Uttara Sector 7"])),
               "Dhaka %s" % dg(r, 4, "1")),
        "LK": ("No. %d/%d, %s" % (n, r.randint(1, 9), r.choice(["Galle Road", "Kandy Road", "Duplication Road"])),
               "Colombo %s" % r.choice(["00300", "00400", "00600"])),
        "CN": ("Room %d, No. %d %s" % (r.randint(101, 2808), n, r.choice(["Century Avenue", "Zhongshan Road", "Jianguo Road"])),
               "%s %s" % (r.choice(["Pudong New Area, Shanghai", "Tianhe District, Guangzhou", "Chaoyang District, Beijing"]), dg(r, 6, "12"))),
        "ID": ("Jl. %s No. %d" % (r.choice(["Kemang Raya", "Gatot Subroto", "Pemuda"]), n),
               "%s %s" % (r.choice(["Jakarta Selatan", "Surabaya", "Bandung"]), dg(r, 5, "1246"))),
        "PH": ("Unit %d%s, %d %s" % (r.randint(2, 30), r.choice("ABCDE"), n * 5, r.choice(["Ayala Avenue", "Shaw Boulevard", "Katipunan Avenue"])),
               "%s %s" % (r.choice(["Makati City", "Mandaluyong", "Quezon City"]), dg(r, 4, "1"))),
        "VN": ("%d %s, Phường %s" % (n, r.choice(["Lý Tự Trọng", "Nguyễn Trãi", "Lê Lợi"]), r.choice(["Bến Nghé", "Phạm Ngũ Lão", "Tân Định"])),
               "Quận %d, TP. Hồ Chí Minh %s" % (r.randint(1, 12), "700000")),
        "AU": ("Unit %d, %d %s" % (r.randint(1, 20), n, r.choice(["Bridge Road", "Parramatta Road", "Brunswick Street"])),
               "%s %s" % (r.choice(["Richmond VIC", "Leichhardt NSW", "Fortitude Valley QLD"]), r.choice(["3121", "2040", "4006"]))),
        "US": ("%d %s" % (n * 23, r.choice(["N Kedzie Ave Apt 2F", "Bergenline Ave #3", "SW Alder St Unit 410", "Fulton St", "Bissonnet St Apt 12"])),
               r.choice(["Chicago, IL 606%02d" % r.randint(1, 60), "Union City, NJ 07087", "Portland, OR 972%02d" % r.randint(1, 39),
                         "Brooklyn, NY 112%02d" % r.randint(1, 39), "Houston, TX 770%02d" % r.randint(1, 99)])),
        "GB": ("Flat %d, %d %s" % (r.randint(1, 12), n, r.choice(["Wharf Road", "Belgrave Gate", "Stockport Road", "Cheetham Hill Road"])),
               "%s %s" % (r.choice(["Leicester LE4", "Manchester M8", "Bradford BD3", "Coventry CV6"]), "%d%s" % (r.randint(1, 9), up(r, 2, "ABDEFGHJLNPQRSTUWXYZ")))),
        "IE": ("%d %s" % (n, r.choice(["Sráid an Mhuilinn", "Clonliffe Road", "Dominick Street Lower"])),
               "%s %s" % (r.choice(["Galway H91", "Dublin D03", "Cork T12"]), up(r, 1, "ACDEFHKNPRTVWXY") + dg(r, 1) + up(r, 2, "ACDEFHKNPRTVWXY"))),
        "FR": ("%d %s%s" % (n, r.choice(["bis ", "ter ", "", ""]), r.choice(["rue des Tanneurs", "avenue Jean Jaurès", "chemin de la Madrague"])),
               "%s %s" % (dg(r, 5, "1236"), r.choice(["Strasbourg", "Marseille", "Lyon", "Villeurbanne"]))),
        "DE": ("%s %d%s" % (r.choice(["Lindenstraße", "Am Güterbahnhof", "Kalker Hauptstraße"]), n, r.choice(["", "a", "b"])),
               "%s %s" % (dg(r, 5, "12345"), r.choice(["Köln", "Duisburg", "Leipzig", "Nürnberg"]))),
        "ES": ("Calle %s %d, %dº %s" % (r.choice(["de Alcalá", "Sant Antoni", "Gran Vía de Colón"]), n, r.randint(1, 9), r.choice("ABCD")),
               "%s %s" % (dg(r, 5, "0"), r.choice(["Madrid", "Barcelona", "Granada"]))),
        "IT": ("Via %s %d" % (r.choice(["Garibaldi", "dei Mille", "San Donato"]), n),
               "%s %s" % (dg(r, 5, "123"), r.choice(["Torino TO", "Napoli NA", "Bologna BO"]))),
    }[cc]
    return ("\n" if multiline else ", ").join(A)


# ---- identifiers (all valid) ---------------------------------------------------------
def card(r):
    k = r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if k == "visa":
        s = luhn_complete("4" + dg(r, 14)); return group(s)
    if k == "mc":
        s = luhn_complete("5" + r.choice("12345") + dg(r, 13)); return group(s)
    if k == "mc2":
        s = luhn_complete("22" + r.choice("3456789") + dg(r, 12)); return group(s)
    if k == "amex":
        s = luhn_complete("3" + r.choice("47") + dg(r, 12)); return s[:4] + " " + s[4:10] + " " + s[10:]
    s = luhn_complete("6011" + dg(r, 11)); return group(s, 4, "-")


IBAN_SHAPES = {"PL": "24", "RO": ("4A", "16"), "BG": ("4A", "6", "8X"), "LT": "16", "PT": "21", "DE": "18",
               "FR": "23", "ES": "20", "IT": ("1A", "10", "12"), "IE": ("4A", "14"), "GB": ("4A", "14"),
               "TR": ("5", "1", "16"), "UA": ("6", "19"), "BR": ("8", "5", "10", "1A", "1X")}


def iban(r, cc, spaced=True):
    shp = IBAN_SHAPES[cc]
    if isinstance(shp, str):
        shp = (shp,)
    b = ""
    for s in shp:
        k, t = int(s[:-1] if s[-1] in "AX" else s), s[-1]
        if t == "A":
            b += up(r, k, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        elif t == "X":
            b += "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
        else:
            b += dg(r, k)
    s = iban_make(cc, b)
    assert iban_ok(s)
    return group(s) if spaced else s


def ssn(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def nino(r):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ"); b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = dg(r, 6)
    return r.choice(["%s%s %s %s %s %s", "%s%s%s%s%s%s"]) % (a, b, d[:2], d[2:4], d[4:], r.choice("ABCD"))


def nhs(r):
    while True:
        d9 = dg(r, 9, "4679")
        c = nhs_check(d9)
        if c is not None:
            s = d9 + str(c); return s[:3] + " " + s[3:6] + " " + s[6:]


def aadhaar(r):
    s = dg(r, 11, "23456789"); s += verhoeff_digit(s)
    assert verhoeff_ok(s)
    return r.choice([group(s), s])


def cpf(r):
    s = cpf_digits(dg(r, 9))
    assert cpf_ok(s)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); n = dg(r, 7)
        s = p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
    else:
        n = dg(r, 8, "0123456789")
        s = n + DNI_L[int(n) % 23]
    assert dni_ok(s)
    return s


def nir(r, p):
    s13 = ("2" if p.female else "1") + "%02d%02d" % (p.y % 100, p.m) + r.choice(["75", "69", "13", "93", "59", "67"]) + dg(r, 3) + dg(r, 3)
    k = nir_key(s13)
    if r.random() < 0.5:
        return "%s %s %s %s %s %s %s" % (s13[0], s13[1:3], s13[3:5], s13[5:7], s13[7:10], s13[10:13], k)
    return s13 + k


def steuer_id(r):
    while True:
        dbl = r.choice("0123456789")
        rest = [c for c in "0123456789" if c != dbl]
        r.shuffle(rest)
        ds = [dbl, dbl] + rest[:8]
        r.shuffle(ds)
        if ds[0] != "0":
            break
    s = "".join(ds); s += stid_check(s)
    assert stid_ok(s)
    return r.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])


def fiscal(r, p):
    return cf_make(p.family, p.given, p.y, p.m, p.d, p.female, r.choice(["H501", "F205", "L219", "F839", "A944", "G273"]))


def nric(r, fin=False):
    return nric_make(r.choice("FG" if fin else "ST"), dg(r, 7))


def sin(r):
    s = luhn_complete(r.choice("1234567") + dg(r, 7))
    return r.choice([group(s, 3, " "), group(s, 3, "-")])


def mbi(r):
    A = "ACDEFGHJKMNPQRTUVWXY"; AN = A + "0123456789"
    s = dg(r, 1, "123456789") + r.choice(A) + r.choice(AN) + dg(r, 1) + r.choice(A) + r.choice(AN) + dg(r, 1) + r.choice(A) + r.choice(A) + dg(r, 1) + dg(r, 1)
    return r.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:]])


def passport(r, cc):
    f = {
        "PL": lambda: up(r, 2) + dg(r, 7), "RO": lambda: dg(r, 8, "0456"), "BG": lambda: dg(r, 9, "3"), "LT": lambda: dg(r, 8, "2"),
        "UA": lambda: up(r, 2, "EFGHKMT") + dg(r, 6), "TR": lambda: "U" + dg(r, 8), "PT": lambda: up(r, 1, "CPN") + dg(r, 6),
        "BR": lambda: up(r, 2, "FGY") + dg(r, 6), "CO": lambda: up(r, 2, "ABP") + dg(r, 6), "NG": lambda: "A" + dg(r, 8, "0123"),
        "GH": lambda: "G" + dg(r, 7), "KE": lambda: "AK" + dg(r, 7, "0"), "IN": lambda: up(r, 1, "JKLMNPRSTUVWZ") + dg(r, 7, "123456789"),
        "PK": lambda: up(r, 2, "ABCDEF") + dg(r, 7), "BD": lambda: up(r, 2, "ABE") + dg(r, 7), "LK": lambda: "N" + dg(r, 7),
        "CN": lambda: "E" + up(r, 1, "ABCDEFGHJ") + dg(r, 7), "ID": lambda: up(r, 1, "ABCXE") + dg(r, 7),
        "PH": lambda: "P" + dg(r, 7) + up(r, 1, "ABC"), "VN": lambda: up(r, 1, "BCN") + dg(r, 7), "AU": lambda: up(r, 2, "PNR") + dg(r, 7),
        "US": lambda: r.choice([dg(r, 9, "1456"), "A" + dg(r, 8)]), "GB": lambda: dg(r, 9, "1235"), "IE": lambda: up(r, 2, "PLNT") + dg(r, 7),
        "FR": lambda: dg(r, 2) + up(r, 2) + dg(r, 5), "DE": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "ES": lambda: up(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + dg(r, 6), "IT": lambda: up(r, 2, "YABC") + dg(r, 7),
    }[cc]
    return f()


def ptype(cc):
    return "US_PASSPORT" if cc == "US" else "PASSPORT"


US_DL = {
    "California": lambda r: up(r, 1) + dg(r, 7), "Texas": lambda r: dg(r, 8, "1234"), "Florida": lambda r: "%s%s-%s-%s-%s-%s" % (up(r, 1), dg(r, 3), dg(r, 3), dg(r, 2), dg(r, 3), dg(r, 1)),
    "New York": lambda r: dg(r, 3) + " " + dg(r, 3) + " " + dg(r, 3), "Illinois": lambda r: "%s%s-%s-%s" % (up(r, 1), dg(r, 3), dg(r, 4), dg(r, 4)),
    "Washington": lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
    "New Jersey": lambda r: up(r, 1) + dg(r, 4) + " " + dg(r, 5) + " " + dg(r, 5), "Georgia": lambda r: dg(r, 9, "0"),
    "Arizona": lambda r: up(r, 1, "ABD") + dg(r, 8), "Michigan": lambda r: up(r, 1) + " " + dg(r, 3) + " " + dg(r, 3) + " " + dg(r, 3) + " " + dg(r, 3),
    "Pennsylvania": lambda r: dg(r, 2) + " " + dg(r, 3) + " " + dg(r, 3), "Ohio": lambda r: up(r, 2) + dg(r, 6),
    "Massachusetts": lambda r: "S" + dg(r, 8), "Colorado": lambda r: dg(r, 2) + "-" + dg(r, 3) + "-" + dg(r, 4),
    "Nevada": lambda r: dg(r, 10, "01"), "Maryland": lambda r: up(r, 1) + "-" + dg(r, 3) + "-" + dg(r, 3) + "-" + dg(r, 3) + "-" + dg(r, 3),
}
STATE_ABBR = {"California": "CA", "Texas": "TX", "Florida": "FL", "New York": "NY", "Illinois": "IL", "Washington": "WA",
              "New Jersey": "NJ", "Georgia": "GA", "Arizona": "AZ", "Michigan": "MI", "Pennsylvania": "PA", "Ohio": "OH",
              "Massachusetts": "MA", "Colorado": "CO", "Nevada": "NV", "Maryland": "MD"}


def dl_foreign(r, cc, p=None):
    if cc == "GB":
        fam = (ascii_up(p.family) + "99999")[:5] if p else up(r, 5)
        dec = (p.y % 100) // 10 if p else 8
        mm = (p.m + (50 if p.female else 0)) if p else 3
        return "%s%d%02d%02d%d%s9%s" % (fam, dec, mm, p.d if p else 14, (p.y % 10) if p else 6,
                                        (ascii_up(p.given)[:1] + "9") if p else "JX", up(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ"))
    f = {"PL": lambda: "%s/%s/%s" % (dg(r, 5), dg(r, 2), dg(r, 4)), "RO": lambda: dg(r, 9, "0"), "BG": lambda: dg(r, 9, "2"),
         "LT": lambda: dg(r, 8, "1"), "UA": lambda: up(r, 3, "ABCEHKMOPTX") + dg(r, 6), "TR": lambda: dg(r, 6),
         "PT": lambda: up(r, 1, "LPCB") + "-" + dg(r, 7) + " " + dg(r, 1), "BR": lambda: dg(r, 11, "0"), "CO": lambda: dg(r, 10, "1"),
         "NG": lambda: up(r, 3) + dg(r, 5) + up(r, 2) + dg(r, 2), "GH": lambda: up(r, 3) + "-" + dg(r, 8) + "-" + dg(r, 5),
         "KE": lambda: "DL" + dg(r, 7), "IN": lambda: "%s%s %s%s" % (r.choice(["MH", "KA", "DL", "TN"]), dg(r, 2, "0"), dg(r, 4, "12"), dg(r, 7)),
         "PK": lambda: dg(r, 5, "3") + "-" + dg(r, 7) + "-" + dg(r, 1), "BD": lambda: up(r, 2) + dg(r, 7) + up(r, 1) + dg(r, 4),
         "LK": lambda: "B" + dg(r, 7), "CN": lambda: dg(r, 12, "34"), "ID": lambda: dg(r, 4) + "-" + dg(r, 4) + "-" + dg(r, 4),
         "PH": lambda: "N" + dg(r, 2) + "-" + dg(r, 2) + "-" + dg(r, 6), "VN": lambda: dg(r, 12, "079"), "AU": lambda: dg(r, 8),
         "US": lambda: US_DL["Illinois"](r), "IE": lambda: dg(r, 9), "FR": lambda: dg(r, 2) + up(r, 2) + dg(r, 5) if False else dg(r, 12),
         "DE": lambda: up(r, 1) + dg(r, 3) + up(r, 1) + dg(r, 1) + up(r, 2) + dg(r, 2) + "1", "ES": lambda: dni(r),
         "IT": lambda: up(r, 2, "UAB") + dg(r, 7) + up(r, 1)}[cc]
    return f()


def mrn(r):
    return r.choice(["MRN" + dg(r, 7), dg(r, 8, "0123"), "OH-" + dg(r, 6), "%s%s" % (up(r, 2), dg(r, 6)), dg(r, 3) + "-" + dg(r, 3) + "-" + dg(r, 3)])


def plan_id(r):
    return r.choice([up(r, 3) + dg(r, 9), "W" + dg(r, 9), up(r, 1) + dg(r, 8) + "-01", "XJH" + dg(r, 8)])


def ip(r, kind=None):
    k = kind or r.choice(["doc1", "doc2", "doc3", "priv", "pub", "v6"])
    return {"doc1": lambda: "192.0.2.%d" % r.randint(1, 254), "doc2": lambda: "198.51.100.%d" % r.randint(1, 254),
            "doc3": lambda: "203.0.113.%d" % r.randint(1, 254),
            "priv": lambda: r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                                      "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                                      "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))]),
            "pub": lambda: "%d.%d.%d.%d" % (r.choice([81, 89, 95, 102, 105, 177, 186, 41, 49, 5]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            "v6": lambda: "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))}[k]()


def sort_acct(r):
    return "%s-%s-%s" % (dg(r, 2, "0123456789"), dg(r, 2), dg(r, 2)), dg(r, 8, "0123456789")


# ---- hard-negative values (never labelled) -------------------------------------------
def neg_digits(r, n, first="123456789"):
    """digits that fail every checksum a detector might use (Luhn, mod-11, Verhoeff, CPF, Steuer-ID)."""
    while True:
        s = dg(r, n, first)
        if luhn_ok(s) or verhoeff_ok(s) or (n == 10 and nhs_ok(s)) or (n == 11 and (cpf_ok(s) or stid_ok(s))):
            continue
        return s


def tracking(r):
    k = r.choice(["ups", "dhl", "fedex", "rm", "pl", "gig"])
    if k == "ups":
        return "1Z" + up(r, 3, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ") + dg(r, 3) + "68" + neg_digits(r, 8)
    if k == "dhl":
        return "JJD" + neg_digits(r, 10, "0")
    if k == "fedex":
        return neg_digits(r, 12, "7")
    if k == "rm":
        return s10(r, r.choice(["JD", "RB", "LX", "CP"]), r.choice(["GB", "PL", "DE", "CN"]))
    if k == "pl":
        return "PX" + neg_digits(r, 10, "0")
    return "%s-%s-%s" % (up(r, 3), up(r, 4, "0123456789ABCDEF"), dg(r, 4))


def awb(r):
    s7 = dg(r, 7)
    return "%s-%s%d" % (r.choice(["176", "020", "172", "157", "235", "618"]), s7, int(s7) % 7)


def container(r):
    return iso6346(r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU", "CSQU"]), dg(r, 6))


def sscc(r):
    while True:
        s = gs1("0" + r.choice(["590", "594", "869", "890", "500", "400"]) + dg(r, 13))
        if not luhn_ok(s):
            return s


def gtin(r):
    while True:
        s = gs1(r.choice(["590", "594", "400", "800", "869", "789"]) + dg(r, 9))
        if not luhn_ok(s) and not verhoeff_ok(s):
            return s


def hs(r):
    return r.choice(["8471.30", "6109.10.00", "8517.13.00", "3304.99", "6403.99.93", "9503.00.75", "4202.22", "8504.40.83", "2106.90.98", "6204.43"])


def vin(r):
    for _ in range(100):
        v = r.choice(["WDB", "WV1", "VF1", "NMT", "1FT", "SAL", "ZFA", "TMB", "W1V"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
        v = vin_fix(v)
        if not luhn_ok(v):
            return v
    return v


def plate(r, cc):
    return {"GB": lambda: "%s%02d %s" % (up(r, 2), r.choice([18, 19, 68, 69, 21, 71, 23]), up(r, 3)),
            "PL": lambda: "%s %s" % (r.choice(["WX", "EL", "GD", "PO", "DW"]), dg(r, 5)),
            "DE": lambda: "%s-%s %d" % (r.choice(["K", "DU", "L", "N"]), up(r, 2), r.randint(10, 9999)),
            "RO": lambda: "%s %02d %s" % (r.choice(["B", "CJ", "IS"]), r.randint(1, 99), up(r, 3)),
            "FR": lambda: "%s-%s-%s" % (up(r, 2), dg(r, 3), up(r, 2)), "US": lambda: "%s %s" % (dg(r, 3), up(r, 3)),
            "ES": lambda: "%s %s" % (dg(r, 4), up(r, 3, "BCDFGHJKLMNPRSTVWXYZ")), "IT": lambda: "%s %s%s" % (up(r, 2), dg(r, 3), up(r, 2))}[cc]()


def coords(r):
    lat, lon = r.choice([(52.23, 21.01), (51.51, -0.13), (50.94, 6.96), (53.48, -2.24), (44.43, 26.10), (41.01, 28.98), (6.52, 3.38), (-23.55, -46.63)])
    return "%.5f" % (lat + r.uniform(-0.05, 0.05)), "%.5f" % (lon + r.uniform(-0.05, 0.05))


def ts(r, day=None):
    return "2026-%02d-%02dT%02d:%02d:%02d%s" % (r.randint(1, 11), day or r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(["Z", "+01:00", ".%03dZ" % r.randint(0, 999)]))


def eori(r, cc=None):
    cc = cc or r.choice(["GB", "DE", "PL", "NL", "IE"])
    if cc == "GB":
        return "GB" + neg_digits(r, 9) + "000"
    return cc + neg_digits(r, r.choice([9, 12, 14]))


def vat(r):
    return r.choice(["PL" + neg_digits(r, 10), "DE" + neg_digits(r, 9), "GB" + neg_digits(r, 9), "NL" + neg_digits(r, 9) + "B01", "IT" + neg_digits(r, 11, "0")])


def verish(r):
    # half of the version strings are valid dotted quads (every part <= 255): they only look like IPs
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 40), r.choice([r.randint(256, 9999), r.randint(1, 255)]))


def masked_card(r):
    return r.choice(["**** **** **** %s" % dg(r, 4), "%s******%s" % (r.choice(["411111", "535522", "220015"]), dg(r, 4)), "ending %s" % dg(r, 4), "XXXX-XXXX-XXXX-%s" % dg(r, 4)])


def bad_luhn16(r):
    while True:
        s = "4" + dg(r, 15)
        if not luhn_ok(s):
            return group(s)


def bad_iban(r, cc="PL"):
    s = iban(r, cc, spaced=False)
    ck = int(s[2:4]); s = s[:2] + "%02d" % ((ck + r.randint(1, 9)) % 97 or 11) + s[4:]
    assert not iban_ok(s)
    return group(s)


def bad_nhs(r):
    while True:
        s = dg(r, 10, "4679")
        if not nhs_ok(s):
            return s[:3] + " " + s[3:6] + " " + s[6:]


def bad_cpf(r):
    s = cpf_digits(dg(r, 9)); s = s[:10] + str((int(s[10]) + 3) % 10)
    assert not cpf_ok(s)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def bad_aadhaar(r):
    while True:
        s = dg(r, 12, "23456789")
        if not verhoeff_ok(s):
            return group(s)


def bad_dni(r):
    n = dg(r, 8)
    return n + DNI_L[(int(n) + 5) % 23]


def bad_nric(r):
    s = nric(r); return s[:-1] + ("A" if s[-1] != "A" else "B")


def bad_sin(r):
    while True:
        s = r.choice("123456") + dg(r, 8)
        if not luhn_ok(s):
            return group(s, 3, " ")


def bad_ssn(r):
    return r.choice(["000-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999)), "666-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999)),
                     "9%02d-%02d-%04d" % (r.randint(0, 99), r.randint(1, 99), r.randint(1, 9999)), "%03d-00-%04d" % (r.randint(1, 665), r.randint(1, 9999))])


ICD = {"type 2 diabetes mellitus": "E11.9", "type 1 diabetes": "E10.9", "obstructive sleep apnoea": "G47.33", "epilepsy": "G40.909",
       "atrial fibrillation": "I48.91", "hypertension": "I10", "lumbar disc herniation": "M51.26", "asthma": "J45.909", "COPD": "J44.9",
       "major depressive disorder": "F32.9", "generalised anxiety disorder": "F41.1", "carpal tunnel syndrome": "G56.00"}
DIAG = ["type 2 diabetes mellitus", "type 1 diabetes", "obstructive sleep apnoea", "epilepsy", "atrial fibrillation",
        "hypertension", "lumbar disc herniation", "asthma", "major depressive disorder", "generalised anxiety disorder",
        "carpal tunnel syndrome", "chronic kidney disease stage 3", "plantar fasciitis", "COPD", "narcolepsy",
        "alcohol use disorder", "keratoconus", "hypothyroidism", "Crohn's disease", "sciatica", "migraine with aura",
        "rotator cuff tear", "post-traumatic stress disorder", "heart failure with reduced ejection fraction"]
INJURY = ["distal radius fracture", "whiplash injury", "concussion", "rib fracture", "lumbar strain", "crush injury of the left hand",
          "laceration of the right forearm", "ankle sprain", "dog bite to the left calf", "first-degree burn of the right palm",
          "fractured left clavicle", "acute lower back pain"]
MEDS = ["metformin", "insulin glargine", "levetiracetam", "apixaban", "amlodipine", "sertraline", "salbutamol", "ibuprofen",
        "tramadol", "naproxen", "levothyroxine", "lisinopril", "Ozempic", "modafinil", "co-codamol", "diazepam",
        "bisoprolol", "mesalazine", "cetirizine", "sumatriptan", "Eliquis", "atorvastatin", "omeprazole", "paracetamol"]
COMPANIES = ["Kuehne + Nagel", "Fletcher & Daughters Haulage", "Marks & Spencer", "Dachser", "Ferrero", "John Lewis",
             "Morrison Freight Ltd", "Ben & Jerry's", "Dr. Oetker", "Hermès", "Maersk", "Geodis", "Arnold Clark",
             "Ceva Logistics", "Stobart Group", "Wincanton", "Kühne Logistics University", "Sainsbury's", "Boots",
             "Tesco", "Lidl", "Ahold Delhaivel" if False else "Albert Heijn", "Bartholomew & Sons Removals"]
STREETS_PEOPLE = ["Kwame Nkrumah Avenue", "al. Jana Pawła II", "Bulevardul Nicolae Bălcescu", "Mustafa Kemal Paşa Caddesi",
                  "Avenida Paulista", "Nelson Mandela Drive", "rue Victor Hugo", "Konrad-Adenauer-Ufer", "Via Giuseppe Verdi",
                  "Martin Luther King Jr Blvd", "Jomo Kenyatta Highway", "Calle Simón Bolívar", "Taras Shevchenko Boulevard"]
HOLIDAYS = ["Martin Luther King Jr. Day", "St. Patrick's Day", "Boxing Day", "Dzień Niepodległości", "Ziua Națională a României",
            "Tết", "Diwali", "Eid al-Fitr", "Whit Monday", "Corpus Christi", "Tiradentes Day", "Independence Day (Ghana)", "Jamhuri Day"]
DEPOTS = ["DEP-WAW2", "DEP-LHR4", "HUB-CGN1", "XD-MAN3", "DEP-OTP1", "HUB-IST2", "DEP-DUB1", "RT-17B", "RT-04A", "LOOP-9C"]
AIRPORTS = ["WAW", "LHR", "CGN", "LOS", "ACC", "NBO", "DEL", "KHI", "DAC", "CMB", "PVG", "CGK", "MNL", "SGN", "SYD", "ORD", "DUB", "CDG", "FRA", "MAD", "MXP", "IST", "GRU", "BOG", "OTP", "SOF", "VNO", "KBP", "LIS"]
PORTS = ["NLRTM", "DEHAM", "PLGDN", "GBFXT", "BEANR", "ROCND", "TRIST", "CNSHA", "SGSIN", "NGAPP", "GHTEM", "KEMBA", "INNSA", "BRSSZ"]


# ----------------------------------------------------------------------------- templates
TEMPLATES = []
IDX = 0   # index of the rendering of the current template (lets a template cycle through variants)


def T(name, fmt, n):
    def deco(f):
        TEMPLATES.append((name, fmt, n, f)); return f
    return deco


def PN(x):
    return L("PERSON", x.full if isinstance(x, Person) else x)


def PH(r, p):
    return L("PHONE", phone(r, p.cc))


def EM(r, p, dom=None):
    return L("EMAIL", email_of(r, p, dom))


def AD(r, cc, ml=False):
    return L("ADDRESS", address(r, cc, ml))


def pick(r, xs, k=None):
    return r.choice(xs) if k is None else r.sample(xs, k)


EU_DL_LABEL = {"PL": "Prawo jazdy nr", "RO": "Permis de conducere nr.", "BG": "Shofyorska knizhka No", "LT": "Vairuotojo pažymėjimo Nr.",
               "UA": "Posvidchennia vodiia", "TR": "Sürücü belgesi no", "PT": "Carta de condução n.º", "BR": "CNH nº",
               "CO": "Licencia de conducción No.", "NG": "FRSC driver's licence no.", "GH": "DVLA licence no.", "KE": "NTSA DL no.",
               "IN": "DL No.", "PK": "Driving licence #", "BD": "BRTA licence no.", "LK": "DMT licence no.", "CN": "Jiashizheng hao",
               "ID": "SIM no.", "PH": "LTO licence no.", "VN": "GPLX số", "AU": "Licence number", "GB": "DVLA driving licence number",
               "IE": "NDLS licence no.", "FR": "Permis de conduire n°", "DE": "Führerschein-Nr.", "ES": "Permiso de conducir nº",
               "IT": "Patente n.", "US": "Driver license #"}
PP_LABEL = ["Passport No.", "Passport number", "N° de passeport", "Reisepass-Nr.", "Nr paszportu", "Număr pașaport",
            "Pasaporte nº", "Numero passaporto", "Pasaport no", "Número do passaporte", "Pasoš br.", "Paso No.", "Travel document no."]


# ===== forms / KYC =====================================================================
@T("onboard_uk", "form", 4)
def onboard_uk(d, r):
    p = person(r, pick(r, ["GB", "PL", "RO", "NG", "PK", "IE", "GH"]))
    sc, ac = sort_acct(r)
    d("SWIFTDROP COURIERS LTD — SELF-EMPLOYED COURIER ONBOARDING (v", verish(r)[:5], ")\n",
      "Section A  Personal details\n",
      "Legal name ........................ ", PN(p), "\n",
      "Date of birth (DD/MM/YYYY) ........ ", L("DATE_OF_BIRTH", dob(p, "uk")), "\n",
      "Home address ...................... ", AD(r, "GB"), "\n",
      "Mobile ............................ ", L("PHONE", phone(r, "GB")), "\n",
      "Email ............................. ", EM(r, p), "\n",
      "National Insurance no. ............ ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n\n",
      "Section B  Right to work\n",
      "Nationality: ", CNAME[p.cc], "    Share code: ", "%s %s %s" % (up(r, 3, "ABCDEFGHJKLMNPRTUVWXYZ2346789"), up(r, 3, "ABCDEFGHJKLMNPRTUVWXYZ2346789"), up(r, 3, "ABCDEFGHJKLMNPRTUVWXYZ2346789")),
      "    Checked by: ", PN(person(r, "GB")), " on ", "2026-%02d-%02d" % (r.randint(1, 11), r.randint(1, 28)), "\n")
    if p.cc != "GB":
        d("Passport (", CNAME[p.cc], "): ", L("PASSPORT", passport(r, p.cc)), "   expiry ", "%02d/%d" % (r.randint(1, 12), r.randint(2027, 2034)), "\n")
    d("\nSection C  Vehicle & licence\n",
      "DVLA licence no.: ", L("DRIVER_LICENSE", dl_foreign(r, "GB", p)), "   Categories: B, AM\n",
      "Vehicle reg: ", plate(r, "GB"), "   VIN: ", vin(r), "   Insurance policy: HDI-", neg_digits(r, 7), "\n\n",
      "Section D  Payment (weekly, Fridays)\n",
      "Sort code / account: ", L("UK_BANK_ACCOUNT", sc + " " + ac), "\n",
      "Depot: ", pick(r, DEPOTS), "    Route pool: ", pick(r, DEPOTS), "\n",
      "I confirm the above is correct.   Signed: ", PN(p.given[0] + ". " + p.family), "\n")


@T("rider_signup_eu", "form", 4)
def rider_signup_eu(d, r):
    cc = ["ES", "IT", "FR", "DE", "PT"][IDX % 5]
    p = person(r, cc)
    lab = {"ES": ("Nombre y apellidos / Full name", "Fecha de nacimiento / DOB", "DNI/NIE", "Domicilio / Address", "IBAN"),
           "IT": ("Nome e cognome / Full name", "Data di nascita / DOB", "Codice fiscale", "Indirizzo di residenza", "IBAN per i pagamenti"),
           "FR": ("Nom et prénom / Full name", "Date de naissance / DOB", "N° de sécurité sociale (NIR)", "Adresse postale", "IBAN (RIB)"),
           "DE": ("Vor- und Nachname / Full name", "Geburtsdatum / DOB", "Steuerliche Identifikationsnummer", "Anschrift", "IBAN"),
           "PT": ("Nome completo / Full name", "Data de nascimento / DOB", "Passaporte / Passport", "Morada / Address", "IBAN")}[cc]
    idv = {"ES": lambda: L("ES_DNI", dni(r, r.random() < 0.4)), "IT": lambda: L("IT_FISCAL_CODE", fiscal(r, p)),
           "FR": lambda: L("FR_NIR", nir(r, p)), "DE": lambda: L("DE_TAX_ID", steuer_id(r)), "PT": lambda: L("PASSPORT", passport(r, "PT"))}[cc]()
    d("RAPIDO EATS — Alta de repartidor / Rider registration (", cc, ")\n",
      "Ref: RID-", neg_digits(r, 8), "   Canal: app ", verish(r), "\n\n",
      lab[0], ": ", PN(p), "\n", lab[1], ": ", L("DATE_OF_BIRTH", dob(p, "eu")), "\n",
      lab[2], ": ", idv, "\n", lab[3], ": ", AD(r, cc), "\n",
      "Tel.: ", PH(r, p), "     E-mail: ", EM(r, p), "\n",
      lab[4], ": ", L("IBAN", iban(r, cc, r.random() < 0.6)), "\n",
      "Vehículo / Vehicle: ", pick(r, ["bicicleta eléctrica", "scooter 125cc", "e-bike", "auto"]), "   Matrícula: ", plate(r, cc if cc in ("ES", "IT", "FR", "DE") else "ES"), "\n")
    if r.random() < 0.6:
        d(EU_DL_LABEL[cc], ": ", L("DRIVER_LICENSE", dl_foreign(r, cc, p) if cc != "ES" else "B-" + dg(r, 8)), "\n")
    d("Zona: ", pick(r, ["Centro", "Lavapiés", "Navigli", "Croix-Rousse", "Ehrenfeld", "Bonfim"]), "  |  Turno preferido: noche\n")


@T("customs_private", "form", 4)
def customs_private(d, r):
    cc = ["US", "UA", "CN", "NG", "IN", "BR", "TR", "PK", "VN", "CO", "GH", "LK"][IDX % 12]
    p = person(r, cc)
    dest = pick(r, ["GB", "DE", "PL", "IE", "FR"])
    d("CUSTOMS DECLARATION — GOODS FOR PRIVATE IMPORT (non-commercial)\n",
      "Declarant / agent: ", pick(r, ["Kuehne + Nagel Customs Services", "Baltic Gate Brokerage Sp. z o.o.", "Harbour & Pike Forwarding Ltd"]),
      "  EORI ", eori(r, dest if dest in ("GB", "DE", "PL", "IE") else "FR"), "  VAT ", vat(r), "\n",
      "Importer (private individual)\n  Name: ", PN(p), "\n",
      "  ", pick(r, PP_LABEL), ": ", L(ptype(cc), passport(r, cc)), "  (issued by ", CNAME[cc], ")\n",
      "  Date of birth: ", L("DATE_OF_BIRTH", dob(p, pick(r, ["iso", "txt", "uk"]))), "\n",
      "  Delivery address: ", AD(r, dest), "\n",
      "  Contact: ", PH(r, p), "\n",
      "Transport: ", pick(r, ["Air", "Sea", "Road"]), "  AWB/BL: ", awb(r), "   Container: ", container(r), "   Seal: SL", neg_digits(r, 7), "\n",
      "Port of entry: ", pick(r, PORTS), " / ", pick(r, AIRPORTS), "   Flight/voyage: ", pick(r, ["LO 282", "TK 1985", "EK 029", "QR 0015", "MSC 432W", "0FM3RW1MA"]), "\n\n",
      "Item | HS code | Description | Qty | Net kg | Value\n")
    for _ in range(r.randint(2, 4)):
        d(hs(r), " | ", pick(r, ["household effects", "used clothing", "books", "laptop", "spices (dried)", "wedding gifts", "tools"]),
          " | ", r.randint(1, 20), " | ", "%.2f" % r.uniform(0.3, 40), " | ", "%s %.2f" % (pick(r, ["EUR", "GBP", "USD"]), r.uniform(10, 900)), "\n")
    d("Relief claimed: transfer of residence (ToR) ref ToR", neg_digits(r, 8), "\n")
    if IDX % 3 != 2:
        d("Import VAT/duty paid by card ", L("CREDIT_CARD", card(r)), " (cardholder ", PN(p.full.upper()), "), auth code ", up(r, 6, "0123456789ABCDEF"), "\n")
    else:
        d("Import VAT/duty: deferred to agent account, card ", masked_card(r), "\n")


@T("us_bgcheck_form", "form", 3)
def us_bgcheck_form(d, r):
    p = person(r, "US")
    st = pick(r, list(US_DL))
    d("FASTLANE RIDES — DRIVER BACKGROUND CHECK AUTHORIZATION\n",
      "Applicant: ", PN(p.family.upper() + ", " + p.given), "\n",
      "SSN: ", L("US_SSN", ssn(r)), "      DOB: ", L("DATE_OF_BIRTH", dob(p, "us")), "\n",
      "Current address: ", AD(r, "US"), "\n",
      "Driver's License State: ", st, "     License #: ", L("DRIVER_LICENSE", US_DL[st](r)), "\n",
      "Phone: ", L("PHONE", phone(r, "US")), "\n",
      "Previous addresses (7 yrs):\n  1) ", AD(r, "US"), "\n  2) n/a\n",
      "Motor vehicle record: requested via ", pick(r, ["Checkr", "Sterling", "HireRight"]), " order #", neg_digits(r, 9), "\n",
      "Applicant signature: ", PN(p), "    Date: 2026-", "%02d-%02d" % (r.randint(1, 11), r.randint(1, 28)), "\n")


@T("fit_to_drive", "form", 4)
def fit_to_drive(d, r):
    p = person(r, pick(r, ["GB", "IE", "PL", "LT", "IN", "LK", "KE"]))
    dx = pick(r, DIAG, 2)
    med = pick(r, MEDS)
    uk = r.random() < 0.6
    d("OCCUPATIONAL HEALTH — FITNESS TO DRIVE DECLARATION (Group 2 / LGV)\n",
      "Employee: ", PN(p), "   Employee no. E", neg_digits(r, 6), "\n",
      "Date of birth: ", L("DATE_OF_BIRTH", dob(p, "txt")), "\n",
      "Driving licence no.: ", L("DRIVER_LICENSE", dl_foreign(r, "GB", p) if uk else dl_foreign(r, p.cc, p)), " (issued: ", "UK DVLA" if uk else CNAME[p.cc], ")\n",
      "Depot: ", pick(r, DEPOTS), "\n\n",
      "Do you have, or have you ever had:\n",
      "  [", "X", "] ", L("DIAGNOSIS", dx[0]), " — diagnosed ", r.randint(2008, 2025), "\n",
      "  [ ] Seizures or blackouts — No\n",
      "  [ ] Stroke / TIA — No\n",
      "  [X] Other: ", L("DIAGNOSIS", dx[1]), "\n",
      "Current medication: ", L("MEDICATION", med), " ", pick(r, ["500 mg twice daily", "10 mg once daily", "as required", "20 mg nocte"]), "\n",
      "Visual acuity (Snellen) R 6/6 L 6/9 with correction.\n",
      "OH adviser: ", PN(person(r, "GB")), " RGN   Outcome: fit with annual review\n")


@T("blank_forms", "form", 3)
def blank_forms(d, r):
    t = pick(r, ["COURIER ONBOARDING", "CUSTOMS DECLARATION (PRIVATE)", "LOST PROPERTY REPORT", "AGENCY WORKER REGISTRATION"])
    d(t, " — BLANK TEMPLATE (do not fill in this copy)\n",
      "Full Name: ____________________    Date Of Birth: __/__/____\n",
      "Passport Number: ______________    Issuing Country: ____________\n",
      "National Insurance Number: __ __ __ __ _\n",
      "Driver Licence Number: ________________   State / Province: ____\n",
      "Sort Code: __-__-__   Account Number: ________   IBAN: ____ ____ ____ ____ ____\n",
      "Home Address: _________________________________________\n",
      "Email Address: ______________@__________   Mobile: +__ ___ ___ ____\n",
      "Medical Conditions Affecting Driving (e.g. Epilepsy, Diabetes): ________\n",
      "Form ", pick(r, ["HR-07", "CUS-PI-2", "LP-1", "AGY-REG"]), " rev. ", verish(r), "  —  printed by ", pick(r, COMPANIES), "\n")


@T("lost_property", "form", 3)
def lost_property(d, r):
    p = person(r); drv = person(r)
    cc = pick(r, COUNTRIES)
    d("LOST PROPERTY REPORT  #LP-", neg_digits(r, 7), "\n",
      "Trip ID: TRP-", up(r, 4, "0123456789ABCDEF"), "-", dg(r, 5), "    Vehicle: ", plate(r, "GB"), "\n",
      "Reported by (passenger): ", PN(p), "\n",
      "Contact number: ", PH(r, p), "\n",
      "Driver on trip: ", PN(drv.given), " (driver ID DRV", neg_digits(r, 6), ")\n",
      "Pickup: ", AD(r, "GB"), "\nDrop-off: ", pick(r, ["Manchester Airport T2", "Leeds station, platform side", "Bullring car park"]), "\n",
      "Item(s): ", pick(r, ["black wallet", "brown leather document holder", "rucksack"]), " containing ",
      CNAME[cc], " passport no. ", L(ptype(cc), passport(r, cc)), " in the name of ", PN(person(r, cc)), ", bank card ", masked_card(r), "\n",
      "Status: found by driver, held at ", pick(r, DEPOTS), "\n")


@T("agency_registration", "form", 4)
def agency_registration(d, r):
    cc = pick(r, ["RO", "BG", "LT", "UA", "PL", "PT", "IN", "PH"])
    p = person(r, cc); ec = person(r, cc)
    d("STAFFLINE PLUS — Temporary Worker Registration\n",
      "Assignment: ", pick(r, ["picker/packer", "forklift (counterbalance)", "goods-in", "returns"]), " at ", pick(r, ["Magna Park DC", "Fulfilment Centre BHX4", "Hub Emmerich"]), "\n",
      "Surname: ", PN(p.family), "       First name(s): ", PN(p.given), "\n",
      "Born: ", L("DATE_OF_BIRTH", dob(p, "uk")), "      Nationality: ", CNAME[cc], "\n",
      "ID document: passport ", L("PASSPORT", passport(r, cc)), "   (", CNAME[cc], ")\n",
      "UK address:\n", AD(r, "GB", True), "\n",
      "Mobile: ", PH(r, p), "\n",
      "NI number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)) if r.random() < 0.7 else "applied for — awaiting", "\n",
      "Pay to IBAN: ", L("IBAN", iban(r, cc if cc in IBAN_SHAPES else "GB")), "\n",
      "Emergency contact: ", PN(ec), " (", pick(r, ["brother", "wife", "mother", "cousin"]), ") ", PH(r, ec), "\n",
      "Induction: ", "2026-%02d-%02d" % (r.randint(1, 11), r.randint(1, 28)), "  PPE size: L  Locker: ", r.randint(1, 400), "\n")


@T("kyc_driver_apac", "form", 4)
def kyc_driver_apac(d, r):
    k = ["CA", "SG", "IN", "BR"][IDX % 4]
    if k == "IN":
        p = person(r, "IN")
        d("GoRide Partner KYC — India\n", "Partner name: ", PN(p), "\nAadhaar: ", L("IN_AADHAAR", aadhaar(r)),
          "\nDriving licence: ", L("DRIVER_LICENSE", dl_foreign(r, "IN")), " (", pick(r, ["Maharashtra", "Karnataka", "Delhi"]), " RTO)\n",
          "DOB: ", L("DATE_OF_BIRTH", dob(p, "uk")), "\nMobile: ", PH(r, p), "\nVehicle: ", pick(r, ["MH 02 ", "KA 05 "]), up(r, 2), " ", dg(r, 4),
          "\nPAN status: verified (masked XXXXX", dg(r, 4), "X)\n")
    elif k == "BR":
        p = person(r, "BR")
        d("Cadastro de motorista parceiro — Brasil\n", "Nome: ", PN(p), "\nCPF: ", L("BR_CPF", cpf(r)),
          "\nCNH nº: ", L("DRIVER_LICENSE", dl_foreign(r, "BR")), "  categoria B  (DETRAN-", pick(r, ["SP", "MG", "BA"]), ")\n",
          "Data de nascimento: ", L("DATE_OF_BIRTH", dob(p, "uk")), "\nEndereço: ", AD(r, "BR"), "\nCelular: ", PH(r, p),
          "\nPlaca: ", up(r, 3), dg(r, 1), up(r, 1), dg(r, 2), "   RENAVAM ", neg_digits(r, 11, "0"), "\n")
    elif k == "SG":
        p = person(r, pick(r, ["CN", "IN", "ID", "PH"]))
        d("Driver-partner verification (Singapore)\n", "Name as in NRIC/FIN: ", PN(p.full.upper()), "\nNRIC/FIN: ",
          L("SG_NRIC", nric(r, r.random() < 0.4)), "\nVocational licence (TSDVL) no.: TSDVL-", neg_digits(r, 6),
          "\nDate of birth: ", L("DATE_OF_BIRTH", dob(p, "txt")), "\nAddress: ", L("ADDRESS", "Blk %d %s #%02d-%03d Singapore %s" % (r.randint(100, 899),
          pick(r, ["Tampines St 21", "Jurong West Ave 1", "Ang Mo Kio Ave 3"]), r.randint(2, 20), r.randint(1, 400), dg(r, 6, "5"))), "\n")
    else:
        p = person(r, pick(r, ["IN", "PH", "CO", "UA"]))
        d("Courier contractor intake — Canada\n", "Name: ", PN(p), "\nSocial Insurance Number: ", L("CA_SIN", sin(r)),
          "\nOntario driver's licence: ", L("DRIVER_LICENSE", up(r, 1) + dg(r, 4) + "-" + dg(r, 5) + "-" + dg(r, 5)),
          "\nDOB: ", L("DATE_OF_BIRTH", dob(p, "iso")), "\nWork permit: IRCC U", neg_digits(r, 9, "1"), "\n")


# ===== clinical ========================================================================
@T("injury_note", "clinical_note", 4)
def injury_note(d, r):
    p = person(r); inj = pick(r, INJURY); med = pick(r, ["ibuprofen", "naproxen", "co-codamol", "paracetamol", "tramadol", "diclofenac gel"])
    bg = pick(r, DIAG)
    d("WORKPLACE INJURY CLINIC — PROGRESS NOTE\n",
      "Patient: ", PN(p), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB ", L("DATE_OF_BIRTH", dob(p, "uk")), "\n",
      "Employer: ", pick(r, ["Rapido Eats (rider)", "SwiftDrop Couriers", "Staffline Plus @ Magna Park"]), "   Incident ref INC-", neg_digits(r, 6), "\n\n",
      "S: ", pick(r, ["Rider", "Courier", "Agency picker"]), " reports ", pick(r, ["being knocked off e-bike at a roundabout", "a cage trolley rolling onto the hand", "slipping on a wet loading bay",
                                                         "a parcel falling from a high rack"]), ". ",
      "Pain 6/10. PMH: ", L("DIAGNOSIS", bg), ". ", "Denies loss of consciousness. No history of seizures.\n",
      "O: Tender, swelling; neurovascularly intact. X-ray reviewed.\n",
      "A: ", L("DIAGNOSIS", inj), ". ", pick(r, ["Scaphoid fracture ruled out.", "No head injury.", "Fracture excluded on imaging."]), "\n",
      "P: ", L("MEDICATION", med), " for analgesia; continue ", L("MEDICATION", pick(r, MEDS)), ". Modified duties 2 weeks, no lifting > 5 kg.\n",
      "Seen by ", PN("Dr " + person(r).family if False else person(r).full), ", ", pick(r, ["FY2", "ANP", "GP (OH)"]), "\n")


@T("rtc_discharge", "discharge_summary", 3)
def rtc_discharge(d, r):
    p = person(r, pick(r, ["GB", "IE", "PL", "RO", "NG", "PK", "BD"]))
    inj = pick(r, INJURY, 2)
    d("DISCHARGE SUMMARY\n", pick(r, ["Royal Infirmary — Trauma & Orthopaedics", "St Vincent's — Emergency Surgery", "Northern General — Major Trauma"]), "\n",
      "Name: ", PN(p.family.upper() + ", " + p.given), "    NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "    Hosp No: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n",
      "DOB: ", L("DATE_OF_BIRTH", dob(p, "uk")), "    Admitted: 2026-", "%02d-%02d" % (r.randint(1, 10), r.randint(1, 28)), "   LOS: ", r.randint(1, 9), " days\n",
      "Address: ", AD(r, "GB"), "\n\n",
      "Presenting complaint: delivery van driver, restrained, in low-speed RTC on ", pick(r, STREETS_PEOPLE), ".\n",
      "Diagnoses:\n  1. ", L("DIAGNOSIS", inj[0]), "\n  2. ", L("DIAGNOSIS", inj[1]), "\n",
      "Background: ", L("DIAGNOSIS", pick(r, DIAG)), "; pulmonary embolism — ruled out (CTPA negative).\n",
      "Medications on discharge: ", L("MEDICATION", pick(r, MEDS)), ", ", L("MEDICATION", pick(r, ["enoxaparin", "oxycodone", "paracetamol", "lansoprazole"])), "\n",
      "Driving: advised not to drive (DVLA guidance) for 6 weeks.\n",
      "GP: ", PN("Dr " + person(r, "GB").full if False else person(r, "GB").full), ", ", pick(r, ["Belgrave Medical Centre", "Cheetham Hill Surgery"]), "\n",
      "Signed: ", PN(person(r).full), " (Registrar)\n")


@T("drug_screen_lab", "lab_report", 3)
def drug_screen_lab(d, r):
    p = person(r)
    med = pick(r, ["sertraline", "co-codamol", "diazepam", "modafinil", "tramadol", "pregabalin"])
    d("TOXLAB SERVICES — PRE-PLACEMENT DRUG & ALCOHOL SCREEN\n",
      "Donor      : ", PN(p), "\n", "DOB        : ", L("DATE_OF_BIRTH", dob(p, "iso")), "\n",
      "Lab ID     : ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Specimen: U-", neg_digits(r, 9), "  Chain-of-custody seal: ", neg_digits(r, 7), "\n",
      "Client     : ", pick(r, ["Staffline Plus", "FastLane Rides", "SwiftDrop Couriers"]), " (", pick(r, DEPOTS), ")\n",
      "Declared medication: ", L("MEDICATION", med), "\n\n",
      "%-22s %-10s %-10s %s\n" % ("Analyte", "Result", "Cut-off", "Flag"))
    for a, c in [("Amphetamines", "500 ng/mL"), ("Benzodiazepines", "200 ng/mL"), ("Cannabinoids (THC)", "50 ng/mL"), ("Cocaine metabolite", "150 ng/mL"),
                 ("Opiates", "300 ng/mL"), ("Breath alcohol", "0.05 g/210L")]:
        d("%-22s %-10s %-10s %s\n" % (a, pick(r, ["NEG", "NEG", "NEG", "POS*"]), c, ""))
    d("* positive result consistent with declared prescription; MRO reviewed.\n",
      "Reporting scientist: ", PN(person(r)), "   Report time ", ts(r), "\n")


@T("hl7_oh", "hl7", 3)
def hl7_oh(d, r):
    p = person(r, pick(r, ["GB", "US", "IE", "PL", "NG", "IN"]))
    nl = "\r" if r.random() < 0.4 else "\n"
    fam, giv = p.family.upper(), p.given.upper()
    ev = pick(r, ["ADT^A04", "ADT^A08"])
    dx = pick(r, sorted(ICD))
    us = r.random() < 0.5
    d("MSH|^~\\&|OHSYS|", pick(r, ["WORKFIT", "MEDICS4LOGISTICS"]), "|EHR|CLINIC|", "2026%02d%02d%02d%02d" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
      "||", ev, "|MSG", neg_digits(r, 8), "|P|2.5.1", nl,
      "EVN|", ev[4:], "|", "2026%02d%02d" % (r.randint(1, 11), r.randint(1, 28)), nl,
      "PID|1||", L("MEDICAL_RECORD_NUMBER", dg(r, 8, "123")), "^^^OHSYS^MR||", L("PERSON", fam + "^" + giv), "||",
      L("DATE_OF_BIRTH", dob(p, "hl7")), "|", "F" if p.female else "M", "|||")
    if us:
        d(L("ADDRESS", "%d %s^^%s^%s^%s" % (r.randint(10, 9999), pick(r, ["W Belmont Ave", "Airport Rd", "Fulton St"]), pick(r, ["Chicago", "Memphis", "Louisville"]), pick(r, ["IL", "TN", "KY"]), dg(r, 5, "3456"))),
          "^USA||", L("PHONE", phone(r, "US")), "|||||||", L("US_SSN", ssn(r)), nl)
    else:
        d(L("ADDRESS", address(r, "GB").replace(", ", "^")), "^GBR||", L("PHONE", phone(r, "GB")), "|||||||", nl)
    d("PV1|1|O|OHCLINIC^^^", pick(r, DEPOTS), "||||", dg(r, 6), "^", PN(person(r).family.upper()), "^", pick(r, ["A", "J", "M"]), nl,
      "DG1|1||", ICD[dx], "^", L("DIAGNOSIS", dx), "^I10||", "2026%02d%02d" % (r.randint(1, 11), r.randint(1, 28)), "|W", nl)
    if us:
        d("IN1|1|", pick(r, ["BCBS-PPO", "UHC-CHOICE", "AETNA-OA"]), "|", dg(r, 5), "|", pick(r, ["Blue Cross Blue Shield of Illinois", "UnitedHealthcare", "Aetna"]),
          "|||GRP", neg_digits(r, 6), "||||||||", L("PERSON", fam + "^" + giv), "|SEL|", L("DATE_OF_BIRTH", dob(p, "hl7")),
          "|||||||||||||||||", L("HEALTH_PLAN_ID", plan_id(r)), nl)


@T("fhir_bundle", "fhir_json", 3)
def fhir_bundle(d, r):
    p = person(r, pick(r, ["US", "AU", "PH", "CO", "VN", "GH"]))
    pid = "pt-" + up(r, 6, "abcdef0123456789")
    refuted = pick(r, ["Epilepsy", "Narcolepsy", "Pulmonary embolism", "Fracture of scaphoid"])
    res = [
        {"resource": {"resourceType": "Patient", "id": pid,
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", dg(r, 9, "1"))}],
                      "name": [{"family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
                      "telecom": [{"system": "phone", "value": L("PHONE", phone(r, p.cc))}, {"system": "email", "value": L("EMAIL", email_of(r, p))}],
                      "birthDate": L("DATE_OF_BIRTH", dob(p, "iso")),
                      "address": [{"line": [L("ADDRESS", address(r, p.cc, True).split("\n")[0])], "country": p.cc}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                      "code": {"text": L("DIAGNOSIS", pick(r, DIAG))}, "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                      "code": {"text": refuted}, "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active",
                      "medicationCodeableConcept": {"text": L("MEDICATION", pick(r, MEDS))},
                      "dosage": [{"text": pick(r, ["1 tablet daily", "10 units at night", "2 puffs PRN"])}], "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", plan_id(r)),
                      "payor": [{"display": pick(r, ["Medibank", "PhilHealth", "Cigna Global", "Allianz Care"])}],
                      "class": [{"type": {"text": "group"}, "value": "GRP-" + neg_digits(r, 6)}]}},
    ]
    jemit(d, {"resourceType": "Bundle", "type": "collection", "meta": {"lastUpdated": ts(r), "source": "driver-oh-portal/" + verish(r)}, "entry": res})
    d("\n")


@T("dot_medical", "clinical_note", 3)
def dot_medical(d, r):
    p = person(r, "US"); st = pick(r, list(US_DL))
    d("DOT MEDICAL EXAMINATION — COMMERCIAL DRIVER (49 CFR 391.41)\n",
      "Driver: ", PN(p), "   DOB: ", L("DATE_OF_BIRTH", dob(p, "usl")), "\n",
      "CDL: ", L("DRIVER_LICENSE", US_DL[st](r)), " (", st, ")   Carrier USDOT ", neg_digits(r, 7), "\n",
      "Health plan: ", pick(r, ["Cigna", "Aetna", "Kaiser Permanente", "Humana"]), " member ID ", L("HEALTH_PLAN_ID", plan_id(r)), "\n")
    if r.random() < 0.5:
        d("Medicare (spouse coverage) MBI: ", L("US_MBI", mbi(r)), "\n")
    d("History: ", L("DIAGNOSIS", pick(r, ["obstructive sleep apnea", "hypertension", "type 2 diabetes mellitus", "atrial fibrillation"])),
      ", controlled on ", L("MEDICATION", pick(r, ["lisinopril", "metformin", "amlodipine", "apixaban"])), ". CPAP compliance 92% (download attached).\n",
      "Denies epilepsy, denies insulin use. Hearing: whisper test passed.\n",
      "Certification: 1 year. Examiner: ", PN(person(r, "US")), ", NRCME #", neg_digits(r, 10), "\n")


@T("nhs_oh_letter", "clinical_note", 3)
def nhs_oh_letter(d, r):
    p = person(r, pick(r, ["GB", "PK", "BD", "LK", "NG", "PL"]))
    d("Occupational Health Service — Letter to Employer (with consent)\n",
      "Re: ", PN(p), ", DOB ", L("DATE_OF_BIRTH", dob(p, "uk")), ", NHS number ", L("UK_NHS_NUMBER", nhs(r)), "\n\n",
      "Dear ", PN(person(r, "GB").given), ",\n\n",
      "I reviewed your warehouse operative today. They have ", L("DIAGNOSIS", pick(r, ["asthma", "carpal tunnel syndrome", "plantar fasciitis", "generalised anxiety disorder", "hypothyroidism"])),
      ", which is being treated with ", L("MEDICATION", pick(r, MEDS)), ". I recommend avoiding freezer-chamber shifts and night work for 8 weeks. ",
      "They are otherwise fit for the role; there is no evidence of ", pick(r, ["COPD", "heart disease", "diabetes"]), ".\n\n",
      "Peak season is always a bit of a nightmare, and I appreciate the rota is a headache, but this is a temporary adjustment.\n\n",
      "Yours sincerely\n", PN(person(r, "GB")), "\nOH Physician, GMC ", neg_digits(r, 7), "\n")


@T("mbi_claim_note", "clinical_note", 2)
def mbi_claim_note(d, r):
    p = person(r, "US")
    d("Clinic note — retired long-haul trucker, annual wellness visit\n",
      "Pt: ", PN(p), "  DOB ", L("DATE_OF_BIRTH", dob(p, "us")), "  MBI ", L("US_MBI", mbi(r)), "\n",
      "Problems: ", L("DIAGNOSIS", pick(r, ["COPD", "chronic kidney disease stage 3", "heart failure with reduced ejection fraction"])), "; ",
      L("DIAGNOSIS", pick(r, ["hypertension", "type 2 diabetes mellitus", "hyperlipidemia"])), ".\n",
      "Meds: ", L("MEDICATION", pick(r, ["furosemide", "tiotropium", "atorvastatin"])), ", ", L("MEDICATION", pick(r, ["metformin", "lisinopril", "Eliquis"])), ".\n",
      "Reviewed: no history of stroke. No memory complaints; asked about an Alzheimer's disease trial he read about. Patient jokes he 'caught the travel bug' again.\n")


@T("lab_reference_neg", "lab_report", 2)
def lab_reference_neg(d, r):
    d("TOXLAB SERVICES — Cut-off schedule for workplace testing (rev ", verish(r), ")\n",
      "Panel        Screening  Confirmation  Method\n")
    for a in ["Amphetamines", "Benzodiazepines", "Cannabinoids", "Cocaine", "Methadone", "Opiates", "Ketamine", "Buprenorphine"]:
        d("%-12s %-10s %-13s %s\n" % (a[:12], "%d ng/mL" % r.choice([50, 150, 200, 300, 500]), "%d ng/mL" % r.choice([15, 50, 100]), pick(r, ["EIA", "LC-MS/MS", "GC-MS"])))
    d("Note: medications such as sertraline, tramadol or codeine may cause presumptive positives. Accreditation UKAS ", neg_digits(r, 4), ".\n",
      "Specimen lot ", neg_digits(r, 8), " · QC ", ts(r), "\n")


# ===== structured: csv / tsv / json / ndjson / yaml ====================================
@T("payout_csv", "csv", 3)
def payout_csv(d, r):
    row(d, ["payout_id", "rider_id", "first_name", "last_name", "country", "iban", "amount", "currency", "period"])
    for _ in range(r.randint(3, 6)):
        cc = pick(r, ["PL", "RO", "PT", "ES", "IT", "FR", "DE", "LT", "BG", "IE"])
        p = person(r, cc)
        row(d, ["PO-" + neg_digits(r, 8), "R" + neg_digits(r, 6), PN(p.given), PN(p.family), cc, L("IBAN", iban(r, cc, False)),
                "%.2f" % r.uniform(40, 900), "EUR" if cc not in ("PL", "RO", "BG") else {"PL": "PLN", "RO": "RON", "BG": "BGN"}[cc], "2026-W%02d" % r.randint(1, 47)])
    row(d, ["PO-" + neg_digits(r, 8), "R" + neg_digits(r, 6), "", "", "PL", "PL** **** **** **** **** " + dg(r, 4), "0.00", "PLN", "HELD"])


@T("agency_payroll_tsv", "tsv", 3)
def agency_payroll_tsv(d, r):
    row(d, ["worker_no", "surname", "forename", "ni_number", "sort_code", "account_no", "hours", "rate", "gross", "site"], "\t")
    for _ in range(r.randint(3, 6)):
        p = person(r, pick(r, ["GB", "RO", "BG", "LT", "PL", "IN", "PT", "UA"]))
        sc, ac = sort_acct(r)
        row(d, ["W" + neg_digits(r, 5), PN(p.family), PN(p.given), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r).replace(" ", "")), sc, L("UK_BANK_ACCOUNT", ac),
                "%.1f" % r.uniform(16, 52), "12.%02d" % r.randint(21, 99), "%.2f" % r.uniform(200, 700), pick(r, ["BHX4", "Magna Park", "DIRFT 3", "Daventry"])], "\t")


@T("manifest_csv", "csv", 3)
def manifest_csv(d, r):
    row(d, ["waybill", "service", "sender_name", "recipient_name", "recipient_street", "recipient_town_postcode", "recipient_phone", "weight_kg", "dims_cm", "hs_code"])
    for _ in range(r.randint(3, 5)):
        cc = pick(r, ["GB", "DE", "PL", "FR", "IE", "IT", "ES"])
        rc = person(r); snd = pick(r, [None, person(r)])
        ad = address(r, cc).split(", ")
        row(d, [awb(r), pick(r, ["EXP", "ECO", "DDP", "NEXT-DAY"]), PN(snd) if snd else pick(r, COMPANIES), PN(rc), L("ADDRESS", ad[0]) if len(ad) == 2 else L("ADDRESS", ", ".join(ad[:-1])),
                ad[-1], L("PHONE", phone(r, cc)), "%.2f" % r.uniform(0.2, 30),
                "%dx%dx%d" % (r.randint(10, 80), r.randint(10, 60), r.randint(5, 40)), hs(r)])


@T("pallet_manifest_neg", "csv", 3)
def pallet_manifest_neg(d, r):
    row(d, ["sscc", "gtin", "container", "seal", "pol", "pod", "voyage", "gross_kg", "cbm", "eta"])
    for _ in range(r.randint(4, 7)):
        row(d, [sscc(r), gtin(r), container(r), "ML-" + neg_digits(r, 7), pick(r, PORTS), pick(r, PORTS), pick(r, ["432W", "FE145A", "0MC7RW1", "2611S"]),
                "%.1f" % r.uniform(100, 1200), "%.2f" % r.uniform(0.5, 2.4), "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))])


@T("webhook_delivered", "json", 3)
def webhook_delivered(d, r):
    cc = pick(r, ["GB", "DE", "PL", "FR", "NG", "KE", "IN", "BR", "AU", "PH"])
    rc = person(r, cc); la, lo = coords(r)
    obj = {"event": pick(r, ["shipment.delivered", "shipment.exception", "shipment.out_for_delivery"]), "event_id": "evt_" + up(r, 20, "abcdef0123456789"),
           "occurred_at": ts(r), "carrier": pick(r, ["DPD", "InPost", "Yodel", "GIG Logistics", "Sendle", "Correios"]),
           "tracking_number": tracking(r),
           "recipient": {"name": L("PERSON", rc.full), "phone": L("PHONE", phone(r, cc)), "email": L("EMAIL", email_of(r, rc)),
                         "address": {"line1": L("ADDRESS", address(r, cc, True).split("\n")[0]), "country_code": cc}},
           "proof_of_delivery": {"signed_by": L("PERSON", pick(r, [rc.given, rc.family.upper(), person(r, cc).full])), "photo_id": "pod_" + neg_digits(r, 9),
                                 "geo": {"lat": float(la), "lng": float(lo)}, "safe_place": pick(r, ["porch", "neighbour", None, "locker 14"])},
           "parcel": {"weight_g": r.randint(120, 25000), "dims_mm": [r.randint(100, 800), r.randint(100, 600), r.randint(20, 400)], "sscc": sscc(r)},
           "schema_version": verish(r)}
    jemit(d, obj); d("\n")


@T("webhook_status_neg", "json", 3)
def webhook_status_neg(d, r):
    obj = {"type": "tracking.updated", "id": "wh_" + up(r, 16, "abcdef0123456789"), "created": r.randint(1760000000, 1790000000),
           "data": {"tracking_number": tracking(r), "awb": awb(r), "status": pick(r, ["IN_TRANSIT", "CUSTOMS_HOLD", "ARRIVED_AT_HUB"]),
                    "location": {"depot": pick(r, DEPOTS), "iata": pick(r, AIRPORTS), "unlocode": pick(r, PORTS)},
                    "container": container(r), "flight": pick(r, ["LO 282", "TK 1985", "ET 901", "KQ 100", "EK 203"]),
                    "hs_codes": [hs(r), hs(r)], "declared_value": {"amount": round(r.uniform(5, 3000), 2), "currency": "GBP"},
                    "contact": "{{recipient.phone}}", "recipient_name": "<REDACTED>", "customer_email": "***@***"},
           "api_version": "2026-%02d-01" % r.randint(1, 11), "client_build": verish(r)}
    jemit(d, obj); d("\n")


@T("gps_ndjson", "ndjson", 3)
def gps_ndjson(d, r):
    drv = person(r); cc = pick(r, ["GB", "PL", "TR", "RO", "NG"])
    for i in range(r.randint(4, 7)):
        la, lo = coords(r)
        o = {"ts": ts(r), "vehicle": plate(r, pick(r, ["GB", "PL", "DE", "RO"])), "vin": vin(r), "lat": float(la), "lon": float(lo),
             "speed_kmh": r.randint(0, 90), "event": pick(r, ["PING", "HARSH_BRAKE", "IGN_ON", "GEOFENCE_EXIT", "DOOR_OPEN"]), "route": pick(r, DEPOTS)}
        if i == 1:
            o["driver"] = L("PERSON", drv.full)
        if i == 2 and r.random() < 0.6:
            o["note"] = M(["driver called dispatcher from ", L("PHONE", phone(r, drv.cc)), " re blocked bay"])
        if i == 3:
            o["modem_ip"] = L("IP_ADDRESS", ip(r, pick(r, ["priv", "doc1", "doc3"])))
        jemit(d, o, indent=None); d("\n")


@T("gps_ndjson_neg", "ndjson", 2)
def gps_ndjson_neg(d, r):
    for _ in range(r.randint(4, 7)):
        la, lo = coords(r)
        jemit(d, {"t": r.randint(1760000000000, 1790000000000), "unit": "TRK-" + dg(r, 4), "vin": vin(r), "pos": [float(la), float(lo)], "alt_m": r.randint(2, 300),
                  "fw": verish(r), "odo_km": round(r.uniform(10000, 400000), 1), "reefer_c": round(r.uniform(-22, 6), 1), "loopback": "127.0.0.1"}, indent=None)
        d("\n")


@T("roster_yaml", "yaml", 3)
def roster_yaml(d, r):
    d("# Warehouse shift roster — generated by WFM ", verish(r), "\nsite: ", pick(r, ["BHX4", "Magna Park DC", "Hub Emmerich", "Stryków 2"]), "\n",
      "week: 2026-W", "%02d" % r.randint(1, 47), "\nshifts:\n")
    for s in ["earlies", "lates", "nights"]:
        d("  - name: ", s, "\n    supervisor: ", PN(person(r)), "\n    agency_workers:\n")
        for _ in range(r.randint(1, 3)):
            p = person(r, pick(r, ["RO", "BG", "LT", "PL", "UA", "IN", "PT", "GB"]))
            d("      - badge: B", neg_digits(r, 5), "\n        name: ", PN(p), "\n        mobile: \"", PH(r, p), "\"\n",
              "        agency: ", pick(r, ["Staffline Plus", "Adecco", "Pertemps", "Manpower"]), "\n        zone: ", pick(r, ["goods-in", "pick", "pack", "returns"]), "\n")


@T("customs_api_json", "json", 3)
def customs_api_json(d, r):
    cc = ["US", "UA", "NG", "CN", "IN", "BR", "TR", "CO", "BD"][IDX % 9]
    p = person(r, cc); dest = pick(r, ["GB", "DE", "PL", "IE"])
    obj = {"declarationType": "H7" if dest == "GB" else "H1", "lrn": "LRN" + neg_digits(r, 10), "declarant": {"name": "Harbour & Pike Forwarding Ltd", "eori": eori(r, "GB")},
           "consignee": {"type": "PRIVATE", "fullName": L("PERSON", p.full), "dateOfBirth": L("DATE_OF_BIRTH", dob(p, "iso")),
                         "identityDocument": {"kind": "PASSPORT", "number": L(ptype(cc), passport(r, cc)), "issuingCountry": cc},
                         "address": L("ADDRESS", address(r, dest)), "phone": L("PHONE", phone(r, cc))},
           "goodsItems": [{"hsCode": hs(r), "description": pick(r, ["personal effects", "gift - textiles", "mobile phone"]), "value": round(r.uniform(20, 800), 2)} for _ in range(2)],
           "transport": {"mode": 4, "awb": awb(r), "flight": pick(r, ["TK 1985", "EK 007", "QR 017", "ET 700"])}}
    jemit(d, obj); d("\n")


@T("config_yaml_neg", "yaml", 2)
def config_yaml_neg(d, r):
    d("# dispatch-router config\nservice: dispatch-router\nversion: ", verish(r), "\nlisten: 0.0.0.0:8443\nhealthcheck: http://127.0.0.1:9090/healthz\n",
      "snmp_oid: 1.3.6.1.4.1.", r.randint(1000, 60000), ".1.2.", r.randint(1, 9), "\n",
      "depots:\n", "".join("  - code: %s\n    iata: %s\n    cutoff: \"%02d:%02d\"\n" % (pick(r, DEPOTS), pick(r, AIRPORTS), r.randint(14, 21), pick(r, [0, 15, 30, 45])) for _ in range(3)),
      "holidays:\n  - ", pick(r, HOLIDAYS), "\n  - ", pick(r, HOLIDAYS), "\n",
      "contact_template: \"Hi {{first_name}}, your parcel {{tracking}} is on its way\"\n",
      "max_parcel_kg: 31.5\nmax_dims_cm: [120, 60, 60]\n")


@T("trip_receipts_ndjson", "ndjson", 3)
def trip_receipts_ndjson(d, r):
    cc = pick(r, ["GB", "NG", "KE", "CO", "BR", "IN", "PH", "TR", "PL"])
    for _ in range(r.randint(2, 4)):
        rider = person(r, cc); drv = person(r, cc)
        o = {"trip_id": "trp_" + up(r, 12, "abcdef0123456789"), "requested_at": ts(r), "rider": {"name": L("PERSON", rider.full), "email": L("EMAIL", email_of(r, rider))},
             "driver_first_name": L("PERSON", drv.given), "vehicle": pick(r, ["Toyota Corolla", "Suzuki Alto", "Renault Logan", "Hyundai i10"]),
             "pickup": L("ADDRESS", address(r, cc)), "dropoff": pick(r, [L("ADDRESS", address(r, cc)), "Airport " + pick(r, AIRPORTS) + " Departures"]),
             "distance_km": round(r.uniform(1, 40), 1), "fare": round(r.uniform(3, 60), 2), "payment": masked_card(r), "surge": pick(r, [1.0, 1.3, 1.8])}
        jemit(d, o, indent=None); d("\n")


@T("bgcheck_tsv", "tsv", 2)
def bgcheck_tsv(d, r):
    row(d, ["case_id", "last_name", "first_name", "dob", "ssn", "dl_state", "dl_number", "mvr_status", "criminal"], "\t")
    for _ in range(r.randint(3, 5)):
        p = person(r, "US"); st = pick(r, list(US_DL))
        row(d, ["BG" + neg_digits(r, 8), PN(p.family), PN(p.given), L("DATE_OF_BIRTH", dob(p, "iso")), L("US_SSN", ssn(r)) if r.random() < 0.8 else "XXX-XX-" + dg(r, 4),
                STATE_ABBR[st], L("DRIVER_LICENSE", US_DL[st](r)), pick(r, ["CLEAR", "CONSIDER", "PENDING"]), pick(r, ["none", "none", "review"])], "\t")


@T("inventory_tsv_neg", "tsv", 2)
def inventory_tsv_neg(d, r):
    row(d, ["sku", "gtin", "description", "hs_code", "origin", "unit_kg", "on_hand", "bin"], "\t")
    for _ in range(r.randint(4, 7)):
        row(d, ["SKU-" + up(r, 3) + "-" + dg(r, 5), gtin(r), pick(r, ["Ferrero Rocher T30", "Dr. Oetker pizza base", "Ben & Jerry's 465ml", "Marks & Spencer tea",
                                                                     "Hermès scarf (returns)", "John Lewis duvet", "Boots SPF50"]),
                hs(r), pick(r, ["IT", "DE", "US", "GB", "FR", "CN"]), "%.3f" % r.uniform(0.05, 5), r.randint(0, 900), "%s-%02d-%d" % (up(r, 1), r.randint(1, 40), r.randint(1, 6))], "\t")


@T("hs_tariff_csv_neg", "csv", 2)
def hs_tariff_csv_neg(d, r):
    row(d, ["commodity_code", "description", "duty_rate", "vat_rate", "licence_required"])
    for c, t in [("0901.21.00", "Coffee, roasted, not decaffeinated"), ("8471.30.00", "Portable automatic data-processing machines"), ("6109.10.00", "T-shirts, cotton, knitted"),
                 ("3004.90.00", "Medicaments, packaged for retail (e.g. paracetamol)"), ("9503.00.75", "Toys; plastic"), ("2106.90.98", "Food preparations n.e.s."),
                 ("8703.80.10", "Vehicles, electric motor only")][: r.randint(4, 7)]:
        row(d, [c, t, "%.1f%%" % r.choice([0, 2, 3.5, 4.7, 8, 12]), "20%", pick(r, ["no", "no", "CITES", "DUAL-USE"])])


@T("driver_kyc_csv", "csv", 2)
def driver_kyc_csv(d, r):
    k = ["IN", "BR"][IDX % 2]
    if k == "IN":
        row(d, ["partner_id", "name", "aadhaar", "dl_no", "city", "mobile"])
        for _ in range(r.randint(3, 5)):
            p = person(r, "IN")
            row(d, ["IN" + neg_digits(r, 7), PN(p), L("IN_AADHAAR", aadhaar(r)) if r.random() < 0.8 else bad_aadhaar(r), L("DRIVER_LICENSE", dl_foreign(r, "IN")),
                    pick(r, ["Pune", "Chennai", "Hyderabad"]), L("PHONE", phone(r, "IN"))])
    else:
        row(d, ["id_parceiro", "nome", "cpf", "cnh", "cidade", "celular"], ",")
        for _ in range(r.randint(3, 5)):
            p = person(r, "BR")
            row(d, ["BR" + neg_digits(r, 7), PN(p), L("BR_CPF", cpf(r)) if r.random() < 0.8 else bad_cpf(r), L("DRIVER_LICENSE", dl_foreign(r, "BR")),
                    pick(r, ["Recife", "Curitiba", "Campinas"]), L("PHONE", phone(r, "BR"))])


@T("agency_workers_json", "json", 2)
def agency_workers_json(d, r):
    ws = []
    for _ in range(r.randint(2, 3)):
        cc = pick(r, ["RO", "BG", "LT", "UA", "PT", "PL", "IN", "PH"]); p = person(r, cc)
        ws.append({"workerRef": "AW-" + neg_digits(r, 6), "givenName": L("PERSON", p.given), "familyName": L("PERSON", p.family), "birthDate": L("DATE_OF_BIRTH", dob(p, "iso")),
                   "nationality": cc, "rightToWork": {"docType": "PASSPORT", "docNumber": L("PASSPORT", passport(r, cc)), "checkedOn": "2026-%02d-%02d" % (r.randint(1, 11), r.randint(1, 28))},
                   "contact": {"mobile": L("PHONE", phone(r, cc))}, "assignment": {"client": "SwiftDrop Couriers", "site": pick(r, DEPOTS), "rate": round(r.uniform(11.44, 15), 2)}})
    jemit(d, {"agency": "Staffline Plus", "exportedAt": ts(r), "workers": ws}); d("\n")


@T("fleet_json_neg", "json", 2)
def fleet_json_neg(d, r):
    jemit(d, {"fleet": [{"reg": plate(r, pick(r, ["GB", "DE", "PL", "FR"])), "vin": vin(r), "make": pick(r, ["Ford Transit", "Mercedes Sprinter", "Iveco Daily", "Renault Master"]),
                         "depot": pick(r, DEPOTS), "mot_due": "2027-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), "telematics_fw": verish(r),
                         "tyres_mm": [round(r.uniform(2, 8), 1) for _ in range(4)]} for _ in range(r.randint(2, 4))],
              "generated": ts(r), "owner": pick(r, ["Morrison Freight Ltd", "Fletcher & Daughters Haulage"])})
    d("\n")


# ===== logs ============================================================================
def lts(r):
    return "2026-%02d-%02d %02d:%02d:%02d.%03d" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


@T("pod_log", "log", 3)
def pod_log(d, r):
    for _ in range(r.randint(4, 6)):
        cc = pick(r, ["GB", "PL", "DE", "IE", "FR"]); p = person(r, cc); la, lo = coords(r)
        k = r.random()
        d(lts(r), " INFO pod-service ", "trk=", tracking(r), " status=DELIVERED ")
        if k < 0.4:
            d("signed_by=\"", PN(pick(r, [p.full, p.family.upper(), p.given[0] + " " + p.family])), "\" ")
        elif k < 0.7:
            d("safe_place=\"", pick(r, ["behind bins", "porch", "with neighbour at no. %d" % r.randint(1, 90)]), "\" ")
        else:
            d("signed_by=\"<illegible>\" ")
        d("lat=", la, " lon=", lo, " device_ip=", L("IP_ADDRESS", ip(r)), " app=", verish(r), "\n")
    d(lts(r), " WARN pod-service trk=", tracking(r), " status=EXCEPTION reason=ADDRESS_NOT_FOUND addr=\"", AD(r, pick(r, ["GB", "IE", "DE"])), "\" driver=", pick(r, DEPOTS), "/", dg(r, 3), "\n")


@T("dispatcher_log", "log", 3)
def dispatcher_log(d, r):
    for _ in range(r.randint(4, 7)):
        drv = person(r, pick(r, ["GB", "PL", "RO", "PK", "LK", "GH", "PT"]))
        k = pick(r, ["assign", "call", "break", "vin", "msg"])
        d("[", lts(r), "] dispatch ")
        if k == "assign":
            d("route=", pick(r, DEPOTS), " assigned driver=\"", PN(drv), "\" van=", plate(r, "GB"), " stops=", r.randint(40, 160), "\n")
        elif k == "call":
            d("callback requested by driver ", PN(drv.given), " on ", PH(r, drv), " (", pick(r, ["puncture", "no access code", "customer absent"]), ")\n")
        elif k == "break":
            d("driver_id=D", neg_digits(r, 6), " break_start lat=", coords(r)[0], " tacho=", r.randint(200, 540), "min\n")
        elif k == "vin":
            d("vehicle swap ", plate(r, "GB"), " -> ", plate(r, "GB"), " vin=", vin(r), " odometer=", r.randint(10000, 250000), "\n")
        else:
            d("broadcast: ", pick(r, ["M6 J10 closed, reroute via A449", "Kwame Nkrumah Avenue depot gate 3 closed", "Boxing Day collections suspended"]), "\n")


@T("auth_log", "log", 3)
def auth_log(d, r):
    for _ in range(r.randint(4, 7)):
        p = person(r)
        res = pick(r, ["success", "success", "bad_password", "mfa_required", "locked"])
        d(ts(r), " level=", "info" if res == "success" else "warn", " svc=driver-app-auth event=login result=", res,
          " user=", L("EMAIL", email_of(r, p)), " src_ip=", L("IP_ADDRESS", ip(r)), " app_version=", verish(r), " device=", pick(r, ["SM-A536B", "iPhone14,5", "Redmi Note 12", "Pixel 7a"]), "\n")
    d(ts(r), " level=info svc=driver-app-auth event=healthcheck src_ip=127.0.0.1 build=", verish(r), "\n")


@T("telematics_neg_log", "log", 4)
def telematics_neg_log(d, r):
    for _ in range(r.randint(5, 9)):
        la, lo = coords(r)
        d(lts(r), " ", pick(r, ["INFO", "WARN", "DEBUG"]), " telem unit=TRK-", dg(r, 4), " vin=", vin(r), " ",
          pick(r, ["evt=HARSH_BRAKE g=0.%d" % r.randint(31, 79), "evt=IDLE dur=%ds" % r.randint(60, 900), "evt=REEFER_TEMP t=%.1fC" % r.uniform(-22, 8),
                   "evt=FW_UPDATE from=%s to=%s" % (verish(r), verish(r)), "evt=GEOFENCE zone=%s" % pick(r, DEPOTS), "evt=TYRE_PRESSURE psi=%d" % r.randint(55, 80)]),
          " pos=", la, ",", lo, " odo=", r.randint(1000, 400000), "\n")


@T("customs_gw_log", "log", 2)
def customs_gw_log(d, r):
    cc = pick(r, ["CN", "IN", "NG", "UA", "PK", "BR", "VN"]); p = person(r, cc)
    d(lts(r), " INFO  cds-gateway submit lrn=LRN", neg_digits(r, 10), " eori=", eori(r, "GB"), " mrn=26GB", up(r, 14, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), "\n",
      lts(r), " ERROR cds-gateway rejected code=CDS12056 payload={\"consigneeName\":\"", PN(p), "\",\"idDoc\":\"", L(ptype(cc), passport(r, cc)),
      "\",\"dob\":\"", L("DATE_OF_BIRTH", dob(p, "iso")), "\"} client_ip=", L("IP_ADDRESS", ip(r, "doc2")), "\n",
      lts(r), " INFO  cds-gateway retry scheduled in 300s container=", container(r), "\n")


@T("payout_gw_log", "log", 2)
def payout_gw_log(d, r):
    for _ in range(r.randint(3, 5)):
        cc = pick(r, ["PL", "RO", "LT", "PT", "DE", "FR", "ES"]); p = person(r, cc)
        d(lts(r), " payouts batch=B", neg_digits(r, 7), " payee=\"", PN(p), "\" iban=", L("IBAN", iban(r, cc, False)), " amount=", "%.2f" % r.uniform(30, 800), " status=SENT\n")
    if IDX % 2 == 0:
        p = person(r)
        d(lts(r), " payouts DEBUG raw_request={\"tip_card\": \"", L("CREDIT_CARD", card(r).replace(" ", "")), "\", \"holder\": \"", PN(p), "\"} (PAN logged — see SEC-", neg_digits(r, 4), ")\n")
    d(lts(r), " payouts WARN card_on_file=", masked_card(r), " candidate_pan=", bad_luhn16(r), " rejected=luhn_fail\n",
      lts(r), " payouts WARN iban_check_failed iban=", bad_iban(r, pick(r, ["PL", "DE", "FR"])), "\n")


@T("syslog_neg", "log", 3)
def syslog_neg(d, r):
    for _ in range(r.randint(5, 8)):
        d("<", r.randint(10, 190), ">1 ", ts(r), " scanner-", dg(r, 2), ".wh.local ", pick(r, ["zebra-agent", "wms-bridge", "sorter-plc"]), " ", r.randint(100, 9999), " - - ",
          pick(r, ["firmware %s applied" % verish(r), "bound to 127.0.0.1:5044", "scan SSCC %s ok" % sscc(r), "chute %d jam cleared" % r.randint(1, 64),
                   "SNMP trap oid=1.3.6.1.4.1.%d.%d.%d" % (r.randint(1000, 40000), r.randint(1, 9), r.randint(1, 99)), "listening on [::1]:8080",
                   "label printed GTIN %s" % gtin(r), "tote T%s routed to %s" % (dg(r, 5), pick(r, DEPOTS))]), "\n")


@T("exception_log", "log", 3)
def exception_log(d, r):
    for _ in range(r.randint(3, 5)):
        cc = pick(r, ["GB", "NG", "KE", "IN", "PH", "AU", "US", "BR"]); p = person(r, cc)
        d(ts(r), " | EXC | ", tracking(r), " | ", pick(r, ["NO_ACCESS", "RECIPIENT_ABSENT", "DAMAGED", "REFUSED", "WRONG_ADDRESS"]),
          " | to=", PN(p), " | addr=", AD(r, cc), " | tel=", PH(r, p), " | attempt=", r.randint(1, 3), "\n")


@T("oh_audit_log", "log", 2)
def oh_audit_log(d, r):
    for _ in range(r.randint(3, 6)):
        u = person(r, "GB")
        d("audit ", ts(r), " user=", L("EMAIL", email_of(r, u, "medics4logistics.co.uk")), " action=", pick(r, ["VIEW", "PRINT", "EXPORT", "UPDATE"]),
          " patient_mrn=", L("MEDICAL_RECORD_NUMBER", mrn(r)), " ip=", L("IP_ADDRESS", ip(r, pick(r, ["priv", "doc3", "v6"]))), " reason=", pick(r, ["fit-to-drive review", "RIDDOR report", "return-to-work"]), "\n")


# ===== email / chat / ticket ===========================================================
@T("customer_email", "email", 4)
def customer_email(d, r):
    cc = pick(r, ["GB", "IE", "AU", "US", "NG", "KE", "IN", "PH", "DE", "PL"]); c = person(r, cc); agent = person(r, pick(r, ["PH", "IN", "ZA" if False else "KE", "PL"]))
    em = email_of(r, c)
    d("From: ", PN(c), " <", L("EMAIL", em), ">\nTo: ", L("EMAIL", "care@swiftdrop-couriers.example"), "\nSubject: Re: Parcel ", tracking(r), " marked delivered but never arrived\n",
      "Date: ", ts(r), "\n\n",
      "Hi ", PN(agent.given), ",\n\n",
      "Still nothing. Your driver says it was left at ", pick(r, ["the porch", "reception", "a neighbour's"]), " but I was home all day. My address is ",
      AD(r, cc), " — not no. ", r.randint(1, 99), ". Please ring me on ", PH(r, c), " before 6pm.\n",
      "It's the third time this month; frankly the whole thing is giving me a migraine.\n\n", PN(c.given), "\n\n",
      "> On ", "2026-%02d-%02d" % (r.randint(1, 11), r.randint(1, 28)), ", ", PN(agent.full), " wrote:\n",
      "> Dear ", PN(c.given), ", our records show delivery at 14:", "%02d" % r.randint(0, 59), " (photo POD ref pod_", neg_digits(r, 9), ").\n",
      "> Kind regards, ", PN(agent.given), " | Customer Care | ", pick(r, COMPANIES), "\n")


@T("customs_email", "email", 3)
def customs_email(d, r):
    cc = pick(r, ["UA", "NG", "IN", "CN", "TR", "BR", "PK", "CO", "GH", "BD"]); c = person(r, cc); b = person(r, pick(r, ["GB", "PL", "DE", "IE"]))
    d("From: ", PN(b), " <", EM(r, b, "harbourpike-forwarding.example"), ">\nTo: ", EM(r, c), "\nSubject: Import of personal effects — documents needed (BL ", container(r), ")\n\n",
      "Dear ", PN(c.full), ",\n\nYour consignment arrived at ", pick(r, PORTS), " on voyage ", pick(r, ["MSC 432W", "CMA CGM 0FM3RW1MA", "MAERSK 245N"]), ". ",
      "To clear it under ToR relief we hold the following for you:\n",
      "  • ", pick(r, PP_LABEL), ": ", L(ptype(cc), passport(r, cc)), " (", CNAME[cc], ")\n",
      "  • Date of birth: ", L("DATE_OF_BIRTH", dob(p=c, style="txt")), "\n",
      "  • New address: ", AD(r, pick(r, ["GB", "DE", "PL", "IE"])), "\n",
      "Please also send proof of 12 months' residence abroad. Duty estimate: ", "%.2f GBP" % r.uniform(0, 400), " on HS ", hs(r), ".\n\n",
      "Kind regards\n", PN(b.given), "\nCustoms Clearance Team, EORI ", eori(r), "\n")


@T("hr_injury_email", "email", 2)
def hr_injury_email(d, r):
    w = person(r, pick(r, ["RO", "BG", "LT", "PL", "UA", "IN"])); s = person(r, "GB")
    d("From: ", L("EMAIL", "hr@staffline-plus.example"), "\nTo: ", EM(r, s, "swiftdrop-couriers.example"), "\nSubject: RIDDOR — agency worker injury, ", pick(r, DEPOTS), "\n\n",
      "Hi ", PN(s.given), ",\n\nFollowing Tuesday's incident, ", PN(w), " (DOB ", L("DATE_OF_BIRTH", dob(w, "uk")), ") was seen at A&E and diagnosed with ",
      L("DIAGNOSIS", pick(r, INJURY)), ". They were prescribed ", L("MEDICATION", pick(r, ["naproxen", "co-codamol", "ibuprofen"])), " and signed off for 10 days.\n",
      "They also told the nurse they have ", L("DIAGNOSIS", pick(r, ["type 1 diabetes", "epilepsy", "asthma"])), ", which was not on the registration form.\n",
      "Forklift FLT-", dg(r, 3), " has been quarantined. The Ferrero and Dr. Oetker pallets in aisle 14 were re-stacked.\n\nThanks,\n", PN(person(r, "GB").given), "\n")


@T("support_chat", "chat", 4)
def support_chat(d, r):
    cc = pick(r, ["NG", "KE", "GH", "IN", "PK", "BD", "LK", "ID", "PH", "VN", "CO", "BR", "TR"]); c = person(r, cc); a = person(r, pick(r, ["PH", "IN", "CO"])); drv = person(r, cc)
    d("[Rapido Support] chat ", "#", neg_digits(r, 8), " started ", ts(r), "\n",
      PN(a.given), " (agent): Hi! How can I help with your trip today?\n",
      PN(c.given), ": i left my phone in the car. driver was ", PN(drv.given), ", plate ", pick(r, ["KAA 123X", "LND 214 XA", "GR-1123-22", "B 7781 TZK"]), "\n",
      PN(a.given), " (agent): Sorry about that. Can you give a number we can reach you on?\n",
      PN(c.given), ": my sister's ", PH(r, c), " or email ", EM(r, c), "\n",
      PN(c.given), ": pickup was ", AD(r, cc), "\n",
      PN(a.given), " (agent): Thanks, I've raised lost item case LI-", neg_digits(r, 7), ". Driver ", PN(drv.given), " will be notified.\n")


@T("rider_kyc_chat", "chat", 3)
def rider_kyc_chat(d, r):
    k = ["BR", "IT", "ES", "IN"][IDX % 4]
    c = person(r, {"IN": "IN", "BR": "BR", "ES": pick(r, ["ES", "CO", "PT"]), "IT": pick(r, ["IT", "BD", "PK"])}[k]); a = person(r, "PT")
    idv = {"IN": lambda: L("IN_AADHAAR", aadhaar(r)), "BR": lambda: L("BR_CPF", cpf(r)), "ES": lambda: L("ES_DNI", dni(r, c.cc != "ES")), "IT": lambda: L("IT_FISCAL_CODE", fiscal(r, c))}[k]()
    idn = {"IN": "aadhaar", "BR": "CPF", "ES": "NIE/DNI", "IT": "codice fiscale"}[k]
    hh = r.randint(8, 21); mins = sorted(r.sample(range(60), 5)); clk = iter("%02d:%02d" % (hh, m) for m in mins)
    d("[", next(clk), "] ", PN(a.given), " — Onboarding: Hello ", PN(c.given), ", to finish your courier account I need your ", idn, ".\n",
      "[", next(clk), "] ", PN(c.given), ": ok its ", idv, "\n",
      "[", next(clk), "] ", PN(c.given), ": the old one ", {"IN": bad_aadhaar, "BR": bad_cpf, "ES": bad_dni, "IT": lambda r: (lambda s: s[:-1] + ("A" if s[-1] != "A" else "B"))(fiscal(r, c))}[k](r), " was a typo sorry\n",
      "[", next(clk), "] ", PN(a.given), " — Onboarding: 👍 verified. Born ", L("DATE_OF_BIRTH", dob(c, "uk")), ", right?\n",
      "[", next(clk), "] ", PN(c.given), ": yes\n")


@T("complaint_ticket", "ticket", 4)
def complaint_ticket(d, r):
    cc = pick(r, ["GB", "IE", "FR", "DE", "ES", "IT", "PL", "AU", "US"]); c = person(r, cc); drv = person(r)
    d("Ticket: CMP-", neg_digits(r, 6), "    Priority: ", pick(r, ["P2", "P3"]), "    Channel: ", pick(r, ["app", "web form", "phone"]), "\n",
      "Requester: ", PN(c), " <", EM(r, c), ">\n", "Category: ", pick(r, ["Driver conduct", "Damaged item", "Late food order", "Overcharge"]), "\n",
      "Order: ORD-", neg_digits(r, 9), "  Restaurant: ", pick(r, ["Nando's", "Wagamama", "Pizza Hut", "Leon"]), "\n---\n",
      pick(r, ["courier threw the bag over the gate", "driver was rude and took a detour", "soup spilled everywhere, box crushed", "charged twice, see card " + masked_card(r)]), ". ")
    if IDX % 3 != 1:
        d("pls refund to my card ", L("CREDIT_CARD", card(r)), " exp ", "%02d/%02d" % (r.randint(1, 12), r.randint(27, 31)), ". ")
    d(
      "deliver address was ", AD(r, cc), ". rider name on app: ", PN(drv.given), ".\n---\n",
      "Internal note (", PN(person(r, "GB").given), "): refund ", "%.2f" % r.uniform(3, 40), ", warning issued to rider R", neg_digits(r, 6), ".\n")


@T("ticket_neg", "ticket", 3)
def ticket_neg(d, r):
    d("JIRA ", pick(r, ["ROUTE", "WMS", "DISP"]), "-", r.randint(100, 9999), ": ", pick(r, ["Route optimiser ignores depot cut-off", "SSCC labels misprint on Zebra ZT411", "ETA drift on voyage legs"]), "\n",
      "Reporter: ops-automation   Fix version: ", verish(r), "   Sprint: 2026.", r.randint(1, 26), "\n\n",
      "Steps:\n1. Load manifest for ", pick(r, DEPOTS), " (", r.randint(100, 900), " stops, container ", container(r), ")\n",
      "2. Run optimiser build ", verish(r), " against OSM extract of ", pick(r, STREETS_PEOPLE), " area\n",
      "3. Observe stop ", r.randint(1, 200), " scheduled on ", pick(r, HOLIDAYS), "\n\nExpected: skip holiday; Actual: assigned to van ", plate(r, "GB"), ".\n",
      "Env: 10.", r.randint(0, 30), ".", r.randint(0, 40), ".", r.randint(1000, 9999), " (build), SSCC ", sscc(r), "\n")


@T("ops_chat_neg", "chat", 3)
def ops_chat_neg(d, r):
    for _ in range(r.randint(4, 6)):
        d("[", "%02d:%02d" % (r.randint(5, 23), r.randint(0, 59)), "] #", pick(r, ["dispatch-north", "hub-ops", "peak-war-room"]), " ", pick(r, ["bot", "dispatch-bot", "wms"]), ": ",
          pick(r, ["%s trunk departed, ETA %02d:%02d" % (pick(r, DEPOTS), r.randint(0, 23), r.randint(0, 59)),
                   "flight %s delayed, ULDs for %s held" % (pick(r, ["LO 282", "TK 1985", "KQ 100"]), pick(r, AIRPORTS)),
                   "gate 3 on %s closed for resurfacing" % pick(r, STREETS_PEOPLE),
                   "%s pallets (%d) checked in, seal %s intact" % (pick(r, COMPANIES), r.randint(2, 30), neg_digits(r, 7)),
                   "route %s: %d stops, %.1f kg, %.1f km" % (pick(r, DEPOTS), r.randint(30, 140), r.uniform(200, 900), r.uniform(40, 200)),
                   "reminder: %s — depot closed" % pick(r, HOLIDAYS), "container %s released by customs" % container(r)]), "\n")


@T("newsletter_neg", "email", 2)
def newsletter_neg(d, r):
    d("Subject: Peak season update from the network team\n\n",
      "Hello everyone,\n\nVolumes are up ", r.randint(10, 60), "% on last year. ", pick(r, COMPANIES), " and ", pick(r, COMPANIES), " have moved their returns to ", pick(r, DEPOTS), ".\n",
      "Depots will close for ", pick(r, HOLIDAYS), " and ", pick(r, HOLIDAYS), ". The new hub on ", pick(r, STREETS_PEOPLE), " opens in week ", r.randint(1, 52), ".\n",
      "Please remember the Date Of Birth and Passport Number fields in the new onboarding form are mandatory.\n",
      "There was a depression in volumes after Black Friday, but nothing like the Great Depression of 2020's lockdowns.\n\nThe Network Team\n")


@T("accident_ticket", "ticket", 3)
def accident_ticket(d, r):
    us = r.random() < 0.5
    p = person(r, "US" if us else pick(r, ["GB", "PL", "RO", "IE", "PT"])); tp = person(r, "US" if us else "GB")
    st = pick(r, list(US_DL))
    d("INCIDENT ", "ACC-", neg_digits(r, 6), " | Motor claim | opened ", ts(r), "\n",
      "Our driver: ", PN(p), "  licence ", L("DRIVER_LICENSE", US_DL[st](r) if us else dl_foreign(r, "GB", p)), " (", st if us else "DVLA", ")\n",
      "Third party: ", PN(tp), ", tel ", L("PHONE", phone(r, "US" if us else "GB")), ", insurer ", pick(r, ["Admiral", "Geico", "Aviva", "State Farm"]), " policy ", up(r, 3), neg_digits(r, 8), "\n",
      "Location: junction of ", pick(r, STREETS_PEOPLE), " and ", pick(r, ["High St", "Market Rd", "Station Approach"]), "; our van ", plate(r, "US" if us else "GB"), ", VIN ", vin(r), "\n",
      "Injuries: third party reports ", L("DIAGNOSIS", pick(r, ["whiplash injury", "concussion", "rib fracture"])), "; our driver uninjured.\n",
      "Dashcam clip ID dc_", neg_digits(r, 10), "\n")


@T("payout_dispute_chat", "chat", 2)
def payout_dispute_chat(d, r):
    c = person(r, pick(r, ["GB", "NG", "GH", "PK", "RO"])); a = person(r, "GB")
    sc, ac = sort_acct(r)
    d(PN(c.given), ": hi my payout didnt come this week\n", PN(a.given), " (Courier Support): Hi ", PN(c.given), ", can you confirm the bank details on file?\n",
      PN(c.given), ": ", L("UK_BANK_ACCOUNT", sc + " " + ac), " — changed it last month, old one was ", "**-**-" + dg(r, 2), " ****", dg(r, 4), "\n",
      PN(a.given), " (Courier Support): Thanks. Batch ", "B" + neg_digits(r, 7), " failed on the old account; re-sent £", "%.2f" % r.uniform(100, 700), ".\n")


# ===== free text / html ================================================================
@T("incident_narrative", "free_text", 3)
def incident_narrative(d, r):
    cc = pick(r, ["GB", "IE", "NG", "KE", "AU", "IN"]); drv = person(r, cc); wit = person(r, cc)
    d("Incident report written by the depot manager.\n\n",
      "At about ", r.randint(6, 20), ":", "%02d" % r.randint(0, 59), " our courier ", PN(drv), " was unloading outside ", AD(r, cc), " when a cyclist collided with the open door. ",
      "A passer-by, ", PN(wit), " (", PH(r, wit), "), called an ambulance. ", PN(drv.given), " was taken to hospital with ", L("DIAGNOSIS", pick(r, INJURY)),
      " and given ", L("MEDICATION", pick(r, ["morphine", "paracetamol", "ibuprofen", "codeine"])), ". ",
      "The van (", plate(r, "GB"), ") was recovered to ", pick(r, DEPOTS), ". Note: ", PN(drv.given), " has ", L("DIAGNOSIS", pick(r, ["type 1 diabetes", "epilepsy", "hypertension"])),
      " and their blood sugar was checked at the scene — normal. No evidence of a heart attack was found.\n")


@T("lost_property_note", "free_text", 2)
def lost_property_note(d, r):
    cc = "US" if IDX == 0 else pick(r, COUNTRIES); p = person(r, cc)
    d("Found in vehicle ", plate(r, pick(r, ["GB", "PL", "RO", "ES"])), " after the late airport run from ", pick(r, AIRPORTS), ": a ", CNAME[cc], " passport (",
      L(ptype(cc), passport(r, cc)), ") belonging to ", PN(p), ", born ", L("DATE_OF_BIRTH", dob(p, "txt")), ", together with a boarding pass for flight ",
      pick(r, ["LO 281", "FR 1234", "W6 3301", "TK 1986"]), ". Handed to airport police, receipt ", neg_digits(r, 8), ".\n")


@T("health_article_neg", "free_text", 2)
def health_article_neg(d, r):
    d("Driver wellbeing: sleep, shifts and safety\n\n",
      "Research published in ", r.randint(2012, 2025), " suggests night-shift workers have a higher risk of type 2 diabetes and obstructive sleep apnoea. ",
      "Epilepsy, insulin-treated diabetes and some medications such as diazepam or sedating antihistamines must be declared to the licensing authority. ",
      "Parkinson's law — work expands to fill the time available — applies to route planning too. ",
      "If the rota is giving you a headache or you feel like peak is a marathon with no finish line, talk to your line manager. ",
      "Free health checks run at ", pick(r, DEPOTS), " on ", pick(r, HOLIDAYS), " eve.\n")


@T("ops_bulletin_neg", "free_text", 4)
def ops_bulletin_neg(d, r):
    d("OPS BULLETIN ", r.randint(1, 52), "/2026\n\n",
      "• ", pick(r, COMPANIES), " volumes move to ", pick(r, DEPOTS), " from Monday; trunk ", pick(r, ["T12", "T07", "N3"]), " departs ", "%02d:%02d" % (r.randint(18, 23), r.randint(0, 59)), ".\n",
      "• Air: ", pick(r, AIRPORTS), "→", pick(r, AIRPORTS), " on ", pick(r, ["LO 282", "TK 1985", "EK 029", "QR 0015", "ET 901"]), " (AWB ", awb(r), "), ", r.randint(2, 20), " ULDs, ", r.randint(500, 9000), " kg.\n",
      "• Sea: ", container(r), " and ", container(r), " on voyage ", pick(r, ["432W", "FE145A", "245N"]), ", POL ", pick(r, PORTS), ", POD ", pick(r, PORTS), ".\n",
      "• Road works on ", pick(r, STREETS_PEOPLE), " — use gate B. Coordinates ", ", ".join(coords(r)), ".\n",
      "• Closed on ", pick(r, HOLIDAYS), ". Sort centre firmware ", verish(r), " goes live.\n",
      "• Max parcel 31.5 kg, 120×60×60 cm. Fuel surcharge ", "%.1f" % r.uniform(4, 18), "%.\n")


@T("driver_profile_html", "html", 3)
def driver_profile_html(d, r):
    cc = pick(r, ["GB", "US", "AU", "IE", "PL", "DE", "FR"]); p = person(r, cc)
    st = pick(r, list(US_DL)) if cc == "US" else None
    d("<html><body><h1>Driver profile</h1>\n<div class=\"card\">\n<dl>\n<dt>Name</dt><dd>", PN(p), "</dd>\n",
      "<dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", dob(p, "usl" if cc == "US" else "uk")), "</dd>\n",
      "<dt>Address</dt><dd>", L("ADDRESS", address(r, cc, True).replace("\n", "<br>\n")), "</dd>\n",
      "<dt>Phone</dt><dd><a href=\"tel:", PH(r, p), "\">call</a></dd>\n<dt>Email</dt><dd>", EM(r, p), "</dd>\n",
      "<dt>Licence</dt><dd>", L("DRIVER_LICENSE", US_DL[st](r) if st else dl_foreign(r, cc, p)), " <small>(", st if st else CNAME[cc], ")</small></dd>\n",
      "<dt>Vehicle</dt><dd>", plate(r, cc if cc in ("GB", "US", "PL", "DE", "FR") else "GB"), " &middot; VIN ", vin(r), "</dd>\n",
      "<dt>Rating</dt><dd>", "%.2f" % r.uniform(4.1, 5), " (", r.randint(20, 3000), " trips)</dd>\n</dl>\n</div>\n",
      "<p class=\"muted\">Last login from ", L("IP_ADDRESS", ip(r)), " · app ", verish(r), "</p></body></html>\n")


@T("tracking_page_neg", "html", 3)
def tracking_page_neg(d, r):
    d("<!doctype html><html><head><title>Track ", tracking(r), "</title></head><body>\n<h2>Your parcel</h2>\n<table>\n<tr><th>Time</th><th>Event</th><th>Location</th></tr>\n")
    for _ in range(r.randint(3, 6)):
        d("<tr><td>", ts(r), "</td><td>", pick(r, ["Collected", "Arrived at hub", "Customs cleared", "Out for delivery", "Delivered to safe place"]), "</td><td>",
          pick(r, DEPOTS + AIRPORTS), "</td></tr>\n")
    d("</table>\n<p>Recipient: <span>J*** D***</span> · Postcode: ", "**" + dg(r, 1) + " ***", "</p>\n<p>Sold by ", pick(r, COMPANIES), ". Weight ", "%.2f" % r.uniform(0.1, 20), " kg. ",
      "Need help? Visit our help centre.</p>\n<footer>v", verish(r), "</footer></body></html>\n")


@T("customs_narrative", "free_text", 3)
def customs_narrative(d, r):
    cc = pick(r, ["UA", "TR", "VN", "ID", "PH", "CO", "GH", "KE", "BD", "LK", "AU", "US"]); p = person(r, cc)
    lang = pick(r, ["en", "fr", "de", "es", "pl"])
    intro = {"en": "Broker's file note: private importer ", "fr": "Note du transitaire : importateur particulier ", "de": "Aktenvermerk Zoll: Privatperson ",
             "es": "Nota del agente de aduanas: importador particular ", "pl": "Notatka agencji celnej: importer prywatny "}[lang]
    ppl = {"en": "passport no.", "fr": "passeport n°", "de": "Reisepass-Nr.", "es": "pasaporte n.º", "pl": "paszport nr"}[lang]
    born = {"en": "born", "fr": "né(e) le", "de": "geboren am", "es": "nacido/a el", "pl": "ur."}[lang]
    d(intro, PN(p), ", ", ppl, " ", L(ptype(cc), passport(r, cc)), " (", CNAME[cc], "), ", born, " ", L("DATE_OF_BIRTH", dob(p, "eu")), ". ",
      "Consignment ", container(r), " / HS ", hs(r), ", value ", "%.2f EUR" % r.uniform(50, 3000), ". Contact ", PH(r, p), ". ",
      "Forwarder EORI ", eori(r), ", VAT ", vat(r), ".\n")


@T("bg_report_text", "free_text", 2)
def bg_report_text(d, r):
    p = person(r, "US"); st = pick(r, list(US_DL))
    d("BACKGROUND SCREENING SUMMARY — CONFIDENTIAL\n\n", "Candidate ", PN(p), " (SSN ", L("US_SSN", ssn(r)), ", DOB ", L("DATE_OF_BIRTH", dob(p, "us")), ") ",
      "holds a valid ", st, " driver license, number ", L("DRIVER_LICENSE", US_DL[st](r)), ", with one speeding violation (", r.randint(2019, 2025), "). ",
      "County criminal search: ", pick(r, ["Cook County", "Harris County", "Maricopa County", "Kings County"]), " — clear. An alias SSN ", bad_ssn(r), " was reported by a bureau and is invalid. ",
      "Residential history includes ", AD(r, "US"), ". Order ", neg_digits(r, 9), ".\n")


@T("ride_receipt_text", "free_text", 3)
def ride_receipt_text(d, r):
    cc = pick(r, ["GB", "NG", "KE", "GH", "IN", "PK", "BD", "ID", "PH", "VN", "CO", "BR", "TR", "AU"]); p = person(r, cc); drv = person(r, cc)
    d("Thanks for riding, ", PN(p.given), "!\n", "Trip with ", PN(drv.given), " · ", pick(r, ["Toyota Vios", "Bajaj RE", "Honda Beat", "Suzuki Dzire"]), "\n",
      "Pickup   ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "  ", AD(r, cc), "\n",
      "Drop-off ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "  ", AD(r, cc), "\n",
      "Distance ", "%.1f km" % r.uniform(1, 30), " · Duration ", r.randint(4, 70), " min\n", "Total ", "%.2f" % r.uniform(2, 50), " · Paid with ", masked_card(r), "\n",
      "Receipt ", up(r, 4, "0123456789ABCDEF"), "-", neg_digits(r, 8), "\n")


@T("waybill_html", "html", 2)
def waybill_html(d, r):
    s = person(r); rc = person(r); sc = pick(r, COUNTRIES); rcc = pick(r, ["GB", "DE", "PL", "FR", "IT", "ES", "IE"])
    d("<div class=\"awb\"><h3>AIR WAYBILL ", awb(r), "</h3>\n<table><tr><td><b>Shipper</b><br>\n", PN(s), "<br>\n", L("ADDRESS", address(r, sc, True).replace("\n", "<br>\n")),
      "<br>\nTel ", PH(r, s), "</td>\n<td><b>Consignee</b><br>\n", PN(rc), "<br>\n", L("ADDRESS", address(r, rcc, True).replace("\n", "<br>\n")), "<br>\nTel ", L("PHONE", phone(r, rcc)),
      "</td></tr></table>\n<p>Pieces 1 · Gross ", "%.1f" % r.uniform(0.5, 40), " kg · ", pick(r, AIRPORTS), "→", pick(r, AIRPORTS), " · HS ", hs(r), " · Carrier ", pick(r, ["LOT Cargo", "Turkish Cargo", "Emirates SkyCargo"]),
      "</p></div>\n")


@T("release_notes_neg", "free_text", 2)
def release_notes_neg(d, r):
    d("Courier app ", verish(r), " release notes\n\n- Scanner now reads SSCC (", sscc(r), ") and GTIN-13 (", gtin(r), ") barcodes\n",
      "- Fixed crash on Android 14 when POD photo > 12 MB\n- Route codes like ", pick(r, DEPOTS), " shown in banner\n",
      "- Build ", verish(r), " replaces ", verish(r), "; min server 2.", r.randint(0, 9), ".", r.randint(0, 9), "\n- New holiday calendar: ", pick(r, HOLIDAYS), ", ", pick(r, HOLIDAYS), "\n")


@T("kyc_narratives", "free_text", 4)
def kyc_narratives(d, r):
    k = ["FR", "DE", "ES", "IT", "GB", "CA", "SG", "BR", "IN"][IDX % 9]
    if k == "IN":
        p = person(r, "IN")
        d("Onboarding note: courier ", PN(p), " submitted Aadhaar ", L("IN_AADHAAR", aadhaar(r)), " and driving licence ", L("DRIVER_LICENSE", dl_foreign(r, "IN")),
          " (Karnataka). A second Aadhaar, ", bad_aadhaar(r), ", failed validation and was discarded. Date of birth ", L("DATE_OF_BIRTH", dob(p, "uk")), ".\n")
    elif k == "BR":
        p = person(r, "BR")
        d("Motoboy ", PN(p), ", nasceu em ", L("DATE_OF_BIRTH", dob(p, "uk")), ", CPF ", L("BR_CPF", cpf(r)), ", mora em ", AD(r, "BR"), ". ",
          "O CPF ", bad_cpf(r), " informado antes estava errado.\n")
    elif k == "SG":
        p = person(r, pick(r, ["CN", "IN", "ID", "PH"]))
        d("Rider ", PN(p), " (NRIC/FIN ", L("SG_NRIC", nric(r, r.random() < 0.5)), ") reactivated after suspension; earlier record with ", bad_nric(r), " was a data-entry error.\n")
    elif k == "CA":
        p = person(r, pick(r, ["IN", "PH", "UA", "CO"]))
        d("Contractor ", PN(p), " provided SIN ", L("CA_SIN", sin(r)), " for the T4A slip (the ", bad_sin(r), " on the first form fails the check).\n")
    elif k == "FR":
        p = person(r, "FR")
        d("Livreur ", PN(p), ", né le ", L("DATE_OF_BIRTH", dob(p, "uk")), ", n° de sécurité sociale ", L("FR_NIR", nir(r, p)), ", IBAN ", L("IBAN", iban(r, "FR")), ".\n")
    elif k == "DE":
        p = person(r, "DE")
        d("Fahrer ", PN(p), " (geb. ", L("DATE_OF_BIRTH", dob(p, "eu")), "), Steuer-ID ", L("DE_TAX_ID", steuer_id(r)), ", Anschrift ", AD(r, "DE"), ".\n")
    elif k == "ES":
        p = person(r, pick(r, ["ES", "CO", "RO"]))
        d("Repartidor ", PN(p), " con ", "NIE" if p.cc != "ES" else "DNI", " ", L("ES_DNI", dni(r, p.cc != "ES")), " (el ", bad_dni(r), " del formulario no es válido), teléfono ", L("PHONE", phone(r, "ES")), ".\n")
    elif k == "IT":
        p = person(r, "IT")
        d("Rider ", PN(p), ", codice fiscale ", L("IT_FISCAL_CODE", fiscal(r, p)), ", nato il ", L("DATE_OF_BIRTH", dob(p, "uk")), ", residente in ", AD(r, "IT"), ".\n")
    else:
        p = person(r, pick(r, ["GB", "GH", "NG"]))
        d("Agency worker ", PN(p), ": NINO ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), ", NHS number ", L("UK_NHS_NUMBER", nhs(r)), " (given for the OH referral; ", bad_nhs(r), " on the old file fails mod 11).\n")


# ----------------------------------------------------------------------------- build
COUNTS = {"onboard_uk": 3, "rider_signup_eu": 5, "customs_private": 3, "us_bgcheck_form": 3, "fit_to_drive": 3, "blank_forms": 2, "lost_property": 2,
          "agency_registration": 3, "kyc_driver_apac": 3,
          "injury_note": 4, "rtc_discharge": 3, "drug_screen_lab": 3, "hl7_oh": 3, "fhir_bundle": 3, "dot_medical": 2, "nhs_oh_letter": 2, "mbi_claim_note": 2, "lab_reference_neg": 2,
          "payout_csv": 2, "agency_payroll_tsv": 2, "manifest_csv": 3, "pallet_manifest_neg": 2, "webhook_delivered": 3, "webhook_status_neg": 2, "gps_ndjson": 2,
          "gps_ndjson_neg": 2, "roster_yaml": 2, "customs_api_json": 2, "config_yaml_neg": 2, "trip_receipts_ndjson": 2, "bgcheck_tsv": 2, "inventory_tsv_neg": 2,
          "hs_tariff_csv_neg": 1, "driver_kyc_csv": 2, "agency_workers_json": 2, "fleet_json_neg": 1,
          "pod_log": 3, "dispatcher_log": 3, "auth_log": 3, "telematics_neg_log": 4, "customs_gw_log": 2, "payout_gw_log": 2, "syslog_neg": 3, "exception_log": 3, "oh_audit_log": 2,
          "customer_email": 3, "customs_email": 2, "hr_injury_email": 2, "support_chat": 3, "rider_kyc_chat": 3, "complaint_ticket": 3, "ticket_neg": 3, "ops_chat_neg": 2,
          "newsletter_neg": 2, "accident_ticket": 2, "payout_dispute_chat": 2,
          "incident_narrative": 3, "lost_property_note": 2, "health_article_neg": 2, "ops_bulletin_neg": 3, "driver_profile_html": 3, "tracking_page_neg": 3,
          "customs_narrative": 2, "bg_report_text": 2, "ride_receipt_text": 2, "waybill_html": 2, "release_notes_neg": 2, "kyc_narratives": 9}

NINO_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
MBI_RE = re.compile(r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d\d$")


def check_value(t, v):
    c = re.sub(r"[\s\-.]", "", v)
    ok = {"IBAN": lambda: iban_ok(v), "UK_NHS_NUMBER": lambda: nhs_ok(v), "IN_AADHAAR": lambda: len(c) == 12 and verhoeff_ok(c) and c[0] not in "01",
          "BR_CPF": lambda: cpf_ok(v), "ES_DNI": lambda: dni_ok(v), "FR_NIR": lambda: len(c) == 15 and nir_key(c[:13]) == c[13:],
          "DE_TAX_ID": lambda: stid_ok(v), "IT_FISCAL_CODE": lambda: len(v) == 16 and cf_char(v[:15]) == v[15], "SG_NRIC": lambda: nric_make(v[0], v[1:8]) == v,
          "CA_SIN": lambda: len(c) == 9 and luhn_ok(c), "CREDIT_CARD": lambda: luhn_ok(c) and 13 <= len(c) <= 19,
          "US_SSN": lambda: re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and v[:3] not in ("000", "666") and v[0] != "9" and v[4:6] != "00" and v[7:] != "0000",
          "UK_NATIONAL_INSURANCE_NUMBER": lambda: NINO_RE.match(v) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"),
          "US_MBI": lambda: MBI_RE.match(v)}.get(t, lambda: True)()
    assert ok, (t, v)


def leaks(text, ents):
    """unlabelled runs that would be valid identifiers -> the document must be re-rendered."""
    m = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            m[i] = "#"
    s = "".join(m)
    out = []
    for mm in re.finditer(r"(?<![\d])\d+(?![\d])", s):
        g = mm.group()
        if (len(g) == 9 and g[0] not in "08" and luhn_ok(g)) or (len(g) == 10 and nhs_ok(g)) or (len(g) == 11 and (cpf_ok(g) or stid_ok(g))) \
                or (len(g) == 12 and g[0] not in "01" and verhoeff_ok(g)) or (13 <= len(g) <= 19 and g[0] in "23456" and luhn_ok(g)):
            out.append(g)
    for mm in re.finditer(r"(?<![\d])(?:\d{4}[ -]){3}\d{1,7}(?![\d])|(?<![\d])\d{3} \d{3} \d{4}(?![\d])|(?<![\d])\d{3}[ -]\d{3}[ -]\d{3}(?![\d])", s):
        g = re.sub(r"\D", "", mm.group())
        if luhn_ok(g) or (len(g) == 12 and verhoeff_ok(g)) or (len(g) == 10 and nhs_ok(g)):
            out.append(mm.group())
    for mm in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", s):
        v = mm.group()
        if v[:3] not in ("000", "666") and v[0] != "9" and v[4:6] != "00" and v[7:] != "0000":
            out.append(v)
    for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", s):
        if iban_ok(mm.group()):
            out.append(mm.group())
    for mm in re.finditer(r"\b[STFG]\d{7}[A-Z]\b", s):
        if nric_make(mm.group()[0], mm.group()[1:8]) == mm.group():
            out.append(mm.group())
    for mm in re.finditer(r"\b\d{8}[A-Z]\b|\b[XYZ]\d{7}[A-Z]\b", s):
        if dni_ok(mm.group()):
            out.append(mm.group())
    return out


def validate(doc):
    text, ents, fmt = doc["text"], doc["entities"], doc["format"]
    assert fmt in FORMATS, fmt
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        v = text[e["start"]:e["end"]]
        assert v and v == v.strip() and e["start"] >= prev, (doc["id"], e, v)
        prev = e["end"]
        check_value(e["type"], v)
    lvl = max([LEVEL[e["type"]] for e in ents], default=1)
    assert doc["classification"] == LEVEL_NAME[lvl]
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    elif fmt == "ndjson":
        for ln in text.splitlines():
            if ln.strip():
                json.loads(ln)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        assert len({len(x) for x in rows if x}) == 1, doc["id"]


def main():
    docs = []
    retries = 0
    for name, fmt, n, f in TEMPLATES:
        n = COUNTS.get(name, n)
        for i in range(n):
            global IDX
            IDX = i
            for a in range(50):
                r = random.Random("%s:%s:%d:%d" % (SEED, name, i, a))
                d = Doc()
                f(d, r)
                if not leaks(d.text, d.ents):
                    break
                retries += 1
            else:
                raise SystemExit("could not render %s-%d without leaks" % (name, i))
            lvl = max([LEVEL[e["type"]] for e in d.ents], default=1)
            doc = {"id": "h21_%s-%d" % (name, i), "text": d.text, "entities": sorted(d.ents, key=lambda e: e["start"]),
                   "classification": LEVEL_NAME[lvl], "format": fmt}
            validate(doc)
            docs.append(doc)
    assert len({x["id"] for x in docs}) == len(docs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for x in docs:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    tc = Counter(e["type"] for x in docs for e in x["entities"])
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for x in docs if not x["entities"]))
    print("re-renders to avoid accidental valid identifiers:", retries)
    for title, cnt in (("classification", Counter(x["classification"] for x in docs)), ("format", Counter(x["format"] for x in docs)), ("entity type", tc)):
        print("\n%s:" % title)
        for k, v in cnt.most_common():
            print("  %-30s %d" % (k, v))


if __name__ == "__main__":
    main()
