#!/usr/bin/env python3
"""holdout22 generator: an independent PII/PHI evaluation corpus modelled on the storage of a group of
dental, optometry, hearing and physiotherapy practices with a veterinary arm.  Standard library only.
Written from the public contract (entity list, LABELS.md, PRIOR_CORPUS.md prose) only."""
import json, csv, io, random, re, string, sys, os
from collections import Counter

SEED = "holdout22/molar-otter-4418"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout22.jsonl")

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LEVNAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report "
              "hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
class L:
    """A labelled value."""
    def __init__(self, typ, value):
        assert typ in LEVEL, typ
        self.typ, self.value = typ, str(value)

class M:
    """A mixed string value (plain text and L parts) for JSON/CSV cells."""
    def __init__(self, *parts):
        self.parts = parts

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []
    def add(self, *items):
        for x in items:
            if isinstance(x, L):
                self.ents.append({"type": x.typ, "start": self.n, "end": self.n + len(x.value)})
                self._w(x.value)
            elif isinstance(x, M):
                self.add(*x.parts)
            elif isinstance(x, (list, tuple)):
                self.add(*x)
            elif x is None:
                continue
            else:
                self._w(str(x))
        return self
    def _w(self, s):
        self.buf.append(s)
        self.n += len(s)
    def text(self):
        return "".join(self.buf)
    # structured emitters -------------------------------------------------
    def jstr(self, v):
        """JSON string literal for str / L / M."""
        if isinstance(v, L):
            enc = json.dumps(v.value, ensure_ascii=False)[1:-1]
            self._w('"')
            self.add(L(v.typ, enc))
            self._w('"')
        elif isinstance(v, M):
            self._w('"')
            for p in v.parts:
                if isinstance(p, L):
                    self.add(L(p.typ, json.dumps(p.value, ensure_ascii=False)[1:-1]))
                else:
                    self._w(json.dumps(str(p), ensure_ascii=False)[1:-1])
            self._w('"')
        else:
            self._w(json.dumps(v, ensure_ascii=False))
    def json(self, obj, indent=2, level=0):
        pad = "" if indent is None else " " * (indent * (level + 1))
        end = "" if indent is None else " " * (indent * level)
        nl = "" if indent is None else "\n"
        sep = ", " if indent is None else ","
        if isinstance(obj, dict):
            if not obj:
                self._w("{}"); return
            self._w("{" + nl)
            items = list(obj.items())
            for i, (k, v) in enumerate(items):
                self._w(pad + json.dumps(k, ensure_ascii=False) + ": ")
                self.json(v, indent, level + 1)
                if i < len(items) - 1:
                    self._w(sep)
                self._w(nl)
            self._w(end + "}")
        elif isinstance(obj, list):
            if not obj:
                self._w("[]"); return
            self._w("[" + nl)
            for i, v in enumerate(obj):
                self._w(pad)
                self.json(v, indent, level + 1)
                if i < len(obj) - 1:
                    self._w(sep)
                self._w(nl)
            self._w(end + "]")
        elif isinstance(obj, (str, L, M)):
            self.jstr(obj)
        else:
            self._w(json.dumps(obj))
    def row(self, cells, delim=","):
        for i, c in enumerate(cells):
            if i:
                self._w(delim)
            raw = c.value if isinstance(c, L) else ("".join(p.value if isinstance(p, L) else str(p) for p in c.parts)
                                                    if isinstance(c, M) else str(c))
            q = any(ch in raw for ch in (delim, '"', "\n"))
            if q:
                self._w('"')
            if isinstance(c, L):
                self.add(L(c.typ, c.value.replace('"', '""')))
            elif isinstance(c, M):
                for p in c.parts:
                    if isinstance(p, L):
                        self.add(L(p.typ, p.value.replace('"', '""')))
                    else:
                        self._w(str(p).replace('"', '""'))
            else:
                self._w(raw.replace('"', '""'))
            if q:
                self._w('"')
        self._w("\n")

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
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
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban

def nhs_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 10: return False
    r = sum(d[i] * (10 - i) for i in range(9)) % 11
    c = 11 - r
    if c == 11: c = 0
    return c != 10 and c == d[9]

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])

def cpf_digits(nine):
    d = [int(c) for c in nine]
    s = sum(d[i] * (10 - i) for i in range(9)); c1 = (s * 10) % 11 % 10
    d.append(c1)
    s = sum(d[i] * (11 - i) for i in range(10)); c2 = (s * 10) % 11 % 10
    return "%d%d" % (c1, c2)
def cpf_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    body = s[:-1]
    if body[0] in "XYZ": body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and DNI_L[int(body) % 23] == s[-1]

def nir_ok(s):
    d = re.sub(r"\s", "", s)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])

def steuer_check(ten):
    prod = 10
    for ch in ten:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (2 * sm) % 11
    c = 11 - prod
    return "0" if c == 10 else str(c)
def steuer_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 11 or d[0] == "0": return False
    cnt = Counter(d[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return steuer_check(d[:10]) == d[10]

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65
def cf_check(s15):
    t = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s15))
    return chr(65 + t % 26)
def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def nric_letter(prefix, digits):
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * x for c, x in zip(digits, w))
    if prefix in "TG": t += 4
    r = t % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]
def nric_ok(s):
    return len(s) == 9 and nric_letter(s[0], s[1:8]) == s[8]

def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g != 0 and n != 0

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = "CAANAANAANN"  # C=1-9, A=alpha, N=numeric, (pos 3,6 alnum)
    for i, c in enumerate(s):
        if i == 0 and not (c in "123456789"): return False
        if i in (1, 4, 7, 8) and c not in MBI_A: return False
        if i in (2, 5) and c not in MBI_A + "0123456789": return False
        if i in (3, 6, 9, 10) and not c.isdigit(): return False
    return True

NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] not in "DFIQUV" and s[1] not in "DFIOQUV" and s[:2] not in NINO_BAD_PAIRS
            and s[2:8].isdigit() and s[8] in "ABCD")

def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert luhn_ok("046 454 286")  # CA SIN example
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert steuer_check("8609574271") == "9"  # 86095742719, published example
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert mbi_ok("1EG4-TE5-MK73")



# ---------------------------------------------------------------- names (hand-written, by origin)
NAMES = {
    # origin: (female given, male given, family)
    "CA": (["Geneviève", "Maude", "Ashlyn", "Josée", "Noémie"], ["Étienne", "Maxime", "Gaétan", "Rhys", "Darnell"],
           ["Tremblay", "Gagnon", "Bouchard", "Ouellette", "Bélanger", "MacIsaac", "Thibodeau"]),
    "US": (["Shaniqua", "Brittany", "Kaylee", "Dolores", "Marisol"], ["Tyrone", "Cody", "Jaxon", "Ezekiel", "Dwayne"],
           ["Washington", "Kowalczyk", "Nguyen", "Whitfield", "Rosenbaum", "Delgado", "McAllister"]),
    "MX": (["Guadalupe", "Ximena", "Itzel", "Rocío"], ["Cuauhtémoc", "Joaquín", "Aurelio", "Uriel"],
           ["Hernández Ávila", "de la Garza", "Zúñiga", "Villaseñor", "Tlapanco", "Ochoa Barragán"]),
    "UK": (["Siobhan", "Gemma", "Philippa", "Imogen"], ["Alistair", "Gareth", "Rhodri", "Callum"],
           ["Featherstonehaugh", "Pritchard", "Ogundipe", "Hargreaves", "Llewellyn", "Saddique"]),
    "IE": (["Aoife", "Gráinne", "Síle", "Niamh"], ["Tadhg", "Cathal", "Donncha", "Pádraig"],
           ["Ní Mhurchú", "Ó Súilleabháin", "Mac Cárthaigh", "Breathnach", "Doherty"]),
    "FR": (["Ségolène", "Anaïs", "Maëlle", "Bérénice"], ["Aurélien", "Grégoire", "Loïc", "Thibault"],
           ["de Villepin-Roux", "Lefèvre", "Chevalier", "Le Gall", "Desrosiers", "d'Hérouville"]),
    "BE": (["Griet", "Lieve", "Amélie"], ["Wouter", "Jef", "Baudouin"],
           ["Vandenbroucke", "De Smedt", "Van Damme", "Claes", "Goossens", "Wauters"]),
    "NL": (["Femke", "Sanne", "Marieke"], ["Joost", "Bram", "Sjoerd"],
           ["van der Heijden", "de Vries", "Bakker", "van 't Hof", "Mulder", "ter Horst"]),
    "DE": (["Henrike", "Sabine", "Gudrun", "Lioba"], ["Jörg", "Detlef", "Hartmut", "Kai-Uwe"],
           ["Schäfer", "von der Lühe", "Großkopf", "Nußbaum", "Wendtland", "Bräutigam"]),
    "CH": (["Regula", "Seraina", "Mirjam"], ["Urs", "Reto", "Beat"],
           ["Gschwind", "Tschudi", "Ammann", "Brunschwiler", "Caflisch"]),
    "AT": (["Hemma", "Waltraud", "Leonie"], ["Florian", "Gottfried", "Vinzenz"],
           ["Pichler", "Oberhuber", "Gruber", "Mayrhofer", "Strasser"]),
    "IT": (["Ludovica", "Chiara", "Assunta", "Benedetta"], ["Gianluca", "Salvatore", "Ottavio", "Corrado"],
           ["Esposito", "Lo Presti", "Della Valle", "Santangelo", "D'Alessandro", "Ferraguti"]),
    "ES": (["Itziar", "Montserrat", "Nerea", "Begoña"], ["Iñaki", "Xavier", "Jordi", "Álvaro"],
           ["Etxeberria", "García-Lorca Puig", "Ibáñez", "Arrizabalaga", "Sáenz de Ugarte", "Oliveras"]),
    "PT": (["Conceição", "Inês", "Leonor"], ["João", "Gonçalo", "Rui"],
           ["Magalhães", "da Silva Pereira", "Gonçalves", "Albuquerque", "Figueiredo"]),
    "PL": (["Małgorzata", "Agnieszka", "Jadwiga"], ["Grzegorz", "Wojciech", "Przemysław"],
           ["Wiśniewska", "Szczepański", "Brzęczyszczykiewicz", "Kołodziej", "Żurawski"]),
    "CZ": (["Radka", "Zdeňka", "Božena"], ["Jiří", "Vojtěch", "Ondřej"],
           ["Dvořák", "Procházková", "Kučera", "Šťastný", "Růžička"]),
    "HU": (["Erzsébet", "Csilla", "Réka"], ["Gyula", "Zoltán", "Levente"],
           ["Szőke", "Horváth", "Kovács-Tóth", "Fehérvári", "Bíró"]),
    "GR": (["Eleftheria", "Paraskevi", "Despoina"], ["Stavros", "Panagiotis", "Charalambos"],
           ["Papadimitriou", "Karamanlis", "Tsatsou", "Oikonomou", "Vlachopoulos"]),
    "IL": (["Tamar", "Noa", "Shira"], ["Yitzhak", "Eitan", "Amir"],
           ["Ben-David", "Shapiro", "Mizrahi", "Peretz", "Abergel"]),
    "LB": (["Rania", "Nour", "Joumana"], ["Ziad", "Wissam", "Fadi"],
           ["Abi Nader", "Haddad", "El-Khoury", "Gemayel", "Sfeir"]),
    "IR": (["Shirin", "Golnaz", "Parisa"], ["Dariush", "Behrouz", "Kourosh"],
           ["Tehrani", "Mohammadzadeh", "Ghorbani", "Farahani", "Rezaei"]),
    "IN": (["Lakshmi", "Priyanka", "Sunita", "Aparna"], ["Venkatesh", "Harpreet", "Anirudh", "Sandeep"],
           ["Raghunathan", "Bhattacharya", "Kulkarni", "Chaudhary", "Iyer"]),
    "LK": (["Dilrukshi", "Nirmala", "Tharushi"], ["Chaminda", "Ruwan", "Kasun"],
           ["Wickramasinghe", "Jayawardena", "Gunasekara", "Senanayake", "Rajapaksha"]),
    "TH": (["Siriporn", "Kanokwan", "Pimchanok"], ["Somchai", "Thanawat", "Prasert"],
           ["Srisuwan", "Chaiyaporn", "Wongsakul", "Rattanakorn", "Kittikachorn"]),
    "MY": (["Nurul Aisyah", "Siti Hajar", "Mei Ling"], ["Muhammad Hafiz", "Kumaresan", "Wei Jie"],
           ["Abdullah", "Lim", "Subramaniam", "Tan", "Ismail"]),
    "SG": (["Hui Min", "Xiu Ying", "Priya"], ["Jun Hao", "Zhi Wei", "Farhan"],
           ["Goh", "Ong", "Teo", "Chua", "Rahman"]),
    "JP": (["Haruka", "Yūko", "Chihiro"], ["Takeshi", "Kenta", "Shōhei"],
           ["Takahashi", "Watanabe", "Kobayashi", "Nakamura", "Fujiwara"]),
    "AU": (["Kylie", "Tahlia", "Bronwyn"], ["Bruce", "Lachlan", "Darcy"],
           ["Fitzgerald", "Nguyen-Tran", "Blackburn", "Papadopoulos", "Costello"]),
    "NZ": (["Aroha", "Mere", "Kiri"], ["Wiremu", "Tama", "Hemi"],
           ["Te Whata", "Ngata", "Parata", "Tuhiwai", "McKenzie"]),
    "ZA": (["Thandiwe", "Lerato", "Anneke"], ["Sipho", "Pieter", "Themba"],
           ["van der Merwe", "Dlamini", "Nkosi", "Botha", "Mokoena"]),
}
SYL = ["ka", "zo", "vri", "tel", "mun", "dra", "qui", "los", "be", "nar", "thu", "xe", "po", "lin", "gor", "ya",
       "fes", "oum", "rik", "sa"]

def invented(rng, n=None):
    n = n or rng.choice([2, 2, 3])
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()

COUNTRIES = list(NAMES)

def person(rng, origin=None, sex=None):
    origin = origin or rng.choice(COUNTRIES)
    f, m, fam = NAMES[origin]
    sex = sex or rng.choice("FM")
    given = rng.choice(f if sex == "F" else m)
    family = rng.choice(fam)
    if rng.random() < 0.12: given = invented(rng)
    if rng.random() < 0.12: family = invented(rng, 3)
    return {"given": given, "family": family, "sex": sex, "origin": origin,
            "full": given + " " + family}

# pets named like people; clinics and companies named after people (never labelled)
PETS = [("Winston", "dog", "Labrador retriever"), ("Margaret", "cat", "British shorthair"), ("Kevin", "rabbit", "Netherland dwarf"),
        ("Doris", "dog", "Dachshund"), ("Sir Reginald", "dog", "Basset hound"), ("Gloria", "tortoise", "Hermann's tortoise"),
        ("Dr. Pickles", "cat", "Maine Coon"), ("Bruno", "dog", "Bernese mountain dog"), ("Nigel", "ferret", "ferret"),
        ("Pedro", "parrot", "African grey"), ("Luna", "cat", "Siamese"), ("Frida", "dog", "Border collie"),
        ("Mr. Darcy", "horse", "Irish draught"), ("Ingrid", "dog", "Norwegian elkhound"), ("Toshi", "dog", "Shiba inu")]
CLINICS = ["Dr. Hadley Family Dental", "Whitcombe & Ruiz Orthodontics", "McKinnon Optometrists", "Harriet Lane Hearing Centre",
           "St. Brigid's Physiotherapy", "Van Leeuwen Veterinary Hospital", "Dr. Sato Eye Care", "Ferreira Vet Clinic",
           "Paterson Smile Studio", "Dr. Ambrose Kowalski DDS PC"]
COMPANIES = ["Colgate-Palmolive", "Johnson & Johnson", "Dentsply Sirona", "Henry Schein", "Bausch + Lomb", "Carl Zeiss Vision",
             "Phonak", "Oticon", "Boehringer Ingelheim", "Hill's Pet Nutrition", "Philips Sonicare", "Ivoclar Vivadent"]

# ---------------------------------------------------------------- addresses and phones
def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))
def Dn(rng, n):
    return rng.choice("123456789") + D(rng, n - 1)
def U(rng, n, alpha=string.ascii_uppercase):
    return "".join(rng.choice(alpha) for _ in range(n))

def address(rng, c, multiline=False):
    """Return (lines, city). lines is a list joined by ', ' or '\n'."""
    h = str(rng.randint(2, 240))
    if c == "US":
        st, city, z = rng.choice([("Maple Ridge Dr", "Boise, ID", "83709"), ("W Fullerton Ave", "Chicago, IL", "60614"),
                                  ("Sandpiper Ln", "Sarasota, FL", "34231"), ("NE Alberta St", "Portland, OR", "97211"),
                                  ("Old Post Rd", "Rhinebeck, NY", "12572"), ("Calle del Sol", "Santa Fe, NM", "87505")])
        unit = rng.choice(["", " Apt 4B", " Unit 12", " #307", " Ste 200"])
        L1 = [h + " " + st + unit, city + " " + z]; city = city.split(",")[0]
    elif c == "CA":
        st, city, z = rng.choice([("rue Saint-Denis", "Montréal (QC)", "H2X 3K8"), ("Jasper Ave NW", "Edmonton, AB", "T5J 1N9"),
                                  ("Robie St", "Halifax, NS", "B3H 3C3"), ("Gorge Rd E", "Victoria, BC", "V9A 1M3")])
        L1 = [(h + "-" + str(rng.randint(1, 30)) + " " + st) if "rue" in st else (h + " " + st), city + "  " + z]
    elif c == "MX":
        st, col, city = rng.choice([("Av. Insurgentes Sur", "Col. Del Valle", "03100 Ciudad de México, CDMX"),
                                    ("Calle Morelos", "Col. Centro", "44100 Guadalajara, Jal."),
                                    ("Blvd. Díaz Ordaz", "Col. Jardines", "64000 Monterrey, N.L.")])
        L1 = [st + " " + h + " Int. " + str(rng.randint(1, 9)), col, city]
    elif c == "UK":
        st, city, z = rng.choice([("Cathedral Road", "Cardiff", "CF11 9LJ"), ("Byres Road", "Glasgow", "G12 8TP"),
                                  ("Mill Lane", "Hebden Bridge", "HX7 6DP"), ("Cowley Road", "Oxford", "OX4 1HR"),
                                  ("Pennywell Road", "Bristol", "BS5 0TS")])
        L1 = ([rng.choice(["Flat 3, ", "Flat 2A, ", ""]) + h + " " + st, city.upper() if rng.random() < .3 else city, z])
    elif c == "IE":
        st, city, z = rng.choice([("Sráid an Phiarsaigh", "Gaillimh", "H91 X2F3"), ("Ballymun Road", "Dublin 9", "D09 K7W2"),
                                  ("Oliver Plunkett Street", "Cork", "T12 PX62")])
        L1 = [h + " " + st, city, z]
    elif c == "FR":
        st, city = rng.choice([("rue des Tanneurs", "67000 Strasbourg"), ("boulevard Voltaire", "75011 Paris"),
                               ("allée des Glycines", "33600 Pessac"), ("chemin du Lavoir", "84000 Avignon")])
        L1 = [h + rng.choice(["", " bis", " ter"]) + ", " + st, city]
    elif c == "BE":
        st, city = rng.choice([("Kortrijksesteenweg", "9000 Gent"), ("Rue Haute", "1000 Bruxelles"), ("Meir", "2000 Antwerpen")])
        L1 = [st + " " + h + rng.choice(["", " bus 3", "/2"]), city]
    elif c == "NL":
        st, city = rng.choice([("Oudegracht", "3511 AR Utrecht"), ("Bilderdijkstraat", "1053 KS Amsterdam"),
                               ("Van Welderenstraat", "6511 MG Nijmegen")])
        L1 = [st + " " + h + rng.choice(["", "-II", "a"]), city]
    elif c == "DE":
        st, city = rng.choice([("Kastanienallee", "10435 Berlin"), ("Schloßstraße", "70176 Stuttgart"),
                               ("Am Mühlbach", "83607 Holzkirchen"), ("Große Bergstraße", "22767 Hamburg")])
        L1 = [st + " " + h + rng.choice(["", "a", " / 2. OG"]), city]
    elif c == "CH":
        st, city = rng.choice([("Bahnhofstrasse", "8001 Zürich"), ("Rue de Carouge", "1205 Genève"), ("Via Nassa", "6900 Lugano")])
        L1 = [st + " " + h, "CH-" + city if rng.random() < .4 else city]
    elif c == "AT":
        st, city = rng.choice([("Mariahilfer Straße", "1060 Wien"), ("Getreidegasse", "5020 Salzburg"), ("Herrengasse", "8010 Graz")])
        L1 = [st + " " + h + "/" + str(rng.randint(1, 20)), city]
    elif c == "IT":
        st, city = rng.choice([("Via dei Mille", "80121 Napoli (NA)"), ("Corso Vittorio Emanuele II", "10128 Torino TO"),
                               ("Via Zamboni", "40126 Bologna BO"), ("Piazza delle Erbe", "37121 Verona")])
        L1 = [st + ", " + h, city]
    elif c == "ES":
        st, city = rng.choice([("Calle de Atocha", "28012 Madrid"), ("Carrer de Sants", "08014 Barcelona"),
                               ("Avenida de la Constitución", "41004 Sevilla"), ("Kale Nagusia", "20800 Zarautz (Gipuzkoa)")])
        L1 = [st + ", " + h + ", " + rng.choice(["3º 2ª", "bajo B", "1º izda."]), city]
    elif c == "PT":
        st, city = rng.choice([("Rua de Santa Catarina", "4000-447 Porto"), ("Avenida da Liberdade", "1250-142 Lisboa")])
        L1 = [st + ", " + h + ", " + rng.choice(["2.º Esq.", "r/c Dto.", "5.º"]), city]
    elif c == "PL":
        st, city = rng.choice([("ul. Piotrkowska", "90-410 Łódź"), ("ul. Długa", "80-831 Gdańsk"), ("al. Jerozolimskie", "00-697 Warszawa")])
        L1 = [st + " " + h + "/" + str(rng.randint(1, 60)), city]
    elif c == "CZ":
        st, city = rng.choice([("Vinohradská", "120 00 Praha 2"), ("Masarykova", "602 00 Brno")])
        L1 = [st + " " + h + "/" + str(rng.randint(1, 40)), city]
    elif c == "HU":
        st, city = rng.choice([("Andrássy út", "1061 Budapest"), ("Széchenyi tér", "6720 Szeged")])
        L1 = [city.split(" ", 1)[1] + ", " + st + " " + h + ".", city.split(" ")[0]]
    elif c == "GR":
        st, city = rng.choice([("Odos Ermou", "105 63 Athina"), ("Tsimiski", "546 24 Thessaloniki")])
        L1 = [st + " " + h, city]
    elif c == "IL":
        st, city = rng.choice([("Rehov Dizengoff", "Tel Aviv-Yafo 6433222"), ("Derekh Hevron", "Jerusalem 9342101")])
        L1 = [st + " " + h + ", apt " + str(rng.randint(1, 30)), city]
    elif c == "LB":
        L1 = ["Rue Abdel Aziz, Bldg " + rng.choice(["Nassar", "Khoury", "Azar"]) + ", " + rng.choice(["2nd", "4th", "6th"]) + " floor",
              "Hamra, Beirut 1103"]
    elif c == "IR":
        L1 = ["No. " + h + ", " + rng.choice(["Golestan Alley", "Bahar St."]) + ", Vali-e Asr Ave", "Tehran 15948-" + D(rng, 5)]
    elif c == "IN":
        L1 = ["Flat " + str(rng.randint(101, 904)) + ", " + rng.choice(["Sai Krupa Apartments", "Lakshmi Residency"]),
              rng.choice(["12th Main, Indiranagar", "Anna Salai, Teynampet", "Baner Road"]),
              rng.choice(["Bengaluru 560038", "Chennai 600018", "Pune 411045"])]
    elif c == "LK":
        L1 = [h + "/" + str(rng.randint(1, 9)) + " " + rng.choice(["Galle Road", "Kandy Road"]), rng.choice(["Colombo 03", "Kiribathgoda"]),
              rng.choice(["00300", "11600"])]
    elif c == "TH":
        L1 = [h + "/" + str(rng.randint(1, 99)) + " Soi Sukhumvit " + str(rng.randint(11, 71)), "Khlong Toei Nuea, Watthana",
              "Bangkok 10110"]
    elif c == "MY":
        L1 = ["No. " + h + ", Jalan " + rng.choice(["SS 2/24", "Ampang", "Tun Razak"]), rng.choice(["47300 Petaling Jaya, Selangor",
                                                                                              "50450 Kuala Lumpur"])]
    elif c == "SG":
        L1 = ["Blk " + str(rng.randint(100, 699)) + " " + rng.choice(["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52"]),
              "#" + "%02d-%03d" % (rng.randint(2, 19), rng.randint(1, 450)), "Singapore " + D(rng, 6)]
    elif c == "JP":
        L1 = [rng.choice(["3-14-2", "1-7-11", "2-5-28"]) + " " + rng.choice(["Kichijoji Honcho", "Nishi-Shinjuku", "Tenjin"]),
              rng.choice(["Musashino-shi, Tokyo 180-0004", "Shinjuku-ku, Tokyo 160-0023", "Chuo-ku, Fukuoka 810-0001"])]
    elif c == "AU":
        L1 = [rng.choice(["Unit 5/", ""]) + h + " " + rng.choice(["Brunswick St", "Beaufort Rd", "Grote St"]),
              rng.choice(["Fitzroy VIC 3065", "Croydon Park SA 5008", "Adelaide SA 5000"])]
    elif c == "NZ":
        L1 = [h + " " + rng.choice(["Karangahape Road", "Cuba Street", "Riccarton Road"]), rng.choice(["Newton", "Te Aro", "Riccarton"]),
              rng.choice(["Auckland 1010", "Wellington 6011", "Christchurch 8041"])]
    elif c == "ZA":
        L1 = [h + " " + rng.choice(["Jan Smuts Avenue", "Long Street", "Florida Road"]), rng.choice(["Parktown North", "Cape Town City Centre", "Morningside"]),
              rng.choice(["Johannesburg 2193", "Cape Town 8001", "Durban 4001"])]
    else:
        raise KeyError(c)
    return L1

