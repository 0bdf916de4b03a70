#!/usr/bin/env python3
"""holdout45 - independent PII/PHI evaluation corpus for a car maker's connected-vehicle and dealer business.
Standard library only. Deterministic (fixed seed). Written from the public contract only."""
import json, csv, io, re, sys, random
from collections import Counter

SEED = "holdout45/vin-odometer-5521"
OUT = "/tmp/holdout45/holdout45.jsonl"

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS", "MEDICATION",
              "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
              "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID", "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR",
              "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL = {"PERSON"}
ALLTYPES = RESTRICTED | CONFIDENTIAL | INTERNAL
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

# ----------------------------------------------------------------------------------------------- builder
class L:
    """a labelled value"""
    __slots__ = ("typ", "v")
    def __init__(self, typ, v):
        assert typ in ALLTYPES, typ
        self.typ, self.v = typ, v
    def __str__(self):
        return self.v

class M:
    """a string mixing plain text and labelled values (used inside JSON strings / CSV cells)"""
    def __init__(self, *parts):
        self.parts = parts
    def __str__(self):
        return "".join(str(p) for p in self.parts)

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []
    def t(self, s):
        self.buf.append(s); self.n += len(s); return self
    def lab(self, typ, v):
        s = self.n; self.t(v); self.ents.append({"type": typ, "start": s, "end": self.n}); return self
    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, L):
                self.lab(it.typ, it.v)
            elif isinstance(it, M):
                self.add(*it.parts)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                self.t(str(it))
        return self
    def text(self):
        return "".join(self.buf)

def plain(x):
    if isinstance(x, (L, M)):
        return str(x)
    return x

# JSON emitter: labels the content of string literals
def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jstr(d, v):
    d.t('"')
    if isinstance(v, L):
        assert jesc(v.v) == v.v, v.v
        d.lab(v.typ, v.v)
    elif isinstance(v, M):
        for p in v.parts:
            if isinstance(p, L):
                assert jesc(p.v) == p.v
                d.lab(p.typ, p.v)
            else:
                d.t(jesc(str(p)))
    else:
        d.t(jesc(v))
    d.t('"')

def jemit(d, obj, indent=2, lvl=0, compact=False):
    sp = "" if compact else "\n" + " " * (indent * (lvl + 1))
    end = "" if compact else "\n" + " " * (indent * lvl)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i: d.t(sep)
            d.t(sp); jstr(d, k); d.t(": "); jemit(d, v, indent, lvl + 1, compact)
        d.t(end + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]"); return
        d.t("[")
        for i, v in enumerate(obj):
            if i: d.t(sep)
            d.t(sp); jemit(d, v, indent, lvl + 1, compact)
        d.t(end + "]")
    elif isinstance(obj, (str, L, M)):
        jstr(d, obj)
    else:
        d.t(json.dumps(obj))

def crow(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i: d.t(delim)
        s = str(c)
        q = any(ch in s for ch in (delim, '"', "\n"))
        if q:
            assert '"' not in s
            d.t('"'); d.add(c); d.t('"')
        else:
            d.add(c)
    d.t("\n")

# ----------------------------------------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(n) % 97) + bban

def nhs_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) != 10: return False
    c = 11 - sum(d * w for d, w in zip(ds[:9], range(10, 1, -1))) % 11
    if c == 11: c = 0
    return c != 10 and c == ds[9]

VERH_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
          [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
          [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VERH_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
          [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VERH_INV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in s if ch.isdigit()])):
        c = VERH_D[c][VERH_P[i % 8][x]]
    return c == 0

def verhoeff_digit(s):
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in s])):
        c = VERH_D[c][VERH_P[(i + 1) % 8][x]]
    return str(VERH_INV[c])

def cpf_digits(n9):
    d = [int(c) for c in n9]
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    d.append(d1)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1)))
    d2 = (s * 10) % 11 % 10
    return "%d%d" % (d1, d2)

def cpf_ok(s):
    ds = re.sub(r"\D", "", s)
    return len(ds) == 11 and len(set(ds)) > 1 and cpf_digits(ds[:9]) == ds[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").replace(".", "").upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_L[int(s[:8]) % 23] == s[8]

def nir_ok(s):
    ds = re.sub(r"\s", "", s)
    return len(ds) == 15 and ds.isdigit() and 97 - int(ds[:13]) % 97 == int(ds[13:])

def steuer_check(ds10):
    prod = 10
    for c in ds10:
        sm = (int(c) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    ck = 11 - prod
    return "0" if ck == 10 else str(ck)

def steuer_ok(s):
    ds = re.sub(r"\D", "", s)
    if len(ds) != 11 or ds[0] == "0": return False
    cnt = Counter(ds[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1: return False
    return steuer_check(ds[:10]) == ds[10]

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65
def cf_check(s15):
    tot = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s15))
    return chr(65 + tot % 26)
def cf_ok(s):
    s = s.upper()
    return len(s) == 16 and cf_check(s[:15]) == s[15]

def sin_ok(s):
    ds = re.sub(r"\D", "", s)
    return len(ds) == 9 and ds[0] not in "08" and luhn_ok(ds)

def aadhaar_ok(s):
    ds = re.sub(r"\D", "", s)
    return len(ds) == 12 and ds[0] not in "01" and verhoeff_ok(ds)

NRIC_W = [2, 7, 6, 5, 4, 3, 2]
def nric_letter(pfx, d7):
    tot = sum(int(c) * w for c, w in zip(d7, NRIC_W)) + (4 if pfx in "TG" else 0)
    return ("JZIHGFEDCBA" if pfx in "ST" else "XWUTRQPNMLK")[tot % 11]
def nric_ok(s):
    return len(s) == 9 and s[0] in "STFG" and s[1:8].isdigit() and nric_letter(s[0], s[1:8]) == s[8]

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    pat = ["1-9", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, p in zip(s, pat):
        ok = {"1-9": c in "123456789", "A": c in MBI_A, "AN": c in MBI_AN, "N": c.isdigit()}[p]
        if not ok: return False
    return True

NINO_BAD1 = set("DFIQUV"); NINO_BAD2 = set("DFIOQUV")
def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in
            ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and s[2:8].isdigit() and s[8] in "ABCD" and s[:2].isalpha())

def ssn_ok(s):
    ds = re.sub(r"\D", "", s)
    a, g, sr = ds[:3], ds[3:5], ds[5:]
    return len(ds) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"

VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9]))
VIN_W = [8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2]
def vin_check(v):
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    return "X" if r == 10 else str(r)

def cnh_digits(n9):
    d = [int(c) for c in n9]
    s = sum(d[9 - i] * i for i in range(9, 0, -1))
    v1 = s % 11; dsc = 0
    if v1 >= 10: v1, dsc = 0, 2
    s = sum(d[i - 1] * i for i in range(1, 10))
    v2 = s % 11 - dsc
    if v2 < 0: v2 += 11
    if v2 >= 10: v2 = 0
    return "%d%d" % (v1, v2)

CN_W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def cnid_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, CN_W)) % 11]

def card_ok(s):
    ds = re.sub(r"\D", "", s)
    if not luhn_ok(ds): return False
    if ds[0] == "4" and len(ds) in (13, 16, 19): return True
    if len(ds) == 16 and (51 <= int(ds[:2]) <= 55 or 2221 <= int(ds[:4]) <= 2720): return True
    if len(ds) == 15 and ds[:2] in ("34", "37"): return True
    if len(ds) == 16 and (ds[:4] == "6011" or ds[:2] == "65"): return True
    return False

CHECKERS = {"CREDIT_CARD": card_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": aadhaar_ok,
            "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
            "CA_SIN": sin_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
            "US_SSN": ssn_ok}

def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_make("DE", "370400440532013000") == "DE89370400440532013000"
    assert nhs_ok("943 476 5919")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert nir_ok("2 69 05 49 588 157 80")
    assert steuer_ok("86095742719")
    assert cf_ok("RSSMRA85T10A562S")
    assert luhn_ok("046454286") and sin_ok("130 692 544")
    assert nric_ok("S1234567D")
    assert mbi_ok("1EG4-TE5-MK73")
    assert vin_check("1M8GDM9AXKP042788") == "X"
    assert cnid_check("11010519491231002") == "X"

# ----------------------------------------------------------------------------------------------- values
def W(s):
    return s.split("|")

# given names (m, f) and family names per origin; written down by hand, many origins, accents and particles
NAMES = {
    "de": (W("Lukas|Matthias|Jürgen|Maximilian|Timo|Hans-Peter|Björn|Kai-Uwe"), W("Annegret|Sabine|Lea-Marie|Friederike|Jutta|Hannelore|Svenja"),
           W("Schäfer|von Bülow|Oberhuber|Kleinschmidt|Weißgerber|Özdemir|Dreßler|zu Stolberg|Hinrichsen")),
    "fr": (W("Théo|Jean-Baptiste|Loïc|Étienne|Benoît|Yannick"), W("Maëlle|Océane|Gaëlle|Hélène|Séverine|Anaïs"),
           W("Lefèvre|de La Rochefoucauld|Giraud|Le Bihan|Dupont-Aignan|Nguyen-Vidal|d'Aubigné|Roussel")),
    "it": (W("Giuseppe|Lorenzo|Pierluigi|Matteo|Salvatore|Gianmarco"), W("Chiara|Giulia|Annunziata|Benedetta|Rosaria|Ilaria"),
           W("Esposito|De Luca|Bianchi|Lo Presti|Mastrangelo|Dell'Acqua|Ferraro|Cannavacciuolo")),
    "es": (W("Iñaki|Jordi|Álvaro|Sergio|Xabier|Rodrigo"), W("Nerea|Begoña|Itziar|Lucía|Montserrat|Ainhoa"),
           W("García Lorente|Etxeberria|Fernández de Córdoba|Puigdemont Ros|Ibáñez|Martín-Peña|Goikoetxea")),
    "pt": (W("João|Tiago|Rui|Gonçalo|Duarte"), W("Inês|Beatriz|Leonor|Filipa|Conceição"),
           W("da Silva Ferreira|Gonçalves|Magalhães|dos Santos|Vasconcelos|Pinto Leite")),
    "be": (W("Wouter|Pieter-Jan|Thibault|Arnaud|Jelle"), W("Griet|Lieselot|Amélie|Noémie|Fien"),
           W("Van den Broeck|De Smedt|Vanderlinden|Dewaele|Lemaître|Van Hoorebeke")),
    "nl": (W("Sjoerd|Bram|Joost|Thijs|Gijs"), W("Femke|Sanne|Marieke|Ilse|Anouk"),
           W("van der Meulen|de Vries|Bakker|van 't Hek|Schouten|ter Horst|van Dijk-Kool")),
    "pl": (W("Grzegorz|Przemysław|Wojciech|Łukasz|Zbigniew"), W("Małgorzata|Agnieszka|Katarzyna|Żaneta|Jadwiga"),
           W("Wiśniewski|Brzęczyszczykiewicz|Kowalczyk|Szczepańska|Woźniak|Grabowska")),
    "cz": (W("Jiří|Tomáš|Vojtěch|Ondřej|Radek"), W("Kateřina|Zuzana|Markéta|Lenka|Věra"),
           W("Dvořák|Novotná|Procházka|Černý|Kučerová|Šťastný")),
    "hu": (W("Bence|Zoltán|Gergely|Levente|Ákos"), W("Zsófia|Réka|Erzsébet|Boglárka|Enikő"),
           W("Szabó|Kovácsné Tóth|Nagy|Fekete|Horváth|Vörös")),
    "ro": (W("Andrei|Ionuț|Mihai|Bogdan|Răzvan"), W("Ioana|Alexandra|Roxana|Mădălina|Ileana"),
           W("Popescu|Țurcanu|Dumitrescu|Ionescu|Constantinescu|Mureșan")),
    "se": (W("Oskar|Anders|Björn|Linus|Per-Olof"), W("Ingrid|Linnéa|Maja|Åsa|Sigrid"),
           W("Lindqvist|Åkesson|Nyström|Bergström|Sjöberg|Öhman")),
    "uk": (W("Callum|Rhys|Oliver|Declan|Gareth"), W("Siobhan|Bethan|Charlotte|Niamh|Harriet"),
           W("Fairweather|O'Donnell|Pemberton|Ap Rhys|Thistlethwaite|McAllister|Okonkwo-Hale")),
    "us": (W("Tyrone|Brandon|Cody|DeShawn|Travis"), W("Brittany|Keisha|Madison|Shaniqua|Kaylee"),
           W("Washington|Kowalski|Delacroix|McAllister|Nakamura-Reyes|Jefferson|Whitcomb")),
    "mx": (W("Jesús|Guadalupe|Ulises|Emiliano|Óscar"), W("Ximena|Guadalupe|Citlali|Itzel|Araceli"),
           W("Hernández Mendoza|Cuauhtémoc Ruiz|Zavala|Villaseñor|Ochoa Treviño")),
    "br": (W("Thiago|Caio|Luiz Henrique|Anderson|Wellington"), W("Thaís|Luana|Gleice|Jéssica|Raissa"),
           W("Nascimento|Oliveira Bastos|de Souza|Albuquerque|Cavalcanti|Pereira da Costa")),
    "cl": (W("Cristóbal|Benjamín|Matías|Agustín"), W("Josefa|Catalina|Constanza|Antonia"),
           W("Sepúlveda|Valdés Contreras|Muñoz|Figueroa Araya|Henríquez")),
    "ma": (W("Youssef|Mehdi|Hamza|Othmane|Abdelilah"), W("Fatima-Zahra|Khadija|Salma|Imane|Hajar"),
           W("El Amrani|Benjelloun|Ait Bensaid|Tazi|El Idrissi|Ouazzani")),
    "za": (W("Sipho|Thabo|Pieter|Lwazi|Johannes"), W("Nomvula|Thandeka|Anneke|Zanele|Lerato"),
           W("Dlamini|van der Merwe|Nkosi|Mokoena|Botha|Ngcobo")),
    "sa": (W("Abdulrahman|Faisal|Turki|Saud|Nawaf"), W("Noura|Reem|Haifa|Lujain|Dana"),
           W("Al-Otaibi|Al-Qahtani|Al-Harbi|Al-Ghamdi|Al-Shehri")),
    "ae": (W("Hamdan|Rashid|Saeed|Khalifa"), W("Mariam|Shamma|Alia|Latifa"),
           W("Al Mazrouei|Al Falasi|Al Nuaimi|Al Ketbi|Bin Hendi")),
    "in": (W("Venkatesh|Aniruddh|Gurpreet|Harshvardhan|Siddharth"), W("Lakshmi|Deepika|Harpreet|Sowmya|Ishita"),
           W("Raghunathan|Bhattacharya|Deshpande|Kulkarni|Chatterjee|Sandhu")),
    "th": (W("Somchai|Thanawat|Kittisak|Anucha"), W("Siriporn|Pimchanok|Kanokwan|Ratchanee"),
           W("Srisawat|Chaiyaporn|Wongsakul|Rattanakorn|Phongphanit")),
    "my": (W("Ahmad Faiz|Muhammad Hafiz|Kumaresan|Tan Wei Jie"), W("Nurul Aisyah|Siti Hajar|Kavitha|Lim Mei Ling"),
           W("bin Rahman|binti Ismail|a/l Subramaniam|bin Othman")),
    "cn": (W("Wei|Haoran|Zhiqiang|Jianguo"), W("Xiuying|Yuxin|Meihua|Jingyi"), W("Wang|Zhang|Liu|Ouyang|Zhuge")),
    "jp": (W("Haruto|Kenji|Takumi|Daisuke"), W("Yui|Aoi|Sakura|Misaki"), W("Takahashi|Watanabe|Yamaguchi|Kobayashi|Fujiwara")),
    "kr": (W("Min-jun|Seo-jun|Ji-hoon|Hyun-woo"), W("Seo-yeon|Ji-woo|Ha-eun|Soo-ah"), W("Kim|Park|Choi|Jeong|Yoon")),
    "au": (W("Lachlan|Bodhi|Hamish|Jarrah"), W("Matilda|Kirra|Tahlia|Indi"), W("Fitzgerald|Nguyen|McKenzie|Papadopoulos|Kerr")),
    "nz": (W("Tamati|Wiremu|Nikau|Rangi"), W("Aroha|Mereana|Anahera|Kahurangi"), W("Te Whata|Ngata|Tipene|Parata|Walker")),
    "ca": (W("Jean-François|Mathieu|Gabriel"), W("Geneviève|Élodie|Marie-Ève"), W("Tremblay|Bouchard|Gagnon-Leclerc|Ouellet")),
    "sg": (W("Jun Jie|Wei Ming|Muthu"), W("Hui Min|Xin Yi|Priya"), W("Tan|Lim|Ng|Raj")),
}
SYL1 = W("Kor|Zeb|Vanu|Ilo|Drav|Mesh|Tuv|Ombr|Yari|Quel|Fenn|Sarv|Bril|Oxa|Nuv")
SYL2 = W("ian|etta|ovic|usz|ara|elle|ori|anek|yld|omir|ith|avé|oun|eck")
ASIAN_FAMILY_FIRST = {"cn", "kr", "sg"}
COUNTRIES = list(NAMES)

def invented(r):
    return r.choice(SYL1) + r.choice(SYL2)

class Person:
    def __init__(self, r, origin=None, sex=None):
        self.origin = origin or r.choice(COUNTRIES)
        gm, gf, fam = NAMES[self.origin]
        self.sex = sex or r.choice("MF")
        self.given = r.choice(gm if self.sex == "M" else gf)
        self.family = r.choice(fam)
        if r.random() < 0.15:
            self.given = invented(r)
        if r.random() < 0.12:
            sfx = {"pl": "ski" if self.sex == "M" else "ska", "se": "sson", "ro": "escu", "cz": "ová" if self.sex == "F" else "ek",
                   "hu": "i", "in": "ani", "it": "etti"}.get(self.origin, "")
            self.family = invented(r) + sfx
        self.dob = rdate(r, 1948, 2004)
    @property
    def full(self):
        if self.origin in ASIAN_FAMILY_FIRST:
            return self.family + " " + self.given
        return self.given + " " + self.family
    @property
    def western(self):
        return self.given + " " + self.family
    def initial(self):
        return self.given[0] + ". " + self.family
    def lastfirst(self):
        return self.family.upper() + ", " + self.given

def rdate(r, y0, y1):
    y = r.randint(y0, y1); m = r.randint(1, 12)
    dim = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (y, m, r.randint(1, dim))

MON_EN = W("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
MON_FULL = W("January|February|March|April|May|June|July|August|September|October|November|December")
def fdate(dt, style):
    y, m, d = dt
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "eu": "%02d.%02d.%04d" % (d, m, y), "slash_eu": "%02d/%02d/%04d" % (d, m, y),
            "us": "%02d/%02d/%04d" % (m, d, y), "long": "%d %s %d" % (d, MON_FULL[m - 1], y),
            "uslong": "%s %d, %d" % (MON_FULL[m - 1], d, y), "hl7": "%04d%02d%02d" % (y, m, d),
            "dash_eu": "%02d-%02d-%04d" % (d, m, y), "mon": "%02d-%s-%04d" % (d, MON_EN[m - 1], y),
            "jp": "%04d年%d月%d日" % (y, m, d), "dot_asia": "%04d.%02d.%02d" % (y, m, d)}[style]

def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def letters(r, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(alpha) for _ in range(n))

