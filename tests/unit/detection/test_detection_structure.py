"""Structure names the values (issue 13): keys, labels and columns raise or lower what a value is."""

from __future__ import annotations

import pytest
from detection_helpers import found, types

from privacykit.domain.detection import detect


@pytest.mark.parametrize(
    "text",
    [
        '{"app_version": "5.8.1.2", "status": "ok"}',
        "  sdk_version: 5.6.19.88\n",
        '<input type="hidden" name="client_version" value="7.6.26.252">',
        '{"ua": "Mozilla/5.0 App/6.0.0.134"}',
        "after upgrade to 5.5.24.85 (previous 10.0.16.144) the app crashes",
        "deployer: rolling out 10.6.17.64 (build 125833) to 12 nodes",
        "drop support for sdk_version < 3.0.0.0 next quarter",
        "probe ok; version string 8.9.13.129",
        "Infrastructure: storefront 11.3.5.71 shipped in build 943673",
        "sku,part_no,description,sdk_version,build\nSKU-1,PN 2,Widget,4.2.12.170,b10778\n",
        "platform\tsdk_version\tbuild\nios\t5.4.7.74\t372349\n",
    ],
)
def test_dotted_versions_named_by_their_key_or_words_are_not_ip_addresses(text: str) -> None:
    assert "IP_ADDRESS" not in types(text)


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ('{"client": {"ip": "10.215.91.186"}}', "10.215.91.186"),
        ('"src_ip": "192.168.88.33", "ua": "curl/8.1"', "192.168.88.33"),
        ("login ok user=a@example.com src_ip=10.55.131.161 sess=1", "10.55.131.161"),
        ("The last successful login was from 192.0.2.30.", "192.0.2.30"),
        ("tx,card,amount,merchant,ip\n1,x,3.00,Shell 1123,10.13.212.86\n", "10.13.212.86"),
        ("10.1.2.3 - - [10/Oct/2024:13:55:36] GET /", "10.1.2.3"),
    ],
)
def test_addresses_under_host_keys_or_words_stay_ip_addresses(text: str, ip: str) -> None:
    assert ("IP_ADDRESS", ip) in found(text)


def test_company_under_a_merchant_or_team_key_is_not_a_person() -> None:
    assert "PERSON" not in types('{"owner_team": "Jordan Logistics", "repo": "x"}')
    csv = "tx_id,amount,merchant,ip\ntx_1,3.00,Jordan Logistics,198.51.100.239\n"
    assert "PERSON" not in types(csv)


PATIENT = "Patient: Jane Smith  MRN: 12345678\n"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Patient is negative for HIV.", "hiv"),
        ("No known history of hepatitis B.", "hepatitis b"),
        ("Denies suicidal ideation; no history of substance use disorder.", "substance use disorder"),
        ("Negative for influenza A/B.", "influenza"),
        ("Screening: colonoscopy up to date; hepatitis C antibody negative.", "hepatitis c"),
        ("Troponin trend flat — myocardial infarction ruled out.", "myocardial infarction"),
        ("Client reports stress since the depression in sales hit our region.", "depression"),
        ("She read about the Great Depression.", "depression"),
        ("Vaccinated against influenza and hepatitis B.", "hepatitis b"),
        ("No history of diabetes, hypertension or asthma.", "asthma"),
        ("Symptoms were not consistent with lupus.", "lupus"),
        ("Negative for: fever, chills, pneumonia", "pneumonia"),
        ("Family history: breast cancer (maternal aunt).", "breast cancer"),
        ("Diabetes: none. Asthma: no.", "asthma"),
        ("Unlikely to be appendicitis.", "appendicitis"),
    ],
)
def test_negated_screened_and_figurative_conditions_are_not_diagnoses(sentence: str, term: str) -> None:
    text = PATIENT + sentence
    assert ("DIAGNOSIS", term) not in [(t, v.lower()) for t, v in found(text)]


