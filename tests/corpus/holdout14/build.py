#!/usr/bin/env python3
"""holdout14 generator: EMEA banking/insurance/telecom corpus. Standard library only.
Written from the public contract (LABELS.md, PRIOR_CORPUS.md, BRIEF.md) only."""
import json, random, re, csv, io, sys
from collections import Counter

SEED = "holdout14/atlas-meridian-4409"
OUT = "/tmp/holdout14/holdout14.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
CUR_N = 0
CLS = {0: "INTERNAL", 1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
class L:
    __slots__ = ("t", "v")
    def __init__(self, t, v):
        assert t in LEVEL, t
        self.t, self.v = t, v

class M:
    """mixed string: list of str / L, used inside JSON string literals / CSV cells"""
    def __init__(self, *parts): self.parts = parts

class Doc:
    def __init__(self):
        self.buf = []; self.n = 0; self.ents = []
    def __call__(self, *items):
        for it in items:
            if it is None: continue
            if isinstance(it, L):
                s = self.n; self._a(it.v); self.ents.append({"type": it.t, "start": s, "end": self.n})
            elif isinstance(it, M):
                self(*it.parts)
            elif isinstance(it, (list, tuple)):
                self(*it)
            else:
                self._a(str(it))
        return self
    def _a(self, s):
        self.buf.append(s); self.n += len(s)
    def text(self): return "".join(self.buf)

def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jemit(d, obj, indent=2, lvl=0):
    """emit JSON into doc; indent=None -> compact one line"""
    nl = (lambda l: "\n" + " " * (indent * l)) if indent else (lambda l: "")
    sep = ": " if True else ":"
    if isinstance(obj, dict):
        if not obj: d("{}"); return
        d("{")
        for i, (k, v) in enumerate(obj.items()):
            d(nl(lvl + 1), json.dumps(k, ensure_ascii=False), sep)
            jemit(d, v, indent, lvl + 1)
            if i < len(obj) - 1: d("," if indent else ", ")
        d(nl(lvl), "}")
    elif isinstance(obj, list):
        if not obj: d("[]"); return
        d("[")
        for i, v in enumerate(obj):
            d(nl(lvl + 1)); jemit(d, v, indent, lvl + 1)
            if i < len(obj) - 1: d("," if indent else ", ")
        d(nl(lvl), "]")
    elif isinstance(obj, L):
        d('"', L(obj.t, jstr(obj.v)), '"')
    elif isinstance(obj, M):
        d('"')
        for p in obj.parts:
            if isinstance(p, L): d(L(p.t, jstr(p.v)))
            else: d(jstr(p))
        d('"')
    else:
        d(json.dumps(obj, ensure_ascii=False))

def crow(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i: d(sep)
        raw = c.v if isinstance(c, L) else ("".join(p.v if isinstance(p, L) else p for p in c.parts) if isinstance(c, M) else str(c))
        q = (sep in raw or '"' in raw or "\n" in raw) and sep != "\t"
        assert '"' not in raw
        if q: d('"')
        d(c)
        if q: d('"')
    d("\n")

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2: x *= 2; x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"

def space4(s): return " ".join(s[i:i+4] for i in range(0, len(s), 4))

def mod97_10_check(digits):  # ISO 7064 97-10: append two digits so that number mod 97 == 1
    return 98 - (int(digits) * 100) % 97

NHSW = [10, 9, 8, 7, 6, 5, 4, 3, 2]
def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10: return False
    c = 11 - sum(a * b for a, b in zip(d, NHSW)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_letter(num): return DNI_L[int(num) % 23]

def steuer_check(d10):
    prod = 10
    for ch in d10:
        s = (int(ch) + prod) % 10
        if s == 0: s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c

def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0": return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sorted(cnt.values()).count(max(cnt.values())) == 1): return False
    return steuer_check(s[:10]) == int(s[10])

CF_ODD = {}
_odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"): CF_ODD[ch] = _odd[i]
for i, ch in enumerate("0123456789"): CF_ODD[ch] = _odd[i]
CF_EVEN = {ch: i for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
CF_EVEN.update({ch: i for i, ch in enumerate("0123456789")})
def cf_check(s15):
    t = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s15))
    return chr(65 + t % 26)

def verhoeff_tables():
    d = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
         [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
         [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
    p = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
         [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
    inv = [0,4,3,2,1,5,6,7,8,9]
    return d, p, inv
VD, VP, VINV = verhoeff_tables()
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)): c = VD[c][VP[i % 8][int(ch)]]
    return c == 0
def verhoeff_gen(body):
    c = 0
    for i, ch in enumerate(reversed(body)): c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return body + str(VINV[c])

def cpf_digits(n9):
    d = [int(c) for c in n9]
    s = sum(a * b for a, b in zip(d, range(10, 1, -1))); c1 = (s * 10) % 11 % 10
    d.append(c1)
    s = sum(a * b for a, b in zip(d, range(11, 1, -1))); c2 = (s * 10) % 11 % 10
    return f"{c1}{c2}"

def nric_make(prefix, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(d7, w)) + (4 if prefix in "TG" else 0)
    tbl = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + d7 + tbl[s % 11]

def nir_key(n13):
    n = n13.replace("2A", "19").replace("2B", "18")
    return 97 - int(n) % 97

def nino_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s): return False
    if s[0] in "DFIQUV" or s[1] in "DFIQUVO": return False
    return s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")

# self-tests against published examples
assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000") and iban_ok("FR1420041010050500013M02606")
assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
assert dni_letter("12345678") == "Z"
assert steuer_check("8609574271") == 9  # 86095742719 published example
assert cf_check("RSSMRA85T10A562") == "S"
assert verhoeff_ok("2363") and verhoeff_gen("236") == "2363"
assert cpf_digits("111444777") == "35"
assert nric_make("S", "1234567") == "S1234567D"
assert nir_key("1850578006084") == 97 - 1850578006084 % 97
assert luhn_ok("046 454 286")  # CA SIN example

# ---------------------------------------------------------------- names (own lists)
NAMES = {
 "gb": (["Oliver", "Harriet", "Callum", "Imogen", "Rhys", "Bethan", "Alistair", "Philippa", "Gethin", "Tamsin"],
        ["Ashworth", "Pennington", "Braithwaite", "Hollis", "Featherstone", "Crouch", "Whitlock", "Marsden", "Loxley"]),
 "ie": (["Saoirse", "Oisín", "Caoimhe", "Diarmuid", "Niamh", "Tadhg", "Aoife", "Cathal"],
        ["Ó Briain", "Mac Cárthaigh", "Ní Dhomhnaill", "Fitzgerald", "Kinsella", "O'Driscoll", "Breathnach"]),
 "de": (["Hans-Peter", "Ingrid", "Jürgen", "Friederike", "Lukas", "Annegret", "Wolfram", "Sünje", "Till"],
        ["Müller", "Weißenborn", "von Haller", "Brandstätter", "Kühnel", "Oberländer", "zu Solms", "Pfeiffer", "Grünewald"]),
 "at": (["Leopold", "Theresia", "Florian", "Magdalena", "Valentin"], ["Hofbauer", "Strasser", "Wimmer", "Edlinger", "Pichlmayr"]),
 "ch": (["Urs", "Regula", "Beat", "Seraina", "Gian-Andrea"], ["Zwahlen", "Bühlmann", "Caflisch", "Tschudi", "Ammann"]),
 "fr": (["Jean-Baptiste", "Maëlle", "Régis", "Solène", "Gaëtan", "Anaïs", "Thibault", "Clémence"],
        ["Lefèvre", "de La Roche", "Bouchard", "Deschamps", "Giraud", "Le Goff", "Vasseur", "d'Harcourt"]),
 "be": (["Wouter", "Ilse", "Benoît", "Griet", "Sander"], ["Van den Broeck", "Claes", "Verhaegen", "Dumont", "De Smedt"]),
 "nl": (["Joris", "Femke", "Sjoerd", "Marloes", "Teun", "Anouk"], ["van der Velde", "de Boer", "Kuipers", "van 't Hek", "Schoenmaker", "ter Horst"]),
 "es": (["Íñigo", "Begoña", "Xavier", "Montserrat", "Alejandro", "Nerea", "Rocío"],
        ["García Pardo", "Etxeberria", "Martínez de la Fuente", "Quiroga", "Puigdomènech", "Ruiz-Olalla"]),
 "pt": (["João", "Inês", "Gonçalo", "Leonor", "Tiago", "Mafalda"], ["Carvalho", "Magalhães", "dos Santos Pinto", "Albuquerque", "Teixeira"]),
 "it": (["Giacomo", "Chiara", "Raffaele", "Benedetta", "Salvatore", "Ludovica"], ["Esposito", "Colombo", "De Luca", "Santangelo", "Bianchi", "Ferraresi"]),
 "pl": (["Grzegorz", "Małgorzata", "Wojciech", "Agnieszka", "Krzysztof", "Zofia"], ["Wiśniewski", "Kowalczyk", "Szymańska", "Brzęczyszczykiewicz", "Zając"]),
 "se": (["Björn", "Linnéa", "Henrik", "Åsa", "Oskar"], ["Lindqvist", "Åkesson", "Bergström", "Sjöberg", "Nyström"]),
 "gr": (["Dimitrios", "Eleni", "Konstantinos", "Vasiliki", "Panagiotis"], ["Papadopoulos", "Karamanlis", "Oikonomou", "Tsakalidou", "Georgiou"]),
 "tr": (["Mehmet", "Ayşe", "Emre", "Zeynep", "Oğuz", "Gülşen", "Çağlar"], ["Yılmaz", "Öztürk", "Karadağ", "Şahin", "Çelik", "Aydoğan"]),
 "ar": (["Mohammed", "Fatima", "Khalid", "Noura", "Abdulrahman", "Mariam", "Yousef", "Layla"],
        ["bin Rashid Al Maktoum", "Al-Qahtani", "Al Nahyan", "El-Sayed", "Al-Harbi", "bin Saeed Al-Ghamdi", "Haddad", "Abdel-Fattah"]),
 "ma": (["Youssef", "Khadija", "Hamza", "Salma"], ["Benjelloun", "El Amrani", "Tazi", "Ouazzani"]),
 "ir": (["Dariush", "Shirin", "Kourosh", "Parisa"], ["Tehrani", "Farahani", "Moghaddam", "Rahimzadeh"]),
 "ke": (["Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Baraka"], ["Mwangi", "Odhiambo", "Kiprotich", "Wafula", "Chebet"]),
 "za": (["Thandiwe", "Sipho", "Nomvula", "Pieter", "Annelie", "Lwazi"], ["Dlamini", "Nkosi", "van der Merwe", "Botha", "Mthembu", "du Plessis"]),
 "inv": (["Zorvian", "Teluma", "Aquesh", "Bramiro", "Ysolde", "Kavrin"], ["Drunvalt", "Osmerik", "Quellane", "Vantobe", "Sarrowick"]),
}
COUNTRY_OF = {"gb": "GB", "ie": "IE", "de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE", "nl": "NL", "es": "ES",
              "pt": "PT", "it": "IT", "pl": "PL", "se": "SE", "gr": "GR", "tr": "TR", "ar": "AE", "ma": "MA", "ir": "DE",
              "ke": "KE", "za": "ZA", "inv": "GB"}
FEM = set("Harriet Imogen Bethan Philippa Tamsin Saoirse Caoimhe Niamh Aoife Ingrid Friederike Annegret Sünje Theresia "
          "Magdalena Regula Seraina Maëlle Solène Anaïs Clémence Ilse Griet Femke Marloes Anouk Begoña Montserrat Nerea Rocío "
          "Inês Leonor Mafalda Chiara Benedetta Ludovica Małgorzata Agnieszka Zofia Linnéa Åsa Eleni Vasiliki Ayşe Zeynep Gülşen "
          "Fatima Noura Mariam Layla Khadija Salma Shirin Parisa Wanjiru Achieng Njeri Thandiwe Nomvula Annelie Teluma Ysolde".split())

class P:
    def __init__(self, g, f, o):
        self.g, self.f, self.o = g, f, o
        self.fem = g in FEM
        self.cc = COUNTRY_OF[o]
    @property
    def full(self): return f"{self.g} {self.f}"

def person(r, origin=None):
    o = origin or r.choice(list(NAMES))
    g, f = NAMES[o]
    return P(r.choice(g), r.choice(f), o)

def pname(r, p, style=None):
    """returns list of items for doc: may include non-labelled title"""
    st = style or r.choice(["full", "full", "LAST, First", "init", "title", "caps"])
    if st == "full": return [L("PERSON", p.full)]
    if st == "LAST, First": return [L("PERSON", f"{p.f.upper()}, {p.g}")]
    if st == "init": return [L("PERSON", f"{p.g[0]}. {p.f}")]
    if st == "caps": return [L("PERSON", p.full.upper())]
    if st == "title":
        t = {"de": "Dr. med. ", "at": "Mag. ", "fr": "Mme " if p.fem else "M. ", "it": "Dott. ", "es": "Sra. " if p.fem else "Sr. ",
             "nl": "mevr. " if p.fem else "dhr. ", "pl": "Pani " if p.fem else "Pan ", "tr": "Sayın ", "ar": "Sheikh " if not p.fem else "Ms "}.get(p.o, "Mrs " if p.fem else "Mr ")
        return [t, L("PERSON", p.full)]
    raise ValueError(st)

def email_of(r, p, dom=None):
    import unicodedata
    def asc(s):
        s = unicodedata.normalize("NFKD", s.replace("ß", "ss").replace("ł", "l").replace("ı", "i"))
        return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())
    dom = dom or r.choice(["gmx.de", "web.de", "orange.fr", "libero.it", "telefonica.net", "sapo.pt", "wp.pl", "outlook.com",
                           "eircom.net", "btinternet.com", "ziggo.nl", "bluewin.ch", "gmail.com", "yandex.com.tr", "emirates.net.ae", "icloud.com"])
    a, b = asc(p.g), asc(p.f.split()[-1])
    return r.choice([f"{a}.{b}@{dom}", f"{a[0]}{b}@{dom}", f"{b}.{a}{r.randint(1, 99)}@{dom}", f"{a}_{b}@{dom}"])

# ---------------------------------------------------------------- addresses
def addr(r, cc, multiline=False):
    n = r.randint(1, 180)
    if cc == "DE":
        st = r.choice(["Hauptstr.", "Lindenallee", "Am Mühlbach", "Kaiser-Wilhelm-Ring", "Schönhauser Allee", "Bergmannstraße"])
        c = r.choice(["10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg", "04109 Leipzig", "60311 Frankfurt am Main"])
        a = [f"{st} {n}{r.choice(['', '', 'a', 'b'])}", c]
    elif cc == "AT":
        a = [f"{r.choice(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Getreidegasse'])} {n}/{r.randint(1, 20)}", r.choice(["1060 Wien", "1030 Wien", "5020 Salzburg"])]
    elif cc == "CH":
        a = [f"{r.choice(['Bahnhofstrasse', 'Rue du Rhône', 'Seefeldstrasse'])} {n}", r.choice(["8001 Zürich", "1204 Genève", "3011 Bern"])]
    elif cc == "FR":
        a = [f"{n} {r.choice(['bis ', 'ter ', '', ''])}{r.choice(['rue de la Roquette', 'avenue Jean-Jaurès', 'boulevard Haussmann', 'impasse des Tilleuls'])}",
             r.choice(["75011 Paris", "69003 Lyon", "13006 Marseille", "33000 Bordeaux", "59800 Lille"])]
    elif cc == "BE":
        a = [f"{r.choice(['Rue Royale', 'Meir', 'Korenmarkt', 'Chaussée de Waterloo'])} {n}{r.choice(['', ' bte 3', '/2'])}", r.choice(["1000 Bruxelles", "2000 Antwerpen", "9000 Gent"])]
    elif cc == "NL":
        if r.random() < 0.25:
            a = [f"Postbus {r.randint(100, 99999)}", r.choice(["1000 AA Amsterdam", "3000 CA Rotterdam", "2500 GA Den Haag"])]
        else:
            a = [f"{r.choice(['Keizersgracht', 'Oudegracht', 'Laan van Meerdervoort', 'Witte de Withstraat'])} {n}{r.choice(['', '-II', ' huis', 'A'])}",
                 r.choice(["1016 EK Amsterdam", "3511 AL Utrecht", "2517 AB Den Haag", "3014 RJ Rotterdam"])]
    elif cc == "ES":
        a = [f"C/ {r.choice(['Mayor', 'de Alcalá', 'Gran Vía de les Corts Catalanes', 'Sierpes'])} {n}, {r.randint(1, 9)}º {r.randint(1, 4)}ª",
             r.choice(["28014 Madrid", "08010 Barcelona", "41004 Sevilla", "46002 València"])]
    elif cc == "PT":
        a = [f"{r.choice(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina'])}, {n}, {r.randint(1, 6)}º Esq.", r.choice(["1100-053 Lisboa", "4000-447 Porto", "1250-096 Lisboa"])]
    elif cc == "IT":
        a = [f"Via {r.choice(['Garibaldi', 'dei Mille', 'Roma', 'San Gregorio Armeno'])} {n}{r.choice(['', '/B', '/A'])}", r.choice(["20121 Milano", "00185 Roma", "80138 Napoli", "10123 Torino (TO)"])]
    elif cc == "PL":
        a = [f"ul. {r.choice(['Marszałkowska', 'Floriańska', 'Piotrkowska', 'Długa'])} {n} m. {r.randint(1, 60)}", r.choice(["00-624 Warszawa", "31-019 Kraków", "90-406 Łódź"])]
    elif cc == "SE":
        a = [f"{r.choice(['Drottninggatan', 'Storgatan', 'Kungsportsavenyen'])} {n}", r.choice(["111 51 Stockholm", "411 38 Göteborg", "753 20 Uppsala"])]
    elif cc == "GR":
        a = [f"{r.choice(['Odos Ermou', 'Leoforos Vasilissis Sofias', 'Odos Tsimiski'])} {n}", r.choice(["105 63 Athina", "546 24 Thessaloniki"])]
    elif cc == "TR":
        a = [f"{r.choice(['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Blv.'])} No:{n} D:{r.randint(1, 20)}", r.choice(["34728 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"])]
    elif cc == "AE":
        a = [f"P.O. Box {r.randint(1000, 99999)}", r.choice(["Dubai", "Abu Dhabi", "Sharjah"]) + ", United Arab Emirates"] if r.random() < 0.6 else \
            [f"Villa {n}, Street {r.randint(1, 40)}, Al Barsha 2", "Dubai, UAE"]
    elif cc == "SA":
        a = [f"P.O. Box {r.randint(1000, 99999)}", f"Riyadh {r.randint(11000, 14999)}", "Kingdom of Saudi Arabia"]
    elif cc == "EG":
        a = [f"{n} El Tahrir Street, Dokki", "Giza 12611, Egypt"]
    elif cc == "MA":
        a = [f"{n}, Boulevard Mohammed V", r.choice(["20000 Casablanca", "10000 Rabat"]) + ", Maroc"]
    elif cc == "ZA":
        a = [f"{n} {r.choice(['Jan Smuts Avenue', 'Long Street', 'Oxford Road'])}", r.choice(["Parktown North", "Gardens", "Rosebank"]),
             r.choice(["Johannesburg", "Cape Town"]) + f" {r.choice(['2193', '8001', '2196'])}"]
    elif cc == "KE":
        a = [f"P.O. Box {r.randint(100, 99999)}-00100", "Nairobi, Kenya"] if r.random() < 0.5 else [f"House {n}, Ngong Road, Kilimani", "Nairobi 00100"]
    elif cc == "IE":
        a = [f"{n} {r.choice(['Pembroke Road', 'Sráid an Rí', 'Main Street'])}", r.choice(["Ballsbridge, Dublin 4, D04 X7K2", "Galway, H91 E2R7", "Cork T12 PX62"])]
    else:  # GB
        a = [f"{r.choice(['Flat ' + str(r.randint(1, 30)) + ', ', '', ''])}{n} {r.choice(['Canonbury Road', 'Holloway Lane', 'Victoria Terrace', 'Meadowbank Close'])}",
             r.choice(["London N1 2UT", "Leeds LS6 3HN", "Bristol BS8 4QF", "Edinburgh EH3 9JR", "Cardiff CF10 1EP"])]
    return ("\n" if multiline else ", ").join(a)

# ---------------------------------------------------------------- phones
def d(r, k): return "".join(str(r.randint(0, 9)) for _ in range(k))
def phone(r, cc):
    if cc == "GB": return r.choice([f"+44 (0)20 7946 {d(r, 4)}", f"07{r.randint(400, 999)} {d(r, 6)}", f"+44 7{r.randint(400, 999)} {d(r, 3)} {d(r, 3)}", f"0161 496 {d(r, 4)}"])
    if cc == "IE": return r.choice([f"+353 87 {d(r, 3)} {d(r, 4)}", f"(01) {d(r, 3)} {d(r, 4)}"])
    if cc == "DE": return r.choice([f"0049 30 {d(r, 8)}", f"+49 (0)171 {d(r, 7)}", f"089/{d(r, 7)}", f"0151 {d(r, 4)} {d(r, 4)}"])
    if cc == "AT": return f"+43 664 {d(r, 7)}"
    if cc == "CH": return r.choice([f"+41 79 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"044 {d(r, 3)} {d(r, 2)} {d(r, 2)}"])
    if cc == "FR": return r.choice([f"06 {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"+33 (0)1 {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"07.{d(r, 2)}.{d(r, 2)}.{d(r, 2)}.{d(r, 2)}"])
    if cc == "BE": return f"+32 47{r.randint(0, 9)} {d(r, 2)} {d(r, 2)} {d(r, 2)}"
    if cc == "NL": return r.choice([f"06-{d(r, 8)}", f"+31 20 {d(r, 3)} {d(r, 4)}"])
    if cc == "ES": return r.choice([f"+34 6{d(r, 2)} {d(r, 3)} {d(r, 3)}", f"91 {d(r, 3)} {d(r, 2)} {d(r, 2)}"])
    if cc == "PT": return f"+351 91{r.randint(0, 9)} {d(r, 3)} {d(r, 3)}"
    if cc == "IT": return r.choice([f"+39 347 {d(r, 7)}", f"02 {d(r, 4)} {d(r, 4)}"])
    if cc == "PL": return f"+48 {r.randint(500, 799)} {d(r, 3)} {d(r, 3)}"
    if cc == "SE": return f"+46 70-{d(r, 3)} {d(r, 2)} {d(r, 2)}"
    if cc == "GR": return f"+30 69{d(r, 1)} {d(r, 3)} {d(r, 4)}"
    if cc == "TR": return r.choice([f"+90 532 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"0(212) {d(r, 3)} {d(r, 2)} {d(r, 2)}"])
    if cc == "AE": return r.choice([f"+971 50 {d(r, 3)} {d(r, 4)}", f"04 {d(r, 3)} {d(r, 4)}"])
    if cc == "SA": return f"+966 5{r.randint(0, 9)} {d(r, 3)} {d(r, 4)}"
    if cc == "EG": return f"+20 10 {d(r, 4)} {d(r, 4)}"
    if cc == "MA": return f"+212 6{d(r, 2)}-{d(r, 6)}"
    if cc == "ZA": return r.choice([f"+27 82 {d(r, 3)} {d(r, 4)}", f"(011) {d(r, 3)}-{d(r, 4)}"])
    if cc == "KE": return r.choice([f"+254 7{d(r, 2)} {d(r, 6)}", f"0722 {d(r, 3)} {d(r, 3)}"])
    return f"+44 7700 {d(r, 6)}"

# ---------------------------------------------------------------- identifiers
IBAN_SPEC = {  # country: bban generator
 "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + d(r, 14),
 "IE": lambda r: r.choice(["AIBK", "BOFI"]) + d(r, 14),
 "DE": lambda r: d(r, 18), "AT": lambda r: d(r, 16), "CH": lambda r: d(r, 17), "SE": lambda r: d(r, 20),
 "NL": lambda r: r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + d(r, 10),
 "PL": lambda r: d(r, 24), "GR": lambda r: d(r, 23), "TR": lambda r: d(r, 5) + "0" + d(r, 16),
 "AE": lambda r: d(r, 19), "SA": lambda r: d(r, 20), "EG": lambda r: d(r, 25),
}
def bban_fr(r):
    b, g, a = d(r, 5), d(r, 5), d(r, 11)
    k = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
    return f"{b}{g}{a}{k:02d}"
def bban_es(r):
    b, o, a = d(r, 4), d(r, 4), d(r, 10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        v = 11 - sum(int(x) * y for x, y in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return f"{b}{o}{dc('00' + b + o)}{dc(a)}{a}"
def bban_be(r):
    b = d(r, 10); c = int(b) % 97 or 97
    return f"{b}{c:02d}"
def bban_pt(r):
    b = d(r, 19); return f"{b}{mod97_10_check(b):02d}"
def bban_it(r):
    abi, cab, conto = d(r, 5), d(r, 5), d(r, 12)
    s = abi + cab + conto
    t = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return chr(65 + t % 26) + s
IBAN_SPEC.update({"FR": bban_fr, "ES": bban_es, "BE": bban_be, "PT": bban_pt, "IT": bban_it})

def iban(r, cc, spaced=None):
    v = iban_make(cc, IBAN_SPEC[cc](r))
    assert iban_ok(v)
    sp = r.random() < 0.55 if spaced is None else spaced
    return space4(v) if sp else v

def bad_iban(r, cc):
    v = iban_make(cc, IBAN_SPEC[cc](r))
    ck = int(v[2:4]); v = v[:2] + f"{(ck + r.randint(1, 8)) % 97 + 2:02d}"[-2:] + v[4:]
    if iban_ok(v): return bad_iban(r, cc)
    return space4(v)

CARD_PFX = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("4", 13)]
def card(r, style=None):
    p, n = r.choice(CARD_PFX)
    if p == "4" and n == 16: p = r.choice(["4539", "4916", "4024", "4175"])
    v = luhn_complete(p + d(r, n - len(p) - 1))
    st = style or r.choice(["sp", "sp", "plain", "dash"])
    if n == 15: return f"{v[:4]} {v[4:10]} {v[10:]}" if st != "plain" else v
    if n == 13: return v
    if st == "sp": return " ".join(v[i:i+4] for i in range(0, 16, 4))
    if st == "dash": return "-".join(v[i:i+4] for i in range(0, 16, 4))
    return v
def bad_card(r):
    v = luhn_complete("4" + d(r, 14)); v = v[:-1] + str((int(v[-1]) + 3) % 10)
    assert not luhn_ok(v); return " ".join(v[i:i+4] for i in range(0, 16, 4))
def masked_card(r):
    return r.choice([f"**** **** **** {d(r, 4)}", f"{r.choice(['4539', '5312'])}{d(r, 2)}******{d(r, 4)}", f"XXXX-XXXX-XXXX-{d(r, 4)}", f"•••• {d(r, 4)}"])

def nhs(r, spaced=True):
    while True:
        b = d(r, 9)
        c = 11 - sum(int(a) * w for a, w in zip(b, NHSW)) % 11
        c = 0 if c == 11 else c
        if c == 10 or b[0] == "0": continue
        v = b + str(c); assert nhs_ok(v)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if spaced else v
def bad_nhs(r):
    v = nhs(r, False); v = v[:-1] + str((int(v[-1]) + 1) % 10)
    if nhs_ok(v): return bad_nhs(r)
    return f"{v[:3]} {v[3:6]} {v[6:]}"

def nino(r, spaced=None):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ"); b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        v = a + b + d(r, 6) + r.choice("ABCD")
        if nino_ok(v): break
    sp = r.random() < 0.5 if spaced is None else spaced
    return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}" if sp else v

def sortacct(r): return f"{d(r, 2)}-{d(r, 2)}-{d(r, 2)}", d(r, 8)

def dni(r, nie=None):
    if nie or (nie is None and r.random() < 0.3):
        p = r.choice("XYZ"); n = d(r, 7)
        return f"{p}{n}{dni_letter(str('XYZ'.index(p)) + n)}"
    n = f"{r.randint(1000000, 79999999):08d}"
    return n + dni_letter(n)
def bad_dni(r):
    n = f"{r.randint(10000000, 79999999):08d}"; good = dni_letter(n)
    return n + r.choice([c for c in DNI_L if c != good])

def nir(r, p=None, spaced=True, dob=None):
    sex = "2" if (p and p.fem) else "1"
    yy = f"{dob[0] % 100:02d}" if dob else f"{r.randint(50, 99):02d}"
    mm = f"{dob[1]:02d}" if dob else f"{r.randint(1, 12):02d}"
    dep = r.choice(["75", "69", "13", "33", "59", "2A", "92", "44"])
    com, order = f"{r.randint(1, 400):03d}", f"{r.randint(1, 999):03d}"
    body = sex + yy + mm + dep + com + order
    k = nir_key(body)
    return f"{sex} {yy} {mm} {dep} {com} {order} {k:02d}" if spaced else f"{body}{k:02d}"
def bad_nir(r):
    v = nir(r, spaced=False); k = (int(v[-2:]) + 5) % 97 + 1
    return v[:-2] + f"{k:02d}"

def steuer(r, spaced=None):
    while True:
        digs = list("0123456789"); r.shuffle(digs)
        ten = digs[:9]; ten.insert(r.randint(1, 9), r.choice(ten))
        if ten[0] == "0": continue
        s = "".join(ten); v = s + str(steuer_check(s))
        if steuer_ok(v): break
    sp = r.random() < 0.4 if spaced is None else spaced
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if sp else v
def bad_steuer(r):
    v = steuer(r, False); v = v[:-1] + str((int(v[-1]) + 4) % 10)
    if steuer_ok(v): return bad_steuer(r)
    return v

BELFIORE = {"Milano": "F205", "Roma": "H501", "Napoli": "F839", "Torino": "L219", "Palermo": "G273", "Bologna": "A944", "Bari": "A662"}
def cf_part(s, first=False):
    s = s.upper().replace(" ", "").replace("'", "")
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalpha() and ord(c) < 128)
    cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4: cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]
def codice_fiscale(p, dob, city):
    y, m, dd = dob
    day = dd + (40 if p.fem else 0)
    s = cf_part(p.f) + cf_part(p.g, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{day:02d}" + BELFIORE[city]
    return s + cf_check(s)
def bad_cf(cf): return cf[:-1] + chr(65 + (ord(cf[-1]) - 65 + 7) % 26)

def sin(r):
    v = luhn_complete(r.choice("1234567") + d(r, 7)); return f"{v[:3]} {v[3:6]} {v[6:]}"
def cpf(r):
    b = d(r, 9); v = b + cpf_digits(b); return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
def aadhaar(r):
    v = verhoeff_gen(str(r.randint(2, 9)) + d(r, 10)); assert verhoeff_ok(v); return f"{v[:4]} {v[4:8]} {v[8:]}"
def nric(r): return nric_make(r.choice("STFG"), d(r, 7))
def mbi(r):
    L_ = "ACDEFGHJKMNPQRTUVWXY"; AN = L_ + "0123456789"
    return (str(r.randint(1, 9)) + r.choice(L_) + r.choice(AN) + str(r.randint(0, 9)) + "-" + r.choice(L_) + r.choice(AN) + str(r.randint(0, 9))
            + "-" + r.choice(L_) + r.choice(L_) + str(r.randint(0, 9)) + str(r.randint(0, 9)))
def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

PASS_FMT = {
 "GB": lambda r: d(r, 9), "IE": lambda r: r.choice(["P", "L"]) + r.choice("ABCDT") + d(r, 7),
 "DE": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
 "AT": lambda r: r.choice("PU") + d(r, 7), "CH": lambda r: "X" + d(r, 7), "FR": lambda r: d(r, 2) + r.choice(["AB", "CV", "FK", "RT"]) + d(r, 5),
 "BE": lambda r: r.choice(["EH", "EM", "EP"]) + d(r, 6), "NL": lambda r: r.choice(["NX", "BP", "NW"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + d(r, 1),
 "ES": lambda r: r.choice(["PAA", "PAB", "XDB"]) + d(r, 6), "PT": lambda r: r.choice("CNP") + d(r, 6) if False else r.choice(["CB", "N"]) + d(r, 6),
 "IT": lambda r: r.choice(["YA", "YB", "AA"]) + d(r, 7), "PL": lambda r: r.choice(["EA", "EU", "ZS"]) + d(r, 7),
 "SE": lambda r: d(r, 8), "GR": lambda r: r.choice(["AK", "AN", "AE"]) + d(r, 7), "TR": lambda r: "U" + d(r, 8),
 "AE": lambda r: r.choice(["N", "P"]) + d(r, 7), "SA": lambda r: r.choice("ABN") + d(r, 8), "EG": lambda r: "A" + d(r, 8),
 "MA": lambda r: r.choice(["BK", "UZ", "YF"]) + d(r, 7), "ZA": lambda r: r.choice("AMT") + d(r, 8), "KE": lambda r: r.choice(["AK", "BK"]) + d(r, 7),
 "US": lambda r: r.choice([d(r, 9), r.choice("ABC") + d(r, 8)]),
}
def passport(r, cc): return PASS_FMT[cc](r)
PASS_LABEL = {"GB": "Passport No.", "IE": "Passport number / Uimhir phas", "DE": "Reisepass-Nr.", "AT": "Reisepassnummer", "CH": "Pass-Nr.",
              "FR": "N° de passeport", "BE": "Paspoortnummer / N° passeport", "NL": "Paspoortnummer", "ES": "Nº de pasaporte",
              "PT": "N.º do passaporte", "IT": "Numero passaporto", "PL": "Numer paszportu", "SE": "Passnummer", "GR": "Αριθμός διαβατηρίου",
              "TR": "Pasaport No", "AE": "Passport No. / رقم جواز السفر", "SA": "Passport No.", "EG": "Passport Number", "MA": "N° du passeport",
              "ZA": "Passport number", "KE": "Passport No", "US": "Passport No."}
COUNTRY_NAME = {"GB": "United Kingdom", "IE": "Ireland", "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France", "BE": "Belgique",
                "NL": "Nederland", "ES": "España", "PT": "Portugal", "IT": "Italia", "PL": "Polska", "SE": "Sverige", "GR": "Ελλάδα", "TR": "Türkiye",
                "AE": "United Arab Emirates", "SA": "Saudi Arabia", "EG": "Egypt", "MA": "Maroc", "ZA": "South Africa", "KE": "Kenya", "US": "United States"}

def dvla(r, p, dob):
    sur = re.sub(r"[^A-Z]", "", p.f.upper())[:5].ljust(5, "9")
    y, m, dd = dob
    mm = m + (50 if p.fem else 0)
    return f"{sur}{str(y % 100)[0]}{mm:02d}{dd:02d}{str(y % 100)[1]}{re.sub(r'[^A-Z]', '', p.g.upper())[:1]}9{d(r, 1)}{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}"

US_DL = {  # state: (name, generator)
 "CA": ("California", lambda r: r.choice("ABDFGNY") + d(r, 7)), "FL": ("Florida", lambda r: f"{r.choice('BGHMS')}{d(r, 3)}-{d(r, 3)}-{d(r, 2)}-{d(r, 3)}-{d(r, 1)}"),
 "NY": ("New York", lambda r: f"{d(r, 3)} {d(r, 3)} {d(r, 3)}"), "TX": ("Texas", lambda r: d(r, 8)), "IL": ("Illinois", lambda r: f"{r.choice('MSDK')}{d(r, 3)}-{d(r, 4)}-{d(r, 4)}"),
 "WA": ("Washington", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9))), "NJ": ("New Jersey", lambda r: r.choice("BKMS") + d(r, 14)),
 "PA": ("Pennsylvania", lambda r: f"{d(r, 2)} {d(r, 3)} {d(r, 3)}"), "MA": ("Massachusetts", lambda r: "S" + d(r, 8)),
}

def rdate(r, y0=1942, y1=2004):
    y = r.randint(y0, y1); m = r.randint(1, 12); dd = r.randint(1, 28); return (y, m, dd)
MON = {"en": "January February March April May June July August September October November December".split(),
       "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
       "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
       "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
       "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
       "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
       "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
       "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
       "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()}
def fdate(r, t, style=None):
    y, m, dd = t
    st = style or r.choice(["dot", "slash", "iso", "long"])
    if st == "dot": return f"{dd:02d}.{m:02d}.{y}"
    if st == "slash": return f"{dd:02d}/{m:02d}/{y}"
    if st == "iso": return f"{y}-{m:02d}-{dd:02d}"
    if st == "hl7": return f"{y}{m:02d}{dd:02d}"
    if st in MON:
        if st == "en": return f"{dd} {MON['en'][m-1]} {y}"
        if st == "es": return f"{dd} de {MON['es'][m-1]} de {y}"
        if st == "pt": return f"{dd} de {MON['pt'][m-1]} de {y}"
        return f"{dd}. {MON['de'][m-1]} {y}" if st == "de" else f"{dd} {MON[st][m-1]} {y}"
    return f"{dd} {MON['en'][m-1]} {y}"

def ip(r, kind=None):
    k = kind or r.choice(["doc", "doc", "priv", "pub", "v6"])
    if k == "doc": return r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}"])
    if k == "priv": return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    if k == "pub": return f"{r.choice([81, 88, 94, 185, 212, 46, 62, 41, 102, 196])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"

def version(r): return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}.{r.randint(100, 9999)}"
def bic(r, cc): return r.choice(["DEUT", "COBA", "BNPA", "SOGE", "BBVA", "CAIX", "UNCR", "INGB", "ABNA", "NWBK", "AIBK", "PKOP", "ESSE", "ETHN", "TGBA", "EBIL", "NCBK", "NBEG", "BCMA", "FIRN", "KCBL"]) + cc + r.choice(["FF", "PP", "MM", "2X", "22"]) + r.choice(["", "XXX", "500"])
def lei(r):
    b = "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(18))
    n = int("".join(str(int(c, 36)) for c in b)); return b + f"{98 - (n * 100) % 97:02d}"
def imei(r): return luhn_complete(r.choice(["35", "86", "01"]) + d(r, 12))
def imsi(r, mcc="234"): return mcc + r.choice(["10", "15", "30", "01", "02"]) + d(r, 10)
def iccid(r): return luhn_complete(("89" + r.choice(["44", "49", "33", "971", "27", "254"]) + d(r, 16))[:r.choice([18, 19])])
def vat(r, cc):
    return {"DE": f"DE{d(r, 9)}", "FR": f"FR{d(r, 2)}{d(r, 9)}", "GB": f"GB{d(r, 3)} {d(r, 4)} {d(r, 2)}", "NL": f"NL{d(r, 9)}B01", "IT": f"IT{d(r, 11)}",
            "ES": f"ESB{d(r, 8)}", "BE": f"BE0{d(r, 9)}", "AT": f"ATU{d(r, 8)}", "PL": f"PL{d(r, 10)}", "AE": f"TRN 100{d(r, 12)}"}.get(cc, f"EU{d(r, 9)}")
def amount(r, cur=None): return f"{cur or r.choice(['EUR', 'GBP', 'CHF', 'AED', 'SAR', 'ZAR', 'KES', 'TRY', 'PLN'])} {r.choice([r.randint(5, 300), r.randint(100, 4000), r.randint(1000, 250000)]):,}.{d(r, 2)}"
def txid(r): return r.choice([f"TXN{d(r, 12)}", f"E2E-{d(r, 8)}-{d(r, 4)}", f"{d(r, 4)}{r.choice('ABCDEF')}{d(r, 9)}", f"MNDT/{d(r, 10)}"])

DIAG = {"en": ["type 2 diabetes mellitus", "essential hypertension", "atrial fibrillation", "major depressive disorder", "chronic kidney disease stage 3",
               "asthma", "rheumatoid arthritis", "multiple sclerosis", "Crohn's disease", "epilepsy", "breast cancer", "COPD", "hypothyroidism",
               "generalised anxiety disorder", "deep vein thrombosis", "hepatitis C", "bipolar affective disorder", "coeliac disease",
               "fractured left radius", "whiplash injury", "acute appendicitis", "malaria", "ischaemic stroke", "lumbar disc herniation"],
        "de": ["Diabetes mellitus Typ 2", "arterielle Hypertonie", "Vorhofflimmern", "rezidivierende depressive Störung", "Bandscheibenvorfall L4/L5", "Morbus Crohn", "Asthma bronchiale"],
        "fr": ["diabète de type 2", "hypertension artérielle", "fibrillation auriculaire", "épisode dépressif majeur", "sclérose en plaques", "fracture du poignet droit"],
        "es": ["diabetes mellitus tipo 2", "hipertensión arterial", "trastorno de ansiedad generalizada", "artritis reumatoide", "esguince de tobillo"],
        "it": ["diabete mellito di tipo 2", "ipertensione arteriosa", "fibrillazione atriale", "sclerosi multipla", "frattura del femore"],
        "nl": ["diabetes mellitus type 2", "hoge bloeddruk", "burn-out", "hernia"],
        "pl": ["cukrzyca typu 2", "nadciśnienie tętnicze", "astma oskrzelowa"],
        "tr": ["tip 2 diyabet", "hipertansiyon", "astım"],
        "pt": ["diabetes tipo 2", "hipertensão arterial", "depressão major"]}
MEDS = ["metformin", "Ramipril", "apixaban", "sertraline", "salbutamol", "levothyroxine", "atorvastatin", "Ozempic", "methotrexate", "Keppra",
        "omeprazole", "bisoprolol", "Xarelto", "amlodipine", "insulin glargine", "prednisolone", "Metamizol", "Doliprane", "Tachipirina",
        "Enantyum", "lithium carbonate", "adalimumab", "Ventolin", "ibuprofen", "tramadol", "artemether-lumefantrine", "Concerta", "Eliquis"]

# ---------------------------------------------------------------- templates
TEMPLATES = []
def tpl(name, fmt, times):
    def deco(f):
        TEMPLATES.append((name, fmt, times, f)); return f
    return deco

LANG_OF = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "ES": "es", "IT": "it", "PT": "pt", "NL": "nl", "PL": "pl", "TR": "tr"}

# ======== FORMS / KYC
@tpl("kyc_de_kontoeroeffnung", "form", 3)
def _(r, D):
    p = person(r, r.choice(["de", "at", "tr", "pl", "gr", "inv"])); cc = r.choice(["DE", "DE", "AT"])
    dob = rdate(r, 1950, 2003)
    D("ANTRAG AUF KONTOERÖFFNUNG – Privatkunden\nFiliale: ", r.choice(["Berlin-Mitte", "München Marienplatz", "Wien Innere Stadt"]), "   Formular KE-", d(r, 4), "/", r.choice(["03", "11"]), "\n\n")
    D("1. Angaben zur Person\n", "Name, Vorname: ", L("PERSON", f"{p.f}, {p.g}"), "\n")
    D("Geburtsdatum: ", L("DATE_OF_BIRTH", fdate(r, dob, "dot")), "      Geburtsort: ", r.choice(["Dortmund", "Izmir", "Graz", "Poznań"]), "\n")
    D("Staatsangehörigkeit: ", r.choice(["deutsch", "türkisch", "österreichisch", "polnisch"]), "\n")
    D("Anschrift: ", L("ADDRESS", addr(r, cc)), "\n")
    D("Telefon (mobil): ", L("PHONE", phone(r, cc)), "   E-Mail: ", L("EMAIL", email_of(r, p)), "\n\n")
    D("2. Legitimation\n")
    pc = r.choice(["DE", "TR", "PL", "GR", "AT"])
    D("Ausweisart: Reisepass   ", "Ausstellerstaat: ", COUNTRY_NAME[pc], "\n", "Reisepass-Nr.: ", L("PASSPORT", passport(r, pc)),
      "   gültig bis: ", fdate(r, rdate(r, 2027, 2034), "dot"), "\n")
    if cc == "DE":
        D("Steuerliche Identifikationsnummer (Steuer-ID): ", L("DE_TAX_ID", steuer(r)), "\n")
    else:
        D("Sozialversicherungsnummer: nicht erforderlich\n")
    D("\n3. Referenzkonto\nIBAN: ", L("IBAN", iban(r, cc)), "   BIC: ", bic(r, cc), "\n")
    D("Kundennummer: ", d(r, 10), "   Vorgangsnummer: KTO-", d(r, 6), "-", d(r, 2), "\n\n")
    D("Ort, Datum: ", r.choice(["Berlin", "Wien"]), ", ", fdate(r, rdate(r, 2023, 2025), "dot"), "      Unterschrift: ________\n")

@tpl("kyc_fr_ouverture", "form", 3)
def _(r, D):
    p = person(r, r.choice(["fr", "ma", "be", "pt"])); dob = rdate(r, 1948, 2003)
    D("DEMANDE D'OUVERTURE DE COMPTE — PERSONNE PHYSIQUE\nAgence : ", r.choice(["Lyon Part-Dieu", "Paris Bastille", "Lille Centre"]), "\n\n")
    D("Civilité : ", "Madame" if p.fem else "Monsieur", "\nNom de naissance : ", L("PERSON", p.f.upper()), "\nPrénom(s) : ", L("PERSON", p.g), "\n")
    D("Né(e) le : ", L("DATE_OF_BIRTH", fdate(r, dob, r.choice(["slash", "fr"]))), " à ", r.choice(["Casablanca", "Roubaix", "Porto", "Nantes"]), "\n")
    D("Adresse :\n", L("ADDRESS", addr(r, "FR", multiline=True)), "\n")
    D("Tél. portable : ", L("PHONE", phone(r, "FR")), "\nCourriel : ", L("EMAIL", email_of(r, p)), "\n")
    D("N° de sécurité sociale (NIR) : ", L("FR_NIR", nir(r, p, spaced=r.random() < 0.6, dob=dob)), "\n")
    pc = {"fr": "FR", "ma": "MA", "be": "BE", "pt": "PT"}[p.o]
    D("Pièce d'identité : passeport ", COUNTRY_NAME[pc], " — N° de passeport : ", L("PASSPORT", passport(r, pc)), "\n")
    D("RIB / IBAN du compte à débiter : ", L("IBAN", iban(r, "FR", True)), "   BIC : ", bic(r, "FR"), "\n")
    D("Référence unique de mandat (RUM) : ++", d(r, 8), "FR", d(r, 6), "\nN° TVA intracommunautaire de l'employeur : ", vat(r, "FR"), "\n")
    D("Fait à ", r.choice(["Lyon", "Paris"]), ", le ", fdate(r, rdate(r, 2024, 2025), "slash"), "\n")

@tpl("kyc_es_alta_cliente", "form", 2)
def _(r, D):
    p = person(r, r.choice(["es", "es", "ma", "inv"])); dob = rdate(r, 1950, 2004)
    nie = p.o != "es"
    D("FORMULARIO DE ALTA DE CLIENTE (KYC) — Banca Particulares\n")
    D("Apellidos y nombre ........ ", L("PERSON", f"{p.f}, {p.g}"), "\n")
    D("Fecha de nacimiento ....... ", L("DATE_OF_BIRTH", fdate(r, dob, r.choice(["slash", "es"]))), "\n")
    D("NIE ....................... " if nie else "DNI ....................... ", L("ES_DNI", dni(r, nie=nie)), "\n")
    if nie:
        pc = "MA" if p.o == "ma" else r.choice(["TR", "EG", "GB"])
        D("Nº de pasaporte ........... ", L("PASSPORT", passport(r, pc)), " (", COUNTRY_NAME[pc], ")\n")
    D("Domicilio ................. ", L("ADDRESS", addr(r, "ES")), "\n")
    D("Teléfono .................. ", L("PHONE", phone(r, "ES")), "\n")
    D("Cuenta de cargo (IBAN) .... ", L("IBAN", iban(r, "ES")), "\n")
    D("Profesión ................. ", r.choice(["Enfermera", "Autónomo", "Ingeniero"]), "\nOrigen de fondos .......... Nómina\n")
    D("Nº de contrato ............ ", d(r, 4), "-", d(r, 4), "-", d(r, 2), "-", d(r, 10), "\n")

@tpl("kyc_it_apertura", "form", 2)
def _(r, D):
    p = person(r, "it"); dob = rdate(r, 1950, 2002); city = r.choice(list(BELFIORE))
    D("MODULO DI ADEGUATA VERIFICA DELLA CLIENTELA (D.Lgs. 231/2007)\n\n")
    D("Cognome: ", L("PERSON", p.f), "    Nome: ", L("PERSON", p.g), "\n")
    D("Data di nascita: ", L("DATE_OF_BIRTH", fdate(r, dob, "slash")), "   Luogo di nascita: ", city, "\n")
    D("Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(p, dob, city)), "\n")
    D("Residenza: ", L("ADDRESS", addr(r, "IT")), "\n")
    D("Cellulare: ", L("PHONE", phone(r, "IT")), "\n")
    D("Documento: passaporto  Numero passaporto: ", L("PASSPORT", passport(r, "IT")), "  rilasciato da Questura di ", city, "\n")
    D("IBAN di accredito: ", L("IBAN", iban(r, "IT")), "\n")
    D("Persona politicamente esposta: NO\nCodice pratica: AV-", d(r, 7), "\n")

@tpl("kyc_uk_current_account", "form", 3)
def _(r, D):
    p = person(r, r.choice(["gb", "ie", "inv", "ar", "ke"])); dob = rdate(r, 1950, 2004)
    D("CURRENT ACCOUNT APPLICATION\nPlease complete in BLOCK CAPITALS\n\n")
    D("Title: ", "MS" if p.fem else "MR", "   Forename(s): ", L("PERSON", p.g.upper()), "   Surname: ", L("PERSON", p.f.upper()), "\n")
    D("Date of birth (DD/MM/YYYY): ", L("DATE_OF_BIRTH", fdate(r, dob, "slash")), "\n")
    D("Home address:\n", L("ADDRESS", addr(r, "GB", multiline=True)), "\n")
    D("Time at address: ", r.randint(1, 12), " yrs\n")
    D("Mobile: ", L("PHONE", phone(r, "GB")), "\n")
    D("National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    if r.random() < 0.5:
        D("Photo ID: UK driving licence   Licence number: ", L("DRIVER_LICENSE", dvla(r, p, dob)), "\n")
    else:
        pc = {"ie": "IE", "ar": "AE", "ke": "KE"}.get(p.o, "GB")
        D("Photo ID: passport (", COUNTRY_NAME[pc], ")   Passport No.: ", L("PASSPORT", passport(r, pc)), "\n")
    sc, ac = sortacct(r)
    D("Existing bank account for switching — Sort code / Account no.: ", L("UK_BANK_ACCOUNT", f"{sc} {ac}"), "\n")
    D("Branch use only: Application ref APP", d(r, 9), "   Promo code SPRING", d(r, 2), "\n")

@tpl("fatca_w9_us_person", "form", 2)
def _(r, D):
    p = person(r, r.choice(["gb", "de", "ie", "nl"])); dob = rdate(r, 1955, 2000); st = r.choice(list(US_DL))
    D("FATCA / CRS SELF-CERTIFICATION — INDIVIDUAL\n(attach IRS Form W-9 for US persons)\n\n")
    D("Account holder: ", L("PERSON", p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(r, dob, "iso")), "\n")
    D("Country of tax residence: United States; ", COUNTRY_NAME[p.cc], "\n")
    D("US TIN (SSN): ", L("US_SSN", ssn(r)), "\n")
    D("US passport number: ", L("US_PASSPORT", passport(r, "US")), "\n")
    D("Secondary ID: driver's license issued by ", US_DL[st][0], " (", st, ")  No. ", L("DRIVER_LICENSE", US_DL[st][1](r)), "\n")
    D("Residential address (EU): ", L("ADDRESS", addr(r, p.cc if p.cc in ("GB", "DE", "IE", "NL") else "GB")), "\n")
    D("GIIN of reporting FI: ", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)), ".", d(r, 5), ".SL.", r.choice(["276", "826", "372"]), "\n")
    D("Signature: ________________   Capacity: self\n")

@tpl("kyc_gulf_onboarding", "form", 3)
def _(r, D):
    p = person(r, r.choice(["ar", "ar", "ir", "inv"])); cc = r.choice(["AE", "SA"]); dob = rdate(r, 1950, 2003)
    D("CUSTOMER ONBOARDING FORM — Retail Banking (", "UAE" if cc == "AE" else "KSA", ")\n")
    D("Full name (as in passport): ", L("PERSON", p.full.upper()), "\n")
    D("Date of Birth / تاريخ الميلاد: ", L("DATE_OF_BIRTH", fdate(r, dob, "slash")), "\n")
    pc = r.choice(["AE", "SA", "EG", "GB"])
    D("Nationality: ", COUNTRY_NAME[pc], "\n", PASS_LABEL[pc], ": ", L("PASSPORT", passport(r, pc)), "\n")
    if cc == "AE": D("Emirates ID No.: 784-", r.randint(1950, 2003), "-", d(r, 7), "-", d(r, 1), "\n")
    else: D("Iqama / National ID: ", r.choice("12"), d(r, 9), "\n")
    D("Mailing address: ", L("ADDRESS", addr(r, cc)), "\n")
    D("Mobile: ", L("PHONE", phone(r, cc)), "   Email: ", L("EMAIL", email_of(r, p)), "\n")
    D("Salary transfer IBAN: ", L("IBAN", iban(r, cc)), "\nEmployer: ", r.choice(["Emirates Group", "Saudi Aramco", "Al Futtaim Group"]), "   Monthly income: ", amount(r, "AED" if cc == "AE" else "SAR"), "\n")
    D("Risk rating: MEDIUM   CIF: ", d(r, 8), "\n")

@tpl("blank_forms", "form", 4)
def _(r, D):
    k = r.randint(0, 3)
    if k == 0:
        D("Antrag auf Kontoeröffnung\n\nName, Vorname: ______________________\nGeburtsdatum: __.__.____\nAnschrift: ______________________\n"
          "Steuer-ID: ___________\nIBAN: DE__ ____ ____ ____ ____ __\nReisepass-Nr.: __________\nUnterschrift: ____________\n")
    elif k == 1:
        D("Loan Application — Guidance Notes\nDate Of Birth: enter as DD/MM/YYYY.\nNational Insurance Number: two letters, six digits, one letter (e.g. QQ 12 34 56 C is the HMRC example and is not valid).\n"
          "Passport Number: as printed on the data page.\nSort Code / Account Number: six digits / eight digits.\nEmail Address | Phone Number | Home Address\n")
    elif k == 2:
        D("FORMULARIO — Reclamación de seguro de viaje\nNombre y Apellidos: [                ]\nFecha de Nacimiento: [  /  /    ]\nDNI/NIE: [         ]\n"
          "Nº de Póliza: [            ]\nDiagnóstico médico: [                     ]\nMedicación prescrita: [                 ]\n")
    else:
        D("MODULE DE DEMANDE — Droit d'accès RGPD (art. 15)\nNom : ..........  Prénom : ..........\nDate de naissance : ../../....\n"
          "Adresse électronique : ..........@..........\nN° de client : ..........\nJoindre une copie de la pièce d'identité (passeport ou CNI).\n")

@tpl("mortgage_application", "form", 2)
def _(r, D):
    a, b = person(r), person(r); cc = r.choice(["GB", "IE", "NL", "PT"])
    D("MORTGAGE APPLICATION — JOINT\nProperty: ", L("ADDRESS", addr(r, cc)), "   Purchase price ", amount(r, "EUR" if cc != "GB" else "GBP"), "\n\n")
    for i, p in enumerate((a, b), 1):
        dob = rdate(r, 1960, 2000)
        D(f"Applicant {i}: ", L("PERSON", p.full), " | DOB ", L("DATE_OF_BIRTH", fdate(r, dob, "slash")), " | tel ", L("PHONE", phone(r, cc)), "\n")
    if cc == "GB":
        D("NI number (applicant 1): ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, True)), "\n")
        sc, ac = sortacct(r); D("Repayment account: sort code ", sc, "  account number ", L("UK_BANK_ACCOUNT", ac), "\n")
    else:
        D("Repayment IBAN: ", L("IBAN", iban(r, cc)), "\n")
    D("Employer (applicant 2): ", r.choice(["Philips Lighting B.V.", "Siemens Healthineers", "Ferrero S.p.A.", "Heineken N.V."]), "\n")
    D("Health declaration: applicant 1 reports ", L("DIAGNOSIS", r.choice(DIAG["en"])), ", treated with ", L("MEDICATION", r.choice(MEDS)), ".\n")
    D("Broker FCA ref: ", d(r, 6), "   Valuation ref: VAL/", d(r, 5), "/", r.choice(["A", "B"]), "\n")

# ======== CLINICAL
@tpl("claim_medical_report", "clinical_note", 4)
def _(r, D):
    lang = r.choice(["en", "de", "fr", "es", "it"])
    p = person(r, {"en": r.choice(["gb", "ie", "ke", "za"]), "de": "de", "fr": "fr", "es": "es", "it": "it"}[lang])
    doc = person(r); dob = rdate(r, 1945, 2005); dx = r.choice(DIAG[lang]); m1, m2 = r.sample(MEDS, 2)
    mrn = r.choice([f"MRN {d(r, 8)}", f"{r.choice(['KH', 'HOSP'])}-{d(r, 6)}", f"{d(r, 3)}-{d(r, 3)}-{d(r, 3)}"])
    H = {"en": ("MEDICAL REPORT — Health insurance claim", "Patient", "Date of birth", "Hospital number (MRN)", "Diagnosis", "Medication", "Member ID"),
         "de": ("ÄRZTLICHER BERICHT zur Leistungsprüfung (Krankenversicherung)", "Patient/in", "Geb.-Datum", "Fallnummer / MRN", "Diagnose", "Medikation", "Versichertennummer"),
         "fr": ("RAPPORT MÉDICAL — demande de prise en charge", "Patient(e)", "Date de naissance", "N° de dossier (MRN)", "Diagnostic", "Traitement", "N° d'adhérent mutuelle"),
         "es": ("INFORME MÉDICO — Seguro de salud", "Paciente", "Fecha de nacimiento", "Nº historia clínica (MRN)", "Diagnóstico", "Tratamiento", "Nº de asegurado"),
         "it": ("RELAZIONE MEDICA — polizza sanitaria", "Paziente", "Data di nascita", "N. cartella clinica (MRN)", "Diagnosi", "Terapia", "N. tessera assicurato")}[lang]
    D(H[0], "\nClaim no. CLM-", d(r, 8), "   Policy no. HP/", d(r, 7), "\n\n")
    D(H[1], ": ", pname(r, p, r.choice(["full", "LAST, First"])), "\n", H[2], ": ", L("DATE_OF_BIRTH", fdate(r, dob, "dot" if lang != "en" else "slash")), "\n")
    D(H[3], ": ", L("MEDICAL_RECORD_NUMBER", mrn.replace("MRN ", "")), "\n")
    mid = r.choice([f"{r.choice('ABCDEFGHJK')}{d(r, 9)}", f"AXA-{d(r, 8)}", f"{d(r, 3)} {d(r, 3)} {d(r, 3)}", f"BUPA{d(r, 7)}"])
    D(H[6], ": ", L("HEALTH_PLAN_ID", mid), "  (", {"de": "Allianz Private Krankenversicherung", "en": "Bupa Global health plan", "fr": "Mutuelle Générale", "es": "Sanitas Salud", "it": "UniSalute"}[lang], ")\n\n")
    D(H[4], ": ", L("DIAGNOSIS", dx), " (ICD-10 ", r.choice(["E11.9", "I10", "I48.0", "F33.1", "M51.2"]), ")\n")
    D(H[5], ": ", L("MEDICATION", m1), " ", {"de": "1-0-1", "en": "od", "fr": "1 cp matin et soir", "es": "cada 12 h", "it": "1 cp/die"}[lang], "; ", L("MEDICATION", m2), " ", {"de": "bei Bedarf", "en": "prn", "fr": "si besoin", "es": "si precisa", "it": "al bisogno"}[lang], "\n")
    neg = {"en": "No history of myocardial infarction. Cancer screening negative.", "de": "Kein Hinweis auf Malignom. Ausschluss einer Lungenembolie.",
           "fr": "Pas d'antécédent de cancer. Embolie pulmonaire écartée.", "es": "Sin antecedentes de neoplasia. Se descarta trombosis.",
           "it": "Nessuna storia di neoplasia. Esclusa embolia polmonare."}[lang]
    D(neg, "\n\n", {"de": "Unterschrift", "en": "Signed", "fr": "Signé", "es": "Firmado", "it": "Firmato"}[lang], ": ", pname(r, doc, "title"), ", ", {"de": "LANR ", "en": "GMC ", "fr": "RPPS ", "es": "Col. nº ", "it": "Ordine MI n. "}[lang], d(r, 7), "\nTel. practice: ", L("PHONE", phone(r, p.cc if p.cc in ("GB", "DE", "FR", "ES", "IT", "IE", "KE", "ZA") else "GB")), "\n")

@tpl("nhs_discharge_summary", "discharge_summary", 3)
def _(r, D):
    p = person(r, r.choice(["gb", "ie", "inv", "gr", "tr"])); gp = person(r, "gb"); dob = rdate(r, 1935, 2000)
    dx, dx2 = r.sample(DIAG["en"], 2)
    D("DISCHARGE SUMMARY\n", r.choice(["St Bartholomew's Hospital", "Leeds General Infirmary", "Royal Infirmary of Edinburgh"]), " — Ward ", r.choice(["7B", "Acute Medical Unit", "Cedar"]), "\n\n")
    D("Patient: ", L("PERSON", f"{p.f.upper()}, {p.g}"), "    NHS No: ", L("UK_NHS_NUMBER", nhs(r, r.random() < 0.7)), "\n")
    D("DOB: ", L("DATE_OF_BIRTH", fdate(r, dob, "slash")), "    Hospital No: ", L("MEDICAL_RECORD_NUMBER", f"{r.choice('RJKW')}{d(r, 7)}"), "\n")
    D("Address: ", L("ADDRESS", addr(r, "GB")), "\nGP: Dr ", L("PERSON", gp.full), ", ", r.choice(["Canonbury Medical Centre", "Hyde Park Surgery"]), "\n\n")
    ad = rdate(r, 2025, 2025); D("Admitted: ", fdate(r, ad, "slash"), "   Discharged: ", fdate(r, (ad[0], ad[1], min(28, ad[2] + r.randint(1, 9))), "slash"), "\n")
    D("Primary diagnosis: ", L("DIAGNOSIS", dx), "\nSecondary: ", L("DIAGNOSIS", dx2), "\n")
    D("Ruled out: pulmonary embolism (CTPA negative).\n")
    D("Medications on discharge:\n  ", L("MEDICATION", r.choice(MEDS)), " 5 mg OD\n  ", L("MEDICATION", r.choice(MEDS)), " 20 mg ON\n")
    D("Follow-up: clinic in 6 weeks. Pharmacy ref RX-", d(r, 6), ". Bleep 4417.\n")

@tpl("lab_befund_de", "lab_report", 3)
def _(r, D):
    p = person(r, r.choice(["de", "at", "ch", "tr"])); dob = rdate(r, 1940, 2005)
    D("LABORBEFUND                         Labor ", r.choice(["Dr. Limbach", "Synlab", "MVZ Labor Nord"]), "\n", "-" * 60, "\n")
    D("Patient:   ", L("PERSON", f"{p.f}, {p.g}"), "\nGeb.:      ", L("DATE_OF_BIRTH", fdate(r, dob, "dot")), "\n")
    D("Kasse:     ", r.choice(["AOK Bayern", "Techniker Krankenkasse", "BARMER"]), "   Vers.-Nr.: ", L("HEALTH_PLAN_ID", r.choice("ABCDEFGHKLMNPRSTUVWZ") + d(r, 9)), "\n")
    D("Auftrag:   ", d(r, 10), "   Eingang: ", fdate(r, rdate(r, 2025, 2025), "dot"), " 07:42\n", "-" * 60, "\n")
    D("Parameter          Ergebnis   Einheit   Referenz\n")
    for n, v, u, ref in [("HbA1c", f"{r.uniform(5, 10):.1f}", "%", "4.0-6.0"), ("Glucose", str(r.randint(80, 240)), "mg/dl", "70-100"),
                         ("Kreatinin", f"{r.uniform(0.6, 2.4):.2f}", "mg/dl", "0.5-1.2"), ("TSH", f"{r.uniform(0.3, 6):.2f}", "mU/l", "0.27-4.2")]:
        D(f"{n:<19}{v:<11}{u:<10}{ref}\n")
    D("-" * 60, "\nBeurteilung: Befund vereinbar mit ", L("DIAGNOSIS", r.choice(["Diabetes mellitus Typ 2", "Hypothyreose", "chronischer Niereninsuffizienz"])), ".\n")
    D("Validiert: ", pname(r, person(r, "de"), "title"), "   OID 1.2.276.0.76.3.1.", d(r, 3), "\n")

@tpl("hl7_adt", "hl7", 3)
def _(r, D):
    p = person(r); dob = rdate(r, 1940, 2010); sep = r.choice(["\r", "\n"])
    cc = r.choice(["GB", "NL", "DE", "ZA"])
    D("MSH|^~\\&|PAS|", r.choice(["RFH", "UMCU", "CHARITE", "NETCARE"]), "|EPR|INS|", f"2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}{d(r, 4)}", "||ADT^A01|MSG", d(r, 8), "|P|2.5.1", sep)
    D("PID|1||", L("MEDICAL_RECORD_NUMBER", d(r, 8)), "^^^MRN^MR||", L("PERSON", f"{p.f.upper()}^{p.g.upper()}"), "||",
      L("DATE_OF_BIRTH", fdate(r, dob, "hl7")), "|", "F" if p.fem else "M", "|||")
    a = addr(r, cc).split(", ")
    D(L("ADDRESS", "^^".join([a[0], a[-1]])), "||", L("PHONE", phone(r, cc)), sep)
    kin = person(r)
    D("NK1|1|", L("PERSON", f"{kin.f.upper()}^{kin.g.upper()}"), "|SPO|||", L("PHONE", phone(r, cc)), sep)
    D("PV1|1|I|W7B^12^1|||||", d(r, 6), "^", L("PERSON", f"{person(r).f.upper()}^{person(r).g[0]}"), sep)
    D("DG1|1||", r.choice(["E11.9", "I48.91", "J45.909"]), "^", L("DIAGNOSIS", r.choice(["Type 2 diabetes mellitus", "Atrial fibrillation", "Asthma"])), "^I10||", f"2025{r.randint(1, 12):02d}01", "|A", sep)
    D("IN1|1|", r.choice(["BUPA01", "VGZ", "DISCOVERY"]), "|", d(r, 5), "|", r.choice(["Bupa Health Plan", "VGZ Zorgverzekering", "Discovery Health Medical Scheme"]), "|||GRP", d(r, 5), "||||||||||||||||||||||||||",
      L("HEALTH_PLAN_ID", f"{r.choice(['M', 'HX'])}{d(r, 9)}"), sep)

@tpl("hl7_oru_negative", "hl7", 3)
def _(r, D):
    sep = "\r"
    D("MSH|^~\\&|LIS|LAB|EPR|HOSP|", f"2025{r.randint(1, 12):02d}{r.randint(10, 28)}0930", "||ACK^R01|ACK", d(r, 7), "|P|2.5.1", sep)
    D("MSA|AA|MSG", d(r, 8), "|Message accepted", sep, "ERR|||0^Message accepted^HL70357|I", sep)

@tpl("fhir_claim_bundle", "fhir_json", 3)
def _(r, D):
    p = person(r); dob = rdate(r, 1945, 2008); cc = r.choice(["NL", "BE", "DE", "IE", "ZA"])
    obj = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": f"pat-{d(r, 5)}",
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.4.6.3", "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", d(r, 9))}],
                      "name": [{"family": L("PERSON", p.f), "given": [L("PERSON", p.g)]}],
                      "birthDate": L("DATE_OF_BIRTH", fdate(r, dob, "iso")),
                      "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc))}, {"system": "email", "value": L("EMAIL", email_of(r, p))}],
                      "address": [{"line": [L("ADDRESS", addr(r, cc).split(", ")[0])], "country": cc}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "code": {"text": L("DIAGNOSIS", r.choice(DIAG["en"]))}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, "code": {"text": "pulmonary tuberculosis"}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(MEDS))}}},
        {"resource": {"resourceType": "Coverage", "status": "active", "payor": [{"display": r.choice(["Zilveren Kruis", "Mutualité Chrétienne", "Discovery Health"])}],
                      "subscriberId": L("HEALTH_PLAN_ID", f"{d(r, 3)}{r.choice('ABC')}{d(r, 6)}"), "class": [{"type": {"text": "group"}, "value": f"GRP-{d(r, 6)}"}]}}]}
    jemit(D, obj, 2)

