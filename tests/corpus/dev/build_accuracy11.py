#!/usr/bin/env python3

"""Builder of ``accuracy11.jsonl``: a development set for persons, addresses and phones in structure.

Written by hand for issue 13 (helper "accuracy11"), each document before the rule it exercises was written; the
names, streets and numbers are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy11.jsonl")
doc = SET.doc

# ------------------------------------------- table headers: name parts in other languages and spellings

doc(
    "a11_csv_cognome_nome",
    "csv",
    """\
Matricola;Cognome;Nome;Reparto;Stipendio
4471;[[PERSON|TREVISANUT]];[[PERSON|BRUNILDE]];Logistica;31.200
5520;[[PERSON|OKONKWO-RINALDI]];[[PERSON|ADAEZE]];Vendite;29.800
""",
)
doc(
    "a11_csv_nom_prenom",
    "csv",
    """\
Matricule;NOM;Prénom;Service;Salaire brut
3310;[[PERSON|LE BRAZIDEC]];[[PERSON|Maëlys]];Achats;3120,40
3311;[[PERSON|KERHOAS]];[[PERSON|Ewen]];Achats;2980,10
""",
)
doc(
    "a11_tsv_first_last_gift",
    "tsv",
    """\
Ref\tTitle\tFirst\tLast\tGift (€)\tGift Aid?
R1001\tMs\t[[PERSON|Tuuli]]\t[[PERSON|Vasarainen]]\t15.00\tY
R1002\tMr\t[[PERSON|Obinna]]\t[[PERSON|Ezeudu]]\t40.00\tN
""",
)
doc(
    "a11_csv_header_digit_lead",
    "csv",
    """\
EmpNo,LastName,FirstName,BasicPay,13thMonth
E881,[[PERSON|Macaraeg]],[[PERSON|Lorna Joy]],"41,000.00","41,000.00"
E882,[[PERSON|dela Paz]],[[PERSON|Reymart]],"38,500.00","38,500.00"
""",
)
doc(
    "a11_tsv_given_names",
    "tsv",
    """\
member\tsurname\tgiven_names\tplan
M1\t[[PERSON|Tuilagi]]\t[[PERSON|Sefo]]\tGold
M2\t[[PERSON|Haukongo]]\t[[PERSON|Ndapewa]]\tSilver
""",
)
doc(
    "a11_clean_csv_first_last_only_one",
    "csv",
    """\
metric,first,peak
latency,12,40
errors,0,3
""",
)

if __name__ == "__main__":
    SET.write()
