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

# ------------------------------------------------ a role or a relative before a bare name, a speaker's own words
doc(
    "a13_ndjson_support_notes",
    "ndjson",
    """\
{"ts": "2025-05-02T09:14:00Z", "event": "ticket.note", "note": "Customer [[PERSON|Ayelet]] called from [[PHONE|+972 52 418 3307]]; router replaced"}
{"ts": "2025-05-02T09:40:00Z", "event": "ticket.note", "note": "Caller [[PERSON|Tamsin Oyelowo-Reyes]] verified w/ postcode, asked for a refund"}
{"ts": "2025-05-02T10:02:00Z", "event": "ticket.note", "note": "Customer Portal was down for ten minutes"}
""",
)
doc(
    "a13_social_history_relatives",
    "note",
    """\
Social: widowed, son [[PERSON|Teodoro]] is POA and visits daily; daughter [[PERSON|Ngaio]] can be reached on [[PHONE|021 555 0187]].
Caller said: my wife [[PERSON|Aiyana]] will bring the forms. Hi, this is [[PERSON|Amaru]]'s dad, is the clinic open?
""",
)
doc(
    "a13_call_transcript_agent",
    "transcript",
    """\
[Call 55120 | queue RETENTION]
AGENT ([[PERSON|Brynhild]]): Good morning, you're speaking with [[PERSON|Brynhild]]. Who am I talking to?
CALLER: [[PERSON|Osei Darkwa]]. I want to cancel.
AGENT: Of course. One moment.
""",
)
doc(
    "a13_email_letters_other_languages",
    "email",
    """\
Sehr geehrte Frau [[PERSON|Wiebke Ohlendorf]],

vielen Dank für Ihre Nachricht.

-----
Chère [[PERSON|Maëlle Tournier]],

nous avons bien reçu votre courrier.

-----
Geachte heer [[PERSON|Jochem Pieterse]],

Hartelijk dank.
""",
)
doc(
    "a13_email_signed_with_a_name_alone",
    "email",
    """\
From: [[EMAIL|s.achterberg@example.net]]
To: [[EMAIL|payroll@example.net]]
Subject: Overtime March

Hi HR,

Could you check my overtime for March? Two Saturdays are missing.

[[PERSON|Sjoukje]]
""",
)
doc(
    "a13_sar_subject",
    "narrative",
    """\
Internal ref SAR-00412 (not for disclosure)

Subject [[PERSON|Leontyne Abara-Fiske]] (DOB [[DATE_OF_BIRTH|14/02/1979]]) received four transfers in one week.
""",
)

# ------------------------------------------------ what is not a person: roles, departments, firms, feasts
doc(
    "a13_minutes_roles_not_people",
    "minutes",
    """\
Audit Committee (published version)

Present: Chair, CEO, CFO, [[PERSON|Ottoline Brisbane-Hayes]]
Contact: Revenue Operations, Tower B.
""",
)
doc(
    "a13_email_to_everyone",
    "email",
    """\
From: Estates Committee
To: All Ward Managers
Subject: Heating works

Heating is off in Block C on Saturday. Contact: Clinical Governance.
""",
)
doc(
    "a13_eponymous_firms_and_feasts",
    "chat",
    """\
[09:12] [[PERSON|Ximena]]: ¿Cerráis el Día de Reyes?
[09:13] [[PERSON|Ximena]]: y mañana voy al Laboratorio Dr. Quintanilla a por los análisis
[09:14] Soporte: El Día de la Hispanidad abrimos de 10 a 14.
""",
)
doc(
    "a13_form_fields_after_a_title",
    "form",
    """\
Title: MS   Forename(s): [[PERSON|ISOLDE]]   Surname: [[PERSON|VANTERPOOL]]
Address: [[ADDRESS|88 QUARRY HILL DR APT 4 MERIDEN, CT 06451]]
""",
)

