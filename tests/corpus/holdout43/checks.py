"""Checksum helpers (standard library only), written from public specifications."""
import re

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) < 2: return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c): return prefix + c

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    bban = bban.replace(" ", "").upper()
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"

def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10: return False
    t = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - t % 11
    if c == 11: c = 0
    return c != 10 and c == int(d[9])

def nhs_complete(nine):
    t = sum(int(nine[i]) * (10 - i) for i in range(9))
    c = 11 - t % 11
    if c == 11: c = 0
    return None if c == 10 else nine + str(c)

def nino_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s): return False
    a, b = s[0], s[1]
    if a in "DFIQUV" or b in "DFIQUVO": return False
    if s[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"): return False
    return True

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m: return False
    pre = {"": "", "X": "0", "Y": "1", "Z": "2"}[m.group(1)]
    if m.group(1) and len(m.group(2)) != 7: return False
    if not m.group(1) and len(m.group(2)) != 8: return False
    return DNI_L[int(pre + m.group(2)) % 23] == m.group(3)

def dni_letter(num):
    pre = {"X": "0", "Y": "1", "Z": "2"}
    n = pre.get(num[0], num[0]) + num[1:]
    return num + DNI_L[int(n) % 23]

def nir_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[12]\d{14}", d): return False
    return 97 - int(d[:13]) % 97 == int(d[13:])

def nir_key(thirteen):
    return f"{97 - int(thirteen) % 97:02d}"

def steuer_check(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0: s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c

def steuer_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[1-9]\d{10}", d): return False
    counts = {}
    for ch in d[:10]: counts[ch] = counts.get(ch, 0) + 1
    rep = [v for v in counts.values() if v > 1]
    if len(rep) != 1 or rep[0] not in (2, 3): return False
    return steuer_check(d[:10]) == int(d[10])

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1,0,5,7,9,13,15,17,19,21, 1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def cf_char(fifteen):
    t = 0
    for i, ch in enumerate(fifteen.upper()):
        if i % 2 == 0: t += CF_ODD[ch]
        else: t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)

def cf_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_char(s[:15]) == s[15]

def sin_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)

def cpf_complete(nine):
    d = [int(c) for c in nine]
    s = sum(d[i] * (10 - i) for i in range(9)); r = s * 10 % 11; d.append(0 if r == 10 else r)
    s = sum(d[i] * (11 - i) for i in range(10)); r = s * 10 % 11; d.append(0 if r == 10 else r)
    return "".join(map(str, d))

def cpf_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and len(set(d)) > 1 and cpf_complete(d[:9]) == d

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_complete(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return num + str(VINV[c])

def aadhaar_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

def nric_check(prefix, seven):
    w = [2,7,6,5,4,3,2]
    t = sum(int(c) * x for c, x in zip(seven, w))
    if prefix in "TG": t += 4
    if prefix == "M": t += 3
    r = t % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]

def nric_ok(s):
    s = s.upper()
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    return bool(m) and nric_check(m.group(1), m.group(2)) == m.group(3)

def mbi_ok(s):
    s = s.replace("-", "").upper()
    L = "ACDEFGHJKMNPQRTUVWXY"
    if len(s) != 11: return False
    pat = ["N1", "L", "A", "N", "L", "A", "N", "L", "L", "N", "N"]
    for ch, p in zip(s, pat):
        if p == "N1" and ch not in "123456789": return False
        if p == "N" and not ch.isdigit(): return False
        if p == "L" and ch not in L: return False
        if p == "A" and not (ch.isdigit() or ch in L): return False
    return True

def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9: return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

VALIDATORS = {
    "CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "UK_NHS_NUMBER": nhs_ok,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok, "ES_DNI": dni_ok, "FR_NIR": nir_ok,
    "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok, "CA_SIN": sin_ok, "BR_CPF": cpf_ok,
    "IN_AADHAAR": aadhaar_ok, "SG_NRIC": nric_ok, "US_MBI": mbi_ok, "US_SSN": ssn_ok,
}

if __name__ == "__main__":
    # self-tests against published examples
    assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111 1111 1111 1112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert nhs_ok("943 476 5919")
    assert dni_ok("12345678Z") and dni_ok("X1234567L")
    assert cf_ok("RSSMRA85T10A562S")
    assert nric_ok("S1234567D")
    assert cpf_ok("529.982.247-25")
    assert verhoeff_ok("2363") and verhoeff_complete("236") == "2363"
    assert luhn_ok("046 454 286") and sin_ok("130 692 544")
    assert steuer_ok("86095742719")
    assert mbi_ok("1EG4-TE5-MK73")
    print("self-tests ok")
