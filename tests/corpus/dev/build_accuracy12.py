#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
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

# --------------------------------------------- health plans outside the US, record numbers of other languages

doc(
    "a12_csv_payroll_ke_health",
    "csv",
    """\
StaffNo,Surname,Given,PhilHealth_No,13thMonth,Email
KX-0041,[[PERSON|Abellera]],[[PERSON|Rosalind]],[[HEALTH_PLAN_ID|12-345098761-2]],"12,000.00",[[EMAIL|r.abellera@example.org]]
KX-0042,[[PERSON|Magbanua]],[[PERSON|Teodoro]],[[HEALTH_PLAN_ID|07-110293847-5]],"9,500.00",[[EMAIL|tmagbanua@example.org]]
""",
)
doc(
    "a12_tsv_dependants_census",
    "csv",
    """\
member_no\trelation\tsurname\tfirst\tdob\tplan
[[HEALTH_PLAN_ID|Q550192837]]\tEE\t[[PERSON|Ferreira]]\t[[PERSON|Anselmo]]\t[[DATE_OF_BIRTH|03/14/1979]]\tPPO
[[HEALTH_PLAN_ID|Q550192838]]\tCH\t[[PERSON|Ferreira]]\t[[PERSON|Lucinda]]\t[[DATE_OF_BIRTH|07/02/2011]]\tPPO
""",
)
doc(
    "a12_form_cashless_claim",
    "form",
    """\
CASHLESS HOSPITALISATION REQUEST
Insurer: Meridian Mediclaim   Policy No.: GRP-881204 (corporate)
Name of patient: [[PERSON|Devika Raghunathan]]
Member / Card No.: [[HEALTH_PLAN_ID|MM-55018273]]
Date of birth: [[DATE_OF_BIRTH|02/09/1988]]
""",
)
doc(
    "a12_dental_ca_certificate",
    "form",
    """\
Dental clinic - new patient form
Insurer: Great Lakes Life   Certificate/member #: [[HEALTH_PLAN_ID|731905526]]
Patient: [[PERSON|Rowena Castellanos]]
""",
)
doc(
    "a12_telehealth_uhid_expediente",
    "clinical_note",
    """\
Pt: [[PERSON|Iqbal Sheriff]]  DOB [[DATE_OF_BIRTH|02-Apr-1975]]  UHID [[MEDICAL_RECORD_NUMBER|KH.550381927]]
Paciente: [[PERSON|Remedios Alcázar]]   Expediente: [[MEDICAL_RECORD_NUMBER|EXP-771204]]
""",
)
doc(
    "a12_hr_case_file_expediente",
    "free_text",
    """\
Expediente: EXP-2025-00431. Resolución del comité de ética sobre la política de viajes.
""",
)

# ------------------------------ passports: the US shape with no US in sight, YAML blocks, labels of more languages

doc(
    "a12_chat_passport_lagos",
    "chat",
    """\
[08:10] Agent: please send your passport number and date of birth
[08:12] [[PERSON|Obiageli]]: passport [[PASSPORT|B41920377]] born [[DATE_OF_BIRTH|9 Oct 1984]]
""",
)
doc(
    "a12_form_passport_us_address",
    "form",
    """\
Applicant: [[PERSON|Corwin Ashby]]
Home: [[ADDRESS|41 Larch Ave, Boise, ID 83702]]
Passport book number: [[US_PASSPORT|577203918]]
""",
)
doc(
    "a12_yaml_passport_block",
    "yaml",
    """\
worker:
  name: [[PERSON|Ilse Marwitz]]
  passport:
    country: CL
    number: [[PASSPORT|PQ7730142]]
    expiry: 2031-04-30
""",
)
doc(
    "a12_form_pasport_malay",
    "form",
    """\
Nama           : [[PERSON|Siti Rahmah binti Osman]]
No. Pasport    : [[PASSPORT|K90312845]]
""",
)
doc(
    "a12_contract_nacido_a",
    "free_text",
    """\
De otra parte, [[PERSON|Maximiliano Urquiza]], mayor de edad, nacido(a) el [[DATE_OF_BIRTH|2 de septiembre de 1979]], con domicilio en la ciudad.
""",
)
doc(
    "a12_vcard_bday",
    "vcard",
    """\
BEGIN:VCARD
VERSION:3.0
FN:[[PERSON|Oona Telfer]]
BDAY:[[DATE_OF_BIRTH|1958-11-02]]
END:VCARD
""",
)
doc(
    "a12_bank_sort_code_slash",
    "form",
    """\
Candidate: [[PERSON|Rhys Penhaligon]]
Bank for salary:\t[[UK_BANK_ACCOUNT|20-45-77 / 41833920]]
""",
)