@tpl("life_underwriting_note", "clinical_note", 3)
def _(r, D):
    p = person(r, r.choice(["nl", "se", "pl", "gr", "za", "ke"])); dob = rdate(r, 1955, 1995)
    D("Underwriting file note — Term life application LA-", d(r, 7), "\n")
    D("Applicant ", L("PERSON", p.full), " (born ", L("DATE_OF_BIRTH", fdate(r, dob, "en")), ") disclosed ", L("DIAGNOSIS", r.choice(DIAG["en"])),
      " diagnosed in ", r.randint(2005, 2022), ", currently on ", L("MEDICATION", r.choice(MEDS)), ".\n")
    D("GP report from Dr ", L("PERSON", person(r).full), " confirms no history of cancer or stroke. Family history: father had heart disease (not rated).\n")
    D("Note: a 2019 cohort study linked statin use to lower mortality in diabetics; this does not affect the rating.\n")
    D("Decision: standard rates +50% loading. Reinsurer treaty ", r.choice(["SCOR", "Munich Re", "Swiss Re"]), " QS-", d(r, 4), ".\n")

@tpl("travel_claim_medical", "clinical_note", 2)
def _(r, D):
    p = person(r, r.choice(["pt", "es", "it", "pl", "se"])); dob = rdate(r, 1960, 2004)
    lang = LANG_OF.get(p.cc, "en")
    D("Travel insurance — emergency medical claim TRV-", d(r, 7), "\nInsured: ", L("PERSON", p.full), ", DOB ", L("DATE_OF_BIRTH", fdate(r, dob, "dot")), "\n")
    D("Incident: ", r.choice(["Marrakech", "Mombasa", "Antalya", "Cape Town"]), ", ", fdate(r, rdate(r, 2025, 2025), "dot"), "\n")
    D("Treating clinic report: patient presented with fever; diagnosed with ", L("DIAGNOSIS", r.choice(["malaria", "acute gastroenteritis", "dengue fever", "fractured left radius"])),
      "; prescribed ", L("MEDICATION", r.choice(["artemether-lumefantrine", "ciprofloxacin", "paracetamol", "tramadol"])), ".\n")
    D("Clinic file no: ", L("MEDICAL_RECORD_NUMBER", f"{r.choice(['CL', 'AKH', 'MRN'])}{d(r, 7)}"), "\n")
    D("Amount claimed: ", amount(r, "EUR"), "; repatriation not required. Local diagnoses: ", L("DIAGNOSIS", r.choice(DIAG.get(lang, DIAG["en"]))), ".\n")