def addr(rng, c, sep=", "):
    return sep.join(address(rng, c))

PH = {
    "US": lambda r: rng_fmt(r, ["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"], [Dn2(r), r.choice("23456789") + D(r, 2), D(r, 4)]),
    "CA": lambda r: rng_fmt(r, ["(%s) %s-%s", "+1-%s-%s-%s"], [r.choice(["514", "780", "902", "250", "416"]), r.choice("23456789") + D(r, 2), D(r, 4)]),
    "MX": lambda r: "+52 " + r.choice(["55", "33", "81"]) + " " + D(r, 4) + " " + D(r, 4),
    "UK": lambda r: r.choice(["07" + Dn(r, 3) + " " + D(r, 6), "+44 7" + Dn(r, 3) + " " + D(r, 6), "029 20" + D(r, 2) + " " + D(r, 4),
                              "(0117) " + Dn(r, 3) + " " + D(r, 4)]),
    "IE": lambda r: r.choice(["087 " + D(r, 3) + " " + D(r, 4), "+353 86 " + D(r, 3) + " " + D(r, 4), "(01) " + Dn(r, 3) + " " + D(r, 4)]),
    "FR": lambda r: r.choice(["06 " + " ".join(D(r, 2) for _ in range(4)), "+33 7 " + " ".join(D(r, 2) for _ in range(4)),
                              "01." + ".".join(D(r, 2) for _ in range(4))]),
    "BE": lambda r: r.choice(["+32 47" + D(r, 1) + " " + D(r, 2) + " " + D(r, 2) + " " + D(r, 2), "09 " + D(r, 3) + " " + D(r, 2) + " " + D(r, 2)]),
    "NL": lambda r: r.choice(["06-" + D(r, 8), "+31 6 " + D(r, 4) + " " + D(r, 4), "030 " + D(r, 3) + " " + D(r, 4)]),
    "DE": lambda r: r.choice(["0151 " + D(r, 8), "+49 (0)30 " + D(r, 4) + " " + D(r, 3), "0711/" + D(r, 6), "+49 171 " + D(r, 7)]),
    "CH": lambda r: r.choice(["+41 79 " + D(r, 3) + " " + D(r, 2) + " " + D(r, 2), "044 " + D(r, 3) + " " + D(r, 2) + " " + D(r, 2)]),
    "AT": lambda r: r.choice(["+43 664 " + D(r, 7), "0676 " + D(r, 3) + " " + D(r, 4)]),
    "IT": lambda r: r.choice(["+39 3" + D(r, 2) + " " + D(r, 3) + " " + D(r, 4), "081 " + D(r, 7), "3" + D(r, 2) + "-" + D(r, 7)]),
    "ES": lambda r: r.choice(["+34 6" + D(r, 2) + " " + D(r, 3) + " " + D(r, 3), "91 " + D(r, 3) + " " + D(r, 2) + " " + D(r, 2), "6" + D(r, 8)]),
    "PT": lambda r: r.choice(["+351 91" + D(r, 1) + " " + D(r, 3) + " " + D(r, 3), "22 " + D(r, 3) + " " + D(r, 4)]),
    "PL": lambda r: r.choice(["+48 5" + D(r, 2) + " " + D(r, 3) + " " + D(r, 3), "601-" + D(r, 3) + "-" + D(r, 3)]),
    "CZ": lambda r: r.choice(["+420 6" + D(r, 2) + " " + D(r, 3) + " " + D(r, 3), "7" + D(r, 2) + " " + D(r, 3) + " " + D(r, 3)]),
    "HU": lambda r: r.choice(["+36 30 " + D(r, 3) + " " + D(r, 4), "06 20 " + D(r, 3) + " " + D(r, 4)]),
    "GR": lambda r: r.choice(["+30 69" + D(r, 1) + " " + D(r, 3) + " " + D(r, 4), "210 " + D(r, 3) + " " + D(r, 4)]),
    "IL": lambda r: r.choice(["+972-5" + D(r, 1) + "-" + D(r, 3) + "-" + D(r, 4), "05" + D(r, 1) + "-" + D(r, 7)]),
    "LB": lambda r: r.choice(["+961 3 " + D(r, 3) + " " + D(r, 3), "03/" + D(r, 6)]),
    "IR": lambda r: r.choice(["+98 912 " + D(r, 3) + " " + D(r, 4), "0912 " + D(r, 3) + " " + D(r, 4)]),
    "IN": lambda r: r.choice(["+91 98" + D(r, 3) + " " + D(r, 5), "+91-" + r.choice("6789") + D(r, 9), "0" + r.choice("6789") + D(r, 4) + " " + D(r, 5)]),
    "LK": lambda r: r.choice(["+94 77 " + D(r, 3) + " " + D(r, 4), "071-" + D(r, 7)]),
    "TH": lambda r: r.choice(["+66 81 " + D(r, 3) + " " + D(r, 4), "08" + D(r, 1) + "-" + D(r, 3) + "-" + D(r, 4)]),
    "MY": lambda r: r.choice(["+60 12-" + D(r, 3) + " " + D(r, 4), "012-" + D(r, 7), "03-" + D(r, 4) + " " + D(r, 4)]),
    "SG": lambda r: r.choice(["+65 " + r.choice("89") + D(r, 3) + " " + D(r, 4), r.choice("89") + D(r, 3) + " " + D(r, 4), "6" + D(r, 3) + " " + D(r, 4)]),
    "JP": lambda r: r.choice(["090-" + D(r, 4) + "-" + D(r, 4), "+81 80 " + D(r, 4) + " " + D(r, 4), "03-" + D(r, 4) + "-" + D(r, 4)]),
    "AU": lambda r: r.choice(["04" + D(r, 2) + " " + D(r, 3) + " " + D(r, 3), "+61 4" + D(r, 2) + " " + D(r, 3) + " " + D(r, 3), "(08) " + D(r, 4) + " " + D(r, 4)]),
    "NZ": lambda r: r.choice(["021 " + D(r, 3) + " " + D(r, 4), "+64 27 " + D(r, 3) + " " + D(r, 4), "(04) " + D(r, 3) + " " + D(r, 4)]),
    "ZA": lambda r: r.choice(["+27 82 " + D(r, 3) + " " + D(r, 4), "083 " + D(r, 3) + " " + D(r, 4), "021 " + D(r, 3) + " " + D(r, 4)]),
}
def Dn2(r):
    return r.choice(["208", "312", "941", "503", "845", "505", "617", "415", "212", "713"])
def rng_fmt(r, fmts, parts):
    return r.choice(fmts) % tuple(parts)
def phone(rng, c):
    return PH[c](rng)

MAILDOM = {"US": ["gmail.com", "yahoo.com", "comcast.net"], "CA": ["videotron.ca", "shaw.ca", "gmail.com"],
           "UK": ["btinternet.com", "outlook.com"], "IE": ["eircom.net", "gmail.com"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "IT": ["libero.it", "alice.it"], "ES": ["telefonica.net", "hotmail.es"],
           "NL": ["ziggo.nl", "kpnmail.nl"], "JP": ["docomo.ne.jp", "yahoo.co.jp"], "IN": ["rediffmail.com", "gmail.com"],
           "AU": ["bigpond.com", "optusnet.com.au"], "NZ": ["xtra.co.nz"], "ZA": ["mweb.co.za", "telkomsa.net"],
           "CH": ["bluewin.ch"], "AT": ["aon.at", "chello.at"], "PL": ["wp.pl", "o2.pl"], "CZ": ["seznam.cz"], "HU": ["freemail.hu"],
           "BE": ["skynet.be", "telenet.be"], "PT": ["sapo.pt"], "SG": ["singnet.com.sg"], "MY": ["streamyx.com"], "GR": ["otenet.gr"],
           "IL": ["walla.co.il"], "LB": ["idm.net.lb"], "IR": ["chmail.ir"], "LK": ["sltnet.lk"], "TH": ["hotmail.co.th"],
           "MX": ["prodigy.net.mx", "hotmail.com"]}
def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and ord(c) < 128).lower()
def email_for(rng, p):
    g, f = ascii_fold(p["given"].split()[0]), ascii_fold(p["family"].split()[-1])
    local = rng.choice([g + "." + f, g[0] + f, f + g[:2] + D(rng, 2), g + "_" + f + D(rng, 1), g + f[:1] + D(rng, 3)])
    return local + "@" + rng.choice(MAILDOM.get(p["origin"], ["gmail.com", "outlook.com", "proton.me"]))

# ---------------------------------------------------------------- identifiers (valid) and look-alikes (invalid)
def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa": body = "4" + D(rng, 14)
    elif brand == "mc": body = "5" + rng.choice("12345") + D(rng, 13)
    elif brand == "mc2": body = str(rng.randint(2221, 2720)) + D(rng, 11)
    elif brand == "amex": body = rng.choice(["34", "37"]) + D(rng, 12)
    else: body = "6011" + D(rng, 11)
    n = body + luhn_digit(body)
    if len(n) == 15: return n[:4] + " " + n[4:10] + " " + n[10:]
    return rng.choice([" ", "-", ""]).join([n[i:i + 4] for i in range(0, 16, 4)])
def bad_card(rng):
    while True:
        n = "4" + D(rng, 15)
        if not luhn_ok(n): return " ".join(n[i:i + 4] for i in range(0, 16, 4))

IBAN_SPEC = {"DE": lambda r: D(r, 18), "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + D(r, 14),
             "IE": lambda r: r.choice(["AIBK", "BOFI"]) + D(r, 14), "NL": lambda r: r.choice(["ABNA", "RABO", "INGB"]) + D(r, 10),
             "AT": lambda r: D(r, 16), "CH": lambda r: D(r, 5) + D(r, 12), "PT": lambda r: D(r, 21), "PL": lambda r: D(r, 24),
             "CZ": lambda r: D(r, 20), "HU": lambda r: D(r, 24), "GR": lambda r: D(r, 23), "IL": lambda r: D(r, 19),
             "LB": lambda r: D(r, 4) + D(r, 20), "IT": lambda r: U(r, 1) + D(r, 10) + D(r, 12)}
def es_bban(r):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def ctl(ds):
        c = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
        return {10: 1, 11: 0}.get(c, c)
    bank, branch, acct = D(r, 4), D(r, 4), D(r, 10)
    return bank + branch + str(ctl("00" + bank + branch)) + str(ctl(acct)) + acct
def fr_bban(r):
    bank, branch, acct = D(r, 5), D(r, 5), D(r, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return bank + branch + acct + "%02d" % key
def be_bban(r):
    ten = D(r, 10); k = int(ten) % 97 or 97
    return ten + "%02d" % k
IBAN_SPEC.update({"ES": es_bban, "FR": fr_bban, "BE": be_bban})
def iban(rng, cc=None, spaced=None):
    cc = cc or rng.choice(list(IBAN_SPEC))
    v = iban_make(cc, IBAN_SPEC[cc](rng))
    assert iban_ok(v)
    if spaced is None: spaced = rng.random() < .6
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v
def bad_iban(rng, cc="DE"):
    v = iban(rng, cc, spaced=False)
    ck = int(v[2:4]); v = v[:2] + "%02d" % ((ck + rng.randint(1, 9)) % 97 + 2 if ck < 90 else ck - 5) + v[4:]
    assert not iban_ok(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))

def ssn(rng, sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a != 666: break
    return "%03d%s%02d%s%04d" % (a, sep, rng.randint(1, 99), sep, rng.randint(1, 9999))
def nhs(rng, sep=" "):
    while True:
        b = rng.choice("467") + D(rng, 8)
        r = 11 - sum(int(b[i]) * (10 - i) for i in range(9)) % 11
        if r == 11: r = 0
        if r != 10:
            n = b + str(r); assert nhs_ok(n)
            return n[:3] + sep + n[3:6] + sep + n[6:]
def bad_nhs(rng):
    while True:
        n = Dn(rng, 10)
        if not nhs_ok(n): return n[:3] + " " + n[3:6] + " " + n[6:]
def nino(rng):
    while True:
        a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in NINO_BAD_PAIRS: break
    d = D(rng, 6); s = a + b + d + rng.choice("ABCD")
    assert nino_ok(s)
    return rng.choice([s, "%s %s %s %s %s" % (s[:2], d[:2], d[2:4], d[4:], s[8])])
def aadhaar(rng):
    b = rng.choice("23456789") + D(rng, 10); n = b + verhoeff_digit(b); assert verhoeff_ok(n)
    return rng.choice([" ", "-", ""]).join([n[:4], n[4:8], n[8:]])
def bad_aadhaar(rng):
    while True:
        n = rng.choice("23456789") + D(rng, 11)
        if not verhoeff_ok(n): return " ".join([n[:4], n[4:8], n[8:]])
def cpf(rng):
    b = D(rng, 9); n = b + cpf_digits(b); assert cpf_ok(n)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])
def dni(rng, nie=False):
    if nie:
        p = rng.choice("XYZ"); b = D(rng, 7); v = p + b + DNI_L[int(str("XYZ".index(p)) + b) % 23]
    else:
        b = D(rng, 8); v = b + DNI_L[int(b) % 23]
    assert dni_ok(v)
    return v if rng.random() < .7 else v[:-1] + "-" + v[-1]
def bad_dni(rng):
    b = D(rng, 8); good = DNI_L[int(b) % 23]
    return b + rng.choice([c for c in DNI_L if c != good])
def nir(rng, sex, yy, mm):
    dept = rng.choice(["75", "69", "13", "33", "67", "59", "44"])
    body = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, yy % 100, mm, dept, rng.randint(1, 990), rng.randint(1, 999))
    key = 97 - int(body) % 97; v = body + "%02d" % key; assert nir_ok(v)
    if rng.random() < .6:
        return " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])
    return v
def steuer(rng):
    while True:
        digs = rng.sample("0123456789", 9); dup = rng.choice(digs); ten = digs + [dup]; rng.shuffle(ten)
        if ten[0] == "0": continue
        t = "".join(ten); v = t + steuer_check(t)
        if steuer_ok(v):
            return v if rng.random() < .6 else "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])
def bad_steuer(rng):
    v = re.sub(" ", "", steuer(rng)); return v[:10] + str((int(v[10]) + 3) % 10)
BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273", "Bologna": "A944",
            "Firenze": "D612", "Bari": "A662", "Verona": "L781"}
def cf_part(s, first):
    s = ascii_fold(s).upper()
    cons = [c for c in s if c.isalpha() and c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4: return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]
