"""Checksum validators and generators (standard library only), written from public specs."""
import re, random

def digits(s): return re.sub(r"\D", "", s)

def luhn_ok(s):
    d = digits(s)
    if not d: return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        tot += n
    return tot % 10 == 0

def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c): return prefix + c

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    return f"{cc}{98 - int(n) % 97:02d}{bban}"

def nhs_ok(s):
    d = digits(s)
    if len(d) != 10: return False
    t = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - t % 11
    if c == 11: c = 0
    return c != 10 and c == int(d[9])

def nhs_complete(p9):
    t = sum(int(p9[i]) * (10 - i) for i in range(9)); c = 11 - t % 11
    if c == 11: c = 0
    return None if c == 10 else p9 + str(c)

_vd = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_vp = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_vinv = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))): c = _vd[c][_vp[i % 8][int(ch)]]
    return c == 0
def verhoeff_complete(p):
    c = 0
    for i, ch in enumerate(reversed(p)): c = _vd[c][_vp[(i + 1) % 8][int(ch)]]
    return p + str(_vinv[c])
def aadhaar_ok(s):
    d = digits(s); return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

def cpf_ok(s):
    d = [int(x) for x in digits(s)]
    if len(d) != 11 or len(set(d)) == 1: return False
    d1 = sum(d[i] * (10 - i) for i in range(9)) * 10 % 11 % 10
    d2 = sum(d[i] * (11 - i) for i in range(10)) * 10 % 11 % 10
    return d[9] == d1 and d[10] == d2
def cpf_complete(p9):
    d = [int(x) for x in p9]
    d.append(sum(d[i] * (10 - i) for i in range(9)) * 10 % 11 % 10)
    d.append(sum(d[i] * (11 - i) for i in range(10)) * 10 % 11 % 10)
    s = "".join(map(str, d)); return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

_DL = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m: return False
    if m.group(1): n = "XYZ".index(m.group(1)); num = str(n) + m.group(2); 
    else: num = m.group(2)
    if m.group(1) and len(m.group(2)) != 7: return False
    if not m.group(1) and len(m.group(2)) != 8: return False
    return _DL[int(num) % 23] == m.group(3)
def dni_letter(num): return _DL[int(num) % 23]

def nir_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[12]\d{12}\d{2}", d): return False
    return 97 - int(d[:13]) % 97 == int(d[13:])
def nir_key(p13): return f"{97 - int(p13) % 97:02d}"

def steuer_ok(s):
    d = digits(s)
    if len(d) != 11 or d[0] == "0": return False
    counts = [d[:10].count(c) for c in set(d[:10])]
    if not (max(counts) in (2, 3) and sorted(counts).count(max(counts)) == 1): return False
    return steuer_check(d[:10]) == int(d[10])
def steuer_check(p10):
    prod = 10
    for ch in p10:
        sm = (int(ch) + prod) % 10
        if sm == 0: sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_char(p15):
    t = 0
    for i, ch in enumerate(p15):
        if i % 2 == 0: t += _CF_ODD[ch]
        else: t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)
def cf_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", s)) and cf_char(s[:15]) == s[15]

def nric_ok(s):
    s = s.upper()
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    if not m: return False
    return nric_letter(m.group(1), m.group(2)) == m.group(3)
def nric_letter(pre, d7):
    t = sum(int(c) * w for c, w in zip(d7, [2,7,6,5,4,3,2]))
    if pre in "TG": t += 4
    return ("JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK")[t % 11]

_MA = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    s = s.replace("-", "").upper()
    if len(s) != 11: return False
    cls = "NAXNAXNAANN"
    for ch, c in zip(s, cls):
        if c == "N" and not ch.isdigit(): return False
        if c == "A" and ch not in _MA: return False
        if c == "X" and not (ch.isdigit() or ch in _MA): return False
    return s[0] != "0"

def nino_ok(s):
    s = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    if not m: return False
    a, b = m.groups()
    if a in "DFIQUV" or b in "DFIQUVO": return False
    return a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

def sin_ok(s):
    d = digits(s); return len(d) == 9 and d[0] not in "08" and luhn_ok(d)

def card_ok(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "3456"

VALIDATORS = {"CREDIT_CARD": card_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok, "IN_AADHAAR": aadhaar_ok,
  "BR_CPF": cpf_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
  "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "US_SSN": ssn_ok, "CA_SIN": sin_ok}

def _selftest():
    assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert verhoeff_ok("2363") and verhoeff_complete("236") == "2363"
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-24")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_ok("RSSMRA80A01H501U")
    assert nric_ok("S1234567D")
    assert mbi_ok("1EG4-TE5-MK73")
    assert nino_ok("AB 12 34 56 C") and not nino_ok("QQ123456A")
    assert luhn_ok("046 454 286") and sin_ok("130 692 544")
    assert steuer_ok("86095742719")
    assert nir_ok("2 55 08 14 168 025 38")
_selftest()