# ======== STRUCTURED
@tpl("credit_bureau_csv", "csv", 2)
def _(r, D):
    sep = r.choice([",", ";"])
    crow(D, ["bureau_ref", "surname", "forenames", "dob", "postcode_addr", "score", "ccj_count", "last_search"], sep)
    for _ in range(r.randint(3, 5)):
        p = person(r, r.choice(["gb", "ie", "inv", "ar", "pl"]))
        crow(D, [f"EXP{d(r, 10)}", L("PERSON", p.f), L("PERSON", p.g), L("DATE_OF_BIRTH", fdate(r, rdate(r), "iso")), L("ADDRESS", addr(r, r.choice(["GB", "IE"]))),
                 str(r.randint(300, 999)), str(r.randint(0, 2)), f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 5)}4:00Z"], sep)

@tpl("sepa_mandates_csv", "csv", 2)
def _(r, D):
    crow(D, ["mandate_ref", "creditor_id", "debtor_name", "debtor_iban", "debtor_bic", "amount", "seq", "signed"], ";")
    for _ in range(r.randint(3, 5)):
        p = person(r, r.choice(["de", "nl", "fr", "be", "at", "es", "it"])); cc = r.choice(["DE", "NL", "FR", "BE", "AT", "ES", "IT"])
        crow(D, [f"MNDT-{d(r, 4)}-{d(r, 6)}", f"{cc}98ZZZ{d(r, 11)}", L("PERSON", p.full), L("IBAN", iban(r, cc, False)), bic(r, cc), amount(r, "EUR"), r.choice(["FRST", "RCUR"]), f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"], ";")

@tpl("hr_export_tsv", "tsv", 3)
def _(r, D):
    kind = ["uk", "de", "mixed"][CUR_N % 3]
    if kind == "uk":
        crow(D, ["emp_no", "first_name", "last_name", "ni_number", "sort_code", "account_no", "work_email", "start_date"], "\t")
        for _ in range(r.randint(3, 5)):
            p = person(r, r.choice(["gb", "ie", "ke", "za", "inv"])); sc, ac = sortacct(r)
            crow(D, [f"E{d(r, 5)}", L("PERSON", p.g), L("PERSON", p.f), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)), sc, L("UK_BANK_ACCOUNT", ac), L("EMAIL", email_of(r, p, "meridian-group.co.uk")), f"20{r.randint(10, 25)}-0{r.randint(1, 9)}-01"], "\t")
    elif kind == "de":
        crow(D, ["Personalnr", "Nachname", "Vorname", "Geburtsdatum", "Steuer-ID", "IBAN", "Krankenkasse", "Steuerklasse"], "\t")
        for _ in range(r.randint(3, 5)):
            p = person(r, r.choice(["de", "tr", "pl", "gr", "at"]))
            crow(D, [d(r, 6), L("PERSON", p.f), L("PERSON", p.g), L("DATE_OF_BIRTH", fdate(r, rdate(r, 1960, 2004), "dot")), L("DE_TAX_ID", steuer(r, False)), L("IBAN", iban(r, "DE", True)), r.choice(["TK", "AOK", "DAK"]), str(r.randint(1, 6))], "\t")
    else:
        crow(D, ["staff_id", "name", "country", "national_id_type", "national_id", "phone"], "\t")
        rows = [("ES", "DNI", lambda: L("ES_DNI", dni(r))), ("FR", "NIR", lambda: L("FR_NIR", nir(r, spaced=False))), ("GB", "NINO", lambda: L("UK_NATIONAL_INSURANCE_NUMBER", nino(r))),
                ("DE", "Steuer-ID", lambda: L("DE_TAX_ID", steuer(r))), ("CA", "SIN", lambda: L("CA_SIN", sin(r))), ("IN", "Aadhaar", lambda: L("IN_AADHAAR", aadhaar(r))),
                ("SG", "NRIC", lambda: L("SG_NRIC", nric(r))), ("BR", "CPF", lambda: L("BR_CPF", cpf(r))), ("SE", "personnummer", lambda: f"{r.randint(60, 99)}{d(r, 4)}-{d(r, 4)}"),
                ("TR", "TCKN", lambda: str(r.randint(1, 9)) + d(r, 10))]
        for cc, t, f in r.sample(rows, 5):
            p = person(r)
            crow(D, [f"S{d(r, 5)}", L("PERSON", p.full), cc, t, f(), L("PHONE", phone(r, cc if cc in ("ES", "FR", "GB", "DE", "SE", "TR") else "AE"))], "\t")

