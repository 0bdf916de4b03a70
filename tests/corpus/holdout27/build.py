#!/usr/bin/env python3
"""holdout27 corpus generator: hospitality, travel retail and events.
Standard library only, deterministic. Written from the public contract only."""
import csv, io, json, random, re, sys, unicodedata
from collections import Counter

SEED = "holdout27/larkspur-marina-5309"
OUT = "/tmp/holdout27/holdout27.jsonl"

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
           "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
           "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = 3
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = 2
LEVEL["PERSON"] = 1
CLS = {3: "RESTRICTED", 2: "CONFIDENTIAL", 1: "INTERNAL", 0: "INTERNAL"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 "
              "fhir_json form ticket".split())

# ----------------------------------------------------------------------------- builder
class L:
    """A labelled value."""
    def __init__(self, typ, v):
        assert typ in LEVEL, typ
        self.typ, self.v = typ, str(v)
    def __str__(self):
        return self.v

class M:
    """A string mixing plain text and labelled values (for JSON/CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts
    def __str__(self):
        return "".join(str(p) for p in self.parts)

class Doc:
    def __init__(self, fmt):
        assert fmt in FORMATS, fmt
        self.fmt = fmt
        self.buf = []
        self.n = 0
        self.ents = []
    def __call__(self, *items):
        for it in items:
            if isinstance(it, L):
                self.ents.append((it.typ, self.n, self.n + len(it.v)))
                self._raw(it.v)
            elif isinstance(it, M):
                self(*it.parts)
            elif it is None:
                continue
            else:
                self._raw(str(it))
        return self
    def _raw(self, s):
        self.buf.append(s)
        self.n += len(s)
    def text(self):
        return "".join(self.buf)

# JSON emitter that records spans inside string literals
def _jstr(s):
    return json.dumps(s, ensure_ascii=False)

def _jval(d, v):
    if isinstance(v, L):
        assert _jstr(v.v) == '"' + v.v + '"', v.v
        d('"', v, '"')
    elif isinstance(v, M):
        d('"')
        for p in v.parts:
            if isinstance(p, L):
                assert _jstr(p.v) == '"' + p.v + '"'
                d(p)
            else:
                d(_jstr(str(p))[1:-1])
        d('"')
    else:
        d(json.dumps(v, ensure_ascii=False))

def emit_json(d, obj, indent=2, level=0):
    pad = " " * (indent * (level + 1)) if indent else ""
    end = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    sep = ": " if indent else ":"
    if isinstance(obj, dict):
        if not obj:
            d("{}"); return
        d("{", nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d(pad, _jstr(k), sep)
            emit_json(d, v, indent, level + 1)
            d("," if i < len(items) - 1 else "", nl)
        d(end, "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]"); return
        d("[", nl)
        for i, v in enumerate(obj):
            d(pad)
            emit_json(d, v, indent, level + 1)
            d("," if i < len(obj) - 1 else "", nl)
        d(end, "]")
    else:
        _jval(d, obj)

def emit_row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d(delim)
        s = str(c) if c is not None else ""
        need = any(ch in s for ch in (delim, '"', "\n"))
        if need:
            d('"')
            if isinstance(c, (L, M)):
                parts = c.parts if isinstance(c, M) else (c,)
                for p in parts:
                    if isinstance(p, L):
                        assert '"' not in p.v
                        d(p)
                    else:
                        d(str(p).replace('"', '""'))
            else:
                d(s.replace('"', '""'))
            d('"')
        else:
            d(c if c is not None else "")
    d("\n")

# ----------------------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    return iban_num(s[4:] + s[:4]) % 97 == 1

def iban_make(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)

def nhs_check(d9):
    t = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - t % 11
    if c == 11: c = 0
    return None if c == 10 else c

def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == int(s[9])

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,8,7,0,6],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])

def cpf_digits(d9):
    ds = [int(c) for c in d9]
    s1 = sum(x * w for x, w in zip(ds, range(10, 1, -1)))
    c1 = (s1 * 10) % 11 % 10
    ds.append(c1)
    s2 = sum(x * w for x, w in zip(ds, range(11, 1, -1)))
    c2 = (s2 * 10) % 11 % 10
    return "%d%d" % (c1, c2)

def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m: return False
    num = int(str("XYZ".index(m.group(1))) + m.group(2)) if m.group(1) else int(m.group(2))
    return DNI_L[num % 23] == m.group(3)

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(d10):
    prod = 10
    for ch in d10:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c

def steuer_ok(s):
    s = s.replace(" ", "")
    if not (len(s) == 11 and s.isdigit() and s[0] != "0"): return False
    cnt = Counter(s[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return steuer_check(s[:10]) == int(s[10])

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1,0,5,7,9,13,15,17,19,21, 1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def _cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65

def cf_check(s15):
    t = 0
    for i, c in enumerate(s15):
        t += _CF_ODD[c] if i % 2 == 0 else _cf_even(c)
    return chr(65 + t % 26)

def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]

def _cf_part(word, is_name):
    w = unicodedata.normalize("NFKD", word.upper())
    w = "".join(c for c in w if "A" <= c <= "Z")
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]

def cf_make(first, last, y, m, dd, female, belfiore):
    s = _cf_part(last, False) + _cf_part(first, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (dd + (40 if female else 0)) + belfiore
    return s + cf_check(s)

def nric_letter(pfx, d7):
    t = sum(int(c) * w for c, w in zip(d7, (2, 7, 6, 5, 4, 3, 2)))
    if pfx in "TG": t += 4
    if pfx in "M": t += 3
    return ("JZIHGFEDCBA" if pfx in "ST" else "XWUTRQPNMLK")[t % 11]

def nric_ok(s):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    return bool(m) and nric_letter(m.group(1), m.group(2)) == m.group(3)

MBI_AL = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    N, A, AN = "0123456789", MBI_AL, MBI_AL + "0123456789"
    pat = ["123456789", A, AN, N, A, AN, N, A, A, N, N]
    return all(c in p for c, p in zip(s, pat))

def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m: return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIQUVO": return False
    return a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, sn = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sn != "0000"

VALIDATORS = {
    "CREDIT_CARD": lambda s: luhn_ok(s) and 13 <= len(re.sub(r"\D", "", s)) <= 19,
    "CA_SIN": lambda s: luhn_ok(s) and len(re.sub(r"\D", "", s)) == 9,
    "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": lambda s: len(re.sub(r"\D", "", s)) == 12 and verhoeff_ok(s),
    "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
    "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok,
    "EMAIL": lambda s: bool(re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+\.[a-z]{2,}", s)),
}

def _selftest():
    assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_ok("RSSMRA85T10A562S")
    assert cf_make("Mario", "Rossi", 1985, 12, 10, False, "A562") == "RSSMRA85T10A562S"
    assert nric_ok("S1234567D")
    assert steuer_ok("36574261809")  # python-stdnum documentation example
    assert nino_ok("AB123456C") and not nino_ok("GB123456A")
    assert mbi_ok("1EG4-TE5-MK73")
_selftest()

# ----------------------------------------------------------------------------- names
# origin: (male given, female given, family; "m|f" = gendered family form)
NAMES = {
 "US": ("Tyrell Brandon Garrett Dwayne Cody", "Kayleigh Shonda Brianna Marisol Tamsin",
        "Whitfield McAllister Brzezinski Okonkwo-Reyes Vandermolen Castellucci Pettigrew"),
 "CA": ("Étienne Mathis Jérémie Dawson", "Maude Gabrielle Océane Anik",
        "Tremblay Gagnon Bouchard Côté Pelletier Lévesque-Roy Wapachee"),
 "MX": ("Emiliano Rodrigo Itzcóatl Joaquín", "Itzel Xóchitl Guadalupe Ximena",
        "Hernández Ochoa|Hernández Ochoa;Villaseñor;de la Garza;Zúñiga;Tlapanco;Cázares Ibarra"),
 "BR": ("Thiago Caio Anderson Ubirajara", "Luana Iara Thaís Conceição",
        "da Silva Bezerra;Nogueira;dos Santos Araújo;Albuquerque;Figueiredo;Carvalho Lins"),
 "CL": ("Benjamín Matías Vicente Agustín", "Javiera Catalina Antonella Florencia",
        "Aravena;Quezada;Huenchullán;Undurraga;Sepúlveda Rojas;Painemal"),
 "GB": ("Gethin Callum Rupert Kwabena", "Imogen Siân Harriet Ffion",
        "Featherstonehaugh;Pryce;Ashworth;Oyelaran-Smith;Llewellyn;Cholmondeley"),
 "IE": ("Oisín Pádraig Cathal Tadhg", "Aoife Caoimhe Gráinne Saoirse",
        "Ó Súilleabháin|Ní Shúilleabháin;Mac Cárthaigh|Nic Cárthaigh;Geraghty;Fitzgibbon;Ó Dálaigh|Ní Dhálaigh"),
 "IS": ("Sigurður Þórir Ragnar Hjálmar", "Guðrún Hrafnhildur Ásdís Sólveig", "ICE"),
 "NO": ("Eirik Håkon Sindre Øystein", "Solveig Ingrid Tuva Ragnhild",
        "Bjørnstad;Haugland;Kvamme;Løvaas;Sæther;Fjellheim"),
 "DK": ("Rasmus Mads Asger Bjarke", "Freja Signe Ida Mette",
        "Kjærgaard;Østergaard;Mikkelsen;Bøgh;Dalsgaard;Søndergaard"),
 "NL": ("Sjoerd Joost Thijs Wessel", "Femke Anouk Maartje Sanne",
        "van der Wiel;de Haan;Bakker;van 't Hek;Schuurmans;ter Horst"),
 "BE": ("Wouter Thibault Jelle Arnaud", "Lotte Manon Eline Margaux",
        "Vanderstraeten;De Smedt;Peeters;Dewulf;Van Damme-Lefèvre;Goossens"),
 "LU": ("Gilles Claude Jängi Romain", "Tessy Nadine Anne-Marie Joëlle",
        "Wagner;Schmit;Kieffer;Reuter;Weydert;Thill"),
 "CH": ("Reto Urs Gian-Luca Beat", "Seraina Corina Ursina Mirjam",
        "Brändli;Zürcher;Caflisch;Gisler;Tschümperlin;Bärtschi"),
 "AT": ("Florian Leopold Valentin Wolfgang", "Theresa Magdalena Johanna Veronika",
        "Pichler;Huber;Wallner;Gruber-Steinbichler;Hörmann;Schwaighofer"),
 "CZ": ("Vojtěch Tomáš Jiří Ondřej", "Kateřina Zuzana Markéta Alžběta",
        "Dvořák|Dvořáková;Procházka|Procházková;Kučera|Kučerová;Šťastný|Šťastná;Hrubý|Hrubá"),
 "HR": ("Luka Domagoj Krešimir Ante", "Ivana Mirjana Dunja Nikolina",
        "Kovačević;Babić;Jurić;Perković;Šimunović;Vukelić"),
 "SI": ("Žiga Matej Rok Jernej", "Urška Nuša Špela Tjaša",
        "Novak;Kralj;Zupančič;Vidmar;Kovačič;Potočnik"),
 "GR": ("Nikolaos Dimitrios Spyridon Charalampos", "Eleni Vasiliki Paraskevi Kalliopi",
        "Papadopoulos|Papadopoulou;Oikonomou;Triantafyllidis|Triantafyllidou;Georgiou;Karagiannis|Karagianni"),
 "TR": ("Emre Burak Oğuzhan Mert", "Elif Zeynep Gülşen Büşra",
        "Yılmaz;Öztürk;Çelik;Karagöz;Şahin;Kırımlı"),
 "IL": ("Noam Yonatan Itamar Eliran", "Tamar Shira Noa Hadas",
        "Ben-Ami;Mizrahi;Azoulay;Shalev;Ben-David;Horowitz"),
 "MA": ("Youssef Hamza Anouar Mehdi", "Khadija Salma Ghizlane Meryem",
        "El Idrissi;Benjelloun;Ait Lahcen;Tazi;Bennani-Smires;Ouazzani"),
 "TN": ("Wassim Skander Aymen Slim", "Rim Ines Olfa Amira",
        "Ben Salah;Trabelsi;Jaziri;Bouzid;Ben Hadj Ali;Mejri"),
 "KE": ("Kamau Otieno Kiprono Mutua", "Wanjiru Achieng Chebet Nyokabi",
        "Mwangi;Odhiambo;Kiprotich;Njoroge;Wekesa;Onyango"),
 "TZ": ("Baraka Juma Emmanuel Shabani", "Neema Rehema Upendo Zawadi",
        "Mushi;Kimaro;Massawe;Lyimo;Mrema;Swai"),
 "MU": ("Dev Jean-Marc Vikram Yannick", "Anjali Laetitia Kavita Marie-Noëlle",
        "Seetohul;Bhugun;L'Estrac;Appadoo;Ramdin;Jhurry"),
 "IN": ("Siddharth Arjun Venkatesh Harpreet", "Meenakshi Lakshmi Ananya Gurleen",
        "Venkataraman;Chatterjee;Iyengar;Bhattacharya;Kulkarni;Thiruvengadam"),
 "MV": ("Ibrahim Hassan Ahmed Mohamed", "Aishath Mariyam Fathimath Hawwa",
        "Shareef;Manik;Didi;Waheed;Zahir;Rasheed"),
 "TH": ("Somchai Anucha Thanawat Kittipong", "Kanokwan Pimchanok Siriporn Naphat",
        "Srisawat;Chaiyaporn;Wongsuwan;Rattanasiri;Boonmee;Phromthong"),
 "JP": ("Haruto Sota Ren Kenshin", "Yui Aoi Hinata Mitsuki",
        "Takahashi;Kobayashi;Watanabe;Inoue;Hasegawa;Kurosawa"),
 "CN": ("Wei Zihan Jun Haoran", "Xiaoling Yutong Mengyao Jiayi",
        "Zhang;Liu;Huang;Ouyang;Zhu;Xu"),
 "TW": ("Chia-Hao Po-Wei Yu-Cheng Tsung-Han", "Yu-Ting Hsin-Yi Pei-Shan Ya-Wen",
        "Chen;Lin;Tsai;Hsieh;Kuo;Chiang"),
 "AU": ("Lachlan Bodhi Angus Jarrah", "Matilda Indigo Kirra Tahlia",
        "Fairweather;Costigan;Nguyen;Papadakis;Kowalczyk;Yunupingu"),
 "FJ": ("Sitiveni Viliame Ravindra Josefa", "Losana Mereani Shalini Adi",
        "Naivalu;Rokotuiveikau;Qalo;Vunibaka;Prasad;Tuiloma"),
}
COUNTRY = {"US": "United States", "CA": "Canada", "MX": "Mexico", "BR": "Brazil", "CL": "Chile", "GB": "United Kingdom",
           "IE": "Ireland", "IS": "Iceland", "NO": "Norway", "DK": "Denmark", "NL": "Netherlands", "BE": "Belgium",
           "LU": "Luxembourg", "CH": "Switzerland", "AT": "Austria", "CZ": "Czechia", "HR": "Croatia", "SI": "Slovenia",
           "GR": "Greece", "TR": "Türkiye", "IL": "Israel", "MA": "Morocco", "TN": "Tunisia", "KE": "Kenya",
           "TZ": "Tanzania", "MU": "Mauritius", "IN": "India", "MV": "Maldives", "TH": "Thailand", "JP": "Japan",
           "CN": "China", "TW": "Taiwan", "AU": "Australia", "FJ": "Fiji", "ES": "Spain", "FR": "France",
           "DE": "Germany", "IT": "Italy", "SG": "Singapore"}
NATIONALITY = {"US": "American", "CA": "Canadian", "MX": "Mexican", "BR": "Brazilian", "CL": "Chilean", "GB": "British",
               "IE": "Irish", "IS": "Icelandic", "NO": "Norwegian", "DK": "Danish", "NL": "Dutch", "BE": "Belgian",
               "LU": "Luxembourgish", "CH": "Swiss", "AT": "Austrian", "CZ": "Czech", "HR": "Croatian", "SI": "Slovenian",
               "GR": "Greek", "TR": "Turkish", "IL": "Israeli", "MA": "Moroccan", "TN": "Tunisian", "KE": "Kenyan",
               "TZ": "Tanzanian", "MU": "Mauritian", "IN": "Indian", "MV": "Maldivian", "TH": "Thai", "JP": "Japanese",
               "CN": "Chinese", "TW": "Taiwanese", "AU": "Australian", "FJ": "Fijian", "ES": "Spanish", "FR": "French",
               "DE": "German", "IT": "Italian", "SG": "Singaporean"}
NAMES["ES"] = ("Iñaki Xabier Jordi Álvaro", "Ainhoa Montserrat Nerea Begoña",
               "Etxeberria;Puigdemont Casals;García-Arrieta;Ibáñez;Olabarria;Rovira i Soler")
NAMES["FR"] = ("Aurélien Gaëtan Loïc Baptiste", "Solène Maëlle Clémence Héloïse",
               "d'Aubigné;Lemaître;Fournier-Dussart;Le Goff;Bénézet;Delorme")
NAMES["DE"] = ("Lutz Jannik Bastian Hartmut", "Wiebke Svenja Annegret Friederike",
               "von Bülow;Schäfer;Oberhäuser;Kühnel-Brandt;Eichhorst;Zimmermann")
NAMES["IT"] = ("Gianluca Ottavio Salvatore Edoardo", "Chiara Ludovica Benedetta Rosaria",
               "Esposito;Lo Russo;Bevilacqua;D'Annunzio;Santangelo;Caruso")
NAMES["SG"] = ("Wei Jie Zhi Hao Kumaravel Irfan", "Hui Min Xin Yi Shalini Nurul",
               "Tan;Lim;Ng;Goh;Rajaratnam;Bin Osman")
ORIGINS = [k for k in NAMES if k not in ("ES", "FR", "DE", "IT", "SG")]
SYL = "ka ri lo ven dra mu sel ta qo bri an zu tev ol mi ray nu sha kor yel fen dor ix ba lu".split()

def invented(r):
    return "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()

class Person:
    pass

def person(r, origin=None, female=None):
    o = origin or r.choice(ORIGINS)
    if female is None:
        female = r.random() < 0.5
    gm, gf, fam = NAMES[o]
    if o == "SG":
        givens = (gf if female else gm).split(" ")
        givens = [" ".join(givens[i:i + 2]) for i in (0, 2)] + givens[4:]
    else:
        givens = (gf if female else gm).split()
    g = r.choice(givens)
    if fam == "ICE":
        father = r.choice(NAMES["IS"][0].split())
        stem = {"Sigurður": "Sigurðar", "Þórir": "Þóris", "Ragnar": "Ragnars", "Hjálmar": "Hjálmars"}[father]
        f = stem + ("dóttir" if female else "son")
    else:
        fams = fam.split(";") if ";" in fam else fam.split()
        f = r.choice(fams)
        if "|" in f:
            f = f.split("|")[1 if female else 0]
    if r.random() < 0.12:
        g = invented(r)
    if r.random() < 0.10:
        f = invented(r)
    p = Person()
    p.o, p.female, p.first, p.last = o, female, g, f
    p.full = g + " " + f
    if o in ("CN", "TW") and r.random() < 0.4:
        p.full = f + " " + g
    if o == "SG":
        p.full = f + " " + g
    p.initial = g[0] + ". " + f
    p.title = ("Ms" if female else "Mr")
    return p

def ascii_fold(s):
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th").replace("ø", "o").replace("æ", "ae")
    s = s.replace("ı", "i").replace("ß", "ss").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

DOMAINS = {"US": "gmail.com yahoo.com comcast.net icloud.com", "CA": "videotron.ca gmail.com sympatico.ca",
           "MX": "prodigy.net.mx hotmail.com", "BR": "uol.com.br gmail.com bol.com.br", "CL": "gmail.com vtr.net",
           "GB": "btinternet.com hotmail.co.uk gmail.com", "IE": "eircom.net gmail.com", "IS": "simnet.is internet.is",
           "NO": "online.no gmail.com", "DK": "mail.dk gmail.com", "NL": "ziggo.nl kpnmail.nl", "BE": "skynet.be telenet.be",
           "LU": "pt.lu internet.lu", "CH": "bluewin.ch gmx.ch", "AT": "gmx.at aon.at", "CZ": "seznam.cz email.cz",
           "HR": "net.hr gmail.com", "SI": "siol.net gmail.com", "GR": "otenet.gr yahoo.gr", "TR": "hotmail.com.tr gmail.com",
           "IL": "walla.co.il gmail.com", "MA": "menara.ma gmail.com", "TN": "topnet.tn gmail.com",
           "KE": "gmail.com yahoo.co.ke", "TZ": "gmail.com", "MU": "intnet.mu gmail.com", "IN": "rediffmail.com gmail.com",
           "MV": "gmail.com", "TH": "hotmail.co.th gmail.com", "JP": "yahoo.co.jp docomo.ne.jp", "CN": "qq.com 163.com",
           "TW": "yahoo.com.tw gmail.com", "AU": "bigpond.com optusnet.com.au", "FJ": "connect.com.fj gmail.com",
           "ES": "telefonica.net gmail.com", "FR": "orange.fr free.fr", "DE": "web.de t-online.de", "IT": "libero.it tiscali.it",
           "SG": "singnet.com.sg gmail.com"}

def email_for(r, p):
    f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
    pat = r.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{l}.{f}", "{f}_{l}{n}", "{l}{fi}{n}"])
    local = pat.format(f=f, l=l, fi=f[:1], n=r.randint(2, 99))
    return local + "@" + r.choice(DOMAINS[p.o].split())

# ----------------------------------------------------------------------------- phones
def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def phone(r, cc):
    d = lambda n: _d(r, n)
    if cc == "US":
        area = r.choice(["212", "415", "617", "312", "503", "305", "512", "206", "702", "404"])
        ex = str(r.randint(2, 9)) + d(2)
        return r.choice(["+1 ({a}) {e}-{s}", "({a}) {e}-{s}", "{a}-{e}-{s}", "+1 {a} {e} {s}", "{a}.{e}.{s}"]).format(
            a=area, e=ex, s=d(4))
    table = {
        "CA": lambda: "+1 %s %s-%s" % (r.choice(["514", "416", "604", "403"]), str(r.randint(2, 9)) + d(2), d(4)),
        "MX": lambda: "+52 %s %s %s" % (r.choice(["55", "33", "81"]), d(4), d(4)),
        "BR": lambda: "+55 %s 9%s-%s" % (r.choice(["11", "21", "31", "71"]), d(4), d(4)),
        "CL": lambda: "+56 9 %s %s" % (d(4), d(4)),
        "GB": lambda: r.choice(["+44 7700 900%s" % d(3), "07700 900%s" % d(3), "+44 20 7946 0%s" % d(3)]),
        "IE": lambda: "+353 8%s %s %s" % (r.choice("3567"), d(3), d(4)),
        "IS": lambda: "+354 %s %s" % (r.choice("678") + d(2), d(4)),
        "NO": lambda: "+47 %s %s %s" % (r.choice("49") + d(2), d(2), d(3)),
        "DK": lambda: "+45 %s %s %s %s" % (r.choice("2345") + d(1), d(2), d(2), d(2)),
        "NL": lambda: r.choice(["+31 6 %s %s" % (d(4), d(4)), "06-%s" % d(8)]),
        "BE": lambda: "+32 4%s %s %s %s" % (r.choice("789") + d(1), d(2), d(2), d(2)),
        "LU": lambda: "+352 6%s %s %s" % (r.choice(["21", "61", "91"]), d(3), d(3)),
        "CH": lambda: "+41 7%s %s %s %s" % (r.choice("689"), d(3), d(2), d(2)),
        "AT": lambda: "+43 6%s %s" % (r.choice(["64", "76", "99"]), d(7)),
        "CZ": lambda: "+420 %s %s %s" % (r.choice("67") + d(2), d(3), d(3)),
        "HR": lambda: "+385 9%s %s %s" % (r.choice("1589"), d(3), d(4)),
        "SI": lambda: "+386 %s %s %s" % (r.choice(["31", "41", "51"]), d(3), d(3)),
        "GR": lambda: "+30 69%s %s %s" % (r.choice("3479"), d(3), d(4)),
        "TR": lambda: "+90 5%s %s %s %s" % (r.choice(["32", "42", "05", "55"]), d(3), d(2), d(2)),
        "IL": lambda: "+972 5%s-%s-%s" % (r.choice("0234"), d(3), d(4)),
        "MA": lambda: "+212 6%s-%s" % (d(2), d(6)),
        "TN": lambda: "+216 %s %s %s" % (r.choice("259") + d(1), d(3), d(3)),
        "KE": lambda: "+254 7%s %s %s" % (r.choice("0129") + d(1), d(3), d(3)),
        "TZ": lambda: "+255 7%s %s %s" % (r.choice("145") + d(1), d(3), d(3)),
        "MU": lambda: "+230 5%s %s" % (r.choice("2479") + d(2), d(4)),
        "IN": lambda: "+91 %s %s" % (r.choice("9876") + d(4), d(5)),
        "MV": lambda: "+960 %s-%s" % (r.choice("79") + d(2), d(4)),
        "TH": lambda: "+66 8%s %s %s" % (r.choice("169"), d(3), d(4)),
        "JP": lambda: "+81 %s-%s-%s" % (r.choice(["90", "80", "70"]), d(4), d(4)),
        "CN": lambda: "+86 1%s %s %s" % (r.choice(["38", "39", "86", "58"]), d(4), d(4)),
        "TW": lambda: "+886 9%s %s %s" % (d(2), d(3), d(3)),
        "AU": lambda: r.choice(["+61 4%s %s %s" % (d(2), d(3), d(3)), "04%s %s %s" % (d(2), d(3), d(3))]),
        "FJ": lambda: "+679 %s %s" % (r.choice("79") + d(2), d(4)),
        "ES": lambda: "+34 6%s %s %s" % (d(2), d(3), d(3)),
        "FR": lambda: "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
        "DE": lambda: "+49 1%s %s" % (r.choice(["51", "60", "70", "76"]), d(8)),
        "IT": lambda: "+39 3%s %s %s" % (r.choice(["33", "47", "39", "20"]), d(3), d(4)),
        "SG": lambda: "+65 %s %s" % (r.choice("89") + d(3), d(4)),
    }
    return table[cc]()

# ----------------------------------------------------------------------------- addresses
def address(r, cc, multiline=False):
    n = r.randint(2, 248)
    nl = "\n" if multiline else ", "
    c = r.choice
    A = {
     "US": lambda: "%d %s%s%s%s" % (r.randint(100, 9899), c(["Larkin St", "Magnolia Ave", "W Belmont Ave", "NE Alberta St",
                   "Bayshore Blvd", "Coronado Dr"]), c(["", ", Apt 4B", " #1207", ", Unit 12"]), nl,
                   c(["San Francisco, CA 94109", "Chicago, IL 60657", "Portland, OR 97211", "Tampa, FL 33606",
                      "Austin, TX 78704", "Atlanta, GA 30306"])),
     "CA": lambda: c(["%d, rue Saint-Hubert, app. %d%sMontréal (Québec) H2L 3Y%d" % (n, r.randint(1, 9), nl, r.randint(1, 9)),
                      "%d Dundas St W, Unit %d%sToronto ON M5T 1G%d" % (n, r.randint(100, 999), nl, r.randint(1, 9))]),
     "MX": lambda: "Calle %s %d, Int. %d%sCol. %s, %s" % (c(["Tonalá", "Durango", "Zacatecas"]), n, r.randint(1, 12), nl,
                   c(["Roma Norte", "Condesa"]), c(["06700 Ciudad de México, CDMX", "06140 CDMX"])),
     "BR": lambda: "Rua %s, %d, apto %d%s%s" % (c(["Harmonia", "Oscar Freire", "Visconde de Pirajá"]), n, r.randint(11, 184), nl,
                   c(["Vila Madalena, São Paulo - SP, 05435-000", "Ipanema, Rio de Janeiro - RJ, 22410-003"])),
     "CL": lambda: "Av. %s %d, depto. %d%s%s" % (c(["Providencia", "Italia", "Los Leones"]), r.randint(100, 2400),
                   r.randint(101, 1804), nl, c(["Providencia, Santiago 7500000", "Ñuñoa, Santiago 7750000"])),
     "GB": lambda: "%s%d %s%s%s" % (c(["", "Flat %d, " % r.randint(1, 9)]), n, c(["Albion Crescent", "Caedmon Road",
                   "Mill Lane", "Kelvinhaugh Street"]), nl, c(["Leeds LS6 2HQ", "London N7 8EU", "Glasgow G3 8PX",
                   "Cardiff CF24 4QT"])),
     "IE": lambda: "%d %s%s%s" % (n, c(["Seafield Road, Clontarf", "Ard na Gréine", "Bóthar na Trá"]), nl,
                   c(["Dublin 3, D03 X2Y4", "Salthill, Galway, H91 E6F2", "Ennis, Co. Clare, V95 K3P7"])),
     "IS": lambda: "%s %d%s%s" % (c(["Laugavegur", "Hringbraut", "Brekkugata"]), r.randint(2, 120), nl,
                   c(["101 Reykjavík", "600 Akureyri", "220 Hafnarfjörður"])),
     "NO": lambda: "%s %d%s%s%s" % (c(["Thorvald Meyers gate", "Kong Oscars gate", "Storgata"]), r.randint(2, 90),
                   c(["", "B"]), nl, c(["0555 Oslo", "5017 Bergen", "9008 Tromsø"])),
     "DK": lambda: "%s %d, %d. %s%s%s" % (c(["Nørrebrogade", "Vesterbrogade", "Jægergårdsgade"]), n, r.randint(1, 5),
                   c(["tv", "th", "mf"]), nl, c(["2200 København N", "1620 København V", "8000 Aarhus C"])),
     "NL": lambda: "%s %d%s%s%s" % (c(["Herengracht", "Oudegracht", "Witte de Withstraat"]), n, c(["", "-III", " bis"]), nl,
                   c(["1017 BZ Amsterdam", "3511 AL Utrecht", "3012 BM Rotterdam"])),
     "BE": lambda: c(["%s %d bte %d%s1050 Ixelles" % ("Rue du Bailli", n, r.randint(1, 20), nl),
                      "Kouter %d%s9000 Gent" % (n, nl)]),
     "LU": lambda: "%d, rue %s%sL-%d %s" % (n, c(["Goethe", "de Hollerich", "des Capucins"]), nl, r.randint(1110, 2999),
                   "Luxembourg"),
     "CH": lambda: "%s %d%s%s" % (c(["Seefeldstrasse", "Rue de Carouge", "Via Nassa"]), n, nl,
                   c(["8008 Zürich", "1205 Genève", "6900 Lugano"])),
     "AT": lambda: "%s %d/%d/%d%s%s" % (c(["Mariahilfer Straße", "Getreidegasse", "Herrengasse"]), n, r.randint(1, 6),
                   r.randint(1, 24), nl, c(["1060 Wien", "5020 Salzburg", "8010 Graz"])),
     "CZ": lambda: "%s %d/%d%s%s" % (c(["Vinohradská", "Křižíkova", "Údolní"]), r.randint(100, 2500), r.randint(1, 250), nl,
                   c(["120 00 Praha 2", "186 00 Praha 8", "602 00 Brno"])),
     "HR": lambda: "%s %d%s%s" % (c(["Ilica", "Ulica kralja Zvonimira", "Marmontova ulica"]), n, nl,
                   c(["10000 Zagreb", "21000 Split", "51000 Rijeka"])),
     "SI": lambda: "%s %d%s%s" % (c(["Trubarjeva cesta", "Slovenska cesta", "Gosposvetska ulica"]), n, nl,
                   c(["1000 Ljubljana", "2000 Maribor"])),
     "GR": lambda: "%s %d%s%s" % (c(["Odos Ermou", "Leoforos Vasilissis Sofias", "Odos Tsimiski"]), n, nl,
                   c(["105 63 Athina", "546 24 Thessaloniki", "106 74 Athina"])),
     "TR": lambda: "%s No: %d D: %d%s%s" % (c(["Bağdat Caddesi", "Moda Caddesi", "Kıbrıs Şehitleri Caddesi"]), n,
                   r.randint(1, 30), nl, c(["34728 Kadıköy/İstanbul", "35220 Alsancak/İzmir"])),
     "IL": lambda: "%s %d, Apt %d%s%s" % (c(["Rehov Dizengoff", "Rehov Bialik", "Emek Refaim St"]), n, r.randint(1, 30), nl,
                   c(["Tel Aviv-Yafo 6346516", "Jerusalem 9310702", "Haifa 3303122"])),
     "MA": lambda: "%d, Rue %s%s%s" % (n, c(["Ibn Batouta, Quartier Gauthier", "Tarik Ibn Ziad", "Moulay Youssef"]), nl,
                   c(["20060 Casablanca", "10000 Rabat", "40000 Marrakech"])),
     "TN": lambda: "%d Rue %s%s%s" % (n, c(["du Lac Léman, Les Berges du Lac", "de Marseille", "Hédi Nouira"]), nl,
                   c(["1053 Tunis", "4000 Sousse"])),
     "KE": lambda: c(["House %d, Riverside Drive, Westlands%sNairobi 00800" % (n, nl),
                      "P.O. Box %d-80100%sMombasa" % (r.randint(1000, 99999), nl)]),
     "TZ": lambda: "Plot %d, %s%s" % (n, c(["Haile Selassie Road, Oysterbay", "Njiro Road"]), nl + c(["Dar es Salaam 14111", "Arusha 23100"])),
     "MU": lambda: "%d %s%s%s" % (n, c(["Royal Road", "Avenue des Flamboyants", "Rue Desforges"]), nl,
                   c(["Curepipe 74213", "Quatre Bornes 72426", "Port Louis 11328"])),
     "IN": lambda: "Flat %d%s, %s%s%s" % (r.randint(1, 19), c("ABCD"), c(["Prestige Shantiniketan, Whitefield",
                   "Sai Krupa Apartments, Adyar", "Sector 15, Vashi"]), nl, c(["Bengaluru 560048", "Chennai 600020",
                   "Navi Mumbai 400703"])),
     "MV": lambda: "H. %s, %s%s%s" % (c(["Sosun Villa", "Finifenmaage", "Blue Lagoon"]), c(["Majeedhee Magu",
                   "Ameenee Magu"]), nl, "Malé 20%03d" % r.randint(1, 300)),
     "TH": lambda: "%d/%d Soi Sukhumvit %d, Khlong Toei Nuea%sWatthana, Bangkok 10110" % (n, r.randint(1, 90),
                   r.randint(1, 71), nl),
     "JP": lambda: "%d-%d-%d %s%s%s" % (r.randint(1, 6), r.randint(1, 30), r.randint(1, 20), c(["Jingumae, Shibuya-ku",
                   "Nakameguro, Meguro-ku"]), nl, c(["Tokyo 150-0001", "Tokyo 153-0061"])),
     "CN": lambda: "Room %d, %d Huaihai Middle Road%sHuangpu District, Shanghai 200021" % (r.randint(301, 2808), n, nl),
     "TW": lambda: "No. %d, Lane %d, Sec. 4, Ren'ai Rd.%sDa'an Dist., Taipei City 106" % (n, r.randint(10, 300), nl),
     "AU": lambda: "Unit %d, %d %s%s%s" % (r.randint(1, 20), n, c(["Glebe Point Road", "Brunswick Street", "Oxford Street"]),
                   nl, c(["Glebe NSW 2037", "Fitzroy VIC 3065", "Paddington NSW 2021"])),
     "FJ": lambda: "Lot %d, %s%s%s" % (n, c(["Ratu Sukuna Road, Nasese", "Queens Road, Martintar"]), nl, c(["Suva", "Nadi"])),
     "ES": lambda: "Calle de %s %d, %dº %s%s%s" % (c(["Fuencarral", "Ledesma", "Sant Pere Més Alt"]), n, r.randint(1, 6),
                   c(["izq.", "B", "2ª"]), nl, c(["28004 Madrid", "48001 Bilbao", "08003 Barcelona"])),
     "FR": lambda: "%d%s rue %s%s%s" % (n, c(["", " bis"]), c(["des Martyrs", "Oberkampf", "de la Roquette"]), nl,
                   c(["75009 Paris", "75011 Paris", "69002 Lyon"])),
     "DE": lambda: "%s %d%s%s" % (c(["Lindenstraße", "Kastanienallee", "Am Sandtorkai"]), n, nl,
                   c(["10969 Berlin", "10435 Berlin", "20457 Hamburg"])),
     "IT": lambda: "Via %s %d%s%s" % (c(["dei Coronari", "Toledo", "San Vitale"]), n, nl,
                   c(["00186 Roma RM", "80134 Napoli NA", "40125 Bologna BO"])),
     "SG": lambda: "Blk %d %s #%02d-%02d%sSingapore %d" % (r.randint(100, 700), c(["Tampines Street 21", "Toa Payoh Lorong 1"]),
                   r.randint(2, 20), r.randint(1, 99), nl, r.randint(310000, 529999)),
    }
    return A[cc]()

# ----------------------------------------------------------------------------- dates
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = "January February March April May June July August September October November December".split()

class D:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    def f(self, style):
        y, m, d = self.y, self.m, self.d
        return {"iso": "%04d-%02d-%02d" % (y, m, d), "dmy": "%02d/%02d/%04d" % (d, m, y), "mdy": "%02d/%02d/%04d" % (m, d, y),
                "dot": "%02d.%02d.%04d" % (d, m, y), "hl7": "%04d%02d%02d" % (y, m, d), "dmon": "%d %s %d" % (d, MON[m - 1], y),
                "mon": "%s %d, %d" % (MONTH[m - 1], d, y), "jp": "%04d/%02d/%02d" % (y, m, d), "dash": "%02d-%s-%04d" % (d, MON[m - 1].upper(), y)}[style]

def date(r, y0=1940, y1=2006):
    return D(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))

def stay(r):
    return D(2026, r.randint(1, 12), r.randint(1, 28))

# ----------------------------------------------------------------------------- identifiers
def card(r, brand=None, sep=" "):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre = {"visa": "4" + _d(r, 5), "mc": str(r.randint(51, 55)) + _d(r, 4), "mc2": str(r.randint(2221, 2720)) + _d(r, 2),
           "amex": r.choice(["34", "37"]) + _d(r, 4), "disc": "6011" + _d(r, 2), "jcb": str(r.randint(3528, 3589)) + _d(r, 2)}[brand]
    ln = 15 if brand == "amex" else 16
    num = luhn_complete(pre + _d(r, ln - len(pre) - 1))
    if brand == "amex":
        return sep.join([num[:4], num[4:10], num[10:]]) if sep is not None else num
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep is not None else num

def bad_card(r):
    while True:
        c = card(r, "visa", " ")
        x = c[:-1] + str((int(c[-1]) + r.randint(1, 9)) % 10)
        if not luhn_ok(x): return x

IBAN_SPEC = {  # country: generator of BBAN
    "GB": lambda r: r.choice(["BARC", "LOYD", "HBUK", "NWBK", "MIDL"]) + _d(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _d(r, 14), "DE": lambda r: _d(r, 18), "NL": lambda r: r.choice(["INGB", "RABO", "ABNA"]) + _d(r, 10),
    "CH": lambda r: _d(r, 17), "AT": lambda r: _d(r, 16), "LU": lambda r: _d(r, 16), "NO": None, "DK": lambda r: _d(r, 14),
    "IS": lambda r: _d(r, 22), "HR": lambda r: _d(r, 17), "SI": lambda r: _d(r, 15), "GR": lambda r: _d(r, 23),
    "TR": lambda r: _d(r, 5) + "0" + _d(r, 16), "IL": lambda r: _d(r, 19), "CZ": lambda r: _d(r, 20),
    "MU": lambda r: r.choice(["MCBL", "BOMM"]) + _d(r, 19) + "MUR", "TN": lambda r: _d(r, 20), "BE": None,
    "FR": None, "ES": None, "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + _d(r, 22), "BR": lambda r: _d(r, 23) + "C1",
}

def _bban(r, cc):
    if cc == "BE":
        b = _d(r, 10); ck = int(b) % 97 or 97
        return b + "%02d" % ck
    if cc == "NO":
        while True:
            b = _d(r, 10)
            s = sum(int(x) * w for x, w in zip(b, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
            k = 11 - s % 11
            if k == 11: k = 0
            if k != 10: return b + str(k)
    if cc == "FR":
        bank, br, acct = _d(r, 5), _d(r, 5), _d(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97
        return bank + br + acct + "%02d" % key
    if cc == "ES":
        bank, br, acct = _d(r, 4), _d(r, 4), _d(r, 10)
        def cd(s):
            w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
            v = 11 - sum(int(x) * y for x, y in zip(s, w)) % 11
            return {11: 0, 10: 1}.get(v, v)
        return bank + br + str(cd("00" + bank + br)) + str(cd(acct)) + acct
    return IBAN_SPEC[cc](r)

def iban(r, cc, spaced=True):
    s = iban_make(cc, _bban(r, cc))
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

def bad_iban(r, cc):
    s = iban(r, cc, False)
    x = s[:4] + s[4:-1] + str((int(s[-1]) + 3) % 10)
    assert not iban_ok(x)
    return " ".join(x[i:i + 4] for i in range(0, len(x), 4))

def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

def sin(r, sep=" "):
    n = luhn_complete(r.choice("1234567") + _d(r, 7))
    return sep.join([n[:3], n[3:6], n[6:]])

def bad_sin(r):
    s = sin(r, "")
    x = s[:-1] + str((int(s[-1]) + 5) % 10)
    assert not luhn_ok(x)
    return x[:3] + " " + x[3:6] + " " + x[6:]

def nhs(r):
    while True:
        b = str(r.randint(4, 9)) + _d(r, 8)
        c = nhs_check(b)
        if c is not None:
            s = b + str(c)
            return s[:3] + " " + s[3:6] + " " + s[6:]

def bad_nhs(r):
    s = nhs(r).replace(" ", "")
    for k in range(1, 10):
        x = s[:9] + str((int(s[9]) + k) % 10)
        if not nhs_ok(x): return x[:3] + " " + x[3:6] + " " + x[6:]

def nino(r):
    while True:
        a, b = r.choice("ABCEGHJKLMNOPRSTWXYZ"), r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"): break
    d6 = _d(r, 6)
    suf = r.choice("ABCD")
    return r.choice(["%s%s %s %s %s %s", "%s%s%s%s%s%s"]) % (a, b, d6[:2], d6[2:4], d6[4:], suf) if True else None

def aadhaar(r):
    b = str(r.randint(2, 9)) + _d(r, 10)
    s = b + verhoeff_digit(b)
    return s[:4] + " " + s[4:8] + " " + s[8:]

def bad_aadhaar(r):
    s = aadhaar(r).replace(" ", "")
    x = s[:-1] + str((int(s[-1]) + 1) % 10)
    assert not verhoeff_ok(x)
    return x[:4] + " " + x[4:8] + " " + x[8:]

def cpf(r, fmt=True):
    while True:
        b = _d(r, 9)
        if len(set(b)) > 1: break
    s = b + cpf_digits(b)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s

def bad_cpf(r):
    s = cpf(r, False)
    x = s[:10] + str((int(s[10]) + 1) % 10)
    assert not cpf_ok(x)
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])

def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); d7 = _d(r, 7)
        return p + d7 + DNI_L[int(str("XYZ".index(p)) + d7) % 23]
    n = r.randint(10000000, 79999999)
    return "%08d%s" % (n, DNI_L[n % 23])

def bad_dni(r):
    s = dni(r)
    x = s[:-1] + DNI_L[(DNI_L.index(s[-1]) + 4) % 23]
    assert not dni_ok(x)
    return x

def nir(r, female, y, m, spaced=True):
    dept = r.choice(["75", "69", "13", "33", "59", "67", "06", "44", "99"])
    body = "%d%02d%02d%s%03d%03d" % (2 if female else 1, y % 100, m, dept, r.randint(1, 990), r.randint(1, 999))
    key = 97 - int(body) % 97
    s = body + "%02d" % key
    return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]) if spaced else s

def bad_nir(r):
    s = nir(r, r.random() < 0.5, r.randint(1950, 2004), r.randint(1, 12), False)
    x = s[:13] + "%02d" % ((int(s[13:]) + 7) % 97 or 1)
    assert not nir_ok(x)
    return x

def steuer(r):
    while True:
        digs = r.sample("0123456789", 9)
        if digs[0] == "0": continue
        rep = r.choice(digs)
        lst = digs[:]
        pos = r.randint(1, 9)
        lst.insert(pos, rep)
        s10 = "".join(lst)
        if s10[0] == "0": continue
        s = s10 + str(steuer_check(s10))
        if steuer_ok(s): return s

def bad_steuer(r):
    s = steuer(r)
    x = s[:10] + str((int(s[10]) + 1) % 10)
    assert not steuer_ok(x)
    return x

def nric(r, pfx=None):
    pfx = pfx or r.choice("STFG")
    d7 = _d(r, 7)
    return pfx + d7 + nric_letter(pfx, d7)

def bad_nric(r):
    s = nric(r, "S")
    tab = "JZIHGFEDCBA"
    x = s[:-1] + tab[(tab.index(s[-1]) + 3) % 11]
    assert not nric_ok(x)
    return x

BELFIORE = ["H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736"]
def codice(r, p, dob):
    return cf_make(p.first, p.last, dob.y, dob.m, dob.d, p.female, r.choice(BELFIORE))

def mbi(r, dashed=True):
    A, N = MBI_AL, "0123456789"
    AN = A + N
    s = r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice(N) + r.choice(A) + r.choice(AN) + r.choice(N) + \
        r.choice(A) + r.choice(A) + r.choice(N) + r.choice(N)
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s

# passports: country -> generator (national shape)
PASSPORT_SHAPE = {
    "US": lambda r: r.choice([_d(r, 9), r.choice("ACEFGHJKLMNPRSTWXZ") + _d(r, 8)]),
    "GB": lambda r: str(r.randint(1, 9)) + _d(r, 8), "IE": lambda r: r.choice(["PA", "PB", "PC", "LF"]) + _d(r, 7),
    "CA": lambda r: r.choice(["AB", "AK", "GA", "HP"]) + _d(r, 6), "MX": lambda r: r.choice("GNE") + _d(r, 8),
    "BR": lambda r: r.choice(["FZ", "GB", "YA"]) + _d(r, 6), "CL": lambda r: r.choice("FP") + _d(r, 8),
    "IS": lambda r: "A" + _d(r, 7), "NO": lambda r: r.choice(["FH", "FJ", "FK"]) + _d(r, 7), "DK": lambda r: _d(r, 9),
    "NL": lambda r: "".join(r.choice("BCDFGHJKLNPRSTVWXYZ") for _ in range(2)) + "".join(r.choice("BCDFGHJKLNPRSTVWXYZ0123456789") for _ in range(6)) + _d(r, 1),
    "BE": lambda r: r.choice(["EH", "EK", "EM"]) + _d(r, 6), "LU": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)),
    "CH": lambda r: r.choice("XSF") + _d(r, 7), "AT": lambda r: r.choice("PU") + _d(r, 7),
    "CZ": lambda r: _d(r, 8), "HR": lambda r: _d(r, 9), "SI": lambda r: "PB" + _d(r, 7),
    "GR": lambda r: r.choice(["AE", "AK", "AP"]) + _d(r, 7), "TR": lambda r: r.choice("US") + _d(r, 8),
    "IL": lambda r: str(r.randint(2, 3)) + _d(r, 7), "MA": lambda r: r.choice(["UZ", "BK", "AZ"]) + _d(r, 7),
    "TN": lambda r: r.choice("NZ") + _d(r, 6) + r.choice("0123"), "KE": lambda r: r.choice(["AK", "BK", "CK"]) + _d(r, 7),
    "TZ": lambda r: r.choice(["AB", "TAE"]) + _d(r, 6), "MU": lambda r: r.choice("CJ") + _d(r, 7),
    "IN": lambda r: r.choice("JKLMNPRSTVZ") + _d(r, 7), "MV": lambda r: r.choice(["LA", "LB"]) + _d(r, 6) + r.choice("12345"),
    "TH": lambda r: r.choice(["AA", "AB", "AC"]) + _d(r, 7), "JP": lambda r: r.choice(["TK", "TR", "MZ", "TS"]) + _d(r, 7),
    "CN": lambda r: r.choice(["E", "EA", "EB"]) + _d(r, 8)[:8 if True else 7] if False else r.choice(["E" + _d(r, 8), "EA" + _d(r, 7)]),
    "TW": lambda r: "3" + _d(r, 8), "AU": lambda r: r.choice(["PA", "PB", "RA", "N"]) + _d(r, 7),
    "FJ": lambda r: r.choice(["FN", "FJ"]) + _d(r, 6), "ES": lambda r: r.choice(["PA", "PAA", "XD"]) + _d(r, 6),
    "FR": lambda r: _d(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + _d(r, 5),
    "DE": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "IT": lambda r: r.choice(["YA", "YB", "AA"]) + _d(r, 7), "SG": lambda r: "K" + _d(r, 7) + r.choice("ABCDEFGHJ"),
}
def passport(r, cc):
    return L("US_PASSPORT" if cc == "US" else "PASSPORT", PASSPORT_SHAPE[cc](r))

# US driving licences by state, and a few non-US ones
DL_STATE = {
    "California": ("CA", lambda r: r.choice("ABCDEFGNS") + _d(r, 7)),
    "Florida": ("FL", lambda r: (lambda s: "%s-%s-%s-%s-%s" % (s[0:4], s[4:7], s[7:9], s[9:12], s[12]))(r.choice("BGHKMRSW") + _d(r, 12))),
    "Illinois": ("IL", lambda r: (lambda s: "%s-%s-%s" % (s[0:4], s[4:8], s[8:]))(r.choice("ABDGKMS") + _d(r, 11))),
    "Texas": ("TX", lambda r: str(r.randint(1, 4)) + _d(r, 7)),
    "New York": ("NY", lambda r: r.choice(["%s %s %s" % (_d(r, 3), _d(r, 3), _d(r, 3)), _d(r, 9)])),
    "Pennsylvania": ("PA", lambda r: "%s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 3))),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(9))),
    "Michigan": ("MI", lambda r: "%s %s %s %s" % (r.choice("BDKMRSW") + _d(r, 3), _d(r, 3), _d(r, 3), _d(r, 3))),
    "New Jersey": ("NJ", lambda r: "%s %s %s" % (r.choice("BDGKMS") + _d(r, 4), _d(r, 5), _d(r, 5))),
    "Ohio": ("OH", lambda r: r.choice(["SA", "RT", "TK"]) + _d(r, 6)),
    "Georgia": ("GA", lambda r: "0" + _d(r, 8)),
    "Arizona": ("AZ", lambda r: r.choice("ABDS") + _d(r, 8)),
    "Massachusetts": ("MA", lambda r: "S" + _d(r, 8)),
    "Colorado": ("CO", lambda r: "%s-%s-%s" % (_d(r, 2), _d(r, 3), _d(r, 4))),
    "Nevada": ("NV", lambda r: "1" + _d(r, 9)),
    "Hawaii": ("HI", lambda r: "H" + _d(r, 8)),
    "Oregon": ("OR", lambda r: r.choice("AB") + _d(r, 6)),
    "Minnesota": ("MN", lambda r: r.choice("BDGKMS") + _d(r, 12)),
    "Virginia": ("VA", lambda r: r.choice("ABTW") + _d(r, 8)),
    "Wisconsin": ("WI", lambda r: (lambda s: "%s-%s-%s-%s" % (s[:4], s[4:8], s[8:12], s[12:]))(r.choice("BDGKS") + _d(r, 13))),
}
def dl(r, state=None):
    state = state or r.choice(sorted(DL_STATE))
    code, g = DL_STATE[state]
    return state, code, g(r)

def mrn(r):
    return r.choice([_d(r, 8), "M" + _d(r, 7), "SMR-" + _d(r, 6), "%s-%s" % (_d(r, 3), _d(r, 5))])

def hpid(r):
    return r.choice(["%s%s" % (r.choice(["XGH", "W", "UHC", "ZQB", "MBR"]), _d(r, 9)), "W" + _d(r, 9) + "01",
                     _d(r, 11), "%s-%s-%s" % (r.choice(["HPN", "BCX"]), _d(r, 4), _d(r, 5))])

def ip4(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "priv", "pub"])
    if kind == "doc":
        return r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randint(1, 254)
    if kind == "priv":
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254)),
                         "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))])
    return "%d.%d.%d.%d" % (r.choice([41, 81, 88, 102, 105, 110, 154, 177, 186, 201]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

def ip6(r):
    return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))

def nref(r, n):
    """Digit reference (ticket, PSP, receipt) that is never a Luhn-valid number."""
    while True:
        s = _d(r, n)
        if not luhn_ok(s):
            return s

def mac(r):
    return ":".join("%02x" % r.randint(0, 255) for _ in range(6))

def conf_no(r):
    return r.choice(["%s%s" % (r.choice(["HX", "RB", "CNF"]), _d(r, 8)), _d(r, 9), "%s-%s" % (_d(r, 4), _d(r, 6))])

def pnr(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

def flight(r):
    return r.choice(["LX", "KL", "SK", "TK", "EK", "QF", "FJ", "JL", "BR", "AT", "OU", "LA"]) + str(r.randint(10, 2999))

def fw(r):
    # four-part firmware/version numbers resembling IPv4
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 30), r.randint(100, 9999))

# ----------------------------------------------------------------------------- clinical vocabulary
DX = ["coeliac disease", "type 1 diabetes mellitus", "type 2 diabetes", "severe peanut allergy", "tree nut allergy",
      "anaphylaxis", "asthma", "atrial fibrillation", "hypertension", "epilepsy", "sensorineural hearing loss",
      "NSTEMI", "acute appendicitis", "renal colic", "cellulitis of the left lower leg", "decompression sickness",
      "norovirus gastroenteritis", "heat exhaustion", "fracture of the right distal radius", "concussion", "COPD",
      "pulmonary embolism", "deep vein thrombosis", "ischaemic stroke", "community-acquired pneumonia", "migraine",
      "Crohn's disease", "multiple sclerosis", "bipolar affective disorder", "hypoglycaemia", "kidney stones",
      "shellfish allergy", "lactose intolerance", "sickle cell disease", "COVID-19", "urinary tract infection"]
MEDS = ["EpiPen", "adrenaline", "insulin glargine", "NovoRapid", "metformin", "salbutamol", "Ventolin", "apixaban", "Eliquis",
        "levetiracetam", "lisinopril", "amlodipine", "atorvastatin", "ondansetron", "scopolamine", "meclizine",
        "ceftriaxone", "co-amoxiclav", "paracetamol", "ibuprofen", "cetirizine", "prednisolone", "omeprazole",
        "tamsulosin", "sumatriptan", "aspirin", "clopidogrel", "enoxaparin", "morphine", "diazepam", "Creon", "Mesalazine"]

# ============================================================================= templates
T = []
def tpl(count):
    def deco(fn):
        T.append((fn.__name__[2:], count, fn))
        return fn
    return deco

P = lambda p, form=None: L("PERSON", form if form is not None else p.full)
HOTELS = ["Hotel Sacher Wien", "The Savoy", "Hotel Adlon Kempinski", "Ritz-Carlton Kyoto", "Hotel Esplanade Zagreb",
          "Grand Hotel Wagner", "Raffles Hotel", "Four Seasons Sayan", "Hotel Ambassador Zlatá Husa", "The Shelbourne"]
VENUES = ["Wembley Stadium", "Estadio Azteca", "Allianz Arena", "Rod Laver Arena", "Stade Roi Baudouin", "Maracanã",
          "Ernst-Happel-Stadion", "Madison Square Garden", "Parken", "Rose Bowl"]
SHIPS = ["MS Amundsen Spirit", "MV Queen Mary Anne", "MS Magellan Star", "MV Captain Cook", "MS Fridtjof Nansen"]

def cc_pick(r, pool=None):
    return r.choice(pool or ORIGINS)

# ---------------------------------------------------------------- forms / KYC
@tpl(3)
def t_reg_card(r):
    d = Doc("form")
    cc = "US" if r.n == 1 else cc_pick(r, ORIGINS + ["US", "US"])
    p = person(r, cc)
    dob = date(r)
    hotel = r.choice(HOTELS)
    arr = stay(r)
    d("GUEST REGISTRATION CARD — ", hotel, "\n", "=" * 44, "\n")
    d("Confirmation no.: ", conf_no(r), "    Room: ", str(r.randint(101, 1420)), "    Rate code: ", r.choice(["BAR1", "CORP-EU", "PKG-SPA"]), "\n")
    d("Arrival: ", arr.f("dmon"), "   Departure: ", D(2026, arr.m, min(28, arr.d + r.randint(1, 5))).f("dmon"), "   Adults: 2\n\n")
    d("Surname / Nom: ", P(p, p.last.upper()), "\n")
    d("First name / Prénom: ", P(p, p.first), "\n")
    d("Date of birth / Date de naissance: ", L("DATE_OF_BIRTH", dob.f(r.choice(["dmy", "dot", "dmon"]))), "\n")
    d("Nationality: ", NATIONALITY[cc], "\n")
    d("Passport / ID no.: ", passport(r, cc), "   Issued by: ", COUNTRY[cc], "\n")
    d("Home address:\n", L("ADDRESS", address(r, cc, multiline=True)), "\n")
    d("Mobile: ", L("PHONE", phone(r, cc)), "\n")
    if r.random() < 0.7:
        d("E-mail: ", L("EMAIL", email_for(r, p)), "\n")
    else:
        d("E-mail: ________________\n")
    d("Payment: ", r.choice(["Visa", "Mastercard", "Amex"]), " ending ", _d(r, 4), " (pre-auth EUR ", str(r.randint(2, 9) * 100), ")\n")
    d("Loyalty tier: ", r.choice(["Silver", "Gold", "Platinum"]), "\n\nSignature: ______________   I agree to the house rules.\n")
    return d

POLICE = {
    "IT": ("SCHEDINA ALLOGGIATI — Questura di Roma", "Cognome", "Nome", "Data di nascita", "Cittadinanza", "Tipo documento", "Numero documento"),
    "HR": ("eVisitor — prijava gosta", "Prezime", "Ime", "Datum rođenja", "Državljanstvo", "Vrsta isprave", "Broj isprave"),
    "CZ": ("Přihlašovací tiskopis pro ubytování cizinců", "Příjmení", "Jméno", "Datum narození", "Státní občanství", "Druh dokladu", "Číslo cestovního dokladu"),
    "GR": ("Δελτίο αφίξεως / Arrival card (Hellenic Police)", "Επώνυμο / Surname", "Όνομα / Name", "Ημ. γέννησης / Date of birth", "Υπηκοότητα / Nationality", "Έγγραφο / Document", "Αριθμός / Number"),
    "CH": ("Meldeschein / Fiche d'hôtel — Kanton Graubünden", "Name", "Vorname", "Geburtsdatum", "Nationalität", "Ausweisart", "Ausweis-Nr."),
    "TR": ("Yabancı Misafir Bildirimi (KBS)", "Soyadı", "Adı", "Doğum tarihi", "Uyruğu", "Belge türü", "Pasaport no"),
    "PT": ("Boletim de Alojamento (SIBA)", "Apelido", "Nome", "Data de nascimento", "Nacionalidade", "Documento", "N.º do documento"),
}
@tpl(3)
def t_police_reg(r):
    d = Doc("form")
    k = r.choice(sorted(POLICE))
    title, ls, lf, ldob, lnat, ldoc, lnum = POLICE[k]
    prop = {"IT": "Hotel Raphael, Roma", "HR": "Hotel Esplanade Zagreb", "CZ": "Hotel Ambassador Zlatá Husa, Praha", "GR": "Grande Bretagne, Athina",
            "CH": "Hotel Waldhaus Sils", "TR": "Çırağan Palace, İstanbul", "PT": "Pestana Palace, Lisboa"}[k]
    d(title, "\n", "Struttura/Property: ", prop, "  ID ", _d(r, 7), "\n\n")
    for i in range(r.randint(1, 3)):
        cc = "ES" if (r.n == 0 and i == 0) else "US" if (r.n == 1 and i == 0) else cc_pick(r, [o for o in ORIGINS if o not in (k,)] + ["ES", "DE", "FR", "SG"])
        p = person(r, cc)
        dob = date(r, 1950, 2015)
        d("[%d] " % (i + 1), ls, ": ", P(p, p.last), "\n    ", lf, ": ", P(p, p.first), "\n    ", ldob, ": ",
          L("DATE_OF_BIRTH", dob.f(r.choice(["dmy", "dot", "iso"]))), "\n    ", lnat, ": ", COUNTRY[cc], "\n")
        if cc == "ES" and (r.n == 0 or r.random() < 0.6):
            d("    ", ldoc, ": DNI\n    ", lnum, ": ", L("ES_DNI", dni(r)), "\n")
        elif cc == "SG" and r.random() < 0.5:
            d("    ", ldoc, ": NRIC\n    ", lnum, ": ", L("SG_NRIC", nric(r, r.choice("ST"))), "\n")
        elif cc in ("BE", "NL", "LU", "AT", "CZ", "HR", "SI", "GR") and r.random() < 0.3:
            d("    ", ldoc, ": ID card\n    ", lnum, ": ", L("PASSPORT", PASSPORT_SHAPE[cc](r)) if False else "(ID card — number not recorded)", "\n")
        else:
            d("    ", ldoc, ": Passport\n    ", lnum, ": ", passport(r, cc), "\n")
        d("    Arrival: ", stay(r).f("dmy"), "   Room ", str(r.randint(2, 60)), "\n")
    d("\nTransmitted: ", "2026-%02d-%02dT%02d:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), "  receipt ", nref(r, 12), "\n")
    return d

@tpl(3)
def t_blank_form(r):
    d = Doc("form")
    kind = r.choice(["guest", "ticket", "rtw", "visa"])
    if kind == "guest":
        d("GUEST REGISTRATION CARD (template v", fw(r), ")\nSurname: ____________  First Name: ____________\n"
          "Date Of Birth: __/__/____   Nationality: ________\nPassport Number: ______________\n"
          "Example: Mr Smith, John — Room 000 — Passport No. X00000000\nCard On File: **** **** **** ____\n")
    elif kind == "ticket":
        d("Event Ticket Transfer Form\nTransferor Name: {{holder_name}}\nTransferee Name: {{recipient_name}}\nEmail Address: {{email}}\n"
          "Seat: Block ", r.choice("ABCDEFGH"), " Row ", str(r.randint(1, 40)), " Seat ", str(r.randint(1, 30)),
          "\nTicket No.: ", nref(r, 12), "\nVenue: ", r.choice(VENUES), "\n")
    elif kind == "rtw":
        d("RIGHT TO WORK CHECK — BLANK\nEmployee Name:\nNational Insurance No.:\nShare Code:\nDocument Type: [ ] Passport [ ] BRP [ ] eVisa\n"
          "Document Number:\nDate Of Birth:\nChecked By: Guest Services Manager\nDate Checked:\n")
    else:
        d("VISA SUPPORT LETTER REQUEST\nFull Name (as in passport): \nPassport No.: \nDate of Birth: \nCountry of Issue: \n"
          "Conference: ", r.choice(["EuroHospitality Summit 2026", "APAC Travel Retail Forum", "Global Events Tech Week"]),
          "\nNote: letters are issued only for registered delegates. Example entry: Guest / Mr Smith.\n")
    return d

@tpl(2)
def t_rtw_check(r):
    d = Doc("form")
    variant = r.choice(["uk", "us", "uk", "us"])
    if variant == "uk":
        cc = r.choice(["GB", "IE", "IN", "KE", "GR", "HR", "BR"])
        p = person(r, cc)
        dob = date(r, 1970, 2006)
        d("Right to Work Check — ", r.choice(["Kitchen", "Housekeeping", "Front Office", "Banqueting"]), " (London Docklands property)\n")
        d("Employee: ", P(p), "\nDate of birth: ", L("DATE_OF_BIRTH", dob.f("dmy")), "\n")
        d("NI number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
        if cc in ("GB", "IE"):
            d("Document: ", COUNTRY[cc], " passport no. ", passport(r, cc), "\n")
        else:
            d("Document: eVisa, share code W", _d(r, 2), "-", "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), "-",
              "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3)), "\n")
            d("Passport (", COUNTRY[cc], "): ", passport(r, cc), "\n")
        d("Bank for payroll: sort code / account ", L("UK_BANK_ACCOUNT", "%02d-%02d-%02d %s" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99), _d(r, 8))), "\n")
        d("Home address: ", L("ADDRESS", address(r, "GB")), "\nChecked by: ", P(person(r, "GB")), " on ", stay(r).f("dmy"), "\n")
    else:
        p = person(r, r.choice(["US", "MX", "US", "CL"]))
        dob = date(r, 1960, 2006)
        st, code, num = dl(r)
        d("EMPLOYMENT ELIGIBILITY — SECTION 2 WORKSHEET (events staffing agency)\n")
        d("Last name: ", P(p, p.last), "   First name: ", P(p, p.first), "\n")
        d("DOB: ", L("DATE_OF_BIRTH", dob.f("mdy")), "   SSN: ", L("US_SSN", ssn(r)), "\n")
        d("List B document: Driver's license, issuing authority: ", st, "\n  Document number: ", L("DRIVER_LICENSE", num), "\n  Expiration: ", D(r.randint(2027, 2031), r.randint(1, 12), r.randint(1, 28)).f("mdy"), "\n")
        d("List C document: Social Security card\nAddress: ", L("ADDRESS", address(r, "US")), "\nPhone: ", L("PHONE", phone(r, "US")), "\n")
        d("Assignment: ", r.choice(VENUES), " — concessions, gate ", str(r.randint(1, 30)), "\n")
    return d

@tpl(8)
def t_payroll_onboard(r):
    d = Doc("form")
    c = ["DE", "FR", "IT", "BR", "IN", "SG", "CA", "ES"][r.n]
    p = person(r, c)
    dob = date(r, 1965, 2005)
    lab = {"DE": ("Personalfragebogen — Hotel am Sandtorkai", "Name, Vorname", "Geburtsdatum", "Steuerliche Identifikationsnummer", "IBAN"),
           "FR": ("Fiche d'embauche — Brasserie Les Halles", "Nom et prénom", "Né(e) le", "N° de sécurité sociale", "IBAN"),
           "IT": ("Scheda assunzione — Ristorante", "Cognome e nome", "Data di nascita", "Codice fiscale", "IBAN"),
           "BR": ("Ficha de admissão — Resort", "Nome completo", "Data de nascimento", "CPF", "Conta"),
           "IN": ("Employee onboarding — Goa beach resort", "Full name", "Date of birth", "Aadhaar", "Bank A/c"),
           "SG": ("Staff onboarding — Marina events crew", "Name", "Date of birth", "NRIC/FIN", "Bank A/c"),
           "CA": ("TD1 / onboarding — Whistler lodge", "Employee name", "Date of birth", "Social insurance number", "Direct deposit"),
           "ES": ("Alta de empleado — Hotel boutique Bilbao", "Nombre y apellidos", "Fecha de nacimiento", "DNI/NIE", "IBAN")}[c]
    d(lab[0], "\n", "-" * len(lab[0]), "\n", lab[1], ": ", P(p), "\n", lab[2], ": ", L("DATE_OF_BIRTH", dob.f("iso" if c in ("SG", "CA") else "dot" if c == "DE" else "dmy")), "\n")
    idv = {"DE": lambda: L("DE_TAX_ID", r.choice([steuer(r), (lambda s: "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]))(steuer(r))])),
           "FR": lambda: L("FR_NIR", nir(r, p.female, dob.y, dob.m, r.random() < 0.6)),
           "IT": lambda: L("IT_FISCAL_CODE", codice(r, p, dob)), "BR": lambda: L("BR_CPF", cpf(r)),
           "IN": lambda: L("IN_AADHAAR", aadhaar(r)), "SG": lambda: L("SG_NRIC", nric(r)),
           "CA": lambda: L("CA_SIN", sin(r, r.choice([" ", "-"]))), "ES": lambda: L("ES_DNI", dni(r, r.random() < 0.4))}[c]
    d(lab[3], ": ", idv(), "\n")
    if c in ("DE", "FR", "IT", "ES"):
        d(lab[4], ": ", L("IBAN", iban(r, c if c in ("DE", "FR", "IT", "ES") else "DE")), "\n")
    else:
        d(lab[4], ": ", "****", _d(r, 4), " (masked in HRIS)\n")
    d("Tel.: ", L("PHONE", phone(r, c)), "\n")
    d("Position: ", r.choice(["Commis chef", "Sommelier", "Night auditor", "Concierge", "Rigger", "Stage hand"]), "  Start: ", stay(r).f("dmy"), "\n")
    return d

@tpl(2)
def t_access_request(r):
    d = Doc("form")
    p = person(r)
    d("ACCESSIBILITY & DIETARY REQUIREMENTS — ", r.choice(["Nordic Travel Retail Expo", "Festival Nights Lisbon", "EuroHospitality Summit"]), "\n")
    d("Attendee: ", P(p), "    Badge: ", "B-" + _d(r, 6), "    Ticket: ", _d(r, 10), "\n")
    d("Email: ", L("EMAIL", email_for(r, p)), "\n")
    opts = r.sample(["wheelchair", "hearing", "coeliac", "nut", "diabetes", "none"], 2)
    d("Mobility: ", "wheelchair user — step-free route and accessible seating (Row W" + str(r.randint(1, 9)) + ")" if "wheelchair" in opts else "no requirements", "\n")
    if "hearing" in opts:
        d("Hearing: ", L("DIAGNOSIS", r.choice(["severe hearing loss", "profound bilateral hearing loss", "sensorineural hearing loss"])), " — please reserve a seat near the induction loop and book a BSL interpreter\n")
    d("Dietary: ")
    if "coeliac" in opts:
        d("has ", L("DIAGNOSIS", "coeliac disease"), " (strict gluten-free, separate fryer)\n")
    elif "nut" in opts:
        d(L("DIAGNOSIS", r.choice(["severe nut allergy", "peanut allergy"])), " — carries an ", L("MEDICATION", "EpiPen"), "; no nuts in any course\n")
    elif "diabetes" in opts:
        d(L("DIAGNOSIS", "type 1 diabetes"), ", uses ", L("MEDICATION", r.choice(["insulin pump", "insulin aspart"])) if False else L("MEDICATION", r.choice(["insulin aspart", "NovoRapid"])), "; needs a fridge in the room and snacks at breaks\n")
    else:
        d("vegetarian (preference, not medical)\n")
    d("Emergency contact: ", P(person(r, p.o)), " ", L("PHONE", phone(r, p.o)), "\n")
    return d

@tpl(3)
def t_embark_health(r):
    d = Doc("form")
    ship = r.choice(SHIPS)
    p = person(r, "US" if r.n == 0 else r.choice(ORIGINS + ["US"] * 6))
    dob = date(r, 1938, 1990)
    d(ship, " — PUBLIC HEALTH QUESTIONNAIRE (embarkation, ", stay(r).f("iso"), ")\n")
    d("Cabin ", str(r.randint(2, 12)), str(r.randint(100, 399)), " | Booking ", conf_no(r), "\n")
    d("Guest: ", P(p), "  DOB: ", L("DATE_OF_BIRTH", dob.f("dmon")), "  Passport: ", passport(r, p.o), " (", COUNTRY[p.o], ")\n")
    d("1. Vomiting or diarrhoea in last 48h? NO\n2. Fever? NO\n")
    if r.random() < 0.7:
        dx, med = r.choice([("atrial fibrillation", "apixaban"), ("COPD", "tiotropium"), ("type 2 diabetes", "metformin"), ("epilepsy", "levetiracetam"),
                            ("chronic kidney disease stage 3", "furosemide"), ("Parkinson's disease", "levodopa")])
        d("3. Medical conditions the ship's doctor should know about: ", L("DIAGNOSIS", dx), "; takes ", L("MEDICATION", med), " daily\n")
    else:
        d("3. Medical conditions the ship's doctor should know about: none declared\n")
    if p.o == "US":
        d("   Medicare card (MBI): ", L("US_MBI", mbi(r, r.random() < 0.5)), "\n")
    d("4. Oxygen / mobility aid: ", r.choice(["none", "rollator", "portable oxygen concentrator (approved)"]), "\n")
    return d

# ---------------------------------------------------------------- clinical
DOCS = ["Dr. Ingrid Halvorsen", "Dr. Mateo Araya", "Dr. Priyanka Menon", "Dr. Lukas Brandstätter", "Dr. Adaeze Nwosu"]

def doc_name(r):
    t = r.choice(DOCS)
    return t[4:]

@tpl(3)
def t_ship_note(r):
    d = Doc("clinical_note")
    ship = r.choice(SHIPS)
    p = person(r)
    dob = date(r, 1940, 1995)
    doc = doc_name(r)
    d("MEDICAL CENTRE — ", ship, "\nConsultation note   ", stay(r).f("iso"), " ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "\n")
    d("Patient: ", P(p, p.last.upper() + ", " + p.first), "   Cabin ", str(r.randint(4000, 11999)), "   Ship MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("DOB ", L("DATE_OF_BIRTH", dob.f("dmy")), "   Nationality ", NATIONALITY[p.o], "\n\n")
    case = r.choice(["gi", "fall", "chest", "allergy"])
    if case == "gi":
        d("S: 24h of vomiting and watery diarrhoea after shore excursion. Cabin mate well.\n"
          "O: T 38.1, HR 104, mucous membranes dry.\nA: ", L("DIAGNOSIS", "acute gastroenteritis"), ", probable norovirus. ",
          "No signs of appendicitis.\nP: ", L("MEDICATION", "ondansetron"), " 4 mg ODT, oral rehydration. Isolate in cabin 48h per outbreak protocol.\n")
    elif case == "fall":
        d("S: Slipped on wet pool deck (deck 11), FOOSH.\nO: Swelling and deformity right wrist, neurovascularly intact.\n"
          "A: ", L("DIAGNOSIS", "fracture of the right distal radius"), " (X-ray on board).\nP: back-slab, ", L("MEDICATION", "ibuprofen"),
          " and ", L("MEDICATION", "paracetamol"), "; fracture clinic at next port.\n")
    elif case == "chest":
        d("S: central chest pain at rest 40 min. Known ", L("DIAGNOSIS", "hypertension"), " on ", L("MEDICATION", "amlodipine"), ".\n"
          "O: ECG ST depression V4-V6, troponin (i-STAT) raised.\nA: ", L("DIAGNOSIS", "NSTEMI"), ". Pulmonary embolism considered, less likely.\n"
          "P: ", L("MEDICATION", "aspirin"), " 300 mg, ", L("MEDICATION", "ticagrelor"), " 180 mg, ", L("MEDICATION", "enoxaparin"),
          ". Medical disembarkation requested.\n")
    else:
        d("S: lip swelling and wheeze 15 min after dessert at the ", r.choice(["Escoffier", "Carême", "Nobu-style"]), " restaurant.\n"
          "Known ", L("DIAGNOSIS", "tree nut allergy"), ".\nO: urticaria, bilateral wheeze, BP 92/58.\nA: ", L("DIAGNOSIS", "anaphylaxis"),
          ".\nP: IM ", L("MEDICATION", "adrenaline"), " 0.5 mg x2, ", L("MEDICATION", "chlorphenamine"), ", ", L("MEDICATION", "hydrocortisone"),
          ". Observe 6h. Galley incident report raised.\n")
    d("\nSigned: ", P(None, doc), ", Senior Physician\n")
    return d

@tpl(3)
def t_disembark(r):
    d = Doc("discharge_summary")
    ship = r.choice(SHIPS)
    p = person(r)
    dob = date(r, 1940, 1985)
    port = r.choice(["Reykjavík", "Tromsø", "Dubrovnik", "Piraeus", "Kuşadası", "Haifa", "Tangier", "La Goulette", "Port Louis", "Suva", "Malé"])
    d("MEDICAL DISEMBARKATION REPORT\nVessel: ", ship, "    Voyage ", "V" + _d(r, 4), "    Port: ", port, "\n\n")
    d("Name: ", P(p), "\nDate of birth: ", L("DATE_OF_BIRTH", dob.f("dmon")), "\nPassport: ", passport(r, p.o), " (", COUNTRY[p.o], ")\n")
    d("Shipboard medical record no.: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    if r.random() < 0.5 and p.o == "US":
        d("Health insurance: ", r.choice(["Aetna Choice POS II", "BlueCross PPO", "UnitedHealthcare"]), ", member ID ", L("HEALTH_PLAN_ID", hpid(r)), "\n")
    else:
        d("Travel insurer: ", r.choice(["Allianz Travel", "AXA Assistance", "Europ Assistance"]), " case ", _d(r, 9), "\n")
    d("Next of kin: ", P(person(r, p.o)), " (travelling, cabin ", str(r.randint(4000, 11999)), ") ", L("PHONE", phone(r, p.o)), "\n\n")
    dx = r.choice([("ischaemic stroke", "alteplase not given (outside window); aspirin"), ("acute appendicitis", "ceftriaxone; metronidazole"),
                   ("pulmonary embolism", "enoxaparin"), ("community-acquired pneumonia", "co-amoxiclav; clarithromycin"),
                   ("decompression sickness", "oxygen; transfer to hyperbaric chamber")])
    d("Diagnosis: ", L("DIAGNOSIS", dx[0]), "\n")
    meds = [m.strip() for m in dx[1].split(";")]
    d("Treatment on board: ")
    for i, m in enumerate(meds):
        if i: d(", ")
        if m.startswith("alteplase"):
            d("alteplase not given (outside window)")
        elif m.startswith("oxygen"):
            d("100% oxygen")
        elif m.startswith("transfer"):
            d("transfer to hyperbaric chamber")
        else:
            d(L("MEDICATION", m))
    d("\nPast history: ", L("DIAGNOSIS", r.choice(["hypertension", "type 2 diabetes", "asthma", "atrial fibrillation"])),
      ". No history of ", r.choice(["epilepsy", "diabetes", "heart failure"]), ". Myocardial infarction ruled out (troponin x2 normal).\n")
    d("Handed over to ", r.choice(["Landspítali", "University Hospital of North Norway", "KBC Split", "Evangelismos", "Rambam", "SSR National Hospital", "CWM Hospital", "IGMH"]),
      " ambulance at ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), ". Port agent informed.\n")
    d("Ship's doctor: ", P(None, doc_name(r)), "\n")
    return d

@tpl(3)
def t_first_aid(r):
    d = Doc("clinical_note")
    venue = r.choice(VENUES)
    staff = r.random() < 0.4
    p = person(r)
    d("FIRST AID TREATMENT RECORD — ", venue, "\nIncident ref: FA-2026-", _d(r, 4), "   Location: ", r.choice(["Gate C concourse", "Block 112 stairs", "Hospitality lounge L3", "Pitch-side"]), "\n")
    d("Casualty (", "staff" if staff else "spectator", "): ", P(p), ", age ", str(r.randint(18, 79)), "\n")
    d("Contact: ", L("PHONE", phone(r, p.o)), "\n")
    k = r.choice(["hypo", "asthma", "faint", "cut"])
    if k == "hypo":
        d("Presentation: sweaty, confused. Known ", L("DIAGNOSIS", "type 1 diabetes"), ". BM 2.6 mmol/L.\nTreatment: ", L("MEDICATION", "GlucoGel"),
          " then sandwich; BM 6.1 after 15 min. Discharged to friend.\n")
    elif k == "asthma":
        d("Presentation: wheeze after pyrotechnics. History of ", L("DIAGNOSIS", "asthma"), ", own ", L("MEDICATION", "salbutamol"), " inhaler used x6 puffs.\nOutcome: improved, returned to seat.\n")
    elif k == "faint":
        d("Presentation: vasovagal episode in heat (32°C). No head injury. No history of epilepsy. Obs normal.\nOutcome: water, shade, left with family. \"Felt like a heart attack\" per friend — no chest pain.\n")
    else:
        d("Presentation: 3 cm laceration left forearm from broken glass at bar 4.\nTreatment: cleaned, steri-strips. Advised tetanus check with GP.\n")
    d("First aider: ", P(person(r, "GB")), "  (St John, badge ", _d(r, 5), ")\n")
    return d

@tpl(3)
def t_lab(r):
    d = Doc("lab_report")
    p = person(r)
    dob = date(r, 1945, 2000)
    d("SHIPBOARD LABORATORY — ", r.choice(SHIPS), " (Piccolo Xpress / i-STAT)\n")
    d("Patient .......... ", P(p, p.last.upper() + " " + p.first.upper()), "\nDOB .............. ", L("DATE_OF_BIRTH", dob.f("iso")),
      "\nMRN .............. ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nCollected ........ ", stay(r).f("iso"), " 06:", "%02d" % r.randint(0, 59), "\n")
    d("Accession ........ ", "ACC", _d(r, 9), "\n\n", "%-22s%-10s%-10s%s\n" % ("TEST", "RESULT", "UNITS", "REF"))
    rows = [("Glucose", "%.1f" % r.uniform(2.5, 19), "mmol/L", "3.9-7.8"), ("Creatinine", str(r.randint(50, 240)), "umol/L", "45-110"),
            ("Troponin I", "%.2f" % r.uniform(0, 2), "ng/mL", "<0.08"), ("Lactate", "%.1f" % r.uniform(0.5, 5), "mmol/L", "0.5-2.2"),
            ("Hb", str(r.randint(80, 170)), "g/L", "120-160")]
    for t in r.sample(rows, 4):
        d("%-22s%-10s%-10s%s\n" % t)
    if r.random() < 0.6:
        d("\nClinical details: ", L("DIAGNOSIS", r.choice(["type 2 diabetes", "chest pain ?ACS", "sepsis", "acute kidney injury"])),
          "; on ", L("MEDICATION", r.choice(["metformin", "gliclazide", "lisinopril", "empagliflozin"])), "\n")
    d("Verified by: ", P(None, doc_name(r)), "\n")
    return d

@tpl(3)
def t_hl7(r):
    d = Doc("hl7")
    p = person(r)
    dob = date(r, 1940, 1995)
    cr = "\r" if r.random() < 0.5 else "\n"
    ts = "2026%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    cc = p.o
    d("MSH|^~\\&|SHIPMED|", r.choice(SHIPS).replace(" ", "_").upper(), "|ADT|PORTHOSP|", ts, "||ADT^A01|MSG", _d(r, 8), "|P|2.5.1", cr)
    d("EVN|A01|", ts, cr)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", _d(r, 8)), "^^^PORTHOSP^MR||", P(p, ascii_fold(p.last).upper() + "^" + ascii_fold(p.first).upper()),
      "||", L("DATE_OF_BIRTH", dob.f("hl7")), "|", "F" if p.female else "M", "|||")
    lines = address(r, cc, True).split("\n")
    d(L("ADDRESS", lines[0] + "^^" + " ".join(lines[1:])), "^^", cc, "||", L("PHONE", phone(r, cc)), "|||||||", cr)
    dn = doc_name(r).split()
    d("PV1|1|E|ED^^^PORTHOSP||||", _d(r, 6), "^", L("PERSON", ascii_fold(dn[-1]).upper() + "^" + ascii_fold(dn[0]).upper()), "|||||||||||V", _d(r, 7), cr)
    code, dx = r.choice([("I48.91", "atrial fibrillation"), ("K35.80", "acute appendicitis"), ("I26.99", "pulmonary embolism"), ("T70.3XXA", "decompression sickness"),
                         ("J18.9", "community-acquired pneumonia"), ("N20.0", "kidney stones"), ("A08.11", "norovirus gastroenteritis"), ("S52.501A", "fracture of the right distal radius")])
    d("DG1|1||", code, "^", L("DIAGNOSIS", dx), "^I10||", ts, "|A", cr)
    m = {"atrial fibrillation": "apixaban", "acute appendicitis": "ceftriaxone", "pulmonary embolism": "enoxaparin", "decompression sickness": None,
         "community-acquired pneumonia": "co-amoxiclav", "kidney stones": "diclofenac", "norovirus gastroenteritis": "ondansetron",
         "fracture of the right distal radius": "morphine"}[dx]
    if m:
        d("RXA|0|1|", ts, "|", ts, "|", _d(r, 5), "^", L("MEDICATION", m), "^LOCAL|1|mg", cr)
    q = person(r, cc)
    d("NK1|1|", L("PERSON", ascii_fold(q.last).upper() + "^" + ascii_fold(q.first).upper()), "|SPO", cr)
    return d

@tpl(3)
def t_fhir(r):
    d = Doc("fhir_json")
    p = person(r, r.choice(["US", "US", "CA", "AU", "GB"]))
    dob = date(r, 1945, 2000)
    pid = _d(r, 6)
    ents = []
    patient = {"resourceType": "Patient", "id": pid,
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
               "name": [{"family": L("PERSON", p.last), "given": [L("PERSON", p.first)]}],
               "birthDate": L("DATE_OF_BIRTH", dob.f("iso")),
               "telecom": [{"system": "phone", "value": L("PHONE", phone(r, p.o))}],
               "address": [{"line": [L("ADDRESS", address(r, p.o, True).split("\n")[0])], "country": p.o}]}
    ents.append({"resource": patient})
    cond = {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
            "code": {"text": L("DIAGNOSIS", r.choice(DX))}, "subject": {"reference": "Patient/" + pid}}
    ents.append({"resource": cond})
    ents.append({"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"},
                              "code": {"text": r.choice(["Pulmonary embolism", "Myocardial infarction", "Sepsis"])}, "subject": {"reference": "Patient/" + pid}}})
    ents.append({"resource": {"resourceType": "AllergyIntolerance", "code": {"text": r.choice(["Peanut", "Shellfish", "Penicillin"])},
                              "reaction": [{"manifestation": [{"text": L("DIAGNOSIS", "anaphylaxis")}]}], "patient": {"reference": "Patient/" + pid}}})
    ents.append({"resource": {"resourceType": "MedicationStatement", "status": "active",
                              "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(MEDS))}, "subject": {"reference": "Patient/" + pid}}})
    if p.o == "US":
        if r.random() < 0.5:
            ents.append({"resource": {"resourceType": "Coverage", "type": {"text": "Medicare Part B"}, "subscriberId": L("US_MBI", mbi(r, False)),
                                      "beneficiary": {"reference": "Patient/" + pid}}})
        else:
            ents.append({"resource": {"resourceType": "Coverage", "payor": [{"display": "Cigna Global Health"}],
                                      "subscriberId": L("HEALTH_PLAN_ID", hpid(r)), "beneficiary": {"reference": "Patient/" + pid}}})
    emit_json(d, {"resourceType": "Bundle", "type": "collection", "meta": {"source": "event-medical-tent/epcr"}, "entry": ents})
    d("\n")
    return d

@tpl(2)
def t_health_handout(r):
    d = Doc(r.choice(["clinical_note", "free_text"]))
    d(r.choice(SHIPS), " — Guest Health Information\n\nNorovirus on cruise ships: how it spreads and what to do\n"
      "Symptoms of gastroenteritis include vomiting, diarrhoea and fever. Guests with diabetes, Crohn's disease or coeliac disease "
      "should contact the Medical Centre early. Anaphylaxis kits (adrenaline auto-injectors) are kept at every bar.\n"
      "Medical Centre: Deck ", str(r.randint(2, 5)), " forward, open 08:00-12:00 and 16:00-19:00. Motion sickness tablets "
      "(meclizine, scopolamine patches) are available from Guest Services.\nReference: WHO 2024; CDC Vessel Sanitation Program, score ",
      str(r.randint(90, 100)), "/100.\n")
    return d

@tpl(2)
def t_staff_occ_health(r):
    d = Doc("clinical_note")
    p = person(r, "GB")
    dob = date(r, 1970, 2004)
    d("OCCUPATIONAL HEALTH — fitness to work review (Hotel group, London region)\nEmployee: ", P(p), "  Emp no. ", _d(r, 6), "\n")
    d("NHS number: ", L("UK_NHS_NUMBER", nhs(r)), "   DOB: ", L("DATE_OF_BIRTH", dob.f("dmy")), "\n")
    d("Role: ", r.choice(["chef de partie", "room attendant", "night porter"]), ". Referred after ", r.choice(["two episodes", "a seizure on shift"]), ".\n")
    dx = r.choice(["epilepsy", "bipolar affective disorder", "carpal tunnel syndrome", "lumbar disc prolapse"])
    d("Assessment: ", L("DIAGNOSIS", dx), ", stable on ", L("MEDICATION", r.choice(["lamotrigine", "lithium", "naproxen", "sertraline"])),
      ". The manager described the team as 'having a migraine of a month' — not a clinical finding.\n")
    d("Outcome: fit with adjustments (no night shifts, no work at height). Review in 3 months. ", P(None, doc_name(r)), ", OH physician.\n")
    return d

@tpl(2)
def t_negated_note(r):
    d = Doc("discharge_summary")
    p = person(r)
    dob = date(r, 1950, 2004)
    d("Discharge summary — ", r.choice(["Hospital Universitario Dr. Negrín (Las Palmas)", "Clinique Pasteur Tunis", "Aga Khan Hospital Nairobi", "Bumrungrad International"]),
      "\nPatient: ", P(p), "   DOB: ", L("DATE_OF_BIRTH", dob.f("dmy")), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("Tour operator: ", r.choice(["Atlas Adventures", "Kilimanjaro Trails", "Blue Lagoon Dive Co."]), " group ", pnr(r), "\n")
    d("Admitted with fever after safari. Malaria excluded (3 negative films). Dengue NS1 negative. No evidence of typhoid.\n")
    d("Final diagnosis: ", L("DIAGNOSIS", r.choice(["traveller's diarrhoea", "heat exhaustion", "urinary tract infection", "cellulitis"])), ".\n")
    d("Discharge medication: ", L("MEDICATION", r.choice(["azithromycin", "nitrofurantoin", "flucloxacillin", "oral rehydration salts"])), " for 3 days.\n")
    d("Fit to fly: yes, from ", stay(r).f("dmon"), ".\n")
    return d

# ---------------------------------------------------------------- structured
@tpl(2)
def t_pms_export(r):
    d = Doc("csv")
    emit_row(d, ["conf_no", "arrival", "departure", "room", "last_name", "first_name", "email", "mobile", "rate_eur", "source", "notes"])
    for _ in range(r.randint(4, 7)):
        p = person(r)
        a = stay(r)
        note = r.choice(["", "late arrival", "twin beds", "honeymoon, Sacher-Torte on arrival", "VIP - GM Ritz friend", "airport pickup " + flight(r)])
        emit_row(d, [conf_no(r), a.f("iso"), D(2026, a.m, min(28, a.d + r.randint(1, 6))).f("iso"), str(r.randint(101, 1899)),
                     L("PERSON", p.last), L("PERSON", p.first), L("EMAIL", email_for(r, p)) if r.random() < 0.8 else "",
                     L("PHONE", phone(r, p.o)), "%.2f" % r.uniform(89, 1450), r.choice(["Booking.com", "Direct", "Expedia", "GDS-Amadeus"]), note])
    return d

@tpl(2)
def t_dietary_tsv(r):
    d = Doc("tsv")
    emit_row(d, ["table", "cover", "guest", "room", "dietary", "medical_notes"], "\t")
    for _ in range(r.randint(4, 7)):
        p = person(r)
        k = r.choice(["coeliac", "nut", "vegan", "none", "diab", "halal", "shell"])
        med = {"coeliac": M(L("DIAGNOSIS", "coeliac disease"), " - separate prep"), "nut": M(L("DIAGNOSIS", "peanut allergy"), ", ", L("MEDICATION", "EpiPen"), " in handbag"),
               "diab": M(L("DIAGNOSIS", "type 1 diabetes"), ", carb counts please"), "shell": M(L("DIAGNOSIS", "shellfish allergy"))}.get(k, "")
        emit_row(d, ["T" + str(r.randint(1, 40)), str(r.randint(1, 8)), L("PERSON", p.full), str(r.randint(101, 740)),
                     {"coeliac": "GF", "nut": "NF", "vegan": "VG", "none": "", "diab": "DB", "halal": "H", "shell": "SF"}[k], med], "\t")
    return d

@tpl(3)
def t_folio_ledger(r):
    d = Doc("csv")
    delim = r.choice([",", ";"])
    emit_row(d, ["folio", "posted", "guest", "method", "instrument", "amount", "currency", "auth_code"], delim)
    for _ in range(r.randint(4, 7)):
        p = person(r)
        m = r.choice(["card", "card", "masked", "transfer", "transfer", "cash", "bad"])
        if m == "card":
            inst = L("CREDIT_CARD", card(r, sep=r.choice([" ", "-", ""])))
        elif m == "masked":
            inst = r.choice(["************", "XXXX-XXXX-XXXX-", "4* ending "]) + _d(r, 4)
        elif m == "transfer":
            inst = L("IBAN", iban(r, r.choice(["GB", "NL", "CH", "AT", "DK", "NO", "IS", "HR", "SI", "GR", "TR", "IL", "CZ", "LU", "BE", "MU", "TN"]), r.random() < 0.5))
        elif m == "bad":
            inst = bad_card(r)
        else:
            inst = ""
        emit_row(d, ["F" + _d(r, 7), "2026-%02d-%02d %02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
                     L("PERSON", p.full), {"card": "CC", "masked": "CC", "transfer": "BANK", "bad": "CC-DECLINED", "cash": "CASH"}[m], inst,
                     ("%.2f" % r.uniform(20, 4800)).replace(".", "," if delim == ";" else "."), r.choice(["EUR", "CHF", "GBP", "USD", "DKK"]),
                     "" if m in ("cash", "transfer", "bad") else _d(r, 6)], delim)
    return d

@tpl(2)
def t_loyalty_json(r):
    d = Doc("json")
    p = person(r)
    dob = date(r, 1950, 2004)
    rec = {"memberNumber": "LX" + _d(r, 10), "tier": r.choice(["Silver", "Gold", "Titanium"]),
           "profile": {"givenName": L("PERSON", p.first), "familyName": L("PERSON", p.last), "birthDate": L("DATE_OF_BIRTH", dob.f("iso")),
                       "email": L("EMAIL", email_for(r, p)), "phone": L("PHONE", phone(r, p.o)), "homeCountry": p.o,
                       "postalAddress": L("ADDRESS", address(r, p.o))},
           "preferences": {"pillow": r.choice(["buckwheat", "memory foam", "feather"]), "floor": "high",
                           "dietary": M("Guest has ", L("DIAGNOSIS", "coeliac disease"), "; gluten-free breakfast") if r.random() < 0.5 else "none",
                           "newspaper": r.choice(["NZZ", "Le Monde", "The Irish Times", "none"])},
           "stays": [{"hotel": r.choice(HOTELS), "arrival": stay(r).f("iso"), "nights": r.randint(1, 6), "folio": "F" + _d(r, 7)} for _ in range(2)],
           "pointsBalance": r.randint(0, 250000), "lastModified": "2026-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))}
    emit_json(d, rec)
    d("\n")
    return d

@tpl(2)
def t_ticket_orders(r):
    d = Doc("ndjson")
    ev = r.choice(["Iceland Airwaves", "Roskilde Festival", "Exit Festival", "Sziget", "Rock in Rio", "Fuji Rock", "Splendour in the Grass"])
    for _ in range(r.randint(3, 6)):
        p = person(r)
        o = {"orderId": "ORD-" + _d(r, 9), "event": ev, "section": r.choice(["GA", "Pit", "Block 114"]), "seat": r.choice([None, "Row %d Seat %d" % (r.randint(1, 40), r.randint(1, 30))]),
             "buyer": {"name": L("PERSON", p.full), "email": L("EMAIL", email_for(r, p))},
             "clientIp": L("IP_ADDRESS", ip4(r)) if r.random() < 0.8 else L("IP_ADDRESS", ip6(r)),
             "payment": {"brand": r.choice(["visa", "mastercard", "amex"]), "last4": _d(r, 4), "3ds": True},
             "priceMinor": r.randint(4500, 39900), "createdAt": "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))}
        emit_json(d, o, indent=0)
        d("\n")
    return d

@tpl(2)
def t_roster_yaml(r):
    d = Doc("yaml")
    d("# Banqueting crew roster — ", r.choice(["Conference Centre Hall B", "Gala dinner, Rod Laver Arena", "Wedding, Hotel Esplanade"]), "\n")
    d("event_date: ", stay(r).f("iso"), "\nshift_lead:\n  name: ")
    lead = person(r)
    d(L("PERSON", lead.full), "\n  mobile: \"", L("PHONE", phone(r, lead.o)), "\"\ncrew:\n")
    for _ in range(r.randint(3, 5)):
        p = person(r)
        d("  - name: ", L("PERSON", p.full), "\n    role: ", r.choice(["waiter", "runner", "bartender", "cloakroom", "AV tech"]),
          "\n    start: \"", "%02d:%02d" % (r.randint(6, 18), r.choice([0, 15, 30, 45])), "\"\n")
        if r.random() < 0.4:
            d("    home_address: |\n      ", L("ADDRESS", address(r, p.o, True).replace("\n", "\n      ")), "\n")
        if r.random() < 0.3:
            d("    notes: ", L("DIAGNOSIS", "latex allergy"), ", uses nitrile gloves\n")
    return d

@tpl(1)
def t_config_yaml(r):
    d = Doc("yaml")
    d("# captive-portal controller config (no personal data)\nportal:\n  vendor: Nomadix\n  firmware: \"", fw(r), "\"\n  ssid: \"",
      r.choice(["Sacher-Guest", "Savoy_WiFi", "Adlon-Lobby"]), "\"\n  radius_secret: \"********\"\n  upstream_dns: [\"127.0.0.1\", \"0.0.0.0\"]\n"
      "  snmp_oid: 1.3.6.1.4.1.", _d(r, 5), ".1.2\n  session_timeout_s: 86400\n  walled_garden:\n    - booking.example-hotel.com\n    - pay.adyen.com\n"
      "rates:\n  standard_kbps: 10000\n  premium_kbps: 100000\n  premium_price_eur: 9.90\n")
    return d

@tpl(2)
def t_menu_allergens(r):
    d = Doc("csv")
    emit_row(d, ["menu_code", "dish", "price", "allergens", "kcal"])
    dishes = ["Eggs Benedict", "Beef Wellington", "Peach Melba", "Caesar salad", "Pavlova", "Oysters Rockefeller", "Pizza Margherita",
              "Chicken Tetrazzini", "Sachertorte", "Nachos", "Carpaccio Cipriani", "Crêpes Suzette", "Bananas Foster", "Lobster Newburg"]
    for dsh in r.sample(dishes, 8):
        emit_row(d, [r.choice(["ST", "MN", "DS"]) + "-" + _d(r, 3), dsh, "%.2f" % r.uniform(6, 48),
                     ";".join(sorted(r.sample(["A1 gluten", "A3 egg", "A7 milk", "A8 nuts", "A2 crustaceans", "A4 fish", "A9 celery"], r.randint(1, 3)))),
                     str(r.randint(180, 1200))])
    return d

@tpl(2)
def t_booking_api(r):
    d = Doc("json")
    pax = [person(r) for _ in range(r.randint(1, 3))]
    obj = {"bookingRef": pnr(r), "status": "TICKETED", "package": r.choice(["Fjords & Glaciers 8N", "Zanzibar Spice Island 7N", "Maldives Overwater 5N", "Dalmatian Coast by Yacht"]),
           "segments": [{"flight": flight(r), "from": r.choice(["ZRH", "AMS", "CPH", "IST", "TLV", "CMN"]), "to": r.choice(["KEF", "DBV", "MLE", "ZNZ", "NAN", "MRU"]),
                         "dep": "2026-%02d-%02dT%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))}],
           "passengers": []}
    for p in pax:
        dob = date(r, 1950, 2020)
        obj["passengers"].append({"surname": L("PERSON", ascii_fold(p.last).upper()), "givenNames": L("PERSON", ascii_fold(p.first).upper()),
                                  "dateOfBirth": L("DATE_OF_BIRTH", dob.f("iso")), "nationality": p.o,
                                  "document": {"type": "P", "number": passport(r, p.o), "issuingCountry": p.o,
                                               "expiry": D(r.randint(2027, 2035), r.randint(1, 12), r.randint(1, 28)).f("iso")},
                                  "seat": "%d%s" % (r.randint(1, 45), r.choice("ABCDEFK")), "meal": r.choice(["GFML", "VGML", "NLML", "DBML", None])})
    obj["contact"] = {"email": L("EMAIL", email_for(r, pax[0])), "phone": L("PHONE", phone(r, pax[0].o))}
    obj["totalPrice"] = {"amount": round(r.uniform(900, 12000), 2), "currency": "EUR"}
    emit_json(d, obj, indent=r.choice([2, 4]))
    d("\n")
    return d

@tpl(3)
def t_payroll_csv(r):
    country = r.choice(["GB", "US", "GB"])
    d = Doc("csv")
    if country == "GB":
        emit_row(d, ["emp_id", "surname", "forename", "ni_number", "sort_code", "account_no", "tax_code", "gross_month_gbp"])
        for _ in range(r.randint(4, 6)):
            p = person(r)
            emit_row(d, ["E" + _d(r, 5), L("PERSON", p.last), L("PERSON", p.first), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r).replace(" ", "")),
                         "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)), L("UK_BANK_ACCOUNT", _d(r, 8)),
                         r.choice(["1257L", "BR", "0T", "K475"]), "%.2f" % r.uniform(1800, 5200)])
    else:
        emit_row(d, ["employee", "ssn", "state", "dl_number", "hourly_rate", "venue"])
        for _ in range(r.randint(4, 6)):
            p = person(r, r.choice(["US", "US", "MX", "CL", "BR"]))
            st, code, num = dl(r)
            emit_row(d, [L("PERSON", p.full), L("US_SSN", ssn(r)) if r.random() < 0.8 else "***-**-" + _d(r, 4), code, L("DRIVER_LICENSE", num),
                         "%.2f" % r.uniform(15, 38), r.choice(["Madison Square Garden", "Rose Bowl", "Soldier Field", "Crypto.com Arena"])])
    return d

@tpl(2)
def t_badge_scans(r):
    d = Doc("tsv")
    emit_row(d, ["scan_ts", "reader", "badge_id", "attendee", "company", "session"], "\t")
    for _ in range(r.randint(5, 8)):
        p = person(r)
        emit_row(d, ["2026-%02d-%02dT%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(7, 19), r.randint(0, 59), r.randint(0, 59)),
                     "RDR-" + _d(r, 3), "B" + _d(r, 7), L("PERSON", p.full), r.choice(["Marriott International", "Hilton", "Accor", "Jumeirah", "Kempinski", "Hyatt"]),
                     r.choice(["Keynote", "Revenue mgmt 101", "F&B sustainability", "Loyalty panel"])], "\t")
    return d

@tpl(1)
def t_badge_agg(r):
    d = Doc("tsv")
    emit_row(d, ["session", "room", "scans", "unique_badges", "peak_time"], "\t")
    for s in ["Keynote", "Revenue mgmt 101", "Marco Polo Room workshop", "Hall Ernest Hemingway fireside", "Closing gala"]:
        emit_row(d, [s, r.choice(["Hall A", "Room 2.14", "Auditorium"]), str(r.randint(50, 3000)), str(r.randint(40, 2000)), "%02d:%02d" % (r.randint(8, 18), r.randint(0, 59))], "\t")
    return d

@tpl(2)
def t_rateplan_json(r):
    d = Doc("json")
    obj = {"property": r.choice(HOTELS), "rateplans": [{"code": c, "name": n, "price": round(r.uniform(120, 900), 2), "currency": "EUR",
                                                       "validFrom": stay(r).f("iso"), "minLos": r.randint(1, 3)}
                                                      for c, n in [("BAR", "Best available"), ("XMAS", "Christmas Day dinner package"), ("NYE", "New Year's Eve gala"),
                                                                   ("KAISER", "Kaiser Franz Joseph Suite"), ("HEMING", "Hemingway Bar tasting")]],
           "engineVersion": fw(r), "oid": "2.16.840.1.113883.3." + _d(r, 4), "contact": "revenue [at] hotel-group [dot] example"}
    emit_json(d, obj)
    d("\n")
    return d

@tpl(2)
def t_delivery_ndjson(r):
    d = Doc("ndjson")
    for _ in range(r.randint(3, 5)):
        p = person(r)
        rider = person(r)
        cc = r.choice(["GB", "NL", "DK", "AU", "BR", "TR", "IL", "TH", "JP"])
        store = {"GB": "Nando's Clapham", "NL": "Wagamama Dam Square", "DK": "Gasoline Grill Nørrebro", "AU": "Mary's Newtown", "BR": "Outback Vila Madalena",
                 "TR": "Köfteci Yusuf Kadıköy", "IL": "Benedict Rothschild", "TH": "Jay Fai Express", "JP": "Tim Ho Wan Hibiya"}[cc]
        o = {"order": "D" + _d(r, 8), "store": store,
             "customer": L("PERSON", p.full), "dropoff": L("ADDRESS", address(r, cc)), "phone": L("PHONE", phone(r, cc)),
             "items": [{"sku": "MN-" + _d(r, 4), "qty": r.randint(1, 3)}], "note": r.choice(["ring twice", "leave at door", M(L("DIAGNOSIS", "nut allergy"), "!! no satay"), ""]),
             "rider": {"name": L("PERSON", rider.first), "vehicle": r.choice(["bike", "scooter"])}, "etaMin": r.randint(12, 55)}
        emit_json(d, o, indent=0)
        d("\n")
    return d

# ---------------------------------------------------------------- logs
def ts(r, sep="T"):
    return "2026-%02d-%02d%s%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), sep, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))

@tpl(3)
def t_captive_portal(r):
    d = Doc("log")
    for _ in range(r.randint(5, 9)):
        k = r.choice(["login", "login", "fail", "dhcp", "sys"])
        d(ts(r, " "), " portal[", str(r.randint(1000, 9999)), "]: ")
        if k == "login":
            p = person(r)
            d("auth=room_surname room=", str(r.randint(101, 1420)), " surname=\"", L("PERSON", p.last), "\" mac=", mac(r), " ip=", L("IP_ADDRESS", ip4(r, "priv")),
              " plan=", r.choice(["free", "premium"]), " result=OK\n")
        elif k == "fail":
            d("auth=email email=", L("EMAIL", email_for(r, person(r))), " client=", L("IP_ADDRESS", ip4(r, "priv")), " result=DENIED reason=terms_not_accepted\n")
        elif k == "dhcp":
            d("dhcp lease ", L("IP_ADDRESS", ip4(r, "priv")), " -> ", mac(r), " ttl=86400 vlan=", str(r.randint(10, 300)), "\n")
        else:
            d("controller fw=", fw(r), " uptime=", str(r.randint(1000, 9999999)), "s upstream=", L("IP_ADDRESS", ip4(r, "doc")), " ok\n")
    return d

@tpl(2)
def t_booking_access(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        ip = ip4(r) if r.random() < 0.8 else ip6(r)
        path = r.choice(["/api/v2/availability?hotel=HSW&arr=2026-07-14&nights=3", "/checkout/confirm?conf=" + conf_no(r),
                         "/rooms/kaiser-suite", "/api/v2/rates?promo=XMAS26", "/static/app." + _d(r, 8) + ".js"])
        d(L("IP_ADDRESS", ip), " - - [", "%02d/%s/2026:%02d:%02d:%02d +0000" % (r.randint(1, 28), r.choice(MON), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
          "] \"GET ", path, " HTTP/1.1\" ", r.choice(["200", "200", "304", "404", "302"]), " ", str(r.randint(200, 90000)), " \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\"\n")
    if r.random() < 0.5:
        p = person(r)
        d(L("IP_ADDRESS", ip4(r, "pub")), " - - [", "%02d/%s/2026:%02d:%02d:%02d +0000" % (r.randint(1, 28), r.choice(MON), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
          "] \"POST /api/v2/guest?email=", L("EMAIL", email_for(r, p)), " HTTP/1.1\" 201 88 \"-\" \"okhttp/4.12.0\"\n")
    return d

@tpl(3)
def t_payment_log(r):
    d = Doc("log")
    for _ in range(r.randint(4, 7)):
        k = r.choice(["ok", "ok", "decl", "refund"])
        d("level=info ts=", ts(r), "Z svc=pay-gw merchant=", r.choice(["HOTEL-ZRH-01", "TIX-EU", "CRUISE-POS"]), " psp_ref=", nref(r, 16),
          " pan=", r.choice(["411111******", "545454******", "3782********"]) + _d(r, 4), " amount=", str(r.randint(1000, 250000)),
          " cur=", r.choice(["EUR", "CHF", "USD"]), " result=", {"ok": "AUTHORISED", "decl": "REFUSED", "refund": "REFUNDED"}[k], "\n")
    if r.random() < 0.6:
        d("level=warn ts=", ts(r), "Z svc=pay-gw msg=\"raw payload logged (PCI incident #", _d(r, 5), ")\" body={\"cardNumber\":\"",
          L("CREDIT_CARD", card(r, sep=None)), "\",\"expiry\":\"0", str(r.randint(1, 9)), "/2", str(r.randint(7, 9)), "\",\"holder\":\"", P(person(r)), "\"}\n")
    d("level=info ts=", ts(r), "Z svc=pay-gw reconciliation batch=", _d(r, 8), " candidate=", bad_card(r), " luhn=fail skipped\n")
    return d

@tpl(3)
def t_firmware_log(r):
    d = Doc("log")
    for _ in range(r.randint(6, 10)):
        dev = r.choice(["lock-ctrl", "pos-term", "kiosk", "ap", "tv-gateway"])
        d(ts(r, " "), " ", dev, "-", _d(r, 3), " upgrade from ", fw(r), " to ", fw(r), " build=", _d(r, 10), " sha=", "".join(r.choice("0123456789abcdef") for _ in range(12)),
          " status=", r.choice(["ok", "ok", "retry", "rollback"]), "\n")
    d(ts(r, " "), " mgmt listening on 127.0.0.1:8443 and 0.0.0.0:161, snmp oid 1.3.6.1.2.1.1.3.0\n")
    return d

@tpl(2)
def t_doorlock_log(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        who = r.choice(["guest", "staff", "master"])
        d(ts(r, " "), " VING lock=", str(r.randint(101, 1420)), " card=", _d(r, 10), " type=", who)
        if who == "staff":
            p = person(r)
            d(" user=\"", L("PERSON", p.full), "\"")
        d(" event=", r.choice(["OPEN", "DENIED_EXPIRED", "DND_OVERRIDE", "OPEN"]), "\n")
    return d

@tpl(2)
def t_turnstile_log(r):
    d = Doc("log")
    venue = r.choice(VENUES)
    for _ in range(r.randint(6, 10)):
        d(ts(r), " gate=", r.choice("ABCDEFG"), str(r.randint(1, 30)), " venue=\"", venue, "\" ticket=", nref(r, 14), " seat=", str(r.randint(101, 540)), "-", str(r.randint(1, 40)), "-", str(r.randint(1, 30)),
          " result=", r.choice(["VALID", "VALID", "ALREADY_USED", "WRONG_GATE"]), " fw=", fw(r), "\n")
    return d

@tpl(2)
def t_pms_audit(r):
    d = Doc("log")
    for _ in range(r.randint(3, 6)):
        p = person(r)
        clerk = person(r)
        k = r.choice(["dob", "pp", "addr", "view"])
        d(ts(r), " OPERA audit user=", L("PERSON", ascii_fold(clerk.first[0] + clerk.last).upper()[:10]) if False else L("PERSON", clerk.first), " ws=FO-", _d(r, 2), " profile=", _d(r, 9), " name=\"", L("PERSON", p.full), "\" ")
        if k == "dob":
            d("field=BIRTH_DATE old=\"\" new=\"", L("DATE_OF_BIRTH", date(r).f("iso")), "\"\n")
        elif k == "pp":
            d("field=PASSPORT_NO old=\"", "*" * 6 + _d(r, 3), "\" new=\"", passport(r, p.o), "\"\n")
        elif k == "addr":
            d("field=ADDRESS1 new=\"", L("ADDRESS", address(r, p.o)), "\"\n")
        else:
            d("action=VIEW_PROFILE reason=check-in\n")
    return d

@tpl(2)
def t_syslog_net(r):
    d = Doc("log")
    host = r.choice(["fw-edge-01", "core-sw-2", "wlc-lobby"])
    for _ in range(r.randint(5, 8)):
        k = r.choice(["drop", "allow", "v6", "vpn"])
        d("<", str(r.randint(130, 190)), ">", "%s %2d %02d:%02d:%02d " % (r.choice(MON), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), host, " ")
        if k in ("drop", "allow"):
            d("kernel: ", k.upper(), " IN=eth0 SRC=", L("IP_ADDRESS", ip4(r, r.choice(["pub", "doc"]))), " DST=", L("IP_ADDRESS", ip4(r, "priv")), " PROTO=TCP DPT=", str(r.choice([22, 443, 3389, 8443])), "\n")
        elif k == "v6":
            d("ndp: neighbor ", L("IP_ADDRESS", ip6(r)), " reachable on vlan ", str(r.randint(10, 99)), "\n")
        else:
            p = person(r)
            d("vpn: user ", L("EMAIL", email_for(r, p)), " connected from ", L("IP_ADDRESS", ip4(r, "pub")), " assigned ", L("IP_ADDRESS", ip4(r, "priv")), "\n")
    return d

@tpl(3)
def t_kitchen_log(r):
    d = Doc("log")
    for _ in range(r.randint(6, 10)):
        d(ts(r, " "), " KDS station=", r.choice(["grill", "pass", "pastry", "cold"]), " table=", str(r.randint(1, 60)), " cover=", str(r.randint(1, 8)),
          " item=", r.choice(["Eggs Benedict", "Beef Wellington", "Caesar salad", "Pavlova", "Peach Melba"]), " flags=", r.choice(["A1", "A1,A7", "A8 NUT", "GF", "-"]),
          " fired_in=", str(r.randint(60, 1400)), "s\n")
    return d

# ---------------------------------------------------------------- email / chat / ticket
@tpl(3)
def t_complaint_email(r):
    d = Doc("email")
    p = person(r)
    em = email_for(r, p)
    hotel = r.choice(HOTELS)
    mgr = person(r)
    d("From: ", P(p), " <", L("EMAIL", em), ">\nTo: ", L("EMAIL", "guestrelations@" + re.sub(r"[^a-z]", "", ascii_fold(hotel).lower())[:14] + ".com"), "\n")
    d("Subject: Complaint - booking ", conf_no(r), " (", stay(r).f("dmon"), ")\n\n")
    d("Dear ", r.choice(["Sir or Madam", "Guest Relations team"]), ",\n\n")
    k = r.choice(["allergy", "noise", "refund"])
    if k == "allergy":
        d("I told your restaurant twice that my daughter has a ", L("DIAGNOSIS", "severe sesame allergy"), " and still the bread basket came with sesame. "
          "She needed her ", L("MEDICATION", "EpiPen"), " and we spent the night at ", r.choice(["St Vincent's", "KBC Split", "Rigshospitalet"]), ". ")
        d("Her name is ", P(person(r, p.o, True), None) if False else L("PERSON", person(r, p.o, True).first), ", she is 9.\n")
    elif k == "noise":
        d("Room ", str(r.randint(101, 990)), " was next to the Ernest Hemingway Bar until 2 a.m. on New Year's Eve. The night manager, ", L("PERSON", mgr.first),
          ", promised a refund that never arrived. This was a total nightmare, frankly it gave me a depression.\n")
    else:
        d("You charged my card twice for the Kaiser Suite. Please refund to IBAN ", L("IBAN", iban(r, r.choice(["CH", "AT", "NL", "BE", "LU", "DK", "NO"]))), " instead of the card.\n")
    d("\nYou can reach me on ", L("PHONE", phone(r, p.o)), ".\n\nRegards,\n", P(p), "\n")
    if r.random() < 0.5:
        d("\n> On ", stay(r).f("dmon"), ", Guest Relations wrote:\n> Dear Guest, thank you for staying with us. Your folio F", _d(r, 7), " is attached.\n> Kind regards, Mr Smith (template)\n")
    return d

@tpl(3)
def t_visa_email(r):
    d = Doc("email")
    p = person(r, r.choice(["KE", "TZ", "MA", "TN", "IN", "TR", "TH", "CN", "BR", "FJ"]))
    dob = date(r, 1960, 2000)
    conf = r.choice(["EuroHospitality Summit 2026 (Vienna)", "Nordic Travel Retail Expo (Copenhagen)", "Events Tech Week (Amsterdam)"])
    d("From: ", L("EMAIL", email_for(r, p)), "\nTo: ", L("EMAIL", "visa-letters@eventsummit.example.org"), "\nSubject: Invitation letter for Schengen visa\n\n")
    d("Hello,\n\nI am registered for ", conf, " (registration ", "REG-" + _d(r, 6), ") and need an invitation letter for the embassy.\n")
    d("Full name as in passport: ", P(p, ascii_fold(p.full).upper()), "\nPassport number: ", passport(r, p.o), "\nDate of birth: ", L("DATE_OF_BIRTH", dob.f("dmy")),
      "\nNationality: ", NATIONALITY[p.o], "\nEmployer: ", r.choice(["Serena Hotels", "Dusit Thani", "Taj Hotels", "Hilton Garden Inn Mombasa"]), "\n")
    d("\nThank you,\n", L("PERSON", p.first), "\n", L("PHONE", phone(r, p.o)), "\n")
    return d

@tpl(1)
def t_group_booking(r):
    d = Doc("email")
    org = person(r)
    d("From: ", P(org), " <", L("EMAIL", email_for(r, org)), ">\nTo: ", L("EMAIL", "groups@grandhotelwagner.example"), "\nSubject: Rooming list - incentive trip ", pnr(r), "\n\n")
    d("Hi team,\n\nPlease find the rooming list below (arrival ", stay(r).f("dmon"), ", flight ", flight(r), "):\n\n")
    d("| Room type | Guest | Share with | Notes |\n|---|---|---|---|\n")
    for _ in range(r.randint(3, 5)):
        a, b = person(r), person(r)
        note = r.choice(["", M("wheelchair user"), M(L("DIAGNOSIS", "coeliac disease")), M("vegetarian"), M(L("DIAGNOSIS", "type 2 diabetes"), ", low-sugar minibar")])
        d("| ", r.choice(["Twin", "Double", "Junior Suite"]), " | ", L("PERSON", a.full), " | ", L("PERSON", b.full) if r.random() < 0.6 else "-", " | ", note, " |\n")
    d("\nMany thanks,\n", L("PERSON", org.first), "\n")
    return d

@tpl(2)
def t_concierge_chat(r):
    d = Doc("chat")
    p = person(r)
    c = person(r)
    clock = [r.randint(7 * 60, 20 * 60)]
    def t():
        clock[0] += r.randint(0, 6)
        return "[%02d:%02d] " % (clock[0] // 60, clock[0] % 60)
    d(t(), L("PERSON", p.first), ": Hi, room ", str(r.randint(101, 1200)), " here. Can you book a table for 4 tonight at Le Cinq or Alain Ducasse?\n")
    d(t(), L("PERSON", c.first), " (Concierge): Of course! Any dietary needs?\n")
    k = r.choice(["coeliac", "none", "epi", "hear"])
    if k == "coeliac":
        d(t(), L("PERSON", p.first), ": my husband has ", L("DIAGNOSIS", "coeliac disease"), ", so strictly gluten free\n")
    elif k == "epi":
        d(t(), L("PERSON", p.first), ": I'm allergic to shellfish (", L("DIAGNOSIS", "anaphylaxis"), " last year) - I carry an ", L("MEDICATION", "EpiPen"), "\n")
    elif k == "hear":
        d(t(), L("PERSON", p.first), ": no food issues, but I have ", L("DIAGNOSIS", "hearing loss"), " - please text rather than call\n")
    else:
        d(t(), L("PERSON", p.first), ": none, thanks\n")
    d(t(), L("PERSON", c.first), " (Concierge): Booked for 20:30, confirmation ", conf_no(r), ". I'll text you on ", L("PHONE", phone(r, p.o)), ".\n")
    d(t(), L("PERSON", p.first), ": perfect, merci!\n")
    return d

@tpl(3)
def t_rider_chat(r):
    d = Doc("chat")
    cc = r.choice(["GB", "NL", "BR", "TR", "IL", "TH", "AU", "MX", "KE"])
    cust = person(r, cc)
    rider = person(r)
    d("Order #", _d(r, 8), " — chat with rider\n")
    d(L("PERSON", rider.first), ": hi im outside, building has no number?\n")
    d(L("PERSON", cust.first), ": it's ", L("ADDRESS", address(r, cc)), ", blue door next to the pharmacy\n")
    d(L("PERSON", rider.first), ": ok. can u call me ", L("PHONE", phone(r, cc)), "\n")
    d(L("PERSON", cust.first), ": coming down. Did the kitchen remember no peanuts? my son has a ", L("DIAGNOSIS", "peanut allergy"), "\n")
    d(L("PERSON", rider.first), ": bag is sealed, sticker says ALLERGEN A8 CHECKED\n")
    d("System: order delivered ", ts(r, " "), " tip ", r.choice(["€2.00", "£1.50", "R$5,00"]), "\n")
    return d

@tpl(2)
def t_support_ticket(r):
    d = Doc("ticket")
    p = person(r)
    agent = person(r)
    d("Ticket #", _d(r, 7), " | Priority: ", r.choice(["P2", "P3"]), " | Queue: Ticketing-Refunds\nRequester: ", P(p), " <", L("EMAIL", email_for(r, p)), ">\n")
    d("Subject: ", r.choice(["cancelled concert refund", "name change on ticket", "charged twice"]), "\n\n")
    d("hi, i bought 2 tix for ", r.choice(VENUES), " (order ORD-", _d(r, 9), ", seats 114-", str(r.randint(1, 30)), "-", str(r.randint(1, 30)), ")\n")
    k = r.choice(["card", "name", "ip"])
    if k == "card":
        d("pls refund to the card i paid with ", L("CREDIT_CARD", card(r)), " exp 0", str(r.randint(1, 9)), "/2", str(r.randint(7, 9)), "\n")
    elif k == "name":
        q = person(r)
        d("please change the 2nd ticket to my friend ", L("PERSON", q.full), ", her passport is ", passport(r, q.o), " (", COUNTRY[q.o], ") for the ID check\n")
    else:
        d("site said 'suspicious login' from ", L("IP_ADDRESS", ip4(r, "pub")), " which wasnt me\n")
    d("\n--- internal note (", L("PERSON", agent.first), ") ---\nPAN masked in Zendesk. Order verified, refund via PSP ref ", nref(r, 16), ".\n")
    return d

@tpl(2)
def t_newsletter(r):
    d = Doc("email")
    d("From: ", L("EMAIL", "offers@hotelgroup-news.example"), "\nTo: {{subscriber_email}}\nSubject: Celebrate Christmas and Hanukkah with us\n\nDear {{first_name}},\n\n"
      "This winter, enjoy afternoon tea in the Sacher Salon, a Beef Wellington dinner in the Escoffier Room, or a Captain Cook cruise around Sydney Harbour. "
      "Stay 3 nights in the Kaiser Franz Joseph Suite over Thanksgiving, Boxing Day or St. Stephen's Day and get the 4th free (code XMAS", _d(r, 2), ").\n"
      "Flights ", flight(r), " and ", flight(r), " connect via Zürich. Rates from EUR ", str(r.randint(190, 690)), ".\n\nUnsubscribe: https://news.example/u/", nref(r, 12), "\n")
    return d

@tpl(3)
def t_it_ticket(r):
    d = Doc("ticket")
    d("INC", _d(r, 7), " — Guest Wi-Fi drops on floors 6-9\nAffected APs: AP-6-", _d(r, 2), ", AP-7-", _d(r, 2), "\nFirmware: ", fw(r), " (target ", fw(r), ")\n"
      "Controller build ", _d(r, 9), ", SNMP OID 1.3.6.1.4.1.14179.2.1.1\nSteps: rebooted, DHCP scope 10.x exhausted? lease time 86400.\nWorkaround: shortened lease to 3600. "
      "Vendor case ", _d(r, 8), ". Loopback 127.0.0.1 health check ok.\nResolution pending maintenance window ", stay(r).f("iso"), " 02:00-04:00.\n")
    return d

@tpl(2)
def t_shift_chat(r):
    d = Doc("chat")
    a, b, m = person(r), person(r), person(r)
    d(L("PERSON", a.full), ": can anyone swap my Sunday breakfast shift? ", stay(r).f("dmon"), "\n")
    d(L("PERSON", b.full), ": I can, if you take my Friday banquet\n")
    d(L("PERSON", a.full), ": deal. ", L("PERSON", m.first), " ok with you?\n")
    d(L("PERSON", m.full), ": fine, update Fourth/rota. ", L("PERSON", b.first), " your new number? HR has an old one\n")
    d(L("PERSON", b.full), ": ", L("PHONE", phone(r, b.o)), "\n")
    return d

@tpl(1)
def t_hr_email(r):
    d = Doc("email")
    p = person(r, r.choice(["GB", "IE", "IN", "GR", "BR", "KE"]))
    hr = person(r, "GB")
    d("From: ", L("EMAIL", email_for(r, hr)), "\nTo: ", L("EMAIL", email_for(r, p)), "\nSubject: Right to work documents - start date ", stay(r).f("dmon"), "\n\n")
    d("Hi ", L("PERSON", p.first), ",\n\nThanks for sending your documents. I have recorded:\n - NI number ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n - Passport ", passport(r, p.o), " (", COUNTRY[p.o], ")\n")
    if r.random() < 0.5:
        d(" - Bank: ", L("UK_BANK_ACCOUNT", "%02d-%02d-%02d / %s" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99), _d(r, 8))), "\n")
    d("\nYour uniform fitting is on the day of the Chelsea Flower Show, sorry! Please ignore the template line 'Dear Mr Smith'.\n\nBest,\n", L("PERSON", hr.first), "\nPeople Team\n")
    return d

# ---------------------------------------------------------------- free text / html
@tpl(3)
def t_review(r):
    d = Doc("free_text")
    hotel = r.choice(HOTELS)
    named = r.random() < 0.5
    d("★" * r.randint(1, 5), "  ", hotel, " — review posted ", stay(r).f("mon"), "\n")
    if named:
        p = person(r)
        d("by ", L("PERSON", p.first + " " + p.last[0] + "."), " from ", COUNTRY[p.o], "\n\n")
    else:
        d("by Guest1987 (verified stay)\n\n")
    d(r.choice(["The Marie Antoinette suite was dated but spotless. ", "Breakfast at the César Ritz lounge was superb. ",
                "The Captain Cook Bar has a view to die for. ", "Our butler in the Hemingway Suite remembered everything. "]),
      r.choice(["Room %d faced the car park. " % r.randint(101, 1200), "Table %d by the window was worth the wait. " % r.randint(1, 40),
                "Seat %s%d on the transfer boat was soaked. " % (r.choice("ABCD"), r.randint(1, 30))]),
      r.choice(["The Eggs Benedict were cold", "The Peach Melba was perfect", "The Beef Wellington was overcooked"]),
      r.choice([" and the Wi-Fi (fw %s) kept dropping. " % fw(r), ". ", ", and the minibar prices (CHF %d for nuts!) are absurd. " % r.randint(9, 25)]))
    if named and r.random() < 0.6:
        d("Housekeeper ", L("PERSON", person(r).first), " was lovely. ")
    d(r.choice(["Checked in on Easter Monday; the queue was a nightmare and I nearly had a heart attack at the bill (EUR %d).\n" % r.randint(300, 3000),
                "We came for Thanksgiving and left on Black Friday, booking %s. Would return.\n" % conf_no(r),
                "Stayed over Diwali; fireworks from the balcony, flight %s the next morning.\n" % flight(r)]))
    return d

@tpl(2)
def t_guest_html(r):
    d = Doc("html")
    p = person(r)
    dob = date(r)
    d("<html><body>\n<h1>Guest profile</h1>\n<dl>\n  <dt>Name</dt><dd>", P(p), "</dd>\n  <dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", dob.f("dmon")), "</dd>\n")
    addr = address(r, p.o, True).split("\n")
    d("  <dt>Address</dt><dd>", L("ADDRESS", "<br>".join(addr)), "</dd>\n  <dt>Email</dt><dd><a href=\"mailto:", L("EMAIL", email_for(r, p)), "\">e-mail</a></dd>\n")
    d("  <dt>Phone</dt><dd>", L("PHONE", phone(r, p.o)), "</dd>\n  <dt>Stays</dt><dd>", str(r.randint(1, 40)), " (last: ", r.choice(HOTELS), ", ", stay(r).f("iso"), ")</dd>\n")
    d("  <dt>Preferences</dt><dd>", r.choice(["Feather-free room", "Quiet room, high floor", "Late checkout"]))
    if r.random() < 0.6:
        d("; ", L("DIAGNOSIS", r.choice(["coeliac disease", "lactose intolerance", "nut allergy"])))
    d("</dd>\n</dl>\n<p class=\"footer\">Card on file: •••• ", _d(r, 4), " | Loyalty LX", _d(r, 10), "</p>\n</body></html>\n")
    return d

@tpl(2)
def t_incident_report(r):
    d = Doc("free_text")
    staff = r.random() < 0.5
    p = person(r)
    w = person(r)
    d("INCIDENT REPORT ", "IR-", _d(r, 5), " — ", r.choice(HOTELS), "\nDate/time: ", stay(r).f("dmon"), " ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "\n\n")
    if staff:
        d("Injured person: ", P(p), " (", r.choice(["kitchen porter", "room attendant", "lifeguard"]), ", employee ", _d(r, 6), ")\n")
        d("What happened: slipped on spilled oil near the dish pit and fell onto the left arm. Suspected ", L("DIAGNOSIS", "wrist fracture"),
          "; taken to A&E by taxi. First aider gave ", L("MEDICATION", "paracetamol"), " 1 g and applied a sling.\n")
    else:
        d("Guest: ", P(p), ", room ", str(r.randint(101, 1200)), ", ", L("PHONE", phone(r, p.o)), "\n")
        d("What happened: guest reported feeling faint in the spa sauna. Guest stated she has ", L("DIAGNOSIS", r.choice(["low blood pressure", "epilepsy", "type 1 diabetes"])),
          ". Ambulance not required.\n")
    d("Witness: ", P(w), "\nCCTV: camera 14, retained 30 days. Reported to insurer (policy HSP-", _d(r, 8), ").\n")
    return d

@tpl(3)
def t_visa_letter(r):
    d = Doc("free_text")
    p = person(r, r.choice(["KE", "TZ", "MA", "TN", "IN", "TR", "TH", "CN", "MU", "MV", "FJ", "CL", "MX"]))
    dob = date(r, 1960, 2000)
    sig = person(r, r.choice(["AT", "NL", "DK", "CH"]))
    d("Vienna, ", stay(r).f("mon"), "\n\nTo the Consular Section, Embassy of ", r.choice(["Austria", "the Netherlands", "Denmark", "Switzerland"]), " in ",
      r.choice(["Nairobi", "Dar es Salaam", "Rabat", "Tunis", "New Delhi", "Ankara", "Bangkok", "Beijing", "Port Louis", "Colombo", "Suva", "Santiago", "Mexico City"]), "\n\n")
    d("RE: Letter of invitation — ", P(p), "\n\nWe confirm that ", r.choice(["Mr", "Ms"]), " ", P(p), ", born ", L("DATE_OF_BIRTH", dob.f("mon")), ", holder of ", NATIONALITY[p.o],
      " passport no. ", passport(r, p.o), ", is registered as a delegate at the EuroHospitality Summit 2026 held at the Hofburg Congress Center from ", stay(r).f("mon"), ".\n")
    d("Accommodation is reserved at the Hotel Sacher Wien (confirmation ", conf_no(r), "). The conference does not cover travel costs.\n\nYours faithfully,\n\n", P(sig), "\nDelegate Services\n")
    return d

@tpl(2)
def t_speaker_html(r):
    d = Doc("html")
    d("<section class=\"speakers\">\n<h2>Speakers</h2>\n<ul>\n")
    for _ in range(r.randint(3, 5)):
        p = person(r)
        d("  <li><strong>", L("PERSON", p.full), "</strong>, ", r.choice(["VP Revenue", "Head of F&B", "Chief Experience Officer", "Founder"]), ", ",
          r.choice(["Marriott", "Four Seasons", "Jumeirah", "Minor Hotels", "Soneva", "Fiji Airways"]), "</li>\n")
    d("</ul>\n<p>Gala dinner at the Ernest Hemingway Ballroom, ", stay(r).f("mon"), ".</p>\n</section>\n")
    return d

@tpl(2)
def t_menu_html(r):
    d = Doc("html")
    d("<div class=\"menu\">\n<h2>Brunch at the Escoffier Room</h2>\n<table>\n<tr><th>Code</th><th>Dish</th><th>Allergens</th><th>€</th></tr>\n")
    for dish in r.sample(["Eggs Benedict", "Eggs Florentine", "Crêpes Suzette", "Peach Melba", "Beef Stroganoff", "Oysters Rockefeller", "Caesar salad", "Waldorf salad", "Pavlova"], 6):
        d("<tr><td>BR-", _d(r, 3), "</td><td>", dish, "</td><td>", r.choice(["1,3,7", "8", "2,4", "1"]), "</td><td>", "%.2f" % r.uniform(9, 34), "</td></tr>\n")
    d("</table>\n<p>Allergen codes: 1 gluten, 2 crustaceans, 3 eggs, 4 fish, 7 milk, 8 nuts. Coeliac? Ask for our gluten-free card.</p>\n</div>\n")
    return d

@tpl(3)
def t_press(r):
    d = Doc("free_text")
    d(r.choice(["PRESS RELEASE", "Media advisory", "Investor update"]), " — ", stay(r).f("mon"), "\n\n")
    d(r.choice(["The Ritz-Carlton", "Raffles", "Four Seasons", "Kempinski"]), " and ", r.choice(["Marriott Bonvoy", "Wyndham", "Hilton Honors"]),
      " announce the reopening of the Hotel Adlon's Kaiser Suite and the Marco Polo Lounge in time for Christmas and Chinese New Year. ")
    d("The MS Fridtjof Nansen will sail from Tromsø on flight-connected departures (", flight(r), ", PNR blocks from ", pnr(r), "). ")
    d("Ticket sales for concerts at the Estadio Azteca and Rod Laver Arena rose 14%; platform release ", fw(r), " cut queue times. ")
    d("Analysts called the fourth quarter 'a depression in bookings' for Europe, a Parkinson's law of meetings. Research shows travellers with diabetes prefer hotels with in-room fridges (n=2,400).\n")
    d("Media contact: press office (details on the newsroom page).\n")
    return d

@tpl(2)
def t_lostfound(r):
    d = Doc("free_text")
    p = person(r)
    d("Lost & Found log — ", r.choice(HOTELS), "\nItem ", "LF-", _d(r, 5), ": black wallet found in the Hemingway Bar, ", stay(r).f("dmon"), "\n")
    d("Contents: ", r.choice(["driving licence", "ID card"]), " in the name of ", P(p), ", ")
    if p.o == "US" or r.random() < 0.5:
        st, code, num = dl(r)
        d(st, " driver license no. ", L("DRIVER_LICENSE", num), ", ")
    d("a Visa card ending ", _d(r, 4), " and a pharmacy bag with ", L("MEDICATION", r.choice(["insulin glargine", "levetiracetam", "sertraline"])), ".\n")
    d("Owner contacted on ", L("PHONE", phone(r, p.o)), "; collected by ", r.choice(["the owner", "a friend with signed authority"]), ".\n")
    return d

@tpl(2)
def t_handover(r):
    d = Doc("free_text")
    d("Night shift handover — Front Office — ", stay(r).f("dmon"), "\n\n")
    for _ in range(r.randint(3, 5)):
        k = r.choice(["vip", "late", "med", "nopii", "dnr"])
        if k == "vip":
            p = person(r)
            d("- VIP ", L("PERSON", p.full), " arriving on ", flight(r), ", upgraded to the Grace Kelly Suite. Champagne + fruit.\n")
        elif k == "late":
            p = person(r)
            d("- Late arrival ", L("PERSON", p.last), " (", conf_no(r), "), guaranteed by card. Mobile ", L("PHONE", phone(r, p.o)), ".\n")
        elif k == "med":
            p = person(r)
            d("- Room ", str(r.randint(101, 1200)), " ", L("PERSON", p.full), " uses a wheelchair and has ", L("DIAGNOSIS", r.choice(["multiple sclerosis", "spina bifida", "COPD"])),
              "; oxygen delivery expected 07:00.\n")
        elif k == "nopii":
            d("- Lift 3 out of service (engineer ticket ", _d(r, 6), "). Boiler firmware ", fw(r), ".\n")
        else:
            d("- Do-not-rent list updated; see PMS. No names in handover please.\n")
    return d

@tpl(3)
def t_confirmation_html(r):
    d = Doc("html")
    named = r.random() < 0.6
    d("<html><body style=\"font-family:Arial\">\n<h1>Your booking is confirmed</h1>\n<p>Dear ")
    if named:
        p = person(r)
        d(L("PERSON", p.first), ",</p>\n")
    else:
        d("Guest,</p>\n")
    a = stay(r)
    d("<table>\n<tr><td>Confirmation</td><td>", conf_no(r), "</td></tr>\n<tr><td>Hotel</td><td>", r.choice(HOTELS), "</td></tr>\n<tr><td>Stay</td><td>", a.f("dmon"),
      " – ", D(a.y, a.m, min(28, a.d + r.randint(1, 5))).f("dmon"), "</td></tr>\n<tr><td>Room</td><td>Deluxe King, non-smoking</td></tr>\n<tr><td>Total</td><td>EUR ", "%.2f" % r.uniform(200, 3000), "</td></tr>\n")
    d("<tr><td>Guarantee</td><td>", r.choice(["Visa", "Mastercard"]), " XXXX-XXXX-XXXX-", _d(r, 4), "</td></tr>\n")
    if named and r.random() < 0.6:
        d("<tr><td>Contact</td><td>", L("EMAIL", email_for(r, p)), "</td></tr>\n")
    d("</table>\n<p>Questions? Call reservations. Cancellation free until 18:00 local time on ", stay(r).f("dmon"), ".</p>\n</body></html>\n")
    return d

@tpl(2)
def t_figures_of_speech(r):
    d = Doc("free_text")
    d("Revenue blog: ", r.choice(["Why the shoulder season gives hoteliers a migraine", "Fighting the autumn depression in RevPAR"]), "\n\n")
    d("Every GM knows the feeling: a cancellation epidemic hits, occupancy has a heart attack and the channel manager goes into a coma. "
      "A study of 1,200 hotels (Cornell, 2024) found that properties near the Peter Sellers Hotel or the Hotel Sacher saw a 7% uplift on Valentine's Day. "
      "Allergen-aware menus (nut-free, gluten-free for coeliac diners) are now standard; type 2 diabetes affects ~10% of adults worldwide according to the IDF.\n")
    return d

@tpl(2)
def t_insurance_claim(r):
    d = Doc("free_text")
    p = person(r, "US")
    dob = date(r, 1945, 2000)
    op, dx, med = r.choice([("Kilimanjaro Trails", "high-altitude pulmonary oedema", "nifedipine"), ("Kilimanjaro Trails", "acute mountain sickness", "acetazolamide"),
                            ("Fiji Reef Expeditions", "decompression sickness", "oxygen"), ("Atlas Adventures", "heat stroke", "none"),
                            ("Maldives Liveaboard Co.", "decompression sickness", "oxygen")])
    d("Travel medical claim narrative — tour operator ", op, "\n\n")
    d("Traveller ", P(p), " (DOB ", L("DATE_OF_BIRTH", dob.f("mdy")), ") developed ", L("DIAGNOSIS", dx), " on day ", str(r.randint(2, 6)), " of trip ", pnr(r), ". ")
    if med == "oxygen":
        d("Given 100% oxygen and transferred to the recompression chamber.\n")
    elif med == "none":
        d("Cooled with ice packs; IV fluids at the clinic in Ouarzazate.\n")
    else:
        d("Treated with ", L("MEDICATION", med), " and ", L("MEDICATION", "dexamethasone"), ", evacuated to Moshi.\n")
    if r.random() < 0.5:
        d("Primary cover: Medicare, MBI ", L("US_MBI", mbi(r)), ".\n")
    else:
        d("Primary cover: ", r.choice(["Anthem Blue Cross", "Aetna", "Kaiser Permanente"]), " health plan, member ID ", L("HEALTH_PLAN_ID", hpid(r)), ", group ", _d(r, 6), ".\n")
    d("Home address: ", L("ADDRESS", address(r, "US")), "\n")
    return d

# ---------------------------------------------------------------- more: national ids, US guests, negatives
@tpl(5)
def t_checkin_nid(r):
    d = Doc("form")
    c = ["IN", "BR", "IT", "ES", "SG"][r.n]
    p = person(r, c)
    dob = date(r, 1950, 2005)
    if c == "IN":
        d("GUEST CHECK-IN SLIP — Taj-style heritage palace, Udaipur (Form for Indian nationals)\nName of guest: ", P(p), "\nFather's / spouse's name: ", P(person(r, "IN", False)),
          "\nDate of birth: ", L("DATE_OF_BIRTH", dob.f("dmy")), "\nID proof: Aadhaar ", L("IN_AADHAAR", aadhaar(r)), "\nMobile: ", L("PHONE", phone(r, "IN")),
          "\nCompany GSTIN: 27AAPFU0939F1Z", r.choice("0123456789"), "\nArrived from: Mumbai by ", flight(r), "\nRoom: ", str(r.randint(1, 90)), "  Plan: MAP\n")
    elif c == "BR":
        d("FICHA NACIONAL DE REGISTRO DE HÓSPEDES (FNRH) — Pousada Jericoacoara\nNome completo: ", P(p), "\nCPF: ", L("BR_CPF", cpf(r, r.random() < 0.7)),
          "\nData de nascimento: ", L("DATE_OF_BIRTH", dob.f("dmy")), "\nCelular: ", L("PHONE", phone(r, "BR")), "\nE-mail: ", L("EMAIL", email_for(r, p)),
          "\nEndereço: ", L("ADDRESS", address(r, "BR")), "\nMotivo da viagem: lazer    Meio de transporte: avião (", flight(r), ")\n")
    elif c == "IT":
        d("RICHIESTA FATTURA — Hotel sul Lago di Como\nIntestatario: ", P(p), "\nCodice fiscale: ", L("IT_FISCAL_CODE", codice(r, p, dob)),
          "\nIndirizzo: ", L("ADDRESS", address(r, "IT")), "\nPEC / e-mail: ", L("EMAIL", email_for(r, p)), "\nSoggiorno: ", stay(r).f("dmy"), ", camera ", str(r.randint(101, 420)),
          "\nImporto: € ", "%.2f" % r.uniform(300, 4000), " (tassa di soggiorno inclusa)\n")
    elif c == "ES":
        d("PARTE DE ENTRADA DE VIAJEROS — Hotel rural, Asturias\nNúm. de parte: ", nref(r, 12), "\nPrimer apellido: ", P(p, p.last), "\nNombre: ", P(p, p.first),
          "\nDocumento: ", r.choice(["DNI", "NIE"]), "  Número: ", L("ES_DNI", dni(r, r.random() < 0.3)), "\nFecha de expedición: ", stay(r).f("dmy"),
          "\nFecha de nacimiento: ", L("DATE_OF_BIRTH", dob.f("dmy")), "\nFecha de entrada: ", stay(r).f("dmy"), "\nFirma del viajero: ____\n")
    else:
        d("Member enrolment — Sentosa beach club\nName (as in NRIC): ", P(p), "\nNRIC/FIN: ", L("SG_NRIC", nric(r)), "\nDate of birth: ", L("DATE_OF_BIRTH", dob.f("dmon")),
          "\nMobile: ", L("PHONE", phone(r, "SG")), "\nAddress: ", L("ADDRESS", address(r, "SG")), "\nCategory: Family   Locker: ", str(r.randint(1, 400)), "\n")
    return d

@tpl(2)
def t_us_rental(r):
    d = Doc("form")
    p = person(r, "US")
    dob = date(r, 1950, 2004)
    st, code, num = dl(r)
    d("RESORT CAR & JEEP RENTAL AGREEMENT  No. RA", nref(r, 8), "\n", "Renter ........................ ", P(p), "\n")
    d("Date of birth ................. ", L("DATE_OF_BIRTH", dob.f("mdy")), "\n")
    d("Driver's license .............. ", L("DRIVER_LICENSE", num), "   State: ", code, " (", st, ")\n")
    d("Secondary ID (US passport) .... ", L("US_PASSPORT", PASSPORT_SHAPE["US"](r)), "\n")
    d("Card imprint .................. ", L("CREDIT_CARD", card(r, r.choice(["visa", "amex", "mc", "disc"]))), "\n")
    d("Local hotel ................... ", r.choice(["Four Seasons Maui", "Hilton Hawaiian Village", "The Ritz-Carlton Kapalua"]), " room ", str(r.randint(100, 1900)), "\n")
    d("Vehicle ....................... Jeep Wrangler, plate ", "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), " ", _d(r, 3), "   Odometer ", str(r.randint(1000, 60000)), "\n")
    return d

@tpl(2)
def t_youth_tournament(r):
    d = Doc("form")
    p = person(r, "US")
    par = person(r, "US")
    dob = date(r, 2008, 2016)
    d("PARTICIPANT MEDICAL RELEASE — ", r.choice(["Rose Bowl Youth Cup", "MSG Junior Hoops Classic"]), "\nAthlete: ", P(p), "   Team: ", r.choice(["Lakers U12", "Eagles U14", "Storm U10"]),
      "\nDate of birth: ", L("DATE_OF_BIRTH", dob.f("mdy")), "\nParent/guardian: ", P(par), "  cell ", L("PHONE", phone(r, "US")), "\n")
    d("Insurance carrier: ", r.choice(["Blue Shield of California", "Aetna", "Cigna", "Humana"]), "\nMember ID: ", L("HEALTH_PLAN_ID", hpid(r)), "   Group no.: ", _d(r, 6), "\n")
    k = r.choice(["asthma", "epi", "none"])
    if k == "asthma":
        d("Conditions: ", L("DIAGNOSIS", "asthma"), " (exercise-induced). Medication: ", L("MEDICATION", "albuterol"), " inhaler, kept in team bag.\n")
    elif k == "epi":
        d("Conditions: ", L("DIAGNOSIS", "bee sting allergy"), ". Medication: ", L("MEDICATION", "Auvi-Q"), " auto-injector.\n")
    else:
        d("Conditions: none known. Medication: none.\n")
    d("Signature: ______  Date: ", stay(r).f("mdy"), "\n")
    return d

@tpl(2)
def t_refund_tsv(r):
    d = Doc("tsv")
    emit_row(d, ["batch", "booking", "beneficiary", "iban", "bic", "amount", "reason"], "\t")
    for _ in range(r.randint(4, 6)):
        p = person(r)
        cc = r.choice(["GB", "IE", "NL", "BE", "LU", "CH", "AT", "CZ", "HR", "SI", "GR", "TR", "IL", "NO", "DK", "IS", "MU", "TN", "FR", "ES", "DE", "IT"])
        good = r.random() < 0.8
        emit_row(d, ["RB" + _d(r, 6), pnr(r), L("PERSON", p.full), L("IBAN", iban(r, cc, r.random() < 0.5)) if good else bad_iban(r, cc),
                     r.choice(["BARCGB22", "INGBNL2A", "UBSWCHZH80A", "RZBAATWW"]), "%.2f" % r.uniform(40, 2600),
                     r.choice(["event cancelled", "overcharge", "goodwill", "checksum failed - returned"]) if good else "checksum failed - returned"], "\t")
    return d

@tpl(3)
def t_idv_webhook(r):
    d = Doc("ndjson")
    for _ in range(r.randint(4, 6)):
        k = r.choice(["cpf", "dni", "nric", "aadhaar", "nhs", "sin", "steuer", "nir"])
        ok = r.random() < 0.5
        gen = {"cpf": (cpf, bad_cpf, "BR_CPF"), "dni": (dni, bad_dni, "ES_DNI"), "nric": (nric, bad_nric, "SG_NRIC"),
               "aadhaar": (aadhaar, bad_aadhaar, "IN_AADHAAR"), "nhs": (nhs, bad_nhs, "UK_NHS_NUMBER"), "sin": (sin, bad_sin, "CA_SIN"),
               "steuer": (steuer, bad_steuer, "DE_TAX_ID"), "nir": (lambda q: nir(q, q.random() < 0.5, q.randint(1950, 2004), q.randint(1, 12), False), bad_nir, "FR_NIR")}[k]
        val = L(gen[2], gen[0](r)) if ok else gen[1](r)
        o = {"event": "idv.completed", "ts": ts(r) + "Z", "attendeeRef": "ATT-" + _d(r, 7), "docType": k.upper(), "docNumber": val,
             "result": "approved" if ok else "declined", "reason": None if ok else "checksum_mismatch"}
        emit_json(d, o, indent=0)
        d("\n")
    return d

@tpl(2)
def t_redacted_export(r):
    d = Doc("csv")
    emit_row(d, ["conf_no", "guest_name", "email", "phone", "passport_no", "dob", "card", "room", "rate"])
    for _ in range(r.randint(4, 6)):
        emit_row(d, [conf_no(r), "[REDACTED]", "[email removed]", "+" + _d(r, 2) + " *** *** " + _d(r, 2), "XXXXXX" + _d(r, 3), "****-**-**",
                     "**** **** **** " + _d(r, 4), str(r.randint(101, 1200)), "%.2f" % r.uniform(100, 900)])
    return d

@tpl(2)
def t_empty_template(r):
    d = Doc("json")
    obj = {"template": "guest_welcome_v" + str(r.randint(2, 9)), "salutation": "Dear Guest", "example": "Mr Smith, Room 000",
           "fields": {"guestName": "", "email": "", "phone": None, "passportNumber": "", "dateOfBirth": "", "nationality": ""},
           "placeholders": ["{{first_name}}", "{{last_name}}", "{{confirmation_no}}"], "locale": r.choice(["en-GB", "de-AT", "fr-CH", "ja-JP"]),
           "holidayBanner": r.choice(["Happy Diwali", "Merry Christmas", "Eid Mubarak", "Happy Songkran", "Chag Sameach"])}
    emit_json(d, obj)
    d("\n")
    return d

@tpl(3)
def t_ops_report(r):
    d = Doc(r.choice(["free_text", "html"]))
    if d.fmt == "html":
        d("<h2>Weekly operations</h2>\n<ul>\n<li>Occupancy ", str(r.randint(55, 98)), "% (Easter week), ADR EUR ", str(r.randint(140, 600)), "</li>\n"
          "<li>Grace Kelly Suite and Kaiser Franz Joseph Suite closed for refurbishment</li>\n<li>Wi-Fi firmware ", fw(r), " rolled out; OID 1.3.6.1.4.1.", _d(r, 4), "</li>\n"
          "<li>Flights ", flight(r), "/", flight(r), " delayed; PNRs ", pnr(r), ", ", pnr(r), " re-accommodated</li>\n</ul>\n")
    else:
        d("Weekly ops — ", r.choice(["MS Magellan Star", "Hotel Esplanade Zagreb", "Rod Laver Arena hospitality"]), "\n"
          "Occupancy ", str(r.randint(55, 98)), "% over Midsummer and King's Day; 3 group blocks (", pnr(r), ", ", pnr(r), "). Table 14 and table 22 combined for the Martin Luther King Jr. Day brunch. "
          "Ticket scans: ", str(r.randint(10000, 80000)), ", seat 114-12-7 double-sold (refund ref ", nref(r, 14), "). POS build ", fw(r), ". Norovirus cases on board: 0.\n")
    return d

@tpl(2)
def t_crm_note_multilang(r):
    d = Doc("free_text")
    lang = r.choice(["de", "fr", "es", "pt"])
    p = person(r, r.choice(["AT", "CH", "LU", "BE", "MX", "CL", "BR"]))
    if lang == "de":
        d("CRM-Notiz: Gast ", P(p), " rief an (", L("PHONE", phone(r, p.o)), "). Hat ", L("DIAGNOSIS", "Zöliakie"), ", bittet um glutenfreies Frühstück. Geburtsdatum laut Pass: ",
          L("DATE_OF_BIRTH", date(r).f("dot")), ". Zimmer ", str(r.randint(101, 500)), ".\n")
    elif lang == "fr":
        d("Note CRM : ", P(p), " (", L("EMAIL", email_for(r, p)), ") signale une ", L("DIAGNOSIS", "allergie aux arachides"), " ; porte un stylo ", L("MEDICATION", "Anapen"),
          ". Demande une chambre au calme, pas de Saint-Valentin menu.\n")
    elif lang == "es":
        d("Nota CRM: el huésped ", P(p), " es ", L("DIAGNOSIS", "diabético tipo 1"), " y usa ", L("MEDICATION", "insulina glargina"), "; pide nevera en la habitación. Tel. ",
          L("PHONE", phone(r, p.o)), ".\n")
    else:
        d("Nota CRM: hóspede ", P(p), ", nascida em ", L("DATE_OF_BIRTH", date(r).f("dmy")), ", usuária de cadeira de rodas; quarto adaptado 104. E-mail ", L("EMAIL", email_for(r, p)), ".\n")
    return d

@tpl(3)
def t_staff_docs_email(r):
    d = Doc("email")
    c = ["FR", "DE", "CA"][r.n]
    p = person(r, c)
    hr = person(r, c)
    dob = date(r, 1975, 2005)
    d("From: ", P(p), " <", L("EMAIL", email_for(r, p)), ">\nTo: ", P(hr), " <", L("EMAIL", email_for(r, hr)), ">\n")
    if c == "FR":
        d("Objet : contrat saisonnier — Résidence hôtelière Val Thorens\n\nBonjour ", L("PERSON", hr.first), ",\n\nVoici les infos pour la DPAE :\n"
          "N° de sécurité sociale : ", L("FR_NIR", nir(r, p.female, dob.y, dob.m, r.random() < 0.5)), "\nNé(e) le : ", L("DATE_OF_BIRTH", dob.f("dmy")),
          "\nRIB / IBAN : ", L("IBAN", iban(r, "FR")), "\nAdresse : ", L("ADDRESS", address(r, "FR")), "\n\nBonne journée,\n", L("PERSON", p.first), "\n")
    elif c == "DE":
        d("Betreff: Unterlagen Saisonstelle Kitzbühel / Lohnabrechnung\n\nHallo ", L("PERSON", hr.first), ",\n\nanbei meine Daten:\n"
          "Steuer-ID: ", L("DE_TAX_ID", steuer(r)), "\nGeburtsdatum: ", L("DATE_OF_BIRTH", dob.f("dot")), "\nIBAN: ", L("IBAN", iban(r, "DE")),
          "\nKrankenkasse: TK (Versichertennummer folgt)\n\nViele Grüße\n", L("PERSON", p.first), "\n")
    else:
        d("Subject: Payroll set-up — Banff lodge winter season\n\nHi ", L("PERSON", hr.first), ",\n\nMy SIN is ", L("CA_SIN", sin(r)), " and my birthday is ",
          L("DATE_OF_BIRTH", dob.f("mon")), ". The old one on file (", bad_sin(r), ") was a typo.\nDirect deposit: transit ", _d(r, 5), ", institution 00", _d(r, 1),
          ", account ****", _d(r, 3), ".\n\nThanks!\n", L("PERSON", p.first), "\n")
    return d

@tpl(2)
def t_ops_chat(r):
    d = Doc("chat")
    clock = [r.randint(17 * 60, 22 * 60)]
    def t():
        clock[0] += r.randint(1, 9)
        return "%02d:%02d" % (clock[0] // 60, clock[0] % 60)
    d("#fnb-dispatch (", r.choice(["Nando's Clapham", "Wagamama Dam Square", "Tim Ho Wan Causeway Bay"]), ")\n")
    d(t(), " dispatch-bot: order D", _d(r, 8), " ready, table 0 (delivery), rider ETA 6 min\n")
    d(t(), " pass-station: 86 the Beef Wellington, menu code MN-", _d(r, 4), "\n")
    d(t(), " dispatch-bot: order D", _d(r, 8), " flagged A8 (nuts) - allergen label printed\n")
    d(t(), " pass-station: ack. Printer fw ", fw(r), " keeps rebooting\n")
    d(t(), " dispatch-bot: shift summary: ", str(r.randint(40, 300)), " orders, avg ", str(r.randint(14, 40)), " min\n")
    return d

@tpl(2)
def t_system_email(r):
    d = Doc("email")
    d("From: no-reply (ticketing platform)\nTo: {{attendee_email}}\nSubject: Seat change for your booking ", nref(r, 12), "\n\nDear Guest,\n\n"
      "Due to a production change at ", r.choice(VENUES), ", your seats in Block ", r.choice("ABCDEFGH"), " Row ", str(r.randint(1, 40)), " Seats ",
      str(r.randint(1, 20)), "-", str(r.randint(21, 30)), " have moved one row forward. Doors open 18:30 on ", stay(r).f("mon"), " (Independence Day weekend).\n"
      "Your ticket numbers are unchanged. This mailbox is not monitored.\n")
    return d

@tpl(2)
def t_fiscal_invoice_csv(r):
    d = Doc("csv")
    emit_row(d, ["invoice_no", "issued", "property", "customer", "country", "tax_id_type", "tax_id", "net", "vat", "total"])
    for i in range(r.randint(5, 7)):
        c = ["IT", "BR", "ES", "IT", "BR", "ES", "GB"][i]
        p = person(r, c)
        dob = date(r, 1950, 2000)
        tid = {"IT": ("CF", lambda: L("IT_FISCAL_CODE", codice(r, p, dob))), "BR": ("CPF", lambda: L("BR_CPF", cpf(r, r.random() < 0.5))),
               "ES": ("NIF", lambda: L("ES_DNI", dni(r, r.random() < 0.3))), "GB": ("-", lambda: "")}[c]
        net = r.uniform(150, 3000)
        emit_row(d, ["INV-2026-" + _d(r, 6), stay(r).f("iso"), r.choice(["Roma Centro", "Rio Copacabana", "Bilbao Casco Viejo", "Lisboa Chiado"]),
                     L("PERSON", p.full), c, tid[0], tid[1](), "%.2f" % net, "%.2f" % (net * 0.1), "%.2f" % (net * 1.1)])
    return d

# ============================================================================= build + validation
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
CARD_PFX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|6011|65|35)")

def covered(ents, a, b):
    return any(s < b and a < e for _, s, e in ents)

def validate(doc_id, text, ents, fmt):
    errs = []
    last = -1
    for typ, s, e in sorted(ents, key=lambda x: x[1]):
        v = text[s:e]
        if not v or v != v.strip():
            errs.append("bad span %s %r" % (typ, v))
        if s < last:
            errs.append("overlap at %d" % s)
        last = max(last, e)
        if typ in VALIDATORS and not VALIDATORS[typ](v):
            errs.append("invalid %s %r" % (typ, v))
    # leak checks on unlabelled text
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and CARD_PFX.match(digits) and luhn_ok(digits) and not covered(ents, m.start(), m.end()):
            errs.append("unlabelled card-like %r" % m.group())
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()) and not covered(ents, m.start(), m.end()):
            errs.append("unlabelled iban %r" % m.group())
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()) and not covered(ents, m.start(), m.end()):
            errs.append("unlabelled ssn-like %r" % m.group())
    for m in EMAIL_RE.finditer(text):
        if not covered(ents, m.start(), m.end()):
            errs.append("unlabelled email %r" % m.group())
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    if fmt in ("csv", "tsv"):
        first = text.split("\n", 1)[0]
        delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
        rows = [x for x in rows if x]
        if len(set(len(x) for x in rows)) != 1:
            errs.append("ragged csv")
    if errs:
        raise SystemExit("%s: %s\n%s" % (doc_id, "; ".join(errs), text))

def build():
    docs = []
    for name, count, fn in T:
        for n in range(count):
            r = random.Random("%s:%s:%d" % (SEED, name, n))
            r.n = n
            d = fn(r)
            text = d.text()
            ents = sorted(d.ents, key=lambda x: x[1])
            did = "h27_%s-%d" % (name, n)
            validate(did, text, ents, d.fmt)
            lvl = max([LEVEL[t] for t, _, _ in ents] or [0])
            docs.append({"id": did, "text": text, "entities": [{"type": t, "start": s, "end": e} for t, s, e in ents],
                         "classification": CLS[lvl], "format": d.fmt})
    with open(OUT, "w", encoding="utf-8") as f:
        for o in docs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-read and re-check classification
    back = [json.loads(x) for x in open(OUT, encoding="utf-8")]
    for o in back:
        lvl = max([LEVEL[e["type"]] for e in o["entities"]] or [0])
        assert o["classification"] == CLS[lvl]
    tc, fc, cc = Counter(), Counter(), Counter()
    for o in back:
        fc[o["format"]] += 1
        cc[o["classification"]] += 1
        for e in o["entities"]:
            tc[e["type"]] += 1
    print("documents:", len(back))
    print("no-entity documents:", sum(1 for o in back if not o["entities"]))
    for title, c in (("classification", cc), ("format", fc), ("entity type", tc)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    build()
