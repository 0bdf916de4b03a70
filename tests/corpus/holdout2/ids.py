"""Identifier generators and validators (standard library only), from public specs."""
import string

# ---------------- Luhn ----------------
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c

def card(rng, brand=None):
    brands = {
        "visa": (["4"], 16), "mc": ([str(x) for x in range(51, 56)] + [str(x) for x in range(2221, 2721, 37)], 16),
        "amex": (["34", "37"], 15), "discover": (["6011", "644", "65"], 16),
        "jcb": ([str(x) for x in range(3528, 3590, 7)], 16), "diners": (["36", "38"], 14),
        "unionpay": (["62"], 16), "visa13": (["4"], 13),
    }
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "discover", "jcb", "diners", "unionpay"])
    pre, n = brands[brand]
    p = rng.choice(pre)
    body = p + "".join(rng.choice("0123456789") for _ in range(n - len(p) - 1))
    return brand, luhn_complete(body)

def fmt_card(num, rng, style=None):
    style = style if style is not None else rng.choice(["space", "dash", "compact", "space"])
    if style == "compact":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(g)

def bad_luhn(num):
    last = int(num[-1])
    return num[:-1] + str((last + 3) % 10)

# ---------------- IBAN ----------------
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1

def make_iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)

def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))

def _a(rng, n, alpha=string.ascii_uppercase):
    return "".join(rng.choice(alpha) for _ in range(n))

def _fr_rib_key(bank, branch, acct):
    conv = {}
    for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        conv[ch] = str([1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,2,3,4,5,6,7,8,9][i])
    acct_n = "".join(conv.get(c, c) for c in acct)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct_n)) % 97))

def _es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dig(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return "%d%d" % (dig("00" + bank + branch), dig(acct))

def _it_cin(abi, cab, conto):
    odd = [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)

def iban(rng, cc=None):
    cc = cc or rng.choice(["DE", "GB", "FR", "ES", "IT", "NL", "BE", "PT", "PL", "CH", "AT", "IE", "SE", "FI",
                           "DK", "NO", "LU", "GR", "SA", "AE", "TR", "BR", "RO", "HR", "CZ"])
    if cc == "DE": b = _d(rng, 8) + _d(rng, 10)
    elif cc == "GB": b = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 6) + _d(rng, 8)
    elif cc == "FR":
        bank, br, ac = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        b = bank + br + ac + _fr_rib_key(bank, br, ac)
    elif cc == "ES":
        bank, br, ac = rng.choice(["2100", "0049", "0182", "0081", "2085"]), _d(rng, 4), _d(rng, 10)
        b = bank + br + _es_dc(bank, br, ac) + ac
    elif cc == "IT":
        abi, cab, conto = rng.choice(["03069", "02008", "05034", "01030"]), _d(rng, 5), _d(rng, 12)
        b = _it_cin(abi, cab, conto) + abi + cab + conto
    elif cc == "NL": b = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + _d(rng, 10)
    elif cc == "BE": b = _d(rng, 12)
    elif cc == "PT": b = _d(rng, 21)
    elif cc == "PL": b = _d(rng, 24)
    elif cc == "CH": b = _d(rng, 5) + _d(rng, 12)
    elif cc == "AT": b = _d(rng, 16)
    elif cc == "IE": b = rng.choice(["AIBK", "BOFI"]) + _d(rng, 6) + _d(rng, 8)
    elif cc == "SE": b = _d(rng, 20)
    elif cc == "FI": b = _d(rng, 14)
    elif cc == "DK": b = _d(rng, 14)
    elif cc == "NO": b = _d(rng, 11)
    elif cc == "LU": b = _d(rng, 3) + _d(rng, 13)
    elif cc == "GR": b = _d(rng, 7) + _d(rng, 16)
    elif cc == "SA": b = _d(rng, 2) + _d(rng, 18)
    elif cc == "AE": b = _d(rng, 3) + _d(rng, 16)
    elif cc == "TR": b = _d(rng, 5) + "0" + _d(rng, 16)
    elif cc == "BR": b = _d(rng, 8) + _d(rng, 5) + _d(rng, 10) + "C" + "1"
    elif cc == "RO": b = rng.choice(["RNCB", "BTRL", "BRDE"]) + _d(rng, 16)
    elif cc == "HR": b = _d(rng, 17)
    elif cc == "CZ": b = _d(rng, 20)
    return make_iban(cc, b)

