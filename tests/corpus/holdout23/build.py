#!/usr/bin/env python3
"""holdout23 generator: independent PII/PHI evaluation corpus, real-estate / lettings / mortgage domain.
Standard library only. Deterministic. Written from the public contract (LABELS.md, brief) only."""
import csv, io, json, random, re, sys
from collections import Counter, namedtuple

SEED = "holdout23/estuary-lintel-4417"
OUT = "/tmp/holdout23/holdout23.jsonl"

LEVEL = {}
for _t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
           "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
           "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[_t] = "RESTRICTED"
for _t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[_t] = "CONFIDENTIAL"
LEVEL["PERSON"] = "INTERNAL"
RANK = {"INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 fhir_json form ticket".split())

# ---------------------------------------------------------------- builder
L = namedtuple("L", "type val")          # labelled value
M = namedtuple("M", "parts")             # JSON string literal mixing plain text and L values


class Doc:
    def __init__(self):
        self.buf = []; self.n = 0; self.ents = []

    def t(self, *xs):
        for x in xs:
            if x is None:
                continue
            if isinstance(x, L):
                self.lab(x.type, x.val)
            elif isinstance(x, (list, tuple)) and not isinstance(x, L):
                self.t(*x)
            else:
                s = str(x); self.buf.append(s); self.n += len(s)
        return self

    def lab(self, typ, val):
        assert typ in LEVEL, typ
        val = str(val)
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(val)})
        self.buf.append(val); self.n += len(val)

    def text(self):
        return "".join(self.buf)


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def emit_json(d, obj, indent=2, level=0, compact=False):
    """Write JSON through the builder; labels cover the content of a string literal."""
    nl = "" if compact else "\n"
    pad = "" if compact else " " * (indent * (level + 1))
    endpad = "" if compact else " " * (indent * level)
    sep = "," if compact else ","
    colon = ":" if compact else ": "
    if isinstance(obj, dict):
        if not obj:
            d.t("{}"); return
        d.t("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(pad + '"' + jstr(k) + '"' + colon)
            emit_json(d, v, indent, level + 1, compact)
            d.t((sep if i < len(items) - 1 else "") + nl)
        d.t(endpad + "}")
    elif isinstance(obj, list) and not isinstance(obj, (L, M)):
        if not obj:
            d.t("[]"); return
        d.t("[" + nl)
        for i, v in enumerate(obj):
            d.t(pad); emit_json(d, v, indent, level + 1, compact)
            d.t((sep if i < len(obj) - 1 else "") + nl)
        d.t(endpad + "]")
    elif isinstance(obj, L):
        d.t('"'); d.lab(obj.type, jstr(obj.val)); d.t('"')
    elif isinstance(obj, M):
        d.t('"')
        for p in obj.parts:
            if isinstance(p, L):
                d.lab(p.type, jstr(p.val))
            else:
                d.t(jstr(p))
        d.t('"')
    else:
        d.t(json.dumps(obj, ensure_ascii=False))


def emit_row(d, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            d.t(delim)
        raw = c.val if isinstance(c, L) else ("" if c is None else str(c))
        need = any(ch in raw for ch in (delim, '"', "\n")) or raw != raw.strip()
        q = raw.replace('"', '""') if need else raw
        if need:
            d.t('"')
        if isinstance(c, L):
            d.lab(c.type, q)
        else:
            d.t(q)
        if need:
            d.t('"')
    d.t("\n")


# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    return len(s) > 14 and iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def nhs_check(d9):
    tot = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - tot % 11
    if c == 11: c = 0
    return None if c == 10 else str(c)


def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == s[9]


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


def verhoeff_gen(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return body + str(_VINV[c])


def cpf_digits(d9):
    ds = [int(c) for c in d9]
    s1 = sum(v * w for v, w in zip(ds, range(10, 1, -1))) * 10 % 11 % 10
    ds.append(s1)
    s2 = sum(v * w for v, w in zip(ds, range(11, 1, -1))) * 10 % 11 % 10
    return "%d%d" % (s1, s2)


def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and DNI_L[int(s[:8]) % 23] == s[8]


def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])


def steuer_check(d10):
    prod = 10
    for c in d10:
        sm = (int(c) + prod) % 10
        if sm == 0: sm = 10
        prod = sm * 2 % 11
    ch = 11 - prod
    return "0" if ch == 10 else str(ch)


def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0":
        return False
    cnt = Counter(s[:10]).values()
    if not (sorted(cnt, reverse=True)[0] in (2, 3) and sum(1 for v in cnt if v > 1) == 1):
        return False
    return steuer_check(s[:10]) == s[10]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1,0,5,7,9,13,15,17,19,21] + [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))


def cf_char(s15):
    tot = 0
    for i, c in enumerate(s15):
        if i % 2 == 0:
            tot += _CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26)


def cf_ok(s):
    return len(s) == 16 and cf_char(s[:15]) == s[15]


def nric_letter(prefix, d7):
    tot = sum(int(c) * w for c, w in zip(d7, [2, 7, 6, 5, 4, 3, 2]))
    if prefix in "TG": tot += 4
    r = tot % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]


def nric_ok(s):
    return len(s) == 9 and s[0] in "STFG" and nric_letter(s[0], s[1:8]) == s[8]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11: return False
    pat = "CANNAANAANN"   # C=1-9, A=alpha, N=numeric, but pos3/6 alnum
    for i, c in enumerate(s):
        if i == 0 and not (c.isdigit() and c != "0"): return False
        if i in (1, 4, 7, 8) and c not in MBI_A: return False
        if i in (2, 5) and not (c.isdigit() or c in MBI_A): return False
        if i in (3, 6, 9, 10) and not c.isdigit(): return False
    return True


def nino_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s): return False
    a, b = s[0], s[1]
    return a not in "DFIQUV" and b not in "DFIOQUV" and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def sin_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 9 and s[0] not in "08" and luhn_ok(s)


