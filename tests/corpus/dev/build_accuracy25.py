#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy25.jsonl``: a development set for structured identifiers as other writers write them
(issue 13, twelfth pass): identity registers whose rows each name their document's type, driver's licences of
more countries and in prose, a magnetic stripe's track data in a log, an account column that also holds cards,
and dotted version numbers that are no addresses.

Written by hand for issue 13 (helper "accuracy25"), each document before the rule it exercises was written; the
names and numbers are made up here (check digits computed for them), none is taken from a tune document. Markup
as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy25.jsonl")
doc = SET.doc

# ------------------------------------------------------------- registers whose rows name the document's type
doc(
    "a25_kyc_register_mixed",
    "csv",
    """\
ref,holder,born,id_type,id_number,outcome
ONB-1101,[[PERSON|Lucía Ferrández]],[[DATE_OF_BIRTH|1979-04-12]],DNI,[[ES_DNI|60595023M]],accepted
ONB-1102,[[PERSON|Tan Wei Ling]],[[DATE_OF_BIRTH|1988-11-30]],NRIC,[[SG_NRIC|S9619193F]],accepted
ONB-1103,[[PERSON|Rohan Mehta]],[[DATE_OF_BIRTH|1992-02-08]],Aadhaar,[[IN_AADHAAR|7121 1322 3257]],accepted
ONB-1104,[[PERSON|Camille Perrot]],[[DATE_OF_BIRTH|1983-04-19]],NIR,[[FR_NIR|183046932682566]],accepted
ONB-1105,[[PERSON|Graham Whitlock]],[[DATE_OF_BIRTH|1975-06-02]],SIN,[[CA_SIN|294 814 900]],accepted
ONB-1106,[[PERSON|Jannik Oberholz]],[[DATE_OF_BIRTH|1969-09-21]],Steuer-IdNr,[[DE_TAX_ID|51239807149]],accepted
ONB-1107,[[PERSON|Iker Salaberri]],[[DATE_OF_BIRTH|1996-01-15]],NIE,[[ES_DNI|X6112883N]],accepted
ONB-1108,[[PERSON|Nur Aisyah Rahman]],[[DATE_OF_BIRTH|1990-07-07]],FIN,[[SG_NRIC|F6532971U]],review
ONB-1109,[[PERSON|Harriet Morgan]],[[DATE_OF_BIRTH|1964-07-05]],UK driving licence,[[DRIVER_LICENSE|MORGA657054HM9IJ]],accepted
ONB-1110,(withdrawn),,DNI,12345678A,rejected
""",
)
doc(
    "a25_kyc_register_de_semicolon",
    "csv",
    """\
Vorgang;Name;Geburtsdatum;Ausweisart;Ausweisnummer;Status
KV-301;[[PERSON|Ottilie Brandstätter]];[[DATE_OF_BIRTH|12.03.1971]];Steuer-ID;[[DE_TAX_ID|82570401064]];geprüft
KV-302;[[PERSON|Mehmet Yıldırım]];[[DATE_OF_BIRTH|03.08.1985]];NIE;[[ES_DNI|Y5289660L]];geprüft
KV-303;[[PERSON|Chloé Vasseur]];[[DATE_OF_BIRTH|21.11.1991]];NIR;[[FR_NIR|291111383162572]];offen
""",
)
doc(
    "a25_kyc_tsv_number_first",
    "tsv",
    """\
applicant\tdocument_number\tdocument_type\tchecked_by
[[PERSON|Arjun Pillai]]\t[[IN_AADHAAR|5299-8875-4572]]\taadhaar\tops3
[[PERSON|Lim Jia Hui]]\t[[SG_NRIC|T7679877F]]\tnric\tops1
[[PERSON|Montserrat Vidal]]\t[[ES_DNI|38728736W]]\tdni\tops3
""",
)
doc(
    "a25_doc_register_neg",
    "csv",
    """\
batch,doc_type,doc_number,amount
B-77,invoice,4410239871,120.00
B-77,credit note,CN-000912,-35.50
B-78,order,78812093,89.99
""",
)

