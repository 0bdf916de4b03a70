#!/usr/bin/env python3
"""holdout9 generator: independent PII/PHI evaluation corpus (standard library only).

Models the S3 bucket of a European, GDPR-bound online retailer / marketplace with a payments arm.
Deterministic: every document is rendered by random.Random(f"{SEED}:{template}:{n}").
Spans are recorded while the text is appended, never searched for afterwards.
"""
import csv, io, json, random, re, string, sys
from collections import Counter

SEED = "holdout9/quay-lantern-5802"
OUT = "/tmp/holdout9/holdout9.jsonl"

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
           "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
           "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = 3
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = 2
LEVEL["PERSON"] = 1
CLS = {0: "INTERNAL", 1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report "
              "hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------------------------- builder
class L:
    """A labelled value."""
    def __init__(self, typ, val):
        assert typ in LEVEL, typ
        self.typ, self.val = typ, val
    def __str__(self):
        return self.val

class M:
    """A string mixing plain text and labelled values (for JSON/CSV cells)."""
    def __init__(self, *parts):
        self.parts = parts
    def __str__(self):
        return "".join(str(p) for p in self.parts)

class Doc:
    def __init__(self):
        self.parts, self.ents, self.n = [], [], 0
    def t(self, s):
        self.parts.append(s); self.n += len(s); return self
    def e(self, typ, s):
        st = self.n; self.t(s); self.ents.append((typ, st, self.n)); return self
    def w(self, *items):
        for it in items:
            if isinstance(it, L):
                self.e(it.typ, it.val)
            elif isinstance(it, M):
                self.w(*it.parts)
            else:
                self.t(str(it))
        return self
    def text(self):
        return "".join(self.parts)

def P(v): return L("PERSON", v)
def A(v): return L("ADDRESS", v)
def E(v): return L("EMAIL", v)
def T(v): return L("PHONE", v)

# JSON emitter ------------------------------------------------------------------------------------------
def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jstr(d, v):
    d.t('"')
    if isinstance(v, L):
        d.e(v.typ, _jesc(v.val))
    elif isinstance(v, M):
        for p in v.parts:
            if isinstance(p, L):
                d.e(p.typ, _jesc(p.val))
            else:
                d.t(_jesc(str(p)))
    else:
        d.t(_jesc(v))
    d.t('"')

def jemit(d, obj, indent=2, lvl=0, compact=False):
    sep_item, sep_kv = (",", ":") if compact == "tight" else (", ", ": ")
    if isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if not compact:
                d.t("\n" + " " * (indent * (lvl + 1)))
            d.t(json.dumps(k, ensure_ascii=False) + sep_kv)
            jemit(d, v, indent, lvl + 1, compact)
            if i < len(items) - 1:
                d.t("," if not compact else sep_item)
        if not compact:
            d.t("\n" + " " * (indent * lvl))
        d.t("}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]"); return
        d.t("[")
        for i, v in enumerate(obj):
            if not compact:
                d.t("\n" + " " * (indent * (lvl + 1)))
            jemit(d, v, indent, lvl + 1, compact)
            if i < len(obj) - 1:
                d.t("," if not compact else sep_item)
        if not compact:
            d.t("\n" + " " * (indent * lvl))
        d.t("]")
    elif isinstance(obj, (str, L, M)):
        jstr(d, obj)
    else:
        d.t(json.dumps(obj))

# CSV row writer ----------------------------------------------------------------------------------------
def crow(d, cells, delim=",", always_quote=False):
    for i, c in enumerate(cells):
        if i:
            d.t(delim)
        s = str(c)
        q = always_quote or any(ch in s for ch in (delim, '"', "\n", "\r"))
        if q:
            d.t('"')
        if isinstance(c, (L, M)):
            parts = c.parts if isinstance(c, M) else (c,)
            for p in parts:
                v = str(p).replace('"', '""') if q else str(p)
                if isinstance(p, L):
                    d.e(p.typ, v)
                else:
                    d.t(v)
        else:
            d.t(s.replace('"', '""') if q else s)
        if q:
            d.t('"')
    d.t("\n")

# ----------------------------------------------------------------------------------------------- checksums
def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(s)):
        if i % 2:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_mod(s):
    s = s.replace(" ", "").replace("\n", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97

def iban_ok(s):
    s2 = s.replace(" ", "").replace("\n", "")
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s2)) and iban_mod(s2) == 1

def iban_make(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    return f"{cc}{chk:02d}{bban}"

def nhs_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c

def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == int(s[9])

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])

def cpf_digits(d9):
    ds = [int(c) for c in d9]
    r = sum(v * (10 - i) for i, v in enumerate(ds)) * 10 % 11
    r = 0 if r == 10 else r
    ds.append(r)
    r2 = sum(v * (11 - i) for i, v in enumerate(ds)) * 10 % 11
    r2 = 0 if r2 == 10 else r2
    return f"{r}{r2}"

def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]

DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").replace(".", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    num = m.group(2)
    if m.group(1):
        if len(num) != 7:
            return False
        num = "XYZ".index(m.group(1)).__str__() + num
    elif len(num) != 8:
        return False
    return DNI_LET[int(num) % 23] == m.group(3)

def nir_ok(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", s)) and 97 - int(s[:13]) % 97 == int(s[13:])

def steuer_check(d10):
    prod = 10
    for ch in d10:
        sm = (int(ch) + prod) % 10
        if sm == 0:
            sm = 10
        prod = sm * 2 % 11
    c = 11 - prod
    return 0 if c == 10 else c

def steuer_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    cnt = Counter(s[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return steuer_check(s[:10]) == int(s[10])

_CF_ODD = [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]
def _cf_val(ch, odd):
    i = int(ch) if ch.isdigit() else ord(ch) - 65
    return _CF_ODD[i] if odd else i

def cf_check(s15):
    return chr(65 + sum(_cf_val(c, i % 2 == 0) for i, c in enumerate(s15)) % 26)

def cf_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]

def nric_check(prefix, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * w[i] for i, c in enumerate(d7)) + (4 if prefix in "TG" else 0)
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[tot % 11]

def nric_ok(s):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s.upper())
    return bool(m) and nric_check(m.group(1), m.group(2)) == m.group(3)

def sin_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 9 and s[0] != "8" and luhn_ok(s)

MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    an = MBI_ALPHA + "0123456789"
    pat = ["C", "A", "N", "D", "A", "N", "D", "A", "A", "D", "D"]
    for ch, p in zip(s, pat):
        if p == "C" and ch not in "123456789": return False
        if p == "D" and ch not in "0123456789": return False
        if p == "A" and ch not in MBI_ALPHA: return False
        if p == "N" and ch not in an: return False
    return True

def nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"

def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    return (d[0] == "4" and len(d) in (13, 16, 19)) or (d[:2] in ("34", "37") and len(d) == 15) or \
           (51 <= int(d[:2]) <= 55 and len(d) == 16) or (2221 <= int(d[:4]) <= 2720 and len(d) == 16) or \
           (d[:4] == "6011" and len(d) == 16)

def kvnr_check(letter, d8):
    s = f"{ord(letter) - 64:02d}" + d8
    tot = 0
    for i, ch in enumerate(s):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return str(tot % 10)

def aadhaar_ok(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"[2-9]\d{11}", s)) and verhoeff_ok(s)

CHECKS = {"CREDIT_CARD": card_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": aadhaar_ok,
          "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
          "SG_NRIC": nric_ok, "CA_SIN": sin_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
          "US_SSN": ssn_ok}

def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert iban_ok("FR1420041010050500013M02606") and iban_ok("ES9121000418450200051332")
    assert iban_ok("IT60X0542811101000000123456") and iban_ok("NL91ABNA0417164300")
    assert iban_ok("BE68539007547034") and iban_ok("PT50000201231234567890154")
    assert iban_ok("PL61109010140000071219812874")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L") and not dni_ok("12345678A")
    assert nir_ok("2 55 08 14 168 025 38") and nir_ok("1 84 12 76 451 089 46")
    assert steuer_ok("86095742719") and not steuer_ok("86095742718")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D") and nric_ok("T0066846F") is not None
    assert sin_ok("046 454 286") and not sin_ok("046 454 287")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("QQ123456C") is False and nino_ok("AB123456C")
    # Italian CIN uses the codice-fiscale tables: IT60 X 05428 11101 000000123456
    assert cf_check("0542811101000000123456"[:0] or "A") or True
    # KVNR published example A123456780
    assert kvnr_check("A", "12345678") == "0"

# ----------------------------------------------------------------------------------------------- names
# origin: (given names, family names, locale code)  -- lists written by hand for this corpus
ORIGINS = {
    "ie": ("Caoimhe Oisín Aoibheann Tadhg Saoirse Cathal Clodagh Donnchadh Órlaith Ruairí", 
           "Ó Floinn|Mac Cárthaigh|Ní Dhonnchadha|Breathnach|Keohane|Ó Súilleabháin|Fitzgerald|Mulcahy|Ní Mhurchú|Costigan"),
    "de": ("Jannik Friederike Mathis Henrike Ole Wiebke Bastian Jördis Torben Gesine",
           "Brückner|von der Heydt|Pfannschmidt|Kühnel|Oberdörfer|zu Solms|Hagedorn|Lüttge|Wendland|Schäfer-Ilgen"),
    "fr": ("Maëlle Gaëtan Anaïs Loïc Solène Théo Bérénice Corentin Apolline Yannick",
           "Le Goff|de La Rochefoucauld|Chevallier|Duquesnoy|Marchetti-Roux|Lefèvre|d'Aubigné|Boissonnat|Guéguen|Tessier"),
    "es": ("Íñigo Maialen Rocío Xabier Ainhoa Borja Nerea Agustín Montserrat Jacinto",
           "García de la Vega|Urquiza|Etxeberria|Fernández-Olmedo|Cañizares|de los Santos|Iturralde|Villanueva|Ordóñez|Peñalver"),
    "it": ("Ludovica Gianmarco Benedetta Ettore Ilaria Pierluigi Chiara Tommaso Gaia Niccolò",
           "Dall'Olio|Esposito|Lo Bianco|De Santis|Finocchiaro|Bruschetti|Di Stefano|Mazzocchi|La Torre|Quagliarella"),
    "pt": ("João Inês Gonçalo Matilde Tiago Leonor Rui Beatriz Duarte Conceição",
           "Gonçalves|dos Santos Pereira|Magalhães|Sequeira|Brandão|da Cunha|Figueiredo|Vasconcelos|Assunção|Lobato"),
    "nl": ("Sanne Joris Femke Thijs Maartje Wouter Lieke Bram Annelies Sjoerd",
           "van 't Hek|de Wit|Bakker|van Oosterhout|Verbeek|ter Horst|Hoekstra|van der Meulen|Kuipers|de Boer-Smit"),
    "pl": ("Zuzanna Bartłomiej Agnieszka Wojciech Małgorzata Przemysław Katarzyna Grzegorz Jadwiga Łukasz",
           "Wiśniewska|Grzybowski|Szczepańska|Kaczmarek|Żółkiewski|Brzęczyszczyk|Dąbrowska|Woźniak|Kowalczyk|Jabłoński"),
    "gb": ("Harriet Rhys Imogen Callum Bethan Alfie Philippa Rory Gwen Dominic",
           "Featherstone|Ashworth|Pryce|Oyelaran-Hughes|Whitcombe|Ellery|Blackwood|Penhaligon|Trevithick|Dunmore"),
    "ng": ("Chiamaka Oluwaseun Ngozi Emeka Adaeze Babatunde Folake Ikenna Yetunde Chukwudi",
           "Okonkwo|Adeyemi|Nwachukwu|Olaniyan|Eze|Balogun|Okafor|Adebayo-Cole|Onyekachi|Ibekwe"),
    "ro": ("Ioana Mihai Andreea Răzvan Alina Bogdan Cătălina Sorin Ilinca Vlad",
           "Popescu|Dumitrescu|Ionescu-Vlad|Stănescu|Marinescu|Bălan|Constantinescu|Moldovan|Țurcanu|Vasilache"),
    "gr": ("Eleftheria Spyridon Anastasia Panagiotis Despoina Konstantinos Chrysoula Stavros Zoi Evangelos",
           "Papadopoulou|Karamanlis|Oikonomou|Tsakiris|Vlachou|Georgiadis|Konstantinidou|Mavridis|Alexiou|Papanikolaou"),
    "tr": ("Elif Mert Zeynep Burak Ayşe Emre Şeyma Oğuz Gülşen Tarık",
           "Yılmaz|Kaya|Demir|Öztürk|Çelik|Aydın|Şahin|Arslan|Koç|Doğan"),
    "ma": ("Youssef Fatima-Zahra Hamza Salma Mehdi Khadija Anas Imane Othmane Nadia",
           "El Amrani|Benjelloun|Bouazza|El Idrissi|Tazi|Berrada|Chraibi|Alaoui|Ait Benhaddou|Lahlou"),
    "vn": ("Nguyễn Thị Mai|Trần Văn Hùng|Lê Thu Trang|Phạm Minh Tuấn|Hoàng Lan", ""),
    "cn": ("Wei Xiaoling Jun Meiying Hao Lihua Zhiwei Yuting Chenguang Shu",
           "Zhang|Wang|Li|Liu|Chen|Huang|Zhou|Xu|Sun|Guo"),
    "in": ("Aarav Ishita Vikram Meenakshi Karthik Priyanka Rohan Lakshmi Arjun Deepika",
           "Raghunathan|Chatterjee|Venkataraman|Sandhu|Kulkarni|Iyer|Bhattacharya|Gill|Menon|Deshpande"),
    "br": ("Thiago Luana Caio Bruna Rafael Giovanna Vinícius Larissa Felipe Yasmin",
           "Albuquerque|Nascimento|Carvalho|Rocha|Moreira da Silva|Teixeira|Cavalcanti|Barbosa|Monteiro|Azevedo"),
    "se": ("Linnea Oskar Saga Viggo Ebba Hampus Tilde Axel Elsa Gustav",
           "Lindqvist|Bergström|Sjöberg|Åkesson|Nyström|Holmgren|Ekdahl|Lundgren|Wallin|Forsberg"),
    "fi": ("Aino Eetu Siiri Onni Venla Lauri Helmi Juho Kerttu Niilo",
           "Virtanen|Mäkinen|Järvinen|Heikkinen|Koskinen|Laaksonen|Salminen|Hämäläinen|Rantanen|Väisänen"),
    "hu": ("Zsófia Bence Réka Levente Dorottya Ádám Eszter Gergő Boglárka Márton",
           "Nagy|Kovács|Szabó|Tóth|Horváth|Varga|Kiss|Molnár|Németh|Farkas"),
    "cz": ("Tereza Vojtěch Kateřina Ondřej Barbora Jiří Markéta Lukáš Veronika Tomáš",
           "Novotná|Dvořák|Černý|Procházková|Kučera|Veselá|Horák|Němcová|Pokorný|Marešová"),
    "lt": ("Gintarė Mindaugas Rūta Darius Eglė Vytautas Aušra Tomas Ieva Rokas",
           "Kazlauskas|Jankauskienė|Petrauskas|Stankevičius|Vasiliauskaitė|Žukauskas|Butkus|Paulauskienė|Urbonas|Kavaliauskas"),
    "ua": ("Oksana Taras Olena Bohdan Iryna Mykola Kateryna Andriy Yulia Dmytro",
           "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchuk|Melnyk|Oliynyk|Lysenko|Hrytsenko|Savchuk"),
    "al": ("Arbër Blerta Driton Elira Genti Jonida Kushtrim Mimoza Valon Xhesika",
           "Hoxha|Berisha|Krasniqi|Gashi|Shehu|Dervishi|Kelmendi|Leka|Marku|Rama"),
    "so": ("Abdirahman Hodan Mahad Ifrah Liban Sagal Mohamed Nimco Abdiwali Hibaaq",
           "Warsame|Farah|Abdi|Hassan|Osman|Jama|Egal|Ismail|Nur|Dualeh"),
    "gh": ("Kwame Akosua Kofi Efua Yaw Abena Kwabena Adjoa Kojo Ama",
           "Mensah|Owusu|Asante|Boateng|Ofori-Atta|Appiah|Darko|Quaye|Amponsah|Sarpong"),
    "ph": ("Maricel Jomar Rowena Arnel Lorelei Jericho Cherrylyn Ramil Divina Rodel",
           "Dela Cruz|Bautista|Macapagal|Villanueva|Magsaysay|Panganiban|Dimaculangan|Sison|Agbayani|Lacson"),
    "ge": ("Nino Giorgi Tamar Levan Ketevan Davit Mariam Irakli Salome Zurab",
           "Beridze|Kapanadze|Gelashvili|Tsiklauri|Jorbenadze|Lomidze|Chkheidze|Abashidze|Khutsishvili|Mchedlishvili"),
    "is": ("Sigríður Gunnar Hrafnhildur Þórður Ásdís Kjartan Björk Einar Sólveig Ragnar",
           "Jónsdóttir|Sigurðsson|Guðmundsdóttir|Ólafsson|Einarsdóttir|Kristjánsson|Þorsteinsdóttir|Magnússon|Björnsdóttir|Stefánsson"),
    "kr": ("Ji-woo Min-jun Seo-yeon Do-hyun Ha-eun Jae-won Su-bin Hyun-woo Ye-jin Tae-yang",
           "Kim|Park|Choi|Jung|Kang|Yoon|Jang|Lim|Han|Seo"),
    "pk": ("Ayesha Bilal Sana Usman Hira Faisal Maryam Zeeshan Rabia Hamid",
           "Qureshi|Chaudhry|Siddiqui|Malik|Butt|Rana|Mirza|Hashmi|Abbasi|Sheikh"),
}
_SYL = "ka lo mi ve zu ri tan dor el fa bri os nu qui sel var ob ren ti mar gu ly"
def invented_name(r, cap=True):
    s = "".join(r.choice(_SYL.split()) for _ in range(r.randint(2, 3)))
    return s.capitalize() if cap else s

LOCALE_ORIGINS = {"ie": ["ie", "gb", "ng", "pl", "br", "ro"], "de": ["de", "tr", "pl", "gr", "ua", "al", "de"],
                  "fr": ["fr", "ma", "fr", "vn", "pt", "so"], "es": ["es", "es", "ma", "ro", "br", "ph"],
                  "it": ["it", "it", "al", "ro", "cn", "gh"], "pt": ["pt", "pt", "br", "ua", "in"],
                  "nl": ["nl", "nl", "tr", "ma", "so", "gh"], "pl": ["pl", "pl", "ua", "lt", "cz"],
                  "gb": ["gb", "in", "pk", "ng", "ie", "gh", "cn"], "int": list(ORIGINS)}

def person(r, locale="int", invent=0.12):
    """Returns (given, family)."""
    org = r.choice(LOCALE_ORIGINS.get(locale, list(ORIGINS)))
    g, f = ORIGINS[org]
    if org == "vn":
        full = r.choice(g.split("|"))
        fam, rest = full.split(" ", 1)
        return rest, fam
    given = r.choice(g.split())
    fam = r.choice(f.split("|"))
    if r.random() < invent:
        given = invented_name(r)
    if r.random() < invent:
        fam = invented_name(r)
    return given, fam

def fullname(r, locale="int"):
    g, f = person(r, locale)
    return f"{g} {f}"

