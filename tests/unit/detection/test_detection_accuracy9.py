"""People, addresses and phones in European prose and exports (issue 13, accuracy9).

Every name, street and number here is made up for these tests.
"""

from __future__ import annotations

import pytest
from detection_helpers import found as found_pairs


def found(text: str, kind: str = "PERSON") -> list[str]:
    return [value for t, value in found_pairs(text) if t == kind]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Telefoon: 06-43871290", "06-43871290"),
        ("Rückruf unter 0157 33418820 bitte.", "0157 33418820"),
        ("Si no estoy, llamen al 622 48 19 07 por la tarde.", "622 48 19 07"),
        ("Recapito: 347 8812093", "347 8812093"),
        ("proszę dzwonić 602-118-443", "602-118-443"),
        ("Je reste joignable au 06.41.22.87.19 demain.", "06.41.22.87.19"),
        ("i changed my phone number to +44 7700 900118 yesterday", "+44 7700 900118"),
    ],
)
def test_phone_labels_and_verbs_of_other_languages(text: str, phone: str) -> None:
    assert found(text, "PHONE") == [phone]


def test_a_date_after_a_phone_label_is_no_phone() -> None:
    assert found("Tel: 12.03.2024", "PHONE") == []


def test_a_number_under_the_signers_name_is_a_phone() -> None:
    text = "Viele Grüße\nHannelore\n0711-4428190\n"
    assert found(text) == ["Hannelore"]
    assert found(text, "PHONE") == ["0711-4428190"]
    assert found("Regards,\nTom\n2024-05-01\n", "PHONE") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anwesend: Jorinde Vasbeck, Kasimir Oltrogge\n", ["Jorinde Vasbeck", "Kasimir Oltrogge"]),
        ("Partecipanti: Benvenuta Caspani, Ruggero Valsecchi\n", ["Benvenuta Caspani", "Ruggero Valsecchi"]),
        ("Hoi Femmigje,\n\nIk ben ziek.", ["Femmigje"]),
        ("[09:12] Yerlan: Hola Oriel, soy Yerlan. ¿Me confirmas?", ["Oriel", "Yerlan"]),
        ("Hoi Wubbe, je spreekt met Tjalling. Waarmee kan ik helpen?", ["Wubbe", "Tjalling"]),
        ("Buongiorno, sono Ermenegilda, il mio numero", ["Ermenegilda"]),
        ("Yours sincerely\nTadhgín Ó Criodáin\nOccupational Therapist", ["Tadhgín Ó Criodáin"]),
        ("Z poważaniem\nWiesława Chmielarz\n", ["Wiesława Chmielarz"]),
        ("Kunde: Wiltrud von der Aue\n\nTicket", ["Wiltrud von der Aue"]),
    ],
)
def test_minutes_greetings_introductions_and_signoffs_of_other_languages(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The sauce is soy Lecithin based.",
        "Kunde Xaver Quabbe ruft an. Kunde wirkte zufrieden.",
    ],
)
def test_words_of_other_languages_are_no_names(text: str) -> None:
    assert "Kunde" not in found(text) and "Lecithin" not in found(text)


def test_report_fields_without_a_colon() -> None:
    text = "Nazwisko              KOWALIK-ZIĘBA\nImię                  Gościsława\nApelido   TRINDADE\n"
    assert found(text) == ["KOWALIK-ZIĘBA", "Gościsława", "TRINDADE"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Assuré(e) : BERTHELOT Anaïs\n", ["BERTHELOT Anaïs"]),
        ("Lavoratore: Crescenzo Albanese\n", ["Crescenzo Albanese"]),
        ('msg=pacs.008 dbtr="Ottokar Brühne" cdtr="Liesel Harbeck" amt=1', ["Ottokar Brühne", "Liesel Harbeck"]),
        ("DISPENSE rx=7712 rph=T. Quigley-Amos verify=OK", ["T. Quigley-Amos"]),
        ("DISPENSE rx=7713 rph=RPH4410 verify=OK", []),
    ],
)
def test_role_labels_and_keys(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("wir berichten über Radoslav Hütter, geb. 14.02.1979, stationär", ["Radoslav Hütter"]),
        ("Betreft: Sjoerdina Haaksma, geboren 3 juni 1985.", ["Sjoerdina Haaksma"]),
        ('{"text": "Xoán Barreiro pide factura con otra dirección"}', ["Xoán Barreiro"]),
        ('{"text": "Graciete Lobato quer alterar o método de pagamento"}', ["Graciete Lobato"]),
    ],
)
def test_names_of_no_list_before_a_birth_or_a_request(text: str, names: list[str]) -> None:
    assert found(text) == names


