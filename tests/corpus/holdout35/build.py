#!/usr/bin/env python3
"""holdout35 -- independent PII/PHI evaluation corpus, humanitarian-NGO flavour.

Written from the public contract only (LABELS.md, PRIOR_CORPUS.md, BRIEF.md).
Standard library only, deterministic.  Run:  python3 build.py
"""
import csv
import io
import json
import os
import random
import re
import string
import sys
from collections import Counter

SEED = "holdout35/acacia-dhow-4419"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout35.jsonl")

RESTRICTED = {
    "US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
    "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
    "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID",
}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL_T = {"PERSON"}
ALL_TYPES = RESTRICTED | CONFIDENTIAL | INTERNAL_T
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html",
           "clinical_note", "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}


# ----------------------------------------------------------------------------------------------
# Document builder: spans are recorded at append time, never searched for.
# ----------------------------------------------------------------------------------------------
class Lab:
    __slots__ = ("type", "value")

    def __init__(self, typ, value):
        assert typ in ALL_TYPES, typ
        self.type, self.value = typ, str(value)


def L(typ, value):
    return Lab(typ, value)


class Mix:
    """A string made of plain pieces and Lab pieces (e.g. a note inside a JSON string)."""

    def __init__(self, *parts):
        self.parts = parts


def M(*parts):
    return Mix(*parts)


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def _plain(self, s):
        self.buf.append(s)
        self.n += len(s)

    def _lab(self, lab):
        v = lab.value
        st = self.n
        self._plain(v)
        self.ents.append({"type": lab.type, "start": st, "end": self.n})

    def __call__(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, Lab):
                self._lab(it)
            elif isinstance(it, Mix):
                self(*it.parts)
            elif isinstance(it, (list, tuple)):
                self(*it)
            else:
                self._plain(str(it))
        return self

    @property
    def text(self):
        return "".join(self.buf)


def plain_of(x):
    """Text of a value (Lab / Mix / str) without labels."""
    if isinstance(x, Lab):
        return x.value
    if isinstance(x, Mix):
        return "".join(plain_of(p) for p in x.parts)
    return str(x)


# --- JSON emitter ------------------------------------------------------------------------------
def _jstr(d, v):
    if isinstance(v, Lab):
        s = json.dumps(v.value, ensure_ascii=False)
        d('"', Lab(v.type, s[1:-1]), '"')
    elif isinstance(v, Mix):
        d('"')
        for p in v.parts:
            if isinstance(p, Lab):
                s = json.dumps(p.value, ensure_ascii=False)
                d(Lab(p.type, s[1:-1]))
            else:
                d(json.dumps(str(p), ensure_ascii=False)[1:-1])
        d('"')
    else:
        d(json.dumps(v, ensure_ascii=False))


def emit_json(d, obj, indent=2, level=0, compact=False):
    """Write obj (dict/list/scalars/Lab/Mix) into Doc d as JSON."""
    if isinstance(obj, dict):
        if not obj:
            d("{}")
            return
        if compact:
            d("{")
            for i, (k, v) in enumerate(obj.items()):
                if i:
                    d(",")
                d(json.dumps(k, ensure_ascii=False), ":")
                emit_json(d, v, indent, level + 1, compact)
            d("}")
            return
        d("{\n")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d(" " * (indent * (level + 1)), json.dumps(k, ensure_ascii=False), ": ")
            emit_json(d, v, indent, level + 1, compact)
            d(",\n" if i < len(items) - 1 else "\n")
        d(" " * (indent * level), "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]")
            return
        if compact:
            d("[")
            for i, v in enumerate(obj):
                if i:
                    d(",")
                emit_json(d, v, indent, level + 1, compact)
            d("]")
            return
        d("[\n")
        for i, v in enumerate(obj):
            d(" " * (indent * (level + 1)))
            emit_json(d, v, indent, level + 1, compact)
            d(",\n" if i < len(obj) - 1 else "\n")
        d(" " * (indent * level), "]")
    elif isinstance(obj, (Lab, Mix, str)):
        _jstr(d, obj)
    else:
        d(json.dumps(obj))


# --- CSV / TSV row writer ------------------------------------------------------------------------
def emit_row(d, cells, sep=",", quote_all=False, eol="\n"):
    for i, c in enumerate(cells):
        if i:
            d(sep)
        s = plain_of(c)
        need = quote_all or (sep in s) or ('"' in s) or ("\n" in s)
        assert '"' not in s or not isinstance(c, Lab)
        if need:
            d('"')
        if isinstance(c, Lab):
            d(c)
        elif isinstance(c, Mix):
            d(c)
        else:
            d(s.replace('"', '""') if need else s)
        if need:
            d('"')
    d(eol)


# ----------------------------------------------------------------------------------------------
# Checksums (implemented from public specifications)
# ----------------------------------------------------------------------------------------------
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


IBAN_LEN = {"DE": 22, "FR": 27, "IT": 27, "ES": 24, "GB": 22, "NL": 18, "NO": 15, "GR": 27, "TR": 26, "JO": 30,
            "LB": 28, "BE": 16, "CH": 21, "IE": 22, "SE": 24, "UA": 29, "AT": 20, "PL": 28, "PT": 25, "DK": 18}


def iban_ok(iban):
    s = iban.replace(" ", "").replace("\n", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    chk = 98 - n % 97
    return "%s%02d%s" % (cc, chk, bban)


def nhs_check(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c  # 10 means invalid


def nhs_ok(n):
    n = re.sub(r"\D", "", n)
    return len(n) == 10 and nhs_check(n[:9]) == int(n[9])


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    ds.append(d1)
    s = sum(d * w for d, w in zip(ds, range(11, 1, -1)))
    d2 = (s * 10) % 11 % 10
    return "%d%d" % (d1, d2)


def cpf_ok(c):
    c = re.sub(r"\D", "", c)
    return len(c) == 11 and len(set(c)) > 1 and cpf_digits(c[:9]) == c[9:]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").replace(".", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre, num, let = m.groups()
    if pre:
        if len(num) != 7:
            return False
        num = str("XYZ".index(pre)) + num
    elif len(num) != 8:
        return False
    return DNI_LETTERS[int(num) % 23] == let


def nir_key(thirteen):
    t = thirteen.replace("2A", "19").replace("2B", "18")
    return 97 - int(t) % 97


def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and nir_key(s[:13]) == int(s[13:])


def steuer_check(ten):
    product = 10
    for ch in ten:
        sm = (int(ch) + product) % 10
        if sm == 0:
            sm = 10
        product = (sm * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3) and
            sum(1 for v in cnt.values() if v >= 2) == 1):
        return False
    return steuer_check(s[:10]) == int(s[10])


CF_ODD = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    CF_ODD[str(_i)] = _v
    CF_ODD[chr(65 + _i)] = _v
for _ch, _v in zip("KLMNOPQRSTUVWXYZ", [2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    CF_ODD[_ch] = _v


def cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cf_char(fifteen):
    s = 0
    for i, ch in enumerate(fifteen):
        s += CF_ODD[ch] if i % 2 == 0 else cf_even(ch)
    return chr(65 + s % 26)


def cf_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_char(s[:15]) == s[15]


NRIC_W = [2, 7, 6, 5, 4, 3, 2]


def nric_letter(prefix, seven):
    s = sum(int(c) * w for c, w in zip(seven, NRIC_W))
    if prefix in "TG":
        s += 4
    r = s % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]


def nric_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", s)) and nric_letter(s[0], s[1:8]) == s[8]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"  # letters allowed in an MBI (no S L O I B Z)


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    A, N, AN = set(MBI_L), set("0123456789"), set(MBI_L) | set("0123456789")
    cls = [set("123456789"), A, AN, N, A, AN, N, A, A, N, N]
    return all(ch in c for ch, c in zip(s, cls))


def nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIOQUV" or (a + b) in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        return False
    return True


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def sin_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 9 and s[0] not in "08" and luhn_ok(s)


def aadhaar_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 12 and s[0] not in "01" and verhoeff_ok(s)


def _selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert iban_make("DE", "370400440532013000") == "DE89370400440532013000"
    assert nhs_ok("9434765919")
    assert verhoeff_digit("236") == "3" and verhoeff_ok("2363")
    assert cpf_ok("529.982.247-25")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert nir_ok("255081416802538")
    assert steuer_ok("86095742719")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert luhn_ok("046454286") and sin_ok("130 692 544")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("AB 12 34 56 C") and not nino_ok("QQ 12 34 56 C")


_selftest()


# ----------------------------------------------------------------------------------------------
# Names: hand-written lists per origin (given male, given female, family) + invented names.
# ----------------------------------------------------------------------------------------------
NAMES = {
    "syria": (["Bashar", "Mahmoud", "Yamen", "Ghaith", "Khaled", "Obada", "Mazen", "Fadi"],
              ["Rama", "Lujain", "Heba", "Nour", "Ruqaya", "Bayan", "Sidra", "Rawan"],
              ["Al-Khatib", "Darwish", "Al-Masri", "Qassab", "Bitar", "Shaaban", "Kanaan", "Al-Halabi",
               "Abu Zeid", "Haj Omar"]),
    "iraq": (["Haidar", "Mustafa", "Karwan", "Shvan", "Ammar", "Qusay"],
             ["Zainab", "Rojda", "Berivan", "Dilan", "Shaima", "Israa"],
             ["Al-Jubouri", "Zebari", "Hawrami", "Al-Obaidi", "Khoshnaw", "Al-Saadi"]),
    "yemen": (["Abdulmalik", "Waleed", "Nabil", "Hamoud"], ["Afrah", "Bushra", "Amat Al-Rahman", "Hanan"],
              ["Ba Abbad", "Al-Ahdal", "Al-Shami", "Bin Breik", "Al-Maqtari"]),
    "afghan": (["Habibullah", "Gul Ahmad", "Sayed Nasir", "Farid", "Wahidullah", "Mirwais"],
               ["Zarghuna", "Mursal", "Freshta", "Nilofar", "Shabnam", "Pashtana"],
               ["Stanikzai", "Hotak", "Rahimi", "Sultani", "Noorzai", "Sadat", "Mohammadi", "Amiri"]),
    "sudan": (["Abdelrahim", "Mohamed Osman", "Elfatih", "Musab"], ["Hawa", "Nafisa", "Tasneem", "Rayan"],
              ["Abdelgadir", "Elnour", "Babiker", "Elsheikh", "Adam Ishag"]),
    "s_sudan": (["Garang", "Majok", "Gatluak", "Kuol", "Deng"], ["Nyandeng", "Achol", "Nyakuoth", "Abuk", "Nyabuay"],
                ["Deng Mabior", "Ruach", "Kuol Arop", "Malual", "Chol"]),
    "eritrea": (["Yohannes", "Habtom", "Filmon", "Tekle", "Robel"], ["Senait", "Mebrat", "Selam", "Lemlem", "Saba"],
                ["Tesfamariam", "Ghebremeskel", "Woldegiorgis", "Berhane", "Haile", "Kidane"]),
    "somalia": (["Abdirahman", "Liban", "Abdiweli", "Guled"], ["Hodan", "Farhiya", "Ayaan", "Idil", "Sagal"],
                ["Warsame", "Jama", "Mohamud", "Hirsi", "Abdullahi", "Nur Aden"]),
    "ethiopia": (["Gemechu", "Abebe", "Dawit", "Tolosa", "Yonas"], ["Chaltu", "Meseret", "Tigist", "Hawi", "Bontu"],
                 ["Tadesse", "Bekele", "Gudeta", "Alemu", "Negash", "Fufa"]),
    "drc": (["Dieudonné", "Amani", "Trésor", "Jean-Marie", "Espoir"], ["Furaha", "Bahati", "Chantal", "Espérance", "Neema"],
            ["Mukendi", "Tshibanda", "Ilunga", "Kalala", "Mbuyi", "Lukusa", "Kabeya", "Masudi"]),
    "rohingya": (["Nur Kamal", "Sayed Alam", "Mohammed Ullah", "Anwar Sadek", "Rahmat Ullah"],
                 ["Setara", "Rashida", "Hamida", "Laila", "Nur Ankis"],
                 ["Begum", "Khatun", "Bibi", "Hussain", "Ullah", "Alam"]),
    "ukraine": (["Taras", "Bohdan", "Mykola", "Oleksii", "Yurii"], ["Oksana", "Yuliia", "Olha", "Svitlana", "Khrystyna"],
                ["Kovalenko", "Hnatiuk", "Melnyk", "Shevchuk", "Tkachenko", "Yaremchuk", "Bondarenko"]),
    "venezuela": (["Wilmer", "Deivis", "Maikel", "Yohandry"], ["Yorbelis", "Yusmary", "Oriana", "Marielvis"],
                  ["Rondón", "Guaita", "Pérez Linares", "Briceño", "Carrasquel", "Mijares"]),
    "colombia": (["Jhon Fredy", "Duván", "Yeison", "Luis Alfonso"], ["Luz Dary", "Yuliana", "Leidy Johana", "Marelbi"],
                 ["Ospina", "Cárdenas", "Mosquera", "Arboleda", "Quiñones", "Palacios Rentería"]),
    "haiti": (["Mackenson", "Dieunel", "Jean-Robert", "Wisly", "Frantzy"], ["Wideline", "Ketly", "Rosemène", "Nadège", "Guerline"],
              ["Pierre-Louis", "Jean-Baptiste", "Désir", "Saint-Fleur", "Louissaint", "Exantus"]),
    "central_am": (["Maynor", "Elmer", "Brayan", "Osmín", "Lester"], ["Ingrid", "Heydi", "Glenda", "Sulmy", "Dilcia"],
                   ["Xiloj", "Tzoc", "Ajanel", "Cux", "Chuc", "Bautista Ramírez", "Zelaya", "Mejía Alvarado"]),
    "lebanon": (["Georges", "Wissam", "Rabih", "Jihad"], ["Mireille", "Rana", "Nayla", "Joumana"],
                ["Haddad", "Khoury", "Abi Nader", "Bou Saab", "El Hage", "Frangieh-Sfeir"]),
    "jordan": (["Laith", "Yazan", "Ayman"], ["Dana", "Lina", "Raghad"], ["Al-Momani", "Bani Hani", "Al-Zoubi", "Obeidat"]),
    "turkey": (["Özgür", "Emre", "Oğuzhan", "Mert"], ["Şeyma", "Çağla", "Büşra", "Gülşen"],
               ["Yıldırım", "Doğan", "Öztürk", "Kılıç", "Çelik", "Aydoğdu"]),
    "greece": (["Stavros", "Dimitrios", "Panagiotis"], ["Evangelia", "Paraskevi", "Chrysoula"],
               ["Kontogiannis", "Papadakis", "Alexiou", "Tsiropoulos", "Vlachou"]),
    "italy": (["Carmelo", "Salvatore", "Gianluca", "Rosario"], ["Giuseppina", "Rosaria", "Ilaria", "Concetta"],
              ["Lo Russo", "D'Agostino", "Di Stefano", "Sciacca", "La Rocca", "Messina"]),
    "germany": (["Jörg", "Malte", "Hauke", "Till"], ["Friederike", "Wiebke", "Anneliese", "Jule"],
                ["von der Heyde", "Bäumler", "Schäfer-Grünwald", "Oßwald", "Kühnle", "Dreßler"]),
    "france": (["Gwenaël", "Thibault", "Loïc", "Aurélien"], ["Anne-Laure", "Solène", "Maëlle", "Clémence"],
               ["de Villiers", "Le Goff", "Nguyen-Dupré", "Lefèvre", "Rousseau", "Besnard"]),
    "uk": (["Gethin", "Callum", "Rhodri", "Ciaran"], ["Siobhan", "Niamh", "Aoife", "Bethan"],
           ["McAllister", "ap Rhys", "Okonkwo-Reid", "Featherstonehaugh", "Pritchard", "O'Driscoll"]),
    "norway": (["Håkon", "Eirik", "Sindre", "Torbjørn"], ["Solveig", "Sigrid", "Ragnhild", "Ingvild"],
               ["Ødegård", "Brekke", "Haugland", "Kvåle", "Sæther", "Bjørnstad"]),
    "canada": (["Mathieu", "Rajinder", "Étienne", "Darnell"], ["Geneviève", "Kateri", "Maude", "Harpreet"],
               ["Tremblay-Côté", "Gagnon", "Sinclair", "Dhaliwal", "Bouchard", "Whitecloud"]),
    "us": (["Bradley", "DeShawn", "Tanner", "Marcus"], ["Latoya", "Kaitlyn", "Brianna", "Shauna"],
           ["Jenkins", "Kowalczyk", "Nakamura-Ortiz", "Washington", "Lindqvist", "Delgado"]),
    "kenya": (["Otieno", "Kiprono", "Mwangi", "Wekesa"], ["Wanjiru", "Chebet", "Akinyi", "Nekesa"],
              ["Kamau", "Ochieng", "Kiprotich", "Wafula", "Njoroge", "Chepkoech"]),
    "uganda": (["Okello", "Opio", "Ssemakula", "Tumwine"], ["Nakato", "Babirye", "Atim", "Nabukeera"],
               ["Ssempala", "Akello", "Mugisha", "Tumusiime", "Kizza", "Odongo"]),
    "bangladesh": (["Shafiqul", "Tanvir", "Mahbubur", "Rakibul"], ["Farzana", "Nusrat", "Sharmin", "Taslima"],
                   ["Akter", "Islam", "Jahan", "Chowdhury", "Rahman", "Sarker"]),
    "myanmar_staff": (["Kyaw Zin", "Aung Ko"], ["Thandar", "Nilar"], ["Htun", "Win", "Oo"]),
}

SYL = ["ka", "ro", "vi", "zu", "ta", "mbe", "lo", "shi", "dra", "ne", "qua", "ye", "tho", "gri", "ul", "xa", "mo",
       "bre", "sa", "ni", "kwe", "dho", "ri", "fen", "ya", "tse", "lu", "oro", "bik", "mar"]


def invented(r, n=None):
    n = n or r.choice([2, 2, 3])
    s = "".join(r.choice(SYL) for _ in range(n))
    return s[0].upper() + s[1:]


def person(r, origin=None, sex=None):
    origin = origin or r.choice(list(NAMES))
    gm, gf, fam = NAMES[origin]
    sex = sex or r.choice("MF")
    g = r.choice(gm if sex == "M" else gf)
    if origin == "rohingya":
        fam = ["Begum", "Khatun", "Bibi"] if sex == "F" else ["Hussain", "Alam", "Islam", "Kabir"]
    f = r.choice([x for x in fam if x not in g] or fam)
    if r.random() < 0.14:
        g = invented(r)
    if r.random() < 0.14:
        f = invented(r)
    if origin == "greece":
        base = {"Kontogiannis": ("Kontogiannis", "Kontogianni"), "Papadakis": ("Papadakis", "Papadaki"),
                "Alexiou": ("Alexiou", "Alexiou"), "Tsiropoulos": ("Tsiropoulos", "Tsiropoulou"), "Vlachou": ("Vlachos", "Vlachou")}
        if f in base:
            f = base[f][0 if sex == "M" else 1]
    return {"given": g, "family": f, "sex": sex, "origin": origin}


def full(p):
    return p["given"] + " " + p["family"]


def name_variant(r, p):
    k = r.random()
    if k < 0.55:
        return full(p)
    if k < 0.75:
        return p["family"].upper() + ", " + p["given"]
    if k < 0.9:
        return p["family"].upper() + " " + p["given"]
    return p["given"][0] + ". " + p["family"]


ORIGIN_COUNTRY = {
    "syria": "Syria", "iraq": "Iraq", "yemen": "Yemen", "afghan": "Afghanistan", "sudan": "Sudan",
    "s_sudan": "South Sudan", "eritrea": "Eritrea", "somalia": "Somalia", "ethiopia": "Ethiopia",
    "drc": "DR Congo", "rohingya": "Myanmar", "ukraine": "Ukraine", "venezuela": "Venezuela",
    "colombia": "Colombia", "haiti": "Haiti", "central_am": "Guatemala", "lebanon": "Lebanon",
    "jordan": "Jordan", "turkey": "Turkey", "greece": "Greece", "italy": "Italy", "germany": "Germany",
    "france": "France", "uk": "United Kingdom", "norway": "Norway", "canada": "Canada", "us": "United States",
    "kenya": "Kenya", "uganda": "Uganda", "bangladesh": "Bangladesh", "myanmar_staff": "Myanmar",
}
DISPLACED = ["syria", "iraq", "yemen", "afghan", "sudan", "s_sudan", "eritrea", "somalia", "ethiopia", "drc",
             "rohingya", "ukraine", "venezuela", "colombia", "haiti", "central_am"]
STAFF = ["lebanon", "jordan", "turkey", "greece", "italy", "germany", "france", "uk", "norway", "canada", "us",
         "kenya", "uganda", "bangladesh"]

# ----------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rdate(r, y0, y1, jan1_p=0.0):
    y = r.randint(y0, y1)
    if r.random() < jan1_p:
        return (y, 1, 1)
    m = r.randint(1, 12)
    dd = r.randint(1, MDAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0))
    return (y, m, dd)


def fdate(r, dt, style=None):
    y, m, d = dt
    style = style or r.choice(["dmy/", "iso", "d Mon y", "Mon d, y", "dmy.", "dmy-"])
    return {
        "dmy/": "%02d/%02d/%04d" % (d, m, y), "iso": "%04d-%02d-%02d" % (y, m, d),
        "d Mon y": "%d %s %d" % (d, MON[m - 1][:3], y), "Mon d, y": "%s %d, %d" % (MON[m - 1], d, y),
        "dmy.": "%02d.%02d.%04d" % (d, m, y), "dmy-": "%02d-%02d-%04d" % (d, m, y),
        "mdy/": "%02d/%02d/%04d" % (m, d, y), "hl7": "%04d%02d%02d" % (y, m, d),
        "d Month y": "%d %s %d" % (d, MON[m - 1], y),
    }[style]


def dob_adult(r):
    return rdate(r, 1948, 2004, jan1_p=0.15)


def dob_child(r):
    return rdate(r, 2019, 2024, jan1_p=0.1)


def visit_date(r):
    return rdate(r, 2024, 2025)


# ----------------------------------------------------------------------------------------------
# Phones (national shapes, international format mostly)
# ----------------------------------------------------------------------------------------------
def dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def phone(r, cc=None):
    cc = cc or r.choice(["KE", "UG", "JO", "LB", "TR", "GR", "IT", "DE", "FR", "GB", "NO", "CA", "US", "BD", "CO",
                         "VE", "SY", "AF", "IQ", "SD", "SO", "ET", "CD", "UA", "HT", "HN", "GT", "ER", "YE", "SS"])
    f = {
        "KE": lambda: "+254 7%s %s %s" % (r.choice("0129") + dg(r, 1), dg(r, 3), dg(r, 3)),
        "UG": lambda: "+256 7%s %s" % (r.choice(["72", "77", "78", "01", "05", "53"]), dg(r, 6)),
        "JO": lambda: "+962 7%s %s %s" % (r.choice("789"), dg(r, 3), dg(r, 4)),
        "LB": lambda: "+961 %s %s %s" % (r.choice(["3", "70", "71", "76", "81"]), dg(r, 3), dg(r, 3)),
        "TR": lambda: "+90 5%s %s %s %s" % (r.choice(["32", "33", "42", "05", "55"]), dg(r, 3), dg(r, 2), dg(r, 2)),
        "GR": lambda: "+30 69%s %s %s" % (r.choice("4789"), dg(r, 3), dg(r, 4)),
        "IT": lambda: "+39 3%s %s %s" % (r.choice(["20", "28", "33", "47", "49", "66", "88"]), dg(r, 3), dg(r, 4)),
        "DE": lambda: "+49 1%s %s" % (r.choice(["51", "52", "57", "60", "62", "76"]), dg(r, 8)),
        "FR": lambda: "+33 %s %s %s %s %s" % (r.choice("67"), dg(r, 2), dg(r, 2), dg(r, 2), dg(r, 2)),
        "GB": lambda: "+44 7700 900%s" % dg(r, 3),
        "NO": lambda: "+47 %s%s %s %s" % (r.choice("49"), dg(r, 2), dg(r, 2), dg(r, 3)),
        "CA": lambda: "+1 (%s) %s-%s" % (r.choice(["416", "514", "604", "613", "780", "902"]),
                                        r.choice("2345678") + dg(r, 2), dg(r, 4)),
        "US": lambda: r.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s"]) % (
            r.choice(["303", "312", "404", "602", "615", "703", "716", "971"]), r.choice("2346789") + dg(r, 2), dg(r, 4)),
        "BD": lambda: "+880 1%s-%s" % (r.choice(["711", "712", "817", "914", "556"]), dg(r, 6)),
        "CO": lambda: "+57 3%s %s %s" % (r.choice(["00", "10", "15", "20", "50"]), dg(r, 3), dg(r, 4)),
        "VE": lambda: "+58 4%s-%s" % (r.choice(["12", "14", "16", "24", "26"]), dg(r, 7)),
        "SY": lambda: "+963 9%s %s %s" % (r.choice(["33", "44", "55", "88", "93"]), dg(r, 3), dg(r, 3)),
        "AF": lambda: "+93 7%s %s %s" % (r.choice(["0", "2", "8", "9"]) + dg(r, 1), dg(r, 3), dg(r, 4)),
        "IQ": lambda: "+964 7%s %s %s" % (r.choice(["50", "70", "80", "90"]), dg(r, 3), dg(r, 4)),
        "SD": lambda: "+249 9%s %s %s" % (r.choice("0129"), dg(r, 3), dg(r, 4)),
        "SO": lambda: "+252 6%s %s" % (r.choice("1235"), dg(r, 7)),
        "ET": lambda: "+251 9%s %s %s" % (r.choice("1234"), dg(r, 3), dg(r, 4)),
        "CD": lambda: "+243 8%s %s %s" % (r.choice("1459"), dg(r, 3), dg(r, 4)),
        "UA": lambda: "+380 %s %s %s %s" % (r.choice(["50", "63", "66", "67", "73", "93", "97"]), dg(r, 3), dg(r, 2), dg(r, 2)),
        "HT": lambda: "+509 %s%s %s" % (r.choice("34"), dg(r, 3), dg(r, 4)),
        "HN": lambda: "+504 %s%s-%s" % (r.choice("389"), dg(r, 3), dg(r, 4)),
        "GT": lambda: "+502 %s%s %s" % (r.choice("345"), dg(r, 3), dg(r, 4)),
        "ER": lambda: "+291 7 %s" % dg(r, 6),
        "YE": lambda: "+967 7%s %s %s" % (r.choice("01378"), dg(r, 3), dg(r, 3)),
        "SS": lambda: "+211 9%s %s %s" % (r.choice("1257"), dg(r, 3), dg(r, 4)),
    }[cc]
    return f()


