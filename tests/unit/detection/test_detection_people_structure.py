"""People and addresses that a record's structure names, and things that are not people (issue 13, accuracy5).

Every name and value here is made up for these tests.
"""

from __future__ import annotations

import pytest

from privacykit.domain.detection import detect


def _found(text: str, kind: str = "PERSON") -> list[str]:
    return [text[e.start : e.end] for e in detect(text) if e.type.value == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ticket,insured_first,insured_last\nT-1,Hallvard,Ekwueme\n", ["Hallvard", "Ekwueme"]),
        ("shift,vaccinator,doses\n2025-03-02,Oddny Brekkestad,41\n", ["Oddny Brekkestad"]),
        ("unit\tdriver_name\troute\nV-12\tIlkka Saarnivaara\tR7\n", ["Ilkka Saarnivaara"]),
    ],
)
def test_columns_a_role_and_a_name_part_name_hold_people(text: str, names: list[str]) -> None:
    assert _found(text) == names


def test_a_username_column_holds_no_people() -> None:
    assert _found("hostname,username,role\ndb-01,svc_backup,operator\n") == []


def test_ssr_docs_surname_and_given_names_are_people() -> None:
    text = '{"text": "HK1/P/FIN/XP9031174/FIN/27AUG88/F/02MAR29/AHOLA/SIIRI"}'
    assert _found(text) == ["AHOLA", "SIIRI"]


def test_surname_slash_given_after_a_name_key_needs_a_title_or_a_passenger() -> None:
    assert _found('{"name": "MBEKI-ODUYA/TENDAI MR"}') == ["MBEKI-ODUYA/TENDAI"]
    assert _found('{"passengers": [{"name": "AHOLA/SIIRI"}]}') == ["AHOLA/SIIRI"]
    assert _found('{"name": "TCP/IP", "layer": "transport"}') == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "PID|1||5^^^W^MR||DOE^JANE\rPV1|1|O|3N^301^A|||8812^HALVORSEN^INGRID^^^^MD|||MED\r",
            ["DOE^JANE", "HALVORSEN^INGRID"],
        ),
        (
            "PID|1||55120^^^W^MR||DOE^JANE\rIN1|1|P|5|Mutual|||G||||||||OKOYE^ADA|SEL|19720914\r",
            ["DOE^JANE", "OKOYE^ADA"],
        ),
        ("PID|1||5^^^W^MR||DOE^JANE\rAIP|1||7710^MATAGI^TUILAEPA|RN\r", ["DOE^JANE", "MATAGI^TUILAEPA"]),
        ("mllp rx PID-3=A77120 PID-5=ZAWADZKA^HALINA PID-7=19510306", ["ZAWADZKA^HALINA"]),
        ("(0010,0010) PN [NAKASHIMA^REI]   # PatientName", ["NAKASHIMA^REI"]),
        ("<name><given>Oona</given><family>Rautiainen</family></name>", ["Oona", "Rautiainen"]),
    ],
)
def test_hl7_names_one_field_off_in_logs_dicom_and_cda(text: str, names: list[str]) -> None:
    assert _found(text) == names


def test_a_relationship_code_and_a_code_display_are_not_people() -> None:
    assert "SEL" not in _found("PID|1||1^^^W^MR||DOE^JANE\rIN1|1|P|5|Mutual|||G||||||||OKOYE^ADA|SEL|19720914\r")
    assert _found('<section><code code="48765-2" displayName="Allergies and Adverse Reactions"/></section>') == []
    assert _found('<author displayName="Ruta Kalnina"/>') == ["Ruta Kalnina"]


@pytest.mark.parametrize(
    "text",
    [
        "Present: Chair, Cardiology lead, Payroll rep (apologies: Radiology)",
        "From: Benefits Communications\nSubject: Open enrolment",
        "the Harold Whitcombe House respite rooms reopen",
        "the Edna Castellane Trust-funded shuttle runs on",
        "from the Rosa Parks Blvd stop",
        "Provider: Northgate Diagnostics",
        '{"os": {"name": "Tizen", "version": "7.0"}}',
        '{"payer": {"name": "Keystone Mutual", "payerId": "55120"}}',
        "Account No,Gross Pay,Net Pay\n0001,2310.00,1800.10\n",
    ],
)
def test_titles_departments_firms_and_software_are_not_people(text: str) -> None:
    assert _found(text) == []


def test_a_job_title_after_a_name_is_not_a_person() -> None:
    assert _found("Clinician: Sergio Ibarra, OH Nurse Advisor   Tel 07842 929256") == ["Sergio Ibarra"]


