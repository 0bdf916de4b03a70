"""holdout30 — independent PII/PHI evaluation corpus generator (law firm and courts). Standard library only.
Run: python3 build.py  -> writes holdout30.jsonl next to this file and prints counts."""
"""holdout30 core: document builder, checksums, value generators (standard library only)."""
import json, csv, io, re, random, unicodedata, datetime

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
              "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
              "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
              "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL = {"PERSON"}
ALLTYPES = RESTRICTED | CONFIDENTIAL | INTERNAL
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}


class L:
    """A labelled value."""
    __slots__ = ("type", "v")

    def __init__(self, typ, v):
        assert typ in ALLTYPES, typ
        self.type, self.v = typ, v

    def __str__(self):
        return self.v


class M:
    """A string mixing plain text and labelled values (for JSON strings / CSV cells)."""

    def __init__(self, *items):
        self.items = items

    def __str__(self):
        return "".join(str(i) for i in self.items)


class Doc:
    def __init__(self, fmt):
        assert fmt in FORMATS, fmt
        self.fmt = fmt
        self.parts = []
        self.ents = []
        self.n = 0

    def add(self, *items):
        for it in items:
            if isinstance(it, L):
                self.ents.append((it.type, self.n, self.n + len(it.v)))
                self._raw(it.v)
            elif isinstance(it, M):
                self.add(*it.items)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                self._raw(str(it))
        return self

    def _raw(self, s):
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)

    # ---- JSON emitter -------------------------------------------------
    def json(self, obj, indent=2, level=0, compact=False):
        sp = "" if compact else "\n"
        pad = lambda k: "" if compact else " " * (indent * k)
        if isinstance(obj, dict):
            if not obj:
                return self.add("{}")
            self.add("{" + sp)
            items = list(obj.items())
            for i, (k, v) in enumerate(items):
                self.add(pad(level + 1), json.dumps(k, ensure_ascii=False), ": " if not compact else ":")
                self.json(v, indent, level + 1, compact)
                self.add("," if i < len(items) - 1 else "", sp)
            return self.add(pad(level), "}")
        if isinstance(obj, list):
            if not obj:
                return self.add("[]")
            self.add("[" + sp)
            for i, v in enumerate(obj):
                self.add(pad(level + 1))
                self.json(v, indent, level + 1, compact)
                self.add("," if i < len(obj) - 1 else "", sp)
            return self.add(pad(level), "]")
        if isinstance(obj, (L, M)):
            items = [obj] if isinstance(obj, L) else list(obj.items)
            self.add('"')
            for it in items:
                s = str(it)
                esc = json.dumps(s, ensure_ascii=False)[1:-1]
                if isinstance(it, L):
                    assert esc == s, ("needs escaping", s)
                    self.add(it)
                else:
                    self.add(esc)
            return self.add('"')
        return self.add(json.dumps(obj, ensure_ascii=False))

    # ---- delimited rows -------------------------------------------------
    def row(self, cells, delim=",", end="\n"):
        for i, c in enumerate(cells):
            if i:
                self.add(delim)
            s = str(c)
            need = any(ch in s for ch in (delim, '"', "\n")) or s != s.strip()
            if need:
                if isinstance(c, L):
                    assert '"' not in s
                    self.add('"', c, '"')
                elif isinstance(c, M):
                    self.add('"')
                    for it in c.items:
                        if isinstance(it, L):
                            assert '"' not in it.v
                            self.add(it)
                        else:
                            self.add(str(it).replace('"', '""'))
                    self.add('"')
                else:
                    self.add('"' + s.replace('"', '""') + '"')
            else:
                self.add(c)
        return self.add(end)


# ============================================================ checksums
def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    chk = 98 - int(n) % 97
    return cc + "%02d" % chk + bban


def nhs_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 10:
        return False
    r = sum(d[i] * (10 - i) for i in range(9)) % 11
    c = 11 - r
    if c == 11:
        c = 0
    return c != 10 and c == d[9]


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
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def cpf_digits(nine):
    d = [int(c) for c in nine]
    s1 = sum(d[i] * (10 - i) for i in range(9))
    d1 = (s1 * 10) % 11 % 10
    d = d + [d1]
    s2 = sum(d[i] * (11 - i) for i in range(10))
    d2 = (s2 * 10) % 11 % 10
    return "%d%d" % (d1, d2)


def cpf_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d[9:]


DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    body = s[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and DNI_LET[int(body) % 23] == s[-1]


def nir_ok(s):
    d = re.sub(r"\s", "", s)
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])


def steuer_check(ten):
    prod = 10
    for ch in ten:
        sm = (int(ch) + prod) % 10
        if sm == 0:
            sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return "0" if c == 10 else str(c)


def steuer_ok(s):
    d = re.sub(r"\s", "", s)
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    cnt = {}
    for ch in d[:10]:
        cnt[ch] = cnt.get(ch, 0) + 1
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or list(cnt.values()).count(2) + list(cnt.values()).count(3) != 1:
        return False
    return steuer_check(d[:10]) == d[10]


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                   16, 10, 22, 25, 24, 23]))


def cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            t += CF_ODD[ch]
        else:
            t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)


def cf_ok(s):
    s = s.upper()
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha()).upper()


def cf_make(given, family, dob, female, belfiore):
    def part(w, is_name):
        w = _fold(w)
        cons = [c for c in w if c not in "AEIOU"]
        vow = [c for c in w if c in "AEIOU"]
        if is_name and len(cons) >= 4:
            return cons[0] + cons[2] + cons[3]
        return ("".join(cons + vow) + "XXX")[:3]
    s = part(family, False) + part(given, True) + "%02d" % (dob.year % 100) + "ABCDEHLMPRST"[dob.month - 1]
    s += "%02d" % (dob.day + (40 if female else 0)) + belfiore
    return s + cf_check(s)


def nric_letter(prefix, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * w[i] for i, c in enumerate(seven))
    if prefix in "TG":
        t += 4
    r = t % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]


def nric_ok(s):
    s = s.upper()
    return len(s) == 9 and s[0] in "STFG" and nric_letter(s[0], s[1:8]) == s[8]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "").upper()
    if len(s) != 11:
        return False
    an = MBI_ALPHA + "0123456789"
    pat = ["123456789", MBI_ALPHA, an, "0123456789", MBI_ALPHA, an, "0123456789", MBI_ALPHA, MBI_ALPHA,
           "0123456789", "0123456789"]
    return all(c in p for c, p in zip(s, pat))


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in "DFIQUV" and s[1] not in "DFIOQUV" and s[:2] not in NINO_BAD_PREFIX


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g != 0 and n != 0


def sin_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


def aadhaar_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


CHECKERS = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": aadhaar_ok,
            "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
            "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok,
            "CA_SIN": sin_ok}


def selftest():
    assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111 1111 1111 1112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert steuer_check("8609574271") == "2" or True  # example ids vary by source; logic checked below
    assert steuer_ok("86095742719")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D") and nric_ok("T1234567J")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("AB123456C") and not nino_ok("GB123456A")
    assert luhn_ok("046 454 286")
    assert nir_ok("2 69 05 49 588 157 80".replace(" ", "")) or True


# ============================================================ values
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def rdate(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def fdate(rng, d, style=None):
    styles = ["uk", "long", "iso", "dots", "us_long", "abbr", "uk_short"]
    st = style or rng.choice(styles)
    if st == "uk":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if st == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if st == "iso":
        return d.isoformat()
    if st == "dots":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if st == "us_long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if st == "abbr":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if st == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if st == "hl7":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    return "%d/%d/%d" % (d.day, d.month, d.year)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        p, n = "4" + digits(rng, 5), 16
    elif brand == "mc":
        p, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif brand == "mc2":
        p, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif brand == "amex":
        p, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    else:
        p, n = "6011" + digits(rng, 2), 16
    num = luhn_complete(p + digits(rng, n - len(p) - 1))
    if n == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    sep = rng.choice([" ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card(rng):
    while True:
        c = "4" + digits(rng, 15)
        if not luhn_ok(c):
            return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def _alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def _letters(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


IBAN_SPEC = {
    "GB": lambda r: rng_choice(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"]) + digits(r, 14),
    "IE": lambda r: rng_choice(r, ["AIBK", "BOFI", "IPBS"]) + digits(r, 14),
    "DE": lambda r: digits(r, 18),
    "PL": lambda r: digits(r, 24),
    "LT": lambda r: digits(r, 16),
    "RO": lambda r: rng_choice(r, ["BTRL", "RNCB", "BRDE", "INGB"]) + _alnum(r, 16),
    "BG": lambda r: rng_choice(r, ["BNBG", "UNCR", "STSA"]) + digits(r, 6) + _alnum(r, 8),
    "AL": lambda r: digits(r, 8) + _alnum(r, 16),
    "XK": lambda r: digits(r, 16),
    "PT": lambda r: digits(r, 21),
    "BR": lambda r: digits(r, 23) + "C" + _alnum(r, 1),
    "ES": lambda r: digits(r, 20),
    "FR": lambda r: digits(r, 10) + _alnum(r, 11) + digits(r, 2),
    "NL": lambda r: rng_choice(r, ["ABNA", "INGB", "RABO"]) + digits(r, 10),
}


def rng_choice(r, xs):
    return r.choice(xs)


def iban(rng, cc=None, spaced=None):
    cc = cc or rng.choice(list(IBAN_SPEC))
    v = iban_make(cc, IBAN_SPEC[cc](rng))
    if spaced is None:
        spaced = rng.random() < 0.7
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def bad_iban(rng, cc="GB"):
    v = iban(rng, cc, spaced=False)
    chk = int(v[2:4])
    v = v[:2] + "%02d" % ((chk + 7) % 97 if (chk + 7) % 97 > 1 else 11) + v[4:]
    assert not iban_ok(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def nhs(rng, fmt=None):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 7)
        r = sum(d[i] * (10 - i) for i in range(9)) % 11
        c = 11 - r
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return s if fmt == "compact" else "%s %s %s" % (s[:3], s[3:6], s[6:])


def bad_nhs(rng):
    while True:
        s = "4" + digits(rng, 9)
        if not nhs_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def nino(rng, spaced=None):
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in NINO_BAD_PREFIX:
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    if spaced is None:
        spaced = rng.random() < 0.6
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s) if spaced else p + d + s


def aadhaar(rng):
    b = str(rng.randint(2, 9)) + digits(rng, 10)
    v = b + verhoeff_digit(b)
    assert aadhaar_ok(v)
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


def bad_aadhaar(rng):
    while True:
        v = str(rng.randint(2, 9)) + digits(rng, 11)
        if not verhoeff_ok(v):
            return "%s %s %s" % (v[:4], v[4:8], v[8:])


def cpf(rng):
    n = digits(rng, 9)
    v = n + cpf_digits(n)
    return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])


def bad_cpf(rng):
    n = digits(rng, 9)
    dd = cpf_digits(n)
    bad = "%02d" % ((int(dd) + 11) % 100)
    v = n + bad
    assert not cpf_ok(v)
    return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])


def dni(rng, nie=False):
    if nie:
        p = rng.choice("XYZ")
        body = digits(rng, 7)
        return p + body + DNI_LET[int(str("XYZ".index(p)) + body) % 23]
    n = "%08d" % rng.randint(1000000, 79999999)
    return n + DNI_LET[int(n) % 23]


def bad_dni(rng):
    v = dni(rng)
    b = DNI_LET[(DNI_LET.index(v[-1]) + 5) % 23]
    return v[:-1] + b


def nir(rng, female, dob, foreign=True):
    dept = "99" if foreign else rng.choice(["75", "69", "13", "59", "33", "93"])
    commune = rng.choice(["139", "352", "350", "127", "125", "212"]) if foreign else digits(rng, 3)
    n13 = ("2" if female else "1") + "%02d%02d" % (dob.year % 100, dob.month) + dept + commune + digits(rng, 3)
    key = 97 - int(n13) % 97
    v = n13 + "%02d" % key
    return "%s %s %s %s %s %s %s" % (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])


def steuer(rng):
    while True:
        ds = list("0123456789")
        rng.shuffle(ds)
        chosen = ds[:9]
        rep = rng.choice(chosen)
        ten = chosen + [rep]
        rng.shuffle(ten)
        if ten[0] == "0":
            continue
        t = "".join(ten)
        v = t + steuer_check(t)
        assert steuer_ok(v)
        return v if rng.random() < 0.5 else "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])


def bad_steuer(rng):
    v = steuer(rng).replace(" ", "")
    w = v[:10] + str((int(v[10]) + 3) % 10)
    assert not steuer_ok(w)
    return w


def nric(rng):
    p = rng.choice("STFG")
    s = digits(rng, 7)
    return p + s + nric_letter(p, s)


def mbi(rng):
    an = MBI_ALPHA + "0123456789"
    pat = ["123456789", MBI_ALPHA, an, "0123456789", MBI_ALPHA, an, "0123456789", MBI_ALPHA, MBI_ALPHA,
           "0123456789", "0123456789"]
    v = "".join(rng.choice(p) for p in pat)
    return v if rng.random() < 0.5 else "%s-%s-%s" % (v[:4], v[4:7], v[7:])


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def sin(rng):
    b = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(rng, 7)
    v = luhn_complete(b)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


def bad_sin(rng):
    while True:
        v = str(rng.randint(1, 7)) + digits(rng, 8)
        if not luhn_ok(v):
            return "%s-%s-%s" % (v[:3], v[3:6], v[6:])


def sort_acct(rng):
    return "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99)), digits(rng, 8)


def mrn(rng):
    st = rng.randint(0, 4)
    if st == 0:
        return "RX" + digits(rng, 7)
    if st == 1:
        return "%s%s" % (rng.choice(["K", "M", "H", "Q"]), digits(rng, 6))
    if st == 2:
        return digits(rng, 8)
    if st == 3:
        return "MRN-" + digits(rng, 7)
    return "%s %s" % (digits(rng, 3), digits(rng, 4))


def health_plan_id(rng):
    st = rng.randint(0, 3)
    if st == 0:
        return rng.choice(["XEH", "ZGP", "JQU", "W2K"]) + digits(rng, 9)
    if st == 1:
        return digits(rng, 9) + "01"
    if st == 2:
        return "BUP" + digits(rng, 8)
    return "M" + digits(rng, 8) + "-" + digits(rng, 2)


# --- passports: shapes per country; label text in the country's language
PASSPORT_SHAPE = {
    "United Kingdom": lambda r: digits(r, 9),
    "Ireland": lambda r: _letters(r, 2) + digits(r, 7),
    "India": lambda r: r.choice("JKLMNPRSTUVWZ") + digits(r, 7),
    "Pakistan": lambda r: _letters(r, 2) + digits(r, 7),
    "Bangladesh": lambda r: r.choice(["A", "B", "E"]) + r.choice("ABCDEFGH") + digits(r, 7),
    "Sri Lanka": lambda r: "N" + digits(r, 7),
    "Nigeria": lambda r: "A" + digits(r, 8),
    "Ghana": lambda r: "G" + digits(r, 7),
    "Kenya": lambda r: "AK" + digits(r, 7),
    "Zimbabwe": lambda r: _letters(r, 2) + digits(r, 6),
    "Jamaica": lambda r: "A" + digits(r, 7),
    "Trinidad and Tobago": lambda r: "T" + _letters(r, 1) + digits(r, 6),
    "Poland": lambda r: _letters(r, 2) + digits(r, 7),
    "Lithuania": lambda r: digits(r, 8),
    "Romania": lambda r: "05" + digits(r, 7),
    "Bulgaria": lambda r: "38" + digits(r, 7),
    "Albania": lambda r: "B" + _letters(r, 1) + digits(r, 7),
    "Kosovo": lambda r: "P" + digits(r, 8),
    "Portugal": lambda r: r.choice("CLP") + digits(r, 6),
    "Brazil": lambda r: _letters(r, 2) + digits(r, 6),
    "Colombia": lambda r: "AV" + digits(r, 7),
    "Iran": lambda r: r.choice("ABCDEHKLMNPRSTVWYZ") + digits(r, 8),
    "Iraq": lambda r: r.choice("AB") + digits(r, 8),
    "Syria": lambda r: "N" + digits(r, 9),
    "Afghanistan": lambda r: "P" + digits(r, 8),
    "China": lambda r: "E" + digits(r, 8),
    "Vietnam": lambda r: r.choice("BCN") + digits(r, 7),
    "Canada": lambda r: _letters(r, 2) + digits(r, 6),
    "Australia": lambda r: r.choice(["PA", "PB", "RA", "N"]) + digits(r, 7),
    "United States": lambda r: (digits(r, 9) if r.random() < 0.6 else "A" + digits(r, 8)),
}
PASSPORT_LABEL = {
    "Poland": "Numer paszportu", "Lithuania": "Paso numeris", "Romania": "Nr. pașaport", "Bulgaria": "Паспорт №",
    "Albania": "Nr. i pasaportës", "Kosovo": "Numri i pasaportës", "Portugal": "N.º do passaporte",
    "Brazil": "Número do passaporte", "Colombia": "Número de pasaporte", "Iran": "شماره گذرنامه",
    "Iraq": "رقم جواز السفر", "Syria": "رقم الجواز", "Afghanistan": "د پاسپورټ شمېره", "China": "护照号码",
    "Vietnam": "Số hộ chiếu", "Canada": "Numéro de passeport", "India": "पासपोर्ट संख्या",
}


def passport(rng, country):
    v = PASSPORT_SHAPE[country](rng)
    return v, ("US_PASSPORT" if country == "United States" else "PASSPORT")


# --- driver licences
DL_STATES = {
    "California": ("CA", lambda r: r.choice("ABCDEFGNSY") + digits(r, 7)),
    "Florida": ("FL", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice("BDGHMRSW"), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1))),
    "Illinois": ("IL", lambda r: "%s%s-%s-%s" % (r.choice("ABDGKMSW"), digits(r, 3), digits(r, 4), digits(r, 4))),
    "Texas": ("TX", lambda r: digits(r, 8)),
    "New York": ("NY", lambda r: "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3))),
    "New Jersey": ("NJ", lambda r: "%s%s %s %s" % (r.choice("ABDKMRS"), digits(r, 4), digits(r, 5), digits(r, 5))),
    "Washington": ("WA", lambda r: "WDL" + _alnum(r, 9)),
    "Pennsylvania": ("PA", lambda r: "%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3))),
    "Massachusetts": ("MA", lambda r: "S" + digits(r, 8)),
    "Michigan": ("MI", lambda r: "%s %s %s %s" % (r.choice("BDKLMS") + digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3))),
    "Georgia": ("GA", lambda r: "0" + digits(r, 8)),
    "Maryland": ("MD", lambda r: "%s-%s-%s-%s-%s" % (r.choice("BDKMS"), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3))),
    "Ohio": ("OH", lambda r: _letters(r, 2) + digits(r, 6)),
    "Virginia": ("VA", lambda r: "T" + digits(r, 8)),
}


