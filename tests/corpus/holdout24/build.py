#!/usr/bin/env python3
"""holdout24 -- independent PII/PHI evaluation corpus, education sector.

Written from the public contract only (BRIEF.md, LABELS.md, PRIOR_CORPUS.md prose).
Standard library only, deterministic.  Run:  python3 build.py
"""
import csv, io, json, random, re, sys, unicodedata
from collections import Counter

SEED = "holdout24/quillon-marsh-5093"
OUT = "/tmp/holdout24/holdout24.jsonl"

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
class L:
    """A labelled value."""
    __slots__ = ("typ", "val")

    def __init__(self, typ, val):
        assert typ in LEVEL, typ
        self.typ, self.val = typ, str(val)

    def __str__(self):
        return self.val


class M:
    """A string (for JSON/CSV cells) mixing plain text and labelled values."""

    def __init__(self, *items):
        self.items = items

    def __str__(self):
        return "".join(str(i) for i in self.items)


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s)

    def l(self, typ, s):
        s = str(s)
        assert s and s == s.strip(), (typ, s)
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(s)})
        self.t(s)

    def __call__(self, *items):
        for it in items:
            if isinstance(it, L):
                self.l(it.typ, it.val)
            elif isinstance(it, M):
                self(*it.items)
            elif isinstance(it, (list, tuple)):
                self(*it)
            elif it is None:
                continue
            else:
                self.t(it)
        return self

    def text(self):
        return "".join(self.buf)


def jstr(d, v):
    """Write a JSON string literal whose content may be labelled."""
    items = v.items if isinstance(v, M) else (v,)
    d.t('"')
    for it in items:
        if isinstance(it, L):
            enc = json.dumps(it.val, ensure_ascii=False)[1:-1]
            assert enc == it.val, it.val
            d.l(it.typ, enc)
        else:
            d.t(json.dumps(str(it), ensure_ascii=False)[1:-1])
    d.t('"')


def emit_json(d, obj, indent=2, lvl=0, compact=False):
    pad = "" if compact else " " * (indent * (lvl + 1))
    end = "" if compact else " " * (indent * lvl)
    nl = "" if compact else "\n"
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            d.t("{}")
            return
        d.t("{" + nl)
        for i, (k, v) in enumerate(obj.items()):
            d.t(pad + json.dumps(k, ensure_ascii=False) + ": ")
            emit_json(d, v, indent, lvl + 1, compact)
            if i < len(obj) - 1:
                d.t(sep + ("" if compact else ""))
            d.t(nl)
        d.t(end + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]")
            return
        d.t("[" + nl)
        for i, v in enumerate(obj):
            d.t(pad)
            emit_json(d, v, indent, lvl + 1, compact)
            if i < len(obj) - 1:
                d.t(sep)
            d.t(nl)
        d.t(end + "]")
    elif isinstance(obj, (L, M)):
        jstr(d, obj)
    elif isinstance(obj, str):
        jstr(d, obj)
    else:
        d.t(json.dumps(obj))


def csv_row(d, cells, sep=",", eol="\n"):
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        s = str(c)
        need = sep in s or '"' in s or "\n" in s
        if need:
            d.t('"')
            items = c.items if isinstance(c, M) else (c,)
            for it in items:
                if isinstance(it, L):
                    assert '"' not in it.val
                    d.l(it.typ, it.val)
                else:
                    d.t(str(it).replace('"', '""'))
            d.t('"')
        else:
            d(c)
    d.t(eol)


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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_mod(s):
    s = s.replace(" ", "").replace("\n", "")
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban_ok(s):
    return iban_mod(s) == 1


def nhs_check(d9):
    tot = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    ck = 11 - tot % 11
    if ck == 11:
        ck = 0
    return None if ck == 10 else ck


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
    for i, x in enumerate(reversed([int(ch) for ch in s if ch.isdigit()])):
        c = V_D[c][V_P[i % 8][x]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in body])):
        c = V_D[c][V_P[(i + 1) % 8][x]]
    return str(V_INV[c])


def cpf_digits(d9):
    ds = [int(c) for c in d9]
    r = sum(x * (10 - i) for i, x in enumerate(ds)) * 10 % 11 % 10
    ds.append(r)
    r2 = sum(x * (11 - i) for i, x in enumerate(ds)) * 10 % 11 % 10
    return "%d%d" % (r, r2)


def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    n = s[:-1]
    if n[0] in "XYZ":
        n = str("XYZ".index(n[0])) + n[1:]
    return n.isdigit() and DNI_L[int(n) % 23] == s[-1]


def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])


def steuer_check(d10):
    prod = 10
    for c in d10:
        sm = (int(c) + prod) % 10
        if sm == 0:
            sm = 10
        prod = sm * 2 % 11
    ck = 11 - prod
    return 0 if ck == 10 else ck


def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    if not (1 <= max(cnt.values()) <= 3 and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return steuer_check(s[:10]) == int(s[10])


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_char(s15):
    tot = 0
    for i, c in enumerate(s15):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def cf_ok(s):
    return len(s) == 16 and cf_char(s[:15]) == s[15]


def nric_letter(prefix, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * x for c, x in zip(d7, w)) + (4 if prefix in "TG" else 0)
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[tot % 11]


def nric_ok(s):
    return len(s) == 9 and nric_letter(s[0], s[1:8]) == s[8]


assert nric_ok("S1234567D")
assert luhn_ok("4111111111111111") and luhn_ok("046454286")
assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
assert nhs_ok("943 476 5919")
assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
assert cpf_ok("529.982.247-25")
assert dni_ok("12345678Z") and dni_ok("X1234567L")
assert steuer_ok("86095742719")
assert cf_ok("RSSMRA85T10A562S")


# ----------------------------------------------------------------------------- values
def strip_acc(s):
    s = s.translate(str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss", "ı": "i", "ø": "o", "Ø": "O"}))
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# origin: (female given, male given, family, style)  style 'fl' = given family, 'lf' = family given
NAMES = {
    "us": ("Brianna Kayleigh Destiny Madisyn Harper Journee Tamsin".split(),
           "Jaxon Tremaine Colby Braxton Deshawn Easton Landry".split(),
           "Whitacre Pruitt Okafor-Bell McAllister Haskins Vanderpool Tillman Ruggiero".split(), "fl"),
    "mx": ("Ximena Itzel Guadalupe Citlali Renata Yaretzi".split(),
           "Santiago Uriel Tonatiuh Emiliano Joaquín Axel".split(),
           ["Hernández Zúñiga", "Cuauhtli", "Villaseñor", "Garza Ochoa", "de la Peña", "Tlatoani", "Ibarra"], "fl"),
    "pr": ("Yamilet Coralys Nayelis Keishla".split(), "Yadiel Jeremías Ángel Luis Xavier".split(),
           ["Rivera Colón", "Santiago Ortiz", "Maldonado", "Figueroa Quiñones", "Vélez"], "fl"),
    "qc": ("Maëlle Noémie Éloïse Rosalie".split(), "Thierry Mathis Étienne Loïc".split(),
           ["Tremblay-Gagnon", "Bouchard", "Desrosiers", "Lévesque", "St-Onge"], "fl"),
    "uk": ("Imogen Philippa Niamh Ffion Rhiannon".split(), "Rhys Alasdair Tobias Callum Hamish".split(),
           ["Featherstonehaugh", "Ramsbottom", "Cholmondeley", "Pilkington", "ap Gwilym", "Ogunleye-Hart"], "fl"),
    "ie": ("Aoife Saoirse Caoimhe Gráinne Síofra".split(), "Oisín Cathal Tadhg Donnchadh Ruairí".split(),
           ["Ó Súilleabháin", "Nic Giolla Bhríde", "Mac Cárthaigh", "Fitzgerald", "Ní Dhomhnaill"], "fl"),
    "fr": ("Clémence Margaux Anaïs Solène Bérénice".split(), "Baptiste Aurélien Gaspard Timothée Côme".split(),
           ["de Villepreux", "Lefèbvre", "Duchâteau", "Le Goff", "d'Harcourt", "Marchetti-Roux"], "fl"),
    "es": ("Itziar Nerea Macarena Ainhoa Begoña".split(), "Iñaki Gonzalo Álvaro Xabier Jordi".split(),
           ["García-Oñate", "Etxeberria", "Puigdomènech", "Zubizarreta", "del Olmo Ruiz", "Núñez"], "fl"),
    "pt": ("Inês Leonor Beatriz Matilde".split(), "Gonçalo Duarte Tomás Rodrigo".split(),
           ["Magalhães", "Figueiredo", "dos Santos Amaral", "Carvalhal", "Brandão"], "fl"),
    "it": ("Ludovica Benedetta Ginevra Chiara".split(), "Leonardo Tommaso Niccolò Edoardo".split(),
           ["Scognamiglio", "Dell'Acqua", "Lo Presti", "Bonaccorsi", "Pellegrino", "Zanardelli"], "fl"),
    "de": ("Friederike Wiebke Jule Annika".split(), "Jannik Henrik Malte Torben".split(),
           ["von Stülpnagel", "Brinkhaus", "Oßwald", "Schäfer-Lindqvist", "Kleinschmidt"], "fl"),
    "pl": ("Agnieszka Zuzanna Małgorzata Wiktoria".split(), "Szymon Bartłomiej Wojciech Jędrzej".split(),
           ["Wróblewski", "Grzybowska", "Szczepańczyk", "Przybył", "Kołodziej"], "fl"),
    "gr": ("Eleftheria Kalliopi Despoina Chrysa".split(), "Panagiotis Stavros Evangelos Thodoris".split(),
           ["Papadimitriou", "Karamanlidou", "Tsakalotos", "Xenakis", "Antonopoulou"], "fl"),
    "tr": ("Elif Zeynep Büşra Gülşen".split(), "Emre Oğuzhan Çağrı Yiğit".split(),
           ["Yılmaz", "Öztürk", "Karagöz", "Şahin", "Kılıçdaroğlu"], "fl"),
    "in": ("Aishwarya Shruti Lakshmi Ananya Harpreet".split(), "Aravind Vikramaditya Siddharth Rohan Gurpreet".split(),
           ["Venkataraman", "Chakraborty", "Iyer", "Deshpande", "Sandhu", "Balasubramanian"], "fl"),
    "pk": ("Ayesha Mahnoor Zainab Hira".split(), "Hamza Usman Bilal Faizan".split(),
           ["Qureshi", "Chaudhry", "Abbasi", "Siddiqui", "Khattak"], "fl"),
    "bd": ("Nusrat Tahmina Farzana Sharmin".split(), "Tanvir Shahriar Rafiqul Mahfuz".split(),
           ["Chowdhury", "Rahman", "Bhuiyan", "Talukder", "Haque"], "fl"),
    "cn": ("Xinyi Yuting Jiaqi Ruoxi".split(), "Haoran Zixuan Yichen Junjie".split(),
           ["Zhang", "Ouyang", "Xu", "Guo", "Liang"], "lf"),
    "hk": ("Wing-Yan Hoi-Ching Mei-Ling".split(), "Ka-Ho Chun-Kit Wai-Lun".split(),
           ["Cheung", "Tsang", "Leung", "Yeung", "Kwok"], "lf"),
    "kr": ("Seo-yeon Ji-woo Ha-eun Min-seo".split(), "Do-yun Seo-jun Ha-jun Ji-ho".split(),
           ["Park", "Choi", "Jeong", "Kang", "Yoon"], "lf"),
    "jp": ("Haruka Yui Sakura Mio".split(), "Haruto Sōta Ren Yūto".split(),
           ["Takahashi", "Watanabe", "Kobayashi", "Yamaguchi", "Matsumoto"], "lf"),
    "vn": ("Ngọc Anh Thảo Vy Minh Thư".split(", ") if False else ["Ngọc Anh", "Thảo Vy", "Minh Thư", "Bảo Châu"],
           ["Minh Khôi", "Gia Huy", "Đức Anh", "Quang Vinh"],
           ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ"], "lf"),
    "id": ("Putri Ayu Sekar Dewi".split(), "Bagus Arief Wahyu Dimas".split(),
           ["Setiawan", "Wijayakusuma", "Hutagalung", "Siregar", "Nugroho"], "fl"),
    "ng": ("Chiamaka Oluwaseun Ngozi Funmilayo Adaeze".split(), "Chukwuemeka Oluwatobi Ifeanyi Babatunde".split(),
           ["Adeyemi", "Okonkwo", "Nwachukwu", "Balogun", "Olanrewaju-Eze"], "fl"),
    "ke": ("Wanjiru Achieng Nyokabi Chebet".split(), "Kipchoge Otieno Mwangi Kamau".split(),
           ["Kariuki", "Odhiambo", "Wekesa", "Mutua", "Kiprotich"], "fl"),
    "gh": ("Akosua Efua Abena Adwoa".split(), "Kwabena Kofi Yaw Kwame".split(),
           ["Asante", "Owusu-Ansah", "Boateng", "Mensah", "Agyeman"], "fl"),
    "eg": ("Nourhan Yasmin Mariam Habiba".split(), "Youssef Omar Karim Mostafa".split(),
           ["El-Sayed", "Abdel Rahman", "Fawzy", "Hegazy", "El-Masry"], "fl"),
    "br": ("Luíza Thaís Giovanna Maria Eduarda".split(), "João Pedro Caio Thiago Enzo".split(),
           ["Albuquerque", "da Silva Pereira", "Nascimento", "Conceição", "Brandão Lins"], "fl"),
    "co": ("Valentina Daniela Mariana Salomé".split(), "Sebastián Juan Esteban Matías Camilo".split(),
           ["Restrepo", "Londoño", "Gutiérrez Arango", "Cárdenas", "Quintero"], "fl"),
}
ORIGINS = list(NAMES)
SYL = ["ka", "ro", "vel", "ny", "zu", "mar", "tio", "bre", "os", "quin", "dal", "ive", "sha", "ul", "per", "ith",
       "gor", "an", "ze", "lo", "fen", "dra", "ju", "ket"]


def invent(r, n=None):
    n = n or r.choice([2, 2, 3])
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()


class Person:
    def __init__(self, r, origin=None, sex=None, family=None, kind="adult"):
        self.origin = origin or r.choice(ORIGINS)
        self.origin = {"ca": "qc"}.get(self.origin, self.origin)
        f, m, fam, self.style = NAMES[self.origin]
        self.sex = sex or r.choice("FM")
        self.given = r.choice(f if self.sex == "F" else m)
        if r.random() < 0.12:
            self.given = invent(r)
        self.family = family or (invent(r) if r.random() < 0.12 else r.choice(fam))
        self.kind = kind
        if kind == "child":
            self.dob = rdate(r, 2007, 2019)
        elif kind == "student":
            self.dob = rdate(r, 1996, 2007)
        else:
            self.dob = rdate(r, 1962, 1992)
        self.email_local = (strip_acc(self.given).lower().replace(" ", "").replace("'", "")[:1] + "." +
                            re.sub(r"[^a-z]", "", strip_acc(self.family).lower()))

    @property
    def full(self):
        if self.style == "lf":
            return "%s %s" % (self.family, self.given)
        return "%s %s" % (self.given, self.family)

    @property
    def western(self):
        return "%s %s" % (self.given, self.family)

    @property
    def last_first(self):
        return "%s, %s" % (self.family.upper(), self.given)

    def he(self):
        return "she" if self.sex == "F" else "he"

    def his(self):
        return "her" if self.sex == "F" else "his"

    def email(self, r, dom=None):
        dom = dom or r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "hotmail.fr",
                               "web.de", "qq.com", "naver.com", "yahoo.com.br", "rediffmail.com"])
        loc = self.email_local + (str(r.randint(1, 99)) if r.random() < 0.4 else "")
        return loc + "@" + dom


def rdate(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    dmax = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (y, m, r.randint(1, dmax))


MON = "January February March April May June July August September October November December".split()


def fdate(dt, style):
    y, m, d = dt
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y),
            "eu": "%02d/%02d/%04d" % (d, m, y), "dot": "%02d.%02d.%04d" % (d, m, y),
            "long": "%d %s %d" % (d, MON[m - 1], y), "uslong": "%s %d, %d" % (MON[m - 1], d, y),
            "hl7": "%04d%02d%02d" % (y, m, d), "short": "%d %s %d" % (d, MON[m - 1][:3], y),
            "dash": "%02d-%s-%04d" % (d, MON[m - 1][:3].upper(), y)}[style]


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def rpick(r, seq, k):
    return r.sample(list(seq), k)


# --- phones
def phone(r, cc):
    D = lambda n: digits(r, n)
    nz = lambda: str(r.randint(2, 9))
    f = {
        "us": lambda: r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s"]) % (
            r.choice(["617", "312", "415", "713", "206", "404", "917", "303", "612", "802"]), nz() + D(2), D(4)),
        "ca": lambda: "+1 (%s) %s-%s" % (r.choice(["416", "514", "604", "613", "403"]), nz() + D(2), D(4)),
        "pr": lambda: r.choice(["(787) %s-%s", "+1 939 %s %s"]) % (nz() + D(2), D(4)),
        "mx": lambda: "+52 %s %s %s" % (r.choice(["55", "33", "81"]), D(4), D(4)),
        "uk": lambda: r.choice(["07%s %s" % (r.choice(["700", "911", "824", "583"]), D(6)),
                                "+44 20 %s %s" % ("7" + D(3), D(4)), "0161 %s %s" % (nz() + D(2), D(4))]),
        "ie": lambda: r.choice(["087 %s %s" % (D(3), D(4)), "+353 1 %s %s" % (nz() + D(2), D(4))]),
        "fr": lambda: r.choice(["06 %s %s %s %s", "+33 7 %s %s %s %s", "01 %s %s %s %s"]) % (D(2), D(2), D(2), D(2)),
        "es": lambda: "+34 6%s %s %s" % (D(2), D(3), D(3)),
        "pt": lambda: "+351 91%s %s %s" % (D(1), D(3), D(3)),
        "it": lambda: "+39 3%s %s %s" % (D(2), D(3), D(4)),
        "de": lambda: r.choice(["+49 30 %s", "0151 %s", "+49 (0)89 %s"]) % D(8),
        "pl": lambda: "+48 5%s %s %s" % (D(2), D(3), D(3)),
        "gr": lambda: "+30 69%s %s %s" % (D(1), D(3), D(4)),
        "tr": lambda: "+90 53%s %s %s %s" % (D(1), D(3), D(2), D(2)),
        "in": lambda: "+91 9%s %s" % (D(4), D(5)),
        "pk": lambda: "+92 30%s %s" % (D(1), D(7)),
        "bd": lambda: "+880 171%s-%s" % (D(1), D(6)),
        "cn": lambda: "+86 13%s %s %s" % (D(1), D(4), D(4)),
        "hk": lambda: "+852 9%s %s" % (D(3), D(4)),
        "kr": lambda: "+82 10-%s-%s" % (D(4), D(4)),
        "jp": lambda: "+81 90-%s-%s" % (D(4), D(4)),
        "vn": lambda: "+84 91%s %s %s" % (D(1), D(3), D(3)),
        "id": lambda: "+62 812-%s-%s" % (D(4), D(4)),
        "ng": lambda: "+234 80%s %s %s" % (D(1), D(3), D(4)),
        "ke": lambda: "+254 7%s %s" % (D(2), D(6)),
        "gh": lambda: "+233 24 %s %s" % (D(3), D(4)),
        "eg": lambda: "+20 10 %s %s" % (D(4), D(4)),
        "br": lambda: "+55 11 9%s-%s" % (D(4), D(4)),
        "co": lambda: "+57 31%s %s" % (D(1), D(7)),
    }
    cc = {"qc": "ca"}.get(cc, cc)
    return f.get(cc, f["us"])()


