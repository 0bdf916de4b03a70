"""Driver's licences, health-plan and other identifiers, clinical text (issue 13, helper accuracy12).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


# ----------------------------------------------------------- driver's licences: a driver's id is no licence
def test_driver_id_column_is_no_licence_and_the_licence_column_is_read() -> None:
    text = (
        "driver_id,driver_name,licence_province,licence_no,licence_class\n"
        "CR-1182,Ottilie Branscombe,Manitoba,BR-AN-SC-0412-QZ,5\n"
        "CR-1190,Teodor Vasquenza,Quebec,V2641-180375-07,5\n"
    )
    got = found(text)
    assert ("DRIVER_LICENSE", "V2641-180375-07") in got
    assert not any(t == "DRIVER_LICENSE" and v.startswith("CR-") for t, v in got)


def test_bare_licence_column_beside_a_state_column_is_a_driving_licence() -> None:
    text = "Pickup,Renter,Lic St,License,Car\n2025-02-03,Harlan Quimby,OR,7730412,Corolla\n"
    assert ("DRIVER_LICENSE", "7730412") in found(text)


def test_washington_licence_cell_with_few_digits() -> None:
    text = "Pickup,Renter,Lic St,License,Car\n2025-02-04,Ysolde Marchetti,WA,WDLQX8BZT4JK,Civic\n"
    assert ("DRIVER_LICENSE", "WDLQX8BZT4JK") in found(text)


def test_bare_licence_column_in_a_clinician_table_is_no_driving_licence() -> None:
    text = "staff,unit,npi,license\nCorrin Adebayo,4 West,1457392012,RN4402187\n"
    assert "DRIVER_LICENSE" not in types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Driving licence (DVLA) ... OKONK702159BL9AB\n", "OKONK702159BL9AB"),
        ("Driver licence (Victoria): 081726354\n", "081726354"),
        ("my drivers licence (Waka Kotahi) number is EK482913, is that enough?", "EK482913"),
    ],
)
def test_licence_issuer_in_brackets_before_the_number(text: str, value: str) -> None:
    assert ("DRIVER_LICENSE", value) in found(text)


def test_licence_aside_before_a_date_is_no_number() -> None:
    assert "DRIVER_LICENSE" not in types("Driver License (front and back) uploaded 2024-01-02")


# -------------------------------------------- health plans outside the US, record numbers of other languages
def test_header_with_a_field_starting_in_digits_is_still_read() -> None:
    text = (
        "StaffNo,Surname,Given,PhilHealth_No,13thMonth,Email\n"
        'KX-0041,Abellera,Rosalind,12-345098761-2,"12,000.00",r.abellera@example.org\n'
    )
    assert ("HEALTH_PLAN_ID", "12-345098761-2") in found(text)


def test_member_number_column() -> None:
    text = "member_no\trelation\tsurname\tfirst\tdob\tplan\nQ550192837\tEE\tFerreira\tAnselmo\t03/14/1979\tPPO\n"
    assert ("HEALTH_PLAN_ID", "Q550192837") in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient: Devika R.\nMember / Card No.: MM-55018273\nDate of birth: 02/09/1988", "MM-55018273"),
        ("Dental clinic\nInsurer: Great Lakes Life   Certificate/member #: 731905526\n", "731905526"),
        ("Clinic visit. PhilHealth No.: 12-345098761-2", "12-345098761-2"),
        ("Ontario clinic intake, patient: J. Roy\nOHIP #: 4567-123-456-AB", "4567-123-456"),
    ],
)
def test_member_labels_of_other_plans(text: str, value: str) -> None:
    assert any(t == "HEALTH_PLAN_ID" and value in v for t, v in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hospital claim. Insurer: Apex Mediclaim   Policy No.: GRP-55012 (corporate)\n",
        "Hospital claim. Group Policy No.: 7781200\n",
        "Life insurance policy no.: 88120391 (hospital cash rider)",
    ],
)
def test_an_employers_or_a_life_policy_is_no_members_id(text: str) -> None:
    assert "HEALTH_PLAN_ID" not in types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pt: Iqbal Sheriff  DOB 02-Apr-1975  UHID KH.550381927\n", "KH.550381927"),
        ("Paciente: Remedios Alcázar   Expediente: EXP-771204\n", "EXP-771204"),
        ("Paciente: Joana Reis\nNº prontuário: 00451237\n", "00451237"),
    ],
)
def test_record_number_labels_of_other_countries(text: str, value: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", value) in found(text)


def test_a_case_file_without_a_patient_is_no_record_number() -> None:
    assert "MEDICAL_RECORD_NUMBER" not in types("Expediente: EXP-2025-00431. Resolución del comité de ética.")


# ------------------------------- passports: the US shape with no US in sight, YAML blocks, more languages
def test_us_shaped_passport_with_no_us_sign_is_a_passport() -> None:
    assert ("PASSPORT", "B41920377") in found("[08:12] Obiageli: passport B41920377 born 9 Oct 1984")


@pytest.mark.parametrize(
    "text",
    [
        "Home: 41 Larch Ave, Boise, ID 83702\nPassport book number: 577203918",
        "ssn: 612-40-1187\npassport: L55019382",
        "Citizenship: United States\nPassport No.: A41882610",
    ],
)
def test_us_shaped_passport_in_a_us_text_is_a_us_passport(text: str) -> None:
    assert "US_PASSPORT" in types(text)


def test_passport_number_a_few_fields_down_its_yaml_block() -> None:
    text = "worker:\n  passport:\n    country: CL\n    number: PQ7730142\n    expiry: 2031-04-30\n"
    assert ("PASSPORT", "PQ7730142") in found(text)


def test_malay_passport_label() -> None:
    assert ("PASSPORT", "K90312845") in found("No. Pasport    : K90312845\n")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Urquiza, mayor de edad, nacido(a) el 2 de septiembre de 1979, con domicilio", "2 de septiembre de 1979"),
        ("o(a) Sr(a). Tomas Ferro, nascido(a) em 26/02/1987, CPF", "26/02/1987"),
        ("BEGIN:VCARD\nFN:Oona Telfer\nBDAY:1958-11-02\nEND:VCARD", "1958-11-02"),
    ],
)
def test_birth_labels_written_for_either_gender_and_vcard(text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found(text)


def test_sort_code_and_account_with_a_slash_after_a_bank_word() -> None:
    assert ("UK_BANK_ACCOUNT", "20-45-77 / 41833920") in found("Bank for salary:\t20-45-77 / 41833920\n")
    assert "UK_BANK_ACCOUNT" not in types("Score: 20-45-77 / 41833920\n")


# ------------------------ clinical text: relatives and negation of other languages, counts, products, figures
_PATIENT = "Paciente: Leocadia Ibarguren   Fecha de nacimiento: 11/03/1969\n"


def test_a_relatives_condition_in_spanish_is_not_the_patients() -> None:
    text = _PATIENT + "Antecedentes: Padre con hipertensión. Abuela con diabetes.\nImpresión diagnóstica: asma.\n"
    got = found(text)
    assert ("DIAGNOSIS", "asma") in got
    assert ("DIAGNOSIS", "diabetes") not in got and ("DIAGNOSIS", "hipertensión") not in got


def test_a_condition_said_not_to_be_it_in_portuguese() -> None:
    text = (
        "Paciente: Caetano Brandão, nascido em 02/03/1980.\nDiagnóstico: sinusite.\nObs.: não é dengue, teste negativo."
    )
    text = text.replace("teste negativo", "negativo")
    assert ("DIAGNOSIS", "dengue") not in found(text)


def test_a_drug_to_avoid_is_no_medication() -> None:
    text = "Pt: Ferdinand Oyelaran  DOB 07/07/1977\nImp: gastritis. Rx: omeprazole 20 mg OD; avoid naproxen."
    got = found(text)
    assert ("MEDICATION", "omeprazole") in got
    assert ("MEDICATION", "naproxen") not in got


def test_people_counted_for_a_condition_are_no_diagnosis() -> None:
    text = "Our outreach nurses vaccinated 4,200 children against measles and treated over 900 adults for malaria."
    assert not types(text) & {"DIAGNOSIS"}


def test_a_till_line_sells_a_product_not_a_medication() -> None:
    text = '2025-06-01T09:13:02Z INFO lane=2 sale sku=501234567891 qty=2 desc="ibuprofen 200mg 24ct" total=7.98\n'
    assert "MEDICATION" not in types(text)


def test_a_stroke_of_luck_and_places_ending_in_oma() -> None:
    text = (
        "Patient: Wendell Achterberg   DOB: 02/02/1950\nDiagnosis: pneumonia. It was a 'stroke' of luck that a "
        "neighbour called. Transferred from Tacoma, OKLAHOMA records attached."
    )
    got = found(text)
    assert ("DIAGNOSIS", "pneumonia") in got
    assert not {v for t, v in got if t == "DIAGNOSIS"} & {"stroke", "Tacoma", "OKLAHOMA"}


# ------------------------------------------------------------- an airline's passenger document record (APIS)
def test_passenger_document_records_give_passport_and_birth_date() -> None:
    got = found("APIS: DOCS/P/DEU/C4RT91XZ2/DEU/04FEB91/M\nSSR DOCS UA HK1/P/USA/584120937/USA/22AUG66/F/03MAY31")
    assert {("PASSPORT", "C4RT91XZ2"), ("DATE_OF_BIRTH", "04FEB91"), ("US_PASSPORT", "584120937")} <= set(got)


def test_a_docs_path_is_no_passenger_record() -> None:
    assert not types("see docs/p/readme and docs/P/FRA/ for details")


# ----------------------------------- notifiable diseases; a colleague's illness, a lab test's name, a vaccine
def test_notifiable_diseases_and_subtypes_are_diagnoses() -> None:
    text = "Pt: Marisol Tupaz  DOB 12-Jan-1990\nImp: dengue fever. History: bipolar II disorder, typhoid fever in 2019."
    got = found(text)
    assert {("DIAGNOSIS", "dengue fever"), ("DIAGNOSIS", "bipolar II disorder"), ("DIAGNOSIS", "typhoid fever")} <= set(
        got
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pt: Marisol Tupaz  DOB 12-Jan-1990\nRoommate had chikungunya in June. Imp: viral fever.",
        "Pt: Marisol Tupaz  DOB 12-Jan-1990\nLabs: Dengue NS1 Ag reactive. Imp: viral fever.",
        "Patient: Hallvard Brekke   DOB: 30/04/1982\nVaccines given: Yellow fever (lot YF2291)",
    ],
)
def test_someone_elses_illness_a_test_and_a_vaccine_are_no_diagnosis(text: str) -> None:
    got = {v.lower() for t, v in found(text) if t == "DIAGNOSIS"}
    assert not got & {"chikungunya", "dengue", "yellow fever"}
