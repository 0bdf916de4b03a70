#!/usr/bin/env python3
"""holdout44 -- independent PII/PHI evaluation corpus for a news organisation's systems.
Standard library only. Deterministic: `python3 build.py` writes holdout44.jsonl next to this file.
Written from the public contract only (LABELS.md, PRIOR_CORPUS.md, the brief)."""
import json, random, re, csv, io, os, sys, unicodedata
from collections import Counter

SEED = "holdout44/newsroom-ostrava-5521"
HERE = os.path.dirname(os.path.abspath(__file__))

LEVEL = {t: "RESTRICTED" for t in (
    "US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
    "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
    "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split()}
LEVEL.update({t: "CONFIDENTIAL" for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS")})
LEVEL["PERSON"] = "INTERNAL"
RANK = {"INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary "
              "lab_report hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------- builder
class Doc:
    def __init__(self):
        self.parts, self.ents, self.n = [], [], 0
    def t(self, s):
        self.parts.append(s); self.n += len(s); return self
    def L(self, typ, s):
        if typ is None:
            return self.t(s)
        st = self.n; self.t(s); self.ents.append((typ, st, self.n)); return self
    def w(self, *items):
        for it in items:
            if it is None: continue
            if isinstance(it, str): self.t(it)
            elif isinstance(it, Lab): self.L(it.typ, it.val)
            elif isinstance(it, Mix): self.w(*it.items)
            elif isinstance(it, (list, tuple)): self.w(*it)
            else: raise TypeError(it)
        return self
    def text(self): return "".join(self.parts)

class Lab:
    __slots__ = ("typ", "val")
    def __init__(self, typ, val): self.typ, self.val = typ, str(val)
    def __str__(self): return self.val
class Mix:
    """A string made of plain pieces and labelled values (for JSON strings, CSV cells)."""
    def __init__(self, *items): self.items = items
    def plain(self): return "".join(str(i) for i in flat(self.items))

def flat(items):
    for i in items:
        if isinstance(i, (list, tuple)): yield from flat(i)
        elif isinstance(i, Mix): yield from flat(i.items)
        elif i is None: continue
        else: yield i

def L(typ, val): return Lab(typ, val)
def P(v): return Lab("PERSON", v)
def E(v): return Lab("EMAIL", v)
def PH(v): return Lab("PHONE", v)
def A(v): return Lab("ADDRESS", v)
def IP(v): return Lab("IP_ADDRESS", v)
def DOB(v): return Lab("DATE_OF_BIRTH", v)
def DX(v): return Lab("DIAGNOSIS", v)
def RX(v): return Lab("MEDICATION", v)

def jstr(d, v):
    """write a JSON string literal for v (str | Lab | Mix) through the builder"""
    d.t('"')
    items = v.items if isinstance(v, Mix) else [v]
    for it in flat(items):
        s = json.dumps(str(it), ensure_ascii=False)[1:-1]
        if isinstance(it, Lab): d.L(it.typ, s)
        else: d.t(s)
    d.t('"')

def jemit(d, obj, ind=2, lvl=0, compact=False):
    sp = "" if compact else "\n" + " " * (ind * (lvl + 1))
    end = "" if compact else "\n" + " " * (ind * lvl)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj: d.t("{}"); return
        d.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i: d.t(sep)
            d.t(sp); d.t(json.dumps(k, ensure_ascii=False) + ": ")
            jemit(d, v, ind, lvl + 1, compact)
        d.t(end + "}")
    elif isinstance(obj, list):
        if not obj: d.t("[]"); return
        d.t("[")
        for i, v in enumerate(obj):
            if i: d.t(sep)
            d.t(sp); jemit(d, v, ind, lvl + 1, compact)
        d.t(end + "]")
    elif isinstance(obj, (str, Lab, Mix)):
        jstr(d, obj)
    else:
        d.t(json.dumps(obj))

def srow(d, cells, delim=","):
    """CSV/TSV row; labelled cell content is the span (inside quotes when quoted)"""
    for i, c in enumerate(cells):
        if i: d.t(delim)
        plain = c.plain() if isinstance(c, Mix) else str(c)
        q = any(ch in plain for ch in (delim, '"', "\n")) and delim == ","
        assert '"' not in plain
        if q: d.t('"')
        if isinstance(c, (Lab, Mix)): d.w(c)
        else: d.t(plain)
        if q: d.t('"')
    d.t("\n")

# ----------------------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0
def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c): return c

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1
def iban_make(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
    return cc + "%02d" % chk + bban

def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10: return False
    r = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[9]

VERH_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
          [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
          [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VERH_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
          [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VERH_INV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed([x for x in s if x.isdigit()])):
        c = VERH_D[c][VERH_P[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERH_D[c][VERH_P[(i + 1) % 8][int(ch)]]
    return str(VERH_INV[c])

def cpf_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11 or len(set(d)) == 1: return False
    for n in (9, 10):
        r = sum(d[i] * (n + 1 - i) for i in range(n)) % 11
        if d[n] != (0 if r < 2 else 11 - r): return False
    return True

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ": s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_L[int(s[:8]) % 23] == s[8]

def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])

def stid_digit(body):
    prod = 10
    for ch in body:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return "0" if c == 10 else str(c)
def stid_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0": return False
    cnt = Counter(s[:10])
    if not (max(cnt.values()) in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1): return False
    return stid_digit(s[:10]) == s[10]

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_char(s15):
    t = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0: t += CF_ODD[ch]
        else: t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)
def cf_ok(s): return len(s) == 16 and cf_char(s[:15]) == s[15]

def nric_letter(prefix, digits):
    t = sum(int(a) * b for a, b in zip(digits, [2, 7, 6, 5, 4, 3, 2]))
    if prefix in "TG": t += 4
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[t % 11]
def nric_ok(s): return len(s) == 9 and nric_letter(s[0], s[1:8]) == s[8]

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

NINO_BAD_PFX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] not in "DFIQUV" and s[1] not in "DFIOQUV" and s[:2] not in NINO_BAD_PFX
            and s[2:8].isdigit() and s[8] in "ABCD")

MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = "NAXNAXNAANN"
    for ch, c in zip(s, cls):
        if c == "N" and not ch.isdigit(): return False
        if c == "A" and ch not in MBI_ALPHA: return False
        if c == "X" and not (ch.isdigit() or ch in MBI_ALPHA): return False
    return s[0] != "0"

def _selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert luhn_ok("046454286")  # CA SIN sample
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert nhs_ok("9434765919") and not nhs_ok("9434765918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("111.444.777-35") and not cpf_ok("111.444.777-36")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert mbi_ok("1EG4-TE5-MK73")
    assert stid_ok("86095742719")
    assert nino_ok("AB123456C") and not nino_ok("QQ123456C")
_selftest()

# ----------------------------------------------------------------------------- values
def S(s): return [x.replace("_", " ") for x in s.split()]
NAMES = {  # country: (male given, female given, family)
 "GB": (S("Callum Rhys Owain Declan Toby Alfie Hamish Idris Barnaby Kwabena"),
        S("Siobhan Ffion Harriet Imogen Rosalind Keeley Bethan Morwenna Tamsin Yasmin"),
        S("Pritchard Featherstonehaugh Oyelaran-Smith Whitlock Cholmondeley Ashworth Nkemelu Trevelyan Griffiths Bhattacharyya-Lowe")),
 "IE": (S("Oisín Cathal Tadhg Ruairí Donnchadh Fiachra"), S("Gráinne Aoibheann Caoimhe Saoirse Niamh Clodagh"),
        S("Ní_Fhlannagáin Mac_Cárthaigh Ó_Súilleabháin Breathnach Uí_Bhriain Kinsella Ó_Dálaigh")),
 "US": (S("DeShawn Tucker Bradley Marcus Earl Jefferson"), S("Shaniqua Kaylee Bethany Latoya Marjorie Dakota"),
        S("Kowalczyk Washington Runningwater Delacroix-Hayes Abernathy Tran-Goldberg")),
 "CA": (S("Étienne Maxime Jean-Philippe Gurpreet Kieran"), S("Geneviève Maëlle Marie-Ève Anjali Kateri"),
        S("Tremblay Gagnon-Pelletier Bouchard Desrosiers Sandhu Wolfchild")),
 "MX": (S("Juan_Pablo Xóchitl Eréndira Cuauhtémoc Rodrigo"), S("Guadalupe Itzel Ximena Citlali Marisol"),
        S("Hernández_Ocampo Tzompantzi Villaseñor Ramírez_de_Arellano Cuevas Huerta")),
 "BR": (S("João Thiago Caetano Anderson Wellington Ubiratã"), S("Maria_das_Graças Thaís Luana Conceição Jéssica Iara"),
        S("dos_Santos Gonçalves Nascimento Araújo_Lima Figueiredo da_Silva_Pereira")),
 "AR": (S("Facundo Agustín Lautaro Ezequiel Nahuel"), S("Agustina Milagros Florencia Ailén Rocío"),
        S("Etcheverry Gómez_Albarracín Lombardi Kirchner-Paz Bustamante Yrigoyen")),
 "FR": (S("Timothée Jean-Baptiste Loïc Baptiste Yannick"), S("Éloïse Margaux Solène Maëlys Bérénice"),
        S("Lefèvre de_La_Rochefoucauld d'Harcourt Benhamou Le_Gall Ménard-Diallo")),
 "DE": (S("Jörg Maximilian Till Lennart Björn"), S("Friederike Jördis Annegret Wiebke Lieselotte"),
        S("Schäfer von_der_Heyden Großmann Kowalski-Brandt Düringer Nüßlein")),
 "AT": (S("Florian Leopold Klemens Valentin"), S("Theresa Magdalena Johanna Vroni"),
        S("Pühringer Oberhauser Hinterleitner Zöchling Strasser")),
 "NL": (S("Sjoerd Joost Maarten Thijs Bram"), S("Femke Marijke Sanne Lieke Anouk"),
        S("van_der_Wiel de_Vries Bakker-Jongsma van_'t_Hof Timmermans Wijnaldum")),
 "DK": (S("Søren Mads Rasmus Frederik Asger"), S("Sidsel Mette Rikke Signe Karen"),
        S("Kjærgaard Østergaard Thomsen Dalsgaard Holm-Nielsen")),
 "NO": (S("Håkon Eirik Sindre Torbjørn Øystein"), S("Ingrid Solveig Ragnhild Åse Tiril"),
        S("Bjørnstad Haugland Rønning Lie-Kvammen Aasheim")),
 "IT": (S("Gianluca Salvatore Matteo Rocco Pierluigi"), S("Chiara Annalisa Ginevra Benedetta Carmela"),
        S("Esposito Lo_Bianco Di_Stefano Ferraresi Scognamiglio D'Alessandro")),
 "GR": (S("Giorgos Panagiotis Stavros Kyriakos Dimitris"), S("Eleni Chrysoula Despina Angeliki Vasiliki"),
        S("Papadopoulou Konstantinidis Karamanlaki Tsitsipa Georgiadou Chatzigeorgiou")),
 "TR": (S("Mehmet Oğuz Barış Emre Çağlar"), S("Ayşegül Şule Gülşen Elif Özlem"),
        S("Yılmaz Öztürk Karagöz Çelik Şahin Demirtaş")),
 "UA": (S("Oleksandr Bohdan Taras Yaroslav Mykola"), S("Oksana Iryna Yevheniia Solomiia Halyna"),
        S("Shevchenko Kovalchuk Hrytsenko Bondarenko Tkachuk Melnyk-Dovzhenko")),
 "RU": (S("Dmitry Vsevolod Artyom Ilya Gleb"), S("Yekaterina Anastasia Darya Lyudmila Olesya"),
        S("Kuznetsova Vorobyov Zhuravleva Sokolov Lebedeva Rimsky-Orlov")),
 "GE": (S("Giorgi Levan Davit Nikoloz Zurab"), S("Nino Tamar Mariam Ketevan Natia"),
        S("Beridze Kapanadze Gelashvili Tsiklauri Javakhishvili Lomidze")),
 "LB": (S("Karim Ziad Elie Rabih Walid"), S("Rania Nour Maya Hiba Zeina"),
        S("Haddad Abou_Jaoude El_Khoury Nassar Abi_Nader Sfeir")),
 "IQ": (S("Mustafa Haider Ali Ammar Sajjad"), S("Zainab Shahad Noor Rusul Mariam"),
        S("Al-Jubouri Al-Saadi Kadhim Al-Obaidi Hashim Barzani")),
 "IR": (S("Behnam Farhad Kian Arash Siavash"), S("Shirin Golnaz Parisa Mahsa Niloufar"),
        S("Hosseini Tehrani Rahimzadeh Ghorbani Moradi Jafarian")),
 "KE": (S("Kiprono Otieno Mwangi Wafula Baraka"), S("Wanjiru Akinyi Chebet Nyokabi Atieno"),
        S("Kamau Odhiambo Kipchumba Mutua Wekesa Njoroge")),
 "ET": (S("Dawit Tesfaye Yohannes Abebe Mulugeta"), S("Selamawit Hirut Meron Tigist Bethlehem"),
        S("Gebremedhin Haile Tadesse Woldemariam Alemayehu Bekele")),
 "NG": (S("Chukwuemeka Oluwaseun Babatunde Abubakar Ikenna"), S("Ngozi Folake Chiamaka Aisha Yewande"),
        S("Okonkwo Adeyemi Eze Balogun Abdulkadir Oyelowo")),
 "ZA": (S("Sipho Thabo Pieter Lwazi Mandla"), S("Nomvula Thandeka Anri Lerato Zanele"),
        S("Dlamini van_Wyk Nkosi Mokoena Botha Ngcobo")),
 "IN": (S("Venkatesh Arjun Siddharth Harpreet Anirudh"), S("Lakshmi Priyanka Meenakshi Ishita Gurleen"),
        S("Raghunathan Chattopadhyay Iyer Deshpande Reddy Bhattacharjee")),
 "BD": (S("Rafiqul Tanvir Mahfuz Shahidul Arif"), S("Nusrat Farzana Sharmin Tahmina Rumana"),
        S("Chowdhury Rahman Hossain Talukder Majumder Bhuiyan")),
 "HK": (S("Ka-Wing Chun-Kit Wai-Man Ho-Yin"), S("Mei-Ling Wing-Yan Suet-Ying Hoi-Kei"),
        S("Chan Leung Wong Cheung Lau Tsang")),
 "KR": (S("Min-jun Seo-jun Ji-hoon Hyun-woo"), S("Seo-yeon Ji-woo Ha-eun Min-seo"),
        S("Kim Park Choi Jeong Kang Yoon")),
 "AU": (S("Lachlan Jarrah Angus Brodie Kai"), S("Matilda Kirra Isla Tahlia Brooke"),
        S("McAllister Nguyen Papasavvas Fitzgerald Yunupingu Bourke")),
 "SG": (S("Wei_Jie Jun_Hao Kumaresan Hafiz"), S("Hui_Min Xin_Yi Nur_Aisyah Kavitha"),
        S("Tan Lim Ong Ramasamy bin_Osman Goh")),
}
COUNTRIES = list(NAMES)
SYL = "ka ri mo zu te la vin dre sho qua ny el bo ra tsi lu ve ga ho pi xa or un ith ba".split()
def invented(rng, cap=True):
    w = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3)))
    return w.capitalize()

class Person:
    def __init__(self, rng, cc=None, sex=None, invent=None):
        self.cc = cc or rng.choice(COUNTRIES)
        self.sex = sex or rng.choice("MF")
        m, f, fam = NAMES[self.cc]
        inv = rng.random() < 0.12 if invent is None else invent
        self.given = invented(rng) if inv and rng.random() < .5 else rng.choice(m if self.sex == "M" else f)
        self.family = invented(rng) if inv else rng.choice(fam)
        self.dob = rdate(rng, 1948, 2004)
        self.first_family = self.cc in ("HK", "KR")
    def full(self):
        return f"{self.family} {self.given}" if self.first_family and self.cc == "HK" and False else f"{self.given} {self.family}"
    def formal(self): return f"{self.family.upper()}, {self.given}"
    def initial(self): return f"{self.given[0]}. {self.family}"
    def email(self, rng, dom=None):
        def asc(s): return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower())
        g, f = asc(self.given) or "x", asc(self.family) or "y"
        dom = dom or rng.choice(["gmail.com", "proton.me", "outlook.com", "yahoo.co.uk", "gmx.de", "orange.fr", "libero.it",
                                 "mail.ru", "ukr.net", "web.de", "hotmail.com", "icloud.com", "uol.com.br", "naver.com",
                                 "rediffmail.com", "bigpond.com", "eircom.net", "online.no", "t-online.de"])
        style = rng.choice(["{g}.{f}", "{g}{f}{n}", "{gi}{f}", "{f}.{g}", "{g}_{f}{n}"])
        return style.format(g=g, f=f, gi=g[0], n=rng.randint(1, 99)) + "@" + dom

import datetime as _dt
MONTHS = "January February March April May June July August September October November December".split()
def rdate(rng, y0, y1):
    return _dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
def fdate(rng, d, style=None):
    style = style or rng.choice(["dmy/", "iso", "mdy", "dMy", "dmy.", "Mdy"])
    return {"dmy/": f"{d.day:02d}/{d.month:02d}/{d.year}", "iso": d.isoformat(), "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "dMy": f"{d.day} {MONTHS[d.month-1]} {d.year}", "dmy.": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "Mdy": f"{MONTHS[d.month-1]} {d.day}, {d.year}", "dmon": f"{d.day:02d}-{MONTHS[d.month-1][:3].upper()}-{d.year}",
            "hl7": f"{d.year}{d.month:02d}{d.day:02d}"}[style]

def digs(rng, n): return "".join(rng.choice("0123456789") for _ in range(n))
def fill(rng, pat):
    out = []
    for ch in pat:
        if ch == "#": out.append(rng.choice("0123456789"))
        elif ch == "@": out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else: out.append(ch)
    return "".join(out)

# ---- addresses: each returns list of lines
def addr(rng, cc):
    r = rng
    n = r.randint(2, 240)
    A_ = {
     "GB": lambda: [f"{n} {r.choice(['Coldharbour Lane','Mill Road','Albert Terrace','Wharfside Street','Heol y Felin'])}",
                    r.choice(["London SE5 9NR", "Cambridge CB1 3AN", "Manchester M4 5JD", "Cardiff CF24 4HQ", "Leeds LS6 2PX"])],
     "IE": lambda: [f"{n} {r.choice(['Ballymun Road','Bóthar na Trá','Cork Street','Ard na Gréine'])}",
                    r.choice(["Dublin 9, D09 K7P2", "Galway, H91 E2W7", "Cork, T12 X8F4"])],
     "US": lambda: [f"{n*10+r.randint(0,9)} {r.choice(['W 47th St','Magnolia Ave','N Halsted St','Peachtree Rd NE'])}{r.choice(['', ' Apt 4B', ', Unit 12', ' #305'])}",
                    r.choice(["New York, NY 10036", "Chicago, IL 60614", "Atlanta, GA 30309", "Austin, TX 78704", "Seattle, WA 98103"])],
     "CA": lambda: [f"{n*3} {r.choice(['rue Saint-Denis','Queen St W','Commercial Dr','avenue du Parc'])}{r.choice(['', ', app. 7', ', Suite 410'])}",
                    r.choice(["Montréal QC H2X 3K8", "Toronto ON M5V 2T6", "Vancouver BC V5N 4A9"])],
     "MX": lambda: [f"Calle {r.choice(['Durango','Río Lerma','Álvaro Obregón','Tonalá'])} {n}, Int. {r.randint(1,12)}",
                    r.choice(["Col. Roma Norte, 06700 Ciudad de México, CDMX", "Col. Americana, 44160 Guadalajara, Jal."])],
     "BR": lambda: [f"Rua {r.choice(['Augusta','dos Pinheiros','Barão de Itapetininga','Voluntários da Pátria'])}, {n*4}, apto {r.randint(11,904)}",
                    r.choice(["Pinheiros, São Paulo - SP, 05422-001", "Botafogo, Rio de Janeiro - RJ, 22270-010"])],
     "AR": lambda: [f"Av. {r.choice(['Corrientes','Santa Fe','Rivadavia','Pueyrredón'])} {n*15}, piso {r.randint(1,14)} depto {r.choice('ABCD')}",
                    r.choice(["C1043AAZ CABA", "C1425BGH Buenos Aires", "X5000 Córdoba"])],
     "FR": lambda: [f"{n} {r.choice(['bis ', 'ter ', ''])}{r.choice(['rue du Faubourg-Saint-Antoine','avenue Jean-Jaurès','quai de la Loire','impasse des Tanneurs'])}",
                    r.choice(["75011 Paris", "69007 Lyon", "13001 Marseille", "33000 Bordeaux"])],
     "DE": lambda: [f"{r.choice(['Oranienstraße','Kastanienallee','Am Sandtorkai','Schäferkampsallee'])} {n}{r.choice(['', 'a', 'b'])}",
                    r.choice(["10999 Berlin", "20457 Hamburg", "80331 München", "50667 Köln"])],
     "AT": lambda: [f"{r.choice(['Mariahilfer Straße','Gumpendorfer Straße','Herrengasse'])} {n}/{r.randint(1,22)}", r.choice(["1060 Wien", "8010 Graz", "5020 Salzburg"])],
     "NL": lambda: [f"{r.choice(['Prinsengracht','Oudegracht','Witte de Withstraat','Javastraat'])} {n}{r.choice(['', '-II', ' hs'])}",
                    r.choice(["1016 HT Amsterdam", "3511 AB Utrecht", "3014 CJ Rotterdam"])],
     "DK": lambda: [f"{r.choice(['Nørrebrogade','Istedgade','Jægersborggade'])} {n}, {r.randint(1,5)}. th.", r.choice(["2200 København N", "1754 København V", "8000 Aarhus C"])],
     "NO": lambda: [f"{r.choice(['Thorvald Meyers gate','Bogstadveien','Kong Oscars gate'])} {n}B", r.choice(["0555 Oslo", "0355 Oslo", "5003 Bergen"])],
     "IT": lambda: [f"{r.choice(['Via dei Serpenti','Corso Buenos Aires','Via Toledo','Vicolo del Cinque'])} {n}", r.choice(["00184 Roma RM", "20124 Milano MI", "80134 Napoli NA"])],
     "GR": lambda: [f"Odos {r.choice(['Ermou','Patision','Tsimiski','Akadimias'])} {n}", r.choice(["105 63 Athina", "546 24 Thessaloniki"])],
     "TR": lambda: [f"{r.choice(['Moda Cad.','İstiklal Cad.','Bağdat Cad.'])} No:{n} D:{r.randint(1,14)}", r.choice(["34710 Kadıköy/İstanbul", "34433 Beyoğlu/İstanbul", "06680 Çankaya/Ankara"])],
     "UA": lambda: [f"vul. {r.choice(['Khreshchatyk','Sahaidachnoho','Yaroslaviv Val','Sumska'])}, {n}, kv. {r.randint(1,120)}", r.choice(["Kyiv, 01001", "Kharkiv, 61002", "Lviv, 79008"])],
     "RU": lambda: [f"ul. {r.choice(['Tverskaya','Bolshaya Pokrovskaya','Myasnitskaya'])}, d. {n}, kv. {r.randint(1,200)}", r.choice(["Moskva, 125009", "Nizhny Novgorod, 603005"])],
     "GE": lambda: [f"{n} {r.choice(['Rustaveli Avenue','Chavchavadze Avenue','Aghmashenebeli Avenue'])}", r.choice(["Tbilisi 0108", "Tbilisi 0179", "Batumi 6010"])],
     "LB": lambda: [f"{r.choice(['Rue Gouraud','Hamra Street','Rue Pasteur'])}, Bldg {n}, floor {r.randint(1,9)}", r.choice(["Gemmayzeh, Beirut", "Hamra, Beirut 1103"])],
     "IQ": lambda: [f"House {n}, Street {r.randint(1,60)}, Mahalla {r.randint(100,999)}", r.choice(["Karrada, Baghdad", "Erbil 44001"])],
     "IR": lambda: [f"No. {n}, {r.choice(['Valiasr St.','Enghelab St.','Shariati St.'])}, Unit {r.randint(1,20)}", r.choice(["Tehran 1416753955", "Tehran 1983963113"])],
     "KE": lambda: [f"{r.choice(['Ngong Road','Argwings Kodhek Rd','Moi Avenue'])}, House {n}", r.choice(["P.O. Box 30197-00100, Nairobi", "P.O. Box 8821-80100, Mombasa"])],
     "ET": lambda: [f"Woreda {r.randint(1,14)}, House No. {n*7}", r.choice(["Bole, Addis Ababa", "Kirkos Sub-City, Addis Ababa"])],
     "NG": lambda: [f"{n} {r.choice(['Adeola Odeku Street','Awolowo Road','Ahmadu Bello Way'])}", r.choice(["Victoria Island, Lagos 101241", "Ikoyi, Lagos 106104", "Garki, Abuja 900103"])],
     "ZA": lambda: [f"{n} {r.choice(['Jan Smuts Avenue','Long Street','Vilakazi Street'])}", r.choice(["Parktown, Johannesburg, 2193", "Cape Town City Centre, 8001", "Orlando West, Soweto, 1804"])],
     "IN": lambda: [f"Flat {r.randint(101,1204)}, {r.choice(['Sai Krupa Apartments','Green Park Extension','Shanti Kunj'])}, {r.choice(['Linking Road','MG Road','Anna Salai'])}",
                    r.choice(["Bandra West, Mumbai 400050", "Bengaluru 560001", "Chennai 600002", "New Delhi 110016"])],
     "BD": lambda: [f"House {n}, Road {r.randint(1,27)}, {r.choice(['Dhanmondi','Gulshan-2','Uttara Sector 7'])}", r.choice(["Dhaka 1209", "Dhaka 1212", "Dhaka 1230"])],
     "HK": lambda: [f"Flat {r.choice('ABCDEFGH')}, {r.randint(2,38)}/F, {r.choice(['Tung Fat Building','Kam Lung Mansion','Hoi Ming Court'])}", f"{n} {r.choice(['Nathan Road','Des Voeux Road Central','Shau Kei Wan Road'])}, {r.choice(['Kowloon','Hong Kong'])}"],
     "KR": lambda: [f"{n}, {r.choice(['Sejong-daero','Teheran-ro','Itaewon-ro'])} {r.randint(1,40)}-gil, {r.choice(['Jung-gu','Gangnam-gu','Mapo-gu'])}", f"Seoul {r.randint(3000,6999):05d}"],
     "AU": lambda: [f"{r.randint(1,30)}/{n} {r.choice(['Oxford Street','Brunswick St','Hindley Street','Smith Street'])}", r.choice(["Paddington NSW 2021", "Fitzroy VIC 3065", "Adelaide SA 5000", "Darwin NT 0800"])],
     "SG": lambda: [f"Blk {n} {r.choice(['Tampines Street 21','Toa Payoh Lorong 4','Jurong West Ave 1'])} #{r.randint(2,15):02d}-{r.randint(10,450)}", f"Singapore {r.randint(310000,650999)}"],
    }
    return A_[cc]()
def addr1(rng, cc, sep=", "): return sep.join(addr(rng, cc))

PHONES = {
 "GB": ["+44 79## ######", "077## ######", "074## ######", "020 7946 0###", "+44 (0)161 496 0###"], "IE": ["+353 8# ### ####", "01 ### ####"],
 "US": ["(212) 4##-####", "(415) 7##-####", "+1 312 7##-####", "646.2##.####", "1-718-3##-####", "(404) 8##-####"], "CA": ["(416) 5##-####", "+1 514 8##-####", "604-2##-####"],
 "MX": ["+52 55 #### ####", "+52 1 33 #### ####"], "BR": ["+55 11 9####-####", "(21) 9####-####"], "AR": ["+54 9 11 ####-####", "011 4###-####"],
 "FR": ["+33 6 ## ## ## ##", "01 4# ## ## ##", "07 ## ## ## ##"], "DE": ["+49 30 #######", "0151 ########", "+49 (0)40 ######"],
 "AT": ["+43 664 #######", "+43 1 5######"], "NL": ["+31 6 ########", "020-#######"], "DK": ["+45 2# ## ## ##"], "NO": ["+47 9## ## ###"],
 "IT": ["+39 34# ### ####", "06 #### ####"], "GR": ["+30 69# ### ####", "210 ### ####"], "TR": ["+90 53# ### ## ##", "0212 ### ## ##"],
 "UA": ["+380 67 ### ####", "+380 50 ### ## ##"], "RU": ["+7 916 ###-##-##", "8 (495) ###-##-##"], "GE": ["+995 59# ## ## ##"],
 "LB": ["+961 3 ### ###", "+961 71 ### ###"], "IQ": ["+964 770 ### ####", "+964 750 ### ####"], "IR": ["+98 912 ### ####", "+98 21 #### ####"],
 "KE": ["+254 7## ######", "0722 ######"], "ET": ["+251 91 ### ####"], "NG": ["+234 803 ### ####", "0805 ### ####"],
 "ZA": ["+27 82 ### ####", "021 ### ####"], "IN": ["+91 98### #####", "+91 80 #### ####"], "BD": ["+880 171#-######", "+880 2 #######"],
 "HK": ["+852 9### ####", "+852 2### ####"], "KR": ["+82 10-####-####", "010-####-####"], "AU": ["+61 4## ### ###", "(02) 9### ####"],
 "SG": ["+65 9### ####", "+65 6### ####"],
}
def phone(rng, cc): return fill(rng, rng.choice(PHONES[cc]))

# ---- identifiers
def card(rng, kind=None):
    kind = kind or rng.choice(["visa", "mc", "mc2", "amex", "disc"])
    pre, ln = {"visa": ("4" + digs(rng, 5), 16), "mc": (str(rng.randint(51, 55)) + digs(rng, 4), 16),
               "mc2": (str(rng.randint(2221, 2720)) + digs(rng, 2), 16), "amex": (rng.choice(["34", "37"]) + digs(rng, 4), 15),
               "disc": ("6011" + digs(rng, 2), 16)}[kind]
    body = pre + digs(rng, ln - len(pre) - 1)
    num = body + luhn_digit(body)
    sep = rng.choice([" ", "-", ""])
    if ln == 15: return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))
