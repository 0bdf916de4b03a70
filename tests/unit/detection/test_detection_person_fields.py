"""Names a form, a log key or a signature block says are there, whatever their origin (names.py, issue 13).

Every name and value here is made up for these tests.
"""

from __future__ import annotations

import pytest

from privacykit.domain.detection import detect


def _people(text: str) -> list[str]:
    return [text[e.start : e.end] for e in detect(text) if e.type.value == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2.  PATIENT'S NAME (Last, First, MI): KOVALENKO-RUIZ, TEODORA M\n3.  SEX: F", "KOVALENKO-RUIZ, TEODORA M"),
        ("Primary renter ........ MWANGI, Baraka\nDOB ........ 1980", "MWANGI, Baraka"),
        ("Parent/Guardian 1: Oisín Bréadúnaigh\n  cell 555", "Oisín Bréadúnaigh"),
        ("Patient : OYELARAN, Funmilayo\nSex : F", "OYELARAN, Funmilayo"),
        ("Vorname(n) / Given name(s): Radosław\nGeburtsdatum: 02.09.1979", "Radosław"),
        ("Apellidos: ETXEBERRIA\nNombre: Garazi\nFecha de nacimiento: 11/02/1988", "Garazi"),
        ("Cliente: Iracema Bastos — conta corrente", "Iracema Bastos"),
    ],
)
def test_a_label_that_is_the_first_field_of_its_line_names_its_value(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("09:12 | FILL | pt=TAVITA SEUMANU | dob=1958-12-01 |", "TAVITA SEUMANU"),
        ("09:12 | prescriber=K. Ostrowska DEA AK1234563 |", "K. Ostrowska"),
        ('{"card":"masked","holder":"IGNACY WOJNAR"}', "IGNACY WOJNAR"),
    ],
)
def test_log_and_payload_keys_name_a_person(text: str, name: str) -> None:
    assert name in _people(text)


def test_airline_order_surname_slash_given_after_a_passenger_key() -> None:
    text = '{"paxId": 1, "nameInPnr": "ABERNETHY/CALLUM MR", "seat": "14C"}'
    assert any("ABERNETHY/CALLUM" in p for p in _people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Unterlagen sind da.\n\nViele Grüße\nHenrike Vosskamp\nBuchhaltung", "Henrike Vosskamp"),
        ("see you then.\n--\nTadhg Ó Faoláin | Associate | Quill & Ferro LLP", "Tadhg Ó Faoláin"),
        ("WITNESS STATEMENT OF PERPETUA ANYANWU\n____", "PERPETUA ANYANWU"),
        ("Client: M./Mme GWENAËLLE KERDONCUFF, née le 3 mars 1980", "GWENAËLLE KERDONCUFF"),
        ("* 02/03/2026 – llamada de Itziar Goikoetxea. Confirma la cita.", "Itziar Goikoetxea"),
    ],
)
def test_sign_offs_titles_and_cues_of_several_languages(text: str, name: str) -> None:
    assert name in _people(text)


def test_each_name_congratulated_is_a_person() -> None:
    text = "<p>Congratulations to Wiremu Tānara and Saoirse Ní Bhraonáin for the science prize.</p>"
    assert {"Wiremu Tānara", "Saoirse Ní Bhraonáin"} <= set(_people(text))


@pytest.mark.parametrize(
    "text",
    [
        "gpu0 ok\nDriver: NVIDIA 470\nOwner: root\n",
        "GET /health 200 12ms\nClient: Firefox\nRegion: eu-west-1\n",
        "Plan summary\nProvider: Northwind Health\nTier: Gold\n",
        "Invoice 2231\nCustomer: ACME\nTotal: 12.00 EUR\n",
        "Release notes\n--\nQuarterly Update\n--------------\nPlatform Team\n",
    ],
)
def test_labels_and_separators_before_things_are_not_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refund issued.\n\n--- Internal note (Tiihu) ---\nVerified caller.", "Tiihu"),
        ("--- agent reply (Wairimu Kamau-Otieno) ---\nRefund confirmed.", "Wairimu Kamau-Otieno"),
        ("Solicitors for the Defendant: Rhiannon Prys, Tawe Law Centre", "Rhiannon Prys"),
        ("  Last name ADEYEMI-CRUZ   First name Folasade\n", "Folasade"),
        ("Atendimento: Obrigado, Iolanda. Confirme o endereço.", "Iolanda"),
    ],
)
def test_by_lines_party_labels_and_fields_after_a_wide_gap(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "From: Facilities Team (internal mailer)\nSubject: Parking",
        "PARTE DE ENTRADA — Hotel Sierra Dorada (Reg. 4471)",
        "Note (Important) — the garage closes at 22:00.",
        "No,Surname,Pay\n",
        "Verified with last 4 of card. No PAN redacted in macro.",
    ],
)
def test_teams_hotels_notes_and_csv_headers_are_not_people(text: str) -> None:
    assert _people(text) == []


def test_name_part_columns_of_several_languages_hold_people() -> None:
    text = "Personalnr;Name;Vorname;Abteilung\n5501;Kaltenbrunner;Wiebke;Einkauf\n5502;Osterhagen;Jannik;Vertrieb\n"
    assert {"Kaltenbrunner", "Wiebke", "Osterhagen", "Jannik"} <= set(_people(text))
    text = "Payroll No,Surname,Forename(s),Pay\n1104,Raukawa,Ngaio,2310.00\n"
    assert {"Raukawa", "Ngaio"} <= set(_people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ordered : Vaitkus, Rūta, MD      Collected: 03/02/2026", "Vaitkus, Rūta"),
        ("> The HIPAA authorization from Ingrid Solbakken came back signed.", "Ingrid Solbakken"),
        (">   Client: HALVORSEN, Signe\n>   DOB: 02/04/1989", "HALVORSEN, Signe"),
    ],
)
def test_orderers_consents_and_last_first_filling_a_line(text: str, name: str) -> None:
    assert name in _people(text)


def test_last_first_of_vocabulary_words_is_not_a_person() -> None:
    assert _people("Cc: Finance, Legal\nPlease review.") == []


def test_a_fhir_reference_display_is_a_person_only_when_the_reference_is_to_one() -> None:
    text = (
        '{"resourceType": "MedicationRequest",\n'
        ' "medicationCodeableConcept": {"coding": [{"code": "197361", "display": "Amlodipine 5 MG Oral Tablet"}]},\n'
        ' "subject": {"reference": "Patient/5521", "display": "Tavita Leota-Faamausili"},\n'
        ' "requester": {"reference": "Practitioner/17", "display": "Oksana Hrytsenko"},\n'
        ' "reasonCode": [{"coding": [{"code": "I10", "display": "Essential Hypertension"}]}]}'
    )
    assert set(_people(text)) == {"Tavita Leota-Faamausili", "Oksana Hrytsenko"}