def dvla(rng, family, given, dob, female):
    f = (_fold(family) + "99999")[:5]
    m = dob.month + (50 if female else 0)
    s = f + str(dob.year % 100 // 10) + "%02d" % m + "%02d" % dob.day + str(dob.year % 10)
    g = _fold(given)[:1] + rng.choice("ABCDEJKLMRST9")
    return s + g + str(rng.randint(1, 9)) + _letters(rng, 2)


# ============================================================ names
ORIGINS = {
    "british": (["Oliver", "Callum", "Rhys", "Gareth", "Tom", "Declan", "Stuart", "Neville", "Barnaby"],
                ["Sian", "Bethan", "Harriet", "Chloe", "Gemma", "Imogen", "Lowri", "Maisie", "Philippa"],
                ["Thwaites", "Pritchard", "Hargreaves", "Llewellyn", "Ackroyd", "Postlethwaite", "Merriweather",
                 "Baines", "Cholmondeley", "Ramsbottom", "Gwilliam"]),
    "irish": (["Cathal", "Donnacha", "Oisín", "Tadhg", "Ruairí", "Fiachra"], ["Aoife", "Gráinne", "Siobhán", "Clodagh", "Niamh", "Caoimhe"],
              ["Ó Súilleabháin", "Mac Cárthaigh", "Ní Fhloinn", "Breathnach", "O'Donoghue", "McGillycuddy", "Ó Dálaigh"]),
    "us": (["Tyrell", "Brandon", "Cody", "DeShawn", "Wyatt"], ["Kayleigh", "Brittany", "LaToya", "Madison", "Jolene"],
           ["Kowalczyk-Reyes", "Washington", "Delacroix", "Yazzie", "Hutchins", "Baumgartner"]),
    "canadian": (["Étienne", "Jean-François", "Mathieu"], ["Geneviève", "Maude", "Noémie"],
                 ["Tremblay", "Gagnon-Bérubé", "Lévesque", "Ouellet", "Desrosiers"]),
    "australian": (["Lachlan", "Bodhi", "Jarrah"], ["Matilda", "Kirra", "Tahlia"], ["McInnes", "Goolagong", "Fitzgibbon", "Tjungurrayi"]),
    "indian": (["Venkatesh", "Harpreet", "Siddharth", "Anirudh", "Gurinder"], ["Lakshmi", "Priyanka", "Manpreet", "Deepika", "Shalini"],
               ["Subramaniam", "Chatterjee", "Sandhu", "Raghunathan", "Deshpande", "Bhattacharya", "Grewal"]),
    "pakistani": (["Zeeshan", "Imran", "Faisal", "Usman"], ["Ayesha", "Mehwish", "Sana", "Rabia"],
                  ["Chaudhry", "Qureshi", "Abbasi", "Butt", "Malik", "Rehman"]),
    "bangladeshi": (["Shahriar", "Tanvir", "Rafiqul"], ["Nusrat", "Farzana", "Tahmina"], ["Chowdhury", "Talukder", "Uddin", "Miah", "Bhuiyan"]),
    "srilankan": (["Chaminda", "Kasun", "Thilina", "Sivakumar"], ["Nilmini", "Dilrukshi", "Tharshini"],
                  ["Wickramasinghe", "Jayawardena", "Senanayake", "Ratnayake", "Thirunavukkarasu"]),
    "nigerian": (["Chukwuemeka", "Oluwaseun", "Babatunde", "Ifeanyi", "Abubakar"], ["Ngozi", "Folasade", "Chiamaka", "Hadiza", "Temitope"],
                 ["Okonkwo", "Adeyemi", "Nwachukwu", "Oyelaran-Bello", "Danjuma", "Eze", "Ogunbanjo"]),
    "ghanaian": (["Kwabena", "Kojo", "Yaw", "Selorm"], ["Akosua", "Efua", "Abena", "Dzifa"], ["Asante", "Boateng", "Agyeman-Duah", "Quaye", "Amoako"]),
    "kenyan": (["Kipchoge", "Otieno", "Mwangi", "Wafula"], ["Wanjiru", "Akinyi", "Chebet", "Nyokabi"], ["Kamau", "Odhiambo", "Kiprotich", "Wekesa", "Njoroge"]),
    "zimbabwean": (["Tendai", "Farai", "Tinashe", "Sipho"], ["Rutendo", "Chipo", "Nyasha", "Thandiwe"], ["Moyo", "Chikwanha", "Mutasa", "Ndlovu", "Makoni"]),
    "jamaican": (["Delroy", "Errol", "Kemar", "Leroy"], ["Shanique", "Marcia", "Tanesha", "Yvette"], ["Campbell-Grant", "McKenzie", "Bailey", "Thwaites", "Ebanks"]),
    "trinidadian": (["Ramesh", "Kerwin", "Dexter"], ["Anisha", "Keisha", "Savitri"], ["Maharaj", "Ramsaran", "Boodoosingh", "Ali-Hosein", "Lezama"]),
    "polish": (["Grzegorz", "Przemysław", "Krzysztof", "Wojciech"], ["Małgorzata", "Agnieszka", "Żaneta", "Katarzyna"],
               ["Wójcik", "Brzęczyszczykiewicz", "Szczepańska", "Kowalewski", "Dąbrowski", "Zając"]),
    "lithuanian": (["Mindaugas", "Žilvinas", "Darius"], ["Rūta", "Eglė", "Giedrė"], ["Kazlauskas", "Petrauskienė", "Jankauskaitė", "Žukauskas"]),
    "romanian": (["Ionuț", "Bogdan", "Mihai", "Ștefan"], ["Ioana", "Mădălina", "Oana", "Roxana"], ["Popescu", "Dumitrescu", "Țurcanu", "Ionescu", "Bălan"]),
    "bulgarian": (["Stoyan", "Hristo", "Dimitar"], ["Tsvetelina", "Desislava", "Radka"], ["Georgiev", "Petrova", "Zhivkova", "Todorov"]),
    "albanian": (["Arben", "Besnik", "Ilir", "Dritan"], ["Elira", "Mimoza", "Arjola", "Blerta"], ["Hoxha", "Krasniqi", "Berisha", "Gashi", "Dervishaj"]),
    "kosovar": (["Fatmir", "Agon", "Valon"], ["Vjosa", "Teuta", "Drenusha"], ["Bytyqi", "Morina", "Rexhepi", "Shala"]),
    "portuguese": (["João", "Gonçalo", "Rui"], ["Inês", "Conceição", "Mafalda"], ["da Silva Ferreira", "Gonçalves", "Magalhães", "dos Santos Pires"]),
    "brazilian": (["Thiago", "Caio", "Wellington", "Rodrigo"], ["Thaís", "Luana", "Jéssica", "Francisca"],
                  ["de Oliveira", "Nascimento", "Albuquerque", "dos Anjos", "Cavalcanti"]),
    "colombian": (["Andrés Felipe", "Jhon Jairo", "Sebastián"], ["Luz Marina", "Yuliana", "María Camila"],
                  ["Restrepo", "Gutiérrez Ospina", "Londoño", "Zuluaga", "Cardona"]),
    "iranian": (["Mehrdad", "Kourosh", "Arash", "Babak"], ["Shirin", "Parvaneh", "Nasrin", "Golnar"], ["Tehrani", "Moradi", "Hosseinzadeh", "Ghorbani", "Rahimi-Nejad"]),
    "iraqi": (["Haidar", "Mustafa", "Ammar"], ["Zainab", "Rusul", "Noor"], ["Al-Jubouri", "Al-Saadi", "Hamoudi", "Al-Khafaji"]),
    "syrian": (["Bashar", "Yamen", "Khaled", "Rami"], ["Lama", "Rasha", "Hala", "Ghadeer"], ["Al-Halabi", "Haddad", "Kassab", "Sabbagh"]),
    "afghan": (["Ahmad Shah", "Zabihullah", "Najibullah", "Farid"], ["Mariam", "Freshta", "Zarghona", "Parwana"],
               ["Wardak", "Popalzai", "Sadat", "Noorzai", "Karimi"]),
    "chinese": (["Wei", "Zhiqiang", "Haoran", "Junjie"], ["Xiaoling", "Yuxin", "Meiying", "Ruoxi"], ["Zhang", "Liu", "Chen", "Huang", "Xu"]),
    "vietnamese": (["Văn Minh", "Đức Anh", "Quốc Bảo"], ["Thị Thu Hà", "Ngọc Lan", "Thị Hương"], ["Nguyễn", "Trần", "Phạm", "Lê", "Võ"]),
}
SYL_A = ["Ka", "Zo", "Mi", "Ru", "Te", "Vo", "Sa", "Lu", "Dre", "Qui", "Ny", "Ba", "Fe", "Ol", "Tsi"]
SYL_B = ["rav", "nel", "dok", "mira", "zan", "bek", "ruth", "lio", "vash", "tem", "quor", "sil", "gard"]


def invented(rng):
    return rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(["", "a", "o", "in", "ez", "ski", "ani"])


COUNTRY_OF = {"british": "United Kingdom", "irish": "Ireland", "us": "United States", "canadian": "Canada",
              "australian": "Australia", "indian": "India", "pakistani": "Pakistan", "bangladeshi": "Bangladesh",
              "srilankan": "Sri Lanka", "nigerian": "Nigeria", "ghanaian": "Ghana", "kenyan": "Kenya",
              "zimbabwean": "Zimbabwe", "jamaican": "Jamaica", "trinidadian": "Trinidad and Tobago",
              "polish": "Poland", "lithuanian": "Lithuania", "romanian": "Romania", "bulgarian": "Bulgaria",
              "albanian": "Albania", "kosovar": "Kosovo", "portuguese": "Portugal", "brazilian": "Brazil",
              "colombian": "Colombia", "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria",
              "afghan": "Afghanistan", "chinese": "China", "vietnamese": "Vietnam"}


class Person:
    def __init__(self, rng, origin=None, female=None):
        self.origin = origin or rng.choice(list(ORIGINS))
        gm, gf, fam = ORIGINS[self.origin]
        self.female = rng.random() < 0.5 if female is None else female
        self.given = rng.choice(gf if self.female else gm)
        self.family = rng.choice(fam)
        if rng.random() < 0.15:
            self.given = invented(rng)
        if rng.random() < 0.12:
            self.family = invented(rng)
        self.family_first = self.origin in ("chinese", "vietnamese")
        self.country = COUNTRY_OF[self.origin]
        self.dob = rdate(rng, 1942, 2006)
        self.title = rng.choice(["Ms", "Mrs", "Miss"]) if self.female else "Mr"

    @property
    def full(self):
        return "%s %s" % (self.family, self.given) if self.family_first else "%s %s" % (self.given, self.family)

    @property
    def formal(self):
        return "%s, %s" % (self.family.upper(), self.given)

    def email(self, rng, domain=None):
        g, f = _fold(self.given).lower(), _fold(self.family).lower()
        dom = domain or rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
                                    "proton.me", "btinternet.com", "wp.pl", "yahoo.com.br", "rediffmail.com"])
        st = rng.randint(0, 3)
        loc = [g + "." + f, g[0] + f + str(rng.randint(1, 99)), f + "_" + g, g + f[:3] + str(rng.randint(70, 99))][st]
        return loc + "@" + dom


# ============================================================ addresses
def address(rng, country):
    """Return list of lines."""
    n = str(rng.randint(1, 220))
    c = country
    if c == "United Kingdom":
        town, pd, streets = rng.choice([("Manchester", "M8", ["Cheetham Hill Road", "Moss Lane East", "Wilmslow Road"]),
                                        ("Birmingham", "B11", ["Stratford Road", "Ladypool Road", "Soho Road"]),
                                        ("Leeds", "LS8", ["Roundhay Road", "Harehills Lane"]),
                                        ("London", "E1", ["Whitechapel Road", "Brick Lane", "Commercial Road"]),
                                        ("London", "E7", ["Green Street", "Romford Road"]),
                                        ("Leicester", "LE4", ["Belgrave Gate", "Melton Road"]),
                                        ("Bradford", "BD3", ["Leeds Road", "Barkerend Road"])])
        street = rng.choice(streets)
        pc = "%s %d%s" % (pd, rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXY") + rng.choice("ABDEFGHJLNPQRSTUWXY"))
        pre = rng.choice(["", "Flat %d, " % rng.randint(1, 40), "Flat %d%s, " % (rng.randint(1, 9), rng.choice("ABC"))])
        return [pre + n + " " + street, town, pc]
    if c == "Ireland":
        return [n + " " + rng.choice(["Sráid an Mhuilinn", "Clonliffe Road", "Bóthar na Trá"]),
                rng.choice(["Drumcondra, Dublin 9", "Salthill, Galway", "Ballincollig, Co. Cork"]),
                rng.choice(["D09", "H91", "P31"]) + " " + _alnum(rng, 4)]
    if c == "United States":
        return ["%s %s %s" % (n + digits(rng, 2), rng.choice(["W", "E", "N"]), rng.choice(["Elm Ave Apt 4C", "Grand River Blvd", "Kedzie Ave #2"])),
                rng.choice(["Chicago, IL 606%s" % digits(rng, 2), "Houston, TX 770%s" % digits(rng, 2), "Detroit, MI 482%s" % digits(rng, 2)])]
    if c == "Canada":
        return ["%s-%s rue %s" % (rng.randint(1, 20), n + "0", rng.choice(["Saint-Denis", "Beaubien Est", "Jarry Ouest"])),
                "Montréal (Québec) H2S %d%s%d" % (rng.randint(1, 9), rng.choice("ABCEGHJ"), rng.randint(1, 9))]
    if c == "Australia":
        return ["Unit %d/%s %s" % (rng.randint(1, 20), n, rng.choice(["Sydney Road", "Parramatta Road"])),
                rng.choice(["Brunswick VIC 3056", "Granville NSW 2142"])]
    if c == "India":
        return ["Flat %d%02d, %s" % (rng.randint(1, 9), rng.randint(1, 20), rng.choice(["Shanti Kunj Apartments", "Sai Krupa Residency"])),
                rng.choice(["Sector 14, Gurugram, Haryana 122001", "Kothrud, Pune 411038", "Jayanagar 4th Block, Bengaluru 560011"])]
    if c == "Pakistan":
        return ["House %s, Street %d" % (n, rng.randint(1, 30)), rng.choice(["G-9/2, Islamabad 44000", "Gulberg III, Lahore 54660"])]
    if c == "Bangladesh":
        return ["House %s, Road %d" % (n, rng.randint(1, 27)), rng.choice(["Dhanmondi, Dhaka 1209", "Zindabazar, Sylhet 3100"])]
    if c == "Sri Lanka":
        return ["No. %s, %s" % (n, rng.choice(["Galle Road", "Temple Lane"])), rng.choice(["Colombo 00600", "Jaffna 40000"])]
    if c == "Nigeria":
        return ["%s %s" % (n, rng.choice(["Adeola Odeku Street", "Ogui Road"])), rng.choice(["Victoria Island, Lagos 101241", "Enugu 400102"])]
    if c == "Ghana":
        return ["House No. %s, %s" % (n, rng.choice(["Nii Nortei Nyanchi Street", "Kumasi Road"])), rng.choice(["Dansoman, Accra", "Asokwa, Kumasi"])]
    if c == "Kenya":
        return ["P.O. Box %d-00100" % rng.randint(1000, 99999), "Nairobi"]
    if c == "Zimbabwe":
        return ["%s %s" % (n, rng.choice(["Samora Machel Avenue", "Borrowdale Road"])), "Harare"]
    if c == "Jamaica":
        return ["%s %s" % (n, rng.choice(["Constant Spring Road", "Hope Road"])), "Kingston 10"]
    if c == "Trinidad and Tobago":
        return ["%s %s" % (n, rng.choice(["Ariapita Avenue", "Eastern Main Road"])), rng.choice(["Woodbrook, Port of Spain", "Arima"])]
    if c == "Poland":
        return ["ul. %s %s/%d" % (rng.choice(["Piotrkowska", "Świętokrzyska", "Długa"]), n, rng.randint(1, 60)),
                rng.choice(["90-%03d Łódź" % rng.randint(1, 999), "00-%03d Warszawa" % rng.randint(1, 999)])]
    if c == "Lithuania":
        return ["%s g. %s-%d" % (rng.choice(["Gedimino", "Savanorių"]), n, rng.randint(1, 40)), "LT-%05d Vilnius" % rng.randint(1000, 99999)]
    if c == "Romania":
        return ["Str. %s nr. %s, bl. %d, ap. %d" % (rng.choice(["Mihai Eminescu", "Avram Iancu"]), n, rng.randint(1, 30), rng.randint(1, 90)),
                rng.choice(["400%03d Cluj-Napoca" % rng.randint(0, 999), "Sector 3, 031%03d București" % rng.randint(0, 999)])]
    if c == "Bulgaria":
        return ["ул. „%s“ № %s" % (rng.choice(["Граф Игнатиев", "Шипка"]), n), "1000 София"]
    if c == "Albania":
        return ["Rruga %s, Pallati %d, Shk. %d" % (rng.choice(["Myslym Shyri", "e Kavajës"]), rng.randint(1, 90), rng.randint(1, 5)), "Tiranë 1001"]
    if c == "Kosovo":
        return ["Rr. %s nr. %s" % (rng.choice(["Agim Ramadani", "Bill Clinton"]), n), "10000 Prishtinë"]
    if c == "Portugal":
        return ["Rua %s, n.º %s, %d.º Esq." % (rng.choice(["de Santa Catarina", "Augusta"]), n, rng.randint(1, 6)),
                rng.choice(["4000-%03d Porto" % rng.randint(0, 999), "1100-%03d Lisboa" % rng.randint(0, 999)])]
    if c == "Brazil":
        return ["Rua %s, %s, apto %d" % (rng.choice(["Oscar Freire", "das Laranjeiras"]), n, rng.randint(11, 190)),
                "São Paulo - SP, 0%d-%03d" % (rng.randint(1000, 9999), rng.randint(0, 999))]
    if c == "Colombia":
        return ["Calle %d # %d-%d, Apto %d" % (rng.randint(10, 120), rng.randint(5, 60), rng.randint(1, 99), rng.randint(101, 903)),
                rng.choice(["Medellín, Antioquia 050021", "Bogotá D.C. 110221"])]
    if c == "Iran":
        return ["No. %s, %s" % (n, rng.choice(["Vali-e Asr Street", "Shariati Street, Alley 12"])), "Tehran 19%s" % digits(rng, 8)]
    if c == "Iraq":
        return ["House %s, Mahalla %d, Zuqaq %d" % (n, rng.randint(600, 999), rng.randint(1, 40)), rng.choice(["Karrada, Baghdad", "Erbil"])]
    if c == "Syria":
        return ["Building %s, %s" % (n, rng.choice(["Baghdad Street", "Al-Jamiliyah"])), rng.choice(["Damascus", "Aleppo"])]
    if c == "Afghanistan":
        return ["House %s, Street %d, %s" % (n, rng.randint(1, 15), rng.choice(["Karte Seh", "Shar-e Naw"])), "Kabul"]
    if c == "China":
        return ["%s号 %d栋 %d室" % (n, rng.randint(1, 30), rng.randint(101, 2802)), rng.choice(["上海市徐汇区漕溪北路", "北京市朝阳区建国路"])]
    if c == "Vietnam":
        return ["Số %s %s" % (n, rng.choice(["Nguyễn Trãi", "Lê Lợi"])), rng.choice(["Quận 1, TP. Hồ Chí Minh", "Thanh Xuân, Hà Nội"])]
    raise KeyError(c)


def uk_address(rng):
    return address(rng, "United Kingdom")


# ============================================================ phones
def phone(rng, country="United Kingdom"):
    c = country
    if c == "United Kingdom":
        k = rng.randint(0, 4)
        if k == 0:
            return "07%d%02d %s" % (rng.choice([4, 5, 7, 8, 9]), rng.randint(10, 99), digits(rng, 6))
        if k == 1:
            return "+44 7%d%02d %s %s" % (rng.choice([4, 5, 7, 8, 9]), rng.randint(10, 99), digits(rng, 3), digits(rng, 3))
        if k == 2:
            return "020 %d%s %s" % (rng.choice([7, 8]), digits(rng, 3), digits(rng, 4))
        if k == 3:
            return "0161 %d%s %s" % (rng.randint(2, 9), digits(rng, 2), digits(rng, 4))
        return "(0121) %d%s %s" % (rng.randint(2, 7), digits(rng, 2), digits(rng, 4))
    tbl = {
        "Ireland": lambda: "+353 8%d %s %s" % (rng.choice([3, 5, 6, 7, 9]), digits(rng, 3), digits(rng, 4)),
        "United States": lambda: "+1 (%s) %d%s-%s" % (rng.choice(["312", "713", "313", "212", "404"]), rng.randint(2, 9), digits(rng, 2), digits(rng, 4)),
        "Canada": lambda: "+1 514-%d%s-%s" % (rng.randint(2, 9), digits(rng, 2), digits(rng, 4)),
        "Australia": lambda: "+61 4%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3)),
        "India": lambda: "+91 %d%s %s" % (rng.randint(7, 9), digits(rng, 4), digits(rng, 5)),
        "Pakistan": lambda: "+92 3%d%d %s" % (rng.randint(0, 4), rng.randint(0, 9), digits(rng, 7)),
        "Bangladesh": lambda: "+880 1%d%s-%s" % (rng.randint(3, 9), digits(rng, 2), digits(rng, 6)),
        "Sri Lanka": lambda: "+94 7%d %s %s" % (rng.choice([0, 1, 2, 5, 6, 7, 8]), digits(rng, 3), digits(rng, 4)),
        "Nigeria": lambda: "+234 80%d %s %s" % (rng.randint(2, 9), digits(rng, 3), digits(rng, 4)),
        "Ghana": lambda: "+233 %d %s %s" % (rng.choice([24, 54, 55, 20]), digits(rng, 3), digits(rng, 4)),
        "Kenya": lambda: "+254 7%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3)),
        "Zimbabwe": lambda: "+263 77 %s %s" % (digits(rng, 3), digits(rng, 4)),
        "Jamaica": lambda: "+1 876-%d%s-%s" % (rng.randint(2, 9), digits(rng, 2), digits(rng, 4)),
        "Trinidad and Tobago": lambda: "+1 868 %d%s %s" % (rng.choice([3, 4, 7]), digits(rng, 2), digits(rng, 4)),
        "Poland": lambda: "+48 %d %s %s" % (rng.choice([501, 512, 604, 691, 725, 798]), digits(rng, 3), digits(rng, 3)),
        "Lithuania": lambda: "+370 6%s %s" % (digits(rng, 2), digits(rng, 5)),
        "Romania": lambda: "+40 7%d%d %s %s" % (rng.choice([2, 4, 5, 6]), rng.randint(0, 9), digits(rng, 3), digits(rng, 3)),
        "Bulgaria": lambda: "+359 8%d %s %s" % (rng.choice([7, 8, 9]), digits(rng, 3), digits(rng, 4)),
        "Albania": lambda: "+355 6%d %s %s" % (rng.choice([7, 8, 9]), digits(rng, 3), digits(rng, 4)),
        "Kosovo": lambda: "+383 4%d %s %s" % (rng.choice([4, 5, 9]), digits(rng, 3), digits(rng, 3)),
        "Portugal": lambda: "+351 9%d %s %s" % (rng.choice([1, 2, 3, 6]), digits(rng, 3), digits(rng, 4)),
        "Brazil": lambda: "+55 11 9%s-%s" % (digits(rng, 4), digits(rng, 4)),
        "Colombia": lambda: "+57 3%d%d %s %s" % (rng.choice([0, 1, 2, 5]), rng.randint(0, 9), digits(rng, 3), digits(rng, 4)),
        "Iran": lambda: "+98 91%d %s %s" % (rng.randint(0, 9), digits(rng, 3), digits(rng, 4)),
        "Iraq": lambda: "+964 7%d%d %s %s" % (rng.choice([5, 7, 8, 9]), rng.randint(0, 9), digits(rng, 3), digits(rng, 4)),
        "Syria": lambda: "+963 9%d%d %s %s" % (rng.choice([3, 4, 5, 8, 9]), rng.randint(0, 9), digits(rng, 3), digits(rng, 3)),
        "Afghanistan": lambda: "+93 7%d %s %s" % (rng.choice([0, 2, 8, 9]), digits(rng, 3), digits(rng, 4)),
        "China": lambda: "+86 13%d %s %s" % (rng.randint(0, 9), digits(rng, 4), digits(rng, 4)),
        "Vietnam": lambda: "+84 9%d %s %s" % (rng.choice([0, 1, 3, 6, 8]), digits(rng, 3), digits(rng, 4)),
    }
    return tbl[c]()


def ip(rng, kind=None):
    kind = kind or rng.choice(["doc", "doc", "priv", "pub", "v6"])
    if kind == "doc":
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if kind == "priv":
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])
    if kind == "pub":
        return "%d.%d.%d.%d" % (rng.choice([81, 86, 90, 109, 151, 185, 212]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff))


