"""Postal addresses as other countries and layouts write them (issue 13, helper accuracy32): an address under a
YAML key as a block scalar, the street lines of published address schemas in payloads, typographic apostrophes,
capitals of Latin Extended-A, Danish floors and the Nordic ``allé``, and addresses that open with the premises.

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def addresses(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "ADDRESS"]


# ------------------------------------------------------------- YAML block scalars
@pytest.mark.parametrize("indicator", ["|", ">", "|-", ">-", "|+"])
def test_an_address_key_opening_a_block_scalar_reads_the_lines_below(indicator: str) -> None:
    text = f"tenant:\n  home_address: {indicator}\n    Unit 9, 41 Quay Street\n    Nelson 7010\n  rent: 420\n"
    assert addresses(text) == ["Unit 9, 41 Quay Street\n    Nelson 7010"]


def test_a_block_scalars_short_lines_read_as_one_value() -> None:
    assert addresses("holder:\n  address: |\n    Tkalčićeva 9\n    10000 Zagreb\n  risk: low\n") == [
        "Tkalčićeva 9\n    10000 Zagreb"
    ]


def test_a_name_above_the_street_under_a_label_stays_out_of_the_address() -> None:
    text = "Envoyez le colis à l'adresse suivante :\nInès Marchetti\n4 rue des Tanneurs\n31000 Toulouse\n"
    assert addresses(text) == ["4 rue des Tanneurs\n31000 Toulouse"]


def test_a_block_scalar_under_a_network_address_key_is_no_postal_address() -> None:
    assert addresses("server:\n  bind_address: |\n    10.0.4.17:8443 primary\n") == []


# ------------------------------------------------------------- address objects in payloads
@pytest.mark.parametrize(
    ("payload", "line"),
    [
        ('{"addresses": [{"type": "home", "formatted": "No. 7, Temple Road, Kandy 20000"}]}',
         "No. 7, Temple Road, Kandy 20000"),
        ('{"addresses": [{"kind": "home", "value": "Plot 14, Kira Road, Kampala"}]}', "Plot 14, Kira Road, Kampala"),
        ('{"Address": [{"AddressType": "Business",\n  "AddressLine": [\n    "Vinohradská 112"\n  ]}]}',
         "Vinohradská 112"),
        ('{"address": [{"@type": "PostalAddress", "streetAddress": "Bredgade 40"}]}', "Bredgade 40"),
    ],
)  # fmt: skip
def test_the_street_line_of_an_address_object_by_its_schemas_key(payload: str, line: str) -> None:
    assert addresses(payload) == [line]


def test_an_address_objects_value_that_is_no_street_is_left() -> None:
    assert addresses('{"addresses": [{"type": "wallet", "value": "0x52908400098527886E0F7030069857D2E4169EE7"}]}') == []


# ------------------------------------------------------------- typography and alphabets
def test_a_typographic_apostrophe_in_the_streets_name() -> None:
    assert addresses("She moved to 8 King’s Parade, Cambridge CB2 1ST last May.") == [
        "8 King’s Parade, Cambridge CB2 1ST"
    ]


@pytest.mark.parametrize(
    "address",
    ["ul. Polna 3 m. 12, 16-400 Łomża", "Hlavná 14, 010 01 Žilina", "Nørregade 12, 2. th., 1165 København K",
     "Istedgade 5, st. tv., 1650 København V", "Kongens allé 9, 5007 Bergen", "Bergsvägen 4 lgh 1102, 123 45 Farsta"],
)  # fmt: skip
def test_european_addresses_of_more_alphabets_and_floors(address: str) -> None:
    assert addresses(f"Adresse: {address}\n") == [address]


# ------------------------------------------------------------- the premises first
@pytest.mark.parametrize(
    "address",
    [
        "House 18, Street 7, Sector G-6, Rawalpindi 46000",  # a postcode ends it
        "Villa 31, Street 12, Al Safa 1, Dubai",  # a street on the head's line, no postcode
        "Building 12, Road 1701, Block 317, Manama, Bahrain",  # a country ends it
        "No. 45, Jalan Tun Razak, 50400 Kuala Lumpur",  # the postcode before the city
        "Apartment 3C, Riverside Towers, Westlands, Nairobi 00800",
        "FLAT 2, ELM HOUSE, STATION ROAD, SWANSEA SA1 1AA",
        "Flat 5, Orchard Court, Hill Road, Perth PH1 5AB",
        "House No. 12, Kira Road, Kamwokya, P.O. Box 7062",  # a box's number is no postcode
    ],
)
def test_an_address_that_opens_with_the_premises(address: str) -> None:
    assert addresses(f"The parcel goes to {address}. Thanks.") == [address]


def test_the_premises_and_their_parts_over_lines() -> None:
    assert addresses("Deliver to:\nUnit 8, Tsuen Wan Plaza\nTsuen Wan, Hong Kong\n") == [
        "Unit 8, Tsuen Wan Plaza\nTsuen Wan, Hong Kong"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Unit 3, Lesson 2: fractions. Unit 4, Section 1, Part B covers ratios.",
        "Building 2, Level 4 houses the new lab.",
        "House 7, the one with the red door, was sold.",
        "See No. 5, Fig. 3 and Table 2.",
        "Flat 4, as agreed, will be repainted next week.",
    ],
)
def test_premises_words_without_an_address_after_them(text: str) -> None:
    assert addresses(text) == []


# ------------------------------------------------------------- a name label qualified by the document it copies
def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


@pytest.mark.parametrize(
    "line",
    [
        "Full name as in ID: KOH BEE LIAN",
        "Full name as shown on passport: Koh Bee Lian",
        "Name as it appears on your card: Koh Bee Lian",
        "Nombre según pasaporte: Koh Bee Lian",
        "Name laut Ausweis: Koh Bee Lian",
        "[x] Full name as in ID: KOH BEE LIAN",
        "☑ Full name as per passport: Koh Bee Lian",
    ],
)
def test_a_name_label_qualified_by_the_identity_document_it_copies(line: str) -> None:
    assert people(line + "\n") == [line.split(": ")[1]]


def test_a_qualified_label_of_no_name_field_names_no_one() -> None:
    assert people("Reference as in invoice: Spring Order\nProduct name as printed on the box: Ultra Clean Pro\n") == []
