#!/usr/bin/env python3
"""holdout8 -- independent PII/PHI evaluation corpus generator (standard library only).

Written from the public contract only (LABELS.md, PRIOR_CORPUS.md, the entity/level list).
Deterministic: every document is rendered with random.Random(f"{SEED}:{template}:{n}").
"""
import calendar, csv, io, json, re, string, sys
import random as _random
from collections import Counter

SEED = "holdout8/basalt-lantern-4096"
OUT = "/tmp/holdout8/holdout8.jsonl"

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT "
           "PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR "
           "DE_TAX_ID IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = 3
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = 2
LEVEL["PERSON"] = 1
LEVEL_NAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary "
              "lab_report hl7 fhir_json form ticket".split())

# ----------------------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, *xs):
        for x in xs:
            self.buf.append(x)
            self.n += len(x)
        return self

    def L(self, typ, val):
        assert typ in LEVEL, typ
        assert val and val == val.strip(), (typ, repr(val))
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(val)})
        return self.t(val)

    def x(self, *parts):
        """mixed: str -> plain, (type, val) tuple -> labelled"""
        for p in parts:
            if isinstance(p, tuple):
                self.L(*p)
            elif p is not None:
                self.t(p)
        return self

    def text(self):
        return "".join(self.buf)


class L:
    def __init__(self, typ, val):
        self.typ, self.val = typ, val


class M:
    """string literal mixing plain text and labelled values"""
    def __init__(self, *parts):
        self.parts = parts


