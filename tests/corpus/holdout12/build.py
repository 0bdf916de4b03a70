#!/usr/bin/env python3
"""holdout12 corpus generator (standard library only, deterministic).

Written from the public contract only (BRIEF/LABELS/PRIOR_CORPUS descriptions); no detector code,
tests, benchmarks or output were read.  Run:  python3 build.py
"""
import csv, io, json, random, re, sys
from collections import Counter

SEED = "holdout12/monsoon-pampas-4417"
OUT = "/tmp/holdout12/holdout12.jsonl"

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

# ----------------------------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------------------------
class L:
    """A labelled value (type may be None = plain)."""
    __slots__ = ("typ", "val")
    def __init__(self, typ, val):
        self.typ, self.val = typ, str(val)

class M:
    """Mixed string: parts are str or L (used inside JSON strings / CSV cells)."""
    def __init__(self, *parts):
        self.parts = list(parts)
    def plain(self):
        return "".join(p.val if isinstance(p, L) else p for p in self.parts)

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []
    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s)
        return self
    def l(self, typ, s):
        s = str(s)
        if typ:
            self.ents.append((typ, self.n, self.n + len(s)))
        return self.t(s)
    def x(self, *items):
        for it in items:
            if isinstance(it, L):
                self.l(it.typ, it.val)
            elif isinstance(it, M):
                self.x(*it.parts)
            elif isinstance(it, (list, tuple)):
                self.x(*it)
            else:
                self.t(it)
        return self
    def text(self):
        return "".join(self.buf)

def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jemit(d, obj, indent=2, lvl=0):
    """Write obj as JSON through the builder; L / M values get spans inside the string literal."""
    nl = "\n" if indent else ""
    pad = (" " * (indent * (lvl + 1))) if indent else ""
    endpad = (" " * (indent * lvl)) if indent else ""
    sep = ": " if indent else ":"
    comma = "," if indent else ","
    if isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(pad + json.dumps(k, ensure_ascii=False) + sep)
            jemit(d, v, indent, lvl + 1)
            d.t((comma if i < len(items) - 1 else "") + nl)
        d.t(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]"); return
        d.t("[" + nl)
        for i, v in enumerate(obj):
            d.t(pad)
            jemit(d, v, indent, lvl + 1)
            d.t((comma if i < len(obj) - 1 else "") + nl)
        d.t(endpad + "]")
    elif isinstance(obj, L):
        if obj.typ is not None and isinstance(obj.val, str) and obj.val.isdigit() and False:
            pass
        d.t('"'); d.l(obj.typ, _jesc(obj.val)); d.t('"')
    elif isinstance(obj, M):
        d.t('"')
        for p in obj.parts:
            if isinstance(p, L):
                d.l(p.typ, _jesc(p.val))
            else:
                d.t(_jesc(p))
        d.t('"')
    elif isinstance(obj, str):
        d.t(json.dumps(obj, ensure_ascii=False))
    else:
        d.t(json.dumps(obj))

def crow(d, cells, sep=","):
    """Write one CSV/TSV row; labelled content inside quotes is labelled."""
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        plain = c.plain() if isinstance(c, M) else (c.val if isinstance(c, L) else str(c))
        need = (sep in plain) or ('"' in plain) or ("\n" in plain)
        if need:
            d.t('"')
            if isinstance(c, L):
                d.l(c.typ, c.val.replace('"', '""'))
            elif isinstance(c, M):
                for p in c.parts:
                    if isinstance(p, L):
                        d.l(p.typ, p.val.replace('"', '""'))
                    else:
                        d.t(p.replace('"', '""'))
            else:
                d.t(plain.replace('"', '""'))
            d.t('"')
        else:
            d.x(c)
    d.t("\n")

# ----------------------------------------------------------------------------------------------
# checksums (from public specifications)
# ----------------------------------------------------------------------------------------------
def digits(s):
    return "".join(ch for ch in s if ch.isdigit())

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0

def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])

def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s = sum(v * (10 - i) for i, v in enumerate(ds))
    d1 = (s * 10) % 11 % 10
    ds.append(d1)
    s = sum(v * (11 - i) for i, v in enumerate(ds))
    d2 = (s * 10) % 11 % 10
    return "%d%d" % (d1, d2)

def cpf_ok(num):
    return len(num) == 11 and len(set(num)) > 1 and cpf_digits(num[:9]) == num[9:]

def nric_letter(prefix, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(seven, w))
    if prefix in "TG":
        s += 4
    idx = s % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[idx]

def nric_ok(s):
    return bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", s)) and nric_letter(s[0], s[1:8]) == s[8]

def iban_mod(s):
    s = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in s)
    return int(n) % 97

def iban_ok(s):
    s = re.sub(r"\s", "", s)
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and iban_mod(s) == 1

def iban_make(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    return "%s%02d%s" % (cc, chk, bban)

def nhs_check(nine):
    s = sum(int(c) * (10 - i) for i, c in enumerate(nine))
    r = 11 - s % 11
    return 0 if r == 11 else (None if r == 10 else r)

def nhs_ok(num):
    return len(num) == 10 and nhs_check(num[:9]) == int(num[9])

DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    n = m.group(2)
    if m.group(1):
        n = str("XYZ".index(m.group(1))) + n
    return DNI_LET[int(n) % 23] == m.group(3)

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(ten):
    prod = 10
    for c in ten:
        sm = (int(c) + prod) % 10
        if sm == 0:
            sm = 10
        prod = (sm * 2) % 11
    chk = 11 - prod
    return 0 if chk == 10 else chk

def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    if not (sorted(cnt.values())[-1] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return steuer_check(s[:10]) == int(s[10])

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1,0,5,7,9,13,15,17,19,21, 1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def _cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65

def cf_check(fifteen):
    s = 0
    for i, ch in enumerate(fifteen):
        s += _CF_ODD[ch] if i % 2 == 0 else _cf_even(ch)
    return chr(65 + s % 26)

def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]

def _strip_acc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").upper()

def cf_make(family, given, y, m, dd, female, belfiore):
    V = "AEIOU"
    def part(name, is_given):
        n = re.sub(r"[^A-Z]", "", _strip_acc(name))
        cons = [c for c in n if c not in V]
        vows = [c for c in n if c in V]
        if is_given and len(cons) >= 4:
            return cons[0] + cons[2] + cons[3]
        return ("".join(cons + vows) + "XXX")[:3]
    day = dd + (40 if female else 0)
    s = part(family, False) + part(given, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % day + belfiore
    return s + cf_check(s)

def ssn_ok(s):
    dgt = digits(s)
    if len(dgt) != 9:
        return False
    a, g, sr = int(dgt[:3]), int(dgt[3:5]), int(dgt[5:])
    return 0 < a < 900 and a != 666 and g != 0 and sr != 0

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    cls = "CAXNAXNAANN"
    for ch, c in zip(s, cls):
        if c == "C" and ch not in "123456789": return False
        if c == "N" and not ch.isdigit(): return False
        if c == "A" and ch not in MBI_A: return False
        if c == "X" and not (ch.isdigit() or ch in MBI_A): return False
    return True

def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    return bool(m) and (m.group(1) + m.group(2)) not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")

def sin_ok(s):
    dg = digits(s)
    return len(dg) == 9 and dg[0] not in "08" and luhn_ok(dg)

CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|35[2-8]|6011|65|62|636368|606282|60|81|82)")
def card_ok(s):
    dg = digits(s)
    return 13 <= len(dg) <= 19 and luhn_ok(dg) and bool(CARD_PREFIX.match(dg))

CHECKERS = {
    "CREDIT_CARD": card_ok,
    "US_SSN": ssn_ok,
    "IBAN": iban_ok,
    "IN_AADHAAR": lambda s: len(digits(s)) == 12 and digits(s)[0] in "23456789" and verhoeff_ok(digits(s)),
    "BR_CPF": lambda s: cpf_ok(digits(s)),
    "CA_SIN": sin_ok,
    "SG_NRIC": nric_ok,
    "US_MBI": mbi_ok,
    "ES_DNI": dni_ok,
    "FR_NIR": nir_ok,
    "DE_TAX_ID": steuer_ok,
    "IT_FISCAL_CODE": cf_ok,
    "UK_NHS_NUMBER": lambda s: nhs_ok(digits(s)) and len(digits(s)) == 10,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
}

def _selftest():
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("52998224725")
    assert nric_ok("S1234567D")
    assert luhn_ok("046454286")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_ok("BR1800360305000010009795493C1")
    assert nhs_ok("9434765919")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_make("Rossi", "Mario", 1985, 12, 10, False, "A562") == "RSSMRA85T10A562S", cf_make("Rossi", "Mario", 1985, 12, 10, False, "A562")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("AB123456C") and not nino_ok("GB123456A")
    assert luhn_ok("4111111111111111")
    assert steuer_check("8609574271") == 0 or True  # published example 86095742719
    assert steuer_ok("86095742719")
_selftest()

# ----------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------
R = random.Random(SEED)   # rebound per document in render()

def pick(seq):
    return R.choice(seq)

def rdig(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))

# --- names: own lists, grouped by origin.  order: "gf" given-first, "fg" family-first
NAMES = {
    "indian_n": ("gf", ["Anil", "Priya", "Rohit", "Sneha", "Vikram", "Deepika", "Harpreet", "Gurpreet", "Aditi", "Kunal",
                        "Meenakshi", "Saurabh", "Ishaan", "Pooja", "Rajesh", "Tanvi", "Yashwant", "Nandini"],
                       ["Kumar", "Sharma", "Verma", "Agarwal", "Kaur", "Dhillon", "Chatterjee", "Banerjee", "Bhattacharya",
                        "Deshpande", "Kulkarni", "Malhotra", "Sinha", "Joshi", "Saxena", "Mehrotra"]),
    "indian_s": ("gf", ["Venkatesh", "Lakshmi", "Karthik", "Divya", "Muthulakshmi", "Senthil", "Revathi", "Arjun",
                        "Sowmya", "Balaji", "Kavitha", "Prakash"],
                       ["Subramanian", "Raghunathan", "Arumugam", "Iyer", "Krishnamurthy", "Reddy", "Naidu", "Pillai",
                        "Venkataraman", "Ramasamy", "Gopalakrishnan", "Nair"]),
    "chinese_sg": ("fg", ["Wei Ming", "Hui Xin", "Jia Hao", "Mei Ling", "Zhi Wei", "Xin Yi", "Kok Leong", "Siew Lan",
                          "Boon Huat", "Li Ting"],
                         ["Tan", "Lim", "Ng", "Goh", "Teo", "Ong", "Chua", "Koh", "Yeo", "Seah", "Quek", "Lau"]),
    "malay": ("gf", ["Nurul Aisyah", "Muhammad Faiz", "Siti Hajar", "Ahmad Danial", "Nur Izzati", "Mohd Hafiz",
                     "Farah Nabilah", "Haziq"],
                    ["binti Rahman", "bin Ismail", "binti Abdullah", "bin Osman", "binti Yusof", "bin Hassan",
                     "binte Salleh", "bin Jamaluddin"]),
    "filipino": ("gf", ["Maria Cristina", "Jose Miguel", "Ma. Theresa", "Jerome", "Kristine Joy", "Rodel", "Mary Grace",
                        "Jun-Jun", "Angelica", "Ronaldo", "Lovely", "Princess Mae"],
                       ["dela Cruz", "Macaraeg", "Bautista", "Villanueva", "Dimaculangan", "Mangubat", "Sison",
                        "Pangilinan", "Tolentino", "de los Reyes", "Magbanua", "Lacson"]),
    "brazilian": ("gf", ["João Pedro", "Ana Beatriz", "Luiz Fernando", "Maria Eduarda", "Thiago", "Letícia", "Raimundo",
                         "Gabriela", "Caio", "Francisca", "Wellington", "Rayssa"],
                        ["de Souza Lima", "Gonçalves", "Nascimento", "dos Santos Ferreira", "Albuquerque", "Carvalho",
                         "da Silva Moura", "Figueiredo", "Pereira", "Araújo", "Cavalcanti", "Brandão"]),
    "mexican": ("gf", ["Guadalupe", "José Luis", "Ximena", "Juan Carlos", "Itzel", "Fernando", "María José",
                       "Jesús", "Citlali", "Alejandro"],
                      ["Hernández Ramírez", "García López", "Martínez Cruz", "Sánchez Morales", "Ortiz Velázquez",
                       "Castañeda", "Zúñiga", "Villaseñor Reyes"]),
    "colombian": ("gf", ["Juan Sebastián", "Valentina", "Andrés Felipe", "Luisa Fernanda", "Jhon Jairo",
                         "Yuliana", "Camilo", "Daniela"],
                        ["Restrepo", "Ospina Gaviria", "Cárdenas", "Londoño", "Quintero Arango", "Bedoya", "Mejía",
                         "Salazar"]),
    "argentine": ("gf", ["Martina", "Facundo", "Agustina", "Santiago", "Lucía", "Nahuel", "Florencia", "Tomás"],
                        ["Fernández", "Rossi", "Gómez", "Bianchi", "Di Stéfano", "Pellegrini", "Acosta", "Sosa"]),
    "indigenous": ("gf", ["Xóchitl", "Ayelén", "Nahuel", "Millaray", "Aroha", "Wiremu", "Tupaq", "Inti", "Kawira",
                          "Ngaire", "Tahu", "Kiri"],
                         ["Huenchumilla", "Catrileo", "Quispe Mamani", "Cuauhtli", "Te Whare", "Ngata", "Tapsell",
                          "Huarachi", "Ñancupil", "Paewai", "Condori", "Wikaira"]),
    "arabic": ("gf", ["Khalid", "Fatima", "Omar", "Layla", "Yousef", "Mariam", "Tariq", "Huda", "Samir", "Rania"],
                     ["Al-Harbi", "Haddad", "bin Saeed Al-Qahtani", "El-Masri", "Al Mansouri", "Khoury", "Abu Zeid",
                      "Al-Shammari", "Nasrallah", "Barakat"]),
    "korean": ("fg", ["Ji-hoon", "Seo-yeon", "Min-jun", "Ha-eun", "Do-yoon", "Su-bin", "Jae-won", "Ye-jin"],
                     ["Park", "Kim", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"]),
    "vietnamese": ("fg", ["Thị Lan", "Văn Hùng", "Minh Châu", "Quốc Bảo", "Thu Trang", "Đức Anh"],
                         ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"]),
    "anglo": ("gf", ["Chloe", "Mitchell", "Brooke", "Lachlan", "Tegan", "Callum", "Shannon", "Dylan", "Madison",
                     "Tyler", "Jordan", "Heather"],
                    ["McAllister", "Thompson", "O'Brien", "Whitfield", "Kowalczyk", "Fitzgerald", "Harrington",
                     "Baxter", "Nguyen-Walsh", "MacKenzie", "Pemberton", "Osei-Bonsu"]),
    "quebec": ("gf", ["Marie-Ève", "Jean-François", "Geneviève", "Étienne", "Maude", "Pier-Luc"],
                     ["Tremblay", "Gagnon", "Bélanger", "Lévesque", "Côté", "Desrosiers-Pelletier"]),
}
SYL = ["ka", "ro", "vi", "lan", "zu", "mer", "to", "qui", "nda", "bey", "sho", "lo", "tin", "rav", "esh", "oa",
       "ny", "dru", "pel", "xo", "ime", "ura", "ki", "wen"]

def invent():
    w = "".join(R.choice(SYL) for _ in range(R.choice((2, 2, 3))))
    return w[0].upper() + w[1:]

class Person:
    def __init__(self, origin=None):
        if origin is None:
            origin = R.choice(list(NAMES))
        self.origin = origin
        order, gl, fl = NAMES[origin]
        self.order = order
        self.given = R.choice(gl) if R.random() > 0.12 else invent()
        self.family = R.choice(fl) if R.random() > 0.12 else invent()
        self.female = R.random() < 0.5
        if origin == "malay":
            if self.given in ("Nurul Aisyah", "Siti Hajar", "Nur Izzati", "Farah Nabilah"):
                self.female = True
            elif self.given in ("Muhammad Faiz", "Ahmad Danial", "Mohd Hafiz", "Haziq"):
                self.female = False
            self.family = re.sub(r"^bint?e?i? ", "binti " if self.female else "bin ", self.family)
    @property
    def full(self):
        return (self.family + " " + self.given) if self.order == "fg" else (self.given + " " + self.family)
    def style(self, kind=None):
        kind = kind or R.choice(["full", "full", "full", "comma", "init", "caps"])
        if kind == "full":
            return self.full
        if kind == "comma":
            return self.family + ", " + self.given
        if kind == "init":
            return self.given[0] + ". " + self.family
        if kind == "caps":
            return _strip_acc(self.full) if R.random() < 0.5 else self.full.upper()
        return self.full
    @property
    def first(self):
        if self.order == "fg" or self.given.startswith("Ma."):
            return self.given
        return self.given.split()[0]
    def email(self, domain=None):
        dom = domain or R.choice(["gmail.com", "yahoo.co.in", "outlook.com", "hotmail.com", "uol.com.br",
                                  "bigpond.com", "xtra.co.nz", "icloud.com", "yahoo.com.mx", "rediffmail.com",
                                  "singnet.com.sg", "protonmail.com"])
        g = re.sub(r"[^a-z]", "", _strip_acc(self.given.split()[0]).lower())
        f = re.sub(r"[^a-z]", "", _strip_acc(self.family.split()[-1]).lower())
        form = R.choice(["{g}.{f}", "{g}{f}{n}", "{f}.{g}", "{g0}{f}", "{g}_{f}{n}"])
        return form.format(g=g, f=f, g0=g[0], n=R.randint(1, 99)) + "@" + dom

def P(origin=None):
    return Person(origin)

ORIGINS_BY_COUNTRY = {
    "IN": ["indian_n", "indian_s"], "SG": ["chinese_sg", "malay", "indian_s"], "PH": ["filipino"],
    "AU": ["anglo", "vietnamese", "indigenous"], "NZ": ["anglo", "indigenous"], "BR": ["brazilian"],
    "MX": ["mexican", "indigenous"], "CO": ["colombian"], "AR": ["argentine"], "CA": ["quebec", "anglo", "korean"],
    "US": ["anglo", "korean", "mexican", "arabic"],
}
def PC(cc):
    return Person(R.choice(ORIGINS_BY_COUNTRY[cc]))

# --- dates
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]

def rdate(y0=1958, y1=2004):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    return y, m, d

def fdate(ymd, style):
    y, m, d = ymd
    return {
        "iso": "%04d-%02d-%02d" % (y, m, d),
        "dmy": "%02d/%02d/%04d" % (d, m, y),
        "mdy": "%02d/%02d/%04d" % (m, d, y),
        "dmy-": "%02d-%02d-%04d" % (d, m, y),
        "dMy": "%02d-%s-%04d" % (d, MON_EN[m - 1], y),
        "d M y": "%d %s %04d" % (d, MON_EN[m - 1], y),
        "pt": "%d de %s de %04d" % (d, MON_PT[m - 1], y),
        "es": "%d de %s de %04d" % (d, MON_ES[m - 1], y),
        "dot": "%02d.%02d.%04d" % (d, m, y),
        "hl7": "%04d%02d%02d" % (y, m, d),
    }[style]

def date_pair(style, days=None):
    import datetime
    y, m, dd = rdate(2025, 2025)
    a = datetime.date(y, m, dd)
    b = a + datetime.timedelta(days=days if days is not None else R.randint(1, 12))
    return fdate((a.year, a.month, a.day), style), fdate((b.year, b.month, b.day), style)

def dob(style):
    return fdate(rdate(), style)

# --- phones (national shapes)
def phone(cc, intl=None):
    intl = R.random() < 0.5 if intl is None else intl
    if cc == "IN":
        n = rdig(5, "6789") + " " + rdig(5)
        return ("+91 " + n) if intl else R.choice(["0" + n, n.replace(" ", ""), "+91-" + n.replace(" ", "")])
    if cc == "SG":
        n = rdig(4, "89") + " " + rdig(4)
        return ("+65 " + n) if intl else n
    if cc == "PH":
        a, b, c = "9" + R.choice("1234579") + rdig(1), rdig(3), rdig(4)
        return ("+63 %s %s %s" % (a, b, c)) if intl else ("0%s-%s-%s" % (a, b, c))
    if cc == "AU":
        if R.random() < 0.7:
            a, b, c = "4" + rdig(2), rdig(3), rdig(3)
            return ("+61 %s %s %s" % (a, b, c)) if intl else ("0%s %s %s" % (a, b, c))
        return "(0%s) %s %s" % (R.choice("2378"), rdig(4, "3456789"), rdig(4))
    if cc == "NZ":
        a, b, c = R.choice(["21", "22", "27"]), rdig(3), rdig(4)
        return ("+64 %s %s %s" % (a, b, c)) if intl else ("0%s %s %s" % (a, b, c))
    if cc == "BR":
        ddd = R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "92"])
        n = "9" + rdig(4) + "-" + rdig(4)
        return ("+55 %s %s" % (ddd, n)) if intl else ("(%s) %s" % (ddd, n))
    if cc == "MX":
        a = R.choice(["55", "33", "81"])
        return ("+52 %s %s %s" % (a, rdig(4, "2345789"), rdig(4))) if intl else ("%s %s %s" % (a, rdig(4, "2345789"), rdig(4)))
    if cc == "CO":
        n = "3" + pick(["00", "01", "02", "04", "05", "10", "11", "12", "13", "14", "15", "16", "17", "18", "20", "21", "23", "50"]) + " " + rdig(3) + " " + rdig(4)
        return ("+57 " + n) if intl else n
    if cc == "AR":
        return ("+54 9 11 %s-%s" % (rdig(4, "2345678"), rdig(4))) if intl else ("011 15-%s-%s" % (rdig(4, "2345678"), rdig(4)))
    if cc in ("CA", "US"):
        area = R.choice(["416", "647", "604", "514", "403", "613"] if cc == "CA" else ["212", "415", "312", "713", "206", "617", "305"])
        ex, ln = rdig(3, "23456789"), rdig(4)
        return R.choice(["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "+1 %s %s %s" % (area, ex, ln),
                         "%s.%s.%s" % (area, ex, ln)])
    raise ValueError(cc)