# --- addresses: return list of lines
def address(r, cc):
    n = lambda a, b: str(r.randint(a, b))
    if cc in ("us", "pr") or cc not in ADDR_CC:
        if cc == "pr":
            return ["Urb. Villa Carolina", "Calle %s #%s" % (r.choice(["Roble", "Flamboyán", "Ceiba"]), n(10, 240)),
                    "Carolina, PR 00%s" % n(979, 987)]
        st = r.choice([("Oakridge Ln", "Asheville, NC 28806"), ("W Belmont Ave", "Chicago, IL 60657"),
                       ("Magnolia Blvd", "Burbank, CA 91506"), ("Harmon Rd", "Ann Arbor, MI 48104"),
                       ("Catalpa Ct", "Round Rock, TX 78664"), ("Old Post Rd", "Tarrytown, NY 10591"),
                       ("Marigold Way", "Aurora, CO 80016")])
        unit = r.choice(["", "", " Apt %s" % n(2, 40), " Unit %sB" % n(1, 9)])
        return ["%s %s%s" % (n(12, 9870), st[0], unit), st[1]]
    return ADDR_CC[cc](r, n)


ADDR_CC = {
    "ca": lambda r, n: ["%s rue %s, app. %s" % (n(100, 9999), r.choice(["Saint-Hubert", "Beaubien Est", "de Gaspé"]), n(1, 30)),
                        "Montréal (Québec) H2%s %s%s%s" % (r.choice("ABCEGJ"), n(1, 9), r.choice("ABCEGHJ"), n(1, 9))],
    "qc": lambda r, n: ["%s boul. René-Lévesque O" % n(100, 2999), "Québec QC G1R %s" % r.choice(["2B5", "4S7", "5M1"])],
    "mx": lambda r, n: ["Av. Insurgentes Sur %s, Int. %s" % (n(100, 3999), n(1, 12)),
                        "Col. Del Valle, Benito Juárez", "03100 Ciudad de México, CDMX"],
    "uk": lambda r, n: ["Flat %s, %s %s" % (n(1, 24), n(2, 180), r.choice(["Gloucester Terrace", "Whitworth Road", "Mill Lane"])),
                        r.choice(["Sheffield S11 8%s%s", "London W2 3%s%s", "Leeds LS6 2%s%s"]) % (r.choice("ABDEFG"), r.choice("HJLNPQ"))],
    "ie": lambda r, n: ["%s %s" % (n(1, 99), r.choice(["Ashgrove Park", "Bóthar na Trá", "Church View"])),
                        r.choice(["Ballincollig, Co. Cork P31 X2C4", "Salthill, Galway H91 E2W7", "Rathmines, Dublin 6 D06 K7F2"])],
    "fr": lambda r, n: ["%s%s %s" % (n(1, 120), r.choice(["", " bis", " ter"]), r.choice(["rue des Tanneurs", "avenue Jean-Jaurès", "impasse du Moulin"])),
                        r.choice(["69007 Lyon", "31400 Toulouse", "33800 Bordeaux", "75011 Paris"])],
    "es": lambda r, n: ["C/ %s, %s, %sº %sª" % (r.choice(["de Alcalá", "Mayor", "Sant Joan de Déu"]), n(1, 250), n(1, 8), n(1, 4)),
                        r.choice(["28014 Madrid", "08028 Barcelona", "41003 Sevilla"])],
    "pt": lambda r, n: ["Rua %s, %s, %sº Esq." % (r.choice(["Augusta", "de Cedofeita", "do Almada"]), n(1, 300), n(1, 6)),
                        r.choice(["1100-053 Lisboa", "4050-296 Porto"])],
    "it": lambda r, n: ["Via %s %s" % (r.choice(["dei Mille", "Garibaldi", "San Vitale"]), n(1, 140)),
                        r.choice(["40125 Bologna BO", "80133 Napoli NA", "20121 Milano MI"])],
    "de": lambda r, n: ["%s %s" % (r.choice(["Kastanienallee", "Schönhauser Str.", "Am Südpark"]), n(1, 99)),
                        r.choice(["10435 Berlin", "50968 Köln", "80331 München"])],
    "pl": lambda r, n: ["ul. %s %s/%s" % (r.choice(["Marszałkowska", "Długa", "Piotrkowska"]), n(1, 200), n(1, 60)),
                        r.choice(["00-624 Warszawa", "90-410 Łódź", "80-831 Gdańsk"])],
    "gr": lambda r, n: ["Odos %s %s" % (r.choice(["Ermou", "Tsimiski", "Patision"]), n(1, 150)),
                        r.choice(["105 63 Athina", "546 24 Thessaloniki"])],
    "tr": lambda r, n: ["%s Mah. %s Sok. No:%s D:%s" % (r.choice(["Caferağa", "Bostancı", "Kızılay"]), r.choice(["Güneşli", "Nergis"]), n(1, 80), n(1, 20)),
                        r.choice(["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara"])],
    "in": lambda r, n: ["Flat %s, %s Apartments, %s" % (n(101, 904), r.choice(["Sai Krupa", "Lotus Grove"]), r.choice(["JP Nagar 6th Phase", "Andheri (E)"])),
                        r.choice(["Bengaluru, Karnataka 560078", "Mumbai, Maharashtra 400069"])],
    "pk": lambda r, n: ["House %s, Street %s, %s" % (n(1, 400), n(1, 40), r.choice(["F-10/2", "DHA Phase 5"])),
                        r.choice(["Islamabad 44000", "Lahore 54792"])],
    "bd": lambda r, n: ["House %s, Road %s, %s" % (n(1, 90), n(1, 27), r.choice(["Dhanmondi", "Gulshan-2"])), "Dhaka 1209"],
    "cn": lambda r, n: ["%s Room, Building %s, %s Lane Huaihai Rd" % (n(101, 2402), n(1, 12), n(100, 999)), "Xuhui District, Shanghai 200031"],
    "hk": lambda r, n: ["Flat %s, %s/F, Block %s, Taikoo Shing" % (r.choice("ABCDEFG"), n(2, 30), n(1, 12)), "Quarry Bay, Hong Kong"],
    "kr": lambda r, n: ["%s-%s Yeoksam-dong, Gangnam-gu" % (n(600, 830), n(1, 40)), "Seoul 06%s" % n(100, 299)],
    "jp": lambda r, n: ["%s-%s-%s Kitazawa" % (n(1, 5), n(1, 30), n(1, 20)), "Setagaya-ku, Tokyo 155-0031"],
    "vn": lambda r, n: ["%s Đường Nguyễn Thị Minh Khai, Phường Đa Kao" % n(10, 300), "Quận 1, TP. Hồ Chí Minh"],
    "id": lambda r, n: ["Jl. %s No. %s, RT %s/RW %s" % (r.choice(["Kemang Raya", "Cikini Raya"]), n(1, 120), n(1, 9), n(1, 9)), "Jakarta Selatan 12730"],
    "ng": lambda r, n: ["%s %s Street, %s" % (n(1, 60), r.choice(["Adeola Odeku", "Awolowo"]), r.choice(["Victoria Island", "Ikoyi"])), "Lagos 101241"],
    "ke": lambda r, n: ["P.O. Box %s-00100" % n(1000, 60000), "Nairobi"] if r.random() < 0.5 else ["Hse %s, Kindaruma Rd, Kilimani" % n(1, 40), "Nairobi 00100"],
    "gh": lambda r, n: ["%s Ring Road East, Osu" % n(1, 90), "Accra GA-%s-%s" % (n(100, 999), n(1000, 9999))],
    "eg": lambda r, n: ["%s Shehab St, Mohandessin" % n(1, 90), "Giza 12411"],
    "br": lambda r, n: ["Rua %s, %s, apto %s" % (r.choice(["Harmonia", "Oscar Freire", "dos Pinheiros"]), n(10, 1999), n(11, 204)),
                        "Pinheiros, São Paulo - SP, 05415-%s" % n(100, 999)],
    "co": lambda r, n: ["Carrera %s # %s-%s, Apto %s" % (n(5, 80), n(10, 140), n(10, 99), n(101, 1204)), "Medellín, Antioquia 050021"],
}


# --- identifiers
def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def card(r):
    kind = r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        b = "4" + digits(r, 14)
    elif kind == "mc":
        b = str(r.randint(51, 55)) + digits(r, 13)
    elif kind == "mc2":
        b = str(r.randint(2221, 2720)) + digits(r, 11)
    elif kind == "amex":
        b = r.choice(["34", "37"]) + digits(r, 12)
        c = luhn_complete(b)
        return "%s %s %s" % (c[:4], c[4:10], c[10:])
    else:
        b = "6011" + digits(r, 11)
    c = luhn_complete(b)
    return " ".join(c[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.6 else c


IBAN_SPEC = {"DE": "18n", "FR": "fr", "ES": "20n", "GB": "4a14n", "IE": "4a14n", "IT": "1a22n", "PT": "21n",
             "PL": "24n", "GR": "23n", "TR": "tr", "NL": "4a10n"}


def iban(r, cc, spaced=True):
    sp = IBAN_SPEC[cc]
    if sp == "fr":
        bank, br, acc = digits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        bban = bank + br + acc + "%02d" % key
    elif sp == "tr":
        bban = digits(r, 5) + "0" + digits(r, 16)
    else:
        m = re.match(r"(?:(\d+)a)?(\d+)n", sp)
        na = int(m.group(1) or 0)
        bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(na)) + digits(r, int(m.group(2)))
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + bban[4:]
        if cc == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + bban[4:]
    ck = 98 - iban_mod(cc + "00" + bban)
    s = "%s%02d%s" % (cc, ck, bban)
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def bad_iban(r, cc):
    s = iban(r, cc, False)
    ck = int(s[2:4])
    s = s[:2] + "%02d" % ((ck + r.randint(1, 9)) % 97 or 3) + s[4:]
    if iban_ok(s):
        return bad_iban(r, cc)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def nhs(r):
    while True:
        b = str(r.randint(4, 6)) + digits(r, 8)
        c = nhs_check(b)
        if c is not None:
            s = b + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def bad_nhs(r):
    while True:
        s = str(r.randint(4, 6)) + digits(r, 9)
        if not nhs_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def nino(r):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    ds = digits(r, 6)
    suf = r.choice("ABCD")
    return r.choice(["%s%s %s %s %s %s" % (a, b, ds[:2], ds[2:4], ds[4:], suf), "%s%s%s%s" % (a, b, ds, suf)])


def aadhaar(r):
    b = str(r.randint(2, 9)) + digits(r, 10)
    s = b + verhoeff_digit(b)
    assert verhoeff_ok(s)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def bad_aadhaar(r):
    while True:
        s = str(r.randint(2, 9)) + digits(r, 11)
        if not verhoeff_ok(s):
            return "%s %s %s" % (s[:4], s[4:8], s[8:])


def cpf(r):
    while True:
        b = digits(r, 9)
        if len(set(b)) > 1:
            break
    s = b + cpf_digits(b)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def bad_cpf(r):
    while True:
        s = digits(r, 11)
        if not cpf_ok(s):
            return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ")
        n = digits(r, 7)
        return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
    n = "%08d" % r.randint(1000000, 79999999)
    return n + DNI_L[int(n) % 23]


def bad_dni(r):
    n = "%08d" % r.randint(1000000, 79999999)
    return n + DNI_L[(int(n) + r.randint(1, 22)) % 23]


def nir(r, p):
    y, m, _ = p.dob
    b = "%d%02d%02d%02d%03d%03d" % (1 if p.sex == "M" else 2, y % 100, m, r.choice([69, 75, 31, 33, 13, 59, 99]),
                                    r.randint(1, 990), r.randint(1, 999))
    k = 97 - int(b) % 97
    return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k)


def steuer(r):
    while True:
        ds = r.sample("0123456789", 9)
        ds.append(r.choice(ds))
        r.shuffle(ds)
        if ds[0] != "0":
            break
    s = "".join(ds)
    s += str(steuer_check(s))
    assert steuer_ok(s)
    return r.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])


def bad_steuer(r):
    s = re.sub(r"\D", "", steuer(r))
    return s[:10] + str((int(s[10]) + r.randint(1, 8)) % 10)


def cf_part(name, surname):
    def cons(s):
        return [c for c in s if c not in "AEIOU"]

    def vow(s):
        return [c for c in s if c in "AEIOU"]
    clean = lambda s: re.sub(r"[^A-Z]", "", strip_acc(s).upper())
    s, n = clean(surname), clean(name)
    sp = (cons(s) + vow(s) + ["X"] * 3)[:3]
    nc = cons(n)
    np_ = [nc[0], nc[2], nc[3]] if len(nc) >= 4 else (nc + vow(n) + ["X"] * 3)[:3]
    return "".join(sp + np_)


def codice_fiscale(p):
    y, m, d = p.dob
    belf = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Bologna": "A944", "Bari": "A662"}
    code = cf_part(p.given, p.family) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (d + (40 if p.sex == "F" else 0)) + belf[sorted(belf)[(y + d) % len(belf)]]
    return code + cf_char(code)


def sin(r):
    s = luhn_complete(str(r.randint(1, 7)) + digits(r, 7))
    return r.choice(["%s %s %s", "%s-%s-%s"]) % (s[:3], s[3:6], s[6:])


def bad_sin(r):
    while True:
        s = str(r.randint(1, 7)) + digits(r, 8)
        if not luhn_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def nric(r, foreign=False):
    p = r.choice("FG") if foreign else r.choice("ST")
    d7 = digits(r, 7)
    return p + d7 + nric_letter(p, d7)


def bad_nric(r):
    s = nric(r)
    return s[:8] + r.choice([c for c in "ABCDEFGHIJZ" if c != s[8]])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r):
    an = MBI_A + "0123456789"
    s = (r.choice("123456789") + r.choice(MBI_A) + r.choice(an) + r.choice("0123456789") + r.choice(MBI_A) +
         r.choice(an) + r.choice("0123456789") + r.choice(MBI_A) + r.choice(MBI_A) + digits(r, 2))
    return r.choice([s, "%s-%s-%s" % (s[:4], s[4:7], s[7:])])


def us_passport(r):
    return r.choice([str(r.randint(1, 9)) + digits(r, 8), "A" + digits(r, 8)])


PASS_SHAPES = {
    "uk": lambda r: str(r.randint(1, 9)) + digits(r, 8), "de": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "fr": lambda r: digits(r, 2) + r.choice(["AB", "CK", "FR", "RD"]) + digits(r, 5), "es": lambda r: "PA" + r.choice("ABCDE") + digits(r, 6),
    "it": lambda r: r.choice(["YA", "YB", "AA"]) + digits(r, 7), "in": lambda r: r.choice("JKLMNPRTUVZ") + digits(r, 7),
    "cn": lambda r: "E" + digits(r, 8), "mx": lambda r: r.choice("GN") + digits(r, 8), "br": lambda r: r.choice(["FZ", "GA", "YB"]) + digits(r, 6),
    "ca": lambda r: r.choice(["AB", "GA", "HP"]) + digits(r, 6), "ng": lambda r: "A" + digits(r, 8), "pk": lambda r: r.choice(["AB", "CV", "DK"]) + digits(r, 7),
    "kr": lambda r: "M" + digits(r, 8), "jp": lambda r: r.choice(["TK", "TR", "MZ"]) + digits(r, 7), "vn": lambda r: r.choice("BCN") + digits(r, 7),
    "tr": lambda r: "U" + digits(r, 8), "pl": lambda r: r.choice(["EA", "ER", "FB"]) + digits(r, 7), "gr": lambda r: r.choice(["AK", "AN", "AE"]) + digits(r, 7),
    "eg": lambda r: "A" + digits(r, 8), "ke": lambda r: "AK" + digits(r, 7), "gh": lambda r: "G" + digits(r, 7), "id": lambda r: r.choice("BCX") + digits(r, 7),
    "bd": lambda r: r.choice(["EB", "BX", "AE"]) + digits(r, 7), "hk": lambda r: "K" + digits(r, 8), "co": lambda r: "AV" + digits(r, 6),
    "ie": lambda r: r.choice(["PA", "PE", "LF"]) + digits(r, 7), "pt": lambda r: r.choice("CLNP") + digits(r, 6), "qc": lambda r: "AB" + digits(r, 6),
}
COUNTRY = {"us": "United States", "mx": "Mexico", "pr": "United States", "qc": "Canada", "ca": "Canada", "uk": "United Kingdom",
           "ie": "Ireland", "fr": "France", "es": "Spain", "pt": "Portugal", "it": "Italy", "de": "Germany", "pl": "Poland",
           "gr": "Greece", "tr": "Türkiye", "in": "India", "pk": "Pakistan", "bd": "Bangladesh", "cn": "China", "hk": "Hong Kong SAR",
           "kr": "Republic of Korea", "jp": "Japan", "vn": "Viet Nam", "id": "Indonesia", "ng": "Nigeria", "ke": "Kenya", "gh": "Ghana",
           "eg": "Egypt", "br": "Brazil", "co": "Colombia"}


def passport(r, cc):
    """(type, number) for a passport issued by the person's country."""
    if cc in ("us", "pr"):
        return "US_PASSPORT", us_passport(r)
    return "PASSPORT", PASS_SHAPES[cc](r)


