"""Identifier generators and validators, written from public specifications (stdlib only)."""
import unicodedata

# ---------------- Luhn ----------------
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_digit(body):
    for c in range(10):
        if luhn_ok(body + str(c)): return str(c)

def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2", "amex", "disc", "visa"])
    if kind == "visa": pre, n = "4" + str(r.randint(0, 9)), 16
    elif kind == "mc": pre, n = str(r.randint(51, 55)), 16
    elif kind == "mc2": pre, n = str(r.randint(2221, 2720)), 16
    elif kind == "amex": pre, n = r.choice(["34", "37"]), 15
    else: pre, n = "6011", 16
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(pre)))
    num = body + luhn_digit(body)
    sep = r.choice([" ", "-", "", " "])
    if n == 15: return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))

def bad_card(r):
    c = card(r, "visa").replace(" ", "").replace("-", "")
    last = int(c[-1]); c = c[:-1] + str((last + r.randint(1, 9)) % 10)
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))

# ---------------- IBAN ----------------
def _num(s):
    return int("".join(str(int(ch, 36)) for ch in s))

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha(): return False
    return _num(s[4:] + s[:4]) % 97 == 1

def _digits(r, n): return "".join(str(r.randint(0, 9)) for _ in range(n))
def _letters(r, n): return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))

def _es_ctrl(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    return {11: 0, 10: 1}.get(d, d)

def bban(r, cc):
    if cc == "DE": return _digits(r, 18)
    if cc == "ES":
        b, o, a = _digits(r, 4), _digits(r, 4), _digits(r, 10)
        return b + o + str(_es_ctrl("00" + b + o)) + str(_es_ctrl(a)) + a
    if cc == "FR":
        b, g, a = _digits(r, 5), _digits(r, 5), _digits(r, 11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        return b + g + a + "%02d" % key
    if cc == "IT": return _letters(r, 1) + _digits(r, 10) + _digits(r, 12)
    if cc == "NL": return r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + _digits(r, 10)
    if cc == "PT": return "0" + r.choice(["035", "007", "033", "010"]) + _digits(r, 17)
    if cc == "PL": return _digits(r, 24)
    if cc == "BE": return _digits(r, 12)
    if cc == "AT": return _digits(r, 16)
    if cc == "IE": return r.choice(["AIBK", "BOFI"]) + _digits(r, 14)
    if cc == "GB": return r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + _digits(r, 14)
    if cc == "BR": return _digits(r, 23) + r.choice("CP") + "1"
    if cc == "CH": return _digits(r, 17)
    if cc == "CR": return "0" + _digits(r, 17)
    if cc == "DO": return _letters(r, 4) + _digits(r, 20)
    if cc == "TN": return _digits(r, 20)
    if cc == "EG": return _digits(r, 25)
    if cc == "LU": return _digits(r, 16)
    if cc == "MU": return _letters(r, 4) + _digits(r, 19) + "MUR"
    raise ValueError(cc)

IBAN_CC = ["DE", "ES", "FR", "IT", "NL", "PT", "PL", "BE", "AT", "IE", "GB", "BR", "CH", "CR", "DO", "TN", "EG", "LU", "MU"]

def iban(r, cc=None, spaced=None):
    cc = cc or r.choice(IBAN_CC)
    b = bban(r, cc)
    chk = 98 - _num(b + cc + "00") % 97
    s = cc + "%02d" % chk + b
    assert iban_ok(s)
    if spaced is None: spaced = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

def bad_iban(r, cc=None):
    s = iban(r, cc, spaced=False)
    c = int(s[2:4]); s = s[:2] + "%02d" % ((c + r.randint(1, 50)) % 97 + 2 if c < 50 else c - r.randint(1, 40)) + s[4:]
    if iban_ok(s): return bad_iban(r, cc)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

# ---------------- UK NHS ----------------
def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10: return False
    t = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
    if t == 11: t = 0
    return t != 10 and t == d[9]

def nhs(r, fmt=" "):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] == 0: continue
        t = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        if t == 11: t = 0
        if t == 10: continue
        s = "".join(map(str, d)) + str(t)
        return fmt.join([s[:3], s[3:6], s[6:]])

def bad_nhs(r):
    s = nhs(r, "")
    s = s[:9] + str((int(s[9]) + r.randint(1, 9)) % 10)
    return s if not nhs_ok(s) else bad_nhs(r)

# ---------------- UK NINO ----------------
_NINO_BAD1 = set("DFIQUV"); _NINO_BAD2 = set("DFIQUVO")
_NINO_BADP = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
def nino(r, spaced=None):
    while True:
        a, b = r.choice("ABCEGHJKLMNOPRSTWXYZ"), r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a in _NINO_BAD1 or b in _NINO_BAD2 or a + b in _NINO_BADP: continue
        break
    d = _digits(r, 6); s = r.choice("ABCD")
    if spaced is None: spaced = r.random() < 0.5
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{a}{b}{d}{s}"

def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] not in _NINO_BAD1 and s[1] not in _NINO_BAD2 and s[:2] not in _NINO_BADP
            and s[2:8].isdigit() and s[8] in "ABCD")