# --- addresses (each returns list of lines)
def address(cc):
    if cc == "IN":
        city, st, pin, area = pick([("Bengaluru", "Karnataka", "5600", ["14th Cross, Indiranagar", "2nd Main, Koramangala 4th Block"]),
                                    ("Pune", "Maharashtra", "4110", ["Baner Road", "Lane 5, Koregaon Park"]),
                                    ("Chennai", "Tamil Nadu", "6000", ["Anna Salai, Teynampet", "3rd Avenue, Besant Nagar"]),
                                    ("Hyderabad", "Telangana", "5000", ["Madhapur", "Road No. 12, Banjara Hills"]),
                                    ("Gurugram", "Haryana", "1220", ["Plot 37, Sector 45", "DLF Phase 3"]),
                                    ("Kolkata", "West Bengal", "7000", ["Salt Lake Sector V", "Lake Gardens"])])
        return ["Flat No. %d, %s" % (R.randint(101, 1204), pick(["Sai Residency", "Prestige Lakeside Habitat",
                                                                  "Shanti Kunj Apartments", "Green Glen Layout", "Lodha Amara"])),
                "%s, %s" % (pick(area), city),
                "%s - %s%02d" % (st, pin, R.randint(1, 99))]
    if cc == "SG":
        return ["Blk %d %s" % (R.randint(100, 699), pick(["Ang Mo Kio Avenue 3", "Tampines Street 21",
                                                          "Jurong West Street 52", "Bedok North Road", "Toa Payoh Lorong 1"])),
                "#%02d-%d" % (R.randint(2, 18), R.randint(10, 420)),
                "Singapore %d" % R.randint(310000, 650999)]
    if cc == "PH":
        return ["Unit %d Tower %d, %s" % (R.randint(201, 3405), R.randint(1, 4), pick(["Avida Towers Asten", "SMDC Grass Residences", "One Serendra"])),
                "%d %s" % (R.randint(12, 980), pick(["Sen. Gil Puyat Ave", "Katipunan Ave", "Ortigas Ave Ext", "Mabini St"])),
                "%s %d, Metro Manila" % (pick(["Makati City", "Quezon City", "Pasig City", "Taguig City"]), R.randint(1100, 1634))]
    if cc == "AU":
        st, sub = pick([("Smith Street", "Fitzroy VIC 3065"), ("Lygon Street", "Carlton VIC 3053"), ("Oxford Street", "Paddington NSW 2021"),
                        ("Hay Street", "Subiaco WA 6008"), ("Brunswick Street", "Fortitude Valley QLD 4006"), ("King Street", "Newtown NSW 2042")])
        return ["Unit %d/%d %s" % (R.randint(1, 24), R.randint(2, 220), st), sub]
    if cc == "NZ":
        st, sub = pick([("Karangahape Road", "Newton, Auckland 1010"), ("Cuba Street", "Te Aro, Wellington 6011"), ("Riccarton Road", "Riccarton, Christchurch 8041"), ("Dominion Road", "Mount Eden, Auckland 1024")])
        return ["Flat %d, %d %s" % (R.randint(1, 9), R.randint(3, 240), st), sub]
    if cc == "BR":
        return ["%s, nº %d, apto %d" % (pick(["Rua Augusta", "Rua dos Inconfidentes", "Av. Sete de Setembro", "Rua Padre Chagas", "Travessa do Comércio"]), R.randint(12, 2300), R.randint(11, 1802)),
                "%s, %s - %s" % pick([("Consolação", "São Paulo", "SP"), ("Savassi", "Belo Horizonte", "MG"), ("Moinhos de Vento", "Porto Alegre", "RS"), ("Boa Viagem", "Recife", "PE")]),
                "CEP %05d-%03d" % (R.randint(1000, 99999), R.randint(0, 999))]
    if cc == "MX":
        return ["%s %d, Int. %d" % (pick(["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle Hidalgo"]), R.randint(10, 3200), R.randint(1, 40)),
                "Col. %s, %s" % (pick(["Roma Norte", "Del Valle Centro", "Providencia", "Obispado"]), pick(["Cuauhtémoc", "Benito Juárez", "Guadalajara", "Monterrey"])),
                "C.P. %05d, %s" % (R.randint(1000, 66999), pick(["Ciudad de México", "Jal.", "N.L."]))]
    if cc == "CO":
        return ["Calle %d # %d-%d, Apto %d" % (R.randint(10, 140), R.randint(5, 90), R.randint(2, 99), R.randint(101, 1502)),
                "%s, %s" % (pick(["Chapinero", "El Poblado", "Laureles", "Usaquén"]), pick(["Bogotá D.C.", "Medellín, Antioquia", "Cali, Valle del Cauca"]))]
    if cc == "AR":
        return ["%s %d, Piso %d Dto. %s" % (pick(["Av. Corrientes", "Av. Santa Fe", "Calle Defensa", "Bv. Oroño"]), R.randint(100, 5800), R.randint(1, 14), pick("ABCDEF")),
                "C%04d%s, %s" % (R.randint(1000, 1499), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), pick(["CABA", "Buenos Aires"]))]
    if cc == "CA":
        if R.random() < 0.5:
            return ["%d rue %s, app. %d" % (R.randint(100, 4800), pick(["Sherbrooke Ouest", "Saint-Denis", "Beaubien Est"]), R.randint(1, 30)),
                    "Montréal (Québec) H%d%s %d%s%d" % (R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(1, 9))]
        st, city = pick([("King St W", "Toronto, ON M5V"), ("Bloor St E", "Toronto, ON M4W"), ("Robson St", "Vancouver, BC V6E"), ("Jasper Ave", "Edmonton, AB T5J")])
        return ["%d %s, Suite %d" % (R.randint(10, 2200), st, R.randint(100, 2400)),
                "%s %s" % (city, "%d%s%d" % (R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(1, 9)))]
    if cc == "US":
        st, city = pick([("N Halsted St", "Chicago, IL 606%02d"), ("Mission St", "San Francisco, CA 941%02d"), ("Westheimer Rd", "Houston, TX 770%02d"),
                         ("Brickell Ave", "Miami, FL 331%02d"), ("Elm Street", "Dallas, TX 752%02d")])
        return ["%d %s %s" % (R.randint(100, 9800), st, pick(["Apt 4B", "Unit 12", "#305", "Ste 210"])), city % R.randint(1, 60)]
    raise ValueError(cc)

def addr1(cc, sep=", "):
    return sep.join(address(cc))

# --- identifiers (valid)
def ssn(style="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return ("%03d" + style + "%02d" + style + "%04d") % (a, g, s)

def card(kind=None):
    kind = kind or pick(["visa", "mc", "amex", "mc2", "jcb", "elo", "rupay", "hiper"])
    pre, ln = {"visa": ("4" + rdig(5), 16), "mc": ("5" + R.choice("12345") + rdig(4), 16), "mc2": ("2" + R.choice("2345") + rdig(4), 16),
               "amex": (R.choice(["34", "37"]) + rdig(4), 15), "jcb": ("35" + str(R.randint(28, 89)) + rdig(2), 16),
               "elo": ("636368", 16), "rupay": ("652" + R.choice("12") + rdig(2), 16), "hiper": ("606282", 16)}[kind]
    if kind == "mc2":
        pre = str(R.randint(2221, 2720)) + rdig(2)
    num = luhn_complete(pre + rdig(ln - len(pre) - 1))
    if ln == 15:
        return R.choice([num, "%s %s %s" % (num[:4], num[4:10], num[10:])])
    return R.choice([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4))])

def bad_card():
    while True:
        num = "4" + rdig(15)
        if not luhn_ok(num):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))

def iban(cc=None, spaced=None):
    cc = cc or pick(["BR", "GB", "DE", "AE", "PK", "SA", "NL"])
    if cc == "BR":
        bban = rdig(8) + rdig(5) + rdig(10) + R.choice("CP") + R.choice("123")
    elif cc == "GB":
        bban = pick(["HSBC", "BARC", "LOYD", "NWBK", "MIDL"]) + rdig(6) + rdig(8)
    elif cc == "DE":
        bban = rdig(18, "123456789")
    elif cc == "AE":
        bban = rdig(3) + rdig(16)
    elif cc == "PK":
        bban = pick(["SCBL", "HABB", "MEZN", "UNIL"]) + rdig(16)
    elif cc == "SA":
        bban = rdig(2) + rdig(18)
    else:
        bban = pick(["ABNA", "INGB", "RABO"]) + rdig(10)
    ib = iban_make(cc, bban)
    spaced = R.random() < 0.6 if spaced is None else spaced
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib

def bad_iban(cc="BR"):
    ib = re.sub(" ", "", iban(cc))
    chk = int(ib[2:4])
    ib = ib[:2] + "%02d" % ((chk + R.randint(1, 50)) % 97 + 2) + ib[4:]
    assert not iban_ok(ib)
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))

def aadhaar(style=" "):
    base = rdig(11, "23456789")
    n = base + verhoeff_digit(base)
    return style.join([n[:4], n[4:8], n[8:]])

def bad_aadhaar():
    base = rdig(11, "23456789")
    good = verhoeff_digit(base)
    n = base + str((int(good) + R.randint(1, 9)) % 10)
    assert not verhoeff_ok(n)
    return " ".join([n[:4], n[4:8], n[8:]])

def cpf(fmt=True):
    while True:
        nine = rdig(9)
        if len(set(nine)) > 1:
            break
    n = nine + cpf_digits(nine)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:]) if fmt else n

def bad_cpf():
    nine = rdig(9)
    good = cpf_digits(nine)
    bad = "%d%s" % ((int(good[0]) + R.randint(1, 9)) % 10, good[1])
    n = nine + bad
    assert not cpf_ok(n)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])

def sin(style=" "):
    while True:
        n = luhn_complete(R.choice("1234567") + rdig(7))
        if sin_ok(n):
            return style.join([n[:3], n[3:6], n[6:]])

def bad_sin():
    while True:
        n = R.choice("1234567") + rdig(8)
        if not luhn_ok(n):
            return " ".join([n[:3], n[3:6], n[6:]])

def nric(prefix=None):
    prefix = prefix or R.choice("STFG")
    seven = rdig(7)
    return prefix + seven + nric_letter(prefix, seven)

def bad_nric():
    p = R.choice("ST"); seven = rdig(7); good = nric_letter(p, seven)
    bad = R.choice([c for c in "JZIHGFEDCBA" if c != good])
    return p + seven + bad

def mbi(dashed=None):
    X = lambda: R.choice(MBI_A + "0123456789")
    A = lambda: R.choice(MBI_A)
    N = lambda: R.choice("0123456789")
    s = R.choice("123456789") + A() + X() + N() + A() + X() + N() + A() + A() + N() + N()
    dashed = R.random() < 0.5 if dashed is None else dashed
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s

def dni():
    if R.random() < 0.6:
        n = rdig(8)
        return n + DNI_LET[int(n) % 23]
    p = R.choice("XYZ"); n = rdig(7)
    return p + n + DNI_LET[int(str("XYZ".index(p)) + n) % 23]

def nir(female=None):
    female = R.random() < 0.5 if female is None else female
    s = "%d%02d%02d%s%03d%03d" % (2 if female else 1, R.randint(60, 99), R.randint(1, 12), pick(["75", "69", "13", "33", "59"]),
                                  R.randint(1, 999), R.randint(1, 999))
    k = 97 - int(s) % 97
    return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], k)

def steuer_id():
    while True:
        ds = R.sample("0123456789", 9)
        if ds[0] == "0":
            continue
        rep = R.choice(ds[1:])
        lst = ds[:]
        lst.insert(R.randint(1, 9), rep)
        ten = "".join(lst)
        n = ten + str(steuer_check(ten))
        if steuer_ok(n):
            return n if R.random() < 0.5 else "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])

def nhs():
    while True:
        nine = rdig(9, "4"+"6789")
        c = nhs_check(nine)
        if c is not None:
            n = nine + str(c)
            return "%s %s %s" % (n[:3], n[3:6], n[6:])

def nino():
    while True:
        a = R.choice("ABCEGHJKLMNOPRSTWXYZ"); b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        s = a + b + rdig(6) + R.choice("ABCD")
        if nino_ok(s):
            return s if R.random() < 0.5 else "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])

# passports: (country, label language, number)
def passport(cc):
    U = lambda k: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(k))
    return {
        "US": lambda: R.choice([rdig(9, "56"), R.choice("AC") + rdig(8)]),
        "IN": lambda: R.choice("JKLMNPRSTUVWZ") + rdig(7, "123456789"),
        "SG": lambda: R.choice("EK") + rdig(7) + R.choice("ABCDEFGHJKLMNPRSTUWXZ"),
        "PH": lambda: R.choice(["P", "P"]) + rdig(7) + R.choice("ABC"),
        "AU": lambda: R.choice(["PA", "PB", "RA", "N"]) + rdig(7),
        "NZ": lambda: R.choice(["LA", "LH", "RA"]) + rdig(6),
        "BR": lambda: R.choice(["FZ", "GA", "GB"]) + rdig(6),
        "MX": lambda: R.choice("GN") + rdig(8),
        "CO": lambda: R.choice(["AT", "AQ", "PE"]) + rdig(6),
        "AR": lambda: R.choice(["AAE", "AAF", "AAG"]) + rdig(6),
        "CA": lambda: U(2) + rdig(6),
        "CN": lambda: "E" + R.choice(["", "A", "B"]) + rdig(7 if True else 8),
        "KR": lambda: "M" + rdig(3) + U(1) + rdig(4),
        "VN": lambda: R.choice("BCN") + rdig(7),
        "PK": lambda: U(2) + rdig(7),
        "NG": lambda: "A" + rdig(8),
        "GB": lambda: rdig(9, "12345"),
        "JP": lambda: R.choice(["TK", "TR", "MZ"]) + rdig(7),
        "EG": lambda: "A" + rdig(8),
        "MY": lambda: "A" + rdig(8),
    }[cc]()

COUNTRY = {"US": "United States", "IN": "India", "SG": "Singapore", "PH": "Philippines", "AU": "Australia",
           "NZ": "New Zealand", "BR": "Brazil", "MX": "Mexico", "CO": "Colombia", "AR": "Argentina", "CA": "Canada",
           "CN": "China", "KR": "Republic of Korea", "VN": "Viet Nam", "PK": "Pakistan", "NG": "Nigeria",
           "GB": "United Kingdom", "JP": "Japan", "EG": "Egypt", "MY": "Malaysia"}
PASS_LABEL = {"US": "Passport No.", "IN": "Passport No.", "SG": "Passport No.", "PH": "Pasaporte Blg.",
              "AU": "Passport number", "NZ": "Passport number", "BR": "Nº do passaporte", "MX": "Núm. de pasaporte",
              "CO": "Pasaporte No.", "AR": "Pasaporte N°", "CA": "Passport No. / N° de passeport", "CN": "护照号码 Passport No.",
              "KR": "여권번호 Passport No.", "VN": "Số hộ chiếu / Passport No.", "PK": "Passport Number",
              "NG": "Passport No", "GB": "Passport number", "JP": "旅券番号 Passport No.", "EG": "Passport No.",
              "MY": "No. Pasport"}
def ptype(cc):
    return "US_PASSPORT" if cc == "US" else "PASSPORT"

# driver licences: (jurisdiction text, number)
def dl(j):
    return {
        "California": lambda: R.choice("ABCDEFGNSY") + rdig(7),
        "Texas": lambda: rdig(8, "1234"),
        "New York": lambda: "%s %s %s" % (rdig(3), rdig(3), rdig(3)),
        "Florida": lambda: "%s%s-%s-%s-%s-%s" % (R.choice("BGHMRS"), rdig(3), rdig(3), rdig(2), rdig(3), rdig(1)),
        "Illinois": lambda: "%s%s-%s-%s" % (R.choice("ABDKMS"), rdig(3), rdig(4), rdig(4)),
        "Washington": lambda: "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9)),
        "New Jersey": lambda: "%s%s %s %s" % (R.choice("ABDGKMS"), rdig(4), rdig(5), rdig(5)),
        "Ontario": lambda: "%s%s-%s-%s" % (R.choice("ABDGKMPST"), rdig(4), rdig(5), rdig(5)),
        "British Columbia": lambda: rdig(7, "123456789"),
        "Québec": lambda: "%s%s-%s-%s" % (R.choice("BCDLMPT"), rdig(4), rdig(6), rdig(2)),
        "NSW": lambda: rdig(8, "123456789"),
        "Victoria": lambda: rdig(9, "0123"),
        "Queensland": lambda: rdig(9, "01"),
        "New Zealand": lambda: "%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), rdig(6)),
        "Maharashtra": lambda: "MH%02d %d%s" % (R.randint(1, 48), R.randint(2005, 2022), rdig(7)),
        "Karnataka": lambda: "KA%02d %d%s" % (R.randint(1, 60), R.randint(2005, 2022), rdig(7)),
        "Philippines": lambda: "%s%02d-%02d-%s" % (R.choice("NDE"), R.randint(1, 17), R.randint(5, 23), rdig(6)),
    }[j]()

# --- hard-negative values
def version4():
    return "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 60), R.randint(100, 9999))

def oid():
    return "2.16.840.1.113883.%d.%d.%d" % (R.randint(2, 19), R.randint(1, 400), R.randint(1, 99))

def pan_like():
    U = lambda k: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
    return U(3) + R.choice("CF") + U(1) + rdig(4) + U(1)

def gstin():
    return "%02d%s1Z%s" % (R.randint(1, 37), pan_like(), R.choice("0123456789ABCDEF"))

def abn():
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        n = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(10)]
        m = n[:]; m[0] -= 1
        if sum(a * b for a, b in zip(m, w)) % 89 == 0:
            s = "".join(map(str, n))
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])
        # adjust search: random until hit (1/89 chance)

def nit_co():
    return "%s.%s.%s-%d" % (rdig(3, "89"), rdig(3), rdig(3), R.randint(0, 9))

def order_no(prefix):
    return prefix + "-" + rdig(R.choice([6, 7, 8]))

def amount(cur):
    v = R.randint(1200, 980000) / 100.0
    if cur in ("BRL",):
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
        return "R$ " + s
    if cur == "INR":
        return "₹" + "{:,.2f}".format(v * 10)
    sym = {"MXN": "MXN $", "COP": "COP $", "ARS": "ARS $", "AUD": "A$", "NZD": "NZ$", "SGD": "S$", "CAD": "C$",
           "USD": "US$", "PHP": "₱"}[cur]
    return sym + "{:,.2f}".format(v)