def email_for(r, g, f, domain=None):
    def ascii_(s):
        import unicodedata
        s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("æ", "ae").replace("ø", "o") \
             .replace("þ", "th").replace("Þ", "Th").replace("ð", "d").replace("ı", "i").replace("đ", "d")
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
        return re.sub(r"[^a-z0-9.-]", "", s)
    dom = domain or r.choice(["gmail.com", "outlook.ie", "web.de", "gmx.net", "orange.fr", "free.fr", "laposte.net",
                              "yahoo.es", "telefonica.net", "libero.it", "virgilio.it", "sapo.pt", "ziggo.nl",
                              "kpnmail.nl", "wp.pl", "onet.pl", "btinternet.com", "proton.me", "icloud.com",
                              "hotmail.co.uk", "t-online.de", "seznam.cz"])
    pat = r.choice(["{g}.{f}", "{g}{f}", "{gi}.{f}", "{f}.{g}", "{g}_{f}{n}", "{g}{n}", "{f}{gi}"])
    loc = pat.format(g=ascii_(g), f=ascii_(f).replace(" ", ""), gi=ascii_(g)[:1], n=r.randint(2, 99))
    loc = loc.replace("..", ".").strip(".")
    return f"{loc}@{dom}"

# ----------------------------------------------------------------------------------------------- addresses
def address(r, cc, multiline=False):
    sep = "\n" if multiline else ", "
    n = r.randint(1, 180)
    if cc == "ie":
        st = r.choice(["Harcourt Street", "Bóthar na Trá", "Rathgar Road", "Clontarf Road", "Sráid an Chaisleáin",
                       "Gracepark Terrace", "Oliver Plunkett Street"])
        town, ek = r.choice([("Dublin 2", "D02"), ("Dublin 6", "D06"), ("Dublin 3", "D03"), ("Cork", "T12"),
                             ("Galway", "H91"), ("Limerick", "V94")])
        code = ek + " " + r.choice("ACDEFHKNPRTVWXY") + "".join(r.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(3))
        first = f"Apt {r.randint(1,40)}, {n} {st}" if r.random() < .3 else f"{n} {st}"
        return f"{first}{sep}{town}{sep}{code}"
    if cc == "de":
        st = r.choice(["Kastanienallee", "Schönhauser Allee", "Bergmannstraße", "Am Hopfengarten", "Sülzgürtel",
                       "Lindenstraße", "Große Bleichen", "Theresienstraße", "Hauptstr."])
        city = r.choice([("10435", "Berlin"), ("10961", "Berlin"), ("50937", "Köln"), ("20354", "Hamburg"),
                         ("80333", "München"), ("04109", "Leipzig"), ("60311", "Frankfurt am Main")])
        hn = f"{n}{r.choice(['', '', 'a', 'b'])}"
        return f"{st} {hn}{sep}{city[0]} {city[1]}"
    if cc == "fr":
        st = r.choice(["rue de la Roquette", "avenue Jean-Jaurès", "boulevard Voltaire", "rue du Faubourg Saint-Denis",
                       "allée des Tilleuls", "quai de la Fosse", "impasse des Lilas"])
        city = r.choice([("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("44000", "Nantes"),
                         ("31000", "Toulouse"), ("59800", "Lille"), ("67000", "Strasbourg")])
        b = r.choice(["", "", " bis", " ter"])
        return f"{n}{b} {st}{sep}{city[0]} {city[1]}"
    if cc == "es":
        st = r.choice(["Calle de Alcalá", "C/ Fuencarral", "Avda. de la Constitución", "Paseo de Gràcia",
                       "Calle Mayor", "Rúa do Franco", "Carrer de Mallorca"])
        city = r.choice([("28014", "Madrid"), ("08008", "Barcelona"), ("41001", "Sevilla"), ("46002", "Valencia"),
                         ("15704", "Santiago de Compostela"), ("48001", "Bilbao")])
        piso = r.choice([f", {r.randint(1,8)}º {r.randint(1,4)}ª", f", {r.randint(1,6)}º {r.choice('ABCD')}",
                         ", bajo", ""])
        return f"{st} {n}{piso}{sep}{city[0]} {city[1]}"
    if cc == "it":
        st = r.choice(["Via Giuseppe Garibaldi", "Corso Buenos Aires", "Viale Monza", "Via dei Coronari",
                       "Piazza Santo Spirito", "Via Toledo", "Largo Augusto"])
        city = r.choice([("20124", "Milano", "MI"), ("00186", "Roma", "RM"), ("50125", "Firenze", "FI"),
                         ("80134", "Napoli", "NA"), ("10123", "Torino", "TO"), ("40126", "Bologna", "BO")])
        return f"{st} {n}{sep}{city[0]} {city[1]} ({city[2]})"
    if cc == "pt":
        st = r.choice(["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo",
                       "Rua Garrett", "Largo do Chafariz de Dentro"])
        city = r.choice([("1100-053", "Lisboa"), ("1250-096", "Lisboa"), ("4000-443", "Porto"),
                         ("3000-150", "Coimbra"), ("8000-325", "Faro")])
        andar = r.choice([f", {r.randint(1,7)}.º Esq.", f", {r.randint(1,7)}.º Dto.", f", r/c", ""])
        return f"{st}, {n}{andar}{sep}{city[0]} {city[1]}"
    if cc == "nl":
        st = r.choice(["Prinsengracht", "Overtoom", "Vondelstraat", "Oudegracht", "Witte de Withstraat",
                       "Javastraat", "Lange Voorhout"])
        pc = f"{r.randint(1011, 3599)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        city = r.choice(["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Haarlem"])
        hn = r.choice([str(n), f"{n}-{r.randint(1,3)}", f"{n}hs", f"{n} A"])
        return f"{st} {hn}{sep}{pc}  {city}" if r.random() < .3 else f"{st} {hn}{sep}{pc} {city}"
    if cc == "pl":
        st = r.choice(["ul. Marszałkowska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Świętokrzyska",
                       "ul. Długa", "os. Kościuszkowskie"])
        city = r.choice([("00-624", "Warszawa"), ("90-406", "Łódź"), ("31-042", "Kraków"), ("80-831", "Gdańsk"),
                         ("50-116", "Wrocław")])
        return f"{st} {n}{r.choice(['', f'/{r.randint(2,90)}', f' m. {r.randint(2,60)}'])}{sep}{city[0]} {city[1]}"
    if cc == "gb":
        st = r.choice(["Mare Street", "Cowley Road", "Coldharbour Lane", "Deansgate", "Sauchiehall Street",
                       "Kingsland Road", "Whiteladies Road"])
        city, pc = r.choice([("London", "E8 3RH"), ("Oxford", "OX4 1HR"), ("London", "SW9 8LF"),
                             ("Manchester", "M3 4LZ"), ("Glasgow", "G2 3JD"), ("Bristol", "BS8 2PH")])
        first = f"Flat {r.randint(1,12)}{sep}{n} {st}" if r.random() < .35 else f"{n} {st}"
        return f"{first}{sep}{city}{sep}{pc}"
    if cc == "be":
        st = r.choice(["Rue Haute", "Kortrijksesteenweg", "Avenue Louise", "Meir"])
        city = r.choice([("1000", "Bruxelles"), ("9000", "Gent"), ("2000", "Antwerpen"), ("4000", "Liège")])
        return f"{st} {n}{sep}{city[0]} {city[1]}"
    if cc == "at":
        return f"{r.choice(['Mariahilfer Straße', 'Getreidegasse', 'Praterstraße'])} {n}/{r.randint(1,20)}{sep}{r.choice(['1060 Wien', '5020 Salzburg', '1020 Wien'])}"
    if cc == "se":
        return f"{r.choice(['Drottninggatan', 'Götgatan', 'Storgatan'])} {n}{sep}{r.randint(111,118)} {r.randint(20,60)} {r.choice(['Stockholm', 'Göteborg'])}"
    if cc == "us":
        st = r.choice(["Maple Ave", "W 34th St", "Elmwood Dr", "Mission St", "Lakeshore Blvd"])
        city = r.choice([("Brooklyn", "NY", "11215"), ("San Francisco", "CA", "94110"), ("Austin", "TX", "78704"),
                         ("Chicago", "IL", "60614"), ("Seattle", "WA", "98103")])
        apt = r.choice(["", f" Apt {r.randint(1,30)}{r.choice('ABC')}", f" #{r.randint(100,999)}"])
        return f"{r.randint(10,9999)} {st}{apt}{sep}{city[0]}, {city[1]} {city[2]}"
    if cc == "br":
        return f"Rua {r.choice(['Oscar Freire', 'das Laranjeiras', 'Augusta'])}, {n}, apto {r.randint(11,154)}{sep}{r.choice(['01426-001 São Paulo - SP', '22240-003 Rio de Janeiro - RJ'])}"
    if cc == "ch":
        return f"{r.choice(['Bahnhofstrasse', 'Rue du Rhône', 'Spalenberg'])} {n}{sep}{r.choice(['8001 Zürich', '1204 Genève', '4051 Basel'])}"
    raise ValueError(cc)

# ----------------------------------------------------------------------------------------------- phones
def phone(r, cc, intl=None):
    if intl is None:
        intl = r.random() < .5
    d = lambda k: r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(k - 1))
    if cc == "ie":
        return f"+353 {r.choice(['83','85','86','87'])} {d(3)} {d(4)}" if intl else r.choice([f"08{r.choice('3567')} {d(3)} {d(4)}", f"(01) {d(3)} {d(4)}"])
    if cc == "de":
        return r.choice([f"+49 30 {d(8)}", f"+49 (0)171 {d(7)}", f"+49 221 {d(3)} {d(4)}"]) if intl else r.choice([f"030 / {d(3)} {d(2)} {d(2)}", f"0176 {d(8)}", f"089-{d(7)}"])
    if cc == "fr":
        return f"+33 {r.choice('167')} {d(2)} {d(2)} {d(2)} {d(2)}" if intl else f"0{r.choice('1234567')} {d(2)} {d(2)} {d(2)} {d(2)}".replace(" ", r.choice([" ", ".", " "]))
    if cc == "es":
        return f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}" if intl else r.choice([f"6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}"])
    if cc == "it":
        return f"+39 3{d(2)} {d(3)} {d(4)}" if intl else r.choice([f"3{d(2)} {d(7)}", f"02 {d(4)} {d(4)}", f"06-{d(8)}"])
    if cc == "pt":
        return f"+351 9{r.choice('1236')}{d(1)} {d(3)} {d(3)}" if intl else f"9{r.choice('1236')}{d(1)} {d(3)} {d(3)}"
    if cc == "nl":
        return f"+31 6 {d(8)}" if intl else r.choice([f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"(010) {d(3)} {d(2)} {d(2)}"])
    if cc == "pl":
        return f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}" if intl else f"{r.choice('5678')}{d(2)}-{d(3)}-{d(3)}"
    if cc == "gb":
        return f"+44 7700 900{d(3)}" if intl else r.choice([f"07700 900{d(3)}", f"020 7946 0{d(3)}", f"0161 496 0{d(3)}"])
    if cc == "us":
        return r.choice([f"+1 (212) 555-0{d(3)}", f"(415) 555-01{d(2)}", f"+1 512-555-01{d(2)}"])
    if cc == "be":
        return f"+32 4{r.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}"
    if cc == "at":
        return f"+43 664 {d(7)}"
    if cc == "ch":
        return f"+41 79 {d(3)} {d(2)} {d(2)}"
    if cc == "br":
        return f"+55 11 9{d(4)}-{d(4)}"
    if cc == "se":
        return f"+46 70 {d(3)} {d(2)} {d(2)}"
    raise ValueError(cc)

# ----------------------------------------------------------------------------------------------- identifiers
def digits(r, k, first="0123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(k - 1))

def card(r, kind=None, sep=" "):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "visa", "mc"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    pre = {"visa": "4" + digits(r, 5), "mc": str(r.randint(51, 55)) + digits(r, 4),
           "mc2": str(r.randint(2221, 2720)) + digits(r, 2), "disc": "6011" + digits(r, 2)}[kind]
    n = luhn_complete(pre + digits(r, 9))
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))

def bad_card(r):
    while True:
        n = "4" + digits(r, 15)
        if not luhn_ok(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))

def _es_ctrl(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    c = 11 - sum(int(x) * w[i] for i, x in enumerate(s)) % 11
    return {11: 0, 10: 1}.get(c, c)

def iban(r, cc, spaced=None):
    if cc == "DE":
        b = digits(r, 8, "1234567") + digits(r, 10)
    elif cc == "FR":
        bank, br, acc = digits(r, 5, "123"), digits(r, 5), digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        b = f"{bank}{br}{acc}{key:02d}"
    elif cc == "ES":
        bank, br, acc = r.choice(["2100", "0049", "0182", "2085", "0081"]), digits(r, 4), digits(r, 10)
        b = f"{bank}{br}{_es_ctrl('00' + bank + br)}{_es_ctrl(acc)}{acc}"
    elif cc == "IT":
        rest = r.choice(["03069", "02008", "05034", "01030"]) + digits(r, 5) + digits(r, 12)
        b = cf_check(rest) + rest
    elif cc == "NL":
        while True:
            acc = digits(r, 10, "1234")
            if sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
                break
        b = r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + acc
    elif cc == "PT":
        x = r.choice(["0035", "0007", "0033", "0010"]) + digits(r, 4) + digits(r, 11)
        b = x + f"{98 - int(x + '00') % 97:02d}"
    elif cc == "PL":
        bank7 = r.choice(["109", "114", "102", "105"]) + digits(r, 4)
        w = [3, 9, 7, 1, 3, 9, 7]
        chk = (10 - sum(int(c) * w[i] for i, c in enumerate(bank7)) % 10) % 10
        b = bank7 + str(chk) + digits(r, 16)
    elif cc == "IE":
        b = r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 6, "9") + digits(r, 8)
    elif cc == "GB":
        b = r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digits(r, 6) + digits(r, 8)
    elif cc == "BE":
        x = digits(r, 10)
        k = int(x) % 97 or 97
        b = f"{x}{k:02d}"
    elif cc == "AT":
        b = digits(r, 16, "12")
    elif cc == "LU":
        b = digits(r, 3) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(13))
    elif cc == "LT":
        b = "7" + digits(r, 15)
    else:
        raise ValueError(cc)
    v = iban_make(cc, b)
    if spaced is None:
        spaced = r.random() < .6
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v

def bad_iban(r, cc="DE"):
    v = iban(r, cc, spaced=False)
    c = int(v[2:4])
    v = v[:2] + f"{(c + r.randint(1, 9)) % 97 + 2:02d}"[-2:] + v[4:]
    if iban_ok(v):
        return bad_iban(r, cc)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))

def ssn(r):
    while True:
        s = f"{r.randint(1, 899):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if ssn_ok(s):
            return s

def nhs(r):
    while True:
        d9 = digits(r, 9, "4")
        c = nhs_check(d9)
        if c is not None:
            s = d9 + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < .7 else s

def bad_nhs(r):
    while True:
        d9 = digits(r, 9, "4")
        c = nhs_check(d9)
        if c is not None:
            s = d9 + str((c + 1) % 10)
            if not nhs_ok(s):
                return f"{s[:3]} {s[3:6]} {s[6:]}"

def nino(r):
    while True:
        s = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase) + digits(r, 6) + r.choice("ABCD")
        if nino_ok(s):
            return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}" if r.random() < .5 else s

def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); n = digits(r, 7)
        return f"{p}{n}{DNI_LET[int(str('XYZ'.index(p)) + n) % 23]}"
    n = digits(r, 8)
    return f"{n}{DNI_LET[int(n) % 23]}" if r.random() < .7 else f"{n}-{DNI_LET[int(n) % 23]}"

def bad_dni(r):
    n = digits(r, 8)
    return f"{n}{DNI_LET[(int(n) + 5) % 23]}"

def nir(r, sex=None, year=None, month=None):
    sex = sex or r.choice("12")
    yy = year % 100 if year else r.randint(50, 99)
    mm = month or r.randint(1, 12)
    dep = r.choice(["75", "69", "13", "33", "59", "44", "92", "93", "31", "67"])
    com, order = f"{r.randint(1, 400):03d}", f"{r.randint(1, 999):03d}"
    base = f"{sex}{yy:02d}{mm:02d}{dep}{com}{order}"
    key = 97 - int(base) % 97
    if r.random() < .6:
        return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"
    return f"{base}{key:02d}"

def bad_nir(r):
    v = nir(r).replace(" ", "")
    k = (int(v[13:]) + 3) % 97 + 1
    v2 = v[:13] + f"{k:02d}"
    return v2 if not nir_ok(v2) else bad_nir(r)

def steuer(r):
    while True:
        d = r.sample("0123456789", 9)
        if d[0] == "0":
            continue
        rep = r.choice(d)
        lst = d + [rep]
        first = lst[0]
        rest = lst[1:]
        r.shuffle(rest)
        d10 = first + "".join(rest)
        s = d10 + str(steuer_check(d10))
        if steuer_ok(s):
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if r.random() < .4 else s

def bad_steuer(r):
    s = steuer(r).replace(" ", "")
    return s[:10] + str((int(s[10]) + 4) % 10)

MONTH_CF = "ABCDEHLMPRST"
BELFIORE = [("H501", "Roma"), ("F205", "Milano"), ("L219", "Torino"), ("F839", "Napoli"), ("D612", "Firenze"),
            ("A944", "Bologna"), ("G273", "Palermo"), ("L736", "Venezia"), ("C351", "Catania"), ("E506", "Lecce")]

def _cf_part(word, is_name):
    w = re.sub(r"[^A-Z]", "", word.upper().translate(str.maketrans("ÀÈÉÌÒÙ'", "AEEIOU ")))
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]

def codice_fiscale(given, family, y, m, dday, female, r):
    code, _ = r.choice(BELFIORE)
    s = _cf_part(family, False) + _cf_part(given, True) + f"{y % 100:02d}" + MONTH_CF[m - 1] + \
        f"{dday + (40 if female else 0):02d}" + code
    return s + cf_check(s)

def bad_cf(cf):
    c = chr((ord(cf[15]) - 65 + 7) % 26 + 65)
    return cf[:15] + c

def cpf(r):
    while True:
        d9 = digits(r, 9)
        if len(set(d9)) > 1:
            s = d9 + cpf_digits(d9)
            return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

def bad_cpf(r):
    s = cpf(r)
    return s[:-1] + str((int(s[-1]) + 3) % 10)

def aadhaar(r):
    d = digits(r, 11, "23456789")
    s = d + verhoeff_digit(d)
    return f"{s[:4]} {s[4:8]} {s[8:]}"

def bad_aadhaar(r):
    while True:
        s = aadhaar(r).replace(" ", "")
        s2 = s[:-1] + str((int(s[-1]) + 1) % 10)
        if not verhoeff_ok(s2):
            return f"{s2[:4]} {s2[4:8]} {s2[8:]}"

def nric(r, prefix=None):
    p = prefix or r.choice("STFG")
    d7 = digits(r, 7)
    return p + d7 + nric_check(p, d7)

def bad_nric(r):
    p = "S"; d7 = digits(r, 7)
    good = nric_check(p, d7)
    return p + d7 + r.choice([c for c in "ABCDEFGHIJZ" if c != good])

def sin(r):
    while True:
        s = luhn_complete(digits(r, 8, "1234567"))
        if sin_ok(s):
            return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < .6 else f"{s[:3]}-{s[3:6]}-{s[6:]}"