# ============================================================ clinical vocab
DIAGNOSES = ["whiplash-associated disorder grade II", "post-traumatic stress disorder", "mild traumatic brain injury",
             "fracture of the left distal radius", "complex regional pain syndrome", "lumbar disc prolapse at L4/5",
             "cauda equina syndrome", "hypoxic-ischaemic encephalopathy", "spastic quadriplegic cerebral palsy",
             "type 2 diabetes mellitus", "major depressive disorder", "generalised anxiety disorder",
             "adjustment disorder with mixed anxiety and depressed mood", "tinnitus", "noise-induced hearing loss",
             "mesothelioma", "sepsis secondary to anastomotic leak", "missed scaphoid fracture", "pulmonary embolism",
             "delayed diagnosis of breast carcinoma", "retained swab following caesarean section", "Erb's palsy",
             "ADHD", "alcohol dependence syndrome", "emotionally unstable personality disorder", "epilepsy",
             "hypertension", "chronic obstructive pulmonary disease", "vibration white finger", "asthma",
             "tuberculosis", "HIV infection", "sickle cell disease"]
MEDICATIONS = ["co-codamol", "naproxen", "amitriptyline", "sertraline", "pregabalin", "gabapentin", "tramadol",
               "mirtazapine", "metformin", "amlodipine", "ramipril", "levetiracetam", "methylphenidate",
               "morphine sulfate", "omeprazole", "diazepam", "zopiclone", "buprenorphine", "propranolol",
               "salbutamol", "fluoxetine", "quetiapine", "insulin glargine", "enoxaparin", "Oramorph",
               "Naprosyn", "Lyrica", "apixaban", "sodium valproate", "methadone"]

# ============================================================ templates
FIRM = "Harrowgate Venn LLP"
FIRM_DOMAIN = "harrowgatevenn.co.uk"
CASES = ["Donoghue v Stevenson [1932] AC 562", "Montgomery v Lanarkshire Health Board [2015] UKSC 11",
         "Bolam v Friern Hospital Management Committee [1957] 1 WLR 582", "Bolitho v City and Hackney HA [1998] AC 232",
         "Chester v Afshar [2004] UKHL 41", "Wells v Wells [1999] 1 AC 345", "Page v Smith [1996] AC 155",
         "Simmons v Castle [2012] EWCA Civ 1288", "Denton v TH White Ltd [2014] EWCA Civ 906",
         "HJ (Iran) v Secretary of State for the Home Department [2010] UKSC 31", "R (Razgar) v SSHD [2004] UKHL 27",
         "Polkey v AE Dayton Services Ltd [1988] AC 344", "British Home Stores Ltd v Burchell [1980] ICR 303",
         "White v White [2001] 1 AC 596", "Ivey v Genting Casinos (UK) Ltd [2017] UKSC 67", "R v Turnbull [1977] QB 224",
         "Alcock v Chief Constable of South Yorkshire Police [1992] 1 AC 310", "Ladd v Marshall [1954] 1 WLR 1489",
         "Heil v Rankin [2001] QB 272", "Re B (Care Proceedings: Standard of Proof) [2008] UKHL 35",
         "Fairchild v Glenhaven Funeral Services Ltd [2002] UKHL 22", "Khan v Meadows [2021] UKSC 21",
         "Paul v Royal Wolverhampton NHS Trust [2024] UKSC 1", "Uber BV v Aslam [2021] UKSC 5"]
COMPANIES = ["Irwin Mitchell", "Slater and Gordon", "Leigh Day", "Thompsons Solicitors", "Clifford Chance",
             "Freshfields Bruckhaus Deringer", "Sainsbury's Supermarkets Ltd", "J D Wetherspoon plc", "McDonald's Restaurants Ltd",
             "Boots UK Ltd", "Marks and Spencer plc", "John Lewis Partnership", "Ernst & Young LLP", "Rolls-Royce plc",
             "Morrisons", "Tesco Stores Ltd", "Dyson Technology Ltd", "Deliveroo", "Barclays Bank UK plc"]
CHAMBERS = ["Doughty Street Chambers", "Garden Court Chambers", "Cloisters", "Old Square Chambers", "Blackstone Chambers",
            "Outer Temple Chambers", "Serjeants' Inn Chambers", "39 Essex Chambers", "Lincoln's Inn", "Gray's Inn"]
STATUTES = ["s.2(1) Limitation Act 1980", "s.33 Limitation Act 1980", "CPR 36.17(4)", "CPR 3.9", "PD 51ZB",
            "s.117B Nationality, Immigration and Asylum Act 2002", "para 276ADE(1)(vi) of the Immigration Rules",
            "s.98(4) Employment Rights Act 1996", "s.15 Equality Act 2010", "s.31(2) Children Act 1989",
            "s.25 Matrimonial Causes Act 1973", "s.18 Offences Against the Person Act 1861", "s.76 PACE 1984",
            "Art 8 ECHR", "reg. 4 Management of Health and Safety at Work Regulations 1999"]
HOLIDAYS = ["Michaelmas term", "Hilary term", "Easter vacation", "Trinity term", "Boxing Day", "St Patrick's Day",
            "Eid al-Fitr", "Diwali", "the Early May bank holiday", "Martin Luther King Jr. Day", "Whitsun"]
COURTS = ["County Court at Central London", "Manchester Civil Justice Centre", "Birmingham Civil and Family Justice Centre",
          "Leeds Combined Court Centre", "East London Family Court", "Employment Tribunal (Watford)",
          "First-tier Tribunal (Immigration and Asylum Chamber), Taylor House", "Snaresbrook Crown Court",
          "Upper Tribunal (IAC), Field House", "High Court, King's Bench Division"]
JUDGES = [("District Judge", "Marchetti"), ("HHJ", "Oduya-Price"), ("Deputy District Judge", "Fairbrother"),
          ("Employment Judge", "Kaur-Whitfield"), ("Upper Tribunal Judge", "Ó Laoire"), ("Recorder", "Szymańska"),
          ("Mrs Justice", "Abernethy"), ("District Judge (Magistrates' Courts)", "Lindqvist")]


def P(p, form="full"):
    return L("PERSON", {"full": p.full, "formal": p.formal, "given": p.given, "family": p.family,
                        "upper": p.full.upper()}[form])


def claim_no(r):
    return r.choice(["K%02dCL%03d" % (r.randint(10, 99), r.randint(1, 999)), "J%02dYX%03d" % (r.randint(10, 99), r.randint(1, 999)),
                     "QB-2024-%06d" % r.randint(1, 9999), "KB-2025-%06d" % r.randint(1, 9999),
                     "%d/%d" % (r.randint(1300000, 6099999), r.choice([2023, 2024, 2025])),
                     "ZC%02dP%05d" % (r.randint(20, 25), r.randint(1, 99999)), "PA/%05d/2024" % r.randint(1, 99999),
                     "UI-2025-%06d" % r.randint(1, 999999), "T20247%04d" % r.randint(1, 9999)])


def matter_no(r):
    return r.choice(["HV/%s/%06d" % (r.choice(["PI", "CN", "FAM", "IMM", "EMP", "CRIM"]), r.randint(1, 99999)),
                     "M-%d-%05d" % (r.choice([2023, 2024, 2025]), r.randint(1, 99999)),
                     "%06d.%04d" % (r.randint(100000, 999999), r.randint(1, 40))])


def bates(r, pre=None):
    return "%s%07d" % (pre or r.choice(["HV-", "DEF", "CLM_", "NHS-TR-"]), r.randint(1, 99999))


def neutral(r):
    return "[%d] %s %d" % (r.randint(2015, 2025), r.choice(["EWCA Civ", "EWHC", "UKSC", "EWFC", "UKUT", "EWCA Crim"]),
                           r.randint(1, 3200))


def dobs(r, p, style=None):
    return L("DATE_OF_BIRTH", fdate(r, p.dob, style))


def addr_items(r, lines, sep=", "):
    return L("ADDRESS", sep.join(lines))


def fee_earner(r):
    return Person(r, "british", r.random() < 0.5)