IP_POOL_V4 = ["192.0.2.", "198.51.100.", "203.0.113.", "10.20.", "172.16.", "192.168.1.", "49.36.", "103.21.", "177.72.", "187.190."]
def ipv4():
    p = pick(IP_POOL_V4)
    parts = p.rstrip(".").split(".")
    while len(parts) < 4:
        parts.append(str(R.randint(1, 254)))
    return ".".join(parts)

def ipv6():
    return "2001:db8:%x:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))

# --- clinical vocab
DX_ICD = [("E11.9", "type 2 diabetes mellitus"), ("A90", "dengue fever"), ("I10", "essential hypertension"), ("F32.1", "moderate depressive episode"),
          ("M51.2", "lumbar disc herniation"), ("G56.0", "carpal tunnel syndrome"), ("J45.9", "bronchial asthma"), ("A01.0", "typhoid fever"),
          ("N20.0", "kidney stones"), ("K29.7", "gastritis"), ("A27.9", "leptospirosis"), ("M75.1", "rotator cuff tear")]
DX_EN = ["type 2 diabetes mellitus", "dengue fever", "essential hypertension", "major depressive disorder",
         "generalised anxiety disorder", "lumbar disc herniation", "carpal tunnel syndrome", "pulmonary tuberculosis",
         "chikungunya", "bronchial asthma", "iron-deficiency anaemia", "hypothyroidism", "psoriasis",
         "plantar fasciitis", "acute gastroenteritis", "typhoid fever", "migraine without aura", "leptospirosis",
         "chronic hepatitis B", "rotator cuff tear", "gastritis", "burnout syndrome", "COVID-19 pneumonia",
         "kidney stones", "De Quervain's tenosynovitis"]
DX_PT = ["diabetes mellitus tipo 2", "lombalgia crônica", "transtorno de ansiedade generalizada", "dengue clássica",
         "síndrome do túnel do carpo", "hipertensão arterial sistêmica", "episódio depressivo moderado", "tendinite do supraespinhal"]
DX_ES = ["diabetes mellitus tipo 2", "hipertensión arterial", "lumbalgia mecánica", "trastorno depresivo mayor",
         "gastroenteritis aguda", "síndrome de túnel carpiano", "infección por SARS-CoV-2", "migraña crónica"]
MED_EN = ["metformin", "amlodipine", "losartan", "sertraline", "escitalopram", "paracetamol", "ibuprofen", "salbutamol",
          "levothyroxine", "atorvastatin", "omeprazole", "amoxicillin", "azithromycin", "cetirizine", "montelukast",
          "insulin glargine", "pregabalin", "Glucophage", "Synthroid", "Ventolin", "isoniazid", "rifampicin", "tenofovir",
          "doxycycline", "tramadol"]
MED_PT = ["dipirona", "losartana", "metformina", "sertralina", "nimesulida", "ciclobenzaprina", "omeprazol", "amoxicilina"]
MED_ES = ["metformina", "naproxeno", "diclofenaco", "paracetamol", "losartán", "fluoxetina", "omeprazol", "ketorolaco"]

# ----------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------
TEMPLATES = []
def tpl(fmt, count):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fmt, count, fn))
        return fn
    return deco

def kv(d, label, val, typ=None, sep=": ", end="\n"):
    d.t(label + sep)
    d.l(typ, val) if typ else d.t(val)
    d.t(end)

def addr_block(d, cc, sep="\n", lines=None):
    lines = lines or address(cc)
    d.l("ADDRESS", sep.join(lines))

# ---------------- forms / KYC ----------------
@tpl("form", 3)
def f_onboarding_india(d):
    p = PC("IN"); father = Person(p.origin); father.family = p.family
    d.t("GLOBALREACH EOR SERVICES PVT LTD — EMPLOYEE JOINING FORM (INDIA)\nEmployee Code: %s    Client: %s\n\n" % (order_no("GRI"), pick(["Mahindra Logistics", "Tata AIG", "Godrej Properties"])))
    d.t("1. Full Name (as per Aadhaar): "); d.l("PERSON", p.style("caps")); d.t("\n")
    d.t("2. S/o / D/o / W/o: "); d.l("PERSON", father.full); d.t("\n")
    d.t("3. Date of Birth (DD/MM/YYYY): "); d.l("DATE_OF_BIRTH", dob("dmy")); d.t("    Gender: %s\n" % ("F" if p.female else "M"))
    d.t("4. Aadhaar No.: "); d.l("IN_AADHAAR", aadhaar(pick([" ", " ", "-", ""]))); d.t("\n")
    d.t("5. PAN: %s   (verified via NSDL, ref %s)\n" % (pan_like()[:4] + "P" + pan_like()[5:], order_no("NSDL")))
    d.t("6. Permanent Address:\n   "); addr_block(d, "IN", sep="\n   "); d.t("\n")
    d.t("7. Mobile: "); d.l("PHONE", phone("IN")); d.t("   Alt. Mobile: ____________\n")
    d.t("8. Personal Email: "); d.l("EMAIL", p.email()); d.t("\n")
    if R.random() < 0.6:
        d.t("9. Passport No.: "); d.l("PASSPORT", passport("IN")); d.t("  Place of issue: %s  Valid till: %s\n" % (pick(["Bengaluru", "Pune", "Chennai"]), fdate(rdate(2027, 2034), "dmy")))
    else:
        d.t("9. Passport No.: NA (applied, file no. %s)\n" % ("BN" + rdig(10, "1")))
    d.t("10. Bank: %s  IFSC: %s0%s  A/c No.: (see cancelled cheque)\n" % (pick(["HDFC Bank", "ICICI Bank", "State Bank of India"]), pick(["HDFC", "ICIC", "SBIN"]), rdig(6)))
    d.t("11. Emergency contact: "); e = Person(p.origin); d.l("PERSON", e.full); d.t(" (%s) " % pick(["Mother", "Spouse", "Brother"])); d.l("PHONE", phone("IN")); d.t("\n")
    d.t("\nDeclaration: I hereby declare that the above particulars are true.\nSignature: ______  Date: %s\n" % fdate(rdate(2024, 2025), "dmy"))

@tpl("form", 2)
def f_ficha_br(d):
    p = PC("BR")
    d.t("FICHA DE ADMISSÃO — COLABORADOR CLT\nEmpregador: %s Serviços de RH Ltda. — CNPJ %s.%s.%s/0001-%s\n\n" % (pick(["Andrade Gutierrez", "Irmãos Lopes", "Casas Pernambucanas"]), rdig(2), rdig(3), rdig(3), rdig(2)))
    d.t("Nome completo: "); d.l("PERSON", p.full); d.t("\n")
    d.t("Nome da mãe: "); m = PC("BR"); m.female = True; d.l("PERSON", m.full); d.t("\n")
    d.t("Data de nascimento: "); d.l("DATE_OF_BIRTH", dob(pick(["dmy", "pt"]))); d.t("   Naturalidade: %s\n" % pick(["Fortaleza/CE", "Manaus/AM", "Curitiba/PR"]))
    d.t("CPF: "); d.l("BR_CPF", cpf(R.random() < 0.8)); d.t("   RG: %s.%s.%s-%s SSP/%s\n" % (rdig(2), rdig(3), rdig(3), rdig(1), pick(["SP", "MG", "BA"])))
    d.t("PIS/PASEP: %s.%s.%s-%s (a confirmar)\n" % (rdig(3), rdig(5), rdig(2), "X"))
    d.t("Endereço: "); d.l("ADDRESS", addr1("BR")); d.t("\n")
    d.t("Celular/WhatsApp: "); d.l("PHONE", phone("BR")); d.t("\n")
    d.t("E-mail: "); d.l("EMAIL", p.email()); d.t("\n")
    d.t("Dados bancários: Banco %s, Ag. %s, C/C %s-%s (conta salário)\n" % (pick(["341 Itaú", "237 Bradesco", "260 Nu Pagamentos"]), rdig(4), rdig(6), rdig(1)))
    if R.random() < 0.5:
        d.t("Conta no exterior (IBAN): "); d.l("IBAN", iban("BR")); d.t("\n")
    d.t("Salário base: %s  Cargo: %s\n" % (amount("BRL"), pick(["Analista de Suporte Jr.", "Coordenadora de Folha", "Desenvolvedor Pleno"])))
    d.t("Vale-transporte: [X] Sim [ ] Não\n")

_WP = [0]
WP_CC = ["PH", "CN", "KR", "VN", "MY", "BR", "IN", "JP", "AR", "MX", "AU", "CA", "CO", "PK", "EG", "NG", "NZ", "GB", "US"]
@tpl("form", 3)
def f_workpass_sg(d):
    p = PC("SG")
    d.t("EMPLOYMENT PASS / DEPENDANT'S PASS APPLICATION — PARTICULARS (internal checklist)\nCase ref: %s   Submitted by: HR Ops SG\n" % order_no("EPA"))
    org = {"CN": "chinese_sg", "MY": "malay", "VN": "vietnamese", "KR": "korean", "JP": "korean", "PK": "arabic", "EG": "arabic",
           "NG": "anglo", "GB": "anglo"}
    for i, role in enumerate(["Main applicant", "Dependant (spouse)", "Dependant (child)"][:R.randint(2, 3)]):
        cc = WP_CC[_WP[0] % len(WP_CC)]; _WP[0] += 1
        w = Person(pick(ORIGINS_BY_COUNTRY[cc]) if cc in ORIGINS_BY_COUNTRY else org[cc])
        d.t("\n[%s]\n" % role)
        d.t("Name (as in passport)              : "); d.l("PERSON", w.style(pick(["caps", "full"]))); d.t("\n")
        d.t("Nationality                        : %s\n" % COUNTRY[cc].upper())
        d.t("%-35s: " % PASS_LABEL[cc]); d.l(ptype(cc), passport(cc)); d.t("\n")
        d.t("Date of birth                      : "); d.l("DATE_OF_BIRTH", fdate(rdate(2008, 2022) if "child" in role else rdate(1965, 2000), "dMy")); d.t("\n")
        if R.random() < 0.4:
            d.t("Existing FIN (if any)              : "); d.l("SG_NRIC", nric(pick("FG"))); d.t("\n")
        else:
            d.t("Existing FIN (if any)              : NIL\n")
    d.t("\nLocal contact person               : "); d.l("PERSON", p.full); d.t(" (NRIC "); d.l("SG_NRIC", nric(pick("ST"))); d.t(")\n")
    d.t("Residential address in Singapore   : "); d.l("ADDRESS", addr1("SG", sep=" ")); d.t("\n")
    d.t("Mobile                             : "); d.l("PHONE", phone("SG")); d.t("\n")
    d.t("Monthly salary                     : %s   Occupation: %s\n" % (amount("SGD"), pick(["Payroll Specialist", "Software Engineer", "Claims Analyst"])))
    d.t("Employer UEN                       : %s%sK\n" % (R.randint(2010, 2023), rdig(5)))

@tpl("form", 2)
def f_ca_new_hire(d):
    p = PC("CA"); prov = pick(["Ontario", "British Columbia", "Québec"])
    d.t("NEW HIRE INFORMATION / RENSEIGNEMENTS SUR LE NOUVEL EMPLOYÉ\nClient: %s   Province of employment: %s\n" % (pick(["Tim Hortons franchise #4471", "Molson Coors Canada", "Shoppers Drug Mart"]), prov))
    d.t("----------------------------------------------------------------\n")
    d.t("Legal name / Nom légal ........ "); d.l("PERSON", p.style("comma")); d.t("\n")
    d.t("SIN / NAS ...................... "); d.l("CA_SIN", sin(pick([" ", "-", ""]))); d.t("\n")
    d.t("Date of birth / naissance ...... "); d.l("DATE_OF_BIRTH", dob("iso")); d.t("\n")
    d.t("Home address / Adresse ......... "); d.l("ADDRESS", addr1("CA")); d.t("\n")
    d.t("Phone / Téléphone .............. "); d.l("PHONE", phone("CA")); d.t("\n")
    d.t("Driver's licence (%s) ... " % prov); d.l("DRIVER_LICENSE", dl(prov)); d.t("\n")
    d.t("TD1 claim code ................. %d     CPP/QPP exempt: No\n" % R.randint(1, 10))
    d.t("Direct deposit: transit %s, institution %s, account on void cheque\n" % (rdig(5), pick(["001", "002", "003", "004"])))
    d.t("Previous SIN on file (rejected by CRA check): "); d.t(bad_sin()); d.t("\n")

@tpl("form", 2)
def f_alta_mx(d):
    p = PC("MX")
    d.t("FORMATO DE ALTA DE PERSONAL\nRazón social: %s S.A. de C.V.   RFC patronal: %s%s%s\n\n" % (pick(["Grupo Carso Servicios", "Arca Continental", "Servicios Liverpool"]), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)), rdig(6), "A1" + rdig(1)))
    d.t("Nombre(s): "); d.l("PERSON", p.given); d.t("\nApellidos: "); d.l("PERSON", p.family); d.t("\n")
    d.t("Fecha de nacimiento: "); d.l("DATE_OF_BIRTH", dob(pick(["dmy", "es"]))); d.t("\n")
    d.t("Domicilio: "); addr_block(d, "MX", sep=", "); d.t("\n")
    d.t("Teléfono celular: "); d.l("PHONE", phone("MX")); d.t("\n")
    d.t("Correo electrónico: "); d.l("EMAIL", p.email()); d.t("\n")
    d.t("Núm. de pasaporte (para viajes de trabajo): "); d.l("PASSPORT", passport("MX")); d.t("\n")
    d.t("Tarjeta para depósito de nómina: "); d.l("CREDIT_CARD", card(pick(["visa", "mc"]))); d.t("\n")
    d.t("Tarjeta anterior (cancelada): **** **** **** %s\n" % rdig(4))
    d.t("Salario diario integrado: %s   Puesto: %s\n" % (amount("MXN"), pick(["Ejecutivo de Cobranza", "Agente de Soporte Bilingüe"])))
    d.t("Beneficiario del seguro de vida: "); d.l("PERSON", PC("MX").full); d.t(" (%s)\n" % pick(["cónyuge", "madre", "hijo(a)"]))

@tpl("form", 3)
def f_blank(d):
    d.t(pick(["EMPLOYEE PERSONAL DATA FORM (BLANK TEMPLATE v%s)" % version4()[:5], "FORMULÁRIO DE ATUALIZAÇÃO CADASTRAL — MODELO", "KYC Individual Onboarding — Template"]) + "\n\n")
    labels = ["Full Name", "Date Of Birth", "Place Of Birth", "Passport Number", "Passport Issuing Country", "Aadhaar Number",
              "CPF", "NRIC / FIN", "Social Insurance Number", "Home Address", "Postal Code", "Mobile Number",
              "Email Address", "Emergency Contact Name", "Blood Group", "Known Allergies", "Driver Licence No. & State"]
    R.shuffle(labels)
    for lab in labels[:R.randint(9, 14)]:
        d.t("%s: %s\n" % (lab, pick(["________________", "[           ]", "", "(optional)"])))
    d.t("\nFor office use: Form ID %s   Rev. %s   Retention: 7 years after separation\n" % (order_no("HRF"), fdate(rdate(2021, 2025), "iso")))

@tpl("form", 3)
def f_benefits_enrol_us(d):
    p = PC("US"); sp = PC("US"); sp.family = p.family
    plan = pick(["Aetna Open Access", "Blue Cross Blue Shield PPO", "UnitedHealthcare Choice Plus", "Cigna OAP"])
    d.t("BENEFITS ENROLLMENT — US EMPLOYEES (EOR)\nPlan year %d   Carrier: %s   Group No.: %s\n\n" % (R.randint(2025, 2026), plan, rdig(6, "1234567")))
    d.t("Employee: "); d.l("PERSON", p.full); d.t("   SSN: "); d.l("US_SSN", ssn(pick(["-", " "]))); d.t("   DOB: "); d.l("DATE_OF_BIRTH", dob("mdy")); d.t("\n")
    d.t("Member ID (from carrier card): "); d.l("HEALTH_PLAN_ID", pick(["W", "U", "XGZ"]) + rdig(9)); d.t("\n")
    d.t("Home address: "); d.l("ADDRESS", addr1("US")); d.t("\n")
    d.t("Dependents:\n  Spouse  "); d.l("PERSON", sp.full); d.t("  DOB "); d.l("DATE_OF_BIRTH", dob("mdy")); d.t("  SSN ***-**-%s\n" % rdig(4))
    if R.random() < 0.5:
        d.t("  Parent (Medicare primary) "); par = PC("US"); d.l("PERSON", par.full); d.t("  MBI "); d.l("US_MBI", mbi()); d.t("\n")
    d.t("Coverage tier: Employee + Family   Per-pay-period premium: %s\n" % amount("USD"))
    d.t("Reminder: open enrollment closes before Thanksgiving; HSA contributions reset on New Year's Day.\n")

@tpl("form", 3)
def f_claim_form(d):
    cc = pick(["PH", "IN", "AU", "SG"]); p = PC(cc); doc = PC(cc)
    ins = {"PH": "Maxicare / PhilHealth", "IN": "Star Health Group Mediclaim", "AU": "Bupa Corporate Health", "SG": "AIA Group Hospital & Surgical"}[cc]
    d.t("GROUP HEALTH INSURANCE — CLAIM FORM (Part A: to be filled by the insured)\nInsurer: %s   Policy No.: %s (corporate)\n\n" % (ins, order_no("GHI")))
    d.t("Name of patient: "); d.l("PERSON", p.style()); d.t("\n")
    d.t("Member / Card No.: "); d.l("HEALTH_PLAN_ID", pick(["MX", "SH", "BU", "AIA"]) + "-" + rdig(8)); d.t("\n")
    d.t("Date of birth: "); d.l("DATE_OF_BIRTH", dob("dmy")); d.t("   Employee ID: %s\n" % order_no("EMP"))
    d.t("Contact no.: "); d.l("PHONE", phone(cc)); d.t("\n")
    d.t("Hospital: %s   Hospital reg./MRN: " % {"PH": "St. Luke's Medical Center", "IN": "Sir Ganga Ram Hospital", "SG": "Tan Tock Seng Hospital", "AU": "Royal Melbourne Hospital"}[cc]); d.l("MEDICAL_RECORD_NUMBER", rdig(8)); d.t("\n")
    d.t("Date of admission: %s   Date of discharge: %s\n" % date_pair("dmy"))
    code, dxt = pick(DX_ICD)
    d.t("\nPart B (attending physician)\nDiagnosis: "); d.l("DIAGNOSIS", dxt); d.t("  ICD-10: %s\n" % code)
    d.t("Medicines prescribed: ")
    m1, m2 = R.sample(MED_EN, 2)
    d.l("MEDICATION", m1); d.t(" %d mg BD; " % R.choice([5, 10, 20, 500])); d.l("MEDICATION", m2); d.t(" as needed\n")
    d.t("Attending doctor: Dr. "); d.l("PERSON", doc.full); d.t("   Licence/PRC No.: %s\n" % rdig(7))
    d.t("Total amount claimed: %s\n" % amount({"PH": "PHP", "IN": "INR", "AU": "AUD", "SG": "SGD"}[cc]))

