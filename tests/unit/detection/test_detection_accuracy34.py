"""Values a text calls examples, samples, test or dummy data, fifteenth pass (issue 13, helper accuracy34).

A value after "Example:", "e.g.", "z. B.", "p. ex.", "por ejemplo" (a label's colon between, or at most two words),
inside such a hint, or followed by "(example)" or "... is an illustration only" is no one's; a real value after a
label whose hint is in closed brackets ("Emergency contact (e.g. spouse): ..."), after a sentence that ended, or a
few words after an adverb ("for example by post to ...") still is. Each case is written for these rules, not taken
from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def _types(text: str) -> set[str]:
    return {t for t, _ in found(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Section 2 asks for the tenant's details. Example: Samuel Okonkwo-Byrne, 14 Larch Crescent, Dunmore DN4 7QT.",
        "A National Insurance number has two letters, six digits and a letter, for example QQ 12 34 56 A.",
        "National Insurance numbers look like this (e.g. AB 12 34 56 C is a format example only).",
        "Passport number (if no UK address): e.g. 533281947",
        "Steuer-ID: elf Ziffern, z. B. 86095742719",
        "Adresse : numéro, rue, code postal et ville (exemple : 12 rue des Tanneurs, 67000 Strasbourg)",
        "Example of a valid entry: Licence No. 'X0000000', State 'XX'. Do not write in the shaded area.",
        "Test data in training: John Doe, card 0000 0000 0000 0000, SSN 000-00-0000, phone 555-0100 — do not use.",
        "Account number: eight digits, 71048823 is an illustration only, sort code 40-11-62 likewise",
        "Telephone (daytime): 0161 496 0734 (example)",
        'features:\n  test_cards:\n    - "4111 1111 1111 1111"\n    - "5555 5555 5555 4444"\n',
    ],
)
def test_a_value_called_an_example_raises_nothing(text: str) -> None:
    assert _types(text) <= {"PERSON"}, found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Emergency contact (e.g. spouse, parent): Tancredi Fairweather, 07700 182 554", "PHONE"),
        ("Home address (e.g. flat number, street): Flat 2, 61 Bellfield Road, Paisley PA2 6QL", "ADDRESS"),
        ("The template has an example row, delete it. For this week: Mehmet Aldous, 07700 361 902.", "PHONE"),
        ("Send it to our office, for example by post to 4 Quayside Mews, Bristol BS1 6EL, or e-mail.", "ADDRESS"),
        ("Sample collected from Henrietta Vasquez-Lund, DOB 04/02/1958, MRN K4471920.", "DATE_OF_BIRTH"),
        ("Invoice from Example Bank, 4 Quayside Mews, Bristol BS1 6EL, to you.", "ADDRESS"),
        ("Contact: jane.roe@example.com, 07700 361 902", "PHONE"),
    ],
)
def test_a_real_value_beside_an_example_word_is_found(text: str, kind: str) -> None:
    assert kind in _types(text), found(text)


def _people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "LY0316  Tel Aviv Ben Gurion           08:40  Gate C04  On time",
        "AA0081  Los Angeles Tom Bradley Terminal         10:10  Gate C12  On time",
        "Coaches leave at 09:00 for the Raich Carter Ground; kick-off at three.",
        "SQ-40117,Harwick Town v Dunmore Rovers,Jackie Milburn Stand,F,112,28.50",
        "Tickets: SQ-40120, Estadio Santiago Bernabéu tour, gate 4, 15.00",
    ],
)
def test_a_place_named_after_a_person_is_no_person(text: str) -> None:
    assert _people(text) == [], found(text)


def test_a_surname_that_is_an_institutions_word_still_starts_a_name() -> None:
    assert _people("Register: Plaza Rodriguez, Ana; Sala Moreno, Jordi") != []