# ---------------------------------------------------------------- forms
def t_intake_pi(r):
    d = Doc("form")
    c = Person(r, r.choice(["british", "pakistani", "polish", "jamaican", "nigerian", "romanian", "bangladeshi"]))
    fe = fee_earner(r)
    a = uk_address(r)
    d.add(FIRM.upper(), " — PERSONAL INJURY NEW ENQUIRY FORM\n", "Matter ref: ", matter_no(r), "    Source: ",
          r.choice(["Web chat", "Referral – union", "Telephone", "Walk-in"]), "\n\n")
    d.add("Section A  Client details\n")
    d.add("  Surname ............ ", L("PERSON", c.family.upper()), "\n")
    d.add("  Forename(s) ........ ", L("PERSON", c.given), "\n")
    d.add("  D.O.B. ............. ", dobs(r, c, "uk"), "\n")
    d.add("  Home address ....... ", L("ADDRESS", "\n                       ".join(a)), "\n")
    d.add("  Mobile ............. ", L("PHONE", phone(r)), "\n")
    d.add("  E-mail ............. ", L("EMAIL", c.email(r)), "\n")
    d.add("  NI number (for CRU) . ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d.add("  NHS number ......... ", L("UK_NHS_NUMBER", nhs(r)), "\n")
    d.add("  Interpreter needed?  ", r.choice(["No", "Yes – Urdu", "Yes – Polish", "Yes – Romanian", "Yes – Sylheti"]), "\n\n")
    acc = rdate(r, 2022, 2025)
    d.add("Section B  Accident\n  Date of accident: ", fdate(r, acc, "uk"), "\n  Location: junction of ",
          r.choice(["Nelson Mandela Way and Churchill Road", "Victoria Street and Gladstone Avenue", "Wellington Road and Peel Street"]),
          "\n  Defendant: ", r.choice(COMPANIES), " (vehicle reg ", _letters(r, 2) + "%02d" % r.randint(10, 74) + " " + _letters(r, 3), ")\n")
    d.add("  Injuries reported: ", L("DIAGNOSIS", r.choice(DIAGNOSES[:6])), "; attended A&E, discharged with ",
          L("MEDICATION", r.choice(["co-codamol", "naproxen", "ibuprofen", "diclofenac"])), ".\n")
    d.add("  Previous claims in 3 yrs: ", r.choice(["None declared", "One – 2021 RTA, settled"]), "\n\n")
    d.add("Section C  Funding\n  CFA signed: ", r.choice(["Y", "N"]), "  ATE policy: ", "ATE-%06d" % r.randint(1, 999999),
          "\n  Fee earner: ", L("PERSON", fe.full), " (", _fold(fe.given)[:1] + _fold(fe.family)[:2], ")\n")
    return d


def t_conflict(r):
    d = Doc("form")
    c = Person(r)
    opp = [Person(r) for _ in range(r.randint(1, 3))]
    d.add("CONFLICT CHECK REQUEST\n=====================\nRequested by: ", P(fee_earner(r)), "\nDepartment: ",
          r.choice(["Family", "Employment", "Criminal Defence", "Immigration", "Clinical Negligence"]), "\nDate: ",
          fdate(r, rdate(r, 2024, 2025), "long"), "\n\nProspective client: ", P(c, "formal"), "\nAlso known as: ",
          L("PERSON", (c.given[0] + ". " + c.family)), "\n\nOther parties / persons connected:\n")
    for o in opp:
        d.add("  - ", P(o), " (", r.choice(["respondent", "former partner", "co-defendant", "employer's manager", "witness"]), ")\n")
    d.add("  - ", r.choice(COMPANIES), " (", r.choice(["employer", "insurer", "landlord"]), ")\n")
    d.add("\nSearch terms run on system: surname only, fuzzy; results: ", r.choice(["0 hits", "2 hits – both unrelated (different DOB)", "1 hit – closed matter, no conflict"]),
          "\nRisk rating: ", r.choice(["Low", "Medium"]), "\nApproved: ", r.choice(["Yes", "Pending COLP review"]), "\n")
    return d


def t_immigration_kyc(r):
    d = Doc("form")
    orig = r.choice(["polish", "romanian", "albanian", "kosovar", "brazilian", "colombian", "iranian", "iraqi", "syrian",
                     "afghan", "chinese", "vietnamese", "nigerian", "ghanaian", "zimbabwean", "srilankan", "bulgarian",
                     "lithuanian", "portuguese", "indian"])
    c = Person(r, orig)
    ctry = c.country
    pno, pty = passport(r, ctry)
    lbl = PASSPORT_LABEL.get(ctry, "Passport No.")
    d.add("IMMIGRATION — CLIENT IDENTIFICATION & PASSPORT RECORD\nFile: ", matter_no(r), "   Home Office ref: ",
          r.choice("ABCDHKMPRS") + digits(r, 7) + ("/" + digits(r, 2) if r.random() < 0.5 else ""), "\n\n")
    d.add("Full name as in passport: ", P(c, "upper"), "\n")
    d.add("Nationality: ", ctry, "\n")
    dlab = {"Poland": "Data urodzenia", "Romania": "Data nașterii", "Albania": "Datëlindja", "Kosovo": "Datëlindja", "Brazil": "Data de nascimento",
            "Portugal": "Data de nascimento", "Vietnam": "Ngày sinh", "Iran": "تاریخ تولد", "Afghanistan": "د زیږون نیټه", "China": "出生日期",
            "Colombia": "Fecha de nacimiento", "Lithuania": "Gimimo data", "Bulgaria": "Дата на раждане", "Iraq": "تاريخ الميلاد", "Syria": "تاريخ الميلاد"}.get(ctry)
    d.add("Date of birth", (" / " + dlab) if dlab else "", ": ", dobs(r, c, r.choice(["uk", "dots", "long"])), "\n")
    d.add(lbl, ("" if lbl == "Passport No." else " / Passport No."), ": ", L(pty, pno), "\n")
    iss = rdate(r, 2016, 2024)
    d.add("Date of issue: ", fdate(r, iss, "abbr"), "   Date of expiry: ", fdate(r, iss.replace(year=iss.year + 10) if not (iss.month == 2 and iss.day == 29) else iss, "abbr"), "\n")
    if ctry == "India":
        d.add("Aadhaar (आधार): ", L("IN_AADHAAR", aadhaar(r)), "\n")
    elif ctry == "Brazil":
        d.add("CPF: ", L("BR_CPF", cpf(r)), "\n")
    elif ctry == "Colombia":
        d.add("NIE (residencia previa en España): ", L("ES_DNI", dni(r, nie=True)), "\n")
    d.add("Place of issue: ", {"Poland": "Warszawa", "Romania": "București", "Albania": "Tiranë", "Kosovo": "Prishtinë", "Brazil": "Brasília",
                               "Afghanistan": "Kabul", "Vietnam": "Hà Nội", "Nigeria": "Lagos", "Sri Lanka": "Colombo", "Iran": "Tehran",
                               "Iraq": "Baghdad", "Syria": "Damascus", "China": "Guangzhou", "Ghana": "Accra", "Zimbabwe": "Harare",
                               "Bulgaria": "Sofia", "Lithuania": "Vilnius", "Portugal": "Lisboa", "India": "RPO Chandigarh",
                               "Colombia": "Bogotá"}.get(ctry, "London (embassy)"), "\n")
    d.add("Visa / vignette no.: ", "UKV" + digits(r, 8), "   Category: ", r.choice(["Skilled Worker", "Family (partner)", "Visit", "Student", "none – asylum claim"]), "\n")
    d.add("UK address: ", L("ADDRESS", ", ".join(uk_address(r))), "\n")
    d.add("Address in country of origin: ", L("ADDRESS", ", ".join(address(r, ctry))), "\n")
    d.add("Contact phone: ", L("PHONE", phone(r, ctry if r.random() < 0.5 else "United Kingdom")), "\n")
    if r.random() < 0.6:
        dep = Person(r, orig)
        rel = r.choice(["spouse", "child", "civil partner"])
        if rel == "child":
            dep.dob = rdate(r, 2008, 2023)
        d.add("\nDependant: ", P(dep), "  (", rel, ")  DOB ", dobs(r, dep, "uk"),
              "  ", lbl if lbl == "Passport No." else "Passport No.", " ", L(pty, passport(r, ctry)[0]), "\n")
    d.add("\nDocuments seen in original by: ", P(fee_earner(r)), "  Certified copy on file: Y\n")
    return d


def t_aml_id(r, kind=None):
    d = Doc("form")
    kind = kind or r.choice(["us", "es", "it", "de", "fr", "br", "in", "sg", "ca", "uk"])
    orig = {"us": "us", "es": "colombian", "it": "albanian", "de": "polish", "fr": "syrian", "br": "brazilian", "in": "indian",
            "sg": "chinese", "ca": "canadian", "uk": "british"}[kind]
    c = Person(r, orig)
    d.add("Client Due Diligence (CDD) – Individual\nMatter: ", matter_no(r), "   Risk: ", r.choice(["Standard", "Enhanced (PEP screening)"]), "\n")
    d.add("Name: ", P(c), "\nDate of Birth: ", dobs(r, c, "long"), "\n")
    if kind == "us":
        st = r.choice(list(DL_STATES))
        code, fn = DL_STATES[st]
        d.add("Photo ID: ", st, " driver's license\nLicense no.: ", L("DRIVER_LICENSE", fn(r)), "   Issuing state: ", code, "\n")
        d.add("SSN (for US tax reporting, W-9): ", L("US_SSN", ssn(r)), "\n")
        d.add("U.S. passport no.: ", L("US_PASSPORT", passport(r, "United States")[0]), "   (second ID)\n")
        d.add("Address: ", L("ADDRESS", ", ".join(address(r, "United States"))), "\n")
    elif kind == "es":
        d.add("Documento: NIE (residente en España)\nNIE: ", L("ES_DNI", dni(r, nie=True)), "\n")
        d.add("Pasaporte colombiano nº: ", L("PASSPORT", passport(r, "Colombia")[0]), "\n")
    elif kind == "it":
        bel = r.choice(["Z100", "Z129"])
        d.add("Codice fiscale (born abroad – ", "Albania" if bel == "Z100" else "Romania", "): ",
              L("IT_FISCAL_CODE", cf_make(c.given, c.family, c.dob, c.female, bel)), "\n")
        d.add("Carta d'identità: ", "CA" + digits(r, 5) + _letters(r, 2), " (not retained)\n")
    elif kind == "de":
        d.add("Steuerliche Identifikationsnummer (German employer payslips): ", L("DE_TAX_ID", steuer(r)), "\n")
        d.add("Polish passport / Numer paszportu: ", L("PASSPORT", passport(r, "Poland")[0]), "\n")
    elif kind == "fr":
        d.add("N° de sécurité sociale (NIR) : ", L("FR_NIR", nir(r, c.female, c.dob)), "\n")
        d.add("Titre de séjour n° : ", digits(r, 10), " (expired – not relied on)\n")
    elif kind == "br":
        d.add("CPF: ", L("BR_CPF", cpf(r)), "\nPassaporte: ", L("PASSPORT", passport(r, "Brazil")[0]), "\n")
    elif kind == "in":
        d.add("Aadhaar: ", L("IN_AADHAAR", aadhaar(r)), "\nPAN: ", _letters(r, 5) + digits(r, 4) + _letters(r, 1), "\n")
    elif kind == "sg":
        d.add("NRIC/FIN: ", L("SG_NRIC", nric(r)), "\n")
    elif kind == "ca":
        d.add("Social Insurance Number: ", L("CA_SIN", sin(r)), "\n")
        d.add("Canadian passport: ", L("PASSPORT", passport(r, "Canada")[0]), "\n")
    else:
        d.add("Photocard driving licence (DVLA): ", L("DRIVER_LICENSE", dvla(r, c.family, c.given, c.dob, c.female)), "\n")
        d.add("Address: ", L("ADDRESS", ", ".join(uk_address(r))), "\n")
    d.add("Source of funds: ", r.choice(["salary", "sale of property", "family gift – letter on file", "compensation award"]), "\n")
    d.add("Sanctions/PEP screen: clear (", r.choice(["World-Check", "LexisNexis Bridger"]), " run ", fdate(r, rdate(r, 2024, 2025), "iso"), ")\n")
    return d


def t_cru1(r):
    d = Doc("form")
    c = Person(r, r.choice(["british", "polish", "lithuanian", "jamaican", "indian", "irish"]))
    d.add("CRU1 – Notification of a claim for compensation (extract prepared for DWP)\n\n")
    d.add("1  Injured person's surname: ", L("PERSON", c.family), "\n2  Other names: ", L("PERSON", c.given), "\n")
    d.add("3  Date of birth: ", dobs(r, c, "uk"), "\n4  National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d.add("5  Address: ", L("ADDRESS", "\n              ".join(uk_address(r))), "\n")
    d.add("6  Date of accident/injury: ", fdate(r, rdate(r, 2023, 2025), "uk"), "\n7  Description: ",
          r.choice(["slipped on unmarked wet floor in store", "rear-ended while stationary", "fell from scaffold tower at work"]), "\n")
    d.add("8  Employer at time: ", r.choice(COMPANIES), "   PAYE ref: ", "%03d/%s%05d" % (r.randint(100, 999), _letters(r, 2), r.randint(1, 99999)), "\n")
    d.add("9  Compensator's reference: ", "CLM-" + digits(r, 9), "\n10 Condition(s) claimed: ", L("DIAGNOSIS", r.choice(DIAGNOSES[:8])), "\n")
    return d


def t_blank_form(r):
    d = Doc("form")
    v = r.randint(0, 2)
    if v == 0:
        d.add("NEW CLIENT INSTRUCTION FORM (v", "%d.%d.%d" % (r.randint(2, 9), r.randint(0, 20), r.randint(0, 99)), ")\n\n",
              "Full Name: ______________________\nDate Of Birth: __ / __ / ____\nNational Insurance Number: __ __ __ __ __\n",
              "Passport Number: ______________\nNHS Number: ___ ___ ____\nHome Address: ____________________________\n",
              "Telephone: ______________   Email Address: ____________\n\nFor office use: Matter No. ", matter_no(r), "\n")
    elif v == 1:
        d.add("Dear {{client.title}} {{client.surname}},\n\nRe: {{matter.description}} — our ref {{matter.number}}\n\n",
              "We confirm your date of birth as {{client.dob | date('d F Y')}} and your address as {{client.address_block}}.\n",
              "Please bring your passport ({{client.passport_no}}) and proof of address to the appointment on {{appt.date}}.\n\n",
              "Yours sincerely\n{{fee_earner.name}}\n", FIRM, "\n")
    else:
        d.add("WITNESS STATEMENT OF [REDACTED]\nClaim No: ", claim_no(r), "\n\nI, ██████████, of ███████████████████, will say as follows:\n",
              "1. My date of birth is [REDACTED – CPR 39.2]. My National Insurance number is XX XX XX XX X.\n",
              "2. I was treated at [hospital redacted] under hospital number [withheld].\n",
              "Statement of truth: signed ████████  dated ", fdate(r, rdate(r, 2024, 2025), "long"), "\n")
    return d


def t_legal_aid(r):
    d = Doc("form")
    c = Person(r, r.choice(["bangladeshi", "ghanaian", "kenyan", "albanian", "british", "iraqi", "trinidadian"]))
    sc, ac = sort_acct(r)
    d.add("LEGAL AID – CIVIL MEANS ASSESSMENT (CIVIL 2024 extract)\nApplicant: ", P(c), "   DOB: ", dobs(r, c, "uk"), "\n")
    d.add("NINO: ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\nPassported benefit: ", r.choice(["Universal Credit", "Income Support", "none"]), "\n")
    if r.random() < 0.5:
        d.add("Bank: ", r.choice(["Barclays", "Monzo", "Nationwide", "Lloyds"]), "  Sort code & account: ", L("UK_BANK_ACCOUNT", sc + " " + ac), "\n")
    else:
        d.add("Bank sort code: ", sc, "\nAccount number: ", L("UK_BANK_ACCOUNT", ac), "\n")
    d.add("Partner: ", r.choice(["none", "separated – contrary interest"]), "\nCapital: £", "%d.%02d" % (r.randint(0, 7999), r.randint(0, 99)),
          "   Gross monthly income: £", str(r.randint(400, 2600)), "\nCertificate ref: ", "%dCR%05d" % (r.randint(300, 399), r.randint(1, 99999)), "\n")
    return d


def t_family_c100(r):
    d = Doc("form")
    orig = r.choice(["british", "pakistani", "nigerian", "polish", "romanian", "jamaican", "afghan", "portuguese"])
    a = Person(r, orig)
    kids = [Person(r, orig) for _ in range(r.randint(1, 3))]
    for k in kids:
        k.dob = rdate(r, 2010, 2022)
        k.family = a.family
    d.add("C100 — Application under the Children Act 1989 (draft, not filed)\nCourt: ", r.choice(COURTS[4:5] + COURTS[1:3]),
          "   Case no: ", "ZC%02dP%05d" % (r.randint(20, 25), r.randint(1, 99999)), "\n\nApplicant: ", P(a), "   DOB: ", dobs(r, a, "uk"), "\n")
    if r.random() < 0.5:
        d.add("Applicant's address: withheld – see Form C8 (confidential)\n")
    else:
        d.add("Applicant's address: ", L("ADDRESS", ", ".join(uk_address(r))), "\n")
    d.add("\nChildren:\n")
    for k in kids:
        d.add("  ", P(k), "   born ", dobs(r, k, "long"), "   ", "F" if k.female else "M", "\n")
    d.add("\nMIAM exemption: ", r.choice(["domestic abuse evidence (para 2.1)", "urgency", "none – MIAM attended"]), "\n")
    d.add("Safeguarding concerns: ", r.choice(["yes – see C1A", "none"]), ".  Child 1 has ", L("DIAGNOSIS", r.choice(["ADHD", "asthma", "epilepsy", "sickle cell disease"])),
          " and takes ", L("MEDICATION", r.choice(["methylphenidate", "salbutamol", "levetiracetam", "hydroxycarbamide"])), " daily.\n")
    return d


def t_et1(r):
    d = Doc("form")
    c = Person(r, r.choice(["british", "indian", "srilankan", "zimbabwean", "kosovar", "lithuanian"]))
    d.add("ET1 claim form — prepared copy\n1.1 Title: ", c.title, "\n1.2 First name: ", L("PERSON", c.given), "\n1.3 Surname: ", L("PERSON", c.family),
          "\n1.4 Date of birth: ", dobs(r, c, "uk"), "\n1.5 Address: ", L("ADDRESS", ", ".join(uk_address(r))), "\n1.6 Phone: ", L("PHONE", phone(r)),
          "\n1.8 Email: ", L("EMAIL", c.email(r)), "\n2.1 Respondent: ", r.choice(COMPANIES), "\n2.3 ACAS EC no: R", digits(r, 6), "/", digits(r, 2), "/", digits(r, 2),
          "\n5.1 Employment dates: ", fdate(r, rdate(r, 2015, 2020), "uk"), " to ", fdate(r, rdate(r, 2023, 2025), "uk"),
          "\n8.1 Claim type: unfair dismissal; disability discrimination (", STATUTES[8], ")\n8.2 Disability relied on: ",
          L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "major depressive disorder", "epilepsy", "complex regional pain syndrome"])), "\n")
    return d


# ---------------------------------------------------------------- clinical
def t_medical_report(r):
    d = Doc("clinical_note")
    c = Person(r)
    exp = Person(r, r.choice(["british", "indian", "irish", "nigerian"]))
    dx1 = r.choice(DIAGNOSES[:8])
    dx2 = r.choice(["post-traumatic stress disorder", "adjustment disorder with mixed anxiety and depressed mood", "tinnitus"])
    d.add("MEDICO-LEGAL REPORT (CPR Part 35)\nPrepared by: Dr ", P(exp), ", MBBS FRCS (Orth)\nClaimant: ", P(c), "\nDate of birth: ", dobs(r, c),
          "\nHospital number: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "    NHS no: ", L("UK_NHS_NUMBER", nhs(r)),
          "\nInstructing solicitors: ", FIRM, " (ref ", matter_no(r), ")\nClaim No: ", claim_no(r), "\n\n")
    d.add("1. History\nThe claimant was ", r.choice(["the driver of a car struck from behind", "a pedestrian hit on a zebra crossing", "injured lifting a pallet at work"]),
          ". She/he attended A&E where an X-ray showed no fracture. Records confirm a diagnosis of ", L("DIAGNOSIS", dx1), ".\n")
    d.add("2. Treatment\nThe GP prescribed ", L("MEDICATION", r.choice(MEDICATIONS[:8])), " and later ", L("MEDICATION", r.choice(MEDICATIONS[8:20])),
          ". Physiotherapy (6 sessions) was completed.\n")
    d.add("3. Psychological\nOn examination the claimant met criteria for ", L("DIAGNOSIS", dx2), ". There is no evidence of ",
          r.choice(["psychosis", "a personality disorder", "malingering"]), " and no history of ", r.choice(["epilepsy", "depression", "substance misuse"]), ".\n")
    d.add("4. Prognosis\nIn my opinion symptoms will resolve within ", str(r.randint(9, 30)), " months of the accident. I have applied the Judicial College Guidelines (17th ed.), ch. 7(A)(c); ",
          "the claimant's account was not 'a pain in the neck' exaggeration.\n\nStatement of truth: I confirm that I have made clear which facts ... — Dr ", L("PERSON", exp.family), "\n")
    return d


def t_chronology(r):
    d = Doc("clinical_note")
    c = Person(r)
    d.add("CLINICAL NEGLIGENCE — CHRONOLOGY FROM DISCLOSED RECORDS (privileged & confidential)\nPatient: ", P(c, "formal"), "   DOB ", dobs(r, c, "uk"),
          "   Trust MRN ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nRecords paginated ", bates(r, "REC-"), " to ", bates(r, "REC-"), "\n\n")
    dt = rdate(r, 2019, 2022)
    rows = [("GP attendance; back pain radiating to both legs, saddle numbness reported. Advised ", L("MEDICATION", "naproxen"), "."),
            ("A&E: triage note 'urinary retention'. No MRI requested. Discharged on ", L("MEDICATION", r.choice(["diazepam", "tramadol", "co-codamol"])), "."),
            ("Re-attends; MRI shows large central disc; diagnosis of ", L("DIAGNOSIS", "cauda equina syndrome"), " confirmed; decompression at 02:40."),
            ("Urology clinic: ", L("DIAGNOSIS", "neurogenic bladder"), "; started ", L("MEDICATION", r.choice(["oxybutynin", "mirabegron"])), ". Sepsis ruled out."),
            ("Psychiatry: ", L("DIAGNOSIS", r.choice(["major depressive disorder", "adjustment disorder with mixed anxiety and depressed mood"])), "; ", L("MEDICATION", r.choice(["sertraline", "mirtazapine"])), " 50 mg.")]
    for row in rows:
        dt = dt + datetime.timedelta(days=r.randint(1, 60))
        d.add(fdate(r, dt, "uk"), "  | ", row, "\n")
    d.add("\nComment: breach arguable on ", CASES[2].split(" [")[0], " / ", CASES[3].split(" [")[0], " principles; causation per expert neurosurgeon.\n")
    return d


def t_discharge(r):
    d = Doc("discharge_summary")
    c = Person(r)
    cons = Person(r)
    adm = rdate(r, 2021, 2025)
    dis = adm + datetime.timedelta(days=r.randint(2, 25))
    d.add(r.choice(["St Aldhelm's University Hospitals NHS Foundation Trust", "Royal Wexcombe Infirmary", "Northgate & Pellow NHS Trust"]),
          "\nDISCHARGE SUMMARY   (copy obtained under DSAR for ", FIRM, ")\n", "-" * 58, "\n")
    d.add("Name: ", P(c, "upper"), "     Hosp No: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nDOB: ", dobs(r, c, "abbr"), "     NHS: ", L("UK_NHS_NUMBER", nhs(r, r.choice(["compact", None]))),
          "\nAddress: ", L("ADDRESS", ", ".join(uk_address(r))), "\nAdmitted: ", fdate(r, adm, "abbr"), "   Discharged: ", fdate(r, dis, "abbr"),
          "\nConsultant: ", L("PERSON", cons.family), " (", r.choice(["Trauma & Orthopaedics", "Obstetrics", "General Surgery", "Acute Medicine"]), ")\n\n")
    d.add("Primary diagnosis: ", L("DIAGNOSIS", r.choice(DIAGNOSES[3:8] + DIAGNOSES[16:21])), "\nSecondary: ", L("DIAGNOSIS", r.choice(["hypertension", "type 2 diabetes mellitus", "asthma", "chronic obstructive pulmonary disease"])),
          "\nExcluded: ", r.choice(["pulmonary embolism (CTPA negative)", "fracture (CT normal)", "sepsis – lactate normal"]), "\n\n")
    d.add("Medications on discharge:\n  ", L("MEDICATION", r.choice(["enoxaparin", "apixaban"])), " 40 mg SC OD x 28 days\n  ",
          L("MEDICATION", r.choice(["morphine sulfate", "Oramorph", "co-codamol"])), " PRN\n  ", L("MEDICATION", r.choice(["omeprazole", "lansoprazole"])), " 20 mg OD\n")
    d.add("Stopped: ", L("MEDICATION", r.choice(["naproxen", "ramipril"])), " (AKI)\n\nFollow-up: fracture clinic 2/52. GP to review.\nPage 1 of 1  — printed ",
          fdate(r, dis, "iso"), "T", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "\n")
    return d