def bad_card(rng):
    c = card(rng, "visa").replace(" ", "").replace("-", "")
    c = c[:-1] + str((int(c[-1]) + 3) % 10); assert not luhn_ok(c)
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))

def rib_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
def es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {10: 1, 11: 0}.get(r, r)
    return f"{dc('00' + bank + branch)}{dc(acct)}"
def iban(rng, cc, spaced=None):
    r = rng
    if cc == "GB": b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digs(r, 14)
    elif cc == "IE": b = r.choice(["AIBK", "BOFI"]) + digs(r, 14)
    elif cc == "FR":
        bk, br, ac = digs(r, 5), digs(r, 5), digs(r, 11); b = bk + br + ac + rib_key(bk, br, ac)
    elif cc == "ES":
        bk, br, ac = digs(r, 4), digs(r, 4), digs(r, 10); b = bk + br + es_ccc(bk, br, ac) + ac
    elif cc == "NL": b = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digs(r, 10)
    elif cc == "IT": b = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digs(r, 22)
    elif cc == "GE": b = r.choice(["BG", "TB"]) + digs(r, 16)
    elif cc == "IQ": b = r.choice(["NBIQ", "RAFB"]) + digs(r, 15)
    elif cc == "BR": b = digs(r, 23) + "C" + r.choice("12")
    elif cc == "TR": b = digs(r, 5) + "0" + digs(r, 16)
    else:
        n = {"DE": 18, "AT": 16, "DK": 14, "NO": 11, "GR": 23, "UA": 25, "LB": 24, "BE": 12}[cc]
        b = digs(r, n)
    s = iban_make(cc, b); assert iban_ok(s)
    sp = r.random() < .6 if spaced is None else spaced
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if sp else s
def bad_iban(rng, cc="DE"):
    s = iban(rng, cc, False); s = s[:-1] + str((int(s[-1]) + 1) % 10); assert not iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def ssn(rng, sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a != 666: break
    return f"{a:03d}{sep}{rng.randint(1,99):02d}{sep}{rng.randint(1,9999):04d}"
def nhs(rng, spaced=True):
    while True:
        b = digs(rng, 9)
        r = 11 - sum(int(b[i]) * (10 - i) for i in range(9)) % 11
        r = 0 if r == 11 else r
        if r != 10: break
    s = b + str(r); assert nhs_ok(s)
    return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s
def bad_nhs(rng):
    s = nhs(rng, False)
    s = s[:9] + str((int(s[9]) + 1) % 10)
    if nhs_ok(s): return bad_nhs(rng)
    return f"{s[:3]} {s[3:6]} {s[6:]}"
def nino(rng, spaced=None):
    while True:
        p = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in NINO_BAD_PFX: break
    s = p + digs(rng, 6) + rng.choice("ABCD"); assert nino_ok(s)
    sp = rng.random() < .5 if spaced is None else spaced
    return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}" if sp else s
def sortcode(rng): return f"{rng.randint(1,99):02d}-{rng.randint(0,99):02d}-{rng.randint(0,99):02d}"
def dni(rng, nie=False):
    if nie:
        p = rng.choice("XYZ"); n = digs(rng, 7)
        s = p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
    else:
        n = "%08d" % rng.randint(1000000, 79999999); s = n + DNI_L[int(n) % 23]
    assert dni_ok(s); return s
def bad_dni(rng):
    s = dni(rng); s = s[:8] + DNI_L[(DNI_L.index(s[8]) + 5) % 23]; assert not dni_ok(s); return s
def nir(rng, sex, dob, spaced=True):
    dept = rng.choice(["75", "69", "13", "33", "59", "93", "44", "99"])
    com = "%03d" % rng.randint(1, 990)
    body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{com}{rng.randint(1,999):03d}"
    s = body + "%02d" % (97 - int(body) % 97); assert nir_ok(s)
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}" if spaced else s
def bad_nir(rng, sex, dob):
    s = nir(rng, sex, dob, False); k = (int(s[13:]) + 7) % 97
    s = s[:13] + "%02d" % k; assert not nir_ok(s)
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
def stid(rng, spaced=None):
    while True:
        ds = rng.sample("0123456789", 9)
        if ds[0] == "0": continue
        dup = rng.choice(ds[1:])
        pos = rng.randint(1, 9)
        body = "".join(ds[:pos] + [dup] + ds[pos:])
        if body[0] == "0" or len(body) != 10: continue
        s = body + stid_digit(body)
        if stid_ok(s): break
    sp = rng.random() < .4 if spaced is None else spaced
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if sp else s
def bad_stid(rng):
    s = stid(rng, False); s = s[:10] + str((int(s[10]) + 1) % 10); assert not stid_ok(s); return s
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A662", "D612", "C351", "A944", "L736"]
def cf(rng, p):
    def norm(s): return re.sub(r"[^A-Z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper())
    def part(s, given):
        s = norm(s); cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
        if given and len(cons) >= 4: return cons[0] + cons[2] + cons[3]
        return ("".join(cons + vow) + "XXX")[:3]
    d = p.dob
    s = part(p.family, False) + part(p.given, True) + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1] + \
        f"{d.day + (40 if p.sex == 'F' else 0):02d}" + rng.choice(BELFIORE)
    s += cf_char(s); assert cf_ok(s); return s
def bad_cf(rng, p):
    s = cf(rng, p); s = s[:15] + chr(65 + (ord(s[15]) - 65 + 3) % 26); assert not cf_ok(s); return s
def sin(rng, spaced=True):
    body = rng.choice("1234567") + digs(rng, 7); s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s
def bad_sin(rng):
    s = sin(rng, False); s = s[:8] + str((int(s[8]) + 4) % 10); assert not luhn_ok(s); return f"{s[:3]} {s[3:6]} {s[6:]}"
def cpf(rng, fmt=True):
    while True:
        d = [int(c) for c in digs(rng, 9)]
        if len(set(d)) > 1: break
    for n in (9, 10):
        r = sum(d[i] * (n + 1 - i) for i in range(n)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d)); assert cpf_ok(s)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s
def bad_cpf(rng):
    s = cpf(rng, False); s = s[:10] + str((int(s[10]) + 1) % 10); assert not cpf_ok(s)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
def aadhaar(rng, spaced=True):
    b = rng.choice("23456789") + digs(rng, 10); s = b + verhoeff_digit(b); assert verhoeff_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}" if spaced else s
def bad_aadhaar(rng):
    s = aadhaar(rng, False); s = s[:11] + str((int(s[11]) + 1) % 10); assert not verhoeff_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"
def nric(rng, prefix=None):
    p = prefix or rng.choice("STFG"); d = digs(rng, 7); s = p + d + nric_letter(p, d); assert nric_ok(s); return s
def mbi(rng, dashed=True):
    N1 = "123456789"; N = "0123456789"; Al = MBI_ALPHA; X = N + Al
    s = rng.choice(N1) + rng.choice(Al) + rng.choice(X) + rng.choice(N) + rng.choice(Al) + rng.choice(X) + \
        rng.choice(N) + rng.choice(Al) + rng.choice(Al) + rng.choice(N) + rng.choice(N)
    assert mbi_ok(s)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s

PASSPORT_FMT = {"GB": "#########", "IE": "@@#######", "US": "#########", "CA": "@@######", "MX": "@########",
    "BR": "@@######", "AR": "@@@######", "FR": "##@@#####", "DE": "C@#@##@##", "AT": "@#######", "NL": "@@#@##@##",
    "DK": "#########", "NO": "@@#######", "IT": "@@#######", "GR": "@@#######", "TR": "U########", "UA": "@@######",
    "RU": "## #######", "GE": "##@@#####", "LB": "LR#######", "IQ": "@########", "IR": "@########", "KE": "AK#######",
    "ET": "EP#######", "NG": "B########", "ZA": "A########", "IN": "@#######", "BD": "@@#######", "HK": "K########",
    "KR": "M########", "AU": "P@#######", "SG": "K#######@"}