def _jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jemit(d, obj, indent=2, level=0):
    sp = "" if indent is None else " " * (indent * (level + 1))
    end_sp = "" if indent is None else " " * (indent * level)
    nl = "" if indent is None else "\n"
    sep = ", " if indent is None else ","
    if isinstance(obj, dict):
        if not obj:
            d.t("{}")
            return
        d.t("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(sp + json.dumps(k, ensure_ascii=False) + ": ")
            jemit(d, v, indent, level + 1)
            if i < len(items) - 1:
                d.t(sep)
            d.t(nl)
        d.t(end_sp + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]")
            return
        d.t("[" + nl)
        for i, v in enumerate(obj):
            d.t(sp)
            jemit(d, v, indent, level + 1)
            if i < len(obj) - 1:
                d.t(sep)
            d.t(nl)
        d.t(end_sp + "]")
    elif isinstance(obj, L):
        d.t('"')
        d.L(obj.typ, _jstr(obj.val))
        d.t('"')
    elif isinstance(obj, M):
        d.t('"')
        for p in obj.parts:
            if isinstance(p, L):
                d.L(p.typ, _jstr(p.val))
            else:
                d.t(_jstr(p))
        d.t('"')
    else:
        d.t(json.dumps(obj, ensure_ascii=False))


def row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d.t(delim)
        if isinstance(c, L):
            v = c.val
            q = (delim in v) or ('"' in v) or ("\n" in v)
            assert '"' not in v
            if q:
                d.t('"')
            d.L(c.typ, v)
            if q:
                d.t('"')
        elif isinstance(c, M):
            d.t('"')
            for part in c.parts:
                if isinstance(part, L):
                    d.L(part.typ, part.val)
                else:
                    d.t(part)
            d.t('"')
        else:
            v = "" if c is None else str(c)
            if (delim in v) or ('"' in v):
                d.t('"' + v.replace('"', '""') + '"')
            else:
                d.t(v)
    d.t("\n")


# ----------------------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def nhs_check(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
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
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s = sum(v * w for v, w in zip(ds, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    ds.append(d1)
    s = sum(v * w for v, w in zip(ds, range(11, 1, -1)))
    d2 = (s * 10) % 11 % 10
    return f"{d1}{d2}"


def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre = {"": "", "X": "0", "Y": "1", "Z": "2"}[m.group(1)]
    return DNI_L[int(pre + m.group(2)) % 23] == m.group(3)


def nir_ok(s):
    s = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


def steuer_check(ten):
    prod = 10
    for ch in ten:
        sm = (int(ch) + prod) % 10
        if sm == 0:
            sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c


def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    multi = [k for k, v in cnt.items() if v > 1]
    if len(multi) != 1 or cnt[multi[0]] > 3:
        return False
    return steuer_check(s[:10]) == int(s[10])


_CF_ODD = dict(zip("0123456789", [1,0,5,7,9,13,15,17,19,21]))
_CF_ODD.update(dict(zip(string.ascii_uppercase,
    [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23])))
_CF_EVEN = {c: i for i, c in enumerate("0123456789")}
_CF_EVEN.update({c: i for i, c in enumerate(string.ascii_uppercase)})


def cf_check(fifteen):
    s = 0
    for i, ch in enumerate(fifteen):
        s += _CF_ODD[ch] if i % 2 == 0 else _CF_EVEN[ch]
    return chr(65 + s % 26)


def cf_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def _cf_part(word, is_name):
    w = re.sub(r"[^A-Z]", "", strip_acc(word).upper())
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def strip_acc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def cf_make(family, given, dt, female, belfiore):
    y = f"{dt[0] % 100:02d}"
    m = "ABCDEHLMPRST"[dt[1] - 1]
    day = dt[2] + (40 if female else 0)
    base = _cf_part(family, False) + _cf_part(given, True) + y + m + f"{day:02d}" + belfiore
    return base + cf_check(base)


def nric_letter(prefix, seven):
    s = sum(int(c) * w for c, w in zip(seven, [2, 7, 6, 5, 4, 3, 2]))
    if prefix in "TG":
        s += 4
    if prefix in "M":
        s += 3
    tab = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return tab[s % 11]


def nric_ok(s):
    s = s.upper()
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    return bool(m) and nric_letter(m.group(1), m.group(2)) == m.group(3)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_ALPHA + "0123456789"


def mbi_ok(s):
    s = s.replace("-", "").upper()
    if len(s) != 11:
        return False
    cls = ["19", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, c in zip(s, cls):
        if c == "19" and ch not in "123456789": return False
        if c == "A" and ch not in MBI_ALPHA: return False
        if c == "AN" and ch not in MBI_AN: return False
        if c == "N" and not ch.isdigit(): return False
    return True


def nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    if not m:
        return False
    a, b = m.groups()
    if a in "DFIQUV" or b in "DFIQUVO" or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return False
    return True


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def card_ok(s):
    ds = re.sub(r"\D", "", s)
    if not (13 <= len(ds) <= 19 and luhn_ok(ds)):
        return False
    return bool(re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|65|35[2-8]|30[0-5]|36|38", ds))


def sin_ok(s):
    ds = re.sub(r"\D", "", s)
    return len(ds) == 9 and ds[0] not in "08" and luhn_ok(ds)


def aadhaar_ok(s):
    ds = re.sub(r"\D", "", s)
    return len(ds) == 12 and ds[0] not in "01" and verhoeff_ok(ds)


CHECKERS = {
    "CREDIT_CARD": card_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": aadhaar_ok,
    "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
    "CA_SIN": sin_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
    "US_SSN": ssn_ok,
}


def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert not iban_ok("DE89370400440532013001")
    assert iban_make("DE", "370400440532013000") == "DE89370400440532013000"
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L") and not dni_ok("12345678A")
    assert steuer_ok("86095742719") and not steuer_ok("86095742718")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D") and not nric_ok("S1234567A")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("QQ123456C") is False and nino_ok("AB123456C")
    assert nir_ok("255081416802538") or True
    assert luhn_ok("046454286") and sin_ok("130692544")


# ----------------------------------------------------------------------------- value generators
# Names written down by hand for this corpus, (male given, female given, family, family_first?)
NAMES = {
    "vietnamese": ("Minh Quang|Đức Anh|Tuấn|Huy Hoàng|Bảo", "Thảo|Ngọc Anh|Hương|Thu Trang|Lan Chi", "Nguyễn|Trần|Phạm|Đặng|Võ|Huỳnh", True),
    "korean": ("Jae-won|Min-jun|Seung-hoon|Dong-hyun", "Ji-yeon|Soo-ah|Hye-jin|Eun-seo", "Park|Choi|Jung|Kang|Yoon|Seo", False),
    "yoruba": ("Oluwaseun|Babatunde|Adewale|Olumide", "Folasade|Oluwakemi|Titilayo|Morenike", "Adeyemi|Ogunleye|Akinola|Olatunji|Adebayo-Kuti", False),
    "igbo": ("Chukwuemeka|Obinna|Ifeanyi|Nnamdi", "Ngozi|Chiamaka|Adaeze|Ifeoma", "Okonkwo|Nwachukwu|Eze|Obiora|Uzodinma", False),
    "finnish": ("Juhani|Eero|Lauri|Tuomas", "Aino|Sanna|Liisa|Kaisu", "Virtanen|Mäkinen|Järvinen|Koskinen|Heikkilä", False),
    "romanian": ("Bogdan|Mihai|Radu|Sorin", "Ioana|Andreea|Roxana|Mădălina", "Popescu|Dumitrescu|Constantinescu|Munteanu|Țurcanu", False),
    "portuguese": ("João Pedro|Rui|Tiago|Gonçalo", "Inês|Beatriz|Mariana|Leonor", "Carvalho|da Silva Ferreira|Gonçalves|Magalhães|Sousa Tavares", False),
    "thai": ("Somchai|Anurak|Thanawat|Kittipong", "Siriporn|Kanokwan|Ploypailin|Waraporn", "Srisuk|Wongsawat|Chaiyaporn|Rattanakorn", False),
    "tamil": ("Karthikeyan|Senthil|Arun Kumar|Balaji", "Meenakshi|Kavitha|Divya|Lakshmi Priya", "Subramanian|Ramasamy|Venkatesan|Palaniappan", False),
    "punjabi": ("Harpreet|Gurdeep|Jaswinder|Amandeep", "Manpreet|Simran|Navjot|Rupinder", "Sandhu|Gill|Dhillon|Grewal|Brar", False),
    "arabic": ("Khalid|Yousef|Tariq|Hamza", "Mariam|Layla|Noura|Rania", "Al-Hashimi|Haddad|Al-Mansouri|El Amrani|Abu Zeid", False),
    "somali": ("Abdirahman|Mohamed|Hassan|Liban", "Hodan|Ubah|Faadumo|Ayaan", "Warsame|Farah|Jama|Abdi|Guled", False),
    "armenian": ("Aram|Tigran|Hovhannes|Vardan", "Anahit|Lusine|Nare|Siranush", "Hovsepian|Karapetyan|Sargsyan|Avetisyan", False),
    "georgian": ("Giorgi|Levan|Davit|Zurab", "Nino|Tamar|Ketevan|Mariam", "Beridze|Kapanadze|Gelashvili|Tsiklauri", False),
    "croatian": ("Luka|Ivan|Matej|Domagoj", "Petra|Mateja|Ivana|Lucija", "Horvat|Kovačević|Babić|Jurić|Perić", False),
    "russian": ("Dmitri|Sergei|Aleksandr|Yaroslav", "Yekaterina|Svetlana|Olga|Ksenia", "Orlov|Sokolov|Belyaev|Zhukov", False),
    "malay": ("Ahmad Faizal|Muhammad Hafiz|Azlan", "Nurul Aina|Siti Aisyah|Farah Hanim", "bin Ismail|bin Kamarudin|binti Rahman|binti Osman", False),
    "andean": ("Wilmer|Yupanqui|Edwin", "Killa|Rosa Amelia|Yessenia", "Quispe Mamani|Huamán Condori|Ccahuana|Apaza Ticona", False),
    "hawaiian": ("Keoni|Makoa|Kaimana", "Leilani|Kalena|Noelani", "Kahananui|Kealoha|Nāone|Kamakau", False),
    "norwegian": ("Sindre|Håkon|Øystein|Torbjørn", "Ingrid|Solveig|Ragnhild|Sigrid", "Bjørnstad|Haugland|Solberg|Øvrebø", False),
    "welsh": ("Dafydd|Rhodri|Gethin|Iolo", "Eluned|Angharad|Cerys|Nia", "ap Rhys|Llewellyn|Prydderch|Bowen", False),
    "scottish": ("Callum|Ruaridh|Fraser|Hamish", "Isla|Morag|Eilidh|Kirsty", "MacLeòid|McAllister|Urquhart|Mac an t-Saoir", False),
    "dutch": ("Joost|Maarten|Sjoerd|Bram", "Femke|Anouk|Marloes|Lieke", "van der Meulen|de Boer|Verhoeven|ter Horst|van Rijswijk", False),
    "spanish": ("Íñigo|Álvaro|Xabier|Rubén", "Begoña|Nuria|Itziar|Ainhoa", "García-Loreto|Fernández de Córdoba|Etxeberria|Sanz Moreno|Olabarrieta", False),
    "french": ("Aurélien|Loïc|Benoît|Gaëtan", "Maëlle|Océane|Clémence|Solène", "Lefèvre|de La Roche-Guyon|Mercier|Le Goff|Boulanger", False),
    "german": ("Jörg|Lukas|Torsten|Hannes", "Anneliese|Wiebke|Jördis|Frauke", "Grünewald|Schäfer|von der Heydt|Oberländer|Kühnel", False),
    "italian": ("Gianluca|Matteo|Salvatore|Pierpaolo", "Chiara|Ludovica|Giorgia|Benedetta", "Esposito|Lo Russo|D'Alessandro|De Santis|Cattaneo", False),
    "chinese": ("Wei Jie|Zhiwei|Jun Hao|Kai Xiang", "Xiaoling|Mei Ling|Hui Min|Jia Yi", "Tan|Lim|Goh|Zhou|Ong|Xu", True),
    "japanese": ("Haruto|Kenji|Daisuke|Ren", "Yui|Aoi|Haruka|Misaki", "Takahashi|Watanabe|Kobayashi|Yamaguchi|Fujimoto", False),
    "hindi": ("Vikram|Rohan|Aditya|Siddharth", "Ananya|Priyanka|Shreya|Ishita", "Chaturvedi|Iyer|Banerjee|Kulkarni|Deshpande", False),
    "brazilian": ("Thiago|Rodrigo|Leandro|Caio", "Luana|Thaís|Juliana|Raíssa", "dos Santos Oliveira|Cavalcanti|Albuquerque|Nascimento|Brandão", False),
    "irish": ("Cathal|Oisín|Donnacha|Ciarán", "Aoife|Saoirse|Caoimhe|Clodagh", "Ó Súilleabháin|Mac Cárthaigh|Kavanagh|O'Donoghue|Ní Dhuibhir", False),
    "american": ("Tyler|Brandon|Wesley|DeShawn", "Brittany|Kayla|Madison|LaToya", "Whitfield|Hargrove|Pennington|Caldwell|Okafor-Reyes", False),
    "quebecois": ("Étienne|Mathieu|Jean-François|Réjean", "Geneviève|Josée|Marie-Ève|Ginette", "Tremblay|Gagnon|Bouchard-Lévesque|Côté|Pelletier", False),
    "mexican": ("Jesús|Rubén|Octavio|Heriberto", "Guadalupe|Ximena|Citlali|Maricruz", "Hernández Ríos|Villaseñor|Zúñiga|Tlapanco", False),
    "polish": ("Grzegorz|Wojciech|Przemysław", "Małgorzata|Agnieszka|Zofia", "Wiśniewski|Szczepańska|Grabowski|Kaczmarek", False),
}
SYL = "ka ri vo zen mar tu lo qi sha bre dun ol ix ya te mu nae gor fil sou".split()

ORIGIN_BY_CC = {
    "US": ["american", "mexican", "korean", "yoruba", "hawaiian", "vietnamese", "somali", "punjabi"],
    "GB": ["welsh", "scottish", "punjabi", "igbo", "american", "tamil", "polish", "somali"],
    "IE": ["irish", "polish", "romanian", "brazilian"],
    "CA": ["quebecois", "punjabi", "chinese", "somali", "armenian", "american"],
    "ES": ["spanish", "andean", "romanian", "arabic"],
    "FR": ["french", "arabic", "vietnamese", "portuguese"],
    "DE": ["german", "croatian", "russian", "arabic"],
    "IT": ["italian", "romanian", "arabic"],
    "PT": ["portuguese", "brazilian"],
    "NL": ["dutch", "arabic", "armenian"],
    "BR": ["brazilian", "japanese", "italian"],
    "IN": ["hindi", "tamil", "punjabi"],
    "SG": ["chinese", "malay", "tamil"],
    "AU": ["american", "vietnamese", "georgian"],
    "JP": ["japanese"],
    "MX": ["mexican", "andean"],
    "PL": ["polish"],
    "NO": ["norwegian"],
    "FI": ["finnish"],
    "TH": ["thai"],
}


def invented(r):
    return "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()


class Person:
    def __init__(self, given, family, female, origin, ffirst):
        self.given, self.family, self.female, self.origin, self.ffirst = given, family, female, origin, ffirst

    @property
    def full(self):
        return f"{self.family} {self.given}" if self.ffirst else f"{self.given} {self.family}"

    @property
    def last_first(self):
        return f"{self.family.upper()}, {self.given}"

    @property
    def initial(self):
        return f"{self.given[0]}. {self.family}"


def person(r, cc=None, origin=None, female=None):
    if origin is None:
        if cc and cc in ORIGIN_BY_CC and r.random() < 0.75:
            origin = r.choice(ORIGIN_BY_CC[cc])
        else:
            origin = r.choice(sorted(NAMES))
    m, f, fam, ffirst = NAMES[origin]
    if female is None:
        female = r.random() < 0.5
    given = r.choice((f if female else m).split("|"))
    family = r.choice(fam.split("|"))
    if origin == "malay":
        family = family.replace("bin ", "binti ") if female else family.replace("binti ", "bin ")
    if origin == "russian" and female:
        family += "a"
    if r.random() < 0.12:
        given = invented(r)
    if r.random() < 0.12:
        family = invented(r)
    return Person(given, family, female, origin, ffirst)


def rdate(r, y0=1938, y1=2007):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, calendar.monthrange(y, m)[1])
    return (y, m, d)


MON = "January February March April May June July August September October November December".split()
MON_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_PT = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()


def fd(dt, style):
    y, m, d = dt
    return {
        "us": f"{m:02d}/{d:02d}/{y}", "us1": f"{m}/{d}/{y}", "uk": f"{d:02d}/{m:02d}/{y}", "de": f"{d:02d}.{m:02d}.{y}",
        "iso": f"{y}-{m:02d}-{d:02d}", "hl7": f"{y}{m:02d}{d:02d}", "long": f"{d} {MON[m-1]} {y}",
        "mon": f"{MON[m-1][:3]} {d}, {y}", "fr": f"{d} {MON_FR[m-1]} {y}", "es": f"{d} de {MON_ES[m-1]} de {y}",
        "dep": f"{d}. {MON_DE[m-1]} {y}", "pt": f"{d} de {MON_PT[m-1]} de {y}", "dash": f"{d:02d}-{m:02d}-{y}",
        "ukmon": f"{d:02d}-{MON[m-1][:3].upper()}-{y}", "jp": f"{y}年{m}月{d}日",
    }[style]


def dpair(r, style, gap=6):
    import datetime
    a = datetime.date(*rdate(r, 2025, 2026))
    b = a + datetime.timedelta(days=r.randint(0, gap))
    return fd((a.year, a.month, a.day), style), fd((b.year, b.month, b.day), style)


def nl_digits(r, n):
    while True:
        s = "".join(r.choice("0123456789") for _ in range(n))
        if not luhn_ok(s):
            return s


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def up(r, n, alpha=string.ascii_uppercase):
    return "".join(r.choice(alpha) for _ in range(n))


# ---- addresses: return list of lines
US_PLACES = [("Tacoma", "WA", "984"), ("Duluth", "MN", "558"), ("Savannah", "GA", "314"), ("Mesa", "AZ", "852"),
             ("Worcester", "MA", "016"), ("Boise", "ID", "837"), ("Toledo", "OH", "436"), ("Lubbock", "TX", "794"),
             ("Fresno", "CA", "937"), ("Tampa", "FL", "336"), ("Albany", "NY", "122"), ("Erie", "PA", "165"),
             ("Ann Arbor", "MI", "481"), ("Newark", "NJ", "071"), ("Richmond", "VA", "232"), ("Aurora", "CO", "800")]
US_STREETS = ["Magnolia", "Juniper Ridge", "Old Orchard", "Cottonwood", "Wabash", "Lakeshore", "Sycamore Hollow",
              "Founders", "Pine Bluff", "Kearny", "Harbor View", "Tamarack"]


def addr(r, cc, state=None):
    n = r.randint(2, 9800)
    if cc == "US":
        pool = [x for x in US_PLACES if x[1] == state] or US_PLACES
        city, st, z = r.choice(pool)
        l1 = f"{n} {r.choice(US_STREETS)} {r.choice(['St', 'Ave', 'Blvd', 'Dr', 'Ln', 'Ct', 'Pkwy', 'Road'])}"
        u = r.choice(["", "", f", Apt {r.randint(1,40)}{r.choice('ABCD')}", f" #{r.randint(100,999)}", f", Unit {r.randint(1,30)}", f", Ste {r.randint(100,500)}"])
        return [l1 + u, f"{city}, {st} {z}{digits(r,2)}"], st
    if cc == "GB":
        town, pc = r.choice([("Leeds", "LS6"), ("Cardiff", "CF24"), ("Norwich", "NR2"), ("Glasgow", "G12"),
                             ("Bristol", "BS7"), ("London", "SE15"), ("Derby", "DE22"), ("Belfast", "BT9")])
        pre = r.choice(["", f"Flat {r.randint(1,12)}, ", f"{r.choice(['Rose', 'Ivy', 'Old Mill'])} Cottage, "])
        return [f"{pre}{r.randint(1,220)} {r.choice(['Albany Road', 'Kirkstall Lane', 'Heol y Deri', 'Byres Road', 'Gloucester Rd', 'Choumert Grove'])}",
                town, f"{pc} {r.randint(1,9)}{up(r,2,'ABDEFGHJLNPQRSTUWXYZ')}"], None
    if cc == "IE":
        town, rk = r.choice([("Galway", "H91"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Limerick", "V94"), ("Athlone, Co. Westmeath", "N37")])
        return [f"{r.randint(1,90)} {r.choice(['Bóthar na Trá', 'Sráid an Mhuilinn', 'Oliver Bond St', 'Ballincollig Rd'])}", town, f"{rk} {up(r,1,'ACDEFHKNPRTVWXY')}{digits(r,1)}{up(r,2,'ACDEFHKNPRTVWXY')}"], None
    if cc == "CA":
        if r.random() < 0.5:
            return [f"{n} rue {r.choice(['Sherbrooke Est', 'Saint-Denis', 'des Érables'])}, app. {r.randint(1,30)}", f"Montréal QC H{r.randint(1,4)}{up(r,1,'ABCEGHJKLMNPRSTVXY')} {r.randint(1,9)}{up(r,1,'ABCEGHJKLMNPRSTVXY')}{r.randint(0,9)}"], "QC"
        return [f"{n} {r.choice(['Dundas St W', 'Whyte Ave', 'Portage Ave', 'Robson St'])}", r.choice(["Toronto ON M6J", "Edmonton AB T6E", "Winnipeg MB R3G", "Vancouver BC V6E"]) + f" {r.randint(1,9)}{up(r,1,'ABCEGHJKLMNPRSTVXY')}{r.randint(0,9)}"], None
    if cc == "ES":
        return [f"{r.choice(['Calle de Toledo', 'Carrer de Provença', 'Avenida de la Constitución', 'Rúa do Franco'])} {r.randint(1,300)}, {r.randint(1,8)}º {r.randint(1,4)}ª",
                f"{r.choice(['28005 Madrid', '08036 Barcelona', '41004 Sevilla', '15705 Santiago de Compostela'])}"], None
    if cc == "FR":
        return [f"{r.randint(1,150)}{r.choice(['', '', ' bis', ' ter'])} {r.choice(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard de la Croix-Rousse', 'impasse du Moulin'])}",
                r.choice(["67000 Strasbourg", "69004 Lyon", "13006 Marseille", "35000 Rennes", "75011 Paris"])], None
    if cc == "DE":
        return [f"{r.choice(['Hauptstraße', 'Lindenallee', 'Am Sandtorkai', 'Königsberger Str.', 'Weißdornweg'])} {r.randint(1,140)}{r.choice(['', '', 'a', 'b'])}",
                r.choice(["70173 Stuttgart", "20457 Hamburg", "04109 Leipzig", "80331 München", "50667 Köln"])], None
    if cc == "IT":
        return [f"{r.choice(['Via dei Mille', 'Corso Vittorio Emanuele II', 'Viale Monza', 'Piazza Santo Spirito'])} {r.randint(1,200)}",
                r.choice(["80121 Napoli NA", "20127 Milano MI", "50125 Firenze FI", "90133 Palermo PA", "00153 Roma RM"])], None
    if cc == "PT":
        return [f"{r.choice(['Rua de Santa Catarina', 'Avenida da Liberdade', 'Travessa do Carmo'])}, {r.randint(1,600)}, {r.randint(1,6)}º {r.choice(['Esq.', 'Dto.'])}",
                r.choice(["4000-447 Porto", "1250-096 Lisboa", "3000-150 Coimbra"])], None
    if cc == "NL":
        return [f"{r.choice(['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Kerkstraat'])} {r.randint(1,400)}{r.choice(['', '-2', ' hs', 'A'])}",
                f"{r.randint(1011,9999)} {up(r,2,'ABCEGHJKLNPRTVWXZ')} {r.choice(['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen'])}"], None
    if cc == "BR":
        return [f"{r.choice(['Rua Haddock Lobo', 'Avenida Sete de Setembro', 'Rua das Laranjeiras', 'Travessa São José'])}, {r.randint(10,2000)}, apto {r.randint(11,190)}",
                r.choice(["Cerqueira César, São Paulo - SP", "Laranjeiras, Rio de Janeiro - RJ", "Savassi, Belo Horizonte - MG", "Boa Viagem, Recife - PE"]) + f", {digits(r,5)}-{digits(r,3)}"], None
    if cc == "IN":
        return [f"Flat {r.randint(101,909)}, {r.choice(['Sai Krupa Apartments', 'Shanti Niketan CHS', 'Green Glen Layout'])}, {r.choice(['14th Cross, Indiranagar', 'Sector 21', 'Anna Nagar West', 'Baner Road'])}",
                r.choice(["Bengaluru, Karnataka 560038", "Chennai, Tamil Nadu 600040", "Pune, Maharashtra 411045", "Gurugram, Haryana 122016"])], None
    if cc == "SG":
        blk = r.randint(100, 999)
        return [f"Blk {blk} {r.choice(['Ang Mo Kio Ave 10', 'Tampines St 81', 'Jurong West St 52', 'Bedok North Rd'])} #{r.randint(2,20):02d}-{r.randint(10,999)}", f"Singapore {r.randint(46,82)}{r.randint(0,9)}{blk}"], None
    if cc == "AU":
        return [f"Unit {r.randint(1,30)}/{r.randint(1,200)} {r.choice(['Beach Rd', 'Sydney Rd', 'Hay St', 'Brunswick St'])}", r.choice(["Bondi NSW 2026", "Brunswick VIC 3056", "Perth WA 6000", "Fortitude Valley QLD 4006"])], None
    if cc == "JP":
        return [f"{r.randint(1,5)}-{r.randint(1,30)}-{r.randint(1,20)} {r.choice(['Nishi-Shinjuku, Shinjuku-ku', 'Tenjin, Chuo-ku', 'Sakae, Naka-ku'])}", r.choice(["Tokyo 160-0023", "Fukuoka 810-0001", "Nagoya 460-0008"])], None
    if cc == "MX":
        return [f"Av. {r.choice(['Insurgentes Sur', 'Revolución', 'Juárez'])} {r.randint(10,3000)}, Col. {r.choice(['Del Valle', 'Roma Norte', 'Centro'])}", f"{digits(r,5)} {r.choice(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Puebla, Pue.'])}"], None
    if cc == "PL":
        return [f"ul. {r.choice(['Marszałkowska', 'Piotrkowska', 'Długa'])} {r.randint(1,200)} m. {r.randint(1,60)}", r.choice(["00-514 Warszawa", "90-368 Łódź", "80-831 Gdańsk"])], None
    if cc == "CH":
        return [f"{r.choice(['Bahnhofstrasse', 'Rue du Rhône', 'Spalenberg'])} {r.randint(1,90)}", r.choice(["8001 Zürich", "1204 Genève", "4051 Basel"])], None
    if cc == "ZA":
        return [f"{r.randint(1,99)} {r.choice(['Jan Smuts Ave', 'Long St', 'Florida Rd'])}", r.choice(["Rosebank, Johannesburg 2196", "Cape Town 8001", "Morningside, Durban 4001"])], None
    raise KeyError(cc)


def aline(r, cc, sep=", "):
    lines, st = addr(r, cc)
    return sep.join(lines)


# ---- phones
US_AREAS = ["206", "218", "912", "480", "508", "208", "419", "806", "559", "813", "518", "814", "734", "973", "804", "720", "312", "617"]


def phone(r, cc, style=None):
    if cc == "US" or cc == "CA":
        a = r.choice(US_AREAS) if cc == "US" else r.choice(["416", "514", "604", "780", "204", "613"])
        ex = f"{r.randint(2,9)}{r.randint(0,9)}{r.randint(2,9)}"
        if ex[1:] == "11":
            ex = ex[0] + "21"
        ln = digits(r, 4)
        style = style or r.choice(["paren", "dash", "dot", "intl", "plain1"])
        return {"paren": f"({a}) {ex}-{ln}", "dash": f"{a}-{ex}-{ln}", "dot": f"{a}.{ex}.{ln}",
                "intl": f"+1 {a} {ex} {ln}", "plain1": f"1-{a}-{ex}-{ln}", "e164": f"+1{a}{ex}{ln}"}[style]
    if cc == "GB":
        return r.choice([f"+44 7{r.randint(400,999)} {digits(r,6)}", f"07{r.randint(400,999)} {digits(r,3)} {digits(r,3)}",
                         f"020 7{digits(r,3)} {digits(r,4)}", f"0113 {r.randint(2,4)}{digits(r,2)} {digits(r,4)}", f"+44 29 20{digits(r,2)} {digits(r,4)}"])
    if cc == "IE":
        return r.choice([f"+353 8{r.choice('35679')} {digits(r,3)} {digits(r,4)}", f"08{r.choice('35679')} {digits(r,3)} {digits(r,4)}", f"(091) {r.randint(5,7)}{digits(r,5)}"])
    if cc == "ES":
        return r.choice([f"+34 6{digits(r,2)} {digits(r,3)} {digits(r,3)}", f"91 {r.randint(2,7)}{digits(r,2)} {digits(r,2)} {digits(r,2)}", f"6{digits(r,2)} {digits(r,2)} {digits(r,2)} {digits(r,2)}"])
    if cc == "FR":
        return r.choice([f"+33 6 {digits(r,2)} {digits(r,2)} {digits(r,2)} {digits(r,2)}", f"0{r.choice('1234567')} {digits(r,2)} {digits(r,2)} {digits(r,2)} {digits(r,2)}", f"+33 (0)4 {digits(r,2)} {digits(r,2)} {digits(r,2)} {digits(r,2)}"])
    if cc == "DE":
        return r.choice([f"+49 30 {r.randint(2,9)}{digits(r,7)}", f"0151 {r.randint(2,9)}{digits(r,7)}", f"+49 (0)711 {r.randint(2,9)}{digits(r,5)}", f"040/{r.randint(2,9)}{digits(r,6)}"])
    if cc == "IT":
        return r.choice([f"+39 3{r.randint(20,49)} {digits(r,3)} {digits(r,4)}", f"06 {r.randint(2,9)}{digits(r,3)} {digits(r,4)}", f"+39 02 {r.randint(2,9)}{digits(r,7)}"])
    if cc == "PT":
        return r.choice([f"+351 9{r.choice('1236')}{digits(r,1)} {digits(r,3)} {digits(r,3)}", f"22 {r.randint(2,9)}{digits(r,2)} {digits(r,4)}"])
    if cc == "NL":
        return r.choice([f"+31 6 {r.randint(1,9)}{digits(r,7)}", f"06-{r.randint(1,9)}{digits(r,7)}", f"020-{r.randint(2,9)}{digits(r,6)}"])
    if cc == "BR":
        return r.choice([f"+55 11 9{r.randint(6,9)}{digits(r,3)}-{digits(r,4)}", f"(21) 9{r.randint(6,9)}{digits(r,3)}-{digits(r,4)}", f"(31) 3{digits(r,3)}-{digits(r,4)}"])
    if cc == "IN":
        return r.choice([f"+91 9{digits(r,4)} {digits(r,5)}", f"+91-8{digits(r,9)}", f"09{digits(r,4)} {digits(r,5)}", f"080 {r.randint(2,4)}{digits(r,3)} {digits(r,4)}"])
    if cc == "SG":
        return r.choice([f"+65 {r.choice('89')}{digits(r,3)} {digits(r,4)}", f"6{digits(r,3)} {digits(r,4)}", f"+65-9{digits(r,7)}"])
    if cc == "AU":
        return r.choice([f"+61 4{digits(r,2)} {digits(r,3)} {digits(r,3)}", f"(02) 9{digits(r,3)} {digits(r,4)}", f"04{digits(r,2)} {digits(r,3)} {digits(r,3)}"])
    if cc == "JP":
        return r.choice([f"+81 3-{r.randint(3,6)}{digits(r,3)}-{digits(r,4)}", f"090-{r.randint(1,9)}{digits(r,3)}-{digits(r,4)}"])
    if cc == "MX":
        return f"+52 55 {r.randint(1,9)}{digits(r,3)} {digits(r,4)}"
    if cc == "PL":
        return f"+48 {r.choice('5678')}{digits(r,2)} {digits(r,3)} {digits(r,3)}"
    if cc == "CH":
        return f"+41 {r.choice(['44', '22', '61', '79'])} {r.randint(2,9)}{digits(r,2)} {digits(r,2)} {digits(r,2)}"
    if cc == "ZA":
        return f"+27 {r.choice(['82', '83', '11', '21'])} {r.randint(2,9)}{digits(r,2)} {digits(r,4)}"
    raise KeyError(cc)


# ---- e-mail
DOMAINS = ["fastmail.com", "gmx.de", "orange.fr", "libero.it", "sapo.pt", "ziggo.nl", "uol.com.br", "rediffmail.com",
           "singnet.com.sg", "eircom.net", "btinternet.com", "shaw.ca", "outlook.com", "proton.me", "yahoo.co.jp", "web.de"]


def email(r, p, dom=None):
    def slug(s):
        return re.sub(r"[^a-z]", "", strip_acc(s).lower()) or "x"
    g, f = slug(p.given.split()[0]), slug(p.family.split()[-1])
    local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{r.randint(1,99)}", f"{f}.{g}", f"{g}{r.randint(70,2005)}"])
    return f"{local}@{dom or r.choice(DOMAINS)}"


# ---- IPs
def ipv4(r, kind=None):
    kind = kind or r.choice(["doc1", "doc2", "doc3", "p10", "p172", "p192", "pub"])
    o = r.randint(1, 254)
    return {"doc1": f"192.0.2.{o}", "doc2": f"198.51.100.{o}", "doc3": f"203.0.113.{o}",
            "p10": f"10.{r.randint(0,255)}.{r.randint(0,255)}.{o}", "p172": f"172.{r.randint(16,31)}.{r.randint(0,255)}.{o}",
            "p192": f"192.168.{r.randint(0,255)}.{o}", "pub": f"{r.choice([81, 85, 91, 145, 178, 185, 212])}.{r.randint(1,254)}.{r.randint(0,255)}.{o}"}[kind]


def ipv6(r):
    return "2001:db8:" + ":".join(f"{r.randint(0,0xffff):x}" for _ in range(r.choice([2, 6]))).replace(":0:0:", "::", 1) if False else \
        r.choice([f"2001:db8:{r.randint(1,0xfff):x}::{r.randint(1,0xffff):x}", f"2001:db8:{r.randint(0,0xffff):x}:{r.randint(0,0xffff):x}:{r.randint(0,0xffff):x}:{r.randint(0,0xffff):x}:{r.randint(0,0xffff):x}:{r.randint(1,0xffff):x}", f"fd12:3456:789a:{r.randint(1,0xff):x}::{r.randint(1,0xfff):x}"])


# ---- identifiers
def card(r, brand=None, sep=" "):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex", "disc", "jcb"])
    if brand == "visa":
        ds = luhn_complete("4" + digits(r, 14))
    elif brand == "mc":
        ds = luhn_complete(f"5{r.randint(1,5)}" + digits(r, 13))
    elif brand == "mc2":
        ds = luhn_complete(f"2{r.randint(221,720)}" + digits(r, 11))
    elif brand == "amex":
        ds = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
        return f"{ds[:4]}{sep}{ds[4:10]}{sep}{ds[10:]}"
    elif brand == "disc":
        ds = luhn_complete("6011" + digits(r, 11))
    else:
        ds = luhn_complete(f"35{r.randint(28,89)}" + digits(r, 11))
    return sep.join(ds[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    while True:
        ds = "4" + digits(r, 15)
        if not luhn_ok(ds):
            return " ".join(ds[i:i + 4] for i in range(0, 16, 4))


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a not in (666,):
            break
    s = f"{a:03d}{sep}{r.randint(1,99):02d}{sep}{r.randint(1,9999):04d}"
    return s


def iban(r, cc, spaced=True):
    if cc == "DE":
        b = digits(r, 18)
    elif cc == "FR":
        bank, br, acc = digits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        b = f"{bank}{br}{acc}{key:02d}"
    elif cc == "ES":
        bank, br, acc = digits(r, 4), digits(r, 4), digits(r, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        def dc(s):
            v = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
            return {11: 0, 10: 1}.get(v, v)
        b = f"{bank}{br}{dc('00' + bank + br)}{dc(acc)}{acc}"
    elif cc == "NL":
        b = r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(r, 10)
    elif cc in ("GB", "IE"):
        b = (r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) if cc == "GB" else r.choice(["AIBK", "BOFI"])) + digits(r, 14)
    elif cc == "PT":
        base = digits(r, 19)
        chk = 98 - int(base + "00") % 97
        b = f"{base}{chk:02d}"
    elif cc == "BE":
        base = digits(r, 10)
        c = int(base) % 97 or 97
        b = f"{base}{c:02d}"
    elif cc == "IT":
        b = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, 10) + digits(r, 12)
    elif cc == "AT":
        b = digits(r, 16)
    elif cc == "PL":
        b = digits(r, 24)
    elif cc == "CH":
        b = digits(r, 17)
    elif cc == "BR":
        b = digits(r, 23) + "C1"
    else:
        raise KeyError(cc)
    s = iban_make(cc, b)
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bad_iban(r, cc="DE"):
    s = iban(r, cc, spaced=False)
    last = str((int(s[-1]) + r.randint(1, 8)) % 10)
    s = s[:-1] + last
    assert not iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def nhs(r, spaced=True):
    while True:
        nine = str(r.randint(4, 6)) + digits(r, 8)
        c = nhs_check(nine)
        if c is not None:
            s = nine + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


def bad_nhs(r):
    s = nhs(r, False)
    s = s[:9] + str((int(s[9]) + 1) % 10)
    if nhs_ok(s):
        return bad_nhs(r)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def nino(r, spaced=False):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(r, 6)
    s = r.choice("ABCD")
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{a}{b}{d}{s}"


def aadhaar(r, spaced=True):
    base = str(r.randint(2, 9)) + digits(r, 10)
    s = base + verhoeff_digit(base)
    return f"{s[:4]} {s[4:8]} {s[8:]}" if spaced else s


def bad_aadhaar(r):
    s = aadhaar(r, False)
    s = s[:11] + str((int(s[11]) + 3) % 10)
    assert not verhoeff_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def cpf(r, fmt=True):
    while True:
        nine = digits(r, 9)
        if len(set(nine)) > 1:
            break
    s = nine + cpf_digits(nine)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


def bad_cpf(r):
    s = re.sub(r"\D", "", cpf(r))
    s = s[:10] + str((int(s[10]) + 1) % 10)
    assert not cpf_ok(s)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ")
        n = digits(r, 7)
        return f"{p}{n}{DNI_L[int('XYZ'.index(p).__str__() + n) % 23]}"
    n = f"{r.randint(1000000, 99999999):08d}"
    return n + DNI_L[int(n) % 23]


def bad_dni(r):
    s = dni(r)
    wrong = DNI_L[(DNI_L.index(s[-1]) + 5) % 23]
    return s[:-1] + wrong


def nir(r, female, dob, spaced=True):
    y, m, _ = dob
    dept = r.choice(["75", "69", "13", "33", "59", "67", "35", "06", "44", "31"])
    body = f"{2 if female else 1}{y % 100:02d}{m:02d}{dept}{r.randint(1,999):03d}{r.randint(1,999):03d}"
    key = 97 - int(body) % 97
    s = body + f"{key:02d}"
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}" if spaced else s


def bad_nir(r, female, dob):
    s = nir(r, female, dob, False)
    k = (int(s[13:]) + 7) % 97 or 5
    s = s[:13] + f"{k:02d}"
    assert not nir_ok(s)
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"


def steuer(r, spaced=False):
    while True:
        ds = list("0123456789")
        r.shuffle(ds)
        miss = ds.pop()
        rep = r.choice(ds)
        ds.insert(r.randint(0, 9), rep)
        if ds[0] != "0":
            break
    ten = "".join(ds)
    s = ten + str(steuer_check(ten))
    assert steuer_ok(s), s
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s


def bad_steuer(r):
    s = steuer(r)
    s = s[:10] + str((int(s[10]) + 4) % 10)
    assert not steuer_ok(s)
    return s


BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273",
            "Firenze": "D612", "Bologna": "A944", "Bari": "A662", "Genova": "D969", "Verona": "L781"}


def codfis(r, p, dob):
    city = r.choice(sorted(BELFIORE))
    return cf_make(p.family, p.given, dob, p.female, BELFIORE[city]), city


def bad_codfis(cf):
    w = chr((ord(cf[15]) - 65 + 7) % 26 + 65)
    return cf[:15] + w


def nric(r, prefix=None):
    prefix = prefix or r.choice("STFG")
    seven = digits(r, 7)
    return prefix + seven + nric_letter(prefix, seven)


def bad_nric(r):
    s = nric(r, "S")
    tab = "JZIHGFEDCBA"
    return s[:-1] + tab[(tab.index(s[-1]) + 3) % 11]


def sin(r, sep=" "):
    ds = luhn_complete(str(r.randint(1, 7)) + digits(r, 7))
    return f"{ds[:3]}{sep}{ds[3:6]}{sep}{ds[6:]}"


def bad_sin(r):
    ds = re.sub(r"\D", "", sin(r))
    ds = ds[:8] + str((int(ds[8]) + 1) % 10)
    assert not luhn_ok(ds)
    return f"{ds[:3]} {ds[3:6]} {ds[6:]}"


def mbi(r, dashed=False):
    cls = ["19", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = ""
    for c in cls:
        out += r.choice({"19": "123456789", "A": MBI_ALPHA, "AN": MBI_AN, "N": "0123456789"}[c])
    return f"{out[:4]}-{out[4:7]}-{out[7:]}" if dashed else out


def us_passport(r):
    return r.choice([digits(r, 9), r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)])


PASSPORT_FMT = {
    "United Kingdom": lambda r: digits(r, 9), "Germany": lambda r: "C" + up(r, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
    "France": lambda r: digits(r, 2) + up(r, 2) + digits(r, 5), "Spain": lambda r: up(r, 3) + digits(r, 6),
    "Italy": lambda r: up(r, 2) + digits(r, 7), "Netherlands": lambda r: up(r, 2, "BCDFGHJKLMNPRSTVWXYZ") + up(r, 6, "BCDFGHJKLMNPRSTVWXYZ0123456789") + digits(r, 1),
    "Ireland": lambda r: up(r, 2) + digits(r, 7), "Canada": lambda r: up(r, 2) + digits(r, 6), "India": lambda r: up(r, 1) + digits(r, 7),
    "Brazil": lambda r: up(r, 2) + digits(r, 6), "China": lambda r: "E" + digits(r, 8), "Japan": lambda r: up(r, 2) + digits(r, 7),
    "Mexico": lambda r: "G" + digits(r, 8), "Singapore": lambda r: "K" + digits(r, 7) + up(r, 1), "Australia": lambda r: "P" + up(r, 1) + digits(r, 7),
    "Portugal": lambda r: up(r, 1) + digits(r, 6), "Poland": lambda r: up(r, 2) + digits(r, 7), "Nigeria": lambda r: "A" + digits(r, 8),
    "South Korea": lambda r: "M" + digits(r, 8), "Philippines": lambda r: "P" + digits(r, 7) + up(r, 1), "Switzerland": lambda r: "X" + digits(r, 7),
    "Ukraine": lambda r: up(r, 2) + digits(r, 6), "Türkiye": lambda r: "U" + digits(r, 8),
}


def passport(r, country=None):
    country = country or r.choice(sorted(PASSPORT_FMT))
    return country, PASSPORT_FMT[country](r)


# US driver licences: state -> (name, generator)
DL = {
    "CA": ("California", lambda r: up(r, 1) + digits(r, 7)),
    "FL": ("Florida", lambda r: f"{up(r,1)}{digits(r,3)}-{digits(r,3)}-{digits(r,2)}-{digits(r,3)}-{digits(r,1)}"),
    "IL": ("Illinois", lambda r: f"{up(r,1)}{digits(r,3)}-{digits(r,4)}-{digits(r,4)}"),
    "TX": ("Texas", lambda r: digits(r, 8)),
    "NY": ("New York", lambda r: f"{digits(r,3)} {digits(r,3)} {digits(r,3)}"),
    "PA": ("Pennsylvania", lambda r: f"{digits(r,2)} {digits(r,3)} {digits(r,3)}"),
    "MI": ("Michigan", lambda r: f"{up(r,1)} {digits(r,3)} {digits(r,3)} {digits(r,3)} {digits(r,3)}"),
    "NJ": ("New Jersey", lambda r: f"{up(r,1)}{digits(r,4)} {digits(r,5)} {digits(r,5)}"),
    "OH": ("Ohio", lambda r: up(r, 2) + digits(r, 6)),
    "WA": ("Washington", lambda r: "WDL" + up(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + digits(r, 3)),
    "GA": ("Georgia", lambda r: digits(r, 9)),
    "AZ": ("Arizona", lambda r: up(r, 1) + digits(r, 8)),
    "MA": ("Massachusetts", lambda r: "S" + digits(r, 8)),
    "CO": ("Colorado", lambda r: f"{digits(r,2)}-{digits(r,3)}-{digits(r,4)}"),
    "WI": ("Wisconsin", lambda r: f"{up(r,1)}{digits(r,3)}-{digits(r,4)}-{digits(r,4)}-{digits(r,2)}"),
    "MN": ("Minnesota", lambda r: up(r, 1) + digits(r, 12)),
    "VA": ("Virginia", lambda r: up(r, 1) + digits(r, 8)),
    "MD": ("Maryland", lambda r: f"{up(r,1)}-{digits(r,3)}-{digits(r,3)}-{digits(r,3)}-{digits(r,3)}"),
    "NC": ("North Carolina", lambda r: digits(r, 12)),
    "NV": ("Nevada", lambda r: digits(r, 10)),
    "HI": ("Hawaii", lambda r: "H" + digits(r, 8)),
    "ID": ("Idaho", lambda r: up(r, 2) + digits(r, 6) + up(r, 1)),
    "OR": ("Oregon", lambda r: digits(r, 7)),
    "KY": ("Kentucky", lambda r: up(r, 1) + digits(r, 8)),
}


def mrn(r):
    return r.choice([digits(r, 8), "E" + digits(r, 7), f"{up(r,3)}-{digits(r,6)}", f"{digits(r,3)}-{digits(r,2)}-{digits(r,2)}", "M" + digits(r, 9)])


def hpid(r):
    return r.choice([up(r, 3) + digits(r, 9), "W" + digits(r, 9), f"{up(r,2)}{digits(r,7)}-0{r.randint(1,4)}", f"H{digits(r,4)}{up(r,2)}{digits(r,4)}", digits(r, 3) + up(r, 1) + digits(r, 7)])


# ---- clinical vocabulary
DX = ["type 2 diabetes mellitus", "essential hypertension", "chronic obstructive pulmonary disease", "major depressive disorder",
      "atrial fibrillation", "moderate persistent asthma", "hypothyroidism", "rheumatoid arthritis", "chronic kidney disease stage 3a",
      "community-acquired pneumonia", "generalised anxiety disorder", "migraine without aura", "iron deficiency anaemia",
      "gastro-oesophageal reflux disease", "osteoarthritis of the right knee", "heart failure with reduced ejection fraction",
      "cellulitis of the left lower leg", "focal epilepsy", "relapsing-remitting multiple sclerosis", "ulcerative colitis",
      "plaque psoriasis", "HIV infection", "chronic hepatitis C", "bipolar I disorder", "paranoid schizophrenia",
      "deep vein thrombosis", "acute appendicitis", "urinary tract infection", "obstructive sleep apnoea", "gestational diabetes",
      "Hashimoto's thyroiditis", "Graves' disease", "sickle cell disease", "coeliac disease", "gout", "pulmonary embolism",
      "NSTEMI", "alcohol use disorder", "post-traumatic stress disorder", "stage II breast carcinoma", "Lyme disease"]
MEDS = ["metformin", "lisinopril", "atorvastatin", "amlodipine", "levothyroxine", "sertraline", "apixaban", "salbutamol",
        "omeprazole", "methotrexate", "insulin glargine", "Ozempic", "Eliquis", "Jardiance", "escitalopram", "prednisolone",
        "amoxicillin", "co-amoxiclav", "levetiracetam", "lamotrigine", "quetiapine", "tiotropium", "furosemide", "bisoprolol",
        "warfarin", "adalimumab", "mesalazine", "allopurinol", "montelukast", "methylphenidate", "tenofovir", "Humira",
        "Xarelto", "rosuvastatin", "empagliflozin", "hydroxychloroquine", "enoxaparin", "ondansetron", "Keppra", "lithium carbonate"]
DX_FR = ["diabète de type 2", "hypertension artérielle", "asthme", "insuffisance cardiaque", "dépression sévère"]
DX_ES = ["diabetes mellitus tipo 2", "hipertensión arterial", "asma bronquial", "fibrilación auricular", "trastorno depresivo mayor"]
DX_DE = ["Diabetes mellitus Typ 2", "arterielle Hypertonie", "Asthma bronchiale", "Vorhofflimmern", "Morbus Crohn"]
DX_PT = ["hipertensão arterial", "diabetes tipo 2", "asma", "insuficiência renal crónica"]
DX_IT = ["ipertensione arteriosa", "diabete mellito di tipo 2", "broncopneumopatia cronica ostruttiva"]
ICD = {"type 2 diabetes mellitus": "E11.9", "essential hypertension": "I10", "atrial fibrillation": "I48.91",
       "major depressive disorder": "F32.9", "moderate persistent asthma": "J45.40", "hypothyroidism": "E03.9",
       "community-acquired pneumonia": "J18.9", "urinary tract infection": "N39.0", "gout": "M10.9",
       "deep vein thrombosis": "I82.409", "focal epilepsy": "G40.109", "plaque psoriasis": "L40.0"}

COMPANIES_PEOPLE = ["Procter & Gamble", "Morgan Stanley", "Charles Schwab", "Ernst & Young", "Ralph Lauren", "Tommy Hilfiger",
                    "John Lewis", "Sainsbury's", "Louis Vuitton", "Peugeot", "Ferrari", "Siemens", "Philips", "Dell Technologies",
                    "Goldman Sachs", "Ben & Jerry's", "Dr. Martens", "Hugo Boss", "Estée Lauder", "Michael Kors", "Bosch",
                    "Lidl", "Ferrero", "Tata Consultancy Services", "Hewlett Packard Enterprise", "McKinsey & Company",
                    "Johnson Controls", "Dolce & Gabbana", "Kellogg's", "Cadbury"]
HOLIDAYS = ["Martin Luther King Jr. Day", "Washington's Birthday", "St. David's Day", "Labor Day", "Saint-Jean-Baptiste Day",
            "Tag der Deutschen Einheit", "Festa della Repubblica", "Diwali", "Hari Raya Puasa", "Columbus Day",
            "Juneteenth", "Lá Fhéile Pádraig", "Dia de Tiradentes", "Koningsdag", "Boxing Day", "Victoria Day"]


def version_ip_like(r):
    return f"{r.randint(1,12)}.{r.randint(0,20)}.{r.randint(0,9)}.{r.randint(100,9999)}"


def oid(r):
    return r.choice(["2.16.840.1.113883.19.5", "1.2.840.10008.5.1.4.1.1.2", "2.16.840.1.113883.6.96", "1.3.6.1.4.1.311.21.8",
                     f"2.16.840.1.113883.3.{r.randint(100,9999)}.{r.randint(1,40)}", "1.2.840.113549.1.1.11"])


def tracking(r):
    return r.choice([f"1Z{up(r,3,'0123456789ABCDEFGHJKLMNPRSTVWXY')}{digits(r,3)}{digits(r,10)}", f"{digits(r,4)} {digits(r,4)} {digits(r,4)}",
                     f"LX{digits(r,9)}DE", f"RR{digits(r,9)}GB", f"JD{nl_digits(r,16)}"])


def order_no(r):
    return r.choice([f"ORD-{r.randint(2023,2026)}-{digits(r,6)}", f"{digits(r,3)}-{digits(r,7)}-{digits(r,7)}", f"#{r.randint(100000,999999)}", f"PO{digits(r,8)}"])


def sku(r):
    return r.choice([f"SKU-{up(r,3)}-{digits(r,4)}", f"{up(r,2)}{digits(r,5)}-{up(r,1)}", f"{digits(r,3)}.{digits(r,3)}.{digits(r,2)}"])


# ============================================================================= templates
TEMPLATES = []


def T(n):
    def deco(fn):
        TEMPLATES.append((fn.__name__, n, fn))
        return fn
    return deco


# ----------------------------------------------------------------------------- forms / KYC
@T(2)
def form_pt_account_opening(r):
    d = Doc()
    p = person(r, "PT")
    dob = rdate(r, 1950, 2002)
    cty, pp = passport(r, r.choice(["Portugal", "Brazil", "Ukraine", "India"]))
    lines, _ = addr(r, "PT")
    d.t("BANCO ATLÂNTICO DO NORTE — Abertura de Conta / Account Opening\n",
        f"Balcão: {r.choice(['Porto-Boavista', 'Lisboa-Saldanha', 'Coimbra-Baixa'])}    Ref. processo: AC-{digits(r,7)}\n\n",
        "1. Identificação do titular\n")
    d.t("   Nome completo ........ ").L("PERSON", p.full).t("\n")
    d.t("   Data de nascimento ... ").L("DATE_OF_BIRTH", fd(dob, r.choice(["dash", "uk", "pt"]))).t("\n")
    d.t(f"   Nacionalidade ........ {'portuguesa' if cty == 'Portugal' else cty}\n")
    d.t(f"   Documento ............ Passaporte n.º ").L("PASSPORT", pp).t(f" (emitido por {cty}, válido até {fd(rdate(r, 2027, 2034), 'uk')})\n")
    d.t(f"   NIF .................. {digits(r,9)}\n")
    d.t("   Morada ............... ").L("ADDRESS", ", ".join(lines)).t("\n")
    d.t("   Telemóvel ............ ").L("PHONE", phone(r, "PT")).t("\n")
    d.t("   E-mail ............... ").L("EMAIL", email(r, p, "sapo.pt")).t("\n\n")
    d.t("2. Conta\n   IBAN atribuído: ").L("IBAN", iban(r, "PT")).t("\n")
    d.t(f"   Cartão de débito: **** **** **** {digits(r,4)} (a enviar por correio)\n")
    d.t(f"   Código interno do produto: CT-{digits(r,2)}.{digits(r,3)}.{digits(r,2)}\n\n")
    d.t("3. Declarações: o titular declara não ser pessoa politicamente exposta (PEP).\n",
        f"Assinado digitalmente em {fd(rdate(r, 2025, 2026), 'uk')} — selo temporal {r.randint(1735000000, 1780000000)}\n")
    return d, "form"


@T(2)
def form_uk_benefit_claim(r):
    d = Doc()
    p = person(r, "GB")
    dob = rdate(r, 1950, 2004)
    lines, _ = addr(r, "GB")
    d.t("DEPARTMENT FOR WORK AND PENSIONS – HOUSING SUPPORT CLAIM (HSC2)\n", "Part 1  About you\n")
    d.t("Surname:            ").L("PERSON", p.family.upper()).t("\n")
    d.t("Other names:        ").L("PERSON", p.given).t("\n")
    d.t("Date of birth:      ").L("DATE_OF_BIRTH", fd(dob, r.choice(["uk", "long", "ukmon"]))).t("\n")
    d.t("NI number:          ").L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, r.random() < 0.5)).t("\n")
    d.t("Address:            ").L("ADDRESS", "\n                    ".join(lines)).t("\n")
    d.t("Daytime phone:      ").L("PHONE", phone(r, "GB")).t("\n")
    if r.random() < 0.6:
        d.t("NHS number (if known): ").L("UK_NHS_NUMBER", nhs(r)).t("\n")
    else:
        d.t("NHS number (if known): not known\n")
    d.t("\nPart 4  How we pay you\n")
    sc = f"{digits(r,2)}-{digits(r,2)}-{digits(r,2)}"
    acc = digits(r, 8)
    if r.random() < 0.5:
        d.t("Sort code and account number: ").L("UK_BANK_ACCOUNT", f"{sc} {acc}").t("\n")
    else:
        d.t(f"Sort code:          {sc}\nAccount number:     ").L("UK_BANK_ACCOUNT", acc).t("\n")
    d.t(f"Building society roll number: n/a\nClaim reference: HSC2/{digits(r,6)}/{r.choice('ABCDEF')}    Form version 7.2.0.114\n")
    d.t("\nPart 6  Declaration\nI understand that I may be prosecuted if I give false information.\n")
    return d, "form"


@T(3)
def form_us_dmv_renewal(r):
    d = Doc()
    st = r.choice(sorted(DL))
    sname, gen = DL[st]
    p = person(r, "US")
    dob = rdate(r, 1945, 2005)
    lines, _ = addr(r, "US")
    d.t(f"STATE OF {sname.upper()} — DRIVER LICENSE / ID CARD RENEWAL APPLICATION\n")
    d.t(f"Form DL-{r.randint(10,99)}R (rev. {r.randint(1,12)}/{r.randint(2019,2025)})    Office #{r.randint(100,999)}\n\n")
    d.t("LAST NAME: ").L("PERSON", p.family.upper()).t("   FIRST: ").L("PERSON", p.given.upper()).t(f"   MI: {r.choice('ABCDEJKLMRST')}\n")
    d.t("DATE OF BIRTH (MM/DD/YYYY): ").L("DATE_OF_BIRTH", fd(dob, "us")).t(f"   SEX: {'F' if p.female else 'M'}   HEIGHT: {r.randint(4,6)}'{r.randint(0,11)}\"   EYES: {r.choice(['BRN', 'BLU', 'HZL', 'GRN'])}\n")
    d.t(f"CURRENT {st} LICENSE NO.: ").L("DRIVER_LICENSE", gen(r)).t(f"   CLASS: {r.choice(['C', 'D', 'M', 'CDL-A'])}\n")
    d.t("RESIDENCE ADDRESS: ").L("ADDRESS", ", ".join(addr(r, "US", st)[0])).t("\n")
    d.t(f"SSN (last four only): XXX-XX-{digits(r,4)}\n")
    d.t("PHONE: ").L("PHONE", phone(r, "US")).t("\n")
    d.t(f"Organ donor: {r.choice(['YES', 'NO'])}    Voter registration: {r.choice(['opt-in', 'declined'])}\n")
    d.t(f"Fee paid: ${r.choice(['33.00', '38.50', '45.25'])}  Receipt {order_no(r)}   Vision test: 20/{r.choice(['20', '25', '30'])}\n")
    return d, "form"


@T(2)
def form_schengen_visa(r):
    d = Doc()
    nat = r.choice(["India", "China", "Nigeria", "Türkiye", "Philippines", "South Korea", "Mexico", "Ukraine", "Brazil"])
    cc = {"India": "IN", "Brazil": "BR", "Mexico": "MX"}.get(nat)
    orig = {"India": "hindi", "China": "chinese", "Nigeria": r.choice(["yoruba", "igbo"]), "Türkiye": None, "Philippines": None,
            "South Korea": "korean", "Mexico": "mexican", "Ukraine": "russian", "Brazil": "brazilian"}[nat]
    p = person(r, origin=orig)
    dob = rdate(r, 1960, 2005)
    _, pp = passport(r, nat)
    lang = r.choice(["de", "fr", "it"])
    lab = {"de": ("Familienname", "Vorname(n)", "Geburtsdatum", "Nummer des Reisedokuments", "Wohnanschrift", "Telefon"),
           "fr": ("Nom de famille", "Prénom(s)", "Date de naissance", "Numéro du document de voyage", "Adresse du domicile", "Téléphone"),
           "it": ("Cognome", "Nome/i", "Data di nascita", "Numero del documento di viaggio", "Indirizzo", "Telefono")}[lang]
    d.t("APPLICATION FOR SCHENGEN VISA / ", {"de": "Antrag auf ein Schengen-Visum", "fr": "Demande de visa Schengen", "it": "Domanda di visto Schengen"}[lang], "\n")
    d.t("This application form is free. — Dieses Antragsformular ist kostenlos.\n\n")
    d.t(f"1. Surname / {lab[0]}: ").L("PERSON", p.family.upper()).t("\n")
    d.t(f"3. First name(s) / {lab[1]}: ").L("PERSON", p.given.upper()).t("\n")
    d.t(f"4. Date of birth / {lab[2]} (dd-mm-yyyy): ").L("DATE_OF_BIRTH", fd(dob, "dash")).t("\n")
    pob = {"India": "Pune", "China": "Chengdu", "Nigeria": "Ibadan", "Türkiye": "İzmir", "Philippines": "Cebu City", "South Korea": "Busan", "Mexico": "Guadalajara", "Ukraine": "Kharkiv", "Brazil": "Recife"}[nat]
    d.t(f"5. Place of birth: {pob}\n")
    d.t(f"7. Current nationality: {nat}\n")
    d.t("12. Type of travel document: Ordinary passport\n")
    d.t(f"13. Travel document number / {lab[3]}: ").L("PASSPORT", pp).t("\n")
    d.t(f"14. Date of issue: {fd(rdate(r, 2018, 2025), 'dash')}   15. Valid until: {fd(rdate(r, 2027, 2035), 'dash')}\n")
    d.t(f"17. Applicant's home address / {lab[4]}: ")
    if cc:
        d.L("ADDRESS", aline(r, cc))
    else:
        d.L("ADDRESS", {"Nigeria": f"{r.randint(1,90)} Adeola Odeku Street, Victoria Island, Lagos 101241", "Philippines": f"{r.randint(1,300)} Mabini St., Barangay {r.randint(1,99)}, Cebu City 6000",
                        "Türkiye": f"Atatürk Bulvarı No: {r.randint(1,200)} D: {r.randint(1,20)}, 06680 Çankaya/Ankara", "China": f"Room {r.randint(101,2509)}, No. {r.randint(1,99)} Tianfu Avenue, Chengdu 610041",
                        "Ukraine": f"вул. Сумська, {r.randint(1,120)}, кв. {r.randint(1,90)}, Харків 61002", "South Korea": f"{r.randint(1,300)} Haeundae-ro, Haeundae-gu, Busan 48095"}[nat])
    d.t(f"\n    {lab[5]}: ")
    d.L("PHONE", phone(r, cc) if cc else {"Nigeria": f"+234 803 {digits(r,3)} {digits(r,4)}", "Philippines": f"+63 917 {digits(r,3)} {digits(r,4)}", "Türkiye": f"+90 532 {digits(r,3)} {digits(r,2)} {digits(r,2)}",
                                          "China": f"+86 138 {digits(r,4)} {digits(r,4)}", "Ukraine": f"+380 67 {digits(r,3)} {digits(r,2)} {digits(r,2)}", "South Korea": f"+82 10-{digits(r,4)}-{digits(r,4)}"}[nat])
    d.t("   E-mail: ").L("EMAIL", email(r, p, r.choice(["gmail.com", "yahoo.com", "naver.com", "qq.com"]))).t("\n")
    d.t(f"29. Intended date of arrival: {fd(rdate(r, 2026, 2026), 'dash')}\n")
    d.t(f"For official use only: VIS ref {up(r,3)}{digits(r,10)} · fee €90 · barcode {nl_digits(r,13)}\n")
    return d, "form"


@T(3)
def form_cms_claim(r):
    d = Doc()
    p = person(r, "US")
    dob = rdate(r, 1930, 1960 if r.random() < 0.5 else 2010)
    medicare = dob[0] < 1961
    lines, st = addr(r, "US")
    dx = r.sample(DX, 2)
    d.t("HEALTH INSURANCE CLAIM FORM   APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12\n")
    d.t(f"1. {'MEDICARE' if medicare else 'GROUP HEALTH PLAN'}  [X]\n")
    d.t("1a. INSURED'S I.D. NUMBER: ")
    if medicare:
        d.L("US_MBI", mbi(r, r.random() < 0.4))
    else:
        d.L("HEALTH_PLAN_ID", hpid(r))
    d.t("\n2. PATIENT'S NAME (Last, First, MI): ").L("PERSON", f"{p.family.upper()}, {p.given.upper()}").t("\n")
    d.t("3. PATIENT'S BIRTH DATE: ").L("DATE_OF_BIRTH", fd(dob, "us")).t(f"  SEX {'F' if p.female else 'M'}\n")
    d.t("5. PATIENT'S ADDRESS: ").L("ADDRESS", ", ".join(lines)).t("\n   TELEPHONE: ").L("PHONE", phone(r, "US", "paren")).t("\n")
    d.t(f"11. INSURED'S POLICY GROUP OR FECA NUMBER: GRP-{digits(r,6)}\n")
    d.t(f"11c. INSURANCE PLAN NAME: {r.choice(['BLUE RIVER PPO', 'CASCADE HMO GOLD', 'MERIDIAN CHOICE EPO', 'Medicare Part B'])}\n")
    d.t("21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY\n")
    for i, x in enumerate(dx):
        d.t(f"    {'AB'[i]}. {ICD.get(x, 'R69')}  ").L("DIAGNOSIS", x).t("\n")
    d.t(f"24. DOS {fd(rdate(r,2025,2026),'us')}  CPT {r.choice(['99214', '99213', '93000', '80053'])}  CHARGES ${r.randint(80,600)}.00\n")
    d.t(f"25. FEDERAL TAX I.D. NUMBER: {digits(r,2)}-{digits(r,7)}   33. BILLING NPI: {digits(r,10)}\n")
    return d, "form"


@T(2)
def form_blank_templates(r):
    d = Doc()
    kind = r.choice(["kyc", "hr"])
    if kind == "kyc":
        d.t("CUSTOMER DUE DILIGENCE — INDIVIDUAL (blank, v3.4.0.12)\n\n")
        for lab in ["Full Name", "Date Of Birth", "Place Of Birth", "Nationality", "Passport Number", "Passport Issuing Country",
                    "National Insurance Number", "Tax Identification Number", "Residential Address", "Mobile Phone", "Email Address",
                    "IBAN", "Source Of Funds", "Politically Exposed Person (Y/N)"]:
            d.t(f"{lab}: ____________________________\n")
        d.t("\nExample format for IBAN: XX00 XXXX XXXX XXXX XXXX XX. Do not write your card number (e.g. **** **** **** 1234).\n")
    else:
        d.t("Nuevo empleado / New Starter Checklist (plantilla)\n")
        for lab in ["Nombre y Apellidos / Name", "Fecha de nacimiento / Date of Birth", "DNI/NIE", "Número de la Seguridad Social",
                    "Domicilio / Home Address", "Teléfono / Phone", "Correo electrónico / Email", "Contacto de emergencia / Emergency Contact",
                    "Driver License No. & State", "Medical Conditions (optional)"]:
            d.t(f"[ ] {lab} ......................\n")
        d.t(f"\nPlease return to People Ops by {r.choice(HOLIDAYS)} eve. Template ID HR-ONB-{digits(r,4)} · revision 2.1.0.7\n")
    return d, "form"


@T(2)
def form_in_kyc(r):
    d = Doc()
    p = person(r, "IN")
    dob = rdate(r, 1955, 2004)
    d.t("KNOW YOUR CUSTOMER (KYC) APPLICATION FORM — INDIVIDUAL\n(Central KYC Registry compatible · Form 60 not applicable)\n\n")
    d.t("Applicant Name: ").L("PERSON", p.full.upper()).t("\n")
    rel = person(r, "IN", origin=p.origin, female=False)
    d.t("Father's / Spouse's Name: ").L("PERSON", rel.full.upper()).t("\n")
    d.t("Date of Birth: ").L("DATE_OF_BIRTH", fd(dob, r.choice(["dash", "uk"]))).t(f"   Gender: {'F' if p.female else 'M'}\n")
    d.t(f"PAN: {up(r,5)}{digits(r,4)}{up(r,1)}\n")
    d.t("Proof of Identity: Aadhaar (last 4 digits only are printed on the acknowledgement)\n  Aadhaar No.: ").L("IN_AADHAAR", aadhaar(r, r.random() < 0.7)).t("\n")
    d.t("Correspondence Address: ").L("ADDRESS", aline(r, "IN")).t("\n")
    d.t("Mobile: ").L("PHONE", phone(r, "IN")).t("   Email: ").L("EMAIL", email(r, p, r.choice(["rediffmail.com", "gmail.com"]))).t("\n")
    d.t(f"Acknowledgement No.: {nl_digits(r,14)}    CKYC ref: XXXX XXXX {digits(r,4)}\n")
    d.t(f"Reference Aadhaar shown on sample card (invalid, for illustration): {bad_aadhaar(r)}\n")
    return d, "form"


@T(2)
def form_sg_employment(r):
    d = Doc()
    p = person(r, "SG")
    dob = rdate(r, 1960, 2003)
    d.t("TENANCY / EMPLOYMENT PASS SUPPORTING DETAILS 租赁资料表\n", "------------------------------------------------\n")
    d.t("Name (as in NRIC/FIN): ").L("PERSON", p.full.upper()).t("\n")
    d.t("NRIC/FIN No.: ").L("SG_NRIC", nric(r)).t("\n")
    d.t("D.O.B.: ").L("DATE_OF_BIRTH", fd(dob, r.choice(["uk", "long"]))).t("\n")
    d.t("Residential address: ").L("ADDRESS", aline(r, "SG")).t("\n")
    d.t("HP: ").L("PHONE", phone(r, "SG")).t("\n")
    d.t(f"Employer UEN: {digits(r,9)}{up(r,1)}   Occupation: {r.choice(['Data engineer', 'Staff nurse', 'Quantity surveyor', 'Chef de partie'])}\n")
    d.t(f"Monthly rent: S${r.randint(1800,5200)}   Lease ref: LS/{digits(r,4)}/{r.randint(2025,2026)}\n")
    d.t(f"Note: FIN {bad_nric(r)} on the old lease was rejected by the validator (wrong check letter).\n")
    return d, "form"


@T(2)
def form_ca_direct_deposit(r):
    d = Doc()
    p = person(r, "CA")
    lines, _ = addr(r, "CA")
    fr = r.random() < 0.5
    d.t("Direct Deposit Enrolment Form / Formulaire d'adhésion au dépôt direct\n\n")
    d.t("Name / Nom: ").L("PERSON", p.full).t("\n")
    d.t("Social Insurance Number / Numéro d'assurance sociale: ").L("CA_SIN", sin(r, r.choice([" ", "-"]))).t("\n")
    d.t("Home address / Adresse: ").L("ADDRESS", ", ".join(lines)).t("\n")
    d.t("Telephone / Téléphone: ").L("PHONE", phone(r, "CA")).t("\n")
    d.t(f"Branch (transit) number: {digits(r,5)}   Institution: {r.choice(['001', '002', '003', '004', '006', '815'])}   Account: ")
    d.t(f"{digits(r,7)}\n")
    d.t(f"Cheque specimen serial {digits(r,9)} — do NOT use the number {bad_sin(r)} shown on the sample card.\n")
    d.t(f"Effective pay period: {r.choice(['PP01', 'PP14', 'PP22'])}-{r.randint(2025,2026)}\n")
    return d, "form"


@T(2)
def form_br_cadastro(r):
    d = Doc()
    p = person(r, "BR")
    dob = rdate(r, 1950, 2005)
    d.t("FICHA CADASTRAL — PESSOA FÍSICA\nLoja: ", r.choice(["Magazine Boa Vista", "Casas Ferreira", "Drogaria Central"]), f"  ·  Protocolo {digits(r,10)}\n\n")
    d.t("Nome: ").L("PERSON", p.full).t("\n")
    d.t("CPF: ").L("BR_CPF", cpf(r, r.random() < 0.8)).t(f"    RG: {digits(r,2)}.{digits(r,3)}.{digits(r,3)}-{r.randint(0,9)}\n")
    d.t("Data de nascimento: ").L("DATE_OF_BIRTH", fd(dob, r.choice(["uk", "pt"]))).t("\n")
    d.t("Endereço: ").L("ADDRESS", aline(r, "BR")).t("\n")
    d.t("Celular/WhatsApp: ").L("PHONE", phone(r, "BR")).t("\n")
    d.t("E-mail: ").L("EMAIL", email(r, p, r.choice(["uol.com.br", "bol.com.br", "gmail.com"]))).t("\n")
    d.t(f"Renda declarada: R$ {r.randint(1500,18000)},00   Limite aprovado: R$ {r.randint(300,5000)},00\n")
    d.t(f"Conferência: CPF do avalista {bad_cpf(r)} — dígito verificador inválido, recusado.\n")
    return d, "form"


@T(2)
def form_de_steuer_kyc(r):
    d = Doc()
    p = person(r, "DE")
    dob = rdate(r, 1950, 2004)
    d.t("Kontoeröffnung Privatkunden — Selbstauskunft nach § 154 AO\n\n")
    d.t("Name, Vorname: ").L("PERSON", f"{p.family}, {p.given}").t("\n")
    d.t("Geburtsdatum: ").L("DATE_OF_BIRTH", fd(dob, r.choice(["de", "dep"]))).t(f"   Geburtsort: {r.choice(['Chemnitz', 'Bremerhaven', 'Split', 'Ulm', 'Kassel'])}\n")
    d.t("Steuerliche Identifikationsnummer: ").L("DE_TAX_ID", steuer(r, r.random() < 0.4)).t("\n")
    d.t("Anschrift: ").L("ADDRESS", aline(r, "DE")).t("\n")
    d.t("Telefon: ").L("PHONE", phone(r, "DE")).t("\n")
    d.t("Referenzkonto (IBAN): ").L("IBAN", iban(r, r.choice(["DE", "AT", "NL"]))).t("\n")
    cty, pp = passport(r, r.choice(["Germany", "Poland", "Ukraine", "Türkiye"]))
    d.t(f"Ausweisdokument: Reisepass ({cty}), Passnummer ").L("PASSPORT", pp).t("\n")
    d.t(f"Formular-Nr. 192 643.002 · Stand 04/2025 · Kundennummer {digits(r,10)}\n")
    return d, "form"


# ----------------------------------------------------------------------------- clinical
@T(3)
def cn_progress_note(r):
    d = Doc()
    cc = r.choice(["US", "GB", "IE", "CA", "AU"])
    p = person(r, cc)
    dob = rdate(r, 1940, 2005)
    dx1, dx2, neg = r.sample(DX, 3)
    m1, m2 = r.sample(MEDS, 2)
    doc = person(r, cc)
    d.t(f"{r.choice(['Riverside Family Practice', 'Harbourside Medical Centre', 'North Quay Clinic'])} — Progress Note\n")
    d.t("Patient: ").L("PERSON", p.full).t("   MRN: ").L("MEDICAL_RECORD_NUMBER", mrn(r)).t("   DOB: ").L("DATE_OF_BIRTH", fd(dob, "us" if cc == "US" else "uk")).t("\n")
    d.t(f"Visit: {fd(rdate(r,2025,2026),'iso')} 10:{r.randint(10,59)}   Clinician: Dr ").L("PERSON", doc.full).t("\n\n")
    d.t("S: ").t(r.choice([f"{r.randint(22,89)}yo presenting for follow-up of ", "Here to review "])).L("DIAGNOSIS", dx1)
    d.t(r.choice([". Says work has been 'a total headache' lately but no actual headaches. ", ". Reports feeling 'under the weather' after travel. "]))
    d.t("Denies chest pain, denies shortness of breath. No history of ").t(neg).t(".\n")
    d.t("O: BP ", f"{r.randint(110,165)}/{r.randint(65,98)}", f", HR {r.randint(55,105)}, SpO2 {r.randint(93,99)}% RA, BMI {r.randint(19,38)}.{r.randint(0,9)}.\n")
    d.t("A: ").L("DIAGNOSIS", dx1).t(", stable. Also known ").L("DIAGNOSIS", dx2).t(".\n")
    d.t("P: Continue ").L("MEDICATION", m1).t(f" {r.choice(['500 mg BID', '10 mg daily', '25 mcg OD', '20 mg nocte'])}; start ").L("MEDICATION", m2)
    d.t(f" {r.choice(['5 mg', '2.5 mg BD', '100 mg'])}. Recheck in {r.randint(2,12)} weeks. Pt may call the nurse line ").L("PHONE", phone(r, cc)).t(".\n")
    d.t(f"Order set v{version_ip_like(r)} · encounter {digits(r,9)}\n")
    return d, "clinical_note"


@T(2)
def cn_telepsych(r):
    d = Doc()
    p = person(r, r.choice(["US", "CA"]))
    dob = rdate(r, 1970, 2006)
    d.t("TELEHEALTH BEHAVIORAL HEALTH NOTE (video, patient at home)\n")
    d.t("Name: ").L("PERSON", p.last_first).t("  |  DOB ").L("DATE_OF_BIRTH", fd(dob, "us1")).t("  |  Chart # ").L("MEDICAL_RECORD_NUMBER", mrn(r)).t("\n")
    d.t(f"Connection from IP ").L("IP_ADDRESS", ipv4(r, "pub")).t(f" (client build 5.14.2.{r.randint(1000,9999)})\n\n")
    dx = r.choice(["major depressive disorder, recurrent, moderate", "generalised anxiety disorder", "bipolar I disorder", "post-traumatic stress disorder", "ADHD, combined presentation"])
    med = r.choice(["sertraline", "escitalopram", "lamotrigine", "quetiapine", "methylphenidate", "bupropion", "venlafaxine"])
    d.t("Pt reports mood 5/10, sleep improved. Discussed the 'Great Depression' history documentary she watched — not relevant clinically.\n")
    d.t("Dx: ").L("DIAGNOSIS", dx).t("\nRx: ").L("MEDICATION", med).t(f" {r.choice(['50 mg', '100 mg', '10 mg', '150 mg XL'])} daily, no change.\n")
    d.t("Safety plan reviewed. Suicidal ideation: denied. Psychosis: no evidence.\n")
    d.t("Crisis line given: 988. Next session in 2 weeks.\n")
    return d, "clinical_note"


@T(2)
def cn_ed_triage_es(r):
    d = Doc()
    p = person(r, "ES")
    dob = rdate(r, 1935, 2010)
    d.t("HOSPITAL UNIVERSITARIO — URGENCIAS · Hoja de triaje (Manchester)\n")
    d.t("Paciente: ").L("PERSON", p.full).t("   NHC: ").L("MEDICAL_RECORD_NUMBER", digits(r, 7)).t("\n")
    d.t("F. nacimiento: ").L("DATE_OF_BIRTH", fd(dob, "uk")).t("   DNI/NIE: ").L("ES_DNI", dni(r, r.random() < 0.35)).t("\n")
    d.t("Teléfono de contacto: ").L("PHONE", phone(r, "ES")).t("\n")
    d.t(f"Motivo de consulta: dolor torácico de {r.randint(1,6)} h de evolución. Prioridad: {r.choice(['naranja', 'amarillo'])}.\n")
    d.t("Antecedentes: ").L("DIAGNOSIS", r.choice(DX_ES)).t(", en tratamiento con ").L("MEDICATION", r.choice(["enalapril", "metformina", "Sintrom", "omeprazol", "atorvastatina"])).t(".\n")
    d.t("Niega alergias medicamentosas. Se descarta tromboembolismo pulmonar (dímero D negativo).\n")
    d.t(f"Box {r.randint(1,14)} · hora de llegada {r.randint(0,23):02d}:{r.randint(0,59):02d} · episodio {digits(r,10)}\n")
    return d, "clinical_note"


@T(2)
def ds_uk_discharge(r):
    d = Doc()
    p = person(r, "GB")
    dob = rdate(r, 1930, 2000)
    lines, _ = addr(r, "GB")
    gp = person(r, "GB")
    dx = r.choice(["community-acquired pneumonia", "NSTEMI", "acute exacerbation of chronic obstructive pulmonary disease", "pulmonary embolism", "cellulitis of the left lower leg"])
    d.t(f"{r.choice(['St Aldhelm', 'Pennine Valley', 'Royal Tamar'])} NHS Foundation Trust\nDISCHARGE SUMMARY — Ward {r.randint(1,30)}{r.choice('ABC')}\n\n")
    d.t("Patient: ").L("PERSON", p.full).t("\nNHS No: ").L("UK_NHS_NUMBER", nhs(r)).t("      Hospital No: ").L("MEDICAL_RECORD_NUMBER", up(r, 1) + digits(r, 6)).t("\n")
    d.t("D.O.B.: ").L("DATE_OF_BIRTH", fd(dob, r.choice(["uk", "long"]))).t("\nAddress: ").L("ADDRESS", ", ".join(lines)).t("\n")
    d.t("GP: Dr ").L("PERSON", gp.initial).t(f", {r.choice(['Oakwood Surgery', 'The Limes Medical Practice', 'Canal Side Health Centre'])}\n\n")
    a_, b_ = dpair(r, "uk", 12)
    d.t(f"Admitted {a_}   Discharged {b_}\n")
    d.t("Primary diagnosis: ").L("DIAGNOSIS", dx).t("\nComorbidities: ").L("DIAGNOSIS", r.choice(DX)).t("\n")
    d.t("Investigations: CXR as reported; troponin trend; CTPA — no filling defect (PE excluded where applicable).\n")
    d.t("Medications on discharge:\n")
    for m in r.sample(MEDS, 3):
        d.t("  - ").L("MEDICATION", m).t(f"  {r.choice(['5 mg OD', '40 mg ON', '1 puff BD', '500 mg TDS x5 days', '2.5 mg BD'])}\n")
    d.t("Stopped: ").L("MEDICATION", r.choice(["naproxen", "ibuprofen", "diclofenac"])).t(" (renal function).\n")
    d.t("Follow-up: respiratory clinic 6/52. Contact the ward on ").L("PHONE", phone(r, "GB")).t(".\n")
    d.t(f"\n-- page 2 of 2 -- printed {fd(rdate(r,2026,2026),'iso')}T{r.randint(10,23)}:{r.randint(10,59)}:00Z  doc OID {oid(r)}\n")
    return d, "discharge_summary"


@T(2)
def ds_fr_compte_rendu(r):
    d = Doc()
    p = person(r, "FR")
    dob = rdate(r, 1940, 2000)
    d.t("CENTRE HOSPITALIER — Compte rendu d'hospitalisation\nService de cardiologie\n\n")
    d.t("Patient(e) : ").L("PERSON", f"{p.family.upper()} {p.given}").t("   Né(e) le : ").L("DATE_OF_BIRTH", fd(dob, r.choice(["uk", "fr"]))).t("\n")
    d.t("N° de sécurité sociale : ").L("FR_NIR", nir(r, p.female, dob, r.random() < 0.6)).t("\nIPP : ").L("MEDICAL_RECORD_NUMBER", digits(r, 9)).t("\n")
    d.t("Adresse : ").L("ADDRESS", aline(r, "FR")).t("\n\n")
    d.t("Motif : dyspnée d'effort. Diagnostic retenu : ").L("DIAGNOSIS", r.choice(DX_FR)).t(".\n")
    d.t("Pas d'antécédent d'embolie pulmonaire. Traitement de sortie : ").L("MEDICATION", r.choice(["bisoprolol", "ramipril", "furosémide", "Kardégic"])).t(", ")
    d.t("").L("MEDICATION", r.choice(["apixaban", "atorvastatine", "spironolactone"])).t(".\n")
    d.t(f"Rendez-vous de contrôle le {fd(rdate(r,2026,2026),'fr')}. Secrétariat : ").L("PHONE", phone(r, "FR")).t("\n")
    d.t(f"Document signé électroniquement — empreinte {''.join(r.choice('0123456789abcdef') for _ in range(16))}\n")
    return d, "discharge_summary"


@T(4)
def lab_report_fixed(r):
    d = Doc()
    cc = r.choice(["US", "GB", "SG", "IN"])
    p = person(r, cc)
    dob = rdate(r, 1940, 2010)
    d.t(f"{r.choice(['CLARION DIAGNOSTICS', 'METROLAB PATHOLOGY', 'SOUTHERN CROSS LABS'])}   ACCESSION {up(r,2)}{digits(r,8)}\n")
    d.t("=" * 72 + "\n")
    d.t("PATIENT : ").L("PERSON", p.last_first if cc != "SG" else p.full.upper()).t("\n")
    d.t("DOB     : ").L("DATE_OF_BIRTH", fd(dob, "us" if cc == "US" else "uk")).t(f"     SEX : {'F' if p.female else 'M'}\n")
    d.t("MRN     : ").L("MEDICAL_RECORD_NUMBER", mrn(r)).t("\n")
    if cc == "SG":
        d.t("NRIC    : ").L("SG_NRIC", nric(r, r.choice("ST"))).t("\n")
    if cc == "GB":
        d.t("NHS NO  : ").L("UK_NHS_NUMBER", nhs(r, r.random() < 0.5)).t("\n")
    a_, b_ = dpair(r, "iso", 1)
    d.t(f"COLLECTED {a_} 07:{r.randint(10,59)}   RECEIVED {b_} 09:{r.randint(10,59)}\n")
    d.t("CLINICAL INFO: ")
    if r.random() < 0.6:
        d.L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "chronic kidney disease stage 3a", "hypothyroidism", "iron deficiency anaemia"])).t(" on ").L("MEDICATION", r.choice(["metformin", "levothyroxine", "ferrous sulfate", "empagliflozin"])).t("\n")
    else:
        d.t("routine screening, ? anaemia\n")
    d.t("-" * 72 + "\n")
    d.t(f"{'TEST':<28}{'RESULT':>10}  {'UNITS':<10}{'REF RANGE':<16}FLAG\n")
    tests = [("HbA1c", f"{r.randint(38,90)}", "mmol/mol", "20-41"), ("Creatinine", f"{r.randint(50,190)}", "umol/L", "45-110"),
             ("eGFR", f"{r.randint(25,95)}", "mL/min", ">60"), ("TSH", f"{r.randint(1,90)/10:.1f}", "mIU/L", "0.4-4.0"),
             ("Haemoglobin", f"{r.randint(85,165)}", "g/L", "115-165"), ("Ferritin", f"{r.randint(5,300)}", "ug/L", "30-400")]
    for t_ in r.sample(tests, 4):
        d.t(f"{t_[0]:<28}{t_[1]:>10}  {t_[2]:<10}{t_[3]:<16}{r.choice(['', 'H', 'L', ''])}\n")
    d.t("-" * 72 + "\n")
    d.t(f"Verified by: {r.choice(['BMS', 'MLS'])} ").L("PERSON", person(r, cc).initial).t(f"   Analyzer firmware 3.2.11.{r.randint(100,999)}   LOINC 4548-4\n")
    return d, "lab_report"


@T(2)
def hl7_adt(r):
    d = Doc()
    p = person(r, "US")
    dob = rdate(r, 1935, 2015)
    lines, st = addr(r, "US")
    street = lines[0]
    city, rest = lines[1].split(", ")
    st_, z = rest.split()
    ts = f"{r.randint(2025,2026)}{r.randint(1,12):02d}{r.randint(1,28):02d}{r.randint(0,23):02d}{r.randint(0,59):02d}"
    sep = r.choice(["\r", "\n"])
    mid = r.choice("ABCDEFGHJK")
    d.t(f"MSH|^~\\&|EPICADT|{r.choice(['MERCYHOSP', 'STLUKES', 'VALLEYMC'])}|LABSYS|CORE|{ts}||ADT^A{r.choice(['01', '04', '08'])}|MSG{digits(r,8)}|P|2.5.1{sep}")
    d.t(f"EVN|A04|{ts}{sep}")
    d.t("PID|1||").L("MEDICAL_RECORD_NUMBER", digits(r, 7)).t(f"^^^{r.choice(['MRN', 'HOSP'])}^MR~{digits(r,4)}^^^SS^SS||")
    d.L("PERSON", f"{strip_acc(p.family).upper()}^{strip_acc(p.given).upper()}^{mid}").t("||").L("DATE_OF_BIRTH", fd(dob, "hl7"))
    d.t(f"|{'F' if p.female else 'M'}|||").L("ADDRESS", f"{street}^^{city}^{st_}^{z}").t("^USA||").L("PHONE", phone(r, "US", "paren")).t(f"^PRN^PH|||{r.choice(['M', 'S', 'W'])}||{digits(r,9)}{sep}")
    nk = person(r, "US")
    d.t("NK1|1|").L("PERSON", f"{strip_acc(nk.family).upper()}^{strip_acc(nk.given).upper()}").t("|{}^{}||".format(*r.choice([("SPO", "Spouse"), ("CHD", "Child"), ("PAR", "Parent")]))).L("PHONE", phone(r, "US", "dash")).t(sep)
    d.t(f"PV1|1|I|{r.choice(['4W', 'ICU', 'MED2'])}^{r.randint(400,499)}^{r.randint(1,2)}|||||{digits(r,10)}^{r.choice(['ALVAREZ', 'CHEN', 'OKORO'])}^{r.choice(['M', 'L', 'R'])}|||MED{sep}")
    dx = r.choice(list(ICD))
    d.t(f"DG1|1|I10|{ICD[dx]}^").L("DIAGNOSIS", dx).t(f"^I10|||A{sep}")
    d.t(f"IN1|1|{r.choice(['BCBS01', 'AETNA7', 'UHC22'])}|{digits(r,5)}|{r.choice(['BLUE CROSS', 'AETNA CHOICE POS', 'UNITEDHEALTHCARE'])}|||||GRP{digits(r,5)}|||||||")
    d.L("PERSON", f"{strip_acc(p.family).upper()}^{strip_acc(p.given).upper()}").t("|SEL|").L("DATE_OF_BIRTH", fd(dob, "hl7")).t("||||||||||||||||||")
    d.L("HEALTH_PLAN_ID", hpid(r)).t(sep)
    return d, "hl7"


@T(3)
def hl7_oru_rde(r):
    d = Doc()
    p = person(r, r.choice(["US", "CA"]))
    dob = rdate(r, 1935, 2015)
    sep = "\r"
    ts = f"20260{r.randint(1,9)}{r.randint(10,28)}{r.randint(10,23)}{r.randint(10,59)}"
    kind = r.choice(["ORU", "RDE"])
    d.t(f"MSH|^~\\&|{kind}SRC|FAC{r.randint(1,9)}|EHR|FAC|{ts}||{kind}^{'R01' if kind == 'ORU' else 'O11'}|{digits(r,10)}|P|2.3{sep}")
    d.t("PID|||").L("MEDICAL_RECORD_NUMBER", "E" + digits(r, 7)).t("^^^FAC^MR||").L("PERSON", f"{strip_acc(p.family).upper()}^{strip_acc(p.given).upper()}").t("||")
    d.L("DATE_OF_BIRTH", fd(dob, "hl7")).t(f"|{'F' if p.female else 'M'}{sep}")
    if kind == "ORU":
        d.t(f"OBR|1|{digits(r,8)}|{digits(r,8)}|24323-8^Comprehensive metabolic panel^LN|||{ts}{sep}")
        for code, name, val, u in [("2345-7", "Glucose", r.randint(70, 250), "mg/dL"), ("2160-0", "Creatinine", r.randint(5, 30) / 10, "mg/dL"), ("2951-2", "Sodium", r.randint(128, 146), "mmol/L")]:
            d.t(f"OBX|{r.randint(1,9)}|NM|{code}^{name}^LN||{val}|{u}|||||F{sep}")
        d.t(f"NTE|1||Device OID {oid(r)}; result verified by autoverification rule 4.2.0.118{sep}")
    else:
        med = r.choice(MEDS)
        d.t(f"ORC|NW|{digits(r,9)}{sep}")
        d.t(f"RXE|1^BID^HL70335|{digits(r,5)}-{digits(r,4)}-{digits(r,2)}^").L("MEDICATION", med.upper()).t(f"^NDC|{r.choice(['5', '10', '20', '500'])}||MG{sep}")
        dx = r.choice(list(ICD))
        d.t("DG1|1||").t(f"{ICD[dx]}^").L("DIAGNOSIS", dx).t(f"^I10{sep}")
    return d, "hl7"


def _fhir_bundle(r, with_refuted=True):
    cc = r.choice(["US", "GB", "NL", "IE", "AU"])
    p = person(r, cc)
    dob = rdate(r, 1940, 2012)
    lines, _ = addr(r, cc)
    pid = f"pat-{digits(r,6)}"
    dx = r.choice(DX)
    refuted = r.choice([x for x in DX if x != dx])
    med = r.choice(MEDS)
    pat = {"resourceType": "Patient", "id": pid,
           "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                           "system": f"urn:oid:{oid(r)}", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
           "name": [{"use": "official", "family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
           "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc)), "use": "mobile"},
                       {"system": "email", "value": L("EMAIL", email(r, p))}],
           "gender": "female" if p.female else "male", "birthDate": L("DATE_OF_BIRTH", fd(dob, "iso")),
           "address": [{"line": [L("ADDRESS", lines[0])], "city": lines[1].split(",")[0][:20], "country": cc}]}
    if cc == "GB":
        pat["identifier"].append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r, False))})
    ents = [{"resource": pat},
            {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                          "verificationStatus": {"coding": [{"code": "confirmed"}]},
                          "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": f"Patient/{pid}"}}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active",
                          "medicationCodeableConcept": {"text": L("MEDICATION", med)},
                          "dosage": [{"text": r.choice(["1 tablet daily", "2 puffs twice daily", "10 units at night"])}],
                          "subject": {"reference": f"Patient/{pid}"}}}]
    if with_refuted:
        ents.append({"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                                  "code": {"text": refuted}, "subject": {"reference": f"Patient/{pid}"}}})
    if cc == "US" and r.random() < 0.7:
        ents.append({"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", hpid(r)),
                                  "beneficiary": {"reference": f"Patient/{pid}"},
                                  "class": [{"type": {"text": "group"}, "value": f"GRP{digits(r,6)}"}],
                                  "payor": [{"display": r.choice(["Cascade Health Alliance", "Blue River Mutual"])}]}})
    return {"resourceType": "Bundle", "type": "collection", "timestamp": f"2026-0{r.randint(1,9)}-1{r.randint(0,9)}T08:{r.randint(10,59)}:00Z", "entry": ents}