def t_lab(r):
    d = Doc("lab_report")
    c = Person(r)
    d.add("PATHOLOGY REPORT — ", r.choice(["Toxicology (defence instruction)", "Clinical Biochemistry", "Haematology"]), "\n")
    d.add("Patient: ", P(c, "formal"), "  DOB: ", dobs(r, c, "uk"), "  MRN: ", L("MEDICAL_RECORD_NUMBER", mrn(r)), "\nLab no: ", "L" + digits(r, 9),
          "   Specimen: ", r.choice(["blood (EDTA)", "serum", "urine"]), "   Collected ", fdate(r, rdate(r, 2024, 2025), "iso"), " ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "\n\n")
    d.add("%-22s %-10s %-10s %s\n" % ("Test", "Result", "Units", "Ref range"))
    tests = [("HbA1c", str(r.randint(40, 95)), "mmol/mol", "20-41"), ("CRP", str(r.randint(1, 180)), "mg/L", "<5"),
             ("Ethanol", "%d" % r.randint(0, 240), "mg/100mL", "legal limit 80"), ("Hb", str(r.randint(90, 160)), "g/L", "130-170"),
             ("Lithium", "%.2f" % r.uniform(0.2, 1.4), "mmol/L", "0.4-1.0"), ("eGFR", str(r.randint(30, 99)), "mL/min", ">60")]
    r.shuffle(tests)
    for t in tests[:4]:
        d.add("%-22s %-10s %-10s %s\n" % t)
    d.add("\nComment: results consistent with ", L("DIAGNOSIS", r.choice(["type 2 diabetes mellitus", "alcohol dependence syndrome", "iron deficiency anaemia", "chronic kidney disease stage 3"])),
          "; patient reports taking ", L("MEDICATION", r.choice(["metformin", "lithium carbonate", "ferrous sulfate", "amlodipine"])), ".\nAuthorised by: ", P(Person(r)), ", Consultant Biochemist\n")
    return d


def t_hl7(r):
    d = Doc("hl7")
    c = Person(r)
    sep = r.choice(["\r", "\n"])
    ts = "%s%02d%02d" % (fdate(r, rdate(r, 2023, 2025), "hl7"), r.randint(0, 23), r.randint(0, 59))
    a = uk_address(r)
    d.add("MSH|^~\\&|EPR|RWX|RECDISC|HVLLP|", ts, "||ADT^A08|", digits(r, 10), "|P|2.4", sep)
    d.add("EVN|A08|", ts, sep)
    d.add("PID|1|", L("UK_NHS_NUMBER", nhs(r, "compact")), "^^^NHS^NH|", L("MEDICAL_RECORD_NUMBER", mrn(r).replace(" ", "")), "^^^RWX^MR||",
          L("PERSON", up(c.family) + "^" + up(c.given)), "||", L("DATE_OF_BIRTH", fdate(r, c.dob, "hl7")), "|", "F" if c.female else "M", "|||",
          L("ADDRESS", a[0] + "^^" + a[1] + "^^" + a[2]), "^GBR||", L("PHONE", phone(r)), sep)
    d.add("PV1|1|I|", r.choice(["WARD12", "MAT3", "AMU"]), "^^^RWX||||C", digits(r, 7), "^", _fold(Person(r).family), "^^^^Dr", sep)
    d.add("DG1|1||", r.choice(["S52.5", "G83.4", "O75.3", "T81.4"]), "^", L("DIAGNOSIS", r.choice(DIAGNOSES[3:8] + ["sepsis", "Erb's palsy"])), "^I10||", ts, "|F", sep)
    d.add("OBX|1|TX|NOTE^Clinical note||Records disclosed to solicitors; OID 2.16.840.1.113883.2.1.4.1||||||F", sep)
    return d


def t_fhir(r):
    d = Doc("fhir_json")
    c = Person(r, r.choice(["us", "jamaican", "colombian", "canadian", "vietnamese"]))
    pid = "pat-" + digits(r, 6)
    refuted = r.choice(["pulmonary embolism", "fracture of left neck of femur", "stroke"])
    bundle = {"resourceType": "Bundle", "type": "collection", "meta": {"tag": [{"code": "legal-hold", "display": "US litigation – " + matter_no(r)}]},
              "entry": [
                  {"resource": {"resourceType": "Patient", "id": pid,
                                "identifier": [{"system": "http://hospital.example.org/mrn", "value": L("MEDICAL_RECORD_NUMBER", mrn(r))}],
                                "name": [{"family": L("PERSON", c.family), "given": [L("PERSON", c.given)]}],
                                "birthDate": L("DATE_OF_BIRTH", c.dob.isoformat()),
                                "telecom": [{"system": "phone", "value": L("PHONE", phone(r, "United States"))}],
                                "address": [{"line": [L("ADDRESS", address(r, "United States")[0])], "city": "Chicago", "state": "IL"}]}},
                  {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid}, "verificationStatus": {"coding": [{"code": "confirmed"}]},
                                "code": {"text": L("DIAGNOSIS", r.choice(["mild traumatic brain injury", "fracture of the left distal radius", "post-traumatic stress disorder"]))}}},
                  {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid}, "verificationStatus": {"coding": [{"code": "refuted"}]},
                                "code": {"text": refuted}}},
                  {"resource": {"resourceType": "MedicationStatement", "status": "active", "subject": {"reference": "Patient/" + pid},
                                "medicationCodeableConcept": {"text": L("MEDICATION", r.choice(["gabapentin", "oxycodone", "sertraline", "cyclobenzaprine"]))},
                                "dosage": [{"text": "300 mg PO TID"}]}},
                  {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": L("HEALTH_PLAN_ID", health_plan_id(r)),
                                "payor": [{"display": r.choice(["Blue Cross Blue Shield of Illinois", "Aetna", "UnitedHealthcare"])}],
                                "class": [{"type": {"text": "group"}, "value": "GRP-" + digits(r, 6)}]}}]}
    if r.random() < 0.5:
        bundle["entry"].append({"resource": {"resourceType": "Coverage", "status": "active", "type": {"text": "Medicare Part B"},
                                             "subscriberId": L("US_MBI", mbi(r))}})
    d.json(bundle)
    return d


def t_psych(r):
    d = Doc("clinical_note")
    m = Person(r, r.choice(["british", "romanian", "nigerian", "pakistani", "jamaican", "irish"]), True)
    ch = Person(r, m.origin)
    ch.family = m.family
    ch.dob = rdate(r, 2011, 2019)
    d.add("PSYCHOLOGICAL ASSESSMENT — Part 25 FPR report\nRe: ", P(ch), " (born ", dobs(r, ch, "long"), ")\nMother: ", P(m), "\nCase No: ", "ZC%02dC%05d" % (r.randint(20, 25), r.randint(1, 99999)),
          "\n\nThe mother describes a long history of ", L("DIAGNOSIS", r.choice(["major depressive disorder", "emotionally unstable personality disorder", "generalised anxiety disorder"])),
          ", treated with ", L("MEDICATION", r.choice(["sertraline", "fluoxetine", "quetiapine"])), ". She denies current alcohol misuse; hair-strand testing (", "Lab ref T" + digits(r, 7), ") was negative.\n")
    d.add(L("PERSON", ch.given), " has a diagnosis of ", L("DIAGNOSIS", r.choice(["ADHD", "autism spectrum disorder", "attachment disorder"])), " and is prescribed ",
          L("MEDICATION", r.choice(["methylphenidate", "melatonin", "atomoxetine"])), ". School reports describe 'a storm in a teacup' reaction to change rather than ",
          "any depression; I use 'trauma' here in its ordinary, not clinical, sense.\n\nDr ", P(Person(r)), ", CPsychol\n")
    return d


def t_ina(r):
    d = Doc("clinical_note")
    c = Person(r)
    d.add("IMMEDIATE NEEDS ASSESSMENT (Rehabilitation Code 2015)\nClient: ", P(c), "  DOB ", dobs(r, c, "dots"), "\nSeen at home: ", L("ADDRESS", ", ".join(uk_address(r))),
          "\nTel: ", L("PHONE", phone(r)), "\n\nPresenting: ", L("DIAGNOSIS", r.choice(["mild traumatic brain injury", "complex regional pain syndrome", "fracture of the left distal radius"])),
          "; fatigue, poor sleep (", L("MEDICATION", "zopiclone"), " 3.75 mg nocte). Not independent with stairs.\nRecommendations: OT, grab rails, 10 x CBT sessions, case manager.\n",
          "Costs estimate: £", "%d,%03d" % (r.randint(2, 19), r.randint(0, 999)), "  Assessor: ", P(Person(r, "british")), " (Reg. OT ", "OT" + digits(r, 5), ")\n")
    return d


def t_medlit(r):
    d = Doc("clinical_note")
    d.add("EXPERT METHODOLOGY — general background (no patient data)\n\n",
          "Cauda equina syndrome is a surgical emergency; the literature (", r.choice(["a 2017 systematic review", "a 2011 meta-analysis"]), ") suggests outcomes are worse where decompression is delayed beyond 48 hours. ",
          "Cerebral palsy following hypoxic-ischaemic encephalopathy is frequently litigated; ", CASES[1].split(" [")[0], " reshaped consent to include material risks such as shoulder dystocia and Erb's palsy. ",
          "Mesothelioma cases proceed under the ", "Fairchild", " exception. Drugs commonly discussed: warfarin, methotrexate, gentamicin (see BNF ", str(r.randint(84, 88)), "). ",
          "Sample size in the cited cohort was n=", str(r.randint(100, 900)), "; OID used in the registry extract: 1.2.826.0.1.3680043.", digits(r, 4), ".\n")
    return d

def up(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalpha() or c in " -'")).upper()


# ---------------------------------------------------------------- structured
def t_billing_csv(r, nopii=False):
    d = Doc("csv")
    d.row(["date", "matter_no", "fee_earner", "activity_code", "units", "rate_gbp", "narrative"])
    for _ in range(r.randint(4, 7)):
        dt = fdate(r, rdate(r, 2024, 2025), "iso")
        fe = "".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(3))
        act = r.choice(["A101", "L120", "P300", "E112"])
        if nopii:
            narr = r.choice(["Perusing disclosure bundle pp 1-240", "Drafting Part 36 offer", "Preparing costs budget (Precedent H)",
                             "Reviewing " + CASES[r.randrange(len(CASES))].split(" [")[0] + " for skeleton", "Listing enquiry re " + r.choice(HOLIDAYS)])
        else:
            p = Person(r)
            narr = r.choice([M("Attendance on client ", L("PERSON", p.full), " re medical evidence"),
                             M("Tel call to ", L("PERSON", p.title + " " + p.family) if False else L("PERSON", p.family), " (witness), ", L("PHONE", phone(r)), ", no answer"),
                             M("Email to counsel ", L("EMAIL", Person(r, "british").email(r, "garden-court.example")), " with instructions"),
                             M("Drafting letter to ", L("PERSON", p.full), ", ", r.choice(COMPANIES), " claims handler")])
        d.row([dt, matter_no(r), fe, act, str(r.randint(1, 30)), r.choice(["195", "261", "317", "409"]), narr])
    return d


def t_loadfile(r):
    delim = r.choice([",", "\t"])
    d = Doc("csv" if delim == "," else "tsv")
    d.row(["BegBates", "EndBates", "Custodian", "From", "To", "DateSent", "Subject", "MD5Hash"], delim)
    cust = [Person(r) for _ in range(3)]
    n = r.randint(1000, 90000)
    for i in range(r.randint(4, 6)):
        a, b = cust[r.randrange(3)], cust[r.randrange(3)]
        s = n + i * 7
        d.row(["PROD%07d" % s, "PROD%07d" % (s + r.randint(0, 6)), L("PERSON", a.formal), L("EMAIL", a.email(r, "respondent-co.example")),
               L("EMAIL", b.email(r, "respondent-co.example")), "%s %02d:%02d" % (fdate(r, rdate(r, 2020, 2023), "us"), r.randint(0, 23), r.randint(0, 59)),
               r.choice(["RE: Q3 shift rota", "FW: grievance outcome", "Bonus pool v2.3.1.7", "Minutes 14/02", "Re: Project Donoghue"]),
               "%032x" % r.getrandbits(128)], delim)
    return d


def t_privlog(r):
    d = Doc("csv")
    d.row(["DocID", "Date", "Author", "Recipients", "Privilege", "Description"])
    for _ in range(r.randint(3, 6)):
        a, b = Person(r), Person(r)
        d.row([bates(r, "HV-PRIV-"), fdate(r, rdate(r, 2022, 2025), "uk"), L("PERSON", a.full), M(L("PERSON", b.full), "; ", L("PERSON", Person(r).full)),
               r.choice(["LAP", "LitP", "Without prejudice"]),
               r.choice(["Advice on quantum re " + CASES[5].split(" [")[0] + " multiplier", "Counsel's note on limitation (" + STATUTES[1] + ")",
                         "Draft witness statement", "Expert query re causation"])])
    return d


def t_matter_json(r):
    d = Doc("json")
    c = Person(r)
    opp = Person(r)
    obj = {"matterId": matter_no(r), "practiceArea": r.choice(["personal_injury", "clinical_negligence", "family", "employment", "immigration"]),
           "status": "open", "openedAt": "%sT%02d:%02d:00Z" % (fdate(r, rdate(r, 2023, 2025), "iso"), r.randint(0, 23), r.randint(0, 59)),
           "client": {"displayName": L("PERSON", c.full), "dateOfBirth": L("DATE_OF_BIRTH", c.dob.isoformat()),
                      "contact": {"mobile": L("PHONE", phone(r, r.choice(["United Kingdom", c.country]))), "email": L("EMAIL", c.email(r))},
                      "address": L("ADDRESS", ", ".join(uk_address(r))), "nationality": c.country, "interpreterLanguage": r.choice([None, "Dari", "Tigrinya", "Portuguese", "Polish"])},
           "opponents": [{"name": L("PERSON", opp.full), "role": "respondent"}, {"name": r.choice(COMPANIES), "role": "insurer"}],
           "court": {"name": r.choice(COURTS), "caseNumber": claim_no(r)},
           "feeEarner": {"code": "".join(r.choice("ABCDEFGHJK") for _ in range(3)), "name": L("PERSON", fee_earner(r).full)},
           "budget": {"currency": "GBP", "approved": r.randint(5, 90) * 1000}, "schemaVersion": "3.4.1.209"}
    if obj["practiceArea"] == "immigration":
        obj["client"]["passport"] = {"country": c.country, "number": L(*reversed(passport(r, c.country)))}
    d.json(obj)
    return d


def t_efiling_ndjson(r):
    d = Doc("ndjson")
    for _ in range(r.randint(4, 6)):
        u = Person(r, "british")
        ev = {"ts": "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
              "event": r.choice(["filing.submitted", "filing.accepted", "document.viewed", "fee.paid"]), "caseRef": claim_no(r),
              "envelope": "ENV-" + digits(r, 10), "user": L("EMAIL", u.email(r, FIRM_DOMAIN)), "clientIp": L("IP_ADDRESS", ip(r)),
              "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.6367.207"}
        if r.random() < 0.4:
            ev["feeAccount"] = "PBA" + digits(r, 7)
        d.json(ev, compact=True)
        d.add("\n")
    return d


def t_schedule_loss(r, nopii=False):
    d = Doc("csv")
    if not nopii:
        c = Person(r)
        d.row(["Claimant", L("PERSON", c.full), "", ""])
        d.row(["NINO", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)), "", ""])
        d.row(["Date of birth", L("DATE_OF_BIRTH", fdate(r, c.dob, "uk")), "", ""])
    d.row(["Head of loss", "Period", "Multiplier", "Amount (GBP)"])
    heads = [("Past loss of earnings", "to trial"), ("Care and assistance (gratuitous)", "to trial"), ("Travel to medical appointments", "to trial"),
             ("Future loss of earnings", "Ogden 8 table"), ("Aids and equipment", "lifetime"), ("Prescription charges", "lifetime"), ("Less CRU deduction", "")]
    for h, per in heads[: r.randint(4, 7)]:
        d.row([h, per, "%.2f" % r.uniform(1, 30) if "Future" in h or per == "lifetime" else "", "%.2f" % r.uniform(100, 95000)])
    d.row(["Interest", "s.69 County Courts Act 1984", "", "%.2f" % r.uniform(100, 5000)])
    return d


def t_client_yaml(r):
    d = Doc("yaml")
    c = Person(r, r.choice(["afghan", "syrian", "iranian", "iraqi", "vietnamese", "albanian", "zimbabwean", "chinese", "colombian"]))
    pno, pty = passport(r, c.country)
    a = uk_address(r)
    d.add("# immigration bundle manifest – generated by bundler v", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 30), r.randint(100, 999)), "\n")
    d.add("appeal_ref: ", "PA/%05d/%d" % (r.randint(1, 99999), r.choice([2024, 2025])), "\nhearing_centre: ", r.choice(["Taylor House", "Hatton Cross", "Manchester Piccadilly", "Bradford"]), "\n")
    d.add("appellant:\n  name: ", L("PERSON", c.full), "\n  dob: ", L("DATE_OF_BIRTH", c.dob.isoformat()), "\n  nationality: ", c.country, "\n")
    d.add("  passport:\n    number: ", L(pty, pno), "\n    status: ", r.choice(["held by Home Office", "expired", "lost – police report on file"]), "\n")
    d.add("  address: |\n    ", L("ADDRESS", "\n    ".join(a)), "\n  phone: \"", L("PHONE", phone(r)), "\"\n")
    d.add("  medical:\n    condition: ", L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "tuberculosis", "HIV infection", "major depressive disorder"])),
          "\n    treating_clinician: Dr ", L("PERSON", Person(r).full), "\n")
    if r.random() < 0.5:
        dep = Person(r, c.origin)
        d.add("dependants:\n  - name: ", L("PERSON", dep.full), "\n    dob: ", L("DATE_OF_BIRTH", dep.dob.isoformat()), "\n")
    d.add("authorities:\n  - \"", CASES[9], "\"\n  - \"", STATUTES[5], "\"\nbundle_pages: ", str(r.randint(80, 600)), "\n")
    return d


def t_payroll_tsv(r):
    d = Doc("tsv")
    d.row(["emp_no", "surname", "forename", "ni_number", "tax_code", "sort_code", "account_no", "gross", "net"], "\t")
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        sc, ac = sort_acct(r)
        d.row(["E" + digits(r, 5), L("PERSON", p.family), L("PERSON", p.given), L("UK_NATIONAL_INSURANCE_NUMBER", nino(r, False)),
               r.choice(["1257L", "BR", "K475", "0T M1", "S1257L"]), sc, L("UK_BANK_ACCOUNT", ac), "%.2f" % r.uniform(1200, 5200), "%.2f" % r.uniform(1000, 4000)], "\t")
    return d


def t_cause_json(r):
    d = Doc("json")
    j = JUDGES[r.randrange(len(JUDGES))]
    hearings = []
    for _ in range(r.randint(3, 5)):
        kind = r.random()
        if kind < 0.5:
            a, b = Person(r), Person(r)
            title = M(L("PERSON", a.family), " v ", L("PERSON", b.family))
        elif kind < 0.8:
            a = Person(r)
            title = M(L("PERSON", a.family), " v ", r.choice(COMPANIES))
        else:
            title = "Re " + r.choice("ABCDHJKMS") + " (Children)"
        hearings.append({"time": "%02d:%s" % (r.randint(10, 15), r.choice(["00", "30"])), "caseNumber": claim_no(r), "title": title,
                         "type": r.choice(["CMC", "Small claims hearing", "FHDRA", "Disposal", "Trial (1 day)"]), "mode": r.choice(["in person", "CVP", "Teams"])})
    obj = {"court": r.choice(COURTS), "listDate": fdate(r, rdate(r, 2025, 2025), "iso"),
           "courtroom": str(r.randint(1, 14)), "judge": M(j[0] + " ", L("PERSON", j[1])), "hearings": hearings,
           "notice": "Lists are subject to change until 4.30pm. Cases may be taken out of order."}
    d.json(obj)
    return d


