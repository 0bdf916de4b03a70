#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy23.jsonl``: a development set for clinical text tied to a pseudonymised trial subject
(issue 13, eleventh pass): SAE narratives in several languages, CDISC SDTM domains (AE, MH, CM) by their public
variable names, monitoring letters, data clarification forms; and what stays negative: de-identified datasets,
protocol text with no subject, coding dictionaries, randomisation logs with no clinical term, questions put to
a reader by a recruitment page.

Written by hand for issue 13 (helper "accuracy23"), each document before the rule it exercises was written; the
ids, names, numbers, drugs and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy23.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ a trial subject's narrative, any language

doc(
    "a23_sae_narrative_es",
    "clinical_note",
    """\
NARRATIVA DE ACONTECIMIENTO ADVERSO GRAVE — Estudio TRV-552-03
El sujeto 104-0032, mujer de 58 años, con antecedentes de [[DIAGNOSIS|diabetes mellitus tipo 2]] en tratamiento con [[MEDICATION|metformina]], recibió la primera dosis el día 1. El día 19 ingresó por [[DIAGNOSIS|neumonía]]. Evolución: resuelto.
""",
)
doc(
    "a23_sae_narrative_de",
    "clinical_note",
    """\
SUSAR-Bericht, Prüfplan OLM-77-201, Zentrum 12
Proband Nr. 12-0419 (männlich, 71 Jahre). Vorerkrankungen: [[DIAGNOSIS|Vorhofflimmern]]; Begleitmedikation: [[MEDICATION|Apixaban]].
An Tag 40 stationäre Aufnahme wegen [[DIAGNOSIS|Lungenembolie]]. Kausalität: möglich.
""",
)
doc(
    "a23_sae_narrative_en",
    "clinical_note",
    """\
SERIOUS ADVERSE EVENT NARRATIVE
Protocol: HLX-3310-02   Site: 0087
Subject 0087-1142, a 64-year-old man with a history of [[DIAGNOSIS|atrial fibrillation]] treated with [[MEDICATION|warfarin]], developed [[DIAGNOSIS|rhabdomyolysis]] on study day 22 and was hospitalised.
""",
)
doc(
    "a23_monitoring_letter",
    "email",
    """\
Subject: Monitoring visit follow-up — Site 0312

Dear investigator,

Open items after the visit of 4 March:
  1. Pt. no. 0312-007: SAE of [[DIAGNOSIS|acute pancreatitis]] entered late in the EDC.
  2. Screening log missing two pages.
  3. Participant 0312-019: concomitant [[MEDICATION|omeprazole]] not on the CM page.

Regards,
Clinical Operations
""",
)
doc(
    "a23_dcf",
    "form",
    """\
DATA CLARIFICATION FORM   DCF no. 55812
Study: PRX-118   Site: 044   Subject ID: 044-0107   Visit: Week 12
Field: AE term   Entered value: [[DIAGNOSIS|deep vein thrombosis]]
Query: onset date precedes first dose; please confirm against source.
""",
)
doc(
    "a23_edc_audit_kv",
    "log",
    """\
2026-01-08T10:14:02Z study=PRX-118 subject=044-0107 form=MH field=MHTERM old= new="[[DIAGNOSIS|hypothyroidism]]" user=crc_044
2026-01-08T10:15:40Z study=PRX-118 subject=044-0107 form=CM field=CMTRT old= new="[[MEDICATION|levothyroxine]]" user=crc_044
""",
)

# ------------------------------------------------------------------ SDTM domains by their CDISC variable names

doc(
    "a23_sdtm_mh",
    "csv",
    """\
STUDYID,DOMAIN,USUBJID,MHSEQ,MHTERM,MHDECOD,MHBODSYS,MHSTDTC
OLM-77-201,MH,OLM-77-201-12-0419,1,[[DIAGNOSIS|afib]],[[DIAGNOSIS|Atrial fibrillation]],Cardiac disorders,2019
OLM-77-201,MH,OLM-77-201-12-0420,1,[[DIAGNOSIS|high blood pressure]],[[DIAGNOSIS|Hypertension]],Vascular disorders,2015-06
""",
)
doc(
    "a23_sdtm_cm_tsv",
    "tsv",
    "USUBJID\tCMSEQ\tCMTRT\tCMINDC\tCMDOSE\tCMDOSU\n"
    "HLX-3310-02-0087-1142\t1\t[[MEDICATION|WARFARIN]]\t[[DIAGNOSIS|atrial fibrillation]]\t5\tmg\n"
    "HLX-3310-02-0087-1150\t1\t[[MEDICATION|TIOTROPIUM]]\t[[DIAGNOSIS|chronic obstructive pulmonary disease]]\t18\tug\n",
)
doc(
    "a23_sdtm_ae_lower",
    "csv",
    """\
usubjid,aeseq,aeterm,aedecod,aeser
TRV-552-03-104-0032,1,[[DIAGNOSIS|pneumonia]],[[DIAGNOSIS|Pneumonia]],Y
TRV-552-03-104-0040,1,[[DIAGNOSIS|rhabdomyolysis]],[[DIAGNOSIS|Rhabdomyolysis]],N
""",
)

