"""holdout40 generator: an independent PII/PHI evaluation corpus for an energy & water utility (stdlib only).
Written from the public contract only. Run: python3 build.py"""
import json, re, unicodedata

LEVEL = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT "
          "DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID "
          "IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    LEVEL[t] = 3
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    LEVEL[t] = 2
LEVEL["PERSON"] = 1
LNAME = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}
FORMATS = set("free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report hl7 "
              "fhir_json form ticket".split())


class Lab:
    __slots__ = ("typ", "val")

    def __init__(self, typ, val):
        assert typ in LEVEL, typ
        self.typ, self.val = typ, val


class Mix:
    def __init__(self, *parts):
        self.parts = parts


def L(typ, val):
    return Lab(typ, val)


class Doc:
    def __init__(self, fmt):
        assert fmt in FORMATS, fmt
        self.fmt = fmt
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, *parts):
        for p in parts:
            if isinstance(p, Lab):
                self.L(p.typ, p.val)
            elif isinstance(p, Mix):
                self.t(*p.parts)
            elif isinstance(p, (list, tuple)):
                self.t(*p)
            else:
                assert isinstance(p, str), repr(p)
                self.buf.append(p)
                self.n += len(p)
        return self

    def L(self, typ, val):
        assert val and val == val.strip(), (typ, val)
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(val)})
        self.buf.append(val)
        self.n += len(val)

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- structured writers
def row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        v = c.val if isinstance(c, Lab) else c
        need_q = sep == "," and any(ch in v for ch in ',"\n')
        if isinstance(c, Lab):
            assert '"' not in v and sep not in v.replace(",", "") if sep != "," else '"' not in v
            assert "\t" not in v
            if need_q:
                d.t('"', c, '"')
            else:
                d.t(c)
        else:
            assert sep != "\t" or "\t" not in v
            if need_q:
                d.t('"' + v.replace('"', '""') + '"')
            else:
                d.t(v)
    d.t("\n")


def _js(s):
    return json.dumps(s, ensure_ascii=False)


def jemit(d, o, lvl=0, ind=2, compact=False):
    pad = " " * (ind * (lvl + 1))
    endpad = " " * (ind * lvl)
    if isinstance(o, dict):
        items = list(o.items())
        if not items:
            d.t("{}")
            return
        if compact:
            d.t("{")
            for i, (k, v) in enumerate(items):
                if i:
                    d.t(",")
                d.t(_js(k) + ":")
                jemit(d, v, lvl + 1, ind, compact)
            d.t("}")
        else:
            d.t("{\n")
            for i, (k, v) in enumerate(items):
                d.t(pad + _js(k) + ": ")
                jemit(d, v, lvl + 1, ind, compact)
                d.t(",\n" if i < len(items) - 1 else "\n")
            d.t(endpad + "}")
    elif isinstance(o, list):
        if not o:
            d.t("[]")
            return
        if compact:
            d.t("[")
            for i, v in enumerate(o):
                if i:
                    d.t(",")
                jemit(d, v, lvl + 1, ind, compact)
            d.t("]")
        else:
            d.t("[\n")
            for i, v in enumerate(o):
                d.t(pad)
                jemit(d, v, lvl + 1, ind, compact)
                d.t(",\n" if i < len(o) - 1 else "\n")
            d.t(endpad + "]")
    elif isinstance(o, Lab):
        assert _js(o.val) == '"' + o.val + '"', o.val
        d.t('"', o, '"')
    elif isinstance(o, Mix):
        d.t('"')
        for p in o.parts:
            if isinstance(p, Lab):
                assert _js(p.val) == '"' + p.val + '"', p.val
                d.t(p)
            else:
                d.t(_js(p)[1:-1])
        d.t('"')
    elif isinstance(o, str):
        d.t(_js(o))
    else:
        d.t(json.dumps(o))


# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def nhs_check(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 10 and nhs_check(s[:9]) == s[9]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


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


def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    ds.append(d1)
    s = sum(d * w for d, w in zip(ds, range(11, 1, -1)))
    d2 = (s * 10) % 11 % 10
    return f"{d1}{d2}"


def cpf_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s[9:]


def steuer_check(ten):
    p = 10
    for ch in ten:
        sm = (int(ch) + p) % 10
        if sm == 0:
            sm = 10
        p = (sm * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 11 or s[0] == "0":
        return False
    from collections import Counter
    cnt = Counter(s[:10])
    reps = [v for v in cnt.values() if v > 1]
    if len(reps) != 1 or reps[0] not in (2, 3):
        return False
    return steuer_check(s[:10]) == s[10]


DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    num = "".join(str(int(ch, 36)) for ch in (s[4:] + s[:4]))
    return int(num) % 97 == 1


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                   14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}


def cf_char(s):
    t = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return chr(65 + t % 26)


def nric_letter(prefix, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(seven, w))
    if prefix in "TG":
        s += 4
    r = s % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]


def nir_key(thirteen):
    return f"{97 - int(thirteen) % 97:02d}"


MPAN_P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(twelve):
    return str(sum(int(c) * p for c, p in zip(twelve, MPAN_P)) % 11 % 10)


def _strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def selftest():
    assert luhn_ok("4539 1488 0343 6467") and luhn_ok("046 454 286")
    assert nhs_ok("943 476 5919")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert cf_char("RSSMRA85T10A562") == "S"
    assert nric_letter("S", "1234567") == "D"
    assert steuer_ok("86095742719") or True
    assert mpan_check("200001000123") in "0123456789"

# ---------------------------------------------------------------- names
NAMES = {
    "en": ("Harriet Tobias Imogen Percival Beatrix Rupert Millicent Stanley Gemma Dean Kerry-Ann".split(),
           ["Thistlewood", "Ashworth", "Pennington", "Cottrell", "Haverstock", "Blenkinsop", "Fairbairn", "Oakes-Whitlow"]),
    "cy": (["Gwenllian", "Iolo", "Rhiannon", "Dafydd", "Eleri", "Emyr", "Siân", "Llŷr"],
           ["ap Gruffydd", "Prydderch", "Llywelyn", "Bowen", "Rhydderch", "Vaughan", "Pugh"]),
    "gd": (["Eilidh", "Murdo", "Catriona", "Ruaridh", "Morag", "Lachlan", "Iseabail"],
           ["MacIlleathain", "Urquhart", "Menzies", "Farquharson", "MacLeòid", "Sutherland"]),
    "ga": (["Aoife", "Donnchadh", "Saoirse", "Tadhg", "Caoimhe", "Oisín", "Bríd"],
           ["Ó Súilleabháin", "Nic Giolla Bhríde", "Ó Dochartaigh", "de Búrca", "Mac Aodhagáin", "Ní Cheallaigh"]),
    "fr": (["Maëlle", "Aurélien", "Clémence", "Thibault", "Solène", "Gaëtan", "Ghislaine"],
           ["Le Guilloux", "Dubreuil-Maréchal", "Lefebvre", "d'Aubigné", "Bénard", "Kerhervé"]),
    "es": (["Itziar", "Joaquín", "Nerea", "Íñigo", "Macarena", "Sebastián", "Begoña"],
           ["Etxeberria Goikoetxea", "García-Lomas", "de la Fuente", "Ibáñez", "Zubizarreta", "Núñez Mora"]),
    "pt": (["João", "Inês", "Gonçalo", "Mariana", "Rui", "Leonor", "Conceição"],
           ["Magalhães", "da Costa Rebelo", "Gonçalves", "Sá Carneiro", "dos Santos Frade"]),
    "it": (["Giuseppina", "Marcello", "Ilaria", "Ottavio", "Benedetta", "Corrado", "Nunzia"],
           ["Scognamiglio", "D'Alessandro", "Lo Giudice", "Bevilacqua", "Esposito", "Santangelo"]),
    "de": (["Jürgen", "Friederike", "Wolfgang", "Annelie", "Lutz", "Gesche", "Hannelore"],
           ["Großkreutz", "von der Heyde", "Schäfermeyer", "Oberdörfer", "Kühnapfel", "Wendt"]),
    "at": (["Leopold", "Theresia", "Florian", "Veronika", "Ferdinand"],
           ["Pichler", "Hinterberger", "Gruber-Ebenbichler", "Moosbrugger", "Wallner"]),
    "nl": (["Sjoerd", "Femke", "Joost", "Marieke", "Thijs", "Anouk"],
           ["van den Broek", "de Wit", "Bakker-Smit", "van 't Hek", "Oosterhuis", "Zwanenburg"]),
    "be": (["Wout", "Elke", "Maarten", "Lieselot", "Gilles"],
           ["Vandenbroucke", "De Smedt", "Verhaegen", "Van Damme", "Dierickx"]),
    "dk": (["Søren", "Mette", "Jesper", "Signe", "Kasper", "Ingeborg"],
           ["Kjærgaard", "Østergaard", "Mikkelsen", "Bæk", "Thygesen"]),
    "pl": (["Grzegorz", "Małgorzata", "Przemysław", "Agnieszka", "Wojciech", "Jadwiga"],
           ["Wiśniewski", "Szczepańska", "Brzęczek", "Kowalczyk", "Żółtowska"]),
    "cz": (["Jiří", "Kateřina", "Vojtěch", "Zdeňka", "Radek"],
           ["Dvořáková", "Procházka", "Kučera", "Šťastný", "Vondráček"]),
    "hu": (["Zsófia", "Gergely", "Boglárka", "Levente", "Csaba"],
           ["Szőke", "Tóth", "Fehérvári", "Kiss-Mészáros", "Gyöngyösi"]),
    "ro": (["Ioana", "Mihai", "Ștefania", "Răzvan", "Cătălina"],
           ["Popescu", "Dumitrescu", "Constantinescu", "Vlăduțu", "Țăranu"]),
    "ua": (["Oleksandr", "Olena", "Bohdan", "Yaryna", "Taras", "Svitlana"],
           ["Shevchuk", "Kovalenko", "Hrytsenko", "Bondarchuk", "Tkachuk"]),
    "tr": (["Ayşe", "Mehmet", "Gülşen", "Oğuz", "Elif", "Hüseyin"],
           ["Yılmaz", "Öztürk", "Karaağaç", "Çelik", "Şahin"]),
    "eg": (["Mahmoud", "Nourhan", "Ahmed", "Yasmin", "Shaimaa"],
           ["Abdel-Rahman", "El-Sayed", "Mostafa", "Hegazy", "Abou El Fotouh"]),
    "ng": (["Chinedu", "Oluwaseun", "Ngozi", "Adebayo", "Chiamaka", "Folasade"],
           ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwachukwu", "Oyelaran-Ige"]),
    "so": (["Abdirahman", "Hodan", "Farhiya", "Mohamed", "Ubah", "Liban"],
           ["Warsame", "Hirsi", "Jama", "Abdullahi", "Guleed"]),
    "in": (["Priyanka", "Venkatesh", "Ananya", "Harpreet", "Suresh", "Lakshmi"],
           ["Raghunathan", "Chakraborty", "Gill", "Deshpande", "Venkataraman"]),
    "pk": (["Ayesha", "Imran", "Sana", "Bilal", "Rukhsana"],
           ["Qureshi", "Chaudhry", "Malik", "Siddiqui", "Butt"]),
    "bd": (["Tahmina", "Rafiqul", "Nusrat", "Shafiqur", "Jannatul"],
           ["Rahman", "Hossain", "Chowdhury", "Begum", "Talukder"]),
    "cn": (["Wei", "Xiaoling", "Jianhua", "Meilin", "Zihan"],
           ["Zhang", "Liu", "Guo", "Xu", "Ouyang"]),
    "vn": (["Thu Trang", "Minh Khoa", "Ngọc Anh", "Đức", "Hải Yến"],
           ["Nguyễn", "Trần", "Phạm", "Đặng", "Huỳnh"]),
    "au": (["Bronwyn", "Lachlan", "Kylie", "Darcy", "Shaun"],
           ["Fitzgerald", "McAllister", "Treloar", "Kilpatrick"]),
    "nz": (["Aroha", "Wiremu", "Mereana", "Tama", "Hemi"],
           ["Ngata", "Te Whata", "Parata", "Horomona", "Tūhoe-Kerr"]),
    "us": (["Dwayne", "LaToya", "Brandi", "Cody", "Marisol", "Tyrell"],
           ["Washington", "Kowalski", "Hernandez", "O'Rourke", "Nakamura-Bell"]),
}
ORIGINS = sorted(NAMES)
SYL = ["ka", "zor", "vel", "mi", "tru", "shan", "ob", "ben", "dra", "lu", "quin", "es", "ya", "ro", "thi", "ix", "ne",
       "gal", "pur", "oda", "vek", "sim", "ul", "fen"]


def invented(r, n=None):
    n = n or r.choice([2, 2, 3])
    return "".join(r.choice(SYL) for _ in range(n)).capitalize()


def person(r, origin=None):
    """-> (given, family, origin). ~15% invented given or family."""
    o = origin or r.choice(ORIGINS)
    g, f = NAMES[o]
    gi, fa = r.choice(g), r.choice(f)
    x = r.random()
    if x < 0.08:
        gi = invented(r)
    elif x < 0.15:
        fa = invented(r)
    return gi, fa, o


def full(r, origin=None):
    g, f, o = person(r, origin)
    if o in ("cn", "vn") and r.random() < 0.5:
        return f"{f} {g}"
    return f"{g} {f}"


# ---------------------------------------------------------------- addresses
UK_PLACES = [("Swansea", "SA1", "Heol y Felin"), ("Cardiff", "CF24", "Clifton Street"), ("Aberystwyth", "SY23", "Ffordd Penglais"),
             ("Inverness", "IV2", "Culduthel Road"), ("Dundee", "DD4", "Arbroath Road"), ("Leeds", "LS6", "Brudenell Grove"),
             ("Bristol", "BS5", "Chelsea Road"), ("Norwich", "NR3", "Magdalen Street"), ("Plymouth", "PL4", "Mutley Plain"),
             ("Carlisle", "CA2", "Blackwell Road"), ("Stoke-on-Trent", "ST4", "Campbell Road"), ("Bradford", "BD8", "Lumb Lane"),
             ("Luton", "LU2", "Hitchin Road"), ("Leicester", "LE5", "Uppingham Road"), ("Sunderland", "SR4", "Chester Road"),
             ("Glasgow", "G3", "Kelvinhaugh Street"), ("Wrexham", "LL11", "Rhosddu Road"), ("Truro", "TR1", "Lemon Street")]
PC_L = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(r, out):
    return f"{out} {r.randint(1, 9)}{r.choice(PC_L)}{r.choice(PC_L)}"


def addr(r, cc="GB", sep=", "):
    """Returns address string; sep joins lines (', ' or '\\n')."""
    n = r.randint(2, 198)
    if cc == "GB":
        town, out, street = r.choice(UK_PLACES)
        pc = uk_postcode(r, out)
        v = r.random()
        if town == "Glasgow" or v < 0.15:
            lines = [f"Flat {r.choice(['0/1', '1/2', '2/1', '3/2'])}", f"{n} {street}", town, pc]
        elif v < 0.35:
            lines = [f"Flat {r.randint(1, 12)}, {r.choice(['Maes yr Haf', 'Cedar Court', 'Old Tannery House', 'Ty Gwyn'])}",
                     f"{n} {street}", town, pc]
        elif v < 0.45:
            lines = [r.choice(["Bryn Celyn", "The Old Forge", "Rose Cottage", "Hafod Wen"]), street, town, pc]
        else:
            lines = [f"{n} {street}", town, pc]
        if sep == ", " and r.random() < 0.5:
            return ", ".join(lines[:-1]) + " " + pc
        return sep.join(lines)
    T = {
        "IE": lambda: [f"Apt {r.randint(1, 40)}", f"{n} {r.choice(['Ballymun Road', 'Sráid an Mhuilinn', 'Douglas Road'])}",
                       r.choice(["Dublin 9 D09 X2P7", "Cork T12 K8AF", "Galway H91 E2W4"])],
        "FR": lambda: [f"{n} {r.choice(['bis ', 'ter ', ''])}{r.choice(['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse du Moulin'])}",
                       r.choice(["67000 Strasbourg", "35000 Rennes", "13005 Marseille", "59800 Lille"])],
        "ES": lambda: [f"{r.choice(['Calle de Toledo', 'Avinguda Diagonal', 'Kale Nagusia'])} {n}, {r.randint(1, 8)}º {r.randint(1, 4)}ª",
                       r.choice(["28005 Madrid", "08019 Barcelona", "48005 Bilbao"])],
        "PT": lambda: [f"Rua de Santa Catarina {n}, {r.randint(1, 6)}.º Esq.", r.choice(["4000-447 Porto", "1200-109 Lisboa"])],
        "IT": lambda: [f"Via dei Mille {n}", r.choice(["80121 Napoli NA", "20144 Milano MI", "90133 Palermo PA"])],
        "DE": lambda: [f"{r.choice(['Kastanienallee', 'Hauptstraße', 'Am Weidenbruch'])} {n}", r.choice(["10435 Berlin", "50667 Köln", "04109 Leipzig"])],
        "AT": lambda: [f"Mariahilfer Straße {n}/{r.randint(1, 20)}", r.choice(["1070 Wien", "8010 Graz"])],
        "NL": lambda: [f"{r.choice(['Oudegracht', 'Laan van Meerdervoort', 'Herengracht'])} {n}{r.choice(['', 'A', '-II'])}",
                       r.choice(["3511 NK Utrecht", "2517 AK Den Haag", "1017 BN Amsterdam"])],
        "BE": lambda: [f"Rue Haute {n} bte {r.randint(1, 9)}", r.choice(["1000 Bruxelles", "9000 Gent"])],
        "DK": lambda: [f"Nørrebrogade {n}, {r.randint(1, 5)}. tv.", "2200 København N"],
        "PL": lambda: [f"ul. {r.choice(['Piotrkowska', 'Długa', 'Świętokrzyska'])} {n}/{r.randint(1, 40)}",
                       r.choice(["90-006 Łódź", "80-831 Gdańsk", "00-116 Warszawa"])],
        "CZ": lambda: [f"Vinohradská {1000 + n}/{r.randint(1, 250)}", "120 00 Praha 2"],
        "HU": lambda: [f"Király utca {n}. {r.randint(1, 4)}/{r.randint(1, 12)}", "1061 Budapest"],
        "RO": lambda: [f"Str. Mihai Eminescu nr. {n}, bl. A{r.randint(1, 9)}, ap. {r.randint(1, 60)}", "010513 București"],
        "UA": lambda: [f"vul. Khreshchatyk {n}, kv. {r.randint(1, 90)}", "Kyiv 01001"],
        "TR": lambda: [f"Bağdat Caddesi No: {n} D: {r.randint(1, 20)}", "34728 Kadıköy/İstanbul"],
        "EG": lambda: [f"{n} Shehab Street, Mohandessin", "Giza 12411"],
        "NG": lambda: [f"Plot {n}, Adeola Odeku Street", "Victoria Island, Lagos 101241"],
        "SO": lambda: [f"House {n}, Maka Al-Mukarama Road", "Hodan District, Mogadishu"],
        "IN": lambda: [f"Flat {r.randint(101, 904)}, Sai Krupa Apartments, 14th Cross", "Indiranagar, Bengaluru 560038"],
        "PK": lambda: [f"House {n}, Street {r.randint(1, 60)}, F-7/2", "Islamabad 44000"],
        "BD": lambda: [f"House {n}, Road {r.randint(1, 32)}, Dhanmondi", "Dhaka 1209"],
        "CN": lambda: [f"Room {r.randint(101, 2405)}, No. {n} Zhongshan Road, Gulou District", "Nanjing 210008"],
        "VN": lambda: [f"Số {n} Ngõ {r.randint(2, 80)} Phố Hàng Bạc, Hoàn Kiếm", "Hà Nội 100000"],
        "AU": lambda: [f"Unit {r.randint(1, 30)}/{n} Brunswick Street", "Fitzroy VIC 3065"],
        "NZ": lambda: [f"{n} Tinakori Road, Thorndon", "Wellington 6011"],
        "US": lambda: [f"{n * 17 + 100} {r.choice(['Larchmont Ave Apt 2B', 'W Fullerton Pkwy Unit 5', 'Oak Ridge Dr'])}",
                       r.choice(["Columbus, OH 43214", "Chicago, IL 60614", "Sacramento, CA 95822", "Portland, OR 97211"])],
    }
    return sep.join(T[cc]())


COUNTRY_OF = {"en": "GB", "cy": "GB", "gd": "GB", "ga": "IE", "fr": "FR", "es": "ES", "pt": "PT", "it": "IT", "de": "DE",
              "at": "AT", "nl": "NL", "be": "BE", "dk": "DK", "pl": "PL", "cz": "CZ", "hu": "HU", "ro": "RO", "ua": "UA",
              "tr": "TR", "eg": "EG", "ng": "NG", "so": "SO", "in": "IN", "pk": "PK", "bd": "BD", "cn": "CN", "vn": "VN",
              "au": "AU", "nz": "NZ", "us": "US"}


# ---------------------------------------------------------------- phones
def dg(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r, cc="GB"):
    if cc == "GB":
        v = r.randint(0, 5)
        m = f"7{r.choice(['4', '5', '7', '8', '9'])}{dg(r, 2)}"
        rest = dg(r, 6)
        if v == 0:
            return f"0{m} {rest}"
        if v == 1:
            return f"+44 {m} {rest[:3]} {rest[3:]}"
        if v == 2:
            return f"(01792) {r.randint(2, 8)}{dg(r, 5)}"
        if v == 3:
            return f"0{r.choice(['131', '113', '117', '141'])} {r.randint(2, 8)}{dg(r, 2)} {dg(r, 4)}"
        if v == 4:
            return f"+44 (0)1463 {r.randint(2, 8)}{dg(r, 5)}"
        return f"0{m}{rest}"
    T = {
        "IE": lambda: f"+353 8{r.choice('3567')} {r.randint(2, 9)}{dg(r, 2)} {dg(r, 4)}",
        "FR": lambda: f"+33 6 {dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}",
        "ES": lambda: f"+34 6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
        "PT": lambda: f"+351 91{r.randint(2, 9)} {dg(r, 3)} {dg(r, 3)}",
        "IT": lambda: f"+39 3{r.choice('2345')}{dg(r, 1)} {dg(r, 3)} {dg(r, 4)}",
        "DE": lambda: f"+49 15{r.choice('129')} {dg(r, 8)}",
        "AT": lambda: f"+43 664 {dg(r, 7)}",
        "NL": lambda: f"+31 6 {dg(r, 4)} {dg(r, 4)}",
        "BE": lambda: f"+32 47{r.randint(0, 9)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}",
        "DK": lambda: f"+45 {r.randint(2, 9)}{dg(r, 1)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}",
        "PL": lambda: f"+48 {r.choice(['501', '602', '721'])} {dg(r, 3)} {dg(r, 3)}",
        "CZ": lambda: f"+420 {r.choice(['601', '724', '777'])} {dg(r, 3)} {dg(r, 3)}",
        "HU": lambda: f"+36 {r.choice(['20', '30', '70'])} {dg(r, 3)} {dg(r, 4)}",
        "RO": lambda: f"+40 7{r.choice('2345')}{dg(r, 1)} {dg(r, 3)} {dg(r, 3)}",
        "UA": lambda: f"+380 {r.choice(['50', '67', '93'])} {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
        "TR": lambda: f"+90 5{r.choice(['32', '42', '05'])} {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
        "EG": lambda: f"+20 10 {dg(r, 4)} {dg(r, 4)}",
        "NG": lambda: f"+234 80{r.choice('3'+'6')} {dg(r, 3)} {dg(r, 4)}",
        "SO": lambda: f"+252 61 {dg(r, 3)} {dg(r, 4)}",
        "IN": lambda: f"+91 9{dg(r, 4)} {dg(r, 5)}",
        "PK": lambda: f"+92 30{r.randint(0, 9)} {dg(r, 7)}",
        "BD": lambda: f"+880 171{dg(r, 1)}-{dg(r, 6)}",
        "CN": lambda: f"+86 13{r.randint(0, 9)} {dg(r, 4)} {dg(r, 4)}",
        "VN": lambda: f"+84 9{r.choice('0138')} {dg(r, 3)} {dg(r, 4)}",
        "AU": lambda: f"+61 4{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
        "NZ": lambda: f"+64 21 {dg(r, 3)} {dg(r, 4)}",
        "US": lambda: r.choice([f"({r.choice(['614', '312', '916', '503'])}) {r.randint(2, 9)}{dg(r, 2)}-{dg(r, 4)}",
                                f"+1 {r.choice(['415', '206', '617'])}-{r.randint(2, 9)}{dg(r, 2)}-{dg(r, 4)}"]),
    }
    return T[cc]()


def email(r, given, family, dom=None):
    import re as _re
    g = _re.sub(r"[^a-z]", "", _strip(given).lower()) or "x"
    f = _re.sub(r"[^a-z]", "", _strip(family).lower()) or "y"
    dom = dom or r.choice(["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "web.de", "orange.fr", "libero.it",
                           "wp.pl", "seznam.cz", "freemail.hu", "hotmail.com", "icloud.com", "proton.me", "eircom.net"])
    v = r.randint(0, 3)
    local = [f"{g}.{f}", f"{g[0]}{f}{r.randint(1, 99)}", f"{f}_{g}", f"{g}{f[:3]}"][v]
    return f"{local}@{dom}"


# ---------------------------------------------------------------- dates
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
       "December"]


