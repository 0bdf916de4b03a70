"""Clinical assertion outside clinical records, tenth pass (issue 13, helper accuracy20).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


def _of(text: str, kind: str) -> list[str]:
    return [v for t, v in found(text) if t == kind]


# ------------------------------------------------------ a condition said of someone outside a clinical record
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "Account holder: Marguerite Oyelaran  Tel: 07700 914 337\n"
            "Note: account holder's partner relies on a suction machine (motor neurone disease).\n",
            "DIAGNOSIS",
            "motor neurone disease",
        ),
        (
            "Traveller: Hollis Ferreira-Banks\nTraveller reports epilepsy; carries levetiracetam in hand luggage.\n",
            "MEDICATION",
            "levetiracetam",
        ),
        ("Resident: Bernadette Kwiatkowska\nReason: vascular dementia\n", "DIAGNOSIS", "dementia"),
        (
            "De: Renata Villalobos <renata.villalobos@correo-andino.co>\n\nSufro de diabetes y tuve que comprar "
            "metformina en destino.\n",
            "MEDICATION",
            "metformina",
        ),
        (
            "Da: Ottavio Scarpellini <o.scarpellini@postaweb.it>\n\nSoffro di BPCO e non avevo ossigeno.\n",
            "DIAGNOSIS",
            "BPCO",
        ),
        (
            "De la: Dorin Margineanu <dorin.margineanu@postmail.ro>\n\nSoțul meu are BPOC și folosește oxigen.\n",
            "DIAGNOSIS",
            "BPOC",
        ),
        ("Cormac Tierney, 01632 960 441, nebuliser, condition: bronchiectasis\n", "DIAGNOSIS", "bronchiectasis"),
    ],
)
def test_condition_said_of_someone(text: str, kind: str, value: str) -> None:
    assert value in _of(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Guest: Laszlo Perenyi  Room 411\nReason: noise from the lift shaft\n",
        "Customer care guideline (v3)\nCustomers who rely on oxygen concentrators, for example for COPD, are added.\n",
    ],
)
def test_no_condition_of_anyone(text: str) -> None:
    assert not types(text) & {"DIAGNOSIS", "MEDICATION"}