def fiscal(rng, p, y, m, d, town):
    body = cf_part(p["family"], False) + cf_part(p["given"], True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (d + (40 if p["sex"] == "F" else 0)) + BELFIORE[town]
    v = body + cf_check(body); assert cf_ok(v)
    return v
def nric(rng, prefix=None):
    prefix = prefix or rng.choice("STFG"); d = D(rng, 7); v = prefix + d + nric_letter(prefix, d); assert nric_ok(v)
    return v
def bad_nric(rng):
    d = D(rng, 7); good = nric_letter("S", d)
    return "S" + d + rng.choice([c for c in "ABCDEFGHIJZ" if c != good])
def sin(rng):
    b = rng.choice("1234567") + D(rng, 7); n = b + luhn_digit(b)
    return rng.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
def mbi(rng):
    a = MBI_A; an = MBI_A + "0123456789"
    v = (rng.choice("123456789") + rng.choice(a) + rng.choice(an) + D(rng, 1) + rng.choice(a) + rng.choice(an) + D(rng, 1) +
         rng.choice(a) + rng.choice(a) + D(rng, 2))
    assert mbi_ok(v)
    return v if rng.random() < .5 else v[:4] + "-" + v[4:7] + "-" + v[7:]

def passport(rng, c):
    """(number, country-name, labelled type)"""
    f = {"US": lambda: rng.choice([Dn(rng, 9), rng.choice("AC") + D(rng, 8)]),
         "UK": lambda: Dn(rng, 9), "DE": lambda: "C" + U(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
         "FR": lambda: D(rng, 2) + U(rng, 2) + D(rng, 5), "IT": lambda: U(rng, 2) + D(rng, 7), "ES": lambda: "PA" + U(rng, 1) + D(rng, 6),
         "NL": lambda: U(rng, 2) + U(rng, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + D(rng, 1), "CA": lambda: U(rng, 2) + D(rng, 6),
         "IN": lambda: U(rng, 1) + Dn(rng, 7), "JP": lambda: rng.choice(["TK", "TR", "MZ"]) + D(rng, 7), "AU": lambda: rng.choice(["PA", "N", "E"]) + D(rng, 7),
         "IE": lambda: U(rng, 2) + D(rng, 7), "MX": lambda: "G" + D(rng, 8), "PL": lambda: U(rng, 2) + D(rng, 7), "CH": lambda: "X" + D(rng, 7),
         "ZA": lambda: "A" + D(rng, 8), "IL": lambda: "3" + D(rng, 7), "TH": lambda: U(rng, 2) + D(rng, 7), "MY": lambda: "A" + D(rng, 8),
         "SG": lambda: "K" + D(rng, 7) + U(rng, 1), "NZ": lambda: "L" + U(rng, 1) + D(rng, 6), "GR": lambda: U(rng, 2) + D(rng, 7),
         "PT": lambda: U(rng, 1) + D(rng, 6), "LK": lambda: "N" + D(rng, 7), "IR": lambda: "K" + D(rng, 8), "LB": lambda: "RL" + D(rng, 7),
         "HU": lambda: U(rng, 2) + D(rng, 7), "CZ": lambda: D(rng, 8), "AT": lambda: "P" + D(rng, 7), "BE": lambda: U(rng, 2) + D(rng, 6)}[c]()
    return f, ("US_PASSPORT" if c == "US" else "PASSPORT")
CNAME = {"CA": "Canada", "US": "United States", "MX": "Mexico", "UK": "United Kingdom", "IE": "Ireland", "FR": "France",
         "BE": "Belgium", "NL": "Netherlands", "DE": "Germany", "CH": "Switzerland", "AT": "Austria", "IT": "Italy", "ES": "Spain",
         "PT": "Portugal", "PL": "Poland", "CZ": "Czechia", "HU": "Hungary", "GR": "Greece", "IL": "Israel", "LB": "Lebanon",
         "IR": "Iran", "IN": "India", "LK": "Sri Lanka", "TH": "Thailand", "MY": "Malaysia", "SG": "Singapore", "JP": "Japan",
         "AU": "Australia", "NZ": "New Zealand", "ZA": "South Africa"}

DL_STATES = {
    "California": lambda r: U(r, 1) + D(r, 7), "Florida": lambda r: "%s%s-%s-%s-%s-%s" % (U(r, 1), D(r, 3), D(r, 3), D(r, 2), D(r, 3), D(r, 1)),
    "Illinois": lambda r: "%s%s-%s-%s" % (U(r, 1), D(r, 3), D(r, 4), D(r, 4)), "Texas": lambda r: Dn(r, 8),
    "New York": lambda r: "%s %s %s" % (Dn(r, 3), D(r, 3), D(r, 3)), "Pennsylvania": lambda r: "%s %s %s" % (D(r, 2), D(r, 3), D(r, 3)),
    "Michigan": lambda r: "%s %s %s %s %s" % (U(r, 1), D(r, 3), D(r, 3), D(r, 3), D(r, 3)),
    "New Jersey": lambda r: "%s%s %s %s" % (U(r, 1), D(r, 4), D(r, 5), D(r, 5)), "Ohio": lambda r: U(r, 2) + D(r, 6),
    "Washington": lambda r: "WDL" + U(r, 6, "ABCDEFGHJKLMNPRSTVWXYZ0123456789") + D(r, 3), "Georgia": lambda r: "0" + D(r, 8),
    "Arizona": lambda r: U(r, 1) + D(r, 8), "Massachusetts": lambda r: "S" + D(r, 8), "Colorado": lambda r: "%s-%s-%s" % (D(r, 2), D(r, 3), D(r, 4)),
    "Wisconsin": lambda r: "%s%s-%s-%s-%s" % (U(r, 1), D(r, 3), D(r, 4), D(r, 4), D(r, 2)),
    "Virginia": lambda r: "%s%s-%s-%s" % (U(r, 1), D(r, 2), D(r, 2), D(r, 4)), "Nevada": lambda r: Dn(r, 10),
    "Maryland": lambda r: "%s-%s-%s-%s-%s" % (U(r, 1), D(r, 3), D(r, 3), D(r, 3), D(r, 3)), "Hawaii": lambda r: "H" + D(r, 8),
    "Oregon": lambda r: Dn(r, 7), "North Carolina": lambda r: "0000" + D(r, 8),
}
STATE_ABBR = {"California": "CA", "Florida": "FL", "Illinois": "IL", "Texas": "TX", "New York": "NY", "Pennsylvania": "PA",
              "Michigan": "MI", "New Jersey": "NJ", "Ohio": "OH", "Washington": "WA", "Georgia": "GA", "Arizona": "AZ",
              "Massachusetts": "MA", "Colorado": "CO", "Wisconsin": "WI", "Virginia": "VA", "Nevada": "NV", "Maryland": "MD",
              "Hawaii": "HI", "Oregon": "OR", "North Carolina": "NC"}
def dl(rng, state=None):
    state = state or rng.choice(list(DL_STATES))
    return DL_STATES[state](rng), state
def ontario_dl(rng, fam):
    return "%s%s-%s-%s" % (ascii_fold(fam)[0].upper(), D(rng, 4), D(rng, 5), D(rng, 5))
def uk_dl(rng, p, y, m, d):
    fam = (re.sub("[^A-Z]", "", ascii_fold(p["family"]).upper()) + "99999")[:5]
    mm = m + (50 if p["sex"] == "F" else 0)
    ini = (ascii_fold(p["given"])[0].upper() + "9")
    return "%s%d%02d%02d%d%s%d%s" % (fam, (y // 10) % 10, mm, d, y % 10, ini, rng.randint(0, 9), U(rng, 2))

def mrn(rng):
    return rng.choice([lambda: D(rng, 8), lambda: "MR" + D(rng, 7), lambda: "%s-%s" % (U(rng, 2), D(rng, 6)),
                       lambda: "00" + D(rng, 6), lambda: "P" + D(rng, 6) + U(rng, 1)])()
def member_id(rng):
    return rng.choice([lambda: U(rng, 3) + D(rng, 9), lambda: "W" + D(rng, 9), lambda: D(rng, 3) + "-" + D(rng, 3) + "-" + D(rng, 3),
                       lambda: "XZP" + D(rng, 8) + "01", lambda: U(rng, 2) + D(rng, 7) + "-0" + str(rng.randint(1, 4))])()
def group_no(rng):
    return rng.choice(["GRP-", "G", "", "0"]) + D(rng, rng.choice([5, 6, 7]))
def ipv4(rng, kind=None):
    kind = kind or rng.choice(["doc1", "doc2", "doc3", "p10", "p192", "p172", "pub"])
    return {"doc1": lambda: "192.0.2.%d" % rng.randint(1, 254), "doc2": lambda: "198.51.100.%d" % rng.randint(1, 254),
            "doc3": lambda: "203.0.113.%d" % rng.randint(1, 254), "p10": lambda: "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254)),
            "p192": lambda: "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
            "p172": lambda: "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
            "pub": lambda: "%d.%d.%d.%d" % (rng.choice([81, 86, 94, 151, 185, 212, 49, 61]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))}[kind]()
def ipv6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))

def dob(rng, lo=1931, hi=2016):
    y = rng.randint(lo, hi); m = rng.randint(1, 12); d = rng.randint(1, 28)
    return y, m, d
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def fdate(rng, ymd, style=None):
    y, m, d = ymd
    style = style or rng.choice(["iso", "dmy", "mdy", "long", "dmy.", "dMy"])
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "dmy": "%02d/%02d/%04d" % (d, m, y), "mdy": "%02d/%02d/%04d" % (m, d, y),
            "long": "%s %d, %d" % (MONTH[m - 1], d, y), "dmy.": "%02d.%02d.%04d" % (d, m, y), "dMy": "%d %s %d" % (d, MON[m - 1], y),
            "hl7": "%04d%02d%02d" % (y, m, d)}[style]
def visit(rng, year=2025):
    return (year, rng.randint(1, 12), rng.randint(1, 28))

# ---------------------------------------------------------------- clinical vocabulary
DX_GEN = ["type 2 diabetes mellitus", "hypertension", "atrial fibrillation", "asthma", "epilepsy", "osteoporosis",
          "rheumatoid arthritis", "hepatitis C", "HIV infection", "hypothyroidism", "Parkinson's disease", "multiple sclerosis",
          "obstructive sleep apnoea", "major depressive disorder", "generalised anxiety disorder", "Crohn's disease",
          "chronic kidney disease stage 3", "haemophilia A", "mitral valve prolapse", "breast cancer", "gastro-oesophageal reflux disease",
          "Sjögren's syndrome", "migraine with aura", "von Willebrand disease", "bipolar disorder", "coeliac disease"]
DX_DENT = ["chronic periodontitis", "stage III grade B periodontitis", "bruxism", "temporomandibular joint dysfunction",
           "oral lichen planus", "dentine hypersensitivity", "medication-related osteonecrosis of the jaw", "pericoronitis",
           "Class II division 1 malocclusion", "irreversible pulpitis", "recurrent aphthous stomatitis"]
DX_EYE = ["keratoconus", "primary open-angle glaucoma", "diabetic retinopathy", "age-related macular degeneration",
          "posterior subcapsular cataract", "dry eye disease", "amblyopia", "progressive myopia", "blepharitis", "retinal detachment"]
DX_EAR = ["bilateral sensorineural hearing loss", "tinnitus", "Ménière's disease", "otosclerosis", "noise-induced hearing loss",
          "presbycusis", "chronic otitis media", "vestibular schwannoma"]
DX_PHYS = ["rotator cuff tear", "lumbar disc herniation", "adhesive capsulitis", "anterior cruciate ligament rupture", "plantar fasciitis",
           "lateral epicondylitis", "patellofemoral pain syndrome", "cervical radiculopathy", "Achilles tendinopathy", "whiplash injury"]
MED_GEN = ["warfarin", "apixaban", "rivaroxaban", "clopidogrel", "alendronic acid", "zoledronic acid", "denosumab", "metformin",
           "insulin glargine", "levothyroxine", "atorvastatin", "amlodipine", "lisinopril", "salbutamol", "sertraline", "methotrexate",
           "adalimumab", "omeprazole", "prednisolone", "Eliquis", "Xarelto", "Januvia", "Ozempic", "lithium", "sumatriptan",
           "bisoprolol", "ramipril"]
MED_DENT = ["amoxicillin", "clindamycin", "metronidazole", "chlorhexidine", "ibuprofen", "paracetamol", "articaine", "lidocaine",
            "Duraphat", "co-codamol", "phenoxymethylpenicillin"]
MED_EYE = ["latanoprost", "timolol", "atropine", "cyclopentolate", "prednisolone acetate", "chloramphenicol", "Xalatan",
           "ciclosporin"]
MED_EAR = ["betahistine", "ciprofloxacin ear drops", "Sofradex", "prochlorperazine"]
MED_PHYS = ["naproxen", "diclofenac gel", "Voltaren", "amitriptyline", "pregabalin", "codeine", "tramadol"]
ALLERGY = ["penicillin", "latex", "chlorhexidine", "ibuprofen", "iodine", "codeine", "sticking plaster"]
DRUG_ALLERGENS = {"penicillin", "chlorhexidine", "ibuprofen", "codeine"}
def allergy(rng):
    """A drug allergen in a person's record is labelled MEDICATION; latex, iodine, plasters are not drugs."""
    a = rng.choice(ALLERGY)
    return L("MEDICATION", a) if a in DRUG_ALLERGENS else a
# veterinary (never labelled)
VET_DX = ["diabetes mellitus", "hyperthyroidism", "chronic kidney disease", "otitis externa", "grade 3 periodontal disease",
          "idiopathic epilepsy", "atopic dermatitis", "hip dysplasia", "mitral valve disease", "osteoarthritis", "pancreatitis"]
VET_MED = ["Caninsulin", "methimazole", "Metacam (meloxicam)", "Apoquel", "carprofen", "phenobarbital", "Bravecto", "enrofloxacin",
           "Vetmedin (pimobendan)", "gabapentin", "amoxicillin-clavulanate"]
CDT = ["D0120", "D0150", "D0210", "D0274", "D1110", "D2391", "D2740", "D2950", "D3330", "D4341", "D4910", "D6010", "D7140", "D7240",
       "D8080", "D9944"]
FDI = ["11", "16", "21", "24", "26", "36", "37", "38", "46", "47", "48", "14", "45"]
UNI = ["#3", "#14", "#19", "#30", "#8", "#9", "#1", "#17", "#32"]
PROCS = ["MOD composite", "PFM crown", "zirconia crown", "root canal treatment", "surgical extraction", "scale and polish",
         "fissure sealant", "implant placement", "occlusal splint", "Invisalign refinement"]

def pick(rng, *lists):
    return rng.choice(rng.choice(lists))

def lens_rx(rng):
    def sph():
        return "%+.2f" % (rng.choice(range(-32, 17)) * 0.25)
    return "%s / %s x %03d" % (sph(), "%.2f" % (-rng.choice(range(0, 9)) * 0.25), rng.randint(1, 180))
def microchip(rng):
    while True:
        v = rng.choice(["985", "900", "250", "276", "826", "941", "978"]) + D(rng, 12)
        if not luhn_ok(v): return v
def lot(rng):
    return rng.choice(["LOT ", "Lot: ", "Batch ", "Ch.-B. "]) + U(rng, 1) + D(rng, 5) + rng.choice(["", "A", "-02"])
def serial(rng):
    return rng.choice(["SN ", "S/N ", "Serial "]) + U(rng, 2) + D(rng, 7)
def version4(rng):
    return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 40), rng.randint(0, 250), rng.choice([rng.randint(0, 255), rng.randint(256, 9999)]))
def reg_no(rng, kind=None):
    kind = kind or rng.choice(["GDC", "AHPRA", "NPI", "HCPC", "RCVS", "GOC", "CNOM"])
    return kind, {"GDC": lambda: D(rng, 6), "AHPRA": lambda: "DEN000" + D(rng, 7), "NPI": lambda: "1" + D(rng, 9),
                  "HCPC": lambda: "PH" + D(rng, 6), "RCVS": lambda: D(rng, 7), "GOC": lambda: "01-" + D(rng, 5),
                  "CNOM": lambda: D(rng, 8)}[kind]()
def order_no(rng):
    return rng.choice(["ORD-", "SO", "WO-", "INV-", "PO#"]) + D(rng, rng.choice([6, 7, 8]))
def tracking(rng):
    return rng.choice(["1Z" + U(rng, 3) + D(rng, 13), "JD0" + D(rng, 15), "RR" + D(rng, 9) + "GB", "9400" + D(rng, 18)])
def masked_card(rng):
    return rng.choice(["**** **** **** " + D(rng, 4), "XXXX-XXXX-XXXX-" + D(rng, 4), "4" + D(rng, 5) + "******" + D(rng, 4),
                       "card ending " + D(rng, 4)])
HOLIDAYS = ["Martin Luther King Jr. Day", "St. Patrick's Day", "Boxing Day", "Canada Day", "Anzac Day", "King's Birthday",
            "Pfingstmontag", "Sinterklaas", "Songkran", "Deepavali", "Yom Kippur", "Día de los Muertos", "Labour Day"]

# ================================================================ templates
TEMPLATES = []
def tpl(count):
    def deco(fn):
        TEMPLATES.append((fn.__name__[2:], fn, count)); return fn
    return deco
def P(s):
    return L("PERSON", s)

# ---------------------------------------------------------------- forms / KYC
@tpl(3)
def t_medhist_form(rng):
    c = rng.choice(["UK", "IE", "AU", "NZ", "CA", "ZA", "US", "NL", "IL"])
    p = person(rng, c); b = dob(rng, 1940, 2008); d = Doc()
    conds = rng.sample(DX_GEN, 5); ticked = set(rng.sample(range(5), rng.randint(0, 2)))
    meds = rng.sample(MED_GEN, rng.randint(0, 2))
    d.add(rng.choice(["MEDICAL HISTORY QUESTIONNAIRE", "Medical & Dental History Form", "Health Questionnaire – please complete before your appointment"]),
          "\n", rng.choice(CLINICS), "\n\n")
    d.add("Surname: ", P(p["family"]), "    First name(s): ", P(p["given"]), "\n")
    d.add(rng.choice(["Date of birth: ", "D.O.B.: ", "Birth date: "]), L("DATE_OF_BIRTH", fdate(rng, b, "dmy" if c != "US" else "mdy")), "\n")
    d.add("Home address: ", L("ADDRESS", addr(rng, c)), "\n")
    d.add("Mobile: ", L("PHONE", phone(rng, c)), "   Email: ", L("EMAIL", email_for(rng, p)), "\n")
    d.add("GP / physician: Dr ", P(person(rng, c)["full"]), ", ", rng.choice(["Riverside Medical Centre", "Harbour Health", "Kingsway Surgery"]), "\n\n")
    d.add("Do you have, or have you ever had, any of the following? (tick)\n")
    for i, cd in enumerate(conds):
        if i in ticked:
            d.add("  [x] ", L("DIAGNOSIS", cd), "\n")
        else:
            d.add("  [ ] ", cd, "\n")
    d.add("  [ ] Heart murmur or artificial heart valve\n  [ ] Bleeding disorder\n")
    d.add("Current medications: ")
    if meds:
        for i, m in enumerate(meds):
            d.add(", " if i else "", L("MEDICATION", m), " ", rng.choice(["5 mg", "20 mg daily", "as needed", "1 tab bd"]))
    else:
        d.add("none")
    d.add("\nAllergies: ", rng.choice(["NKDA", "none known"]) if rng.random() < .5 else "", "\n")
    if p["sex"] == "F":
        d.add("Are you pregnant or breastfeeding?  ", rng.choice(["No", "Yes – 22 weeks", "Not sure"]), "\n")
    d.add("Smoker: ", rng.choice(["never", "ex-smoker (quit 2019)", "10/day"]), "   Alcohol units/week: ", str(rng.randint(0, 20)), "\n")
    d.add("\nSigned: ", P(p["full"]), "   Date: ", fdate(rng, visit(rng)), "\n")
    return d, "form"

PP_LABEL = {"FR": "Numéro de passeport", "DE": "Reisepassnummer", "AT": "Reisepass-Nr.", "CH": "Pass-Nr. / N° de passeport",
            "ES": "Número de pasaporte", "MX": "No. de pasaporte", "IT": "Numero di passaporto", "NL": "Paspoortnummer",
            "BE": "Paspoortnummer / N° passeport", "PL": "Numer paszportu", "CZ": "Číslo cestovního pasu", "HU": "Útlevélszám",
            "GR": "Αριθμός διαβατηρίου (Passport No.)", "PT": "N.º do passaporte", "JP": "旅券番号 Passport No.", "IL": "Passport no.",
            "LB": "Passport number", "IR": "Passport No.", "TH": "Passport No. / หนังสือเดินทาง", "MY": "No. Pasport",
            "US": "U.S. Passport No.", "IN": "Passport No.", "LK": "Passport Number", "ZA": "Passport no.", "NZ": "Passport number",
            "AU": "Passport #", "UK": "Passport number", "IE": "Uimhir phas / Passport no.", "CA": "Passport / Passeport No.", "SG": "Passport No."}
@tpl(6)
def t_intl_registration(rng):
    c = rng.choice(["FR", "DE", "ES", "IT", "SG", "IN"] if rng.random() < .5 else
                   ["AT", "CH", "MX", "NL", "BE", "PL", "CZ", "HU", "GR", "PT", "JP", "IL", "LB", "IR", "TH", "MY", "US", "LK", "ZA"])
    p = person(rng, c); b = dob(rng); d = Doc()
    d.add("INTERNATIONAL PATIENT REGISTRATION — ", rng.choice(["Lakeside Dental & Vision Group", "Praxisverbund Ost", "Clínica Sonrisa Mediterránea"]), "\n")
    d.add("(for visitors without local health cover; ID is checked at reception)\n\n")
    d.add("Family name ........ ", P(p["family"].upper()), "\n")
    d.add("Given names ........ ", P(p["given"]), "\n")
    d.add("Date of birth ...... ", L("DATE_OF_BIRTH", fdate(rng, b, rng.choice(["dmy", "dMy", "iso", "dmy."]))), "\n")
    d.add("Nationality ........ ", CNAME[c], "\n")
    num, typ = passport(rng, c)
    d.add(PP_LABEL[c], " ", "." * rng.randint(2, 6), " ", L(typ, num), "   Expiry: ", fdate(rng, (rng.randint(2026, 2034), rng.randint(1, 12), rng.randint(1, 28)), "dMy"), "\n")
    if c == "ES":
        d.add("DNI/NIE ............ ", L("ES_DNI", dni(rng, nie=rng.random() < .3)), "\n")
    elif c == "FR":
        d.add("N° de sécurité sociale (NIR) ... ", L("FR_NIR", nir(rng, p["sex"], b[0], b[1])), "\n")
    elif c in ("DE",):
        d.add("Steuer-ID (für Rechnung an Beihilfe) ... ", L("DE_TAX_ID", steuer(rng)), "\n")
    elif c == "IT":
        d.add("Codice fiscale ..... ", L("IT_FISCAL_CODE", fiscal(rng, p, b[0], b[1], b[2], rng.choice(list(BELFIORE)))), "\n")
    elif c == "SG":
        d.add("NRIC/FIN ........... ", L("SG_NRIC", nric(rng, rng.choice("ST"))), "\n")
    elif c == "IN":
        d.add("Aadhaar no. ........ ", L("IN_AADHAAR", aadhaar(rng)), "\n")
    d.add("Address at home .... ", L("ADDRESS", addr(rng, c)), "\n")
    d.add("Local accommodation  ", rng.choice(["Hotel Europa, room 412", "Airbnb – see booking", "staying with family"]), "\n")
    d.add("Phone .............. ", L("PHONE", phone(rng, c)), "\n")
    if rng.random() < .7:
        d.add("E-mail ............. ", L("EMAIL", email_for(rng, p)), "\n")
    d.add("Reason for visit ... ", rng.choice(["lost filling", "broken bracket", "eye irritation after flight", "hearing aid stopped working",
                                               "knee pain after skiing"]), "\n")
    d.add("Emergency contact .. ", P(person(rng, c)["full"]), " (", rng.choice(["spouse", "sister", "father", "friend"]), ") ", L("PHONE", phone(rng, c)), "\n")
    return d, "form"

