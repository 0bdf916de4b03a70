#!/usr/bin/env python3
"""holdout25 -- independent PII/PHI evaluation corpus (manufacturing & energy storage).
Standard library only. Deterministic. Written from the public contract only."""
import json, random, csv, io, re, sys, datetime
from collections import Counter

SEED = "holdout25/anemometer-coke-oven-4417"
OUT = "/tmp/holdout25/holdout25.jsonl"

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LEVNAME = {3: "RESTRICTED", 2: "CONFIDENTIAL", 1: "INTERNAL", 0: "INTERNAL"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 "
              "fhir_json form ticket".split())

# ----------------------------------------------------------------------------- builder
class L:
    def __init__(s, t, v):
        assert t in LEVEL, t
        s.t, s.v = t, v
class M:
    """mixed string: plain text and L values, rendered inside one JSON/YAML string"""
    def __init__(s, *items): s.items = items

class Doc:
    def __init__(s, fmt):
        assert fmt in FORMATS, fmt
        s.fmt, s.buf, s.n, s.ents = fmt, [], 0, []
    def _w(s, x):
        s.buf.append(x); s.n += len(x)
    def __call__(s, *items):
        for it in items:
            if isinstance(it, L):
                st = s.n; s._w(it.v); s.ents.append({"type": it.t, "start": st, "end": s.n})
            elif isinstance(it, M):
                s(*it.items)
            elif isinstance(it, (list, tuple)):
                s(*it)
            elif it is None:
                pass
            else:
                s._w(str(it))
        return s
    def text(s): return "".join(s.buf)

def jq(v):
    e = json.dumps(v, ensure_ascii=False)
    return e[1:-1]

def jemit(d, o, ind=2, lvl=0):
    """write JSON through the builder; labelled values are the content of a string literal"""
    pad = " " * (ind * (lvl + 1)) if ind else ""
    end = " " * (ind * lvl) if ind else ""
    nl = "\n" if ind else ""
    sep = ": " if ind else ":"
    if isinstance(o, dict):
        if not o: d("{}"); return
        d("{", nl)
        for i, (k, v) in enumerate(o.items()):
            d(pad, json.dumps(k, ensure_ascii=False), sep)
            jemit(d, v, ind, lvl + 1)
            d("," if i < len(o) - 1 else "", nl)
        d(end, "}")
    elif isinstance(o, list):
        if not o: d("[]"); return
        d("[", nl)
        for i, v in enumerate(o):
            d(pad); jemit(d, v, ind, lvl + 1)
            d("," if i < len(o) - 1 else "", nl)
        d(end, "]")
    elif isinstance(o, L):
        assert jq(o.v) == o.v, o.v
        d('"', o, '"')
    elif isinstance(o, M):
        d('"')
        for it in o.items:
            if isinstance(it, L):
                assert jq(it.v) == it.v; d(it)
            else:
                d(jq(it))
        d('"')
    else:
        d(json.dumps(o, ensure_ascii=False))

def crow(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i: d(sep)
        v = c.v if isinstance(c, L) else ("" if c is None else str(c))
        q = (sep in v) or ('"' in v) or ("\n" in v)
        if q:
            assert '"' not in v
            d('"', c if isinstance(c, L) else v, '"')
        else:
            d(c if isinstance(c, L) else v)
    d("\n")

# ----------------------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0
def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c): return c

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1
def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(n) % 97
    return cc + "%02d" % ck + bban

def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10: return False
    tot = sum(d[i] * (10 - i) for i in range(9)); c = 11 - tot % 11
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
    for i, ch in enumerate(reversed([x for x in s if x.isdigit()])):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0
def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])

def cpf_digits(nine):
    d = [int(c) for c in nine]
    s1 = sum(d[i] * (10 - i) for i in range(9)); c1 = (s1 * 10) % 11 % 10
    d.append(c1)
    s2 = sum(d[i] * (11 - i) for i in range(10)); c2 = (s2 * 10) % 11 % 10
    return "%d%d" % (c1, c2)
def cpf_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d[9:]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ": s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_L[int(s[:8]) % 23] == s[8]

def nir_ok(s):
    d = s.replace(" ", "")
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])

def stid_check(ten):
    p = 10
    for ch in ten:
        sm = (int(ch) + p) % 10
        if sm == 0: sm = 10
        p = (sm * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)
def stid_ok(s):
    d = s.replace(" ", "")
    if len(d) != 11 or not d.isdigit() or d[0] == "0": return False
    cnt = Counter(d[:10]).values()
    if not (sorted(cnt, reverse=True)[0] in (2, 3) and sum(1 for x in cnt if x > 1) == 1): return False
    return stid_check(d[:10]) == d[10]

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c): return int(c) if c.isdigit() else ord(c) - 65
def cf_check(f15):
    t = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(f15))
    return chr(65 + t % 26)
def cf_ok(s): return len(s) == 16 and cf_check(s[:15]) == s[15]

def nric_check(pfx, digs):
    w = [2,7,6,5,4,3,2]
    t = sum(int(c) * w[i] for i, c in enumerate(digs)) + (4 if pfx in "TG" else 0)
    return ("JZIHGFEDCBA" if pfx in "ST" else "XWUTRQPNMLK")[t % 11]
def nric_ok(s): return len(s) == 9 and s[0] in "STFG" and s[1:8].isdigit() and nric_check(s[0], s[1:8]) == s[8]

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    cls = "CAANAANAANN"
    for ch, k in zip(s, cls):
        if k == "C" and ch not in "123456789": return False
        if k == "A" and ch not in MBI_A: return False
        if k == "N" and not ch.isdigit(): return False
        if k == "AN" and not (ch.isdigit() or ch in MBI_A): return False
    return True
# note: position 3 and 6 are alphanumeric
def mbi_ok2(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    spec = ["C", "A", "X", "N", "A", "X", "N", "A", "A", "N", "N"]
    for ch, k in zip(s, spec):
        ok = {"C": ch in "123456789", "A": ch in MBI_A, "N": ch.isdigit(), "X": ch.isdigit() or ch in MBI_A}[k]
        if not ok: return False
    return True

NINO_BAD1 = set("DFIQUV"); NINO_BAD2 = set("DFIOQUV"); NINO_BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0].isalpha() and s[1].isalpha() and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2
            and s[:2] not in NINO_BADP and s[2:8].isdigit() and s[8] in "ABCD")

def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9: return False
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and sr != 0

def sin_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)

def card_ok(s):
    d = re.sub(r"\D", "", s)
    return 13 <= len(d) <= 19 and luhn_ok(d) and (d[0] in "3456" or d[:2] in ("22", "23", "24", "25", "26", "27"))

def aadhaar_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

def ukbank_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) in (8, 14)

CHECKS = {"CREDIT_CARD": card_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": aadhaar_ok,
          "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": stid_ok, "IT_FISCAL_CODE": cf_ok,
          "SG_NRIC": nric_ok, "US_MBI": mbi_ok2, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok,
          "CA_SIN": sin_ok, "UK_BANK_ACCOUNT": ukbank_ok}

def _selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert nhs_ok("9434765919") and not nhs_ok("9434765918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert stid_ok("86095742719") and stid_ok("65929970489")
    assert cf_ok("RSSMRA80A01H501U")
    assert nric_ok("S1234567D")
    assert mbi_ok2("1EG4-TE5-MK73")
    assert nino_ok("AB 12 34 56 C") and not nino_ok("QQ123456C")
    assert luhn_ok("046454286") and sin_ok("130 692 544")
_selftest()

# ----------------------------------------------------------------------------- names
NAMES = {
 "DE": ("Jürgen Maximilian Anneliese Sören Heike Wiebke Götz Ulrike Detlef Rüdiger Frauke Hannelore Lutz Kerstin",
        "Schäfer Großkopf Brandstätter Weißhaupt Kühnel Obermaier von der Heydt Bäuerle Nüßlein Tiedemann Ströbel Eichhorn-Lutz Wolfsteller Pöschl"),
 "PL": ("Grzegorz Małgorzata Przemysław Bożena Wojciech Agnieszka Zbigniew Jadwiga Szczepan Halina",
        "Wróblewski Szczęsna Brzęczyszczykiewicz Kołodziej Żmuda Chmielewska Grabowski Pietrzak Dąbrowska Wąsik"),
 "CZ": ("Vojtěch Radka Jiří Zdeňka Bořivoj Květoslava Přemysl Libuše", "Dvořák Kučerová Procházka Hrubá Šťastný Vondráčková Řezníček Čermák"),
 "SK": ("Ľubomír Zuzana Dušan Mária Ľudmila Miroslav", "Kováčik Hudecová Baláž Ďurišová Kmeť Šimková"),
 "HU": ("Zsolt Erzsébet Gyula Ildikó Levente Csilla Botond Tünde", "Szűcs Kovácsné Tóth Fekete-Győr Nagyváradi Hegedűs Lőrincz Bodnár"),
 "RO": ("Mihai Ioana Răzvan Florentina Ștefan Crina Dragoș Luminița", "Popescu Dumitrașcu Stănescu Vlădoiu Țurcanu Bălănescu Ungureanu Ciobotaru"),
 "BG": ("Todor Desislava Hristo Radostina Kaloyan Velislava", "Petkov Dimitrova Stoyanov Hadzhieva Zhelyazkov Genchev"),
 "RS": ("Dragan Jelena Nemanja Snežana Miloš Dragana", "Jovanović Đorđević Radosavljević Milićević Stojković Pavlović"),
 "TR": ("Mehmet Ayşe Oğuzhan Şükran Yiğit Gülşen Ercan Zeynep", "Yılmaz Öztürk Karaağaç Çelik Şahin Doğanay Kılıçarslan Güneş"),
 "IT": ("Gianluca Rosaria Salvatore Donatella Ettore Carmela Pierluigi Annunziata", "Esposito De Luca Lo Bianco Caruso D'Agostino Lombardo Santangelo Bruno"),
 "ES": ("Íñigo María José Jesús Begoña Aitor Nuria Fermín Rocío", "García de la Fuente Etxeberria Ruiz-Zorrilla Olazábal Núñez Iglesias Quintana Arrieta"),
 "PT": ("João Conceição Rui Graça Gonçalo Fátima Tiago", "Gonçalves Magalhães Sousa Azevedo Brandão Loureiro Figueiredo"),
 "FR": ("Anne-Sophie Thibault Maëlle Grégoire Solène Benoît Clémence", "Lefèvre Dupont-Moretti Chevallier Le Goff Bérenger Marchal de Villiers"),
 "UK": ("Gareth Siobhan Nigel Rhiannon Callum Bethan Alistair Kirsty", "Hargreaves Pritchard McAllister Thistlethwaite Owusu-Barnes Llewellyn Featherstonehaugh Craddock"),
 "NO": ("Øyvind Ingrid Håkon Solveig Torbjørn Ragnhild Eirik", "Bjørnstad Haugland Sæther Østby Fjeldheim Kvalvåg Løvås"),
 "US": ("Tanner Shelby DeShawn Kaylee Travis Brandi Cody LaTonya Dale", "Kowalczyk Hollingsworth Pruitt Washington Boudreaux McKinney Yazzie Tillman Stubblefield"),
 "MX": ("Juan Carlos Guadalupe Itzel Cuauhtémoc Xóchitl Rigoberto Yesenia", "Hernández Ramírez Tlapanco Villaseñor Cervantes Ochoa Zúñiga"),
 "BR": ("Thiago Luana Wellington Rayssa Cleiton Francisca Jéssica", "da Silva Nascimento Albuquerque dos Santos Carvalho Guimarães Pereira"),
 "AR": ("Facundo Florencia Agustín Milagros Nahuel Valentina", "Fernández Bianchi Iturralde Sosa Gutiérrez Aguirre"),
 "IN": ("Venkatesh Priyanka Harpreet Lakshmi Arjun Sreeja Mohammed Irfan Kavitha", "Subramanian Chakraborty Gill Reddy Iyer Deshpande Nair Bhattacharya"),
 "PH": ("Jhun Maricel Rodel Analyn Jomar Rowena Ronaldo", "Dela Cruz Macaraeg Bautista Villanueva Pangilinan Dimaculangan Soriano"),
 "ID": ("Sutrisno Wulandari Bambang Dewi Agus Siti Nurhaliza Eko", "Prasetyo Wijaya Hidayat Santoso Kusumawati Siregar"),
 "MY": ("Muhammad Hafiz Nurul Aisyah Chong Wei Kavitha Azman Siew Ling", "bin Abdullah binti Ismail Tan Subramaniam bin Yusof Lim"),
 "TH": ("Somchai Siriporn Anurak Kanokwan Prasert Nattaya", "Srisawat Chaiyaphum Wongsuwan Rattanakosin Phongphaew Kittikachorn"),
 "ZA": ("Thabo Nomvula Pieter Zanele Sipho Annelie Lwazi", "Mokoena van der Merwe Dlamini Botha Nkosi Khumalo Mahlangu"),
 "NG": ("Chukwuemeka Oluwaseun Ngozi Abubakar Funmilayo Ifeanyi Aisha", "Okonkwo Adeyemi Bello Nwachukwu Olawale Eze Danjuma"),
 "QA": ("Khalid Noora Hamad Maryam Abdulrahman Fatima", "Al-Thani Al-Kuwari Al-Mannai Al-Sulaiti Al-Marri"),
 "AE": ("Saeed Mariam Rashid Hessa Omar Shamma", "Al Mansouri Al Falasi Al Nuaimi Al Shamsi Al Ketbi"),
 "KZ": ("Nursultan Aigerim Yerlan Dinara Askar Gulnara Daulet", "Nurlanov Zhakupova Seitkali Abenova Tulegenov Baimukhamedov"),
}
NAMES = {k: (g.split(), f.split()) for k, (g, f) in NAMES.items()}
# multi-word given/family names written with '_' above would be split; fix a few by hand
NAMES["ES"] = (["Íñigo", "María José", "Jesús", "Begoña", "Aitor", "Nuria", "Fermín", "Rocío"],
               ["García de la Fuente", "Etxeberria", "Ruiz-Zorrilla", "Olazábal", "Núñez Iglesias", "Quintana Arrieta"])
NAMES["DE"] = (NAMES["DE"][0], ["Schäfer", "Großkopf", "Brandstätter", "Weißhaupt", "Kühnel", "von der Heydt",
               "Bäuerle", "Nüßlein", "Tiedemann", "Ströbel", "Eichhorn-Lutz", "Wolfsteller", "Pöschl"])
NAMES["IT"] = (NAMES["IT"][0], ["Esposito", "De Luca", "Lo Bianco", "Caruso", "D'Agostino", "Lombardo", "Santangelo"])
NAMES["FR"] = (NAMES["FR"][0], ["Lefèvre", "Dupont-Moretti", "Chevallier", "Le Goff", "Bérenger", "de Villiers", "Marchal"])
NAMES["BR"] = (["Thiago", "Luana", "Wellington", "Rayssa", "Cleiton", "Francisca", "Jéssica"],
               ["da Silva", "Nascimento", "Albuquerque", "dos Santos Carvalho", "Guimarães", "Pereira"])
NAMES["IN"] = (["Venkatesh", "Priyanka", "Harpreet", "Lakshmi", "Arjun", "Sreeja", "Mohammed Irfan", "Kavitha"],
               NAMES["IN"][1])
NAMES["PH"] = (NAMES["PH"][0], ["Dela Cruz", "Macaraeg", "Bautista", "Villanueva", "Pangilinan", "Dimaculangan"])
NAMES["ID"] = (["Sutrisno", "Wulandari", "Bambang", "Dewi", "Agus", "Siti Nurhaliza", "Eko"], NAMES["ID"][1])
NAMES["MY"] = (["Muhammad Hafiz", "Nurul Aisyah", "Azman", "Siew Ling", "Wei Jie"],
               ["bin Abdullah", "binti Ismail", "Tan", "Subramaniam", "bin Yusof", "Lim"])
NAMES["ZA"] = (NAMES["ZA"][0], ["Mokoena", "van der Merwe", "Dlamini", "Botha", "Nkosi", "Khumalo", "Mahlangu"])
NAMES["AE"] = (NAMES["AE"][0], ["Al Mansouri", "Al Falasi", "Al Nuaimi", "Al Shamsi", "Al Ketbi"])
NAMES["MX"] = (["Juan Carlos", "Guadalupe", "Itzel", "Cuauhtémoc", "Xóchitl", "Rigoberto", "Yesenia"], NAMES["MX"][1])
SYL = "ka ro vi ten dul mar sze bo ya lin gru tav ne ost zem fa ur pil kwe dro ami sel"
SYL = SYL.split()
def invented(r, n=None):
    n = n or r.choice([2, 3])
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()
COUNTRIES = list(NAMES)

def pname(r, cc=None):
    """(given, family, cc); ~12% invented parts"""
    cc = cc or r.choice(COUNTRIES)
    g, f = NAMES[cc]
    gv = r.choice(g) if r.random() > 0.12 else invented(r)
    fv = r.choice(f) if r.random() > 0.12 else invented(r, 3)
    if cc == "ID" and r.random() < 0.5: fv = None   # mononym
    return gv, fv, cc
def full(p):
    return p[0] if not p[1] else p[0] + " " + p[1]
def fam(p): return p[1] or p[0]

# ----------------------------------------------------------------------------- dates
MON_EN = "January February March April May June July August September October November December".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
def rdate(r, y0=1958, y1=2003):
    return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
def fdate(r, d, style=None):
    style = style or r.choice(["iso", "dmy.", "dmy/", "mdy/", "dMy", "Mdy"])
    return {"iso": d.isoformat(), "dmy.": d.strftime("%d.%m.%Y"), "dmy/": d.strftime("%d/%m/%Y"),
            "mdy/": d.strftime("%m/%d/%Y"), "dMy": "%d %s %d" % (d.day, MON_EN[d.month - 1][:3], d.year),
            "Mdy": "%s %d, %d" % (MON_EN[d.month - 1], d.day, d.year), "de": "%d. %s %d" % (d.day, MON_DE[d.month - 1], d.year),
            "es": "%d de %s de %d" % (d.day, MON_ES[d.month - 1], d.year), "hl7": d.strftime("%Y%m%d")}[style]
def dob(r, style=None): return fdate(r, rdate(r), style)
def recent(r, style="iso"): return fdate(r, rdate(r, 2023, 2025), style)
def ts(r):
    return "2025-%02d-%02dT%02d:%02d:%02d" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))

