"""Identifiers, clinical text and contact values, fifth pass (issue 13, helper accuracy8).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


# ------------------------------------------------------------------------------------------------ phone labels
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Telemóvel ........ 21 384 5521", "21 384 5521"),
        ("Teléfono de contacto: 644 12 87 30", "644 12 87 30"),
        ("Mobile (after 6pm): 07700 900123", "07700 900123"),
        ("Telefon: 089/4417236", "089/4417236"),
        ("HP: 8123 4470", "8123 4470"),
        ("sim op=ACTIVATE msisdn=+44 7700 900417 result=ok", "+44 7700 900417"),
        ('{"a_msisdn": "0612 448 930", "secs": 61}', "0612 448 930"),
        ("asked for a call-back on 0161 496 0734 after lunch", "0161 496 0734"),
        ("Prefiere WhatsApp al 93 412 77 05 por la tarde.", "93 412 77 05"),
    ],
)
def test_phone_labels_of_more_languages_and_systems(text: str, value: str) -> None:
    assert ("PHONE", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phone sales rose 4% this quarter; the phone model 2019 ships in May.",
        "Call at 10:30 on 2025-05-01 for the review.",
        "HP LaserJet 4250 on floor 2, HP EliteBook 840 G7.",
        "phone ordered on 12/03/2024",
    ],
)
def test_phone_labels_without_a_phone(text: str) -> None:
    assert "PHONE" not in types(text)


# ------------------------------------------------------------------------------------------------- SQL dumps
def test_an_insert_is_read_by_the_columns_of_its_create_table() -> None:
    text = (
        "CREATE TABLE members (member_no int NOT NULL, full_name varchar(100), birth_date date, city varchar(40),"
        " PRIMARY KEY (member_no));\n"
        "INSERT INTO members VALUES (101,'Ilse Vandersteen','1974-02-28','Gent'),"
        "(102,'Tomasz Wierzba','1988-10-09',NULL);"
    )
    got = found(text)
    for pair in [
        ("PERSON", "Ilse Vandersteen"),
        ("DATE_OF_BIRTH", "1974-02-28"),
        ("PERSON", "Tomasz Wierzba"),
        ("DATE_OF_BIRTH", "1988-10-09"),
    ]:
        assert pair in got


def test_an_insert_is_read_by_the_create_table_of_its_own_table_not_a_longer_name() -> None:
    text = (
        "CREATE TABLE public.members (member_no int, full_name varchar(100), birth_date date);\n"
        "CREATE TABLE members_archive (member_no int, batch varchar(9), loaded date);\n"
        "INSERT INTO members VALUES (101,'Ilse Vandersteen','1974-02-28');"
    )
    got = found(text)
    assert ("PERSON", "Ilse Vandersteen") in got
    assert ("DATE_OF_BIRTH", "1974-02-28") in got


def test_an_insert_is_read_by_its_column_list() -> None:
    text = (
        "INSERT INTO patients (mrn, first_name, last_name, dob, dx) VALUES "
        "('8830216', 'Odile', 'Brancusi', '1961-03-14', 'type 2 diabetes'), ('8830217', 'Kemal', 'Yurt', NULL, NULL);"
    )
    got = found(text)
    for pair in [
        ("MEDICAL_RECORD_NUMBER", "8830216"),
        ("PERSON", "Brancusi"),
        ("DATE_OF_BIRTH", "1961-03-14"),
        ("DIAGNOSIS", "type 2 diabetes"),
        ("PERSON", "Yurt"),
    ]:
        assert pair in got


def test_a_products_table_names_no_one() -> None:
    text = (
        "CREATE TABLE `products` (`id` int, `name` varchar(80), `price` decimal(8,2), `released` date);\n"
        "INSERT INTO `products` VALUES (1,'Anna Lamp',12.50,'2021-04-01'),(2,'Oslo Chair',80.00,'2022-09-15');"
    )
    assert found(text) == []


# ------------------------------------------------------------------------------------------------ birth dates
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La signora Ferretti, nata a Bari (BA) il 4 marzo 1958, chiede il rinnovo.", "4 marzo 1958"),
        ("Nato/a a: Verona   il 24/07/1961", "24/07/1961"),
        ("M. Castagnier, né à Rennes le 12/09/1949, est domicilié à Lyon.", "12/09/1949"),
        ("Born in Cork on 2 June 1993, she joined in 2019.", "2 June 1993"),
        ("nacida en San José, Costa Rica el 03/04/1982", "03/04/1982"),
        ('{"date_naissance": "21/11/1966"}', "21/11/1966"),
        ('{"fecha_nacimiento": "1979-05-30"}', "1979-05-30"),
        ("F. nacimiento: 05/12/1946", "05/12/1946"),
    ],
)
def test_birth_dates_after_a_birth_place_and_in_keys(text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found(text)


def test_a_date_after_a_birth_place_and_another_verb_is_no_birth_date() -> None:
    assert "DATE_OF_BIRTH" not in types("She was born in Lyon and moved on 3 May 2001 to Paris.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "09:12 Mirela (Agent): To verify, can you confirm your date of birth and postcode?\n"
            "09:13 Tobiah: 14-02-1979 and SW1A 2AA",
            "14-02-1979",
        ),
        (
            "[10:02] Clínica: Envíe nombre completo y fecha de nacimiento.\n"
            "[10:05] Joana: Joana Mbeki Prates, 22/08/1985",
            "22/08/1985",
        ),
    ],
)
def test_a_birth_date_given_in_answer_to_a_request(text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found(text)


def test_a_birth_date_label_is_no_request() -> None:
    text = "Geburtsdatum / Date of birth: 12.07.1999\nNationality: German\n"
    assert ("PERSON", "German") not in found(text)


# --------------------------------------------------------------------------------- IBANs, national ids, licences
def test_an_iban_broken_over_two_lines() -> None:
    text = "IBAN: GB82 WEST 1234\n5698 7654 32\nBIC: WESTGB2L"
    assert found(text) == [("IBAN", "GB82 WEST 1234\n5698 7654 32")]


def test_an_iban_half_with_a_wrong_tail_is_none() -> None:
    assert "IBAN" not in types("IBAN: GB82 WEST 1234\n5698 7654 33\nBIC: WESTGB2L")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('{"type": "id_card", "country": "ES", "number": "12345678Z"}', ("ES_DNI", "12345678Z")),
        ('{"doc": {"type": "national_id", "issuer": "SGP", "number": "S1234567D"}}', ("SG_NRIC", "S1234567D")),
    ],
)
def test_a_national_id_is_typed_by_its_issuing_country(text: str, pair: tuple[str, str]) -> None:
    assert pair in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"doc": {"type": "national_id", "issuer": "SGP", "number": "S1234567A"}}',  # check letter wrong
        '{"item": {"type": "widget", "number": "12345678Z"}}',
    ],
)
def test_numbers_of_other_documents_are_no_national_ids(text: str) -> None:
    assert found(text) == []


def test_a_camel_case_licence_number_key() -> None:
    text = '{"stateId": {"state": "OH", "licenseNumber": "RK418822"}}'
    assert ("DRIVER_LICENSE", "RK418822") in found(text)


def test_a_licence_column_name_reads_no_value_below_it() -> None:
    text = "emp_no\tsurname\tdl_state\tdl_number\tsite\n48213\tOkonjo\tNC\t300118246607\tRaleigh\n"
    got = found(text)
    assert ("DRIVER_LICENSE", "300118246607") in got
    assert ("DRIVER_LICENSE", "48213") not in got


# --------------------------------------------------------------------------------------------- clinical text
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("MRN 55102934\nCLINICAL DETAILS: tired all the time, ? hypothyroidism", "hypothyroidism"),
        ("MRN 55102934\nDx: bipolar disorder, recurrent, moderate", "recurrent"),
        ("MRN 55102934. No history of gestational diabetes.", "diabetes"),
        ('MRN 55102934 {"amount": {"value": 9120.00, "ccy": "CHF"}}', "CHF"),
        ("MRN 55102934 wire of CAD 4,500 received", "CAD"),
        ("Patient MRN 55102934. Pas d'antécédent d'embolie pulmonaire.", "embolie pulmonaire"),
        ("Paciente NHC 7730215. Niega epilepsia.", "epilepsia"),
        ("Patient MRN 55102934. Keine Epilepsie.", "Epilepsie"),
    ],
)
def test_conditions_queried_negated_or_not_conditions(text: str, absent: str) -> None:
    assert ("DIAGNOSIS", absent) not in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MRN 55102934\nDx: bipolar disorder, in remission", "bipolar disorder"),
        ("MRN 55102934. Any chest pain? Asthma since childhood.", "Asthma"),
        ("MRN 55102934 Dx: CHF, CKD 3", "CHF"),
        ("Paciente NHC 7730215. Antecedentes: trastorno bipolar.", "trastorno bipolar"),
        ("Patiente IPP : 40021877. Antécédents : infarctus du myocarde.", "infarctus du myocarde"),
        ("MRN 55102934. Since the fall I have been treated for whiplash.", "whiplash"),
    ],
)
def test_conditions_asserted(text: str, value: str) -> None:
    assert ("DIAGNOSIS", value) in found(text)


def test_a_french_record_number_label() -> None:
    assert ("MEDICAL_RECORD_NUMBER", "40021877") in found("Patiente : Solène Garnier   IPP : 40021877")
    assert "MEDICAL_RECORD_NUMBER" not in types("Traitement : IPP 20 mg par jour")


# ---------------------------------------------------------------------- health plans, CDA, record numbers
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GROUP HEALTH PLAN [X]\n1a. INSURED'S I.D. NUMBER: QHN40271836", "QHN40271836"),
        ('{"member": {"memberId": "KX7750221904", "planType": "HDHP"}, "prescriber": {"npi": "1720384455"}}',
         "KX7750221904"),
    ],
)  # fmt: skip
def test_health_plan_ids_of_claim_forms_and_payloads(text: str, value: str) -> None:
    assert ("HEALTH_PLAN_ID", value) in found(text)


def test_a_gym_member_id_beside_an_hsa_word_on_its_line_is_no_plan_id() -> None:
    assert "HEALTH_PLAN_ID" not in types("Gym member id: 4471203 (HSA eligible)")


def test_a_cda_patient_role_and_birth_time() -> None:
    text = (
        '<recordTarget><patientRole>\n  <id root="2.16.840.1.113883.19.5" extension="KH4410982"/>\n'
        '  <patient><name><given>Wiremu</given><family>Tane</family></name><birthTime value="19670213"/></patient>\n'
        "</patientRole></recordTarget>"
    )
    got = found(text)
    assert ("MEDICAL_RECORD_NUMBER", "KH4410982") in got
    assert ("DATE_OF_BIRTH", "19670213") in got


def test_a_record_number_a_few_words_after_its_label() -> None:
    assert ("MEDICAL_RECORD_NUMBER", "QE2290314") in found("the MRN for the echo booking is QE2290314")


def test_a_dicom_tag_below_a_record_label_is_no_record_number() -> None:
    text = "(0010,0020) LO [QE2290314]   # PatientID\n(0010,0010) PN [Tane^Wiremu]"
    assert ("MEDICAL_RECORD_NUMBER", "0010") not in found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("MRN 60218834\nRULED OUT: pulmonary embolism (CTPA negative), acute coronary syndrome", "coronary syndrome"),
        ("MRN 60218834. Invited to a randomised trial of dapagliflozin; not enrolled.", "dapagliflozin"),
    ],
)
def test_terms_after_a_ruled_out_aside_or_in_a_trial_name(text: str, absent: str) -> None:
    assert absent not in {v for _, v in found(text)}


def test_a_portuguese_birth_verb() -> None:
    assert ("DATE_OF_BIRTH", "17/11/1988") in found("Gislene Amaral, nasceu em 17/11/1988, reside em Recife.")


# ------------------------------------------------------------------------- HL7 doctors written in mixed case
def test_pv1_doctors_in_mixed_case_are_people() -> None:
    # The contract labels "the name of a specific person"; an attending or referring doctor is one, whatever
    # the case the sender writes names in (PV1-7/8/9/17, XCN: id^family^given).
    text = (
        "MSH|^~\\&|ADT|NORTH|EHR|NORTH|202502031015||ADT^A01|90211|P|2.5.1\r"
        "PID|1||7720154^^^NORTH^MR||Haugen^Sigrid||19591104|F\r"
        "PV1|1|I|3E^310^2||||40917^Achebe^Ngozi^^^Dr|55102^van Dijk^Maarten||MED\r"
    )
    got = found(text)
    assert ("PERSON", "Achebe^Ngozi") in got
    assert ("PERSON", "van Dijk^Maarten") in got


def test_pv1_fields_that_are_no_doctors() -> None:
    text = "PID|1||7720154^^^NORTH^MR||Haugen^Sigrid||19591104|F\rPV1|1|I|3E^310^2||||||||MED|||||||44^Cardiology\r"
    assert ("PERSON", "Cardiology") not in found(text)


# ---------------------------------------------------------------------- trunk numbers: the plan before the parse
def test_the_national_plan_prefilter_rejects_only_numbers_libphonenumber_rejects() -> None:
    import random

    import phonenumbers

    from privacykit.domain.detection import validators as v
    from privacykit.domain.detection.scanners.contact import _TRUNK_REGIONS

    rnd = random.Random(11)
    candidates = [f"0{rnd.randint(10**7, 10**12 - 1)}"[: rnd.randint(9, 12)] for _ in range(3000)]
    candidates += ["0161 496 0734", "07700 900123", "(08) 8042 4484", "030 5528 1190", "0612 448 930"]
    for value in candidates:
        digits = "".join(c for c in value if c.isdigit())
        for region in _TRUNK_REGIONS:
            num = phonenumbers.parse(value, region)
            if phonenumbers.is_valid_number(num):
                assert v.national_may_be_valid(digits, region), (value, region)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pharmacy benefit card. Cardholder ID: ZQP4410928  RxBIN 610014", ("HEALTH_PLAN_ID", "ZQP4410928")),
        ("Patient: A B. Beneficiary ID: 88201773MA (Medicaid)", ("HEALTH_PLAN_ID", "88201773MA")),
        ("Fecha de Nac.: 02/05/1991", ("DATE_OF_BIRTH", "02/05/1991")),
        ("Cel.: (31) 98812-4410", ("PHONE", "(31) 98812-4410")),
        ("Fone: (31) 3344-5120", ("PHONE", "(31) 3344-5120")),
    ],
)
def test_more_labels_of_plans_birth_dates_and_phones(text: str, pair: tuple[str, str]) -> None:
    assert pair in found(text)


def test_a_library_cardholder_id_is_no_plan_id() -> None:
    assert "HEALTH_PLAN_ID" not in types("Library card: cardholder id 12345678")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"phone_home": "0161 496 0734"}', "0161 496 0734"),
        ('{"contactNumber": "0412 345 678"}', "0412 345 678"),
        ('{"tel_no": "020 7946 0958"}', "020 7946 0958"),
        ("mobile_no: 9876543210", "9876543210"),
        ("{'alt': '020 7946 0958'}", "020 7946 0958"),
    ],
)
def test_phone_keys_with_a_qualifier_and_quoted_national_numbers(text: str, value: str) -> None:
    assert ("PHONE", value) in found(text)


def test_a_quoted_reference_in_trunk_shape_is_no_phone() -> None:
    assert "PHONE" not in types('{"ref": "0161 496 0734"}')


def test_a_member_object_id_beside_a_medication_is_a_plan_id() -> None:
    text = '{"member": {"id": "QMN55018342"}, "medication": {"name": "adalimumab", "ndc": "00074-4339-02"}}'
    assert ("HEALTH_PLAN_ID", "QMN55018342") in found(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('{"fechaNacimiento": "1980-03-12"}', ("DATE_OF_BIRTH", "1980-03-12")),
        ('{"dateNaissance": "12/03/1980"}', ("DATE_OF_BIRTH", "12/03/1980")),
    ],
)
def test_multi_word_labels_as_camel_case_keys(text: str, pair: tuple[str, str]) -> None:
    assert pair in found(text)