ORIGIN_CC = {"syria": "SY", "iraq": "IQ", "yemen": "YE", "afghan": "AF", "sudan": "SD", "s_sudan": "SS",
             "eritrea": "ER", "somalia": "SO", "ethiopia": "ET", "drc": "CD", "rohingya": "BD", "ukraine": "UA",
             "venezuela": "VE", "colombia": "CO", "haiti": "HT", "central_am": "GT", "lebanon": "LB", "jordan": "JO",
             "turkey": "TR", "greece": "GR", "italy": "IT", "germany": "DE", "france": "FR", "uk": "GB",
             "norway": "NO", "canada": "CA", "us": "US", "kenya": "KE", "uganda": "UG", "bangladesh": "BD",
             "myanmar_staff": "BD"}


def e164(r, cc):
    return re.sub(r"[^\d+]", "", phone(r, cc))


# ----------------------------------------------------------------------------------------------
# Addresses (lists of lines)
# ----------------------------------------------------------------------------------------------
def address(r, cc=None):
    cc = cc or r.choice(["GB", "DE", "FR", "IT", "GR", "NO", "CA", "US", "TR", "JO", "LB", "KE", "UG", "CO", "NL"])
    n = r.randint(2, 188)
    if cc == "GB":
        st = r.choice(["Stapleton Road", "Cheetham Hill Road", "Ladypool Road", "Whitechapel Road", "Granby Street",
                       "Leith Walk", "Cathays Terrace", "Lozells Road"])
        town, pc = r.choice([("Bristol", "BS5 0QR"), ("Manchester", "M8 8LW"), ("Birmingham", "B12 8QP"),
                             ("London", "E1 1DU"), ("Leicester", "LE1 6RJ"), ("Edinburgh", "EH6 8NU"),
                             ("Cardiff", "CF24 4BL"), ("Birmingham", "B19 1AY")])
        l1 = ("Flat %d, %d %s" % (r.randint(1, 12), n, st)) if r.random() < 0.5 else "%d %s" % (n, st)
        return [l1, town, pc]
    if cc == "DE":
        st = r.choice(["Sonnenallee", "Hermannstraße", "Königsbrücker Straße", "Eisenbahnstraße", "Am Weißen Steine",
                       "Hauptstraße", "Karl-Marx-Straße"])
        town = r.choice(["12047 Berlin", "04315 Leipzig", "01099 Dresden", "60316 Frankfurt am Main", "22767 Hamburg",
                         "70372 Stuttgart"])
        return ["%s %d%s" % (st, n, r.choice(["", "a", "b"])), town]
    if cc == "FR":
        st = r.choice(["rue des Poissonniers", "avenue Jean Jaurès", "boulevard de la Villette", "rue de la Chapelle",
                       "chemin des Aubépines", "rue Pierre Sémard"])
        town = r.choice(["75018 Paris", "93200 Saint-Denis", "69007 Lyon", "13003 Marseille", "59000 Lille",
                         "44000 Nantes"])
        return ["%d%s %s" % (n, r.choice(["", " bis", " ter"]), st), town]
    if cc == "IT":
        st = r.choice(["Via Maqueda", "Via Giuseppe Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille",
                       "Via Padova", "Vico San Domenico"])
        town = r.choice(["90133 Palermo PA", "20127 Milano MI", "80138 Napoli NA", "00185 Roma RM", "95121 Catania CT"])
        return ["%s %d" % (st, n), town]
    if cc == "GR":
        st = r.choice(["Odos Acharnon", "Odos Patision", "Leoforos Vasilissis Olgas", "Odos Tsimiski", "Odos Kountouriotou"])
        town = r.choice(["104 39 Athina", "112 57 Athina", "546 23 Thessaloniki", "811 00 Mytilini", "851 00 Rodos"])
        return ["%s %d" % (st, n), town]
    if cc == "NO":
        st = r.choice(["Storgata", "Tøyengata", "Kirkeveien", "Trondheimsveien", "Sandviksveien", "Nygårdsgaten"])
        town = r.choice(["0184 Oslo", "0561 Oslo", "5035 Bergen", "7011 Trondheim", "4006 Stavanger"])
        return ["%s %d%s" % (st, n, r.choice(["", "B", " H0203"])), town]
    if cc == "CA":
        k = r.random()
        if k < 0.5:
            return ["%d-%d Rue Sherbrooke Est" % (r.randint(101, 1809), n * 7), "Montréal QC H2X 1E4"]
        return ["%d %s" % (n * 11, r.choice(["Jane Street", "Kingsway", "Gladstone Avenue", "Portage Avenue"])),
                r.choice(["Toronto ON M6N 4B9", "Vancouver BC V5R 4H3", "Ottawa ON K1R 6L6", "Winnipeg MB R3G 0R2"])]
    if cc == "US":
        st = r.choice(["W Colfax Ave", "Buford Hwy", "N Broadway", "E Fowler Ave", "Rainier Ave S", "Nolensville Pike",
                       "Grant St"])
        unit = r.choice(["", " Apt %d%s" % (r.randint(1, 4), r.choice("ABCD")), " #%d" % r.randint(101, 412),
                         " Unit %d" % r.randint(1, 30)])
        cityz = r.choice(["Denver, CO 80204", "Atlanta, GA 30340", "Chicago, IL 60640", "Tampa, FL 33612",
                          "Seattle, WA 98144", "Nashville, TN 37211", "Buffalo, NY 14213"])
        return ["%d %s%s" % (n * 13, st, unit), cityz]
    if cc == "TR":
        mah = r.choice(["Hacı Kadın Mahallesi", "Aksaray Mahallesi", "Şahinbey Mahallesi", "Yenişehir Mahallesi"])
        sk = r.choice(["Gül Sokak", "Kıbrıs Caddesi", "Atatürk Bulvarı", "İnönü Caddesi", "45012 Nolu Sokak"])
        town = r.choice(["34096 Fatih/İstanbul", "27010 Şahinbey/Gaziantep", "63050 Haliliye/Şanlıurfa",
                         "01120 Seyhan/Adana"])
        return ["%s, %s No: %d Daire: %d" % (mah, sk, n, r.randint(1, 14)), town]
    if cc == "JO":
        st = r.choice(["Al-Kulliyah Al-Islamiyah St", "Prince Hassan St", "Al-Hashemi St", "Wasfi Al-Tal St"])
        town = r.choice(["Jabal Al-Weibdeh, Amman 11191", "Marka, Amman 11511", "Irbid 21110", "Al-Mafraq 25110"])
        return ["Building %d, %s" % (n, st), town]
    if cc == "LB":
        st = r.choice(["Hamra Street", "Rue Gouraud", "Rue Armenia", "Corniche El Mazraa"])
        town = r.choice(["Ras Beirut, Beirut 1103 2100", "Gemmayzeh, Beirut 2071 5601", "Bourj Hammoud, Metn 1205",
                         "Zahle, Bekaa 1801"])
        return ["%s, Bldg %d, %s floor" % (st, n, r.choice(["2nd", "3rd", "ground", "5th"])), town]
    if cc == "KE":
        if r.random() < 0.5:
            return ["P.O. Box %d-%s" % (r.randint(100, 9999), r.choice(["00100", "00606", "30500", "40100"])),
                    r.choice(["Nairobi", "Kakuma", "Lodwar", "Kisumu"])]
        return ["House %d, %s" % (n, r.choice(["Biashara Street", "Moi Avenue", "Kenyatta Road", "Kamukunji Lane"])),
                r.choice(["Eastleigh, Nairobi 00610", "Nakuru 20100", "Kisumu 40100"])]
    if cc == "UG":
        return ["Plot %d, %s" % (n, r.choice(["Kampala Road", "Gulu Avenue", "Bombo Road", "Arua Park Lane"])),
                r.choice(["Kampala", "Arua", "Gulu", "Mbarara"])]
    if cc == "CO":
        return ["%s %d # %d-%d" % (r.choice(["Calle", "Carrera", "Avenida"]), r.randint(1, 120), r.randint(1, 99),
                                   r.randint(1, 99)),
                r.choice(["Barrio La Libertad, Cúcuta, Norte de Santander", "Riohacha, La Guajira",
                          "Bogotá D.C. 110921", "Barranquilla, Atlántico 080001"])]
    if cc == "NL":
        return ["%s %d-%s" % (r.choice(["Kruisstraat", "Burgemeester de Vlugtlaan", "Pletterijstraat"]), n,
                              r.choice(["II", "hs", "A"])),
                r.choice(["1025 AB Amsterdam", "2525 BL Den Haag", "5611 EM Eindhoven"])]
    if cc == "ES":
        st = r.choice(["Calle de Embajadores", "Carrer de Sant Pau", "Avenida de la Albufera", "Calle Tenerife", "Carrer d'en Robador"])
        town = r.choice(["28012 Madrid", "08001 Barcelona", "28018 Madrid", "46022 València", "35010 Las Palmas de Gran Canaria"])
        return ["%s %d, %dº %d%s" % (st, n, r.randint(1, 7), r.randint(1, 4), r.choice(["ª", "º"])), town]
    raise KeyError(cc)


US_CITY = {"Tennessee": "Nashville, TN 37211", "Georgia": "Clarkston, GA 30021", "Washington": "Kent, WA 98032",
           "Texas": "Houston, TX 77036", "Illinois": "Chicago, IL 60640", "New York": "Buffalo, NY 14213",
           "Arizona": "Phoenix, AZ 85015", "Colorado": "Aurora, CO 80012", "California": "Sacramento, CA 95815",
           "Florida": "Tampa, FL 33612", "Michigan": "Dearborn, MI 48126", "Minnesota": "St. Cloud, MN 56301",
           "New Jersey": "Elizabeth, NJ 07201", "Ohio": "Columbus, OH 43229", "Massachusetts": "Lowell, MA 01852",
           "Virginia": "Falls Church, VA 22041", "Maryland": "Silver Spring, MD 20901", "Pennsylvania": "Pittsburgh, PA 15213"}


def us_address(r, state):
    a = address(r, "US")
    return [a[0], US_CITY[state]]


def addr1(lines, sep=", "):
    return sep.join(lines)


# ----------------------------------------------------------------------------------------------
# Identifiers (valid) and their look-alikes (invalid)
# ----------------------------------------------------------------------------------------------
def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))


def card(r, brand=None, spaced=True):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        body, ln = "4" + dg(r, 5), 16
    elif brand == "mc":
        body, ln = "5" + r.choice("12345") + dg(r, 4), 16
    elif brand == "mc2":
        body, ln = "2" + r.choice(["221", "300", "510", "700"]) + dg(r, 2), 16
    elif brand == "amex":
        body, ln = "3" + r.choice("47") + dg(r, 4), 15
    else:
        body, ln = "6011" + dg(r, 2), 16
    num = luhn_complete(body + dg(r, ln - len(body) - 1))
    if not spaced:
        return num
    if ln == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def bad_luhn(r, n=16):
    while True:
        s = "4" + dg(r, n - 1)
        if not luhn_ok(s):
            return s


IBAN_SPEC = {  # country: function(r) -> BBAN
    "DE": lambda r: dg(r, 8) + dg(r, 10),
    "FR": lambda r: dg(r, 5) + dg(r, 5) + dg(r, 11) + dg(r, 2),
    "IT": lambda r: r.choice(string.ascii_uppercase) + dg(r, 5) + dg(r, 5) + dg(r, 12),
    "ES": lambda r: dg(r, 20),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(r, 6) + dg(r, 8),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + dg(r, 10),
    "NO": lambda r: dg(r, 11),
    "GR": lambda r: dg(r, 7) + dg(r, 16),
    "TR": lambda r: dg(r, 5) + "0" + dg(r, 16),
    "JO": lambda r: r.choice(["ARAB", "CBJO", "HBHO"]) + dg(r, 4) + dg(r, 18),
    "LB": lambda r: dg(r, 4) + dg(r, 20),
    "BE": lambda r: dg(r, 12),
    "CH": lambda r: dg(r, 5) + dg(r, 12),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + dg(r, 6) + dg(r, 8),
    "SE": lambda r: dg(r, 20),
    "UA": lambda r: dg(r, 6) + dg(r, 19),
}


def iban(r, cc=None, spaced=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    bban = IBAN_SPEC[cc](r)
    if cc == "BE":
        ten = bban[:10]
        c = int(ten) % 97 or 97
        bban = ten + "%02d" % c
    s = iban_make(cc, bban)
    assert iban_ok(s)
    spaced = r.random() < 0.6 if spaced is None else spaced
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def bad_iban(r, cc=None):
    s = iban(r, cc, spaced=False)
    while True:
        chk = "%02d" % r.randint(2, 98)
        t = s[:2] + chk + s[4:]
        if not iban_ok(t):
            return t


def nhs(r, spaced=True):
    while True:
        nine = str(r.randint(4, 6)) + dg(r, 8)
        c = nhs_check(nine)
        if c != 10:
            s = nine + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:]) if spaced else s


def bad_nhs(r):
    while True:
        s = str(r.randint(4, 6)) + dg(r, 9)
        if not nhs_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def nino(r, spaced=True):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d6 = dg(r, 6)
    suf = r.choice("ABCD")
    s = "%s%s %s %s %s %s" % (a, b, d6[:2], d6[2:4], d6[4:], suf) if spaced else a + b + d6 + suf
    assert nino_ok(s)
    return s


def dni(r, nie=None):
    nie = r.random() < 0.5 if nie is None else nie
    if nie:
        p = r.choice("XYZ")
        n7 = dg(r, 7)
        return p + n7 + DNI_LETTERS[int(str("XYZ".index(p)) + n7) % 23]
    n8 = "%08d" % r.randint(1000000, 79999999)
    return n8 + DNI_LETTERS[int(n8) % 23]


def bad_dni(r):
    s = dni(r, nie=False)
    wrong = r.choice([c for c in DNI_LETTERS if c != s[-1]])
    return s[:-1] + wrong


def nir(r, p, dob, spaced=True):
    sex = "1" if p["sex"] == "M" else "2"
    y, m, _ = dob
    dept = r.choice(["75", "93", "69", "13", "59", "44", "99"])
    if dept == "99":  # born abroad: 99 + country code
        commune = r.choice(["351", "352", "125", "341", "332", "389"])
    else:
        commune = "%03d" % r.randint(1, 400)
    order = "%03d" % r.randint(1, 999)
    t = sex + "%02d" % (y % 100) + "%02d" % m + dept + commune + order
    k = "%02d" % nir_key(t)
    s = t + k
    assert nir_ok(s)
    return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]]) if spaced else s


def steuer(r, spaced=False):
    while True:
        digs = r.sample("0123456789", 9)
        rep = r.choice(digs)
        ten = digs + [rep]
        r.shuffle(ten)
        if ten[0] == "0":
            continue
        ten = "".join(ten)
        s = ten + str(steuer_check(ten))
        if steuer_ok(s):
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]) if spaced else s


def bad_steuer(r):
    s = steuer(r)
    while True:
        t = s[:10] + str(r.randint(0, 9))
        if not steuer_ok(t):
            return t


def _cf_part(name, is_given):
    name = re.sub(r"[^A-Z]", "", name.upper().translate(str.maketrans("ÀÈÉÌÒÙÄÖÜÇ", "AEEIOUAOUC")))
    cons = [c for c in name if c not in "AEIOU"]
    vows = [c for c in name if c in "AEIOU"]
    if is_given and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "C351", "L736", "D969", "A662"]


def codice_fiscale(r, p, dob):
    y, m, d = dob
    s = _cf_part(p["family"], False) + _cf_part(p["given"], True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + \
        "%02d" % (d + (40 if p["sex"] == "F" else 0)) + r.choice(BELFIORE)
    s += cf_char(s)
    assert cf_ok(s), s
    return s


def bad_cf(r, p, dob):
    s = codice_fiscale(r, p, dob)
    return s[:-1] + chr(65 + (ord(s[-1]) - 65 + 7) % 26)


def sin(r, temp=False):
    while True:
        first = "9" if temp else r.choice("1234567")
        s = luhn_complete(first + dg(r, 7))
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


def bad_sin(r):
    while True:
        s = r.choice("1234567") + dg(r, 8)
        if not luhn_ok(s):
            return "%s-%s-%s" % (s[:3], s[3:6], s[6:])


def cpf(r):
    while True:
        n9 = dg(r, 9)
        if len(set(n9)) > 1:
            s = n9 + cpf_digits(n9)
            return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def bad_cpf(r):
    s = re.sub(r"\D", "", cpf(r))
    t = s[:10] + str((int(s[10]) + 3) % 10)
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def aadhaar(r):
    s = str(r.randint(2, 9)) + dg(r, 10)
    s += verhoeff_digit(s)
    assert aadhaar_ok(s)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def bad_aadhaar(r):
    while True:
        s = str(r.randint(2, 9)) + dg(r, 11)
        if not verhoeff_ok(s):
            return "%s %s %s" % (s[:4], s[4:8], s[8:])


def nric(r, prefix=None):
    prefix = prefix or r.choice("STFG")
    seven = dg(r, 7)
    return prefix + seven + nric_letter(prefix, seven)


def bad_nric(r):
    s = nric(r)
    tbl = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    return s[:-1] + r.choice([c for c in tbl if c != s[-1]])


def mbi(r, dashed=None):
    A, AN = MBI_L, MBI_L + "0123456789"
    s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice("0123456789") + r.choice(A) + r.choice(AN)
         + r.choice("0123456789") + r.choice(A) + r.choice(A) + dg(r, 2))
    assert mbi_ok(s)
    dashed = r.random() < 0.5 if dashed is None else dashed
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def uk_bank(r):
    return "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)), dg(r, 8)


# US driving licences by state (shape, state named near by the template)
DL_STATES = {
    "California": ("CA", lambda r: r.choice(string.ascii_uppercase) + dg(r, 7)),
    "Florida": ("FL", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice(string.ascii_uppercase), dg(r, 3), dg(r, 3), dg(r, 2),
                                                     dg(r, 3), dg(r, 1))),
    "Texas": ("TX", lambda r: dg(r, 8)),
    "New York": ("NY", lambda r: "%s %s %s" % (dg(r, 3), dg(r, 3), dg(r, 3))),
    "Illinois": ("IL", lambda r: "%s%s-%s-%s" % (r.choice(string.ascii_uppercase), dg(r, 3), dg(r, 4), dg(r, 4))),
    "Washington": ("WA", lambda r: "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9))),
    "Georgia": ("GA", lambda r: dg(r, 9)),
    "Arizona": ("AZ", lambda r: r.choice("ABDY") + dg(r, 8)),
    "Tennessee": ("TN", lambda r: dg(r, 9)),
    "Michigan": ("MI", lambda r: "%s %s %s %s" % (r.choice(string.ascii_uppercase), dg(r, 3), dg(r, 3), dg(r, 6))),
    "Minnesota": ("MN", lambda r: r.choice(string.ascii_uppercase) + dg(r, 12)),
    "Colorado": ("CO", lambda r: "%s-%s-%s" % (dg(r, 2), dg(r, 3), dg(r, 4))),
    "New Jersey": ("NJ", lambda r: "%s%s %s %s" % (r.choice(string.ascii_uppercase), dg(r, 4), dg(r, 5), dg(r, 5))),
    "Ohio": ("OH", lambda r: r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase) + dg(r, 6)),
    "Massachusetts": ("MA", lambda r: "S" + dg(r, 8)),
    "Virginia": ("VA", lambda r: r.choice(string.ascii_uppercase) + dg(r, 8)),
    "Maryland": ("MD", lambda r: "%s-%s-%s-%s" % (r.choice(string.ascii_uppercase), dg(r, 3), dg(r, 3), dg(r, 6))),
    "Pennsylvania": ("PA", lambda r: "%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3))),
}


def dl(r, state=None):
    state = state or r.choice(list(DL_STATES))
    code, f = DL_STATES[state]
    return state, code, f(r)


