#!/usr/bin/env python3
"""holdout5 corpus generator. Standard library only. Written from the public contract only.
Run: python3 build.py  -> writes holdout5.jsonl next to this file and prints counts."""
import json, random, csv, io, os, re, sys
from collections import Counter

SEED = "holdout5/marram-lagoon-2261"
HERE = os.path.dirname(os.path.abspath(__file__))

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS", "MEDICATION",
              "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
              "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID", "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR",
              "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL = {"PERSON"}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

# ----------------------------------------------------------------------------------------------- builder
class L:
    """A labelled value."""
    __slots__ = ("typ", "val")
    def __init__(self, typ, val):
        assert typ in RESTRICTED | CONFIDENTIAL | INTERNAL, typ
        self.typ, self.val = typ, val

class M(list):
    """A string made of plain and labelled parts (for JSON values / CSV cells)."""

class Doc:
    def __init__(self):
        self.parts, self.ents, self.n = [], [], 0
    def t(self, *xs):
        for x in xs:
            if isinstance(x, L):
                self.ents.append({"type": x.typ, "start": self.n, "end": self.n + len(x.val)})
                self.parts.append(x.val); self.n += len(x.val)
            elif isinstance(x, M):
                self.t(*x)
            elif x is None:
                continue
            else:
                x = str(x); self.parts.append(x); self.n += len(x)
        return self
    def text(self):
        return "".join(self.parts)

def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def emit_json(d, obj, indent=2, level=0, compact=False):
    """Write obj as JSON through the builder; L / M values are labelled inside their quotes."""
    sp = "" if compact else "\n"
    pad = "" if compact else " " * (indent * (level + 1))
    endpad = "" if compact else " " * (indent * level)
    sep = ":" if compact else ": "
    if isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{" + sp)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(pad + json.dumps(k, ensure_ascii=False) + sep)
            emit_json(d, v, indent, level + 1, compact)
            d.t(("," if i < len(items) - 1 else "") + sp)
        d.t(endpad + "}")
    elif isinstance(obj, list) and not isinstance(obj, M):
        if not obj:
            d.t("[]"); return
        d.t("[" + sp)
        for i, v in enumerate(obj):
            d.t(pad); emit_json(d, v, indent, level + 1, compact)
            d.t(("," if i < len(obj) - 1 else "") + sp)
        d.t(endpad + "]")
    elif isinstance(obj, L):
        d.t('"', L(obj.typ, jstr(obj.val)), '"')
    elif isinstance(obj, M):
        d.t('"')
        for p in obj:
            if isinstance(p, L):
                d.t(L(p.typ, jstr(p.val)))
            else:
                d.t(jstr(p))
        d.t('"')
    else:
        d.t(json.dumps(obj, ensure_ascii=False))

def emit_row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d.t(delim)
        raw = "".join(p.val if isinstance(p, L) else str(p) for p in (c if isinstance(c, M) else [c]))
        need = delim != "\t" and any(ch in raw for ch in (delim, '"', "\n"))
        if need:
            d.t('"')
        for p in (c if isinstance(c, M) else [c]):
            if isinstance(p, L):
                assert '"' not in p.val
                d.t(p)
            else:
                p = str(p)
                d.t(p.replace('"', '""') if need else p)
        if need:
            d.t('"')
    d.t("\n")

# ----------------------------------------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_mod(s):
    s = s.replace(" ", "").replace("\n", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97

def iban_make(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    return f"{cc}{chk:02d}{bban}"

def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)

def nhs_ok(n):
    n = n.replace(" ", "").replace("-", "")
    c = nhs_check(n[:9])
    return c is not None and c == int(n[9])

VERH_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
          [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
          [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VERH_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
          [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VERH_INV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(num):
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in num if ch.isdigit()])):
        c = VERH_D[c][VERH_P[i % 8][x]]
    return c == 0

def verhoeff_digit(num):
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in num])):
        c = VERH_D[c][VERH_P[(i + 1) % 8][x]]
    return VERH_INV[c]

def cpf_digits(d9):
    ds = [int(c) for c in d9]
    s = sum(x * w for x, w in zip(ds, range(10, 1, -1))); d1 = (s * 10 % 11) % 10
    ds.append(d1)
    s = sum(x * w for x, w in zip(ds, range(11, 1, -1))); d2 = (s * 10 % 11) % 10
    return f"{d1}{d2}"

def cpf_ok(c):
    c = re.sub(r"\D", "", c)
    return len(c) == 11 and len(set(c)) > 1 and cpf_digits(c[:9]) == c[9:]

DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").upper()
    n = s[:-1]
    if n[0] in "XYZ":
        n = str("XYZ".index(n[0])) + n[1:]
    return DNI_LET[int(n) % 23] == s[-1]

def nir_key(n13):
    return 97 - int(n13) % 97

def steuer_check(d10):
    prod = 10
    for c in d10:
        s = (int(c) + prod) % 10
        if s == 0: s = 10
        prod = (s * 2) % 11
    chk = 11 - prod
    return 0 if chk == 10 else chk

def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0": return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1): return False
    return steuer_check(s[:10]) == int(s[10])

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65

def cf_check(s15):
    t = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s15))
    return chr(65 + t % 26)

def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def nric_letter(prefix, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(d7, w)) + (4 if prefix in "TG" else 0)
    tab = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return tab[s % 11]

def nric_ok(s):
    return nric_letter(s[0], s[1:8]) == s[8]

MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    pat = ["1-9", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, p in zip(s, pat):
        if p == "1-9" and c not in "123456789": return False
        if p == "A" and c not in MBI_LET: return False
        if p == "N" and not c.isdigit(): return False
        if p == "AN" and not (c.isdigit() or c in MBI_LET): return False
    return True

NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] not in "DFIQUV" and s[1] not in "DFIQUVO" and s[:2] not in NINO_BAD_PREFIX
            and s[2:8].isdigit() and s[8] in "ABCD")

def ssn_ok(s):
    a, g, n = s[0:3], s[4:6], s[7:11]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

def _selftest():
    assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
    assert iban_mod("GB82 WEST 1234 5698 7654 32") == 1
    assert iban_mod("DE89 3704 0044 0532 0130 00") == 1
    assert nhs_ok("943 476 5919")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == 3
    assert cpf_ok("529.982.247-25")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert mbi_ok("1EG4-TE5-MK73")
    assert steuer_ok("86095742719") and not steuer_ok("86095742718")
    assert nir_key("2690549588157") == 80
    assert nino_ok("AB123456C") and not nino_ok("GB123456A")

# ----------------------------------------------------------------------------------------------- names
# (given names F / M, family names) per origin; written from memory of common names in each community.
ORIGINS = {
    "yoruba": (["Adebola", "Funmilayo", "Oluwaseun", "Titilayo", "Yetunde"], ["Babatunde", "Olumide", "Adewale", "Kayode", "Oluwafemi"],
               ["Adeyemi", "Ogunleye", "Oyelaran", "Bamgbose", "Akinola"]),
    "igbo": (["Chiamaka", "Ngozi", "Adaeze", "Ifeoma"], ["Chukwuemeka", "Obinna", "Ikenna", "Nnamdi"], ["Okonkwo", "Nwachukwu", "Eze", "Okafor", "Anyanwu"]),
    "vietnamese": (["Thi Lan", "Ngoc Anh", "Bich Ngoc", "Thu Trang"], ["Van Minh", "Duc Thang", "Quoc Bao", "Huu Phuoc"], ["Nguyen", "Tran", "Pham", "Huynh", "Vo", "Dang"]),
    "korean": (["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin"], ["Min-jun", "Do-hyun", "Seung-ho", "Jae-won"], ["Kim", "Park", "Choi", "Jeong", "Yoon", "Kang"]),
    "tamil": (["Kavitha", "Meenakshi", "Thenmozhi", "Anitha"], ["Senthil", "Karthikeyan", "Murugan", "Arulmozhi"], ["Subramanian", "Ramasamy", "Palanisamy", "Venkatesan", "Rajendran"]),
    "punjabi": (["Harpreet", "Gurleen", "Simranjit", "Manpreet"], ["Jaswinder", "Harjit", "Gurdeep", "Amritpal"], ["Sandhu", "Grewal", "Dhillon", "Sidhu", "Gill", "Bains"]),
    "somali": (["Hodan", "Fadumo", "Ayaan", "Sagal"], ["Abdirahman", "Mahad", "Liban", "Abdiweli"], ["Warsame", "Farah", "Jama", "Abdullahi", "Egal"]),
    "polish": (["Agnieszka", "Małgorzata", "Katarzyna", "Zofia"], ["Grzegorz", "Wojciech", "Przemysław", "Łukasz"], ["Wiśniewski", "Szczepańska", "Kowalczyk", "Wróblewski", "Zieliński"]),
    "romanian": (["Ioana", "Mădălina", "Andreea", "Ramona"], ["Mihai", "Ștefan", "Bogdan", "Cătălin"], ["Popescu", "Constantinescu", "Dumitru", "Stoica", "Munteanu"]),
    "portuguese": (["Inês", "Leonor", "Beatriz", "Conceição"], ["João", "Gonçalo", "Tiago", "Rui"], ["Gonçalves", "Ferreira", "Magalhães", "da Silva", "dos Santos"]),
    "welsh": (["Angharad", "Cerys", "Siân", "Eluned"], ["Gruffudd", "Rhodri", "Dafydd", "Iwan"], ["ap Rhys", "Llewellyn", "Pritchard", "Vaughan", "Bowen"]),
    "scottish": (["Eilidh", "Morag", "Catriona", "Isla"], ["Ruaridh", "Hamish", "Calum", "Angus"], ["MacLeod", "Mackintosh", "Urquhart", "Fraser", "McAllister"]),
    "irish": (["Aoife", "Siobhán", "Gráinne", "Niamh"], ["Cathal", "Donnchadh", "Oisín", "Tadhg"], ["O'Sullivan", "Ó Murchú", "Mac Carthaigh", "Fitzgerald", "Ní Dhomhnaill"]),
    "filipino": (["Maricel", "Rowena", "Jocelyn", "Liezl"], ["Rodel", "Jomar", "Arnel", "Reynaldo"], ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Panganiban"]),
    "haitian": (["Mirlande", "Guerline", "Nadège", "Fabiola"], ["Jean-Robert", "Wilner", "Frantz", "Ricardo"], ["Pierre-Louis", "Joseph", "Desrosiers", "Saint-Fleur", "Augustin"]),
    "jamaican": (["Shanique", "Tamika", "Kerry-Ann", "Latoya"], ["Delroy", "Oneil", "Everton", "Garfield"], ["Campbell", "Brown", "McKenzie", "Thompson", "Henry"]),
    "cantonese": (["Wing Yan", "Mei Ling", "Siu Fong", "Ka Yee"], ["Chi Keung", "Wai Man", "Kwok Wing", "Tsz Hin"], ["Chan", "Wong", "Leung", "Cheung", "Lau", "Yip"]),
    "japanese": (["Haruka", "Yui", "Misaki", "Asuka"], ["Takumi", "Haruto", "Kenta", "Daisuke"], ["Takahashi", "Watanabe", "Yamaguchi", "Matsumoto", "Inoue"]),
    "russian": (["Svetlana", "Yekaterina", "Olga", "Anastasia"], ["Dmitri", "Vladimir", "Aleksei", "Sergei"], ["Volkova", "Kuznetsov", "Sokolov", "Lebedeva", "Morozov"]),
    "greek": (["Eleni", "Despina", "Vasiliki", "Androniki"], ["Konstantinos", "Dimitrios", "Spyridon", "Panagiotis"], ["Papadopoulos", "Karamanlis", "Georgiou", "Christodoulou"]),
    "egyptian": (["Nourhan", "Yasmin", "Mariam", "Heba"], ["Mostafa", "Karim", "Amr", "Youssef"], ["El-Sayed", "Abdel-Rahman", "Mansour", "Shalaby", "El-Masry"]),
    "hebrew": (["Noa", "Tamar", "Shira", "Yael"], ["Eitan", "Yonatan", "Avraham", "Ido"], ["Ben-David", "Mizrahi", "Friedman", "Peretz", "Shapiro"]),
    "amharic": (["Tigist", "Meseret", "Bethlehem", "Hirut"], ["Yohannes", "Dawit", "Tesfaye", "Getachew"], ["Bekele", "Haile", "Wolde", "Tadesse", "Alemu"]),
    "swahili": (["Wanjiru", "Akinyi", "Neema", "Zawadi"], ["Baraka", "Kamau", "Otieno", "Juma"], ["Mwangi", "Odhiambo", "Kiprono", "Njoroge", "Wafula"]),
    "dutch": (["Femke", "Saskia", "Marloes", "Anouk"], ["Joost", "Maarten", "Sjoerd", "Bram"], ["van der Meulen", "de Groot", "Brouwer", "van Dijk", "Verbeek"]),
    "quebecois": (["Geneviève", "Marie-Ève", "Josée", "Mélanie"], ["Jean-François", "Étienne", "Sylvain", "Benoît"], ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque"]),
    "italian": (["Chiara", "Francesca", "Giulia", "Serena"], ["Alessandro", "Lorenzo", "Matteo", "Davide"], ["Esposito", "Ricci", "Marchetti", "De Luca", "Lo Bianco"]),
    "norwegian": (["Ingrid", "Solveig", "Sigrid", "Kari"], ["Håkon", "Øystein", "Torbjørn", "Sindre"], ["Haugen", "Bakke", "Solberg", "Fjeld", "Ødegård"]),
    "finnish": (["Aino", "Tuulikki", "Pirjo", "Sanna"], ["Juha", "Jukka", "Tapani", "Veikko"], ["Virtanen", "Mäkinen", "Heikkilä", "Korhonen", "Järvinen"]),
    "hungarian": (["Zsófia", "Erzsébet", "Katalin", "Réka"], ["Zoltán", "Gábor", "László", "Tamás"], ["Szabó", "Horváth", "Kovács", "Tóth", "Fekete"]),
    "turkish": (["Ayşe", "Elif", "Zeynep", "Gülşen"], ["Mehmet", "Emre", "Burak", "Oğuz"], ["Yılmaz", "Öztürk", "Çelik", "Aydın", "Şahin"]),
    "persian": (["Shirin", "Parisa", "Mahsa", "Niloufar"], ["Dariush", "Kourosh", "Reza", "Behnam"], ["Hosseini", "Rahimi", "Farahani", "Tehrani", "Ghorbani"]),
    "nepali": (["Sushmita", "Pramila", "Sabina", "Anjali"], ["Bishnu", "Prakash", "Suman", "Dipendra"], ["Shrestha", "Gurung", "Tamang", "Adhikari", "Thapa"]),
    "thai": (["Siriporn", "Kanokwan", "Pimchanok", "Ratana"], ["Somchai", "Anurak", "Prasert", "Thanakorn"], ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakosin"]),
    "malay": (["Nurul Aina", "Siti Hajar", "Farah", "Aisyah"], ["Muhammad Hafiz", "Ahmad Faizal", "Azman", "Khairul"], ["bin Ismail", "binti Osman", "bin Abdullah", "binti Yusof"]),
    "hawaiian": (["Leilani", "Kalena", "Noelani", "Malia"], ["Kekoa", "Keanu", "Makoa", "Kawika"], ["Kahananui", "Kealoha", "Makekau", "Akana"]),
    "mexican": (["Guadalupe", "Ximena", "Itzel", "Citlali"], ["Jesús", "Alejandro", "Rogelio", "Héctor"], ["Hernández", "Ramírez", "Villaseñor", "de la Garza", "Ochoa"]),
    "pakistani": (["Ayesha", "Saima", "Rabia", "Mehwish"], ["Imran", "Faisal", "Usman", "Zeeshan"], ["Qureshi", "Chaudhry", "Malik", "Siddiqui", "Butt"]),
    "german": (["Annika", "Friederike", "Jutta", "Mareike"], ["Jörg", "Henrik", "Volker", "Till"], ["Schäfer", "von der Heide", "Großmann", "Küster", "Hoffmeister"]),
    "anglo": (["Megan", "Heather", "Brittany", "Charlotte", "Abigail"], ["Tyler", "Cody", "Graham", "Nigel", "Travis"], ["Whitfield", "Ashworth", "Pennington", "Blackwood", "Hollis", "Carver"]),
    "aboriginal_au_surnames": (["Tahnee", "Jedda"], ["Jarrah", "Koby"], ["Mundine", "Yunupingu", "Briggs", "Djerrkura"]),
    "cree_metis": (["Dakota", "Cheyanne"], ["Tanner", "Wyatt"], ["Cardinal", "Ermineskin", "Bearspaw", "Laboucan"]),
}
SYL = ["ka", "vo", "ren", "tul", "mi", "za", "dor", "qui", "bel", "sha", "nok", "ri", "ux", "pel", "tem", "ora", "ly", "gav", "sen", "hu"]

def invented(r, cap=True):
    w = "".join(r.choice(SYL) for _ in range(r.choice([2, 2, 3])))
    return w.capitalize()

class Person:
    def __init__(self, r, origin=None, sex=None):
        self.origin = origin or r.choice(list(ORIGINS))
        f, m, fam = ORIGINS[self.origin]
        self.sex = sex or r.choice("FM")
        self.given = r.choice(f if self.sex == "F" else m)
        self.family = r.choice(fam)
        if r.random() < 0.12: self.given = invented(r)
        if r.random() < 0.12: self.family = invented(r)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")
    @property
    def full(self): return f"{self.given} {self.family}"
    @property
    def full_mi(self): return f"{self.given} {self.mi}. {self.family}"
    @property
    def last_first(self): return f"{self.family}, {self.given}"
    @property
    def upper(self): return f"{self.given} {self.family}".upper()
    def hl7(self, sep="^"): return f"{self.family.upper()}{sep}{self.given.upper()}{sep}{self.mi}"
    def ascii_slug(self, s):
        import unicodedata
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
        return re.sub(r"[^a-z]", "", s.lower().replace("ł", "l").replace("ø", "o").replace("ı", "i"))
    def email(self, r, domain=None):
        g, f = self.ascii_slug(self.given), self.ascii_slug(self.family)
        domain = domain or r.choice(["gmail.com", "outlook.com", "yahoo.ca", "btinternet.com", "bigpond.com", "icloud.com",
                                     "proton.me", "hotmail.co.uk", "fastmail.fm", "shaw.ca", "optusnet.com.au", "comcast.net"])
        style = r.randrange(4)
        local = [f"{g}.{f}", f"{g[0]}{f}{r.randint(1, 99)}", f"{f}_{g}", f"{g}{r.randint(70, 99)}"][style]
        return f"{local}@{domain}"

# ----------------------------------------------------------------------------------------------- addresses
US_PLACES = [("Tucson", "AZ", "857"), ("Boise", "ID", "837"), ("Duluth", "MN", "558"), ("Paterson", "NJ", "075"),
             ("Lowell", "MA", "018"), ("Yonkers", "NY", "107"), ("Hialeah", "FL", "330"), ("El Paso", "TX", "799"),
             ("Fresno", "CA", "937"), ("Toledo", "OH", "436"), ("Spokane", "WA", "992"), ("Macon", "GA", "312"),
             ("Aurora", "CO", "800"), ("Green Bay", "WI", "543"), ("Flint", "MI", "485"), ("Peoria", "IL", "616"),
             ("Scranton", "PA", "185"), ("Roanoke", "VA", "240"), ("Hagerstown", "MD", "217"), ("Honolulu", "HI", "968")]
US_STREETS = ["Magnolia Ave", "W Cermak Rd", "Old Mill Pike", "Kalanianaole Hwy", "Tamarack Ct", "N 38th St", "Bayou Vista Dr",
              "Ridgecrest Blvd", "County Road 14", "Sycamore Hollow Ln", "E Pershing Way", "Quail Run Cir"]
UK_PLACES = [("Leicester", "LE2 7QB"), ("Wrexham", "LL13 8DG"), ("Dundee", "DD4 6PJ"), ("Bradford", "BD8 7NW"),
             ("Plymouth", "PL4 6QT"), ("Belfast", "BT7 1JN"), ("Luton", "LU1 3HR"), ("Aberystwyth", "SY23 2AX"), ("Sunderland", "SR2 9TD")]
UK_STREETS = ["Clarendon Park Road", "Heol y Deri", "Albert Drive", "Manningham Lane", "Mutley Plain", "Ormeau Road",
              "Dunstable Road", "Stryd y Bont", "Villette Road"]
CA_PLACES = [("Surrey", "BC", "V3W 2M7"), ("Brampton", "ON", "L6X 4K9"), ("Laval", "QC", "H7N 3R2"), ("Saskatoon", "SK", "S7K 1J5"),
             ("Moncton", "NB", "E1C 4B6"), ("Red Deer", "AB", "T4N 5E3"), ("Winnipeg", "MB", "R2W 3K8")]
CA_STREETS = ["rue Saint-Hubert", "Kingsway", "Queen St E", "boul. des Laurentides", "Portage Ave", "8 Ave NW", "Main St"]
AU_PLACES = [("Parramatta", "NSW", "2150"), ("Footscray", "VIC", "3011"), ("Logan Central", "QLD", "4114"), ("Elizabeth", "SA", "5112"),
             ("Joondalup", "WA", "6027"), ("Glenorchy", "TAS", "7010"), ("Casuarina", "NT", "0810")]
AU_STREETS = ["Church Street", "Barkly Street", "Wembley Road", "Philip Highway", "Grand Boulevard", "Main Road", "Trower Road"]
NZ = [("Ōtāhuhu", "Auckland 1062", "Great South Road"), ("Petone", "Lower Hutt 5012", "Jackson Street")]
IE = [("Ballyfermot", "Dublin 10", "D10 X2K7", "Le Fanu Road"), ("Knocknacarra", "Galway", "H91 E2F4", "Ard Na Mara")]
FR = [("75011", "Paris", "rue Oberkampf"), ("69007", "Lyon", "avenue Jean Jaurès"), ("13003", "Marseille", "boulevard National")]
DE = [("50674", "Köln", "Brüsseler Straße"), ("04109", "Leipzig", "Gottschedstraße"), ("80469", "München", "Klenzestraße")]
ES = [("28045", "Madrid", "Calle de Embajadores"), ("08024", "Barcelona", "Carrer de Verdi")]
IT = [("20144", "Milano", "Via Vigevano"), ("80134", "Napoli", "Via dei Tribunali")]
IN_ = [("Koramangala", "Bengaluru", "560034", "5th Cross, 6th Block"), ("Anna Nagar", "Chennai", "600040", "2nd Avenue")]
SG = [("Tampines", "520871", "Tampines Street 81")]
BR = [("São Paulo - SP", "01310-100", "Avenida Paulista"), ("Belo Horizonte - MG", "30130-010", "Rua da Bahia")]

def addr(r, country="US"):
    """Return a list of address lines (no name)."""
    n = r.randint(2, 9890)
    if country == "US":
        city, st, z3 = r.choice(US_PLACES)
        l1 = f"{n} {r.choice(US_STREETS)}" + r.choice(["", "", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}", f" Unit {r.randint(2, 60)}"])
        return [l1, f"{city}, {st} {z3}{r.randint(10, 99)}"]
    if country == "UK":
        city, pc = r.choice(UK_PLACES)
        l = [f"{r.choice(['Flat ' + str(r.randint(1, 12)) + ', ', ''])}{r.randint(1, 240)} {r.choice(UK_STREETS)}", city, pc]
        return l
    if country == "CA":
        city, pr, pc = r.choice(CA_PLACES)
        unit = r.choice(["", f"{r.randint(101, 1908)}-"])
        return [f"{unit}{n} {r.choice(CA_STREETS)}", f"{city} {pr} {pc}"]
    if country == "AU":
        sub, st, pc = r.choice(AU_PLACES)
        return [f"{r.choice(['', 'Unit ' + str(r.randint(1, 30)) + '/', str(r.randint(1, 9)) + '/'])}{r.randint(1, 400)} {r.choice(AU_STREETS)}", f"{sub.upper()} {st} {pc}"]
    if country == "NZ":
        sub, city, st = r.choice(NZ)
        return [f"{r.randint(1, 300)} {st}", sub, city]
    if country == "IE":
        area, city, ek, st = r.choice(IE)
        return [f"{r.randint(1, 90)} {st}", area, city, ek]
    if country == "FR":
        pc, city, st = r.choice(FR)
        return [f"{r.randint(1, 140)}{r.choice(['', ' bis', ' ter'])} {st}", f"{pc} {city}"]
    if country == "DE":
        pc, city, st = r.choice(DE)
        return [f"{st} {r.randint(1, 120)}{r.choice(['', 'a', 'b'])}", f"{pc} {city}"]
    if country == "ES":
        pc, city, st = r.choice(ES)
        return [f"{st}, {r.randint(1, 200)}, {r.randint(1, 8)}º {r.choice(['1ª', '2ª', 'B', 'izda.'])}", f"{pc} {city}"]
    if country == "IT":
        pc, city, st = r.choice(IT)
        return [f"{st} {r.randint(1, 150)}", f"{pc} {city}"]
    if country == "IN":
        area, city, pin, st = r.choice(IN_)
        return [f"No. {r.randint(1, 80)}, {st}", f"{area}, {city} {pin}"]
    if country == "SG":
        area, pc, st = r.choice(SG)
        return [f"Blk {r.randint(100, 899)} {st}", f"#{r.randint(2, 15):02d}-{r.randint(10, 300)}", f"Singapore {pc}"]
    if country == "BR":
        city, cep, st = r.choice(BR)
        return [f"{st}, {r.randint(10, 2400)}, apto {r.randint(11, 190)}", f"{city}, {cep}"]
    raise ValueError(country)

def addr_parts_us(r):
    city, st, z3 = r.choice(US_PLACES)
    return f"{r.randint(2, 9890)} {r.choice(US_STREETS)}", city, st, f"{z3}{r.randint(10, 99)}"

# ----------------------------------------------------------------------------------------------- phones
def phone(r, country="US", style=None):
    if country == "US" or country == "CA":
        area = r.choice(["520", "208", "218", "973", "978", "914", "305", "915", "559", "419", "509", "478", "720", "920",
                         "810", "309", "570", "540", "301", "808"] if country == "US" else
                        ["604", "905", "450", "306", "506", "403", "204", "416", "514"])
        ex = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if ex[1:] == "11": ex = ex[0] + "21"
        ln = f"{r.randint(0, 9999):04d}"
        style = style if style is not None else r.randrange(5)
        return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}.{ex}.{ln}", f"1-{area}-{ex}-{ln}"][style]
    if country == "UK":
        return r.choice([f"07{r.randint(700, 999)} {r.randint(100000, 999999)}", f"+44 7{r.randint(400, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                         f"0116 {r.randint(200, 499)} {r.randint(1000, 9999)}", f"(029) {r.randint(2000, 2999)} {r.randint(1000, 9999)}"])
    if country == "AU":
        return r.choice([f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}", f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                         f"(02) {r.randint(8000, 9999)} {r.randint(1000, 9999)}"])
    if country == "NZ":
        return f"+64 21 {r.randint(100, 999)} {r.randint(1000, 9999)}"
    if country == "IE":
        return f"+353 8{r.choice('3567')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    if country == "FR":
        return f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    if country == "DE":
        return f"+49 151 {r.randint(1000000, 9999999)}"
    if country == "ES":
        return f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if country == "IT":
        return f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    if country == "IN":
        return f"+91 {r.choice('6789')}{r.randint(1000, 9999)} {r.randint(10000, 99999)}"
    if country == "SG":
        return f"+65 {r.choice('89')}{r.randint(100, 999)} {r.randint(1000, 9999)}"
    if country == "BR":
        return f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    raise ValueError(country)

# ----------------------------------------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def ymd(r, y0=1938, y1=2006):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)

def dfmt(d, style):
    y, m, dd = d
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "uk": f"{dd:02d}/{m:02d}/{y}",
            "long": f"{dd} {MONTHS[m - 1]} {y}", "uslong": f"{MONTHS[m - 1]} {dd}, {y}", "compact": f"{y}{m:02d}{dd:02d}",
            "de": f"{dd:02d}.{m:02d}.{y}", "mon": f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y}", "short": f"{m}/{dd}/{str(y)[2:]}"}[style]

# ----------------------------------------------------------------------------------------------- identifiers
def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    s = f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"
    return s

CARD_PREFIX = {"visa": ["4"], "mc": ["51", "52", "53", "54", "55", "2221", "2387", "2720"], "amex": ["34", "37"], "disc": ["6011", "65"]}
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4000056655665556"}

def card(r, kind=None, sep=" "):
    kind = kind or r.choice(list(CARD_PREFIX))
    p = r.choice(CARD_PREFIX[kind])
    n = 15 if kind == "amex" else 16
    num = luhn_complete(p + digits(r, n - len(p) - 1))
    if num in TEST_CARDS: return card(r, kind, sep)
    if kind == "amex":
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))

def bad_card(r):
    c = card(r, "visa", " ")
    last = int(c[-1]); c = c[:-1] + str((last + 3) % 10)
    assert not luhn_ok(c)
    return c

def iban(r, cc=None, spaced=True):
    cc = cc or r.choice(["GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "PT", "AT", "CH", "PL", "NO", "FI", "AE", "SA"])
    U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    b = {"GB": lambda: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14),
         "IE": lambda: r.choice(["AIBK", "BOFI"]) + digits(r, 14),
         "DE": lambda: digits(r, 18), "FR": lambda: digits(r, 23), "ES": lambda: digits(r, 20),
         "IT": lambda: r.choice(U) + digits(r, 22), "NL": lambda: r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(r, 10),
         "BE": None, "PT": lambda: digits(r, 21), "AT": lambda: digits(r, 16), "CH": lambda: digits(r, 17),
         "PL": lambda: digits(r, 24), "NO": lambda: digits(r, 11), "FI": lambda: digits(r, 14), "AE": lambda: digits(r, 19),
         "SA": lambda: digits(r, 2) + digits(r, 18)}[cc]
    if cc == "BE":
        ten = digits(r, 10); k = int(ten) % 97 or 97; bban = ten + f"{k:02d}"
    else:
        bban = b()
    s = iban_make(cc, bban)
    assert iban_mod(s) == 1
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

def bad_iban(r, cc="DE"):
    s = iban(r, cc, spaced=True)
    ck = int(s[2:4]); s = s[:2] + f"{(ck + 11) % 97 + 2:02d}"[-2:] + s[4:]
    if iban_mod(s) == 1: return bad_iban(r, cc)
    return s

def nhs(r, spaced=True):
    while True:
        d9 = str(r.randint(4, 6)) + digits(r, 8)
        c = nhs_check(d9)
        if c is not None: break
    n = d9 + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n

def bad_nhs(r):
    while True:
        n = nhs(r, False); n = n[:9] + str((int(n[9]) + 1) % 10)
        if not nhs_ok(n): return f"{n[:3]} {n[3:6]} {n[6:]}"

def nino(r, spaced=True):
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in NINO_BAD_PREFIX: break
    d = digits(r, 6); s = r.choice("ABCD")
    v = f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{p}{d}{s}"
    assert nino_ok(v)
    return v

def uk_sort(r): return f"{r.randint(10, 99)}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"
def uk_acct(r): return digits(r, 8)

def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); n = digits(r, 7)
        v = f"{p}{n}{DNI_LET[int(str('XYZ'.index(p)) + n) % 23]}"
    else:
        n = f"{r.randint(1000000, 99999999):08d}"; v = n + DNI_LET[int(n) % 23]
    assert dni_ok(v)
    return v

def bad_dni(r):
    v = dni(r); l = DNI_LET[(DNI_LET.index(v[-1]) + 5) % 23]; v = v[:-1] + l
    assert not dni_ok(v)
    return v

def nir(r, sex, y, m, spaced=True):
    dept = r.choice(["75", "69", "13", "59", "33", "31", "44", "67", "06", "93"])
    core = f"{1 if sex == 'M' else 2}{y % 100:02d}{m:02d}{dept}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
    k = nir_key(core)
    return f"{core[0]} {core[1:3]} {core[3:5]} {core[5:7]} {core[7:10]} {core[10:13]} {k:02d}" if spaced else f"{core}{k:02d}"

def steuer_id(r, spaced=False):
    while True:
        ds = r.sample("0123456789", 9)
        if ds[0] == "0": continue
        dup = r.choice(ds[1:]) if r.random() < 0.5 else ds[0]
        ten = ds + [dup]
        first = ten[0]; rest = ten[1:]; r.shuffle(rest); ten = [first] + rest
        s10 = "".join(ten)
        if s10[0] == "0": continue
        v = s10 + str(steuer_check(s10))
        if steuer_ok(v): break
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v

def bad_steuer(r):
    v = steuer_id(r); v = v[:10] + str((int(v[10]) + 4) % 10)
    assert not steuer_ok(v)
    return v

def _cf_part(s, is_name):
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if c.isalpha() and c.isascii())
    cons = [c for c in s if c not in "AEIOU"]; vows = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]

BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "C351", "E506"]
def codice_fiscale(r, p, y, m, d):
    s = _cf_part(p.family, False) + _cf_part(p.given, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
    s += f"{d + (40 if p.sex == 'F' else 0):02d}" + r.choice(BELFIORE)
    v = s + cf_check(s)
    assert cf_ok(v)
    return v

def bad_cf(v):
    c = chr((ord(v[-1]) - 65 + 7) % 26 + 65)
    return v[:-1] + c

def sin(r, sep=" "):
    while True:
        v = luhn_complete(r.choice("1234567") + digits(r, 7))
        if luhn_ok(v): break
    return sep.join([v[:3], v[3:6], v[6:]])

def bad_sin(r):
    v = sin(r, "").replace(" ", "")
    v = v[:8] + str((int(v[8]) + 5) % 10)
    assert not luhn_ok(v)
    return f"{v[:3]}-{v[3:6]}-{v[6:]}"

def cpf(r, fmt=True):
    while True:
        d9 = digits(r, 9)
        if len(set(d9)) > 1: break
    v = d9 + cpf_digits(d9)
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if fmt else v

def bad_cpf(r):
    v = cpf(r); v = v[:-1] + str((int(v[-1]) + 1) % 10)
    assert not cpf_ok(v)
    return v

def aadhaar(r, spaced=True):
    d11 = str(r.randint(2, 9)) + digits(r, 10)
    v = d11 + str(verhoeff_digit(d11))
    assert verhoeff_ok(v)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if spaced else v

def bad_aadhaar(r):
    v = aadhaar(r, False); v = v[:11] + str((int(v[11]) + 1) % 10)
    assert not verhoeff_ok(v)
    return f"{v[:4]} {v[4:8]} {v[8:]}"

def nric(r, prefix=None):
    prefix = prefix or r.choice("STFG")
    d7 = digits(r, 7)
    return prefix + d7 + nric_letter(prefix, d7)

def bad_nric(r):
    v = nric(r, "S"); tab = "JZIHGFEDCBA"; v = v[:-1] + tab[(tab.index(v[-1]) + 3) % 11]
    assert not nric_ok(v)
    return v

def mbi(r, dashed=None):
    A = MBI_LET; AN = MBI_LET + "0123456789"
    s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice("0123456789") + r.choice(A) + r.choice(AN)
         + r.choice("0123456789") + r.choice(A) + r.choice(A) + digits(r, 2))
    assert mbi_ok(s)
    if dashed is None: dashed = r.random() < 0.5
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s

