#!/usr/bin/env python3
"""holdout26 -- independent PII/PHI evaluation corpus: motor insurance, car dealers, claims handling.
Standard library only. Deterministic: python3 build.py writes holdout26.jsonl next to this file."""
import json, random, re, csv, io, os, sys
from collections import Counter

SEED = "holdout26/wing-mirror-5093"
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


# ----------------------------------------------------------------------------------------------- builder
class L:
    """A labelled value."""
    def __init__(self, typ, v):
        assert isinstance(v, str)
        self.typ, self.v = typ, v


class M:
    """A string literal mixing plain text and labelled values (for JSON/CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts

    def plain(self):
        return "".join(p if isinstance(p, str) else p.v for p in self.parts)


class Doc:
    def __init__(self, fmt):
        assert fmt in FORMATS, fmt
        self.fmt, self.buf, self.n, self.ents = fmt, [], 0, []

    def __call__(self, *items):
        for it in items:
            if isinstance(it, str):
                self.buf.append(it); self.n += len(it)
            elif isinstance(it, L):
                if it.typ is None:
                    self(it.v); continue
                s = self.n
                self.buf.append(it.v); self.n += len(it.v)
                self.ents.append((it.typ, s, self.n))
            elif isinstance(it, M):
                self(*it.parts)
            else:
                raise TypeError(it)
        return self

    def text(self):
        return "".join(self.buf)

    # ---- JSON emitter (labels the content of string literals)
    def _jstr(self, x):
        if isinstance(x, L):
            self('"', L(x.typ, json.dumps(x.v, ensure_ascii=False)[1:-1]), '"')
        elif isinstance(x, M):
            self('"')
            for p in x.parts:
                if isinstance(p, str):
                    self(json.dumps(p, ensure_ascii=False)[1:-1])
                else:
                    self(L(p.typ, json.dumps(p.v, ensure_ascii=False)[1:-1]))
            self('"')
        else:
            self(json.dumps(x, ensure_ascii=False))

    def json(self, obj, indent=2, lvl=0):
        pad = "" if indent is None else "\n" + " " * (indent * (lvl + 1))
        end = "" if indent is None else "\n" + " " * (indent * lvl)
        sep = ", " if indent is None else ","
        if isinstance(obj, dict):
            if not obj:
                self("{}"); return
            self("{")
            for i, (k, v) in enumerate(obj.items()):
                if i: self(sep)
                self(pad, json.dumps(k, ensure_ascii=False), ": ")
                self.json(v, indent, lvl + 1)
            self(end, "}")
        elif isinstance(obj, list):
            if not obj:
                self("[]"); return
            self("[")
            for i, v in enumerate(obj):
                if i: self(sep)
                self(pad)
                self.json(v, indent, lvl + 1)
            self(end, "]")
        else:
            self._jstr(obj)

    # ---- CSV/TSV row writer (labels cell content inside any quotes)
    def row(self, cells, delim=","):
        for i, c in enumerate(cells):
            if i: self(delim)
            plain = c.plain() if isinstance(c, M) else (c.v if isinstance(c, L) else ("" if c is None else str(c)))
            assert '"' not in plain
            q = any(ch in plain for ch in (delim, "\n", "\r"))
            if q: self('"')
            if isinstance(c, (L, M)):
                self(c)
            else:
                self(plain)
            if q: self('"')
        self("\n")


# ----------------------------------------------------------------------------------------------- checksums
def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return len(d) > 1 and tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r.upper())) % 97
    return "%s%02d%s" % (cc, chk, bban)


def nhs_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 10: return False
    c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
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
    for i, x in enumerate(reversed(re.sub(r"\D", "", s))):
        c = VD[c][VP[i % 8][int(x)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, x in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(x)]]
    return str(VINV[c])


def cpf_digits(nine):
    d = [int(c) for c in nine]
    s1 = sum(d[i] * (10 - i) for i in range(9)) * 10 % 11 % 10
    d.append(s1)
    s2 = sum(d[i] * (11 - i) for i in range(10)) * 10 % 11 % 10
    return "%d%d" % (s1, s2)


def cpf_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d[9:]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_L[int(s[:8]) % 23] == s[8]


def nir_ok(s):
    d = re.sub(r"\s", "", s)
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])


def steuer_check(ten):
    prod = 10
    for c in ten:
        sm = (int(c) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    chk = 11 - prod
    return "0" if chk == 10 else str(chk)


def steuer_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 11 or d[0] == "0": return False
    cnt = Counter(d[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return steuer_check(d[:10]) == d[10]


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))


def cf_check(s15):
    tot = 0
    for i, c in enumerate(s15):
        if i % 2 == 0:
            tot += CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26)


def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15].upper()) == s[15].upper()


def nric_letter(pfx, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(a) * b for a, b in zip(seven, w)) + (4 if pfx in "TG" else 0)
    return ("JZIHGFEDCBA" if pfx in "ST" else "XWUTRQPNMLK")[t % 11]


def nric_ok(s):
    return len(s) == 9 and nric_letter(s[0], s[1:8]) == s[8]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = "NAXNAXNAANN"
    for c, k in zip(s, cls):
        if k == "N" and not c.isdigit(): return False
        if k == "A" and c not in MBI_A: return False
        if k == "X" and not (c.isdigit() or c in MBI_A): return False
    return s[0] != "0"


NINO_BAD1, NINO_BAD2 = set("DFIQUV"), set("DFIOQUV")


def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in
            ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and s[2:8].isdigit() and s[8] in "ABCD")


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def sin_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


def aadhaar_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


# self-tests against published examples
assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111 1111 1111 1112")
assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
assert dni_ok("12345678Z") and dni_ok("X1234567L")
assert cf_ok("RSSMRA85T10A562S")
assert nric_ok("S1234567D")
assert luhn_ok("046 454 286")
assert steuer_ok("86095742719")
assert nir_ok("2 55 08 14 168 025 38")
assert mbi_ok("1EG4-TE5-MK73")


# ----------------------------------------------------------------------------------------------- value lists
NAMES = {  # origin: (given, family) -- written down by hand, not from a fake-data library
    "GB": ("Harriet Callum Imogen Rhys Gareth Bethan Alfie Poppy Tobias Marcia".split(),
           ["Ollerenshaw", "Higginbottom", "Prothero", "Cadwallader", "Thwaites", "Featherstone", "Ashworth-Lee", "Pennock"]),
    "IE": ("Aoife Oisín Caoimhe Tadhg Saoirse Ciarán Niamh Donncha".split(),
           ["Ó Súilleabháin", "Mac Carthaigh", "Ní Dhomhnaill", "O'Driscoll", "McGillycuddy", "Breathnach", "Ní Bhraonáin"]),
    "US": ("Brantley Kaylee Dashawn Maddison Tucker LaToya Jaxon Shelby".split(),
           ["Whitacre", "Boudreaux", "Hollister", "Pruitt", "Jablonski", "Castellanos", "Okonkwo-Reyes"]),
    "CA": ("Étienne Mathilde Gabrielle Maxime Brayden Josée".split(),
           ["Tremblay", "Bouchard-Lévesque", "Côté", "MacIsaac", "Thibodeau", "Gagné"]),
    "AU": ("Lachlan Matilda Kirra Jarrah Tahlia Hamish".split(),
           ["Fitzsimmons", "McKinnon", "Pemberton", "Yunupingu", "Delacroix-Hay", "Quartermaine"]),
    "NZ": ("Nikau Aroha Manaia Tāne Kahurangi Ngaio".split(),
           ["Te Whata", "Ngata", "Parata", "Tipene", "Horomona", "Te Kanawa"]),
    "ZA": ("Thandiwe Sipho Lerato Pieter Annelie Bongani".split(),
           ["van der Merwe", "Nkosi", "Dlamini", "Botha", "Mokoena", "Pretorius", "du Toit"]),
    "FR": ("Gaëlle Théo Anaïs Loïc Océane Benoît Clémence".split(),
           ["Lefèvre", "de La Tour d'Auvergne", "Girardot", "Dubois-Maréchal", "Le Goff", "Vasseur"]),
    "BE": ("Wout Lotte Séverine Jens Margaux Joke".split(),
           ["Vandenbroucke", "De Smedt", "Van den Eynde", "Wouters", "Lambotte", "Verhaegen"]),
    "NL": ("Sven Femke Joost Marieke Thijs Lieke".split(),
           ["van 't Hoff", "de Vries", "Bakker-Smit", "van der Linden", "Oosterhuis", "Wijnaldum"]),
    "DE": ("Jürgen Anneliese Lukas Wiebke Torsten Maximilian Henrike".split(),
           ["Großmann", "von Hohenlohe", "Schäfer-Brandt", "Kühn", "Weißhaupt", "Oelschläger"]),
    "AT": ("Florian Theresia Valentin Johanna Leopold".split(),
           ["Pichler", "Hintermüller", "Moser", "Wallner", "Edlinger"]),
    "CH": ("Reto Ursina Beat Corina Mattia".split(),
           ["Zwahlen", "Bärtschi", "Caduff", "Gygax", "Rüegg"]),
    "IT": ("Giuseppe Chiara Lorenzo Federica Gianluca Ilaria".split(),
           ["Esposito", "De Luca", "Lo Bianco", "Capuozzo", "D'Alessandro", "Bonfiglio"]),
    "ES": ("Íñigo Nerea Aitor Begoña Jordi Montserrat".split(),
           ["García-Ibarra", "Etxeberria", "Goikoetxea", "Fernández de Córdoba", "Villanueva", "Puig i Ferrer"]),
    "PT": ("João Inês Gonçalo Leonor Tiago".split(),
           ["Gonçalves", "Magalhães", "dos Santos Ferreira", "Brandão", "Quaresma"]),
    "SE": ("Björn Linnéa Oskar Ingrid Måns".split(),
           ["Lindqvist", "Åström", "Sjöberg", "Hägglund", "Nyström"]),
    "FI": ("Jussi Aino Eetu Siiri Ilkka Tuula".split(),
           ["Virtanen", "Järvinen", "Heikkilä", "Korhonen", "Mäkelä"]),
    "GR": ("Dimitrios Eleni Konstantinos Paraskevi Stavros".split(),
           ["Papadopoulos", "Karamanlidis", "Oikonomou", "Christodoulou", "Vlachou"]),
    "CY": ("Andreas Chrystalla Marios Panayiota".split(),
           ["Hadjigeorgiou", "Kyprianou", "Ioannides", "Charalambous"]),
    "MT": ("Ġorġ Marija Ċensu Rosaria Kurt".split(),
           ["Borg", "Camilleri", "Xuereb", "Grech", "Micallef"]),
    "PL": ("Grzegorz Małgorzata Wojciech Agnieszka Przemysław".split(),
           ["Wiśniewski", "Szczepańska", "Brzęczyszczykiewicz", "Kowalczyk", "Wróblewska"]),
    "LT": ("Vytautas Rūta Mindaugas Giedrė".split(),
           ["Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskaitė"]),
    "LV": ("Jānis Ilze Mārtiņš Līga".split(),
           ["Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa"]),
    "EE": ("Tõnu Kadri Mihkel Triin Margus".split(),
           ["Tamm", "Saar", "Sepp", "Mägi", "Põder"]),
    "IN": ("Aditya Priyanka Venkatesh Lakshmi Harpreet Sandeep".split(),
           ["Raghunathan", "Chatterjee", "Deshpande", "Gill", "Iyengar", "Kulkarni"]),
    "LK": ("Chaminda Dilrukshi Tharindu Nirosha Kasun".split(),
           ["Wickramasinghe", "Jayawardena", "Senanayake", "Gunawardena", "Abeysekera"]),
    "JM": ("Delroy Shanice Tajay Kemar Sashoy".split(),
           ["McKenzie", "Thelwell", "Ebanks", "Grant", "Lindo"]),
    "TT": ("Rishi Keisha Dwayne Savitri Marlon".split(),
           ["Ramnarine", "Maharaj", "Baptiste", "Persad", "Ali-Mohammed"]),
    "GH": ("Kwabena Akosua Yaw Efua Kofi Ama".split(),
           ["Asante", "Boateng", "Owusu-Ansah", "Mensah", "Agyeman", "Nkansah"]),
}
COUNTRIES = list(NAMES)
SYL = "ka ro vel tu mi sen dra lo bek far zu ni quel ost ar im ve dor sha lun py tez gor an".split()
FEMALE = set("Harriet Imogen Bethan Poppy Marcia Aoife Caoimhe Saoirse Niamh Kaylee Maddison LaToya Shelby Mathilde "
             "Gabrielle Josée Matilda Kirra Tahlia Aroha Kahurangi Ngaio Thandiwe Lerato Annelie Gaëlle Anaïs Océane "
             "Clémence Lotte Séverine Margaux Joke Femke Marieke Lieke Anneliese Wiebke Henrike Theresia Johanna Ursina "
             "Corina Chiara Federica Ilaria Nerea Begoña Montserrat Inês Leonor Linnéa Ingrid Aino Siiri Tuula Eleni "
             "Paraskevi Chrystalla Panayiota Marija Rosaria Małgorzata Agnieszka Rūta Giedrė Ilze Līga Kadri Triin "
             "Priyanka Lakshmi Dilrukshi Nirosha Shanice Sashoy Keisha Savitri Akosua Efua Ama".split())

STREETS = {
    "GB": ["Ackroyd Terrace", "Moorside Road", "Tithebarn Lane", "Cromwell Crescent", "Sandpit Close"],
    "US": ["Sycamore Bend Dr", "W Ridgeline Ave", "Old Mill Pike", "Cottonwood Ct", "N Halsted St"],
    "AU": ["Wattle Grove", "Banksia Parade", "Jacaranda Way", "Kookaburra Cres"],
    "NZ": ["Kererū Lane", "Pōhutukawa Drive", "Rimu Street", "Tui Glen"],
    "ZA": ["Protea Road", "Jan Smuts Avenue", "Voortrekker Street", "Impala Crescent"],
}
TOWNS_GB = [("Heckmondwike", "WF16"), ("Bury", "BL8"), ("Kettering", "NN15"), ("Llandudno", "LL30"),
            ("Paisley", "PA2"), ("Truro", "TR1"), ("Lisburn", "BT28"), ("Gorleston", "NR31")]
US_CITIES = [("Cedar Rapids", "IA", "524"), ("Tacoma", "WA", "984"), ("Lubbock", "TX", "794"), ("Scranton", "PA", "185"),
             ("Dayton", "OH", "454"), ("Flagstaff", "AZ", "860"), ("Savannah", "GA", "314"), ("Trenton", "NJ", "086"),
             ("Kalamazoo", "MI", "490"), ("Fresno", "CA", "937"), ("Tallahassee", "FL", "323"), ("Rochester", "NY", "146"),
             ("Peoria", "IL", "616")]
US_AREA = {"IA": "319", "WA": "253", "TX": "806", "PA": "570", "OH": "937", "AZ": "928", "GA": "912", "NJ": "609",
           "MI": "269", "CA": "559", "FL": "850", "NY": "585", "IL": "309"}
STATE_NAME = {"IA": "Iowa", "WA": "Washington", "TX": "Texas", "PA": "Pennsylvania", "OH": "Ohio", "AZ": "Arizona",
              "GA": "Georgia", "NJ": "New Jersey", "MI": "Michigan", "CA": "California", "FL": "Florida",
              "NY": "New York", "IL": "Illinois"}
COUNTRY_NAME = {"GB": "United Kingdom", "IE": "Ireland", "US": "United States", "CA": "Canada", "AU": "Australia",
                "NZ": "New Zealand", "ZA": "South Africa", "FR": "France", "BE": "Belgium", "NL": "Netherlands",
                "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "IT": "Italy", "ES": "Spain", "PT": "Portugal",
                "SE": "Sweden", "FI": "Finland", "GR": "Greece", "CY": "Cyprus", "MT": "Malta", "PL": "Poland",
                "LT": "Lithuania", "LV": "Latvia", "EE": "Estonia", "IN": "India", "LK": "Sri Lanka", "JM": "Jamaica",
                "TT": "Trinidad and Tobago", "GH": "Ghana"}

DIAG = ["whiplash-associated disorder grade II", "cervical sprain", "fracture of the left clavicle",
        "concussion", "post-traumatic stress disorder", "mild traumatic brain injury", "L4/L5 disc herniation",
        "fractured right radius", "rib fractures", "seatbelt abrasion syndrome", "tibial plateau fracture",
        "adjustment disorder with anxiety", "post-concussion syndrome", "rotator cuff tear", "travel anxiety",
        "soft tissue injury to the lumbar spine", "sternal fracture", "tinnitus", "depressive episode",
        "acute stress reaction", "scaphoid fracture", "thoracic outlet syndrome"]
MEDS = ["ibuprofen", "naproxen", "co-codamol", "paracetamol", "amitriptyline", "sertraline", "gabapentin", "tramadol",
        "diazepam", "oxycodone", "pregabalin", "cyclobenzaprine", "mirtazapine", "propranolol", "diclofenac",
        "Naprosyn", "Zoloft", "Lyrica", "Tylenol #3", "meloxicam", "fluoxetine", "zopiclone"]
CONV = ["SP30", "SP50", "CU80", "IN10", "DR10", "TS10", "MS90", "CD10", "LC20", "AC10"]
MAKES = ["Škoda Octavia", "Vauxhall Corsa", "Ford Kuga", "BMW 320d", "Toyota Yaris Cross", "Kia Sportage",
         "Volkswagen Golf", "Peugeot 3008", "Nissan Qashqai", "Hyundai Tucson", "Dacia Duster", "Tesla Model 3",
         "Opel Adam", "Lotus Elise", "Citroën C4 Picasso", "Mercedes-Benz A 180", "Renault Zoe", "Volvo XC60"]
PERSON_COMPANIES = ["Arnold Clark", "Jardine Motors", "Evans Halshaw", "John Clark Motor Group", "Jack Barclay",
                    "H.R. Owen", "Halloran & Sons Coachworks", "Patrick Doyle Motors", "Bill Fenwick Autos",
                    "Marshall Motor Group", "Sytner", "Perrys", "Colin Appleyard", "Hendy Group", "Ferrari",
                    "Porsche Centre", "Rolls-Royce", "Aston Martin", "Ford Credit", "Citroën"]
HOLIDAYS = ["Easter Monday", "St Stephen's Day", "Boxing Day", "Martin Luther King Jr. Day", "Guy Fawkes Night",
            "St. Patrick's Day", "Whit Monday", "Labour Day", "Saint Nicholas Day", "Midsummer Eve"]
PLACEHOLDER = ["John Doe", "Joe Bloggs", "A.N. Other", "Max Mustermann", "Erika Mustermann", "Jane Q. Public",
               "Mario Rossi", "Jan Kowalski", "Test Customer"]
MONTHS = "January February March April May June July August September October November December".split()


# ----------------------------------------------------------------------------------------------- value generators
class V:
    def __init__(self, rng):
        self.r = rng

    def pick(self, xs):
        return self.r.choice(xs)

    def dig(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def up(self, n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # names
    def country(self, among=None):
        return self.pick(among or COUNTRIES)

    def invented(self):
        w = "".join(self.pick(SYL) for _ in range(self.r.choice((2, 3))))
        return w[0].upper() + w[1:]

    def given(self, cc):
        return self.invented() if self.r.random() < 0.12 else self.pick(NAMES[cc][0])

    def family(self, cc):
        return self.invented() if self.r.random() < 0.12 else self.pick(NAMES[cc][1])

    def person(self, cc=None):
        cc = cc or self.country()
        return self.given(cc), self.family(cc), cc

    def full(self, cc=None):
        g, f, _ = self.person(cc)
        return g + " " + f

    # dates
    def date(self, y0=1950, y1=2004):
        y = self.r.randint(y0, y1); m = self.r.randint(1, 12); d = self.r.randint(1, 28)
        return y, m, d

    def fdate(self, ymd, style=None):
        y, m, d = ymd
        style = style or self.pick(["dmy/", "iso", "mdy/", "long", "dmy.", "dmon"])
        return {"dmy/": "%02d/%02d/%d" % (d, m, y), "iso": "%d-%02d-%02d" % (y, m, d), "mdy/": "%02d/%02d/%d" % (m, d, y),
                "long": "%s %d, %d" % (MONTHS[m - 1], d, y), "dmy.": "%02d.%02d.%d" % (d, m, y),
                "dmon": "%d %s %d" % (d, MONTHS[m - 1][:3], y), "hl7": "%d%02d%02d" % (y, m, d),
                "dlong": "%d %s %d" % (d, MONTHS[m - 1], y)}[style]

    def dob(self, style=None):
        return self.fdate(self.date(), style)

    def recent(self, style=None):
        return self.fdate(self.date(2023, 2025), style)

    # contact
    def email(self, g, f, dom=None):
        import unicodedata
        def asc(s):
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", s.lower())
        dom = dom or self.pick(["gmail.com", "outlook.ie", "yahoo.co.uk", "web.de", "orange.fr", "telenet.be",
                                "ziggo.nl", "libero.it", "sapo.pt", "icloud.com", "bigpond.com", "xtra.co.nz",
                                "protonmail.ch", "wp.pl", "inbox.lv", "hotmail.com", "rediffmail.com", "mweb.co.za"])
        st = self.r.randint(0, 3)
        lp = [asc(g) + "." + asc(f), asc(g)[0] + asc(f) + self.dig(2), asc(f) + "_" + asc(g), asc(g) + asc(f)[:3] + self.dig(3)][st]
        return lp + "@" + dom

    def phone(self, cc):
        d, r = self.dig, self.r
        if cc == "US":
            st = self.pick(list(US_AREA)); a = US_AREA[st]
            ex = str(r.randint(2, 9)) + d(2)
            if ex[1:] == "11": ex = ex[0] + "21"
            return self.pick(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"]) % (a, ex, d(4))
        f = {
            "GB": lambda: self.pick(["07%s %s" % (r.randint(400, 999), d(6)), "+44 7%s %s %s" % (r.randint(400, 999), d(3), d(3)),
                                     "01%s %s" % (self.pick(["924", "61", "536", "492", "41", "872", "28"]), d(6))]),
            "IE": lambda: self.pick(["+353 8%s %s %s" % (self.pick("35679"), d(3), d(4)), "08%s %s %s" % (self.pick("3567"), d(3), d(4))]),
            "CA": lambda: "+1 %s-%s-%s" % (self.pick(["416", "514", "604", "613", "902"]), str(r.randint(2, 9)) + d(2), d(4)),
            "AU": lambda: self.pick(["04%s %s %s" % (d(2), d(3), d(3)), "+61 4%s %s %s" % (d(2), d(3), d(3))]),
            "NZ": lambda: "+64 21 %s %s" % (d(3), d(4)),
            "ZA": lambda: "+27 8%s %s %s" % (self.pick("234"), d(3), d(4)),
            "FR": lambda: self.pick(["06 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "+33 7 %s %s %s %s" % (d(2), d(2), d(2), d(2))]),
            "BE": lambda: "+32 47%s %s %s %s" % (self.pick("0123456789"), d(2), d(2), d(2)),
            "NL": lambda: self.pick(["06-%s" % d(8), "+31 6 %s %s" % (d(4), d(4))]),
            "DE": lambda: self.pick(["+49 151 %s" % d(8), "0176 %s %s" % (d(3), d(5))]),
            "AT": lambda: "+43 664 %s" % d(7),
            "CH": lambda: "+41 79 %s %s %s" % (d(3), d(2), d(2)),
            "IT": lambda: "+39 3%s %s %s" % (self.pick(["33", "47", "89", "20"]), d(3), d(4)),
            "ES": lambda: "+34 6%s %s %s" % (d(2), d(3), d(3)),
            "PT": lambda: "+351 91%s %s %s" % (d(1), d(3), d(3)),
            "SE": lambda: "+46 70 %s %s %s" % (d(3), d(2), d(2)),
            "FI": lambda: "+358 40 %s %s" % (d(3), d(4)),
            "GR": lambda: "+30 69%s %s %s" % (self.pick("3479"), d(3), d(4)),
            "CY": lambda: "+357 99 %s" % d(6),
            "MT": lambda: "+356 79%s %s" % (d(2), d(4)),
            "PL": lambda: "+48 5%s %s %s" % (d(2), d(3), d(3)),
            "LT": lambda: "+370 6%s %s" % (d(2), d(5)),
            "LV": lambda: "+371 2%s %s" % (d(3), d(4)),
            "EE": lambda: "+372 5%s %s" % (d(3), d(4)),
            "IN": lambda: "+91 9%s %s" % (d(4), d(5)),
            "LK": lambda: "+94 77 %s %s" % (d(3), d(4)),
            "JM": lambda: "+1 876-%s-%s" % (str(r.randint(3, 9)) + d(2), d(4)),
            "TT": lambda: "+1 868-%s-%s" % (str(r.randint(3, 7)) + d(2), d(4)),
            "GH": lambda: "+233 24 %s %s" % (d(3), d(4)),
        }[cc]
        return f()

    def address(self, cc, multiline=False):
        d, r, p = self.dig, self.r, self.pick
        nl = "\n" if multiline else ", "
        n = str(r.randint(1, 240))
        if cc == "GB":
            t, pc = p(TOWNS_GB)
            return "%s%s %s%s%s%s%s %s%s" % (p(["", "Flat %d, " % r.randint(1, 12)]), n, p(STREETS["GB"]), nl, t, nl, pc,
                                             d(1), self.up(2, "ABDEFGHJLNPQRSTUWXYZ"))
        if cc == "IE":
            return "%s %s%s%s%sCo. %s%s%s %s" % (n, p(["Cois Abhann", "Bóthar na Trá", "Main Street", "Ard Na Gréine"]), nl,
                                                p(["Ballincollig", "Kilrush", "Carrick-on-Shannon", "Dungarvan"]), nl,
                                                p(["Cork", "Clare", "Leitrim", "Waterford"]), nl, p(["P31", "V15", "N41", "X35"]),
                                                self.up(1) + d(1) + self.up(2))
        if cc == "US":
            c, st, z = p(US_CITIES)
            return "%s %s%s%s%s, %s %s%s" % (r.randint(100, 9999), p(STREETS["US"]), p(["", " Apt %d" % r.randint(1, 40), " Unit %s" % self.up(1)]),
                                              nl, c, st, z, d(2))
        if cc == "CA":
            return p(["%s Rue Saint-Vallier O%sQuébec, QC G1K %s%s%s" % (n, nl, d(1), self.up(1), d(1)),
                      "%s-%s Cornwall St%sCharlottetown, PE C1A %s%s%s" % (r.randint(1, 30), n, nl, d(1), self.up(1), d(1))])
        if cc == "AU":
            return "%s%s %s%s%s %s %s" % (p(["", "Unit %d/" % r.randint(1, 20)]), n, p(STREETS["AU"]), nl,
                                         p(["Toowong", "Fremantle", "Glenelg", "Ballarat"]), p(["QLD", "WA", "SA", "VIC"]),
                                         p(["4066", "6160", "5045", "3350"]))
        if cc == "NZ":
            return "%s %s%s%s%s%s" % (n, p(STREETS["NZ"]), nl, p(["Karori, Wellington ", "Riccarton, Christchurch ",
                                                              "Ōtāhuhu, Auckland "]), "", p(["6012", "8041", "1062"]))
        if cc == "ZA":
            return "%s %s%s%s%s" % (n, p(STREETS["ZA"]), nl, p(["Claremont, Cape Town, ", "Parkhurst, Johannesburg, ",
                                                             "Umhlanga, Durban, "]), p(["7708", "2193", "4319"]))
        tbl = {
            "FR": lambda: "%s %s%srue des Tanneurs%s%s Strasbourg" % (n, p(["", "bis ", "ter "]), "", nl, p(["67000", "67100"])),
            "BE": lambda: "Kerkstraat %s bus %d%s%s" % (n, r.randint(1, 9), nl, p(["9000 Gent", "2800 Mechelen", "4000 Liège"])),
            "NL": lambda: "Bloemgracht %s-%s%s%s" % (n, p(["I", "II", "III", "hs"]), nl, p(["1015 TL Amsterdam", "3511 BK Utrecht"])),
            "DE": lambda: "%s %s%s%s%s" % (p(["Schillerstraße", "Am Kuhberg", "Lindenallee"]), n + p(["", "a", "b"]), nl,
                                          p(["04109 ", "70173 ", "24103 "]), p(["Leipzig", "Stuttgart", "Kiel"])),
            "AT": lambda: "Mariahilfer Straße %s/%d/%d%s1070 Wien" % (n, r.randint(1, 5), r.randint(1, 30), nl),
            "CH": lambda: "%s %s%s%s" % (p(["Bahnhofstrasse", "Rue du Rhône", "Via Nassa"]), n, nl, p(["8001 Zürich", "1204 Genève", "6900 Lugano"])),
            "IT": lambda: "Via dei Mille %s%s%s" % (n, nl, p(["80121 Napoli NA", "20121 Milano MI", "90133 Palermo PA"])),
            "ES": lambda: "Calle de Alcalá %s, %dº %dª%s%s" % (n, r.randint(1, 8), r.randint(1, 4), nl, p(["28009 Madrid", "28014 Madrid"])),
            "PT": lambda: "Rua de Santa Catarina %s, %dº Esq.%s4000-%s Porto" % (n, r.randint(1, 6), nl, d(3)),
            "SE": lambda: "Storgatan %s lgh %d%s903 26 Umeå" % (n, r.randint(1001, 1304), nl),
            "FI": lambda: "Hämeenkatu %s B %d%s33100 Tampere" % (n, r.randint(1, 40), nl),
            "GR": lambda: "Ermou %s%s105 63 Athina" % (n, nl),
            "CY": lambda: "%s Makariou III Avenue, Flat %d%s1065 Nicosia" % (n, r.randint(101, 409), nl),
            "MT": lambda: "%s, Triq il-Kbira%sĦaż-Żebbuġ ZBG %s" % (n, nl, d(4)),
            "PL": lambda: "ul. Piotrkowska %s m. %d%s90-%s Łódź" % (n, r.randint(1, 40), nl, d(3)),
            "LT": lambda: "Gedimino pr. %s-%d%sLT-01103 Vilnius" % (n, r.randint(1, 40), nl),
            "LV": lambda: "Brīvības iela %s-%d%sRīga, LV-10%s" % (n, r.randint(1, 40), nl, d(2)),
            "EE": lambda: "Tartu mnt %s-%d%s10115 Tallinn" % (n, r.randint(1, 40), nl),
            "IN": lambda: "Flat %d, Sai Krupa Apartments, 14th Cross, Malleshwaram%sBengaluru 5600%s" % (r.randint(101, 504), nl, d(2)),
            "LK": lambda: "No. %s/%d, Galle Road%sDehiwala 10350" % (n, r.randint(1, 9), nl),
            "JM": lambda: "%s Hope Road%sKingston %d" % (n, nl, r.randint(5, 10)),
            "TT": lambda: "%s Eastern Main Road%sSt. Augustine" % (n, nl),
            "GH": lambda: "House No. %s, Osu Badu Street%sAccra GA-%s-%s" % (n, nl, d(3), d(4)),
        }
        return tbl[cc]()

    def street(self, cc):
        return self.address(cc, multiline=True).split("\n")[0]

    def ip(self):
        r = self.r
        return self.pick(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d", "10.%d.%d.%d", "172.16.%d.%d", "192.168.%d.%d",
                          "81.%d.%d.%d", "2001:db8::%x:%x"]).replace("%d", "{}").replace("%x", "{:x}").format(
            *[r.randint(1, 254) for _ in range(4)])

    # identifiers ----------------------------------------------------------------------------------
    def card(self, kind=None, sep=" "):
        kind = kind or self.pick(["visa", "mc", "mc2", "amex", "disc"])
        pre = {"visa": "4" + self.dig(5), "mc": str(self.r.randint(51, 55)) + self.dig(4),
               "mc2": str(self.r.randint(2221, 2720)) + self.dig(2), "amex": self.pick(["34", "37"]) + self.dig(4),
               "disc": "6011" + self.dig(2)}[kind]
        ln = 15 if kind == "amex" else 16
        body = pre + self.dig(ln - 1 - len(pre))
        n = body + luhn_digit(body)
        if ln == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def bad_card(self):
        c = self.card(sep=" ")
        last = c[-1]
        c = c[:-1] + str((int(last) + 1 + self.r.randint(0, 7)) % 10)
        assert not luhn_ok(c)
        return c

    def iban(self, cc=None, spaced=None):
        d, up = self.dig, self.up
        cc = cc or self.pick(["GB", "IE", "DE", "FR", "ES", "NL", "BE", "AT", "CH", "IT", "PT", "SE", "FI", "GR",
                              "CY", "MT", "PL", "LT", "LV", "EE"])
        if cc == "FR":
            b, g, a = d(5), d(5), d(11)
            key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
            bban = b + g + a + "%02d" % key
        elif cc == "ES":
            b, g, a = d(4), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            def cd(s):
                x = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
                return {11: 0, 10: 1}.get(x, x)
            bban = b + g + "%d%d" % (cd("00" + b + g), cd(a)) + a
        elif cc == "BE":
            a = d(3) + d(7)
            chk = int(a) % 97 or 97
            bban = a + "%02d" % chk
        else:
            bban = {"GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14),
                    "IE": lambda: self.pick(["AIBK", "BOFI", "IPBS"]) + d(14), "DE": lambda: d(18),
                    "NL": lambda: self.pick(["ABNA", "INGB", "RABO", "TRIO"]) + d(10), "AT": lambda: d(16),
                    "CH": lambda: d(17), "IT": lambda: up(1) + d(22), "PT": lambda: d(21), "SE": lambda: d(20),
                    "FI": lambda: d(14), "GR": lambda: d(23), "CY": lambda: d(24), "MT": lambda: up(4) + d(23),
                    "PL": lambda: d(24), "LT": lambda: d(16), "LV": lambda: up(4) + d(13), "EE": lambda: d(16)}[cc]()
        i = iban_make(cc, bban)
        assert iban_ok(i)
        if spaced is None: spaced = self.r.random() < 0.7
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4)) if spaced else i

    def bad_iban(self):
        i = self.iban(spaced=False)
        j = i[:-1] + str((int(i[-1]) + 3) % 10)
        assert not iban_ok(j)
        return j

    def sort_acct(self):
        return "%s-%s-%s" % (self.dig(2), self.dig(2), self.dig(2)), str(self.r.randint(1, 9)) + self.dig(7)

    def ssn(self, sep="-"):
        while True:
            a = "%03d" % self.r.randint(1, 899); g = "%02d" % self.r.randint(1, 99); s = "%04d" % self.r.randint(1, 9999)
            if a != "666" and (a, g, s) not in (("078", "05", "1120"), ("123", "45", "6789")):
                return sep.join([a, g, s])

    def nhs(self):
        while True:
            b = self.dig(9)
            c = 11 - sum(int(b[i]) * (10 - i) for i in range(9)) % 11
            if c == 11: c = 0
            if c != 10:
                n = b + str(c)
                return self.pick(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])

    def bad_nhs(self):
        n = re.sub(r"\D", "", self.nhs())
        n = n[:9] + str((int(n[9]) + 1) % 10)
        if nhs_ok(n): n = n[:9] + str((int(n[9]) + 1) % 10)
        assert not nhs_ok(n)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])

    def nino(self, spaced=None):
        while True:
            p = self.up(2, "ABCEGHJKLMNPRSTWYZ")
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and p[1] != "O":
                break
        s = p + self.dig(6) + self.pick("ABCD")
        if spaced is None: spaced = self.r.random() < 0.6
        out = "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8]) if spaced else s
        assert nino_ok(out)
        return out

    def dni(self, nie=False):
        if nie:
            p = self.pick("XYZ"); b = self.dig(7)
            n = str("XYZ".index(p)) + b
            return p + b + DNI_L[int(n) % 23]
        b = self.dig(8)
        return b + self.pick(["", "-"]) + DNI_L[int(b) % 23]

    def bad_dni(self):
        b = self.dig(8); ok = DNI_L[int(b) % 23]
        return b + self.pick([c for c in DNI_L if c != ok])

    def nir(self, female=None, ymd=None):
        sex = "2" if female else "1"
        y, m, _ = ymd or self.date()
        while True:
            body = sex + "%02d%02d" % (y % 100, m) + "%02d" % self.pick([13, 33, 59, 67, 69, 75, 92, 35]) + self.dig(3) + self.dig(3)
            if body[-6:-3] != "000" and body[-3:] != "000": break
        key = 97 - int(body) % 97
        n = body + "%02d" % key
        return self.pick([n, "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])])

    def steuer(self):
        while True:
            ds = self.r.sample("0123456789", 9)
            rep = self.r.choice(ds)
            ten = ds + [rep]
            self.r.shuffle(ten)
            if ten[0] != "0": break
        t = "".join(ten)
        n = t + steuer_check(t)
        assert steuer_ok(n)
        return self.pick([n, "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])])

    def bad_steuer(self):
        n = re.sub(r"\D", "", self.steuer())
        n = n[:10] + str((int(n[10]) + 4) % 10)
        assert not steuer_ok(n)
        return n

    def cf(self, given, family, ymd, female):
        import unicodedata
        def asc(s): return re.sub(r"[^A-Z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper())
        def cons(s): return [c for c in s if c not in "AEIOU"]
        def vow(s): return [c for c in s if c in "AEIOU"]
        f, g = asc(family), asc(given)
        sp = "".join((cons(f) + vow(f) + ["X"] * 3)[:3])
        gc = cons(g)
        gp = "".join([gc[0], gc[2], gc[3]]) if len(gc) >= 4 else "".join((gc + vow(g) + ["X"] * 3)[:3])
        y, m, dd = ymd
        s15 = sp + gp + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % (dd + (40 if female else 0)) + \
            self.pick(["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736"])
        return s15 + cf_check(s15)

    def sin(self):
        while True:
            b = str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + self.dig(7)
            n = b + luhn_digit(b)
            if sin_ok(n):
                return self.pick(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])

    def bad_sin(self):
        n = re.sub(r"\D", "", self.sin())
        n = n[:8] + str((int(n[8]) + 5) % 10)
        assert not luhn_ok(n)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])

    def cpf(self):
        while True:
            b = self.dig(9)
            if len(set(b)) > 1: break
        n = b + cpf_digits(b)
        return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])

    def aadhaar(self):
        b = str(self.r.randint(2, 9)) + self.dig(10)
        n = b + verhoeff_digit(b)
        assert aadhaar_ok(n)
        return self.pick(["%s %s %s", "%s-%s-%s"]) % (n[:4], n[4:8], n[8:])

    def bad_aadhaar(self):
        n = re.sub(r"\D", "", self.aadhaar())
        n = n[:11] + str((int(n[11]) + 1) % 10)
        assert not verhoeff_ok(n)
        return "%s %s %s" % (n[:4], n[4:8], n[8:])

    def nric(self):
        p = self.pick("STFG"); b = self.dig(7)
        return p + b + nric_letter(p, b)

    def mbi(self):
        A, N = MBI_A, "0123456789"
        X = A + N
        cls = [("123456789"), A, X, N, A, X, N, A, A, N, N]
        s = "".join(self.r.choice(c) for c in cls)
        assert mbi_ok(s)
        return self.pick([s, "%s-%s-%s" % (s[:4], s[4:7], s[7:])])

    def health_plan(self):
        return self.pick([lambda: self.up(3) + self.dig(9), lambda: "W" + self.dig(9), lambda: self.up(2) + self.dig(8) + "-01",
                          lambda: "MBR" + self.dig(7)])()

    def mrn(self):
        return self.pick([lambda: self.dig(8), lambda: "M" + self.dig(7), lambda: "RX" + self.dig(6),
                          lambda: "%s-%s" % (self.dig(3), self.dig(5)), lambda: "K" + self.dig(2) + self.up(1) + self.dig(5)])()

    def vin(self):
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9]))
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        s = list(self.pick(["WVW", "SAL", "VF1", "TMB", "WBA", "KNA", "JN1", "1FA", "5YJ", "YV1"]) + "".join(self.r.choice(al) for _ in range(14)))
        t = sum((int(c) if c.isdigit() else tr[c]) * k for c, k in zip(s, w)) % 11
        s[8] = "X" if t == 10 else str(t)
        return "".join(s)

    def reg(self, cc="GB"):
        if cc == "GB":
            return "%s%s%d %s" % (self.up(2, "ABCDEFGHKLMNOPRSVWY"), "", self.pick([19, 20, 69, 70, 21, 71, 22, 72, 23, 73, 24]), self.up(3, "ABCDEFGHJKLMNOPRSTUVWXYZ"))
        if cc == "IE":
            return "%s-%s-%s" % (self.pick(["221", "231", "192", "242"]), self.pick(["D", "C", "G", "KY", "WX"]), self.r.randint(1, 99999))
        if cc == "DE":
            return "%s-%s %d" % (self.pick(["B", "M", "HH", "K", "L"]), self.up(2), self.r.randint(1, 9999))
        if cc == "FR":
            return "%s-%s-%s" % (self.up(2), self.dig(3), self.up(2))
        return "%s %s" % (self.up(3), self.dig(3))

    def neg_digits(self, n):
        """A reference number that passes none of the digit checksums the detector might apply."""
        while True:
            s = str(self.r.randint(1, 9)) + self.dig(n - 1)
            if not (luhn_ok(s) or (n == 10 and nhs_ok(s)) or (n == 12 and verhoeff_ok(s)) or
                    (n == 11 and (steuer_ok(s) or cpf_ok(s))) or (n == 9 and ssn_ok(s))):
                return s

    def policy(self):
        return self.pick([lambda: "MTR/%s/%d" % (self.neg_digits(7), self.r.randint(22, 25)),
                          lambda: "POL-%s-%s" % (self.up(2), self.dig(6)),
                          lambda: "PC%s" % self.neg_digits(8)])()

    def claim(self):
        return self.pick([lambda: "CLM-%d-%s" % (self.r.randint(2023, 2025), self.dig(6)),
                          lambda: "FNOL%s" % self.neg_digits(7), lambda: "C/%s/%s" % (self.up(2), self.dig(5))])()

    # driver licences: returns (number, issuer phrase)
    def dl_us(self, st=None):
        st = st or self.pick(["CA", "FL", "NY", "TX", "IL", "PA", "WA", "NJ", "MI", "OH", "GA", "AZ"])
        d, up = self.dig, self.up
        n = {"CA": lambda: up(1) + d(7), "FL": lambda: "%s%s-%s-%s-%s-%s" % (up(1), d(3), d(3), d(2), d(3), d(1)),
             "NY": lambda: "%s %s %s" % (d(3), d(3), d(3)), "TX": lambda: d(8), "IL": lambda: "%s%s-%s-%s" % (up(1), d(3), d(4), d(4)),
             "PA": lambda: "%s %s %s" % (d(2), d(3), d(3)), "WA": lambda: "WDL" + "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
             "NJ": lambda: "%s%s %s %s" % (up(1), d(4), d(5), d(5)), "MI": lambda: "%s %s %s %s" % (up(1), d(3), d(3), d(3)) + " " + d(3),
             "OH": lambda: up(2) + d(6), "GA": lambda: d(9), "AZ": lambda: up(1) + d(8)}[st]()
        return n, st

    def dl_intl(self, cc, family="SMITH", given="J", ymd=(1980, 1, 1), female=False):
        d, up = self.dig, self.up
        if cc == "GB":
            import unicodedata
            f = re.sub(r"[^A-Z]", "", unicodedata.normalize("NFKD", family).encode("ascii", "ignore").decode().upper())
            f = (f + "99999")[:5]
            y, m, dd = ymd
            g = re.sub(r"[^A-Z]", "", unicodedata.normalize("NFKD", given).encode("ascii", "ignore").decode().upper())
            return "%s%d%02d%02d%d%s9%s" % (f, (y // 10) % 10, m + (50 if female else 0), dd, y % 10, (g[:1] + "9"), up(2))
        return {"IE": lambda: d(9), "DE": lambda: up(1) + d(3) + up(2) + self.pick(["A", "X"]) + d(1) + self.pick("ABCDEFGHJKLMNP") + d(2),
                "FR": lambda: d(12), "AU": lambda: d(self.pick([8, 9])), "NZ": lambda: up(2) + d(6),
                "CA": lambda: "%s%s-%s-%s" % (up(1), d(4), d(5), d(5)), "IN": lambda: "%s%s %s%s" % (self.pick(["MH", "KA", "TN", "DL"]), d(2), self.r.randint(2005, 2022), d(7)),
                "IT": lambda: up(2) + d(7) + up(1), "PL": lambda: "%s/%s/%s" % (d(5), d(2), d(4)), "NL": lambda: d(10),
                "ZA": lambda: d(4) + "000" + d(1) + up(2) + d(2), "SE": lambda: d(8), "JM": lambda: d(9),
                "GH": lambda: up(3) + "-" + d(8) + "-" + d(5), "LT": lambda: d(8), "PT": lambda: up(1) + "-" + d(7) + " " + d(1),
                "FI": lambda: d(8), "GR": lambda: d(9), "AT": lambda: d(8), "CH": lambda: "%s%s" % (up(3), d(6)),
                "BE": lambda: d(10), "ES": None, "CY": lambda: d(12), "MT": lambda: d(7) + up(1), "LV": lambda: up(2) + d(6),
                "EE": lambda: up(2) + d(6), "LK": lambda: "B" + d(7), "TT": lambda: d(6) + up(1)}[cc]()

    def passport(self, cc):
        d, up = self.dig, self.up
        return {"US": lambda: self.pick([d(9), up(1) + d(8)]), "GB": lambda: d(9), "IE": lambda: up(2) + d(7),
                "DE": lambda: "C" + "".join(self.r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
                "FR": lambda: d(2) + up(2) + d(5), "IT": lambda: up(2) + d(7), "ES": lambda: up(3) + d(6),
                "NL": lambda: up(2) + "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + d(1),
                "PL": lambda: up(2) + d(7), "IN": lambda: up(1) + d(7), "GH": lambda: "G" + d(7), "JM": lambda: "A" + d(7),
                "ZA": lambda: "A" + d(8), "CA": lambda: up(2) + d(6), "AU": lambda: up(1) + d(7), "NZ": lambda: up(2) + d(6),
                "SE": lambda: d(8), "FI": lambda: up(2) + d(7), "GR": lambda: up(2) + d(7), "PT": lambda: up(1) + d(6),
                "LT": lambda: d(8), "LV": lambda: up(2) + d(7), "EE": lambda: up(1) + d(7), "CH": lambda: up(1) + d(7),
                "AT": lambda: up(1) + d(7), "BE": lambda: up(2) + d(6), "MT": lambda: d(7), "CY": lambda: up(1) + d(8),
                "LK": lambda: "N" + d(7), "TT": lambda: "T" + d(7)}[cc]()


PP_LABEL = {"FR": "N° de passeport", "DE": "Reisepass-Nr.", "AT": "Reisepassnummer", "CH": "Pass-Nr.", "ES": "Nº de pasaporte",
            "IT": "Passaporto n.", "PT": "N.º do passaporte", "NL": "Paspoortnummer", "BE": "Paspoortnummer", "PL": "Nr paszportu",
            "SE": "Passnummer", "FI": "Passin numero", "GR": "Αρ. διαβατηρίου", "LT": "Paso Nr.", "LV": "Pases Nr.",
            "EE": "Passi number"}
DL_LABEL = {"FR": "N° de permis de conduire", "DE": "Führerscheinnummer", "AT": "Führerschein-Nr.", "CH": "Führerausweis-Nr.",
            "IT": "Patente di guida n.", "PT": "Carta de condução n.º", "NL": "Rijbewijsnummer", "BE": "Rijbewijsnummer",
            "PL": "Nr prawa jazdy", "SE": "Körkortsnummer", "FI": "Ajokortin numero", "LT": "Vairuotojo pažymėjimo Nr."}


# ----------------------------------------------------------------------------------------------- templates
def P(s): return L("PERSON", s)
def A(s): return L("ADDRESS", s)
def PH(s): return L("PHONE", s)
def E(s): return L("EMAIL", s)
def DOB(s): return L("DATE_OF_BIRTH", s)
def DX(s): return L("DIAGNOSIS", s)
def RX(s): return L("MEDICATION", s)
def IP(s): return L("IP_ADDRESS", s)


def pp_type(cc):
    return "US_PASSPORT" if cc == "US" else "PASSPORT"


def money(v, lo=150, hi=48000, cur="£"):
    return "%s%s" % (cur, format(round(v.r.uniform(lo, hi), 2), ",.2f"))


TEMPLATES = []


def tpl(count):
    def deco(f):
        TEMPLATES.append((f.__name__, f, count))
        return f
    return deco


# ---- forms / KYC ---------------------------------------------------------------------------------------
@tpl(4)
def form_finance_app(v, n):
    d = Doc("form")
    cc = ["GB", "IE", "GB", "US"][n % 4]
    g, f, _ = v.person(v.country() if cc == "GB" and n else cc)
    ymd = v.date(1958, 2001)
    fem = g in FEMALE
    dealer = v.pick(PERSON_COMPANIES[:12])
    d("%s FINANCE — HIRE PURCHASE / PCP APPLICATION\n" % dealer.upper())
    d("Proposal ref: HP", v.neg_digits(8), "    Broker: ", dealer, " (FCA FRN ", v.dig(6), ")\n")
    d("=" * 60, "\nSECTION 1  APPLICANT\n")
    d("Title: ", v.pick(["Ms", "Mrs", "Dr"] if fem else ["Mr", "Dr"]), "\nForename(s): ", P(g), "\nSurname: ", P(f), "\n")
    d("Date of birth: ", DOB(v.fdate(ymd, "dmy/" if cc != "US" else "mdy/")), "\n")
    d("Marital status: ", v.pick(["Single", "Married", "Civil partnership", "Divorced"]), "   Dependants: ", str(v.r.randint(0, 4)), "\n")
    addr_cc = cc if cc in ("GB", "IE", "US") else "GB"
    d("Current address:\n", A(v.address(addr_cc, multiline=True)), "\n")
    d("Time at address: ", str(v.r.randint(0, 15)), " yrs ", str(v.r.randint(0, 11)), " mths   Residential status: ",
      v.pick(["Homeowner", "Tenant", "Living with parents"]), "\n")
    if n % 2:
        d("Previous address: ", A(v.address(v.country(["GB", "IE", "PL", "LT", "IN", "ZA"]))), "\n")
    d("Mobile: ", PH(v.phone(addr_cc)), "\nEmail: ", E(v.email(g, f)), "\n")
    d("\nSECTION 2  EMPLOYMENT\nOccupation: ", v.pick(["HGV driver", "Staff nurse", "Software tester", "Plasterer", "Pharmacist"]),
      "   Employer: ", v.pick(["Tesco Stores Ltd", "NHS Lothian", "Kerry Group plc", "Self-employed"]),
      "   Gross annual income: ", money(v, 18000, 90000, "$" if cc == "US" else ("€" if cc == "IE" else "£")), "\n")
    d("\nSECTION 3  IDENTITY & LICENCE\n")
    if cc == "US":
        num, st = v.dl_us()
        d("Driver license state: ", st, "   License no.: ", L("DRIVER_LICENSE", num), "   Exp: ", v.recent("mdy/"), "\n")
        d("SSN: ", L("US_SSN", v.ssn()), "\n")
    else:
        lcc = v.pick(["GB", "IE", "PL", "LT", "IN", "ZA", "DE", "NZ"]) if cc == "GB" else "IE"
        if lcc == "GB":
            num = v.dl_intl("GB", f, g, ymd, fem)
        else:
            num = v.dl_intl(lcc)
        d("Driving licence issued in: ", COUNTRY_NAME[lcc], "   Licence number: ", L("DRIVER_LICENSE", num), "\n")
        d("Licence type: ", v.pick(["Full", "Full (automatic only)", "Provisional"]), "   Held since: ", str(v.r.randint(1980, 2022)), "\n")
        if cc == "GB":
            d("National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", v.nino()), "\n")
        pcc = v.pick(["GB", "IE", "PL", "IN", "GH", "JM", "PT", "LV"])
        d("Proof of ID seen: Passport (", COUNTRY_NAME[pcc], ") no. ", L(pp_type(pcc), v.passport(pcc)),
          "   Proof of address: utility bill dated ", v.recent("dmy/"), "\n")
    d("\nSECTION 4  BANK DETAILS (for Direct Debit)\n")
    if cc == "US":
        d("Routing no.: ", v.dig(9), "   Account (last 4): ••••", v.dig(4), "\n")
    elif cc == "IE":
        d("IBAN: ", L("IBAN", v.iban("IE")), "   BIC: AIBKIE2D\n")
    else:
        sc, ac = v.sort_acct()
        d("Account holder: ", P(g + " " + f), "\nSort code / Account no.: ", L("UK_BANK_ACCOUNT", sc + " " + ac), "\n")
    d("\nSECTION 5  VEHICLE\n")
    d("Make/model: ", v.pick(MAKES), "   VIN: ", v.vin(), "   Reg: ", v.reg("IE" if cc == "IE" else "GB"), "\n")
    d("Cash price: ", money(v, 9000, 52000), "  Deposit: ", money(v, 500, 6000), "  Term: ", str(v.pick([24, 36, 48, 60])),
      " months  APR ", "%.1f%%" % v.r.uniform(5.9, 14.9), "\n")
    d("Credit search consent: YES  (bureau: ", v.pick(["Experian", "Equifax", "TransUnion"]), ", score band ", v.pick("ABCDE"), ")\n")
    d("Signed: ", P(g + " " + f), "    Date: ", v.recent("dmy/"), "\n")
    return d


@tpl(4)
def form_lease_kyc_eu(v, n):
    cc = ["FR", "DE", "ES", "IT"][n % 4]
    d = Doc("form")
    g, f, _ = v.person(cc)
    fem = g in FEMALE
    ymd = v.date(1960, 2000)
    lab = {"FR": ("Fiche de connaissance client — Location longue durée", "Nom", "Prénom", "Date de naissance", "Adresse", "Téléphone", "Courriel"),
           "DE": ("Kundenidentifizierung (GwG) — Leasingantrag", "Name", "Vorname", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail"),
           "ES": ("Formulario KYC — Renting de vehículos", "Apellidos", "Nombre", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo electrónico"),
           "IT": ("Modulo adeguata verifica — Noleggio a lungo termine", "Cognome", "Nome", "Data di nascita", "Indirizzo", "Telefono", "E-mail")}[cc]
    d(lab[0], " / Customer due diligence — vehicle lease\n")
    d("Dossier: LLD-", v.dig(6), "   Agence: ", v.pick(["Ayvens", "Arval", "Leasys", "Alphabet"]), "\n\n")
    d(lab[1], " / Surname: ", P(f.upper()), "\n", lab[2], " / Given name: ", P(g), "\n")
    d(lab[3], " / Date of birth: ", DOB(v.fdate(ymd, "dmy." if cc == "DE" else "dmy/")), "\n")
    d(lab[4], " / Address: ", A(v.address(cc)), "\n")
    d(lab[5], ": ", PH(v.phone(cc)), "    ", lab[6], ": ", E(v.email(g, f)), "\n")
    if cc == "FR":
        d("N° de sécurité sociale (NIR) : ", L("FR_NIR", v.nir(fem, ymd)), "\n")
    elif cc == "DE":
        d("Steuerliche Identifikationsnummer: ", L("DE_TAX_ID", v.steuer()), "\n")
        d("(Hinweis: die alte Steuernummer ", "%s/%s/%s" % (v.dig(3), v.dig(3), v.dig(5)), " ist nicht mehr gültig)\n")
    elif cc == "ES":
        d("DNI/NIE: ", L("ES_DNI", v.dni(nie=bool(n % 2))), "\n")
    else:
        d("Codice fiscale: ", L("IT_FISCAL_CODE", v.cf(g, f, ymd, fem)), "\n")
    d(PP_LABEL.get(cc, "Passport no."), ": ", L("PASSPORT", v.passport(cc)), "   (", COUNTRY_NAME[cc], ")\n")
    if cc in DL_LABEL:
        d(DL_LABEL[cc], ": ", L("DRIVER_LICENSE", v.dl_intl(cc)), "   (", COUNTRY_NAME[cc], ")\n")
    d("IBAN: ", L("IBAN", v.iban(cc)), "\n")
    d("Véhicule / Fahrzeug / Vehículo / Veicolo: ", v.pick(MAKES), "  VIN ", v.vin(), "  ", v.reg("FR" if cc == "FR" else "DE"), "\n")
    d("Loyer mensuel / Monthly rental: ", money(v, 240, 900, "€"), "   Durée: ", str(v.pick([36, 48])), " mois\n")
    d("PEP: non   Sanctions screening: clear (", v.recent("iso"), ")\n")
    return d


@tpl(4)
def form_accident_report(v, n):
    d = Doc("form")
    d(v.pick(["MOTOR ACCIDENT REPORT FORM", "Road Traffic Collision — Claim Notification", "ACCIDENT / INCIDENT REPORT (Fleet)"]), "\n")
    d("Policy number: ", v.policy(), "    Claim ref: ", v.claim(), "\n")
    d("Date of accident: ", v.recent("dmy/"), "   Time: ", "%02d:%02d" % (v.r.randint(0, 23), v.r.randint(0, 59)),
      "   Location: junction of ", v.pick(["A629 Halifax Road", "M8 J15 slip", "N22 at Lissarda", "Rue Nationale / D1083"]), "\n\n")
    c1 = v.country(["GB", "IE", "GB", "PL", "IN", "JM", "ZA"])
    g, f, _ = v.person(c1)
    d("PART A — YOUR DETAILS\nDriver name: ", P(g + " " + f), "\nAddress: ", A(v.address("GB" if c1 not in ("IE",) else "IE")),
      "\nTel: ", PH(v.phone("GB" if c1 != "IE" else "IE")), "\nVehicle reg: ", v.reg(), "   Make/model: ", v.pick(MAKES), "\n")
    d("Driver's licence no. (DVLA, UK): ", L("DRIVER_LICENSE", v.dl_intl("GB", f, g, v.date(1960, 2000), g in FEMALE)) if n % 2 else "________", "\n\n")
    c2 = v.country()
    g2, f2, _ = v.person(c2)
    d("PART B — OTHER PARTY\nName: ", P(g2 + " " + f2), "\nInsurer: ", v.pick(["Aviva", "Direct Line", "FBD", "Admiral", "LV=", "Allianz"]),
      "   Policy no.: ", v.policy(), "\nPhone: ", PH(v.phone(c2)), "\nVehicle reg: ", v.reg(), "\n")
    d("Other party's address: ", A(v.address(c2)) if n != 2 else "refused to give", "\n\n")
    d("PART C — WITNESSES\n")
    for i in range(1 + n % 2):
        g3, f3, c3 = v.person()
        d("%d. " % (i + 1), P(g3 + " " + f3), " — ", PH(v.phone(c3)), "\n")
    d("\nPART D — INJURIES\n")
    if n % 3 == 0:
        d("None reported at scene. No ambulance attended.\n")
    else:
        d("Passenger ", P(v.full()), " taken to hospital with suspected ", DX(v.pick(["concussion", "fracture of the left clavicle", "whiplash"])), ".\n")
    d("\nSketch: see attached.   Police attended: ", v.pick(["Yes — incident no. ", "No"]), v.dig(4) if n % 2 else "", "\n")
    return d


@tpl(3)
def form_blank(v, n):
    d = Doc("form")
    kind = ["Vehicle Finance Application", "Named Driver Declaration", "Witness Details Card"][n]
    d(kind.upper(), "  (template v", "%d.%d.%d.%d" % (v.r.randint(1, 9), v.r.randint(0, 20), v.r.randint(0, 99), v.r.randint(100, 999)), ")\n\n")
    for lab in ["Full Name", "Date Of Birth", "Home Address", "Postcode", "Mobile Number", "Email Address",
                "Driving Licence Number", "Passport Number", "National Insurance No.", "Sort Code", "Account Number",
                "Medical Conditions (DVLA notifiable)"]:
        d(lab, ": ", v.pick(["__________________", "[                ]", "", "N/A", "<enter>"]), "\n")
    d("\nExample entry: ", v.pick(PLACEHOLDER), ", ", v.pick(["01/01/1970", "DD/MM/YYYY"]), ", AB12 3CD\n")
    d("Office use: Dealer code ", v.up(2), v.dig(4), "   ABI code ", v.dig(8), "   Branch: ", v.pick(PERSON_COMPANIES), "\n")
    return d


@tpl(3)
def form_proposal_named_drivers(v, n):
    d = Doc("form")
    d("PRIVATE CAR PROPOSAL — STATEMENT OF FACT\nQuote ref: Q", v.neg_digits(9), "   Cover: Comprehensive   Excess: £",
      str(v.pick([250, 350, 500])), "\nVehicle: ", v.pick(MAKES), "  ABI ", v.dig(8), "  Group ", str(v.r.randint(5, 45)),
      v.pick("ADEU"), "  Annual mileage ", "{:,}".format(v.r.randint(4000, 20000)), "\n\n")
    proposer = None
    for i in range(2 + n % 2):
        g, f, c = v.person()
        proposer = proposer or (g, f)
        ymd = v.date(1950, 2005)
        d("Driver %d%s: " % (i + 1, " (Proposer)" if i == 0 else ""), P(g + " " + f), "\n")
        d("  DOB: ", DOB(v.fdate(ymd, "dmy/")), "   Relationship: ", "Proposer" if i == 0 else v.pick(["Spouse", "Son", "Daughter", "Partner", "Employee"]),
          "\n  Licence: ", v.pick(["Full UK", "EU", "International"]), " held ", str(v.r.randint(1, 30)), " yrs")
        if c == "GB" or i == 0:
            d("   Licence no.: ", L("DRIVER_LICENSE", v.dl_intl("GB", f, g, ymd, g in FEMALE)))
        d("\n  Convictions (last 5 yrs): ", ", ".join("%s (%d pts, %s)" % (v.pick(CONV), v.r.randint(3, 6), v.recent("dmon"))
                                                     for _ in range(v.r.randint(0, 2))) or "none", "\n")
        d("  Medical conditions notified to DVLA: ", DX(v.pick(["epilepsy", "type 1 diabetes", "sleep apnoea"])) if i == 1 and n != 1 else "No", "\n")
    d("\nProposer contact: ", E(v.email(*proposer)), "\n")
    d("Premium: ", money(v, 380, 2900), " incl. IPT   Payment: ", v.pick(["annual", "10 monthly instalments"]), "\n")
    return d


@tpl(3)
def form_pip_claim_us(v, n):
    d = Doc("form")
    g, f, _ = v.person(v.country(["US", "US", "JM", "TT", "IN"]))
    st = ["FL", "NY", "NJ"][n]
    d("APPLICATION FOR PERSONAL INJURY PROTECTION (PIP) BENEFITS — ", STATE_NAME[st].upper(), "\n")
    d("Claim #: ", v.claim(), "   Policy #: ", v.policy(), "   Date of loss: ", v.recent("mdy/"), "\n\n")
    for _ in range(60):
        addr = v.address("US")
        if ", %s " % st in addr: break
    d("1. Name of injured person: ", P(f.upper() + ", " + g), "\n2. Date of birth: ", DOB(v.dob("mdy/")),
      "\n3. Social Security No.: ", L("US_SSN", v.ssn()), "\n4. Home address: ", A(addr), "\n5. Phone: ", PH(v.phone("US")), "\n")
    num, _ = v.dl_us(st)
    d("6. Driver license (", st, "): ", L("DRIVER_LICENSE", num), "\n")
    d("7. Health insurance: ", v.pick(["Aetna", "Cigna", "Florida Blue", "Oxford Health Plans", "Horizon BCBS"]),
      "   Member ID: ", L("HEALTH_PLAN_ID", v.health_plan()), "   Group #: ", v.dig(6), "\n")
    d("8. Medicare beneficiary? ", "YES — MBI: " if n != 1 else "NO", L("US_MBI", v.mbi()) if n != 1 else "", "\n")
    d("9. Describe injuries: ", DX(v.pick(DIAG)), "; ", DX(v.pick(DIAG)), "\n")
    d("10. Treating provider: ", v.pick(["Dr. ", ""]), P(v.full("US")), ", ", v.pick(["Orlando Health", "NYU Langone", "Hackensack Meridian"]),
      " — NPI ", v.dig(10), "\n")
    d("11. Medications prescribed: ", RX(v.pick(MEDS)), ", ", RX(v.pick(MEDS)), "\n")
    d("12. Employer: ", v.pick(["Publix", "Walgreens", "self"]), "   Lost wages claimed: ", money(v, 300, 9000, "$"), "\n")
    return d


@tpl(3)
def form_kyc_asia_africa(v, n):
    d = Doc("form")
    if n == 0:
        g, f, _ = v.person("IN")
        d("Vehicle Loan KYC — Two/Four Wheeler   Branch: Pune-Wakad\nApplicant: ", P(g + " " + f), "\nDOB: ", DOB(v.dob("dmy/")),
          "\nAadhaar No.: ", L("IN_AADHAAR", v.aadhaar()), "\nPAN: ", v.up(3, "ABCDEFGHJKLMNPRSTUVW") + "P" + v.up(1, "ABCDEFGHJKLMNPRSTUVW"), v.dig(4), v.up(1),
          " (not verified)\nDL No.: ", L("DRIVER_LICENSE", "MH" + v.dl_intl("IN")[2:]), " (Maharashtra RTO)\nMobile: ", PH(v.phone("IN")),
          "\nAddress: ", A(v.address("IN")), "\nVehicle: Maruti Suzuki Brezza ZXi  Chassis ", v.vin(), "\nEx-showroom ₹", "{:,}".format(v.r.randint(800000, 1400000)), "\n")
        d("Co-applicant Aadhaar (masked): XXXX XXXX ", v.dig(4), "\n")
    elif n == 1:
        g, f, _ = v.person(v.country(["IN", "LK", "GB"]))
        d("Expat car lease — Singapore branch onboarding\nLessee: ", P(g + " " + f), "\nNRIC/FIN: ", L("SG_NRIC", v.nric()),
          "\nDate of Birth: ", DOB(v.dob("dmon")), "\nEmployment Pass expiry: ", v.recent("dmon"), "\nContact: ", PH("+65 9%s %s" % (v.dig(3), v.dig(4))),
          "  ", E(v.email(g, f)), "\nHome country passport (", COUNTRY_NAME[_], "): ", L(pp_type(_), v.passport(_)), "\nCOE category B, vehicle ", v.pick(MAKES), "\n")
    else:
        g, f, _ = v.person("GH")
        d("Motor Insurance Proposal — Accra Regional Office\nInsured: ", P(g + " " + f), "\nDate of birth: ", DOB(v.dob("dmy/")),
          "\nGhana Card (masked): GHA-XXXXXXXXX-", v.dig(1), "\nPassport No.: ", L("PASSPORT", v.passport("GH")), "\nDriver's licence (DVLA Ghana): ",
          L("DRIVER_LICENSE", v.dl_intl("GH")), "\nDigital address: ", A(v.address("GH")), "\nTel: ", PH(v.phone("GH")),
          "\nVehicle: Toyota Corolla  Reg GR-", v.dig(4), "-", str(v.r.randint(19, 24)), "\n")
    return d


# ---- clinical -------------------------------------------------------------------------------------------
@tpl(4)
def cn_gp_rtc(v, n):
    d = Doc("clinical_note")
    g, f, c = v.person(v.country(["GB", "GB", "IE", "PL", "LK", "GH", "MT"]))
    d(v.pick(["Consultation", "GP telephone consultation", "Urgent treatment centre note"]), " — ", v.recent("dmon"), "\n")
    d("Patient: ", P(g + " " + f), "   DOB: ", DOB(v.dob("dmy/")), "   NHS No: ", L("UK_NHS_NUMBER", v.nhs()), "\n")
    d("Clinician: Dr ", P(v.full("GB")), " (GMC ", v.dig(7), ")\n\n")
    d("S: RTC ", str(v.r.randint(1, 9)), " days ago — rear-ended while stationary at lights, restrained driver, airbags not deployed. ")
    d("Neck stiffness since the following morning, worse on rotation. ", v.pick(["Denies headache or vomiting.", "No loss of consciousness.",
                                                                                    "No paraesthesia in the arms."]), "\n")
    d("O: Reduced cervical ROM, paraspinal tenderness C3–C6, no midline bony tenderness. Canadian C-spine rule negative.\n")
    d("A: ", DX(v.pick(["whiplash-associated disorder grade II", "cervical sprain", "acute neck strain"])))
    if n % 2:
        d("; ", DX(v.pick(["travel anxiety", "acute stress reaction", "post-traumatic headache"])))
    d(". No evidence of fracture. Query ", v.pick(["disc injury — not supported on exam", "concussion — ruled out"]), ".\n")
    m1, dose1 = v.pick([("ibuprofen", "400 mg TDS"), ("naproxen", "500 mg BD"), ("co-codamol", "30/500 two QDS PRN")])
    m2, dose2 = v.pick([("amitriptyline", "10 mg nocte"), ("diazepam", "2 mg TDS for 3 days")])
    d("P: ", RX(m1), " ", dose1, " for 7 days; ", RX(m2), " ", dose2,
      ". Self-referral physio leaflet. Fit note 2/52. Advised insurer may request records — consent form given.\n")
    d("Safety-netting: return if arm weakness, ", v.pick(["'the worst headache of my life'", "bladder symptoms"]), ".\n")
    return d


@tpl(3)
def cn_medicolegal(v, n):
    d = Doc("clinical_note")
    g, f, c = v.person(v.country(["GB", "GB", "IE", "LT", "JM", "IN", "TT"]))
    ymd = v.date(1955, 2002)
    d("MEDICAL REPORT — WHIPLASH INJURY (MedCo ref ", "%s-%s-%s" % (v.dig(4), v.up(2), v.dig(5)), ")\n")
    d("Prepared for: ", v.pick(["Thompsons Solicitors", "Slater and Gordon", "Irwin Mitchell"]), "   Instructing ref: PI/",
      v.dig(5), "\n\nClaimant: ", P(g + " " + f), "\nDate of birth: ", DOB(v.fdate(ymd, "dlong")), "\n")
    d("Identity confirmed by: ", "passport" if n % 2 else "photocard driving licence", " ")
    if n % 2:
        d(L("PASSPORT" if c != "US" else "US_PASSPORT", v.passport(c)), " (", COUNTRY_NAME[c], ")")
    else:
        d(L("DRIVER_LICENSE", v.dl_intl("GB", f, g, ymd, g in FEMALE)), " (DVLA)")
    d("\nDate of accident: ", v.recent("dlong"), "   Date of examination: ", v.recent("dlong"), "\n\n")
    d("1. History\nThe claimant was the front-seat passenger in a ", v.pick(MAKES), " struck from behind at approximately 20 mph.\n\n")
    d("2. Injuries and prognosis\n")
    d("2.1 Neck: ", DX("whiplash-associated disorder grade II"), ". Prognosis ", str(v.r.randint(6, 18)), " months from the accident.\n")
    d("2.2 Psychological: ", DX(v.pick(["post-traumatic stress disorder", "adjustment disorder with anxiety", "travel anxiety"])),
      "; GAD-7 score ", str(v.r.randint(6, 17)), ". ", v.pick(["No previous psychiatric history.", "No history of depression."]), "\n")
    d("2.3 Head: the claimant reports a brief daze but no loss of consciousness; ", v.pick(["concussion is not supported", "no post-concussion syndrome"]), ".\n")
    d("2.4 Treatment to date: ", RX(v.pick(["paracetamol", "ibuprofen", "naproxen"])), " and ", RX(v.pick(["sertraline", "mirtazapine", "zopiclone"])),
      " prescribed by GP; six sessions of physiotherapy.\n\n")
    d("3. Literature\nIn published cohorts most whiplash symptoms resolve within a year; chronic pain develops in a minority. ",
      "These population figures are offered as context only and do not describe the claimant.\n\n")
    d("Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge.\n")
    d("Dr ", P(v.full("GB")), ", MBChB FRCEM   ", v.recent("dmy/"), "\n")
    return d


@tpl(4)
def ds_trauma(v, n):
    d = Doc("discharge_summary")
    g, f, c = v.person()
    hosp = v.pick(["Royal Victoria Infirmary — Major Trauma Centre", "Cork University Hospital", "Hôpital de Hautepierre",
                   "Klinikum Augsburg Unfallchirurgie", "St Vincent's Hospital Melbourne"])
    d("DISCHARGE SUMMARY\n", hosp, "\n\n")
    d("Name: ", P(f.upper() + ", " + g), "        MRN: ", L("MEDICAL_RECORD_NUMBER", v.mrn()), "\n")
    d("D.O.B.: ", DOB(v.dob("dmy/")), "        Ward: ", v.pick(["Ward 18 (Orthopaedics)", "Trauma HDU", "Surgical Assessment Unit"]), "\n")
    y, m, dd = v.date(2023, 2025)
    cg, cf_, _ = v.person()
    d("Admitted: ", v.fdate((y, m, dd), "dmy/"), "   Discharged: ", v.fdate((y, m, min(28, dd + v.r.randint(0, 9))) if dd < 20 else (y, m, 28), "dmy/"),
      "   Consultant: ", v.pick(["Ms ", "Prof. ", "Dr "] if cg in FEMALE else ["Mr ", "Prof. ", "Dr "]), P(cg + " " + cf_), "\n\n")
    d("Mechanism: ", v.pick(["motorcyclist vs car at ~40 mph", "driver, head-on collision, extricated by fire service",
                              "pedestrian struck by reversing van", "cyclist vs HGV, nearside"]), ".\n\n")
    d("Diagnoses:\n 1. ", DX(v.pick(["tibial plateau fracture", "fractured right radius", "sternal fracture", "scaphoid fracture"])),
      "\n 2. ", DX(v.pick(["rib fractures", "mild traumatic brain injury", "concussion"])), "\n")
    d(" 3. Pneumothorax — excluded on CT.\n\n")
    d("Procedures: ", v.pick(["ORIF left tibia", "MUA and K-wiring", "chest drain not required", "conservative management"]), "\n\n")
    d("Medications on discharge:\n")
    for _ in range(2 + n % 2):
        d(" - ", RX(v.pick(MEDS)), " ", v.pick(["500 mg", "30 mg", "75 mg", "10 mg", "1 g"]), " ", v.pick(["PO QDS", "PO BD", "nocte", "PRN"]), "\n")
    if n % 2:
        d(" - ", RX("Enoxaparin"), " 40 mg SC OD for 28 days\n\n")
    d("Follow-up: fracture clinic in 2/52. ", v.pick(["Do not drive until reviewed.", "Inform DVLA if seizures occur."]), "\n")
    d("GP: Dr ", P(v.full()), ", ", v.pick(["Bridge Street Surgery", "Ballincollig Medical Centre"]), "\n")
    if n == 0:
        d("NOK: ", P(v.full(c)), " (", v.pick(["wife", "brother", "mother"]), ") ", PH(v.phone(c)), "\n")
    return d


@tpl(3)
def lab_tox(v, n):
    d = Doc("lab_report")
    g, f, c = v.person()
    d("DEPARTMENT OF CLINICAL BIOCHEMISTRY — ", v.pick(["EMERGENCY PANEL", "TOXICOLOGY SCREEN", "TRAUMA BLOODS"]), "\n")
    d("Patient ........ ", P(f.upper() + " " + g.upper()), "\n")
    d("MRN ............ ", L("MEDICAL_RECORD_NUMBER", v.mrn()), "\n")
    d("DOB ............ ", DOB(v.dob("dmon")), "   Sex: ", "F" if g in FEMALE else "M", "\n")
    d("Specimen ....... ", v.up(2), v.neg_digits(8), "   Collected ", v.recent("iso"), "T0", str(v.r.randint(0, 9)), ":", v.dig(1), "5Z\n")
    d("Requesting ..... ED Resus — Dr ", P(v.full()), "\n\n")
    d("%-28s %-10s %-8s %s\n" % ("TEST", "RESULT", "UNITS", "REF"))
    rows = [("Ethanol (serum)", "%d" % v.r.choice([0, 0, 12, 87, 164]), "mg/dL", "<10"), ("Haemoglobin", "%d" % v.r.randint(98, 160), "g/L", "130-170"),
            ("Lactate", "%.1f" % v.r.uniform(0.6, 4.2), "mmol/L", "0.5-2.2"), ("CK", "%d" % v.r.randint(90, 3400), "U/L", "40-320"),
            ("Troponin T (hs)", "%d" % v.r.randint(3, 40), "ng/L", "<14")]
    for r in rows:
        d("%-28s %-10s %-8s %s\n" % r)
    d("\nUrine drug screen: ", v.pick(["benzodiazepines POSITIVE — consistent with ", "opiates POSITIVE — consistent with "]),
      RX(v.pick(["diazepam", "codeine", "tramadol"])), " administered pre-hospital? confirm with crew.\n" if n != 2 else " on repeat prescription.\n")
    d("Comment: Sample for medico-legal purposes taken under police request form MG DD/A (ref ", v.dig(6), ").\n")
    return d


def hl7_name(f, g, mid=""):
    return "%s^%s%s" % (f.upper(), g.upper(), ("^" + mid) if mid else "")


@tpl(3)
def hl7_adt(v, n):
    d = Doc("hl7")
    sep = "\r" if n == 1 else "\n"
    g, f, c = v.person()
    ymd = v.date()
    ts = "2024%02d%02d%02d%02d" % (v.r.randint(1, 12), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59))
    d("MSH|^~\\&|EDIS|RVI^2.16.840.1.113883.3.", v.dig(4), "|PAS|TRUST|", ts, "||ADT^A01|MSG", v.dig(8), "|P|2.5.1", sep)
    d("EVN|A01|", ts, sep)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", v.dig(8)), "^^^RVI^MR~", L("UK_NHS_NUMBER", re.sub(r"\D", "", v.nhs())), "^^^NHS^NH||",
      P(hl7_name(f, g, v.up(1))), "||", DOB(v.fdate(ymd, "hl7")), "|", "F" if g in FEMALE else "M", "|||")
    d(A("%s^^Newcastle upon Tyne^^NE%d %d%s" % (v.pick(["14 Heaton Park Rd", "3 Jesmond Vale Ter", "77 Shields Rd"]), v.r.randint(1, 9),
                                                 v.r.randint(1, 9), v.up(2, "ABDEFGHJLNPQRSTUWXYZ"))), "^GBR||", PH(v.phone("GB")), sep)
    g2, f2, _ = v.person(c)
    d("NK1|1|", P(hl7_name(f2, g2)), "|", v.pick(["SPO^Spouse", "PAR^Parent", "SIB^Sibling"]), "|||", PH(v.phone(c)), sep)
    d("PV1|1|E|ED^RESUS^03||||", v.dig(6), "^", P(v.family("GB").upper() + "^" + v.given("GB").upper()), "|||TRA||||||||V", v.dig(9), sep)
    d("DG1|1|I10|S13.4^", DX("Sprain of ligaments of cervical spine"), "^I10||", ts[:8], "|A", sep)
    d("DG1|2|I10|S06.0^", DX("Concussion"), "^I10||", ts[:8], "|W", sep)
    if n != 2:
        d("IN1|1|MOTOR^Third-party motor insurer|", v.dig(5), "|", v.pick(["Aviva Insurance Ltd", "Admiral Group"]), "|||||||||||",
          P(hl7_name(f, g)), "|01|", DOB(v.fdate(ymd, "hl7")), "|||||||||||||||||", L("HEALTH_PLAN_ID", v.health_plan()), sep)
    d("ZRT|RTC|", v.claim(), "|", v.reg(), sep)
    return d


@tpl(3)
def fhir_bundle(v, n):
    d = Doc("fhir_json")
    g, f, c = v.person()
    ymd = v.date()
    pid = "pat-%s" % v.dig(5)
    pat = {"resourceType": "Patient", "id": pid,
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.%d" % v.r.randint(1, 9), "value": L("MEDICAL_RECORD_NUMBER", v.mrn())}],
           "name": [{"family": P(f), "given": [P(g)]}], "gender": "female" if g in FEMALE else "male",
           "birthDate": DOB(v.fdate(ymd, "iso")),
           "telecom": [{"system": "phone", "value": PH(v.phone(c))}, {"system": "email", "value": E(v.email(g, f))}],
           "address": [{"line": [A(v.pick(["22 Rosewood Close", "Flat 4, 9 Alma Road", "181 Kennington Lane"]))], "city": "London", "postalCode": "SE11 5QN"}]}
    cond1 = {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid}, "clinicalStatus": {"text": "active"},
             "code": {"coding": [{"system": "http://snomed.info/sct", "code": v.dig(8)}], "text": DX(v.pick(DIAG))},
             "note": [{"text": "Onset after road traffic collision on %s" % v.recent("iso")}]}
    cond2 = {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid}, "verificationStatus": {"text": "refuted"},
             "code": {"text": v.pick(["Cervical spine fracture", "Intracranial haemorrhage", "Splenic laceration"])}}
    med = {"resourceType": "MedicationStatement", "status": "active", "subject": {"reference": "Patient/" + pid},
           "medicationCodeableConcept": {"text": RX(v.pick(MEDS))}, "dosage": [{"text": "%d mg twice daily" % v.pick([10, 50, 75, 200])}]}
    cov = {"resourceType": "Coverage", "status": "active", "beneficiary": {"reference": "Patient/" + pid},
           "payor": [{"display": v.pick(["Bupa", "Vhi Healthcare", "AXA Health", "Laya Healthcare"])}],
           "subscriberId": L("HEALTH_PLAN_ID", v.health_plan()), "class": [{"type": {"text": "group"}, "value": "GRP-%s" % v.dig(5)}]}
    entries = [pat, cond1, cond2, med] + ([cov] if n != 1 else [])
    d.json({"resourceType": "Bundle", "type": "collection", "meta": {"lastUpdated": "2024-%02d-%02dT10:%02d:00Z" % (v.r.randint(1, 12), v.r.randint(1, 28), v.r.randint(0, 59))},
            "entry": [{"resource": e} for e in entries]})
    return d


@tpl(3)
def cn_physio(v, n):
    d = Doc("clinical_note")
    g, f, c = v.person(v.country(["AU", "NZ", "ZA", "GB", "IE"]))
    d("Physiotherapy initial assessment — ", v.pick(["CTP scheme (NSW)", "ACC claim", "RAF claim", "Rehab Direct (insurer-funded)"]), "\n")
    d("Client: ", P(g), " ", P(f), " | ", v.pick(["Claim no.", "ACC45 no.", "Referral"]), " ", v.claim(), "\n")
    d("DOB ", DOB(v.dob("dmy/")), " | Mob ", PH(v.phone(c)), "\n")
    d("Hx: ", v.pick(["T-boned at roundabout", "rear-end on motorway, queue", "rolled vehicle on gravel road"]),
      ". c/o L) shoulder pain & LBP. PMHx: ", DX(v.pick(["asthma", "hypertension", "type 2 diabetes", "migraine"])), ". ")
    d("Meds: ", RX(v.pick(MEDS)), ". NKDA.\n")
    d("Ax: ", DX(v.pick(["rotator cuff tear", "soft tissue injury to the lumbar spine", "thoracic outlet syndrome", "cervical sprain"])),
      ". Neuro screen NAD. Red flags: nil.\n")
    d("Pt states the claim process is 'a real headache' and the other driver's insurer is 'paralysed'. Goals: return to driving for work (", v.pick(["Uber", "courier", "farm"]), ").\n")
    d("Plan: 6 sessions, HEP, review wk 3. — ", P(v.given(c)), " (physio)\n")
    return d


@tpl(2)
def clin_catalogue(v, n):
    if n == 0:
        d = Doc("hl7")
        d("MSH|^~\\&|LAB|RVI|EDIS|RVI|2024", v.dig(8), "||ACK^R01|ACK", v.dig(6), "|P|2.5.1\nMSA|AA|MSG", v.dig(8), "|Message accepted\n")
        return d
    d = Doc("fhir_json")
    d.json({"resourceType": "ValueSet", "id": "rtc-injury-codes", "url": "http://example.org/fhir/ValueSet/rtc-injury-codes",
            "version": "3.2.0.1", "status": "active", "description": "Injury codes used for motor claims triage (no patient data)",
            "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10", "concept": [
                {"code": "S13.4", "display": "Sprain of ligaments of cervical spine"}, {"code": "S06.0", "display": "Concussion"},
                {"code": "F43.1", "display": "Post-traumatic stress disorder"}, {"code": "S22.3", "display": "Fracture of rib"},
                {"code": "T91.1", "display": "Sequelae of fracture of spine"}]}]}})
    return d


# ---- structured -----------------------------------------------------------------------------------------
@tpl(4)
def csv_dms_customers(v, n):
    fmt, dl = ("tsv", "\t") if n == 3 else ("csv", ",")
    d = Doc(fmt)
    hdr = [["cust_no", "title", "first_name", "last_name", "email", "mobile", "address_line1", "town", "vin", "reg", "last_service", "odometer_mi"],
           ["CustomerId", "Forename", "Surname", "DateOfBirth", "Email", "Phone", "Street", "VehicleVIN", "Plate", "FinanceAgreement"],
           ["id", "name", "e_mail_addr", "tel", "addr", "model", "mileage", "marketing_opt_in"],
           ["Kunde", "Vorname", "Nachname", "Geburtsdatum", "Strasse", "Telefon", "FIN", "Kennzeichen"]][n]
    d.row(hdr, dl)
    for i in range(v.r.randint(4, 6)):
        cc = v.country()
        g, f, _ = v.person(cc)
        addr_cc = cc if n != 3 else v.pick(["DE", "AT", "CH"])
        street = v.street(addr_cc)
        if n == 0:
            d.row(["C" + v.dig(6), v.pick(["Mr", "Ms", "Mrs", "Dr", ""]), P(g), P(f), E(v.email(g, f)), PH(v.phone(cc)), A(street),
                   v.pick(["Bury", "Truro", "Lisburn"]), v.vin(), v.reg(), v.recent("iso"), str(v.r.randint(3000, 120000))], dl)
        elif n == 1:
            d.row([v.neg_digits(7), P(g), P(f), DOB(v.dob("iso")), E(v.email(g, f)), PH(v.phone(cc)), A(street), v.vin(), v.reg(),
                   "AGR-" + v.dig(7) if i % 2 else ""], dl)
        elif n == 2:
            d.row([str(1000 + i), M(P(g + " " + f)), E(v.email(g, f)) if i != 2 else "", PH(v.phone(cc)), A(street) if i % 2 else "",
                   v.pick(MAKES), str(v.r.randint(100, 90000)), v.pick(["Y", "N"])], dl)
        else:
            d.row([v.dig(5), P(g), P(f), DOB(v.dob("dmy.")), A(street), PH(v.phone(addr_cc)), v.vin(), v.reg("DE")], dl)
    return d


@tpl(3)
def csv_service_history(v, n):
    d = Doc("csv")
    d.row(["job_no", "reg", "vin", "date_in", "mileage", "work_code", "part_no", "qty", "labour_hrs", "advisory", "tech_id", "total_gbp"])
    for i in range(v.r.randint(5, 8)):
        d.row(["J" + v.neg_digits(7), v.reg(), v.vin(), v.recent("iso"), str(v.r.randint(2000, 160000)),
               v.pick(["MOT", "SVC-INT", "SVC-FULL", "BRK-F", "TYR-4", "DPF-REGEN", "RECALL-24V" + v.dig(3)]),
               v.pick(["1K0 615 301 AA", "8W0-807-217-B", "04152-YZZA6", "A 651 180 00 09", "13.46.8.512.330"]),
               str(v.r.randint(1, 4)), "%.1f" % v.r.uniform(0.3, 6), v.pick(["", "Nearside front tyre worn close to legal limit",
                                                                             "Oil leak but not excessive", "Brake disc worn, pitted"]),
               "T" + v.dig(3), "%.2f" % v.r.uniform(45, 1900)])
    return d


@tpl(3)
def tsv_payments_ledger(v, n):
    d = Doc("tsv")
    d.row(["txn_id", "date", "type", "payee", "sort_code", "account_no", "iban", "card", "amount", "claim_ref", "note"], "\t")
    for i in range(v.r.randint(5, 7)):
        cc = v.country(["GB", "GB", "IE", "DE", "NL", "PL", "FR"])
        g, f, _ = v.person(cc)
        kind = v.pick(["REFUND", "SETTLEMENT", "PREMIUM", "EXCESS", "HIRE"])
        sc = acc = ib = card = ""
        if cc == "GB" and i % 2 == 0:
            sc, acc = v.sort_acct()
            acc = L("UK_BANK_ACCOUNT", acc)
        elif cc != "GB":
            ib = L("IBAN", v.iban(cc, spaced=False))
        if i == 1 and n != 2:
            card = L("CREDIT_CARD", v.card(sep=""))
        elif i == 3:
            card = "%s******%s" % (v.dig(6), v.dig(4))
        note = v.pick(["", "chargeback reversed", "BACS rejected — wrong acct", "paid via Faster Payments", "hold: fraud review"])
        d.row(["T" + v.neg_digits(9), v.recent("iso"), kind, M(P(g + " " + f)) if kind != "PREMIUM" else v.pick(PERSON_COMPANIES),
               sc, acc, ib, card, "%.2f" % v.r.uniform(-900, 12000), v.claim(), note], "\t")
    return d


@tpl(3)
def json_telematics(v, n):
    d = Doc("json")
    dev = "35" + v.dig(12)
    dev += luhn_digit(dev)
    ev = []
    for i in range(3):
        ev.append({"ts": "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (v.r.randint(1, 12), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), v.r.randint(0, 999)),
                   "type": v.pick(["HARSH_BRAKE", "IMPACT", "SPEEDING", "CORNERING"]), "speed_kph": v.r.randint(0, 140),
                   "g_force": round(v.r.uniform(0.2, 4.5), 2), "lat": round(v.r.uniform(50.1, 55.9), 5), "lon": round(v.r.uniform(-4.9, 1.5), 5)})
    obj = {"deviceImei": dev, "firmware": "%d.%d.%d.%d" % (v.r.randint(2, 6), v.r.randint(0, 30), v.r.randint(0, 9), v.r.randint(100, 999)),
           "policyNumber": v.policy(), "vehicle": {"vin": v.vin(), "registration": v.reg(), "abiCode": v.dig(8)},
           "score": {"smoothness": v.r.randint(40, 99), "night_pct": v.r.randint(0, 30)}, "events": ev}
    if n == 0:
        g, f, c = v.person()
        obj["driver"] = {"name": P(g + " " + f), "email": E(v.email(g, f)), "appClientIp": IP(v.ip())}
    elif n == 1:
        obj["driver"] = {"name": "[REDACTED]", "email": "r***@***.com"}
    d.json(obj)
    return d


@tpl(3)
def json_claims_api(v, n):
    d = Doc("json")
    cc = v.country()
    g, f, _ = v.person(cc)
    tp_g, tp_f, tpc = v.person()
    obj = {"claimRef": v.claim(), "policyRef": v.policy(), "lossDate": v.recent("iso"), "lossType": v.pick(["RTA_REAR", "RTA_JUNCTION", "THEFT", "WINDSCREEN"]),
           "claimant": {"firstName": P(g), "lastName": P(f), "dateOfBirth": DOB(v.dob("iso")), "mobile": PH(v.phone(cc)),
                        "email": E(v.email(g, f)), "address": A(v.address(cc))},
           "thirdParty": {"name": P(tp_g + " " + tp_f), "insurer": v.pick(["Zurich", "AXA", "Hastings Direct", "Liberty Seguros"]),
                          "vehicleReg": v.reg(), "driverLicence": {"number": L("DRIVER_LICENSE", v.dl_intl(v.pick(["IE", "FR", "NL", "PL", "SE"]))), "issuingCountry": "?"}},
           "injuries": [{"bodyPart": "neck", "description": DX(v.pick(DIAG))}] if n != 2 else [],
           "reserve": {"damage": round(v.r.uniform(500, 9000), 2), "injury": round(v.r.uniform(0, 25000), 2), "currency": "GBP"},
           "handler": {"id": "H" + v.dig(4), "email": E("claims.team%d@" % v.r.randint(1, 9) + v.pick(["insurer-example.co.uk", "motorclaims.ie"]))}}
    # issuing country stated in the payload
    lc = v.pick(["IE", "FR", "NL", "PL", "SE"])
    obj["thirdParty"]["driverLicence"] = {"issuingCountry": COUNTRY_NAME[lc], "number": L("DRIVER_LICENSE", v.dl_intl(lc))}
    d.json(obj)
    return d


@tpl(3)
def ndjson_fnol_events(v, n):
    d = Doc("ndjson")
    claim = v.claim()
    cc = v.country()
    g, f, _ = v.person(cc)
    evs = [{"event": "fnol.created", "claim": claim, "channel": v.pick(["phone", "webchat", "app"]), "at": "2024-05-%02dT09:%02d:11Z" % (v.r.randint(1, 28), v.r.randint(0, 59))},
           {"event": "party.added", "claim": claim, "role": "policyholder", "name": P(g + " " + f), "phone": PH(v.phone(cc))},
           {"event": "note.added", "claim": claim, "text": M("Spoke to ", P(g), ", says other driver ", P(v.full()), " admitted fault; witness ",
                                                             P(v.full()), " on ", PH(v.phone(v.country())), ".")},
           {"event": "injury.reported", "claim": claim, "text": M("PH's son has ", DX(v.pick(["concussion", "fractured right radius", "whiplash"])), ", taking ",
                                                                  RX(v.pick(["paracetamol", "ibuprofen"])), ".") if n != 1 else "No injuries."},
           {"event": "session", "claim": claim, "client_ip": IP(v.ip()), "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"},
           {"event": "reserve.set", "claim": claim, "amount": round(v.r.uniform(400, 9000), 2), "build": "fnol-svc %d.%d.%d" % (v.r.randint(1, 9), v.r.randint(0, 40), v.r.randint(0, 9))}]
    for e in evs:
        d.json(e, indent=None)
        d("\n")
    return d


@tpl(3)
def ndjson_idv_webhook(v, n):
    d = Doc("ndjson")
    kinds = [["ES", "SG", "BR", "IN"], ["FR", "DE", "CA", "US"], ["IT", "SG", "ES", "BR"]][n]
    for i, k in enumerate(kinds):
        declined = (i == 3 and n != 1) or (i == 2 and n == 1)
        if k in ("SG", "BR"):
            g, f = v.given(v.pick(["IN", "PT", "GB"])), v.family(v.pick(["IN", "PT", "GB"]))
        else:
            g, f, _ = v.person(k if k in NAMES else None)
        ymd = v.date()
        if declined:
            doc_no = {"ES": v.bad_dni, "SG": lambda: "S" + v.dig(7) + "Q" if nric_letter("S", "0000000") != "Q" else "S0000000A",
                      "BR": lambda: "111.111.111-11", "IN": v.bad_aadhaar, "FR": lambda: "1 85 05 78 006 084 99", "DE": v.bad_steuer,
                      "CA": v.bad_sin, "US": lambda: "000-12-3456", "IT": lambda: "RSSMRA85T10A562Z"}[k]()
            val = doc_no
        else:
            typ, num = {"ES": ("ES_DNI", lambda: v.dni()), "SG": ("SG_NRIC", v.nric), "BR": ("BR_CPF", v.cpf), "IN": ("IN_AADHAAR", v.aadhaar),
                        "FR": ("FR_NIR", lambda: v.nir(g in FEMALE, ymd)), "DE": ("DE_TAX_ID", v.steuer), "CA": ("CA_SIN", v.sin),
                        "US": ("US_SSN", v.ssn), "IT": ("IT_FISCAL_CODE", lambda: v.cf(g, f, ymd, g in FEMALE))}[k]
            val = L(typ, num())
        obj = {"event": "idv.result", "ts": ts(v), "applicationId": "FIN-" + v.neg_digits(8), "status": "declined" if declined else "approved",
               "reason": "checksum_failed" if declined else None, "country": k,
               "subject": {"givenName": P(g) if not declined else "(withheld)", "familyName": P(f) if not declined else "(withheld)",
                           "birthDate": DOB(v.fdate(ymd, "iso")) if not declined else None, "nationalId": val},
               "vendor": {"name": v.pick(["Onfido", "Veriff", "IDnow"]), "sdk": "%d.%d.%d" % (v.r.randint(1, 9), v.r.randint(0, 30), v.r.randint(0, 9))}}
        if k == "SG" and not declined:
            obj["subject"]["mobile"] = PH("+65 8%s %s" % (v.dig(3), v.dig(4)))
        d.json(obj, indent=None)
        d("\n")
    return d


@tpl(3)
def yaml_policy_schedule(v, n):
    d = Doc("yaml")
    d("# Policy schedule export — motor\npolicy:\n  number: ", v.policy(), "\n  product: ", v.pick(["Private Car Comprehensive", "Fleet (up to 5)", "Young Driver Telematics"]),
      "\n  period: {start: ", v.recent("iso"), ", end: ", v.recent("iso"), "}\n  premium_gbp: ", "%.2f" % v.r.uniform(300, 3000), "\n")
    cc = v.country(["GB", "IE", "IN", "ZA", "PT", "GR", "CY"])
    g, f, _ = v.person(cc)
    d("policyholder:\n  name: ", P(g + " " + f), "\n  date_of_birth: ", DOB(v.dob("iso")), "\n  address: |\n    ")
    addr = v.address(cc, multiline=True).replace("\n", "\n    ")
    d(A(addr), "\n  email: ", E(v.email(g, f)), "\nnamed_drivers:\n")
    for i in range(1 + n % 3):
        g2, f2, c2 = v.person()
        lc = v.pick(["GB", "IE", "PL", "IN", "ZA", "NZ", "AU", "JM", "LT"])
        ymd = v.date(1955, 2005)
        num = v.dl_intl(lc, f2, g2, ymd, g2 in FEMALE)
        d("  - name: ", P(g2 + " " + f2), "\n    dob: ", DOB(v.fdate(ymd, "iso")), "\n    licence:\n      country: ", COUNTRY_NAME[lc],
          "\n      number: ", L("DRIVER_LICENSE", num), "\n    convictions: [", ", ".join(v.pick(CONV) for _ in range(v.r.randint(0, 2))), "]\n")
    d("vehicle:\n  vin: ", v.vin(), "\n  reg: \"", v.reg(), "\"\n  abi_code: \"", v.dig(8), "\"\n  modifications: []\n")
    d("endorsements: [\"E0", str(v.r.randint(10, 99)), "\", \"", v.pick(["Telematics condition", "Garaging condition"]), "\"]\n")
    return d


@tpl(2)
def json_quote_engine(v, n):
    d = Doc("json")
    d.json({"quoteId": "Q" + v.neg_digits(9), "engineVersion": "%d.%d.%d.%d" % (v.r.randint(10, 12), v.r.randint(0, 9), v.r.randint(0, 99), v.r.randint(1000, 9999)),
            "rating": {"abiCode": v.dig(8), "group": "%d%s" % (v.r.randint(1, 50), v.pick("ADEPU")), "areaBand": v.r.randint(1, 20),
                       "ncdYears": v.r.randint(0, 9), "convictions": [v.pick(CONV)], "voluntaryExcess": 250, "driverAgeBand": "25-29"},
            "vehicle": {"make": v.pick(["Ford", "Citroën", "Tesla", "Porsche"]), "model": v.pick(["Fiesta", "C3 Aircross", "Model Y", "Macan"]), "vin": v.vin()},
            "premium": {"net": round(v.r.uniform(200, 2500), 2), "ipt": 12.0, "currency": "GBP"},
            "applicant": {"name": None, "dateOfBirth": None, "email": ""},
            "createdAt": "2024-%02d-%02dT%02d:%02d:00+01:00" % (v.r.randint(1, 12), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59))})
    return d


@tpl(2)
def csv_parts_catalogue(v, n):
    d = Doc("csv")
    d.row(["part_no", "description", "engine_code", "fits", "superseded_by", "price_ex_vat", "bin"])
    for _ in range(6):
        d.row([v.pick(["03L 130 277 B", "A2740700287", "9674655680", "8K0 698 451 A", "LR073719", "16400-5RB-0"]) + v.up(1),
               v.pick(["Injector", "Brake pad set", "Wiper blade", "Timing belt kit", "Lambda sensor", "Coolant pump"]),
               v.pick(["CFGB", "M274.920", "DV6FC", "G4FJ", "K9K 872"]), v.pick(["Opel Adam", "Ferrari Enzo (lookup)", "Ford Mondeo", "Lotus Elise", "Mercedes-Benz Maybach"]),
               v.neg_digits(10), "%.2f" % v.r.uniform(4, 700), "%s-%02d-%02d" % (v.up(1), v.r.randint(1, 40), v.r.randint(1, 9))])
    return d


@tpl(3)
def tsv_subrogation_tracker(v, n):
    d = Doc("tsv")
    d.row(["our_claim", "tp_insurer", "tp_claim", "tp_insured", "handler", "handler_email", "outlay", "recovered", "status"], "\t")
    for i in range(v.r.randint(4, 6)):
        g, f, c = v.person()
        hg, hf, _ = v.person("GB")
        d.row([v.claim(), v.pick(["Aviva", "Allianz", "RSA", "Ageas", "Esure", "Markerstudy"]), v.claim(), M(P(f.upper() + " " + g)) if i % 3 else "Ltd co — fleet",
               M(P(hg + " " + hf)), E(v.email(hg, hf, v.pick(["aviva-claims.example.co.uk", "ageas.co.uk", "rsagroup.com"]))),
               "%.2f" % v.r.uniform(800, 20000), "%.2f" % v.r.uniform(0, 8000), v.pick(["ARB", "AGREED 50/50", "LIT", "PAID", "DENIED"])], "\t")
    return d


@tpl(2)
def csv_injury_tariff(v, n):
    d = Doc("csv")
    d.row(["tariff_band", "duration_months", "injury", "psych_uplift", "amount_gbp", "source"])
    for band, dur, amt in [("A", "0-3", 240), ("B", "3-6", 495), ("C", "6-9", 840), ("D", "9-12", 1320), ("E", "12-15", 2040), ("F", "15-18", 3005), ("G", "18-24", 4215)]:
        d.row([band, dur, "Whiplash injury", v.pick(["yes", "no"]), str(amt + (v.r.randint(0, 60) if n else 0)), "Whiplash Injury Regulations 2021"])
    return d


# ---- logs -----------------------------------------------------------------------------------------------
def ts(v, frac=True):
    return "2024-%02d-%02dT%02d:%02d:%02d%sZ" % (v.r.randint(1, 12), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59),
                                              ".%03d" % v.r.randint(0, 999) if frac else "")


@tpl(4)
def log_blackbox(v, n):
    d = Doc("log")
    imei = "35" + v.dig(12)
    imei += luhn_digit(imei)
    fw = "%d.%d.%d.%d" % (v.r.randint(1, 9), v.r.randint(0, 30), v.r.randint(0, 99), v.r.randint(100, 999))
    for i in range(v.r.randint(6, 9)):
        kind = v.pick(["GPS_FIX", "ACCEL", "IGN_ON", "IGN_OFF", "HARSH_BRAKE", "CRASH_DETECT", "UPLOAD"])
        d(ts(v), " unit=", imei, " fw=", fw, " evt=", kind, " lat=", "%.5f" % v.r.uniform(51, 55), " lon=", "%.5f" % v.r.uniform(-3, 0.5),
          " spd=", str(v.r.randint(0, 130)), "kph", " gx=", "%.2f" % v.r.uniform(-3, 3))
        if kind == "UPLOAD":
            d(" dest=", IP(v.ip()) if n % 2 else "telematics-ingest.internal", " bytes=", str(v.r.randint(800, 90000)))
        d("\n")
    if n == 3:
        g, f, c = v.person()
        d(ts(v), " unit=", imei, " evt=ECALL_TRIGGERED occupant_call_back=", PH(v.phone(c)), " registered_keeper=\"", P(g + " " + f), "\"\n")
    return d


@tpl(4)
def log_portal_auth(v, n):
    d = Doc("log")
    for i in range(v.r.randint(5, 8)):
        g, f, c = v.person()
        res = v.pick(["success", "success", "bad_password", "mfa_challenge", "locked"])
        d(ts(v, False), " portal-auth[", v.dig(4), "]: level=info action=login result=", res, " user=", E(v.email(g, f)), " src=", IP(v.ip()),
          " policy=", v.policy(), " ua=\"", v.pick(["okhttp/4.12.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "MyClaimsApp/5.3.1.77 (Android 14)"]), "\"\n")
    if n == 2:
        d(ts(v, False), " portal-auth[", v.dig(4), "]: level=warn action=password_reset user=<redacted> src=127.0.0.1 note=\"loopback health check\"\n")
    return d


@tpl(3)
def log_dms_audit(v, n):
    d = Doc("log")
    for i in range(v.r.randint(4, 6)):
        sg, sf, _ = v.person("GB")
        cg, cf_, cc = v.person()
        act = v.pick(["VIEW_CUSTOMER", "CREDIT_SEARCH", "EXPORT_CSV", "EDIT_ADDRESS", "PRINT_AGREEMENT"])
        d("[", ts(v), "] dms-audit ", v.pick(["INFO", "INFO", "NOTICE"]), " site=", v.pick(["ARNOLDCLARK-GLA01", "HRO-LDN3", "PERRYS-MKN"]),
          " staff=\"", P(sg + " " + sf), "\" action=", act, " customer=\"", P(cf_.upper() + ", " + cg), "\"")
        if act == "CREDIT_SEARCH":
            d(" dob=", DOB(v.dob("iso")), " bureau=", v.pick(["EXPERIAN", "EQUIFAX"]), " score=", str(v.r.randint(400, 999)), " decision=", v.pick(["ACCEPT", "REFER", "DECLINE"]))
        elif act == "EDIT_ADDRESS":
            d(" new_address=\"", A(v.address(cc)), "\"")
        d(" ws=", IP(v.pick(["10.40.%d.%d", "172.16.%d.%d"]).replace("%d", "{}").format(v.r.randint(1, 250), v.r.randint(1, 250))), "\n")
    return d


@tpl(3)
def log_payment_gateway(v, n):
    d = Doc("log")
    for i in range(v.r.randint(5, 7)):
        c4 = v.dig(4)
        d(ts(v), " pgw ", v.pick(["AUTH", "CAPTURE", "REFUND", "VOID"]), " order=ORD-", v.dig(8), " pan=", v.pick(["411111******" + c4, "**** **** **** " + c4, "5xxx-xxxx-xxxx-" + c4]),
          " amount=", "%.2f" % v.r.uniform(20, 2400), " ccy=", v.pick(["GBP", "EUR"]), " rc=", v.pick(["00", "05", "51", "91"]), "\n")
    if n == 0:
        d(ts(v), " pgw ERROR decline_debug raw_request={\"cardNumber\":\"", L("CREDIT_CARD", v.card(sep="")), "\",\"cvv\":\"***\",\"holder\":\"", P(v.full()), "\"}\n")
    elif n == 1:
        d(ts(v), " pgw REFUND_BANK claim=", v.claim(), " to_iban=", L("IBAN", v.iban(spaced=False)), " payee=\"", P(v.full()), "\"\n")
        d(ts(v), " pgw WARN luhn_check_failed candidate=", v.bad_card().replace(" ", ""), "\n")
    else:
        d(ts(v), " pgw WARN luhn_check_failed candidate=", v.bad_card().replace(" ", ""), " iban_check_failed=", v.bad_iban(), "\n")
    return d


@tpl(4)
def log_app_nopii(v, n):
    d = Doc("log")
    svc = v.pick(["quote-engine", "fnol-svc", "dms-sync", "telematics-ingest", "rating-tables"])
    for i in range(v.r.randint(6, 9)):
        d(ts(v), " ", v.pick(["INFO", "DEBUG", "WARN"]), " ", svc, " ", v.pick([
            "loaded rating table version %d.%d.%d.%d" % (v.r.randint(1, 9), v.r.randint(0, 30), v.r.randint(0, 99), v.r.randint(100, 999)),
            "OID 1.3.6.1.4.1.%d.%d.%d registered" % (v.r.randint(1000, 60000), v.r.randint(1, 9), v.r.randint(1, 99)),
            "batch=%s processed rows=%d in %dms" % (v.neg_digits(9), v.r.randint(10, 90000), v.r.randint(5, 9000)),
            "epoch=%d cache warm" % v.r.randint(1700000000, 1730000000),
            "VIN decode ok %s -> %s" % (v.vin(), v.pick(MAKES)),
            "ABI lookup %s group=%d%s" % (v.dig(8), v.r.randint(1, 50), v.pick("ADEU")),
            "bank holiday calendar: %s skipped for DD collection" % v.pick(HOLIDAYS),
            "listening on 0.0.0.0:%d" % v.pick([8080, 8443, 9090]),
            "upstream ::1 healthy",
            "claim %s status OPEN->SETTLED" % v.claim(),
            "image sha256:%s pulled" % "".join(v.r.choice("0123456789abcdef") for _ in range(12))]), "\n")
    return d


@tpl(3)
def log_telephony(v, n):
    d = Doc("log")
    for i in range(v.r.randint(4, 6)):
        cc = v.country(["GB", "GB", "IE", "ZA", "AU", "NZ"])
        d(ts(v, False), " ivr call_id=", v.dig(10) + "." + v.dig(3), " queue=", v.pick(["FNOL", "GLASS", "RENEWALS", "FRAUD-HOTLINE"]),
          " ani=", PH(v.phone(cc)) if n != 2 else "withheld", " dnis=", PH("0800 %s %s" % (v.dig(3), v.dig(4))), " wait=", str(v.r.randint(3, 900)), "s agent=", "A" + v.dig(4), "\n")
    return d


@tpl(3)
def log_anpr(v, n):
    d = Doc("log")
    for i in range(v.r.randint(6, 9)):
        d(ts(v), " anpr cam=", v.pick(["SITE-FORECOURT-1", "BODYSHOP-GATE", "VALET-BAY-3"]), " plate=", v.reg(v.pick(["GB", "GB", "IE"])),
          " conf=", "%.2f" % v.r.uniform(0.6, 0.99), " dir=", v.pick(["IN", "OUT"]), " make_guess=", v.pick(["FORD", "TESLA", "PORSCHE", "CITROEN"]),
          " fw=", "%d.%d.%d.%d" % (v.r.randint(1, 9), v.r.randint(0, 30), v.r.randint(0, 99), v.r.randint(1, 250)), "\n")
    return d


# ---- email / chat / ticket ------------------------------------------------------------------------------
@tpl(4)
def email_subrogation(v, n):
    d = Doc("email")
    ag, af, _ = v.person("GB")
    bg, bf, bc = v.person(v.country(["GB", "IE", "BE", "NL", "DE"]))
    a_mail = v.email(ag, af, v.pick(["motor-recoveries.example.co.uk", "subro.fbd.ie", "claims.ageas.co.uk"]))
    b_mail = v.email(bg, bf, v.pick(["allianz.de", "ethias.be", "achmea.nl", "axa.ie"]))
    tp_g, tp_f, tpc = v.person()
    our, theirs = v.claim(), v.claim()
    d("From: ", P(ag + " " + af), " <", E(a_mail), ">\nTo: ", E(b_mail), "\nCc: ", E("recoveries@" + a_mail.split("@")[1]), "\n")
    d("Subject: RE: Subrogated recovery — our ref ", our, " / your ref ", theirs, "\nDate: ", v.recent("long"), "\n\n")
    d("Dear ", P(bg), ",\n\nThank you for your e-mail. Our insured's vehicle (", v.reg(), ", ", v.pick(MAKES), ") was struck by your insured, ",
      P(tp_g + " " + tp_f), ", on ", v.recent("dlong"), ". Liability was admitted at scene per the attached dashcam footage.\n\n")
    d("Outlay to date: repairs ", money(v, 1500, 9000), ", credit hire ", money(v, 300, 4000), ", engineer's fee ", money(v, 90, 250),
      ". Please remit to sort code ", v.dig(2), "-", v.dig(2), "-", v.dig(2), " quoting ", our, ".\n\n")
    if n % 2:
        d("Our insured's passenger, ", P(v.full()), ", has intimated a ", DX(v.pick(["whiplash", "post-concussion syndrome", "wrist fracture"])),
          " claim through ", v.pick(["Slater and Gordon", "Fentons", "Winn Solicitors"]), ".\n\n")
    d("Kind regards,\n", P(ag), "\nRecoveries Handler | Direct dial ", PH(v.phone("GB")), "\n\n")
    d("> On ", v.recent("dmon"), ", ", P(bg + " " + bf), " <", E(b_mail), "> wrote:\n> Please confirm your outlay and provide the repair invoice.\n> ",
      "Tel. ", PH(v.phone(bc)), "\n")
    return d


@tpl(3)
def email_solicitor_letter(v, n):
    d = Doc("email")
    cc = v.country(["GB", "GB", "IE", "LV", "EE", "SE", "FI", "JM"])
    g, f, _ = v.person(cc)
    sol_g, sol_f, _ = v.person("GB")
    firm, dom = v.pick([("Bramwell Hoyt LLP", "bramwellhoyt.co.uk"), ("Carrick & Nwosu Solicitors", "carricknwosu.law"), ("Ferris Oduya Injury Law", "ferrisoduya.co.uk")])
    d("From: ", E(v.email(sol_g, sol_f, dom)), "\nTo: ", E("newclaims@motorinsurer-example.com"), "\nSubject: Letter of Claim — ",
      P(g + " " + f), " v your insured\n\n")
    d("Dear Sirs,\n\nOUR CLIENT: ", P(g.upper() + " " + f.upper()), "\nDATE OF BIRTH: ", DOB(v.dob("dlong")), "\n")
    d("NATIONAL INSURANCE NO: ", L("UK_NATIONAL_INSURANCE_NUMBER", v.nino()), "\nADDRESS: ", A(v.address("GB")), "\n")
    d("YOUR INSURED: ", v.pick(PLACEHOLDER) if n == 2 else "not yet identified", "   VEHICLE: ", v.reg(), "\nINDEX DATE: ", v.recent("dmy/"), "\n\n")
    d("We are instructed by the above-named in connection with injuries sustained in a road traffic accident. Our client sustained ",
      DX(v.pick(["a fracture of the left clavicle", "whiplash-associated disorder grade II", "concussion"])), " and has since been diagnosed with ",
      DX(v.pick(["post-traumatic stress disorder", "depressive episode", "acute stress reaction"])), ". ")
    d("Our client is prescribed ", RX(v.pick(MEDS)), " and continues to attend ", v.pick(["physiotherapy", "CBT", "pain clinic"]), ".\n\n")
    d("Please confirm whether the claim exceeds the small claims limit. We also give notice of a claim under the Compensation Recovery Unit scheme (CRU ref ",
      v.up(2), v.dig(6), ").\n\nYours faithfully,\n", P(sol_g + " " + sol_f), "\n", firm, " | ", PH(v.phone("GB")), "\n")
    return d


@tpl(4)
def chat_fnol(v, n):
    d = Doc("chat")
    cc = v.country()
    g, f, _ = v.person(cc)
    agent = v.given("GB")
    clock = [v.r.randint(8 * 60, 18 * 60)]
    def hm():
        clock[0] += v.r.randint(0, 3)
        return "%02d:%02d" % divmod(clock[0], 60)
    d("[Webchat transcript — FNOL — session ", v.up(3), v.dig(7), "]\n")
    d("[", hm(), "] Bot: Hi! Please tell us your policy number or vehicle registration.\n")
    d("[", hm(), "] Customer: ", v.reg(), "\n")
    d("[", hm(), "] ", P(agent), ": Thanks. Can I take your full name and date of birth?\n")
    d("[", hm(), "] ", P(g), ": ", P(g + " " + f), ", ", DOB(v.dob(v.pick(["dmy/", "dlong"]))), "\n")
    d("[", hm(), "] ", P(agent), ": What happened?\n")
    d("[", hm(), "] ", P(g), ": ", v.pick(["someone reversed into me in the Tesco car park",
                                                                                               "van went into the back of me at the lights on the A38",
                                                                                               "I hit a deer on the N71, bonnet is wrecked"]), "\n")
    if n % 2 == 0:
        og, of, oc = v.person()
        d("[", hm(), "] ", P(g), ": the other driver is ", P(og + " " + of), ", number ",
          PH(v.phone(oc)), ", lives at ", A(v.address(oc)), "\n")
    d("[", hm(), "] ", P(agent), ": Is anyone hurt?\n")
    if n == 1:
        d("[", hm(), "] ", P(g), ": no thank god. just shaken\n")
    else:
        d("[", hm(), "] ", P(g), ": my neck is sore, A&E said ", DX(v.pick(["whiplash", "cervical sprain", "a mild concussion"])),
          " and gave me ", RX(v.pick(["naproxen", "co-codamol", "diazepam"])), "\n")
    d("[", hm(), "] ", P(agent), ": Sorry to hear that. Best number to reach you?\n")
    d("[", hm(), "] ", P(g), ": ", PH(v.phone(cc)), " or email ", E(v.email(g, f)), "\n")
    d("[", hm(), "] ", P(agent), ": Your claim number is ", v.claim(), ". A hire car from ",
      v.pick(["Enterprise", "Arnold Clark Car & Van Rental", "Hertz"]), " will be arranged.\n")
    return d


@tpl(3)
def ticket_fraud(v, n):
    d = Doc("ticket")
    d("SIU-", v.dig(5), " | Priority: ", v.pick(["High", "Medium"]), " | Status: ", v.pick(["Open", "Referred to IFB", "Closed — no further action"]), "\n")
    d("Title: Suspected ", v.pick(["induced 'crash for cash' collision", "staged low-speed impact", "ghost broking ring", "phantom passenger claims"]), "\n\n")
    d("Linked claims: ", ", ".join(v.claim() for _ in range(3)), "\n\n")
    for i in range(2 + n % 2):
        g, f, c = v.person(v.country(["GB", "LT", "LV", "PL", "IN", "GH", "JM", "TT", "IE"]))
        d("Subject ", str(i + 1), ": ", P(g + " " + f), ", DOB ", DOB(v.dob("dmy/")), ", tel ", PH(v.phone(v.country(["GB", c]))), "\n")
        if i == 0:
            d("  Passport (", COUNTRY_NAME[c], ") ", L(pp_type(c), v.passport(c)), " — same document image used on ", str(v.r.randint(2, 5)), " policies\n")
        if i == 1:
            sc, ac = v.sort_acct()
            d("  Settlement account ", L("UK_BANK_ACCOUNT", sc + " " + ac), " shared with subject 1\n")
    d("\nDigital: quote IP ", IP(v.ip()), " reused across ", str(v.r.randint(3, 14)), " quotes; device fingerprint ", "".join(v.r.choice("0123456789abcdef") for _ in range(16)), "\n")
    d("Note: NI no. supplied (", v.pick(["QQ 12 34 56 C", "AB ** ** ** C", "XX999999X"]), ") is a specimen/masked value — not genuine.\n")
    d("Assigned: ", P(v.full("GB")), " (investigator)\n")
    return d


@tpl(3)
def ticket_dms_it(v, n):
    d = Doc("ticket")
    d("INC", v.neg_digits(7), " — ", v.pick(["DMS sync to manufacturer portal failing", "Workshop loan car diary not loading",
                                            "Part price file import rejected", "Finance proposal gateway timeout"]), "\n")
    d("Reported by: Service Desk (shared account)\nAffected site: ", v.pick(PERSON_COMPANIES[:10]), " — ", v.pick(["Glasgow Hillington", "Milton Keynes", "Cork"]), "\n")
    d("Version: ", "%d.%d.%d.%d" % (v.r.randint(3, 9), v.r.randint(0, 20), v.r.randint(0, 99), v.r.randint(100, 999)), "  Build ", v.up(2), v.dig(5), "\n\n")
    d("Steps: open job card J", v.neg_digits(7), " for VIN ", v.vin(), ", click 'Customer' tab → spinner. Error code DMS-", v.dig(4), ".\n")
    d("Workaround: clear cache. Closed over ", v.pick(HOLIDAYS), " weekend; re-open if recurs.\nSLA: P3 / 8 business hours\n")
    return d


@tpl(3)
def email_bodyshop(v, n):
    d = Doc("email")
    cc = v.country(["GB", "GB", "IE", "MT", "CY", "GR"])
    g, f, _ = v.person(cc)
    shop = v.pick(["Halloran & Sons Coachworks", "Bill Fenwick Autos", "Patrick Doyle Motors", "Colin Appleyard Accident Repair Centre"])
    d("From: ", E("estimates@" + re.sub(r"[^a-z]", "", shop.lower())[:14] + ".example.com"), "\nTo: ", E(v.email(g, f)), "\nSubject: Repair estimate for ", v.reg(), "\n\n")
    d("Hi ", P(g), ",\n\nPlease find the estimate for your ", v.pick(MAKES), " (VIN ", v.vin(), ", ", "{:,}".format(v.r.randint(5000, 99000)), " miles):\n\n")
    for part in v.r.sample(["Front bumper cover 5Q0 807 221", "Headlamp RH 90 165 838", "Bonnet 8W0 823 029", "Wing NS 13 46 110", "Paint & materials", "ADAS recalibration"], 4):
        d("  ", part.ljust(34), money(v, 40, 900), "\n")
    d("  Labour 6.5 hrs @ £62.00\n\nYour insurer (", v.pick(["Direct Line", "Churchill", "LV="]), ") has authorised the work; excess payable on collection.\n")
    d("Collection address on file: ", A(v.address(cc)) if n != 1 else "[not provided]", "\n\nCheers,\n", shop, " — ", PH(v.phone(cc)), "\n")
    return d


@tpl(2)
def chat_team_nopii(v, n):
    d = Doc("chat")
    lines = [("ops-bot", "Nightly DMS export completed: 14,882 rows, build %d.%d.%d.%d" % (v.r.randint(1, 9), v.r.randint(0, 20), v.r.randint(0, 99), v.r.randint(100, 999))),
             ("sales-floor", "Reminder: showroom closed %s, open again Tuesday" % v.pick(HOLIDAYS)),
             ("sales-floor", "the Opel Adam and the Lotus Elise demo cars need valeting before the Ferrari open day"),
             ("service", "MOT bay 2 down again — tester says it's a depression in the floor plate, not the ramp"),
             ("ops-bot", "Quote volume down 12%% week-on-week, avg premium %s" % money(v, 500, 900)),
             ("finance", "Ford Credit and Marshall Motor Group settlement files received; no exceptions"),
             ("service", "Placeholder customer 'Joe Bloggs' still in the test environment, please purge")]
    for who, txt in v.r.sample(lines, 5):
        d("#", who, " ", "%02d:%02d" % (v.r.randint(7, 19), v.r.randint(0, 59)), " — ", txt, "\n")
    return d


# ---- free text / html -----------------------------------------------------------------------------------
@tpl(3)
def ft_police_report(v, n):
    d = Doc("free_text")
    force = ["Police Service of Northern Ireland", "An Garda Síochána", "Victoria Police"][n]
    cc = ["GB", "IE", "AU"][n]
    d(force, " — Collision Report (extract supplied to insurers under DPA 2018 Sch 2 para 2)\n")
    d("Incident ref: ", v.up(2), "-", v.dig(6), "-", str(v.r.randint(23, 25)), "   Reporting officer: Constable ", P(v.full(cc)), ", collar ", v.dig(4), "\n\n")
    g, f, _ = v.person(v.country([cc, cc, "LT", "PL", "IN", "LK"]))
    ymd = v.date(1960, 2004)
    d("Driver 1 was identified as ", P(g + " " + f), " (born ", DOB(v.fdate(ymd, "dlong")), ") of ", A(v.address(cc)), ". ")
    lab = {"GB": "DVLA licence", "IE": "Irish driving licence", "AU": "Victorian licence"}[cc]
    num = v.dl_intl("GB", f, g, ymd, g in FEMALE) if cc == "GB" else v.dl_intl(cc)
    d("Produced ", lab, " ", L("DRIVER_LICENSE", num), ". Roadside breath test: ", v.pick(["negative", "31 µg/100ml (limit 35)", "refused"]), ".\n")
    g2, f2, c2 = v.person()
    d("Driver 2, ", P(g2 + " " + f2), ", a national of ", COUNTRY_NAME[c2], ", produced passport ", L(pp_type(c2), v.passport(c2)),
      " and stated the vehicle was hired from ", v.pick(["Europcar", "Avis", "Sixt"]), ". Contact: ", PH(v.phone(c2)), ".\n")
    d("Witness ", P(v.full()), " (", PH(v.phone(cc)), ") saw Vehicle 2 pass the give-way line. A second witness declined to give details.\n")
    d("Injuries: Driver 1 conveyed to hospital by ambulance — ", v.pick(["suspected ", "", "possible "]), DX(v.pick(["fractured sternum", "concussion", "fractured right radius"])), ". ")
    d("Driver 2 uninjured. Road surface damp; speed limit ", str(v.pick([30, 50, 60, 80])), ". No prosecution at this stage (offence code ", v.pick(CONV), " considered).\n")
    return d


@tpl(3)
def ft_witness_statement(v, n):
    d = Doc("free_text")
    cc = v.country(["GB", "IE", "ZA", "NZ", "TT", "MT", "CY"])
    g, f, _ = v.person(cc)
    d("IN THE COUNTY COURT AT ", v.pick(["MANCHESTER", "CARDIFF", "LEEDS"]), "                  Claim No. ", v.up(1), v.dig(2), v.up(2), v.dig(3), "\n")
    d("BETWEEN\n", P(v.full().upper()), "   Claimant\nand\n", P(v.full().upper()), "   Defendant\n\nWITNESS STATEMENT OF ", P(g.upper() + " " + f.upper()), "\n\n")
    d("I, ", P(g + " " + f), ", of ", A(v.address(cc)), ", ", v.pick(["retired teacher", "delivery driver", "student nurse"]), ", will say as follows:\n\n")
    d("1. On ", v.recent("dlong"), ", on my way back from the ", v.pick(HOLIDAYS), " market, I was standing at the bus shelter outside ",
      v.pick(["Evans Halshaw Ford", "Jardine Motors", "Sytner BMW"]), " when I saw a ", v.pick(MAKES), " pull out without stopping.\n")
    d("2. I gave my telephone number (", PH(v.phone(cc)), ") to the driver of the blue car. I do not know either party.\n")
    d("3. I have ", DX(v.pick(["cataracts", "glaucoma"])) if n == 1 else "no problems with my eyesight", " and was wearing my glasses.\n")
    d("\nStatement of truth: I believe that the facts stated in this witness statement are true.\nSigned ........ ", P(g + " " + f), "   Dated ", v.recent("dmy/"), "\n")
    return d


@tpl(3)
def ft_fraud_narrative(v, n):
    d = Doc("free_text")
    g, f, c = v.person(v.country(["LT", "LV", "EE", "PT", "GR", "CY", "IT", "NL"]))
    d("Investigator's narrative — file ", v.up(3), "/", v.dig(5), "\n\n")
    d("Between January and March the subject, ", P(g + " " + f), ", incepted four policies through a comparison site using slight variations of the same name (",
      P(g[0] + ". " + f), ", ", P(f + " " + g), "). ", "Each proposal gave the address ", A(v.address(c)), " and the mobile ", PH(v.phone(c)), ".\n")
    d("The passport presented at the dealership (", COUNTRY_NAME[c], ", ", PP_LABEL.get(c, "passport no."), " ", L("PASSPORT", v.passport(c)), ") matches the Interpol SLTD hit dated ",
      v.recent("dmy/"), ". Premiums were paid from ", L("IBAN", v.iban(c if c in ("LT", "LV", "EE", "PT", "GR", "CY", "IT", "NL") else None)), ".\n")
    if c == "IT":
        gg, ff = v.given("IT"), v.family("IT")
        ymd = v.date()
        d("A co-signatory, ", P(gg + " " + ff), ", codice fiscale ", L("IT_FISCAL_CODE", v.cf(gg, ff, ymd, gg in FEMALE)), ", denies any knowledge.\n")
    d("A second IBAN supplied (", v.bad_iban(), ") fails validation and appears to have been mistyped or invented.\n")
    d("The dealership, ", v.pick(["Colin Appleyard", "Jack Barclay", "H.R. Owen"]), ", co-operated fully. Recommendation: void ab initio, report to IFB and CUE.\n")
    return d


@tpl(3)
def html_customer_portal(v, n):
    d = Doc("html")
    cc = v.country()
    g, f, _ = v.person(cc)
    d("<!DOCTYPE html>\n<html lang=\"en\"><head><title>My Account — Policy ", v.policy(), "</title></head>\n<body>\n<h1>Welcome back, ", P(g), "</h1>\n")
    d("<section id=\"details\">\n<dl>\n  <dt>Policyholder</dt><dd>", P(g + " " + f), "</dd>\n  <dt>Date of birth</dt><dd>", DOB(v.dob("dlong")), "</dd>\n")
    addr = v.address(cc, multiline=True).replace("\n", "<br>")
    ph = v.phone(cc)
    d("  <dt>Correspondence address</dt><dd>", A(addr), "</dd>\n  <dt>Mobile</dt><dd><a href=\"tel:", PH(re.sub(r"[^\d+]", "", ph)), "\">")
    d(PH(ph), "</a></dd>\n  <dt>Email</dt><dd>", E(v.email(g, f)), "</dd>\n")
    if n == 0:
        d("  <dt>Card on file</dt><dd>Visa ending 4", v.dig(3), "</dd>\n")
    elif n == 1:
        d("  <dt>Direct Debit</dt><dd>", L("IBAN", v.iban(cc if cc in ("IE", "DE", "FR", "NL", "BE", "AT", "PT", "FI") else "IE")), "</dd>\n")
    else:
        d("  <dt>Named driver</dt><dd>", P(v.full()), "</dd>\n")
    d("</dl>\n</section>\n<footer>Last login from ", IP(v.ip()), " · v", "%d.%d.%d.%d" % (v.r.randint(1, 9), v.r.randint(0, 20), v.r.randint(0, 99), v.r.randint(100, 999)), "</footer>\n</body></html>\n")
    return d


@tpl(3)
def html_dealer_offers(v, n):
    d = Doc("html")
    dealer = v.pick(["Arnold Clark", "John Clark Motor Group", "Jardine Motors", "Bill Fenwick Autos", "Colin Appleyard"])
    d("<html><body>\n<header><h1>", dealer, " — ", v.pick(HOLIDAYS), " Sales Event</h1></header>\n<ul class=\"offers\">\n")
    for _ in range(4):
        d("  <li><b>", v.pick(MAKES), "</b> from ", money(v, 199, 599), "/month · ", "{:,}".format(v.r.randint(8, 60000)), " miles · VIN ", v.vin(), "</li>\n")
    d("</ul>\n<p>Ask about the Ferrari Enzo tribute display and the Mercedes-Benz Maybach test-drive days. Representative APR 9.9%. ",
      "Customer reviews: \"Brilliant service from the team\" — verified buyer.</p>\n")
    d("<form><label>Full Name</label><input name=\"name\" placeholder=\"Jane Doe\"><label>Phone Number</label><input name=\"tel\" placeholder=\"07xxx xxxxxx\"></form>\n")
    d("<footer>", dealer, " Ltd is authorised and regulated by the FCA (FRN ", v.dig(6), "). Company no. SC", v.dig(6), ".</footer></body></html>\n")
    return d


@tpl(3)
def ft_claims_article(v, n):
    d = Doc("free_text")
    d(v.pick(["Whiplash reforms three years on", "Motor claims market update", "Why repair costs keep rising"]), "\n\n")
    d("Whiplash claims fell by roughly ", str(v.r.randint(30, 60)), "% after the tariff took effect, according to ", v.pick(["ABI", "Insurance Ireland", "the MoJ"]),
      " figures. Researchers reported that post-traumatic stress disorder and chronic neck pain were over-represented among claimants in earlier cohorts, ",
      "though the study did not link outcomes to individuals.\n\n")
    d("Repair inflation has been described as a migraine for underwriters; one broker said the market was 'paralysed' by parts shortages. ",
      "Dealer groups such as Arnold Clark, Lookers and Jardine Motors reported record service revenue, while Tesla and Porsche raised list prices.\n\n")
    d("Parkinson's law applies to claims files: work expands to fill the time available. Average premiums rose to ", money(v, 700, 1000),
      " and average settlement for a tariff band C whiplash injury is ", money(v, 800, 900), ". The Great Depression-era roadside codes are long gone, ",
      "but ", v.pick(CONV), " remains the most common endorsement.\n")
    return d


@tpl(3)
def ft_mot_history(v, n):
    d = Doc("free_text")
    d("MOT history — ", v.reg(), " — ", v.pick(MAKES), "\n\n")
    for i in range(4):
        d(v.recent("dlong"), ": ", v.pick(["PASS", "PASS", "FAIL", "PASS with advisories"]), " — mileage ", "{:,}".format(v.r.randint(5000, 150000)),
          " — test no. ", v.neg_digits(12), "\n")
        d("   ", v.pick(["Nearside rear tyre worn close to legal limit (5.2.3 (e))", "Brake pipe slightly corroded (1.1.11 (c))",
                         "Headlamp aim too high (4.1.2 (a))", "Exhaust has a minor leak of exhaust gases (6.1.2 (a))", "No advisories"]), "\n")
    if n == 2:
        d("\nKeeper: ", P(v.full("GB")), " (since ", v.recent("dmon"), ")\n")
    return d


@tpl(6)
def ft_call_note_multilang(v, n):
    d = Doc("free_text")
    cc = ["FR", "DE", "PL", "PT", "ES", "IT"][n]
    g, f, _ = v.person(cc)
    intro = {"FR": "Note d'appel — sinistre ", "DE": "Gesprächsnotiz — Schadenfall ", "PL": "Notatka z rozmowy — szkoda ", "PT": "Nota de chamada — sinistro ",
             "ES": "Nota de llamada — siniestro ", "IT": "Nota telefonica — sinistro "}[cc]
    d(intro, v.claim(), " — ", v.recent("dmy."), "\n")
    if cc == "FR":
        d("Appel de ", P(g + " " + f), " (né" + ("e" if g in FEMALE else "") + " le ", DOB(v.dob("dmy/")), "), joignable au ", PH(v.phone("FR")),
          ". Accrochage sur le parking d'un Leclerc; l'autre conducteur, ", P(v.full()), ", a signé le constat amiable. ")
        d("Assuré(e) se plaint de cervicalgies, son médecin parle d'une ", DX("entorse cervicale"), " et a prescrit du ", RX("Doliprane"), ". ")
        d("NIR communiqué pour la prise en charge : ", L("FR_NIR", v.nir(g in FEMALE)), ". Customer prefers English follow-up by e-mail: ", E(v.email(g, f)), ".\n")
    elif cc == "DE":
        d("Anruf von Frau/Herrn ", P(f), " (Vorname ", P(g), "), geb. ", DOB(v.dob("dmy.")), ", Tel. ", PH(v.phone("DE")),
          ". Auffahrunfall auf der A9; Gegner fuhr einen Porsche Cayenne. Mandant meldet ", DX("HWS-Schleudertrauma"), ", nimmt ", RX("Ibuprofen"), ". ")
        d("Steuer-ID für Verdienstausfall angegeben: ", L("DE_TAX_ID", v.steuer()), " (alte Angabe ", v.bad_steuer(), " war falsch). Adresse: ", A(v.address("DE")), ".\n")
    elif cc == "PL":
        d("Dzwonił ", P(g + " " + f), ", tel. ", PH(v.phone("PL")), ". Kolizja w Łodzi, sprawca uciekł. Caller says he now lives in the UK at ",
          A(v.address("GB")), "; Polish driving licence (prawo jazdy) nr ", L("DRIVER_LICENSE", v.dl_intl("PL")), ". ")
        d("Passport PL ", L("PASSPORT", v.passport("PL")), ". Nie zgłasza obrażeń.\n")
    elif cc == "ES":
        d("Llamada de ", P(g + " " + f), " (NIE ", L("ES_DNI", v.dni(nie=True)), "), móvil ", PH(v.phone("ES")), ". Golpe por alcance en la M-30; ",
          "el contrario, ", P(v.full()), ", con DNI ", L("ES_DNI", v.dni()), ", no tenía seguro en vigor según FIVA. ",
          "El DNI que figuraba en la póliza antigua (", v.bad_dni(), ") no valida. Sin lesiones. Taller: ", v.pick(["Talleres Hermanos Ruiz", "Carrocerías Ochoa"]), ".\n")
    elif cc == "IT":
        ymd = v.date()
        d("Telefonata di ", P(g + " " + f), ", nato/a il ", DOB(v.fdate(ymd, "dmy/")), ", codice fiscale ", L("IT_FISCAL_CODE", v.cf(g, f, ymd, g in FEMALE)),
          ". Tamponamento sulla tangenziale di Napoli; CID firmato. Il cliente riferisce ", DX("colpo di frusta"), " e assume ", RX("Brufen"),
          ". Contatto: ", E(v.email(g, f)), ".\n")
    else:
        d("Ligação de ", P(g + " " + f), ", nascido em ", DOB(v.dob("dmy/")), ", telemóvel ", PH(v.phone("PT")), ". Choque em cadeia na A1 perto de Coimbra. ",
          "O segurado refere ", DX("fratura do punho"), "; toma ", RX("paracetamol"), ". IBAN para indemnização: ", L("IBAN", v.iban("PT")), ".\n")
    return d


@tpl(2)
def ft_release_notes(v, n):
    d = Doc("free_text")
    ver = "%d.%d.%d" % (v.r.randint(3, 9), v.r.randint(0, 20), v.r.randint(0, 9))
    d("DealerDesk DMS ", ver, " release notes\n\n")
    for item in v.r.sample(["Added VIN check-digit validation for North American VINs (position 9).",
                            "Finance proposals now support the new CCA disclosure template v2.4.1.7.",
                            "Fixed: customer search returned placeholder record 'Max Mustermann' in production.",
                            "Telematics firmware 10.2.33.180 certified for crash detection.",
                            "Bank holiday calendar updated for Easter Monday and St Stephen's Day.",
                            "Masked card display now shows **** **** **** 1234 everywhere.",
                            "Removed deprecated field 'Date Of Birth (legacy)' from the export template."], 5):
        d("- ", item, "\n")
    return d


@tpl(2)
def html_vehicle_listing(v, n):
    d = Doc("html")
    mk = v.pick(MAKES)
    d("<article class=\"listing\">\n<h2>", mk, " ", str(v.r.randint(2016, 2024)), "</h2>\n<table>\n")
    for k, val in [("Price", money(v, 6000, 40000)), ("Mileage", "{:,} miles".format(v.r.randint(3000, 90000))), ("VIN", v.vin()),
                   ("Registration", v.reg()), ("Engine", v.pick(["1.5 TSI EVO", "2.0 EcoBlue", "M274.920"])), ("Insurance group", "%d%s" % (v.r.randint(5, 40), v.pick("AEU"))),
                   ("Previous owners", str(v.r.randint(1, 4))), ("Seller", v.pick(["Marshall Motor Group", "Perrys", "Hendy Group"]))]:
        d("<tr><th>", k, "</th><td>", val, "</td></tr>\n")
    d("</table>\n<p>Full service history. Next MOT due ", v.recent("dlong"), ".</p>\n</article>\n")
    return d


@tpl(2)
def html_injury_claim_summary(v, n):
    d = Doc("html")
    cc = v.country(["GB", "IE", "CA", "US"])
    g, f, _ = v.person(cc)
    d("<div class=\"claim-summary\">\n<h3>Injury claim — ", P(g + " " + f), "</h3>\n<table>\n")
    d("<tr><td>DOB</td><td>", DOB(v.dob("dmy/" if cc != "US" else "mdy/")), "</td></tr>\n")
    if cc == "CA":
        d("<tr><td>SIN</td><td>", L("CA_SIN", v.sin()), "</td></tr>\n<tr><td>SIN (previous, invalid)</td><td>", v.bad_sin(), "</td></tr>\n")
    elif cc == "US":
        d("<tr><td>SSN</td><td>", L("US_SSN", v.ssn()), "</td></tr>\n<tr><td>Medicare MBI</td><td>", L("US_MBI", v.mbi()), "</td></tr>\n")
    else:
        d("<tr><td>NHS / PPS</td><td>", L("UK_NHS_NUMBER", v.nhs()) if cc == "GB" else "not held", "</td></tr>\n")
    d("<tr><td>Injuries</td><td>", DX(v.pick(DIAG)), "<br>", DX(v.pick(DIAG)), "</td></tr>\n<tr><td>Medication</td><td>", RX(v.pick(MEDS)), "</td></tr>\n")
    d("<tr><td>Reserve</td><td>", money(v, 2000, 60000), "</td></tr>\n</table>\n</div>\n")
    return d


@tpl(3)
def chat_whatsapp_finance(v, n):
    d = Doc("chat")
    cc = ["LK", "JM", "IN"][n]
    g, f, _ = v.person(cc)
    sp = v.given("GB")
    clock = [v.r.randint(8 * 60, 12 * 60)]
    day = "%02d/%02d/2024" % (v.r.randint(1, 28), v.r.randint(1, 12))
    def t():
        clock[0] += v.r.randint(0, 25)
        return "%s, %02d:%02d" % (day, clock[0] // 60, clock[0] % 60)
    d(t(), " - ", P(sp), " (", v.pick(["Jardine Motors", "Sytner", "Perrys"]), "): Hi ", P(g), ", the finance house needs proof of ID and address before they'll pay out\n")
    d(t(), " - ", P(g), ": ok sending now. passport is ", COUNTRY_NAME[cc], " one, number ", L("PASSPORT", v.passport(cc)), "\n")
    d(t(), " - ", P(g), ": <attached: IMG-2024", v.dig(4), "-WA00", v.dig(2), ".jpg>\n")
    d(t(), " - ", P(sp), ": perfect. And your UK licence number? the counterpart isn't needed\n")
    ymd = v.date(1970, 2002)
    d(t(), " - ", P(g), ": ", L("DRIVER_LICENSE", v.dl_intl("GB", f, g, ymd, g in FEMALE)), " — still at the old address on it tho, now living at ", A(v.address("GB")), "\n")
    d(t(), " - ", P(sp), ": no problem, bank statement with the new address will do. Deposit is ", money(v, 500, 3000), ", paying by card?\n")
    if n == 1:
        d(t(), " - ", P(g), ": yes ", L("CREDIT_CARD", v.card()), " exp 0", str(v.r.randint(1, 9)), "/2", str(v.r.randint(6, 9)), "\n")
        d(t(), " - ", P(sp), ": please don't send card numbers on WhatsApp!! I'll call you on ", PH(v.phone("GB")), " instead\n")
    else:
        d(t(), " - ", P(g), ": I'll come in Saturday and pay at the desk\n")
    d(t(), " - ", P(sp), ": 👍 car will be valeted and ready, reg ", v.reg(), "\n")
    return d


@tpl(3)
def log_credit_bureau(v, n):
    d = Doc("log")
    for i in range(v.r.randint(3, 5)):
        cc = v.country(["GB", "GB", "IE", "IN", "GH", "PL", "SE", "FI"])
        g, f, _ = v.person(cc)
        d(ts(v), " credit-api req_id=", "".join(v.r.choice("0123456789abcdef") for _ in range(12)), " product=MOTOR_FINANCE")
        if n == 2:
            d(" forename=*** surname=*** dob=****-**-** addr=<masked>")
        else:
            d(" forename=\"", P(g), "\" surname=\"", P(f), "\" dob=", DOB(v.dob("iso")), " addr=\"", A(v.address("GB")), "\"")
        d(" result=", v.pick(["MATCH", "NO_MATCH", "REFER_FRAUD"]), " score=", str(v.r.randint(200, 999)), " latency_ms=", str(v.r.randint(40, 2000)), "\n")
    return d


@tpl(2)
def ticket_complaint(v, n):
    d = Doc("ticket")
    cc = v.country(["GB", "IE", "AU", "NZ", "ZA"])
    g, f, _ = v.person(cc)
    d("Complaint #CMP-", v.dig(6), "   Category: ", v.pick(["Refund delay", "Total loss valuation", "Cancellation fee"]), "   Opened: ", v.recent("iso"), "\n")
    d("Customer: ", P(g + " " + f), " | ", E(v.email(g, f)), " | ", PH(v.phone(cc)), "\n")
    d("Policy ", v.policy(), " cancelled mid-term; customer says refund of ", money(v, 40, 600), " to card ending ", v.dig(4), " never arrived. ")
    d("Payments confirms refund sent ", v.recent("dmy/"), " ref RF", v.neg_digits(10), ". ")
    if n == 0:
        d("Customer now asks for it by bank transfer instead: ", L("IBAN", v.iban("IE")) if cc == "IE" else L("UK_BANK_ACCOUNT", " ".join(v.sort_acct())), ".\n")
    else:
        d("Customer mentions they are on ", RX(v.pick(["sertraline", "propranolol"])), " for ", DX(v.pick(["anxiety", "depression"])),
          " and the delay has made it worse — flag as vulnerable customer (FCA FG21/1).\n")
    d("Owner: ", P(v.full("GB")), "   FOS deadline: 8 weeks\n")
    return d


@tpl(3)
def ft_kyc_narrative(v, n):
    d = Doc("free_text")
    if n == 0:
        g, f = v.given("PT"), v.family("PT")
        d("Affordability & ID check — Lisbon leasing desk. Applicant ", P(g + " " + f), " is a Brazilian national resident in Portugal since ", str(v.r.randint(2012, 2021)),
          ". CPF ", L("BR_CPF", v.cpf()), " verified against Receita Federal; NIF ", v.dig(9), " (PT, not checked). Born ", DOB(v.dob("dmy/")),
          ". Salary paid into ", L("IBAN", v.iban("PT")), ". Tel. ", PH(v.phone("PT")), ".\n")
    elif n == 1:
        g, f = v.given("IN"), v.family("IN")
        d("ID verification summary: ", P(g + " " + f), " relocated from Chennai to Leicester; uploaded Aadhaar ", L("IN_AADHAAR", v.aadhaar()),
          " and Indian passport ", L("PASSPORT", v.passport("IN")), ". The earlier Aadhaar typed by the dealer, ", v.bad_aadhaar(),
          ", failed the check digit. UK address ", A(v.address("GB")), ". National Insurance number ", L("UK_NATIONAL_INSURANCE_NUMBER", v.nino()), ".\n")
    else:
        g, f = v.given("CA"), v.family("CA")
        d("Note to underwriting: ", P(g + " " + f), " moved from Québec to Belfast with an Ontario-issued licence ", L("DRIVER_LICENSE", v.dl_intl("CA")),
          " (exchangeable). Canadian SIN provided for the US-Canada claims history request: ", L("CA_SIN", v.sin()), ". Date of birth ", DOB(v.dob("dlong")),
          ". Previous insurer: ", v.pick(["Intact", "Desjardins", "Aviva Canada"]), ", no at-fault claims. A SIN in the old file (", v.bad_sin(), ") was a typo.\n")
    return d


# ----------------------------------------------------------------------------------------------- validation
ID_CHECK = {
    "CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": aadhaar_ok, "BR_CPF": cpf_ok, "ES_DNI": dni_ok,
    "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok, "CA_SIN": sin_ok,
}
CARD_RE = re.compile(r"(?<![\dA-Za-z])(?:\d[ -]?){12,18}\d(?![\dA-Za-z])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")


def covered(ents, s, e):
    return any(a < e and s < b for _, a, b in ents)


def validate(doc):
    text, ents = doc["text"], doc["entities"]
    spans = sorted((x["start"], x["end"], x["type"]) for x in ents)
    for s, e, t in spans:
        assert t in LEVEL, t
        assert 0 <= s < e <= len(text), (doc["id"], s, e)
        frag = text[s:e]
        assert frag == frag.strip() and frag, (doc["id"], t, repr(frag))
        if t in ID_CHECK:
            assert ID_CHECK[t](frag), (doc["id"], t, frag)
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, (doc["id"], "overlap", text[s1:e1], text[s2:e2])
    lvl = max([LEVEL[x["type"]] for x in ents], key=RANK.get, default="INTERNAL")
    assert lvl == doc["classification"]
    fmt = doc["format"]
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for line in text.splitlines():
            if line.strip(): json.loads(line)
    if fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        assert len({len(r) for r in rows if r}) == 1, doc["id"]
    # leak check: no unlabelled look-alike that passes a checksum
    tl = [(x["type"], x["start"], x["end"]) for x in ents]
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|65", digits):
            if not (len(digits) == 15 and digits.startswith("35")):  # IMEI starting 35 is intended
                assert covered(tl, m.start(), m.end()), (doc["id"], "card leak", m.group())
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()) and not covered(tl, m.start(), m.end()):
            raise AssertionError((doc["id"], "iban leak", m.group()))
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()) and not covered(tl, m.start(), m.end()):
            # sort-code style or dates only; a bare 3-2-4 pattern must be labelled
            raise AssertionError((doc["id"], "ssn leak", m.group()))


def build():
    docs = []
    for name, fn, count in TEMPLATES:
        for i in range(count):
            rng = random.Random("%s:%s:%d" % (SEED, name, i))
            d = fn(V(rng), i)
            text = d.text()
            ents = [{"type": t, "start": s, "end": e} for t, s, e in d.ents]
            lvl = max([LEVEL[t] for t, _, _ in d.ents], key=RANK.get, default="INTERNAL")
            doc = {"id": "h26_%s-%d" % (name, i), "text": text, "entities": ents, "classification": lvl, "format": d.fmt}
            validate(doc)
            docs.append(doc)
    return docs


def main():
    docs = build()
    out = os.path.join(HERE, "holdout26.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tc, fc, cc = Counter(), Counter(), Counter()
    for doc in docs:
        fc[doc["format"]] += 1
        cc[doc["classification"]] += 1
        for e in doc["entities"]:
            tc[e["type"]] += 1
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for x in docs if not x["entities"]))
    for title, c in (("classification", cc), ("format", fc), ("entity type", tc)):
        print("\n%s:" % title)
        for k, n in c.most_common():
            print("  %-30s %d" % (k, n))


if __name__ == "__main__":
    main()
