"""Persons, addresses and phones in structure (issue 13, helper accuracy11).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ------------------------------------------------------------------ table headers naming name parts
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Matricola;Cognome;Nome;Reparto\n4471;TREVISANUT;BRUNILDE;Logistica\n", ["TREVISANUT", "BRUNILDE"]),
        ("Matricule;NOM;Prénom;Service\n3310;LE BRAZIDEC;Maëlys;Achats\n", ["LE BRAZIDEC", "Maëlys"]),
        ("Ref\tTitle\tFirst\tLast\tGift (€)\tAid?\nR1\tMs\tTuuli\tVasarainen\t15.00\tY\n", ["Tuuli", "Vasarainen"]),
        ('EmpNo,LastName,FirstName,13thMonth\nE881,Macaraeg,Lorna Joy,"41,000.00"\n', ["Macaraeg", "Lorna Joy"]),
        ("member\tsurname\tgiven_names\nM1\tTuilagi\tSefo\n", ["Tuilagi", "Sefo"]),
    ],
)
def test_name_part_columns_hold_people(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_a_lone_first_column_is_not_a_name() -> None:
    assert people("metric,first,peak\nlatency,Warm,40\nerrors,Cold,3\n") == []
