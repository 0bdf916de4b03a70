#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy10.jsonl``: a development set for clinical text, health and other identifiers and clean
documents.

Written by hand for issue 13 (helper "accuracy10"), each document before the rule it exercises was written; the
names, numbers, payers and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``; decisions in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy10.jsonl")
doc = SET.doc

# ------------------------------------------- clean documents: a label named without its value is no record

doc(
    "a10_clean_leaflet_labels",
    "html",
    """\
<html><body><h1>Living well with gout</h1>
<p>Gout is a form of arthritis. Colchicine and allopurinol are the usual medicines.</p>
<p>Bring your date of birth, MRN and insurance card to every appointment.</p></body></html>
""",
)
doc(
    "a10_clean_redacted_cases",
    "free_text",
    """\
Pharmacy review (de-identified): Case A: [NAME], [DOB], [MRN]. Dx asthma; switched from montelukast to budesonide.
Case B: [NAME], [DOB], [MRN]. Dx atrial fibrillation; started apixaban.
""",
)
doc(
    "a10_chat_dob_label_with_person",
    "chat",
    """\
[09:02] [[PERSON|Marisol]]: is [[MEDICATION|metformin]] covered now?
[09:03] [[PERSON|Tobiah]]: Hi [[PERSON|Marisol]], please confirm your date of birth first.
[09:04] [[PERSON|Marisol]]: sure, one sec, looking for my card
[09:05] [[PERSON|Tobiah]]: thanks, no rush
""",
)

# ------------------------------------------- HEALTH_PLAN_ID: the document, not only the label's line, says health

doc(
    "a10_plan_profile_far_context",
    "json",
    """\
{
  "traceId": "a81-77f2",
  "account": {
    "memberId": "[[HEALTH_PLAN_ID|QRT4471209]]",
    "tier": "standard",
    "preferences": {"language": "en", "paperless": true, "marketing": false, "sms": false},
    "notes": "prefers mornings; uses the app; called twice last quarter about card delivery and billing dates",
    "problems": ["[[DIAGNOSIS|ulcerative colitis]]"],
    "rx": ["[[MEDICATION|mesalamine]]"]
  }
}
""",
)
doc(
    "a10_plan_ticket_drug_near",
    "ticket",
    """\
Ticket 88120 | Queue: Appeals
Requester: [[PERSON|Odile Ferrant]]
Caller upset that her [[MEDICATION|adalimumab]] shipment was late again.
Member ID [[HEALTH_PLAN_ID|K77-120-554]]; callback requested.
""",
)
doc(
    "a10_plan_assigned_aside",
    "form",
    """\
Expat Health Cover — enrolment
Name: [[PERSON|Ilse Brandvold]]
Member ID (assigned): [[HEALTH_PLAN_ID|XPT55120934]]
Plan: Global 1500, dental included
""",
)
doc(
    "a10_plan_card_bare_id",
    "form",
    """\
NORTHFIELD HEALTH PLAN    PPO
Member: [[PERSON|Corwin Ashby]]
ID# [[HEALTH_PLAN_ID|NFH20931177-02]]
Group 44120   RxBIN 610014   PCP copay $20
""",
)
doc(
    "a10_plan_labels_languages",
    "form",
    """\
Mutuelle santé — fiche adhérent
Nom : [[PERSON|Maëlle Garnier]]
N° adhérent : [[HEALTH_PLAN_ID|MG-44812977]]
Seguro médico — Número de afiliado: [[HEALTH_PLAN_ID|AF0093317245]]
Zorgverzekering (medisch) — polisnummer: [[HEALTH_PLAN_ID|ZV 88120451]]
""",
)
doc(
    "a10_plan_health_insurer_named_life",
    "clinical_note",
    """\
Insurer: Westmoor Life & Health   Membership no.: [[HEALTH_PLAN_ID|55021877]]
Client: [[PERSON|Aoife Brennan]]   DOB: [[DATE_OF_BIRTH|2 March 1988]]
""",
)
doc(
    "a10_plan_kv_column",
    "csv",
    """\
Personalnummer;Name;Krankenkasse;KV-Nr
7781;[[PERSON|Brandt]];DAK;[[HEALTH_PLAN_ID|M412096633]]
7782;[[PERSON|Ostrowski]];IKK;[[HEALTH_PLAN_ID|T550129871]]
""",
)
doc(
    "a10_plan_neg_other_ids",
    "form",
    """\
Riverside Climbing Club — membership renewal
Membership no.: RC-441209   Locker: 12
Car insurance policy no.: AX-99120
Library card ID# 2100449812
""",
)
doc(
    "a10_plan_neg_no_member_line",
    "log",
    """\
2025-04-02T10:00:01Z INFO job=reindex ID# 4412099 done in 12s
2025-04-02T10:00:05Z INFO job=vacuum ID no 4412100 done in 3s
""",
)

