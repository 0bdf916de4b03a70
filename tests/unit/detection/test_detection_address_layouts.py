"""Addresses in the layouts of several countries (addresses.py, issue 13). Every address here is made up."""

from __future__ import annotations

import pytest

from privacykit.domain.detection import detect


def _addresses(text: str) -> list[str]:
    return [text[e.start : e.end] for e in detect(text) if e.type.value == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Spanish doors and floors, a comma before the number, Basque street type, postcode on the next line
        ("Domicilio:\nKalea Berria, 12, bajo dcha.\n20003 Donostia\n", "Kalea Berria, 12, bajo dcha.\n20003 Donostia"),
        ("Envío: Calle del Olmo, 9, ático izq., 46001 Valencia.", "Calle del Olmo, 9, ático izq., 46001 Valencia"),
        # a postcode line indented under its street
        (
            "        Calle de Alcalá, 212, 3º A\n        28028 Madrid\n",
            "Calle de Alcalá, 212, 3º A\n        28028 Madrid",
        ),
        # non-ASCII letters in a US street, after a dot leader
        (
            "Home address .......... 912 Cañón Vista Dr, Apt 4B, Tucson, AZ 85701\n",
            "912 Cañón Vista Dr, Apt 4B, Tucson, AZ 85701",
        ),
        # a hyphenated street, city and postcode each on a line
        ("of 7 Llys-y-Coed Close\nCardiff\nCF14 2JX, will say", "7 Llys-y-Coed Close\nCardiff\nCF14 2JX"),
        # a German street named by a preposition
        ("Anschrift Am Krähenberg 14, 37075 Göttingen.", "Am Krähenberg 14, 37075 Göttingen"),
        # Canada: the city line under the street line
        (
            "mailing: |\n  412 rue des Érables, app. 7\n  Sherbrooke QC J1H 2B4\n",
            "412 rue des Érables, app. 7\n  Sherbrooke QC J1H 2B4",
        ),
        # Brazil: the district and city on a line of their own
        (
            "addr: |\n  Avenida Sete de Setembro, 455 - sala 12\n  Centro, Curitiba - PR, 80060-070\n",
            "Avenida Sete de Setembro, 455 - sala 12\n  Centro, Curitiba - PR, 80060-070",
        ),
        # India: flat, building, road, city, state and PIN code
        (
            "met her at Flat 12B, Sai Krupa Residency, MG Road, Mysuru, Karnataka 570001 to verify",
            "Flat 12B, Sai Krupa Residency, MG Road, Mysuru, Karnataka 570001",
        ),
    ],
)
def test_an_address_is_found_whole(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Goa office and the Kerala team share a mailbox.",
        "Revenue in Maharashtra 2024 rose; Karnataka 560 stores.",
        "Am Ende 3 Punkte, 12345 Zeilen gelesen.",
    ],
)
def test_state_names_and_prepositions_alone_are_not_addresses(text: str) -> None:
    assert _addresses(text) == []
