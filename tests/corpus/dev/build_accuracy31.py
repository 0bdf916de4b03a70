#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy31.jsonl``: a development set for conditions and drugs named where no patient has them,
and for the document's level (issue 13, fourteenth pass): a condition as the topic of a cited paper
("Oyelowo et al. (2019) on ...", "Brandt & Sorensen 2021 on ...", "..., 2016 on ..."), a cohort's or the
literature's statement, a study's recruitment page, a label saying its list is anyone's ("Common injuries we see:"),
a drug measured as a laboratory analyte ("Lithium  0.7  mmol/L  0.4-1.0"), negation as NegEx writes it ("no
features of", "not a case of", "not currently taking", "rather than"); and, as positives, a condition someone
"meets criteria for", a payload's health key ("reason_detail", "medical_condition", YAML ``sickness_reason``),
and conditions and drugs the lists lacked, in English, French, Spanish and German.

Written by hand for issue 13 (helper "accuracy31"), each document before the rule it exercises was written; the
names, numbers and conditions are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy31.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ a condition as a cited paper's topic

doc(
    "a31_reading_group_memo",
    "free_text",
    """\
Methods reading group — spring term

Week 3: Oyelowo et al. (2019) on systemic lupus erythematosus flares, and Brandt & Sorensen 2021 on chronic kidney disease progression.
Week 4: Tanaka and Ruiz (2018) on psoriasis registries; Achebe et al., 2022 on bipolar disorder relapse prediction.
Slides go in the shared folder. No participant data in slides, please.
Questions to [[PERSON|Dr Ifeoma Castellano-Reyes]], [[EMAIL|i.castellano@medschool.example.ac.uk]]
""",
)
doc(
    "a31_grant_summary_fr_de",
    "free_text",
    """\
Résumé du projet : dans le prolongement de Lefebvre et al. (2017) sur la maladie de Crohn, nous comparerons deux cohortes régionales.
Zusammenfassung: Aufbauend auf Hoffmann et al. (2020) zu Morbus Crohn vergleichen wir zwei Register.
Budget line 4 covers sequencing reagents only. Contact: [[PERSON|Margarethe Oduya]].
""",
)
doc(
    "a31_access_request_yaml",
    "yaml",
    """\
request_id: DAR-4471
applicant:
  name: [[PERSON|Ingeborg Valtonen]]
  email: [[EMAIL|ingeborg.valtonen@helsinki-uni.example.fi]]
purpose: "Replicate Lindahl et al., 2016 on atrial fibrillation risk variants in a second cohort"
datasets: [WGS-v3, phenotypes-2024]
decision: pending
""",
)
doc(
    "a31_cohort_statement",
    "free_text",
    """\
Background for the steering committee
A recent cohort study suggested that psoriasis and depression often occur together in working-age adults.
In published cohorts most whiplash symptoms settle within a year; the literature on migraine in shift workers is mixed.
The committee will decide on the follow-up interval in June.
Prepared by [[PERSON|Henrike Abernethy-Osei]] ([[PHONE|+44 20 7946 0321]])
""",
)
doc(
    "a31_recruitment_page",
    "html",
    """\
<html><body>
<h1>Now recruiting: exercise after rheumatoid arthritis diagnosis</h1>
<ul><li>Adults with rheumatoid arthritis</li><li>Not currently taking methotrexate</li><li>No history of heart failure</li></ul>
<p>Questions? Ask the study nurse, [[PERSON|Bronagh Oyinlola]], on [[PHONE|0161 496 0837]]. We will never ask for bank details.</p>
</body></html>
""",
)

# ------------------------------------------------------------------ a label saying its list is anyone's

doc(
    "a31_club_email_common",
    "email",
    """\
From: [[PERSON|Morwenna Pryce-Adeyemi]] <[[EMAIL|m.pryce@harbourside-rowing.example.co.uk]]>
To: junior parents (list)
Subject: First aid at the regatta

Hi all, the first aid tent opens at 8. Common conditions we see on race day: asthma, heat exhaustion, blisters.
Typical injuries this season: hamstring strain, rib stress fracture.
Please tell us privately about anything your child needs.
""",
)

# ------------------------------------------------------------------ a drug measured as an analyte

doc(
    "a31_lab_drug_levels",
    "lab_report",
    """\
CLINICAL BIOCHEMISTRY
Patient: [[PERSON|Teodora Blazevic]]     MRN: [[MEDICAL_RECORD_NUMBER|BH-3390217]]
Test                Result    Units     Reference
Sodium              138       mmol/L    133-146
Lithium             0.7       mmol/L    0.4-1.0
Digoxin             1.1       ug/L      0.5-2.0
Creatinine          88        umol/L    45-90
Current medication: [[MEDICATION|lithium carbonate]] 400 mg nocte
""",
)
doc(
    "a31_lab_levels_csv",
    "csv",
    """\
mrn,analyte,value,unit,ref_low,ref_high
[[MEDICAL_RECORD_NUMBER|QX-771204]],Vancomycin,14.2,mg/L,10,20
[[MEDICAL_RECORD_NUMBER|QX-771204]],Ciclosporin,160,ug/L,100,250
[[MEDICAL_RECORD_NUMBER|QX-652918]],Potassium,4.4,mmol/L,3.5,5.3
""",
)

# ------------------------------------------------------------------ negation as NegEx writes it

doc(
    "a31_discharge_negations",
    "discharge_summary",
    """\
DISCHARGE SUMMARY
Name: [[PERSON|Ruairi Delacroix-Mbeki]]   Hospital no: [[MEDICAL_RECORD_NUMBER|RX7730215]]
Diagnosis: [[DIAGNOSIS|community-acquired pneumonia]]
CT head normal. No features of meningitis. Not a case of measles: rash was drug-related.
Picture fits a viral illness rather than pneumonia of a second lobe.
Medications: [[MEDICATION|amoxicillin]] 500 mg TDS. He is not currently taking warfarin and not on metformin.
""",
)

# ------------------------------------------------------------------ meets criteria for

doc(
    "a31_psych_report",
    "clinical_note",
    """\
Psychiatric assessment — [[PERSON|Caoilfhionn Agbaje]], DOB [[DATE_OF_BIRTH|04/09/1983]]
On assessment she meets criteria for [[DIAGNOSIS|generalised anxiety disorder]] and fulfilled criteria for [[DIAGNOSIS|bipolar disorder]] in 2019.
Referral criteria for the psychosis pathway are not met.
""",
)

# ------------------------------------------------------------------ a payload's health key

doc(
    "a31_absence_json",
    "json",
    """\
{
  "staff": {"id": "E-20931", "name": "[[PERSON|Thaddeus Okonjo-Larsen]]", "email": "[[EMAIL|t.okonjo@works.example.org]]"},
  "absences": [
    {"from": "2026-01-12", "days": 4, "reason_detail": "[[DIAGNOSIS|plantar fasciitis]]"},
    {"from": "2026-03-02", "days": 2, "reason_detail": "childcare"}
  ],
  "medical_condition": "[[DIAGNOSIS|epilepsy]]"
}
""",
)
doc(
    "a31_absence_yaml",
    "yaml",
    """\
employee: [[PERSON|Wilhelmina Castellanos]]
shift: nights
sickness_reason: [[DIAGNOSIS|migraine]]
return_to_work: booked
""",
)

# ------------------------------------------------------------------ the lists: conditions and drugs they lacked

doc(
    "a31_solicitor_chronology",
    "clinical_note",
    """\
Chronology of treatment — client [[PERSON|Evander Quigley-Osei]], DOB [[DATE_OF_BIRTH|17/02/1979]]
03/2021  MRI: diagnosis of [[DIAGNOSIS|cauda equina syndrome]]; later [[DIAGNOSIS|neurogenic bladder]].
06/2021  Pain clinic: [[DIAGNOSIS|complex regional pain syndrome]] of the left foot. Started [[MEDICATION|Oramorph]] and [[MEDICATION|Naprosyn]].
11/2022  Psychiatry: [[DIAGNOSIS|alcohol dependence syndrome]]; history of [[DIAGNOSIS|emotionally unstable personality disorder]].
""",
)
doc(
    "a31_sports_clinic_letter",
    "free_text",
    """\
Dear parent, your son [[PERSON|Kwabena Lindqvist]] has [[DIAGNOSIS|Osgood-Schlatter disease]] and had [[DIAGNOSIS|heat exhaustion]] at the tournament.
He also has [[DIAGNOSIS|de Quervain's tenosynovitis]] of the right wrist.
""",
)
doc(
    "a31_oncology_note",
    "clinical_note",
    """\
Oncology clinic — patient [[PERSON|Saoirse Nakagawa]], MRN [[MEDICAL_RECORD_NUMBER|ON-448120]]
Continues [[MEDICATION|Lynparza]] ([[MEDICATION|olaparib]]). Previously [[MEDICATION|venetoclax]]. Also on [[MEDICATION|ursodeoxycholic acid]] and [[MEDICATION|rivastigmine]] patch; CF team added [[MEDICATION|ivacaftor]].
Known [[DIAGNOSIS|Guillain-Barré syndrome]] (2015) and [[DIAGNOSIS|trigeminal neuralgia]].
""",
)
doc(
    "a31_nota_es",
    "clinical_note",
    """\
Nota de consulta — paciente [[PERSON|Ximena Arrieta Goñi]], historia clínica [[MEDICAL_RECORD_NUMBER|HC-5520871]]
Antecedentes: [[DIAGNOSIS|celiaquía]], [[DIAGNOSIS|fascitis plantar]]. Tratamiento: [[MEDICATION|naproxeno]] 500 mg.
""",
)

if __name__ == "__main__":
    SET.write()