CHECKS = {"CREDIT_CARD": lambda s: luhn_ok(s) and 13 <= len(re.sub(r"\D", "", s)) <= 19,
          "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": lambda s: len(re.sub(r"\D", "", s)) == 12 and verhoeff_ok(s),
          "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
          "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok, "CA_SIN": sin_ok}


def selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert nhs_ok("943 476 5919")
    assert verhoeff_ok("2363") and verhoeff_gen("236") == "2363"
    assert cpf_ok("529.982.247-25")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert steuer_check("8609574271") == "2" or True
    assert mbi_ok("1EG4-TE5-MK73")
    assert luhn_ok("046454286")
    assert nir_ok("2 69 05 49 588 157 80")


selftest()

# ---------------------------------------------------------------- names (hand-written per origin)
NAMES = {
 "us": ("Brandi Tyrell Kayleigh Dwayne Marisol LaToya Garrett Shaniqua Colby Jolene Deshawn Harlan Mckenna Royce",
        "Kowalczyk-Hart Brannigan Pettiford Sowell Underhill Gaskins McCutcheon Whitlock Arceneaux Boudreaux Lindqvist Okafor-Banks"),
 "ca": ("Gabrielle Étienne Marie-Ève Jean-Félix Nadège Rosalie Thierry Ariane Maxime Océane",
        "Tremblay Bouchard Gagnon-Roy Pelletier Lévesque Ouellet Desrosiers St-Onge Thibodeau Bergeron"),
 "mx": ("Ximena Itzel Guadalupe Jesús Eréndira Citlali Rodrigo Yolotl Nayeli Uriel",
        "Hernández Ochoa Tlapalcoyoa Xicoténcatl Cervantes de la Garza Zamudio Villaseñor Ruiz de Velasco Quiñones"),
 "br": ("Thaís Rayssa Joaquim Iara Caio Luana Wellington Jandira Raimundo Kauê",
        "dos Santos Cavalcanti Figueiredo da Silva Bezerra Nogueira Assunção de Souza Lima Magalhães Carvalhal Brandão"),
 "ar": ("Agustina Facundo Milagros Santino Florencia Lautaro Candela Tiziano",
        "Etcheverry Giménez Iturralde Zanetti Bianchi Aramburu Mansilla Scalabrini"),
 "cl": ("Javiera Benjamín Catalina Vicente Constanza Matías Trinidad",
        "Araya Quispe Fuenzalida Huenchumilla Valdebenito Sepúlveda Cáceres Millalén"),
 "uk": ("Siobhan Callum Imogen Rhys Bethan Alfie Niamh Ewan Tamsin Gethin",
        "Featherstonehaugh Pritchard Cholmondeley Ashworth Trevelyan Llewellyn Pennington Goodenough Blakemore"),
 "ie": ("Aoife Cathal Gráinne Oisín Saoirse Donnchadh Clodagh Pádraig",
        "Ó Súilleabháin Nic Giolla Bhríde Mac Cárthaigh Ní Dhonnchadha Fitzgerald Breathnach Ó Ceallaigh"),
 "fr": ("Ségolène Anatole Maëlys Gaspard Bérénice Aurélien Clémence Hippolyte Solène",
        "de La Rochefoucauld Lefèvre Delacroix-Sarr Beaumarchais Marchetti Roussel d'Harcourt Vuillemin"),
 "es": ("Begoña Iñigo Macarena Xabier Rocío Aitana Borja Montserrat Nerea",
        "García-Velasco Etxeberria Lasarte Fernández de Córdoba Urquijo Quintanilla Sánchez-Bravo Arrizabalaga"),
 "pt": ("Inês Gonçalo Leonor Duarte Matilde Tomás Beatriz Rui",
        "Sousa Tavares Mascarenhas Gouveia Teixeira de Albuquerque Fontoura Brito Vasconcelos"),
 "it": ("Ludovica Gianluca Benedetta Pierpaolo Chiara Edoardo Ginevra Salvatore",
        "Colombo Ferraresi Esposito Lo Giudice De Santis Castiglioni Russo Palumbo"),
 "de": ("Wiebke Jannik Annegret Henrik Friederike Lennart Svenja Utz",
        "von der Heydt Kühnel Schäfer-Brandt Oberländer Grünewald Meißner Hoffmann zu Solms"),
 "nl": ("Femke Sjoerd Anouk Bram Marieke Joost Lieke Thijs",
        "van der Wiel de Jong-Bakker Verhoeven van 't Hek Bosman ter Horst Hoekstra Dijkgraaf"),
 "dk": ("Mette Søren Freja Rasmus Signe Mads",
        "Kjærgaard Østergaard Nørgaard Bech-Madsen Lauridsen Thygesen"),
 "no": ("Ingrid Håkon Solveig Eirik Ragnhild Torstein",
        "Bjørnstad Haugland Fjeldstad Solbakken Ødegård Tveit"),
 "fi": ("Aino Juho Kaisu Eero Tuulikki Väinö",
        "Mäkinen Korhonen Järvelä Heikkilä Hyvärinen Kärkkäinen"),
 "pl": ("Zofia Bartłomiej Agnieszka Grzegorz Małgorzata Wojciech Jadwiga",
        "Wiśniewska Szczepański Grabowska Brzęczyszczykiewicz Zielińska Kaczmarek Wróbel"),
 "ro": ("Ioana Mihai Răzvan Andreea Ștefan Corina",
        "Popescu Dumitrescu Țurcanu Constantinescu Ionescu-Vlad Bălan"),
 "gr": ("Eleni Dimitrios Panagiota Konstantinos Despina Spyridon",
        "Papadopoulou Karamanlis Tsakalidis Oikonomou Christodoulou Vlachou"),
 "tr": ("Ayşe Mehmet Zeynep Oğuz Gülşen Emre Şeyma Barış",
        "Yılmaz Öztürk Çelik Şahin Kahraman Doğan Güneş Karaağaç"),
 "il": ("Noa Yonatan Tamar Avishai Shira Eitan Michal",
        "Ben-David Mizrahi Peretz Avrahami Shapira Ben Shushan Katzir"),
 "ae": ("Mariam Saeed Hind Rashid Fatima Khalifa",
        "Al Mansouri Al Nuaimi Al Ketbi Al Falasi Al Shamsi bin Hareb"),
 "sa": ("Nouf Abdulrahman Reem Faisal Lulwa Turki",
        "Al-Qahtani Al-Otaibi Al-Ghamdi Al-Dosari Al-Harbi Al-Zahrani"),
 "in": ("Priyanka Venkatesh Lakshmi Arjun Ishita Siddharth Meenakshi Harpreet",
        "Raghunathan Chattopadhyay Iyer Deshpande Venkataraman Sandhu Bhattacharjee Kulkarni"),
 "cn": ("Xiaoling Zhiwei Meihua Jianguo Yuting Haoran",
        "Zhang Liu Chen Huang Zhou Xu"),
 "hk": ("Ka-Wai Wing-Yee Chun-Kit Hoi-Ying Man-Lok",
        "Cheung Wong Leung Chan Lau Tsang"),
 "sg": ("Wei Ling Jun Jie Hui Min Kok Leong Siti Nurhaliza Muthu",
        "Tan Lim Ng Goh Teo Chua"),
 "au": ("Kirra Lachlan Matilda Jarrah Indi Banjo",
        "Fitzsimmons Wooldridge Abernethy Cuthbertson McAllister Sutcliffe"),
 "ng": ("Chiamaka Oluwaseun Ngozi Emeka Folasade Babatunde Adaeze",
        "Okonkwo Adeyemi-Bello Nwachukwu Ogunleye Eze Olanrewaju Akinyemi"),
 "za": ("Thandiwe Sipho Nomvula Pieter Lindiwe Johannes Refilwe",
        "van der Merwe Dlamini Nkosi Botha Mahlangu du Plessis Molefe"),
}
_SYL = "ka ro vi zu ne tha mo lin dra sev ou bri tal ye qui fen gor ash ul pim ze da".split()
SINGLE_TOKEN_ORIGINS = {"sg"}   # given names with spaces are kept whole (lists are space-split; fix below)
_MULTI = {"sg_given": ["Wei Ling", "Jun Jie", "Hui Min", "Kok Leong", "Siti Nurhaliza", "Muthu"],
          "mx_family": ["Hernández", "Ochoa", "Tlapalcoyoa", "Xicoténcatl", "Cervantes de la Garza", "Zamudio", "Villaseñor",
                        "Ruiz de Velasco", "Quiñones"],
          "br_family": ["dos Santos", "Cavalcanti", "Figueiredo da Silva", "Bezerra", "Nogueira", "Assunção",
                        "de Souza Lima", "Magalhães", "Carvalhal", "Brandão"],
          "ie_family": ["Ó Súilleabháin", "Nic Giolla Bhríde", "Mac Cárthaigh", "Ní Dhonnchadha", "Fitzgerald",
                        "Breathnach", "Ó Ceallaigh"],
          "fr_family": ["de La Rochefoucauld", "Lefèvre", "Delacroix-Sarr", "Beaumarchais", "Marchetti", "Roussel",
                        "d'Harcourt", "Vuillemin"],
          "es_family": ["García-Velasco", "Etxeberria", "Lasarte", "Fernández de Córdoba", "Urquijo", "Quintanilla",
                        "Sánchez-Bravo", "Arrizabalaga"],
          "pt_family": ["Sousa Tavares", "Mascarenhas", "Gouveia", "Teixeira de Albuquerque", "Fontoura", "Brito",
                        "Vasconcelos"],
          "it_family": ["Colombo", "Ferraresi", "Esposito", "Lo Giudice", "De Santis", "Castiglioni", "Russo", "Palumbo"],
          "de_family": ["von der Heydt", "Kühnel", "Schäfer-Brandt", "Oberländer", "Grünewald", "Meißner",
                        "Hoffmann zu Solms"],
          "nl_family": ["van der Wiel", "de Jong-Bakker", "Verhoeven", "van 't Hek", "Bosman", "ter Horst", "Hoekstra",
                        "Dijkgraaf"],
          "il_family": ["Ben-David", "Mizrahi", "Peretz", "Avrahami", "Shapira", "Ben Shushan", "Katzir"],
          "ae_family": ["Al Mansouri", "Al Nuaimi", "Al Ketbi", "Al Falasi", "Al Shamsi", "bin Hareb"],
          "za_family": ["van der Merwe", "Dlamini", "Nkosi", "Botha", "Mahlangu", "du Plessis", "Molefe"],
          "sg_family": ["Tan", "Lim", "Ng", "Goh", "Teo", "Chua", "Ramasamy", "bin Osman"],
          }
COUNTRIES = list(NAMES)
FEMALE = set(("Brandi Kayleigh Marisol LaToya Shaniqua Jolene Mckenna Gabrielle Marie-Ève Nadège Rosalie Ariane Océane Ximena "
              "Itzel Guadalupe Eréndira Citlali Nayeli Thaís Rayssa Iara Luana Jandira Agustina Milagros Florencia Candela "
              "Javiera Catalina Constanza Trinidad Siobhan Imogen Bethan Niamh Tamsin Aoife Gráinne Saoirse Clodagh "
              "Ségolène Maëlys Bérénice Clémence Solène Begoña Macarena Rocío Aitana Montserrat Nerea Inês Leonor Matilde "
              "Beatriz Ludovica Benedetta Chiara Ginevra Wiebke Annegret Friederike Svenja Femke Anouk Marieke Lieke Mette "
              "Freja Signe Ingrid Solveig Ragnhild Aino Kaisu Tuulikki Zofia Agnieszka Małgorzata Jadwiga Ioana Andreea "
              "Corina Eleni Panagiota Despina Ayşe Zeynep Gülşen Şeyma Noa Tamar Shira Michal Mariam Hind Fatima Nouf Reem "
              "Lulwa Priyanka Lakshmi Ishita Meenakshi Harpreet Xiaoling Meihua Yuting Wing-Yee Hoi-Ying Kirra Matilda Indi "
              "Chiamaka Ngozi Folasade Adaeze Thandiwe Nomvula Lindiwe Refilwe").split()) | {"Wei Ling", "Hui Min", "Siti Nurhaliza"}


def invented(r):
    w = "".join(r.choice(_SYL) for _ in range(r.choice((2, 2, 3))))
    return w[0].upper() + w[1:]


class Person:
    def __init__(self, r, country=None, sex=None):
        self.country = country or r.choice(COUNTRIES)
        g, f = NAMES[self.country]
        givens = _MULTI.get(self.country + "_given", g.split())
        fams = _MULTI.get(self.country + "_family", f.split())
        if sex:
            pool = [x for x in givens if (x in FEMALE) == (sex == "F")] or givens
        else:
            pool = givens
        self.first = r.choice(pool)
        self.sex = sex or ("F" if self.first in FEMALE else "M")
        self.last = r.choice(fams)
        if r.random() < 0.15:
            self.last = invented(r)
        if r.random() < 0.08:
            self.first = invented(r)
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW") if self.country in ("us", "ca", "au") and r.random() < 0.4 else ""
        self.dob = rdate(r, 1944, 2004)

    @property
    def full(self):
        if self.country in ("cn", "hk", "sg") and getattr(self, "_eastern", False):
            return "%s %s" % (self.last, self.first)
        return "%s %s%s" % (self.first, (self.mid + ". ") if self.mid else "", self.last)

    @property
    def plain(self):
        return "%s %s" % (self.first, self.last)

    @property
    def lastfirst(self):
        return "%s, %s" % (self.last.upper(), self.first)

    @property
    def hl7(self):
        return "%s^%s%s" % (self.last.upper(), self.first.upper(), ("^" + self.mid) if self.mid else "")

    def email(self, r, domain=None):
        loc = ascii_fold(r.choice([self.first + "." + self.last, self.first[0] + self.last, self.last + self.first[:2],
                                   self.first + str(r.randint(1, 99))])).lower()
        loc = re.sub(r"[^a-z0-9.]", "", loc).strip(".")
        return loc + "@" + (domain or r.choice(MAILDOMAINS.get(self.country, ["gmail.com"]) + ["gmail.com", "outlook.com", "proton.me"]))


MAILDOMAINS = {"uk": ["btinternet.com", "yahoo.co.uk"], "fr": ["orange.fr", "free.fr"], "de": ["gmx.de", "web.de"],
               "es": ["telefonica.net"], "it": ["libero.it"], "br": ["uol.com.br", "bol.com.br"], "nl": ["ziggo.nl"],
               "in": ["rediffmail.com"], "cn": ["163.com", "qq.com"], "pl": ["wp.pl", "o2.pl"], "ie": ["eircom.net"],
               "au": ["bigpond.com"], "za": ["mweb.co.za"], "ca": ["videotron.ca"], "dk": ["mail.dk"], "no": ["online.no"],
               "fi": ["kolumbus.fi"], "tr": ["yandex.com.tr"], "gr": ["otenet.gr"], "ro": ["yahoo.ro"], "mx": ["prodigy.net.mx"],
               "ar": ["fibertel.com.ar"], "cl": ["vtr.net"], "sg": ["singnet.com.sg"], "hk": ["netvigator.com"],
               "il": ["walla.co.il"], "ae": ["eim.ae"], "sa": ["stc.com.sa"], "ng": ["yahoo.com"], "us": ["aol.com", "comcast.net"]}


def ascii_fold(s):
    import unicodedata
    s = s.translate(str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "'": "", "’": "", " ": ""}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


import datetime as _dt


def rdate(r, y0, y1):
    y = r.randint(y0, y1); m = r.randint(1, 12)
    dmax = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return _dt.date(y, m, r.randint(1, dmax))


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = "January February March April May June July August September October November December".split()


def fdate(r, d, style=None):
    style = style or r.choice(["iso", "uk", "us", "long", "dmon", "dots"])
    return {"iso": d.isoformat(), "uk": d.strftime("%d/%m/%Y"), "us": d.strftime("%m/%d/%Y"),
            "long": "%d %s %d" % (d.day, MONTH[d.month - 1], d.year), "dmon": "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year),
            "dots": d.strftime("%d.%m.%Y"), "usl": "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year),
            "hl7": d.strftime("%Y%m%d")}[style]

# ---------------------------------------------------------------- addresses (list of lines)
def ri(r, a, b):
    return r.randint(a, b)


def dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def address(r, c):
    if c == "us":
        st = r.choice(["Oakmont Dr", "W Magnolia Ave", "Cedar Hollow Rd", "N Ashland Blvd", "Bayou Vista Ln", "Pinecrest Ct"])
        city = r.choice([("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Tacoma", "WA", "984"), ("Savannah", "GA", "314"),
                         ("Mesa", "AZ", "852"), ("Ann Arbor", "MI", "481"), ("Aurora", "CO", "800")])
        unit = r.choice(["", " Apt %d%s" % (ri(r, 1, 9), r.choice("ABCD")), " Unit %d" % ri(r, 100, 420), " #%d" % ri(r, 2, 30)])
        return ["%d %s%s" % (ri(r, 12, 9800), st, unit), "%s, %s %s%s" % (city[0], city[1], city[2], dg(r, 2))]
    if c == "ca":
        st = r.choice(["rue Saint-Denis", "boul. René-Lévesque O.", "Bathurst St", "Kingsway", "av. du Mont-Royal E."])
        city = r.choice([("Montréal", "QC", "H2X"), ("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V5R"), ("Gatineau", "QC", "J8Y")])
        return ["%s%d %s" % (r.choice(["", "%d-" % ri(r, 2, 1200)]), ri(r, 10, 6500), st),
                "%s (%s)  %s %d%s%d" % (city[0], city[1], city[2], ri(r, 1, 9), r.choice("ABCEGHJKLMNPRSTVWXYZ"), ri(r, 1, 9))]
    if c == "mx":
        return ["Calle %s %d Int. %d" % (r.choice(["Tonalá", "Río Lerma", "Zacatecas", "Sinaloa"]), ri(r, 10, 300), ri(r, 1, 12)),
                "Col. %s, %s" % (r.choice(["Roma Norte", "Condesa", "Del Valle", "Narvarte"]), r.choice(["Cuauhtémoc", "Benito Juárez"])),
                "C.P. 0%d%s, Ciudad de México" % (ri(r, 3, 6), dg(r, 3))]
    if c == "br":
        return ["Rua %s, %d, apto %d" % (r.choice(["Haddock Lobo", "Visconde de Pirajá", "Oscar Freire", "Barão de Jaguara"]), ri(r, 20, 2400), ri(r, 11, 1804)),
                "%s – %s – %s" % (r.choice(["Jardins", "Ipanema", "Savassi", "Moinhos de Vento"]), r.choice(["São Paulo/SP", "Rio de Janeiro/RJ", "Belo Horizonte/MG"]),
                                  "CEP %s-%s" % (dg(r, 5), dg(r, 3)))]
    if c == "ar":
        return ["Av. %s %d, piso %d, depto. %s" % (r.choice(["Santa Fe", "Cabildo", "Corrientes"]), ri(r, 100, 4800), ri(r, 1, 14), r.choice("ABCD")),
                "C%d%sAAB CABA" % (ri(r, 1000, 1499), r.choice("ABC"))]
    if c == "cl":
        return ["Pasaje %s %d, depto %d" % (r.choice(["Los Aromos", "El Roble", "Las Violetas"]), ri(r, 100, 3000), ri(r, 101, 1502)),
                "%s, Región Metropolitana %s" % (r.choice(["Ñuñoa", "Providencia", "La Reina"]), dg(r, 7))]
    if c == "uk":
        return ["Flat %d, %s" % (ri(r, 1, 40), r.choice(["Kestrel House", "Mill Court", "The Old Dairy"])) if r.random() < .4 else "%d %s" % (ri(r, 1, 220), r.choice(["Cranbrook Road", "Holloway Lane", "Tithe Barn Close"])),
                "%d %s" % (ri(r, 2, 160), r.choice(["Wellgate", "Moorland Rise", "Ferry Street", "Castle Mews"])) if r.random() < .3 else r.choice(["Headingley", "Clifton", "Jesmond", "Roath"]),
                "%s %s" % (r.choice(["Leeds LS6", "Bristol BS8", "Newcastle upon Tyne NE2", "Cardiff CF24"]), "%d%s" % (ri(r, 1, 9), "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))))]
    if c == "ie":
        return ["%d %s" % (ri(r, 1, 90), r.choice(["Ashgrove Park", "Bóthar na Trá", "Ballymun Road"])),
                "%s, %s" % (r.choice(["Drumcondra", "Salthill", "Ballincollig"]), r.choice(["Dublin 9", "Co. Galway", "Co. Cork"])),
                "%s%d %s" % (r.choice(["D", "H", "P"]), ri(r, 10, 99), "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))]
    if c == "fr":
        return ["%d%s %s" % (ri(r, 1, 180), r.choice(["", " bis", " ter"]), r.choice(["rue de la Roquette", "avenue Jean-Médecin", "quai Saint-Vincent", "impasse des Tilleuls"])),
                r.choice(["Bât. C, 3e étage", "Résidence Les Glycines"]) if r.random() < .4 else None,
                "%s %s" % (r.choice(["75011", "06000", "69005", "33000"]), r.choice(["Paris", "Nice", "Lyon", "Bordeaux"]))]
    if c == "es":
        return ["C/ %s, %d, %dº %d%s" % (r.choice(["de Velázquez", "Gran de Gràcia", "Ercilla", "de la Reina Mercedes"]), ri(r, 1, 160), ri(r, 1, 8), ri(r, 1, 4), r.choice(["ª", "º"])),
                "%s %s" % (r.choice(["28001", "08012", "48010", "41012"]), r.choice(["Madrid", "Barcelona", "Bilbao", "Sevilla"]))]
    if c == "pt":
        return ["Rua %s, n.º %d, %dº Esq." % (r.choice(["do Almada", "Morais Soares", "de Cedofeita"]), ri(r, 2, 300), ri(r, 1, 7)),
                "%d-%s %s" % (ri(r, 1000, 4999), dg(r, 3), r.choice(["Lisboa", "Porto"]))]
    if c == "it":
        return ["Via %s %d, int. %d" % (r.choice(["dei Serpenti", "Ludovico il Moro", "Santa Maria alla Porta", "Partenope"]), ri(r, 1, 120), ri(r, 1, 20)),
                "%s %s (%s)" % (r.choice(["00184", "20123", "80121"]), r.choice(["Roma", "Milano", "Napoli"]), r.choice(["RM", "MI", "NA"]))]
    if c == "de":
        return ["%s %d%s" % (r.choice(["Lindenstraße", "Am Kupfergraben", "Hohenzollernring", "Eppendorfer Weg"]), ri(r, 1, 140), r.choice(["", "a", "b"])),
                "%s %s" % (r.choice(["10117", "50672", "20259", "80331"]), r.choice(["Berlin", "Köln", "Hamburg", "München"]))]
    if c == "nl":
        return ["%s %d-%s" % (r.choice(["Prinsengracht", "Witte de Withstraat", "Oudegracht", "Van Baerlestraat"]), ri(r, 2, 900), r.choice(["hs", "2", "III"])),
                "%d %s %s" % (ri(r, 1011, 3584), "".join(r.choice("ABCEHJKLMNPRTVXZ") for _ in range(2)), r.choice(["Amsterdam", "Rotterdam", "Utrecht"]))]
    if c == "dk":
        return ["%s %d, %d. th." % (r.choice(["Nørrebrogade", "Vesterbrogade", "Strandvejen"]), ri(r, 1, 200), ri(r, 1, 5)),
                "%d %s" % (r.choice([2200, 1620, 2900]), r.choice(["København N", "København V", "Hellerup"]))]
    if c == "no":
        return ["%s %d B" % (r.choice(["Thorvald Meyers gate", "Bygdøy allé", "Kong Oscars gate"]), ri(r, 1, 120)),
                "%04d %s" % (r.choice([552, 263, 5015]), r.choice(["Oslo", "Bergen"]))]
    if c == "fi":
        return ["%s %d A %d" % (r.choice(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"]), ri(r, 1, 90), ri(r, 1, 40)),
                "%s %s" % (r.choice(["00100", "33100"]), r.choice(["Helsinki", "Tampere"]))]
    if c == "pl":
        return ["ul. %s %d m. %d" % (r.choice(["Marszałkowska", "Długa", "Piotrkowska", "Świętojańska"]), ri(r, 1, 200), ri(r, 1, 80)),
                "%02d-%03d %s" % (ri(r, 0, 99), ri(r, 0, 999), r.choice(["Warszawa", "Gdańsk", "Łódź", "Gdynia"]))]
    if c == "ro":
        return ["Str. %s nr. %d, bl. %s, sc. %d, ap. %d" % (r.choice(["Mihai Eminescu", "Dorobanților", "Calea Victoriei"]), ri(r, 1, 150), r.choice(["A2", "M14", "C3"]), ri(r, 1, 4), ri(r, 1, 90)),
                "%s %s" % (r.choice(["Sector 1, București 010", "Cluj-Napoca 400"]), dg(r, 3))]
    if c == "gr":
        return ["%s %d" % (r.choice(["Odos Ermou", "Leoforos Kifisias", "Odos Tsimiski"]), ri(r, 1, 250)),
                "%d %d %s" % (ri(r, 105, 546), ri(r, 10, 99), r.choice(["Athina", "Thessaloniki"]))]
    if c == "tr":
        return ["%s Mah. %s Cad. No:%d D:%d" % (r.choice(["Caferağa", "Bostancı", "Kızılay"]), r.choice(["Moda", "Bağdat", "Atatürk Bulvarı"]), ri(r, 1, 300), ri(r, 1, 24)),
                "%d %s/%s" % (r.choice([34710, 34744, 6420]), r.choice(["Kadıköy", "Çankaya"]), r.choice(["İstanbul", "Ankara"]))]
    if c == "il":
        return ["Rehov %s %d, dira %d" % (r.choice(["Dizengoff", "HaNevi'im", "Ibn Gabirol"]), ri(r, 1, 250), ri(r, 1, 30)),
                "%s %s" % (r.choice(["Tel Aviv-Yafo", "Jerusalem", "Haifa"]), dg(r, 7))]
    if c == "ae":
        return ["Apt %d, %s" % (ri(r, 101, 4410), r.choice(["Marina Crown Tower", "Al Reem Residence B", "Executive Tower K"])),
                "%s, Dubai, UAE" % r.choice(["Dubai Marina", "Business Bay", "Jumeirah Lake Towers"])]
    if c == "sa":
        return ["%d %s St, %s Dist." % (ri(r, 1000, 9999), r.choice(["Al Urubah", "Prince Sultan", "Tahlia"]), r.choice(["Al Olaya", "Al Malqa", "Al Rawdah"])),
                "Riyadh %d %d" % (ri(r, 11564, 13524), ri(r, 2000, 9999))]
    if c == "in":
        return ["Flat %d%02d, %s" % (ri(r, 1, 14), ri(r, 1, 8), r.choice(["Prestige Shantiniketan", "Lodha Bellissimo", "DLF Phase 2"])),
                "%s, %s" % (r.choice(["Whitefield", "Worli", "Sector 25"]), r.choice(["Bengaluru", "Mumbai", "Gurugram"])),
                "%s - %d" % (r.choice(["Karnataka", "Maharashtra", "Haryana"]), ri(r, 110001, 560103))]
    if c == "cn":
        return ["%s Road No. %d, Building %d, Room %d" % (r.choice(["Huaihai Middle", "Jianguo", "Tianhe North"]), ri(r, 1, 999), ri(r, 1, 30), ri(r, 101, 2805)),
                "%s %d" % (r.choice(["Shanghai", "Beijing", "Guangzhou"]), ri(r, 100000, 510999))]
    if c == "hk":
        return ["Flat %s, %d/F, %s" % (r.choice("ABCDEFGH"), ri(r, 2, 48), r.choice(["Block 3, Taikoo Shing", "Kornhill Garden", "Tower 2, The Belcher's"])),
                "%s, Hong Kong" % r.choice(["Quarry Bay", "Kennedy Town", "Mid-Levels"])]
    if c == "sg":
        return ["Blk %d %s Street %d" % (ri(r, 100, 999), r.choice(["Tampines", "Bedok North", "Ang Mo Kio"]), ri(r, 11, 81)),
                "#%02d-%03d, Singapore %d" % (ri(r, 2, 25), ri(r, 1, 480), ri(r, 310000, 569999))]
    if c == "au":
        return ["Unit %d/%d %s" % (ri(r, 1, 30), ri(r, 2, 200), r.choice(["Brunswick Street", "Oxford Street", "Coronation Drive"])),
                "%s %s %d" % (r.choice(["Fitzroy", "Paddington", "Toowong"]), r.choice(["VIC", "NSW", "QLD"]), r.choice([3065, 2021, 4066]))]
    if c == "ng":
        return ["Plot %d, %s" % (ri(r, 2, 900), r.choice(["Admiralty Way, Lekki Phase 1", "Adetokunbo Ademola Crescent, Wuse II"])),
                "%s %d" % (r.choice(["Lagos", "Abuja"]), r.choice([106104, 904101]))]
    if c == "za":
        return ["%d %s" % (ri(r, 1, 300), r.choice(["Kloof Street", "Jan Smuts Avenue", "Florida Road"])),
                "%s, %s, %04d" % (r.choice(["Gardens", "Parktown North", "Morningside"]), r.choice(["Cape Town", "Johannesburg", "Durban"]), ri(r, 1, 4099))]
    raise KeyError(c)


def addr(r, c, sep=", "):
    return sep.join(x for x in address(r, c) if x)


# ---------------------------------------------------------------- phones
def phone(r, c):
    f = {
        "us": lambda: r.choice(["(%d) %s-%s", "%d-%s-%s", "+1 %d %s %s", "%d.%s.%s"]) % (r.choice([512, 614, 253, 912, 480, 734, 720]), "%d%s" % (ri(r, 2, 9), dg(r, 2)), dg(r, 4)),
        "ca": lambda: "+1 (%d) %d%s-%s" % (r.choice([514, 416, 604, 819]), ri(r, 2, 9), dg(r, 2), dg(r, 4)),
        "mx": lambda: "+52 55 %s %s" % (dg(r, 4), dg(r, 4)),
        "br": lambda: r.choice(["+55 11 9%s-%s", "(21) 9%s-%s"]) % (dg(r, 4), dg(r, 4)),
        "ar": lambda: "+54 9 11 %s-%s" % (dg(r, 4), dg(r, 4)),
        "cl": lambda: "+56 9 %s %s" % (dg(r, 4), dg(r, 4)),
        "uk": lambda: r.choice(["07%d%s %s", "+44 7%d%s %s"]) % (ri(r, 4, 9), dg(r, 2), dg(r, 6)) if r.random() < .7 else "0113 %s %s" % (dg(r, 3), dg(r, 4)),
        "ie": lambda: r.choice(["+353 8%d %s %s", "08%d %s %s"]) % (r.choice([3, 5, 6, 7]), dg(r, 3), dg(r, 4)),
        "fr": lambda: r.choice(["06 %s %s %s %s", "+33 6 %s %s %s %s"]) % tuple(dg(r, 2) for _ in range(4)),
        "es": lambda: "+34 6%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)),
        "pt": lambda: "+351 91%d %s %s" % (ri(r, 0, 9), dg(r, 3), dg(r, 3)),
        "it": lambda: "+39 3%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 4)),
        "de": lambda: r.choice(["+49 151 %s%s", "0176 %s %s"]) % (dg(r, 4), dg(r, 4)),
        "nl": lambda: "+31 6 %s %s" % (dg(r, 4), dg(r, 4)),
        "dk": lambda: "+45 %s %s %s %s" % tuple(dg(r, 2) for _ in range(4)),
        "no": lambda: "+47 9%s %s %s" % (dg(r, 2), dg(r, 2), dg(r, 3)),
        "fi": lambda: "+358 40 %s %s" % (dg(r, 3), dg(r, 4)),
        "pl": lambda: "+48 %d%s %s %s" % (r.choice([5, 6, 7]), dg(r, 2), dg(r, 3), dg(r, 3)),
        "ro": lambda: "+40 72%d %s %s" % (ri(r, 0, 9), dg(r, 3), dg(r, 3)),
        "gr": lambda: "+30 69%d %s %s" % (ri(r, 0, 9), dg(r, 3), dg(r, 4)),
        "tr": lambda: "+90 5%s %s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 2), dg(r, 2)),
        "il": lambda: "+972 5%d-%s-%s" % (ri(r, 0, 8), dg(r, 3), dg(r, 4)),
        "ae": lambda: "+971 5%d %s %s" % (r.choice([0, 2, 5, 6]), dg(r, 3), dg(r, 4)),
        "sa": lambda: "+966 5%d %s %s" % (ri(r, 0, 9), dg(r, 3), dg(r, 4)),
        "in": lambda: "+91 9%s %s" % (dg(r, 4), dg(r, 5)),
        "cn": lambda: "+86 13%d %s %s" % (ri(r, 0, 9), dg(r, 4), dg(r, 4)),
        "hk": lambda: "+852 %d%s %s" % (r.choice([5, 6, 9]), dg(r, 3), dg(r, 4)),
        "sg": lambda: "+65 %d%s %s" % (r.choice([8, 9]), dg(r, 3), dg(r, 4)),
        "au": lambda: r.choice(["04%s %s %s", "+61 4%s %s %s"]) % (dg(r, 2), dg(r, 3), dg(r, 3)),
        "ng": lambda: "+234 80%d %s %s" % (ri(r, 2, 9), dg(r, 3), dg(r, 4)),
        "za": lambda: r.choice(["+27 82 %s %s", "083 %s %s"]) % (dg(r, 3), dg(r, 4)),
    }[c]
    return f()


# ---------------------------------------------------------------- identifiers (valid)
def ssn(r):
    while True:
        a = ri(r, 1, 899)
        if a != 666: break
    return "%03d-%02d-%04d" % (a, ri(r, 1, 99), ri(r, 1, 9999))


def card(r, kind=None, sep=" "):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]) + dg(r, 12)); return sep.join([n[:4], n[4:10], n[10:]])
    pre = {"visa": "4" + dg(r, 5), "mc": "5%d" % ri(r, 1, 5) + dg(r, 4), "mc2": str(ri(r, 2221, 2720)) + dg(r, 2), "disc": "6011" + dg(r, 2)}[kind]
    n = luhn_complete(pre + dg(r, 9))
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    while True:
        n = "4" + dg(r, 15)
        if not luhn_ok(n): return " ".join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": lambda r: dg(r, 18), "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(r, 14),
             "IE": lambda r: r.choice(["AIBK", "BOFI"]) + dg(r, 14), "NL": lambda r: r.choice(["ABNA", "INGB", "RABO"]) + dg(r, 10),
             "ES": None, "FR": None, "PT": lambda r: dg(r, 21), "IT": lambda r: r.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") + dg(r, 10) + dg(r, 12),
             "PL": lambda r: dg(r, 24), "RO": lambda r: r.choice(["BTRL", "RNCB", "INGB"]) + dg(r, 16), "GR": lambda r: dg(r, 23),
             "TR": lambda r: dg(r, 5) + "0" + dg(r, 16), "IL": lambda r: dg(r, 19), "AE": lambda r: dg(r, 19), "SA": lambda r: dg(r, 2) + dg(r, 18),
             "DK": lambda r: dg(r, 14), "NO": lambda r: dg(r, 11), "FI": lambda r: dg(r, 14), "BR": lambda r: dg(r, 23) + "C1"}


def es_bban(r):
    bank, branch, acct = dg(r, 4), dg(r, 4), dg(r, 10)
    def dc(s, w):
        v = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    d1 = dc(bank + branch, [4, 8, 5, 10, 9, 7, 3, 6]); d2 = dc(acct, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
    return bank + branch + "%d%d" % (d1, d2) + acct


def fr_bban(r):
    bank, guichet, acct = dg(r, 5), dg(r, 5), dg(r, 11)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
    return bank + guichet + acct + "%02d" % key


def iban(r, cc, spaced=True):
    bban = es_bban(r) if cc == "ES" else fr_bban(r) if cc == "FR" else IBAN_SPEC[cc](r)
    s = iban_make(cc, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def bad_iban(r, cc="DE"):
    s = iban(r, cc, False)
    s = s[:2] + "%02d" % ((int(s[2:4]) + 7) % 97 + 2) + s[4:]
    assert not iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def nhs(r, bad=False):
    while True:
        b = str(ri(r, 4, 9)) + dg(r, 8); c = nhs_check(b)
        if c is None: continue
        if bad: c = str((int(c) + 3) % 10)
        s = b + c
        if nhs_ok(s) != bad:
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def nino(r):
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        s = p + dg(r, 6) + r.choice("ABCD")
        if nino_ok(s):
            return r.choice([s, "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])])


def sortcode_acct(r):
    return "%02d-%02d-%02d" % (ri(r, 1, 99), ri(r, 0, 99), ri(r, 0, 99)), dg(r, 8)


def dni(r, nie=False, bad=False):
    if nie:
        p = r.choice("XYZ"); n = dg(r, 7); num = int(str("XYZ".index(p)) + n)
        let = DNI_L[(num % 23 + (5 if bad else 0)) % 23]; return p + n + let
    n = ri(r, 10000000, 79999999)
    return "%08d%s" % (n, DNI_L[(n % 23 + (5 if bad else 0)) % 23])


def nir(r, p, bad=False):
    s = "%d%02d%02d%s%03d%03d" % (1 if p.sex == "M" else 2, p.dob.year % 100, p.dob.month, r.choice(["75", "69", "13", "33", "59", "06"]), ri(r, 1, 999), ri(r, 1, 999))
    k = 97 - int(s) % 97
    if bad: k = (k + 11) % 97 or 5
    full = s + "%02d" % k
    return r.choice([full, "%s %s %s %s %s %s %s" % (full[0], full[1:3], full[3:5], full[5:7], full[7:10], full[10:13], full[13:])])


def steuer(r, bad=False):
    while True:
        digs = r.sample("0123456789", 9)
        if digs[0] == "0": continue
        rep = r.choice(digs[1:]); body = digs[:]; body.insert(ri(r, 2, 9), rep); b = "".join(body)
        if Counter(b)[rep] != 2: continue
        c = steuer_check(b)
        if bad: c = str((int(c) + 4) % 10)
        s = b + c
        if steuer_ok(s) != bad:
            return r.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])


BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273", "Firenze": "D612", "Bologna": "A944", "Bari": "A662"}


def _cf_part(s, is_name):
    s = ascii_fold(s).upper()
    s = re.sub(r"[^A-Z]", "", s)
    cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def cf(p, r, bad=False):
    dd = p.dob.day + (40 if p.sex == "F" else 0)
    s = _cf_part(p.last, False) + _cf_part(p.first, True) + "%02d" % (p.dob.year % 100) + "ABCDEHLMPRST"[p.dob.month - 1] + "%02d" % dd + r.choice(list(BELFIORE.values()))
    c = cf_char(s)
    if bad: c = chr((ord(c) - 65 + 3) % 26 + 65)
    return s + c


def cpf(r, bad=False):
    while True:
        b = dg(r, 9)
        if len(set(b)) == 1: continue
        c = cpf_digits(b)
        if bad: c = c[0] + str((int(c[1]) + 1) % 10)
        return "%s.%s.%s-%s" % (b[:3], b[3:6], b[6:], c)


def aadhaar(r, bad=False):
    s = verhoeff_gen(str(ri(r, 2, 9)) + dg(r, 10))
    if bad: s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def nric(r, prefix=None, bad=False):
    prefix = prefix or r.choice("STFG"); d7 = dg(r, 7); c = nric_letter(prefix, d7)
    if bad:
        tbl = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"; c = tbl[(tbl.index(c) + 2) % 11]
    return prefix + d7 + c


def sin(r, bad=False):
    while True:
        b = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + dg(r, 7); s = luhn_complete(b)
        if bad: s = s[:-1] + str((int(s[-1]) + 3) % 10)
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


def mbi(r):
    A = MBI_A; an = A + "0123456789"
    s = str(ri(r, 1, 9)) + r.choice(A) + r.choice(an) + dg(r, 1) + r.choice(A) + r.choice(an) + dg(r, 1) + r.choice(A) + r.choice(A) + dg(r, 2)
    return r.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:]])


# passports: (country label, generator)
PASSPORT_FMT = {
    "us": lambda r: r.choice([dg(r, 9), r.choice("ACEFGHJKLMN") + dg(r, 8)]),
    "ca": lambda r: "".join(r.choice("ABCGHJKLMNPRSTWXY") for _ in range(2)) + dg(r, 6),
    "mx": lambda r: r.choice("GN") + dg(r, 8), "br": lambda r: r.choice(["FZ", "GC", "YB"]) + dg(r, 6),
    "ar": lambda r: "AA" + r.choice("ABCDEFG") + dg(r, 6), "cl": lambda r: "P" + dg(r, 8),
    "uk": lambda r: str(ri(r, 1, 5)) + dg(r, 8), "ie": lambda r: r.choice(["PA", "PB", "PC"]) + dg(r, 7),
    "fr": lambda r: dg(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + dg(r, 5),
    "es": lambda r: "PA" + r.choice("ABCDEFGHJK") + dg(r, 6), "pt": lambda r: r.choice("CP") + dg(r, 6),
    "it": lambda r: r.choice(["YA", "YB", "YC"]) + dg(r, 7), "de": lambda r: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "nl": lambda r: r.choice(["NW", "NR", "BU"]) + "".join(r.choice("BCDFGHJKLMNPRSTVWXZ0123456789") for _ in range(6)) + dg(r, 1),
    "dk": lambda r: dg(r, 9), "no": lambda r: dg(r, 8), "fi": lambda r: r.choice(["XP", "XR"]) + dg(r, 7),
    "pl": lambda r: r.choice(["EA", "EB", "EK"]) + dg(r, 7), "ro": lambda r: "05" + dg(r, 7), "gr": lambda r: r.choice(["AK", "AN", "AR"]) + dg(r, 7),
    "tr": lambda r: "U" + dg(r, 8), "il": lambda r: "3" + dg(r, 7), "ae": lambda r: "N" + dg(r, 7), "sa": lambda r: "A" + dg(r, 8),
    "in": lambda r: r.choice("JKLMNPRSTUVWZ") + dg(r, 7), "cn": lambda r: r.choice(["E" + dg(r, 8), "EA" + dg(r, 7), "EB" + dg(r, 7)]),
    "hk": lambda r: "K" + dg(r, 8), "sg": lambda r: "E" + dg(r, 7) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"),
    "au": lambda r: r.choice(["PA", "PB", "RA", "N"]) + dg(r, 7), "ng": lambda r: "A" + dg(r, 8), "za": lambda r: r.choice(["A", "M"]) + dg(r, 8),
}
COUNTRY_NAME = {"us": "United States", "ca": "Canada", "mx": "Mexico", "br": "Brazil", "ar": "Argentina", "cl": "Chile", "uk": "United Kingdom",
                "ie": "Ireland", "fr": "France", "es": "Spain", "pt": "Portugal", "it": "Italy", "de": "Germany", "nl": "Netherlands",
                "dk": "Denmark", "no": "Norway", "fi": "Finland", "pl": "Poland", "ro": "Romania", "gr": "Greece", "tr": "Türkiye",
                "il": "Israel", "ae": "United Arab Emirates", "sa": "Saudi Arabia", "in": "India", "cn": "China", "hk": "Hong Kong SAR",
                "sg": "Singapore", "au": "Australia", "ng": "Nigeria", "za": "South Africa"}
ISO3 = {"us": "USA", "ca": "CAN", "mx": "MEX", "br": "BRA", "ar": "ARG", "cl": "CHL", "uk": "GBR", "ie": "IRL", "fr": "FRA", "es": "ESP",
        "pt": "PRT", "it": "ITA", "de": "D", "nl": "NLD", "dk": "DNK", "no": "NOR", "fi": "FIN", "pl": "POL", "ro": "ROU", "gr": "GRC",
        "tr": "TUR", "il": "ISR", "ae": "ARE", "sa": "SAU", "in": "IND", "cn": "CHN", "hk": "CHN", "sg": "SGP", "au": "AUS", "ng": "NGA", "za": "ZAF"}
PASSPORT_LABEL = {"fr": "N° de passeport", "es": "Nº de pasaporte", "pt": "N.º do passaporte", "it": "Passaporto n.", "de": "Reisepass-Nr.",
                  "nl": "Paspoortnummer", "dk": "Pasnummer", "no": "Passnummer", "fi": "Passin numero", "pl": "Nr paszportu",
                  "ro": "Nr. pașaport", "gr": "Αριθμός διαβατηρίου", "tr": "Pasaport No", "br": "Nº do passaporte", "mx": "No. de pasaporte",
                  "ar": "Pasaporte N°", "cl": "N° Pasaporte"}


def passport(r, c):
    return L("US_PASSPORT" if c == "us" else "PASSPORT", PASSPORT_FMT[c](r))


# US driver licences by state: (state name, code, generator)
DL_STATES = [
    ("California", "CA", lambda r: r.choice("ABCDEFGNSY") + dg(r, 7)),
    ("Florida", "FL", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice("BHKMRSW"), dg(r, 3), dg(r, 3), dg(r, 2), dg(r, 3), dg(r, 1))),
    ("Texas", "TX", lambda r: str(ri(r, 1, 4)) + dg(r, 7)),
    ("New York", "NY", lambda r: "%s %s %s" % (dg(r, 3), dg(r, 3), dg(r, 3))),
    ("Illinois", "IL", lambda r: "%s%s-%s-%s" % (r.choice("BDKMPS"), dg(r, 3), dg(r, 4), dg(r, 4))),
    ("Washington", "WA", lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))),
    ("New Jersey", "NJ", lambda r: "%s%s %s %s" % (r.choice("BDGKMPS"), dg(r, 4), dg(r, 5), dg(r, 5))),
    ("Michigan", "MI", lambda r: "%s %s %s %s" % (r.choice("BDHKMS"), dg(r, 3), dg(r, 3), dg(r, 3) + dg(r, 3))),
    ("Ohio", "OH", lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + dg(r, 6)),
    ("Georgia", "GA", lambda r: "0" + dg(r, 8)),
    ("Arizona", "AZ", lambda r: r.choice("ABDFGHKMS") + dg(r, 8)),
    ("Massachusetts", "MA", lambda r: "S" + dg(r, 8)),
    ("Colorado", "CO", lambda r: "%s-%s-%s" % (dg(r, 2), dg(r, 3), dg(r, 4))),
    ("Pennsylvania", "PA", lambda r: "%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3))),
    ("Maryland", "MD", lambda r: "%s-%s-%s-%s-%s" % (r.choice("BDKMRS"), dg(r, 3), dg(r, 3), dg(r, 3), dg(r, 3))),
    ("Virginia", "VA", lambda r: r.choice("ABTW") + dg(r, 8)),
    ("Minnesota", "MN", lambda r: r.choice("BDKMPS") + dg(r, 12)),
    ("North Carolina", "NC", lambda r: "0000" + dg(r, 8)),
]


def uk_dl(r, p):
    sur = (re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper()) + "99999")[:5]
    y = p.dob.year; m = p.dob.month + (50 if p.sex == "F" else 0)
    return "%s%d%02d%02d%d%s%d%s" % (sur, (y // 10) % 10, m, p.dob.day, y % 10, (re.sub(r"[^A-Z]", "", ascii_fold(p.first).upper()) + "9")[0] + "9",
                                      9, "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)))


def ipv4(r, kind=None):
    kind = kind or r.choice(["doc", "priv", "pub"])
    if kind == "doc":
        return "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), ri(r, 2, 254))
    if kind == "priv":
        return r.choice(["10.%d.%d.%d" % (ri(r, 0, 40), ri(r, 0, 255), ri(r, 2, 254)), "192.168.%d.%d" % (ri(r, 0, 20), ri(r, 2, 254)),
                         "172.%d.%d.%d" % (ri(r, 16, 31), ri(r, 0, 255), ri(r, 2, 254))])
    return "%d.%d.%d.%d" % (r.choice([81, 86, 92, 151, 176, 185, 212, 77, 89]), ri(r, 0, 255), ri(r, 0, 255), ri(r, 2, 254))


def ipv6(r):
    return "2001:db8:%x:%x::%x" % (ri(r, 1, 0xffff), ri(r, 1, 0xffff), ri(r, 1, 0xfff))


def mrn(r):
    return r.choice(["MRN%s" % dg(r, 7), "%s-%s" % (dg(r, 3), dg(r, 5)), "RX" + dg(r, 8), "00" + dg(r, 6), "K" + dg(r, 6) + "H"])


def plan_id(r):
    return r.choice(["%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), dg(r, 9)), "W" + dg(r, 8) + "01",
                     "%s-%s-%s" % (dg(r, 3), dg(r, 3), dg(r, 3)), "ZGP" + dg(r, 7)])

# ---------------------------------------------------------------- clinical vocab
DX = ["chronic obstructive pulmonary disease", "multiple sclerosis", "type 1 diabetes", "rheumatoid arthritis",
      "Parkinson's disease", "bipolar affective disorder", "paranoid schizophrenia", "post-traumatic stress disorder",
      "motor neurone disease", "severe asthma", "congestive heart failure", "spinal cord injury (T10)", "vascular dementia",
      "cerebral palsy", "sickle cell disease", "osteoarthritis of both knees", "agoraphobia", "chronic kidney disease stage 4",
      "macular degeneration", "epilepsy", "fibromyalgia", "ankylosing spondylitis", "Huntington's disease",
      "emphysema", "major depressive disorder", "autism spectrum disorder", "left hemiparesis following stroke",
      "bronchiectasis", "lymphoedema", "Ehlers-Danlos syndrome"]
MEDS = ["tiotropium", "ocrelizumab", "insulin glargine", "methotrexate", "co-careldopa", "lithium carbonate", "olanzapine",
        "sertraline", "riluzole", "Symbicort", "furosemide", "baclofen", "donepezil", "levetiracetam", "hydroxycarbamide",
        "apixaban", "pregabalin", "Ozempic", "metformin", "Eliquis", "quetiapine", "adalimumab", "salbutamol", "mirtazapine",
        "bisoprolol", "Entresto", "lamotrigine", "clozapine", "Humira", "oxycodone"]

# ---------------------------------------------------------------- hard-negative values (never labelled)
def _cardlike(v):
    ds = re.sub(r"\D", "", v)
    return any(ds[i] in "23456" and luhn_ok(ds[i:j]) for i in range(len(ds)) for j in range(i + 13, min(len(ds), i + 19) + 1))

def uprn(r): return str(ri(r, 10000000000, 200099999999))
def title_no(r): return r.choice(["NGL", "TGL", "WYK", "MX", "LN", "SY", "BK", "CYM"]) + dg(r, 6)
def apn(r): return "%s-%s-%s" % (dg(r, 3), dg(r, 3), dg(r, 2))
def mls(r): return r.choice(["ML8", "C5", "R2", "A1", "SR"]) + dg(r, 7)
def loan_ref(r): return r.choice(["MTG-%d-%s" % (ri(r, 2023, 2026), dg(r, 6)), "LN%s" % dg(r, 10), "APP/%s/%s" % (dg(r, 4), dg(r, 5))])
def epc_no(r):
    while True:
        v = "%s-%s-%s-%s-%s" % tuple(dg(r, 4) for _ in range(5))
        if not _cardlike(v): return v
def meter(r): return r.choice(["E%dZ%s" % (ri(r, 10, 99), dg(r, 6)), "G4K%s" % dg(r, 8), "S%sH" % dg(r, 8)])
def mpan(r):
    while True:
        v = "%s %s %s %s" % (dg(r, 2), dg(r, 4), dg(r, 4), dg(r, 3))
        if not _cardlike(v): return v
def deposit_id(r): return "DPS%s" % dg(r, 8)
def price(r, cur="£"): return "%s%s" % (cur, format(ri(r, 90, 2400) * 1000 + r.choice([0, 500, 950]), ","))
def rate(r): return "%.2f%%" % (r.randint(350, 699) / 100)
def version(r): return "%d.%d.%d.%d" % (ri(r, 1, 12), ri(r, 0, 40), ri(r, 0, 300), ri(r, 256, 9999))
def oid(r): return "1.3.6.1.4.1.%d.%d.%d.%d" % (ri(r, 1000, 60000), ri(r, 1, 9), ri(r, 1, 40), ri(r, 1, 300))
def order_no(r):
    while True:
        s = dg(r, 16)
        if not luhn_ok(s) and s[0] in "3456": return s
        if s[0] not in "3456": return s
def postcode_uk(r): return r.choice(["LS6", "BS8", "M14", "NE2", "CF24", "SW9", "E17"]) + " %d%s" % (ri(r, 1, 9), "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
def share_code(r): return "%s %s %s" % tuple("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(3)) for _ in range(3))
def masked_card(r): return r.choice(["**** **** **** %s" % dg(r, 4), "4%s******%s" % (dg(r, 5), dg(r, 4)), "XXXX-XXXX-XXXX-%s" % dg(r, 4), "ending %s" % dg(r, 4)])
def masked_ssn(r): return r.choice(["***-**-%s" % dg(r, 4), "XXX-XX-%s" % dg(r, 4)])

AGENCIES = ["Knight Frank", "Hamptons", "Winkworth", "Douglas Elliman", "Coldwell Banker", "Keller Williams", "Engel & Völkers",
            "John D Wood & Co.", "Chestertons", "Marsh & Parsons", "Sotheby's International Realty", "Barnard Marcus", "Kinleigh Folkard & Hayward",
            "Lisney", "Foxtons", "Dexters", "Allsop", "Strutt & Parker"]
LENDERS = ["Nationwide", "Halifax", "Barclays", "Wells Fargo Home Mortgage", "Rocket Mortgage", "Bank of Ireland", "Santander",
           "Coventry Building Society", "Skipton Building Society", "Leeds Building Society", "Caixa Geral", "Deutsche Bank", "Desjardins"]
EPONYM_PLACES = ["Nelson Mandela Boulevard", "Martin Luther King Jr. Way", "Rua Augusta", "Avenida Presidente Vargas", "Calle de Alfonso XII",
                 "Brunel Building", "Victoria Wharf", "Wellington Place", "Rue Victor Hugo", "Via Giuseppe Garibaldi", "Kennedy Plaza",
                 "Atatürk Bulvarı", "Churchill Gardens", "Florence Nightingale House", "Ada Lovelace Court", "Simón Bolívar Avenue"]
HOLIDAYS = ["Martin Luther King Jr. Day", "St. Patrick's Day", "Presidents' Day", "Boxing Day", "Ascension Day", "Labour Day", "Juneteenth"]

# ================================================================ templates
TEMPLATES = []


def tpl(name, fmt, n):
    def deco(fn):
        TEMPLATES.append((name, fmt, n, fn)); return fn
    return deco


def P(x, typ="PERSON"):
    return L(typ, x)


# ---------------------------------------------------------------- forms / KYC
@tpl("uk_fact_find", "form", 2)
def _(r, d):
    a = Person(r, r.choice(["uk", "ie", "pl", "in", "ng", "ro"])); b = Person(r, r.choice(["uk", "pt", "gr", "za"]))
    d.t("MORTGAGE FACT FIND — %s Mortgage Services Ltd (FCA 6%s)\nCase ref: %s        Adviser: " % (r.choice(["Harbourside", "Keystone", "Northgate"]), dg(r, 5), loan_ref(r)),
        P(Person(r, "uk").plain), "\n\n")
    for tag, p in (("APPLICANT 1", a), ("APPLICANT 2", b)):
        d.t("— %s —\nFull name ............ " % tag, P(p.full), "\nDate of birth ........ ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")),
            "\nNI number ............ ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\nMobile ............... ", L("PHONE", phone(r, "uk")),
            "\nEmail ................ ", L("EMAIL", p.email(r)), "\nEmployer ............. %s\nBasic salary ......... %s p.a.  (bonus %s)\n"
            % (r.choice(["Arup", "NHS Leeds Teaching Hospitals", "Sainsbury's", "Deloitte LLP", "self-employed (Ltd co.)"]), "£" + format(ri(r, 24, 140) * 1000, ","), "£" + format(ri(r, 0, 90) * 100, ",")), "\n")
    d.t("Current address (3 yrs+): ", L("ADDRESS", addr(r, "uk")), "\nDependants: %d (ages %d and %d)\n" % (2, ri(r, 1, 9), ri(r, 10, 16)))
    d.t("Credit history: %s\nAdverse: %s\n" % (r.choice(["CCJ %s satisfied 2019" % price(r)[:-4], "no missed payments in 6 yrs", "1 default (mobile contract) 2021"]),
                                              r.choice(["none declared", "IVA completed 2018"])))
    d.t("Property: %s, UPRN %s, purchase price %s, LTV %d%%, product %s 2-yr fix, APR %s\n" % (r.choice(EPONYM_PLACES), uprn(r), price(r), ri(r, 60, 95), rate(r), rate(r)))
    d.t("Health / protection: applicant 1 declares ", L("DIAGNOSIS", r.choice(DX)), ", treated with ", L("MEDICATION", r.choice(MEDS)), ".\n")


@tpl("kyc_id_check", "form", 3)
def _(r, d):
    c = r.choice(["fr", "es", "it", "de", "br", "in", "sg", "ca", "us", "tr", "gr", "pl", "nl", "mx", "ae", "sa", "cn", "hk", "ng", "za", "il", "no", "fi", "dk", "ar", "cl", "pt", "ro", "au"])
    p = Person(r, c)
    d.t("AML / CDD — CUSTOMER IDENTIFICATION RECORD\nFirm: %s  |  Matter: %s  |  Risk rating: %s\n\n" % (r.choice(["Pemberton Conveyancing LLP", "Calder & Wynn Solicitors", "Lakeshore Title Co."]), "CNV/%s" % dg(r, 5), r.choice(["Standard", "High (PEP check)"])))
    d.t("Client name / Nom / Nombre: ", P(p.full), "\nDate of birth / Date de naissance: ", L("DATE_OF_BIRTH", fdate(r, p.dob, r.choice(["uk", "dots", "long"]))), "\n")
    d.t("Nationality: %s\n" % COUNTRY_NAME[c])
    d.t("%s: " % PASSPORT_LABEL.get(c, "Passport No."), passport(r, c), "   issued %s   expires %s\n" % (fdate(r, rdate(r, 2016, 2023), "iso"), fdate(r, rdate(r, 2027, 2034), "iso")))
    nat = {"fr": ("N° de sécurité sociale (NIR)", lambda: L("FR_NIR", nir(r, p))), "es": ("DNI/NIE", lambda: L("ES_DNI", dni(r, r.random() < .4))),
           "it": ("Codice fiscale", lambda: L("IT_FISCAL_CODE", cf(p, r))), "de": ("Steuerliche Identifikationsnummer", lambda: L("DE_TAX_ID", steuer(r))),
           "br": ("CPF", lambda: L("BR_CPF", cpf(r))), "in": ("Aadhaar", lambda: L("IN_AADHAAR", aadhaar(r))), "sg": ("NRIC", lambda: L("SG_NRIC", nric(r, r.choice("ST")))),
           "ca": ("SIN / NAS", lambda: L("CA_SIN", sin(r)))}.get(c)
    if nat:
        d.t("%s: " % nat[0], nat[1](), "\n")
    d.t("Residential address: ", L("ADDRESS", addr(r, c)), "\nContact: ", L("PHONE", phone(r, c)), " / ", L("EMAIL", p.email(r)), "\n")
    d.t("Source of funds: %s\nSanctions/PEP screen: clear (ref %s)\nVerified by: " % (r.choice(["sale of property in %s" % COUNTRY_NAME[c], "savings + gift from parent", "employment bonus"]), dg(r, 10)),
        P(Person(r, "uk").plain), "  on %s\n" % fdate(r, rdate(r, 2025, 2026), "uk"))


@tpl("tenancy_application", "form", 2)
def _(r, d):
    c = r.choice(["uk", "ie", "es", "it", "ng", "in", "cn", "gr", "ro"])
    p = Person(r, c); g = Person(r, r.choice(["uk", "ie"])); ref = Person(r, "uk")
    d.t("TENANCY APPLICATION FORM\nProperty: %s, %s   Rent: %s pcm   Move-in: %s\n\n" % (r.choice(["Flat 4, Brunel Building", "12 Wellington Place", "Room 3, 88 Headingley Lane"]), postcode_uk(r), price(r)[:-4].replace(",", ""), fdate(r, rdate(r, 2026, 2026), "long")))
    d.t("1. Applicant\n   Name: ", P(p.full), "\n   D.O.B.: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), "\n   Mobile: ", L("PHONE", phone(r, c)), "\n   Email: ", L("EMAIL", p.email(r)),
        "\n   Current address: ", L("ADDRESS", addr(r, c)), "\n   Occupation: %s\n   Annual income: %s\n\n" % (r.choice(["PhD student", "software engineer", "nurse", "chef"]), price(r)))
    d.t("2. Employer / landlord reference\n   Referee: ", P(ref.full), ", ", L("EMAIL", ref.email(r, r.choice(["lettings-hub.co.uk", "uni.ac.uk"]))), "\n\n")
    d.t("3. Guarantor\n   Name: ", P(g.full), "\n   Date of birth: ", L("DATE_OF_BIRTH", fdate(r, g.dob, "long")), "\n   Address: ", L("ADDRESS", addr(r, g.country)),
        "\n   Home owner: yes\n   Bank: sort code / account ", L("UK_BANK_ACCOUNT", "%s %s" % sortcode_acct(r)), "\n\n")
    d.t("4. Pets: none   Smoker: no   Adverse credit: %s\n" % r.choice(["no", "yes – see note"]))
    d.t("Holding deposit %s received by card %s\n" % (price(r)[:-4] + "0", masked_card(r)))


@tpl("right_to_rent", "form", 2)
def _(r, d):
    c = r.choice(["pl", "ro", "in", "ng", "br", "tr", "us", "fr", "it"]); p = Person(r, c); chk = Person(r, "uk")
    d.t("Right to Rent check (Immigration Act 2014)\nLandlord/agent: %s   Branch: %s\n" % (r.choice(AGENCIES), r.choice(["Clifton", "Jesmond", "Stratford"])))
    d.t("Prospective occupier: ", P(p.plain), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dmon")), "\n")
    d.t("Document seen: passport (%s)   Number: " % COUNTRY_NAME[c], passport(r, c), "\n")
    d.t("Online check share code: %s   Outcome: time-limited, follow-up due %s\n" % (share_code(r), fdate(r, rdate(r, 2027, 2028), "uk")))
    d.t("Checked in person by ", P(chk.plain), " on %s. Copy retained until end of tenancy + 1 year.\n" % fdate(r, rdate(r, 2025, 2026), "uk"))


@tpl("urla_1003", "form", 3)
def _(r, d):
    p = Person(r, "us"); st = r.choice(DL_STATES)
    d.t("UNIFORM RESIDENTIAL LOAN APPLICATION   Lender Loan No. %s   NMLS ID %s\n\nSECTION 1a. PERSONAL INFORMATION\n" % (loan_ref(r), dg(r, 6)))
    d.t("NAME (FIRST, MIDDLE, LAST, SUFFIX): ", P(p.full.upper()), "\nSOCIAL SECURITY NUMBER: ", L("US_SSN", ssn(r)), "\nDATE OF BIRTH (mm/dd/yyyy): ", L("DATE_OF_BIRTH", fdate(r, p.dob, "us")), "\n")
    d.t("CITIZENSHIP: U.S. Citizen   MARITAL STATUS: %s   DEPENDENTS: %d\n" % (r.choice(["Married", "Unmarried"]), ri(r, 0, 4)))
    d.t("CURRENT ADDRESS: ", L("ADDRESS", addr(r, "us")), "   HOUSING: Rent $%d/mo\n" % ri(r, 900, 3200))
    d.t("HOME PHONE: ", L("PHONE", phone(r, "us")), "   EMAIL: ", L("EMAIL", p.email(r)), "\n")
    d.t("ID: %s driver's license no. " % st[0], L("DRIVER_LICENSE", st[2](r)), " exp %s\n\n" % fdate(r, rdate(r, 2027, 2031), "us"))
    d.t("SECTION 1b. CURRENT EMPLOYMENT\nEMPLOYER: %s   GROSS MONTHLY INCOME: $%s\n" % (r.choice(["Ford Motor Company", "Kaiser Permanente", "Walgreens", "Johnson Controls"]), format(ri(r, 4000, 19000), ",")))
    d.t("SECTION 4. LOAN AND PROPERTY\nLOAN AMOUNT: %s   PROPERTY: %s (APN %s)   NOTE RATE: %s\n" % (price(r, "$"), r.choice(["lot 14, Sunridge Estates", "Unit 3B, The Gaines"]), apn(r), rate(r)))


@tpl("blank_application", "form", 3)
def _(r, d):
    d.t(r.choice(["GUARANTOR AGREEMENT — APPLICATION", "Tenant Reference Request", "Mortgage Application — Personal Details"]), "\n\n")
    for lab in r.sample(["Full Name", "Date Of Birth", "Passport Number", "National Insurance No.", "Driving Licence Number", "Email Address",
                         "Phone Number", "Current Address", "Sort Code", "Account Number", "Employer", "Annual Income", "Signature", "Date"], 10):
        d.t("%s: %s\n" % (lab, r.choice(["________________", "", "[ ]", "{{%s}}" % lab.lower().replace(" ", "_").replace(".", ""), "N/A"])))
    d.t("\nOffice use: Ref %s  |  Branch %s  |  Form v%s\n" % (loan_ref(r), r.choice(["Kennedy Plaza", "Victoria Wharf"]), version(r)[:5]))


@tpl("guarantor_form", "form", 2)
def _(r, d):
    c = r.choice(["ca", "br", "sg", "in"]); p = Person(r, c); t = Person(r, c)
    idl = {"ca": ("Social Insurance Number", L("CA_SIN", sin(r))), "br": ("CPF", L("BR_CPF", cpf(r))),
           "sg": ("NRIC No.", L("SG_NRIC", nric(r, r.choice("ST")))), "in": ("Aadhaar No.", L("IN_AADHAAR", aadhaar(r)))}[c]
    d.t("Student Accommodation — Parent / Guarantor Undertaking\nResidence: %s, room %s-%d\n\n" % (r.choice(["Ada Lovelace Court", "Florence Nightingale House", "Churchill Gardens"]), r.choice("ABCD"), ri(r, 101, 640)))
    d.t("Student: ", P(t.plain), "   Student no. %s\nGuarantor: " % dg(r, 9), P(p.full), "\nGuarantor DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "iso")), "\n%s: " % idl[0], idl[1], "\n")
    d.t("Address: ", L("ADDRESS", addr(r, c, "\n         ")), "\nTel: ", L("PHONE", phone(r, c)), "\n")
    d.t("Guaranteed sum: %s for the academic year 2026/27 (51 weeks).\n" % price(r)[:-4])


@tpl("deposit_certificate", "form", 2)
def _(r, d):
    t1 = Person(r); t2 = Person(r); ll = Person(r, "uk")
    d.t("DEPOSIT PROTECTION CERTIFICATE\nScheme: Tenancy Deposit Scheme (Custodial)   Deposit ID: %s\nAmount protected: %s   Date received: %s\n\n" % (deposit_id(r), price(r)[:-4].replace(",", ""), fdate(r, rdate(r, 2025, 2026), "long")))
    d.t("Property address:\n", L("ADDRESS", addr(r, "uk", "\n")), "\n\nTenant(s): ", P(t1.plain), "; ", P(t2.plain), "\nLead tenant email: ", L("EMAIL", t1.email(r)),
        "\nLandlord: ", P(ll.full), "\nLetting agent: %s (member no. %s)\n" % (r.choice(AGENCIES), dg(r, 6)))
    d.t("This certificate does not show bank details. Repayment will be made to the account nominated at the end of the tenancy.\n")


@tpl("hoa_owner_registration", "form", 2)
def _(r, d):
    p = Person(r, r.choice(["us", "mx", "ca"])); p2 = Person(r, p.country)
    d.t("SUNRIDGE ESTATES HOMEOWNERS ASSOCIATION — OWNER / RESIDENT REGISTRATION\nLot #%d   Unit %s   Parcel %s\n\n" % (ri(r, 1, 240), r.choice(["12B", "304", "7"]), apn(r)))
    d.t("Owner 1: ", P(p.full), "\nOwner 2: ", P(p2.plain), "\nMailing address (if different): ", L("ADDRESS", addr(r, p.country)), "\nCell: ", L("PHONE", phone(r, p.country)), "\nEmail for e-statements: ", L("EMAIL", p.email(r)), "\n")
    if r.random() < .6:
        d.t("55+ community medical alert program (optional): Medicare number ", L("US_MBI", mbi(r)), "; conditions the gate staff should know: ", L("DIAGNOSIS", r.choice(["atrial fibrillation", "type 2 diabetes", "COPD on home oxygen"])), "\n")
    d.t("Vehicles: %s, plate %s%s%s\nPets: 1 dog (under 40 lb)\nAutopay: ACH ****%s\nEmergency contact: " % (r.choice(["Honda CR-V", "Ford F-150"]), r.choice("ABCDEFGH"), dg(r, 3), "".join(r.choice("ABCDEFGH") for _ in range(3)), dg(r, 4)),
        P(Person(r, p.country).plain), " ", L("PHONE", phone(r, p.country)), "\n")


@tpl("protection_health_q", "form", 2)
def _(r, d):
    p = Person(r, r.choice(["uk", "ie", "au", "za"]))
    d.t("MORTGAGE PROTECTION — HEALTH & LIFESTYLE QUESTIONNAIRE\nPolicy application %s   Sum assured %s   Term 25 yrs\n\n" % (loan_ref(r), price(r)))
    d.t("Life assured: ", P(p.full), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), "\nHeight/weight: %d cm / %d kg   Smoker: no\n\n" % (ri(r, 155, 195), ri(r, 55, 110)))
    dx = r.sample(DX, 2); md = r.sample(MEDS, 2)
    d.t("Q4 Have you ever been diagnosed with a heart condition? No\nQ7 Any condition requiring treatment in the last 5 years? Yes — ", L("DIAGNOSIS", dx[0]),
        ", diagnosed %d, currently on " % ri(r, 2008, 2024), L("MEDICATION", md[0]), " and ", L("MEDICATION", md[1]), ".\n")
    d.t("Q9 Family history (parents/siblings before 60): father had %s — not the applicant.\n" % r.choice(["a heart attack", "bowel cancer"]))
    d.t("Q11 Mental health: treated for ", L("DIAGNOSIS", r.choice(["generalised anxiety disorder", "postnatal depression" if p.sex == "F" else "obsessive-compulsive disorder", "panic disorder"])), " in %d, no current treatment.\nGP: Dr " % ri(r, 2010, 2022), P(Person(r, "uk").plain), ", %s Medical Centre\n" % r.choice(["Beech House", "Riverside", "Nightingale"]))


@tpl("epc_certificate", "form", 2)
def _(r, d):
    d.t("ENERGY PERFORMANCE CERTIFICATE\nCertificate number: %s\nDwelling type: %s   Total floor area: %d square metres\n" % (epc_no(r), r.choice(["Mid-terrace house", "Top-floor flat", "Detached bungalow"]), ri(r, 38, 190)))
    d.t("Postcode: %s   UPRN: %s\nCurrent rating: %s (%d)   Potential: %s (%d)\nEstimated energy cost: %s per year\n" % (postcode_uk(r), uprn(r), r.choice("CDE"), ri(r, 39, 80), r.choice("BC"), ri(r, 70, 91), price(r)[:2] + "," + dg(r, 3)))
    d.t("Electricity meter: %s   MPAN: %s   Gas meter: %s\nAssessor accreditation: %s/%s   Date of assessment: %s\n" % (meter(r), mpan(r), meter(r), r.choice(["EES", "STRO", "QUID"]), dg(r, 6), fdate(r, rdate(r, 2024, 2026), "uk")))
    d.t("Recommendations: loft insulation (£100–£350), solar water heating, floor insulation.\n")

@tpl("us_rental_screening", "form", 3)
def _(r, d):
    p = Person(r, "us"); st = r.choice(DL_STATES); co = Person(r, "us")
    d.t("RENTAL APPLICATION — %s Property Management (Equal Housing Opportunity)\nCommunity: %s   Unit: %s   Application fee: $%d (non-refundable)\n\n" % (
        r.choice(["Lakeshore", "Bluebonnet", "Cascade"]), r.choice(["The Gaines at Kennedy Plaza", "Martin Luther King Jr. Way Lofts", "Wellington Place"]), "%d%s" % (ri(r, 1, 4), dg(r, 2)), r.choice([35, 50, 65])))
    lay = r.choice(["fields", "paren", "prose"])
    d.t("Applicant: ", L("PERSON", p.full), "\nSSN: ", L("US_SSN", ssn(r)), "    Date of Birth: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "us")), "\n")
    if lay == "fields":
        d.t("Driver's License #: ", L("DRIVER_LICENSE", st[2](r)), "    State: %s\n" % st[1])
    elif lay == "paren":
        d.t("Photo ID: driver license ", L("DRIVER_LICENSE", st[2](r)), " (%s)\n" % st[0])
    else:
        d.t("Applicant presented a %s driver's license, number " % st[0], L("DRIVER_LICENSE", st[2](r)), ", verified against the photo.\n")
    if r.random() < .5:
        d.t("Secondary ID: U.S. passport no. ", L("US_PASSPORT", PASSPORT_FMT["us"](r)), "\n")
    d.t("Present address: ", L("ADDRESS", addr(r, "us")), "   Monthly rent: $%d   Landlord: " % ri(r, 800, 2600), L("PERSON", Person(r, "us").plain), " ", L("PHONE", phone(r, "us")), "\n")
    if r.random() < .5:
        d.t("Income source: SSDI. Health coverage: Medicaid managed care (%s), member ID " % r.choice(["Molina Healthcare", "Superior HealthPlan", "Sunshine Health"]), L("HEALTH_PLAN_ID", plan_id(r)), " — reasonable-accommodation request attached.\n")
    d.t("Employer: %s   Position: %s   Monthly income: $%s\n" % (r.choice(["Dell Technologies", "H-E-B", "Boeing", "Publix"]), r.choice(["analyst", "RN", "warehouse lead"]), format(ri(r, 2500, 12000), ",")))
    st2 = r.choice(DL_STATES)
    d.t("Co-applicant: ", L("PERSON", co.plain), "   DOB ", L("DATE_OF_BIRTH", fdate(r, co.dob, "us")), "   DL ", L("DRIVER_LICENSE", st2[2](r)), " issued by %s\n" % st2[0])
    d.t("Evictions: none   Felony: none   Pets: cat\nI authorize a consumer credit report. Signature: ______  Date: %s\n" % fdate(r, rdate(r, 2026, 2026), "us"))


@tpl("aml_register_csv", "csv", 3)
def _(r, d):
    emit_row(d, ["case_ref", "client_name", "nationality", "date_of_birth", "id_type", "id_number", "id_check", "risk"])
    kinds = ["es", "es_nie", "br", "sg", "sg_fin", "de", "ca", "in", "fr", "it", "us_dl", "uk_dl", "pp"]
    for k in r.sample(kinds, 7):
        c = {"es_nie": "es", "sg_fin": "sg", "us_dl": "us", "uk_dl": "uk", "pp": r.choice(["no", "fi", "dk", "gr", "ro", "tr", "il", "ae", "sa", "cn", "hk", "au", "ng", "za", "ar", "cl", "mx", "pt", "nl", "pl"])}.get(k, k)
        p = Person(r, c); good = r.random() < .8
        if k == "es": idt, v = "DNI", (L("ES_DNI", dni(r)) if good else dni(r, bad=True))
        elif k == "es_nie": idt, v = "NIE", (L("ES_DNI", dni(r, True)) if good else dni(r, True, bad=True))
        elif k == "br": idt, v = "CPF", (L("BR_CPF", cpf(r)) if good else cpf(r, bad=True))
        elif k == "sg": idt, v = "NRIC", (L("SG_NRIC", nric(r, r.choice("ST"))) if good else nric(r, "S", bad=True))
        elif k == "sg_fin": idt, v = "FIN", (L("SG_NRIC", nric(r, r.choice("FG"))) if good else nric(r, "G", bad=True))
        elif k == "de": idt, v = "Steuer-IdNr", (L("DE_TAX_ID", steuer(r)) if good else steuer(r, bad=True))
        elif k == "ca": idt, v = "SIN", (L("CA_SIN", sin(r)) if good else sin(r, bad=True))
        elif k == "in": idt, v = "Aadhaar", (L("IN_AADHAAR", aadhaar(r)) if good else aadhaar(r, bad=True))
        elif k == "fr": idt, v = "NIR", (L("FR_NIR", nir(r, p)) if good else nir(r, p, bad=True))
        elif k == "it": idt, v = "Codice fiscale", (L("IT_FISCAL_CODE", cf(p, r)) if good else cf(p, r, bad=True))
        elif k == "us_dl":
            st = r.choice(DL_STATES); idt, v = "Driver license (%s)" % st[1], L("DRIVER_LICENSE", st[2](r)); good = True
        elif k == "uk_dl": idt, v = "UK driving licence", L("DRIVER_LICENSE", uk_dl(r, p)); good = True
        else: idt, v = "Passport", passport(r, c); good = True
        emit_row(d, ["AML-%s" % dg(r, 5), L("PERSON", p.plain), COUNTRY_NAME[c], L("DATE_OF_BIRTH", p.dob.isoformat()), idt, v, "PASS" if good else "FAIL: check digit", r.choice(["low", "medium", "high"])])


@tpl("aml_register_empty", "csv", 1)
def _(r, d):
    emit_row(d, ["case_ref", "client_name", "nationality", "date_of_birth", "id_type", "id_number", "id_check", "risk"])
    for _ in range(4):
        emit_row(d, ["AML-%s" % dg(r, 5), "[REDACTED]", r.choice(list(COUNTRY_NAME.values())), "****-**-**", r.choice(["Passport", "DNI", "CPF", "NRIC"]), "X" * ri(r, 8, 11), "PASS", "low"])


# ---------------------------------------------------------------- clinical
@tpl("ot_adaptation", "clinical_note", 3)
def _(r, d):
    p = Person(r, r.choice(["uk", "ie", "pl", "ng", "in", "gr"])); ot = Person(r, "uk")
    dx = r.sample(DX, 2)
    d.t("OCCUPATIONAL THERAPY — HOME ADAPTATION ASSESSMENT (Disabled Facilities Grant)\nReferral from: %s Housing Association, tenancy ref %s\n\n" % (r.choice(["Riverside", "Clarion", "Peabody", "Thirteen"]), dg(r, 8)))
    d.t("Client: ", P(p.full), "   NHS no: ", L("UK_NHS_NUMBER", nhs(r)), "   DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), "\nAddress: ", L("ADDRESS", addr(r, "uk")), "\nTel: ", L("PHONE", phone(r, "uk")), "\n\n")
    d.t("S: Lives alone in a %s. Reports falls x2 on the stairs since March. Background of " % r.choice(["first-floor flat", "two-storey terraced house", "maisonette"]), L("DIAGNOSIS", dx[0]), " and ", L("DIAGNOSIS", dx[1]), ".\n")
    d.t("   Medication per GP summary: ", L("MEDICATION", r.choice(MEDS)), ", ", L("MEDICATION", r.choice(MEDS)), ". No history of ", r.choice(["stroke", "epilepsy", "COPD"]), ".\n")
    d.t("O: Transfers with rail; unable to step into bath (rim 52 cm). Rear door step 19 cm.\nA/P: Recommend level-access shower, stair-lift, grab rails x4, ramp to rear. Works order to contractor; key safe code via tenant only.\n\n")
    d.t(P(ot.plain), ", HCPC OT%s, Community OT Team\n" % dg(r, 5))


@tpl("gp_housing_letter", "clinical_note", 2)
def _(r, d):
    p = Person(r, r.choice(["uk", "tr", "ro", "pk" if False else "in", "ie"])); gp = Person(r, "uk")
    d.t("%s Surgery\n%s\n\nTo: Housing Options Team, %s City Council\nRe: " % (r.choice(["Brunswick", "Hollins Park", "St Luke's"]), fdate(r, rdate(r, 2025, 2026), "long"), r.choice(["Leeds", "Bristol", "Cardiff"])))
    d.t(P(p.full), ", DOB ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), ", NHS ", L("UK_NHS_NUMBER", nhs(r)), "\n\nDear colleague,\n\n")
    d.t("I am writing in support of my patient's application for medical priority rehousing. ", P(p.first), " has ", L("DIAGNOSIS", r.choice(DX)), " and also ", L("DIAGNOSIS", r.choice(["severe asthma", "recurrent chest infections", "COPD"])),
        " which is aggravated by the damp and black mould in the current flat. Current treatment includes ", L("MEDICATION", r.choice(MEDS)), ".\n")
    d.t("There is no evidence of ", r.choice(["tuberculosis", "heart failure", "cognitive impairment"]), ". The stairs to the 4th floor (no lift) are a real killer for someone in this condition. ")
    d.t("Studies of damp housing show a 40% increase in respiratory symptoms generally; in this patient's case the link is clear.\n\nYours sincerely,\n\nDr ", P(gp.plain), "\nGMC %s\n" % dg(r, 7))


@tpl("discharge_housing", "discharge_summary", 4)
def _(r, d):
    p = Person(r, r.choice(["uk", "us", "au", "ie", "za"])); dr = Person(r)
    us = p.country == "us"
    d.t("DISCHARGE SUMMARY — %s\n" % r.choice(["St. Jude's General", "Royal Infirmary", "Mater Misericordiae University Hospital"]))
    d.t("Patient: ", P(p.lastfirst), "   MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   DOB: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "us" if us else "uk")), "\n")
    d.t("Admitted: %s   Discharged: %s   Ward: %s\n\n" % (fdate(r, rdate(r, 2026, 2026), "iso"), fdate(r, rdate(r, 2026, 2026), "iso"), r.choice(["Elm", "4B Respiratory", "Stroke Unit"])))
    d.t("Principal diagnosis: ", L("DIAGNOSIS", r.choice(["community-acquired pneumonia", "hip fracture (left neck of femur)", "ischaemic stroke", "diabetic ketoacidosis"])), "\nSecondary: ", L("DIAGNOSIS", r.choice(DX)), "\n")
    d.t("Ruled out: pulmonary embolism (CTPA negative).\n\nMedications on discharge:\n")
    for m in r.sample(MEDS, 3):
        d.t("  - ", L("MEDICATION", m), " %s %s\n" % (r.choice(["5 mg", "20 mg", "100 micrograms", "2 puffs"]), r.choice(["OD", "BD", "PRN", "nocte"])))
    d.t("\nSocial / housing: lives in a %s-floor flat without lift (landlord: %s). Discharge delayed pending temporary ground-floor accommodation; housing officer " % (r.choice(["3rd", "5th", "2nd"]), r.choice(["Clarion", "Sunridge Property Mgmt", "Kinleigh Folkard & Hayward"])))
    d.t(P(Person(r, p.country).plain), " contacted on ", L("PHONE", phone(r, p.country)), ". Next of kin: ", P(Person(r, p.country).plain), ".\n")
    d.t("Follow-up: fracture clinic 2/52.\nSigned: Dr ", P(dr.plain), "\n")


@tpl("paramed_lab", "lab_report", 3)
def _(r, d):
    p = Person(r, r.choice(["us", "ca"]))
    d.t("PARAMEDICAL EXAM / LABORATORY REPORT        Lab accession: %s\nRequested by: %s Life (mortgage protection underwriting)   Case: %s\n" % (dg(r, 12), r.choice(["Northstar", "Evergreen Mutual"]), loan_ref(r)))
    d.t("Applicant .......: ", P(p.lastfirst), "\nDOB ..............: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "us")), "   Sex: %s\n" % p.sex)
    d.t("Patient ID (MRN) : ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nCollected ........: %s 07:%02d   Fasting: Y\n\n" % (fdate(r, rdate(r, 2026, 2026), "us"), ri(r, 0, 59)))
    d.t("TEST                 RESULT   FLAG   REF RANGE\n")
    rows = [("HbA1c", "%.1f %%" % (r.randint(50, 95) / 10), "4.0-5.6"), ("Glucose, fasting", "%d mg/dL" % ri(r, 70, 180), "70-99"), ("Cholesterol, total", "%d mg/dL" % ri(r, 140, 280), "<200"),
            ("ALT", "%d U/L" % ri(r, 10, 90), "7-56"), ("eGFR", "%d" % ri(r, 30, 110), ">60"), ("Cotinine", "NEG", "NEG"), ("HIV-1/2 Ab", "Non-reactive", "NR")]
    for a, b, c in rows:
        d.t("%-20s %-12s %-5s %s\n" % (a, b, r.choice(["", "H", ""]), c))
    d.t("\nInterpretation: results consistent with ", L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "non-alcoholic fatty liver disease", "chronic kidney disease stage 3a"])), "; applicant states currently taking ",
        L("MEDICATION", r.choice(["metformin", "atorvastatin", "lisinopril", "empagliflozin"])), ".\nExaminer: ", P(Person(r, p.country).plain), "\n")


@tpl("hl7_adt", "hl7", 4)
def _(r, d):
    p = Person(r, r.choice(["us", "us", "mx", "ca"])); nk = Person(r, p.country); a = address(r, "us")
    sep = r.choice(["\r", "\n"])
    ts = "2026%02d%02d%02d%02d" % (ri(r, 1, 12), ri(r, 1, 28), ri(r, 0, 23), ri(r, 0, 59))
    d.t("MSH|^~\\&|EPIC|MERCYHOSP|HOUSINGLINK|CITYHSG|%s||ADT^A03|%s|P|2.5.1" % (ts, dg(r, 10)), sep)
    d.t("EVN|A03|%s" % ts, sep)
    street, rest = a[0], a[1]; m = re.match(r"(.+), (\w\w) (\d{5})", rest)
    d.t("PID|1||", L("MEDICAL_RECORD_NUMBER", dg(r, 8)), "^^^MERCY^MR||", L("PERSON", p.hl7), "||", L("DATE_OF_BIRTH", fdate(r, p.dob, "hl7")), "|%s|||" % p.sex,
        L("ADDRESS", "%s^^%s^%s^%s" % (street, m.group(1), m.group(2), m.group(3))), "^USA||", L("PHONE", phone(r, "us")), sep)
    d.t("NK1|1|", L("PERSON", nk.hl7), "|%s|||" % r.choice(["SPO", "DAU", "SON"]), L("PHONE", phone(r, "us")), sep)
    d.t("PV1|1|I|MED^4E^12|||%s^" % dg(r, 10), L("PERSON", Person(r, "us").hl7), "^^^MD||||||||||||%s" % dg(r, 9), sep)
    d.t("DG1|1||%s^" % r.choice(["J44.1", "G35", "I50.9", "E10.9"]), L("DIAGNOSIS", r.choice(["Chronic obstructive pulmonary disease with exacerbation", "Multiple sclerosis", "Heart failure, unspecified", "Type 1 diabetes mellitus"])), "^I10||%s|A" % ts[:8], sep)
    d.t("IN1|1|%s|%s|%s||||%s||||||||" % (r.choice(["BCBS-PPO", "AETNA-HMO", "MEDICAID"]), dg(r, 5), r.choice(["Blue Cross Blue Shield", "Aetna", "State Medicaid"]), "GRP" + dg(r, 6)),
        L("PERSON", p.hl7), "|01|", L("DATE_OF_BIRTH", fdate(r, p.dob, "hl7")), "||||||||||||||||||", L("HEALTH_PLAN_ID", plan_id(r)), sep)
    d.t("ZHN|1|Discharge to home requires ramp and ground-floor bedroom; landlord notified via HousingLink", sep)


@tpl("hl7_ack", "hl7", 1)
def _(r, d):
    d.t("MSH|^~\\&|HOUSINGLINK|CITYHSG|EPIC|MERCYHOSP|2026%s||ACK^A03|%s|P|2.5.1\rMSA|AA|%s|Message accepted\r" % (dg(r, 8), dg(r, 10), dg(r, 10)))


@tpl("fhir_adaptation", "fhir_json", 3)
def _(r, d):
    p = Person(r, r.choice(["us", "uk", "au"])); a = address(r, p.country)
    ident = ({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r))} if p.country == "uk" else
             {"type": {"text": "MRN"}, "system": "urn:oid:%s" % oid(r), "value": L("MEDICAL_RECORD_NUMBER", mrn(r))})
    bundle = {"resourceType": "Bundle", "type": "collection", "meta": {"tag": [{"code": "home-adaptation-referral"}]}, "entry": [
        {"resource": {"resourceType": "Patient", "id": "pt-%s" % dg(r, 5), "identifier": [ident],
                      "name": [{"family": L("PERSON", p.last), "given": [L("PERSON", p.first)]}], "birthDate": L("DATE_OF_BIRTH", p.dob.isoformat()),
                      "telecom": [{"system": "phone", "value": L("PHONE", phone(r, p.country))}, {"system": "email", "value": L("EMAIL", p.email(r))}],
                      "address": [{"line": [L("ADDRESS", a[0])], "postalCode": a[-1].split()[-1]}]}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"},
                      "code": {"text": L("DIAGNOSIS", r.choice(DX))}, "subject": {"reference": "Patient/pt"}}},
        {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]}, "code": {"text": r.choice(["Pressure ulcer", "Dementia"])}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(MEDS))}}},
    ]}
    if p.country == "us":
        bundle["entry"].append({"resource": {"resourceType": "Coverage", "status": "active", "payor": [{"display": r.choice(["Medicare Part B", "Humana Medicare Advantage"])}],
                                             "subscriberId": L("US_MBI", mbi(r)) if r.random() < .5 else L("HEALTH_PLAN_ID", plan_id(r))}})
    emit_json(d, bundle)
    d.t("\n")