def fmt_iban(s, spaced):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

def bad_iban(s):
    d = int(s[3])
    return s[:3] + str((d + 1) % 10) + s[4:]

# ---------------- US SSN ----------------
def ssn(rng, style="dash"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"dash": "-", "space": " ", "none": ""}[style]
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9: return False
    a, g, se = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and se > 0

# ---------------- UK NHS ----------------
def nhs_check(d9):
    tot = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = 11 - tot % 11
    if c == 11: c = 0
    return None if c == 10 else c

def nhs(rng, spaced=True):
    while True:
        d9 = str(rng.randint(4, 9)) + _d(rng, 8)
        c = nhs_check(d9)
        if c is not None:
            s = d9 + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:]) if spaced else s

def nhs_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 10 and nhs_check(d[:9]) == int(d[9])

def bad_nhs(rng):
    while True:
        d9 = str(rng.randint(4, 9)) + _d(rng, 8)
        c = nhs_check(d9)
        w = (c if c is not None else 0) + rng.randint(1, 8)
        w %= 10
        if c is None or w != c:
            s = d9 + str(w)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])

# ---------------- UK NINO ----------------
NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIQUVO"]
def nino(rng, spaced=None):
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = _d(rng, 6)
    suf = rng.choice("ABCD")
    spaced = rng.random() < 0.6 if spaced is None else spaced
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf) if spaced else p + d + suf

def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] in NINO_FIRST and s[1] in NINO_SECOND and s[:2] not in
            ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and s[2:8].isdigit() and s[8] in "ABCD")

# ---------------- ES DNI / NIE ----------------
DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni(rng, nie=False):
    if nie:
        p = rng.choice("XYZ")
        n = _d(rng, 7)
        return p + n + DNI_L[int("XYZ".index(p).__str__() + n) % 23]
    n = "%08d" % rng.randint(1000000, 79999999)
    return n + DNI_L[int(n) % 23]

def dni_ok(s):
    s = s.replace("-", "").replace(".", "").replace(" ", "").upper()
    if len(s) != 9: return False
    body = s[:-1]
    if body[0] in "XYZ": body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and DNI_L[int(body) % 23] == s[-1]

def bad_dni(rng):
    s = dni(rng)
    i = DNI_L.index(s[-1])
    return s[:-1] + DNI_L[(i + 5) % 23]

# ---------------- FR NIR ----------------
def nir(rng, sex=None, yy=None, mm=None, spaced=True):
    sex = sex or rng.choice("12")
    yy = yy if yy is not None else rng.randint(40, 99)
    mm = mm or rng.randint(1, 12)
    dep = rng.choice(["75", "69", "13", "33", "59", "44", "2A", "2B", "31", "67", "06", "35", "974"[:2], "92", "93"])
    com = "%03d" % rng.randint(1, 400)
    order = "%03d" % rng.randint(1, 999)
    body = "%s%02d%02d%s%s%s" % (sex, yy, mm, dep, com, order)
    num = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(num) % 97
    if spaced:
        return "%s %02d %02d %s %s %s %02d" % (sex, yy, mm, dep, com, order, key)
    return "%s%02d" % (body, key)

def nir_ok(s):
    s = s.replace(" ", "")
    if len(s) != 15: return False
    body, key = s[:13], s[13:]
    num = body[:5] + body[5:7].replace("2A", "19").replace("2B", "18") + body[7:]
    return num.isdigit() and key.isdigit() and 97 - int(num) % 97 == int(key)