# ---------------------------- clinical text: relatives and negation of other languages, counts, products, figures

doc(
    "a12_nota_clinica_familia",
    "clinical_note",
    """\
Paciente: [[PERSON|Leocadia Ibarguren]]   Fecha de nacimiento: [[DATE_OF_BIRTH|11/03/1969]]
Antecedentes: niega alergias. Padre con hipertensión. Abuela con diabetes.
Impresión diagnóstica: [[DIAGNOSIS|asma]]. Plan: [[MEDICATION|salbutamol]] 100 mcg a demanda.
""",
)
doc(
    "a12_email_nao_e",
    "email",
    """\
Oi Marta, segue o atestado. Fui diagnosticado com [[DIAGNOSIS|sinusite]] e estou tomando [[MEDICATION|amoxicilina]] 500 mg.
Obs.: não é dengue, o exame deu negativo.
[[PERSON|Caetano Brandão]]
""",
)
doc(
    "a12_note_avoid_drug",
    "clinical_note",
    """\
Pt: [[PERSON|Ferdinand Oyelaran]]  DOB [[DATE_OF_BIRTH|07/07/1977]]
Imp: [[DIAGNOSIS|gastritis]]. Rx: [[MEDICATION|omeprazole]] 20 mg OD; avoid naproxen and alcohol.
""",
)
doc(
    "a12_newsletter_counts",
    "free_text",
    """\
Thanks to donors, our outreach nurses vaccinated 4,200 children against measles and treated over 900 adults for malaria in 2024.
""",
)
doc(
    "a12_pos_log_otc",
    "log",
    """\
2025-06-01T09:12:44Z INFO lane=2 sale sku=501234567890 qty=1 desc="cetirizine 10mg 14ct" total=4.99
2025-06-01T09:13:02Z INFO lane=2 sale sku=501234567891 qty=2 desc="ibuprofen 200mg 24ct" total=7.98
""",
)
doc(
    "a12_discharge_figure_luck",
    "clinical_note",
    """\
Patient: [[PERSON|Wendell Achterberg]]   DOB: [[DATE_OF_BIRTH|02/02/1950]]
Diagnosis: [[DIAGNOSIS|pneumonia]]. It was a 'stroke' of luck that a neighbour called the ambulance.
""",
)
doc(
    "a12_court_place_oma",
    "free_text",
    """\
IN THE DISTRICT COURT OF COMANCHE COUNTY, OKLAHOMA. Hearing moved to the Tacoma annex.
""",
)

# ------------------------------------------------------------- an airline's passenger document record (APIS)

doc(
    "a12_boarding_apis",
    "free_text",
    """\
BOARDING PASS  LH 0453  FRA-SFO  SEAT 34C
APIS: DOCS/P/DEU/[[PASSPORT|C4RT91XZ2]]/DEU/[[DATE_OF_BIRTH|04FEB91]]/M
SSR DOCS UA HK1/P/USA/[[US_PASSPORT|584120937]]/USA/[[DATE_OF_BIRTH|22AUG66]]/F/03MAY31
""",
)

# ------------------------------------- notifiable diseases; a colleague's illness, a lab test's name, a vaccine

doc(
    "a12_telehealth_fever",
    "clinical_note",
    """\
Pt: [[PERSON|Marisol Tupaz]]  DOB [[DATE_OF_BIRTH|12-Jan-1990]]  MRN [[MEDICAL_RECORD_NUMBER|55012873]]
CC: fever x 5 days. Roommate had chikungunya in June.
Labs: Dengue NS1 Ag reactive; Typhoid IgM negative.
Imp: [[DIAGNOSIS|dengue fever]]. Plan: [[MEDICATION|paracetamol]] 500 mg PRN, oral fluids.
""",
)
doc(
    "a12_travel_clinic_vaccines",
    "form",
    """\
Patient: [[PERSON|Hallvard Brekke]]   DOB: [[DATE_OF_BIRTH|30/04/1982]]
Vaccines given: Yellow fever (lot YF2291); Rabies dose 1 of 3
History: [[DIAGNOSIS|bipolar II disorder]], stable on [[MEDICATION|lamotrigine]].
""",
)

SET.write()