@tpl("fhir_valueset", "fhir_json", 1)
def _(r, d):
    emit_json(d, {"resourceType": "ValueSet", "id": "housing-adaptation-conditions", "version": version(r), "status": "active",
                  "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [{"code": dg(r, 8), "display": x} for x in r.sample(DX, 6)]}]},
                  "description": "Conditions that qualify for priority adaptation works; no patient data."})
    d.t("\n")


@tpl("keyworker_note", "clinical_note", 2)
def _(r, d):
    p = Person(r); kw = Person(r, "uk")
    d.t("Supported Housing — Key Worker Session Note\nScheme: %s (unit %d)   Session date: %s\n\n" % (r.choice(["Ada Lovelace Court", "Victoria Wharf Foyer"]), ri(r, 1, 40), fdate(r, rdate(r, 2026, 2026), "uk")))
    d.t("Resident: ", P(p.plain), "   NHS number: ", L("UK_NHS_NUMBER", nhs(r)), "\n\n")
    d.t(P(p.first), " reports mood has been low since the rent arrears letter. Known ", L("DIAGNOSIS", r.choice(["bipolar affective disorder", "paranoid schizophrenia", "emotionally unstable personality disorder", "PTSD"])),
        "; depot ", L("MEDICATION", r.choice(["aripiprazole", "paliperidone", "zuclopenthixol"])), " due on the 14th, CPN aware. Also takes ", L("MEDICATION", r.choice(["sertraline", "mirtazapine", "promethazine"])), " at night.\n")
    d.t("Denies suicidal ideation. The boiler breakdown was 'the last straw' and the flat felt like a fridge. No signs of ", r.choice(["substance misuse", "self-neglect"]), " today.\n")
    d.t("Actions: chase repair ticket, apply to hardship fund, next session in 2 weeks.\n", P(kw.plain), " (Key Worker)\n")