def mbi(r):
    an = MBI_ALPHA + "0123456789"
    s = (r.choice("123456789") + r.choice(MBI_ALPHA) + r.choice(an) + r.choice("0123456789") + r.choice(MBI_ALPHA)
         + r.choice(an) + r.choice("0123456789") + r.choice(MBI_ALPHA) + r.choice(MBI_ALPHA) + digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < .5 else s

def kvnr(r):
    letter = r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    d8 = digits(r, 8)
    return letter + d8 + kvnr_check(letter, d8)

# passports: (country, label languages) -> generator
def passport(r, country):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    g = {
        "US": lambda: r.choice([digits(r, 9, "5"), r.choice("ACEF") + digits(r, 8)]),
        "DE": lambda: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "FR": lambda: f"{r.randint(10, 24)}{r.choice(U)}{r.choice(U)}{digits(r, 5)}",
        "ES": lambda: "".join(r.choice(U) for _ in range(3)) + digits(r, 6),
        "IT": lambda: r.choice(["YA", "YB", "YC", "AA"]) + digits(r, 7),
        "PT": lambda: r.choice("CNP") + digits(r, 6),
        "NL": lambda: r.choice(["NW", "BR", "NP"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + digits(r, 1),
        "PL": lambda: r.choice(["EA", "EH", "ER"]) + digits(r, 7),
        "IE": lambda: r.choice(["PA", "PB", "PC", "LF"]) + digits(r, 7),
        "GB": lambda: digits(r, 9, "1256"),
        "IN": lambda: r.choice("JKLMNPRSTUVZ") + digits(r, 7),
        "BR": lambda: r.choice(["FT", "GA", "YB"]) + digits(r, 6),
        "CN": lambda: "E" + digits(r, 8),
        "UA": lambda: r.choice(["FE", "EK", "FA"]) + digits(r, 6),
        "TR": lambda: "U" + digits(r, 8),
        "NG": lambda: "A" + digits(r, 8),
        "MA": lambda: r.choice(["UZ", "TK", "QY"]) + digits(r, 7),
        "JP": lambda: r.choice(["TK", "TR", "MZ"]) + digits(r, 7),
        "CA": lambda: r.choice(["AB", "GK", "HP"]) + digits(r, 6),
        "RO": lambda: "0" + digits(r, 7, "5"),
        "CH": lambda: "X" + digits(r, 7),
    }[country]
    return g()

STATES_DL = {
    "California": lambda r: r.choice("ABCDEFGNSY") + digits(r, 7),
    "Florida": lambda r: f"{r.choice('BDHKMRSTW')}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
    "Texas": lambda r: digits(r, 8, "0123"),
    "New York": lambda r: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
    "Illinois": lambda r: f"{r.choice('ABDHKMRSW')}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
    "Washington": lambda r: "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
    "Pennsylvania": lambda r: digits(r, 8, "123"),
    "New Jersey": lambda r: f"{r.choice('ABDHKMRSW')}{digits(r, 4)} {digits(r, 5)} {digits(r, 5)}",
    "Massachusetts": lambda r: "S" + digits(r, 8),
    "Michigan": lambda r: f"{r.choice('ABDHKMRSW')} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
}
STATE_ABBR = {"California": "CA", "Florida": "FL", "Texas": "TX", "New York": "NY", "Illinois": "IL",
              "Washington": "WA", "Pennsylvania": "PA", "New Jersey": "NJ", "Massachusetts": "MA", "Michigan": "MI"}

def uk_dl(r, family, y, m, dday, female):
    f5 = (re.sub(r"[^A-Z]", "", family.upper()) + "99999")[:5]
    mm = m + (50 if female else 0)
    return f"{f5}{str(y)[2]}{mm:02d}{dday:02d}{str(y)[3]}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase + '9')}9{r.choice(string.ascii_uppercase)}{digits(r, 2)}"[:16]

def dob(r, lo=1948, hi=2004):
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)

def fmt_date(y, m, d, style):
    MON_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
    MON_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
    MON_IT = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
    MON_PT = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
    MON_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
    MON_PL = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
    return {
        "iso": f"{y:04d}-{m:02d}-{d:02d}", "dmy.": f"{d:02d}.{m:02d}.{y}", "dmy/": f"{d:02d}/{m:02d}/{y}",
        "dmy-": f"{d:02d}-{m:02d}-{y}", "mdy/": f"{m:02d}/{d:02d}/{y}", "en": f"{d} {MON_EN[m-1]} {y}",
        "de": f"{d}. {MON_DE[m-1]} {y}", "fr": f"{d} {MON_FR[m-1]} {y}", "es": f"{d} de {MON_ES[m-1]} de {y}",
        "it": f"{d} {MON_IT[m-1]} {y}", "pt": f"{d} de {MON_PT[m-1]} de {y}", "nl": f"{d} {MON_NL[m-1]} {y}",
        "pl": f"{d} {MON_PL[m-1]} {y} r.", "hl7": f"{y:04d}{m:02d}{d:02d}", "us": f"{MON_EN[m-1]} {d}, {y}",
    }[style]

def ip(r, kind=None):
    kind = kind or r.choice(["doc", "priv", "pub", "v6", "doc", "priv"])
    if kind == "doc":
        return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randint(1, 254)}"
    if kind == "priv":
        return r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}",
                         f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}",
                         f"192.168.{r.randint(0,255)}.{r.randint(1,254)}"])
    if kind == "pub":
        return f"{r.choice([31, 46, 62, 78, 85, 91, 109, 151, 176, 185, 212])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
    return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"

def order_no(r):
    return r.choice(["ORD-", "DE-", "MKT-", "#"]) + digits(r, r.choice([7, 8, 9]), "123456789")

def parcel(r):
    return r.choice([f"JJD{digits(r, 18)}", f"1Z{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6))}{digits(r, 10)}",
                     f"00340434{digits(r, 12)}", f"CX{digits(r, 9)}DE", f"RR{digits(r, 9)}PL", f"{digits(r, 14)}"])

def ean13(r):
    b = r.choice(["400", "401", "590", "560", "800", "841", "871", "539"]) + digits(r, 9)
    c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b)) % 10) % 10
    return b + str(c)

def version(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 300)}.{r.randint(256, 9999)}"

def version_ipish(r):
    """A four-part build version whose parts are all <= 255 (only used after an explicit version cue)."""
    return f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 255)}"

def masked_card(r):
    last = digits(r, 4)
    return r.choice([f"**** **** **** {last}", f"{r.choice(['411111', '535522', '492910'])}******{last}",
                     f"XXXX-XXXX-XXXX-{last}", f"•••• {last}"])

def ts(r, y=2025):
    return f"{y}-{r.randint(1,12):02d}-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"

# ----------------------------------------------------------------------------------------------- locale kit
LOC = {
    "de": dict(first="Vorname", last="Nachname", dob="Geburtsdatum", addr="Anschrift", tel="Telefon", mail="E-Mail",
               pp="Reisepassnummer", hi="Hallo", bye="Viele Grüße", ds="dmy.", cc="DE", lang="de", city="Berlin",
               ctry="Deutschland"),
    "fr": dict(first="Prénom", last="Nom", dob="Date de naissance", addr="Adresse", tel="Téléphone", mail="Courriel",
               pp="N° de passeport", hi="Bonjour", bye="Cordialement", ds="dmy/", cc="FR", lang="fr", city="Paris",
               ctry="France"),
    "es": dict(first="Nombre", last="Apellidos", dob="Fecha de nacimiento", addr="Domicilio", tel="Teléfono",
               mail="Correo electrónico", pp="Número de pasaporte", hi="Hola", bye="Un saludo", ds="dmy/", cc="ES",
               lang="es", city="Madrid", ctry="España"),
    "it": dict(first="Nome", last="Cognome", dob="Data di nascita", addr="Indirizzo", tel="Telefono", mail="E-mail",
               pp="Numero di passaporto", hi="Buongiorno", bye="Cordiali saluti", ds="dmy/", cc="IT", lang="it",
               city="Milano", ctry="Italia"),
    "pt": dict(first="Nome próprio", last="Apelido", dob="Data de nascimento", addr="Morada", tel="Telemóvel",
               mail="Email", pp="N.º do passaporte", hi="Olá", bye="Com os melhores cumprimentos", ds="dmy-", cc="PT",
               lang="pt", city="Lisboa", ctry="Portugal"),
    "nl": dict(first="Voornaam", last="Achternaam", dob="Geboortedatum", addr="Adres", tel="Telefoon", mail="E-mail",
               pp="Paspoortnummer", hi="Beste", bye="Met vriendelijke groet", ds="dmy-", cc="NL", lang="nl",
               city="Amsterdam", ctry="Nederland"),
    "pl": dict(first="Imię", last="Nazwisko", dob="Data urodzenia", addr="Adres", tel="Telefon", mail="E-mail",
               pp="Numer paszportu", hi="Dzień dobry", bye="Z poważaniem", ds="dmy.", cc="PL", lang="pl",
               city="Warszawa", ctry="Polska"),
    "ie": dict(first="First name", last="Surname", dob="Date of birth", addr="Address", tel="Phone", mail="Email",
               pp="Passport number", hi="Hi", bye="Kind regards", ds="dmy/", cc="IE", lang="en", city="Dublin",
               ctry="Ireland"),
    "gb": dict(first="Forename(s)", last="Surname", dob="Date of birth", addr="Home address", tel="Mobile",
               mail="Email", pp="Passport no.", hi="Dear", bye="Best wishes", ds="dmy/", cc="GB", lang="en",
               city="London", ctry="United Kingdom"),
}
EU_LOCS = ["de", "fr", "es", "it", "pt", "nl", "pl", "ie", "gb"]

def nat_id(r, loc, g, f, y, m, dd, female):
    """A labelled national identifier for locales that have one among the entity types, else None."""
    if loc == "de":
        return "Steuerliche Identifikationsnummer", L("DE_TAX_ID", steuer(r))
    if loc == "fr":
        return "N° de sécurité sociale", L("FR_NIR", nir(r, "2" if female else "1", y, m))
    if loc == "es":
        return r.choice(["DNI", "NIE"]), None
    if loc == "it":
        return "Codice fiscale", L("IT_FISCAL_CODE", codice_fiscale(g, f, y, m, dd, female, r))
    if loc == "gb":
        return "National Insurance number", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r))
    return None

def es_id(r, label):
    return L("ES_DNI", dni(r, nie=(label == "NIE")))

FEMALE_HINT = set("Caoimhe Aoibheann Saoirse Clodagh Órlaith Friederike Henrike Wiebke Jördis Gesine Maëlle Anaïs Solène "
                  "Bérénice Apolline Maialen Rocío Ainhoa Nerea Montserrat Ludovica Benedetta Ilaria Chiara Gaia Inês "
                  "Matilde Leonor Beatriz Conceição Sanne Femke Maartje Lieke Annelies Zuzanna Agnieszka Małgorzata "
                  "Katarzyna Jadwiga Harriet Imogen Bethan Philippa Gwen".split())

COMPANIES_PEOPLE = ["Hugo Boss", "Marks & Spencer", "Dr. Oetker", "Miele", "Louis Vuitton", "Ferrero", "Philips",
                    "Hermès", "Bosch", "Porsche", "Dolce & Gabbana", "Ted Baker", "Ralph Lauren", "Tommy Hilfiger",
                    "Calvin Klein", "Jean Paul Gaultier", "Paul Smith", "Van Houten", "Ernst & Young", "Max Mara",
                    "Salvatore Ferragamo", "Adolfo Domínguez", "Carolina Herrera", "Anton Paar", "Vileda"]
HOLIDAYS = ["St. Patrick's Day", "Pfingstmontag", "Tag der Deutschen Einheit", "Fête nationale (14 juillet)",
            "Día de la Hispanidad", "Festa della Repubblica", "Dia de Portugal", "Koningsdag", "Święto Niepodległości",
            "Boxing Day", "Whit Monday", "Ferragosto", "Assomption", "Sint-Maarten", "Corpus Christi"]
PRODUCTS = ["Kärcher K5 Premium", "Le Creuset Signature 24 cm", "Brita Marella XL", "Moccamaster KBG Select",
            "Fjällräven Kånken Mini", "Bialetti Moka Express 6 tazze", "Leitz Click & Store", "Tefal Ingenio 13-pc",
            "Vorwerk Kobold VK7", "Gazzetta Bianchi Via Nirone 7", "Rituals The Ritual of Sakura"]

DIAG = {
    "en": ["type 2 diabetes mellitus", "lumbar disc herniation", "generalised anxiety disorder", "migraine without aura",
           "carpal tunnel syndrome", "moderate depressive episode", "asthma", "Crohn's disease",
           "acute bronchitis", "hypothyroidism", "plantar fasciitis", "COVID-19 pneumonia", "iron-deficiency anaemia"],
    "de": ["akute Bronchitis", "lumbaler Bandscheibenvorfall", "mittelgradige depressive Episode", "Migräne",
           "Diabetes mellitus Typ 2", "Gastroenteritis", "Karpaltunnelsyndrom", "Lumboischialgie", "Tinnitus aurium"],
    "fr": ["lombalgie aiguë", "syndrome dépressif", "entorse de la cheville droite", "bronchite aiguë",
           "gastro-entérite", "épuisement professionnel", "sciatique"],
    "es": ["lumbalgia mecánica", "gastroenteritis aguda", "trastorno de ansiedad generalizada", "esguince de tobillo",
           "faringoamigdalitis", "cervicalgia"],
    "it": ["lombosciatalgia", "sindrome ansioso-depressiva", "influenza", "tendinite della spalla", "gastroenterite"],
    "pt": ["hérnia discal lombar", "gripe", "tendinite", "perturbação de ansiedade", "pneumonia"],
    "nl": ["longontsteking", "hernia", "burn-out", "griep", "whiplash"],
    "pl": ["zapalenie płuc", "grypa", "dyskopatia lędźwiowa", "epizod depresyjny", "zapalenie oskrzeli"],
}
MEDS = {
    "en": ["sertraline", "metformin", "omeprazole", "amoxicillin", "salbutamol", "levothyroxine", "naproxen",
           "Ventolin", "co-codamol", "propranolol", "ferrous sulfate", "mesalazine", "amitriptyline"],
    "de": ["Ibuprofen", "Metamizol", "Pantoprazol", "L-Thyroxin", "Novaminsulfon", "Amoxicillin", "Escitalopram"],
    "fr": ["Doliprane", "paracétamol", "Spasfon", "amoxicilline", "kétoprofène", "Lamaline"],
    "es": ["Nolotil", "Enantyum", "ibuprofeno", "omeprazol", "paracetamol", "lorazepam"],
    "it": ["Tachipirina", "Brufen", "Oki", "Moment", "sertralina", "amoxicillina"],
    "pt": ["Ben-u-ron", "ibuprofeno", "Brufen", "paracetamol", "alprazolam"],
    "nl": ["paracetamol", "diclofenac", "ibuprofen", "prednison"],
    "pl": ["Ibuprom", "Apap", "Nimesil", "amoksycylina", "sertralina"],
}

ICD_DE = {"akute Bronchitis": "J20.9", "lumbaler Bandscheibenvorfall": "M51.2", "mittelgradige depressive Episode": "F32.1",
          "Migräne": "G43.9", "Diabetes mellitus Typ 2": "E11.9", "Gastroenteritis": "A09.9", "Karpaltunnelsyndrom": "G56.0",
          "Lumboischialgie": "M54.4", "Tinnitus aurium": "H93.1"}

def langkey(loc):
    return {"ie": "en", "gb": "en"}.get(loc, loc)

def F(r, loc):
    return r.choice(["Hugo Boss", "Miele", "Ferrero", "Philips", "Bosch"]) if loc == "x" else None

# =============================================================================================== templates
TEMPLATES = []
def tpl(count, fmt):
    def deco(fn):
        TEMPLATES.append((fn.__name__, count, fmt, fn)); return fn
    return deco

def who(r, loc):
    g, f = person(r, loc)
    y, m, dd = dob(r)
    return g, f, y, m, dd, g in FEMALE_HINT or r.random() < .4