def passport(rng, cc):
    if cc == "US" and rng.random() < .3: return fill(rng, "A########")
    return fill(rng, PASSPORT_FMT[cc])
def ptype(cc): return "US_PASSPORT" if cc == "US" else "PASSPORT"
PASS_LABEL = {"FR": "N° de passeport", "DE": "Reisepassnummer", "AT": "Reisepass-Nr.", "MX": "Número de pasaporte",
    "AR": "N.º de pasaporte", "BR": "Nº do passaporte", "IT": "Numero passaporto", "TR": "Pasaport No", "RU": "Номер паспорта",
    "UA": "Номер паспорта / Passport No.", "NL": "Paspoortnummer", "DK": "Pasnummer", "NO": "Passnummer",
    "GR": "Αριθμός διαβατηρίου", "GE": "პასპორტის ნომერი / Passport No", "LB": "رقم جواز السفر / Passport No",
    "IQ": "رقم الجواز", "IR": "شماره گذرنامه / Passport No", "KR": "여권번호", "CA": "Passport No. / No de passeport"}

DL_STATE = {  # state: (name, pattern)
    "CA": ("California", "@#######"), "FL": ("Florida", "@###-###-##-###-#"), "NY": ("New York", "### ### ###"),
    "TX": ("Texas", "########"), "IL": ("Illinois", "@###-####-####"), "PA": ("Pennsylvania", "## ### ###"),
    "WA": ("Washington", "WDL@@#@##@#"), "MI": ("Michigan", "@ ### ### ### ###"), "NJ": ("New Jersey", "@#### ##### #####"),
    "OH": ("Ohio", "@@######"), "GA": ("Georgia", "#########"), "AZ": ("Arizona", "@########"),
    "MA": ("Massachusetts", "S########"), "CO": ("Colorado", "##-###-####"), "WI": ("Wisconsin", "@###-####-####-##"),
    "MN": ("Minnesota", "@############"), "VA": ("Virginia", "@########"), "MD": ("Maryland", "@-###-###-###-###"),
    "NC": ("North Carolina", "############"), "OR": ("Oregon", "#######"), "NV": ("Nevada", "##########"),
}
def dl(rng, st): return fill(rng, DL_STATE[st][1])

DIAG = ["post-traumatic stress disorder", "type 1 diabetes mellitus", "asthma", "epilepsy", "hypertension",
        "Plasmodium falciparum malaria", "major depressive disorder", "coeliac disease", "atrial fibrillation",
        "sickle cell trait", "hypothyroidism", "generalised anxiety disorder", "tinnitus", "chronic hepatitis B",
        "multiple sclerosis", "lumbar disc herniation", "dengue fever", "migraine with aura", "Crohn's disease",
        "latent tuberculosis", "bipolar II disorder", "sarcoidosis", "acute stress reaction", "iron-deficiency anaemia",
        "perforated tympanic membrane", "typhoid fever", "alcohol use disorder", "Graves' disease", "HIV infection",
        "rheumatoid arthritis", "concussion", "ulcerative colitis"]
MEDS = ["sertraline", "insulin glargine", "salbutamol", "levetiracetam", "amlodipine", "atovaquone-proguanil",
        "doxycycline", "mefloquine", "levothyroxine", "apixaban", "propranolol", "Tenofovir", "Humira", "Ventolin",
        "lamotrigine", "prazosin", "mirtazapine", "ferrous sulfate", "ciprofloxacin", "Biktarvy", "naltrexone",
        "carbimazole", "methotrexate", "mesalazine", "isoniazid", "quetiapine", "Lantus", "Keppra", "ibuprofen"]
ICD = {"post-traumatic stress disorder": "F43.10", "type 1 diabetes mellitus": "E10.9", "asthma": "J45.909", "epilepsy": "G40.909",
       "hypertension": "I10", "Plasmodium falciparum malaria": "B50.9", "major depressive disorder": "F32.9", "coeliac disease": "K90.0",
       "atrial fibrillation": "I48.91", "sickle cell trait": "D57.3", "hypothyroidism": "E03.9", "generalised anxiety disorder": "F41.1",
       "tinnitus": "H93.19", "chronic hepatitis B": "B18.1", "multiple sclerosis": "G35", "dengue fever": "A90", "Crohn's disease": "K50.90",
       "acute stress reaction": "F43.0", "sarcoidosis": "D86.9", "concussion": "S06.0X0A", "typhoid fever": "A01.00", "HIV infection": "B20"}
BLOOD = ["O+", "O-", "A+", "A-", "B+", "AB+", "B-", "AB-"]

def ipv4(rng, kind=None):
    kind = kind or rng.choice(["doc", "doc", "priv", "pub"])
    if kind == "doc": return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if kind == "priv": return rng.choice([f"10.{rng.randint(0,255)}.{rng.randint(0,255)}.", f"172.{rng.randint(16,31)}.{rng.randint(0,255)}.",
                                          f"192.168.{rng.randint(0,255)}."]) + str(rng.randint(1, 254))
    return f"{rng.choice([81, 86, 91, 102, 145, 177, 185, 41, 196, 212])}.{rng.randint(1,254)}.{rng.randint(0,255)}.{rng.randint(1,254)}"
def ipv6(rng):
    return rng.choice(["2001:db8:", "2001:db8:85a3:", "2a02:c7c:"]) + ":".join("%x" % rng.randint(1, 0xffff) for _ in range(3)) + "::" + "%x" % rng.randint(1, 0xfff)
def imei(rng):
    b = "35" + digs(rng, 12); return b + luhn_digit(b)   # real IMEIs are Luhn-valid: a hard negative for cards
def issuer_card(raw):
    n = len(raw)
    return ((raw[0] == "4" and n in (13, 16, 19)) or (raw[:2] in ("51","52","53","54","55") and n == 16) or
            (2221 <= int(raw[:4]) <= 2720 and n == 16) or (raw[:2] in ("34", "37") and n == 15) or
            ((raw[:4] == "6011" or raw[:2] == "65") and n == 16) or (3528 <= int(raw[:4]) <= 3589 and n == 16))
def ver4(rng):  # version string that looks like an IPv4 but is not (last part > 255 or leading part > 255)
    return f"{rng.randint(1,12)}.{rng.randint(0,40)}.{rng.randint(0,99)}.{rng.randint(300,9999)}"
def slug(rng):
    return f"{rng.randint(2019,2026)}-{rng.randint(1,12):02d}-" + rng.choice(["grain-corridor-explainer", "tbilisi-protests-live",
        "lagos-flood-barrier-audit", "nhs-waiting-list-data", "mexico-city-water-rationing", "kyiv-power-grid-winter",
        "dhaka-garment-fire-inquiry", "norway-sovereign-fund-ethics", "beirut-port-blast-anniversary", "seoul-housing-bubble",
        "ethiopia-dam-talks", "johannesburg-loadshedding-q3", "athens-heatwave-tourism", "buenos-aires-inflation-tracker"])
def asset(rng): return rng.choice(["IMG", "VID", "AUD", "GFX"]) + f"_{rng.randint(2019,2026)}{rng.randint(1,12):02d}{rng.randint(1,28):02d}_{digs(rng,4)}" + rng.choice([".jpg", ".mp4", ".wav", ".png"])
NEWSDOM = "northgate-news.co.uk"
OUTLET = "The Northgate Courier"

# ----------------------------------------------------------------------------- templates
TEMPLATES = []
def tpl(fmt, count):
    def deco(fn): TEMPLATES.append((fn.__name__, fn, fmt, count)); return fn
    return deco

def taxid(r, p):
    """(label, Lab) national tax / identity number for a person's country, or None"""
    cc = p.cc
    if cc == "GB": return ("National Insurance No.", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)))
    if cc == "DE": return ("Steuerliche Identifikationsnummer (IdNr.)", L("DE_TAX_ID", stid(r)))
    if cc == "AT": return None
    if cc == "FR": return ("N° de sécurité sociale (NIR)", L("FR_NIR", nir(r, p.sex, p.dob, r.random() < .6)))
    if cc == "IT": return ("Codice fiscale", L("IT_FISCAL_CODE", cf(r, p)))
    if cc == "CA": return ("Social Insurance Number (SIN)", L("CA_SIN", sin(r, r.random() < .7)))
    if cc == "BR": return ("CPF", L("BR_CPF", cpf(r, r.random() < .8)))
    if cc == "IN": return ("Aadhaar No.", L("IN_AADHAAR", aadhaar(r, r.random() < .7)))
    if cc == "SG": return ("NRIC/FIN", L("SG_NRIC", nric(r)))
    if cc == "US": return ("SSN", L("US_SSN", ssn(r, r.choice(["-", "-", " "]))))
    if cc in ("MX", "AR"): return ("NIE (residencia en España)", L("ES_DNI", dni(r, True)))
    return None
def bankline(r, p):
    if p.cc == "GB": return ("Sort code / account", L("UK_BANK_ACCOUNT", f"{sortcode(r)} {digs(r, 8)}"))
    cc = {"MX": "ES", "AR": "ES", "CA": None, "US": None, "IN": None, "SG": None, "HK": None, "KR": None, "AU": None,
          "ZA": None, "KE": None, "NG": None, "ET": None, "BD": None, "IR": None, "RU": None}.get(p.cc, p.cc)
    if cc is None: return None
    return ("IBAN", L("IBAN", iban(r, cc)))

@tpl("form", 4)
def form_freelancer(r, d, i):
    cc = ["GB", "DE", "FR", "CA", "IT", "BR", "IN", "SG", "MX", "US"][i * 2 + (r.random() < .5)]
    p = Person(r, cc)
    lines = addr(r, cc)
    d.w(f"{OUTLET.upper()} — CONTRIBUTOR ONBOARDING (Form FC-7)\n", "Commissioning desk: ", r.choice(["Foreign", "Features", "Picture desk", "Audio"]),
        "\nSubmitted via: portal upload, converted from PDF\n\n")
    d.w("1. Legal name ......... ", P(p.full()), "\n")
    d.w("   Byline / pen name .. ", r.choice(["same as legal name", "none"]), "\n")
    d.w("2. Date of birth ...... ", DOB(fdate(r, p.dob)), "\n")
    d.w("3. Home address ....... ", A("\n                        ".join(lines)), "\n")
    d.w("4. E-mail ............. ", E(p.email(r)), "\n5. Mobile ............. ", PH(phone(r, cc)), "\n")
    tx = taxid(r, p)
    if tx: d.w(f"6. {tx[0]} ... ", tx[1], "\n")
    bk = bankline(r, p)
    if bk: d.w(f"7. {bk[0]} ........ ", bk[1], "\n")
    else: d.w("7. Payment ............ via Wise / PayPal to the e-mail above\n")
    d.w("8. Contract ref ....... ", f"FC-{r.randint(2024,2026)}-{digs(r,5)}", "   Rate card: ", r.choice(["B2", "C1", "A3"]), "\n")
    d.w("9. Signed ............. ", P(p.initial()), f"   Date: {fdate(r, rdate(r, 2025, 2026), 'iso')}\n")

@tpl("form", 4)
def form_hefat(r, d, i):
    cc = ["TR", "UA", "LB", "IR"][i] if i < 4 else r.choice(["GB", "IE", "NO", "DK", "NL", "US", "CA", "AU", "ZA", "KE"])
    p = Person(r, cc); nok = Person(r, cc)
    dest = r.choice(["Kharkiv oblast", "Khartoum", "Sinjar, Nineveh", "Goma", "Rafah crossing", "Tigray (Mekelle)", "Nagorno-Karabakh border"])
    d.w("HOSTILE ENVIRONMENT DEPLOYMENT FILE — HIGH RISK\n", f"Deployment ID: HE-{r.randint(2025,2026)}-{digs(r,4)}   Destination: {dest}\n",
        "Security adviser sign-off required (see HE policy v", ver4(r), ")\n\n")
    d.w("Staff member: ", P(p.formal()), "\nStaff no.: ", f"NGC{digs(r,6)}", "\n")
    d.w(r.choice(["Date of birth: ", "DOB: ", "Born: "]), DOB(fdate(r, p.dob)), "\n")
    lab = PASS_LABEL.get(cc, "Passport No.")
    d.w(f"Nationality: {cc}   {lab}: ", L(ptype(cc), passport(r, cc)), f"   Expires: {fdate(r, rdate(r, 2027, 2034), 'dMy')}\n")
    if r.random() < .5:
        cc2 = r.choice(["IE", "IT", "GR", "NL", "NO", "DK"]); d.w(f"Second passport ({cc2}) — {PASS_LABEL.get(cc2, 'Passport No.')}: ", L(ptype(cc2), passport(r, cc2)), "\n")
    d.w(f"Visa / permit ref: {r.choice(['UA','SD','IQ','CD'])}-ACR-{digs(r,6)} (not a passport number)\n")
    d.w(f"Blood group: {r.choice(BLOOD)}\n")
    if r.random() < .75:
        dx = r.sample(DIAG, 2); rx = r.sample(MEDS, 2)
        d.w("Declared medical conditions: ", DX(dx[0]), "; ", DX(dx[1]), "\n", "Regular medication: ", RX(rx[0]), ", ", RX(rx[1]),
            f" (carry {r.randint(2,3)}x supply)\n")
    else:
        d.w("Declared medical conditions: none declared\nRegular medication: none\n")
    d.w("Allergies: NKDA\n\nNEXT OF KIN\nName: ", P(nok.full()), f"   Relationship: {r.choice(['spouse','mother','partner','brother','daughter'])}\n",
        "Phone: ", PH(phone(r, cc)), "\nAddress: ", A(addr1(r, cc)), "\n\n")
    d.w("Proof-of-life questions: Q1 first school's street -> [sealed]   Q2 name of first pet -> [sealed]\n",
        "Tracking: Garmin inReach ", f"IMEI {imei(r)}", "\nK&R insurer policy: ", f"HX/{digs(r,7)}/26", "\n")

@tpl("form", 3)
def form_dd_mandate(r, d, i):
    if i % 3 != 2:
        p = Person(r, "GB"); lines = addr(r, "GB")
        d.w("Instruction to your bank or building society to pay by Direct Debit\n", "Service user number: ", digs(r, 6),
            f"   Reference: NGC-SUB-{digs(r,8)}\n\n", "Name(s) of account holder(s): ", P(p.full()), "\n")
        if i % 3 == 0:
            d.w("Bank/building society account number and branch sort code: ", L("UK_BANK_ACCOUNT", f"{sortcode(r)} {digs(r,8)}"), "\n")
        else:
            d.w("Branch sort code: ", sortcode(r), "\nBank/building society account number: ", L("UK_BANK_ACCOUNT", digs(r, 8)), "\n")
        d.w("Postal address: ", A("\n                ".join(lines)), "\n", "Plan: Digital + Saturday print, £", f"{r.randint(9,24)}.99/month\n",
            "Signature: [signed]   Date: ", fdate(r, rdate(r, 2025, 2026), "dmy/"), "\n")
    else:
        cc = r.choice(["DE", "AT", "NL", "FR"]); p = Person(r, cc)
        d.w("SEPA-Lastschriftmandat / SEPA Direct Debit Mandate\n", f"Gläubiger-ID: DE98ZZZ0{digs(r,10)}   Mandatsreferenz: NGCEU{digs(r,9)}\n\n",
            "Kontoinhaber / Account holder: ", P(p.full()), "\nAnschrift / Address: ", A(addr1(r, cc)), "\nIBAN: ", L("IBAN", iban(r, cc)),
            f"\nBIC: {r.choice(['COBADEFFXXX','INGBNL2A','BNPAFRPP','BKAUATWW'])}\n", "E-Mail: ", E(p.email(r)), "\n",
            "Ort, Datum: ", r.choice(["Berlin", "Wien", "Utrecht", "Lyon"]), ", ", fdate(r, rdate(r, 2025, 2026), "dmy."), "\n")

@tpl("form", 2)
def form_blank(r, d, i):
    d.w(f"{OUTLET} — {'Contributor Onboarding' if i == 0 else 'Travel Risk Assessment'} (BLANK TEMPLATE v{r.randint(3,9)}.{r.randint(0,9)})\n\n",
        "Full Name: ______________________\nDate Of Birth: DD / MM / YYYY\nPassport Number: [         ]\n",
        "National Insurance Number (e.g. QQ 12 34 56 C): ______\nSort Code: __-__-__   Account Number: ________\n",
        "IBAN: GB00 XXXX 0000 0000 0000 00\nEmail Address: ____________@__________\nPhone: +44 (0)XXXX XXXXXX\n",
        "Next Of Kin: Firstname Lastname\nMedical Conditions: ____________\nBlood Group: ___\n\n",
        "Guidance: do not send card numbers by email. Example entries use the fictional contributor \"Jane Doe\".\n",
        f"Form ID: {asset(r)}  Approved by Legal, {r.choice(['Martin Luther King Jr. Day','Bank Holiday Monday','Boxing Day'])} edition\n")

@tpl("form", 3)
def form_takedown(r, d, i):
    us = i == 0 or r.random() < .3
    p = Person(r, "US" if us else r.choice(["GB", "IE", "AU", "NL", "ZA"]))
    d.w("TAKEDOWN / DE-INDEXING REQUEST — web form submission #", f"TD{digs(r,6)}", "\n", f"Received: {fdate(r, rdate(r,2026,2026),'iso')}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:11Z\n\n")
    d.w("Your name: ", P(p.full()), "\nEmail: ", E(p.email(r)), "\nTelephone: ", PH(phone(r, p.cc)), "\n")
    d.w("URL of article: https://", NEWSDOM, "/news/", slug(r), "\n")
    dx = r.choice(DIAG)
    d.w("Reason for request:\n", r.choice([f"The article from 2019 says I was treated for ", f"Your reporter disclosed that I have "]), DX(dx),
        r.choice([". I was a private individual and never consented.", " — this was never in the public domain and my employer found it."]), "\n")
    if us:
        st = r.choice(list(DL_STATE)); name, _ = DL_STATE[st]
        d.w(f"Proof of identity: {name} driver license no. ", L("DRIVER_LICENSE", dl(r, st)), "\n")
    else:
        d.w(f"Proof of identity: passport ({p.cc}) ", L(ptype(p.cc), passport(r, p.cc)), "\n")
    d.w("Legal basis ticked: [x] GDPR Art. 17   [ ] defamation   [ ] court order\nAssigned: Standards editor (queue STD-2)\n")

@tpl("form", 4)
def form_accreditation(r, d, i):
    cc = ["US", "FR", "KR", "DE"][i] if i < 4 else r.choice(["MX", "TR", "RU", "UA", "NL", "IT", "GR", "GE", "IR", "BR", "AR", "NO"])
    p = Person(r, cc)
    ev = r.choice(["Munich Security Conference", "COP31 Antalya", "NATO Summit", "G20 Johannesburg", "Africa Energy Forum"])
    lab = PASS_LABEL.get(cc, "Passport No.")
    d.w(f"MEDIA ACCREDITATION — {ev}\nApplicant organisation: {OUTLET}\n\n")
    d.w("Surname / Nom / Nachname: ", P(p.family.upper()), "\nGiven names / Prénoms / Vornamen: ", P(p.given), "\n")
    d.w("Date of birth / Date de naissance / Geburtsdatum: ", DOB(fdate(r, p.dob, "dmy.")), "\n")
    d.w(f"Nationality: {cc}\n{lab}: ", L(ptype(cc), passport(r, cc)), "\n")
    d.w("Role: ", r.choice(["photographer", "correspondent", "camera operator", "producer"]), "\nE-mail: ", E(p.email(r, NEWSDOM)),
        "\nMobile (on site): ", PH(phone(r, cc)), "\n")
    d.w(f"Badge category: M{r.randint(1,4)}   Photo file: {asset(r)}\n")