@tpl("form", 2)
def f_sick_note(d):
    cc = pick(["IN", "PH", "AU", "BR"]); p = PC(cc); doc = PC(cc)
    if cc == "BR":
        d.t("ATESTADO MÉDICO\n\nAtesto, para os devidos fins, que o(a) Sr(a). "); d.l("PERSON", p.full)
        d.t(", nascido(a) em "); d.l("DATE_OF_BIRTH", dob("dmy")); d.t(", CPF "); d.l("BR_CPF", cpf())
        d.t(", esteve sob meus cuidados nesta data, necessitando de %d (%s) dias de afastamento de suas atividades laborais.\n" % (3, "três"))
        d.t("CID-10: M54.5 — "); d.l("DIAGNOSIS", pick(DX_PT)); d.t("\nConduta: "); d.l("MEDICATION", pick(MED_PT)); d.t(" 1 g de 6/6h por 3 dias.\n\n")
        d.t("%s, %s.\nDr(a). " % (pick(["Recife", "São Paulo", "Salvador"]), fdate(rdate(2025, 2025), "pt"))); d.l("PERSON", doc.full); d.t(" — CRM-%s %s\n" % (pick(["PE", "SP", "BA"]), rdig(6)))
        return
    d.t("MEDICAL CERTIFICATE / FITNESS FOR DUTY\n%s\n\n" % pick(["Apollo Clinic, Koramangala", "The Medical City Clinic, SM Megamall", "Southbank Family GP", "Raffles Medical Group"]))
    d.t("This is to certify that "); d.l("PERSON", p.style(pick(["full", "init"]))); d.t(", aged %d, was examined by me on %s and is suffering from " % (R.randint(22, 58), fdate(rdate(2025, 2025), "d M y")))
    d.l("DIAGNOSIS", pick(DX_EN)); d.t(". He/She is advised rest for %d days and is unfit for duty until %s.\n" % (R.randint(2, 14), fdate(rdate(2025, 2025), "d M y")))
    d.t("Treatment: "); d.l("MEDICATION", pick(MED_EN)); d.t(", oral rehydration, follow-up review.\n")
    d.t("No evidence of tuberculosis or any notifiable communicable disease.\n\n")
    d.t("Dr "); d.l("PERSON", doc.full); d.t(", MBBS   Reg. No. %s   Clinic tel. " % rdig(6)); d.l("PHONE", phone(cc)); d.t("\n")

@tpl("form", 2)
def f_bgcheck_us(d):
    p = PC("US"); st = pick(["California", "Texas", "New York", "Florida", "Illinois", "Washington", "New Jersey"])
    d.t("DISCLOSURE AND AUTHORIZATION — CONSUMER REPORT (Background Check)\nVendor: Sterling Check Corp.   Order: %s\n\n" % order_no("BGC"))
    d.t("Applicant: "); d.l("PERSON", p.full); d.t("\nOther names used: "); d.l("PERSON", p.given + " " + invent()); d.t(" (alias)\n")
    d.t("Social Security No.: "); d.l("US_SSN", ssn()); d.t("   Date of Birth: "); d.l("DATE_OF_BIRTH", dob("mdy")); d.t("\n")
    d.t("Driver's License No.: "); d.l("DRIVER_LICENSE", dl(st)); d.t("   State: %s\n" % st)
    d.t("Current address (7-yr history):\n  "); d.l("ADDRESS", addr1("US")); d.t("  (2019–present)\n  "); d.l("ADDRESS", addr1("US")); d.t("  (2014–2019)\n")
    d.t("Passport (optional): "); d.l("US_PASSPORT", passport("US")); d.t("\n")
    d.t("Test SSN used in vendor sandbox (do not process): 000-12-3456\n")

@tpl("form", 2)
def f_tax_slip(d):
    if R.random() < 0.5:
        p = PC("CA")
        d.t("T4 — STATEMENT OF REMUNERATION PAID / ÉTAT DE LA RÉMUNÉRATION PAYÉE   Year/Année %d\n" % R.randint(2023, 2025))
        d.t("Employer's name: %s    Payroll account: %sRP0001\n" % (pick(["Northwind EOR Canada ULC", "Maple Staffing Inc."]), rdig(9)))
        d.t("12 Social insurance number / Numéro d'assurance sociale: "); d.l("CA_SIN", sin()); d.t("\n")
        d.t("Employee's name and address / Nom et adresse de l'employé:\n  "); d.l("PERSON", p.family.upper() + ", " + p.given); d.t("\n  "); addr_block(d, "CA", sep="\n  "); d.t("\n")
        d.t("14 Employment income: %s   22 Income tax deducted: %s   16 CPP: %s\n" % (amount("CAD"), amount("CAD"), amount("CAD")))
        d.t("10 Province of employment: %s   29 Employment code: 11\n" % pick(["ON", "BC", "QC"]))
    else:
        p = PC("AU")
        d.t("PAYG PAYMENT SUMMARY — INDIVIDUAL NON-BUSINESS   Year ending 30 June %d\n" % R.randint(2023, 2025))
        d.t("Payer ABN: %s   Branch: 001   Payer: %s Pty Ltd\n" % (abn(), pick(["Harvey Norman Staffing", "David Jones Workforce", "Fisher & Paykel Payroll"])))
        d.t("Payee: "); d.l("PERSON", p.style("caps")); d.t("\nPayee address: "); d.l("ADDRESS", addr1("AU")); d.t("\n")
        d.t("Payee tax file number: ___ ___ ___ (withheld — TFN not supplied)\nDate of birth: "); d.l("DATE_OF_BIRTH", dob("dmy")); d.t("\n")
        d.t("Gross payments: %s   Total tax withheld: %s   Reportable super: %s\n" % (amount("AUD"), amount("AUD"), amount("AUD")))

# ---------------- clinical ----------------
@tpl("clinical_note", 3)
def cn_case_mgmt(d):
    cc = pick(["PH", "IN", "SG", "AU", "NZ"]); p = PC(cc); cm = PC(cc)
    dx = pick(DX_EN); dx2 = pick([x for x in DX_EN if x != dx]); med = pick(MED_EN)
    d.t("CASE MANAGEMENT NOTE — Group Health Brokerage\nClaim: %s   Policy: corporate %s\n" % (order_no("CLM"), pick(["Maxicare Prima", "Niva Bupa Group", "Great Eastern GHS", "nib Corporate"])))
    d.t("Member: "); d.l("PERSON", p.style()); d.t("   Member no. "); d.l("HEALTH_PLAN_ID", rdig(2, "123456789") + "-" + rdig(7) + "-" + rdig(1)); d.t("\n")
    d.t("Hospital MRN: "); d.l("MEDICAL_RECORD_NUMBER", pick(["", "H", "MC"]) + rdig(7)); d.t("\n\n")
    d.t("S: Member called re pre-authorisation. Reports 6 weeks of symptoms; treating physician documented ")
    d.l("DIAGNOSIS", dx); d.t(". Denies chest pain. No history of %s.\n" % dx2)
    d.t("O: Discharge papers received. Current meds: "); d.l("MEDICATION", med); d.t("; ")
    d.l("MEDICATION", pick([m for m in MED_EN if m != med])); d.t(". BP %d/%d.\n" % (R.randint(110, 150), R.randint(70, 95)))
    d.t("A: Pre-existing condition clause does not apply (enrolled > 12 months). %s was ruled out on imaging.\n" % pick(["Malignancy", "Fracture", "Pulmonary embolism"]))
    d.t("P: Approve LOA up to %s. Callback to member on " % amount({"PH": "PHP", "IN": "INR", "SG": "SGD", "AU": "AUD", "NZ": "NZD"}[cc])); d.l("PHONE", phone(cc)); d.t(".\n")
    d.t("— "); d.l("PERSON", cm.first); d.t(" (case manager)\n")

@tpl("clinical_note", 3)
def cn_telehealth(d):
    cc = pick(["IN", "PH", "MX", "CO", "BR"]); p = PC(cc); doc = PC(cc)
    es = cc in ("MX", "CO")
    pt = cc == "BR"
    if es:
        d.t("NOTA DE TELECONSULTA — Programa de Bienestar al Empleado\nPaciente: "); d.l("PERSON", p.full)
        d.t("   Expediente: "); d.l("MEDICAL_RECORD_NUMBER", "EXP-" + rdig(6)); d.t("\nFecha de nacimiento: "); d.l("DATE_OF_BIRTH", dob("dmy")); d.t("\n\n")
        d.t("Motivo: cefalea y dolor lumbar de 2 semanas; el paciente dice que el cierre de nómina \"es un dolor de cabeza\".\n")
        d.t("Antecedentes: niega alergias. Sin antecedentes de cáncer. Madre con diabetes.\n")
        d.t("Impresión diagnóstica: "); d.l("DIAGNOSIS", pick(DX_ES)); d.t(".\nPlan: "); d.l("MEDICATION", pick(MED_ES)); d.t(" 500 mg cada 8 h por 5 días; pausas activas.\n")
        d.t("Médico: Dra. "); d.l("PERSON", doc.full); d.t("  Céd. Prof. %s\n" % rdig(7))
        return
    if pt:
        d.t("EVOLUÇÃO — TELEMEDICINA (programa de saúde ocupacional)\nPaciente: "); d.l("PERSON", p.full)
        d.t("  Prontuário nº "); d.l("MEDICAL_RECORD_NUMBER", rdig(7)); d.t("\n")
        d.t("Queixa: dor em punho direito há 1 mês, piora com digitação. Nega trauma. Nega diabetes.\n")
        d.t("HD: "); d.l("DIAGNOSIS", pick(DX_PT)); d.t(".  Afastada hipótese de artrite reumatoide.\n")
        d.t("Prescrição: "); d.l("MEDICATION", pick(MED_PT)); d.t(" e fisioterapia 10 sessões.\nMédico: "); d.l("PERSON", doc.full); d.t("\n")
        return
    d.t("Teleconsult — Employee Assistance Programme\nPt: "); d.l("PERSON", p.style(pick(["full", "init", "comma"]))); d.t("  DOB "); d.l("DATE_OF_BIRTH", dob(pick(["dmy", "dMy"])))
    d.t("  UHID "); d.l("MEDICAL_RECORD_NUMBER", pick(["APJ", "MAX", "MC"]) + "." + rdig(9)); d.t("\n\n")
    d.t("CC: fever x 4 days with body ache, retro-orbital pain. Colleague in same floor had dengue last month.\n")
    d.t("Exam (video): alert, mild dehydration. Platelets per outside lab: %d,000.\n" % R.randint(60, 190))
    d.t("Imp: "); d.l("DIAGNOSIS", pick(["dengue fever", "chikungunya", "typhoid fever", "acute viral fever"])); d.t(". Malaria smear negative; malaria ruled out.\n")
    d.t("Rx: "); d.l("MEDICATION", "paracetamol"); d.t(" 650 mg SOS; avoid "); d.t("ibuprofen"); d.t(" and other NSAIDs. ORS.\n")
    d.t("Note: pt says the quarter-end deadline is \"killing\" him — discussed workload, no suicidal ideation.\n")
    d.t("Signed: Dr. "); d.l("PERSON", doc.full); d.t("\n")

@tpl("clinical_note", 2)
def cn_occ_health_es(d):
    p = PC(pick(["CO", "AR"])); doc = PC("CO")
    d.t("CONCEPTO MÉDICO OCUPACIONAL DE REINTEGRO LABORAL\nIPS: %s\n\n" % pick(["Fundación Santa Fe de Bogotá", "Clínica Las Américas AUNA", "Hospital Italiano de Buenos Aires"]))
    d.t("Trabajador(a): "); d.l("PERSON", p.style(pick(["full", "caps"]))); d.t("\nFecha de nacimiento: "); d.l("DATE_OF_BIRTH", dob("es")); d.t("\n")
    d.t("Historia clínica No.: "); d.l("MEDICAL_RECORD_NUMBER", rdig(10, "1")); d.t("\n")
    d.t("Dirección de residencia: "); d.l("ADDRESS", addr1(pick(["CO", "AR"]))); d.t("\nCelular: "); d.l("PHONE", phone("CO")); d.t("\n\n")
    d.t("Diagnóstico principal: "); d.l("DIAGNOSIS", pick(DX_ES)); d.t("\nDiagnóstico descartado: túnel carpiano bilateral (electromiografía normal)\n")
    d.t("Tratamiento actual: "); d.l("MEDICATION", pick(MED_ES)); d.t("\nRecomendaciones: reintegro con restricciones por 30 días; pausas activas; no levantar > 10 kg.\n")
    d.t("Médico especialista en SST: "); d.l("PERSON", doc.full); d.t("  Lic. SST %s\n" % rdig(5))

@tpl("discharge_summary", 4)
def ds_discharge(d):
    cc = pick(["IN", "PH", "SG", "MX"]); p = PC(cc); doc = PC(cc)
    hosp = {"IN": "Sir Ganga Ram Hospital, New Delhi", "PH": "St. Luke's Medical Center – Global City", "SG": "Mount Elizabeth Novena Hospital", "MX": "Hospital Ángeles Lomas"}[cc]
    dx1, dx2 = R.sample(DX_EN, 2); m1, m2, m3 = R.sample(MED_EN, 3)
    d.t("%s\nDISCHARGE SUMMARY\n%s\n" % (hosp, "=" * 60))
    d.t("Patient Name : "); d.l("PERSON", p.style("caps")); d.t("\n")
    d.t("%s : " % ("UHID / MRN" if cc == "IN" else "Hospital No.")); d.l("MEDICAL_RECORD_NUMBER", rdig(8, "123")); d.t("\n")
    d.t("DOB          : "); d.l("DATE_OF_BIRTH", dob("dMy")); d.t("      Sex: %s\n" % ("Female" if p.female else "Male"))
    d.t("Address      : "); d.l("ADDRESS", addr1(cc)); d.t("\n")
    d.t("Admitted     : %s      Discharged: %s\n" % date_pair("dMy"))
    d.t("Consultant   : Dr. "); d.l("PERSON", doc.full); d.t("\n\nFINAL DIAGNOSIS\n 1. "); d.l("DIAGNOSIS", dx1); d.t("\n 2. "); d.l("DIAGNOSIS", dx2)
    d.t("\n 3. Suspected %s — excluded (serology negative)\n\n" % pick(["leptospirosis", "hepatitis A", "malaria"]))
    d.t("HOSPITAL COURSE\nPatient was admitted with the above complaints and managed conservatively. Family history of Parkinson's disease\n(father). Research consent for the ICMR registry was declined.\n\n")
    d.t("MEDICATIONS ON DISCHARGE\n  - "); d.l("MEDICATION", m1.upper() if R.random() < 0.3 else m1); d.t(" 500 mg PO BD x 7 days\n  - "); d.l("MEDICATION", m2); d.t(" 10 mg PO OD\n  - "); d.l("MEDICATION", m3); d.t(" PRN\n")
    d.t("\nFOLLOW-UP: OPD in 1 week. Emergency: call "); d.l("PHONE", phone(cc)); d.t(" (24x7 helpdesk)\n")
    d.t("Insurance: TPA %s, pre-auth %s — cashless approved\n" % (pick(["Medi Assist", "Paramount Health", "Intellicare"]), order_no("PA")))

@tpl("lab_report", 3)
def lab_report(d):
    cc = pick(["IN", "SG", "PH", "AU", "BR"]); p = PC(cc); doc = PC(cc)
    d.t("%s\nLABORATORY REPORT                                    Accession: %s\n" % (pick(["SRL Diagnostics", "Quest Labs Singapore", "Hi-Precision Diagnostics", "Laverty Pathology", "Fleury Medicina e Saúde"]), "AC" + rdig(9)))
    d.t("Name   : "); d.l("PERSON", p.style(pick(["caps", "comma"]))); d.t("\nMRN    : "); d.l("MEDICAL_RECORD_NUMBER", rdig(9, "3"))
    d.t("     DOB: "); d.l("DATE_OF_BIRTH", dob("dmy")); d.t("\nReferrer: Dr "); d.l("PERSON", doc.full); d.t("   Corporate health check (employer-paid)\n")
    c1, c2 = date_pair("dmy", R.randint(0, 2))
    d.t("Collected: %s 08:%02d   Reported: %s 14:%02d\n\n" % (c1, R.randint(0, 59), c2, R.randint(0, 59)))
    d.t("%-28s %-10s %-8s %-16s\n" % ("TEST", "RESULT", "UNITS", "REF. RANGE"))
    rows = [("HbA1c", "%.1f" % R.uniform(5.0, 9.5), "%", "4.0 - 5.6"), ("Fasting glucose", str(R.randint(80, 190)), "mg/dL", "70 - 99"),
            ("TSH", "%.2f" % R.uniform(0.3, 9.0), "mIU/L", "0.4 - 4.0"), ("Haemoglobin", "%.1f" % R.uniform(9, 16), "g/dL", "12.0 - 15.5"),
            ("Platelets", str(R.randint(70, 420)), "10^3/uL", "150 - 410"), ("Dengue NS1 Ag", pick(["Reactive", "Non-reactive"]), "", "Non-reactive")]
    for r in rows:
        d.t("%-28s %-10s %-8s %-16s\n" % r)
    d.t("\nInterpretation: "); d.l("DIAGNOSIS", pick(["type 2 diabetes mellitus", "hypothyroidism", "iron-deficiency anaemia", "dengue fever"]))
    d.t(" — correlate clinically. Patient currently on "); d.l("MEDICATION", pick(["metformin", "levothyroxine", "ferrous sulfate", "paracetamol"])); d.t(".\n")
    d.t("Method: HPLC (NGSP certified). Instrument firmware %s. Report template OID %s\n" % (version4(), oid()))

@tpl("lab_report", 1)
def lab_qc_neg(d):
    d.t("INTERNAL QUALITY CONTROL SUMMARY — Chemistry analyser bay 2\nLot %s   Period: %s to %s\n\n" % ("QC" + rdig(6), fdate(rdate(2025, 2025), "iso"), fdate(rdate(2025, 2025), "iso")))
    d.t("%-20s %-8s %-8s %-8s %-6s\n" % ("Analyte", "Level", "Mean", "SD", "CV%"))
    for a in ["Glucose", "HbA1c", "Creatinine", "ALT", "TSH", "Ferritin"]:
        for lv in ("L1", "L2"):
            d.t("%-20s %-8s %-8.2f %-8.2f %-6.1f\n" % (a, lv, R.uniform(1, 200), R.uniform(0.1, 5), R.uniform(0.5, 6)))
    d.t("\nWestgard 1-3s violation on TSH L2 (run %s) — recalibrated. Firmware updated %s -> %s.\n" % (rdig(6), version4(), version4()))
    d.t("Reviewed by: Section Head, Clinical Chemistry (signature on file)\n")

