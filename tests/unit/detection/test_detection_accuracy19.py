"""Identifiers and birth dates read by their formats' specifications, tenth pass (issue 13, helper accuracy19).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus; check digits
are computed here from the public specifications.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


def _cd(field: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; letters A=10..Z=35, '<'=0)."""
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else ord(ch) - 55 if ch.isalpha() else 0
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _td3(number: str, nat: str, dob: str, sex: str = "F", exp: str = "300101") -> str:
    num = number.ljust(9, "<")
    opt = "<" * 14
    body = num + _cd(num) + nat + dob + _cd(dob) + sex + exp + _cd(exp) + opt + _cd(opt)
    return body + _cd(num + _cd(num) + dob + _cd(dob) + exp + _cd(exp) + opt + _cd(opt))


def _td1(issuer: str, number: str, dob: str, nat: str, exp: str = "310505") -> str:
    num = number.ljust(9, "<")
    opt = "<" * 11
    line1 = "I<" + issuer + num + _cd(num) + "<" * 15
    return line1 + "\n" + dob + _cd(dob) + "M" + exp + _cd(exp) + nat + opt + _cd(num + dob + exp)


# ------------------------------------------------------------------ ICAO 9303 machine-readable zones
def test_passport_zone_gives_number_and_birth_date() -> None:
    text = "scan ok\nP<CANTREMBLAY<<ODILE<<<<<<<<<<<<<<<<<<<<<<<<<\n" + _td3("GK4471820", "CAN", "860314") + "\n"
    got = found(text)
    assert ("PASSPORT", "GK4471820") in got
    assert ("DATE_OF_BIRTH", "860314") in got


def test_zone_indented_in_a_log_is_read() -> None:
    zone = "    P<NORHAUGEN<<SIGRID<<<<<<<<<<<<<<<<<<<<<<<<<<\n    " + _td3("FD8820113", "NOR", "770930")
    text = "[09:12:44] reader 3\n" + zone + "\n"
    assert ("DATE_OF_BIRTH", "770930") in found(text)
    assert ("PASSPORT", "FD8820113") in found(text)


def test_united_states_passport_zone_is_a_us_passport() -> None:
    text = "P<USAGARNER<<LUELLA<MAE<<<<<<<<<<<<<<<<<<<<<<\n" + _td3("530118842", "USA", "690722") + "\n"
    got = found(text)
    assert ("US_PASSPORT", "530118842") in got
    assert ("PASSPORT", "530118842") not in got


def test_visa_zone_number_is_no_passport_but_its_birth_date_is_the_holders() -> None:
    text = '["V<AUSMBEKI<<THANDO<<<<<<<<<<<<<<<<<<<<<<<<<<",\n "' + _td3("X40021877", "ZAF", "950211", "M") + '"]\n'
    got = found(text)
    assert ("DATE_OF_BIRTH", "950211") in got
    assert "PASSPORT" not in types(text)


def test_identity_card_td1_zone_gives_the_birth_date() -> None:
    text = "Reverse side:\n" + _td1("PRT", "CC8812043", "020815", "PRT") + "\nSOUSA<<MARIANA<<<<<<<<<<<<<<<<\n"
    got = found(text)
    assert ("DATE_OF_BIRTH", "020815") in got
    assert "PASSPORT" not in types(text)


def test_zone_with_a_wrong_check_digit_is_not_read() -> None:
    line = _td3("GK4471820", "CAN", "860314")
    broken = line[:19] + str((int(line[19]) + 1) % 10) + line[20:]  # the birth date's check digit
    text = "P<CANTREMBLAY<<ODILE<<<<<<<<<<<<<<<<<<<<<<<<<\n" + broken + "\n"
    assert "DATE_OF_BIRTH" not in types(text)


# ------------------------------------------------------------------ compact airline dates after a birth label
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DOB ........ 07MAR81\n", "07MAR81"),
        ("Geburtsdatum 14FEB1975, Reisepass folgt\n", "14FEB1975"),
        ("birth date: 30Nov19\n", "30Nov19"),
        ("Fecha de nacimiento / Date of birth: 02ENE88\n", "02ENE88"),
    ],
)
def test_compact_day_month_year_after_a_birth_label(text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found(text)


def test_compact_dates_without_a_birth_label_are_no_birth_dates() -> None:
    assert "DATE_OF_BIRTH" not in types("OPS NOTE: flight 442 retimed on 18MAR25, crew rest 09APR per roster.\n")


# ------------------------------------------------------------------ a document type beside a document number
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("evt=read kind=P issuer=BRA doc_no=FT730418 result=match\n", ("PASSPORT", "FT730418")),
        ("evt=read type=P issuer=NZL docno=RA551904 result=match\n", ("PASSPORT", "RA551904")),
        ('{"id_type":"de_tax_id","id_number":"42971737588"}\n', ("DE_TAX_ID", "42971737588")),
        ("doc_type=de_tax_id doc_no=52060974307 status=ok\n", ("DE_TAX_ID", "52060974307")),
        (
            '{"document_type":"National Insurance","document_number":"JT481627C"}\n',
            ("UK_NATIONAL_INSURANCE_NUMBER", "JT481627C"),
        ),
    ],
)
def test_document_number_typed_by_the_type_field_beside_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in found(text)


