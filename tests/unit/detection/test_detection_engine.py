"""Behaviour of ``detect``: what it finds, what it must not find, and which context it needs."""

from __future__ import annotations

from itertools import pairwise

import pytest
from detection_helpers import found

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import Entity, detect


def kinds(text: str) -> set[str]:
    return {t for t, _ in found(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at jane.doe+tag@example.co.uk today", ("EMAIL", "jane.doe+tag@example.co.uk")),
        ("call (212) 555-0142 now", ("PHONE", "(212) 555-0142")),
        ("call +1-415-555-0132 now", ("PHONE", "+1-415-555-0132")),
        ("office +44 20 7946 0958.", ("PHONE", "+44 20 7946 0958")),
        ("ssn 123-45-6789 on file", ("US_SSN", "123-45-6789")),
        ("card 4111 1111 1111 1111 exp 09/27", ("CREDIT_CARD", "4111 1111 1111 1111")),
        ("amex 3782 822463 10005.", ("CREDIT_CARD", "3782 822463 10005")),
        ("iban DE89 3704 0044 0532 0130 00 please", ("IBAN", "DE89 3704 0044 0532 0130 00")),
        ("from 203.0.113.7 port 22", ("IP_ADDRESS", "203.0.113.7")),
        ("from 2001:db8::8a2e:370:7334 port 22", ("IP_ADDRESS", "2001:db8::8a2e:370:7334")),
    ],
)
def test_finds_each_validated_type(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_entities_are_sorted_non_overlapping_and_serialisable() -> None:
    text = "Patient: John Smith, DOB 03/14/1985, MRN 00123456, phone (212) 555-0142, john@example.com"
    ents = detect(text)
    assert ents == sorted(ents, key=lambda e: e.start)
    assert all(a.end <= b.start for a, b in pairwise(ents))
    d = ents[0].as_dict()
    assert set(d) == {"type", "start", "end", "score"} and 0.0 <= d["score"] <= 1.0
    assert isinstance(ents[0], Entity) and isinstance(ents[0].type, T)


@pytest.mark.parametrize(
    "text",
    [
        "Released version 1.2.3.4 and build 20240312.",
        "Part PN-4411-203, SKU 123456789012, order 4111111111111111 shipped",
        "tracking 1Z999AA10123456784 and epoch 1700000000 and 1699999999999",
        "card 4111 1111 1111 1112 failed Luhn",
        "masked **** **** **** 1111 and ***-**-6789 and XXX-XX-1234",
        "bad IBAN GB83 WEST 1234 5698 7654 32",
        "device 00:1A:2B:3C:4D:5E joined",
        "write to support [at] example [dot] com",
        "git clone git@github.com:acme/platform.git",
        "SSN-looking 000-12-3456 and 666-12-3456 and 123-00-4567",
        "localhost 127.0.0.1 and netmask 255.255.255.0",
        "asset@2x.png is the retina icon",
    ],
)
def test_look_alikes_are_not_findings(text: str) -> None:
    assert found(text) == []


def test_date_is_birth_date_only_when_marked() -> None:
    assert ("DATE_OF_BIRTH", "03/14/1985") in found("DOB: 03/14/1985")
    assert ("DATE_OF_BIRTH", "March 3, 1985") in found("She was born on March 3, 1985 in Lyon.")
    assert ("DATE_OF_BIRTH", "1985-03-14") in found('{"date_of_birth": "1985-03-14"}')
    assert "DATE_OF_BIRTH" not in kinds("Invoice date 03/14/1985, due 04/14/1985.")
    assert "DATE_OF_BIRTH" not in kinds("DOB: 02/30/1985")  # not a calendar date


def test_mrn_passport_licence_need_context() -> None:
    assert ("MEDICAL_RECORD_NUMBER", "00482913") in found("MRN: 00482913")
    assert "MEDICAL_RECORD_NUMBER" not in kinds("Ticket 00482913 closed")
    assert ("US_PASSPORT", "512345678") in found("U.S. Passport no. 512345678")
    assert ("PASSPORT", "512345678") in found("Passport no. 512345678")  # no US sign: any country's
    assert "US_PASSPORT" not in kinds("Reference 512345678")
    assert ("DRIVER_LICENSE", "D1234567") in found("Driver's license D1234567")
    assert "DRIVER_LICENSE" not in kinds("Code D1234567")
    assert ("US_SSN", "123456789") in found("SSN: 123456789")
    assert "US_SSN" not in kinds("id 123456789")


def test_people_in_text_greetings_and_signatures() -> None:
    assert ("PERSON", "Maria Gonzalez") in found("I spoke with Maria Gonzalez yesterday.")
    assert ("PERSON", "Priya") in found("Hi Priya,\nthanks for the update.")
    assert ("PERSON", "Oluwadamilare Adeyemi") in found("Dear Oluwadamilare Adeyemi,\nwelcome aboard.")
    assert ("PERSON", "Chinonso") in found("Best regards,\nChinonso\n")
    assert ("PERSON", "Okafor") in found("Mr. Okafor called about the invoice.")


def test_not_people_companies_streets_eponyms() -> None:
    assert "PERSON" not in kinds("Morgan Stanley and Goldman Sachs reported earnings.")
    assert "PERSON" not in kinds("Traffic moved from Washington Street to Martin Luther King Boulevard.")
    assert "PERSON" not in kinds("Research on Parkinson's disease and Hodgkin lymphoma.")
    assert "PERSON" not in kinds("Alzheimer's Association and Crohn's disease foundation")


def test_hl7_segments() -> None:
    msg = (
        "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20250312101500||ADT^A01|MSG1|P|2.5\r"
        "PID|1||12345678^^^HOSP^MR||DOE^JANE^Q||19800412|F|||12 Oak St^^Springfield^IL^62704||(212)555-0142\r"
        "DG1|1|ICD10|E11.9^Type 2 diabetes mellitus^I10\r"
    )
    got = found(msg)
    assert ("MEDICAL_RECORD_NUMBER", "12345678") in got
    assert ("PERSON", "DOE^JANE^Q") in got
    assert ("DATE_OF_BIRTH", "19800412") in got
    assert ("ADDRESS", "12 Oak St^^Springfield^IL^62704") in got
    assert ("DIAGNOSIS", "Type 2 diabetes mellitus") in got


def test_csv_columns_give_context() -> None:
    csv = "mrn,name,dob,diagnosis\n00123,Kowalczyk Łukasz,1984-02-11,asthma\n00124,Thandeka Nkosi,1990-07-30,gout\n"
    got = found(csv)
    assert ("PERSON", "Kowalczyk Łukasz") in got and ("PERSON", "Thandeka Nkosi") in got
    assert ("DATE_OF_BIRTH", "1984-02-11") in got
    assert ("MEDICAL_RECORD_NUMBER", "00123") in got
    assert ("DIAGNOSIS", "asthma") in got


def test_csv_product_names_are_not_people() -> None:
    assert found("sku,name,price\nA-1,Desk Lamp,19.99\nA-2,Office Chair,149.00\n") == []


def test_csv_drug_catalogue_is_not_phi() -> None:
    assert found("ndc,drug,strength\n0001-2,metformin,500 mg\n0003-4,lisinopril,10 mg\n") == []


def test_medical_terms_only_about_someone() -> None:
    article = "Metformin is a first-line treatment for type 2 diabetes. Side effects include nausea."
    assert found(article) == []
    note = "Patient: Ana Souza\nA: type 2 diabetes. P: start metformin 500 mg daily."
    got = found(note)
    assert ("DIAGNOSIS", "type 2 diabetes") in got and ("MEDICATION", "metformin") in got


def test_address_single_and_multi_line() -> None:
    assert ("ADDRESS", "742 Evergreen Terrace, Springfield, IL 62704") in found(
        "Ship to 742 Evergreen Terrace, Springfield, IL 62704 by Friday."
    )
    assert ("ADDRESS", "10 Main St, Apt 4\nBoston, MA 02118") in found(
        "Jane Roe\n10 Main St, Apt 4\nBoston, MA 02118\n"
    )


def test_chat_speakers() -> None:
    chat = "[10:02] Aigerim: hi, need help\n[10:03] Tomasz: sure, what's up?\n[10:03] Aigerim: login fails\n"
    got = found(chat)
    assert got.count(("PERSON", "Aigerim")) == 2 and ("PERSON", "Tomasz") in got


def test_non_ascii_text_keeps_offsets() -> None:
    text = "Zoë — née Müller — wrote from zoe@example.de; José Núñez called +33 1 42 68 53 00."
    for _etype, value in found(text):
        assert value in text
    assert ("EMAIL", "zoe@example.de") in found(text)
    assert ("PHONE", "+33 1 42 68 53 00") in found(text)


def test_more_name_cues() -> None:
    assert ("PERSON", "Oluwaseun") in found("My name is Oluwaseun and I need help.")
    assert ("PERSON", "Lakshmi") in found("The patient's wife, Lakshmi, can be reached later.")
    assert ("PERSON", "Haile") in found("Officer Haile responded at 0630.")
    assert ("PERSON", "DOE, JOHN") in found("PATIENT: DOE, JOHN\nMRN: 00123456")
    whatsapp = (
        "12/03/2025, 14:02 - Zeynep: are you home?\n12/03/2025, 14:05 - Kofi: yes\n12/03/2025, 14:06 - Zeynep: ok\n"
    )
    assert found(whatsapp).count(("PERSON", "Zeynep")) == 2


def test_report_headings_are_not_speakers() -> None:
    report = "Exam: CT chest\nImpression: Findings consistent with pneumonia.\nTechnique: helical\n"
    assert "PERSON" not in kinds(report)


def test_html_and_fhir_context() -> None:
    assert ("DATE_OF_BIRTH", "1979-11-02") in found("<td>DOB</td><td>1979-11-02</td>")
    fhir = '{"identifier": [{"type": "MRN", "value": "A5598517"}], "name": [{"family": "Mensah", "given": ["Ama"]}]}'
    got = found(fhir)
    assert ("MEDICAL_RECORD_NUMBER", "A5598517") in got
    assert ("PERSON", "Mensah") in got and ("PERSON", "Ama") in got


def test_clinical_note_without_a_name_is_still_about_a_patient() -> None:
    note = "Patient is a 45-year-old male with COPD exacerbation. Plan: prednisone 40 mg, azithromycin."
    assert {"DIAGNOSIS", "MEDICATION"} <= kinds(note)