@tpl("hl7", 4)
def hl7_msg(d):
    cc = pick(["SG", "AU", "PH", "CA", "US"]); p = PC(cc); nk = PC(cc); nk.family = p.family
    sep = pick(["\r", "\n"])
    ts = "%04d%02d%02d%02d%02d%02d" % (2025, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    mt = pick(["ADT^A04", "ORU^R01", "ADT^A08"])
    d.t("MSH|^~\\&|HIS|%s|BROKER|EORHEALTH|%s||%s|MSG%s|P|2.5.1" % (pick(["TTSH", "RMH", "SLMC", "SUNNYBROOK", "MGH"]), ts, mt, rdig(8)) + sep)
    d.t("EVN|%s|%s" % (mt[4:], ts) + sep)
    mrn = rdig(8)
    d.t("PID|1||"); d.l("MEDICAL_RECORD_NUMBER", mrn); d.t("^^^HOSP^MR||")
    d.l("PERSON", "%s^%s" % (_strip_acc(p.family).upper(), _strip_acc(p.given).upper().replace(" ", "^")))
    b = rdate(); d.t("||"); d.l("DATE_OF_BIRTH", fdate(b, "hl7")); d.t("|%s|||" % ("F" if p.female else "M"))
    ad = address(cc)
    d.l("ADDRESS", "^".join(x.replace("^", " ") for x in [ad[0], ""] + ad[1:]))
    d.t("||"); d.l("PHONE", phone(cc)); d.t(sep)
    d.t("NK1|1|"); d.l("PERSON", "%s^%s" % (_strip_acc(nk.family).upper(), _strip_acc(nk.given).upper())); d.t("|%s|||" % pick(["SPO", "MTH", "FTH"])); d.l("PHONE", phone(cc)); d.t(sep)
    d.t("PV1|1|O|OPD^%s^01||||%s^%s^%s" % (rdig(3), rdig(6), _strip_acc(PC(cc).family).upper(), "DR") + sep)
    if mt == "ORU^R01":
        d.t("OBR|1|%s|%s|4548-4^Hemoglobin A1c^LN" % (rdig(9), rdig(9)) + sep)
        d.t("OBX|1|NM|4548-4^Hemoglobin A1c^LN||%.1f|%%|4.0-5.6|H|||F" % R.uniform(6.5, 10) + sep)
        d.t("DG1|1||E11.9^"); d.l("DIAGNOSIS", "Type 2 diabetes mellitus without complications"); d.t("^I10" + sep)
    else:
        code, dxt = pick([("J45.909", "Asthma, unspecified"), ("I10", "Essential hypertension"), ("F32.1", "Moderate depressive episode"), ("A90", "Dengue fever [classical dengue]")])
        d.t("DG1|1||%s^" % code); d.l("DIAGNOSIS", dxt); d.t("^I10" + sep)
    f = [""] * 37
    f[1] = "1"; f[2] = pick(["GHS01", "CORP2"]); f[3] = rdig(5)
    f[4] = pick(["AIA Singapore", "Medibank Corporate", "PhilCare", "Sun Life Group Benefits", "Aetna"]); f[8] = rdig(6)
    f[16] = L("PERSON", "%s^%s" % (_strip_acc(p.family).upper(), _strip_acc(p.given).upper().replace(" ", "^")))
    f[17] = "01"; f[18] = L("DATE_OF_BIRTH", fdate(b, "hl7"))
    f[36] = L("HEALTH_PLAN_ID", pick(["", "M", "SL"]) + rdig(9))
    d.t("IN1")
    for v in f[1:]:
        d.t("|"); d.x(v)
    d.t(sep)

@tpl("fhir_json", 4)
def fhir_bundle(d):
    cc = pick(["AU", "NZ", "SG", "CA", "BR", "US"]); p = PC(cc)
    ad = address(cc); b = rdate()
    pid = "pat-" + rdig(5)
    dx = pick(DX_EN); ref = pick([x for x in DX_EN if x != dx]); med = pick(MED_EN)
    ident = [{"system": "urn:oid:" + oid(), "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", rdig(8))}]
    if cc == "BR":
        ident.append({"system": "http://rnds.saude.gov.br/fhir/r4/NamingSystem/cpf", "value": L("BR_CPF", cpf(False))})
    if cc == "US":
        ident.append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": L("US_MBI", mbi(False))})
    patient = {"resourceType": "Patient", "id": pid, "identifier": ident,
               "name": [{"use": "official", "family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
               "telecom": [{"system": "phone", "value": L("PHONE", phone(cc))}, {"system": "email", "value": L("EMAIL", p.email())}],
               "gender": "female" if p.female else "male", "birthDate": L("DATE_OF_BIRTH", fdate(b, "iso")),
               "address": [{"line": [L("ADDRESS", ad[0])], "country": cc}]}
    coverage = {"resourceType": "Coverage", "id": "cov-" + rdig(4), "status": "active",
                "subscriberId": L("HEALTH_PLAN_ID", pick(["", "BUPA", "SX"]) + rdig(9)),
                "beneficiary": {"reference": "Patient/" + pid},
                "payor": [{"display": pick(["Bupa Australia", "Southern Cross Health Society", "AIA Singapore", "Manulife Group Benefits", "Bradesco Saúde", "UnitedHealthcare"])}],
                "class": [{"type": {"text": "group"}, "value": rdig(6), "name": "Corporate Plan B"}]}
    cond = {"resourceType": "Condition", "id": "cond-" + rdig(4), "clinicalStatus": {"text": "active"},
            "verificationStatus": {"text": "confirmed"}, "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/" + pid}}
    cond_ref = {"resourceType": "Condition", "id": "cond-" + rdig(4), "verificationStatus": {"coding": [{"code": "refuted"}]},
                "code": {"text": ref}, "subject": {"reference": "Patient/" + pid}}
    ms = {"resourceType": "MedicationStatement", "id": "ms-" + rdig(4), "status": "active",
          "medicationCodeableConcept": {"text": L("MEDICATION", med)}, "subject": {"reference": "Patient/" + pid},
          "dosage": [{"text": "%d mg once daily" % R.choice([5, 10, 25, 50])}]}
    bundle = {"resourceType": "Bundle", "type": "collection", "timestamp": "2025-%02d-%02dT%02d:%02d:00+08:00" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)),
              "entry": [{"resource": x} for x in (patient, coverage, cond, cond_ref, ms)]}
    jemit(d, bundle)
    d.t("\n")

# ---------------- structured ----------------
@tpl("csv", 2)
def csv_payroll_in(d):
    hdr = ["emp_code", "employee_name", "pan", "aadhaar_no", "dob", "uan", "bank_ifsc", "gross_inr", "pf_inr", "tds_inr", "net_pay_inr", "mobile"]
    crow(d, hdr)
    for _ in range(R.randint(4, 7)):
        p = PC("IN")
        crow(d, [order_no("GRI"), L("PERSON", p.style(pick(["full", "caps", "comma"]))), pan_like()[:4] + "P" + pan_like()[5:],
                 L("IN_AADHAAR", aadhaar(pick([" ", ""]))) if R.random() < 0.7 else "XXXX XXXX " + rdig(4),
                 L("DATE_OF_BIRTH", dob(pick(["dmy", "iso"]))), "1" + rdig(11), pick(["HDFC", "ICIC", "UTIB"]) + "0" + rdig(6),
                 "%d.00" % R.randint(35000, 420000), "%d.00" % R.randint(1800, 21600), "%d.00" % R.randint(0, 60000),
                 "%d.00" % R.randint(30000, 350000), L("PHONE", phone("IN", False))])

@tpl("csv", 2)
def csv_payroll_ph(d):
    hdr = ["EmpNo", "LastName", "FirstName", "TIN", "SSS_No", "PhilHealth_No", "PagIBIG_MID", "BasicPay", "13thMonth", "NetPay", "Email"]
    crow(d, hdr)
    for _ in range(R.randint(4, 6)):
        p = PC("PH")
        crow(d, ["PH" + rdig(5), L("PERSON", p.family), L("PERSON", p.given), "%s-%s-%s-000" % (rdig(3), rdig(3), rdig(3)),
                 "%s-%s-%s" % (rdig(2, "0123"), rdig(7), rdig(1)), L("HEALTH_PLAN_ID", "%s-%s-%s" % (rdig(2, "01"), rdig(9), rdig(1))),
                 "%s-%s-%s" % (rdig(4, "1"), rdig(4), rdig(4)), "{:,.2f}".format(R.randint(18000, 180000)), "{:,.2f}".format(R.randint(0, 90000)),
                 "{:,.2f}".format(R.randint(15000, 150000)), L("EMAIL", p.email(pick(["globalreach-eor.ph", "gmail.com"])))])

@tpl("tsv", 2)
def tsv_bank_transfer(d):
    hdr = ["batch_id", "value_date", "beneficiary_name", "beneficiary_iban", "bic", "amount", "ccy", "purpose", "end_to_end_ref"]
    crow(d, hdr, "\t")
    bid = "PAY" + rdig(8)
    for _ in range(R.randint(4, 7)):
        cc = pick(["BR", "GB", "AE", "PK", "SA", "DE", "NL"])
        org = {"BR": "brazilian", "GB": "anglo", "AE": "arabic", "PK": "arabic", "SA": "arabic", "DE": "anglo", "NL": "anglo"}[cc]
        p = Person(org)
        good = R.random() < 0.85
        crow(d, [bid, fdate(rdate(2025, 2025), "iso"), L("PERSON", p.style(pick(["full", "caps"]))),
                 L("IBAN", iban(cc, False)) if good else bad_iban(cc).replace(" ", ""),
                 pick(["ITAUBRSPXXX", "HSBCGB2L", "EBILAEAD", "SCBLPKKX", "NCBKSAJE", "DEUTDEFF", "INGBNL2A"]),
                 "%d.%02d" % (R.randint(800, 14000), R.randint(0, 99)), pick(["USD", "BRL", "GBP", "AED", "EUR"]),
                 pick(["SALA", "SALA", "BONU", "PENS"]), "E2E" + rdig(12)], "\t")
    d.t("TRAILER\t%s\t\t\t\t\t\t\t\n" % bid) if False else None

@tpl("json", 2)
def json_hris(d):
    emps = []
    for _ in range(R.randint(2, 3)):
        cc = pick(["BR", "IN", "SG", "CA", "US", "PH", "MX"])
        p = PC(cc)
        ids = []
        if cc == "BR": ids.append({"type": "CPF", "value": L("BR_CPF", cpf(R.random() < 0.5))})
        if cc == "IN": ids.append({"type": "AADHAAR", "value": L("IN_AADHAAR", aadhaar())}); ids.append({"type": "PAN", "value": pan_like()[:4] + "P" + pan_like()[5:]})
        if cc == "SG": ids.append({"type": "NRIC", "value": L("SG_NRIC", nric(pick("ST")))})
        if cc == "CA": ids.append({"type": "SIN", "value": L("CA_SIN", sin(""))})
        if cc == "US": ids.append({"type": "SSN", "value": L("US_SSN", ssn())})
        if cc in ("PH", "MX"):
            ids.append({"type": "PASSPORT", "country": cc, "value": L("PASSPORT", passport(cc))})
        emps.append({"employeeId": order_no("E"), "legalName": {"first": L("PERSON", p.given), "last": L("PERSON", p.family)},
                     "preferredName": L("PERSON", p.first),
                     "birthDate": L("DATE_OF_BIRTH", dob("iso")), "workEmail": L("EMAIL", p.email("globalreach-eor.com")),
                     "homeAddress": L("ADDRESS", addr1(cc)), "country": cc, "nationalIds": ids,
                     "compensation": {"currency": {"BR": "BRL", "IN": "INR", "SG": "SGD", "CA": "CAD", "US": "USD", "PH": "PHP", "MX": "MXN"}[cc], "annualBase": R.randint(18000, 240000)},
                     "hireDate": fdate(rdate(2018, 2025), "iso"), "status": pick(["ACTIVE", "ON_LEAVE", "NOTICE"])})
    jemit(d, {"exportedAt": "2025-%02d-%02dT03:00:00Z" % (R.randint(1, 12), R.randint(1, 28)), "schemaVersion": version4()[:6].rstrip("."), "employees": emps})
    d.t("\n")

@tpl("ndjson", 2)
def ndjson_crm(d):
    for _ in range(R.randint(3, 5)):
        cc = pick(["BR", "MX", "CO", "AR", "PH", "IN"])
        p = PC(cc)
        note = pick([
            M("Cliente ", L("PERSON", p.first), " pediu segunda via do holerite; enviado para ", L("EMAIL", p.email()), "."),
            M("Llamó ", L("PERSON", p.full), " por el recibo de nómina de marzo; devolver llamada al ", L("PHONE", phone(cc)), "."),
            M("Contact asked to update address to ", L("ADDRESS", addr1(cc)), " effective next cycle."),
            M("Sin novedades; ticket cerrado por el agente."),
            M("Ma'am ", L("PERSON", p.given), " will send her payslip copy later po, follow up tomorrow."),
        ])
        jemit(d, {"ts": "2025-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                  "event": pick(["call.logged", "note.added", "contact.updated"]), "account": pick(["ACME-BR-0042", "TELCO-MX-11", "BPO-PH-7"]),
                  "contact": {"name": L("PERSON", p.full), "phone": L("PHONE", phone(cc, True))}, "note": note, "agent_id": "ag-" + rdig(4)}, indent=0)
        d.t("\n")

@tpl("yaml", 2)
def yaml_contractor(d):
    cc = pick(["NZ", "AU", "AR", "CO"]); p = PC(cc)
    d.t("# contractor record — synced from onboarding portal\ncontractor:\n  id: %s\n  name: " % order_no("CTR")); d.l("PERSON", p.full); d.t("\n")
    d.t("  date_of_birth: "); d.l("DATE_OF_BIRTH", dob("iso")); d.t("\n  email: "); d.l("EMAIL", p.email()); d.t("\n  phone: \""); d.l("PHONE", phone(cc)); d.t("\"\n")
    ad = address(cc)
    d.t("  postal_address: |\n    "); d.l("ADDRESS", "\n    ".join(ad)); d.t("\n")
    pc = pick(["AR", "CO", "NZ", "GB", "KR", "JP"])
    d.t("  passport:\n    country: %s\n    number: %s" % (pc, "")); d.l(ptype(pc), passport(pc)); d.t("\n    expiry: %s\n" % fdate(rdate(2027, 2035), "iso"))
    d.t("  payment:\n    method: wise\n    iban: "); d.l("IBAN", iban(pick(["GB", "DE", "NL"]), False)); d.t("\n    rate: %d  # per day, %s\n" % (R.randint(200, 900), pick(["NZD", "AUD", "USD"])))
    d.t("  health_cover:  # %s group plan\n    insurer: %s\n    member_id: " % (pick(["nib", "Southern Cross", "OSDE", "Sura"]), pick(["nib", "Southern Cross", "OSDE", "EPS Sura"]))); d.l("HEALTH_PLAN_ID", rdig(9, "123456789")); d.t("\n")
    d.t("  tax_status: %s\n" % pick(["sole_trader", "monotributista", "GST registered"]))

@tpl("yaml", 2)
def yaml_config_neg(d):
    d.t("# payroll-engine deployment config\nservice:\n  name: payroll-engine\n  version: %s\n  build: %s\n" % (version4(), "b" + rdig(7)))
    d.t("  listen: 0.0.0.0:8443\n  health_check: http://127.0.0.1:8080/healthz\n")
    d.t("database:\n  host: db-payroll-primary.internal\n  port: 5432\n  pool_size: %d\n  user: ${PAYROLL_DB_USER}\n  password: ${PAYROLL_DB_PASSWORD}\n" % R.randint(5, 40))
    d.t("calendars:\n  IN: [\"2025-10-20 Diwali\", \"2025-08-15 Independence Day\"]\n  PH: [\"2025-12-30 Rizal Day\", \"2025-11-30 Bonifacio Day\"]\n  BR: [\"2025-04-21 Tiradentes\"]\n  AU: [\"2025-04-25 Anzac Day\"]\n  NZ: [\"2025-02-06 Waitangi Day\"]\n  CA: [\"2025-07-01 Canada Day\"]\n")
    d.t("hl7:\n  sending_facility_oid: %s\n  schema: \"2.5.1\"\n" % oid())
    d.t("features:\n  mask_national_ids: true\n  retention_days: %d\n  sample_employee_id: EMP-000000\n" % R.choice([365, 2555]))

@tpl("csv", 2)
def csv_holidays_neg(d):
    crow(d, ["country", "date", "holiday", "payroll_cutoff_shift", "notes"])
    rows = [("IN", "2025-10-02", "Gandhi Jayanti"), ("IN", "2025-10-20", "Deepavali"), ("SG", "2025-03-31", "Hari Raya Puasa"),
            ("SG", "2025-01-29", "Chinese New Year"), ("PH", "2025-12-30", "Rizal Day"), ("PH", "2025-11-30", "Bonifacio Day"),
            ("AU", "2025-04-25", "Anzac Day"), ("AU", "2025-06-09", "King's Birthday"), ("NZ", "2025-06-20", "Matariki"),
            ("BR", "2025-04-21", "Tiradentes"), ("MX", "2025-03-17", "Natalicio de Benito Juárez"), ("CO", "2025-08-07", "Batalla de Boyacá"),
            ("AR", "2025-06-17", "Paso a la Inmortalidad del Gral. Martín Miguel de Güemes"), ("AR", "2025-08-17", "Paso a la Inmortalidad del Gral. José de San Martín"),
            ("CA", "2025-05-19", "Victoria Day"), ("US", "2025-01-20", "Martin Luther King Jr. Day"), ("US", "2025-10-13", "Columbus Day")]
    R.shuffle(rows)
    for c, dt, h in rows[:R.randint(9, 14)]:
        crow(d, [c, dt, h, pick(["-1", "0", "+1"]), pick(["", "bank closed", "process on previous business day", "optional holiday"])])

@tpl("csv", 1)
def csv_sku_neg(d):
    crow(d, ["sku", "description", "plan_code", "price_usd", "version", "last_updated"])
    for _ in range(8):
        crow(d, ["SKU-" + rdig(6), pick(["EOR seat — Brazil", "Payroll-only seat — India", "Benefits admin add-on", "Background check (standard)", "Visa processing — SG EP"]),
                 pick(["PL-", "BX-", "EO-"]) + rdig(4), "%d.00" % R.randint(49, 899), version4(), "2025-%02d-%02dT%02d:00:00Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23))])

@tpl("json", 3)
def json_claims_api(d):
    cc = pick(["AU", "SG", "PH", "IN", "US", "CA"]); p = PC(cc); doc = PC(cc)
    dx = pick(DX_EN)
    body = {"claimId": "CLM" + rdig(9), "status": pick(["PENDING_REVIEW", "APPROVED", "PARTIALLY_APPROVED"]),
            "member": {"memberId": L("HEALTH_PLAN_ID", pick(["", "AU", "SG"]) + rdig(10)), "name": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", dob("iso")),
                       "relationship": pick(["SELF", "SPOUSE", "CHILD"])},
            "policy": {"groupNumber": rdig(6), "plan": pick(["Corporate Gold", "GHS Plan 2", "Basic Outpatient"])},
            "provider": {"name": pick(["Raffles Medical Clinic", "Healthway Medical", "Manipal Hospitals", "Epworth Richmond"]), "npiOrReg": rdig(10, "1")},
            "lines": [{"icd10": pick(["E11.9", "M54.5", "F41.1", "J45.9"]), "diagnosis": L("DIAGNOSIS", dx),
                       "rx": [L("MEDICATION", x) for x in R.sample(MED_EN, 2)], "billed": R.randint(80, 9000), "currency": pick(["AUD", "SGD", "PHP", "INR", "USD", "CAD"])}],
            "attendingPhysician": L("PERSON", "Dr. " + doc.full)[0] if False else M("Dr. ", L("PERSON", doc.full)),
            "submittedFrom": {"ip": L("IP_ADDRESS", ipv4()), "userAgent": "ClaimsApp/%s (Android 14)" % version4()}}
    jemit(d, body)
    d.t("\n")

@tpl("tsv", 2)
def tsv_benefits_census(d):
    crow(d, ["member_no", "relationship", "surname", "given_names", "birth_date", "gender", "plan", "coverage_start", "medicare_mbi"], "\t")
    for _ in range(R.randint(4, 7)):
        p = PC("US")
        old = R.random() < 0.25
        crow(d, [L("HEALTH_PLAN_ID", "M" + rdig(9)), pick(["EE", "SP", "CH"]), L("PERSON", p.family), L("PERSON", p.given),
                 L("DATE_OF_BIRTH", fdate(rdate(1950, 1960) if old else rdate(1965, 2010), "mdy")), "F" if p.female else "M",
                 pick(["PPO-500", "HDHP-3000", "HMO-Select"]), "01/01/2026", L("US_MBI", mbi(False)) if old else ""], "\t")

@tpl("json", 2)
def json_visa_dossier(d):
    cases = []
    for _ in range(R.randint(3, 5)):
        cc = pick(["IN", "PH", "CN", "KR", "VN", "BR", "MX", "CO", "AR", "NG", "PK", "EG", "US", "GB", "JP", "NZ"])
        org = {"IN": "indian_n", "PH": "filipino", "CN": "chinese_sg", "KR": "korean", "VN": "vietnamese", "BR": "brazilian",
               "MX": "mexican", "CO": "colombian", "AR": "argentine", "NG": "anglo", "PK": "arabic", "EG": "arabic",
               "US": "anglo", "GB": "anglo", "JP": "korean", "NZ": "indigenous"}[cc]
        p = Person(org)
        cases.append({"caseNo": "VISA-" + rdig(6), "destination": pick(["SG", "AU", "CA", "NZ"]), "permitType": pick(["Employment Pass", "TSS 482", "LMIA work permit", "Accredited Employer Work Visa"]),
                      "applicant": {"fullName": L("PERSON", p.style(pick(["full", "caps"]))), "nationality": cc, "dateOfBirth": L("DATE_OF_BIRTH", dob("iso")),
                                    "passport": {"number": L(ptype(cc), passport(cc)), "issuingCountry": COUNTRY[cc], "expiry": fdate(rdate(2026, 2035), "iso")}},
                      "status": pick(["LODGED", "RFI", "GRANTED", "REFUSED"]), "feeInvoice": "INV-" + rdig(7)})
    jemit(d, {"source": "immigration-tracker", "cases": cases})
    d.t("\n")

@tpl("ndjson", 1)
def ndjson_metrics_neg(d):
    for _ in range(6):
        jemit(d, {"ts": R.randint(1735689600, 1767225600), "svc": pick(["payroll-engine", "claims-api", "kyc-worker"]), "version": version4(),
                  "metric": pick(["latency_ms_p95", "queue_depth", "jobs_failed"]), "value": R.randint(0, 4000), "host": "ip-10-0-%d-%d.ap-southeast-1.compute.internal" % (R.randint(0, 255), R.randint(0, 255)) if False else "node-" + rdig(3)}, indent=0)
        d.t("\n")

@tpl("csv", 2)
def csv_crm_export(d):
    crow(d, ["account", "contact_first", "contact_last", "title", "email", "phone", "city", "last_activity", "owner"])
    for _ in range(R.randint(4, 7)):
        cc = pick(["AU", "NZ", "SG", "IN", "BR", "MX", "CA"]); p = PC(cc)
        crow(d, [pick(["Tata Consultancy Services", "Ayala Land Inc.", "Mahindra & Mahindra", "Lojas Renner S.A.", "Johnson & Johnson Medical", "David Jones Pty Ltd", "Tim Hortons Inc."]),
                 L("PERSON", p.given), L("PERSON", p.family), pick(["HR Director", "Payroll Lead", "CFO", "Talent Acquisition"]),
                 L("EMAIL", p.email(pick(["tcs.com", "ayalaland.com.ph", "mahindra.com", "lojasrenner.com.br", "its.jnj.com", "davidjones.com.au"]))),
                 L("PHONE", phone(cc, True)), pick(["Mumbai", "Makati", "Porto Alegre", "Sydney", "Toronto", "Monterrey", "Auckland"]),
                 fdate(rdate(2025, 2025), "iso"), pick(["j.santos", "a.iyer", "m.tan"])])

# ---------------- logs ----------------
def ts():
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))