# ---------------- ES DNI / NIE ----------------
_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni(r, nie=None):
    if nie is None: nie = r.random() < 0.3
    if nie:
        p = r.choice("XYZ"); n = _digits(r, 7)
        v = int(str("XYZ".index(p)) + n)
        return p + n + _DNI[v % 23]
    n = r.randint(1000000, 99999999)
    return "%08d" % n + _DNI[n % 23]

def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    if len(s) != 9: return False
    body = s[:8]
    if body[0] in "XYZ": body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and _DNI[int(body) % 23] == s[8]

def bad_dni(r):
    s = dni(r, False)
    return s[:8] + _DNI[(_DNI.index(s[8]) + r.randint(1, 22)) % 23]

# ---------------- FR NIR ----------------
def nir(r, sex=None, yy=None, mm=None, spaced=None):
    sex = sex or r.choice([1, 2]); yy = yy if yy is not None else r.randint(40, 99); mm = mm or r.randint(1, 12)
    dep = r.choice(["75", "69", "13", "33", "59", "2A", "2B", "35", "67", "31", "44", "06", "971", "99"])
    if len(dep) == 3: com = "%02d" % r.randint(1, 34)
    else: com = "%03d" % r.randint(1, 450)
    order = "%03d" % r.randint(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{dep}{com}{order}"
    n = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - n % 97
    if spaced is None: spaced = r.random() < 0.6
    if spaced:
        return f"{sex} {yy:02d} {mm:02d} {dep}{'' if len(dep)==3 else ''} {com} {order} {key:02d}" if len(dep) == 2 else \
               f"{sex} {yy:02d} {mm:02d} {dep}{com} {order} {key:02d}"
    return body + "%02d" % key

def nir_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) != 15: return False
    n = s[:13].replace("2A", "19").replace("2B", "18")
    return n.isdigit() and s[13:].isdigit() and 97 - int(n) % 97 == int(s[13:])

# ---------------- DE Steuer-ID ----------------
def _steuer_check(d10):
    product = 10
    for ch in d10:
        sm = (int(ch) + product) % 10
        if sm == 0: sm = 10
        product = (sm * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c

def steuer_id(r, spaced=None):
    while True:
        digs = list(range(10)); r.shuffle(digs)
        twice = digs[0]; rest = digs[1:9]  # one digit missing
        seq = rest + [twice, twice]; r.shuffle(seq)
        if seq[0] == 0: continue
        s = "".join(map(str, seq)); s += str(_steuer_check(s))
        break
    if spaced is None: spaced = r.random() < 0.5
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s

def steuer_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0": return False
    from collections import Counter
    c = Counter(s[:10]); m = max(c.values())
    if m not in (2, 3) or sum(1 for v in c.values() if v > 1) != 1: return False
    return _steuer_check(s[:10]) == int(s[10])

# ---------------- IT codice fiscale ----------------
_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
def _cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0: t += _ODD[ch]
        else: t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)

def _plain(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalpha() and ord(c) < 128).upper()

def _cf_part(s, is_name):
    s = _plain(s); cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4: return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]

BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "C351", "A662", "Z600", "Z602", "Z330", "Z210", "Z110"]
def codice_fiscale(r, given, family, y, m, d, female):
    s = _cf_part(family, False) + _cf_part(given, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1]
    s += "%02d" % (d + (40 if female else 0)) + r.choice(BELFIORE)
    return s + _cf_check(s)

def cf_ok(s):
    s = s.upper()
    return len(s) == 16 and _cf_check(s[:15]) == s[15]

# ---------------- BR CPF ----------------
def _cpf_dv(d):
    n = len(d) + 1
    return (sum(x * (n - i) for i, x in enumerate(d)) * 10) % 11 % 10