def uk_dl(r, p, dob):
    fam = re.sub(r"[^A-Z]", "", p["family"].upper().translate(str.maketrans("ÄÖÜÉÈÇÅØÆ", "AOUEECAOA")))
    fam = (fam + "99999")[:5]
    y, m, d = dob
    mm = m + (50 if p["sex"] == "F" else 0)
    ini = (re.sub(r"[^A-Z]", "", p["given"].upper())[:1] + "9")[:2]
    return "%s%s%02d%02d%s%s9%s" % (fam, str(y)[2], mm, d, str(y)[3], ini,
                                   r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase))


# Passports of many countries (shape, issuing country)
PASSPORTS = {
    "Syria": lambda r: "N" + dg(r, 9),
    "Afghanistan": lambda r: "P" + dg(r, 8),
    "Iraq": lambda r: r.choice("ABG") + dg(r, 8),
    "Yemen": lambda r: "0" + dg(r, 7),
    "Sudan": lambda r: "P" + dg(r, 8),
    "South Sudan": lambda r: "R" + dg(r, 8),
    "Eritrea": lambda r: r.choice(["E", "P"]) + dg(r, 6),
    "Somalia": lambda r: "P" + "0" + dg(r, 7),
    "Ethiopia": lambda r: "EP" + dg(r, 7),
    "DR Congo": lambda r: "OB" + dg(r, 7),
    "Ukraine": lambda r: r.choice(["FE", "FA", "FC", "GA"]) + dg(r, 6),
    "Venezuela": lambda r: dg(r, 9),
    "Colombia": lambda r: "AV" + dg(r, 6),
    "Haiti": lambda r: r.choice(["PP", "RD"]) + dg(r, 7),
    "Honduras": lambda r: "F" + dg(r, 6),
    "Guatemala": lambda r: dg(r, 9),
    "Lebanon": lambda r: "LR" + dg(r, 7),
    "Jordan": lambda r: r.choice(["N", "P"]) + dg(r, 6),
    "Turkey": lambda r: "U" + dg(r, 8),
    "Greece": lambda r: "A" + r.choice("EJKN") + dg(r, 7),
    "Italy": lambda r: "Y" + r.choice("ABC") + dg(r, 7),
    "Germany": lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "France": lambda r: dg(r, 2) + r.choice(["AB", "CV", "FR", "HK", "KL"]) + dg(r, 5),
    "United Kingdom": lambda r: "1" + dg(r, 8),
    "Norway": lambda r: r.choice(["FJ", "FH", "FK"]) + dg(r, 7),
    "Canada": lambda r: r.choice(["AB", "GA", "HP", "P"]) + dg(r, 6),
    "Kenya": lambda r: "AK" + dg(r, 7),
    "Uganda": lambda r: "A" + dg(r, 8),
    "Bangladesh": lambda r: r.choice(["EB", "EC", "BX"]) + dg(r, 7),
    "Myanmar": lambda r: "MC" + dg(r, 6),
    "Spain": lambda r: "PA" + r.choice(string.ascii_uppercase) + dg(r, 6),
    "Netherlands": lambda r: "NX" + "".join(r.choice("ABCDEFGHJKLNPRSTUVWXYZ") for _ in range(2)) + dg(r, 5),
}


def passport(r, country):
    if country == "United States":
        return r.choice([lambda: str(r.randint(5, 9)) + dg(r, 8), lambda: "A" + dg(r, 8)])()
    return PASSPORTS[country](r)


PP_TYPE = lambda country: "US_PASSPORT" if country == "United States" else "PASSPORT"

PP_LABELS = ["Passport No.", "Passport number", "N° de passeport", "Numéro du passeport", "Reisepass-Nr.",
             "Passnummer", "Número de pasaporte", "Pasaporte n.º", "Numero di passaporto", "Pasaport No",
             "Paspoortnummer", "Αριθμός διαβατηρίου", "Номер паспорта", "Номер закордонного паспорта",
             "رقم جواز السفر", "Nimewo paspò"]


def mrn(r):
    return r.choice([lambda: "MHC-%06d" % r.randint(1, 999999), lambda: "%08d" % r.randint(1, 99999999),
                     lambda: "KKM%07d" % r.randint(1, 9999999), lambda: "CXB-%s-%05d" % (r.choice(["MU", "KT", "TK"]), r.randint(1, 99999)),
                     lambda: "E%d%06d" % (r.randint(1, 9), r.randint(1, 999999))])()


def member_id(r):
    return r.choice([lambda: "XKR%09d" % r.randint(1, 999999999), lambda: "%s%08d" % (r.choice(["MED", "RMA"]), r.randint(1, 99999999)),
                     lambda: "W%d-%06d-%02d" % (r.randint(1, 9), r.randint(1, 999999), r.randint(1, 99)),
                     lambda: "%d%s%07d" % (r.randint(1, 9), r.choice(["AC", "CG", "BP"]), r.randint(1, 9999999))])()


def ip4(r, kind=None):
    kind = kind or r.choice(["doc1", "doc2", "doc3", "p10", "p172", "p192", "pub"])
    if kind == "doc1":
        return "192.0.2.%d" % r.randint(1, 254)
    if kind == "doc2":
        return "198.51.100.%d" % r.randint(1, 254)
    if kind == "doc3":
        return "203.0.113.%d" % r.randint(1, 254)
    if kind == "p10":
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if kind == "p172":
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    if kind == "p192":
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.choice([41, 102, 105, 154, 185, 37, 88, 176]), r.randint(0, 255), r.randint(0, 255),
                            r.randint(1, 254))


def ip6(r):
    return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))


def version_ip_like(r):
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 30), r.randint(100, 9999))


def email_of(r, p, domain=None):
    dom = domain or r.choice(["gmail.com", "yahoo.fr", "outlook.com", "hotmail.co.uk", "proton.me", "gmx.de",
                              "icloud.com", "mail.ru", "yandex.com", "web.de", "orange.fr", "libero.it"])
    g = re.sub(r"[^a-z]", "", p["given"].lower().translate(str.maketrans("áéíóúñçäöüşğıåøæ", "aeiouncaousgiaoa")))
    f = re.sub(r"[^a-z]", "", p["family"].lower().translate(str.maketrans("áéíóúñçäöüşğıåøæ", "aeiouncaousgiaoa")))
    g = g or "user"
    f = f or "x"
    return r.choice(["%s.%s" % (g, f), "%s%s%d" % (g[0], f, r.randint(1, 99)), "%s_%s" % (f, g), "%s%d" % (g, r.randint(70, 2005))]) + "@" + dom


ORG = "Crossroads Relief Alliance"
ORG_DOM = "crossroads-relief.org"


def staff_email(p):
    g = re.sub(r"[^a-z]", "", p["given"].lower().translate(str.maketrans("áéíóúñçäöüşğıåøæë", "aeiouncaousgiaoae")))
    f = re.sub(r"[^a-z-]", "", p["family"].lower().replace(" ", "").replace("'", "")
               .translate(str.maketrans("áéíóúñçäöüşğıåøæë", "aeiouncaousgiaoae")))
    return "%s.%s@%s" % (g, f, ORG_DOM)


# ----------------------------------------------------------------------------------------------
# Clinical vocabulary
# ----------------------------------------------------------------------------------------------
DX = ["Plasmodium falciparum malaria", "severe acute malnutrition", "moderate acute malnutrition",
      "acute watery diarrhoea", "community-acquired pneumonia", "pulmonary tuberculosis", "scabies",
      "cutaneous leishmaniasis", "type 2 diabetes mellitus", "essential hypertension", "post-traumatic stress disorder",
      "major depressive disorder", "generalised anxiety disorder", "iron-deficiency anaemia", "hepatitis E",
      "HIV infection", "epilepsy", "typhoid fever", "dengue fever", "asthma", "pre-eclampsia", "gestational diabetes",
      "measles", "cholera", "chronic kidney disease", "rheumatic heart disease", "kwashiorkor", "otitis media",
      "urinary tract infection", "sickle cell disease", "brucellosis", "psoriasis", "schizophrenia",
      "diphtheria", "trachoma"]
MEDS = ["amoxicillin", "artemether-lumefantrine", "metformin", "amlodipine", "salbutamol", "carbamazepine",
        "sertraline", "fluoxetine", "paracetamol", "ibuprofen", "doxycycline", "permethrin", "isoniazid",
        "rifampicin", "dolutegravir", "ceftriaxone", "cotrimoxazole", "enalapril", "insulin glargine", "metronidazole",
        "albendazole", "ferrous sulfate", "methyldopa", "magnesium sulfate", "hydroxyurea", "azithromycin",
        "zinc sulfate", "valproate", "olanzapine", "benzathine benzylpenicillin", "Ventolin", "Glucophage", "Augmentin",
        "Coartem"]
DX_MED = {  # plausible pairs
    "Plasmodium falciparum malaria": ["artemether-lumefantrine", "Coartem", "paracetamol"],
    "severe acute malnutrition": ["amoxicillin"], "moderate acute malnutrition": ["albendazole"],
    "acute watery diarrhoea": ["zinc sulfate"], "community-acquired pneumonia": ["amoxicillin", "Augmentin"],
    "pulmonary tuberculosis": ["isoniazid", "rifampicin"], "scabies": ["permethrin"],
    "type 2 diabetes mellitus": ["metformin", "Glucophage", "insulin glargine"],
    "essential hypertension": ["amlodipine", "enalapril"], "post-traumatic stress disorder": ["sertraline"],
    "major depressive disorder": ["fluoxetine", "sertraline"], "generalised anxiety disorder": ["sertraline"],
    "iron-deficiency anaemia": ["ferrous sulfate"], "HIV infection": ["dolutegravir", "cotrimoxazole"],
    "epilepsy": ["carbamazepine", "valproate"], "typhoid fever": ["azithromycin", "ceftriaxone"],
    "asthma": ["salbutamol", "Ventolin"], "pre-eclampsia": ["methyldopa", "magnesium sulfate"],
    "gestational diabetes": ["metformin"], "cholera": ["doxycycline"], "schizophrenia": ["olanzapine"],
    "sickle cell disease": ["hydroxyurea"], "rheumatic heart disease": ["benzathine benzylpenicillin"],
    "urinary tract infection": ["cotrimoxazole"], "otitis media": ["amoxicillin"], "brucellosis": ["doxycycline"],
    "cutaneous leishmaniasis": ["paracetamol"], "hepatitis E": ["paracetamol"], "dengue fever": ["paracetamol"],
    "measles": ["paracetamol"], "chronic kidney disease": ["enalapril"], "kwashiorkor": ["amoxicillin"],
    "psoriasis": ["paracetamol"], "diphtheria": ["azithromycin"], "trachoma": ["azithromycin"],
}
NEGATED = ["No signs of dehydration", "Malaria RDT negative", "Denies suicidal ideation",
           "TB ruled out (GeneXpert negative)", "no history of epilepsy", "HIV test non-reactive",
           "no clinical features of measles", "cholera excluded, stool culture negative",
           "no evidence of pneumonia on auscultation", "screened negative for diabetes (RBS 5.4 mmol/L)"]

# ----------------------------------------------------------------------------------------------
# Hard-negative vocabulary
# ----------------------------------------------------------------------------------------------
CAMPS = ["Kakuma", "Kalobeyei", "Dadaab (Hagadera)", "Bidi Bidi", "Nakivale", "Kutupalong", "Zaatari", "Azraq",
         "Mavrovouni (Lesvos)", "Moria", "Shatila", "Bar Elias ITS", "Ritsona", "Mahama", "Kiziba", "Mugunga",
         "Hamdayet", "Adré", "Maicao", "Domiz"]
PERSON_NAMED = ["Kenyatta National Hospital", "Rafik Hariri University Hospital", "King Hussein Cancer Center",
                "Hamid Karzai International Airport", "Jomo Kenyatta International Airport", "Bill & Melinda Gates Foundation",
                "Conrad N. Hilton Foundation", "Carter Center", "Aga Khan Foundation", "Wellcome Trust",
                "Rockefeller Foundation", "Ronald McDonald House", "Ford Foundation", "Mandela Day",
                "Queen Elizabeth Hospital", "Prince Hamzah Hospital", "Martin Luther King Jr. Day", "St. Patrick's Day",
                "Sheikh Zayed Road", "Haile Selassie Avenue", "John Garang Mausoleum", "Abdulla Al-Salem Street"]
CLUSTERS = ["WASH Cluster", "Protection Cluster", "Health Cluster", "Food Security Cluster", "Shelter/NFI Cluster",
            "CCCM", "Education Cannot Wait", "Nutrition Cluster", "GBV AoR", "Child Protection AoR", "Logistics Cluster"]


def case_no(r):
    return r.choice(["%s-%02d-C%05d" % (r.choice(["KKM", "ZAT", "NKV", "CXB", "LES", "MAI"]), r.randint(14, 25), r.randint(1, 99999)),
                     "%03d-%02dC%05d" % (r.randint(100, 999), r.randint(15, 25), r.randint(1, 99999)),
                     "CASE/%d/%04d" % (r.randint(2021, 2025), r.randint(1, 9999))])


def hh_id(r):
    return "HH-%s-%05d" % (r.choice(["KAK", "BID", "AZR", "BEK", "CXB", "MAI"]), r.randint(1, 99999))


def ration_card(r):
    return "RC %04d-%04d" % (r.randint(1, 9999), r.randint(1, 9999))


def shelter(r):
    return r.choice(["Block %s-%d, Shelter %03d" % (r.choice("ABCDEFGH"), r.randint(1, 30), r.randint(1, 400)),
                     "Camp %d, Block %s, Tent %04d" % (r.randint(1, 27), r.choice("ABCDEFGH"), r.randint(1, 3000)),
                     "Zone %d / Section %s / Plot %d" % (r.randint(1, 9), r.choice("ABCD"), r.randint(1, 120))])


def dist_no(r):
    return "DIST-%d-%02d-%03d" % (r.randint(2024, 2025), r.randint(1, 12), r.randint(1, 400))


def grant_code(r):
    return r.choice(["ECHO/SYR/BUD/%d/%05d" % (r.randint(2023, 2025), r.randint(1, 99999)),
                     "BHA-72DFFP%02d%s%05d" % (r.randint(20, 25), r.choice("GCA"), r.randint(1, 99999)),
                     "FCDO-PO %d" % r.randint(10000, 99999), "SIDA 51170%03d" % r.randint(1, 999),
                     "NMFA-QZA-%02d/%04d" % (r.randint(20, 25), r.randint(1, 9999))])


def donor_id(r):
    return "D%07d" % r.randint(1, 9999999)


def campaign(r):
    return r.choice(["WINTER-APPEAL-24", "RAMADAN25", "EMERG-SUDAN-2025", "GAZA-CRISIS-MAR", "UKR-WINTERISE",
                     "MONTHLY-GIVING", "CXB-MONSOON", "EQ-TUR-SYR-23"])


def tracking(r):
    return "%s%09d%s" % (r.choice(["JD", "RR", "CP"]), r.randint(1, 999999999), r.choice(["GB", "KE", "JO"]))


def oid(r):
    return "1.3.6.1.4.1.%d.%d.%d" % (r.randint(10000, 60000), r.randint(1, 20), r.randint(1, 400))


def masked_phone(r):
    return r.choice(["+254 7** *** %03d" % r.randint(0, 999), "07*******%02d" % r.randint(0, 99),
                     "+962 79 *** **%02d" % r.randint(0, 99), "+90 5** *** ** %02d" % r.randint(0, 99)])


def masked_card(r):
    return r.choice(["**** **** **** %04d" % r.randint(0, 9999), "ending in %04d" % r.randint(0, 9999),
                     "%s******%04d" % (r.choice(["411111", "535310", "400012"]), r.randint(0, 9999)),
                     "XXXX-XXXX-XXXX-%04d" % r.randint(0, 9999)])


def masked_iban(r):
    return r.choice(["DE** **** **** **** **%02d %02d" % (r.randint(0, 99), r.randint(0, 99)),
                     "GB** **** **** **** %04d %02d" % (r.randint(0, 9999), r.randint(0, 99)),
                     "JO** **** **** **** **** **** %04d %02d" % (r.randint(0, 9999), r.randint(0, 99))])


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------
TEMPLATES = []


def tpl(name, fmt, count):
    def deco(f):
        TEMPLATES.append((name, fmt, count, f))
        return f
    return deco


def PER(x):
    return L("PERSON", x)


def DOB(r, dt, style=None):
    return L("DATE_OF_BIRTH", fdate(r, dt, style))


def dots(label, width=32, fill="."):
    s = label + " "
    return s + fill * max(2, width - len(s)) + " "


