#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy8.jsonl``: a development set for identifiers, clinical text and contact values.

Written by hand for issue 13 (helper "accuracy8"), each document before the rule it exercises was written; the
names, numbers, payers and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``; decisions in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy8.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ PHONE: labels of more languages and systems

doc(
    "a8_phone_labels_languages",
    "form",
    """\
Ficha de cliente
Nome ............. [[PERSON|Rui Valadares]]
Telemóvel ........ [[PHONE|21 384 5521]]
Teléfono de contacto: [[PHONE|644 12 87 30]]
Telefon: [[PHONE|089/4417236]]
HP: [[PHONE|8123 4470]]
""",
)
doc(
    "a8_phone_msisdn_log",
    "log",
    """\
2025-06-02T08:14:55Z sim op=ACTIVATE msisdn=[[PHONE|+44 7700 900417]] iccid=8944110000000000123 result=ok
2025-06-02T08:15:03Z cdr {"a_msisdn": "[[PHONE|0612 448 930]]", "b_msisdn": "[[PHONE|030 5528 1190]]", "secs": 61}
""",
)
doc(
    "a8_phone_after_preposition",
    "free_text",
    """\
Nota: el cliente prefiere que le llamen al [[PHONE|93 412 77 05]] por la tarde.
Note: asked for a call-back on [[PHONE|0161 496 0734]] after lunch.
""",
)
doc(
    "a8_phone_label_no_phone",
    "free_text",
    """\
Phone sales rose 4% this quarter; the phone model 2019 ships in May.
Call at 10:30 on 2025-05-01 for the review. HP LaserJet 4250 on floor 2.
""",
)


# ------------------------------------------------------------------ DATE_OF_BIRTH: SQL dumps, birth places, keys, answers
doc(
    "a8_sql_dump_create_table",
    "free_text",
    """\
-- dump of crm.members
CREATE TABLE members (member_no int NOT NULL, full_name varchar(100), birth_date date, city varchar(40), PRIMARY KEY (member_no));
INSERT INTO members VALUES (101,'[[PERSON|Ilse Vandersteen]]','[[DATE_OF_BIRTH|1974-02-28]]','Gent'),(102,'[[PERSON|Tomasz Wierzba]]','[[DATE_OF_BIRTH|1988-10-09]]','Łódź');
""",
)
doc(
    "a8_sql_insert_column_list",
    "free_text",
    """\
INSERT INTO patients (mrn, first_name, last_name, dob) VALUES ('[[MEDICAL_RECORD_NUMBER|8830216]]', '[[PERSON|Odile]]', '[[PERSON|Brancusi]]', '[[DATE_OF_BIRTH|1961-03-14]]');
""",
)
doc(
    "a8_sql_products_no_people",
    "free_text",
    """\
CREATE TABLE `products` (`id` int, `name` varchar(80), `price` decimal(8,2), `released` date);
INSERT INTO `products` VALUES (1,'Anna Lamp',12.50,'2021-04-01'),(2,'Oslo Chair',80.00,'2022-09-15');
""",
)
doc(
    "a8_dob_birth_place",
    "free_text",
    """\
La signora [[PERSON|Giuliana Ferretti]], nata a Bari (BA) il [[DATE_OF_BIRTH|4 marzo 1958]], chiede il rinnovo.
M. [[PERSON|Hervé Castagnier]], né à Rennes le [[DATE_OF_BIRTH|12/09/1949]], est domicilié à Lyon.
Born in Cork on [[DATE_OF_BIRTH|2 June 1993]], [[PERSON|Saoirse Kenefick]] joined in 2019.
She was born in Lyon and moved on 3 May 2001 to Paris.
""",
)
doc(
    "a8_dob_snake_keys",
    "json",
    """\
{"nom": "[[PERSON|Baudry]]", "date_naissance": "[[DATE_OF_BIRTH|21/11/1966]]", "fecha_nacimiento": "[[DATE_OF_BIRTH|1979-05-30]]", "data_nascita": "[[DATE_OF_BIRTH|03/03/1990]]"}
""",
)
doc(
    "a8_dob_chat_answers",
    "chat",
    """\
09:12 [[PERSON|Mirela]] (Agent): To verify, can you confirm your date of birth and postcode?
09:13 [[PERSON|Tobiah]]: [[DATE_OF_BIRTH|14-02-1979]] and SW1A 2AA
[10:02] Clínica: Envíe nombre completo y fecha de nacimiento.
[10:05] [[PERSON|Joana]]: [[PERSON|Joana Mbeki Prates]], [[DATE_OF_BIRTH|22/08/1985]]
""",
)