DL_STATES = {
    "California": ("CA", lambda r: r.choice("ABDEFGNY") + digits(r, 7)),
    "Florida": ("FL", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice("BGKMRSW"), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1))),
    "New York": ("NY", lambda r: r.choice(["%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3)), digits(r, 9)])),
    "Texas": ("TX", lambda r: str(r.randint(1, 4)) + digits(r, 7)),
    "Illinois": ("IL", lambda r: "%s%s-%s-%s" % (r.choice("BDHMS"), digits(r, 3), digits(r, 4), digits(r, 4))),
    "Pennsylvania": ("PA", lambda r: "%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3))),
    "Michigan": ("MI", lambda r: "%s %s %s %s %s" % (r.choice("BDKLSW"), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3))),
    "New Jersey": ("NJ", lambda r: "%s%s %s %s" % (r.choice("ACGMR"), digits(r, 4), digits(r, 5), digits(r, 5))),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))),
    "Massachusetts": ("MA", lambda r: "S" + digits(r, 8)),
    "Ohio": ("OH", lambda r: r.choice(["SR", "TQ", "UK"]) + digits(r, 6)),
    "Georgia": ("GA", lambda r: "0" + digits(r, 8)),
    "Arizona": ("AZ", lambda r: r.choice("ABDY") + digits(r, 8)),
    "Maryland": ("MD", lambda r: "%s-%s-%s-%s-%s" % (r.choice("BFKMS"), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3))),
    "Minnesota": ("MN", lambda r: r.choice("BHKP") + digits(r, 12)),
    "Colorado": ("CO", lambda r: "%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4))),
    "Puerto Rico": ("PR", lambda r: digits(r, 7)),
    "Virginia": ("VA", lambda r: "T" + digits(r, 8)),
}

DIAG_EDU = ["autism spectrum disorder", "dyslexia", "attention deficit hyperactivity disorder", "ADHD (combined presentation)",
            "epilepsy", "absence epilepsy", "type 1 diabetes", "asthma", "severe peanut allergy", "generalised anxiety disorder",
            "developmental coordination disorder", "dyscalculia", "cerebral palsy", "Tourette syndrome", "coeliac disease",
            "sickle cell disease", "cystic fibrosis", "selective mutism", "major depressive disorder", "anorexia nervosa",
            "migraine with aura", "obsessive-compulsive disorder", "bilateral sensorineural hearing loss", "Down syndrome",
            "post-traumatic stress disorder", "juvenile idiopathic arthritis", "eczema"]
MEDS_EDU = ["salbutamol", "Ventolin", "albuterol", "EpiPen", "epinephrine", "methylphenidate", "Concerta", "Ritalin",
            "lisdexamfetamine", "Elvanse", "Vyvanse", "atomoxetine", "guanfacine", "insulin lispro", "insulin glargine",
            "levetiracetam", "Keppra", "sodium valproate", "lamotrigine", "buccal midazolam", "cetirizine", "sertraline",
            "fluoxetine", "melatonin", "beclometasone", "montelukast", "Adderall XR", "glucagon", "hydrocortisone"]
MED_FOR = {"asthma": ["salbutamol", "Ventolin", "beclometasone", "montelukast"], "severe peanut allergy": ["EpiPen", "epinephrine", "cetirizine"],
           "type 1 diabetes": ["insulin lispro", "insulin glargine", "glucagon"], "epilepsy": ["levetiracetam", "Keppra", "lamotrigine", "buccal midazolam"],
           "absence epilepsy": ["sodium valproate", "lamotrigine"], "attention deficit hyperactivity disorder": ["methylphenidate", "Concerta", "atomoxetine", "guanfacine"],
           "ADHD (combined presentation)": ["lisdexamfetamine", "Elvanse", "Vyvanse", "Adderall XR", "Ritalin"],
           "generalised anxiety disorder": ["sertraline"], "major depressive disorder": ["fluoxetine", "sertraline"],
           "autism spectrum disorder": ["melatonin"]}


def dx_med(r):
    dx = r.choice(list(MED_FOR))
    return dx, r.choice(MED_FOR[dx])


def ip(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv", "pub", "v6"])
    if kind == "doc":
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if kind == "priv":
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])
    if kind == "pub":
        return "%d.%d.%d.%d" % (r.choice([81, 86, 91, 101, 145, 177, 185, 201]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))


def student_no(r):
    return r.choice(["S%d%06d" % (r.choice([2021, 2022, 2023, 2024]), r.randint(1, 999999)),
                     "%08d" % r.randint(20000000, 29999999), "U%07d" % r.randint(1000000, 9999999)])


def uln_bad(r):
    # 10-digit learner number shape, guaranteed NOT a valid NHS number (hard negative)
    return re.sub(r"\D", "", bad_nhs(r))


def isbn13(r):
    b = "978" + digits(r, 9)
    ck = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)) % 10) % 10
    s = b + str(ck)
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def course(r):
    return "%s %d-%02d" % (r.choice(["MATH", "CHEM", "HIST", "BIOL", "ECON", "CSCI", "PSYC", "ENGL"]), r.randint(100, 499), r.randint(1, 12))


def room(r):
    return r.choice(["B.2.%02d" % r.randint(1, 40), "Rm %d" % r.randint(101, 340), "LT%d" % r.randint(1, 6), "S-%d" % r.randint(10, 99)])


# ----------------------------------------------------------------------------- template helpers
TEMPLATES = []


def T(n, fmt):
    def deco(fn):
        TEMPLATES.append((fn.__name__, n, fmt, fn))
        return fn
    return deco


def PN(p, form=None):
    return L("PERSON", {"full": p.full, "w": p.western, "lf": p.last_first, "g": p.given, "f": p.family,
                        "caps": p.full.upper(), "init": "%s. %s" % (p.given[0], p.family)}[form or "full"])


def DOB(p, style):
    return L("DATE_OF_BIRTH", fdate(p.dob, style))


def ADDR(r, cc, sep="\n"):
    return L("ADDRESS", sep.join(address(r, cc)))


def PH(r, cc):
    return L("PHONE", phone(r, cc))


def EM(s):
    return L("EMAIL", s)


SCHOOL_NAMES = ["Thurgood Marshall Middle School", "Rosa Parks Elementary", "César Chávez High School",
                "Marie Curie International School", "Emmeline Pankhurst Sixth Form College", "Sojourner Truth Academy",
                "Roberto Clemente Community Academy", "Lycée International Victor Hugo", "Kofi Annan International School",
                "Wangari Maathai Girls' School"]
BUILDINGS = ["Ada Lovelace Building", "Nelson Mandela Hall", "Kofi Annan Lecture Theatre", "Frida Kahlo Studio",
             "Alan Turing Centre", "Chinua Achebe Library", "Rosalind Franklin Labs", "Mary Seacole Wing",
             "Sor Juana Inés de la Cruz Library", "Srinivasa Ramanujan Hall"]
HOLIDAYS = ["Martin Luther King Jr. Day", "Presidents' Day", "Juneteenth", "Diwali", "Eid al-Fitr", "Lunar New Year",
            "Día de los Muertos", "the Early May Bank Holiday", "Thanksgiving Break", "Indigenous Peoples' Day",
            "St. Patrick's Day", "Guy Fawkes Night", "Labor Day", "Victoria Day", "Chuseok"]
COMPANIES = ["Pearson Edexcel", "McGraw Hill", "Johnson Controls", "Dell Technologies", "Ben & Jerry's",
             "Sainsbury's", "Cadbury", "Casio", "Merck Sharp & Dohme", "Wells Fargo"]
ORG = ["Riverside Unified School District", "Harbourview International School", "Northgate College of Further Education",
       "University of Eastmoor", "Colegio Internacional Altamira", "Lakeshore Public Schools"]


def term_date(r, y=2025):
    return fdate(rdate(r, y, y), r.choice(["long", "uslong", "iso"]))


def masked_card(r):
    return r.choice(["**** **** **** %s" % digits(r, 4), "XXXX-XXXX-XXXX-%s" % digits(r, 4), "ending %s" % digits(r, 4)])


def masked_ssn(r):
    return r.choice(["***-**-%s" % digits(r, 4), "XXX-XX-%s" % digits(r, 4)])


# ============================================================================= FORMS / KYC
@T(3, "form")
def f_district_enrolment(r, d, i):
    org = r.choice(["us", "mx", "pr", "us", "co", "vn", "ng"])
    kid = Person(r, org, kind="child")
    g1 = Person(r, org, family=kid.family if r.random() < 0.6 else None)
    g2 = Person(r, org)
    st = r.choice(list(DL_STATES))
    dx, med = dx_med(r)
    d("RIVERSIDE UNIFIED SCHOOL DISTRICT — NEW STUDENT ENROLLMENT (K-12)\n",
      "Form SE-1 rev. 2024-07   Office use: Enrollment #", "E%d-%05d" % (2025, r.randint(1, 99999)), "\n\n",
      "SECTION A. STUDENT\n",
      "Legal name (Last, First, Middle): ", L("PERSON", "%s, %s" % (kid.family, kid.given)), "\n",
      "Preferred name: ", L("PERSON", kid.given), "\n",
      "Date of birth (mm/dd/yyyy): ", DOB(kid, "us"), "    Grade entering: ", str(r.randint(1, 11)), "\n",
      "Birth country: ", COUNTRY[org], "    Home language: ", r.choice(["Spanish", "Vietnamese", "Yoruba", "English", "Spanish/English"]), "\n",
      "Residence address: ", ADDR(r, "us", ", "), "\n",
      "Previous school: ", r.choice(SCHOOL_NAMES), "\n\n",
      "SECTION B. PARENT/GUARDIAN 1\n",
      "Name: ", PN(g1, "w"), "   Relationship: ", r.choice(["Mother", "Father", "Aunt", "Grandmother", "Legal guardian"]), "\n",
      "Cell: ", PH(r, "us"), "   Work: ", PH(r, "us"), "\n",
      "E-mail: ", EM(g1.email(r)), "\n",
      "Driver's license / State ID (for pickup verification): ", st, " ", L("DRIVER_LICENSE", DL_STATES[st][1](r)), "\n\n",
      "SECTION C. PARENT/GUARDIAN 2\n")
    if r.random() < 0.5:
        d("Name: ____________________  Relationship: __________\nCell: (___) ___-____   E-mail: ______________\n\n")
    else:
        d("Name: ", PN(g2, "w"), "\nCell: ", PH(r, org if org != "us" else "us"), "   E-mail: ", EM(g2.email(r)), "\n\n")
    ec = Person(r, r.choice(ORIGINS))
    d("SECTION D. EMERGENCY CONTACT (other than parent)\n",
      "Name: ", PN(ec, "w"), "   Phone: ", PH(r, "us"), "\n\n",
      "SECTION E. HEALTH\n",
      "Does the student have a diagnosed medical condition? [X] Yes [ ] No\n",
      "If yes, describe: ", L("DIAGNOSIS", dx), "\n",
      "Medication taken at school: ", L("MEDICATION", med), " — ", r.choice(["as needed", "daily at lunch", "before PE"]), "\n",
      "Allergies: ", r.choice(["none known", "NKDA"]), "\n\n",
      "Signature of Parent/Guardian: ______________________   Date: ", fdate(rdate(r, 2025, 2025), "us"), "\n")


PASS_LABELS = [("Passport No.", "en"), ("N° de passeport", "fr"), ("Reisepassnummer", "de"), ("Número de pasaporte", "es"),
               ("Numero di passaporto", "it"), ("Nr paszportu", "pl"), ("Pasaport No", "tr"), ("Número do passaporte", "pt"),
               ("Αριθμός διαβατηρίου / Passport", "gr"), ("Số hộ chiếu / Passport No.", "vn"), ("여권번호 Passport No.", "kr")]


@T(4, "form")
def f_intl_admission(r, d, i):
    cc = "us" if i == 0 else r.choice(["fr", "de", "es", "it", "pl", "tr", "gr", "vn", "kr", "jp", "br", "in", "ng", "eg", "mx", "cn", "us", "hk", "id"])
    kid = Person(r, cc, kind="child")
    par = Person(r, cc, family=kid.family if r.random() < 0.5 else None)
    lab = r.choice(PASS_LABELS)
    typ, num = passport(r, cc)
    d("HARBOURVIEW INTERNATIONAL SCHOOL\nApplication for Admission / Demande d'admission — Academic Year 2025/26\n\n",
      "1. Student surname: ", L("PERSON", kid.family.upper()), "\n",
      "   Given name(s): ", L("PERSON", kid.given), "\n",
      "   Date of birth / Date de naissance: ", DOB(kid, r.choice(["eu", "long", "iso"])), "\n",
      "   Nationality: ", COUNTRY[cc], "\n",
      "   ", lab[0], ": ", L(typ, num), "    Expiry: ", fdate(rdate(r, 2027, 2034), "eu"), "\n",
      "   Year group applied for: Year ", str(r.randint(2, 12)), "  (", r.choice(["IB DP", "IGCSE", "MYP", "PYP"]), ")\n\n",
      "2. Parent / Guardian\n",
      "   Full name: ", PN(par, "w"), "\n",
      "   Mobile: ", PH(r, cc), "\n",
      "   Email: ", EM(par.email(r)), "\n",
      "   Home address:\n   ", ADDR(r, cc, "\n   "), "\n\n",
      "3. Learning support\n",
      "   Has your child been assessed for any learning need? ")
    if r.random() < 0.6:
        d("Yes — ", L("DIAGNOSIS", r.choice(["dyslexia", "ADHD", "autism spectrum disorder", "dyscalculia"])),
          " (educational psychologist report attached)\n")
    else:
        d("No\n")
    d("\n4. Sibling at HIS? ", r.choice(["No", "Yes, Year 4 (class 4B)"]), "\n",
      "Application fee receipt: HIS-APP-", str(r.randint(100000, 999999)), "  Amount: USD 350.00\n")


@T(2, "form")
def f_fe_enrolment(r, d, i):
    cc = r.choice(["uk", "ie", "pl", "pk", "bd", "gh", "ng", "pt"])
    s = Person(r, cc, kind="student")
    ec = Person(r, cc)
    d("NORTHGATE COLLEGE OF FURTHER EDUCATION\nLearner Enrolment Form 2025-26 (converted from PDF)\n\n",
      "Learner ref: NCFE", str(r.randint(100000, 999999)), "    ULN: ", uln_bad(r), "\n",
      "Surname .......... ", L("PERSON", s.family), "\n",
      "Forename(s) ...... ", L("PERSON", s.given), "\n",
      "D.O.B. ........... ", DOB(s, "eu"), "\n",
      "NI Number ........ ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    if r.random() < 0.6:
        d("NHS No. (for college health centre) .. ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d("Address .......... ", ADDR(r, "uk", ", "), "\n",
      "Mobile ........... ", PH(r, "uk"), "\n",
      "Course applied: ", r.choice(["Level 3 Extended Diploma in Engineering", "T Level Digital Production", "Access to HE (Nursing)"]),
      "  Code ", "%s/%s" % (r.choice(["ENG", "DIG", "ACC"]), r.randint(3000, 3999)), "\n\n",
      "Do you consider yourself to have a learning difficulty, disability or health problem?  Y\n",
      "Details: ", L("DIAGNOSIS", r.choice(["dyslexia", "dyspraxia", "epilepsy", "Asperger's syndrome", "type 1 diabetes"])), "\n\n",
      "Emergency contact: ", PN(ec, "w"), " (", r.choice(["mum", "dad", "partner", "sister"]), ") tel ", PH(r, cc), "\n",
      "Bursary eligibility evidence seen: [x] Universal Credit letter   [ ] EHCP\n")


@T(5, "form")
def f_finaid(r, d, i):
    v = i % 5
    s = Person(r, ["us", "uk", "de", "es", "br"][v], kind="student")
    d(["UNIVERSITY OF EASTMOOR — Office of Student Financial Aid\nInstitutional Grant Application (Part II: Verification)\n\n",
       "NORTHGATE COLLEGE — 16-19 Bursary Fund: Application and Bank Details\n\n",
       "Universität Eastmoor — Antrag auf Stipendium / Scholarship application\n\n",
       "Universidad de Eastmoor — Solicitud de beca de movilidad (Erasmus+)\n\n",
       "University of Eastmoor — International Scholarship (Brazil partner programme)\n\n"][v])
    d("Applicant: ", PN(s, "w"), "\nStudent ID: ", student_no(r), "\nDate of birth: ", DOB(s, ["us", "eu", "dot", "eu", "eu"][v]), "\n")
    if v == 0:
        par = Person(r, "us")
        d("Student SSN: ", L("US_SSN", ssn(r)), "\nParent 1: ", PN(par, "w"), "  SSN: ", masked_ssn(r), " (on file)\n",
          "Adjusted gross income (2023): $", "{:,}".format(r.randint(18, 95) * 1000), "\n",
          "Direct deposit — routing 0", digits(r, 8), "  account ", digits(r, 10), "\n",
          "Refund card on file: ", masked_card(r), "\n")
    elif v == 1:
        d("NI number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n",
          "Bank account (sort code / account no.): ", L("UK_BANK_ACCOUNT", "%s-%s-%s %s" % (digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 8))), "\n",
          "Household income band: B (£21,000–£30,000)\n")
    elif v == 2:
        d("Steuerliche Identifikationsnummer: ", L("DE_TAX_ID", steuer(r)), "\n",
          "IBAN: ", L("IBAN", iban(r, "DE")), "\n", "Anschrift: ", ADDR(r, "de", ", "), "\n",
          "Matrikelnummer: ", str(r.randint(3000000, 3999999)), "  (nicht die Steuer-ID!)\n")
    elif v == 3:
        d("DNI/NIE: ", L("ES_DNI", dni(r, nie=r.random() < 0.3)), "\n",
          "IBAN (cuenta del/de la estudiante): ", L("IBAN", iban(r, "ES")), "\n",
          "Domicilio: ", ADDR(r, "es", ", "), "\n")
    else:
        d("CPF: ", L("BR_CPF", cpf(r)), "\n", "Passaporte (Brasil): ", L("PASSPORT", PASS_SHAPES["br"](r)), "\n",
          "Endereço: ", ADDR(r, "br", " — "), "\n", "Celular: ", PH(r, "br"), "\n")
    d("\nI certify the information above is true.  Signature: ________  Date: ", fdate(rdate(r, 2025, 2025), "iso"), "\n")


@T(2, "form")
def f_staff_background(r, d, i):
    p = Person(r, r.choice(["us", "pr", "mx", "us", "in", "kr"]))
    st = r.choice(list(DL_STATES))
    d("LAKESHORE PUBLIC SCHOOLS — Human Resources\nFingerprint & Background Check Authorization (Employees / Volunteers)\n\n",
      "Position: ", r.choice(["Paraprofessional", "Bus driver", "School nurse (RN)", "Substitute teacher", "Football coach"]), "\n",
      "Full legal name: ", PN(p, "w"), "\n",
      "Other names used: ", r.choice(["none", "n/a"]), "\n",
      "DOB: ", DOB(p, "us"), "    SSN: ", L("US_SSN", ssn(r)), "\n",
      "Driver license state: ", st, "    DL #: ", L("DRIVER_LICENSE", DL_STATES[st][1](r)), "\n",
      "I-9 List A document: U.S. passport no. ", L("US_PASSPORT", us_passport(r)), "  (exp. ", fdate(rdate(r, 2027, 2035), "us"), ")\n",
      "Current address: ", ADDR(r, "us", ", "), "\n",
      "Previous address (last 5 yrs): ", ADDR(r, r.choice(["us", "pr"]), ", "), "\n",
      "Phone: ", PH(r, "us"), "   Email: ", EM(p.email(r)), "\n\n",
      "Livescan ATI #: ", "%s%07d" % (r.choice(["A", "B"]), r.randint(1, 9999999)), "   ORI: CA0190000\n",
      "Result: ", r.choice(["CLEARED", "PENDING - FBI", "CLEARED (DOJ + FBI)"]), "\n")