# ---------------- DE Steuer-ID ----------------
def steuer_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0: s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c

def steuer_id(rng, spaced=None):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        rep = digits[0]
        body = digits[1:10]  # 9 distinct digits, one missing
        body = body[:8] + [rep]
        body.insert(rng.randint(0, 8), rep)
        s = "".join(body)[:10]
        if s[0] == "0":
            continue
        if steuer_struct_ok(s):
            break
    s = s + str(steuer_check(s))
    spaced = rng.random() < 0.4 if spaced is None else spaced
    return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]) if spaced else s

def steuer_struct_ok(d10):
    from collections import Counter
    c = Counter(d10)
    multi = [k for k, v in c.items() if v > 1]
    return d10[0] != "0" and len(multi) == 1 and c[multi[0]] in (2, 3)

def steuer_ok(s):
    d = s.replace(" ", "")
    return len(d) == 11 and d.isdigit() and steuer_struct_ok(d[:10]) and steuer_check(d[:10]) == int(d[10])

# ---------------- IT codice fiscale ----------------
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21] + [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65

def cf_check(s15):
    tot = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s15))
    return chr(65 + tot % 26)

def _strip_acc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def codice_fiscale(rng, surname, given, female, y, m, d):
    def letters(s):
        s = "".join(c for c in _strip_acc(s).upper() if c.isalpha())
        cons = [c for c in s if c not in "AEIOU"]
        vow = [c for c in s if c in "AEIOU"]
        return cons, vow
    c, v = letters(surname)
    sur = "".join((c + v + ["X"] * 3)[:3])
    c, v = letters(given)
    if len(c) >= 4:
        nam = c[0] + c[2] + c[3]
    else:
        nam = "".join((c + v + ["X"] * 3)[:3])
    mon = "ABCDEHLMPRST"[m - 1]
    day = d + 40 if female else d
    place = rng.choice(["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "C351", "Z404", "Z112", "E506"])
    s15 = "%s%s%02d%s%02d%s" % (sur, nam, y % 100, mon, day, place)
    return s15 + cf_check(s15)

def cf_ok(s):
    s = s.upper()
    return len(s) == 16 and cf_check(s[:15]) == s[15]

# ---------------- CA SIN ----------------
def sin(rng, sep=None):
    first = rng.choice("1234567" + "9")
    s = luhn_complete(first + _d(rng, 7))
    sep = rng.choice([" ", "-", ""]) if sep is None else sep
    return sep.join([s[:3], s[3:6], s[6:]])

def sin_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 9 and luhn_ok(d) and d[0] not in "08"

# ---------------- BR CPF ----------------
def cpf_digits(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    a = (s * 10) % 11 % 10
    d10 = d9 + str(a)
    s = sum(int(c) * (11 - i) for i, c in enumerate(d10))
    b = (s * 10) % 11 % 10
    return d10 + str(b)

def cpf(rng, formatted=True):
    while True:
        d9 = _d(rng, 9)
        if len(set(d9)) > 1:
            break
    s = cpf_digits(d9)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if formatted else s

def cpf_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d

def bad_cpf(rng):
    s = cpf(rng, False)
    s = s[:10] + str((int(s[10]) + 4) % 10)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

# ---------------- Aadhaar (Verhoeff) ----------------
V_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
V_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
V_INV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0

def verhoeff_gen(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])

def aadhaar(rng, spaced=True):
    s = str(rng.randint(2, 9)) + _d(rng, 10)
    s += verhoeff_gen(s)
    return "%s %s %s" % (s[:4], s[4:8], s[8:]) if spaced else s

def aadhaar_ok(s):
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 12 and d.isdigit() and d[0] not in "01" and verhoeff_ok(d)

def bad_aadhaar(rng):
    s = aadhaar(rng, False)
    s = s[:11] + str((int(s[11]) + 3) % 10)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])