# ------------------------------------------- HL7 quoted in a log: an indented segment, a dashed birth date

doc(
    "a10_hl7_in_log",
    "log",
    """\
2025-03-11T07:02:44Z ERROR [mllp-in] ADT^A08 rejected: PID-7 not YYYYMMDD; segment follows
    PID|1||[[MEDICAL_RECORD_NUMBER|5512093]]^^^NHC^MR||[[PERSON|OKONKWO^ADAEZE^C]]||[[DATE_OF_BIRTH|1979-02-14]]|F
2025-03-11T07:02:45Z INFO  [mllp-in] ack AE sent
""",
)

# ------------------------------------------- DATE_OF_BIRTH: labels broken by a PDF conversion, more languages

doc(
    "a10_dob_broken_labels",
    "form",
    """\
Antrag Nr. BX-2291

Geburts-
datum: [[DATE_OF_BIRTH|14.06.1971]]
Data de nasci-
mento: [[DATE_OF_BIRTH|03-11-1990]]
""",
)
doc(
    "a10_dob_languages",
    "free_text",
    """\
Życiorys — data urodzenia: [[DATE_OF_BIRTH|7 października 1983]] r.
Versicherte, geb. am [[DATE_OF_BIRTH|02.02.1966]], meldet sich krank.
Betreft: patiënt geboren [[DATE_OF_BIRTH|12 januari 1958]], zie verslag.
Datum narození: [[DATE_OF_BIRTH|5. března 1979]]
""",
)
doc(
    "a10_dob_neg_broken_words",
    "free_text",
    """\
The quarterly re-
port is attached; the long-
term plan was agreed on 12.03.2024.
""",
)

# ------------------------------------------- DIAGNOSIS / MEDICATION in the other languages of European notes

doc(
    "a10_med_sick_notes_languages",
    "clinical_note",
    """\
Paciente: [[PERSON|Leocadia Ferrándiz]]   F. nac.: [[DATE_OF_BIRTH|03/09/1962]]
Diagnóstico: [[DIAGNOSIS|lumbalgia mecánica]]
Tratamiento: [[MEDICATION|metamizol]] 575 mg c/8h
Diagnosi: [[DIAGNOSIS|tendinite]] della spalla
Terapia: [[MEDICATION|ibuprofene]] 600 mg
Medikation bei Entlassung: [[MEDICATION|Pantoprazol]] 40 mg 1-0-0
""",
)
doc(
    "a10_med_email_portuguese",
    "email",
    """\
Olá [[PERSON|Benedita]],

Fiquei doente: o médico diagnosticou [[DIAGNOSIS|bronquite]] e receitou [[MEDICATION|amoxicilina]]. Volto segunda.

Obrigado,
[[PERSON|Duarte Valadão]]
""",
)
doc(
    "a10_med_negation_languages",
    "discharge_summary",
    """\
Patient: [[PERSON|Hendrik Bosschaert]]   Geboortedatum: [[DATE_OF_BIRTH|11-04-1949]]
Conclusie: [[DIAGNOSIS|longontsteking]]. Geen aanwijzingen voor longembolie.
Befund: kein Hinweis auf Lungenembolie. Pulmonary embolism was considered and ruled out.
Beleid: [[MEDICATION|prednison]] 1 dd 30 mg.
""",
)
doc(
    "a10_med_fhir_coded_text",
    "fhir_json",
    """\
{"resourceType": "Bundle", "entry": [
 {"resource": {"resourceType": "Patient", "id": "p1", "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "[[MEDICAL_RECORD_NUMBER|88120934]]"}], "birthDate": "[[DATE_OF_BIRTH|1977-08-19]]"}},
 {"resource": {"resourceType": "Condition", "code": {"text": "[[DIAGNOSIS|coxarthrose droite]]"}, "subject": {"reference": "Patient/p1"}}},
 {"resource": {"resourceType": "Observation", "code": {"text": "Hémoglobine"}, "subject": {"reference": "Patient/p1"}}},
 {"resource": {"resourceType": "MedicationStatement", "medicationCodeableConcept": {"text": "[[MEDICATION|Dafalgan]]"}, "subject": {"reference": "Patient/p1"}}}
]}
""",
)
doc(
    "a10_med_neg_research_and_figures",
    "email",
    """\
Hi [[PERSON|Tamsin]],
The review of research on sleep apps for insomnia was inconclusive; we will not cite it.
Also, the 'Friday migraine' of release meetings is back. Glicose and glucosio are just glucose.

Thanks,
[[PERSON|Ruaridh]]
""",
)