@tpl("customer_api_json", "json", 3)
def _(r, D):
    p = person(r); cc = r.choice(["PT", "GR", "SE", "PL", "BE", "TR", "EG"]); dob = rdate(r)
    ib = iban(r, cc if cc in IBAN_SPEC else "PT", False)
    obj = {"customerId": f"CUS-{d(r, 9)}", "segment": "RETAIL", "createdAt": f"2025-0{r.randint(1, 9)}-1{r.randint(0, 9)}T08:{r.randint(0, 5)}1:{r.randint(0, 59):02d}Z",
           "person": {"givenName": L("PERSON", p.g), "familyName": L("PERSON", p.f), "dateOfBirth": L("DATE_OF_BIRTH", fdate(r, dob, "iso")), "nationality": cc},
           "contact": {"email": L("EMAIL", email_of(r, p)), "mobile": L("PHONE", phone(r, cc)), "postalAddress": L("ADDRESS", addr(r, cc))},
           "identityDocument": {"type": "PASSPORT", "issuingCountry": cc, "number": L("PASSPORT", passport(r, cc)), "expiry": f"20{r.randint(27, 35)}-0{r.randint(1, 9)}-15"},
           "accounts": [{"iban": L("IBAN", ib), "currency": "EUR", "bic": bic(r, cc)}],
           "device": {"imei": imei(r), "appVersion": version(r), "lastIp": L("IP_ADDRESS", ip(r, "pub"))},
           "riskScore": round(r.uniform(0, 1), 3), "lei": None}
    jemit(D, obj, 2)

