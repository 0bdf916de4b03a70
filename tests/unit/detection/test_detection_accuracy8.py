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