@T(3, "form")
def f_blank(r, d, i):
    d(r.choice(["STUDENT EMERGENCY CARD (blank template)", "Medication Authorization Form — TEMPLATE",
                "Guardian Consent Form — Educational Visit (blank)"]), "\n\n",
      "Student Name: ______________________    Student ID: __________\n",
      "Date Of Birth: ___/___/______    Grade/Year: ____    Homeroom: ____\n",
      "Parent/Guardian Name: ______________________\n",
      "Home Address: ______________________________________________\n",
      "Phone Number: (____) ____-______    Email Address: ____________@__________\n",
      "Medical Condition(s): __________________   Medication Name: __________________\n",
      "Dose: ______  Time: ______   Physician Name: ____________   Physician Phone: ____________\n",
      "Health Insurance Member ID: ______________   Passport Number: ______________\n\n",
      "Example entries (do not copy): Student A, Parent/Guardian of Student A, 123 Any Street.\n",
      "Return to the front office by ", term_date(r), ". Office closed for ", r.choice(HOLIDAYS), ".\n")


@T(1, "form")
def f_exam_access(r, d, i):
    s = Person(r, r.choice(["uk", "ie", "in", "pl", "ng", "hk"]), kind="child")
    assessor = Person(r, "uk")
    d("Form 8 — Application for access arrangements (JCQ-style)\n",
      "Centre number: ", "%05d" % r.randint(10000, 79999), "    Candidate number: ", "%04d" % r.randint(1, 9999), "\n",
      "UCI: ", "%05d%s%06d%s" % (r.randint(10000, 79999), r.choice("ABCDEFGHJK"), r.randint(1, 999999), r.choice("ABCDEFGHJKLMN")), "\n",
      "Candidate name: ", PN(s, "w"), "    Date of birth: ", DOB(s, "eu"), "\n\n",
      "Section A (completed by SENCo): candidate has a history of ", L("DIAGNOSIS", r.choice(["dyslexia", "developmental coordination disorder", "ADHD", "dyslexia and dyspraxia"])),
      "; standardised score on below-average speed of reading ", str(r.randint(70, 84)), ".\n",
      "Arrangements requested: 25% extra time; ", r.choice(["reader", "word processor", "rest breaks", "separate invigilation"]), ".\n",
      "Section C (assessor): ", PN(assessor, "w"), ", ", r.choice(["AMBDA", "APC holder", "Educational Psychologist (HCPC)"]), "\n",
      "Exam series: June 2026   Components: 8300/1H, 8300/2H, 8464/B/1H\n")


@T(1, "form")
def f_trip_consent(r, d, i):
    cc = r.choice(["uk", "fr", "es", "it", "in"])
    s = Person(r, cc, kind="child")
    par = Person(r, cc, family=s.family)
    d("Residential Trip Consent — Year 8 Outdoor Education, ", r.choice(["Snowdonia", "Ardèche", "Pyrenees", "Lake District"]), "\n",
      "Dates: ", fdate(rdate(r, 2026, 2026), "long"), " (5 nights)\n\n",
      "Pupil: ", PN(s), "     Tutor group: 8", r.choice("ABCDKLM"), "\n",
      "Date of birth: ", DOB(s, "long"), "\n",
      "GHIC/EHIC card no.: ", "80826%s" % digits(r, 15), "\n",
      "Medical information: ", s.his().capitalize(), " ", L("DIAGNOSIS", r.choice(["asthma", "severe peanut allergy", "type 1 diabetes"])),
      " is well controlled; ", s.he(), " carries ", L("MEDICATION", r.choice(["Ventolin", "EpiPen", "salbutamol"])), ".\n",
      "Contact during trip: ", PN(par, "w"), " — ", PH(r, cc), "\n",
      "Signed (parent/carer): ", L("PERSON", "%s %s" % (par.given[0] + ".", par.family)), "\n")


# ============================================================================= CLINICAL
@T(5, "clinical_note")
def cn_nurse_visit(r, d, i):
    cc = r.choice(ORIGINS)
    s = Person(r, cc, kind="child")
    nurse = Person(r, r.choice(["us", "uk", "ie", "ph" if False else "pr"]))
    dx, med = dx_med(r)
    d("SCHOOL HEALTH OFFICE — VISIT NOTE\n", r.choice(SCHOOL_NAMES), " | ", fdate(rdate(r, 2025, 2025), "us"), " ",
      "%02d:%02d" % (r.randint(8, 14), r.randint(0, 59)), "\n",
      "Student: ", PN(s), "   DOB: ", DOB(s, "us"), "   Grade ", str(r.randint(1, 12)), "   Student # ", student_no(r), "\n",
      "MRN (district health record): ", L("MEDICAL_RECORD_NUMBER", "SH-%07d" % r.randint(1, 9999999)), "\n\n",
      "S: Sent from ", room(r), " by teacher. ")
    if dx == "asthma":
        d("Reports chest tightness after running in PE. Known ", L("DIAGNOSIS", "asthma"), ".\n",
          "O: RR 26, SpO2 94% RA, audible wheeze bilaterally. Peak flow 210 (personal best 320).\n",
          "A/P: Administered ", L("MEDICATION", med), " 4 puffs via spacer per care plan. Recheck at 15 min: SpO2 98%.\n")
    elif "epilepsy" in dx:
        d("Witnessed staring episode ~20 s in class; hx of ", L("DIAGNOSIS", dx), ".\n",
          "O: Alert, oriented x3 at arrival. No injury.\n",
          "A/P: Seizure log updated. Rescue med (", L("MEDICATION", "buccal midazolam"), ") not required. Daily ",
          L("MEDICATION", med), " confirmed given at home.\n")
    elif dx == "type 1 diabetes":
        d("Feels shaky before lunch. Student has ", L("DIAGNOSIS", dx), " (pump).\n",
          "O: CGM 3.4 mmol/L trending down. Pale, diaphoretic.\n",
          "A/P: 15 g fast-acting glucose, recheck 4.9 at 15 min. ", L("MEDICATION", "glucagon"), " kit checked, in date.\n")
    else:
        d("Came for scheduled midday dose.\nA/P: ", L("MEDICATION", med), " given per physician order for ", L("DIAGNOSIS", dx),
          ". Count in locked cabinet reconciled.\n")
    d("Parent notified: ", PH(r, cc if cc in ("us", "pr", "mx") else "us"), " (", r.choice(["left voicemail", "spoke with mother", "spoke with father"]), ")\n",
      "Returned to class at ", "%02d:%02d" % (r.randint(9, 15), r.randint(0, 59)), ".  ", L("PERSON", nurse.western), ", RN\n")


@T(4, "discharge_summary")
def ds_return_to_school(r, d, i):
    cc = r.choice(["uk", "us", "ie", "pk", "gh", "pl"])
    s = Person(r, cc, kind="child")
    doc = Person(r, r.choice(ORIGINS))
    uk = cc in ("uk", "pk", "gh", "pl")
    dx = r.choice(["diabetic ketoacidosis", "status epilepticus", "acute severe asthma", "anaphylaxis"])
    base = {"diabetic ketoacidosis": ("type 1 diabetes", ["insulin glargine", "insulin lispro"]),
            "status epilepticus": ("epilepsy", ["levetiracetam", "buccal midazolam"]),
            "acute severe asthma": ("asthma", ["beclometasone", "salbutamol", "prednisolone"]),
            "anaphylaxis": ("severe peanut allergy", ["EpiPen", "cetirizine"])}[dx]
    d(("EASTMOOR CHILDREN'S HOSPITAL NHS FOUNDATION TRUST\n" if uk else "LAKESHORE CHILDREN'S MEDICAL CENTER\n"),
      "DISCHARGE SUMMARY — copy to school nurse with parental consent\n\n",
      "Patient: ", L("PERSON", s.last_first), "   ", ("NHS No: " if uk else "MRN: "),
      L("UK_NHS_NUMBER", nhs(r)) if uk else L("MEDICAL_RECORD_NUMBER", "%08d" % r.randint(1, 99999999)), "\n")
    if uk:
        d("Hospital no.: ", L("MEDICAL_RECORD_NUMBER", "RX%06d" % r.randint(1, 999999)), "\n")
    else:
        d("Insurance: ", r.choice(["Aetna Student Health", "BlueCross BlueShield PPO", "Medicaid (CHIP)"]), " — Member ID ",
          L("HEALTH_PLAN_ID", "%s%09d" % (r.choice(["XJH", "W", "MCD", "ZGP"]), r.randint(1, 999999999))), "  Group 0", digits(r, 6), "\n")
    d("DOB: ", DOB(s, "eu" if uk else "us"), "   Admitted: ", fdate(rdate(r, 2025, 2025), "eu" if uk else "us"),
      "   Consultant: Dr ", L("PERSON", doc.western), "\n\n",
      "Diagnosis on discharge: ", L("DIAGNOSIS", dx), " on a background of ", L("DIAGNOSIS", base[0]), ".\n",
      "No evidence of ", r.choice(["meningitis", "cardiac arrhythmia", "sepsis"]), ". ", r.choice(["Coeliac screen negative.", "ECG normal."]), "\n\n",
      "Medications on discharge:\n")
    for m in base[1]:
        dose = {"insulin glargine": "14 units at night", "insulin lispro": "per carbohydrate ratio 1:10", "levetiracetam": "250 mg twice daily",
                "buccal midazolam": "10 mg if seizure > 5 min", "beclometasone": "100 micrograms 2 puffs twice daily", "salbutamol": "2-10 puffs PRN",
                "prednisolone": "40 mg once daily for 3 days", "EpiPen": "0.3 mg IM PRN (two devices)", "cetirizine": "10 mg once daily"}[m]
        d("  - ", L("MEDICATION", m), " ", dose, "\n")
    d("\nAdvice for school: individual healthcare plan to be updated; staff training on ", r.choice(["hypo management", "rescue medication", "auto-injector use"]),
      ". May return on ", fdate(rdate(r, 2025, 2025), "long"), ".\n",
      "Ward phone: ", PH(r, "uk" if uk else "us"), "\n")


@T(3, "lab_report")
def lab_student_health(r, d, i):
    cc = r.choice(["us", "in", "cn", "ng", "br", "kr", "uk"])
    s = Person(r, cc, kind="student")
    d("UNIVERSITY OF EASTMOOR STUDENT HEALTH SERVICE — LABORATORY REPORT\n",
      "-" * 66, "\n",
      "Name    : ", L("PERSON", s.last_first), "\n",
      "MRN     : ", L("MEDICAL_RECORD_NUMBER", "EM%07d" % r.randint(1, 9999999)), "      Acc#: A25-", digits(r, 6), "\n",
      "DOB     : ", DOB(s, "dash"), "   Sex: ", s.sex, "\n",
      "Collected: ", fdate(rdate(r, 2025, 2025), "dash"), " 08:", "%02d" % r.randint(0, 59), "   Reported: same day\n",
      "Clinical info: ", L("DIAGNOSIS", r.choice(["type 1 diabetes", "coeliac disease", "anorexia nervosa", "sickle cell disease"])),
      ", on ", L("MEDICATION", r.choice(["insulin glargine", "hydrocortisone", "folic acid", "hydroxyurea"])), "\n",
      "-" * 66, "\n",
      "TEST                     RESULT    FLAG   REF RANGE        UNITS\n")
    for name, lo, hi, u in [("HbA1c", 42, 86, "mmol/mol"), ("Haemoglobin", 95, 150, "g/L"), ("Ferritin", 8, 160, "ug/L"),
                            ("TSH", 0.4, 5.1, "mU/L"), ("tTG-IgA", 0.1, 40, "U/mL")]:
        v = round(r.uniform(lo * 0.8, hi * 1.2), 1)
        d("%-24s %-9s %-6s %-16s %s\n" % (name, v, r.choice(["", "H", "L", ""]), "%s-%s" % (lo, hi), u))
    d("-" * 66, "\nVerified by: BMS ", str(r.randint(100, 999)), "   Method ref: CLSI EP28-A3c   Analyser S/N 10.4.22.186\n")


def hl7_addr(r):
    a = address(r, "us")
    street = a[0]
    city, rest = a[1].split(", ")
    stt, z = rest.split(" ")
    return "%s^^%s^%s^%s" % (street, city, stt, z)


@T(3, "hl7")
def hl7_health_centre(r, d, i):
    s = Person(r, r.choice(["us", "mx", "pr", "kr", "in", "ng"]), kind="student")
    ts = "2025%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(8, 18), r.randint(0, 59))
    typ = i % 3
    d("MSH|^~\\&|EPICCARE|EASTMOOR_SHC|LAB|EASTMOOR|", ts, "||", ["ADT^A04", "ORU^R01", "ADT^A08"][typ], "|MSG", digits(r, 8),
      "|P|2.5.1\r",
      "PID|1||", L("MEDICAL_RECORD_NUMBER", "%08d" % r.randint(1, 99999999)), "^^^EASTMOOR^MR~", student_no(r), "^^^UEM^SN||",
      L("PERSON", "%s^%s" % (strip_acc(s.family).upper().replace(" ", "-"), strip_acc(s.given).upper())), "||",
      L("DATE_OF_BIRTH", fdate(s.dob, "hl7")), "|", s.sex, "|||", L("ADDRESS", hl7_addr(r)), "||",
      L("PHONE", "(%s)%s-%s" % (r.choice(["617", "312", "206"]), r.randint(200, 999), digits(r, 4))),
      "|||S\r",
      "PV1|1|O|SHC^CLINIC2^^EASTMOOR||||", uln_bad(r), "^", L("PERSON", "%s^%s" % (r.choice(["OKAFOR", "LINDQVIST", "HARTMANN"]), r.choice(["ADA", "JONAS", "MEI"]))), "^^^DR\r")
    if typ != 1:
        dx = r.choice([("F90.0", "Attention-deficit hyperactivity disorder"), ("F41.1", "Generalized anxiety disorder"),
                       ("E10.9", "Type 1 diabetes mellitus without complications"), ("G40.909", "Epilepsy, unspecified")])
        d("DG1|1||", dx[0], "^", L("DIAGNOSIS", dx[1]), "^I10||", ts[:8], "|F\r",
          "IN1|1|SHIP01|", digits(r, 5), "|Eastmoor Student Health Insurance Plan|||||GRP", digits(r, 5), "|||||||",
          L("PERSON", "%s^%s" % (strip_acc(s.family).upper().replace(" ", "-"), strip_acc(s.given).upper())), "|SEL|",
          L("DATE_OF_BIRTH", fdate(s.dob, "hl7")), "||||||||||||||||||", L("HEALTH_PLAN_ID", "UEM%08d" % r.randint(1, 99999999)), "\r")
    else:
        d("OBR|1|", digits(r, 9), "|", digits(r, 9), "|4548-4^Hemoglobin A1c^LN|||", ts, "\r",
          "OBX|1|NM|4548-4^Hemoglobin A1c^LN||", str(round(r.uniform(5.2, 10.5), 1)), "|%|4.0-5.6|H|||F\r",
          "NTE|1||Patient with ", L("DIAGNOSIS", "type 1 diabetes"), "; on ", L("MEDICATION", "insulin lispro"), " pump.\r")


