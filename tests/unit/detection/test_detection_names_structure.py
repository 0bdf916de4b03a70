"""People that a record's structure names, in shapes of many countries (issue 13, accuracy7).

Every name and value here is made up for these tests.
"""

from __future__ import annotations

import pytest
from detection_helpers import found as found_pairs


def found(text: str, kind: str = "PERSON") -> list[str]:
    return [value for t, value in found_pairs(text) if t == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"subject_name": "Oisín Barrantes-Velho", "subject_iban": "x"}', ["Oisín Barrantes-Velho"]),
        ('{"holderName": "Wairimu Castellanos"}', ["Wairimu Castellanos"]),
        ('{"insured_first": "Teuila", "insured_last": "Fakalata"}', ["Teuila", "Fakalata"]),
        ('op=REFUND borrower="Ksenija Mbatha" amount=1', ["Ksenija Mbatha"]),
        ('op=PORT subscriber="Aroha Lindqvist" plan=Gold', ["Aroha Lindqvist"]),
    ],
)
def test_keys_a_role_and_a_name_part_name_people(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        '{"product_name": "Premium Saver", "file_name": "Scan Copy", "is_last": "Yes"}',
        '<body style="font-family:Verdana">',
        '{"meta.family": "Helvetica"}',
    ],
)
def test_keys_of_things_name_no_one(text: str) -> None:
    assert found(text) == []


def test_name_keys_of_other_languages() -> None:
    text = '{"titulaire": {"nom": "FERREIRA-LOUBET", "prenom": "Maëlys", "date_naissance": "03/09/1988"}}'
    assert found(text) == ["FERREIRA-LOUBET", "Maëlys"]
    assert found(text, "DATE_OF_BIRTH") == ["03/09/1988"]
    text = '{"paziente": {"cognome": "Zanardelli", "nome": "Ilario"}, "prodotto": {"nome": "Conto Smart"}}'
    assert found(text) == ["Zanardelli", "Ilario"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("LAST NAME: OYELARAN   FIRST: TEMITOPE   MI: K\n", ["OYELARAN", "TEMITOPE"]),
        ("Surname:        KOWALCZE\nOther names:    Zbyszko\n", ["KOWALCZE", "Zbyszko"]),
        ("Name (as in passport): MUHAMMAD HAFIZ BIN ROSLAN\nD.O.B.: 02/11/1979\n", ["MUHAMMAD HAFIZ BIN ROSLAN"]),
        ("1. Cognome/i / Surname(s): VELLUTINI\n2. First name(s) / Nome/i: ORSOLYA\n", ["VELLUTINI", "ORSOLYA"]),
        ("Patient(e) : TRƯƠNG Minh Khoa   Né(e) le : 12 mars 1974\n", ["TRƯƠNG Minh Khoa"]),
    ],
)
def test_form_fields_in_capitals_and_other_languages(text: str, names: list[str]) -> None:
    assert found(text) == names


def test_a_bare_first_label_in_prose_needs_a_listed_name() -> None:
    assert found("First: Grace period ends on Friday.\n") == []


def test_a_credential_between_a_label_and_a_name_is_not_the_name() -> None:
    assert found("Verified by: MLS T. Okonjo-Reyes   Instrument firmware 4.1.2\n") == ["T. Okonjo-Reyes"]
    assert found("Reviewed by: BMS K. Aaltonen\n") == ["K. Aaltonen"]


@pytest.mark.parametrize(
    "text",
    [
        "Referred by: HR Business Partner\n",
        "CLAIM FORM   APPROVED BY JOINT BILLING STANDARDS COMMITTEE 04/19\n",
    ],
)
def test_acronyms_and_committees_after_labels_are_no_one(text: str) -> None:
    assert found(text) == []


def test_a_title_line_above_a_csv_header() -> None:
    text = (
        '"Class 3 list",,,\nchild_first,child_last,dob,guardian\nTeodora,Vashti-Ndlovu,12/03/2016,Ilse Vashti-Ndlovu\n'
    )
    assert found(text) == ["Teodora", "Vashti-Ndlovu", "Ilse Vashti-Ndlovu"]
    assert found(text, "DATE_OF_BIRTH") == ["12/03/2016"]