@tpl(3)
def t_nhs_dental_reg(rng):
    p = person(rng, rng.choice(["UK", "UK", "IE", "IN", "LK", "PL"])); b = dob(rng, 1945, 2010); d = Doc()
    d.add("NHS DENTAL TREATMENT — PATIENT DECLARATION (FP17 supporting form)\n")
    d.add("Practice: ", rng.choice(["Paterson Smile Studio", "Dr. Hadley Family Dental", "Lakeside Dental"]), "   Performer no.: ", D(rng, 6), "\n\n")
    d.add("Title: ", (rng.choice(["Mrs", "Ms", "Miss"]) if p["sex"] == "F" else "Mr"), "\nForename: ", P(p["given"]), "\nSurname: ", P(p["family"]), "\n")
    d.add("Date of Birth: ", L("DATE_OF_BIRTH", fdate(rng, b, "dmy")), "\n")
    d.add("NHS No: ", L("UK_NHS_NUMBER", nhs(rng, rng.choice([" ", "", "-"]))), "\n")
    d.add("Address: ", L("ADDRESS", addr(rng, "UK", "\n         ")), "\n")
    d.add("Tel: ", L("PHONE", phone(rng, "UK")), "\n\n")
    ex = rng.choice(["income-based Jobseeker's Allowance", "Universal Credit", "pregnant / had a baby in last 12 months", "under 18"])
    d.add("Exemption claimed: ", ex, "\n")
    if ex in ("income-based Jobseeker's Allowance", "Universal Credit"):
        d.add("National Insurance number of claimant: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(rng)), "\n")
    else:
        d.add("National Insurance number: QQ 12 34 56 C (example — do not use)\n")
    d.add("Band: ", rng.choice(["1", "2", "3", "Urgent"]), "   UDAs: ", rng.choice(["1.2", "3.0", "12.0"]), "\n")
    d.add("Patient signature: ", P(p["full"]), "\n")
    return d, "form"

@tpl(3)
def t_us_preauth(rng):
    p = person(rng, "US"); b = dob(rng, 1950, 2005); d = Doc(); st = rng.choice(list(DL_STATES))
    payer = rng.choice(["Delta Dental of " + st, "MetLife Dental PPO", "Cigna Dental", "Guardian DentalGuard", "VSP Vision Care"])
    d.add("PREDETERMINATION / PRE-AUTHORIZATION REQUEST\n", payer, "\n", "-" * 48, "\n")
    d.add("1. Subscriber name (Last, First, MI): ", P(p["family"].upper() + ", " + p["given"].upper()), "\n")
    d.add("2. Subscriber ID: ", L("HEALTH_PLAN_ID", member_id(rng)), "        3. Group No.: ", group_no(rng), "\n")
    d.add("4. Subscriber DOB: ", L("DATE_OF_BIRTH", fdate(rng, b, "mdy")), "    5. Sex: ", p["sex"], "\n")
    if rng.random() < .5:
        d.add("6. Subscriber SSN (if no ID): ", L("US_SSN", ssn(rng)), "\n")
    else:
        d.add("6. Subscriber SSN (if no ID): ***-**-", D(rng, 4), "\n")
    d.add("7. Address: ", L("ADDRESS", addr(rng, "US")), "\n")
    d.add("8. Phone: ", L("PHONE", phone(rng, "US")), "\n")
    if rng.random() < .6:
        num, _ = dl(rng, st)
        d.add("9. Photo ID: ", st, " driver license ", L("DRIVER_LICENSE", num), "\n")
    pr = person(rng, "US")
    d.add("10. Billing dentist: Dr. ", P(pr["full"]), "  NPI ", reg_no(rng, "NPI")[1], "  TIN 8", D(rng, 1), "-", D(rng, 7), "\n\n")
    d.add("Tooth | Surface | Code  | Description                | Fee\n")
    for _ in range(rng.randint(2, 4)):
        d.add(rng.choice(UNI).ljust(5), " | ", rng.choice(["MOD", "O", "DO", "-", "B"]).ljust(7), " | ", rng.choice(CDT), " | ",
              rng.choice(PROCS).ljust(26), " | $", str(rng.randint(90, 1800)), ".00\n")
    if rng.random() < .6:
        d.add("\nRemarks: pt has ", L("DIAGNOSIS", rng.choice(DX_DENT)), "; radiographs attached (4BWX, PA ", rng.choice(UNI), ").\n")
    return d, "form"

@tpl(4)
def t_blank_form(rng):
    d = Doc()
    d.add(rng.choice(["NEW PATIENT FORM (blank template v3.2)", "Pet Owner Registration — TEMPLATE", "Hearing Aid Trial Agreement – sample"]), "\n\n")
    for lab in rng.sample(["Full Name", "Date Of Birth", "Home Address", "Mobile Number", "Email Address", "Passport Number",
                           "Driver License No. / State", "Insurance Member ID", "Group Number", "NHS Number", "Medicare Number",
                           "Social Security No.", "Current Medications", "Diagnosis", "Pet's Name", "Microchip No."], 10):
        d.add(lab, ": ", rng.choice(["________________", "[                ]", "............", "<enter>"]), "\n")
    d.add("\nExample entries: Name: Jane Doe   Phone: (555) 555-0100   Email: name@example.com   Card: XXXX-XXXX-XXXX-0000\n")
    d.add("Form ref ", rng.choice(["PRF-", "ADM-"]), D(rng, 4), " rev. ", version4(rng), "\n")
    return d, "form"

@tpl(2)
def t_vet_client_reg(rng):
    c = rng.choice(["UK", "IE", "AU", "NZ", "DE", "FR", "NL", "CA", "ZA", "US"])
    o = person(rng, c); pet = rng.choice(PETS); d = Doc()
    d.add(rng.choice(["Van Leeuwen Veterinary Hospital", "Ferreira Vet Clinic", "Paws & Claws Animal Hospital"]), " — New Client & Patient Form\n\n")
    d.add("OWNER\nName: ", P(o["full"]), "\nAddress: ", L("ADDRESS", addr(rng, c)), "\nPhone: ", L("PHONE", phone(rng, c)),
          "\nEmail: ", L("EMAIL", email_for(rng, o)), "\n")
    if rng.random() < .5:
        o2 = person(rng, c)
        d.add("Second owner / authorised person: ", P(o2["full"]), "  ", L("PHONE", phone(rng, c)), "\n")
    d.add("\nPATIENT (animal)\nName: ", pet[0], "\nSpecies/breed: ", pet[1], " / ", pet[2], "\nSex: ", rng.choice(["MN", "FS", "M", "F"]),
          "   Age: ", str(rng.randint(1, 15)), " yrs   Weight: ", "%.1f" % rng.uniform(1, 45), " kg\n")
    d.add("Microchip: ", microchip(rng), "\nKnown conditions: ", rng.choice(VET_DX), "\nCurrent medication: ", rng.choice(VET_MED), "\n")
    d.add("Insurer: ", rng.choice(["Petplan", "Agria", "Trupanion", "none"]), "  Policy: PP", D(rng, 8), "\n")
    d.add("Preferred vet: ", rng.choice(["any", "no preference", P("Dr " + person(rng)["family"]) if False else "first available"]), "\n")
    return d, "form"

@tpl(2)
def t_cdcp_intake(rng):
    p = person(rng, rng.choice(["CA", "CA", "IN", "IR", "LB"])); b = dob(rng, 1950, 2015); d = Doc()
    d.add("Canadian Dental Care Plan (CDCP) — intake verification / Vérification d'admissibilité\n\n")
    d.add("Patient / Patient(e): ", P(p["full"]), "\nDate of birth / Date de naissance: ", L("DATE_OF_BIRTH", fdate(rng, b, "iso")), "\n")
    d.add("CDCP member ID / No de membre: ", L("HEALTH_PLAN_ID", D(rng, 11)), "\n")
    d.add("SIN (applicant, for Sun Life verification) / NAS: ", L("CA_SIN", sin(rng)), "\n")
    d.add("Address: ", L("ADDRESS", addr(rng, "CA")), "\nTel.: ", L("PHONE", phone(rng, "CA")), "\n")
    if rng.random() < .6:
        d.add("ID checked: Ontario driver's licence ", L("DRIVER_LICENSE", ontario_dl(rng, p["family"])), "\n")
    d.add("Invalid SIN entered previously (rejected by system): ", "046 454 287", "\n")
    return d, "form"

@tpl(2)
def t_payment_mandate(rng):
    c = rng.choice(["DE", "FR", "NL", "BE", "AT", "IT", "ES", "UK", "IE", "PT"])
    p = person(rng, c); d = Doc()
    d.add(rng.choice(["SEPA-Lastschriftmandat / SEPA Direct Debit Mandate", "Instruction to your bank to pay by Direct Debit",
                      "Mandat de prélèvement SEPA"]), "\n", rng.choice(["Orthodontic payment plan", "Dental membership plan", "Hearing aid instalment plan"]), "\n\n")
    d.add("Account holder: ", P(p["full"]), "\nAddress: ", L("ADDRESS", addr(rng, c)), "\n")
    if c == "UK":
        sc = "%s-%s-%s" % (D(rng, 2), D(rng, 2), D(rng, 2)); acct = D(rng, 8)
        if rng.random() < .5:
            d.add("Sort code / account: ", L("UK_BANK_ACCOUNT", sc + " " + acct), "\n")
        else:
            d.add("Branch sort code: ", sc, "\nAccount number: ", L("UK_BANK_ACCOUNT", acct), "\n")
        d.add("Service user number: ", D(rng, 6), "\n")
    else:
        d.add("IBAN: ", L("IBAN", iban(rng, "DE" if c == "AT" and rng.random() < .2 else c)), "\nBIC: ", U(rng, 4), c if c != "UK" else "GB", U(rng, 2), "\n")
        d.add("Gläubiger-ID / Creditor ID: DE98ZZZ0", D(rng, 10), "\n")
    d.add("Mandate reference: MR-", D(rng, 8), "\nAmount: ", str(rng.randint(35, 190)), ".00 EUR monthly\n")
    if rng.random() < .5:
        d.add("Deposit paid by card ", masked_card(rng), "\n")
    else:
        d.add("Deposit paid by card ", L("CREDIT_CARD", card(rng)), " exp ", "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 30)), "\n")
    d.add("Signed ", P(p["full"]), ", ", fdate(rng, visit(rng), "dmy."), "\n")
    return d, "form"

@tpl(1)
def t_lab_work_order(rng):
    d = Doc(); dent = person(rng, rng.choice(COUNTRIES)); pt = person(rng, rng.choice(COUNTRIES))
    d.add("DENTAL LABORATORY PRESCRIPTION / WORK ORDER  No. ", order_no(rng), "\n")
    d.add("To: ", rng.choice(["Apex Ceramics Ltd", "Zahntechnik Müller GmbH", "Laboratorio Odontotecnico Bianchi"]), "\n")
    d.add("From: Dr ", P(dent["full"]), " (", regstr(rng, rng.choice(["GDC", "AHPRA"])), ")\n")
    d.add("Patient: ", P(pt["full"]) if rng.random() < .6 else "ref. " + U(rng, 2) + D(rng, 4), "\n")
    d.add("Tooth: ", rng.choice(FDI), "   Restoration: ", rng.choice(["monolithic zirconia crown", "e.max veneer", "3-unit bridge 24-26",
                                                                       "full-arch nightguard", "Essix retainer"]), "\n")
    d.add("Shade: ", rng.choice(["A2", "A3.5", "B1", "BL3"]), "   Margin: chamfer   Contacts: medium\n")
    d.add("Scan file: iTero_", D(rng, 9), ".stl  Material ", lot(rng), "\n")
    d.add("Return by: ", fdate(rng, visit(rng, 2026), "dMy"), " — courier ", tracking(rng), "\n")
    return d, "form"

def regstr(rng, kind=None):
    k, n = reg_no(rng, kind)
    return {"GDC": "GDC No. ", "AHPRA": "AHPRA ", "NPI": "NPI ", "HCPC": "HCPC reg. ", "RCVS": "RCVS no. ", "GOC": "GOC ",
            "CNOM": "RPPS "}[k] + n

# ---------------------------------------------------------------- clinical
@tpl(3)
def t_dental_exam_note(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc(); dent = person(rng, rng.choice(COUNTRIES))
    d.add("CLINICAL NOTE — ", rng.choice(["Comprehensive oral exam", "Recall exam + hygiene", "Emergency appointment"]), "\n")
    d.add("Patient: ", P(p["full"]), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(rng)), "\n")
    if rng.random() < .5:
        d.add("DOB: ", L("DATE_OF_BIRTH", fdate(rng, dob(rng))), "\n")
    d.add("Clinician: ", P(dent["full"]), " (", regstr(rng, rng.choice(["GDC", "AHPRA", "NPI"])), ")   Date: ", fdate(rng, visit(rng), "iso"), "\n\n")
    dx = rng.choice(DX_GEN); med = rng.choice(MED_GEN)
    d.add("MH update: ", L("DIAGNOSIS", dx), ", controlled. Takes ", L("MEDICATION", med), " – ",
          rng.choice(["no change since last visit", "dose increased by GP in March", "taken this morning"]), ". ")
    d.add(rng.choice(["No history of ", "Denies "]), rng.choice(["rheumatic fever", "endocarditis", "bisphosphonate use", "seizures"]), ". ")
    d.add("Allergy: ", allergy(rng), ".\n")
    d.add("C/O: ", rng.choice(["sensitivity UL quadrant", "food trapping between 36/37", "loose bracket LR", "pain on biting 46"]), ".\n")
    t1, t2 = rng.sample(FDI, 2)
    d.add("E/O: NAD. I/O: BPE ", "/".join(str(rng.randint(0, 4)) for _ in range(6)), "; ", t1, " DO cavity, ", t2,
          " fractured cusp. PPD max ", str(rng.randint(3, 8)), " mm.\n")
    d.add("Dx: ", L("DIAGNOSIS", rng.choice(DX_DENT)), ".\n")
    d.add("Tx today: LA ", L("MEDICATION", rng.choice(["articaine", "lidocaine", "mepivacaine"])), " 4% 1:100k x1 cart, ", t1, " ",
          rng.choice(["composite", "GIC temp", "Cavit dressing"]), ". Rx ", L("MEDICATION", rng.choice(["amoxicillin", "metronidazole", "Duraphat 5000"])),
          " ", rng.choice(["500 mg tds 5/7", "400 mg tds 3/7", "toothpaste nocte"]), ".\n")
    d.add("Plan: ", rng.choice(CDT), " ", t2, ", recall 6/12. Batch of composite ", lot(rng), ".\n")
    return d, "clinical_note"

@tpl(2)
def t_perio_ortho_note(rng):
    p = person(rng); d = Doc(); kind = rng.choice(["perio", "ortho"])
    if kind == "perio":
        d.add("PERIODONTAL RE-EVALUATION\n", P(p["full"]), "  |  chart ", D(rng, 5), "\n\n")
        d.add("Pocket chart (buccal, mm):\n")
        for q in ("1", "2", "3", "4"):
            d.add("  Q", q, ": ", "  ".join("%s%d:%d-%d-%d" % (q, t, rng.randint(2, 7), rng.randint(2, 5), rng.randint(2, 7)) for t in (6, 7)), "\n")
        d.add("BOP ", str(rng.randint(8, 60)), "%  PI ", str(rng.randint(10, 70)), "%  Mobility 16 grade I\n")
        d.add("Diagnosis: ", L("DIAGNOSIS", rng.choice(["stage III grade B periodontitis", "generalised stage II grade A periodontitis",
                                                       "localised aggressive periodontitis"])), ". Contributing: ",
              L("DIAGNOSIS", rng.choice(["type 2 diabetes mellitus", "type 1 diabetes", "smoking-related leukoplakia"])), " (HbA1c ",
              str(rng.randint(48, 80)), " mmol/mol per GP letter).\n")
        d.add("Adjunct: ", L("MEDICATION", rng.choice(["doxycycline", "chlorhexidine", "metronidazole"])), ". Note: the literature on systemic "
              "antibiotics in periodontitis is mixed (see EFP S3 guideline).\n")
    else:
        d.add("ORTHODONTIC PROGRESS NOTE\nPt: ", P(p["given"]), " ", P(p["family"]), "   Age ", str(rng.randint(10, 17)), "\n")
        d.add("Parent/guardian: ", P(person(rng, p["origin"])["full"]), " – ", L("PHONE", phone(rng, p["origin"])), "\n\n")
        d.add("Class ", rng.choice(["II/1", "II/2", "III", "I crowding"]), ", overjet ", str(rng.randint(2, 11)), " mm, overbite ", str(rng.randint(10, 90)),
              "%.\nArchwires: UL/LL 0.019x0.025 SS. Elastics 3/16\" 4.5 oz Class II. Bracket rebond 13, 43.\n")
        if rng.random() < .5:
            dx, md = rng.choice([("asthma", "salbutamol"), ("ADHD", "methylphenidate"), ("epilepsy", "levetiracetam"), ("type 1 diabetes", "insulin aspart")])
            d.add("MH: ", L("DIAGNOSIS", dx), " – uses ", L("MEDICATION", md), ".\n")
        d.add("Next: 6 weeks. Debond est. ", fdate(rng, visit(rng, 2026), "dMy"), ".\n")
    return d, "clinical_note"

@tpl(2)
def t_physio_assessment(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc(); dx = rng.choice(DX_PHYS); ther = person(rng, rng.choice(COUNTRIES))
    d.add("PHYSIOTHERAPY INITIAL ASSESSMENT\n", "Name: ", P(p["full"]), "   D.O.B. ", L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1950, 2004))),
          "\nReferrer: Dr ", P(person(rng, c)["full"]), "\nTherapist: ", P(ther["full"]), ", ", regstr(rng, "HCPC"), "\n\n")
    d.add("S: ", rng.choice(["6/52 hx of", "insidious onset", "post-op (week 4)"]), " ", rng.choice(["R shoulder", "L knee", "low back", "neck"]),
          " pain, VAS ", str(rng.randint(3, 9)), "/10. PMH: ", L("DIAGNOSIS", rng.choice(DX_GEN)), ". DH: ", L("MEDICATION", rng.choice(MED_PHYS)), ".\n")
    d.add("   Red flags: nil. Patient says work is \"a nightmare, total migraine\" but denies headaches.\n")
    d.add("O: AROM flex ", str(rng.randint(60, 170)), "°, abd ", str(rng.randint(50, 170)), "°; MMT 4/5; special tests +ve.\n")
    d.add("A: ", L("DIAGNOSIS", dx), ". Differential: ", rng.choice(["cervical radiculopathy", "frozen shoulder", "meniscal tear"]), " – ruled out on exam.\n")
    d.add("P: HEP — ", rng.choice(["3x10 isometrics, 2x/day", "4x8 eccentric heel drops", "McKenzie extension 10 reps hourly"]),
          "; review 2/52. Contact: ", L("EMAIL", email_for(rng, p)), "\n")
    return d, "clinical_note"

@tpl(3)
def t_eye_exam_report(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc(); o = person(rng, rng.choice(COUNTRIES))
    d.add("EYE EXAMINATION REPORT\n", rng.choice(["McKinnon Optometrists", "Dr. Sato Eye Care", "OptiVision Centre"]), "\n")
    d.add("Patient ............ ", P(p["full"]), "\nMRN ................ ", L("MEDICAL_RECORD_NUMBER", mrn(rng)), "\n")
    d.add("Date of birth ...... ", L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1940, 2016), "dMy")), "\n")
    d.add("Optometrist ........ ", P(o["full"]), "  ", regstr(rng, "GOC"), "\n\n")
    d.add("VA (unaided)  R 6/", rng.choice(["9", "12", "18", "24"]), "  L 6/", rng.choice(["6", "9", "12"]), "\n")
    d.add("Subjective    R ", lens_rx(rng), "   L ", lens_rx(rng), "   Add +", rng.choice(["1.00", "1.75", "2.50"]), "\n")
    d.add("IOP (NCT)     R ", str(rng.randint(11, 28)), " mmHg  L ", str(rng.randint(11, 28)), " mmHg @ ", "%02d:%02d" % (rng.randint(8, 17), rng.randint(0, 59)), "\n")
    d.add("Fundus: C/D 0.", str(rng.randint(3, 8)), "; OCT RNFL ", str(rng.randint(70, 105)), " µm\n\n")
    d.add("Findings: ", L("DIAGNOSIS", rng.choice(DX_EYE)), rng.choice([". ", " (early). "]),
          "Systemic: ", *(lambda dm: (L("DIAGNOSIS", dm[0]), " on ", L("MEDICATION", dm[1])))(rng.choice([("type 2 diabetes mellitus", "metformin"),
          ("hypertension", "amlodipine"), ("rheumatoid arthritis", "hydroxychloroquine")])), ".\n")
    d.add("Drops instilled: ", L("MEDICATION", rng.choice(["tropicamide", "cyclopentolate"])), " 1% — DO NOT DRIVE for 4 h.\n")
    d.add("Outcome: spectacles; ", rng.choice(["refer ophthalmology routine", "recall 12 months", "refer urgently (same day)"]), ".\n")
    return d, "lab_report"

