"""Issue 13, unseen data: medications beyond the list, international addresses, diagnoses said of no one.

Each rule here has a test that it finds what it should, one that it leaves alone what it should not, and the
new patterns a worst-case input of 1 MiB under the issue's 2 s bound.
"""

from __future__ import annotations

import pytest
from cpu_bound import assert_detect_within_bound

from privacykit.domain.detection import detect

MIB = 1024 * 1024


def _found(text: str, kind: str) -> list[str]:
    return [text[e.start : e.end] for e in detect(text) if e.type.value == kind]


# ---------------------------------------------------------------------------------------------- medications
@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("Patient: Ana Ruiz. Started ticagrelor 90 mg PO BID after the stent.", "ticagrelor"),  # a listed drug
        ("Patient: Ana Ruiz. Cycle 3 of zanubrutinib with good response.", "zanubrutinib"),  # INN stem -nib
        ("Patient: Ana Ruiz. Continue Xolvanza 20 mg PO daily.", "Xolvanza"),  # unknown brand before a dose
        ("MRN 4471823. Rx: elacestrant 345 mg tab once daily", "elacestrant"),
    ],
)
def test_drug_outside_the_list_is_found_in_a_record(text: str, drug: str) -> None:
    assert drug in _found(text, "MEDICATION")


def test_lab_value_with_a_unit_is_not_a_drug() -> None:
    text = "Patient: Ana Ruiz. Glucose 110 mg/dL, creatinine 1.2 mg/dL this morning."
    assert _found(text, "MEDICATION") == []


def test_fhir_medication_request_is_about_its_subject() -> None:
    text = (
        '{"resourceType": "MedicationRequest", "medicationCodeableConcept": {"text": "apixaban 5 MG Oral Tablet"},'
        ' "subject": {"reference": "Patient/88213"}}'
    )
    assert _found(text, "MEDICATION") == ["apixaban"]


def test_catalogue_rows_with_a_supplier_email_are_about_no_one() -> None:
    text = (
        "product,strength,indication,supplier_contact\n"
        "apixaban,5 mg,atrial fibrillation,orders@medsupply.example\n"
        "ticagrelor,90 mg,acute coronary syndrome,rx-desk@pharmaco.example\n"
    )
    assert {e.type.value for e in detect(text)} == {"EMAIL"}


def test_formulary_text_names_no_patient() -> None:
    text = "Formulary update: semaglutide and tirzepatide move to tier 3; rosuvastatin stays tier 1."
    assert detect(text) == []


def test_active_med_and_primary_dx_columns_name_their_cells() -> None:
    text = "mrn,name,dob,primary_dx,active_med\nA1,Quentin Larue,1970-01-02,Zorgvlek syndrome,qelbrutinex\n"
    assert _found(text, "MEDICATION") == ["qelbrutinex"]
    assert _found(text, "DIAGNOSIS") == ["Zorgvlek syndrome"]


def test_a_percentage_strength_is_a_dose() -> None:
    text = (
        "Member: Wiremu Tipene\n"
        "Request: PA for dupilumab 300 mg SC q2w; failed tacrolimus ointment, clobetasol 0.05% cream"
    )
    assert _found(text, "MEDICATION") == ["dupilumab", "tacrolimus", "clobetasol"]


# ------------------------------------------------------------------------------------------------ diagnoses
def test_a_guideline_about_the_patient_in_general_names_no_one() -> None:
    text = (
        "When the patient presents with chest pain, rule out acute myocardial infarction first. If the patient "
        "has diabetes, symptoms may be atypical. Patients admitted with heart failure are weighed daily."
    )
    assert detect(text) == []


def test_a_charts_sentence_about_its_patient_is_a_record() -> None:
    assert _found("Patient has diabetes, takes metformin.", "DIAGNOSIS") == ["diabetes"]


def test_words_of_care_beside_a_name_make_a_record() -> None:
    text = "From: olu.bakare@example.com\nMy aunt was admitted with heart failure and started on furosemide."
    assert _found(text, "DIAGNOSIS") == ["heart failure"] and _found(text, "MEDICATION") == ["furosemide"]


def test_disease_in_a_press_release_quoting_a_doctor_is_not_a_diagnosis() -> None:
    text = "Dr. Hanna Lindgren said the new clinic will treat heart failure and atrial fibrillation."
    assert _found(text, "DIAGNOSIS") == []
    assert _found(text, "PERSON") == ["Hanna Lindgren"]


def test_a_disclosed_diagnosis_beside_a_name_still_counts() -> None:
    text = "Hi, this is Nomvula Dlamini. My daughter was diagnosed with asthma last month."
    assert _found(text, "DIAGNOSIS") == ["asthma"]


def test_family_history_line_is_not_the_patients_diagnosis() -> None:
    text = (
        "Patient: Ruth Abernathy\nPMH: hypothyroidism.\n"
        "Family history: mother had breast cancer at 52; father with coronary artery disease.\n"
    )
    assert _found(text, "DIAGNOSIS") == ["hypothyroidism"]


def test_relative_in_a_note_is_not_the_patient() -> None:
    text = "Patient: Ruth Abernathy. Mother had breast cancer. She has hypothyroidism."
    assert _found(text, "DIAGNOSIS") == ["hypothyroidism"]