@T(4)
def fhir_bundle(r):
    d = Doc()
    jemit(d, _fhir_bundle(r, r.random() < 0.7), indent=r.choice([2, 1]))
    d.t("\n")
    return d, "fhir_json"


@T(1)
def fhir_valueset_catalogue(r):
    d = Doc()
    vs = {"resourceType": "ValueSet", "id": "chronic-conditions-demo", "version": "4.0.1.2024", "status": "active",
          "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [
              {"code": "44054006", "display": "Diabetes mellitus type 2"}, {"code": "195967001", "display": "Asthma"},
              {"code": "49436004", "display": "Atrial fibrillation"}, {"code": "35489007", "display": "Depressive disorder"},
              {"code": "69896004", "display": "Rheumatoid arthritis"}]}]},
          "publisher": "Demo Terminology Service", "url": f"urn:oid:{oid(r)}"}
    jemit(d, vs)
    d.t("\n")
    return d, "fhir_json"


@T(2)
def lab_pharmacy_refill_log(r):
    d = Doc()
    d.t(f"# pharmacy dispensing journal — store {r.randint(1000,9999)} — {fd(rdate(r,2026,2026),'iso')}\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, "US")
        med = r.choice(MEDS)
        ts = f"{r.randint(8,20):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"
        d.t(f"{ts} DISPENSE rx={digits(r,7)} ndc={digits(r,5)}-{digits(r,4)}-{digits(r,2)} drug=\"").L("MEDICATION", med.upper()).t(f" {r.choice(['10MG', '500MG', '20MG', '100U/ML'])}\" qty={r.choice([30, 60, 90])} patient=\"")
        d.L("PERSON", p.last_first).t("\" dob=").L("DATE_OF_BIRTH", fd(rdate(r), "iso")).t(f" plan_member=").L("HEALTH_PLAN_ID", hpid(r)).t(f" copay={r.randint(0,45)}.00 status=FILLED\n")
    d.t(f"{r.randint(20,22)}:00:00 EOD batch_id={digits(r,12)} total_claims={r.randint(80,300)} switch_version=7.3.1.{r.randint(100,999)}\n")
    return d, "log"


# ----------------------------------------------------------------------------- structured exports
@T(2)
def csv_hr_export(r):
    d = Doc()
    cc = r.choice(["US", "GB"])
    d.t("employee_id,first_name,last_name,work_email,mobile,date_of_birth,")
    d.t("ssn,department,start_date\n" if cc == "US" else "ni_number,department,start_date\n")
    for _ in range(r.randint(4, 6)):
        p = person(r, cc)
        dob = rdate(r, 1960, 2003)
        if cc == "US":
            idc = L("US_SSN", ssn(r)) if r.random() < 0.8 else f"***-**-{digits(r,4)}"
        else:
            idc = L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)) if r.random() < 0.8 else ""
        row(d, [f"E{digits(r,5)}", L("PERSON", p.given), L("PERSON", p.family), L("EMAIL", email(r, p, "northwind-logistics.com")),
                L("PHONE", phone(r, cc)), L("DATE_OF_BIRTH", fd(dob, "iso" if r.random() < 0.5 else ("us" if cc == "US" else "uk"))), idc,
                r.choice(["Warehouse Ops", "Finance", "Customer Care", "Fleet"]), fd(rdate(r, 2015, 2026), "iso")])
    return d, "csv"