@T(3, "fhir_json")
def fhir_bundle(r, d, i):
    cc = r.choice(["us", "uk", "ca", "jp", "eg", "co"])
    s = Person(r, cc, kind="child")
    pid = "pt-%s" % digits(r, 6)
    dx, med = dx_med(r)
    ident = [{"system": "urn:oid:2.16.840.1.113883.3.4421.1", "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", "%d-%06d" % (r.randint(10, 99), r.randint(1, 999999)))}]
    if cc == "uk":
        ident.append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r).replace(" ", ""))})
    addr = address(r, cc)
    pat = {"resourceType": "Patient", "id": pid, "identifier": ident,
           "name": [{"use": "official", "family": L("PERSON", s.family), "given": [L("PERSON", s.given)]}],
           "gender": "female" if s.sex == "F" else "male", "birthDate": L("DATE_OF_BIRTH", fdate(s.dob, "iso")),
           "address": [{"line": [L("ADDRESS", addr[0])], "city": "see line", "country": cc.upper()}],
           "contact": [{"relationship": [{"text": "parent"}], "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc))}]}]}
    refuted = r.choice(["epilepsy", "coeliac disease", "asthma"])
    entries = [pat,
               {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": "Patient/" + pid}},
               {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                "code": {"text": refuted}, "note": [{"text": "ruled out after EEG/serology"}], "subject": {"reference": "Patient/" + pid}},
               {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", med)},
                "dosage": [{"text": "as per school healthcare plan"}], "subject": {"reference": "Patient/" + pid}}]
    if cc == "us":
        entries.append({"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", "%s%09d" % (r.choice(["YRX", "HUM", "K"]), r.randint(1, 999999999))),
                        "payor": [{"display": "Lakeshore Family Health Plan"}], "class": [{"type": {"text": "group"}, "value": "G-" + digits(r, 5)}]})
    emit_json(d, {"resourceType": "Bundle", "type": "collection", "meta": {"source": "school-health-ehr v3.2.1.40"},
                  "entry": [{"fullUrl": "urn:uuid:%08x-0000-4000-8000-%012x" % (r.getrandbits(32), r.getrandbits(48)), "resource": e} for e in entries]})


@T(3, "clinical_note")
def cn_counselling(r, d, i):
    cc = r.choice(ORIGINS)
    s = Person(r, cc, kind="student")
    c = Person(r, r.choice(["uk", "ie", "us", "gr", "qc"]))
    dx = r.choice(["generalised anxiety disorder", "major depressive disorder", "post-traumatic stress disorder", "obsessive-compulsive disorder", "bulimia nervosa"])
    d("STUDENT COUNSELLING SERVICE — INITIAL ASSESSMENT (CONFIDENTIAL)\n",
      "Client: ", PN(s), "  | Student no. ", student_no(r), " | DOB ", DOB(s, "eu"), "\n",
      "Counsellor: ", PN(c, "w"), " (BACP accred.)   Session 1 of 6   Room ", room(r), "\n\n",
      "Presenting issue: ", PN(s, "g"), " ", r.choice(["self-referred", "was referred by personal tutor"]), " after missing ", str(r.randint(3, 9)),
      " seminars. Describes the term as 'a total nightmare' and said the module feels like 'a depression I can't climb out of' — ",
      "discussed this as a figure of speech vs. mood.\n",
      "History: GP diagnosed ", L("DIAGNOSIS", dx), " in ", str(r.randint(2019, 2024)), "; currently prescribed ", L("MEDICATION", r.choice(["sertraline", "fluoxetine", "citalopram", "propranolol"])),
      ". No history of self-harm. Denies ", r.choice(["psychosis", "substance misuse"]), ".\n",
      "Risk: low. Safety plan reviewed. Crisis line and GP details confirmed.\n",
      "Plan: CBT-informed sessions weekly; liaise with Disability Advisory Service re: extensions (with consent).\n",
      "Next appointment: ", fdate(rdate(r, 2025, 2025), "short"), " 14:00\n")


@T(2, "clinical_note")
def cn_mar(r, d, i):
    s = Person(r, r.choice(ORIGINS), kind="child")
    dx = r.choice(["attention deficit hyperactivity disorder", "ADHD (combined presentation)"])
    med = r.choice(MED_FOR[dx])
    staff = [Person(r, r.choice(["us", "uk"])) for _ in range(2)]
    d("MEDICATION ADMINISTRATION RECORD — controlled drug (school)\n",
      "Pupil: ", PN(s), "    DOB: ", DOB(s, r.choice(["eu", "us"])), "    Class: ", str(r.randint(3, 10)), r.choice("ABCD"), "\n",
      "Condition: ", L("DIAGNOSIS", dx), "\n",
      "Drug: ", L("MEDICATION", med.upper() if r.random() < 0.4 else med), "  ", r.choice(["10 mg", "18 mg", "30 mg", "5 mg"]), " oral, 12:15 daily\n",
      "Prescriber letter dated ", fdate(rdate(r, 2025, 2025), "eu"), "  Stock received: 28 tabs\n\n",
      "DATE        TIME   DOSE   GIVEN BY   WITNESS   BALANCE\n")
    bal = 28
    for k in range(r.randint(4, 7)):
        bal -= 1
        d("%02d/%02d/2025  12:%02d  1 tab  " % (r.randint(1, 28), r.randint(9, 11), r.randint(10, 25)),
          L("PERSON", "%s%s" % (staff[0].given[0], staff[0].family[0])) if False else "%s%s" % (staff[0].given[0], staff[0].family[0]), "         ",
          "%s%s" % (staff[1].given[0], staff[1].family[0]), "        ", str(bal), "\n")
    d("\nSignatures: ", PN(staff[0], "w"), " (", "%s%s" % (staff[0].given[0], staff[0].family[0]), "), ", PN(staff[1], "w"),
      " (", "%s%s" % (staff[1].given[0], staff[1].family[0]), ")\n")


@T(2, "lab_report")
def lab_reference_sheet(r, d, i):
    # no patient: paediatric reference intervals handout
    d("PAEDIATRIC REFERENCE INTERVALS — school nursing quick card (v", "%d.%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), r.randint(100, 999)), ")\n",
      "Source: Eastmoor Pathology, approved ", term_date(r), "\n\n",
      "ANALYTE           AGE BAND     RANGE          UNITS\n",
      "Glucose (fasting) 2-18 y       3.5-5.5        mmol/L\n",
      "HbA1c             all          20-42          mmol/mol\n",
      "Haemoglobin       6-12 y       115-155        g/L\n",
      "Peak flow         varies       see chart      L/min\n\n",
      "Notes: hypoglycaemia in a child with type 1 diabetes is <4 mmol/L; treat per individual plan. Values are for\n",
      "training only — no patient data on this card. Template row: Patient Name ______  DOB __/__/____\n")


# ============================================================================= STRUCTURED
@T(2, "csv")
def csv_sis_export(r, d, i):
    sep = ","
    d.t("student_id,last_name,first_name,dob,grade,homeroom,guardian_name,guardian_email,guardian_phone,street,city,state,zip\n")
    for _ in range(r.randint(4, 7)):
        cc = r.choice(ORIGINS)
        s = Person(r, cc, kind="child")
        g = Person(r, cc, family=s.family if r.random() < 0.5 else None)
        a = address(r, "us")
        city, rest = a[1].split(", ")
        stt, z = rest.split(" ")
        csv_row(d, [str(r.randint(100000, 999999)), L("PERSON", s.family), L("PERSON", s.given), L("DATE_OF_BIRTH", fdate(s.dob, "iso")),
                    str(r.randint(0, 12)), room(r), L("PERSON", g.western), EM(g.email(r)) if r.random() < 0.85 else "",
                    PH(r, "us"), L("ADDRESS", a[0]), city, stt, z])


@T(3, "tsv")
def tsv_gradebook(r, d, i):
    crs = course(r)
    d("# Gradebook export\t", crs, "\t", r.choice(["Fall", "Spring"]), " 2025\tinstructor=", r.choice(["staff", "TBA"]), "\n")
    d.t("student_no\tname\tHW1\tHW2\tMidterm\tFinal\tLetter\n")
    anon = (i == 2)
    for _ in range(r.randint(5, 8)):
        s = Person(r, r.choice(ORIGINS), kind="student")
        sc = [r.randint(55, 100) for _ in range(4)]
        avg = sum(sc) / 4
        letter = "A" if avg >= 90 else "B+" if avg >= 85 else "B" if avg >= 80 else "C+" if avg >= 75 else "C"
        csv_row(d, [student_no(r), ("Student %s" % r.choice("ABCDEFGHJK")) if anon else L("PERSON", s.last_first)] + [str(x) for x in sc] + [letter], sep="\t")


@T(3, "json")
def json_admissions_api(r, d, i):
    cc = r.choice(["in", "cn", "ng", "vn", "tr", "pk", "bd", "gh", "ke", "eg", "id", "co", "br", "mx"])
    s = Person(r, cc, kind="student")
    typ, num = passport(r, cc)
    g = Person(r, cc)
    doc = {"applicationId": "UEM-UG-2026-%06d" % r.randint(1, 999999), "status": r.choice(["conditional_offer", "submitted", "cas_issued"]),
           "programme": {"code": r.choice(["BSc-CS-4", "MEng-ME-5", "BA-ECON-3"]), "entryTerm": "2026-09"},
           "applicant": {"givenName": L("PERSON", s.given), "familyName": L("PERSON", s.family), "dateOfBirth": L("DATE_OF_BIRTH", fdate(s.dob, "iso")),
                         "nationality": cc.upper(), "email": EM(s.email(r)), "mobile": L("PHONE", phone(r, cc)),
                         "passport": {"number": L(typ, num), "issuingCountry": COUNTRY[cc], "expiry": fdate(rdate(r, 2028, 2035), "iso")},
                         "homeAddress": L("ADDRESS", ", ".join(address(r, cc)))},
           "sponsor": {"name": L("PERSON", g.western), "relationship": "parent", "phone": L("PHONE", phone(r, cc))},
           "qualifications": [{"board": r.choice(["CBSE", "WAEC", "Gaokao", "IB"]), "score": r.choice(["94.2%", "A1 B2 A1", "38/45"]), "year": 2025}],
           "englishTest": {"type": "IELTS Academic", "overall": r.choice([6.5, 7.0, 7.5]), "trf": "25%s%s%s" % (cc.upper(), digits(r, 6), r.choice(["A", "B"]))},
           "meta": {"client": "apply-portal/5.18.2", "submittedAt": "2025-%02d-%02dT%02d:%02d:11Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))}}
    if r.random() < 0.4:
        doc["applicant"]["disability"] = {"declared": True, "detail": L("DIAGNOSIS", r.choice(["dyslexia", "autism spectrum disorder", "hearing impairment"]))}
    emit_json(d, doc)


@T(3, "ndjson")
def ndjson_sso(r, d, i):
    users = [Person(r, r.choice(ORIGINS), kind="student") for _ in range(3)]
    for k in range(r.randint(5, 8)):
        u = r.choice(users)
        ev = r.choice(["login.success", "login.failure", "mfa.challenge", "token.refresh"])
        obj = {"ts": "2025-11-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
               "event": ev, "user": EM("%s@student.eastmoor.ac.uk" % u.email_local), "src_ip": L("IP_ADDRESS", ip(r)),
               "app": r.choice(["moodle", "canvas", "office365", "library-proxy"]), "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.6778.86",
               "idp_version": "%d.%d.%d.%d" % (r.randint(2, 5), r.randint(0, 12), r.randint(0, 9), r.randint(100, 999))}
        if ev == "login.failure":
            obj["reason"] = "bad_password"
        emit_json(d, obj, compact=True)
        d.t("\n")


@T(3, "yaml")
def yaml_sen_plan(r, d, i):
    cc = r.choice(ORIGINS)
    s = Person(r, cc, kind="child")
    sen = Person(r, r.choice(["uk", "ie", "in", "ng"]))
    dx = r.choice(["autism spectrum disorder", "dyslexia", "epilepsy", "cerebral palsy", "selective mutism", "Down syndrome"])
    d("# SEN Support Plan — exported from provision-map tool v2.14.0\n",
      "plan_id: SEN-", str(r.randint(10000, 99999)), "\n",
      "pupil:\n  name: ", PN(s), "\n  upn: ", "%s%012d" % (r.choice("ABCDEFGH"), r.randint(1, 999999999999)), "\n",
      "  dob: ", DOB(s, "iso"), "\n  year_group: ", str(r.randint(1, 11)), "\n",
      "  home_address: |\n    ", ADDR(r, "uk" if r.random() < 0.6 else cc, "\n    "), "\n",
      "needs:\n  primary_area: ", r.choice(["Communication and interaction", "Cognition and learning", "Physical and sensory"]), "\n",
      "  diagnosis: ", L("DIAGNOSIS", dx), "\n")
    if dx == "epilepsy":
        d("  medication:\n    - name: ", L("MEDICATION", r.choice(["levetiracetam", "lamotrigine"])), "\n      time: '08:00 at home'\n",
          "    - name: ", L("MEDICATION", "buccal midazolam"), "\n      time: rescue, seizure > 5 min\n")
    d("outcomes:\n  - 'Uses visual timetable independently by end of spring term'\n  - 'Reads 60 wcpm at Book Band 7'\n",
      "key_worker: ", PN(sen, "w"), "\n",
      "review_dates: [", term_date(r, 2025), ", ", term_date(r, 2026), "]\n",
      "parent_contact: ", PH(r, "uk"), "\n")


@T(2, "csv")
def csv_alumni_donors(r, d, i):
    d.t("constituent_id,full_name,class_year,email,phone,mailing_address,last_gift,card_on_file,notes\n")
    for _ in range(r.randint(4, 6)):
        cc = r.choice(ORIGINS)
        p = Person(r, cc)
        csv_row(d, ["C%07d" % r.randint(1, 9999999), PN(p, "w"), str(r.randint(1975, 2020)), EM(p.email(r)), PH(r, cc),
                    L("ADDRESS", ", ".join(address(r, cc))), "$%d.00" % r.choice([25, 50, 100, 250, 1000]), masked_card(r),
                    r.choice(["Gave to " + r.choice(BUILDINGS) + " fund", "Reunion 2025", "", "Do not solicit"])])


@T(3, "csv")
def csv_payroll(r, d, i):
    v = i % 3
    if v == 0:
        d.t("EmpNo,Surname,Forename,NI_Number,Tax_Code,Sort_Code,Account_No,Gross,Net\n")
        for _ in range(r.randint(3, 6)):
            p = Person(r, r.choice(["uk", "ie", "pl", "in", "ng", "gh", "pk"]))
            csv_row(d, ["E%05d" % r.randint(1, 99999), L("PERSON", p.family), L("PERSON", p.given), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)),
                        r.choice(["1257L", "BR", "D0", "1257L M1"]), "%s-%s-%s" % (digits(r, 2), digits(r, 2), digits(r, 2)),
                        L("UK_BANK_ACCOUNT", digits(r, 8)), "%d.%02d" % (r.randint(1800, 5200), r.randint(0, 99)), "%d.%02d" % (r.randint(1400, 3900), r.randint(0, 99))])
    elif v == 1:
        d.t("employee_id,name,ssn,dob,position,school,pay_rate\n")
        for _ in range(r.randint(3, 6)):
            p = Person(r, r.choice(["us", "pr", "mx", "kr", "in"]))
            csv_row(d, [str(r.randint(10000, 99999)), PN(p, "lf"), L("US_SSN", ssn(r)) if r.random() < 0.7 else masked_ssn(r),
                        L("DATE_OF_BIRTH", fdate(p.dob, "us")), r.choice(["Teacher II", "Custodian", "Para", "Counselor"]), r.choice(SCHOOL_NAMES), "%d.%02d" % (r.randint(18, 60), r.randint(0, 99))])
    else:
        d.t("Personalnummer;Name;Vorname;Steuer-ID;IBAN;Geburtsdatum;Kostenstelle\n")
        for _ in range(r.randint(3, 6)):
            p = Person(r, r.choice(["de", "tr", "pl", "gr", "it"]))
            csv_row(d, [str(r.randint(1000, 9999)), L("PERSON", p.family), L("PERSON", p.given), L("DE_TAX_ID", re.sub(r"\D", "", steuer(r))),
                        L("IBAN", iban(r, "DE", spaced=False)), L("DATE_OF_BIRTH", fdate(p.dob, "dot")), "KST-%d" % r.randint(100, 499)], sep=";")


@T(2, "json")
def json_timetable(r, d, i):
    slots = []
    for k in range(r.randint(4, 7)):
        slots.append({"section": course(r), "room": room(r), "building": r.choice(BUILDINGS), "day": r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]),
                      "start": "%02d:%02d" % (r.randint(8, 16), r.choice([0, 15, 30, 45])), "durationMin": r.choice([50, 75, 110]),
                      "instructor": r.choice(["TBA", "Staff", "Instructor of Record"]), "isbn": isbn13(r), "capacity": r.randint(12, 240)})
    emit_json(d, {"term": "2026SP", "generated": "2025-11-%02dT06:00:00Z" % r.randint(1, 28), "schema": "timetable/1.4.0",
                  "noClassDays": [r.choice(HOLIDAYS), r.choice(HOLIDAYS)], "sections": slots})


@T(2, "csv")
def csv_course_catalogue(r, d, i):
    d.t("module_code,title,credits,level,convenor,core_text_isbn,room,exam_date\n")
    titles = ["Cell Biology and Disease", "Pharmacology I: Drug Classes", "Victorian Literature", "Thermodynamics", "Epidemiology of Diabetes",
              "Child Development and Autism Research", "Econometrics", "The Great Depression: 1929-39"]
    for t in r.sample(titles, r.randint(4, 6)):
        csv_row(d, ["%s%d%02d" % (r.choice(["BIO", "PHA", "ENG", "MEC", "PUB", "PSY", "ECO", "HIS"]), r.randint(1, 3), r.randint(1, 99)), t, r.choice([15, 20, 30]),
                    r.randint(4, 7), "TBC", isbn13(r), room(r), term_date(r, 2026)])


@T(2, "yaml")
def yaml_lms_config(r, d, i):
    d("# LMS integration config — no personal data\nservice: canvas-sync\nversion: ", "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9)), "\n",
      "upstream:\n  sis_base_url: https://sis.internal.example/api/v2\n  bind_addr: 0.0.0.0:8443\n  health: http://127.0.0.1:9090/healthz\n",
      "saml:\n  entity_oid: 1.3.6.1.4.1.", str(r.randint(1000, 60000)), ".1.2\n  attribute_map:\n    eduPersonPrincipalName: username\n    mail: email\n",
      "schedule:\n  full_sync: '0 2 * * *'\n  terms: [2025FA, 2026SP]\n  blackout: ['", r.choice(HOLIDAYS), "', 'exam week']\n",
      "placeholders:\n  student_name: '{{ student.first_name }} {{ student.last_name }}'\n  guardian_email: ''\n",
      "release_build: ", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 255), r.randint(1000, 9999)), "\n")


@T(2, "ndjson")
def ndjson_nurse_events(r, d, i):
    for _ in range(r.randint(3, 5)):
        s = Person(r, r.choice(ORIGINS), kind="child")
        dx, med = dx_med(r)
        emit_json(d, {"visit_id": "V%06d" % r.randint(1, 999999), "school": r.choice(SCHOOL_NAMES), "student": PN(s), "dob": DOB(s, "iso"),
                      "reason": r.choice(["scheduled med", "headache", "wheeze", "low BG"]),
                      "note": M("Known ", L("DIAGNOSIS", dx), "; ", L("MEDICATION", med), " given"),
                      "disposition": r.choice(["back to class", "sent home", "parent collected"])}, compact=True)
        d.t("\n")


@T(4, "json")
def json_scholarship(r, d, i):
    v = i % 4
    s = Person(r, ["in", "it", "es", "br"][v], kind="student")
    ids = [{"aadhaar": L("IN_AADHAAR", aadhaar(r)), "pan_masked": "XXXXX%sX" % digits(r, 4)},
           {"codiceFiscale": L("IT_FISCAL_CODE", codice_fiscale(s)), "iban": L("IBAN", iban(r, "IT"))},
           {"dni": L("ES_DNI", dni(r)), "iban": L("IBAN", iban(r, "ES"))},
           {"cpf": L("BR_CPF", cpf(r)), "cpf_responsavel": "***.%s.***-**" % digits(r, 3)}][v]
    emit_json(d, {"scheme": ["Commonwealth Shared Scholarship", "Borsa di studio Erasmus+", "Beca Santander Movilidad", "Bolsa Ciência Global"][v], "ref": "SCH-%05d" % r.randint(1, 99999),
                  "applicant": {"name": PN(s, "w"), "birthDate": DOB(s, "iso"), "email": EM(s.email(r)), "ids": ids},
                  "household_income_band": r.choice(["<2L INR", "ISEE < 23.000", "tramo 2", "faixa B"]), "gpa": round(r.uniform(2.8, 4.0), 2),
                  "references": [{"name": "Referee 1", "email": ""}]})


# ============================================================================= LOGS
def ts(r, style="iso"):
    y, mo, dd = 2025, r.randint(9, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    if style == "iso":
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, dd, h, mi, s)
    if style == "clf":
        return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (dd, MON[mo - 1][:3], y, h, mi, s)
    return "%s %2d %02d:%02d:%02d" % (MON[mo - 1][:3], dd, h, mi, s)


