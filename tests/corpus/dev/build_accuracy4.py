#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy4.jsonl``: a development set for PERSON and ADDRESS recall and DIAGNOSIS precision.

Written by hand for issue 13 (helper "accuracy4"), each document before the rule it exercises was written;
the names, streets and conditions are made up here, none is taken from a tune document. Markup, labels and
level rules as ``devset.py``; decisions in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy4.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ PERSON: a label that is the first field of its line

doc(
    "a4_form_fields",
    "free_text",
    """\
CLAIM FORM
1.  INSURED'S ID: 778-ACX
2.  PATIENT'S NAME (Last, First, MI): [[PERSON|KOVALENKO-RUIZ, TEODORA M]]
3.  PATIENT'S BIRTH DATE: [[DATE_OF_BIRTH|03/14/1971]]
Primary renter ........ [[PERSON|MWANGI, Baraka]]
Additional driver ..... [[PERSON|Ilse Tammekivi]]
Parent/Guardian 1: [[PERSON|Oisín Bréadúnaigh]]
""",
)
doc(
    "a4_id_form_languages",
    "free_text",
    """\
Apellidos: [[PERSON|ETXEBERRIA ZUBIRI]]
Nombre: [[PERSON|Garazi]]
Fecha de nacimiento: [[DATE_OF_BIRTH|11/02/1988]]
---
Familienname / Surname: [[PERSON|KOWALCZUK]]
Vorname(n) / Given name(s): [[PERSON|Radosław]]
Geburtsdatum: [[DATE_OF_BIRTH|02.09.1979]]
""",
)
doc(
    "a4_lab_header",
    "lab_report",
    """\
----------------------------------------
Patient : [[PERSON|OYELARAN, Funmilayo]]
DOB/Sex : [[DATE_OF_BIRTH|07/30/1966]] / F
Cliente: [[PERSON|Iracema Bastos]] — conta corrente
""",
)
doc("a4_field_not_people_1", "log", "gpu0 ok\nDriver: NVIDIA 470\nOwner: root\n")
doc("a4_field_not_people_2", "log", "GET /health 200 12ms\nClient: Firefox\nRegion: eu-west-1\n")
doc("a4_field_not_people_3", "free_text", "Plan summary\nProvider: Northwind Health\nTier: Gold\n")
doc("a4_field_not_people_4", "free_text", "Invoice 2231\nCustomer: ACME\nTotal: 12.00 EUR\n")
# ------------------------------------------------------------------ PERSON: keys of logs and payloads
doc(
    "a4_rx_log",
    "log",
    """\
09:12:44 | FILL | Rx#4410923 | pt=[[PERSON|TAVITA SEUMANU]] | dob=[[DATE_OF_BIRTH|1958-12-01]] | prescriber=[[PERSON|K. Ostrowska]] DEA AK1234563
{"card":"masked","holder":"[[PERSON|IGNACY WOJNAR]]"}
{"paxId": 1, "nameInPnr": "[[PERSON|ABERNETHY/CALLUM]] MR", "seat": "14C"}
""",
)
# ------------------------------------------------------------------ PERSON: sign-offs and cues
doc(
    "a4_signoffs",
    "email",
    """\
Hallo zusammen, die Unterlagen sind angekommen.

Viele Grüße
[[PERSON|Henrike Vosskamp]]
Buchhaltung

Thanks all,

[[PERSON|Tadhg]]
--
[[PERSON|Tadhg Ó Faoláin]] | Associate | Quill & Ferro LLP
""",
)
doc(
    "a4_cues",
    "free_text",
    """\
WITNESS STATEMENT OF [[PERSON|PERPETUA ANYANWU]]
Client: M./Mme [[PERSON|GWENAËLLE KERDONCUFF]], née le 3 mars 1980
* 02/03/2026 – llamada de [[PERSON|Itziar Goikoetxea]]. Confirma la cita.
<p>Congratulations to [[PERSON|Wiremu Tānara]] and [[PERSON|Saoirse Ní Bhraonáin]] for the science prize.</p>
""",
)
doc(
    "a4_dashes_not_signature",
    "free_text",
    """\
Release notes
--
Quarterly Update
--------------
Platform Team
""",
)
doc(
    "a4_bylines_and_fields",
    "email",
    """\
Customer says the parcel never arrived.

--- Internal note ([[PERSON|Tiihu]]) ---
Verified caller. Refund issued.

--- agent reply ([[PERSON|Wairimu Kamau-Otieno]]) ---
Refund confirmed.
Solicitors for the Defendant: [[PERSON|Rhiannon Prys]], Tawe Law Centre
  Last name [[PERSON|ADEYEMI-CRUZ]]   First name [[PERSON|Folasade]]
Atendimento: Obrigado, [[PERSON|Iolanda]]. Confirme o endereço.
""",
)
doc(
    "a4_not_people_more",
    "free_text",
    """\
From: Facilities Team (internal mailer)
Subject: Parking changes
PARTE DE ENTRADA — Hotel Sierra Dorada (Reg. 4471)
Note (Important) — the garage closes at 22:00.
""",
)
doc(
    "a4_csv_name_parts",
    "csv",
    """\
Payroll No,Surname,Forename(s),Pay
1104,[[PERSON|Raukawa]],[[PERSON|Ngaio]],2310.00
1105,[[PERSON|Oyelowo]],[[PERSON|Temitope]],2288.10
1106,TERMINATED,,0.00
""",
)
doc(
    "a4_csv_semicolon_vorname",
    "csv",
    """\
Personalnr;Name;Vorname;Abteilung
5501;[[PERSON|Kaltenbrunner]];[[PERSON|Wiebke]];Einkauf
5502;[[PERSON|Osterhagen]];[[PERSON|Jannik]];Vertrieb
""",
)
doc(
    "a4_ordered_and_consent",
    "lab_report",
    """\
Accession: QX-20391
Ordered : [[PERSON|Vaitkus, Rūta]], MD      Collected: 03/02/2026
> The HIPAA authorization from [[PERSON|Ingrid Solbakken]] came back signed.
>   Client: [[PERSON|HALVORSEN, Signe]]
Cc: Finance, Legal
""",
)
doc(
    "a4_fhir_reference_display",
    "fhir_json",
    """\
{"resourceType": "MedicationRequest", "status": "active",
 "medicationCodeableConcept": {"coding": [{"code": "197361", "display": "[[MEDICATION|Amlodipine]] 5 MG Oral Tablet"}]},
 "subject": {"reference": "Patient/5521", "display": "[[PERSON|Tavita Leota-Fa'amausili]]"},
 "requester": {"reference": "Practitioner/17", "display": "[[PERSON|Oksana Hrytsenko]]"},
 "reasonCode": [{"coding": [{"code": "I10", "display": "[[DIAGNOSIS|Essential hypertension]]"}]}]}
""",
)

