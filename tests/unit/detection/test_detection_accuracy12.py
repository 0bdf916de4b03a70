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