# ---------------- SG NRIC / FIN ----------------
def nric(rng, prefix=None):
    prefix = prefix or rng.choice("SSTTFG")
    d = _d(rng, 7)
    return prefix + d + nric_letter(prefix, d)

def nric_letter(prefix, d):
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * w[i] for i, c in enumerate(d)) + (4 if prefix in "TG" else 0)
    r = tot % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]

def nric_ok(s):
    s = s.upper()
    return len(s) == 9 and s[0] in "STFG" and s[1:8].isdigit() and nric_letter(s[0], s[1:8]) == s[8]

def bad_nric(rng):
    s = nric(rng)
    alt = [c for c in "ABCDEFGHIJKLMNPQRTUWXZ" if c != s[8]]
    return s[:8] + rng.choice(alt)

# ---------------- US MBI ----------------
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"
def mbi(rng, dashed=None):
    pat = ["N1", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = []
    for p in pat:
        out.append(rng.choice({"N1": "123456789", "A": MBI_A, "AN": MBI_AN, "N": "0123456789"}[p]))
    s = "".join(out)
    dashed = rng.random() < 0.3 if dashed is None else dashed
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s

def mbi_ok(s):
    s = s.replace("-", "")
    pat = ["N1", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    if len(s) != 11: return False
    for c, p in zip(s, pat):
        if c not in {"N1": "123456789", "A": MBI_A, "AN": MBI_AN, "N": "0123456789"}[p]:
            return False
    return True

# ---------------- passports ----------------
def passport(rng, country):
    c = country
    if c == "US":
        return rng.choice([str(rng.randint(1, 9)) + _d(rng, 8), rng.choice("ABCEFGHJKLMNPRSTUVWXYZ") + _d(rng, 8)])
    if c == "GB": return _d(rng, 9) if rng.random() < 0.5 else str(rng.randint(1, 6)) + _d(rng, 8)
    if c == "DE": return rng.choice("CFGHJK") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if c == "FR": return _d(rng, 2) + _a(rng, 2) + _d(rng, 5)
    if c == "ES": return _a(rng, 3) + _d(rng, 6)
    if c == "IT": return _a(rng, 2) + _d(rng, 7)
    if c == "NL": return _a(rng, 2, "ABCDEFGHIJKLMNPRSTUVWXYZ") + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + _d(rng, 1)
    if c == "IN": return rng.choice("JKLMNPRSTUVWZ") + _d(rng, 7)
    if c == "CA": return _a(rng, 2) + _d(rng, 6)
    if c == "BR": return _a(rng, 2) + _d(rng, 6)
    if c == "JP": return rng.choice(["TK", "TR", "TZ", "MU", "RE"]) + _d(rng, 7)
    if c == "CN": return "E" + _d(rng, 8) if rng.random() < 0.5 else "EA" + _d(rng, 7)
    if c == "MX": return "G" + _d(rng, 8)
    if c == "AU": return rng.choice(["PA", "PB", "N", "E"]) + _d(rng, 7)
    if c == "PL": return _a(rng, 2) + _d(rng, 7)
    if c == "SE": return _d(rng, 8)
    if c == "NG": return "A" + _d(rng, 8)
    if c == "KR": return "M" + _d(rng, 8)
    if c == "CH": return "X" + _d(rng, 7)
    if c == "PT": return rng.choice("CNP") + _d(rng, 6)
    if c == "IE": return _a(rng, 2) + _d(rng, 7)
    if c == "ZA": return "A" + _d(rng, 8)
    if c == "SG": return "K" + _d(rng, 7) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    if c == "TR": return "U" + _d(rng, 8)
    if c == "PH": return "P" + _d(rng, 7) + rng.choice("AB")
    return _a(rng, 2) + _d(rng, 7)

# ---------------- US driver licences ----------------
def _dl(rng, state):
    if state == "CA": return rng.choice("ABCDEFGHJKLMNPRSTUVWY") + _d(rng, 7)
    if state == "FL":
        s = rng.choice("ABCDEFGHJKLMNPRSTW") + _d(rng, 12)
        return rng.choice([s, "%s-%s-%s-%s-%s" % (s[:4], s[4:7], s[7:9], s[9:12], s[12:])])
    if state == "IL":
        s = rng.choice("ABCDEFGHJKLMNPRSTW") + _d(rng, 11)
        return rng.choice([s, "%s-%s-%s" % (s[:4], s[4:8], s[8:])])
    if state == "TX": return str(rng.randint(1, 4)) + _d(rng, 7)
    if state == "NY": return rng.choice([_d(rng, 3) + " " + _d(rng, 3) + " " + _d(rng, 3), _d(rng, 9)])
    if state == "WA": return "WDL" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    if state == "PA": return rng.choice([_d(rng, 2) + " " + _d(rng, 3) + " " + _d(rng, 3), _d(rng, 8)])
    if state == "MI": return rng.choice("ABCDEFGHJKLMNPRSTW") + " " + _d(rng, 3) + " " + _d(rng, 3) + " " + _d(rng, 3) + " " + _d(rng, 3)
    if state == "NJ": return rng.choice("ABCDEFGHJKLMNPRSTW") + _d(rng, 4) + " " + _d(rng, 5) + " " + _d(rng, 5)
    if state == "OH": return _a(rng, 2) + _d(rng, 6)
    if state == "AZ": return rng.choice("ABDY") + _d(rng, 8)
    if state == "CO": return _d(rng, 2) + "-" + _d(rng, 3) + "-" + _d(rng, 4)
    if state == "GA": return "0" + _d(rng, 8)
    if state == "MA": return "S" + _d(rng, 8)
    if state == "NC": return "0000" + _d(rng, 8)
    if state == "VA": return rng.choice("ABCTRS") + _d(rng, 8)
    if state == "WI": return rng.choice("ABCDEFGHJKLMNPRSTW") + _d(rng, 3) + "-" + _d(rng, 4) + "-" + _d(rng, 4) + "-" + _d(rng, 2)
    if state == "MD": return rng.choice("ABCDEFGHJKLMNPRSTW") + "-" + _d(rng, 3) + "-" + _d(rng, 3) + "-" + _d(rng, 3) + "-" + _d(rng, 3)
    if state == "MN": return rng.choice("ABCDEFGHJKLMNPRSTW") + _d(rng, 12)
    if state == "OR": return _d(rng, 7)
    if state == "NV": return _d(rng, 10)
    if state == "HI": return "H" + _d(rng, 8)
    raise ValueError(state)

US_STATES = {"CA": "California", "FL": "Florida", "IL": "Illinois", "TX": "Texas", "NY": "New York",
             "WA": "Washington", "PA": "Pennsylvania", "MI": "Michigan", "NJ": "New Jersey", "OH": "Ohio",
             "AZ": "Arizona", "CO": "Colorado", "GA": "Georgia", "MA": "Massachusetts", "NC": "North Carolina",
             "VA": "Virginia", "WI": "Wisconsin", "MD": "Maryland", "MN": "Minnesota", "OR": "Oregon",
             "NV": "Nevada", "HI": "Hawaii"}

def driver_license(rng, state=None):
    state = state or rng.choice(list(US_STATES))
    return state, _dl(rng, state)

def uk_licence(rng, surname, y, m, d, female, initials):
    s = "".join(c for c in _strip_acc(surname).upper() if c.isalpha())[:5].ljust(5, "9")
    mm = m + 50 if female else m
    ini = (initials.upper() + "9")[:2]
    return "%s%s%02d%02d%s%s%s%s" % (s, str(y)[2], mm, d, str(y)[3], ini, rng.choice("0123456789"), _a(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ"))