# ------------------------------------------------------------------ DIAGNOSIS: named of no one, or set aside
doc(
    "a4_dx_form_examples",
    "free_text",
    """\
CAMP REGISTRATION
Camper: ____________________   Date of birth: ___/___/______
Medical conditions (e.g. Haemophilia, Eczema, Migraine): ______________________
Allergies (such as bee stings, latex): ______________
""",
)
doc(
    "a4_dx_ruled_out",
    "discharge_summary",
    """\
Patient: [[PERSON|Ebere Nwachukwu]]   MRN: [[MEDICAL_RECORD_NUMBER|55120934]]
DISCHARGE DIAGNOSES
  [[DIAGNOSIS|community-acquired pneumonia]]
  Deep vein thrombosis – ruled out (duplex negative)
Course: the team initially con-
sidered meningitis but the LP was clear. Denies any prior diagnosis of tuberculosis.
Allergies: shellfish (urticaria)
""",
)
doc(
    "a4_dx_fhir_refuted",
    "json",
    """\
{"resourceType": "Bundle", "entry": [
 {"resource": {"resourceType": "Patient", "id": "p1", "identifier": [{"system": "urn:mrn", "value": "[[MEDICAL_RECORD_NUMBER|MRN7781203]]"}]}},
 {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "confirmed"}]},
   "code": {"text": "[[DIAGNOSIS|rheumatoid arthritis]]"}, "subject": {"reference": "Patient/p1"}}},
 {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},
   "code": {"text": "sarcoidosis"}, "subject": {"reference": "Patient/p1"}}}
]}
""",
)
doc(
    "a4_dx_events_and_leaflets",
    "free_text",
    """\
STAFF NEWSLETTER
Flu shots on Monday; a webinar on managing hypertension at work is open to all.
PATIENT INFORMATION LEAFLET — Living with psoriasis (ref PIL-2207)
Large trials found no mortality benefit of routine metformin in people without diabetes.
""",
)
doc(
    "a4_dx_relative_contrast",
    "chat",
    """\
[10:02] Nurse: any history of heart problems or clots?
[10:03] [[PERSON|Teuila]]: no none of that. my brother had epilepsy but i dont
[10:03] Nurse: thanks. Your MRN is [[MEDICAL_RECORD_NUMBER|88120457]]
""",
)

# ------------------------------------------------------------------ ADDRESS: layouts of several countries
doc(
    "a4_addr_spain_doors",
    "form",
    """\
Titular: [[PERSON|Leire Aranburu]]
Domicilio:
[[ADDRESS|Kalea Berria, 12, bajo dcha.
20003 Donostia]]
Dirección de envío: [[ADDRESS|Calle del Olmo, 9, ático izq., 46001 Valencia]]
""",
)
doc(
    "a4_addr_indented_block",
    "free_text",
    """\
                                   Cuenta de [[PERSON|Nerea Olabarrieta]]
                                   [[ADDRESS|Calle de Alcalá, 212, 3º A
                                   28028 Madrid]]
""",
)
doc(
    "a4_addr_us_uk_lines",
    "free_text",
    """\
Home address .......... [[ADDRESS|912 Cañón Vista Dr, Apt 4B, Tucson, AZ 85701]]
I, [[PERSON|Bronwen Trefor]], of [[ADDRESS|7 Llys-y-Coed Close
Cardiff
CF14 2JX]], will say as follows:
""",
)
doc(
    "a4_addr_german_preposition",
    "email",
    """\
Hallo, bitte die Rechnung an [[PERSON|Jörg Weißenborn]] schicken, Anschrift [[ADDRESS|Am Krähenberg 14, 37075 Göttingen]].
""",
)
doc(
    "a4_addr_canada_brazil",
    "yaml",
    """\
employee: [[PERSON|Mathis Bouchard]]
mailing: |
  [[ADDRESS|412 rue des Érables, app. 7
  Sherbrooke QC J1H 2B4]]
postal_address: |
  [[ADDRESS|Avenida Sete de Setembro, 455 - sala 12
  Centro, Curitiba - PR, 80060-070]]
""",
)
doc(
    "a4_addr_india",
    "free_text",
    """\
Field visit: met [[PERSON|Ananya Raghunathan]] at [[ADDRESS|Flat 12B, Sai Krupa Residency, MG Road, Mysuru, Karnataka 570001]] to verify documents.
The Goa office and the Kerala team share a PIN-less mailbox.
""",
)


if __name__ == "__main__":
    SET.write()