# ----------------------------------------------------------------------------- addresses
def addr(r, cc=None, multiline=False):
    cc = cc or r.choice(list(ADDR))
    lines = ADDR[cc](r)
    return ("\n" if multiline else ", ").join(lines), cc
def D(r, a, b): return str(r.randint(a, b))
ADDR = {
 "DE": lambda r: [r.choice(["Hauptstraße", "Am Mühlbach", "Industriestr.", "Lindenallee", "Zeppelinweg"]) + " " + D(r, 1, 140) + r.choice(["", "a", "b"]),
                  "%05d %s" % (r.randint(10000, 99999), r.choice(["Wolfsburg", "Ludwigshafen", "Ingolstadt", "Bitterfeld-Wolfen", "Zwickau"]))],
 "PL": lambda r: ["ul. " + r.choice(["Piłsudskiego", "Słowackiego", "Kościuszki", "Żeromskiego"]) + " " + D(r, 1, 90) + "/" + D(r, 1, 40),
                  "%02d-%03d %s" % (r.randint(10, 99), r.randint(0, 999), r.choice(["Gliwice", "Tychy", "Płock", "Wałbrzych"]))],
 "CZ": lambda r: [r.choice(["Nádražní", "Husova", "Palackého", "Třída Tomáše Bati"]) + " " + D(r, 100, 2999) + "/" + D(r, 1, 60),
                  "%03d %02d %s" % (r.randint(100, 799), r.randint(0, 99), r.choice(["Mladá Boleslav", "Kvasiny", "Ostrava-Vítkovice"]))],
 "SK": lambda r: [r.choice(["Štúrova", "Hlavná", "Mlynská"]) + " " + D(r, 1, 80), "%03d %02d %s" % (r.randint(800, 999), r.randint(0, 99), r.choice(["Trnava", "Žilina", "Nitra"]))],
 "HU": lambda r: ["%04d %s" % (r.randint(1000, 9999), r.choice(["Győr", "Kecskemét", "Százhalombatta"])), r.choice(["Petőfi Sándor u.", "Kossuth Lajos utca", "Rákóczi út"]) + " " + D(r, 1, 99) + "."],
 "RO": lambda r: ["Str. " + r.choice(["Mihai Eminescu", "Gării", "Republicii"]) + " nr. " + D(r, 1, 120) + ", bl. " + D(r, 1, 30) + ", ap. " + D(r, 1, 80),
                  r.choice(["Pitești", "Craiova", "Ploiești"]) + " " + "%06d" % r.randint(100000, 999999)],
 "BG": lambda r: ["ul. " + r.choice(["Vasil Levski", "Tsar Simeon", "Hristo Botev"]) + " " + D(r, 1, 90), D(r, 1000, 9999) + " " + r.choice(["Plovdiv", "Burgas", "Stara Zagora"])],
 "RS": lambda r: [r.choice(["Bulevar oslobođenja", "Kneza Miloša", "Vojvode Stepe"]) + " " + D(r, 1, 200), D(r, 11000, 37000) + " " + r.choice(["Kragujevac", "Novi Sad", "Pančevo"])],
 "TR": lambda r: [r.choice(["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İnönü Bulvarı"]) + " No:" + D(r, 1, 90) + " D:" + D(r, 1, 20),
                  D(r, 16000, 41999) + " " + r.choice(["Osmangazi/Bursa", "Gebze/Kocaeli", "Aliağa/İzmir"])],
 "IT": lambda r: [r.choice(["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Via dell'Industria"]) + ", " + D(r, 1, 200),
                  "%05d %s" % (r.randint(10000, 98000), r.choice(["Melfi (PZ)", "Priolo Gargallo (SR)", "Cassino (FR)", "Ravenna (RA)"]))],
 "ES": lambda r: [r.choice(["Calle de Alcalá", "Avda. de la Constitución", "C/ Mayor", "Rúa do Vilar"]) + ", " + D(r, 1, 150) + ", " + D(r, 1, 9) + "º " + r.choice(["A", "B", "2ª", "izda."]),
                  "%05d %s" % (r.randint(1000, 52999), r.choice(["Martorell (Barcelona)", "Tarragona", "Vigo", "Puertollano"]))],
 "PT": lambda r: ["Rua " + r.choice(["Dr. António Granjo", "da Liberdade", "Cândido dos Reis"]) + ", " + D(r, 1, 300) + " " + D(r, 1, 5) + "º Esq.",
                  "%04d-%03d %s" % (r.randint(1000, 9999), r.randint(0, 999), r.choice(["Palmela", "Sines", "Aveiro"]))],
 "FR": lambda r: [D(r, 1, 90) + r.choice(["", " bis", " ter"]) + " " + r.choice(["rue des Tanneurs", "avenue Jean Jaurès", "chemin de la Raffinerie", "impasse des Lilas"]),
                  "%05d %s" % (r.randint(1000, 95999), r.choice(["Sochaux", "Fos-sur-Mer", "Lacq", "Saint-Nazaire"]))],
 "UK": lambda r: [D(r, 1, 220) + " " + r.choice(["Ashby Road", "Cardigan Close", "Bessemer Way", "Holyhead Terrace"]),
                  r.choice(["Derby DE24 8", "Grangemouth FK3 9", "Sunderland SR5 3", "Aberdeen AB12 4", "Port Talbot SA13 2"]) + r.choice("ABDEFGHJLN") + r.choice("PQRSTUWXYZ")],
 "NO": lambda r: [r.choice(["Strandgata", "Kirkeveien", "Fjellstien"]) + " " + D(r, 1, 80) + r.choice(["", "B"]), "%04d %s" % (r.randint(1000, 9999), r.choice(["Stavanger", "Hammerfest", "Kristiansund"]))],
 "US": lambda r: [D(r, 100, 9899) + " " + r.choice(["County Road 12", "W Pioneer Pkwy", "Refinery Rd", "N Main St", "Ridgeview Dr"]) + r.choice(["", " Apt 4B", " Lot 17", " #210"]),
                  r.choice(["Midland, TX 797", "Williston, ND 588", "Lake Charles, LA 706", "Georgetown, KY 403", "Smyrna, TN 371", "Casper, WY 826", "Tulsa, OK 741"]) + "%02d" % r.randint(0, 99)],
 "MX": lambda r: ["Av. " + r.choice(["Hidalgo", "Benito Juárez", "Insurgentes"]) + " " + D(r, 1, 3000) + ", Col. " + r.choice(["Centro", "Industrial", "Las Flores"]),
                  "C.P. %05d %s" % (r.randint(20000, 99999), r.choice(["Ramos Arizpe, Coah.", "Silao, Gto.", "Saltillo, Coah.", "Cd. del Carmen, Camp."]))],
 "BR": lambda r: [r.choice(["Rua Sete de Setembro", "Av. Brasil", "Rua das Palmeiras"]) + ", " + D(r, 1, 2000) + r.choice(["", " - apto 32", " - casa 2"]),
                  r.choice(["São Bernardo do Campo - SP", "Macaé - RJ", "Camaçari - BA", "Betim - MG"]) + ", " + "%05d-%03d" % (r.randint(10000, 99999), r.randint(0, 999))],
 "AR": lambda r: [r.choice(["Av. San Martín", "Calle Belgrano", "Bv. Oroño"]) + " " + D(r, 100, 4000) + r.choice(["", ", piso 3 dto. B"]), "%s %s" % (r.choice(["Q8300", "B1617", "X5000"]) + r.choice(["ABC", "XYZ", "FJD"]), r.choice(["Neuquén", "Pacheco", "Córdoba"]))],
 "IN": lambda r: ["Flat " + D(r, 101, 904) + ", " + r.choice(["Sai Krupa Apartments", "Shanti Niketan Society", "Green Park Residency"]),
                  r.choice(["MIDC Chakan, Pune 410501", "Jamnagar, Gujarat 361142", "Sriperumbudur, Tamil Nadu 602105", "Manesar, Haryana 122051"])],
 "PH": lambda r: ["Blk " + D(r, 1, 40) + " Lot " + D(r, 1, 30) + " " + r.choice(["Sampaguita St.", "Mabini St.", "Rizal Ave."]),
                  "Brgy. " + r.choice(["San Isidro", "Poblacion", "Maligaya"]) + ", " + r.choice(["Batangas City 4200", "Calamba, Laguna 4027", "Cebu City 6000"])],
 "ID": lambda r: ["Jl. " + r.choice(["Sudirman", "Gatot Subroto", "Diponegoro"]) + " No. " + D(r, 1, 150) + " RT " + "%03d" % r.randint(1, 15) + "/RW " + "%03d" % r.randint(1, 12),
                  r.choice(["Cikarang, Bekasi 17530", "Balikpapan 76114", "Cilegon, Banten 42435"])],
 "MY": lambda r: ["No. " + D(r, 1, 80) + ", " + r.choice(["Jalan Perindustrian 3", "Lorong Seri Mutiara", "Jalan Kenanga 7"]),
                  r.choice(["Taman Kerteh, 24300 Kerteh, Terengganu", "81700 Pasir Gudang, Johor", "Bayan Lepas, 11900 Pulau Pinang"])],
 "TH": lambda r: [D(r, 1, 300) + "/" + D(r, 1, 40) + " Moo " + D(r, 1, 12) + ", " + r.choice(["Tambon Map Ta Phut", "Tambon Bang Phli Yai", "Tambon Nong Kham"]),
                  r.choice(["Mueang Rayong, Rayong 21150", "Bang Phli, Samut Prakan 10540", "Si Racha, Chon Buri 20230"])],
 "ZA": lambda r: [D(r, 1, 300) + " " + r.choice(["Voortrekker Road", "Jan Smuts Ave", "Nelson Mandela Drive"]), r.choice(["Secunda, 2302", "Sasolburg, 1947", "Rosslyn, 0200", "eMalahleni, 1035"])],
 "NG": lambda r: [D(r, 1, 60) + " " + r.choice(["Adeola Odeku Street", "Aba Road", "Trans-Amadi Layout"]), r.choice(["Victoria Island, Lagos 101241", "Port Harcourt, Rivers 500272", "Warri, Delta 332213"])],
 "QA": lambda r: ["Building " + D(r, 1, 90) + ", Street " + D(r, 800, 999) + ", Zone " + D(r, 50, 90), r.choice(["Al Wakrah", "Mesaieed", "Doha"]) + ", Qatar"],
 "AE": lambda r: ["Villa " + D(r, 1, 40) + ", " + r.choice(["Street 19, Al Khalidiyah", "Al Wasl Road, Umm Suqeim 2", "Sector 11, Mussafah"]), r.choice(["Abu Dhabi", "Dubai", "Ruwais"]) + ", UAE"],
 "KZ": lambda r: ["ul. " + r.choice(["Satpayeva", "Abaya", "Kunaeva"]) + " " + D(r, 1, 120) + ", kv. " + D(r, 1, 90), r.choice(["Atyrau 060011", "Aktau 130000", "Aksay 090300"])],
}

# ----------------------------------------------------------------------------- phones
def N(r, k): return "".join(r.choice("0123456789") for _ in range(k))
def phone(r, cc=None):
    cc = cc or r.choice(list(PHONE))
    return PHONE[cc](r)
PHONE = {
 "DE": lambda r: r.choice(["+49 " + r.choice(["151", "160", "172", "176"]) + " " + N(r, 8), "0" + r.choice(["5361", "621", "841"]) + " / " + N(r, 6), "+49 (0)841 89-" + N(r, 5)]),
 "PL": lambda r: "+48 " + r.choice("5678") + N(r, 2) + " " + N(r, 3) + " " + N(r, 3),
 "CZ": lambda r: "+420 " + r.choice(["602", "731", "776"]) + " " + N(r, 3) + " " + N(r, 3),
 "SK": lambda r: "+421 9" + N(r, 2) + " " + N(r, 3) + " " + N(r, 3),
 "HU": lambda r: "+36 " + r.choice(["20", "30", "70"]) + " " + N(r, 3) + " " + N(r, 4),
 "RO": lambda r: r.choice(["+40 7", "07"]) + N(r, 2) + " " + N(r, 3) + " " + N(r, 3),
 "BG": lambda r: "+359 8" + r.choice("789") + " " + N(r, 3) + " " + N(r, 4),
 "RS": lambda r: "+381 6" + r.choice("0345") + " " + N(r, 3) + " " + N(r, 4),
 "TR": lambda r: r.choice(["+90 5", "0 (5"]) + N(r, 2) + r.choice([" ", ") "]) + N(r, 3) + " " + N(r, 2) + " " + N(r, 2),
 "IT": lambda r: "+39 3" + N(r, 2) + " " + N(r, 3) + " " + N(r, 4),
 "ES": lambda r: "+34 6" + N(r, 2) + " " + N(r, 2) + " " + N(r, 2) + " " + N(r, 2),
 "PT": lambda r: "+351 9" + r.choice("1236") + N(r, 1) + " " + N(r, 3) + " " + N(r, 3),
 "FR": lambda r: r.choice(["+33 6 ", "06 ", "+33 (0)4 "]) + " ".join(N(r, 2) for _ in range(4)),
 "UK": lambda r: r.choice(["+44 7" + N(r, 3) + " " + N(r, 6), "07" + N(r, 3) + " " + N(r, 6), "01332 " + N(r, 6), "+44 (0)1224 " + N(r, 6)]),
 "NO": lambda r: "+47 " + r.choice("49") + N(r, 2) + " " + N(r, 2) + " " + N(r, 3),
 "US": lambda r: r.choice(["(432) ", "701-", "+1 337 ", "(918) ", "502."]) + N(r, 3) + r.choice(["-", "."]) + N(r, 4),
 "MX": lambda r: "+52 " + r.choice(["844", "472", "938"]) + " " + N(r, 3) + " " + N(r, 4),
 "BR": lambda r: "+55 " + r.choice(["(11)", "(22)", "(71)"]) + " 9" + N(r, 4) + "-" + N(r, 4),
 "AR": lambda r: "+54 9 " + r.choice(["299", "11", "351"]) + " " + N(r, 3) + "-" + N(r, 4),
 "IN": lambda r: "+91 " + r.choice("6789") + N(r, 4) + " " + N(r, 5),
 "PH": lambda r: r.choice(["+63 9", "09"]) + N(r, 2) + " " + N(r, 3) + " " + N(r, 4),
 "ID": lambda r: "+62 8" + N(r, 2) + "-" + N(r, 4) + "-" + N(r, 4),
 "MY": lambda r: "+60 1" + r.choice("2379") + "-" + N(r, 3) + " " + N(r, 4),
 "TH": lambda r: "+66 8" + N(r, 1) + " " + N(r, 3) + " " + N(r, 4),
 "ZA": lambda r: "+27 " + r.choice(["82", "73", "17"]) + " " + N(r, 3) + " " + N(r, 4),
 "NG": lambda r: "+234 " + r.choice(["803", "806", "812"]) + " " + N(r, 3) + " " + N(r, 4),
 "QA": lambda r: "+974 " + r.choice("3567") + N(r, 3) + " " + N(r, 4),
 "AE": lambda r: "+971 5" + r.choice("0256") + " " + N(r, 3) + " " + N(r, 4),
 "KZ": lambda r: "+7 7" + r.choice(["01", "05", "71", "47"]) + " " + N(r, 3) + " " + N(r, 2) + " " + N(r, 2),
}
def email_of(r, p, dom=None):
    import unicodedata
    def fold(x): return "".join(c for c in unicodedata.normalize("NFKD", x) if c.isalnum() and ord(c) < 128).lower()
    dom = dom or r.choice(["ostwerk-automotive.de", "halvorsen-energy.no", "cuencachem.es", "gulfdrill-ops.com",
                           "windcare-services.co.uk", "gmail.com", "outlook.com", "yahoo.com.br", "mail.ru", "seznam.cz", "wp.pl"])
    g, f = fold(p[0]), fold(p[1] or "x")
    return r.choice([g + "." + f, g[0] + f, f + "." + g, g + "_" + f + N(r, 2)]) + "@" + dom

