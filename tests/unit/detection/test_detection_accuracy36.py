"""Versions read as IP addresses, sixteenth pass (issue 13, helper accuracy36).

A four-part version after its software's name ("billing-worker 3.4.77.120", "exported from MediSuite 4.12.9.88"),
after "update", or on a line whose release event is written in an identifier ("evt=OTA_UPGRADE from=... to=...")
is no host's address; an address after a host's name, after "from" on a login line, or on an update's line beside
a network word still is. Each case is written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def _ips(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "IP_ADDRESS"]


@pytest.mark.parametrize(
    "text",
    [
        "shipit: billing-worker 3.4.77.120 is now serving 100% of traffic",
        "2026-02-03T10:09:13Z [ci] artefact pushed: report-renderer 11.3.140.7",
        "Stock movement journal, exported from MediSuite 4.12.9.88 on 2026-03-01",
        '{"order": "PO-88213", "createdBy": "edi-gateway-adapter 6.22.91.140"}',
        "2026-05-01 02:00:03 ota dev=PUMP-07 evt=OTA_UPGRADE from=4.9.31.2 to=4.10.2.5 status=done",
        "2026-06-11 03:00:05 updater: client 8.14.77.203 downloaded update 2.4.1.9",
    ],
)
def test_a_version_is_no_address(text: str) -> None:
    assert [v for v in _ips(text) if v != "8.14.77.203"] == [], found(text)


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("Inventory: file-server 172.20.14.9, print-server 10.4.120.31.", "10.4.120.31"),
        ("Inventory: file-server 172.20.14.9, print-server 10.4.120.31.", "172.20.14.9"),
        ("auth: user=jdoe login ok from=5.9.31.140", "5.9.31.140"),
        ("The VPN gateway 3.1.0.12 answers pings again; firmware update 7.2.14.1 is scheduled.", "3.1.0.12"),
        ("2026-06-11 03:00:00 updater: pushed update to host 11.20.144.61 ok", "11.20.144.61"),
        ("auth: password changed from 12.30.118.77 after app update", "12.30.118.77"),
    ],
)
def test_an_address_in_the_same_places_stays(text: str, ip: str) -> None:
    assert ip in _ips(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "2026-07-14T08:01:40Z idv check type=nhs value=612 447 9031 result=FAIL reason=checksum",
        '{"document_type": "uk_nhs_number", "document_number": "503 118 2746", "status": "rejected"}',
        "HEALTH INSURANCE CLAIM FORM\n1a. INSURED'S I.D. NUMBER 043-771-284-19\n",
    ],
)
def test_an_identifier_typed_by_its_record_is_no_phone(text: str) -> None:
    assert "PHONE" not in {t for t, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"contact": {"type": "mobile", "value": "+44 7700 183 245"}}',
        "contact type=phone value=212-555-0187",
        "Call me on 212-555-0187 about my I.D. card",
    ],
)
def test_a_phone_typed_as_one_stays(text: str) -> None:
    assert "PHONE" in {t for t, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ticket FAC-1182 | Boiler room\nReported by: Reception\nIssue: radiator leaking",
        "Policy reviewed in May. Approved by Governors on 3 March.",
        "Change CHG-5512. Owner: Site Reliability. Window: Sunday 02:00.",
        "Rooms 12-18 cleaned.\nSubmitted by: Housekeeping\n",
        "Your laptop is ready for collection.\n\nRegards,\nHelpdesk",
    ],
)
def test_a_desk_or_a_party_signing_is_no_person(text: str) -> None:
    assert "PERSON" not in {t for t, _ in found(text)}, found(text)


def test_a_person_beside_a_desk_stays() -> None:
    text = "Reported by: Imelda Okafor (Reception)\nIssue: radiator leaking"
    assert ("PERSON", "Imelda Okafor") in found(text), found(text)
