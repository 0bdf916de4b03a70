#!/usr/bin/env python3
"""Helper used while writing the documents: complete hand-invented identifier stems with check digits."""
import sys, build as b
cmd, arg = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
if cmd == "luhn": print(arg + b.luhn_digit(arg))
elif cmd == "nhs": print(arg + str(b.nhs_check(arg)))
elif cmd == "iban": print(b.iban_make(arg[:2], arg[2:]))
elif cmd == "dni":
    n = arg
    if n[0] in "XYZ": n = str("XYZ".index(n[0])) + n[1:]
    print(arg + b.DNI_LETTERS[int(n) % 23])
elif cmd == "nir": print(arg, "%02d" % (97 - int(arg[:5] + {"2A":"19","2B":"18"}.get(arg[5:7], arg[5:7]) + arg[7:]) % 97))
elif cmd == "steuer": print(arg + b.steuer_check(arg), b.steuer_ok(arg + b.steuer_check(arg)))
elif cmd == "cf": print(arg + b.cf_check(arg))
elif cmd == "cpf": print(arg + b.cpf_digits(arg))
elif cmd == "aadhaar": print(arg + b.verhoeff_digit(arg))
elif cmd == "nric": print(arg + b.nric_letter(arg[0], arg[1:]))