def test_a_reply_header_names_the_agent_of_a_team_mailbox_not_the_team() -> None:
    text = (
        "On 4 Mar 2025, Oskari Vähäsarja <support@shop-example.test> wrote:\n> done\n"
        "On 3 Mar 2025, Shop Example Support <support@shop-example.test> wrote:\n"
    )
    assert found(text) == ["Oskari Vähäsarja"]


def test_columns_of_other_languages() -> None:
    text = (
        "rma;kunde;strasse;plz;ort;telefon\n"
        "R-1;Anna Pfannkuch;Lindenallee 12;28195;Bremen;0421 339812\n"
        "R-2;Peter Riechers;Am Wall 7;28195;Bremen;+49 421 5532190\n"
    )
    assert found(text) == ["Anna Pfannkuch", "Peter Riechers"]
    assert found(text, "ADDRESS") == ["Lindenallee 12", "Am Wall 7"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"note": "Pt Oyelowo d/c\'d after cellulitis"}', ["Oyelowo"]),
        ("Caregiver Branwen on the line, POA on file", ["Branwen"]),
        ("Pt Education provided; Pt verbalized understanding.", []),
        ("Prescriber: Okonjo, Adaeze MD  NPI 1234567893", ["Okonjo, Adaeze"]),
        ("E-signed Dariusz Wełnicki 2025-01-04 09:12", ["Dariusz Wełnicki"]),
        ("the card is for my father Hamid Rostami)", ["Hamid Rostami"]),
        ("Neighbor Cormac helps with shopping.", ["Cormac"]),
        ("anyone free for a callback? Teodora Vasilescu MRN 44018822 re meds", ["Teodora Vasilescu"]),
    ],
)
def test_clinical_shorthand_signatures_and_relatives(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "From: Harbor Wellness <news@harbor-example.test>",
        "From: Carrier Updates (do not reply)",
        "Progress Note (SOAP)",
        "Call the 24/7 Nurse Line any time.",
        "Visit St. Anselm Pavilion on the 3rd floor.",
    ],
)
def test_teams_services_and_acronyms_are_no_one(text: str) -> None:
    assert found(text) == []


def test_a_fhir_address_array_gives_its_street_line_not_the_json() -> None:
    text = '{"address": [\n  {\n    "line": [\n      "14 chemin des Vignes"\n    ],\n    "city": "Dijon"}]}'
    assert found(text, "ADDRESS") == ["14 chemin des Vignes"]
    assert found('{"address": ["x", "y"]}', "ADDRESS") == []


def test_a_labelled_address_block_stops_at_the_next_label() -> None:
    text = "Adresse / Address:\nUnit 5-210 Rideau Street\nOttawa, ON K1N 5Y1\nTél. / Phone: 613-555-0143\n"
    assert found(text, "ADDRESS") == ["Unit 5-210 Rideau Street\nOttawa, ON K1N 5Y1"]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Emergency contact: Lorcan Tierney (brother) +44 7700 900517", ["+44 7700 900517"]),
        ("NK1|1|TIERNEY^LORCAN|BRO|||+353 87 600 1234", ["+353 87 600 1234"]),
        ("placeholder +49 000 0000000 here", []),
    ],
)
def test_grouped_international_numbers_of_a_possible_length(text: str, phones: list[str]) -> None:
    assert found(text, "PHONE") == phones


def test_a_phone_column_holds_national_numbers_of_any_country() -> None:
    text = (
        "order,customer_name,city,phone\n"
        "A-1,Rosalía Beltrán,Zaragoza,976 44 18 20\n"
        "A-2,Gaspard Lemaire,Lille,+33 3 20 55 01 99\n"
        "A-3,Ottilie Brandt,Kassel,0561-7781204\n"
        "A-4,,Nowhere,+49 000 0000000\n"
    )
    assert found(text, "PHONE") == ["976 44 18 20", "+33 3 20 55 01 99", "0561-7781204"]


def test_an_address_block_stops_at_a_dot_leader_label() -> None:
    text = "Home address ....\n12 Orchard Lane\nBristol\nBS6 5AB\nMobile .......... 07700 900662\n"
    assert found(text, "ADDRESS") == ["12 Orchard Lane\nBristol\nBS6 5AB"]
    assert found(text, "PHONE") == ["07700 900662"]