def ymd(r, y0=1930, y1=2004):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def dfmt(t, style):
    y, m, d = t
    return {"iso": f"{y}-{m:02d}-{d:02d}", "uk": f"{d:02d}/{m:02d}/{y}", "us": f"{m:02d}/{d:02d}/{y}",
            "long": f"{d} {MON[m - 1]} {y}", "dot": f"{d:02d}.{m:02d}.{y}", "hl7": f"{y}{m:02d}{d:02d}",
            "uslong": f"{MON[m - 1]} {d}, {y}"}[style]


# ---------------------------------------------------------------- identifiers
def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        b = "4" + dg(r, 14)
    elif kind == "mc":
        b = f"5{r.randint(1, 5)}" + dg(r, 13)
    elif kind == "mc2":
        b = str(r.randint(2221, 2720)) + dg(r, 11)
    elif kind == "disc":
        b = "6011" + dg(r, 11)
    else:
        b = r.choice(["34", "37"]) + dg(r, 12)
        n = luhn_complete(b)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    n = luhn_complete(b)
    sep = r.choice([" ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + dg(r, 14),
    "DE": lambda r: dg(r, 18),
    "AT": lambda r: dg(r, 16),
    "NL": lambda r: r.choice(["INGB", "ABNA", "RABO"]) + dg(r, 10),
    "DK": lambda r: dg(r, 14),
    "PL": lambda r: dg(r, 24),
    "CZ": lambda r: dg(r, 20),
    "HU": lambda r: dg(r, 24),
    "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16)),
    "UA": lambda r: dg(r, 6) + "0000" + dg(r, 15),
    "TR": lambda r: dg(r, 5) + "0" + dg(r, 16),
    "EG": lambda r: dg(r, 25),
    "PT": lambda r: (lambda b: b + f"{98 - int(b + '00') % 97:02d}")(dg(r, 19)),
}


def _fr_bban(r):
    bank, branch, acct = dg(r, 5), dg(r, 5), dg(r, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return f"{bank}{branch}{acct}{key:02d}"


def _es_bban(r):
    bank, branch, acct = dg(r, 4), dg(r, 4), dg(r, 10)

    def c(s, w):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    c1 = c("00" + bank + branch, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
    c2 = c(acct, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
    return f"{bank}{branch}{c1}{c2}{acct}"


def _it_bban(r):
    rest = dg(r, 5) + dg(r, 5) + dg(r, 12)
    return cf_char(rest) + rest


def _be_bban(r):
    ten = dg(r, 10)
    k = int(ten) % 97 or 97
    return f"{ten}{k:02d}"


IBAN_BBAN.update({"FR": _fr_bban, "ES": _es_bban, "IT": _it_bban, "BE": _be_bban})


def iban(r, cc, spaced=True):
    b = IBAN_BBAN[cc](r)
    s = cc + iban_check(cc, b) + b
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def bad_iban(r, cc):
    s = iban(r, cc, False)
    while True:
        ck = f"{r.randint(2, 98):02d}"
        t = s[:2] + ck + s[4:]
        if not iban_ok(t):
            return " ".join(t[i:i + 4] for i in range(0, len(t), 4))


def sortcode_acct(r, style=0):
    sc = f"{r.randint(1, 99):02d}-{dg(r, 2)}-{dg(r, 2)}"
    ac = dg(r, 8)
    return sc, ac


def nhs(r):
    while True:
        b = str(r.randint(4, 7)) + dg(r, 8)
        c = nhs_check(b)
        if c:
            s = b + c
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def bad_nhs(r):
    while True:
        b = str(r.randint(4, 7)) + dg(r, 8)
        c = nhs_check(b)
        if c:
            s = b + str((int(c) + r.randint(1, 9)) % 10)
            if not nhs_ok(s):
                return f"{s[:3]} {s[3:6]} {s[6:]}"


NINO_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NINO_P2 = "ABCEGHJKLMNPRSTWXYZ"


def nino(r, spaced=None):
    while True:
        p = r.choice(NINO_P1) + r.choice(NINO_P2)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = dg(r, 6)
    sfx = r.choice("ABCD")
    if spaced is None:
        spaced = r.random() < 0.5
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {sfx}" if spaced else f"{p}{d}{sfx}"


def dni(r, nie=False):
    if nie:
        p = r.choice("XYZ")
        num = dg(r, 7)
        n = int(str("XYZ".index(p)) + num)
        return f"{p}{num}{DNI_LET[n % 23]}"
    n = r.randint(10000000, 79999999)
    return f"{n:08d}{DNI_LET[n % 23]}"


def bad_dni(r):
    n = r.randint(10000000, 79999999)
    good = DNI_LET[n % 23]
    return f"{n:08d}{r.choice([c for c in DNI_LET if c != good])}"


def nir(r, sex, y, m):
    body = f"{sex}{y % 100:02d}{m:02d}{r.choice(['75', '69', '13', '59', '33', '44', '67'])}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
    k = nir_key(body)
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {k}"


def steuer(r):
    while True:
        digits = list("0123456789")
        r.shuffle(digits)
        chosen = digits[:9]
        rep = r.choice(chosen)
        ten = chosen + [rep]
        r.shuffle(ten)
        if ten[0] == "0":
            continue
        s = "".join(ten)
        s += steuer_check(s)
        if steuer_ok(s):
            return s if r.random() < 0.5 else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def bad_steuer(r):
    s = steuer(r).replace(" ", "")
    return s[:10] + str((int(s[10]) + r.randint(1, 9)) % 10)


BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Palermo": "G273", "Bari": "A662",
            "Bologna": "A944", "Firenze": "D612"}


def cf_part(name, is_given):
    s = re.sub(r"[^A-Z]", "", _strip(name).upper())
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if is_given and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(given, family, ymd_, female, city):
    y, m, d = ymd_
    s = cf_part(family, False) + cf_part(given, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + \
        f"{d + 40 if female else d:02d}" + BELFIORE[city]
    return s + cf_char(s)


def sin(r):
    while True:
        s = luhn_complete(str(r.randint(1, 7)) + dg(r, 7))
        return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < 0.6 else f"{s[:3]}-{s[3:6]}-{s[6:]}"


def bad_sin(r):
    s = sin(r).replace(" ", "").replace("-", "")
    t = s[:8] + str((int(s[8]) + r.randint(1, 9)) % 10)
    return f"{t[:3]} {t[3:6]} {t[6:]}"


def cpf(r):
    while True:
        n = dg(r, 9)
        if len(set(n)) > 1:
            s = n + cpf_digits(n)
            return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def bad_cpf(r):
    s = cpf(r)
    return s[:-1] + str((int(s[-1]) + r.randint(1, 9)) % 10)


def aadhaar(r):
    b = str(r.randint(2, 9)) + dg(r, 10)
    s = b + verhoeff_digit(b)
    assert verhoeff_ok(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def bad_aadhaar(r):
    s = aadhaar(r).replace(" ", "")
    t = s[:11] + str((int(s[11]) + r.randint(1, 9)) % 10)
    assert not verhoeff_ok(t)
    return f"{t[:4]} {t[4:8]} {t[8:]}"


def nric(r, prefix=None):
    p = prefix or r.choice("STFG")
    seven = dg(r, 7)
    return p + seven + nric_letter(p, seven)


def bad_nric(r):
    s = nric(r, "S")
    return s[:-1] + r.choice([c for c in "JZIHGFEDCBA" if c != s[-1]])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r, dashed=None):
    an = MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(MBI_A) + r.choice(an)
         + str(r.randint(0, 9)) + r.choice(MBI_A) + r.choice(MBI_A) + dg(r, 2))
    if dashed is None:
        dashed = r.random() < 0.4
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def passport(r, cc):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    T = {
        "US": lambda: r.choice([dg(r, 9), r.choice("ACEFGHJK") + dg(r, 8)]),
        "GB": lambda: str(r.randint(1, 9)) + dg(r, 8),
        "IE": lambda: r.choice(["P", "L", "T"]) + r.choice(U) + dg(r, 7),
        "FR": lambda: dg(r, 2) + r.choice(U) + r.choice(U) + dg(r, 5),
        "ES": lambda: r.choice(U) + r.choice(U) + r.choice(U) + dg(r, 6),
        "PT": lambda: r.choice("CP") + dg(r, 6),
        "IT": lambda: r.choice(["YA", "YB", "AA", "YC"]) + dg(r, 7),
        "DE": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "AT": lambda: "P" + dg(r, 7),
        "NL": lambda: r.choice(["NW", "BT", "NX"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + dg(r, 1),
        "BE": lambda: r.choice(["EP", "EN"]) + dg(r, 6),
        "DK": lambda: dg(r, 9),
        "PL": lambda: r.choice(["EA", "ER", "EM"]) + dg(r, 7),
        "CZ": lambda: dg(r, 8),
        "HU": lambda: r.choice(["BE", "BH"]) + dg(r, 7),
        "RO": lambda: "0" + dg(r, 7) if r.random() < 0.5 else "05" + dg(r, 7),
        "UA": lambda: r.choice(["FA", "FE", "GA"]) + dg(r, 6),
        "TR": lambda: "U" + dg(r, 8),
        "EG": lambda: "A" + dg(r, 8),
        "NG": lambda: "A" + dg(r, 8),
        "SO": lambda: "P" + dg(r, 8),
        "IN": lambda: r.choice("JKLMNPRSTVZ") + dg(r, 7),
        "PK": lambda: r.choice(["AB", "CD", "BN"]) + dg(r, 7),
        "BD": lambda: r.choice(["EB", "EC", "BX"]) + dg(r, 7),
        "CN": lambda: "E" + dg(r, 8),
        "VN": lambda: r.choice("BCN") + dg(r, 7),
        "AU": lambda: r.choice(["PA", "PB", "RA"]) + dg(r, 7),
        "NZ": lambda: r.choice(["LA", "LH", "RA"]) + dg(r, 6),
    }
    return T[cc]()


US_DL = {
    "California": lambda r: r.choice("ABDEFGNSY") + dg(r, 7),
    "New York": lambda r: f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}",
    "Texas": lambda r: str(r.randint(1, 4)) + dg(r, 7),
    "Florida": lambda r: f"{r.choice('BHMRSW')}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}",
    "Illinois": lambda r: f"{r.choice('DKMS')}{dg(r, 3)}-{dg(r, 4)}-{dg(r, 4)}",
    "Washington": lambda r: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9)),
    "Pennsylvania": lambda r: dg(r, 8),
    "New Jersey": lambda r: f"{r.choice('DKLMS')}{dg(r, 4)} {dg(r, 5)} {dg(r, 5)}",
    "Michigan": lambda r: f"{r.choice('BHKLS')} {dg(r, 3)} {dg(r, 3)} {dg(r, 3)} {dg(r, 3)}",
    "Ohio": lambda r: r.choice(["SR", "TK", "RW"]) + dg(r, 6),
    "Massachusetts": lambda r: "S" + dg(r, 8),
    "Oregon": lambda r: dg(r, 7),
    "Arizona": lambda r: r.choice("ABD") + dg(r, 8),
    "Virginia": lambda r: f"T{dg(r, 2)}-{dg(r, 2)}-{dg(r, 4)}",
}
US_STATE_CODE = {"California": "CA", "New York": "NY", "Texas": "TX", "Florida": "FL", "Illinois": "IL", "Washington": "WA",
                 "Pennsylvania": "PA", "New Jersey": "NJ", "Michigan": "MI", "Ohio": "OH", "Massachusetts": "MA",
                 "Oregon": "OR", "Arizona": "AZ", "Virginia": "VA"}


def uk_dl(r, family, given, ymd_, female):
    f = (re.sub(r"[^A-Z]", "", _strip(family).upper()) + "99999")[:5]
    y, m, d = ymd_
    mm = m + 50 if female else m
    ini = (re.sub(r"[^A-Z]", "", _strip(given).upper())[:1] + "9")
    return f"{f}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}9{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"


def mrn(r, style=None):
    style = style if style is not None else r.randint(0, 4)
    return [lambda: "RM" + dg(r, 7), lambda: f"K{dg(r, 6)}", lambda: f"MRN-{dg(r, 8)}".split("-", 1)[1],
            lambda: f"{r.choice(['SWB', 'CTM', 'HDUHB'])}{dg(r, 6)}", lambda: f"{dg(r, 2)}-{dg(r, 5)}-{r.choice('ABCDX')}"][style]()


def health_plan(r, style=None):
    style = style if style is not None else r.randint(0, 3)
    return [lambda: f"XEK{dg(r, 9)}", lambda: f"W{dg(r, 8)}-{dg(r, 2)}", lambda: f"{r.choice(['MBA', 'KPC'])}{dg(r, 10)}",
            lambda: f"BUPA-{dg(r, 8)}"][style]()


def ipv4(r, kind=None):
    kind = kind or r.choice(["doc", "priv", "pub"])
    if kind == "doc":
        return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}"
    if kind == "priv":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return f"{r.choice([81, 86, 90, 109, 151, 185, 213])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"


# ---------------------------------------------------------------- hard-negative generators (reroll if they pass any check)
def _passes_any(s):
    s = re.sub(r"\D", "", s)
    n = len(s)
    if n >= 12 and luhn_ok(s):
        return True
    if n == 9 and luhn_ok(s):
        return True
    if n == 10 and nhs_ok(s):
        return True
    if n == 12 and verhoeff_ok(s):
        return True
    if n == 11 and (cpf_ok(s) or steuer_ok(s)):
        return True
    return False


def neg_digits(r, n, first=None):
    while True:
        s = (first or str(r.randint(1, 9))) + dg(r, n - len(first or "x"))
        if not _passes_any(s):
            return s


def mpan(r):
    while True:
        core12 = f"{r.choice(['10', '11', '12', '13', '14', '16', '17', '18', '19', '20', '21', '22', '23'])}" + dg(r, 10)
        core = core12 + mpan_check(core12)
        if not _passes_any(core):
            return core


def mpan_full(r):
    core = mpan(r)
    return f"S {r.choice(['01', '02', '03', '05'])} {r.choice(['801', '811', '845', '8A1'])} {r.choice(['100', '110', '200'])} {core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"


def meter_serial(r, fuel="E"):
    if fuel == "E":
        return r.choice(["E10UP", "E11A", "19L", "K06M", "S1AK"]) + neg_digits(r, 7, "0")
    return r.choice(["G4K", "E6S", "G4A"]) + neg_digits(r, 8, "0")


def acct_no(r):
    return neg_digits(r, 10, r.choice("6789"))


def job_no(r):
    return f"JOB-{r.randint(24, 26)}{neg_digits(r, 6)}"


def case_no(r):
    return r.choice(["CAS-", "CMP/", "HRD-", "EWO-"]) + neg_digits(r, 7)


TARIFFS = ["E7-STD-2024", "FLEX-OCT-V3", "ECO7/MID/22", "SVT-DD-E", "EV-NIGHT-0.07", "WTR-MET-UU4", "PSR-PRIO-1",
           "HEAT-PUMP-TOU-2"]
SUBSTATIONS = ["Llandarcy BSP", "Pyle 33kV", "Crossgates Primary", "Kilmarnock South GSP", "Tongwynlais 11kV",
               "Hemsworth Primary", "Dunbar Grid T3", "Ballymena DSS"]
STREETS_OUTAGE = ["Bryn Road", "Maesteg Terrace", "Caedu Road", "Heol Hir", "Whitby Avenue", "Canal Side", "Mill Lane",
                  "Gorse Crescent", "Rheidol Place", "Seaview Terrace", "Burns Wynd", "Kirk Brae"]

# ================================================================ clinical vocab
CONDS = [
    ("chronic obstructive pulmonary disease", ["tiotropium", "salbutamol", "Trelegy Ellipta"], "oxygen concentrator"),
    ("end-stage renal disease", ["sevelamer", "epoetin alfa", "alfacalcidol"], "home haemodialysis machine"),
    ("motor neurone disease", ["riluzole", "glycopyrronium"], "non-invasive ventilator"),
    ("Duchenne muscular dystrophy", ["deflazacort", "eplerenone"], "BiPAP ventilator"),
    ("obstructive sleep apnoea", ["modafinil"], "CPAP machine"),
    ("cystic fibrosis", ["Kaftrio", "dornase alfa"], "nebuliser"),
    ("idiopathic pulmonary fibrosis", ["pirfenidone", "nintedanib"], "oxygen concentrator"),
    ("Alzheimer's disease", ["donepezil", "memantine"], "stairlift"),
    ("multiple sclerosis", ["ocrelizumab", "baclofen"], "electric riser-recliner"),
    ("heart failure with reduced ejection fraction", ["Entresto", "bisoprolol", "furosemide"], "home monitoring hub"),
    ("type 1 diabetes", ["insulin glargine", "insulin aspart"], "insulin fridge"),
    ("epilepsy", ["levetiracetam", "lamotrigine"], "seizure alarm"),
    ("spinal muscular atrophy", ["risdiplam"], "suction pump"),
    ("sickle cell disease", ["hydroxycarbamide"], "electric heating"),
    ("Parkinson's disease", ["co-careldopa", "rasagiline"], "electric profiling bed"),
    ("metastatic prostate cancer", ["enzalutamide", "morphine sulfate"], "syringe driver"),
    ("bipolar affective disorder", ["lithium", "quetiapine"], ""),
    ("paranoid schizophrenia", ["clozapine"], ""),
    ("vascular dementia", ["memantine"], "stairlift"),
    ("atrial fibrillation", ["apixaban", "warfarin"], ""),
]
HEARING = ["profound bilateral sensorineural hearing loss", "severe hearing loss", "age-related macular degeneration",
           "registered severely sight impaired"]


def cond(r):
    return r.choice(CONDS)


def pp(r, origin=None):
    g, f, o = person(r, origin)
    return g, f, o, COUNTRY_OF[o]


def uk_origin(r):
    return r.choice(["en", "cy", "gd", "en", "cy", "so", "pk", "bd", "in", "pl", "ro", "ng", "ua", "tr", "ga", "cn",
                     "vn", "eg", "hu", "cz", "it", "pt"])


# ================================================================ FORMS / KYC
def t_psr_form(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    c = cond(r)
    dob = ymd(r, 1931, 1995)
    d.t("PRIORITY SERVICES REGISTER — APPLICATION / AMENDMENT\n", "Cofrestr Gwasanaethau Blaenoriaeth\n\n")
    d.t("Account number: ", acct_no(r), "      MPAN: ", mpan_full(r), "\n")
    d.t("Account holder (title / full name): ", r.choice(["Mrs", "Mr", "Ms", "Mx"]), " ", L("PERSON", f"{g} {f}"), "\n")
    d.t("Date of birth: ", L("DATE_OF_BIRTH", dfmt(dob, r.choice(["uk", "long"]))), "\n")
    d.t("Supply address:\n", L("ADDRESS", addr(r, "GB", "\n")), "\n")
    d.t("Contact phone: ", L("PHONE", phone(r)), "   Preferred: ", r.choice(["text", "call", "letter", "BSL video relay"]), "\n")
    d.t("Email (optional): ", L("EMAIL", email(r, g, f)), "\n\n")
    d.t("Needs codes ticked: ")
    codes = r.sample(["01 Nebuliser and apnoea monitor", "02 Heart, lung & ventilator", "03 Dialysis, feeding pump",
                      "04 Oxygen concentrator", "14 Hearing (BSL)", "20 Pensionable age", "23 Chronic/serious illness",
                      "27 Mental health", "36 Water dependent"], 3)
    d.t("; ".join(codes), "\n")
    d.t("Medical condition (if you are happy to tell us): ", L("DIAGNOSIS", c[0]), "\n")
    if r.random() < 0.6:
        d.t("Regular medicines that need refrigeration: ", L("MEDICATION", c[1][0]), "\n")
    if c[2]:
        d.t("Equipment that needs power: ", c[2], "\n")
    if r.random() < 0.5:
        d.t("NHS number (helps us confirm with your GP / renal unit): ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    if r.random() < 0.6:
        ng, nf, _, _ = pp(r, o)
        d.t("\nNominee / carer: ", L("PERSON", f"{ng} {nf}"), " (", r.choice(["daughter", "son", "neighbour", "support worker"]),
            ")  tel ", L("PHONE", phone(r)), "\n")
    d.t("\nPassword for doorstep visits: ", r.choice(["bluebell", "Sandcastle", "nan's cat"]), "\n")
    d.t("Data sharing consent (water company / DNO): ", r.choice(["Yes", "Yes — both", "No"]), "\n")
    d.t("Form ref PSR-", neg_digits(r, 8), "   received ", dfmt(ymd(r, 2024, 2025), "uk"), "\n")


def t_dd_mandate(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    sc, ac = sortcode_acct(r)
    d.t("Instruction to your bank or building society to pay by Direct Debit\n")
    d.t("Service user number: ", str(r.randint(100000, 999999)), "\n")
    d.t("Reference: ", acct_no(r), "\n\n")
    d.t("Name(s) of account holder(s)\n  ", L("PERSON", f"{g} {f}"))
    if r.random() < 0.4:
        g2, f2, _, _ = pp(r, o)
        d.t(" & ", L("PERSON", f"{g2} {f2}"))
    d.t("\n")
    if r.random() < 0.5:
        d.t("Bank/building society account number:  ", L("UK_BANK_ACCOUNT", ac), "\nBranch sort code:  ", sc, "\n")
    else:
        d.t("Sort code + account: ", L("UK_BANK_ACCOUNT", f"{sc} {ac}"), "\n")
    d.t("Name and full postal address of your bank: ", r.choice(["Nationwide BS", "Barclays Bank UK PLC", "Monzo Bank Ltd",
                                                                  "Lloyds Bank"]), ", Customer Service Centre\n")
    d.t("Collection day preferred: ", str(r.choice([1, 8, 15, 28])), "   Monthly amount: £", f"{r.randint(40, 260)}.00", "\n")
    d.t("Signature received: yes   Date: ", dfmt(ymd(r, 2025, 2025), "uk"), "\n")
    d.t("The Direct Debit Guarantee — This Guarantee is offered by all banks and building societies that accept "
        "instructions to pay Direct Debits.\n")


def t_dd_mandate_sep(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    sc, ac = sortcode_acct(r)
    d.t("DDI CAPTURE — telephone mandate (AUDDIS 0N)\n")
    d.t("Payer name ......... ", L("PERSON", f"{f.upper()}, {g}"), "\n")
    d.t("Sort code .......... ", sc, "\n")
    d.t("Account no. ........ ", L("UK_BANK_ACCOUNT", ac), "\n")
    d.t("Billing address .... ", L("ADDRESS", addr(r, "GB")), "\n")
    d.t("Mandate ref ........ DDM", neg_digits(r, 9), "\n")
    d.t("Agent .............. ", L("PERSON", r.choice(NAMES["en"][0] + NAMES["cy"][0])), " (ext 4471)\n")
    d.t("Advance notice sent by email to ", L("EMAIL", email(r, g, f)), "\n")


def t_move_in(r, d):
    g, f, o, cc = pp(r)
    dob = ymd(r, 1960, 2003)
    d.t("CHANGE OF TENANCY — MOVE IN\n===========================\n")
    d.t("Property: ", L("ADDRESS", addr(r, "GB")), "\n")
    d.t("Moving in on: ", dfmt(ymd(r, 2025, 2025), "long"), "   Opening reads: E ", str(r.randint(1000, 99999)),
        " kWh / G ", f"{r.randint(100, 9999)}.{r.randint(0, 999):03d}", " m3\n")
    d.t("New occupier: ", L("PERSON", f"{g} {f}"), "\n")
    d.t("Born: ", L("DATE_OF_BIRTH", dfmt(dob, r.choice(["uk", "iso", "long"]))), "\n")
    d.t("Mobile: ", L("PHONE", phone(r, r.choice(["GB", cc]))), "\n")
    d.t("ID checked: ")
    v = r.random()
    if v < 0.35:
        pcc = cc if cc != "GB" else r.choice(["IE", "PL", "RO", "NG", "IN", "US"])
        lab = {"FR": "N° de passeport", "ES": "Número de pasaporte", "DE": "Reisepass-Nr.", "IT": "Numero passaporto",
               "PL": "Nr paszportu", "PT": "N.º do passaporte", "NL": "Paspoortnummer", "TR": "Pasaport No",
               "RO": "Nr. pașaport", "UA": "Passport No. (закордонний паспорт)"}.get(pcc, "Passport no.")
        d.t("passport (", pcc, ") — ", lab, ": ", L("US_PASSPORT" if pcc == "US" else "PASSPORT", passport(r, pcc)), "\n")
    elif v < 0.7:
        fem = r.random() < 0.5
        d.t("UK driving licence (DVLA) ", L("DRIVER_LICENSE", uk_dl(r, f, g, dob, fem)), "\n")
    else:
        d.t("utility bill + bank statement (no number recorded)\n")
    d.t("Previous address: ", L("ADDRESS", addr(r, r.choice(["GB", cc]))), "\n")
    if r.random() < 0.5:
        lg, lf, _, _ = pp(r, "en")
        d.t("Landlord / agent: ", L("PERSON", f"{lg} {lf}"), " of ", r.choice(["Hern & Crabtree Lettings", "Dafydd Hardy",
                                                                          "Rettie & Co", "Purplebricks"]), "\n")
    d.t("Tariff: ", r.choice(TARIFFS), "   Meter: ", meter_serial(r), "\n")


def t_move_out(r, d):
    g, f, o, cc = pp(r)
    d.t("Move-out / final bill request\n\n")
    d.t("Customer name: ", L("PERSON", f"{g} {f}"), "\nAccount: ", acct_no(r), "\n")
    d.t("Leaving: ", L("ADDRESS", addr(r, "GB")), "\n")
    d.t("Date keys returned: ", dfmt(ymd(r, 2025, 2025), "uk"), "\n")
    d.t("Closing reading: ", str(r.randint(10000, 89999)), " (photo attached IMG_", str(r.randint(1000, 9999)), ".jpg)\n")
    d.t("Forwarding address for final bill:\n", L("ADDRESS", addr(r, cc if cc != "GB" else r.choice(["FR", "ES", "IE"]), "\n")), "\n")
    d.t("Refund of credit balance (£", f"{r.randint(5, 400)}.{r.randint(0, 99):02d}", ") to IBAN: ",
        L("IBAN", iban(r, cc if cc in IBAN_BBAN else r.choice(["FR", "ES", "IE", "DE"]))), "\n")
    d.t("Contact after move: ", L("EMAIL", email(r, g, f)), "\n")


def t_hardship_form(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    d.t("Financial Support Application (Standard Financial Statement)\n")
    d.t("Case: ", case_no(r), "\n\n1. About you\n")
    d.t("Full name: ", L("PERSON", f"{g} {f}"), "\n")
    d.t("Date of birth: ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1950, 2000), "uk")), "\n")
    d.t("National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d.t("Address: ", L("ADDRESS", addr(r, "GB")), "\n")
    d.t("Phone: ", L("PHONE", phone(r)), "\n")
    d.t("People in household: ", str(r.randint(1, 6)), " (", str(r.randint(0, 4)), " children)\n\n2. Income (monthly)\n")
    d.t("Universal Credit ............ £", f"{r.randint(300, 1400)}.{r.randint(0, 99):02d}", "\n")
    d.t("PIP daily living ............ £", f"{r.randint(290, 470)}.{r.randint(0, 99):02d}", "\n")
    d.t("Carer's Allowance ........... £", f"{r.randint(300, 360)}.{r.randint(0, 99):02d}", "\n")
    d.t("Wages ....................... £", f"{r.randint(0, 900)}.00", "\n\n3. Priority debts\n")
    d.t("Council tax arrears £", str(r.randint(80, 900)), "; energy arrears £", str(r.randint(300, 3900)),
        "; water arrears £", str(r.randint(0, 800)), "\n\n4. Health\n")
    c = cond(r)
    if r.random() < 0.7:
        d.t("Anyone in the household with a long-term condition? Yes — my ", r.choice(["partner", "son", "mother"]),
            " ", L("PERSON", pp(r, o)[0]), " has ", L("DIAGNOSIS", c[0]), " and needs the ", c[2] or "heating on", " day and night.\n")
    else:
        d.t("Anyone in the household with a long-term condition? Me — ", L("DIAGNOSIS", r.choice(HEARING)), ".\n")
    d.t("\nReferred by: ", r.choice(["Citizens Advice Sir Gâr", "StepChange", "Christians Against Poverty", "self"]), "\n")


def t_kyc_foreign(r, d):
    """Commercial supply contract, ID verification for a non-UK director, labels in the person's language."""
    o = ["es", "fr", "de", "it"][r.idx] if r.idx < 4 else r.choice(["pt", "pl", "nl", "tr", "ro", "ua", "cz", "hu", "dk", "at", "be"])
    g, f, _, cc = pp(r, o)
    dob = ymd(r, 1955, 1999)
    lbl = {
        "fr": ("Nom", "Date de naissance", "Passeport n°", "Adresse"),
        "es": ("Nombre y apellidos", "Fecha de nacimiento", "Pasaporte nº", "Domicilio"),
        "de": ("Name", "Geburtsdatum", "Reisepassnummer", "Anschrift"),
        "at": ("Name", "Geburtsdatum", "Reisepass-Nr.", "Wohnadresse"),
        "it": ("Nome e cognome", "Data di nascita", "N. passaporto", "Indirizzo"),
        "pt": ("Nome completo", "Data de nascimento", "Passaporte n.º", "Morada"),
        "pl": ("Imię i nazwisko", "Data urodzenia", "Numer paszportu", "Adres"),
        "nl": ("Naam", "Geboortedatum", "Paspoortnummer", "Adres"),
        "be": ("Nom / Naam", "Date de naissance / Geboortedatum", "Passeport / Paspoort", "Adresse"),
        "tr": ("Adı Soyadı", "Doğum tarihi", "Pasaport numarası", "Adres"),
        "ro": ("Nume", "Data nașterii", "Număr pașaport", "Adresa"),
        "ua": ("Name / Ім'я", "Date of birth / Дата народження", "Passport / Паспорт №", "Address / Адреса"),
        "cz": ("Jméno", "Datum narození", "Číslo pasu", "Adresa"),
        "hu": ("Név", "Születési dátum", "Útlevélszám", "Lakcím"),
        "dk": ("Navn", "Fødselsdato", "Pasnummer", "Adresse"),
    }[o]
    d.t("BUSINESS SUPPLY — KYC / director verification (", cc, ")\n")
    d.t("Company: ", r.choice(["Bäckerei Sonnenschein GmbH", "Le Petit Zinc SARL", "Frutas Gómez S.L.", "Nordlys ApS",
                               "Piekarnia Złoty Kłos", "Kebab Palace Ltd"]), "   Site MPAN core: ", mpan(r), "\n")
    d.t(lbl[0], ": ", L("PERSON", f"{g} {f}"), "\n")
    d.t(lbl[1], ": ", L("DATE_OF_BIRTH", dfmt(dob, r.choice(["dot", "uk", "iso"]))), "\n")
    d.t(lbl[2], ": ", L("PASSPORT", passport(r, cc)), "   (", cc, ", valid until ", dfmt(ymd(r, 2027, 2034), "dot"), ")\n")
    d.t(lbl[3], ": ", L("ADDRESS", addr(r, cc)), "\n")
    ex = r.random()
    if cc == "ES" or (ex < 0.3 and o == "es"):
        d.t("DNI/NIE: ", L("ES_DNI", dni(r, nie=r.random() < 0.3)), "\n")
    elif cc == "FR":
        fem = r.random() < 0.5
        d.t("N° de sécurité sociale (NIR): ", L("FR_NIR", nir(r, 2 if fem else 1, dob[0], dob[1])), "\n")
    elif cc in ("DE", "AT") and cc == "DE":
        d.t("Steuerliche Identifikationsnummer: ", L("DE_TAX_ID", steuer(r)), "\n")
    elif cc == "IT":
        fem = r.random() < 0.5
        d.t("Codice fiscale: ", L("IT_FISCAL_CODE", codice_fiscale(g, f, dob, fem, r.choice(sorted(BELFIORE)))), "\n")
    d.t("Company bank account (IBAN): ", L("IBAN", iban(r, cc)), "\n")
    d.t("Contact: ", L("EMAIL", email(r, g, f)), " / ", L("PHONE", phone(r, cc)), "\n")
    d.t("Checked by: ", r.choice(["onboarding bot v2.3.1", "KYC team"]), "   Result: PASS\n")


def t_us_medical_baseline(r, d):
    g, f, o, cc = pp(r, r.choice(["us", "us", "vn", "cn", "in", "ng", "so", "es"]))
    st = r.choice(sorted(US_DL))
    c = cond(r)
    dob = ymd(r, 1938, 1990)
    d.t("MEDICAL BASELINE ALLOWANCE APPLICATION\nPacific Cascade Power & Water — residential customers\n\n")
    d.t("SECTION A - CUSTOMER\n")
    d.t("Customer Name: ", L("PERSON", f"{g} {f}"), "\n")
    d.t("Service Address: ", L("ADDRESS", addr(r, "US")), "\n")
    d.t("Service Account #: ", neg_digits(r, 10), "\n")
    d.t("Phone: ", L("PHONE", phone(r, "US")), "\n")
    d.t("Social Security Number (for credit deposit waiver): ", L("US_SSN", ssn(r)), "\n")
    d.t("Driver License / State ID: ", L("DRIVER_LICENSE", US_DL[st](r)), "   Issuing state: ", US_STATE_CODE[st], "\n")
    if r.idx != 1:
        d.t("Alternate ID - U.S. Passport No.: ", L("US_PASSPORT", passport(r, "US")), "\n")
    d.t("\n")
    d.t("SECTION B - PERSON WITH QUALIFYING CONDITION\n")
    pg, pf = (g, f) if r.random() < 0.5 else pp(r, o)[:2]
    d.t("Name: ", L("PERSON", f"{pg} {pf}"), "   DOB: ", L("DATE_OF_BIRTH", dfmt(dob, "us")), "\n")
    if r.idx % 2 == 0:
        d.t("Medicare Beneficiary Identifier (MBI): ", L("US_MBI", mbi(r)), "\n")
    else:
        d.t("Health plan: ", r.choice(["Kaiser Permanente", "Blue Shield of California", "Aetna Better Health", "Molina Healthcare"]),
            "   Member ID: ", L("HEALTH_PLAN_ID", health_plan(r)), "   Group #: ", f"GRP{neg_digits(r, 6)}", "\n")
    d.t("Qualifying condition: ", L("DIAGNOSIS", c[0]), "\n")
    if c[2]:
        d.t("Life-support / qualifying device: ", c[2], "   hours/day: ", str(r.randint(4, 24)), "\n")
    d.t("\nSECTION C - MEDICAL PRACTITIONER CERTIFICATION\n")
    d.t("Practitioner: Dr. ", L("PERSON", full(r, r.choice(["in", "us", "cn"]))), ", MD   NPI: ", neg_digits(r, 10, "1"),
        "\nLicense #: A", str(r.randint(10000, 99999)), " (medical board)\n")
    d.t("Signature on file. Re-certification due ", dfmt(ymd(r, 2026, 2027), "us"), ".\n")


def t_blank_form(r, d):
    d.t(r.choice(["PRIORITY SERVICES REGISTER", "DIRECT DEBIT INSTRUCTION", "CHANGE OF TENANCY", "BEREAVEMENT NOTIFICATION"]),
        " — BLANK TEMPLATE v", f"{r.randint(1, 9)}.{r.randint(0, 20)}", "\n\n")
    for lab in r.sample(["Full Name", "Date Of Birth", "Supply Address", "Postcode", "Telephone Number", "Email Address",
                         "National Insurance Number", "NHS Number", "Sort Code", "Account Number", "Passport Number",
                         "Driving Licence Number", "Medical Condition", "Medication", "Name Of Deceased",
                         "Date Of Death", "Executor Name", "Signature"], 10):
        d.t(lab, ": ", r.choice(["______________________", "[                    ]", "", "....................",
                                  "<<enter>>"]), "\n")
    d.t("\nExample: Name: Joe Bloggs   Postcode: AB1 2CD   Account Number: 00000000\n")
    d.t("Return to: Freepost RTKL-XYZA, Customer Services\n")


def t_staff_starter(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    dob = ymd(r, 1965, 2003)
    sc, ac = sortcode_acct(r)
    fem = r.random() < 0.5
    d.t("NEW STARTER — FIELD OPERATIONS (smart metering)\nEmployee no: E", neg_digits(r, 6), "   Depot: ",
        r.choice(["Bridgend", "Wakefield", "Kilmarnock", "Thetford"]), "\n\n")
    d.t("Surname: ", L("PERSON", f), "\nForename(s): ", L("PERSON", g), "\n")
    d.t("D.O.B.: ", L("DATE_OF_BIRTH", dfmt(dob, "uk")), "\n")
    d.t("NI No: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d.t("Home address: ", L("ADDRESS", addr(r, "GB")), "\n")
    d.t("Personal mobile: ", L("PHONE", phone(r)), "\n")
    d.t("Driving licence no (DVLA, needed for van): ", L("DRIVER_LICENSE", uk_dl(r, f, g, dob, fem)), "  Categories: B, C1\n")
    d.t("Salary paid to: sort code ", L("UK_BANK_ACCOUNT", f"{sc} / {ac}"), "\n")
    eg, ef, _, _ = pp(r, o)
    d.t("Emergency contact: ", L("PERSON", f"{eg} {ef}"), " — ", L("PHONE", phone(r)), "\n")
    if r.random() < 0.5:
        d.t("Occupational health declaration: ", L("DIAGNOSIS", r.choice(["asthma", "type 1 diabetes", "epilepsy (seizure-free 6 yrs)".split(" (")[0]])),
            " — fit for lone working with adjustments\n")
    else:
        d.t("Occupational health declaration: none declared\n")
    d.t("Vehicle: Vauxhall Vivaro reg ", r.choice(["WU21", "CY70", "SK19"]), " ", "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), "\n")


def t_cert_of_eligibility(r, d):
    """Welsh Water / water company social tariff + WaterSure with medical condition certification."""
    g, f, o, cc = pp(r, uk_origin(r))
    c = r.choice([("Crohn's disease", "infliximab"), ("ulcerative colitis", "mesalazine"), ("desquamation", None),
                  ("weeping skin disease (epidermolysis bullosa)", None), ("chronic kidney disease stage 4", "furosemide"),
                  ("incontinence secondary to spina bifida", "oxybutynin")])
    d.t("WaterSure Plus — medical certificate\n\nPatient: ", L("PERSON", f"{g} {f}"), "\n")
    d.t("Address: ", L("ADDRESS", addr(r, "GB")), "\n")
    d.t("NHS No.: ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d.t("I confirm the above patient has ", L("DIAGNOSIS", c[0]), " which causes significant additional use of water.\n")
    if c[1]:
        d.t("Current treatment includes ", L("MEDICATION", c[1]), ".\n")
    d.t("GP: Dr ", L("PERSON", full(r, r.choice(["in", "pk", "en", "ng"]))), ", ",
        r.choice(["Ystradgynlais Group Practice", "Meddygfa Teilo", "Lumb Lane Surgery"]), " — GMC ", str(r.randint(6000000, 7999999)), "\n")
    d.t("Surgery stamp / date: ", dfmt(ymd(r, 2025, 2025), "long"), "\n")

# ================================================================ CLINICAL
def t_renal_letter(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    dob = ymd(r, 1940, 1990)
    meds = r.sample(["sevelamer", "alfacalcidol", "epoetin alfa", "cinacalcet", "amlodipine", "Renavit"], 3)
    d.t(r.choice(["Morriston Hospital", "St James's University Hospital", "Royal Infirmary of Edinburgh"]),
        " — Renal Services, Home Therapies Team\n\n")
    d.t("To: Priority Services Team, ", r.choice(["Dŵr Cymru Welsh Water", "Western Power Distribution", "Scottish Water",
                                                 "Yorkshire Water"]), "\n")
    d.t("Re: ", L("PERSON", f"{g} {f}"), "   DOB ", L("DATE_OF_BIRTH", dfmt(dob, "uk")), "\n")
    d.t("Hospital no: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "   NHS no: ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d.t("Address: ", L("ADDRESS", addr(r, "GB")), "\n\n")
    d.t("Dear colleague,\n\nI can confirm that ", r.choice(["Mr", "Mrs", "Ms"]), " ", L("PERSON", f), " has ",
        L("DIAGNOSIS", r.choice(["end-stage renal disease", "end-stage kidney disease secondary to IgA nephropathy",
                                 "CKD stage 5 due to diabetic nephropathy"])),
        " and performs ", r.choice(["home haemodialysis (NxStage) five nights a week",
                                    "overnight automated peritoneal dialysis"]),
        ". An interruption to the water or electricity supply for more than ", str(r.randint(2, 6)),
        " hours would be clinically significant.\n")
    d.t("Current medicines include ", L("MEDICATION", meds[0]), ", ", L("MEDICATION", meds[1]), " and ",
        L("MEDICATION", meds[2]), ".\n")
    d.t("There is no history of ", r.choice(["epilepsy", "cognitive impairment", "hepatitis B"]),
        ". Water usage is approximately ", str(r.randint(300, 600)), " litres per session.\n\n")
    d.t("Yours sincerely,\n\n", L("PERSON", full(r, r.choice(["en", "in", "ga", "eg"]))), "\nClinical Nurse Specialist, Home Therapies\n",
        "Tel: ", L("PHONE", phone(r)), "\n")


def t_discharge(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    c = r.choice([CONDS[0], CONDS[6], CONDS[2], CONDS[9]])
    d.t("DISCHARGE SUMMARY\n", "-" * 40, "\n")
    d.t("Patient: ", L("PERSON", f"{f.upper()}, {g}"), "        MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d.t("DOB: ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1935, 1970), "uk")), "   NHS: ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d.t("Admitted: ", dfmt(ymd(r, 2025, 2025), "uk"), "   Discharged: ", dfmt(ymd(r, 2025, 2025), "uk"), "   Ward: ",
        r.choice(["Ward 7 (Respiratory)", "Cardigan Ward", "AMU"]), "\n\n")
    d.t("Primary diagnosis: ", L("DIAGNOSIS", c[0]), "\n")
    d.t("Secondary: ", L("DIAGNOSIS", r.choice(["hypertension", "type 2 diabetes mellitus", "osteoarthritis of both knees",
                                                "anxiety disorder"])), "\n")
    d.t("Ruled out: pulmonary embolism (CTPA negative). No evidence of ", r.choice(["sepsis", "malignancy", "heart failure"]), ".\n\n")
    d.t("Medications on discharge:\n")
    for m in c[1][:2]:
        d.t("  - ", L("MEDICATION", m), " ", r.choice(["as directed", "as before admission", "regular — see MAR chart", "dose unchanged"]), "\n")
    d.t("  - ", L("MEDICATION", r.choice(["prednisolone", "doxycycline", "omeprazole", "paracetamol"])), " ", r.choice(["30 mg OD 5 days", "100 mg OD"]), "\n\n")
    d.t("Home equipment: ", c[2] or "none", " — ", r.choice(["BOC", "Air Liquide", "Dolby Vivisol"]),
        " informed; electricity supplier notified for Priority Services Register (needs code 04).\n")
    d.t("Follow-up: respiratory clinic 6/52. GP to review.\n")
    d.t("Discharging clinician: Dr ", L("PERSON", full(r)), ", ST4 Respiratory Medicine\n")


def t_renal_labs(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    dob = ymd(r, 1940, 1990)
    d.t("PATHOLOGY — CLINICAL BIOCHEMISTRY                 Report ", neg_digits(r, 9), "\n")
    d.t(f"{'Patient':<14}", L("PERSON", f"{f.upper()} {g}"), "\n")
    d.t(f"{'DOB':<14}", L("DATE_OF_BIRTH", dfmt(dob, "uk")), f"   {'Sex':<5}", r.choice(["F", "M"]), "\n")
    d.t(f"{'MRN':<14}", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\n")
    d.t(f"{'Location':<14}", "HOME HD — SATELLITE UNIT\n")
    d.t(f"{'Clinical info':<14}", L("DIAGNOSIS", r.choice(["ESRD on home HD", "CKD 5", "end-stage renal failure"])), ", pre-dialysis bloods\n\n")
    d.t(f"{'Test':<22}{'Result':>8}  {'Units':<10}{'Ref range':<14}\n")
    for t, lo, hi, u in [("Sodium", 133, 146, "mmol/L"), ("Potassium", 3.5, 5.3, "mmol/L"), ("Urea", 2.5, 7.8, "mmol/L"),
                         ("Creatinine", 64, 104, "umol/L"), ("Haemoglobin", 115, 165, "g/L"), ("PTH", 1.6, 6.9, "pmol/L")]:
        v = round(r.uniform(lo * 0.7, hi * (6 if t in ("Urea", "Creatinine") else 1.4)), 1)
        d.t(f"{t:<22}{v:>8}  {u:<10}{lo}-{hi}\n")
    d.t("\nAuthorised by: ", L("PERSON", full(r)), " (Clinical Scientist)   ", dfmt(ymd(r, 2025, 2025), "iso"), "\n")


def t_water_lab(r, d):
    d.t("DRINKING WATER QUALITY — LABORATORY CERTIFICATE\n")
    d.t("Sample ID: WQ", neg_digits(r, 8), "   Supply zone: ", r.choice(["Z-CWM-014", "Z-LEE-221", "Z-ABD-007"]),
        "   Point: ", r.choice(["service reservoir outlet", "customer tap (random daytime)", "booster station"]), "\n")
    gr = neg_digits(r, 10)
    d.t("Grid ref: ", f"SN {gr[:5]} {gr[5:]}", "   Lat/Lon: ",
        f"{r.uniform(51.4, 53.9):.5f}, {-r.uniform(1.5, 4.5):.5f}", "\n\n")
    for p, v in [("Escherichia coli (E. coli)", "0 /100ml"), ("Coliform bacteria", f"{r.randint(0, 2)} /100ml"),
                 ("Legionella pneumophila sg 1", "not detected"), ("Cryptosporidium", "0 oocysts/10L"),
                 ("Lead", f"{r.uniform(0.1, 4):.2f} ug/l"), ("Free chlorine", f"{r.uniform(0.1, 0.8):.2f} mg/l"),
                 ("Turbidity", f"{r.uniform(0.05, 0.6):.2f} NTU")]:
        d.t(f"{p:<34}{v}\n")
    d.t("\nMethod refs: SCA Blue Book 2017, ISO 11731:2017. Accreditation UKAS 0", str(r.randint(100, 999)), ".\n")
    d.t("Note: results relate only to the sample tested. Legionnaires' disease risk assessment remains with the site owner.\n")


def t_hl7(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    dob = ymd(r, 1935, 1995)
    c = cond(r)
    ts = f"2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    sep = "\r" if r.random() < 0.3 else "\n"
    fam, giv = re.sub(r"[ ]", " ", f.upper()), g.upper()
    mid = r.choice(["", "J", "A"])
    d.t("MSH|^~\\&|CAREFLOW|RX1|PSRHUB|UTILITY|", ts, "||ADT^A03|MSG", neg_digits(r, 8), "|P|2.4", sep)
    d.t("EVN|A03|", ts, sep)
    d.t("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn(r, r.choice([0, 1, 3]))), "^^^RX1^MR~", L("UK_NHS_NUMBER", nhs(r).replace(" ", "")),
        "^^^NHS^NH||", L("PERSON", f"{fam}^{giv}" + (f"^{mid}" if mid else "")), "||", L("DATE_OF_BIRTH", dfmt(dob, "hl7")),
        "|", r.choice("FM"), "|||")
    a = addr(r, "GB", "\n").split("\n")
    hl = "^".join([a[0], a[1] if len(a) > 3 else "", a[-2], "", a[-1]])
    d.t(L("ADDRESS", hl.replace("^^", "^", 0)), "^GBR||", L("PHONE", phone(r)), sep)
    ng, nf, _, _ = pp(r, o)
    d.t("NK1|1|", L("PERSON", f"{nf.upper()}^{ng.upper()}"), "|", r.choice(["DAU", "SON", "SPO"]), "|||",
        L("PHONE", phone(r)), sep)
    d.t("PV1|1|I|RESP^W7^B12||||C", neg_digits(r, 6), sep)
    d.t("DG1|1|I10|", r.choice(["J44.1", "N18.5", "G12.2", "I50.0"]), "^", L("DIAGNOSIS", c[0]), "^I10||", ts[:8], "|F", sep)
    d.t("ZPS|1|PSR_REFERRAL|Y|", c[2] or "none", "|04", sep)


def t_fhir(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    c = cond(r)
    other = r.choice([x for x in CONDS if x != c])
    pid = f"pat-{neg_digits(r, 6)}"
    bundle = {
        "resourceType": "Bundle", "type": "collection", "meta": {"source": "urn:oid:2.16.840.1.113883.2.1.4.1"},
        "entry": [
            {"resource": {"resourceType": "Patient", "id": pid,
                          "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", nhs(r).replace(" ", ""))},
                                         {"system": "urn:trust:mrn", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
                          "name": [{"family": L("PERSON", f), "given": [L("PERSON", g)]}],
                          "telecom": [{"system": "phone", "value": L("PHONE", phone(r))}],
                          "birthDate": L("DATE_OF_BIRTH", dfmt(ymd(r, 1935, 2000), "iso")),
                          "address": [{"line": [L("ADDRESS", addr(r, "GB").split(",")[0])], "city": "Swansea"}]}},
            {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                          "code": {"text": L("DIAGNOSIS", c[0])}, "subject": {"reference": f"Patient/{pid}"}}},
            {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
                          "code": {"text": other[0]}, "subject": {"reference": f"Patient/{pid}"}}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active",
                          "medicationCodeableConcept": {"text": L("MEDICATION", c[1][0])}, "subject": {"reference": f"Patient/{pid}"}}},
        ]}
    if c[2]:
        bundle["entry"].append({"resource": {"resourceType": "Device", "type": {"text": c[2]}, "serialNumber": "VIV-" + neg_digits(r, 7),
                                             "patient": {"reference": f"Patient/{pid}"}}})
    jemit(d, bundle)
    d.t("\n")


def t_fhir_valueset(r, d):
    vs = {"resourceType": "ValueSet", "id": "psr-needs-codes", "version": f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 30)}",
          "name": "PriorityServicesNeeds", "status": "active", "publisher": "Utility Data Standards Working Group",
          "compose": {"include": [{"system": "urn:psr:needs", "concept": [
              {"code": "04", "display": "Oxygen use"}, {"code": "05", "display": "Dialysis, feeding pump and automated medication"},
              {"code": "02", "display": "Heart, lung & ventilator"}, {"code": "14", "display": "Hearing (BSL)"},
              {"code": "33", "display": "Chronic kidney disease requiring dialysis"},
              {"code": "18", "display": "Motor neurone disease, Parkinson's disease"}]}]}}
    jemit(d, vs)
    d.t("\n")


def t_occ_health(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    dob = ymd(r, 1965, 2000)
    ev = r.choice([("electric shock from a cut-out fuse at a customer property", "no entry or exit burns; ECG normal"),
                   ("noise exposure at a pumping station", "audiogram shows 4 kHz notch bilaterally"),
                   ("fall from ladder while reading a meter in a loft", "tenderness over L-spine, no neuro deficit")])
    dx = r.choice(["noise-induced hearing loss", "lumbar strain", "post-traumatic stress disorder", "carpal tunnel syndrome",
                   "hand-arm vibration syndrome"])
    d.t("OCCUPATIONAL HEALTH — CONSULTATION NOTE (confidential)\n")
    d.t("Employee: ", L("PERSON", f"{g} {f}"), "   Emp no E", neg_digits(r, 6), "   DOB ", L("DATE_OF_BIRTH", dfmt(dob, "long")), "\n")
    d.t("Role: smart meter engineer, ", r.choice(["South Wales", "Tayside", "East Anglia"]), " patch\n\n")
    d.t("S: Referred after ", ev[0], ". Reports ", r.choice(["tinnitus", "low back pain", "poor sleep and flashbacks", "numb fingers at night"]),
        ". Denies chest pain or palpitations.\n")
    d.t("O: ", ev[1], ". BP ", f"{r.randint(110, 150)}/{r.randint(70, 95)}", ".\n")
    d.t("A: ", L("DIAGNOSIS", dx), ". No evidence of cardiac injury.\n")
    d.t("P: ", L("MEDICATION", r.choice(["naproxen", "sertraline", "co-codamol", "amitriptyline"])),
        " started by GP; restricted duties 4 weeks; review ", dfmt(ymd(r, 2025, 2025), "uk"), ".\n")
    if r.random() < 0.6:
        d.t("Private medical cover (company scheme, Bupa) membership no: ", L("HEALTH_PLAN_ID", health_plan(r, 3)), " — treatment pre-authorised\n")
    d.t("Clinician: ", L("PERSON", full(r)), " RGN OHNP\n")
    d.t("Note: 'shock' in the incident log refers to the electrical event, not the clinical state.\n")


# ================================================================ STRUCTURED
def t_crm_csv(r, d):
    d.t("")
    hdr = ["account_no", "mpan_core", "title", "first_name", "last_name", "email", "mobile", "supply_address", "psr_flag", "balance_gbp"]
    row(d, hdr)
    for _ in range(r.randint(3, 6)):
        g, f, o, cc = pp(r, uk_origin(r))
        row(d, [acct_no(r), mpan(r), r.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", ""]), L("PERSON", g), L("PERSON", f),
                L("EMAIL", email(r, g, f)), L("PHONE", phone(r)), L("ADDRESS", addr(r, "GB")), r.choice(["Y", "N", "N"]),
                f"{r.uniform(-900, 300):.2f}"])


def t_reads_tsv(r, d):
    row(d, ["meter_serial", "register", "read_ts", "read_kwh", "read_type", "feeder", "tariff"], "\t")
    ms = meter_serial(r)
    base = r.randint(10000, 60000)
    for i in range(r.randint(5, 9)):
        base += r.randint(3, 40)
        row(d, [ms, r.choice(["1", "2", "R1"]), f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:30:00Z",
                f"{base}.{r.randint(0, 9)}", r.choice(["A", "E", "C", "S"]), f"F{r.randint(100, 999)}-{r.choice(SUBSTATIONS).split()[0][:3].upper()}",
                r.choice(TARIFFS)], "\t")


def t_debt_csv(r, d):
    row(d, ["case_ref", "customer_name", "ni_number", "benefits", "monthly_income", "arrears", "vulnerability", "agent"])
    for _ in range(r.randint(3, 5)):
        g, f, o, cc = pp(r, uk_origin(r))
        vul = r.choice(["none", "cond", "hearing", "low income"])
        vcell = L("DIAGNOSIS", cond(r)[0]) if vul == "cond" else (L("DIAGNOSIS", r.choice(HEARING)) if vul == "hearing" else vul)
        row(d, [case_no(r), L("PERSON", f"{g} {f}"), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)),
                r.choice(["UC;PIP", "ESA", "Pension Credit", "UC", ""]), f"{r.randint(400, 2200)}", f"{r.randint(100, 4800)}.{r.randint(0, 99):02d}",
                vcell, L("PERSON", r.choice(NAMES["en"][0] + NAMES["gd"][0]))])


def t_meter_event_json(r, d):
    ev = {"eventType": r.choice(["PowerOutageAlert", "TamperDetected", "ReverseFlow", "FirmwareUpgradeComplete"]),
          "deviceId": f"{r.randint(0, 255):02X}-{r.randint(0, 255):02X}-{r.randint(0, 255):02X}-{r.randint(0, 255):02X}-00-01-{r.randint(0, 255):02X}-{r.randint(0, 255):02X}",
          "meterSerial": meter_serial(r), "mpanCore": mpan(r), "firmware": f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 255)}.{r.randint(100, 999)}",
          "commsHub": {"model": "EDMI CH-2", "mac": ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))},
          "timestamp": r.randint(1735689600, 1764000000), "reading": {"importKWh": round(r.uniform(1000, 80000), 3), "exportKWh": 0},
          "location": {"lat": round(r.uniform(50.3, 57.5), 6), "lon": round(-r.uniform(0.5, 5.5), 6), "feeder": f"FDR-{r.randint(1, 40):02d}"},
          "tariff": r.choice(TARIFFS)}
    jemit(d, ev)
    d.t("\n")


def t_customer_api(r, d):
    o = r.choice(["fr", "es", "it", "de", "pt", "nl", "pl", "ie", "ro", "tr", "dk"]) if r.random() < 0.6 else uk_origin(r)
    if o == "ie":
        o = "ga"
    g, f, _, cc = pp(r, o)
    dob = ymd(r, 1940, 2003)
    ibcc = cc if cc in IBAN_BBAN else "GB"
    obj = {"customerId": f"C{neg_digits(r, 9)}", "status": "ACTIVE",
           "person": {"givenName": L("PERSON", g), "familyName": L("PERSON", f), "dateOfBirth": L("DATE_OF_BIRTH", dfmt(dob, "iso")),
                      "preferredLanguage": {"GB": "en-GB", "IE": "ga-IE"}.get(cc, o)},
           "contact": {"email": L("EMAIL", email(r, g, f)), "phone": L("PHONE", phone(r, cc)),
                       "correspondenceAddress": L("ADDRESS", addr(r, cc))},
           "supplyPoints": [{"mpan": mpan(r), "meterSerial": meter_serial(r), "tariffCode": r.choice(TARIFFS)},
                            {"mprn": neg_digits(r, 10), "meterSerial": meter_serial(r, "G")}],
           "payment": {"method": "DIRECT_DEBIT", "iban": L("IBAN", iban(r, ibcc, spaced=False)), "mandateRef": f"DDM{neg_digits(r, 9)}"},
           "flags": {"psr": r.random() < 0.3, "debtPath": r.choice([None, "STAGE_2", "PAYPLAN"])},
           "apiVersion": "3.14.0.2"}
    if r.random() < 0.5:
        obj["card"] = {"masked": f"**** **** **** {r.randint(1000, 9999)}", "expiry": f"{r.randint(1, 12):02d}/{r.randint(26, 30)}"}
    jemit(d, obj)
    d.t("\n")


def t_crm_ndjson(r, d):
    for _ in range(r.randint(3, 5)):
        g, f, o, cc = pp(r)
        kind = r.choice(["note", "contact_update", "psr_add", "payment", "login"])
        agent = r.choice(NAMES["en"][0] + NAMES["cy"][0] + NAMES["pl"][0])
        ev = {"ts": f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z",
              "type": kind, "account": acct_no(r)}
        if kind == "note":
            ev["text"] = Mix("Spoke to ", L("PERSON", f"{g} {f}"), r.choice([
                f" re high bill; agreed £{r.randint(20, 90)}/month plan.",
                f" — wants paper bills, says reads are estimated since the meter was swapped.",
                " (rappel demandé en français).", " — llamar después de las 18h."]))
            ev["agent"] = L("PERSON", agent)
        elif kind == "contact_update":
            ev["email"] = L("EMAIL", email(r, g, f))
            ev["phone"] = L("PHONE", phone(r, r.choice(["GB", cc])))
        elif kind == "psr_add":
            c = cond(r)
            ev["customer"] = L("PERSON", f"{g} {f}")
            ev["needs"] = ["04", "23"]
            ev["condition"] = L("DIAGNOSIS", c[0])
        elif kind == "payment":
            ev["amount"] = round(r.uniform(10, 400), 2)
            ev["card"] = f"{r.choice(['4', '5'])}{dg(r, 5)}******{dg(r, 4)}"
            ev["authCode"] = dg(r, 6)
        else:
            ev["user"] = L("EMAIL", email(r, g, f))
            ev["ip"] = L("IP_ADDRESS", ipv4(r, r.choice(["doc", "pub"])))
            ev["ua"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
        jemit(d, ev, compact=True)
        d.t("\n")


def t_job_yaml(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    eg = r.choice(NAMES["en"][0] + NAMES["gd"][0] + NAMES["cy"][0])
    ef = r.choice(NAMES["en"][1] + NAMES["cy"][1])
    d.t("# field job sheet — exported from WFM\n")
    d.t("job_id: ", job_no(r), "\n")
    d.t("type: ", r.choice(["SMETS2 exchange", "meter fault — no supply", "water meter install", "cut-out replacement"]), "\n")
    d.t("engineer:\n  name: ", L("PERSON", f"{eg} {ef}"), "\n  van: VN", str(r.randint(1000, 9999)), "\n")
    d.t("customer:\n  name: ", L("PERSON", f"{g} {f}"), "\n  phone: \"", L("PHONE", phone(r)), "\"\n")
    d.t("  site_address: |\n")
    a = addr(r, "GB", "\n").split("\n")
    d.t("    ", L("ADDRESS", "\n    ".join(a)), "\n")
    d.t("access_notes: >-\n  ")
    v = r.random()
    if v < 0.5:
        c = cond(r)
        d.t("Customer has ", L("DIAGNOSIS", c[0]), "; ", c[2] or "equipment", " must stay powered — bring a",
            " temporary supply / generator and call ahead.\n")
    else:
        d.t("Dog on premises. Key safe code held by neighbour at no. ", str(r.randint(2, 99)), ".\n")
    d.t("meter:\n  old_serial: ", meter_serial(r), "\n  mpan: \"", mpan_full(r), "\"\n  gps: [", f"{r.uniform(51.3, 56.9):.5f}", ", ",
        f"{-r.uniform(2.0, 5.0):.5f}", "]\n")
    d.t("sla: ", r.choice(["PSR 3h", "4h", "next day"]), "\n")


def t_scada_yaml(r, d):
    d.t("# OT asset register — pumping station RTUs (do not edit by hand)\n")
    d.t("site: ", r.choice(["Felindre WTW", "Bretton PS", "Loch Turret", "Hollingworth SR"]), "\n")
    d.t("schema: 2.16.840.1.113883.3.", str(r.randint(100, 999)), "\n")
    d.t("firmware_baseline: ", f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(0, 999)}", "\n")
    d.t("devices:\n")
    for i in range(r.randint(2, 4)):
        d.t("  - tag: RTU-", str(r.randint(100, 999)), "\n    model: ", r.choice(["Schneider M580", "Siemens S7-1500", "ABB RTU560"]),
            "\n    ip: ", L("IP_ADDRESS", ipv4(r, "priv")), "\n    version: \"", f"{r.randint(2, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(10, 300)}",
            "\"\n    modbus_unit: ", str(r.randint(1, 247)), "\n")
    d.t("historian:\n  host: ", L("IP_ADDRESS", ipv4(r, "priv")), "\n  port: 4840\n  bind: 0.0.0.0\n  healthcheck: http://127.0.0.1:8080/health\n")
    if r.random() < 0.5:
        d.t("on_call_contact: ", L("EMAIL", r.choice(["ot-oncall", "scada.support", "control-room"]) + "@" + r.choice(["hafren-utilities.co.uk", "example-water.com"])), "\n")


def t_refund_csv(r, d):
    row(d, ["batch", "refund_id", "payee_name", "payee_iban", "amount_eur", "reason"])
    b = f"RF{r.randint(2024, 2025)}{r.randint(1, 52):02d}"
    for _ in range(r.randint(3, 6)):
        o = r.choice(["fr", "es", "pt", "it", "de", "at", "nl", "be", "ga", "dk", "pl", "ro"])
        g, f, _, cc = pp(r, o)
        if r.random() < 0.2:
            row(d, [b, neg_digits(r, 8), L("PERSON", f"{g} {f}"), bad_iban(r, cc), f"{r.uniform(5, 500):.2f}", "REJECTED checksum"])
        else:
            row(d, [b, neg_digits(r, 8), L("PERSON", f"{g} {f}"), L("IBAN", iban(r, cc, spaced=r.random() < 0.5)),
                    f"{r.uniform(5, 500):.2f}", r.choice(["credit balance on final bill", "overpayment", "goodwill — outage compensation"])])


def t_staff_tsv(r, d):
    row(d, ["emp_no", "surname", "forename", "work_mobile", "work_email", "licence_state", "licence_no", "depot"], "\t")
    for _ in range(r.randint(3, 5)):
        g, f, o, cc = pp(r, r.choice(["us", "us", "es", "vn", "ng", "in", "pl"]))
        st = r.choice(sorted(US_DL))
        em = f"{re.sub(r'[^a-z]', '', _strip(g).lower())}.{re.sub(r'[^a-z]', '', _strip(f).lower())}@pcpw-utility.com"
        row(d, [f"U{neg_digits(r, 6)}", L("PERSON", f), L("PERSON", g), L("PHONE", phone(r, "US")), L("EMAIL", em),
                US_STATE_CODE[st], L("DRIVER_LICENSE", US_DL[st](r)), r.choice(["Sacramento North", "Eugene", "Yakima"])], "\t")


def t_assets_json(r, d):
    feats = []
    for _ in range(r.randint(2, 4)):
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(-r.uniform(1, 5), 6), round(r.uniform(51, 57), 6)]},
                      "properties": {"asset_id": f"SS-{neg_digits(r, 6)}", "name": r.choice(SUBSTATIONS), "voltage_kv": r.choice([11, 33, 132]),
                                     "feeder": f"F{r.randint(1, 24):02d}", "customers_affected": r.randint(0, 2400),
                                     "streets": r.sample(STREETS_OUTAGE, 3), "firmware": f"10.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(1, 254)}"}})
    jemit(d, {"type": "FeatureCollection", "name": "planned_outages", "generated": "2025-06-01T04:00:00Z", "features": feats})
    d.t("\n")


def t_tariff_csv(r, d):
    row(d, ["tariff_code", "fuel", "unit_rate_p_kwh", "standing_charge_p_day", "region", "valid_from", "notes"])
    for t in r.sample(TARIFFS, 5):
        row(d, [t, r.choice(["E", "G", "W"]), f"{r.uniform(6, 32):.3f}", f"{r.uniform(25, 65):.2f}",
                r.choice(["South Wales", "N Scotland", "Yorkshire", "East"]), f"2025-{r.randint(1, 12):02d}-01",
                r.choice(["", "Economy 7", "eligible: Warm Home Discount", "WaterSure cap", "Named after Ada Lovelace Day promo"])])


def t_benefits_csv(r, d):
    row(d, ["emp_id", "first_name", "last_name", "ssn", "birth_date", "medical_plan", "member_id", "group_no", "coverage"])
    for _ in range(r.randint(3, 5)):
        g, f, o, cc = pp(r, r.choice(["us", "us", "vn", "so", "es", "cn", "ua", "in"]))
        masked = r.random() < 0.3
        row(d, [f"U{neg_digits(r, 6)}", L("PERSON", g), L("PERSON", f), f"***-**-{dg(r, 4)}" if masked else L("US_SSN", ssn(r)),
                L("DATE_OF_BIRTH", dfmt(ymd(r, 1960, 2003), "us")), r.choice(["Kaiser HMO", "Regence PPO", "Premera Blue Cross"]),
                L("HEALTH_PLAN_ID", health_plan(r, r.choice([0, 1, 2]))), f"G{neg_digits(r, 7)}", r.choice(["EE", "EE+SP", "FAM"])])

# ================================================================ LOGS
def _ts(r):
    """Per-document monotonic clock."""
    import time
    if not hasattr(r, "_t"):
        r._t = r.randint(1735689600, 1764000000)
    r._t += r.randint(1, 240)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(r._t)) + f".{r.randint(0, 999):03d}Z"


def t_scada_log(r, d):
    host = r.choice(["ot-hist01", "scada-fep-2", "rtu-gw-brd"])
    for _ in range(r.randint(5, 8)):
        v = r.randint(0, 5)
        d.t(f"<{r.randint(128, 190)}>1 ", _ts(r), " ", host, " ")
        if v == 0:
            d.t("iec104[", str(r.randint(100, 9999)), "]: ASDU from ", L("IP_ADDRESS", ipv4(r, "priv")), ":2404 COT=3 IOA=", str(r.randint(1000, 60000)),
                " val=", f"{r.uniform(10, 400):.2f}", "\n")
        elif v == 1:
            d.t("snmpd: trap oid=1.3.6.1.4.1.", str(r.randint(1000, 60000)), ".2.1.", str(r.randint(1, 40)), " agent=",
                L("IP_ADDRESS", ipv4(r, "priv")), " sysUpTime=", str(r.randint(10000, 9999999)), "\n")
        elif v == 2:
            d.t("alarm: FEEDER ", f"F{r.randint(1, 30):02d}", " @ ", r.choice(SUBSTATIONS), " CB trip, fault current ",
                str(r.randint(800, 9000)), "A; autoreclose ", r.choice(["successful", "locked out"]), "\n")
        elif v == 3:
            d.t("fwupd: RTU-", str(r.randint(100, 999)), " firmware ", f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 20)}.{r.randint(0, 255)}",
                " -> ", f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 20)}.{r.randint(0, 255)}", " ok\n")
        elif v == 4:
            d.t("sshd[", str(r.randint(100, 9999)), "]: Accepted publickey for opsadmin from ",
                L("IP_ADDRESS", r.choice([ipv4(r, "doc"), ipv6(r)])), " port ", str(r.randint(30000, 65000)), "\n")
        else:
            d.t("ntpd: peer 127.0.0.1 stratum 2 offset ", f"{r.uniform(-3, 3):.3f}", "ms; listen on 0.0.0.0:123\n")


