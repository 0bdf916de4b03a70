#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy26.jsonl``: a development set for records whose patient is an animal (issue 13, twelfth
pass). A veterinary record names an owner (a person: their name and contact data are labelled) and a patient
(a pet: its conditions and drugs are no person's health data and are not labelled). Vet consultation notes,
vaccination certificates, pet-insurance claims, microchip registrations and lab results, in English, German,
French, Spanish, Italian, Dutch and Portuguese, as prose, forms, CSV, JSON and e-mail; mixed documents where a
human record sits beside an animal's (a practice with both, an export of both, an owner who names their own
drug) keep the human's terms; human records that mention an animal (a dog bite, a guide dog, a tooth called the
canine) stay human records.

Written by hand for issue 13 (helper "accuracy26"), each document before the rule it exercises was written; the
names, numbers, drugs and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy26.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ an animal's record: no health data of a person

doc(
    "a26_vet_soap_en",
    "clinical_note",
    """\
Riverside Veterinary Surgery — consultation record
Patient: Biscuit   Species: canine   Breed: Border collie   Sex: FN   Wt: 18.4 kg
Client: [[PERSON|Morag Tulloch-Reid]]   Tel: [[PHONE|07700 914 552]]

S: Scratching both ears for 10 days, head shaking.
O: Erythematous canals, brown discharge AD>AS. T 38.6.
A: otitis externa, bilateral; atopic dermatitis suspected.
P: Surolan 5 drops BID AU for 14 days; prednisolone 5 mg SID for 5 days. Recheck 2 weeks.
""",
)
doc(
    "a26_vet_note_de",
    "clinical_note",
    """\
Tierarztpraxis am Stadtpark — Behandlungsbericht
Tier: Mia, Katze (Europäisch Kurzhaar), weiblich kastriert, 4,2 kg
Tierhalterin: [[PERSON|Annegret Vosskuhle]], Tel. [[PHONE|0176 5528 3190]]

Befund: Polyurie, Gewichtsverlust. Diagnose: Hyperthyreose, chronische Niereninsuffizienz.
Therapie: Felimazole 2,5 mg zweimal täglich; Kontrolle T4 in drei Wochen.
""",
)
doc(
    "a26_vet_note_fr",
    "clinical_note",
    """\
Clinique vétérinaire des Tilleuls
Animal : Pistache — chien, Cavalier King Charles, mâle castré, 9 ans
Propriétaire : [[PERSON|Héloïse Marchetti-Dubreuil]] — [[EMAIL|h.marchetti@orange.example.fr]]

Motif : toux, intolérance à l'effort. Diagnostic : insuffisance cardiaque congestive (maladie valvulaire mitrale).
Traitement : Vetmedin 2,5 mg matin et soir, furosémide 10 mg.
""",
)
doc(
    "a26_vet_note_es",
    "clinical_note",
    """\
Hospital Veterinario Los Álamos — Historia clínica
Paciente: Lola (perra, mestiza, esterilizada, 22 kg)
Propietario: [[PERSON|Gonzalo Etxeberria Ruiz]], tel. [[PHONE|612 448 390]]
Diagnóstico: leishmaniosis, insuficiencia renal crónica. Tratamiento: alopurinol 10 mg/kg cada 12 h.
""",
)
doc(
    "a26_vaccination_cert_it",
    "html",
    """\
<h1>Certificato di vaccinazione</h1>
<p>Specie: gatto &nbsp; Razza: Europeo &nbsp; Microchip: 380260101234567</p>
<p>Proprietario: [[PERSON|Ornella Bevilacqua]], [[ADDRESS|Via dei Mille 14, 20129 Milano]]</p>
<table><tr><td>Purevax RCP</td><td>lotto L4471</td><td>12/03/2025</td></tr>
<tr><td>antirabbica</td><td>lotto R0932</td><td>12/03/2025</td></tr></table>
<p>Note: asma felina in terapia con fluticasone inalatorio.</p>
""",
)
doc(
    "a26_pet_insurance_claim",
    "form",
    """\
PET INSURANCE CLAIM FORM — Section A (policyholder)
Policyholder: [[PERSON|Desmond Okafor-Lewis]]
Address: [[ADDRESS|41 Kingfisher Close, Norwich NR4 7QT]]
Email: [[EMAIL|desokafor@mailbox.example.co.uk]]

Section B (your pet)
Pet's name: Captain   Type of pet: dog   Breed: Staffordshire bull terrier   Date of birth: 2019-06-02
Condition claimed for: cruciate ligament rupture, left stifle
Treatment: TPLO surgery; meloxicam, cefalexin
Vet practice: Wensum Vets (treating vet to complete Section C)
""",
)
doc(
    "a26_microchip_registration",
    "form",
    """\
Microchip registration — keeper details
Keeper name: [[PERSON|Priyanka Ramaswamy]]
Phone: [[PHONE|+61 412 908 337]]
Animal: rabbit (Holland lop), male neutered
Chip number: 956000012345678
Medical notes: dental disease; on metacam.
""",
)
doc(
    "a26_vet_lab_result",
    "lab_report",
    """\
VETLAB DIAGNOSTICS — Biochemistry report
Practice: Oakfield Animal Hospital   Vet: [[PERSON|J. Harrow]] BVSc MRCVS
Patient: Smudge   Species: Feline   Breed: DSH   Age: 14y   Owner: [[PERSON|Clarissa Fenwick]]
Creatinine 312 umol/L (H), SDMA 22 (H), T4 68 nmol/L (H)
Interpretation: consistent with chronic kidney disease and hyperthyroidism.
""",
)
doc(
    "a26_vet_csv",
    "csv",
    """\
appointment_id,pet_name,species,breed,owner_name,owner_phone,reason,medication
A-1201,Rocky,dog,Boxer,[[PERSON|Tomasz Wierzbicki]],[[PHONE|+48 601 223 987]],epilepsy,phenobarbital
A-1202,Nala,cat,Siamese,[[PERSON|Aoife Breathnach]],[[PHONE|087 441 2290]],diabetes mellitus,insulin glargine
A-1203,Bramble,rabbit,Lionhead,[[PERSON|Kwame Asante]],[[PHONE|020 7946 0321]],gastrointestinal stasis,metoclopramide
""",
)
doc(
    "a26_vet_json",
    "json",
    """\
{"practice": "Harbourside Vets", "patient": {"name": "Ziggy", "species": "dog", "breed": "Labrador retriever", "neutered": true,
 "conditions": ["hypothyroidism", "osteoarthritis"], "medications": ["levothyroxine", "carprofen"]},
 "owner": {"name": "[[PERSON|Saskia van Leeuwen]]", "email": "[[EMAIL|saskia.vl@ziggo.example.nl]]"}}
""",
)
doc(
    "a26_vet_referral_nl",
    "email",
    """\
From: [[EMAIL|balie@dierenkliniek-eemland.example.nl]]
Subject: Verwijzing — Guus (hond, Berner Sennen)

Beste collega,

Graag verwijzen wij Guus, 7 jaar, reu gecastreerd, met verdenking van osteosarcoom rechter voorpoot. Pijnstilling: meloxicam en tramadol.
Eigenaar: [[PERSON|Joost Verhagen]], [[PHONE|06 4821 7730]].

Met vriendelijke groet,
[[PERSON|Marleen de Graaf]], dierenarts
""",
)
doc(
    "a26_vet_discharge_pt",
    "free_text",
    """\
Clínica Veterinária do Mondego — instruções de alta
Tutor: [[PERSON|Rui Baptista Fonseca]]   Telemóvel: [[PHONE|912 345 870]]
Animal: Kiko, gato, macho castrado
Diagnóstico: cistite idiopática felina. Medicação: gabapentina 50 mg à noite durante 7 dias.
""",
)