# ----------------------------------------------------------------------------- identifiers
U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def A(r, k, al=U): return "".join(r.choice(al) for _ in range(k))
PASS = {
 "DE": lambda r: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
 "PL": lambda r: A(r, 2) + N(r, 7), "CZ": lambda r: N(r, 8), "SK": lambda r: A(r, 2) + N(r, 7),
 "HU": lambda r: A(r, 2) + N(r, 7), "RO": lambda r: "0" + N(r, 7), "BG": lambda r: "3" + N(r, 8),
 "RS": lambda r: "0" + N(r, 8), "TR": lambda r: "U" + N(r, 8), "IT": lambda r: A(r, 2) + N(r, 7),
 "ES": lambda r: A(r, 3) + N(r, 6), "PT": lambda r: A(r, 1) + N(r, 6), "FR": lambda r: N(r, 2) + A(r, 2) + N(r, 5),
 "UK": lambda r: "5" + N(r, 8), "NO": lambda r: "3" + N(r, 7), "US": lambda r: r.choice(["5", "6", "A"]) + N(r, 8),
 "MX": lambda r: "G" + N(r, 8), "BR": lambda r: A(r, 2) + N(r, 6), "AR": lambda r: "AA" + A(r, 1) + N(r, 6),
 "IN": lambda r: r.choice("JKLMNPRSTUVZ") + N(r, 7), "PH": lambda r: "P" + N(r, 7) + A(r, 1),
 "ID": lambda r: r.choice("BCX") + N(r, 7), "MY": lambda r: "A" + N(r, 8), "TH": lambda r: A(r, 2) + N(r, 7),
 "ZA": lambda r: r.choice("AM") + N(r, 8), "NG": lambda r: "A" + N(r, 8), "QA": lambda r: "0" + N(r, 7),
 "AE": lambda r: "N" + N(r, 7), "KZ": lambda r: "N" + N(r, 8),
}
CNAME = {"DE": "Germany", "PL": "Poland", "CZ": "Czech Republic", "SK": "Slovakia", "HU": "Hungary", "RO": "Romania",
         "BG": "Bulgaria", "RS": "Serbia", "TR": "Türkiye", "IT": "Italy", "ES": "Spain", "PT": "Portugal", "FR": "France",
         "UK": "United Kingdom", "NO": "Norway", "US": "United States", "MX": "Mexico", "BR": "Brazil", "AR": "Argentina",
         "IN": "India", "PH": "Philippines", "ID": "Indonesia", "MY": "Malaysia", "TH": "Thailand", "ZA": "South Africa",
         "NG": "Nigeria", "QA": "Qatar", "AE": "United Arab Emirates", "KZ": "Kazakhstan"}
ISO3 = {"DE": "DEU", "PL": "POL", "CZ": "CZE", "SK": "SVK", "HU": "HUN", "RO": "ROU", "BG": "BGR", "RS": "SRB", "TR": "TUR",
        "IT": "ITA", "ES": "ESP", "PT": "PRT", "FR": "FRA", "UK": "GBR", "NO": "NOR", "US": "USA", "MX": "MEX", "BR": "BRA",
        "AR": "ARG", "IN": "IND", "PH": "PHL", "ID": "IDN", "MY": "MYS", "TH": "THA", "ZA": "ZAF", "NG": "NGA", "QA": "QAT",
        "AE": "ARE", "KZ": "KAZ"}
PASS_LABEL = {"DE": "Reisepass-Nr.", "PL": "Nr paszportu", "CZ": "Číslo pasu", "SK": "Číslo pasu", "HU": "Útlevélszám",
              "RO": "Nr. pașaport", "BG": "Passport No.", "RS": "Broj pasoša", "TR": "Pasaport No", "IT": "N. passaporto",
              "ES": "Nº de pasaporte", "PT": "N.º do passaporte", "FR": "N° de passeport", "NO": "Passnummer",
              "MX": "No. de pasaporte", "BR": "Nº do passaporte", "AR": "Pasaporte N°", "KZ": "Паспорт №"}
def passport(r, cc):
    return L("US_PASSPORT" if cc == "US" else "PASSPORT", PASS[cc](r))

DL = {  # state -> (name, generator)
 "TX": ("Texas", lambda r: N(r, 8)), "OK": ("Oklahoma", lambda r: A(r, 1) + N(r, 9)),
 "ND": ("North Dakota", lambda r: A(r, 3) + "-" + N(r, 2) + "-" + N(r, 4)), "LA": ("Louisiana", lambda r: "00" + N(r, 7)),
 "NM": ("New Mexico", lambda r: N(r, 9)), "WY": ("Wyoming", lambda r: N(r, 6) + "-" + N(r, 3)),
 "AK": ("Alaska", lambda r: N(r, 7)), "PA": ("Pennsylvania", lambda r: N(r, 2) + " " + N(r, 3) + " " + N(r, 3)),
 "CO": ("Colorado", lambda r: N(r, 2) + "-" + N(r, 3) + "-" + N(r, 4)), "OH": ("Ohio", lambda r: A(r, 2) + N(r, 6)),
 "MI": ("Michigan", lambda r: A(r, 1) + " " + N(r, 3) + " " + N(r, 3) + " " + N(r, 3) + " " + N(r, 3)),
 "KY": ("Kentucky", lambda r: A(r, 1) + N(r, 2) + "-" + N(r, 3) + "-" + N(r, 3)), "IN": ("Indiana", lambda r: N(r, 4) + "-" + N(r, 2) + "-" + N(r, 4)),
 "TN": ("Tennessee", lambda r: N(r, 9)), "AL": ("Alabama", lambda r: N(r, 7)), "SC": ("South Carolina", lambda r: N(r, 9)),
 "CA": ("California", lambda r: A(r, 1) + N(r, 7)), "FL": ("Florida", lambda r: A(r, 1) + N(r, 3) + "-" + N(r, 3) + "-" + N(r, 2) + "-" + N(r, 3) + "-" + N(r, 1)),
 "IL": ("Illinois", lambda r: A(r, 1) + N(r, 3) + "-" + N(r, 4) + "-" + N(r, 4)), "WA": ("Washington", lambda r: "WDL" + A(r, 6, U + "0123456789") + N(r, 3)),
}
def uk_dl(r, p):
    sur = re.sub(r"[^A-Z]", "", (fam(p).upper().encode("ascii", "ignore").decode()) + "99999")[:5].ljust(5, "9")
    d = rdate(r)
    return sur + str(d.year)[2] + "%02d" % d.month + "%02d" % d.day + str(d.year)[3] + (p[0][0].upper() if p[0][0].isascii() else "X") + "9" + "9" + A(r, 2)

def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
def card(r, kind=None, sep=" "):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    pre = {"visa": "4" + N(r, 5), "mc": "5" + r.choice("12345") + N(r, 4), "mc2": "22" + r.choice("3456789") + N(r, 3),
           "amex": r.choice(["34", "37"]) + N(r, 4), "disc": "6011" + N(r, 2)}[kind]
    ln = 15 if kind == "amex" else 16
    body = pre + N(r, ln - len(pre) - 1)
    c = body + luhn_digit(body)
    if kind == "amex": return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))
def bad_luhn(r, n=16):
    while True:
        s = "4" + N(r, n - 1)
        if not luhn_ok(s): return s

IBAN_FMT = {"DE": "n18", "PL": "n24", "CZ": "n20", "SK": "n20", "HU": "n24", "RO": "a4 c16", "BG": "a4 n6 c8", "RS": "n18",
            "TR": "n5 z1 c16", "IT": "a1 n10 c12", "ES": "n20", "PT": "n21", "FR": "n10 c11 n2", "UK": "a4 n14", "NO": "n11",
            "BR": "n23 a1 c1", "QA": "a4 c21", "AE": "n19", "KZ": "n3 c13", "GB": "a4 n14"}
def iban(r, cc, spaced=None):
    parts = []
    for f in IBAN_FMT[cc].split():
        k, n = f[0], int(f[1:])
        parts.append({"n": N(r, n), "a": A(r, n), "c": A(r, n, U + "0123456789"), "z": "0" * n}[k])
    code = "GB" if cc == "UK" else cc
    s = iban_make(code, "".join(parts))
    if spaced is None: spaced = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
def bad_iban(r, cc):
    s = iban(r, cc, spaced=False)
    s = s[:-1] + str((int(s[-1]) + 1) % 10) if s[-1].isdigit() else s[:-2] + "00"
    if iban_ok(s): return bad_iban(r, cc)
    return s
def nhs(r, spaced=True):
    while True:
        b = N(r, 9); tot = sum(int(b[i]) * (10 - i) for i in range(9)); c = 11 - tot % 11
        if c == 11: c = 0
        if c != 10 and b[0] != "0":
            s = b + str(c); return s[:3] + " " + s[3:6] + " " + s[6:] if spaced else s
def bad_nhs(r):
    while True:
        s = N(r, 10)
        if not nhs_ok(s) and s[0] != "0": return s[:3] + " " + s[3:6] + " " + s[6:]
def nino(r):
    while True:
        p = r.choice(U) + r.choice(U)
        if p[0] not in NINO_BAD1 and p[1] not in NINO_BAD2 and p not in NINO_BADP: break
    d = N(r, 6)
    return r.choice([p + d + r.choice("ABCD"), "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], r.choice("ABCD"))])
def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ"); d = N(r, 7); return p + d + DNI_L[int(str("XYZ".index(p)) + d) % 23]
    n = N(r, 8); return n + r.choice(["", "-"]) + DNI_L[int(n) % 23]
def bad_dni(r):
    n = N(r, 8); return n + DNI_L[(int(n) + 5) % 23]
def nir(r, sex=None, spaced=True):
    sex = sex or r.choice("12")
    d = "%s%02d%02d%02d%03d%03d" % (sex, r.randint(60, 99), r.randint(1, 12), r.choice([13, 33, 44, 57, 59, 64, 69, 76]), r.randint(1, 999), r.randint(1, 999))
    k = "%02d" % (97 - int(d) % 97)
    return "%s %s %s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:10], d[10:13], k) if spaced else d + k
def bad_nir(r):
    s = nir(r, spaced=False); k = (int(s[13:]) + 3) % 97
    return s[:13] + "%02d" % k
def stid(r, spaced=False):
    while True:
        digs = r.sample("0123456789", 9)
        if digs[0] == "0": continue
        dup = r.choice(digs[1:]); pos = r.randint(1, 9)
        ten = digs[:pos] + [dup] + digs[pos:]
        ten = "".join(ten[:10])
        if ten[0] == "0": continue
        s = ten + stid_check(ten)
        if stid_ok(s):
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]) if spaced else s
def bad_stid(r):
    s = stid(r); return s[:10] + str((int(s[10]) + 4) % 10)
MONCF = "ABCDEHLMPRST"
BELF = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "C351", "L736", "D969", "F052", "G942"]
def _cf3(s, given=False):
    s = re.sub(r"[^A-Z]", "", s.upper().translate(str.maketrans("ÀÈÉÌÒÙ'", "AEEIOU ")))
    co = [c for c in s if c not in "AEIOU"]; vo = [c for c in s if c in "AEIOU"]
    if given and len(co) > 3: co = [co[0], co[2], co[3]]
    return ("".join(co + vo) + "XXX")[:3]
def cfiscale(r, p, d, female):
    f15 = _cf3(p[1] or p[0]) + _cf3(p[0], True) + "%02d" % (d.year % 100) + MONCF[d.month - 1] + "%02d" % (d.day + (40 if female else 0)) + r.choice(BELF)
    return f15 + cf_check(f15)
def sin(r):
    while True:
        b = r.choice("1234567") + N(r, 7); s = b + luhn_digit(b)
        return r.choice([s[:3] + " " + s[3:6] + " " + s[6:], s[:3] + "-" + s[3:6] + "-" + s[6:], s])
def cpf(r, fmt=True):
    while True:
        b = N(r, 9)
        if len(set(b)) > 1: break
    s = b + cpf_digits(b)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s
def bad_cpf(r):
    s = cpf(r, False); s = s[:10] + str((int(s[10]) + 1) % 10)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
def aadhaar(r, spaced=True):
    b = r.choice("23456789") + N(r, 10); s = b + verhoeff_digit(b)
    assert verhoeff_ok(s)
    return s[:4] + " " + s[4:8] + " " + s[8:] if spaced else s
def bad_aadhaar(r):
    s = aadhaar(r, False); s = s[:11] + str((int(s[11]) + 1) % 10)
    assert not verhoeff_ok(s)
    return s[:4] + " " + s[4:8] + " " + s[8:]
def nric(r, pfx=None):
    pfx = pfx or r.choice("STFG"); d = N(r, 7); return pfx + d + nric_check(pfx, d)
def bad_nric(r):
    s = nric(r, "S"); c = "JZIHGFEDCBA"; return s[:8] + c[(c.index(s[8]) + 1) % 11]
def mbi(r, dashed=None):
    al = MBI_A; an = MBI_A + "0123456789"
    s = r.choice("123456789") + r.choice(al) + r.choice(an) + N(r, 1) + r.choice(al) + r.choice(an) + N(r, 1) + r.choice(al) + r.choice(al) + N(r, 2)
    if dashed is None: dashed = r.random() < 0.5
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s
def ukbank(r):
    return "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)), N(r, 8)
def mrn(r):
    return r.choice(["OH-" + N(r, 6), "MRN" + N(r, 7), N(r, 8), "E" + N(r, 2) + "-" + N(r, 5), "KZ/OCC/" + N(r, 5)])
def hpid(r):
    return r.choice(["W" + N(r, 9), A(r, 3) + N(r, 9), "XGH" + N(r, 8) + "01", N(r, 3) + "-" + N(r, 2) + "-" + N(r, 5)])

