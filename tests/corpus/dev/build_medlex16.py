#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``medlex16.jsonl``: a development set for conditions and medicines named as new authors name them
(issue 13, sixteenth pass): brand and generic names and condition titles that the hand-written lists lack but a
public vocabulary holds (ICD-10-CM's titles, a drug dictionary), in notes, letters, a pharmacy CSV, a chat and a
YAML referral; and, as negatives, a laboratory report's analytes, drug classes in a policy, and a person whose
given name a drug dictionary also lists.

Written by hand for issue 13 (helper "medlex16"); the names, numbers and conditions are made up here, none is
taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("medlex16.jsonl")
doc = SET.doc

doc(
    "m16_neuro_clinic_letter",
    "free_text",
    """\
Neurology clinic letter
Patient: [[PERSON|Oskar Lindqvist-Amadi]]   DOB: [[DATE_OF_BIRTH|14/02/1979]]   MRN: [[MEDICAL_RECORD_NUMBER|NR-5531207]]

Diagnoses: [[DIAGNOSIS|relapsing-remitting multiple sclerosis]]; [[DIAGNOSIS|myasthenia gravis]] (ocular).
He switched from [[MEDICATION|Tecfidera]] to [[MEDICATION|Ocrevus]] infusions in March and tolerates them well.
Migraine prevention with [[MEDICATION|Qulipta]] 60 mg daily; [[MEDICATION|Ubrelvy]] for breakthrough attacks.
""",
)
doc(
    "m16_rheum_soap",
    "free_text",
    """\
S: 68 y/o woman, [[PERSON|Haruko Bellweather]], follow-up of [[DIAGNOSIS|polymyalgia rheumatica]] and [[DIAGNOSIS|pemphigus vulgaris]].
O: ESR 34. Skin lesions fewer.
A/P: taper [[MEDICATION|prednisolone]]; continue [[MEDICATION|Olumiant]] 2 mg; recheck in 6 weeks.
""",
)
doc(
    "m16_pharmacy_csv",
    "csv",
    """\
patient_name,dob,drug,qty
[[PERSON|Tobiah Nwachukwu]],[[DATE_OF_BIRTH|1961-07-30]],[[MEDICATION|Caplyta]] 42 mg,30
[[PERSON|Greer Valdivia]],[[DATE_OF_BIRTH|1990-11-02]],[[MEDICATION|pimavanserin]] 34 mg,30
""",
)
doc(
    "m16_gi_discharge",
    "free_text",
    """\
DISCHARGE SUMMARY
Name: [[PERSON|Ilse Marchetti-Obi]]    Hospital no: [[MEDICAL_RECORD_NUMBER|H4471920]]
Admitted with biliary colic; ultrasound showed [[DIAGNOSIS|cholelithiasis]]. Background of [[DIAGNOSIS|achalasia]] treated by balloon dilatation and [[DIAGNOSIS|otosclerosis]].
Also known [[DIAGNOSIS|sarcoidosis]], quiescent. Discharged on [[MEDICATION|ursodiol]].
""",
)
doc(
    "m16_referral_yaml",
    "yaml",
    """\
referral:
  patient: [[PERSON|Benedikt Oyelaran]]
  born: [[DATE_OF_BIRTH|1953-03-09]]
  problems:
    - [[DIAGNOSIS|restless legs syndrome]]
    - [[DIAGNOSIS|diabetic nephropathy]]
  current_medicines: [[[MEDICATION|ropinirole]], [[MEDICATION|finerenone]]]
""",
)
doc(
    "m16_family_chat",
    "chat",
    """\
[09:12] [[PERSON|Marisol]]: Mum's consultant says it's [[DIAGNOSIS|polymyalgia rheumatica]], not arthritis after all
[09:14] [[PERSON|Dev]]: ok. is she still on the [[MEDICATION|alendronate]]?
[09:15] [[PERSON|Marisol]]: yes, and they added [[MEDICATION|Olumiant]]
""",
)
# --- negatives: analytes, classes, a policy
doc(
    "m16_lab_panel",
    "free_text",
    """\
LABORATORY REPORT   Specimen: serum
Patient: [[PERSON|Radomir Castellanos]]   MRN: [[MEDICAL_RECORD_NUMBER|LB-77120934]]
Ferritin            412   H   ug/L      30-400
Transferrin sat      18         %       20-50
Creatine kinase     236         U/L     40-320
Cortisol (09:00)    410         nmol/L  140-690
""",
)
doc(
    "m16_policy_classes",
    "free_text",
    """\
Medicines policy, section 4: staff may not give opioids, benzodiazepines or antibiotics without a prescription.
Antihistamines may be given for hay fever with a parent's written consent. Vaccines are recorded on the school register.
Questions to the school nurse.
""",
)
doc(
    "m16_member_card",
    "free_text",
    """\
HEALTH PLAN MEMBER CARD
Member: [[PERSON|Angelica Thornbury]]
Member ID: [[HEALTH_PLAN_ID|WXH448120937]]
Group: 0091-PPO
""",
)

if __name__ == "__main__":
    SET.write()