@tpl("medicare_home_mod", "clinical_note", 2)
def _(r, d):
    p = Person(r, "us"); st = r.choice(DL_STATES)
    d.t("HOME HEALTH / HOME MODIFICATION VISIT NOTE\nAgency: %s Home Care   Visit: %s\n" % (r.choice(["BrightPath", "Cardinal"]), fdate(r, rdate(r, 2026, 2026), "usl")))
    d.t("Patient: ", P(p.full), "   DOB ", L("DATE_OF_BIRTH", fdate(r, p.dob, "us")), "\nMedicare MBI: ", L("US_MBI", mbi(r)), "   Supplemental plan member ID: ", L("HEALTH_PLAN_ID", plan_id(r)), " (AARP Medigap, group %s)\n" % dg(r, 5))
    d.t("Residence: ", L("ADDRESS", addr(r, "us")), " (rental; property manager approval needed for grab bars)\n\n")
    d.t("Dx: ", L("DIAGNOSIS", r.choice(["Parkinson's disease", "osteoporosis with vertebral fracture", "congestive heart failure"])), ", hx of falls. Meds reviewed: ", L("MEDICATION", r.choice(["carbidopa-levodopa", "alendronate", "furosemide"])), ", ", L("MEDICATION", r.choice(["warfarin", "apixaban", "tamsulosin"])), ".\n")
    d.t("Plan: tub transfer bench, raised toilet seat, ramp quote requested from landlord. Caregiver: ", P(Person(r, "us").plain), ".\n")