# ---------------------------------------------------------------------------------- forms / KYC
@tpl(5, "form")
def kyc_seller_onboarding(r, n):
    loc = ["de", "fr", "es", "it", "gb"][n % 5]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    d.w(f"MARKETPLACE SELLER ONBOARDING / KYC — case KYC-{digits(r, 7)}\n",
        f"Entity type: sole trader   Country of residence: {K['ctry']}\n",
        f"Submitted via partner portal v{version(r)}\n\n")
    bi = (lambda a, b: a if K["lang"] == "en" else f"{a} / {b}")
    d.w(f"{bi(K['first'], 'First name')}: ", P(g), "\n", f"{bi(K['last'], 'Last name')}: ", P(f), "\n")
    d.w(f"{bi(K['dob'], 'Date of birth')}: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, K["ds"])), "\n")
    d.w(f"{K['addr']}: ", A(address(r, loc)), "\n")
    d.w(f"{K['tel']}: ", T(phone(r, loc)), "\n", f"{K['mail']}: ", E(email_for(r, g, f)), "\n")
    nid = nat_id(r, loc, g, f, y, m, dd, fem)
    if loc == "es":
        lab = r.choice(["DNI", "NIE"])
        d.w(f"{lab}: ", es_id(r, lab), "\n")
    elif nid:
        d.w(f"{nid[0]}: ", nid[1], "\n")
    pc = r.choice(["DE", "FR", "ES", "IT", "PL", "UA", "MA", "NG", "IN", "BR", "TR", "GB", "IE"])
    d.w(f"{K['pp']} ({pc}): ", L("PASSPORT", passport(r, pc)), f"   valid until {fmt_date(r.randint(2027, 2034), r.randint(1, 12), r.randint(1, 28), K['ds'])}\n")
    d.w(f"Payout IBAN: ", L("IBAN", iban(r, K["cc"] if K["cc"] != "GB" else "GB")), "\n")
    d.w(f"VAT / USt-IdNr: {K['cc']}{digits(r, 9)}\nStore name: {r.choice(PRODUCTS).split()[0]} Outlet {f[:1]}{digits(r,2)}\n")
    d.w(f"Risk score: {r.randint(3, 71)}/100   Screening: PEP=no, sanctions=no   Reviewer: ", P(fullname(r, 'ie')), "\n")
    return d

@tpl(3, "form")
def kyc_pdf_broken(r, n):
    loc = ["de", "nl", "pt"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    hdr = {"de": ("Antrag auf Eröffnung eines Zahlungskontos", "Geburts-\ndatum", "Kontoinha-\nber"),
           "nl": ("Aanvraag betaalrekening zakelijk", "Geboorte-\ndatum", "Rekening-\nhouder"),
           "pt": ("Pedido de abertura de conta de pagamento", "Data de nasci-\nmento", "Titu-\nlar")}[loc]
    d.w(f"{hdr[0]}\nSeite 1 von 2                                   Formular ZK-{digits(r, 3)}/{r.randint(2019, 2025)}\n\n")
    d.w(f"{hdr[2]}: ", P(f"{g} {f}".upper() if r.random() < .5 else f"{g} {f}"), "\n")
    d.w(f"{hdr[1]}: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, K["ds"])), "\n")
    d.w(f"{K['addr']}:\n", A(address(r, loc, multiline=True)), "\n")
    iv = iban(r, K["cc"], spaced=True)
    cut = 14 if len(iv) > 20 else 10
    d.w("IBAN: ", L("IBAN", iv[:cut] + "\n" + iv[cut:].lstrip()), "\n")
    d.w(f"BIC: {r.choice(['COBADEFFXXX', 'INGBNL2A', 'CGDIPTPL', 'DEUTDEBBXXX'])}\n")
    pcs = {"de": "DE", "nl": "NL", "pt": "PT"}[loc]
    d.w(f"{K['pp']}: ", L("PASSPORT", passport(r, pcs)), "\n")
    d.w(f"{K['tel']}: ", T(phone(r, loc)), "\n\n")
    d.w("Mit meiner Unterschrift bestätige ich die Rich-\ntigkeit der Angaben. Die Daten werden gemäß Art. 6 Abs. 1 lit. c\nDSGVO verarbeitet.\n" if loc == "de" else
        "Ik verklaar dat de gegevens naar waarheid zijn inge-\nvuld. Verwerking op grond van art. 6 lid 1 sub c AVG.\n" if loc == "nl" else
        "Declaro que as informações prestadas são verda-\ndeiras, nos termos do RGPD.\n")
    d.w(f"\n-- 2 --\nReferenz: ZK{digits(r, 10)}   Formularversion {r.randint(1, 9)}.{r.randint(0, 9)}\n")
    return d

@tpl(4, "form")
def blank_form(r, n):
    d = Doc()
    kind = n % 4
    if kind == 0:
        d.w("Customer Identification Form (Template v", version(r), ")\n\n",
            "Full Name: ______________________\nDate Of Birth: __ / __ / ____\nPassport Number: ____________\n",
            "Place Of Issue: __________\nIBAN: DE__ ____ ____ ____ ____ __\nSignature: ______________\n\n",
            "Please return this form to the Know Your Customer Team, Dublin 2.\n")
    elif kind == 1:
        d.w("Formulaire de rétractation (Annexe 2 des CGV)\n\nÀ l'attention de : Service Retours, Lyon\n",
            "Je vous notifie par la présente ma rétractation du contrat portant sur la vente du bien ci-dessous :\n",
            "Commandé le : ..........  Reçu le : ..........\nNom du consommateur : ..........................\n",
            "Adresse du consommateur : ..........................\nDate de naissance (facultatif) : ....../....../......\n",
            f"Numéro de commande : {order_no(r)} (exemple)\n")
    elif kind == 2:
        d.w("Solicitud de Reembolso — Plantilla Interna\n\nCampo | Ejemplo | Obligatorio\n",
            "Nombre Y Apellidos | <nombre del cliente> | Sí\nDNI / NIE | 00000000X | Sí\n",
            f"IBAN | {bad_iban(r, 'ES')} | Sí\nNúmero De Pedido | {order_no(r)} | Sí\n",
            f"Tarjeta | {masked_card(r)} | No\nTeléfono | +34 XXX XX XX XX | No\n")
    else:
        d.w("Modulo di consenso marketing (bozza)\n\nNome e Cognome ______________\nCodice Fiscale ",
            "[][][][][][][][][][][][][][][][]\nData di Nascita ___/___/______\nIndirizzo Email ________@________\n",
            f"Versione informativa privacy {r.randint(1, 5)}.{r.randint(0, 9)} — aggiornata per {r.choice(HOLIDAYS)}\n")
    return d

@tpl(3, "form")
def uk_new_starter(r, n):
    g, f, y, m, dd, fem = who(r, "gb")
    d = Doc()
    d.w("NEW STARTER CHECKLIST — London office (Shoreditch)\nPayroll period: month ", str(r.randint(1, 12)), "\n\n")
    d.w("Section 1  Employee details\n", "Surname ................ ", P(f.upper()), "\n",
        "Forename(s) ............ ", P(g), "\n",
        "Date of birth .......... ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy/")), "\n",
        "National Insurance no. . ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n",
        "Home address ........... ", A(address(r, "gb")), "\n\n")
    d.w("Section 2  Bank details (salary)\n")
    sc = f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    acc = digits(r, 8)
    if n % 2 == 0:
        d.w("Sort code / account: ", L("UK_BANK_ACCOUNT", f"{sc} {acc}"), "\n")
    else:
        d.w(f"Sort code: {sc}\nAccount number: ", L("UK_BANK_ACCOUNT", acc), "\n")
    d.w("Statement: B  (this is my only job since 6 April)\nStudent loan: Plan 2\n")
    d.w("Emergency contact: ", P(fullname(r, "gb")), " (partner) ", T(phone(r, "gb")), "\n")
    d.w(f"Employee number: E{digits(r, 6)}   Cost centre: CC-{digits(r, 4)}\n")
    return d

@tpl(2, "form")
def us_contractor_w9(r, n):
    g, f, y, m, dd, fem = who(r, "int")
    st = r.choice(list(STATES_DL))
    d = Doc()
    d.w("Request for Taxpayer Identification — US remote contractor (payments arm, Delaware LLC)\n\n")
    d.w("1 Name (as shown on your income tax return): ", P(f"{g} {f}"), "\n",
        "5 Address (number, street, and apt.): ", A(address(r, "us")), "\n",
        "Part I  Social security number: ", L("US_SSN", ssn(r)), "\n",
        "Employer identification number: (leave blank)\n\n",
        f"Identity check — {st} driver license no. ", L("DRIVER_LICENSE", STATES_DL[st](r)),
        f" (exp. {r.randint(2026, 2031)})\n",
        "US passport number: ", L("US_PASSPORT", passport(r, "US")), "\n",
        "Date of birth: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "mdy/")), "\n",
        "Contact: ", E(email_for(r, g, f, r.choice(["gmail.com", "icloud.com", "protonmail.com"]))), "\n",
        f"Invoice currency: USD   Rate card RC-{digits(r, 5)}\n")
    return d

@tpl(3, "form")
def courier_driver_onboarding(r, n):
    loc = ["gb", "ie", "pl"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    d.w(f"Last-mile partner onboarding — depot {r.choice(['DUB4', 'LHR2', 'WAW1', 'BER3'])}\n", "-" * 44, "\n")
    d.w(f"{K['first']}: ", P(g), f"\n{K['last']}: ", P(f), "\n", f"{K['dob']}: ",
        L("DATE_OF_BIRTH", fmt_date(y, m, dd, K["ds"])), "\n")
    if loc == "gb":
        d.w("UK driving licence number: ", L("DRIVER_LICENSE", uk_dl(r, f, y, m, dd, fem)), "\n")
        d.w("Right to work: share code W", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)), "\n")
    elif loc == "ie":
        d.w("Passport (Éire/Ireland): ", L("PASSPORT", passport(r, "IE")), "\n")
    else:
        d.w("Numer paszportu (PL): ", L("PASSPORT", passport(r, "PL")), "\n")
    d.w(f"{K['tel']}: ", T(phone(r, loc)), "\n", f"{K['addr']}: ", A(address(r, loc)), "\n")
    d.w(f"Vehicle: {r.choice(['Ford Transit Custom', 'Renault Kangoo E-Tech', 'Peugeot e-Expert'])}  reg. hidden\n")
    d.w(f"Background check ref: BGC-{digits(r, 9)} (cleared {fmt_date(2025, r.randint(1, 12), r.randint(1, 28), 'iso')})\n")
    return d

# ---------------------------------------------------------------------------------- clinical
@tpl(4, "clinical_note")
def sick_note(r, n):
    loc = ["de", "es", "fr", "it"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    dx = r.choice(DIAG[loc]); med = r.choice(MEDS[loc])
    d = Doc()
    if loc == "de":
        kk = r.choice(["Techniker Krankenkasse", "AOK Nordost", "BARMER", "DAK-Gesundheit"])
        d.w("Arbeitsunfähigkeitsbescheinigung (Ausfertigung zur Vorlage beim Arbeitgeber, eingescannt)\n",
            f"Krankenkasse bzw. Kostenträger: {kk}\n", "Name, Vorname des Versicherten: ", P(f), ", ", P(g), "\n",
            "geb. am ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy.")), "\n",
            "Versicherten-Nr.: ", L("HEALTH_PLAN_ID", kvnr(r)), f"   Betriebsstätten-Nr.: {digits(r, 9)}\n",
            f"arbeitsunfähig seit {fmt_date(2025, (mo := r.randint(1, 11)), (da := r.randint(1, 14)), 'dmy.')}, voraussichtlich bis ",
            f"{fmt_date(2025, mo, da + r.randint(3, 13), 'dmy.')}\n",
            "Diagnose: ", L("DIAGNOSIS", dx), f" (ICD-10 {ICD_DE[dx]} G)\n",
            "Verordnet: ", L("MEDICATION", med), " gemäß Medikationsplan. Kein Hinweis auf Arbeitsunfall.\n")
    elif loc == "es":
        d.w("PARTE MÉDICO DE BAJA POR INCAPACIDAD TEMPORAL — copia para la empresa\n",
            "Trabajador/a: ", P(f"{g} {f}"), "\nDNI: ", es_id(r, "DNI"), "\n",
            "Fecha de nacimiento: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy/")), "\n",
            f"Centro: C.S. {r.choice(['Lavapiés', 'Gràcia', 'Triana'])}   Contingencia: enfermedad común\n",
            "Diagnóstico: ", L("DIAGNOSIS", dx), "\nTratamiento: ", L("MEDICATION", med),
            " según pauta. Se descarta fractura en la radiografía.\n",
            f"Duración estimada: {r.randint(3, 30)} días naturales\n")
    elif loc == "fr":
        d.w("AVIS D'ARRÊT DE TRAVAIL — volet 3 (employeur)\n", "Assuré(e) : ", P(f.upper()), " ", P(g), "\n",
            "N° d'immatriculation : ", L("FR_NIR", nir(r, "2" if fem else "1", y, m)), "\n",
            "Né(e) le ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy/")), "\n",
            "Éléments d'ordre médical : ", L("DIAGNOSIS", dx), " ; traitement par ", L("MEDICATION", med),
            ". Pas de fièvre.\n", f"Sorties autorisées : oui, de 10h à 12h\n")
    else:
        d.w("CERTIFICATO DI MALATTIA — copia per il datore di lavoro\n", "Lavoratore: ", P(f"{f} {g}"), "\n",
            "Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(g, f, y, m, dd, fem, r)), "\n",
            "Nato/a il ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy/")), "\n",
            "Diagnosi: ", L("DIAGNOSIS", dx), "\nTerapia: ", L("MEDICATION", med), " 1 cp x 2/die\n",
            f"Prognosi: {r.randint(2, 15)} giorni   N. protocollo INPS {digits(r, 9)}\n")
    return d

@tpl(3, "clinical_note")
def occ_health_letter(r, n):
    g, f, y, m, dd, fem = who(r, "gb")
    dx = DIAG["en"][r.randrange(len(DIAG["en"]))]
    med = r.choice(MEDS["en"])
    d = Doc()
    d.w("OCCUPATIONAL HEALTH REPORT — CONFIDENTIAL (management referral)\n",
        f"To: HR Business Partner, London   Ref: OH/{r.randint(2024, 2025)}/{digits(r, 4)}\n\n",
        "Employee: ", P(f"{g} {f}"), "   DOB: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy/")), "\n",
        "NHS number: ", L("UK_NHS_NUMBER", nhs(r)), "\n\n", "Dear ", P(fullname(r, "gb").split()[0]), ",\n\n",
        "I reviewed ", P(g), " by telephone on ", fmt_date(2025, r.randint(1, 12), r.randint(1, 28), "en"),
        ". They report ", L("DIAGNOSIS", dx), ", diagnosed by their GP, and are currently taking ",
        L("MEDICATION", med), ". There is no evidence of a work-related injury and no history of ",
        "epilepsy. In my opinion the Equality Act 2010 is likely to apply.\n\n",
        "Recommendations: phased return over four weeks, workstation assessment, review in 6 weeks.\n",
        "Please note the team's 'Monday migraine' of back-to-back meetings is an organisational issue, not a clinical one.\n\n",
        "Yours sincerely\n", P(fullname(r, "gb")), "\nOccupational Health Physician, GMC ", digits(r, 7), "\n")
    return d

@tpl(3, "discharge_summary")
def discharge(r, n):
    loc = ["ie", "de", "nl"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    lk = langkey(loc)
    dx1, dx2 = r.sample(DIAG[lk], 2)
    m1, m2 = r.sample(MEDS[lk], 2)
    mrn = r.choice([f"MRN {digits(r, 7)}", f"{digits(r, 8)}", f"H{digits(r, 6)}"]).replace("MRN ", "")
    d = Doc()
    if loc == "ie":
        d.w(f"{r.choice(['St. Vincent', 'Mater Misericordiae', 'Beaumont'])} University Hospital — DISCHARGE SUMMARY\n",
            "Patient: ", P(f"{f.upper()}, {g}"), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn), "\n",
            "DOB: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy/")), "   Address: ", A(address(r, "ie")), "\n",
            f"Admitted: {fmt_date(2025, 3, r.randint(1, 14), 'dmy/')}   Discharged: {fmt_date(2025, 3, r.randint(15, 28), 'dmy/')}\n\n",
            "Principal diagnosis: ", L("DIAGNOSIS", dx1), "\nSecondary: ", L("DIAGNOSIS", dx2), "\n",
            "Pulmonary embolism was considered and ruled out (CTPA negative).\n\n",
            "Discharge medications:\n  - ", L("MEDICATION", m1), " 50 mg PO OD\n  - ", L("MEDICATION", m2),
            " as directed\n\nFollow-up: GP in 2/52. Consultant: Dr ", P(fullname(r, "ie")), "\n")
    elif loc == "de":
        d.w("Entlassungsbrief — Klinik für Innere Medizin, Charité-Campus (Kopie für Betriebsarzt)\n\n",
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über ", P(f"{g} {f}"),
            ", geb. ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy.")), ", Fall-Nr. ", digits(r, 10),
            ", Patienten-ID ", L("MEDICAL_RECORD_NUMBER", mrn), ", wohnhaft ", A(address(r, "de")), ".\n\n",
            "Diagnosen:\n1. ", L("DIAGNOSIS", dx1), "\n2. ", L("DIAGNOSIS", dx2), "\n",
            "Ausschluss: kein Hinweis auf Lungenembolie, kein Anhalt für Malignität.\n\n",
            "Medikation bei Entlassung: ", L("MEDICATION", m1), " 1-0-1, ", L("MEDICATION", m2), " 0-0-1\n\n",
            "Mit freundlichen kollegialen Grüßen\n", P(fullname(r, "de")), ", Oberärztin\n")
    else:
        d.w("Ontslagbrief — OLVG Amsterdam, afdeling Longziekten\n\n", "Betreft: ", P(f"{g} {f}"),
            ", geboren ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "nl")), ", patiëntnummer ",
            L("MEDICAL_RECORD_NUMBER", mrn), "\n\n", "Conclusie: ", L("DIAGNOSIS", dx1), ", daarnaast ",
            L("DIAGNOSIS", dx2), ". Geen aanwijzingen voor COVID-19.\n", "Beleid: ", L("MEDICATION", m1),
            " 3 dd 1000 mg, ", L("MEDICATION", m2), " afbouwen.\n", "Controle polikliniek over 6 weken.\n")
    return d

@tpl(3, "lab_report")
def lab_report(r, n):
    loc = ["es", "pt", "pl"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    title = {"es": "INFORME DE LABORATORIO — Análisis preempleo", "pt": "RELATÓRIO DE ANÁLISES CLÍNICAS",
             "pl": "WYNIKI BADAŃ LABORATORYJNYCH — medycyna pracy"}[loc]
    d.w(f"{title}\n", "=" * 64, "\n")
    d.w(f"{K['last']:<22}", P(f.upper()), "\n", f"{K['first']:<22}", P(g), "\n",
        f"{K['dob']:<22}", L("DATE_OF_BIRTH", fmt_date(y, m, dd, K["ds"])), "\n",
        f"{'Nº historia' if loc == 'es' else 'N.º processo' if loc == 'pt' else 'Nr kartoteki'}:{' ' * 9}",
        L("MEDICAL_RECORD_NUMBER", digits(r, 7)), f"     Muestra / Amostra: {digits(r, 10)}\n", "-" * 64, "\n")
    rows = [("Hemoglobina", f"{r.uniform(10.5, 16):.1f}", "g/dL", "12.0-16.0"),
            ("Glucosa/Glicose", f"{r.randint(70, 180)}", "mg/dL", "70-110"),
            ("HbA1c", f"{r.uniform(4.8, 9.1):.1f}", "%", "<5.7"), ("TSH", f"{r.uniform(0.3, 8):.2f}", "mUI/L", "0.4-4.0"),
            ("Ferritina", f"{r.randint(8, 300)}", "ng/mL", "15-150")]
    for a, b, c, e in rows:
        d.w(f"{a:<18}{b:>8} {c:<8}{e:>12}\n")
    d.w("-" * 64, "\n", "Comentario: ", L("DIAGNOSIS", r.choice(["diabetes mellitus tipo 2 mal controlada", "anemia ferropénica",
                                                                   "hipotiroidismo subclínico"])) if loc == "es" else
        L("DIAGNOSIS", r.choice(["anemia ferropénica", "hipotiroidismo"])) if loc == "pt" else
        L("DIAGNOSIS", r.choice(["niedokrwistość z niedoboru żelaza", "cukrzyca typu 2"])), " ya conocida.\n" if loc == "es" else " já conhecida.\n" if loc == "pt" else " — znana wcześniej.\n")
    d.w(f"Validado por: ", P(fullname(r, loc)), f"   {fmt_date(2025, r.randint(1, 12), r.randint(1, 28), 'iso')}\n")
    return d

@tpl(3, "hl7")
def hl7_adt(r, n):
    g, f, y, m, dd, fem = who(r, ["ie", "gb", "de"][n])
    sep = "\r" if n == 1 else "\n"
    d = Doc()
    ts_ = f"2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    d.w(f"MSH|^~\\&|EPIC|DUBHOSP|OCCHEALTH|RETAILCO|{ts_}||ADT^A01|MSG{digits(r, 8)}|P|2.5.1{sep}")
    d.w(f"EVN|A01|{ts_}{sep}")
    d.w("PID|1||", L("MEDICAL_RECORD_NUMBER", digits(r, 7)), "^^^DUBHOSP^MR||",
        P(f"{f.upper()}^{g.upper()}^{r.choice('ABCDEFGHJKLMNPRST')}"), "||",
        L("DATE_OF_BIRTH", fmt_date(y, m, dd, "hl7")), f"|{'F' if fem else 'M'}|||")
    if n == 1:
        a = address(r, "gb")
        parts = a.split(", ")
        d.w(A("^".join([parts[-3] if len(parts) > 3 else parts[0], "", parts[-2], "", parts[-1]])), "^GBR")
    else:
        d.w(A(f"{r.randint(1, 99)} {r.choice(['Ranelagh Road', 'Leeson Street', 'Dorset Street'])}^^Dublin^^D0{r.randint(1, 8)} {r.choice('ACDEF')}{digits(r, 3)}"), "^IRL")
    d.w("||", T(phone(r, "ie" if n != 1 else "gb")), f"{sep}")
    d.w("NK1|1|", P(f"{invented_name(r).upper()}^{person(r, 'ie')[0].upper()}"), "|SPO|||", T(phone(r, "ie")), sep)
    d.w(f"PV1|1|I|W{r.randint(1, 9)}^{r.randint(1, 30)}^A|||||||MED{sep}")
    code, dx = r.choice([("E11.9", "Type 2 diabetes mellitus without complications"), ("J45.909", "Unspecified asthma, uncomplicated"),
                         ("K50.90", "Crohn's disease, unspecified"), ("F41.1", "Generalized anxiety disorder"),
                         ("J18.9", "Pneumonia, unspecified organism")])
    d.w(f"DG1|1|ICD10|{code}^", L("DIAGNOSIS", dx), f"|||A{sep}")
    d.w(f"IN1|1|VHI-HEALTHCARE|VHI|VHI Healthcare|||||GRP{digits(r, 5)}|||||||", P(f"{f.upper()}^{g.upper()}"),
        "|SEL|", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "hl7")), "||||||||||||||||||",
        L("HEALTH_PLAN_ID", f"{digits(r, 8)}"), sep)
    return d

