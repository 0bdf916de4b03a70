#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy2.jsonl``: a development set for MEDICATION, international ADDRESS and DIAGNOSIS precision.

Written by hand for issue 13 (helper "accuracy2") before the rules it is used to tune were changed. Each
document is written with inline markup, ``[[TYPE|value]]``; the builder strips the markup and records each
value's span as it appends it, so spans are computed, never typed. Labels follow tests/corpus/README.md;
decisions specific to this set are in README.md beside this file. Standard library only, deterministic.

Run: ``python3 tests/corpus/dev/build_accuracy2.py`` (writes accuracy2.jsonl beside it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy2.jsonl", id_prefix="a2_")
doc = SET.doc

# ------------------------------------------------------------------ medications: positives

doc(
    "med_clinic_note",
    "clinical_note",
    """\
Follow-up visit 2025-02-11
Patient: [[PERSON|Tomasz Wróblewski]]   MRN: [[MEDICAL_RECORD_NUMBER|448120937]]
A/P: [[DIAGNOSIS|hyperlipidemia]] — LDL 162 on current dose. Increase [[MEDICATION|atorvastatin]] 40 mg PO nightly.
[[DIAGNOSIS|Paroxysmal atrial fibrillation]]: continue [[MEDICATION|Eliquis]] 5mg BID; rate controlled on [[MEDICATION|bisoprolol]] 2.5 mg daily.
[[DIAGNOSIS|Type 2 diabetes]]: A1c 8.1. Start [[MEDICATION|empagliflozin]] 10 mg PO qAM, continue [[MEDICATION|insulin glargine]] 20 units SC qHS.
""",
)
doc(
    "med_discharge_list",
    "discharge_summary",
    """\
DISCHARGE SUMMARY
Name: [[PERSON|Aigerim Nurlanovna]]    DOB: [[DATE_OF_BIRTH|03/14/1961]]
Discharge diagnosis: [[DIAGNOSIS|community-acquired pneumonia]]
Medications on discharge:
  1. [[MEDICATION|levofloxacin]] 750 mg PO q24h x 5 days
  2. [[MEDICATION|pantoprazole]] 40 mg PO daily
  3. [[MEDICATION|Symbicort]] 160/4.5 mcg 2 puffs INH BID
  4. [[MEDICATION|acetaminophen]] 650 mg PO q6h PRN fever
  5. [[MEDICATION|enoxaparin]] 40 mg SC daily until ambulating
""",
)
doc(
    "med_hl7_rxo",
    "hl7",
    """\
MSH|^~\\&|CPOE|GENHOSP|PHARM|GENHOSP|202503041022||OMP^O09|MSG88121|P|2.5
PID|1||[[MEDICAL_RECORD_NUMBER|77120455]]^^^GENHOSP^MR||[[PERSON|OYELARAN^FOLASADE^B]]||[[DATE_OF_BIRTH|19780922]]|F
ORC|NW|ORD5521
RXO|[[MEDICATION|rosuvastatin calcium]]^20 MG^PO|20||MG|TAB
RXE|^1^QHS^^^^|[[MEDICATION|dapagliflozin]]^10 MG TAB|10||MG|TAB
RXE|^1^Q12H^^^^|[[MEDICATION|valacyclovir]]^1 G TAB|1||G|TAB
""",
)
doc(
    "med_fhir_statement",
    "fhir_json",
    """\
{
  "resourceType": "MedicationStatement",
  "id": "ms-20931",
  "status": "active",
  "medicationCodeableConcept": {
    "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "860975", "display": "[[MEDICATION|sitagliptin]] 100 MG Oral Tablet"}],
    "text": "[[MEDICATION|Januvia]] 100 mg"
  },
  "subject": {"reference": "Patient/p-4471", "display": "[[PERSON|Rangi Te Awa]]"},
  "dosage": [{"text": "1 tablet by mouth once daily", "route": {"text": "oral"}}]
}
""",
)
doc(
    "med_fhir_request",
    "fhir_json",
    """\
{"resourceType": "MedicationRequest", "status": "active", "intent": "order",
 "medicationCodeableConcept": {"text": "[[MEDICATION|apixaban]] 5 MG Oral Tablet"},
 "subject": {"reference": "Patient/88213", "display": "[[PERSON|Mireille Dubois-Lacroix]]"},
 "reasonCode": [{"text": "[[DIAGNOSIS|deep vein thrombosis]]"}],
 "dosageInstruction": [{"text": "5 mg twice daily", "timing": {"code": {"text": "BID"}}}]}
""",
)
doc(
    "med_pharmacy_log",
    "log",
    """\
2025-03-04T10:22:18Z DISPENSE rx=4471823 patient="[[PERSON|Okafor, Chidi]]" ndc=0093-7146-56 drug="[[MEDICATION|ticagrelor]] 90mg tab" qty=60 sig="1 PO BID" refills=5
2025-03-04T10:24:51Z DISPENSE rx=4471901 patient="[[PERSON|Haldorsen, Ingrid]]" ndc=0078-0357-15 drug="[[MEDICATION|valsartan]] 160 mg" qty=30 sig="1 PO daily" refills=3
2025-03-04T10:31:07Z DISPENSE rx=4472010 patient="[[PERSON|Nakamura, Ren]]" ndc=0169-4060-13 drug="[[MEDICATION|Ozempic]] 1 mg/dose pen" qty=1 sig="1 mg SC once weekly" refills=2
2025-03-04T10:40:33Z VOID rx=4471644 reason=duplicate
""",
)
doc(
    "med_csv_active",
    "csv",
    """\
mrn,patient_name,birth_date,primary_dx,active_med
[[MEDICAL_RECORD_NUMBER|A0091827]],[[PERSON|Laila Haddad]],[[DATE_OF_BIRTH|1984-07-02]],[[DIAGNOSIS|migraine with aura]],[[MEDICATION|topiramate]]
[[MEDICAL_RECORD_NUMBER|A0091903]],[[PERSON|Bjørn Aasheim]],[[DATE_OF_BIRTH|1950-12-19]],[[DIAGNOSIS|heart failure with reduced ejection fraction]],[[MEDICATION|sacubitril/valsartan]]
[[MEDICAL_RECORD_NUMBER|A0092011]],[[PERSON|Chiara Benedetti]],[[DATE_OF_BIRTH|1972-03-28]],[[DIAGNOSIS|epilepsy]],[[MEDICATION|levetiracetam]]
[[MEDICAL_RECORD_NUMBER|A0092144]],[[PERSON|Dae-jung Kwon]],[[DATE_OF_BIRTH|1966-05-09]],[[DIAGNOSIS|gout]],[[MEDICATION|febuxostat]]
""",
)
doc(
    "med_csv_drug_rx",
    "csv",
    """\
patient_id,name,rx,dose,frequency
P-1001,[[PERSON|Amara Nwosu]],[[MEDICATION|lisdexamfetamine]],30 mg,qAM
P-1002,[[PERSON|Piotr Zieliński]],[[MEDICATION|aripiprazole]],10 mg,daily
P-1003,[[PERSON|Sofía Arancibia]],[[MEDICATION|dulaglutide]],1.5 mg,weekly
""",
)
doc(
    "med_chat_patient",
    "chat",
    """\
[09:14] [[PERSON|Keanu]]: hey doc, quick one, since starting the [[MEDICATION|lamotrigine]] 50mg I have a rash on my arms
[09:16] Nurse Line: Thanks. Please stop it and come in today. Are you still on [[MEDICATION|sertraline]] too?
[09:17] [[PERSON|Keanu]]: yes 100 mg every morning
""",
)
doc(
    "med_email_refill",
    "email",
    """\
From: [[EMAIL|h.vanleeuwen@example.nl]]
To: [[EMAIL|repeat-prescriptions@gp-practice.example]]
Subject: Repeat prescription

Hello,
Could you please renew my [[MEDICATION|omeprazol]] 20 mg and the [[MEDICATION|salbutamol]] inhaler (100 mcg, 2 puffs as needed)?
I also ran out of [[MEDICATION|cetirizine]].
Thanks,
[[PERSON|Hendrik van Leeuwen]]
""",
)
doc(
    "med_spanish_informe",
    "clinical_note",
    """\
INFORME DE ALTA
Paciente: [[PERSON|Ainhoa Etxeberria Zubizarreta]]   NHC: [[MEDICAL_RECORD_NUMBER|20338471]]
Juicio clínico: [[DIAGNOSIS|neumonía adquirida en la comunidad]]
Tratamiento: [[MEDICATION|amoxicilina/ácido clavulánico]] 875/125 mg cada 8 horas durante 7 días; [[MEDICATION|paracetamol]] 1 g cada 8 horas si fiebre.
""",
)
doc(
    "med_german_brief",
    "clinical_note",
    """\
Arztbrief
Patient: [[PERSON|Jürgen Weißenborn]], geb. [[DATE_OF_BIRTH|12.04.1958]]
Diagnosen: [[DIAGNOSIS|Vorhofflimmern]], [[DIAGNOSIS|arterielle Hypertonie]]
Medikation: [[MEDICATION|Rivaroxaban]] 20 mg 1-0-0, [[MEDICATION|Ramipril]] 5 mg 1-0-1, [[MEDICATION|Metoprololsuccinat]] 47,5 mg 1-0-0
""",
)
doc(
    "med_oncology",
    "clinical_note",
    """\
Oncology clinic — Mrs. [[PERSON|Grace Adeyemi]] (MRN [[MEDICAL_RECORD_NUMBER|5510924]])
[[DIAGNOSIS|HER2-positive breast cancer]], cycle 4 of [[MEDICATION|trastuzumab]] 6 mg/kg IV q3w with [[MEDICATION|pertuzumab]] 420 mg IV.
Pre-meds: [[MEDICATION|ondansetron]] 8 mg IV, [[MEDICATION|dexamethasone]] 12 mg IV. Tolerating well.
""",
)
doc(
    "med_mar",
    "log",
    """\
MAR 2025-01-09 ward 4B bed 12 pt [[PERSON|Ferreira, Joaquim]]
08:00 [[MEDICATION|vancomycin]] 1250 mg IV q12h GIVEN by RN
08:00 [[MEDICATION|piperacillin-tazobactam]] 4.5 g IV q6h GIVEN by RN
09:00 [[MEDICATION|heparin]] 5000 units SC q8h HELD (plt 48)
12:00 [[MEDICATION|oxycodone]] 5 mg PO q4h PRN pain GIVEN
""",
)
doc(
    "med_yaml_record",
    "yaml",
    """\
patient:
  name: [[PERSON|Olusegun Bakare]]
  dob: [[DATE_OF_BIRTH|1979-11-30]]
  medications:
    - name: [[MEDICATION|adalimumab]]
      dose: 40 mg SC every other week
    - name: [[MEDICATION|methotrexate]]
      dose: 15 mg PO weekly
    - name: [[MEDICATION|folic acid]]
      dose: 1 mg daily
""",
)
doc(
    "med_ticket_pharmacy",
    "ticket",
    """\
Ticket #88213 — Prior authorization
Member: [[PERSON|Wiremu Tipene]]
Request: PA for [[MEDICATION|dupilumab]] 300 mg SC q2w for [[DIAGNOSIS|moderate-to-severe atopic dermatitis]]; failed [[MEDICATION|tacrolimus]] ointment and [[MEDICATION|clobetasol]] 0.05% cream.
""",
)

# ------------------------------------------------------------------ medications: hard negatives (no one named)
doc(
    "neg_drug_catalogue",
    "csv",
    """\
sku,product,strength,form,indication,price_eur
RX-1001,rosuvastatin,10 mg,tablet,hypercholesterolaemia,4.20
RX-1002,empagliflozin,25 mg,tablet,type 2 diabetes,38.90
RX-1003,apixaban,5 mg,tablet,atrial fibrillation,52.10
RX-1004,levetiracetam,500 mg,tablet,epilepsy,9.80
""",
)
doc(
    "neg_formulary_article",
    "free_text",
    """\
Formulary update, Q2: the committee added semaglutide and tirzepatide to tier 3. Statins such as atorvastatin
and rosuvastatin remain tier 1; ezetimibe 10 mg moves to tier 2. Prior authorisation is now required for
dupilumab and adalimumab biosimilars. Proton pump inhibitors (omeprazole, esomeprazole) stay unrestricted.
""",
)
doc(
    "neg_health_faq",
    "html",
    """\
<h2>Frequently asked questions</h2>
<p><b>Can I take ibuprofen with lisinopril?</b> NSAIDs can reduce the effect of ACE inhibitors and affect kidney
function in people with chronic kidney disease. Ask your pharmacist.</p>
<p><b>What is metformin used for?</b> It is the usual first medicine for type 2 diabetes.</p>
""",
)
doc(
    "neg_research_abstract",
    "free_text",
    """\
Background: Atrial fibrillation increases stroke risk fivefold. Methods: We compared apixaban 5 mg twice daily
with warfarin in 18,201 adults with atrial fibrillation and at least one risk factor. Results: apixaban reduced
stroke or systemic embolism (HR 0.79) and major bleeding. Conclusion: in atrial fibrillation, apixaban was superior.
""",
)
doc(
    "neg_package_leaflet",
    "free_text",
    """\
Package leaflet: information for the user
Amlodipine 5 mg tablets
Amlodipine is used to treat high blood pressure (hypertension) and angina. Take one tablet daily.
Do not take amlodipine if you are allergic to dihydropyridines. Tell your doctor if you have heart failure.
""",
)

# ------------------------------------------------------------------ addresses: positives
doc(
    "adr_es_form",
    "form",
    """\
Solicitud de tarjeta
Nombre: [[PERSON|Lucía Fernández Ortega]]
Dirección: [[ADDRESS|Calle de Alcalá 145, 3º izda., 28009 Madrid]]
Teléfono: [[PHONE|+34 612 345 678]]
""",
)
doc(
    "adr_fr_letter",
    "email",
    """\
Bonjour,
Merci d'envoyer le colis à l'adresse suivante :
[[PERSON|Camille Rousseau]]
[[ADDRESS|12 rue des Lilas
69003 Lyon]]
France
""",
)
doc(
    "adr_de_anschrift",
    "form",
    """\
Vertragsdaten
Name: [[PERSON|Katharina Vogelsang]]
Anschrift: [[ADDRESS|Mariahilfer Straße 77/12, 1060 Wien]]
E-Mail: [[EMAIL|k.vogelsang@example.at]]
""",
)
doc(
    "adr_it_indirizzo",
    "form",
    """\
Modulo di iscrizione
Cognome e nome: [[PERSON|Esposito Gennaro]]
Indirizzo: [[ADDRESS|Corso Vittorio Emanuele II 212, 80121 Napoli NA]]
""",
)
doc(
    "adr_pt_morada",
    "form",
    """\
Ficha de cliente
Nome: [[PERSON|Inês Carvalho Sampaio]]
Morada: [[ADDRESS|Rua Augusta 274, 2.º Esq., 1100-053 Lisboa]]
""",
)
doc(
    "adr_nl_json",
    "json",
    """\
{"customer": {"name": "[[PERSON|Sanne de Vries]]", "email": "[[EMAIL|sanne.devries@example.nl]]",
  "shipping_address": "[[ADDRESS|Keizersgracht 123-II, 1015 CJ Amsterdam]]", "country": "NL"}}
""",
)
doc(
    "adr_uk_multiline",
    "email",
    """\
Please send the replacement card to:

Mr [[PERSON|Callum Fraser]]
[[ADDRESS|Flat 2/1
27 Marchmont Road
Edinburgh
EH9 1HY]]

Kind regards
""",
)
doc(
    "adr_uk_co",
    "free_text",
    """\
Ship to: c/o [[PERSON|Priya Raman]], [[ADDRESS|221 Whitechapel Road, London E1 1BY]]
""",
)
doc(
    "adr_ie_eircode",
    "form",
    """\
Applicant: [[PERSON|Siobhán Ní Bhriain]]
Address: [[ADDRESS|14 Merrion Square North, Dublin 2, D02 XE63]]
""",
)
doc(
    "adr_be_ch",
    "csv",
    """\
customer,address,city_country
[[PERSON|Lotte Peeters]],[[ADDRESS|Meir 50 bus 3]],Antwerpen BE
[[PERSON|Luca Bernasconi]],[[ADDRESS|Bahnhofstrasse 21]],Zürich CH
[[PERSON|Élodie Favre]],[[ADDRESS|Rue du Rhône 48]],Genève CH
""",
)
doc(
    "adr_pl_ul",
    "form",
    """\
Dane klienta
Imię i nazwisko: [[PERSON|Agnieszka Wiśniewska]]
Adres: [[ADDRESS|ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa]]
""",
)
doc(
    "adr_nordic",
    "free_text",
    """\
Delivery addresses on file:
- [[PERSON|Erik Lindqvist]], [[ADDRESS|Drottninggatan 53, 111 21 Stockholm]]
- [[PERSON|Ingrid Haugen]], [[ADDRESS|Karl Johans gate 22, 0159 Oslo]]
- [[PERSON|Mads Kjærgaard]], [[ADDRESS|Vesterbrogade 34, 1620 København V]]
- [[PERSON|Aino Virtanen]], [[ADDRESS|Mannerheimintie 12 B 7, 00100 Helsinki]]
""",
)
doc(
    "adr_ca",
    "form",
    """\
Name: [[PERSON|Marie-Ève Tremblay]]
Mailing address: [[ADDRESS|1200 rue Sherbrooke Ouest, app. 804, Montréal QC H3A 1H9]]
Alt: [[ADDRESS|PO Box 4521, Station A, Toronto ON M5W 1E6]]
""",
)
doc(
    "adr_au",
    "email",
    """\
Hi [[PERSON|Jack]],
Your order will be delivered to [[ADDRESS|Unit 5, 42 George Street, Sydney NSW 2000]] on Tuesday.
""",
)
doc(
    "adr_in",
    "form",
    """\
Applicant name: [[PERSON|Ananya Krishnamurthy]]
Permanent address: [[ADDRESS|Flat 12B, Lotus Residency, 14 MG Road, Bengaluru, Karnataka 560001]]
""",
)
doc(
    "adr_br",
    "json",
    """\
{"nome": "[[PERSON|Thiago Albuquerque]]", "endereco": "[[ADDRESS|Rua das Flores, 123, apto 45, São Paulo - SP, 01310-100]]"}
""",
)
doc(
    "adr_mx",
    "form",
    """\
Cliente: [[PERSON|Guadalupe Hernández Ríos]]
Dirección de envío: [[ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]]
""",
)
doc(
    "adr_jp",
    "email",
    """\
Please ship to [[PERSON|Haruto Sato]], [[ADDRESS|2-11-3 Meguro, Meguro-ku, Tokyo 153-0063]], Japan.
""",
)
doc(
    "adr_csv_intl",
    "csv",
    """\
order_id,customer_name,shipping_address,country
100201,[[PERSON|Maëlle Girard]],"[[ADDRESS|8 avenue Jean Jaurès, 33000 Bordeaux]]",FR
100202,[[PERSON|Lukas Brandstetter]],"[[ADDRESS|Lindenweg 4, 80331 München]]",DE
100203,[[PERSON|Giulia Romano]],"[[ADDRESS|Via dei Mille 7, 00185 Roma RM]]",IT
100204,[[PERSON|Rafael Quintero]],"[[ADDRESS|Paseo de Gracia 92, 08008 Barcelona]]",ES
""",
)
doc(
    "adr_de_postfach",
    "free_text",
    """\
Bitte Unterlagen an Frau [[PERSON|Hannelore Brückner]], [[ADDRESS|Postfach 10 01 12, 20005 Hamburg]] senden.
""",
)

# ------------------------------------------------------------------ addresses: hard negatives
doc(
    "neg_adr_itinerary",
    "free_text",
    """\
Itinerary: Flight LH 2040 departs Terminal 1, Gate A12 at 07:45. Train ICE 597 leaves Platform 9 at 12:10,
arriving 15:32. Hotel check-in from 3 pm; conference in Hall 4, Room 2.17. Dinner for 12 people at 20:00.
""",
)
doc(
    "neg_adr_history",
    "free_text",
    """\
A short history of the Rue de Rivoli: laid out from 1802, it runs for three kilometres. The Via Roma in Turin
and the Hauptstraße of many German towns play the same role. Over 2500 shops line the Oxford Street area.
""",
)
doc(
    "neg_adr_changelog",
    "log",
    """\
2025-04-02 release 4.12 Road map updated; 17 issues closed
2025-04-03 Section 3 Clause 12 revised, Article 7 Paragraph 2 deleted
2025-04-04 Build 8812 Stage 2 passed in 340 ms
""",
)

# ------------------------------------------------------------------ diagnosis: hard negatives
doc(
    "neg_dx_policy",
    "free_text",
    """\
Coverage summary. The plan covers diabetes education, asthma management, chronic obstructive pulmonary disease
rehabilitation and screening for colorectal cancer. Bariatric surgery for obesity requires prior approval.
""",
)
doc(
    "neg_dx_icd_table",
    "csv",
    """\
code,description,chapter
E11.9,Type 2 diabetes mellitus without complications,Endocrine
I10,Essential (primary) hypertension,Circulatory
J45.909,Unspecified asthma uncomplicated,Respiratory
F32.9,Major depressive disorder single episode unspecified,Mental
""",
)
doc(
    "neg_dx_press",
    "free_text",
    """\
Press release — Dr. [[PERSON|Hanna Lindgren]], who leads the cardiology department, said the new clinic will treat
heart failure and atrial fibrillation. "Hypertension remains undiagnosed in one in three adults," she added.
Contact: [[EMAIL|press@northgate-hospital.example]]
""",
)
doc(
    "neg_dx_faq_email",
    "email",
    """\
From: [[PERSON|Marco Bellini]] <[[EMAIL|m.bellini@example.it]]>
Subject: newsletter draft

Team, the draft for next week covers three topics: how migraine differs from tension headache, early signs of
Lyme disease, and why psoriasis is linked to arthritis. Please review by Friday.
[[PERSON|Marco]]
""",
)
doc(
    "neg_dx_research",
    "free_text",
    """\
Principal investigator: Prof. [[PERSON|Adaeze Okonjo]]. The trial enrols adults with rheumatoid arthritis who
failed methotrexate. Exclusion criteria: tuberculosis, hepatitis B, pregnancy, and chronic kidney disease stage 4.
""",
)

doc(
    "neg_dx_hospital_policy",
    "free_text",
    """\
Discharge planning policy (rev. 4)
Patients admitted with heart failure should be weighed daily. Before discharge, review anticoagulation for atrial
fibrillation and confirm follow-up within 7 days. Admission for COPD exacerbation triggers a pulmonary rehab referral.
""",
)
doc(
    "neg_dx_guideline_patient",
    "html",
    """\
<h3>Chest pain pathway</h3>
<p>When the patient presents with chest pain, rule out acute myocardial infarction first. If the patient has
diabetes, symptoms may be atypical. Start aspirin 300 mg PO unless contraindicated.</p>
""",
)
doc(
    "neg_dx_plan_member",
    "form",
    """\
Plan summary for member [[PERSON|Rosa Quispe]] — Gold PPO 2025
Covered programmes include diabetes education, asthma management and smoking cessation.
Specialist visits for rheumatoid arthritis or psoriasis require a referral.
""",
)

doc(
    "neg_catalogue_supplier_contact",
    "csv",
    """\
product,strength,indication,supplier_contact
apixaban,5 mg,atrial fibrillation,[[EMAIL|orders@medsupply.example]]
empagliflozin,10 mg,type 2 diabetes,[[EMAIL|orders@medsupply.example]]
ticagrelor,90 mg,acute coronary syndrome,[[EMAIL|rx-desk@pharmaco.example]]
""",
)

# ------------------------------------------------------------------ diagnosis: negation and family history
doc(
    "dx_negation_fhx",
    "clinical_note",
    """\
Patient: [[PERSON|Ruth Abernathy]]   DOB: [[DATE_OF_BIRTH|1988-06-21]]
HPI: 36-year-old with [[DIAGNOSIS|iron deficiency anemia]] presents with fatigue. Denies chest pain.
PMH: [[DIAGNOSIS|hypothyroidism]]. No history of diabetes or stroke.
Family history: mother had breast cancer at 52; father with coronary artery disease.
Tests: negative for HIV and hepatitis C. Celiac disease ruled out.
Plan: [[MEDICATION|ferrous bisglycinate]] 25 mg daily, continue [[MEDICATION|levothyroxine]] 75 mcg.
""",
)
doc(
    "dx_personal_disclosure",
    "email",
    """\
Hi, this is [[PERSON|Nomvula Dlamini]]. My daughter was diagnosed with [[DIAGNOSIS|type 1 diabetes]] last month and
I need to move her appointments; she is on [[MEDICATION|insulin aspart]] with meals.
""",
)
doc(
    "dx_ticket_sales_depression",
    "ticket",
    """\
Ticket #4471 from [[PERSON|Grant Holloway]]: Q3 report shows the depression in sales in the north region.
Please refresh the dashboard before Monday.
""",
)


if __name__ == "__main__":
    SET.write()
