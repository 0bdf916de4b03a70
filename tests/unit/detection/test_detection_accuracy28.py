"""Structured identifiers typed by what stands beside them, thirteenth pass (issue 13, helper accuracy28).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus; the numbers
are made up, their check digits computed for them.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


# ------------------------------------------------- a national id typed by its row's country or type column
def test_national_id_column_typed_by_the_row_country() -> None:
    text = (
        "id;apellidos;nacionalidad;national_id\n"
        "1;Ortuño;ES;90162999D\n"
        "2;Rezende;Brasil;46823249340\n"
        "3;Raghavan;India;3232 8178 5870\n"
        "4;Lindemann;Alemania;20345897762\n"
        "5;Ashworth;NZ;4410239871\n"
    )
    got = found(text)
    for pair in [
        ("ES_DNI", "90162999D"),
        ("BR_CPF", "46823249340"),
        ("IN_AADHAAR", "3232 8178 5870"),
        ("DE_TAX_ID", "20345897762"),
    ]:
        assert pair in got
    assert not any(v == "4410239871" for _, v in got)


@pytest.mark.parametrize(
    ("header", "row", "pair"),
    [
        ("ref,holder,tax_id_type,tax_id", "R-1,Ana Sol,NIF,33896852G", ("ES_DNI", "33896852G")),
        ("ref,holder,document,document_number", "R-1,Ana Sol,Aadhaar,8661 5385 9989", ("IN_AADHAAR", "8661 5385 9989")),
        ("ref\tholder\ttipo_id\tnum_id", "R-1\tAna Sol\tNIE\tY3732571F", ("ES_DNI", "Y3732571F")),
        ("ref,holder,id_kind,id_value", "R-1,Ana Sol,NRIC,S4656789G", ("SG_NRIC", "S4656789G")),
    ],
)
def test_type_column_named_after_the_number_column(header: str, row: str, pair: tuple[str, str]) -> None:
    assert pair in found(f"{header}\n{row}\n{row.replace('R-1', 'R-2')}\n")


def test_business_numbers_beside_a_country_or_a_type_stay_unlabelled() -> None:
    text = (
        "order_id,country,order_number,tax_id_type,tax_id\nO-1,ES,25160854,VAT,ESB12345674\nO-2,IN,372783879624,GST,x\n"
    )
    assert found(text) == []


def test_national_id_typed_by_the_enclosing_object_country() -> None:
    text = '{"event": "kyc", "country": "DE", "subject": {"name": "Henrike Vogt", "nationalId": "35428161018"}}\n'
    assert ("DE_TAX_ID", "35428161018") in found(text)


def test_document_type_in_german_words() -> None:
    assert ("DE_TAX_ID", "80496123777") in found('{"docType": "Steuer-Nr.", "docNumber": "80496123777"}')


# --------------------------------------------------------------------- placeholders are no identifiers
@pytest.mark.parametrize(
    "text",
    [
        "CPF: 111.111.111-11",
        "DNI: 00000000T",
        "Bank details: sort code 00-00-00, account no. 00000000",
        "name,nationality,national_id\nX,ES,00000000T\n",
    ],
)
def test_repeated_digit_placeholders(text: str) -> None:
    assert not [p for p in found(text) if p[0] != "PERSON"]


# --------------------------------------------------------------------------------- patient record numbers
def test_fhir_patient_identifier_of_an_oid_system_is_its_record_number() -> None:
    text = (
        '{"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.5.2.7", '
        '"value": "QH2207734"}], "name": [{"family": "Lund"}]}'
    )
    assert ("MEDICAL_RECORD_NUMBER", "QH2207734") in found(text)


def test_fhir_identifiers_left_alone() -> None:
    practitioner = (
        '{"resourceType": "Practitioner", "identifier": [{"system": "urn:oid:1.2.3.4", "value": "77104432"}]}'
    )
    registry = (
        '{"resourceType": "Patient", "identifier": [{"system": "https://registry.example.org/refugee", '
        '"value": "440-1873321"}]}'
    )
    assert found(practitioner) == []
    assert not [p for p in found(registry) if p[0] == "MEDICAL_RECORD_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026-01-04 GET /emr/api/patients/7781034412/notes 200", "7781034412"),
        ("2026-01-04 DELETE /v1/patient/HX-2290418 204", "HX-2290418"),
        ("MRN (hospital patient administration system): LM-5530127", "LM-5530127"),
        ("Hospital no. ........ B07T55820", "B07T55820"),
        ("Hospital number: WGH/CARD/00417", "WGH/CARD/00417"),
        ("Patient: Ines Duarte, clinic file number 55-21904", "55-21904"),
    ],
)
def test_record_numbers_in_paths_and_labels(text: str, value: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "GET /fhir/R4/Patient/90017755/$everything 200",
        "GET /api/patients/search?ward=12 200",
        "GET /wards/7/patients/12",
    ],
)
def test_paths_that_hold_no_record_number(text: str) -> None:
    assert not [p for p in found(text) if p[0] == "MEDICAL_RECORD_NUMBER"]


# ------------------------------------------------------- sort codes alone; a motor claim's policy number
@pytest.mark.parametrize(
    "text",
    [
        '{"bank": {"sortCode": "20-71-64", "accountNo": "63015298"}}',
        "Please pay the deposit to sort code 40-47-84 quoting HOLD-2291.",
    ],
)
def test_sort_code_alone_is_no_account(text: str) -> None:
    assert not [v for t, v in found(text) if t == "UK_BANK_ACCOUNT" and "-" in v]


def test_sort_code_with_its_account_is_one() -> None:
    assert ("UK_BANK_ACCOUNT", "20-71-64 63015298") in found("Sort code / account: 20-71-64 63015298")


def test_motor_claim_policy_number_is_no_health_plan() -> None:
    text = (
        "Road traffic collision claim\nPolicy no.: MTR-55120987\nVehicle registration: KX19 LMN\n"
        "The passenger went to hospital with a broken wrist; the clinic prescribed ibuprofen.\n"
    )
    assert not [v for t, v in found(text) if t == "HEALTH_PLAN_ID"]