def mrn(r):
    return r.choice([lambda: digits(r, 8), lambda: "MRN" + digits(r, 7), lambda: f"{r.randint(10, 99)}-{digits(r, 3)}-{digits(r, 3)}",
                     lambda: "E" + digits(r, 9), lambda: f"{r.choice(['RX', 'KH', 'SJ'])}{digits(r, 6)}"])()

def member_id(r):
    return r.choice([lambda: r.choice("WXYZ") + digits(r, 9), lambda: f"{r.choice(['XEH', 'JQU', 'ZGP', 'MKB'])}{digits(r, 9)}",
                     lambda: f"{digits(r, 9)}-0{r.randint(1, 4)}", lambda: "U" + digits(r, 8) + "01", lambda: f"H{digits(r, 8)}"])()

US_PASSPORT_FMT = lambda r: r.choice([digits(r, 9), r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)])
PASSPORT_FMT = {
    "United Kingdom": lambda r: digits(r, 9), "Canada": lambda r: r.choice(["AB", "GA", "HK", "AK"]) + digits(r, 6),
    "Australia": lambda r: r.choice("NPREM") + ("A" if r.random() < .4 else "") + digits(r, 7),
    "Germany": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "France": lambda r: f"{digits(r, 2)}{r.choice('ABCDEFGH')}{r.choice('KLMNPR')}{digits(r, 5)}",
    "India": lambda r: r.choice("JKLMNPRSTVZ") + digits(r, 7), "Ireland": lambda r: r.choice(["PA", "PD", "LC"]) + digits(r, 7),
    "New Zealand": lambda r: r.choice(["LA", "LH", "RA"]) + digits(r, 6), "Mexico": lambda r: r.choice("GN") + digits(r, 8),
    "Brazil": lambda r: r.choice(["FT", "GB", "YB"]) + digits(r, 6), "Japan": lambda r: r.choice(["TK", "TR", "MU"]) + digits(r, 7),
    "Spain": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(r, 6),
    "Italy": lambda r: r.choice(["YA", "YB", "AA"]) + digits(r, 7),
    "Netherlands": lambda r: "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(2)) + "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ0123456789") for _ in range(6)) + digits(r, 1),
    "Philippines": lambda r: "P" + digits(r, 7) + r.choice("ABC"), "Nigeria": lambda r: "A" + digits(r, 8),
    "South Africa": lambda r: "A" + digits(r, 8), "China": lambda r: "E" + digits(r, 8), "Korea": lambda r: "M" + digits(r, 8),
    "Poland": lambda r: "E" + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 7), "Jamaica": lambda r: "A" + digits(r, 7),
    "Pakistan": lambda r: r.choice(["AB", "CV", "BN"]) + digits(r, 7), "Somalia": lambda r: "P" + digits(r, 8),
}
PP_LABEL = {"en": "Passport No.", "fr": "N° de passeport", "de": "Reisepassnummer", "es": "Número de pasaporte",
            "it": "Numero di passaporto", "nl": "Paspoortnummer", "pt": "Número do passaporte", "pl": "Numer paszportu",
            "tl": "Numero ng pasaporte", "ja": "Passport No. / 旅券番号"}

# US state driver licence formats (number only; state named nearby by the template)
DL_FMT = {
    "California": lambda r: r.choice("ABCDEFGNY") + digits(r, 7),
    "Florida": lambda r: f"{r.choice('BGHKMRSTW')}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
    "New York": lambda r: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", "Texas": lambda r: digits(r, 8),
    "Illinois": lambda r: f"{r.choice('ABDKMPRS')}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
    "Washington": lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
    "Pennsylvania": lambda r: f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
    "New Jersey": lambda r: f"{r.choice('ABCDGHKLMPRSTW')}{digits(r, 4)} {digits(r, 5)} {digits(r, 5)}",
    "Michigan": lambda r: f"{r.choice('BCDGHKLMPRSTW')} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
    "Ohio": lambda r: r.choice(["SA", "RT", "TL", "UB"]) + digits(r, 6), "Georgia": lambda r: digits(r, 9),
    "Arizona": lambda r: r.choice("ABDY") + digits(r, 8), "Massachusetts": lambda r: "S" + digits(r, 8),
    "Colorado": lambda r: f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}",
    "Wisconsin": lambda r: f"{r.choice('ABKMPS')}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}",
    "Minnesota": lambda r: r.choice("BCHKMP") + digits(r, 12), "Virginia": lambda r: f"T{digits(r, 2)}-{digits(r, 2)}-{digits(r, 4)}",
    "Maryland": lambda r: f"{r.choice('BCHKMS')}-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}",
    "Hawaii": lambda r: "H" + digits(r, 8), "North Carolina": lambda r: digits(r, 12), "Nevada": lambda r: digits(r, 10),
}
STATE_ABBR = {"California": "CA", "Florida": "FL", "New York": "NY", "Texas": "TX", "Illinois": "IL", "Washington": "WA",
              "Pennsylvania": "PA", "New Jersey": "NJ", "Michigan": "MI", "Ohio": "OH", "Georgia": "GA", "Arizona": "AZ",
              "Massachusetts": "MA", "Colorado": "CO", "Wisconsin": "WI", "Minnesota": "MN", "Virginia": "VA", "Maryland": "MD",
              "Hawaii": "HI", "North Carolina": "NC", "Nevada": "NV"}
OTHER_DL = {
    "Ontario": lambda r: f"{r.choice('ABCDGKLMPRSTW')}{digits(r, 4)}-{digits(r, 5)}-{digits(r, 5)}",
    "British Columbia": lambda r: digits(r, 7), "Alberta": lambda r: f"{digits(r, 6)}-{digits(r, 3)}",
    "New South Wales": lambda r: digits(r, 8), "Victoria": lambda r: digits(r, 9), "Queensland": lambda r: digits(r, 9),
    "United Kingdom (DVLA)": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTWY") for _ in range(5)) + digits(r, 6) + "".join(r.choice("ABCDEFGHJKLMNPRSTWY") for _ in range(2)) + digits(r, 1) + "".join(r.choice("ABCDEFGHJKLMNPRSTWY") for _ in range(2)),
}

def ipv4(r, kind=None):
    kind = kind or r.choice(["doc1", "doc2", "doc3", "priv10", "priv192", "priv172", "pub"])
    return {"doc1": lambda: f"192.0.2.{r.randint(1, 254)}", "doc2": lambda: f"198.51.100.{r.randint(1, 254)}",
            "doc3": lambda: f"203.0.113.{r.randint(1, 254)}", "priv10": lambda: f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            "priv192": lambda: f"192.168.{r.randint(0, 40)}.{r.randint(2, 254)}", "priv172": lambda: f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            "pub": lambda: f"{r.choice([81, 86, 109, 142, 151, 177, 185, 212])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"}[kind]()

def ipv6(r):
    return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"

# hard negative material
def uuid(r): return "%08x-%04x-4%03x-%x%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.choice([8, 9, 10, 11]), r.getrandbits(12), r.getrandbits(48))
def sha(r, n=40): return "".join(r.choice("0123456789abcdef") for _ in range(n))
def semver(r): return f"{r.randint(0, 14)}.{r.randint(0, 40)}.{r.randint(0, 30)}"
def ipish_version(r): return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(100, 999)}.{r.randint(1000, 9999)}"
def ts(r, y=2024): return f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"
def order_no(r): return r.choice([f"ORD-{r.randint(2023, 2025)}-{digits(r, 6)}", f"#{digits(r, 7)}", f"SO{digits(r, 8)}"])
def tracking(r): return r.choice([f"1Z{''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}03{digits(r, 8)}", f"9400 1{digits(r, 3)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}", f"JD0{digits(r, 17)}"])
def req_id(r): return r.choice([uuid(r), "req_" + sha(r, 24), f"Root=1-{sha(r, 8)}-{sha(r, 24)}"])
def masked_ssn(r): return r.choice([f"***-**-{digits(r, 4)}", f"XXX-XX-{digits(r, 4)}", f"xxx-xx-{digits(r, 4)}"])
def masked_card(r): return r.choice([f"**** **** **** {digits(r, 4)}", f"XXXX-XXXX-XXXX-{digits(r, 4)}", f"4{digits(r, 5)}******{digits(r, 4)}", f"ending in {digits(r, 4)}"])
def claim_no(r):
    while True:
        v = f"{r.randint(1, 9)}{digits(r, 14)}"
        if not luhn_ok(v): return v