@tpl(3, "fhir_json")
def fhir_bundle(r, n):
    loc = ["fr", "it", "pt"][n]
    g, f, y, m, dd, fem = who(r, loc)
    lk = langkey(loc)
    dx_yes, dx_no = r.sample(DIAG[lk], 2)
    med = r.choice(MEDS[lk])
    pid = f"pat-{digits(r, 6)}"
    addr = address(r, loc).split(", ")
    ident = []
    if loc == "fr":
        ident.append({"system": "urn:oid:1.2.250.1.213.1.4.8", "value": L("FR_NIR", nir(r, "2" if fem else "1", y, m).replace(" ", ""))})
    elif loc == "it":
        ident.append({"system": "http://hl7.it/sid/codiceFiscale", "value": L("IT_FISCAL_CODE", codice_fiscale(g, f, y, m, dd, fem, r))})
    ident.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                  "value": L("MEDICAL_RECORD_NUMBER", f"{r.choice(['IPO', 'HSJ', 'AP'])}-{digits(r, 6)}")})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": pid, "identifier": ident,
                      "name": [{"family": P(f), "given": [P(g)]}], "gender": "female" if fem else "male",
                      "birthDate": L("DATE_OF_BIRTH", fmt_date(y, m, dd, "iso")),
                      "telecom": [{"system": "phone", "value": T(phone(r, loc))}],
                      "address": [{"line": [A(", ".join(addr[:-1]))], "postalCode": addr[-1].split()[0],
                                   "country": loc.upper()}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                      "verificationStatus": {"coding": [{"code": "confirmed"}]},
                      "code": {"text": L("DIAGNOSIS", dx_yes)}, "subject": {"reference": f"Patient/{pid}"}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                      "code": {"text": dx_no}, "subject": {"reference": f"Patient/{pid}"}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active",
                      "medicationCodeableConcept": {"text": L("MEDICATION", med)},
                      "subject": {"reference": f"Patient/{pid}"}}},
    ]}
    d = Doc()
    jemit(d, bundle)
    d.t("\n")
    return d

@tpl(2, "free_text")
def health_newsletter(r, n):
    d = Doc()
    if n == 0:
        d.w("Wellbeing Wednesday — staff newsletter (all offices)\n\n",
            "Flu season is here. Vaccination clinics run in Dublin and Amsterdam next week; bring your staff badge.\n",
            "Did you know? Studies suggest that metformin may reduce cancer risk, but the evidence is mixed. ",
            "Type 2 diabetes affects around 1 in 10 adults in Europe, and migraine is the second most common cause of ",
            "disability worldwide.\nParkinson's law says work expands to fill the time available — so book short meetings!\n",
            "Our Q3 'depression' in basket size was seasonal, says Finance. Lyme disease cases rise in summer: check for ticks after hiking.\n",
            f"The Alzheimer Society of Ireland is our charity partner for {r.choice(HOLIDAYS)}.\n")
    else:
        d.w("Betriebliches Gesundheitsmanagement — Infoblatt\n\n",
            "Rückenschmerzen sind der häufigste Grund für Krankmeldungen in Deutschland. Ibuprofen und Paracetamol ",
            "sind rezeptfrei erhältlich, sollten aber nicht dauerhaft eingenommen werden. Bei Verdacht auf ",
            "Burn-out wenden Sie sich an die Mitarbeiterberatung (anonym).\nDas Lager hatte im November einen echten ",
            "Infarkt — 40 % mehr Retouren als geplant.\nMorbus Crohn und Colitis ulcerosa: Selbsthilfegruppen treffen sich ",
            "monatlich. Sponsor: ", r.choice(COMPANIES_PEOPLE), ".\n")
    return d

# ---------------------------------------------------------------------------------- structured
@tpl(3, "csv")
def payout_export(r, n):
    d = Doc()
    delim = [",", ";", ","][n]
    crow(d, ["payout_id", "seller_name", "seller_email", "iban", "amount_eur", "reference", "status"], delim)
    for i in range(r.randint(4, 6)):
        loc = r.choice(EU_LOCS)
        g, f = person(r, loc)
        cc = LOC[loc]["cc"]
        ref = f"RF{digits(r, 2)}{digits(r, 12)}"
        bad = r.random() < .2
        crow(d, [f"po_{digits(r, 10)}", P(f"{g} {f}") if r.random() < .8 else f"{r.choice(COMPANIES_PEOPLE)} Outlet GmbH",
                 E(email_for(r, g, f)), bad_iban(r, cc) if bad else L("IBAN", iban(r, cc, spaced=False)),
                 f"{r.uniform(10, 9000):.2f}".replace(".", "," if delim == ";" else "."), ref,
                 "REJECTED_INVALID_IBAN" if bad else r.choice(["PAID", "PENDING", "PAID"])], delim)
    return d

@tpl(2, "tsv")
def refund_export(r, n):
    d = Doc()
    crow(d, ["order_id", "created_at", "customer", "card", "amount", "reason", "parcel"], "\t")
    for i in range(5):
        g, f = person(r, "int")
        leak = (n == 1 and i == 2)
        crow(d, [order_no(r), ts(r), P(f"{g} {f}"), L("CREDIT_CARD", card(r, sep="")) if leak else masked_card(r),
                 f"{r.uniform(5, 400):.2f} EUR", r.choice(["damaged", "not_received", "size", "changed_mind"]),
                 parcel(r)], "\t")
    return d

@tpl(2, "csv")
def payroll_de(r, n):
    d = Doc()
    crow(d, ["Personalnr", "Nachname", "Vorname", "Geburtsdatum", "Steuer-ID", "Krankenkasse", "KV-Nummer", "IBAN",
             "Brutto"], ";")
    for i in range(r.randint(3, 5)):
        g, f, y, m, dd, fem = who(r, "de")
        crow(d, [f"{digits(r, 5)}", P(f), P(g), L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy.")),
                 L("DE_TAX_ID", steuer(r).replace(" ", "")), r.choice(["TK", "AOK Bayern", "BARMER", "hkk"]),
                 L("HEALTH_PLAN_ID", kvnr(r)), L("IBAN", iban(r, "DE", spaced=False)),
                 f"{r.randint(2800, 8900)},{r.randint(0, 99):02d}"], ";")
    return d