# ============================== FORMS / KYC ===================================================
@tpl("rec_registration", "form", 3)
def t_rec_registration(r, d, i):
    greek = i % 3 != 1
    p = person(r, r.choice(["afghan", "syria", "somalia", "eritrea", "drc", "iraq", "sudan"]))
    father = person(r, p["origin"], "M")
    dob = dob_adult(r)
    country = ORIGIN_COUNTRY[p["origin"]]
    if greek:
        site = r.choice(["Lesvos", "Samos", "Kos", "Leros", "Chios"])
        d("RECEPTION AND IDENTIFICATION CENTRE ", site.upper(), " / ΚΕΝΤΡΟ ΥΠΟΔΟΧΗΣ ΚΑΙ ΤΑΥΤΟΠΟΙΗΣΗΣ\n")
        d(ORG, " - registration support desk (interpreter-assisted)\n")
        d("Registration sheet / Φύλλο καταγραφής            Case no.: ", case_no(r), "\n")
        d("=" * 64, "\n")
        d(dots("Surname / Επώνυμο"), PER(p["family"].upper()), "\n")
        d(dots("Given name(s) / Όνομα"), PER(p["given"]), "\n")
        d(dots("Father's name / Πατρώνυμο"), PER(father["given"]), "\n")
        d(dots("Date of birth / Ημ. γέννησης"), DOB(r, dob, "dmy/"), "  (", r.choice(["stated", "per document", "declared"]), ")\n")
        d(dots("Age assessment / Εκτίμηση ηλικίας"), r.choice(["not required", "adult", "disputed - referred"]), "\n")
        d(dots("Country of origin / Χώρα"), country, "\n")
        if r.random() < 0.6:
            pc = country
            d(dots("Travel document / Ταξ. έγγραφο"), "passport ", pc, ", ", r.choice(PP_LABELS[:3]) + " ",
              L(PP_TYPE(pc), passport(r, pc)), "\n")
        else:
            d(dots("Travel document / Ταξ. έγγραφο"), "none declared (lost at sea)\n")
        d(dots("Mobile / Κινητό"), L("PHONE", phone(r, r.choice(["GR", ORIGIN_CC[p["origin"]]]))), "\n")
        d(dots("Languages"), {"afghan": "Dari, Pashto", "syria": "Arabic", "somalia": "Somali, Arabic", "eritrea": "Tigrinya",
                              "drc": "Lingala, French", "iraq": "Kurmanji, Arabic", "sudan": "Arabic, Fur"}[p["origin"]], "\n")
        d(dots("Accommodation"), shelter(r), "\n")
        d(dots("Vulnerability code"), r.choice(["SFH (single female head)", "UASC", "none", "ELD", "SP-MH"]), "\n")
        d("\nRegistered by: ", PER(person(r, "greece")["given"]), " (RS desk 2)   Date: ", fdate(r, visit_date(r), "dmy/"), "\n")
    else:
        city = r.choice(["Palermo", "Catania", "Crotone", "Bari", "Trieste"])
        d("CENTRO DI ACCOGLIENZA STRAORDINARIA - ", city.upper(), "\nScheda ospite / Guest sheet\n\n")
        d("Cognome / Surname: ", PER(p["family"].upper()), "\n")
        d("Nome / Name: ", PER(p["given"]), "\n")
        d("Data di nascita / DOB: ", DOB(r, dob, "dmy/"), "\n")
        d("Luogo di nascita / Place of birth: ", r.choice(["Kabul", "Mogadishu", "Asmara", "Khartoum", "Aleppo", "Bukavu"]), " (", country, ")\n")
        d("Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(r, p, dob)), "\n")
        d("Permesso di soggiorno (richiesta): ricevuta n. ", "%s%07d" % (r.choice(["PA", "CT", "KR"]), r.randint(1, 9999999)), "\n")
        d("Cellulare / Mobile: ", L("PHONE", phone(r, "IT")), "\n")
        d("Posto letto / Bed: Modulo ", r.choice("ABC"), ", stanza ", str(r.randint(1, 40)), "\n")
        d("Operatore: ", PER(full(person(r, "italy"))), "\n")


@tpl("cash_kyc", "form", 3)
def t_cash_kyc(r, d, i):
    host = ["JO", "LB", "TR"][i % 3]
    p = person(r, r.choice(["syria", "iraq", "sudan", "yemen"]) if host != "TR" else "syria")
    dob = dob_adult(r)
    d("MULTI-PURPOSE CASH ASSISTANCE (MPCA) - BENEFICIARY ENROLMENT\n")
    d({"JO": "Jordan Country Office - Mafraq field team", "LB": "Lebanon - Bekaa field office",
       "TR": "Türkiye - Gaziantep hub"}[host], "\n")
    d("Household ID: ", hh_id(r), "    Distribution cycle: ", dist_no(r), "\n\n")
    d("[A] PRINCIPAL APPLICANT\n")
    d("  Full name ............ ", PER(full(p)), "\n")
    d("  Date of birth ........ ", DOB(r, dob, r.choice(["dmy/", "iso"])), "\n")
    d("  Sex .................. ", p["sex"], "\n")
    if r.random() < 0.5:
        d("  ID document .......... UNHCR certificate ", case_no(r), " (exp. ", fdate(r, rdate(r, 2025, 2027), "dmy/"), ")\n")
    else:
        d("  ID document .......... Passport (", ORIGIN_COUNTRY[p["origin"]], ") ",
          L("PASSPORT", passport(r, ORIGIN_COUNTRY[p["origin"]])), "\n")
    d("  Household size ....... ", str(r.randint(2, 11)), " (", str(r.randint(0, 6)), " under 5)\n")
    d("  Address .............. ")
    if host == "JO":
        d(L("ADDRESS", addr1(address(r, "JO"))), "\n")
    elif host == "LB":
        d("informal settlement ", r.choice(["Bar Elias 041", "Qab Elias 007", "Marj 112"]), ", tent ", str(r.randint(1, 90)), "\n")
    else:
        d(L("ADDRESS", addr1(address(r, "TR"))), "\n")
    d("\n[B] PAYMENT DETAILS\n")
    mech = r.choice(["wallet", "bank"]) if host != "TR" else "bank"
    if mech == "wallet":
        d("  Mechanism ............ mobile wallet (", "JoMoPay" if host == "JO" else "OMT / Whish", ")\n")
        d("  Wallet number ........ ", L("PHONE", phone(r, host)), "\n")
        d("  Previous wallet ...... ", masked_phone(r), " (deactivated)\n")
    else:
        d("  Mechanism ............ bank transfer\n")
        d("  Account holder ....... ", PER(name_variant(r, p)), "\n")
        d("  IBAN ................. ", L("IBAN", iban(r, host)), "\n")
    d("  Contact phone ........ ", L("PHONE", phone(r, host)), "\n")
    d("  Monthly transfer ..... ", {"JO": "JOD 125", "LB": "USD 145", "TR": "TRY 1,600"}[host], "\n\n")
    d("[C] CONSENT  [x] data sharing with ", r.choice(["WFP", "UNHCR", "the Cash Working Group"]), " for deduplication\n")
    d("  Thumbprint / signature: ________    Enumerator: ", PER(full(person(r, "jordan" if host == "JO" else "lebanon" if host == "LB" else "turkey"))), "\n")


@tpl("staff_onboarding", "form", 4)
def t_staff_onboarding(r, d, i):
    office = ["UK", "IT", "ES", "US"][i]
    origin = {"UK": "uk", "DE": "germany", "FR": "france", "ES": "colombia", "IT": "italy", "CA": "canada", "US": "us"}[office]
    p = person(r, origin)
    dob = dob_adult(r)
    d(ORG.upper(), "\nNEW STARTER / PERSONNEL DATA FORM  (", office, " payroll)\n")
    d("Position: ", r.choice(["Protection Officer", "WASH Engineer", "Finance Assistant", "MHPSS Coordinator", "Logistics Officer"]),
      "   Grade: ", r.choice(["N3", "I2", "P4", "G6"]), "   Contract ref: ", "HR-%d-%04d" % (r.randint(2024, 2025), r.randint(1, 9999)), "\n\n")
    pdf = r.random() < 0.4
    if pdf:
        d("Sur-\nname: ", PER(p["family"]), "    Fore-\nnames: ", PER(p["given"]), "\n")
    else:
        d("Surname: ", PER(p["family"]), "\nFirst name(s): ", PER(p["given"]), "\n")
    d("Date of birth: ", DOB(r, dob, "mdy/" if office == "US" else "dmy/"), "\n")
    cc = {"UK": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "CA": "CA", "US": "US"}[office]
    d("Home address: ", L("ADDRESS", addr1(address(r, cc))), "\n")
    d("Personal e-mail: ", L("EMAIL", email_of(r, p)), "\n")
    d("Mobile: ", L("PHONE", phone(r, cc if cc != "ES" else "CO")), "\n\n")
    d("-- Identification --\n")
    if office == "UK":
        d("National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, r.random() < 0.5)), "\n")
    elif office == "DE":
        d("Steuerliche Identifikationsnummer (Steuer-ID): ", L("DE_TAX_ID", steuer(r, r.random() < 0.4)), "\n")
        d("Sozialversicherungsnummer: folgt\n")
    elif office == "FR":
        d("N° de sécurité sociale (NIR): ", L("FR_NIR", nir(r, p, dob, r.random() < 0.6)), "\n")
    elif office == "ES":
        d("NIE (residente extranjero): ", L("ES_DNI", dni(r, nie=True)), "\n")
    elif office == "IT":
        d("Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(r, p, dob)), "\n")
    elif office == "CA":
        d("Social Insurance Number: ", L("CA_SIN", sin(r)), "\n")
    else:
        d("SSN: ", L("US_SSN", ssn(r)), "\n")
    pc = ORIGIN_COUNTRY[origin]
    d(r.choice(PP_LABELS[:2]), ": ", L(PP_TYPE(pc), passport(r, pc)), "  (", pc, ", expires ",
      fdate(r, rdate(r, 2027, 2034), "dmy/"), ")\n")
    d("Visa / work permit for duty station: ", r.choice(["Kenya Class G", "Jordan work permit", "Uganda Entry Permit", "Bangladesh E-visa"]),
      " no. ", "%s%07d" % (r.choice(["KE", "WP", "EP", "BD"]), r.randint(1, 9999999)), "\n\n")
    d("-- Bank details --\n")
    if office == "UK":
        sc, acc = uk_bank(r)
        if r.random() < 0.5:
            d("Sort code / account: ", L("UK_BANK_ACCOUNT", sc + " " + acc), "\n")
        else:
            d("Sort code: ", sc, "\nAccount number: ", L("UK_BANK_ACCOUNT", acc), "\n")
    elif office in ("CA", "US"):
        d("Direct deposit: routing ", dg(r, 9), ", account ending ", dg(r, 4), "\n")
    else:
        d("IBAN: ", L("IBAN", iban(r, {"DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT"}[office])), "\n")
    ec = person(r, origin)
    d("\nEmergency contact: ", PER(full(ec)), " (", r.choice(["spouse", "sister", "father", "partner"]), ") ",
      L("PHONE", phone(r, cc if cc != "ES" else "CO")), "\n")


@tpl("gift_aid", "form", 2)
def t_gift_aid(r, d, i):
    p = person(r, r.choice(["uk", "uk", "lebanon", "somalia", "bangladesh", "ukraine", "italy"]))
    d("Gift Aid declaration - multiple donations\n")
    d("Boost your donation by 25p of Gift Aid for every £1 you donate.\n\n")
    d("Donor reference: ", donor_id(r), "      Campaign: ", campaign(r), "\n")
    d("Title: ", r.choice(["Mr", "Mrs", "Ms", "Dr", "Mx"]), "\n")
    d("First name or initial(s): ", PER(p["given"]), "\n")
    d("Surname: ", PER(p["family"]), "\n")
    a = address(r, "GB")
    d("Full home address: ", L("ADDRESS", addr1(a[:-1])), "\n")
    d("Postcode: ", a[-1], "\n")
    if r.random() < 0.7:
        d("Email: ", L("EMAIL", email_of(r, p, r.choice(["btinternet.com", "gmail.com", "outlook.com", "sky.com"]))), "\n")
    d("Phone (optional): ", L("PHONE", phone(r, "GB")) if r.random() < 0.6 else "", "\n\n")
    d("[x] I want to Gift Aid my donation of £", str(r.choice([10, 25, 50, 100])),
      " and any donations I make in the future or have made in the past 4 years to ", ORG, ".\n")
    d("I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of\n"
      "Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.\n\n")
    d("Date: ", fdate(r, visit_date(r), "dmy/"), "\n")
    d("Charity no. 1", dg(r, 6), " (England & Wales)\n")


@tpl("clinic_intake", "form", 3)
def t_clinic_intake(r, d, i):
    p = person(r, r.choice(DISPLACED))
    dob = dob_adult(r)
    d("MOBILE HEALTH UNIT - PATIENT REGISTRATION & CONSENT\n")
    d("Site: ", r.choice(["Kalobeyei village 3", "Azraq camp village 5", "Bar Elias", "Maicao - La Pista", "Kutupalong Camp 1W",
                          "Adré transit site"]), "     Date: ", fdate(r, visit_date(r), "iso"), "\n\n")
    d("Patient name: ", PER(full(p)), "\n")
    d("Date of birth: ", DOB(r, dob, r.choice(["dmy/", "iso", "d Mon y"])), "      Age: ", str(2025 - dob[0]), "\n")
    d("MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "      Household: ", hh_id(r), "\n")
    d("Phone: ", L("PHONE", phone(r, ORIGIN_CC[p["origin"]])), "\n\n")
    d("Known conditions (tick):\n")
    opts = r.sample(["Diabetes", "Hypertension", "Asthma", "Epilepsy", "Tuberculosis", "Sickle cell disease", "HIV", "Heart disease"], 6)
    ticked = set(r.sample(range(6), r.randint(1, 2)))
    tmed = {"Diabetes": "metformin", "Hypertension": "amlodipine", "Asthma": "salbutamol", "Epilepsy": "carbamazepine",
            "Tuberculosis": "isoniazid", "Sickle cell disease": "hydroxyurea", "HIV": "dolutegravir", "Heart disease": "enalapril"}
    for k, o in enumerate(opts):
        if k in ticked:
            d("  [x] ", L("DIAGNOSIS", o), "\n")
        else:
            d("  [ ] ", o, "\n")
    d("Current medicines: ", L("MEDICATION", tmed[opts[min(ticked)]]), r.choice([" 500 mg bd", " as needed", " 1 tab daily"]), "\n")
    d("Allergies: none known\n\n")
    d("I consent to examination and to my data being stored in the clinic EMR.   [x] Yes  [ ] No\n")
    d("Interpreter: ", PER(person(r, r.choice(STAFF))["given"]), "\n")


@tpl("blank_form", "form", 2)
def t_blank_form(r, d, i):
    if i == 0:
        d("FAMILY TRACING REQUEST - BLANK TEMPLATE (v", str(r.randint(2, 6)), ")\n\n")
        d("Full Name Of Person Sought: ______________________\n")
        d("Date Of Birth: ___/___/______      Place Of Birth: __________\n")
        d("Passport Number (If Known): ______________\n")
        d("Last Known Address: ________________________________\n")
        d("Phone Number: (+___) ____________\n")
        d("Relationship To Enquirer: [ ] Parent [ ] Child [ ] Spouse [ ] Sibling [ ] Other\n\n")
        d("Example: Name - Jane Doe; Date Of Birth - DD/MM/YYYY.\n")
        d("Office use: RFL case no. __________  Form ref. RFL-F03 rev ", str(r.randint(2, 9)), "\n")
    else:
        d("Cash Assistance Enrolment - field guidance\n\n")
        d("Principal Applicant Name: {{principal_applicant_name}}\n")
        d("Mobile Wallet Number: {{wallet_msisdn}}\n")
        d("IBAN: {{iban}}  (leave blank if mobile money)\n")
        d("Date Of Birth: {{dob}}\n")
        d("Household ID format: HH-XXX-00000 (e.g. ", hh_id(r), ")\n")
        d("Distribution number format: ", dist_no(r), "\n")
        d("Ration card: ", ration_card(r), " (sample card printed for training)\n")
        d("Do not record religion or ethnicity. Masked wallet numbers (e.g. ", masked_phone(r), ") are acceptable in reports.\n")


@tpl("us_resettlement_intake", "form", 3)
def t_us_resettle(r, d, i):
    state = r.choice(["Tennessee", "Georgia", "Washington", "Texas", "Illinois", "New York", "Arizona", "Colorado"])
    p = person(r, r.choice(["afghan", "drc", "ukraine", "venezuela", "syria", "eritrea", "rohingya"]))
    dob = dob_adult(r)
    d(ORG, " - Resettlement Office (", state, ")\nReception & Placement - Client Intake\n\n")
    d("Case number: ", "%s%d" % (r.choice(["AF", "CD", "UA", "VE"]), r.randint(1000000, 9999999)), "     Arrival date: ",
      fdate(r, visit_date(r), "mdy/"), "\n")
    d("Client name: ", PER(name_variant(r, p)), "\n")
    d("DOB: ", DOB(r, dob, "mdy/"), "\n")
    d("A-Number: A", dg(r, 9), "     I-94: ", dg(r, 11), "\n")
    d("Social Security Number: ", L("US_SSN", ssn(r)), "\n")
    if r.random() < 0.6:
        code = DL_STATES[state][0]
        d(state, " driver license no.: ", L("DRIVER_LICENSE", DL_STATES[state][1](r)), "  (class ", r.choice(["C", "D"]), ")\n")
    else:
        d("Driver license: not yet - learner permit appointment ", fdate(r, visit_date(r), "mdy/"), "\n")
    plan = r.choice(["Medicaid", "Refugee Medical Assistance (RMA)", "TennCare" if state == "Tennessee" else "Medicaid managed care"])
    d("Health coverage: ", plan, "  Member ID ", L("HEALTH_PLAN_ID", member_id(r)), "\n")
    addr = us_address(r, state)
    d("Address: ", L("ADDRESS", addr1(addr)), "\n")
    d("Phone: ", L("PHONE", phone(r, "US")), "\n")
    if r.random() < 0.5:
        d("Email: ", L("EMAIL", email_of(r, p)), "\n")
    d("Language: ", r.choice(["Dari", "Swahili", "Ukrainian", "Spanish", "Arabic", "Tigrinya", "Rohingya"]),
      "   Interpreter needed: yes\n")
    if r.random() < 0.5:
        par = person(r, p["origin"])
        d("Household member (parent, 67): ", PER(full(par)), " - Medicare MBI ", L("US_MBI", mbi(r)), "\n")
    d("Caseworker: ", PER(full(person(r, "us"))), "\n")


@tpl("volunteer_application", "form", 2)
def t_volunteer(r, d, i):
    if i == 0:
        p = person(r, r.choice(["syria", "eritrea", "colombia", "afghan"]))
        dob = dob_adult(r)
        d("Volunteer application - Toronto warehouse & newcomer hub\n\n")
        d("Name: ", PER(full(p)), "\nBirth date: ", DOB(r, dob, "iso"), "\n")
        d("Address: ", L("ADDRESS", addr1(address(r, "CA"))), "\n")
        d("Cell: ", L("PHONE", phone(r, "CA")), "   Email: ", L("EMAIL", email_of(r, p)), "\n")
        d("SIN (temporary resident, starts with 9): ", L("CA_SIN", sin(r, temp=True)), "\n")
        d("Vulnerable sector check: pending, ref. VSC-", dg(r, 7), "\n")
        d("Availability: Sat/Sun, not during Eid al-Fitr\n")
    else:
        p = person(r, "norway")
        d("Frivillig-skjema / Volunteer form - Oslo reception centre\n\n")
        d("Navn / Name: ", PER(full(p)), "\n")
        d("Fødselsdato / DOB: ", DOB(r, dob_adult(r), "dmy."), "\n")
        d("Adresse: ", L("ADDRESS", addr1(address(r, "NO"))), "\n")
        d("Mobil: ", L("PHONE", phone(r, "NO")), "\n")
        d("E-post: ", L("EMAIL", email_of(r, p, "online.no")), "\n")
        d("Politiattest: levert, ref. ", "PA-%d-%05d" % (r.randint(2024, 2025), r.randint(1, 99999)), "\n")
        d("Språk: norsk, engelsk, ", r.choice(["arabisk", "tigrinja", "somali", "ukrainsk"]), "\n")


# ============================== CLINICAL ======================================================
def _dx_pair(r, pool=None):
    dx = r.choice(pool or list(DX_MED))
    return dx, r.choice(DX_MED[dx])


@tpl("mhu_consultation", "clinical_note", 3)
def t_mhu_consult(r, d, i):
    p = person(r, r.choice(DISPLACED))
    dob = dob_adult(r) if r.random() < 0.7 else dob_child(r)
    dx, med = _dx_pair(r)
    site = r.choice(["Kakuma MHU-2", "Bidi Bidi zone 3 outreach", "Azraq village 2 clinic", "Maicao mobile unit",
                     "Hamdayet transit clinic", "Kutupalong Camp 4 health post"])
    d("CONSULTATION NOTE - ", site, "\n")
    d("Patient: ", PER(name_variant(r, p)), "   Sex: ", p["sex"], "   DOB: ", DOB(r, dob, r.choice(["dmy/", "iso", "d Mon y"])), "\n")
    d("MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Case ", case_no(r), "   Visit ", fdate(r, visit_date(r), "iso"), "\n\n")
    d("S: ", r.choice(["Fever x3 days, headache, vomiting.", "Cough 2 weeks, night sweats, weight loss.",
                       "Itchy rash on hands and waist, siblings similar.", "Known patient, came for refill, no complaints.",
                       "Diarrhoea 6x/day since yesterday.", "Poor sleep, nightmares, flashbacks since arrival."]), "\n")
    d("O: T ", "%.1f" % r.uniform(36.4, 39.8), " C, HR ", str(r.randint(68, 128)), ", BP ", "%d/%d" % (r.randint(100, 165), r.randint(60, 100)),
      ", SpO2 ", str(r.randint(91, 99)), "%. ", r.choice(NEGATED), ".\n")
    d("A: ", L("DIAGNOSIS", dx), ".")
    if r.random() < 0.5:
        dx2 = r.choice([x for x in DX if x != dx])
        d(" Also known ", L("DIAGNOSIS", dx2), ".")
    d("\nP: ", L("MEDICATION", med), " ", r.choice(["as per protocol", "x 3 days", "1 tab bd x 5/7", "30-day supply"]),
      "; ", r.choice(["review in 1 week", "refer to Kakuma Mission Hospital if worse", "health education given",
                     "CHW follow-up at shelter"]), ".\n")
    d("Clinician: ", r.choice(["Dr ", "CO ", "RN "]), PER(full(person(r, r.choice(STAFF)))), "\n")


@tpl("mhpss_session", "clinical_note", 2)
def t_mhpss(r, d, i):
    p = person(r, r.choice(["syria", "afghan", "ukraine", "s_sudan", "rohingya", "yemen"]))
    dx = r.choice(["post-traumatic stress disorder", "major depressive disorder", "generalised anxiety disorder"])
    med = r.choice(["sertraline", "fluoxetine"])
    d("MHPSS - individual session note (session ", str(r.randint(2, 9)), "/10, ", r.choice(["PM+", "CETA", "IPT-G follow-up"]), ")\n")
    d("Client: ", PER(full(p)), "  (case ", case_no(r), ")\n")
    d("DOB: ", DOB(r, dob_adult(r), "dmy/"), "\n\n")
    d("Client reports improved sleep; PHQ-9 down from ", str(r.randint(16, 24)), " to ", str(r.randint(8, 15)), ". ",
      "Working diagnosis remains ", L("DIAGNOSIS", dx), ". Continues ", L("MEDICATION", med), " 50 mg prescribed by the mhGAP doctor.\n")
    d("Denies suicidal ideation. No psychotic features. She said the waiting for the asylum decision 'is a cancer in my head'"
      if p["sex"] == "F" else "Denies suicidal ideation. No psychotic features. He described the camp as 'a prison with a view'")
    d(" - figure of speech, no somatic complaint.\n")
    d("Plan: continue weekly, link with livelihoods; review medication with ", "Dr ", PER(full(person(r, r.choice(STAFF)))), ".\n")
    d("Counsellor: ", PER(person(r, r.choice(STAFF))["given"]), "\n")


@tpl("nutrition_screening", "clinical_note", 2)
def t_nutrition(r, d, i):
    c = person(r, r.choice(["somalia", "s_sudan", "sudan", "yemen", "rohingya", "ethiopia"]))
    cg = person(r, c["origin"], "F")
    sam = r.random() < 0.6
    d("OTP ADMISSION - CMAM | ", r.choice(["Dadaab (Hagadera)", "Gorom", "Adré", "Kutupalong", "Hamdayet"]), "\n")
    d("Child: ", PER(full(c)), "   DOB: ", DOB(r, dob_child(r), "dmy/"), "   Sex: ", c["sex"], "\n")
    d("Caregiver: ", PER(full(cg)), "   Tel ", L("PHONE", phone(r, ORIGIN_CC[c["origin"]])), "\n")
    d("Reg. no. OTP/", str(r.randint(2024, 2025)), "/", str(r.randint(1, 9999)), "   Ration card ", ration_card(r), "\n")
    d("MUAC ", "%.1f" % (r.uniform(9.8, 11.4) if sam else r.uniform(11.5, 12.4)), " cm | WHZ ", "%.1f" % r.uniform(-3.9, -2.1),
      " | Oedema: ", r.choice(["0", "+", "0"]), "\n")
    d("Classification: ", L("DIAGNOSIS", "severe acute malnutrition" if sam else "moderate acute malnutrition"), "\n")
    d("Appetite test: passed. RUTF ", str(r.randint(14, 21)), " sachets/week. ", L("MEDICATION", "amoxicillin" if sam else "albendazole"),
      " given. Vitamin A: up to date.\n")
    d("Screened by CHW ", PER(person(r, r.choice(["kenya", "bangladesh", "ethiopia"]))["given"]), "\n")


@tpl("anc_visit", "clinical_note", 1)
def t_anc(r, d, i):
    p = person(r, r.choice(["rohingya", "afghan", "haiti", "central_am"]), "F")
    d("ANTENATAL CARE - 3rd contact\nName: ", PER(full(p)), "  DOB ", DOB(r, dob_adult(r), "dmy-"), "  G3P2  GA 32/40\n")
    d("MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nBP 158/104, proteinuria ++, headache.\n")
    d("Impression: ", L("DIAGNOSIS", "pre-eclampsia"), " (severe features not excluded). Started ", L("MEDICATION", "methyldopa"),
      "; loading dose ", L("MEDICATION", "magnesium sulfate"), " before referral.\n")
    d("Referred by ambulance to ", r.choice(["MSF Kutupalong hospital", "Hôpital Universitaire de Mirebalais", "Prince Hamzah Hospital"]),
      ". Midwife: ", PER(full(person(r, r.choice(STAFF), "F"))), "\n")


@tpl("vaccination_card", "clinical_note", 2)
def t_vacc(r, d, i):
    c = person(r, r.choice(["drc", "s_sudan", "afghan", "venezuela", "rohingya"]))
    d("CHILD IMMUNISATION CARD (transcribed)\n")
    d("Name: ", PER(full(c)), "\nBorn: ", DOB(r, dob_child(r), "dmy/"), "\n")
    d("Mother: ", PER(full(person(r, c["origin"], "F"))), "\n")
    d("Shelter: ", shelter(r), "\n\n")
    d("Antigen     | Date       | Batch\n")
    for ag in ["BCG", "OPV0", "Penta1", "PCV1", "Penta2", "MR1"]:
        if r.random() < 0.8:
            d("%-11s | %s | %s\n" % (ag, fdate(r, rdate(r, 2023, 2025), "dmy/"), "%s%04d" % (r.choice(["B", "K", "L"]), r.randint(1, 9999))))
    d("\nNext due: MR2 at 15 months. (Vaccine antigens are listed as given, not prescriptions.)\n")


@tpl("discharge_summary", "discharge_summary", 3)
def t_discharge(r, d, i):
    p = person(r, r.choice(DISPLACED))
    dob = dob_adult(r)
    dx, med = _dx_pair(r)
    med2 = r.choice([m for m in MEDS if m != med])
    hosp = r.choice(["Field Hospital Gambella", "Kalobeyei Health Centre IPD", "Hospital de campaña Cúcuta",
                     "Bekaa Secondary Care Ward", "Malakal PoC Hospital"])
    d(hosp.upper(), "\nDISCHARGE SUMMARY\n\n")
    d("Name: ", PER(p["family"].upper() + ", " + p["given"]), "\n")
    d("Date of birth: ", DOB(r, dob, r.choice(["d Month y", "dmy/", "iso"])), "\n")
    d("MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   Ward: ", r.choice(["Medical", "Paeds", "TB isolation", "Maternity"]), "\n")
    ad = visit_date(r)
    d("Admitted: ", fdate(r, ad, "dmy/"), "   Discharged: ", fdate(r, (ad[0], ad[1], min(ad[2] + 4, 28)), "dmy/"), "\n\n")
    d("Principal diagnosis: ", L("DIAGNOSIS", dx), "\n")
    d("Secondary: ", r.choice(["none", "dehydration - resolved"]) if r.random() < 0.5 else L("DIAGNOSIS", r.choice(DX)), "\n")
    d("Excluded: ", r.choice(["cholera (RDT neg)", "meningitis (LP clear)", "TB (sputum Xpert neg)"]), "\n\n")
    d("Hospital course: admitted with ", r.choice(["high fever and rigors", "respiratory distress", "severe dehydration", "seizures"]),
      ". Treated with IV ", L("MEDICATION", r.choice(["ceftriaxone", "artesunate", "metronidazole"])), ", stepped down to oral ",
      L("MEDICATION", med), ".\n")
    d("Discharge medication:\n  1. ", L("MEDICATION", med), " - complete course\n  2. ", L("MEDICATION", med2), " - as needed\n\n")
    d("Follow-up: MHU clinic in 7 days; CHW to visit ", shelter(r), ".\n")
    d("Discharging clinician: Dr ", PER(full(person(r, r.choice(STAFF)))), "\n")


@tpl("lab_report", "lab_report", 2)
def t_lab(r, d, i):
    p = person(r, r.choice(DISPLACED))
    dob = dob_adult(r)
    d("=" * 60, "\n")
    d("CROSSROADS FIELD LABORATORY - ", r.choice(["KAKUMA", "COX'S BAZAR", "GAMBELLA", "MAICAO"]), "\n")
    d("=" * 60, "\n")
    d("%-14s" % "Patient:", PER(p["family"].upper() + " " + p["given"]), "\n")
    d("%-14s" % "DOB:", DOB(r, dob, "dmy/"), "\n")
    d("%-14s" % "MRN:", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d("%-14s%s\n" % ("Accession:", "ACC%d-%06d" % (r.randint(24, 25), r.randint(1, 999999))))
    d("%-14s" % "Requested by:", "Dr ", PER(full(person(r, r.choice(STAFF)))), "\n")
    d("-" * 60, "\n")
    d("%-26s %-12s %-10s %s\n" % ("TEST", "RESULT", "UNITS", "REF"))
    rows = [("Haemoglobin", "%.1f" % r.uniform(6.5, 14), "g/dL", "12-16"),
            ("Malaria RDT (Pf/Pan)", r.choice(["POS Pf", "NEG"]), "", "NEG"),
            ("Blood glucose (random)", "%.1f" % r.uniform(4, 15), "mmol/L", "3.9-7.8"),
            ("HIV 1/2 (Determine)", r.choice(["Non-reactive", "Reactive"]), "", ""),
            ("CRP", str(r.randint(2, 140)), "mg/L", "<5")]
    for row in r.sample(rows, 4):
        d("%-26s %-12s %-10s %s\n" % row)
    d("-" * 60, "\n")
    d("Interpretation: ")
    if r.random() < 0.6:
        dx = r.choice(["Plasmodium falciparum malaria", "iron-deficiency anaemia", "HIV infection", "type 2 diabetes mellitus"])
        d("consistent with ", L("DIAGNOSIS", dx), "; clinician informed.\n")
    else:
        d("no significant abnormality.\n")
    d("Validated by: ", PER(person(r, r.choice(STAFF))["given"][0] + ". " + person(r, r.choice(STAFF))["family"]), " (lab tech)\n")


@tpl("lab_qc", "lab_report", 1)
def t_lab_qc(r, d, i):
    d("FIELD LAB - WEEKLY QUALITY CONTROL SUMMARY\nInstrument: HemoCue Hb 301, serial ", "HC%d" % r.randint(100000, 999999),
      ", firmware ", version_ip_like(r), "\n\n")
    d("%-22s %-8s %-8s %s\n" % ("Control", "Target", "Result", "Status"))
    for c in ["Hb low", "Hb normal", "Hb high", "Glucose L1", "Glucose L2"]:
        t = r.uniform(5, 16)
        d("%-22s %-8.1f %-8.1f %s\n" % (c, t, t + r.uniform(-0.3, 0.3), "PASS"))
    d("\nMalaria RDT lot ", "MR%d" % r.randint(10000, 99999), ": positive control OK. 412 tests run this week, 37 positive (9%).\n")
    d("Cholera RDT stock: 240 kits, expiry 2026-03. No patient data in this report.\n")


@tpl("hl7_adt", "hl7", 3)
def t_hl7(r, d, i):
    p = person(r, r.choice(DISPLACED))
    dob = dob_adult(r)
    nk = person(r, p["origin"])
    sep = "\r" if i == 1 else "\n"
    ts = "%04d%02d%02d%02d%02d" % (2025, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    d("MSH|^~\\&|OPENMRS|CRA_", r.choice(["KAKUMA", "GAMBELLA", "CXB"]), "|DHIS2|MOH|", ts, "||ADT^A04|", "MSG%06d" % r.randint(1, 999999), "|P|2.5", sep)
    d("EVN|A04|", ts, sep)
    d("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn(r)), "^^^CRA^MR||",
      PER("%s^%s" % (p["family"].upper(), p["given"].upper())), "||", L("DATE_OF_BIRTH", fdate(r, dob, "hl7")), "|", p["sex"], "|||")
    cc = r.choice(["KE", "UG", "CO"])
    a = address(r, cc)
    d(L("ADDRESS", "^".join(a)), "||", L("PHONE", phone(r, cc)), sep)
    d("NK1|1|", PER("%s^%s" % (nk["family"].upper(), nk["given"].upper())), "|", r.choice(["SPO^Spouse", "PAR^Parent", "SIB^Sibling"]),
      "||", L("PHONE", phone(r, ORIGIN_CC[p["origin"]])), sep)
    doc = person(r, r.choice(["kenya", "uganda", "ethiopia", "bangladesh"]))
    d("PV1|1|O|MHU^", str(r.randint(1, 9)), "||||", dg(r, 6), "^", PER("%s^%s" % (doc["family"].upper(), doc["given"].upper())), sep)
    if i != 2:
        dx = r.choice(list(DX_MED))
        icd = {"Plasmodium falciparum malaria": "B50.9", "severe acute malnutrition": "E43", "acute watery diarrhoea": "A09",
               "community-acquired pneumonia": "J18.9", "pulmonary tuberculosis": "A15.0", "type 2 diabetes mellitus": "E11.9",
               "scabies": "B86", "essential hypertension": "I10", "asthma": "J45.9", "epilepsy": "G40.9", "HIV infection": "B24",
               "cholera": "A00.9", "typhoid fever": "A01.0", "pre-eclampsia": "O14.9"}.get(dx, "R69")
        d("DG1|1||", icd, "^", L("DIAGNOSIS", dx), "^I10||", ts, "|A", sep)
    else:
        d("OBX|1|ST|MUAC^Mid-upper arm circumference||", "%.1f" % r.uniform(11, 14), "|cm|||||F", sep)
        d("OBX|2|CE|RDT^Malaria RDT||NEG^Negative||||||F", sep)
    d("ZPI|1|", hh_id(r), "|", case_no(r), sep)


@tpl("hl7_ack", "hl7", 1)
def t_hl7_ack(r, d, i):
    d("MSH|^~\\&|DHIS2|MOH|OPENMRS|CRA_KAKUMA|20250314101500||ACK^A04|ACK", dg(r, 6), "|P|2.5\n")
    d("MSA|AA|MSG", dg(r, 6), "|Message accepted\n")
    d("ERR|||0^Message accepted^HL70357|I|||OID ", oid(r), "\n")


def _fhir_patient(r, p, dob, mrn_v, pid):
    addr = address(r, r.choice(["KE", "UG", "GB", "DE", "CO"]))
    return {"resourceType": "Patient", "id": pid,
            "identifier": [{"type": {"text": "MRN"}, "system": "urn:oid:" + oid(r), "value": L("MEDICAL_RECORD_NUMBER", mrn_v)},
                           {"type": {"text": "Household"}, "value": hh_id(r)}],
            "name": [{"family": PER(p["family"]), "given": [PER(p["given"])]}],
            "gender": "male" if p["sex"] == "M" else "female",
            "birthDate": L("DATE_OF_BIRTH", fdate(r, dob, "iso")),
            "telecom": [{"system": "phone", "value": L("PHONE", phone(r, ORIGIN_CC[p["origin"]]))}],
            "address": [{"line": [L("ADDRESS", addr[0])], "city": addr[-1]}]}


@tpl("fhir_bundle", "fhir_json", 3)
def t_fhir(r, d, i):
    p = person(r, r.choice(DISPLACED))
    dob = dob_adult(r)
    pid = "pat-%05d" % r.randint(1, 99999)
    dx, med = _dx_pair(r)
    refuted = r.choice(["cholera", "measles", "pulmonary tuberculosis", "diphtheria"])
    entries = [{"resource": _fhir_patient(r, p, dob, mrn(r), pid)},
               {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid},
                             "clinicalStatus": {"coding": [{"code": "active"}]},
                             "verificationStatus": {"coding": [{"code": "confirmed"}]},
                             "code": {"text": L("DIAGNOSIS", dx)}}},
               {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid},
                             "verificationStatus": {"coding": [{"code": "refuted"}]},
                             "code": {"text": refuted}}},
               {"resource": {"resourceType": "MedicationRequest", "status": "active", "subject": {"reference": "Patient/" + pid},
                             "medicationCodeableConcept": {"text": L("MEDICATION", med)},
                             "dosageInstruction": [{"text": r.choice(["1 tablet twice daily", "as per weight band", "once daily"])}]}}]
    if i == 0:
        entries.append({"resource": {"resourceType": "Coverage", "status": "active",
                                     "beneficiary": {"reference": "Patient/" + pid},
                                     "payor": [{"display": "NHIF Kenya (SHA) - refugee enrolment"}],
                                     "subscriberId": L("HEALTH_PLAN_ID", member_id(r))}})
    emit_json(d, {"resourceType": "Bundle", "type": "collection", "timestamp": "2025-%02d-%02dT08:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
                  "entry": entries})
    d("\n")


@tpl("fhir_valueset", "fhir_json", 1)
def t_fhir_vs(r, d, i):
    concepts = [{"code": c, "display": n} for c, n in [("1A00", "Cholera"), ("1F40", "Malaria due to Plasmodium falciparum"),
                                                      ("5B51", "Severe acute malnutrition"), ("6B40", "Post traumatic stress disorder"),
                                                      ("1F03", "Measles"), ("1C17", "Diphtheria")]]
    emit_json(d, {"resourceType": "ValueSet", "id": "cra-emergency-dx", "url": "https://fhir.%s/ValueSet/emergency-dx" % ORG_DOM,
                  "version": version_ip_like(r), "status": "active", "publisher": ORG,
                  "description": "Reportable conditions for weekly EWARN surveillance (no patient data).",
                  "compose": {"include": [{"system": "http://id.who.int/icd/release/11/mms", "concept": concepts}]}})
    d("\n")


# ============================== STRUCTURED (CSV/TSV/JSON/NDJSON/YAML) =========================
@tpl("cash_distribution_list", "csv", 3)
def t_cash_csv(r, d, i):
    ctx = [("KE", "kenya", ["s_sudan", "somalia", "drc", "sudan"], "M-Pesa", "KES"),
           ("BD", "bangladesh", ["rohingya"], "bKash", "BDT"),
           ("CO", "colombia", ["venezuela"], "Nequi", "COP")][i % 3]
    cc, _, origins, prov, cur = ctx
    hdr = ["household_id", "hoh_first_name", "hoh_last_name", "hh_size", "msisdn", "provider", "amount", "currency", "status"]
    if i == 1:
        hdr = ["household_id", "hoh_name", "fcn_block", "hh_size", "msisdn", "provider", "amount", "currency", "status"]
    emit_row(d, hdr)
    for _ in range(r.randint(4, 7)):
        p = person(r, r.choice(origins))
        masked = r.random() < 0.2
        ph = masked_phone(r) if masked else L("PHONE", e164(r, cc) if r.random() < 0.5 else phone(r, cc))
        row = [hh_id(r)]
        if i == 1:
            row += [PER(full(p)), shelter(r).split(",")[0]]
        else:
            row += [PER(p["given"]), PER(p["family"])]
        row += [str(r.randint(1, 11)), ph, prov, str(r.choice([3000, 4500, 6200, 150000, 320000])), cur,
                r.choice(["PAID", "PAID", "PENDING", "FAILED-KYC"])]
        emit_row(d, row)


@tpl("bank_payout", "tsv", 2)
def t_bank_tsv(r, d, i):
    ccs = ["TR", "JO", "LB", "GR", "IT", "DE", "NL", "NO", "UA"]
    emit_row(d, ["payment_ref", "payee", "iban", "bic", "amount_eur", "purpose"], sep="\t")
    for _ in range(r.randint(4, 6)):
        cc = r.choice(ccs)
        p = person(r, r.choice(DISPLACED + STAFF))
        ib = L("IBAN", iban(r, cc, spaced=False)) if r.random() < 0.85 else masked_iban(r)
        emit_row(d, ["PAY-%s-%05d" % (cc, r.randint(1, 99999)), PER(name_variant(r, p)), ib,
                     {"TR": "TCZBTR2AXXX", "JO": "ARABJOAX100", "LB": "BLOMLBBX", "GR": "ETHNGRAA", "IT": "BCITITMM",
                      "DE": "COBADEFFXXX", "NL": "INGBNL2A", "NO": "DNBANOKK", "UA": "PBANUA2X"}[cc],
                     "%.2f" % r.uniform(80, 2400), r.choice(["rent support", "cash for protection", "per diem", "livelihood grant"])],
                 sep="\t")


@tpl("donor_crm_export", "csv", 2)
def t_donor_csv(r, d, i):
    emit_row(d, ["donor_id", "title", "first_name", "last_name", "email", "address_line1", "postcode", "gift_aid", "last_gift_gbp",
                 "campaign"])
    for _ in range(r.randint(4, 6)):
        p = person(r, r.choice(["uk", "uk", "uk", "lebanon", "bangladesh", "somalia", "ukraine", "norway", "italy"]))
        a = address(r, "GB")
        org = r.random() < 0.15
        if org:
            emit_row(d, [donor_id(r), "", "", r.choice(["Marks & Spencer Foundation", "Sainsbury Family Trust", "Ronald McDonald House"]),
                         "", "", "", "N", str(r.choice([500, 1000, 5000])), campaign(r)])
            continue
        emit_row(d, [donor_id(r), r.choice(["Mr", "Mrs", "Ms", "Dr", "Rev", ""]), PER(p["given"]), PER(p["family"]),
                     L("EMAIL", email_of(r, p, r.choice(["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com"]))),
                     L("ADDRESS", a[0]), a[-1], r.choice(["Y", "N"]), str(r.choice([5, 10, 25, 40, 100])), campaign(r)])


@tpl("kobo_registration", "json", 3)
def t_kobo(r, d, i):
    p = person(r, r.choice(DISPLACED))
    sp = person(r, p["origin"], "F" if p["sex"] == "M" else "M")
    kids = [person(r, p["origin"]) for _ in range(r.randint(1, 3))]
    obj = {
        "_id": r.randint(100000000, 999999999), "formhub/uuid": "%032x" % r.getrandbits(128),
        "_submission_time": "2025-%02d-%02dT%02d:%02d:11" % (r.randint(1, 12), r.randint(1, 28), r.randint(6, 18), r.randint(0, 59)),
        "_version": "v" + "".join(r.choice(string.ascii_letters) for _ in range(12)),
        "site": r.choice(CAMPS), "household_id": hh_id(r), "ration_card": ration_card(r),
        "group_hoh/full_name": PER(full(p)),
        "group_hoh/dob": L("DATE_OF_BIRTH", fdate(r, dob_adult(r), "iso")),
        "group_hoh/sex": p["sex"].lower(),
        "group_hoh/phone": L("PHONE", phone(r, ORIGIN_CC[p["origin"]])),
        "group_hoh/id_doc": r.choice(["none", "proof_of_registration", "passport"]),
        "group_members": [{"member/name": PER(full(sp)), "member/relation": "spouse",
                           "member/dob": L("DATE_OF_BIRTH", fdate(r, dob_adult(r), "iso"))}] +
                         [{"member/name": PER(k["given"]), "member/relation": "child",
                           "member/dob": L("DATE_OF_BIRTH", fdate(r, dob_child(r), "iso"))} for k in kids],
        "specific_needs": r.sample(["SFH", "disability_physical", "older_person_at_risk", "pregnant", "none"], 2),
        "shelter": shelter(r), "_geolocation": [round(r.uniform(-4, 36), 5), round(r.uniform(20, 92), 5)],
        "enumerator": r.choice(["enum_%02d" % r.randint(1, 40), "kobo_%s" % r.choice(["kak", "cxb", "azr"])]),
    }
    if obj["group_hoh/id_doc"] == "passport":
        obj["group_hoh/passport_no"] = L("PASSPORT", passport(r, ORIGIN_COUNTRY[p["origin"]] if p["origin"] != "central_am" else "Guatemala"))
    emit_json(d, obj)
    d("\n")


@tpl("tracing_requests", "ndjson", 2)
def t_tracing_nd(r, d, i):
    for _ in range(r.randint(3, 5)):
        o = r.choice(["s_sudan", "sudan", "ukraine", "afghan", "eritrea", "drc", "somalia"])
        enq, sought = person(r, o), person(r, o)
        rec = {"rfl_case": "RFL-%s-%05d" % (o[:2].upper(), r.randint(1, 99999)),
               "enquirer": PER(full(enq)), "enquirer_phone": L("PHONE", phone(r, r.choice(["KE", "UG", "DE", "NO", "GR"]))),
               "sought_person": PER(full(sought)),
               "sought_dob": L("DATE_OF_BIRTH", fdate(r, dob_adult(r) if r.random() < 0.6 else dob_child(r), "iso")) if r.random() < 0.7 else None,
               "relationship": r.choice(["son", "daughter", "brother", "mother", "husband", "niece"]),
               "last_seen": r.choice(["Renk border crossing", "Kharkiv, Saltivka district", "Tullu Dimtu", "Goma, Mugunga III",
                                      "Mediterranean crossing from Zuwara"]),
               "status": r.choice(["open", "positive_match", "closed_no_contact"]),
               "note": M("Call back on ", L("PHONE", phone(r, r.choice(["UA", "SS", "CD"]))), " after 18:00") if r.random() < 0.4 else "no note"}
        emit_json(d, rec, compact=True)
        d("\n")


@tpl("staff_record_yaml", "yaml", 3)
def t_hr_yaml(r, d, i):
    origin = ["france", "canada", "germany"][i]
    p = person(r, origin)
    dob = dob_adult(r)
    country = ORIGIN_COUNTRY[origin]
    d("# HRIS export - international staff (do not commit to git)\n")
    d("employee:\n  staff_id: CRA-", str(r.randint(10000, 99999)), "\n")
    d("  family_name: ", PER(p["family"]), "\n  given_names: ", PER(p["given"]), "\n")
    d("  date_of_birth: ", L("DATE_OF_BIRTH", fdate(r, dob, "iso")), "\n")
    d("  nationality: ", country, "\n")
    d("  passport:\n    number: ", L(PP_TYPE(country), passport(r, country)), "\n    issued: ",
      fdate(r, rdate(r, 2018, 2024), "iso"), "\n    expires: ", fdate(r, rdate(r, 2028, 2034), "iso"), "\n")
    d("  visa:\n    country: ", r.choice(["Kenya", "South Sudan", "Bangladesh", "Jordan"]), "\n    type: ", r.choice(["work permit class G", "multiple-entry", "NGO project visa"]),
      "\n    ref: ", "%s/%d/%05d" % (r.choice(["WP", "MOI", "NGOAB"]), r.randint(2023, 2025), r.randint(1, 99999)), "\n")
    d("  home_address: |\n")
    cc = ORIGIN_CC[origin] if ORIGIN_CC[origin] in ("KE", "UG", "DE", "FR", "GB", "NO", "IT", "LB", "CA", "US", "CO") else "GB"
    a = address(r, cc)
    d("    ", L("ADDRESS", "\n    ".join(a)), "\n")
    d("  contact:\n    email: ", L("EMAIL", email_of(r, p)), "\n    mobile: \"", L("PHONE", phone(r, cc)), "\"\n")
    if origin == "germany":
        d("  tax:\n    steuer_id: \"", L("DE_TAX_ID", steuer(r)), "\"\n")
    elif origin == "france":
        d("  securite_sociale: \"", L("FR_NIR", nir(r, p, dob)), "\"\n")
    elif origin == "uk":
        d("  ni_number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)), "\n")
    elif origin == "italy":
        d("  codice_fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(r, p, dob)), "\n")
    elif origin == "canada":
        d("  sin: \"", L("CA_SIN", sin(r)), "\"\n")
    elif origin == "us":
        d("  ssn: \"", L("US_SSN", ssn(r)), "\"\n")
    d("  payroll:\n    iban: ", L("IBAN", iban(r, r.choice(["DE", "FR", "NL", "NO", "IT", "BE", "CH", "IE"]), spaced=False)), "\n")
    d("  medical_insurance:\n    plan: Cigna Global Health - NGO expatriate plan\n    member_id: ",
      L("HEALTH_PLAN_ID", member_id(r)), "\n    group_no: GRP-", str(r.randint(10000, 99999)), "\n")
    d("  duty_station: ", r.choice(["Juba", "Cox's Bazar", "Amman", "Goma", "Kakuma"]), "\n")


@tpl("warehouse_stock", "csv", 2)
def t_warehouse(r, d, i):
    emit_row(d, ["sku", "item", "batch", "expiry", "qty", "unit", "warehouse", "grant_code"])
    items = [("NFI-BLK-001", "Blanket, thermal, 1.5x2m"), ("WASH-AQT-050", "Aquatabs 67mg strip"),
             ("MED-ORS-020", "Oral rehydration salts, sachet"), ("NUT-RUTF-092", "RUTF paste 92g"),
             ("SHL-TARP-4X6", "Tarpaulin 4x6m reinforced"), ("MED-AMX-250", "Amoxicillin 250mg disp. tab (x100)"),
             ("KIT-DIG-F01", "Dignity kit, female"), ("HYG-SOAP-250", "Soap bar 250g"), ("MED-ACT-6X1", "Artemether/lumefantrine 20/120 6x1")]
    for sku, it in r.sample(items, 6):
        emit_row(d, [sku, it, "B%d%04d" % (r.randint(23, 25), r.randint(1, 9999)), fdate(r, rdate(r, 2025, 2028), "iso"),
                     str(r.randint(40, 12000)), r.choice(["pcs", "box", "carton"]),
                     r.choice(["Kakuma WH2", "Gaziantep main", "Cox's Bazar Ukhia", "Amman Marka"]), grant_code(r)])


@tpl("sync_config", "yaml", 1)
def t_config(r, d, i):
    d("# kobo -> warehouse sync service\nservice:\n  name: bene-sync\n  version: ", version_ip_like(r), "\n")
    d("  listen: 0.0.0.0:8443\n  health: http://127.0.0.1:8080/healthz\n")
    d("database:\n  host: db.internal\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}\n")
    d("hl7:\n  sending_facility_oid: ", oid(r), "\n")
    d("schedule:\n  cron: \"15 2 * * *\"\n  skip_dates: [\"2025-03-30\", \"2025-06-06\"]  # Eid al-Fitr, Eid al-Adha\n")
    d("placeholders:\n  beneficiary_name: \"<REDACTED>\"\n  phone: \"+000 000 000\"\n")


@tpl("protection_case", "json", 2)
def t_prot_json(r, d, i):
    p = person(r, r.choice(DISPLACED))
    obj = {"case_id": case_no(r), "module": "protection", "risk_level": r.choice(["high", "medium"]),
           "survivor": {"name": PER(full(p)), "sex": p["sex"], "dob": L("DATE_OF_BIRTH", fdate(r, dob_adult(r), "iso")),
                        "nationality": ORIGIN_COUNTRY[p["origin"]], "phone": L("PHONE", phone(r, r.choice(["KE", "UG", "JO", "LB", "TR", "CO"]))),
                        "safe_contact_time": "after 16:00"},
           "incident": {"date": fdate(r, visit_date(r), "iso"), "type": r.choice(["physical assault", "denial of resources", "forced marriage risk", "eviction threat"]),
                        "location": r.choice(CAMPS) + " - " + shelter(r),
                        "narrative": M("Survivor reports threats from landlord; referred to legal aid partner. Caseworker ",
                                       PER(full(person(r, r.choice(STAFF)))), " to follow up.")},
           "referrals": [{"service": "MHPSS", "accepted": True}, {"service": "legal", "accepted": r.choice([True, False])}],
           "consent": {"share_with": ["UNHCR"], "signed": True}}
    if r.random() < 0.5:
        obj["health"] = {"conditions": [L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "epilepsy", "HIV infection"]))]}
    emit_json(d, obj)
    d("\n")


@tpl("donation_events", "ndjson", 2)
def t_donation_nd(r, d, i):
    for k in range(r.randint(4, 6)):
        p = person(r, r.choice(STAFF))
        ev = {"ts": "2025-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
              "event": r.choice(["donation.succeeded", "donation.succeeded", "donation.failed", "mandate.created"]),
              "donation_id": "don_%s" % "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(14)),
              "amount_minor": r.choice([1000, 2500, 5000, 10000]), "currency": r.choice(["GBP", "EUR", "NOK", "CAD"]),
              "donor": {"email": L("EMAIL", email_of(r, p)), "name": PER(full(p))},
              "card": {"brand": r.choice(["visa", "mastercard", "amex"]), "display": masked_card(r)},
              "client_ip": L("IP_ADDRESS", ip4(r)), "campaign": campaign(r)}
        if k == 1 and i == 0:
            ev["debug_raw_pan"] = L("CREDIT_CARD", card(r, spaced=False))
        emit_json(d, ev, compact=True)
        d("\n")


@tpl("fourw_matrix", "tsv", 2)
def t_fourw(r, d, i):
    emit_row(d, ["org", "cluster", "activity", "admin1", "admin2", "people_reached", "month", "funding"], sep="\t")
    orgs = ["Crossroads Relief Alliance", "Aga Khan Foundation", "Carter Center", "Rockefeller Foundation grantee", "Local NGO Al-Amal",
            "Ronald McDonald House Charities", "Danish Refugee Council", "Hope for Juba"]
    for _ in range(r.randint(5, 8)):
        emit_row(d, [r.choice(orgs), r.choice(CLUSTERS), r.choice(["water trucking", "MPCA", "GBV case mgmt", "OTP", "shelter repair", "measles campaign"]),
                     r.choice(["Upper Nile", "Idlib", "Cox's Bazar", "North Kivu", "Turkana", "Mafraq", "La Guajira"]),
                     r.choice(["Malakal", "Harim", "Ukhia", "Nyiragongo", "Kakuma", "Zaatari", "Maicao"]),
                     str(r.randint(120, 48000)), "2025-%02d" % r.randint(1, 12), grant_code(r)], sep="\t")


@tpl("uk_office_staff", "csv", 2)
def t_uk_staff(r, d, i):
    sep = "," if i == 0 else ";"
    emit_row(d, ["employee_no", "surname", "forenames", "dob", "ni_number", "nhs_number", "sort_code", "account_no", "email"], sep=sep)
    for _ in range(r.randint(3, 5)):
        p = person(r, r.choice(["uk", "uk", "syria", "somalia", "bangladesh", "kenya", "ukraine"]))
        sc, acc = uk_bank(r)
        emit_row(d, ["E%05d" % r.randint(1, 99999), PER(p["family"]), PER(p["given"]),
                     L("DATE_OF_BIRTH", fdate(r, dob_adult(r), "dmy/")), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, r.random() < 0.5)),
                     L("UK_NHS_NUMBER", nhs(r, r.random() < 0.5)) if r.random() < 0.6 else "", sc, L("UK_BANK_ACCOUNT", acc),
                     L("EMAIL", staff_email(p))], sep=sep)