# ------------------------------------------------------------------ IBAN over two lines, national ids by issuing country
doc(
    "a8_iban_two_lines",
    "free_text",
    """\
Northfield Savings — statement 3 of 12
[[PERSON|ODHRAN MCCLEERY]]
IBAN: [[IBAN|GB82 WEST 1234
5698 7654 32]]
BIC: WESTGB2L     Period 01/03 – 31/03
""",
)
doc(
    "a8_idv_national_id_country",
    "ndjson",
    """\
{"event": "check.done", "doc": {"type": "id_card", "country": "ES", "number": "[[ES_DNI|12345678Z]]"}, "result": "clear"}
{"event": "check.done", "doc": {"type": "national_id", "issuer": "SGP", "number": "[[SG_NRIC|S1234567D]]"}, "result": "clear"}
{"event": "check.done", "doc": {"type": "national_id", "issuer": "SGP", "number": "S1234567A"}, "result": "declined"}
{"event": "stock.moved", "item": {"type": "widget", "number": "12345678"}}
""",
)
doc(
    "a8_licence_camel_case",
    "json",
    """\
{"applicant": {"stateId": {"state": "OH", "licenseNumber": "[[DRIVER_LICENSE|RK418822]]"}}}
""",
)
doc(
    "a8_licence_header_only",
    "tsv",
    """\
emp_no\tsurname\tdl_state\tdl_number\tsite
48213\t[[PERSON|Okonjo]]\tNC\t[[DRIVER_LICENSE|300118246607]]\tRaleigh
""",
)


# ------------------------------------------------------------------ DIAGNOSIS: queried, qualifiers, currencies, other languages
doc(
    "a8_dx_queried_and_qualifiers",
    "lab_report",
    """\
PATIENT: [[PERSON|HALVORSEN, Britt]]   MRN: [[MEDICAL_RECORD_NUMBER|55102934]]
CLINICAL DETAILS: tired all the time, ? hypothyroidism
Dx: [[DIAGNOSIS|type 2 diabetes mellitus]], uncontrolled; [[DIAGNOSIS|bipolar disorder]], in remission
No history of gestational diabetes. Denies juvenile asthma.
""",
)
doc(
    "a8_dx_currency_codes",
    "ndjson",
    """\
{"case": "AML-2231", "customer": "[[PERSON|Lorenz Aebischer]]", "amount": {"value": 9120.00, "ccy": "CHF"}, "note": "wire CAD 4,500 from CA"}
""",
)
doc(
    "a8_dx_other_languages",
    "clinical_note",
    """\
Paciente: [[PERSON|Maite Olabarria]]   NHC: [[MEDICAL_RECORD_NUMBER|7730215]]
Antecedentes: [[DIAGNOSIS|trastorno bipolar]]. Niega epilepsia.
Patiente : [[PERSON|Solène Garnier]]   IPP : [[MEDICAL_RECORD_NUMBER|40021877]]
Antécédents : [[DIAGNOSIS|infarctus du myocarde]]. Pas d'antécédent d'embolie pulmonaire.
""",
)


