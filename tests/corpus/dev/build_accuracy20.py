#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy20.jsonl``: a development set for clinical assertion outside clinical records (issue 13,
tenth pass): injuries as incident reports, claims and letters write them, conditions said of a customer's or a
traveller's household, a form's reason field, conditions in the other languages of a complaint.

Written by hand for issue 13 (helper "accuracy20"), each document before the rule it exercises was written; the
names, numbers, streets, drugs and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy20.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ injuries, as anyone's incident record writes them

doc(
    "a20_injury_warehouse_log",
    "free_text",
    """\
Site safety log — Depot 14 (Ravensholt)
03/02/2026 07:40  Forklift driver [[PERSON|Anselm Kreuzer]] caught his hand between pallets and sustained a [[DIAGNOSIS|crushed right index finger]]. Seen by first aider [[PERSON|Tova Lindqvist]].
03/02/2026 11:15  Spill at bay 6, cordoned off. No injuries.
04/02/2026 09:05  [[PERSON|Grainne Moloney]] tripped on shrink-wrap; [[DIAGNOSIS|sprained right ankle]], sent home. Call back on [[PHONE|+353 87 412 9930]].
""",
)
doc(
    "a20_injury_claim_letter",
    "free_text",
    """\
Dear [[PERSON|Mr Okonkwo-Hale]],

Re: your claim CL-55120

We have reviewed the hospital notes for the fall on the ferry ramp on 14 May. They record a [[DIAGNOSIS|fractured left collarbone]] and a [[DIAGNOSIS|laceration above the right eyebrow]], closed with four stitches. You were given [[MEDICATION|co-codamol]] on discharge.

Yours sincerely,
Claims team
""",
)
doc(
    "a20_injury_form_field",
    "form",
    """\
ACCIDENT REPORT — CONTRACTOR
Name: [[PERSON|Ruairi Blackwood]]        Employer: Tallis Scaffolding
Date of accident: 21/10/2025   Location: Level 3, east stair core
Injury: [[DIAGNOSIS|second-degree burn to the left forearm]]
Body part: forearm   Treatment: cooled, dressed on site
Reported by: site supervisor
""",
)
doc(
    "a20_injury_reason_for_absence",
    "form",
    """\
Absence notification
Employee: [[PERSON|Saoirse Delahunt]]   Staff no. 40217
First day of absence: 02/03/2026
Reason for absence: [[DIAGNOSIS|torn left hamstring]]
Expected return: 16/03/2026
""",
)
doc(
    "a20_injury_body_first",
    "email",
    """\
From: [[PERSON|Pieter Vandersloot]] <[[EMAIL|p.vandersloot@quaymail.nl]]>
Subject: match on Saturday

Coach, I won't make Saturday. The physio says it is a [[DIAGNOSIS|left knee sprain]] and I should rest it for two weeks.
""",
)
doc(
    "a20_injury_leaflet_no_one",
    "free_text",
    """\
WORKING AT HEIGHT — toolbox talk
Falls from ladders cause most of the injuries reported on our sites: fractured wrists, sprained ankles and head injuries are the commonest.
Always keep three points of contact. Report every near miss to the site office.
""",
)
doc(
    "a20_injury_words_not_injuries",
    "free_text",
    """\
Release notes 4.2 — [[PERSON|Ilka Brandstetter]]
Fixed a broken link in the footer and a burn-rate chart that showed the wrong month.
The strain gauge on the left arm of crane 2 was recalibrated; the fracture toughness test of the weld passed.
""",
)

# ------------------------------------------------------------------ conditions said of someone, outside a clinical record

doc(
    "a20_household_partner_ticket",
    "ticket",
    """\
Case 88120   Queue: Vulnerable customers
Account holder: [[PERSON|Marguerite Oyelaran]]   Tel: [[PHONE|07700 914 337]]
Note: account holder's partner relies on a suction machine ([[DIAGNOSIS|motor neurone disease]]). Add to priority list before planned outage.
""",
)
doc(
    "a20_passenger_reports",
    "form",
    """\
MEDICAL INFORMATION — GROUP TOUR
Traveller: [[PERSON|Hollis Ferreira-Banks]]   Tour: Fjords 9 days
Traveller reports [[DIAGNOSIS|epilepsy]]; carries [[MEDICATION|levetiracetam]] in hand luggage.
Mobility: walks unaided
""",
)
doc(
    "a20_reason_field",
    "form",
    """\
CARE VISIT REQUEST
Resident: [[PERSON|Bernadette Kwiatkowska]]   Room 12
Reason: [[DIAGNOSIS|vascular dementia]]
Visits: weekly, Tuesdays
""",
)
doc(
    "a20_reason_field_no_condition",
    "form",
    """\
ROOM CHANGE REQUEST
Guest: [[PERSON|Laszlo Perenyi]]   Room 411
Reason: noise from the lift shaft
Approved by: duty manager
""",
)
doc(
    "a20_complaint_es",
    "email",
    """\
De: [[PERSON|Renata Villalobos]] <[[EMAIL|renata.villalobos@correo-andino.co]]>
Asunto: Reclamación equipaje

Mi maleta llegó con tres días de retraso. Sufro de [[DIAGNOSIS|diabetes]] y tuve que comprar [[MEDICATION|metformina]] en destino.
""",
)
doc(
    "a20_complaint_it",
    "email",
    """\
Da: [[PERSON|Ottavio Scarpellini]] <[[EMAIL|o.scarpellini@postaweb.it]]>
Oggetto: reclamo volo

Soffro di [[DIAGNOSIS|BPCO]] e durante il ritardo non avevo accesso all'ossigeno. Chiedo un rimborso.
""",
)
doc(
    "a20_complaint_ro",
    "email",
    """\
De la: [[PERSON|Dorin Mărgineanu]] <[[EMAIL|dorin.margineanu@postmail.ro]]>
Subiect: întrerupere curent

Soțul meu are [[DIAGNOSIS|BPOC]] și folosește concentrator de oxigen. Vă rog să nu opriți curentul fără anunț.
""",
)
doc(
    "a20_register_bronchiectasis",
    "free_text",
    """\
Priority register — additions this week
[[PERSON|Cormac Tierney]], [[PHONE|01632 960 441]], nebuliser, condition: [[DIAGNOSIS|bronchiectasis]]
""",
)
doc(
    "a20_guideline_not_anyones",
    "free_text",
    """\
Customer care guideline (v3)
Customers who rely on oxygen concentrators, for example for COPD, are added to the priority register.
Questions: care-team lead.
""",
)