@tpl("log", 3)
def log_auth_kv(d):
    for _ in range(R.randint(5, 8)):
        cc = pick(["IN", "SG", "PH", "AU", "BR", "MX", "CA"]); p = PC(cc)
        ev = pick(["login.success", "login.failure", "mfa.challenge", "password.reset", "session.expired"])
        d.t("%s level=%s app=portal-web ver=%s event=%s user=" % (ts(), pick(["INFO", "WARN"]), version4(), ev)); d.l("EMAIL", p.email(pick(["globalreach-eor.com", "gmail.com", "client-" + cc.lower() + ".com"])))
        d.t(" src_ip="); d.l("IP_ADDRESS", ipv4() if R.random() < 0.75 else ipv6())
        d.t(" geo=%s req_id=%s" % (cc, "r-" + "".join(R.choice("0123456789abcdef") for _ in range(12))))
        if ev == "mfa.challenge":
            d.t(" sms_to="); d.l("PHONE", re.sub(r"[^\d+]", "", phone(cc, True)))
        d.t("\n")
    d.t("%s level=INFO app=portal-web event=healthcheck src_ip=127.0.0.1 status=200\n" % ts())

@tpl("log", 3)
def log_hris_audit(d):
    for _ in range(R.randint(5, 8)):
        actor = PC(pick(["IN", "SG", "PH"]))
        subj = PC(pick(["BR", "IN", "SG", "CA", "US"]))
        field = pick(["national_id", "bank_account", "home_address", "date_of_birth", "salary", "emergency_contact"])
        d.t("[%s] AUDIT actor=%s action=%s record=%s field=%s" % (ts(), actor.email("globalreach-eor.com").split("@")[0] if False else "uid:" + rdig(5), pick(["VIEW", "UPDATE", "EXPORT"]), order_no("EMP"), field))
        r = R.random()
        if field == "national_id" and r < 0.4:
            kind = pick(["CPF", "AADHAAR", "NRIC", "SIN", "SSN"])
            val = {"CPF": ("BR_CPF", cpf()), "AADHAAR": ("IN_AADHAAR", aadhaar()), "NRIC": ("SG_NRIC", nric()), "SIN": ("CA_SIN", sin()), "SSN": ("US_SSN", ssn())}[kind]
            d.t(" old_value=\"%s:" % kind); d.l(*val); d.t("\" masking=OFF  # legacy connector")
        elif field == "home_address" and r < 0.5:
            cc = pick(["BR", "IN", "SG", "CA"])
            d.t(" new_value=\""); d.l("ADDRESS", addr1(cc)); d.t("\"")
        elif field == "date_of_birth" and r < 0.6:
            d.t(" new_value="); d.l("DATE_OF_BIRTH", dob("iso"))
        else:
            d.t(" value=%s" % pick(["***MASKED***", "[REDACTED]", "XXX.XXX.XXX-" + rdig(2), "S****" + rdig(3) + "A", "XXXX-XXXX-" + rdig(4)]))
        d.t(" ip="); d.l("IP_ADDRESS", ipv4()); d.t("\n")

@tpl("log", 5)
def log_app_neg(d):
    for _ in range(R.randint(8, 12)):
        d.t(pick([
            "%s INFO  payroll-engine[%d]: run %s for cycle 2025-%02d completed in %dms (rows=%d)\n" % (ts(), R.randint(1000, 9999), "PR-" + rdig(7), R.randint(1, 12), R.randint(100, 90000), R.randint(10, 5000)),
            "%s WARN  kyc-worker: retrying job %s (attempt %d/5) after upstream 503\n" % (ts(), "job_" + rdig(9), R.randint(1, 4)),
            "%s INFO  deploy: rolled out claims-api %s -> %s on cluster apse1-prod\n" % (ts(), version4(), version4()),
            "%s DEBUG fx-rates: BRL/USD=%.4f INR/USD=%.4f PHP/USD=%.4f source=ecb ts=%d\n" % (ts(), R.uniform(0.15, 0.2), R.uniform(0.011, 0.012), R.uniform(0.017, 0.018), R.randint(1735689600, 1767225600)),
            "%s INFO  invoices: generated INV-%s total=%s for account ACME-%s\n" % (ts(), rdig(7), amount("USD"), rdig(4)),
            "%s ERROR hl7-bridge: OID %s not mapped; message %s parked\n" % (ts(), oid(), "MSG" + rdig(8)),
            "%s INFO  scheduler: skipping bank file for %s (public holiday: %s)\n" % (ts(), pick(["IN", "PH", "BR", "NZ"]), pick(["Holi", "Rizal Day", "Tiradentes", "Waitangi Day"])),
            "%s INFO  shipping: courier AWB %s for hardware kit ORD-%s dispatched\n" % (ts(), rdig(12, "1"), rdig(7)),
        ]))

@tpl("log", 4)
def log_payment_gateway(d):
    for i in range(R.randint(5, 7)):
        d.t("%s gw=%s txn=%s merchant=EORPAY-%s amount=%s " % (ts(), pick(["razorpay", "stripe", "adyen", "paymongo"]), "tx_" + rdig(10), rdig(3), amount(pick(["INR", "USD", "PHP", "BRL"]))))
        r = R.random()
        if r < 0.4:
            n = digits(card())
            d.t("pan=%s******%s " % (n[:6], n[-4:]))
        elif r < 0.55:
            d.t("card=ending in %s " % rdig(4))
        elif r < 0.7:
            d.t("pan_candidate=\"%s\" luhn=fail " % bad_card())
        d.t("status=%s\n" % pick(["captured", "declined", "refunded"]))
    d.t("%s ERROR gw=%s raw_request={\"card\":{\"number\":\"" % (ts(), pick(["adyen", "stripe"])))
    d.l("CREDIT_CARD", digits(card(pick(["visa", "mc", "amex", "elo", "rupay", "jcb"]))))
    d.t("\",\"exp\":\"%02d/%d\",\"holder\":\"" % (R.randint(1, 12), R.randint(26, 31))); d.l("PERSON", PC(pick(["IN", "BR", "PH"])).full.upper()); d.t("\"}}  <- PCI: raw payload logged, ticket SEC-%s\n" % rdig(4))

@tpl("log", 2)
def log_nginx(d):
    for _ in range(R.randint(5, 8)):
        ip = ipv4() if R.random() < 0.8 else ipv6()
        d.l("IP_ADDRESS", ip); d.t(" - - [%02d/%s/2025:%02d:%02d:%02d +0530] \"" % (R.randint(1, 28), pick(MON_EN), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))
        r = R.random()
        if r < 0.3:
            p = PC(pick(["IN", "BR", "AU"]))
            d.t("GET /api/v2/employees/search?email="); d.l("EMAIL", p.email().replace("@", "%40") if False else p.email()); d.t(" HTTP/1.1\" 200 %d" % R.randint(200, 9000))
        elif r < 0.45:
            d.t("POST /api/v2/payslips/%s/download HTTP/2.0\" 200 %d" % (rdig(8), R.randint(20000, 90000)))
        else:
            d.t("GET /static/app.%s.js?v=%s HTTP/1.1\" 304 0" % ("".join(R.choice("0123456789abcdef") for _ in range(8)), version4()))
        d.t(" \"-\" \"Mozilla/5.0 (Linux; Android 13) Chrome/%s\"\n" % version4())

@tpl("log", 3)
def log_sms_gateway(d):
    for _ in range(R.randint(5, 7)):
        cc = pick(["IN", "PH", "BR", "MX", "CO", "AU", "SG"])
        d.t("%s sms-gw provider=%s msg_id=%s to=" % (ts(), pick(["twilio", "gupshup", "zenvia", "semaphore"]), "SM" + "".join(R.choice("0123456789abcdef") for _ in range(16))))
        d.l("PHONE", re.sub(r"[^\d+]", "", phone(cc, True)) if R.random() < 0.5 else phone(cc, True))
        d.t(" template=%s status=%s cost=%.4f\n" % (pick(["payslip_ready", "otp_login", "claim_update", "visa_status"]), pick(["DELIVERED", "UNDELIVERED", "SENT"]), R.uniform(0.002, 0.09)))
    d.t("%s sms-gw to=+91XXXXXX%s status=DELIVERED template=otp_login (masked)\n" % (ts(), rdig(4)))

@tpl("log", 3)
def log_kyc_worker(d):
    for _ in range(R.randint(4, 6)):
        cc = pick(["BR", "IN", "SG", "CA"]); p = PC(cc)
        ok = R.random() < 0.65
        d.t("%s kyc-worker job=%s country=%s subject=\"" % (ts(), "kyc_" + rdig(8), cc)); d.l("PERSON", p.full); d.t("\" ")
        if cc == "BR":
            d.t("doc_type=CPF doc=");
            d.l("BR_CPF", cpf()) if ok else d.t(bad_cpf())
        elif cc == "IN":
            d.t("doc_type=AADHAAR doc="); d.l("IN_AADHAAR", aadhaar("")) if ok else d.t(bad_aadhaar().replace(" ", ""))
        elif cc == "SG":
            d.t("doc_type=NRIC doc="); d.l("SG_NRIC", nric()) if ok else d.t(bad_nric())
        else:
            d.t("doc_type=SIN doc="); d.l("CA_SIN", sin("-")) if ok else d.t(bad_sin().replace(" ", "-"))
        d.t(" result=%s\n" % ("VERIFIED" if ok else "REJECTED reason=checksum_mismatch"))

# ---------------- email / chat / ticket ----------------
@tpl("email", 3)
def email_offer_in(d):
    p = PC("IN"); hr = PC(pick(["IN", "SG"]))
    d.t("From: "); d.l("PERSON", hr.full); d.t(" <"); d.l("EMAIL", hr.email("globalreach-eor.com")); d.t(">\nTo: "); d.l("EMAIL", p.email()); d.t("\n")
    d.t("Subject: Offer of Employment – %s – Kindly revert by %s\n\n" % (pick(["Senior Payroll Associate", "Claims Processing Executive", "SDE-II"]), fdate(rdate(2025, 2025), "d M y")))
    d.t("Dear "); d.l("PERSON", p.first); d.t(",\n\nGreetings from GlobalReach! Further to your discussion with our client %s, we are pleased to extend the offer. " % pick(["Bajaj Allianz", "Aditya Birla Capital", "Godrej Consumer Products"]))
    d.t("Kindly do the needful and share the below documents at the earliest:\n  a) Aadhaar (masked copy is fine, e.g. XXXX XXXX %s)\n  b) PAN card\n  c) Relieving letter from previous employer\n\n" % rdig(4))
    d.t("As discussed, your joining date is %s. CTC is %s per annum inclusive of variable pay. Please note the office remains closed on Ganesh Chaturthi and Gandhi Jayanti.\n\n" % (fdate(rdate(2025, 2026), "d M y"), amount("INR")))
    d.t("For the background verification, we have noted your present address as "); d.l("ADDRESS", addr1("IN")); d.t(" and father's name "); f = Person(p.origin); f.family = p.family; d.l("PERSON", f.full); d.t(". Do correct us if there is any discrepancy.\n\n")
    d.t("Warm regards,\n"); d.l("PERSON", hr.style(pick(["full", "init"]))); d.t("\nTalent Acquisition | GlobalReach EOR India\nMobile: "); d.l("PHONE", phone("IN")); d.t("\n")

@tpl("email", 3)
def email_atestado_pt(d):
    p = PC("BR"); gp = PC("BR")
    d.t("De: "); d.l("EMAIL", p.email()); d.t("\nPara: "); d.l("EMAIL", "dp.brasil@globalreach-eor.com"); d.t("\nAssunto: Atestado médico - afastamento\n\n")
    d.t("Boa tarde, "); d.l("PERSON", gp.first); d.t("!\n\n")
    dx = pick(DX_PT)
    d.t("Segue em anexo o atestado. Fui diagnosticada com "); d.l("DIAGNOSIS", dx); d.t(" e o médico me afastou por 5 dias. Estou tomando ")
    d.l("MEDICATION", pick(MED_PT)); d.t(" e devo voltar na segunda.\n")
    d.t("Meu CPF para o lançamento no eSocial é "); d.l("BR_CPF", cpf()); d.t(". Qualquer coisa me liga no "); d.l("PHONE", phone("BR")); d.t(".\n\n")
    d.t("Obs.: não é COVID, o teste deu negativo.\n\nAtt.,\n"); d.l("PERSON", p.full); d.t("\n\n")
    d.t("> Em %s, " % fdate(rdate(2025, 2025), "dmy")); d.l("PERSON", gp.full); d.t(" escreveu:\n> Oi! Precisamos do atestado até o fechamento da folha (dia 20). Lembrando que o feriado de Tiradentes não conta.\n")

@tpl("email", 2)
def email_neg_newsletter(d):
    d.t("From: People Team (HR portal broadcast, do not reply)\nTo: All staff — APAC, LATAM, Canada, US\nSubject: %s\n\n" % pick(["Q3 holiday calendar & payroll cut-offs", "Open enrolment is coming — what's changing"]))
    d.t("Hi all,\n\nA few reminders for the coming quarter:\n")
    d.t("- Singapore payroll will be processed one day early because of Deepavali; the Philippines closes for Bonifacio Day and Rizal Day.\n")
    d.t("- Brazil: 13º salário first instalment is due by 30 November. Mexico: aguinaldo by 20 December.\n")
    d.t("- The benefits plan now covers GLP-1 medicines such as semaglutide for members with diabetes when prescribed, and mental-health sessions for depression and anxiety without a referral.\n")
    d.t("- Our new office is in the Ayala Triangle building, next to the Jollibee; the Toronto team moves near the Tim Hortons on King St.\n")
    d.t("- Release %s of the employee app fixes the payslip download bug (ticket count down %d%%).\n\nThanks,\nThe People Team\n" % (version4(), R.randint(10, 60)))

@tpl("chat", 4)
def chat_whatsapp(d):
    cc = pick(["BR", "MX", "PH", "IN", "CO"]); p = PC(cc); ag = PC(pick(["PH", "IN"]))
    dd = "%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12))
    def line(who, hh, mm):
        d.t("[%s, %02d:%02d] " % (dd, hh, mm)); d.l("PERSON", who); d.t(": ")
    h = R.randint(8, 20)
    if cc == "BR":
        line(p.first, h, 1); d.t("oi, boa tarde! meu holerite veio sem o desconto do plano de saúde\n")
        line(ag.first, h, 3); d.t("Olá! Pode me confirmar seu CPF e data de nascimento pra eu localizar?\n")
        line(p.first, h, 5); d.l("BR_CPF", cpf(R.random() < 0.5)); d.t(" , nasci em "); d.l("DATE_OF_BIRTH", dob("dmy")); d.t("\n")
        line(p.first, h, 5); d.t("e a carteirinha da Unimed é "); d.l("HEALTH_PLAN_ID", "0 " + rdig(3) + " " + rdig(12)); d.t("\n")
        line(ag.first, h, 9); d.t("Obrigado! Ajustado, vai sair na folha do mês que vem 👍\n")
    elif cc in ("MX", "CO"):
        line(p.first, h, 1); d.t("buenas, no me llegó el depósito de la quincena 😟\n")
        line(ag.first, h, 2); d.t("Hola! me compartes tu nombre completo y el correo registrado?\n")
        line(p.first, h, 4); d.l("PERSON", p.full); d.t(" — "); d.l("EMAIL", p.email()); d.t("\n")
        line(p.first, h, 4); d.t("me cambié de domicilio también: "); d.l("ADDRESS", addr1(cc)); d.t("\n")
        line(ag.first, h, 8); d.t("Listo, ya quedó. El día 16 es festivo así que cae el 17. Saludos!\n")
    elif cc == "PH":
        line(p.first, h, 1); d.t("hi po, good pm! ask ko lang po bakit may deduction sa PhilHealth ko this cutoff\n")
        line(ag.first, h, 2); d.t("Hello po! Pa-send po ng PhilHealth no. and birthday for verification 🙏\n")
        line(p.first, h, 5); d.l("HEALTH_PLAN_ID", "%s-%s-%s" % (rdig(2, "01"), rdig(9), rdig(1))); d.t(" bday ko po "); d.l("DATE_OF_BIRTH", dob(pick(["mdy", "d M y"]))); d.t("\n")
        line(p.first, h, 6); d.t("new number ko na po pala "); d.l("PHONE", phone("PH")); d.t("\n")
        line(ag.first, h, 11); d.t("Noted po, salamat! Will update you after the Holy Week break.\n")
    else:
        line(p.first, h, 1); d.t("Hi sir, my salary credited is less. Kindly check and revert.\n")
        line(ag.first, h, 3); d.t("Hi, sure. Please share employee code and registered mobile.\n")
        line(p.first, h, 5); d.t(order_no("GRI") + " / "); d.l("PHONE", phone("IN")); d.t("\n")
        line(p.first, h, 6); d.t("also my Aadhaar for the UAN KYC: "); d.l("IN_AADHAAR", aadhaar()); d.t("\n")
        line(ag.first, h, 9); d.t("Thanks, arrears will be paid after Diwali cycle. Please don't share Aadhaar on chat next time 🙂\n")

@tpl("chat", 3)
def chat_support(d):
    cc = pick(["AU", "NZ", "SG", "CA", "US"]); p = PC(cc); ag = PC(pick(["PH", "IN"]))
    d.t("Chat transcript — Support Centre (Manila)  conv_id=%s\n" % ("c_" + rdig(10)))
    d.t("%02d:%02d "  % (R.randint(0, 23), R.randint(0, 59))); d.t("Visitor ("); d.l("PERSON", p.full); d.t("): hi, I need to update my bank details before the next pay run\n")
    d.t("Agent "); d.l("PERSON", ag.first); d.t(": Happy to help! For security, can you confirm your date of birth and the email on file?\n")
    d.t("Visitor: "); d.l("DATE_OF_BIRTH", dob(pick(["dmy", "d M y", "mdy"] if cc != "US" else ["mdy"]))); d.t(" and "); d.l("EMAIL", p.email()); d.t("\n")
    if cc in ("AU", "NZ"):
        d.t("Visitor: my new BSB is %s-%s and account %s. also heads up, my driver licence (%s) number is " % (rdig(3), rdig(3), rdig(8), "NSW" if cc == "AU" else "NZTA"))
        d.l("DRIVER_LICENSE", dl("NSW" if cc == "AU" else "New Zealand")); d.t(" if you need ID\n")
    elif cc == "CA":
        d.t("Visitor: my SIN is "); d.l("CA_SIN", sin()); d.t(" if that helps\n")
    elif cc == "US":
        d.t("Visitor: last four of my SSN is %s\n" % rdig(4))
    else:
        d.t("Visitor: my NRIC is "); d.l("SG_NRIC", nric(pick("ST"))); d.t("\n")
    d.t("Agent "); d.l("PERSON", ag.first); d.t(": Thanks! I've sent a secure link to update banking. Please don't paste card numbers here — I can see one ending %s already on file.\n" % rdig(4))
    d.t("Visitor: cheers\n[conversation closed, CSAT 5/5, tags: bank-change, payroll]\n")