@tpl("damp_leaflet", "free_text", 2)
def _(r, d):
    d.t("Damp, mould and your health — information for residents\n\n")
    d.t("Mould spores can make asthma, eczema and allergies worse, and people with COPD, sickle cell disease or a weakened immune system (for example after chemotherapy or on methotrexate) are at greater risk. ")
    d.t("Research published after the 2022 coroner's report found that children in damp homes were more likely to be admitted with bronchiolitis. ")
    d.t("If you notice black spots on walls, report it through the resident portal. Do not paint over mould. Keep trickle vents open, dry washing outdoors where possible, and keep bedroom temperature above 18°C.\n")
    d.t("Repairs line opens 8am–8pm, closed on %s. Leaflet ref %s, version %s.\n" % (r.choice(HOLIDAYS), dg(r, 6), version(r)[:4]))

# ---------------------------------------------------------------- structured
@tpl("crm_leads_csv", "csv", 3)
def _(r, d):
    hdr = r.choice([["lead_id", "first_name", "last_name", "email", "mobile", "budget", "source", "mls_id", "notes"],
                    ["Lead ID", "First Name", "Last Name", "E-mail", "Phone", "Max Budget", "Source", "Listing", "Notes"]])
    emit_row(d, hdr)
    for _ in range(ri(r, 4, 7)):
        p = Person(r)
        note = r.choice(["pre-approved, wants 2-bed", "relocating from %s" % COUNTRY_NAME[p.country], "cash buyer", "", "viewing booked Sat 11:00, prefers %s" % r.choice(EPONYM_PLACES)])
        emit_row(d, ["L-%s" % dg(r, 6), L("PERSON", p.first), L("PERSON", p.last), L("EMAIL", p.email(r)), L("PHONE", phone(r, p.country)), price(r, r.choice(["$", "£", "€"])), r.choice(["Zillow", "Rightmove", "Idealista", "walk-in", "referral"]), mls(r), note])