# ----------------------------------------------------------------------------- network
def ip(r, kind=None):
    kind = kind or r.choice(["doc", "doc", "p10", "p172", "p192", "pub", "v6"])
    return {"doc": lambda: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254)),
            "p10": lambda: "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            "p172": lambda: "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
            "p192": lambda: "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
            "pub": lambda: "%d.%d.%d.%d" % (r.choice([81, 85, 91, 145, 185, 213]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            "v6": lambda: "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))}[kind]()
def fwver(r):  # looks like IPv4, is a firmware version
    return r.choice(["V", "v", "fw ", "FW-", ""]) + "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 40), r.randint(0, 30), r.randint(100, 9999))
def oid(r):
    return r.choice(["1.3.6.1.4.1.%d.%d.%d.%d" % (r.randint(2000, 60000), r.randint(1, 9), r.randint(1, 20), r.randint(1, 99)),
                     "1.3.6.1.2.1.2.2.1.%d.%d" % (r.randint(1, 20), r.randint(1, 48)), "2.16.840.1.113883.%d.%d" % (r.randint(1, 19), r.randint(1, 999))])
def mac(r): return ":".join("%02X" % r.randint(0, 255) for _ in range(6))

# ----------------------------------------------------------------------------- negatives (never labelled)
def partno(r): return r.choice(["5Q0-407-271-BH", "A 000 420 64 20", "PN-" + N(r, 6) + "-" + A(r, 2), "8W0 941 035 " + A(r, 1), "BOSCH 0 986 4" + N(r, 2) + " " + N(r, 3)])
def batch(r): return r.choice(["LOT " + N(r, 2) + A(r, 1) + N(r, 4), "CH-" + N(r, 8), "B" + N(r, 6) + "/" + N(r, 2)])
def serial(r): return r.choice(["SN " + A(r, 2) + N(r, 8), "S/N: " + N(r, 4) + "-" + N(r, 4) + "-" + A(r, 3), "WTG-SN-" + N(r, 7)])
def tag(r): return r.choice(["P-" + N(r, 3) + r.choice("AB"), "FIC-" + N(r, 4), "TT-" + N(r, 3) + "." + N(r, 2), "PSV-" + N(r, 4), "XV-" + N(r, 4) + "A"])
def plcaddr(r): return r.choice(["%I" + N(r, 1) + "." + r.choice("01234567"), "DB" + N(r, 2) + ".DBX" + N(r, 1) + "." + r.choice("01234567"),
                                 "4" + N(r, 4), "%MW" + N(r, 3), "N7:" + N(r, 2), "Rack0/Slot" + N(r, 1) + "/Ch" + N(r, 2)])
CAS = [("toluene", "108-88-3"), ("methanol", "67-56-1"), ("hydrogen sulfide", "7783-06-4"), ("isocyanate (MDI)", "101-68-8"),
       ("xylene", "1330-20-7"), ("sodium hydroxide", "1310-73-2"), ("ethylene glycol", "107-21-1"), ("benzene", "71-43-2"),
       ("sulfuric acid", "7664-93-9"), ("chlorine", "7782-50-5"), ("n-hexane", "110-54-3"), ("crystalline silica", "14808-60-7")]
def po(r): return r.choice(["PO-45" + N(r, 8), "4500" + N(r, 6), "PR-" + N(r, 5) + "/2025"])
def ptw(r): return r.choice(["PTW-" + N(r, 5), "HW-2025-" + N(r, 4), "CSE/" + N(r, 4) + "/B", "LOTO-" + N(r, 4)])
def gps(r): return "%.5f, %.5f" % (r.uniform(-10, 60), r.uniform(-100, 60))
PEOPLE_ASSETS = ["Gudrun A-7 platform", "Johan Sverdrup field", "Edvard Grieg", "Ivar Aasen", "turbine WTG-14 \"Margarethe\"",
                 "Hornsea Two", "Goliat FPSO", "Wells Fargo Center", "Werk Ernst Abbe", "Carl Zeiss Jena", "Robert Bosch GmbH",
                 "Heinz Nixdorf building", "Mercedes-Benz plant", "Ferdinand Porsche hall", "John Deere dealer", "Siemens Gamesa",
                 "Kenneth Copeland pad", "well Hilda-3H", "Marie Curie lab", "Bessemer converter bay"]
HOLIDAYS = ["Martin Luther King Jr. Day", "Pfingstmontag", "Saint Nicholas Day", "Boxing Day", "Día de los Muertos",
            "Diwali", "Hari Raya Aidilfitri", "Songkran", "Nowruz", "Tiradentes", "Republic Day", "Eid al-Adha", "St. George's Day"]

# ----------------------------------------------------------------------------- clinical
DX = ["noise-induced hearing loss", "occupational asthma", "contact dermatitis", "type 2 diabetes mellitus",
      "hypertension", "lumbar disc herniation", "carpal tunnel syndrome", "chronic obstructive pulmonary disease",
      "epilepsy", "obstructive sleep apnoea", "atrial fibrillation", "major depressive disorder", "hand-arm vibration syndrome",
      "silicosis", "tinnitus", "rotator cuff tear", "alcohol use disorder", "coronary artery disease", "asthma", "psoriasis",
      "deep vein thrombosis", "hypothyroidism", "post-traumatic stress disorder", "Raynaud's phenomenon", "plantar fasciitis"]
INJ = ["second-degree burn of the right forearm", "laceration of the left index finger", "fracture of the left distal radius",
       "corneal abrasion", "ankle sprain", "chemical burn to the neck", "crush injury of the right foot", "concussion",
       "hydrogen sulfide inhalation injury", "heat exhaustion", "lumbar strain", "dislocated shoulder"]
MEDS = ["metformin", "lisinopril", "salbutamol", "amlodipine", "sertraline", "levothyroxine", "ibuprofen", "atorvastatin",
        "omeprazole", "levetiracetam", "apixaban", "Ventolin", "Seretide", "Glucophage", "insulin glargine", "prednisolone",
        "diclofenac", "tramadol", "mefloquine", "doxycycline", "paracetamol", "co-codamol", "Xarelto", "bisoprolol", "zolpidem"]

# ============================================================================= templates
def LP(p): return L("PERSON", full(p))
TEMPLATES = []
def T(fmt, n):
    def deco(f):
        TEMPLATES.append((f.__name__, fmt, n, f)); return f
    return deco
SITES = ["Ostwerk Automotive GmbH – Werk Zwickau (brake calipers)", "Cuenca Química S.A. – Tarragona cracker site",
         "GulfDrill Operations – Permian Basin field office", "WindCare Services Ltd – Hornsea O&M base",
         "Halvorsen Energy ASA – Hammerfest LNG", "Ostwerk Automotive s.r.o. – Mladá Boleslav press shop"]
DEPTS = ["Press shop", "Paint shop", "Final assembly", "Cracker unit 2", "Tank farm", "Drilling rig 7", "Blade repair", "Substation", "Warehouse"]

# --------------------------------------------------------------- forms / KYC
@T("form", 3)
def contractor_badge(r):
    d = Doc("form"); cc = r.choice(COUNTRIES); p = pname(r, cc)
    d("CONTRACTOR SITE ACCESS – BADGE REQUEST\n", r.choice(SITES), "\n", "=" * 52, "\n")
    d("Surname ........ ", L("PERSON", fam(p)), "\n")
    if p[1]: d("Given names .... ", L("PERSON", p[0]), "\n")
    d("Date of birth .. ", L("DATE_OF_BIRTH", dob(r)), "\n")
    d("Nationality .... ", CNAME[cc], "\n")
    d("Employer ....... ", r.choice(["Randstad Industrial", "Bilfinger Maintenance", "Petrofac Facilities", "Adecco Staffing", "own company"]), "\n")
    kind = r.choice(["passport", "passport", "dl", "both"])
    if kind in ("passport", "both"):
        d("ID document .... Passport (", CNAME[cc], ")   No. ", passport(r, cc), "   expires ", recent(r).replace("202", "203", 1), "\n")
    if kind in ("dl", "both"):
        st = r.choice(list(DL)); nm, g = DL[st]
        d("Driver licence . ", L("DRIVER_LICENSE", g(r)), "  issuing state: ", nm, "\n")
    d("Mobile ......... ", L("PHONE", phone(r, cc)), "\n")
    d("Work permit no.  ", r.choice(["WP-" + N(r, 6), "n/a (EU citizen)", "GDRFA/" + N(r, 7)]), "\n")
    d("Induction ...... HSE-IND-", N(r, 3), " completed ", recent(r), "\n")
    d("Badge no. ...... ", N(r, 8), "   Zones: ", r.choice(["A, B (no ATEX)", "ATEX Zone 1", "All except substation"]), "\n")
    d("Escort ......... ", LP(pname(r)), " (ext. ", N(r, 4), ")\n")
    return d

@T("form", 2)
def blank_forms(r):
    d = Doc("form")
    d(r.choice(["NEW STARTER FORM", "CONTRACTOR ONBOARDING CHECKLIST", "PRE-EMPLOYMENT HEALTH QUESTIONNAIRE"]), " (template v", r.randint(2, 9), ".", r.randint(0, 9), ")\n\n")
    for lab in r.sample(["Full Name", "Date Of Birth", "Passport Number", "Driving Licence Number", "National Insurance Number",
                         "Home Address", "Mobile Phone", "Email Address", "Bank Sort Code", "Account Number", "IBAN",
                         "Medical Conditions", "Current Medication", "Emergency Contact", "Blood Group", "Steuer-ID", "NHS Number"], 11):
        d(lab, ": ", r.choice(["________________________", "", "[                    ]", "<enter>", "N/A"]), "\n")
    d("\nSignature: ________________   Date: ___/___/______\nForm ref HR-F-0", r.randint(10, 99), " – keep for 6 years after leaving.\n")
    return d

@T("form", 1)
def riddor_f2508(r):
    d = Doc("form"); p = pname(r, r.choice(["UK", "UK", "PL", "RO", "IN", "PT"])); a, _ = addr(r, "UK")
    d("RIDDOR REPORT – Injury (F2508 transcription)\nNotification ref: ", N(r, 8), "\n\nAbout you\n  Name of reporter: ", LP(pname(r, "UK")),
      "\n  Organisation: WindCare Services Ltd\n  Telephone: ", L("PHONE", phone(r, "UK")), "\n\nAbout the injured person\n  Name: ", LP(p),
      "\n  Date of birth: ", L("DATE_OF_BIRTH", dob(r, "dmy/")), "\n  Home address: ", L("ADDRESS", a),
      "\n  Status: ", r.choice(["agency worker", "employee", "contractor"]), "\n\nAbout the injury\n  Type: ", L("DIAGNOSIS", r.choice(INJ)),
      "\n  Kind of accident: ", r.choice(["fall from height (1.8 m, nacelle ladder)", "struck by moving object", "contact with hot surface"]),
      "\n  Work process: ", r.choice(["blade inspection", "gearbox oil change", "cable pull"]), " on turbine ", tag(r),
      "\n  Over-7-day incapacitation: yes\n")
    return d

@T("form", 1)
def osha_301(r):
    d = Doc("form"); st = r.choice(["TX", "OK", "ND", "LA", "KY", "TN", "AL"]); p = pname(r, r.choice(["US", "US", "MX", "PH"]))
    a, _ = addr(r, "US")
    d("OSHA's Form 301 – Injury and Illness Incident Report\nCase no. from Log: ", r.randint(1, 60), "\n\n1) Full name: ", LP(p),
      "\n2) Street: ", L("ADDRESS", a), "\n3) Date of birth: ", L("DATE_OF_BIRTH", dob(r, "mdy/")), "\n4) Date hired: ", recent(r, "mdy/"),
      "\n5) [", r.choice(["X", " "]), "] Male [", r.choice(["X", " "]), "] Female\n6) Physician: Dr. ", LP(pname(r, "US")),
      "\n10) Date of injury: ", recent(r, "mdy/"), "\n14) What happened? ", r.choice(["Employee slipped on hydraulic fluid near press line 3.",
      "Pipe wrench slipped while breaking out a connection on the rig floor.", "Caught glove in conveyor tail pulley."]),
      "\n15) Injury: ", L("DIAGNOSIS", r.choice(INJ)), "\n16) Object/substance: ", r.choice(["hydraulic oil", "drill pipe", "conveyor"]),
      "\nEstablishment: ", r.choice(["assembly plant", "field yard", "stamping plant"]), ", state of ", DL[st][0], "\n")
    return d

@T("form", 2)
def uk_new_starter(r):
    d = Doc("form"); p = pname(r, r.choice(["UK", "UK", "PL", "NG", "IN"])); sc, ac = ukbank(r); a, _ = addr(r, "UK", True)
    d("WINDCARE SERVICES LTD – NEW STARTER / PAYROLL DETAILS\n\nTitle: ", r.choice(["Mr", "Ms", "Mx"]), "   Forename(s): ", L("PERSON", p[0]),
      "   Surname: ", L("PERSON", fam(p)), "\nHome address:\n", L("ADDRESS", a), "\nNational Insurance No: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)),
      "\nDate of birth: ", L("DATE_OF_BIRTH", dob(r, "dmy/")), "\n")
    if r.random() < 0.5:
        d("Bank details:  ", L("UK_BANK_ACCOUNT", sc + " " + ac), "  (sort code / account)\n")
    else:
        d("Sort code: ", sc, "\nAccount number: ", L("UK_BANK_ACCOUNT", ac), "\n")
    d("Starter declaration: [", r.choice("ABC"), "]  Student loan: Plan ", r.choice("124"), "\nTax code: 1257L   Payroll no: WC", N(r, 5), "\n")
    if r.random() < 0.5: d("GP surgery / NHS number (optional): ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    return d

@T("form", 2)
def de_personalfragebogen(r):
    d = Doc("form"); p = pname(r, r.choice(["DE", "DE", "TR", "PL", "RO"])); a, _ = addr(r, "DE")
    d("Personalfragebogen – Ostwerk Automotive GmbH\nName, Vorname: ", L("PERSON", fam(p)), ", ", L("PERSON", p[0]) if p[1] else "",
      "\nGeburtsdatum: ", L("DATE_OF_BIRTH", dob(r, r.choice(["dmy.", "de"]))), "   Geburtsort: ", r.choice(["Zwickau", "Ankara", "Katowice", "Brașov"]),
      "\nAnschrift: ", L("ADDRESS", a), "\nSteuerliche Identifikationsnummer: ", L("DE_TAX_ID", stid(r, r.random() < 0.4)),
      "\nSozialversicherungsnummer: ", N(r, 2), " ", N(r, 6), " ", A(r, 1), " ", N(r, 3),
      "\nKrankenkasse: ", r.choice(["AOK Plus", "Techniker Krankenkasse", "BARMER"]), "\nIBAN: ", L("IBAN", iban(r, "DE")),
      "\nSchwerbehinderung: ", r.choice(["nein", "ja (GdB 50)"]), "\nKostenstelle: ", N(r, 4), "-", tag(r), "\n")
    return d

@T("form", 2)
def br_ar_contractor(r):
    d = Doc("form"); cc = r.choice(["BR", "AR"]); p = pname(r, cc); a, _ = addr(r, cc)
    d("FICHA DE CADASTRO DE TERCEIRO / PRESTADOR\nOperadora: GulfDrill Offshore – Base Macaé\n\nNome completo: ", LP(p),
      "\nData de nascimento: ", L("DATE_OF_BIRTH", dob(r, "dmy/")), "\n")
    if cc == "BR":
        d("CPF: ", L("BR_CPF", cpf(r, r.random() < 0.7)), "\nRG: ", N(r, 2), ".", N(r, 3), ".", N(r, 3), "-", N(r, 1), "\n")
    d(PASS_LABEL[cc], ": ", passport(r, cc), "\nEndereço: ", L("ADDRESS", a), "\nCelular: ", L("PHONE", phone(r, cc)),
      "\nCertificados: CBSP / HUET válido até ", recent(r, "dmy/"), "\nASO (atestado de saúde ocupacional): apto\nCNPJ da empresa: ", N(r, 2), ".", N(r, 3), ".", N(r, 3), "/0001-", N(r, 2), "\n")
    return d

@T("form", 2)
def asia_agency_worker(r):
    d = Doc("form"); cc = ["IN", r.choice(["PH", "ID", "TH", "MY"])][r.i % 2]; p = pname(r, cc)
    d("AGENCY WORKER REGISTRATION — Gulf Petrochem Shutdown 2025\nName (as per passport): ", L("PERSON", full(p).upper()),
      "\nDOB: ", L("DATE_OF_BIRTH", dob(r, "dMy")), "\nCountry: ", CNAME[cc], "\nPassport no.: ", passport(r, cc), "\n")
    if cc == "IN": d("Aadhaar: ", L("IN_AADHAAR", aadhaar(r, r.random() < 0.7)), "\n")
    if cc == "MY" or r.random() < 0.3: d("Previous employment pass (Singapore) FIN: ", L("SG_NRIC", nric(r, r.choice("FG"))), "\n")
    d("Trade: ", r.choice(["rigger", "scaffolder", "welder 6G", "insulator"]), "   QID/visa ref: ", N(r, 11), "\nNext of kin: ", LP(pname(r, cc)),
      " ", L("PHONE", phone(r, cc)), "\nMedical fit certificate: attached (GAMCA ", N(r, 9), ")\n")
    return d

@T("form", 2)
def expat_assignment_form(r):
    d = Doc("form"); hc = ["IT", "FR", "DE", "ES", "NO"][r.i % 5]; p = pname(r, hc); sp = pname(r, hc)
    host = r.choice(["QA", "AE", "KZ", "BR", "US"])
    d("INTERNATIONAL ASSIGNMENT DATA SHEET\nAssignee: ", LP(p), "   born ", L("DATE_OF_BIRTH", dob(r, "iso")), "\nHome country: ", CNAME[hc],
      "   Host: ", CNAME[host], " (", r.choice(["Ras Laffan", "Ruwais", "Kashagan", "Macaé", "Midland"]), ")\n",
      PASS_LABEL.get(hc, "Passport No."), " / Passport: ", passport(r, hc), "\n")
    idt = {"DE": ("Steuer-ID", "DE_TAX_ID", lambda: stid(r)), "FR": ("N° de sécurité sociale", "FR_NIR", lambda: nir(r)),
           "IT": ("Codice fiscale", "IT_FISCAL_CODE", lambda: cfiscale(r, p, rdate(r), r.random() < 0.5)),
           "ES": ("DNI", "ES_DNI", lambda: dni(r)), "NO": None}[hc]
    if idt: d(idt[0], ": ", L(idt[1], idt[2]()), "\n")
    d("Accompanying spouse: ", LP(sp), " (passport ", passport(r, hc), ")\nHome salary account: ", L("IBAN", iban(r, hc)),
      "\nHost allowance paid to: ", L("IBAN", iban(r, host)) if host in IBAN_FMT else "local payroll", "\nPre-departure medical: ",
      r.choice(["fit", "fit with restrictions"]), "; yellow fever certificate on file\n")
    return d

@T("form", 1)
def travel_vaccination(r):
    d = Doc("form"); cc = r.choice(COUNTRIES); p = pname(r, cc)
    d("TRAVEL HEALTH / VACCINATION RECORD – Occupational Health\nEmployee: ", LP(p), "    Employee no. ", N(r, 6), "\nDate of birth: ",
      L("DATE_OF_BIRTH", dob(r)), "\nDestination: ", r.choice(["Nigeria (Bonny Island)", "Kazakhstan (Atyrau)", "Indonesia (Balikpapan)", "Brazil (Macaé)"]), "\n\n")
    d("Vaccines given: yellow fever (batch ", batch(r), "), hepatitis A, typhoid\nMalaria prophylaxis prescribed: ", L("MEDICATION", r.choice(["mefloquine", "doxycycline", "atovaquone-proguanil", "Malarone"])),
      " – start 1 week before travel\nRelevant history: ", L("DIAGNOSIS", r.choice(DX)), "\nClinician: ", LP(pname(r)), ", OH nurse\n")
    return d

@T("form", 2)
def permit_to_work(r):
    d = Doc("form")
    d("PERMIT TO WORK ", ptw(r), " – ", r.choice(["Hot work", "Confined space entry", "Electrical isolation", "Working at height"]), "\n")
    d("Equipment: ", tag(r), " / ", tag(r), "   Isolation cert ", ptw(r), "\nLocation GPS: ", gps(r), "\n")
    d("Gas test: O2 20.9 %  LEL 0 %  H2S 0 ppm  CO 2 ppm at ", ts(r), "\n")
    if r.random() < 0.6:
        d("Issuing authority: ", LP(pname(r)), "\nPerformer: ", LP(pname(r)), "\n")
    else:
        d("Issuing authority: [REDACTED]\nPerformer: ██████████\n")
    d("Hazards: ", ", ".join(r.sample([c[0] for c in CAS], 3)), "; PPE: SCBA, FR coveralls\nPO ", po(r), "  Batch ", batch(r), "\n")
    return d

@T("form", 4)
def es_it_fr_kyc_payroll(r):
    d = Doc("form"); cc = ["ES", "IT", "FR", "PT"][r.i % 4]; p = pname(r, cc); a, _ = addr(r, cc); fem = r.random() < 0.5
    dd = rdate(r)
    lab = {"ES": ("Alta de trabajador / Datos bancarios", "Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "DNI/NIE"),
           "IT": ("Scheda anagrafica dipendente", "Nome e cognome", "Data di nascita", "Residenza", "Codice fiscale"),
           "FR": ("Fiche d'embauche intérimaire", "Nom et prénom", "Date de naissance", "Adresse", "N° de sécurité sociale (NIR)"),
           "PT": ("Ficha de admissão", "Nome completo", "Data de nascimento", "Morada", "NIF")}[cc]
    d(lab[0], " – ", r.choice(SITES), "\n", lab[1], ": ", LP(p), "\n", lab[2], ": ", L("DATE_OF_BIRTH", fdate(r, dd, "es" if cc == "ES" and r.random() < 0.5 else "dmy/")),
      "\n", lab[3], ": ", L("ADDRESS", a), "\n", lab[4], ": ")
    if cc == "ES": d(L("ES_DNI", dni(r, r.random() < 0.4)))
    elif cc == "IT": d(L("IT_FISCAL_CODE", cfiscale(r, p, dd, fem)))
    elif cc == "FR": d(L("FR_NIR", nir(r, "2" if fem else "1", r.random() < 0.6)))
    else: d(N(r, 9))
    d("\nIBAN: ", L("IBAN", iban(r, cc)), "\nTeléfono/Telefono/Téléphone: ", L("PHONE", phone(r, cc)), "\nCentro de coste: ", N(r, 4), "\n")
    return d

# --------------------------------------------------------------- clinical
@T("clinical_note", 3)
def fitness_for_work(r):
    d = Doc("clinical_note"); p = pname(r); dx = r.choice(DX); med = r.choice(MEDS)
    d("OCCUPATIONAL HEALTH – FITNESS FOR WORK ASSESSMENT\nEmployee: ", LP(p), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nDOB: ",
      L("DATE_OF_BIRTH", dob(r)), "   Role: ", r.choice(["crane operator", "forklift driver", "offshore technician", "process operator", "electrician"]),
      "\nReferral reason: ", r.choice(["periodic safety-critical medical", "manager referral after sickness absence", "pre-placement (offshore)"]), "\n\n")
    d("History: known ", L("DIAGNOSIS", dx), ", on ", L("MEDICATION", med), " ", r.choice(["500 mg bd", "10 mg od", "2 puffs prn", "50 mg nocte"]),
      ". ", r.choice(["Denies chest pain.", "No history of seizures.", "No history of diabetes."]), " Family history of ", r.choice(["stroke", "glaucoma"]), " (father) – not relevant to role.\n")
    d("Exam: BP ", r.randint(110, 160), "/", r.randint(65, 99), ", BMI ", r.randint(21, 36), ".", r.randint(0, 9), ", Snellen 6/6 both eyes.\n")
    d("Outcome: ", r.choice(["FIT", "FIT WITH RESTRICTIONS – no work at height for 3 months", "TEMPORARILY UNFIT – review in 4 weeks"]),
      "\nClinician: ", LP(pname(r)), ", OHP\n")
    return d

@T("clinical_note", 2)
def return_to_work(r):
    d = Doc("clinical_note"); p = pname(r); inj = r.choice(INJ)
    d("Return-to-work note — ", r.choice(SITES), "\nRe: ", LP(p), " (payroll ", N(r, 6), ")\n\n", L("PERSON", p[0]), " attended today following ",
      L("DIAGNOSIS", inj), " sustained on ", recent(r), ". Currently taking ", L("MEDICATION", r.choice(["ibuprofen", "co-codamol", "naproxen", "tramadol"])),
      " for pain, which may cause drowsiness; ", r.choice(["no driving of plant vehicles until stopped.", "not to operate the overhead crane."]),
      "\nThere is no evidence of ", r.choice(["infection", "nerve damage", "concussion"]), ". Phased return: 4h/day week 1.\n\n", r.choice(["Dr", "Nurse"]), " ", LP(pname(r)), "\n")
    return d

@T("lab_report", 2)
def audiometry(r):
    d = Doc("lab_report"); p = pname(r)
    d("AUDIOMETRIC SURVEILLANCE REPORT\nName: ", L("PERSON", (p[1].upper() + ", " + p[0]) if p[1] else p[0].upper()), "   DOB: ", L("DATE_OF_BIRTH", dob(r, "dmy/")), "\nNoise zone: ",
      r.choice(["Press shop 92 dB(A)", "Compressor house 95 dB(A)", "Nacelle 88 dB(A)"]), "   Audiometer S/N ", serial(r), " calibrated ", recent(r), "\n\n")
    d("Freq (Hz)   500  1k   2k   3k   4k   6k\n")
    for ear in ("Right", "Left "):
        d(ear, "       ", "  ".join("%3d" % r.choice([10, 15, 20, 25, 35, 45, 55]) for _ in range(6)), "\n")
    if r.random() < 0.65:
        d("\nCategorisation (HSE): ", r.choice(["Category 2 – warning", "Category 3 – poor hearing"]), "\nInterpretation: findings consistent with ",
          L("DIAGNOSIS", r.choice(["noise-induced hearing loss", "bilateral high-frequency sensorineural hearing loss"])), "; refer to OHP.\n")
    else:
        d("\nCategorisation (HSE): Category 1 – acceptable. No evidence of hearing loss.\n")
    d("Technician: ", LP(pname(r)), "\n")
    return d

@T("lab_report", 2)
def spirometry(r):
    d = Doc("lab_report"); p = pname(r)
    d("SPIROMETRY – health surveillance (isocyanate / respirable dust)\nPatient: ", LP(p), "  |  MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "  |  born ",
      L("DATE_OF_BIRTH", dob(r, "iso")), "\nTest      Measured  Pred   %Pred\n")
    for t in ("FEV1 (L)", "FVC (L) ", "FEV1/FVC"):
        d(t, "  ", "%.2f" % r.uniform(2, 5), "     ", "%.2f" % r.uniform(3, 5), "  ", r.randint(60, 110), "\n")
    if r.random() < 0.6:
        d("Comment: obstructive pattern, post-bronchodilator reversibility 14%. Working diagnosis ", L("DIAGNOSIS", r.choice(["occupational asthma", "chronic obstructive pulmonary disease"])),
          ". Started ", L("MEDICATION", r.choice(["salbutamol", "Seretide", "tiotropium", "budesonide/formoterol"])), ".\n")
    else:
        d("Comment: normal spirometry. Not consistent with occupational asthma.\n")
    return d

@T("lab_report", 2)
def drug_alcohol(r):
    d = Doc("lab_report"); p = pname(r); pos = r.random() < 0.5
    d("DRUG & ALCOHOL SCREEN – CHAIN OF CUSTODY\nDonor: ", LP(p), "   Donor ID (passport): ", passport(r, p[2]), "\nReason: ", r.choice(["pre-access", "random", "post-incident"]),
      "   Specimen ", batch(r), "\nBreath alcohol: 0.00 µg/100 ml\n\nPanel              Result   Cut-off\n")
    for sub in ["Amphetamines", "Benzodiazepines", "Cannabinoids", "Cocaine", "Opiates"]:
        d("%-18s %-8s %s\n" % (sub, "POS" if pos and sub == "Benzodiazepines" else "neg", r.choice(["50 ng/ml", "300 ng/ml", "200 ng/ml"])))
    if pos:
        d("\nMRO review: donor declared prescribed ", L("MEDICATION", r.choice(["diazepam", "temazepam", "lorazepam"])), " for ", L("DIAGNOSIS", r.choice(["anxiety disorder", "insomnia", "muscle spasm"])),
          "; prescription verified. Result reported as NEGATIVE.\n")
    d("MRO: ", LP(pname(r)), "\n")
    return d

@T("discharge_summary", 4)
def discharge_incident(r):
    d = Doc("discharge_summary"); cc = r.choice(COUNTRIES); p = pname(r, cc); inj = r.choice(INJ)
    d("DISCHARGE SUMMARY\n", r.choice(["Hospital Universitari Joan XXIII, Tarragona", "Aberdeen Royal Infirmary", "Midland Memorial Hospital", "Klinikum Ingolstadt"]),
      "\nPatient: ", LP(p), "   Hospital no.: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB ", L("DATE_OF_BIRTH", dob(r)), "\nAdmitted: ", "2025-%02d-0%d" % (mo := r.randint(1, 11), r.randint(1, 4)), "   Discharged: ", "2025-%02d-1%d" % (mo, r.randint(5, 9)),
      "\n\nPresenting complaint: brought in from ", r.choice(["chemical site", "offshore installation", "car-parts plant", "wind farm"]), " after ",
      r.choice(["flash fire during line break", "fall from scaffold", "release of H2S at well pad", "hand caught in press"]), ".\nDiagnoses:\n  1. ", L("DIAGNOSIS", inj),
      "\n  2. ", L("DIAGNOSIS", r.choice(DX)), " (pre-existing)\n  Ruled out: ", r.choice(["compartment syndrome", "pneumothorax", "spinal injury"]),
      "\n\nMedication on discharge:\n  - ", L("MEDICATION", r.choice(MEDS)), " ", r.choice(["400 mg tds", "1 g qds", "20 mg od"]), "\n  - ", L("MEDICATION", r.choice(MEDS)),
      " continue\n\nFollow-up: fracture/burns clinic 2 weeks. Employer OH informed with consent.\nGP: ", LP(pname(r)), "\nSigned: ", LP(pname(r)), ", registrar\n")
    return d

@T("hl7", 4)
def hl7_occ(r):
    d = Doc("hl7"); cc = r.choice(["US", "US", "UK", "MX", "PH"]); p = pname(r, cc); a, _ = addr(r, "US")
    sep = r.choice(["\r", "\n"])
    mrnv = N(r, 7); street, rest = a.split(", ", 1); city, stz = rest.split(", "); stt, z = stz.split(" ")
    d("MSH|^~\\&|OHMS|GULFDRILL-OH|EHR|MIDMEM|", ts(r).replace("-", "").replace("T", "").replace(":", ""), "||", r.choice(["ADT^A04", "ORU^R01"]), "|MSG", N(r, 6), "|P|2.5.1", sep)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", mrnv), "^^^GDOH^MR||", L("PERSON", fam(p).upper() + "^" + p[0].upper()), "||", L("DATE_OF_BIRTH", fdate(r, rdate(r), "hl7")),
      "|", r.choice("MF"), "|||", L("ADDRESS", street + "^^" + city + "^" + stt + "^" + z), "^USA||", L("PHONE", phone(r, "US")), sep)
    dr = pname(r, "US"); d("PV1|1|O|OCCHLTH^^^GD||||1234567890^", L("PERSON", fam(dr).upper() + "^" + dr[0].upper()), sep)
    if r.random() < 0.5:
        d("IN1|1|PLAN01|", N(r, 5), "|", r.choice(["Blue Cross Blue Shield of Texas", "UnitedHealthcare", "Aetna"]), "|||GRP", N(r, 6), "||||||||",
          L("PERSON", fam(p).upper() + "^" + p[0].upper()), "|SEL|", "|||||||||||||||||", L("HEALTH_PLAN_ID", hpid(r)), sep)
    d("OBX|1|TX|DX^Diagnosis||", L("DIAGNOSIS", r.choice(DX + INJ)), "||||||F", sep)
    d("OBX|2|NM|FEV1^FEV1||", "%.2f" % r.uniform(2, 5), "|L|||||F", sep)
    return d

@T("fhir_json", 3)
def fhir_bundle(r):
    d = Doc("fhir_json"); cc = r.choice(COUNTRIES); p = pname(r, cc); a, _ = addr(r, cc)
    pid = "pat-" + N(r, 5)
    ids = [{"system": "urn:oid:" + oid(r), "type": {"text": "MRN"}, "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}]
    if cc == "UK": ids.append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r, False))})
    name = {"family": L("PERSON", fam(p))}
    if p[1]: name["given"] = [L("PERSON", p[0])]
    res = [{"resource": {"resourceType": "Patient", "id": pid, "identifier": ids, "name": [name],
                         "birthDate": L("DATE_OF_BIRTH", rdate(r).isoformat()), "address": [{"line": [L("ADDRESS", a.split(", ")[0])], "country": CNAME[cc]}],
                         "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc))}]}},
           {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "code": {"text": L("DIAGNOSIS", r.choice(DX))}, "subject": {"reference": "Patient/" + pid}}},
           {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]}, "code": {"text": r.choice(["asbestosis", "Legionnaires' disease", "pulmonary tuberculosis"])}, "subject": {"reference": "Patient/" + pid}}},
           {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(MEDS))}, "subject": {"reference": "Patient/" + pid}}}]
    if r.random() < 0.5:
        res.append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", hpid(r)), "payor": [{"display": r.choice(["Bupa Global", "Cigna Global Health", "Allianz Care"])}]}})
    jemit(d, {"resourceType": "Bundle", "type": "collection", "meta": {"versionId": fwver(r).lstrip("vVfwFW- ")}, "entry": res})
    return d

