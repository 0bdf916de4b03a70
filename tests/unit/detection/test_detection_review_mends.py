"""Bugs a review of the fourth accuracy pass found (issue 13), each pinned by the input that showed it."""

from __future__ import annotations

import time

from detection_helpers import found, types

from privacykit.domain.detection import detect


def test_a_second_scan_of_the_same_text_finds_what_the_first_found() -> None:
    """The PIN-code search remembered its last answer without where it had started, so scanning the same text
    again joined two Indian addresses into one."""
    text = (
        "Ship to: Flat 411, Rose Apartments, Indiranagar, Bengaluru 560087\n"
        "Bill to: Flat 12, Lake View Road, Mysuru 570001\n"
    )
    first = [(e.type.value, e.start, e.end) for e in detect(text)]
    assert [(e.type.value, e.start, e.end) for e in detect(text)] == first
    assert [v for t, v in found(text) if t == "ADDRESS"] == [
        "Flat 411, Rose Apartments, Indiranagar, Bengaluru 560087",
        "Flat 12, Lake View Road, Mysuru 570001",
    ]


def test_blanks_inside_an_address_part_cost_no_backtracking() -> None:
    text = ("Flat 1,A" + " " * 190 + "! 560087\n") * 400
    began = time.process_time()
    detect(text)
    assert time.process_time() - began < 1.0


def test_a_travel_insurance_mention_far_above_does_not_hide_a_health_plan_id() -> None:
    """The heading check read back to the start of a text without line breaks."""
    text = "Travel insurance is sold separately. " + "Notes follow. " * 20 + "Member ID: W2345 67890 (Aster Health PPO)"
    assert ("HEALTH_PLAN_ID", "W2345 67890") in found(text)


def test_a_person_keeps_their_name_beside_a_child_object_with_product_keys() -> None:
    assert ("PERSON", "Anna Berg") in found('{"customer": {"name": "Anna Berg", "order": {"sku": "X1", "qty": 2}}}')
    assert "PERSON" not in types('{"product": {"name": "Anna Berg", "sku": "X1", "price": 20}}')


def test_a_national_number_in_brackets_is_a_phone() -> None:
    assert ("PHONE", "0161 948 8076") in found("Call Anna Berg (0161 948 8076) today.")
