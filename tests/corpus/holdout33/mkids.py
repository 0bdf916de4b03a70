"""Helper used while writing: prints fresh valid identifiers (and bad look-alikes) to paste into docs."""
import random, sys
from checks import *
R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else None)
def rd(n): return "".join(R.choice("0123456789") for _ in range(n))
out = {}
def card(prefix, ln):
    return luhn_complete(prefix + rd(ln - len(prefix) - 1))
for p, l in [("4", 16), ("53", 16), ("2221", 16), ("37", 15), ("6011", 16), ("4", 16)]:
    c = card(p, l); out.setdefault("CARD", []).append(c)
out["IBAN"] = [iban_make("GB", "NWBK" + rd(14)), iban_make("IE", "AIBK" + rd(14)), iban_make("FR", rd(10) + "0" + rd(10) + rd(2)),
  iban_make("ES", rd(20)), iban_make("PT", rd(21)), iban_make("IT", "X" + rd(10) + rd(12)), iban_make("PL", rd(24)),
  iban_make("HR", rd(17)), iban_make("RS", rd(18)), iban_make("SE", rd(20)), iban_make("NO", rd(11)), iban_make("IS", rd(22)),
  iban_make("CZ", rd(20)), iban_make("DE", rd(18)), iban_make("BR", rd(23) + "C1"), iban_make("MA", rd(24)), iban_make("EG", rd(25))]
out["NHS"] = [x for x in (nhs_complete(rd(9)) for _ in range(12)) if x][:5]
out["AADHAAR"] = [verhoeff_complete(R.choice("23456789") + rd(10)) for _ in range(2)]
out["CPF"] = [cpf_complete(rd(9)) for _ in range(3)]
out["DNI"] = [(lambda n: n + dni_letter(n))(rd(8)) for _ in range(3)] + [(lambda p, n: p + n + dni_letter(str("XYZ".index(p)) + n))(R.choice("XYZ"), rd(7)) for _ in range(2)]
def nir():
    p = R.choice("12") + rd(2) + R.choice(["01","02","03","04","05","06","07","08","09","10","11","12"]) + R.choice(["75","69","13","33","59","31"]) + rd(3) + rd(3)
    return p + nir_key(p)
out["NIR"] = [nir() for _ in range(3)]
def steuer():
    while True:
        d = R.choice("123456789") + rd(9)
        c = d + str(steuer_check(d))
        if steuer_ok(c): return c
out["STEUER"] = [steuer() for _ in range(3)]
out["NRIC"] = [(lambda p, d: p + d + nric_letter(p, d))(R.choice("STFG"), rd(7)) for _ in range(3)]
def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"; X = A + "0123456789"
    return R.choice("123456789") + R.choice(A) + R.choice(X) + rd(1) + R.choice(A) + R.choice(X) + rd(1) + R.choice(A) + R.choice(A) + rd(2)
out["MBI"] = [mbi() for _ in range(2)]
out["SIN"] = [luhn_complete(R.choice("1234567") + rd(7)) for _ in range(3)]
def ssn():
    while True:
        s = f"{rd(3)}-{rd(2)}-{rd(4)}"
        if ssn_ok(s): return s
out["SSN"] = [ssn() for _ in range(3)]
def nino():
    while True:
        s = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ") + rd(6) + R.choice("ABCD")
        if nino_ok(s): return s
out["NINO"] = [nino() for _ in range(4)]
for k, v in out.items(): print(k, " ".join(v))