@tpl(3)
def t_audiogram(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc()
    d.add("AUDIOLOGICAL ASSESSMENT — PURE TONE AUDIOMETRY\n", "Client: ", P(p["full"]), "    DOB: ", L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1930, 1990), "dmy")),
          "\nRef: ", L("MEDICAL_RECORD_NUMBER", mrn(rng)) if rng.random() < .5 else D(rng, 6), "\nAudiologist: ", P(person(rng, rng.choice(COUNTRIES))["full"]), "\n\n")
    d.add("Freq (Hz)   250  500  1k   2k   4k   8k\n")
    base = rng.randint(10, 40)
    for ear in ("R AC", "L AC", "R BC", "L BC"):
        d.add(ear.ljust(11), "".join(str(base + i * rng.randint(3, 12)).rjust(4) + " " for i in range(6)), " dB HL\n")
    d.add("Tymp: type A bilat.  SRT ", str(base + 10), " dB.  WRS ", str(rng.randint(60, 100)), "% @ 70 dB.\n\n")
    d.add("Impression: ", L("DIAGNOSIS", rng.choice(DX_EAR)), ". ", rng.choice(["Reports ", "History of "]),
          L("DIAGNOSIS", rng.choice(["tinnitus", "hypertension", "type 2 diabetes mellitus", "chronic otitis media"])), ".\n")
    if rng.random() < .6:
        d.add("Medication of note: ", L("MEDICATION", rng.choice(MED_EAR + ["furosemide", "gentamicin"])), ".\n")
    d.add("Fitting: ", rng.choice(["Phonak Audéo L90-R", "Oticon Intent 1", "Signia Pure C&G 7IX"]), " ", serial(rng), " / ", serial(rng),
          ", firmware ", version4(rng), ", receivers M, domes 8 mm open.\n")
    d.add("Gain at 2k: +", str(rng.randint(10, 30)), " dB (REM matched NAL-NL2 within 5 dB).\n")
    return d, "lab_report"

@tpl(3)
def t_oral_surgery_discharge(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc(); b = dob(rng, 1950, 2005)
    d.add("DAY-CASE DISCHARGE SUMMARY — Oral & Maxillofacial Surgery\n", "=" * 44, "\n")
    d.add("Name: ", P(p["family"].upper()), ", ", P(p["given"]), "\nHospital no. (MRN): ", L("MEDICAL_RECORD_NUMBER", mrn(rng)),
          "\nBorn: ", L("DATE_OF_BIRTH", fdate(rng, b, "dMy")), "\n")
    if c == "UK" or rng.random() < .2:
        d.add("NHS number: ", L("UK_NHS_NUMBER", nhs(rng)), "\n")
    d.add("Admitted/discharged: ", fdate(rng, visit(rng), "dMy"), "\nConsultant: ", P(person(rng, rng.choice(COUNTRIES))["full"]), "\n\n")
    d.add("Procedure: surgical removal ", "/".join(rng.sample(["18", "28", "38", "48"], 2)), " under ",
          rng.choice(["GA", "IV sedation (midazolam)"]), ".\nIndication: recurrent ", L("DIAGNOSIS", "pericoronitis"), ".\n")
    d.add("Co-morbidities: ", L("DIAGNOSIS", rng.choice(DX_GEN)), "; ", L("DIAGNOSIS", rng.choice(DX_GEN)), ". ",
          "Suspected ", rng.choice(["MRONJ", "dry socket"]), " — excluded.\n")
    d.add("Discharge meds:\n  - ", L("MEDICATION", rng.choice(["ibuprofen", "paracetamol", "co-codamol"])), " 400 mg QDS PRN\n  - ",
          L("MEDICATION", rng.choice(["chlorhexidine", "amoxicillin", "metronidazole"])), " as directed\n")
    d.add("Usual meds continued: ", L("MEDICATION", rng.choice(MED_GEN)), ".\n")
    d.add("Follow-up: 1 week, suture removal. Helpline ", L("PHONE", phone(rng, c)), ".\n")
    return d, "discharge_summary"

@tpl(4)
def t_hl7_booking(rng):
    c = rng.choice(["US", "US", "CA", "AU", "UK", "NZ"]); p = person(rng, c); d = Doc(); b = dob(rng)
    sep = rng.choice(["\r", "\n"]); ts = "2025%02d%02d%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59))
    mt = rng.choice(["SIU^S12", "ADT^A04", "ADT^A08"])
    d.add("MSH|^~\\&|DENTRIX|", rng.choice(["LAKESIDE", "HARBOURDENT", "OPTI01"]), "|PMS|GROUP|", ts, "||", mt, "|MSG", D(rng, 8), "|P|2.5.1", sep)
    d.add("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn(rng)), "^^^", rng.choice(["LKS", "MRN"]), "^MR||",
          L("PERSON", p["family"].upper() + "^" + p["given"].upper()), "||", L("DATE_OF_BIRTH", fdate(rng, b, "hl7")), "|", p["sex"], "|||")
    al = address(rng, c)
    d.add(L("ADDRESS", "^^".join([al[0], al[-1]]) if len(al) > 1 else al[0]), "||", L("PHONE", phone(rng, c)), sep)
    if rng.random() < .6:
        nk = person(rng, c)
        d.add("NK1|1|", L("PERSON", nk["family"].upper() + "^" + nk["given"].upper()), "|SPO|||", L("PHONE", phone(rng, c)), sep)
    if mt.startswith("SIU"):
        d.add("SCH|", D(rng, 7), "|||||", rng.choice(CDT), "^", rng.choice(PROCS), "|||30|min", sep)
        d.add("AIP|1||", D(rng, 6), "^", rng.choice(["HYG1", "DR2", "OPT3"]), sep)
    d.add("IN1|1|", rng.choice(["DDPA", "MET", "BUPA", "NIB"]), "|", D(rng, 5), "|", rng.choice(["Delta Dental", "MetLife", "Bupa Dental", "nib"]),
          "|||", group_no(rng), "||||||||", L("PERSON", p["family"].upper() + "^" + p["given"].upper()), "|SEL|",
          L("DATE_OF_BIRTH", fdate(rng, b, "hl7")), "|||||||||||||||||", L("HEALTH_PLAN_ID", member_id(rng)), sep)
    if rng.random() < .5:
        d.add("AL1|1|DA|^", L("MEDICATION", rng.choice(["penicillin", "amoxicillin", "codeine"])), "|SV|rash", sep)
    return d, "hl7"

@tpl(3)
def t_fhir_bundle(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); b = dob(rng); d = Doc(); al = address(rng, c)
    pid = "pat-" + D(rng, 5)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": pid,
                      "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                      "value": L("MEDICAL_RECORD_NUMBER", mrn(rng))}],
                      "name": [{"family": L("PERSON", p["family"]), "given": [L("PERSON", p["given"])]}],
                      "telecom": [{"system": "phone", "value": L("PHONE", phone(rng, c))}, {"system": "email", "value": L("EMAIL", email_for(rng, p))}],
                      "birthDate": L("DATE_OF_BIRTH", fdate(rng, b, "iso")),
                      "address": [{"line": [L("ADDRESS", al[0])], "city": al[-1], "country": c}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                      "code": {"text": L("DIAGNOSIS", rng.choice(DX_DENT + DX_EYE + DX_EAR))}, "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                      "code": {"text": rng.choice(["infective endocarditis", "latex allergy", "glaucoma"])}, "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active",
                      "medicationCodeableConcept": {"text": L("MEDICATION", rng.choice(MED_GEN))}, "subject": {"reference": "Patient/" + pid}}},
        {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", member_id(rng)),
                      "class": [{"type": {"text": "group"}, "value": group_no(rng)}],
                      "payor": [{"display": rng.choice(["Bupa Dental Cover", "Aetna Dental", "AXA Health", "Allianz Care"])}]}},
    ]}
    d.json(bundle)
    return d, "fhir_json"

@tpl(2)
def t_vet_note(rng):
    c = rng.choice(COUNTRIES); o = person(rng, c); pet = rng.choice(PETS); d = Doc()
    d.add("VETERINARY CONSULTATION — ", pet[0], " (", pet[1], ", ", pet[2], ")\n")
    d.add("Owner: ", P(o["full"]), "  tel ", L("PHONE", phone(rng, c)), "\n") if rng.random() < .75 else d.add("Owner: on file (client #", D(rng, 5), ")\n")
    d.add("Microchip ", microchip(rng), "   Wt ", "%.1f" % rng.uniform(2, 40), " kg   T ", "%.1f" % rng.uniform(37.8, 39.6), " °C\n\n")
    dx = rng.choice(VET_DX)
    d.add("Hx: PU/PD 3 weeks, owner reports ", pet[0], " is \"depressed\" and off food.\n")
    d.add("Dx: ", dx, ". Glucose ", "%.1f" % rng.uniform(5, 28), " mmol/L, fructosamine ", str(rng.randint(250, 600)), " µmol/L.\n")
    d.add("Rx: ", rng.choice(VET_MED), " ", rng.choice(["2 IU SC q12h", "0.1 mg/kg PO SID", "1 tab q24h"]), "; ", rng.choice(VET_MED), ".\n")
    d.add("Dental: grade ", str(rng.randint(1, 4)), " calculus, extract 108, 208 under GA next week (", lot(rng), " isoflurane).\n")
    d.add("Vet: Dr ", P(person(rng)["family"]), " MRCVS (", regstr(rng, "RCVS"), "). Owner counselled re insulin handling.\n")
    return d, "clinical_note"

# ---------------------------------------------------------------- structured exports
@tpl(2)
def t_recall_csv(rng):
    d = Doc(); delim = rng.choice([",", ";"])
    hdr = rng.choice([["patient_id", "first_name", "last_name", "dob", "mobile", "email", "last_visit", "recall_due", "recall_type"],
                      ["PatID", "Forename", "Surname", "DateOfBirth", "Phone", "E-mail", "LastSeen", "Due", "Type"]])
    d.row(hdr, delim)
    for _ in range(rng.randint(4, 7)):
        c = rng.choice(COUNTRIES); p = person(rng, c)
        d.row([D(rng, 6), P(p["given"]), P(p["family"]), L("DATE_OF_BIRTH", fdate(rng, dob(rng), "iso")),
               L("PHONE", phone(rng, c)) if rng.random() < .85 else "", L("EMAIL", email_for(rng, p)) if rng.random() < .7 else "",
               fdate(rng, visit(rng), "iso"), fdate(rng, visit(rng, 2026), "iso"), rng.choice(["6M exam", "HYG 3M", "Eye test 24M", "HA service"])], delim)
    return d, "csv"

@tpl(2)
def t_booking_tsv(rng):
    d = Doc()
    d.row(["slot", "chair", "practitioner", "patient", "contact", "code", "notes"], "\t")
    for _ in range(rng.randint(5, 8)):
        c = rng.choice(COUNTRIES); p = person(rng, c); pr = person(rng, rng.choice(COUNTRIES))
        note = rng.choice(["", "needs wheelchair access", "", M("on ", L("MEDICATION", rng.choice(["warfarin", "apixaban", "clopidogrel"])), " – check INR"),
                           "prefers Dutch-speaking clinician", "late x2", M("hx ", L("DIAGNOSIS", rng.choice(["epilepsy", "latex allergy", "haemophilia A"])))])
        d.row(["2025-%02d-%02dT%02d:%s" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 17), rng.choice(["00", "20", "40"])),
               "Op" + str(rng.randint(1, 6)), P(pr["full"]), P(p["full"]), L("PHONE", phone(rng, c)), rng.choice(CDT + ["OPT-EE", "AUD-FIT", "PHY-IA"]), note], "\t")
    return d, "tsv"

@tpl(2)
def t_claims_csv(rng):
    d = Doc()
    d.row(["claim_no", "payer", "subscriber_name", "member_id", "group_no", "dos", "tooth", "cdt", "billed", "allowed", "status"])
    for _ in range(rng.randint(4, 6)):
        p = person(rng, rng.choice(["US", "US", "MX", "CA"]))
        d.row(["CLM" + D(rng, 9), rng.choice(["Delta Dental", "Aetna DMO", "Cigna", "United Concordia"]), P(p["family"] + ", " + p["given"]),
               L("HEALTH_PLAN_ID", member_id(rng)), group_no(rng), fdate(rng, visit(rng), "mdy"), rng.choice(UNI + ["", "UR"]),
               rng.choice(CDT), "%d.00" % rng.randint(60, 1500), "%d.00" % rng.randint(40, 1100), rng.choice(["PAID", "DENIED-NCOV", "PEND"])])
    return d, "csv"

@tpl(2)
def t_patient_json(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); b = dob(rng); d = Doc()
    obj = {"patientId": int(D(rng, 6)), "chartNumber": L("MEDICAL_RECORD_NUMBER", mrn(rng)), "firstName": L("PERSON", p["given"]),
           "lastName": L("PERSON", p["family"]), "dateOfBirth": L("DATE_OF_BIRTH", fdate(rng, b, "iso")), "gender": p["sex"],
           "contact": {"mobile": L("PHONE", phone(rng, c)), "email": L("EMAIL", email_for(rng, p)), "smsOptIn": rng.random() < .5},
           "address": {"line1": L("ADDRESS", address(rng, c)[0]), "country": c},
           "medicalAlerts": [L("DIAGNOSIS", x) for x in rng.sample(DX_GEN, rng.randint(0, 2))],
           "medications": [{"name": L("MEDICATION", m), "dose": rng.choice(["10 mg", "1 puff prn", "75 mcg"])} for m in rng.sample(MED_GEN, rng.randint(0, 2))],
           "insurance": {"carrier": rng.choice(["Bupa", "Cigna", "HCF", "Sun Life", "DKV"]), "memberId": L("HEALTH_PLAN_ID", member_id(rng)),
                         "groupNumber": group_no(rng)},
           "createdBy": "sync-service " + version4(rng), "lastModified": "2025-%02d-%02dT%02d:14:09Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23))}
    if rng.random() < .3:
        obj["chartNumber"] = D(rng, 5)  # not an MRN label
        obj["mrn"] = L("MEDICAL_RECORD_NUMBER", mrn(rng))
    d.json(obj)
    return d, "json"

@tpl(2)
def t_sms_ndjson(rng):
    d = Doc()
    for _ in range(rng.randint(3, 6)):
        c = rng.choice(COUNTRIES); p = person(rng, c)
        when = "%s %02d:%s" % (rng.choice(["Tue 14 Oct", "Mon 3 Nov", "Fri 9 Jan"]), rng.randint(8, 17), rng.choice(["00", "15", "45"]))
        body = rng.choice([M("Hi ", L("PERSON", p["given"]), ", reminder of your appointment at Lakeside Dental on ", when, ". Reply Y to confirm."),
                           M("Dear ", L("PERSON", p["given"] + " " + p["family"]), ", your glasses are ready for collection. OptiVision."),
                           M(p["given"][0], "*** your hearing aid service is due. Reply BOOK or call the practice."),
                           "Your pet's booster is due. Book at vets.example/booking"])
        d.json({"to": L("PHONE", phone(rng, c)), "from": "LAKESIDE", "body": body, "status": rng.choice(["DELIVERED", "FAILED", "QUEUED"]),
                "msgId": "SM" + U(rng, 10, "0123456789abcdef"), "segments": 1}, indent=None)
        d.add("\n")
    return d, "ndjson"

@tpl(2)
def t_staff_roster_yaml(rng):
    d = Doc(); site = rng.choice(["lakeside-dental", "harbour-vision", "kingsway-physio", "paws-vet"])
    d.add("# staff roster export — ", site, "\nsite: ", site, "\nweek: 2025-W", str(rng.randint(1, 52)), "\nstaff:\n")
    for _ in range(rng.randint(3, 5)):
        s = person(rng, rng.choice(COUNTRIES)); role, k = rng.choice([("dentist", "GDC"), ("hygienist", "GDC"), ("dental nurse", "GDC"), ("optometrist", "GOC"),
                                                                     ("audiologist", "HCPC"), ("vet nurse", "RCVS"), ("physio", "HCPC"), ("dentist (AU locum)", "AHPRA")])
        d.add("  - name: ", P(s["full"]), "\n    role: ", role,
              "\n    registration: \"", reg_no(rng, k)[1], "\"  # ", k, "\n    mobile: \"", L("PHONE", phone(rng, s["origin"])), "\"\n    shifts: [Mon-AM, Wed-PM, Sat]\n")
    return d, "yaml"

@tpl(1)
def t_cpd_csv(rng):
    d = Doc()
    d.row(["Registrant", "Reg No", "Course", "Provider", "Verifiable hours", "Completed"])
    for _ in range(6):
        s = person(rng, rng.choice(COUNTRIES))
        d.row([P(s["full"]), regstr(rng, rng.choice(["GDC", "GOC", "HCPC"])), rng.choice(["Medical emergencies & CPR", "Radiography IR(ME)R",
               "Safeguarding L2", "Decontamination HTM 01-05", "Antimicrobial prescribing"]), rng.choice(COMPANIES), str(rng.randint(1, 10)),
               fdate(rng, visit(rng), "dmy")])
    return d, "csv"

@tpl(2)
def t_inventory_csv(rng):
    d = Doc(); delim = rng.choice([",", "\t"])
    d.row(["sku", "description", "manufacturer", "lot", "expiry", "qty", "unit_cost"], delim)
    for _ in range(rng.randint(5, 8)):
        d.row([U(rng, 3) + "-" + D(rng, 5), rng.choice(["Articaine 4% 1:100k cartridges x50", "Composite A2 syringe 4g", "Latex-free gloves M",
                                                      "Daily disposable lenses -2.25 DS 30pk", "Size 312 hearing aid batteries", "Rabies vaccine 1 ml",
                                                      "Chlorhexidine 0.2% mouthwash 300 ml", "Autoclave indicator strips"]),
               rng.choice(COMPANIES), lot(rng).split(" ", 1)[-1], "20%d-%02d" % (rng.randint(26, 29), rng.randint(1, 12)), str(rng.randint(1, 400)),
               "%.2f" % rng.uniform(0.5, 300)], delim)
    return d, "tsv" if delim == "\t" else "csv"

@tpl(2)
def t_vax_cert_json(rng):
    c = rng.choice(COUNTRIES); o = person(rng, c); pet = rng.choice(PETS); d = Doc()
    obj = {"certificate": "VAX-" + D(rng, 7), "animal": {"name": pet[0], "species": pet[1], "breed": pet[2], "microchip": microchip(rng)},
           "owner": {"name": L("PERSON", o["full"]), "address": L("ADDRESS", addr(rng, c)), "phone": L("PHONE", phone(rng, c))},
           "vaccinations": [{"product": v, "batch": lot(rng).split(" ", 1)[-1], "given": fdate(rng, visit(rng), "iso"), "validUntil": "2026-%02d-01" % rng.randint(1, 12)}
                            for v in rng.sample(["Nobivac Rabies", "Versican Plus DHPPi/L4", "Purevax RCPCh", "Nobivac KC"], 2)],
           "vet": {"practice": rng.choice(["Van Leeuwen Veterinary Hospital", "Ferreira Vet Clinic"]), "rcvs": reg_no(rng, "RCVS")[1]}}
    d.json(obj)
    return d, "json"

@tpl(1)
def t_steriliser_csv(rng):
    d = Doc()
    d.row(["cycle", "unit", "serial", "start", "hold_temp_C", "hold_s", "pressure_kPa", "BI_result", "operator"])
    for i in range(7):
        d.row([str(4410 + i), rng.choice(["Lisa 500", "Statim 5000"]), U(rng, 2) + D(rng, 7), "2025-03-%02dT%02d:%02d" % (rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59)),
               "134.%d" % rng.randint(0, 9), "210", str(rng.randint(300, 320)), rng.choice(["PASS", "PASS", "n/a"]), rng.choice(["DN3", "DN7", "HYG1"])])
    return d, "csv"

@tpl(2)
def t_config_yaml(rng):
    d = Doc()
    d.add("# booking-service config\nversion: ", version4(rng), "\nlisten: 0.0.0.0:8443\nupstream: http://127.0.0.1:9000\nsms:\n  provider: twilio\n  sender_id: LAKESIDE\n"
          "  template: \"Hi {{first_name}}, reminder of your {{appt_type}} on {{date}}.\"\nretention_days: 2555\noid_root: 2.16.840.1.113883.3.", D(rng, 4), "\n"
          "holidays: [\"", rng.choice(HOLIDAYS), "\", \"", rng.choice(HOLIDAYS), "\"]\n")
    return d, "yaml"