@tpl("card_disputes_ndjson", "ndjson", 3)
def _(r, D):
    for i in range(r.randint(3, 5)):
        p = person(r); k = r.random()
        if k < 0.4:
            o = {"ts": f"2025-{r.randint(1, 12):02d}-{r.randint(10, 28)}T{r.randint(10, 23)}:{d(r, 1)}0:00Z", "event": "dispute.opened", "case": f"DSP{d(r, 9)}",
                 "cardholder": L("PERSON", p.full), "pan": L("CREDIT_CARD", card(r, "plain")), "amount": amount(r), "reason": "4837 no cardholder authorisation"}
        elif k < 0.7:
            o = {"ts": f"2025-{r.randint(1, 12):02d}-{r.randint(10, 28)}T0{r.randint(1, 9)}:00:00Z", "event": "dispute.note", "case": f"DSP{d(r, 9)}",
                 "note": M("Customer ", L("PERSON", p.g), " called from ", L("PHONE", phone(r, p.cc)), "; card ", masked_card(r), " blocked, reissue requested")}
        else:
            o = {"ts": f"2025-0{r.randint(1, 9)}-0{r.randint(1, 9)}T12:00:00Z", "event": "chargeback.settled", "arn": d(r, 23), "pan_masked": masked_card(r), "amount": amount(r)}
        jemit(D, o, None); D("\n")

@tpl("cdr_csv", "csv", 2)
def _(r, D):
    crow(D, ["record_id", "start_utc", "a_msisdn", "b_msisdn", "imsi", "imei", "cell_id", "dur_s", "charge"], ",")
    mcc = r.choice([("234", "GB"), ("262", "DE"), ("424", "AE"), ("639", "KE"), ("655", "ZA")])
    for _ in range(r.randint(4, 6)):
        a = re.sub(r"[^\d+]", "", phone(r, mcc[1])); b = re.sub(r"[^\d+]", "", phone(r, r.choice(["GB", "DE", "AE", "KE", "ZA", "FR"])))
        crow(D, [d(r, 14), f"2025-{r.randint(1, 12):02d}-{r.randint(10, 28)} {r.randint(10, 23)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", L("PHONE", a), L("PHONE", b), imsi(r, mcc[0]), imei(r), f"{mcc[0]}-{d(r, 2)}-{d(r, 5)}", str(r.randint(3, 3600)), f"{r.uniform(0, 9):.2f}"], ",")

@tpl("sim_swap_porting_json", "json", 3)
def _(r, D):
    p = person(r, r.choice(["gb", "ke", "za", "ar", "tr", "nl"])); cc = p.cc if p.cc in ("GB", "KE", "ZA", "AE", "TR", "NL") else "GB"
    obj = {"request": r.choice(["SIM_SWAP", "PORT_OUT"]), "ticket": f"SS-{d(r, 7)}", "msisdn": L("PHONE", phone(r, cc)),
           "subscriber": {"name": L("PERSON", p.full), "dob_check": "PASS", "date_of_birth": L("DATE_OF_BIRTH", fdate(r, rdate(r), "iso"))},
           "old_iccid": iccid(r), "new_iccid": iccid(r), "imsi": imsi(r), "pac_code": f"{''.join(r.choice('ABCDEFGHJKLMN') for _ in range(3))}{d(r, 6)}",
           "channel": {"store": r.choice(["Westfield Stratford", "Sarit Centre", "Mall of the Emirates"]), "agent": f"AG{d(r, 5)}", "terminal_ip": L("IP_ADDRESS", ip(r, "priv"))},
           "fraud_flags": ["RECENT_PASSWORD_RESET"] if r.random() < 0.5 else []}
    jemit(D, obj, 2)

@tpl("dsar_yaml", "yaml", 2)
def _(r, D):
    p = person(r); cc = r.choice(["IE", "NL", "FR", "ES", "PL", "GB"])
    D("# GDPR data-subject request — case file\n", "case_id: DSAR-2025-", d(r, 5), "\n", "type: ", r.choice(["access (Art. 15)", "erasure (Art. 17)", "rectification (Art. 16)"]), "\n")
    D("received: 2025-", f"{r.randint(1, 12):02d}", "-", f"{r.randint(10, 28)}", "\n", "data_subject:\n", "  name: ", L("PERSON", p.full), "\n")
    D("  email: ", L("EMAIL", email_of(r, p)), "\n", "  postal_address: |\n")
    a = addr(r, cc, multiline=True).split("\n")
    D("    ", L("ADDRESS", "\n    ".join(a)), "\n")
    D("  customer_numbers: [", d(r, 8), ", ", d(r, 8), "]\n", "  id_verified_with: passport\n", "  passport_no: ", L("PASSPORT", passport(r, cc)), "\n")
    D("systems_searched:\n  - core-banking (T24 R", r.randint(17, 23), ")\n  - crm-salesforce\n  - cdr-archive\n", "handler: dpo-office\n", "deadline_days: 30\n")

@tpl("service_config_yaml", "yaml", 3)
def _(r, D):
    D("# payments-gateway ", version(r), "\n", "service:\n  name: sepa-inst-router\n  image: registry.internal/pay/sepa-inst:", version(r), "\n  replicas: ", r.randint(2, 9), "\n")
    D("iso20022:\n  schema: pain.001.001.", r.choice(["03", "09"]), "\n  oid_root: 1.3.6.1.4.1.", d(r, 5), ".2.1\n  creditor_bic: ", bic(r, "DE"), "\n  lei: ", lei(r), "\n")
    D("limits:\n  max_amount_eur: 100000\n  cutoff: \"15:30 CET\"\n  holidays: [\"Good Friday\", \"Easter Monday\", \"Whit Monday\", \"Tag der Deutschen Einheit\", \"Boxing Day\"]\n")
    D("test_data:\n  msisdn_fixture: \"+44 7700 900", d(r, 3), "\"   # Ofcom drama range, not a subscriber\n  card_fixture: \"", masked_card(r), "\"\n")
    D("tls:\n  min_version: \"1.2\"\n  ciphers: [TLS_AES_256_GCM_SHA384]\n")

@tpl("regulatory_return_csv", "csv", 3)
def _(r, D):
    crow(D, ["report_date", "entity_lei", "template", "row", "column", "value_eur", "ccy"], ",")
    for _ in range(r.randint(4, 7)):
        crow(D, ["2025-06-30", lei(r), r.choice(["C 01.00", "C 47.00", "F 18.00", "LCR C 72.00"]), f"{r.randint(10, 900):04d}", f"{r.randint(10, 200):04d}", f"{r.randint(1000, 99999999)}.{d(r, 2)}", r.choice(["EUR", "GBP", "CHF"])], ",")

