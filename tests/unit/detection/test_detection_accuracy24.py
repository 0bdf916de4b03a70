"""People named after a role only a person fills, in every layout the role is written in (a form's label, a
payload's or a log's key, a noun in running text), and streets named after people (issue 13, helper accuracy24).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from cpu_bound import assert_detect_within_bound
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ------------------------------------------------------------- a role's label
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Donor     : Osvaldo Ferreira-Quist\nCollector : Marit Halvorsen\n",
            ["Osvaldo Ferreira-Quist", "Marit Halvorsen"],
        ),
        (
            "Purchaser 1: Ingrid Solberg-Haaland\nPurchaser 2: Kwabena Asante-Doyle\n",
            ["Ingrid Solberg-Haaland", "Kwabena Asante-Doyle"],
        ),
        ("Occupier(s): Radomir Vukasinovic\n", ["Radomir Vukasinovic"]),
        ("Result: negative. Certifying scientist: Temperance Obuya\n", ["Temperance Obuya"]),
        ("Property ref: PR-0912    Inspector: Oluwadamilare Kettering\n", ["Oluwadamilare Kettering"]),
        ("Repartidor: Anselmo Quiroga Betancur\nObservaciones: entregado.\n", ["Anselmo Quiroga Betancur"]),
        ("Locataire : Gwenaëlle Kerbrat-Moisan\n", ["Gwenaëlle Kerbrat-Moisan"]),
    ],
)
def test_a_roles_label_names_the_person_after_it(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Conveyancer: Harbour Legal LLP\n",
        "Consignment: 858472291604   Courier: DPD Pickup\n",
        "Name: ____\nNational Insurance Number: __ __ __\nDriver Licence Number: ____\n",
        "FASTLANE RIDES — DRIVER BACKGROUND CHECK AUTHORIZATION\n",
    ],
)
def test_a_roles_label_before_a_firm_or_a_label_names_no_one(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- a role as a key
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"shipment": "SHP-1", "courier": "Tobiah Wennerström", "vehicle": "Ford Transit"}', ["Tobiah Wennerström"]),
        ('visit=V-2231 unit=12B inspector="Fenella Marchbanks" outcome=pass', ["Fenella Marchbanks"]),
        ('{"courier": "Northline Express", "vehicle": "Iveco Daily"}', []),
        ('visit=V-2233 inspector="Remote Survey" outcome=deferred', []),
    ],
)
def test_a_roles_key_names_the_person_it_holds(text: str, names: list[str]) -> None:
    assert people(text) == names


# ------------------------------------------------------------- a role noun in running text
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("At 07:10 the courier Sigrun Atterbury reported a damaged parcel.", ["Sigrun Atterbury"]),
        ("Die Fahrerin Wiebke Osterhagen meldete den Schaden.", ["Wiebke Osterhagen"]),
        ("Le livreur Théodule Marchetti a laissé un avis de passage.", ["Théodule Marchetti"]),
        ("El repartidor Eliseo Carvajal Montoya dejó el paquete.", ["Eliseo Carvajal Montoya"]),
    ],
)
def test_a_role_noun_names_the_person_after_it(text: str, names: list[str]) -> None:
    assert people(text) == names


# ------------------------------------------------------------- streets named after people
@pytest.mark.parametrize(
    "text",
    [
        "Road works: the depot gate on rue Jean Jaurès is closed until Friday.",
        "Parking suspended along Avenida Getúlio Vargas during the marathon.",
        "Use the gate on Via Giuseppe Garibaldi and Calle Rafael Alberti.",
    ],
)
def test_a_street_named_after_a_person_is_no_person(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- bounds
def test_role_labels_within_bound() -> None:
    block = "Donor     : Osvaldo Ferreira-Quist\nResult: negative. Examiner: Marit Halvorsen\n"
    assert_detect_within_bound(block * (1_048_576 // len(block)))


def test_role_keys_and_nouns_within_bound() -> None:
    line = 'courier="Tobiah Wennerström" note="the courier Sigrun Atterbury reported" on rue Jean Jaurès\n'
    assert_detect_within_bound(line * (1_048_576 // len(line)))


# ------------------------------------------------------------- more roles' layouts
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The vendor's solicitor confirmed. The seller, Eero Virtanenko, has agreed.", ["Eero Virtanenko"]),
        ("2. Lot 14 (owner Saeed Al-Mansouri) approved 5-2.", ["Saeed Al-Mansouri"]),
        ("Owner 1: Jolene Whitcombe\nOwner 2: Nayeli Drathmoor\n", ["Jolene Whitcombe", "Nayeli Drathmoor"]),
        ("Buyer(s): Gabrielle T. Tremblay   Seller(s): Matías Arayazu\n", ["Gabrielle T. Tremblay", "Matías Arayazu"]),
        ("Discharge summary sent to GP: Bethan Ashworthy\n", ["Bethan Ashworthy"]),
        ("Share code: M7L MFY E8E    Checked by: Thoro Ashwell\n", ["Thoro Ashwell"]),
    ],
)
def test_roles_in_apposition_brackets_numbered_and_after_a_gap(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_a_firm_in_apposition_is_no_person() -> None:
    assert people("The buyer, Acme Holdings, has agreed to the date.") == []


# ------------------------------------------------------------- firms and places read as people
@pytest.mark.parametrize(
    "text",
    [
        "Declarant / agent: Vistula Harbour Brokerage Sp. z o.o.\n",
        "Office use: Ref LN0012  |  Branch Albert Quay, Cork\n",
        "Planned works – Florence Mews, lift replacement from Monday.\n",
    ],
)
def test_firms_and_developments_named_like_people_are_no_people(text: str) -> None:
    assert people(text) == []


def test_a_cell_of_names_joined_by_an_ampersand_is_a_firm() -> None:
    text = (
        "waybill,service,sender_name,recipient_name\n"
        "1,ECO,Hargreaves & Sons Removals,Jolene Whitcombe\n"
        "2,EXP,Tom & Ellie's Bakehouse,Maria Garcia\n"
    )
    assert people(text) == ["Jolene Whitcombe", "Maria Garcia"]


# ------------------------------------------------------------- a vehicle's model and a pet's name under their keys
def test_a_vehicle_and_an_animal_under_their_keys_are_no_people() -> None:
    text = (
        '{"rider": "Casimir Wojtaszek", "vehicle": "Dacia Sandero"}\n'
        '{"owner": {"name": "Henrietta Obafemi"}, "animal": {"name": "Oscar", "species": "dog"}}\n'
    )
    assert "Dacia Sandero" not in people(text)
    assert "Oscar" not in people(text)
    assert "Casimir Wojtaszek" in people(text)