# ---- addresses: (single-line, multi-line) per country
STREETS = {
    "de": W("Lindenstraße|Am Schwanenteich|Kaiser-Wilhelm-Ring|Hauptstraße|Gänsemarkt|Mühlenweg"),
    "fr": W("rue des Tanneurs|avenue Jean-Jaurès|boulevard de la Croix-Rousse|impasse des Lilas|rue du Faubourg Saint-Antoine"),
    "it": W("Via Giuseppe Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Viale Monza|Via San Gregorio Armeno"),
    "es": W("Calle de Alcalá|Carrer de Mallorca|Avenida de la Constitución|Calle Mayor|Paseo de Gràcia"),
    "pt": W("Rua de Cedofeita|Avenida da Liberdade|Rua Garrett|Travessa do Carmo"),
    "be": W("Rue Royale|Meir|Kortrijksesteenweg|Chaussée de Waterloo|Veldstraat"),
    "nl": W("Prinsengracht|Oudegracht|Laan van Meerdervoort|Witte de Withstraat|Vismarkt"),
    "pl": W("ul. Marszałkowska|ul. Piotrkowska|al. Jerozolimskie|ul. Długa|os. Tysiąclecia"),
    "cz": W("Vinohradská|Štefánikova|Masarykova|Na Příkopě|Husova"),
    "hu": W("Teréz körút|Andrássy út|Váci utca|Kossuth Lajos utca|Petőfi Sándor utca"),
    "ro": W("Str. Mihai Eminescu|Bd. Unirii|Calea Victoriei|Str. Avram Iancu|Aleea Trandafirilor"),
    "se": W("Drottninggatan|Kungsgatan|Storgatan|Östra Hamngatan|Vasagatan"),
    "uk": W("Wellington Road|Beechwood Close|Market Street|Kingsway|Old Mill Lane|Sauchiehall Street"),
    "us": W("Maple Hollow Dr|W Belmont Ave|Peachtree St NE|Calle del Norte|Old Orchard Rd|Cedar Ridge Ln"),
    "mx": W("Av. Insurgentes Sur|Calle Morelos|Av. Vallarta|Calle 60|Paseo de la Reforma"),
    "br": W("Rua Augusta|Avenida Paulista|Rua das Laranjeiras|Rua XV de Novembro|Avenida Boa Viagem"),
    "cl": W("Av. Providencia|Calle Merced|Av. Irarrázaval|Av. Libertad"),
    "ma": W("Rue Ibn Batouta|Boulevard Zerktouni|Avenue Mohammed V|Rue Abou Inane|Derb Sidi Bouloukat"),
    "za": W("Jan Smuts Avenue|Long Street|Florida Road|Voortrekker Road|Main Road"),
    "sa": W("King Fahd Road|Prince Sultan Street|Tahlia Street|Al Madinah Road"),
    "ae": W("Al Wasl Road|Street 23b|Al Khaleej Street|Corniche Road"),
    "in": W("Baner Road|100 Feet Road, Indiranagar|Linking Road, Bandra West|Anna Salai|Park Street"),
    "th": W("Soi Sukhumvit 31|Thanon Nimmanhaemin|Soi Ari 4|Thanon Charoen Krung"),
    "my": W("Jalan SS 2/55|Jalan Ampang|Lorong Kulit|Jalan Tun Razak"),
    "cn": W("Century Avenue|Huaihai Middle Road|Jianguo Road|Tianhe North Road"),
    "jp": W("Shibuya|Nishi-Shinjuku|Sakae|Umeda"),
    "kr": W("Teheran-ro|Sejong-daero|Haeundae-ro|Olympic-ro"),
    "au": W("Beach Road|Sydney Road|Hay Street|Grote Street|Brunswick Street"),
    "nz": W("Karangahape Road|Cuba Street|Colombo Street|Tainui Road"),
    "ca": W("Rue Sainte-Catherine O|Boulevard René-Lévesque|Yonge Street|Rue Saint-Jean"),
    "sg": W("Ang Mo Kio Ave 10|Tampines St 81|Jurong West St 52|Bedok North Rd"),
}
CITIES = {
    "de": [("80331", "München"), ("50667", "Köln"), ("01067", "Dresden"), ("20095", "Hamburg"), ("70173", "Stuttgart")],
    "fr": [("69002", "Lyon"), ("13006", "Marseille"), ("75011", "Paris"), ("31000", "Toulouse"), ("35000", "Rennes")],
    "it": [("10122", "Torino TO"), ("80138", "Napoli NA"), ("20127", "Milano MI"), ("40126", "Bologna BO")],
    "es": [("28009", "Madrid"), ("08013", "Barcelona"), ("41001", "Sevilla"), ("48001", "Bilbao")],
    "pt": [("4050-174", "Porto"), ("1250-096", "Lisboa"), ("3000-150", "Coimbra")],
    "be": [("1000", "Bruxelles"), ("2000", "Antwerpen"), ("9000", "Gent"), ("4000", "Liège")],
    "nl": [("1016 GV", "Amsterdam"), ("3511 LZ", "Utrecht"), ("2563 AB", "Den Haag"), ("9711 LM", "Groningen")],
    "pl": [("00-514", "Warszawa"), ("90-001", "Łódź"), ("80-831", "Gdańsk"), ("31-042", "Kraków")],
    "cz": [("120 00", "Praha 2"), ("602 00", "Brno"), ("301 00", "Plzeň")],
    "hu": [("1066", "Budapest"), ("6720", "Szeged"), ("4024", "Debrecen")],
    "ro": [("010512", "București"), ("400117", "Cluj-Napoca"), ("300006", "Timișoara")],
    "se": [("111 21", "Stockholm"), ("411 07", "Göteborg"), ("211 22", "Malmö")],
    "uk": [("LS12 1DR", "Leeds"), ("M14 5TQ", "Manchester"), ("G2 3JD", "Glasgow"), ("CF10 1EP", "Cardiff"), ("BS8 4AA", "Bristol")],
    "us": [("43215", "Columbus, OH"), ("30308", "Atlanta, GA"), ("60657", "Chicago, IL"), ("78704", "Austin, TX"), ("98103", "Seattle, WA")],
    "mx": [("03940", "Ciudad de México, CDMX"), ("44160", "Guadalajara, Jal."), ("97000", "Mérida, Yuc.")],
    "br": [("01304-001", "São Paulo - SP"), ("22240-003", "Rio de Janeiro - RJ"), ("80020-310", "Curitiba - PR")],
    "cl": [("7500000", "Providencia, Santiago"), ("8320000", "Santiago Centro"), ("2520000", "Viña del Mar")],
    "ma": [("20250", "Casablanca"), ("10000", "Rabat"), ("30000", "Fès")],
    "za": [("2196", "Johannesburg"), ("8001", "Cape Town"), ("4001", "Durban")],
    "sa": [("12214", "Riyadh"), ("23431", "Jeddah"), ("34232", "Dammam")],
    "ae": [("", "Dubai"), ("", "Abu Dhabi"), ("", "Sharjah")],
    "in": [("411045", "Pune, Maharashtra"), ("560038", "Bengaluru, Karnataka"), ("400050", "Mumbai, Maharashtra"), ("600002", "Chennai, Tamil Nadu")],
    "th": [("10110", "Watthana, Bangkok"), ("50200", "Mueang Chiang Mai, Chiang Mai"), ("10400", "Phaya Thai, Bangkok")],
    "my": [("47300", "Petaling Jaya, Selangor"), ("50450", "Kuala Lumpur"), ("10200", "George Town, Pulau Pinang")],
    "cn": [("200120", "Pudong, Shanghai"), ("100022", "Chaoyang, Beijing"), ("510620", "Tianhe, Guangzhou")],
    "jp": [("150-0002", "Shibuya-ku, Tokyo"), ("160-0023", "Shinjuku-ku, Tokyo"), ("460-0008", "Naka-ku, Nagoya")],
    "kr": [("06236", "Gangnam-gu, Seoul"), ("04524", "Jung-gu, Seoul"), ("48094", "Haeundae-gu, Busan")],
    "au": [("NSW 2026", "Bondi"), ("VIC 3056", "Brunswick"), ("WA 6000", "Perth"), ("SA 5000", "Adelaide")],
    "nz": [("1010", "Auckland"), ("6011", "Wellington"), ("8011", "Christchurch")],
    "ca": [("QC H3B 1K9", "Montréal"), ("ON M4W 1A8", "Toronto"), ("QC G1R 4P5", "Québec")],
    "sg": [("560406", "Singapore"), ("520812", "Singapore"), ("640524", "Singapore")],
}

def address(r, c, multi=False):
    """returns address string for country c (one line, or multiple lines)"""
    st = r.choice(STREETS[c]); pc, city = r.choice(CITIES[c]); no = str(r.randint(1, 240))
    nl = "\n" if multi else ", "
    if c == "de":
        return f"{st} {no}{r.choice(['', 'a', 'b'])}{nl}{pc} {city}"
    if c == "fr":
        return f"{no}{r.choice(['', ' bis', ' ter'])} {st}{nl}{pc} {city}"
    if c == "it":
        return f"{st} {no}{r.choice(['', '/B', ' int. 4'])}{nl}{pc} {city}"
    if c == "es":
        return f"{st}, {no}, {r.randint(1, 9)}º {r.choice('ABCD')}{nl}{pc} {city}"
    if c == "pt":
        return f"{st}, {no}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.'])}{nl}{pc} {city}"
    if c == "be":
        return f"{st} {no}{r.choice(['', ' bte 3', ' bus 12'])}{nl}{pc} {city}"
    if c == "nl":
        return f"{st} {no}{r.choice(['', '-1', 'hs', ' A'])}{nl}{pc} {city}"
    if c == "pl":
        return f"{st} {no}/{r.randint(1, 90)} m. {r.randint(1, 60)}{nl}{pc} {city}"
    if c == "cz":
        return f"{st} {r.randint(100, 2500)}/{no}{nl}{pc} {city}"
    if c == "hu":
        return f"{pc} {city}{nl}{st} {no}. {r.randint(1, 8)}/{r.randint(1, 30)}"
    if c == "ro":
        return f"{st} nr. {no}, bl. {r.choice('ABCDM')}{r.randint(1, 9)}, ap. {r.randint(1, 80)}{nl}{pc} {city}"
    if c == "se":
        return f"{st} {no}{nl}{pc} {city}"
    if c == "uk":
        flat = r.choice(["", f"Flat {r.randint(1, 12)}, "])
        return f"{flat}{no} {st}{nl}{city} {pc}" if multi is False else f"{flat}{no} {st}\n{city}\n{pc}"
    if c == "us":
        apt = r.choice(["", f", Apt {r.randint(1, 30)}{r.choice('ABC')}", f" #{r.randint(100, 999)}", f", Ste {r.randint(100, 400)}"])
        return f"{r.randint(100, 9999)} {st}{apt}{nl}{city} {pc}"
    if c == "mx":
        return f"{st} {no}, Col. {r.choice(['Del Valle', 'Americana', 'Centro', 'Roma Norte'])}{nl}{pc} {city}"
    if c == "br":
        return f"{st}, {no}, apto {r.randint(11, 142)}{nl}{city}, {pc}" if multi else f"{st}, {no}, apto {r.randint(11, 142)} - {city}, CEP {pc}"
    if c == "cl":
        return f"{st} {r.randint(100, 3000)}, depto {r.randint(101, 1808)}{nl}{city}, {pc}"
    if c == "ma":
        return f"{no}, {st}{nl}{pc} {city}"
    if c == "za":
        return f"{no} {st}{nl}{city}, {pc}"
    if c == "sa":
        return f"Building {r.randint(1000, 9999)}, {st}{nl}{city} {pc}"
    if c == "ae":
        return f"Villa {no}, {st}{nl}{city}"
    if c == "in":
        return f"Flat {r.randint(101, 1204)}, {r.choice(['Sai Krupa Residency', 'Prestige Shantiniketan', 'Lodha Bellissimo'])}, {st}{nl}{city} {pc}"
    if c == "th":
        return f"{no}/{r.randint(1, 99)} {st}{nl}{city} {pc}"
    if c == "my":
        return f"No. {no}, {st}{nl}{pc} {city}"
    if c == "cn":
        return f"Room {r.randint(101, 2808)}, No. {no} {st}{nl}{city} {pc}"
    if c == "jp":
        return f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {st}{nl}{city} {pc}"
    if c == "kr":
        return f"{no} {st}, {r.randint(101, 1503)}-ho{nl}{city} {pc}"
    if c == "au":
        return f"Unit {r.randint(1, 20)}, {no} {st}{nl}{city} {pc}"
    if c == "nz":
        return f"{no} {st}{nl}{city} {pc}"
    if c == "ca":
        return f"{r.randint(100, 3000)} {st}{nl}{city} {pc}"
    if c == "sg":
        return f"Blk {r.randint(100, 999)} {st}, #{r.randint(2, 15):02d}-{r.randint(10, 999)}{nl}{city} {pc}"
    raise KeyError(c)

def phone(r, c, intl=None):
    if intl is None:
        intl = r.random() < 0.7
    d = lambda n: digits(r, n)
    f = {
        "de": lambda: (f"+49 {r.choice(['151', '160', '172', '176'])} {d(7)}", f"0{r.choice(['151', '170', '179'])} {d(3)} {d(4)}"),
        "fr": lambda: (f"+33 {r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}", f"0{r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}"),
        "it": lambda: (f"+39 3{d(2)} {d(3)} {d(4)}", f"3{r.choice('2345')}{d(1)} {d(7)}"),
        "es": lambda: (f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}"),
        "pt": lambda: (f"+351 9{r.choice('1236')}{d(1)} {d(3)} {d(3)}", f"9{r.choice('1236')}{d(1)} {d(3)} {d(3)}"),
        "be": lambda: (f"+32 4{r.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}", f"04{r.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}"),
        "nl": lambda: (f"+31 6 {d(8)}", f"06-{d(8)}"),
        "pl": lambda: (f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}", f"{r.choice('5678')}{d(2)}-{d(3)}-{d(3)}"),
        "cz": lambda: (f"+420 {r.choice(['603', '724', '777'])} {d(3)} {d(3)}", f"{r.choice(['603', '724', '777'])} {d(3)} {d(3)}"),
        "hu": lambda: (f"+36 {r.choice(['20', '30', '70'])} {d(3)} {d(4)}", f"06 {r.choice(['20', '30', '70'])} {d(3)} {d(4)}"),
        "ro": lambda: (f"+40 7{r.choice('2345')}{d(1)} {d(3)} {d(3)}", f"07{r.choice('2345')}{d(1)} {d(3)} {d(3)}"),
        "se": lambda: (f"+46 7{r.choice('0236')} {d(3)} {d(2)} {d(2)}", f"07{r.choice('0236')}-{d(3)} {d(2)} {d(2)}"),
        "uk": lambda: (f"+44 7{r.choice('4579')}{d(2)} {d(6)}", r.choice([f"07{r.choice('4579')}{d(2)} {d(6)}", f"0113 {d(3)} {d(4)}", f"020 7{d(3)} {d(4)}"])),
        "us": lambda: (f"+1 {r.choice(['614', '404', '312', '512', '206'])}-{r.randint(201, 989)}-{d(4)}",
                       r.choice([f"({r.choice(['614', '404', '773', '737', '425'])}) {r.randint(201, 989)}-{d(4)}",
                                 f"{r.choice(['614', '404', '773'])}.{r.randint(201, 989)}.{d(4)}"])),
        "mx": lambda: (f"+52 {r.choice(['55', '33', '81'])} {d(4)} {d(4)}", f"{r.choice(['55', '33', '999'])} {d(3)} {d(4)}"),
        "br": lambda: (f"+55 {r.choice(['11', '21', '41'])} 9{d(4)}-{d(4)}", f"({r.choice(['11', '21', '41'])}) 9{d(4)}-{d(4)}"),
        "cl": lambda: (f"+56 9 {d(4)} {d(4)}", f"9 {d(4)} {d(4)}"),
        "ma": lambda: (f"+212 6{d(2)} {d(2)} {d(2)} {d(2)}", f"06{d(2)}-{d(2)}{d(2)}{d(2)}"),
        "za": lambda: (f"+27 {r.choice(['82', '83', '72', '61'])} {d(3)} {d(4)}", f"0{r.choice(['82', '83', '72'])} {d(3)} {d(4)}"),
        "sa": lambda: (f"+966 5{r.choice('0345')} {d(3)} {d(4)}", f"05{r.choice('0345')} {d(3)} {d(4)}"),
        "ae": lambda: (f"+971 5{r.choice('02568')} {d(3)} {d(4)}", f"05{r.choice('02568')} {d(3)} {d(4)}"),
        "in": lambda: (f"+91 {r.choice('9876')}{d(4)} {d(5)}", f"0{r.choice('98')}{d(4)}{d(5)}"),
        "th": lambda: (f"+66 {r.choice('689')}{d(1)} {d(3)} {d(4)}", f"0{r.choice('689')}{d(1)}-{d(3)}-{d(4)}"),
        "my": lambda: (f"+60 1{r.choice('2679')}-{d(3)} {d(4)}", f"01{r.choice('2679')}-{d(3)} {d(4)}"),
        "cn": lambda: (f"+86 13{d(1)} {d(4)} {d(4)}", f"13{d(1)}-{d(4)}-{d(4)}"),
        "jp": lambda: (f"+81 {r.choice('789')}0-{d(4)}-{d(4)}", f"0{r.choice('789')}0-{d(4)}-{d(4)}"),
        "kr": lambda: (f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"),
        "au": lambda: (f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}"),
        "nz": lambda: (f"+64 2{r.choice('127')} {d(3)} {d(4)}", f"02{r.choice('127')} {d(3)} {d(4)}"),
        "ca": lambda: (f"+1 514-{r.randint(201, 989)}-{d(4)}", f"(438) {r.randint(201, 989)}-{d(4)}"),
        "sg": lambda: (f"+65 {r.choice('89')}{d(3)} {d(4)}", f"{r.choice('89')}{d(3)} {d(4)}"),
    }[c]()
    return f[0] if intl else f[1]

EMAIL_DOMAINS = W("gmail.com|web.de|gmx.net|orange.fr|libero.it|telefonica.net|sapo.pt|telenet.be|ziggo.nl|wp.pl|seznam.cz|"
                  "freemail.hu|yahoo.ro|telia.se|btinternet.com|outlook.com|icloud.com|hotmail.com.mx|uol.com.br|"
                  "menara.ma|webmail.co.za|yahoo.co.in|qq.com|docomo.ne.jp|naver.com|bigpond.com|xtra.co.nz|"
                  "protonmail.com|fleet-logistik.de|transportes-ibericos.es")
import unicodedata
def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("'", "").replace(" ", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def email(r, p):
    g = ascii_fold(p.given.lower()).replace("-", "").replace(".", "")
    f = ascii_fold(p.family.lower()).replace("-", "").replace(".", "").replace("/", "")
    loc = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}{r.randint(1, 99)}", f"{g}_{f[:4]}{r.randint(70, 99)}", f"{g}{f[:1]}"])
    loc = re.sub(r"[^a-z0-9._]", "", loc).strip(".")
    loc = re.sub(r"\.\.+", ".", loc)
    return loc + "@" + r.choice(EMAIL_DOMAINS)

def ipv4(r, kind=None):
    kind = kind or r.choice(["doc", "priv", "pub"])
    if kind == "doc":
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if kind == "priv":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return f"{r.choice([81, 88, 93, 145, 185, 31, 62, 90, 177, 201])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

def ipv6(r):
    return "2001:db8:" + ":".join("%x" % r.randint(1, 0xffff) for _ in range(r.choice([2, 3]))) + "::" + "%x" % r.randint(1, 0xffff)

def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa": pre, n = "4" + digits(r, 5), 16
    elif kind == "mc": pre, n = str(r.randint(51, 55)) + digits(r, 4), 16
    elif kind == "mc2": pre, n = str(r.randint(2221, 2720)) + digits(r, 2), 16
    elif kind == "amex": pre, n = r.choice(["34", "37"]) + digits(r, 4), 15
    else: pre, n = "6011" + digits(r, 2), 16
    num = luhn_complete(pre + digits(r, n - len(pre) - 1))
    sep = r.choice([" ", "-", ""])
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))

def bad_card(r):
    while True:
        num = "4" + digits(r, 15)
        if not luhn_ok(num):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))

def rib_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)

def es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        v = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return "%d%d" % (dc("00" + bank + branch), dc(acct))

def iban(r, c, spaced=None):
    c = c.upper()
    if c == "DE": bban = digits(r, 18)
    elif c == "FR":
        b, g, a = digits(r, 5), digits(r, 5), digits(r, 11); bban = b + g + a + rib_key(b, g, a)
    elif c == "ES":
        b, g, a = digits(r, 4), digits(r, 4), digits(r, 10); bban = b + g + es_ccc(b, g, a) + a
    elif c == "IT":
        abi, cab, conto = digits(r, 5), digits(r, 5), digits(r, 12); bban = cf_check(abi + cab + conto)[0] + abi + cab + conto
        # CIN: same odd/even tables as the codice fiscale, over 22 characters
        tot = sum(CF_ODD[ch] if i % 2 == 0 else cf_even(ch) for i, ch in enumerate(abi + cab + conto))
        bban = chr(65 + tot % 26) + abi + cab + conto
    elif c == "PT":
        core = digits(r, 19); bban = core + "%02d" % (98 - int(core + "00") % 97)
    elif c == "BE":
        core = digits(r, 10); k = int(core) % 97 or 97; bban = core + "%02d" % k
    elif c == "NL": bban = r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + digits(r, 10)
    elif c == "PL": bban = digits(r, 24)
    elif c == "CZ": bban = r.choice(["0800", "0100", "2010", "0300"]) + digits(r, 16)
    elif c == "HU": bban = digits(r, 24)
    elif c == "RO": bban = r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + letters(r, 0) + digits(r, 16)
    elif c == "SE": bban = digits(r, 20)
    elif c == "GB": bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(r, 14)
    elif c == "BR": bban = digits(r, 23) + r.choice("CP") + "1"
    elif c == "SA": bban = r.choice(["80", "10", "45"]) + digits(r, 18)
    elif c == "AE": bban = r.choice(["033", "026", "035"]) + digits(r, 16)
    elif c == "MA": bban = digits(r, 24)
    else: raise KeyError(c)
    ib = iban_make(c, bban)
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib

def bad_iban(r, c):
    ib = iban(r, c, spaced=False)
    x = list(ib); i = len(x) - 3
    x[i] = str((int(x[i]) + 3) % 10)
    s = "".join(x); assert not iban_ok(s)
    return s

def nhs(r):
    while True:
        ds = digits(r, 9)
        c = 11 - sum(int(d) * w for d, w in zip(ds, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = ds + str(c); return f"{s[:3]} {s[3:6]} {s[6:]}"

def bad_nhs(r):
    while True:
        s = re.sub(r"\D", "", nhs(r)); s = s[:9] + str((int(s[9]) + 4) % 10)
        if not nhs_ok(s): return f"{s[:3]} {s[3:6]} {s[6:]}"

def nino(r, spaced=True):
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"): break
    ds = digits(r, 6); s = r.choice("ABCD")
    return f"{p} {ds[:2]} {ds[2:4]} {ds[4:]} {s}" if spaced else p + ds + s

def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); n = digits(r, 7)
        return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
    n = "%08d" % r.randint(1000000, 79999999)
    return n + DNI_L[int(n) % 23]

def bad_dni(r):
    s = dni(r); x = DNI_L[(DNI_L.index(s[-1]) + 5) % 23]; s = s[:-1] + x
    assert not dni_ok(s); return s

def nir(r, p, spaced=True):
    y, m, _ = p.dob
    sex = "1" if p.sex == "M" else "2"
    dept = r.choice(["75", "69", "13", "31", "35", "59", "33", "67", "99"])
    com = "%03d" % r.randint(1, 400); order = "%03d" % r.randint(1, 999)
    body = sex + "%02d" % (y % 100) + "%02d" % m + dept + com + order
    key = "%02d" % (97 - int(body) % 97)
    if spaced:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"
    return body + key

def bad_nir(r, p):
    s = nir(r, p, spaced=False); s = s[:13] + "%02d" % ((int(s[13:]) + 11) % 97)
    assert not nir_ok(s); return s

def steuer(r, spaced=None):
    while True:
        first = r.choice("123456789")
        pool = [c for c in "0123456789"]
        r.shuffle(pool)
        ds = [first] + [c for c in pool if c != first][:8]
        rep = r.choice(ds)
        pos = r.randint(1, 9)
        ten = ds[:pos] + [rep] + ds[pos:]
        ten = ten[:10]
        s = "".join(ten) + steuer_check("".join(ten))
        if steuer_ok(s): break
    if spaced is None:
        spaced = r.random() < 0.5
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s

def bad_steuer(r):
    s = steuer(r, spaced=False); s = s[:10] + str((int(s[10]) + 1) % 10)
    assert not steuer_ok(s); return s

BELFIORE = [("H501", "Roma"), ("F205", "Milano"), ("L219", "Torino"), ("F839", "Napoli"), ("A944", "Bologna"),
            ("D612", "Firenze"), ("G273", "Palermo"), ("A662", "Bari"), ("L736", "Venezia"), ("C351", "Catania")]
def cf_part(s, given=False):
    s = s.upper().translate(str.maketrans("ÀÈÉÌÒÙ'", "AEEIOU ")).replace(" ", "").replace("-", "")
    s = re.sub(r"[^A-Z]", "", s)
    cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]