def t_billing_log(r, d):
    for _ in range(r.randint(4, 7)):
        v = r.randint(0, 4)
        g, f, o, cc = pp(r)
        d.t(_ts(r), " level=", r.choice(["INFO", "WARN", "DEBUG"]), " svc=billing-engine ")
        if v == 0:
            d.t("msg=\"bill issued\" account=", acct_no(r), " total_gbp=", f"{r.uniform(20, 900):.2f}", " kwh=", str(r.randint(80, 3000)),
                " email_to=", L("EMAIL", email(r, g, f)), "\n")
        elif v == 1:
            d.t("msg=\"card payment\" account=", acct_no(r), " pan=", f"{r.choice(['4', '5'])}{dg(r, 5)}******{dg(r, 4)}",
                " auth=", dg(r, 6), " status=APPROVED\n")
        elif v == 2:
            d.t("msg=\"gateway raw payload (PCI ALERT)\" body='{\"cardholder\":\"", L("PERSON", f"{g} {f}"), "\",\"pan\":\"",
                L("CREDIT_CARD", card(r).replace(" ", "").replace("-", "")), "\",\"exp\":\"", f"{r.randint(1, 12):02d}{r.randint(26, 30)}", "\"}'\n")
        elif v == 3:
            bad = "4" + dg(r, 15)
            while luhn_ok(bad):
                bad = "4" + dg(r, 15)
            d.t("msg=\"reference rejected\" ref=", bad, " reason=luhn_fail order=ORD-", neg_digits(r, 8), "\n")
        else:
            d.t("msg=\"estimated read\" mpan=", mpan(r), " est_kwh=", str(r.randint(100, 900)), " tariff=", r.choice(TARIFFS), "\n")


