"""Helper used while writing: complete check digits for hand-typed bases.  python3 mk.py TYPE BASE ..."""
import sys
from checks import *
def mk(t, b):
    if t == 'card': return luhn_complete(b)
    if t == 'sin': return luhn_complete(b)
    if t == 'iban': return iban_make(b[:2], b[2:])
    if t == 'nhs':
        tot = sum(int(b[i]) * (10 - i) for i in range(9)); c = 11 - tot % 11
        return None if c == 10 else b + str(0 if c == 11 else c)
    if t == 'aadhaar': return verhoeff_complete(b)
    if t == 'cpf': return cpf_complete(b)
    if t == 'dni':
        if b[0] in 'XYZ': return b + DNI_L[int(str('XYZ'.index(b[0])) + b[1:]) % 23]
        return b + DNI_L[int(b) % 23]
    if t == 'nir': return b + '%02d' % (97 - int(b) % 97)
    if t == 'steuer': return b + str(steuer_check(b))
    if t == 'cf': return b + cf_check(b)
    if t == 'nric': return b + nric_letter(b[0], b[1:])
for a in sys.argv[2:]:
    print(a, '->', mk(sys.argv[1], a))
