"""Structured identifiers as other writers write them, twelfth pass (issue 13, helper accuracy25).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus; the numbers
are made up, their check digits computed for them.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


# ------------------------------------------------------------ a register whose rows name their document's type
def test_register_rows_typed_by_their_document_type() -> None:
    text = (
        "case,holder,id_type,id_number\n"
        "K-1,Ana Beltrán,DNI,38728736W\n"
        "K-2,Koh Mei Ling,NRIC,T7679877F\n"
        "K-3,Vikram Rao,Aadhaar,9776 7658 1467\n"
        "K-4,Léa Morin,NIR,291111393623627\n"
        "K-5,Ethan Clarke,SIN,480 475 425\n"
        "K-6,Uwe Kranz,Steuer-IdNr,89376130351\n"
        "K-7,Rhys Evans,UK driving licence,EVANS710123RE9AB\n"
    )
    got = found(text)
    for pair in [
        ("ES_DNI", "38728736W"),
        ("SG_NRIC", "T7679877F"),
        ("IN_AADHAAR", "9776 7658 1467"),
        ("FR_NIR", "291111393623627"),
        ("CA_SIN", "480 475 425"),
        ("DE_TAX_ID", "89376130351"),
        ("DRIVER_LICENSE", "EVANS710123RE9AB"),
    ]:
        assert pair in got


def test_register_row_of_a_failed_check_or_an_unnamed_type() -> None:
    got = found("ref;Ausweisart;Ausweisnummer\nA;DNI;12345678A\nB;Rechnung;4410239871\nC;NIR;183046902972654\n")
    assert ("FR_NIR", "183046902972654") in got  # German headers, a semicolon table
    assert not any(v in ("12345678A", "4410239871") for _, v in got)


def test_register_of_business_documents_is_no_identity_register() -> None:
    assert found("batch,doc_type,doc_number\nB-1,invoice,4410239871\nB-2,order,78812093\n") == []


# ------------------------------------------------------------------------------------- driver's licences
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # prose with commas is no table's header line
        (
            "The candidate, Ruth Ambler, who drove for two carriers, showed an Illinois driver license, number "
            "D400-7836-0001, at the depot, and it was valid, clean, and unrestricted.",
            "D400-7836-0001",
        ),
        # a state's name that is a person's name, the issuer named after the number
        ("Driver: Ana Washington\nCDL: 41 552 093 (Pennsylvania)\n", "41 552 093"),
        # India (Sarathi), Poland, Russia, Brazil's CNH, Swedish
        ("Driving licence: GJ01 20150045678\n", "GJ01 20150045678"),
        ("DL No.: KL-0719990012345 (Kerala)\n", "KL-0719990012345"),
        ("Nr prawa jazdy: 01233/11/0412\n", "01233/11/0412"),
        ("Водительское удостоверение: 50 07 123456\n", "50 07 123456"),
        ("CNH: 02650306461\n", "02650306461"),
        ("Körkort: 19790101-2385\n", "19790101-2385"),
        # "licence" alone: a field's name in HTML, or before a distinctive format
        ("<dt>Licence</dt><dd>H514-733-80-102-0 <small>(Florida)</small></dd>", "H514-733-80-102-0"),
        ("<tr><th>License</th><td>31877/06/2230</td></tr>", "31877/06/2230"),
        ("Hire 88: Jo Pryce, licence PRYCE703115JP9XY checked.", "PRYCE703115JP9XY"),
    ],
)
def test_licence_numbers_as_more_writers_write_them(text: str, value: str) -> None:
    assert ("DRIVER_LICENSE", value) in found(text)


def test_licences_that_are_no_drivers() -> None:
    text = (
        "The software licence key 4F7K-22QX-9P1M was reissued; premises licence 18/00452/LAPR covers Saturdays. "
        "Licence fee for 2025-26 is 169.50. CNH Industrial's 2024 report runs to 212 pages.\n"
    )
    assert not any(t == "DRIVER_LICENSE" for t, _ in found(text))


# ----------------------------------------------------------------------------- a magnetic stripe's track data
def test_card_number_in_track_one_data() -> None:
    text = 'pos=7 ERROR swipe parse failed track="%B2499236822516898^KOWALSKA/ANNA^2703101000000000?"\n'
    assert ("CREDIT_CARD", "2499236822516898") in found(text)


# ------------------------------------------------------------------- an account column that holds cards too
def test_account_or_card_column_beside_a_sort_code() -> None:
    text = (
        "date,payer,Account / card,Sort code\n"
        "2026-02-01,Nia Osei,41927730,11-22-33\n"
        "2026-02-02,Finn Carey,**** **** **** 1881,\n"
        "2026-02-03,Ola Nowak,4427280380715156,\n"
    )
    got = found(text)
    assert ("UK_BANK_ACCOUNT", "41927730") in got
    assert ("CREDIT_CARD", "4427280380715156") in got


# ---------------------------------------------------------------------- dotted version numbers, no addresses
def test_version_beside_a_release_number_is_no_address() -> None:
    text = "2026-07-01 03:00:12 INFO ota unit=BUS-22 evt=FW_UPDATE from=3.18.22.4410 to=3.19.2.17 result=ok\n"
    assert not any(t == "IP_ADDRESS" for t, _ in found(text))


def test_versions_after_driver_and_app() -> None:
    got = found("Helpdesk: reinstalled the scanner driver 6.2.140.77 and the app 11.4.2.190; no change.\n")
    assert not any(t == "IP_ADDRESS" for t, _ in got)


def test_address_beside_a_release_number_after_a_network_word() -> None:
    got = found("Updated driver 12.22.199.9009; gateway is 10.0.0.1 (loopback to 127.0.0.1 ok).\n")
    assert ("IP_ADDRESS", "10.0.0.1") in got