@T(4, "log")
def log_sso_kv(r, d, i):
    users = [Person(r, r.choice(ORIGINS), kind="student") for _ in range(3)]
    for _ in range(r.randint(6, 9)):
        u = r.choice(users)
        k = r.random()
        if k < 0.55:
            d(ts(r), " level=info svc=shibboleth-idp event=auth result=", r.choice(["ok", "ok", "fail"]), " user=",
              EM("%s@%s" % (u.email_local, r.choice(["student.eastmoor.ac.uk", "eastmoor.edu", "harbourview.school"]))),
              " src=", L("IP_ADDRESS", ip(r)), " sp=", r.choice(["https://moodle.eastmoor.ac.uk/shibboleth", "urn:mace:canvas"]), "\n")
        elif k < 0.8:
            d(ts(r), " level=warn svc=radius event=eduroam_reject mac=", ":".join("%02x" % r.randint(0, 255) for _ in range(6)),
              " nas=", L("IP_ADDRESS", ip(r, "priv")), " reason=cert_expired\n")
        else:
            d(ts(r), " level=info svc=idp-admin event=deploy version=", "%d.%d.%d.%d" % (r.randint(3, 5), r.randint(0, 9), r.randint(0, 9), r.randint(1, 500)),
              " node=idp0", str(r.randint(1, 4)), " health=http://127.0.0.1:8080/idp/status\n")


@T(3, "log")
def log_lms_access(r, d, i):
    for _ in range(r.randint(6, 9)):
        path = r.choice(["/course/view.php?id=%d" % r.randint(100, 9999), "/mod/quiz/attempt.php?attempt=%d" % r.randint(1000, 99999),
                         "/login/index.php", "/pluginfile.php/%d/mod_resource/content/1/%s.pdf" % (r.randint(1, 9999), course(r).replace(" ", "_"))])
        d(L("IP_ADDRESS", ip(r)), " - ", r.choice(["-", "-", "s%07d" % r.randint(1, 9999999)]), " [", ts(r, "clf"), "] \"GET ", path,
          " HTTP/1.1\" ", r.choice(["200", "200", "302", "404", "403"]), " ", str(r.randint(200, 90000)),
          " \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4.1 Safari/605.1.15\"\n")


@T(3, "log")
def log_attendance(r, d, i):
    kids = [Person(r, r.choice(ORIGINS), kind="child") for _ in range(4)]
    teacher = Person(r, r.choice(["us", "uk", "ie", "fr"]))
    d("# attendance+behaviour journal  export=", "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)), "  school=", r.choice(SCHOOL_NAMES), "\n")
    for _ in range(r.randint(6, 9)):
        k = r.choice(kids)
        if r.random() < 0.6:
            d(ts(r, "iso"), " ATT period=", str(r.randint(1, 6)), " section=", course(r), " student=\"", PN(k, "lf"), "\" code=",
              r.choice(["L (late 12m)", "U (unauthorised)", "M (medical)", "/ (present)"]), " by=", L("PERSON", teacher.family.upper()), "\n")
        else:
            d(ts(r, "iso"), " BEH student=\"", PN(k, "lf"), "\" pts=-", str(r.randint(1, 3)), " note=\"", r.choice([
                "refused to hand in phone in %s" % room(r), "left %s without permission" % r.choice(BUILDINGS),
                "disruptive during %s starter" % course(r)]), "\"\n")


@T(3, "log")
def log_nurse_journal(r, d, i):
    d("health-office-journal ", r.choice(SCHOOL_NAMES), "\n")
    for _ in range(r.randint(4, 7)):
        s = Person(r, r.choice(ORIGINS), kind="child")
        if r.random() < 0.7:
            dx, med = dx_med(r)
            d(ts(r, "sys"), " nurse-pc01 hlog[", str(r.randint(100, 9999)), "]: visit student=", PN(s, "init"), " cond=", L("DIAGNOSIS", dx),
              " med=", L("MEDICATION", med.upper()), " outcome=", r.choice(["RTC", "home", "911"]), "\n")
        else:
            d(ts(r, "sys"), " nurse-pc01 hlog[", str(r.randint(100, 9999)), "]: visit student=", PN(s, "init"), " complaint=",
              r.choice(["headache", "scraped knee", "stomach ache", "nosebleed"]), " action=ice/rest outcome=RTC\n")
    d(ts(r, "sys"), " nurse-pc01 hlog[1]: stock check epinephrine auto-injector (spare, generic use) lot ", digits(r, 6), " exp 2026-", "%02d" % r.randint(1, 12), "\n")


@T(4, "log")
def log_build_no_pii(r, d, i):
    for _ in range(r.randint(7, 11)):
        d(ts(r), " ", r.choice(["INFO", "INFO", "WARN", "DEBUG"]), " ", r.choice([
            "sis-etl: batch %d complete rows=%d elapsed=%.2fs" % (r.randint(1, 999), r.randint(100, 90000), r.uniform(0.5, 90)),
            "deploy: timetable-service %d.%d.%d.%d rolled out to 3/3 pods" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 40), r.randint(100, 999)),
            "snmp: oid 1.3.6.1.2.1.%d.%d.%d value=%d" % (r.randint(1, 30), r.randint(1, 9), r.randint(1, 99), r.randint(0, 9999)),
            "cron: archive term %s grades (section %s) -> s3://sis-archive/%d/" % (r.choice(["2025FA", "2025SU"]), course(r), r.randint(1000, 9999)),
            "printer: %s queue paused, %d jobs" % (room(r), r.randint(1, 30)),
            "roster-sync: skipped record student_name='' guardian_email='' (empty template row)",
            "calendar: no classes on %s" % r.choice(HOLIDAYS),
            "bookshop: order ORD-%d ISBN %s shipped tracking 1Z%s" % (r.randint(10000, 99999), isbn13(r), "".join(r.choice("ABCDEFGHJK0123456789") for _ in range(16))),
            "lb: health ok upstream=127.0.0.1:%d build=%s" % (r.randint(3000, 9000), "%x" % r.getrandbits(40))]), "\n")


@T(2, "log")
def log_sis_audit(r, d, i):
    staff = [Person(r, r.choice(["us", "uk", "in", "ie"])) for _ in range(2)]
    for _ in range(r.randint(5, 8)):
        st = r.choice(staff)
        kid = Person(r, r.choice(ORIGINS), kind="child")
        act = r.random()
        d(ts(r), " audit actor=", EM("%s@lakeshore.k12.example.us" % st.email_local), " ip=", L("IP_ADDRESS", ip(r, r.choice(["priv", "doc"]))), " ")
        if act < 0.4:
            d("action=VIEW record=student/", str(r.randint(100000, 999999)), " name=\"", PN(kid), "\"\n")
        elif act < 0.7:
            d("action=UPDATE field=date_of_birth student=\"", PN(kid), "\" old=", L("DATE_OF_BIRTH", fdate(rdate(r, 2010, 2018), "iso")), " new=", DOB(kid, "iso"), "\n")
        else:
            d("action=EXPORT report=\"Immunization compliance\" rows=", str(r.randint(10, 900)), " format=csv\n")


@T(2, "log")
def log_door_access(r, d, i):
    for _ in range(r.randint(6, 9)):
        d(ts(r, "sys"), " acs-ctl", str(r.randint(1, 4)), " door=\"", r.choice(BUILDINGS), " ", r.choice(["North", "Main", "Lab 2"]), "\" badge=",
          uln_bad(r), " result=", r.choice(["GRANTED", "GRANTED", "DENIED"]), " fw=", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 40), r.randint(0, 200)), "\n")


@T(2, "log")
def log_mailer(r, d, i):
    for _ in range(r.randint(4, 6)):
        p = Person(r, r.choice(ORIGINS))
        d(ts(r, "sys"), " mx1 postfix/smtp[", str(r.randint(1000, 40000)), "]: ", "%X" % r.getrandbits(40), ": to=<", EM(p.email(r)), ">, relay=",
          r.choice(["gmail-smtp-in.l.google.com", "mx.outlook.com"]), "[", L("IP_ADDRESS", ip(r, r.choice(["doc", "pub"]))), "]:25, delay=",
          "%.1f" % r.uniform(0.2, 5), ", status=sent (250 2.0.0 OK) subject=\"", r.choice(["Weekly newsletter", "Report card available", "Trip reminder"]), "\"\n")


# ============================================================================= EMAIL / CHAT / TICKET
@T(3, "email")
def em_parent_teacher(r, d, i):
    cc = r.choice(ORIGINS)
    kid = Person(r, cc, kind="child")
    par = Person(r, cc, family=kid.family if r.random() < 0.6 else None)
    t = Person(r, r.choice(["us", "uk", "ie", "qc", "es"]))
    dx, med = dx_med(r)
    pe, te = par.email(r), "%s@harbourview.school" % t.email_local
    d("From: ", PN(par, "w"), " <", EM(pe), ">\nTo: ", EM(te), "\nSubject: ", kid.given if False else "", "Re: ",
      r.choice(["absence yesterday", "medication at school", "homework club", "new care plan"]), "\nDate: ", ts(r), "\n\n",
      r.choice(["Dear ", "Hi ", "Hello "]), ["Mr", "Ms", "Mx"][r.randint(0, 2)], " ", L("PERSON", t.family), ",\n\n",
      "Thank you for your note. ", PN(kid, "g"), " was off on ", r.choice(["Monday", "Thursday"]), " because ", kid.he(),
      " had a flare-up of ", kid.his(), " ", L("DIAGNOSIS", dx), ". The doctor has changed ", kid.his(), " prescription to ",
      L("MEDICATION", med), ", so please could the office update the form? I dropped the signed copy at reception.\n",
      "Not the same thing, but I loved the ", r.choice(["Black Death", "measles", "Spanish flu"]), " project ", kid.he(), " did in history — ",
      "the whole class seems to have caught the bug for research!\n\n",
      "Best wishes,\n", PN(par, "g"), "\n", PH(r, cc), "\n\n",
      "> On ", fdate(rdate(r, 2025, 2025), "short"), ", ", L("PERSON", "%s %s" % (t.given, t.family)), " <", EM(te), "> wrote:\n",
      "> Dear parent/guardian, ", PN(kid, "g"), " missed the ", course(r), " quiz in ", room(r), ". ",
      "Please let me know if there is anything I should be aware of.\n")


@T(2, "email")
def em_registry(r, d, i):
    s = Person(r, r.choice(ORIGINS), kind="student")
    reg = Person(r, "uk")
    d("From: ", EM("registry@eastmoor.ac.uk"), "\nTo: ", EM(s.email(r)), "\nSubject: Transcript request TR-", str(r.randint(10000, 99999)), "\n\n",
      "Dear ", PN(s, "g"), ",\n\nWe have received your request for an official transcript. To verify your identity we matched:\n",
      "  Name: ", PN(s, "w"), "\n  Student number: ", student_no(r), "\n  Date of birth: ", DOB(s, "long"), "\n",
      "  Programme: BSc (Hons) ", r.choice(["Biomedical Science", "Economics", "Architecture"]), ", graduated ", term_date(r, 2024), "\n\n",
      "The transcript (final GPA ", "%.2f" % r.uniform(2.5, 4.0), ", classification 2:1) will be sent by DHL, tracking ", "%010d" % r.randint(1, 9999999999) if False else "JD01460000" + digits(r, 8),
      ".\nThe graduation ceremony is in the ", r.choice(BUILDINGS), ".\n\nKind regards,\n", PN(reg, "w"), "\nAcademic Registry | ", L("PHONE", "+44 114 %s %s" % (r.randint(200, 299), digits(r, 4))), "\n")


@T(3, "email")
def em_visa(r, d, i):
    cc = r.choice(["in", "cn", "ng", "pk", "bd", "vn", "eg", "tr", "co", "gh", "ke", "id", "hk"])
    s = Person(r, cc, kind="student")
    off = Person(r, r.choice(["uk", "ie"]))
    typ, num = passport(r, cc)
    d("From: ", PN(off, "w"), " <", EM("international@eastmoor.ac.uk"), ">\nTo: ", EM(s.email(r)), "\nCc: ", EM("cas-team@eastmoor.ac.uk"), "\n",
      "Subject: CAS issued — please check your details\n\n",
      "Dear ", PN(s, "g"), ",\n\nYour Confirmation of Acceptance for Studies has been assigned. Please check the details below against your passport:\n\n",
      "Family name: ", L("PERSON", s.family.upper()), "\nGiven names: ", L("PERSON", s.given.upper()), "\n",
      "Date of birth: ", DOB(s, "eu"), "\nNationality: ", COUNTRY[cc], "\n",
      r.choice(["Passport number: ", "Travel document no.: ", "Passport no: "]), L(typ, num), "\n",
      "CAS number: E4G", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11)), "\n",
      "Course: ", r.choice(["MSc Data Science", "LLM International Law", "MA Education"]), " (start ", term_date(r, 2026), ")\n\n",
      "If anything is wrong, reply before ", term_date(r, 2026), ". Do not book biometrics until the CAS is correct.\n\n",
      "Regards,\n", PN(off, "g"), "\nInternational Student Advice Team\n")


@T(2, "chat")
def chat_parent_teacher(r, d, i):
    cc = r.choice(ORIGINS)
    kid = Person(r, cc, kind="child")
    par = Person(r, cc)
    t = Person(r, r.choice(["us", "uk", "qc", "es", "pt"]))
    cdx, cmed = r.choice([("ADHD", "Concerta"), ("ADHD", "guanfacine"), ("anxiety", "sertraline"), ("epilepsy", "lamotrigine"), ("asthma", "Ventolin")])
    clock = [r.randint(15, 16) * 60 + r.randint(0, 59)]
    lines = [
        (t, ["Hi! Quick one — ", PN(kid, "g"), " was very quiet today, everything ok?"]),
        (par, ["hi sorry for late reply. ", kid.he(), " started new meds for ", kid.his(), " ", L("DIAGNOSIS", cdx), " this week"]),
        (par, ["it's ", L("MEDICATION", cmed), ", dr said may be tired first week"]),
        (t, ["Thanks for letting me know. I'll keep an eye and let the nurse know. Can you send the form to ", EM("nurse@harbourview.school"), "?"]),
        (par, ["yes will do. my new number is ", PH(r, cc), " pls update"]),
        (t, ["Done 👍 See you at parents' evening (slot 17:40, ", room(r), ")"]),
    ]
    for who, parts in lines:
        clock[0] += r.randint(1, 40)
        hh = "%02d:%02d" % (clock[0] // 60, clock[0] % 60)
        d("[", hh, "] ", L("PERSON", who.given if who is par else "%s %s" % (["Mr", "Ms"][r.randint(0, 1)], who.family))
          if False else "", "")
        if who is par:
            d(L("PERSON", who.western), ": ")
        else:
            d("Ms " if t.sex == "F" else "Mr ", L("PERSON", t.family), ": ")
        d(*parts)
        d("\n")


@T(3, "chat")
def chat_staff(r, d, i):
    a, b = Person(r, r.choice(["uk", "ie", "us"])), Person(r, r.choice(["in", "ng", "gr", "pl"]))
    if i == 2:
        for who, msg in [(a, "is LT3 free period 4 tomorrow?"), (b, "no, booked for the %s mock. try %s" % (course(r), room(r))),
                         (a, "ok. also the %s is closed for %s" % (r.choice(BUILDINGS), r.choice(HOLIDAYS))), (b, "👍")]:
            d(who.given if False else "", "")
            d(L("PERSON", who.given), ": ", msg, "\n")
        return
    kid = Person(r, r.choice(ORIGINS), kind="child")
    d(L("PERSON", a.given), ": DSL heads-up — ", PN(kid), " (Y", str(r.randint(7, 11)), ") disclosed something at break. logged on CPOMS\n",
      L("PERSON", b.given), ": thanks. is it the same address as on SIMS? ", ADDR(r, "uk", ", "), "?\n",
      L("PERSON", a.given), ": yes. mum's mobile ", PH(r, "uk"), ". dad not to collect (court order)\n",
      L("PERSON", b.given), ": ok, I'll call MASH. don't discuss in the staffroom pls\n")


@T(2, "ticket")
def tk_it_helpdesk(r, d, i):
    s = Person(r, r.choice(ORIGINS), kind="student")
    tech = Person(r, r.choice(["uk", "in", "pl", "ph" if False else "ie"]))
    d("Ticket #INC", str(r.randint(100000, 999999)), "  Priority: P3  Queue: Student IT\n",
      "Requester: ", PN(s, "w"), " <", EM("%s@student.eastmoor.ac.uk" % s.email_local), ">\n",
      "Subject: cant log in to ", r.choice(["moodle", "eduroam", "outlook", "turnitin"]), " since update\n\n",
      "hi, since the app update (v", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 40), r.randint(100, 999)),
      ") i cant sign in, it says account locked. my personal email is ", EM(s.email(r)), " if you need it. ",
      "im in ", r.choice(BUILDINGS), " room ", room(r), ".\n\n",
      "--- internal note (", PN(tech, "w"), ") ---\n",
      "Lockout from ", L("IP_ADDRESS", ip(r, r.choice(["pub", "doc"]))), " (", r.choice(["VPN exit", "halls wifi"]), ") x12. Cleared; MFA re-registered. ",
      "Student ID checked against SIS. Resolved.\n")


@T(3, "ticket")
def tk_facilities(r, d, i):
    d("FAC-", str(r.randint(1000, 9999)), " | ", r.choice(BUILDINGS), " | ", room(r), "\n",
      "Reported by: Reception (Student A says)\n",
      r.choice(["Projector in lecture theatre flickers; firmware 4.2.10.88.", "Heating off in wing since half term.",
                "Water fountain near the Florence Nightingale Room leaking."]), "\n",
      "Asset tag AT-", str(r.randint(10000, 99999)), "  PO ", str(r.randint(4500000000, 4599999999)), "\n",
      "Target: before ", r.choice(HOLIDAYS), ". Contractor: ", r.choice(COMPANIES), ".\nStatus: open\n")


@T(3, "email")
def em_newsletter(r, d, i):
    d("Subject: Friday Bulletin — week ", str(r.randint(1, 38)), "\nFrom: Head's Office\n\n",
      "Dear Parents/Guardians,\n\nA reminder that school is closed on ", r.choice(HOLIDAYS), " and for ", r.choice(HOLIDAYS), ". ",
      "The new ", r.choice(BUILDINGS), " opens after half term, and the ", r.choice(["Duke of Edinburgh's Award", "Nobel Prize assembly", "Shakespeare festival"]),
      " group leaves on ", term_date(r), ".\n\n",
      "Health week: Year 9 are learning about type 2 diabetes, asthma and how an EpiPen works; Year 11 biology covers malaria and tuberculosis. ",
      "No pupil information is shared in these lessons.\n\n",
      "Mock exams: ", term_date(r), " – ", term_date(r), " (timetables on the portal). Uniform supplier: ", r.choice(COMPANIES), ".\n\n",
      "With best wishes,\nThe Senior Leadership Team\n")