def test_an_asserted_condition_beside_a_negated_one_is_still_a_diagnosis() -> None:
    text = PATIENT + "History of type 2 diabetes mellitus. No history of asthma."
    dx = [v for t, v in found(text) if t == "DIAGNOSIS"]
    assert dx == ["type 2 diabetes mellitus"]


def test_the_scope_of_a_negation_ends_with_its_list() -> None:
    text = PATIENT + "No history of diabetes, hypertension or asthma. Has COPD.\nDiabetes: none. Hypertension: yes"
    assert [v for t, v in found(text) if t == "DIAGNOSIS"] == ["COPD", "Hypertension"]


def test_a_csv_cell_after_a_negating_word_is_not_in_its_scope() -> None:
    text = "mrn,name,dob,dx,med\n1161524,Noura Ferreira,1944-09-22,migraine without aura,sumatriptan\n"
    assert ("MEDICATION", "sumatriptan") in found(text)


def test_susceptibility_panel_drugs_and_questions_are_not_medications() -> None:
    text = PATIENT + "Susceptibility: nitrofurantoin S, ciprofloxacin R\nCurrent antibiotic: nitrofurantoin\n"
    meds = [(e.start, text[e.start : e.end]) for e in detect(text) if e.type.value == "MEDICATION"]
    assert [m for _, m in meds] == ["nitrofurantoin"]
    assert meds[0][0] > text.index("Current")
    assert "MEDICATION" not in types(PATIENT + "also is it ok with ibuprofen?")


def test_hl7_drug_named_before_its_dose_is_the_medication() -> None:
    msg = "MSH|^~\\&|A|B\rPID|1||123456^^^H^MR||DOE^JANE\rRXE|1|mesalamine^500 MG^RXNORM|1\r"
    assert ("MEDICATION", "mesalamine") in found(msg)


def test_form_labels_are_not_people_but_the_names_after_them_are() -> None:
    form = (
        "Applicant: Ludaquen Hoang\nNationality: Vietnamese\nOccupation: Welder\n"
        "Employer: Schneider Haustechnik GmbH\nScreening: OFAC/PEP clear\n"
    )
    people = [v for t, v in found(form) if t == "PERSON"]
    assert "Ludaquen Hoang" in people
    assert not {"Applicant", "Nationality", "Occupation", "Employer", "Screening"} & set(people)


