"""Conditions and drugs named where no patient has them, and where a record's structure says whose they are,
fourteenth pass (issue 13, helper accuracy31).

A condition that is a cited paper's topic, a cohort's or the literature's, or an item of a list a label calls
anyone's ("Common conditions we see:") is nobody's; a drug measured as a laboratory analyte is no medication;
negation as NegEx writes it ("no features of", "not a case of", "not currently taking", "rather than") sets a term
aside; a condition someone "meets criteria for" is theirs; a payload's health key ("reason_detail", "sickness_reason")
names a condition. Each case is written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def _of(text: str, kind: str) -> list[str]:
    return [v for t, v in found(text) if t == kind]


_SIGNED = "\nQuestions to Dr Ifeoma Castellano-Reyes, i.castellano@medschool.example.ac.uk\n"


@pytest.mark.parametrize(
    "text",
    [
        "Week 3: Oyelowo et al. (2019) on systemic lupus erythematosus flares." + _SIGNED,
        "Week 3: Brandt & Sorensen 2021 on chronic kidney disease progression." + _SIGNED,
        "Week 4: Tanaka and Ruiz (2018) on psoriasis registries." + _SIGNED,
        "Week 4: Achebe et al., 2022 on bipolar disorder relapse prediction." + _SIGNED,
        'purpose: "Replicate Lindahl et al., 2016 on atrial fibrillation risk variants"' + _SIGNED,
        "Background: the literature on migraine in shift workers is mixed." + _SIGNED,
        "In published cohorts most whiplash symptoms settle within a year." + _SIGNED,
        "Common conditions we see on race day: asthma, heat exhaustion, blisters." + _SIGNED,
    ],
)
def test_a_condition_nobody_has_is_not_found(text: str) -> None:
    assert _of(text, "DIAGNOSIS") == []


def test_negation_as_negex_writes_it() -> None:
    text = (
        "Name: Ruairi Delacroix-Mbeki   Hospital no: RX7730215\nDiagnosis: community-acquired pneumonia\n"
        "No features of meningitis. Not a case of measles: rash was drug-related.\n"
        "Picture fits a viral illness rather than pneumonia of a second lobe.\n"
        "Medications: amoxicillin 500 mg TDS. He is not currently taking warfarin and not on metformin.\n"
    )
    assert _of(text, "DIAGNOSIS") == ["community-acquired pneumonia"]
    assert _of(text, "MEDICATION") == ["amoxicillin"]


def test_a_drug_measured_as_an_analyte_is_no_medication() -> None:
    text = (
        "Patient: Teodora Blazevic     MRN: BH-3390217\nTest                Result    Units     Reference\n"
        "Lithium             0.7       mmol/L    0.4-1.0\nDigoxin             1.1       ug/L      0.5-2.0\n"
        "Current medication: lithium carbonate 400 mg nocte\n"
    )
    assert _of(text, "MEDICATION") == ["lithium carbonate"]
    csv = "mrn,analyte,value,unit,ref_low,ref_high\nQX-771204,Vancomycin,14.2,mg/L,10,20\n"
    assert _of(csv, "MEDICATION") == []


def test_criteria_someone_meets_are_their_condition() -> None:
    text = (
        "Psychiatric assessment — Caoilfhionn Agbaje, DOB 04/09/1983\n"
        "On assessment she meets criteria for generalised anxiety disorder and fulfilled criteria for bipolar "
        "disorder in 2019.\n"
    )
    assert _of(text, "DIAGNOSIS") == ["generalised anxiety disorder", "bipolar disorder"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # (an e-mail the rules find: the tagger's people come after the medical admission)
        (
            '{"staff": {"name": "Thaddeus Okonjo-Larsen", "email": "t.okonjo@example.org"},\n "absences": [\n'
            '  {"days": 4, "reason_detail": "plantar fasciitis"}\n ]}',
            "plantar fasciitis",
        ),
        ('{"staff": {"email": "t.okonjo@example.org"},\n  "medical_condition": "epilepsy"\n}', "epilepsy"),
        ("employee: Wilhelmina Castellanos\nshift: nights\nsickness_reason: migraine\n", "migraine"),
    ],
)
def test_a_payload_health_key_names_a_condition(text: str, term: str) -> None:
    assert _of(text, "DIAGNOSIS") == [term]


@pytest.mark.parametrize(
    ("term", "kind"),
    [
        ("cauda equina syndrome", "DIAGNOSIS"),
        ("complex regional pain syndrome", "DIAGNOSIS"),
        ("alcohol dependence syndrome", "DIAGNOSIS"),
        ("Osgood-Schlatter disease", "DIAGNOSIS"),
        ("Guillain-Barré syndrome", "DIAGNOSIS"),
        ("venetoclax", "MEDICATION"),
        ("ursodeoxycholic acid", "MEDICATION"),
        ("Oramorph", "MEDICATION"),
    ],
)
def test_the_lists_hold_them(term: str, kind: str) -> None:
    text = f"Patient: Evander Quigley-Osei, MRN ON-448120\nHistory: {term}.\n"
    assert _of(text, kind) == [term]