# ------------------------------------------------------------------ negatives: no subject, or declared de-identified

doc(
    "a23_deidentified_ae_dataset",
    "csv",
    """\
# Public-use analysis file, de-identified (HIPAA Safe Harbor); subject numbers re-assigned at random
USUBJID,AETERM,AEDECOD
R-0001,pneumonia,Pneumonia
R-0002,atrial fibrillation,Atrial fibrillation
""",
)
doc(
    "a23_protocol_synopsis",
    "free_text",
    """\
Protocol synopsis HLX-3310-02. Subjects with atrial fibrillation on warfarin are excluded. Each subject will be randomised 1:1. Subject numbers are assigned by the IWRS at screening.
""",
)
doc(
    "a23_randomisation_log",
    "log",
    """\
2026-02-01T09:00:00Z IWRS PRX-118 subject=044-0107 randomised arm=BLINDED kit=KT-55120
2026-02-01T09:20:00Z IWRS PRX-118 subject=044-0111 screen-failed
""",
)
doc(
    "a23_coding_list",
    "tsv",
    "pt_code\tpt_name\tsoc_name\n10003658\tAtrial fibrillation\tCardiac disorders\n10035664\tPneumonia\tInfections and infestations\n",
)
doc(
    "a23_email_subject_line",
    "email",
    """\
From: [[PERSON|Marisol Quintanar]] <[[EMAIL|m.quintanar@respira-trials.example.org]]>
Subject: 2026 asthma awareness week

Hi all, the asthma awareness stand needs two volunteers on Thursday.
""",
)
doc(
    "a23_recruitment_question",
    "html",
    """\
<h2>Have you been diagnosed with psoriasis?</h2>
<p>Are you living with type 2 diabetes? You may be able to join a study. Call [[PHONE|0161 496 0321]].</p>
""",
)

# ------------------------------------------------------------------ adverse events and their reports, second slice

doc(
    "a23_pv_form_en",
    "form",
    """\
ADVERSE REACTION REPORT (spontaneous)
Patient initials: R.T.   Age: 52   Sex: M
Suspect drug(s): [[MEDICATION|Zorvanta]] 40 mg once daily
Reaction: [[DIAGNOSIS|drug-induced liver injury]]; [[DIAGNOSIS|QT prolongation]] noted on ECG
Relevant history: [[DIAGNOSIS|hypertension]]; current smoker; alcohol 10 units/week
""",
)
doc(
    "a23_jp_adr",
    "free_text",
    """\
副作用報告書
患者 / Patient: 匿名 (65歳 女性)
被疑薬 / Suspect drug: [[MEDICATION|ワルファリン]]
副作用 / Reaction: [[DIAGNOSIS|横紋筋融解症]]
既往歴 / History: [[DIAGNOSIS|心房細動]]、[[DIAGNOSIS|糖尿病]]
""",
)
doc(
    "a23_narrative_fr_it",
    "clinical_note",
    """\
Narratif — Sujet 0211-0093 : antécédents de [[DIAGNOSIS|fibrillation atriale]] ; au jour 15, [[DIAGNOSIS|insuffisance rénale aiguë]].
Narrativa — Soggetto 0211-0094: anamnesi di [[DIAGNOSIS|fibrillazione atriale]]; al giorno 8 [[DIAGNOSIS|infarto miocardico]] e [[DIAGNOSIS|chetoacidosi diabetica]].
""",
)
doc(
    "a23_ruled_out_label",
    "discharge_summary",
    """\
Patient: [[PERSON|Teodora Vasquez-Lindahl]]   MRN: [[MEDICAL_RECORD_NUMBER|VL-0049211]]
Discharge diagnosis: [[DIAGNOSIS|community-acquired pneumonia]]
Excluded during this stay: pulmonary embolism (CTPA negative)
Ruled out on previous admission: myocardial infarction
Social history: ex-smoker, quit 2012
""",
)
doc(
    "a23_investigator_cv",
    "free_text",
    """\
CURRICULUM VITAE — Dr. [[PERSON|Ilse Brandvold]]
Date of birth: [[DATE_OF_BIRTH|14/09/1979]]
Trial experience: Phase II asthma study (sub-investigator); Phase III psoriasis trial (PI, 41 participants); Phase Ib/II COPD programme.
Contact: [[EMAIL|ilse.brandvold@fjordklinikk.example.no]]
""",
)

if __name__ == "__main__":
    SET.write()