# ------------------------------------------------------------------ HEALTH_PLAN_ID, CDA, record numbers in prose and dumps
doc(
    "a8_plan_claim_form",
    "form",
    """\
HEALTH INSURANCE CLAIM FORM
1. MEDICARE [ ]  MEDICAID [ ]  GROUP HEALTH PLAN [X]
1a. INSURED'S I.D. NUMBER: [[HEALTH_PLAN_ID|QHN40271836]]
2. PATIENT'S NAME: [[PERSON|LINDQVIST, ASTRID]]
""",
)
doc(
    "a8_plan_member_json_npi",
    "json",
    """\
{"authId": "PA-55120", "member": {"memberId": "[[HEALTH_PLAN_ID|KX7750221904]]", "planType": "HDHP"}, "prescriber": {"npi": "1720384455"}}
""",
)
doc(
    "a8_cda_patient",
    "html",
    """\
<recordTarget><patientRole>
  <id root="2.16.840.1.113883.19.5" extension="[[MEDICAL_RECORD_NUMBER|KH4410982]]"/>
  <patient><name><given>[[PERSON|Wiremu]]</given><family>[[PERSON|Tane]]</family></name><birthTime value="[[DATE_OF_BIRTH|19670213]]"/></patient>
</patientRole></recordTarget>
<section><code code="11450-4" displayName="Problem List"/><text><list><item>[[DIAGNOSIS|gout]]</item></list></text></section>
""",
)
doc(
    "a8_mrn_in_prose_and_dicom",
    "log",
    """\
[14:02] Rangi: the MRN for the echo booking is [[MEDICAL_RECORD_NUMBER|QE2290314]]
(0010,0020) LO [[[MEDICAL_RECORD_NUMBER|QE2290314]]]   # PatientID
(0010,0010) PN [[[PERSON|Tane^Wiremu]]]
""",
)
doc(
    "a8_dx_aside_and_trials",
    "discharge_summary",
    """\
Patient: [[PERSON|Yusuf Demirci]]   MRN: [[MEDICAL_RECORD_NUMBER|60218834]]
Diagnosis: [[DIAGNOSIS|community-acquired pneumonia]]
RULED OUT: pulmonary embolism (CTPA negative), acute coronary syndrome
Invited to a randomised trial of dapagliflozin; not enrolled.
""",
)


# ------------------------------------------------------------------ PERSON: HL7 doctors in mixed case (the contract: a specific person)
doc(
    "a8_hl7_pv1_mixed_case",
    "hl7",
    "MSH|^~\\&|ADT|NORTH|EHR|NORTH|202502031015||ADT^A01|90211|P|2.5.1\r"
    "PID|1||[[MEDICAL_RECORD_NUMBER|7720154]]^^^NORTH^MR||[[PERSON|Haugen^Sigrid]]||[[DATE_OF_BIRTH|19591104]]|F\r"
    "PV1|1|I|3E^310^2||||40917^[[PERSON|Achebe^Ngozi]]^^^Dr|55102^[[PERSON|van Dijk^Maarten]]||MED\r",
)


# ------------------------------------------------------------------ more plan, birth-date and phone labels
doc(
    "a8_plan_labels_payers",
    "form",
    """\
Pharmacy benefit card — Patient: [[PERSON|Delphine Okoro]]
Cardholder ID: [[HEALTH_PLAN_ID|ZQP4410928]]   RxBIN 610014
Beneficiary ID: [[HEALTH_PLAN_ID|88201773MA]] (Medicaid)
Library card: cardholder id 12345678
""",
)
doc(
    "a8_br_form_labels",
    "form",
    """\
Nome: [[PERSON|Tatiane Ribeiro Lobo]]
Fecha de Nac.: [[DATE_OF_BIRTH|02/05/1991]]
Cel.: [[PHONE|(31) 98812-4410]]
Fone: [[PHONE|(31) 3344-5120]]
""",
)


doc(
    "a8_phone_keys_qualified",
    "json",
    """\
{"patient": {"name": "[[PERSON|Aoibheann Fitzgerald]]", "phone_home": "[[PHONE|01 872 4410]]", "contactNumber": "[[PHONE|087 412 9930]]", "ref": "0161 496 0734"}}
""",
)


doc(
    "a8_plan_member_object_pharmacy",
    "json",
    """\
{"authId": "RX-22019", "member": {"id": "[[HEALTH_PLAN_ID|QMN55018342]]", "first": "[[PERSON|Ilka]]"}, "medication": {"name": "[[MEDICATION|adalimumab]]", "ndc": "00074-4339-02"}}
""",
)


if __name__ == "__main__":
    SET.write()