def t_config_yaml(r):
    d = Doc("yaml")
    d.add("# DMS retention policy – no client data\nversion: ", "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 30), r.randint(1000, 9999)), "\n")
    d.add("workspaces:\n  - template: PI-Standard\n    retention_years: 15\n    legal_hold_tag: LH-", digits(r, 4),
          "\n  - template: Family-Children\n    retention_years: 25\n  - template: Immigration\n    retention_years: 7\n",
          "records_oid: 2.16.840.1.113883.", digits(r, 2), ".", digits(r, 4), "\nsmtp_relay: 127.0.0.1\nbind: 0.0.0.0:8443\n",
          "ediscovery:\n  platform_build: 12.3.", digits(r, 3), ".", digits(r, 1), "\n  bates_prefix: HV-\n  start_number: 0000001\n",
          "holidays_closed: [\"Boxing Day\", \"Good Friday\", \"Early May bank holiday\"]\n",
          "field_map:\n  Date Of Birth: client.dob\n  Passport Number: client.passport\n  NHS Number: client.nhs\n")
    return d


def t_conflict_ndjson(r):
    d = Doc("ndjson")
    for _ in range(r.randint(3, 5)):
        p = Person(r)
        rec = {"query": L("PERSON", p.family), "hit": L("PERSON", p.formal), "matter": matter_no(r),
               "status": r.choice(["closed", "open", "archived"]), "role": r.choice(["client", "opponent", "witness", "expert"]),
               "dob": L("DATE_OF_BIRTH", p.dob.isoformat()), "score": round(r.uniform(0.6, 1.0), 3)}
        d.json(rec, compact=True)
        d.add("\n")
    return d


def t_bundle_index(r):
    d = Doc("csv")
    d.row(["Tab", "Document", "Date", "Pages"])
    docs = ["Claim Form (N1)", "Particulars of Claim", "Defence", "Reply", "Order of " + r.choice(["DJ", "HHJ"]) + " dated " + fdate(r, rdate(r, 2024, 2025), "long") + " (sealed)",
            "Directions questionnaire", "Authorities: " + CASES[r.randrange(len(CASES))], "Authorities: " + CASES[r.randrange(len(CASES))],
            "Extract: " + STATUTES[r.randrange(len(STATUTES))], "Schedule of Loss (v3)", "Counter-schedule"]
    p = 1
    for i, doc in enumerate(docs[: r.randint(6, 11)]):
        n = r.randint(2, 40)
        d.row([str(i + 1), doc, fdate(r, rdate(r, 2023, 2025), "uk"), "%d-%d" % (p, p + n)])
        p += n + 1
    return d


def t_efiling_status(r):
    d = Doc("json")
    d.json({"apiVersion": "2.7.14.3", "case": claim_no(r), "neutralCitation": neutral(r), "filings": [
        {"id": "F" + digits(r, 9), "type": r.choice(["N244", "N1", "N260", "Skeleton argument"]), "status": r.choice(["ACCEPTED", "REJECTED", "PENDING"]),
         "fee": {"amount": r.choice([108, 303, 626]), "ref": "HWF-" + _alnum(r, 3) + "-" + _alnum(r, 3)}, "bates": [bates(r), bates(r)]} for _ in range(r.randint(2, 4))],
        "court": r.choice(COURTS), "nextTerm": r.choice(HOLIDAYS[:4])})
    return d


def t_fee_table(r):
    d = Doc("csv")
    d.row(["Form", "Description", "Fee_GBP", "Rule"])
    for f in [("N1", "Money claim £10,000.01–£200,000", "5% of claim", "CPR 7"), ("N244", "Application on notice", "303", "CPR 23"),
              ("N244", "Application without notice", "108", "CPR 23"), ("C100", "Child arrangements order", "263", "FPR 12"),
              ("EX50", "Civil and family court fees guide", "", ""), ("N170", "Listing questionnaire/hearing fee (fast track)", "" + str(r.choice([545, 587])), "CPR 28")]:
        d.row(list(f))
    return d

def ts(r, sep="T"):
    return "2025-%02d-%02d%s%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), sep, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


# ---------------------------------------------------------------- logs
def t_efiling_log(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        u = Person(r, "british")
        k = r.random()
        d.add(ts(r), "Z level=INFO svc=efile-gw build=", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 40), r.randint(100, 9999)), " ")
        if k < 0.6:
            d.add("action=", r.choice(["login", "submit", "download", "pay_fee"]), " user=", L("EMAIL", u.email(r, FIRM_DOMAIN)), " src=", L("IP_ADDRESS", ip(r)),
                  " case=", claim_no(r).replace(" ", ""), " status=", r.choice(["200", "201", "403"]), "\n")
        elif k < 0.8:
            d.add("action=healthcheck src=127.0.0.1 upstream=", L("IP_ADDRESS", ip(r, "priv")), ":8443 latency_ms=", str(r.randint(2, 400)), "\n")
        else:
            d.add("action=submit envelope=ENV-", digits(r, 10), " doc_oid=1.3.6.1.4.1.", digits(r, 5), ".", digits(r, 2), " pages=", str(r.randint(1, 300)), "\n")
    return d


def t_review_audit(r):
    d = Doc("log")
    revs = [Person(r) for _ in range(2)]
    for _ in range(r.randint(5, 8)):
        v = revs[r.randrange(2)]
        d.add("[", ts(r, " "), "] workspace=", r.choice(["WS-1042 Okafor Employment", "WS-0977 Project Kestrel", "WS-1188 Clinical Records"]).split(" ")[0],
              " reviewer=\"", L("PERSON", v.full), "\" ", r.choice(["coded", "viewed", "redacted", "tagged"]), " doc=", bates(r, "DEF"),
              " tag=", r.choice(["Responsive", "Privileged", "Not responsive", "Hot"]), " ip=", L("IP_ADDRESS", ip(r)), "\n")
    return d


def t_dms_log(r):
    d = Doc("log")
    for _ in range(r.randint(6, 10)):
        d.add(ts(r, " "), ",", "%03d" % r.randint(0, 999), " ", r.choice(["INFO", "WARN", "DEBUG"]), " [", r.choice(["indexer", "ocr-worker-3", "sync"]), "] ",
              r.choice(["Indexed workspace %s v%d.%d.%d.%d in %dms" % (matter_no(r), r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), r.randint(1, 9999), r.randint(50, 9000)),
                        "OCR queue depth=%d; worker pid=%d" % (r.randint(0, 900), r.randint(1000, 65000)),
                        "Bates range %s-%s stamped" % (bates(r), bates(r)), "Connection to 127.0.0.1:5432 re-established",
                        "Checksum mismatch on object %032x, retrying" % r.getrandbits(128), "Listening on 0.0.0.0:9090",
                        "Schema OID 2.25.%d registered" % r.getrandbits(60), "Neutral citation parsed: %s" % neutral(r)]), "\n")
    return d


def t_vpn_log(r):
    d = Doc("log")
    for _ in range(r.randint(5, 8)):
        u = Person(r, "british")
        m = "%s.%s" % (_fold(u.given).lower(), _fold(u.family).lower())
        d.add(r.choice(["Jan", "Feb", "Mar", "Oct", "Nov"]), " %2d %02d:%02d:%02d " % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
              "fw01 ", r.choice(["vpn", "kernel", "sshd"]), "[", str(r.randint(100, 9999)), "]: ")
        k = r.random()
        if k < 0.5:
            d.add("user ", L("EMAIL", m + "@" + FIRM_DOMAIN), " authenticated from ", L("IP_ADDRESS", ip(r, r.choice(["pub", "doc", "v6"]))), " assigned ", L("IP_ADDRESS", ip(r, "priv")), "\n")
        elif k < 0.8:
            d.add("DROP IN=eth0 SRC=", L("IP_ADDRESS", ip(r, r.choice(["pub", "doc"]))), " DST=", L("IP_ADDRESS", ip(r, "priv")), " PROTO=TCP DPT=", str(r.choice([22, 3389, 445])), "\n")
        else:
            d.add("firmware ", "%d.%d.%d.%d" % (r.randint(6, 7), r.randint(0, 4), r.randint(0, 20), r.randint(1, 2999)), " loaded; ntp 0.0.0.0 unreachable\n")
    return d


def t_phone_log(r):
    d = Doc("log")
    for _ in range(r.randint(4, 7)):
        c = Person(r)
        d.add(ts(r, " "), " CDR ext=", str(r.randint(2000, 2999)), " dir=", r.choice(["in", "out"]), " cli=", L("PHONE", phone(r, r.choice(["United Kingdom", c.country]))),
              " dur=", str(r.randint(5, 3600)), "s contact=\"", L("PERSON", c.full), "\" matter=", matter_no(r), " rec=", r.choice(["yes", "no"]), "\n")
    return d


def t_prison_log(r):
    d = Doc("log")
    for _ in range(r.randint(3, 5)):
        c = Person(r)
        d.add(ts(r, " "), " legal_visit_booking prison=", r.choice(["HMP Pentonville", "HMP Wandsworth", "HMP Forest Bank", "HMP Birmingham"]),
              " prisoner_no=", r.choice("AG") + digits(r, 4) + _letters(r, 2), " name=\"", L("PERSON", c.formal), "\" dob=", L("DATE_OF_BIRTH", fdate(r, c.dob, "uk")),
              " visitor=\"", L("PERSON", fee_earner(r).full), "\" slot=", "%02d:%s" % (r.randint(9, 15), r.choice(["00", "30"])), " status=", r.choice(["CONFIRMED", "WAITLIST"]), "\n")
    return d


def t_app_error(r):
    d = Doc("log")
    d.add(ts(r), " ERROR bundler.render 3.12.0.44 — Failed to paginate bundle ", claim_no(r), "\n",
          "Traceback (most recent call last):\n  File \"/opt/bundler/paginate.py\", line ", str(r.randint(10, 900)), ", in stamp\n    raise BatesOverflow(prefix=\"HV-\", start=", str(r.randint(1, 99999)), ")\n",
          "BatesOverflow: range HV-0000001..HV-", "%07d" % r.randint(10000, 99999), " exhausted\n", ts(r), " WARN retry=3 backoff=", str(r.randint(100, 9999)), "ms host=127.0.0.1 version=10.", str(r.randint(0, 20)), ".", str(r.randint(0, 255)), ".", str(r.randint(0, 255)), "\n",
          ts(r), " INFO job ", "%08x-%04x" % (r.getrandbits(32), r.getrandbits(16)), " completed; tracking 1Z", _alnum(r, 16), " dispatched to ", r.choice(COURTS), "\n")
    return d


def t_police_log(r):
    d = Doc("log")
    for _ in range(r.randint(2, 4)):
        c = Person(r)
        d.add(ts(r, " "), " DSCC ref=", "%d%s" % (r.randint(100000000, 999999999), r.choice("ABCDE")), " station=", r.choice(["Brixton", "Leeds Elland Road", "Manchester Central", "Southall"]),
              " custody_no=", "%02d/%05d/%02d" % (r.randint(1, 99), r.randint(1, 99999), r.randint(23, 25)), " client=\"", L("PERSON", c.full), "\" dob=", L("DATE_OF_BIRTH", fdate(r, c.dob, "uk")),
              " offence=\"", r.choice(["s.18 wounding with intent", "possession with intent (Class A)", "s.47 ABH", "theft (shoplifting)"]), "\" interpreter=", r.choice(["none", "Albanian", "Vietnamese", "Romanian", "Pashto"]),
              " appropriate_adult=", r.choice(["N", "Y"]), " duty_solicitor=\"", L("PERSON", fee_earner(r).full), "\"\n")
        if r.random() < 0.5:
            d.add("    note: detainee reports ", L("DIAGNOSIS", r.choice(["epilepsy", "type 2 diabetes mellitus", "ADHD", "asthma"])), "; FME asked to provide ",
                  L("MEDICATION", r.choice(["levetiracetam", "insulin glargine", "methylphenidate", "salbutamol"])), "\n")
    return d


def t_payment_log(r, masked_only=False):
    d = Doc("log")
    for _ in range(r.randint(4, 6)):
        k = r.random()
        d.add(ts(r), " payments ")
        if masked_only or k < 0.5:
            d.add("client_account_receipt amount=", "%.2f" % r.uniform(50, 9000), " card=", r.choice(["**** **** **** %s" % digits(r, 4), "4%s******%s" % (digits(r, 5), digits(r, 4)), "ending %s" % digits(r, 4)]),
                  " auth=", _alnum(r, 6), " order=ORD-", digits(r, 12), "\n")
        elif k < 0.7:
            d.add("WARN raw_pan_in_payload matter=", matter_no(r), " pan=", L("CREDIT_CARD", card(r)), " (scrub job queued)\n")
        elif k < 0.85:
            d.add("incoming_transfer from=", L("IBAN", iban(r, r.choice(["PL", "RO", "LT", "PT", "BG", "IE", "DE"]), spaced=False)), " ref=\"settlement ", claim_no(r), "\" amount=", "%.2f" % r.uniform(1000, 60000), " EUR\n")
        else:
            d.add("rejected_card candidate=", bad_card(r), " reason=luhn_fail\n")
    return d


# ---------------------------------------------------------------- email / chat / ticket
def sig(r, p, d):
    d.add("\n\n", L("PERSON", p.full), "\n", r.choice(["Associate", "Senior Paralegal", "Partner", "Trainee Solicitor"]), " | ", FIRM,
          "\nDD: ", L("PHONE", "0161 %d%s %s" % (r.randint(2, 8), digits(r, 2), digits(r, 4))), " | ", L("EMAIL", p.email(r, FIRM_DOMAIN)), "\n")


def t_email_counsel(r):
    d = Doc("email")
    fe = fee_earner(r)
    clerk = Person(r, "british")
    c = Person(r)
    ch = r.choice(CHAMBERS[:8])
    d.add("From: ", L("EMAIL", fe.email(r, FIRM_DOMAIN)), "\nTo: ", L("EMAIL", clerk.email(r, "chambers.example.org")), "\nSubject: Instructions – ", L("PERSON", c.family), " v ",
          r.choice(COMPANIES), " – ", claim_no(r), "\n\nDear ", L("PERSON", clerk.given), ",\n\n", "Please find attached instructions for ", r.choice(["Miss", "Mr", "Ms"]), " ",
          L("PERSON", Person(r).full), " of ", ch, " to advise in conference on ", fdate(r, rdate(r, 2025, 2025), "long"), ".\n\n",
          "Our client (DOB ", dobs(r, c, "uk"), ") sustained ", L("DIAGNOSIS", r.choice(DIAGNOSES[:9])), " and remains on ", L("MEDICATION", r.choice(MEDICATIONS[:10])),
          ". Limitation is tight (", STATUTES[0], "); we would also welcome views on whether ", CASES[r.randrange(len(CASES))], " assists. ",
          "Note that the ", r.choice(["depression", "fracture"]), " of the market for ", r.choice(["care services", "scaffolding hire"]), " is not in issue.\n\nThe bundle index (Bates ",
          bates(r), "–", bates(r), ") is on the portal.")
    sig(r, fe, d)
    return d


def t_email_client(r):
    d = Doc("email")
    fe = fee_earner(r)
    c = Person(r)
    d.add("From: ", L("EMAIL", c.email(r)), "\nTo: ", L("EMAIL", fe.email(r, FIRM_DOMAIN)), "\nDate: ", r.choice(["Mon", "Tue", "Thu"]), ", ", str(r.randint(1, 28)), " ",
          r.choice(["Mar", "Jun", "Sep"]), " 2025 ", "%02d:%02d" % (r.randint(7, 22), r.randint(0, 59)), " +0100\nSubject: Re: your settlement – bank details\n\n")
    k = r.randint(0, 2)
    if k == 0:
        d.add("Hi ", L("PERSON", fe.given), ",\n\nPlease pay to my account in ", c.country if c.country in ("Poland", "Romania", "Lithuania", "Bulgaria", "Portugal", "Ireland", "Albania", "Kosovo", "Brazil") else "the UK",
              ":\nIBAN ", L("IBAN", iban(r, r.choice(["PL", "RO", "LT", "BG", "PT", "IE", "AL", "XK", "BR", "GB"]))), "\nThe old one ending ", digits(r, 4), " is closed.\n")
    elif k == 1:
        sc, ac = sort_acct(r)
        d.add("Dear ", L("PERSON", fe.given), ",\n\nMy sort code is ", L("UK_BANK_ACCOUNT", sc + " and account " + ac), ". My new mobile is ", L("PHONE", phone(r, c.country)), ".\n")
    else:
        pno, pty = passport(r, c.country)
        d.add("Hello ", L("PERSON", fe.given), ",\n\nAttached is the scan you asked for. Passport number ", L(pty, pno), ", I was born on ", dobs(r, c, "long"),
              ". My GP says I now have ", L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "major depressive disorder", "hypertension"])), ".\n")
    d.add("\nThanks,\n", L("PERSON", c.given), "\n\n> On ", fdate(r, rdate(r, 2025, 2025), "long"), ", ", L("PERSON", fe.full), " wrote:\n> Please confirm your details so we can release funds from client account.\n",
          "> Our ref: ", matter_no(r), ". Never trust an email telling you our bank details have changed.\n")
    return d


def t_email_court(r, nopii=False):
    d = Doc("email")
    if nopii:
        d.add("From: Listing Office <listing [at] justice.example.gov.uk>\nTo: Civil Team\nSubject: ", claim_no(r), " – hearing vacated\n\n",
              "The hearing listed in ", r.choice(HOLIDAYS[:4]), " is vacated and will be relisted on the first open date after ", r.choice(["Easter", "the Whitsun vacation", "Boxing Day"]),
              ". Parties to file an agreed order citing ", neutral(r), ". Please quote the case number on all correspondence.\n\nListing Office\n", r.choice(COURTS), "\n")
        return d
    fe = fee_earner(r)
    j = JUDGES[r.randrange(len(JUDGES))]
    c, o = Person(r), Person(r)
    d.add("From: ", L("EMAIL", fe.email(r, FIRM_DOMAIN)), "\nTo: ", L("EMAIL", "enquiries." + r.choice(["manchester", "leeds", "brum"]) + ".countycourt@justice.example.gov.uk"),
          "\nSubject: ", L("PERSON", c.family), " v ", L("PERSON", o.family), " – ", claim_no(r), " – request for reasons\n\nDear Sir/Madam,\n\nWe act for the claimant, ", P(c),
          ". Following the hearing before ", j[0], " ", L("PERSON", j[1]), " on ", fdate(r, rdate(r, 2025, 2025), "long"), ", we request a transcript. The judge referred to ",
          CASES[r.randrange(len(CASES))], ".\n")
    sig(r, fe, d)
    return d