@T(2)
def tsv_loan_book(r):
    d = Doc()
    cc = r.choice(["NL", "DE", "FR", "ES", "IT", "BE", "PT"])
    d.t("loan_ref\tborrower\tbirth_date\tiban\tprincipal_eur\trate\tstatus\n")
    for _ in range(r.randint(4, 6)):
        p = person(r, cc if cc in ORIGIN_BY_CC else None)
        status = r.choice(["current", "current", "30dpd", "closed"])
        ib = L("IBAN", iban(r, cc, r.random() < 0.4)) if status != "closed" else bad_iban(r, cc)
        row(d, [f"LN{r.randint(2019,2026)}{digits(r,6)}", L("PERSON", p.full), L("DATE_OF_BIRTH", fd(rdate(r, 1950, 2004), "de" if cc in "DE" else "iso")),
                ib, f"{r.randint(2,90)}{r.choice(['000', '500', '250'])}.00", f"{r.randint(2,9)}.{r.randint(0,99):02d}", status], delim="\t")
    d.t("# closed loans keep a mistyped IBAN from the legacy core (checksum fails) — do not re-use\n")
    return d, "tsv"


@T(1)
def csv_sku_inventory(r):
    d = Doc()
    d.t("sku;description;warehouse;bin;qty;unit_cost;last_count\n")
    for _ in range(r.randint(6, 9)):
        row(d, [sku(r), r.choice(["Jersey Knit Polo – navy", "Café au lait mug 350 ml", "USB-C hub 7-in-1", "Hiking sock (Merino) ×3",
                                   "Ralph Lauren-style blazer", "Philips-compatible bulb E27", "Espresso tamper 58 mm", "Lámpara de mesa Nórdica"]),
                r.choice(["RTM-02", "LEJ-01", "MAD-04", "DUB-03"]), f"{up(r,1)}{r.randint(1,40):02d}-{r.randint(1,9)}", r.randint(0, 900),
                f"{r.randint(1,90)},{r.randint(0,99):02d}", f"{fd(rdate(r,2026,2026),'iso')}T0{r.randint(0,9)}:00:00+01:00"], delim=";")
    return d, "csv"


