#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy13.jsonl``: a development set for people's names in semi-structured and free text.

Written by hand for issue 13 (helper "accuracy13"), each document before the rule it exercises was written; the
names, firms and places are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy13.jsonl")
doc = SET.doc

# ------------------------------------------------ keys and columns that name a person in logs and payloads
doc(
    "a13_csv_collections_debtors",
    "csv",
    """\
account_ref,debtor_name,opened,balance
CL-00412,[[PERSON|Marguerite Ostrowska-Lind]],2021-04-02,1204.55
CL-00413,"[[PERSON|Ferreira Nunes, Adelino]]",2022-11-19,88.10
CL-00414,[[PERSON|TOBIASSEN HALVARD]],2019-06-30,4410.00
""",
)
doc(
    "a13_csv_direct_debit_payers",
    "csv",
    """\
Mandate;Debtor Full Name;Debtor IBAN;Amount
MD-2291;[[PERSON|Quirine van der Steeg]];[[IBAN|NL91ABNA0417164300]];EUR 12.50
MD-2292;[[PERSON|Anouk Dervaux]];[[IBAN|BE68539007547034]];EUR 40.00
""",
)
doc(
    "a13_log_portal_users",
    "log",
    """\
2025-04-11T08:12:03Z level=info svc=portal event=login user_id=kvidal07 user_name="[[PERSON|Kalinda Vidal]]" ip=[[IP_ADDRESS|10.40.2.17]]
2025-04-11T08:15:44Z level=info svc=portal event=export user_id=svc_etl user_name="SVC EXPORT" ip=[[IP_ADDRESS|10.40.2.99]]
2025-04-11T08:19:10Z level=warn svc=portal event=lockout user_id=tbrenner user_name=tbrenner ip=[[IP_ADDRESS|10.40.3.5]]
""",
)
doc(
    "a13_log_actor_keys",
    "log",
    """\
ts=2025-09-02T10:01:00Z evt=parcel.released parcel=PX-55120 released_by="[[PERSON|Ingeborg Saltnes]]" counter=3
ts=2025-09-02T10:04:12Z evt=parcel.collected parcel=PX-55121 collected_by="[[PERSON|Rafferty St. Clair]]" id_checked=yes
{"evt": "report.generated", "created_by": "Nightly Scheduler", "order_by": "Due Date"}
{"evt": "refund.approved", "approved_by": "[[PERSON|Oyelaran Bamgbose]]", "amount": 42.0}
""",
)
doc(
    "a13_letter_saint_surname",
    "letter",
    """\
14 March 2025

Dr. [[PERSON|Odile St. Amand]]
Riverside Oncology Group

Dear Dr. [[PERSON|St. Amand]],

Thank you for seeing my patient. Parking is on Main St. behind the clinic.
""",
)

SET.write()