@T("clinical_note", 2)
def oh_note_negations(r):
    d = Doc("clinical_note"); p = pname(r)
    d("OH nurse note — pre-employment medical\n", LP(p), ", ", r.choice(["agency welder", "apprentice mechatronics", "rope-access technician"]), ", ", r.randint(19, 58), "y.\n")
    d("No history of epilepsy, diabetes or heart disease. Denies back problems. Not on any regular medication.\n")
    d("Colour vision: Ishihara 17/17. Hearing: cat 1. Urinalysis NAD.\n")
    if r.random() < 0.5:
        d("Discloses ", L("DIAGNOSIS", r.choice(["psoriasis", "asthma", "hypothyroidism", "migraine"])), ", controlled on ", L("MEDICATION", r.choice(["levothyroxine", "salbutamol", "sumatriptan", "calcipotriol"])), ".\n")
    d("Fit for role. Health surveillance: skin, lung function (isocyanates).\n— ", LP(pname(r)), " RGN\n")
    return d

@T("clinical_note", 2)
def kz_me_clinic_note(r):
    d = Doc("clinical_note"); cc = r.choice(["KZ", "QA", "AE", "NG"]); p = pname(r, cc)
    d("Site clinic — ", r.choice(["Tengiz camp", "Mesaieed industrial city", "Ruwais", "Bonny Island"]), "\nVisit ", recent(r), " 03:40\nPatient: ", LP(p), "  Badge ", N(r, 6),
      "  Passport ", passport(r, cc), "\nC/O fever, rigors x2 days after R&R in ", r.choice(["Lagos", "Lombok", "Mumbai"]), ". RDT positive.\nAssessment: ",
      L("DIAGNOSIS", r.choice(["Plasmodium falciparum malaria", "dengue fever", "acute gastroenteritis"])), ". Started ", L("MEDICATION", r.choice(["artemether-lumefantrine", "Coartem", "paracetamol"])),
      ". Medevac not required. Supervisor ", LP(pname(r)), " informed (fitness only, no diagnosis disclosed).\nSite medic: ", LP(pname(r)), "  ", L("PHONE", phone(r, cc)), "\n")
    return d

# --------------------------------------------------------------- structured
@T("csv", 2)
def shift_roster(r):
    d = Doc("csv"); sep = r.choice([",", ";"])
    crow(d, ["shift_date", "crew", "emp_no", "first_name", "last_name", "role", "mobile", "line"], sep)
    for _ in range(r.randint(4, 7)):
        p = pname(r)
        crow(d, [recent(r), r.choice("ABCD"), N(r, 6), L("PERSON", p[0]), L("PERSON", p[1]) if p[1] else "", r.choice(["operator", "setter", "team leader", "QA"]),
                 L("PHONE", phone(r, p[2])) if r.random() < 0.7 else "", r.choice(["L1-press", "L2-weld", "paint"])], sep)
    return d