def npi(r):
    # NPI uses Luhn over "80840"+9 digits; unlabelled anyway
    while True:
        n9 = "1" + digits(r, 8)
        for c in "0123456789":
            if luhn_ok("80840" + n9 + c): return n9 + c

COMPANIES_PERSON = ["Johnson & Johnson", "Charles Schwab", "Morgan Stanley", "Goldman Sachs", "Walgreens", "Dell Technologies",
                    "Ernst & Young", "Sainsbury's", "Tim Hortons", "Hoffmann-La Roche", "Marks & Spencer", "Wells Fargo",
                    "McKinsey & Company", "Merrill Lynch", "Harvey Norman", "Boots", "John Lewis", "Ben & Jerry's", "Ford Credit",
                    "Kaiser Permanente", "Mayo Clinic", "Johns Hopkins Medicine", "Shoppers Drug Mart", "Anthem Blue Cross"]
HOLIDAYS = ["Martin Luther King Jr. Day", "Boxing Day", "Canada Day", "ANZAC Day", "Juneteenth", "Remembrance Day", "Victoria Day",
            "Presidents' Day", "St David's Day", "Waitangi Day", "Thanksgiving", "Family Day"]

DIAG = ["type 2 diabetes mellitus", "essential hypertension", "major depressive disorder, recurrent", "generalized anxiety disorder",
        "moderate persistent asthma", "COPD", "chronic kidney disease stage 3b", "paroxysmal atrial fibrillation", "hypothyroidism",
        "rheumatoid arthritis", "Crohn's disease", "ulcerative colitis", "relapsing-remitting multiple sclerosis", "focal epilepsy",
        "chronic migraine", "bipolar I disorder", "schizoaffective disorder", "HIV-1 infection", "chronic hepatitis C",
        "plaque psoriasis", "obstructive sleep apnea", "osteoarthritis of the right knee", "heart failure with reduced ejection fraction",
        "opioid use disorder", "alcohol use disorder, moderate", "post-traumatic stress disorder", "ADHD, combined type", "coeliac disease",
        "systemic lupus erythematosus", "Graves' disease", "Hashimoto's thyroiditis", "Parkinson's disease", "iron deficiency anaemia",
        "sickle cell disease", "cystic fibrosis", "endometriosis", "polycystic ovary syndrome", "gout", "community-acquired pneumonia",
        "left lower leg cellulitis", "deep vein thrombosis", "post-COVID-19 condition", "atopic dermatitis", "stage II breast cancer",
        "diffuse large B-cell lymphoma", "anorexia nervosa", "hidradenitis suppurativa", "narcolepsy type 1"]
MEDS = ["metformin", "lisinopril", "atorvastatin", "sertraline", "escitalopram", "levothyroxine", "Humira", "adalimumab", "Ozempic",
        "semaglutide", "insulin glargine", "apixaban", "Eliquis", "warfarin", "buprenorphine/naloxone", "Suboxone", "methotrexate",
        "lamotrigine", "quetiapine", "lithium carbonate", "albuterol", "Symbicort", "tiotropium", "amlodipine", "losartan",
        "pantoprazole", "gabapentin", "prednisone", "Biktarvy", "Epclusa", "tamoxifen", "Stelara", "Dupixent", "Mounjaro",
        "tirzepatide", "Jardiance", "empagliflozin", "Vyvanse", "methylphenidate", "montelukast", "hydroxychloroquine", "allopurinol",
        "sumatriptan", "topiramate", "Trikafta", "Entresto", "ocrelizumab", "Skyrizi", "Xarelto", "Wegovy", "naltrexone", "clozapine"]

# ----------------------------------------------------------------------------------------------- templates
TEMPLATES = []
def tpl(fmt, count):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fmt, count, fn)); return fn
    return deco

P = lambda v: L("PERSON", v)
def A(lines, sep="\n"): return L("ADDRESS", sep.join(lines))

def pick_state(r):
    st = r.choice(list(DL_FMT)); return st, DL_FMT[st](r)

# ---------------------------------------------------------------- forms / KYC
@tpl("form", 4)
def telehealth_intake(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1950, 2003); st_, city, st, z = addr_parts_us(r)
    payer = r.choice(["Aetna Choice POS II", "Highmark BCBS PPO", "UnitedHealthcare Options PPO", "Cigna Open Access Plus", "Ambetter Balanced Care 12"])
    dx, dx2 = r.sample(DIAG, 2); m1, m2 = r.sample(MEDS, 2)
    d.t("VIRTUAL VISIT — NEW PATIENT INTAKE\n", f"Submitted via patient portal {ts(r)}  session {uuid(r)}\n\n")
    d.t("Section 1 · About you\n")
    d.t("  Legal name ........ ", P(p.full), "\n")
    if n % 2: d.t("  Preferred name .... ", P(p.given), "\n")
    d.t("  Date of birth ..... ", L("DATE_OF_BIRTH", dfmt(dob, "us")), "\n")
    d.t("  Sex assigned at birth: ", p.sex, "   Pronouns: ", r.choice(["she/her", "he/him", "they/them"]), "\n")
    d.t("  Home address ...... ", L("ADDRESS", f"{st_}, {city}, {st} {z}"), "\n")
    d.t("  Mobile ............ ", L("PHONE", phone(r)), "   OK to text? Y\n")
    d.t("  Email ............. ", L("EMAIL", p.email(r)), "\n\n")
    d.t("Section 2 · Coverage\n", f"  Plan name: {payer}\n", "  Member ID: ", L("HEALTH_PLAN_ID", member_id(r)),
        f"    Group #: {r.randint(100000, 999999)}    Rx BIN: 0{r.randint(10000, 99999)}  PCN: {r.choice(['ADV', 'MEDDPRIME', 'CN'])}\n")
    d.t("  Subscriber: ", r.choice(["Self", "Self"]), "\n\n")
    d.t("Section 3 · Health history (check all that apply / free text)\n")
    d.t("  [x] ", L("DIAGNOSIS", dx), f" — diagnosed {r.randint(2005, 2022)}\n")
    d.t("  [ ] Cancer   [ ] Stroke   [ ] Seizures\n")
    d.t("  Other: ", L("DIAGNOSIS", dx2), "\n")
    d.t("  Current medications: ", L("MEDICATION", m1), f" {r.choice(['10 mg', '500 mg', '25 mcg', '1 tab'])} daily; ", L("MEDICATION", m2), " as needed\n")
    d.t("  Allergies: ", r.choice(["NKDA", "penicillin (hives)", "sulfa"]), "\n")
    d.t("  Reason for visit: ", r.choice(["med refill", "follow-up on labs", "new rash", "sleep problems"]), "\n\n")
    if n >= 2:
        pharm_city = r.choice(["Walgreens #0" + digits(r, 4), "CVS Pharmacy #" + digits(r, 5)])
        d.t("Preferred pharmacy: ", pharm_city, ", ", L("PHONE", phone(r, style=0)), "\n")
    d.t(f"Consent to telehealth: signed electronically {dfmt(ymd(r, 2024, 2024), 'us')} (IP ", L("IP_ADDRESS", ipv4(r, "pub")), ")\n")
    return d

@tpl("form", 4)
def loan_application(r, n):
    d = Doc(); p = Person(r); co = Person(r); dob = ymd(r, 1960, 2000)
    ca = n == 3
    d.t("UNIFORM RESIDENTIAL LOAN APPLICATION — SUMMARY PAGE (generated " + dfmt(ymd(r, 2024, 2024), "iso") + ")\n")
    d.t(f"Loan # {r.randint(10, 99)}{digits(r, 8)}    Lender case # LC-{digits(r, 6)}    Agency case # n/a\n")
    d.t("=" * 72 + "\n")
    d.t("Borrower name:        ", P(p.full_mi), "\n")
    if ca:
        d.t("Social Insurance No.: ", L("CA_SIN", sin(r, r.choice([" ", "-"]))), "\n")
        d.t("Date of birth (DD/MM/YYYY): ", L("DATE_OF_BIRTH", dfmt(dob, "uk")), "\n")
        prov = r.choice(["Ontario", "British Columbia", "Alberta"])
        d.t(f"Driver's licence ({prov}): ", L("DRIVER_LICENSE", OTHER_DL[prov](r)), "\n")
        d.t("Current address:      ", A(addr(r, "CA"), ", "), f"   ({r.randint(1, 12)} yrs)\n")
        d.t("Cell:                 ", L("PHONE", phone(r, "CA")), "\n")
    else:
        d.t("Social Security Number: ", L("US_SSN", ssn(r)), "\n")
        d.t("DOB (mm/dd/yyyy):     ", L("DATE_OF_BIRTH", dfmt(dob, "us")), "\n")
        st, dl = pick_state(r)
        if n % 2:
            d.t(f"ID type: Driver License   Issuing state: {st}   ID #: ", L("DRIVER_LICENSE", dl), f"   Exp: {dfmt(ymd(r, 2026, 2031), 'us')}\n")
        else:
            d.t(f"Driver's License No. ({STATE_ABBR[st]} - {st}): ", L("DRIVER_LICENSE", dl), "\n")
        d.t("Current address:      ", A(addr(r, "US"), ", "), f"   Housing: {r.choice(['Rent', 'Own', 'Living rent free'])}\n")
        d.t("Home phone:           ", L("PHONE", phone(r)), "\n")
        if n == 2:
            d.t("Secondary ID: U.S. Passport No. ", L("US_PASSPORT", US_PASSPORT_FMT(r)), f" (issued {dfmt(ymd(r, 2016, 2023), 'us')})\n")
    d.t("Email:                ", L("EMAIL", p.email(r)), "\n")
    d.t("Marital status: ", r.choice(["Married", "Unmarried", "Separated"]), "    Dependents: ", str(r.randint(0, 3)), "\n\n")
    d.t("Co-borrower:          ", P(co.full), "\n")
    emp = r.choice(COMPANIES_PERSON)
    d.t(f"Employer: {emp}   Position: {r.choice(['Analyst II', 'RN', 'Warehouse Lead', 'Teacher'])}   Gross monthly income: ${r.randint(3, 14)},{r.randint(100, 999)}.00\n")
    d.t("Assets — checking account: ")
    if ca:
        d.t(f"transit {digits(r, 5)} inst {r.choice(['001', '004', '003'])} acct {digits(r, 7)}\n")
    else:
        d.t(f"routing 0{digits(r, 8)} acct ending {digits(r, 4)}\n")
    d.t(f"Credit report ref: CR{digits(r, 10)}   pulled {ts(r)}\n")
    d.t("Loan originator: ", P(Person(r).full), f"  NMLS ID {r.randint(100000, 2400000)}\n")
    return d