def test_prose_above_a_line_of_words_is_no_table() -> None:
    assert found("Hello team\nplease see below\nname,dob\n") == []


def test_sql_rows_are_read_by_their_columns() -> None:
    text = (
        "CREATE TABLE `patients` (`id` int, `full_name` varchar(120), `amount` decimal(10,2), `birth_date` date);\n"
        "INSERT INTO `patients` VALUES (1,'Ingrid Solheim-Abara',10.50,'1961-03-09'),(2,'Rafe O\\'Connell',NULL,"
        "'1990-11-30');\ninsert into staff (id, role, first_name) values (7, 'nurse', 'Chidera');\n"
    )
    assert found(text) == ["Ingrid Solheim-Abara", "Rafe O\\'Connell", "Chidera"]
    assert found(text, "DATE_OF_BIRTH") == ["1961-03-09", "1990-11-30"]


def test_sql_rows_of_things_hold_no_one() -> None:
    text = (
        "CREATE TABLE products (sku varchar(20), name varchar(80));\nINSERT INTO products VALUES ('K-1','Garden Hose');"
    )
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Llamó Ixchel Quispe Mamani para cambiar la fecha.", ["Ixchel Quispe Mamani"]),
        ("Kunde Ruzica Abendroth ruft wegen der Rechnung an.", ["Ruzica Abendroth"]),
        ("Mme/M. Lê Thảo appelle au sujet du prélèvement.", ["Lê Thảo"]),
        ("Mevrouw/meneer Tjitske Oyono belt over de incasso.", ["Tjitske Oyono"]),
        ("Medico scelto: dott. Gaspare Ilunga (codice 12)", ["Gaspare Ilunga"]),
        ("Hi, you're chatting with Yui. How can I help today?", ["Yui"]),
        ("El cliente Banco Andino para la cuenta de empresa.", []),
    ],
)
def test_cues_and_introductions_of_other_languages(text: str, names: list[str]) -> None:
    assert found(text) == names


def test_a_dated_notes_writer_alone_on_its_line() -> None:
    text = "Notes\n03.04.2025 10:12 — Wiremu Castellano-Hale:\nCustomer asked to move the debit date.\n"
    assert found(text) == ["Wiremu Castellano-Hale"]
    text = "Changelog\n2025-01-02 10:00 — Release Notes:\nFixed the upload bug in the portal.\n"
    assert found(text) == []


def test_chat_export_with_a_time_after_each_speaker() -> None:
    text = (
        "Messaging\nTjalling van Dijk  09:12\n  Hi Amara! Would you be open to a call this week?\n\n"
        "Amara Osei Bonsu  10:40\n  Sure, you can reach me after 5.\n\n"
        "Tjalling van Dijk  11:02\n  Great, I will send you the details.\n"
    )
    assert found(text) == ["Tjalling van Dijk", "Amara", "Amara Osei Bonsu", "Tjalling van Dijk"]