@tpl("product_catalogue_tsv", "tsv", 3)
def _(r, D):
    crow(D, ["sku", "product", "firmware", "ean", "price_eur"], "\t")
    for _ in range(r.randint(4, 6)):
        crow(D, [f"RTR-{d(r, 4)}-{r.choice('ABCX')}", r.choice(["FRITZ!Box 7590 AX", "Huawei B535 LTE", "ZTE MF286R", "Philips Hue Bridge", "Siemens Gigaset C430"]),
                 version(r), d(r, 13), f"{r.randint(19, 399)}.{d(r, 2)}"], "\t")

@tpl("aml_alerts_ndjson", "ndjson", 2)
def _(r, D):
    for _ in range(r.randint(3, 4)):
        p = person(r, r.choice(["ar", "tr", "ir", "ke", "ma", "gr", "inv"])); cc = r.choice(["AE", "TR", "GR", "SA", "EG"])
        o = {"alert_id": f"AML-{d(r, 8)}", "rule": r.choice(["STRUCTURING_9K", "RAPID_MOVEMENT", "HIGH_RISK_JURISDICTION"]), "score": r.randint(50, 99),
             "party": {"name": L("PERSON", p.full), "iban": L("IBAN", iban(r, cc, False)), "dob": L("DATE_OF_BIRTH", fdate(r, rdate(r), "iso"))},
             "counterparty_bic": bic(r, cc), "txn": txid(r), "amount": amount(r)}
        jemit(D, o, None); D("\n")

# ======== LOGS
def ts(r): return f"2025-{r.randint(1, 12):02d}-{r.randint(10, 28)}T{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{d(r, 3)}Z"

@tpl("provisioning_log", "log", 3)
def _(r, D):
    cc = r.choice(["GB", "KE", "ZA", "AE", "DE", "TR"])
    for _ in range(r.randint(4, 6)):
        k = r.randint(0, 3)
        D(ts(r), " prov-core[", r.randint(1000, 9999), "] ")
        if k == 0: D("INFO activate msisdn=", L("PHONE", re.sub(r"[^\d+]", "", phone(r, cc))), " iccid=", iccid(r), " imsi=", imsi(r), " plan=POSTPAID_", r.choice(["S", "M", "XL"]), "\n")
        elif k == 1: D("WARN sim_swap_velocity msisdn=", L("PHONE", phone(r, cc)), " swaps_24h=", r.randint(2, 4), " src_ip=", L("IP_ADDRESS", ip(r)), "\n")
        elif k == 2: D("INFO hlr_sync ok batch=", d(r, 6), " duration_ms=", r.randint(5, 900), " node=hlr-", r.randint(1, 8), " fw=", version(r), "\n")
        else:
            p = person(r)
            D("INFO kyc_link customer=\"", L("PERSON", p.full), "\" email=", L("EMAIL", email_of(r, p)), " order=ORD-", d(r, 10), "\n")

@tpl("router_syslog", "log", 3)
def _(r, D):
    host = r.choice(["cpe-ams-0231", "olt-jhb-7", "bras-nbo-2", "edge-fra-11"])
    for _ in range(r.randint(5, 7)):
        k = r.randint(0, 4)
        D(f"<{r.randint(130, 190)}>", r.choice(["Mar", "Apr", "Sep", "Oct"]), f" {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} ", host, " ")
        if k == 0: D("pppd[", r.randint(100, 999), "]: local IP address ", L("IP_ADDRESS", ip(r, "pub")), " remote ", L("IP_ADDRESS", ip(r, "doc")), "\n")
        elif k == 1: D("upgrade: firmware ", version(r), " -> ", version(r), " (build ", d(r, 8), ")\n")
        elif k == 2: D("snmpd: trap OID ", "1.3.6.1.4.1.", d(r, 4), ".", r.randint(1, 9), ".", r.randint(1, 99), ".", r.randint(1, 9), " sent to collector\n")
        elif k == 3: D("dhcpd: DHCPACK on ", L("IP_ADDRESS", ip(r, "priv")), " to ", ":".join(f"{r.randint(0, 255):02x}" for _ in range(6)), " via eth0\n")
        else: D("sshd: Accepted publickey for admin from ", L("IP_ADDRESS", ip(r, r.choice(["v6", "doc"]))), " port ", r.randint(1024, 65000), "\n")

@tpl("device_log_versions_only", "log", 4)
def _(r, D):
    for _ in range(r.randint(5, 7)):
        D(ts(r), " ota-agent ", r.choice(["INFO", "DEBUG"]), " ")
        k = r.randint(0, 3)
        if k == 0: D("package com.meridian.wallet version=", version(r), " sha256=", "".join(r.choice("0123456789abcdef") for _ in range(16)), "\n")
        elif k == 1: D("modem baseband ", f"{r.randint(10, 22)}.{r.randint(0, 99)}.{r.randint(0, 99)}.{r.randint(0, 99)}", " loaded, imei=", imei(r), "\n")
        elif k == 2: D("listening on 0.0.0.0:8443 and 127.0.0.1:9100; loopback ::1\n")
        else: D("schema oid=2.16.840.1.", d(r, 6), ".1.", r.randint(1, 20), " mib=", r.choice(["IF-MIB", "DOCS-CABLE-DEVICE-MIB"]), " ttl=", r.randint(60, 3600), "\n")

@tpl("payment_gateway_log", "log", 3)
def _(r, D):
    for i in range(r.randint(4, 6)):
        k = r.randint(0, 4)
        D(ts(r), " pgw-", r.choice(["emea", "mena"]), " ")
        if k == 0: D("AUTH ok txn=", txid(r), " pan=", masked_card(r), " amt=", amount(r), " mcc=", r.choice(["5411", "4814", "6011"]), " rrn=", d(r, 12), "\n")
        elif k == 1: D("AUTH decline code=05 pan_hash=", "".join(r.choice("0123456789abcdef") for _ in range(20)), " ip=", L("IP_ADDRESS", ip(r)), "\n")
        elif k == 2: D("ERROR tokenisation failed, raw payload logged: {\"pan\":\"", L("CREDIT_CARD", card(r, "plain")), "\",\"exp\":\"", f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", "\"}\n")
        elif k == 3: D("WARN candidate PAN rejected by Luhn: ", bad_card(r), " merchant=", r.choice(["ZARA ES", "MediaMarkt DE", "Carrefour AE"]), "\n")
        else:
            p = person(r); D("3DS challenge sent to ", L("EMAIL", email_of(r, p)), " for cardholder=\"", L("PERSON", p.full), "\" acs=", r.choice(["acs.visa", "mc-idcheck"]), "\n")

@tpl("batch_job_log", "log", 4)
def _(r, D):
    job = r.choice(["EOD_INTEREST_ACCRUAL", "SWIFT_MT940_IMPORT", "IFRS9_ECL_RUN", "CDR_ROLLUP"])
    D(ts(r), " scheduler job=", job, " run=", d(r, 7), " status=STARTED host=batch0", r.randint(1, 6), ".dc.internal\n")
    for _ in range(r.randint(3, 5)):
        D(ts(r), " ", job, " step=", r.choice(["load", "transform", "post", "reconcile"]), " rows=", r.randint(1000, 9000000), " rejected=", r.randint(0, 40),
          " file=", r.choice(["MT940_", "CAMT053_", "CDR_"]), d(r, 8), ".dat mem=", r.randint(200, 4000), "MB\n")
    D(ts(r), " scheduler job=", job, " status=", r.choice(["OK", "OK", "FAILED rc=12"]), " next_run=", fdate(r, rdate(r, 2025, 2025), "iso"), "T02:00:00Z (skip: ", r.choice(["Christmas Day", "Whit Monday", "Eid al-Fitr", "Koningsdag"]), ")\n")

@tpl("auth_audit_log", "log", 3)
def _(r, D):
    for _ in range(r.randint(4, 6)):
        p = person(r); k = r.randint(0, 2)
        if k == 0: D(ts(r), " level=info msg=\"login ok\" user=", L("EMAIL", email_of(r, p)), " ip=", L("IP_ADDRESS", ip(r)), " mfa=push ua=\"MeridianApp/", version(r), "\"\n")
        elif k == 1: D(ts(r), " level=warn msg=\"password reset\" user_id=", d(r, 9), " name=\"", L("PERSON", p.full), "\" ip=", L("IP_ADDRESS", ip(r)), "\n")
        else: D(ts(r), " level=info msg=\"record viewed\" agent=AG", d(r, 5), " customer=", d(r, 8), " field=iban value=", r.choice(["DE** **** **** **** **** 12", "****", "[REDACTED]"]), "\n")

@tpl("swift_gateway_log", "log", 3)
def _(r, D):
    for _ in range(r.randint(3, 5)):
        p = person(r); cc = r.choice(["GB", "DE", "FR", "AE", "TR", "CH"])
        D(ts(r), " swiftnet ", r.choice(["SENT", "ACK", "NAK"]), " mt=103 uetr=", f"{d(r, 8)}-{d(r, 4)}-4{d(r, 3)}-a{d(r, 3)}-{d(r, 12)}", " sender=", bic(r, "GB"), " receiver=", bic(r, cc))
        if r.random() < 0.6: D(" :50K:/", L("IBAN", iban(r, cc, False)), " ", L("PERSON", p.full.upper()), "\n")
        else: D(" :32A:", f"25{r.randint(1, 12):02d}{r.randint(10, 28)}", r.choice(["EUR", "GBP", "AED"]), f"{r.randint(100, 999999)},{d(r, 2)}", "\n")

# ======== EMAIL / CHAT / TICKET
@tpl("complaint_email_reply", "email", 4)
def _(r, D):
    lang = r.choice(["de", "fr", "nl", "en", "it"])
    p = person(r, {"de": "de", "fr": "fr", "nl": "nl", "en": r.choice(["gb", "ie"]), "it": "it"}[lang]); agent = person(r)
    cc = p.cc; em = email_of(r, p)
    D("From: ", L("EMAIL", "beschwerden@meridian-bank.de" if lang == "de" else "complaints@meridian-group.eu"), "\nTo: ", L("EMAIL", em), "\n")
    D("Subject: RE: ", {"de": "Beschwerde", "fr": "Réclamation", "nl": "Klacht", "en": "Complaint", "it": "Reclamo"}[lang], " Ref. CMP-", d(r, 7), "\n\n")
    greet = {"de": "Sehr geehrte" if p.fem else "Sehr geehrter", "fr": "Chère" if p.fem else "Cher", "nl": "Beste", "en": "Dear", "it": "Gentile"}[lang]
    D(greet, " ", L("PERSON", p.full), ",\n\n")
    body = {"de": "vielen Dank für Ihre Nachricht. Die Rückbuchung auf Ihr Konto ", "fr": "nous avons bien reçu votre courrier. Le remboursement sur votre compte ",
            "nl": "dank voor uw bericht. De terugboeking naar uw rekening ", "en": "thank you for your letter. The refund to your account ",
            "it": "grazie per la Sua segnalazione. Il rimborso sul Suo conto "}[lang]
    ibcc = cc if cc in IBAN_SPEC else "DE"
    D(body, L("IBAN", iban(r, ibcc)), " (", amount(r, "EUR"), ") ", {"de": "wurde veranlasst.", "fr": "a été effectué.", "nl": "is uitgevoerd.", "en": "has been made.", "it": "è stato disposto."}[lang], "\n")
    D({"de": "Für Rückfragen erreichen Sie mich unter ", "fr": "Vous pouvez me joindre au ", "nl": "U kunt mij bereiken op ", "en": "You can reach me on ", "it": "Può contattarmi al "}[lang],
      L("PHONE", phone(r, cc if cc in ("DE", "FR", "NL", "GB", "IE", "IT") else "GB")), ".\n\n")
    D({"de": "Mit freundlichen Grüßen", "fr": "Cordialement", "nl": "Met vriendelijke groet", "en": "Kind regards", "it": "Cordiali saluti"}[lang], "\n", L("PERSON", agent.full), "\nKundenservice / Customer Care\n\n")
    D("> ", {"de": "Am", "fr": "Le", "nl": "Op", "en": "On", "it": "Il"}[lang], " ", fdate(r, rdate(r, 2025, 2025), "dot"), ", ", L("PERSON", p.full), " <", L("EMAIL", em), "> wrote:\n")
    D("> I was charged twice at ", r.choice(["Philips Store Eindhoven", "Ferrero Shop Alba", "Siemens Campus canteen", "Dr. Oetker Welt"]), ". My card ", masked_card(r), " is blocked.\n")
    D("> My address is ", L("ADDRESS", addr(r, cc if cc in ("DE", "FR", "NL", "GB", "IE", "IT") else "GB")), ".\n")

@tpl("card_dispute_forward", "email", 2)
def _(r, D):
    p = person(r); ag = person(r, "gb")
    D("---------- Forwarded message ---------\nFrom: ", L("PERSON", p.full), " <", L("EMAIL", email_of(r, p)), ">\nSubject: unknown transactions\n\n")
    D("Hello, there are two payments I never made, ", amount(r), " and ", amount(r), ". Card number ", L("CREDIT_CARD", card(r)), ", expiry ", f"{r.randint(1, 12):02d}/{r.randint(26, 30)}",
      ". Please call me on ", L("PHONE", phone(r, p.cc)), ".\n", L("PERSON", p.g), "\n\n")
    D("-----\n", L("PERSON", ag.g), " → disputes team: chargeback raised, case DSP", d(r, 9), ", ARN ", d(r, 23), ". Card replaced; new card ends ", d(r, 4), ".\n")

@tpl("call_centre_transcript", "chat", 3)
def _(r, D):
    p = person(r); ag = person(r); cc = p.cc if p.cc in ("GB", "DE", "FR", "NL", "ES", "IT", "TR", "AE", "KE", "ZA") else "GB"
    dob = rdate(r)
    D("[Call ID ", d(r, 10), " | queue TELCO_BILLING | recorded ", ts(r), "]\n")
    D("AGENT (", L("PERSON", ag.g), "): Thank you for calling, you're speaking with ", L("PERSON", ag.g), ". Can I take your full name?\n")
    D("CALLER: It's ", L("PERSON", p.full), ".\n")
    D("AGENT: And to verify, your date of birth?\n", "CALLER: ", L("DATE_OF_BIRTH", fdate(r, dob, "en")), ".\n")
    D("AGENT: And the number you're calling about?\n", "CALLER: ", L("PHONE", phone(r, cc)), ". I want a PAC code, I'm porting to another network.\n")
    D("AGENT: I can see a SIM swap on ", fdate(r, rdate(r, 2025, 2025), "en"), " at 14:02. Was that you?\n")
    D("CALLER: No! I didn't request that. My ", r.choice(["mum", "husband", "colleague"]), " ", L("PERSON", person(r).g), " can confirm.\n")
    D("AGENT: I'll freeze the line and raise fraud case FRD-", d(r, 6), ". The IMEI on the new SIM is ", imei(r), ".\n")

@tpl("whatsapp_kyc_chat", "chat", 2)
def _(r, D):
    lang = r.choice(["tr", "es", "pt", "pl"])
    p = person(r, {"tr": "tr", "es": "es", "pt": "pt", "pl": "pl"}[lang]); cc = p.cc; agent = "Meridian Bank"
    t = f"{r.randint(8, 20):02d}:{r.randint(0, 59):02d}"
    D("[", fdate(r, rdate(r, 2025, 2025), "dot"), " ", t, "] ", agent, ": ", {"tr": "Merhaba, kimlik doğrulaması için pasaport numaranızı paylaşır mısınız?",
      "es": "Hola, para verificar su identidad, ¿nos indica su DNI?", "pt": "Olá, para concluir a abertura de conta precisamos do seu IBAN.",
      "pl": "Dzień dobry, prosimy o numer paszportu do weryfikacji."}[lang], "\n")
    D("[", t, "] ", L("PERSON", p.g), ": ")
    if lang == "tr": D("Pasaport no ", L("PASSPORT", passport(r, "TR")), ", doğum tarihim ", L("DATE_OF_BIRTH", fdate(r, rdate(r), "dot")), "\n")
    elif lang == "es": D("mi DNI es ", L("ES_DNI", dni(r, nie=False)), " y vivo en ", L("ADDRESS", addr(r, "ES")), "\n")
    elif lang == "pt": D("o meu IBAN é ", L("IBAN", iban(r, "PT")), " 👍\n")
    else: D("numer paszportu ", L("PASSPORT", passport(r, "PL")), ", telefon ", L("PHONE", phone(r, "PL")), "\n")
    D("[", t, "] ", agent, ": ", {"tr": "Teşekkürler", "es": "Gracias", "pt": "Obrigado", "pl": "Dziękujemy"}[lang], " ", L("PERSON", p.g), "! Ref. ", d(r, 8), "\n")
    D("[", t, "] ", L("PERSON", p.g), ": ", {"tr": "Bayram tatilinde şube açık mı?", "es": "¿Abrís el Día de Reyes?", "pt": "Abrem no 25 de Abril?", "pl": "Czy oddział jest otwarty w Boże Ciało?"}[lang], "\n")