def test_chat_speakers_who_speak_once_in_a_transcript_are_still_people() -> None:
    chat = "Ayo: how is it going?\nNurlan: better, thanks\nAyo: glad to hear\n"
    assert {"Ayo", "Nurlan"} <= {v for t, v in found(chat) if t == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Desired move-in: Labor Day weekend",
        "the Memorial Day promo overlaps the launch",
        "Jordan Logistics delivered 6232 orders on time",
        "Morgan & Reyes Freight handled returns",
        "The Ben & Jerry's Phish Food line remains our top seller",
        "Our bestsellers: Tom Ford Noir, Air Jordan 1 Mid and Dr. Martens boots",
    ],
)
def test_holidays_firms_and_brands_named_after_people_are_not_people(text: str) -> None:
    assert "PERSON" not in types(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Applicant: Juha Drishamor\nNationality: Dutch\n", "Juha Drishamor"),
        ("Reviewed by: Hervé Quidrizarsson (branch 43)\n", "Hervé Quidrizarsson"),
        ("Requester: Itziar Balogun <itziar70@mail.example.org>\n", "Itziar Balogun"),
        ('{"user": {"name": "Bekamell Zubizarreta", "email": "b@example.org"}}', "Bekamell Zubizarreta"),
        ("customer:\n  name: Jadwiga Kühn\n  dob: 1971-01-14\n", "Jadwiga Kühn"),
        ('<input name="full_name" value="Begoña Robequeni">', "Begoña Robequeni"),
        ('"name": [{"family": "Rodríguez", "given": [\n  "Tsudawyn"\n]}]', "Tsudawyn"),
        ("Client: Thảo Nguyễn   Record #: H525-5330-4\n", "Thảo Nguyễn"),
        ("Attendees: Ornella Santangelo, Rajendra Zubizarreta; apologies: Jürgen D. Kim\n", "Rajendra Zubizarreta"),
        ("Tsukazar Brzęczyszczykiewicz (born 1969 in Chennai) moved.", "Tsukazar Brzęczyszczykiewicz"),
        ("Pharmacist Juha Kazozar: Hi! Can you confirm your name?\n", "Juha Kazozar"),
    ],
)
def test_names_of_any_origin_are_found_where_structure_or_a_cue_says_a_name_is(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_name_column_beside_an_mrn_holds_people_of_any_origin() -> None:
    csv = "mrn,name,birth_date\n1161524,Noura Ferreira,1944-09-22\nH714-4596-1,Quixa Drilova,1957-09-17\n"
    assert ("PERSON", "Quixa Drilova") in found(csv)


def test_tsv_first_and_last_name_cells_are_two_names() -> None:
    tsv = "employee_id\tfirst_name\tlast_name\nE22438\tJoão\tChoi\n"
    assert [v for t, v in found(tsv) if t == "PERSON"] == ["João", "Choi"]


def test_a_person_named_once_in_full_is_found_by_one_name_later() -> None:
    text = "Attendees: Ornella Santangelo, Rajendra Zubizarreta\n1. Ornella to renegotiate the SLA.\n"
    spans = [v for t, v in found(text) if t == "PERSON"]
    assert spans.count("Ornella") == 1


def test_speakers_of_a_column_export_are_people() -> None:
    chat = "#ops (Slack export)\nLoredana  10:02  cutting now\nJoaquim  10:05  wait\nLoredana  10:06  ok\n"
    assert [v for t, v in found(chat) if t == "PERSON"] == ["Loredana", "Joaquim", "Loredana"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Residential address:\nAvenida de la Constitución 187, 4º A\n28009 Madrid\n", "Avenida de la Constitución"),
        ("Residential address:\nKönigsweg 135\n20095 Hamburg\n", "Königsweg 135"),
        ("Address: Prinsengracht 212, 1016 GV Amsterdam\n", "Prinsengracht 212"),
        ("Rodalan: 167 Impasse du Moulin, 69003 Lyon\n", "167 Impasse du Moulin"),
        ("Address: 225 Rue de Rivoli, 69003 Lyon\n", "225 Rue de Rivoli"),
        ("<dd>Travessa do Carmo 211, 4100-130 Porto</dd>", "Travessa do Carmo 211"),
        ("ship to Via Roma 3, 00184 Roma please", "Via Roma 3"),
    ],
)
def test_european_street_addresses_with_postcode_and_city(text: str, address: str) -> None:
    assert any(t == "ADDRESS" and v.startswith(address) for t, v in found(text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Driver's license: MI G 180 704 327 920\n", "G 180 704 327 920"),
        ("Driver's license: FL P199-727-72-795-1\n", "P199-727-72-795-1"),
        ("driver license (TX): 12345678\n", "12345678"),
        ('<label>Driver license number</label><input name="dl" value="R557-697-05-146-8">', "R557-697-05-146-8"),
        ("  license:\n    state: NY\n    number: 018 053 802\n", "018 053 802"),
    ],
)
def test_driver_licences_after_their_issuing_state(text: str, number: str) -> None:
    assert ("DRIVER_LICENSE", number) in found(text)


