"""Identifier recall (issue 13, third pass): birth dates, record numbers, passports, national and health ids.

Each case is a form real records take, written for the rule it tests (values generated with their check
digits, names and places invented), not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.scanners.dates import date_span
from privacykit.domain.detection.scanners.numbers import passport_type


def values(text: str, kind: str) -> list[str]:
    return [v for t, v in found(text) if t == kind]


# ------------------------------------------------------------------------------------------ birth dates
@pytest.mark.parametrize(
    "written",
    ["8 octobre 1984", "17 de agosto de 1962", "2 de dezembro de 1979", "5. Oktober 1958", "1er juin 1990",
     "11 settembre 1977", "30 januari 1969", "Sept. 4, 1970", "4 Sept 1970", "05-MAR-80"],
)  # fmt: skip
def test_birth_dates_are_read_in_the_month_names_of_six_languages(written: str) -> None:
    assert date_span(written, 0, exact=True) == (0, len(written))


def test_a_word_that_is_no_month_makes_no_date() -> None:
    assert date_span("7 marsupial 1990", 0, exact=True) is None
    assert date_span("12 Maybe 1990", 0, exact=True) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Data di nascita: 19/04/1983 - residente a Lecce", "19/04/1983"),
        ("Cliente nascido em 07/07/1961, pediu extrato.", "07/07/1961"),
        ("Titular: nacido el 3 de junio de 1955 en Cádiz", "3 de junio de 1955"),
        ("Mme Ferrand, née le 12 avril 1948, demande un duplicata.", "12 avril 1948"),
        ("Herr Albers, geboren am 9. November 1971, ruft an.", "9. November 1971"),
        ("Date of birth .......... 02/14/1966", "02/14/1966"),
        ("DOB/Sex : 1971-08-30 / F", "1971-08-30"),
        ("Please confirm the DOB we hold (11/02/1957) with the caller.", "11/02/1957"),
    ],
)
def test_birth_dates_after_labels_of_other_languages_and_layouts(text: str, date: str) -> None:
    assert values(text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "We need the DOB before the appointment on 06/07/2025.",
        "The DOB field is required. Renewal is due 01/01/2026.",
        "Born digital: the archive went live on 5 mai 2011.",
        "DOB and address verified on 03/04/2025 by the front desk.",
    ],
)
def test_a_date_a_word_gives_another_meaning_is_no_birth_date(text: str) -> None:
    assert values(text, "DATE_OF_BIRTH") == []


def test_a_birth_date_column_of_a_german_export() -> None:
    text = "Personalnr;Geburtsdatum;Eintritt\n11;04.05.1977;01.02.2020\n12;28.02.1969;15.03.2018\n"
    assert values(text, "DATE_OF_BIRTH") == ["04.05.1977", "28.02.1969"]


# --------------------------------------------------------------------------------------- record numbers
def test_a_record_number_as_the_last_word_of_a_log_key() -> None:
    text = "ts=2025-01-02T03:04:05Z action=VIEW pt_mrn=KX440917 user=nurse7\naction=VIEW patient_mrn=55-120934\n"
    assert values(text, "MEDICAL_RECORD_NUMBER") == ["KX440917", "55-120934"]
    assert values("cache_min=2048 build_no=1234567", "MEDICAL_RECORD_NUMBER") == []


def test_fhir_identifiers_named_by_their_type_text_and_system() -> None:
    text = (
        '{"resourceType": "Patient", "identifier": [{"type": {"text": "Medical Record Number"}, '
        '"system": "urn:oid:1.2.3.4", "value": "RM5512093"}, '
        '{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "5QP0XF1PP06"}, '
        '{"type": {"text": "Visit Number"}, "value": "V55120"}]}'
    )
    assert values(text, "MEDICAL_RECORD_NUMBER") == ["RM5512093"]
    assert values(text, "US_MBI") == ["5QP0XF1PP06"]


# ------------------------------------------------------------------------------------------- health plans
def test_hl7_in1_policy_numbers_and_the_insured_birth_date() -> None:
    in1 = "IN1|1|PPO2^Gold|H11|Riverbend Health Plan|||||G-77||||||||SEL|19620405" + "|" * 18 + "RBH55120934"
    text = "MSH|^~\\&|A|B|C|D|202501011200||ADT^A04|1|P|2.5.1\rPID|1||4412^^^H^MR\r" + in1 + "\r"
    assert values(text, "HEALTH_PLAN_ID") == ["RBH55120934"]
    assert values(text, "DATE_OF_BIRTH") == ["19620405"]
    mbi = text.replace("RBH55120934", "9CF5D46DJ27")
    assert values(mbi, "US_MBI") == ["9CF5D46DJ27"]


def test_camel_case_member_keys_of_a_health_claim() -> None:
    text = '{"member": {"memberId": "W55120934", "plan": "Riverbend PPO", "medicareMbi": "9CF5D46DJ27"}}'
    assert values(text, "HEALTH_PLAN_ID") == ["W55120934"]
    assert values(text, "US_MBI") == ["9CF5D46DJ27"]
    assert values('{"program": "frequent flyer miles", "memberId": "FF55120934"}', "HEALTH_PLAN_ID") == []


# ---------------------------------------------------------------------------------------------- passports
def test_a_passport_is_typed_by_the_country_that_issued_it() -> None:
    text = (
        '{"apis": {"docType": "P", "docNumber": "M70912235", "issuingCountry": "NZL"}}\n'
        '{"apis": {"docType": "P", "docNumber": "570912235", "issuingCountry": "USA"}}\n'
        '{"apis": {"docType": "V", "docNumber": "V70912235", "issuingCountry": "NZL"}}\n'
    )
    assert found(text) == [("PASSPORT", "M70912235"), ("US_PASSPORT", "570912235")]


def test_a_country_in_the_row_or_after_the_number_types_a_passport() -> None:
    row = "| Ilse Vandersteen | Belgium | 570912235 |"
    assert passport_type(row, row.index("570"), row.index("570") + 9) is T.PASSPORT
    row = "| Dale Pruitt | United States | 570912235 |"
    assert passport_type(row, row.index("570"), row.index("570") + 9) is T.US_PASSPORT
    text = "Passport no: 570912235   Issuing country: Ghana"
    assert values(text, "PASSPORT") == ["570912235"]


# -------------------------------------------------------------------------------- national and tax ids
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Steuer-ID laut Lohnsteuerbescheinigung: 83 259 069 191.", "DE_TAX_ID", "83 259 069 191"),
        ("NIR communiqué pour le dossier : 1 51 12 07 833 472 25", "FR_NIR", "1 51 12 07 833 472 25"),
        ("Qual o seu CPF?\nCliente: é 111.469.452-56", "BR_CPF", "111.469.452-56"),
        ("National Insurance\nnumber: JT 12 34 56 B", "UK_NATIONAL_INSURANCE_NUMBER", "JT 12 34 56 B"),
        ("My National Insurance num-\nber is AB123456C.", "UK_NATIONAL_INSURANCE_NUMBER", "AB123456C"),
        ("Social Insurance Number (SIN): 521 763 557", "CA_SIN", "521 763 557"),
        ("Bank sort code / account no.: 40-11-62 31926819", "UK_BANK_ACCOUNT", "40-11-62 31926819"),
    ],
)
def test_ids_after_their_label_at_a_distance(text: str, kind: str, value: str) -> None:
    assert values(text, kind) == [value]


def test_an_id_failing_its_check_digits_is_not_taken_from_the_window() -> None:
    assert values("Steuer-ID geprüft, Vorgang 97253334541 abgelehnt.", "DE_TAX_ID") == []
    assert values("Informe o CPF.\nPedido 82479011732 registrado.", "BR_CPF") == []


def test_a_document_number_is_read_as_the_type_its_document_type_names() -> None:
    text = (
        '{"document_type": "nie", "document_number": "Y5691501G"}\n'
        '{"document_type": "aadhaar", "document_number": "609921299976"}\n'
        '{"document_type": "nric", "document_number": "F0965699P"}\n'
        '{"document_type": "invoice", "document_number": "620378398"}\n'
    )
    assert found(text) == [("ES_DNI", "Y5691501G"), ("IN_AADHAAR", "609921299976"), ("SG_NRIC", "F0965699P")]
    form = "Tipo de documento: D (DNI)    Nº documento: 84646340S"
    assert values(form, "ES_DNI") == ["84646340S"]


def test_id_columns_of_a_payroll_export() -> None:
    text = "Ref,NI Number,Sort Code,Account Number\n1,JT123456B,40-11-62,31926819\n2,AB654321D,20-00-00,55779911\n"
    assert values(text, "UK_NATIONAL_INSURANCE_NUMBER") == ["JT123456B", "AB654321D"]
    assert values(text, "UK_BANK_ACCOUNT") == ["31926819", "55779911"]
    orders = "order_id,account number,amount\nA-1,88120931,9.99\n"
    assert values(orders, "UK_BANK_ACCOUNT") == []
    german = "Nr;Steuer-ID;Klasse\n1;81246357917;I\n2;97253334541;III\n"
    assert values(german, "DE_TAX_ID") == ["81246357917"]


# ------------------------------------------------------------------------------------- driver licences
def test_driver_licences_in_the_format_of_the_state_named() -> None:
    assert values("driver's license, state of issue Georgia, no. 051204381", "DRIVER_LICENSE") == ["051204381"]
    text = "Licence state ......... Arizona\nLicence number ........ D12043819   exp 09/30/2030"
    assert values(text, "DRIVER_LICENSE") == ["D12043819"]


# ---------------------------------------------------------------------------------------------- addresses
def test_an_address_and_port_after_a_vpn_user_is_an_address_a_product_token_is_not() -> None:
    text = "Mar 3 10:00:01 gw openvpn[811]: ana.k@example.org/198.51.100.23:51820 peer connection initiated\n"
    assert ("IP_ADDRESS", "198.51.100.23") in found(text)
    assert found("User-Agent: Mozilla/5.0 App/6.0.0.134 (build 77)") == []


# ------------------------------------------------------------------------------------ second batch
def test_health_insurance_numbers_of_other_countries_and_medicaid() -> None:
    assert values("Krankenkasse: Barmer\nVersichertennummer: B770912231", "HEALTH_PLAN_ID") == ["B770912231"]
    assert values("Medicaid #: 55NY120934 on file for the patient", "HEALTH_PLAN_ID") == ["55NY120934"]
    assert values("Car insurance policy #: 5512093411", "HEALTH_PLAN_ID") == []


def test_an_account_number_is_a_uk_bank_account_beside_a_sort_code() -> None:
    text = "Sort code: 30-99-50\nAccount number: 41177093"
    assert found(text) == [("UK_BANK_ACCOUNT", "41177093")]
    assert values("Sort code 30-99-50, account no. 41177093", "UK_BANK_ACCOUNT") == ["30-99-50, account no. 41177093"]
    assert values("Account number: 41177093 (loyalty)", "UK_BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("read out his NI as AB 65 43 21 D on the call", "UK_NATIONAL_INSURANCE_NUMBER", "AB 65 43 21 D"),
        ("documento 108.983.611-25 enviado", "BR_CPF", "108.983.611-25"),
        ("assurée 1 51 12 07 833 472 25, dossier complet", "FR_NIR", "1 51 12 07 833 472 25"),
    ],
)
def test_spaced_and_punctuated_ids_stand_without_a_label(text: str, kind: str, value: str) -> None:
    assert values(text, kind) == [value]


@pytest.mark.parametrize(
    "text",
    ["documento 108.983.611-26 enviado", "ref 1 51 12 07 833 472 26", "code QQ 12 34 56 A", "v 108.983.611-25.4"],
)
def test_the_same_shapes_failing_their_checks_or_inside_tokens_are_nothing(text: str) -> None:
    assert found(text) == []


# ------------------------------------------------------------------------------------------------- X12
def test_x12_segments_name_members_birth_dates_and_ids() -> None:
    text = (
        "ST*834*0001~\nNM1*IL*1*ABERNATHY*ROSALIND****MI*QPX55120934~\nDMG*D8*19811103*F~\n"
        "REF*SY*219-09-9999~\nNM1*PR*2*NORTHWIND HEALTH*****PI*55120~\nDTP*348*D8*20250101~\nSE*6*0001~"
    )
    assert found(text) == [  # NM103 and NM104 are two data elements: two spans (accuracy14)
        ("PERSON", "ABERNATHY"),
        ("PERSON", "ROSALIND"),
        ("HEALTH_PLAN_ID", "QPX55120934"),
        ("DATE_OF_BIRTH", "19811103"),
        ("US_SSN", "219-09-9999"),
    ]
    assert found("NM1*IL*1*ABERNATHY*ROSALIND****MI*9CF5D46DJ27~")[2] == ("US_MBI", "9CF5D46DJ27")


def test_ids_as_the_first_word_of_snake_and_camel_case_keys() -> None:
    text = (
        '{"nhsNumber": "701 334 7191", "sin_number": "521763557", '
        '"cpfNumber": "10898361125", "steuer_id": "83259069191"}'
    )
    assert [t for t, _ in found(text)] == ["UK_NHS_NUMBER", "CA_SIN", "BR_CPF", "DE_TAX_ID"]


def test_hl7_and_fhir_passports_are_typed_by_their_issuer() -> None:
    hl7 = "PID|1||4412^^^H^MR~K1234567^^^GBR^PPN~561204381^^^USA^PPN||DOE^JANE\r"
    assert [(t, v) for t, v in found(hl7) if "PASSPORT" in t] == [
        ("PASSPORT", "K1234567"),
        ("US_PASSPORT", "561204381"),
    ]
    fhir = (
        '{"identifier": [{"system": "http://hl7.org/fhir/sid/passport-NZL", "value": "LA123456"}, '
        '{"system": "http://hl7.org/fhir/sid/passport-USA", "value": "561204381"}]}'
    )
    assert found(fhir) == [("PASSPORT", "LA123456"), ("US_PASSPORT", "561204381")]


def test_an_mbi_after_the_word_medicare() -> None:
    assert values("Medicare: 9CF5D46DJ27 (Part A/B)", "US_MBI") == ["9CF5D46DJ27"]
    assert found("Medicare covers 80% of approved costs; ref 1AB2CD3EF45") == []


def test_a_house_number_or_zip_below_a_licence_label_is_no_licence() -> None:
    text = "DL state: NC\nAddress: 88123 Oak Ridge Rd, Raleigh, NC 27601"
    assert found(text) == [("ADDRESS", "88123 Oak Ridge Rd, Raleigh, NC 27601")]
    assert values("Driver licence (NC) 0001234567", "DRIVER_LICENSE") == ["0001234567"]


def test_a_number_starting_an_address_line_below_an_id_label_is_no_id() -> None:
    assert values("SIN: to follow\n620 378 398 Maple Street, Ottawa", "CA_SIN") == []