# ------------------------------------------------------------------------------------- driver's licences
doc(
    "a25_dl_prose_commas",
    "free_text",
    """\
Reference check. The candidate, [[PERSON|Oscar Lindqvist]], who has driven for two other carriers, showed a Michigan driver license, number [[DRIVER_LICENSE|L 265 704 318 552]], at the depot on Monday, and it was valid, clean, and unrestricted.
""",
)
doc(
    "a25_dl_state_after_name",
    "clinical_note",
    """\
COMMERCIAL DRIVER MEDICAL CERTIFICATE
Born: [[DATE_OF_BIRTH|March 3, 1971]]   Examinee: [[PERSON|Paul Washington]]
Commercial licence: [[DRIVER_LICENSE|17 308 552]], issued by Pennsylvania
Medical card valid 24 months.
""",
)
doc(
    "a25_dl_india",
    "form",
    """\
Delivery partner verification (India)
Name: [[PERSON|Sandeep Kulkarni]]
Driving Licence No: [[DRIVER_LICENSE|MH12 20110034567]]
Second partner DL number: [[DRIVER_LICENSE|TN-0719990012345]] (Chennai RTO)
""",
)
doc(
    "a25_dl_bare_licence",
    "ticket",
    """\
Van hire 4471 — hirer [[PERSON|Harriet Morgan]], licence [[DRIVER_LICENSE|MORGA657054HM9IJ]] checked at the desk (DVLA code shared).
<table><tr><th>Driver</th><td>[[PERSON|Tomasz Wróbel]]</td></tr><tr><th>Licence</th><td>[[DRIVER_LICENSE|04721/09/1142]] (Poland)</td></tr></table>
""",
)
doc(
    "a25_dl_labels_languages",
    "form",
    """\
Kierowca / Driver: [[PERSON|Kamil Zawadzki]]
Numer prawa jazdy: [[DRIVER_LICENSE|00417/15/0613]]
Förare: [[PERSON|Elin Sjöberg]]   Körkortsnummer: [[DRIVER_LICENSE|19850412-1234]]
Водитель: [[PERSON|Игорь Смирнов]]   Водительское удостоверение: [[DRIVER_LICENSE|77 12 345678]]
Motorista: [[PERSON|Thiago Moura]]   CNH: [[DRIVER_LICENSE|04517829360]]
""",
)
doc(
    "a25_dl_licence_neg",
    "free_text",
    """\
Renewal notes: the software licence key 4F7K-22QX-9P1M was reissued; the premises licence 18/00452/LAPR covers Saturday trading. Licence fee for 2025-26 is 169.50. The TV licence was paid on 12 May.
""",
)

# ----------------------------------------------------------------------------- a magnetic stripe's track data
doc(
    "a25_track_data_log",
    "log",
    """\
2026-03-02T10:14:07Z pos=LANE4 WARN swipe fallback track1="%B[[CREDIT_CARD|4427280380715156]]^[[PERSON|OYELARAN/TEMI]]^29051010000000000000?"
2026-03-02T10:15:44Z pos=LANE2 WARN swipe fallback track2=";[[CREDIT_CARD|5236501560903926]]=28121011234500000000?"
2026-03-02T10:16:01Z pos=LANE2 INFO approved pan=************3926
""",
)

# ------------------------------------------------------------------- an account column that holds cards too
doc(
    "a25_account_or_card_column",
    "csv",
    """\
paid_on,payer,method,account_or_card,sort_code,amount
2026-05-01,[[PERSON|Ifeoma Chukwu]],bank transfer,[[UK_BANK_ACCOUNT|63849723]],20-45-77,950.00
2026-05-02,[[PERSON|Declan Rourke]],card,**** 4412,,1200.00
2026-05-03,[[PERSON|Priya Raman]],direct debit,[[UK_BANK_ACCOUNT|13333066]],40-11-62,875.00
""",
)

# ---------------------------------------------------------------------- dotted version numbers, no addresses
doc(
    "a25_versions_not_ips",
    "log",
    """\
2026-07-01 03:00:12 INFO ota unit=BUS-22 evt=FW_UPDATE from=3.18.22.4410 to=3.19.2.17 result=ok
2026-07-01 03:02:40 INFO ota unit=BUS-31 evt=FW_UPDATE from=2.7.30.9 to=2.8.1.12 result=ok
Helpdesk: reinstalled the scanner driver 6.2.140.77 and the app 11.4.2.190; no change.
""",
)

if __name__ == "__main__":
    SET.write()
