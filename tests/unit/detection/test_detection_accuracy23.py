"""Clinical text tied to a pseudonymised trial subject, eleventh pass (issue 13, helper accuracy23).

A trial subject's id (``Subject 0087-1142``, ``USUBJID``) identifies a person to whoever holds the key (GDPR
Recital 26): the diagnoses and drugs of a record about one are personal, unless the text says it was
de-identified. Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def _of(text: str, kind: str) -> list[str]:
    return [v for t, v in found(text) if t == kind]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "SAE NARRATIVE  Protocol HLX-3310-02\nSubject 0087-1142, a 64-year-old man with a history of atrial "
            "fibrillation, developed pneumonia on day 22.\n",
            "DIAGNOSIS",
            "pneumonia",
        ),
        (
            "Il paziente n. 0087-1142, con anamnesi di fibrillazione atriale in terapia con warfarin, è stato "
            "ricoverato.\n",
            "MEDICATION",
            "warfarin",
        ),
        ("Le sujet 0087-1142 a présenté une pneumonie au jour 12.\n", "DIAGNOSIS", "pneumonie"),
        ("Proband Nr. 12-0419: Vorerkrankungen: Vorhofflimmern.\n", "DIAGNOSIS", "Vorhofflimmern"),
        ("Open items:\n  1. SUBJ-0312-007: SAE of pancreatitis entered late.\n", "DIAGNOSIS", "pancreatitis"),
        ("Participant ID: 0312-019   concomitant omeprazole missing from the CM page\n", "MEDICATION", "omeprazole"),
        (
            'ts=2026-01-08 study=PRX-118 subject=044-0107 form=MH field=MHTERM new="hypothyroidism"\n',
            "DIAGNOSIS",
            "hypothyroidism",
        ),
        (
            "STUDYID,DOMAIN,USUBJID,MHSEQ,MHTERM,MHDECOD\nOLM-77,MH,OLM-77-12-0419,1,afib,Atrial fibrillation\n",
            "DIAGNOSIS",
            "afib",
        ),
        (
            "USUBJID\tCMSEQ\tCMTRT\tCMINDC\nHLX-02-0087-1142\t1\tWARFARIN\tatrial fibrillation\n",
            "MEDICATION",
            "WARFARIN",
        ),
    ],
)
def test_a_trial_subjects_terms_are_personal(text: str, kind: str, value: str) -> None:
    assert value in _of(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        # declared de-identified: the subject numbers are no key to anyone
        "# de-identified analysis file\nUSUBJID,AETERM,AEDECOD\nR-0001,pneumonia,Pneumonia\n",
        "Limited data set, de-identified.\nsubject_id,index_dx\nS-1001,atrial fibrillation\n",
        # protocol text: subjects in general, no subject's id
        "Subjects with atrial fibrillation on warfarin are excluded. Each subject will be randomised 1:1.\n",
        # an e-mail's subject line is no trial subject
        "Subject: 2026 asthma awareness week\n\nThe asthma stand needs volunteers.\n",
        # a coding dictionary
        "pt_code\tpt_name\tsoc_name\n10035664\tPneumonia\tInfections and infestations\n",
    ],
)
def test_no_subject_no_personal_terms(text: str) -> None:
    assert not [t for t, _ in found(text) if t in ("DIAGNOSIS", "MEDICATION")]


@pytest.mark.parametrize(
    "text",
    [
        "<h2>Have you been diagnosed with psoriasis?</h2><p>Call 0161 496 0321 to join a study.</p>",
        "Are you living with type 2 diabetes? You may be able to take part. Call the team on 0161 496 0321.",
        "Do you live with asthma? Study team: 0161 496 0321",
    ],
)
def test_a_question_to_the_reader_is_no_disclosure(text: str) -> None:
    assert "DIAGNOSIS" not in [t for t, _ in found(text)]


def test_an_answered_question_still_counts() -> None:
    text = "Patient: Odalys Ferreira-Vance  DOB 03/04/1971\nHave you been diagnosed with asthma? Yes\n"
    assert "asthma" in _of(text, "DIAGNOSIS")


# ------------------------------------------------------ adverse events, their reports and their languages
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Patient initials: K.O.  Age: 61\nSuspect drug(s): Vemlidrax 20 mg\n", "MEDICATION", "Vemlidrax"),
        (
            "Patient: J.D.  DOB 01/02/1960\nReaction: drug-induced liver injury\n",
            "DIAGNOSIS",
            "drug-induced liver injury",
        ),
        ("Patient: J.D.  DOB 01/02/1960\nECG: QT prolongation on day 3\n", "DIAGNOSIS", "QT prolongation"),
        ("Le sujet 0211-0093 : antécédents de fibrillation atriale.\n", "DIAGNOSIS", "fibrillation atriale"),
        ("Soggetto 0211-0094: al giorno 8 infarto miocardico.\n", "DIAGNOSIS", "infarto miocardico"),
        ("患者 / Patient: 匿名\n既往歴：患者は糖尿病の既往あり。\n", "DIAGNOSIS", "糖尿病"),
        ("患者 / Patient: 匿名\n被疑薬 / Suspect drug: ワルファリン\n", "MEDICATION", "ワルファリン"),
    ],
)
def test_adverse_events_as_reports_name_them(text: str, kind: str, value: str) -> None:
    assert value in _of(text, kind)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Patient: J.D.  DOB 01/02/1960\nRuled out on previous admission: myocardial infarction\n",
            "myocardial infarction",
        ),
        ("Patient: J.D.  DOB 01/02/1960\nRelevant history: hypertension; ex-smoker\n", "ex-smoker"),
        ("Name: Ilse Brandvold  Date of birth: 14/09/1979\nPhase III psoriasis trial (PI)\n", "psoriasis"),
        ("Paziente: M.R.  Nato il 02/03/1955\nEsclusa embolia polmonare.\n", "embolia polmonare"),
    ],
)
def test_what_is_not_the_patients_condition(text: str, value: str) -> None:
    assert value not in _of(text, "DIAGNOSIS")