@tpl(1)
def t_uk_payroll_tsv(rng):
    d = Doc()
    d.row(["Employee", "NI number", "Tax code", "Sort code", "Account no", "Gross"], "\t")
    for _ in range(rng.randint(3, 5)):
        s = person(rng, rng.choice(["UK", "IE", "PL", "IN", "ZA"]))
        d.row([P(s["full"]), L("UK_NATIONAL_INSURANCE_NUMBER", nino(rng)), rng.choice(["1257L", "BR", "K475"]),
               "%s-%s-%s" % (D(rng, 2), D(rng, 2), D(rng, 2)), L("UK_BANK_ACCOUNT", D(rng, 8)), "%d.%02d" % (rng.randint(1200, 5200), rng.randint(0, 99))], "\t")
    return d, "tsv"

@tpl(1)
def t_de_staff_json(rng):
    s = person(rng, rng.choice(["DE", "AT", "CH"])); d = Doc()
    d.json({"personalnummer": "P-" + D(rng, 4), "name": L("PERSON", s["full"]), "geburtsdatum": L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1960, 2002), "dmy.")),
            "steuerId": L("DE_TAX_ID", steuer(rng)), "iban": L("IBAN", iban(rng, "DE")), "krankenkasse": "TK", "rolle": "ZFA (Zahnmedizinische Fachangestellte)",
            "altSteuerIdUngueltig": bad_steuer(rng)})
    return d, "json"

@tpl(2)
def t_portal_audit_ndjson(rng):
    d = Doc()
    for _ in range(rng.randint(4, 6)):
        p = person(rng)
        ev = rng.choice(["login", "view_xray", "download_invoice", "update_medications", "login_failed"])
        d.json({"ts": "2025-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
                "event": ev, "user": L("EMAIL", email_for(rng, p)), "ip": L("IP_ADDRESS", ipv4(rng) if rng.random() < .8 else ipv6(rng)),
                "ua": "PatientApp/" + version4(rng), "session": U(rng, 16, "0123456789abcdef")}, indent=None)
        d.add("\n")
    return d, "ndjson"

# ---------------------------------------------------------------- logs
def ts(rng, sep="T"):
    return "2025-%02d-%02d%s%02d:%02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), sep, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))

@tpl(3)
def t_portal_kv_log(rng):
    d = Doc()
    for _ in range(rng.randint(5, 8)):
        k = rng.random(); p = person(rng)
        d.add(ts(rng), " ", rng.choice(["INFO", "WARN", "INFO"]), " portal ")
        if k < .35:
            d.add("event=login user=", L("EMAIL", email_for(rng, p)), " src=", L("IP_ADDRESS", ipv4(rng)), " mfa=", rng.choice(["sms", "totp", "none"]), " app=", version4(rng), "\n")
        elif k < .55:
            d.add("event=otp_sent to=", L("PHONE", phone(rng, p["origin"])), " channel=sms tmpl=OTP_V2 build=", version4(rng), "\n")
        elif k < .7:
            d.add("event=profile_update patient_id=", D(rng, 6), " field=address old=*** new=\"", L("ADDRESS", addr(rng, p["origin"])), "\" by=self\n")
        elif k < .85:
            d.add("event=rate_limited src=", L("IP_ADDRESS", ipv6(rng) if rng.random() < .5 else ipv4(rng, "pub")), " path=/api/v2/appointments count=", str(rng.randint(50, 900)), "\n")
        else:
            d.add("event=health upstream=127.0.0.1:9000 latency_ms=", str(rng.randint(3, 300)), " version=", version4(rng), "\n")
    return d, "log"

@tpl(4)
def t_equipment_log(rng):
    d = Doc(); unit = rng.choice(["Autoclave Lisa 500", "Washer-disinfector Miele PG 8581", "Compressor Cattani", "CBCT Planmeca ProMax 3D",
                                  "Phoropter Topcon CV-5000", "Audiometer Interacoustics AC40"])
    d.add("# ", unit, " ", serial(rng), " fw ", version4(rng), "\n")
    for i in range(rng.randint(6, 10)):
        d.add(ts(rng, " "), " cycle=", str(8800 + i), " ", rng.choice(["START", "HOLD 134.1C 3.04bar 210s", "DRY 600s", "END PASS", "ERR E17 door seal",
                                                                         "calib ok ref 70.0 dB SPL @1kHz", "leak test 1.1 mbar/min PASS"]),
              " lot=", lot(rng).split(" ", 1)[-1], " op=", rng.choice(["DN3", "DN7", "TECH2", "-"]), "\n")
    d.add("service contact: ", rng.choice(COMPANIES), " field service, ticket ", order_no(rng), "\n")
    return d, "log"

@tpl(2)
def t_sms_gateway_log(rng):
    d = Doc()
    for _ in range(rng.randint(4, 7)):
        c = rng.choice(COUNTRIES); p = person(rng, c)
        st = rng.choice(["DELIVRD", "UNDELIV", "EXPIRED"])
        d.add("[", ts(rng, " "), "] smsc=", rng.choice(["vonage-eu", "twilio-us1", "messagebird"]), " dst=", L("PHONE", phone(rng, c)),
              " stat=", st, " ref=", U(rng, 12, "0123456789ABCDEF"))
        if rng.random() < .5:
            d.add(" text=\"Hi ", P(p["given"]), ", your ", rng.choice(["hygiene visit", "eye test", "physio session", "pet's vaccination"]), " is tomorrow at ",
                  "%02d:%s" % (rng.randint(8, 17), rng.choice(["00", "30"])), "\"")
        d.add("\n")
    return d, "log"

@tpl(2)
def t_payment_log(rng):
    d = Doc(); p = person(rng, rng.choice(["US", "UK", "AU", "CA", "IE"]))
    for _ in range(rng.randint(3, 5)):
        d.add(ts(rng), " pos=TERM", D(rng, 3), " txn=", D(rng, 10), " amount=", "%d.%02d" % (rng.randint(20, 900), rng.randint(0, 99)),
              " pan=", masked_card(rng).replace(" ", ""), " auth=", D(rng, 6), " result=APPROVED\n")
    d.add(ts(rng), " pos=TERM", D(rng, 3), " ERROR parse failure raw_track=\"%B", L("CREDIT_CARD", card(rng, rng.choice(["visa", "mc", "mc2"])).replace(" ", "").replace("-", "")),
          "^", P(p["family"].upper() + "/" + p["given"].upper()), "^2812101\"\n")
    d.add(ts(rng), " pos=TERM", D(rng, 3), " WARN luhn_check_failed candidate=", bad_card(rng), "\n")
    return d, "log"

@tpl(2)
def t_imaging_log(rng):
    d = Doc(); p = person(rng); b = dob(rng)
    d.add(ts(rng, " "), " dicom-import INFO C-STORE from AE=", rng.choice(["CBCT01", "PANO2", "OCT-TRITON"]), " ", L("IP_ADDRESS", ipv4(rng, rng.choice(["p10", "p192"]))), ":104\n")
    d.add(ts(rng, " "), " dicom-import INFO StudyInstanceUID=1.2.840.113619.2.", D(rng, 3), ".", D(rng, 5), ".", D(rng, 8), " Modality=", rng.choice(["PX", "CT", "OPT", "IO"]), "\n")
    d.add(ts(rng, " "), " dicom-import INFO PatientName=", L("PERSON", p["family"].upper() + "^" + p["given"].upper()), " PatientID=",
          L("MEDICAL_RECORD_NUMBER", mrn(rng)), " PatientBirthDate=", L("DATE_OF_BIRTH", fdate(rng, b, "hl7")), "\n")
    d.add(ts(rng, " "), " dicom-import WARN KVP=", str(rng.randint(60, 90)), " mA=", str(rng.randint(4, 12)), " DAP=", "%.1f" % rng.uniform(50, 900), " mGy.cm2 transfer syntax 1.2.840.10008.1.2.4.70\n")
    d.add(ts(rng, " "), " dicom-import INFO stored 412 instances in ", "%.1f" % rng.uniform(1, 9), "s, viewer v", version4(rng), "\n")
    return d, "log"

@tpl(2)
def t_fitting_log(rng):
    d = Doc()
    d.add("Noah 4 / Target 9.2 session log\n")
    for _ in range(rng.randint(6, 9)):
        d.add(ts(rng, " "), " ", *rng.choice([("Device detected: Oticon Intent 1 miniRITE R ", serial(rng)), ("Firmware updated to ", version4(rng)),
                                             ("Feedback analyser: stable gain +", "%d dB" % rng.randint(0, 30)),
                                             ("REM: insertion gain @4kHz ", "%+d dB" % rng.randint(-6, 30)),
                                             ("Program 2 (Speech in noise) volume offset ", "%+d dB" % rng.randint(-6, 6)),
                                             ("Battery cycle count ", str(rng.randint(10, 600)))]), "\n")
    d.add("Client record: ***masked*** (local only). Fitting formula NAL-NL2, audiogram 2025-0", str(rng.randint(1, 9)), "-1", str(rng.randint(0, 9)), ".\n")
    return d, "log"

@tpl(2)
def t_firewall_log(rng):
    d = Doc()
    for _ in range(rng.randint(5, 8)):
        src = ipv4(rng) if rng.random() < .8 else ipv6(rng)
        dst = rng.choice([ipv4(rng, "p192"), ipv4(rng, "p10")])
        d.add(ts(rng, " "), " fw01 kernel: ", rng.choice(["DROP", "ACCEPT", "DROP"]), " IN=wan0 SRC=", L("IP_ADDRESS", src), " DST=", L("IP_ADDRESS", dst),
              " PROTO=TCP SPT=", str(rng.randint(1024, 65000)), " DPT=", rng.choice(["3389", "443", "1433", "104", "22"]), "\n")
    d.add(ts(rng, " "), " fw01 ntpd: synchronised to 127.0.0.1, stratum 2; pkg opnsense-", version4(rng), "\n")
    return d, "log"

@tpl(3)
def t_app_log_nopii(rng):
    d = Doc()
    for _ in range(rng.randint(6, 9)):
        d.add(ts(rng), " ", rng.choice(["DEBUG", "INFO", "WARN"]), " [", rng.choice(["scheduler", "billing", "recall-job", "imaging-sync"]), "] ",
              rng.choice(["job completed in %d ms" % rng.randint(5, 9000), "processed %d recalls (%d failed)" % (rng.randint(10, 900), rng.randint(0, 9)),
                          "order %s shipped via %s" % (order_no(rng), tracking(rng)), "loaded fee schedule CDT-2025 (%d codes)" % rng.randint(600, 800),
                          "agent version %s on host pms-%02d" % (version4(rng), rng.randint(1, 20)), "cache miss key=appt:%s" % D(rng, 7),
                          "retrying in %ds (attempt %d/5)" % (rng.randint(1, 60), rng.randint(1, 5)), "closed for %s" % rng.choice(HOLIDAYS)]), "\n")
    return d, "log"

# ---------------------------------------------------------------- email / chat / ticket
@tpl(3)
def t_referral_email(rng):
    c = rng.choice(COUNTRIES); pt = person(rng, c); frm = person(rng, rng.choice(COUNTRIES)); to = person(rng, rng.choice(COUNTRIES)); d = Doc()
    spec = rng.choice([("perio-specialists.example", DX_DENT), ("entclinic.example", DX_EAR), ("eyehospital.example", DX_EYE), ("ortho-sports.example", DX_PHYS)])
    b = dob(rng, 1940, 2005)
    d.add("From: ", P(frm["full"]), " <", L("EMAIL", email_for(rng, frm).split("@")[0] + "@lakeside-group.example"), ">\n")
    d.add("To: ", L("EMAIL", "referrals@" + spec[0]), "\n")
    d.add("Subject: Referral – ", P(pt["full"]), " (DOB ", L("DATE_OF_BIRTH", fdate(rng, b, "dmy")), ")\n\n")
    d.add("Dear Dr ", P(to["family"]), ",\n\n")
    d.add("Thank you for seeing this ", str(2025 - b[0]), "-year-old ", rng.choice(["teacher", "retired engineer", "student", "chef"]),
          " whom I would be grateful if you could assess for ", L("DIAGNOSIS", rng.choice(spec[1])), ". ")
    d.add("Relevant history: ", L("DIAGNOSIS", rng.choice(DX_GEN)), "; current medication ", L("MEDICATION", rng.choice(MED_GEN)), " and ",
          L("MEDICATION", rng.choice(MED_GEN + MED_EYE)), ". No known drug allergies.\n")
    d.add("Interestingly, a recent cohort study suggested that periodontitis and hearing loss share inflammatory pathways; this is of course not ",
          "a finding about this patient.\n\n")
    d.add("The patient can be reached on ", L("PHONE", phone(rng, c)), " and lives at ", L("ADDRESS", addr(rng, c)), ".\n\n")
    d.add("Kind regards,\n", P(frm["given"]), "\n", regstr(rng), "\n")
    return d, "email"

@tpl(2)
def t_insurer_email(rng):
    p = person(rng, rng.choice(["US", "CA", "AU", "IE", "UK"])); d = Doc(); adj = person(rng, rng.choice(COUNTRIES))
    d.add("From: ", L("EMAIL", "claims@" + rng.choice(["deltadental.example", "bupa-dental.example", "suncare.example"])), "\nSubject: RE: Claim ", "CLM" + D(rng, 9), " — additional information\n\n")
    d.add("Hello,\n\nRe: member ", P(p["full"]), ", member ID ", L("HEALTH_PLAN_ID", member_id(rng)), " (group ", group_no(rng), ").\n")
    d.add("The claim for ", rng.choice(CDT), " on tooth ", rng.choice(UNI), " requires a periapical radiograph and narrative. ")
    d.add("Per the plan's missing-tooth clause, implants (D6010) are excluded for teeth lost prior to coverage.\n")
    d.add("Please do not send SSNs by e-mail; the one on file ends ", D(rng, 4), ".\n\nRegards,\n", P(adj["full"]), "\nDental Claims Unit\n")
    d.add("\n> On Mon, ", P(person(rng, "US")["full"]), " wrote:\n> Please find attached the narrative for the above patient.\n")
    return d, "email"