def test_two_part_html_labels_name_people() -> None:
    text = (
        "<dl>\n  <dt>Prénom / Nom</dt><dd>Maëlys Carrandier</dd>\n"
        "  <dt>Forename(s) / Surname</dt><dd>Sietse Hoekstra</dd>\n"
        "  <dt>Artikel / SKU</dt><dd>Blue Widget</dd>\n</dl>"
    )
    assert found(text) == ["Maëlys Carrandier", "Sietse Hoekstra"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ilinca Drăgulescu\nLebenslauf\n\nBerufserfahrung", ["Ilinca Drăgulescu"]),
        ("CURRICULUM VITAE\n\nBartosz Wierzbicki\nSkills", ["Bartosz Wierzbicki"]),
        ("Please attach your CV\nProject Manager", []),
        ("Skills Summary\nResume\nProject Manager\n", []),
    ],
)
def test_the_name_beside_a_cv_heading(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Tra Esempio Logistica S.r.l., Via Solferino 22, 20121 Milano\n", []),
        ("Zwischen der Beispiel GmbH, Lindenstraße 4, 10969 Berlin", []),
        ("Lakeside Health Plan\nPO Box 4410\nDayton OH 45401\n", []),
        ("Gerda Vollmer, Lindenstraße 4, 10969 Berlin", ["Lindenstraße 4, 10969 Berlin"]),
        ("Senior Manager | Brightpath Ltd\nHauptstraße 19\n50968 Köln\n", ["Hauptstraße 19\n50968 Köln"]),
    ],
)
def test_a_firms_seat_after_its_legal_form_is_no_ones_home(text: str, addresses: list[str]) -> None:
    assert found(text, "ADDRESS") == addresses


def test_an_acronym_after_prescribed_by_is_no_one() -> None:
    assert found("Continue metformin as prescribed by GP; six CBT sessions.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Validado por: Yaroslava Demchuk   2025-03-02", ["Yaroslava Demchuk"]),
        ("Erstellt von: Abteilung Einkauf", []),
        ("Prepared by: Team Logistik", []),
        (" * Hallgrímur Brynjarsson — Pass-Nr. (IS) A7719034 — no match", ["Hallgrímur Brynjarsson"]),
    ],
)
def test_attributions_and_screening_lists_of_other_languages(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "<p>New in: Tommy Hilfiger, Vivienne Westwood and Carolina Herrera.</p>",
        "Please complete the Customer Identification Form.",
        "P: Continue sertraline as prescribed by GP; review in six weeks.",
    ],
)
def test_brands_forms_and_acronyms_are_no_one(text: str) -> None:
    assert found(text) == []


def test_a_value_ending_in_a_legal_form_is_a_firm_not_a_person() -> None:
    text = "payout_id,seller_name,seller_email\nP-1,Liisa Koskinen,l@x.test\nP-2,Koskinen Outlet GmbH,o@x.test\n"
    assert found(text) == ["Liisa Koskinen"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("PATIENT: Ó DOMHNAILL, CAOIMHE   DOB: 03/11/1951", ["Ó DOMHNAILL, CAOIMHE"]),
        (
            "1. Legal name: Rosario Batungbakal\n   Other names used: Rosario Lintag\n",
            ["Rosario Batungbakal", "Rosario Lintag"],
        ),
        ("DISPENSE rx=1 rph=J. dela Paz verify=OK", ["J. dela Paz"]),
        ("| Pt | MRN | To do |\n|---|---|---|\n| Ferreira, L. | 77120934 | recheck |\n", ["Ferreira, L."]),
    ],
)
def test_capital_particles_former_names_and_handoff_tables(text: str, names: list[str]) -> None:
    assert found(text) == names


def test_an_x12_street_segment_is_an_address_under_a_person_only() -> None:
    text = (
        "NM1*85*2*DESERT VIEW CLINIC*****XX*1234567893~\nN3*400 W CONGRESS ST~\n"
        "NM1*IL*1*ABERNATHY*CORDELIA****MI*W771204419~\nN3*1187 N SAGUARO VISTA DR~\nN4*TUCSON*AZ*85745~\n"
    )
    assert found(text, "ADDRESS") == ["1187 N SAGUARO VISTA DR"]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        (
            "ODALYS VERACRUZ\n5120 W SAGEBRUSH TRAIL, APT 7\nPHOENIX, AZ 85031\n",
            ["5120 W SAGEBRUSH TRAIL, APT 7\nPHOENIX, AZ 85031"],
        ),
        ('addr="88 ORCHARD HILL RD, BANGOR, ME 04401"', ["88 ORCHARD HILL RD, BANGOR, ME 04401"]),
        ("GET /v2/status HTTP 200 OK ZZ 12345 latency=31ms", []),
        ("BUILD 4410 RELEASE NOTES CA 94043", []),
    ],
)
def test_us_addresses_in_capitals(text: str, addresses: list[str]) -> None:
    assert found(text, "ADDRESS") == addresses


def test_an_introduction_after_a_greeting_inside_a_json_string() -> None:
    assert found('{"body": "Buongiorno, sono Ermenegilda, il mio numero"}') == ["Ermenegilda"]
    assert found('{"body": "Well, soy Protein is cheap"}') == []


def test_a_cv_heading_counts_only_near_the_start_of_the_text() -> None:
    assert found("x" * 3000 + "\nAb Cdefg\nLebenslauf\n") == []