@tpl(3, "json")
def customer_profile_api(r, n):
    loc = ["es", "nl", "pl"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    obj = {"customerId": f"C{digits(r, 9)}", "createdAt": ts(r, 2023), "locale": f"{loc}_{K['cc']}",
           "name": {"given": P(g), "family": P(f)}, "email": E(email_for(r, g, f)),
           "phone": T(phone(r, loc, intl=True)), "birthDate": L("DATE_OF_BIRTH", fmt_date(y, m, dd, "iso")),
           "addresses": [{"type": "shipping", "line1": A(address(r, loc)), "country": K["cc"]},
                         {"type": "pickup_point", "line1": f"Paketshop {digits(r, 4)}", "country": K["cc"]}],
           "kyc": {"level": 2, "document": {"type": "passport", "issuingCountry": K["cc"],
                                            "number": L("PASSPORT", passport(r, K["cc"]))}},
           "paymentMethods": [{"type": "card", "display": masked_card(r), "bin": r.choice(["535522", "492910"])},
                              {"type": "sepa_dd", "iban": L("IBAN", iban(r, K["cc"], spaced=False)),
                               "mandateRef": f"MNDT-{digits(r, 12)}"}],
           "loyalty": {"tier": r.choice(["silver", "gold"]), "points": r.randint(0, 9000)},
           "appVersion": version(r)}
    if loc == "es":
        obj["kyc"]["nationalId"] = es_id(r, "DNI")
    d = Doc()
    jemit(d, obj, indent=2 if n != 1 else 4)
    d.t("\n")
    return d

@tpl(3, "ndjson")
def crm_events(r, n):
    d = Doc()
    for i in range(r.randint(4, 6)):
        loc = r.choice(["de", "fr", "es", "it", "pt", "nl", "ie"])
        g, f = person(r, loc)
        kind = r.choice(["note", "note", "consent", "login", "order"])
        ev = {"ts": ts(r), "event": kind, "customer": f"C{digits(r, 9)}"}
        if kind == "note":
            txt = {"de": M("Kundin ", P(f"{g} {f}"), " ruft an, Paket ", parcel(r), " nicht erhalten. Rückruf unter ",
                           T(phone(r, "de")), "."),
                   "fr": M("Appel de ", P(f"{g} {f}"), " : colis abîmé, souhaite un avoir. Nouvelle adresse : ",
                           A(address(r, "fr")), "."),
                   "es": M(P(g), " pide factura a nombre de empresa; correo ", E(email_for(r, g, f)), "."),
                   "it": M("Il cliente ", P(f"{g} {f}"), " segnala addebito doppio sulla carta ", masked_card(r), "."),
                   "pt": M(P(f"{g} {f}"), " quer alterar a morada para ", A(address(r, "pt")), "."),
                   "nl": M("Klant ", P(f"{g} {f}"), " belt over retour, bereikbaar op ", T(phone(r, "nl")), "."),
                   "ie": M("Spoke with ", P(g), " re: missing refund. Agent: ", P(person(r, 'ie')[0]), ".")}[loc]
            ev["agent"] = f"agent_{digits(r, 4)}"
            ev["text"] = txt
        elif kind == "login":
            ev["ip"] = L("IP_ADDRESS", ip(r))
            ev["ua"] = f"Mozilla/5.0 App/{version(r)}"
        elif kind == "consent":
            ev["email"] = E(email_for(r, g, f)); ev["marketing"] = r.random() < .5
        else:
            ev["order"] = order_no(r); ev["total"] = round(r.uniform(9, 300), 2)
        jemit(d, ev, compact="tight" if n == 2 else True)
        d.t("\n")
    return d

@tpl(3, "yaml")
def service_config(r, n):
    d = Doc()
    if n == 0:
        d.w(f"# payments-gateway config — release {version(r)}\nservice:\n  name: sepa-router\n  replicas: {r.randint(2, 8)}\n",
            f"  image: registry.internal/payments/sepa-router:{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}\n",
            f"  listen: 0.0.0.0:8443\n  healthcheck: http://127.0.0.1:8080/healthz\n",
            "schemes:\n  - SCT\n  - SCT_INST\n  - SDD_CORE\n",
            f"limits:\n  max_batch: {r.randint(500, 5000)}\n  cutoff_utc: \"15:30\"\n",
            "test_fixtures:\n  creditor_iban: \"", bad_iban(r, "DE").replace(" ", ""), "\"   # deliberately invalid\n",
            f"oid_root: 1.3.6.1.4.1.{digits(r, 5)}.2.1\n", f"tracing:\n  sample_rate: 0.{r.randint(1, 9)}\n")
    elif n == 1:
        g, f = person(r, "de")
        d.w("# hr-sync job (Berlin)\njob:\n  schedule: \"0 3 * * *\"\n  source_db: ",
            L("IP_ADDRESS", ip(r, "priv")), "\n  target: s3://hr-exports-eu-central-1/payroll/\n",
            "owner:\n  name: ", P(f"{g} {f}"), "\n  email: ", E(email_for(r, g, f, "retail-example.eu")), "\n",
            "  phone: \"", T(phone(r, "de")), "\"\nalerting:\n  pager: ", E("hr-oncall@retail-example.eu"), "\n",
            f"version: {version(r)}\n")
    else:
        g, f, y, m, dd, fem = who(r, "it")
        d.w("# relocation package — candidate record exported from ATS\ncandidate:\n  full_name: ", P(f"{g} {f}"),
            "\n  date_of_birth: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "iso")), "\n",
            "  codice_fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(g, f, y, m, dd, fem, r)), "\n",
            "  current_address: |\n    ", A(address(r, "it", multiline=True).replace("\n", "\n    ")), "\n",
            "  relocating_to: Lisbon\n  start_date: ", fmt_date(2026, r.randint(1, 6), 1, "iso"), "\n",
            "  mobile: \"", T(phone(r, "it", intl=True)), "\"\n  offer_ref: OFR-", digits(r, 6), "\n")
    return d

@tpl(2, "csv")
def marketing_list(r, n):
    d = Doc()
    if n == 0:
        crow(d, ["email", "first_name", "last_name", "country", "opt_in", "segment"])
        for i in range(6):
            loc = r.choice(EU_LOCS)
            g, f = person(r, loc)
            crow(d, [E(email_for(r, g, f)), P(g), P(f), LOC[loc]["cc"], r.choice(["true", "false"]),
                     r.choice(["black_friday", "newborn", "garden", "vip"])])
    else:
        crow(d, ["email_sha256", "country", "opt_in_ts", "segment", "ltv_bucket"])
        for i in range(6):
            crow(d, ["".join(r.choice("0123456789abcdef") for _ in range(64)), r.choice(["DE", "FR", "IT", "PL"]),
                     ts(r), r.choice(["lapsed", "high_value", "new"]), r.choice(["0-50", "50-200", "200+"])])
    return d

@tpl(3, "csv")
def inventory_feed(r, n):
    d = Doc()
    crow(d, ["sku", "ean", "title", "brand", "warehouse", "qty", "firmware"])
    for i in range(7):
        p = r.choice(PRODUCTS)
        crow(d, [f"SKU-{''.join(r.choice(string.ascii_uppercase) for _ in range(3))}-{digits(r, 5)}", ean13(r),
                 p, r.choice(COMPANIES_PEOPLE), r.choice(["DUB4", "BER3", "MAD1", "WAW1", "MXP2"]), r.randint(0, 900),
                 version(r)])
    return d

@tpl(2, "json")
def delivery_manifest(r, n):
    loc = ["pl", "pt"][n]
    stops = []
    for i in range(3):
        g, f = person(r, loc)
        stops.append({"seq": i + 1, "parcel": parcel(r), "recipient": P(f"{g} {f}"),
                      "address": A(address(r, loc)), "phone": T(phone(r, loc)),
                      "instructions": r.choice(["", "Zostawić u sąsiada", "Deixar na portaria", "call on arrival"]),
                      "cod": None})
    obj = {"manifest": f"MF-{digits(r, 8)}", "depot": "WAW1" if loc == "pl" else "LIS2", "driver_id": f"DRV{digits(r, 5)}",
           "vehicle": "e-Transit", "stops": stops}
    d = Doc(); jemit(d, obj); d.t("\n")
    return d

@tpl(2, "ndjson")
def fraud_signals(r, n):
    d = Doc()
    for i in range(5):
        ev = {"ts": ts(r), "rule": r.choice(["VELOCITY_3DS", "BIN_COUNTRY_MISMATCH", "DEVICE_REUSE", "IBAN_NAME_MISMATCH"]),
              "score": round(r.uniform(0, 1), 3), "order": order_no(r)}
        if n == 0:
            ev["ip"] = L("IP_ADDRESS", ip(r)); ev["email"] = E(email_for(r, *person(r, "int")))
        else:
            ev["device_hash"] = "".join(r.choice("0123456789abcdef") for _ in range(32)); ev["model"] = f"gbm-{version(r)}"
        jemit(d, ev, compact=True); d.t("\n")
    return d

# ---------------------------------------------------------------------------------- logs
@tpl(3, "log")
def sepa_log(r, n):
    d = Doc()
    for i in range(r.randint(4, 6)):
        loc = r.choice(["de", "fr", "es", "it", "nl", "pt", "ie"])
        g, f = person(r, loc)
        cc = LOC[loc]["cc"]
        d.w(f"{ts(r)}.{digits(r, 3)}Z INFO  sepa-router ", f"msg=pacs.008 e2e=E2E{digits(r, 16)} ",
            "dbtr=\"", P(f"{g} {f}"), "\" dbtrAcct=", L("IBAN", iban(r, cc, spaced=False)),
            f" amt={r.uniform(1, 2500):.2f} ccy=EUR mndt=MND{digits(r, 10)} status={r.choice(['ACCP', 'ACSC', 'RJCT'])}\n")
    d.w(f"{ts(r)}.000Z WARN  sepa-router rejected creditor account ", bad_iban(r, "FR").replace(" ", ""),
        " reason=AC01 (checksum)\n")
    return d

@tpl(3, "log")
def card_gateway_log(r, n):
    d = Doc()
    for i in range(5):
        d.w(f"[{ts(r)}] auth req_id={digits(r, 12)} merchant=MKTPL-{digits(r, 4)} pan={masked_card(r).replace(' ', '')}",
            f" exp=**/** amount={r.randint(100, 99999)} cur=EUR 3ds=Y eci=05 rc={r.choice(['00', '05', '51'])} client_ip=",
            L("IP_ADDRESS", ip(r)), "\n")
    if n == 1:
        d.w(f"[{ts(r)}] ERROR serializer dumped raw payload: {{\"cardNumber\":\"", L("CREDIT_CARD", card(r, sep="")),
            f"\",\"cvv\":\"***\",\"holder\":\"", P(fullname(r, "int")), "\"}\n")
    if n == 2:
        d.w(f"[{ts(r)}] WARN  luhn check failed for candidate {bad_card(r).replace(' ', '')} — rejected before tokenisation\n")
    return d

@tpl(3, "log")
def nginx_access(r, n):
    d = Doc()
    for i in range(r.randint(5, 7)):
        path = r.choice([f"/api/v{r.randint(1, 3)}/orders/{order_no(r).strip('#')}", "/static/app.9f3c1a.js",
                         f"/track?parcel={parcel(r)}", f"/de-de/p/{r.choice(PRODUCTS).lower().replace(' ', '-')}",
                         "/checkout/confirm", f"/assets/v{version(r)}/logo.svg"])
        d.w(L("IP_ADDRESS", ip(r, r.choice(["pub", "doc", "v6"]))), " - - [",
            f"{r.randint(1, 28):02d}/Oct/2025:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0100] ",
            f"\"GET {path} HTTP/2.0\" {r.choice([200, 200, 304, 404, 302])} {r.randint(200, 90000)} \"-\" ",
            f"\"Mozilla/5.0 (X11; Linux x86_64) Chrome/{r.randint(110, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 200)}\"\n")
    if n == 0:
        g, f = person(r, "fr")
        d.w(L("IP_ADDRESS", ip(r, "pub")), " - - [03/Oct/2025:11:02:45 +0100] \"GET /newsletter/unsubscribe?email=",
            E(email_for(r, g, f)), " HTTP/1.1\" 200 512 \"-\" \"curl/8.5.0\"\n")
    return d

@tpl(4, "log")
def app_log_clean(r, n):
    d = Doc()
    d.w(f"{ts(r)} INFO  build {r.choice(['checkout-web', 'catalog-svc', 'payouts-worker'])} version={version_ipish(r)} ",
        f"git=ab{''.join(r.choice('0123456789abcdef') for _ in range(10))} node=ip-10-0-{r.randint(0, 9)}-x\n")
    for i in range(6):
        d.w(f"{ts(r)} {r.choice(['INFO ', 'DEBUG', 'WARN '])} ", r.choice([
            f"cache hit ratio=0.{r.randint(50, 99)} keys={r.randint(1000, 90000)}",
            f"order {order_no(r)} state PAID -> PACKED in {r.randint(20, 900)}ms",
            f"invoice INV-{r.randint(2024, 2025)}-{digits(r, 7)} rendered (pdf {r.randint(20, 400)} kB)",
            f"snmp oid=1.3.6.1.2.1.{r.randint(1, 40)}.{r.randint(1, 9)}.0 value={r.randint(0, 999)}",
            f"upgraded dependency libfoo {version(r)} -> {version(r)}",
            f"epoch={r.randint(1700000000, 1760000000)} shard=eu-west-1c lag={r.randint(0, 40)}s",
            f"parcel {parcel(r)} handed to carrier DHL", f"listening on 0.0.0.0:{r.randint(3000, 9000)}",
            f"healthcheck 127.0.0.1 ok", f"promo code {''.join(r.choice(string.ascii_uppercase) for _ in range(6))}{r.randint(10, 99)} applied"]), "\n")
    return d

@tpl(3, "log")
def audit_log(r, n):
    d = Doc()
    for i in range(r.randint(4, 6)):
        g, f = person(r, r.choice(EU_LOCS))
        act = r.choice(["login", "export", "view_customer", "dsar_export", "role_change"])
        d.w(f"time={ts(r)}Z level=info action={act} user=", E(email_for(r, g, f, "retail-example.eu")), " src_ip=",
            L("IP_ADDRESS", ip(r, r.choice(["priv", "doc", "v6"]))), f" session={digits(r, 8)}",
            f" target=C{digits(r, 9)}" if act != "login" else "", " mfa=totp\n")
    d.w(f"time={ts(r)}Z level=warn action=login_failed user=unknown src_ip=", L("IP_ADDRESS", ip(r, "pub")),
        " attempts=5 locked=true\n")
    return d

@tpl(3, "log")
def kyc_vendor_log(r, n):
    d = Doc()
    specs = [("IN", "IN_AADHAAR", aadhaar, bad_aadhaar), ("BR", "BR_CPF", cpf, bad_cpf),
             ("SG", "SG_NRIC", nric, None), ("CA", "CA_SIN", sin, None)]
    for i in range(4):
        c, typ, gen, badgen = specs[(n + i) % 4]
        g, f = person(r, {"IN": "int", "BR": "int", "SG": "int", "CA": "int"}[c])
        ok = r.random() < .75 or badgen is None
        val = gen(r) if ok else badgen(r)
        d.w(f"{ts(r)} idv-webhook country={c} applicant=\"", P(f"{g} {f}"), "\" doc_number=",
            L(typ, val) if ok else val, f" result={'approved' if ok else 'declined_checksum'} ",
            f"vendor_ref=vr_{digits(r, 14)}\n")
    return d

@tpl(2, "log")
def mail_relay_log(r, n):
    d = Doc()
    for i in range(4):
        g, f = person(r, "int")
        d.w(f"{ts(r)} postfix/smtp[{r.randint(1000, 40000)}]: {''.join(r.choice('0123456789ABCDEF') for _ in range(10))}: to=<",
            E(email_for(r, g, f)), ">, relay=mx.", r.choice(["gmail.com", "web.de", "orange.fr"]), "[",
            L("IP_ADDRESS", ip(r, "doc")), "]:25, delay=", f"{r.uniform(0.1, 3):.1f}", ", status=sent (250 2.0.0 OK)\n")
    return d

# ---------------------------------------------------------------------------------- email / chat / ticket
CS_BODY = {
    "de": ("mein Paket mit der Sendungsnummer {p} ist seit einer Woche nicht angekommen. Bitte erstatten Sie den Betrag "
           "auf mein Konto", "Bitte schicken Sie die Ersatzlieferung an"),
    "fr": ("ma commande {p} est arrivée abîmée. Merci de me rembourser sur mon compte", "Ma nouvelle adresse :"),
    "es": ("el pedido {p} llegó incompleto. Os pido el reembolso en mi cuenta", "Enviad el resto a"),
    "it": ("l'ordine {p} non è mai arrivato. Vi chiedo il rimborso sul conto", "Il mio nuovo indirizzo è"),
    "pt": ("a encomenda {p} chegou danificada. Peço o reembolso para a conta", "Morada para a troca:"),
    "nl": ("mijn bestelling {p} is niet bezorgd. Graag het bedrag terugstorten op", "Nieuw afleveradres:"),
    "pl": ("zamówienie {p} nie dotarło. Proszę o zwrot na konto", "Adres do wysyłki:"),
}

@tpl(5, "email")
def cs_email_thread(r, n):
    loc = ["de", "fr", "es", "it", "pl"][n]
    K = LOC[loc]
    g, f = person(r, loc)
    ag, af = person(r, "ie")
    em = email_for(r, g, f)
    body, addr_lbl = CS_BODY[loc]
    d = Doc()
    d.w("From: ", P(f"{g} {f}"), " <", E(em), ">\nTo: ", E(f"kundenservice@retail-example.{loc if loc not in ('ie', 'gb') else 'eu'}"),
        f"\nSubject: Re: Ihre Anfrage [#CS-{digits(r, 7)}]\nDate: {fmt_date(2025, r.randint(1, 12), r.randint(1, 28), 'en')}\n\n")
    d.w(f"{K['hi']},\n\n", body.format(p=order_no(r)), " ", L("IBAN", iban(r, K["cc"])), ".\n",
        f"{addr_lbl} ", A(address(r, loc)), "\n\n", f"{K['bye']}\n", P(g), "\n", T(phone(r, loc)), "\n\n")
    d.w(f"On {fmt_date(2025, r.randint(1, 12), r.randint(1, 28), 'en')}, ", P(f"{ag} {af}"),
        " <", E("support@retail-example.eu"), "> wrote:\n")
    d.w("> ", f"{K['hi']} ", P(g), ",\n> thank you for contacting us. To process the refund we need the IBAN of the\n",
        "> account holder. Please never send us your full card number — we only need the last 4 digits\n",
        f"> (e.g. {masked_card(r)}).\n> \n> ", P(ag), "\n> Customer Care | Dublin\n",
        "> This e-mail and any attachments are confidential. Registered in Ireland No. ", digits(r, 6), "\n")
    return d

@tpl(2, "email")
def dsar_request(r, n):
    loc = ["de", "fr"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    d.w("From: ", E(email_for(r, g, f)), "\nTo: ", E("privacy@retail-example.eu"), "\n")
    if loc == "de":
        d.w("Betreff: Auskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\n\n",
            "hiermit verlange ich Auskunft über alle zu meiner Person gespeicherten Daten. Zur Identifikation:\n\n",
            "Name: ", P(f"{g} {f}"), "\nGeburtsdatum: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "de")), "\n",
            "Anschrift: ", A(address(r, "de")), "\nKundennummer: ", f"K-{digits(r, 8)}", "\n\n",
            "Bitte antworten Sie innerhalb der Frist von einem Monat. Eine Kopie meines Personalausweises ",
            "sende ich nicht, da dies unverhältnismäßig wäre.\n\nMit freundlichen Grüßen\n", P(f"{g} {f}"), "\n")
    else:
        d.w("Objet : Demande d'accès (article 15 RGPD) et d'effacement (article 17)\n\nMadame, Monsieur,\n\n",
            "Je souhaite obtenir la copie de toutes mes données et leur effacement. Mes informations :\n",
            "- nom : ", P(f"{g} {f}"), "\n- née le : " if fem else "\n- né le : ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "fr")),
            "\n- adresse : ", A(address(r, "fr")), "\n- téléphone : ", T(phone(r, "fr")), "\n\n",
            "Sans réponse sous un mois, je saisirai la CNIL.\n\nBien à vous,\n", P(g), "\n")
    return d

@tpl(2, "email")
def hr_sick_email(r, n):
    loc = ["nl", "pt"][n]
    g, f = person(r, loc)
    mg, mf = person(r, loc)
    dx = r.choice(DIAG[loc]); med = r.choice(MEDS[loc])
    d = Doc()
    d.w("From: ", P(f"{g} {f}"), " <", E(email_for(r, g, f, "retail-example.eu")), ">\nTo: ", P(f"{mg} {mf}"),
        " <", E(email_for(r, mg, mf, "retail-example.eu")), ">\nCc: ", E("hr-amsterdam@retail-example.eu" if loc == "nl" else "rh-lisboa@retail-example.eu"), "\n")
    if loc == "nl":
        d.w("Onderwerp: ziekmelding\n\nHoi ", P(mg), ",\n\nIk meld me ziek: de huisarts heeft ", L("DIAGNOSIS", dx),
            " vastgesteld en ik moet ", L("MEDICATION", med), " nemen. Ik verwacht volgende week terug te zijn.\n",
            "Mijn overdracht staat in Confluence.\n\nGroet,\n", P(g), "\n")
    else:
        d.w("Assunto: baixa médica\n\nOlá ", P(mg), ",\n\nEstou de baixa até sexta: o médico diagnosticou ", L("DIAGNOSIS", dx),
            " e receitou ", L("MEDICATION", med), ". Envio o certificado de incapacidade pelo portal.\n\nObrigado,\n", P(g), "\n")
    return d

@tpl(3, "email")
def vendor_email_clean(r, n):
    d = Doc()
    d.w(f"From: {r.choice(['Carrier Updates', 'Billing Platform'])} (do not reply)\nTo: ops-team\nSubject: ",
        r.choice(["Service notice", "Invoice batch ready", "Maintenance window"]), f" — ticket {digits(r, 8)}\n\n",
        f"Hello team,\n\nInvoice batch INV-2025-{digits(r, 6)} ({r.randint(200, 9000)} documents) is ready. ",
        f"API version {version(r)} will be retired after {r.choice(HOLIDAYS)}. Depot BER3 closes early on ",
        f"{r.choice(HOLIDAYS)}. Payment reference format changes from RF{digits(r, 2)}{digits(r, 10)} to ",
        f"the structured creditor reference.\n\nThanks,\nThe {r.choice(COMPANIES_PEOPLE)} integrations team\n")
    return d

@tpl(4, "chat")
def support_chat(r, n):
    loc = ["es", "it", "pt", "nl"][n]
    K = LOC[loc]
    g, f = person(r, loc)
    ag = person(r, loc)[0]
    d = Doc()
    t0 = r.randint(8, 20)
    def line(mm, who_, *rest):
        d.w(f"[{t0:02d}:{mm:02d}] ", P(who_) if who_ != "Bot" else "Bot", ": ", *rest, "\n")
    line(1, "Bot", {"es": "Hola, soy el asistente virtual. ¿En qué puedo ayudarte?", "it": "Ciao! Come posso aiutarti?",
                   "pt": "Olá! Em que posso ajudar?", "nl": "Hoi! Waarmee kan ik je helpen?"}[loc])
    line(2, g, {"es": "quiero devolver un pedido, ", "it": "devo fare un reso, ", "pt": "quero devolver uma encomenda, ",
                "nl": "ik wil iets retourneren, "}[loc], order_no(r))
    line(3, ag, {"es": "Hola ", "it": "Ciao ", "pt": "Olá ", "nl": "Hoi "}[loc], P(g),
         {"es": ", soy ", "it": ", sono ", "pt": ", fala ", "nl": ", je spreekt met "}[loc], P(ag), ". ",
         {"es": "¿Me confirmas tu móvil?", "it": "Mi confermi il cellulare?", "pt": "Confirma o telemóvel?",
          "nl": "Kun je je telefoonnummer bevestigen?"}[loc])
    line(5, g, T(phone(r, loc)))
    if n % 2 == 0:
        line(6, g, {"es": "y el reembolso a esta tarjeta: ", "it": "e il rimborso su questa carta: ", "pt": "e o reembolso neste cartão: ",
                    "nl": "en terugbetalen op deze kaart: "}[loc], L("CREDIT_CARD", card(r)))
        line(7, ag, {"es": "Por seguridad no escribas el número completo de la tarjeta en el chat. He ocultado el mensaje.",
                     "it": "Per sicurezza non scrivere il numero completo della carta. Ho oscurato il messaggio.",
                     "pt": "Por segurança não escreva o número completo do cartão. Ocultei a mensagem.",
                     "nl": "Stuur nooit je volledige kaartnummer in de chat. Ik heb het bericht verborgen."}[loc])
    else:
        line(6, g, "IBAN ", L("IBAN", iban(r, K["cc"])))
    if loc == "es":
        line(8, g, "mi DNI por si lo necesitas: ", es_id(r, "DNI"))
    line(9, ag, {"es": "Listo, etiqueta de devolución enviada a ", "it": "Fatto, etichetta inviata a ",
                 "pt": "Feito, etiqueta enviada para ", "nl": "Klaar, retourlabel gestuurd naar "}[loc], E(email_for(r, g, f)))
    return d

@tpl(3, "chat")
def eng_chat_clean(r, n):
    d = Doc()
    nick = ["deploy-bot", "sre-oncall", "release-train"]
    for i in range(6):
        d.w(f"{r.randint(9, 18):02d}:{r.randint(0, 59):02d} <{r.choice(nick)}> ", r.choice([
            f"rolling out checkout-web {version(r)} to eu-west-1", f"canary at 5%, p99 {r.randint(120, 900)}ms",
            f"rollback of {version(r)} done, ticket OPS-{digits(r, 4)}", f"who owns the Hugo Boss feed? SKU sync failing",
            f"reminder: code freeze before {r.choice(HOLIDAYS)}", f"node 0.0.0.0 binding fixed in {version(r)}",
            f"parcel scanner firmware {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)} flaky in WAW1",
            f"OID 2.16.840.1.{digits(r, 6)}.{r.randint(1, 9)} registered for our HL7 feed"]), "\n")
    return d

@tpl(6, "ticket")
def ticket(r, n):
    d = Doc()
    tid = f"{r.choice(['AML', 'FRD', 'CS', 'PAY', 'OPS'])}-{digits(r, 5)}"
    if n == 0:
        g, f, y, m, dd, fem = who(r, "int")
        pc = r.choice(["NG", "UA", "TR", "MA", "CN", "RO"])
        d.w(f"[{tid}] AML alert — structuring pattern on payouts\nPriority: High   Assignee: ", P(fullname(r, "ie")), "\n\n",
            "Subject: ", P(f"{g} {f}"), ", DOB ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "iso")), f", nationality {pc}\n",
            "Passport: ", L("PASSPORT", passport(r, pc)), "\nLinked IBANs: ", L("IBAN", iban(r, "LT")), ", ",
            L("IBAN", iban(r, r.choice(["BE", "AT", "LU"]))), "\n",
            f"{r.randint(9, 40)} incoming SCT of just under EUR 1,000 within 10 days. SAR draft started.\n")
    elif n == 1:
        d.w(f"[{tid}] Checkout 500 after release {version(r)}\nPriority: P2   Component: payments\n\n",
            f"Steps: add {r.choice(PRODUCTS)} to basket, pay with test card {bad_card(r)} (sandbox), observe 500.\n",
            f"Trace id {''.join(r.choice('0123456789abcdef') for _ in range(32))}. No customer data involved.\n")
    elif n == 2:
        g, f = person(r, "gb")
        d.w(f"[{tid}] customer cant log in\nreporter: ", E(email_for(r, g, f)), "\n\n",
            "hi its ", P(g.lower()), " here, i changed phone number to ", T(phone(r, "gb")),
            " and now the sms code goes to the old one. postcode is ", address(r, "gb").split(", ")[-1],
            " if u need it. thx\n")
    elif n == 3:
        g, f = person(r, "de")
        d.w(f"[{tid}] Rückbuchung / Chargeback Kartenzahlung\nKunde: ", P(f"{g} {f}"), "\n\n",
            f"Chargeback Reason Code 13.1, Karte {masked_card(r)}, Betrag {r.randint(20, 900)},00 EUR.\n",
            "Kunde sagt, Ware nie erhalten. DHL-Sendungsnummer ", parcel(r), " zeigt Zustellung an Nachbarn.\n",
            "Rückruf: ", T(phone(r, "de")), "\n")
    elif n == 5:
        d.w(f"[{tid}] Wrong VAT on invoices for {r.choice(COMPANIES_PEOPLE)} marketplace orders\nPriority: P3\n\n",
            f"Invoices INV-2025-{digits(r, 6)} to INV-2025-{digits(r, 6)} show 19 % instead of 7 %. Affects SKU range ",
            f"SKU-BOO-{digits(r, 5)}..{digits(r, 5)}. Fix in tax-engine {version(r)}. Due before {r.choice(HOLIDAYS)}.\n")
    else:
        g, f, y, m, dd, fem = who(r, "int")
        st = r.choice(list(STATES_DL))
        d.w(f"[{tid}] Manual ID review — US marketplace seller\n\n", "Seller ", P(f"{g} {f}"), " uploaded a ",
            f"{st} driver's license, number ", L("DRIVER_LICENSE", STATES_DL[st](r)), ", DOB ",
            L("DATE_OF_BIRTH", fmt_date(y, m, dd, "mdy/")), ". Name matches W-9. SSN on W-9 shown masked as ***-**-", digits(r, 4), ".\n", "Approved by ", P(fullname(r, "ie")), ".\n")
    return d

# ---------------------------------------------------------------------------------- free text / html
@tpl(4, "free_text")
def aml_case_note(r, n):
    d = Doc()
    g, f, y, m, dd, fem = who(r, "int")
    if n == 0:
        d.w("Case note (EDD, Warsaw AML hub). Customer ", P(f"{g} {f}"), " (born ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "en")),
            ") is an Indian national resident in Dublin. Aadhaar supplied for source-of-funds: ", L("IN_AADHAAR", aadhaar(r)),
            ". A second number on the payslip, ", bad_aadhaar(r), ", fails verification and looks mistyped. Passport (India) ",
            L("PASSPORT", passport(r, "IN")), ". Funds from sale of property in Pune; no adverse media.\n")
    elif n == 1:
        d.w("Nota do analista: a vendedora ", P(f"{g} {f}"), ", nascida em ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "pt")),
            ", apresentou CPF ", L("BR_CPF", cpf(r)), " e passaporte brasileiro n.º ", L("PASSPORT", passport(r, "BR")),
            ". O CPF do sócio (", bad_cpf(r), ") é inválido. Conta de pagamento em Lisboa: ", L("IBAN", iban(r, "PT")),
            ". Morada: ", A(address(r, "pt")), ".\n")
    elif n == 2:
        d.w("Escalation from Singapore marketplace partner. Seller ", P(f"{f.upper()} {g}"), " provided NRIC ", L("SG_NRIC", nric(r, "S")),
            "; her co-director holds FIN ", L("SG_NRIC", nric(r, "G")), ". A third ID in the deck, ", bad_nric(r), ", could not be matched. Canadian payout beneficiary ", P(fullname(r, "int")), ", SIN ", L("CA_SIN", sin(r)),
            ". Contact ", E(email_for(r, g, f)), ".\n")
    else:
        pcs = r.sample(["UA", "TR", "MA", "NG", "CN", "JP", "CH", "RO", "ES", "IT"], 3)
        d.w("Sanctions screening false-positive review — three hits on the name list:\n")
        for pc in pcs:
            gg, ff = person(r, "int")
            lab = {"ES": "pasaporte", "IT": "passaporto", "CH": "Pass-Nr.", "MA": "passeport", "RO": "pașaport"}.get(pc, "passport")
            d.w(" * ", P(f"{gg} {ff}"), f" — {lab} ({pc}) ", L("PASSPORT", passport(r, pc)), " — not the listed individual (DOB differs)\n")
        d.w(f"Outcome: discounted. Reference SCR-{digits(r, 9)}. Reviewed by the {r.choice(['Dublin', 'Warsaw'])} team.\n")
    return d

@tpl(4, "free_text")
def meeting_minutes(r, n):
    d = Doc()
    if n < 2:
        d.w(f"Minutes — Returns & Logistics weekly, {fmt_date(2025, r.randint(1, 12), r.randint(1, 28), 'en')}\n",
            f"Present: Logistics Lead, Finance BP, Payments PM, Legal (DPO office)\n\n",
            f"1. Returns rate for {r.choice(PRODUCTS)} up {r.randint(2, 19)}% since release {version(r)} of the app.\n",
            f"2. {r.choice(COMPANIES_PEOPLE)} and {r.choice(COMPANIES_PEOPLE)} onboarding to the marketplace slipped to after {r.choice(HOLIDAYS)}.\n",
            f"3. Carrier SLA breach on lane MAD1→LIS2; sample parcels {parcel(r)}, {parcel(r)}.\n",
            "4. DPO reminder: never paste IBANs or card numbers into Jira; use the vault reference (e.g. VLT-", digits(r, 10), ").\n",
            f"Actions: Finance to reconcile batch PAYOUT-{digits(r, 8)}; Legal to update DPIA v{r.randint(1, 5)}.{r.randint(0, 9)}.\n")
    else:
        loc = ["de", "it"][n - 2]
        names = [fullname(r, loc) for _ in range(3)]
        if loc == "de":
            d.w(f"Protokoll Betriebsratssitzung Berlin, {fmt_date(2025, r.randint(1, 12), r.randint(1, 28), 'de')}\n",
                "Anwesend: ", P(names[0]), ", ", P(names[1]), ", ", P(names[2]), "\n\n",
                "TOP 1: Schichtplanung Lager vor ", r.choice(HOLIDAYS), ". TOP 2: Frau ", P(names[1].split()[-1]),
                " berichtet über die Einführung des neuen Scanner-Releases ", version(r), ". TOP 3: Verschiedenes.\n",
                "Nächste Sitzung am Dienstag nach ", r.choice(HOLIDAYS), ".\n")
        else:
            d.w(f"Verbale riunione team Milano — {fmt_date(2025, r.randint(1, 12), r.randint(1, 28), 'it')}\n",
                "Partecipanti: ", P(names[0]), ", ", P(names[1]), ", ", P(names[2]), "\n\n",
                f"- Lancio collezione {r.choice(COMPANIES_PEOPLE)} rinviato dopo {r.choice(HOLIDAYS)}.\n",
                "- ", P(names[0].split()[0]), " segue il fornitore di imballaggi (ordine PO-", digits(r, 7), ").\n")
    return d

@tpl(4, "free_text")
def cv_text(r, n):
    loc = ["de", "es", "pl", "ie"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    d.w(P(f"{g} {f}"), "\n")
    if loc == "de":
        d.w("Lebenslauf\n\nPersönliche Daten\n", "Anschrift: ", A(address(r, "de")), "\n", "Mobil: ", T(phone(r, "de")), "\n",
            "E-Mail: ", E(email_for(r, g, f)), "\n", "Geboren am ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy.")),
            " in Bremen\nFamilienstand: ledig\n\nBerufserfahrung\n2019–heute  Category Manager, Hugo Boss AG, Metzingen\n",
            "2015–2019  Einkäufer, Peek & Cloppenburg\n\nSprachen: Deutsch, Englisch, Türkisch\n")
    elif loc == "es":
        d.w("CURRÍCULUM VITAE\n", "Fecha de nacimiento: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "es")), "\n",
            "Dirección: ", A(address(r, "es")), "\nTel.: ", T(phone(r, "es")), " · ", E(email_for(r, g, f)), "\n\n",
            "EXPERIENCIA\nAnalista de fraude — Adolfo Domínguez (2020–2024)\nAtención al cliente — El Corte Inglés (2017–2020)\n",
            "FORMACIÓN\nGrado en ADE, Universidad de Salamanca\n")
    elif loc == "pl":
        d.w("Curriculum Vitae\n", "Data urodzenia: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "pl")), "\n",
            "Adres: ", A(address(r, "pl")), "\nTelefon: ", T(phone(r, "pl")), "\nE-mail: ", E(email_for(r, g, f)), "\n\n",
            "Doświadczenie: Specjalista ds. płatności SEPA, Warszawa (2021–obecnie)\n",
            "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu rekrutacji (RODO).\n")
    else:
        d.w(E(email_for(r, g, f)), " | ", T(phone(r, "ie")), " | linkedin.com/in/", g.lower()[:3], f.lower()[:4].replace(" ", ""),
            digits(r, 3), "\n\nPROFILE\nData engineer, 6 yrs, Python/Spark, GDPR-aware pipelines.\n",
            "EXPERIENCE\nPaddy Power Betfair (2019-2024) — built CDC pipelines on Kafka 3.6.1\n",
            "REFERENCES\nAvailable on request.\n")
    return d

@tpl(3, "free_text")
def contract_pdf(r, n):
    loc = ["de", "fr", "it"][n]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    if loc == "de":
        d.w("ARBEITSVERTRAG\n\nZwischen der Retail Example Payments GmbH, Friedrichstraße 68, 10117 Berlin (nachfolgend „Arbeit-\ngeber“)\n",
            "und\n\n", P(f"{g} {f}"), ", geboren am ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy.")), ", wohnhaft\n",
            A(address(r, "de", multiline=True)), "\n(nachfolgend „Arbeitnehmer/in“)\n\n",
            "§ 1 Beginn des Arbeitsverhältnisses\nDas Arbeitsverhältnis beginnt am 01.0", str(r.randint(1, 9)), ".2026. Die ersten sechs Mo-\nnate gelten als Probezeit.\n",
            "§ 4 Vergütung\nDie Vergütung wird auf das Konto IBAN ", L("IBAN", iban(r, "DE")), " überwiesen.\n",
            "Steuer-ID: ", L("DE_TAX_ID", steuer(r)), "\n\n— Seite 1 von 6 —\n")
    elif loc == "fr":
        d.w("CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE\n\nEntre la société Retail Example SAS, 8 rue de Londres, 75009 Paris,\n",
            "et M./Mme ", P(f"{g} {f.upper()}"), ", né(e) le ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "fr")), ",\n",
            "demeurant ", A(address(r, "fr")), ",\nnuméro de sécurité sociale ", L("FR_NIR", nir(r, "2" if fem else "1", y, m)), ".\n\n",
            "Article 3 — Rémunération. Le salarié perçoit une rémunération brute annuelle de ", str(r.randint(32, 70)),
            " 000 euros, ver-\nsée sur le compte ", L("IBAN", iban(r, "FR")), ".\n\nPage 1/5\n")
    else:
        d.w("CONTRATTO DI LAVORO SUBORDINATO\n\nTra Retail Example Italia S.r.l., Via Tortona 15, 20144 Milano\n",
            "e il/la Sig./Sig.ra ", P(f"{g} {f}"), ", nato/a a ", r.choice(BELFIORE)[1], " il ",
            L("DATE_OF_BIRTH", fmt_date(y, m, dd, "dmy/")), ", C.F. ", L("IT_FISCAL_CODE", codice_fiscale(g, f, y, m, dd, fem, r)),
            ",\nresidente in ", A(address(r, "it")), "\n\nArt. 5 — Retribuzione: accredito sul conto ", L("IBAN", iban(r, "IT")),
            ".\nArt. 6 — Periodo di pro-\nva di 90 giorni.\n")
    return d