# ------------------------------------------------------------------------------------------------ addresses
@pytest.mark.parametrize(
    "address",
    [
        "Calle de Alcalá 145, 3º izda., 28009 Madrid",
        "12 rue des Lilas\n69003 Lyon",
        "Mariahilfer Straße 77/12, 1060 Wien",
        "Rua Augusta 274, 2.º Esq., 1100-053 Lisboa",
        "Keizersgracht 123-II, 1015 CJ Amsterdam",
        "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
        "Drottninggatan 53, 111 21 Stockholm",
        "Karl Johans gate 22, 0159 Oslo",
        "Mannerheimintie 12 B 7, 00100 Helsinki",
        "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
    ],
)
def test_european_and_latin_american_street_forms(address: str) -> None:
    text = f"Please deliver to Inês Carvalho, {address}, before Friday."
    found = _found(text, "ADDRESS")
    assert found and found[0].startswith(address.split()[0]) and address.split()[-1] in found[0]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Anschrift: Lindenweg 4, 80331 München\n", "Lindenweg 4, 80331 München"),
        (
            "Permanent address: Flat 12B, Lotus Residency, 14 MG Road, Bengaluru, Karnataka 560001\n",
            "Flat 12B, Lotus Residency, 14 MG Road, Bengaluru, Karnataka 560001",
        ),
        (
            '{"nome": "Thiago", "endereco": "Rua das Flores, 123, apto 45, São Paulo - SP, 01310-100"}',
            "Rua das Flores, 123, apto 45, São Paulo - SP, 01310-100",
        ),
        ('{"shipping_address": "1-2-3 Shibuya, Tokyo 150-0002"}', "1-2-3 Shibuya, Tokyo 150-0002"),
        ("Home address on file: 33 Baker Street, London NW1 6XE. Continue.", "33 Baker Street, London NW1 6XE"),
    ],
)
def test_value_under_an_address_label_or_key(text: str, address: str) -> None:
    assert address in _found(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Server IP address: 10.0.4.17",
        "MAC address: 00:1A:2B:3C:4D:5E",
        "email_address: someone@example.org",
        "Time at address: 7 years",
        "wallet address: 0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
    ],
)
def test_addresses_that_are_not_postal(text: str) -> None:
    assert _found(text, "ADDRESS") == []


@pytest.mark.parametrize(
    "address",
    [
        "1200 rue Sherbrooke Ouest, app. 804, Montréal QC H3A 1H9",
        "350 Sparks Street, Ottawa, ON K1R 7S8",
        "14 Merrion Square North, Dublin 2, D02 XE63",
        "14 MG Road, Bengaluru, Karnataka 560001",
        "Rua das Flores, 123, apto 45, São Paulo - SP, 01310-100",
        "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        "Calle 5 de Mayo 32, Centro, 06000 Ciudad de México",
    ],
)
def test_postcode_after_the_city(address: str) -> None:
    assert _found(f"Ship to {address} today", "ADDRESS") == [address]


def test_po_boxes_of_several_countries() -> None:
    text = "Postfach 10 01 12, 20005 Hamburg; Apartado de Correos 1234, 28080 Madrid; PO Box 4521"
    found = _found(text, "ADDRESS")
    assert "Postfach 10 01 12, 20005 Hamburg" in found and "PO Box 4521" in found
    assert any(f.startswith("Apartado de Correos 1234") for f in found)


def test_japanese_romanised_address() -> None:
    text = "Please ship to Haruto Sato, 2-11-3 Meguro, Meguro-ku, Tokyo 153-0063, Japan."
    assert _found(text, "ADDRESS") == ["2-11-3 Meguro, Meguro-ku, Tokyo 153-0063"]


def test_street_names_without_numbers_are_not_addresses() -> None:
    text = "The Rue de Rivoli and the Via Roma play the same role as the Hauptstraße of many towns."
    assert _found(text, "ADDRESS") == []


# ---------------------------------------------------------------------------------------------- worst cases
def _repeat(unit: str) -> str:
    return (unit * (MIB // len(unit) + 1))[:MIB]


WORST = {
    "address labels": "Address: ",
    "address keys with long values": '"shipping_address": "' + "Aa " * 60 + '", ',
    "box words": "Postfach 10 ",
    "ward suffixes": "1-2-3 Aa-ku, ",
    "street types and numbers": "Calle Aa 12, ",
    "postcode tails": ", 28009 Madrid",
    "Canadian postcodes after words": "Rue Aa 12, Aa QC H3A 1H9 ",
    "Brazilian postcodes": "Rua Aa, 12 - SP, 01310-100 ",
    "capitals before a street": "12 AB Road, ",
    "drug stems in a record": "Patient: x atorvastatinstatin ",
    "doses in a record": "patient aaaa 10 mg po ",
    "long lowercase words near a drug": "metformin " + "a" * 400 + " ",
}


@pytest.mark.parametrize("unit", list(WORST.values()), ids=list(WORST))
def test_new_patterns_stay_linear(unit: str) -> None:
    text = _repeat(unit)
    assert_detect_within_bound(text)