@T(2, "email")
def em_safeguarding(r, d, i):
    kid = Person(r, r.choice(ORIGINS), kind="child")
    dsl = Person(r, "uk")
    sw = Person(r, r.choice(["uk", "ng", "ie"]))
    d("From: ", PN(dsl, "w"), " <", EM("dsl@northgate.sch.example.uk"), ">\nTo: ", PN(sw, "w"), " <", EM("%s@children.eastmoorcouncil.example.uk" % sw.email_local), ">\n",
      "Subject: OFFICIAL-SENSITIVE referral — ", PN(kid, "init"), "\n\n",
      "Dear ", PN(sw, "g"), ",\n\nFurther to our call, referral details:\n",
      "Child: ", PN(kid), ", DOB ", DOB(kid, "eu"), ", Year ", str(r.randint(5, 11)), "\n",
      "Address: ", ADDR(r, "uk", ", "), "\n",
      "Known to school: ", L("DIAGNOSIS", r.choice(["autism spectrum disorder", "ADHD", "type 1 diabetes", "selective mutism"])),
      "; attendance ", str(r.randint(61, 84)), "% this term.\n",
      "Concern: unexplained bruising noted by PE staff on ", fdate(rdate(r, 2025, 2025), "long"), "; child said 'it's nothing'.\n\n",
      PN(dsl, "g"), "\nDesignated Safeguarding Lead\n")


# ============================================================================= FREE TEXT / HTML
@T(4, "free_text")
def ft_iep(r, d, i):
    cc = r.choice(ORIGINS)
    s = Person(r, cc, kind="child")
    case = Person(r, r.choice(["us", "pr", "mx"]))
    kind = r.choice(["Individualized Education Program (IEP)", "Section 504 Plan", "EHCP annual review (Section B/F)"])
    dx = r.choice(["autism spectrum disorder", "dyslexia", "epilepsy", "type 1 diabetes", "ADHD", "Tourette syndrome", "cerebral palsy"])
    d(kind.upper(), "\n", r.choice(SCHOOL_NAMES), " — meeting held ", fdate(rdate(r, 2025, 2025), "uslong"), "\n\n",
      "Student: ", PN(s), "    Date of Birth: ", DOB(s, "uslong"), "    Student ID: ", student_no(r), "\n",
      "Case manager: ", PN(case, "w"), "\n\n",
      "Present levels. ", PN(s, "g"), " is a ", r.choice(["curious", "kind", "determined"]), " learner with a documented diagnosis of ",
      L("DIAGNOSIS", dx), ". ", s.he().capitalize(), " reads at a grade ", str(r.randint(1, 6)), " level (Lexile ", str(r.randint(300, 900)), "L) and scored ",
      str(r.randint(70, 95)), " on the WIAT-4 composite. ")
    if dx in ("epilepsy", "type 1 diabetes"):
        med = r.choice(MED_FOR[dx])
        d("The school nurse administers ", L("MEDICATION", med), " per the physician order; staff are trained in the emergency plan. ")
    elif dx == "ADHD":
        d("Family reports ", s.he(), " takes ", L("MEDICATION", r.choice(["Vyvanse", "methylphenidate", "guanfacine"])), " at home before school. ")
    d("There is no history of ", r.choice(["seizures", "hearing loss", "anaphylaxis"]), ", and an earlier query of ", r.choice(["dyscalculia", "absence epilepsy", "ODD"]),
      " was ruled out by the evaluation team.\n\n",
      "Accommodations: extended time (1.5x) on tests; preferential seating away from ", room(r), " doors; use of a word processor; ",
      "breaks on request. Service minutes: 120/week specialised instruction, 30/week OT.\n",
      "Next review: ", term_date(r, 2026), ". Parent/Guardian signature: ____________\n")


@T(4, "free_text")
def ft_biology_lesson(r, d, i):
    d("Lesson plan — Year ", str(r.randint(8, 12)), " Biology: Communicable and non-communicable disease (", course(r), ")\n\n",
      "Objectives: describe how ", r.choice(["tuberculosis", "measles", "cholera", "HIV"]), " is transmitted; compare type 1 diabetes and type 2 diabetes; ",
      "explain why asthma, epilepsy and Crohn's disease are not infectious.\n\n",
      "Starter (10 min): case study 'Patient X, aged 14' — a fictional student with coeliac disease. Ask: what symptoms would Patient X show?\n",
      "Main: groups research a disease named after a person (Alzheimer's disease, Parkinson's disease, Hodgkin lymphoma) and present. ",
      "Discuss how insulin, salbutamol and antibiotics such as amoxicillin work.\n",
      "Plenary: quiz (Kahoot PIN ", str(r.randint(1000000, 9999999)), "). Homework: textbook ISBN ", isbn13(r), " pp. ", str(r.randint(40, 200)), "–", str(r.randint(201, 260)), ".\n",
      "Note: the 'Great Depression' and 'Dust Bowl' link is for the cross-curricular history unit, not a mental-health topic.\n")


@T(2, "free_text")
def ft_first_aid_policy(r, d, i):
    d("FIRST AID AND MEDICINES POLICY (extract) — reviewed ", term_date(r), "\n\n",
      "4.2 Emergency medicines. The school keeps spare salbutamol inhalers and adrenaline auto-injectors (EpiPen, Jext) in the ",
      r.choice(BUILDINGS), " medical room and in each PE office, for use by pupils with a diagnosis of asthma or anaphylaxis whose ",
      "parents have given consent.\n4.3 Controlled drugs such as methylphenidate are stored in a locked cabinet; two members of staff sign the register.\n",
      "4.4 Paracetamol and ibuprofen are not given without written consent. Antihistamines (cetirizine) may be given for hay fever.\n",
      "4.5 The Medicines Register template has columns: Pupil Name | DOB | Medicine | Dose | Time | Given By. [Leave blank in this policy.]\n",
      "Approved by Governors (Finance & Premises Committee). Next review: ", term_date(r, 2026), ".\n")


@T(2, "free_text")
def ft_transcript(r, d, i):
    s = Person(r, r.choice(ORIGINS), kind="student")
    d("OFFICIAL ACADEMIC TRANSCRIPT — University of Eastmoor\n\n",
      "Name: ", PN(s, "lf"), "\nStudent No.: ", student_no(r), "\nDate of Birth: ", DOB(s, r.choice(["uslong", "long"])), "\n",
      "Programme: ", r.choice(["BSc Psychology", "BEng Civil Engineering", "BA History and Politics"]), "\n\n",
      "TERM     COURSE        TITLE                               CR   GRADE\n")
    for _ in range(r.randint(5, 8)):
        d("%-8s %-13s %-35s %-4d %s\n" % (r.choice(["2023FA", "2024SP", "2024FA", "2025SP"]), course(r)[:-3],
                                          r.choice(["Abnormal Psychology", "Statics", "Cold War Europe", "Research Methods", "Biology of Disease", "Calculus II"]),
                                          r.choice([3, 4]), r.choice(["A", "A-", "B+", "B", "C+", "P"])))
    d("\nCumulative GPA: ", "%.2f" % r.uniform(2.4, 4.0), "   Dean's List: ", r.choice(["Fall 2024", "none"]), "\n",
      "Issued ", term_date(r, 2025), " by the Office of the Registrar. Not valid without seal. Document no. T", digits(r, 9), "\n")


@T(2, "html")
def html_student_profile(r, d, i):
    cc = r.choice(ORIGINS)
    s = Person(r, cc, kind="student")
    ec = Person(r, cc)
    d("<!doctype html><html><head><title>Student profile</title></head><body>\n",
      "<h1>", PN(s), "</h1>\n<dl class=\"profile\">\n",
      "  <dt>Student number</dt><dd>", student_no(r), "</dd>\n",
      "  <dt>Date of birth</dt><dd>", DOB(s, "long"), "</dd>\n",
      "  <dt>University e-mail</dt><dd><a href=\"mailto:", EM("%s@student.eastmoor.ac.uk" % s.email_local), "\">", EM("%s@student.eastmoor.ac.uk" % s.email_local), "</a></dd>\n",
      "  <dt>Term-time address</dt><dd>", r.choice(BUILDINGS), " (Halls), Flat ", str(r.randint(1, 40)), "</dd>\n",
      "  <dt>Home address</dt><dd>", ADDR(r, cc, "<br>"), "</dd>\n",
      "  <dt>Mobile</dt><dd>", PH(r, cc), "</dd>\n",
      "  <dt>Emergency contact</dt><dd>", PN(ec, "w"), " &middot; ", PH(r, cc), "</dd>\n",
      "  <dt>Disability support</dt><dd>", r.choice(["None declared", "Registered — see DAS (restricted)"]), "</dd>\n",
      "</dl>\n<footer>SIS build 8.4.1.2207 &middot; served from 127.0.0.1</footer></body></html>\n")


@T(2, "html")
def html_staff_directory(r, d, i):
    d("<table class=\"directory\">\n<tr><th>Name</th><th>Role</th><th>Email</th><th>Ext.</th></tr>\n")
    for _ in range(r.randint(4, 6)):
        p = Person(r, r.choice(ORIGINS))
        d("<tr><td>", PN(p, "w"), "</td><td>", r.choice(["Head of Year 9", "SENCo", "School Nurse", "Bursar", "Admissions Officer"]),
          "</td><td>", EM("%s@harbourview.school" % p.email_local), "</td><td>", PH(r, r.choice(["uk", "us"])), "</td></tr>\n")
    d("</table>\n<p>General enquiries: <a href=\"mailto:office [at] harbourview [dot] school\">office [at] harbourview [dot] school</a></p>\n")


@T(2, "free_text")
def ft_reference(r, d, i):
    s = Person(r, r.choice(ORIGINS), kind="student")
    t = Person(r, r.choice(["uk", "ie", "us", "in"]))
    d("UCAS reference — ", PN(s), "\n\n",
      PN(s, "g"), " has studied A-level Chemistry, Biology and Mathematics at ", r.choice(SCHOOL_NAMES), " since ", str(r.randint(2022, 2024)), ". ",
      s.he().capitalize(), " led the school's ", r.choice(["Nuffield research placement", "Model UN delegation", "STEM club"]), " and won the ",
      r.choice(["Rosalind Franklin Prize", "Isaac Newton Award", "Marie Curie Medal (school prize)"]), ". Predicted grades A*AA.\n\n",
      PN(t, "w"), ", Head of Sixth Form\n")


@T(2, "free_text")
def ft_safeguarding_chronology(r, d, i):
    kid = Person(r, r.choice(ORIGINS), kind="child")
    mum = Person(r, kid.origin, sex="F", family=kid.family if r.random() < 0.5 else None)
    d("CHRONOLOGY — ", PN(kid), " (", PN(kid, "init"), ")\n")
    events = [
            ["Late x3 this week; said ", kid.he(), " was 'dead on ", kid.his(), " feet'. Class teacher informed."],
            ["Mother (", PN(mum, "w"), ") called from ", PH(r, kid.origin), " — family moving to ", ADDR(r, r.choice(["uk", "ie"]), ", "), "."],
            ["Disclosed worries about ", kid.his(), " older brother. Referred to school counsellor."],
            ["School nurse: weight loss noted; GP letter confirms ", L("DIAGNOSIS", r.choice(["anorexia nervosa", "coeliac disease", "major depressive disorder"])), "."],
            ["Attendance 78%. Fixed-term exclusion not appropriate (", r.choice(["SEN", "LAC"]), " status)."]]
    dates = sorted(rdate(r, 2025, 2025) for _ in range(5))
    for k, ev in enumerate(r.sample(events, r.randint(3, 5))):
        d(fdate(dates[k], "eu"), "  ", ev, "\n")
    d("Entries by DSL team. Next TAF: ", term_date(r, 2026), ".\n")


@T(3, "html")
def html_news(r, d, i):
    d("<article><h2>", r.choice(["Opening of the ", "Refurbishment of the ", "Award for the "]), r.choice(BUILDINGS), "</h2>\n",
      "<p>On ", term_date(r), " students gathered in the ", r.choice(BUILDINGS), " to mark ", r.choice(HOLIDAYS), ". ",
      "The building was funded by the ", r.choice(["Bill & Melinda Gates Foundation", "Wellcome Trust", "Nuffield Foundation", "Paul Hamlyn Foundation"]),
      " and equipment from ", r.choice(COMPANIES), ".</p>\n",
      "<p>Our Year 10 health-education unit this month covers epilepsy awareness, and the PTA thanks everyone who joined the ",
      r.choice(["Terry Fox Run", "Movember", "Race for Life"]), ".</p>\n",
      "<p>Term dates: autumn half term ", term_date(r), "; spring term starts ", term_date(r, 2026), ". Room changes: ", room(r), " → ", room(r), ".</p>\n",
      "<p>Contact: the school office (details on the website).</p></article>\n")


@T(2, "free_text")
def ft_research_abstract(r, d, i):
    d("Abstract. We analysed anonymised records of ", str(r.randint(800, 9000)), " pupils across ", str(r.randint(12, 60)), " schools (", r.choice(["2018–2023", "2015–2022"]), "). ",
      "Prevalence of attention deficit hyperactivity disorder was ", "%.1f" % r.uniform(3, 9), "%; pupils with autism spectrum disorder or dyslexia ",
      "received access arrangements more often (OR ", "%.2f" % r.uniform(1.2, 3.1), ", 95% CI ", "%.2f–%.2f" % (r.uniform(1.0, 1.2), r.uniform(3.2, 4.0)), "). ",
      "Use of methylphenidate and lisdexamfetamine rose after 2020. Participant IDs (e.g. P-0421) are pseudonymous; ",
      "no identifiable child data are reported. Ethics ref ERC-", str(r.randint(1000, 9999)), ".\n")


@T(2, "free_text")
def ft_visa_letter(r, d, i):
    cc = "pr" if i == 1 else r.choice(["ng", "pk", "in", "eg", "vn", "co", "br", "tr", "mx", "us"])
    s = Person(r, cc, kind="student")
    typ, num = passport(r, cc)
    signer = Person(r, "uk")
    d("TO WHOM IT MAY CONCERN\n\nThis is to confirm that ", PN(s, "w"), ", born ", DOB(s, "long"), ", holder of ",
      COUNTRY[cc], " passport ", L(typ, num), ", is a full-time student on the ", r.choice(["MSc Public Health", "BA Fine Art", "PhD Chemistry"]),
      " programme at the University of Eastmoor from ", term_date(r, 2025), " to ", term_date(r, 2027), ".\n",
      s.he().capitalize(), " resides at ", ADDR(r, "uk", ", "), ".\n\n",
      "Tuition fees of £", "{:,}".format(r.randint(18, 32) * 1000), " have been paid in full (receipt ", "RCPT-%d" % r.randint(100000, 999999), ").\n\n",
      PN(signer, "w"), "\nStudent Records Manager\n")


@T(2, "free_text")
def ft_term_calendar(r, d, i):
    d("ACADEMIC CALENDAR ", r.choice(["2025–26", "2026–27"]), "\n")
    for label in ["Autumn term begins", "Half term", r.choice(HOLIDAYS), "Mock exams", "Spring term begins", r.choice(HOLIDAYS), "Exam results day"]:
        d("%-28s %s\n" % (label, term_date(r, r.choice([2025, 2026]))))
    d("Parents' evening slots 16:00–19:30 in ", r.choice(BUILDINGS), ". INSET days: no students on site.\n")


@T(2, "html")
def html_timetable(r, d, i):
    d("<table><caption>Timetable ", course(r), "</caption>\n<tr><th>Day</th><th>Time</th><th>Room</th><th>Teacher</th></tr>\n")
    for _ in range(r.randint(4, 6)):
        d("<tr><td>", r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), "</td><td>", (lambda h: "%02d:00–%02d:50" % (h, h + r.choice([0, 1])))(r.randint(8, 15)),
          "</td><td>", room(r), "</td><td>", r.choice(["TBC", "Staff", "Cover"]), "</td></tr>\n")
    d("</table>\n<p>Textbook ISBN ", isbn13(r), ". Building: ", r.choice(BUILDINGS), ".</p>\n")


# ============================================================================= more coverage
@T(2, "form")
def f_ca_osap(r, d, i):
    p = Person(r, r.choice(["qc", "in", "cn", "ke", "pk"]), kind="student")
    d("COLLÈGE LAKESHORE — Student Employment / Work-Study Onboarding (Ontario campus)\n",
      "Name / Nom: ", PN(p, "w"), "\n",
      "Social Insurance Number / NAS: ", L("CA_SIN", sin(r)), "\n",
      "Date of birth (YYYY-MM-DD): ", DOB(p, "iso"), "\n",
      "Address: ", ADDR(r, "ca", ", "), "\n",
      "Ontario driver's licence (optional, campus shuttle drivers): ", L("DRIVER_LICENSE", "%s%s-%s-%s" % (strip_acc(p.family)[0].upper(), digits(r, 4), digits(r, 5), digits(r, 5))), "\n",
      "Direct deposit: transit ", digits(r, 5), " institution ", r.choice(["001", "002", "003", "004", "006"]), " account ", digits(r, 7), "\n",
      "Student # ", student_no(r), "   Position: Library assistant, ", r.choice(BUILDINGS), "\n",
      "Note: SIN on old form (", bad_sin(r), ") was mistyped — corrected above.\n")


@T(2, "form")
def f_sg_student_pass(r, d, i):
    s = Person(r, r.choice(["cn", "in", "id", "vn", "kr"]), kind="child")
    par = Person(r, "cn" if s.origin == "cn" else s.origin)
    d("MARIE CURIE INTERNATIONAL SCHOOL (SINGAPORE) — Student Pass & Dependant Details\n\n",
      "Student name (as in passport): ", L("PERSON", s.full.upper()), "\n",
      "Date of birth: ", DOB(s, "short"), "\n",
      "Student's Pass FIN: ", L("SG_NRIC", nric(r, foreign=True)), "\n",
      "Parent (Employment Pass holder): ", PN(par, "w"), "   FIN: ", L("SG_NRIC", nric(r, foreign=True)), "\n",
      "Local guardian (Singapore citizen): ", PN(Person(r, "cn")), "   NRIC: ", L("SG_NRIC", nric(r)), "\n",
      )
    d("Address: ", L("ADDRESS", "Blk %d Tampines Street %d, #%02d-%03d, Singapore 52%04d" % (r.randint(100, 999), r.randint(11, 99), r.randint(2, 20), r.randint(1, 400), r.randint(0, 9999))), "\n",
      "Mobile: ", L("PHONE", "+65 9%s %s" % (digits(r, 3), digits(r, 4))), "\n",
      "Previous application (rejected, invalid FIN): ", bad_nric(r), "\n")