@T("tsv", 2)
def time_attendance(r):
    d = Doc("tsv")
    crow(d, ["badge", "name", "agency", "clock_in", "clock_out", "terminal", "terminal_ip"], "\t")
    for _ in range(r.randint(5, 8)):
        p = pname(r)
        crow(d, [N(r, 8), L("PERSON", fam(p).upper() + " " + p[0]) if p[1] else L("PERSON", p[0]), r.choice(["Randstad", "Manpower", "Hays", "direct"]),
                 ts(r).replace("T", " "), ts(r).replace("T", " "), "TA-" + N(r, 2), L("IP_ADDRESS", ip(r, r.choice(["p10", "p172"])))], "\t")
    return d

@T("csv", 2)
def payroll_export(r):
    d = Doc("csv"); sep = r.choice([",", ";"])
    crow(d, ["pers_nr", "name", "geburtsdatum", "iban", "bic", "gross_eur", "cost_centre"], sep)
    for _ in range(r.randint(4, 6)):
        cc = r.choice(["DE", "PL", "CZ", "SK", "HU", "RO", "BG", "PT", "ES", "IT", "FR"]); p = pname(r, cc)
        crow(d, [N(r, 5), L("PERSON", full(p)), L("DATE_OF_BIRTH", dob(r, "dmy.")), L("IBAN", iban(r, cc)), A(r, 4) + cc.replace("UK", "GB") + A(r, 2),
                 "%d,%02d" % (r.randint(2200, 7800), r.randint(0, 99)) if sep == ";" else "%d.%02d" % (r.randint(2200, 7800), r.randint(0, 99)), N(r, 4)], sep)
    return d

@T("csv", 2)
def training_register(r):
    d = Doc("csv")
    crow(d, ["employee", "course", "provider", "cert_no", "passed", "expires"])
    for _ in range(r.randint(5, 7)):
        p = pname(r)
        crow(d, [L("PERSON", full(p)), r.choice(["GWO Working at Height", "OPITO BOSIET", "IOSH Managing Safely", "H2S Awareness", "Forklift B1", "CompEx Ex01-04"]),
                 r.choice(["RelyOn Nutec", "Falck Safety", "TÜV SÜD"]), r.choice(["GWO-", "BOS-", "CX"]) + N(r, 7), recent(r), recent(r).replace("202", "202", 1)])
    return d

@T("json", 2)
def contractor_record_json(r):
    d = Doc("json"); cc = r.choice(COUNTRIES); p = pname(r, cc); a, _ = addr(r, cc)
    o = {"contractorId": "CTR-" + N(r, 6), "firstName": L("PERSON", p[0]), "lastName": L("PERSON", p[1]) if p[1] else None,
         "dateOfBirth": L("DATE_OF_BIRTH", rdate(r).isoformat()), "nationality": ISO3[cc],
         "identityDocument": {"type": "PASSPORT", "issuingCountry": ISO3[cc], "number": passport(r, cc), "expiry": "2031-0%d-1%d" % (r.randint(1, 9), r.randint(0, 9))},
         "contact": {"email": L("EMAIL", email_of(r, p)), "mobile": L("PHONE", phone(r, cc)), "homeAddress": L("ADDRESS", a)},
         "inductions": [{"code": "IND-" + N(r, 3), "completed": recent(r)}], "badgeFirmware": fwver(r).lstrip("vVfwFW- ")}
    if r.random() < 0.4:
        st = r.choice(list(DL)); o["drivingLicence"] = {"state": st, "number": L("DRIVER_LICENSE", DL[st][1](r))}
    jemit(d, o, r.choice([2, 4]))
    return d

@T("ndjson", 3)
def badge_events(r):
    d = Doc("ndjson")
    for _ in range(r.randint(4, 7)):
        p = pname(r); o = {"ts": ts(r) + "Z", "reader": "RDR-" + N(r, 3), "reader_ip": L("IP_ADDRESS", ip(r, r.choice(["p10", "p192", "doc"]))),
                           "badge": N(r, 8), "holder": L("PERSON", full(p)), "door": r.choice(["Gate 3 turnstile", "Substation", "Control room", "Tank farm"]),
                           "result": r.choice(["granted", "granted", "denied:expired_induction"])}
        if r.random() < 0.2: o = {"ts": ts(r) + "Z", "reader": "RDR-" + N(r, 3), "event": "heartbeat", "fw": fwver(r).lstrip("vVfwFW- ")}
        jemit(d, o, 0); d("\n")
    return d

@T("yaml", 2)
def expat_yaml(r):
    d = Doc("yaml"); hc = r.choice(["DE", "UK", "NO", "IT", "FR", "US"]); p = pname(r, hc); a, _ = addr(r, hc, True)
    d("# assignment file – HR Global Mobility\nassignee:\n  name: ", LP(p), "\n  date_of_birth: ", L("DATE_OF_BIRTH", rdate(r).isoformat()),
      "\n  passport:\n    country: ", ISO3[hc], "\n    number: \"", passport(r, hc), "\"\n  home_address: |\n")
    lines = a.split("\n"); d("    ", L("ADDRESS", lines[0] + "\n    " + lines[1]), "\n")
    d("  email: ", L("EMAIL", email_of(r, p)), "\nhost:\n  country: ", r.choice(["QA", "KZ", "AE", "BR"]), "\n  site: ", r.choice(["Ras Laffan", "Atyrau", "Ruwais", "Macaé"]),
      "\n  start: ", recent(r), "\npayroll:\n  split: 60/40\n  home_account: ", L("IBAN", iban(r, hc, False)) if hc != "US" else "ACH on file", "\n")
    if hc == "DE": d("  steuer_id: \"", L("DE_TAX_ID", stid(r)), "\"\n")
    if hc == "UK": d("  ni_number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    if hc == "US": d("  ssn: \"", L("US_SSN", ssn(r)), "\"\n")
    return d

@T("yaml", 2)
def plant_config_yaml(r):
    d = Doc("yaml")
    d("# historian collector config (no personal data)\ncollector:\n  version: ", fwver(r).lstrip("vVfwFW- "), "\n  snmp_oid_root: \"", oid(r), "\"\n  poll_ms: 500\n")
    d("tags:\n")
    for _ in range(r.randint(4, 6)):
        d("  - name: ", tag(r), "\n    address: \"", plcaddr(r), "\"\n    unit: ", r.choice(["bar", "°C", "m3/h", "rpm", "ppm"]), "\n")
    d("asset:\n  name: ", r.choice(PEOPLE_ASSETS), "\n  gps: [", gps(r), "]\n  owner: \"", r.choice(["<owner>", "TBD", "{{ asset_owner }}"]), "\"\n")
    return d

@T("csv", 2)
def parts_inventory(r):
    d = Doc("csv")
    crow(d, ["part_no", "description", "batch", "serial", "qty", "po", "bin"])
    for _ in range(r.randint(5, 8)):
        crow(d, [partno(r), r.choice(["brake caliper LH", "pitch bearing", "mechanical seal", "gasket DN150 PN40", "ECU harness", "blade bolt M36"]),
                 batch(r), serial(r), r.randint(1, 400), po(r), r.choice("ABCDE") + "-" + N(r, 2) + "-" + N(r, 2)])
    return d

@T("json", 2)
def sds_json(r):
    d = Doc("json"); c = r.sample(CAS, 3)
    jemit(d, {"document": "Safety Data Sheet", "product": r.choice(["Ostcoat 2K Primer", "DrillKleen 90", "Cuenca Solvent Blend 7"]), "revision": fwver(r).lstrip("vVfwFW- "),
              "composition": [{"substance": x[0], "cas": x[1], "pct": "%d-%d" % (r.randint(1, 10), r.randint(11, 40))} for x in c],
              "health_hazards": r.choice(["May cause respiratory sensitisation (asthma). Causes skin irritation.", "Suspected of causing cancer (leukaemia). Toxic if inhaled.",
                                          "Causes severe burns; may cause damage to the central nervous system."]),
              "first_aid": "If inhaled: remove to fresh air. Give oxygen if trained. Do not give adrenaline.", "emergency_phone": "see section 1 of printed copy"})
    return d

@T("csv", 2)
def first_aid_register(r):
    d = Doc("csv")
    crow(d, ["date", "injured_person", "dept", "injury", "treatment", "first_aider", "lost_time"])
    for _ in range(r.randint(4, 6)):
        crow(d, [recent(r), L("PERSON", full(pname(r))), r.choice(DEPTS), L("DIAGNOSIS", r.choice(["laceration", "minor burn", "foreign body in eye", "ankle sprain", "contusion", "chemical splash to skin"])),
                 r.choice(["plaster", "eye wash", "cold compress", "sent to A&E"]), L("PERSON", full(pname(r))), r.choice(["no", "no", "yes"])])
    return d

@T("tsv", 2)
def turbine_assets(r):
    d = Doc("tsv")
    crow(d, ["asset", "name", "lat_lon", "fw", "plc", "last_service", "ptw"], "\t")
    for _ in range(r.randint(5, 7)):
        crow(d, ["WTG-" + N(r, 2), r.choice(["Margarethe", "Olav Tryggvason", "Grace Darling", "Ada Lovelace", "Brunel", "Hilda", "Sir Walter"]), gps(r), fwver(r),
                 plcaddr(r), recent(r), ptw(r)], "\t")
    return d

@T("ndjson", 2)
def mes_events(r):
    d = Doc("ndjson")
    for _ in range(r.randint(5, 7)):
        jemit(d, {"t": ts(r), "line": r.choice(["L1", "L2", "paint"]), "station": tag(r), "part": partno(r), "serial": serial(r),
                  "torque_Nm": round(r.uniform(40, 120), 1), "result": r.choice(["OK", "OK", "NOK"]), "operator": r.choice(["shift-B", "robot-7", "[redacted]"])}, 0)
        d("\n")
    return d

@T("json", 3)
def hr_case_json(r):
    d = Doc("json"); cc = ["US", "UK", "CA"][r.i % 3]; p = pname(r, "US" if cc == "US" else r.choice(["UK", "IN", "NG"]))
    o = {"caseId": "HR-" + N(r, 5), "type": r.choice(["grievance", "disciplinary", "accommodation"]), "employee": {"name": L("PERSON", full(p)),
         "email": L("EMAIL", email_of(r, p, "ostwerk-automotive.com")), "dob": L("DATE_OF_BIRTH", rdate(r).isoformat())}}
    if cc == "US": o["employee"]["ssn"] = L("US_SSN", ssn(r))
    if cc == "UK": o["employee"]["niNumber"] = L("UK_NATIONAL_INSURANCE_NUMBER", nino(r))
    if cc == "CA": o["employee"]["sin"] = L("CA_SIN", sin(r))
    o["summary"] = M("Employee requests adjusted duties due to ", L("DIAGNOSIS", r.choice(DX)), "; currently on ", L("MEDICATION", r.choice(MEDS)), ".")
    o["handler"] = L("PERSON", full(pname(r)))
    jemit(d, o)
    return d

# --------------------------------------------------------------- logs
@T("log", 3)
def badge_reader_log(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        p = pname(r)
        d(ts(r), " acs[", r.randint(1000, 9999), "]: event=", r.choice(["ACCESS_GRANTED", "ACCESS_DENIED", "TAILGATE_ALARM"]), " reader=", "RDR-", N(r, 3),
          " src=", L("IP_ADDRESS", ip(r, r.choice(["p10", "p172", "doc"]))), " card=", N(r, 8), " holder=\"", LP(p), "\" zone=", r.choice(["GATE3", "SUBSTN", "CCR", "ATEX1"]), "\n")
    d(ts(r), " acs[1]: reader RDR-", N(r, 3), " firmware ", fwver(r), " heartbeat ok\n")
    return d

@T("log", 3)
def scada_syslog(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        k = r.random()
        if k < 0.4:
            d("<", r.randint(10, 190), ">", ts(r), " hmi-", N(r, 2), " opcua: session opened by ", r.choice(["engineer", "operator"]), " from ", L("IP_ADDRESS", ip(r)),
              " to PLC ", L("IP_ADDRESS", ip(r, "p10")), ":4840\n")
        elif k < 0.7:
            d("<", r.randint(10, 190), ">", ts(r), " plc-", N(r, 2), " fw=", fwver(r), " write ", plcaddr(r), "=", r.randint(0, 999), " tag=", tag(r), "\n")
        else:
            d("<", r.randint(10, 190), ">", ts(r), " snmpd: trap ", oid(r), " from ", L("IP_ADDRESS", ip(r, r.choice(["p10", "p192"]))), " (", mac(r), ") linkDown\n")
    d(ts(r), " ntp: sync to 127.0.0.1 ok; listening on 0.0.0.0:123\n")
    return d

@T("log", 2)
def mes_login_log(r):
    d = Doc("log")
    for _ in range(r.randint(4, 7)):
        p = pname(r)
        d(ts(r), " INFO  [mes-auth] user=", L("EMAIL", email_of(r, p, "ostwerk-automotive.de")), " name=\"", LP(p), "\" station=", tag(r), " ip=",
          L("IP_ADDRESS", ip(r, r.choice(["p10", "p172"]))), " result=", r.choice(["OK", "OK", "BAD_PIN"]), "\n")
    d(ts(r), " WARN  [mes-core] build 2025.", r.randint(1, 52), ".", r.randint(100, 999), " order ", po(r), " part ", partno(r), " NOK count=3\n")
    return d

@T("log", 2)
def vpn_contractor_log(r):
    d = Doc("log")
    for _ in range(r.randint(4, 6)):
        p = pname(r)
        d(ts(r), "Z vpn-gw01 sslvpn: tunnel-up user=", L("EMAIL", email_of(r, p, r.choice(["bilfinger.com", "petrofac.com", "gmail.com"]))),
          " assigned=", L("IP_ADDRESS", ip(r, "p10")), " public=", L("IP_ADDRESS", ip(r, r.choice(["pub", "doc", "v6"]))), " client=FortiClient ", fwver(r).lstrip("vVfwFW- "), "\n")
    return d

@T("log", 2)
def hris_audit_log(r):
    d = Doc("log")
    for _ in range(r.randint(4, 6)):
        u = pname(r); e = pname(r, "US")
        k = r.random()
        d(ts(r), " audit action=", r.choice(["VIEW", "EXPORT", "UPDATE"]), " actor=", L("EMAIL", email_of(r, u, "gulfdrill-ops.com")), " subject_emp=", N(r, 6))
        if k < 0.4: d(" field=ssn value=***-**-", N(r, 4), "\n")
        elif k < 0.7: d(" field=ssn old=", L("US_SSN", ssn(r)), " new=[masked]\n")
        else: d(" field=legal_name new=\"", LP(e), "\"\n")
    return d

@T("log", 3)
def historian_log(r):
    d = Doc("log")
    for _ in range(r.randint(6, 9)):
        d(ts(r), ".", N(r, 3), " ", r.choice(["INFO", "WARN", "ALRM"]), " ", tag(r), " ", plcaddr(r), " value=", "%.2f" % r.uniform(0, 500), " ",
          r.choice(["bar", "degC", "ppm H2S", "rpm", "kW"]), " ", r.choice(["", "HiHi", "ack by shift B", "batch " + batch(r), "fw " + fwver(r), "oid " + oid(r)]), "\n")
    return d

@T("log", 2)
def payroll_batch_log(r):
    d = Doc("log")
    d(ts(r), " payrun=2025-", N(r, 2), " start employees=", r.randint(300, 2000), "\n")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["DE", "PL", "RO", "HU", "CZ", "PT"]); k = r.random()
        if k < 0.5: d(ts(r), " sepa: credit-transfer ok emp=", N(r, 5), " iban=", cc.replace("UK", "GB"), "** **** **** ", N(r, 4), "\n")
        elif k < 0.8: d(ts(r), " sepa: REJECTED AC01 emp=", N(r, 5), " iban=", L("IBAN", iban(r, cc, False)), " name=\"", LP(pname(r, cc)), "\"\n")
        else: d(ts(r), " sepa: checksum failure emp=", N(r, 5), " iban=", bad_iban(r, cc), "\n")
    d(ts(r), " payrun finished; file PAIN.001 msgid=", N(r, 14), "\n")
    return d

@T("log", 3)
def gas_detector_log(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        d(ts(r), " GD-", N(r, 3), " ", r.choice(["H2S", "LEL", "CO", "O2"]), "=", "%.1f" % r.uniform(0, 25), " ", r.choice(["ALARM1", "normal", "bump-test pass", "calib due"]),
          " loc=", gps(r), " sn=", serial(r), "\n")
    return d

@T("log", 2)
def oh_app_access_log(r):
    d = Doc("log")
    for _ in range(r.randint(3, 5)):
        p = pname(r); u = pname(r)
        d(ts(r), " ohms-api GET /patients/", L("MEDICAL_RECORD_NUMBER", N(r, 8)), " user=", L("EMAIL", email_of(r, u, "halvorsen-energy.no")), " ip=", L("IP_ADDRESS", ip(r)),
          " status=200 patient=\"", LP(p), "\"\n")
    d(ts(r), " ohms-api GET /health status=200 ip=127.0.0.1\n")
    return d

@T("log", 3)
def app_log_nopii(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        d(ts(r), " [", r.choice(["scheduler", "etl", "mqtt-bridge", "label-printer"]), "] ", r.choice([
            "job ok rows=" + N(r, 4) + " duration=" + N(r, 3) + "ms", "printing label " + partno(r) + " lot " + batch(r), "broker v" + fwver(r).lstrip("vVfwFW- ") + " connected",
            "topic plant/" + tag(r) + "/state qos=1", "PO " + po(r) + " released to MRP", "tracking 1Z" + A(r, 3) + N(r, 11) + " delivered", "user=<unknown> placeholder John Doe skipped"]), "\n")
    return d

# --------------------------------------------------------------- email / chat / ticket
def mailhdr(d, r, frm, to, subj):
    d("From: ", LP(frm[0]), " <", L("EMAIL", frm[1]), ">\nTo: ", LP(to[0]), " <", L("EMAIL", to[1]), ">\nDate: ", ts(r), "+01:00\nSubject: ", subj, "\n\n")

@T("email", 3)
def grievance_email(r):
    d = Doc("email"); a = pname(r); b = pname(r)
    mailhdr(d, r, (a, email_of(r, a, "ostwerk-automotive.de")), (b, email_of(r, b, "ostwerk-automotive.de")), r.choice(["Formal grievance – shift allocation", "Beschwerde / complaint re team leader", "Confidential: bullying allegation"]))
    c = pname(r)
    d("Dear ", L("PERSON", b[0]), ",\n\nI wish to raise a formal grievance about the way ", LP(c), " (team leader, ", r.choice(DEPTS), ") has allocated night shifts since ", r.choice(HOLIDAYS),
      ". ", r.choice(["I have told him more than once that my ", "As HR already knows, my "]), L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "epilepsy", "obstructive sleep apnoea", "major depressive disorder"])),
      " makes rotating nights difficult and my GP letter is on file.\n\nI would like the works council (Betriebsrat) to attend the hearing. You can reach me on ", L("PHONE", phone(r, a[2])), ".\n\nRegards,\n", L("PERSON", a[0]), "\n")
    return d