# ------------------------------------------- DRIVER_LICENSE: licences to practise are not driving licences

doc(
    "a10_dl_professional_licences",
    "form",
    """\
Provider enrolment — [[PERSON|Imogen Thackeray]], RN
State nursing license: OR #RN4412093 (verified 2025-01-04)
Business license no. 77-120934; DEA license: BT4412093
Driver's license: OR [[DRIVER_LICENSE|4412093]]
""",
)
doc(
    "a10_dl_yaml_block",
    "yaml",
    """\
staff:
  legal_name: [[PERSON|Ruairi Maguire]]
  drivers_license:
    state: NY
    number: "[[DRIVER_LICENSE|441 209 331]]"
""",
)
doc(
    "a10_dl_hr_columns",
    "tsv",
    """\
emp\tname\tdl_state\tdl_number\tlicense_no
E1\t[[PERSON|Oona Lindqvist]]\tWA\t[[DRIVER_LICENSE|WDLB12QQ77ZK]]\tWA-RN-55120
E2\t[[PERSON|Tadeo Funes]]\tCA\t[[DRIVER_LICENSE|B4412093]]\tCA-PT-90412
""",
)

# ------------------------------------------- identifiers: UK accounts written whole, national ids by country

doc(
    "a10_uk_account_written_whole",
    "email",
    """\
Hi [[PERSON|Fenella]],
Please pay the deposit back to my account [[UK_BANK_ACCOUNT|20-44-91 55120934]] when you can.
Thanks, [[PERSON|Murdo Galbraith]]
""",
)
doc(
    "a10_uk_account_neg_dates",
    "log",
    """\
build 12-05-24 20250512 ok; run 03-11-24 88120934 retried
""",
)
doc(
    "a10_national_ids_by_country",
    "log",
    """\
2025-05-02T10:11:12Z kyc country=SG subject="[[PERSON|Wei Ling Tan]]" doc_number=[[SG_NRIC|S8812093J]] status=ok
2025-05-02T10:12:40Z kyc country=CA subject="[[PERSON|Maxime Gagnon]]" doc_number=[[CA_SIN|130 692 544]] status=ok
""",
)
doc(
    "a10_national_id_json",
    "json",
    """\
{"customer": {"passport": {"type": "PASSPORT", "issuingCountry": "ES", "number": "[[PASSPORT|PAA441209]]"}, "nationalId": "[[ES_DNI|12345678Z]]"}}
""",
)
doc(
    "a10_passport_issuer_code",
    "form",
    """\
Kierowca: [[PERSON|Zbigniew Wołoszyn]]
Numer paszportu (PL): [[PASSPORT|EK4412093]]
""",
)
doc(
    "a10_mrn_labels_languages",
    "lab_report",
    """\
Paciente: [[PERSON|Remedios Arrieta]]
Nº historia: [[MEDICAL_RECORD_NUMBER|4412093]]
Pacjent: [[PERSON|Ksawery Nowicki]]   Nr kartoteki: [[MEDICAL_RECORD_NUMBER|55120934]]
""",
)

# ------------------------------------------- answers to a member-id question; placeholder birth dates

doc(
    "a10_chat_member_id_answer",
    "chat",
    """\
[11:02] [[PERSON|Quillon]]: my inhaler refill was denied again
[11:03] [[PERSON|Brisa]]: Sorry about that. Can you confirm your member ID and date of birth?
[11:05] [[PERSON|Quillon]]: [[HEALTH_PLAN_ID|44120934001]] and [[DATE_OF_BIRTH|March 3, 1971]]
[11:06] [[PERSON|Brisa]]: thanks, checking now
""",
)
doc(
    "a10_placeholder_birth_dates",
    "free_text",
    """\
-- staging seed (anonymised): customer TEST, DOB: 1900-01-01; customer DEMO, date of birth 01/01/1900
""",
)

SET.write()