@tpl(2)
def t_complaint_email(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc()
    d.add("From: ", L("EMAIL", email_for(rng, p)), "\nTo: ", L("EMAIL", "practicemanager@" + rng.choice(["lakeside-dental.example", "harbourvision.example"])), "\nSubject: complaint\n\n")
    d.add("To whom it may concern,\n\nI am writing about my visit on ", fdate(rng, visit(rng), "long"), ". Despite writing on the form that I take ",
          L("MEDICATION", rng.choice(["warfarin", "apixaban", "clopidogrel"])), ", the extraction went ahead without an INR check and I bled for hours. ")
    d.add("I also have ", L("DIAGNOSIS", rng.choice(["hypertension", "atrial fibrillation", "type 2 diabetes mellitus"])),
          " which nobody asked about. The receptionist (", P(person(rng, rng.choice(COUNTRIES))["given"]), ") was kind, but the dentist was dismissive.\n\n")
    d.add("I would like a call back on ", L("PHONE", phone(rng, c)), ".\n\n", P(p["full"]), "\n")
    return d, "email"

@tpl(2)
def t_reception_chat(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); rec = person(rng, rng.choice(COUNTRIES)); d = Doc(); b = dob(rng)
    d.add("[WhatsApp Business — Lakeside Group]\n")
    clock = [rng.randint(8 * 60, 16 * 60)]
    def line(who, *rest):
        clock[0] += rng.randint(0, 9)
        d.add("[", "%02d:%02d" % divmod(clock[0], 60), "] ", who, ": ", *rest); d.add("\n")
    line(P(rec["given"]), "Hi! Thanks for messaging. Can I take your full name and date of birth to find your file?")
    line(P(p["given"]), P(p["full"]), ", born ", L("DATE_OF_BIRTH", fdate(rng, b)))
    line(P(rec["given"]), "Thanks. I have your mobile as ", L("PHONE", phone(rng, c)), " – still correct?")
    line(P(p["given"]), rng.choice(["yes", "yep", "yes thats me"]))
    line(P(p["given"]), "btw my doctor started me on ", L("MEDICATION", rng.choice(MED_GEN)), " last month, do you need to know that before the cleaning?")
    line(P(rec["given"]), "Yes please, I'll add it to your medical history. Anything else new, e.g. pregnancy or new diagnoses?")
    line(P(p["given"]), rng.choice([M("just the ", L("DIAGNOSIS", rng.choice(DX_GEN)), " they found in spring"), "nope all good", "no lol, only my dog Winston's diabetes 😅"]))
    line(P(rec["given"]), "Booked: ", rng.choice(["Thu 10:40 with the hygienist", "Mon 09:00 eye test", "Fri 15:20 audiology"]), ". See you then!")
    return d, "chat"

@tpl(2)
def t_vet_chat(rng):
    c = rng.choice(COUNTRIES); o = person(rng, c); pet = rng.choice(PETS); d = Doc(); nurse = person(rng, rng.choice(COUNTRIES))
    d.add("Vet practice live chat — transcript\n")
    d.add(P(o["given"]), ": Hi, it's ", pet[0], "'s ", rng.choice(["mum", "dad", "owner"]), ". ", pet[0], " was diagnosed with ", rng.choice(VET_DX),
          " last week and the ", rng.choice(VET_MED), " is making him sleepy.\n")
    d.add(P(nurse["given"]), " (RVN): Sorry to hear that. Can you confirm the owner's name and a phone number?\n")
    d.add(P(o["given"]), ": ", P(o["full"]), ", ", L("PHONE", phone(rng, c)), ". Email is ", L("EMAIL", email_for(rng, o)), "\n")
    d.add(P(nurse["given"]), " (RVN): Thanks. Dr ", P(person(rng)["family"]), " will call you. Please don't stop the medication; ",
          "also note ", pet[0], " is due his booster (batch on certificate ", lot(rng), ").\n")
    d.add(P(o["given"]), ": ok. ps I'm on ", L("MEDICATION", rng.choice(["insulin glargine", "metformin", "sertraline"])), " myself lol so I know the drill\n")
    return d, "chat"

@tpl(2)
def t_it_ticket(rng):
    d = Doc(); u = person(rng, rng.choice(COUNTRIES)); tech = person(rng, rng.choice(COUNTRIES))
    d.add("Ticket #", D(rng, 5), " | Priority: ", rng.choice(["P2", "P3"]), " | Site: ", rng.choice(["Gent", "Fitzroy", "Zürich", "Kiribathgoda", "Montréal"]), "\n")
    d.add("Reporter: ", P(u["full"]), " <", L("EMAIL", email_for(rng, u).split("@")[0] + "@lakeside-group.example"), ">\n")
    d.add("Subject: X-ray sensor not detected on surgery 3 PC\n\n")
    d.add("Workstation ", L("IP_ADDRESS", ipv4(rng, "p192")), " can't reach imaging server ", L("IP_ADDRESS", ipv4(rng, "p10")),
          ". Sensor ", serial(rng), ", driver ", version4(rng), ". Rebooted twice.\n")
    d.add("\n-- update from ", P(tech["full"]), " --\nReinstalled driver ", version4(rng), "; gateway is ", L("IP_ADDRESS", "10.0.0.1"), " (loopback tests to 127.0.0.1 ok). Closed.\n")
    return d, "ticket"

@tpl(2)
def t_review_ticket(rng):
    d = Doc(); rv = person(rng, rng.choice(COUNTRIES)); pet = rng.choice(PETS)
    d.add("Moderation ticket REV-", D(rng, 6), "\nSource: Google Reviews — ", rng.choice(CLINICS), "\n\n")
    d.add("Review by \"", P(rv["full"]), "\" (", rng.choice(["★★", "★★★★★", "★"]), "):\n\"", rng.choice([
        "Dr. Hadley Family Dental is brilliant, they fixed my crown in one visit.", "Waited 50 minutes, the orthodontist looked like it was Monday morning.",
        "Took " + pet[0] + " in for a dental, they were lovely. " + pet[0] + " has kidney disease so they were careful with the anaesthetic."]),
        "\"\n\nReply drafted by ", P(person(rng, rng.choice(COUNTRIES))["given"]), ": thank you for your feedback; we can't discuss any clinical details here.\n")
    d.add("Action: ", rng.choice(["publish reply", "escalate to PM", "no action"]), "\n")
    return d, "ticket"

@tpl(2)
def t_newsletter_email(rng):
    d = Doc()
    d.add("From: ", L("EMAIL", "news@lakeside-group.example"), "\nSubject: ", rng.choice(["Spring newsletter", "What's new in myopia control", "Why we check your blood pressure"]), "\n\n")
    d.add(rng.choice([
        "Myopia is rising worldwide: by 2050 about half of the world's population may be short-sighted. Low-dose atropine and DIMS spectacle lenses "
        "can slow progression in children. A typical prescription might read -2.25 DS in each eye.",
        "Gum disease (periodontitis) is linked in studies to type 2 diabetes and heart disease. Brushing twice daily with a 1450 ppm fluoride paste helps. "
        "Products such as Colgate Total and Philips Sonicare are available in our shop.",
        "Tinnitus affects around 1 in 7 adults. Hearing aids from Phonak and Oticon can help; come in for a free hearing check."]), "\n\n")
    d.add("We are closed on ", rng.choice(HOLIDAYS), ". Practices named after founders — Dr. Hadley Family Dental and McKinnon Optometrists — join the group this year.\n")
    d.add("Unsubscribe: https://lakeside-group.example/u?id=", U(rng, 12, "0123456789abcdef"), "\n")
    return d, "email"

@tpl(2)
def t_recall_sms_chat(rng):
    d = Doc(); c = rng.choice(COUNTRIES); p = person(rng, c)
    d.add("SMS thread with ", L("PHONE", phone(rng, c)), "\n")
    d.add("> LAKESIDE: Hi ", P(p["given"]), ", you're due your ", rng.choice(["check-up", "hygiene", "contact lens aftercare"]), ". Reply 1 for Tue 10:00, 2 for Thu 16:30.\n")
    d.add("< 2\n> LAKESIDE: Booked Thu 16:30. Reply C to cancel.\n< ", rng.choice(["thanks", "can my husband come too? " , "ok x"]), "\n")
    return d, "chat"

# ---------------------------------------------------------------- free text / html
@tpl(2)
def t_treatment_plan(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc(); dent = person(rng, rng.choice(COUNTRIES))
    d.add("TREATMENT PLAN for ", P(p["full"]), " — prepared by Dr ", P(dent["full"]), "\n\n")
    d.add("Following your examination we found ", L("DIAGNOSIS", rng.choice(DX_DENT)), ". Because you take ", L("MEDICATION", rng.choice(["alendronic acid", "denosumab", "zoledronic acid", "warfarin"])),
          ", we will coordinate with your GP before any extraction.\n\n")
    tot = 0
    for i in range(rng.randint(3, 5)):
        fee = rng.randint(60, 1400); tot += fee
        d.add("  ", str(i + 1), ". Tooth ", rng.choice(FDI), " – ", rng.choice(PROCS), " (", rng.choice(CDT), ")  ", str(fee), ".00\n")
    d.add("  Total estimate: ", str(tot), ".00 (valid 90 days; quote ref ", order_no(rng), ")\n\n")
    if rng.random() < .6:
        d.add("Your dental insurance member ID on file: ", L("HEALTH_PLAN_ID", member_id(rng)), " (", rng.choice(["Bupa", "Delta Dental", "HCF", "Sun Life"]), " dental plan).")
    else:
        d.add("Your insurer may ask for the member number on your card; please bring it.")
    d.add("\nQuestions: ", L("EMAIL", "plans@lakeside-group.example"), "\n")
    return d, "free_text"

@tpl(8)
def t_research_text(rng):
    d = Doc()
    d.add(rng.choice([
        "Abstract. Background: Chronic periodontitis affects 10-15% of adults. Methods: 412 participants with type 2 diabetes were randomised to "
        "non-surgical periodontal therapy or delayed treatment. Results: HbA1c fell by 0.4% at 6 months (p=0.02). Conclusion: treating gum disease "
        "may improve glycaemic control. Trial registration ISRCTN" + D(rng, 8) + ".",
        "Product monograph — Articaine 4% with epinephrine 1:100,000. Indications: local, infiltrative or conductive anaesthesia in dentistry. "
        "Contraindications: known hypersensitivity, severe conduction disorders. Batch " + lot(rng).split(" ", 1)[-1] + ", GTIN 0" + D(rng, 13) + ".",
        "Contact lens fitting guide: for a spectacle Rx of -4.50 / -1.25 x 180, vertex-corrected powers are approximately -4.25 / -1.00. "
        "Toric lenses (e.g. Acuvue Oasys for Astigmatism) are stabilised by prism ballast. Keratoconus and dry eye disease may complicate fitting.",
        "Audiology primer: mild hearing loss is 26-40 dB HL, moderate 41-55 dB HL. Presbycusis typically begins at 4-8 kHz. Ménière's disease presents "
        "with episodic vertigo, tinnitus and fluctuating hearing loss. Betahistine is widely prescribed although evidence is limited.",
        "Canine diabetes mellitus is managed with Caninsulin twice daily; feline hyperthyroidism with methimazole. Periodontal disease affects most dogs over "
        "three years of age. Microchips follow ISO 11784/11785, e.g. 985 112 003 456 789.",
        "The exercise plan below is generic: 3 sets of 12 bridges, 2 x 30 s side planks, calf raises 3 x 15. Patients with lumbar disc herniation should "
        "seek individual advice. Named tests: Lachman, McMurray, Phalen, Thompson.",
        "ADA CDT 2025 changes: D0120 periodic evaluation, D1110 prophylaxis adult, D4341 scaling and root planing, four or more teeth per quadrant. "
        "FDI notation 11-48 for permanent teeth; Universal #1-#32."]), "\n")
    if rng.random() < .5:
        d.add("\nSee also: Parkinson's law applies to waiting lists; the Great Depression of 1929; " + rng.choice(COMPANIES) + " annual report " + version4(rng) + ".\n")
    return d, "free_text"

@tpl(3)
def t_profile_html(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc(); al = address(rng, c)
    d.add("<html><body>\n<h1>Patient profile</h1>\n<dl>\n  <dt>Name</dt><dd>", P(p["full"]), "</dd>\n")
    d.add("  <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fdate(rng, dob(rng))), "</dd>\n")
    d.add("  <dt>Address</dt><dd>", L("ADDRESS", "<br>".join(al)), "</dd>\n")
    d.add("  <dt>Phone</dt><dd class=\"tel\">", L("PHONE", phone(rng, c)), "</dd>\n")
    d.add("  <dt>Email</dt><dd>", L("EMAIL", email_for(rng, p)), "</dd>\n")
    d.add("  <dt>Medical alerts</dt><dd class=\"alert\">", L("DIAGNOSIS", rng.choice(DX_GEN)), "; allergy: ", allergy(rng), "</dd>\n")
    d.add("  <dt>Medications</dt><dd><ul><li>", L("MEDICATION", rng.choice(MED_GEN)), " 10 mg</li><li>", L("MEDICATION", rng.choice(MED_GEN)), "</li></ul></dd>\n")
    if c == "UK":
        d.add("  <dt>NHS No.</dt><dd>", L("UK_NHS_NUMBER", nhs(rng)), "</dd>\n")
    elif c == "SG":
        d.add("  <dt>NRIC</dt><dd>", L("SG_NRIC", nric(rng, "S")), "</dd>\n")
    elif c == "FR":
        d.add("  <dt>N° sécu</dt><dd>", L("FR_NIR", nir(rng, p["sex"], rng.randint(1950, 2000), rng.randint(1, 12))), "</dd>\n")
    d.add("</dl>\n<p class=\"footer\">Practice software v", version4(rng), " · ", rng.choice(CLINICS), "</p>\n</body></html>\n")
    return d, "html"

@tpl(2)
def t_vet_cert_html(rng):
    c = rng.choice(COUNTRIES); o = person(rng, c); pet = rng.choice(PETS); d = Doc()
    d.add("<!doctype html><html><body><h2>Certificate of Vaccination</h2>\n<table>\n")
    d.add("<tr><th>Animal</th><td>", pet[0], " (", pet[2], ")</td></tr>\n<tr><th>Microchip</th><td>", microchip(rng), "</td></tr>\n")
    d.add("<tr><th>Owner</th><td>", P(o["full"]), "</td></tr>\n<tr><th>Owner address</th><td>", L("ADDRESS", "<br/>".join(address(rng, c))), "</td></tr>\n")
    d.add("<tr><th>Owner e-mail</th><td>", L("EMAIL", email_for(rng, o)), "</td></tr>\n")
    for v in rng.sample(["Nobivac Rabies", "Eurican DAPPi-L", "Felocell 3", "Nobivac KC"], 2):
        d.add("<tr><th>", v, "</th><td>", lot(rng), " — ", fdate(rng, visit(rng), "dMy"), "</td></tr>\n")
    d.add("</table><p>Signed: veterinary surgeon ", P(person(rng)["full"]), ", ", regstr(rng, "RCVS"), "</p></body></html>\n")
    return d, "html"

@tpl(2)
def t_incident_report(rng):
    d = Doc(); s = person(rng, rng.choice(COUNTRIES)); w = person(rng, rng.choice(COUNTRIES))
    d.add("SHARPS INJURY INCIDENT REPORT (staff)\n\nOn ", fdate(rng, visit(rng), "long"), " dental nurse ", P(s["full"]), " sustained a needlestick from a used ",
          "27G needle while recapping in surgery ", str(rng.randint(1, 6)), ". Witness: ", P(w["full"]), ".\n")
    d.add("Source patient consented to testing; source known to have ", L("DIAGNOSIS", rng.choice(["hepatitis C", "hepatitis B", "HIV infection"])), ". ")
    d.add("Staff member started post-exposure prophylaxis (", L("MEDICATION", rng.choice(["Truvada", "tenofovir/emtricitabine", "raltegravir"])), ") at occupational health.\n")
    d.add("Root cause: recapping by hand. Action: safety syringes (", lot(rng), ") ordered from ", rng.choice(COMPANIES), ".\n")
    return d, "free_text"

@tpl(3)
def t_internal_memo(rng):
    d = Doc()
    d.add(rng.choice(["Memo: Q3 operations", "Practice managers' update", "Re: rota and holidays"]), "\n\n")
    d.add(rng.choice([
        "The autoclave in Gent went blind again (error E17) — engineer booked. Our recall backlog is a real headache and the new booking system is the cure. ",
        "We saw a depression in new-patient numbers over summer, then a fever of bookings in September. ",
        "Dr. Hadley Family Dental and Whitcombe & Ruiz Orthodontics moved to the new PMS. The Ferreira Vet Clinic kept its old one (v" + version4(rng) + "). "]))
    d.add("Closures: ", rng.choice(HOLIDAYS), " and ", rng.choice(HOLIDAYS), ". Supplies from ", rng.choice(COMPANIES), " and ", rng.choice(COMPANIES), " (PO ", order_no(rng), "). ")
    d.add("Test data in training: John Doe, DOB 01/01/1900, card 0000 0000 0000 0000, SSN 000-00-0000, phone 555-0100 — do not use. ")
    d.add("Masked exports only: ***-**-", D(rng, 4), ", ", masked_card(rng), ", NHS ", bad_nhs(rng), " (fails check), Aadhaar ", bad_aadhaar(rng), " (invalid), DNI ", bad_dni(rng),
          " (wrong letter), NRIC ", bad_nric(rng), ", IBAN ", bad_iban(rng), " (bad check digits).\n")
    d.add("Server room: switch 10.15.23.772 firmware, OID 1.3.6.1.4.1.", D(rng, 5), ".1.2; Winston the practice dog has his own ID badge.\n")
    return d, "free_text"

@tpl(2)
def t_booking_confirm_html(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc()
    d.add("<div style=\"font-family:Arial\"><p>Dear ", P(p["given"]), ",</p>\n<p>Your ", rng.choice(["physiotherapy assessment", "eye examination", "hearing test", "dental check-up"]),
          " is confirmed for <b>", fdate(rng, visit(rng, 2026), "long"), " at ", "%02d:%s" % (rng.randint(8, 17), rng.choice(["00", "30"])), "</b>.</p>\n")
    d.add("<p>We will text reminders to <span>", L("PHONE", phone(rng, c)), "</span>. Booking ref ", U(rng, 6), ".</p>\n")
    d.add("<p>Location: ", rng.choice(CLINICS), ", ", rng.choice(["Unit 4, Riverside Retail Park", "Level 2, Westfield Centre"]), "</p>\n")
    d.add("<p>Please bring a list of your medicines and your insurance card.</p></div>\n")
    return d, "html"

@tpl(2)
def t_finance_application(rng):
    p = person(rng, "US"); d = Doc(); st = rng.choice(list(DL_STATES)); num, _ = dl(rng, st)
    d.add("Patient financing application (Invisalign / implant payment plan) — summary for file\n\n")
    d.add("Applicant ", P(p["full"]), ", born ", L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1960, 2003), "long")), ", lives at ", L("ADDRESS", addr(rng, "US")),
          ". ID verified against a ", st, " driver's license, number ", L("DRIVER_LICENSE", num), ". SSN provided: ", L("US_SSN", ssn(rng)), ". ")
    d.add("Down payment taken on ", rng.choice(["Visa", "Mastercard", "Amex"]), " ", L("CREDIT_CARD", card(rng)), ". Co-signer ", P(person(rng, "US")["full"]), " declined to share their SSN.\n")
    if rng.random() < .5:
        d.add("Passport also seen (U.S. passport ", L("US_PASSPORT", passport(rng, "US")[0]), ").\n")
    d.add("Decision: approved, 18 months 0% APR, lender ref ", order_no(rng), ".\n")
    return d, "free_text"

@tpl(2)
def t_rx_letter(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc(); o = person(rng, rng.choice(COUNTRIES)); kind = rng.choice(["lens", "drug"])
    if kind == "lens":
        d.add("CONTACT LENS SPECIFICATION\nPatient: ", P(p["full"]), "   Date of Birth: ", L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1960, 2012))), "\n")
        d.add("RE: ", rng.choice(["Biofinity", "Dailies Total1", "MiSight 1 day"]), " BC 8.6 DIA 14.0 ", "%+.2f" % (rng.choice(range(-32, 8)) * .25), "\n")
        d.add("LE: same, ", "%+.2f" % (rng.choice(range(-32, 8)) * .25), "\nExpiry 12 months. Note: managed for ", L("DIAGNOSIS", rng.choice(["progressive myopia", "keratoconus", "dry eye disease"])),
              " with ", L("MEDICATION", rng.choice(["atropine", "ciclosporin", "Hylo-Forte"])), " drops.\n")
    else:
        d.add("PRESCRIPTION\n", rng.choice(CLINICS), "\n\nPatient: ", P(p["full"]), "\nAddress: ", L("ADDRESS", addr(rng, c)), "\n")
        d.add("Rx: ", L("MEDICATION", rng.choice(MED_DENT[:4] + MED_PHYS)), " ", rng.choice(["500 mg caps, 15, one TDS", "200 mg, 21, one TDS", "1% gel 100 g"]), "\n")
        d.add("For: ", L("DIAGNOSIS", rng.choice(["acute apical abscess", "pericoronitis", "lateral epicondylitis", "acute necrotising gingivitis"])), "\n")
    d.add("Prescriber: ", P(o["full"]), " ", regstr(rng, "GOC" if kind == "lens" else rng.choice(["GDC", "AHPRA", "NPI"])), "\n")
    return d, "free_text"

@tpl(2)
def t_vet_discharge_text(rng):
    c = rng.choice(COUNTRIES); o = person(rng, c); pet = rng.choice(PETS); d = Doc()
    d.add("Discharge instructions for ", pet[0], "\n\nDear ", P(o["given"]), ",\n\n", pet[0], " had a dental today: extractions 104, 204 and 409 under general anaesthetic. ")
    d.add("Known conditions: ", rng.choice(VET_DX), ". Please give ", rng.choice(VET_MED), " once daily with food for 5 days, and continue ", rng.choice(VET_MED), ".\n")
    d.add("Soft food only for a week. We'll call you on ", L("PHONE", phone(rng, c)), " tomorrow. If ", pet[0], " seems depressed or stops eating, ring us.\n\n")
    d.add("Invoice ", order_no(rng), " paid by ", masked_card(rng), ".\n")
    return d, "free_text"

@tpl(2)
def t_product_html(rng):
    d = Doc()
    d.add("<html><body><h1>", rng.choice(["Shop: hearing aid accessories", "Spectacle lens options", "Oral hygiene products"]), "</h1>\n<table>\n")
    for _ in range(rng.randint(4, 6)):
        d.add("<tr><td>", U(rng, 2), "-", D(rng, 6), "</td><td>", rng.choice(["Size 10 zinc-air batteries (60)", "Blue-light filter coating", "Sensodyne Repair & Protect",
               "Interdental brushes ISO 2", "Phonak TV Connector", "Progressive lens, 1.67 index, -6.00 to +4.00", "Dr. Best toothbrush"]),
              "</td><td>", "%.2f" % rng.uniform(2, 300), "</td></tr>\n")
    d.add("</table><p>Prices valid until ", rng.choice(HOLIDAYS), ". Version ", version4(rng), ".</p></body></html>\n")
    return d, "html"


# ---------------------------------------------------------------- additional templates
@tpl(2)
def t_medicare_advantage_form(rng):
    p = person(rng, "US"); d = Doc(); b = dob(rng, 1935, 1959)
    d.add("MEDICARE ADVANTAGE SUPPLEMENTAL BENEFITS — DENTAL / VISION / HEARING\nEligibility check worksheet\n\n")
    d.add("Beneficiary: ", P(p["given"]), " ", P(p["family"]), "\nDOB: ", L("DATE_OF_BIRTH", fdate(rng, b, "mdy")), "\n")
    d.add("Medicare Beneficiary Identifier (MBI): ", L("US_MBI", mbi(rng)), "\n")
    d.add("Plan: ", rng.choice(["Humana Gold Plus HMO", "AARP Medicare Advantage (UHC)", "Aetna Medicare Eagle PPO"]), "\n")
    d.add("Plan member ID: ", L("HEALTH_PLAN_ID", member_id(rng)), "   Contract/PBP: H", D(rng, 4), "-", D(rng, 3), "\n")
    d.add("Hearing benefit: 2 aids / 3 yrs, $", str(rng.randint(500, 2000)), " allowance; vision: 1 exam (92014) + frames $150.\n")
    d.add("Phone on file: ", L("PHONE", phone(rng, "US")), "\nNote: old HICN-style numbers are no longer accepted; example format 1EG4-TE5-MK73 (CMS sample, not a patient).\n")
    return d, "form"

DOC_LABEL = {"ES": ("DNI", "ES_DNI"), "SG": ("NRIC", "SG_NRIC"), "IN": ("Aadhaar", "IN_AADHAAR"), "IT": ("Codice fiscale", "IT_FISCAL_CODE"),
             "FR": ("NIR", "FR_NIR"), "DE": ("Steuer-ID", "DE_TAX_ID"), "BR": ("CPF", "BR_CPF"), "UK": ("Driving licence", "DRIVER_LICENSE"),
             }
@tpl(3)
def t_id_verification_csv(rng):
    d = Doc()
    d.row(["case", "country", "given_name", "family_name", "date_of_birth", "document_type", "document_number", "verified"])
    kinds = list(DOC_LABEL) + ["pp"] * rng.randint(2, 4)
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "pp":
            c = rng.choice([x for x in CNAME if x != "US"] + ["US"]); p = person(rng, c); b = dob(rng)
            num, typ = passport(rng, c); dt = "passport (%s)" % CNAME[c]
        else:
            c = kind; p = person(rng, c if c in NAMES else "PT"); b = dob(rng)
            dt, typ = DOC_LABEL[c]
            num = {"ES": lambda: dni(rng, rng.random() < .3), "SG": lambda: nric(rng), "IN": lambda: aadhaar(rng),
                   "IT": lambda: fiscal(rng, p, b[0], b[1], b[2], rng.choice(list(BELFIORE))), "FR": lambda: nir(rng, p["sex"], b[0], b[1]),
                   "DE": lambda: steuer(rng), "BR": lambda: cpf(rng), "UK": lambda: uk_dl(rng, p, b[0], b[1], b[2])}[c]()
            if c == "BR":
                p = {"given": rng.choice(["Thiago", "Luana", "Caio", "Fernanda"]), "family": rng.choice(["Nascimento", "Araújo", "Carvalho Pinto"]), "sex": "F"}
        d.row(["KYC-" + D(rng, 5), c, P(p["given"]), P(p["family"]), L("DATE_OF_BIRTH", fdate(rng, b, "iso")), dt, L(typ, num),
               rng.choice(["yes", "yes", "manual review"])])
    d.row(["KYC-" + D(rng, 5), "ES", "(withdrawn)", "", "", "DNI", bad_dni(rng), "rejected: check letter"])
    return d, "csv"

@tpl(2)
def t_id_scan_log(rng):
    d = Doc()
    for _ in range(rng.randint(4, 6)):
        st = rng.choice(list(DL_STATES)); num, _ = dl(rng, st); p = person(rng, "US")
        d.add(ts(rng), " frontdesk-idscan INFO doc=DL issuer=", STATE_ABBR[st], " (", st, ") dl_no=", L("DRIVER_LICENSE", num), " name=\"", P(p["full"]),
              "\" dob=", L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1940, 2006), "iso")), " match=", rng.choice(["0.98", "0.91", "0.77"]), "\n")
    d.add(ts(rng), " frontdesk-idscan WARN barcode unreadable, PDF417 ver ", version4(rng), "\n")
    return d, "log"

@tpl(2)
def t_fee_schedule_csv(rng):
    d = Doc()
    d.row(["code", "description", "fee_usd", "fee_gbp_private", "lab_fee", "time_min"])
    for code in rng.sample(CDT, 7):
        d.row([code, rng.choice(PROCS + ["periodic oral evaluation", "bitewings - four radiographic images"]), "%d.00" % rng.randint(40, 1600),
               "%d.00" % rng.randint(30, 1300), rng.choice(["", "%d.00" % rng.randint(80, 400)]), str(rng.choice([15, 30, 45, 60, 90]))])
    return d, "csv"