def test_a_weak_greeting_still_answers_before_a_name() -> None:
    assert _found("No, Maria Lopez did not call back") == ["Maria Lopez"]


def test_a_cidr_range_names_a_network_not_a_host() -> None:
    text = 'cidr_block = "10.61.0.0/16"; allow 172.20.0.0/12, 192.168.40.0/22; inet 10.61.4.23/16; peer 203.0.113.7/32'
    assert _found(text, "IP_ADDRESS") == ["10.61.4.23", "203.0.113.7"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Triage RN: Tevita Fonua-Hale\nPC: fall", "Tevita Fonua-Hale"),
        ("NOK: Makerita Fonua (sister) 555", "Makerita Fonua"),
        ("Pathologist: Cerys Llwyd, MD   May 2, 2025", "Cerys Llwyd"),
        ("Dentist: Aoife Ní Bhriain BDS", "Aoife Ní Bhriain"),
        ('audit actor="Oddvar Ruud" action=field_update', "Oddvar Ruud"),
        ('checkin property=HT-12 guest="Matías Quiroga" room=412', "Matías Quiroga"),
        ('{"proxy": "Tamsin Penhallow", "mrn": "E1"}', "Tamsin Penhallow"),
        ('{"memberName": "Ruslan Abenov"}', "Ruslan Abenov"),
        ("Surname: ŠIMKŪNAITĖ   First names: RŪTA   Title: Ms", "RŪTA"),
        ("Signature of Employer or Authorized Representative: /s/ Bryher Nance, HR Coordinator", "Bryher Nance"),
        ("Emergency contact / Personne à joindre: Hyacinthe Mbala  (204) 555-0148", "Hyacinthe Mbala"),
        ("Submitted by: Oren Kaspi   Approver: Delphine Orsatti\nPurpose: visit", "Delphine Orsatti"),
        ("<p><b>Guest:</b> Saoirse Ní Dhuibhir<br>", "Saoirse Ní Dhuibhir"),
        ('cover="Attn: Bartholomew Okafor re: referral"', "Bartholomew Okafor"),
        ("Portal reply\nIngibjörg Þorsteinsdóttir, RN  3/14/2025\nHi", "Ingibjörg Þorsteinsdóttir"),
    ],
)
def test_role_labels_log_keys_and_signatures_name_people(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_table_column_its_header_names_holds_people() -> None:
    text = (
        "<table><thead><tr><th>Name</th><th>Title</th><th>Mobile</th></tr></thead>\n<tbody>\n"
        "<tr><td>Oluwadamilare Fashola</td><td>Regional Director</td><td>n/a</td></tr>\n"
        "<tr><td><a href='#'>Ingrid Vetlesen</a></td><td>Senior CSM</td><td>n/a</td></tr></tbody></table>"
    )
    assert _found(text) == ["Oluwadamilare Fashola", "Ingrid Vetlesen"]


def test_a_product_table_and_a_definition_list() -> None:
    assert (
        _found("<table><tr><th>Product</th><th>Price</th></tr><tr><td>Harbour Lamp</td><td>9</td></tr></table>") == []
    )
    assert _found("<dl><dt>Name</dt><dd>Lowanna Birrell</dd><dt>MRN</dt><dd>E1</dd></dl>") == ["Lowanna Birrell"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "EXPLANATION OF BENEFITS\n\nTAVITA MASOE-LEAUPEPE\n5192 E Quaker Ridge Ave Apt 14A\nMadison, WI 53704\n",
            "TAVITA MASOE-LEAUPEPE",
        ),
        ("PRIVATE & CONFIDENTIAL\nNusaybah Qureshi-Lamb\n12 Harrow Road, Leeds LS1 4AB\n", "Nusaybah Qureshi-Lamb"),
        ("Re: Tipene Marsters\n    3/58 Kōwhai Crescent, Sumner, Christchurch 8081\n", "Tipene Marsters"),
    ],
)
def test_the_name_above_an_address_block_is_a_person(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_heading_above_an_address_is_not_a_person() -> None:
    assert _found("Head Office\n12 Harrow Road, Leeds LS1 4AB\n") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Re: x\n    9/144 Great South Road, Riccarton, Christchurch 8011\n",
            "9/144 Great South Road, Riccarton, Christchurch 8011",
        ),
        (
            "Practice\n8/48 Kāpiti Crescent\nHamilton East\nHamilton 3216\nPh",
            "8/48 Kāpiti Crescent\nHamilton East\nHamilton 3216",
        ),
        ("<dd>94 Banksia Pde<br>SANDY BAY TAS 7005</dd>", "94 Banksia Pde<br>SANDY BAY TAS 7005"),
        ("<p>20/89 Oxford St<br>\nFitzroy VIC 3065</p>", "20/89 Oxford St<br>\nFitzroy VIC 3065"),
        (
            "address: |\n  7 Ashgrove Lawns\n  Ballyshannon, Co. Donegal\n  F94 K2X7\n",
            "7 Ashgrove Lawns\n  Ballyshannon, Co. Donegal\n  F94 K2X7",
        ),
        ("Mail to:\n1140 rue Beaubien\nMontréal, QC H2S 1T4\n", "1140 rue Beaubien\nMontréal, QC H2S 1T4"),
    ],
)
def test_addresses_of_australia_new_zealand_ireland_and_quebec(text: str, address: str) -> None:
    assert _found(text, "ADDRESS") == [address]


