#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy3.jsonl``: a development set for identifier recall (issue 13, helper "accuracy3").

Written by hand, each document before the rule it exercises was changed: birth dates in other languages and
layouts, record numbers in log keys and FHIR identifiers, passports typed by the country beside them, national
and tax ids after labels at a distance, in CSV columns and "document type / document number" pairs, health-plan
ids in HL7 IN1 and JSON keys, and hard negatives for each rule. Every identifier was generated for this file
(check digits computed, python-stdnum confirmed them); names and places are invented. Markup ``[[TYPE|value]]``
is stripped and each value's span recorded as it is appended, as ``build_accuracy2.py`` does. Standard library
only, deterministic.

Run: ``python3 tests/corpus/dev/build_accuracy3.py`` (writes accuracy3.jsonl beside it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy3.jsonl", id_prefix="dev3_")
doc = SET.doc

# ------------------------------------------------------------------ birth dates

doc(
    "dob_fr_form",
    "free_text",
    """\
Fiche client – ouverture de compte
Nom / Surname: [[PERSON|BRASSEUR]]   Prénom: [[PERSON|Gaëlle]]
Date de naissance / Date of birth: [[DATE_OF_BIRTH|14 mars 1979]]
Lieu: Namur
Pièce: carte d'identité belge
""",
)
doc(
    "dob_es_pt_it",
    "free_text",
    """\
Notas de la llamada: el titular confirma su fecha de nacimiento [[DATE_OF_BIRTH|9 de julio de 1971]] y pide el duplicado.
Nota (PT): cliente nascida em [[DATE_OF_BIRTH|4 de março de 1966]], pediu segunda via do cartão.
Nota (IT): Data di nascita: [[DATE_OF_BIRTH|03/11/1985]] — richiesta di rimborso.
""",
)
doc(
    "dob_de_note",
    "clinical_note",
    """\
Verlegungsbericht
Patient: [[PERSON|Henrike Osterkamp]], geboren am [[DATE_OF_BIRTH|3. Mai 1960]]
Aufnahme am 12.02.2025, Entlassung am 19.02.2025.
""",
)
doc(
    "dob_leaders_combined",
    "lab_report",
    """\
ACCESSION 25-HX-00412                      PAGE 1
Name ............ [[PERSON|QUIRKE, Toller]]
Date of birth ... [[DATE_OF_BIRTH|04/30/1975]]
DOB/Age : [[DATE_OF_BIRTH|1968-02-11]] / 57y      Collected: 2025-03-02 08:10
""",
)
doc(
    "dob_in_clause",
    "email",
    """\
Hi team,
Before we release the records, please confirm the DOB on file ([[DATE_OF_BIRTH|03/09/1959]]) against the request form.
We also need the DOB before the appointment on 06/07/2025, so please ask the caller.
Thanks
""",
)
doc(
    "dob_neg_other_dates",
    "free_text",
    """\
Renewal reminder: the policy was issued on 01/02/2020 and expires on 01/02/2026.
Born digital: our archive went live on 5 mai 2011 (press release).
The date of birth field is optional; the form was filed by 03/03/2024.
""",
)
doc(
    "dob_csv_de",
    "csv",
    """\
Personalnr;Nachname;Vorname;Geburtsdatum;Eintritt
40012;[[PERSON|Hallgrimsson]];[[PERSON|Odile]];[[DATE_OF_BIRTH|21.09.1983]];01.04.2019
40013;[[PERSON|Vranješ]];[[PERSON|Tilen]];[[DATE_OF_BIRTH|02.12.1990]];15.08.2021
""",
)
# ------------------------------------------------------------------ record numbers
doc(
    "mrn_log_keys",
    "log",
    """\
2025-04-01T10:02:11Z audit action=VIEW_CHART patient_mrn=[[MEDICAL_RECORD_NUMBER|QX551207]] ward=4B
2025-04-01T10:03:40Z audit action=PRINT patient_mrn=[[MEDICAL_RECORD_NUMBER|448-20931]] ward=2A
2025-04-01T10:04:02Z audit action=EXPORT build_id=20250401 order_no=77123
""",
)
doc(
    "mrn_fhir_type_text",
    "fhir_json",
    """\
{
  "resourceType": "Patient",
  "identifier": [
    {
      "type": {"text": "Medical Record Number"},
      "system": "urn:oid:1.2.36.146.595.217.0.1",
      "value": "[[MEDICAL_RECORD_NUMBER|HX7730192]]"
    },
    {
      "system": "http://hl7.org/fhir/sid/us-mbi",
      "value": "[[US_MBI|9CF5D46DJ27]]"
    },
    {
      "type": {"text": "Visit Number"},
      "value": "V00912"
    }
  ]
}
""",
)
# ------------------------------------------------------------------ health plans
doc(
    "hl7_in1_policy",
    "hl7",
    "MSH|^~\\&|ADT|NORTHSIDE|LAB|NORTHSIDE|202503011200||ADT^A04|5512|P|2.5.1\rPID|1||[[MEDICAL_RECORD_NUMBER|77120934]]^^^NS^MR||[[PERSON|VARGA^ILONA]]||[[DATE_OF_BIRTH|19510722]]|F\rIN1|1|MCR^Medicare|CMS|Centers for Medicare and Medicaid Services||||||||||||[[PERSON|VARGA^ILONA]]|SEL|[[DATE_OF_BIRTH|19510722]]||||||||||||||||||[[US_MBI|5QP0XF1PP06]]\rIN1|2|PPO7^Silver PPO|H2210|Lakeshore Health Plan|||||GRP-5521|||||||[[PERSON|VARGA^ILONA]]|SEL|[[DATE_OF_BIRTH|19510722]]||||||||||||||||||[[HEALTH_PLAN_ID|LHP88120934]]\r",
)
doc(
    "plan_json_keys",
    "json",
    """\
{
  "claim": {"claimNumber": "CL-2025-0091", "serviceDate": "2025-02-14"},
  "member": {
    "memberId": "[[HEALTH_PLAN_ID|W448120931]]",
    "plan": "Lakeshore PPO Silver",
    "medicareMbi": "[[US_MBI|9CF5D46DJ27]]"
  },
  "coverage": {"resourceType": "Coverage", "subscriberId": "[[HEALTH_PLAN_ID|ZKP55120938]]"}
}
""",
)
doc(
    "plan_neg_loyalty",
    "json",
    """\
{"program": "SkyMiles-style frequent flyer", "memberId": "FF88120931", "tier": "gold"}
{"gym": "Northside Fitness club", "memberId": "GYM44120931", "status": "active"}
""",
)
# ------------------------------------------------------------------ passports
doc(
    "passport_apis_json",
    "json",
    """\
{"passengers": [
  {"paxId": 1, "apis": {"docType": "P", "docNumber": "[[PASSPORT|AB1204381]]", "issuingCountry": "CAN", "nationality": "CAN"}},
  {"paxId": 2, "apis": {"docType": "P", "docNumber": "[[US_PASSPORT|561204381]]", "issuingCountry": "USA", "nationality": "USA"}},
  {"paxId": 3, "apis": {"docType": "I", "docNumber": "IDK5512093", "issuingCountry": "DEU"}}
]}
""",
)
doc(
    "passport_table_country",
    "free_text",
    """\
| # | Traveller | Nationality | Passport | Meal |
|---|-----------|-------------|----------|------|
| 1 | [[PERSON|Wairimu Ndegwa]] | Kenya | [[PASSPORT|AK0912235]] | veg |
| 2 | [[PERSON|Torvald Engstrand]] | Canada | [[PASSPORT|HK551209]] | — |
| 3 | [[PERSON|Lacey Brumfield]] | United States | [[US_PASSPORT|540912235]] | — |
""",
)
doc(
    "passport_form_country_after",
    "free_text",
    """\
Número de pasaporte: [[PASSPORT|X40912235]]   País de expedición: Ecuador
Passport number: [[US_PASSPORT|Z40912235]]   Country of issue: United States
""",
)
# ------------------------------------------------------------------ national ids at a distance
doc(
    "ids_after_phrase",
    "free_text",
    """\
Notiz: Steuer-ID für die Bescheinigung: [[DE_TAX_ID|81 246 357 917]] (bitte schwärzen).
Note: NIR transmis pour la mutuelle : [[FR_NIR|2 85 09 66 775 916 01]].
Nota: CPF informado pelo cliente no cadastro: [[BR_CPF|111.469.452-56]].
Ref: Steuer-ID geprüft, Vorgang 97253334541 abgelehnt.
""",
)
doc(
    "ids_next_line_chat",
    "chat",
    """\
[10:01] Atendimento: Para continuar, informe o CPF do titular.
[10:02] Cliente: é [[BR_CPF|10898361125]]
[10:03] Atendimento: Obrigado. Pedido 82479011732 registrado.
""",
)
doc(
    "ids_pdf_labels",
    "form",
    """\
Section B – Tax and payroll
National Insurance
number: [[UK_NATIONAL_INSURANCE_NUMBER|AB123456C]]
My National Insurance num-
ber is [[UK_NATIONAL_INSURANCE_NUMBER|JT 12 34 56 B]] and I have attached my P45.
Bank sort code / account no.: [[UK_BANK_ACCOUNT|40-11-62 31926819]]
Social Insurance Number (SIN): [[CA_SIN|620 378 398]]
""",
)
doc(
    "ids_document_type",
    "ndjson",
    """\
{"event": "verified", "country": "ES", "document_type": "nie", "document_number": "[[ES_DNI|Y5691501G]]", "sdk_version": "4.2.11.7"}
{"event": "verified", "country": "GB", "document_type": "nhs_number", "document_number": "[[UK_NHS_NUMBER|653 828 9665]]"}
{"event": "verified", "country": "IN", "document_type": "aadhaar", "document_number": "[[IN_AADHAAR|957726714615]]"}
{"event": "verified", "country": "SG", "document_type": "nric", "document_number": "[[SG_NRIC|T6846804Z]]"}
{"event": "declined", "country": "BR", "document_type": "cpf", "document_number": "82479011732"}
{"event": "created", "document_type": "invoice", "document_number": "520378398"}
""",
)
doc(
    "ids_es_form",
    "form",
    """\
Parte de entrada de viajeros
Tipo de documento: D (DNI)    Nº documento: [[ES_DNI|20407523Z]]
Fecha de expedición: 04/05/2021
""",
)
doc(
    "ids_csv_uk",
    "csv",
    """\
Payroll No,Surname,Forename,NI Number,Sort Code,Account Number,Net Pay
5001,[[PERSON|Okonkwo-Reyes]],[[PERSON|Adaeze]],[[UK_NATIONAL_INSURANCE_NUMBER|JT123456B]],40-11-62,[[UK_BANK_ACCOUNT|31926819]],"£2,101.44"
5002,[[PERSON|Threlkeld]],[[PERSON|Ossian]],[[UK_NATIONAL_INSURANCE_NUMBER|AB654321D]],20-00-00,[[UK_BANK_ACCOUNT|55779911]],"£1,870.02"
""",
)
doc(
    "ids_csv_de",
    "csv",
    """\
Personalnr;Name;Steuer-ID;Steuerklasse
7001;[[PERSON|Brückenreuther]];[[DE_TAX_ID|83259069191]];I
7002;[[PERSON|Amsinck]];97253334541;III
""",
)
doc(
    "ids_neg_account_csv",
    "csv",
    """\
order_id,account number,amount,status
A-1001,88120931,19.99,paid
A-1002,44120931,5.00,refunded
""",
)
# ------------------------------------------------------------------ driver licences by state
doc(
    "dl_state_formats",
    "form",
    """\
List B document: driver's license, state of issue Georgia, no. [[DRIVER_LICENSE|051204381]]
Licence state ......... Arizona
Licence number ........ [[DRIVER_LICENSE|D12043819]]   exp 09/30/2030
""",
)
# ------------------------------------------------------------------ an address after a VPN user
doc(
    "ip_vpn_user_port",
    "log",
    """\
Apr  2 08:14:55 edge-2 openvpn[3120]: [[EMAIL|m.okafor@example.net]]/[[IP_ADDRESS|198.51.100.77]]:49152 peer info: IV_VER=2.6.8
Apr  2 08:15:02 edge-2 agent: User-Agent Telemetry/4.1.0.22 uploaded 3 reports
""",
)
# ------------------------------------------------------------------ second batch: health insurance, accounts, shapes
doc(
    "plan_de_medicaid",
    "free_text",
    """\
Aufnahmebogen – Krankenkasse: Techniker Krankenkasse
Versichertennummer: [[HEALTH_PLAN_ID|K550912234]]
Intake note: Medicaid ID: [[HEALTH_PLAN_ID|NY88120934]] verified for the patient at the front desk.
""",
)
doc(
    "uk_account_lines",
    "form",
    """\
Payee bank details
Sort code: 30-99-50
Account number: [[UK_BANK_ACCOUNT|41177093]]
Reference: INV-2025-0412   Account number for invoices: 99001122
""",
)
doc(
    "ids_by_shape",
    "free_text",
    """\
Called back re: benefit claim; customer read out NI number as [[UK_NATIONAL_INSURANCE_NUMBER|JT 12 34 56 B]] twice.
Cliente enviou o documento [[BR_CPF|111.469.452-56]] por e-mail; o antigo 111.469.452-57 estava errado.
Assurée [[FR_NIR|2 85 09 66 775 916 01]] – dossier complet. Ancienne référence 2 85 09 66 775 916 02 rejetée.
""",
)
# ------------------------------------------------------------------ X12 segments
doc(
    "x12_837",
    "free_text",
    """\
ISA*00*          *00*          *ZZ*CLINICSUB      *ZZ*PAYERRCV       *250301*1200*^*00501*000000905*0*P*:~
ST*837*0001*005010X222A1~
NM1*85*2*NORTHSIDE FAMILY CLINIC*****XX*1234567893~
NM1*IL*1*[[PERSON|TAMURA*KENJI*R]]***MI*[[HEALTH_PLAN_ID|XQP77120934]]~
DMG*D8*[[DATE_OF_BIRTH|19640918]]*M~
REF*SY*[[US_SSN|219-09-9999]]~
NM1*QC*1*[[PERSON|TAMURA*AOI]]****MI*[[HEALTH_PLAN_ID|XQP77120935]]~
DMG*D8*[[DATE_OF_BIRTH|20120611]]*F~
NM1*PR*2*LAKESHORE HEALTH PLAN*****PI*87726~
CLM*ACCT55012*210***11:B:1*Y*A*Y*Y~
DTP*472*D8*20250214~
SE*11*0001~
""",
)
doc(
    "dl_label_above_address",
    "form",
    """\
Licence state: NC   Licence number: to follow
Address: [[ADDRESS|4471 Harrow Glen Dr, Cary, NC 27519]]
""",
)


if __name__ == "__main__":
    SET.write()