def test_passports_of_other_countries_are_passport_and_us_ones_us_passport() -> None:
    assert ("PASSPORT", "C01X00T47") in found("passport number C01X00T47")
    assert ("PASSPORT", "B5824252") in found("ID: passport (VN), passport number B5824252")
    # the US shape is many countries' too: US when the text shows the US (accuracy12)
    assert ("US_PASSPORT", "L13013696") in found("citizenship: USA\npassport: L13013696")
    assert ("PASSPORT", "L13013696") in found("passport: L13013696")


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("NHS number: 943 476 5919", "UK_NHS_NUMBER", "943 476 5919"),
        ("National Insurance number: AB 12 34 56 C", "UK_NATIONAL_INSURANCE_NUMBER", "AB 12 34 56 C"),
        ("Sort code: 20-00-00, account number 55779911", "UK_BANK_ACCOUNT", "20-00-00, account number 55779911"),
        ("DNI: 12345678Z", "ES_DNI", "12345678Z"),
        ("NIE: X1234567L", "ES_DNI", "X1234567L"),
        ("NIR: 2 95 10 99 126 111 93", "FR_NIR", "2 95 10 99 126 111 93"),
        ("Steuer-ID: 36 574 261 809", "DE_TAX_ID", "36 574 261 809"),
        ("codice fiscale RSSMRA85T10A562S", "IT_FISCAL_CODE", "RSSMRA85T10A562S"),
        ("SIN: 130 692 544", "CA_SIN", "130 692 544"),
        ("CPF: 390.533.447-05", "BR_CPF", "390.533.447-05"),
        ("Aadhaar: 2345 6789 0124", "IN_AADHAAR", "2345 6789 0124"),
        ("NRIC: S1234567D", "SG_NRIC", "S1234567D"),
        ("Medicare number: 1EG4-TE5-MK73", "US_MBI", "1EG4-TE5-MK73"),
        ("Health insurance: Aetna PPO, Member ID: XJH123456789", "HEALTH_PLAN_ID", "XJH123456789"),
        ("Health plan ID: 88123456", "HEALTH_PLAN_ID", "88123456"),
    ],
)
def test_identifiers_beyond_the_us_after_their_label_with_valid_check_digits(text: str, etype: str, value: str) -> None:
    assert (etype, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "NHS number: 943 476 5910",  # bad check digit
        "DNI: 12345678A",  # wrong letter
        "CPF: 390.533.447-06",
        "NRIC: S1234567A",
        "NINO: AB 12 34 56 E",  # E is no suffix
        "order 943 476 5919 shipped",  # no label
    ],
)
def test_identifiers_beyond_the_us_need_their_label_and_check_digits(text: str) -> None:
    assert not types(text) & {"UK_NHS_NUMBER", "ES_DNI", "BR_CPF", "SG_NRIC", "UK_NATIONAL_INSURANCE_NUMBER"}


def test_new_identifiers_make_a_document_restricted() -> None:
    from privacykit.domain.common.entity_types import Level
    from privacykit.domain.detection import classify_level

    assert classify_level(detect("NHS number: 943 476 5919")) is Level.RESTRICTED


@pytest.mark.parametrize(
    "text",
    [
        "Loyalty program: member number 44817263, points balance 1,240",
        "Gym membership - Member ID: 0098812345",
        "Auto insurance policy number AB-77812345 renewed",
    ],
)
def test_member_and_policy_numbers_outside_health_plans_are_not_health_plan_ids(text: str) -> None:
    assert "HEALTH_PLAN_ID" not in types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"driver_license": {"state": "NY", "number": "123 456 789"}}', "123 456 789"),
        ("Identification: WA driver's license WDLABCD456DG", "WDLABCD456DG"),
        ("Government ID — Driver licence, New Jersey, A1234 56789 01234", "A1234 56789 01234"),
        ("driving licence number: MORGA753116SM9IJ", "MORGA753116SM9IJ"),
        ("ID type: Driver License  ID state: OH  ID number: AB123456", "AB123456"),
        ("dl=D1234567 state=CA", "D1234567"),
        ('{"driverLicense":"S759-289-21-916-4","dlState":"FL"}', "S759-289-21-916-4"),
    ],
)
def test_licence_numbers_in_the_format_of_the_state_named_near_the_label(text: str, value: str) -> None:
    assert ("DRIVER_LICENSE", value) in found(text)