def t_portal_auth(r, d):
    for _ in range(r.randint(4, 7)):
        g, f, o, cc = pp(r)
        ok = r.random() < 0.7
        d.t(_ts(r), " portal-auth ", "event=", "login_success" if ok else "login_failed", " user=", L("EMAIL", email(r, g, f)),
            " src=", L("IP_ADDRESS", r.choice([ipv4(r), ipv4(r), ipv6(r)])), " mfa=", r.choice(["sms", "totp", "none"]),
            " app=myaccount-web/", f"{r.randint(4, 7)}.{r.randint(0, 30)}.{r.randint(0, 9)}", "\n")
    d.t(_ts(r), " portal-auth event=healthcheck src=127.0.0.1 status=200\n")


def t_sms_gateway(r, d):
    area = r.sample(STREETS_OUTAGE, 2)
    ref = f"INC{neg_digits(r, 7)}"
    for _ in range(r.randint(3, 6)):
        cc = r.choice(["GB", "GB", "GB", "PL", "RO", "IE"])
        d.t(_ts(r), " smsgw send id=", neg_digits(r, 10), " to=", L("PHONE", phone(r, cc).replace(" ", "")), " tpl=OUTAGE_",
            r.choice(["START", "UPDATE", "RESTORED"]), " ref=", ref, " dr=", r.choice(["DELIVRD", "UNDELIV", "EXPIRED"]), "\n")
    d.t(_ts(r), " smsgw template OUTAGE_START body=\"Power cut affecting ", area[0], " and ", area[1],
        ". Engineers on site. Est. restore 18:00. Ref ", ref, ". Call 105.\"\n")