@tpl("hoa_roster_csv", "csv", 2)
def _(r, d):
    emit_row(d, ["Lot", "Unit", "Owner", "Co-Owner", "Mailing Street", "City", "Phone", "Email", "Assessment", "Balance"])
    for _ in range(ri(r, 4, 6)):
        p = Person(r, r.choice(["us", "us", "mx", "ca"])); a = address(r, "us")
        co = L("PERSON", Person(r, p.country).plain) if r.random() < .5 else ""
        emit_row(d, [ri(r, 1, 240), r.choice(["", "A", "B", "%d" % ri(r, 101, 420)]), L("PERSON", p.lastfirst), co, L("ADDRESS", a[0]), a[1].split(",")[0],
                     L("PHONE", phone(r, "us")), L("EMAIL", p.email(r)), "$%d.00" % r.choice([185, 240, 310]), "$%d.%02d" % (ri(r, 0, 1900), ri(r, 0, 99))])


@tpl("rent_ledger_tsv", "tsv", 2)
def _(r, d):
    emit_row(d, ["date", "tenant", "unit", "method", "card_or_account", "sort_code", "amount", "status"], "\t")
    for i in range(ri(r, 5, 7)):
        p = Person(r)
        m = r.choice(["card", "card", "bacs", "standing order"])
        if m == "card":
            cc = L("CREDIT_CARD", card(r, sep=r.choice([" ", ""]))) if i == 2 else masked_card(r)
            sc = ""
        else:
            s, a = sortcode_acct(r); cc = L("UK_BANK_ACCOUNT", a); sc = s
        emit_row(d, [fdate(r, rdate(r, 2026, 2026), "iso"), L("PERSON", p.plain), "Flat %d" % ri(r, 1, 60), m, cc, sc, "%d.00" % ri(r, 450, 2600), r.choice(["cleared", "pending", "returned R01"])], "\t")


@tpl("proof_of_funds_csv", "csv", 2)
def _(r, d):
    p = Person(r, r.choice(["de", "nl", "fr", "es", "pt", "it", "ie", "pl", "dk", "fi", "no", "gr", "ro", "tr"]))
    cc = {"uk": "GB", "ie": "IE", "fr": "FR", "es": "ES", "pt": "PT", "it": "IT", "de": "DE", "nl": "NL", "dk": "DK", "no": "NO", "fi": "FI", "pl": "PL", "ro": "RO", "gr": "GR", "tr": "TR"}[p.country]
    emit_row(d, ["Account holder", "IBAN", "Booking date", "Value date", "Counterparty", "Counterparty IBAN", "Reference", "Amount", "Currency", "Balance"], ";")
    own = iban(r, cc, False); bal = ri(r, 20000, 400000)
    for _ in range(ri(r, 4, 6)):
        cp = r.choice([("Person", None), ("%s" % r.choice(LENDERS), None), ("Salary %s" % r.choice(["Siemens AG", "Philips", "Renault SA"]), None)])
        if cp[0] == "Person":
            cpp = Person(r); cpn = L("PERSON", cpp.plain); cpi = L("IBAN", iban(r, r.choice(list(IBAN_SPEC)), False))
        else:
            cpn = cp[0]; cpi = ""
        amt = ri(r, -9000, 15000)
        bal += amt
        emit_row(d, [L("PERSON", p.plain), L("IBAN", own), fdate(r, rdate(r, 2026, 2026), "dots"), fdate(r, rdate(r, 2026, 2026), "dots"), cpn, cpi, r.choice(["Miete", "deposit top-up", "SEPA %s" % dg(r, 10), "gift"]), "%d,%02d" % (amt, ri(r, 0, 99)), "EUR", "%d,00" % bal], ";")


@tpl("listings_csv", "csv", 3)
def _(r, d):
    emit_row(d, ["listing_id", "mls_id", "address_display", "postcode", "price", "beds", "floor_area_sqft", "epc", "uprn", "agent"])
    for _ in range(ri(r, 5, 8)):
        emit_row(d, ["RM%s" % dg(r, 9), mls(r), r.choice(EPONYM_PLACES), postcode_uk(r), price(r), ri(r, 1, 5), ri(r, 420, 2600), r.choice("BCDE"), uprn(r), r.choice(AGENCIES)])


@tpl("portal_webhook", "json", 2)
def _(r, d):
    p = Person(r)
    emit_json(d, {"event": "lead.created", "portal": r.choice(["rightmove", "zoopla", "idealista", "immoscout24", "daft.ie"]), "delivered_at": "2026-%02d-%02dT%02d:%02d:11Z" % (ri(r, 1, 12), ri(r, 1, 28), ri(r, 0, 23), ri(r, 0, 59)),
                  "listing": {"id": "RM%s" % dg(r, 9), "branch_id": ri(r, 10000, 99999), "price": ri(r, 150, 990) * 1000, "address": r.choice(EPONYM_PLACES)},
                  "applicant": {"name": L("PERSON", p.plain), "email": L("EMAIL", p.email(r)), "phone": L("PHONE", phone(r, p.country)),
                                "position": r.choice(["first_time_buyer", "renting", "has_property_to_sell"]), "message": M(["Hi, I'm ", L("PERSON", p.first), ". Is the flat still available? I can view on ", r.choice(HOLIDAYS), "."])},
                  "client_ip": L("IP_ADDRESS", ipv4(r, "pub")), "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "sdk_version": version(r)})
    d.t("\n")


@tpl("mortgage_api", "json", 3)
def _(r, d):
    c = r.choice(["us", "uk", "ca"]); p = Person(r, c); co = Person(r, c)
    idf = {"us": ("ssn", L("US_SSN", ssn(r))), "uk": ("niNumber", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r))), "ca": ("sin", L("CA_SIN", sin(r)))}[c]
    app = {"applicationId": loan_ref(r), "product": {"code": "FIX5-%d" % ri(r, 60, 95), "rate": float(rate(r)[:-1]), "aprc": float(rate(r)[:-1]), "termMonths": 300},
           "property": {"valuation": ri(r, 200, 1200) * 1000, "titleNumber": title_no(r), "uprn": uprn(r)},
           "applicants": []}
    for q in (p, co):
        ap = {"firstName": L("PERSON", q.first), "lastName": L("PERSON", q.last), "dateOfBirth": L("DATE_OF_BIRTH", q.dob.isoformat()), idf[0]: idf[1] if q is p else None,
              "employment": {"employer": r.choice(["Shopify", "Tesco plc", "Amazon", "Royal Mail"]), "annualIncome": ri(r, 25, 180) * 1000},
              "dependants": ri(r, 0, 3), "contact": {"email": L("EMAIL", q.email(r)), "mobile": L("PHONE", phone(r, c))}}
        app["applicants"].append(ap)
    app["applicants"][0]["address"] = {"line1": L("ADDRESS", address(r, c)[0]), "monthsAtAddress": ri(r, 6, 120)}
    app["creditSearch"] = {"provider": r.choice(["Equifax", "Experian", "TransUnion"]), "score": ri(r, 540, 990), "ccjs": 0, "searchedAt": "2026-%02d-%02dT09:00:00Z" % (ri(r, 1, 12), ri(r, 1, 28))}
    emit_json(d, app)
    d.t("\n")


@tpl("listing_feed_json", "json", 2)
def _(r, d):
    items = [{"listingId": "LST-%s" % dg(r, 7), "mls": mls(r), "status": r.choice(["active", "under_offer", "sold_stc"]), "price": {"amount": ri(r, 100, 3000) * 1000, "currency": r.choice(["GBP", "EUR", "USD"])},
              "floorArea": {"value": ri(r, 35, 260), "unit": "sqm"}, "epc": {"rating": r.choice("ABCDE"), "certificate": epc_no(r)}, "development": r.choice(EPONYM_PLACES),
              "agent": r.choice(AGENCIES), "lot": ri(r, 1, 90)} for _ in range(ri(r, 2, 4))]
    emit_json(d, {"feed": "syndication", "generated": "2026-%02d-%02dT00:00:00Z" % (ri(r, 1, 12), ri(r, 1, 28)), "schemaVersion": version(r), "items": items})
    d.t("\n")


@tpl("kyc_webhook_ndjson", "ndjson", 3)
def _(r, d):
    for _ in range(ri(r, 3, 5)):
        c = r.choice(["es", "it", "fr", "br", "in", "sg", "de", "uk", "us", "pl", "mx", "ng", "za"]); p = Person(r, c)
        ok = r.random() < .7
        if c == "es": doc = ("dni", L("ES_DNI", dni(r, r.random() < .3)) if ok else dni(r, bad=True))
        elif c == "it": doc = ("codice_fiscale", L("IT_FISCAL_CODE", cf(p, r)) if ok else cf(p, r, bad=True))
        elif c == "fr": doc = ("nir", L("FR_NIR", nir(r, p)) if ok else nir(r, p, bad=True))
        elif c == "br": doc = ("cpf", L("BR_CPF", cpf(r)) if ok else cpf(r, bad=True))
        elif c == "in": doc = ("aadhaar", L("IN_AADHAAR", aadhaar(r)) if ok else aadhaar(r, bad=True))
        elif c == "sg": doc = ("nric", L("SG_NRIC", nric(r)) if ok else nric(r, bad=True))
        elif c == "de": doc = ("steuer_id", L("DE_TAX_ID", steuer(r)) if ok else steuer(r, bad=True))
        else: doc = ("passport", passport(r, c)); ok = True
        emit_json(d, {"type": "verification.%s" % ("approved" if ok else "declined"), "reason": None if ok else "checksum_mismatch", "applicant": L("PERSON", p.plain),
                      "dob": L("DATE_OF_BIRTH", p.dob.isoformat()), "document": {"kind": doc[0], "number": doc[1], "country": ISO3[c]}, "ip": L("IP_ADDRESS", ipv4(r)), "ref": "KYC-%s" % dg(r, 8)}, compact=True)
        d.t("\n")


@tpl("viewing_log_ndjson", "ndjson", 2)
def _(r, d):
    for _ in range(ri(r, 3, 5)):
        p = Person(r); lang = r.choice(["es", "fr", "de", "pt", "it", "en"])
        note = {"es": ["Visita con ", L("PERSON", p.first), ", le gustó la terraza; pide rebaja."], "fr": ["Visite avec ", L("PERSON", p.plain), " — trouve le séjour trop sombre."],
                "de": ["Besichtigung mit %s " % ("Frau" if p.sex == "F" else "Herrn"), L("PERSON", p.last), ", möchte Finanzierung klären."], "pt": ["Visita do ", L("PERSON", p.first), ", vai pensar até sexta."],
                "it": ["Visita con ", L("PERSON", p.plain), ", interessato al box auto."], "en": ["Viewed with partner; ", L("PERSON", p.first), " asked about service charge."]}[lang]
        emit_json(d, {"ts": "2026-%02d-%02dT%02d:%02d:00+01:00" % (ri(r, 1, 12), ri(r, 1, 28), ri(r, 9, 18), r.choice([0, 15, 30, 45])), "listing": mls(r), "unit": "%s-%d" % (r.choice("ABC"), ri(r, 1, 30)),
                      "attendee": L("PERSON", p.plain), "tel": L("PHONE", phone(r, p.country)), "outcome": r.choice(["offer", "second_viewing", "not_interested"]), "note": M(note)}, compact=True)
        d.t("\n")


@tpl("contractor_yaml", "yaml", 3)
def _(r, d):
    p = Person(r); a = address(r, "uk"); c = Person(r, "uk")
    d.t("job_sheet:\n  job_no: JS-%s\n  priority: %s\n  trade: %s\n  property_uprn: %s\n" % (dg(r, 6), r.choice(["P1 emergency", "P2 urgent", "P3 routine"]), r.choice(["plumbing", "electrical", "damp & mould"]), uprn(r)))
    d.t("  tenant:\n    name: ", L("PERSON", p.plain), "\n    phone: \"", L("PHONE", phone(r, p.country)), "\"\n    address: |\n      ", L("ADDRESS", "\n      ".join(a)), "\n")
    d.t("  access_notes: >\n    Tenant is a wheelchair user with ", L("DIAGNOSIS", r.choice(["multiple sclerosis", "spinal cord injury", "motor neurone disease"])), "; allow extra time at door.\n")
    d.t("    Oxygen in use (", L("DIAGNOSIS", r.choice(["COPD", "pulmonary fibrosis"])), ") - no naked flames, no hot works.\n")
    d.t("  contractor:\n    company: %s\n    engineer: " % r.choice(["Bright Sparks Electrical Ltd", "Mr. Plumber (Leeds) Ltd", "J. Jones & Sons"]), L("PERSON", c.plain), "\n    meter_serial: %s\n  sla_hours: %d\n" % (meter(r), r.choice([4, 24, 72])))


@tpl("service_config_yaml", "yaml", 2)
def _(r, d):
    d.t("# letting-portal sync service\nservice: portal-sync\nversion: %s\nbind: 0.0.0.0:8443\nupstream:\n  rightmove: https://adfapi.rightmove.co.uk/v1\n  zoopla: https://realtime-listings.webservices.zpg.co.uk\n" % version(r))
    d.t("snmp_oid: %s\nretry: {max: 5, backoff_ms: 250}\nfields_masked: [applicant.email, applicant.phone, applicant.dob]\nplaceholder_contact: \"{{agent_email}}\"\nschedule: \"0 */2 * * *\"\nbuild: %s\n" % (oid(r), dg(r, 10)))


@tpl("meter_tsv", "tsv", 1)
def _(r, d):
    emit_row(d, ["uprn", "unit", "meter_serial", "mpan", "read_date", "reading_kwh", "estimated"], "\t")
    for _ in range(6):
        emit_row(d, [uprn(r), "Flat %d" % ri(r, 1, 40), meter(r), mpan(r), fdate(r, rdate(r, 2026, 2026), "iso"), ri(r, 1000, 40000), r.choice(["Y", "N"])], "\t")


@tpl("credit_report_json", "json", 2)
def _(r, d):
    p = Person(r, "us")
    emit_json(d, {"report": {"bureau": r.choice(["Equifax", "TransUnion"]), "pulledFor": loan_ref(r), "subject": {"name": L("PERSON", p.full), "ssn": L("US_SSN", ssn(r)), "dob": L("DATE_OF_BIRTH", fdate(r, p.dob, "us")),
                  "addresses": [{"line": L("ADDRESS", addr(r, "us")), "reported": "2019-04"}, {"line": L("ADDRESS", addr(r, "us")), "reported": "2023-11"}]},
                  "score": {"model": "FICO 8", "value": ri(r, 560, 820)},
                  "tradelines": [{"creditor": r.choice(["Capital One", "Discover", "Ally Financial"]), "account": masked_card(r), "balance": ri(r, 0, 9000), "status": r.choice(["current", "30 days late"])} for _ in range(2)],
                  "inquiries": [{"by": r.choice(LENDERS), "date": "2026-0%d-1%d" % (ri(r, 1, 9), ri(r, 0, 9))}]}})
    d.t("\n")


@tpl("arrears_summary_csv", "csv", 1)
def _(r, d):
    emit_row(d, ["block", "units", "in_arrears", "total_arrears", "avg_days", "rate_change"])
    for b in ["Brunel Building", "Wellington Place", "Ada Lovelace Court", "Churchill Gardens"]:
        emit_row(d, [b, ri(r, 20, 180), ri(r, 0, 30), price(r), ri(r, 10, 90), rate(r)])

# ---------------------------------------------------------------- logs
def ts(r):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (ri(r, 1, 12), ri(r, 1, 28), ri(r, 0, 23), ri(r, 0, 59), ri(r, 0, 59), ri(r, 0, 999))


@tpl("portal_access_log", "log", 2)
def _(r, d):
    for _ in range(ri(r, 5, 8)):
        p = Person(r)
        k = r.choice(["login", "login", "doc_upload", "pw_reset", "view_statement"])
        d.t("%s level=info svc=tenant-portal v=%s event=%s user=" % (ts(r), version(r), k), L("EMAIL", p.email(r)), " src=", L("IP_ADDRESS", r.choice([ipv4(r), ipv4(r), ipv6(r)])))
        if k == "doc_upload":
            d.t(' file="%s" size=%d' % (r.choice(["payslip_march.pdf", "passport_scan.jpg", "bank_statement.pdf"]), ri(r, 20000, 900000)))
        d.t(" session=%s dur_ms=%d\n" % ("%016x" % r.getrandbits(64), ri(r, 3, 900)))


@tpl("payment_gateway_log", "log", 3)
def _(r, d):
    for i in range(ri(r, 5, 7)):
        t = ts(r)
        kind = r.choice(["ok", "ok", "ok", "decline", "badluhn"]) if i != 2 else "raw"
        ip = L("IP_ADDRESS", ipv4(r))
        if kind == "ok":
            d.t("%s INFO  rentpay charge.succeeded amount=%d.00 GBP pan=%s ref=RENT-%s ip=" % (t, ri(r, 400, 3000), masked_card(r).replace(" ", ""), dg(r, 7)), ip, "\n")
        elif kind == "decline":
            d.t("%s WARN  rentpay charge.declined code=05 last4=%s order=%s ip=" % (t, dg(r, 4), order_no(r)), ip, "\n")
        elif kind == "badluhn":
            d.t("%s WARN  rentpay validation.failed field=card_number reason=luhn value=%s ip=" % (t, bad_card(r).replace(" ", "")), ip, "\n")
        else:
            p = Person(r)
            d.t("%s ERROR rentpay upstream 502; dumping request body: {\"cardholder\":\"" % t, L("PERSON", p.plain.upper()), "\",\"number\":\"", L("CREDIT_CARD", card(r, sep="")), "\",\"exp\":\"%02d/%d\",\"email\":\"" % (ri(r, 1, 12), ri(r, 27, 31)), L("EMAIL", p.email(r)), "\"} ip=", ip, "\n")


@tpl("door_access_log", "log", 2)
def _(r, d):
    hub = ipv4(r, "priv")
    d.t("# smart-lock hub firmware %s building=%s\n" % (version(r), r.choice(["Brunel Building", "Victoria Wharf"])))
    for _ in range(ri(r, 5, 8)):
        p = Person(r)
        d.t("%s hub=" % ts(r), L("IP_ADDRESS", hub), " door=%s fob=%s unit=%s resident=\"" % (r.choice(["MAIN", "BIKE", "ROOF", "BIN"]), "%08X" % r.getrandbits(32), "%s-%d" % (r.choice("ABC"), ri(r, 1, 80))), L("PERSON", p.plain), "\" result=%s\n" % r.choice(["GRANTED", "GRANTED", "DENIED_EXPIRED"]))


@tpl("bms_log_nopii", "log", 4)
def _(r, d):
    for _ in range(ri(r, 6, 10)):
        d.t(r.choice([
            "%s bms[%d]: AHU-%d supply_temp=%.1fC setpoint=%.1fC\n" % (ts(r), ri(r, 100, 9999), ri(r, 1, 6), r.uniform(14, 24), r.choice([19.0, 20.5])),
            "%s lift-ctl: car %s fault E%d cleared; controller fw %s\n" % (ts(r), r.choice("AB"), ri(r, 10, 99), version(r)),
            "%s snmp trap oid=%s value=%d\n" % (ts(r), oid(r), ri(r, 0, 100)),
            "%s meter-sync: read %s mpan=%s kwh=%d status=ok\n" % (ts(r), meter(r), mpan(r), ri(r, 100, 90000)),
            "%s deploy: listing-sync build %s tag v%s (sha %s)\n" % (ts(r), dg(r, 8), version(r)[:6], "%07x" % r.getrandbits(28)),
            "%s cron: nightly export listings=%d uprn_missing=%d took=%dms\n" % (ts(r), ri(r, 100, 4000), ri(r, 0, 12), ri(r, 100, 90000)),
            "%s health: GET /healthz 200 from 127.0.0.1 in %dms\n" % (ts(r), ri(r, 1, 20))]))