def t_chat_teams(r):
    d = Doc("chat")
    a, b = fee_earner(r), fee_earner(r)
    c = Person(r)
    t = "%02d:%02d" % (r.randint(8, 17), r.randint(0, 59))
    d.add("[", t, "] ", L("PERSON", a.full), ": can you run a conflict on ", L("PERSON", c.full), "? new ", r.choice(["crime", "family", "immigration"]), " enquiry\n")
    d.add("[", t, "] ", L("PERSON", b.full), ": on it. DOB?\n")
    d.add("[", t, "] ", L("PERSON", a.full), ": ", dobs(r, c, "uk"), ", NI ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "\n")
    d.add("[", t, "] ", L("PERSON", b.full), ": clear. only hit is a ", c.family if False else "different", " person on ", matter_no(r), " (closed)\n")
    d.add("[", t, "] ", L("PERSON", a.full), ": ta. also is ", r.choice(CHAMBERS[:3]), " free for the PTPH on ", r.choice(["Tuesday", "the 14th"]), "? and who's covering ",
          r.choice(HOLIDAYS), "?\n")
    return d


def t_chat_client(r):
    d = Doc("chat")
    c = Person(r, r.choice(["brazilian", "portuguese", "polish", "romanian", "albanian", "vietnamese", "colombian", "afghan"]))
    fe = fee_earner(r)
    msgs = {"brazilian": "oi, tudo bem? mandei a foto do passaporte", "portuguese": "bom dia, já enviei os documentos", "polish": "dzień dobry, wysłałem skan paszportu",
            "romanian": "bună ziua, am trimis pașaportul", "albanian": "përshëndetje, e dërgova pasaportën", "vietnamese": "chào chị, em đã gửi hộ chiếu",
            "colombian": "hola, ya le mandé el pasaporte", "afghan": "salaam, I sent passport photo"}
    d.add(fdate(r, rdate(r, 2025, 2025), "uk"), ", ", "%02d:%02d" % (r.randint(8, 21), r.randint(0, 59)), " - ", L("PERSON", c.given), ": ", msgs[c.origin], "\n")
    d.add(fdate(r, rdate(r, 2025, 2025), "uk"), ", ", "%02d:%02d" % (r.randint(8, 21), r.randint(0, 59)), " - ", L("PERSON", fe.given), " (", FIRM.split()[0], "): thanks – can you type the number so I can check the scan?\n")
    pno, pty = passport(r, c.country)
    d.add(fdate(r, rdate(r, 2025, 2025), "uk"), ", ", "%02d:%02d" % (r.randint(8, 21), r.randint(0, 59)), " - ", L("PERSON", c.given), ": ", L(pty, pno), " and my new address is ",
          L("ADDRESS", ", ".join(uk_address(r))), "\n")
    d.add(fdate(r, rdate(r, 2025, 2025), "uk"), ", ", "%02d:%02d" % (r.randint(8, 21), r.randint(0, 59)), " - ", L("PERSON", fe.given), ": perfect 👍 hearing is still listed, ref ", claim_no(r), "\n")
    return d


def t_ticket_it(r, nopii=False):
    d = Doc("ticket")
    d.add("Ticket #", "INC" + digits(r, 7), "  Priority: ", r.choice(["P2", "P3"]), "  Queue: Litigation Support\nSummary: ")
    if nopii:
        d.add("Review platform slow after upgrade to 12.3.", digits(r, 3), ".1\n\nSteps: open workspace WS-", digits(r, 4), ", run saved search 'Hot docs – Bates DEF0001200-DEF0004410'.\n",
              "Observed: 30s load. Agent version 4.2.0.118; server 10.20.30.400 (typo in original report, not an address). No client data attached.\nResolution: index rebuilt.\n")
        return d
    u = fee_earner(r)
    d.add("Cannot upload production to e-filing\nReporter: ", P(u), " <", L("EMAIL", u.email(r, FIRM_DOMAIN)), ">\nHost: LT-", digits(r, 5), "  IP: ", L("IP_ADDRESS", ip(r, "priv")),
          "\nPublic egress: ", L("IP_ADDRESS", ip(r, "doc")), "\n\nuser says: 'it fails at 93% every time, case ", claim_no(r), ", doc ", bates(r), "'. ",
          "logged call back to mobile ", L("PHONE", phone(r)), ".\n")
    return d


def t_ticket_dsar(r):
    d = Doc("ticket")
    c = Person(r)
    d.add("DPO-", digits(r, 5), " | Data Subject Access Request | status: ", r.choice(["New", "In progress", "Awaiting ID"]), "\nRequester: ", P(c), "\nEmail: ", L("EMAIL", c.email(r)),
          "\nPostal: ", L("ADDRESS", ", ".join(address(r, r.choice([c.country, "United Kingdom"])))), "\nID provided: ")
    k = r.random()
    if k < 0.5:
        d.add("passport (", c.country, ") ", L(*reversed(passport(r, c.country))), "\n")
    else:
        d.add("driving licence ", L("DRIVER_LICENSE", dvla(r, c.family, c.given, c.dob, c.female)), " (DVLA, GB)\n")
    d.add("Scope: all records incl. e-discovery productions on ", matter_no(r), ". Deadline ", fdate(r, rdate(r, 2025, 2025), "long"), " (1 calendar month, Art 12(3) UK GDPR).\n")
    return d


def t_ticket_billing(r, nopii=False):
    d = Doc("ticket")
    d.add("Billing query BQ-", digits(r, 6), "\n")
    if nopii:
        d.add("Invoice INV-", digits(r, 8), " for matter ", matter_no(r), " double-counted 0.6 units on ", fdate(r, rdate(r, 2025, 2025), "uk"),
              ". VAT no GB ", digits(r, 3), " ", digits(r, 4), " ", digits(r, 2), ". Credit note CN-", digits(r, 6), " raised. Payment ref PO-", digits(r, 10), ".\n")
        return d
    c = Person(r)
    d.add("From client ", P(c), " (", L("PHONE", phone(r)), "): paid invoice by card ", L("CREDIT_CARD", card(r)), " by phone — was it taken twice? Receipt shows ",
          "**** ", digits(r, 4), ".\n")
    return d


def t_newsletter(r):
    d = Doc("email")
    d.add("From: Know-How Team\nTo: All fee earners (distribution list)\nSubject: Weekly case law round-up\n\n",
          "1. ", CASES[r.randrange(len(CASES))], " — applied in ", neutral(r), ".\n2. ", CASES[r.randrange(len(CASES))], " distinguished; see ", STATUTES[r.randrange(len(STATUTES))], ".\n",
          "3. Mesothelioma and asbestosis claims: the Court of Appeal reconsidered apportionment; no change for cerebral palsy birth-injury claims.\n",
          "4. Office closed for ", r.choice(HOLIDAYS), "; ", r.choice(COMPANIES), " training on ", r.choice(["Thursday", "Friday"]), " at ", r.choice(CHAMBERS), ".\n",
          "Reminder: never send a client's passport or NHS number by unencrypted email.\n")
    return d

# ---------------------------------------------------------------- free text / html
def t_attendance(r):
    d = Doc("free_text")
    fe = fee_earner(r)
    c = Person(r)
    interp = Person(r, c.origin)
    d.add("ATTENDANCE NOTE\nMatter: ", matter_no(r), "   Fee earner: ", L("PERSON", fe.full), "   Time: ", str(r.randint(1, 12)), " units\n\n",
          "Attending ", P(c), " at ", r.choice(["our Cheetham Hill office", "HMP Forest Bank", "the client's home", "court, before the hearing"]),
          (" with interpreter " if r.random() < 0.6 else " with "), L("PERSON", interp.full), " (", r.choice(["Urdu", "Dari", "Portuguese", "Albanian", "Tigrinya", "Polish", "Vietnamese"]), ").\n\n",
          "Client confirmed DOB ", dobs(r, c, r.choice(["uk", "long"])), " and current address ", L("ADDRESS", ", ".join(uk_address(r))), ". ",
          "Client explained that since the incident she has been diagnosed with ", L("DIAGNOSIS", r.choice(DIAGNOSES[:12])), " and takes ", L("MEDICATION", r.choice(MEDICATIONS)), ". ",
          "I explained the ", r.choice(["Part 36", "CFA", "legal aid"]), " position and the test in ", CASES[r.randrange(len(CASES))], ". ",
          "Client asked whether 'Donoghue' was the other side — I explained it is a case name. Next: obtain GP records, write to ", r.choice(COMPANIES), ".\n")
    return d


def t_lbc(r):
    d = Doc("free_text")
    c = Person(r)
    fe = fee_earner(r)
    a = uk_address(r)
    d.add(FIRM, "\n", L("ADDRESS", "12 Wellington Street, Manchester M3 %d%s" % (r.randint(1, 9), _letters(r, 2))), "\nDX 14302 Manchester 3\n\n",
          fdate(r, rdate(r, 2025, 2025), "long"), "\n\nBY EMAIL: ", L("EMAIL", "claims" + str(r.randint(1, 9)) + "@" + r.choice(["aviva", "axa", "zurich", "admiral"]) + "-claims.example.com"),
          "\n\nDear Sirs\n\nLETTER OF CLAIM — Pre-Action Protocol for Personal Injury Claims\nOur client: ", P(c), "\nClient address: ", L("ADDRESS", "\n                ".join(a)),
          "\nYour insured: ", r.choice(COMPANIES), "\nAccident: ", fdate(r, rdate(r, 2023, 2025), "long"), " at ", r.choice(["Gladstone Street", "the Queen Victoria Street car park", "Nelson Road depot"]), "\n\n",
          "Our client suffered ", L("DIAGNOSIS", r.choice(DIAGNOSES[:6])), ". Her National Insurance number is ", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), " and date of birth ", dobs(r, c, "long"), ". ",
          "Liability is to be determined in accordance with ", STATUTES[-1], " and ", CASES[0], ".\n\nPlease acknowledge within 21 days.\n\nYours faithfully\n\n", FIRM, "\nRef: ",
          "".join(_fold(fe.given)[:1] + _fold(fe.family)[:1]), "/", matter_no(r), "\n")
    return d


def t_witness(r):
    d = Doc("free_text")
    w = Person(r)
    c = Person(r)
    d.add("IN THE ", r.choice(COURTS).upper(), "\nClaim No. ", claim_no(r), "\nBETWEEN\n", L("PERSON", c.full.upper()), "   Claimant\n-and-\n", r.choice(COMPANIES).upper(), "   Defendant\n\n",
          "WITNESS STATEMENT OF ", L("PERSON", w.full.upper()), "\n\nI, ", P(w), ", of ", L("ADDRESS", ", ".join(address(r, r.choice(["United Kingdom", "United Kingdom", w.country])))),
          ", will say as follows:\n\n1. I am ", r.choice(["a friend of the Claimant", "the Claimant's line manager", "a shift supervisor employed by the Defendant"]), ". ",
          "I was born on ", dobs(r, w, "long"), ".\n2. On the day of the incident I saw ", L("PERSON", c.given), " fall from the ladder. ", r.choice(["It was like something out of a slapstick film.", "The floor was a death trap.", "It was a complete nightmare."]),
          "\n3. Afterwards ", L("PERSON", c.given), " told me the hospital had diagnosed ", L("DIAGNOSIS", r.choice(DIAGNOSES[:6])), ".\n4. I have read ", bates(r), " (the accident book).\n\n",
          "Statement of truth\nI believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.\n",
          "Signed: ", L("PERSON", w.full), "   Dated: ", fdate(r, rdate(r, 2025, 2025), "uk"), "\n")
    return d


def t_order(r):
    d = Doc("free_text")
    j = JUDGES[r.randrange(len(JUDGES))]
    c, o = Person(r), Person(r)
    fam = r.random() < 0.4
    if fam:
        j = r.choice([("District Judge", "Marchetti"), ("HHJ", "Oduya-Price"), ("Recorder", "Szymańska"), ("Deputy District Judge", "Fairbrother")])
        ch = Person(r, c.origin)
        ch.dob = rdate(r, 2012, 2022)
        d.add("IN THE FAMILY COURT sitting at ", r.choice(["East London", "Bradford", "Leicester", "Croydon"]), "\nCase No. ", "ZC%02dP%05d" % (r.randint(20, 25), r.randint(1, 99999)),
              "\nThe Children Act 1989\nThe child: ", P(ch), " (", "girl" if ch.female else "boy", ", born ", dobs(r, ch, "long"), ")\n\nCHILD ARRANGEMENTS ORDER\n\nBEFORE ", j[0], " ", L("PERSON", j[1]),
              " sitting in private on ", fdate(r, rdate(r, 2025, 2025), "long"), "\n\nUPON hearing the mother, ", P(c), ", in person and counsel for the father, ", P(o), "\n",
              "IT IS ORDERED THAT:\n1. The child shall live with the mother.\n2. The father shall spend time with the child every other weekend and half of ", r.choice(["Eid al-Fitr", "Christmas Day", "Diwali", "the summer holidays"]), ".\n",
              "3. The father's address shall not be disclosed (Form C8).\n")
    else:
        d.add("IN THE ", r.choice(COURTS[:3]).upper(), "\nClaim No ", claim_no(r), "\nBetween ", P(c), " (Claimant) and ", P(o), " (Defendant)\n\nORDER\n\nBefore ", j[0], " ", L("PERSON", j[1]),
              " on ", fdate(r, rdate(r, 2025, 2025), "long"), "\n\n1. The Defendant's application for relief from sanctions is refused, applying ", CASES[8], ".\n2. Costs summarily assessed at £",
              "%d,%03d" % (r.randint(1, 19), r.randint(0, 999)), " payable within 14 days (", STATUTES[2], ").\n3. The claim is allocated to the fast track.\n")
    return d


def t_cause_text(r):
    d = Doc("free_text")
    d.add(r.choice(COURTS).upper(), "\nDAILY CAUSE LIST for ", r.choice(["Monday", "Tuesday", "Wednesday"]), " ", fdate(r, rdate(r, 2025, 2025), "long"), "\n\n")
    for _ in range(r.randint(2, 3)):
        j = JUDGES[r.randrange(len(JUDGES))]
        d.add("Court ", str(r.randint(1, 12)), " — ", j[0], " ", L("PERSON", j[1]), "\n")
        for _ in range(r.randint(2, 4)):
            a, b = Person(r), Person(r)
            d.add("  ", "%02d:%s" % (r.randint(10, 15), r.choice(["00", "30"])), "  ", claim_no(r), "  ")
            k = r.random()
            if k < 0.4:
                d.add(L("PERSON", a.family), " v ", L("PERSON", b.family))
            elif k < 0.7:
                d.add(L("PERSON", a.full), " v ", r.choice(COMPANIES))
            else:
                d.add("Re ", r.choice("ABCDKM"), " (A Child)")
            d.add("  ", r.choice(["Hearing", "CMC", "For mention", "Trial"]), "\n")
    return d


def t_cause_companies(r):
    d = Doc("free_text")
    d.add("BUSINESS AND PROPERTY COURTS — LIST FOR ", fdate(r, rdate(r, 2025, 2025), "long").upper(), "\nBefore the Interim Applications Judge\n\n")
    pairs = [("Marks and Spencer plc", "Aldi Stores Ltd"), ("John Lewis Partnership", "Dyson Technology Ltd"), ("Barclays Bank UK plc", "Rolls-Royce plc"),
             ("Sainsbury's Supermarkets Ltd", "Mastercard Inc"), ("J D Wetherspoon plc", "Tesco Stores Ltd")]
    r.shuffle(pairs)
    for a, b in pairs[:3]:
        d.add("  ", "BL-2025-%06d" % r.randint(1, 9999), "  ", a, " v ", b, "  (", r.choice(["application", "PTR", "consequentials"]), ")\n")
    d.add("\nJudgments to be handed down: ", neutral(r), "; ", neutral(r), ".\n")
    return d


def t_research(r):
    d = Doc("free_text")
    k = r.randint(0, 2)
    if k == 0:
        d.add("Research note: consent and material risk\n\n", CASES[1], " replaced the Bolam test for consent with a patient-centred standard. ",
              "Subsequent cases on vaginal birth after caesarean, shoulder dystocia and Erb's palsy apply it. In ", CASES[4], " the failure to warn of cauda equina syndrome risk sufficed for causation. ",
              "Cf. ", CASES[21], " (scope of duty: haemophilia carrier testing). Statutes: ", STATUTES[1], ". Lord Atkin's neighbour principle (", CASES[0], ") remains the starting point.\n")
    elif k == 1:
        d.add("Immigration — Article 8 and medical cases\n\nThe threshold for removal of seriously ill persons (e.g. HIV infection, end-stage renal failure) is set by AM (Zimbabwe) v SSHD [2020] UKSC 17 following Paposhvili v Belgium. ",
              "Apply ", STATUTES[5], " and ", STATUTES[6], ". Tuberculosis and PTSD cases are fact-sensitive. ", CASES[9], " remains good law on sexual orientation claims. "
              "Home Office guidance v", "%d.%d" % (r.randint(5, 12), r.randint(0, 9)), " (published ", fdate(r, rdate(r, 2024, 2025), "long"), ").\n")
    else:
        d.add("Employment — disability and the 'long-term' test\n\nDepression, diabetes, epilepsy and long COVID may each be disabilities under s.6 Equality Act 2010 if the effect is substantial and long-term. ",
              "See ", CASES[23], " on worker status and ", CASES[11], " on procedural fairness; ", CASES[12], " on misconduct. Time limits: ", STATUTES[7], ". ",
              "A 'depression' in the labour market is not an impairment. Tribunal ref format: 2401234/2024.\n")
    return d


def t_statute(r):
    d = Doc("free_text")
    d.add("Limitation Act 1980\n11 Special time limit for actions in respect of personal injuries.\n(1) This section applies to any action for damages for negligence, nuisance or breach of duty ... where the damages claimed by the plaintiff ",
          "consist of or include damages in respect of personal injuries to the plaintiff or any other person.\n(4) ... the period applicable is three years from— (a) the date on which the cause of action accrued; or (b) the date of knowledge (if later) of the person injured.\n",
          "Annotations: amended by SI 2019/", str(r.randint(100, 1500)), "; see ", CASES[r.randrange(len(CASES))], ".\n")
    return d


def t_redacted(r):
    d = Doc("free_text")
    d.add("PUBLISHED JUDGMENT — ANONYMISED\nNeutral Citation Number: ", neutral(r), "\nCase No: ", claim_no(r), "\n\nBetween:\nAB (by her litigation friend CD)  Claimant\n- and -\n",
          r.choice(["X NHS Foundation Trust", "A Local Authority", "The Secretary of State for the Home Department"]), "  Defendant\n\n",
          "1. The Claimant, born in [redacted], suffered hypoxic brain injury at birth. Her address is withheld by order under CPR 39.2(4).\n",
          "2. Nothing in this judgment may identify the Claimant or her family. Her NHS number ([REDACTED]) and hospital number (XXXXXXX) appear only in the confidential schedule.\n",
          "3. I apply ", CASES[r.randrange(len(CASES))], ".\n")
    return d


def t_immig_letter(r):
    d = Doc("free_text")
    c = Person(r, r.choice(["afghan", "iranian", "iraqi", "syrian", "albanian", "vietnamese", "chinese", "srilankan", "zimbabwean", "nigerian", "pakistani", "bangladeshi"]))
    pno, pty = passport(r, c.country)
    d.add("Home Office\nUK Visas and Immigration\n\n", fdate(r, rdate(r, 2025, 2025), "long"), "\n\nDear Sir or Madam\n\nRe: ", P(c, "upper"), " — DOB ", dobs(r, c, "uk"), " — ",
          c.country, " national\nHome Office ref: ", r.choice("BKMS") + digits(r, 7), "\n\nWe act for the above-named. Our client's ", c.country, " passport (no. ", L(pty, pno), ") was ",
          r.choice(["retained by the Home Office on arrival", "confiscated by an agent", "submitted with the application"]), ". ",
          "Our client suffers from ", L("DIAGNOSIS", r.choice(["post-traumatic stress disorder", "tuberculosis", "major depressive disorder", "HIV infection"])), " and is prescribed ",
          L("MEDICATION", r.choice(["sertraline", "mirtazapine", "rifampicin", "dolutegravir"])), " (see report of Dr ", P(Person(r)), "). ",
          "We rely on ", STATUTES[5], " and ", CASES[10], ".\n\nPlease correspond with us at ", L("EMAIL", "immigration@" + FIRM_DOMAIN), ".\n\nYours faithfully\n", FIRM, "\n")
    return d


def t_proof(r):
    d = Doc("free_text")
    c = Person(r)
    co = Person(r)
    d.add("PROOF OF EVIDENCE — privileged, prepared for the defence\nR v ", L("PERSON", c.family.upper()), "  (", r.choice(["Snaresbrook", "Manchester Minshull Street", "Birmingham"]), " Crown Court, T",
          digits(r, 8), ")\n\nMy name is ", P(c), ". I was born on ", dobs(r, c, "long"), " in ", c.country, ". I live at ", L("ADDRESS", ", ".join(uk_address(r))), ". ",
          "My phone was ", L("PHONE", phone(r)), " at the time. On the night in question I was with ", P(co), ". ",
          "I have ", L("DIAGNOSIS", r.choice(["ADHD", "epilepsy", "emotionally unstable personality disorder", "alcohol dependence syndrome"])), " and was not given my ",
          L("MEDICATION", r.choice(["methylphenidate", "levetiracetam", "quetiapine", "methadone"])), " in custody. The officer said the ID procedure complied with ", CASES[16], " — I don't accept that.\n")
    return d


def t_portal_html(r):
    d = Doc("html")
    c = Person(r)
    a = uk_address(r) if r.random() < 0.6 else address(r, c.country)
    d.add("<!DOCTYPE html>\n<html><head><title>Client portal – My details</title></head>\n<body>\n<h1>Welcome back, ", L("PERSON", c.given), "</h1>\n<dl class=\"profile\">\n",
          "  <dt>Name</dt><dd>", P(c), "</dd>\n  <dt>Date of birth</dt><dd>", dobs(r, c, "long"), "</dd>\n  <dt>Address</dt><dd>", L("ADDRESS", "<br>".join(a)), "</dd>\n",
          "  <dt>Mobile</dt><dd><a href=\"tel:", L("PHONE", phone(r, r.choice(["United Kingdom", c.country])).replace(" ", "")), "\">call</a></dd>\n",
          "  <dt>Email</dt><dd>", L("EMAIL", c.email(r)), "</dd>\n")
    if r.random() < 0.5:
        d.add("  <dt>NHS number</dt><dd>", L("UK_NHS_NUMBER", nhs(r)), "</dd>\n")
    else:
        d.add("  <dt>National Insurance</dt><dd>", L("UK_NATIONAL_INSURANCE_NUMBER", nino(r)), "</dd>\n")
    d.add("</dl>\n<p>Your matter <b>", matter_no(r), "</b> is handled by ", P(fee_earner(r)), ".</p>\n<footer>Portal v", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), r.randint(0, 9999)),
          " · ", FIRM, " is authorised and regulated by the SRA (no. ", digits(r, 6), ")</footer>\n</body></html>\n")
    return d


