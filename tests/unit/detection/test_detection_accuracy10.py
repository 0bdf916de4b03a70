"""Clinical text, health and other identifiers, clean documents (issue 13, helper accuracy10).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


# ------------------------------------------------------------------ a label named without its value is no record
@pytest.mark.parametrize(
    "text",
    [
        "<h1>Living well with gout</h1><p>Colchicine and allopurinol are the usual medicines. Bring your date of "
        "birth, MRN and insurance card to every appointment.</p>",
        "Case A: [NAME], [DOB], [MRN]. Dx asthma; switched from montelukast to budesonide.",
    ],
)
def test_record_labels_without_values_admit_no_terms(text: str) -> None:
    assert not types(text) & {"DIAGNOSIS", "MEDICATION"}


def test_record_label_beside_a_person_still_admits_terms() -> None:
    text = (
        "[09:02] Marisol: is metformin covered now?\n[09:03] Tobiah: Hi Marisol, please confirm your date of birth.\n"
        "[09:04] Marisol: sure, one sec\n[09:05] Tobiah: thanks\n"
    )
    assert ("MEDICATION", "metformin") in found(text)


# ------------------------------------------------------------------------------------------------ HEALTH_PLAN_ID
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the health words are further than the label's neighbourhood: a drug or condition of the document decides
        (
            '{"account": {"memberId": "QRT4471209", "tier": "standard", "preferences": {"language": "en", '
            '"paperless": true, "marketing": false}, "notes": "prefers mornings; uses the app; called twice last '
            'quarter about card delivery and billing dates and more", "problems": ["ulcerative colitis"]}}',
            "QRT4471209",
        ),
        ("Her adalimumab shipment was late again.\nMember ID K77-120-554; callback requested.", "K77-120-554"),
        ("Expat Health Cover\nMember ID (assigned): XPT55120934\n", "XPT55120934"),
        ("NORTHFIELD HEALTH PLAN    PPO\nMember: Corwin Ashby\nID# NFH20931177-02\nGroup 44120", "NFH20931177-02"),
        ("Mutuelle santé\nN° adhérent : MG-44812977\n", "MG-44812977"),
        ("Seguro médico — Número de afiliado: AF0093317245", "AF0093317245"),
        ("Insurer: Westmoor Life & Health   Membership no.: 55021877", "55021877"),
        ("Personalnummer;Name;Krankenkasse;KV-Nr\n7781;Brandt;DAK;M412096633\n", "M412096633"),
    ],
)
def test_health_plan_ids_by_document_and_label(text: str, value: str) -> None:
    assert ("HEALTH_PLAN_ID", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Riverside Climbing Club — membership renewal\nMembership no.: RC-441209   Locker: 12",
        "Car insurance policy no.: AX-99120 (patient transport excluded)",
        "2025-04-02T10:00:01Z INFO job=reindex ID# 4412099 done in 12s (pharmacy sync)",
        "Health card no. (MSP): 7538-251-658-ZR",
        "National Insurance number .... JN707765D\nHealth questionnaire attached",
    ],
)
def test_not_health_plan_ids(text: str) -> None:
    assert "HEALTH_PLAN_ID" not in types(text)


# ------------------------------------------------------------------------------------------- HL7 quoted in a log
def test_an_indented_hl7_segment_in_a_log_is_read() -> None:
    text = (
        "2025-03-11T07:02:44Z ERROR ADT^A08 rejected: PID-7 not YYYYMMDD; segment follows\n"
        "    PID|1||5512093^^^NHC^MR||OKONKWO^ADAEZE^C||1979-02-14|F\n"
    )
    got = found(text)
    assert ("MEDICAL_RECORD_NUMBER", "5512093") in got
    assert ("DATE_OF_BIRTH", "1979-02-14") in got


# ------------------------------------------------------------------------------------------------ DATE_OF_BIRTH
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geburts-\ndatum: 14.06.1971\n", "14.06.1971"),
        ("Data de nasci-\nmento: 03-11-1990\n", "03-11-1990"),
        ("data urodzenia: 7 października 1983 r.", "7 października 1983"),
        ("Versicherte, geb. am 02.02.1966, meldet sich krank.", "02.02.1966"),
        ("patiënt geboren 12 januari 1958, zie verslag", "12 januari 1958"),
        ("Datum narození: 5. března 1979", "5. března 1979"),
    ],
)
def test_birth_dates_after_broken_and_foreign_labels(text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found(text)


def test_words_broken_over_lines_are_no_labels() -> None:
    assert not types("The quarterly re-\nport is attached; the long-\nterm plan was agreed on 12.03.2024.")


# ---------------------------------------------------------------- DIAGNOSIS / MEDICATION in other languages
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Paciente: Ana Ruiz\nDiagnóstico: esguince de tobillo\n", "DIAGNOSIS", "esguince de tobillo"),
        ("Paziente: Ugo Neri\nDiagnosi: tendinite della spalla\n", "DIAGNOSIS", "tendinite"),
        ("Patient: K. Vogt\nMedikation bei Entlassung: Pantoprazol 40 mg 1-0-0\n", "MEDICATION", "Pantoprazol"),
        ("Patiënt: H. Bos\nConclusie: longontsteking.\nBeleid: prednison 1 dd 30 mg.\n", "MEDICATION", "prednison"),
        (
            "Olá Benedita,\no médico diagnosticou bronquite e receitou amoxicilina. Volto segunda.\n",
            "MEDICATION",
            "amoxicilina",
        ),
        (
            '{"resourceType": "Condition", "code": {"text": "déchirure du ménisque"}, '
            '"subject": {"reference": "Patient/p1"}}',
            "DIAGNOSIS",
            "déchirure du ménisque",
        ),
        (
            '{"resourceType": "MedicationStatement", "medicationCodeableConcept": {"text": "Dafalgan"}, '
            '"subject": {"reference": "Patient/p1"}}',
            "MEDICATION",
            "Dafalgan",
        ),
    ],
)
def test_clinical_terms_of_other_languages(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Patient: K. Vogt, MRN 4412093\nBefund: kein Hinweis auf Lungenembolie.", "Lungenembolie"),
        ("Patiënt: H. Bos, MRN 4412093\nGeen aanwijzingen voor longembolie.", "longembolie"),
        ("Patient: J. Roe, MRN 4412093\nPulmonary embolism was considered and ruled out.", "Pulmonary embolism"),
        ("Patient: J. Roe, MRN 4412093\nResearch on sleep apps for insomnia is inconclusive.", "insomnia"),
        ("Hi Tamsin, the 'Friday migraine' of release meetings is back. Thanks, Ruaridh", "migraine"),
        ("Patient: J. Roe, MRN 4412093\nGlucosa/Glicose 108 mg/dL, appetite good, despite the heat.", "Glicose"),
        (
            '{"resourceType": "Observation", "code": {"text": "Hémoglobine glyquée"}, "subject": '
            '{"reference": "Patient/p1"}, "valueQuantity": {"value": 7.1}}',
            "Hémoglobine",
        ),
    ],
)
def test_terms_not_asserted_of_the_patient(text: str, term: str) -> None:
    got = found(text)
    assert not any(t in ("DIAGNOSIS", "MEDICATION") and term.lower() in v.lower() for t, v in got), got


# ------------------------------------------------------------------------------------- licences and identifiers
@pytest.mark.parametrize(
    "text",
    [
        "State medical license: FL #778285 (primary source verified)",
        "State nursing license: OR #RN4412093",
        "Business license no. 77-120934",
    ],
)
def test_licences_to_practise_are_not_driving_licences(text: str) -> None:
    assert "DRIVER_LICENSE" not in types(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ('staff:\n  drivers_license:\n    state: NY\n    number: "441 209 331"\n', "DRIVER_LICENSE", "441 209 331"),
        ("Please pay the deposit back to my account 20-44-91 55120934 please.", "UK_BANK_ACCOUNT", "20-44-91 55120934"),
        (
            "kyc country=SG doc_number=S8812093J status=ok\nkyc country=CA doc_number=130 692 544 status=ok",
            "CA_SIN",
            "130 692 544",
        ),
        (
            '{"passport": {"type": "PASSPORT", "issuingCountry": "ES"}, "nationalId": "12345678Z"}',
            "ES_DNI",
            "12345678Z",
        ),
        ("Numer paszportu (PL): EK4412093", "PASSPORT", "EK4412093"),
        ("Nº historia: 4412093", "MEDICAL_RECORD_NUMBER", "4412093"),
        ("Nr kartoteki: 55120934", "MEDICAL_RECORD_NUMBER", "55120934"),
    ],
)
def test_identifiers_by_structure_and_label(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_bare_licence_column_beside_a_driving_licence_column_is_another_licence() -> None:
    text = "emp\tname\tdl_state\tdl_number\tlicense_no\nE1\tOona Lindqvist\tCA\tB4412093\tCA-PT-90412\n"
    got = found(text)
    assert ("DRIVER_LICENSE", "B4412093") in got
    assert ("DRIVER_LICENSE", "CA-PT-90412") not in got


def test_sort_code_shapes_need_a_bank_word() -> None:
    assert "UK_BANK_ACCOUNT" not in types("build 12-05-24 20250512 ok; run 03-11-24 88120934 retried")


def test_a_member_id_given_in_answer_to_a_question() -> None:
    text = (
        "[11:02] Quillon: my inhaler refill was denied again\n"
        "[11:03] Brisa: Can you confirm your member ID and date of birth?\n"
        "[11:05] Quillon: 44120934001 and March 3, 1971\n"
    )
    got = found(text)
    assert ("HEALTH_PLAN_ID", "44120934001") in got
    assert ("DATE_OF_BIRTH", "March 3, 1971") in got


@pytest.mark.parametrize("text", ["DOB: 1900-01-01", "Date of birth: 01/01/1900", "dob=19000101"])
def test_placeholder_birth_dates_are_no_birth_dates(text: str) -> None:
    assert "DATE_OF_BIRTH" not in types(text)


def test_english_compounds_with_foreign_condition_endings_are_no_conditions() -> None:
    text = "Patient: J. Roe, MRN 4412093\nThe testsuite and errwrite helpers enclose the usersite; isfinite(x) holds."
    assert "DIAGNOSIS" not in types(text)


def test_foreign_conditions_ending_like_english_words_still_count() -> None:
    text = "Paziente: Ugo Neri, MRN 4412093\nDiagnosi: colite ulcerosa; bronquite aguda.\n"
    got = found(text)
    assert any(t == "DIAGNOSIS" and "colite" in v for t, v in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Patient : Jean Dupont, IPP 4471234. Il décrit une conduite à risque ; la consultation gratuite est interdite.",
        "Patient: J. Roe, MRN 4412093. He will expedite the forms, was contrite about the visit, saw a meteorite.",
        "Patient: Max Huber, MRN 4412093. Prognose gut, viel Sympathie vom Team; die Steckdose im Zimmer ist defekt.",
    ],
)
def test_participles_adjectives_and_verbs_ending_like_conditions_are_no_conditions(text: str) -> None:
    # "-ite", "-ose" and "-osi" name a condition only after a medical root ("tendinite", "Thrombose")
    assert "DIAGNOSIS" not in types(text)


def test_conditions_formed_on_medical_roots_still_count() -> None:
    text = "Patient: Max Huber, MRN 4412093. Befund: Thrombose; poliartrite e tubercolosi; colecistite.\n"
    got = {v for t, v in found(text) if t == "DIAGNOSIS"}
    assert {"Thrombose", "poliartrite", "tubercolosi", "colecistite"} <= got, got