@tpl("sim_swap_fraud_ticket", "ticket", 3)
def _(r, D):
    p = person(r, r.choice(["ke", "za", "gb", "ar", "inv"])); cc = {"ke": "KE", "za": "ZA", "gb": "GB", "ar": "AE", "inv": "GB"}[p.o]
    D("TICKET INC-", d(r, 7), "   Priority: P2   Queue: Fraud-Ops\nTitle: Suspected SIM-swap account takeover\n")
    D("Reporter: store agent AG", d(r, 5), "\nCustomer: ", L("PERSON", p.full), "  MSISDN ", L("PHONE", phone(r, cc)), "\n")
    D("Description: customer says mobile money wallet drained after SIM replaced. Old ICCID ", iccid(r), ", new ICCID ", iccid(r), ".\n")
    D("Login from ", L("IP_ADDRESS", ip(r, "pub")), " at ", ts(r), " using app ", version(r), ". Linked card ", masked_card(r), ".\n")
    D("Action: line barred, wallet frozen, case sent to ", L("EMAIL", "fraud-ops@meridian-telecom.co.ke" if cc == "KE" else "fraud-ops@meridian-group.eu"), ".\n")

@tpl("it_ticket_no_pii", "ticket", 4)
def _(r, D):
    D("JIRA PAY-", d(r, 4), " | ", r.choice(["Bug", "Task", "Incident"]), " | component: ", r.choice(["sepa-inst", "core-banking", "cdr-mediation", "claims-portal"]), "\n")
    D("Summary: ", r.choice(["MT103 field 59 truncated after upgrade to ", "Router firmware rollout stuck at ", "Claims portal 502 after deploy of ", "IFRS9 batch slow since "]), version(r), "\n")
    D("Environment: k8s ", f"1.{r.randint(24, 30)}.{r.randint(0, 9)}", ", Java ", f"17.0.{r.randint(1, 12)}", ", Oracle ", f"19.{r.randint(10, 22)}.0.0.0", "\n")
    D("Steps: replay file PAIN001_", d(r, 8), ".xml; observe rejection code AC04 for ", r.randint(2, 90), " of ", r.randint(100, 900), " rows.\n")
    D("Notes: masked test card ", masked_card(r), "; BIC ", bic(r, "DE"), "; LEI ", lei(r), ". Change freeze over ", r.choice(["Christmas", "Easter", "Ramadan", "Black Friday"]), ".\n")

@tpl("dsar_email", "email", 3)
def _(r, D):
    p = person(r, r.choice(["ie", "nl", "se", "pl", "gr", "inv"])); cc = p.cc if p.cc in ("IE", "NL", "SE", "PL", "GR") else "IE"
    D("To: ", L("EMAIL", "dpo@meridian-group.eu"), "\nFrom: ", L("EMAIL", email_of(r, p)), "\nSubject: Subject access request under Article 15 GDPR\n\n")
    D("Dear Data Protection Officer,\n\nI request a copy of all personal data you hold about me, including call recordings and location data from my mobile ", L("PHONE", phone(r, cc)), ".\n")
    D("For identification: passport ", COUNTRY_NAME[cc], " ", L("PASSPORT", passport(r, cc)), ", born ", L("DATE_OF_BIRTH", fdate(r, rdate(r), "en")), ", address ", L("ADDRESS", addr(r, cc)), ".\n\n")
    D("Yours faithfully,\n", L("PERSON", p.full), "\n")

@tpl("hr_email_sick_leave", "email", 3)
def _(r, D):
    p = person(r, r.choice(["de", "nl", "es", "gb", "pt"])); mgr = person(r)
    D("From: ", L("EMAIL", email_of(r, mgr, "meridian-group.eu")), "\nTo: ", L("EMAIL", "hr-casework@meridian-group.eu"), "\nSubject: Absence – ", L("PERSON", p.full), "\n\n")
    D("Hi HR,\n\n", L("PERSON", p.g), " has sent a fit note: ", L("DIAGNOSIS", r.choice(DIAG["en"] + DIAG["de"])), ", off for four weeks and starting ", L("MEDICATION", r.choice(MEDS)),
      ". Please arrange an occupational health referral.\n(Unrelated: the team is still in a depression about the reorg, and the Q3 numbers gave me a total migraine.)\n\n", L("PERSON", mgr.g), "\n")