@tpl("form", 3)
def uk_kyc_onboarding(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1955, 2004)
    d.t("Open a current account — application record\n", f"Reference: APP/{digits(r, 8)}/{r.choice('ABCDEFGH')}   Channel: mobile app v{semver(r)}\n\n")
    d.t("Title: ", r.choice(["Mr", "Ms", "Mx", "Dr"]), "\nFirst name(s): ", P(p.given), "\nSurname: ", P(p.family), "\n")
    d.t("Date of birth: ", L("DATE_OF_BIRTH", dfmt(dob, r.choice(["uk", "long"]))), "\n")
    d.t("National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, n != 1)), "\n")
    d.t("Residential address:\n")
    lines = addr(r, "UK")
    d.t("  ", L("ADDRESS", "\n  ".join(lines)), "\n")
    d.t("Time at address: ", f"{r.randint(0, 20)} years\n")
    d.t("Mobile: ", L("PHONE", phone(r, "UK")), "\nEmail: ", L("EMAIL", p.email(r)), "\n\n")
    d.t("Identity document\n")
    if n == 0:
        d.t("  Type: Passport   Issuing country: United Kingdom\n  Document number: ", L("PASSPORT", PASSPORT_FMT["United Kingdom"](r)), f"   Expiry: {dfmt(ymd(r, 2027, 2033), 'uk')}\n")
    elif n == 1:
        d.t("  Type: Photocard driving licence (DVLA)\n  Licence number: ", L("DRIVER_LICENSE", OTHER_DL["United Kingdom (DVLA)"](r)), "\n")
    else:
        c = r.choice(["Poland", "Nigeria", "Pakistan", "Korea"])
        d.t(f"  Type: Passport   Nationality: {c}\n  Passport number: ", L("PASSPORT", PASSPORT_FMT[c](r)), "\n  BRP: not provided\n")
    d.t("\nSwitching from another bank (Current Account Switch Service)\n")
    if n % 2 == 0:
        d.t("  Old account: ", L("UK_BANK_ACCOUNT", f"{uk_sort(r)} {uk_acct(r)}"), "\n")
    else:
        d.t(f"  Sort code: {uk_sort(r)}\n  Account number: ", L("UK_BANK_ACCOUNT", uk_acct(r)), "\n")
    d.t(f"  Switch date: {dfmt(ymd(r, 2025, 2025), 'uk')}\n\nChecks: Experian ", r.choice(["PASS", "REFER"]), f" (score {r.randint(300, 999)}), PEP/sanctions CLEAR, device fingerprint {sha(r, 16)}\n")
    return d

@tpl("form", 7)
def aml_alert(r, n):
    d = Doc()
    cases = [("Germany", "de", "DE"), ("Italy", "it", "IT"), ("Spain", "es", "ES"), ("France", "fr", "FR"), ("Brazil", "pt", "BR"), ("India", "en", "IN"), ("Singapore", "en", "SG")]
    country, lang, cc = cases[n]
    origin = {"Germany": "german", "Italy": "italian", "Spain": "mexican", "France": "quebecois", "Brazil": "portuguese", "India": "tamil", "Singapore": "cantonese"}[country]
    p = Person(r, origin); dob = ymd(r, 1950, 1999)
    d.t(f"TRANSACTION MONITORING ALERT  #{r.randint(100000, 999999)}    Rule: {r.choice(['TM-017 Rapid movement of funds', 'TM-042 Structuring below threshold', 'TM-108 High-risk corridor'])}\n")
    d.t(f"Priority: {r.choice(['P1', 'P2'])}   Score: {r.randint(61, 99)}   Generated: {ts(r)}   Queue: EDD-{r.choice(['EMEA', 'APAC', 'LATAM'])}\n\n")
    d.t("Subject\n-------\n", "Customer name   : ", P(p.upper if n % 2 else p.full), "\n")
    d.t(f"Customer ID     : CIF{digits(r, 9)}\n", "Date of birth   : ", L("DATE_OF_BIRTH", dfmt(dob, "de" if cc in "DE FR IT ES BR" else "iso")), "\n")
    d.t(f"Nationality     : {country}\n")
    ppl = PP_LABEL[lang]
    d.t(f"{ppl:<16}: ", L("PASSPORT", PASSPORT_FMT[country if country != 'Singapore' else 'China'](r) if country in PASSPORT_FMT or country == 'Singapore' else digits(r, 9)), "\n")
    if cc == "DE": d.t("Steuer-ID       : ", L("DE_TAX_ID", steuer_id(r, r.random() < .5)), "\n")
    if cc == "IT": d.t("Codice fiscale  : ", L("IT_FISCAL_CODE", codice_fiscale(r, p, *dob)), "\n")
    if cc == "ES": d.t("DNI/NIE         : ", L("ES_DNI", dni(r, r.random() < .5)), "\n")
    if cc == "FR": d.t("N° de sécurité sociale : ", L("FR_NIR", nir(r, p.sex, dob[0], dob[1])), "\n")
    if cc == "BR": d.t("CPF             : ", L("BR_CPF", cpf(r)), "\n")
    if cc == "IN": d.t("Aadhaar (UID)   : ", L("IN_AADHAAR", aadhaar(r)), "\n", f"PAN             : {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(5))}{digits(r, 4)}{r.choice('ABCDEFGH')}\n")
    if cc == "SG": d.t("NRIC/FIN        : ", L("SG_NRIC", nric(r)), "\n")
    d.t("Address         : ", A(addr(r, cc if cc != "DE" or True else "DE"), ", "), "\n")
    d.t("Phone           : ", L("PHONE", phone(r, cc)), "\n\n")
    d.t("Activity (last 30 days)\n")
    d.t(f"{'date':<12}{'direction':<10}{'amount':>14}  counterparty\n")
    for _ in range(r.randint(2, 4)):
        cp_iban = iban(r, r.choice(["GB", "NL", "AE", "PT", "PL", "CH", "SA"]))
        d.t(f"{dfmt(ymd(r, 2024, 2024), 'iso'):<12}{r.choice(['IN', 'OUT']):<10}{r.randint(1000, 9999)},{r.randint(10, 99)} EUR  ", L("IBAN", cp_iban), "\n")
    d.t("\nCustomer account: ", L("IBAN", iban(r, "DE" if cc not in ("FR", "ES", "IT") else cc)), "\n")
    d.t("Last login IP: ", L("IP_ADDRESS", ipv4(r, "pub")), f"  (geo mismatch: {r.choice(['AE', 'TR', 'CY', 'MT'])})\n")
    d.t("Analyst: ", P(Person(r).full), "   Disposition: ", r.choice(["Escalate to SAR", "Close – explained", "RFI sent"]), "\n")
    return d

@tpl("form", 3)
def blank_form(r, n):
    d = Doc()
    if n == 0:
        d.t("PATIENT REGISTRATION FORM (please print clearly)\n\n")
        for lab in ["Patient Name", "Date Of Birth", "Social Security Number", "Home Address", "City / State / Zip", "Phone Number",
                    "Email Address", "Insurance Carrier", "Member ID", "Group Number", "Emergency Contact", "Relationship"]:
            d.t(f"{lab}: ____________________________\n")
        d.t("\nOffice use: Acct # ________  Reviewed by ________\n", "Rev. 03/2019  Form PR-11  ", "© Johns Hopkins Medicine affiliate template\n")
    elif n == 1:
        d.t("KYC REFRESH — CORPORATE CLIENT CHECKLIST\n\n")
        for lab in ["Passport Number", "Driver's License Number", "Issuing State", "IBAN", "Sort Code", "Account Number",
                    "National Insurance Number", "Tax Identification Number", "Date of Birth (DD/MM/YYYY)"]:
            d.t(f"[ ] {lab:<36} (certified copy required)\n")
        d.t(f"\nSubmit to the onboarding queue before {r.choice(HOLIDAYS)}. Template v{semver(r)}, owner: Client Lifecycle Ops.\n")
    else:
        d.t("Claim Form — Direct Member Reimbursement\n\nPART A. Member Information\n")
        d.t("Member ID ______________  Person Code ___  Date of Birth __/__/____\nLast Name ______________  First Name ______________  M.I. __\n")
        d.t("PART B. Prescription Information\nRx Number ________  Date Filled __/__/____  NDC ___________  Quantity ____  Days Supply ___\n")
        d.t("Pharmacy NPI __________  Pharmacy Name __________________\n\n")
        d.t("Mail to: Claims Processing, P.O. Box — see back of ID card. Fax to the number printed on your card.\n", "Form DMR-2023-04 (page 1 of 2)\n")
    return d

@tpl("form", 3)
def pa_request_form(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1945, 2010); doc = Person(r); med = r.choice(["Humira", "Dupixent", "Ozempic", "Mounjaro", "Stelara", "Skyrizi", "Trikafta", "ocrelizumab"])
    dx = r.choice(["plaque psoriasis", "atopic dermatitis", "type 2 diabetes mellitus", "Crohn's disease", "cystic fibrosis", "relapsing-remitting multiple sclerosis", "hidradenitis suppurativa"])
    medicare = n == 2
    d.t("PRIOR AUTHORIZATION REQUEST — SPECIALTY PHARMACY\n", f"Fax to: {r.choice(['CVS Caremark', 'Express Scripts', 'OptumRx'])} PA Dept   Pages: 3   Urgent: {r.choice(['No', 'Yes'])}\n\n")
    d.t("MEMBER\n  Name: ", P(p.last_first), "\n  DOB: ", L("DATE_OF_BIRTH", dfmt(dob, "us")), "\n")
    if medicare:
        d.t("  Medicare Beneficiary Identifier (MBI): ", L("US_MBI", mbi(r)), "\n  Part D plan: ", r.choice(["SilverScript Choice (PDP)", "WellCare Value Script"]), "\n")
    else:
        d.t("  Member ID #: ", L("HEALTH_PLAN_ID", member_id(r)), f"   Group #: {r.choice(['RX', 'GRP'])}{digits(r, 5)}\n")
    d.t("  Phone: ", L("PHONE", phone(r)), "\n\nPRESCRIBER\n  Name: Dr. ", P(doc.full), f", {r.choice(['MD', 'DO', 'NP'])}\n  NPI: {npi(r)}   DEA: {r.choice('ABFM')}{r.choice('ABCDEFGH')}{digits(r, 7)}\n")
    d.t("  Office phone: ", L("PHONE", phone(r)), "   Fax: ", L("PHONE", phone(r)), "\n\n")
    d.t("MEDICATION REQUESTED\n  Drug: ", L("MEDICATION", med), f"   Strength: {r.choice(['40 mg/0.4 mL', '300 mg/2 mL', '2 mg/1.5 mL', '90 mg'])}   Qty: {r.randint(1, 4)}   Refills: {r.randint(0, 5)}\n")
    d.t("  Diagnosis: ", L("DIAGNOSIS", dx), f"   ICD-10: {r.choice(['L40.0', 'L20.9', 'E11.65', 'K50.90', 'E84.0', 'G35', 'L73.2'])}\n")
    prev = r.choice(["methotrexate", "metformin", "topical triamcinolone", "prednisone"])
    d.t("  Previously tried and failed: ", L("MEDICATION", prev), f" ({r.randint(3, 14)} weeks, inadequate response)\n")
    d.t("\nClinical notes: BSA involvement and labs attached. Not for cosmetic use. Biosimilar acceptable: ", r.choice(["Yes", "No"]), "\n")
    return d

# ---------------------------------------------------------------- clinical
@tpl("clinical_note", 3)
def pa_decision_letter(r, n):
    d = Doc(); p = Person(r); doc = Person(r); dob = ymd(r, 1940, 2005); dx = r.choice(DIAG); med = r.choice(MEDS)
    approved = n != 1
    a = addr(r, "US")
    d.t(r.choice(["Meridian Health Plan of Ohio", "CareSource Georgia", "Premera Blue Cross", "Blue Cross NC"]), "\nUtilization Management Department\n")
    d.t(f"{dfmt(ymd(r, 2024, 2024), 'uslong')}\n\n")
    d.t(P(p.full), "\n", L("ADDRESS", "\n".join(a)), "\n\n")
    d.t("RE: Prior authorization ", "approval" if approved else "adverse benefit determination", "\n")
    d.t("Member: ", P(p.full), "     Member ID: ", L("HEALTH_PLAN_ID", member_id(r)), "     Date of birth: ", L("DATE_OF_BIRTH", dfmt(dob, "us")), "\n")
    d.t(f"Authorization #: PA{digits(r, 10)}     Request received: {dfmt(ymd(r, 2024, 2024), 'us')}\n\n")
    d.t("Dear ", P(p.given), ",\n\n")
    if approved:
        d.t("We have approved the request from Dr. ", P(doc.family), " for ", L("MEDICATION", med), f" for the period {dfmt(ymd(r, 2024, 2024), 'us')} through {dfmt(ymd(r, 2025, 2025), 'us')}. ")
        d.t("This approval is based on your diagnosis of ", L("DIAGNOSIS", dx), " and the records submitted.\n\n")
    else:
        d.t("We reviewed the request for ", L("MEDICATION", med), " and are unable to approve it at this time. The plan's criteria require a trial of ",
            L("MEDICATION", r.choice(["metformin", "methotrexate", "sertraline", "lisinopril"])), " for at least 90 days, and the records did not document this for your ",
            L("DIAGNOSIS", dx), ".\nYou or your doctor may appeal within 60 days. An expedited appeal is available if waiting could seriously harm your health.\n\n")
    d.t("Questions? Call Member Services at ", L("PHONE", f"1-800-{r.randint(200, 999)}-{digits(r, 4)}"), " (TTY 711), 8 a.m.–8 p.m., seven days a week.\n\n")
    d.t("Sincerely,\n", P(Person(r).full), ", PharmD\nClinical Pharmacist Reviewer\n\ncc: ", P(doc.full), f", MD (NPI {npi(r)})\n")
    return d

@tpl("discharge_summary", 4)
def discharge(r, n):
    d = Doc(); uk = n != 1
    p = Person(r); dob = ymd(r, 1930, 1990); cons = Person(r); dx = r.choice(DIAG); m1, m2, m3 = r.sample(MEDS, 3)
    if uk:
        d.t(r.choice(["Leicester Royal Infirmary", "Ysbyty Gwynedd", "Ninewells Hospital"]), " — Discharge Summary (eDischarge)\n\n")
        d.t("Patient: ", P(p.upper), "    NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "    Hosp No: ", L("MEDICAL_RECORD_NUMBER", r.choice("RSJ") + digits(r, 7)), "\n")
        d.t("DOB: ", L("DATE_OF_BIRTH", dfmt(dob, "mon")), "    Address: ", A(addr(r, "UK"), ", "), "\n")
        d.t("GP: Dr ", P(Person(r).family), ", ", r.choice(["Hazel Surgery", "The Limes Medical Centre", "Canolfan Iechyd Bangor"]), "\n")
    else:
        d.t("DISCHARGE SUMMARY\n", "Patient: ", P(p.last_first), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB: ", L("DATE_OF_BIRTH", dfmt(dob, "us")), "\n")
        d.t(f"Acct#: {digits(r, 10)}   Attending: ", P(cons.full), f", MD   Admit: {dfmt(ymd(r, 2024, 2024), 'us')}   Discharge: {dfmt(ymd(r, 2024, 2024), 'us')}\n")
    d.t(f"Consultant: ", P(cons.full), f" ({r.choice(['Acute Medicine', 'Cardiology', 'Respiratory', 'Gastroenterology'])})\n\n")
    d.t("Principal diagnosis: ", L("DIAGNOSIS", dx), "\n")
    sec = r.choice(["acute kidney injury", "hypokalaemia", "delirium", "urinary tract infection"])
    d.t("Secondary: ", L("DIAGNOSIS", sec), "\n")
    d.t("Excluded during admission: pulmonary embolism (CTPA negative); no evidence of sepsis.\n\n")
    d.t("Clinical course:\nAdmitted via ED with ", r.choice(["breathlessness", "abdominal pain", "a fall", "palpitations"]),
        ". Treated as above; the patient responded well. Troponin flat. Echo: EF ", str(r.randint(25, 60)), "%.\n")
    d.t("\nMedications on discharge:\n  ", L("MEDICATION", m1), f"  {r.choice(['5 mg OD', '20 mg ON', '500 mg BD'])}  (new)\n  ", L("MEDICATION", m2), "  unchanged\n")
    d.t("Stopped: ", L("MEDICATION", m3), " — ", r.choice(["hyperkalaemia", "GI upset", "no longer indicated"]), "\n\n")
    d.t("Follow-up: clinic in 6 weeks; bloods (U&E) with GP in 1 week.\n")
    d.t("Page 1 of 1 — printed ", dfmt(ymd(r, 2024, 2024), "uk"), " by ", P(Person(r).full), " (ward clerk), ext. ", str(r.randint(4000, 7999)), "\n")
    return d

@tpl("lab_report", 4)
def lab_feed(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1940, 2008); ordering = Person(r)
    d.t(r.choice(["QUEST DIAGNOSTICS", "LABCORP", "SONIC HEALTHCARE (DOUGLASS HANLY MOIR)", "DYNACARE"]), "   FINAL REPORT\n")
    d.t("-" * 78 + "\n")
    d.t(f"{'Patient:':<12}", P(p.last_first.upper()), "\n")
    d.t(f"{'DOB:':<12}", L("DATE_OF_BIRTH", dfmt(dob, "us")), f"   Sex: {p.sex}   Age: {2024 - dob[0]}\n")
    d.t(f"{'MRN:':<12}", L("MEDICAL_RECORD_NUMBER", mrn(r)), f"   Accession: {r.choice(['A', 'W', 'S'])}{digits(r, 2)}-{digits(r, 6)}   Specimen: {digits(r, 10)}\n")
    d.t(f"{'Ordering:':<12}", P(ordering.last_first), f"  NPI {npi(r)}\n")
    d.t(f"Collected: {dfmt(ymd(r, 2024, 2024), 'us')} 07:{r.randint(10, 59)}   Received: same day   Reported: {ts(r)}\n")
    d.t("-" * 78 + "\n")
    d.t(f"{'TEST':<28}{'RESULT':>10} {'FLAG':<5}{'UNITS':<12}{'REF RANGE':<14}\n")
    rows = [("Hemoglobin A1c", f"{r.uniform(5.0, 11.5):.1f}", "%", "4.0-5.6"), ("Glucose, fasting", str(r.randint(70, 240)), "mg/dL", "65-99"),
            ("Creatinine", f"{r.uniform(0.6, 2.4):.2f}", "mg/dL", "0.57-1.00"), ("eGFR", str(r.randint(25, 110)), "mL/min/1.73", ">59"),
            ("TSH", f"{r.uniform(0.2, 9.0):.2f}", "uIU/mL", "0.45-4.50"), ("LDL Cholesterol Calc", str(r.randint(60, 190)), "mg/dL", "0-99"),
            ("HCV Ab", r.choice(["Non-Reactive", "Non-Reactive", "Reactive"]), "", "Non-Reactive")]
    for name, v, u, rr in r.sample(rows, 5):
        d.t(f"{name:<28}{v:>10} {'H' if r.random() < .3 else '':<5}{u:<12}{rr:<14}\n")
    d.t("-" * 78 + "\n")
    if n == 0:
        d.t("Comment: HbA1c consistent with ", L("DIAGNOSIS", "type 2 diabetes mellitus"), " as documented by provider. Pt on ", L("MEDICATION", "metformin"), ".\n")
    elif n == 1:
        d.t("Comment: Screening only. Result does not by itself establish a diagnosis of hepatitis C; confirm with HCV RNA.\n")
    else:
        d.t("Clinical info provided: ", L("DIAGNOSIS", r.choice(["hypothyroidism", "chronic kidney disease stage 3b"])), "; on ", L("MEDICATION", r.choice(["levothyroxine", "losartan"])), "\n")
    d.t(f"Performing lab: CLIA {digits(r, 2)}D{digits(r, 7)}, Medical Director: ", P(Person(r).full), ", MD\n")
    return d

@tpl("hl7", 3)
def hl7_msgs(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1935, 2015); nk = Person(r); st_, city, st, z = addr_parts_us(r)
    seg = "\r" if n == 1 else "\n"
    stamp = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    typ = ["ADT^A04^ADT_A01", "ORU^R01^ORU_R01", "ADT^A08^ADT_A01"][n]
    d.t(f"MSH|^~\\&|EPIC|{r.choice(['MERCY', 'STLUKES', 'UHHS'])}|RHAPSODY|LABSYS|{stamp}||{typ}|{digits(r, 12)}|P|2.5.1{seg}")
    d.t(f"EVN|{typ[4:7]}|{stamp}{seg}")
    d.t("PID|1||", L("MEDICAL_RECORD_NUMBER", digits(r, 8)), f"^^^MRN^MR~{digits(r, 9)}^^^ENT^PI||", P(p.hl7()), "||",
        L("DATE_OF_BIRTH", dfmt(dob, "compact")), f"|{p.sex}||2106-3|", L("ADDRESS", f"{st_.upper()}^^{city.upper()}^{st}^{z}"), "^USA^H||",
        L("PHONE", phone(r, style=1)), "|||M||", f"{digits(r, 9)}|", L("US_SSN", ssn(r, "")) if n != 1 else "", f"|{seg}")
    if n != 1:
        d.t("NK1|1|", P(nk.hl7()), "|SPO|||", L("PHONE", phone(r, style=1)), f"{seg}")
        d.t(f"PV1|1|O|CLIN^{r.randint(100, 400)}^A||||{npi(r)}^", P(Person(r).hl7()), f"|||||||||||V{digits(r, 9)}{seg}")
        if n == 0:
            d.t(f"IN1|1|{r.choice(['BCBS01', 'AET02'])}|{digits(r, 5)}|{r.choice(['BLUE CROSS BLUE SHIELD', 'AETNA'])}|||||GRP{digits(r, 5)}|||||||", P(p.hl7()), "|01|",
                L("DATE_OF_BIRTH", dfmt(dob, "compact")), "||||||||||||||||||", L("HEALTH_PLAN_ID", member_id(r)), f"{seg}")
        dx = r.choice(DIAG)
        d.t(f"DG1|1||{r.choice(['E11.9', 'I10', 'F33.1', 'J45.40'])}^", L("DIAGNOSIS", dx), f"^I10|||W{seg}")
    else:
        d.t(f"ORC|RE|{digits(r, 8)}|{digits(r, 8)}{seg}OBR|1|{digits(r, 8)}||4548-4^Hemoglobin A1c^LN|||{stamp}{seg}")
        d.t(f"OBX|1|NM|4548-4^Hemoglobin A1c^LN||{r.uniform(5, 10):.1f}|%|4.0-5.6|H|||F{seg}")
        d.t(f"NTE|1||Patient on ", L("MEDICATION", r.choice(["metformin", "Jardiance", "Ozempic"])), f"; reviewed by ", P(Person(r).hl7()), seg)
    return d

@tpl("fhir_json", 4)
def fhir_bundle(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1940, 2012); st_, city, st, z = addr_parts_us(r); dx = r.choice(DIAG); med = r.choice(MEDS)
    ruled = r.choice(["pulmonary embolism", "acute coronary syndrome", "meningitis"])
    pid = uuid(r)
    res = [
        {"fullUrl": f"urn:uuid:{pid}", "resource": {"resourceType": "Patient", "id": pid,
          "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.4424.1", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
          "name": [{"use": "official", "family": P(p.family), "given": [P(p.given)]}],
          "telecom": [{"system": "phone", "value": L("PHONE", phone(r)), "use": "mobile"}, {"system": "email", "value": L("EMAIL", p.email(r))}],
          "gender": "female" if p.sex == "F" else "male", "birthDate": L("DATE_OF_BIRTH", dfmt(dob, "iso")),
          "address": [{"line": [L("ADDRESS", st_)], "city": city, "state": st, "postalCode": z}]}},
        {"fullUrl": f"urn:uuid:{uuid(r)}", "resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
          "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": f"Patient/{pid}"}}},
        {"fullUrl": f"urn:uuid:{uuid(r)}", "resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
          "code": {"text": ruled}, "subject": {"reference": f"Patient/{pid}"}}},
        {"fullUrl": f"urn:uuid:{uuid(r)}", "resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
          "medicationCodeableConcept": {"text": L("MEDICATION", med)}, "subject": {"reference": f"Patient/{pid}"},
          "dosageInstruction": [{"text": r.choice(["1 tablet by mouth daily", "inject 0.25 mg weekly", "2 puffs BID"])}]}},
    ]
    if n != 1:
        cov = {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", member_id(r)), "beneficiary": {"reference": f"Patient/{pid}"},
               "payor": [{"display": r.choice(["Humana Gold Plus", "Kaiser Permanente", "Anthem Blue Cross"])}], "class": [{"type": {"text": "group"}, "value": f"{digits(r, 6)}"}]}
        if n == 2:
            cov["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": L("US_MBI", mbi(r, False))}]
        res.append({"fullUrl": f"urn:uuid:{uuid(r)}", "resource": cov})
    emit_json(d, {"resourceType": "Bundle", "id": uuid(r), "type": "collection", "timestamp": ts(r), "entry": res}, indent=2)
    d.t("\n")
    return d