@tpl("distribution_plan", "json", 1)
def t_distplan(r, d, i):
    emit_json(d, {"plan_id": dist_no(r), "site": r.choice(CAMPS), "modality": "in-kind + e-voucher",
                  "rounds": [{"round": k + 1, "date": fdate(r, rdate(r, 2025, 2025), "iso"), "households": r.randint(800, 6000),
                              "ration": {"sorghum_kg": 15, "pulses_kg": 3, "oil_l": 1.5}} for k in range(3)],
                  "contact_mailbox": None, "version": version_ip_like(r), "grant": grant_code(r),
                  "notes": "Round 2 moved because of Eid al-Adha. Crowd-control plan agreed with the camp management (CCCM)."})
    d("\n")


@tpl("us_case_export", "json", 2)
def t_us_case(r, d, i):
    state = r.choice(list(DL_STATES))
    p = person(r, r.choice(["afghan", "drc", "ukraine", "syria", "haiti", "central_am"]))
    older = person(r, p["origin"])
    obj = {"caseId": "%s%07d" % (r.choice(["AF", "CD", "UA", "SY", "HT"]), r.randint(1, 9999999)), "state": state,
           "principal": {"firstName": PER(p["given"]), "lastName": PER(p["family"]),
                         "dateOfBirth": L("DATE_OF_BIRTH", fdate(r, dob_adult(r), "iso")), "ssn": L("US_SSN", ssn(r)),
                         "driverLicense": {"state": DL_STATES[state][0], "number": L("DRIVER_LICENSE", DL_STATES[state][1](r))},
                         "email": L("EMAIL", email_of(r, p)), "phone": L("PHONE", phone(r, "US"))},
           "coverage": {"program": r.choice(["Medicaid", "Refugee Medical Assistance"]), "memberId": L("HEALTH_PLAN_ID", member_id(r)),
                        "groupNumber": "G%06d" % r.randint(1, 999999)},
           "householdMembers": [{"name": PER(full(older)), "relationship": "parent",
                                 "medicare": {"mbi": L("US_MBI", mbi(r, False))}}],
           "address": {"line1": L("ADDRESS", address(r, "US")[0]), "cityStateZip": US_CITY[state]},
           "servicesLog": ["airport pickup", "cultural orientation", "SSN application"]}
    emit_json(d, obj, indent=4)
    d("\n")