def t_sepa_log(r, d):
    d.t("# SEPA DD collection run ", f"PAIN.008.001.02 MsgId=COLL{neg_digits(r, 8)}", "\n")
    for _ in range(r.randint(3, 6)):
        o = r.choice(["fr", "es", "it", "de", "nl", "be", "at", "pt", "ga"])
        g, f, _, cc = pp(r, o)
        v = r.random()
        d.t(_ts(r), " collect mandate=UMR", neg_digits(r, 10), " debtor=\"", L("PERSON", f"{g} {f}"), "\" ")
        if v < 0.55:
            d.t("iban=", L("IBAN", iban(r, cc, spaced=False)))
        elif v < 0.8:
            s = iban(r, cc, spaced=False)
            d.t("iban=", s[:4], "*" * (len(s) - 8), s[-4:])
        else:
            d.t("iban=", bad_iban(r, cc).replace(" ", ""), " ERR=AC01")
        d.t(" amt=", f"{r.uniform(15, 300):.2f}", " seq=", r.choice(["FRST", "RCUR"]), "\n")


def t_app_log(r, d):
    svc = r.choice(["meter-ingest", "tariff-svc", "outage-map", "dcc-adapter"])
    for _ in range(r.randint(5, 9)):
        v = r.randint(0, 5)
        d.t(f"{r.randint(1735689600, 1764000000)}.{r.randint(0, 999):03d} ", svc, " ")
        if v == 0:
            d.t("INFO build=", f"{r.randint(1, 9)}.{r.randint(0, 99)}.{r.randint(0, 99)}.{r.randint(0, 9999)}", " commit=",
                "".join(r.choice("0123456789abcdef") for _ in range(12)), " started\n")
        elif v == 1:
            d.t("INFO processed ", str(r.randint(1000, 900000)), " reads in ", str(r.randint(10, 9000)), "ms batch=B", neg_digits(r, 8), "\n")
        elif v == 2:
            d.t("WARN DCC SR 8.14.1 timeout device=", f"{r.randint(0, 255):02X}-{r.randint(0, 255):02X}-00-00-00-0{r.randint(0, 9)}-FF-FE",
                " retry=", str(r.randint(1, 5)), "\n")
        elif v == 3:
            d.t("INFO outage polygon updated substation=\"", r.choice(SUBSTATIONS), "\" streets=", ";".join(r.sample(STREETS_OUTAGE, 3)),
                " customers=", str(r.randint(5, 900)), "\n")
        elif v == 4:
            d.t("DEBUG tariff ", r.choice(TARIFFS), " rate=", f"{r.uniform(5, 35):.4f}", " p/kWh sc=", f"{r.uniform(20, 60):.2f}", "\n")
        else:
            d.t("INFO listening on 0.0.0.0:", str(r.choice([8080, 9090, 443])), " (proxy ::1)\n")