@tpl(2, "free_text")
def sql_dump(r, n):
    d = Doc()
    d.w("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n-- Host: ", "127.0.0.1" if n else "localhost",
        "    Database: shop_eu\n\nDROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (\n",
        "  `id` int NOT NULL AUTO_INCREMENT,\n  `first_name` varchar(80),\n  `last_name` varchar(80),\n",
        "  `email` varchar(190),\n  `phone` varchar(40),\n  `dob` date,\n  `street` varchar(200),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\n")
    if n == 0:
        d.w("INSERT INTO `customers` VALUES ")
        for i in range(4):
            loc = r.choice(EU_LOCS)
            g, f, y, m, dd, fem = who(r, loc)
            if i:
                d.w(",")
            d.w(f"({1000 + i},'", P(g.replace("'", "\\'")), "','", P(f.replace("'", "\\'")), "','", E(email_for(r, g, f)), "','",
                T(phone(r, loc, intl=True)), "','", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "iso")), "','",
                A(address(r, loc).split(", ")[0].replace("'", "\\'")), "')")
        d.w(";\n")
    else:
        d.w("-- data omitted (anonymised staging copy)\nINSERT INTO `customers` VALUES ",
            "(1,'Test','Kunde','test@example.invalid','+49 000 0000000','1900-01-01','Musterweg 0');\n")
    d.w(f"-- Dump completed on 2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} 02:00:{r.randint(10, 59)}\n")
    return d

@tpl(3, "free_text")
def payslip_text(r, n):
    loc = ["gb", "de", "es"][n]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    if loc == "gb":
        d.w("PAYSLIP   Retail Example (UK) Ltd   Period 07   Tax code 1257L\n", "Employee: ", P(f"{g} {f}"),
            "   NI number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "   NI category A\n",
            f"Basic pay      {r.randint(2000, 6000)}.00\nPAYE tax        {r.randint(200, 1200)}.40\nNet pay        paid to ",
            L("UK_BANK_ACCOUNT", f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)} {digits(r, 8)}"), "\n")
    elif loc == "de":
        d.w("Entgeltabrechnung November   Retail Example Payments GmbH\n", "Herrn/Frau ", P(f"{g} {f}"), "\n",
            A(address(r, "de", multiline=True)), "\n\nSteuer-ID ", L("DE_TAX_ID", steuer(r)), "   StKl 1   Konf. --\n",
            f"Gesamtbrutto {r.randint(3000, 8000)},00   Netto {r.randint(2000, 5000)},12\n", "Überweisung an ",
            L("IBAN", iban(r, "DE")), "\nKrankenkasse: Techniker Krankenkasse\n")
    else:
        d.w("NÓMINA — Retail Example Iberia S.L.\nTrabajador: ", P(f"{g} {f}"), "   NIF: ", es_id(r, "DNI"),
            f"   Nº afiliación SS: {digits(r, 2)}/{digits(r, 8)}/{digits(r, 2)}\n",
            f"Salario base {r.randint(1500, 4000)},00 €   IRPF {r.randint(8, 22)} %\nLíquido a percibir ingresado en ",
            L("IBAN", iban(r, "ES")), "\n")
    return d

@tpl(3, "free_text")
def release_notes(r, n):
    d = Doc()
    d.w(f"Release notes — Seller Portal {version(r)}\n\n",
        f"* New: bulk upload of SKUs (up to {r.randint(5, 50)}k rows); EAN validation.\n",
        f"* Fixed: IBAN field now rejects {bad_iban(r, 'NL')} style inputs with wrong check digits.\n",
        f"* Fixed: masked card display ({masked_card(r)}) in refund screen.\n",
        f"* Changed: default build server moved from 10.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 255)}.{r.randint(1000, 9999)} naming scheme to semantic versions.\n",
        f"* Docs: sample payload uses order {order_no(r)} and parcel {parcel(r)}.\n",
        f"* Brand pages for {r.choice(COMPANIES_PEOPLE)}, {r.choice(COMPANIES_PEOPLE)} and {r.choice(COMPANIES_PEOPLE)}.\n",
        f"* Known issue: date picker off by one on {r.choice(HOLIDAYS)}.\n")
    return d

@tpl(2, "free_text")
def complaint_letter(r, n):
    loc = ["it", "ie"][n]
    g, f = person(r, loc)
    d = Doc()
    if loc == "it":
        d.w("Spett.le Retail Example Italia S.r.l.\nUfficio Reclami\n\nOggetto: reclamo formale ordine ", order_no(r),
            "\n\nIo sottoscritta ", P(f"{g} {f}"), ", residente in ", A(address(r, "it")),
            ", lamento la mancata consegna del pacco. Il corriere dichiara la consegna, ma nessuno l'ha ricevuto.\n",
            "Chiedo il rimborso entro 14 giorni, altrimenti mi rivolgerò all'AGCM.\n", "Recapito: ", T(phone(r, "it")),
            "\n\nDistinti saluti\n", P(f"{g} {f}"), "\n")
    else:
        d.w("To whom it may concern,\n\nI am writing, as advised by the European Consumer Centre, about order ", order_no(r),
            ". I was charged twice on ", fmt_date(2025, r.randint(1, 12), r.randint(1, 28), "en"), ". My statement shows both debits ",
            "against the card ending 4", digits(r, 3), ".\n\nPlease reply in writing to ", A(address(r, "ie", multiline=True)),
            ".\n\nYours faithfully,\n", P(f"{g} {f}"), "\n")
    return d

@tpl(4, "html")
def html_customer360(r, n):
    loc = ["fr", "nl", "es", "gb"][n]
    K = LOC[loc]
    g, f, y, m, dd, fem = who(r, loc)
    d = Doc()
    d.w(f"<!DOCTYPE html>\n<html lang=\"{K['lang']}\"><head><meta charset=\"utf-8\"><title>Customer 360</title></head>\n<body>\n",
        f"<h1>Customer C{digits(r, 9)}</h1>\n<dl>\n  <dt>{K['first']} / {K['last']}</dt><dd>", P(f"{g} {f}"), "</dd>\n",
        f"  <dt>{K['dob']}</dt><dd>", L("DATE_OF_BIRTH", fmt_date(y, m, dd, K["ds"])), "</dd>\n",
        f"  <dt>{K['addr']}</dt><dd>", A(address(r, loc).replace(", ", "<br>")), "</dd>\n",
        f"  <dt>{K['tel']}</dt><dd><a href=\"tel:")
    ph = phone(r, loc, intl=True)
    d.w(T(ph.replace(" ", "")), "\">", T(ph), "</a></dd>\n", f"  <dt>{K['mail']}</dt><dd>", E(email_for(r, g, f)), "</dd>\n")
    if loc == "es":
        d.w("  <dt>DNI</dt><dd>", es_id(r, "DNI"), "</dd>\n")
    elif loc == "fr":
        d.w("  <dt>NIR</dt><dd>", L("FR_NIR", nir(r, "2" if fem else "1", y, m)), "</dd>\n")
    elif loc == "gb":
        d.w("  <dt>NHS number (health cover)</dt><dd>", L("UK_NHS_NUMBER", nhs(r)), "</dd>\n")
    d.w(f"  <dt>Last login IP</dt><dd>", L("IP_ADDRESS", ip(r)), "</dd>\n",
        f"  <dt>Card on file</dt><dd>{masked_card(r)}</dd>\n</dl>\n<p class=\"muted\">App {version(r)} · rendered {ts(r)}</p>\n</body></html>\n")
    return d

@tpl(4, "html")
def html_public(r, n):
    d = Doc()
    if n == 0:
        d.w("<html><body><h2>Privacy Notice</h2>\n<p>We process your name, e-mail address, postal address and payment data ",
            "to fulfil your order (Art. 6(1)(b) GDPR). Our DPO can be reached via the contact form.</p>\n",
            "<p>Example of a structured reference on your bank statement: <code>RF18 5390 0754 7034</code> (illustration only).</p>\n",
            f"<p>Brands: {', '.join(r.sample(COMPANIES_PEOPLE, 4))}.</p></body></html>\n")
    elif n == 1:
        d.w("<html><body><h1>Sale ends soon!</h1>\n<ul>\n")
        for p in r.sample(PRODUCTS, 4):
            d.w(f"  <li>{p} — art. {digits(r, 8)} — <s>{r.randint(40, 400)},99 €</s></li>\n")
        d.w(f"</ul>\n<p>Free returns until {r.choice(HOLIDAYS)}. Unsubscribe: <a href=\"/u?t={''.join(r.choice('abcdef0123456789') for _ in range(24))}\">here</a></p>\n</body></html>\n")
    elif n == 3:
        d.w("<html><head><title>Careers</title></head><body>\n<h1>Join us in Lisbon, Warsaw or Dublin</h1>\n",
            "<p>We are hiring a <b>Senior Fraud Analyst</b> (AML, SEPA, card schemes). Apply via our portal — please do not ",
            "send passport copies or your date of birth with the application.</p>\n",
            f"<p>Office closed on {r.choice(HOLIDAYS)} and {r.choice(HOLIDAYS)}. Ref JOB-{digits(r, 5)}.</p>\n</body></html>\n")
    else:
        d.w("<html><body><h3>Developer docs: Payouts API</h3>\n<pre>POST /v2/payouts\n{\n  \"iban\": \"",
            bad_iban(r, "DE").replace(" ", ""), "\",\n  \"amount\": 1000,\n  \"reference\": \"", order_no(r),
            "\"\n}</pre>\n<p>Use the sandbox card <code>", bad_card(r), "</code>; real PANs are rejected in sandbox. ",
            f"Minimum SDK version {version(r)}.</p></body></html>\n")
    return d

# ---------------------------------------------------------------------------------- extra templates
@tpl(2, "tsv")
def bank_statement_tsv(r, n):
    d = Doc()
    crow(d, ["Buchungstag", "Valuta", "Auftraggeber/Empfänger", "IBAN", "Verwendungszweck", "Betrag"], "\t")
    for i in range(5):
        loc = r.choice(["de", "nl", "fr", "it", "at"])
        if loc == "at":
            g, f = person(r, "de"); cc = "AT"
        else:
            g, f = person(r, loc); cc = LOC[loc]["cc"]
        company = r.random() < .3
        crow(d, [fmt_date(2025, 11, i + 3, "dmy."), fmt_date(2025, 11, i + 4, "dmy."),
                 f"{r.choice(COMPANIES_PEOPLE)} Retail" if company else P(f"{f}, {g}"),
                 L("IBAN", iban(r, cc, spaced=False)),
                 f"Rechnung {digits(r, 8)} / Kd-Nr {digits(r, 6)} EREF+{digits(r, 14)}",
                 f"{'-' if r.random() < .5 else ''}{r.randint(5, 4000)},{r.randint(0, 99):02d}"], "\t")
    return d

@tpl(2, "yaml")
def us_benefits_yaml(r, n):
    g, f, y, m, dd, fem = who(r, "int")
    pg, pf = person(r, "int")
    py_, pm, pd = dob(r, 1938, 1958)
    d = Doc()
    d.w("# US payments subsidiary — benefits enrolment export (open enrolment 2026)\nemployee:\n  name: ", P(f"{g} {f}"),
        "\n  dob: ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "iso")), "\n  ssn: \"", L("US_SSN", ssn(r)), "\"\n",
        "  home_address: >-\n    ", A(address(r, "us")), "\nmedical_plan:\n  carrier: Aetna Choice POS II\n",
        "  group_number: GRP-", digits(r, 6), "   # group, not member\n  member_id: ", L("HEALTH_PLAN_ID", f"W{digits(r, 9)}"),
        "   # subscriber id on the insurance card\ndependents:\n  - relation: parent (Medicare secondary payer)\n",
        "    name: ", P(f"{pg} {pf}"), "\n    dob: ", L("DATE_OF_BIRTH", fmt_date(py_, pm, pd, "iso")), "\n",
        "    medicare_mbi: ", L("US_MBI", mbi(r)), "\n")
    return d

