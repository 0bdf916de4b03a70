"""People's names in semi-structured and free text (issue 13, helper accuracy13).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ----------------------------------------------------------- keys and columns that name a person
def test_debtor_name_column_holds_people() -> None:
    text = "ref,debtor_name,balance\nCL-1,Marguerite Ostrowska-Lind,12.00\nCL-2,TOBIASSEN HALVARD,8.10\n"
    assert people(text) == ["Marguerite Ostrowska-Lind", "TOBIASSEN HALVARD"]


def test_user_name_key_with_two_name_words_is_a_person_a_login_is_not() -> None:
    text = 'event=login user_id=kvidal07 user_name="Kalinda Vidal" ip=10.0.0.1\n'
    assert people(text) == ["Kalinda Vidal"]
    assert people('event=login user_name=tbrenner\nevent=export user_name="SVC EXPORT"\n') == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('parcel=PX-1 released_by="Ingeborg Saltnes" counter=3', "Ingeborg Saltnes"),
        ('{"evt": "refund", "approved_by": "Oyelaran Bamgbose", "amount": 4}', "Oyelaran Bamgbose"),
        ('parcel=PX-2 collected_by="Rafferty St. Clair" id=yes', "Rafferty St. Clair"),
    ],
)
def test_key_of_who_did_something_names_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


def test_key_of_a_sort_order_or_a_scheduler_names_no_one() -> None:
    assert people('{"created_by": "Nightly Scheduler", "order_by": "Due Date", "sort_by": "Last Name"}') == []


def test_saint_particle_of_a_surname() -> None:
    assert people("Dear Dr. St. Amand,\n\nThank you.") == ["St. Amand"]
    assert people("Dr. Odile St. Amand\nRiverside Oncology Group\n") == ["Odile St. Amand"]