@T(2, "form")
def f_fr_staff_dossier(r, d, i):
    p = Person(r, r.choice(["fr", "fr", "pt", "it"]))
    d("LYCÉE INTERNATIONAL VICTOR HUGO — Dossier administratif du personnel\n",
      "Nom : ", L("PERSON", p.family.upper()), "   Prénom : ", L("PERSON", p.given), "\n",
      "Né(e) le : ", DOB(p, "eu"), " à ", r.choice(["Lyon", "Porto", "Nantes", "Bari"]), "\n",
      "N° de sécurité sociale (NIR) : ", L("FR_NIR", nir(r, p)), "\n",
      "Adresse : ", ADDR(r, "fr", ", "), "\n",
      "Tél. : ", PH(r, "fr"), "   Courriel : ", EM(p.email(r, "laposte.net")), "\n",
      "RIB / IBAN : ", L("IBAN", iban(r, "FR")), "\n",
      "Discipline : ", r.choice(["Mathématiques", "SVT", "Histoire-géographie"]), "   Salle ", room(r), "   Échelon 7\n")
    if p.origin == "it":
        d("Codice fiscale (per pensione italiana): ", L("IT_FISCAL_CODE", codice_fiscale(p)), "\n")


@T(2, "csv")
def csv_retiree_benefits(r, d, i):
    d.t("retiree_id,name,dob,medicare_mbi,supplemental_plan,plan_member_id,phone\n")
    for _ in range(r.randint(3, 5)):
        p = Person(r, r.choice(["us", "pr", "mx", "it", "pl"]))
        p.dob = rdate(r, 1940, 1959)
        csv_row(d, ["R%05d" % r.randint(1, 99999), PN(p, "lf"), L("DATE_OF_BIRTH", fdate(p.dob, "us")), L("US_MBI", mbi(r)),
                    r.choice(["Lakeshore Retiree Medigap F", "Aetna Medicare Advantage"]), L("HEALTH_PLAN_ID", "%s%08d" % (r.choice(["LRP", "AMA"]), r.randint(1, 99999999))), PH(r, "us")])


@T(2, "log")
def log_payment_gateway(r, d, i):
    for _ in range(r.randint(4, 6)):
        d(ts(r), " pay-gw INFO txn=", "%x" % r.getrandbits(48), " purpose=", r.choice(["tuition", "application_fee", "trip_deposit", "meal_topup"]),
          " pan=", masked_card(r).replace(" ", ""), " amount=", "%d.%02d" % (r.randint(5, 9000), r.randint(0, 99)), " status=", r.choice(["captured", "declined"]), "\n")
    p = Person(r, r.choice(ORIGINS))
    d(ts(r), " pay-gw ERROR schema validation failed, raw payload dumped: {\"cardholder\":\"", PN(p, "w"), "\",\"pan\":\"", L("CREDIT_CARD", card(r)),
      "\",\"email\":\"", EM(p.email(r)), "\",\"ip\":\"", L("IP_ADDRESS", ip(r)), "\"}\n",
      ts(r), " pay-gw WARN candidate pan rejected (luhn) value=", "4%s" % (lambda b: b if not luhn_ok("4" + b) else b[:-1] + str((int(b[-1]) + 1) % 10))(digits(r, 15)), "\n")


@T(2, "csv")
def csv_exam_entries(r, d, i):
    d.t("centre_no,candidate_no,uci,surname,forenames,dob,spec_code,access_arrangements,reason\n")
    centre = "%05d" % r.randint(10000, 79999)
    for _ in range(r.randint(4, 7)):
        s = Person(r, r.choice(ORIGINS), kind="child")
        s.dob = rdate(r, 2007, 2010)
        aa = r.random() < 0.5
        csv_row(d, [centre, "%04d" % r.randint(1, 9999), "%s%s%06d%s" % (centre, r.choice("ABCDEFG"), r.randint(1, 999999), r.choice("ABCDEFGH")),
                    L("PERSON", s.family), L("PERSON", s.given), L("DATE_OF_BIRTH", fdate(s.dob, "eu")), r.choice(["8461H", "8300F", "9MA0", "8035"]),
                    "25% extra time; reader" if aa else "", L("DIAGNOSIS", r.choice(["dyslexia", "ADHD", "visual impairment", "autism spectrum disorder"])) if aa else ""])


@T(2, "csv")
def csv_exam_results_anon(r, d, i):
    d.t("candidate_no,spec,component,raw_mark,max,ums,grade\n")
    for _ in range(r.randint(6, 9)):
        mx = r.choice([80, 100, 120])
        csv_row(d, ["%04d" % r.randint(1, 9999), r.choice(["8461", "8300", "9MA0"]), r.choice(["1H", "2H", "3H", "01"]), str(r.randint(10, mx)), str(mx),
                    str(r.randint(40, 300)), r.choice(["9", "8", "7", "6", "5", "4", "U"])])


@T(2, "form")
def f_passport_copy(r, d, i):
    cc = "us" if i == 0 else r.choice(["ng", "in", "cn", "pk", "gr", "de", "mx", "us", "kr", "jp"])
    s = Person(r, cc, kind="student")
    typ, num = passport(r, cc)
    num = num[:9]
    iso3 = {"ng": "NGA", "in": "IND", "cn": "CHN", "pk": "PAK", "gr": "GRC", "de": "D<<", "mx": "MEX", "us": "USA", "kr": "KOR", "jp": "JPN"}[cc]
    fam = re.sub(r"[^A-Z]", "<", strip_acc(s.family).upper())
    giv = re.sub(r"[^A-Z]", "<", strip_acc(s.given).upper())
    y, m, dd = s.dob
    d("[Scanned document — international office, OCR text]\nPASSPORT / PASSEPORT   Type P   Code ", iso3, "\n",
      "Surname: ", L("PERSON", s.family.upper()), "\nGiven names: ", L("PERSON", s.given.upper()), "\n",
      "Passport No.: ", L(typ, num), "\nDate of birth: ", DOB(s, "short"), "\nSex: ", s.sex, "\n",
      "Date of expiry: ", fdate(rdate(r, 2028, 2035), "short"), "\n\n")
    name_mrz = ("%s<<%s" % (fam, giv))
    line1 = "P<" + iso3 + name_mrz
    line1 += "<" * (44 - len(line1))
    d("P<", iso3, L("PERSON", name_mrz.rstrip("<")), line1[len("P<" + iso3 + name_mrz.rstrip("<")):][:44], "\n")
    pn = num + "<" * (9 - len(num))
    d(L(typ, num), pn[len(num):], str(r.randint(0, 9)), iso3, L("DATE_OF_BIRTH", "%02d%02d%02d" % (y % 100, m, dd)), str(r.randint(0, 9)), s.sex,
      "%02d%02d%02d" % (r.randint(28, 35), r.randint(1, 12), r.randint(1, 28)), str(r.randint(0, 9)), "<" * 14, str(r.randint(0, 9)), str(r.randint(0, 9)), "\n",
      "\nVerified against original by: International Office (stamp)   BRP/eVisa share code: W", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)), "\n")


@T(1, "form")
def f_immunisation(r, d, i):
    s = Person(r, r.choice(ORIGINS), kind="child")
    par = Person(r, s.origin)
    d("CERTIFICATE OF IMMUNIZATION — school entry (state form IMM-", str(r.randint(200, 299)), ")\n",
      "Child: ", PN(s, "lf"), "    Birthdate: ", DOB(s, "us"), "\n",
      "Parent/Guardian: ", PN(par, "w"), "   Phone: ", PH(r, "us"), "\n\n",
      "VACCINE     DOSE 1      DOSE 2      DOSE 3      DOSE 4\n")
    for v in ["DTaP", "IPV", "MMR", "HepB", "Varicella"]:
        d("%-11s %s\n" % (v, "  ".join(fdate(x, "us") for x in sorted(rdate(r, s.dob[0] + 1, s.dob[0] + 5) for _ in range(r.randint(2, 4))))))
    if r.random() < 0.5:
        d("\nMedical exemption (Varicella): history of disease confirmed by provider. Provider NPI ", uln_bad(r), "\n")
    d("Reviewed by school nurse ", term_date(r), ". Compliance status: ", r.choice(["COMPLETE", "CONDITIONAL — dose due"]), "\n")


@T(1, "hl7")
def hl7_ack(r, d, i):
    d("MSH|^~\\&|LAB|EASTMOOR|EPICCARE|EASTMOOR_SHC|2025", digits(r, 10), "||ACK^R01|ACK", digits(r, 8), "|P|2.5.1\r",
      "MSA|AA|MSG", digits(r, 8), "|Message accepted\r")


@T(1, "fhir_json")
def fhir_valueset(r, d, i):
    emit_json(d, {"resourceType": "ValueSet", "id": "school-health-conditions", "version": "2.1.0", "status": "active",
                  "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [
                      {"code": "195967001", "display": "Asthma"}, {"code": "46635009", "display": "Diabetes mellitus type 1"},
                      {"code": "84757009", "display": "Epilepsy"}, {"code": "35919005", "display": "Pervasive developmental disorder"},
                      {"code": "406506008", "display": "Attention deficit hyperactivity disorder"}]}]},
                  "identifier": [{"system": "urn:ietf:rfc:3986", "value": "urn:oid:2.16.840.1.113883.4.642.3.%d" % r.randint(100, 999)}]})


@T(3, "chat")
def chat_whatsapp_intl(r, d, i):
    v = i % 3
    cc = ["mx", "br", "fr"][v]
    kid = Person(r, cc, kind="child")
    par = Person(r, cc)
    t = Person(r, r.choice(["us", "uk"]))
    dx, wmed = r.choice([(["asma", "asma", "asthme"], "salbutamol"), (["epilepsia", "epilepsia", "épilepsie"], "levetiracetam"), (["TDAH", "TDAH", "TDAH"], "Ritalin")])
    dx = dx[v]
    msgs = [
        [("%s: " % "Teacher", None), ["Good morning! Reminder: trip forms due Friday."]],
    ]
    d("[", fdate(rdate(r, 2025, 2025), "eu"), ", 07:5", str(r.randint(0, 9)), "] ", L("PERSON", par.western), ": ",
      ["Buenos días maestra, ", "Bom dia professora, ", "Bonjour Madame, "][v], PN(kid, "g"),
      [" no va a ir hoy, tiene una crisis de ", " não vai hoje, teve uma crise de ", " ne viendra pas, crise d'"][v], L("DIAGNOSIS", dx), "\n",
      "[07:58] ", L("PERSON", par.western), ": ", ["le di su ", "dei a ", "je lui ai donné sa "][v], L("MEDICATION", wmed),
      [" y el doctor dice 2 días", " e o médico disse 2 dias", ", le médecin dit 2 jours"][v], "\n",
      "[08:10] ", L("PERSON", t.western), ": Thank you for letting me know, I hope ", kid.he(), " feels better soon. I'll send the homework to ",
      EM(par.email(r)), "\n",
      "[08:11] ", L("PERSON", par.western), ": ", ["gracias 🙏 mi cel nuevo ", "obrigada 🙏 meu celular novo ", "merci 🙏 mon nouveau numéro "][v], PH(r, cc), "\n")


@T(3, "ndjson")
def ndjson_id_verification(r, d, i):
    """ID-verification webhook for international applicants: approved (valid ids) and declined (checksum failures)."""
    kinds = ["es", "br", "in", "fr", "it", "ca"]
    for k in range(r.randint(4, 6)):
        kind = kinds[(i * 2 + k) % len(kinds)]
        cc = {"ca": "qc"}.get(kind, kind)
        p = Person(r, cc, kind="student")
        ok = r.random() < 0.7
        if kind == "es":
            num = L("ES_DNI", dni(r, nie=r.random() < 0.5)) if ok else bad_dni(r)
            dt = "dni_nie"
        elif kind == "br":
            num, dt = (L("BR_CPF", cpf(r)) if ok else bad_cpf(r)), "cpf"
        elif kind == "in":
            num, dt = (L("IN_AADHAAR", aadhaar(r)) if ok else bad_aadhaar(r)), "aadhaar"
        elif kind == "fr":
            if ok:
                num = L("FR_NIR", nir(r, p))
            else:
                good = nir(r, p)
                num = good[:-2] + "%02d" % ((int(good[-2:]) + 7) % 97)
            dt = "nir"
        elif kind == "it":
            cf = codice_fiscale(p)
            num = L("IT_FISCAL_CODE", cf) if ok else cf[:15] + chr(65 + (ord(cf[15]) - 65 + 5) % 26)
            dt = "codice_fiscale"
        else:
            num, dt = (L("CA_SIN", sin(r)) if ok else bad_sin(r)), "sin"
        emit_json(d, {"event": "idv.result", "applicant": "APP-%06d" % r.randint(1, 999999), "name": PN(p, "w"),
                      "document": {"type": dt, "number": num}, "birth_date": DOB(p, "iso"),
                      "decision": "approved" if ok else "declined", "reason": None if ok else "checksum_mismatch",
                      "vendor_sdk": "%d.%d.%d" % (r.randint(1, 6), r.randint(0, 30), r.randint(0, 9))}, compact=True)
        d.t("\n")


@T(2, "email")
def em_bursar_card(r, d, i):
    par = Person(r, r.choice(ORIGINS))
    kid = Person(r, par.origin, kind="child", family=par.family)
    bur = Person(r, "uk")
    d("From: ", PN(par, "w"), " <", EM(par.email(r)), ">\nTo: ", EM("bursary@harbourview.school"), "\nSubject: Term 2 fees — ", PN(kid, "w"), " (Year ", str(r.randint(3, 12)), ")\n\n",
      "Hello,\n\nThe online portal keeps timing out, so please charge the Term 2 invoice (INV-", str(r.randint(20000, 99999)), ", £", "{:,}".format(r.randint(6, 14) * 1000), ") to my card:\n",
      "  ", L("CREDIT_CARD", card(r)), "  exp ", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 30)), "\n",
      "The old card ", masked_card(r), " has been cancelled.\n\nThanks,\n", PN(par, "g"), "\n\n",
      "-- reply --\nDear ", PN(par, "g"), ", for your security we have deleted the card number from this thread; please never e-mail card details. ",
      "Payment taken, receipt R-", str(r.randint(100000, 999999)), ". ", PN(bur, "w"), ", Bursar\n")


@T(2, "tsv")
def tsv_transport_roster(r, d, i):
    d.t("driver_id\tlast_name\tfirst_name\tlicense_state\tlicense_no\tcdl_class\tmedical_card_exp\troute\tcell\n")
    for _ in range(r.randint(3, 5)):
        p = Person(r, r.choice(["us", "pr", "mx", "us", "ng", "pl", "gr"]))
        st = r.choice(list(DL_STATES))
        csv_row(d, ["D%04d" % r.randint(1, 9999), L("PERSON", p.family), L("PERSON", p.given), DL_STATES[st][0], L("DRIVER_LICENSE", DL_STATES[st][1](r)),
                    r.choice(["B-P-S", "A", "B"]), fdate(rdate(r, 2026, 2027), "iso"), "R-%02d %s" % (r.randint(1, 40), r.choice(SCHOOL_NAMES)), PH(r, "us")], sep="\t")
    csv_row(d, ["D0000", "VACANT", "", "", "", "", "", "R-41 (unassigned)", ""], sep="\t")


# ============================================================================= build + validation
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")
NHS_RE = re.compile(r"(?<![\d])\d{3} ?\d{3} ?\d{4}(?![\d])")
CHECKS = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": verhoeff_ok, "BR_CPF": cpf_ok,
          "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "CA_SIN": luhn_ok, "SG_NRIC": nric_ok}


def covered(ents, a, b):
    return any(e["start"] < b and a < e["end"] for e in ents)


def validate(doc):
    text, ents = doc["text"], doc["entities"]
    assert doc["format"] in FORMATS, doc["format"]
    last = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (doc["id"], e, s)
        assert e["start"] >= last, ("overlap", doc["id"], e)
        last = e["end"]
        if e["type"] in CHECKS:
            assert CHECKS[e["type"]](s), (doc["id"], e["type"], s)
        if e["type"] == "US_SSN":
            a, g, n = s.split("-")
            assert a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000", s
        if e["type"] == "UK_NATIONAL_INSURANCE_NUMBER":
            c = s.replace(" ", "")
            assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), s
        if e["type"] == "US_MBI":
            c = s.replace("-", "")
            assert re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}", c), s
    lvl = max([LEVEL[e["type"]] for e in ents], default=1)
    assert doc["classification"] == LEVEL_NAME[lvl]
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(text)
    if f == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    if f in ("csv", "tsv"):
        delim = "\t" if f == "tsv" else (";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ",")
        rows = [row for row in csv.reader(io.StringIO(text), delimiter=delim) if row and not row[0].startswith("#")]
        assert len({len(row) for row in rows}) == 1, (doc["id"], {len(row) for row in rows})
    # leak check: unlabelled values that would be valid positives
    for m in CARD_RE.finditer(text):
        raw = re.sub(r"\D", "", m.group())
        if 13 <= len(raw) <= 19 and luhn_ok(raw) and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|65", raw) and not covered(ents, m.start(), m.end()):
            raise AssertionError(("leak card", doc["id"], m.group()))
    for m in SSN_RE.finditer(text):
        a, g, n = m.groups()
        if a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000" and not covered(ents, m.start(), m.end()):
            raise AssertionError(("leak ssn", doc["id"], m.group()))
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()) and not covered(ents, m.start(), m.end()):
            raise AssertionError(("leak iban", doc["id"], m.group()))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not covered(ents, m.start(), m.end()):
            raise AssertionError(("leak email", doc["id"], m.group()))
    for m in NHS_RE.finditer(text):
        if nhs_ok(m.group()) and not covered(ents, m.start(), m.end()) and re.search(r"nhs", text[max(0, m.start() - 40):m.start()], re.I):
            raise AssertionError(("leak nhs", doc["id"], m.group()))


def main():
    docs = []
    for name, n, fmt, fn in TEMPLATES:
        for k in range(n):
            r = random.Random("%s:%s:%d" % (SEED, name, k))
            d = Doc()
            fn(r, d, k)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([LEVEL[e["type"]] for e in ents], default=1)
            doc = {"id": "h24_%s-%d" % (name, k), "text": d.text(), "entities": ents, "classification": LEVEL_NAME[lvl], "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    types = Counter(e["type"] for doc in docs for e in doc["entities"])
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for doc in docs if not doc["entities"]))
    for title, cnt in [("classification", Counter(doc["classification"] for doc in docs)), ("format", Counter(doc["format"] for doc in docs)),
                       ("entity type", types)]:
        print("\n%s:" % title)
        for k, v in cnt.most_common():
            print("  %-30s %d" % (k, v))
    return docs


if __name__ == "__main__":
    main()