@tpl("form", 2)
def form_w9(r, d, i):
    p = Person(r, "US"); st = r.choice(list(DL_STATE)); name, _ = DL_STATE[st]
    d.w("Request for Taxpayer Identification Number — US contributor (substitute form)\n", "Line 1 Name (as shown on your income tax return): ",
        P(p.full()), "\nLine 3 Federal tax classification: Individual/sole proprietor\n", "Line 5 Address: ", A(addr1(r, "US")), "\n")
    d.w("Part I Social security number: ", L("US_SSN", ssn(r, "-" if i == 0 else " ")), "\n")
    d.w("Previous submission (rejected, masked): XXX-XX-", digs(r, 4), "\n")
    if i == 1: d.w("US passport (for travel payments): ", L("US_PASSPORT", passport(r, "US")), "\n")
    d.w(f"Secondary ID: driver's license, state of issue {name} ({st}): ", L("DRIVER_LICENSE", dl(r, st)), "\n",
        "Payee e-mail: ", E(p.email(r)), "\nInvoice series: INV-", digs(r, 6), "\n")

# ---- clinical
def clinid(r, p):
    if p.cc == "GB": return ("NHS No", L("UK_NHS_NUMBER", nhs(r, r.random() < .7)))
    return ("MRN", L("MEDICAL_RECORD_NUMBER", r.choice([f"MRN{digs(r,7)}", f"{digs(r,2)}-{digs(r,6)}", f"H{digs(r,8)}", f"RX{digs(r,6)}"])))

@tpl("clinical_note", 3)
def cn_occhealth(r, d, i):
    if i % 2 == 1: return alt_cn_occhealth(r, d, i)
    cc = r.choice(["GB", "GB", "IE", "KE", "UA", "AU", "NG", "DK"]); p = Person(r, cc)
    dx, dx2 = r.sample(DIAG, 2); rx = r.choice(MEDS); neg = r.choice([x for x in DIAG if x not in (dx, dx2)])
    place = r.choice(["eastern Ukraine", "South Sudan", "northern Iraq", "the Sahel", "Gaza", "Haiti"])
    lab, v = clinid(r, p)
    d.w("OCCUPATIONAL HEALTH — POST-ASSIGNMENT REVIEW\n", "Employee: ", P(p.full()), f"   {lab}: ", v, "   DOB: ", DOB(fdate(r, p.dob, "dmy/")), "\n",
        f"Clinician: Dr ", P(Person(r, "GB").full()), f", OH physician   Seen: {fdate(r, rdate(r,2026,2026), 'dMy')}\n\n")
    d.w(f"S: {p.given} returned from {r.randint(3,11)} weeks in {place}. Reports poor sleep and hypervigilance; describes the rota as ",
        "\"a total migraine\" but denies actual headaches. ")
    d.w("Background of ", DX(dx), " (stable). ", f"No history of {neg}. Denies suicidal ideation.\n")
    d.w(f"O: BP {r.randint(110,145)}/{r.randint(70,95)}, HR {r.randint(58,96)}. PCL-5 score {r.randint(20,55)}.\n")
    d.w("A: ", DX(dx2), r.choice([" — new diagnosis.", ", likely related to assignment exposure."]), f" Malaria screen negative; {r.choice(['dengue','typhoid'])} ruled out.\n")
    d.w("P: Start ", RX(rx), f" {r.choice(['50 mg','25 mg','100 mg'])} {r.choice(['od','nocte','bd'])}. Refer to trauma-focused CBT (EAP ref EAP-{digs(r,5)}). ",
        "Not fit for hostile-environment deployment for 3 months. Line manager informed of fitness outcome only.\n")

@tpl("clinical_note", 2)
def cn_eap(r, d, i):
    p = Person(r); dx = r.choice(["acute stress reaction", "generalised anxiety disorder", "major depressive disorder", "post-traumatic stress disorder"])
    d.w("EMPLOYEE ASSISTANCE PROGRAMME — REFERRAL NOTE (confidential)\nClient: ", P(p.full()), f"  (picture desk, client code EAP-{digs(r,5)})\n",
        "Referred by: ", P(Person(r).full()), " (Head of Newsgathering)\n\n")
    d.w("Presenting issue: repeated exposure to graphic user-generated content during verification shifts. ")
    d.w("Screening consistent with ", DX(dx), ". ")
    d.w(f"Context: published studies of news staff handling UGC report secondary-trauma symptoms in {r.randint(20,40)}.{r.randint(0,9)}% of respondents; ",
        "this is population data, not a finding about the client.\n")
    d.w("Current medication per client: ", RX(r.choice(["sertraline", "propranolol", "mirtazapine", "prazosin"])), ".\n")
    d.w("Note: the client joked that the newsroom was in \"a depression of its own\" after the ad-revenue figures; not a clinical statement.\n",
        "Plan: 6 sessions; review in 4 weeks.\n")

@tpl("discharge_summary", 3)
def ds_medevac(r, d, i):
    cc = r.choice(["GB", "US", "FR", "DE", "IT", "NO", "IE", "CA"]); p = Person(r, cc); nok = Person(r, cc)
    lab, v = clinid(r, p)
    adm = rdate(r, 2026, 2026)
    dx1, dx2 = r.sample(DIAG, 2); m1, m2, m3 = r.sample(MEDS, 3)
    hosp = r.choice(["St Mary's Hospital, Paddington", "King's College Hospital", "Landstuhl Regional Medical Center", "Hôpital Bégin"])
    d.w(f"DISCHARGE SUMMARY — {hosp}\n", "Patient: ", P(p.formal()), f"\n{lab}: ", v, "\nDate of birth: ", DOB(fdate(r, p.dob, r.choice(["dmy/", "dMy"]))), "\n",
        f"Admitted: {fdate(r, adm, 'dmy/')} (aeromedical transfer from {r.choice(['Erbil','Kyiv','Nairobi','Beirut'])})   Discharged: {fdate(r, adm + _dt.timedelta(days=r.randint(2,12)), 'dmy/')}\n\n")
    d.w("Primary diagnosis: ", DX(dx1), "\nSecondary: ", DX(dx2), "\nExcluded: pulmonary embolism (CTPA negative)\n\n")
    d.w(f"Course: {p.given} was injured while reporting; blast-related ", DX("perforated tympanic membrane"), " noted on day 2. ",
        "Family history of Huntington's disease in a paternal relative was mentioned; patient untested.\n\n")
    d.w("Medications on discharge:\n  - ", RX(m1), f" {r.choice(['5 mg','10 mg','500 mg'])} PO daily\n  - ", RX(m2), " as required\n  - ", RX(m3),
        f" {r.choice(['200 mg','1 g'])} twice daily for 5 days\n\n")
    d.w("Next of kin: ", P(nok.full()), " — ", PH(phone(r, cc)), "\nGP: ", P("Dr " + Person(r, cc).family if False else Person(r, cc).full()), ", ",
        A(addr1(r, cc)), "\nFollow-up: ENT clinic 6 weeks. Employer OH informed with consent.\n")

@tpl("lab_report", 2)
def lab_predeploy(r, d, i):
    p = Person(r, r.choice(["GB", "US", "AU", "ZA", "IN", "KR"])); lab, v = clinid(r, p)
    d.w("NORTHGATE TRAVEL HEALTH LABORATORY            ACC# ", f"L{digs(r,9)}", "\n", "-" * 64, "\n")
    d.w("PATIENT : ", P(p.formal()), "\n", f"{lab:<8}: ", v, "\nDOB     : ", DOB(fdate(r, p.dob, "dmon")), f"   SEX: {p.sex}\n")
    d.w(f"ORDERED : pre-deployment panel        COLLECTED: {fdate(r, rdate(r,2026,2026), 'iso')} 08:{r.randint(10,59)}\n", "-" * 64, "\n")
    hb = r.randint(95, 150)
    rows = [("ABO/Rh", r.choice(BLOOD), ""), ("Hb", str(hb), "g/L  (120-160)"), ("Ferritin", str(r.randint(4, 90)), "ug/L (30-300)"),
            ("HBsAg", r.choice(["Reactive", "Non-reactive"]), ""), ("Anti-HBs", str(r.randint(0, 900)), "mIU/mL"), ("G6PD", "Normal", "")]
    for a, b, c in rows: d.w(f"{a:<10}{b:>14}   {c}\n")
    d.w("-" * 64, "\nINTERPRETATION: ")
    if hb < 120: d.w("Findings consistent with ", DX("iron-deficiency anaemia"), ". Suggest ", RX("ferrous sulfate"), " and repeat in 8 weeks.\n")
    else: d.w("No abnormality requiring action. ", DX("sickle cell trait"), " previously documented; no change.\n")
    d.w(f"Verified by: BMS {r.choice(['J','K','T'])}{digs(r,4)}  Report ID {digs(r,4)}-{digs(r,4)}-{digs(r,4)}\n")

@tpl("lab_report", 1)
def lab_qc(r, d, i):
    d.w("QC SUMMARY — analyser AU5800-2   lot ", f"{digs(r,6)}", "\n")
    for a in ["ALT", "AST", "CRP", "Ferritin", "HbA1c"]:
        d.w(f"{a:<10} level1 {r.uniform(10,90):6.1f}  level2 {r.uniform(90,300):6.1f}  CV {r.uniform(0.8,4.5):.1f}%  Westgard: pass\n")
    d.w("Reagent firmware ", ver4(r), "; calibrator OID 2.16.840.1.113883.6.1. No patient results in this file.\n")

def hl7city(l):
    m = re.fullmatch(r"(.+), ([A-Z]{2}) (\d{5})", l)
    if m: return "^".join(m.groups())
    return l.replace(", ", "^")

@tpl("hl7", 3)
def hl7_adt(r, d, i):
    cc = ["US", "US", "GB", "CA"][i] if i < 4 else r.choice(["US", "AU"]); p = Person(r, cc); nok = Person(r, cc); sep = "\r" if i % 2 else "\n"
    lines = addr(r, cc); street = lines[0]
    mrn = digs(r, 8); dx = r.choice(DIAG); ts = f"2026{r.randint(1,12):02d}{r.randint(1,28):02d}{r.randint(0,23):02d}{r.randint(0,59):02d}"
    d.w(f"MSH|^~\\&|EPIC|NGMC|OHSYS|NORTHGATE|{ts}||ADT^A01|MSG{digs(r,8)}|P|2.5.1", sep)
    d.w(f"EVN|A01|{ts}", sep)
    d.w("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn), "^^^NGMC^MR||", P(f"{p.family.upper()}^{p.given.upper()}^{r.choice('ABCDEJKLMR')}"), "||",
        DOB(fdate(r, p.dob, "hl7")), f"|{p.sex}|||", A(street + "^^" + hl7city(lines[1])), "||", PH(phone(r, cc)), sep)
    d.w("NK1|1|", P(f"{nok.family.upper()}^{nok.given.upper()}"), f"|{r.choice(['SPO^Spouse','PAR^Parent','SIB^Sibling'])}|||", PH(phone(r, cc)), sep)
    d.w(f"PV1|1|I|W4^412^B^NGMC||||{digs(r,10)}^ATTENDING^DOC|||MED", sep)
    d.w(f"DG1|1|I10|{ICD.get(dx, 'R69')}^", DX(dx), "^I10||", ts, "|A", sep)
    if cc == "US":
        if i == 0:
            d.w(f"IN1|1|MCR|CMS|Medicare Part A||||||||||||||||||||||||||||||||||", L("US_MBI", mbi(r, False)), sep)
        else:
            d.w(f"IN1|1|PPO01|{digs(r,5)}|Aetna Choice POS II|||||GRP{digs(r,6)}|||||||||||||||||||||||||||", L("HEALTH_PLAN_ID", f"W{digs(r,9)}"), sep)
    d.w(f"OBX|1|NM|8480-6^Systolic BP^LN||{r.randint(100,150)}|mm[Hg]|||||F", sep)

@tpl("fhir_json", 3)
def fhir_bundle(r, d, i):
    cc = r.choice(["US", "GB", "CA", "AU", "IE"]); p = Person(r, cc); dx, ref = r.sample(DIAG, 2); rx = r.choice(MEDS)
    line = addr(r, cc)[0]
    ident = [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": L("MEDICAL_RECORD_NUMBER", f"NG{digs(r,7)}")}]
    if cc == "GB": ident.append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r, False))})
    if cc == "US" and i != 1: ident.append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": L("US_MBI", mbi(r, False))})
    pat = {"resourceType": "Patient", "id": f"pat-{digs(r,5)}", "identifier": ident,
           "name": [{"family": P(p.family), "given": [P(p.given)]}], "gender": "male" if p.sex == "M" else "female",
           "birthDate": DOB(p.dob.isoformat()), "telecom": [{"system": "phone", "value": PH(phone(r, cc))}, {"system": "email", "value": E(p.email(r))}],
           "address": [{"line": [A(line)], "city": "(see line)", "country": cc}]}
    ents = [{"resource": pat},
            {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                          "code": {"text": DX(dx)}, "subject": {"reference": "Patient/" + pat["id"]}}},
            {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, "code": {"text": ref},
                          "note": [{"text": "Suspected on triage; excluded after work-up."}]}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": RX(rx)},
                          "dosage": [{"text": "as directed"}]}},
            {"resource": {"resourceType": "Coverage", "status": "active", "payor": [{"display": r.choice(["Bupa Global", "Cigna Global Health", "Allianz Care"])}],
                          "subscriberId": L("HEALTH_PLAN_ID", f"{r.choice(['BG','CG','AZ'])}{digs(r,9)}"), "class": [{"type": {"text": "group"}, "value": f"GRP-{digs(r,5)}"}]}}]
    jemit(d, {"resourceType": "Bundle", "type": "collection", "id": f"ohs-export-{digs(r,6)}", "entry": ents})
    d.t("\n")

@tpl("fhir_json", 1)
def fhir_valueset(r, d, i):
    jemit(d, {"resourceType": "ValueSet", "id": "hefat-exclusion-conditions", "version": ver4(r), "status": "active",
              "description": "Conditions that trigger an occupational-health review before hostile-environment deployment. Catalogue only; no patient data.",
              "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10", "concept": [{"code": c, "display": t} for c, t in
                          [("F43.1", "Post-traumatic stress disorder"), ("E10", "Type 1 diabetes mellitus"), ("G40", "Epilepsy"), ("D57.3", "Sickle-cell trait"), ("B18.1", "Chronic viral hepatitis B")]]}]}})
    d.t("\n")

@tpl("clinical_note", 2)
def cn_travel(r, d, i):
    p = Person(r, r.choice(["GB", "NL", "IE", "HK", "BD", "ET", "NG"])); lab, v = clinid(r, p)
    dx = r.choice(["sickle cell trait", "coeliac disease", "asthma", "hypothyroidism", "epilepsy"])
    d.w("TRAVEL CLINIC NOTE\n", "Name: ", P(p.full()), f"   {lab}: ", v, "\nDOB: ", DOB(fdate(r, p.dob, "iso")), "\n",
        f"Trip: {r.choice(['Juba','Kinshasa','Port-au-Prince','Maiduguri'])}, {r.randint(2,8)} weeks, assignment for {OUTLET}\n")
    d.w("PMH: ", DX(dx), ". No history of cardiac disease.\n")
    d.w("Vaccines given: yellow fever (batch ", f"YF{digs(r,5)}", "), typhoid Vi, rabies pre-exposure dose 1.\n")
    d.w("Malaria prophylaxis: ", RX(r.choice(["atovaquone-proguanil", "doxycycline"])), " daily, start 2 days before travel.\n")
    d.w("Standby: ", RX("ciprofloxacin"), " 500 mg for travellers' diarrhoea.\n")

# ---- structured
@tpl("csv", 3)
def csv_crm(r, d, i):
    delim = ","
    if i == 2:
        srow(d, ["subscriber_id", "given_name", "family_name", "email", "mobile", "street", "town_postcode", "plan", "card_last4", "iban", "signup_ip"])
    else:
        srow(d, ["subscriber_id", "given_name", "family_name", "email", "mobile", "street", "town_postcode", "plan", "card_last4", "churn_risk"])
    for k in range(r.randint(4, 6)):
        cc = r.choice(["GB", "GB", "IE", "DE", "NL", "FR", "DK", "NO", "AT"]) if i == 2 else r.choice(["GB", "GB", "IE", "AU", "ZA"])
        p = Person(r, cc); lines = addr(r, cc)
        pc = lines[-1]
        row = [f"SUB{digs(r,7)}", P(p.given), P(p.family), E(p.email(r)), PH(phone(r, cc)) if r.random() < .8 else "",
               A(lines[0]), pc, r.choice(["digital", "print+digital", "weekend", "student"]), digs(r, 4)]
        if i == 2:
            row += [L("IBAN", iban(r, cc, False)) if cc != "GB" and r.random() < .7 else "", IP(ipv4(r))]
        else:
            row += [f"{r.random():.2f}"]
        srow(d, row, delim)

@tpl("tsv", 2)
def tsv_payments(r, d, i):
    srow(d, ["payee", "country", "tax_id_type", "tax_id", "sort_code", "account_or_iban", "amount", "currency", "invoice", "commission"], "\t")
    for k in range(r.randint(3, 6)):
        cc = r.choice(["GB", "DE", "FR", "IT", "BR", "CA", "IN", "SG", "MX", "UA", "LB", "GE", "TR", "KE"])
        p = Person(r, cc); tx = taxid(r, p)
        if cc == "GB":
            sc, acct = sortcode(r), L("UK_BANK_ACCOUNT", digs(r, 8))
        else:
            bk = bankline(r, p); sc = ""
            acct = bk[1] if bk else ("paypal:" + p.email(r) if False else "PayPal")
        row = [P(p.full()), cc, tx[0].split(" (")[0] if tx else "none", tx[1] if tx else "", sc, acct,
               f"{r.randint(80,2400)}.{r.choice(['00','50'])}", r.choice(["GBP", "EUR", "USD"]), f"INV-{digs(r,6)}", slug(r)]
        srow(d, row, "\t")