def codice_fiscale(r, p):
    y, m, d = p.dob
    code, city = r.choice(BELFIORE)
    s = cf_part(p.family) + cf_part(p.given, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % (d + (40 if p.sex == "F" else 0)) + code
    return s + cf_check(s), city

def bad_cf(r, p):
    s, _ = codice_fiscale(r, p); s = s[:15] + chr(65 + (ord(s[15]) - 65 + 7) % 26)
    assert not cf_ok(s); return s

def sin(r):
    while True:
        s = luhn_complete(r.choice("1234567") + digits(r, 7))
        return f"{s[:3]} {s[3:6]} {s[6:]}"

def bad_sin(r):
    while True:
        s = r.choice("1234567") + digits(r, 8)
        if not luhn_ok(s): return f"{s[:3]}-{s[3:6]}-{s[6:]}"

def cpf(r, fmt=True):
    while True:
        n = digits(r, 9)
        if len(set(n)) > 1: break
    s = n + cpf_digits(n)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s

def bad_cpf(r):
    s = re.sub(r"\D", "", cpf(r)); s = s[:10] + str((int(s[10]) + 3) % 10)
    assert not cpf_ok(s); return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

def aadhaar(r):
    b = r.choice("23456789") + digits(r, 10); s = b + verhoeff_digit(b)
    assert aadhaar_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"

def bad_aadhaar(r):
    s = re.sub(r"\D", "", aadhaar(r)); s = s[:11] + str((int(s[11]) + 1) % 10)
    assert not aadhaar_ok(s); return f"{s[:4]} {s[4:8]} {s[8:]}"

def nric(r, pfx=None):
    pfx = pfx or r.choice("STFG"); d7 = digits(r, 7)
    return pfx + d7 + nric_letter(pfx, d7)

def bad_nric(r):
    s = nric(r); al = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    s = s[:8] + al[(al.index(s[8]) + 3) % 11]; assert not nric_ok(s); return s

def mbi(r, dashed=None):
    pat = ["1-9", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    s = "".join({"1-9": lambda: r.choice("123456789"), "A": lambda: r.choice(MBI_A), "AN": lambda: r.choice(MBI_AN),
                 "N": lambda: r.choice("0123456789")}[p]() for p in pat)
    if dashed is None:
        dashed = r.random() < 0.5
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s

def uk_bank(r):
    return f"{digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}", digits(r, 8)

WMI = ["WVW", "WBA", "WDD", "VF1", "ZFA", "VSS", "TMB", "YV1", "SAL", "1FT", "JTD", "KMH", "9BW", "MA3", "LSV", "WP0", "SJN", "3VW"]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
def vin(r):
    v = r.choice(WMI) + "".join(r.choice(VIN_CH) for _ in range(5)) + "0" + r.choice("LMNPRST") + r.choice(VIN_CH) + digits(r, 6)
    return v[:8] + vin_check(v) + v[9:]

def imei(r):
    return luhn_complete(r.choice(["35", "86", "01"]) + digits(r, 12))

def iccid(r):
    return luhn_complete("8949" + digits(r, 14))

def plate(r, c):
    return {"de": lambda: f"{r.choice(['M', 'K', 'HH', 'S', 'DD'])}-{letters(r, 2)} {r.randint(1, 9999)}",
            "fr": lambda: f"{letters(r, 2)}-{digits(r, 3)}-{letters(r, 2)}", "uk": lambda: f"{letters(r, 2)}{r.randint(51, 74)} {letters(r, 3)}",
            "it": lambda: f"{letters(r, 2)} {digits(r, 3)}{letters(r, 2)}", "es": lambda: f"{digits(r, 4)} {letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
            "nl": lambda: f"{letters(r, 2)}-{digits(r, 3)}-{letters(r, 1)}", "pl": lambda: f"W{letters(r, 1)} {digits(r, 5)}"}.get(c, lambda: f"{letters(r, 3)} {digits(r, 4)}")()

# hard-negative values
MODELS = W("Ferdinand|Matilda|Leopold|Amadeo|Ottilie|Beatrix|Casimir|Henrietta")
BRAND = "Norvane"
TRIMS = W("GT|e-Drive 77|Hybrid Plus|Allroad|Sport Line|Vario 4x4")
def model(r):
    return f"{BRAND} {r.choice(MODELS)} {r.choice(TRIMS)}"
def partno(r):
    return r.choice([f"{digits(r, 1)}{letters(r, 1)}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)} {letters(r, 2)}",
                     f"NV-{digits(r, 5)}-{letters(r, 1)}{digits(r, 2)}", f"A {digits(r, 3)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
def fwver(r):
    return r.choice([f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(100, 255)}.{r.randint(1, 250) if r.random() < .5 else r.randint(300, 9999)}",
                     f"HU-{r.randint(20, 24)}.{r.randint(1, 12)}.{r.randint(0, 9)}-build{digits(r, 5)}",
                     f"TCU_{letters(r, 2)}_{r.randint(1, 9)}.{r.randint(0, 99)}.{r.randint(0, 255)}.{r.randint(0, 255)}"])
def dtc(r):
    return r.choice("PPPCBU") + r.choice("0123") + "%03X" % r.randint(0, 0xFFF)
def dealer(r):
    return f"DLR-{r.choice(['DE', 'FR', 'IT', 'ES', 'UK', 'PL', 'US', 'BR', 'IN', 'JP'])}-{digits(r, 5)}"
def gps(r):
    return "%.6f" % r.uniform(-45, 60), "%.6f" % r.uniform(-120, 150)
def oid(r):
    return f"1.3.6.1.4.1.{r.randint(10000, 60000)}.{r.randint(1, 20)}.{r.randint(1, 9)}.{r.randint(1, 99)}"
def epoch(r):
    return str(r.randint(1700000000, 1790000000))
def ts(r):
    y, m, d = rdate(r, 2025, 2026)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
def rnd_date(r):
    return rdate(r, 2025, 2026)
PLACEHOLDERS = [("Max", "Mustermann"), ("Erika", "Mustermann"), ("John", "Doe"), ("Jane", "Q. Public"), ("Mario", "Rossi"),
                ("Jean", "Dupont"), ("Juan", "Pérez"), ("Fulano", "de Tal"), ("Jan", "Kowalski"), ("Taro", "Yamada")]
COMPANIES_PEOPLE = W("Ferrari Financial Services|Porsche Holding|Ford Credit|Bosch Car Service|Michelin|Goodyear|Siemens Mobility|"
                     "Marks & Spencer|Walt Disney|Dr. Oetker|Mercedes-Benz Bank|Tata Motors|Honda Finance|Toyota Tsusho|Dunlop")
HOLIDAYS = W("Whit Monday|Fête nationale|Día de los Muertos|Eid al-Fitr|Martin Luther King Jr. Day|King's Birthday|Songkran|"
             "Diwali|Chuseok|Golden Week|Waitangi Day|Tiradentes|Saint Nicholas Day|Queen's Day")

# ---- driving licences: number shapes per issuing country / US state
US_STATES = {"CA": "California", "FL": "Florida", "NY": "New York", "TX": "Texas", "IL": "Illinois", "WA": "Washington",
             "MI": "Michigan", "NJ": "New Jersey", "OH": "Ohio", "PA": "Pennsylvania", "GA": "Georgia", "AZ": "Arizona",
             "MA": "Massachusetts", "CO": "Colorado"}
def us_dl(r, st):
    L1 = lambda: r.choice("ABCDEFGHJKLMNPRSTWY")
    return {"CA": lambda: L1() + digits(r, 7), "FL": lambda: f"{L1()}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
            "NY": lambda: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", "TX": lambda: digits(r, 8),
            "IL": lambda: f"{L1()}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}", "WA": lambda: "WDL" + "".join(r.choice(VIN_CH) for _ in range(9)),
            "MI": lambda: f"{L1()} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", "NJ": lambda: f"{L1()}{digits(r, 4)} {digits(r, 5)} {digits(r, 5)}",
            "OH": lambda: letters(r, 2) + digits(r, 6), "PA": lambda: f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
            "GA": lambda: digits(r, 9), "AZ": lambda: L1() + digits(r, 8), "MA": lambda: "S" + digits(r, 8),
            "CO": lambda: f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}"}[st]()

def uk_dl(p):
    fam = re.sub(r"[^A-Z]", "", ascii_fold(p.family).upper())
    fam = (fam[2:] if fam.startswith("MC") else fam)
    s = (fam + "99999")[:5]
    y, m, d = p.dob
    mm = m + (50 if p.sex == "F" else 0)
    ini = (ascii_fold(p.given).upper()[0] + "9")
    return f"{s}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}9{chr(65 + (d * 7 + m) % 26)}{chr(65 + (y + d) % 26)}"

# country -> (label, number-generator, issuer phrase)
def foreign_dl(r, c, p):
    D = lambda n: digits(r, n)
    table = {
        "de": ("Führerschein-Nr.", lambda: r.choice("BFJKNW") + D(3) + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + D(2), "Deutschland"),
        "fr": ("N° de permis de conduire", lambda: D(2) + r.choice(["AA", "AB", "BT", "CF"]) + D(5) if r.random() < .5 else D(12), "France"),
        "it": ("Numero patente", lambda: r.choice(["U1", "MI", "TO", "RM", "NA"]) + D(7) + r.choice("ABCDEFGHLMNPRSTUVZ"), "Italia"),
        "pt": ("Carta de condução n.º", lambda: f"{r.choice(['L', 'P', 'C', 'BR'])}-{D(6)} {D(1)}", "Portugal"),
        "be": ("Rijbewijsnummer / N° permis", lambda: D(10), "België/Belgique"),
        "nl": ("Rijbewijsnummer", lambda: D(10), "Nederland"),
        "pl": ("Numer prawa jazdy", lambda: f"{D(5)}/{D(2)}/{D(4)}", "Polska"),
        "cz": ("Číslo řidičského průkazu", lambda: letters(r, 2) + " " + D(6), "Česká republika"),
        "hu": ("Vezetői engedély száma", lambda: letters(r, 2) + D(6), "Magyarország"),
        "ro": ("Permis de conducere nr.", lambda: D(9), "România"),
        "se": ("Körkortsnummer", lambda: D(8), "Sverige"),
        "uk": ("Driving licence number", lambda: uk_dl(p), "DVLA, United Kingdom"),
        "mx": ("Licencia de conducir No.", lambda: r.choice("ABCDEFGN") + D(8), "Jalisco, México"),
        "br": ("CNH nº registro", lambda: (lambda n: n + cnh_digits(n))(r.choice("0123456") + D(8)), "DETRAN-SP, Brasil"),
        "ma": ("N° du permis de conduire", lambda: f"{D(2)}/{D(6)}", "Maroc"),
        "za": ("Driving licence no.", lambda: D(4) + "".join(r.choice(VIN_CH) for _ in range(8)), "South Africa"),
        "sa": ("رقم رخصة القيادة / Licence No.", lambda: "1" + D(9), "Saudi Arabia"),
        "ae": ("Traffic Code / Licence No.", lambda: D(7), "Dubai RTA, UAE"),
        "in": ("Driving Licence No.", lambda: f"{r.choice(['MH12', 'KA03', 'TN09', 'DL07'])} {r.randint(2005, 2023)}{D(7)}", "India"),
        "th": ("ใบอนุญาตขับรถเลขที่ / Licence No.", lambda: D(8), "Thailand"),
        "cn": ("驾驶证号 / Licence No.", lambda: (lambda s: s + cnid_check(s))(r.choice(["110105", "310115", "440106"]) + "%04d%02d%02d" % p.dob + D(3)), "China"),
        "au": ("Licence No.", lambda: D(8) if r.random() < .5 else D(9), r.choice(["NSW", "Victoria", "Queensland"]) + ", Australia"),
        "nz": ("Licence number", lambda: letters(r, 2) + D(6), "New Zealand"),
        "ca": ("Permis de conduire / Licence No.", lambda: r.choice("ABCDEFGHJKLMNPRSTW") + D(4) + "-" + D(6) + "-" + D(2), "Québec, Canada"),
    }
    lab, gen, issuer = table[c]
    return lab, gen(), issuer

DL_COUNTRIES = ["de", "fr", "it", "pt", "be", "nl", "pl", "cz", "hu", "ro", "se", "uk", "mx", "br", "ma", "za", "sa", "ae", "in",
                "th", "cn", "au", "nz", "ca"]

# ---- passports: shapes per issuing country and labels in several languages
def passport_no(r, c):
    D = lambda n: digits(r, n)
    return {
        "us": lambda: D(9) if r.random() < .5 else r.choice("ACEFGHJKLMNPRSTUVWXYZ") + D(8),
        "de": lambda: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "fr": lambda: D(2) + letters(r, 2) + D(5), "it": lambda: letters(r, 2) + D(7), "es": lambda: letters(r, 3) + D(6),
        "pt": lambda: letters(r, 2) + D(6), "be": lambda: letters(r, 2) + D(6), "nl": lambda: letters(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + D(1),
        "pl": lambda: letters(r, 2) + D(7), "cz": lambda: D(8), "hu": lambda: letters(r, 2) + D(6), "ro": lambda: "0" + D(8),
        "se": lambda: D(8), "uk": lambda: D(9), "mx": lambda: r.choice("GN") + D(8), "br": lambda: letters(r, 2) + D(6),
        "cl": lambda: r.choice("FP") + D(8), "ma": lambda: letters(r, 2) + D(7), "za": lambda: r.choice("AMT") + D(8),
        "sa": lambda: r.choice("ABNY") + D(7), "ae": lambda: r.choice("ANP") + D(7), "in": lambda: r.choice("JKLMNPRSTVWZ") + D(7),
        "th": lambda: letters(r, 2) + D(7), "my": lambda: r.choice("AH") + D(8), "cn": lambda: "E" + D(8) if r.random() < .5 else "EA" + D(7),
        "jp": lambda: letters(r, 2) + D(7), "kr": lambda: "M" + D(8) if r.random() < .5 else "M" + D(3) + letters(r, 1) + D(4),
        "au": lambda: r.choice(["PA", "PB", "N", "E"]) + D(7), "nz": lambda: letters(r, 2) + D(6), "ca": lambda: letters(r, 2) + D(6),
        "sg": lambda: "K" + D(7) + letters(r, 1),
    }[c]()

PASS_LABEL = {"us": "Passport No.", "de": "Reisepass-Nr.", "fr": "N° de passeport", "it": "Numero passaporto", "es": "Número de pasaporte",
              "pt": "N.º do passaporte", "be": "Paspoortnummer", "nl": "Paspoortnummer", "pl": "Numer paszportu", "cz": "Číslo cestovního pasu",
              "hu": "Útlevélszám", "ro": "Număr pașaport", "se": "Passnummer", "uk": "Passport number", "mx": "Núm. de pasaporte",
              "br": "Número do passaporte", "cl": "N° pasaporte", "ma": "N° passeport / رقم جواز السفر", "za": "Passport no.",
              "sa": "رقم جواز السفر / Passport No.", "ae": "Passport No. / رقم الجواز", "in": "Passport No.", "th": "หนังสือเดินทางเลขที่ / Passport No.",
              "my": "No. Pasport", "cn": "护照号码 / Passport No.", "jp": "旅券番号 / Passport No.", "kr": "여권번호 / Passport No.",
              "au": "Passport number", "nz": "Passport number", "ca": "Passport No. / N° de passeport", "sg": "Passport No."}
COUNTRY_NAME = {"us": "United States", "de": "Germany", "fr": "France", "it": "Italy", "es": "Spain", "pt": "Portugal", "be": "Belgium",
                "nl": "Netherlands", "pl": "Poland", "cz": "Czechia", "hu": "Hungary", "ro": "Romania", "se": "Sweden", "uk": "United Kingdom",
                "mx": "Mexico", "br": "Brazil", "cl": "Chile", "ma": "Morocco", "za": "South Africa", "sa": "Saudi Arabia", "ae": "United Arab Emirates",
                "in": "India", "th": "Thailand", "my": "Malaysia", "cn": "China", "jp": "Japan", "kr": "Republic of Korea", "au": "Australia",
                "nz": "New Zealand", "ca": "Canada", "sg": "Singapore"}

def pp_type(c):
    return "US_PASSPORT" if c == "us" else "PASSPORT"

# ---- clinical vocabulary
INJURIES = W("whiplash injury|fracture of the left clavicle|concussion|mild traumatic brain injury|fractured ribs (R 4-6)|"
             "right-sided pneumothorax|splenic laceration|sternal fracture|distal radius fracture|cervical spine sprain|"
             "seat-belt syndrome|tibial plateau fracture|acute stress reaction|lumbar compression fracture|scalp laceration")
CONDITIONS = W("type 1 diabetes mellitus|epilepsy|obstructive sleep apnoea|atrial fibrillation|hypertension|"
               "narcolepsy|multiple sclerosis|chronic kidney disease stage 3|asthma|major depressive disorder|"
               "Parkinson's disease|coronary artery disease|hypothyroidism|glaucoma")
MEDS = W("insulin glargine|metformin|levetiracetam|apixaban|paracetamol|ibuprofen|morphine|ondansetron|tramadol|"
         "diclofenac|salbutamol|sertraline|atorvastatin|warfarin|Keppra|Eliquis|lamotrigine|modafinil|ramipril|"
         "levothyroxine|cefazolin|enoxaparin|zolpidem|bisoprolol")
COND_MEDS = {"type 1 diabetes mellitus": "insulin glargine", "epilepsy": "levetiracetam", "obstructive sleep apnoea": "modafinil",
             "atrial fibrillation": "apixaban", "hypertension": "ramipril", "narcolepsy": "modafinil", "multiple sclerosis": "ocrelizumab",
             "chronic kidney disease stage 3": "bisoprolol", "asthma": "salbutamol", "major depressive disorder": "sertraline",
             "Parkinson's disease": "levodopa", "coronary artery disease": "atorvastatin", "hypothyroidism": "levothyroxine",
             "glaucoma": "latanoprost"}
HOSPITALS = W("Klinikum rechts der Isar|Hospices Civils de Lyon|Ospedale Niguarda|Hospital Universitario La Paz|St James's University Hospital|"
              "Grady Memorial Hospital|Hospital Israelita Albert Einstein|Chris Hani Baragwanath Hospital|Rajiv Gandhi Government General Hospital")
def mrn(r):
    return r.choice([f"{digits(r, 8)}", f"MRN-{digits(r, 7)}", f"K{digits(r, 2)}-{digits(r, 6)}", f"{letters(r, 2)}{digits(r, 6)}", f"0{digits(r, 9)}"])
def hp_id(r):
    return r.choice([f"{letters(r, 3)}{digits(r, 9)}", f"W{digits(r, 9)}", f"MBR-{digits(r, 8)}-0{r.randint(1, 4)}", f"{digits(r, 3)}{letters(r, 1)}{digits(r, 7)}"])
US_PLANS = W("BlueCross BlueShield of Illinois|Aetna Choice POS II|UnitedHealthcare Choice Plus|Kaiser Permanente HMO|Cigna Open Access Plus|Humana Gold Plus")

# =============================================================================================== templates
TEMPLATES = []
def tpl(fmt, count):
    def deco(f):
        TEMPLATES.append((f.__name__, f, fmt, count)); return f
    return deco

def P(v): return L("PERSON", v)
def A(v): return L("ADDRESS", v)
def PH(v): return L("PHONE", v)
def E(v): return L("EMAIL", v)
def IP(v): return L("IP_ADDRESS", v)
def DOB(v): return L("DATE_OF_BIRTH", v)
def DX(v): return L("DIAGNOSIS", v)
def RX(v): return L("MEDICATION", v)
def DL(v): return L("DRIVER_LICENSE", v)

# ------------------------------------------------------------------ forms / KYC
@tpl("form", 5)
def test_drive_form(r, n):
    c = ["de", "fr", "pl", "se", "ma", "au", "hu", "za", "nz", "ro"][n * 2 + r.randint(0, 1)]
    p = Person(r, c)
    lab, num, issuer = foreign_dl(r, c, p)
    d = Doc()
    dl = r.choice(["Autohaus Kessler & Söhne", "Norvane Centre " + CITIES[c][0][1], "Garage du Lac SARL", "Motorpark Nord"])
    d.add(f"{dl.upper()}  ·  PROBEFAHRT / TEST DRIVE AGREEMENT\nDealer code: {dealer(r)}    Form TD-07 rev.3\n",
          "-" * 64, "\n")
    sty = r.choice(["slash_eu", "eu", "iso", "long"])
    d.add("Customer name / Kunde ......... ", P(p.western if r.random() < .6 else p.lastfirst()), "\n")
    d.add("Date of birth / Geburtsdatum .. ", DOB(fdate(p.dob, sty)), "\n")
    d.add("Home address .................. ", A(address(r, c)), "\n")
    d.add("Mobile ........................ ", PH(phone(r, c)), "\n")
    if r.random() < .7:
        d.add("E-mail ........................ ", E(email(r, p)), "\n")
    d.add(f"{lab} ", "." * max(2, 30 - len(lab)), " ", DL(num), "\n")
    d.add(f"Issued in ..................... {issuer}   valid until {fdate(rdate(r, 2027, 2038), sty)}\n")
    d.add(f"Vehicle ....................... {model(r)}   VIN {vin(r)}   plate {plate(r, c)}\n")
    d.add(f"Out: {fdate(rnd_date(r), sty)} 10:{r.randint(10, 59)}  odometer {r.randint(5, 900)} km   fuel/charge {r.randint(40, 100)} %\n")
    d.add("Route: dealer → ring road → motorway exit 14 → dealer (max 45 min)\n\n")
    sp = Person(r, c)
    d.add("Accompanied by sales consultant: ", P(sp.given), " (ext. ", str(r.randint(200, 299)), ")\n")
    d.add("I confirm I hold a valid licence and accept liability for the excess (EUR 1,000).\n")
    d.add("Signature: ______________   ", "Licence checked against original: [x]  copy scanned: [ ]\n")
    return d

@tpl("form", 2)
def finance_application_de(r, n):
    p = Person(r, "de"); co = Person(r, "de")
    d = Doc()
    d.add("NORVANE BANK GmbH – Finanzierungsantrag / Kreditantrag Nr. FA-", digits(r, 8), "\n")
    d.add("Fahrzeug: ", model(r), ", Kaufpreis 48.390,00 EUR, Anzahlung 7.500,00 EUR, Laufzeit 48 Monate\n\n")
    d.add("1. Antragsteller\n")
    d.add("   Name, Vorname:        ", P(f"{p.family}, {p.given}"), "\n")
    d.add("   Geburtsdatum:         ", DOB(fdate(p.dob, "eu")), "      Geburtsort: ", CITIES["de"][r.randint(0, 4)][1], "\n")
    d.add("   Anschrift:            ", A(address(r, "de")), "\n")
    d.add("   Telefon (mobil):      ", PH(phone(r, "de", False)), "\n")
    d.add("   Steuerliche ID-Nr.:   ", L("DE_TAX_ID", steuer(r)), "\n")
    d.add("   Arbeitgeber:          ", r.choice(["Robert Bosch GmbH", "Siemens Mobility GmbH", "Dr. Oetker KG", "Stadtwerke"]), " seit ", str(r.randint(2005, 2022)), "\n")
    d.add("   Nettoeinkommen mtl.:  ", f"{r.randint(2400, 6800)},00 EUR", "   Miete/Wohnkosten: ", f"{r.randint(600, 1600)},00 EUR", "\n")
    d.add("2. Bankverbindung (SEPA-Lastschrift)\n   IBAN: ", L("IBAN", iban(r, "DE")), "   BIC: ", r.choice(["COBADEFFXXX", "DEUTDEMMXXX", "GENODEF1M01"]), "\n")
    if n == 1:
        d.add("3. Mitantragsteller\n   Name: ", P(co.western), "   geb. am ", DOB(fdate(co.dob, "eu")), "\n")
    d.add("SCHUFA-Auskunft: Score ", str(r.randint(85, 99)), ",", str(r.randint(0, 99)), " %  (Abfrage ", fdate(rnd_date(r), "eu"), ")\n")
    d.add("Hinweis: Beispiel-Ausweis \"Erika Mustermann\" nicht verwenden; Steuer-ID Prüfziffer wird automatisch geprüft.\n")
    return d

@tpl("form", 2)
def lease_application_uk(r, n):
    p = Person(r, "uk")
    sc, acct = uk_bank(r)
    d = Doc()
    d.add("NORVANE FINANCIAL SERVICES (UK) LTD\nPERSONAL CONTRACT HIRE – PROPOSAL FORM      Proposal ref: PCH/", digits(r, 6), "\n\n")
    d.add("Title: ", r.choice(["Mr", "Ms", "Mx", "Dr"]), "    Full name: ", P(p.western), "\n")
    d.add("Date of Birth: ", DOB(fdate(p.dob, r.choice(["slash_eu", "long"]))), "    Marital status: ", r.choice(["Married", "Single", "Civil partnership"]), "\n")
    d.add("Address (3 yrs history):\n  ", A(address(r, "uk", multi=True).replace("\n", "\n  ")), "\n  time at address: ", str(r.randint(1, 12)), " yrs\n")
    d.add("National Insurance No: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d.add("Driving licence number: ", DL(uk_dl(p)), "  (DVLA, full licence, ", str(r.randint(0, 6)), " penalty points)\n")
    d.add("Telephone: ", PH(phone(r, "uk")), "   Email: ", E(email(r, p)), "\n")
    if n == 0:
        d.add("Bank: sort code / account number: ", L("UK_BANK_ACCOUNT", f"{sc} {acct}"), "\n")
    else:
        d.add("Bank sort code: ", sc, "\nBank account number: ", L("UK_BANK_ACCOUNT", acct), "\n")
    d.add("Gross annual income: £", f"{r.randint(24, 95)},{r.randint(100, 999)}", "    Employer: Marks & Spencer plc\n")
    d.add("Vehicle: ", model(r), "  36 months / 8,000 miles p.a.   Initial rental £", str(r.randint(900, 3500)), "\n")
    d.add("Credit search consent: YES   (Experian, Equifax)\n")
    return d

@tpl("form", 3)
def finance_application_eu(r, n):
    c = ["fr", "es", "it"][n]
    p = Person(r, c)
    d = Doc()
    if c == "fr":
        d.add("NORVANE FINANCE FRANCE – Demande de location avec option d'achat (LOA)\nDossier n° LOA-", digits(r, 9), "\n")
        d.add("Nom : ", P(p.family.upper()), "    Prénom : ", P(p.given), "\n")
        d.add("Né(e) le : ", DOB(fdate(p.dob, "slash_eu")), " à ", r.choice(["Lyon (69)", "Marseille (13)", "Brest (29)"]), "\n")
        d.add("Adresse : ", A(address(r, "fr")), "\n")
        d.add("N° de sécurité sociale : ", L("FR_NIR", nir(r, p)), "\n")
        d.add("Téléphone : ", PH(phone(r, "fr", False)), "    Courriel : ", E(email(r, p)), "\n")
        d.add("IBAN (prélèvement) : ", L("IBAN", iban(r, "FR", True)), "\n")
        d.add("Revenus nets mensuels : ", f"{r.randint(1900, 5200)} €", "   Employeur : Michelin\n")
        d.add("Véhicule : ", model(r), "  — 49 loyers de ", f"{r.randint(290, 690)},00 €\n")
    elif c == "es":
        nie = r.random() < .5
        d.add("NORVANE FINANCIACIÓN S.A. – Solicitud de financiación\nExpediente ", digits(r, 10), "\n")
        d.add("Apellidos y nombre: ", P(f"{p.family}, {p.given}"), "\n")
        d.add("Fecha de nacimiento: ", DOB(fdate(p.dob, "slash_eu")), "\n")
        d.add("NIE: " if nie else "DNI: ", L("ES_DNI", dni(r, nie)), "\n")
        d.add("Domicilio: ", A(address(r, "es")), "\n")
        d.add("Móvil: ", PH(phone(r, "es")), "    Email: ", E(email(r, p)), "\n")
        d.add("Cuenta de cargo (IBAN): ", L("IBAN", iban(r, "ES")), "\n")
        d.add("Ingresos netos mensuales: ", f"{r.randint(1300, 4200)} €", "  Situación laboral: indefinido\n")
        d.add("Vehículo: ", model(r), "   Matrícula prevista: ", plate(r, "es"), "\n")
    else:
        cf, city = codice_fiscale(r, p)
        d.add("NORVANE FINANCIAL SERVICES ITALIA – Richiesta di finanziamento\nPratica n. ", digits(r, 8), "\n")
        d.add("Cognome e nome: ", P(f"{p.family} {p.given}"), "\n")
        d.add("Nato/a a ", city, " il ", DOB(fdate(p.dob, "slash_eu")), "\n")
        d.add("Codice fiscale: ", L("IT_FISCAL_CODE", cf), "\n")
        d.add("Residenza: ", A(address(r, "it")), "\n")
        d.add("Cellulare: ", PH(phone(r, "it")), "    PEC/email: ", E(email(r, p)), "\n")
        d.add("IBAN per addebito rate: ", L("IBAN", iban(r, "IT")), "\n")
        d.add("Reddito netto mensile: ", f"{r.randint(1400, 4600)} €", "  Datore di lavoro: Ferrari S.p.A.\n")
        d.add("Veicolo: ", model(r), "  Esempio compilazione: Mario Rossi, RSSMRA80A01H501", chr(65 + (ord(cf_check("RSSMRA80A01H501")) - 65 + 5) % 26), " (non valido)\n")
    return d

@tpl("form", 2)
def kyc_latam(r, n):
    d = Doc()
    if n == 0:
        p = Person(r, "br")
        _, cnh, _ = foreign_dl(r, "br", p)
        d.add("NORVANE BANCO S.A. – Ficha cadastral / Financiamento CDC\nProposta nº ", digits(r, 10), "\n")
        d.add("Nome completo: ", P(p.western), "\nData de nascimento: ", DOB(fdate(p.dob, "slash_eu")), "\n")
        d.add("CPF: ", L("BR_CPF", cpf(r)), "    RG: ", f"{digits(r, 2)}.{digits(r, 3)}.{digits(r, 3)}-{digits(r, 1)}", " SSP/SP\n")
        d.add("CNH nº registro: ", DL(cnh), "  (DETRAN-SP, categoria B)\n")
        d.add("Endereço: ", A(address(r, "br")), "\n")
        d.add("Celular/WhatsApp: ", PH(phone(r, "br")), "\nE-mail: ", E(email(r, p)), "\n")
        d.add("Renda mensal: R$ ", f"{r.randint(4, 30)}.{digits(r, 3)},00", "   Score Serasa: ", str(r.randint(300, 990)), "\n")
        d.add("CPF do avalista (inválido, recusado): ", bad_cpf(r), "\n")
    else:
        p = Person(r, "mx")
        d.add("NORVANE FINANCIERA MÉXICO – Solicitud de crédito automotriz\nFolio ", digits(r, 9), "\n")
        d.add("Nombre(s): ", P(p.given), "   Apellidos: ", P(p.family), "\n")
        d.add("Fecha de nacimiento: ", DOB(fdate(p.dob, "slash_eu")), "\n")
        d.add("Identificación: Pasaporte mexicano  ", PASS_LABEL["mx"], ": ", L("PASSPORT", passport_no(r, "mx")), "\n")
        lab, num, issuer = foreign_dl(r, "mx", p)
        d.add(lab, " ", DL(num), " (expedida en ", issuer, ")\n")
        d.add("Domicilio: ", A(address(r, "mx")), "\n")
        d.add("Teléfono: ", PH(phone(r, "mx")), "   Correo: ", E(email(r, p)), "\n")
        d.add("Ingreso mensual comprobable: $", f"{r.randint(18, 120)},{digits(r, 3)}", " MXN   Buró de crédito: consultado ", fdate(rnd_date(r), "slash_eu"), "\n")
    return d

@tpl("form", 3)
def kyc_asia(r, n):
    d = Doc()
    if n == 0:
        p = Person(r, "in")
        lab, num, issuer = foreign_dl(r, "in", p)
        d.add("NORVANE AUTO FINANCE INDIA PVT LTD — LOAN APPLICATION / KYC\nApplication No: NAF/", digits(r, 4), "/", digits(r, 6), "\n")
        d.add("Applicant Name      : ", P(p.western.upper()), "\n")
        d.add("Father's Name       : ", P(Person(r, "in", "M").western.upper()), "\n")
        d.add("DOB                 : ", DOB(fdate(p.dob, "dash_eu")), "\n")
        d.add("Aadhaar No.         : ", L("IN_AADHAAR", aadhaar(r)), "\n")
        d.add("PAN                 : ", letters(r, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ"), digits(r, 4), letters(r, 1), "\n")
        d.add(lab, "   : ", DL(num), "\n")
        d.add("Residential Address : ", A(address(r, "in")), "\n")
        d.add("Mobile              : ", PH(phone(r, "in")), "\n")
        d.add("CIBIL score: ", str(r.randint(650, 860)), "   Loan amount: ₹", f"{r.randint(4, 25)},{digits(r, 2)},000", "\n")
    elif n == 1:
        p = Person(r, "sg")
        d.add("NORVANE SINGAPORE PTE LTD – HIRE PURCHASE APPLICATION\nCOE category B | Ref HP", digits(r, 7), "\n")
        d.add("Name (as in NRIC): ", P(p.full.upper()), "\nNRIC/FIN: ", L("SG_NRIC", nric(r, "S" if p.dob[0] < 2000 else "T")), "\n")
        d.add("Date of birth: ", DOB(fdate(p.dob, "long")), "\nAddress: ", A(address(r, "sg")), "\n")
        d.add("Handphone: ", PH(phone(r, "sg")), "   Email: ", E(email(r, p)), "\n")
        d.add("Guarantor NRIC (check failed, re-key): ", bad_nric(r), "\n")
    else:
        p = Person(r, "th")
        d.add("NORVANE MALAYSIA SDN BHD – Borang Permohonan Sewa Beli\n")
        d.add("Nama: ", P(p.western), "\nTarikh lahir: ", DOB(fdate(p.dob, "slash_eu")), "\n")
        d.add("Warganegara asing — ", PASS_LABEL["th"], ": ", L("PASSPORT", passport_no(r, "th")), " (Thailand)\n")
        d.add("Alamat: ", A(address(r, "my")), "\nTel: ", PH(phone(r, "my")), "\n")
    return d

@tpl("form", 3)
def blank_form(r, n):
    d = Doc()
    if n == 0:
        d.add("NORVANE DEALER NETWORK – CUSTOMER REGISTRATION (BLANK TEMPLATE v", fwver(r), ")\n\n")
        for f in ["Full Name", "Date Of Birth", "Driving Licence Number", "Issuing Country", "Passport Number", "Home Address",
                  "Mobile Phone", "E-Mail Address", "IBAN", "National Insurance Number"]:
            d.add(f"{f}: ", "_" * 30, "\n")
        d.add("\nExample: ", " ".join(PLACEHOLDERS[r.randint(0, 9)]), ", born 01/01/1970 — do not use real customer data in training.\n")
    elif n == 1:
        d.add("Formulaire de reprise véhicule – modèle à remplir\nNom / Prénom : [NOM] [PRÉNOM]\nDate de naissance : JJ/MM/AAAA\n",
              "N° de permis : ____________   Pays de délivrance : ____\nIBAN : FR76 XXXX XXXX XXXX XXXX XXXX XXX\n",
              "VIN du véhicule repris : ", vin(r), "   Code concession : ", dealer(r), "\n",
              "Exemple : Jean Dupont, 12 rue de la Paix (adresse fictive)\n")
    else:
        d.add("Formular Mitarbeiterschulung – Datenschutz\nFeld\tBeispielwert\nName\tMax Mustermann\nGeburtsdatum\tTT.MM.JJJJ\n",
              "Steuer-ID\t", bad_steuer(r), " (ungültig, Prüfziffer falsch)\nFührerschein\t**********\nIBAN\tDE00 0000 0000 0000 0000 00\n",
              "Modell\tNorvane Ferdinand (benannt nach dem Firmengründer)\n")
    return d

@tpl("form", 2)
def adaptation_form_uk(r, n):
    p = Person(r, "uk")
    cond = r.choice(["multiple sclerosis", "paraplegia (T10)", "spina bifida", "bilateral below-knee amputation", "cerebral palsy"])
    d = Doc()
    d.add("WHEELCHAIR ACCESSIBLE / ADAPTED VEHICLE – ASSESSMENT REFERRAL\nMobility centre ref: MC-", digits(r, 5), "\n")
    d.add("Driver: ", P(p.western), "     DOB: ", DOB(fdate(p.dob, "slash_eu")), "\n")
    d.add("NHS number: ", L("UK_NHS_NUMBER", nhs(r)), "     NI number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d.add("Address: ", A(address(r, "uk")), "   Tel: ", PH(phone(r, "uk")), "\n")
    d.add("Medical condition affecting driving: ", DX(cond), "\n")
    med, dose = r.choice([("baclofen", "10 mg tds"), ("gabapentin", "300 mg nocte"), ("pregabalin", "75 mg bd"), ("tizanidine", "2 mg tds")])
    d.add("Current medication: ", RX(med), " ", dose, "\n")
    d.add("DVLA informed: yes (", r.choice(["form PK1", "form MS1", "form DIAB1"]), ")   Licence restriction codes: 78, 40\n")
    d.add("Adaptations requested: push/pull hand controls, left-foot accelerator, lowered floor conversion of ", model(r), "\n")
    d.add("GP: Dr ", P(Person(r, "uk").family), ", ", r.choice(["Beeston Hill Surgery", "Whitfield Health Centre"]), "\n")
    d.add("Sample NHS number used in staff training (invalid): ", bad_nhs(r), "\n")
    return d

@tpl("form", 2)
def us_credit_app(r, n):
    st = r.choice(list(US_STATES)); p = Person(r, "us")
    d = Doc()
    d.add("NORVANE MOTOR CREDIT CORP. — RETAIL INSTALLMENT CREDIT APPLICATION\nDealer #", digits(r, 5), "  Deal jacket ", digits(r, 7), "\n\n")
    d.add("APPLICANT: ", P(p.western.upper()), "\n")
    d.add("SSN: ", L("US_SSN", ssn(r)), "      DOB: ", DOB(fdate(p.dob, "us")), "\n")
    d.add("Current address: ", A(address(r, "us")), "   Rent/Own: ", r.choice(["Own", "Rent"]), "\n")
    d.add("Home/Cell: ", PH(phone(r, "us", False)), "   Email: ", E(email(r, p)), "\n")
    d.add("Driver license: ", DL(us_dl(r, st)), "   State: ", st, "   Exp ", fdate(rdate(r, 2027, 2031), "us"), "\n")
    d.add("Employer: Ford Motor Credit (yes, really)   Position: ", r.choice(["Analyst", "Technician", "Nurse"]), "  Gross monthly: $", f"{r.randint(3, 14)},{digits(r, 3)}", "\n")
    if n == 1:
        q = Person(r, "us")
        d.add("\nCO-APPLICANT: ", P(q.western.upper()), "   SSN: ", L("US_SSN", ssn(r)), "   DOB: ", DOB(fdate(q.dob, "us")), "\n")
    d.add("Prior applicant SSN on file: XXX-XX-", digits(r, 4), "   (masked)\n")
    d.add("Trade-in: VIN ", vin(r), "  payoff $", f"{r.randint(2, 20)},{digits(r, 3)}", "\n")
    return d

@tpl("form", 1)
def canada_lease(r, n):
    p = Person(r, "ca")
    d = Doc()
    d.add("NORVANE FINANCE CANADA – Demande de crédit-bail / Lease credit application\n")
    d.add("Nom / Name: ", P(p.western), "\nDate de naissance / Date of birth: ", DOB(fdate(p.dob, "iso")), "\n")
    d.add("NAS / SIN: ", L("CA_SIN", sin(r)), "\n")
    lab, num, iss = foreign_dl(r, "ca", p)
    d.add(lab, ": ", DL(num), " (", iss, ")\n")
    d.add("Adresse: ", A(address(r, "ca")), "\nTél.: ", PH(phone(r, "ca")), "\n")
    d.add("Previous SIN typed by agent (Luhn fail): ", bad_sin(r), "\n")
    return d

# ------------------------------------------------------------------ clinical
@tpl("clinical_note", 3)
def crash_ed_note(r, n):
    c = ["uk", "us", "za"][n]
    p = Person(r, c)
    inj = r.sample(INJURIES, 2)
    d = Doc()
    d.add("EMERGENCY DEPARTMENT – TRAUMA NOTE\n")
    d.add("Patient: ", P(p.lastfirst()), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB: ", DOB(fdate(p.dob, "us" if c == "us" else "slash_eu")), "\n")
    d.add("Arrival: ambulance, pre-alert via vehicle eCall (", BRAND, " ", r.choice(MODELS), ", frontal impact, delta-V ", str(r.randint(25, 60)), " km/h, airbags deployed)\n\n")
    d.add("HPI: restrained driver, ", str(2026 - p.dob[0]), "y. Vehicle telematics reported a crash at ", fdate(rnd_date(r), "iso"), " 07:4", str(r.randint(0, 9)), ". ")
    d.add("Complains of neck and chest pain. No loss of consciousness. Denies abdominal pain.\n")
    cond = r.choice(CONDITIONS)
    d.add("PMH: ", DX(cond), ". Meds: ", RX(COND_MEDS[cond]), ". NKDA.\n")
    d.add("Exam: GCS 15. Seat-belt mark across chest. Tender over ", r.choice(["left clavicle", "C5-C6", "right lower ribs"]), ".\n")
    d.add("Imaging: CT head – no intracranial haemorrhage. CXR: ", r.choice(["no pneumothorax", "small apical pneumothorax"]), ".\n")
    d.add("Impression:\n  1. ", DX(inj[0]), "\n  2. ", DX(inj[1]), "\n  3. Spinal injury – ruled out clinically (NEXUS negative)\n")
    d.add("Plan: analgesia ", RX(r.choice(["paracetamol", "ibuprofen", "morphine", "tramadol"])), " and ", RX(r.choice(["ondansetron", "diclofenac"])),
          "; sling; fracture clinic; safety-net advice. Not fit to drive for 6 weeks.\n")
    doc = Person(r, c)
    d.add("Signed: Dr ", P(doc.western), ", ED registrar   bleep ", str(r.randint(1000, 9999)), "\n")
    if c == "us":
        d.add("Insurance: ", r.choice(US_PLANS), "   Member ID: ", L("HEALTH_PLAN_ID", hp_id(r)), "   Group #", digits(r, 6), "\n")
    return d

@tpl("clinical_note", 2)
def fitness_to_drive(r, n):
    p = Person(r, ["de", "nl"][n] if n < 2 else "uk")
    cond = ["epilepsy", "obstructive sleep apnoea"][n]
    d = Doc()
    d.add("OCCUPATIONAL HEALTH – FLEET DRIVER FITNESS ASSESSMENT (Group 2 / C1E)\n")
    d.add("Employee: ", P(p.western), "   Staff no. FL-", digits(r, 5), "   Date of birth: ", DOB(fdate(p.dob, "eu")), "\n")
    d.add("Employer: Norvane Logistics (vehicle transfer drivers)\n\n")
    if n == 0:
        d.add("History: single unprovoked seizure ", str(r.randint(2019, 2023)), "; diagnosed ", DX("focal epilepsy"), ". Seizure-free since. On ",
              RX("lamotrigine"), " 100 mg bd. No aura reported. Denies alcohol excess.\n")
        d.add("Family history: migraine (mother). No history of syncope.\n")
        d.add("Opinion: fit for Group 1 (car) only; Group 2 requires 10 years seizure-free off medication. ",
              "Note: the phrase 'having a fit' in the depot safety poster refers to a tantrum, not a seizure.\n")
    else:
        d.add("Epworth score 16/24. Polysomnography AHI 34/h: ", DX(cond), ". Started CPAP ", fdate(rnd_date(r), "eu"), ".\n")
        d.add("Also on ", RX("bisoprolol"), " for ", DX("hypertension"), ". No diabetes. No history of narcolepsy.\n")
        d.add("Telematics fatigue alerts (lane departure, micro-sleep camera) reviewed: 3 events in 30 days, none since CPAP.\n")
    d.add("Reviewed by: ", P(Person(r, "de").western), ", occupational physician\n")
    return d

@tpl("clinical_note", 2)
def ecall_handover(r, n):
    c = ["it", "se"][n]
    p = Person(r, c); q = Person(r, c)
    lat, lon = gps(r)
    d = Doc()
    d.add("PSAP 112 / eCALL – MEDICAL HANDOVER RECORD\n")
    d.add("MSD: VIN ", vin(r), "  propulsion: ", r.choice(["petrol", "BEV", "diesel"]), "  automatic activation  position ", lat, ",", lon, "  passengers ≥ ", str(r.randint(1, 4)), "\n")
    d.add("Call-back number (TCU SIM): ", PH(phone(r, c)), "\n")
    d.add("Occupant 1 (driver): ", P(p.western), ", approx ", str(r.randint(20, 80)), " y. Conscious, GCS 14. Suspected ", DX(r.choice(INJURIES)), ".\n")
    d.add("Occupant 2 (front passenger): ", P(q.western), ". Complaining of abdominal pain; query ", DX("splenic injury"), ". Takes ", RX("warfarin"), " (per relative).\n")
    d.add("Rear seat: child seat fitted, empty. No fire. No entrapment.\n")
    d.add("Dispatched: ALS crew ", r.choice(["Alfa 21", "Bravo 7", "MIKE-3"]), ", fire service for vehicle stabilisation (HV battery check).\n")
    d.add("Receiving: ", r.choice(HOSPITALS), ". Operator: ", r.choice(["op-4471", "op-1120"]), "\n")
    return d

@tpl("discharge_summary", 3)
def discharge_rtc(r, n):
    c = ["de", "br", "uk"][n]
    p = Person(r, c)
    inj = r.choice(INJURIES)
    d = Doc()
    if c == "de":
        d.add("Entlassungsbrief – Unfallchirurgie\n", r.choice(HOSPITALS[:1]), "\n\n")
        d.add("Patient: ", P(p.western), ", geb. ", DOB(fdate(p.dob, "eu")), ", Fall-/MRN-Nr.: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
        d.add("Anschrift: ", A(address(r, "de")), "\n")
        d.add("Aufnahme nach Verkehrsunfall (PKW, Seitenaufprall, automatischer Notruf).\n")
        d.add("Diagnosen: ", DX(r.choice(["Klavikulafraktur links", "HWS-Distorsion", "Rippenserienfraktur rechts (4-6)", "Sternumfraktur", "distale Radiusfraktur"])), "; ", DX("Commotio cerebri"), ". Ausschluss: Milzruptur (Sono unauffällig).\n")
        d.add("Medikation bei Entlassung: ", RX("Ibuprofen"), " 600 mg 1-1-1, ", RX("Pantoprazol"), " 20 mg 1-0-0, ", RX("Enoxaparin"), " 40 mg s.c.\n")
        d.add("Arbeitsunfähig bis ", fdate(rnd_date(r), "eu"), ". Fahrtauglichkeit: nicht vor Kontrolle.\n")
        d.add("Mit freundlichen Grüßen\nDr. med. ", P(Person(r, "de").western), ", Oberarzt\n")
    elif c == "br":
        d.add("RESUMO DE ALTA HOSPITALAR\nHospital Israelita Albert Einstein – Pronto Atendimento\n")
        d.add("Paciente: ", P(p.western), "   Prontuário (MRN): ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
        d.add("Data de nascimento: ", DOB(fdate(p.dob, "slash_eu")), "   CPF: ", L("BR_CPF", cpf(r)), "\n")
        d.add("Motivo da internação: colisão traseira, acionamento do assistente de emergência do veículo.\n")
        d.add("Diagnóstico principal: ", DX("entorse cervical (chicotada)"), "\nDiagnóstico secundário: ", DX("fratura de costela"), "\n")
        d.add("Prescrição de alta: ", RX("dipirona"), " 1 g 6/6h se dor; ", RX("ciclobenzaprina"), " 5 mg à noite.\n")
        d.add("Descartado: traumatismo craniano (TC normal).\nMédico responsável: Dra. ", P(Person(r, "br").western), " – CRM-SP ", digits(r, 6), "\n")
    else:
        d.add("DISCHARGE SUMMARY – Major Trauma Centre\n", "St James's University Hospital, Leeds\n\n")
        d.add("Name: ", P(p.western), "   Hospital No (MRN): ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   NHS No: ", L("UK_NHS_NUMBER", nhs(r)), "\n")
        d.add("DOB: ", DOB(fdate(p.dob, "long")), "   Address: ", A(address(r, "uk")), "\n")
        d.add("Admitted following RTC (car vs. barrier, M62), vehicle eCall alerted ambulance.\n")
        d.add("Diagnoses:\n - ", DX(inj), "\n - ", DX("acute kidney injury"), " (resolved)\n - Pulmonary embolism: excluded on CTPA\n")
        d.add("Background: ", DX(r.choice(CONDITIONS)), "\n")
        d.add("TTOs: ", RX("co-codamol"), " 30/500 two QDS PRN; ", RX("lansoprazole"), " 15 mg OD; ", RX("dalteparin"), " 5000 units SC OD x 28 days\n")
        d.add("Driving: advised not to drive and to inform DVLA/insurer.\nGP: ", r.choice(["Beeston Hill Surgery", "Chapeltown Medical Centre"]), "\n")
    return d

@tpl("lab_report", 3)
def lab_post_crash(r, n):
    c = ["us", "fr", "pl"][n]
    p = Person(r, c)
    d = Doc()
    d.add("CLINICAL LABORATORY REPORT" + "\n" + "=" * 72 + "\n")
    d.add(f"{'Patient':<14}", P(p.lastfirst()), "\n")
    d.add(f"{'MRN':<14}", L("MEDICAL_RECORD_NUMBER", mrn(r)), f"   {'Accession':<10}{letters(r, 2)}{digits(r, 8)}\n")
    d.add(f"{'DOB':<14}", DOB(fdate(p.dob, "us" if c == "us" else "slash_eu")), f"   Sex {p.sex}\n")
    d.add(f"{'Collected':<14}{fdate(rnd_date(r), 'iso')} 03:{r.randint(10, 59)}   Source: ED / road traffic collision\n")
    d.add("-" * 72 + "\n")
    d.add(f"{'TEST':<28}{'RESULT':>10}  {'UNITS':<10}{'REF RANGE':<14}FLAG\n")
    rows = [("Ethanol (serum)", f"{r.choice([0, 0, 18, 96, 142])}", "mg/dL", "<10", ""), ("Haemoglobin", f"{r.uniform(9.5, 15.5):.1f}", "g/dL", "13.0-17.0", ""),
            ("Lactate", f"{r.uniform(0.8, 4.2):.1f}", "mmol/L", "0.5-2.2", ""), ("Glucose", f"{r.uniform(2.4, 14):.1f}", "mmol/L", "3.9-7.8", ""),
            ("Troponin T hs", f"{r.randint(3, 80)}", "ng/L", "<14", ""), ("INR", f"{r.uniform(0.9, 3.4):.1f}", "", "0.8-1.2", "")]
    for t, v, u, rr, _ in rows:
        d.add(f"{t:<28}{v:>10}  {u:<10}{rr:<14}\n")
    d.add("Urine drug screen: benzodiazepines NEGATIVE, opiates POSITIVE (", RX("morphine"), " given pre-hospital), cannabinoids NEGATIVE\n")
    cx, mx = r.choice([("atrial fibrillation", "warfarin"), ("mechanical mitral valve", "warfarin"), ("deep vein thrombosis", "phenprocoumon")])
    d.add("Comment: raised INR consistent with known ", DX(cx), " on ", RX(mx), ". Results phoned to ED by ", P(Person(r, c).given), " (lab).\n")
    return d

@tpl("lab_report", 2)
def lab_component(r, n):
    d = Doc()
    d.add("MATERIALS LABORATORY – TEST REPORT ", f"ML-{digits(r, 6)}\n")
    d.add("Component: ", r.choice(["airbag inflator (driver)", "HV battery module", "brake fluid sample", "seat-belt pretensioner"]), "   Part no. ", partno(r), "\n")
    d.add("Batch: ", f"B{digits(r, 7)}", "   Supplier: Bosch / Continental   Recall campaign ", f"{r.randint(20, 26)}{letters(r, 1)}{digits(r, 2)}", "\n")
    d.add(f"{'TEST':<32}{'RESULT':>10}  {'LIMIT':<12}VERDICT\n")
    for t, v, l in [("Moisture content", f"{r.uniform(0.01, 0.4):.2f} %", "< 0.30 %"), ("Propellant burn rate", f"{r.uniform(8, 14):.1f} mm/s", "9-13"),
                    ("Cell voltage deviation", f"{r.randint(4, 40)} mV", "< 30 mV"), ("Boiling point (wet)", f"{r.randint(140, 190)} °C", "> 155 °C")]:
        d.add(f"{t:<32}{v:>10}  {l:<12}{r.choice(['PASS', 'PASS', 'FAIL'])}\n")
    d.add("Note: 'dead on arrival' refers to a module with 0 V at receipt. Test rig firmware ", fwver(r), ". Reference OID ", oid(r), "\n")
    return d

@tpl("hl7", 4)
def hl7_crash(r, n):
    d = Doc()
    sep = "\r" if n % 2 else "\n"
    stamp = "%04d%02d%02d%02d%02d" % (*rnd_date(r), r.randint(0, 23), r.randint(0, 59))
    if n == 3:
        d.add(f"MSH|^~\\&|LAB|NORV_OCC_HEALTH|EHR|HOSP|{stamp}||ACK^A04|ACK{digits(r, 8)}|P|2.5.1{sep}MSA|AA|MSG{digits(r, 8)}|Message accepted{sep}")
        return d
    c = ["us", "us", "za"][n]
    p = Person(r, c)
    d.add(f"MSH|^~\\&|ED_TRAUMA|{r.choice(['GRADY', 'MERCY', 'BARA'])}|ADT|HIS|{stamp}||ADT^A04|MSG{digits(r, 8)}|P|2.5.1{sep}")
    d.add(f"EVN|A04|{stamp}{sep}")
    fam, giv = p.family.upper(), p.given.upper()
    d.add("PID|1||", L("MEDICAL_RECORD_NUMBER", digits(r, 8)), "^^^MRN^MR||", P(f"{fam}^{giv}^{letters(r, 1)}"), "||", DOB("%04d%02d%02d" % p.dob),
          f"|{p.sex}|||")
    st = r.choice(STREETS[c]); pc, city = r.choice(CITIES[c])
    if c == "us":
        cty, stt = city.split(", ")
        d.add(A(f"{r.randint(100, 9999)} {st}^^{cty}^{stt}^{pc}"), "^USA||", PH(phone(r, "us", False)))
        d.add("||||||", L("US_SSN", ssn(r).replace("-", "")) if n == 0 else "", sep)
    else:
        d.add(A(f"{r.randint(1, 200)} {st}^^{city}^^{pc}"), "^ZAF||", PH(phone(r, "za")), f"|||||||{sep}")
    d.add("NK1|1|", P(f"{Person(r, c).family.upper()}^{Person(r, c).given.upper()}"), f"|SPO^Spouse|||", PH(phone(r, c, False)), sep)
    d.add(f"PV1|1|E|ED^TR2^01||||{digits(r, 6)}^", P(f"{Person(r, c).family.upper()}^{Person(r, c).given.upper()}"), f"^^^^DR|||||||||||V{digits(r, 9)}{sep}")
    d.add(f"DG1|1|I10|S13.4XXA^", DX("Sprain of ligaments of cervical spine"), f"^I10|||W{sep}")
    d.add(f"DG1|2|I10|V43.52XA^Car driver injured in collision with other motor vehicle^I10|||W{sep}")
    if c == "us":
        if n == 0:
            d.add(f"IN1|1|{digits(r, 5)}|{digits(r, 6)}|", r.choice(US_PLANS), f"|||GRP{digits(r, 5)}||||||||", P(f"{fam}^{giv}"), f"|SEL|||||||||||||||||||", L("HEALTH_PLAN_ID", hp_id(r)), sep)
        else:
            d.add(f"IN1|1|MCR|CMS|Medicare Part A/B||||||||||||", P(f"{fam}^{giv}"), f"|SEL|||||||||||||||||||", L("US_MBI", mbi(r, False)), sep)
    return d

@tpl("fhir_json", 3)
def fhir_crash(r, n):
    c = ["us", "au", "de"][n]
    p = Person(r, c)
    d = Doc()
    cond1, cond2 = r.sample(INJURIES, 2)
    pid = f"pat-{digits(r, 6)}"
    pat = {"resourceType": "Patient", "id": pid,
           "identifier": [{"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.19.5", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
           "name": [{"family": P(p.family), "given": [P(p.given)]}], "gender": "male" if p.sex == "M" else "female",
           "birthDate": DOB(fdate(p.dob, "iso")),
           "telecom": [{"system": "phone", "value": PH(phone(r, c))}, {"system": "email", "value": E(email(r, p))}],
           "address": [{"line": [A(r.choice(["12", "48", "301"]) + " " + r.choice(STREETS[c]))], "city": CITIES[c][0][1], "postalCode": CITIES[c][0][0]}]}
    entries = [{"resource": pat},
               {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]}, "verificationStatus": {"coding": [{"code": "confirmed"}]},
                             "code": {"text": DX(cond1)}, "subject": {"reference": "Patient/" + pid}, "note": [{"text": "MVC, eCall-triggered dispatch"}]}},
               {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                             "code": {"text": "Intracranial haemorrhage"}, "subject": {"reference": "Patient/" + pid}}},
               {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": RX(r.choice(MEDS))},
                             "dosage": [{"text": "as directed"}], "subject": {"reference": "Patient/" + pid}}}]
    if c == "us":
        entries.append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", hp_id(r)),
                                     "payor": [{"display": r.choice(US_PLANS)}], "beneficiary": {"reference": "Patient/" + pid}}})
    else:
        entries.append({"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"text": DX(cond2)},
                                     "subject": {"reference": "Patient/" + pid}}})
    jemit(d, {"resourceType": "Bundle", "type": "collection", "meta": {"source": "ecall-bridge " + fwver(r)}, "entry": entries})
    d.t("\n")
    return d

# ------------------------------------------------------------------ structured exports
@tpl("csv", 3)
def fleet_drivers_csv(r, n):
    d = Doc()
    delim = [",", ";", ","][n]
    hdr = ["driver_id", "first_name", "last_name", "licence_no", "licence_country", "mobile", "email", "assigned_vin", "plate", "cost_centre"]
    if n == 2:
        hdr = ["DriverRef", "Driver Name", "DL Number", "DL State", "Phone", "Vehicle VIN", "Home depot"]
    crow(d, hdr, delim)
    for i in range(r.randint(4, 7)):
        if n == 2:
            st = r.choice(list(US_STATES)); p = Person(r, "us" if r.random() < .7 else r.choice(["mx", "in", "kr"]))
            crow(d, [f"D{digits(r, 5)}", P(p.western), DL(us_dl(r, st)), st, PH(phone(r, "us", False)), vin(r), r.choice(["Newark NJ", "Joliet IL", "Irving TX"])], delim)
        else:
            c = r.choice(["de", "pl", "cz", "hu", "ro", "nl", "be", "fr", "it", "pt", "se"])
            p = Person(r, c)
            lab, num, iss = foreign_dl(r, c, p)
            em = E(email(r, p)) if r.random() < .8 else ""
            crow(d, [f"FD-{digits(r, 4)}", P(p.given), P(p.family), DL(num), c.upper(), PH(phone(r, c)), em, vin(r), plate(r, c), f"CC{digits(r, 4)}"], delim)
    crow(d, [f"FD-{digits(r, 4)}", "POOL", "VEHICLE", "n/a", "", "", "", vin(r), "", "CC0000"] if n != 2 else ["D00000", "UNASSIGNED", "", "", "", vin(r), ""], delim)
    return d

@tpl("tsv", 2)
def dealer_leads_tsv(r, n):
    d = Doc()
    crow(d, ["lead_id", "created", "name", "email", "phone", "model_interest", "dealer", "source", "notes"], "\t")
    for i in range(r.randint(4, 6)):
        c = r.choice(["es", "pt", "cl", "ma", "za", "sa", "ae", "th", "jp", "kr", "au", "nz"])
        p = Person(r, c)
        note = r.choice(["wants test drive Sat", "trade-in " + r.choice(MODELS), "call after 6pm", "asked for Ferdinand brochure", ""])
        crow(d, [f"L{digits(r, 7)}", ts(r), P(p.full), E(email(r, p)), PH(phone(r, c)), f"{BRAND} {r.choice(MODELS)}", dealer(r),
                 r.choice(["web", "app", "walk-in", "configurator"]), note], "\t")
    crow(d, [f"L{digits(r, 7)}", ts(r), "Test Lead", "[redacted]", "+00 000 000", f"{BRAND} Ferdinand", dealer(r), "qa", "synthetic - ignore"], "\t")
    return d

@tpl("csv", 2)
def parts_inventory_csv(r, n):
    d = Doc()
    crow(d, ["part_number", "description", "supersedes", "fw_version", "qty_on_hand", "bin", "dealer_code", "unit_price_eur"])
    for i in range(r.randint(6, 9)):
        crow(d, [partno(r), r.choice(["TCU module LTE Cat-4", "Head unit MIB", "Brake pad set front", "Airbag module driver", "OBD dongle",
                                     "Wiper blade 600mm", "Ferdinand badge chrome", "12V AGM battery 70Ah"]), partno(r),
                 fwver(r) if r.random() < .5 else "", str(r.randint(0, 120)), f"{letters(r, 1)}-{r.randint(1, 40):02d}-{r.randint(1, 9)}", dealer(r),
                 f"{r.randint(5, 1400)}.{r.randint(0, 99):02d}"])
    return d

@tpl("csv", 2)
def recall_owners_csv(r, n):
    d = Doc()
    if n == 1:
        crow(d, ["campaign", "vin", "model_year", "build_plant", "status", "remedy_date"])
        for i in range(8):
            crow(d, [f"RC-{r.randint(23, 26)}{letters(r, 1)}{digits(r, 2)}", vin(r), str(r.randint(2018, 2025)), r.choice(["Wolfsburg", "Puebla", "São José", "Pune", "Rayong"]),
                     r.choice(["OPEN", "REMEDIED", "NOTIFIED"]), fdate(rnd_date(r), "iso") if r.random() < .5 else ""])
        return d
    c = r.choice(["us", "uk"])
    crow(d, ["vin", "owner_name", "street", "city", "postcode", "phone", "campaign", "letter_sent"])
    for i in range(r.randint(4, 6)):
        cc = c if r.random() < .8 else r.choice(["ca", "au"])
        p = Person(r, cc)
        pc, city = r.choice(CITIES[cc])
        crow(d, [vin(r), P(p.western), A(f"{r.randint(1, 9999)} {r.choice(STREETS[cc])}"), city, pc, PH(phone(r, cc, False)), "NHTSA 25V-" + digits(r, 3), fdate(rnd_date(r), "iso")])
    return d

@tpl("json", 3)
def app_account_json(r, n):
    c = ["cn", "kr", "de"][n]
    p = Person(r, c)
    d = Doc()
    obj = {"accountId": f"acc_{letters(r, 4).lower()}{digits(r, 8)}", "createdAt": ts(r), "locale": {"cn": "zh-CN", "kr": "ko-KR", "de": "de-DE"}[c],
           "profile": {"displayName": P(p.full), "email": E(email(r, p)), "emailVerified": True, "mobile": PH(phone(r, c)),
                       "birthDate": DOB(fdate(p.dob, "iso")), "homeAddress": A(address(r, c))},
           "vehicles": [{"vin": vin(r), "nickname": r.choice(["Ferdi", "Matilda", "work car", "하얀차", "小白"]), "model": f"{BRAND} {r.choice(MODELS)}",
                         "tcuImei": imei(r), "simIccid": iccid(r), "primaryUser": True}],
           "paymentMethods": [{"type": "card", "brand": "VISA", "masked": f"**** **** **** {digits(r, 4)}", "expiry": f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"}],
           "lastLogin": {"at": ts(r), "ip": IP(ipv4(r, "pub") if n != 1 else ipv6(r)), "userAgent": "NorvaneApp/" + fwver(r) + " (iOS 18.2)"},
           "consents": {"locationSharing": r.choice([True, False]), "marketingEmail": False, "drivingBehaviourAnalytics": True, "policyVersion": "2025-03.4"}}
    if n == 2:
        obj["paymentMethods"].append({"type": "sepa", "iban": L("IBAN", iban(r, "DE", False)), "mandateRef": f"NVM-{digits(r, 10)}"})
    if n == 0:
        obj["guestDrivers"] = [{"name": P(Person(r, "cn").full), "mobile": PH(phone(r, "cn")), "validUntil": fdate(rnd_date(r), "iso")}]
    jemit(d, obj)
    return d

@tpl("json", 2)
def telematics_insurance_json(r, n):
    c = ["uk", "au"][n]
    p = Person(r, c)
    d = Doc()
    trips = []
    for i in range(3):
        la, lo = gps(r)
        trips.append({"tripId": f"T{digits(r, 10)}", "start": ts(r), "km": round(r.uniform(2, 180), 1), "harshBraking": r.randint(0, 5),
                      "nightDriving": r.random() < .2, "startPos": [float(la), float(lo)]})
    obj = {"policy": {"policyNumber": f"NVI/{digits(r, 8)}/{r.randint(1, 9)}", "product": "Norvane Drive+ pay-how-you-drive"},
           "policyholder": {"name": P(p.western), "dateOfBirth": DOB(fdate(p.dob, "iso")),
                            "licenceNumber": DL(uk_dl(p) if c == "uk" else foreign_dl(r, "au", p)[1]),
                            "licenceIssuer": "DVLA" if c == "uk" else r.choice(["NSW", "VIC", "QLD"]), "postcode": CITIES[c][0][0]},
           "vehicle": {"vin": vin(r), "odometerKm": r.randint(1000, 120000), "obdDongle": f"OBD-{letters(r, 2)}{digits(r, 6)}"},
           "score": {"overall": r.randint(40, 99), "speeding": r.randint(40, 99), "phoneUse": r.randint(40, 99), "model": "dbs-" + fwver(r)},
           "trips": trips}
    jemit(d, obj)
    return d

@tpl("json", 2)
def ecall_msd_json(r, n):
    c = ["es", "ro"][n]
    p = Person(r, c)
    d = Doc()
    la, lo = gps(r)
    obj = {"msdVersion": 2, "messageId": r.randint(1, 255), "control": {"automaticActivation": True, "testCall": False, "positionCanBeTrusted": True, "vehicleType": "M1"},
           "vehicleIdentificationNumber": vin(r), "vehiclePropulsionStorageType": {"gasolineTankPresent": n == 0, "electricEnergyStoragePresent": n == 1},
           "timestamp": int(epoch(r)), "vehicleLocation": {"positionLatitude": float(la), "positionLongitude": float(lo)}, "vehicleDirection": r.randint(0, 179),
           "numberOfPassengers": 2,
           "psapCase": {"caseId": f"112-{c.upper()}-{digits(r, 9)}", "callbackNumber": PH(phone(r, c)),
                        "registeredKeeper": P(p.western), "operatorNotes": M("Driver ", L("PERSON", p.given), " answers, reports chest pain; suspected ",
                                                                              L("DIAGNOSIS", r.choice(["sternal fracture", "fractured ribs", "whiplash injury"])),
                                                                              ". Passenger unhurt. Ambulance SAMUR dispatched.")},
           "tcu": {"imei": imei(r), "firmware": fwver(r), "oid": oid(r)}}
    jemit(d, obj)
    return d

@tpl("ndjson", 3)
def trip_ndjson(r, n):
    d = Doc()
    dev = f"tcu-{letters(r, 2).lower()}{digits(r, 6)}"
    v = vin(r)
    for i in range(r.randint(5, 8)):
        la, lo = gps(r)
        obj = {"ts": ts(r), "device": dev, "vin": v, "evt": r.choice(["ignition_on", "position", "position", "harsh_brake", "geofence_exit", "ignition_off"]),
               "lat": float(la), "lon": float(lo), "speed_kmh": r.randint(0, 140), "soc": r.randint(10, 100), "fw": fwver(r)}
        if n == 0 and i == 2:
            p = Person(r, r.choice(["th", "my", "in"]))
            obj["driver"] = {"profile": P(p.full), "key_fob": f"FOB{digits(r, 5)}"}
        if n == 1 and i in (1, 4):
            obj["net"] = {"apn": "iot.norvane", "ip": IP(ipv4(r, "priv")), "mcc_mnc": "262-01"}
        jemit(d, obj, compact=True)
        d.t("\n")
    return d

@tpl("ndjson", 2)
def consent_ndjson(r, n):
    d = Doc()
    for i in range(r.randint(4, 6)):
        c = r.choice(["fr", "be", "nl", "pt", "se", "hu", "cz", "pl"])
        p = Person(r, c)
        obj = {"event": r.choice(["consent.granted", "consent.withdrawn", "consent.updated"]), "at": ts(r), "subject": E(email(r, p)),
               "purpose": r.choice(["location_services", "marketing", "usage_analytics", "third_party_insurance"]),
               "policy": f"v{r.randint(3, 5)}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", "channel": r.choice(["app", "web", "dealer_tablet"]),
               "client_ip": IP(ipv4(r) if r.random() < .7 else ipv6(r)), "market": c.upper()}
        jemit(d, obj, compact=True); d.t("\n")
    jemit(d, {"event": "consent.batch_export", "at": ts(r), "subject": "system", "count": r.randint(100, 999), "client_ip": "127.0.0.1"}, compact=True)
    d.t("\n")
    return d

@tpl("yaml", 2)
def lease_yaml(r, n):
    c = ["uk", "za"][n]
    p = Person(r, c)
    d = Doc()
    d.add("# fleet lease onboarding — generated by dealer portal\n", "application:\n  id: LSE-", digits(r, 7), "\n  product: business-contract-hire\n")
    d.add("  lessee:\n    name: \"", P(p.western), "\"\n    date_of_birth: ", DOB(fdate(p.dob, "iso")), "\n")
    d.add("    address: |\n      ", A(address(r, c, multi=True).replace("\n", "\n      ")), "\n")
    d.add("    phone: \"", PH(phone(r, c)), "\"\n    email: ", E(email(r, p)), "\n")
    if c == "uk":
        sc, ac = uk_bank(r)
        d.add("    ni_number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)), "\n    bank:\n      sort_code_account: \"", L("UK_BANK_ACCOUNT", f"{sc} {ac}"), "\"\n")
        d.add("    licence:\n      issuer: DVLA\n      number: ", DL(uk_dl(p)), "\n")
    else:
        lab, num, iss = foreign_dl(r, "za", p)
        d.add("    licence:\n      issuer: South Africa\n      number: ", DL(num), "\n")
        d.add("    passport:\n      country: ZA\n      number: ", L("PASSPORT", passport_no(r, "za")), "\n")
    d.add("  vehicles:\n")
    for i in range(2):
        d.add("    - vin: ", vin(r), "\n      model: ", model(r), "\n      term_months: 36\n")
    d.add("  credit_check:\n    bureau: ", r.choice(["Experian", "TransUnion"]), "\n    result: refer\n")
    return d

@tpl("yaml", 2)
def ota_campaign_yaml(r, n):
    d = Doc()
    d.add("campaign:\n  id: OTA-", digits(r, 6), "\n  name: \"", r.choice(MODELS), " infotainment ", fwver(r), "\"\n")
    d.add("  target:\n    models: [", ", ".join(r.sample(MODELS, 3)), "]\n    from_versions:\n")
    for i in range(3):
        d.add("      - \"", fwver(r), "\"\n")
    d.add("  package:\n    url: https://ota.norvane.example/pkg/", digits(r, 8), ".bin\n    sha256: ", "".join(r.choice("0123456789abcdef") for _ in range(64)), "\n")
    d.add("    signer_oid: ", oid(r), "\n  rollout:\n    waves: [1, 5, 25, 100]\n    blackout: [\"", r.choice(HOLIDAYS), "\", \"", r.choice(HOLIDAYS), "\"]\n")
    d.add("  ecus:\n")
    for i in range(3):
        d.add("    - {name: ", r.choice(["BCM", "TCU", "HU", "BMS", "ADAS"]), ", part: \"", partno(r), "\", dtc_clear: [", dtc(r), ", ", dtc(r), "]}\n")
    d.add("  owner: team-ota@placeholder   # mailbox intentionally unresolved\n" if False else "  owner_team: ota-platform\n")
    return d

@tpl("tsv", 2)
def dms_jobs_tsv(r, n):
    d = Doc()
    if n == 1:
        crow(d, ["job_no", "vin", "op_code", "labour_h", "parts", "dtc", "technician_id", "status"], "\t")
        for i in range(6):
            crow(d, [f"J{digits(r, 7)}", vin(r), f"{letters(r, 2)}{digits(r, 4)}", f"{r.uniform(0.2, 6):.1f}", partno(r), dtc(r), f"T{digits(r, 3)}", r.choice(["WIP", "DONE", "QC"])], "\t")
        return d
    crow(d, ["job_no", "customer", "contact", "vin", "complaint", "mileage", "advisor"], "\t")
    for i in range(r.randint(4, 6)):
        c = r.choice(["it", "es", "de", "fr", "uk", "pl"])
        p = Person(r, c)
        crow(d, [f"J{digits(r, 7)}", P(p.western), PH(phone(r, c)), vin(r), r.choice(["brake noise", "MIL on " + dtc(r), "A/C weak", "app won't pair", "recall " + f"{r.randint(23, 26)}{letters(r, 1)}{digits(r, 2)}"]),
                 str(r.randint(1000, 190000)), P(Person(r, c).given)], "\t")
    return d

@tpl("csv", 1)
def dealer_locations_csv(r, n):
    d = Doc()
    crow(d, ["dealer_code", "name", "lat", "lon", "opening_hours", "closed_on"])
    for nm in ["Norvane Centre Stuttgart", "Garage Ferdinand Lyon", "Autosalon Matilda Brno", "Norvane Rayong", "Casimir Motors Auckland", "Leopold Autos Casablanca"]:
        la, lo = gps(r)
        crow(d, [dealer(r), nm, la, lo, "Mo-Fr 08:00-18:00", r.choice(HOLIDAYS)])
    return d

@tpl("json", 1)
def vehicle_spec_json(r, n):
    d = Doc()
    jemit(d, {"model": f"{BRAND} Ferdinand", "namedAfter": "company founder (historic)", "variants": [{"code": f"FD{digits(r, 3)}", "trim": t, "fw": fwver(r), "wltpKm": r.randint(380, 620)} for t in TRIMS[:3]],
              "ecuParts": [partno(r) for _ in range(4)], "homologation": f"e1*2018/858*{digits(r, 5)}*{digits(r, 2)}", "pkiOid": oid(r),
              "calibrationBuild": "10.15.23.772"})
    return d

# ------------------------------------------------------------------ logs
def logts(r):
    y, m, dd = rnd_date(r)
    return "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, m, dd, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))

@tpl("log", 3)
def tcu_connect_log(r, n):
    d = Doc()
    v = vin(r); im = imei(r); ic = iccid(r)
    for i in range(r.randint(6, 9)):
        ev = r.choice(["attach", "pdp_up", "mqtt_connect", "heartbeat", "pdp_down", "fota_check"])
        d.add(logts(r), " INFO  tcu-gw[", str(r.randint(1000, 9999)), "] ev=", ev, " vin=", v, " imei=", im)
        if ev in ("attach", "pdp_up") and n != 2:
            d.add(" iccid=", ic, " apn=iot.norvane ue_ip=", IP(ipv4(r, "priv")))
        elif ev == "mqtt_connect":
            d.add(" broker=mqtt-eu1.norvane.example:8883 client_ver=", fwver(r), (" peer=" if n != 2 else ""), IP(ipv4(r, "doc")) if n != 2 else "")
        elif ev == "fota_check":
            d.add(" current=", fwver(r), " offered=", fwver(r))
        else:
            d.add(" rssi=-", str(r.randint(60, 110)), " cell=", digits(r, 8))
        d.add("\n")
    if n == 2:
        d.add(logts(r), " WARN  tcu-gw ev=loopback_test addr=127.0.0.1 bind=0.0.0.0 result=ok\n")
    return d

@tpl("log", 3)
def app_auth_log(r, n):
    d = Doc()
    for i in range(r.randint(5, 8)):
        c = r.choice(["jp", "kr", "cn", "th", "my", "in", "sa", "ae", "us", "mx", "br"])
        p = Person(r, c)
        ok = r.random() < .7
        d.add(ts(r), " level=", "info" if ok else "warn", " svc=auth-api event=", "login_success" if ok else "login_failed", " user=", E(email(r, p)),
              " src_ip=", IP(ipv4(r, "pub") if r.random() < .6 else ipv6(r)), " mfa=", r.choice(["sms", "totp", "none"]))
        if not ok:
            d.add(" reason=bad_password attempts=", str(r.randint(2, 5)))
        if r.random() < .3:
            d.add(" phone_hint=***", digits(r, 2))
        d.add(" app_ver=", fwver(r), "\n")
    d.add(ts(r), " level=info svc=auth-api event=healthcheck src_ip=127.0.0.1 user=- status=200\n")
    return d

@tpl("log", 3)
def ota_update_log(r, n):
    d = Doc()
    v = vin(r)
    steps = ["download start", "download complete", "signature verified (oid " + oid(r) + ")", "install ECU HU", "install ECU BCM", "reboot", "post-check"]
    for s in steps:
        d.add("[", ts(r), "] [ota-agent] [", v, "] ", s, " pkg=", fwver(r), " from=", fwver(r), " to=", fwver(r))
        if "download start" in s and n == 0:
            d.add(" cdn=", IP(ipv4(r, "pub")))
        d.add("\n")
    d.add("[", ts(r), "] [ota-agent] [", v, "] result=", r.choice(["SUCCESS", "ROLLBACK"]), " dtc_after=", dtc(r), ",", dtc(r), " build=", f"{r.randint(2024, 2026)}.{r.randint(10, 52)}.{digits(r, 4)}", "\n")
    return d

@tpl("log", 3)
def can_obd_dump(r, n):
    d = Doc()
    d.add("# candump -ta can0   (", model(r), ", bench ", dealer(r), ")\n")
    t = r.uniform(1000, 5000)
    for i in range(r.randint(10, 14)):
        t += r.uniform(0.001, 0.05)
        cid = "%03X" % r.choice([0x7DF, 0x7E8, 0x7E0, 0x18F, 0x2A0, 0x3B4, 0x4F1])
        data = " ".join("%02X" % r.randint(0, 255) for _ in range(8))
        d.add(f" ({t:.6f})  can0  {cid}   [8]  {data}\n")
    d.add("# OBD mode 03: stored DTCs: ", ", ".join(dtc(r) for _ in range(3)), "\n# ECU SW: ", fwver(r), "   HW: ", partno(r), "\n")
    d.add("# VIN (mode 09 PID 02): ", vin(r), "\n")
    return d

@tpl("log", 2)
def roadside_dispatch_log(r, n):
    c = ["pt", "cl"][n]
    p = Person(r, c)
    d = Doc()
    la, lo = gps(r)
    case = f"RSA-{digits(r, 8)}"
    d.add(logts(r), " case=", case, " status=OPEN channel=", r.choice(["ivr", "app_sos", "button_i"]), " vin=", vin(r), " lat=", la, " lon=", lo, "\n")
    d.add(logts(r), " case=", case, " caller=\"", P(p.western), "\" callback=", PH(phone(r, c)), " lang=", {"pt": "pt-PT", "cl": "es-CL"}[c], "\n")
    d.add(logts(r), " case=", case, " fault=", r.choice(["flat_tyre", "12v_battery", "hv_isolation_fault", "lockout"]), " dtc=", dtc(r), "\n")
    d.add(logts(r), " case=", case, " pickup_address=\"", A(address(r, c)), "\" note=\"customer waiting at service station\"\n")
    d.add(logts(r), " case=", case, " assigned=tow_partner_", digits(r, 4), " eta_min=", str(r.randint(20, 90)), "\n")
    if n == 1:
        d.add(logts(r), " case=", case, " medical_flag=true note=\"driver says she has ", L("DIAGNOSIS", "type 1 diabetes"), ", feeling shaky, has ", L("MEDICATION", "glucagon"), " kit\"\n")
    d.add(logts(r), " case=", case, " status=CLOSED\n")
    return d

@tpl("log", 2)
def payment_gateway_log(r, n):
    d = Doc()
    for i in range(5):
        d.add(ts(r), " gw=charge-pay merchant=NVCHG-", digits(r, 4), " txn=", digits(r, 12), " amount=", f"{r.uniform(5, 80):.2f}", " ", r.choice(["EUR", "GBP", "PLN", "SEK"]),
              " pan=", r.choice([f"{digits(r, 6)}******{digits(r, 4)}", f"**** {digits(r, 4)}"]), " result=", r.choice(["APPROVED", "APPROVED", "DECLINED_51"]),
              " client=", IP(ipv4(r)), "\n")
    d.add(ts(r), " gw=charge-pay level=ERROR msg=\"raw payload logged\" body={\"cardNumber\":\"", L("CREDIT_CARD", card(r)), "\",\"exp\":\"0", str(r.randint(1, 9)), "/2", str(r.randint(7, 9)), "\"}\n")
    d.add(ts(r), " gw=charge-pay level=WARN msg=\"luhn check failed\" candidate=", bad_card(r), "\n")
    return d

@tpl("log", 2)
def ivr_call_log(r, n):
    c = ["us", "uk"][n]
    p = Person(r, c)
    d = Doc()
    cid = f"CALL{digits(r, 9)}"
    d.add(logts(r), " ivr ", cid, " ani=", PH(phone(r, c)), " dnis=", r.choice(["+18005550199", "08001234567"]), " menu=roadside\n")
    d.add(logts(r), " ivr ", cid, " id&v dob_entered=", DOB(fdate(p.dob, "hl7")), " match=true\n")
    if c == "us":
        d.add(logts(r), " ivr ", cid, " id&v ssn_last4=", digits(r, 4), " match=true\n")
    else:
        d.add(logts(r), " ivr ", cid, " id&v postcode=", CITIES["uk"][0][0], " match=true\n")
    d.add(logts(r), " acd ", cid, " queue=RSA_EN agent=", P(Person(r, c).given), " wait_s=", str(r.randint(5, 300)), "\n")
    d.add(logts(r), " crm ", cid, " account=", P(p.western), " vin=", vin(r), " wrap=ROADSIDE_DISPATCHED\n")
    return d

@tpl("log", 2)
def dealer_wifi_syslog(r, n):
    d = Doc()
    for i in range(r.randint(5, 7)):
        mac = ":".join("%02x" % r.randint(0, 255) for _ in range(6))
        y, m, dd = rnd_date(r)
        d.add(f"{MON_EN[m - 1]} {dd:2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} dlr-fw01 dhcpd[{r.randint(100, 999)}]: DHCPACK on ")
        if n == 0:
            d.add(IP(f"192.168.{r.randint(10, 20)}.{r.randint(2, 250)}"), f" to {mac} via eth1 (showroom-guest)\n")
        else:
            d.add(f"<ip-redacted> to {mac} via eth1 (showroom-guest) fw={fwver(r)}\n")
    if n == 0:
        d.add("Mar  3 07:12:44 dlr-fw01 kernel: DROP IN=eth0 SRC=", IP(ipv4(r, "pub")), " DST=", IP(ipv4(r, "doc")), " PROTO=TCP DPT=3389\n")
    return d

@tpl("log", 2)
def crash_telemetry_log(r, n):
    d = Doc()
    v = vin(r)
    la, lo = gps(r)
    d.add(ts(r), " ACN trigger vin=", v, " deltaV_kph=", str(r.randint(18, 70)), " pdof_deg=", str(r.randint(0, 359)), " rollover=", r.choice(["false", "true"]), " airbags=front,curtain\n")
    d.add(ts(r), " ACN position lat=", la, " lon=", lo, " heading=", str(r.randint(0, 359)), "\n")
    d.add(ts(r), " ACN voice session psap=", r.choice(["112-DE-BY", "911-TX-TRAVIS", "999-UK-WYAS"]), " callback=", PH(phone(r, ["de", "us"][n])), "\n")
    if n == 1:
        p = Person(r, "us")
        d.add(ts(r), " ACN agent_note=\"occupant ", P(p.western), " conscious, states pain in left wrist, likely ", DX("distal radius fracture"), "; on ", RX("apixaban"), "\"\n")
    d.add(ts(r), " ACN close code=EMS_ON_SCENE fw=", fwver(r), "\n")
    return d

# ------------------------------------------------------------------ email / chat / ticket
def mail_head(d, frm, to, subj, r):
    d.add("From: ", frm, "\nTo: ", to, "\nDate: ", r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), ", ", str(r.randint(1, 28)), " ", r.choice(MON_EN), " 2026 ",
          f"{r.randint(7, 19):02d}:{r.randint(0, 59):02d}:00 +0100", "\nSubject: ", subj, "\n\n")

@tpl("email", 3)
def recall_notice_email(r, n):
    d = Doc()
    camp = f"{r.randint(23, 26)}{letters(r, 1)}{digits(r, 2)}"
    if n == 2:
        mail_head(d, "recalls-noreply [at] norvane.example", "{{owner.email}}", f"Safety recall {camp} – {{{{vehicle.model}}}}", r)
        d.add("Dear {{owner.first_name}},\n\nOur records show that your vehicle (VIN {{vehicle.vin}}) is affected by safety recall ", camp,
              ": the seat-belt pretensioner (part ", partno(r), ") may not fire in a collision. Please contact your dealer.\n\n",
              "Example rendering for QA: Dear John Doe, VIN ", vin(r), ".\n\nNorvane Customer Care\n")
        return d
    c = ["nl", "cz"][n]
    p = Person(r, c)
    mail_head(d, M("Norvane Customer Care <", E("customercare@norvane.example"), ">"), E(email(r, p)), f"Terugroepactie / Recall {camp}", r)
    d.add("Dear ", P(p.western), ",\n\n")
    d.add("Your ", model(r), " with VIN ", vin(r), ", registered to:\n\n    ", A(address(r, c, multi=True).replace("\n", "\n    ")), "\n\n")
    d.add("is included in recall campaign ", camp, ". A software update (", fwver(r), ") of the battery management system corrects a fault (DTC ", dtc(r), ") that may reduce range.\n")
    d.add("Book at your nearest dealer (", dealer(r), ") or call ", PH(phone(r, c, False)), ". The work is free of charge and takes approx. 1.5 h.\n\n")
    d.add("Kind regards,\n", P(Person(r, c).western), "\nRecall Coordination, Norvane Europe\n")
    return d

@tpl("email", 2)
def finance_decision_email(r, n):
    c = ["pt", "be"][n]
    p = Person(r, c)
    d = Doc()
    mail_head(d, E("credit-decisions@norvane-finance.example"), E(email(r, p)), "Your finance application " + f"NF-{digits(r, 8)}", r)
    d.add("Hello ", P(p.given), ",\n\nGood news: your application for the ", model(r), " has been approved (reference NF-", digits(r, 8), ").\n")
    d.add("Monthly instalments of €", str(r.randint(250, 700)), " will be collected from the account ", L("IBAN", iban(r, c.upper())), " on the 5th of each month.\n")
    d.add("For your security, we never send full account numbers by SMS; the SMS you received only showed ending ", digits(r, 4), ".\n\n")
    d.add("Please bring your ", "passport" if n == 0 else "ID card", " to the handover. ", PASS_LABEL[c], ": ", L("PASSPORT", passport_no(r, c)) if n == 0 else "on file", ".\n\n")
    d.add("Best regards,\n", P(Person(r, c).western), "\nCredit Operations | ", E("credit-ops@norvane-finance.example"), " | Mercedes-Benz Bank is not affiliated with Norvane.\n")
    return d

@tpl("email", 2)
def warranty_claim_email(r, n):
    c = ["it", "hu"][n]
    p = Person(r, c); adv = Person(r, c)
    d = Doc()
    mail_head(d, E(email(r, adv)), E("warranty-eu@norvane.example"), f"Goodwill request – job {digits(r, 7)} – {r.choice(MODELS)}", r)
    d.add("Hi team,\n\nrequesting goodwill for customer ", P(p.western), " (", PH(phone(r, c)), "), VIN ", vin(r), ", ", str(r.randint(40, 98)), ",", digits(r, 3), " km, ")
    d.add("3 months out of warranty. Failed part: ", partno(r), " (", r.choice(["EGR cooler", "high-pressure fuel pump", "TCU module", "inverter"]), "), DTC ", dtc(r), " / ", dtc(r), ".\n")
    d.add("Customer is a 4-vehicle fleet account and was very upset – the breakdown left him stranded on the motorway, 'a total nightmare' in his words.\n")
    d.add("Dealer code ", dealer(r), ". Photos and freeze-frame attached.\n\nThanks,\n", P(adv.given), "\n\n> On ", fdate(rnd_date(r), "slash_eu"), " warranty-eu wrote:\n> Please provide the ECU software level (was ", fwver(r), ").\n")
    return d

@tpl("email", 2)
def dsar_email(r, n):
    c = ["se", "pl"][n]
    p = Person(r, c)
    d = Doc()
    mail_head(d, E(email(r, p)), E("privacy@norvane.example"), "Begäran om registerutdrag / Subject access request (GDPR Art. 15)" if c == "se" else "Wniosek o dostęp do danych (RODO art. 15)", r)
    d.add("Hello,\n\nI request a copy of all personal data you hold about me, including connected-car location history and driving-score data.\n\n")
    d.add("Name: ", P(p.western), "\nDate of birth: ", DOB(fdate(p.dob, "iso")), "\nAddress: ", A(address(r, c)), "\nVehicle: ", vin(r), "\n")
    d.add("App account: ", E(email(r, p)), "\n")
    if c == "pl":
        d.add("Numer paszportu (do weryfikacji): ", L("PASSPORT", passport_no(r, "pl")), "\n")
    d.add("\nRegards,\n", P(p.given), "\n")
    return d

def chat_line(d, t, who, *msg):
    d.add("[", t, "] ", who, ": ", *msg)
    d.t("\n")

@tpl("chat", 3)
def call_transcript(r, n):
    c = ["us", "fr", "ae"][n]
    p = Person(r, "in" if c == "ae" else c); ag = Person(r, c)
    d = Doc()
    d.add("Call transcript (speech-to-text, auto) — queue: ", r.choice(["Finance", "Connected Services", "Roadside"]), " — call id ", digits(r, 10), "\n")
    clock = [r.randint(0, 40)]
    def tt():
        clock[0] += r.randint(3, 40)
        return f"{clock[0] // 60:02d}:{clock[0] % 60:02d}"
    A_ = P(ag.given); C_ = P(p.given)
    chat_line(d, tt(), A_, "Thank you for calling Norvane, you're speaking with ", P(ag.given), ". Can I have your full name?")
    chat_line(d, tt(), C_, "Yes, it's ", P(p.western), ".")
    chat_line(d, tt(), A_, "And for security, your date of birth?")
    chat_line(d, tt(), C_, DOB(fdate(p.dob, "uslong")), ".")
    if c == "us":
        chat_line(d, tt(), A_, "I'll take the payment for the remote-start subscription now. Card number please?")
        chat_line(d, tt(), C_, "It's ", L("CREDIT_CARD", card(r)), ", expires ", f"{r.randint(1, 12):02d}/{r.randint(27, 30)}", ".")
        chat_line(d, tt(), A_, "Thank you. For your records the receipt will only show ************", digits(r, 4), ".")
    elif c == "fr":
        chat_line(d, tt(), A_, "Pour la reprise de votre Ferdinand, je confirme l'adresse ?")
        chat_line(d, tt(), C_, "Oui, ", A(address(r, "fr")), ".")
        chat_line(d, tt(), A_, "Et votre numéro de portable ?")
        chat_line(d, tt(), C_, PH(phone(r, "fr", False)), ".")
    else:
        chat_line(d, tt(), A_, "For the lease transfer I need your passport number.")
        chat_line(d, tt(), C_, "Sure, my Indian passport is ", L("PASSPORT", passport_no(r, "in")), ", and Emirates ID copy I will email.")
        chat_line(d, tt(), A_, "Please send it to ", E("leasing.uae@norvane.example"), ".")
    chat_line(d, tt(), A_, "Is there anything else? — [silence 4s] — Have a lovely ", r.choice(HOLIDAYS), ".")
    return d

@tpl("chat", 2)
def roadside_chat(r, n):
    c = ["au", "th"][n]
    p = Person(r, c)
    d = Doc()
    d.add("Norvane app › Assist chat › case RSA-", digits(r, 7), "\n")
    C_ = P(p.given); B_ = "AssistBot"; H_ = P(Person(r, c).given)
    chat_line(d, "09:02", C_, "car won't start, dash says 'HV system fault'. i'm on the side of the road")
    chat_line(d, "09:02", B_, "Sorry to hear that. Please confirm the vehicle's location and a callback number.")
    chat_line(d, "09:03", C_, "near ", A(address(r, c)), ", my number ", PH(phone(r, c)))
    chat_line(d, "09:05", H_, "Hi, I'm a human agent. A tow is booked, ETA 50 min. Are you safe?")
    if n == 0:
        chat_line(d, "09:06", C_, "yes but i have ", DX("type 1 diabetes"), " and it's 38 degrees, my ", RX("insulin"), " is in the car fridge which is off now")
    else:
        chat_line(d, "09:06", C_, "yes. i have ", DX("epilepsy"), ", stress is not good, my ", RX("levetiracetam"), " is at home")
    chat_line(d, "09:07", H_, "Understood, I'm upgrading priority. If you feel unwell call 000 / 1669 immediately.")
    chat_line(d, "09:30", C_, "thanks, the heat is killing me lol")
    return d

@tpl("chat", 2)
def dev_chat(r, n):
    d = Doc()
    d.add("#ota-release  (exported)\n")
    for who, msg in [("ci-bot", f"build {fwver(r)} green on HIL rig 3"), ("release-train", f"Ferdinand wave 2 paused: DTC {dtc(r)} spike on {fwver(r)}"),
                     ("ci-bot", f"bisect points to {''.join(r.choice('0123456789abcdef') for _ in range(10))} (BMS calib table)"),
                     ("oncall-eu", "Parkinson's law strikes again, rollback by Friday"), ("release-train", f"blackout {r.choice(HOLIDAYS)} — no rollout"),
                     ("oncall-apac", f"cert OID {oid(r)} expires in 30d, renew via PKI portal"), ("ci-bot", f"tag v{r.randint(4, 9)}.{r.randint(0, 30)}.{r.randint(100, 255)}.{r.randint(0, 255)} pushed")]:
        chat_line(d, f"{r.randint(8, 18):02d}:{r.randint(0, 59):02d}", who, msg)
    return d

@tpl("ticket", 4)
def support_ticket(r, n):
    d = Doc()
    if n == 3:
        d.add("TICKET NV-", digits(r, 6), " | Priority: P2 | Component: connected-services/remote-lock\n")
        d.add("Summary: remote lock timeouts after ", fwver(r), " on Matilda MY25\nSteps: 1) lock via app 2) observe 504 after 30s\n")
        d.add("Affected: ~2% of EU fleet (TCU part ", partno(r), "). Not customer-specific. Workaround: retry.\nLabels: Ferdinand, Matilda, TCU, regression\n")
        return d
    c = ["de", "kr", "za"][n]
    p = Person(r, c)
    d.add("Ticket #", digits(r, 7), "   Status: open   Channel: ", r.choice(["web form", "email", "app"]), "\n")
    d.add("Requester: ", P(p.western), " <", E(email(r, p)), ">\nPhone: ", PH(phone(r, c)), "\n")
    d.add("Subject: ", r.choice(["app kann Auto nicht koppeln", "digital key not working", "cannot see trips in app"]), "\n\n")
    if c == "de":
        d.add("hallo, seit dem update ", fwver(r), " findet die app mein auto nicht mehr. VIN ", vin(r), ". hab schon neu installiert. ")
        d.add("bitte rückruf, bin ab 17 uhr erreichbar. gruß ", P(p.given), "\n")
    elif c == "kr":
        d.add("Digital key stopped working after I changed phone. My old device id ", f"dev-{digits(r, 8)}", ". Please reset. I am at ", A(address(r, "kr")), " if technician needed.\n")
    else:
        d.add("the app shows trips from someone else?? ", P(Person(r, "za").western), " appears as driver on my car. privacy problem!! my IP when I checked was ", IP(ipv4(r, "pub")), "\n")
    d.add("\n-- internal note --\nAgent ", P(Person(r, c).given), ": verified identity via DOB ", DOB(fdate(p.dob, "eu")), ". Escalated to L2.\n")
    return d

@tpl("ticket", 2)
def crash_claim_ticket(r, n):
    c = ["us", "jp"][n]
    p = Person(r, c)
    d = Doc()
    d.add("CLAIM INTAKE TICKET CLM-", digits(r, 8), "  (Norvane Insurance Services)\n")
    d.add("Insured: ", P(p.western), "   DOB ", DOB(fdate(p.dob, "us" if c == "us" else "iso")), "\n")
    d.add("Loss: rear-end collision at low speed; ACN data: deltaV ", str(r.randint(8, 25)), " km/h\n")
    if c == "us":
        d.add("Injury: claimant reports ", DX("whiplash"), ", seen at urgent care, prescribed ", RX("cyclobenzaprine"), ".\n")
        d.add("Health plan: ", r.choice(US_PLANS), ", subscriber/member ID ", L("HEALTH_PLAN_ID", hp_id(r)), "  (PIP coordination)\n")
        d.add("Claimant is a Medicare beneficiary too, MBI ", L("US_MBI", mbi(r)), "\n")
    else:
        d.add("Injury: no injury reported. Driver's ", PASS_LABEL["jp"], " ", L("PASSPORT", passport_no(r, "jp")), " copied for rental car.\n")
    d.add("Adjuster: ", P(Person(r, c).western), "\nVehicle: ", vin(r), "  repair estimate ", str(r.randint(1200, 9800)), "\n")
    return d

# ------------------------------------------------------------------ free text / html
@tpl("free_text", 3)
def crm_call_note(r, n):
    c = ["es", "ro", "sa"][n]
    p = Person(r, c)
    d = Doc()
    d.add("CRM › Activity › Outbound call  (", fdate(rnd_date(r), "iso"), ", agent ", r.choice(["mgarcia", "cs-0412", "l.popa"]), ")\n\n")
    if c == "es":
        d.add("Llamada a ", P(p.western), " (", PH(phone(r, "es")), ") por la revisión de los 30.000 km de su ", model(r), ". ")
        d.add("Comenta que el coche tiene 'un dolor de cabeza' con el sistema de arranque sin llave. Cita el martes en el concesionario ", dealer(r), ". ")
        d.add("Actualiza su dirección a ", A(address(r, "es")), " y su DNI ", L("ES_DNI", dni(r)), " para la factura. ")
        d.add("Ojo: el DNI anterior tecleado (", bad_dni(r), ") no valida.\n")
    elif c == "ro":
        d.add("Client ", P(p.western), " a sunat pentru oferta de leasing. Număr pașaport: ", L("PASSPORT", passport_no(r, "ro")), " (România). ")
        d.add("Email nou: ", E(email(r, p)), ". Interesat de ", f"{BRAND} Leopold", ", nu de Ferdinand. Sună înapoi după Paște.\n")
    else:
        d.add("Customer ", P(p.western), " (", PH(phone(r, "sa")), ") called re. delivery of ", model(r), " to ", A(address(r, "sa")), ". ")
        d.add("Saudi licence ", DL(foreign_dl(r, "sa", p)[1]), " verified via Absher screenshot. Prefers Arabic-speaking advisor; Eid al-Adha closure explained.\n")
    return d

@tpl("html", 2)
def dealer_newsletter_html(r, n):
    d = Doc()
    d.add("<html><head><title>Norvane Dealer News</title></head><body>\n<h1>", r.choice(["Ferdinand", "Matilda"]), " launch week</h1>\n")
    d.add("<p>The new ", model(r), " arrives in showrooms after ", r.choice(HOLIDAYS), ". Demo cars carry firmware ", fwver(r), ".</p>\n")
    d.add("<p>Training at the Porsche Holding academy and with Bosch Car Service technicians; catering by Dr. Oetker.</p>\n")
    d.add("<table><tr><th>Dealer</th><th>Code</th><th>Location</th></tr>\n")
    for i in range(3):
        la, lo = gps(r)
        d.add("<tr><td>", r.choice(["Autohaus am Ring", "Garage Saint-Christophe", "Leopold Motors", "Casimir Auto Kraków"]), "</td><td>", dealer(r), f"</td><td>{la}, {lo}</td></tr>\n")
    d.add("</table>\n<p>Sales tip: the 'Henrietta' trim is named after the founder's grandmother, not a customer. Placeholder in CRM demo: Jane Q. Public.</p>\n</body></html>\n")
    return d

@tpl("html", 3)
def customer_profile_html(r, n):
    c = ["hu", "ma", "nz"][n]
    p = Person(r, c)
    d = Doc()
    d.add("<!DOCTYPE html>\n<div class=\"customer-360\">\n  <h2>", P(p.western), "</h2>\n  <dl>\n")
    d.add("    <dt>Customer since</dt><dd>", str(r.randint(2009, 2024)), "</dd>\n")
    d.add("    <dt>Born</dt><dd>", DOB(fdate(p.dob, "long")), "</dd>\n")
    d.add("    <dt>Address</dt><dd>", A(address(r, c, multi=True).replace("\n", "<br>")), "</dd>\n")
    d.add("    <dt>Mobile</dt><dd><a href=\"tel:", PH(phone(r, c).replace(" ", "")), "\">call</a></dd>\n")
    d.add("    <dt>E-mail</dt><dd>", E(email(r, p)), "</dd>\n")
    lab, num, iss = foreign_dl(r, c, p)
    d.add("    <dt>", lab, "</dt><dd>", DL(num), " (", iss, ")</dd>\n")
    if c == "ma":
        d.add("    <dt>", PASS_LABEL["ma"], "</dt><dd>", L("PASSPORT", passport_no(r, "ma")), "</dd>\n")
    d.add("    <dt>Vehicles</dt><dd>", vin(r), " — ", model(r), "</dd>\n")
    d.add("    <dt>Preferred dealer</dt><dd>", dealer(r), "</dd>\n  </dl>\n</div>\n")
    return d

@tpl("free_text", 2)
def press_release(r, n):
    d = Doc()
    d.add("PRESS RELEASE — for immediate publication\n\n", BRAND, " unveils the ", r.choice(MODELS), " ", r.choice(TRIMS), "\n\n")
    d.add("The model, named in honour of the marque's 1920s coach-building workshop, goes on sale across ", r.choice(["Europe", "ASEAN markets", "Latin America"]), " after ",
          r.choice(HOLIDAYS), ". Software release ", fwver(r), " adds plug-and-charge (ISO 15118, certificate OID ", oid(r), ").\n")
    d.add("'We expect a depression in diesel orders to continue,' a spokesperson said, 'while demand for the Ferdinand is simply feverish.'\n")
    d.add("Finance offers via Ferrari Financial Services are not related. Media contact: press office, Wolfsburg-Ost.\n")
    return d

@tpl("free_text", 2)
def crash_reconstruction(r, n):
    c = ["de", "mx"][n]
    p = Person(r, c)
    d = Doc()
    d.add("ACCIDENT RECONSTRUCTION REPORT (EDR download)\nCase ", f"AR-{digits(r, 6)}", "\n\n")
    d.add("Vehicle ", vin(r), ", event data recorder module ", partno(r), ", record ", str(r.randint(1, 3)), " of 3 locked.\n")
    d.add("Driver ", P(p.western), ", licence ", DL(foreign_dl(r, c, p)[1] if c != "de" else foreign_dl(r, "de", p)[1]), " (", {"de": "Germany", "mx": "Jalisco, México"}[c], "), ")
    d.add("stated that ", "she" if p.sex == "F" else "he", " had taken ", RX(r.choice(["zolpidem", "diphenhydramine", "pregabalin"])), " the previous night. ")
    d.add("Pre-crash data: 5 s before impact speed 87 km/h, brake on at -0.6 s, accelerator 0 %. Seat belt buckled.\n")
    d.add("Injuries per hospital letter: ", DX(r.choice(INJURIES)), ". Front passenger (", P(Person(r, c).given), ") uninjured.\n")
    d.add("Literature note: drivers with untreated sleep apnoea have a 2-3x crash risk (meta-analysis); not applicable here.\n")
    return d

@tpl("free_text", 3)
def service_job_card(r, n):
    c = ["fr", "jp", "uk"][n]
    p = Person(r, c)
    d = Doc()
    d.add("WORKSHOP JOB CARD   No. ", f"WJ{digits(r, 6)}", "   Dealer ", dealer(r), "\n")
    d.add("Customer: ", P(p.western), "    Tel: ", PH(phone(r, c)), "\n")
    d.add("Vehicle: ", model(r), "  VIN ", vin(r), "  Reg ", plate(r, c), "  Odo ", str(r.randint(5000, 150000)), " km\n")
    d.add("Customer concern: ", r.choice(["judder when pulling away", "infotainment reboots", "ABS light on", "range lower than expected"]), "\n")
    d.add("Diagnosis: DTC ", dtc(r), " / ", dtc(r), "; ECU SW ", fwver(r), "; replaced ", partno(r), " and ", partno(r), "\n")
    d.add("Technician: ", P(Person(r, c).given), "   Road test OK.   Wash: yes\n")
    if n == 2:
        d.add("Note: customer collecting with Blue Badge, please park in accessible bay.\n")
    return d

@tpl("html", 1)
def privacy_notice(r, n):
    d = Doc()
    d.add("<section id=\"privacy\"><h1>Connected Services Privacy Notice</h1>\n<p>We process vehicle data (VIN, GPS position, odometer, DTCs) to provide eCall, ",
          "breakdown assistance and over-the-air updates. Location data is deleted after 90 days unless you opt in.</p>\n",
          "<p>Contact our data protection officer: dpo [at] norvane [dot] example.</p>\n<p>Version ", fwver(r), " — effective after Whit Monday.</p></section>\n")
    return d

@tpl("free_text", 2)
def release_notes(r, n):
    d = Doc()
    d.add("Release notes – Infotainment ", fwver(r), "\n\n")
    for i in range(5):
        d.add("* ", r.choice(["Fixed", "Improved", "Added"]), " ", r.choice(["Bluetooth reconnection", "CarPlay latency", "route planner with charger reservation", "false DTC " + dtc(r) + " after cold start",
                                                                                "eCall self-test", "voice assistant wake word"]), " (", f"NVSW-{digits(r, 5)}", ") — build ", fwver(r), "\n")
    d.add("Known issue: Ferdinand MY24 with TCU part ", partno(r), " may show error ", dtc(r), ". OID ", oid(r), "\n")
    return d

@tpl("free_text", 1)
def warranty_terms(r, n):
    d = Doc()
    d.add("NORVANE NEW VEHICLE WARRANTY – SUMMARY\n\n1. Coverage: 3 years / 100,000 km; HV battery 8 years / 160,000 km (70 % SoH).\n",
          "2. Exclusions: wear parts (", partno(r), "), damage from unauthorised software (anything other than ", fwver(r), " or later).\n",
          "3. Transfer: the warranty follows the VIN, not the owner.\n4. Disputes: Parkinson's law applies to paperwork; please allow 30 days.\n",
          "Example of a completed claim: customer 'Max Mustermann', VIN ", vin(r), ".\n")
    return d

@tpl("free_text", 2)
def underwriter_notes(r, n):
    c = ["ma", "in"][n]
    p = Person(r, c)
    d = Doc()
    d.add("Underwriting memo — dealer-originated auto loan\n\n")
    if c == "ma":
        d.add("Applicant ", P(p.western), ", né le ", DOB(fdate(p.dob, "slash_eu")), ", résident à ", A(address(r, "ma")), ". ")
        d.add("Pièce d'identité : passeport marocain, ", PASS_LABEL["ma"], " ", L("PASSPORT", passport_no(r, "ma")), ". ")
        d.add("Salaire domicilié sur ", L("IBAN", iban(r, "MA")), ". Avis : favorable, apport 20 %.\n")
    else:
        d.add("Applicant ", P(p.western), " (born ", DOB(fdate(p.dob, "long")), "), salaried at Tata Motors, CIBIL ", str(r.randint(700, 850)), ". ")
        d.add("Aadhaar ", L("IN_AADHAAR", aadhaar(r)), " e-KYC OTP verified; a second Aadhaar entered by the DSA (", bad_aadhaar(r), ") failed checksum and was discarded. ")
        d.add("Co-borrower wife ", P(Person(r, "in", "F").western), ". Recommend approval at 9.1 % p.a.\n")
    return d

@tpl("free_text", 2)
def market_research(r, n):
    d = Doc()
    if n == 0:
        d.add("Insight brief: connected-car feature adoption, Q", str(r.randint(1, 4)), "\n\n",
              "Owners aged 65+ use eCall awareness features most. Studies link obstructive sleep apnoea and untreated diabetes to higher crash rates; ",
              "driver-monitoring cameras could flag fatigue. Registrations in Italy showed a mild depression after the incentive ended, while the Ferdinand ",
              "remains the 'heart attack' of the segment in design terms. No individual customer data is included.\n")
    else:
        d.add("Health & safety bulletin for dealership staff\n\nHeat stroke, dehydration and back injuries are the most common workplace issues in summer. ",
              "Staff taking medicines such as antihistamines or benzodiazepines should not road-test vehicles. Seizures: call 112. ",
              "Huntington Beach and Addison Lee are not part of this programme.\n")
    return d

@tpl("html", 2)
def score_letter_html(r, n):
    c = ["uk", "ca"][n]
    p = Person(r, c)
    d = Doc()
    d.add("<html><body style=\"font-family:Arial\">\n<p>", P(p.western), "<br>", A(address(r, c, multi=True).replace("\n", "<br>")), "</p>\n")
    d.add("<p>Dear ", P(p.given), ",</p>\n<p>Your Norvane Drive+ score for ", r.choice(MON_FULL), " is <b>", str(r.randint(55, 98)), "</b>. ",
          "Night driving and phone use were the biggest factors. Your renewal premium (policy ", f"NVI/{digits(r, 8)}", ") will be recalculated.</p>\n")
    d.add("<p>Questions? Call ", PH(phone(r, c, False)), " or reply to ", E("driveplus@norvane-insurance.example"), ".</p>\n</body></html>\n")
    return d

@tpl("html", 2)
def order_confirmation_html(r, n):
    c = ["jp", "cl"][n]
    p = Person(r, c)
    d = Doc()
    d.add("<html><body>\n<h2>Order confirmed – Norvane Shop</h2>\n<p>Thank you, ", P(p.western), "!</p>\n<ul>\n")
    d.add("<li>Item: Wallbox 11 kW (", partno(r), ") + installation</li>\n<li>Paid with card **** **** **** ", digits(r, 4), "</li>\n")
    d.add("<li>Installation address: ", A(address(r, c)), "</li>\n<li>Contact: ", E(email(r, p)), " / ", PH(phone(r, c)), "</li>\n</ul>\n")
    d.add("<p>Order ", f"NS-{digits(r, 10)}", ", tracking ", f"1Z{letters(r, 3)}{digits(r, 11)}", "</p>\n</body></html>\n")
    return d

@tpl("free_text", 1)
def health_leaflet(r, n):
    d = Doc()
    d.add("Driving after a stroke, heart attack or seizure — guidance for customers\n\n",
          "Many conditions, such as epilepsy, diabetes treated with insulin, or a recent myocardial infarction, must be reported to the licensing authority. ",
          "Medicines like opioids or sedating antidepressants can impair driving. Ask your doctor. Adaptive controls for multiple sclerosis or paraplegia are available ",
          "through our Mobility programme (brochure ", partno(r), ").\n")
    return d


# ------------------------------------------------------------------ late additions: identity documents
@tpl("json", 2)
def tourist_delivery_json(r, n):
    p = Person(r, "us")
    st = r.choice(list(US_STATES))
    d = Doc()
    obj = {"programme": "Norvane European Delivery", "handoverCentre": r.choice(["Stuttgart-Zuffenhausen", "Göteborg", "Torino Mirafiori"]),
           "customer": {"firstName": P(p.given), "lastName": P(p.family), "dob": DOB(fdate(p.dob, "iso")), "email": E(email(r, p)),
                        "phone": PH(phone(r, "us")), "homeAddress": A(address(r, "us"))},
           "travelDocument": {"type": "passport", "issuingCountry": "USA", "number": L("US_PASSPORT", passport_no(r, "us")),
                              "expiry": fdate(rdate(r, 2027, 2035), "iso")},
           "drivingLicence": {"issuingState": US_STATES[st], "number": DL(us_dl(r, st)), "idpRequired": True},
           "vehicle": {"vin": vin(r), "model": model(r), "exportPlates": f"Z-{digits(r, 4)}-{letters(r, 1)}"},
           "flight": {"pnr": letters(r, 6), "arrival": ts(r)}}
    if n == 1:
        q = Person(r, "us")
        obj["secondDriver"] = {"name": P(q.western), "passportNo": L("US_PASSPORT", passport_no(r, "us")), "ssnLast4": digits(r, 4)}
    jemit(d, obj)
    return d

@tpl("ndjson", 2)
def idv_webhook_ndjson(r, n):
    d = Doc()
    kinds = [("fr", "FR_NIR", lambda p: nir(r, p, r.random() < .5), lambda p: bad_nir(r, p), "carte_vitale"),
             ("it", "IT_FISCAL_CODE", lambda p: codice_fiscale(r, p)[0], lambda p: bad_cf(r, p), "codice_fiscale"),
             ("sg", "SG_NRIC", lambda p: nric(r, "S" if p.dob[0] < 2000 else "T"), lambda p: bad_nric(r), "nric"),
             ("ca", "CA_SIN", lambda p: sin(r), lambda p: bad_sin(r), "sin"),
             ("es", "ES_DNI", lambda p: dni(r, r.random() < .5), lambda p: bad_dni(r), "dni_nie"),
             ("br", "BR_CPF", lambda p: cpf(r), lambda p: bad_cpf(r), "cpf"),
             ("de", "DE_TAX_ID", lambda p: steuer(r), lambda p: bad_steuer(r), "steuer_id"),
             ("us", "US_PASSPORT", lambda p: passport_no(r, "us"), None, "passport"),
             ("kr", "PASSPORT", lambda p: passport_no(r, "kr"), None, "passport"),
             ("cz", "PASSPORT", lambda p: passport_no(r, "cz"), None, "passport"),
             ("uk", "UK_NATIONAL_INSURANCE_NUMBER", lambda p: nino(r), None, "nino"),
             ("in", "IN_AADHAAR", lambda p: aadhaar(r), lambda p: bad_aadhaar(r), "aadhaar")]
    sel = kinds[:6] if n == 0 else kinds[6:]
    for c, typ, good, bad, dtype in sel:
        p = Person(r, c)
        obj = {"webhook": "idv.result", "at": ts(r), "applicationId": f"NVF-{digits(r, 9)}", "documentType": dtype, "issuingCountry": c.upper(),
               "documentNumber": L(typ, good(p)), "holder": {"fullName": P(p.full), "birthDate": DOB(fdate(p.dob, "iso"))}, "decision": "approved",
               "livenessScore": round(r.uniform(0.8, 1), 3)}
        jemit(d, obj, compact=True); d.t("\n")
        if bad is not None and r.random() < .6:
            jemit(d, {"webhook": "idv.result", "at": ts(r), "applicationId": f"NVF-{digits(r, 9)}", "documentType": dtype, "issuingCountry": c.upper(),
                      "documentNumber": bad(p), "decision": "declined", "reason": "checksum_mismatch"}, compact=True)
            d.t("\n")
    return d

@tpl("email", 1)
def export_sale_email(r, n):
    p = Person(r, "us"); s = Person(r, "de")
    d = Doc()
    mail_head(d, E(email(r, s)), E(email(r, p)), "Ihre Bestellung / your order – documents for registration", r)
    d.add("Dear ", P(p.given), ",\n\nthank you for choosing the ", model(r), ". As a US citizen resident in Germany, we need for the registration (Zulassung):\n\n")
    d.add(" - a copy of your US passport (we have on file no. ", L("US_PASSPORT", passport_no(r, "us")), ", valid until ", fdate(rdate(r, 2027, 2034), "eu"), ")\n")
    d.add(" - your Meldebescheinigung for ", A(address(r, "de")), "\n - your German tax ID (Steuer-ID ", L("DE_TAX_ID", steuer(r)), ") for the SEPA mandate\n\n")
    d.add("Note that your ", US_STATES["TX"], " licence must be converted within 6 months; the number you gave (", DL(us_dl(r, "TX")), ") is fine for now.\n\n")
    d.add("Beste Grüße / best regards\n", P(s.western), "\nVerkaufsberater, Autohaus Kessler & Söhne, ", PH(phone(r, "de", False)), "\n")
    return d

# =============================================================================================== build + validate
def level(types):
    if any(t in RESTRICTED for t in types): return "RESTRICTED"
    if any(t in CONFIDENTIAL for t in types): return "CONFIDENTIAL"
    return "INTERNAL"

CARD_RE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")

def covered(ents, s, e):
    return any(x["start"] < e and s < x["end"] for x in ents)

def validate(doc):
    text, ents, fmt = doc["text"], doc["entities"], doc["format"]
    assert fmt in FORMATS, fmt
    prev = -1
    for x in sorted(ents, key=lambda x: x["start"]):
        span = text[x["start"]:x["end"]]
        assert x["type"] in ALLTYPES
        assert span and span == span.strip(), (doc["id"], x, span)
        assert x["start"] >= prev, (doc["id"], "overlap", x)
        prev = x["end"]
        chk = CHECKERS.get(x["type"])
        if chk:
            assert chk(span), (doc["id"], x["type"], span)
        if x["type"] == "EMAIL":
            assert EMAIL_RE.fullmatch(span), (doc["id"], span)
    assert doc["classification"] == level({x["type"] for x in ents})
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    if fmt in ("csv", "tsv"):
        first = text.splitlines()[0]
        delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
        assert len({len(rw) for rw in rows if rw}) == 1, (doc["id"], "ragged")
    # leak check: things that look like valid identifiers but are not labelled
    for m in CARD_RE.finditer(text):
        if card_ok(m.group()) and not covered(ents, m.start(), m.end()):
            raise AssertionError((doc["id"], "unlabelled valid card", m.group()))
    for m in IBAN_RE.finditer(text):
        s = m.group().rstrip()
        try:
            ok = iban_ok(s) and len(s.replace(" ", "")) >= 15
        except ValueError:
            ok = False
        if ok and not covered(ents, m.start(), m.end()):
            raise AssertionError((doc["id"], "unlabelled valid IBAN", s))
    for m in EMAIL_RE.finditer(text):
        if not covered(ents, m.start(), m.end()):
            raise AssertionError((doc["id"], "unlabelled email", m.group()))
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()) and not covered(ents, m.start(), m.end()):
            raise AssertionError((doc["id"], "unlabelled SSN-shaped", m.group()))

def build():
    selftest()
    docs = []
    for name, f, fmt, count in TEMPLATES:
        for n in range(count):
            r = random.Random(f"{SEED}:{name}:{n}")
            d = f(r, n)
            text = d.text()
            ents = sorted(d.ents, key=lambda x: x["start"])
            doc = {"id": f"h45_{name}-{n}", "text": text, "entities": ents,
                   "classification": level({x["type"] for x in ents}), "format": fmt}
            validate(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tc = Counter(x["type"] for doc in docs for x in doc["entities"])
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for doc in docs if not doc["entities"]))
    for title, cnt in (("classification", Counter(doc["classification"] for doc in docs)), ("format", Counter(doc["format"] for doc in docs)),
                       ("entity type", tc)):
        print("\n" + title + ":")
        for k, v in cnt.most_common():
            print(f"  {k:<30} {v}")
    return docs

if __name__ == "__main__":
    build()
