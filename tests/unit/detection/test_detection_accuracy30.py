"""Structured identifiers as other systems write them, fourteenth pass (issue 13, helper accuracy30).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus; the names and
numbers are made up.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


# ------------------------------------------------------------------------------------------ patient record numbers
@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("2026-04-01T10:02:11Z audit user=adiaz action=VIEW patient=QEH-0091273 ward=2A", "QEH-0091273"),
        ("2026-04-01T10:02:11Z audit user=adiaz action=EDIT patient=E551902837 src=ward", "E551902837"),
        ("lims: muestra=SX-1120 paciente=HC-7729104 prueba=glucosa", "HC-7729104"),
        ("lab: campione=C-8812 paziente=0044817263 esame=emocromo", "0044817263"),
    ],
)
def test_a_log_patient_key_holds_a_record_number(line: str, value: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", value) in found(line + "\n")


def test_a_fhir_query_and_a_trial_subject_are_no_record_numbers() -> None:
    text = "GET /fhir/Condition?patient=Patient/90412 200\nedc: study=ONC-11 subject=101-0042 visit=V2\n"
    assert not any(t == "MEDICAL_RECORD_NUMBER" for t, _ in found(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient: Aoife Brennan\nHospital record no.: 60318872\n", "60318872"),
        ("Staff: Tomás Ibarra    Occupational health record no: OHD-55127\n", "OHD-55127"),
        ("Staff: Tomás Ibarra\nOH record no: OHD/21877\n", "OHD/21877"),
        ("Re: Grace Mensah, DOB 02/02/1950, clinic no. 70013362\n", "70013362"),
        ("Player: Lio Tuilagi\nMedical record no.: HRF-B19-00277\n", "HRF-B19-00277"),
    ],
)
def test_record_and_clinic_numbers_under_a_qualifier(text: str, value: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", value) in found(text)


def test_other_registers_record_numbers_stay_unlabelled() -> None:
    text = "Criminal record no.: 88120441\nPersonnel record no.: 00441290\nLand registry record no.: 2024-88123\n"
    assert not any(t == "MEDICAL_RECORD_NUMBER" for t, _ in found(text))


# ------------------------------------------------------------------------------ member numbers of no health plan
def test_a_member_number_alone_among_classes_is_no_health_plan_id() -> None:
    text = "date\tmember_no\tclass\tstudio\n2026-01-05\tFX-0012231\tYoga\t1\n2026-01-05\tFX-0012290\tSpin\t2\n"
    assert not any(t == "HEALTH_PLAN_ID" for t, _ in found(text))


def test_a_member_number_beside_a_plan_or_a_claim_stays_a_health_plan_id() -> None:
    plan = "member_id,plan,coverage_start\nZPA5580121,Silver HMO,2026-01-01\n"
    assert ("HEALTH_PLAN_ID", "ZPA5580121") in found(plan)
    assert ("HEALTH_PLAN_ID", "ZPA5580122") in found("member_no,claim_ref,amount\nZPA5580122,C-1,12.00\n")


# --------------------------------------------------------------------------------------------- UK bank accounts
def test_a_payment_log_debtor_and_creditor_accounts() -> None:
    got = found("pay amt=10.00 dbtr_sc=203344 dbtr_acct=41188220 cdtr_sc=608371 cdtr_acct=20951736 st=OK\n")
    assert ("UK_BANK_ACCOUNT", "41188220") in got
    assert ("UK_BANK_ACCOUNT", "20951736") in got


def test_an_account_number_camel_key_beside_a_sort_code_key() -> None:
    got = found('{"sortCode": "608371", "accountNumber": "20951736", "amount": 5}')
    assert ("UK_BANK_ACCOUNT", "20951736") in got


def test_an_account_key_without_a_sort_code_stays_unlabelled() -> None:
    assert found("login ok acct=20951736 session=88120\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "<p>Sort code 60-83-71&nbsp;Account 20951736</p>",
        "<td>Sort code: 60-83-71 &nbsp;&nbsp; Account: 20951736</td>",
        "Could you pay it to me? My sort code is 60-83-71 and account 20951736.",
        "staff,bank_details\nAna Sol,60-83-71 20951736\nBo Lind,20-33-44 41188220\n",
    ],
)
def test_sort_code_and_account_written_together(text: str) -> None:
    assert any(t == "UK_BANK_ACCOUNT" and "20951736" in v for t, v in found(text))


# --------------------------------------------------------------------------------------- message ids and mailboxes
def test_message_ids_are_no_mailboxes() -> None:
    text = (
        "From: Sara Lind <sara.lind@posteo.de>\n"
        "Message-ID: <CAK7z=Pq1xR@mail.gmail.com>\n"
        "In-Reply-To: <7731.AB12@mx.posteo.de>\n"
        "References: <7731.AB12@mx.posteo.de> <7730.AB11@mx.posteo.de>\n"
        "postfix/cleanup[77]: 9A1B: message-id=<20260101.9A1B@mx.posteo.de>\n"
    )
    mails = [v for t, v in found(text) if t == "EMAIL"]
    assert mails == ["sara.lind@posteo.de"]


# ------------------------------------------------------------------- a reference under a passport heading
@pytest.mark.parametrize(
    "line",
    ["File: 5521.0004   Home Office ref: M4471902/21", "Council ref no.: K4471902   Case: open"],
)
def test_a_reference_under_a_passport_heading_is_no_passport(line: str) -> None:
    got = found(f"PASSPORT CHECK\n{line}\n")
    assert not any(t in ("PASSPORT", "US_PASSPORT") for t, _ in got)


# --------------------------------------------------------------------- an NHS number failing its check, no phone
@pytest.mark.parametrize("text", ["Returned: NHS no. 612 774 3091 (fails check)", "NHS number: 401-220-7785"])
def test_an_invalid_nhs_number_is_no_phone(text: str) -> None:
    assert not any(t == "PHONE" for t, _ in found(text))


@pytest.mark.parametrize("number", ["+44 (0)113 440 2991", "+44 (0)20 5534 7781"])
def test_an_international_number_with_its_trunk_zero_in_brackets(number: str) -> None:
    assert ("PHONE", number) in found(f"Please ring my son on {number} after six.")


def test_a_gym_member_profile_with_health_flags_holds_no_health_plan_id() -> None:
    text = (
        '{\n  "member_no": "FX-7730126",\n  "name": "Ana Sol",\n  "site": "Riverside Leisure Centre",\n'
        '  "induction": {"par_q": "yes", "notes": "epilepsy, on levetiracetam"}\n}\n'
    )
    assert not any(t == "HEALTH_PLAN_ID" for t, _ in found(text))