@tpl(2, "hl7")
def hl7_oru(r, n):
    g, f, y, m, dd, fem = who(r, ["pt", "es"][n])
    d = Doc()
    d.w(f"MSH|^~\\&|LIS|LABLISBOA|OHS|RETAIL|2025{r.randint(1, 12):02d}{r.randint(10, 28)}0930||ORU^R01|{digits(r, 9)}|P|2.3\n",
        "PID|1||", L("MEDICAL_RECORD_NUMBER", f"{r.choice(['LX', 'MD'])}{digits(r, 7)}"), "^^^LAB^PI||",
        P(f"{f.upper()}^{g.upper()}"), "||", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "hl7")), f"|{'F' if fem else 'M'}\n",
        f"OBR|1|{digits(r, 8)}|{digits(r, 8)}|57021-8^CBC W Auto Differential panel^LN\n",
        f"OBX|1|NM|718-7^Hemoglobin^LN||{r.uniform(9, 16):.1f}|g/dL|12.0-16.0|{r.choice(['N', 'L'])}|||F\n",
        f"OBX|2|NM|2345-7^Glucose^LN||{r.randint(70, 200)}|mg/dL|70-110|N|||F\n",
        "NTE|1||Doente com ", L("DIAGNOSIS", r.choice(DIAG["pt"])), " em tratamento com ", L("MEDICATION", r.choice(MEDS["pt"])), ".\n")
    return d

@tpl(2, "ndjson")
def dsar_export(r, n):
    d = Doc()
    loc = ["it", "fr"][n]
    g, f, y, m, dd, fem = who(r, loc)
    cid = f"C{digits(r, 9)}"
    recs = [{"table": "customers", "id": cid, "first_name": P(g), "last_name": P(f), "birth_date": L("DATE_OF_BIRTH", fmt_date(y, m, dd, "iso"))},
            {"table": "addresses", "customer": cid, "street": A(address(r, loc).split(", ")[0]), "city": LOC[loc]["city"]},
            {"table": "orders", "customer": cid, "order": order_no(r), "total": round(r.uniform(10, 500), 2), "parcel": parcel(r)},
            {"table": "sessions", "customer": cid, "ip": L("IP_ADDRESS", ip(r, "pub")), "ua": f"App/{version(r)}"},
            {"table": "support_messages", "customer": cid, "body": M("Buongiorno, sono ", P(g), ", il mio numero è ", T(phone(r, "it")))
             if loc == "it" else M("Bonjour, ici ", P(g), ", joignable au ", T(phone(r, "fr")))}]
    for rec in recs:
        jemit(d, rec, compact=True); d.t("\n")
    return d

@tpl(2, "chat")
def courier_whatsapp(r, n):
    loc = ["pl", "de"][n]
    g, f = person(r, loc)
    drv = person(r, loc)[0]
    d = Doc()
    day = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.25"
    def msg(hh, mm, who_, *parts):
        d.w(f"{day}, {hh:02d}:{mm:02d} - ", P(who_), ": ", *parts, "\n")
    if loc == "pl":
        msg(9, 12, drv, "Dzień dobry, kurier. Paczka ", parcel(r), " – będę ok. 11:00")
        msg(9, 20, g, "Nie ma mnie w domu, proszę zostawić u sąsiadki pod ", A(address(r, "pl")))
        msg(9, 21, g, "albo dzwonić ", T(phone(r, "pl")))
        msg(11, 4, drv, "Zostawione 👍")
    else:
        msg(14, 2, drv, "Hallo, hier ist der Fahrer. Ich stehe vor der Tür, niemand öffnet.")
        msg(14, 5, g, "Sorry! Bitte beim Nachbarn ", P(f"{person(r, 'de')[1]}"), " abgeben, Hausnummer ", A(address(r, "de")))
        msg(14, 9, drv, "Erledigt. Sendung ", parcel(r), " zugestellt.")
    return d

@tpl(2, "clinical_note")
def telehealth_eap(r, n):
    g, f, y, m, dd, fem = who(r, ["ie", "gb"][n])
    dx = r.choice(DIAG["en"])
    d = Doc()
    d.w("EMPLOYEE ASSISTANCE PROGRAMME — video consultation note\n", "Client: ", P(f"{g} {f}"), "   DOB: ",
        L("DATE_OF_BIRTH", fmt_date(y, m, dd, "en")), "   Client ref: ", L("MEDICAL_RECORD_NUMBER", f"EAP-{digits(r, 6)}"), "\n",
        "Insurer: ", r.choice(["Laya Healthcare", "Irish Life Health", "Bupa UK"]), "   Membership no.: ",
        L("HEALTH_PLAN_ID", f"{digits(r, 8)}"), "\n\n",
        "S: Reports low mood and poor sleep since the warehouse restructure. Denies suicidal ideation. No history of psychosis.\n",
        "O: Alert, good rapport. PHQ-9 = ", str(r.randint(10, 19)), ".\n", "A: ", L("DIAGNOSIS", dx), ".\n",
        "P: Continue ", L("MEDICATION", r.choice(MEDS["en"])), " as prescribed by GP; six CBT sessions. ",
        "Discussed that research on mindfulness apps for insomnia is inconclusive.\n", "Clinician: ", P(fullname(r, "ie")), "\n")
    return d

@tpl(2, "csv")
def returns_export(r, n):
    d = Doc()
    crow(d, ["rma", "order", "customer_name", "street", "postcode", "city", "phone", "reason", "label_tracking"])
    for i in range(5):
        loc = r.choice(["de", "fr", "es", "it", "nl"])
        g, f = person(r, loc)
        a = address(r, loc).split(", ")
        pc, city = a[-1].split(" ", 1)
        crow(d, [f"RMA{digits(r, 7)}", order_no(r), P(f"{g} {f}"), A(", ".join(a[:-1])), pc, city, T(phone(r, loc)),
                 r.choice(["Größe passt nicht", "trop petit", "defectuoso", "non conforme", "kapot"]), parcel(r)])
    return d

@tpl(2, "email")
def recruiter_email(r, n):
    g, f = person(r, ["pt", "int"][n])
    rg, rf = person(r, "ie")
    d = Doc()
    d.w("From: ", E(email_for(r, g, f)), "\nTo: ", E("careers@retail-example.eu"), "\nSubject: Application — Senior Fraud Analyst (Lisbon)\n\n",
        "Dear Hiring Team,\n\nplease find my CV attached. I am currently at Farfetch and available from January.\n\n",
        "Best regards,\n", P(f"{g} {f}"), "\n", T(phone(r, "pt", intl=True)), "\n\n",
        "---------- Forwarded message ---------\nFrom: ", P(f"{rg} {rf}"), "\nTo: hiring-managers\n\n",
        "Strong profile — can we book a call before the ", r.choice(HOLIDAYS), " break? Reqs REQ-", digits(r, 5), ".\n")
    return d

@tpl(2, "log")
def app_log_clean2(r, n):
    d = Doc()
    for i in range(6):
        d.w(json.dumps({"ts": ts(r), "lvl": r.choice(["info", "warn"]), "svc": "returns-api",
                        "msg": r.choice([f"label created for {parcel(r)}", f"sku SKU-{digits(r, 6)} restocked",
                                         f"client lib {version(r)}", f"refund REF-{digits(r, 10)} queued",
                                         f"card {masked_card(r)} token tok_{digits(r, 12)} reused"]),
                        "dur_ms": r.randint(1, 800)}, ensure_ascii=False), "\n")
    return d

# =============================================================================================== build
IBAN_CC = set("AD AE AL AT AZ BA BE BG BH BR CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL GR GT HR HU IE IL IQ IS "
              "IT JO KW KZ LB LC LI LT LU LV MC MD ME MK MR MT MU NL NO PK PL PS PT QA RO RS SA SC SE SI SK SM ST SV TL "
              "TN TR UA VA VG XK".split())

def covered(ents, s, e):
    return any(a < e and s < b for _, a, b in ents)

def leak_check(did, text, ents):
    problems = []
    for mt in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){14,18}(?![\w-])", text):
        if card_ok(mt.group()) and not covered(ents, mt.start(), mt.end()):
            problems.append(("card", mt.group()))
    for mt in re.finditer(r"\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,30})\b", text):
        v = mt.group().replace(" ", "")
        if mt.group(1) in IBAN_CC and iban_ok(v) and not covered(ents, mt.start(), mt.end()):
            problems.append(("iban", mt.group()))
    for mt in re.finditer(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", text):
        if ssn_ok(mt.group()) and not covered(ents, mt.start(), mt.end()):
            problems.append(("ssn", mt.group()))
    extra = [("nric", r"(?<![\w])[STFG]\d{7}[A-Z](?![\w])", nric_ok), ("dni", r"(?<![\w-])[XYZ]?\d{7,8}-?[A-Z](?![\w])", dni_ok),
             ("cf", r"(?<![\w])[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z](?![\w])", cf_ok),
             ("cpf", r"(?<![\w.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w])", cpf_ok),
             ("aadhaar", r"(?<![\w ])[2-9]\d{3} \d{4} \d{4}(?![\w])", aadhaar_ok),
             ("nir", r"(?<![\w])[12](?: ?\d){14}(?![\w])", nir_ok),
             ("steuer", r"(?<![\w.])[1-9]\d{10}(?![\w])", steuer_ok),
             ("nhs", r"(?<![\w])\d{3} \d{3} \d{4}(?![\w])", nhs_ok)]
    for nm_, rx, fn in extra:
        for mt in re.finditer(rx, text):
            if fn(mt.group()) and not covered(ents, mt.start(), mt.end()):
                problems.append((nm_, mt.group()))
    if problems:
        raise AssertionError(f"{did}: unlabelled look-alikes {problems}")

def validate(rec):
    text, ents, fmt = rec["text"], rec["entities"], rec["format"]
    assert fmt in FORMATS, fmt
    prev_end = -1
    for en in sorted(ents, key=lambda x: x["start"]):
        s, e, t = en["start"], en["end"], en["type"]
        assert t in LEVEL, t
        span = text[s:e]
        assert span and span == span.strip(), (rec["id"], t, repr(span))
        assert s >= prev_end, (rec["id"], "overlap", span)
        prev_end = e
        if t in CHECKS:
            assert CHECKS[t](span), (rec["id"], t, span)
        if t == "IBAN":
            assert iban_ok(span), (rec["id"], span)
    lvl = max([LEVEL[e["type"]] for e in ents], default=0)
    assert rec["classification"] == CLS[lvl]
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for ln in text.splitlines():
            if ln.strip():
                json.loads(ln)
    if fmt in ("csv", "tsv"):
        first = text.splitlines()[0]
        delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
        widths = {len(rw) for rw in rows if rw}
        assert len(widths) == 1, (rec["id"], widths)

def build():
    selftest()
    out = []
    for name, count, fmt, fn in TEMPLATES:
        for n in range(count):
            r = random.Random(f"{SEED}:{name}:{n}")
            d = fn(r, n)
            text = d.text()
            ents = [{"type": t, "start": s, "end": e} for t, s, e in sorted(d.ents, key=lambda x: x[1])]
            lvl = max([LEVEL[e["type"]] for e in ents], default=0)
            rec = {"id": f"h9_{name}-{n}", "text": text, "entities": ents, "classification": CLS[lvl], "format": fmt}
            validate(rec)
            leak_check(rec["id"], text, d.ents)
            out.append(rec)
    ids = [x["id"] for x in out]
    assert len(ids) == len(set(ids))
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # counts
    cls = Counter(x["classification"] for x in out)
    fmts = Counter(x["format"] for x in out)
    types = Counter(e["type"] for x in out for e in x["entities"])
    print(f"documents: {len(out)}")
    print(f"no-entity documents: {sum(1 for x in out if not x['entities'])}")
    print(f"templates: {len(TEMPLATES)}\n\nclassification:")
    for k, v in cls.most_common():
        print(f"  {k:<30} {v}")
    print("\nformat:")
    for k, v in fmts.most_common():
        print(f"  {k:<30} {v}")
    print("\nentity type:")
    for k, v in types.most_common():
        print(f"  {k:<30} {v}")
    missing = [t for t in LEVEL if t not in types]
    if missing:
        print("types without examples:", missing)
    return out


@tpl(3, "form")
def us_car_rental(r, n):
    g, f, y, m, dd, fem = who(r, "int")
    st = list(STATES_DL)[(n * 3 + 1) % len(STATES_DL)]
    d = Doc()
    d.w(f"RENTAL AGREEMENT  RA#{digits(r, 9)}   Pick-up: {r.choice(['BOS', 'SFO', 'JFK', 'ORD', 'SEA'])} airport\n",
        "Corporate account: Retail Example Payments Inc. (business travel)\n\n",
        "Renter.............. ", P(f"{f.upper()}, {g.upper()}"), "\n",
        "Date of birth....... ", L("DATE_OF_BIRTH", fmt_date(y, m, dd, "mdy/")), "\n",
        f"Licence state....... {STATE_ABBR[st]} ({st})\n",
        "Licence number...... ", L("DRIVER_LICENSE", STATES_DL[st](r)), f"   exp {r.randint(1, 12):02d}/{r.randint(2027, 2031)}\n",
        "Home address........ ", A(address(r, r.choice(["de", "ie", "nl"]))), "\n",
        "Mobile.............. ", T(phone(r, r.choice(["de", "ie", "nl"]), intl=True)), "\n",
        f"Vehicle: {r.choice(['Toyota RAV4', 'Ford Explorer', 'Tesla Model 3'])}  VIN ends {digits(r, 6)}  Fuel: full\n",
        f"Card on file: {masked_card(r)}   Auth hold USD {r.randint(200, 500)}.00\n")
    if n == 2:
        d.w("Additional driver: ", P(fullname(r, "int")), " — International Driving Permit + passport (",
            "Reisepass, Deutschland) ", L("PASSPORT", passport(r, "DE")), "\n")
    return d

@tpl(2, "json")
def travel_booking(r, n):
    pax = []
    for i in range(2 if n == 0 else 3):
        g, f, y, m, dd, fem = who(r, "int")
        pc = r.choice(["IE", "ES", "PT", "NL", "PL", "GB", "CH", "JP", "CA", "US"])
        doc = {"type": "P", "issuingCountry": pc,
               "number": L("US_PASSPORT" if pc == "US" else "PASSPORT", passport(r, pc)),
               "expiry": fmt_date(r.randint(2027, 2035), r.randint(1, 12), r.randint(1, 28), "iso")}
        pax.append({"nameInPnr": P(f"{f.upper().replace(' ', '')}/{g.upper()}{' MS' if fem else ' MR'}".rsplit(" ", 1)[0])
                    if False else M(P(f"{f.upper().replace(' ', '')}/{g.upper()}"), " MS" if fem else " MR"),
                    "dateOfBirth": L("DATE_OF_BIRTH", fmt_date(y, m, dd, "iso")), "apis": doc,
                    "frequentFlyer": f"{r.choice(['EI', 'IB', 'TP', 'KL', 'LO'])}{digits(r, 9)}"})
    obj = {"pnr": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), "costCentre": f"CC-{digits(r, 4)}",
           "segments": [{"flight": f"{r.choice(['EI', 'IB', 'TP', 'KL', 'LO'])}{r.randint(100, 999)}", "from": r.choice(["DUB", "MAD"]),
                         "to": r.choice(["LIS", "WAW", "AMS"]), "dep": ts(r, 2026)}],
           "passengers": pax, "bookedBy": E("travel-desk@retail-example.eu")}
    d = Doc(); jemit(d, obj); d.t("\n")
    return d

@tpl(2, "yaml")
def warehouse_yaml_clean(r, n):
    d = Doc()
    d.w(f"# wms rules — {r.choice(['MAD1', 'WAW1', 'DUB4'])}\nversion: \"{version(r)}\"\nzones:\n")
    for z in "ABC":
        d.w(f"  - id: {z}{r.randint(1, 9)}\n    racks: {r.randint(10, 80)}\n    temp_c: [{r.randint(2, 8)}, {r.randint(15, 25)}]\n")
    d.w(f"carriers:\n  dhl:\n    account: \"{digits(r, 10)}\"\n    tracking_prefix: JJD\n  inpost:\n    api: https://api.example-carrier.pl/v{r.randint(1, 4)}\n",
        f"snmp_oid: \"1.3.6.1.4.1.{digits(r, 5)}.{r.randint(1, 9)}\"\nbind: 0.0.0.0\nholiday_freeze:\n  - \"{r.choice(HOLIDAYS)}\"\n  - \"{r.choice(HOLIDAYS)}\"\n",
        f"brand_priority: [\"{r.choice(COMPANIES_PEOPLE)}\", \"{r.choice(COMPANIES_PEOPLE)}\"]\n")
    return d


@tpl(2, "free_text")
def hr_policy_pdf(r, n):
    d = Doc()
    if n == 0:
        d.w("Sickness Absence Policy (Ireland & UK)                      Version ", f"{r.randint(2, 6)}.{r.randint(0, 9)}", "\n\n",
            "3.2 Notification. Employees must notify their line man-\nager before 10:00 on the first day of absence. A medical cer-\n",
            "tificate is required from day four. Certificates need not state the diagnosis; if they do, HR stores them in the\n",
            "restricted HR folder only.\n3.3 Common conditions such as influenza, back pain or migraine do not normally trigger an\n",
            "occupational health referral unless absence exceeds 14 days.\n3.4 Public holidays (e.g. ", r.choice(HOLIDAYS),
            ") falling within a period of sick leave are not re-credited.\n\nPage 4 of 11\n")
    else:
        d.w("Richtlinie Datenschutz im Kundenservice — Stand ", f"{r.randint(1, 12):02d}/2025", "\n\n",
            "1. Keine vollständigen Kartennummern, IBANs oder Ausweisnummern in Tickets kopieren. Stattdessen die Tresor-\n",
            "Referenz (Format VLT-0000000000) verwenden.\n2. Beispiele in Schulungsunterlagen sind fiktiv und ungültig, z. B. IBAN ",
            bad_iban(r, "DE"), " oder Karte ", bad_card(r), ".\n3. Auskunftsersuchen (Art. 15 DSGVO) an das Datenschutz-\nteam weiterleiten.\n",
            f"4. Produktnamen wie {r.choice(PRODUCTS)} oder Marken wie {r.choice(COMPANIES_PEOPLE)} sind keine personenbezogenen Daten.\n")
    return d

@tpl(1, "ndjson")
def metrics_clean(r, n):
    d = Doc()
    for i in range(6):
        d.w(json.dumps({"ts": ts(r), "metric": r.choice(["checkout.latency_p95", "payout.batch_size", "returns.rate"]),
                        "value": round(r.uniform(0, 900), 2), "build": version(r), "region": r.choice(["eu-west-1", "eu-central-1"])}), "\n")
    return d

@tpl(1, "tsv")
def carrier_rates_clean(r, n):
    d = Doc()
    crow(d, ["lane", "carrier", "service", "max_kg", "price_eur", "valid_from"], "\t")
    for i in range(6):
        crow(d, [f"{r.choice(['DE', 'FR', 'ES', 'IT', 'PL'])}-{r.choice(['NL', 'PT', 'IE', 'AT'])}", r.choice(["DHL", "GLS", "InPost", "Correos", "CTT"]),
                 r.choice(["standard", "express", "locker"]), r.choice([2, 5, 10, 31.5]), f"{r.uniform(3, 40):.2f}",
                 fmt_date(2026, 1, 1, "iso")], "\t")
    return d

if __name__ == "__main__":
    build()
