#!/usr/bin/env python3
"""Builder of ``accuracy12.jsonl``: a development set for driver's licences, health-plan and other identifiers,
clinical text and clean documents.

Written by hand for issue 13 (helper "accuracy12"), each document before the rule it exercises was written; the
names, numbers, payers and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``; decisions in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy12.jsonl")
doc = SET.doc

# ------------------------------------------------ driver's licences: a driver's id is no licence, issuers in brackets

doc(
    "a12_csv_courier_roster",
    "csv",
    """\
driver_id,driver_name,licence_province,licence_no,licence_class
CR-1182,[[PERSON|Ottilie Branscombe]],Manitoba,[[DRIVER_LICENSE|BR-AN-SC-0412-QZ]],5
CR-1190,[[PERSON|Teodor Vasquenza]],Quebec,[[DRIVER_LICENSE|V2641-180375-07]],5
""",
)
doc(
    "a12_csv_rental_desk",
    "csv",
    """\
Pickup,Renter,Lic St,License,Car
2025-02-03,[[PERSON|Harlan Quimby]],OR,[[DRIVER_LICENSE|7730412]],Corolla
2025-02-04,[[PERSON|Ysolde Marchetti]],WA,[[DRIVER_LICENSE|WDLQX8BZT4JK]],Civic
""",
)
doc(
    "a12_csv_nurse_roster_licence",
    "csv",
    """\
staff,unit,npi,license
[[PERSON|Corrin Adebayo]],4 West,1457392012,RN4402187
[[PERSON|Peleg Sundqvist]],ICU,1093847261,RN5517302
""",
)
doc(
    "a12_form_licence_issuer_brackets",
    "form",
    """\
Applicant ........ [[PERSON|Briseis Okonkwo-Lund]]
Driving licence (DVLA) ... [[DRIVER_LICENSE|OKONK702159BL9AB]]
Driver licence (Victoria): [[DRIVER_LICENSE|081726354]]
""",
)
doc(
    "a12_chat_licence_issuer",
    "chat",
    """\
[10:02] [[PERSON|Maewyn]]: my drivers licence (Waka Kotahi) number is [[DRIVER_LICENSE|EK482913]], is that enough?
[10:03] Support: yes thank you
""",
)

SET.write()