@tpl("brazil_interiorization", "csv", 1)
def t_brazil(r, d, i):
    emit_row(d, ["nome", "data_nascimento", "cpf", "abrigo_origem", "cidade_destino", "telefone"], sep=";")
    for _ in range(5):
        p = person(r, "venezuela")
        emit_row(d, [PER(full(p)), L("DATE_OF_BIRTH", fdate(r, dob_adult(r), "dmy/")),
                     L("BR_CPF", cpf(r)) if r.random() < 0.8 else bad_cpf(r),
                     r.choice(["Rondon 1", "Pricumã", "Nova Canaã", "Jardim Floresta"]), r.choice(["Curitiba/PR", "Manaus/AM", "São Paulo/SP", "Chapecó/SC"]),
                     L("PHONE", "+55 95 9%s-%s" % (dg(r, 4), dg(r, 4)))], sep=";")


@tpl("apac_payroll", "json", 1)
def t_apac(r, d, i):
    rows = []
    for k in range(3):
        p = person(r, r.choice(["bangladesh", "myanmar_staff"]))
        rows.append({"name": PER(full(p)), "office": "Singapore regional hub", "nric_fin": L("SG_NRIC", nric(r, r.choice("SF")))})
    for k in range(2):
        p = person(r, "bangladesh")
        rows.append({"name": PER(full(p)), "office": "Kolkata liaison", "aadhaar": L("IN_AADHAAR", aadhaar(r))})
    rows.append({"name": PER(full(person(r, "bangladesh"))), "office": "Kolkata liaison", "aadhaar": bad_aadhaar(r),
                 "kyc_status": "rejected - checksum"})
    emit_json(d, {"payroll_month": "2025-%02d" % r.randint(1, 12), "entity": "CRA Asia-Pacific Ltd", "staff": rows})
    d("\n")


# ============================== LOGS ==========================================================
import datetime as _dt


def _tick(r):
    """Per-document monotonic clock (stored on the document's own Random instance)."""
    if not hasattr(r, "_clk"):
        r._clk = _dt.datetime(2025, r.randint(1, 12), r.randint(1, 28), r.randint(0, 20), r.randint(0, 59), r.randint(0, 59))
    r._clk += _dt.timedelta(seconds=r.randint(1, 900), milliseconds=r.randint(0, 999))
    return r._clk


def ts_iso(r):
    t = _tick(r)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_clf(r):
    return _tick(r).strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_syslog(r):
    return _tick(r).strftime("%b %d %H:%M:%S")


def ua(r):
    return r.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % version_ip_like(r),
                     "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Mobile Safari/537.36" % version_ip_like(r),
                     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148",
                     "UptimeRobot/2.0", "python-requests/2.31.0"])


@tpl("donation_site_access", "log", 2)
def t_access(r, d, i):
    for k in range(r.randint(6, 9)):
        kind = r.random()
        if kind < 0.12:
            ip = "127.0.0.1"
            lab = False
        else:
            ip = ip6(r) if kind < 0.25 else ip4(r)
            lab = True
        d(L("IP_ADDRESS", ip) if lab else ip, " - - [", ts_clf(r), "] \"")
        path = r.random()
        if not lab:
            d("GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n")
            continue
        if path < 0.2:
            p = person(r, r.choice(STAFF))
            d("GET /donate/thank-you?ref=", donor_id(r), "&email=", L("EMAIL", email_of(r, p)), " HTTP/2.0\" 200 ", str(r.randint(900, 9000)))
        elif path < 0.5:
            d("POST /api/v2/donations HTTP/2.0\" ", r.choice(["201", "201", "402", "429"]), " ", str(r.randint(40, 900)))
        elif path < 0.7:
            d("GET /appeals/", r.choice(["sudan-emergency", "gaza", "winter-ukraine", "rohingya-monsoon"]), "?utm_campaign=", campaign(r), " HTTP/2.0\" 200 ",
              str(r.randint(9000, 90000)))
        else:
            d("GET /static/js/app.", "%x" % r.getrandbits(32), ".js?v=", version_ip_like(r), " HTTP/2.0\" 200 ", str(r.randint(9000, 900000)))
        d(" \"https://www.", ORG_DOM, "/\" \"", ua(r), "\"\n")


@tpl("payment_gateway", "log", 3)
def t_gateway(r, d, i):
    for k in range(r.randint(6, 8)):
        p = person(r, r.choice(STAFF))
        d(ts_iso(r), " ", r.choice(["INFO ", "INFO ", "WARN ", "ERROR"]), " gw=payproc ")
        kind = k % 4
        if kind == 0:
            d("evt=charge.succeeded id=ch_", "%x" % r.getrandbits(40), " amount=", str(r.choice([1000, 2500, 5000])), " pan=", masked_card(r).replace(" ", ""),
              " donor=", L("EMAIL", email_of(r, p)), "\n")
        elif kind == 1:
            d("evt=sepa.mandate.created mandate=MD", dg(r, 8), " debtor=\"", PER(full(p)), "\" iban=",
              L("IBAN", iban(r, r.choice(["DE", "NL", "FR", "BE", "NO", "IE"]), spaced=False)), "\n")
        elif kind == 2:
            d("evt=charge.failed reason=luhn_check card_candidate=", bad_luhn(r), " order=ORD-", dg(r, 9), " ip=", L("IP_ADDRESS", ip4(r)), "\n")
        else:
            d("evt=refund.created id=re_", "%x" % r.getrandbits(40), " iban_display=", masked_iban(r).replace(" ", ""), " tracking=", tracking(r), "\n")
    if i == 1:
        d(ts_iso(r), " ERROR gw=payproc evt=parse_error payload={\"number\":\"", L("CREDIT_CARD", card(r, spaced=False)),
          "\",\"exp\":\"0", str(r.randint(1, 9)), "/2", str(r.randint(6, 9)), "\"} (raw body logged - INC to security)\n")


@tpl("casemgmt_auth", "log", 3)
def t_auth(r, d, i):
    for k in range(r.randint(6, 9)):
        p = person(r, r.choice(STAFF))
        res = r.choice(["success", "success", "success", "bad_password", "mfa_timeout", "locked"])
        d(ts_iso(r), " auth[", str(r.randint(1000, 9999)), "]: login user=", L("EMAIL", staff_email(p)),
          " src=", L("IP_ADDRESS", ip4(r) if r.random() < 0.8 else ip6(r)), " result=", res,
          " mfa=", r.choice(["totp", "sms", "none"]), " client=casebook-web/", version_ip_like(r), "\n")
    d(ts_iso(r), " auth[1]: service account svc-sync from 127.0.0.1 result=success\n")


@tpl("sms_gateway", "log", 2)
def t_sms(r, d, i):
    cc = ["KE", "UG", "BD"][i % 3]
    origins = {"KE": ["s_sudan", "somalia", "drc"], "UG": ["s_sudan", "drc"], "BD": ["rohingya"]}[cc]
    for k in range(r.randint(5, 7)):
        p = person(r, r.choice(origins))
        d(ts_iso(r), " smsgw route=", r.choice(["AfricasTalking", "Infobip", "local-SMPP"]), " to=", L("PHONE", e164(r, cc)),
          " template=", r.choice(["DIST_REMINDER", "CASH_ALERT", "VACC_DUE", "CLINIC_APPT"]), " status=", r.choice(["DELIVRD", "DELIVRD", "UNDELIV", "EXPIRED"]))
        if r.random() < 0.5:
            d(" body=\"Dear ", PER(p["given"]), ", your ", r.choice(["cash transfer", "food distribution"]), " for ", hh_id(r), " is on ",
              fdate(r, visit_date(r), "dmy/"), ".\"")
        d(" seg=1 cost=0.0", str(r.randint(10, 99)), "\n")
    d(ts_iso(r), " smsgw batch ", dist_no(r), " done: sent=", str(r.randint(900, 9000)), " failed=", str(r.randint(1, 90)), "\n")


@tpl("tablet_sync", "log", 3)
def t_sync(r, d, i):
    for k in range(r.randint(7, 10)):
        d(ts_iso(r), " ", r.choice(["INFO", "DEBUG", "WARN"]), " [sync-worker-", str(r.randint(1, 8)), "] ")
        d(r.choice([
            "device=TAB-%s-%03d app=collect/%s uploaded %d submissions (%d attachments)" % (r.choice(["KAK", "CXB", "AZR"]), r.randint(1, 300), version_ip_like(r), r.randint(1, 80), r.randint(0, 30)),
            "form registration_v%d schema hash %s OK" % (r.randint(2, 9), "%x" % r.getrandbits(64)),
            "retrying upload, HTTP 504 from gateway; backoff %ds" % r.randint(2, 120),
            "household %s already exists - merged (dedup score 0.9%d)" % (hh_id(r), r.randint(1, 9)),
            "distribution %s closed: %d/%d households served" % (dist_no(r), r.randint(500, 3000), r.randint(3000, 4000)),
            "oid %s registered for facility code MHU-%d" % (oid(r), r.randint(1, 9)),
            "clock skew %dms vs ntp 0.pool.ntp.org" % r.randint(5, 900),
            "epoch=%d checkpoint written" % r.randint(1700000000, 1760000000),
            "tracking %s for cold-chain shipment ETA 48h" % tracking(r),
            "listening on 0.0.0.0:8080, metrics on 127.0.0.1:9100",
        ]), "\n")


@tpl("etl_dedup", "log", 2)
def t_etl(r, d, i):
    d(ts_iso(r), " INFO etl.run id=", "%x" % r.getrandbits(48), " source=kobo target=casebook\n")
    for k in range(r.randint(3, 5)):
        p = person(r, r.choice(DISPLACED))
        d(ts_iso(r), " WARN etl.dedup possible duplicate: name=\"", PER(full(p)), "\" dob=", L("DATE_OF_BIRTH", fdate(r, dob_adult(r), "iso")),
          " hh=", hh_id(r), " vs hh=", hh_id(r), " score=0.", str(r.randint(80, 99)), "\n")
    d(ts_iso(r), " ERROR etl.validate field phone invalid for record ", str(r.randint(10000, 99999)), ": value=\"", masked_phone(r), "\" (masked upstream)\n")
    d(ts_iso(r), " INFO etl.run finished rows=", str(r.randint(1000, 50000)), " rejected=", str(r.randint(0, 60)), "\n")


@tpl("firewall", "log", 2)
def t_fw(r, d, i):
    for k in range(r.randint(6, 8)):
        d(ts_syslog(r), " fw-", ["juba", "cxb", "amman"][i % 3], " kernel: ")
        v6 = r.random() < 0.25
        src = ip6(r) if v6 else ip4(r, r.choice(["pub", "doc1", "doc2", "doc3"]))
        dst = ip6(r) if v6 else ip4(r, r.choice(["p10", "p172", "p192"]))
        d(r.choice(["DROP", "ACCEPT", "REJECT"]), " IN=eth0 OUT= SRC=", L("IP_ADDRESS", src), " DST=", L("IP_ADDRESS", dst),
          " PROTO=", r.choice(["TCP", "UDP"]), " SPT=", str(r.randint(1024, 65535)), " DPT=", r.choice(["22", "443", "3389", "5432"]), "\n")
    d(ts_syslog(r), " fw-", ["juba", "cxb", "amman"][i % 3], " kernel: ruleset v", version_ip_like(r), " loaded, ", str(r.randint(40, 300)), " rules\n")


@tpl("emr_audit", "log", 2)
def t_emr_audit(r, d, i):
    for k in range(r.randint(4, 6)):
        u = person(r, r.choice(STAFF))
        p = person(r, r.choice(DISPLACED))
        d(ts_iso(r), " AUDIT emr action=", r.choice(["VIEW", "VIEW", "EDIT", "PRINT", "EXPORT"]), " user=", L("EMAIL", staff_email(u)),
          " patient_mrn=", L("MEDICAL_RECORD_NUMBER", mrn(r)))
        if r.random() < 0.5:
            d(" patient=\"", PER(p["family"].upper() + ", " + p["given"]), "\"")
        d(" module=", r.choice(["mhpss", "ncd", "anc", "opd"]), " ws=", L("IP_ADDRESS", ip4(r, r.choice(["p10", "p192"]))), "\n")
    d(ts_iso(r), " AUDIT emr nightly export to DHIS2 (aggregates only) ok\n")


# ============================== E-MAIL / CHAT / TICKET ========================================
def mail_head(r, d, frm, to, subj, cc=None):
    d("From: ", PER(full(frm)), " <", L("EMAIL", staff_email(frm)), ">\n")
    d("To: ", PER(full(to)), " <", L("EMAIL", staff_email(to)), ">\n")
    if cc:
        d("Cc: ", L("EMAIL", cc), "\n")
    import datetime as _d
    t = _d.datetime(2025, r.choice([3, 4, 9, 10]), r.randint(1, 28), r.randint(6, 20), r.randint(0, 59), r.randint(0, 59))
    d("Date: ", t.strftime("%a, %d %b %Y %H:%M:%S"), " ", r.choice(["+0300", "+0000", "+0200", "+0600"]), "\n")
    d("Subject: ", subj, "\n\n")


@tpl("field_report_email", "email", 2)
def t_field_email(r, d, i):
    frm = person(r, r.choice(["kenya", "uganda", "ethiopia", "bangladesh", "lebanon"]))
    to = person(r, r.choice(["uk", "norway", "germany", "france"]))
    b = person(r, r.choice(DISPLACED))
    mail_head(r, d, frm, to, "Re: urgent referral - " + case_no(r), cc="protection." + r.choice(["kakuma", "cxb", "bekaa"]) + "@" + ORG_DOM)
    d("Hi ", PER(to["given"]), ",\n\n")
    d("Following the home visit today at ", shelter(r), ": ", PER(full(b)), " (", b["sex"], ", DOB ",
      DOB(r, dob_adult(r), "dmy/"), ") has not collected the last two cash rounds. ")
    if r.random() < 0.6:
        dx = r.choice(["epilepsy", "sickle cell disease", "type 2 diabetes mellitus", "HIV infection", "chronic kidney disease"])
        d("The family says ", "she" if b["sex"] == "F" else "he", " was diagnosed with ", L("DIAGNOSIS", dx), " and ran out of ", L("MEDICATION", r.choice(DX_MED.get(dx, ["paracetamol"]))),
          " three weeks ago.\n")
    else:
        d("Neighbours say the household moved to the host community after the flooding.\n")
    d("Best number for the family: ", L("PHONE", phone(r, ORIGIN_CC[b["origin"]] if r.random() < 0.5 else "KE")), ".\n")
    d("Camp-wide, 41 households in the block missed the round (aggregate only, see dashboard).\n\n")
    d("Thanks,\n", PER(frm["given"]), "\n\n")
    d("On ", fdate(r, visit_date(r), "d Mon y"), ", ", PER(full(to)), " wrote:\n")
    d("> Can you check on household ", hh_id(r), "? The distribution list ", dist_no(r), " shows them absent.\n")
    d("> Cluster: ", r.choice(CLUSTERS), "\n")


@tpl("hr_visa_email", "email", 2)
def t_hr_email(r, d, i):
    hr = person(r, r.choice(["uk", "kenya", "jordan"]))
    mgr = person(r, r.choice(STAFF))
    st = person(r, r.choice(["germany", "france", "canada", "us", "italy", "norway", "colombia", "uganda"]))
    country = ORIGIN_COUNTRY[st["origin"]]
    mail_head(r, d, hr, mgr, "Visa application - new " + r.choice(["WASH Coordinator", "Country Director", "Finance Manager"]))
    d("Dear ", PER(mgr["given"]), ",\n\nTo lodge the work permit for ", PER(full(st)), " I need you to confirm the details below by Friday:\n\n")
    d("  Passport (", country, "): ", L(PP_TYPE(country), passport(r, country)), "\n")
    d("  Date of birth: ", DOB(r, dob_adult(r), "d Month y"), "\n")
    d("  Arrival flight: ", r.choice(["KQ 101", "TK 607", "ET 308", "QR 1342"]), " on ", fdate(r, visit_date(r), "d Month y"), "\n")
    if i == 1:
        d("  Personal mobile: ", L("PHONE", phone(r, ORIGIN_CC[st["origin"]])), "\n")
    d("\nPlease do not forward the passport scan on WhatsApp. The ministry portal is down until after Madaraka Day.\n\n")
    d("Kind regards,\n", PER(full(hr)), "\nHR Business Partner\n", ORG, "\n")


@tpl("donor_email", "email", 2)
def t_donor_email(r, d, i):
    dn = person(r, r.choice(["uk", "norway", "canada", "lebanon", "italy"]))
    d("From: ", PER(full(dn)), " <", L("EMAIL", email_of(r, dn)), ">\nTo: supporter care <", L("EMAIL", "supportercare@" + ORG_DOM), ">\n")
    d("Subject: change of address + Gift Aid\n\n")
    d("Hello,\n\nI have moved. My new address is:\n")
    cc = {"uk": "GB", "norway": "NO", "canada": "CA", "lebanon": "GB", "italy": "GB"}[dn["origin"]]
    d(L("ADDRESS", "\n".join(address(r, cc))), "\n\n")
    d("My supporter number is ", donor_id(r), ". Please keep my monthly gift going, the card ", masked_card(r), " is still valid.\n")
    d("I can be reached on ", L("PHONE", phone(r, cc)), ".\n\nMany thanks,\n", PER(dn["given"]), "\n\n")
    d("-- \nSent via my employer's matched-giving scheme (Ford Foundation employee programme)\n")