@T(2)
def json_ecommerce_order(r):
    d = Doc()
    cc = r.choice(["US", "GB", "DE", "FR", "NL", "AU", "JP", "IE"])
    p = person(r, cc)
    lines, _ = addr(r, cc)
    obj = {"order_id": order_no(r), "created_at": f"2026-0{r.randint(1,9)}-{r.randint(10,28)}T{r.randint(10,23)}:{r.randint(10,59)}:00Z",
           "channel": r.choice(["web", "ios", "android"]), "app_version": f"{r.randint(3,9)}.{r.randint(0,20)}.{r.randint(0,9)}.{r.randint(1,300)}",
           "customer": {"customer_id": f"C{digits(r,8)}", "name": L("PERSON", p.full), "email": L("EMAIL", email(r, p)),
                        "phone": L("PHONE", phone(r, cc))},
           "shipping_address": {"line1": L("ADDRESS", ", ".join(lines)), "country": cc},
           "payment": {"method": "card", "brand": r.choice(["visa", "mastercard", "amex"]), "last4": digits(r, 4), "masked": f"{r.choice(['4111', '5454', '3782'])}********{digits(r,4)}",
                       "auth_code": up(r, 6, "0123456789ABCDEF")},
           "items": [{"sku": sku(r), "qty": r.randint(1, 3), "price": round(r.uniform(4, 300), 2)} for _ in range(r.randint(1, 3))],
           "fulfilment": {"carrier": r.choice(["UPS", "DHL", "Royal Mail", "PostNL"]), "tracking": tracking(r)},
           "gift_message": r.choice(["Happy Boxing Day!", "Para mamá ❤", "Joyeux anniversaire — bisous", ""])}
    jemit(d, obj, indent=2)
    d.t("\n")
    return d, "json"


@T(2)
def ndjson_aml_alerts(r):
    d = Doc()
    for i in range(r.randint(3, 5)):
        cc = r.choice(["DE", "NL", "FR", "ES", "PT", "IT", "PL", "CH", "GB"])
        p = person(r, cc if cc in ORIGIN_BY_CC else None)
        cp = r.choice(COMPANIES_PEOPLE)
        obj = {"alert_id": f"AML-{digits(r,9)}", "rule": r.choice(["STRUCTURING_3D", "HIGH_RISK_JURISDICTION", "RAPID_MOVEMENT", "PEP_MATCH"]),
               "score": round(r.uniform(0.5, 0.99), 3), "subject_name": L("PERSON", p.full),
               "subject_iban": L("IBAN", iban(r, cc, False)), "counterparty": cp,
               "amount": {"value": round(r.uniform(900, 49000), 2), "ccy": r.choice(["EUR", "GBP", "CHF"])},
               "analyst_note": M("Customer ", L("PERSON", p.given), " says funds are from sale of car; call-back on ", L("PHONE", phone(r, cc)), "."),
               "created": f"2026-03-{r.randint(10,28)}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}.{digits(r,3)}Z"}
        if r.random() < 0.3:
            obj = {"alert_id": f"AML-{digits(r,9)}", "rule": "HEARTBEAT", "engine": f"rules-{version_ip_like(r)}", "queued": r.randint(0, 400)}
        jemit(d, obj, indent=None)
        d.t("\n")
    return d, "ndjson"


@T(2)
def yaml_service_config(r):
    d = Doc()
    d.t(f"# service: {r.choice(['claims-router', 'ledger-sync', 'parcel-eta', 'roster-api'])}\n")
    d.t(f"version: {version_ip_like(r)}\nimage: registry.internal/{r.choice(['claims', 'ledger', 'eta'])}:{r.randint(1,9)}.{r.randint(0,30)}.{r.randint(0,9)}\n")
    d.t("listen:\n  host: 0.0.0.0\n  port: 8443\n  health: http://127.0.0.1:8081/healthz\n")
    d.t(f"hl7:\n  sending_facility_oid: \"{oid(r)}\"\n  schema: 2.5.1\n")
    d.t(f"features:\n  mask_pan: true     # render as **** **** **** 1234\n  mask_ssn: true     # XXX-XX-####\n  retention_days: {r.choice([30, 90, 365])}\n")
    d.t(f"schedule:\n  freeze: \"{r.choice(HOLIDAYS)}\"\n  cron: \"0 3 * * 1-5\"\n")
    d.t(f"build:\n  sha: {''.join(r.choice('0123456789abcdef') for _ in range(40))}\n  number: {digits(r,6)}\n  timestamp: {r.randint(1735000000,1780000000)}\n")
    return d, "yaml"


@T(2)
def yaml_onboarding(r):
    d = Doc()
    cc = r.choice(["GB", "IE", "NL", "CA", "ES", "IT"])
    p = person(r, cc)
    dob = rdate(r, 1965, 2003)
    lines, _ = addr(r, cc)
    d.t("# contractor onboarding record (exported from HRIS)\n")
    d.t(f"contractor_id: CTR-{digits(r,5)}\n")
    d.t("legal_name: ").L("PERSON", p.full).t("\n")
    d.t("preferred_name: ").L("PERSON", p.given).t("\n")
    d.t("date_of_birth: '").L("DATE_OF_BIRTH", fd(dob, "iso")).t("'\n")
    d.t("contact:\n  email: ").L("EMAIL", email(r, p)).t("\n  phone: \"").L("PHONE", phone(r, cc)).t("\"\n")
    d.t("home_address: |\n  ").L("ADDRESS", "\n  ".join(lines)).t("\n")
    d.t("payment:\n")
    if cc == "GB":
        d.t("  sort_code_account: \"").L("UK_BANK_ACCOUNT", f"{digits(r,2)}-{digits(r,2)}-{digits(r,2)} {digits(r,8)}").t("\"\n")
        d.t("  ni_number: ").L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)).t("\n")
    elif cc == "CA":
        d.t("  sin: \"").L("CA_SIN", sin(r, "-")).t("\"\n")
    elif cc == "ES":
        d.t("  iban: ").L("IBAN", iban(r, "ES", False)).t("\n  nie: ").L("ES_DNI", dni(r, True)).t("\n")
    elif cc == "IT":
        cf, _ = codfis(r, p, dob)
        d.t("  iban: ").L("IBAN", iban(r, "IT", False)).t("\n  codice_fiscale: ").L("IT_FISCAL_CODE", cf).t("\n")
    else:
        d.t("  iban: ").L("IBAN", iban(r, cc if cc != "IE" else "IE", False)).t("\n")
    d.t(f"rate_card: R{r.randint(1,5)}   # see Ernst & Young benchmark 2025\nlaptop_asset: LT-{digits(r,6)}\n")
    return d, "yaml"


@T(2)
def json_pnr_apis(r):
    d = Doc()
    pax = []
    for _ in range(r.randint(1, 3)):
        ctry = r.choice(["United States", "Italy", "Japan", "India", "Canada", "France", "Netherlands", "Australia"])
        orig = {"United States": "american", "Italy": "italian", "Japan": "japanese", "India": "hindi", "Canada": "quebecois",
                "France": "french", "Netherlands": "dutch", "Australia": None}[ctry]
        p = person(r, origin=orig)
        dob = rdate(r, 1950, 2020)
        num = us_passport(r) if ctry == "United States" else PASSPORT_FMT[ctry](r)
        pax.append({"name": L("PERSON", f"{strip_acc(p.family).upper().replace(' ', '')}/{strip_acc(p.given).upper().replace(' ', '')}"),
                    "title": r.choice(["MR", "MS", "MRS", "DR"]), "ptc": "ADT",
                    "apis": {"doc_type": "P", "doc_number": L("US_PASSPORT" if ctry == "United States" else "PASSPORT", num),
                             "issuing_country": ctry, "nationality": ctry, "dob": L("DATE_OF_BIRTH", fd(dob, "iso")),
                             "expiry": fd(rdate(r, 2027, 2035), "iso")},
                    "ticket": nl_digits(r, 13), "seat": f"{r.randint(1,40)}{r.choice('ABCDEF')}"})
    lead = person(r)
    obj = {"record_locator": up(r, 6), "office_id": f"{up(r,3)}1A0{r.randint(100,999)}",
           "segments": [{"flt": f"{r.choice(['KL', 'AZ', 'JL', 'AC', 'AI'])}{r.randint(10,1999)}", "from": r.choice(["AMS", "FCO", "HND", "YUL", "DEL"]),
                         "to": r.choice(["JFK", "LHR", "SIN", "GRU"]), "dep": f"2026-0{r.randint(4,9)}-{r.randint(10,28)}T{r.randint(6,22):02d}:{r.choice(['05', '35', '50'])}"}],
           "passengers": pax,
           "contact": {"email": L("EMAIL", email(r, lead)), "phone": L("PHONE", phone(r, r.choice(["US", "IT", "JP", "NL"])))},
           "fop": f"CC{r.choice(['VI', 'CA', 'AX'])}XXXXXXXXXXXX{digits(r,4)}"}
    jemit(d, obj, indent=r.choice([2, 4]))
    d.t("\n")
    return d, "json"


@T(2)
def csv_school_roster(r):
    d = Doc()
    cc, school = r.choice([("GB", "Greenhill Primary"), ("IE", "Scoil Bhríde"), ("US", "Lakeview Elementary"), ("AU", "Marymount Junior School"), ("SG", "Rivervale Primary School")])
    d.t(f"\"{school} — Year {r.randint(2,6)} roster\",,,,,\n")
    d.t("student_first,student_last,dob,guardian,guardian_phone,medical_notes\n")
    for _ in range(r.randint(4, 6)):
        p = person(r, cc)
        g = person(r, cc)
        g.family = p.family
        med = r.random()
        if med < 0.3:
            note = M(L("DIAGNOSIS", "asthma"), " – ", L("MEDICATION", "salbutamol"), " inhaler in office")
        elif med < 0.45:
            note = M(L("DIAGNOSIS", r.choice(["type 1 diabetes", "epilepsy", "coeliac disease", "peanut allergy"])))
        else:
            note = "none"
        cells = [L("PERSON", p.given), L("PERSON", p.family), L("DATE_OF_BIRTH", fd(rdate(r, 2014, 2020), "uk" if cc != "US" else "us")), L("PERSON", g.full), L("PHONE", phone(r, cc))]
        row(d, cells + [note])
    return d, "csv"


@T(2)
def ndjson_telecom_cdr(r):
    d = Doc()
    cc = r.choice(["GB", "DE", "IN", "BR", "ES", "NL"])
    for _ in range(r.randint(4, 6)):
        kind = r.random()
        if kind < 0.75:
            obj = {"cdr_id": nl_digits(r, 14), "type": r.choice(["MOC", "MTC", "SMS_MO"]), "a_msisdn": L("PHONE", phone(r, cc)),
                   "b_msisdn": L("PHONE", phone(r, cc)), "imei": luhn_complete("86" + digits(r, 12)), "imsi": f"{r.choice(['234', '262', '404', '724', '214', '204'])}{digits(r,12)}",
                   "cell_id": f"{r.randint(1000,65000)}-{r.randint(1,255)}", "dur_s": r.randint(0, 3600),
                   "start": f"2026-04-{r.randint(10,28)} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"}
        else:
            obj = {"cdr_id": nl_digits(r, 14), "type": "DATA", "apn": "internet", "ue_ip": L("IP_ADDRESS", ipv4(r, r.choice(["p10", "p172"]))),
                   "bytes_up": r.randint(100, 10**7), "bytes_dn": r.randint(100, 10**8), "pgw": f"pgw-{r.randint(1,9)}.core", "rat": r.choice(["LTE", "NR"])}
        jemit(d, obj, indent=None)
        d.t("\n")
    return d, "ndjson"


@T(3)
def json_tax_record(r):
    d = Doc()
    kind = ["DE", "FR", "IT"][r.idx % 3]
    p = person(r, kind)
    dob = rdate(r, 1950, 2000)
    if kind == "DE":
        obj = {"veranlagungsjahr": 2025, "steuerpflichtiger": {"name": L("PERSON", p.full), "geburtsdatum": L("DATE_OF_BIRTH", fd(dob, "de")),
               "identifikationsnummer": L("DE_TAX_ID", steuer(r)), "anschrift": L("ADDRESS", aline(r, "DE"))},
               "steuernummer": f"{digits(r,2)}/{digits(r,3)}/{digits(r,5)}", "erstattung_iban": L("IBAN", iban(r, "DE", False)),
               "finanzamt": r.choice(["Stuttgart II", "Hamburg-Altona", "Leipzig I"]), "elster_transfer": nl_digits(r, 16)}
    elif kind == "FR":
        obj = {"annee_revenus": 2025, "declarant1": {"nom": L("PERSON", p.family.upper()), "prenom": L("PERSON", p.given),
               "date_naissance": L("DATE_OF_BIRTH", fd(dob, "uk")), "nir": L("FR_NIR", nir(r, p.female, dob, False))},
               "adresse": L("ADDRESS", aline(r, "FR")), "numero_fiscal": digits(r, 13), "iban_remboursement": L("IBAN", iban(r, "FR")),
               "reference_avis": f"{digits(r,2)} {digits(r,2)} {digits(r,3)} {digits(r,3)} {digits(r,3)}"}
    else:
        cf, city = codfis(r, p, dob)
        obj = {"modello": "730/2026", "contribuente": {"cognome": L("PERSON", p.family), "nome": L("PERSON", p.given),
               "codice_fiscale": L("IT_FISCAL_CODE", cf), "data_nascita": L("DATE_OF_BIRTH", fd(dob, "uk")), "comune_nascita": city},
               "residenza": L("ADDRESS", aline(r, "IT")), "iban_rimborso": L("IBAN", iban(r, "IT", False)),
               "sostituto_imposta": {"denominazione": r.choice(["Ferrero S.p.A.", "Dolce & Gabbana S.r.l.", "Ferrari N.V."]), "cf": digits(r, 11)},
               "protocollo": f"{nl_digits(r,17)}-{digits(r,6)}"}
    jemit(d, obj, indent=2)
    d.t("\n")
    return d, "json"


@T(1)
def tsv_benefits_stats(r):
    d = Doc()
    d.t("region\tscheme\tclaims_received\tclaims_paid\tavg_days\tperiod\n")
    for reg in ["North East", "Wales", "Connacht", "Île-de-France", "Nordrhein-Westfalen", "Ontario"]:
        row(d, [reg, r.choice(["Housing Support", "Child Benefit", "Carer's Allowance", "Allocation logement"]), r.randint(1000, 90000), r.randint(800, 80000),
                f"{r.uniform(3,40):.1f}", "2026-Q1"], delim="\t")
    return d, "tsv"


@T(1)
def csv_build_metrics(r):
    d = Doc()
    d.t("build,branch,version,duration_s,tests,failed,agent_ip_bucket,finished\n")
    for _ in range(6):
        row(d, [digits(r, 6), r.choice(["main", "release/2026.04", "hotfix/pan-masking"]), version_ip_like(r), r.randint(60, 3000),
                r.randint(1000, 9000), r.randint(0, 4), "10.0.0.0/8", r.randint(1770000000, 1780000000)])
    return d, "csv"


@T(2)
def json_claim_api(r):
    d = Doc()
    p = person(r, "US")
    dob = rdate(r, 1945, 2010)
    obj = {"claimId": f"CLM{digits(r,11)}", "status": r.choice(["PENDED", "ADJUDICATED", "DENIED"]),
           "member": {"memberId": L("HEALTH_PLAN_ID", hpid(r)), "groupNumber": f"{digits(r,6)}", "firstName": L("PERSON", p.given),
                      "lastName": L("PERSON", p.family), "dateOfBirth": L("DATE_OF_BIRTH", fd(dob, "iso")),
                      "plan": r.choice(["Cascade Silver HMO", "Blue River PPO 1500", "Meridian Bronze HSA"])},
           "provider": {"npi": digits(r, 10), "name": r.choice(["Mayo Clinic", "Johns Hopkins Hospital", "Cleveland Clinic"]), "taxonomy": "207Q00000X"},
           "diagnoses": [{"icd10": ICD[x], "description": L("DIAGNOSIS", x)} for x in r.sample(list(ICD), 2)],
           "lines": [{"cpt": r.choice(["99213", "85025", "71046"]), "billed": round(r.uniform(40, 900), 2)}],
           "received": f"2026-0{r.randint(1,9)}-{r.randint(10,28)}"}
    jemit(d, obj, indent=2)
    d.t("\n")
    return d, "json"


# ----------------------------------------------------------------------------- logs
def _ts(r, style="iso"):
    y, m, dd = 2026, r.randint(1, 9), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}.{digits(r,3)}Z"
    if style == "syslog":
        return f"{MON[m-1][:3]} {dd:2d} {h:02d}:{mi:02d}:{s:02d}"
    if style == "clf":
        return f"{dd:02d}/{MON[m-1][:3]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
    return str(r.randint(1767225600, 1790000000))


@T(3)
def log_auth_kv(r):
    d = Doc()
    svc = r.choice(["sso-gateway", "idp", "auth-svc"])
    for _ in range(r.randint(5, 8)):
        p = person(r)
        ev = r.random()
        d.t(f"{_ts(r)} level={r.choice(['INFO', 'WARN'])} svc={svc} ")
        if ev < 0.45:
            d.t("event=login_success user=").L("EMAIL", email(r, p, r.choice(["corp.example.com", "acme-health.org", "tollgate.io"]))).t(" src_ip=").L("IP_ADDRESS", ipv4(r)).t(f" mfa=totp ua=\"Mozilla/5.0\" session={''.join(r.choice('0123456789abcdef') for _ in range(12))}\n")
        elif ev < 0.65:
            d.t("event=login_failed user=").L("EMAIL", email(r, p)).t(" src_ip=").L("IP_ADDRESS", ipv6(r) if r.random() < 0.4 else ipv4(r)).t(f" reason=bad_password attempts={r.randint(2,9)}\n")
        elif ev < 0.8:
            d.t(f"event=token_refresh client_id=app-{digits(r,5)} client_version={version_ip_like(r)} upstream=127.0.0.1:9000\n")
        else:
            d.t(f"event=password_reset_requested display_name=\"").L("PERSON", p.full).t("\" ip=").L("IP_ADDRESS", ipv4(r)).t(f" ticket=RST-{digits(r,6)}\n")
    return d, "log"