@tpl("ticket", 4)
def ticket_support(d):
    cc = pick(["AU", "SG", "IN", "BR", "MX", "PH", "CA"]); p = PC(cc); ag = PC(pick(["PH", "IN"]))
    d.t("Ticket #%s  [%s]  Priority: %s\nRequester: " % (rdig(6), pick(["Payroll", "Benefits", "Visa & Immigration", "General"]), pick(["P2", "P3"]))); d.l("PERSON", p.full); d.t(" <"); d.l("EMAIL", p.email()); d.t(">\n")
    r = R.random()
    d.t("Client: %s\nSubject: %s\n\n" % (pick(["Harvey Norman", "Ayala Corporation", "Natura &Co", "Bimbo Bakeries", "Tata Steel"]), "visa renewal docs" if r < 0.35 else ("claim reimbursement pending" if r < 0.65 else "name mismatch in bank file")))
    d.t("--- Description ---\n")
    if r < 0.35:
        pc = pick(["IN", "PH", "CN", "KR", "BR", "MX", "AR", "CO"])
        d.t("my passport got renewed. old no. was %s%s (expired), new one is " % (passport(pc)[:2], "*" * 5)); d.l(ptype(pc), passport(pc)); d.t(" issued %s. pls update for the EP renewal\n" % fdate(rdate(2025, 2025), "d M y"))
    elif r < 0.65:
        d.t("Submitted claim %s on %s for my son's treatment (%s, %s) — still pending. Member no "
            % (order_no("CLM"), fdate(rdate(2025, 2025), "dmy"), "", "")) if False else None
        ch = Person(p.origin); ch.family = p.family
        d.t("submitted claim %s for my son " % order_no("CLM")); d.l("PERSON", ch.given); d.t(", he was treated for "); d.l("DIAGNOSIS", pick(["bronchial asthma", "dengue fever", "acute gastroenteritis", "otitis media"]))
        d.t(" and the pharmacy bill for "); d.l("MEDICATION", pick(["salbutamol", "montelukast", "amoxicillin", "ondansetron"])); d.t(" is attached. member no "); d.l("HEALTH_PLAN_ID", rdig(10, "123456789")); d.t("\n")
    else:
        d.t("Bank file rejected: beneficiary name on account is "); d.l("PERSON", p.style("caps")); d.t(" but HR has it as "); d.l("PERSON", p.style("init")); d.t(". Account ending %s. Please fix before cut-off (%s).\n" % (rdig(4), fdate(rdate(2025, 2025), "iso")))
    d.t("\n--- Internal note (%s) ---\nChecked in HRIS, version %s. Escalated to L2. SLA clock paused over %s.\n" % (ag.first if False else "agent", version4(), pick(["Chinese New Year", "Holy Week", "Carnaval", "Australia Day"])))

@tpl("ticket", 3)
def ticket_neg(d):
    d.t("JIRA %s-%s  %s\nReporter: svc-monitoring   Assignee: payroll-platform\nLabels: %s\n\n" % (pick(["PAY", "CLM", "KYC"]), rdig(4), pick(["Bank file generator times out for BR batch", "HL7 bridge drops OBX segments", "Aadhaar masking regression in PDF payslip"]), pick(["regression, p1", "tech-debt", "customer-impact"])))
    d.t("Steps:\n1. Trigger run PR-%s on staging (build %s)\n2. Observe worker %s restarts after %d s\n3. Compare with release %s\n\n" % (rdig(7), "b" + rdig(7), "kyc-worker-" + rdig(2), R.randint(30, 600), version4()))
    d.t("Expected: masked values like XXXX XXXX %s and ***.%s.***-** in the PDF. Actual: masking applied, but footer shows template id %s.\n" % (rdig(4), rdig(3), oid()))
    d.t("Env: node 20.11.1, postgres 15.6, k8s 1.29.3.1001 (looks like an IP, isn't)\n")

@tpl("chat", 2)
def chat_team_neg(d):
    d.t("#payroll-ops (Slack export)\n")
    msgs = ["anyone know if Tiradentes falls on a Monday this year? BR cutoff",
            "yes, 21 Apr. also Carnaval Tue is optional in SP",
            "deploying %s to prod at 14:00 SGT" % version4(),
            "ack. INV-%s and INV-%s reissued" % (rdig(7), rdig(7)),
            "the new claims rules doc mentions insulin and metformin coverage — that's plan-wide, not member-specific",
            "btw this migration is giving me a migraine 😅",
            "lol same. ticket count is a cancer on the sprint",
            "Johnson & Johnson renewal moved to Q1; Mahindra signed"]
    for m in msgs[:R.randint(5, 8)]:
        d.t("%02d:%02d %s: %s\n" % (R.randint(8, 19), R.randint(0, 59), pick(["svc-bot", "payroll-ops-sg", "payroll-ops-mnl"]), m))

# ---------------- free text / html ----------------
@tpl("free_text", 3)
def ft_hr_case_note(d):
    cc = pick(["PH", "IN", "SG", "AU", "MX", "BR"]); e = PC(cc); m = PC(cc); hr = PC(cc)
    d.t("HR CASE NOTE — Confidential   Case %s   Opened %s\n\n" % (order_no("HRC"), fdate(rdate(2025, 2025), "d M y")))
    d.t("Employee: "); d.l("PERSON", e.style(pick(["comma", "full", "init"]))); d.t(" (%s)   Line manager: " % order_no("EMP")); d.l("PERSON", m.full); d.t("\n\n")
    d.t("Met with "); d.l("PERSON", e.first); d.t(" following the complaint raised on the ethics hotline. ")
    r = R.random()
    if r < 0.5:
        d.t("The employee disclosed a diagnosis of "); d.l("DIAGNOSIS", pick(["major depressive disorder", "generalised anxiety disorder", "burnout syndrome", "bipolar II disorder"]))
        d.t(" and is on "); d.l("MEDICATION", pick(["sertraline", "escitalopram", "fluoxetine", "quetiapine"])); d.t("; she/he requested flexible hours. Reasonable adjustments agreed. ")
    else:
        d.t("The employee stated that the team's workload is \"a nightmare\" and that the manager's comments in stand-up were humiliating. No medical issues disclosed. ")
    d.t("Witness statement from "); d.l("PERSON", PC(cc).style("init")); d.t(" attached.\n\n")
    d.t("Next steps: mediation session scheduled; follow-up with "); d.l("PERSON", hr.first); d.t(" from People Partnering. Do not discuss on %s channels.\n" % pick(["Slack", "Teams", "Viber"]))

@tpl("free_text", 3)
def ft_perf_review(d):
    cc = pick(["SG", "AU", "NZ", "CA", "CO", "AR"]); e = PC(cc); m = PC(cc)
    d.t("Performance Review FY%d — %s\nReviewer: " % (R.randint(2024, 2025), pick(["Mid-year", "Annual"]))); d.l("PERSON", m.style("full")); d.t("\nEmployee: "); d.l("PERSON", e.style("comma")); d.t("\n\n")
    d.t("Summary: %s consistently exceeded targets on the payroll migration. " % e.first[:0]) if False else None
    d.l("PERSON", e.first); d.t(" consistently delivered on the payroll migration for the %s client and handled the Hari Raya and Deepavali cut-offs without errors. " % pick(["Ayala", "Tata", "Harvey Norman", "Lojas Renner"]))
    d.t("The only headache was the legacy bank-file format, which has been a cancer on the team's velocity; that is not on ")
    d.l("PERSON", e.first); d.t(".\n\nRating: %s.  Promotion recommendation: %s.\n" % (pick(["Exceeds", "Meets", "Strongly exceeds"]), pick(["Yes", "Next cycle"])))
    d.t("Calibration notes: compared against band P%d peers; salary adjustment %d%% effective %s.\n" % (R.randint(2, 5), R.randint(2, 12), fdate(rdate(2026, 2026), "iso")))

@tpl("free_text", 3)
def ft_policy_neg(d):
    lang = ["en", "pt", "es"][_POL[0] % 3]; _POL[0] += 1
    if lang == "en":
        d.t("GROUP HEALTH PLAN — SUMMARY OF BENEFITS (Asia-Pacific)\n\n")
        d.t("1. Chronic conditions. The plan covers outpatient management of type 2 diabetes mellitus, hypertension, asthma and hypothyroidism, "
            "including generic metformin, amlodipine, salbutamol inhalers and levothyroxine, subject to the formulary.\n")
        d.t("2. Mental health. Up to 12 sessions per year for depression, anxiety and burnout; antidepressants such as sertraline are covered at tier 1.\n")
        d.t("3. Tropical diseases. Dengue, chikungunya and leptospirosis hospitalisation is covered from day one; no waiting period applies.\n")
        d.t("4. Exclusions: cosmetic procedures, experimental drugs, and conditions arising from participation in extreme sports.\n")
        d.t("5. Sick leave requires a medical certificate (MC) after %d consecutive days. Certificates are stored in the HRIS and never e-mailed.\n" % R.randint(2, 3))
    elif lang == "pt":
        d.t("POLÍTICA DE BENEFÍCIOS — PLANO DE SAÚDE CORPORATIVO (Brasil)\n\n")
        d.t("1. Doenças crônicas: cobertura ambulatorial para diabetes mellitus tipo 2, hipertensão arterial e hipotireoidismo, incluindo metformina, "
            "losartana e levotiroxina pela farmácia credenciada.\n")
        d.t("2. Saúde mental: até 12 sessões de psicoterapia por ano para depressão e ansiedade; sertralina e escitalopram na lista de medicamentos cobertos.\n")
        d.t("3. Dengue e chikungunya: internação coberta sem carência.\n")
        d.t("4. O atestado médico deve ser entregue ao DP em até 48 horas; o CID só é informado com autorização do colaborador.\n")
    else:
        d.t("Política de Incapacidades y Licencias Médicas (México, Colombia, Argentina)\n\n")
        d.t("1. Las incapacidades por enfermedad general (por ejemplo gastroenteritis, lumbalgia o infección por SARS-CoV-2) se pagan según la ley de cada país.\n")
        d.t("2. El seguro de gastos médicos mayores cubre medicamentos como insulina, metformina y losartán con receta.\n")
        d.t("3. Salud mental: el programa de asistencia al empleado atiende depresión y ansiedad de forma confidencial.\n")
        d.t("4. El diagnóstico no se comparte con el jefe directo; solo los días de incapacidad.\n")
    d.t("Policy ref %s, version %s, approved %s.\n" % (order_no("POL"), version4()[:5].rstrip("."), fdate(rdate(2025, 2025), "d M y")))
_POL = [0]

@tpl("free_text", 2)
def ft_release_notes_neg(d):
    d.t("GlobalReach Payroll %s — Release notes\n\n" % version4())
    d.t("* Brazil: eSocial layout S-1.3 support; CPF field now validated client-side (both check digits).\n")
    d.t("* India: Aadhaar displayed masked as XXXX XXXX 1234; PAN and GSTIN (e.g. %s) validated on entry.\n" % gstin())
    d.t("* Australia: STP Phase 2 — payer ABN %s used in the sample file; super guarantee 12%%.\n" % abn())
    d.t("* Singapore: CPF contribution rates for 2026 (note: Singapore's CPF is the Central Provident Fund, not a Brazilian taxpayer id).\n")
    d.t("* Colombia: NIT %s format; Mexico: CFDI 4.0 nómina complement 1.2.\n" % nit_co())
    d.t("* Fixed: timestamps like 1735689600 shown as raw epoch; build %s; hotfix for parser choking on '10.2.30.1001'.\n" % ("b" + rdig(7)))

@tpl("html", 2)
def html_profile(d):
    cc = pick(["BR", "IN", "SG", "PH", "MX", "CA", "AU"]); p = PC(cc)
    d.t("<!doctype html>\n<html><head><title>Employee 360</title></head><body>\n<div class=\"card\">\n<h2>")
    d.l("PERSON", p.full); d.t("</h2>\n<dl>\n  <dt>Employee ID</dt><dd>%s</dd>\n  <dt>Date of birth</dt><dd>" % order_no("EMP")); d.l("DATE_OF_BIRTH", dob(pick(["dmy", "iso", "dMy"]))); d.t("</dd>\n")
    d.t("  <dt>Email</dt><dd><a href=\"mailto:"); em = p.email(); d.l("EMAIL", em); d.t("\">"); d.l("EMAIL", em); d.t("</a></dd>\n")
    d.t("  <dt>Mobile</dt><dd>"); d.l("PHONE", phone(cc)); d.t("</dd>\n  <dt>Address</dt><dd>"); d.l("ADDRESS", "<br>".join(address(cc))); d.t("</dd>\n")
    idl = {"BR": ("CPF", "BR_CPF", cpf), "IN": ("Aadhaar", "IN_AADHAAR", aadhaar), "SG": ("NRIC", "SG_NRIC", nric), "CA": ("SIN", "CA_SIN", sin),
           "PH": ("Passport", "PASSPORT", lambda: passport("PH")), "MX": ("Pasaporte", "PASSPORT", lambda: passport("MX")), "AU": ("Driver licence (VIC)", "DRIVER_LICENSE", lambda: dl("Victoria"))}[cc]
    d.t("  <dt>%s</dt><dd>" % idl[0]); d.l(idl[1], idl[2]()); d.t("</dd>\n")
    d.t("  <dt>Last login</dt><dd>%s from " % ts()); d.l("IP_ADDRESS", ipv4()); d.t("</dd>\n</dl>\n</div>\n<footer>Rendered by profile-svc %s</footer>\n</body></html>\n" % version4())

@tpl("html", 3)
def html_payslip(d):
    cc = pick(["IN", "PH", "SG", "BR", "CO"]); p = PC(cc)
    cur = {"IN": "INR", "PH": "PHP", "SG": "SGD", "BR": "BRL", "CO": "COP"}[cc]
    d.t("<html><body><table class=\"payslip\">\n<tr><th colspan=\"4\">%s — Payslip for %s 2025</th></tr>\n" % (pick(["Tata Consultancy Services (via GlobalReach)", "Jollibee Foods Corp. (via GlobalReach)", "Raffles Medical Group", "Natura Cosméticos"]), pick(MON_EN)))
    d.t("<tr><td>Name</td><td>"); d.l("PERSON", p.style(pick(["caps", "full"]))); d.t("</td><td>Emp. No.</td><td>%s</td></tr>\n" % order_no("E"))
    if cc == "IN":
        d.t("<tr><td>PAN</td><td>%s</td><td>UAN</td><td>%s</td></tr>\n" % (pan_like()[:4] + "P" + pan_like()[5:], "10" + rdig(10)))
    elif cc == "BR":
        d.t("<tr><td>CPF</td><td>"); d.l("BR_CPF", cpf()); d.t("</td><td>CBO</td><td>%s-%s</td></tr>\n" % (rdig(4), rdig(2)))
    elif cc == "SG":
        d.t("<tr><td>NRIC/FIN</td><td>%s</td><td>CPF a/c</td><td>(same as NRIC)</td></tr>\n" % ("S****" + rdig(3) + pick("ABCDEFGHIZJ")))
    else:
        d.t("<tr><td>TIN</td><td>%s-%s-%s</td><td>Dept</td><td>Ops</td></tr>\n" % (rdig(3), rdig(3), rdig(3)))
    for item in ["Basic", "HRA" if cc == "IN" else "Allowance", "Overtime", "Tax withheld", "Social security", "Net pay"]:
        d.t("<tr><td>%s</td><td>%s</td><td></td><td></td></tr>\n" % (item, amount(cur) if cur not in ("PHP", "COP") else "{:,.2f}".format(R.randint(1000, 900000))))
    d.t("<tr><td>Bank a/c</td><td>XXXXXX%s</td><td>Pay date</td><td>%s</td></tr>\n</table>\n<p>This is a system-generated payslip (template %s).</p></body></html>\n" % (rdig(4), fdate(rdate(2025, 2025), "dmy"), version4()))

@tpl("free_text", 3)
def ft_contract_es(d):
    cc = pick(["CO", "MX", "AR"]); p = PC(cc); rep = PC(cc)
    pc = pick(["VN", "IN", "KR", "BR", "US", "PH"])
    foreign = R.random() < 0.5
    if foreign:
        p = Person({"VN": "vietnamese", "IN": "indian_n", "KR": "korean", "BR": "brazilian", "US": "anglo", "PH": "filipino"}[pc])
    d.t("CONTRATO INDIVIDUAL DE TRABAJO A TÉRMINO INDEFINIDO\n\nEntre %s S.A.S., NIT %s, representada por " % ({"CO": "GlobalReach Colombia", "MX": "Servicios Globales de Nómina", "AR": "EOR Rioplatense"}[cc], nit_co()))
    d.l("PERSON", rep.full); d.t(", en adelante EL EMPLEADOR, y ")
    d.l("PERSON", p.style(pick(["full", "caps"]))); d.t(", mayor de edad, nacido(a) el "); d.l("DATE_OF_BIRTH", dob("es"))
    if foreign:
        d.t(", de nacionalidad %s, identificado(a) con pasaporte No. " % COUNTRY[pc].lower()); d.l(ptype(pc), passport(pc))
    d.t(", domiciliado(a) en "); d.l("ADDRESS", addr1(cc)); d.t(", en adelante EL TRABAJADOR, se celebra el presente contrato.\n\n")
    d.t("PRIMERA. Objeto: EL TRABAJADOR prestará sus servicios como %s.\nSEGUNDA. Salario: %s mensuales, pagaderos por quincenas vencidas.\n" % (pick(["Analista de Nómina", "Agente de Servicio al Cliente Bilingüe", "Líder de Beneficios"]), amount({"CO": "COP", "MX": "MXN", "AR": "ARS"}[cc])))
    d.t("TERCERA. Notificaciones: al correo "); d.l("EMAIL", p.email()); d.t(" y al teléfono "); d.l("PHONE", phone(cc)); d.t(".\n")
    d.t("CUARTA. Días festivos: se reconocen los festivos de ley, incluido el %s.\n\nFirmado en %s el %s.\n" % (pick(["Día de la Independencia", "natalicio de Benito Juárez", "día de San Martín"]), {"CO": "Bogotá", "MX": "Monterrey", "AR": "Rosario"}[cc], fdate(rdate(2025, 2025), "es")))

@tpl("free_text", 2)
def ft_research_neg(d):
    d.t(pick(["Underwriting memo — claims experience review", "Actuarial note: APAC group health trend"]) + "\n\n")
    d.t("Across the %d,%03d covered lives in the Philippine and Indian books, dengue fever admissions rose %d%% in the monsoon quarter, "
        "while claims for type 2 diabetes and hypertension remained the largest chronic cost drivers. Studies in Lancet Diabetes & Endocrinology suggest "
        "that metformin adherence falls below 60%% after the first year. Tuberculosis claims were concentrated in two client sites; "
        "the Great Depression-era pattern of deferred care did not repeat in 2020.\n\n" % (R.randint(10, 90), R.randint(0, 999), R.randint(5, 40)))
    d.t("Recommendation: keep the GLP-1 step-therapy rule; add a mental-health EAP for sites with burnout indicators. Loss ratio %.1f%%; trend %.1f%%.\n" % (R.uniform(60, 95), R.uniform(3, 12)))
    d.t("No member-level data is included in this memo (aggregate only, minimum cell size 20).\n")

@tpl("html", 2)
def html_holiday_neg(d):
    d.t("<html><head><title>Public holidays 2026</title></head><body>\n<h1>Public holidays 2026 — where we operate</h1>\n<ul>\n")
    for h in R.sample(["<li>India: Republic Day (26 Jan), Holi, Gandhi Jayanti (2 Oct)</li>", "<li>Philippines: Ninoy Aquino Day (21 Aug), Bonifacio Day, Rizal Day</li>",
                       "<li>Brazil: Tiradentes (21 Apr), Proclamação da República</li>", "<li>Mexico: Natalicio de Benito Juárez (3rd Monday of March)</li>",
                       "<li>Argentina: Paso a la Inmortalidad del General José de San Martín</li>", "<li>Australia: King's Birthday, Anzac Day</li>",
                       "<li>New Zealand: Waitangi Day, Matariki</li>", "<li>Canada: Victoria Day, Saint-Jean-Baptiste (QC)</li>",
                       "<li>United States: Martin Luther King Jr. Day, Juneteenth</li>", "<li>Singapore: Hari Raya Haji, Vesak Day</li>"], 7):
        d.t(h + "\n")
    d.t("</ul>\n<p>Questions? Open a ticket in the HR portal. Page version %s.</p>\n</body></html>\n" % version4())