def test_a_log_type_that_names_no_document_types_nothing() -> None:
    assert found("evt=scan type=error doc_no=AB123456 retry=1\n") == []


def test_document_number_column_typed_by_the_document_type_column() -> None:
    text = (
        "pax,surname,given_name,birth,doc_type,doc_no,doc_country\n"
        "1,LEHTONEN,AINO,11SEP74,P,19FV40772,FIN\n"
        "2,BRUNETTI,PAOLO,03JUL68,P,YA2209871,ITA\n"
    )
    got = found(text)
    assert ("PASSPORT", "19FV40772") in got
    assert ("PASSPORT", "YA2209871") in got
    assert ("DATE_OF_BIRTH", "11SEP74") in got


def test_document_number_column_of_mixed_types_is_left_alone() -> None:
    text = "surname,doc_type,doc_number\nLEHTONEN,P,19FV40772\nBRUNETTI,ID,CA00012345\n"
    assert "PASSPORT" not in types(text)


# ------------------------------------------------------------------ telecom records: numbers without "+"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"callingNumber":"4915209876543","duration":12}\n', "4915209876543"),
        ('{"calling":"61412730598","called":"33612845370"}\n', "33612845370"),
        ("calling_party=4917612345098 called_party=447911123456 dur=31\n", "4917612345098"),
        ("svc=smsc src=0712883041 dst=+254 711 402 993 parts=1\n", "0712883041"),
        ("Rufnummer: 0151 28840731\n", "0151 28840731"),
        ("Number to port: 0171 5093318\n", "0171 5093318"),
    ],
)
def test_call_record_and_porting_numbers(text: str, value: str) -> None:
    assert ("PHONE", value) in found(text)


def test_a_bare_source_or_destination_host_is_no_phone() -> None:
    assert "PHONE" not in types("fw: src=10.0.0.7 dst=198.51.100.20 sport=51544 dport=443 action=allow\n")


def test_msisdn_column_without_plus() -> None:
    text = "ts,a_number,b_number,secs\n2026-03-01T08:00:11Z,254722413088,447911123456,120\n"
    got = found(text)
    assert ("PHONE", "254722413088") in got
    assert ("PHONE", "447911123456") in got


# ------------------------------------------------------------------ a licence in its own object
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"renter":"x","licence":{"issuer":"Quebec","number":"M6420-191179-08"},"car":"ECAR"}\n', "M6420-191179-08"),
        ('{"driving_licence":{"country":"SE","number":"LINDQ840602SL9"}}\n', "LINDQ840602SL9"),
        ("renter:\n  licence:\n    country: PL\n    number: 04417/19/2211\n  loyalty: gold\n", "04417/19/2211"),
        ("kyc DEBUG secondary_doc=driver_licence region=Nova Scotia number=PRYCE120384 ok\n", "PRYCE120384"),
    ],
)
def test_licence_number_in_the_object_its_label_opens(text: str, value: str) -> None:
    assert ("DRIVER_LICENSE", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"name":"left-pad","license":"MIT","version":"1.3.0"}\n',
        '{"license":{"type":"Apache-2.0","url":"https://www.apache.org/licenses/LICENSE-2.0"}}\n',
    ],
)
def test_a_software_licence_object_is_no_driving_licence(text: str) -> None:
    assert "DRIVER_LICENSE" not in types(text)


# ------------------------------------------------------------------ a birth date answered under a dated chat stamp
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "2026-01-14 09:02:11 Agent: please confirm your date of birth.\n2026-01-14 09:03:40 Teuila: 02/11/1979\n",
            "02/11/1979",
        ),
        ("14/01/2026, 09:05 - Agent: Date of birth?\n14/01/2026, 09:06 - Teuila: 17.06.1981\n", "17.06.1981"),
        ("2026-01-14T09:02:11Z agent: your DOB?\n2026-01-14T09:03:40Z cust: 1979-11-02\n", "1979-11-02"),
    ],
)
def test_birth_date_answered_after_the_next_lines_stamp(text: str, value: str) -> None:
    got = found(text)
    assert ("DATE_OF_BIRTH", value) in got
    assert [v for t, v in got if t == "DATE_OF_BIRTH"] == [value]


# ------------------------------------------------------------------ member and policy numbers of other plans
@pytest.mark.parametrize(
    "text",
    [
        "ALLIANCE TRAVEL PROTECTION - MEDICAL CLAIM\nPolicy no.: ATP-5518820\nTreated for appendicitis.\n",
        "Applicant: Ottoline Brackett\nOccupation: nurse\nSkyWay Miles member no.: 40877123  Tier: Silver\n",
    ],
)
def test_travel_protection_and_miles_numbers_are_no_health_plan(text: str) -> None:
    assert "HEALTH_PLAN_ID" not in types(text)
