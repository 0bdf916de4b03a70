"""Identifiers, clinical text and clean documents, ninth pass (issue 13, helper accuracy17).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


# ------------------------------------------------- placeholder mailboxes at domains reserved for documentation
@pytest.mark.parametrize(
    "text",
    [
        '{"email": "user@example.org", "list": "newsletter"}\n',
        "Replies are sent from noreply@mail.example.net.\n",
        "bounces go to test+bounce@example.com\n",
        'sender: "do-not-reply@notifications.example"\n',
        "curl -d correo=cliente@example.com -d plan=basico\n",
        "reply_to: someone@example.com\n",
        "seed row: qa-seed2@shop.test\n",
    ],
)
def test_placeholder_mailbox_at_a_reserved_domain_is_no_email(text: str) -> None:
    assert "EMAIL" not in types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("From: Ilse Marquardt <ilse.marquardt@example.com>\n", "ilse.marquardt@example.com"),
        ("To: t.obuya@corp.example.org\n", "t.obuya@corp.example.org"),
        ("Write to noreply@harbourline-clinic.com for records.\n", "noreply@harbourline-clinic.com"),
        ("Contact: user.amadou@examples.com\n", "user.amadou@examples.com"),
        ("alerts@cardservices.example\n", "alerts@cardservices.example"),
        ("customer@myexample.com\n", "customer@myexample.com"),
    ],
)
def test_person_or_real_domain_mailbox_stays(text: str, value: str) -> None:
    assert ("EMAIL", value) in found(text)


# ------------------------------------------------- release words before a version written as four numbers
@pytest.mark.parametrize(
    "text",
    [
        "Template 6b41e0c2 · Revision 3.14.201.77 · generated 2025-03-09\n",
        "09:14  deploy-bot: hotfix 2.8.190.12 promoted to production\n",
        "10:02  status-bot: monitoring fix 14.3.151.88 for the latency regression\n",
        "Änderungshistorie: Revision 4.22.160.9 ersetzt die vorige Fassung.\n",
        "Correctif 5.17.133.40 publié hier.\n",
    ],
)
def test_quad_after_a_revision_or_fix_word_is_no_address(text: str) -> None:
    assert "IP_ADDRESS" not in types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hotfix applied; sshd accepted publickey for deploy from 203.0.113.61 port 51122\n", "203.0.113.61"),
        ("hotfix rollout: host 198.51.100.23 drained\n", "198.51.100.23"),
    ],
)
def test_address_near_a_fix_word_stays(text: str, value: str) -> None:
    assert ("IP_ADDRESS", value) in found(text)


# ------------------------------------------------- a form's section words before an identifier's own label
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Part I  Social security number: 219 44 7031\n", "219 44 7031"),
        ("Part II  SSN: 527-18-3306\n", "527-18-3306"),
        ("Section 2 Social Security No: 527-18-3306\n", "527-18-3306"),
    ],
)
def test_ssn_label_after_a_section_word_stays(text: str, value: str) -> None:
    assert ("US_SSN", value) in found(text)


def test_part_number_is_still_no_ssn() -> None:
    assert "US_SSN" not in types("Part III  Order number: 219 44 7031\n")


# ------------------------------------------------- conditions and medicines on a form about someone
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Candidate: Tobiah Renwick\nDocumented condition(s): dyslexia; migraine\n", "DIAGNOSIS", "dyslexia"),
        ("Pupil name: Amara Lindgren\nMedical conditions: asthma, type 1 diabetes\n", "DIAGNOSIS", "type 1 diabetes"),
        ("Pupil name: Amara Lindgren\nRegular medication: salbutamol inhaler\n", "MEDICATION", "salbutamol"),
        (
            "Candidate: Tobiah Renwick\nCurrent medications affecting exams: sertraline\n",
            "MEDICATION",
            "sertraline",
        ),
    ],
)
def test_health_field_of_a_form_about_someone_is_theirs(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leaflet by Nurse Hana Obi\nCommon conditions: asthma, eczema and hay fever.\n",
        "Reviewed by Dr Hana Obi\nExamples of eligible conditions: asthma, dyslexia\n",
        "Author: Hana Obi\nThe clinic treats asthma and eczema in children.\n",
    ],
)
def test_health_words_not_said_of_the_subject_stay_unlabelled(text: str) -> None:
    assert not types(text) & {"DIAGNOSIS", "MEDICATION"}


# ------------------------------------------------- a column naming its checked identifier first, then its purpose
def test_sort_code_and_account_in_one_column() -> None:
    text = "ref\tsurname\tsort_code_acct\tgrade\nP-118\tOkonjo\t20-14-77 41926305\tB4\n"
    assert ("UK_BANK_ACCOUNT", "20-14-77 41926305") in found(text)


@pytest.mark.parametrize(
    "header",
    ["nhs_no_occupational", "NHS number (occupational health)", "nhs_number_for_referral"],
)
def test_checked_id_column_named_first(header: str) -> None:
    text = f"ref,{header},grade\nP-118,447 263 3353,B4\nP-121,712 366 3667,C1\n"
    got = found(text)
    assert ("UK_NHS_NUMBER", "447 263 3353") in got
    assert ("PHONE", "447 263 3353") not in got


def test_nhs_trust_column_is_no_nhs_number_column() -> None:
    text = "ref,nhs_trust_code,grade\nP-118,4472633353,B4\n"
    assert "UK_NHS_NUMBER" not in types(text)


# ------------------------------------------------- a passport's issuing country and number in a form or an object
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "Address: 418 Larkfield Rd, Tacoma, WA 98402\nCountry of citizenship: Ecuador\nPassport no.: A47219036\n",
            "PASSPORT",
            "A47219036",
        ),
        (
            "Oficina: Houston, USA\nPaís de nacionalidad: HONDURAS\nNo. de pasaporte: F20837415\n",
            "PASSPORT",
            "F20837415",
        ),
        (
            "Traveler: Wendell Price, USA\nCountry of citizenship: United States\nPassport no.: 583019264\n",
            "US_PASSPORT",
            "583019264",
        ),
        ('{\n  "passport": {\n    "country": "USA",\n    "number": "548120937"\n  }\n}', "US_PASSPORT", "548120937"),
        ('{\n  "passport": {\n    "country": "Norway",\n    "number": "KR4815093"\n  }\n}', "PASSPORT", "KR4815093"),
    ],
)
def test_passport_type_by_the_country_field_beside_it(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


# ------------------------------------------------- a member number of a membership that is not a health plan
def test_member_id_of_a_loyalty_table_is_no_health_plan_id() -> None:
    text = "member_id,full_name,points_balance,tier\nLYL-402217,Perpetua Vance,12840,gold\n"
    assert "HEALTH_PLAN_ID" not in types(text)


def test_member_id_of_a_health_table_stays() -> None:
    text = "member_id,full_name,birth_date,plan,copay\nHMO-7730215,Perpetua Vance,1971-08-14,Silver HMO,25\n"
    assert ("HEALTH_PLAN_ID", "HMO-7730215") in found(text)


# ------------------------------------------------- a licence label before its issuing state's code
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SUBJECT: FAIRWEATHER, Odessa  DOB 03/22/1984  DL TX 40817263\n", "40817263"),
        ("Driver licence no. (VIC): 041277885\n", "041277885"),
        ("DL (TX) 40817263\n", "40817263"),
    ],
)
def test_licence_after_a_state_code(text: str, value: str) -> None:
    assert ("DRIVER_LICENSE", value) in found(text)


@pytest.mark.parametrize("text", ["Haemoglobin 13.5 g/DL 20250301\n", "volume 5 DL 1234567\n"])
def test_unit_dl_is_no_licence_label(text: str) -> None:
    assert "DRIVER_LICENSE" not in types(text)
