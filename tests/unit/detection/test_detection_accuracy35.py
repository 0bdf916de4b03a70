"""Passports as exports, registers and forms write them, sixteenth pass (issue 13, helper accuracy35).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus; the names and
numbers are made up.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


# ------------------------------------------------------------------ a row's document type before its number
@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("12,Lucía Ferrer,España,1973-02-14,pasaporte,PAF336712,hab. 204", "PAF336712"),
        ("Haugland\tSigrid\t1991-03-08\tNOR\tPassport\tFH8812047", "FH8812047"),
        ("7|Emeka Obi|REC-2026-124|NG|passport|B50773314|ok", "B50773314"),
        ('"Tanaka","Ren","JPN","PASSPORT","TR5520173"', "TR5520173"),
    ],
)
def test_a_rows_passport_cell_types_the_next_cell(row: str, number: str) -> None:
    hits = found(row + "\n")
    assert any(t == "PASSPORT" and v == number for t, v in hits), hits


def test_a_header_naming_passport_columns_gives_no_passport() -> None:
    hits = found("name,country,dob,passport,passport_expiry\nAda,UK,1990-01-01,,2030-01-01\n")
    assert not any(t in ("PASSPORT", "US_PASSPORT") for t, _ in hits)


def test_a_cell_that_only_mentions_a_passport_types_nothing() -> None:
    hits = found("id,note,ref,status\n4,copy of passport,KX77120,open\n")
    assert not any(t in ("PASSPORT", "US_PASSPORT") for t, _ in hits)


# ------------------------------------------------------------------------------------- "PP" as a label
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Visitor: Aleksander Wiśniewski, PP: EK7730415, host: facilities", "EK7730415"),
        ("Maria Oliveira (PP no. FT492017) escorted to level 3", "FT492017"),
        ("ID seen at check-in: PP# LR0881462 (Ireland)", "LR0881462"),
    ],
)
def test_pp_with_a_sign_after_it_is_a_passport_label(text: str, number: str) -> None:
    hits = found(text)
    assert any(t == "PASSPORT" and v == number for t, v in hits), hits


def test_page_ranges_are_no_passports() -> None:
    hits = found("Journal of Applied Logistics 14(2), pp. 112-139; also pp 40-52. PP: 24 pages, colour plates.")
    assert not any(t in ("PASSPORT", "US_PASSPORT") for t, _ in hits)


# ------------------------------------------------------------------ columns of a table laid out by spaces
def test_a_member_id_column_of_a_space_laid_health_extract_is_read_row_by_row() -> None:
    text = (
        "ELIGIBILITY EXTRACT - dental PPO\n"
        "Member ID        Name                 Plan\n"
        "QRT552019843     Ingrid Solberg       Dental PPO\n"
        "QRT552019851     Tomasz Wrobel        Dental PPO\n"
    )
    hits = found(text)
    assert ("HEALTH_PLAN_ID", "QRT552019843") in hits
    assert ("HEALTH_PLAN_ID", "QRT552019851") in hits


def test_a_passport_column_of_a_space_laid_list_is_read_row_by_row() -> None:
    text = (
        "Passport No     Name                  Room\n"
        "PX2290471       Keiko Mori            312\n"
        "LK5518802       Olumide Bankole       314\n"
        "C7WQ90315       Hanne Vestergaard     315\n"
    )
    hits = found(text)
    for number in ("PX2290471", "LK5518802", "C7WQ90315"):
        assert ("PASSPORT", number) in hits or ("US_PASSPORT", number) in hits


def test_an_account_column_beside_a_sort_code_column_is_read_row_by_row() -> None:
    text = (
        "Payee                 Sort Code    Account No    Amount\n"
        "Gareth Pryce          30-94-11     27718350      42.10\n"
        "Aisha Rahman          60-83-71     91003427      17.00\n"
    )
    hits = found(text)
    assert ("UK_BANK_ACCOUNT", "27718350") in hits
    assert ("UK_BANK_ACCOUNT", "91003427") in hits


def test_an_order_number_column_is_no_identifier() -> None:
    hits = found("Order No      SKU          Qty\n44018822      BX-2201      3\n44018823      BX-2207      1\n")
    assert not hits


# ------------------------------------------------------------ a birth date as a camelCase key's last word
@pytest.mark.parametrize(
    "text",
    [
        '{"subscriberDOB": "1958-11-30"}',
        '{"dependentDob": "1958-11-30"}',
        "<insuredDob>1958-11-30</insuredDob>",
        "memberDob=1958-11-30",
    ],
)
def test_a_camel_case_key_ending_in_dob_reads_its_birth_date(text: str) -> None:
    assert ("DATE_OF_BIRTH", "1958-11-30") in found(text)


def test_dob_inside_a_word_is_no_label() -> None:
    assert not any(t == "DATE_OF_BIRTH" for t, _ in found("adobe: 1958-11-30 release notes"))


# ----------------------------------------------------------------- a member id as claims screens abbreviate it
@pytest.mark.parametrize("label", ["Mbr ID:", "Mem ID", "mbr_id="])
def test_member_abbreviations_read_a_health_plan_id_near_health_words(label: str) -> None:
    text = f"Claim status - health plan portal\n{label} WQX771204556 (outpatient physiotherapy, copay applied)"
    assert ("HEALTH_PLAN_ID", "WQX771204556") in found(text)