@tpl(1)
def t_vet_formulary_yaml(rng):
    d = Doc()
    d.add("# veterinary formulary (no patient data)\nformulary:\n")
    for m in rng.sample(VET_MED, 5):
        d.add("  - drug: \"", m, "\"\n    species: [", rng.choice(["dog", "cat", "dog, cat", "rabbit"]), "]\n    indication: \"", rng.choice(VET_DX), "\"\n    controlled: ",
              rng.choice(["false", "true"]), "\n")
    return d, "yaml"

@tpl(1)
def t_lens_catalogue_json(rng):
    d = Doc()
    d.json({"catalogue": "spectacle-lenses", "version": version4(rng), "items": [
        {"sku": U(rng, 3) + D(rng, 5), "name": rng.choice(["Zeiss SmartLife Progressive", "Essilor Varilux XR", "Hoya MiYOSMART"]), "index": rng.choice([1.5, 1.6, 1.67, 1.74]),
         "sphRange": "-10.00 to +6.00", "cylMax": -4.0, "coating": rng.choice(["DuraVision Platinum", "Crizal Sapphire"])} for _ in range(3)]})
    return d, "json"

@tpl(1)
def t_backup_log(rng):
    d = Doc()
    for _ in range(rng.randint(4, 6)):
        d.add(ts(rng, " "), " veeam-agent job=PMS-nightly host=", L("IP_ADDRESS", ipv4(rng, rng.choice(["p10", "p172"]))), " -> repo ",
              L("IP_ADDRESS", ipv4(rng, "doc3")), " size=", str(rng.randint(10, 900)), "GB result=", rng.choice(["Success", "Warning", "Success"]), "\n")
    d.add(ts(rng, " "), " veeam-agent build ", version4(rng), " licence seats 12/20\n")
    return d, "log"

@tpl(2)
def t_release_notes(rng):
    d = Doc(); html = rng.random() < .5
    items = ["Fixed: perio chart lost BOP entries when switching quadrants", "New: CDT 2025 codes D0396, D1781", "Audiogram export now includes bone conduction",
             "Lens Rx printout shows prism base in degrees", "Vet module: microchip field accepts 15 digits", "Upgraded OpenSSL; server listens on 0.0.0.0:443",
             "SMS templates: {{first_name}} placeholder fixed"]
    if html:
        d.add("<h2>Release ", version4(rng), "</h2>\n<ul>\n", *["<li>%s</li>\n" % x for x in rng.sample(items, 4)], "</ul>\n")
    else:
        d.add("Release ", version4(rng), " (", rng.choice(HOLIDAYS), " build)\n", *["- %s\n" % x for x in rng.sample(items, 4)])
    return d, "html" if html else "free_text"

@tpl(2)
def t_exercise_handout(rng):
    d = Doc()
    d.add(rng.choice(["Home exercise programme – shoulder", "Knee rehab: weeks 1-6", "Jaw exercises for TMJ pain"]), "\n\n")
    for i in range(rng.randint(4, 6)):
        d.add(str(i + 1), ". ", rng.choice(["Pendulum swings", "Wall slides", "Straight-leg raise", "Terminal knee extension", "Chin tucks", "Controlled mouth opening",
                                          "Theraband external rotation"]), " — ", str(rng.randint(2, 4)), " x ", str(rng.randint(8, 15)), ", ", rng.choice(["twice daily", "hold 5 s", "RPE 6/10"]), "\n")
    d.add("\nStop if pain exceeds 5/10. This sheet is general advice and not a diagnosis.\n")
    return d, "free_text"

@tpl(2)
def t_steril_checklist_form(rng):
    d = Doc()
    d.add("DAILY DECONTAMINATION CHECKLIST (HTM 01-05)\nSurgery: ", str(rng.randint(1, 6)), "   Week commencing: ________\n\n")
    for it in ["Autoclave test cycle (Bowie-Dick) passed", "Washer-disinfector protein test", "Ultrasonic foil test", "Water lines purged 2 min", "Sharps bin < 3/4 full"]:
        d.add("[ ] ", it, "   Initials: ____\n")
    d.add("\nAutoclave ", serial(rng), "  Indicator ", lot(rng), "\n")
    return d, "form"

@tpl(2)
def t_claim_ticket(rng):
    d = Doc(); p = person(rng, "US"); agent = person(rng, rng.choice(COUNTRIES))
    d.add("[Billing queue] Ticket ", D(rng, 6), " — hearing aid claim rejected\nOpened by: ", P(agent["given"]), "\n\n")
    d.add("pt ", P(p["full"]), " , mbi ", L("US_MBI", mbi(rng)), " — MA plan says aids not covered under part B (correct, they're a supplemental benefit). ")
    d.add("resubmitting to plan w/ member id ", L("HEALTH_PLAN_ID", member_id(rng)), ", grp ", group_no(rng), ". V5256 x2, V5011.\n")
    d.add("pt called from ", L("PHONE", phone(rng, "US")), " asking for update; told 10 business days.\n")
    return d, "ticket"

@tpl(2)
def t_staff_chat(rng):
    d = Doc(); a = person(rng, rng.choice(COUNTRIES)); b = person(rng, rng.choice(COUNTRIES))
    d.add("#fitzroy-frontdesk (Slack export)\n")
    d.add(P(a["given"] + " " + a["family"][0] + "."), " 08:02  who's covering chair 3 today?\n")
    d.add(P(b["given"]), " 08:03  me until 1, then ", P(person(rng, rng.choice(COUNTRIES))["given"]), ". the Bravecto delivery for the vet side came, lot ", lot(rng).split(" ", 1)[-1], "\n")
    d.add(P(a["given"] + " " + a["family"][0] + "."), " 08:04  ty. also Winston (the labrador, not the patient!) is booked for 11 with Dr Pickles' owner lol\n")
    d.add(P(b["given"]), " 08:05  haha. reminder: closed for ", rng.choice(HOLIDAYS), "\n")
    return d, "chat"

@tpl(1)
def t_vet_referral_email(rng):
    c = rng.choice(COUNTRIES); o = person(rng, c); pet = rng.choice(PETS); d = Doc(); v = person(rng, rng.choice(COUNTRIES))
    d.add("From: ", L("EMAIL", "referrals@fereira-vet.example"), "\nTo: ", L("EMAIL", "cardio@referral-vets.example"), "\nSubject: Referral — ", pet[0], " (", pet[2], ")\n\n")
    d.add("Dear colleague,\n\nPlease see ", pet[0], ", ", str(rng.randint(4, 13)), "y ", pet[1], ", with ", rng.choice(VET_DX), " on ", rng.choice(VET_MED), ". ")
    d.add("Owner ", P(o["full"]), " can be reached on ", L("PHONE", phone(rng, c)), ".\n\nBest,\n", P(v["full"]), " MRCVS\n")
    return d, "email"

@tpl(2)
def t_physio_discharge_letter(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc(); gp = person(rng, c); th = person(rng, rng.choice(COUNTRIES))
    d.add("Dear Dr ", P(gp["family"]), ",\n\nRe: ", P(p["full"]), ", date of birth ", L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1950, 2005), "dMy")))
    if c == "UK":
        d.add(", NHS no. ", L("UK_NHS_NUMBER", nhs(rng)))
    d.add("\n\nI have discharged your patient after ", str(rng.randint(4, 12)), " sessions for ", L("DIAGNOSIS", rng.choice(DX_PHYS)), ". ")
    d.add("Outcome: QuickDASH ", str(rng.randint(40, 70)), " → ", str(rng.randint(5, 30)), ". They continue ", L("MEDICATION", rng.choice(MED_PHYS)), " as needed. ")
    d.add("No features of ", rng.choice(["cauda equina syndrome", "inflammatory arthritis", "fracture"]), " were found.\n\nYours sincerely,\n", P(th["full"]), "\n", regstr(rng, "HCPC"), "\n")
    return d, "free_text"

@tpl(1)
def t_audiology_html_report(rng):
    c = rng.choice(COUNTRIES); p = person(rng, c); d = Doc()
    d.add("<section class=\"report\"><h3>Hearing aid fitting summary</h3>\n<p>Client: <strong>", P(p["full"]), "</strong> · MRN <code>", L("MEDICAL_RECORD_NUMBER", mrn(rng)), "</code></p>\n")
    d.add("<p>Diagnosis: ", L("DIAGNOSIS", rng.choice(DX_EAR)), ". Devices: ", rng.choice(["Phonak Audéo L90", "Oticon Real 1"]), " ", serial(rng), ".</p>\n")
    d.add("<table><tr><th>Hz</th><th>500</th><th>1000</th><th>2000</th><th>4000</th></tr><tr><td>R</td>",
          *["<td>%d dB</td>" % rng.randint(20, 80) for _ in range(4)], "</tr></table></section>\n")
    return d, "html"

@tpl(1)
def t_cpd_certificate(rng):
    d = Doc()
    d.add("CERTIFICATE OF VERIFIABLE CPD — TEMPLATE\nThis is to certify that ______________________ (GDC No. ______) attended\n\"", rng.choice(["Managing the anticoagulated patient",
          "Paediatric myopia management", "Tinnitus counselling"]), "\" — ", str(rng.randint(1, 6)), " hours. Aims, objectives and outcomes: A, B, C.\nProvider: ",
          rng.choice(COMPANIES), " Academy.\n")
    return d, "form"

@tpl(2)
def t_refund_email(rng):
    c = rng.choice(["UK", "UK", "DE", "FR", "NL", "IE", "ES", "IT", "BE", "AT", "PT", "PL", "GR", "IL", "LB", "CH", "CZ", "HU"])
    p = person(rng, c); d = Doc(); pm = person(rng, rng.choice(COUNTRIES))
    d.add("From: ", L("EMAIL", email_for(rng, p)), "\nTo: ", L("EMAIL", "accounts@lakeside-group.example"), "\nSubject: Refund for cancelled implant consultation\n\n")
    d.add("Hello ", P(pm["given"]), ",\n\nAs discussed, please refund the deposit (invoice ", order_no(rng), ") to my account:\n")
    if c == "UK":
        d.add("  Name: ", P(p["full"]), "\n  Sort code and account: ", L("UK_BANK_ACCOUNT", "%s-%s-%s %s" % (D(rng, 2), D(rng, 2), D(rng, 2), D(rng, 8))), "\n")
    else:
        d.add("  Kontoinhaber / holder: ", P(p["full"]), "\n  IBAN: ", L("IBAN", iban(rng, c if c in IBAN_SPEC else "DE")), "\n")
    d.add("\n(The old account ", bad_iban(rng, rng.choice(["DE", "NL", "FR"])), " is closed.)\n\nThanks,\n", P(p["given"]), "\n")
    return d, "email"

@tpl(1)
def t_gos_claims_csv(rng):
    d = Doc()
    d.row(["claim_ref", "patient_forename", "patient_surname", "dob", "nhs_number", "eligibility", "benefit_claimant_nino", "voucher", "sight_test_date"])
    for _ in range(rng.randint(4, 6)):
        p = person(rng, rng.choice(["UK", "UK", "IE", "IN", "PL", "LK", "GR"])); b = dob(rng, 1935, 2018)
        el = "under 16" if b[0] > 2009 else ("60 or over" if b[0] < 1965 else rng.choice(["Universal Credit", "Pension Credit", "diabetes"]))
        nino_cell = L("UK_NATIONAL_INSURANCE_NUMBER", nino(rng)) if el in ("Universal Credit", "Pension Credit") else ""
        if el == "diabetes":
            el = M(L("DIAGNOSIS", "diabetes"))
        d.row(["GOS1-" + D(rng, 7), P(p["given"]), P(p["family"]), L("DATE_OF_BIRTH", fdate(rng, b, "dmy")), L("UK_NHS_NUMBER", nhs(rng, rng.choice(["", " "]))),
               el, nino_cell, rng.choice(["", "A", "B", "C"]), fdate(rng, visit(rng), "dmy")])
    return d, "csv"

@tpl(1)
def t_ca_staff_yaml(rng):
    s = person(rng, rng.choice(["CA", "CA", "IN", "LB", "IR"])); d = Doc(); al = address(rng, "CA")
    d.add("# onboarding record — Montréal clinic (payroll: Desjardins)\nemployee:\n  legal_name: ", P(s["full"]), "\n  position: dental hygienist\n")
    d.add("  date_of_birth: ", L("DATE_OF_BIRTH", fdate(rng, dob(rng, 1965, 2003), "iso")), "\n  sin: \"", L("CA_SIN", sin(rng)), "\"\n")
    d.add("  home_address: |\n    ", L("ADDRESS", "\n    ".join(al)), "\n  cell: \"", L("PHONE", phone(rng, "CA")), "\"\n")
    d.add("  licence_ohdq: \"", D(rng, 6), "\"   # professional order permit, not a driver's licence\n")
    d.add("  direct_deposit:\n    institution: \"815\"\n    transit: \"", D(rng, 5), "\"\n    account: \"", D(rng, 7), "\"\n")
    d.add("  benefits:\n    carrier: Sun Life\n    group_policy: \"", D(rng, 5), "\"\n    certificate_no: \"", L("HEALTH_PLAN_ID", D(rng, 9)), "\"  # member certificate, dental + health plan\n")
    return d, "yaml"

@tpl(1)
def t_es_patients_ndjson(rng):
    d = Doc()
    for _ in range(rng.randint(3, 5)):
        p = person(rng, rng.choice(["ES", "ES", "MX", "PT", "IT"])); b = dob(rng)
        nota = rng.choice([M("Paciente con ", L("DIAGNOSIS", "diabetes tipo 2"), ", toma ", L("MEDICATION", "metformina"), ". Revisar encías."),
                           M("Anticoagulada con ", L("MEDICATION", "Sintrom"), "; pedir INR antes de extracción 3.8."),
                           "Sin antecedentes de interés. Niega alergias.", "Ortodoncia: cambio de alineadores 14/30."])
        d.json({"nhc": L("MEDICAL_RECORD_NUMBER", D(rng, 7)), "nombre": L("PERSON", p["given"]), "apellidos": L("PERSON", p["family"]),
                "fecha_nacimiento": L("DATE_OF_BIRTH", fdate(rng, b, "dmy")), "dni_nie": L("ES_DNI", dni(rng, rng.random() < .4)),
                "movil": L("PHONE", phone(rng, "ES")), "nota_clinica": nota}, indent=None)
        d.add("\n")
    return d, "ndjson"

@tpl(1)
def t_nhs_audiology_referral(rng):
    p = person(rng, rng.choice(["UK", "UK", "IE", "IN", "PL"])); d = Doc(); gp = person(rng, "UK"); b = dob(rng, 1935, 1990)
    d.add("From: ", L("EMAIL", "audiology.referrals@nhs.example"), "\nTo: ", L("EMAIL", "hearing@lakeside-group.example"), "\nSubject: AQP adult hearing referral\n\n")
    d.add("Patient: ", P(p["family"].upper()), ", ", P(p["given"]), "   NHS Number: ", L("UK_NHS_NUMBER", nhs(rng)), "   DOB: ", L("DATE_OF_BIRTH", fdate(rng, b, "dmy")), "\n")
    d.add("Address: ", L("ADDRESS", addr(rng, "UK")), "\n\n")
    d.add("Referred by Dr ", P(gp["full"]), " for ", L("DIAGNOSIS", rng.choice(["age-related hearing loss", "bilateral sensorineural hearing loss", "presbycusis"])),
          ". Otoscopy clear; no ear discharge, no sudden loss, no unilateral tinnitus (red flags absent). ")
    d.add("PMH ", L("DIAGNOSIS", rng.choice(DX_GEN)), ". Please contact the patient's daughter ", P(person(rng, p["origin"], "F")["given"]), " on ", L("PHONE", phone(rng, "UK")), ".\n")
    return d, "email"

@tpl(1)
def t_device_registry_csv(rng):
    d = Doc()
    d.row(["asset", "type", "model", "serial", "firmware", "location", "next_service"])
    for i in range(6):
        d.row(["AST-%04d" % rng.randint(1, 9999), rng.choice(["autoclave", "hearing aid (loaner)", "slit lamp", "intraoral scanner", "ultrasound therapy"]),
               rng.choice(["Lisa 500", "Phonak Audéo L90-R", "Haag-Streit BM 900", "iTero Element 5D", "Chattanooga Intelect"]),
               U(rng, 2) + D(rng, 7), version4(rng), rng.choice(["Gent", "Fitzroy", "Zürich", "Kiribathgoda", "Surgery 3"]), "2026-%02d" % rng.randint(1, 12)])
    return d, "csv"

# ================================================================ validation and output
CHECK = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": verhoeff_ok, "BR_CPF": cpf_ok,
         "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok, "CA_SIN": luhn_ok,
         "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok}
CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|6011|65)")

def leaks(text, ents):
    """Unlabelled runs that would be valid identifiers: the hard negatives must not be accidental positives."""
    cover = set()
    for e in ents:
        cover.update(range(e["start"], e["end"]))
    out = []
    def free(m):
        return not any(i in cover for i in range(m.start(), m.end()))
    for m in re.finditer(r"(?<![\w.])\d(?:[ -]?\d){12,18}(?![\w.])", text):
        dg = re.sub(r"\D", "", m.group())
        if free(m) and luhn_ok(dg) and CARD_PREFIX.match(dg) and len(dg) in (13, 15, 16, 19):
            out.append(("card", m.group()))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if free(m) and ssn_ok(m.group()): out.append(("ssn", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text):
        try:
            if free(m) and iban_ok(m.group()): out.append(("iban", m.group()))
        except ValueError:
            pass
    for m in re.finditer(r"(?<![\w.])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w.])", text):
        if free(m) and nhs_ok(m.group()) and "NHS" in text: out.append(("nhs", m.group()))
    for m in re.finditer(r"(?<![\w.])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\w.])", text):
        if free(m) and verhoeff_ok(m.group()): out.append(("aadhaar", m.group()))
    for m in re.finditer(r"(?<![\w.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w.])|(?<![\w.])\d{11}(?![\w.])", text):
        if free(m) and (cpf_ok(m.group()) or steuer_ok(m.group())): out.append(("cpf/steuer", m.group()))
    for m in re.finditer(r"\b\d{3}[ -]\d{3}[ -]\d{3}\b", text):
        if free(m) and luhn_ok(m.group()) and ("SIN" in text or "NAS" in text): out.append(("sin", m.group()))
    for m in re.finditer(r"\b[STFG]\d{7}[A-Z]\b", text):
        if free(m) and nric_ok(m.group()): out.append(("nric", m.group()))
    for m in re.finditer(r"\b[XYZ\d]\d{7}-?[A-Z]\b", text):
        if free(m) and dni_ok(m.group()): out.append(("dni", m.group()))
    return out

def validate(rec):
    t, ents = rec["text"], rec["entities"]
    errs = []
    last = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        s = t[e["start"]:e["end"]]
        if not s: errs.append("empty")
        if s != s.strip(): errs.append("whitespace %r" % s)
        if e["start"] < last: errs.append("overlap %r" % s)
        last = e["end"]
        if e["type"] in CHECK and not CHECK[e["type"]](s): errs.append("checksum %s %r" % (e["type"], s))
    lvl = max([LEVEL[e["type"]] for e in ents], default=1)
    if rec["classification"] != LEVNAME[lvl]: errs.append("classification")
    if rec["format"] not in FORMATS: errs.append("format")
    f = rec["format"]
    try:
        if f in ("json", "fhir_json"): json.loads(t)
        if f == "ndjson": [json.loads(x) for x in t.splitlines() if x.strip()]
        if f in ("csv", "tsv"):
            dl_ = "\t" if f == "tsv" else (";" if t.split("\n")[0].count(";") > t.split("\n")[0].count(",") else ",")
            rows = list(csv.reader(io.StringIO(t), delimiter=dl_))
            if len({len(r) for r in rows if r}) != 1: errs.append("ragged csv")
    except Exception as ex:
        errs.append("parse %s" % ex)
    cov = set()
    for e in ents:
        cov.update(range(e["start"], e["end"]))
    for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", t):
        if m.start() not in cov and m.group() != "name@example.com":
            errs.append("unlabelled email %r" % m.group())
    for k, v in leaks(t, ents):
        errs.append("leak %s %r" % (k, v))
    return errs

def build():
    selftest()
    recs = []
    for name, fn, count in TEMPLATES:
        for n in range(count):
            for attempt in range(40):
                rng = random.Random("%s:%s:%d:%d" % (SEED, name, n, attempt))
                doc, fmt = fn(rng)
                ents = sorted(doc.ents, key=lambda e: e["start"])
                rec = {"id": "h22_%s-%d" % (name, n), "text": doc.text(), "entities": ents,
                       "classification": LEVNAME[max([LEVEL[e["type"]] for e in ents], default=1)], "format": fmt}
                errs = validate(rec)
                if not errs:
                    break
            else:
                raise SystemExit("cannot render %s-%d: %s" % (name, n, errs))
            recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    back = [json.loads(x) for x in open(OUT, encoding="utf-8")]
    assert back == recs and len({r["id"] for r in recs}) == len(recs)
    ty = Counter(e["type"] for r in recs for e in r["entities"])
    print("documents:", len(recs))
    print("no-entity documents:", sum(1 for r in recs if not r["entities"]))
    for title, cnt in (("classification", Counter(r["classification"] for r in recs)), ("format", Counter(r["format"] for r in recs)),
                       ("entity type", ty)):
        print("\n%s:" % title)
        for k, v in cnt.most_common():
            print("  %-30s %d" % (k, v))
    return recs

if __name__ == "__main__":
    build()