@tpl("whatsapp_field", "chat", 3)
def t_whatsapp(r, d, i):
    a = person(r, r.choice(["kenya", "uganda", "bangladesh", "colombia", "lebanon"]))
    b = person(r, r.choice(["kenya", "uganda", "bangladesh", "colombia", "lebanon"]))
    ben = person(r, r.choice(DISPLACED), "F")
    num_speaker = L("PHONE", phone(r, ORIGIN_CC[b["origin"]]))
    day = "%02d/%02d/2025" % (r.randint(1, 28), r.randint(1, 12))
    clock = [r.randint(6 * 3600, 12 * 3600)]

    def line(spk, *msg):
        clock[0] += r.randint(20, 1500)
        c = clock[0]
        d("[", day, ", %02d:%02d:%02d] " % (c // 3600, c // 60 % 60, c % 60), spk, ": ", *msg)
        d("\n")
    line(PER(a["given"]), "team, distribution ", dist_no(r), " starts 8am at the ", r.choice(["Bamba Chakula", "WFP", "food"]), " point")
    line(num_speaker, "ok. also ", PER(full(ben)), " from ", shelter(r).split(",")[0], " came to the desk, her wallet is blocked")
    line(PER(a["given"]), "send me her number")
    line(num_speaker, L("PHONE", phone(r, ORIGIN_CC[ben["origin"]] if r.random() < 0.5 else "KE")), " registered under her husband ",
         PER(person(r, ben["origin"], "M")["given"]))
    if i == 0:
        line(PER(a["given"]), "also her son has ", L("DIAGNOSIS", r.choice(["measles", "cholera", "acute watery diarrhoea"])), " - MSF confirmed. pls refer to the clinic")
    elif i == 1:
        line(PER(a["given"]), "cholera is all over the news this week but we have 0 confirmed cases in our blocks, don't panic people")
    else:
        line(PER(a["given"]), "ok. reminder: no photos of ration cards in this group")
    line(num_speaker, "<Media omitted>")
    line(PER(a["given"]), "\U0001f44d")


@tpl("clinic_referral_chat", "chat", 2)
def t_clinic_chat(r, d, i):
    n1 = person(r, r.choice(STAFF))
    n2 = person(r, r.choice(STAFF))
    pt = person(r, r.choice(DISPLACED))
    dx, med = _dx_pair(r)
    d(PER(n1["given"]), " (MHU-", str(r.randint(1, 6)), ") 09:12\n  referring ", PER(full(pt)), ", MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d(PER(n2["given"]), " (hospital) 09:14\n  reason?\n")
    d(PER(n1["given"]), " (MHU) 09:15\n  known ", L("DIAGNOSIS", dx), ", not responding to ", L("MEDICATION", med), ". DOB ", DOB(r, dob_adult(r), "dmy/"), "\n")
    d(PER(n2["given"]), " (hospital) 09:17\n  ok send. bed ", str(r.randint(1, 40)), " free. ambulance via ", r.choice(["Haile Selassie Avenue", "Sheikh Zayed Road", "Abdulla Al-Salem Street", "John Garang Road"]), " or the bypass?\n")
    d(PER(n1["given"]), " (MHU) 09:18\n  bypass. the road near ", r.choice(["Kenyatta National Hospital", "Rafik Hariri University Hospital", "Prince Hamzah Hospital"]),
      " is blocked\n")


@tpl("it_ticket", "ticket", 2)
def t_it_ticket(r, d, i):
    d("Ticket #", str(r.randint(40000, 99999)), " | Priority: ", r.choice(["P3", "P2"]), " | Queue: IT Field Support\n")
    d("Requester: ", r.choice(["Kakuma IT focal point", "Amman office admin", "Cox's Bazar data unit"]), "\n")
    d("Subject: ", r.choice(["VPN drops every 10 min", "Kobo tablets won't sync", "printer in logistics offline"]), "\n\n")
    d("Description:\n")
    d("Since the update to FortiClient ", version_ip_like(r), " the tunnel drops. Gateway config shows listen on 0.0.0.0 and health on 127.0.0.1.\n")
    d("Affected devices: TAB-KAK-0", str(r.randint(10, 99)), " to TAB-KAK-0", str(r.randint(10, 99)), ". Build ", "%x" % r.getrandbits(28), ".\n")
    d("OID in cert chain: ", oid(r), ". No user data involved.\n\n")
    d("Status: In progress  |  SLA: 8h  |  Related: INC", dg(r, 7), "\n")


@tpl("protection_referral_ticket", "ticket", 2)
def t_prot_ticket(r, d, i):
    s = person(r, r.choice(DISPLACED), "F")
    d("[PROT-", str(r.randint(1000, 9999)), "] Safe referral request - ", r.choice(["GBV", "child protection", "eviction"]), "\n")
    d("status: open   assignee: ", L("EMAIL", staff_email(person(r, r.choice(STAFF)))), "   created: ", fdate(r, visit_date(r), "iso"), "\n")
    d("-" * 50, "\n")
    d("client: ", PER(full(s)), "\n")
    d("dob (approx): ", DOB(r, dob_adult(r), "iso"), "\n")
    d("safe phone: ", L("PHONE", phone(r, r.choice(["JO", "LB", "TR", "GR", "CO", "UG"]))), " (only call between 10-12)\n")
    d("lives at: ")
    cc = r.choice(["JO", "TR", "GR", "CO"])
    d(L("ADDRESS", addr1(address(r, cc))), "\n")
    d("notes: do NOT contact husband ", PER(person(r, s["origin"], "M")["given"]), ". case ", case_no(r), " linked.\n")
    d("comment from ", PER(person(r, r.choice(STAFF))["given"]), ": referral accepted by partner, appointment ", fdate(r, visit_date(r), "dmy/"), "\n")


@tpl("sitrep_email", "email", 2)
def t_sitrep_email(r, d, i):
    d("To: all field teams (distribution list)\nSubject: Weekly health sitrep - epi week ", str(r.randint(1, 52)), "\n\n")
    d("Colleagues,\n\nKey points this week:\n")
    d("- Cholera: ", str(r.randint(20, 400)), " suspected cases across ", r.choice(["Upper Nile", "Idlib", "Cox's Bazar", "North Kivu"]),
      ", CFR ", "%.1f" % r.uniform(0.4, 2.5), "%.\n")
    d("- Measles: outbreak declared in ", r.choice(CAMPS), "; reactive campaign targets 18,000 children 6-59 months.\n")
    d("- Malnutrition: GAM ", "%.1f" % r.uniform(8, 19), "% in the latest SMART survey.\n")
    d("- Mental health: demand for MHPSS up 30% since the shelling; PTSD and depression remain the leading reasons for consultation.\n")
    d("- Pipeline: ORS and amoxicillin stock sufficient for 6 weeks (", grant_code(r), ").\n\n")
    d("Next cluster meeting at the ", r.choice(["King Hussein Cancer Center auditorium", "Carter Center hall", "WFP compound"]), " on ",
      r.choice(["Tuesday", "Thursday"]), ".\n\nHealth Information Team\n")


@tpl("logistics_chat", "chat", 2)
def t_log_chat(r, d, i):
    spk = ["[Log Kakuma]", "[WH Gaziantep]", "[Fleet desk]", "[Procurement HQ]"]
    mins = sorted(r.sample(range(6 * 60, 20 * 60), 7))
    for k in range(r.randint(5, 7)):
        d(r.choice(spk), " ", "%02d:%02d" % (mins[k] // 60, mins[k] % 60), " ")
        d(r.choice(["truck KCX 4%02dB left, ETA 16:00" % r.randint(10, 99), "waybill WB-%06d signed" % r.randint(1, 999999),
                    "tarps short by %d, grant %s" % (r.randint(10, 900), grant_code(r)),
                    "convoy held at checkpoint near Jomo Kenyatta International Airport",
                    "RUTF lot B%d%04d quarantined (temperature)" % (r.randint(23, 25), r.randint(1, 9999)),
                    "PO %d approved" % r.randint(4500000000, 4599999999), "tracking %s" % tracking(r),
                    "no dispatch on Eid, warehouse closed", "distribution %s pushed by 1 day" % dist_no(r)]), "\n")


@tpl("donor_ticket", "ticket", 2)
def t_donor_ticket(r, d, i):
    dn = person(r, r.choice(["uk", "norway", "germany", "canada", "us", "italy"]))
    d("Zendesk #", str(r.randint(100000, 999999)), " - Supporter care\nFrom: ", PER(full(dn)), " <", L("EMAIL", email_of(r, dn)), ">\n")
    d("Tags: card_update, gift_aid\n\n")
    d("Hi, please update my monthly donation. Old card ", masked_card(r), " expired.")
    if i == 0:
        d(" New one is ", L("CREDIT_CARD", card(r)), " exp 0", str(r.randint(1, 9)), "/2", str(r.randint(7, 9)), ".\n")
    else:
        d(" I'll do it myself online.\n")
    d("\n--- Agent note (", PER(person(r, "uk")["given"]), "): ")
    if i == 0:
        d("PAN received by email - redacted in CRM, asked donor to use the secure form. Donor ", donor_id(r), ".\n")
    else:
        d("sent the self-service link. Donor ", donor_id(r), ", campaign ", campaign(r), ".\n")


@tpl("reunification_email", "email", 1)
def t_reunif(r, d, i):
    frm = person(r, "norway")
    to = person(r, "uganda")
    mother = person(r, "s_sudan", "F")
    child = person(r, "s_sudan")
    mail_head(r, d, frm, to, "RFL positive match - " + "RFL-SS-%05d" % r.randint(1, 99999))
    d("Dear ", PER(to["given"]), ",\n\nGood news: the mother, ", PER(full(mother)), ", was found in Norway through the Red Cross tracing service. ")
    d("She confirms her son ", PER(child["given"]), " was born on ", DOB(r, dob_child(r), "d Month y"), " in Malakal.\n")
    d("Her address for the file: ", L("ADDRESS", addr1(address(r, "NO"))), "; phone ", L("PHONE", phone(r, "NO")), ".\n")
    d("The boy is currently in foster care in ", r.choice(["Bidi Bidi zone 2", "Kiryandongo", "Rhino Camp"]), ". BID panel scheduled.\n\n")
    d("Regards,\n", PER(frm["given"]), "\n")


# ============================== FREE TEXT / HTML ==============================================
@tpl("sitrep", "free_text", 3)
def t_sitrep(r, d, i):
    region, camps = [("Sudan - Darfur / eastern Chad", ["Adré", "Farchana", "Metche"]),
                     ("South Sudan - Upper Nile", ["Malakal PoC", "Renk transit centre", "Bulukat"]),
                     ("Bangladesh - Cox's Bazar", ["Kutupalong", "Balukhali", "Nayapara"]),
                     ("Syria - north-west", ["Atmeh", "Sarmada", "Azaz reception centre"])][i]
    m0 = r.randint(1, 10)
    d("SITUATION REPORT #", str(r.randint(10, 90)), " - ", region, "\nReporting period: ", fdate(r, (2025, m0, r.randint(1, 14)), "d Month y"), " to ",
      fdate(r, (2025, m0 + 1, r.randint(1, 28)), "d Month y"), "\n\n")
    d("HIGHLIGHTS\n")
    c2 = r.sample(camps, 2)
    d("* ", "{:,}".format(r.randint(5000, 90000)), " new arrivals recorded at ", c2[0], " and ", c2[1], ".\n")
    d("* Cholera: ", str(r.randint(50, 2000)), " suspected cases, ", str(r.randint(1, 40)), " deaths; oral cholera vaccination round planned.\n")
    d("* Measles and diphtheria cases reported in two districts; vaccination coverage below 60%.\n")
    d("* Acute malnutrition among children under five: GAM ", "%.1f" % r.uniform(10, 25), "%, SAM ", "%.1f" % r.uniform(1, 5), "% (MUAC screening, n=",
      "{:,}".format(r.randint(2000, 30000)), ").\n")
    d("* Dengue fever and hepatitis E remain a concern where WASH coverage is lowest (", r.choice(CLUSTERS), ").\n\n")
    d("FUNDING\n", r.choice(["The Flash Appeal is ", "The HRP is "]), str(r.randint(9, 40)), "% funded. Grants ", grant_code(r), " and ", grant_code(r),
      " cover shelter and WASH until ", r.choice(["June", "December"]), ".\n")
    d("Contributions received from the ", r.choice(["Conrad N. Hilton Foundation", "Wellcome Trust", "Aga Khan Foundation", "Bill & Melinda Gates Foundation"]),
      " and ECHO.\n\n")
    d("ACCESS\nThe road past ", r.choice(["Hamid Karzai International Airport", "the John Garang Mausoleum", "Kenyatta National Hospital"]),
      " reopened; convoy ", "CVY-%04d" % r.randint(1, 9999), " delivered ", str(r.randint(20, 400)), " MT.\n")
    d("Next report after ", r.choice(["Eid al-Adha", "World Refugee Day (20 June)", "Mandela Day", "Nowruz"]), ".\n")


@tpl("protection_incident", "free_text", 3)
def t_incident(r, d, i):
    s = person(r, r.choice(DISPLACED))
    w = person(r, r.choice(STAFF))
    d("PROTECTION INCIDENT REPORT - CONFIDENTIAL\nIncident code: ", "PIR-%d-%04d" % (r.randint(2024, 2025), r.randint(1, 9999)),
      "   Sector: ", r.choice(["Child Protection AoR", "GBV AoR", "Protection Cluster"]), "\n\n")
    d("On ", fdate(r, visit_date(r), "d Month y"), " at about ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), ", ", PER(full(s)),
      ", born ", DOB(r, dob_adult(r), r.choice(["d Month y", "dmy/"])), ", reported to the desk at ", r.choice(CAMPS), " that ")
    d(r.choice(["her shelter was set on fire by unknown men.", "he was detained for two days at a checkpoint and his documents were taken.",
                "her landlord threatened eviction and confiscated her passport.", "armed men demanded money at the water point."]))
    d("\n\nThe survivor can be reached at ", L("PHONE", phone(r, r.choice(["UG", "KE", "JO", "TR", "CO", "GR"]))), ". ")
    if r.random() < 0.6:
        d("Documents lost include passport no. ", L("PASSPORT", passport(r, ORIGIN_COUNTRY[s["origin"]] if s["origin"] != "central_am" else "Honduras")), ".")
    d("\nInjuries: ", r.choice(["none visible", "bruising to left arm, treated at the MHU", "minor burns, dressed on site"]), ".\n")
    d("Perpetrator(s): unknown; a man called \"Abu ", r.choice(["Khalil", "Omar", "Jassim"]), "\" was mentioned (alias, not identified).\n")
    d("Action: referred for MHPSS and legal aid. Follow-up by ", PER(full(w)), " (", L("EMAIL", staff_email(w)), ").\n")


@tpl("tracing_narrative", "free_text", 2)
def t_trace_text(r, d, i):
    o = r.choice(["eritrea", "afghan", "ukraine", "drc", "sudan"])
    enq, sought = person(r, o), person(r, o)
    d("Family tracing file ", "RFL-%s-%05d" % (o[:2].upper(), r.randint(1, 99999)), "\n\n")
    d(PER(full(enq)), " is looking for ", r.choice(["her brother", "his daughter", "her husband", "his mother"]), ", ", PER(full(sought)),
      ", who was born on ", DOB(r, dob_adult(r), "d Month y"), " in ", r.choice(["Asmara", "Herat", "Mariupol", "Uvira", "El Geneina"]), ". ")
    d("They were separated in ", r.choice(["Libya", "the Darién Gap", "Zaporizhzhia", "Tripoli detention centre", "Ethiopia"]), " in ",
      str(r.randint(2016, 2024)), ". The sought person may use the nickname \"", r.choice(["Abi", "Kolya", "Sami", "Mimi"]), "\".\n")
    d("Last contact was a call from ", L("PHONE", phone(r, r.choice(["IT", "DE", "FR", "GR", "TR"]))), ". ")
    hc = r.choice(["DE", "NO", "FR", "IT"])
    d("The enquirer now lives at ", L("ADDRESS", addr1(address(r, hc))), " and can be reached on ", L("PHONE", phone(r, hc)), ".\n")
    d("Photo shared with consent. Published on Trace the Face: ", r.choice(["yes", "no"]), ".\n")


@tpl("case_note_multilingual", "free_text", 3)
def t_multi(r, d, i):
    if i == 0:
        p = person(r, "haiti")
        d("Note de suivi - bureau de Port-au-Prince\n")
        d("Mme ", PER(full(p)), ", née le ", DOB(r, dob_adult(r), "dmy/"), ", déplacée du quartier de Carrefour-Feuilles. ")
        d("Elle souffre de ", L("DIAGNOSIS", r.choice(["hypertension artérielle", "diabète de type 2", "drépanocytose"])), " et prend du ",
          L("MEDICATION", r.choice(["amlodipine", "metformine", "hydroxyurée"])), ". Téléphone : ", L("PHONE", phone(r, "HT")), ".\n")
        d("English summary: client displaced by gang violence; cash for rent approved (", dist_no(r), ").\n")
    elif i == 1:
        p = person(r, "venezuela")
        d("Nota de caso - Cúcuta\n")
        d("La señora ", PER(full(p)), " (fecha de nacimiento: ", DOB(r, dob_adult(r), "dmy/"), ") llegó por la trocha con tres hijos. ")
        d("Pasaporte venezolano vencido n.º ", L("PASSPORT", passport(r, "Venezuela")), ". Vive en ", L("ADDRESS", addr1(address(r, "CO"))), ".\n")
        d("Celular: ", L("PHONE", phone(r, "CO")), ". Remitida al PEP/PPT y a salud mental.\n")
        d("EN: PPT application supported; no health issues reported at intake.\n")
    else:
        p = person(r, "ukraine")
        d("Нотатка кейс-менеджера / case note (Kraków hub)\n")
        d("Клієнтка ", PER(full(p)), ", дата народження ", DOB(r, dob_adult(r), "dmy."), ", з Харкова. ")
        d("Номер закордонного паспорта ", L("PASSPORT", passport(r, "Ukraine")), ". Телефон ", L("PHONE", phone(r, "UA")), ".\n")
        dx, med = r.choice([("type 2 diabetes mellitus", "insulin glargine"), ("epilepsy", "carbamazepine"), ("asthma", "salbutamol")])
        d("EN: client has ", L("DIAGNOSIS", dx), ", needs ", L("MEDICATION", med), " refill; referred to the Polish NFZ pharmacy scheme.\n")


@tpl("html_case_profile", "html", 2)
def t_html_profile(r, d, i):
    p = person(r, r.choice(DISPLACED))
    d("<!DOCTYPE html>\n<html><head><title>Casebook - ", case_no(r), "</title></head>\n<body>\n")
    d("<h1>Beneficiary profile</h1>\n<dl>\n")
    d("  <dt>Name</dt><dd>", PER(full(p)), "</dd>\n")
    d("  <dt>Date of birth</dt><dd>", DOB(r, dob_adult(r), "d Mon y"), "</dd>\n")
    d("  <dt>Phone</dt><dd><a href=\"tel:", L("PHONE", e164(r, ORIGIN_CC[p["origin"]])), "\">call</a></dd>\n")
    cc = r.choice(["DE", "FR", "GB", "NL", "IT"])
    a = address(r, cc)
    d("  <dt>Address</dt><dd>", L("ADDRESS", "<br>".join(a)), "</dd>\n")
    d("  <dt>Household</dt><dd>", hh_id(r), " &middot; ", shelter(r) if i == 0 else "host community", "</dd>\n")
    if i == 1:
        d("  <dt>Health flags</dt><dd>", L("DIAGNOSIS", r.choice(["epilepsy", "HIV infection", "post-traumatic stress disorder"])), "</dd>\n")
    d("</dl>\n<p class=\"muted\">Last edited by ", PER(full(person(r, r.choice(STAFF)))), " &mdash; v", version_ip_like(r), "</p>\n</body></html>\n")


@tpl("html_donate_page", "html", 2)
def t_html_donate(r, d, i):
    d("<html><head><meta charset=\"utf-8\"><title>Donate - ", ORG, "</title></head><body>\n")
    d("<section class=\"hero\"><h1>", r.choice(["Winter is coming to Kharkiv", "Sudan: famine is a choice", "Rohingya camps flooded"]), "</h1>\n")
    d("<p>Your gift of &pound;25 provides a family kit. Gift Aid adds 25%.</p>\n")
    d("<form action=\"/donate\" method=\"post\"><label>Full Name</label><input name=\"full_name\" placeholder=\"Jane Doe\">\n")
    d("<label>Email Address</label><input name=\"email\" placeholder=\"your email address\">\n")
    d("<label>Card Number</label><input name=\"card\" placeholder=\"1234 5678 9012 3456\">\n")
    d("<input type=\"hidden\" name=\"campaign\" value=\"", campaign(r), "\"></form></section>\n")
    d("<footer>Registered charity 1", dg(r, 6), " &middot; build ", version_ip_like(r), " &middot; Proud partner of the Carter Center and Ronald McDonald House</footer>\n</body></html>\n")


@tpl("html_staff_directory", "html", 1)
def t_html_dir(r, d, i):
    d("<table class=\"directory\">\n<tr><th>Name</th><th>Role</th><th>Email</th><th>Mobile</th></tr>\n")
    for k in range(4):
        p = person(r, r.choice(STAFF))
        d("<tr><td>", PER(full(p)), "</td><td>", r.choice(["Country Director", "Head of Programmes", "Security Focal Point", "Data Protection Officer"]),
          "</td><td><a href=\"mailto:", L("EMAIL", staff_email(p)), "\">email</a></td><td>", L("PHONE", phone(r, r.choice(["KE", "UG", "JO", "BD"]))), "</td></tr>\n")
    d("<tr><td>Security hotline</td><td>24/7</td><td><a href=\"mailto:", L("EMAIL", "security@" + ORG_DOM), "\">security</a></td><td>",
      L("PHONE", phone(r, "KE")), "</td></tr>\n</table>\n")


@tpl("research_text", "free_text", 2)
def t_research(r, d, i):
    if i == 0:
        d("Literature note - mental health of forcibly displaced people\n\n")
        d("Meta-analyses report a pooled prevalence of post-traumatic stress disorder of around 31% and of depression of around 30% among refugees ",
          "and asylum seekers. Problem Management Plus (PM+) reduced symptoms of anxiety in trials in Jordan and Türkiye. Sertraline and fluoxetine ",
          "are the SSRIs on the WHO Model List. Note that 'Parkinson's law' of paperwork is not a diagnosis, and 'a depression in funding' refers to ",
          "the Great Depression-style collapse of the 2025 pipeline, not to any person.\n")
    else:
        d("Background: Cutaneous leishmaniasis (the 'Aleppo boil') re-emerged after 2012. Chagas disease, Kaposi sarcoma and Burkitt lymphoma ",
          "are eponymous conditions sometimes cited in migrant health curricula. Diphtheria returned to the Rohingya camps in 2017, and cholera ",
          "vaccination campaigns reached 900,000 people. Metformin and amlodipine availability is a tracer indicator for NCD care in crises.\n")
        d("Reference study protocol ", "PROT-%d-%03d" % (r.randint(2020, 2025), r.randint(1, 999)), "; ethics approval ", "ERB/%d/%d" % (r.randint(2023, 2025), r.randint(10, 99)), ".\n")


@tpl("grant_report", "free_text", 2)
def t_grant(r, d, i):
    d("INTERIM NARRATIVE REPORT\nGrant: ", grant_code(r), "   Period: Q", str(r.randint(1, 4)), " 2025\n\n")
    d("1. Achievements\nThe project reached ", "{:,}".format(r.randint(10000, 200000)), " people (", str(r.randint(48, 60)),
      "% women and girls) through ", r.choice(CLUSTERS), " activities. ", str(r.randint(200, 5000)), " households received MPCA via mobile money.\n")
    d("2. Challenges\nAccess was restricted around ", r.choice(["Martin Luther King Jr. Day", "Eid al-Fitr", "St. Patrick's Day"]),
      " due to office closures of the donor; the Wells Fargo correspondent account delayed transfers by 9 days.\n")
    d("3. Partners\n", r.choice(["The Aga Khan Foundation", "The Rockefeller Foundation", "The Wellcome Trust"]), " co-funded the cash pilot; ",
      "the Johnson & Johnson Foundation donated kits.\n")
    d("4. Safeguarding\n", str(r.randint(0, 4)), " allegations received, all referred. No personal data is included in this report in line with the data-sharing agreement.\n")


@tpl("press_release", "html", 2)
def t_press(r, d, i):
    sp = person(r, r.choice(STAFF))
    d("<article>\n<h2>", r.choice(["Aid workers warn of cholera surge as rains hit camps", "Cash lifeline for 40,000 families in Lebanon"]), "</h2>\n")
    d("<p><strong>", r.choice(["Nairobi", "Amman", "Geneva", "Oslo"]), ", ", fdate(r, visit_date(r), "d Month y"), "</strong> &ndash; ")
    d("\"We are seeing children arrive exhausted and malnourished,\" said ", PER(full(sp)), ", ", ORG, "'s ", r.choice(["Regional Director", "Head of Emergencies"]), ".</p>\n")
    d("<p>The organisation has treated ", "{:,}".format(r.randint(2000, 30000)), " people for malaria and acute watery diarrhoea since January.</p>\n")
    d("<p>Media contact: ", PER(full(person(r, r.choice(STAFF)))), ", <a href=\"mailto:", L("EMAIL", "press@" + ORG_DOM), "\">press office</a>, ",
      L("PHONE", phone(r, r.choice(["GB", "NO", "KE"]))), "</p>\n</article>\n")


@tpl("asylum_interview", "free_text", 2)
def t_asylum(r, d, i):
    p = person(r, r.choice(["syria", "afghan", "eritrea", "iraq", "yemen"]))
    country = ORIGIN_COUNTRY[p["origin"]]
    office, lab, lcc = r.choice([("BAMF Berlin", "Reisepass-Nr.", "DE"), ("OFPRA", "N° de passeport", "FR"), ("UDI Oslo", "Passnummer", "NO"),
                                 ("Home Office Croydon", "Passport No.", "GB")])
    if p["origin"] in ("syria", "iraq", "yemen") and r.random() < 0.5:
        lab = "رقم جواز السفر"
    d("Legal aid clinic - preparation notes for the asylum interview (", office, ")\n\n")
    d("Applicant: ", PER(full(p)), ". Stated date of birth ", DOB(r, dob_adult(r, ), r.choice(["dmy/", "d Month y"])), " (documents show 01/01 of the same year).\n")
    d("Identity documents: national passport, ", lab, ": ", L("PASSPORT", passport(r, country)), "; family booklet (copy).\n")
    d("Route: ", r.choice(["Türkiye - Greece - Balkans", "Sudan - Libya - Italy", "Iran - Türkiye", "Ethiopia - Sudan - Egypt"]), ".\n")
    d("The applicant was treated for ", L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "tuberculosis", "epilepsy"])),
      " in the reception centre and still takes ", L("MEDICATION", r.choice(["sertraline", "isoniazid", "carbamazepine"])), ".\n")
    lo = {"DE": "germany", "FR": "france", "NO": "norway", "GB": "uk"}[lcc]
    d("Contact via lawyer ", PER(full(person(r, lo))), ", phone ", L("PHONE", phone(r, lcc)), ".\n")


@tpl("support_letter", "free_text", 2)
def t_letter(r, d, i):
    doc = person(r, r.choice(STAFF))
    p = person(r, r.choice(DISPLACED))
    dx, med = _dx_pair(r, ["post-traumatic stress disorder", "epilepsy", "HIV infection", "type 2 diabetes mellitus", "sickle cell disease"])
    d(ORG, " - Medical Programme\n", r.choice(["Kakuma", "Amman", "Athens"]), ", ", fdate(r, visit_date(r), "d Month y"), "\n\n")
    d("TO WHOM IT MAY CONCERN\n\n")
    d("This is to certify that ", PER(full(p)), " (date of birth ", DOB(r, dob_adult(r), "dmy/"), ", MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)),
      ") has been under our care since ", str(r.randint(2019, 2024)), " for ", L("DIAGNOSIS", dx), ". ")
    d("She" if p["sex"] == "F" else "He", " requires uninterrupted access to ", L("MEDICATION", med), " and should not be relocated to a site without a functioning clinic.\n\n")
    d("Yours faithfully,\n\nDr ", PER(full(doc)), "\nMedical Coordinator\n", L("EMAIL", staff_email(doc)), "\n")


@tpl("meeting_notes", "free_text", 2)
def t_meeting(r, d, i):
    if i == 0:
        d("## Shelter/NFI cluster meeting - minutes\n\n| Agenda item | Lead | Decision |\n|---|---|---|\n")
        d("| Winterisation kits | Shelter Cluster | 12,000 kits, pipeline via ", grant_code(r), " |\n")
        d("| Site planning ", r.choice(CAMPS), " | CCCM | new block H, tents 4001-4600 |\n")
        d("| Cash top-up | Cash WG | transfer value unchanged, next cycle ", dist_no(r), " |\n")
        d("\nAOB: Office closed for Independence Day and Mandela Day. Placeholder for chair: [NAME]. Action log v", version_ip_like(r), ".\n")
    else:
        a, b, c = person(r, r.choice(STAFF)), person(r, r.choice(STAFF)), person(r, r.choice(STAFF))
        d("## Country management team - ", fdate(r, visit_date(r), "iso"), "\n\nPresent: ", PER(full(a)), ", ", PER(full(b)), ", ", PER(full(c)), "\n\n")
        d("- ", PER(a["given"]), " to brief the donor on the audit findings for ", grant_code(r), ".\n")
        d("- ", PER(b["family"]), " is on sick leave until the 14th (no details recorded).\n")
        d("- Security: curfew from 19:00; call tree to be tested, contact ", PER(c["given"]), " on ", L("PHONE", phone(r, r.choice(["SS", "SD", "ET", "SO"]))), ".\n")


@tpl("html_dashboard", "html", 1)
def t_html_dash(r, d, i):
    d("<div class=\"kpi-grid\">\n")
    for k, lbl in enumerate(["Households registered", "Cash disbursed (USD)", "OPD consultations", "SAM admissions", "Cholera cases (suspected)"]):
        d("  <div class=\"kpi\"><span class=\"label\">", lbl, "</span><span class=\"value\">", "{:,}".format(r.randint(100, 900000)), "</span></div>\n")
    d("  <p>Data as of ", fdate(r, visit_date(r), "iso"), ". Source: DHIS2 instance ", version_ip_like(r), ", OID ", oid(r), ".</p>\n</div>\n")


@tpl("health_handout", "free_text", 1)
def t_handout(r, d, i):
    d("HEALTH MESSAGE - cholera prevention (for community health workers)\n\n")
    d("Cholera spreads through dirty water and food. Wash hands with soap after the latrine. If someone has watery diarrhoea, give ORS ",
      "immediately and bring them to the ORP. Zinc tablets help children recover. Doxycycline is given by clinic staff only.\n")
    d("Also remind families: the measles vaccination campaign starts after Eid. Malaria nets are distributed at ", r.choice(CAMPS), ".\n")


# ============================== EXTRA COVERAGE (ids, licences, passports) + more negatives ====
@tpl("surge_roster", "csv", 2)
def t_surge(r, d, i):
    emit_row(d, ["deployee", "nationality", "date_of_birth", "passport_no", "passport_expiry", "deployment", "rnr_due"])
    pool = ["us", "canada", "uk", "germany", "france", "norway", "kenya", "uganda", "italy", "lebanon", "turkey", "greece", "bangladesh", "jordan"]
    chosen = ["us"] + r.sample([o for o in pool if o != "us"], 4)
    r.shuffle(chosen)
    for o in chosen:
        p = person(r, o)
        c = ORIGIN_COUNTRY[o]
        emit_row(d, [PER(name_variant(r, p)), c, L("DATE_OF_BIRTH", fdate(r, dob_adult(r), "iso")), L(PP_TYPE(c), passport(r, c)),
                     fdate(r, rdate(r, 2026, 2034), "iso"), r.choice(["Adré (Chad)", "Juba", "Cox's Bazar", "Port-au-Prince", "Gaziantep", "Goma"]),
                     fdate(r, rdate(r, 2025, 2026), "iso")])


@tpl("eu_volunteers", "ndjson", 1)
def t_eu_vol(r, d, i):
    rows = []
    p = person(r, "colombia")
    rows.append({"name": PER(full(p)), "country": "ES", "id_type": "NIE", "id": L("ES_DNI", dni(r, nie=True)), "status": "verified"})
    p = person(r, "germany")
    rows.append({"name": PER(full(p)), "country": "ES", "id_type": "DNI", "id": L("ES_DNI", dni(r, nie=False)), "status": "verified",
                 "note": "dual national (DE/ES), lives in Valencia"})
    p = person(r, "france")
    dob = dob_adult(r)
    rows.append({"name": PER(full(p)), "country": "FR", "id_type": "NIR", "id": L("FR_NIR", nir(r, p, dob, False)), "status": "verified"})
    p = person(r, "germany")
    rows.append({"name": PER(full(p)), "country": "DE", "id_type": "Steuer-ID", "id": L("DE_TAX_ID", steuer(r)), "status": "verified"})
    p = person(r, "italy")
    dob = dob_adult(r)
    rows.append({"name": PER(full(p)), "country": "IT", "id_type": "codice fiscale", "id": L("IT_FISCAL_CODE", codice_fiscale(r, p, dob)),
                 "status": "verified"})
    p = person(r, "canada")
    rows.append({"name": PER(full(p)), "country": "CA", "id_type": "SIN", "id": L("CA_SIN", sin(r)), "status": "verified"})
    # checksum-failing look-alikes, rejected by the KYC step (not labelled)
    p = person(r, "italy")
    rows.append({"name": PER(full(p)), "country": "ES", "id_type": "DNI", "id": bad_dni(r), "status": "rejected: check letter"})
    p = person(r, "germany")
    rows.append({"name": PER(full(p)), "country": "DE", "id_type": "Steuer-ID", "id": bad_steuer(r), "status": "rejected: check digit"})
    p = person(r, "canada")
    rows.append({"name": PER(full(p)), "country": "CA", "id_type": "SIN", "id": bad_sin(r), "status": "rejected: checksum"})
    for row in rows:
        emit_json(d, row, compact=True)
        d("\n")


@tpl("fleet_drivers", "tsv", 1)
def t_fleet(r, d, i):
    emit_row(d, ["volunteer_driver", "issuing_state", "license_no", "license_exp", "auto_policy", "cleared"], sep="\t")
    for st in r.sample(list(DL_STATES), 5):
        p = person(r, r.choice(["us", "us", "afghan", "ukraine", "central_am"]))
        emit_row(d, [PER(full(p)), st, L("DRIVER_LICENSE", DL_STATES[st][1](r)), fdate(r, rdate(r, 2026, 2031), "mdy/"),
                     "POL-%s-%07d" % (r.choice(["GEICO", "SF", "PROG"]), r.randint(1, 9999999)), r.choice(["yes", "pending"])], sep="\t")


@tpl("volunteer_driver_email", "email", 1)
def t_vd_email(r, d, i):
    frm = person(r, "us")
    to = person(r, "us")
    v = person(r, "afghan", "M")
    st = r.choice(["Texas", "Georgia", "Arizona", "Washington", "Illinois"])
    mail_head(r, d, frm, to, "Airport pickup driver - background check")
    d("Hi ", PER(to["given"]), ",\n\n", PER(full(v)), " (former SIV interpreter) wants to drive for airport pickups. ")
    d("His ", st, " driver's license number is ", L("DRIVER_LICENSE", DL_STATES[st][1](r)), ", issued last month; his old UK licence ",
      L("DRIVER_LICENSE", uk_dl(r, v, dob_adult(r))), " (DVLA, from his time in Leeds) has lapsed.\n")
    d("US passport since naturalisation: ", L("US_PASSPORT", passport(r, "United States")), ".\n")
    d("He is available on weekends except Thanksgiving and Martin Luther King Jr. Day.\n\nThanks,\n", PER(frm["given"]), "\n")


@tpl("phone_pledge", "free_text", 1)
def t_pledge(r, d, i):
    dn = person(r, r.choice(["uk", "canada", "us"]))
    agent = person(r, "uk")
    d("Telethon call transcript (auto-transcribed, QA sample)\n\n")
    d("AGENT (", PER(agent["given"]), "): Thank you for calling the Sudan emergency appeal line. Can I take your name?\n")
    d("CALLER: It's ", PER(full(dn)), ".\n")
    bad = bad_luhn(r)
    d("AGENT: And the long number on the card?\nCALLER: ", " ".join(bad[k:k + 4] for k in range(0, 16, 4)), "... sorry, no, let me read it again: ",
      L("CREDIT_CARD", card(r, r.choice(["visa", "mc"]))), ".\n")
    d("AGENT: Lovely. A receipt will go to ", L("EMAIL", email_of(r, dn)), ". Reference ", donor_id(r), ".\n")
    d("[QA: first reading fails the Luhn check; second reading accepted. Recording purged after 30 days.]\n")


@tpl("ewarn_weekly", "csv", 1)
def t_ewarn(r, d, i):
    emit_row(d, ["epi_week", "site", "AWD", "suspected_cholera", "measles", "AFP", "SARI", "malaria_confirmed", "deaths"])
    for site in r.sample(CAMPS, 6):
        emit_row(d, ["2025-W%02d" % r.randint(1, 52), site] + [str(r.randint(0, 400)) for _ in range(6)] + [str(r.randint(0, 5))])


@tpl("release_notes", "free_text", 1)
def t_release(r, d, i):
    d("Casebook ", version_ip_like(r), " - release notes\n\n")
    d("* Household merge: dedup threshold raised to 0.92; HH-XXX-00000 format enforced.\n")
    d("* Exports now mask phone numbers (+254 7** *** 123) and IBANs (GB** **** ...) by default.\n")
    d("* HL7 sender OID changed to ", oid(r), ".\n")
    d("* Fixed: timestamps stored as epoch ", str(r.randint(1700000000, 1760000000)), " were shown in UTC+0.\n")
    d("* Known issue: Date Of Birth column header shown in title case on Android ", r.choice(["13", "14"]), ".\n")
    d("Build ", "%x" % r.getrandbits(40), ", docker image cra/casebook:", version_ip_like(r), ".\n")


@tpl("masked_export_log", "log", 1)
def t_masked(r, d, i):
    for k in range(6):
        d(ts_iso(r), " INFO export.privacy row=", str(r.randint(1, 9999)), " name=\"[REDACTED]\" phone=\"", masked_phone(r), "\" card=\"", masked_card(r),
          "\" iban=\"", masked_iban(r), "\" ssn=\"***-**-", dg(r, 4), "\" dob=\"**/**/19", dg(r, 2), "\"\n")
    d(ts_iso(r), " INFO export.privacy done rows=", str(r.randint(1000, 9999)), " policy=mask_all v", version_ip_like(r), "\n")


@tpl("ration_scale", "yaml", 1)
def t_ration(r, d, i):
    d("# General food distribution - ration scale per person per month\nration_scale:\n")
    for item, q in [("sorghum", "13.5 kg"), ("pulses", "1.8 kg"), ("vegetable_oil", "0.9 l"), ("salt", "0.15 kg"), ("CSB_plus", "1.5 kg")]:
        d("  ", item, ": ", q, "\n")
    d("cycle: ", dist_no(r), "\nsites:\n")
    for c in r.sample(CAMPS, 3):
        d("  - \"", c, "\"\n")
    d("funding:\n  grant: \"", grant_code(r), "\"\n  cluster: ", r.choice(CLUSTERS), "\n")
    d("holidays_no_distribution: [\"Eid al-Fitr\", \"Independence Day\", \"Mandela Day\"]\n")


@tpl("xlsform_definition", "json", 1)
def t_xlsform(r, d, i):
    emit_json(d, {"form_id": "registration_v%d" % r.randint(3, 9), "version": version_ip_like(r),
                  "survey": [{"type": "text", "name": "full_name", "label": "Full Name Of Head Of Household"},
                             {"type": "date", "name": "dob", "label": "Date Of Birth", "hint": "Use 01/01 if only the year is known"},
                             {"type": "text", "name": "passport_no", "label": "Passport Number", "relevant": "${id_doc}='passport'"},
                             {"type": "text", "name": "phone", "label": "Mobile Number", "constraint": "regex(., '^\\\\+[0-9]{8,14}$')"},
                             {"type": "select_one diagnosis", "name": "chronic", "label": "Chronic Condition (Diabetes / Hypertension / Epilepsy)"}],
                  "settings": {"default_language": "English (en)", "instance_name": "concat(${household_id}, '-', ${today})"}})
    d("\n")


# ============================== BUILD + VALIDATION ============================================
import ipaddress


def classify(ents):
    types = {e["type"] for e in ents}
    if types & RESTRICTED:
        return "RESTRICTED"
    if types & CONFIDENTIAL:
        return "CONFIDENTIAL"
    return "INTERNAL"


def _digits(s):
    return re.sub(r"\D", "", s)


def check_value(typ, v):
    """Shape / checksum check of a labelled value; returns an error string or None."""
    if typ == "CREDIT_CARD":
        n = _digits(v)
        return None if 13 <= len(n) <= 19 and luhn_ok(n) and n[0] in "23456" else "card"
    if typ == "IBAN":
        return None if iban_ok(v) else "iban"
    if typ == "UK_NHS_NUMBER":
        return None if nhs_ok(v) else "nhs"
    if typ == "ES_DNI":
        return None if dni_ok(v) else "dni"
    if typ == "FR_NIR":
        return None if nir_ok(v) else "nir"
    if typ == "DE_TAX_ID":
        return None if steuer_ok(v) else "steuer"
    if typ == "IT_FISCAL_CODE":
        return None if cf_ok(v) else "cf"
    if typ == "CA_SIN":
        return None if sin_ok(v) else "sin"
    if typ == "BR_CPF":
        return None if cpf_ok(v) else "cpf"
    if typ == "IN_AADHAAR":
        return None if aadhaar_ok(v) else "aadhaar"
    if typ == "SG_NRIC":
        return None if nric_ok(v) else "nric"
    if typ == "US_MBI":
        return None if mbi_ok(v) else "mbi"
    if typ == "UK_NATIONAL_INSURANCE_NUMBER":
        return None if nino_ok(v) else "nino"
    if typ == "US_SSN":
        return None if ssn_ok(v) else "ssn"
    if typ == "PHONE":
        return None if 7 <= len(_digits(v)) <= 15 else "phone"
    if typ == "EMAIL":
        return None if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) else "email"
    if typ == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(v)
        except ValueError:
            return "ip"
        return "ip-loopback" if ip.is_loopback or ip.is_unspecified else None
    if typ == "UK_BANK_ACCOUNT":
        return None if re.fullmatch(r"(\d{2}-\d{2}-\d{2} )?\d{8}", v) else "ukbank"
    if typ in ("PERSON", "ADDRESS", "DIAGNOSIS", "MEDICATION"):
        return None if re.search(r"\w", v) else "empty"
    return None


def leaks(text, ents):
    """Unlabelled runs that look like valid positives (cards, IBANs, SSNs, NINOs, e-mails, IPs)."""
    cover = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            cover[k] = True
    out = []

    def free(m):
        return not any(cover[m.start():m.end()])
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])", text):
        n = _digits(m.group())
        if free(m) and luhn_ok(n) and n[0] in "3456" and len(n) in (15, 16):
            out.append(("card", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?", text):
        if free(m) and iban_ok(m.group()):
            out.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if free(m) and ssn_ok(m.group()):
            out.append(("ssn", m.group()))
    for m in re.finditer(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", text):
        if free(m) and nino_ok(m.group()):
            out.append(("nino", m.group()))
    for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.-]+", text):
        if free(m):
            out.append(("email", m.group()))
    for m in re.finditer(r"(?<![\w.])(\d{1,3}\.){3}\d{1,3}(?![\w.])", text):
        if free(m):
            try:
                ip = ipaddress.ip_address(m.group())
                if not (ip.is_loopback or ip.is_unspecified):
                    pre = text[max(0, m.start() - 24):m.start()]
                    if not re.search(r"(Chrome/|v|v=|version: |firmware |collect/|casebook-web/|FortiClient |build |instance |ruleset v|v\.)$", pre):
                        out.append(("ip", m.group()))
            except ValueError:
                pass
    return out


def validate(doc):
    t, ents = doc["text"], doc["entities"]
    assert doc["format"] in FORMATS, doc["format"]
    prev_end = -1
    for e in ents:
        assert e["type"] in ALL_TYPES
        s = t[e["start"]:e["end"]]
        assert s, (doc["id"], e)
        assert s == s.strip(), (doc["id"], e, repr(s))
        assert e["start"] >= prev_end, ("overlap", doc["id"], e)
        prev_end = e["end"]
        err = check_value(e["type"], s)
        assert err is None, (doc["id"], err, s)
    assert doc["classification"] == classify(ents)
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(t)
    elif f == "ndjson":
        for ln in t.splitlines():
            if ln.strip():
                json.loads(ln)
    elif f in ("csv", "tsv"):
        first = t.splitlines()[0]
        delim = "\t" if f == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(t), delimiter=delim))
        widths = {len(rw) for rw in rows if rw}
        assert len(widths) == 1, (doc["id"], widths)
    elif f == "yaml":
        assert "\t" not in t
    lk = leaks(t, ents)
    assert not lk, (doc["id"], lk)