@T("email", 2)
def disciplinary_email(r):
    d = Doc("email"); a = pname(r, "US"); b = pname(r)
    mailhdr(d, r, (a, email_of(r, a, "gulfdrill-ops.com")), (b, email_of(r, b, "gmail.com")), "Invitation to disciplinary hearing")
    d("Hi ", L("PERSON", b[0]), ",\n\nFollowing the post-incident test on ", recent(r, "mdy/"), " (rig 7, PTW ", ptw(r), "), the lab reported a non-negative result. The MRO has since confirmed a valid prescription, ",
      "but the failure to declare it before starting a safety-critical task is a breach of the D&A policy section 4.2.\n\nThe hearing is on ", recent(r, "Mdy"), " at the Midland yard office. You may bring a colleague.\n\nThanks,\n",
      LP(a), "\nHR Business Partner | ", L("PHONE", phone(r, "US")), "\n")
    return d

@T("email", 2)
def works_council_minutes_email(r):
    d = Doc("email"); a = pname(r, "DE"); b = pname(r, "DE")
    mailhdr(d, r, (a, email_of(r, a, "ostwerk-automotive.de")), (b, "betriebsrat@ostwerk-automotive.de"), "Protokoll BR-Sitzung / works council minutes KW " + str(r.randint(1, 52)))
    d("Anwesend / present: ", LP(pname(r, "DE")), ", ", LP(pname(r, "TR")), ", ", LP(pname(r, "PL")), ", ", LP(a), "\nTOP 1: Overtime request Werk Zwickau – approved for ", r.choice(HOLIDAYS), " weekend.\n",
      "TOP 2: Heat stress in paint shop – toolbox talk planned; no individual cases discussed.\nTOP 3: Dismissal hearing (§102 BetrVG) for employee no. ", N(r, 6), " – details in closed session only.\n",
      "TOP 4: Canteen: new supplier \"Hans im Glück\" from ", recent(r), ".\n\nGruß\n", L("PERSON", a[0]), "\n")
    return d

@T("chat", 3)
def maintenance_chat(r):
    d = Doc("chat"); crew = [pname(r) for _ in range(3)]
    lines = [("{t}", "anyone near " + tag(r) + "? seal leaking again"), ("{t}", "on my way, bringing spare " + partno(r)),
             ("{t}", "PTW is " + ptw(r) + ", isolation on " + plcaddr(r)), ("{t}", "HMI shows fw " + fwver(r) + " after update, weird"),
             ("{t}", "call me if stuck {ph}"), ("{t}", "@{n} did you log the near miss?"), ("{t}", "yes, " + r.choice(["no injury", "just a scare", "first aid only – plaster"]))]
    hm = sorted("%02d:%02d" % (r.randint(6, 17), r.randint(0, 59)) for _ in lines)
    for k, (who, (t, msg)) in enumerate(zip([r.choice(crew) for _ in lines], lines)):
        d("[", hm[k], "] ", L("PERSON", who[0]), ": ")
        if "{ph}" in msg:
            d(msg.split("{ph}")[0], L("PHONE", phone(r, who[2])), "\n")
        elif "{n}" in msg:
            o = r.choice([c for c in crew if c[0] != who[0]] or crew); d("@", L("PERSON", o[0]), msg.split("{n}")[1], "\n")
        else:
            d(msg, "\n")
    return d

@T("chat", 2)
def nearmiss_whatsapp(r):
    d = Doc("chat"); a = pname(r, r.choice(["ES", "PT", "BR", "MX", "AR"])); b = pname(r, r.choice(["ES", "IT"]))
    d(recent(r, "dmy/"), ", 06:1", r.randint(0, 9), " - ", LP(a), ": chicos, casi se cae una eslinga en la zona de carga, nadie herido\n")
    d(recent(r, "dmy/"), ", 06:2", r.randint(0, 9), " - ", LP(b), ": foto? pon el parte en la app, número de grúa ", tag(r), "\n")
    d(recent(r, "dmy/"), ", 06:3", r.randint(0, 9), " - ", LP(a), ": <Media omitted>\n")
    if r.random() < 0.5:
        d(recent(r, "dmy/"), ", 07:0", r.randint(0, 9), " - ", LP(b), ": ", L("PERSON", a[0]), " se fue al médico? dijo que le dolía la muñeca\n")
        d(recent(r, "dmy/"), ", 07:1", r.randint(0, 9), " - ", LP(a), ": sí, ", L("DIAGNOSIS", r.choice(["esguince de muñeca", "tendinitis", "contusión en el antebrazo"])), ", me dieron ", L("MEDICATION", r.choice(["ibuprofeno", "Enantyum", "paracetamol"])), "\n")
    return d

@T("ticket", 3)
def it_access_ticket(r):
    d = Doc("ticket"); p = pname(r); m = pname(r)
    d("INC", N(r, 7), " | Priority: P3 | Category: Access > Contractor\nRequested by: ", LP(m), " (", L("EMAIL", email_of(r, m, "halvorsen-energy.no")), ")\n",
      "Short description: create AD account + SCADA read-only for contractor\n\nDescription:\nplease create account for ", LP(p), ", starts ", recent(r), " via ",
      r.choice(["Aker", "Bilfinger", "Semco Maritime"]), ". mobile ", L("PHONE", phone(r, p[2])), ". needs access from jump host ", L("IP_ADDRESS", ip(r, "p10")), " only.\n",
      "Work notes: account ", r.choice(["c-", "x"]) + N(r, 5), " created; MFA token S/N ", serial(r), "\nState: Resolved\n")
    return d

@T("ticket", 2)
def maintenance_workorder(r):
    d = Doc("ticket")
    d("WO-", N(r, 7), "  Corrective  |  Asset: ", r.choice(PEOPLE_ASSETS), " / ", tag(r), "\nReported: ", ts(r), "\nSymptom: vibration ", "%.1f" % r.uniform(2, 12), " mm/s on ", tag(r),
      "\nSpares: ", partno(r), " x", r.randint(1, 4), ", ", partno(r), "\nPO: ", po(r), "   PTW: ", ptw(r), "\nController fw ", fwver(r), " → ", fwver(r), "\nAssigned to: ", r.choice(["Team E&I", "{{technician}}", "<unassigned>", "mechanical crew B"]), "\n")
    return d

@T("email", 2)
def bank_change_email(r):
    d = Doc("email"); p = pname(r, r.choice(["UK", "NO", "ZA", "NG", "PL"])); h = pname(r, "UK")
    mailhdr(d, r, (p, email_of(r, p)), (h, "payroll@windcare-services.co.uk"), "Change of bank details")
    d("Hello,\n\nPlease update my salary account from next month.\n")
    if r.random() < 0.6:
        sc, ac = ukbank(r); d("New details: sort code ", L("UK_BANK_ACCOUNT", sc + ", account " + ac), "\n")
    else:
        d("New IBAN: ", L("IBAN", iban(r, r.choice(["NO", "PL", "UK"]))), "\n")
    d("Old card ending 4821 can be removed.\nEmployee no. ", N(r, 5), "\n\nThanks\n", LP(p), "\n\n> On ", recent(r), " payroll wrote:\n> Please never send bank details by e-mail; use the self-service portal.\n")
    return d

@T("email", 2)
def relocation_email(r):
    d = Doc("email"); hc = r.choice(["IT", "ES", "FR", "RS", "HU"]); p = pname(r, hc); m = pname(r, "QA"); a, _ = addr(r, "QA")
    mailhdr(d, r, (m, email_of(r, m, "gulfdrill-ops.com")), (p, email_of(r, p)), "Visa & housing – Mesaieed assignment")
    d("Dear ", L("PERSON", p[0]), ",\n\nWe have lodged the work-visa application using your passport ", passport(r, hc), ". Your housing is ", L("ADDRESS", a),
      ". Medical (chest X-ray + blood test) is booked at the Medical Commission on ", recent(r, "dMy"), ".\nPlease bring your attested degree certificate.\n\nBest regards\n", LP(m), "\nGlobal Mobility | ", L("PHONE", phone(r, "QA")), "\n")
    return d

@T("chat", 3)
def ops_chat_nopii(r):
    d = Doc("chat")
    for who, msg in [("ops-bot", "ALARM " + tag(r) + " HiHi cleared"), ("shift-lead", "ack, see PTW " + ptw(r)), ("ops-bot", "historian lag 4s, collector " + fwver(r)),
                     ("shift-lead", "happy " + r.choice(HOLIDAYS) + " all, skeleton crew tomorrow"), ("ops-bot", "turbine " + r.choice(["Margarethe", "Brunel", "Grace Darling"]) + " curtailed 40%")]:
        d("<", who, "> ", msg, "\n")
    return d

@T("ticket", 2)
def hse_ticket_redacted(r):
    d = Doc("ticket")
    d("HSE-", N(r, 5), " Near miss – dropped object\nReporter: [REDACTED]\nInjured person: none\nLocation: ", r.choice(PEOPLE_ASSETS), "  GPS ", gps(r), "\nDescription: spanner (0.8 kg) fell 12 m from ",
      tag(r), " scaffold; exclusion zone held. Witness phone: +44 7*** ***", N(r, 3), "\nActions: tool lanyards (PO ", po(r), "), toolbox talk on ", r.choice(HOLIDAYS), "\n")
    return d

# --------------------------------------------------------------- free text / html
@T("free_text", 3)
def incident_report(r):
    d = Doc("free_text"); p = pname(r); w = pname(r); s = pname(r)
    d("INCIDENT INVESTIGATION REPORT ", "IR-2025-", N(r, 4), "\nSite: ", r.choice(SITES), "\n\nAt approx. ", ts(r)[11:16], " ", LP(p), " (", r.choice(["agency", "contractor", "employee"]), ", ",
      r.choice(DEPTS), ") was ", r.choice(["breaking containment on a pump suction line when residual caustic sprayed from the flange",
      "climbing the tower ladder when the fall-arrest block locked late", "clearing a jam on press line 3 with the guard open"]), ". First aid was given by ", LP(w),
      " and the casualty was taken to hospital, where ", L("DIAGNOSIS", r.choice(INJ)), " was diagnosed.\n\nRoot cause: ", r.choice(["isolation not verified", "bypassed interlock on " + plcaddr(r), "inadequate line-break procedure"]),
      ". The chemical involved was ", r.choice(CAS)[0], " (CAS ", r.choice(CAS)[1], ").\nEquipment: ", tag(r), " ", serial(r), "\nInvestigation lead: ", LP(s), "\n")
    return d

@T("free_text", 2)
def nearmiss_report_nopii(r):
    d = Doc("free_text")
    d("Near-miss summary week ", r.randint(1, 52), "\n- Dropped object from ", r.choice(PEOPLE_ASSETS), " crane (no injury); PTW ", ptw(r), ".\n- Forklift/pedestrian conflict at bin ", r.choice("ABCD"), "-", N(r, 2),
      "; speed limit 8 km/h reinforced.\n- H2S 12 ppm at ", tag(r), "; detector sn ", serial(r), " alarmed correctly.\nNames of reporters are held in the HSE system only. Coordinates ", gps(r), ".\n")
    return d

@T("free_text", 2)
def toolbox_talk(r):
    d = Doc("free_text")
    topic = r.choice([("Legionella in cooling towers", "Legionnaires' disease can cause severe pneumonia; people over 50, smokers and those with diabetes are at higher risk."),
                      ("Hand-arm vibration", "Hand-arm vibration syndrome and carpal tunnel syndrome develop over years of using grinders and impact wrenches."),
                      ("Noise", "Noise-induced hearing loss is permanent; tinnitus often comes first. Wear plugs AND muffs above 85 dB(A)."),
                      ("Silica dust", "Silicosis and lung cancer are linked to respirable crystalline silica (CAS 14808-60-7) from blasting."),
                      ("Heat stress", "Heat exhaustion can turn into heat stroke; drink 250 ml every 20 minutes.")])
    d("TOOLBOX TALK – ", topic[0], "\n\n", topic[1], " If you take medicines such as antihistamines or insulin, talk to Occupational Health confidentially.\n",
      r.choice(["Remember Parkinson's law: the job expands to fill the time – don't rush the permit.", "Don't let Monday blues become a safety depression.", "This is not a killer of a task, but plan it."]),
      "\nSign-off sheet attached (names not recorded here). Next talk: after ", r.choice(HOLIDAYS), ".\n")
    return d

@T("free_text", 2)
def sds_text(r):
    d = Doc("free_text"); c = r.sample(CAS, 2)
    d("SAFETY DATA SHEET – Section 11 Toxicological information\nProduct: ", r.choice(["Ostcoat 2K Primer", "Cuenca Solvent Blend 7", "GD Corrosion Inhibitor CI-44"]), "  Rev ", fwver(r).lstrip("vVfwFW- "), "\n",
      c[0][0].capitalize(), " (CAS ", c[0][1], "): may cause ", r.choice(["respiratory sensitisation and asthma", "leukaemia after prolonged exposure", "dermatitis", "liver damage"]), ".\n",
      c[1][0].capitalize(), " (CAS ", c[1][1], "): ", r.choice(["narcotic effects at high concentration", "severe eye damage", "peripheral neuropathy in chronic exposure"]), ".\n",
      "Antidote: none specific. Treat symptomatically; salbutamol may be given by a physician for bronchospasm.\nEmergency: see label. UN ", N(r, 4), ", packing group II.\n")
    return d

@T("free_text", 1)
def works_council_minutes(r):
    d = Doc("free_text"); ch = pname(r, r.choice(["CZ", "SK", "HU", "PL"]))
    d("Minutes – European Works Council, ", r.choice(["Mladá Boleslav", "Győr", "Trnava", "Gliwice"]), ", ", recent(r), "\nChair: ", LP(ch), "\nPresent: ", LP(pname(r, "DE")), ", ", LP(pname(r, "CZ")), ", ",
      LP(pname(r, "RO")), "\n\n1. Restructuring of the press shop: 46 positions, voluntary programme.\n2. Occupational health: the rise in hand-arm vibration syndrome claims was noted (statistics only, no names).\n",
      "3. A member, ", LP(pname(r)), ", on long-term sick leave since ", recent(r), " – return-to-work plan to be agreed with OH (no medical details minuted).\n4. AOB: Ernst Abbe hall renovation; Robert Bosch supplier audit.\n")
    return d

@T("html", 2)
def intranet_profile_html(r):
    d = Doc("html"); cc = r.choice(COUNTRIES); p = pname(r, cc); a, _ = addr(r, cc, True)
    d("<html><body><div class=\"profile\">\n<h2>", LP(p), "</h2>\n<dl>\n<dt>Department</dt><dd>", r.choice(DEPTS), "</dd>\n<dt>E-mail</dt><dd><a href=\"mailto:")
    e = email_of(r, p, "halvorsen-energy.no")
    d(L("EMAIL", e), "\">", L("EMAIL", e), "</a></dd>\n<dt>Mobile</dt><dd>", L("PHONE", phone(r, cc)), "</dd>\n<dt>Home address (HR only)</dt><dd>")
    ln = a.split("\n"); d(L("ADDRESS", ln[0] + "<br>\n" + ln[1]), "</dd>\n<dt>Date of birth</dt><dd>", L("DATE_OF_BIRTH", dob(r, "dMy")), "</dd>\n")
    d("<dt>Manager</dt><dd>", LP(pname(r)), "</dd>\n</dl></div></body></html>\n")
    return d