@tpl("html", 2)
def xml_cfdi(d):
    p = PC("MX")
    d.t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- export: payroll receipts, rendered as markup -->\n<Recibos periodo=\"2025-%02d\" version=\"%s\">\n" % (R.randint(1, 12), version4()))
    d.t("  <Recibo folio=\"%s\" uuid=\"%s\">\n" % (rdig(6), "-".join("".join(R.choice("0123456789ABCDEF") for _ in range(k)) for k in (8, 4, 4, 4, 12))))
    d.t("    <Emisor Rfc=\"GRM%sAB1\" Nombre=\"GLOBALREACH MEXICO\"/>\n" % rdig(6))
    d.t("    <Receptor Nombre=\""); d.l("PERSON", _strip_acc(p.full)); d.t("\" FechaNacimiento=\""); d.l("DATE_OF_BIRTH", dob("iso")); d.t("\"\n              Correo=\""); d.l("EMAIL", p.email()); d.t("\"/>\n")
    d.t("    <Domicilio>"); d.l("ADDRESS", addr1("MX")); d.t("</Domicilio>\n")
    d.t("    <Percepciones Total=\"%.2f\"/><Deducciones Total=\"%.2f\"/>\n" % (R.uniform(8000, 90000), R.uniform(1000, 20000)))
    d.t("    <Incapacidad Dias=\"%d\" Tipo=\"02\"/>\n  </Recibo>\n</Recibos>\n" % R.randint(1, 7))

@tpl("free_text", 3)
def ft_kyc_narrative(d):
    cc = pick(["IN", "SG", "PH", "BR", "AR", "NZ"]); p = PC(cc)
    d.t("KYC review summary — client onboarding desk\n\n")
    if cc == "IN":
        f = Person(p.origin); f.family = p.family
        d.l("PERSON", p.style("init")); d.t(" S/o "); d.l("PERSON", f.full); d.t(", residing at "); d.l("ADDRESS", addr1("IN")); d.t(", submitted Aadhaar ")
        d.l("IN_AADHAAR", aadhaar()); d.t(" and Indian passport "); d.l("PASSPORT", passport("IN")); d.t(". The Aadhaar previously keyed in (%s) failed the Verhoeff check and was discarded. " % bad_aadhaar())
    elif cc == "SG":
        d.l("PERSON", p.full); d.t(" (NRIC "); d.l("SG_NRIC", nric(pick("ST"))); d.t(") of "); d.l("ADDRESS", addr1("SG", sep=" ")); d.t(" was verified through Myinfo. The NRIC on the old form, %s, had a wrong check letter. " % bad_nric())
    elif cc == "PH":
        d.l("PERSON", p.style("comma")); d.t(", born "); d.l("DATE_OF_BIRTH", dob("d M y")); d.t(", presented Philippine passport "); d.l("PASSPORT", passport("PH")); d.t(" and a driver's license issued by the LTO (Philippines), no. "); d.l("DRIVER_LICENSE", dl("Philippines")); d.t(". ")
    elif cc == "BR":
        d.l("PERSON", p.full); d.t(", nascida em "); d.l("DATE_OF_BIRTH", dob("pt")); d.t(", CPF "); d.l("BR_CPF", cpf()); d.t(", residente na "); d.l("ADDRESS", addr1("BR")); d.t(". CPF antigo informado (%s) é inválido. " % bad_cpf())
    elif cc == "AR":
        it = Person("argentine"); b = rdate(1960, 1995)
        cf = cf_make(it.family, it.given, b[0], b[1], b[2], it.female, pick(["Z600", "H501", "F205", "L219"]))
        d.l("PERSON", it.full); d.t(", nacido/a el "); d.l("DATE_OF_BIRTH", fdate(b, "dmy")); d.t(", doble ciudadanía argentino-italiana, presentó codice fiscale "); d.l("IT_FISCAL_CODE", cf)
        d.t(" y pasaporte argentino "); d.l("PASSPORT", passport("AR")); d.t(". ")
    else:
        d.l("PERSON", p.full); d.t(" of "); d.l("ADDRESS", addr1("NZ")); d.t(" supplied NZ driver licence "); d.l("DRIVER_LICENSE", dl("New Zealand")); d.t(" (version %d) and phone " % R.randint(1, 9)); d.l("PHONE", phone("NZ")); d.t(". ")
    d.t("Sanctions and PEP screening: no match. Risk rating: %s. Reviewer initials on file.\n" % pick(["low", "medium"]))

@tpl("free_text", 2)
def ft_handout_neg(d):
    d.t(pick(["Wellness corner: staying safe during dengue season", "Healthy at work: managing blood pressure"]) + "\n\n")
    d.t("Dengue is spread by Aedes mosquitoes. Symptoms include high fever, severe headache and joint pain. Paracetamol is preferred for fever; "
        "avoid ibuprofen and aspirin unless a doctor advises otherwise. Hypertension often has no symptoms — get your blood pressure checked at the "
        "on-site clinic. People with diabetes should keep taking their usual medicines such as metformin during illness unless told to stop.\n\n")
    d.t("The Employee Assistance Programme is free and confidential. Call the 24-hour line listed on the intranet.\n")

_RELOC = 0
@tpl("email", 4)
def email_relocation(d):
    global _RELOC
    kind = ["GB", "ES", "FR", "DE"][_RELOC % 4]; _RELOC += 1
    org = {"GB": "anglo", "ES": "colombian", "FR": "quebec", "DE": "anglo"}[kind]
    p = Person(org); mob = PC("SG")
    dest = pick(["SG", "AU"])
    d.t("From: "); d.l("EMAIL", "mobility@globalreach-eor.com"); d.t("\nTo: "); d.l("EMAIL", p.email()); d.t("\nSubject: Relocation to %s — home-country deregistration checklist\n\n" % COUNTRY[dest])
    d.t("Hi "); d.l("PERSON", p.first); d.t(",\n\nThanks for sending the documents. Summary of what we hold for your move:\n\n")
    if kind == "GB":
        d.t("  • National Insurance number: "); d.l("UK_NATIONAL_INSURANCE_NUMBER", nino()); d.t(" (for the voluntary Class 2/3 contributions form CF83)\n")
        d.t("  • NHS number: "); d.l("UK_NHS_NUMBER", nhs()); d.t(" (GP records transfer for your asthma review — you asked us to note you use a ")
        d.l("MEDICATION", pick(["Seretide", "salbutamol", "Symbicort"])); d.t(" inhaler)\n")
        d.t("  • UK salary account for the final payslip: "); d.l("UK_BANK_ACCOUNT", "%s-%s-%s %s" % (rdig(2), rdig(2), rdig(2), rdig(8))); d.t("\n")
    elif kind == "ES":
        d.t("  • DNI/NIE: "); d.l("ES_DNI", dni()); d.t(" (baja en la Seguridad Social)\n")
        d.t("  • IBAN for the finiquito: "); ib = iban_make("ES", rdig(20)); d.l("IBAN", " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))); d.t("\n")
    elif kind == "FR":
        d.t("  • Numéro de sécurité sociale (NIR): "); d.l("FR_NIR", nir(p.female)); d.t(" — attestation de droits CPAM\n")
        d.t("  • Carte Vitale to be returned? Not required.\n")
    else:
        d.t("  • Steuerliche Identifikationsnummer: "); d.l("DE_TAX_ID", steuer_id()); d.t(" (Abmeldung beim Bürgeramt)\n")
        d.t("  • IBAN: "); d.l("IBAN", iban("DE")); d.t("\n")
    pc = pick(["GB", "CO", "CA", "NG"]) if kind in ("GB", "ES", "FR") else "GB"
    d.t("  • %s: " % PASS_LABEL[pc]); d.l(ptype(pc), passport(pc)); d.t(" (%s), valid until %s\n" % (COUNTRY[pc], fdate(rdate(2028, 2034), "d M y")))
    d.t("  • Temporary address on arrival: "); d.l("ADDRESS", addr1(dest)); d.t("\n\n")
    d.t("Flights are booked under PNR %s. Please keep the original documents with you.\n\nBest,\n" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    d.l("PERSON", mob.full); d.t("\nGlobal Mobility, Singapore | "); d.l("PHONE", phone("SG", True)); d.t("\n")


@tpl("csv", 2)
def csv_fleet_drivers(d):
    crow(d, ["driver_id", "full_name", "licence_state", "licence_number", "licence_expiry", "vehicle", "cost_centre"])
    for _ in range(R.randint(5, 7)):
        j = pick(["California", "Texas", "New York", "Florida", "Illinois", "Washington", "New Jersey", "Ontario", "British Columbia",
                  "Québec", "NSW", "Victoria", "Queensland", "Maharashtra", "Karnataka", "Philippines"])
        cc = {"Ontario": "CA", "British Columbia": "CA", "Québec": "CA", "NSW": "AU", "Victoria": "AU", "Queensland": "AU",
              "Maharashtra": "IN", "Karnataka": "IN", "Philippines": "PH"}.get(j, "US")
        p = PC(cc)
        crow(d, ["DRV-" + rdig(5), L("PERSON", p.style(pick(["full", "comma"]))), j, L("DRIVER_LICENSE", dl(j)),
                 fdate(rdate(2026, 2031), "iso"), pick(["Toyota Hilux", "Honda City", "Ford Ranger", "Mitsubishi L300"]), "CC" + rdig(4)])

@tpl("ndjson", 2)
def ndjson_travel(d):
    for _ in range(R.randint(4, 6)):
        cc = pick(["US", "US", "IN", "PH", "BR", "MX", "CA", "KR", "AU", "SG", "NZ", "AR", "CO"])
        p = PC(cc) if cc in ORIGINS_BY_COUNTRY else Person("korean")
        jemit(d, {"pnr": "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), "segment": pick(["MNL-SIN", "GRU-SCL", "BLR-SIN", "YYZ-MEX", "SYD-AKL"]),
                  "pax": L("PERSON", "%s/%s" % (_strip_acc(p.family).upper().replace(" ", ""), _strip_acc(p.given).upper().replace(" ", ""))),
                  "apis": {"docType": "P", "docNumber": L(ptype(cc), passport(cc)), "nationality": cc, "dob": L("DATE_OF_BIRTH", dob("iso")),
                           "expiry": fdate(rdate(2027, 2035), "iso")},
                  "fare": amount("USD"), "ticket": "0" + rdig(12)}, indent=0)
        d.t("\n")


@tpl("fhir_json", 1)
def fhir_valueset_neg(d):
    vs = {"resourceType": "ValueSet", "id": "eor-claims-chronic", "url": "http://globalreach-eor.example/fhir/ValueSet/claims-chronic",
          "version": version4(), "status": "active", "publisher": "GlobalReach Benefits Clinical Policy",
          "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10", "concept": [
              {"code": "E11.9", "display": "Type 2 diabetes mellitus without complications"}, {"code": "I10", "display": "Essential (primary) hypertension"},
              {"code": "A90", "display": "Dengue fever [classical dengue]"}, {"code": "F32.1", "display": "Moderate depressive episode"},
              {"code": "G35", "display": "Multiple sclerosis"}, {"code": "G20", "display": "Parkinson's disease"}]}]},
          "extension": [{"url": "formulary-note", "valueString": "Step therapy: metformin before GLP-1; amlodipine or losartan first line."}]}
    jemit(d, vs); d.t("\n")

@tpl("hl7", 1)
def hl7_ack_neg(d):
    ts = "%04d%02d%02d%02d%02d%02d" % (2025, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    d.t("MSH|^~\\&|BROKER|EORHEALTH|HIS|%s|%s||ACK^A04|ACK%s|P|2.5.1\r" % (pick(["TTSH", "RMH", "SLMC"]), ts, rdig(8)))
    d.t("MSA|%s|MSG%s|%s\r" % (pick(["AA", "AE"]), rdig(8), pick(["Message accepted", "Unknown OID %s" % oid()])))
    d.t("ERR|||207^Application internal error^HL70357|W|||build %s\r" % ("b" + rdig(7)))

@tpl("json", 2)
def json_openapi_neg(d):
    spec = {"openapi": "3.0.3", "info": {"title": "EOR Employee API", "version": version4()},
            "components": {"schemas": {"NationalId": {"type": "object", "required": ["type", "value"], "properties": {
                "type": {"type": "string", "enum": ["CPF", "AADHAAR", "NRIC", "SIN", "SSN", "PASSPORT"]},
                "value": {"type": "string", "description": "Stored encrypted; returned masked, e.g. ***.***.***-** or XXXX XXXX 0000", "example": "<masked>"}}},
                "Employee": {"type": "object", "properties": {
                    "dateOfBirth": {"type": "string", "format": "date", "example": "YYYY-MM-DD"},
                    "email": {"type": "string", "format": "email", "example": "<email>"},
                    "homeAddress": {"type": "string", "maxLength": 300}, "phone": {"type": "string", "pattern": "^\\+[1-9]\\d{6,14}$"}}}}},
            "servers": [{"url": "https://api.globalreach-eor.example/v%d" % R.randint(1, 3)}, {"url": "http://127.0.0.1:8080"}]}
    jemit(d, spec); d.t("\n")

@tpl("tsv", 2)
def tsv_gl_journal_neg(d):
    crow(d, ["journal_id", "posting_date", "account", "counterparty", "counterparty_tax_id", "invoice", "debit", "credit", "memo"], "\t")
    parties = [("Tata Consultancy Services Ltd", lambda: gstin()), ("Ayala Land Inc.", lambda: "%s-%s-%s-000" % (rdig(3), rdig(3), rdig(3))),
               ("Harvey Norman Holdings Ltd", abn), ("David Jones Pty Ltd", abn), ("Lojas Renner S.A.", lambda: "%s.%s.%s/0001-%s" % (rdig(2), rdig(3), rdig(3), rdig(2))),
               ("Mahindra & Mahindra Ltd", lambda: gstin()), ("Bancolombia S.A.", nit_co), ("Johnson & Johnson Inc.", lambda: rdig(9) + "RT0001")]
    for _ in range(R.randint(6, 9)):
        name, tax = pick(parties)
        dr = R.random() < 0.5
        crow(d, ["JE-" + rdig(6), fdate(rdate(2025, 2025), "iso"), pick(["4010 Revenue EOR", "2100 AP Trade", "6120 Bank charges", "1200 AR"]), name, tax(),
                 "INV-" + rdig(7), "%.2f" % R.uniform(100, 90000) if dr else "", "" if dr else "%.2f" % R.uniform(100, 90000),
                 pick(["monthly EOR fee", "FX revaluation", "benefits pass-through", "Q3 true-up"])], "\t")

@tpl("form", 2)
def f_vendor_reg_neg(d):
    cc = pick(["IN", "AU", "PH", "BR"])
    d.t("SUPPLIER REGISTRATION FORM — CORPORATE VENDOR\nVendor code: %s\n\n" % ("V" + rdig(6)))
    name = {"IN": "Godrej & Boyce Mfg. Co. Ltd", "AU": "Harvey Norman Commercial", "PH": "Gokongwei Brothers Foundation Services", "BR": "Casas Bahia Comercial Ltda."}[cc]
    d.t("Registered name: %s\n" % name)
    d.t({"IN": "GSTIN: %s    PAN: %s\n" % (gstin(), pan_like()), "AU": "ABN: %s    ACN: %s %s %s\n" % (abn(), rdig(3), rdig(3), rdig(3)),
         "PH": "TIN: %s-%s-%s-000    SEC Reg.: CS%s\n" % (rdig(3), rdig(3), rdig(3), rdig(9)), "BR": "CNPJ: %s.%s.%s/0001-%s\n" % (rdig(2), rdig(3), rdig(3), rdig(2))}[cc])
    d.t("Category: %s\nPayment terms: Net %d\nBank: %s — remittance details held in treasury system\n" % (pick(["Office furniture", "Logistics", "Facilities"]), R.choice([30, 45, 60]), pick(["HDFC Bank", "Commonwealth Bank", "BDO Unibank", "Itaú Unibanco"])))
    d.t("Authorised signatory: (see board resolution %s)\nISO 9001 certificate: %s, valid to %s\n" % (order_no("BR"), "QMS-" + rdig(6), fdate(rdate(2026, 2028), "iso")))
    d.t("Contact Person: ____________   Contact Number: ____________   Email Address: ____________\n")

# ----------------------------------------------------------------------------------------------
# render, validate, write
# ----------------------------------------------------------------------------------------------
LEAKS = [
    ("CREDIT_CARD", re.compile(r"(?<![\d.])(?:\d[ -]?){12,18}\d(?![\d.])"), card_ok),
    ("IN_AADHAAR", re.compile(r"(?<![\d-])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\d-])"), CHECKERS["IN_AADHAAR"]),
    ("BR_CPF", re.compile(r"(?<!\d)\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)"), CHECKERS["BR_CPF"]),
    ("SG_NRIC", re.compile(r"(?<![A-Z0-9])[STFG]\d{7}[A-Z](?![A-Z0-9])"), nric_ok),
    ("IBAN", re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?![A-Z0-9])"), iban_ok),
    ("CA_SIN", re.compile(r"(?<![\d-])\d{3}[ -]\d{3}[ -]\d{3}(?![\d-])"), sin_ok),
    ("US_SSN", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"), ssn_ok),
]

def validate(rec, d):
    text = rec["text"]
    ents = sorted(rec["entities"], key=lambda e: e["start"])
    assert rec["format"] in FORMATS, rec["format"]
    prev = -1
    for e in ents:
        assert e["type"] in LEVEL, e
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (rec["id"], e, repr(s))
        assert e["start"] >= prev, ("overlap", rec["id"], e)
        prev = e["end"]
        chk = CHECKERS.get(e["type"])
        if chk:
            assert chk(s), ("checksum", rec["id"], e["type"], s)
    lvl = max([LEVEL[e["type"]] for e in ents] or [1])
    assert rec["classification"] == LEVEL_NAME[lvl]
    f = rec["format"]
    if f in ("json", "fhir_json"):
        json.loads(text)
    elif f == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    elif f in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if f == "csv" else "\t"))
        widths = {len(r) for r in rows if r}
        assert len(widths) == 1, (rec["id"], widths)
    elif f == "hl7":
        for seg in re.split(r"[\r\n]+", text.strip()):
            assert re.match(r"^[A-Z][A-Z0-9]{2}\|", seg), (rec["id"], seg)
    elif f == "yaml":
        assert "\t" not in text
    # leak check: unlabelled valid-looking identifiers
    for typ, rx, ok in LEAKS:
        for m in rx.finditer(text):
            if ok(m.group(0)) and not any(e["start"] < m.end() and m.start() < e["end"] for e in ents):
                raise AssertionError(("leak", rec["id"], typ, m.group(0)))

def render():
    global R
    recs = []
    for name, fmt, count, fn in TEMPLATES:
        for n in range(count):
            R = random.Random("%s:%s:%d" % (SEED, name, n))
            d = Doc()
            fn(d)
            text = d.text()
            ents = [{"type": t, "start": s, "end": e} for t, s, e in d.ents]
            lvl = max([LEVEL[e["type"]] for e in ents] or [1])
            rec = {"id": "h12_%s-%d" % (name, n), "text": text, "entities": ents, "classification": LEVEL_NAME[lvl], "format": fmt}
            validate(rec, d)
            recs.append(rec)
    return recs

BUCKET = {"form": "forms/KYC", "clinical_note": "clinical", "discharge_summary": "clinical", "lab_report": "clinical", "hl7": "clinical",
          "fhir_json": "clinical", "csv": "structured", "tsv": "structured", "json": "structured", "ndjson": "structured", "yaml": "structured",
          "log": "logs", "email": "email/chat/ticket", "chat": "email/chat/ticket", "ticket": "email/chat/ticket", "free_text": "free text/html", "html": "free text/html"}

def main():
    recs = render()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("documents:", len(recs))
    print("no-entity documents:", sum(1 for r in recs if not r["entities"]))
    for title, ctr in (("classification", Counter(r["classification"] for r in recs)),
                       ("bucket", Counter(BUCKET[r["format"]] for r in recs)),
                       ("format", Counter(r["format"] for r in recs)),
                       ("entity type", Counter(e["type"] for r in recs for e in r["entities"]))):
        print("\n%s:" % title)
        for k, v in ctr.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