@tpl("json", 4)
def json_cms_draft(r, d, i):
    if i == 3:
        jemit(d, {"id": f"cms-{digs(r,7)}", "slug": slug(r), "status": "draft", "byline": "Courier Staff and agencies",
                  "headline": "Heatwave closes Acropolis for third day as temperatures hit 44C",
                  "body": "Authorities said 1,284 visitors were turned away on Tuesday. The Hellenic National Meteorological Service forecast relief by the weekend.",
                  "assets": [asset(r), asset(r)], "legal": {"flag": False, "reviewer": None}, "cms_version": ver4(r)})
        d.t("\n"); return
    rep = Person(r, r.choice(["GB", "IE", "KE", "IN", "UA"])); pub = Person(r, r.choice(["GB", "NG", "GE", "TR", "ZA"]))
    priv = Person(r, r.choice(COUNTRIES)); dx = r.choice(["multiple sclerosis", "epilepsy", "HIV infection", "bipolar II disorder"])
    body = Mix("Residents of ", r.choice(["Tower Hamlets", "Soweto", "Kadıköy", "Tbilisi's Vake district"]), " say the eviction notices arrived without warning. ",
               "\"We were told nothing,\" said ", P(priv.full()), f", {r.randint(24,80)}, who has lived at ", A(addr1(r, priv.cc)),
               " since 2009 and has ", DX(dx), ". Housing minister ", P(pub.full()), " said the programme was \"lawful and overdue\".")
    jemit(d, {"id": f"cms-{digs(r,7)}", "slug": slug(r), "status": r.choice(["draft", "legal-review"]), "byline": [P(rep.full())],
              "author_email": E(rep.email(r, NEWSDOM)), "headline": "Families face eviction as regeneration scheme accelerates",
              "body": body, "notes_to_desk": Mix("Legal: remove house number before publication. Contact ", P(priv.given), " on ", PH(phone(r, priv.cc)), " for right of reply."),
              "assets": [asset(r)], "word_count": r.randint(600, 1400), "embargo": None})
    d.t("\n")

@tpl("ndjson", 3)
def ndjson_analytics(r, d, i):
    for k in range(r.randint(5, 7)):
        ev = {"ts": f"2026-{r.randint(1,12):02d}-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}.{digs(r,3)}Z",
              "event": r.choice(["page_view", "scroll_75", "paywall_hit", "subscribe_click", "video_start"]), "article": slug(r)}
        if i == 2:
            ev["client_ip"] = ".".join(ipv4(r, "doc").split(".")[:3]) + ".0/24"
            ev["uid"] = "anon-" + "%x" % r.getrandbits(48)
        else:
            ev["client_ip"] = IP(ipv6(r) if r.random() < .3 else ipv4(r))
            ev["uid"] = f"u{digs(r,9)}"
            if r.random() < .3: ev["email_hash"] = "%032x" % r.getrandbits(128)
        ev["app"] = f"courier-web/{ver4(r)}"
        jemit(d, ev, compact=True); d.t("\n")

@tpl("yaml", 2)
def yaml_hefat(r, d, i):
    cc = r.choice(["GB", "IE", "AU", "CA", "NZ" if False else "ZA", "NO", "DK", "NL"]); p = Person(r, cc); nok = Person(r, cc)
    lines = addr(r, cc)
    d.w("# HEFAT roster entry — generated by travel-risk-sync ", ver4(r), "\n", "staff:\n  name: ", P(p.full()), "\n  staff_no: ", f"NGC{digs(r,6)}",
        "\n  date_of_birth: ", DOB(p.dob.isoformat()), f"\n  blood_group: \"{r.choice(BLOOD)}\"\n")
    d.w(f"  passport:\n    country: {cc}\n    number: ", L(ptype(cc), passport(r, cc)), f"\n    expiry: {rdate(r, 2027, 2035).isoformat()}\n")
    if i == 0:
        d.w("  medical:\n    conditions:\n      - ", DX(r.choice(DIAG)), "\n    medication:\n      - ", RX(r.choice(MEDS)), "\n")
    else:
        d.w("  medical:\n    conditions: []   # none declared\n    medication: []\n")
    d.w("  next_of_kin:\n    name: ", P(nok.full()), "\n    phone: \"", PH(phone(r, cc)), "\"\n    address: |\n      ", A("\n      ".join(lines)), "\n")
    d.w(f"deployment:\n  region: {r.choice(['Donbas','Darfur','Kurdistan Region','Sahel'])}\n  course_cert: HEFAT-{digs(r,5)}\n")

@tpl("json", 3)
def json_archive(r, d, i):
    ph = Person(r, r.choice(COUNTRIES)); subj = Person(r, r.choice(COUNTRIES))
    if i == 2:
        cap = "Crowds gather in Taksim Square on May Day; police water cannon in the background."
        credit = "Courier Archive / staff"
    else:
        cap = Mix(P(subj.full()), r.choice([" at her shop in ", " outside his home in ", " with relatives in "]), r.choice(["Mariupol", "Soweto", "Chittagong", "Mosul"]),
                  f", {r.randint(1995,2024)}.")
        credit = Mix("Photo: ", P(ph.full()), f" for {OUTLET}")
    jemit(d, {"asset_id": asset(r), "archive_ref": f"ARC/{r.randint(1970,2024)}/{digs(r,5)}", "caption": cap, "credit": credit,
              "keywords": ["archive", r.choice(["conflict", "elections", "labour", "floods"])], "rights": r.choice(["staff", "agency-licensed", "syndication-blocked"]),
              "exif": {"camera": "NIKON Z 9", "firmware": f"C:{r.randint(3,5)}.{r.randint(0,20)}", "gps": None}, "digitised": f"{r.randint(2010,2025)}-{r.randint(1,12):02d}"})
    d.t("\n")

@tpl("csv", 1)
def csv_moderation(r, d, i):
    srow(d, ["comment_id", "article_slug", "handle", "account_email", "ip", "action", "reason", "moderator"])
    for k in range(r.randint(4, 6)):
        p = Person(r); m = Person(r, "GB")
        srow(d, [f"c{digs(r,9)}", slug(r), r.choice(["truthseeker77", "ManchesterMum", "Gonzo_Reader", "kyivwatcher", "nobody_special"]),
                 E(p.email(r)), IP(ipv4(r)), r.choice(["removed", "approved", "shadowban", "escalated"]),
                 r.choice(["personal abuse", "off-topic", "doxxing attempt", "spam link", "none"]), P(m.given)])

@tpl("json", 2)
def json_billing(r, d, i):
    p = Person(r, r.choice(["GB", "US", "IE", "CA", "AU"]))
    if i == 0:
        pm = {"type": "card", "brand": "visa", "last4": digs(r, 4), "display": "•••• •••• •••• " + digs(r, 4), "exp": "11/28"}
    else:
        pm = {"type": "card", "raw_pan_debug": L("CREDIT_CARD", card(r)), "exp": "03/29", "note": "legacy gateway echoed full PAN — ticket SEC-4411"}
    jemit(d, {"customer": {"id": f"cus_{digs(r,10)}", "name": P(p.full()), "email": E(p.email(r)), "billing_address": A(addr1(r, p.cc))},
              "subscription": {"plan": "digital_annual", "amount": r.choice([99.0, 129.0, 149.5]), "currency": "GBP", "renews": "2027-01-01"},
              "payment_method": pm, "order_id": f"ORD-{digs(r,12)}", "tracking": f"1Z{digs(r,16)}"})
    d.t("\n")

@tpl("yaml", 3)
def yaml_config(r, d, i):
    if i % 2 == 1: return alt_yaml_config(r, d, i)
    d.w(f"# cms-render service config\nservice: cms-render\nversion: {ver4(r)}\nimage: registry.internal/news/cms-render:{r.randint(2,9)}.{r.randint(0,30)}.{r.randint(0,9)}\n",
        "listen: 127.0.0.1:8080\nbind_all: 0.0.0.0\n", f"feature_flags:\n  live_blog_v2: true\n  paywall_meter: {r.randint(3,10)}\n",
        "oid_root: 1.3.6.1.4.1.", digs(r, 5), "\nslugs_preview:\n  - ", slug(r), "\n  - ", slug(r), "\n",
        "contacts:\n  owner: platform-team\n  escalation: \"#cms-oncall\"\n", f"cron: \"{r.randint(0,59)} */{r.randint(2,6)} * * *\"\n")

@tpl("csv", 2)
def csv_stats(r, d, i):
    srow(d, ["region", "page_views", "unique_visitors", "avg_time_s", "subs_converted", "top_story"])
    for reg in r.sample(["London", "Dublin", "Lagos", "Nairobi", "Mumbai", "Toronto", "Sydney", "Johannesburg", "New York", "Hong Kong"], 6):
        srow(d, [reg, r.randint(10000, 9000000), r.randint(5000, 800000), r.randint(30, 400), r.randint(0, 900), slug(r)])

@tpl("ndjson", 2)
def ndjson_tipline(r, d, i):
    for k in range(r.randint(3, 4)):
        p = Person(r); tgt = Person(r)
        rec = {"tip_id": f"TIP-{digs(r,6)}", "received": f"2026-{r.randint(1,12):02d}-{r.randint(1,28):02d}", "channel": r.choice(["securedrop", "signal", "web", "email"])}
        if rec["channel"] == "securedrop":
            rec["submitter"] = "anonymous (codename " + r.choice(["wild-orchid", "grey-heron", "copper-kettle"]) + ")"
            rec["message"] = Mix("Internal memo shows ", P(tgt.full()), " at the ministry approved the contract.")
        else:
            rec["submitter"] = Mix(P(p.full()))
            rec["contact"] = PH(phone(r, p.cc)) if rec["channel"] == "signal" else E(p.email(r))
            rec["message"] = Mix("My neighbour ", P(tgt.full()), " was denied ", RX(r.choice(["insulin glargine", "Tenofovir", "levetiracetam"])),
                                 " by the prison clinic for three weeks.") if r.random() < .5 else "Flooding on the ring road again, photos attached."
        rec["triage"] = r.choice(["verify", "pass to investigations", "discard"])
        jemit(d, rec, compact=True); d.t("\n")

@tpl("tsv", 2)
def tsv_hr(r, d, i):
    srow(d, ["emp_no", "surname", "forename", "dob", "ni_number", "bank_details", "ec_name", "ec_phone", "department"], "\t")
    for k in range(r.randint(3, 5)):
        p = Person(r, "GB" if r.random() < .6 else r.choice(["IE", "IN", "NG", "BD", "HK", "GR"])); ec = Person(r, p.cc)
        srow(d, [f"E{digs(r,5)}", P(p.family), P(p.given), DOB(fdate(r, p.dob, "dmy/")), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)),
                 L("UK_BANK_ACCOUNT", f"{sortcode(r)} {digs(r,8)}"), P(ec.full()), PH(phone(r, "GB")), r.choice(["Newsdesk", "Sport", "Digital", "Radio"])], "\t")

@tpl("csv", 2)
def csv_merch(r, d, i):
    srow(d, ["sku", "item", "ean", "stock", "price_gbp", "supplier"])
    for it in r.sample(["Courier tote bag", "Front-page print 1966", "Crossword book vol. 12", "Press mug", "Archive poster Moon landing", "Enamel pin"], 5):
        srow(d, [f"NGC-{r.choice('ABCDEF')}{digs(r,4)}-{digs(r,2)}", it, "50" + digs(r, 11), r.randint(0, 500), f"{r.randint(4,60)}.99",
                 r.choice(["Marks & Spencer", "John Lewis Partnership", "Ford Print Ltd", "Abdul Latif Jameel"])])