@tpl("clinical_note", 4)
def telehealth_soap(r, n):
    d = Doc(); p = Person(r); clin = Person(r); dob = ymd(r, 1950, 2006); dx = r.choice(DIAG); med = r.choice(MEDS); med2 = r.choice(MEDS)
    d.t(f"Telehealth Visit — {r.choice(['Doxy.me', 'Zoom for Healthcare', 'Teams (EHR-integrated)'])}   Visit ID {uuid(r)}\n")
    d.t("Patient: ", P(p.full), "  DOB ", L("DATE_OF_BIRTH", dfmt(dob, "us")), "  MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d.t("Patient location: home (", r.choice(list(STATE_ABBR.values())), "). Identity verified with two identifiers.\n\n")
    d.t("S: ", r.choice(["42", "27", "63", "55"]), f"yo {'F' if p.sex == 'F' else 'M'} with h/o ", L("DIAGNOSIS", dx), " here for follow-up. ")
    d.t("Reports adherence to ", L("MEDICATION", med), ". ", r.choice(["Denies chest pain, SOB, fevers.", "No suicidal ideation. Denies alcohol use.", "Sleep improved."]), "\n")
    d.t("Says work has been \"a total migraine\" since the merger, and jokes that the team's morale is in a depression. No actual headaches.\n")
    d.t("O: Vitals self-reported: BP ", f"{r.randint(108, 150)}/{r.randint(64, 95)}", ", wt ", str(r.randint(110, 260)), " lb. Alert, well-appearing on video.\n")
    d.t("A/P:\n 1. ", L("DIAGNOSIS", dx), f" — stable. Continue ", L("MEDICATION", med), ".\n")
    d.t(" 2. Screened for depression (PHQ-9 = ", str(r.randint(0, 4)), ") — negative; no diagnosis of depression.\n")
    if n % 2:
        d.t(" 3. New: ", L("DIAGNOSIS", r.choice(["vitamin D deficiency", "insomnia disorder", "GERD"])), " — start ", L("MEDICATION", med2), ".\n")
    d.t(" Family history reviewed; not contributory.\n")
    d.t("\nRTC 3 months. e-signed: ", P(clin.full), f", {r.choice(['MD', 'PA-C', 'NP', 'DO'])}  {ts(r)}\n")
    return d

# ---------------------------------------------------------------- structured
@tpl("json", 3)
def eligibility_271_json(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1935, 2010); st_, city, st, z = addr_parts_us(r); dep = Person(r, p.origin)
    medicare = n == 2
    sub = {"memberId": L("US_MBI", mbi(r)) if medicare else L("HEALTH_PLAN_ID", member_id(r)), "firstName": P(p.given.upper()), "lastName": P(p.family.upper()),
           "middleName": p.mi, "gender": p.sex, "dateOfBirth": L("DATE_OF_BIRTH", dfmt(dob, "compact")),
           "address": {"address1": L("ADDRESS", st_.upper()), "city": city.upper(), "state": st, "postalCode": z}}
    if n == 0:
        sub["groupNumber"] = f"{digits(r, 6)}"; sub["groupDescription"] = r.choice(["CITY OF TOLEDO EMPLOYEES", "ACME LOGISTICS HOURLY"])
    body = {"meta": {"senderId": "EHR-PROD", "submitterId": digits(r, 10), "applicationMode": "production", "traceId": uuid(r),
                     "outboundTraceId": digits(r, 9), "version": "v3"},
            "controlNumber": digits(r, 9), "reassociationKey": digits(r, 9), "tradingPartnerServiceId": r.choice(["60054", "87726", "CMSMED", "00611"]),
            "provider": {"providerName": r.choice(["WELLSPRING FAMILY MEDICINE", "CLEARWATER ORTHO LLC"]), "npi": npi(r)},
            "subscriber": sub,
            "planStatus": [{"statusCode": "1", "status": "Active Coverage", "planDetails": r.choice(["QMB", "PPO", "HMO POS"]), "serviceTypeCodes": ["30"]}],
            "benefitsInformation": [{"code": "C", "name": "Deductible", "coverageLevelCode": "IND", "benefitAmount": f"{r.choice([250, 500, 1500, 3000])}", "inPlanNetworkIndicatorCode": "Y"},
                                    {"code": "B", "name": "Co-Payment", "serviceTypeCodes": ["98"], "benefitAmount": str(r.choice([20, 25, 40]))}]}
    if n == 1:
        body["dependents"] = [{"firstName": P(dep.given.upper()), "lastName": P(dep.family.upper()), "relationToSubscriber": "Child", "dateOfBirth": L("DATE_OF_BIRTH", dfmt(ymd(r, 2008, 2020), "compact"))}]
    emit_json(d, body, indent=2 if n != 2 else 4); d.t("\n")
    return d

@tpl("csv", 3)
def salesforce_contacts(r, n):
    d = Doc()
    hdr = ["Contact ID", "First Name", "Last Name", "Account Name", "Title", "Email", "Mobile", "Mailing Street", "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code", "Mailing Country", "Created Date", "Lead Source"]
    emit_row(d, hdr)
    for i in range(r.randint(4, 7)):
        p = Person(r); c = r.choice(["US", "US", "CA", "AU", "UK"])
        if c == "US":
            st_, city, st, z = addr_parts_us(r); country = "United States"
        else:
            st_, city, st, z = addr_parts(r, c); country = {"CA": "Canada", "AU": "Australia", "UK": "United Kingdom"}[c]
        email = L("EMAIL", p.email(r, r.choice(["northwindhealth.com", "ridgeline-ins.com", "kestrel.co.uk", "gmail.com"]))) if r.random() > .15 else ""
        mob = L("PHONE", phone(r, c if c != "US" else "US")) if r.random() > .2 else ""
        emit_row(d, ["003" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789") for _ in range(15)),
                     P(p.given), P(p.family), r.choice(["Northwind Health", "Ridgeline Insurance Group", "Kestrel Analytics Ltd", "Walgreens Boots Alliance", "Morgan Stanley"]),
                     r.choice(["VP Benefits", "HR Generalist", "Procurement Lead", "CFO", "Office Manager"]), email, mob, L("ADDRESS", st_), city, st, z, country,
                     dfmt(ymd(r, 2021, 2024), "iso") + "T" + f"{r.randint(10, 23)}:{r.randint(10, 59)}:00.000+0000", r.choice(["Web", "Trade Show", "Partner Referral", "Cold Call"])])
    return d

@tpl("csv", 3)
def hubspot_export(r, n):
    d = Doc()
    if n == 2:
        # companies only: no entity (companies named after people, domains, counts)
        emit_row(d, ["Record ID", "Company name", "Company Domain Name", "Industry", "Number of Employees", "Annual Revenue", "Lifecycle Stage", "Last Activity Date"])
        for c, dom in [("Johnson & Johnson", "jnj.com"), ("Charles Schwab", "schwab.com"), ("Ernst & Young", "ey.com"), ("Tim Hortons", "timhortons.ca"),
                       ("Harvey Norman", "harveynorman.com.au"), ("Sainsbury's", "sainsburys.co.uk"), ("Ben & Jerry's", "benjerry.com")]:
            emit_row(d, [digits(r, 10), c, dom, r.choice(["Healthcare", "Financial Services", "Retail", "Consumer Goods"]), str(r.randint(200, 150000)),
                         f"{r.randint(1, 900)}000000", r.choice(["lead", "opportunity", "customer"]), dfmt(ymd(r, 2024, 2024), "iso") + " 09:14"])
        return d
    emit_row(d, ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Street Address", "City", "Postal Code", "Contact owner", "Lifecycle Stage", "IP Country", "Original Source", "Last Page Seen"])
    for i in range(r.randint(4, 6)):
        p = Person(r); owner = Person(r, "anglo")
        c = r.choice(["US", "UK", "CA"])
        st_, city, st, z = addr_parts(r, c)
        emit_row(d, [digits(r, 11), P(p.given), P(p.family), L("EMAIL", p.email(r)), L("PHONE", phone(r, c)), L("ADDRESS", st_), city, z,
                     M([P(owner.full)]), r.choice(["lead", "marketingqualifiedlead", "salesqualifiedlead"]), r.choice(["us", "gb", "ca"]),
                     r.choice(["ORGANIC_SEARCH", "PAID_SOCIAL", "DIRECT_TRAFFIC"]), f"https://example.com/pricing?utm_campaign=q{r.randint(1, 4)}&v={semver(r)}"])
    return d

@tpl("ndjson", 3)
def pbm_claims(r, n):
    d = Doc()
    for i in range(r.randint(3, 5)):
        p = Person(r); dob = ymd(r, 1940, 2015); med = r.choice(MEDS)
        rej = r.random() < .3
        obj = {"ts": ts(r), "txn": "B1", "bin": f"0{digits(r, 5)}", "pcn": r.choice(["ADV", "MEDDPRIME", "9999", "CNRX"]), "group": f"RX{digits(r, 4)}",
               "cardholder_id": L("HEALTH_PLAN_ID", member_id(r)), "person_code": "01", "patient_dob": L("DATE_OF_BIRTH", dfmt(dob, "compact")),
               "patient_last": P(p.family.upper()), "patient_first": P(p.given.upper()),
               "rx_number": digits(r, 7), "ndc": f"{digits(r, 5)}-{digits(r, 4)}-{digits(r, 2)}", "drug_name": L("MEDICATION", med.upper()),
               "qty": r.choice([30, 90, 1, 4]), "days_supply": r.choice([30, 90, 28]), "pharmacy_npi": npi(r), "prescriber_npi": npi(r),
               "status": "R" if rej else "P", "reject_codes": [r.choice(["75", "76", "79", "88"])] if rej else [], "ingredient_cost": round(r.uniform(4, 6900), 2)}
        if n == 2 and i == 0:
            obj["patient_last"] = "***"; obj["patient_first"] = "***"; obj["cardholder_id"] = "XXXXXX" + digits(r, 4); obj["patient_dob"] = "********"
        emit_json(d, obj, compact=True); d.t("\n")
    return d

@tpl("json", 2)
def graphql_payload(r, n):
    d = Doc(); p = Person(r); q = Person(r)
    if n == 0:
        body = {"operationName": "UpdatePolicyholder", "variables": {"input": {"policyNumber": f"HO-{digits(r, 8)}", "policyholder": {"name": P(p.full),
                "email": L("EMAIL", p.email(r)), "mobile": L("PHONE", phone(r, "AU")), "postalAddress": L("ADDRESS", ", ".join(addr(r, "AU"))),
                "dateOfBirth": L("DATE_OF_BIRTH", dfmt(ymd(r, 1950, 2000), "iso"))}, "clientMutationId": uuid(r)}},
                "query": "mutation UpdatePolicyholder($input: UpdatePolicyholderInput!) { updatePolicyholder(input: $input) { policy { id status } errors { field message } } }"}
    else:
        body = {"data": {"claim": {"id": f"Q2xhaW06{digits(r, 6)}", "claimNumber": f"CLM-{digits(r, 9)}", "status": "IN_REVIEW", "lossDate": dfmt(ymd(r, 2024, 2024), "iso"),
                "claimant": {"displayName": P(p.full), "contact": {"email": L("EMAIL", p.email(r)), "phone": L("PHONE", phone(r, "CA"))}},
                "adjuster": {"displayName": P(q.full), "email": L("EMAIL", q.email(r, "ridgeline-ins.com"))},
                "payments": [{"method": "EFT", "amount": {"value": r.randint(300, 9000), "currency": "CAD"}, "payee": P(p.full),
                              "bank": {"institution": r.choice(["001", "004", "815"]), "transit": digits(r, 5), "accountLast4": digits(r, 4)}}],
                "auditVersion": semver(r)}}, "extensions": {"tracing": {"version": 1, "startTime": ts(r), "duration": r.randint(10 ** 6, 10 ** 8)}, "requestId": req_id(r)}}
    emit_json(d, body, indent=2); d.t("\n")
    return d

@tpl("yaml", 4)
def yaml_docs(r, n):
    d = Doc()
    if n < 2:
        # k8s manifests / helm values: no entity
        d.t("# values-prod.yaml — generated by helm-docs v", semver(r), "\n", "replicaCount: ", str(r.randint(2, 6)), "\nimage:\n  repository: registry.internal/claims/eligibility-svc\n")
        d.t("  tag: \"", semver(r), "-", sha(r, 7), "\"\n  pullPolicy: IfNotPresent\nservice:\n  type: ClusterIP\n  port: ", str(r.choice([8080, 8443, 9090])), "\n")
        d.t("networkPolicy:\n  allowedCIDRs:\n    - 10.42.0.0/16\n    - 172.20.0.0/14\n    - 192.168.0.0/24\n")
        d.t("env:\n  - name: OTEL_EXPORTER_OTLP_ENDPOINT\n    value: http://otel-collector.observability:4317\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: elig-db, key: password}\n")
        d.t("  - name: BUILD_ID\n    value: \"", str(r.randint(10000, 99999)), "\"\n  - name: FEATURE_FLAGS\n    value: \"mask_ssn=true,mask_pan=true,log_level=info\"\n")
        d.t("resources:\n  limits: {cpu: 500m, memory: 512Mi}\nannotations:\n  oid: \"1.3.6.1.4.1.", str(r.randint(10000, 60000)), ".2.", str(r.randint(1, 9)), "\"\n")
        d.t("  owner: team-claims-platform\n  runbook: https://wiki.internal/runbooks/eligibility-svc\n")
        return d
    p = Person(r); dob = ymd(r, 1960, 2002)
    if n == 2:
        d.t("# member enrolment record (exported from benefits admin)\nemployee:\n  id: E", digits(r, 6), "\n  name:\n    given: ", P(p.given), "\n    family: ", P(p.family), "\n")
        d.t("  date_of_birth: ", L("DATE_OF_BIRTH", dfmt(dob, "iso")), "\n  ssn: \"", L("US_SSN", ssn(r)), "\"\n  home_address: |\n    ", L("ADDRESS", "\n    ".join(addr(r, "US"))), "\n")
        d.t("  work_email: ", L("EMAIL", p.email(r, "harborfreightlogistics.com")), "\n")
        d.t("coverage:\n  medical:\n    carrier: Anthem Blue Cross  # plan: PPO 1500\n    member_id: ", L("HEALTH_PLAN_ID", member_id(r)), "\n    group: \"", digits(r, 6), "\"\n    tier: employee+spouse\n")
        spouse = Person(r, p.origin)
        d.t("  dependents:\n    - name: ", P(spouse.full), "\n      relationship: spouse\n      dob: ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1960, 2002), "iso")), "\n")
        d.t("effective: ", dfmt(ymd(r, 2025, 2025), "iso"), "\nsource_system: workday-v", semver(r), "\n")
    else:
        d.t("---\ncontractor:\n  legal_name: \"", P(p.full), "\"\n  country: Canada\n  sin: \"", L("CA_SIN", sin(r, "-")), "\"\n")
        d.t("  address: >-\n    ", L("ADDRESS", "\n    ".join(addr(r, "CA"))), "\n  phone: \"", L("PHONE", phone(r, "CA")), "\"\n")
        d.t("  payout:\n    method: wire\n    iban: ", L("IBAN", iban(r, r.choice(["IE", "GB", "NL"]), spaced=False)), "\n    currency: EUR\n")
        d.t("  rate_card: v", semver(r), "\n  onboarding_ticket: OPS-", str(r.randint(1000, 9999)), "\n")
    return d

@tpl("tsv", 3)
def payroll_tsv(r, n):
    d = Doc()
    if n == 2:
        emit_row(d, ["SKU", "Description", "Lot", "Expiry", "Qty", "Bin", "NDC"], "\t")
        for _ in range(6):
            emit_row(d, [f"SKU-{digits(r, 6)}", r.choice(["Nitrile gloves M", "Saline 0.9% 10mL", "Gauze 4x4", "Syringe 3mL", "Alcohol prep pad"]), f"L{digits(r, 7)}",
                         dfmt(ymd(r, 2025, 2027), "iso"), str(r.randint(1, 900)), f"A{r.randint(1, 40)}-{r.randint(1, 9)}", f"{digits(r, 5)}-{digits(r, 3)}-{digits(r, 2)}"], "\t")
        return d
    emit_row(d, ["Employee No", "Surname", "Forename", "NI Number", "Tax Code", "Sort Code", "Account No", "Gross Pay", "Period"], "\t")
    for _ in range(r.randint(4, 6)):
        p = Person(r)
        emit_row(d, [f"{r.randint(1000, 9999)}", P(p.family), P(p.given), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, r.random() < .4)), r.choice(["1257L", "BR", "K475", "S1257L", "C1257L"]),
                     uk_sort(r), L("UK_BANK_ACCOUNT", uk_acct(r)), f"{r.randint(1200, 6400)}.{r.randint(10, 99)}", f"M{r.randint(1, 12):02d}"], "\t")
    return d

@tpl("csv", 2)
def icd_table(r, n):
    d = Doc()
    emit_row(d, ["code", "short_description", "category", "billable", "effective_from"])
    rows = [("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"), ("F32.A", "Depression, unspecified"),
            ("J45.909", "Unspecified asthma, uncomplicated"), ("K50.90", "Crohn's disease, unspecified, without complications"), ("G20", "Parkinson's disease"),
            ("F41.1", "Generalized anxiety disorder"), ("B20", "Human immunodeficiency virus [HIV] disease"), ("E05.00", "Thyrotoxicosis with diffuse goiter (Graves' disease)"),
            ("M06.9", "Rheumatoid arthritis, unspecified"), ("U09.9", "Post COVID-19 condition, unspecified")]
    for c, t in r.sample(rows, 8):
        emit_row(d, [c, t, c[0], "Y" if "." in c else "N", "2024-10-01"])
    if n == 1:
        d.t("# source: CMS FY2025 ICD-10-CM tabular, loaded by etl-icd v", semver(r), "\n")
    return d

@tpl("json", 2)
def payment_webhook(r, n):
    d = Doc()
    if n == 0:
        body = {"id": "evt_" + sha(r, 24), "type": "charge.succeeded", "created": r.randint(1700000000, 1730000000), "livemode": True,
                "data": {"object": {"id": "ch_" + sha(r, 24), "amount": r.randint(500, 90000), "currency": "usd",
                "payment_method_details": {"card": {"brand": "visa", "last4": digits(r, 4), "exp_month": r.randint(1, 12), "exp_year": 2028, "fingerprint": sha(r, 16)}},
                "billing_details": {"email": None, "name": None, "address": {"postal_code": None}}, "metadata": {"order_id": order_no(r), "tracking": tracking(r)}, "receipt_number": f"{digits(r, 4)}-{digits(r, 4)}"}},
                "request": {"id": "req_" + sha(r, 14), "idempotency_key": uuid(r)}}
    else:
        p = Person(r)
        body = {"event": "payment.failed", "occurred_at": ts(r), "merchant": {"id": f"M{digits(r, 8)}", "name": "Ben & Jerry's Scoop Shop #" + digits(r, 3)},
                "payer": {"name": P(p.full), "email": L("EMAIL", p.email(r)), "ip": L("IP_ADDRESS", ipv4(r, "pub"))},
                "source": {"raw_pan_debug": L("CREDIT_CARD", card(r, sep="")), "masked": masked_card(r), "cvv_present": True},
                "error": {"code": "card_declined", "decline_code": "do_not_honor", "note": "raw_pan_debug must be removed (SEC-2211)"}, "trace": req_id(r)}
    emit_json(d, body, indent=2); d.t("\n")
    return d

@tpl("ndjson", 2)
def audit_ndjson(r, n):
    d = Doc()
    actions = ["user.login", "record.view", "export.csv", "role.grant", "api_key.rotate", "user.mfa_challenge"]
    for i in range(r.randint(4, 6)):
        if n == 1:
            obj = {"@timestamp": ts(r), "actor": {"type": "service", "id": f"svc-{r.choice(['etl', 'billing', 'scheduler'])}-{r.randint(1, 9)}"}, "action": r.choice(actions),
                   "target": {"type": "job", "id": uuid(r)}, "src_ip": "127.0.0.1", "client": f"terraform/{semver(r)}", "request_id": req_id(r), "result": "success"}
        else:
            p = Person(r)
            obj = {"@timestamp": ts(r), "actor": {"type": "user", "email": L("EMAIL", p.email(r, r.choice(["clearwaterhealth.org", "ridgeline-ins.com"]))), "name": P(p.full)},
                   "action": r.choice(actions), "target": {"type": "patient_chart", "id": uuid(r)}, "src_ip": L("IP_ADDRESS", ipv4(r)),
                   "user_agent": f"Mozilla/5.0 (Windows NT 10.0) Chrome/{r.randint(110, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 200)}", "request_id": req_id(r), "result": r.choice(["success", "denied"])}
        emit_json(d, obj, compact=True); d.t("\n")
    return d

@tpl("csv", 2)
def masked_export(r, n):
    d = Doc()
    emit_row(d, ["customer_ref", "name_hash", "ssn_masked", "card_masked", "email_masked", "dob_year", "state", "segment"])
    for _ in range(6):
        emit_row(d, [f"C{digits(r, 9)}", sha(r, 64)[:32], masked_ssn(r), masked_card(r), f"{r.choice('abcdefghjkmnprst')}***@{r.choice(['gmail.com', 'outlook.com'])}",
                     str(r.randint(1950, 2004)), r.choice(list(STATE_ABBR.values())), r.choice(["A", "B", "C"])])
    d.t("# export policy DLP-7: only masked/hashed values leave the warehouse\n") if n else None
    return d

def addr_parts(r, c):
    if c == "US":
        return addr_parts_us(r)
    if c == "CA":
        city, pr, pc = r.choice(CA_PLACES); return f"{r.randint(2, 9890)} {r.choice(CA_STREETS)}", city, pr, pc
    if c == "AU":
        sub, st, pc = r.choice(AU_PLACES); return f"{r.randint(1, 400)} {r.choice(AU_STREETS)}", sub, st, pc
    if c == "UK":
        city, pc = r.choice(UK_PLACES); return f"{r.randint(1, 240)} {r.choice(UK_STREETS)}", city, "", pc
    raise ValueError(c)

# ---------------------------------------------------------------- logs
@tpl("log", 3)
def saas_audit_kv(r, n):
    d = Doc()
    for i in range(r.randint(5, 8)):
        t = ts(r)
        if n == 2 or r.random() < .25:
            d.t(f"{t} level=info svc=authz event=token.refresh client_id=svc-{r.choice(['etl', 'reports', 'sync'])} scope=\"read:claims\" src=127.0.0.1 req={req_id(r)} dur_ms={r.randint(2, 90)}\n")
            continue
        p = Person(r)
        ev = r.choice(["login.success", "login.failed", "report.export", "user.invite", "sso.assertion"])
        d.t(f"{t} level={'warn' if 'failed' in ev else 'info'} svc=admin-console event={ev} user=", L("EMAIL", p.email(r, r.choice(["northwindhealth.com", "kestrel.co.uk", "bankofthewest.example"]))))
        d.t(" ip=", L("IP_ADDRESS", ipv4(r) if r.random() < .8 else ipv6(r)), f" tenant=t_{sha(r, 8)} mfa={r.choice(['totp', 'webauthn', 'none'])}")
        if ev == "user.invite":
            q = Person(r); d.t(" invitee=\"", P(q.full), "\" invitee_email=", L("EMAIL", q.email(r)))
        if ev == "sso.assertion":
            d.t(" nameid=", L("EMAIL", p.email(r, "okta.northwindhealth.com")), " display_name=\"", P(p.full), "\"")
        d.t(f" req={req_id(r)} app_version={semver(r)}\n")
    return d

@tpl("log", 3)
def nginx_access(r, n):
    d = Doc()
    for i in range(r.randint(6, 9)):
        if n == 2:
            ip = "127.0.0.1"; d.t(ip)
        else:
            d.t(L("IP_ADDRESS", ipv4(r, r.choice(["doc1", "doc2", "doc3", "pub", "priv10"]))))
        day = r.randint(1, 28)
        path = r.choice(["/api/v2/claims/" + claim_no(r), "/healthz", f"/static/app.{sha(r, 8)}.js", f"/api/v1/orders/{order_no(r).strip('#')}", "/api/v1/members/search?plan=PPO&page=2", f"/assets/v{ipish_version(r)}/logo.svg"])
        d.t(f" - - [{day:02d}/Nov/2024:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000] \"{r.choice(['GET', 'POST'])} ")
        if n == 0 and i == 2:
            p = Person(r)
            d.t("/api/v1/password-reset?email=", L("EMAIL", p.email(r)), " HTTP/1.1\"")
        else:
            d.t(f"{path} HTTP/1.1\"")
        d.t(f" {r.choice([200, 200, 204, 301, 404, 499, 502])} {r.randint(0, 90000)} \"-\" \"{r.choice(['okhttp/4.12.0', 'curl/8.4.0', 'kube-probe/1.29', 'Mozilla/5.0'])}\" rt={r.uniform(0, 2):.3f} uct=\"0.000\" req_id={sha(r, 32)}")
        if n == 1 and i % 3 == 0:
            d.t(" xff=\"", L("IP_ADDRESS", ipv4(r, "pub")), ", ", L("IP_ADDRESS", ipv4(r, "priv10")), "\"")
        d.t("\n")
    return d

@tpl("log", 3)
def k8s_logs(r, n):
    d = Doc()
    pod = f"eligibility-svc-{sha(r, 10)}-{sha(r, 5)}"
    d.t(f"$ kubectl -n claims logs {pod} --since=15m\n")
    for i in range(r.randint(6, 9)):
        lvl = r.choice(["INFO", "INFO", "WARN", "ERROR"])
        kind = r.randrange(5)
        line = {0: f"Started EligibilityApplication v{semver(r)} (build {r.randint(1000, 9999)}, commit {sha(r, 7)}) on {pod}",
                1: f"HikariPool-1 - Added connection conn{r.randint(1, 99)}: url=jdbc:postgresql://db-elig.claims.svc.cluster.local:5432/elig",
                2: f"X12 271 parsed controlNumber={digits(r, 9)} segments={r.randint(20, 90)} elapsed={r.randint(3, 400)}ms traceId={sha(r, 32)}",
                3: f"Retrying call to payer gateway (attempt {r.randint(1, 3)}/3) after 503, spanId={sha(r, 16)}",
                4: f"Loaded OID map 2.16.840.1.113883.6.{r.randint(1, 300)} -> ICD10CM ({r.randint(70000, 74000)} codes) in {r.randint(100, 900)}ms"}[kind]
        if kind == 1 and n != 2:
            d.t(f"{ts(r)} {lvl:<5} [main] c.z.h.HikariPool - HikariPool-1 - Added connection url=jdbc:postgresql://", L("IP_ADDRESS", ipv4(r, "priv10")), ":5432/elig\n")
            continue
        d.t(f"{ts(r)} {lvl:<5} [{r.choice(['main', 'http-nio-8080-exec-3', 'kafka-consumer-1'])}] {line}\n")
    if n == 0:
        p = Person(r)
        d.t(f"{ts(r)} ERROR [http-nio-8080-exec-7] c.r.e.MemberController - validation failed for subscriber lastName='", P(p.family.upper()), "' firstName='", P(p.given.upper()),
            "' dob='", L("DATE_OF_BIRTH", dfmt(ymd(r, 1950, 2010), "compact")), "' memberId='", L("HEALTH_PLAN_ID", member_id(r)), "': AAA*N**72*C (invalid/missing member id)\n")
    d.t(f"{ts(r)} INFO  [main] Readiness probe OK on 0.0.0.0:8080 (pod CIDR 10.244.0.0/16)\n")
    return d

@tpl("log", 2)
def pharmacy_switch_log(r, n):
    d = Doc()
    d.t(f"# NCPDP D.0 switch trace — relay node rx-sw-0{r.randint(1, 4)} — {dfmt(ymd(r, 2024, 2024), 'iso')}\n")
    for i in range(r.randint(4, 6)):
        p = Person(r); med = r.choice(MEDS); dob = ymd(r, 1940, 2015)
        d.t(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d} B1 REQ svc_prov={npi(r)} bin=0{digits(r, 5)} ")
        d.t("card_id=", L("HEALTH_PLAN_ID", member_id(r)), " pt=", P(p.hl7(",").rsplit(",", 1)[0]), " dob=", L("DATE_OF_BIRTH", dfmt(dob, "compact")))
        d.t(f" prod={digits(r, 11)} desc=\"", L("MEDICATION", med.upper()), f" {r.choice(['10MG TAB', '0.25MG/0.5ML PEN', '40MG/0.4ML', '100MG CAP'])}\" qty={r.choice([30, 90, 1])}\n")
        d.t(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d} B1 RSP status={r.choice(['P', 'P', 'R'])} auth={digits(r, 12)} reject={r.choice(['-', '75 PA REQUIRED', '79 REFILL TOO SOON'])}\n")
    return d

@tpl("log", 3)
def payment_gateway_log(r, n):
    d = Doc()
    for i in range(r.randint(5, 7)):
        d.t(f"[{ts(r)}] gw={r.choice(['adyen', 'braintree', 'worldpay'])} op={r.choice(['authorize', 'capture', 'refund'])} merchant_ref={order_no(r)} pan={r.choice(['**** **** **** ', 'XXXX-XXXX-XXXX-', '4' + digits(r, 5) + '******']).replace(' ', '')}{digits(r, 4)} ")
        d.t(f"amount={r.randint(100, 99999)} cur={r.choice(['USD', 'GBP', 'CAD', 'AUD'])} rc={r.choice(['00', '05', '51', '14'])} avs={r.choice('YNAZ')} ")
        if n == 0 and i == 1:
            p = Person(r)
            d.t("cardholder=\"", P(p.full), "\" email=", L("EMAIL", p.email(r)), " client_ip=", L("IP_ADDRESS", ipv4(r, "pub")), "\n")
        else:
            d.t(f"trace={uuid(r)}\n")
    if n == 1:
        d.t(f"[{ts(r)}] WARN payload-logger: unredacted body captured {{\"number\":\"", L("CREDIT_CARD", card(r, sep="")), "\",\"exp\":\"0", str(r.randint(1, 9)), "/28\",\"holder\":\"", P(Person(r).upper), "\"}\n")
        d.t(f"[{ts(r)}] INFO luhn-check rejected candidate {bad_card(r).replace(' ', '')} (not a PAN)\n")
    if n == 2:
        d.t(f"[{ts(r)}] INFO sandbox smoke test used test card 4242424242424242 (exp 12/34) -> approved; 4000000000000002 -> declined\n")
    return d

@tpl("log", 2)
def ssh_auth_log(r, n):
    d = Doc()
    host = r.choice(["bastion-01", "jump-eu-2", "sftp-claims"])
    for i in range(r.randint(5, 8)):
        ip = ipv4(r, r.choice(["doc3", "pub", "doc2", "priv192"]))
        k = r.randrange(3)
        d.t(f"Nov {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {host} sshd[{r.randint(1000, 65000)}]: ")
        if k == 0:
            d.t(f"Failed password for invalid user {r.choice(['admin', 'oracle', 'test', 'ubuntu'])} from ", L("IP_ADDRESS", ip), f" port {r.randint(1024, 65535)} ssh2\n")
        elif k == 1:
            d.t(f"Accepted publickey for {r.choice(['deploy', 'sftp_payer', 'ansible'])} from ", L("IP_ADDRESS", ip), f" port {r.randint(1024, 65535)} ssh2: ED25519 SHA256:{sha(r, 43)}\n")
        else:
            d.t(f"Connection closed by ", L("IP_ADDRESS", ip), f" port {r.randint(1024, 65535)} [preauth]\n")
    if n == 1:
        d.t(f"Nov {r.randint(1, 28):2d} 03:00:01 {host} CRON[{r.randint(1000, 9999)}]: (root) CMD (/usr/local/bin/rotate-keys --notify ", L("EMAIL", f"secops@{r.choice(['ridgeline-ins.com', 'northwindhealth.com'])}"), ")\n")
    return d

@tpl("log", 3)
def ci_build_log(r, n):
    d = Doc()
    d.t(f"Run #{r.randint(1000, 20000)}  pipeline=claims-engine  ref=refs/heads/release/{semver(r)}  sha={sha(r)}\n")
    steps = [f"Resolved docker image node:20.{r.randint(0, 18)}.{r.randint(0, 9)}-bookworm@sha256:{sha(r, 64)}",
             f"npm ci --prefer-offline (lockfileVersion 3, {r.randint(800, 1900)} packages)",
             f"Downloading artifact build-{r.randint(100, 999)}.{r.randint(0, 99)}.{r.randint(1000, 9999)}.tar.gz ({r.randint(10, 200)} MB)",
             f"Running 1,{r.randint(100, 999)} tests: {r.randint(1000, 1500)} passed, {r.randint(0, 3)} skipped",
             f"Tagging {ipish_version(r)} and {semver(r)}-rc.{r.randint(1, 9)}",
             f"Artifact uploaded: s3://builds/claims-engine/{sha(r, 12)}/bundle.zip (etag {sha(r, 32)})",
             f"Test fixture uses SSN 000-00-0000 and card {r.choice(['4111 1111 1111 1111', '5555 5555 5555 4444'])} (documented test values)",
             f"Bound to 0.0.0.0:{r.choice([3000, 8080, 5173])}; health on 127.0.0.1:{r.choice([9000, 9090])}",
             f"Deploy window avoids {r.choice(HOLIDAYS)} freeze; change CHG{digits(r, 7)} approved",
             f"Migrating schema 2024_{r.randint(10, 12)}_{r.randint(10, 28)}_{digits(r, 6)}_add_member_index.sql"]
    for i, s in enumerate(r.sample(steps, 8)):
        d.t(f"{r.randint(0, 9):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} [{i + 1}/8] {s}\n")
    d.t(f"Finished: SUCCESS in {r.randint(2, 30)}m{r.randint(0, 59)}s\n")
    return d

@tpl("log", 3)
def interface_engine_log(r, n):
    d = Doc()
    for i in range(r.randint(3, 5)):
        p = Person(r); lvl = r.choice(["INFO", "WARN", "ERROR"])
        d.t(f"{ts(r)} {lvl} [Rhapsody:{r.choice(['ADT_IN', 'ORU_OUT', 'SIU_IN'])}] msgid={digits(r, 12)} ")
        if n == 1:
            d.t(f"route=LAB->EHR status=delivered bytes={r.randint(800, 6000)} ack=AA latency={r.randint(5, 900)}ms\n")
            continue
        k = r.randrange(3)
        if k == 0:
            d.t("PID-3 ", L("MEDICAL_RECORD_NUMBER", digits(r, 8)), " not found in MPI; patient ", P(p.hl7()), " DOB ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1935, 2015), "compact")), " queued for manual match\n")
        elif k == 1:
            d.t("Transform warning: PID-11 too long for ", P(p.family.upper()), " (", L("ADDRESS", ", ".join(addr(r, "US")).upper()), ") truncated to 50 chars\n")
        else:
            d.t("NAK from downstream ", L("IP_ADDRESS", ipv4(r, "priv172")), f":{r.choice([2575, 6661])} ERR|{r.choice(['207', '204'])}|segment OBX-5 invalid\n")
    return d

# ---------------------------------------------------------------- email / chat / ticket
@tpl("chat", 3)
def slack_export(r, n):
    d = Doc(); people = [Person(r) for _ in range(3)]
    handles = [pp.ascii_slug(pp.given)[:8] + "." + pp.ascii_slug(pp.family)[:1] for pp in people]
    d.t(f"#{r.choice(['claims-ops', 'member-support-escalations', 'fraud-triage'])} — exported {dfmt(ymd(r, 2024, 2024), 'iso')} (Slack, plain text)\n\n")
    if n == 2:
        d.t(f"[09:{r.randint(10, 59)}] ", P(people[0].given), ": deploy of elig-svc ", semver(r), " is out, build ", str(r.randint(1000, 9999)), "\n")
        d.t(f"[09:{r.randint(10, 59)}] ", P(people[1].given), ": ty! error rate back under 0.2%, p99 ", str(r.randint(200, 900)), "ms\n")
        d.t(f"[09:{r.randint(10, 59)}] ", P(people[2].given), f": reminder no deploys on {r.choice(HOLIDAYS)}, freeze starts Friday\n")
        return d
    p = Person(r); dob = ymd(r, 1945, 2005)
    d.t(f"[10:{r.randint(10, 20)}] ", P(people[0].full), ": anyone seen member ", L("HEALTH_PLAN_ID", member_id(r)), " bounce twice with AAA 72? caller is ", P(p.full), "\n")
    d.t(f"[10:{r.randint(21, 30)}] ", P(people[1].full), ": DOB on file is ", L("DATE_OF_BIRTH", dfmt(dob, "us")), " — provider sent it with day and month swapped lol\n")
    d.t(f"[10:{r.randint(31, 40)}] ", P(people[0].full), ": ugh. she's mid-treatment for ", L("DIAGNOSIS", r.choice(["stage II breast cancer", "HIV-1 infection", "chronic hepatitis C"])), " so pls expedite\n")
    d.t(f"[10:{r.randint(41, 50)}] ", P(people[2].full), ": @", handles[0], " don't paste PHI here :rotating_light: use the case (CASE-", digits(r, 7), ")\n")
    if n == 1:
        d.t(f"[10:{r.randint(51, 59)}] ", P(people[0].full), ": sorry! deleting. her cb # is ", L("PHONE", phone(r)), " fwiw\n")
    d.t(f"[10:{r.randint(51, 59)}] ", P(people[1].full), ": :+1: thread moved\n")
    return d

@tpl("chat", 2)
def teams_export(r, n):
    d = Doc(); a, b = Person(r), Person(r); c = Person(r); day = dfmt(ymd(r, 2024, 2024), "uk")
    d.t("Microsoft Teams — chat export\nParticipants: ", P(a.last_first), "; ", P(b.last_first), "\n\n")
    cty = r.choice(["Ireland", "New Zealand", "Philippines"])
    d.t(f"{day} 14:0{r.randint(0, 9)}  ", P(a.full), "\n  Can you re-run KYC on ", P(c.full), "? The passport (", cty, ") was uploaded upside down.\n")
    d.t(f"{day} 14:1{r.randint(0, 9)}  ", P(b.full), "\n  Done. Passport number reads ", L("PASSPORT", PASSPORT_FMT[cty](r)), f" ({cty}), expiry {dfmt(ymd(r, 2027, 2034), 'uk')}. Address matches utility bill: ")
    d.t(A(addr(r, "IE" if cty == "Ireland" else ("NZ" if cty == "New Zealand" else "UK")), ", "), "\n")
    if n == 1:
        d.t(f"{day} 14:2{r.randint(0, 9)}  ", P(a.full), "\n  Thanks. Funding account is ", L("UK_BANK_ACCOUNT", f"{uk_sort(r)} {uk_acct(r)}"), ", IBAN ", L("IBAN", iban(r, "GB")), ".\n")
    d.t(f"{day} 14:3{r.randint(0, 9)}  ", P(b.full), "\n  👍 closing JIRA KYC-", str(r.randint(100, 999)), "\n")
    return d

@tpl("chat", 4)
def call_transcript(r, n):
    d = Doc(); agent = Person(r); caller = Person(r); dob = ymd(r, 1945, 2004)
    kind = ["card", "insurance", "bank_ca", "medicare"][n]
    d.t(f"CALL TRANSCRIPT (auto, ASR confidence 0.{r.randint(80, 97)})  call_id={uuid(r)}  queue={kind.upper()}  duration={r.randint(3, 19)}:{r.randint(10, 59)}\n\n")
    d.t("AGENT (", P(agent.given), "): Thank you for calling, my name is ", P(agent.given), ". Can I have your full name please?\n")
    d.t("CALLER: yeah it's ", P(caller.full), "\n")
    d.t("AGENT (", P(agent.given), "): And your date of birth?\n")
    d.t("CALLER: ", L("DATE_OF_BIRTH", dfmt(dob, "uslong")), "\n")
    if kind == "card":
        d.t("AGENT (", P(agent.given), "): I see a charge from Harvey Norman you want to dispute. Can you read me the card number?\n")
        c = card(r)
        d.t("CALLER: sure, ", L("CREDIT_CARD", c), "\n")
        d.t("AGENT (", P(agent.given), "): thanks. I'll block it and send a new one to ", A(addr(r, "AU"), ", "), "?\n")
        d.t("CALLER: yep that's right. Reference number?\n")
        d.t(f"AGENT (", P(agent.given), f"): it's DSP-{digits(r, 8)}. Order {order_no(r)} will be reversed in 5 to 7 business days.\n")
    elif kind == "insurance":
        d.t("AGENT (", P(agent.given), "): and the member ID on your card?\n")
        d.t("CALLER: ", L("HEALTH_PLAN_ID", member_id(r)), "\n")
        d.t("AGENT (", P(agent.given), "): I see the claim for your ", L("MEDICATION", r.choice(["Wegovy", "Vyvanse", "Dupixent"])), " was denied pending prior auth.\n")
        d.t("CALLER: my doctor said my ", L("DIAGNOSIS", r.choice(["narcolepsy type 1", "ADHD, combined type", "atopic dermatitis"])), " qualifies, this is killing me. Not literally, lol.\n")
        d.t("AGENT (", P(agent.given), "): understood. Best callback number?\nCALLER: ", L("PHONE", phone(r)), "\n")
    elif kind == "bank_ca":
        d.t("AGENT (", P(agent.given), "): for the RRSP transfer I need your social insurance number.\n")
        d.t("CALLER: ", L("CA_SIN", sin(r)), "\n")
        d.t("AGENT (", P(agent.given), "): perfect. The confirmation goes to ", L("EMAIL", caller.email(r)), ", correct?\nCALLER: oui, c'est ça.\n")
    else:
        d.t("AGENT (", P(agent.given), "): and your Medicare number, the new one with letters?\n")
        d.t("CALLER: ", L("US_MBI", mbi(r, True)), "\n")
        d.t("AGENT (", P(agent.given), "): thanks. Your ", L("MEDICATION", r.choice(["Eliquis", "Xarelto", "Entresto"])), " is on tier 3 under your Part D plan.\n")
        d.t("CALLER: okay and the old card with my social ends in ", digits(r, 4), ", I shredded it.\n")
    d.t("AGENT (", P(agent.given), "): Is there anything else? ... Thank you for calling.\n[END OF CALL]\n")
    return d

@tpl("ticket", 3)
def jira_ticket(r, n):
    d = Doc(); rep, ass = Person(r), Person(r)
    key = f"{r.choice(['CLAIMS', 'ELIG', 'PAY'])}-{r.randint(100, 9999)}"
    d.t(f"{key}  {r.choice(['Bug', 'Incident', 'Task'])}  Priority: {r.choice(['P2', 'P3', 'Blocker'])}  Status: {r.choice(['In Progress', 'Open', 'In Review'])}\n")
    d.t("Reporter: ", P(rep.full), "    Assignee: ", P(ass.full), f"    Fix Version/s: {semver(r)}    Sprint: Stingray {r.randint(20, 60)}\n")
    d.t(f"Labels: x12, remits, sev-{r.randint(2, 4)}    Components: claims-ingest\n\n")
    if n == 2:
        d.t("Summary: 835 parser drops CAS segments when CLP02 = 22 (reversal)\n\nDescription:\nReproduced with the synthetic file in test/fixtures/835_reversal.edi (all names XXXX, member ids 999999999).\n")
        d.t(f"Stack trace: java.lang.IndexOutOfBoundsException at RemitParser.java:{r.randint(100, 900)}; commit {sha(r, 10)}; build {r.randint(1000, 9999)}\n")
        d.t("Acceptance: totals reconcile to BPR02; re-run batch " + f"{digits(r, 10)}\n")
        return d
    p = Person(r); dob = ymd(r, 1950, 2010)
    d.t("Summary: Eligibility shows inactive for active member — customer escalation\n\nDescription:\n")
    d.t("Member ", P(p.full), " (ID ", L("HEALTH_PLAN_ID", member_id(r)), ", DOB ", L("DATE_OF_BIRTH", dfmt(dob, "iso")), ") was turned away at pharmacy.\n")
    d.t("Raw 270 we sent:\n{code}\nNM1*IL*1*", P(f"{p.family.upper()}*{p.given.upper()}"), f"****MI*{'{redacted}'}~\nDMG*D8*", L("DATE_OF_BIRTH", dfmt(dob, "compact")), "~\n{code}\n")
    d.t("Request ID ", req_id(r), "; logs attached. Not a data issue on our side as far as I can tell.\n\n")
    d.t("Comments:\n  ", P(ass.given), ": root cause: trailing space in subscriber last name. Hotfix in ", semver(r), ".\n")
    if n == 1:
        d.t("  ", P(rep.given), ": member called back from ", L("PHONE", phone(r)), ", confirmed fixed. Closing after QA.\n")
    return d

@tpl("ticket", 3)
def zendesk_ticket(r, n):
    d = Doc(); cust = Person(r); agent = Person(r)
    d.t(f"Ticket #{r.randint(100000, 999999)}  —  Status: {r.choice(['Open', 'Pending', 'Solved'])}  —  Group: {r.choice(['Billing', 'Tier 2', 'Trust & Safety'])}\n")
    d.t("Requester: ", P(cust.full), " <", L("EMAIL", cust.email(r)), ">\n", f"Channel: {r.choice(['Web form', 'Email', 'Chat'])}   Tags: refund, {r.choice(['uk', 'au', 'ca', 'us'])}\n\n")
    d.t("-- ", P(cust.given), f", {r.choice(['Nov', 'Oct'])} {r.randint(1, 28)}, 2024 --\n")
    if n == 0:
        d.t("hi, ive been charged twice for order ", order_no(r), ". my card ends ", digits(r, 4), ". tracking ", tracking(r), " never moved\n")
        d.t("ship to ", A(addr(r, "UK"), ", "), " pls\n\n")
    elif n == 1:
        d.t("Please close my account and delete my data under the Privacy Act. My old address was ", A(addr(r, "AU"), ", "), " and my mobile ", L("PHONE", phone(r, "AU")), ".\n\n")
    else:
        d.t("Need to update my payout details. New account: sort code ", uk_sort(r), ", account number ", L("UK_BANK_ACCOUNT", uk_acct(r)), ". NI number for the tax form is ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), ".\n\n")
    d.t("-- ", P(agent.given), " (agent) --\n", "Hi ", P(cust.given), ", thanks for reaching out! ", r.choice(["I've issued a refund of the duplicate charge.", "Your request is being processed within 30 days.", "For security I've removed the bank details from this ticket."]), "\n")
    d.t(P(agent.given), "\nCustomer Care | ", r.choice(["Marks & Spencer", "Tim Hortons", "Harvey Norman"]), f" partner support\nInternal note: macro v{semver(r)} applied; SLA {r.randint(1, 48)}h\n")
    return d

@tpl("email", 3)
def email_appeal(r, n):
    d = Doc(); p = Person(r); doc = Person(r); dob = ymd(r, 1940, 2005); dx = r.choice(DIAG); med = r.choice(MEDS)
    fr = doc.email(r, r.choice(["riverbendpeds.org", "lakeshorerheum.com", "nhs.net"]))
    d.t("From: \"", P(doc.full), "\" <", L("EMAIL", fr), ">\nTo: ", L("EMAIL", f"appeals@{r.choice(['premera.example.com', 'bcbsnc.example.com', 'caresource.example.com'])}"), "\n")
    d.t(f"Date: {r.choice(['Mon', 'Tue', 'Wed', 'Thu'])}, {r.randint(1, 28)} Oct 2024 {r.randint(8, 18)}:{r.randint(10, 59)}:{r.randint(10, 59)} -0500\nSubject: Expedited appeal — PA{digits(r, 10)}\nX-Mailer: Outlook {ipish_version(r)}\n\n")
    d.t("To the Appeals Committee,\n\nI am writing on behalf of my patient, ", P(p.full), " (DOB ", L("DATE_OF_BIRTH", dfmt(dob, "us")), "; member ID ", L("HEALTH_PLAN_ID", member_id(r)), "), ")
    d.t("to request reconsideration of the denial of ", L("MEDICATION", med), ".\n\n")
    d.t(P(p.given), " has ", L("DIAGNOSIS", dx), " and has failed ", L("MEDICATION", r.choice(["methotrexate", "sertraline", "metformin", "prednisone"])), ". ")
    d.t("Published trials (e.g. a 2021 NEJM study of 1,200 adults) support this agent; those study participants are of course not my patient, but the evidence applies.\n")
    d.t("Without treatment I expect hospitalisation. Please call my office at ", L("PHONE", phone(r)), " for a peer-to-peer.\n\n")
    d.t("Sincerely,\n", P(doc.full), r.choice([", MD", ", DO", " FRCPC"]), f"\nNPI {npi(r)}\n")
    if n == 2:
        d.t("\n> On Oct 3, 2024, Premera Appeals <", L("EMAIL", "noreply-appeals@premera.example.com"), "> wrote:\n> Your request has been received. Case number APL-", digits(r, 8), ".\n")
    return d

@tpl("email", 2)
def email_aml_escalation(r, n):
    d = Doc(); a, b = Person(r), Person(r); subj = Person(r, r.choice(["russian", "egyptian", "persian", "turkish", "portuguese"]))
    d.t("From: ", P(a.full), " <", L("EMAIL", a.email(r, "fincrime.kestrelbank.co.uk")), ">\nTo: MLRO <", L("EMAIL", "mlro@kestrelbank.co.uk"), ">\nCc: ", P(b.full), " <", L("EMAIL", b.email(r, "kestrelbank.co.uk")), ">\n")
    d.t("Subject: [RESTRICTED] Internal SAR referral – ref ISR-", digits(r, 6), "\n\n")
    d.t("Hi,\n\nReferring customer ", P(subj.full), " (DOB ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1958, 1995), "uk")), ") for your review.\n\n")
    d.t("• Incoming SWIFT credits from ", L("IBAN", iban(r, r.choice(["AE", "CH", "SA"]))), " totalling GBP ", f"{r.randint(90, 480)},{r.randint(100, 999)}", " over 9 days, each just under £10,000.\n")
    d.t("• Outgoing Faster Payments to ", L("UK_BANK_ACCOUNT", f"{uk_sort(r)} {uk_acct(r)}"), " (third party, no clear relationship).\n")
    d.t("• Logins from ", L("IP_ADDRESS", ipv4(r, "pub")), " and ", L("IP_ADDRESS", ipv4(r, "doc3")), " within 40 minutes.\n")
    d.t(f"• Customer states funds are proceeds of a property sale; no completion statement supplied.\n")
    if n == 1:
        cty = r.choice(["Poland", "Pakistan", "South Africa"])
        d.t(f"• ID on file: {cty} passport ", L("PASSPORT", PASSPORT_FMT[cty](r)), "; UK NI number ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), ".\n")
    d.t("\nPlease do not tip off the customer. Case notes are in Actimize (alert ", digits(r, 9), ").\n\nThanks,\n", P(a.given), "\n")
    return d

@tpl("email", 2)
def email_newsletter(r, n):
    d = Doc()
    d.t("From: Benefits Team\nTo: All staff\n")
    d.t("Subject: ", r.choice(["Open enrollment closes Friday", "Q4 platform update"]), "\n\n")
    if n == 0:
        d.t("Hello team,\n\nOpen enrollment for 2025 ends on Friday. Plans from Kaiser Permanente and Anthem Blue Cross are available in the portal.\n")
        d.t(f"Offices are closed for {r.choice(HOLIDAYS)} and {r.choice(HOLIDAYS)}. The wellness webinar on managing type 2 diabetes and high blood pressure is open to all — no personal information is collected.\n")
        d.t("Reminder: never email Social Security numbers, member IDs or diagnoses. Use the secure upload link.\n\n— Total Rewards\n")
    else:
        d.t("Release ", semver(r), " shipped (build ", str(r.randint(10000, 99999)), ", commit ", sha(r, 12), ").\n")
        d.t("• Eligibility API p99 latency down 38%\n• Parser now accepts 005010X279A1 271 responses with repeated EB loops\n• New runbook for the 10.0.0.0/8 peering change\n")
        d.t("• Dependency bumps: openssl 3.0.15, log4j 2.24.1, spring-boot ", semver(r), "\n\nThanks to everyone who helped over Thanksgiving week.\n")
    return d

# ---------------------------------------------------------------- free text / html / x12 / sql
@tpl("free_text", 3)
def md_runbook(r, n):
    d = Doc()
    d.t(f"# Runbook: {r.choice(['eligibility-svc 5xx spike', 'SFTP remittance drop failed', 'Kafka consumer lag on claims-ingest'])}\n\n")
    d.t(f"_Last reviewed {dfmt(ymd(r, 2024, 2024), 'iso')} · applies to v{semver(r)} and later_\n\n## Symptoms\n- Grafana panel `elig_http_5xx` above 2% for 5 min\n- PagerDuty incident auto-created (service P{sha(r, 6).upper()})\n\n")
    d.t("## Checks\n```bash\nkubectl -n claims get pods -l app=eligibility-svc -o wide\ncurl -s http://127.0.0.1:8080/actuator/health | jq .status\n")
    d.t(f"dig +short payer-gw.internal   # expect an address in 10.60.0.0/20\n```\n\n| Env | CIDR | Port |\n|---|---|---|\n| prod | 10.60.0.0/20 | 8443 |\n| stage | 172.24.16.0/20 | 8443 |\n| docs example | 198.51.100.0/24 | 443 |\n\n")
    d.t("## Remediation\n1. Roll back to the previous image tag (`", semver(r), "-", sha(r, 7), "`).\n2. If the payer is down, enable `ELIG_CACHE_FALLBACK=true`.\n")
    d.t("3. Never paste member IDs, SSNs (use `***-**-1234` style) or card numbers into the incident channel.\n\n")
    if n == 2:
        oc = Person(r)
        d.t("## Escalation\nPrimary on-call this rota: ", P(oc.full), " — ", L("PHONE", phone(r, r.choice(["US", "UK", "AU"]))), ", ", L("EMAIL", oc.email(r, "northwindhealth.com")), "\n")
    else:
        d.t("## Escalation\nPage `#claims-platform-oncall`; the rota lives in PagerDuty schedule PSCHED7.\n")
    return d

@tpl("html", 3)
def wiki_team_page(r, n):
    d = Doc()
    d.t("<!DOCTYPE html>\n<html><head><title>Team — Member Data Platform</title></head>\n<body>\n<h1>Member Data Platform</h1>\n")
    if n == 2:
        d.t("<p>We own the eligibility, remittance and PBM integrations. See the <a href=\"/wiki/runbooks\">runbooks</a>.</p>\n<ul>\n")
        d.t(f"<li>Current release: <code>{semver(r)}</code> (build {r.randint(1000, 9999)})</li>\n<li>Status page: status.internal</li>\n<li>Named after the Wells Fargo data centre we no longer use</li>\n</ul>\n</body></html>\n")
        return d
    d.t("<table>\n<tr><th>Name</th><th>Role</th><th>Email</th><th>Location</th></tr>\n")
    for _ in range(r.randint(3, 5)):
        p = Person(r)
        d.t("<tr><td>", P(p.full), "</td><td>", r.choice(["Staff Engineer", "EM", "Data Analyst", "SRE"]), "</td><td><a href=\"mailto:", L("EMAIL", p.email(r, "northwindhealth.com")), "\">")
        d.t("mail", "</a></td><td>", r.choice(["Toronto", "Leeds", "Brisbane", "Austin", "remote"]), "</td></tr>\n")
    d.t("</table>\n")
    if n == 1:
        lead = Person(r)
        d.t("<p>Desk phone for the team lead, ", P(lead.full), ": ", L("PHONE", phone(r, "CA")), "</p>\n")
    d.t("<p>Slack: #mdp-help · Office hours Tue/Thu · Page last edited ", dfmt(ymd(r, 2024, 2024), "iso"), "</p>\n</body></html>\n")
    return d

@tpl("free_text", 3)
def pdf_statement(r, n):
    d = Doc(); p = Person(r)
    if n == 0:
        d.t("KESTREL BANK plc                                   Statement of account\n")
        d.t(P(p.upper), "\n", L("ADDRESS", "\n".join(x.upper() for x in addr(r, "UK"))), "\n\n")
        d.t("Account     Sort code     Statement period\n", L("UK_BANK_ACCOUNT", f"{uk_acct(r)}    {uk_sort(r)}"), "     01 Oct 2024 to 31 Oct 2024\n\n")
        ib = iban(r, "GB").replace(" ", "")
        d.t("IBAN ", L("IBAN", ib[:14] + "-\n" + ib[14:]), "   BIC KSTRGB2L\n")
        d.t("Date      Description                        Paid out    Paid in\n")
        for _ in range(4):
            d.t(f"{r.randint(1, 28):02d} Oct   {r.choice(['TESCO STORES 2231', 'TFL TRAVEL CH', 'SALARY ACME LTD', 'DD VODAFONE', 'CARD 4417 AMAZON MKTPLC'])}{' ' * 10}{r.randint(1, 300)}.{r.randint(10, 99)}\n")
        d.t("\nPage 1 of 2   FSCS protected   Registered in England No. ", digits(r, 8), "\n")
    elif n == 1:
        d.t("LOAN AGREEMENT – SUMMARY OF KEY TERMS (converted from PDF)\nBorrower: ", P(p.full), "\nBorrower's ad-\ndress: ")
        a = addr(r, "CA")
        d.t(L("ADDRESS", a[0] + "\n" + a[1]), "\nS.I.N.: ", L("CA_SIN", sin(r, " ")), "     Date of\nbirth: ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1960, 2000), "iso")), "\n")
        d.t(f"Principal: ${r.randint(5, 60)},000.00   APR: {r.uniform(5, 19):.2f}%   Term: {r.choice([36, 48, 60])} months\nPre-authorised debit from account ", f"transit {digits(r, 5)}-{r.choice(['001', '002', '010'])} acct ****{digits(r, 4)}\n")
        d.t("Co-signer: ", P(Person(r).full), "\n— page 2 —\nThe borrower acknowledges receipt of the Cost of Borrowing disclosure. Ref LN", digits(r, 10), "\n")
    else:
        d.t("AVIS DE PRÉLÈVEMENT / DIRECT DEBIT NOTICE\nTitulaire / Account holder: ", P(p.full), "\n")
        d.t("IBAN: ", L("IBAN", iban(r, r.choice(["FR", "BE", "ES"]))), "\nRéférence unique de mandat (RUM): ++", sha(r, 20).upper(), "\n")
        d.t("Identifiant créancier SEPA: FR", digits(r, 2), "ZZZ", digits(r, 6), "\nMontant: ", f"{r.randint(20, 300)},{r.randint(10, 99)} EUR", "   Échéance: ", dfmt(ymd(r, 2025, 2025), "de"), "\n")
        d.t("Bad IBAN from the previous mandate (rejected, checksum): ", bad_iban(r, "FR"), "\n")
    return d

@tpl("free_text", 2)
def spreadsheet_pasted(r, n):
    d = Doc()
    if n == 0:
        d.t("Claims aging — pasted from Excel (Sheet1)\n\nPatient\tClaim #\tDOS\tBilled\tPayer\tAge\n")
        for _ in range(r.randint(4, 6)):
            p = Person(r)
            d.t(P(p.last_first), "\t", claim_no(r), "\t", dfmt(ymd(r, 2024, 2024), "short"), "\t$", f"{r.randint(80, 9000):,}.00", "\t", r.choice(["MEDICARE", "AETNA", "UHC", "TRICARE"]), "\t", str(r.randint(15, 180)), "\n")
        d.t("\nTotal\t\t\t$", f"{r.randint(20000, 90000):,}.00", "\n")
    else:
        d.t("Q3 SKU roll-up (copied from Google Sheets)\n\nSKU        Units   Revenue     Margin\n")
        for _ in range(6):
            d.t(f"{r.choice(['WH', 'BX', 'KT'])}-{digits(r, 5)}-{r.choice('ABC')}   {r.randint(10, 9000):>5}   {r.randint(1000, 99999):>8}.{r.randint(10, 99)}   {r.uniform(5, 60):.1f}%\n")
        d.t(f"\nFX rate 1.{r.randint(2000, 3999)} · refreshed {ts(r)} · version {ipish_version(r)}\n")
    return d

@tpl("html", 2)
def health_article(r, n):
    d = Doc()
    if n == 0:
        d.t("<article>\n<h2>Living well with type 2 diabetes</h2>\n<p>Type 2 diabetes affects millions of adults. Metformin is usually the first medicine offered, and newer drugs such as semaglutide (Ozempic) can help with weight.</p>\n")
        d.t("<p>Symptoms of depression are common in people with chronic illness; talk to your GP. Crohn's disease and coeliac disease can also affect blood sugar.</p>\n<p>Call NHS 111 for advice. This page was reviewed by our clinical team.</p>\n</article>\n")
    else:
        d.t("<section class=\"faq\">\n<h3>What is a Medicare Beneficiary Identifier?</h3>\n<p>The MBI is an 11-character identifier that replaced the SSN-based number on Medicare cards. It uses numbers and upper-case letters, but never S, L, O, I, B or Z.</p>\n")
        d.t("<p>Your MBI is printed on your card. <strong>Never</strong> share it with callers who say they are from Medicare.</p>\n<h3>Does Medicare cover Wegovy?</h3>\n<p>Part D plans may cover semaglutide when prescribed to reduce cardiovascular risk.</p>\n</section>\n")
    return d

def _isa(r, stamp):
    return (f"ISA*00*          *00*          *ZZ*{r.choice(['CLEARHOUSE01', 'AVAILITY     ', 'OPTUMEDI'])[:12]:<15}*ZZ*{r.choice(['PAYER6054', 'BCBSNC', 'MEDICARE A'])[:12]:<15}*{stamp[2:8]}*{stamp[8:12]}*^*00501*{digits(r, 9)}*0*P*:~\n")

@tpl("free_text", 3)
def x12_837(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1935, 2015); bill = Person(r, "anglo"); st_, city, st, z = addr_parts_us(r)
    stamp = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(10, 23)}{r.randint(10, 59)}"
    d.t(_isa(r, stamp), f"GS*HC*SUBMIT*RECV*{stamp[:8]}*{stamp[8:12]}*{r.randint(1, 9999)}*X*005010X222A1~\nST*837*0001*005010X222A1~\nBHT*0019*00*{digits(r, 10)}*{stamp[:8]}*{stamp[8:12]}*CH~\n")
    d.t("NM1*41*2*NORTHWIND BILLING SERVICES*****46*", digits(r, 9), "~\nPER*IC*", P(bill.given.upper()), "*TE*", L("PHONE", re.sub(r"\D", "", phone(r, style=1))), "~\n")
    d.t("NM1*85*2*LAKESHORE FAMILY MEDICINE PC*****XX*", npi(r), "~\nN3*", L("ADDRESS", f"{r.randint(100, 9000)} {r.choice(US_STREETS).upper()}"), "~\nN4*", city.upper(), "*", st, "*", z + digits(r, 4), "~\nREF*EI*", digits(r, 9), "~\n")
    d.t("HL*2*1*22*0~\nSBR*P*18*", f"GRP{digits(r, 5)}", "******", r.choice(["CI", "MB", "HM"]), "~\n")
    medicare = n == 1
    d.t("NM1*IL*1*", P(f"{p.family.upper()}*{p.given.upper()}*{p.mi}"), "***MI*", L("US_MBI", mbi(r, False)) if medicare else L("HEALTH_PLAN_ID", member_id(r)), "~\n")
    d.t("N3*", L("ADDRESS", st_.upper()), "~\nN4*", city.upper(), "*", st, "*", z, "~\nDMG*D8*", L("DATE_OF_BIRTH", dfmt(dob, "compact")), "*", p.sex, "~\n")
    d.t("NM1*PR*2*", r.choice(["MEDICARE PART B", "BLUE CROSS BLUE SHIELD", "AETNA"]), "*****PI*", r.choice(["00611", "60054", "SX123"]), "~\n")
    d.t(f"CLM*{sha(r, 10).upper()}*{r.randint(90, 2400)}.00***11:B:1*Y*A*Y*Y~\n")
    d.t(f"HI*ABK:{r.choice(['E119', 'I10', 'M1711', 'F331', 'J45909'])}*ABF:{r.choice(['E785', 'Z794', 'G4733'])}~\n")
    if n == 2:
        d.t("NTE*ADD*PT WITH ", L("DIAGNOSIS", r.choice(["RHEUMATOID ARTHRITIS", "CROHNS DISEASE", "MULTIPLE SCLEROSIS"])), " ON ", L("MEDICATION", r.choice(["HUMIRA", "STELARA", "OCRELIZUMAB"])), " INFUSION~\n")
    d.t(f"LX*1~\nSV1*HC:{r.choice(['99214', '99213', '96413', '20610'])}*{r.randint(90, 900)}.00*UN*1***1~\nDTP*472*D8*{stamp[:8]}~\nSE*{r.randint(20, 40)}*0001~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{digits(r, 9)}~\n")
    return d

@tpl("free_text", 2)
def x12_835(r, n):
    d = Doc()
    stamp = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(10, 23)}{r.randint(10, 59)}"
    d.t(_isa(r, stamp), f"GS*HP*PAYER*PROV*{stamp[:8]}*{stamp[8:12]}*{r.randint(1, 9999)}*X*005010X221A1~\nST*835*{digits(r, 4)}~\n")
    d.t(f"BPR*I*{r.randint(1000, 90000)}.{r.randint(10, 99)}*C*ACH*CCP*01*0{digits(r, 8)}*DA*{digits(r, 10)}*{digits(r, 10)}**01*0{digits(r, 8)}*DA*{digits(r, 9)}*{stamp[:8]}~\nTRN*1*{digits(r, 12)}*1{digits(r, 9)}~\n")
    d.t("N1*PR*", r.choice(["UNITEDHEALTHCARE", "CIGNA", "HUMANA"]), "~\nN3*", L("ADDRESS", f"PO BOX {r.randint(1000, 99999)}"), "~\nN4*", r.choice(["SALT LAKE CITY*UT*84130", "CHATTANOOGA*TN*37422", "LOUISVILLE*KY*40201"]), "~\n")
    d.t("PER*CX**TE*", L("PHONE", "800" + digits(r, 7)), "~\nN1*PE*LAKESHORE FAMILY MEDICINE PC*XX*", npi(r), "~\n")
    for i in range(r.randint(2, 3)):
        p = Person(r)
        d.t(f"LX*{i + 1}~\nCLP*{sha(r, 10).upper()}*{r.choice([1, 1, 2, 4, 22])}*{r.randint(100, 2000)}.00*{r.randint(50, 900)}.00*{r.randint(0, 80)}.00*12*{digits(r, 14)}*11*1~\n")
        if n == 1 and i == 0:
            d.t("NM1*QC*1*XXXXX*XXXXX****MI*XXXXXXXXX~\n")
        else:
            d.t("NM1*QC*1*", P(f"{p.family.upper()}*{p.given.upper()}"), "****MI*", L("HEALTH_PLAN_ID", member_id(r)), "~\n")
        d.t(f"DTM*232*{stamp[:8]}~\nSVC*HC:{r.choice(['99214', '80053', '36415'])}*{r.randint(50, 400)}.00*{r.randint(20, 300)}.00**1~\nCAS*CO*45*{r.randint(5, 100)}.00~\nAMT*B6*{r.randint(20, 300)}.00~\n")
    d.t(f"SE*{r.randint(20, 60)}*{digits(r, 4)}~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{digits(r, 9)}~\n")
    return d

@tpl("free_text", 3)
def sql_dump(r, n):
    d = Doc()
    d.t(f"-- MySQL dump 10.13  Distrib 8.0.{r.randint(20, 39)}, for Linux (x86_64)\n-- Host: 127.0.0.1    Database: {r.choice(['crm', 'billing', 'kyc'])}\n-- Server version\t8.0.{r.randint(20, 39)}\n\n")
    if n == 2:
        d.t("CREATE TABLE `feature_flags` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `name` varchar(64) NOT NULL,\n  `enabled` tinyint(1) DEFAULT '0',\n  `min_version` varchar(16),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\n")
        d.t("INSERT INTO `feature_flags` VALUES ")
        rows = [f"({i + 1},'{nm}',{r.randint(0, 1)},'{semver(r)}')" for i, nm in enumerate(["mask_pan", "mask_ssn", "new_remit_parser", "fhir_r4b", "ip_allowlist_10.0.0.0/8"])]
        d.t(",\n".join(rows), ";\n")
        return d
    if n == 0:
        d.t("DROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (\n  `id` bigint NOT NULL,\n  `first_name` varchar(80),\n  `last_name` varchar(80),\n  `email` varchar(255),\n  `ssn` char(11),\n  `dob` date,\n  `street` varchar(255),\n  `phone` varchar(32),\n  `created_at` datetime,\n  PRIMARY KEY (`id`)\n);\n\n")
        d.t("INSERT INTO `customers` VALUES\n")
        k = r.randint(3, 5)
        for i in range(k):
            p = Person(r)
            fam = p.family.replace("'", "''")
            d.t(f"({r.randint(10000, 99999)},'", P(p.given), "','", P(fam), "','", L("EMAIL", p.email(r)), "','", L("US_SSN", ssn(r)) if i != 1 else masked_ssn(r), "','",
                L("DATE_OF_BIRTH", dfmt(ymd(r, 1945, 2004), "iso")), "','", L("ADDRESS", addr_parts_us(r)[0]), "','", L("PHONE", phone(r)), f"','{dfmt(ymd(r, 2023, 2024), 'iso')} 10:{r.randint(10, 59)}:00')")
            d.t(",\n" if i < k - 1 else ";\n")
    else:
        d.t("CREATE TABLE kyc_documents (\n  doc_id uuid PRIMARY KEY,\n  holder_name text NOT NULL,\n  doc_type text CHECK (doc_type IN ('passport','driver_license','national_id')),\n  doc_number text,\n  issuer text,\n  verified_at timestamptz\n);\n\n")
        for i in range(r.randint(4, 6)):
            p = Person(r); kind = r.choice(["passport", "passport", "driver_license", "national_id"])
            d.t(f"INSERT INTO kyc_documents VALUES ('{uuid(r)}', '", P(p.full.replace("'", "''")), f"', '{kind}', '")
            if kind == "passport":
                c = r.choice(list(PASSPORT_FMT) + ["United States"])
                d.t(L("US_PASSPORT", US_PASSPORT_FMT(r)) if c == "United States" else L("PASSPORT", PASSPORT_FMT[c](r)), f"', '{c}'")
            elif kind == "driver_license":
                st = r.choice(list(DL_FMT)); d.t(L("DRIVER_LICENSE", DL_FMT[st](r)), f"', 'US-{STATE_ABBR[st]} ({st})'")
            else:
                c = r.choice(["ES", "IT", "SG", "BR", "IN"])
                v = {"ES": lambda: L("ES_DNI", dni(r, r.random() < .5)), "IT": lambda: L("IT_FISCAL_CODE", codice_fiscale(r, p, *ymd(r, 1950, 2000))),
                     "SG": lambda: L("SG_NRIC", nric(r)), "BR": lambda: L("BR_CPF", cpf(r)), "IN": lambda: L("IN_AADHAAR", aadhaar(r))}[c]()
                d.t(v, f"', '{c}'")
            d.t(f", '{ts(r).replace('T', ' ').replace('Z', '+00')}');\n")
    d.t("-- Dump completed on ", dfmt(ymd(r, 2024, 2024), "iso"), " 02:00:0", str(r.randint(1, 9)), "\n")
    return d

@tpl("free_text", 2)
def release_notes(r, n):
    d = Doc()
    d.t(f"Release {semver(r)} ({dfmt(ymd(r, 2024, 2024), 'iso')})\n\n")
    d.t(f"- Upgraded HAPI FHIR to {semver(r)}; OIDs 2.16.840.1.113883.6.{r.randint(1, 99)} and 1.2.840.10008.{r.randint(1, 9)} now resolve\n")
    d.t(f"- Fixed: remittance files with build tag {ipish_version(r)} were misread as addresses\n- Card vault: test PAN 4242 4242 4242 4242 is rejected in live mode\n")
    d.t(f"- Masking: SSNs render as ***-**-{digits(r, 4)}, cards as **** **** **** {digits(r, 4)}\n- Migration {sha(r, 12)} adds index on claim_number (e.g. {claim_no(r)})\n")
    d.t(f"- Docs: sample network 192.0.2.0/24 and port {r.choice([8443, 9443])}; request ids look like {uuid(r)}\n")
    if n == 1:
        d.t(f"- Known issue: the {r.choice(['Parkinson', 'Hodgkin', 'Alzheimer'])} cohort report template (no patient data) renders blank headers\n- Thanks to the Johnson & Johnson and Charles Schwab integration teams\n")
    return d

@tpl("free_text", 2)
def adjuster_narrative(r, n):
    d = Doc(); p = Person(r); adj = Person(r)
    if n == 0:
        d.t("CLAIM FILE NOTE — auto liability\n\nInsured ", P(p.full), " reports rear-end collision on I-", str(r.randint(10, 95)), ". Driver's license checked: ")
        st = r.choice(list(DL_FMT))
        d.t(st, " ", L("DRIVER_LICENSE", DL_FMT[st](r)), ", valid. Claimant treated at ER for ", L("DIAGNOSIS", r.choice(["whiplash-associated disorder", "cervical strain", "concussion"])), ", prescribed ", L("MEDICATION", r.choice(["cyclobenzaprine", "naproxen", "gabapentin"])), ".\n")
        d.t("Adjuster note: the body shop estimate is a real headache. Repair facility: Ford Credit-approved. Next diary ", dfmt(ymd(r, 2025, 2025), "us"), ".\n— ", P(adj.full), "\n")
    else:
        d.t("Underwriting memo (no applicant data)\n\nLoss ratios on the small-group book show a depression in Q2 premiums after the Great Depression-era rules were finally retired. ")
        d.t("Our exposure to Parkinson's law in the claims backlog is the real disease here. Kaiser Permanente and Mayo Clinic contracts renew on Canada Day; the Harvey Norman group policy lapses after Boxing Day.\n")
        d.t(f"Model version {ipish_version(r)}, run {uuid(r)}.\n")
    return d

@tpl("html", 3)
def customer_portal_html(r, n):
    d = Doc(); p = Person(r); c = ["US", "UK", "AU"][n]
    d.t("<div class=\"profile-card\">\n  <h2>", P(p.full), "</h2>\n  <dl>\n    <dt>Customer since</dt><dd>", str(r.randint(2009, 2023)), "</dd>\n")
    d.t("    <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", dfmt(ymd(r, 1950, 2004), "uk" if c != "US" else "us")), "</dd>\n")
    d.t("    <dt>Mailing address</dt><dd>", L("ADDRESS", "<br>".join(addr(r, c))), "</dd>\n")
    d.t("    <dt>Phone</dt><dd><a href=\"tel:", L("PHONE", phone(r, c)), "\">call</a></dd>\n    <dt>Email</dt><dd>", L("EMAIL", p.email(r)), "</dd>\n")
    if c == "US":
        d.t("    <dt>SSN</dt><dd>", masked_ssn(r), " <button>reveal</button></dd>\n    <dt>Card on file</dt><dd>", masked_card(r), "</dd>\n")
    elif c == "UK":
        d.t("    <dt>NHS number</dt><dd>", L("UK_NHS_NUMBER", nhs(r)), "</dd>\n    <dt>Last 4 of account</dt><dd>", digits(r, 4), "</dd>\n")
    else:
        d.t("    <dt>Health fund member no.</dt><dd>", L("HEALTH_PLAN_ID", digits(r, 8) + "-" + str(r.randint(1, 4))), " (Bupa Hospital Gold)</dd>\n")
    d.t("  </dl>\n  <p class=\"meta\">Last login from ", L("IP_ADDRESS", ipv4(r)), " · session ", uuid(r), "</p>\n</div>\n")
    return d

@tpl("free_text", 3)
def api_docs_testdata(r, n):
    d = Doc()
    if n == 0:
        d.t("## Testing payments\n\nUse these cards in sandbox mode only:\n\n| Brand | Number | Result |\n|---|---|---|\n| Visa | 4242 4242 4242 4242 | success |\n| Mastercard | 5555 5555 5555 4444 | success |\n| Amex | 3782 822463 10005 | success |\n| Visa | 4000 0000 0000 0002 | declined |\n\n")
        d.t("Any future expiry and any 3-digit CVC work. Live keys start with `sk_live_`; never commit them. Masked output looks like `**** 4242`.\n")
    elif n == 1:
        d.t("## Identifier formats accepted by /v2/verify\n\n- SSN: `AAA-GG-SSSS` (we reject 000, 666 and 900–999 areas, e.g. 666-12-3456 fails)\n- NHS number: 10 digits with mod-11 check, e.g. a bad one: ", bad_nhs(r), "\n")
        d.t("- SIN: Luhn check; ", bad_sin(r), " fails\n- DNI: 8 digits + letter; ", bad_dni(r), " has the wrong letter\n- Steuer-ID: ", bad_steuer(r), " (bad check digit)\n- CPF: ", bad_cpf(r), " (bad check digits)\n")
        d.t("- Aadhaar: ", bad_aadhaar(r), " (fails Verhoeff)\n- NRIC: ", bad_nric(r), " (wrong check letter)\n- Codice fiscale: ", bad_cf(codice_fiscale(r, Person(r, "italian"), 1980, 5, 17)), " (wrong check char)\n")
        d.t("- Card: ", bad_card(r), " (fails Luhn)\n- IBAN: ", bad_iban(r, "DE"), " (fails mod-97)\n")
    else:
        d.t("GET /v1/members/{memberId}/eligibility\n\nPath params\n  memberId   string   e.g. `W000000000` (placeholder)\n\nResponse 200\n  planStatus[].status   \"Active Coverage\"\n")
        d.t("Rate limit 600 req/min per client; 429 includes `Retry-After`. Base URL https://api.example.com, sandbox IPs 203.0.113.0/24 (documentation range). ")
        d.t(f"SDK {semver(r)} supports Python 3.9+. Contact the Platform team via the developer portal.\n")
    return d

@tpl("free_text", 2)
def kyc_narrative(r, n):
    d = Doc()
    if n == 0:
        p = Person(r, "nepali"); dob = ymd(r, 1970, 2000)
        d.t("Remittance onboarding note. Customer ", P(p.full), ", born ", L("DATE_OF_BIRTH", dfmt(dob, "long")), ", presented Indian Aadhaar ", L("IN_AADHAAR", aadhaar(r)), " and Nepali citizenship certificate. ")
        d.t("Sends ~NPR 40,000 monthly to family; beneficiary phone ", L("PHONE", phone(r, "IN")), ". Lives at ", A(addr(r, "IN"), ", "), ".\n")
    else:
        p = Person(r, "malay")
        d.t("Employment pass holder ", P(p.full), " (FIN ", L("SG_NRIC", nric(r, r.choice("FG"))), ") opened a multi-currency account; proof of address: ", A(addr(r, "SG"), ", "), ". ")
        d.t("Secondary ID: Malaysian passport? No — customer provided Brazilian CPF ", L("BR_CPF", cpf(r)), " from a prior posting in São Paulo. Contact: ", L("EMAIL", p.email(r)), ".\n")
    return d

@tpl("email", 2)
def chargeback_email(r, n):
    d = Doc(); cust = Person(r); analyst = Person(r)
    d.t("From: ", L("EMAIL", f"disputes@{r.choice(['cardservices.example.com', 'kestrelbank.co.uk'])}"), "\nTo: ", P(analyst.full), " <", L("EMAIL", analyst.email(r, "merchant-risk.example.com")), ">\n")
    d.t(f"Subject: Chargeback notification CB{digits(r, 9)} — reason code {r.choice(['10.4', '13.1', '4837'])}\n\n")
    d.t("Cardholder: ", P(cust.full), "\nCard number: ", L("CREDIT_CARD", card(r, r.choice(["visa", "mc", "amex", "disc"]), r.choice([" ", "-"]))), "\n")
    d.t(f"Transaction: {dfmt(ymd(r, 2024, 2024), 'us')}  amount ${r.randint(20, 2000)}.{r.randint(10, 99)}  ARN {digits(r, 23)}  order {order_no(r)}\n")
    d.t(f"Shipped via {tracking(r)}; delivery confirmed.\n")
    if n == 1:
        d.t("Cardholder ID supplied to issuer: U.S. passport ", L("US_PASSPORT", US_PASSPORT_FMT(r)), "\n")
    d.t("Previous disputes on this BIN: card ", masked_card(r), " (2023), card ", bad_card(r), " (keyed wrong by cardholder; not a valid PAN).\n")
    d.t("Please respond with compelling evidence within 20 days.\n\nMerchant Risk Desk\n")
    return d

@tpl("free_text", 2)
def research_abstract(r, n):
    d = Doc()
    if n == 0:
        d.t("Abstract. Background: Adherence to apixaban versus warfarin in atrial fibrillation remains poorly characterised in rural cohorts. ")
        d.t(f"Methods: We analysed {r.randint(2000, 20000):,} de-identified pharmacy claims (2018–2023). Results: Patients with chronic kidney disease had lower adherence (PDC 0.61 vs 0.74, p<0.001). ")
        d.t("Conclusions: Simplified dosing may help. Funding: Boehringer Ingelheim had no role. Trial registration NCT0", digits(r, 7), ".\n")
    else:
        d.t("Clinical guideline excerpt — asthma step-up therapy (adults)\nStep 2: low-dose ICS (e.g. fluticasone). Step 3: ICS-LABA such as Symbicort as maintenance and reliever. ")
        d.t("Consider montelukast if allergic rhinitis coexists. Refer if two or more courses of prednisone in 12 months. Eponyms: Churg-Strauss syndrome should be excluded.\n")
    return d

@tpl("html", 1)
def holiday_calendar(r, n):
    d = Doc()
    d.t("<table class=\"holidays\">\n<caption>2025 office closures (US, UK, CA, AU)</caption>\n")
    cal = [("Martin Luther King Jr. Day", "2025-01-20", "US"), ("Waitangi Day", "2025-02-06", "NZ"), ("Family Day", "2025-02-17", "CA"),
           ("Presidents' Day", "2025-02-17", "US"), ("St David's Day", "2025-03-01", "UK (Wales, not a bank holiday)"), ("ANZAC Day", "2025-04-25", "AU/NZ"),
           ("Victoria Day", "2025-05-19", "CA"), ("Juneteenth", "2025-06-19", "US"), ("Canada Day", "2025-07-01", "CA"),
           ("Remembrance Day", "2025-11-11", "CA"), ("Thanksgiving", "2025-11-27", "US"), ("Boxing Day", "2025-12-26", "UK/CA/AU")]
    for h, dt, c in cal:
        d.t(f"<tr><td>{h}</td><td>{dt}</td><td>{c}</td></tr>\n")
    d.t("</table>\n<p>Questions: see the HR portal. Sponsored by the Walgreens and Tim Hortons staff clubs.</p>\n")
    return d

@tpl("ndjson", 3)
def idv_webhooks(r, n):
    """Identity-verification vendor webhooks: one document per line, mixed countries; declined ones carry bad checksums."""
    d = Doc()
    kinds = [["us_passport", "de_tax", "fr_nir", "es_nie", "us_dl", "declined"], ["it_cf", "ca_sin", "uk_nhs", "us_dl", "us_passport", "declined"],
             ["es_dni", "de_tax", "fr_nir", "in_aadhaar", "us_dl", "br_cpf", "it_cf", "sg_nric", "declined"]][n]
    for k in kinds:
        p = Person(r); dob = ymd(r, 1950, 2004)
        o = {"event": "verification.completed", "id": "vrf_" + sha(r, 20), "created_at": ts(r), "applicant": {"first_name": P(p.given), "last_name": P(p.family),
             "dob": L("DATE_OF_BIRTH", dfmt(dob, "iso"))}}
        if k == "us_passport":
            o["document"] = {"type": "passport", "issuing_country": "USA", "number": L("US_PASSPORT", US_PASSPORT_FMT(r)), "expiry": dfmt(ymd(r, 2026, 2034), "iso")}
        elif k == "us_dl":
            st = r.choice(list(DL_FMT))
            o["document"] = {"type": "driving_licence", "issuing_country": "USA", "issuing_state": st, "number": L("DRIVER_LICENSE", DL_FMT[st](r))}
        elif k == "de_tax":
            o["document"] = {"type": "tax_id", "issuing_country": "DEU", "label": "Steuerliche Identifikationsnummer", "number": L("DE_TAX_ID", steuer_id(r, n == 2))}
        elif k == "fr_nir":
            o["document"] = {"type": "social_security", "issuing_country": "FRA", "label": "numéro de sécurité sociale", "number": L("FR_NIR", nir(r, p.sex, dob[0], dob[1], n == 0))}
        elif k in ("es_nie", "es_dni"):
            o["document"] = {"type": "national_id", "issuing_country": "ESP", "label": "NIE" if k == "es_nie" else "DNI", "number": L("ES_DNI", dni(r, k == "es_nie"))}
        elif k == "it_cf":
            o["document"] = {"type": "tax_id", "issuing_country": "ITA", "label": "codice fiscale", "number": L("IT_FISCAL_CODE", codice_fiscale(r, p, *dob))}
        elif k == "ca_sin":
            o["document"] = {"type": "sin", "issuing_country": "CAN", "number": L("CA_SIN", sin(r, "-"))}
        elif k == "uk_nhs":
            o["document"] = {"type": "health_id", "issuing_country": "GBR", "label": "NHS number", "number": L("UK_NHS_NUMBER", nhs(r, r.random() < .5))}
        elif k == "br_cpf":
            o["document"] = {"type": "tax_id", "issuing_country": "BRA", "label": "CPF", "number": L("BR_CPF", cpf(r, r.random() < .5))}
        elif k == "sg_nric":
            o["document"] = {"type": "national_id", "issuing_country": "SGP", "label": "NRIC", "number": L("SG_NRIC", nric(r, r.choice("ST")))}
        elif k == "in_aadhaar":
            o["document"] = {"type": "national_id", "issuing_country": "IND", "label": "Aadhaar", "number": L("IN_AADHAAR", aadhaar(r, False))}
        else:
            o["event"] = "verification.declined"
            o["applicant"] = {"first_name": "[redacted]", "last_name": "[redacted]", "dob": "[redacted]"}
            bad = [("tax_id", "DEU", bad_steuer(r)), ("national_id", "ESP", bad_dni(r)), ("sin", "CAN", bad_sin(r)), ("health_id", "GBR", bad_nhs(r))][n % 4]
            o["document"] = {"type": bad[0], "issuing_country": bad[1], "number": bad[2]}
            o["reasons"] = ["checksum_mismatch"]
        o["checks"] = {"liveness": r.choice(["clear", "clear", "consider"]), "face_match": round(r.uniform(0.7, 0.99), 3)}
        o["client_ip"] = L("IP_ADDRESS", ipv4(r)) if k != "declined" else "0.0.0.0"
        emit_json(d, o, compact=True); d.t("\n")
    return d

@tpl("form", 2)
def travel_insurance_app(r, n):
    d = Doc(); p = Person(r); dob = ymd(r, 1945, 2004); comp = Person(r, p.origin)
    d.t("TRAVEL MEDICAL INSURANCE — APPLICATION (online form, print view)\n\n")
    d.t("1. Primary traveler\n   Full name as on passport: ", P(p.upper), "\n   Date of birth: ", L("DATE_OF_BIRTH", dfmt(dob, "uslong")), "\n")
    if n == 0:
        d.t("   Citizenship: United States\n   U.S. passport number: ", L("US_PASSPORT", US_PASSPORT_FMT(r)), "\n")
    else:
        c = r.choice(["Mexico", "Japan", "Philippines", "Jamaica"])
        lab = {"Mexico": PP_LABEL["es"], "Japan": PP_LABEL["ja"], "Philippines": PP_LABEL["tl"], "Jamaica": PP_LABEL["en"]}[c]
        d.t(f"   Citizenship: {c}\n   {lab}: ", L("PASSPORT", PASSPORT_FMT[c](r)), "\n")
    d.t("   Home address: ", A(addr(r, "US"), ", "), "\n   Phone: ", L("PHONE", phone(r)), "   Email: ", L("EMAIL", p.email(r)), "\n\n")
    d.t("2. Companion: ", P(comp.full), "  DOB: ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1945, 2004), "uslong")), "\n\n")
    d.t("3. Pre-existing conditions (last 180 days): ")
    if n == 0:
        d.t(L("DIAGNOSIS", r.choice(["paroxysmal atrial fibrillation", "type 2 diabetes mellitus"])), ", stable on ", L("MEDICATION", r.choice(["apixaban", "metformin"])), "\n")
    else:
        d.t("none declared\n")
    d.t(f"4. Trip: {r.choice(['LAX', 'JFK', 'ORD'])} → {r.choice(['LHR', 'NRT', 'MEX', 'KIN'])}, depart {dfmt(ymd(r, 2025, 2025), 'us')}, PNR {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}\n")
    d.t(f"Quote Q-{digits(r, 8)} · premium ${r.randint(40, 400)}.00 · payment by card **** {digits(r, 4)}\n")
    return d

# ----------------------------------------------------------------------------------------------- validation
IP4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
CARD_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")

def leak_check(doc_id, text, ents):
    mask = [False] * len(text)
    for e in ents:
        for i in range(e["start"], e["end"]): mask[i] = True
    def free(m): return not any(mask[m.start():m.end()])
    probs = []
    for m in IP4.finditer(text):
        if not free(m): continue
        octs = [int(x) for x in m.groups()]
        if max(octs) > 255: continue
        if m.group(0) in ("127.0.0.1", "0.0.0.0"): continue
        if text[m.end():m.end() + 1] == "/": continue
        pre = text[max(0, m.start() - 40):m.start()]
        if re.search(r"(OID|oid|2\.16\.840|1\.3\.6|1\.2\.840|openssl|log4j|version|Distrib)", pre + m.group(0)): continue
        if text[m.start() - 1:m.start()] == "." : continue
        probs.append(("ip", m.group(0)))
    for m in EMAIL_RE.finditer(text):
        if free(m): probs.append(("email", m.group(0)))
    for m in SSN_RE.finditer(text):
        if free(m) and ssn_ok(m.group(0)) and m.group(0) not in ("666-12-3456",): probs.append(("ssn", m.group(0)))
    for m in CARD_RE.finditer(text):
        raw = re.sub(r"\D", "", m.group(0))
        if free(m) and 13 <= len(raw) <= 19 and luhn_ok(raw) and raw[0] in "3456" and raw not in TEST_CARDS and not raw.startswith("4000000000"):
            probs.append(("card", m.group(0)))
    for m in IBAN_RE.finditer(text):
        if free(m) and iban_mod(m.group(0)) == 1: probs.append(("iban", m.group(0)))
    return probs

CHECKS = {"CREDIT_CARD": lambda v: luhn_ok(v), "IBAN": lambda v: iban_mod(v.replace("-", "")) == 1, "UK_NHS_NUMBER": nhs_ok,
          "IN_AADHAAR": verhoeff_ok, "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok,
          "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": lambda v: ssn_ok(v if "-" in v else f"{v[:3]}-{v[3:5]}-{v[5:]}"),
          "CA_SIN": lambda v: luhn_ok(v) and len(re.sub(r"\D", "", v)) == 9,
          "FR_NIR": lambda v: (lambda s: nir_key(s[:13]) == int(s[13:]))(v.replace(" ", ""))}

def classify(ents):
    types = {e["type"] for e in ents}
    if types & RESTRICTED: return "RESTRICTED"
    if types & CONFIDENTIAL: return "CONFIDENTIAL"
    return "INTERNAL"

def validate(rec):
    t, ents = rec["text"], rec["entities"]
    assert rec["format"] in FORMATS
    prev_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        v = t[e["start"]:e["end"]]
        assert v and v == v.strip(), (rec["id"], e, repr(v))
        assert e["start"] >= prev_end, (rec["id"], "overlap", e)
        prev_end = e["end"]
        if e["type"] in CHECKS:
            assert CHECKS[e["type"]](v), (rec["id"], e["type"], v)
    assert rec["classification"] == classify(ents)
    f = rec["format"]
    if f in ("json", "fhir_json"):
        json.loads(t)
    if f == "ndjson":
        for line in t.strip().split("\n"): json.loads(line)
    if f in ("csv", "tsv"):
        body = "\n".join(l for l in t.split("\n") if not l.startswith("#"))
        rows = list(csv.reader(io.StringIO(body), delimiter="," if f == "csv" else "\t"))
        rows = [x for x in rows if x]
        assert len({len(x) for x in rows}) == 1, (rec["id"], {len(x) for x in rows})
    probs = leak_check(rec["id"], t, ents)
    assert not probs, (rec["id"], probs)

def main():
    _selftest()
    recs = []
    for name, fmt, count, fn in TEMPLATES:
        for n in range(count):
            r = random.Random(f"{SEED}:{name}:{n}")
            d = fn(r, n)
            text = d.text()
            ents = sorted(d.ents, key=lambda e: e["start"])
            rec = {"id": f"h5_{name}-{n}", "text": text, "entities": ents, "classification": classify(ents), "format": fmt}
            validate(rec)
            recs.append(rec)
    with open(os.path.join(HERE, "holdout5.jsonl"), "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"documents: {len(recs)}")
    print(f"no-entity documents: {sum(1 for x in recs if not x['entities'])}\n")
    for title, c in [("classification", Counter(x["classification"] for x in recs)), ("format", Counter(x["format"] for x in recs)),
                     ("entity type", Counter(e["type"] for x in recs for e in x["entities"]))]:
        print(f"{title}:")
        for k, v in c.most_common():
            print(f"  {k:<30} {v}")
        print()

if __name__ == "__main__":
    main()