def test_a_birth_date_after_a_licence_label_is_not_the_licence() -> None:
    assert "DRIVER_LICENSE" not in types("Driver license state: OH, DOB 19800203")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ID document type: Passport\nDocument number: 12AB34567\nIssuing country: France", "12AB34567"),
        ("Her passport (Korea) M12345678 was scanned at check-in.", "M12345678"),
        ("Passport details - number C4X9R2T7L, country of issue: Netherlands", "C4X9R2T7L"),
        ('{"traveler": {"passport": {"number": "X1234567", "country": "PT"}}}', "X1234567"),
        ('{"passportNumber":"533380006"}', "533380006"),
        ("Passport # K-1234567", "K-1234567"),
        ("Passport number - AB 123456", "AB 123456"),
    ],
)
def test_passport_numbers_a_few_words_after_the_label_or_under_a_passport_key(text: str, value: str) -> None:
    assert {("PASSPORT", value), ("US_PASSPORT", value)} & set(found(text))


def test_passport_labels_without_a_number_find_nothing() -> None:
    assert not types("Please bring your passport and 2 photos to the appointment on 12/03.")
    assert not types("Passport: expires 20310402")


def test_hl7_identifier_repetitions_are_typed_by_their_code() -> None:
    text = "PID|1|E99887|4433221^^^HOSP^MR~219-09-9999^^^SSA^SS~R1234567^^^USA^PPN||SOUZA^ANA||19800203|F"
    got = set(found(text))
    assert {("MEDICAL_RECORD_NUMBER", "4433221"), ("US_SSN", "219-09-9999"), ("US_PASSPORT", "R1234567")} <= got


def test_fhir_identifiers_are_typed_by_their_type_code() -> None:
    text = (
        '{"resourceType": "Patient", "identifier": [{"type": {"coding": [{"code": "MR"}]},'
        ' "system": "urn:oid:2.16.840.1.113883.19.5", "value": "4849741"}]}'
    )
    assert ("MEDICAL_RECORD_NUMBER", "4849741") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "2024-03-05 INFO Upgraded agent to 10.6.17.64 on node-3",
        "| component | version |\n| nginx | 1.25.3.1 |",
        "dependencies:\n  libfoo: 2.14.0.3\n  libbar: 10.1.2.200",
        "Changelog\n- 8.4.2.11 — improved caching\n- 8.4.2.10 — bugfix",
        '{"client_version": "10.2.14.3"}',
        "name,version\nagent,10.2.14.3",
    ],
)
def test_versions_named_by_their_block_or_column_are_not_ip_addresses(text: str) -> None:
    assert "IP_ADDRESS" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "servers:\n  - 10.0.0.5",
        "| host | ip |\n| web-1 | 10.0.0.7 |",
        '{"client_ip": "10.2.14.4"}',
        "network:\n  gateway: 10.0.0.1",
        "Updated firewall to allow 203.0.113.9",
    ],
)
def test_hosts_in_the_same_structures_stay_ip_addresses(text: str) -> None:
    assert "IP_ADDRESS" in types(text)


def test_pipe_tables_are_read_by_their_header_like_a_csv() -> None:
    text = (
        "| Name | Email | DOB |\n|---|---|---|\n"
        "| Oyelaran Bitrus | ob@example.com | 1980-02-03 |\n| Ximena Achterberg | xa@example.com | 1975-12-30 |\n"
    )
    got = set(found(text))
    assert {("PERSON", "Oyelaran Bitrus"), ("PERSON", "Ximena Achterberg"), ("DATE_OF_BIRTH", "1975-12-30")} <= got


