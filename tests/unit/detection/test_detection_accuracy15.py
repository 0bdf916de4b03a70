"""Phones, addresses, identifiers, clinical assertion and clean documents (issue 13, helper accuracy15).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


# ------------------------------------------------- numbers reserved for fiction, called test values where they stand
@pytest.mark.parametrize(
    "text",
    [
        'fixtures:\n  subscriber_msisdn: "+44 7700 900417"   # reserved drama number\n',
        "Enter your mobile number, for example (415) 555-0172, and wait for the code.\n",
        "Our test line +61 491 570 110 answers with a recorded message.\n",
        "landline_sample: 020 7946 0381\n",
    ],
)
def test_reserved_number_called_a_test_value_is_no_phone(text: str) -> None:
    assert "PHONE" not in types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Next of kin: Ingrid Solvang (sister), mobile 07700 900654\n", "07700 900654"),
        ("Alternate phone: (312) 555-0148\n", "(312) 555-0148"),
        ("Sample courier pickup confirmed. Call 0161 555 0148 if late.\n", "0161 555 0148"),
    ],
)
def test_reserved_number_in_a_record_or_other_number_near_a_test_word_stays(text: str, value: str) -> None:
    assert ("PHONE", value) in found(text)


# ------------------------------------------------- dotted quads after a firmware word
@pytest.mark.parametrize(
    "text",
    [
        "updater INFO radio baseband 12.61.44.70 applied\n",
        "updater INFO bootloader 15.52.80.3 verified\n",
        "Workstation check: viewer rcvr 22.12.1.48 installed\n",
    ],
)
def test_quad_after_a_firmware_word_is_a_version(text: str) -> None:
    assert "IP_ADDRESS" not in types(text)


def test_host_beside_a_receiver_version_stays() -> None:
    got = found("viewer rcvr 22.12.1.48 installed, session host 10.61.200.17.\n")
    assert ("IP_ADDRESS", "10.61.200.17") in got