# ======== FREE TEXT / HTML / XML
@tpl("pain001_xml", "free_text", 3)
def _(r, D):
    dbt = person(r); cc = r.choice(["DE", "FR", "NL", "BE", "AT", "IT", "ES"])
    D('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n <CstmrCdtTrfInitn>\n  <GrpHdr><MsgId>MSG-', d(r, 12), "</MsgId><CreDtTm>", ts(r)[:19], "</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>\n")
    D("  <PmtInf>\n   <Dbtr><Nm>", L("PERSON", dbt.full), "</Nm></Dbtr>\n   <DbtrAcct><Id><IBAN>", L("IBAN", iban(r, cc, False)), "</IBAN></Id></DbtrAcct>\n   <DbtrAgt><FinInstnId><BICFI>", bic(r, cc), "</BICFI></FinInstnId></DbtrAgt>\n")
    for _ in range(2):
        c = person(r); c2 = r.choice(["DE", "FR", "NL", "IT", "PT", "PL", "SE", "GR"])
        if r.random() < 0.5:
            D("   <CdtTrfTxInf><PmtId><EndToEndId>", txid(r), "</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">", f"{r.randint(10, 9000)}.{d(r, 2)}", "</InstdAmt></Amt>\n")
            D("    <Cdtr><Nm>", L("PERSON", c.full), "</Nm><PstlAdr><AdrLine>", L("ADDRESS", addr(r, c2)), "</AdrLine></PstlAdr></Cdtr>\n")
        else:
            D("   <CdtTrfTxInf><PmtId><EndToEndId>", txid(r), "</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">", f"{r.randint(10, 9000)}.{d(r, 2)}", "</InstdAmt></Amt>\n")
            D("    <Cdtr><Nm>", r.choice(["Siemens Energy AG", "Philips Nederland B.V.", "Ferrero Italia S.r.l.", "Zalando SE"]), "</Nm></Cdtr>\n")
        D("    <CdtrAcct><Id><IBAN>", L("IBAN", iban(r, c2, False)), "</IBAN></Id></CdtrAcct><RmtInf><Ustrd>INV ", d(r, 8), " ", vat(r, c2), "</Ustrd></RmtInf></CdtTrfTxInf>\n")
    D("  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n")

@tpl("mt103_text", "free_text", 3)
def _(r, D):
    a, b = person(r, r.choice(["ar", "tr", "gr", "ke"])), person(r)
    cc1 = {"ar": "AE", "tr": "TR", "gr": "GR", "ke": "GB"}[a.o]; cc2 = r.choice(["DE", "GB", "CH", "NL", "FR"])
    D("{1:F01", bic(r, cc1)[:8], "AXXX", d(r, 10), "}{2:I103", bic(r, cc2)[:8], "XXXXN}{4:\n:20:", "REF", d(r, 10), "\n:23B:CRED\n:32A:", f"25{r.randint(1, 12):02d}{r.randint(10, 28)}", "EUR", f"{r.randint(1000, 90000)},{d(r, 2)}", "\n")
    D(":50K:/", L("IBAN", iban(r, cc1, False)), "\n", L("PERSON", a.full.upper()), "\n", L("ADDRESS", addr(r, cc1, True).upper()), "\n")
    D(":59:/", L("IBAN", iban(r, cc2, False)), "\n", L("PERSON", b.full.upper()), "\n", ":70:", r.choice(["SCHOOL FEES", "FAMILY SUPPORT", "INV 2025-", "RENT Q3"]), "\n:71A:SHA\n-}")

@tpl("sar_narrative", "free_text", 2)
def _(r, D):
    p = person(r, r.choice(["ar", "ir", "tr", "ma", "inv", "ke"])); q = person(r)
    cc = r.choice(["AE", "TR", "GR", "SA"])
    D("SUSPICIOUS ACTIVITY REPORT — narrative (internal ref SAR-", d(r, 6), ", not for disclosure to the customer)\n\n")
    D("Subject ", L("PERSON", p.full), " (DOB ", L("DATE_OF_BIRTH", fdate(r, rdate(r), "slash")), ", ", PASS_LABEL[cc].split(' /')[0].lower(), " ", L("PASSPORT", passport(r, cc)),
      ") received ", r.randint(8, 30), " cash deposits just below the ", amount(r, "EUR").split()[0], " 10,000 threshold between ", fdate(r, rdate(r, 2025, 2025), "en"), " and ", fdate(r, rdate(r, 2025, 2025), "en"), ".\n")
    D("Funds were forwarded the same day to ", L("IBAN", iban(r, cc)), " held by ", L("PERSON", q.full), ", who shares the address ", L("ADDRESS", addr(r, r.choice(["GB", "NL", "DE"]))), ".\n")
    D("Online banking sessions came from ", L("IP_ADDRESS", ip(r)), " and ", L("IP_ADDRESS", ip(r, "v6")), ". Counterparty bank ", bic(r, cc), ", LEI ", lei(r), ".\n")
    D("Typologies: structuring, pass-through account. No adverse media found. Filed with the FIU via goAML, ref. ", d(r, 9), ".\n")

@tpl("board_minutes", "free_text", 2)
def _(r, D):
    ppl = [person(r) for _ in range(4)]
    D("MERIDIAN HOLDINGS PLC — Minutes of the Board meeting held on ", fdate(r, rdate(r, 2025, 2025), "en"), "\n\nPresent: ")
    for i, p in enumerate(ppl):
        D(pname(r, p, r.choice(["full", "init", "title"])), ", " if i < 3 else "\n")
    D("1. The Chair noted apologies from ", L("PERSON", person(r).full), ".\n2. CRO presented the ICAAP; CET1 ratio ", f"{r.uniform(12, 18):.1f}", "%.\n")
    D("3. The Board approved the disposal of the stake in ", r.choice(["Philips Capital", "Siemens Financial Services JV", "Ferrero Leasing"]), " for ", amount(r, "EUR"), ".\n")
    D("4. Item deferred to the meeting after ", r.choice(["Whit Monday", "St. Patrick's Day", "Eid al-Adha", "Boxing Day"]), ". Company secretary: ", L("PERSON", ppl[-1].f), ".\n")

@tpl("board_minutes_anonymised", "free_text", 3)
def _(r, D):
    D("Extract from minutes — Risk Committee (published version)\n\nMembers present: Chair, CRO, CFO, two independent NEDs.\n")
    D("The committee reviewed operational incidents: ", r.randint(3, 40), " SIM-swap fraud cases (", amount(r, "GBP"), " losses), firmware ", version(r), " regression on home routers, and the migration to pain.001.001.09.\n")
    D("Credit: the Turkish lira book grew ", r.randint(2, 20), "%; stage 3 loans ", amount(r, "EUR"), ". The 'Project Lighthouse' recommendations were closed.\n")
    D("Next meeting after Easter Monday; the Alfred Nobel lecture and the Marie Curie fundraising day will be attended by the Chair.\n")

@tpl("customer_profile_html", "html", 3)
def _(r, D):
    p = person(r); cc = p.cc if p.cc in IBAN_SPEC else "NL"
    D("<html><head><title>Customer 360 – ", d(r, 8), "</title></head><body>\n<h1>", L("PERSON", p.full), "</h1>\n<dl>\n")
    D("  <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", fdate(r, rdate(r), "dot")), "</dd>\n")
    a = addr(r, cc, True).split("\n")
    D("  <dt>Address</dt><dd>", L("ADDRESS", "<br>".join(a)), "</dd>\n")
    D("  <dt>Mobile</dt><dd><a class=\"tel\">", L("PHONE", phone(r, cc)), "</a></dd>\n")
    D("  <dt>E-mail</dt><dd>", L("EMAIL", email_of(r, p)), "</dd>\n  <dt>Salary account</dt><dd>", L("IBAN", iban(r, cc)), "</dd>\n")
    D("  <dt>Products</dt><dd>Mobile XL (", version(r), "), Home Insurance HI-", d(r, 7), ", Card ", masked_card(r), "</dd>\n</dl>\n")
    D("<p class=\"note\">Last contact via ", r.choice(["branch", "chat", "phone"]), " on ", fdate(r, rdate(r, 2025, 2025), "iso"), ".</p></body></html>\n")

@tpl("newsletter_html", "html", 3)
def _(r, D):
    D("<!DOCTYPE html><html lang=\"", r.choice(["en", "de", "fr"]), "\"><body>\n<h2>Group news — ", r.choice(["spring", "autumn"]), " edition</h2>\n")
    D("<p>Our new partnership with <b>", r.choice(["Philips", "Siemens", "Ferrero", "Mercedes-Benz", "Louis Vuitton", "Carl Zeiss"]), "</b> brings card discounts. Branches close on ",
      r.choice(["Whit Monday", "King's Day (Koningsdag)", "Fête nationale", "Tag der Arbeit", "Republic Day (Cumhuriyet Bayramı)", "Mashujaa Day"]), ".</p>\n")
    D("<p>Router firmware ", version(r), " is rolling out; if the LED on your box turns green you are up to date. Support: +44 7700 900", d(r, 3), " (test line in our docs only).</p>\n")
    D("<p>Health insurance: our plans now cover treatment of diabetes, asthma and depression, and drugs such as metformin and salbutamol are fully reimbursed.</p>\n")
    D("<footer>Meridian Group SE · VAT ", vat(r, "NL"), " · LEI ", lei(r), " · © 2025</footer></body></html>\n")

@tpl("policy_wording", "free_text", 3)
def _(r, D):
    lang = r.choice(["en", "de", "fr", "es"])
    if lang == "en":
        D("SECTION 4 — EXCLUSIONS\nWe will not pay for claims arising from pre-existing conditions, including but not limited to type 2 diabetes, hypertension, epilepsy, HIV, "
          "and any cancer diagnosed in the 24 months before the start date. Treatment with methotrexate or biologics such as adalimumab requires pre-authorisation. "
          "Alzheimer's disease and Parkinson's disease are covered under the Critical Illness rider only. See Schedule ", d(r, 2), "/", r.choice(["A", "B"]), ".\n")
    elif lang == "de":
        D("§ 5 Leistungsausschlüsse\nKein Versicherungsschutz besteht für Vorerkrankungen wie Diabetes mellitus, Morbus Crohn oder Depressionen, die in den letzten fünf Jahren behandelt wurden. "
          "Arzneimittel wie Metamizol oder Ibuprofen werden nur auf ärztliche Verordnung erstattet. Tarif KV-", d(r, 3), ", Stand ", fdate(r, rdate(r, 2024, 2025), "dot"), ".\n")
    elif lang == "fr":
        D("Article 7 — Exclusions\nSont exclues les affections antérieures à l'adhésion (diabète, sclérose en plaques, maladie de Crohn). Les médicaments non remboursables "
          "(ex. Doliprane en automédication) restent à la charge de l'assuré. Contrat-type n° ", d(r, 6), ".\n")
    else:
        D("Cláusula 9 — Exclusiones\nNo quedan cubiertas la diabetes, la hipertensión ni la artritis reumatoide preexistentes. El Enantyum solo se reembolsa con receta. Póliza modelo ", d(r, 5), ".\n")

@tpl("release_notes", "free_text", 2)
def _(r, D):
    D("Release notes — Meridian Mobile Banking ", version(r), "\n\n* Fixed crash when scanning IBAN QR codes on Android ", r.randint(10, 15), ".\n")
    D("* Upgraded OpenSSL to ", f"3.{r.randint(0, 4)}.{r.randint(0, 15)}", "; TLS 1.3 only. Protobuf ", f"{r.randint(3, 5)}.{r.randint(20, 29)}.{r.randint(0, 9)}", ".\n")
    D("* Router SDK ", f"{r.randint(1, 9)}.{r.randint(1, 9)}.{r.randint(10, 99)}.{r.randint(1, 254)}", " adds TR-069 OID 1.3.6.1.2.1.", r.randint(1, 99), " support.\n")
    D("* Test fixtures use card ", masked_card(r), ", IBAN DE00 0000 0000 0000 0000 00 and MSISDN +44 7700 900", d(r, 3), ".\n* Thanks to the Ada Lovelace guild and the Alan Turing Institute for accessibility audits.\n")

@tpl("hr_letter", "free_text", 3)
def _(r, D):
    p = person(r, r.choice(["de", "es", "it", "fr", "gb"])); hr = person(r)
    D("Vertraulich / Confidential — Personnel file\n\n", pname(r, p, "title"), "\n", L("ADDRESS", addr(r, p.cc, True)), "\n\n")
    D("Re: Relocation to Dubai office\n\nDear ", L("PERSON", p.g), ",\n\nfurther to your assignment letter, please find your payroll details confirmed below:\n")
    if p.cc == "DE": D("  Steuer-ID: ", L("DE_TAX_ID", steuer(r)), "\n")
    elif p.cc == "ES": D("  DNI: ", L("ES_DNI", dni(r, nie=False)), "\n")
    elif p.cc == "IT":
        dob = rdate(r, 1965, 2000); city = r.choice(list(BELFIORE)); D("  Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(p, dob, city)), "\n")
    elif p.cc == "FR": D("  NIR: ", L("FR_NIR", nir(r, p)), "\n")
    else: D("  NI number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    D("  UAE residence visa sponsor: Meridian Gulf FZ-LLC, P.O. Box ", r.randint(1000, 99999), "\n  Passport (for visa): ", L("PASSPORT", passport(r, p.cc)), "\n")
    D("\nKind regards,\n", L("PERSON", hr.full), ", HR Business Partner\n")

@tpl("negatives_lookalikes", "free_text", 4)
def _(r, D):
    """checksum-invalid look-alikes and other hard negatives only"""
    it = [f"NHS number (invalid, test): {bad_nhs(r)}", f"DNI con letra errónea: {bad_dni(r)}", f"NIR clé erronée : {bad_nir(r)}",
          f"Steuer-ID Prüfziffer falsch: {bad_steuer(r)}", f"Rejected IBAN (checksum): {bad_iban(r, r.choice(['DE', 'FR', 'GB', 'NL']))}",
          f"Card failed Luhn: {bad_card(r)}", f"IMEI {imei(r)} / IMSI {imsi(r)} / ICCID {iccid(r)}", f"BIC {bic(r, 'CH')}, LEI {lei(r)}, VAT {vat(r, 'AT')}",
          f"Policy POL-{d(r, 9)}, claim CLM-{d(r, 8)}, mandate MNDT-{d(r, 10)}", f"Tracking 1Z{d(r, 16)}, order #{d(r, 11)}", f"Firmware {version(r)} OID 2.16.756.5.30.1.{d(r, 3)}",
          f"Masked: SSN ***-**-{d(r, 4)}, NINO QQ******C, IBAN GB** **** **** {d(r, 4)}", f"Epoch {r.randint(1600000000, 1760000000)} ms {r.randint(10**12, 2 * 10**12)}",
          f"Codice fiscale non valido: {bad_cf(codice_fiscale(person(r, 'it'), rdate(r), 'Roma'))}"]
    D(r.choice(["Data-quality report — rejected values (no customer data)\n", "Validator unit-test fixtures\n", "Dédoublonnage — valeurs rejetées\n"]))
    for x in r.sample(it, 6): D("- ", x, "\n")

@tpl("motor_claim_narrative", "free_text", 2)
def _(r, D):
    lang = r.choice(["nl", "pt", "pl", "tr", "en"])
    p = person(r, {"nl": "nl", "pt": "pt", "pl": "pl", "tr": "tr", "en": "za"}[lang]); w = person(r)
    cc = p.cc
    txt = {"nl": ("Schademelding motorrijtuig. Verzekerde ", " (geboren ", ") reed op de A2 toen ", " achterop botste. Diagnose: ", "; huisarts schreef ", " voor. Contact: ", "whiplash"),
           "pt": ("Participação de sinistro automóvel. O segurado ", " (nascido em ", ") foi abalroado por ", ". Diagnóstico: ", "; medicação ", ". Contacto: ", "traumatismo cervical"),
           "pl": ("Zgłoszenie szkody komunikacyjnej. Ubezpieczony ", " (ur. ", ") został potrącony przez ", ". Rozpoznanie: ", "; zalecono ", ". Kontakt: ", "skręcenie kręgosłupa szyjnego"),
           "tr": ("Kasko hasar ihbarı. Sigortalı ", " (doğum tarihi ", "), ", " tarafından arkadan çarpıldı. Tanı: ", "; ", " reçete edildi. İletişim: ", "boyun incinmesi"),
           "en": ("Motor claim FNOL. Policyholder ", " (born ", ") was rear-ended in Sandton by ", "; diagnosed with ", ", GP prescribed ", ". Contact: ", "whiplash injury")}[lang]
    D(txt[0], L("PERSON", p.full), txt[1], L("DATE_OF_BIRTH", fdate(r, rdate(r), lang if lang in MON else "en")), txt[2], L("PERSON", w.full), txt[3], L("DIAGNOSIS", txt[6]),
      txt[4], L("MEDICATION", r.choice(["ibuprofen", "tramadol", "Metamizol", "naproxen"])), txt[5])
    D(L("PHONE", phone(r, cc)), ".\nPolis/Policy ", d(r, 3), "-", d(r, 7), "; kenteken/reg ", r.choice(["GX-123-B", "AA-11-BB", "WX 12345", "34 ABC 123", "CA 123-456"]), "; VIN WDB", d(r, 14), ".\n")

# ======== additions
@tpl("expat_mobility_yaml", "yaml", 3)
def _(r, D):
    D("# global-mobility/assignees.yaml — exported from Workday, do not commit\nassignees:\n")
    opts = [("CA", "sin", lambda: L("CA_SIN", sin(r))), ("IN", "aadhaar", lambda: L("IN_AADHAAR", aadhaar(r))), ("SG", "nric", lambda: L("SG_NRIC", nric(r))),
            ("BR", "cpf", lambda: L("BR_CPF", cpf(r))), ("US", "ssn", lambda: L("US_SSN", ssn(r)))]
    for cc, key, f in r.sample(opts, 3):
        p = person(r, r.choice(["inv", "gb", "pt", "ar", "ir"]))
        D("  - name: ", L("PERSON", p.full), "\n    home_country: ", cc, "\n    host: ", r.choice(["Dubai", "Riyadh", "Nairobi", "Johannesburg", "Istanbul"]), "\n")
        D("    ", key, ": \"", f(), "\"\n    birth_date: ", L("DATE_OF_BIRTH", fdate(r, rdate(r, 1965, 1999), "iso")), "\n    cost_centre: CC-", d(r, 5), "\n")
    D("policy_version: ", version(r), "\n")

@tpl("intl_health_member_json", "json", 2)
def _(r, D):
    p = person(r, r.choice(["gb", "pt", "ie", "inv"]))
    obj = {"plan": "Meridian Global Health — International Private Medical Insurance", "policy": f"IPMI-{d(r, 8)}",
           "member": {"memberId": L("HEALTH_PLAN_ID", f"MGH{d(r, 9)}"), "name": L("PERSON", p.full), "dob": L("DATE_OF_BIRTH", fdate(r, rdate(r, 1940, 1958), "iso")),
                      "residence": L("ADDRESS", addr(r, r.choice(["PT", "ES", "FR"]))), "medicareMbi": L("US_MBI", mbi(r)), "note": "US Medicare primary for US stays"},
           "conditions": [L("DIAGNOSIS", r.choice(DIAG["en"]))], "medications": [L("MEDICATION", r.choice(MEDS)), L("MEDICATION", r.choice(MEDS))],
           "groupNumber": f"GRP{d(r, 6)}", "broker": {"lei": lei(r)}}
    jemit(D, obj, 2)

@tpl("cr_hospitalisation_fr", "discharge_summary", 2)
def _(r, D):
    p = person(r, r.choice(["fr", "ma", "be"])); dob = rdate(r, 1940, 2000); dr = person(r, "fr")
    D("COMPTE RENDU D'HOSPITALISATION\nService de cardiologie — ", r.choice(["CHU de Lille", "Hôpital Lariboisière", "Hospices Civils de Lyon"]), "\n\n")
    D("Patient(e) : ", L("PERSON", f"{p.f.upper()} {p.g}"), ", né(e) le ", L("DATE_OF_BIRTH", fdate(r, dob, "fr")), "\nIPP : ", L("MEDICAL_RECORD_NUMBER", d(r, 10)), "\n")
    D("N° de sécurité sociale : ", L("FR_NIR", nir(r, p, dob=dob)), "\n\nMotif : douleur thoracique. Diagnostic retenu : ", L("DIAGNOSIS", r.choice(DIAG["fr"])), ".\n")
    D("Pas de syndrome coronarien aigu (troponine négative). Traitement de sortie : ", L("MEDICATION", r.choice(["apixaban", "bisoprolol", "Doliprane", "Eliquis"])), ", ", L("MEDICATION", r.choice(["atorvastatin", "Ramipril"])), ".\n")
    D("Dr ", L("PERSON", dr.full), " — secrétariat ", L("PHONE", phone(r, "FR")), "\n")

@tpl("occ_health_note", "clinical_note", 3)
def _(r, D):
    p = person(r); dr = person(r)
    D("Occupational health consultation — confidential\nEmployee: ", L("PERSON", p.full), " (staff no. S", d(r, 5), ")\n")
    D("Referred for: absence management. Presenting with ", L("DIAGNOSIS", r.choice(["generalised anxiety disorder", "lumbar disc herniation", "burn-out", "major depressive disorder"])),
      "; takes ", L("MEDICATION", r.choice(["sertraline", "tramadol", "Concerta", "omeprazole"])), ".\n")
    D("Denies alcohol misuse. No evidence of PTSD. Recent meta-analyses show CBT reduces sick leave by 20% (background, not specific to this employee).\n")
    D("Manager describes the team as 'a total nightmare after the migration' — figure of speech, not clinical.\nAdvice: phased return. ", L("PERSON", dr.full), ", OH physician\n")

@tpl("lab_report_uk", "lab_report", 2)
def _(r, D):
    p = person(r, r.choice(["gb", "ie", "ke", "inv"])); dob = rdate(r)
    D("PATHOLOGY REPORT — Clinical Biochemistry\nName: ", L("PERSON", f"{p.f.upper()}, {p.g.upper()}"), "   DOB: ", L("DATE_OF_BIRTH", fdate(r, dob, "slash")), "\n")
    D("NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "   Lab No: ", d(r, 2), "L", d(r, 7), "\n")
    D("Test            Result   Units    Range\nSodium          ", r.randint(130, 145), "      mmol/L   133-146\neGFR            ", r.randint(25, 90), "       mL/min   >90\n")
    D("Comment: consistent with ", L("DIAGNOSIS", "chronic kidney disease stage 3"), ". Reported by BMS ", d(r, 5), ".\n")

@tpl("motor_policy_form", "form", 3)
def _(r, D):
    p = person(r, r.choice(["gb", "tr", "za", "inv"])); dob = rdate(r, 1955, 2004)
    D("MOTOR INSURANCE PROPOSAL\nProposer: ", L("PERSON", p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(r, dob, "slash")), "\n")
    if p.o == "tr":
        D("Sürücü belgesi (ehliyet) no: ", L("DRIVER_LICENSE", d(r, 6)), "  — Türkiye\n")
    elif p.o == "za":
        D("Driving licence no. (South Africa): ", L("DRIVER_LICENSE", f"{d(r, 4)}{d(r, 4)}{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{d(r, 2)}"), "\n")
    elif p.o == "gb":
        D("DVLA licence number: ", L("DRIVER_LICENSE", dvla(r, p, dob)), "\n")
    else:
        st = r.choice(list(US_DL)); D("Licence: ", US_DL[st][0], " driver license ", L("DRIVER_LICENSE", US_DL[st][1](r)), " (held 6 yrs, exchange pending)\n")
    D("Vehicle: ", r.choice(["Mercedes-Benz C 200", "Ford Puma", "Toyota Hilux", "Fiat 500"]), "  VIN ", r.choice(["WDD", "WF0", "AHT", "ZFA"]), d(r, 14), "\nNo-claims years: ", r.randint(0, 9), "\n")
    D("Medical conditions affecting driving: ", L("DIAGNOSIS", r.choice(["epilepsy", "type 2 diabetes mellitus", "sleep apnoea"])), "\nQuote ref: QTE-", d(r, 8), "  Premium ", amount(r, "GBP"), "\n")

# ---------------------------------------------------------------- validation
CHECKS = {
    "IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "UK_NHS_NUMBER": nhs_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "DE_TAX_ID": steuer_ok,
    "CA_SIN": lambda s: luhn_ok(s) and len(re.sub(r"\D", "", s)) == 9, "IN_AADHAAR": lambda s: verhoeff_ok(s.replace(" ", "")),
    "BR_CPF": lambda s: cpf_digits(re.sub(r"\D", "", s)[:9]) == re.sub(r"\D", "", s)[9:],
    "SG_NRIC": lambda s: nric_make(s[0], s[1:8]) == s,
    "ES_DNI": lambda s: dni_letter(("XYZ".index(s[0]) if s[0] in "XYZ" else "") .__str__() + s[1:8] if s[0] in "XYZ" else s[:8]) == s[-1],
    "FR_NIR": lambda s: nir_key(s.replace(" ", "")[:13]) == int(s.replace(" ", "")[13:]),
    "IT_FISCAL_CODE": lambda s: cf_check(s[:15]) == s[15],
    "US_SSN": lambda s: re.fullmatch(r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}", s) is not None,
    "US_MBI": lambda s: re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y]{2}\d\d", s) is not None,
}
CARD_RE = re.compile(r"(?<![\d])(\d[\d -]{11,22}\d)(?![\d])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
def card_like(s):
    ds = re.sub(r"\D", "", s)
    if not (13 <= len(ds) <= 19) or not luhn_ok(ds): return False
    return ds[0] == "4" or ds[:2] in ("51", "52", "53", "54", "55", "34", "37") or ds[:4] == "6011" or 2221 <= int(ds[:4]) <= 2720

def validate(rec):
    t = rec["text"]; ents = sorted(rec["entities"], key=lambda e: e["start"])
    assert rec["format"] in FORMATS, rec["format"]
    last = -1; lvl = 0
    for e in ents:
        s = t[e["start"]:e["end"]]
        assert s and s == s.strip(), (rec["id"], e, repr(s))
        assert e["start"] >= last, (rec["id"], "overlap", e)
        last = e["end"]; lvl = max(lvl, LEVEL[e["type"]])
        if e["type"] in CHECKS:
            assert CHECKS[e["type"]](s), (rec["id"], e["type"], s)
    assert rec["classification"] == CLS[lvl]
    labelled = [(e["start"], e["end"]) for e in ents]
    inside = lambda a, b: any(x <= a and b <= y for x, y in labelled)
    for m in CARD_RE.finditer(t):
        for sub in re.finditer(r"\d[\d -]*\d", m.group(1)):
            a = m.start(1) + sub.start(); b = m.start(1) + sub.end()
            if card_like(sub.group()) and not inside(a, b) and not re.fullmatch(r"\d{15}", sub.group()) or \
               (card_like(sub.group()) and not inside(a, b) and re.fullmatch(r"\d{15}", sub.group()) and sub.group()[:2] in ("34", "37")):
                raise AssertionError((rec["id"], "card leak", sub.group()))
    for m in IBAN_RE.finditer(t):
        if iban_ok(m.group(1)) and not inside(m.start(1), m.end(1)):
            raise AssertionError((rec["id"], "iban leak", m.group(1)))
    if rec["format"] in ("json", "fhir_json"): json.loads(t)
    if rec["format"] == "ndjson":
        for line in t.strip("\n").split("\n"): json.loads(line)
    if rec["format"] in ("csv", "tsv"):
        first = t.split("\n", 1)[0]
        dl = "\t" if rec["format"] == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(t), delimiter=dl))
        assert len({len(x) for x in rows if x}) == 1, rec["id"]

def main():
    recs = []
    for name, fmt, times, fn in TEMPLATES:
        for n in range(times):
            global CUR_N
            CUR_N = n
            r = random.Random(f"{SEED}:{name}:{n}")
            for attempt in range(50):
                D = Doc(); fn(r, D)
                rec = {"id": f"h14_{name}-{n}", "text": D.text(), "entities": D.ents, "format": fmt}
                lvl = max([LEVEL[e["type"]] for e in D.ents] or [0])
                rec["classification"] = CLS[lvl]
                try:
                    validate(rec); break
                except AssertionError as ex:
                    if "leak" not in str(ex): raise
                    # re-draw (random bodies accidentally hitting a checksum)
            else:
                raise RuntimeError(name)
            recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps({k: rec[k] for k in ("id", "text", "entities", "classification", "format")}, ensure_ascii=False) + "\n")
    ct = Counter(e["type"] for x in recs for e in x["entities"])
    print("documents:", len(recs)); print("no-entity documents:", sum(1 for x in recs if not x["entities"]))
    for title, c in (("classification", Counter(x["classification"] for x in recs)), ("format", Counter(x["format"] for x in recs)), ("entity type", ct)):
        print(f"\n{title}:")
        for k, v in c.most_common(): print(f"  {k:<30} {v}")

if __name__ == "__main__":
    main()