# ------------------------------------------------------------------ plans, screens, devices, joined terms, Turkish text

doc(
    "a20_plan_group_number",
    "email",
    """\
From: [[PERSON|Delphine Arceneaux]] <[[EMAIL|d.arceneaux@bayoulogistics.com]]>
Subject: new starter paperwork

[[PERSON|Marcus Tibbetts]] is set up: Cigna PPO, member ID [[HEALTH_PLAN_ID|U57731904]] (group 880213), effective the 1st.
""",
)
doc(
    "a20_travel_protection_claim",
    "form",
    """\
NORTHWIND TRAVEL PROTECTION — EMERGENCY MEDICAL CLAIM
Policy no.: NTP-20931877
Claimant: [[PERSON|Ysolde Marchetti]]   Date of birth: [[DATE_OF_BIRTH|09/12/1968]]
Condition treated abroad: [[DIAGNOSIS|kidney stones]]
Frequent flyer: Aurora Miles member no.: 550193827
""",
)
doc(
    "a20_drug_screen_panel",
    "lab_report",
    """\
PRE-EMPLOYMENT DRUG SCREEN
Donor: [[PERSON|Kasimir Wendell]]   DOB: [[DATE_OF_BIRTH|1990-07-30]]
Analyte                 Result        Cut-off
Amphetamine             NEG           500 ng/mL
Cocaine metabolite      NEG           150 ng/mL
Oxycodone               NEG           100 ng/mL
Donor declared: [[MEDICATION|sertraline]] 50 mg daily.
""",
)
doc(
    "a20_register_equipment_csv",
    "csv",
    """\
name,phone,condition,equipment
[[PERSON|Oonagh Petrakis]],[[PHONE|07700 900 618]],[[DIAGNOSIS|type 1 diabetes]],insulin fridge
[[PERSON|Wendell Ashdown]],[[PHONE|07700 900 771]],[[DIAGNOSIS|motor neurone disease]],ventilator
""",
)
doc(
    "a20_turkish_address_then_diagnosis",
    "discharge_summary",
    """\
TABURCU ÖZETİ / DISCHARGE SUMMARY
Hasta / Patient: [[PERSON|Elif Karaca]]   Doğum tarihi: [[DATE_OF_BIRTH|14.03.1972]]
Adres: [[ADDRESS|İnönü Cad. No: 14, Kadıköy/İSTANBUL]]
Principal diagnosis: [[DIAGNOSIS|community-acquired pneumonia]]
Secondary: [[DIAGNOSIS|type 2 diabetes]]
""",
)
doc(
    "a20_condition_with_condition",
    "clinical_note",
    """\
Fitness-to-travel note
Patient: [[PERSON|Radomir Vukovic]]   DOB: [[DATE_OF_BIRTH|22/01/1949]]
Diagnosis: [[DIAGNOSIS|heart failure with preserved ejection fraction]]
Comorbidity: [[DIAGNOSIS|chronic kidney disease with anaemia]]
""",
)

# ------------------------------------------------------------------ common conditions of occupational, dental and primary care

doc(
    "a20_occ_health_referral",
    "clinical_note",
    """\
Occupational health referral
Employee: [[PERSON|Wilhelmina Achterberg]]   DOB: [[DATE_OF_BIRTH|17/09/1981]]
Reason for referral: [[DIAGNOSIS|frozen shoulder]] after a fall; history of [[DIAGNOSIS|burn-out]] in 2022.
Also reports [[DIAGNOSIS|tinea pedis]], treated over the counter.
""",
)
doc(
    "a20_atestado_pt",
    "email",
    """\
De: [[PERSON|Joaquim Albuquerque]] <[[EMAIL|joaquim.albuquerque@correio-norte.com.br]]>

Oi, o médico me deu atestado de três dias por [[DIAGNOSIS|hérnia de disco]]. Estou tomando [[MEDICATION|nimesulida]] e [[MEDICATION|dipirona]].
""",
)

# ------------------------------------------------------------------ a vaccine given is no one's medication (HL7 VXU)

doc(
    "a20_hl7_vxu_vaccine",
    "hl7",
    "MSH|^~\\&|CLINIC|NORTHSIDE|IIS|STATE|202501150930||VXU^V04^VXU_V04|88120|P|2.5.1\r"
    "PID|1||[[MEDICAL_RECORD_NUMBER|NS-4471902]]^^^NORTHSIDE^MR||[[PERSON|QUILLFEATHER^ROSALIND]]||[[DATE_OF_BIRTH|20190304]]|F\r"
    "RXA|0|1|20250115||08^Hep B, adolescent or pediatric^CVX|0.5|mL^^UCUM\r"
    "RXE|^^^20250115|[[MEDICATION|amoxicillin]]^250 MG^RXNORM|250|mg\r",
)

if __name__ == "__main__":
    SET.write()
