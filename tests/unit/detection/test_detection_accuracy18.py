"""People as travel records write them by their public specifications, and places named after people
(issue 13, helper accuracy18).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from cpu_bound import assert_detect_within_bound
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ------------------------------------------------------------- IATA BCBP: a 20-character name field anywhere
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{"scan":"M1HALLORAN/SIOBHAN    EX4T7QP DUBBOSEI 0123 034Y012A0077 100"}', "HALLORAN/SIOBHAN"),
        ('raw="M1ABERNATHY-KRZYWICKI/EZZ81KM DUBBOSEI 0123 034Y012B0078 100"', "ABERNATHY-KRZYWICKI/"),
        ("pass=M2OYELOWO/ADEBAYO     EQ7H2MN LOSCDGAF 0149 101J002A0011 149>5180\n", "OYELOWO/ADEBAYO"),
        ("M1TANAKA/YUKI MS      ERT2LQ9 DUBBOSEI 0123 034Y013C0091 100\n", "TANAKA/YUKI"),
    ],
)
def test_boarding_pass_name_field_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


# ------------------------------------------------------------- AIRIMP name elements and a name list display
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ZK3P9W/1A\n1QUINTELA/RODRIGOMR 1QUINTELA/MARGARIDAMRS\nTP1022Y12MAR LISMAD HK2\n",
         ["QUINTELA/RODRIGO", "QUINTELA/MARGARIDA"]),
        ("RP/PARAF08AA/\n  1.VASSILIOU/ELENI MRS   2.VASSILIOU/NIKOS MR\n  3  AF1533 Y 22JUN 1 ATHCDG HK2\n",
         ["VASSILIOU/ELENI", "VASSILIOU/NIKOS"]),
        ("1MBEKI/THANDO\n", ["MBEKI/THANDO"]),
    ],
)  # fmt: skip
def test_reservation_name_elements_are_people(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Accepted documents: [ ] DNI/NIE  [ ] PASSPORT/ID CARD\n",
        "Screening: HIV/AIDS  HBV/HCV\n",
        "Route: LHR/JFK/LAX  Fare basis YLOWUS/CH25\n",
        "2ADT/1CHD\n",
        "2 PCS/23KG\n",
    ],
)
def test_slashed_acronyms_are_no_people(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- ICAO 9303 machine-readable zones
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "P<NORSTRAND<<INGRID<MARIE<<<<<<<<<<<<<<<<<<<\nXK44170830NOR8603175F3109225<<<<<<<<<<<<<<08\n",
            "STRAND<<INGRID<MARIE",
        ),
        (
            "mrz=\nV<GBRRAGHAVAN<<ARJUN<<<<<<<<<<<<<<<<<<<<<<<<\nYV77312056IND7502282M3304156<<<<<<<<<<<<<<00\n",
            "RAGHAVAN<<ARJUN",
        ),
        (
            "I<PRTCC88254737<<<<<<<<<<<<<<<\n9104059F3008122PRT<<<<<<<<<<<4\nFERREIRA<DA<COSTA<<INES<<<<<<<\n",
            "FERREIRA<DA<COSTA<<INES",
        ),
    ],
)
def test_machine_readable_zone_name_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


def test_filler_lines_are_no_people() -> None:
    assert people("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nSEPARATOR<<LINE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n") == []


# ------------------------------------------------------------- a PNR name after a label, then a wide gap
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pax name: NAKAMURA/HIROSHI    Booking ref: KX7TQ2\n", "NAKAMURA/HIROSHI"),
        ("Traveller: DE SOUSA/BEATRIZ\tSeat: 31F\n", "DE SOUSA/BEATRIZ"),
    ],
)
def test_airline_name_before_a_wide_gap(text: str, name: str) -> None:
    assert name in people(text)


# ------------------------------------------------------------- airports named after people
@pytest.mark.parametrize(
    "text",
    [
        "Three weekly flights from Paris Charles de Gaulle to Nairobi Jomo Kenyatta.\n",
        "Connections at Houston George Bush Intercontinental and Washington Ronald Reagan National.\n",
        "<tr><td>XR211</td><td>Madrid Adolfo Suárez</td><td>Manila Ninoy Aquino</td></tr>\n",
        "Crews position via Sydney Kingsford Smith and Venice Marco Polo; Lima Jorge Chávez too.\n",
    ],
)
def test_airports_named_after_people_are_no_people(text: str) -> None:
    assert people(text) == []


def test_a_passenger_beside_an_airport_is_still_a_person() -> None:
    assert people("Your trip to Paris Charles de Gaulle is confirmed.\nPassenger: Ingrid Solheim\n") == [
        "Ingrid Solheim"
    ]


def test_travel_formats_within_the_bound() -> None:
    assert_detect_within_bound('raw="M1ABCDEF/GHIJ         EABC123 LHRJFKBA 0001 001Y001A0001 100"\n' * 16_000)
    assert_detect_within_bound("1ABCDEF/GHIJMR 1ABCDEF/KLMNMRS\n" * 34_000)
    assert_detect_within_bound(("P<GBRABCDEF<<GHIJ" + "<" * 27 + "\n") * 23_000)
    assert_detect_within_bound("M1 M1 M2 1A/B " * 75_000)


# ------------------------------------------------------------- labels of field work, events, mandates and crews
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Work order WO-1\nEngineer: Radomir Szczepaniak\n", "Radomir Szczepaniak"),
        ("Head of household: Wairimu Kamau-Otieno   Occupants: 4\n", "Wairimu Kamau-Otieno"),
        ("Organiser: Ottilie Braithwaite (team offsite)\n", "Ottilie Braithwaite"),
        ("Name of debtor: Henrike Vosskuhle\n", "Henrike Vosskuhle"),
        ("Name(s) of account holder(s): Tadhg Ó Dálaigh\n", "Tadhg Ó Dálaigh"),
        ("Other party: Faustino Arrebola   Insurer: Mapfre\n", "Faustino Arrebola"),
    ],
)
def test_labels_of_field_work_mandates_and_crews(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["Engineer: not assigned\n", "Organiser: Facilities Team\n", "Other party: none\n"])
def test_those_labels_without_a_person(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- a wide gap ends a field: the next label is no name's
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: Ottoline Marchbanks    Hospital no: H-22817\n", "Ottoline Marchbanks"),
        ("Nurse: Cathal Ó Conaill    Sign: ________\n", "Cathal Ó Conaill"),
        ("Resident: Brygida Wolanin    School: St Anne's\n", "Brygida Wolanin"),
    ],
)
def test_a_place_word_after_a_wide_gap_is_the_next_field(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["Treated for Parkinson disease.\n", "Seen at Whitfield Hospital in June.\n"])
def test_a_place_word_after_one_space_still_names_a_place(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- XML elements of a name's parts, any schema
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("<Customer><GivenName>Toby</GivenName><FamilyName>Ogilvie</FamilyName></Customer>", ["Toby", "Ogilvie"]),
        ("<m>\n  <first_name>Aroha</first_name>\n  <last_name>Te Whatu</last_name>\n</m>", ["Aroha", "Te Whatu"]),
        ("<Agent><Surname>Kowalczyk</Surname><Forename>Bożena</Forename></Agent>", ["Kowalczyk", "Bożena"]),
    ],
)
def test_xml_name_part_elements_are_people(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "<c><FirstName>N/A</FirstName><LastName>{{last}}</LastName></c>",
        "<c><FirstName></FirstName><LastName>  </LastName></c>",
        "<Plan><Name>Family Gold</Name></Plan>",
    ],
)
def test_xml_name_elements_without_a_name(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- an HTML definition list's address over <br> lines
def addresses(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("<dl><dt>Postal address</dt><dd>Via dei Mille 14, int. 3<br/>\n20129 Milano MI</dd></dl>",
         "Via dei Mille 14, int. 3<br/>\n20129 Milano MI"),
        ("<dt>Address</dt><dd>2250 rue Sherbrooke, app. 7<br>\nMontréal, QC H2K 1E5</dd>",
         "2250 rue Sherbrooke, app. 7<br>\nMontréal, QC H2K 1E5"),
    ],
)  # fmt: skip
def test_definition_list_address_over_br_lines(text: str, address: str) -> None:
    assert address in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "<dt>Email address</dt><dd>desk 4<br>floor 12, tower B</dd>",
        "<dt>Address</dt><dd>on file<br>see CRM</dd>",
        "<dt>IP address</dt><dd>10.0.0.12<br>10.0.0.13</dd>",
    ],
)
def test_definition_list_values_that_are_no_address(text: str) -> None:
    assert addresses(text) == []


def test_definition_list_addresses_within_the_bound() -> None:
    assert_detect_within_bound("<dt>Address</dt><dd>14 Abcde Street<br>\nAbcdef AB1 2CD</dd>\n" * 18_000)
    assert_detect_within_bound("<dt>address</dt><dd>" + "a<br>" * 200_000)