# ---- logs
def ts(r, style="iso"):
    t = _dt.datetime(2026, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    if style == "iso": return t.isoformat() + "Z"
    if style == "clf": return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if style == "sys": return t.strftime("%b %d %H:%M:%S")
    return str(int(t.replace(tzinfo=_dt.timezone.utc).timestamp()))

@tpl("log", 2)
def log_paywall(r, d, i):
    for k in range(r.randint(5, 8)):
        p = Person(r)
        d.w(ts(r), " level=info svc=paywall ")
        ev = r.choice(["meter_hit", "login", "subscribe", "card_update", "cancel"])
        d.w(f"event={ev} ")
        if ev in ("login", "subscribe", "cancel"): d.w("user=", E(p.email(r)), " ")
        else: d.w(f"uid={digs(r,9)} ")
        d.w("ip=", IP(ipv4(r)), " ")
        if ev == "card_update": d.w(f"pan=************{digs(r,4)} brand={r.choice(['visa','mc','amex'])} ")
        if ev == "cancel": d.w("reason=\"", r.choice(["too expensive", "moving abroad", "bad coverage of my team"]), "\" ")
        d.w(f"article={slug(r)} latency_ms={r.randint(3,900)} build={ver4(r)}\n")

@tpl("log", 3)
def log_nginx(r, d, i):
    uas = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.6367.207 Safari/537.36",
           "CourierApp/7.12.0.4431 (iPhone; iOS 17.4.1)", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
    for k in range(r.randint(5, 8)):
        ip = "127.0.0.1" if i == 2 else (ipv6(r) if r.random() < .2 else ipv4(r))
        d.w(IP(ip) if i != 2 else ip, f" - - [{ts(r,'clf')}] \"GET /news/{slug(r)}?utm_source=nl HTTP/1.1\" {r.choice([200,200,301,404,304])} {r.randint(300,90000)} \"-\" \"{r.choice(uas)}\"\n")

@tpl("log", 1)
def log_moderation(r, d, i):
    for k in range(r.randint(4, 6)):
        p = Person(r); m = Person(r, "GB")
        d.w(f"[{ts(r)}] MOD action={r.choice(['remove','approve','ban','warn'])} comment=c{digs(r,9)} author_email=", E(p.email(r)),
            " author_ip=", IP(ipv4(r)), " moderator=", E(m.email(r, NEWSDOM)), f" rule={r.choice(['R4-abuse','R7-spam','R2-legal'])}\n")

@tpl("log", 3)
def log_cms_publish(r, d, i):
    for k in range(r.randint(6, 9)):
        d.w(f"{ts(r)} INFO publish-worker[{r.randint(1000,9999)}] ", r.choice([
            f"published slug={slug(r)} rev={r.randint(1,40)} assets={asset(r)}",
            f"render ok template=live-blog v{ver4(r)} took={r.randint(20,900)}ms",
            f"purge cdn key=art:{digs(r,7)} status=queued",
            f"schema oid=2.16.840.1.{digs(r,6)}.3.{r.randint(1,9)} validated",
            f"epoch={ts(r,'epoch')} byline_resolved=\"Courier Staff\" desk=foreign",
            f"order sync ORD-{digs(r,12)} tracking=JD{digs(r,16)} merch ok"]), "\n")

@tpl("log", 2)
def log_sso(r, d, i):
    for k in range(r.randint(5, 7)):
        p = Person(r)
        ok = r.random() < .7
        d.w(f"{ts(r)} sso.audit result={'SUCCESS' if ok else 'FAIL'} principal=", E(p.email(r, NEWSDOM)), " src_ip=", IP(ipv6(r) if r.random() < .3 else ipv4(r)),
            f" mfa={r.choice(['push','totp','none'])} app={r.choice(['cms','archive','hr-portal','payroll'])} ua_ver={ver4(r)}\n")

@tpl("log", 3)
def log_billing(r, d, i):
    for k in range(r.randint(4, 6)):
        p = Person(r, r.choice(["DE", "NL", "FR", "AT", "IE", "GB", "IT"]))
        c = r.random()
        d.w(f"{ts(r)} billing-gw ")
        if c < .3 and p.cc != "GB":
            d.w("mandate.created holder=\"", P(p.full()), "\" iban=", L("IBAN", iban(r, p.cc, False)), f" ref=NGCEU{digs(r,9)}\n")
        elif c < .45:
            d.w("charge.failed raw_request={\"pan\":\"", L("CREDIT_CARD", card(r).replace(" ", "").replace("-", "")), "\",\"cvc\":\"***\"} code=do_not_honor\n")
        elif c < .6:
            d.w(f"charge.retry candidate_pan={bad_card(r)} luhn=fail skipped\n")
        elif c < .75:
            d.w(f"mandate.masked iban=DE** **** **** **** **{digs(r,2)} status=active\n")
        else:
            d.w(f"charge.succeeded amount={r.randint(5,150)}.00 card=****{digs(r,4)} order=ORD-{digs(r,12)}\n")

@tpl("log", 2)
def log_firewall(r, d, i):
    for k in range(r.randint(5, 7)):
        if i == 1:
            d.w(f"{ts(r,'sys')} fw01 kernel: DROP IN=eth0 SRC=0.0.0.0 DST=127.0.0.1 PROTO=UDP SPT={r.randint(1000,65000)} DPT=53 fw_ver={ver4(r)}\n")
        else:
            d.w(f"{ts(r,'sys')} fw01 kernel: {r.choice(['DROP','ACCEPT'])} IN=eth0 SRC=", IP(ipv4(r, r.choice(['pub', 'doc']))), " DST=", IP(ipv4(r, "priv")),
                f" PROTO=TCP SPT={r.randint(1000,65000)} DPT={r.choice([22,443,3389,8443])}\n")

@tpl("log", 2)
def log_cdn(r, d, i):
    for k in range(r.randint(5, 7)):
        d.w(f"{ts(r,'epoch')}\tPURGE\tsurrogate-key=slug:{slug(r)}\tpop={r.choice(['LHR','DUB','JNB','BOM','GRU','SYD'])}\tbytes={r.randint(1000,99999999)}\tedge_ver={ver4(r)}\n")

@tpl("log", 2)
def log_ci(r, d, i):
    d.w(f"Build #{r.randint(1000,9999)} (courier-app {ver4(r)}) started by scheduler\n")
    for step in ["checkout", "lint", "unit", "bundle", "upload-sourcemaps", "deploy-canary"]:
        d.w(f"[{ts(r)}] step={step} status={r.choice(['ok','ok','ok','retry'])} dur={r.randint(1,300)}s sha={'%040x' % r.getrandbits(160)}\n")
    d.w(f"Artifact courier-app-{ver4(r)}.ipa sha256 OK; SKU APP-IOS-{digs(r,5)}\n")

# ---- email / chat / ticket
def hdr(d, frm, to, subj, r, extra=None):
    d.w("From: ", frm, "\nTo: ", to, "\n")
    if extra: d.w(extra)
    d.w(f"Date: {_dt.datetime(2026, r.randint(1,12), r.randint(1,28), r.randint(7,22), r.randint(0,59)).strftime('%a, %d %b %Y %H:%M')} +0000\nSubject: {subj}\n\n")

@tpl("email", 3)
def email_right_of_reply(r, d, i):
    rep = Person(r, r.choice(["GB", "IE", "GB"])); subj = Person(r, r.choice(COUNTRIES)); lawyer = Person(r, "GB")
    dx = r.choice(["alcohol use disorder", "bipolar II disorder", "HIV infection", "epilepsy"])
    hdr(d, Mix(P(rep.full()), " <", E(rep.email(r, NEWSDOM)), ">"), Mix(P(subj.full()), " <", E(subj.email(r)), ">"),
        "Right of reply — story on " + r.choice(["care-home contracts", "charity accounts", "council procurement"]), r,
        Mix("Cc: legal@", NEWSDOM, "\n") if False else Mix("Cc: ", E("legal@" + NEWSDOM), "\n"))
    d.w(f"Dear {r.choice(['Mr','Ms','Dr'])} ", P(subj.family), ",\n\n", f"{OUTLET} intends to publish an article on {fdate(r, rdate(r,2026,2026),'dMy')} which will make the following points about you:\n\n",
        "1. That between 2019 and 2023 you directed contracts worth £", f"{r.randint(2,40)}.{r.randint(1,9)}m", " to a company registered at ",
        A(addr1(r, subj.cc)), ".\n2. That you told colleagues you were being treated for ", DX(dx), " when absent from board meetings.\n\n",
        "Please send any response by 17:00 on Friday. You can also call me on ", PH(phone(r, "GB")), ".\n\nYours sincerely,\n", P(rep.full()),
        "\nInvestigations Correspondent\n\n")
    if i != 1:
        d.w(f"> On {fdate(r, rdate(r,2026,2026),'dMy')}, ", P(lawyer.full()), " of Ryecroft & Hale LLP wrote:\n", "> Our client ", P(subj.initial()),
            " denies the allegations. Any reference to his or her health is\n> private information. Please direct all contact to ", E(lawyer.email(r, "ryecroftlaw.co.uk")), ".\n")

@tpl("email", 2)
def email_correction(r, d, i):
    p = Person(r); rep = Person(r, "GB")
    hdr(d, Mix(P(p.full()), " <", E(p.email(r)), ">"), Mix(E("corrections@" + NEWSDOM)), f"Correction request: {slug(r)}", r)
    d.w("Hello,\n\nYour article misspelt my surname; my name is ", P(p.full()), ". It also says I am ", str(r.randint(30, 70)), "; I was born on ", DOB(fdate(r, p.dob, "dMy")),
        ". The quote attributed to me was actually said by my colleague ", P(Person(r).full()), ".\n\n")
    d.w("Reach me on ", PH(phone(r, p.cc)), " if needed.\n\nRegards,\n", P(p.given), "\n\n-- \nReader reply ticket CR-", digs(r, 5), " auto-acknowledged. ",
        "Your request will be reviewed by the Readers' Editor.\n")

def nm(rng): return Person(rng, r2c(rng))
def r2c(rng): return rng.choice(COUNTRIES)

@tpl("chat", 4)
def chat_newsroom(r, d, i):
    if i % 2 == 1: return alt_chat_newsroom(r, d, i)
    a, b, c = Person(r, "GB"), Person(r, r.choice(["IE", "IN", "NG"])), Person(r, r.choice(["UA", "LB", "GE", "IQ", "ET", "BR"]))
    src = Person(r, c.cc)
    day = f"2026-{r.randint(1,12):02d}-{r.randint(1,28):02d}"
    clock = [r.randint(8 * 60, 14 * 60)]
    def line(who, *items):
        clock[0] += r.randint(1, 25)
        d.w(f"[{day} {clock[0] // 60:02d}:{clock[0] % 60:02d}] ", P(who.given), ": ", *items, "\n")
    line(a, f"where are we on {slug(r)}? legal want it by 6")
    line(b, "fixer in ", r.choice(["Kyiv", "Beirut", "Tbilisi", "Erbil", "Addis"]), " says the source will talk on record")
    line(c, "source is ", P(src.full()), ", reachable on ", PH(phone(r, src.cc)), " — signal only, don't put it in the CMS")
    if i % 2 == 0:
        line(c, "she mentioned she's on ", RX(r.choice(MEDS)), " since the shelling, don't use that")
    else:
        line(c, "his home is ", A(addr1(r, src.cc)), " — obviously not for publication")
    line(a, "ok. photo desk use ", asset(r), " not the one with the number plate")
    line(b, "fyi the Pulitzer shortlist thing is embargoed till Monday, and the Orwell Prize dinner is the 14th")

@tpl("ticket", 4)
def ticket_support(r, d, i):
    p = Person(r, r.choice(["GB", "GB", "IE", "US", "AU", "CA", "ZA"])); agent = Person(r, "GB")
    d.w(f"Ticket #{r.randint(100000,999999)}  Status: {r.choice(['Open','Pending','Solved'])}  Priority: {r.choice(['normal','high'])}\n",
        f"Queue: Subscriptions / Billing   Channel: {r.choice(['web form','email','phone callback'])}\n", "Requester: ", P(p.full()), " <", E(p.email(r)), ">\n\n")
    k = i % 4
    if k == 0:
        d.w("customer msg: hi ive been charged twice this month for digital sub?? card is ", L("CREDIT_CARD", card(r, r.choice(["visa", "mc"]))),
            " pls refund asap\n\n", "agent note (", P(agent.given), "): customer pasted full PAN in ticket — redacted copy in billing sys, ",
            "this ticket flagged for PAN scrub. Refund ref RF-", digs(r, 7), "\n")
    elif k == 1:
        d.w("customer msg: moved house, new address is ", A(addr1(r, p.cc)), " — please stop sending the paper to the old one. mobile ", PH(phone(r, p.cc)), "\n\n",
            "agent note: updated delivery route W", digs(r, 3), "; old card ending ", digs(r, 4), " unchanged.\n")
    elif k == 2:
        gb = Person(r, "GB")
        d.w("customer msg: want to switch to direct debit. account ", L("UK_BANK_ACCOUNT", f"{sortcode(r)} {digs(r,8)}"), " name on account ", P(gb.full()),
            " (my husband)\n\n", "agent note: DD mandate sent for e-sign, ref DD-", digs(r, 8), ".\n")
    else:
        d.w("customer msg: card ending 4417 declined, tried ", bad_card(r), " too (typo?) — whatever, cancel.\n\n",
            "agent note (", P(agent.given), "): retention offer declined. order ORD-", digs(r, 12), " closed.\n")

@tpl("email", 2)
def email_invoice(r, d, i):
    cc = "DE" if i == 0 else r.choice(["BR", "GR", "TR", "UA", "GE", "LB"]); p = Person(r, cc)
    hdr(d, Mix(P(p.full()), " <", E(p.email(r)), ">"), Mix(E("freelance-payments@" + NEWSDOM)), f"Rechnung / Invoice {r.randint(2026,2026)}-{digs(r,3)}", r)
    d.w("Hi team,\n\nattached my invoice for the ", r.choice(["photo essay", "fixer days", "translation", "two features"]), f" ({r.randint(300,3000)} EUR).\n\n",
        "Bank: IBAN ", L("IBAN", iban(r, cc)), "\n")
    tx = taxid(r, p)
    if tx: d.w(tx[0], ": ", tx[1], "\n")
    elif cc in ("GR", "TR", "UA", "GE", "LB", "AT", "NL"): d.w("VAT / tax no.: ", f"{cc}{digs(r,9)}", " (business registration, not personal)\n")
    d.w("Address: ", A(addr1(r, cc)), "\n\nThanks,\n", P(p.given), "\n")

@tpl("chat", 2)
def chat_tipline(r, d, i):
    t = Person(r, r.choice(["NG", "KE", "ZA", "IN", "BD", "MX", "AR", "BR"])); desk = Person(r, "GB")
    tp = phone(r, t.cc)
    d.w(f"WhatsApp chat export — Courier tip line — {fdate(r, rdate(r,2026,2026),'dmy/')}\n")
    clock = [r.randint(18 * 60, 22 * 60)]
    def line(who, *items):
        clock[0] += r.randint(1, 9)
        d.w(f"{clock[0] // 60:02d}:{clock[0] % 60:02d} - ", *who, ": ", *items, "\n")
    line([PH(tp)], "hello is this the newspaper tip line")
    line(["Courier Tips"], "Yes. You're talking to ", P(desk.given), ". What would you like to share?")
    line([PH(tp)], "my name is ", P(t.full()), ". I work at the ", r.choice(["port authority", "state hospital", "customs office"]),
         " and they are falsifying records")
    if i == 0:
        line([PH(tp)], "my boss ", P(Person(r, t.cc).full()), " signs them. i can send photos. my id is ", L("BR_CPF", cpf(r)) if t.cc == "BR" else L(ptype(t.cc), passport(r, t.cc)),
             " if you need to verify me")
    else:
        line([PH(tp)], "i am scared. i have ", DX(r.choice(["epilepsy", "HIV infection", "type 1 diabetes mellitus"])), " and cannot lose my job")
    line(["Courier Tips"], "Thank you. Please don't send anything from a work phone. Our SecureDrop address is on the website.")

@tpl("ticket", 2)
def ticket_incident(r, d, i):
    if i % 2 == 1: return alt_ticket_incident(r, d, i)
    d.w(f"INC-{digs(r,6)}  Sev{r.randint(2,3)}  CMS publish queue stalled\n", f"Opened: {ts(r)} by on-call (platform)\nAffected: cms-render {ver4(r)}, publish-worker\n\n",
        "Timeline:\n", f"- {ts(r)} alerts fired: queue depth > {r.randint(500,5000)}\n", f"- {ts(r)} rolled back to build {ver4(r)}\n",
        f"- {ts(r)} backlog drained; stuck slugs: {slug(r)}, {slug(r)}\n\n", "Root cause: schema OID 2.16.840.1.113883.3.", digs(r, 4),
        " mismatch after deploy. No reader data exposed. Action items assigned to the Platform and Standards teams.\n")

@tpl("email", 2)
def email_hr_nok(r, d, i):
    p = Person(r, r.choice(["GB", "IE", "KR", "HK", "GR", "TR", "IR"])); hr = Person(r, "GB"); nok = Person(r, p.cc)
    hdr(d, Mix(P(hr.full()), " <", E(hr.email(r, NEWSDOM)), ">"), Mix(P(p.full()), " <", E(p.email(r, NEWSDOM)), ">"), "Your HEFAT file — updates needed", r)
    d.w("Hi ", P(p.given), ",\n\nBefore the ", r.choice(["Kharkiv", "Khartoum", "Mosul"]), " trip we need to update your file:\n",
        "- Next of kin is still listed as ", P(nok.full()), " on ", PH(phone(r, p.cc)), " — is this current?\n",
        "- Your passport ", L(ptype(p.cc), passport(r, p.cc)), f" expires in {r.randint(2,5)} months; most visas need six.\n")
    if i == 0:
        cx, mx = r.choice([("asthma", "Ventolin"), ("type 1 diabetes mellitus", "Lantus"), ("epilepsy", "Keppra")])
        d.w("- OH confirmed your ", DX(cx), " plan; bring spare ", RX(mx), ".\n")
    else: d.w("- No medical declarations on file; please confirm that is still right.\n")
    d.w("\nThanks,\n", P(hr.given), "\nPeople Team, ", OUTLET, "\n")

@tpl("email", 2)
def email_briefing(r, d, i):
    if i % 2 == 1: return alt_email_briefing(r, d, i)
    d.w(f"[newsletter archive copy]\nFrom: The Morning Briefing\nTo: subscribers-list\nSubject: Morning briefing — {r.choice(['Tuesday','Thursday','Saturday'])}\n\n",
        "Good morning.\n\n", f"• Inflation in Argentina eased to {r.randint(2,9)}.{r.randint(0,9)}% month on month, the INDEC statistics office said.\n",
        f"• Kenya's Finance Bill protests enter day {r.randint(2,9)}; {r.randint(10,90)} arrests reported in Nairobi.\n",
        "• Today is St Patrick's Day: our Dublin desk on why the parade route changed.\n",
        f"• Health: cases of measles in England rose {r.randint(10,60)}% year on year, UKHSA figures show.\n",
        "• Business: Johnson & Johnson and Wells Fargo report earnings; Ferrari shares up.\n\n",
        f"Read more: https://{NEWSDOM}/news/{slug(r)}\n", "You are receiving this because you subscribed. Unsubscribe: https://", NEWSDOM, "/u/", "%x" % r.getrandbits(64), "\n")

# ---- free text / html
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

@tpl("html", 3)
def html_article(r, d, i):
    if i % 2 == 1: return alt_html_article(r, d, i)
    rep = Person(r, r.choice(["GB", "IE", "NG", "KE", "IN", "AU"])); pub = Person(r, r.choice(COUNTRIES), sex="F"); priv = Person(r, r.choice(COUNTRIES)); priv2 = Person(r, sex="F")
    city = r.choice(["Lagos", "Kharkiv", "Tbilisi", "Dhaka", "Mexico City", "Athens", "Buenos Aires", "Beirut"])
    d.w(f"<article data-slug=\"{slug(r)}\" data-asset=\"{asset(r)}\">\n<h1>In {city}, a year after the floods, the rebuilding has barely begun</h1>\n",
        "<p class=\"byline\">By <a href=\"/profile/", "%x" % r.getrandbits(32), "\">", P(rep.full()), "</a> in ", city, "</p>\n")
    d.w("<p>", P(priv.full()), f", {r.randint(30,80)}, still sleeps in the school gym. &ldquo;We were promised new homes by Christmas,&rdquo; ",
        "she" if priv.sex == "F" else "he", " said.</p>\n")
    d.w(f"<p>According to the national statistics office, {r.randint(10,400)},{digs(r,3)} people were displaced and {r.randint(1,20)}.{r.randint(0,9)}% of housing stock damaged.</p>\n")
    d.w("<p>Regional governor ", P(pub.full()), " told reporters the delays were caused by contractors. ",
        "Her neighbour ", P(priv2.given), ", who asked that her surname not be used, said her son's ", DX(r.choice(["asthma", "epilepsy", "type 1 diabetes mellitus"])) if i % 2 == 0 else "school",
        " had gone untreated" if i % 2 == 0 else " reopened only in March", ".</p>\n")
    d.w("<p>The city marked Independence Day with a silent vigil at Liberty Square. Readers can contact the newsroom at <a href=\"mailto:", E("tips@" + NEWSDOM), "\">",
        E("tips@" + NEWSDOM), "</a>.</p>\n</article>\n")

@tpl("free_text", 3)
def ft_cms_draft(r, d, i):
    if i % 2 == 1: return alt_ft_cms_draft(r, d, i)
    rep = Person(r, r.choice(["GB", "US", "CA", "ZA"])); vic = Person(r, r.choice(COUNTRIES), sex="F"); off = Person(r, r.choice(COUNTRIES)); pub = Person(r)
    d.w(f"SLUG: {slug(r)}   DESK: {r.choice(['Home','World','Investigations'])}   STATUS: LEGAL HOLD\nBYLINE: ", P(rep.full()), "\n\n")
    d.w("DRAFT — not for publication\n\n", P(vic.full()), " never expected to become a witness. In ", str(r.randint(2015, 2023)),
        " the former care worker reported her employer to the regulator and was dismissed within a week.\n\n")
    if i % 2 == 0:
        d.w("[LEGAL: we hold her date of birth (", DOB(fdate(r, vic.dob, "dMy")), ") and her ", DX(r.choice(DIAG)), " diagnosis from the tribunal bundle — ",
            "neither goes in. Home address ", A(addr1(r, vic.cc)), " must be cut.]\n\n")
    else:
        d.w("[LEGAL: her phone ", PH(phone(r, vic.cc)), " and email ", E(vic.email(r)), " are in the notes doc only. Check spelling of ", P(off.full()), ".]\n\n")
    d.w("The company, founded by the Ferreira family and still called Ferreira Care Group, denied wrongdoing. Opposition MP ", P(pub.full()),
        " called for an inquiry. ", f"A spokesperson for the regulator said it had received {r.randint(40,900)} similar complaints last year.\n")

@tpl("free_text", 2)
def ft_health(r, d, i):
    if i % 2 == 1: return alt_ft_health(r, d, i)
    d.w("HEALTH | Explainer\n\n", r.choice(["Why malaria is spreading to the Ethiopian highlands", "Long Covid, three years on: what the data say"]), "\n\n",
        f"Cases of Plasmodium falciparum malaria in highland districts rose by {r.randint(20,300)}% between 2020 and 2025, according to WHO figures. ",
        "Symptoms include fever, chills and headache; severe cases can lead to anaemia. Treatment is usually artemether-lumefantrine, and travellers are ",
        "often prescribed atovaquone-proguanil or doxycycline as prophylaxis.\n\n", "Researchers at Addis Ababa University found that patients with sickle cell trait ",
        "had lower rates of severe disease, a finding consistent with earlier studies. Parkinson's law of bureaucracy, one official joked, applies to the ",
        "procurement of bed nets.\n\n", "This article is for general information and does not describe any individual patient.\n")

@tpl("html", 2)
def html_author(r, d, i):
    p = Person(r, r.choice(["UA", "RU", "GE", "IR", "LB", "HK", "KR", "DK", "NO"]))
    d.w("<section class=\"author-profile\">\n<h2>", P(p.full()), "</h2>\n<p>", r.choice(["Eastern Europe correspondent", "Middle East editor", "Asia-Pacific reporter"]),
        f", based in {r.choice(['Kyiv','Tbilisi','Beirut','Seoul','Copenhagen'])}. Previously at a regional broadcaster. Winner of the Kapuściński Award ({r.randint(2015,2025)}).</p>\n",
        "<dl>\n  <dt>Email</dt><dd><a href=\"mailto:", E(p.email(r, NEWSDOM)), "\">", E(p.email(r, NEWSDOM)) if False else "Email me", "</a></dd>\n")
    if i == 0: d.w("  <dt>Signal</dt><dd>", PH(phone(r, p.cc)), "</dd>\n")
    d.w("  <dt>PGP</dt><dd>", " ".join("%04X" % r.getrandbits(16) for _ in range(10)), "</dd>\n</dl>\n</section>\n")

@tpl("free_text", 2)
def ft_legal(r, d, i):
    cl = Person(r, r.choice(COUNTRIES)); rep = Person(r, "GB"); judge = Person(r, "GB")
    d.w("PRIVILEGED & CONFIDENTIAL — LEGAL REVIEW MEMO\n", f"Re: {slug(r)} (claim no. QB-2026-{digs(r,6)})\n\n",
        "1. The prospective claimant, ", P(cl.full()), ", alleges misuse of private information arising from the reporter ", P(rep.full()),
        "'s reference to ", DX(r.choice(["HIV infection", "bipolar II disorder", "alcohol use disorder", "multiple sclerosis"])), ".\n",
        "2. The information came from a court listing before District Judge ", P(judge.family), "; a public-domain defence is arguable.\n",
        "3. The draft also names the claimant's spouse, ", P(Person(r, cl.cc, sex="F" if cl.sex == "M" else "M", invent=True).given), ", who is not a public figure; recommend removal.\n",
        "4. Precedent: the 2004 House of Lords privacy ruling involving a national tabloid (no party here).\n")

@tpl("free_text", 2)
def ft_obituary(r, d, i):
    p = Person(r, r.choice(["UA", "AR", "GR", "ET", "NG", "IR", "AT", "DK"]))
    d.w("OBITUARY (draft for archive)\n\n", P(p.full()), ", photographer, born ", DOB(fdate(r, p.dob if p.dob.year < 1960 else p.dob.replace(year=1946), "dMy")),
        f"; died {fdate(r, rdate(r,2026,2026),'dMy')}\n\n", f"{p.given} spent four decades documenting ",
        r.choice(["the Horn of Africa", "the Dirty War's aftermath", "Athens in crisis", "Kyiv's Maidan"]), ". ",
        "Colleagues remember a patient teacher who lived with ", DX(r.choice(["Parkinson's disease", "multiple sclerosis", "chronic hepatitis B"])),
        " for the last decade of life. ", f"{p.given} is survived by a daughter, ", P(Person(r, p.cc, sex="F").full()), ".\n")

@tpl("html", 1)
def html_corrections(r, d, i):
    d.w("<h2>Corrections and clarifications</h2>\n<ul>\n")
    for k in range(3):
        p = Person(r)
        d.w("  <li>An article on ", slug(r), " misnamed ", P(p.full()), " as a council employee; ", "she" if p.sex == "F" else "he", " is a volunteer.</li>\n")
    d.w("  <li>A graph on page 12 mislabelled unemployment data for the Republic of Ireland (4.3%, not 3.4%).</li>\n</ul>\n",
        "<p>Contact the Readers' Editor: <a href=\"mailto:", E("readers.editor@" + NEWSDOM), "\">", E("readers.editor@" + NEWSDOM), "</a></p>\n")

@tpl("free_text", 2)
def ft_style(r, d, i):
    if i % 2 == 1: return alt_ft_style(r, d, i)
    d.w("STYLE GUIDE — Names, placeholders and sample data\n\n",
        "Use \"John Doe\" or \"Jane Bloggs\" only in templates, never in copy. Test stories in the staging CMS carry the byline \"Lois Lane\" or ",
        "\"Sherlock Holmes\"; these must never reach production.\n\n",
        "Sample data in training decks is masked: card **** **** **** 4242, NI number QQ 12 34 56 C, sort code 00-00-00, IBAN GB00 TEST 0000 0000 0000 00, ",
        "SSN XXX-XX-6789. Do not replace with real values.\n\n",
        "Eponyms: write Parkinson's disease, Martin Luther King Jr. Day, the Nobel Peace Prize, the Orwell Prize, Churchill War Rooms, ",
        "Heathrow Terminal 5. Companies: Ferrari, Marks & Spencer, Boehringer Ingelheim, Wells Fargo.\n\n",
        f"Figures of speech: avoid \"the economy caught a cold\" and \"a depression in ad spend\". Revision v{ver4(r)}.\n")

@tpl("html", 2)
def html_sports(r, d, i):
    d.w("<div class=\"results\">\n<h3>Weekend results</h3>\n<table>\n")
    for t1, t2 in r.sample([("Shamrock Rovers", "Bohemians"), ("Boca Juniors", "River Plate"), ("Galatasaray", "Fenerbahçe"), ("Olympiacos", "Panathinaikos"),
                            ("Kaizer Chiefs", "Orlando Pirates"), ("Dinamo Tbilisi", "Torpedo Kutaisi")], 4):
        d.w(f"<tr><td>{esc(t1)}</td><td>{r.randint(0,4)}-{r.randint(0,4)}</td><td>{esc(t2)}</td><td>att. {r.randint(5000,60000):,}</td></tr>\n")
    d.w(f"</table>\n<p>Next fixtures after the Easter Monday break. Ticket ref format: TKT-{digs(r,8)}. Stadium wifi build {ver4(r)}.</p>\n</div>\n")

@tpl("free_text", 2)
def ft_transcript(r, d, i):
    if i % 2 == 1: return alt_ft_transcript(r, d, i)
    a, b = Person(r, "GB"), Person(r, r.choice(["GE", "IQ", "LB", "MX", "ZA", "BD"]))
    d.w(f"TRANSCRIPT — interview, file {asset(r).replace('.jpg','.wav')}\n\n")
    d.w(P(a.family.upper()), ": Can you tell us what happened on the night of the raid?\n")
    d.w(P(b.family.upper()), ": They came at three. My brother ", P(Person(r, b.cc, sex="M").given), " was taken. He needs ", RX(r.choice(["insulin glargine", "levetiracetam", "Biktarvy"])),
        " every day and they did not let him take it.\n")
    d.w(P(a.family.upper()), ": Where do you live now?\n", P(b.family.upper()), ": With my aunt, at ", A(addr1(r, b.cc)), ". Please don't print that.\n")
    d.w("[Producer note: redact address in published version. Translator: ", P(Person(r, b.cc).full()), ".]\n")

@tpl("free_text", 2)
def ft_research(r, d, i):
    if i % 2 == 1: return alt_ft_research(r, d, i)
    d.w("RESEARCH DIGEST — for the science desk\n\n",
        f"• A Lancet cohort of {r.randint(2,90)},{digs(r,3)} adults linked air pollution to higher rates of asthma and atrial fibrillation.\n",
        "• Trial NCT0", digs(r, 7), f" of semaglutide reported {r.randint(5,20)}% mean weight loss; no individual results were released.\n",
        "• Study: journalists covering conflict show post-traumatic stress disorder prevalence above the general population.\n",
        "• Historical: the 1918 influenza pandemic; the Great Depression's effect on suicide rates.\n",
        f"Embargo: {ts(r)}. DOI 10.{r.randint(1000,9999)}/{digs(r,6)}.\n")

@tpl("free_text", 2)
def ft_source_record(r, d, i):
    s = Person(r, r.choice(["RU", "IR", "IQ", "UA", "TR", "KE", "ET", "NG"])); h = Person(r, "GB")
    d.w("SOURCE RECORD (restricted vault — do not copy to CMS)\n", f"Codename: {r.choice(['KESTREL','JUNIPER','LANTERN','OXBOW'])}\n",
        "True name: ", P(s.full()), "\nHandler: ", P(h.full()), "\nContact: ", PH(phone(r, s.cc)), " (Signal), ", E(s.email(r, "proton.me")), "\n",
        "Safe meeting point: ", A(addr1(r, s.cc)), "\n")
    if i == 0: d.w(f"Travel doc seen ({s.cc}) — {PASS_LABEL.get(s.cc, 'passport')}: ", L("PASSPORT", passport(r, s.cc)), "\n")
    d.w("Risk: high. Source believes phone was compromised in ", str(r.randint(2022, 2026)), ". Burn if contacted by anyone else.\n")

@tpl("free_text", 2)
def ft_press_release(r, d, i):
    if i % 2 == 1: return alt_ft_press_release(r, d, i)
    d.w("PRESS RELEASE — for immediate use\n\n", f"{OUTLET} and Reuters renew content partnership\n\n",
        "The partnership, first signed in 2011, covers wire copy, pictures and the Thomson Foundation training scheme. Audience figures for the year: ",
        f"{r.randint(10,60)} million monthly uniques, up {r.randint(2,30)}%. The Walt Disney Company and Johnson & Johnson were among advertisers.\n\n",
        f"Media contact: press office, reference PR-{digs(r,5)}. Editors' note: the newsroom will close for Good Friday and reopen on Easter Monday.\n")

# ---- identity verification, fleet, benefits (added for identifier coverage)
@tpl("ndjson", 3)
def ndjson_idv(r, d, i):
    kinds = ["dl", "passport", "natid", "natid", "bad" if i != 1 else "aadhaar_masked"]
    r.shuffle(kinds)
    natq = [["SG", "ES"], ["ES", "IT"], ["SG", "BR"]][i % 3]
    for k in kinds:
        rec = {"event": "idv.completed", "check_id": f"chk_{'%012x' % r.getrandbits(48)}", "product": "verified-commenter"}
        if k == "dl":
            p = Person(r, "US"); st = r.choice(list(DL_STATE))
            rec["result"] = "approved"
            rec["document"] = {"type": "driving_licence", "issuing_country": "US", "issuing_state": st, "number": L("DRIVER_LICENSE", dl(r, st))}
        elif k == "passport":
            cc = r.choice(["US", "GB", "IE", "MX", "AR", "TR", "ET", "NG", "ZA", "BD", "HK", "AU", "AT", "DK"]); p = Person(r, cc)
            rec["result"] = "approved"
            rec["document"] = {"type": "passport", "issuing_country": cc, "number": L(ptype(cc), passport(r, cc)), "mrz_checked": True}
        elif k == "natid":
            cc = natq.pop()
            p = Person(r, {"ES": "MX", "IT": "IT", "SG": "SG", "BR": "BR"}[cc])
            num = {"ES": lambda: L("ES_DNI", dni(r, r.random() < .4)), "IT": lambda: L("IT_FISCAL_CODE", cf(r, p)),
                   "SG": lambda: L("SG_NRIC", nric(r)), "BR": lambda: L("BR_CPF", cpf(r))}[cc]()
            rec["result"] = "approved"
            rec["document"] = {"type": "national_id", "issuing_country": cc, "number": num}
        elif k == "bad":
            cc = r.choice(["ES", "BR", "SG"]); p = Person(r, {"ES": "AR", "BR": "BR", "SG": "SG"}[cc])
            num = {"ES": lambda: bad_dni(r), "BR": lambda: bad_cpf(r), "SG": lambda: nric(r)[:8] + "A" if not nric_ok(nric(r)[:8] + "A") else "S0000000Z"}[cc]()
            if cc == "SG":
                base = nric(r); num = base[:8] + next(c for c in "ABCDEFGHIJZ" if c != base[8]); assert not nric_ok(num)
            rec["result"] = "declined"; rec["reason"] = "checksum_mismatch"
            rec["document"] = {"type": "national_id", "issuing_country": cc, "number": num}
        else:
            p = Person(r, "IN")
            rec["result"] = "approved"
            rec["document"] = {"type": "aadhaar_offline_xml", "issuing_country": "IN", "number": "XXXX XXXX " + digs(r, 4), "note": "masked by issuer"}
        rec["extracted"] = {"full_name": P(p.full()), "date_of_birth": DOB(p.dob.isoformat())}
        rec["client_ip"] = IP(ipv4(r))
        jemit(d, rec, compact=True); d.t("\n")

@tpl("csv", 2)
def csv_fleet(r, d, i):
    srow(d, ["driver_ref", "first_name", "last_name", "licence_state", "licence_number", "licence_expiry", "date_of_birth", "assignment"])
    states = list(DL_STATE)[i::2]
    for st in r.sample(states, r.randint(5, 7)):
        p = Person(r, "US")
        srow(d, [f"DRV-{digs(r,4)}", P(p.given), P(p.family), st, L("DRIVER_LICENSE", dl(r, st)), rdate(r, 2026, 2031).isoformat(),
                 DOB(fdate(r, p.dob, "mdy")), r.choice(["OB truck 3", "election night - Phoenix", "crew car", "sat van KU-2"])])

@tpl("form", 2)
def form_benefits(r, d, i):
    p = Person(r, "US"); dep = Person(r, "US"); st = r.choice(list(DL_STATE))
    d.w("US BUREAU — BENEFITS ENROLLMENT 2026 (Washington & New York staff)\n\nEmployee name: ", P(p.full()), "\nSSN: ", L("US_SSN", ssn(r)),
        "   Date of birth: ", DOB(fdate(r, p.dob, "mdy")), "\nHome address: ", A(addr1(r, "US")), "\n")
    d.w(f"Medical plan: {r.choice(['BlueCross BlueShield PPO','UnitedHealthcare Choice Plus','Kaiser HMO'])}\n", "Member ID: ", L("HEALTH_PLAN_ID", f"{r.choice(['XEP','YLW','JQU'])}{digs(r,9)}"),
        f"   Group No.: {digs(r,6)}   RxBIN: {digs(r,6)}\n")
    d.w("Dependent (parent, 67): ", P(dep.full()), "   Medicare (MBI): ", L("US_MBI", mbi(r, i == 0)), "\n")
    d.w(f"Photo ID on file: {DL_STATE[st][0]} driver license ", L("DRIVER_LICENSE", dl(r, st)), "; U.S. passport no. ", L("US_PASSPORT", passport(r, "US")), "\n",
        "HR contact: benefits desk, ext. ", digs(r, 4), "\n")

@tpl("yaml", 2)
def yaml_contractor(r, d, i):
    cc = ["FR", "DE"][i]; p = Person(r, cc)
    d.w(f"# freelance-registry export {ver4(r)}\ncontractor:\n  id: FRL-{digs(r,5)}\n  name: ", P(p.full()), "\n  born: ", DOB(p.dob.isoformat()), "\n  address: >\n    ",
        A("\n    ".join(addr(r, cc))), "\n  email: ", E(p.email(r)), "\n")
    if cc == "FR":
        d.w("  nir: \"", L("FR_NIR", nir(r, p.sex, p.dob, i == 0)), "\"\n  # rejected on first submission (bad key): ", bad_nir(r, p.sex, p.dob), "\n")
    else:
        d.w("  steuer_id: \"", L("DE_TAX_ID", stid(r)), "\"\n  # alte Eingabe (Prüfziffer falsch): ", bad_stid(r), "\n")
    d.w("  payment:\n    iban: ", L("IBAN", iban(r, cc)), "\n    currency: EUR\n  rate_card: B2\n")

@tpl("email", 2)
def email_car_hire(r, d, i):
    a, b = Person(r, "US"), Person(r, r.choice(["CA", "GB"])); st = r.choice(list(DL_STATE)); booker = Person(r, "GB")
    hdr(d, Mix(P(booker.full()), " <", E(booker.email(r, NEWSDOM)), ">"), Mix(E("reservations@" + r.choice(["hertz.com", "enterprise.com", "sixt.com"]))),
        f"Crew vehicles — {r.choice(['Iowa caucus','Atlanta election night','Phoenix border story'])}", r)
    d.w("Hello,\n\nPlease add two named drivers to booking ", f"K{digs(r,9)}", ":\n\n1) ", P(a.full()), f", {DL_STATE[st][0]} licence ", L("DRIVER_LICENSE", dl(r, st)),
        ", DOB ", DOB(fdate(r, a.dob, "mdy")), "\n2) ", P(b.full()), ", ")
    if b.cc == "CA":
        d.w("Ontario driver's licence ", L("DRIVER_LICENSE", fill(r, "@####-#####-#####")), "\n")
    else:
        d.w("UK DVLA licence ", L("DRIVER_LICENSE", b.family.upper().replace(" ", "")[:5].ljust(5, "9") + fill(r, "######@@#@@")), "\n")
    d.w("\nInsurance: corporate policy, card on file ending ", digs(r, 4), ".\n\nThanks,\n", P(booker.given), "\nTravel desk, ", OUTLET, "\n")

@tpl("form", 1)
def form_t4a(r, d, i):
    p = Person(r, "CA")
    d.w("T4A — Statement of Pension, Retirement, Annuity, and Other Income / État du revenu de pension, de retraite, de rente ou d'autres sources\n",
        "Year / Année: 2025\nPayer: The Northgate Courier (Canada) Inc.   Payer's account no.: ", digs(r, 9), "RZ0001\n\n",
        "Recipient's name / Nom du bénéficiaire: ", P(p.formal()), "\nAddress / Adresse: ", A(addr1(r, "CA")), "\n",
        "Box 12 Social insurance number / Numéro d'assurance sociale: ", L("CA_SIN", sin(r)), "\n",
        f"Box 048 Fees for services: {r.randint(2000,40000)}.00\n", "Note: amended slip — SIN on the original (", bad_sin(r), ") was mistyped.\n")

@tpl("email", 1)
def email_mutuelle(r, d, i):
    p = Person(r, "FR"); hr = Person(r, "FR")
    hdr(d, Mix(P(hr.full()), " <", E(hr.email(r, NEWSDOM)), ">"), Mix(E("adhesions@mutuelle-presse.fr")), "Adhésion mutuelle — bureau de Paris", r)
    d.w("Bonjour,\n\nVeuillez trouver ci-dessous l'adhésion de notre correspondant :\n\n", "Nom : ", P(p.family.upper()), "\nPrénom : ", P(p.given),
        "\nNé(e) le : ", DOB(fdate(r, p.dob, "dmy/")), "\nN° de sécurité sociale : ", L("FR_NIR", nir(r, p.sex, p.dob)),
        "\nN° d'adhérent mutuelle : ", L("HEALTH_PLAN_ID", f"MP{digs(r,8)}"), "\nAdresse : ", A(addr1(r, "FR")), "\n\n",
        "Le contrat collectif n° ", f"CC-{digs(r,6)}", " s'applique.\n\nCordialement,\n", P(hr.given), "\n")

@tpl("tsv", 2)
def tsv_payroll_intl(r, d, i):
    srow(d, ["worker_id", "full_name", "country", "birth_date", "national_id", "id_scheme", "net_pay", "cost_centre"], "\t")
    order = ["US", "CA", "BR", "SG", "DE", "FR", "IT", "MX", "IN", "GB"]
    for cc in (order[:5] if i == 0 else order[5:]):
        p = Person(r, cc); lab, v = taxid(r, p)
        srow(d, [f"W{digs(r,6)}", P(p.full()), cc, DOB(p.dob.isoformat()), v, lab.split(" (")[0], f"{r.randint(900,9000)}.{digs(r,2)}",
                 f"CC-{r.choice(['NEWS','SPORT','TECH','AUDIO'])}-{digs(r,3)}"], "\t")

@tpl("hl7", 2)
def hl7_oru(r, d, i):
    cc = ["GB", "KE"][i]; p = Person(r, cc); doc = Person(r, cc)
    mrn = f"{r.choice(['K','Q'])}{digs(r,7)}"; t0 = f"2026{r.randint(1,12):02d}{r.randint(1,28):02d}{r.randint(10,23):02d}{r.randint(10,59):02d}"
    d.w(f"MSH|^~\\&|LABSYS|{'UCLH' if cc == 'GB' else 'AKUH'}|OHSYS|NORTHGATE|{t0}||ORU^R01|{digs(r,9)}|P|2.4\r")
    d.w("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn), "^^^LAB^MR~", L("UK_NHS_NUMBER", nhs(r, False)) if cc == "GB" else f"{digs(r,8)}", "^^^NHS^NH" if cc == "GB" else "^^^NHIF^SS",
        "||", P(f"{p.family.upper()}^{p.given.upper()}"), "||", DOB(fdate(r, p.dob, "hl7")), f"|{p.sex}\r")
    d.w(f"ORC|RE|{digs(r,8)}|{digs(r,8)}||CM||||{t0}|||{digs(r,6)}^", P(f"{doc.family.upper()}^{doc.given.upper()}"), "\r")
    d.w(f"OBR|1|{digs(r,8)}|{digs(r,8)}|32700-7^Malaria smear^LN|||{t0}\r")
    pos = i == 0 or r.random() < .5
    d.w(f"OBX|1|CWE|32700-7^Malaria smear^LN||{'Plasmodium falciparum seen' if pos else 'No parasites seen'}||||||F\r")
    d.w(f"OBX|2|NM|32207-3^Parasitaemia^LN||{round(r.uniform(0.5, 4.5), 1) if pos else 0}|%|||||F\r")
    if pos:
        d.w("NTE|1|L|Consistent with ", DX("Plasmodium falciparum malaria"), ". Recommend ", RX("artemether-lumefantrine"), " per protocol; clinician informed.\r")
    else:
        d.w("NTE|1|L|Repeat smear x2 at 12-24h intervals if fever persists.\r")

@tpl("clinical_note", 1)
def cn_medic_protocol(r, d, i):
    d.w("HEFAT TEAM MEDIC PROTOCOL — HEAT ILLNESS AND BLAST INJURY (rev. ", ver4(r), ")\n\n",
        "1. Heat exhaustion: move to shade, oral rehydration salts, monitor. Heat stroke (core temp > 40C, confusion) is a medical emergency.\n",
        "2. Catastrophic bleeding: tourniquet, note time, haemostatic gauze. Do not remove.\n",
        "3. Pain: paracetamol or ibuprofen; the kit also holds methoxyflurane (Penthrox). Avoid aspirin in suspected dengue.\n",
        "4. Suspected malaria after return: urgent smear; falciparum can kill within 48 hours.\n",
        "5. Psychological first aid: listen, do not debrief in the first 24 hours. A 'total meltdown' on the phone to the desk is normal.\n\n",
        "This protocol describes no individual; incident reports go to the security team on form HE-7.\n")

@tpl("log", 3)
def log_hr_audit(r, d, i):
    for k in range(r.randint(4, 6)):
        actor = Person(r, "GB"); subj = Person(r, r.choice(COUNTRIES))
        d.w(f"{ts(r)} hr-portal audit actor=", E(actor.email(r, NEWSDOM)), " src=", IP(ipv4(r, "priv")), f" action={r.choice(['view','export','update'])}",
            " subject_id=", f"E{digs(r,5)}", " subject_name=\"", P(subj.full()), "\"")
        c = r.random()
        if c < .3:
            d.w(" field=passport_no old=*******", digs(r, 2), " new=", L(ptype(subj.cc), passport(r, subj.cc)), f" country={subj.cc}")
        elif c < .5:
            d.w(" field=emergency_contact_phone new=", PH(phone(r, subj.cc)))
        elif c < .65:
            d.w(" field=medical_flag new=\"", DX(r.choice(["type 1 diabetes mellitus", "epilepsy", "asthma"])), "\"")
        else:
            d.w(f" field=none result=denied reason=rbac ver={ver4(r)}")
        d.w("\n")

@tpl("json", 2)
def json_schedule(r, d, i):
    items = []
    for k in range(4):
        items.append({"slug": slug(r), "desk": r.choice(["world", "business", "sport", "culture"]), "publish_at": ts(r),
                      "embargo": r.choice([None, "Nobel Peace Prize announcement", "Budget statement", "Eurovision final"]),
                      "byline": r.choice(["Staff reporter", "Our Foreign Staff", "Courier Data Team", "Agencies"]), "hero_asset": asset(r)})
    jemit(d, {"schedule_date": f"2026-{r.randint(1,12):02d}-{r.randint(1,28):02d}", "calendar_notes": r.choice(["Diwali; Bonfire Night", "Eid al-Adha; Juneteenth", "Nowruz; St Patrick's Day"]),
              "items": items, "generator": f"planner/{ver4(r)}"})
    d.t("\n")

@tpl("csv", 2)
def csv_archive_index(r, d, i):
    srow(d, ["archive_ref", "date", "headline", "byline", "place", "event", "rights"])
    rows = [("1969-07-21", "Man walks on the Moon", "Our Science Correspondent", "Houston", "Apollo 11"),
            ("1989-11-10", "The Wall is breached", "A Correspondent", "Berlin", "Fall of the Berlin Wall"),
            ("1985-07-14", "Live Aid raises millions", "Staff Reporter", "Wembley", "Live Aid"),
            ("1994-05-11", "A new flag over Pretoria", "Our Africa Staff", "Pretoria", "Inauguration Day"),
            ("1946-03-06", "Iron curtain speech reaction", "Cassandra", "Fulton, Missouri", "Sinews of Peace address"),
            ("2004-12-27", "Tsunami death toll rises", "Agencies", "Banda Aceh", "Indian Ocean tsunami"),
            ("1998-04-11", "Agreement reached at Stormont", "Our Ireland Staff", "Belfast", "Good Friday Agreement")]
    for dt, h, b, pl, ev in r.sample(rows, 5):
        srow(d, [f"ARC/{dt[:4]}/{digs(r,5)}", dt, h, b, pl, ev, r.choice(["staff", "syndication-blocked", "public-domain"])])

# ---- alternative bodies for negative templates (so the second render is a different document)
def alt_ft_style(r, d, i):
    d.w("STYLE GUIDE — Anonymity, datelines and numbers (section 7)\n\n",
        "7.1 Protect sources. Write \"a senior official in the interior ministry\" or \"a nurse at the hospital\", never a description that narrows it to one person.\n",
        "7.2 Datelines are upper case: KYIV —, TBILISI —, ADDIS ABABA —. Do not dateline from a city the reporter has not visited.\n",
        "7.3 Write numbers as the audience reads them: 1.2 million, 14,000, 3.5%. Version strings from the tech desk (e.g. 10.4.22.1901) are not IP addresses.\n",
        "7.4 Characters in our serial \"The Harbour\" (Mrs Agatha Pennyworth, Inspector Ruiz) are fictional; do not add them to the people index.\n",
        "7.5 Holidays: Nowruz, Orthodox Christmas, Diwali, Eid al-Fitr, Independence Day (Ukraine, 24 August), Heritage Day (South Africa).\n")

def alt_ft_health(r, d, i):
    d.w("HEALTH | Data\n\nHeat deaths in southern Europe: the numbers behind the headlines\n\n",
        f"Greece recorded {r.randint(200,900)} excess deaths during the July heatwave, according to the Hellenic Statistical Authority. ",
        "Older people with hypertension, chronic kidney disease or type 2 diabetes are most at risk, and diuretics such as furosemide can make dehydration worse, ",
        "doctors say. Hospitals in Athens activated their emergency plans on three days.\n\n",
        "The figures cover the whole population and no individual case is described here. ",
        f"Cholera outbreaks in Dhaka's informal settlements added {r.randint(1,9)},{digs(r,3)} cases this season, the DGHS said.\n")

def alt_ft_research(r, d, i):
    d.w("SCIENCE DESK — embargoed papers this week\n\n",
        "1) Nature Medicine: a genome-wide study of 400,000 UK Biobank participants identifies loci associated with multiple sclerosis and Crohn's disease.\n",
        "2) NEJM: metformin versus placebo in prediabetes, 10-year follow-up. Embargo lifts 22:00 GMT Wednesday.\n",
        "3) The Lancet Psychiatry: prevalence of depression among newsroom staff, survey of 1,106 journalists in 12 countries.\n",
        f"Pitch note: lead with (3); our own HR data is out of scope. Paper IDs: NM-{digs(r,5)}, NEJMoa{digs(r,7)}.\n")

def alt_ft_press_release(r, d, i):
    d.w("PRESS RELEASE — Lagos bureau opens\n\n",
        f"{OUTLET} today opened a West Africa bureau on Victoria Island, supported by the Dangote Foundation's media fellowship and the Ford Foundation. ",
        f"The bureau will employ {r.randint(6,20)} journalists. Launch event: Democracy Day, 12 June, at the Eko Hotel.\n\n",
        "Notes to editors: photographs are available under asset IDs ", asset(r), " and ", asset(r), ". The Mandela Day charity auction raised ",
        f"£{r.randint(10,90)},{digs(r,3)}.\n")

def alt_email_briefing(r, d, i):
    d.w(f"[newsletter archive copy]\nFrom: Sport Desk Bulletin\nTo: sport-subscribers\nSubject: The Weekend Whistle\n\n",
        "• Galatasaray edge Fenerbahçe in the Kıtalararası Derbi; attendance 52,000.\n",
        "• Ireland beat South Africa 13-8 in Paris; the Aviva Stadium screening drew 30,000.\n",
        "• Kenya's marathon squad named for Boston; the course record still stands.\n",
        "• Brazil's Série A: Flamengo top after 12 rounds.\n\n",
        f"Podcast: episode {r.randint(100,400)}, build {ver4(r)}. Manage preferences: https://{NEWSDOM}/prefs\n")

def alt_ticket_incident(r, d, i):
    d.w(f"INC-{digs(r,6)}  Sev{r.randint(1,2)}  Paywall meter double-counting on app {ver4(r)}\n", f"Opened: {ts(r)} by on-call (reader revenue)\n\n",
        "Impact: readers hit the paywall after 2 articles instead of 5 for ~40 minutes. Approx. ", f"{r.randint(2,90)},{digs(r,3)}", " sessions affected (aggregate).\n",
        "Mitigation: feature flag paywall_meter_v3 disabled; CDN surrogate keys purged for ", slug(r), ".\n",
        "Follow-up: postmortem PM-", digs(r, 4), "; no personal data involved; masked PAN logging (****", digs(r, 4), ") unchanged.\n")

def alt_yaml_config(r, d, i):
    d.w("# comments-moderation service\nservice: comment-mod\nversion: ", ver4(r), "\nmodel:\n  toxicity_threshold: 0.", digs(r, 2),
        "\n  languages: [en, es, pt, tr, uk, ar, fa, ko]\nblocked_terms_list: s3://cfg/blocked-", digs(r, 6), ".txt\n",
        "upstream: http://localhost:9000\nhealth: http://[::1]:9001/healthz\nexample_placeholder_user: \"Jane Doe\"\n",
        "schedules:\n  - name: nightly-rescore\n    cron: \"15 3 * * *\"\n")

# ---- alternative bodies for positive templates (different wording and layout)
def alt_chat_newsroom(r, d, i):
    ed, pd, rep = Person(r, "GB"), Person(r, r.choice(["AU", "ZA", "CA"])), Person(r, r.choice(["TR", "GR", "UA", "RU", "KR", "HK"]))
    who = Person(r, rep.cc, sex="F")
    d.w(f"#foreign-desk  ·  {r.choice(['Mon','Tue','Wed','Thu','Fri'])}\n\n")
    clock = [r.randint(7 * 60, 9 * 60)]
    def msg(p, *items):
        clock[0] += r.randint(1, 20)
        d.w(P(p.full()), f"  {clock[0] // 60}:{clock[0] % 60:02d} AM\n", *items, "\n\n")
    msg(ed, "can someone confirm the spelling for the widow in the ", r.choice(["Izmir", "Thessaloniki", "Odesa", "Busan", "Kowloon"]), " piece? sub-editors have three versions")
    msg(rep, "it's ", P(who.full()), ". Her lawyer's number if legal need it: ", PH(phone(r, rep.cc)), ". She gave her birth date as ", DOB(fdate(r, who.dob, "dMy")),
        " but we're only saying 'in her sixties'")
    msg(pd, "pics: use ", asset(r), ". the one with the house number (", asset(r), ") is spiked")
    msg(ed, "👍 and please stop pasting contact details here, use the vault. also: Nobel Peace Prize sidebar is Reuters copy, not ours")

def alt_html_article(r, d, i):
    rep = Person(r, r.choice(["GB", "ZA", "IN"])); acc = Person(r, r.choice(COUNTRIES)); vic = Person(r, r.choice(COUNTRIES), sex="F"); judge = Person(r, "GB")
    d.w("<main>\n<header><span class=\"kicker\">Courts</span><h1>Carer jailed for stealing from ", f"{r.randint(3,9)}", " elderly clients</h1>\n",
        "<address class=\"author\">", P(rep.full()), f"</address><time datetime=\"2026-{r.randint(1,12):02d}-{r.randint(1,28):02d}\">", "</time></header>\n")
    d.w("<p>", P(acc.full()), f", {r.randint(25,60)}, of ", A(addr1(r, acc.cc)), ", was sentenced to ", str(r.randint(2, 6)), " years at Southwark Crown Court.</p>\n")
    d.w("<p>One victim, ", P(vic.full()), f", {r.randint(78,96)}, who has ", DX(r.choice(["multiple sclerosis", "atrial fibrillation", "Parkinson's disease"])),
        ", lost her savings. Judge ", P(judge.family), " called the offences \"a cruel betrayal\".</p>\n")
    d.w(f"<aside>National figures: {r.randint(2,9)},{digs(r,3)} fraud offences against over-75s were recorded last year. The Alzheimer's Society runs a helpline.</aside>\n</main>\n")

def alt_ft_cms_draft(r, d, i):
    rep = Person(r, r.choice(["IE", "NG", "BD"])); sub = Person(r, r.choice(COUNTRIES)); sp = Person(r)
    d.w("=== CMS DRAFT v", str(r.randint(2, 9)), " === slug ", slug(r), " === words ", str(r.randint(600, 1800)), "\n",
        "by ", P(rep.full()), "\n\n",
        "HEADLINE: Migrant workers paid in vouchers, leaked payroll shows\n\n",
        "Payroll sheets seen by this newspaper list ", P(sub.full()), ", a ", r.choice(["welder", "cleaner", "driver"]), " born on ", DOB(fdate(r, sub.dob, "dMy")),
        ", as receiving vouchers worth a third of the minimum wage. ")
    if i % 4 == 1:
        d.w("The sheets also show the passport number ", L(ptype(sub.cc), passport(r, sub.cc)), f" ({sub.cc}) held by the employer — [CUT BEFORE PUB].")
    else:
        d.w("The same sheets record deductions paid into IBAN ", L("IBAN", iban(r, r.choice(["GB", "IE", "NL", "DE"]))), " — [CUT BEFORE PUB].")
    d.w("\n\nA spokesperson, ", P(sp.full()), ", said the company \"complies with all applicable law\". The Walt Disney Company, a former client, declined to comment.\n")

def alt_cn_occhealth(r, d, i):
    p = Person(r, r.choice(["GB", "ZA", "IN", "BD", "GR"])); lab, v = clinid(r, p)
    dx, rx = r.choice([("hypertension", "amlodipine"), ("atrial fibrillation", "apixaban"), ("hypothyroidism", "levothyroxine"), ("asthma", "salbutamol")])
    d.w("Occ Health telephone consult | ", fdate(r, rdate(r, 2026, 2026), "dMy"), " | ", f"{lab} ", v, "\n")
    d.w("Pt: ", P(p.initial()), " (DOB ", DOB(fdate(r, p.dob, "iso")), "), sports producer, back from the Africa Cup of Nations.\n")
    d.w("Hx: intermittent chest tightness on exertion. Known ", DX(dx), ". Takes ", RX(rx), " daily. Ex-smoker. ",
        "FHx: father had MI at 58 (name not recorded). Not diabetic. ",
        "Says the tournament was \"a nightmare, a total heart attack of a fortnight\" - figure of speech, no cardiac symptoms at rest.\n")
    d.w("Plan: ECG via GP; fitness for travel deferred. Cc GP surgery by secure email ", E(f"gp.{r.choice(['woodside','parkview','harbour'])}@nhs.net"), ".\n")

def alt_ft_transcript(r, d, i):
    a, b = Person(r, r.choice(["GB", "IE"])), Person(r, r.choice(["UA", "RU", "TR", "IR", "ET"]), sex="F")
    d.w(f"[{asset(r)}]  auto-transcript, speaker diarisation ON, language: {r.choice(['uk','ru','tr','fa','am'])}->en\n\n")
    d.w("00:00:03  SPEAKER 1 (", P(a.given), "): Thank you for meeting us.\n")
    d.w("00:00:07  SPEAKER 2 (", P(b.given), "): I was a nurse at the district hospital until March. The director, ", P(Person(r, b.cc).full()),
        ", ordered us to record deaths as ", "heart failure", " even when they were shrapnel wounds.\n")
    d.w("00:01:12  SPEAKER 1: Can we contact you again?\n00:01:15  SPEAKER 2: Only on ", PH(phone(r, b.cc)), ". My husband has ", DX(r.choice(["epilepsy", "tinnitus", "post-traumatic stress disorder"])),
        " since the bombing and I can't leave him for long.\n")
    d.w("[end of excerpt — do not publish surnames]\n")

# ----------------------------------------------------------------------------- validation & main
CHECKS = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": verhoeff_ok, "BR_CPF": cpf_ok,
          "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": stid_ok, "IT_FISCAL_CODE": cf_ok, "SG_NRIC": nric_ok,
          "US_SSN": ssn_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_MBI": mbi_ok,
          "CA_SIN": lambda s: luhn_ok(s) and len(re.sub(r"\D", "", s)) == 9}