def test_a_name_key_inside_a_product_object_is_not_a_person() -> None:
    assert "PERSON" not in types('{"product": {"name": "Aurora Desk Lamp", "sku": "AD-1"}}')
    assert "PERSON" not in types('{"items": [{"name": "Maria Garcia Tote", "qty": 1}]}')
    assert ("PERSON", "Maria Garcia") in found('{"customer": {"name": "Maria Garcia"}}')


def test_a_name_after_a_label_wrapped_in_markup() -> None:
    assert ("PERSON", "Oyelaran Bitrus") in found("<p>Customer: <strong>Oyelaran Bitrus</strong></p>")


def test_the_answer_to_an_identity_question_names_the_speaker_and_their_birth_date() -> None:
    text = "Agent: Can you confirm your full name and date of birth?\nCustomer: Oyelaran Bitrus, 03/04/1977\n"
    got = set(found(text))
    assert {("PERSON", "Oyelaran Bitrus"), ("DATE_OF_BIRTH", "03/04/1977")} <= got


def test_the_asker_continuing_is_no_answer_and_role_labels_are_not_people() -> None:
    assert "PERSON" not in types("Agent: What's your name?\nAgent: Great Thanks\n")
    chat = "Caller: hi there\nAgent: hello, how can I help\nCaller: my bill is wrong\nAgent: let me check\n"
    assert "PERSON" not in types(chat)


@pytest.mark.parametrize(
    "text",
    [
        "image: registry.example.com/payments:10.2.14.3",
        "npm i @acme/client@10.2.14.3",
        "pip install payments-sdk==10.2.14.3",
        '{"msg": "updated to 10.2.14.3", "level": "info"}',
        "Current: 10.2.14.3, latest: 10.2.15.0",
        "Version history:\n10.2.14.3 - fixes\n10.2.14.2 - initial",
    ],
)
def test_pinned_packages_images_and_version_lists_are_not_ip_addresses(text: str) -> None:
    assert "IP_ADDRESS" not in types(text)


@pytest.mark.parametrize("text", ["ssh admin@10.0.0.5", "Blocked hosts:\n10.0.0.5\n10.0.0.6", "redis://cache:10.0.0.7"])
def test_hosts_after_a_user_a_scheme_or_a_hosts_heading_stay_ip_addresses(text: str) -> None:
    assert "IP_ADDRESS" in types(text)


def test_cells_a_csv_column_claimed_are_not_scanned_again_and_the_others_are() -> None:
    text = (
        "customer_id,full_name,phone,notes\n"
        "C1,Maria Garcia,(212) 555-0142,call back on 415-555-0199 or maria@example.com\n"
        "C2,jane@example.org,(312) 555-0143,\n"
    )
    got = found(text)
    assert ("PERSON", "Maria Garcia") in got and ("PHONE", "(212) 555-0142") in got
    assert ("PHONE", "415-555-0199") in got and ("EMAIL", "maria@example.com") in got
    assert ("EMAIL", "jane@example.org") in got  # a name column's cell that is no name is still read
    assert len([g for g in got if g == ("PERSON", "Maria Garcia")]) == 1


def test_a_key_made_of_a_phone_word_keeps_its_number_though_it_splits_into_app() -> None:
    # "WhatsApp" splits into "whats" and "app", and "app" (like "version") lowers a phone-shaped value.
    assert found("WhatsApp: +91 98765 43210") == [("PHONE", "+91 98765 43210")]
    assert found("Case phone: (212) 555-0142") == [("PHONE", "(212) 555-0142")]
    assert found("app_version: 10.2.14.3 ") == []


def test_a_client_address_after_a_user_at_a_domain_is_an_address_not_a_product_version() -> None:
    # OpenVPN writes a client as "user@domain/address:port"; "App/6.0.0.134" is a product's version.
    line = "openvpn[9440]: jo@corp.example.org/203.0.113.134:35706 MULTI: Learn"
    assert ("IP_ADDRESS", "203.0.113.134") in found(line)
    assert found("User-Agent: App/6.0.0.134") == []
