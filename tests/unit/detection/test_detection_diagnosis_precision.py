"""A condition named of no one, set aside or refuted is not a DIAGNOSIS (medical.py, issue 13).

Every text here is made up for these tests; each has a record identifier, so only the rule under test can
keep a condition out.
"""

from __future__ import annotations

import pytest

from privacykit.domain.detection import detect

_MRN = "Patient: Ebere Nwachukwu   MRN: 55120934\n"


def _medical(text: str) -> list[str]:
    return [text[e.start : e.end] for e in detect(text) if e.type.value in ("DIAGNOSIS", "MEDICATION")]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Medical conditions (e.g. Haemophilia, Eczema, Migraine): ____", "Eczema"),
        ("Known conditions, for example asthma or epilepsy: ____", "epilepsy"),
        ("DIAGNOSES\n  Deep vein thrombosis – ruled out (duplex negative)", "Deep vein thrombosis"),
        ("Course: the team initially con-\nsidered meningitis but the LP was clear.", "meningitis"),
        ("Denies any prior diagnosis of tuberculosis.", "tuberculosis"),
        ("Allergies: shellfish (urticaria)", "urticaria"),
        ("A webinar on managing hypertension at work is open to all.", "hypertension"),
        ("PATIENT INFORMATION LEAFLET — Living with psoriasis", "psoriasis"),
        ("Large trials found no mortality benefit of routine metformin in this age group.", "metformin"),
        ("no none of that. my brother had epilepsy but i dont", "epilepsy"),
        ('Kunde wirkte gestresst — "eine Depression im Geschäft" seit dem Winter.', "Depression"),
    ],
)
def test_a_condition_named_of_no_one_is_not_a_diagnosis(text: str, term: str) -> None:
    assert not any(term.lower() in m.lower() for m in _medical(_MRN + text))


def test_a_refuted_fhir_condition_is_not_a_diagnosis_but_a_confirmed_one_is() -> None:
    text = (
        '{"resourceType": "Bundle", "entry": [\n'
        ' {"resource": {"resourceType": "Patient", "identifier": [{"system": "urn:mrn", "value": "MRN7781203"}]}},\n'
        ' {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "confirmed"}]},\n'
        '   "code": {"text": "rheumatoid arthritis"}, "subject": {"reference": "Patient/p1"}}},\n'
        ' {"resource": {"resourceType": "Condition", "verificationStatus": {"coding": [{"code": "refuted"}]},\n'
        '   "code": {"text": "sarcoidosis"}, "subject": {"reference": "Patient/p1"}}}\n]}'
    )
    found = _medical(text)
    assert "rheumatoid arthritis" in found
    assert "sarcoidosis" not in found


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("S: 61 y/o F seen for follow-up of rheumatoid arthritis.", "rheumatoid arthritis"),
        ("She has been living with HIV since 2012.", "HIV"),
        ("A/P: 1. community-acquired pneumonia – start amoxicillin 500 mg TID.", "community-acquired pneumonia"),
    ],
)
def test_a_patients_own_condition_is_still_found(text: str, term: str) -> None:
    assert any(term.lower() in m.lower() for m in _medical(_MRN + text))