def leaks(text, ents):
    """unlabelled runs that look like valid cards / IBANs / SSNs / NHS numbers"""
    cov = set()
    for _, s, e in ents: cov.update(range(s, e))
    bad = []
    for m in re.finditer(r"(?<![\w.-])(?:\d[ -]?){12,18}\d(?![\w.-])", text):
        raw = re.sub(r"\D", "", m.group())
        if issuer_card(raw) and luhn_ok(raw) and not (set(range(m.start(), m.end())) & cov):
            bad.append(("card", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group()) and not (set(range(m.start(), m.end())) & cov): bad.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\w.-])(\d{3} ?\d{3} ?\d{4}|\d{4} ?\d{4} ?\d{4}|\d{11})(?![\w.-])", text):
        raw = re.sub(r"\D", "", m.group())
        hit = (len(raw) == 10 and nhs_ok(raw)) or (len(raw) == 12 and raw[0] in "23456789" and verhoeff_ok(raw)) or (len(raw) == 11 and stid_ok(raw))
        if hit and not (set(range(m.start(), m.end())) & cov): bad.append(("nhs/aadhaar/steuer", m.group()))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if ssn_ok(m.group()) and not (set(range(m.start(), m.end())) & cov): bad.append(("ssn", m.group()))
    return bad

def build():
    docs = []
    for name, fn, fmt, count in TEMPLATES:
        for n in range(count):
            r = random.Random(f"{SEED}:{name}:{n}")
            d = Doc(); fn(r, d, n)
            text = d.text()
            ents = sorted(d.ents, key=lambda x: x[1])
            docid = f"h44_{name}-{n}"
            assert fmt in FORMATS, fmt
            prev = -1
            for typ, s, e in ents:
                assert typ in LEVEL, (docid, typ)
                v = text[s:e]
                assert v and v == v.strip(), (docid, typ, repr(v))
                assert s >= prev, (docid, "overlap", typ, v)
                prev = e
                if typ in CHECKS: assert CHECKS[typ](v), (docid, typ, v)
            lk = leaks(text, ents)
            assert not lk, (docid, lk)
            cls = max((LEVEL[t] for t, _, _ in ents), key=RANK.get, default="INTERNAL")
            if fmt in ("json", "fhir_json"): json.loads(text)
            if fmt == "ndjson": [json.loads(l) for l in text.splitlines() if l.strip()]
            if fmt in ("csv", "tsv"):
                rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
                assert len({len(x) for x in rows if x}) == 1, (docid, {len(x) for x in rows})
            docs.append({"id": docid, "text": text, "entities": [{"type": t, "start": s, "end": e} for t, s, e in ents],
                         "classification": cls, "format": fmt})
    return docs

def main():
    docs = build()
    ids = [x["id"] for x in docs]; assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "holdout44.jsonl"), "w", encoding="utf-8") as f:
        for x in docs: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    # re-read and re-check
    with open(os.path.join(HERE, "holdout44.jsonl"), encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert back == docs
    ty = Counter(e["type"] for x in docs for e in x["entities"])
    out = [f"documents: {len(docs)}", f"no-entity documents: {sum(1 for x in docs if not x['entities'])}", "", "classification:"]
    out += [f"  {k:<30} {v}" for k, v in Counter(x["classification"] for x in docs).most_common()]
    out += ["", "format:"] + [f"  {k:<30} {v}" for k, v in Counter(x["format"] for x in docs).most_common()]
    out += ["", "entity type:"] + [f"  {k:<30} {v}" for k, v in ty.most_common()]
    print("\n".join(out))

if __name__ == "__main__":
    main()