# ------------------------------------------------ labels of forms, cards and reports
doc(
    "a13_mortgage_numbered_applicants",
    "form",
    """\
Joint mortgage application - ref JM-44120

Applicant 1: [[PERSON|Wendeline Okonkwo-Baird]] | DOB [[DATE_OF_BIRTH|03/11/1988]]
Applicant 2: [[PERSON|Piet Oosterhuis]] | DOB [[DATE_OF_BIRTH|19/07/1986]]
Borrower 3: none
""",
)
doc(
    "a13_lab_report_caps_and_npi",
    "report",
    """\
NORTHGATE REFERENCE LAB
PATIENT [[PERSON|QUIGLEY, ROSALEEN]]      MRN [[MEDICAL_RECORD_NUMBER|55012877]]
PATIENT EDUCATION HANDOUT ENCLOSED
Ordering: [[PERSON|Hallvard Nakamura]] NPI 1588667638
Follow-up: PCP [[PERSON|Ondine Farraday]] in 2 weeks.
""",
)
doc(
    "a13_insurance_card_ocr",
    "ocr",
    """\
[front] conf=0.91
HARBORLINE HEALTH PLAN
MEMBER [[PERSON|SEVERINE ACHTERBERG]]
MEMBER SERVICES [[PHONE|1-800-555-0142]]
""",
)
doc(
    "a13_kyc_birth_name",
    "form",
    """\
Civilité : Madame
Nom de naissance : [[PERSON|QUÉMÉNEUR]]
Prénom(s) : [[PERSON|Gwenola]]
""",
)
doc(
    "a13_minutes_officers_and_apologies",
    "minutes",
    """\
1. The Chair noted apologies from [[PERSON|Radomir Vasquez-Lund]].
2. The account ending 4471 held by [[PERSON|Ilse Brandvold]], a director, was discussed.
3. The next meeting will follow the Ada Lovelace memorial lecture. Company secretary: [[PERSON|Van Heerden]].
Sponsor: Chief Operating Officer.
""",
)

# ------------------------------------------------ whom a case is about, a signature's role, a saint's institution
doc(
    "a13_hr_case_subjects",
    "email",
    """\
From: [[EMAIL|line.manager@example.org]]
To: [[EMAIL|people-team@example.org]]
Subject: RE: New starter - [[PERSON|Wojciech Brzęczek]]

Hi all,

[[PERSON|Wojciech]] starts on Monday; desk 4B. The onboarding pack is attached.

[[PERSON|Ines]]
""",
)
doc(
    "a13_occupational_health_signature",
    "note",
    """\
Outcome: fit for modified duties, review in four weeks.
[[PERSON|Marisol Achebe-Strand]], OH physician
""",
)
doc(
    "a13_eob_saint_institution",
    "email",
    """\
Your claim was processed. Provider: St. Brendan Community Clinic. Amount you may owe: $40.00.
TRAVEL NURSE ONBOARDING — Human Resources
""",
)

doc(
    "a13_hr_note_met_with_and_sick_note_title",
    "note",
    """\
Met with [[PERSON|Thoại Minh]] following the grievance raised on 2 May; no medical issues disclosed.
Met with Legal following the review.

Recife, 3 de junho de 2025.
Dr(a). [[PERSON|Anselmo Vasconcelos-Pitta]] — CRM-PE 44120
""",
)

doc(
    "a13_minutes_roles_in_brackets",
    "minutes",
    """\
Residents' association, 4 June
Present: [[PERSON|Wanjiru Otieno-Lamb]] (Chair), [[PERSON|Ezekiel Marangoni]] (Treasurer), [[PERSON|Saoirse Tallon]] (Secretary)
""",
)
doc(
    "a13_claim_form_order_hint_and_gms",
    "form",
    """\
2. PATIENT'S NAME (Last, First, MI)  [[PERSON|FAIRWEATHER, ODALYS]]
3. PATIENT'S BIRTH DATE  [[DATE_OF_BIRTH|03/14/1971]]

Surname  [[PERSON|Okorafor]]
First names  [[PERSON|Ifeyinwa]]
""",
)
doc(
    "a13_credit_application_columns",
    "form",
    """\
EMPLOYMENT
  Employer: Harrow Biscuits   Position: RN   Gross monthly: $5100
Bill to: Accounts Payable, Harrow Biscuits
""",
)

doc(
    "a13_html_payslip_label_rows",
    "html",
    """\
<table class="slip">
<tr><th colspan="4">Harrow Biscuits Ltd - Payslip March 2025</th></tr>
<tr><td>Name</td><td>[[PERSON|Oluwadamilare Fenwick-Ade]]</td><td>Emp. No.</td><td>HB-20417</td></tr>
<tr><td>Net pay</td><td>2,114.60</td><td></td><td></td></tr>
</table>
<table><tr><th>Spec</th><th>Value</th></tr>
<tr><td>Name</td><td>Ergonomic Task Chair</td></tr>
</table>
""",
)

doc(
    "a13_pharmacy_label",
    "label",
    """\
WESTBROOK COMMUNITY PHARMACY
Rx# 4410982    Filled: 02/03/2025
[[PERSON|TEMPERANCE OYEWOLE]]
[[MEDICATION|LISINOPRIL]] 10MG TABLETS
TAKE ONE TABLET BY MOUTH DAILY
""",
)

SET.write()
