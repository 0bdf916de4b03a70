"""Conditions and medicines named as new authors name them (issue 13, sixteenth pass, ``medlex16``): the public
vocabularies ``bench/build_medical_vocabulary.py`` extracts (ICD-10-CM's titles, a drug dictionary's names) beside
the hand-written lists, and what keeps them from taking analytes, drug classes and people's names."""

from __future__ import annotations

import pytest

from privacykit.domain.detection import detect
from privacykit.domain.detection.scanners.medical import DIAGNOSES, MEDICATIONS, ONE_WORD_EXTRACTED
from privacykit.domain.detection.wordlists import data_file, load

_RECORD = "Patient: Oskar Lindqvist-Amadi   MRN: NR-5531207\n"  # privacy-scan: ignore (invented example)


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type.value, text[f.start : f.end]) for f in detect(text)]


@pytest.mark.parametrize(
    ("sentence", "kind", "term"),
    [
        ("He switched from Tecfidera to infusions in March.", "MEDICATION", "Tecfidera"),
        ("Migraine prevention with Qulipta 60 mg daily.", "MEDICATION", "Qulipta"),
        ("Background of achalasia treated by balloon dilatation.", "DIAGNOSIS", "achalasia"),
        ("Follow-up of polymyalgia rheumatica.", "DIAGNOSIS", "polymyalgia rheumatica"),
        ("Problems: restless legs syndrome.", "DIAGNOSIS", "restless legs syndrome"),
    ],
)
def test_a_record_names_what_the_public_vocabularies_hold(sentence: str, kind: str, term: str) -> None:
    assert (kind, term) in _found(_RECORD + sentence)


def test_an_adjective_before_a_listed_condition_names_it_more_fully() -> None:
    assert ("DIAGNOSIS", "diabetic nephropathy") in _found(_RECORD + "Complicated by diabetic nephropathy.")


@pytest.mark.parametrize(
    "line",
    ["Ferritin            412   H   ug/L      30-400", "Creatine kinase     236         U/L     40-320"],
)
def test_a_laboratory_analyte_is_no_medicine(line: str) -> None:
    assert not [k for k, _ in _found(_RECORD + line + "\n") if k == "MEDICATION"]


def test_classes_symptoms_and_vaccines_are_not_terms() -> None:
    for word in ("opioid", "antibiotics", "antihistamine", "fatigue", "cough", "priorix", "creatin"):
        assert word not in ONE_WORD_EXTRACTED, word
    assert "fatigue" not in DIAGNOSES and "ferritin" not in MEDICATIONS


def test_a_given_name_a_drug_dictionary_lists_stays_a_person() -> None:
    # privacy-scan: ignore (invented example)
    text = "HEALTH PLAN MEMBER CARD\nMember: Angelica Thornbury\nMember ID: WXH448120937\n"
    found = _found(text)
    assert ("PERSON", "Angelica Thornbury") in found
    assert not [k for k, _ in found if k == "MEDICATION"]


def test_the_extracted_lists_say_their_source_and_hold_no_hand_listed_term() -> None:
    for name, hand in (("diagnoses_icd10cm.txt", "diagnoses.txt"), ("medications_drugdict.txt", "medications.txt")):
        with open(data_file(name), encoding="utf-8") as f:
            header = f.readline()
        assert header.startswith("# ") and ("ICD-10-CM" in header or "drug" in header.lower())
        assert not load(name) & load(hand)