# ------------------------------------------------------------------ a person and an animal in one document

doc(
    "a26_owner_own_drug_chat",
    "chat",
    """\
Pet clinic chat
[[PERSON|Greta]]: Hi, my dog Boris was diagnosed with Cushing's disease and the vet put him on Vetoryl.
Reception: Thanks, can I take the owner's name and number?
[[PERSON|Greta]]: [[PERSON|Greta Lindqvist]], [[PHONE|070-123 45 67]]. Also I'm on [[MEDICATION|warfarin]] myself, is it safe to handle his tablets?
""",
)
doc(
    "a26_mixed_practice_day_list",
    "free_text",
    """\
Day list — Wednesday (human physiotherapy and small-animal rehab share the hydrotherapy pool)

Patient: [[PERSON|Eleanor Whitcombe]]   DOB: [[DATE_OF_BIRTH|03/11/1958]]
Diagnosis: [[DIAGNOSIS|osteoarthritis]] of the right knee; on [[MEDICATION|naproxen]].

Patient: Barney (dog, Labrador retriever, male neutered)   Owner: [[PERSON|Colin Prestwich]]
Diagnosis: osteoarthritis, both elbows; on meloxicam.

Patient: [[PERSON|Farida Haddad]]   DOB: [[DATE_OF_BIRTH|21/07/1990]]
Diagnosis: [[DIAGNOSIS|frozen shoulder]]; on [[MEDICATION|ibuprofen]].
""",
)
doc(
    "a26_mixed_export_csv",
    "csv",
    """\
record_type,name,species,date_of_birth,condition,medication
human,[[PERSON|Ingrid Solberg]],,[[DATE_OF_BIRTH|1972-04-18]],[[DIAGNOSIS|asthma]],[[MEDICATION|salbutamol]]
animal,Toffee,cat,2016-09-01,asthma,fluticasone
human,[[PERSON|Marco Ferrante]],,[[DATE_OF_BIRTH|1985-12-02]],[[DIAGNOSIS|epilepsy]],[[MEDICATION|levetiracetam]]
""",
)
doc(
    "a26_service_dog_handler",
    "form",
    """\
Assistance dog team registration
Handler: [[PERSON|Lucía Morán Ibáñez]]   Date of birth: [[DATE_OF_BIRTH|09/02/1981]]
Handler's condition: [[DIAGNOSIS|epilepsy]] (seizure alert); takes [[MEDICATION|lamotrigine]].
Dog: Trufa, golden retriever, spayed, microchip 941000023456781. Dog's health: hip dysplasia, on carprofen.
""",
)