def test_fractions_before_capitalised_words_are_not_addresses() -> None:
    assert _found("Mix 3/4 Cup Flour with 1/2 Tsp Salt. Release 2.1/3 Beta Build", "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[Handover]\nRuaraidh Tolmie-Baptiste, bed 9, hosp no HX440918", "Ruaraidh Tolmie-Baptiste"),
        ("Quick update on Ximena Ochoa-Brandt (MRN 77120455).", "Ximena Ochoa-Brandt"),
        ("Please r/v by F2 (Oisin Kearsley, bleep 4471).", "Oisin Kearsley"),
        ("Son Anatole is the main carer.", "Anatole"),
        ("[Handover]\nCaoilfhionn Ó Dubhghaill, bed 14, hosp no KX551207", "Caoilfhionn Ó Dubhghaill"),
        ("Reply\n\nFemke van der Zwaan, RN  2/3/2025\nHi", "Femke van der Zwaan"),
        ("Results phoned to Wiremu Tahana at 10:05.", "Wiremu Tahana"),
        ("> On 03/02/2025, Yevgenia Strakhova wrote:\n> Any news?", "Yevgenia Strakhova"),
        ("Resolution note by Keanu: reset completed.", "Keanu"),
        ("Update (Tavita, Service Desk): assigned to Clinical Apps", "Tavita"),
        ("Passengers\n  Torvald Eikrem — passport (Norway) FN4471203", "Torvald Eikrem"),
        ("RENTER\n  Name .............. QUISBERT, Ayelén\n  Date of birth ..... 07/22/1979", "QUISBERT, Ayelén"),
        ("Apellidos / Surname ....... ETXEGARAI\nNombre / Name ....... Garazi", "ETXEGARAI"),
    ],
)
def test_names_of_no_list_that_what_follows_marks(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_name_field_of_a_product_is_not_a_person() -> None:
    assert _found("PRODUCT\n  Name .............. Harbour Lamp Pro\n  Price ............. 12.00\n") == []


def test_a_profile_heading_over_a_persons_fields_is_a_person() -> None:
    text = (
        "<h1>Ondine Marchetti-Vaz</h1>\n<dl><dt>Email</dt><dd>ondine.mv@example.org</dd></dl>\n"
        "<h2>Quarterly Results</h2>"
    )
    assert _found(text) == ["Ondine Marchetti-Vaz"]


def test_a_name_first_on_an_address_line_is_a_person() -> None:
    assert _found("- Bartosz Wierzbicki, ul. Długa 44, 80-831 Gdańsk\n") == ["Bartosz Wierzbicki"]
    assert _found("Head office, 12 Harrow Road, Leeds LS1 4AB\n") == []


def test_chat_roles_of_other_languages_are_not_people() -> None:
    chat = (
        "[10:01] Atendimento: Para continuar, informe o pedido.\n[10:02] Cliente: é o 55120\n"
        "[10:03] Atendimento: Obrigado."
    )
    assert _found(chat) == []


def test_an_indian_address_from_its_flat_number_to_its_pin_code() -> None:
    text = "ship to Flat 902, Gulmohar Heights, Aundh Road, Pune 411007. Thanks"
    assert _found(text, "ADDRESS") == ["Flat 902, Gulmohar Heights, Aundh Road, Pune 411007"]
    assert _found("Flat 3, the rate is 20% and the total 450000 units.", "ADDRESS") == []


def test_a_bare_name_beside_a_product_key_is_not_a_person() -> None:
    text = '[{"name": "Thomas Cook", "sku_prefix": "SKU-LIL-8"}, {"name": "Anna Berg", "email": "a@example.org"}]'
    assert _found(text) == ["Anna Berg"]
