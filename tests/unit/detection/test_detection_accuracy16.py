"""People as registers and public-sector tables write them (issue 13, helper accuracy16).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from cpu_bound import assert_detect_within_bound
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ------------------------------------------------------------- "SURNAME, Given" alone in a field
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2025-03-02 07:14 | door D-12 | OK | badge 55102 | HALVORSEN, Brit | Staff\n", "HALVORSEN, Brit"),
        ("3B\t09:30\tOYELOWO, Babatunde\tsmall claim\tadjourned\n", "OYELOWO, Babatunde"),
        ('{"seat": "A4", "attendee": "KOWALEWSKA, Zuzanna", "diet": "vegan"}', "KOWALEWSKA, Zuzanna"),
        ("Liste des présents\n1. DUBOIS-ROCHE, Hélène\n2. N'GUESSAN, Koffi Aimé\n", "DUBOIS-ROCHE, Hélène"),
        ("Teilnehmerliste\n- GARCÍA MÁRQUEZ, Ana Lucía\n", "GARCÍA MÁRQUEZ, Ana Lucía"),
        ("COMPLAINANT: FEATHERSTONE, Imogen  DOB on file\n", "FEATHERSTONE, Imogen"),
        ("| door D-03 | DE LA FUENTE, Ximena Paz |\n", "DE LA FUENTE, Ximena Paz"),
    ],
)
def test_surname_in_capitals_comma_given_in_a_field_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Attendees: Finance BP, Platform\n",
        "Supplier: Kranich Werke AG, Metzingen\n",
        "Region: EMEA, Americas\n",
        "ERROR, Retrying\n",
        "Ship to depot NW, Edmonton, AB\n",
        "Scope: SEPA, Warszawa (pilot)\n",
        "run 12 ended RX#991 KRAMER, Paul said\n",
    ],
)
def test_acronyms_places_and_running_text_in_that_shape_are_not(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- a party's column in legal and public tables
def test_party_columns_of_courts_police_and_registers_hold_people() -> None:
    text = (
        "case_no,filed,defendant_last,defendant_first,plaintiff_name\n"
        "CV-1001,2025-02-03,LINDGAARD,SOREN,Aurelio Benassi\n"
        "CV-1002,2025-02-04,OKAFOR-BELL,NNEKA,Perpetua Ansah\n"
    )
    assert people(text) == [
        "LINDGAARD", "SOREN", "Aurelio Benassi", "OKAFOR-BELL", "NNEKA", "Perpetua Ansah"
    ]  # fmt: skip


def test_inverted_names_a_mebibyte_within_bound() -> None:
    assert_detect_within_bound("| ABCDEFG, Abcdef |\n" * 55_000)
    assert_detect_within_bound("AB CD EF GH IJ, Ab " * 55_000)


# ------------------------------------------------------------- labels of public-sector, court and research forms
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Request SR-1  Category: Streetlight out\nConstituent: Fenella Quartermaine\n", "Fenella Quartermaine"),
        ("Person obtaining consent: Radomir Květoň\nDate: 02/02/2025\n", "Radomir Květoň"),
        ("Incident 88-2: Victim: Gwenllian Pryce   Suspect: Teodor Mureșan\n", "Teodor Mureșan"),
        ("Permit issued to: Saoirse Ní Bhraonáin\n", "Saoirse Ní Bhraonáin"),
        ("Supervisor: Okonkwo Adebanjo\n", "Okonkwo Adebanjo"),
    ],
)
def test_labels_of_public_and_research_forms_name_a_person(text: str, name: str) -> None:
    assert name in people(text)


def test_a_list_written_one_item_a_line_under_its_label() -> None:
    text = (
        "Adverse parties:\n  - Ottilie Brannigan\n  - Harbourside Lettings Ltd\n  - Kwabena Osei-Tutu\n"
        "Present:\n- Marit Solberg\n\nThe meeting opened at 7."
    )
    assert people(text) == ["Ottilie Brannigan", "Kwabena Osei-Tutu", "Marit Solberg"]


def test_bulleted_lists_a_mebibyte_within_bound() -> None:
    assert_detect_within_bound("Present:\n" + "- Abcd Efgh\n" * 90_000)
    assert_detect_within_bound("Present:\n- Abcd Efgh\n" * 50_000)


# ------------------------------------------------------------- a street whose USPS suffix is "Mall"
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Res: 2214 Hennessey Mall Unit 4, Arlington, VA 22201\n", "2214 Hennessey Mall Unit 4, Arlington, VA 22201"),
        ("SHIP TO 450 ORCHARD MALL APT 2\nFRESNO, CA 93701\n", "450 ORCHARD MALL APT 2\nFRESNO, CA 93701"),
    ],
)
def test_a_mall_is_a_street_type_with_a_unit_after_it(text: str, address: str) -> None:
    assert ("ADDRESS", address) in found(text)


# ------------------------------------------------------------- in capitals, an identifier of the person after it
def test_surname_and_given_in_capitals_before_an_identifier_is_a_person() -> None:
    text = (
        "06:10 BED 4 ABERCROMBIE, FIONNUALA DOB 1948-02-11 FUROSEMIDE 40MG GIVEN\n"
        "06:25 BED 9 NGUYỄN, VĂN AN MRN W7-448120 METFORMIN 500MG HELD\n"
    )
    assert people(text) == ["ABERCROMBIE, FIONNUALA", "NGUYỄN, VĂN AN"]
    assert people("STOCK CHECK, FRIDGE 2 TEMP 4C\nNOTES, SEE CHART DOB UNKNOWN\n") == []


def test_a_cue_name_closed_by_a_quote_of_its_value() -> None:
    assert people('upload ok document="Statement of Ingrid Solvang-Moe" pages=4') == ["Ingrid Solvang-Moe"]


def test_inverted_names_in_capitals_a_mebibyte_within_bound() -> None:
    assert_detect_within_bound("AB CD, EF GH MRN 1 " * 55_000)
    assert_detect_within_bound("ABCDEF, ABCDEF " * 70_000)


# ------------------------------------------------------------- the maker of a sworn statement
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I, Perpetua Okwuosa-Lindqvist, being duly sworn, state as follows:", "Perpetua Okwuosa-Lindqvist"),
        ("Yo, Maialen Etxeberria Goikoetxea, mayor de edad, declaro bajo juramento", "Maialen Etxeberria Goikoetxea"),
        ("Je soussignée, Ghislaine Abouchar, demeurant à Lyon, atteste", "Ghislaine Abouchar"),
        ("I, Khalida Nuristani, declare under penalty of perjury that", "Khalida Nuristani"),
    ],
)
def test_the_maker_of_a_sworn_statement_is_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


def test_i_and_a_comma_before_other_words_is_not_a_statement() -> None:
    assert people("Part I, Section Four, covers the scope.\nBetween us, I, Acme Holdings and the bank signed.") == []


def test_sworn_statements_a_mebibyte_within_bound() -> None:
    assert_detect_within_bound("I, Ab Cd, being " * 65_000)
    assert_detect_within_bound("I, " * 350_000)


# ------------------------------------------------------------- roles and form titles are not people
@pytest.mark.parametrize(
    "text",
    [
        "FILE 2025-0444\nCLIENT INTAKE WORKSHEET (privileged)\n",
        "Dear Requester,\nYour request has been logged.",
        "Dear Constituent, thank you for writing.",
    ],
)
def test_letters_to_a_role_and_form_titles_name_no_one(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------- "Label | Value" rows
def test_a_bar_between_a_name_label_and_its_value() -> None:
    text = "Pre-visit form\n\nPatient name     | Ottoline Vasquez-Achterberg\nReason for visit | repeat prescription\n"
    assert people(text) == ["Ottoline Vasquez-Achterberg"]