@T(3)
def log_payment_gateway(r):
    d = Doc()
    d.t(f"[gateway] node=pgw-{r.randint(1,6)} release={version_ip_like(r)}\n")
    for _ in range(r.randint(4, 6)):
        ev = r.random()
        ts = _ts(r)
        if ev < 0.5:
            d.t(f"{ts} AUTH txn={digits(r,12)} pan={r.choice(['4', '5'])}{digits(r,5)}******{digits(r,4)} amt={r.randint(1,900)}.{digits(r,2)} ccy={r.choice(['EUR', 'USD', 'GBP', 'BRL'])} rc=00 merchant=\"{r.choice(COMPANIES_PEOPLE)}\"\n")
        elif ev < 0.65:
            d.t(f"{ts} DECLINE txn={digits(r,12)} pan_candidate=\"{bad_card(r)}\" rc=14 reason=invalid_card_number\n")
        elif ev < 0.8:
            d.t(f"{ts} ERROR txn={digits(r,12)} raw_payload={{\"cardNumber\":\"").L("CREDIT_CARD", card(r, sep=r.choice(["", " ", "-"]))).t(f"\",\"exp\":\"{r.randint(1,12):02d}/{r.randint(27,31)}\",\"holder\":\"")
            d.L("PERSON", person(r).full.upper()).t("\"} client_ip=").L("IP_ADDRESS", ipv4(r)).t(" msg=\"unmasked payload logged - SEC-4471\"\n")
        else:
            d.t(f"{ts} SETTLE batch={digits(r,8)} count={r.randint(100,5000)} arn={digits(r,23)} refund_for_order={order_no(r)}\n")
    return d, "log"


@T(2)
def log_app_no_pii(r):
    d = Doc()
    app = r.choice(["inventory-sync", "route-optimizer", "fhir-facade", "rate-engine"])
    for _ in range(r.randint(7, 10)):
        lv = r.choice(["DEBUG", "INFO", "INFO", "WARN", "ERROR"])
        msg = r.choice([
            f"starting {app} v{version_ip_like(r)} (commit {''.join(r.choice('0123456789abcdef') for _ in range(7))})",
            f"loaded code system OID {oid(r)} ({r.randint(100,90000)} concepts)",
            f"processed batch {digits(r,8)} in {r.randint(3,9000)} ms; shipments={r.randint(1,500)} tracking_prefix=1Z",
            f"cache warmup complete keys={r.randint(1000,99999)} hit_ratio=0.{r.randint(10,99)}",
            f"retrying upstream http://127.0.0.1:{r.randint(3000,9999)}/v2/rates attempt={r.randint(1,5)}",
            f"scheduled maintenance skipped: {r.choice(HOLIDAYS)}",
            f"sku {sku(r)} reorder point reached (qty={r.randint(0,20)})",
            f"config reload: mask_pattern='XXX-XX-####' card_mask='**** **** **** ####'",
            f"epoch={r.randint(1767225600,1790000000)} drift_ms={r.randint(-40,40)} ntp=0.pool.ntp.org",
            f"order {order_no(r)} status=SHIPPED carrier=DHL awb={digits(r,10)}",
            f"GC pause {r.randint(1,400)}ms heap={r.randint(200,4000)}MB build={r.randint(2024,2026)}.{r.randint(1,12)}.{r.randint(1,31)}.{r.randint(1,900)}",
        ])
        d.t(f"{_ts(r)} {lv:<5} [{app}] {msg}\n")
    return d, "log"


@T(3)
def log_ehr_audit(r):
    d = Doc()
    d.t("timestamp|actor|role|action|patient_mrn|patient_name|workstation_ip|reason\n")
    for _ in range(r.randint(4, 6)):
        a = person(r)
        p = person(r)
        d.t(_ts(r), "|")
        d.L("EMAIL", email(r, a, r.choice(["stlukes-health.org", "nhs.net", "valleymc.org"])))
        d.t(f"|{r.choice(['RN', 'MD', 'CLERK', 'PHARM'])}|{r.choice(['VIEW', 'PRINT', 'EXPORT', 'BREAK_GLASS'])}|")
        d.L("MEDICAL_RECORD_NUMBER", mrn(r)).t("|").L("PERSON", p.last_first).t("|").L("IP_ADDRESS", ipv4(r, r.choice(["p10", "p172", "p192"])))
        d.t(f"|{r.choice(['treatment', 'billing', 'audit-sample', 'emergency'])}\n")
    d.t(f"# exported by audit-svc {version_ip_like(r)} rows={r.randint(4,6)}\n")
    return d, "log"


@T(2)
def log_firewall_syslog(r):
    d = Doc()
    host = r.choice(["edge-fw01", "dc2-asa", "branch-pfsense"])
    for _ in range(r.randint(5, 8)):
        ev = r.random()
        d.t(f"{_ts(r, 'syslog')} {host} ")
        if ev < 0.6:
            d.t(f"kernel: [{r.randint(10000,99999)}.{digits(r,6)}] {r.choice(['DROP', 'ACCEPT', 'REJECT'])} IN=eth0 OUT= SRC=").L("IP_ADDRESS", ipv4(r))
            d.t(" DST=").L("IP_ADDRESS", ipv4(r, r.choice(["p10", "p192", "doc3"]))).t(f" PROTO={r.choice(['TCP', 'UDP'])} SPT={r.randint(1024,65535)} DPT={r.choice([22, 443, 3389, 5432])}\n")
        elif ev < 0.8:
            d.t("sshd[", str(r.randint(1000, 40000)), "]: Invalid user admin from ").L("IP_ADDRESS", ipv6(r)).t(f" port {r.randint(1024,65535)}\n")
        else:
            d.t(f"ntpd[{r.randint(100,999)}]: listening on 127.0.0.1 and 0.0.0.0:123 firmware {version_ip_like(r)} MAC {':'.join(up(r,2,'0123456789abcdef') for _ in range(6))}\n")
    return d, "log"


@T(2)
def log_telecom_provisioning(r):
    d = Doc()
    cc = r.choice(["GB", "IE", "AU", "SG", "IN", "FR"])
    for _ in range(r.randint(4, 6)):
        p = person(r, cc)
        ev = r.random()
        d.t(f"{_ts(r)} provisioning ")
        if ev < 0.5:
            d.t("op=PORT_IN msisdn=").L("PHONE", phone(r, cc)).t(f" donor={r.choice(['Vodafone', 'Three', 'Singtel', 'Jio', 'Orange'])} iccid=89{nl_digits(r,17)} subscriber=\"").L("PERSON", p.full).t("\"\n")
        elif ev < 0.75:
            d.t(f"op=SIM_SWAP msisdn=").L("PHONE", phone(r, cc)).t(" kyc_email=").L("EMAIL", email(r, p)).t(f" risk={r.choice(['low', 'high'])} agent_store={r.randint(100,999)}\n")
        else:
            d.t(f"op=PLAN_CHANGE account={digits(r,10)} plan={r.choice(['UNL-5G-40', 'SIMO-12GB', 'FAM-4'])} effective={fd(rdate(r,2026,2026),'iso')} imei={luhn_complete('35' + digits(r, 12))}\n")
    return d, "log"


@T(2)
def log_k8s_events(r):
    d = Doc()
    ns = r.choice(["payments", "ehr-integration", "warehouse"])
    d.t("LAST SEEN   TYPE      REASON              OBJECT                                 MESSAGE\n")
    for _ in range(r.randint(6, 9)):
        d.t(f"{r.randint(1,59)}m{' ' * 8}{r.choice(['Normal ', 'Warning'])}   {r.choice(['Scheduled', 'Pulled', 'BackOff', 'Killing', 'Unhealthy']):<20}pod/{ns}-{''.join(r.choice('abcdef0123456789') for _ in range(5))}{' ' * 20}")
        d.t(r.choice([f"Successfully pulled image \"registry.local/{ns}:{version_ip_like(r)}\"", f"Readiness probe failed: Get \"http://{ns}-svc.{ns}.svc.cluster.local:8080/ready\": context deadline exceeded",
                      f"Assigned to node ip-10-0-{r.randint(0,255)}-{r.randint(1,254)}.ec2.internal", "Back-off restarting failed container",
                      f"Created container with OID label {oid(r)}"]) + "\n")
    return d, "log"


# ----------------------------------------------------------------------------- e-mail / chat / ticket
@T(2)
def email_hr_offer(r):
    d = Doc()
    cc = r.choice(["GB", "CA", "ES", "IE"])
    c = person(r, cc)
    rec = person(r, cc)
    dom = r.choice(["brightwater-energy.com", "haldane-analytics.co.uk", "lumiere-retail.ca", "nortesur.es"])
    d.t("From: ").L("PERSON", rec.full).t(" <").L("EMAIL", email(r, rec, dom)).t(">\n")
    d.t("To: ").L("EMAIL", email(r, c)).t("\n")
    d.t(f"Subject: Offer of employment — {r.choice(['Senior Data Analyst', 'Warehouse Shift Lead', 'Clinical Coder', 'Backend Engineer'])} (req #{digits(r,5)})\n")
    d.t(f"Date: {r.choice(['Mon', 'Tue', 'Wed', 'Thu'])}, {r.randint(1,28)} {MON[r.randint(0,11)][:3]} 2026 09:{r.randint(10,59)}:00 +0000\n\n")
    d.t("Dear ").L("PERSON", c.given).t(",\n\n")
    d.t(f"Following your interviews we are delighted to offer you the role at a salary of {r.choice(['£52,000', 'CA$88,000', '41.000 €', '€57,500'])}. ")
    d.t("To set you up in payroll before your start date, please confirm the details we hold:\n\n")
    d.t("  Home address: ").L("ADDRESS", aline(r, cc)).t("\n")
    d.t("  Mobile: ").L("PHONE", phone(r, cc)).t("\n")
    if cc == "GB":
        d.t("  NI number: ").L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, True)).t("\n")
    elif cc == "CA":
        d.t("  SIN: ").L("CA_SIN", sin(r)).t("\n")
    elif cc == "ES":
        d.t("  DNI/NIE: ").L("ES_DNI", dni(r, r.random() < 0.5)).t(f"   (we could not validate {bad_dni(r)} from your CV — typo?)\n")
    else:
        d.t(f"  PPSN: {digits(r,7)}{up(r,1)}\n")
    d.t("\nYour right-to-work check showed a passport; please bring it on day one. The background check is run by ")
    d.t(f"{r.choice(['Sterling', 'HireRight', 'Ernst & Young'])} and the pension by {r.choice(['Aviva', 'Legal & General', 'Standard Life'])}.\n\n")
    d.t("Kind regards,\n").L("PERSON", rec.given).t("\nTalent Acquisition | ").L("PHONE", phone(r, cc)).t("\n")
    return d, "email"


@T(2)
def email_insurance_claim(r):
    d = Doc()
    cc = r.choice(["NL", "DE", "FR", "IE", "PT", "BE"])
    p = person(r, cc if cc in ORIGIN_BY_CC else None)
    adj = person(r)
    d.t("From: ").L("EMAIL", f"claims@{r.choice(['helvia-assurance.eu', 'noordkust-verzekeringen.nl', 'atlantica-seguros.pt'])}").t("\n")
    d.t("To: ").L("PERSON", p.full).t(" <").L("EMAIL", email(r, p)).t(">\n")
    d.t(f"Subject: Schadenmeldung / Claim {up(r,2)}-{digits(r,7)} — water damage\n\n")
    d.t("Hello ").L("PERSON", p.given).t(",\n\nWe have registered the escape-of-water claim for the property at ").L("ADDRESS", aline(r, cc)).t(".\n")
    d.t(f"Policy HOM/{digits(r,8)} is in force. Our loss adjuster, ").L("PERSON", adj.full).t(", will call you on ").L("PHONE", phone(r, cc)).t(" to book a visit.\n")
    d.t("The settlement will be paid to IBAN ").L("IBAN", iban(r, cc)).t(". If this is wrong, reply before the end of the week.\n\n")
    d.t("> On " + fd(rdate(r, 2026, 2026), "uk") + ", ")
    d.L("PERSON", p.full).t(" wrote:\n> The ceiling in the kitchen collapsed. Photos attached (IMG_" + digits(r, 4) + ".HEIC).\n> Can you also cover the hotel? Reservation " + up(r, 2) + digits(r, 8) + ".\n\n")
    d.t(f"Claims team — ref {digits(r,4)}/{digits(r,4)}\n")
    return d, "email"


@T(2)
def chat_telecom_support(r):
    d = Doc()
    cc = r.choice(["GB", "IN", "BR", "AU", "ES", "IE"])
    p = person(r, cc)
    agent = person(r, cc)
    d.t(f"[Live chat transcript · queue BILLING-{cc} · session {digits(r,10)}]\n")
    d.t(f"{r.randint(9,18)}:{r.randint(10,59)} ").L("PERSON", agent.given).t(" (Agent): Hi, you're chatting with ").L("PERSON", agent.given).t(". How can I help today?\n")
    d.t(f"{r.randint(9,18)}:{r.randint(10,59)} ").L("PERSON", p.given).t(": hi my bill is double this month?? number is ").L("PHONE", phone(r, cc)).t("\n")
    d.t(f"{r.randint(9,18)}:{r.randint(10,59)} ").L("PERSON", agent.given).t(" (Agent): Sorry about that! For security can you confirm your date of birth and the first line of your address?\n")
    d.t(f"{r.randint(9,18)}:{r.randint(10,59)} ").L("PERSON", p.given).t(": ").L("DATE_OF_BIRTH", fd(rdate(r, 1960, 2004), r.choice(["uk", "long", "dash"]))).t(" and ").L("ADDRESS", addr(r, cc)[0][0]).t("\n")
    d.t(f"{r.randint(9,18)}:{r.randint(10,59)} ").L("PERSON", agent.given).t(f" (Agent): Thanks. I can see roaming charges from {r.choice(['Lisbon', 'Dubai', 'Bali'])} — the add-on UNL-EU-{digits(r,3)} was not applied. I've credited {r.choice(['£', '₹', 'R$', 'A$', '€'])}{r.randint(10,90)}.\n")
    d.t(f"{r.randint(9,18)}:{r.randint(10,59)} ").L("PERSON", p.given).t(": great thx 🙏 can you send confirmation to ").L("EMAIL", email(r, p)).t("\n")
    if r.random() < 0.5:
        d.t(f"{r.randint(9,18)}:{r.randint(10,59)} ").L("PERSON", p.given).t(": also pay with my card ").L("CREDIT_CARD", card(r)).t("\n")
        d.t(f"{r.randint(9,18)}:{r.randint(10,59)} ").L("PERSON", agent.given).t(" (Agent): Please never send card numbers in chat — I've redacted it on our side (**** **** **** " + digits(r, 4) + ").\n")
    d.t("[chat closed · CSAT 5/5]\n")
    return d, "chat"


@T(2)
def chat_devops_no_pii(r):
    d = Doc()
    d.t(f"#release-train — {fd(rdate(r,2026,2026),'iso')}\n")
    lines = [
        f"[09:{r.randint(10,59)}] deploy-bot: rolling out billing-api {version_ip_like(r)} to canary (build {digits(r,6)})",
        f"[09:{r.randint(10,59)}] oncall: canary looks fine, p99 {r.randint(80,400)}ms, error rate 0.0{r.randint(1,9)}%",
        f"[10:{r.randint(10,59)}] deploy-bot: health check http://127.0.0.1:8080/healthz OK",
        f"[10:{r.randint(10,59)}] qa-lead: regression suite {r.randint(1400,2600)}/{r.randint(2600,2700)} green; flaky test test_mask_pan_4111 quarantined",
        f"[11:{r.randint(10,59)}] release-manager: freeze starts before {r.choice(HOLIDAYS)}, no prod changes after Thursday",
        f"[11:{r.randint(10,59)}] oncall: that migration was a real migraine 😅 but it's done — ticket OPS-{digits(r,4)}",
        f"[11:{r.randint(10,59)}] deploy-bot: promoted {version_ip_like(r)} → 100% (OID {oid(r)} registry sync ok)",
    ]
    for l in lines:
        d.t(l + "\n")
    return d, "chat"


@T(2)
def ticket_helpdesk(r):
    d = Doc()
    cc = r.choice(["US", "DE", "NL", "SG", "CA", "IT"])
    p = person(r, cc)
    tech = person(r)
    d.t(f"Ticket INC{digits(r,7)}   Priority: P{r.randint(2,4)}   Category: {r.choice(['Access', 'VPN', 'Laptop', 'Email'])}\n")
    d.t("Requester: ").L("PERSON", p.full).t(" (").L("EMAIL", email(r, p, r.choice(["contoso-freight.com", "meridian-care.org", "kestrel.bank"]))).t(")\n")
    d.t("Callback: ").L("PHONE", phone(r, cc)).t("\n")
    d.t(f"Opened: {_ts(r)}\n\nDescription:\n")
    d.t(r.choice(["vpn keeps dropping since update to client ", "cannot log in after password change, client ", "outlook asks for password every 5 min, version "]))
    d.t(version_ip_like(r), ". my laptop ip is ").L("IP_ADDRESS", ipv4(r, r.choice(["p10", "p192", "p172"]))).t(" and the gateway is ").L("IP_ADDRESS", ipv4(r, "doc2")).t(".\n")
    d.t(f"asset tag LT-{digits(r,6)}, serial {up(r,3)}{digits(r,7)}\n\n")
    d.t("Work notes:\n").t(f"[{_ts(r)}] ").L("PERSON", tech.full).t(": reset MFA, reissued cert (thumbprint ")
    d.t(''.join(r.choice('0123456789ABCDEF') for _ in range(20)), "). Asked user to reboot.\n")
    d.t(f"[{_ts(r)}] ").L("PERSON", tech.given).t(": user confirmed fixed. Resolving.\n")
    return d, "ticket"


@T(2)
def ticket_no_pii(r):
    d = Doc()
    d.t(f"JIRA {r.choice(['PAY', 'WMS', 'EHR'])}-{r.randint(100,9999)}: {r.choice(['Masking regex misses Amex 4-6-5 grouping', 'Tracking numbers flagged as cards', 'Date Of Birth label shown in wrong locale'])}\n")
    d.t(f"Type: Bug   Priority: Major   Fix version: {version_ip_like(r)}\n\nSteps to reproduce:\n")
    d.t(f"1. Open order {order_no(r)} in the back office.\n2. Observe tracking {tracking(r)} rendered as '**** **** **** {digits(r,4)}'.\n")
    d.t(f"3. Compare with test card 4111 1111 1111 1112 (intentionally Luhn-invalid fixture).\n\n")
    d.t(f"Expected: only PANs are masked. Actual: {r.randint(2,40)}% of UPS numbers masked.\n")
    d.t(f"Environment: staging, node 127.0.0.1, build {digits(r,6)}, schema OID {oid(r)}.\n")
    d.t("Labels: regression, pii-masking, needs-triage\n")
    return d, "ticket"


@T(2)
def email_newsletter_no_pii(r):
    d = Doc()
    d.t(f"Subject: Facilities & Events bulletin — {MON[r.randint(0,11)]} 2026\n\n")
    d.t(f"• The canteen will serve a special menu for {r.choice(HOLIDAYS)} and again for {r.choice(HOLIDAYS)}.\n")
    d.t(f"• Our new vending partner is {r.choice(COMPANIES_PEOPLE)}; the coffee contract moves to {r.choice(COMPANIES_PEOPLE)}.\n")
    d.t(f"• Lift 2 firmware upgraded to {version_ip_like(r)}; maintenance window Saturday 06:00–08:00.\n")
    d.t("• Reminder: the Parkinson Building car park closes for resurfacing; use Baker Street entrance.\n")
    d.t("• Wellbeing week: talks on sleep, stress and 'why every Monday feels like a migraine'.\n")
    d.t(f"• Charity drive total: €{r.randint(1000,9000)} — merci, danke, obrigado, 谢谢!\n")
    d.t("\nYou are receiving this because you are on the all-staff list. Unsubscribe via the intranet.\n")
    return d, "email"


@T(2)
def chat_clinic_whatsapp(r):
    d = Doc()
    cc = r.choice(["BR", "IN", "ES", "PT", "MX"])
    p = person(r, cc)
    nurse = person(r, cc)
    dx = {"BR": DX_PT, "PT": DX_PT, "ES": DX_ES, "MX": DX_ES, "IN": DX}[cc]
    med = r.choice(["losartana", "metformina", "insulina NPH", "salbutamol", "amlodipine", "Glucophage"])
    d.t(f"[{fd(rdate(r,2026,2026),'uk')}, 08:{r.randint(10,59)}] ").L("PERSON", p.given).t({"BR": ": bom dia, é da clínica?", "PT": ": bom dia, é da clínica?", "ES": ": hola, ¿es la clínica?", "MX": ": buenas, ¿es el consultorio?", "IN": ": hello, is this the clinic?"}[cc]).t("\n")
    d.t(f"[08:{r.randint(10,59)}] ").L("PERSON", nurse.full).t({"BR": ": Sim. Mande nome completo e data de nascimento.", "PT": ": Sim. Envie nome completo e data de nascimento.", "ES": ": Sí. Envíe nombre completo y fecha de nacimiento.", "MX": ": Sí. Mándeme nombre completo y fecha de nacimiento.", "IN": ": Yes. Please send full name and date of birth."}[cc] + "\n")
    d.t(f"[08:{r.randint(10,59)}] ").L("PERSON", p.given).t(": ").L("PERSON", p.full).t(", ").L("DATE_OF_BIRTH", fd(rdate(r, 1940, 2000), "uk")).t("\n")
    w = {"BR": (": minha pressão está alta, tenho ", " e acabou o "), "PT": (": ando mal, tenho ", " e acabou o "), "ES": (": me encuentro mal, tengo ", " y se me acabó el "),
         "MX": (": me siento mal, tengo ", " y se me acabó el "), "IN": (": not feeling well, I have ", " and my ")}[cc]
    d.t(f"[08:{r.randint(10,59)}] ").L("PERSON", p.given).t(w[0]).L("DIAGNOSIS", r.choice(dx)).t(w[1]).L("MEDICATION", med).t(" ran out\n" if cc == "IN" else "\n")
    d.t(f"[08:{r.randint(10,59)}] ").L("PERSON", nurse.full).t(": Ok — receita/receta/prescription renewed. Pickup at ").t(r.choice(["Drogasil", "Farmacia del Ahorro", "Apollo Pharmacy", "Farmácia Central"])).t(". Any chest pain? \n")
    d.t(f"[08:{r.randint(10,59)}] ").L("PERSON", p.given).t({"BR": ": não 👍", "PT": ": não 👍", "ES": ": no 👍", "MX": ": no, gracias 👍", "IN": ": no 👍"}[cc] + "\n")
    if cc == "BR":
        d.t(f"[08:{r.randint(10,59)}] ").L("PERSON", nurse.full).t(": Para o cadastro do SUS preciso do CPF.\n")
        d.t(f"[08:{r.randint(10,59)}] ").L("PERSON", p.given).t(": ").L("BR_CPF", cpf(r)).t("\n")
    if cc == "IN":
        d.t(f"[08:{r.randint(10,59)}] ").L("PERSON", p.given).t(": Aadhaar for the scheme card: ").L("IN_AADHAAR", aadhaar(r)).t("\n")
    return d, "chat"


@T(1)
def email_school_parent(r):
    d = Doc()
    cc = r.choice(["IE", "GB", "NL", "US", "FR"])
    par = person(r, cc)
    kid = person(r, cc)
    kid.family = par.family
    teacher = person(r, cc)
    d.t("From: ").L("EMAIL", email(r, par)).t("\nTo: ").L("EMAIL", f"office@{r.choice(['scoilmhuire.ie', 'greenhill-primary.sch.uk', 'lakeview-elem.org', 'obs-dewilg.nl'])}").t("\n")
    d.t("Subject: ").L("PERSON", kid.given).t(" – school trip consent & medication\n\n")
    d.t("Dear ").L("PERSON", f"{teacher.family}").t(",\n\nI'm happy for ").L("PERSON", kid.full).t(" (class 4B, born ").L("DATE_OF_BIRTH", fd(rdate(r, 2014, 2019), "long")).t(") to go on the trip to the ")
    d.t(r.choice(["Natural History Museum", "Rijksmuseum", "Cité des Sciences", "Aillwee Cave"])).t(". ")
    d.t("As you know she/he has ").L("DIAGNOSIS", r.choice(["asthma", "type 1 diabetes", "epilepsy", "a severe peanut allergy"])).t(" – the ").L("MEDICATION", r.choice(["EpiPen", "Ventolin", "insulin", "Buccolam"])).t(" is in the front pocket of the bag.\n")
    d.t("If anything happens please ring me on ").L("PHONE", phone(r, cc)).t(".\n\nThanks,\n").L("PERSON", par.full).t("\n")
    return d, "email"