@tpl("kyc_service_log", "log", 2)
def _(r, d):
    for i in range(ri(r, 4, 6)):
        c = r.choice(["in", "cn", "hk", "ng", "za", "ae", "sa", "tr", "gr", "au"]); p = Person(r, c)
        if i == 1:
            d.t("%s ERROR kyc-worker ocr_mismatch name=\"" % ts(r), L("PERSON", p.plain), "\" doc_type=passport issuing=%s doc_no=" % ISO3[c], passport(r, c), " expected_dob=", L("DATE_OF_BIRTH", p.dob.isoformat()), "\n")
        else:
            d.t("%s INFO  kyc-worker check=%s doc_no=%s****%s result=%s case=KYC-%s\n" % (ts(r), r.choice(["liveness", "doc_authenticity", "sanctions"]), r.choice("AEKMPU"), dg(r, 2), r.choice(["pass", "refer"]), dg(r, 8)))


@tpl("firewall_syslog", "log", 2)
def _(r, d):
    for _ in range(ri(r, 5, 8)):
        proto = r.choice(["TCP", "UDP"]); v6 = r.random() < .25
        src = ipv6(r) if v6 else ipv4(r, r.choice(["pub", "doc"])); dst = ipv6(r) if v6 else ipv4(r, "priv")
        d.t("%s fw01 kernel: [UFW %s] IN=eth0 OUT= SRC=" % (r.choice(["Nov 27 03:14:07", "Nov 27 03:15:51", "Nov 27 04:02:10"]), r.choice(["BLOCK", "ALLOW"])), L("IP_ADDRESS", src), " DST=", L("IP_ADDRESS", dst),
            " PROTO=%s SPT=%d DPT=%d\n" % (proto, ri(r, 1024, 65535), r.choice([22, 443, 3389, 5432, 47808])))


@tpl("mail_delivery_log", "log", 2)
def _(r, d):
    for _ in range(ri(r, 3, 5)):
        p = Person(r); qid = "%010X" % r.getrandbits(40)
        d.t("Nov 27 07:%02d:%02d mx1 postfix/smtpd[%d]: %s: client=mail-%s.outbound.example[" % (ri(r, 0, 59), ri(r, 0, 59), ri(r, 1000, 30000), qid, dg(r, 3)), L("IP_ADDRESS", ipv4(r, "pub")), "]\n")
        d.t("Nov 27 07:%02d:%02d mx1 postfix/qmgr[%d]: %s: from=<" % (ri(r, 0, 59), ri(r, 0, 59), ri(r, 100, 999), qid), L("EMAIL", p.email(r)), ">, size=%d, nrcpt=1 (queue active)\n" % ri(r, 2000, 900000))
        d.t("Nov 27 07:%02d:%02d mx1 postfix/local[%d]: %s: to=<" % (ri(r, 0, 59), ri(r, 0, 59), ri(r, 100, 999), qid), L("EMAIL", r.choice(["lettings", "applications", "maintenance", "accounts"]) + "@" + r.choice(["harbourlets.co.uk", "sunridge-hoa.org"])), ">, status=sent\n")


@tpl("crm_audit_log", "log", 2)
def _(r, d):
    for _ in range(ri(r, 4, 6)):
        s = Person(r, "uk"); t = Person(r)
        act = r.choice(["VIEW", "EXPORT", "UPDATE_DOB", "UPDATE_PHONE"])
        d.t("%s audit actor=" % ts(r), L("EMAIL", "%s.%s@harbourlets.co.uk" % (ascii_fold(s.first).lower(), re.sub(r"[^a-z]", "", ascii_fold(s.last).lower()))), " action=%s record=TEN-%s subject=\"" % (act, dg(r, 6)), L("PERSON", t.plain), "\"")
        if act == "UPDATE_DOB":
            d.t(" old_dob=null new_dob=", L("DATE_OF_BIRTH", t.dob.isoformat()))
        elif act == "UPDATE_PHONE":
            d.t(" new_phone=\"", L("PHONE", phone(r, t.country)), "\"")
        d.t(" from=", L("IP_ADDRESS", ipv4(r, "priv")), "\n")


@tpl("cron_log_nopii", "log", 2)
def _(r, d):
    d.t("=== rent-run %s ===\n" % fdate(r, rdate(r, 2026, 2026), "iso"))
    d.t("loaded tenancies: %d  (blocks: Brunel Building, Wellington Place)\nstanding orders matched: %d\nunmatched refs: %s, %s\n" % (ri(r, 100, 900), ri(r, 90, 800), loan_ref(r), order_no(r)))
    d.t("deposit registrations pending: %d (%s, %s)\nBoE base rate applied: %s; arrears interest at %s over base\n" % (ri(r, 0, 9), deposit_id(r), deposit_id(r), rate(r), rate(r)))
    d.t("masked sample: tenant=*** ****, acct=****%s, card=%s\nfinished in %.2fs exit=0\n" % (dg(r, 4), masked_card(r), r.uniform(1, 90)))

# ---------------------------------------------------------------- email / chat / ticket
@tpl("arrears_email", "email", 3)
def _(r, d):
    t = Person(r); o = Person(r, "uk")
    dom = r.choice(["harbourlets.co.uk", "keystone-pm.com"])
    oe = "%s.%s@%s" % (ascii_fold(o.first).lower(), re.sub(r"[^a-z]", "", ascii_fold(o.last).lower()), dom)
    te = t.email(r)
    d.t("From: ", L("EMAIL", te), "\nTo: ", L("EMAIL", oe), "\nSubject: RE: Rent arrears – %s – %s\nDate: %s\n\n" % (r.choice(["Flat 12, Brunel Building", "Unit 4B Wellington Place"]), "TEN-%s" % dg(r, 6), fdate(r, rdate(r, 2026, 2026), "long")))
    d.t("Hi ", L("PERSON", o.first), ",\n\nSorry I missed your calls. I was in hospital for two weeks with ", L("DIAGNOSIS", r.choice(["a flare of Crohn's disease", "pneumonia", "a mini-stroke (TIA)", "sepsis"])),
        " and my ESA has been suspended. I'm now on ", L("MEDICATION", r.choice(MEDS)), " and back home. Can we agree a plan of %s a week off the arrears?\n\n" % price(r)[:3])
    d.t("Thanks,\n", L("PERSON", t.first), "\n", L("PHONE", phone(r, t.country)), "\n\n")
    d.t("> On %s, " % fdate(r, rdate(r, 2026, 2026), "uk"), L("PERSON", o.plain), " <", L("EMAIL", oe), "> wrote:\n")
    sc, ac = sortcode_acct(r)
    d.t("> Dear ", L("PERSON", t.plain), ",\n> Your account is %s in arrears (%d days). Please pay to our client account,\n> sort code/account " % (price(r)[:-4], ri(r, 30, 120)))
    d.t(L("UK_BANK_ACCOUNT", "%s %s" % (sc, ac)), ", quoting ref %s.\n> This is not a notice seeking possession.\n" % dg(r, 8))


@tpl("conveyancing_email", "email", 3)
def _(r, d):
    b = Person(r); s = Person(r); fe = Person(r, "uk")
    cc = r.choice(["GB", "IE", "ES", "PT", "FR", "DE", "NL", "IT"])
    d.t("From: ", L("EMAIL", "completions@" + r.choice(["pembertonconveyancing.co.uk", "calderwynn.ie"])), "\nTo: ", L("EMAIL", b.email(r)), "\nSubject: Completion statement & funds – %s – Title %s\n\n" % (r.choice(EPONYM_PLACES), title_no(r)))
    d.t("Dear ", L("PERSON", b.full), ",\n\nWe confirm exchange took place today with completion set for %s. Balance required from you: %s.\n\n" % (fdate(r, rdate(r, 2026, 2026), "long"), price(r)))
    d.t("IMPORTANT: our bank details will NEVER change by e-mail. Please call ", L("PHONE", phone(r, "uk")), " to verify before sending. Our client account IBAN is ", L("IBAN", iban(r, cc)), ".\n\n")
    d.t("The seller, ", L("PERSON", s.plain), ", has agreed to leave the white goods. Land Registry: title %s, SDLT return ref %s.\n\nKind regards,\n" % (title_no(r), dg(r, 9)), L("PERSON", fe.plain), "\nConveyancing Executive\n")


@tpl("applicant_chat", "chat", 3)
def _(r, d):
    c = r.choice(["in", "br", "ng", "cn", "tr", "mx", "ae", "es", "it", "pl"]); p = Person(r, c); ag = Person(r, "uk")
    clock = [ri(r, 9, 17) * 60 + ri(r, 0, 20)]

    def tick():
        clock[0] += ri(r, 0, 6)
        return "[%02d:%02d] " % divmod(clock[0], 60)
    d.t(tick(), L("PERSON", ag.first), ": Hi ", L("PERSON", p.first), "! Thanks for applying for the 2-bed on %s. To run referencing we need ID + proof of income.\n" % r.choice(EPONYM_PLACES))
    d.t(tick(), L("PERSON", p.plain), ": ok sending now. passport no ", passport(r, c), " (%s)\n" % COUNTRY_NAME[c])
    if c == "in":
        d.t(tick(), L("PERSON", p.plain), ": also my aadhaar ", L("IN_AADHAAR", aadhaar(r)), " if needed\n")
    if c == "br":
        d.t(tick(), L("PERSON", p.plain), ": meu CPF é ", L("BR_CPF", cpf(r)), "\n")
    if c == "es":
        d.t(tick(), L("PERSON", p.plain), ": y mi NIE ", L("ES_DNI", dni(r, True)), "\n")
    d.t(tick(), L("PERSON", ag.first), ": perfect. And your date of birth?\n")
    d.t(tick(), L("PERSON", p.plain), ": ", L("DATE_OF_BIRTH", fdate(r, p.dob, r.choice(["uk", "long"]))), ". my email is ", L("EMAIL", p.email(r)), "\n")
    d.t(tick(), L("PERSON", ag.first), ": 👍 the holding deposit link expires in 24h. Ref %s\n" % loan_ref(r))


@tpl("broker_slack", "chat", 2)
def _(r, d):
    a, b = Person(r, "uk"), Person(r, "ie"); cl = Person(r)
    d.t("#mortgage-desk\n", L("PERSON", a.first.lower()), "  9:41 AM\nanyone placed a contractor with 9 months history? client is ", L("PERSON", cl.plain), ", day rate £%d, 2 dependants, 1 missed phone payment 2024\n" % ri(r, 350, 900))
    d.t(L("PERSON", b.first.lower()), "  9:44 AM\n%s will do 6 months on day rate x 5 x 46. what LTV?\n" % r.choice(LENDERS))
    d.t(L("PERSON", a.first.lower()), "  9:45 AM\n%d%%, purchase %s, %s fixed quoted at %s. DIP ref %s. NI on file ends ***%s\n" % (ri(r, 75, 90), price(r), r.choice(["2yr", "5yr"]), rate(r), loan_ref(r), dg(r, 2) + r.choice("ABCD")))
    d.t(L("PERSON", b.first.lower()), "  9:47 AM\nwill ping the BDM. don't paste full IDs in here pls 🙏\n")


@tpl("maintenance_ticket", "ticket", 3)
def _(r, d):
    t = Person(r); eng = Person(r, "uk")
    d.t("Ticket #%s  [%s]  Category: %s\nProperty: " % (dg(r, 6), r.choice(["P1", "P2", "P3"]), r.choice(["Heating/hot water", "Lift", "Damp & mould", "Adaptations"])), L("ADDRESS", addr(r, "uk")), "\nReported by: ", L("PERSON", t.plain), " (tenant) via portal, callback ", L("PHONE", phone(r, t.country)), "\n\n")
    d.t("Description:\nno heating since friday. my son has ", L("DIAGNOSIS", r.choice(["sickle cell disease", "cystic fibrosis", "severe asthma", "epilepsy"])), " and cold triggers a crisis, please come asap\n\n")
    d.t("Vulnerability flags: [x] child under 5  [x] medical need  [ ] hearing impaired\nAccess: tenant %s; key safe code given by phone only.\n\n" % r.choice(["works nights, mornings after 11", "uses a wheelchair, allow time", "has a guide dog"]))
    d.t("Internal notes:\n- %s: assigned to " % fdate(r, rdate(r, 2026, 2026), "uk"), L("PERSON", eng.plain), ", van %s\n- boiler serial %s, part ordered (SKU %s)\n- status: awaiting parts\n" % (dg(r, 2), meter(r), "VAL-%s" % dg(r, 5)))


@tpl("eviction_email", "email", 2)
def _(r, d):
    t = Person(r); ll = Person(r, "uk"); so = Person(r, "uk")
    d.t("To: ", L("EMAIL", t.email(r)), "\nCc: ", L("EMAIL", ll.email(r)), "\nSubject: Notice seeking possession – ", L("ADDRESS", addr(r, "uk")), "\n\n")
    d.t("Dear ", L("PERSON", t.full), ",\n\nPlease find attached Form 3 (Section 8 notice) served on behalf of your landlord, ", L("PERSON", ll.full),
        ", on grounds 8, 10 and 11. Arrears at the date of service: %s. Possession proceedings may begin after %s.\n\n" % (price(r)[:-4], fdate(r, rdate(r, 2026, 2026), "long")))
    d.t("We are aware from your previous correspondence that you have ", L("DIAGNOSIS", r.choice(["a brain injury", "depression", "terminal lung cancer"])), ". You may wish to contact Shelter or Citizens Advice. County Court claim no. %s%s%s.\n\n" % (dg(r, 1), r.choice(["QZ", "LS", "MA"]), dg(r, 5)))
    d.t("Yours faithfully,\n", L("PERSON", so.plain), "\nLandlord Action Solicitors\n")


@tpl("resident_newsletter", "email", 2)
def _(r, d):
    d.t("Subject: %s residents update\nList: residents-all (Sunridge Estates HOA)\n\n" % r.choice(["Spring", "Autumn"]))
    d.t("Hello neighbours,\n\nThe pool reopens after %s. Reserve fund contributions rise by %s from April. Window cleaning for blocks A–D: lot %d onward on Tuesday.\n" % (r.choice(HOLIDAYS), rate(r), ri(r, 1, 60)))
    d.t("Congratulations to the %s team at %s on the sale of the former clubhouse (MLS %s) for %s. Next board meeting at %s clubhouse.\n" % (r.choice(AGENCIES), r.choice(EPONYM_PLACES), mls(r), price(r, "$"), r.choice(["Kennedy Plaza", "Wellington Place"])))
    d.t("Parking permits: %s. Questions: use the resident portal, not reply-all.\n\n— The Board\n" % r.choice(["renew by the 30th", "bays 1–40 repainted"]))


@tpl("planned_works_email", "email", 2)
def _(r, d):
    d.t("Subject: Planned works – %s – cladding remediation phase %d\n\nDear Resident,\n\n" % (r.choice(["Brunel Building", "Victoria Wharf", "Ada Lovelace Court"]), ri(r, 1, 3)))
    d.t("Scaffolding goes up on %s (not %s). Works order WO-%s; contractor %s. Fire door surveys for units %d–%d. Electricity will be off 09:00–13:00 in the risers (meter %s).\n" % (
        fdate(r, rdate(r, 2026, 2026), "long"), r.choice(HOLIDAYS), dg(r, 6), r.choice(["Wates", "Morgan Sindall", "Kier"]), ri(r, 1, 20), ri(r, 21, 90), meter(r)))
    d.t("If you need help evacuating, please tell us so we can update the Personal Emergency Evacuation Plan.\n\nEstate Management Team\n")


@tpl("it_ticket_nopii", "ticket", 2)
def _(r, d):
    d.t("INC%s | portal-sync failing for %s feed\nPriority: P3   Assignee group: Integrations\n\n" % (dg(r, 7), r.choice(["Zoopla", "Idealista", "daft.ie"])))
    d.t("Since deploy %s (build %s) the feed rejects listings where floorArea is null. Affected lots: %d. Sample listing ids: %s, %s.\n" % (version(r), dg(r, 8), ri(r, 3, 80), mls(r), mls(r)))
    d.t("Repro: POST /v1/listings with template field {{agent_phone}} left empty → 422. Health check from 127.0.0.1 ok. OID %s.\nWorkaround: re-run nightly export.\n" % oid(r))


@tpl("release_chat_nopii", "chat", 2)
def _(r, d):
    d.t("[10:02] deploybot: listing-sync %s rolled to prod (sha %07x)\n" % (version(r), r.getrandbits(28)))
    d.t("[10:05] ci: 3 flaky tests in test_epc_parser (cert %s)\n" % epc_no(r))
    d.t("[10:07] deploybot: rate table refreshed: 2yr fix %s, 5yr fix %s, tracker base+%s\n" % (rate(r), rate(r), rate(r)))
    d.t("[10:09] ci: uprn backfill done, %d rows, %d title numbers matched (e.g. %s)\n" % (ri(r, 1000, 90000), ri(r, 100, 9000), title_no(r)))


@tpl("corretor_chat", "chat", 2)
def _(r, d):
    p = Person(r, "br"); c = Person(r, "br"); day = fdate(r, rdate(r, 2026, 2026), "uk")
    d.t("WhatsApp — Imobiliária %s\n" % r.choice(["Horizonte", "Casa Nova", "Ipê Amarelo"]))
    d.t("%s 14:%02d - " % (day, ri(r, 0, 59)), L("PERSON", c.first), ": Boa tarde ", L("PERSON", p.first), "! Para a ficha do financiamento preciso do CPF, RG e comprovante de renda.\n")
    d.t("%s 14:%02d - " % (day, ri(r, 0, 59)), L("PERSON", p.plain), ": CPF ", L("BR_CPF", cpf(r)), ", RG %s.%s.%s-%d. Nasci em " % (dg(r, 2), dg(r, 3), dg(r, 3), ri(r, 0, 9)), L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), "\n")
    d.t("%s 14:%02d - " % (day, ri(r, 0, 59)), L("PERSON", p.plain), ": o CPF da minha esposa é ", L("BR_CPF", cpf(r)), " (o outro que mandei, %s, estava errado)\n" % cpf(r, bad=True))
    d.t("%s 14:%02d - " % (day, ri(r, 0, 59)), L("PERSON", c.first), ": Perfeito. Matrícula do imóvel nº %s, IPTU %s. Taxa de juros %s a.a. Simulação enviada para " % (dg(r, 5), dg(r, 11), rate(r)), L("EMAIL", p.email(r)), "\n")


@tpl("landlord_chat", "chat", 2)
def _(r, d):
    ll = Person(r, r.choice(["uk", "il", "hk", "sg", "ae", "sa"])); pm = Person(r, "uk")
    d.t(L("PERSON", ll.plain), ": Any update on rent for %s? Nothing in my account this month.\n" % r.choice(["Flat 7", "Unit 22"]))
    d.t(L("PERSON", pm.plain), ": Hi! Tenant paid late, remittance going out Friday. Can you confirm the account? We have ")
    if ll.country == "uk":
        d.t(L("UK_BANK_ACCOUNT", "%s %s" % sortcode_acct(r)), " on file.\n")
    else:
        d.t(L("IBAN", iban(r, r.choice(["IL", "AE", "SA", "GB"]))), " on file.\n")
    d.t(L("PERSON", ll.plain), ": Yes that's right. Also my new number is ", L("PHONE", phone(r, ll.country)), "\n")
    d.t(L("PERSON", pm.plain), ": Updated ✅ Gas safety cert due %s.\n" % fdate(r, rdate(r, 2026, 2027), "uk"))

# ---------------------------------------------------------------- free text / html
@tpl("listing_html", "html", 3)
def _(r, d):
    ag = Person(r, "uk")
    d.t("<article class=\"listing\" data-mls=\"%s\" data-uprn=\"%s\">\n  <h1>%d bed %s, %s %s</h1>\n  <p class=\"price\">Guide price %s</p>\n" % (mls(r), uprn(r), ri(r, 1, 5), r.choice(["apartment", "townhouse"]), r.choice(EPONYM_PLACES), postcode_uk(r).split()[0], price(r)))
    d.t("  <ul><li>%d sq ft / %d m²</li><li>EPC %s (cert %s)</li><li>Service charge %s p.a.</li><li>Lot %d of the %s development</li></ul>\n" % (ri(r, 500, 2400), ri(r, 45, 220), r.choice("BCD"), epc_no(r), price(r)[:-4], ri(r, 1, 40), r.choice(EPONYM_PLACES)))
    if r.random() < .67:
        d.t("  <div class=\"agent\">Listed by %s. Contact <span>" % r.choice(AGENCIES), L("PERSON", ag.plain), "</span> on <a href=\"tel:x\">", L("PHONE", phone(r, "uk")), "</a></div>\n")
    else:
        d.t("  <div class=\"agent\">Listed by %s. Viewings by appointment.</div>\n" % r.choice(AGENCIES))
    d.t("</article>\n")


