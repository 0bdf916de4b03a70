"""Persons, addresses and phones in structure (issue 13, helper accuracy11).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ------------------------------------------------------------------ table headers naming name parts
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Matricola;Cognome;Nome;Reparto\n4471;TREVISANUT;BRUNILDE;Logistica\n", ["TREVISANUT", "BRUNILDE"]),
        ("Matricule;NOM;Prénom;Service\n3310;LE BRAZIDEC;Maëlys;Achats\n", ["LE BRAZIDEC", "Maëlys"]),
        ("Ref\tTitle\tFirst\tLast\tGift (€)\tAid?\nR1\tMs\tTuuli\tVasarainen\t15.00\tY\n", ["Tuuli", "Vasarainen"]),
        ('EmpNo,LastName,FirstName,13thMonth\nE881,Macaraeg,Lorna Joy,"41,000.00"\n', ["Macaraeg", "Lorna Joy"]),
        ("member\tsurname\tgiven_names\nM1\tTuilagi\tSefo\n", ["Tuilagi", "Sefo"]),
    ],
)
def test_name_part_columns_hold_people(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_a_lone_first_column_is_not_a_name() -> None:
    assert people("metric,first,peak\nlatency,Warm,40\nerrors,Cold,3\n") == []


# ------------------------------------------------------------------ keys of logs, payloads and calendars
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('2026-02-03T10:11:12Z INFO kyc subject="Mereana Tapsell" doc_type=P\n', ["Mereana Tapsell"]),
        ('2026-02-03T10:12:40Z WARN billing customer="Ruslan Abdrakhmanov" overdue_days=45\n', ["Ruslan Abdrakhmanov"]),
        ("    removed a record: name=Oyelaran Adebisi ssn=512-47-3390\n", ["Oyelaran Adebisi"]),
        ("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Kwame Asante-Boateng:mailto:kab@example.gh\n", ["Kwame Asante-Boateng"]),
        ('{"surname": "TUILAGI", "givenNames": "SEFO"}', ["TUILAGI", "SEFO"]),
    ],
)
def test_person_keys_name_their_values(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_git_log_labels_and_dates_are_not_people() -> None:
    text = (
        "commit 5b0c1d0e2f3a4b5c6d7e8f90a1b2c3d4e5f60718\nAuthor: Ilkka Ruohonen <ilkka@example.fi>\n"
        "Date:   Thu Mar 12 09:14:52 2026 +0200\n\n    Fix retry loop\n\n"
        "commit 7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f809\nAuthor: Thandiwe Mahlangu <tm@example.co.za>\n"
        "Date:   Tue Mar 10 17:02:11 2026 +0200\n\n    Bump version\n"
    )
    assert people(text) == ["Ilkka Ruohonen", "Thandiwe Mahlangu"]


def test_a_surname_that_is_a_weekday_still_counts() -> None:
    assert people("Forename(s): Chenguang\nSurname: Sun\nDate of birth: 23/02/1950\n") == ["Chenguang", "Sun"]


def test_a_role_speaker_names_its_person_in_parentheses() -> None:
    text = "09:41 Visitor (Aroha Te Whiu): hi, my card was declined\n09:42 Agent: sorry\n09:43 Visitor: ok thanks\n"
    assert people(text) == ["Aroha Te Whiu"]


# ------------------------------------------------------------------ phones and the lines under an address label
def phones(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PHONE"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2026-01-09T08:00:01Z INFO otp sent sms_to=3471234567 session=9f2c1a\n", "3471234567"),
        ("2026-01-09T08:03:12Z WARN notice contact=021-555-0193 priority=high\n", "021-555-0193"),
        ("Contact no.: 9123 4567\nWard: 7\n", "9123 4567"),
        ("Oi, qualquer dúvida me liga no (31) 98812-4410.", "(31) 98812-4410"),
    ],
)
def test_phone_keys_and_labels(text: str, number: str) -> None:
    assert phones(text) == [number]


def test_contact_key_with_an_address_is_no_phone() -> None:
    assert phones("x contact=ops@example.com level=2\n") == []


def test_a_numbered_label_line_ends_the_address_above_it() -> None:
    text = (
        "2. Residential address:\n   Plot 14, Admiralty Way, Lekki Phase 1\n   Lagos 106104\n3. Mobile: 0803 555 1942\n"
    )
    assert ("ADDRESS", "Plot 14, Admiralty Way, Lekki Phase 1\n   Lagos 106104") in found(text)
    assert phones(text) == ["0803 555 1942"]


# ------------------------------------------------------------------ contact cards and calendar events
def test_vcard_names_and_address() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Nwachukwu-Lindqvist;Chidimma;;;\nFN:Chidimma Nwachukwu-Lindqvist\n"
        "ORG:Borealis Freight AB\nADR;TYPE=WORK:;;Sveavägen 44;Stockholm;;111 34;Sweden\nEND:VCARD\n"
    )
    assert people(text) == ["Nwachukwu-Lindqvist", "Chidimma", "Chidimma Nwachukwu-Lindqvist"]
    assert ("ADDRESS", "Sveavägen 44;Stockholm;;111 34;Sweden") in found(text)


def test_calendar_location_is_an_address_only_when_it_reads_as_one() -> None:
    text = (
        "BEGIN:VEVENT\nLOCATION:27 Rua das Flores, 4050-262 Porto\nEND:VEVENT\n"
        "BEGIN:VEVENT\nLOCATION:Meeting Room 4\nEND:VEVENT\n"
    )
    assert [v for t, v in found(text) if t == "ADDRESS"] == ["27 Rua das Flores, 4050-262 Porto"]


def test_card_properties_outside_a_card_are_not_read() -> None:
    assert people("N:Ab;Cd;;;\nFN:Warm Start\n") == []


# ------------------------------------------------------------------ false people
@pytest.mark.parametrize(
    "text",
    [
        "Dear Colleague,\n\nThank you for the referral.",
        "Dear Doctor,\n\nThank you for seeing this gentleman.",
        "Further to your discussion with our client Kestrelmoor Consumer Products, we attach the terms.",
        "Legal Operations | Ardwell Penhaligon Lawyers\n",
    ],
)
def test_roles_and_firms_are_not_people(text: str) -> None:
    assert people(text) == []


# ------------------------------------------------------------------ addresses of more countries
def addresses(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "con domicilio en Calz. de Tlalpan 2210, Int. 4, Col. Portales, Benito Juárez, C.P. 03300, Ciudad de "
            "México, en adelante EL TRABAJADOR.",
            "Calz. de Tlalpan 2210, Int. 4, Col. Portales, Benito Juárez, C.P. 03300, Ciudad de México",
        ),
        ("<Domicilio>Calle Sur 12 1140, Col. Agrícola, C.P. 08500, CDMX</Domicilio>",
         "Calle Sur 12 1140, Col. Agrícola, C.P. 08500, CDMX"),
        ("me he mudado a Carrer de Provença, 312, 3º 1, 08037 Barcelona y la app",
         "Carrer de Provença, 312, 3º 1, 08037 Barcelona"),
        ('supply_addr="Laan van Nieuw Oost-Indië 301, 2593 BS Den Haag" status=ok',
         "Laan van Nieuw Oost-Indië 301, 2593 BS Den Haag"),
        ("mudar para Avenida Sete de Setembro, nº 1450, apto 302, Vitória, Salvador - BA, CEP 40080-001 a partir",
         "Avenida Sete de Setembro, nº 1450, apto 302, Vitória, Salvador - BA, CEP 40080-001"),
    ],
)  # fmt: skip
def test_addresses_of_more_countries(text: str, address: str) -> None:
    assert addresses(text) == [address]


def test_a_postcode_label_after_a_sentence_break_takes_no_street_before_it() -> None:
    assert addresses("Ver Calle 5 de Mayo 12. Nada más. C.P. 06000") == []


# ------------------------------------------------------------------ chat exports
def test_chat_speakers_with_particles_initials_lower_case_and_mentions() -> None:
    text = (
        "[10:02] Aoife Ní Bhraonáin: hi all, can you check the refund queue?\n"
        "[10:03] Kofi K. Mensah-Bonsu: sure, I can see 14 stuck items\n"
        "[10:05] ravi shankar: @aoife I think it's the bank file again\n"
        "[10:06] Femke van 't Riet: ok thanks, can you re-send it?\n"
        "[10:07] Femke van 't Riet: thanks, all clear now\n"
        "[10:09] Kofi K. Mensah-Bonsu: done, you should see them clear now\n"
    )
    names = set(people(text))
    assert {"ravi shankar", "aoife", "Femke van 't Riet", "Kofi K. Mensah-Bonsu"} <= names


def test_lower_case_labels_of_a_log_are_not_people() -> None:
    text = "[10:00:01] worker: job 1 started ok\n[10:00:02] scheduler: next run in 5 minutes\n"
    assert people(text) == []


# ------------------------------------------------------------------ cues and labels of reports, letters and mail
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Person affected: Tevita Fifita Lolohea (contractor), DOB 02/07/1984", "Tevita Fifita Lolohea"),
        ("Your line manager Oriane Delacourt-Mbeki will meet you at reception.", "Oriane Delacourt-Mbeki"),
        ("We also received a statement from Bartholomew Kagame about the bay.", "Bartholomew Kagame"),
        ("Thanks again.\n\nWith gratitude,\nHenrike Brandt\nPeople Team\n", "Henrike Brandt"),
        ("Obs.: segue o atestado.\n\nAtt.,\nJoelma Tavares Quintino\n", "Joelma Tavares Quintino"),
        ("Payer: Northwind Staffing Pty Ltd\nPayee: TUILAGI SEFO\n", "TUILAGI SEFO"),
    ],
)
def test_cues_and_labels_name_people(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "<li>Mexico: Natalicio de Vicente Guerrero (observed)</li>",
        "AR,2026-06-20,Paso a la Inmortalidad del Gral. Manuel Belgrano,0,bank closed\n",
        "Peru: Día de San Pedro y San Pablo; el día de San Martín.",
        "<li>Spare parts ships from: Antwerp, BE</li>",
    ],
)
def test_commemorated_people_saints_and_origins_are_not_people(text: str) -> None:
    assert people(text) == []


def test_a_mail_header_still_names_its_sender() -> None:
    assert people("From: Kaveh Nouri <k.nouri@example.com>\nTo: Ilse Vranckx <ilse@example.be>\n") == [
        "Kaveh Nouri",
        "Ilse Vranckx",
    ]


# ------------------------------------------------------------------ travel
def test_boarding_pass_bar_code_names_its_passenger() -> None:
    text = "BOOKING REF QZXP7L\nM1KARADENIZ/DEFNE MS EQZXP7L ISTLHRTK 1980 123Y023C0045 100\n"
    assert people(text) == ["KARADENIZ/DEFNE"]


def test_a_surname_in_capitals_with_an_apostrophe() -> None:
    assert people('{"pnr":"KJH2PQ","pax":"D\'ARCY/NIAMH","apis":{}}') == ["D'ARCY/NIAMH"]


def test_a_road_named_m1_is_no_boarding_pass() -> None:
    assert people("M1 CLOSED/DIVERTED BETWEEN J10 J11\n") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tel: +44  20 7946 0958\n", "+44  20 7946 0958"),
        ("Teléfono: 91  560  63  93\n", "91  560  63  93"),
        ("call me on 07700  900123 please", "07700  900123"),
        ("Mobil: 030 / 275 21 78\nE-Mail: x@example.de\n", "030 / 275 21 78"),
        ("Mobile: 0803   123 4567\n", "0803   123 4567"),
    ],
)
def test_a_form_spacing_keeps_the_number_whole(text: str, number: str) -> None:
    assert phones(text) == [number]