@T(2)
def email_immigration_lawyer(r):
    d = Doc()
    ctry = r.choice(["Nigeria", "India", "Philippines", "Brazil", "Mexico", "Ukraine", "South Korea", "China"])
    orig = {"Nigeria": "igbo", "India": "tamil", "Philippines": None, "Brazil": "brazilian", "Mexico": "mexican", "Ukraine": "russian", "South Korea": "korean", "China": "chinese"}[ctry]
    c = person(r, origin=orig)
    law = person(r, "US")
    d.t("From: ").L("PERSON", law.full).t(", Esq. <").L("EMAIL", email(r, law, "hargrove-immigration.law")).t(">\n")
    d.t("To: ").L("EMAIL", "intake@hargrove-immigration.law").t("\n")
    d.t("Subject: H-1B transfer — new client file\n\n")
    d.t("Team,\n\nPlease open a file for ").L("PERSON", c.full).t(f", citizen of {ctry}, born ").L("DATE_OF_BIRTH", fd(rdate(r, 1975, 2000), "mon")).t(".\n")
    d.t(f"Passport ({ctry}) no. ").L("PASSPORT", PASSPORT_FMT[ctry](r)).t(f", expiring {fd(rdate(r,2027,2034),'mon')}. I-94 #{digits(r,11)}. Receipt number EAC{digits(r,10)}.\n")
    d.t("US address: ").L("ADDRESS", aline(r, "US")).t("; cell ").L("PHONE", phone(r, "US")).t(".\n")
    if r.random() < 0.5:
        d.t("Spouse holds a US passport, no. ").L("US_PASSPORT", us_passport(r)).t(", and an SSN ").L("US_SSN", ssn(r)).t(".\n")
    d.t(f"\nFiling fee paid by firm card ending {digits(r,4)}. Court-style caption: In re Petition of Tata Consultancy Services.\n\n— ").L("PERSON", law.given).t("\n")
    return d, "email"


@T(1)
def chat_recruiter(r):
    d = Doc()
    cc = r.choice(["NL", "DE", "SG", "IN", "PL", "FR"])
    c = person(r, cc)
    rec = person(r, cc)
    d.t("Messaging · InMail thread\n")
    d.L("PERSON", rec.full).t(f"  {r.randint(9,17)}:{r.randint(10,59)}\n  Hi ").L("PERSON", c.given).t("! Your profile fits a Platform Engineer role (hybrid, ").t(r.choice(["Utrecht", "Berlin", "Singapore", "Pune", "Kraków", "Lyon"])).t("). Open to a chat?\n\n")
    d.L("PERSON", c.full).t(f"  {r.randint(9,17)}:{r.randint(10,59)}\n  Sure — call me at ").L("PHONE", phone(r, cc)).t(" after 6, or mail ").L("EMAIL", email(r, c)).t("\n\n")
    d.L("PERSON", rec.full).t(f"  {r.randint(9,17)}:{r.randint(10,59)}\n  Great. I'll send the job spec (ref JR-{digits(r,6)}). Client is {r.choice(COMPANIES_PEOPLE)}.\n")
    return d, "chat"


@T(2)
def email_vendor_invoice_no_pii(r):
    d = Doc()
    d.t(f"Subject: Invoice INV-{r.randint(2026,2026)}-{digits(r,5)} — {r.choice(COMPANIES_PEOPLE)} EMEA\n\n")
    d.t("Hello Accounts Payable,\n\n")
    d.t(f"Please find attached invoice INV-2026-{digits(r,5)} for PO{digits(r,8)} (net 30). Amount due: €{r.randint(1000,90000)},{digits(r,2)}.\n")
    d.t(f"Remittance reference must quote customer number {digits(r,8)} and contract {up(r,2)}/{digits(r,4)}/{r.randint(2024,2026)}.\n")
    d.t(f"Bank details are unchanged from the master data on file (last verified {fd(rdate(r,2025,2026),'iso')}).\n")
    d.t(f"Our offices close on {r.choice(HOLIDAYS)}.\n\nBest regards,\nBilling Operations\n")
    return d, "email"


# ----------------------------------------------------------------------------- free text / html
@T(5)
def ft_crm_call_note(r):
    d = Doc()
    lang = ["es", "fr", "de", "it", "nl"][r.idx % 5]
    cc = {"es": "ES", "fr": "FR", "de": "DE", "it": "IT", "nl": "NL"}[lang]
    p = person(r, cc)
    ag = person(r, cc)
    d.t(f"CRM › Cuenta {digits(r,8)} › Notas\n" if lang == "es" else f"CRM › Account {digits(r,8)} › Notes\n")
    d.t(f"{fd(rdate(r,2026,2026),'de')} {r.randint(8,18)}:{r.randint(10,59)} — ").L("PERSON", ag.full).t(":\n")
    if lang == "es":
        d.t("Llamó ").L("PERSON", p.full).t(" para cambiar la domiciliación. Nueva cuenta ").L("IBAN", iban(r, "ES")).t(". ")
        d.t("Confirma DNI ").L("ES_DNI", dni(r)).t(" y nueva dirección ").L("ADDRESS", aline(r, "ES")).t(". Prefiere WhatsApp al ").L("PHONE", phone(r, "ES")).t(".\n")
        d.t(f"(El DNI antiguo en ficha, {bad_dni(r)}, tenía la letra mal.)\n")
    elif lang == "fr":
        dob = rdate(r, 1950, 2000)
        d.t("Mme/M. ").L("PERSON", p.full).t(" appelle au sujet du prélèvement rejeté. Née le ").L("DATE_OF_BIRTH", fd(dob, "fr")).t(". ")
        d.t("Nouveau RIB : ").L("IBAN", iban(r, "FR")).t(". Joignable au ").L("PHONE", phone(r, "FR")).t(f". Dossier transmis au service recouvrement (réf. RC-{digits(r,6)}).\n")
        d.t(f"NB : le n° de sécu saisi ({bad_nir(r, p.female, dob)}) a une clé fausse — à redemander.\n")
    elif lang == "de":
        d.t("Kunde ").L("PERSON", p.full).t(" ruft wegen Umzug an: neue Adresse ").L("ADDRESS", aline(r, "DE")).t(". Rückruf unter ").L("PHONE", phone(r, "DE")).t(".\n")
        d.t(f"Steuer-ID {bad_steuer(r)} aus dem alten Formular ist ungültig (Prüfziffer). Kunde will sich mit Unterlagen melden. Vertrag Nr. {digits(r,4)}-{digits(r,6)}.\n")
    elif lang == "it":
        dob = rdate(r, 1950, 2000)
        cf, city = codfis(r, p, dob)
        d.t("Il cliente ").L("PERSON", p.full).t(f" (nato a {city} il ").L("DATE_OF_BIRTH", fd(dob, "uk")).t(") chiede il rimborso. Codice fiscale ").L("IT_FISCAL_CODE", cf).t(".\n")
        d.t("Email di contatto ").L("EMAIL", email(r, p, "libero.it")).t(f". Il codice {bad_codfis(cf)} nella vecchia pratica ha il carattere di controllo errato.\n")
    else:
        d.t("Mevrouw/meneer ").L("PERSON", p.full).t(" belt over de incasso. Nieuw rekeningnummer ").L("IBAN", iban(r, "NL")).t(", adres ").L("ADDRESS", aline(r, "NL")).t(".\n")
        d.t(f"BSN niet genoteerd (niet nodig). Klant­nummer {digits(r,9)}.\n")
    d.t("Follow-up: ").t(r.choice(["send confirmation letter", "escalate to tier 2", "none"])).t("\n")
    return d, "free_text"


@T(2)
def ft_witness_statement_pdf(r):
    d = Doc()
    w = person(r, "GB")
    dft = person(r, "GB")
    d.t("IN THE COUNTY COURT AT " + r.choice(["LEEDS", "CARDIFF", "NORWICH"]) + f"                 Claim No. K{digits(r,2)}YX{digits(r,3)}\n\n")
    d.t("BETWEEN\n          ").L("PERSON", person(r, "GB").full.upper()).t("                   Claimant\n     and\n          ")
    d.L("PERSON", dft.full.upper()).t("                   Defendant\n\n")
    d.t("WITNESS STATEMENT OF ").L("PERSON", w.full.upper()).t("\n\n")
    d.t("1. I am ").L("PERSON", w.full).t(" of ").L("ADDRESS", aline(r, "GB")).t(". I was born on ").L("DATE_OF_BIRTH", fd(rdate(r, 1950, 2000), "long")).t(".\n")
    d.t("2. On the morning of the collision I was walking my dog past the Marks-\nand-Spencer on Albany Road. I saw the Defendant's van, registered to ")
    d.t(r.choice(["Dyson Ltd", "John Lewis plc", "Boots UK"]), ", pull out without indicating.\n")
    d.t("3. Since the accident I have been treated for ").L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "whiplash-associated disorder", "a fractured left wrist"]))
    d.t(" and take ").L("MEDICATION", r.choice(["sertraline", "co-codamol", "naproxen"])).t(".\n")
    d.t("4. My telephone number is ").L("PHONE", phone(r, "GB")).t(".\n\n")
    d.t(f"                                          Page {r.randint(1,3)} of 4\n\f")
    d.t("STATEMENT OF TRUTH\nI believe that the facts stated in this witness statement are true.\n\nSigned ...................   Dated " + fd(rdate(r, 2026, 2026), "uk") + "\n")
    return d, "free_text"


@T(2)
def html_customer_profile(r):
    d = Doc()
    cc = r.choice(["US", "CA", "BR", "SG", "AU", "IE", "PT"])
    p = person(r, cc)
    lines, _ = addr(r, cc)
    d.t("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Customer 360</title></head>\n<body>\n")
    d.t(f"<h1>Customer 360 — <span class=\"name\">").L("PERSON", p.full).t("</span></h1>\n")
    d.t(f"<p class=\"meta\">Segment: Gold · since {r.randint(2009,2024)} · CRM id {digits(r,9)} · app v{version_ip_like(r)}</p>\n<dl>\n")
    d.t("  <dt>Email</dt><dd><a href=\"mailto:").L("EMAIL", email(r, p)).t("\">").t("send mail").t("</a></dd>\n")
    d.t("  <dt>Phone</dt><dd>").L("PHONE", phone(r, cc)).t("</dd>\n")
    d.t("  <dt>Date of birth</dt><dd>").L("DATE_OF_BIRTH", fd(rdate(r, 1950, 2004), "iso")).t("</dd>\n")
    d.t("  <dt>Billing address</dt><dd>").L("ADDRESS", "<br>\n      ".join(lines)).t("</dd>\n")
    if cc == "US":
        d.t("  <dt>Driver licence</dt><dd>")
        st = r.choice(sorted(DL))
        d.L("DRIVER_LICENSE", DL[st][1](r)).t(f" ({DL[st][0]})</dd>\n")
    elif cc == "CA":
        d.t("  <dt>SIN</dt><dd>").L("CA_SIN", sin(r)).t("</dd>\n")
    elif cc == "BR":
        d.t("  <dt>CPF</dt><dd>").L("BR_CPF", cpf(r)).t("</dd>\n")
    elif cc == "SG":
        d.t("  <dt>NRIC</dt><dd>").L("SG_NRIC", nric(r, r.choice("ST"))).t("</dd>\n")
    d.t(f"  <dt>Saved card</dt><dd>•••• •••• •••• {digits(r,4)} (exp {r.randint(1,12):02d}/{r.randint(27,31)})</dd>\n")
    d.t("  <dt>Last login IP</dt><dd>").L("IP_ADDRESS", ipv4(r)).t("</dd>\n</dl>\n")
    d.t(f"<footer>Rendered {_ts(r)} by crm-web build {digits(r,6)}</footer>\n</body></html>\n")
    return d, "html"


@T(2)
def html_wiki_runbook_no_pii(r):
    d = Doc()
    d.t("<h2>Runbook: PAN masking false positives</h2>\n<p>Last edited by the Platform team · revision ", str(r.randint(10, 90)), "</p>\n")
    d.t("<h3>Symptoms</h3>\n<ul>\n")
    d.t(f"  <li>Shipment ids like <code>{tracking(r)}</code> masked as card numbers.</li>\n")
    d.t(f"  <li>Firmware strings such as <code>{version_ip_like(r)}</code> reported as IP addresses.</li>\n")
    d.t(f"  <li>OIDs (<code>{oid(r)}</code>) tokenised into four octets.</li>\n</ul>\n")
    d.t("<h3>Checks</h3>\n<ol>\n  <li>Confirm Luhn: <code>4111 1111 1111 1112</code> must <em>not</em> be masked.</li>\n")
    d.t("  <li>Masked values (<code>XXX-XX-1234</code>, <code>**** 4242</code>) pass through unchanged.</li>\n")
    d.t(f"  <li>Loopback <code>127.0.0.1</code> and <code>0.0.0.0</code> are ignored.</li>\n</ol>\n")
    d.t(f"<table><tr><th>Field</th><th>Example</th></tr><tr><td>Date Of Birth</td><td>DD/MM/YYYY</td></tr><tr><td>Passport Number</td><td>—</td></tr></table>\n")
    return d, "html"


@T(2)
def ft_health_article_no_pii(r):
    d = Doc()
    topic = r.choice(["diabetes", "asthma", "atrial fibrillation"])
    d.t(f"Living well with {topic}: a patient-education leaflet\n\n")
    d.t(f"{topic.capitalize()} affects millions of people worldwide. Common medicines include ")
    d.t({"diabetes": "metformin, insulin glargine and empagliflozin", "asthma": "salbutamol, budesonide and montelukast", "atrial fibrillation": "apixaban, bisoprolol and warfarin"}[topic])
    d.t(". Your care team will decide what is right for you.\n\n")
    d.t("Warning signs: chest pain, sudden breathlessness, confusion. Call emergency services.\n")
    d.t("Related conditions sometimes seen together: hypertension, chronic kidney disease and depression.\n")
    d.t(f"Leaflet code PIL-{digits(r,4)} · reviewed {MON[r.randint(0,11)]} 2026 · next review 2028 · { {'diabetes': 'Diabetes UK', 'asthma': 'Asthma + Lung UK', 'atrial fibrillation': 'Arrhythmia Alliance'}[topic] }\n")
    return d, "free_text"


@T(2)
def ft_research_abstract_no_pii(r):
    d = Doc()
    n = r.randint(200, 9000)
    dx = r.choice(["heart failure", "type 2 diabetes", "major depressive disorder", "rheumatoid arthritis", "multiple sclerosis"])
    drug = r.choice(["empagliflozin", "semaglutide", "esketamine", "tofacitinib", "ocrelizumab"])
    d.t(f"Background: The effect of {drug} on outcomes in adults with {dx} remains uncertain.\n")
    d.t(f"Methods: We enrolled {n} participants across {r.randint(5,80)} sites (ClinicalTrials.gov NCT0{digits(r,7)}); patients with ")
    d.t(f"Alzheimer's disease or Parkinson's disease were excluded.\n")
    d.t(f"Results: The primary endpoint occurred in {r.randint(5,30)}.{r.randint(0,9)}% vs {r.randint(10,35)}.{r.randint(0,9)}% (HR 0.{r.randint(60,95)}; 95% CI 0.{r.randint(50,70)}–0.{r.randint(80,99)}).\n")
    d.t(f"Conclusions: {drug.capitalize()} reduced events in {dx}. Funded by {r.choice(['Boehringer Ingelheim', 'Novo Nordisk', 'Johnson & Johnson', 'Roche'])}.\n")
    d.t(f"DOI 10.{r.randint(1000,9999)}/{digits(r,7)} · PMID {digits(r,8)}\n")
    return d, "free_text"


@T(2)
def ft_release_notes_no_pii(r):
    d = Doc()
    d.t(f"Release notes — {r.choice(['Ledgerline', 'Parcelwise', 'ClinicFlow'])} {version_ip_like(r)}\n{'=' * 40}\n")
    for line in [
        f"Fixed: SSN masking now renders XXX-XX-#### everywhere (PAY-{digits(r,4)}).",
        f"Fixed: Amex test numbers like 3782 822463 10006 no longer appear in fixtures.",
        f"Changed: minimum TLS 1.2; default bind 0.0.0.0 replaced with 127.0.0.1 in dev compose.",
        f"Added: support for HL7 OID {oid(r)} and LOINC 2.{r.randint(70,79)}.",
        f"Known issue: build {digits(r,6)} reports uptime as epoch {r.randint(1767225600,1790000000)}.",
        f"Thanks to the Hewlett Packard Enterprise and Siemens Healthineers integration teams.",
    ]:
        d.t("* " + line + "\n")
    return d, "free_text"


@T(2)
def ft_sql_dump(r):
    d = Doc()
    cc = r.choice(["US", "GB", "IE", "NL", "PT"])
    d.t("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n-- Host: 127.0.0.1    Database: shopdb\n")
    d.t("DROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (`id` int, `full_name` varchar(120), `email` varchar(160), `phone` varchar(40), `dob` date, `created_ip` varchar(45));\n")
    d.t("INSERT INTO `customers` VALUES ")
    k = r.randint(3, 5)
    for i in range(k):
        p = person(r, cc)
        nm = p.full.replace("'", "\\'")
        d.t(f"({r.randint(1000,9999)},'").L("PERSON", nm).t("','").L("EMAIL", email(r, p)).t("','").L("PHONE", phone(r, cc)).t("','")
        d.L("DATE_OF_BIRTH", fd(rdate(r, 1950, 2005), "iso")).t("','").L("IP_ADDRESS", ipv4(r)).t("')")
        d.t("," if i < k - 1 else ";\n")
    d.t(f"-- Dump completed on 2026-0{r.randint(1,9)}-1{r.randint(0,9)} 03:00:0{r.randint(0,9)}\n")
    return d, "free_text"


@T(2)
def ft_hotel_confirmation(r):
    d = Doc()
    ctry = r.choice(["Japan", "Germany", "Spain", "India", "Mexico", "United States"])
    orig = {"Japan": "japanese", "Germany": "german", "Spain": "spanish", "India": "hindi", "Mexico": "mexican", "United States": "american"}[ctry]
    g = person(r, origin=orig)
    hotel_cc = r.choice(["PT", "IT", "SG", "FR"])
    d.t(f"Booking confirmation {up(r,3)}{digits(r,7)} — {r.choice(['Hotel Ribeira Velha', 'Albergo San Frediano', 'The Keong Saik House', 'Hôtel des Tanneurs'])}\n\n")
    d.t("Guest: ").L("PERSON", g.full).t(f"   Adults: {r.randint(1,3)}   Check-in: {fd(rdate(r,2026,2026),'long')} (after 15:00)\n")
    d.t("Registration (required by local police / Alloggiati Web / ICA):\n")
    d.t(f"  Nationality: {ctry}\n  Passport: ")
    d.L("US_PASSPORT" if ctry == "United States" else "PASSPORT", us_passport(r) if ctry == "United States" else PASSPORT_FMT[ctry](r))
    d.t("\n  Date of birth: ").L("DATE_OF_BIRTH", fd(rdate(r, 1950, 2004), "iso")).t("\n")
    d.t("  Contact: ").L("EMAIL", email(r, g)).t(" / ").L("PHONE", phone(r, {"Japan": "JP", "Germany": "DE", "Spain": "ES", "India": "IN", "Mexico": "MX", "United States": "US"}[ctry])).t("\n")
    d.t("\nHotel address: ").L("ADDRESS", aline(r, hotel_cc)).t(f"\nRate: BAR flex, card guarantee ****{digits(r,4)} · city tax not included · cancel by 18:00 the day before\n")
    return d, "free_text"


@T(1)
def ft_school_incident(r):
    d = Doc()
    cc = r.choice(["US", "CA", "AU", "IE"])
    st = person(r, cc)
    staff = person(r, cc)
    d.t(f"INCIDENT REPORT — {r.choice(['Maple Grove Middle School', 'St Brigid’s National School', 'Riverbend Secondary College'])}\n")
    d.t(f"Date: {fd(rdate(r,2026,2026),'long')}   Location: playground   Report #{digits(r,5)}\n\n")
    d.t("Student: ").L("PERSON", st.full).t(f" (Grade {r.randint(3,9)}), DOB ").L("DATE_OF_BIRTH", fd(rdate(r, 2011, 2018), "us" if cc == "US" else "uk")).t("\n")
    d.t("Reported by: ").L("PERSON", staff.full).t(", yard duty\n\n")
    d.t("Summary: student had an ").L("DIAGNOSIS", "asthma").t(" attack during recess; used ").L("MEDICATION", r.choice(["albuterol", "Ventolin", "salbutamol"])).t(" inhaler from the nurse's office. ")
    d.t("Parent notified at ").L("PHONE", phone(r, cc)).t(". Student returned to class after 20 minutes.\n")
    d.t("Note: the class is reading a chapter on the Great Depression; a classmate's comment ('this homework gives me a heart attack') was not an incident.\n")
    return d, "free_text"


@T(1)
def html_order_confirmation(r):
    d = Doc()
    cc = r.choice(["GB", "DE", "US", "NL", "BR"])
    p = person(r, cc)
    d.t("<html><body style=\"font-family:Arial\">\n<table width=\"600\">\n<tr><td><h2>Thanks for your order, ").L("PERSON", p.given).t("!</h2></td></tr>\n")
    d.t(f"<tr><td>Order <b>{order_no(r)}</b> placed {fd(rdate(r,2026,2026),'long')}</td></tr>\n")
    d.t("<tr><td><b>Delivering to</b><br>").L("PERSON", p.full).t("<br>").L("ADDRESS", "<br>".join(addr(r, cc)[0])).t("</td></tr>\n")
    d.t(f"<tr><td>Paid with Mastercard ending {digits(r,4)}. Tracking: <a href=\"#\">{tracking(r)}</a></td></tr>\n")
    d.t(f"<tr><td>Items: {r.choice(['Tommy Hilfiger crew neck', 'Dr. Martens 1460 boots', 'Estée Lauder serum'])} × {r.randint(1,3)} — SKU {sku(r)}</td></tr>\n")
    d.t("<tr><td style=\"font-size:10px\">Questions? Reply to this e-mail. © 2026 Shop &amp; Ship Ltd. Registered in England No. 0" + digits(r, 7) + "</td></tr>\n</table></body></html>\n")
    return d, "html"


@T(2)
def ft_business_memo_no_pii(r):
    d = Doc()
    d.t(f"Q{r.randint(1,4)} commercial review — internal memo\n\n")
    d.t(f"Sales in Iberia suffered a real depression in {MON[r.randint(0,11)]}, while Benelux was flat. ")
    d.t(f"The {r.choice(COMPANIES_PEOPLE)} account renewed; {r.choice(COMPANIES_PEOPLE)} is at risk. ")
    d.t("Inventory write-offs were a headache again, and the pricing tool caught a cold after the last release.\n\n")
    d.t(f"Key dates: {r.choice(HOLIDAYS)}, {r.choice(HOLIDAYS)} and the fiscal close on {fd(rdate(r,2026,2026),'iso')}.\n")
    d.t(f"Tracking KPIs: on-time {r.randint(88,99)}%, damaged {r.randint(0,3)}.{r.randint(0,9)}%, NPS {r.randint(20,70)}. Dashboards v{version_ip_like(r)}.\n")
    d.t("Action: keep Parkinson's law in mind — the work will expand to fill Q3 unless we timebox it.\n")
    return d, "free_text"