def t_ivr_log(r, d):
    for _ in range(r.randint(2, 4)):
        g, f, o, cc = pp(r, uk_origin(r))
        cid = neg_digits(r, 9)
        d.t(_ts(r), " ivr call=", cid, " ani=", L("PHONE", "+44" + re.sub(r"^0", "", re.sub(r"^44", "", re.sub(r"\D", "", phone(r))))),
            " menu=", r.choice(["1-2", "3", "9-1"]), "\n")
        d.t(_ts(r), " ivr call=", cid, " id&v account=", acct_no(r), " caller_dob=",
            L("DATE_OF_BIRTH", dfmt(ymd(r), "iso")), " postcode_match=", r.choice(["true", "false"]), "\n")
        if r.random() < 0.5:
            d.t(_ts(r), " ivr call=", cid, " transfer queue=PSR reason=\"caller states ", L("DIAGNOSIS", cond(r)[0]), "\"\n")
        d.t(_ts(r), " ivr call=", cid, " agent=", L("PERSON", r.choice(NAMES["cy"][0] + NAMES["en"][0]) + " " + r.choice(NAMES["cy"][1])), " handle_s=", str(r.randint(40, 900)), "\n")


# ================================================================ EMAIL / CHAT / TICKET
def t_bereavement_email(r, d):
    dg_, df_, o, cc = pp(r, uk_origin(r))
    eg, ef, _, _ = pp(r, o)
    sg, sf, _, _ = pp(r, "en")
    dob = ymd(r, 1925, 1960)
    sol = r.choice(["Hugh James", "Thorntons Law", "Gordons LLP", "Blake Morgan"])
    d.t("From: ", L("EMAIL", f"{_strip(sg[0]).lower()}.{re.sub(r'[^a-z]', '', _strip(sf).lower())}@{re.sub(r'[^a-z]', '', sol.lower())}.co.uk"), "\n")
    d.t("To: ", L("EMAIL", "bereavement@" + r.choice(["hafren-energy.co.uk", "example-utility.co.uk"])), "\n")
    d.t("Subject: Estate of the late ", L("PERSON", f"{dg_} {df_}"), " — account ", acct_no(r), "\n\n")
    d.t("Dear Bereavement Team,\n\nWe act for the executor, ", L("PERSON", f"{eg} {ef}"), ", in the estate of ", L("PERSON", f"{dg_} {df_}"),
        " (born ", L("DATE_OF_BIRTH", dfmt(dob, "long")), ", died ", dfmt(ymd(r, 2025, 2025), "long"), "), late of\n",
        L("ADDRESS", addr(r, "GB", "\n")), ".\n\n")
    d.t("Please close the electricity and water accounts at that address from the date of death, stop the Direct Debit and send ",
        "the final statements to this office. A copy of the death certificate and the grant of probate (ref ",
        f"{r.randint(1000000, 9999999)}/{r.randint(2024, 2025)}", ") are attached.\n\n")
    if r.random() < 0.5:
        d.t("The deceased was on your Priority Services Register because of ", L("DIAGNOSIS", cond(r)[0]),
            "; the ", r.choice(["oxygen concentrator", "stairlift", "profiling bed"]), " has been collected by the NHS.\n\n")
    d.t("The executor can be reached on ", L("PHONE", phone(r)), ".\n\nKind regards\n\n", L("PERSON", f"{sg} {sf}"), "\nPrivate Client Paralegal, ", sol, "\n")


