"""People listed one a line under a heading, named after a kinship word or an account holder's label in their own
language, and institutions named after people (issue 13, helper accuracy21).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from cpu_bound import assert_detect_within_bound
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ------------------------------------------------------------- a list's items under its heading
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Attendees:\n  T. Abernethy — Chair\n  Wenonah Castellanos — School nurse (w.c@example.org)\n",
            ["T. Abernethy", "Wenonah Castellanos"],
        ),
        (
            "Present:\n  Dariusz Kowalik (Police)\n  Priyamvada Ssempala, Family support worker\n",
            ["Dariusz Kowalik", "Priyamvada Ssempala"],
        ),
        (
            "Teilnehmende:\n    * Hannelore Wischnewski – Jugendamt\n    * Okonkwo Brandl – Schule\n",
            ["Hannelore Wischnewski", "Okonkwo Brandl"],
        ),
        (
            "Referees (not family)\n  1) Gwendolyn Ashworth-Pike, former manager, 01632 960 418\n"
            "  2) Tadeusz Wróblewski, scout leader\n",
            ["Gwendolyn Ashworth-Pike", "Tadeusz Wróblewski"],
        ),
        (
            "References\n  1. Oskarina Vellum, pastor — +44 7700 900123\n  2. Bengt Haraldsson, neighbour\n",
            ["Oskarina Vellum", "Bengt Haraldsson"],
        ),
        (
            "Referencias personales:\n 1. Maricruz Ybarra Solís — vecina\n 2. Anselmo Quiroga — párroco\n",
            ["Maricruz Ybarra Solís", "Anselmo Quiroga"],
        ),
        (
            "Household members\n  - Abdirahman Warsame (son), DOB 03/09/2011\n  - Hibaq Warsame (daughter)\n",
            ["Abdirahman Warsame", "Hibaq Warsame"],
        ),
        ("Family composition\n  - Thein Zaw Oo (spouse), DOB 01/01/1971\n", ["Thein Zaw Oo"]),
        ("Composición familiar:\n  • Yurleidy Contreras Peña (hija), 12/03/2016\n", ["Yurleidy Contreras Peña"]),
    ],
)
def test_list_items_under_a_heading_are_people(text: str, names: list[str]) -> None:
    got = people(text)
    for name in names:
        assert name in got


@pytest.mark.parametrize(
    "text",
    [
        "Attendees:\n  Board members — see register\n  Finance Committee — apologies\n",
        "References\n  1. Annual Report 2024, section 3\n  2. Safeguarding Policy — revised edition\n",
        "References\n  1. World Health Organization, Geneva\n  2. National Institute for Health Research\n",
        "Household members\n  - Not recorded at intake\n",
    ],
)
def test_a_list_of_things_is_no_list_of_people(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- kinship words before a full name
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Leandro lives with his grandmother Benedita Almeida Couto and a brother.", ["Benedita Almeida Couto"]),
        ("Social: lives with mother Nguyễn Thị Lanh and 2 siblings.", ["Nguyễn Thị Lanh"]),
        ("Husband Arjun Thapa Magar worked in Doha until 2019.", ["Arjun Thapa Magar"]),
        (
            "Present: father Osvaldo Nkemelu, stepmother Chidinma Nkemelu, and Kelechi (14/02/2017).",
            ["Osvaldo Nkemelu", "Chidinma Nkemelu", "Kelechi"],
        ),
        ("The patient's spouse, Ruairí Mac Donncha, was present.", ["Ruairí Mac Donncha"]),
        ("el menor vive con su madre Xiomara Betancourt Lugo en Vigo.", ["Xiomara Betancourt Lugo"]),
        ("l'enfant est hébergé par sa tante Awa Diabaté depuis mars.", ["Awa Diabaté"]),
    ],
)
def test_a_full_name_after_a_kinship_word_is_a_person(text: str, names: list[str]) -> None:
    got = people(text)
    for name in names:
        assert name in got


@pytest.mark.parametrize(
    "text",
    [
        "The mother and baby unit reopened in May. Father Christmas visited the toy library.",
        "The sister ward (Ward 7) took two admissions; the partner Organisations meet quarterly.",
        "Our brother Charities Network and sister Housing Association share an office.",
    ],
)
def test_kinship_words_before_no_name(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- account holders in their own languages
@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Titulaire du compte :", "Fabrice Ndiaye-Lemoine"),
        ("Intestatario del conto:", "Ottavia Scamarcio"),
        ("Titular da conta:", "Joaquina Barradas"),
        ("Właściciel rachunku:", "Bożena Wawrzyniak"),
        ("Titular de la cuenta:", "Eulalia Marcó Ribas"),
    ],
)
def test_account_holder_labels(label: str, name: str) -> None:
    assert name in people(f"Datos bancarios\n{label} {name}\nBIC: ABCDESMMXXX\n")


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Worker:", "Ifeoma Castellanos"),
        ("Referrer:", "Bartholomew Ngata"),
        ("Supporter:", "Liesbeth Vanderhaegen"),
        ("Parent contact:", "Thandiwe Okoro-Banks"),
    ],
)
def test_labels_of_social_services_and_charities(label: str, name: str) -> None:
    assert name in people(f"Case CFS-2025-0001\n{label} {name}\nDate of visit: 03/04/2025\n")


@pytest.mark.parametrize("language", ["Amharic", "Tigrinya", "Pashto", "Kinyarwanda", "Rohingya"])
def test_an_interpreters_language_is_no_person(language: str) -> None:
    text = f"Client: Ana Lopes  DOB 01/02/1990\nAccess: weekdays. Interpreter: {language}.\n"
    assert people(text) == ["Ana Lopes"]


# ------------------------------------------------------------- institutions named after people
@pytest.mark.parametrize(
    "text",
    [
        "Sessions move to Casa Dolores Huerta from June.",
        "Referred to the Fannie Lou Hamer Women's Shelter last week.",
        "Places at Desmond Tutu Primary and Frida Kahlo Academy are full.",
        "The key worker at Centro Óscar Arnulfo Romero called.",
        "She was offered a room at the Rosa Parks Women's Refuge.",
        "Grant to the Malcolm Shabazz Learning Centre and Escola Paulo Freire.",
    ],
)
def test_institutions_named_after_people_are_not_people(text: str) -> None:
    assert people(text) == []


def test_a_person_beside_an_eponymous_institution_stays() -> None:
    got = people("Key worker: Baltasar Quintanilla (Centro Óscar Arnulfo Romero, room 4)")
    assert got == ["Baltasar Quintanilla"]


# ------------------------------------------------------------- bounds
def test_indented_lists_within_bound() -> None:
    block = "Attendees:\n" + "  Wenonah Castellanos — School nurse\n" * 30 + "\n"
    assert_detect_within_bound(block * (1_048_576 // len(block)))


def test_kin_words_within_bound() -> None:
    line = "lives with mother Nguyễn Thị Lanh and his brother Arjun Thapa at Casa Dolores Huerta.\n"
    assert_detect_within_bound(line * (1_048_576 // len(line)))


# ------------------------------------------------------------- HL7: a title in an XCN's given name
def test_a_title_in_the_given_names_place_is_no_person() -> None:
    text = (
        "MSH|^~\\&|EPIC|NORTH|LAB|NORTH|202503041200||ADT^A04|MSG0001|P|2.5\r"
        "PID|1||MRN4417^^^NORTH^MR||QUISPE^ROSALINDA||19790212|F\r"
        "PV1|1|O|OPD^12^01||||558812^HALVORSEN^DR|||MED\r"
    )
    got = people(text)
    assert "QUISPE^ROSALINDA" in got
    assert not any("HALVORSEN" in p for p in got)


# ------------------------------------------------------------- a family's roles and a record's words as labels
def test_role_labels_of_a_visit_note_are_no_people() -> None:
    text = (
        "POSTNATAL CONTACT\nMother: Ilinca Varga   DOB: 03/05/1991\nInfant: weight 3.4 kg, feeding well\n"
        "Father: not present\nS: feeding well.\nInfant: no jaundice.\nMother: reports low mood.\n"
        "Signed: Maartje Bosveld, health visitor\nSchool Nurse Record — term 2\n"
    )
    got = people(text)
    assert "Ilinca Varga" in got and "Maartje Bosveld" in got
    assert not {"Mother", "Infant", "Father", "Signed", "Record"} & set(got)


# ------------------------------------------------------------- a party's or an agent's key; a Gift Aid form's field
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('evt=mandate.created mandate=MND-88 debtor="Gunnhild Aasland" amount=12.00', "Gunnhild Aasland"),
        ("call_id=90 ani=+15550100 agent=Thandeka Mthembu-Reyes queue=refills", "Thandeka Mthembu-Reyes"),
        ('{"subject": "S-0142", "payee": "Radosław Wiśniowiecki", "amount": 40}', "Radosław Wiśniowiecki"),
        ('scan=OUT code=NO_ACCESS consignee="Anjali Raghunathan" hub=BLR', "Anjali Raghunathan"),
        ("Title: Mr   First name or initial(s): Chukwuemeka   Surname: Obi\n", "Chukwuemeka"),
        ("Home visit — appointment with interpreter Dawit Gebremedhin at 10:00.", "Dawit Gebremedhin"),
    ],
)
def test_party_and_agent_keys_and_gift_aid_fields(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        'debtor="Harbourside Holdings Ltd" creditor="Northwind Energy" amount=40',
        'agent=ht85 ua="Mozilla Firefox" payee="ACCOUNTS PAYABLE"',
    ],
)
def test_a_partys_key_holding_a_firm_or_a_login(text: str) -> None:
    assert people(text) == []