@T("html", 1)
def newsletter_html(r):
    d = Doc("html")
    d("<html><body><h1>Site News – ", r.choice(["Hammerfest", "Zwickau", "Tarragona", "Midland"]), "</h1>\n<p>Congratulations to our colleague ", LP(pname(r)), " on 25 years of service!</p>\n",
      "<p>Turbine <b>", r.choice(["Grace Darling", "Margarethe", "Olav"]), "</b> at ", r.choice(["Hornsea Two", "Gudrun A-7 platform", "Johan Sverdrup field"]), " passed 100,000 operating hours. ",
      "Firmware ", fwver(r), " rolls out next week.</p>\n<p>The canteen is closed on ", r.choice(HOLIDAYS), ". The Ferdinand Porsche hall reopens after repainting.</p>\n</body></html>\n")
    return d

@T("html", 2)
def safety_notice_html(r):
    d = Doc("html"); c = r.choice(CAS)
    d("<!DOCTYPE html><html><body><h2>Safety Alert SA-", N(r, 3), "</h2>\n<table><tr><th>Item</th><th>Value</th></tr>\n<tr><td>Substance</td><td>", c[0], " (CAS ", c[1], ")</td></tr>\n",
      "<tr><td>Equipment</td><td>", tag(r), "</td></tr><tr><td>Permit</td><td>", ptw(r), "</td></tr><tr><td>Controller</td><td>", fwver(r), "</td></tr>\n",
      "<tr><td>Person in charge</td><td></td></tr><tr><td>Contact</td><td>[redacted]</td></tr></table>\n<p>Exposure may cause asthma or dermatitis. Report symptoms to OH.</p></body></html>\n")
    return d

@T("free_text", 2)
def expat_letter(r):
    d = Doc("free_text"); hc = r.choice(["DE", "UK", "IT", "ES", "FR", "NO", "TR", "RS"]); p = pname(r, hc); a, _ = addr(r, hc, True)
    d(LP(p), "\n", L("ADDRESS", a), "\n\n", recent(r, "Mdy"), "\n\nDear ", L("PERSON", p[0]), ",\n\nLETTER OF ASSIGNMENT – ", r.choice(["Tengiz (Kazakhstan)", "Ras Laffan (Qatar)", "Bonny Island (Nigeria)", "Balikpapan (Indonesia)"]),
      "\n\nFurther to our discussion, you will be seconded for 24 months. Your family (", LP(pname(r, hc)), " and two children) may accompany you. Allowances will be paid to ",
      L("IBAN", iban(r, hc)) if hc in IBAN_FMT else "your home account", ". Please send a copy of the passport (no. ", passport(r, hc), ") by ", recent(r, "dMy"), ".\n\nYours sincerely\n", LP(pname(r)), "\nHead of Global Mobility\n")
    return d

@T("free_text", 2)
def policy_diseases(r):
    d = Doc("free_text")
    d("Occupational Health Policy OHP-", N(r, 2), " (rev ", fwver(r).lstrip("vVfwFW- "), ")\n\n4. Health surveillance\nEmployees exposed to isocyanates receive annual spirometry to detect occupational asthma early. ",
      "Noise-exposed staff receive audiometry; noise-induced hearing loss is reportable under RIDDOR. Staff who take sedating drugs (e.g. benzodiazepines, opioids, some antihistamines) must inform OH before safety-critical work.\n",
      "5. Research\nA 2019 cohort study of 12,400 offshore workers found higher rates of hypertension and obstructive sleep apnoea among rotating-shift staff.\n",
      "6. Drug and alcohol testing follows ", r.choice(["UKOOA", "DOT 49 CFR Part 40", "AS/NZS 4308"]), ".\nDocument owner: <role: Chief Medical Officer>\n")
    return d

@T("free_text", 2)
def witness_statement(r):
    d = Doc("free_text"); w = pname(r); ip_ = pname(r)
    d("WITNESS STATEMENT\nName of witness: ", LP(w), "   Tel: ", L("PHONE", phone(r, w[2])), "\nDate: ", recent(r), "\n\nI was working on ", r.choice(PEOPLE_ASSETS), " when I heard a shout. I saw ", LP(ip_),
      " holding his left hand, which was bleeding. He said he had a ", r.choice(["killer", "splitting"]), " headache as well. ", L("PERSON", ip_[0]), " told me later he has ",
      L("DIAGNOSIS", r.choice(["epilepsy", "type 2 diabetes mellitus", "hypertension"])), " and had skipped his ", L("MEDICATION", r.choice(["levetiracetam", "metformin", "amlodipine"])), " that morning.\n\nSigned ", LP(w), "\n")
    return d

@T("html", 1)
def contractor_directory_html(r):
    d = Doc("html")
    d("<table class=\"directory\">\n<tr><th>Name</th><th>Company</th><th>Phone</th><th>E-mail</th></tr>\n")
    for _ in range(r.randint(3, 5)):
        p = pname(r); e = email_of(r, p, r.choice(["bilfinger.com", "aker.no", "semco.dk", "sgs.com"]))
        d("<tr><td>", LP(p), "</td><td>", r.choice(["Bilfinger", "Aker Solutions", "SGS", "Semco Maritime"]), "</td><td>", L("PHONE", phone(r, p[2])), "</td><td>", L("EMAIL", e), "</td></tr>\n")
    d("<tr><td>John Doe (example)</td><td>ACME</td><td>+00 000 000 000</td><td>name@example</td></tr>\n</table>\n")
    return d

@T("free_text", 2)
def masked_incident(r):
    d = Doc("free_text")
    d("Incident IR-", N(r, 5), " (redacted copy for lessons-learned)\nInjured person: [NAME REDACTED], DOB **/**/19**, passport ********", N(r, 2), "\nSSN: XXX-XX-", N(r, 4), "  Card: ****-****-****-", N(r, 4),
      "\nThe IP injured a finger on ", tag(r), "; treated on site. Employer: Wells Fargo Equipment Finance lessee. Batch ", batch(r), "\nBank ref on file: ", bad_iban(r, r.choice(["DE", "FR"])), " (invalid – returned)\n")
    return d

@T("free_text", 6)
def kyc_narrative_national_ids(r):
    d = Doc("free_text"); cc = ["IN", "SG", "BR", "ES", "CA", "UK"][r.i % 6]; p = pname(r, {"SG": "MY", "CA": "US"}.get(cc, cc))
    d("Vendor onboarding note (sole-trader inspector): ", LP(p), ", born ", L("DATE_OF_BIRTH", dob(r, "dMy")), ". ")
    if cc == "IN": d("Aadhaar ", L("IN_AADHAAR", aadhaar(r)), " verified via DigiLocker; an earlier form showed ", bad_aadhaar(r), " (typo, fails check).")
    if cc == "SG": d("NRIC ", L("SG_NRIC", nric(r, r.choice("ST"))), " seen; colleague's typed ", bad_nric(r), " rejected.")
    if cc == "BR": d("CPF ", L("BR_CPF", cpf(r)), " conferido na Receita; número antigo ", bad_cpf(r), " inválido.")
    if cc == "ES": d("DNI ", L("ES_DNI", dni(r)), " verificado; el formulario tenía ", bad_dni(r), " (letra incorrecta).")
    if cc == "CA": d("SIN ", L("CA_SIN", sin(r)), " provided for T4A; reference T4A-", N(r, 6), ".")
    if cc == "UK": d("NI number ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "; NHS no. on medical ", L("UK_NHS_NUMBER", nhs(r)), "; old NHS ", bad_nhs(r), " invalid.")
    d(" Contact ", L("EMAIL", email_of(r, p)), ".\n")
    return d

@T("free_text", 2)
def ids_hard_negatives(r):
    d = Doc("free_text")
    d("Data-quality report – rejected identifiers (all fail validation, kept for audit)\n- Steuer-ID ", bad_stid(r), "\n- NIR ", bad_nir(r), "\n- DNI ", bad_dni(r), "\n- CPF ", bad_cpf(r),
      "\n- card ", bad_luhn(r), "\n- NHS ", bad_nhs(r), "\n- IBAN ", bad_iban(r, r.choice(["PL", "RO", "HU"])), "\nTotals: 7 rejects, batch ", batch(r), ", job finished ", ts(r), "\n")
    return d

@T("free_text", 3)
def medical_claim_us(r):
    d = Doc("free_text"); p = pname(r, "US")
    d("Workers' comp / Medicare secondary payer note\nClaimant ", LP(p), " (DOB ", L("DATE_OF_BIRTH", dob(r, "mdy/")), ") – Medicare MBI ", L("US_MBI", mbi(r)), "; employer group plan ", r.choice(["Aetna", "Cigna", "Humana"]),
      " member ID ", L("HEALTH_PLAN_ID", hpid(r)), ", group ", N(r, 6), ". Injury: ", L("DIAGNOSIS", r.choice(INJ)), " at ", r.choice(["the Williston yard (North Dakota)", "the Georgetown plant (Kentucky)"]), ".\n",
      "SSN ", L("US_SSN", ssn(r)), " used for the CMS query. Card on file for copay: ", L("CREDIT_CARD", card(r)), ".\n")
    return d

@T("csv", 2)
def fleet_drivers(r):
    d = Doc("csv")
    crow(d, ["driver", "licence_state", "licence_no", "cdl_class", "med_card_exp", "truck", "vin_last6"])
    for _ in range(r.randint(4, 6)):
        st = r.choice(["TX", "OK", "ND", "NM", "LA", "WY", "CO", "PA"]); p = pname(r, r.choice(["US", "US", "MX"]))
        crow(d, [L("PERSON", full(p)), st, L("DRIVER_LICENSE", DL[st][1](r)), r.choice("AB"), recent(r), "T-" + N(r, 3), N(r, 6)])
    return d

@T("form", 1)
def dot_driver_qualification(r):
    d = Doc("form"); st = r.choice(list(DL)); p = pname(r, "US"); a, _ = addr(r, "US")
    d("DRIVER QUALIFICATION FILE – 49 CFR 391\nApplicant: ", LP(p), "\nAddress: ", L("ADDRESS", a), "\nDate of Birth: ", L("DATE_OF_BIRTH", dob(r, "mdy/")),
      "\nSSN: ", L("US_SSN", ssn(r)), "\nLicense State: ", DL[st][0], "   License #: ", L("DRIVER_LICENSE", DL[st][1](r)), "   Class: A  Endorsements: N, T\n",
      "Medical examiner's certificate expires ", recent(r, "mdy/"), "; restriction: ", r.choice(["corrective lenses", "none"]), "\nPrevious employer: ", r.choice(["Halliburton", "Schlumberger", "Ford Motor Co."]),
      "\nMVR pulled ", recent(r, "mdy/"), " – no violations.\n")
    return d

@T("log", 1)
def uk_licence_check_log(r):
    d = Doc("log")
    for _ in range(r.randint(3, 5)):
        p = pname(r, "UK")
        d(ts(r), " dvla-check: driver=\"", LP(p), "\" licence=", L("DRIVER_LICENSE", uk_dl(r, p)), " status=valid points=", r.randint(0, 9), " categories=B,C1\n")
    d(ts(r), " dvla-check: driver=\"<blank>\" licence=XXXXX000000XX9XX status=invalid\n")
    return d

@T("form", 2)
def us_rotator_form(r):
    d = Doc("form"); p = pname(r, "US"); a, _ = addr(r, "US"); st = r.choice(list(DL))
    d("ROTATIONAL EMPLOYEE – LETTER OF INVITATION DATA (Kazakhstan work visa)\nFull name: ", LP(p), "\nDate of birth: ", L("DATE_OF_BIRTH", dob(r, "mdy/")),
      "\nCitizenship: United States of America\nU.S. passport number: ", L("US_PASSPORT", PASS["US"](r)), "   issued ", recent(r, "mdy/"), " (National Passport Center)\n",
      "Home of record: ", L("ADDRESS", a), "\nDriver's license (", DL[st][0], "): ", L("DRIVER_LICENSE", DL[st][1](r)), "\nRotation: 28/28 Tengiz – Atyrau; emergency contact ", LP(pname(r, "US")), " ",
      L("PHONE", phone(r, "US")), "\n")
    return d

@T("csv", 2)
def benefits_enrollment(r):
    d = Doc("csv")
    crow(d, ["emp_id", "member_name", "relationship", "dob", "plan", "member_id", "group_no", "coverage_start"])
    for _ in range(r.randint(3, 5)):
        p = pname(r, r.choice(["US", "US", "MX", "IN", "PH"]))
        crow(d, [N(r, 6), L("PERSON", full(p)), r.choice(["employee", "spouse", "child"]), L("DATE_OF_BIRTH", rdate(r, 1960, 2020).strftime("%m/%d/%Y")),
                 r.choice(["BCBS TX PPO 1500", "UHC Choice Plus HSA", "Aetna Open Access"]), L("HEALTH_PLAN_ID", hpid(r)), "GRP-" + N(r, 6), "01/01/2026"])
    return d

@T("json", 2)
def expense_claim_json(r):
    d = Doc("json"); p = pname(r)
    jemit(d, {"claim": "EXP-" + N(r, 6), "employee": L("PERSON", full(p)), "trip": r.choice(["Stavanger FAT", "Atyrau shutdown", "Tarragona audit"]),
              "lines": [{"desc": "hotel", "amount": r.randint(200, 900), "card": L("CREDIT_CARD", card(r, r.choice(["visa", "mc", "amex"])))},
                        {"desc": "taxi", "amount": r.randint(20, 90), "card": "**** **** **** " + N(r, 4)},
                        {"desc": "per diem", "amount": 56, "ref": po(r)}],
              "approver": L("PERSON", full(pname(r))), "status": "approved"})
    return d

# ============================================================================= build
CARD_RX = re.compile(r"(?<![\w.-])(?:\d[ -]?){12,18}\d(?![\w.-])")
IBAN_RX = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSN_RX = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")

class Leak(Exception): pass

def covered(ents, a, b):
    return any(e["start"] < b and a < e["end"] for e in ents)

def validate(doc_id, d):
    text = d.text(); ents = sorted(d.ents, key=lambda e: e["start"])
    prev = -1
    for e in ents:
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (doc_id, e, s)
        assert e["start"] >= prev, (doc_id, "overlap", e)
        prev = e["end"]
        if e["type"] in CHECKS:
            assert CHECKS[e["type"]](s), (doc_id, e["type"], s)
    lvl = max([LEVEL[e["type"]] for e in ents] or [0])
    if d.fmt in ("json", "fhir_json"):
        json.loads(text)
    if d.fmt == "ndjson":
        for ln in text.splitlines():
            if ln.strip(): json.loads(ln)
    if d.fmt in ("csv", "tsv"):
        first = text.split("\n", 1)[0]
        delim = "\t" if d.fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = [x for x in csv.reader(io.StringIO(text), delimiter=delim) if x]
        assert len({len(x) for x in rows}) == 1, (doc_id, "ragged csv")
    # leak check: unlabelled valid-looking high-risk values
    for m in CARD_RX.finditer(text):
        if card_ok(m.group()) and not covered(ents, m.start(), m.end()):
            raise Leak((doc_id, "card", m.group()))
    for m in IBAN_RX.finditer(text):
        try:
            ok = iban_ok(m.group())
        except ValueError:
            ok = False
        if ok and not covered(ents, m.start(), m.end()):
            raise Leak((doc_id, "iban", m.group()))
    for m in SSN_RX.finditer(text):
        if not covered(ents, m.start(), m.end()) and not text[max(0, m.start() - 12):m.start()].lower().count("po"):
            if ssn_ok(m.group()):
                raise Leak((doc_id, "ssn", m.group()))
    return {"id": doc_id, "text": text, "entities": ents, "classification": LEVNAME[lvl], "format": d.fmt}

def main():
    out = []
    for name, fmt, n, fn in TEMPLATES:
        for i in range(n):
            for attempt in range(30):
                r = random.Random("%s:%s:%d:%d" % (SEED, name, i, attempt)); r.i = i
                d = fn(r)
                assert d.fmt == fmt, name
                try:
                    out.append(validate("h25_%s-%d" % (name, i), d)); break
                except Leak as ex:
                    continue
            else:
                raise SystemExit("could not render %s-%d without leaks" % (name, i))
    ids = [o["id"] for o in out]; assert len(ids) == len(set(ids))
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    tc = Counter(e["type"] for o in out for e in o["entities"])
    print("documents:", len(out))
    print("no-entity documents:", sum(1 for o in out if not o["entities"]))
    print("templates:", len(TEMPLATES))
    for title, c in (("classification", Counter(o["classification"] for o in out)), ("format", Counter(o["format"] for o in out)), ("entity type", tc)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