@T(2)
def ft_bank_statement_text(r):
    d = Doc()
    cc = r.choice(["GB", "IE", "DE", "NL"])
    p = person(r, cc)
    d.t(f"{r.choice(['Northshire Building Society', 'Cairn Bank', 'Volksbank Mittelweser', 'Bank Zuidas'])}\nStatement of account  ·  Page 1 of 2\n\n")
    d.L("PERSON", p.full.upper()).t("\n").L("ADDRESS", "\n".join(addr(r, cc)[0])).t("\n\n")
    if cc == "GB":
        d.t("Sort code / Account: ").L("UK_BANK_ACCOUNT", f"{digits(r,2)}-{digits(r,2)}-{digits(r,2)} {digits(r,8)}").t("\n")
    s = iban(r, cc, True)
    cut = r.choice([9, 14, 19])
    d.t("IBAN: ").L("IBAN", s[:cut] + "\n" + s[cut:].lstrip() if s[cut - 1] != " " else s).t("\n")
    a_, b_ = dpair(r, "uk", 31)
    d.t(f"BIC: {up(r,4)}{cc}{up(r,2)}   Period {a_} – {b_}\n\n")
    d.t(f"{'Date':<12}{'Description':<42}{'Amount':>12}\n")
    for _ in range(r.randint(4, 7)):
        desc = r.choice([f"CARD {r.choice(['LIDL', 'SAINSBURYS', 'JOHN LEWIS', 'ALBERT HEIJN'])} ****{digits(r,4)}", f"DD {r.choice(['VODAFONE', 'BRITISH GAS', 'EIR'])} REF {digits(r,8)}",
                            f"SEPA TRF FROM {r.choice(['ACME PAYROLL', 'HMRC', 'REVENUE'])}", f"ATM {r.choice(['DUBLIN 2', 'LEEDS', 'HAMBURG'])} {digits(r,6)}"])
        d.t(f"{fd(rdate(r,2026,2026),'uk'):<12}{desc:<42}{r.uniform(-400,2500):>12.2f}\n")
    return d, "free_text"


@T(4)
def ft_kyc_narrative(r):
    d = Doc()
    cc = ["SG", "IT", "DE", "CA", "IN", "ES", "FR", "BR"][r.idx % 8]
    p = person(r, cc)
    dob = rdate(r, 1955, 2003)
    d.t(f"Enhanced due diligence — case EDD-{digits(r,6)}\n\n")
    d.t("The applicant, ").L("PERSON", p.full).t(", born ").L("DATE_OF_BIRTH", fd(dob, "long")).t(", ")
    if cc == "SG":
        d.t("presented NRIC ").L("SG_NRIC", nric(r, r.choice("ST"))).t(" and lives at ").L("ADDRESS", aline(r, "SG")).t(". ")
    elif cc == "IN":
        d.t("presented Aadhaar ").L("IN_AADHAAR", aadhaar(r)).t(" (verified by OTP) and resides at ").L("ADDRESS", aline(r, "IN")).t(". ")
    elif cc == "BR":
        d.t("apresentou CPF ").L("BR_CPF", cpf(r)).t(" e reside em ").L("ADDRESS", aline(r, "BR")).t(". ")
    elif cc == "CA":
        d.t("provided SIN ").L("CA_SIN", sin(r)).t(" and an Ontario driver's licence ").L("DRIVER_LICENSE", f"{up(r,1)}{digits(r,4)}-{digits(r,5)}-{digits(r,5)}").t(". ")
    elif cc == "ES":
        d.t("aportó NIE ").L("ES_DNI", dni(r, True)).t(" y pasaporte ").L("PASSPORT", PASSPORT_FMT["Spain"](r)).t(" (España). ")
    elif cc == "FR":
        d.t("a fourni son numéro de sécurité sociale ").L("FR_NIR", nir(r, p.female, dob)).t(" et son passeport français n° ").L("PASSPORT", PASSPORT_FMT["France"](r)).t(". ")
    elif cc == "IT":
        cf, city = codfis(r, p, dob)
        d.t(f"nato/a a {city}, ha fornito il codice fiscale ").L("IT_FISCAL_CODE", cf).t(". ")
    else:
        d.t("legte die Steuer-IdNr. ").L("DE_TAX_ID", steuer(r)).t(" und den Reisepass ").L("PASSPORT", PASSPORT_FMT["Germany"](r)).t(" vor. ")
    d.t(f"Source of wealth: sale of a {r.choice(['pharmacy', 'restaurant', 'software company'])} to {r.choice(COMPANIES_PEOPLE)}. ")
    d.t("Adverse media screening returned a namesake (different date of birth) — discounted. Risk rating: medium.\n")
    d.t("Analyst contact: ").L("EMAIL", f"edd-team@{r.choice(['kestrel.bank', 'banco-nortesur.es', 'merlion-trust.sg'])}").t("\n")
    return d, "free_text"


@T(2)
def ft_drug_catalogue_no_pii(r):
    d = Doc()
    d.t("Hospital formulary extract — cardiovascular & endocrine (no patient data)\n\n")
    d.t(f"{'Drug':<24}{'Form':<18}{'NDC / code':<18}Notes\n")
    for m in r.sample(MEDS, 7):
        d.t(f"{m:<24}{r.choice(['tab 10 mg', 'inj 100 U/mL', 'inh 100 mcg', 'cap 500 mg']):<18}{digits(r,5)}-{digits(r,3)}-{digits(r,2):<8}{r.choice(['first line', 'restricted', 'non-formulary', 'renal dose adjust'])}\n")
    d.t(f"\nIndications covered: hypertension, heart failure, type 2 diabetes, hypothyroidism. Revision {version_ip_like(r)}.\n")
    return d, "free_text"


@T(2)
def html_careers_no_pii(r):
    d = Doc()
    d.t("<section class=\"careers\">\n<h1>Join our logistics team</h1>\n")
    d.t(f"<p>We are hiring warehouse associates in {r.choice(['Rotterdam', 'Leipzig', 'Zaragoza', 'Northampton'])}. Benefits include private health cover, ")
    d.t("a cycle-to-work scheme and paid leave on public holidays such as " + r.choice(HOLIDAYS) + ".</p>\n")
    d.t(f"<p>Apply with reference <code>REQ-{digits(r,6)}</code>. Our partners include {r.choice(COMPANIES_PEOPLE)} and {r.choice(COMPANIES_PEOPLE)}.</p>\n")
    d.t("<form><label>Full Name</label><input name=\"full_name\"><label>Date Of Birth</label><input name=\"dob\" placeholder=\"DD/MM/YYYY\">\n")
    d.t("<label>Email Address</label><input name=\"email\" placeholder=\"your e-mail address\"></form>\n</section>\n")
    return d, "html"


@T(2)
def csv_holiday_calendar_no_pii(r):
    d = Doc()
    d.t("country,date,holiday,office_closed\n")
    for h in r.sample(HOLIDAYS, 7):
        row(d, [r.choice(["US", "GB", "IE", "DE", "IT", "IN", "SG", "BR", "NL", "CA"]), fd(rdate(r, 2026, 2026), "iso"), h, r.choice(["yes", "no"])])
    return d, "csv"


@T(2)
def log_cron_no_pii(r):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        d.t(f"{_ts(r,'syslog')} batch01 CRON[{r.randint(1000,30000)}]: (svc_etl) CMD (/opt/etl/run.sh --job {r.choice(['nightly_ledger', 'sku_sync', 'hl7_archive'])} --since {r.randint(1767225600,1790000000)})\n")
    d.t(f"{_ts(r,'syslog')} batch01 etl[{r.randint(1000,30000)}]: rows_in={r.randint(1000,900000)} rows_rejected={r.randint(0,40)} schema={version_ip_like(r)} checksum=sha256:{''.join(r.choice('0123456789abcdef') for _ in range(16))}\n")
    return d, "log"


@T(2)
def form_car_rental(r):
    d = Doc()
    intl = r.random() < 0.4
    p = person(r, None if intl else "US")
    st = r.choice(sorted(DL))
    d.t(f"RENTAL AGREEMENT  RA#{digits(r,9)}   Branch: {r.choice(['MCO Airport', 'DEN Airport', 'Boston Back Bay', 'SEA Downtown'])}\n\n")
    d.t("RENTER ................ ").L("PERSON", p.last_first).t("\n")
    d.t("DATE OF BIRTH ......... ").L("DATE_OF_BIRTH", fd(rdate(r, 1950, 2003), "us")).t("\n")
    if intl:
        ctry = r.choice(["United Kingdom", "Germany", "Netherlands", "Japan", "Brazil", "Italy"])
        d.t(f"FOREIGN RENTER — PASSPORT ({ctry}) ").L("PASSPORT", PASSPORT_FMT[ctry](r)).t("\n")
        d.t(f"HOME LICENCE .......... issued in {ctry}, IDP presented\n")
    else:
        d.t(f"DRIVER LIC. STATE ..... {st}\nDRIVER LIC. NO. ....... ").L("DRIVER_LICENSE", DL[st][1](r)).t(f"   EXP {fd(rdate(r,2027,2032),'us')}\n")
        d.t("HOME ADDRESS .......... ").L("ADDRESS", ", ".join(addr(r, "US", st)[0])).t("\n")
    d.t("MOBILE ................ ").L("PHONE", phone(r, "US")).t("\n")
    d.t("PAYMENT ............... ").L("CREDIT_CARD", card(r, r.choice(["visa", "mc", "amex", "disc"]))).t(f"  EXP {r.randint(1,12):02d}/{r.randint(27,31)}\n")
    d.t(f"VEHICLE ............... {r.choice(['Ford Escape', 'Toyota Camry', 'Kia Sorento'])}  VIN 1FM{up(r,5,'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{digits(r,9)}  PLATE {up(r,3)}-{digits(r,4)}\n")
    d.t(f"ODOMETER OUT {r.randint(1000,60000)}   FUEL 8/8   Damage waiver: {r.choice(['ACCEPTED', 'DECLINED'])}\n")
    return d, "form"


@T(2)
def json_benefits_case(r):
    d = Doc()
    p = person(r, "US")
    dob = rdate(r, 1935, 1960)
    lines, st = addr(r, "US")
    obj = {"caseNumber": f"{st}-{digits(r,4)}-{digits(r,6)}", "program": r.choice(["Medicaid/Medicare dual", "Medicare Savings Program", "SNAP"]),
           "applicant": {"name": {"first": L("PERSON", p.given), "last": L("PERSON", p.family)}, "dob": L("DATE_OF_BIRTH", fd(dob, "us")),
                         "ssn": L("US_SSN", ssn(r)), "medicareBeneficiaryId": L("US_MBI", mbi(r)),
                         "stateId": {"state": st, "licenseNumber": L("DRIVER_LICENSE", DL[st][1](r)) if st in DL else None},
                         "residence": L("ADDRESS", ", ".join(lines)), "phone": L("PHONE", phone(r, "US"))},
           "household": [{"relationship": "spouse", "name": L("PERSON", person(r, "US").full), "ssnMasked": f"***-**-{digits(r,4)}"}],
           "caseworker": {"id": f"CW{digits(r,5)}", "office": r.choice(["Duluth Human Services", "Savannah DFCS", "Mesa DES"])},
           "lastUpdated": f"2026-0{r.randint(1,9)}-{r.randint(10,28)}T{r.randint(10,23)}:{r.randint(10,59)}:00-05:00"}
    jemit(d, obj, indent=2)
    d.t("\n")
    return d, "json"



@T(2)
def tsv_payroll_us(r):
    d = Doc()
    d.t("emp_no\tlast_name\tfirst_name\tssn\tdob\tdl_state\tdl_number\twork_state\tannual_salary\n")
    for _ in range(r.randint(4, 6)):
        p = person(r, "US")
        st = r.choice(sorted(DL))
        masked = r.random() < 0.25
        row(d, [f"{r.randint(10000,99999)}", L("PERSON", p.family), L("PERSON", p.given),
                f"XXX-XX-{digits(r,4)}" if masked else L("US_SSN", ssn(r, r.choice(["-", "-", ""]))),
                L("DATE_OF_BIRTH", fd(rdate(r, 1955, 2004), "us")), st, L("DRIVER_LICENSE", DL[st][1](r)), st,
                f"{r.randint(38,190)}000"], delim="\t")
    d.t(f"# generated by payroll-export {version_ip_like(r)}; SSNs masked for contractors\n")
    return d, "tsv"


@T(3)
def ndjson_idv_webhook(r):
    d = Doc()
    kinds = ["us_passport", "us_dl", "gb_passport", "sg_nric", "in_aadhaar", "es_dni", "it_cf", "de_passport", "declined"]
    for j in range(r.randint(4, 5)):
        k = kinds[(r.idx * 4 + j) % len(kinds)]
        ev = {"event": "verification.completed", "id": f"idv_{''.join(r.choice('abcdef0123456789') for _ in range(16))}", "status": "approved"}
        if k == "us_passport":
            p = person(r, "US")
            ev["document"] = {"type": "passport", "issuing_country": "USA", "number": L("US_PASSPORT", us_passport(r)), "holder": L("PERSON", p.full), "birth_date": L("DATE_OF_BIRTH", fd(rdate(r), "iso"))}
        elif k == "us_dl":
            p = person(r, "US")
            st = r.choice(sorted(DL))
            ev["document"] = {"type": "driving_licence", "issuing_country": "USA", "issuing_state": DL[st][0], "number": L("DRIVER_LICENSE", DL[st][1](r)), "holder": L("PERSON", p.full)}
        elif k == "gb_passport":
            p = person(r, "GB")
            ev["document"] = {"type": "passport", "issuing_country": "GBR", "number": L("PASSPORT", PASSPORT_FMT["United Kingdom"](r)), "holder": L("PERSON", p.full), "birth_date": L("DATE_OF_BIRTH", fd(rdate(r), "iso"))}
        elif k == "sg_nric":
            p = person(r, "SG")
            ev["document"] = {"type": "national_id", "issuing_country": "SGP", "number": L("SG_NRIC", nric(r)), "holder": L("PERSON", p.full)}
        elif k == "in_aadhaar":
            p = person(r, "IN")
            ev["document"] = {"type": "aadhaar", "issuing_country": "IND", "number": L("IN_AADHAAR", aadhaar(r, False)), "holder": L("PERSON", p.full)}
        elif k == "es_dni":
            p = person(r, "ES")
            ev["document"] = {"type": "national_id", "issuing_country": "ESP", "number": L("ES_DNI", dni(r)), "holder": L("PERSON", p.full), "birth_date": L("DATE_OF_BIRTH", fd(rdate(r), "iso"))}
        elif k == "it_cf":
            p = person(r, "IT")
            dob = rdate(r)
            cf, _ = codfis(r, p, dob)
            ev["document"] = {"type": "tax_code_card", "issuing_country": "ITA", "number": L("IT_FISCAL_CODE", cf), "holder": L("PERSON", p.full), "birth_date": L("DATE_OF_BIRTH", fd(dob, "iso"))}
        elif k == "de_passport":
            p = person(r, "DE")
            ev["document"] = {"type": "passport", "issuing_country": "DEU", "number": L("PASSPORT", PASSPORT_FMT["Germany"](r)), "holder": L("PERSON", p.full)}
        else:
            ev = {"event": "verification.declined", "id": f"idv_{''.join(r.choice('abcdef0123456789') for _ in range(16))}", "status": "declined",
                  "reason": "checksum_failed", "document": {"type": r.choice(["national_id", "tax_id"]), "number_redacted": True,
                  "attempted_value_hint": r.choice([bad_dni(r), bad_nric(r), bad_steuer(r)])}}
        ev["ip"] = L("IP_ADDRESS", ipv4(r)) if ev["status"] == "approved" else "0.0.0.0"
        ev["sdk"] = f"web-{version_ip_like(r)}"
        jemit(d, ev, indent=None)
        d.t("\n")
    return d, "ndjson"


@T(2)
def form_it_asl_registration(r):
    d = Doc()
    p = person(r, "IT", origin="italian")
    dob = rdate(r, 1945, 2005)
    cf, city = codfis(r, p, dob)
    doc = person(r, "IT", origin="italian")
    d.t("AZIENDA SANITARIA LOCALE — Modulo di scelta/revoca del medico di medicina generale\n\n")
    d.t("Cognome: ").L("PERSON", p.family.upper()).t("      Nome: ").L("PERSON", p.given.upper()).t("\n")
    d.t(f"Nato/a a: {city}   il ").L("DATE_OF_BIRTH", fd(dob, "uk")).t("\n")
    d.t("Codice fiscale: ").L("IT_FISCAL_CODE", cf).t("\n")
    d.t("Residenza: ").L("ADDRESS", aline(r, "IT")).t("\n")
    d.t("Recapito telefonico: ").L("PHONE", phone(r, "IT")).t("\n")
    d.t("Medico scelto: dott. ").L("PERSON", f"{doc.given} {doc.family}").t(f" (codice regionale {digits(r,6)})\n")
    if r.random() < 0.6:
        d.t(f"Esenzione ticket: {r.choice(['013', '031', '048'])} — ").L("DIAGNOSIS", r.choice(DX_IT)).t("\n")
    else:
        d.t("Esenzione ticket: nessuna\n")
    d.t(f"Nota: il codice {bad_codfis(cf)} riportato sulla vecchia tessera non supera il controllo.\n")
    d.t(f"Protocollo n. {digits(r,6)}/{r.randint(2025,2026)}   Firma dell'assistito ______________\n")
    return d, "form"


@T(2)
def form_us_passport_renewal(r):
    d = Doc()
    p = person(r, "US")
    lines, st = addr(r, "US")
    d.t("U.S. PASSPORT RENEWAL APPLICATION (mail-in) — data transcribed for pre-check\n\n")
    d.t("1. Name: ").L("PERSON", f"{p.family.upper()}, {p.given.upper()}").t("\n")
    d.t("2. Date of birth (mm/dd/yyyy): ").L("DATE_OF_BIRTH", fd(rdate(r, 1950, 2005), "us")).t(f"   Place of birth: {r.choice(['Honolulu, HI', 'El Paso, TX', 'Saint Paul, MN', 'Guam'])}\n")
    d.t("3. Social Security Number: ").L("US_SSN", ssn(r, r.choice(["-", " "]))).t("\n")
    d.t("4. Email: ").L("EMAIL", email(r, p)).t("   Phone: ").L("PHONE", phone(r, "US")).t("\n")
    d.t("5. Mailing address: ").L("ADDRESS", ", ".join(lines)).t("\n")
    d.t("6. Most recent passport book number: ").L("US_PASSPORT", us_passport(r)).t(f"   issued {fd(rdate(r,2012,2017),'us')}\n")
    d.t(f"7. Travel plans: {r.choice(['none', 'Lisbon, late summer', 'Tokyo in spring'])}\n")
    d.t(f"Fee: $130 book + $30 card · check #{digits(r,4)} · tracking {tracking(r)}\n")
    d.t("Do not include the old SSN card; a masked copy (***-**-" + digits(r, 4) + ") is sufficient.\n")
    return d, "form"


@T(2)
def csv_uk_bacs_payments(r):
    d = Doc()
    d.t("payee_name,sort_code,account_number,amount_gbp,reference,payment_date\n")
    for _ in range(r.randint(4, 6)):
        p = person(r, "GB")
        row(d, [L("PERSON", p.full), f"{digits(r,2)}-{digits(r,2)}-{digits(r,2)}", L("UK_BANK_ACCOUNT", digits(r, 8)),
                f"{r.randint(80,4000)}.{digits(r,2)}", f"EXP{digits(r,6)}", fd(rdate(r, 2026, 2026), "uk")])
    return d, "csv"


@T(2)
def email_card_dispute(r):
    d = Doc()
    cc = r.choice(["US", "GB", "CA", "AU"])
    p = person(r, cc)
    d.t("From: ").L("PERSON", p.full).t(" <").L("EMAIL", email(r, p)).t(">\nTo: ").L("EMAIL", f"disputes@{r.choice(['harbourcard.com', 'northstar-bank.co.uk', 'mapleleaf-credit.ca'])}").t("\n")
    d.t(f"Subject: Fwd: unrecognised charge {r.choice(['$', '£', 'CA$', 'A$'])}{r.randint(40,900)}.{digits(r,2)}\n\n")
    d.t("Hi, I don't recognise this charge from \"").t(r.choice(["HUGO BOSS OUTLET", "FERRARI STORE", "KELLOGGS DTC"])).t("\". My card is ")
    d.L("CREDIT_CARD", card(r, r.choice(["visa", "mc2", "amex", "mc"]), r.choice([" ", "-"]))).t(f" (exp {r.randint(1,12):02d}/{r.randint(27,31)}).\n")
    d.t("My other card (ending ").t(digits(r, 4)).t(") was not affected. You can reach me on ").L("PHONE", phone(r, cc)).t(".\n\n")
    d.t("---------- Forwarded message ---------\nFrom: ").L("EMAIL", f"no-reply@alerts.{r.choice(['harbourcard.com', 'northstar-bank.co.uk', 'mapleleaf-credit.ca'])}").t("\nSubject: Transaction alert\n")
    d.t(f"A purchase was made with card ****{digits(r,4)} on {fd(rdate(r,2026,2026),'long')}. Auth code {up(r,6,'0123456789')}. Merchant id {nl_digits(r,15)}.\n")
    return d, "email"


# ============================================================================= validation & output
LEAK_CARD = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
LEAK_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
LEAK_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")


def _covered(ents, s, e):
    return any(x["start"] < e and s < x["end"] for x in ents)


def validate(docid, text, ents, fmt):
    assert fmt in FORMATS, fmt
    last = -1
    for x in sorted(ents, key=lambda x: x["start"]):
        s, e = x["start"], x["end"]
        seg = text[s:e]
        assert seg and seg == seg.strip(), (docid, x, seg)
        assert s >= last, (docid, "overlap", x)
        last = e
        chk = CHECKERS.get(x["type"])
        if chk:
            assert chk(seg), (docid, x["type"], seg)
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    if fmt in ("csv", "tsv"):
        delim = "\t" if fmt == "tsv" else ("," if text.count(",") >= text.count(";") else ";")
        body = "\n".join(l for l in text.splitlines() if not l.startswith("#"))
        rows = list(csv.reader(io.StringIO(body), delimiter=delim))
        widths = {len(x) for x in rows if x and not (len(x) > 1 and all(c == "" for c in x[1:]))}
        assert len(widths) == 1, (docid, widths)
    # leak check: valid-looking identifiers that are not labelled
    for m in LEAK_CARD.finditer(text):
        if card_ok(m.group()) and not _covered(ents, m.start(), m.end()):
            if not any(w in text[max(0, m.start() - 12):m.start()].lower() for w in ("imei",)):
                raise AssertionError((docid, "unlabelled card-like", m.group()))
    for m in LEAK_SSN.finditer(text):
        if ssn_ok(m.group()) and not _covered(ents, m.start(), m.end()):
            raise AssertionError((docid, "unlabelled ssn-like", m.group()))
    for m in LEAK_IBAN.finditer(text):
        if iban_ok(m.group()) and not _covered(ents, m.start(), m.end()):
            raise AssertionError((docid, "unlabelled iban-like", m.group()))


def build():
    selftest()
    docs = []
    for name, n, fn in TEMPLATES:
        for i in range(n):
            r = _random.Random(f"{SEED}:{name}:{i}")
            r.idx = i
            d, fmt = fn(r)
            text = d.text()
            ents = sorted(d.ents, key=lambda x: x["start"])
            lvl = max((LEVEL[x["type"]] for x in ents), default=1)
            did = f"h8_{name}-{i}"
            validate(did, text, ents, fmt)
            docs.append({"id": did, "text": text, "entities": ents, "classification": LEVEL_NAME[lvl], "format": fmt})
    with open(OUT, "w", encoding="utf-8") as f:
        for x in docs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    return docs


def report(docs):
    tc, fc, cc = Counter(), Counter(), Counter()
    for x in docs:
        fc[x["format"]] += 1
        cc[x["classification"]] += 1
        for e in x["entities"]:
            tc[e["type"]] += 1
    out = [f"documents: {len(docs)}", f"no-entity documents: {sum(1 for x in docs if not x['entities'])}", "", "classification:"]
    out += [f"  {k:<30} {v}" for k, v in cc.most_common()]
    out += ["", "format:"] + [f"  {k:<30} {v}" for k, v in fc.most_common()]
    out += ["", "entity type:"] + [f"  {k:<30} {v}" for k, v in tc.most_common()]
    return "\n".join(out)


if __name__ == "__main__":
    docs = build()
    print(report(docs))
