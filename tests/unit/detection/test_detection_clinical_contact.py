"""Identifiers, clinical text and contact values on data nobody here wrote (issue 13, helper accuracy6).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


# ------------------------------------------------------------------------------ payment cards used for tests
@pytest.mark.parametrize(
    "text",
    [
        "Use test mode: Visa 4000 0566 5566 5556 succeeds, 4000 0000 0000 0002 is declined.",
        "| Mastercard | 5200 8282 8282 8210 | sandbox |",
        "e2e env=staging card=4012888888881881 result=approved",
        "QA: the test card 4532 7153 3790 1245 was charged twice.",
        'Example payload: {"pan": "4242424242424242"} (sample only)',
    ],
)
def test_test_cards_are_not_cards(text: str) -> None:
    assert "CREDIT_CARD" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1111 exp 09/27",  # a listed number with nothing saying it is a test
        "She disputes a charge on card 4532 7153 3790 1245; her bank ran a fraud test.",
    ],
)
def test_cards_outside_tests_are_found(text: str) -> None:
    assert "CREDIT_CARD" in types(text)


# ------------------------------------------------------------------------- conditions a plan covers or excludes
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Member ID: QXJ558812094 (Aster Health PPO). Your plan covers inhalers for asthma.", "asthma"),
        ("MRN 4471203. Covered conditions include heart failure and hypertension.", "hypertension"),
        ("MRN 4471203\nExclusions: infertility treatment, bariatric surgery for obesity.", "obesity"),
        ("MRN 4471203. The formulary covers atorvastatin and metformin.", "metformin"),
    ],
)
def test_what_a_plan_covers_is_no_ones(text: str, absent: str) -> None:
    assert absent not in {v for _, v in found(text)}


def test_the_patients_own_condition_beside_a_coverage_sentence_is_found() -> None:
    text = "Patient: MRN 4471203. Dx: hypertension. His plan covers CGM sensors for insulin-treated diabetes."
    assert ("DIAGNOSIS", "hypertension") in found(text)
    assert ("DIAGNOSIS", "diabetes") not in found(text)


# ------------------------------------------------------------------------------------------- health-plan ids
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Member ID: W2345 67890 (Aster Health PPO)", "W2345 67890"),
        ("Medical insurance ID: ZXC 4412 8890 12   Group: 0098812", "ZXC 4412 8890 12"),
    ],
)
def test_member_ids_in_spaced_groups(text: str, value: str) -> None:
    assert ("HEALTH_PLAN_ID", value) in found(text)


def test_a_short_member_number_before_another_field_is_not_joined_to_it() -> None:
    assert "HEALTH_PLAN_ID" not in types("Member ID: 12345 Group 0098812 (Aster Health)")


# ------------------------------------------------------------------------------------------------ IP addresses
@pytest.mark.parametrize(
    "text",
    [
        'cidr_blocks = ["10.61.0.0/16"]',
        "allowlist: 192.168.50.0/24",
        "Affected range 10.154.16.0/20 since Monday",
        "cidr: 172.23.0.0/12",
        "route 2001:db8:4400::/48 via eth0",
    ],
)
def test_networks_are_not_hosts(text: str) -> None:
    assert "IP_ADDRESS" not in types(text)


def test_a_host_written_with_its_subnet_is_an_address() -> None:
    assert ("IP_ADDRESS", "192.168.50.17") in found("iface eth1 addr 192.168.50.17/24")


def test_a_lowering_key_names_its_first_value_only() -> None:
    text = "Mar  2 07:14:09 edge-fw-2 kernel: session for 'ops' opened from 198.51.100.23, tunnel 10.9.4.12"
    assert {v for t, v in found(text) if t == "IP_ADDRESS"} == {"198.51.100.23", "10.9.4.12"}
    assert "IP_ADDRESS" not in types("kernel: 5.15.0.91")


# ------------------------------------------------------------------------ national numbers with a trunk "0"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Next of kin: sister (09) 377 4410", "(09) 377 4410"),
        ("ward reachable on 0113 496 0732 overnight", "0113 496 0732"),
        ("Carer is the son - best on 07700 900 461 after 5pm", "07700 900 461"),
        ("<td>Nurse</td><td>03 9123 4567</td>", "03 9123 4567"),
    ],
)
def test_national_numbers_with_a_trunk_prefix(text: str, value: str) -> None:
    assert ("PHONE", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ndc,generic\n00378-1805-10,lisinopril\n",  # a National Drug Code
        "NDC 60505-0141-01 dispensed",
        "order 0042 1234 5678 9 shipped",  # a longer number's tail
        "finished 03-07-1938 at noon",  # a date
    ],
)
def test_trunk_shaped_numbers_that_are_not_phones(text: str) -> None:
    assert "PHONE" not in types(text)


# --------------------------------------------------------------------------------------------------- diagnoses
@pytest.mark.parametrize(
    "term",
    [
        "T2DM",
        "HTN",
        "OSA",
        "CKD3",
        "obstructive sleep apnoea",
        "Barrett's oesophagus",
        "C. diff",
        "iron deficiency anaemia",
    ],
)
def test_abbreviations_and_british_spellings_in_a_record(term: str) -> None:
    assert ("DIAGNOSIS", term) in found(f"MRN 4471203. PMH: {term}.")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("MRN 4471203. CLINICAL HISTORY: RLQ pain, ?appendicitis.", "appendicitis"),
        ("MRN 4471203. A: Likely AKI on CKD, UO 15 ml/hr.", "CKD"),
        ("MRN 4471203. Have you had: [X] Asthma  [ ] Stroke", "Stroke"),
        ("MRN 4471203. Treated for: heart failure? [ ]  COPD? [ ]", "COPD"),
        ("MRN 4471203. Follow-up: Fracture clinic 2/52.", "Fracture"),
        ("MRN 4471203. Our Parkinson's disease nurse specialists will call.", "Parkinson's disease"),
        ("MRN 4471203. lol this shift is a migraine", "migraine"),
        ("MRN 4471203. a 'migraine' of a quarter", "migraine"),
        ("MRN 4471203\n 3. Allergies: morphine (anaphylaxis).", "anaphylaxis"),
        ("MRN 4471203. Impfstatus Hepatitis B: vollständig.", "Hepatitis B"),
        ("MRN 4471203\nrate: {currency: CAD, hourly: 134}", "CAD"),
        ("MRN 4471203. Section 5. Chronic disease management.", "Chronic disease"),
    ],
)
def test_conditions_queried_unticked_or_named_of_no_one(text: str, term: str) -> None:
    assert ("DIAGNOSIS", term) not in found(text)


def test_a_ticked_box_and_a_condition_of_a_record_are_found() -> None:
    assert ("DIAGNOSIS", "Asthma") in found("MRN 4471203. Have you had: [X] Asthma  [ ] Stroke")
    assert ("DIAGNOSIS", "chronic periodontitis") in found(
        "MRN 4471203. On metformin. Her chronic periodontitis is stable."
    )


# ------------------------------------------------------------------------- licences, HL7 fields, placeholders
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PICKUP rx=7712093 id_checked=NV_DL:1204558173 clerk=C12", "1204558173"),
        ("Driver's License (Washington): WDLKQ7XZB2LM", "WDLKQ7XZB2LM"),
        ("My licence is from Nevada, number 1204558173, if you need it.", "1204558173"),
    ],
)
def test_licences_named_by_their_state(text: str, value: str) -> None:
    assert ("DRIVER_LICENSE", value) in found(text)


def test_hl7_fields_named_in_a_log_line() -> None:
    text = "RECV ADT^A08 ctrl=99120 PID-3=K7730215 PID-7=19710309"
    assert {("MEDICAL_RECORD_NUMBER", "K7730215"), ("DATE_OF_BIRTH", "19710309")} <= set(found(text))


def test_a_passport_format_written_out_is_no_passport() -> None:
    assert "PASSPORT" not in types("Passport number in the format AA0000000, national id number")
    assert ("PASSPORT", "BJAMXU8S8") in found("Passport number (NL): BJAMXU8S8")


def test_a_drug_the_writer_says_does_something_to_them() -> None:
    text = "Maria Lopez 3/2/2025\nhi, the new sertraline is making me really nauseous"
    assert ("MEDICATION", "sertraline") in found(text)


# ----------------------------------------------------------------------------------------------------- passports
def test_airline_docs_elements() -> None:
    text = (
        '"text": "HK1/P/NGA/B04418275/NGA/09MAR84/F/11OCT31/OYELOWO/TEMITOPE",\n'
        '"text": "HK1/P/USA/577102264/USA/22JUL90/F/03FEB33/A/B"'
    )
    got = set(found(text))
    assert {("PASSPORT", "B04418275"), ("DATE_OF_BIRTH", "09MAR84"), ("US_PASSPORT", "577102264")} <= got


def test_a_check_in_log_names_the_issuer_in_its_next_key() -> None:
    text = 'CHECKIN guest="R P" doc_type=P nationality=NZL doc_no=LN553102 birth_date=1979-02-28'
    assert ("PASSPORT", "LN553102") in found(text)


def test_a_yaml_country_field_types_the_passport_below_it() -> None:
    text = '  - name: "A B"\n    passport_country: GB\n    passport_no: "730715963"\n    dob: 1992-04-16\n'
    assert ("PASSPORT", "730715963") in found(text)


# ------------------------------------------------------------------------------ items a record's labels name
def test_items_after_medication_and_condition_labels() -> None:
    text = (
        "MRN 5512098\nPC: chest pain. Background Meniere disease, sarcoidosis. Meds: Zelvoxa, Brontiva XR. NKDA.\n"
        "Provisional diagnosis: costochondral strain. Rule out ACS.\nAllergies: cefuroxime (rash); peanuts (hives)\n"
        'DISPENSE pt="A B" drug="ZORVENTA 150" qty=30\n'
    )
    got = set(found(text))
    assert {
        ("DIAGNOSIS", "Meniere disease"),
        ("DIAGNOSIS", "sarcoidosis"),
        ("MEDICATION", "Zelvoxa"),
        ("MEDICATION", "Brontiva XR"),
        ("DIAGNOSIS", "costochondral strain"),
        ("MEDICATION", "cefuroxime"),
        ("MEDICATION", "ZORVENTA"),
    } <= got
    assert ("MEDICATION", "peanuts") not in got


def test_label_items_that_say_nothing_and_texts_that_are_no_record() -> None:
    assert types("MRN 5512098\nMeds: none. Allergies: NKDA; latex (rash).\nDiagnosis: pending.") == {
        "MEDICAL_RECORD_NUMBER"
    }
    assert "MEDICATION" not in types("Meds: Zelvoxa for the team offsite")  # no record, no one's drug


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("ED TRIAGE   UR No.: 5043289   Medicare: 6937 38664 1", "MEDICAL_RECORD_NUMBER", "5043289"),
        ("Name: A B   Hosp#: 553-319-53   DOB: 04/18/1983", "MEDICAL_RECORD_NUMBER", "553-319-53"),
        ("(0010,0020) LO [E2921829]  # PatientID", "MEDICAL_RECORD_NUMBER", "E2921829"),
        ("(0010,0030) DA [19530618]  # PatientBirthDate", "DATE_OF_BIRTH", "19530618"),
    ],
)
def test_record_number_labels_of_other_systems(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            '{"eobId": "EOB88120934", "memberId": "QRT552019384", "provider": "Lakeside"}',
            "HEALTH_PLAN_ID",
            "QRT552019384",
        ),
        ("secondary Tallgrass Health member TGH44120983", "HEALTH_PLAN_ID", "TGH44120983"),
        ("The member ID on my card is XKP55102934-01 (Aster Health PPO)", "HEALTH_PLAN_ID", "XKP55102934-01"),
        ('{"resourceType": "Coverage", "subscriberId": "8X86YJ4UJ83", "payor": "Medicare"}', "US_MBI", "8X86YJ4UJ83"),
    ],
)
def test_health_plan_ids_of_payer_texts(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_another_insurance_named_above_its_policy_number() -> None:
    assert "HEALTH_PLAN_ID" not in types("TRAVEL INSURANCE - MEDICAL EXPENSES CLAIM\nPolicy no.: TRV-55120934\n")
    assert "HEALTH_PLAN_ID" not in types("Gym member 12345678 since 2019")


def test_nhs_numbers_after_a_bare_nhs_label() -> None:
    text = "Bed 4, hosp no RK220931, NHS 401 023 2137, DOB 12/05/1944\nSubject: referral - NHS 943 476 5919"
    got = set(found(text))
    assert {("UK_NHS_NUMBER", "401 023 2137"), ("UK_NHS_NUMBER", "943 476 5919")} <= got
    assert ("UK_NHS_NUMBER", "0300 311 2233") not in found("NHS England's helpline 0300 311 2233 takes questions")


@pytest.mark.parametrize(("text", "value"), [("dob=04221979 match=NEW", "04221979"), ("DOB 31121999", "31121999")])
def test_compact_birth_dates_month_or_day_first(text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found(text)


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("Patient: MRN 4471203. Reports taking Dymista 1 spray each nostril BD as prescribed.", "Dymista"),
        ("Patient: MRN 4471203. Started Xalacom 1 drop into each eye nightly.", "Xalacom"),
    ],
)
def test_drugs_dosed_by_count_and_site(text: str, drug: str) -> None:
    assert ("MEDICATION", drug) in found(text)