def cpf(r, fmt=True):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1: break
    d.append(_cpf_dv(d)); d.append(_cpf_dv(d))
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s

def cpf_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 11 and len(set(d)) > 1 and _cpf_dv(d[:9]) == d[9] and _cpf_dv(d[:10]) == d[10]

def bad_cpf(r):
    s = cpf(r)
    s = s[:-1] + str((int(s[-1]) + r.randint(1, 9)) % 10)
    return s if not cpf_ok(s) else bad_cpf(r)

# ---------------- Aadhaar (Verhoeff) ----------------
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
       [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
       [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed([x for x in s if x.isdigit()])):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def _verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])

def aadhaar(r, sep=None):
    body = str(r.randint(2, 9)) + _digits(r, 10)
    s = body + _verhoeff_digit(body)
    assert verhoeff_ok(s)
    sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
    return sep.join([s[:4], s[4:8], s[8:]])

def aadhaar_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

def bad_aadhaar(r):
    s = aadhaar(r, " ")
    s2 = s[:-1] + str((int(s[-1]) + r.randint(1, 9)) % 10)
    return s2 if not aadhaar_ok(s2) else bad_aadhaar(r)

# ---------------- SG NRIC / FIN ----------------
_NW = [2, 7, 6, 5, 4, 3, 2]
def nric(r, prefix=None):
    p = prefix or r.choice("SSTFG")
    d = _digits(r, 7)
    t = sum(int(a) * b for a, b in zip(d, _NW)) + (4 if p in "TG" else 0)
    tab = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return p + d + tab[t % 11]

def nric_ok(s):
    s = s.upper()
    if len(s) != 9 or s[0] not in "STFG" or not s[1:8].isdigit(): return False
    t = sum(int(a) * b for a, b in zip(s[1:8], _NW)) + (4 if s[0] in "TG" else 0)
    return ("JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK")[t % 11] == s[8]

def bad_nric(r):
    s = nric(r)
    for ch in "ABCDEFGHIJKLMNPQRTUWXZ":
        if ch != s[-1] and not nric_ok(s[:-1] + ch): return s[:-1] + ch

# ---------------- CA SIN ----------------
def sin(r, sep=None):
    body = r.choice("1234567") + _digits(r, 7)
    s = body + luhn_digit(body)
    sep = r.choice([" ", "-", ""]) if sep is None else sep
    return sep.join([s[:3], s[3:6], s[6:]])

def sin_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)

# ---------------- US MBI ----------------
_MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def mbi(r, dashes=None):
    L = lambda: r.choice(_MBI_L); D = lambda: str(r.randint(0, 9)); A = lambda: r.choice(_MBI_L + "0123456789")
    s = str(r.randint(1, 9)) + L() + A() + D() + L() + A() + D() + L() + L() + D() + D()
    if dashes is None: dashes = r.random() < 0.4
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s

def mbi_ok(s):
    s = s.replace("-", "").upper()
    if len(s) != 11: return False
    cls = ["N", "L", "A", "D", "L", "A", "D", "L", "L", "D", "D"]
    for ch, c in zip(s, cls):
        if c == "N" and not (ch.isdigit() and ch != "0"): return False
        if c == "D" and not ch.isdigit(): return False
        if c == "L" and ch not in _MBI_L: return False
        if c == "A" and ch not in _MBI_L + "0123456789": return False
    return True

# ---------------- US SSN ----------------
def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return sep.join(["%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)])

def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"

# ---------------- EAN-13 / IMEI (hard negatives) ----------------
def ean13(r, prefix=None):
    b = (prefix or str(r.choice([400, 590, 840, 789, 300, 800, 750, 890]))) + _digits(r, 9)
    b = b[:12]
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)

def imei(r):
    body = r.choice(["35", "86", "01", "49"]) + _digits(r, 12)
    return body + luhn_digit(body)

CHECKERS = {
    "CREDIT_CARD": lambda s: luhn_ok(s) and 13 <= len([c for c in s if c.isdigit()]) <= 19,
    "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "ES_DNI": dni_ok,
    "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "BR_CPF": cpf_ok, "IN_AADHAAR": aadhaar_ok,
    "SG_NRIC": nric_ok, "CA_SIN": sin_ok, "US_MBI": mbi_ok, "US_SSN": ssn_ok,
}