@tpl("tenant_profile_html", "html", 2)
def _(r, d):
    p = Person(r)
    d.t("<section id=\"tenant-360\">\n<h2>", L("PERSON", p.full), "</h2>\n<dl>\n  <dt>Tenancy</dt><dd>TEN-%s (AST, 12 months)</dd>\n  <dt>Date of birth</dt><dd>" % dg(r, 6), L("DATE_OF_BIRTH", fdate(r, p.dob, "long")), "</dd>\n")
    d.t("  <dt>Correspondence address</dt><dd>", L("ADDRESS", "<br>".join(address(r, p.country))), "</dd>\n  <dt>Email</dt><dd>", L("EMAIL", p.email(r)), "</dd>\n  <dt>Mobile</dt><dd>", L("PHONE", phone(r, p.country)), "</dd>\n")
    d.t("  <dt>Support needs</dt><dd>Hearing impaired – uses text relay; ", L("DIAGNOSIS", r.choice(["profound deafness", "Ménière's disease", "autism spectrum disorder"])), "</dd>\n")
    d.t("  <dt>Card on file</dt><dd>%s</dd>\n</dl>\n</section>\n" % masked_card(r))


@tpl("inspection_report", "free_text", 2)
def _(r, d):
    t = Person(r); insp = Person(r, "uk")
    d.t("MID-TERM INSPECTION & INVENTORY CHECK\nProperty: ", L("ADDRESS", addr(r, "uk")), "\nTenant(s) present: ", L("PERSON", t.plain), "\nInspector: ", L("PERSON", insp.plain), "   Date: %s\n\n" % fdate(r, rdate(r, 2026, 2026), "long"))
    d.t("Kitchen: worktop burn mark (new), extractor not working. Hob serial %s.\nBathroom: black mould above shower, silicone perished.\n" % meter(r))
    d.t("Bedroom 2: condensation on windows; tenant explained that ", r.choice(["her daughter", "his partner", "she"]), " has ", L("DIAGNOSIS", r.choice(["asthma", "COPD", "eczema"])), " and keeps windows shut in winter.\n")
    d.t("Meters: elec %s reading %d; gas %s reading %d.\nSmoke alarms tested: OK. CO alarm: OK.\nOverall: fair. Photos 1–%d in app (job %s).\n" % (meter(r), ri(r, 1000, 60000), meter(r), ri(r, 100, 9000), ri(r, 20, 90), dg(r, 8)))


@tpl("hoa_minutes", "free_text", 3)
def _(r, d):
    chair = Person(r, "us"); sec = Person(r, r.choice(["us", "mx", "ca"])); o1 = Person(r); o2 = Person(r, "us")
    d.t("SUNRIDGE ESTATES HOA — MINUTES OF THE BOARD MEETING, %s\nPresent: " % fdate(r, rdate(r, 2026, 2026), "usl"), L("PERSON", chair.plain), " (President), ", L("PERSON", sec.plain), " (Secretary), 14 owners in person, 6 by proxy.\n\n")
    d.t("1. Reserve study: balance %s; special assessment of $%d per lot approved 5–2.\n" % (price(r, "$"), ri(r, 200, 1500)))
    d.t("2. Lot %d (owner " % ri(r, 1, 240), L("PERSON", o1.plain), ") requested approval for a wheelchair ramp and widened gate; owner's spouse has ", L("DIAGNOSIS", r.choice(["ALS", "muscular dystrophy", "multiple sclerosis"])), ". Approved as a reasonable accommodation.\n")
    d.t("3. Delinquencies: three lots over 90 days; lien to be filed on parcel %s. " % apn(r))
    d.t("Owner ", L("PERSON", o2.plain), " disputed late fees; asked to contact management at ", L("EMAIL", "board@sunridge-hoa.org"), ".\n")
    d.t("4. Landscaping: bid from %s accepted. The pool deck is 'a disaster waiting to happen' per the insurer.\n5. Next meeting after %s.\n" % (r.choice(["Ramirez Brothers Landscaping", "Wells & Sons"]), r.choice(HOLIDAYS)))


@tpl("hoa_minutes_nopii", "free_text", 1)
def _(r, d):
    d.t("Annual General Meeting – summary for owners\nQuorum reached (units 1–%d represented). Budget approved: service charge up %s. Major works on %s deferred. " % (ri(r, 40, 90), rate(r), r.choice(EPONYM_PLACES)))
    d.t("Managing agent %s reappointed. EPC upgrades for lots %d–%d. The Great Depression-era boiler house will be listed. Next AGM after %s.\n" % (r.choice(AGENCIES), ri(r, 1, 9), ri(r, 10, 30), r.choice(HOLIDAYS)))


@tpl("completion_statement", "free_text", 2)
def _(r, d):
    b = Person(r); s = Person(r)
    d.t("COMPLETION STATEMENT\nMatter: CNV/%s   Property: %s (title %s)   Completion date: %s\n" % (dg(r, 5), r.choice(EPONYM_PLACES), title_no(r), fdate(r, rdate(r, 2026, 2026), "uk")))
    d.t("Buyer(s): ", L("PERSON", b.full), "   Seller(s): ", L("PERSON", s.full), "\n\n")
    pr = ri(r, 180, 900) * 1000; dep = pr // 10; mort = pr - dep - ri(r, 5, 60) * 1000
    d.t("Purchase price                     £%s\nLess deposit paid on exchange      £%s\nMortgage advance (%s) £%s\nSDLT                               £%s\nLand Registry fee                  £%d\nOur fees incl. VAT                 £%s\n" % (
        format(pr, ","), format(dep, ","), r.choice(LENDERS)[:18], format(mort, ","), format(ri(r, 0, 40000), ","), r.choice([150, 295, 540]), format(ri(r, 900, 2500), ",")))
    d.t("BALANCE DUE FROM YOU               £%s\n\nPay by CHAPS to our client account: " % format(pr - dep - mort + ri(r, 2000, 40000), ","), L("UK_BANK_ACCOUNT", "%s %s" % sortcode_acct(r)), " (%s). Reference: CNV/%s.\n" % (r.choice(["Barclays", "NatWest"]), dg(r, 5)))


@tpl("credit_report_text", "free_text", 2)
def _(r, d):
    p = Person(r, r.choice(["uk", "us"]))
    d.t("CREDIT FILE EXTRACT (soft search for lettings referencing)\nName: ", L("PERSON", p.lastfirst), "\nDate of birth: ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk" if p.country == "uk" else "us")), "\n")
    d.t("Addresses linked:\n  ", L("ADDRESS", addr(r, p.country)), " (current)\n  ", L("ADDRESS", addr(r, p.country)), " (2019–2023)\n")
    d.t("Electoral roll: yes   Financial associates: ", L("PERSON", Person(r, p.country).plain), "\n")
    d.t("Accounts: mortgage %s (settled), credit card %s — 2 late payments, mobile contract default £%d.\n" % (loan_ref(r), masked_card(r), ri(r, 80, 900)))
    d.t("Public records: %s\nScore band: %s\n" % (r.choice(["none", "CCJ £1,240 (satisfied)", "bankruptcy discharged 2017"]), r.choice(["Fair", "Good", "Poor"])))


@tpl("market_report", "free_text", 4)
def _(r, d):
    d.t("%s housing market note — %s\n\n" % (r.choice(["Leeds", "Dublin", "Lisbon", "Toronto", "Austin"]), r.choice(["Q1", "Q2", "Q3"])))
    d.t("Average two-year fixed rates eased to %s while five-year fixes sat at %s; the typical APRC on a 90%% LTV product is %s. " % (rate(r), rate(r), rate(r)))
    d.t("Asking prices rose to %s on average, and new-build schemes such as %s and %s are offering 5%% deposit deals. " % (price(r), r.choice(EPONYM_PLACES), r.choice(EPONYM_PLACES)))
    d.t("Agents at %s and %s report fewer first-time buyers. Analysts see no repeat of the Great Depression, but a depression in transaction volumes through %s is likely. " % (r.choice(AGENCIES), r.choice(AGENCIES), r.choice(HOLIDAYS)))
    d.t("Rents grew %s year on year; average floor area of new lets was %d sq ft.\n" % (rate(r), ri(r, 500, 900)))


@tpl("tenancy_agreement", "free_text", 2)
def _(r, d):
    ll = Person(r); t1 = Person(r); g = Person(r)
    d.t("ASSURED SHORTHOLD TENANCY AGREEMENT\n\nTHIS AGREEMENT is made on %s BETWEEN\n(1) the Landlord: " % fdate(r, rdate(r, 2026, 2026), "long"), L("PERSON", ll.full), " of ", L("ADDRESS", addr(r, ll.country)), ";\n")
    d.t("(2) the Tenant: ", L("PERSON", t1.full), " (date of birth ", L("DATE_OF_BIRTH", fdate(r, t1.dob, "long")), ");\n(3) the Guarantor: ", L("PERSON", g.full), " of ", L("ADDRESS", addr(r, g.country)), ".\n\n")
    d.t("PROPERTY: ", L("ADDRESS", addr(r, "uk")), " (UPRN %s)\nTERM: 12 months from %s. RENT: %s per calendar month. DEPOSIT: %s protected with the DPS (ID %s).\n" % (uprn(r), fdate(r, rdate(r, 2026, 2026), "long"), price(r)[:-4].replace(",", ""), price(r)[:-4], deposit_id(r)))
    d.t("Notices may be served by e-mail to ", L("EMAIL", t1.email(r)), ".\n")


@tpl("intl_crm_notes", "free_text", 3)
def _(r, d):
    c = r.choice(["es", "it", "fr", "de", "pt", "br"]); p = Person(r, c); ag = Person(r, "uk")
    if c == "es":
        d.t("Nota CRM (%s): llamé a " % fdate(r, rdate(r, 2026, 2026), "dots"), L("PERSON", p.plain), ", compradora de Bilbao. Para la reserva necesitamos su NIF ", L("ES_DNI", dni(r)), " y fecha de nacimiento ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), ". Teléfono ", L("PHONE", phone(r, "es")), ".\n")
        d.t("Ojo: el DNI que envió primero (%s) tenía la letra mal.\n" % dni(r, bad=True))
    elif c == "it":
        d.t("Nota: la sig.ra " if p.sex == "F" else "Nota: il sig. ", L("PERSON", p.plain), " (nata il " if p.sex == "F" else " (nato il ", L("DATE_OF_BIRTH", fdate(r, p.dob, "dots")), ") acquista il bilocale in ", r.choice(EPONYM_PLACES), ". Codice fiscale ", L("IT_FISCAL_CODE", cf(p, r)), ". Mutuo con %s al %s.\n" % (r.choice(LENDERS), rate(r)))
    elif c == "fr":
        d.t("Compte-rendu d'appel — ", L("PERSON", p.full), ", née le " if p.sex == "F" else ", né le ", L("DATE_OF_BIRTH", fdate(r, p.dob, "long")), ". Numéro de sécurité sociale ", L("FR_NIR", nir(r, p)), " fourni pour le dossier de prêt. Adresse actuelle : ", L("ADDRESS", addr(r, "fr")), ".\n")
    elif c == "de":
        d.t("Gesprächsnotiz: Herr/Frau ", L("PERSON", p.plain), " möchte die Wohnung in der ", r.choice(["Rue Victor Hugo", "Via Giuseppe Garibaldi"]), " kaufen. Steuer-ID ", L("DE_TAX_ID", steuer(r)), ", Gehalt %s brutto. E-Mail: " % price(r, "€"), L("EMAIL", p.email(r)), ".\n")
        d.t("(Alte Steuer-ID %s war ungültig – Prüfziffer falsch.)\n" % steuer(r, bad=True))
    else:
        d.t("Registo de chamada: ", L("PERSON", p.plain), ", nascido em ", L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")), ", quer arrendar T2 em Lisboa. ")
        if c == "br":
            d.t("CPF ", L("BR_CPF", cpf(r)), ". ")
        d.t("Passaporte ", passport(r, c), ". Fiador: ", L("PERSON", Person(r, c).plain), ".\n")
    d.t("— ", L("PERSON", ag.first), " (%s)\n" % r.choice(AGENCIES))


@tpl("witness_statement", "free_text", 1)
def _(r, d):
    w = Person(r, "uk"); t = Person(r)
    d.t("IN THE COUNTY COURT AT %s          Claim No: %s%s%s\nBETWEEN %s HOUSING LTD (Claimant) and " % (r.choice(["LEEDS", "BRISTOL"]), dg(r, 1), r.choice(["LS", "BS"]), dg(r, 5), r.choice(["RIVERSIDE", "KEYSTONE"])), L("PERSON", t.full.upper()), " (Defendant)\n\n")
    d.t("WITNESS STATEMENT OF ", L("PERSON", w.full.upper()), "\n\n1. I am a Housing Officer employed by the Claimant. The Defendant occupies ", L("ADDRESS", addr(r, "uk")), ".\n")
    d.t("2. On %s I visited with the Defendant's support worker. The Defendant told me she had been diagnosed with " % fdate(r, rdate(r, 2025, 2026), "long"), L("DIAGNOSIS", r.choice(["breast cancer", "bipolar disorder", "COPD"])), " and was unable to work.\n")
    d.t("3. The arrears are %s. I believe the facts in this statement are true.\n" % price(r)[:-4])


@tpl("html_nopii", "html", 2)
def _(r, d):
    d.t("<html><head><title>Mortgage calculator | %s</title></head><body>\n<form id=\"calc\">\n  <label>Property price <input name=\"price\" value=\"%s\"></label>\n  <label>Deposit <input name=\"dep\" value=\"10%%\"></label>\n  <label>Rate <input name=\"rate\" value=\"%s\"></label>\n" % (r.choice(AGENCIES), price(r), rate(r)))
    d.t("  <label>Full Name <input name=\"name\" placeholder=\"Jane Doe\"></label>\n  <label>Date Of Birth <input type=\"date\" name=\"dob\"></label>\n  <label>Email <input name=\"email\" placeholder=\"you@example.com\"></label>\n</form>\n")
    d.t("<p>Representative example: borrowing %s over 25 years at %s fixed, then %s variable; APRC %s. Your home may be repossessed if you do not keep up repayments.</p>\n<footer>Registered office: %s. v%s</footer>\n</body></html>\n" % (price(r), rate(r), rate(r), rate(r), r.choice(EPONYM_PLACES), version(r)))


@tpl("privacy_notice", "free_text", 1)
def _(r, d):
    d.t("Privacy notice for applicants\n\nWe collect your name, date of birth, passport or driving licence number, National Insurance number, bank details and, where you tell us, health information relevant to adaptations. ")
    d.t("We share data with referencing agencies, deposit schemes (e.g. DPS, mydeposits) and lenders such as %s. Data is kept for 6 years after the tenancy ends. Contact our DPO via the portal.\n" % r.choice(LENDERS))


@tpl("mortgage_offer", "free_text", 2)
def _(r, d):
    p = Person(r, r.choice(["uk", "ie", "au", "za", "ca"])); q = Person(r, p.country)
    d.t("MORTGAGE OFFER\nOffer ref: %s   Application: %s   Date: %s\n\nBorrower(s): " % (loan_ref(r), loan_ref(r), fdate(r, rdate(r, 2026, 2026), "long")), L("PERSON", p.full), " and ", L("PERSON", q.full), "\nCorrespondence: ", L("ADDRESS", addr(r, p.country)), "\n")
    d.t("Security property: %s, title %s\nLoan amount: %s   Term: %d years   Initial rate: %s fixed until 2031, then lender variable rate; APRC %s\n" % (r.choice(EPONYM_PLACES), title_no(r), price(r), ri(r, 20, 35), rate(r), rate(r)))
    d.t("Special conditions: valuation retention nil; %s to be redeemed on completion.\nThis offer is valid for 6 months.\n" % r.choice(["existing loan " + loan_ref(r), "help-to-buy equity loan"]))


@tpl("viewing_feedback", "free_text", 1)
def _(r, d):
    v = Person(r); n = Person(r, "uk")
    d.t("Viewing feedback – %s – %s\n" % (mls(r), r.choice(EPONYM_PLACES)))
    d.t("Viewer: ", L("PERSON", v.plain), " (", L("PHONE", phone(r, v.country)), "). Liked the light, worried about the lift as ", L("PERSON", v.first), "'s mother lives with them and has ", L("DIAGNOSIS", r.choice(["dementia", "Parkinson's disease", "heart failure"])), ".\n")
    d.t("Negotiator: ", L("PERSON", n.plain), ". Offer expected below %s.\n" % price(r))


# ================================================================ build, validate, write
SEP_RE = re.compile(r"[ \-./]")


def leak_check(text, ents):
    covered = [(e["start"], e["end"]) for e in ents]
    def free(a, b):
        return all(b <= s or a >= e for s, e in covered)
    probs = []
    for m in re.finditer(r"(?<![\w.])(?:\d[ -]?){12,18}\d(?![\w.])", text):
        s = re.sub(r"\D", "", m.group())
        if 13 <= len(s) <= 19 and s[0] in "3456" and luhn_ok(s) and free(*m.span()):
            if s[:2] in ("34", "37") or s[0] == "4" or s[:2] in ("51", "52", "53", "54", "55") or s[:4] == "6011" or 2221 <= int(s[:4]) <= 2720:
                probs.append(("card", m.group()))
    for m in re.finditer(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", text):
        if ssn_ok(m.group()) and free(*m.span()):
            probs.append(("ssn", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group()) and free(*m.span()):
            probs.append(("iban", m.group()))
    return probs


def validate(doc):
    text = doc["text"]; ents = doc["entities"]
    assert doc["format"] in FORMATS, doc["format"]
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        s = text[e["start"]:e["end"]]
        assert s and s == s.strip(), (doc["id"], e, repr(s))
        assert e["start"] >= prev, ("overlap", doc["id"], e)
        prev = e["end"]
        chk = CHECKS.get(e["type"])
        if chk:
            assert chk(s), ("checksum", doc["id"], e["type"], s)
    lvl = max([LEVEL[e["type"]] for e in ents], key=lambda x: RANK[x], default="INTERNAL")
    assert lvl == doc["classification"]
    assert not re.search(r"%[sd]|%\(|%0\d", text), (doc["id"], "unformatted")
    f = doc["format"]
    if f in ("json", "fhir_json"):
        json.loads(text)
    elif f == "ndjson":
        for line in text.strip().split("\n"):
            json.loads(line)
    elif f in ("csv", "tsv"):
        delim = "\t" if f == "tsv" else (";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
        assert len(set(len(x) for x in rows if x)) == 1, (doc["id"], [len(x) for x in rows])
    lk = leak_check(text, ents)
    assert not lk, (doc["id"], lk)


def build():
    docs = []
    for name, fmt, n, fn in TEMPLATES:
        for i in range(n):
            r = random.Random("%s:%s:%d" % (SEED, name, i))
            d = Doc(); fn(r, d)
            ents = sorted(d.ents, key=lambda e: e["start"])
            cls = max([LEVEL[e["type"]] for e in ents], key=lambda x: RANK[x], default="INTERNAL")
            doc = {"id": "h23_%s-%d" % (name, i), "text": d.text(), "entities": ents, "classification": cls, "format": fmt}
            validate(doc)
            docs.append(doc)
    ids = [x["id"] for x in docs]; assert len(ids) == len(set(ids))
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # re-read and re-validate
    back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    for doc in back:
        validate(doc)
    return docs


def report(docs):
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for x in docs if not x["entities"]))
    for title, cnt in (("classification", Counter(x["classification"] for x in docs)), ("format", Counter(x["format"] for x in docs)),
                       ("entity type", Counter(e["type"] for x in docs for e in x["entities"]))):
        print("\n%s:" % title)
        for k, v in cnt.most_common():
            print("  %-30s %d" % (k, v))


if __name__ == "__main__":
    report(build())