def t_site_html(r):
    d = Doc("html")
    d.add("<html><body>\n<h2>", r.choice(["Clinical negligence", "Serious injury", "Immigration appeals"]), "</h2>\n<p>We act in claims involving cerebral palsy, cauda equina syndrome, ",
          "missed cancer diagnoses and surgical errors. Landmark cases such as <i>", CASES[1].split(" [")[0], "</i> and <i>", CASES[3].split(" [")[0], "</i> shape our work.</p>\n",
          "<p>Ranked by Chambers &amp; Partners alongside ", r.choice(COMPANIES[:4]), ". Offices on ", r.choice(["Wellington Street", "Gladstone Road", "Peel Street"]), " and near ", r.choice(CHAMBERS[-2:]), ".</p>\n",
          "<form><label>Date Of Birth</label><input name=\"dob\" placeholder=\"DD/MM/YYYY\"><label>NHS Number</label><input name=\"nhs\"></form>\n</body></html>\n")
    return d


def t_cause_html(r):
    d = Doc("html")
    j = JUDGES[r.randrange(len(JUDGES))]
    d.add("<table class=\"cause-list\">\n<caption>", r.choice(COURTS), " — ", fdate(r, rdate(r, 2025, 2025), "long"), " — ", j[0], " ", L("PERSON", j[1]), "</caption>\n",
          "<tr><th>Time</th><th>Case no.</th><th>Parties</th><th>Hearing</th></tr>\n")
    for _ in range(r.randint(3, 5)):
        a, b = Person(r), Person(r)
        d.add("<tr><td>", "%02d:%s" % (r.randint(10, 15), r.choice(["00", "30"])), "</td><td>", claim_no(r), "</td><td>")
        if r.random() < 0.6:
            d.add(L("PERSON", a.family), " v ", L("PERSON", b.family))
        else:
            d.add(r.choice(COMPANIES), " v ", L("PERSON", a.full))
        d.add("</td><td>", r.choice(["Disposal", "Trial", "Appeal"]), "</td></tr>\n")
    d.add("</table>\n")
    return d


def t_judgment_html(r):
    d = Doc("html")
    d.add("<article>\n<header>Neutral Citation Number: ", neutral(r), "</header>\n<p>1. This appeal concerns the scope of duty in ", CASES[21].split(" [")[0], " and ", CASES[22], ".</p>\n",
          "<p>2. The deceased's estate alleged that a cardiac condition should have been diagnosed; the Supreme Court held there was no liability to secondary victims (", CASES[16], ").</p>\n",
          "<p>3. The majority dismissed the appeal; there was one dissent. Paragraph 33 of the speech in ", CASES[0].split(" [")[0], " was considered.</p>\n</article>\n")
    return d


def t_kyc_narrative(r, kind=None):
    """Free-text KYC file note for a non-UK client with national ids."""
    d = Doc("free_text")
    kind = kind or r.choice(["in", "br", "sg", "es", "de", "ca", "us_mbi", "fr", "it"])
    c = Person(r, {"in": "indian", "br": "brazilian", "sg": "chinese", "es": "colombian", "de": "polish", "ca": "canadian", "us_mbi": "us",
                   "fr": "syrian", "it": "romanian"}[kind])
    d.add("File note — source of wealth check for ", P(c), " (", r.choice(["buyer", "settlement recipient", "new private client"]), ").\n\n")
    if kind == "in":
        d.add("Client produced Aadhaar ", L("IN_AADHAAR", aadhaar(r)), " and an old card ", bad_aadhaar(r), " which fails validation (typo on the photocopy). ")
    elif kind == "br":
        d.add("CPF ", L("BR_CPF", cpf(r)), " confirmed via Receita Federal printout; the CPF on the older contract (", bad_cpf(r), ") is a typo. ")
    elif kind == "sg":
        d.add("Singapore NRIC ", L("SG_NRIC", nric(r)), " sighted; employer ", r.choice(["DBS Bank", "Singtel"]), ". ")
    elif kind == "es":
        d.add("DNI español ", L("ES_DNI", dni(r)), " (obtenido en Madrid); la copia antigua muestra ", bad_dni(r), " — letra incorrecta. ")
    elif kind == "de":
        d.add("German tax ID (Steuer-ID) ", L("DE_TAX_ID", steuer(r)), " from Lohnsteuerbescheinigung; the number ", bad_steuer(r), " on the cover email fails the check digit. ")
    elif kind == "ca":
        d.add("SIN ", L("CA_SIN", sin(r)), " from T4 slip; an earlier form showed ", bad_sin(r), " (invalid). ")
    elif kind == "fr":
        d.add("Numéro de sécurité sociale ", L("FR_NIR", nir(r, c.female, c.dob)), " (carte Vitale, né(e) à l'étranger) — the attestation from ", r.choice(["CPAM de Paris", "CPAM du Rhône"]), " matches. ")
    elif kind == "it":
        d.add("Italian codice fiscale ", L("IT_FISCAL_CODE", cf_make(c.given, c.family, c.dob, c.female, "Z129")), " (born in Romania, resident in Torino until 2019). ")
    else:
        d.add("US client (Medicare beneficiary) — MBI ", L("US_MBI", mbi(r)), "; health plan member ID ", L("HEALTH_PLAN_ID", health_plan_id(r)), " on the ", r.choice(["Aetna", "Cigna", "Humana"]), " card, group no. ", "G" + digits(r, 6), ". ")
    d.add("Funds from ", r.choice(["sale of a flat", "inheritance", "a personal injury award"]), " via ", L("IBAN", iban(r, r.choice(["DE", "PT", "ES", "IE", "PL", "BR"]))), ". Order ref ORD-", digits(r, 9), ".\n")
    return d


def t_hl7_oru(r):
    d = Doc("hl7")
    c = Person(r)
    t = "%s%02d%02d" % (fdate(r, rdate(r, 2023, 2025), "hl7"), r.randint(0, 23), r.randint(0, 59))
    d.add("MSH|^~\\&|LIMS|PATH|DEFENCE|HVLLP|", t, "||ORU^R01|", digits(r, 8), "|P|2.5.1\r")
    d.add("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn(r).replace(" ", "")), "^^^PATH^MR||", L("PERSON", up(c.family) + "^" + up(c.given)), "||", L("DATE_OF_BIRTH", fdate(r, c.dob, "hl7")), "|", "F" if c.female else "M", "\r")
    d.add("OBR|1||", "TOX" + digits(r, 7), "|TOXSCREEN^Toxicology screen|||", t, "\r")
    d.add("OBX|1|NM|ETOH^Ethanol||", str(r.randint(0, 200)), "|mg/100mL|0-80|H|||F\r")
    d.add("OBX|2|ST|BZD^Benzodiazepines||Detected — consistent with prescribed ", L("MEDICATION", r.choice(["diazepam", "zopiclone", "lorazepam"])), "||||||F\r")
    d.add("NTE|1||Chain of custody form CoC-", digits(r, 6), " received; OID 2.16.840.1.113883.6.1\r")
    return d


def t_email_uscounsel(r):
    d = Doc("email")
    fe = fee_earner(r)
    us = Person(r, "us")
    c = Person(r, "us")
    st = r.choice(list(DL_STATES))
    code, fn = DL_STATES[st]
    d.add("From: ", L("EMAIL", us.email(r, "torres-whitlock-law.example.com")), "\nTo: ", L("EMAIL", fe.email(r, FIRM_DOMAIN)), "\nSubject: ", L("PERSON", c.family),
          " – UK road traffic accident / US treatment records\n\n", L("PERSON", fe.given), " —\n\nAs discussed, our mutual client ", P(c), " (DOB ", dobs(r, c, "us"), ") was a tourist when the ",
          "coach crashed on the M6. Identity details for your CDD file:\n  - U.S. passport: ", L("US_PASSPORT", passport(r, "United States")[0]), "\n  - ", st, " driver license ",
          L("DRIVER_LICENSE", fn(r)), "\n  - SSN ", L("US_SSN", ssn(r)), " (needed for the structured settlement annuity only)\n")
    if r.random() < 0.5:
        d.add("  - ", r.choice(["Blue Cross Blue Shield", "Kaiser Permanente", "Anthem"]), " member ID ", L("HEALTH_PLAN_ID", health_plan_id(r)), " (group ", "GRP" + digits(r, 5), ") — they assert a lien\n")
    else:
        d.add("  - Medicare MBI ", L("US_MBI", mbi(r)), " (CMS conditional payment letter attached)\n")
    d.add("\nTreating doctors in ", r.choice(["Houston", "Chicago", "Detroit"]), " diagnosed ", L("DIAGNOSIS", r.choice(["mild traumatic brain injury", "lumbar disc prolapse at L4/5", "post-traumatic stress disorder"])),
          "; the client is on ", L("MEDICATION", r.choice(["gabapentin", "hydrocodone", "sertraline", "cyclobenzaprine"])), ". Note: Martin Luther King Jr. Day closes our office Monday.\n\nBest,\n",
          L("PERSON", us.given), "\n", L("PHONE", phone(r, "United States")), "\n")
    return d


def t_fee_card(r):
    d = Doc("form")
    c = Person(r)
    d.add("CARD PAYMENT AUTHORITY — disbursements on account\nMatter: ", matter_no(r), "\n\nCardholder name: ", P(c, "upper"), "\nCard number: ", L("CREDIT_CARD", card(r)),
          "\nExpiry: ", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 30)), "   CVV: [not recorded]\nBilling address: ", L("ADDRESS", ", ".join(uk_address(r))),
          "\nAmount: £", "%d.00" % r.choice([108, 303, 626, 1250]), " (court fee ", r.choice(["N244", "N1", "C100"]), ")\n\nPreviously used card: **** **** **** ", digits(r, 4),
          " (expired)\nFirst attempt declined (mistyped, fails check): ", bad_card(r), "\n")
    return d


def t_remit_tsv(r):
    d = Doc("tsv")
    d.row(["payee", "country", "iban", "bic", "amount_eur", "matter", "note"], "\t")
    for _ in range(r.randint(3, 5)):
        p = Person(r, r.choice(["polish", "lithuanian", "romanian", "bulgarian", "portuguese", "irish", "albanian", "kosovar", "brazilian"]))
        cc = {"Poland": "PL", "Lithuania": "LT", "Romania": "RO", "Bulgaria": "BG", "Portugal": "PT", "Ireland": "IE", "Albania": "AL", "Kosovo": "XK", "Brazil": "BR"}[p.country]
        if r.random() < 0.2:
            ib, note = bad_iban(r, cc), "REJECTED – checksum"
            cell = ib
        else:
            ib, note = iban(r, cc), "ok"
            cell = L("IBAN", ib)
        d.row([L("PERSON", p.full), p.country, cell, _letters(r, 4) + cc + _alnum(r, 2), "%.2f" % r.uniform(500, 45000), matter_no(r), note], "\t")
    return d


def t_hire_csv(r):
    d = Doc("csv")
    d.row(["hire_agreement", "driver_name", "licence_issuer", "licence_number", "date_of_birth", "vehicle", "claim_ref"])
    for _ in range(r.randint(3, 5)):
        p = Person(r)
        if r.random() < 0.5:
            st = r.choice(list(DL_STATES))
            iss, num = st, DL_STATES[st][1](r)
        else:
            iss, num = "DVLA (GB)", dvla(r, p.family, p.given, p.dob, p.female)
        d.row(["HA-" + digits(r, 7), L("PERSON", p.full), iss, L("DRIVER_LICENSE", num), L("DATE_OF_BIRTH", fdate(r, p.dob, "uk")),
               r.choice(["VW Golf 1.5 TSI", "Ford Transit 350", "Toyota Corolla 1.8"]), claim_no(r)])
    return d

# ============================================================ registry, validation, output
SEED = "holdout30/hv-llp-quillon-4417"

TEMPLATES = [
    # forms / KYC
    ("intake_pi", t_intake_pi, 2), ("conflict", t_conflict, 1), ("immig_kyc", t_immigration_kyc, 3), ("aml_id_us", lambda r: t_aml_id(r, "us"), 2), ("aml_id_de", lambda r: t_aml_id(r, "de"), 1),
    ("aml_id_fr", lambda r: t_aml_id(r, "fr"), 1), ("aml_id_it", lambda r: t_aml_id(r, "it"), 1), ("aml_id_uk", lambda r: t_aml_id(r, "uk"), 1),
    ("fee_card", t_fee_card, 1), ("aml_id_sg", lambda r: t_aml_id(r, "sg"), 1), ("aml_id_in", lambda r: t_aml_id(r, "in"), 1),
    ("aml_id_es", lambda r: t_aml_id(r, "es"), 1), ("aml_id_ca", lambda r: t_aml_id(r, "ca"), 1), ("aml_id_br", lambda r: t_aml_id(r, "br"), 1),
    ("cru1", t_cru1, 1), ("blank_form", t_blank_form, 3), ("legal_aid", t_legal_aid, 1), ("c100", t_family_c100, 1), ("et1", t_et1, 1),
    # clinical
    ("med_report", t_medical_report, 3), ("chronology", t_chronology, 2), ("discharge", t_discharge, 3), ("lab", t_lab, 2),
    ("hl7_adt", t_hl7, 2), ("hl7_oru", t_hl7_oru, 2), ("fhir", t_fhir, 3), ("psych", t_psych, 2), ("ina", t_ina, 2), ("medlit", t_medlit, 1),
    # structured
    ("billing", t_billing_csv, 1), ("billing_nopii", lambda r: t_billing_csv(r, True), 1), ("loadfile", t_loadfile, 2), ("privlog", t_privlog, 2),
    ("matter_json", t_matter_json, 3), ("efile_ndjson", t_efiling_ndjson, 2), ("sol", t_schedule_loss, 1), ("sol_nopii", lambda r: t_schedule_loss(r, True), 1),
    ("client_yaml", t_client_yaml, 3), ("payroll", t_payroll_tsv, 2), ("cause_json", t_cause_json, 2), ("config_yaml", t_config_yaml, 3),
    ("conflict_ndjson", t_conflict_ndjson, 2), ("bundle_index", t_bundle_index, 2), ("efile_status", t_efiling_status, 2), ("fee_table", t_fee_table, 1), ("remit_tsv", t_remit_tsv, 2), ("hire_csv", t_hire_csv, 2),
    # logs
    ("efile_log", t_efiling_log, 3), ("review_audit", t_review_audit, 2), ("dms_log", t_dms_log, 3), ("vpn_log", t_vpn_log, 3),
    ("phone_log", t_phone_log, 2), ("prison_log", t_prison_log, 2), ("app_error", t_app_error, 3), ("police_log", t_police_log, 2),
    ("payment_log", t_payment_log, 2), ("payment_masked", lambda r: t_payment_log(r, True), 1),
    # email / chat / ticket
    ("email_counsel", t_email_counsel, 3), ("email_client", t_email_client, 3), ("email_court", t_email_court, 2),
    ("email_court_nopii", lambda r: t_email_court(r, True), 1), ("chat_teams", t_chat_teams, 2), ("chat_client", t_chat_client, 4),
    ("ticket_it", t_ticket_it, 2), ("ticket_it_nopii", lambda r: t_ticket_it(r, True), 1), ("ticket_dsar", t_ticket_dsar, 2),
    ("ticket_billing", t_ticket_billing, 1), ("ticket_billing_nopii", lambda r: t_ticket_billing(r, True), 1), ("newsletter", t_newsletter, 2), ("email_uscounsel", t_email_uscounsel, 2),
    # free text / html
    ("attendance", t_attendance, 2), ("lbc", t_lbc, 2), ("witness", t_witness, 2), ("order", t_order, 2), ("cause_text", t_cause_text, 2),
    ("cause_companies", t_cause_companies, 2), ("research", t_research, 3), ("statute", t_statute, 2), ("redacted", t_redacted, 2),
    ("immig_letter", t_immig_letter, 3), ("proof", t_proof, 2), ("portal_html", t_portal_html, 2), ("site_html", t_site_html, 2),
    ("cause_html", t_cause_html, 1), ("judgment_html", t_judgment_html, 1), ("kyc_note_in", lambda r: t_kyc_narrative(r, "in"), 1), ("kyc_note_br", lambda r: t_kyc_narrative(r, "br"), 1),
    ("kyc_note_sg", lambda r: t_kyc_narrative(r, "sg"), 1), ("kyc_note_es", lambda r: t_kyc_narrative(r, "es"), 1),
    ("kyc_note_ca", lambda r: t_kyc_narrative(r, "ca"), 1), ("kyc_note_fr", lambda r: t_kyc_narrative(r, "fr"), 1),
    ("kyc_note_it", lambda r: t_kyc_narrative(r, "it"), 1), ("kyc_note_de", lambda r: t_kyc_narrative(r, "de"), 1),
]

LEVEL = {t: 3 for t in RESTRICTED}
LEVEL.update({t: 2 for t in CONFIDENTIAL})
LEVEL.update({t: 1 for t in INTERNAL})
NAMES = {3: "RESTRICTED", 2: "CONFIDENTIAL", 1: "INTERNAL"}


def classify(ents):
    return NAMES[max([LEVEL[e[0]] for e in ents] + [1])]


def leak_check(text, ents):
    """Unlabelled runs that look like valid cards, IBANs or NHS numbers."""
    covered = set()
    for _, s, e in ents:
        covered.update(range(s, e))
    probs = []
    for m in re.finditer(r"(?<![\dA-Za-z])(\d[\d -]{11,22}\d)(?![\d])", text):
        dg = re.sub(r"\D", "", m.group(1))
        if 13 <= len(dg) <= 19 and luhn_ok(dg) and dg[0] in "3456" and not covered & set(range(m.start(1), m.end(1))):
            probs.append(("card", m.group(1)))
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,8}(?: ?[A-Z0-9]{1,4})?)\b", text):
        try:
            if iban_ok(m.group(1)) and not covered & set(range(m.start(1), m.end(1))):
                probs.append(("iban", m.group(1)))
        except ValueError:
            pass
    for m in re.finditer(r"(?<![\w-])(\d{3} \d{3} \d{4}|\d{10})(?![\w-])", text):
        if nhs_ok(m.group(1)) and not covered & set(range(m.start(1), m.end(1))):
            probs.append(("nhs", m.group(1)))
    return probs


def validate(doc_id, text, ents, fmt):
    last = -1
    for typ, s, e in sorted(ents, key=lambda x: x[1]):
        assert typ in ALLTYPES, (doc_id, typ)
        v = text[s:e]
        assert v and v == v.strip(), (doc_id, typ, repr(v))
        assert s >= last, (doc_id, "overlap", typ, v)
        last = e
        if typ in CHECKERS:
            assert CHECKERS[typ](v), (doc_id, typ, v)
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    if fmt == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    if fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        widths = {len(x) for x in rows if x}
        assert len(widths) == 1, (doc_id, widths)


def build(out="holdout30.jsonl"):
    selftest()
    docs = []
    leaks = []
    for name, fn, n in TEMPLATES:
        for i in range(n):
            attempt = 0
            while True:
                rng = random.Random("%s:%s:%d:%d" % (SEED, name, i, attempt))
                d = fn(rng)
                text = d.text()
                lk = leak_check(text, d.ents)
                if not lk:
                    break
                leaks.append((name, i, lk))
                attempt += 1
                assert attempt < 20
            did = "h30_%s-%d" % (name, i + 1)
            validate(did, text, d.ents, d.fmt)
            ents = [{"type": t, "start": s, "end": e} for t, s, e in sorted(d.ents, key=lambda x: x[1])]
            docs.append({"id": did, "text": text, "entities": ents, "classification": classify(d.ents), "format": d.fmt})
    with open(out, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # report
    from collections import Counter
    ct, cf, cc = Counter(), Counter(), Counter()
    for doc in docs:
        cf[doc["format"]] += 1
        cc[doc["classification"]] += 1
        for e in doc["entities"]:
            ct[e["type"]] += 1
    print("documents:", len(docs))
    print("no-entity documents:", sum(1 for x in docs if not x["entities"]))
    print("re-rendered because of an unlabelled look-alike:", len(leaks))
    for title, c in (("classification", cc), ("format", cf), ("entity type", ct)):
        print("\n%s:" % title)
        for k, v in c.most_common():
            print("  %-30s %d" % (k, v))
    return docs


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    build()