def test_pleading_parties_and_a_witness_statement() -> None:
    text = (
        "BETWEEN\n          TEODORA VASHTI-NDLOVU                   Claimant\n     and\n"
        "          HARTWELL LETTINGS LIMITED                   Defendant\n\n"
        "1. I am Ilse Nakamura of Old Forge Cottage, 12 Mill Lane, Leeds LS1 4AB.\n2. I am Head of Lettings here.\n"
    )
    assert found(text) == ["TEODORA VASHTI-NDLOVU", "Ilse Nakamura"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Re: Sören Vaitkus   D.O.B. 4 Dec 1981\n", ["Sören Vaitkus"]),
        ('cover="Attn: Núria Puig i Ferrer re: records request"', ["Núria Puig i Ferrer"]),
        ("Renter Ilkay Drummond-Oyelaran (Arizona DL Y45759039) returned the car", ["Ilkay Drummond-Oyelaran"]),
    ],
)
def test_names_before_what_marks_a_person(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        (
            "FEMKE VAN DER STAAL\nLijnbaansgracht 31 hs\n1017 WS Amsterdam\n",
            ["Lijnbaansgracht 31 hs\n1017 WS Amsterdam"],
        ),
        (
            "<td>Jelle Oyelaran<br>Keizersgracht 410-3<br>1016 GC Amsterdam</td>",
            ["Keizersgracht 410-3<br>1016 GC Amsterdam"],
        ),
        (
            "home_address: |\n  Korte Nieuwstraat 8 bg\n  3512 NM Utrecht\n",
            ["Korte Nieuwstraat 8 bg\n  3512 NM Utrecht"],
        ),
        (
            '{"shipping_address": {"line1": "14 Sráid na Siopaí, Galway, H91 X2P7"}}',
            ["14 Sráid na Siopaí, Galway, H91 X2P7"],
        ),
        ('{"ip_address": {"line1": "10.0.0.1"}}', []),
    ],
)
def test_addresses_of_dutch_html_yaml_and_object_layouts(text: str, addresses: list[str]) -> None:
    assert found(text, "ADDRESS") == addresses


def test_a_name_above_a_dutch_address_block() -> None:
    assert found("FEMKE VAN DER STAAL\nLijnbaansgracht 31 hs\n1017 WS Amsterdam\n") == ["FEMKE VAN DER STAAL"]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ('{"street": "Rua Augusta 1200", "city": "São Paulo"}', ["Rua Augusta 1200"]),
        ('{"line1": "4410 Oakmont Dr", "city": "Plano"}', ["4410 Oakmont Dr"]),
        ("op=VERIFY street_address=4410 Oakmont Dr city=Plano state=TX", ["4410 Oakmont Dr"]),
        ('{"line1": "Thank you for order 5512 today"}', []),
        ('{"street": "Main", "lanes": 4}', []),
    ],
)
def test_street_line_keys_and_log_fields(text: str, addresses: list[str]) -> None:
    assert found(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"contactPerson": "Efosa Igbinedion", "kinName": "Tavita Leota"}', ["Efosa Igbinedion", "Tavita Leota"]),
        ('audit user="Siobhán Ní Bhriain" action=login', ["Siobhán Ní Bhriain"]),
        ("Thanks so much, Mahliyo!", ["Mahliyo"]),
        ("Contact Person,Role\nImogen Fairweather-Blake,Buyer\n", ["Imogen Fairweather-Blake"]),
    ],
)
def test_contact_people_irish_particles_and_longer_thanks(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("HQ: 2210 Larkspur Parkway Cedar Falls IA 50613", ["2210 Larkspur Parkway Cedar Falls IA 50613"]),
        ("EU office: Strandvejen 214, 2900 Hellerup", ["Strandvejen 214, 2900 Hellerup"]),
    ],
)
def test_one_line_us_addresses_and_danish_streets(text: str, addresses: list[str]) -> None:
    assert found(text, "ADDRESS") == addresses


def test_memorials_and_places_named_like_people_are_no_one() -> None:
    assert found("The Martin Luther King Jr. Memorial is closed today.") == []
    assert found("Charing Cross and Kings Cross are closed; walk to Notting Hill.") == []


def test_html_elements_whose_class_names_a_person() -> None:
    text = '<h1><span class="name">Kobina Mensah-Ashe</span></h1>\n<dl><dt>Email</dt><dd>k@example.net</dd></dl>'
    assert found(text) == ["Kobina Mensah-Ashe"]
    assert found('<td class="customer-name">DeShawn Varga</td>') == ["DeShawn Varga"]
    assert found('<div class="product"><span class="name">Aurora Desk Lamp</span></div>') == []


def test_a_name_above_an_html_address_block() -> None:
    text = "<td><b>Deliver to</b><br>Jelle Oyelaran<br>Keizersgracht 410-3<br>1016 GC Amsterdam</td>"
    assert found(text) == ["Jelle Oyelaran"]