# ------------------------------------------------------------------ human records that mention an animal

doc(
    "a26_dog_bite_ed_note",
    "clinical_note",
    """\
EMERGENCY DEPARTMENT NOTE
Patient: [[PERSON|Hamish Carruthers]]   MRN: [[MEDICAL_RECORD_NUMBER|ED-7730218]]
HPI: 34-year-old bitten on the left hand by a neighbour's dog this morning; the dog's owner has given details to police.
PMH: [[DIAGNOSIS|type 1 diabetes]]. Plan: wound irrigation, [[MEDICATION|co-amoxiclav]] for 5 days, tetanus booster.
""",
)
doc(
    "a26_dental_canine",
    "clinical_note",
    """\
Dental examination
Patient: [[PERSON|Yusuf Demirci]]   DOB: [[DATE_OF_BIRTH|14.05.1977]]
Upper left canine: [[DIAGNOSIS|cervical abrasion]]. Lower right canine: sound.
Medical history: [[DIAGNOSIS|hypertension]], on [[MEDICATION|amlodipine]]. No allergies.
""",
)
doc(
    "a26_guide_dog_letter",
    "email",
    """\
Dear [[PERSON|Adaeze Okonjo]],

Your guide dog Hazel is welcome at every appointment. As discussed, your [[DIAGNOSIS|glaucoma]] follow-up is on 4 June; please keep using your [[MEDICATION|latanoprost]] drops until then.

Best wishes,
[[PERSON|Nadia Fairclough]], optometrist
""",
)
doc(
    "a26_farmer_zoonosis",
    "clinical_note",
    """\
Occupational health review
Employee: [[PERSON|Pádraig Ó Dúill]]   Date of birth: [[DATE_OF_BIRTH|22/08/1969]]
Works with cattle and sheep on the family farm. Diagnosis: [[DIAGNOSIS|brucellosis]], confirmed by serology. Started [[MEDICATION|doxycycline]] and [[MEDICATION|rifampicin]].
""",
)
doc(
    "a26_vet_formulary_negative",
    "free_text",
    """\
Practice formulary (no patient data)
Species | Drug | Indication
Dog | Apoquel | atopic dermatitis
Cat | Felimazole | hyperthyroidism
Rabbit | meloxicam | osteoarthritis
""",
)

# ------------------------------------------------------------------ said of the one person a file is about, or a figure

doc(
    "a26_repair_ticket_resident",
    "ticket",
    """\
REPAIR REQUEST #R-55120 — boiler not firing
Contact: [[PERSON|Bronwen Tegid-Price]], [[PHONE|01248 600 713]]
Resident has [[DIAGNOSIS|Parkinson's disease]] and cannot manage the stairs; engineer to call ahead.
""",
)
doc(
    "a26_client_visit_note",
    "free_text",
    """\
Home visit — [[PERSON|Idris Kovačević]] ([[PHONE|0161 496 0832]])
Client lives with [[DIAGNOSIS|multiple sclerosis]]; grab rails fitted in bathroom. Next review in 6 months.
""",
)
doc(
    "a26_policy_if_customer",
    "free_text",
    """\
Priority services guidance. If a customer has epilepsy or dementia, offer a callback and note it on the account. Tenants with asthma may ask for a damp inspection. Queries: [[PHONE|0800 046 1122]].
""",
)
doc(
    "a26_figure_giving_us",
    "email",
    """\
From: [[EMAIL|ravi.menon@outlook.example.com]]
Subject: scaffolding again

Hi team, the scaffolding noise is giving us a headache, honestly, and the site gives everyone a migraine by noon. Can you call me on [[PHONE|07700 900 461]]?
[[PERSON|Ravi]]
""",
)
doc(
    "a26_perio_chart",
    "clinical_note",
    """\
PERIODONTAL REVIEW
[[PERSON|Anneliese Vogtländer]]  |  chart 5521
BOP 41%  PI 22%
Diagnosis: [[DIAGNOSIS|chronic periodontitis]]. Contributing: [[DIAGNOSIS|type 2 diabetes]].
Adjunct: [[MEDICATION|metronidazole]].
""",
)
doc(
    "a26_hearing_aid_claim",
    "form",
    """\
HEARING AID CLAIM — supplemental benefit
Member: [[PERSON|Augustin Delacroix-Ferrand]]   Date of birth: [[DATE_OF_BIRTH|12/02/1946]]
Benefit: 2 aids every 36 months; walking aids not covered.
History: [[DIAGNOSIS|bilateral sensorineural hearing loss]].
""",
)

if __name__ == "__main__":
    SET.write()
