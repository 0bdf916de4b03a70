"""Birth dates and identifiers as other writers write them, eleventh pass (issue 13, helper accuracy22).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


# ------------------------------------------------------------------ East Asian dates, labels of more languages
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("患者: 佐藤 一郎\n生年月日: 1959年11月2日\n", "1959年11月2日"),
        ("病人 Patient: Zhang Min\n出生日期：2001年6月9日\n", "2001年6月9日"),
        ("생년월일: 1977년 1월 15일\n", "1977년 1월 15일"),
        ("Nama: Dewi Lestari\nTanggal lahir: 05/11/1990\n", "05/11/1990"),
        ("Tgl. Lahir : 21-04-1988\n", "21-04-1988"),
        ("Ngày sinh: 30/06/1975\n", "30/06/1975"),
        ("Дата рождения: 02.02.1966\n", "02.02.1966"),
    ],
)
def test_birth_date_labels_of_more_languages(text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in found(text)


# ------------------------------------------------------------------ a birth year alone
def test_year_alone_after_a_birth_date_label() -> None:
    got = found("Name: Omar Haji Farah\nDate of birth: 1966 (approx.)\nchild: Idil Farah, DOB 2017\n")
    assert ("DATE_OF_BIRTH", "1966") in got
    assert ("DATE_OF_BIRTH", "2017") in got


def test_year_alone_in_a_birth_date_key() -> None:
    assert ("DATE_OF_BIRTH", "1983") in found('{"name": "Pia Sorensen", "dob": "1983"}')


def test_year_that_is_no_birth_date() -> None:
    text = "Year of birth: 1970\nDOB fields removed in 2023. Born 1950-1954: 12 participants.\n"
    assert not [v for t, v in found(text) if t == "DATE_OF_BIRTH"]


# ------------------------------------------------------------------ "(b. ...)" after a name
def test_born_abbreviation_in_parentheses() -> None:
    got = found("Children: Lena Marsh (b. 03/09/2013) and Theo Marsh (b. 2016).")
    assert ("DATE_OF_BIRTH", "03/09/2013") in got
    assert ("DATE_OF_BIRTH", "2016") in got


# ------------------------------------------------------------------ an audit trail's old and new birth date
def test_audit_trail_new_birth_date() -> None:
    got = found("audit user=ab1 rec=77 field=dob old=1981-02-03 new=1981-03-02 ok\n")
    assert ("DATE_OF_BIRTH", "1981-02-03") in got
    assert ("DATE_OF_BIRTH", "1981-03-02") in got


def test_corrected_birth_date_from_to() -> None:
    got = found("Please fix the date of birth from 07/08/1990 to 08/07/1990, thanks.")
    assert ("DATE_OF_BIRTH", "08/07/1990") in got


def test_audit_trail_other_field_stays() -> None:
    assert not found("audit user=ab1 rec=77 field=visit_date old=2024-02-03 new=2024-03-02 ok\n")


def test_sdtm_birth_date_column_and_variable() -> None:
    got = found("USUBJID,BRTHDTC,SEX\nQQ-9-001,1959-04-21,F\nQQ-9-002,1990-12-02,M\n")
    assert ("DATE_OF_BIRTH", "1959-04-21") in got
    assert ("DATE_OF_BIRTH", "1990-12-02") in got
    assert ("DATE_OF_BIRTH", "1944-07-07") in found("subject QQ-9-003 DM.BRTHDTC = 1944-07-07 (source differs)")


# ------------------------------------------------------------------ labels as OCR misreads them
def test_ocr_misread_labels() -> None:
    got = found("Date 0f birth: 23/10/1984\nSocial Security Nurnber: 401-33-2189\n")
    assert ("DATE_OF_BIRTH", "23/10/1984") in got
    assert ("US_SSN", "401-33-2189") in got


# ------------------------------------------------------------------ a birth date in a URL's query
def test_birth_date_in_url_query() -> None:
    got = found('"GET /v2/members?first=ana&dob=1979-10-04&plan=gold HTTP/1.1" 200')
    assert ("DATE_OF_BIRTH", "1979-10-04") in got


# ------------------------------------------------------------------ pharmacy benefit (NCPDP) cardholder ids
def test_ncpdp_cardholder_id_key() -> None:
    got = found("claim B1 bin=015581 pcn=PDP grp=GX771 cardholder=KT5539021 person=01 resp=P\n")
    assert ("HEALTH_PLAN_ID", "KT5539021") in got


def test_ncpdp_cardholder_id_column() -> None:
    got = found("rx\tbin\tpcn\tcardholder_id\tresp\n551\t015581\tPDP\tKT5539021\tP\n552\t015581\tPDP\tKT5539022\tR\n")
    assert ("HEALTH_PLAN_ID", "KT5539021") in got


def test_payment_cardholder_stays_a_name() -> None:
    got = found("payment ok cardholder=Ruth Adeyemi amount=9.99 auth=553120\n")
    assert not [v for t, v in got if t == "HEALTH_PLAN_ID"]


# ------------------------------------------------------------------ passports labelled in more languages
@pytest.mark.parametrize(
    "text",
    [
        "رقم جواز السفر: K5512093\n",
        "Nimewo paspò: K5512093\n",
        "Số hộ chiếu: K5512093\n",
        "Номер паспорта: K5512093\n",
    ],
)
def test_passport_labels_of_more_languages(text: str) -> None:
    assert ("PASSPORT", "K5512093") in found(text)


# ------------------------------------------------------------------ a hand-kept sheet's headers
def test_header_with_aside_and_exclamation() -> None:
    got = found("Name,DOB (dd/mm/yyyy),Passport (if any),Notes!!\nLemlem Haile,11/02/1979,EQ5520193,ok\n")
    assert ("DATE_OF_BIRTH", "11/02/1979") in got
    assert ("PASSPORT", "EQ5520193") in got


# ------------------------------------------------------------------ "NI" as a key or a short label
def test_ni_key_and_label() -> None:
    assert ("UK_NATIONAL_INSURANCE_NUMBER", "JT604418C") in found("row 3 ok dob=1969-10-21 ni=JT604418C\n")
    assert ("UK_NATIONAL_INSURANCE_NUMBER", "JT604418C") in found("Name: Femi Oduya\nNI: JT604418C\n")
    assert not found("ni=ZZ999999Z\n")


# ------------------------------------------------------------------ people listed with birth dates in brackets
def test_people_listed_with_birth_dates() -> None:
    got = found("Present: mother Ana Lopes, and Rui (03/04/2016), Tiago (11/12/2019). Visit ok.")
    assert ("DATE_OF_BIRTH", "03/04/2016") in got
    assert ("DATE_OF_BIRTH", "11/12/2019") in got


def test_one_bracketed_date_is_no_birth_date() -> None:
    got = found("Seen by Dr Ames (12/03/2024). Next review (01/06/2024).")
    assert not [v for t, v in got if t == "DATE_OF_BIRTH"]


# ------------------------------------------------------------------ a member id given in answer to a question
def test_member_id_answered_by_the_next_speaker() -> None:
    text = "AGENT: Pharmacy refills. Can I have the member ID from the card?\nCALLER: Yes. It's RX4471205901.\n"
    assert ("HEALTH_PLAN_ID", "RX4471205901") in found(text)


def test_car_policy_answer_is_no_health_plan() -> None:
    text = "Motor claims\nAGENT: What's your policy number?\nCALLER: Sure, it's MTR77120455.\n"
    assert not [v for t, v in found(text) if t == "HEALTH_PLAN_ID"]


# ------------------------------------------------------------------ a birth-date column of a table inside a document
def test_birth_date_column_of_a_pipe_table_without_outer_pipes() -> None:
    text = (
        "HOUSEHOLD\nName | Relation | DOB | Notes\nAda Quist | Daughter | 04/07/2009 | -\n"
        "Bo Quist | Son | 11/12/2012 | -\n"
    )
    got = found(text)
    assert ("DATE_OF_BIRTH", "04/07/2009") in got
    assert ("DATE_OF_BIRTH", "11/12/2012") in got


def test_birth_date_column_of_a_fixed_width_extract() -> None:
    text = "RUN 7\nSURNAME   FORENAME  DOB       SEX\n------------------------------\nMBEKI     THABO     19751130  M\n"
    assert ("DATE_OF_BIRTH", "19751130") in found(text)


def test_other_date_columns_stay() -> None:
    text = "Ref     DOB         Visit\nA1      -           01/02/2024\n"
    assert not [v for t, v in found(text) if t == "DATE_OF_BIRTH"]