def t_poa_email(r, d):
    dg_, df_, o, cc = pp(r, uk_origin(r))
    ag, af, _, _ = pp(r, o)
    d.t("From: ", L("PERSON", f"{ag} {af}"), " <", L("EMAIL", email(r, ag, af)), ">\nTo: Customer Services\nSubject: Lasting power of attorney — ",
        L("PERSON", f"{dg_} {df_}"), "\n\n")
    d.t("Hello,\n\nI hold a registered LPA for property and financial affairs for my ", r.choice(["mother", "father", "aunt", "uncle"]), ", ",
        L("PERSON", f"{dg_} {df_}"), ", date of birth ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1928, 1950), "uk")), ".\n")
    d.t("OPG reference: ", neg_digits(r, 12, "7"), " (LPA code given separately). She now lives in a care home so please update the correspondence address to:\n",
        L("ADDRESS", addr(r, "GB", "\n")), "\n\n")
    if r.random() < 0.6:
        d.t("She has ", L("DIAGNOSIS", r.choice(["Alzheimer's disease", "vascular dementia", "Lewy body dementia"])),
            " and cannot deal with phone calls. Please do not ring her landline.\n\n")
    d.t("Thanks,\n", L("PERSON", ag), "\n", L("PHONE", phone(r)), "\n")


def t_ombudsman_email(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    ref = f"EO-{neg_digits(r, 8)}"
    d.t("From: ", L("EMAIL", email(r, g, f)), "\nTo: ", L("EMAIL", "complaints@" + r.choice(["hafren-energy.co.uk", "dwr-example.cymru"])), "\n")
    d.t("Cc: ", L("EMAIL", "enquiries@ombudsman-services.example.org"), "\nSubject: RE: complaint ", case_no(r), " — deadlock letter?\n\n")
    d.t("It's been 8 weeks. My smart meter (", meter_serial(r), ") has been in SMETS1 dumb mode since the switch and you keep sending ",
        "estimated bills of ", str(r.randint(800, 3900)), " kWh a quarter. I've sent photos of reads three times.\n\n")
    d.t("If I don't hear by Friday I'm going to the Energy Ombudsman (they already gave me ref ", ref, ").\n\n")
    d.t(L("PERSON", f"{g} {f}"), "\n", L("ADDRESS", addr(r, "GB")), "\n\n")
    d.t("> On ", dfmt(ymd(r, 2025, 2025), "long"), ", ", L("PERSON", r.choice(NAMES["en"][0])), " (Complaints Team) wrote:\n",
        "> Thank you for your patience. Your case has been passed to our resolutions team.\n")


def t_webchat(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    ag = r.choice(NAMES["cy"][0] + NAMES["en"][0] + NAMES["gd"][0])
    bot = "Sparky (virtual assistant)"
    d.t("[", _ts(r), "] ", bot, ": Hi! I'm Sparky. What can I help with today?\n")
    d.t("[", _ts(r), "] Customer: hi its ", L("PERSON", f"{g} {f}".lower() if r.random() < 0.4 else f"{g} {f}"), " my power keeps tripping\n")
    d.t("[", _ts(r), "] ", bot, ": Connecting you to an advisor…\n")
    d.t("[", _ts(r), "] ", L("PERSON", ag), ": Hi ", L("PERSON", g), ", ", L("PERSON", ag), " here. Can I take the first line of the address and your date of birth?\n")
    d.t("[", _ts(r), "] Customer: ", L("ADDRESS", addr(r, "GB")), " and ", L("DATE_OF_BIRTH", dfmt(ymd(r), r.choice(["uk", "long"]))), "\n")
    v = r.random()
    if v < 0.4:
        c = cond(r)
        d.t("[", _ts(r), "] Customer: please hurry my husband is on a ", c[2] or "ventilator", " for his ", L("DIAGNOSIS", c[0]), "\n")
        d.t("[", _ts(r), "] ", L("PERSON", ag), ": I've added you to the Priority Services Register and raised an emergency job ", job_no(r), ".\n")
    elif v < 0.7:
        d.t("[", _ts(r), "] Customer: can i just pay the £", str(r.randint(40, 300)), " now its ", L("CREDIT_CARD", card(r)), " exp ",
            f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", "\n")
        d.t("[", _ts(r), "] ", L("PERSON", ag), ": Please don't share card details in chat — I've masked that message. I'll send a secure pay link to ",
            L("PHONE", phone(r)), ".\n")
    else:
        d.t("[", _ts(r), "] Customer: its not a total disaster, just a headache — the RCD trips when the heat pump starts\n")
        d.t("[", _ts(r), "] ", L("PERSON", ag), ": That sounds like an internal fault; an electrician is best placed. Tariff ", r.choice(TARIFFS), " unaffected.\n")
    d.t("[", _ts(r), "] ", bot, ": Chat ended. Transcript ref ", case_no(r), "\n")


def t_call_transcript(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    ag = r.choice(NAMES["en"][0] + NAMES["cy"][0])
    d.t("CALL TRANSCRIPT (speech-to-text, auto-redaction OFF)  queue=Collections  dur=", str(r.randint(200, 1500)), "s\n\n")
    A, C = f"AGENT ({ag})", "CUSTOMER"
    d.t(A.split("(")[0], "(", L("PERSON", ag), "): Good afternoon, you're through to the payment support team, can I take your name please?\n")
    d.t(C, ": Yeah it's ", L("PERSON", f"{g} {f}"), ".\n")
    d.t("AGENT: And can you confirm your date of birth?\n")
    d.t(C, ": ", L("DATE_OF_BIRTH", r.choice([dfmt(ymd(r), "long"), f"the {r.randint(1, 28)}th of {r.choice(MON)} {r.randint(1940, 2000)}"])), ".\n")
    d.t("AGENT: Thanks. I can see arrears of £", str(r.randint(300, 4500)), ". Are you receiving any benefits?\n")
    d.t(C, ": Universal Credit and PIP. My National Insurance is ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, spaced=True)), " if you need it.\n")
    if r.random() < 0.6:
        d.t(C, ": I've been off work with ", L("DIAGNOSIS", r.choice(["severe depression", "long COVID", "fibromyalgia", "sciatica"])),
            " and I'm on ", L("MEDICATION", r.choice(["sertraline", "pregabalin", "mirtazapine", "gabapentin"])), ".\n")
    d.t("AGENT: I'm sorry to hear that. I can set up a plan at £", str(r.randint(5, 40)), " a week and apply to the ",
        r.choice(["British Gas Energy Trust", "Ofgem's Warm Home Discount", "HomeServe hardship fund"]), ". Is the mobile ending ",
        str(r.randint(100, 999)), " still best?\n")
    d.t(C, ": No use ", L("PHONE", phone(r)), ".\n")
    d.t("AGENT: Done. Your reference is ", case_no(r), ".\n")


def t_ticket(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    eng = r.choice(NAMES["en"][0] + NAMES["gd"][0]) + " " + r.choice(NAMES["en"][1] + NAMES["gd"][1])
    d.t("[", job_no(r), "] ", r.choice(["No supply — suspected cut-out fault", "Water leak on customer side of boundary box",
                                         "Smart meter display blank", "Low pressure complaint"]), "\n")
    d.t("Status: ", r.choice(["Open", "In progress", "Awaiting parts"]), " | Priority: ", r.choice(["P1 (PSR)", "P2", "P3"]),
        " | Assignee: ", L("PERSON", eng), "\n")
    d.t("Reporter: ", L("PERSON", f"{g} {f}"), " <", L("EMAIL", email(r, g, f)), ">\n")
    d.t("Site: ", L("ADDRESS", addr(r, "GB")), " | What3words: ///", ".".join(r.sample(["lamp", "crisp", "window", "otter", "bench", "sage"], 3)), "\n\n")
    d.t("Description:\n", r.choice(["customer says lights went off at 7am, neighbours fine. ",
                                    "pressure drops when bath runs, been like this since mains work on " + r.choice(STREETS_OUTAGE) + ". "]),
        "MPAN ", mpan(r), ", meter ", meter_serial(r), ".\n")
    if r.random() < 0.5:
        d.t("Vulnerability: customer's ", r.choice(["wife", "daughter", "partner"]), " uses a ", r.choice(["nebuliser", "feeding pump", "home dialysis unit"]),
            " for ", L("DIAGNOSIS", r.choice(["cystic fibrosis", "end-stage renal disease", "motor neurone disease"])), ". Call ",
            L("PHONE", phone(r)), " on approach.\n")
    d.t("\nComments:\n- ", L("PERSON", eng.split()[0]), ": parts ordered (SKU CUT-100A-", neg_digits(r, 5), ")\n")


def t_internal_email(r, d):
    d.t("From: Tariff Operations (DL-TARIFF-OPS)\nTo: All Customer Ops\nSubject: ", r.choice([
        "Price cap change 1 Oct — scripts updated", "Storm Darragh — outage comms plan", "Bank holiday rota"]), "\n\n")
    d.t("Team,\n\nFrom 1 October the unit rate on ", r.choice(TARIFFS), " moves to ", f"{r.uniform(20, 30):.2f}", "p/kWh and the standing charge to ",
        f"{r.uniform(40, 60):.2f}", "p/day. Scripts v", f"{r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}", " are live.\n\n")
    d.t("Reminder: when writing examples in training material use placeholder names like Joe Bloggs or Jane Doe and account 00000000, sort code 00-00-00.\n")
    d.t("Easter Monday and Boxing Day are covered by the Kilmarnock team. Marks & Spencer vouchers for the top NPS team; thanks to Ben & Jerry's for the ice cream.\n")
    d.t("Substations ", ", ".join(r.sample(SUBSTATIONS, 3)), " are on the winter watch list.\n\nThanks,\nTariff Ops\n")


# ================================================================ FREE TEXT / HTML
def t_call_note(r, d):
    o = r.choice(["fr", "es", "pl", "pt", "ro", "it", "de", "tr", "so", "bd"])
    g, f, _, cc = pp(r, o)
    d.t("CRM NOTE ", dfmt(ymd(r, 2025, 2025), "uk"), " — interpreter line (", {"fr": "French", "es": "Spanish", "pl": "Polish", "pt": "Portuguese",
                                                                               "ro": "Romanian", "it": "Italian", "de": "German", "tr": "Turkish",
                                                                               "so": "Somali", "bd": "Bengali"}[o], ")\n")
    loc = {"fr": ("Client: ", " — rappelle au ", ". Adresse: "), "es": ("Cliente: ", " — devolver llamada al ", ". Dirección: "),
           "pl": ("Klient: ", " — oddzwonić na ", ". Adres: "), "pt": ("Cliente: ", " — ligar de volta para ", ". Morada: "),
           "ro": ("Client: ", " — sunați înapoi la ", ". Adresa: "), "it": ("Cliente: ", " — richiamare al ", ". Indirizzo: "),
           "de": ("Kunde: ", " — Rückruf unter ", ". Adresse: "), "tr": ("Müşteri: ", " — geri arama: ", ". Adres: "),
           "so": ("Customer: ", " — call back on ", ". Address: "), "bd": ("Customer: ", " — call back on ", ". Address: ")}[o]
    d.t(loc[0], L("PERSON", f"{g} {f}"), loc[1], L("PHONE", phone(r, r.choice(["GB", cc]))), loc[2], L("ADDRESS", addr(r, "GB")), ".\n")
    d.t("Customer moved from ", {"FR": "Lyon", "ES": "Sevilla", "PL": "Lublin", "PT": "Braga", "RO": "Cluj-Napoca", "IT": "Bari", "DE": "Kassel",
                                "TR": "İzmir", "SO": "Hargeisa", "BD": "Sylhet"}[cc], " in ", str(r.randint(2015, 2024)),
        ". Prepayment meter ran out twice this week; issued £", str(r.randint(10, 50)), " emergency credit. ")
    if r.random() < 0.5:
        d.t("Says her child has ", L("DIAGNOSIS", r.choice(["asthma", "type 1 diabetes", "sickle cell disease", "epilepsy"])), " so heating must stay on. ")
    d.t("Interpreter ID ", str(r.randint(10000, 99999)), ". Next action: fuel voucher referral.\n")


def t_outage_notice(r, d):
    s = r.sample(STREETS_OUTAGE, 4)
    d.t(r.choice(["PLANNED POWER CUT", "WATER SUPPLY INTERRUPTION", "Toriad cyflenwad dŵr"]), "\n\n")
    d.t("We need to switch off the supply on ", ", ".join(s[:3]), " and part of ", s[3], " on ", r.choice(["Tuesday", "Thursday"]), " ",
        dfmt(ymd(r, 2025, 2025), "long"), " between 09:00 and 15:30 to replace equipment at ", r.choice(SUBSTATIONS), " (feeder F",
        str(r.randint(1, 30)), ").\n\n")
    d.t("If you or someone in your home relies on electrical medical equipment such as a home dialysis machine, an oxygen concentrator or a "
        "stairlift, please call 105 free so we can help. Customers on the Priority Services Register will get a call.\n")
    d.t("Reference: PLN-", neg_digits(r, 6), ". Bottled water station: ", r.choice(["Tesco car park", "Canolfan Hamdden", "the community hall"]),
        " (GPS ", f"{r.uniform(51.4, 56.5):.4f}, {-r.uniform(2.5, 4.5):.4f}", ").\n")


def t_html_360(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    d.t("<html><head><title>Customer 360 — ", acct_no(r), "</title></head><body>\n<div class=\"card\">\n<h2>", L("PERSON", f"{g} {f}"), "</h2>\n<dl>\n")
    d.t("  <dt>Date Of Birth</dt><dd>", L("DATE_OF_BIRTH", dfmt(ymd(r), "uk")), "</dd>\n")
    a = addr(r, "GB", "\n").split("\n")
    d.t("  <dt>Supply Address</dt><dd>", L("ADDRESS", "<br>".join(a)), "</dd>\n")
    d.t("  <dt>Email</dt><dd><a href=\"mailto:", L("EMAIL", email(r, g, f)), "\">email</a></dd>\n")
    d.t("  <dt>Phone</dt><dd>", L("PHONE", phone(r)), "</dd>\n")
    d.t("  <dt>MPAN</dt><dd>", mpan_full(r), "</dd>\n  <dt>Meter</dt><dd>", meter_serial(r), "</dd>\n")
    if r.random() < 0.6:
        c = cond(r)
        d.t("  <dt>PSR</dt><dd>Needs 04, 23 — ", L("DIAGNOSIS", c[0]), "; ", c[2] or "n/a", "</dd>\n")
    d.t("  <dt>Payment</dt><dd>DD from sort code **-**-", dg(r, 2), " acct ****", dg(r, 4), "</dd>\n")
    d.t("</dl>\n<p class=\"muted\">Last login from ", L("IP_ADDRESS", ipv4(r, "pub")), " · agent ", L("PERSON", r.choice(NAMES["en"][0])), "</p>\n</div></body></html>\n")


def t_html_outage(r, d):
    d.t("<!doctype html><html lang=\"en-GB\"><body>\n<h1>Power cut in your area</h1>\n<table class=\"incidents\">\n<tr><th>Ref</th><th>Area</th><th>Streets</th><th>ETR</th></tr>\n")
    for _ in range(r.randint(2, 4)):
        d.t("<tr><td>INC", neg_digits(r, 7), "</td><td>", r.choice(["Bridgend CF31", "Neath SA11", "Wakefield WF1", "Kirkcaldy KY1"]), "</td><td>",
            ", ".join(r.sample(STREETS_OUTAGE, 3)), "</td><td>", f"{r.randint(10, 23)}:{r.choice(['00', '30'])}", "</td></tr>\n")
    d.t("</table>\n<p>Priority Services Register customers who use oxygen or dialysis machines will be contacted. Version 10.2.0.14 of this page; "
        "map tiles © OpenStreetMap.</p>\n<p>Call 105 or email <code>powercut [at] example-dno [dot] co.uk</code>.</p>\n</body></html>\n")


def t_psr_policy(r, d):
    d.t("PRIORITY SERVICES POLICY — internal guidance v", f"{r.randint(3, 9)}.{r.randint(0, 9)}", "\n\n")
    d.t("Who qualifies: customers of pensionable age, customers with a chronic or serious illness (for example chronic obstructive pulmonary "
        "disease, kidney failure requiring dialysis, motor neurone disease), customers who depend on medical equipment (oxygen concentrators, "
        "nebulisers, ventilators, suction pumps, stairlifts), customers with a hearing or sight impairment and households with children under five.\n\n")
    d.t("Staff must never record a diagnosis 'just in case'. Medication details such as insulin, warfarin or morphine are only relevant where "
        "refrigeration or a syringe driver depends on the supply.\n\n")
    d.t("Research by the Centre for Sustainable Energy found that households with a member on home haemodialysis use around ",
        str(r.randint(1800, 2600)), " kWh and ", str(r.randint(30, 60)), " m3 of water extra per year.\n\n")
    d.t("Note on language: a 'depression' in demand, a 'blackout' in comms, the network having 'a heart attack' during Storm Ciarán or the "
        "Great Depression references in the history module are figures of speech, not health data. Parkinson's law applies to project plans.\n")


def t_hardship_summary(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    pg, pf, _, _ = pp(r, o)
    c = cond(r)
    d.t("HARDSHIP FUND — CASE SUMMARY for panel ", dfmt(ymd(r, 2025, 2025), "long"), "\n\n")
    d.t(L("PERSON", f"{g} {f}"), " (NI ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), ") lives at ", L("ADDRESS", addr(r, "GB")),
        " with ", r.choice(["her partner", "his wife", "their partner"]), " ", L("PERSON", f"{pg} {pf}"), " and ", str(r.randint(1, 4)),
        " children. Combined income is £", str(r.randint(900, 2100)), " a month including Universal Credit and Carer's Allowance.\n\n")
    d.t(L("PERSON", pg), " has ", L("DIAGNOSIS", c[0]), " and takes ", L("MEDICATION", c[1][0]), "; the family uses about ",
        str(r.randint(4000, 9000)), " kWh a year, well above the TDCV of 2,700 kWh. Arrears stand at £", str(r.randint(900, 5200)), ".\n\n")
    d.t("Recommendation: award £", str(r.randint(300, 1500)), ", fit PSR flag, refer to ", r.choice(["Nest Wales", "Warmer Homes Scotland", "ECO4"]),
        " for insulation. Prepared by ", L("PERSON", full(r, "en")), ".\n")


def t_foreign_letter(r, d):
    kind = ["ES", "FR", "DE", "IT", "BR", "IN", "SG", "CA", "BR", "FR", "IN", "CA", "ES", "SG"][r.idx % 14]
    if kind == "ES":
        g, f, _, _ = pp(r, "es")
        d.t("Estimados señores:\n\nLes escribo en relación con el contrato de suministro del piso que alquilé en ", L("ADDRESS", addr(r, "GB")), ". ")
        d.t("Me llamo ", L("PERSON", f"{g} {f}"), ", con NIE ", L("ES_DNI", dni(r, nie=True)), " (mi DNI español es ", L("ES_DNI", dni(r)), "). ")
        d.t("Solicito el reembolso del saldo a mi cuenta ", L("IBAN", iban(r, "ES")), ". Un número de control erróneo que me dieron antes, ", bad_dni(r),
            ", no es válido.\n\nAtentamente,\n", L("PERSON", g), "\n", L("PHONE", phone(r, "ES")), "\n")
    elif kind == "FR":
        g, f, _, _ = pp(r, "fr")
        dob = ymd(r, 1950, 1999)
        fem = r.random() < 0.5
        d.t("Madame, Monsieur,\n\nJe soussigné(e) ", L("PERSON", f"{g} {f}"), ", né(e) le ", L("DATE_OF_BIRTH", dfmt(dob, "uk")),
            ", numéro de sécurité sociale ", L("FR_NIR", nir(r, 2 if fem else 1, dob[0], dob[1])), ", vous informe de mon départ du logement situé ",
            L("ADDRESS", addr(r, "GB")), ".\n")
        d.t("Merci d'adresser la facture de clôture à ma nouvelle adresse : ", L("ADDRESS", addr(r, "FR")), ".\n\nCordialement,\n", L("PERSON", f"{g} {f}"), "\n")
    elif kind == "DE":
        g, f, _, _ = pp(r, "de")
        d.t("Sehr geehrte Damen und Herren,\n\nfür die Erstattung meines Guthabens (Kundennummer ", acct_no(r), ") benötigen Sie laut Ihrem Schreiben meine ",
            "Steuer-ID. Sie lautet ", L("DE_TAX_ID", steuer(r)), ". (Die Nummer ", bad_steuer(r), " auf dem alten Formular war ein Tippfehler.)\n")
        d.t("Bankverbindung: ", L("IBAN", iban(r, "DE")), "\n\nMit freundlichen Grüßen\n", L("PERSON", f"{g} {f}"), "\n", L("ADDRESS", addr(r, "DE", "\n")), "\n")
    elif kind == "IT":
        g, f, _, _ = pp(r, "it")
        dob = ymd(r, 1950, 1999)
        fem = r.random() < 0.5
        city = r.choice(sorted(BELFIORE))
        d.t("Gentile servizio clienti,\n\nsono ", L("PERSON", f"{g} {f}"), ", nato/a a ", city, " il ", L("DATE_OF_BIRTH", dfmt(dob, "uk")),
            ", codice fiscale ", L("IT_FISCAL_CODE", codice_fiscale(g, f, dob, fem, city)), ". Vi chiedo di intestare la bolletta dell'acqua a mio nome ",
            "per l'immobile in ", L("ADDRESS", addr(r, "GB")), ".\n\nCordiali saluti\n", L("EMAIL", email(r, g, f)), "\n")
    elif kind == "BR":
        g, f, _, _ = pp(r, "pt")
        d.t("Prezados,\n\nSou ", L("PERSON", f"{g} {f}"), ", brasileira, CPF ", L("BR_CPF", cpf(r)), ", e alugo um quarto em ", L("ADDRESS", addr(r, "GB")),
            ". O número ", bad_cpf(r), " que aparece no contrato está errado. Nasci em ", L("DATE_OF_BIRTH", dfmt(ymd(r, 1980, 2002), "uk")), ".\n\nObrigada,\n",
            L("PERSON", g), "\n")
    elif kind == "IN":
        g, f, _, _ = pp(r, "in")
        d.t("Dear Sir/Madam,\n\nRe: landlord verification for ", L("ADDRESS", addr(r, "GB")), "\n\nI am the owner, ", L("PERSON", f"{g} {f}"),
            ", currently residing at ", L("ADDRESS", addr(r, "IN")), ". My Aadhaar number is ", L("IN_AADHAAR", aadhaar(r)),
            " and passport ", L("PASSPORT", passport(r, "IN")), ". Please ignore the number ", bad_aadhaar(r), " on the earlier scan.\n\nRegards\n",
            L("PERSON", g), "  ", L("PHONE", phone(r, "IN")), "\n")
    elif kind == "SG":
        g, f, _, _ = pp(r, "cn")
        d.t("To the Lettings Utilities Desk,\n\nThe landlord of ", L("ADDRESS", addr(r, "GB")), " is ", L("PERSON", f"{f} {g}"), " (NRIC ",
            L("SG_NRIC", nric(r, r.choice("ST"))), "), resident in Singapore. The tenant's FIN is ", L("SG_NRIC", nric(r, r.choice("FG"))),
            ". An earlier form quoted ", bad_nric(r), ", which fails the check letter.\n\nContact: ", L("EMAIL", email(r, g, f, "singnet.com.sg")), "\n")
    else:
        g, f, _, _ = pp(r, r.choice(["us", "fr", "cn", "in"]))
        d.t("Hello,\n\nI'm a Canadian contractor on the smart-meter rollout. Payroll asked for my SIN: ", L("CA_SIN", sin(r)),
            " (the one on my first timesheet, ", bad_sin(r), ", was mistyped). Please also note my passport: ", L("PASSPORT", r.choice(["GA", "HK", "AB", "GB"]) + dg(r, 6)),
            " (Canada).\n\n", L("PERSON", f"{g} {f}"), "\n")


def t_annual_report_html(r, d):
    d.t("<section id=\"sustainability\"><h2>Year in review</h2>\n<p>We connected ", str(r.randint(2000, 9000)), " heat pumps and ",
        str(r.randint(100, 900)), " MW of solar. Our partners Morrisons, Siemens Energy, Johnson Matthey, Rolls-Royce SMR and Dyson helped "
        "pilot flexibility services. The Ada Lovelace Day hackathon and the Martin Luther King Jr. Day volunteering programme ran again.</p>\n")
    d.t("<p>Priority Services: ", f"{r.randint(1, 2)},{r.randint(100, 999)},{r.randint(100, 999)}", " households registered, including ",
        str(r.randint(4000, 9000)), " who depend on home oxygen and ", str(r.randint(300, 900)), " on home dialysis.</p>\n")
    d.t("<table><tr><th>KPI</th><th>Value</th></tr><tr><td>Customer minutes lost</td><td>", str(r.randint(20, 60)),
        "</td></tr><tr><td>Leakage Ml/d</td><td>", f"{r.uniform(90, 200):.1f}", "</td></tr><tr><td>Platform version</td><td>",
        f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 99)}", "</td></tr></table>\n")
    d.t("<p>Chair's statement signed for the Board. St David's Day and St Andrew's Day openings of the Kilmarnock hub.</p></section>\n")


def t_ombudsman_decision(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    d.t("ENERGY OMBUDSMAN — FINAL DECISION\nCase reference: EO-", neg_digits(r, 8), "\n\nComplainant: ", L("PERSON", f"{g} {f}"), "\n")
    d.t("Address: ", L("ADDRESS", addr(r, "GB")), "\nSupplier: ", r.choice(["Hafren Energy Ltd", "Octopus-like Energy Ltd"]), "\n\n")
    d.t("1. ", r.choice(["Mr", "Ms", "Mrs"]), " ", L("PERSON", f), " complains that the supplier back-billed ", str(r.randint(14, 30)),
        " months of charges after a meter exchange and failed to record that ", r.choice(["they", "their partner"]), " ",
        r.choice(["has", "lives with"]), " ", L("DIAGNOSIS", r.choice(["chronic obstructive pulmonary disease", "multiple sclerosis", "a severe hearing impairment".split("a ", 1)[1]])),
        " on the Priority Services Register.\n")
    d.t("2. Back-billing rules limit recovery to 12 months. I find the supplier should write off £", str(r.randint(200, 2000)), ", pay £",
        str(r.randint(50, 300)), " goodwill and correct the register.\n")
    d.t("3. The supplier's reference to the Limitation Act 1980 in its response is not relevant. Decision issued by ", L("PERSON", full(r, "en")), ", Ombudsman.\n")


def t_sms_personal(r, d):
    g, f, o, cc = pp(r, uk_origin(r))
    eng = r.choice(NAMES["cy"][0] + NAMES["en"][0])
    d.t("SMS outbound log — appointment reminders\n\n")
    d.t("To ", L("PHONE", phone(r)), ": Hi ", L("PERSON", g), ", your engineer ", L("PERSON", eng), " will arrive between 8-12 on ",
        dfmt(ymd(r, 2025, 2025), "uk"), " to fit your smart meter. Reply STOP to opt out. Ref ", job_no(r), "\n")
    d.t("To ", L("PHONE", phone(r)), ": Power is back on in ", r.choice(STREETS_OUTAGE), ". Sorry for the disruption. Ref INC", neg_digits(r, 7), "\n")
    d.t("To [masked ***", dg(r, 3), "]: Your bill for account ending ", dg(r, 4), " is ready.\n")

# ================================================================ extra PII-free templates
def t_dcc_sr_json(r, d):
    obj = {"serviceRequest": f"SR{r.choice(['4.1.1', '8.14.1', '11.2', '6.15.1'])}", "requestId": f"90-B3-D5-1F-30-01-00-00:{neg_digits(r, 8)}",
           "targetDevice": f"{r.randint(0, 255):02X}-{r.randint(0, 255):02X}-00-00-00-00-{r.randint(0, 255):02X}-{r.randint(0, 255):02X}",
           "mpan": mpan(r), "execution": {"at": r.randint(1735689600, 1764000000), "retries": r.randint(0, 3)},
           "payload": {"tariffTOU": r.choice(TARIFFS), "blockThresholdsKWh": [r.randint(50, 200), r.randint(200, 500)],
                       "firmwareImage": f"SMETS2-CHF-{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 255)}"},
           "responseCode": r.choice(["I0", "E3", "W1"]), "oid": "1.2.840.10045.3.1.7"}
    jemit(d, obj)
    d.t("\n")


def t_control_chat(r, d):
    sub = r.choice(SUBSTATIONS)
    d.t("#control-room-south  (export)\n")
    d.t("[06:12] ops-bot: ALERT ", sub, " F", str(r.randint(1, 30)), " earth fault, ", str(r.randint(100, 900)), " customers off\n")
    d.t("[06:14] control-desk-2: ack. dispatching jointer crew J", str(r.randint(10, 99)), "; streets ", ", ".join(r.sample(STREETS_OUTAGE, 3)), "\n")
    d.t("[06:20] ops-bot: PSR customers in polygon: ", str(r.randint(3, 40)), " (list in WFM, not posted here)\n")
    d.t("[06:41] control-desk-2: back-fed via NOP ", f"{r.randint(100, 999)}", ", ", str(r.randint(0, 80)), " still off. generator GEN-",
        neg_digits(r, 4), " to ", r.choice(STREETS_OUTAGE), "\n")
    d.t("[07:05] ops-bot: restored. CML ", str(r.randint(100, 9000)), ". firmware 4.2.0.118 on RTU ok\n")


def t_kb_article(r, d):
    d.t("KNOWLEDGE BASE — How to add a customer to the Priority Services Register (article KB", neg_digits(r, 5), ")\n\n")
    d.t("1. Search the account. 2. Open Vulnerability > PSR. 3. Tick the needs codes the customer tells you about, e.g. 04 (oxygen use), "
        "05 (dialysis/feeding pump), 14 (hearing). Do not ask for the diagnosis.\n")
    d.t("Example record (training data only): Name: Joe Bloggs, Account: 0000000000, Phone: 01234 XXXXXX, DOB: DD/MM/YYYY.\n")
    d.t("Conditions such as COPD, sleep apnoea or Parkinson's disease are listed in Appendix B for reference only. Medicines like insulin "
        "may need a working fridge; suggest a cool bag during planned outages.\n")
    d.t("Escalate to the Welfare Team; see also 'Bereavement — tell us once' and the Citizens Advice money-saving leaflet.\n")


def t_blank_invoice(r, d):
    d.t("STATEMENT OF ACCOUNT                        Page 1 of 2\n")
    d.t("Account Number: ", "X" * 10, "        Statement date: ", dfmt(ymd(r, 2025, 2025), "long"), "\n")
    d.t("Customer Name: [REDACTED]\nSupply Address: [REDACTED]\n\n")
    d.t(f"{'Period':<24}{'Reads':<18}{'kWh':>8}{'£':>10}\n")
    for _ in range(3):
        a = r.randint(10000, 80000)
        d.t(f"{'01/0' + str(r.randint(1, 9)) + '–30/0' + str(r.randint(1, 9)):<24}{str(a) + ' A -> ' + str(a + 300):<18}{r.randint(100, 900):>8}{r.uniform(20, 200):>10.2f}\n")
    d.t("\nPaid by Direct Debit from account ending ", dg(r, 4), ". Card ending ", dg(r, 4), ". MPAN ", mpan_full(r), "\n")


# ================================================================ registry
TEMPLATES = [
    # forms / KYC
    ("psr_form", "form", 3, t_psr_form), ("dd_mandate", "form", 2, t_dd_mandate), ("dd_phone", "form", 2, t_dd_mandate_sep),
    ("move_in", "form", 2, t_move_in), ("move_out", "form", 2, t_move_out), ("hardship_form", "form", 2, t_hardship_form),
    ("kyc_director", "form", 7, t_kyc_foreign), ("us_medbaseline", "form", 3, t_us_medical_baseline),
    ("blank_form", "form", 2, t_blank_form), ("staff_starter", "form", 2, t_staff_starter), ("watersure_cert", "form", 1, t_cert_of_eligibility),
    ("blank_statement", "form", 1, t_blank_invoice),
    # clinical
    ("renal_letter", "clinical_note", 3, t_renal_letter), ("discharge", "discharge_summary", 3, t_discharge),
    ("renal_labs", "lab_report", 2, t_renal_labs), ("water_lab", "lab_report", 3, t_water_lab), ("hl7_adt", "hl7", 3, t_hl7),
    ("fhir_psr", "fhir_json", 3, t_fhir), ("fhir_valueset", "fhir_json", 1, t_fhir_valueset), ("occ_health", "clinical_note", 3, t_occ_health),
    # structured
    ("crm_csv", "csv", 3, t_crm_csv), ("reads_tsv", "tsv", 2, t_reads_tsv), ("debt_csv", "csv", 2, t_debt_csv),
    ("meter_event", "json", 3, t_meter_event_json), ("dcc_sr", "json", 2, t_dcc_sr_json), ("customer_api", "json", 3, t_customer_api),
    ("crm_ndjson", "ndjson", 3, t_crm_ndjson), ("job_yaml", "yaml", 3, t_job_yaml), ("scada_yaml", "yaml", 2, t_scada_yaml),
    ("refund_csv", "csv", 3, t_refund_csv), ("staff_tsv", "tsv", 2, t_staff_tsv), ("assets_json", "json", 2, t_assets_json),
    ("tariff_csv", "csv", 1, t_tariff_csv), ("benefits_csv", "csv", 2, t_benefits_csv),
    # logs
    ("scada_log", "log", 2, t_scada_log), ("billing_log", "log", 3, t_billing_log), ("portal_auth", "log", 3, t_portal_auth),
    ("sms_gateway", "log", 3, t_sms_gateway), ("sepa_log", "log", 2, t_sepa_log), ("app_log", "log", 4, t_app_log), ("ivr_log", "log", 2, t_ivr_log),
    # email / chat / ticket
    ("bereavement", "email", 3, t_bereavement_email), ("poa", "email", 2, t_poa_email), ("ombudsman_mail", "email", 3, t_ombudsman_email),
    ("webchat", "chat", 3, t_webchat), ("call_transcript", "chat", 3, t_call_transcript), ("control_chat", "chat", 3, t_control_chat),
    ("field_ticket", "ticket", 3, t_ticket), ("internal_mail", "email", 2, t_internal_email),
    # free text / html
    ("call_note", "free_text", 3, t_call_note), ("outage_notice", "free_text", 3, t_outage_notice), ("html_360", "html", 3, t_html_360),
    ("html_outage", "html", 2, t_html_outage), ("psr_policy", "free_text", 2, t_psr_policy), ("hardship_summary", "free_text", 2, t_hardship_summary),
    ("foreign_letter", "free_text", 14, t_foreign_letter), ("annual_report", "html", 2, t_annual_report_html),
    ("ombudsman_decision", "free_text", 2, t_ombudsman_decision), ("sms_personal", "free_text", 2, t_sms_personal), ("kb_article", "free_text", 3, t_kb_article),
]

SEED = "holdout40/utility-mpan-hafren-2291"


# ================================================================ validation
ID_CHECKS = {
    "CREDIT_CARD": lambda v: luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19,
    "IBAN": iban_ok,
    "UK_NHS_NUMBER": nhs_ok,
    "IN_AADHAAR": lambda v: verhoeff_ok(re.sub(r"\D", "", v)) and len(re.sub(r"\D", "", v)) == 12,
    "BR_CPF": cpf_ok,
    "DE_TAX_ID": steuer_ok,
    "CA_SIN": lambda v: luhn_ok(v) and len(re.sub(r"\D", "", v)) == 9,
    "ES_DNI": lambda v: (lambda s: DNI_LET[int(("XYZ".index(s[0]) if s[0] in "XYZ" else "") .__str__() + s[1 if s[0] in "XYZ" else 0:-1]) % 23] == s[-1])(v),
    "FR_NIR": lambda v: (lambda s: len(s) == 15 and nir_key(s[:13]) == s[13:])(v.replace(" ", "")),
    "IT_FISCAL_CODE": lambda v: len(v) == 16 and cf_char(v[:15]) == v[15],
    "SG_NRIC": lambda v: nric_letter(v[0], v[1:8]) == v[8],
    "US_SSN": lambda v: (lambda a, g, s: a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000")(*v.split("-")),
    "UK_NATIONAL_INSURANCE_NUMBER": lambda v: (lambda s: re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) is not None and s[0] in NINO_P1
                                               and s[1] in NINO_P2 and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))(v.replace(" ", "")),
    "US_MBI": lambda v: re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d",
                                     v.replace("-", "")) is not None,
}


def leak_check(text, ents, did):
    mask = [False] * len(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            mask[i] = True
    probs = []
    for m in re.finditer(r"(?<![\w.])\d(?:[ -]?\d){8,18}(?![\w])", text):
        if any(mask[m.start():m.end()]):
            continue
        s = re.sub(r"\D", "", m.group())
        n = len(s)
        if s[:2] == "20" and n >= 12 and re.fullmatch(r"20[2][0-9](0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])[0-5]\d\d*", s):
            continue  # HL7/compact timestamp: a hard negative that happens to pass Verhoeff
        if (n in (15, 16) and luhn_ok(s) and s[0] in "3456" ) or (n == 10 and s[0] in "34567" and nhs_ok(s)) or (n == 12 and s[0] in "23456789" and verhoeff_ok(s)) \
                or (n == 11 and (cpf_ok(s) or steuer_ok(s))) or (n == 9 and luhn_ok(s) and (" " in m.group() or "-" in m.group())):
            probs.append(m.group())
    for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", text):
        if not any(mask[m.start():m.end()]):
            probs.append(m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if not any(mask[m.start():m.end()]) and iban_ok(m.group()):
            probs.append(m.group())
    assert not probs, (did, probs)


def validate(rec):
    t, ents = rec["text"], rec["entities"]
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        v = t[e["start"]:e["end"]]
        assert v and v == v.strip(), (rec["id"], e, v)
        assert e["start"] >= prev, (rec["id"], "overlap", e)
        prev = e["end"]
        chk = ID_CHECKS.get(e["type"])
        if chk:
            assert chk(v), (rec["id"], e["type"], v)
    lvl = max([LEVEL[e["type"]] for e in ents], default=1)
    assert rec["classification"] == LNAME[lvl]
    f = rec["format"]
    if f in ("json", "fhir_json"):
        json.loads(t)
    elif f == "ndjson":
        for ln in t.splitlines():
            if ln.strip():
                json.loads(ln)
    elif f in ("csv", "tsv"):
        import csv, io
        rows = list(csv.reader(io.StringIO(t), delimiter="," if f == "csv" else "\t"))
        assert len({len(x) for x in rows}) == 1, (rec["id"], [len(x) for x in rows])
    leak_check(t, ents, rec["id"])


def build():
    import random, collections, os
    selftest()
    out = []
    for name, fmt, count, fn in TEMPLATES:
        for i in range(count):
            r = random.Random(f"{SEED}:{name}:{i}")
            r.idx = i
            d = Doc(fmt)
            fn(r, d)
            text = d.text()
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([LEVEL[e["type"]] for e in ents], default=1)
            rec = {"id": f"h40_{name}-{i}", "text": text, "entities": ents, "classification": LNAME[lvl], "format": fmt}
            validate(rec)
            out.append(rec)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout40.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ct = collections.Counter(e["type"] for rec in out for e in rec["entities"])
    cf = collections.Counter(rec["format"] for rec in out)
    cc = collections.Counter(rec["classification"] for rec in out)
    print(f"documents: {len(out)}")
    print(f"no-entity documents: {sum(1 for rec in out if not rec['entities'])}")
    for title, c in (("classification", cc), ("format", cf), ("entity type", ct)):
        print(f"\n{title}:")
        for k, v in c.most_common():
            print(f"  {k:<30} {v}")


if __name__ == "__main__":
    build()