def build():
    docs = []
    for name, fmt, count, fn in TEMPLATES:
        for n in range(count):
            r = random.Random("%s:%s:%d" % (SEED, name, n))
            d = Doc()
            fn(r, d, n)
            ents = sorted(d.ents, key=lambda e: e["start"])
            doc = {"id": "h35_%s-%d" % (name, n), "text": d.text, "entities": ents,
                   "classification": classify(ents), "format": fmt}
            validate(doc)
            docs.append(doc)
    ids = [x["id"] for x in docs]
    assert len(ids) == len(set(ids))
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(ln) for ln in fh]
    assert back == docs
    return docs


def report(docs):
    ty = Counter(e["type"] for x in docs for e in x["entities"])
    fm = Counter(x["format"] for x in docs)
    cl = Counter(x["classification"] for x in docs)
    print("documents: %d" % len(docs))
    print("no-entity documents: %d" % sum(1 for x in docs if not x["entities"]))
    print("templates: %d" % len(TEMPLATES))
    print("\nclassification:")
    for k, v in cl.most_common():
        print("  %-30s %d" % (k, v))
    print("\nformat:")
    for k, v in fm.most_common():
        print("  %-30s %d" % (k, v))
    print("\nentity type:")
    for k, v in ty.most_common():
        print("  %-30s %d" % (k, v))
    print("  %-30s %d" % ("(total)", sum(ty.values())))


if __name__ == "__main__":  # noqa
    report(build())
