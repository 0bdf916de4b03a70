"""People in forms, payloads and logs of other languages and layouts, and things named after people (issue 13,
helper accuracy27): a form's labels repeated record after record are no chat's speakers, the name fields of more
languages, a record's bracketed number and a party's letter before a label.

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from cpu_bound import assert_detect_within_bound
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ------------------------------------------------------------- a form's labels are no speakers
@pytest.mark.parametrize(
    "text",
    [
        # a registration of several guests: the same labels on every record, each with a one-word value
        "Registro\n[1] Uyruk: Belçika\n    Belge: Pasaport\n[2] Uyruk: Türkiye\n    Belge: Kimlik\n",
        "1. Állampolgárság: Magyar\n   Okmány: Útlevél\n2. Állampolgárság: Nigéria\n   Okmány: Személyi\n",
        # a record's fields indented under its first line, with values in words
        "Driver A: none\n  Endorsements: none\n  Licence: Full UK held 14 yrs\n"
        "Driver B: none\n  Endorsements: SP30 (3 pts)\n  Licence: Full UK held 3 yrs\n",
    ],
)
def test_a_forms_repeated_labels_are_no_chat_speakers(text: str) -> None:
    assert people(text) == []


def test_a_chats_speakers_still_count_beside_one_word_answers() -> None:
    text = (
        "[07:58] Tamsin: morning, is the crane booked for today?\n[07:59] Okechukwu: Yes\n"
        "[08:00] Tamsin: great, I'll tell the lifting crew\n[08:02] Okechukwu: ok and can you sign the permit\n"
    )
    assert people(text) == ["Tamsin", "Okechukwu", "Tamsin", "Okechukwu"]


# ------------------------------------------------------------- name fields of more languages
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Registro\n[1] Prezime: Olabarrieta\n    Ime: Itxaso\n", ["Olabarrieta", "Itxaso"]),
        ("Vendégkönyv\n1. Vezetéknév: Halmosi\n   Keresztnév: Boglárka\n", ["Halmosi", "Boglárka"]),
        ("Přihlašovací lístek\nPříjmení: Dvořáčková\nJméno: Radka\n", ["Dvořáčková", "Radka"]),
        ("Fișa de înregistrare\nNume: Ciobanu\nPrenume: Mirela\n", ["Ciobanu", "Mirela"]),
        ("KBS bildirimi\n(1) Soyadı: Korkmaz\n", ["Korkmaz"]),
        ("Anmälan\nEfternamn: Lindqvist\nFörnamn: Saga\n", ["Lindqvist", "Saga"]),
    ],
)
def test_name_fields_of_more_languages(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vehicle: Ford Transit\nDriver A: Oisin Fairbrother\nDriver B: Parminder Sahota\n",
         ["Oisin Fairbrother", "Parminder Sahota"]),
        ("Cover: Comprehensive\nDriver 1 (Proposer): Beatrix Aldersley\n", ["Beatrix Aldersley"]),
    ],
)  # fmt: skip
def test_a_partys_number_or_letter_before_its_label(text: str, names: list[str]) -> None:
    assert people(text) == names


# ------------------------------------------------------------- bounds
def test_a_mebibyte_of_repeated_form_records_within_bound() -> None:
    block = "[1] Prezime: Olabarrieta\n    Ime: Itxaso\n    Državljanstvo: Spain\n    Documento: Passport\n"
    assert_detect_within_bound(block * (1_048_576 // len(block)))


# ------------------------------------------------------------- ships, rooms, venues and placeholders
@pytest.mark.parametrize(
    "text",
    [
        "Fleet notice\nThe MV Ernest Shackleton leaves Ushuaia on 4 December.\n",
        "The M/S Roald Amundsen follows a week later.\n",
        "Notice\nHMS Florence Nightingale (museum ship) is closed.\n",
        "MV Queen Mary Anne — guest health information\n",
        "Reception in the Marie Curie Suite, dinner at the Charles Darwin Ballroom.\n",
        "She won the Nelson Mandela Medal this year.\n",
        "Workshop in Hall Frida Kahlo, then lunch at Brasserie Les Halles.\n",
        "Your booking is confirmed.\n\nDear Guest,\nthank you for staying with us.\n",
        "> On 3 May 2026, Guest Relations wrote:\n> thank you\n",
        "conf_no,guest_name,room\n9292-354819,[REDACTED],600\n1542-337048,<redacted>,1079\n",
    ],
)
def test_things_named_after_people_and_placeholders_are_no_people(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- a party's key in a log or a payload
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"order":"W-88102","shop":"Pasta Nonna Roma","customer":"Ignatius Fairweather","total":31.4}\n',
         ["Ignatius Fairweather"]),
        ('2026-03-04 07:12:09 gate=2 badge=55120 type=staff user="Radomir Okafor" result=OK\n', ["Radomir Okafor"]),
        ('[2026-03-04T07:15:02Z] audit site=LDN3 staff="Yolanda Przybylska" action=EDIT\n', ["Yolanda Przybylska"]),
        ('audit action=UPDATE field=dob student="Ifeoluwa Brannigan" old=2012-09-24\n', ["Ifeoluwa Brannigan"]),
        ('{\n  "case": "HR-2291",\n  "handler": "Casimir Wojtaszek"\n}\n', ["Casimir Wojtaszek"]),
        ('bureau request product=LOAN forename="Eilidh" surname="Macfarlane-Oduya"\n', ["Eilidh", "Macfarlane-Oduya"]),
    ],
)  # fmt: skip
def test_a_partys_key_in_a_log_or_a_payload(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        '2026-03-04 07:12:09 gate=2 user="svc-backup" result=OK\n',
        '2026-03-04 07:12:09 gate=2 user="Night Audit" result=OK\n',
        '{"order":"W-1","customer":"ACME Ltd","total":3}\n',
    ],
)
def test_a_login_a_job_or_a_firm_under_those_keys_is_no_person(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- roles only a person fills
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("MEDICAL TENT B\nCasualty (runner): Ottoline Vasquez-Brannigan   Bib 22817\n", ["Ottoline Vasquez-Brannigan"]),
        ("Treated with fluids.\nFirst-aider: Dagfinn Strømsnes\n", ["Dagfinn Strømsnes"]),
        ("Treated with fluids.\nFirst aider: Dagfinn Strømsnes\n", ["Dagfinn Strømsnes"]),
        ("Port agent informed.\nShip's doctor: Anselm Weidinger\n", ["Anselm Weidinger"]),
        ("Zones: ATEX 1\nEscort ........ Krisztina Halmágyi\n", ["Krisztina Halmágyi"]),
        ("Policy schedule\nProposer: Aurelio Fenwick-Batista\n", ["Aurelio Fenwick-Batista"]),
        ("MOT history\nRegistered keeper: Aurelio Fenwick-Batista\n", ["Aurelio Fenwick-Batista"]),
        ("Richiesta di bonifico\nIntestataria: Ludovica Sangiorgi\n", ["Ludovica Sangiorgi"]),
        ("A pallet fell. The site medic Teodor Wiśniewski-Lund checked the driver.\n", ["Teodor Wiśniewski-Lund"]),
    ],
)  # fmt: skip
def test_more_roles_only_a_person_fills(text: str, names: list[str]) -> None:
    assert people(text) == names


# ------------------------------------------------------------- a table's column headed by a role
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("folio;checkin;guest;nights\nA-1182;2026-02-11;Konstanze Wendelin;3\nA-1183;2026-02-11;Aylin Karataş;1\n",
         ["Konstanze Wendelin", "Aylin Karataş"]),
        ("time\tpost\tcasualty\tfirst_aider\n09:41\tkm 12\tLeopoldine Ashcombe\tYusuf Adeyemi-Clarke\n",
         ["Leopoldine Ashcombe", "Yusuf Adeyemi-Clarke"]),
        ("claim\tinsurer\thandler\tstatus\nCLM-1\tAviva\tGethin Pennock\tOPEN\n", ["Gethin Pennock"]),
    ],
)  # fmt: skip
def test_a_column_headed_by_a_role_only_a_person_fills(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_a_tables_first_row_of_a_label_and_its_value_is_no_header() -> None:
    text = (
        "<table><tr><th>Driver</th><td>Bronisław Zieliński</td></tr><tr><th>Licence</th><td>04721/09/1142</td></tr>"
        "<tr><th>Vehicle</th><td>Iveco Daily</td></tr></table>\n"
    )
    assert people(text) == ["Bronisław Zieliński"]


# ------------------------------------------------------------- placeholder names
@pytest.mark.parametrize(
    "text",
    [
        "Ausfüllhilfe (Beispiel): Name: Max Mustermann, Geburtsort: Musterstadt.\n",
        "Eksempel: Ola Nordmann, Storgata 1.\n",
        "2025-03-21T01:42:09 [etl] user=<unknown> placeholder John Doe skipped\n",
        '<label>Name</label><input name="name" placeholder="Jane Doe">\n',
        "Full name:            Joe Bloggs\nDate of birth:        DD/MM/YYYY\n",
    ],
)
def test_placeholder_names_are_no_people(text: str) -> None:
    assert people(text) == []
