"""Detection quality on data nobody here wrote (issue 13): general rules for the weakest types.

Each case is a form real data takes (versions and OIDs beside addresses, passport and licence labels in the
languages and layouts forms use, health-plan labels that are about something else), written for these
rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from cpu_bound import assert_detect_within_bound
from detection_helpers import found, types

MIB = 1024 * 1024


def _repeat(unit: str) -> str:
    return (unit * (MIB // len(unit) + 1))[:MIB]


# ---------------------------------------------------------------------------------------- IP addresses
@pytest.mark.parametrize(
    "text",
    [
        "## 10.2.14.3 (2024-05-01)\n- Fixed crash on start",
        "Release notes\n\n10.2.14.3\n- Fixed crash\n\n10.2.14.2\n- Initial",
        "Affected versions: 10.2.14.3, 10.2.14.4 and 10.2.15.0",
        "Upgrade path: 8.0.0.1 -> 8.0.0.5",
        "Updated package libssl to 3.0.2.0",
        "docker image nginx:1.25.3.1",
        "| lib | 2.14.0.3 |",
        "The mobile app (10.2.14.3) crashed when the user opened settings.",
        "10.2.14.3 is the LTS release",
        'AssemblyVersion("10.2.14.3")',
        "We reverted to 10.2.14.2 yesterday.",
    ],
)
def test_version_shaped_quads_without_network_words_are_versions(text: str) -> None:
    assert "IP_ADDRESS" not in types(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("The VPN assigned 10.8.0.6 to your laptop.", "10.8.0.6"),
        ("Please whitelist 10.2.14.3 on the firewall", "10.2.14.3"),
        ("Ping 10.2.14.3 failed", "10.2.14.3"),
        ("Printer at 10.2.14.3 is offline", "10.2.14.3"),
        ("NAT 10.0.0.5 -> 203.0.113.9", "10.0.0.5"),
        ("lease 10.1.2.3 to aa:bb:cc:dd:ee:ff", "10.1.2.3"),
        ("health check 10.0.0.5:8080 ok", "10.0.0.5"),
        ("DNS 1.1.1.1 and 8.8.8.8", "8.8.8.8"),
        ("Failed password for root from 10.2.14.3 port 22 ssh2", "10.2.14.3"),
    ],
)
def test_version_shaped_quads_near_network_words_are_addresses(text: str, address: str) -> None:
    assert ("IP_ADDRESS", address) in found(text)


def test_release_and_network_words_cost_one_pass_each() -> None:
    text = _repeat("from release host v 1 ")[: MIB - 12] + " 10.2.14.3 "
    assert_detect_within_bound(text)


# ------------------------------------------------------------------------------- passports and licences
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Reisepassnummer: C01X00T47", "C01X00T47"),
        ("Reisepass-Nr.: C4J7KL2M9", "C4J7KL2M9"),
        ("Paspoortnummer: NP8R4F7K2", "NP8R4F7K2"),
        ("Passnummer: LH8920137", "LH8920137"),
        ("Paszport nr: AB1234567", "AB1234567"),
        ("N° de passeport : 18AV34921", "18AV34921"),
        ("Número de pasaporte: PAA123456", "PAA123456"),
        ("Passaporto n. AA7654321 rilasciato dalla Questura", "AA7654321"),
        ("PPT NO: U1234567", "U1234567"),
        ('"passport_num": "912345678"', "912345678"),
    ],
)
def test_passport_labels_in_other_languages_and_abbreviations(text: str, number: str) -> None:
    got = found(text)
    assert ("PASSPORT", number) in got or ("US_PASSPORT", number) in got


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("DL (NY): 123 456 789", "123 456 789"),
        ("TX DL 12345678", "12345678"),
        ("CDL: 12345678 (TX)", "12345678"),
        ("Photo ID: Florida DL S759-289-21-916-4", "S759-289-21-916-4"),
        ('{"dlNumber": "D1234567"}', "D1234567"),
        ("Lic#: D1234567 State: CA", "D1234567"),
        ("Führerschein-Nr.: B072RRE2I55", "B072RRE2I55"),
        ("Permis de conduire n° 120375101234", "120375101234"),
        ("Driver license:\n  State: TX\n  Number: 12345678", "12345678"),
    ],
)
def test_licence_abbreviations_keys_and_other_languages(text: str, number: str) -> None:
    assert ("DRIVER_LICENSE", number) in found(text)


@pytest.mark.parametrize("text", ["Hemoglobin 16.3 g/dL (12.0-16.0)", "Glucose 116 mg/dl, fasting 5 DL 123456"])
def test_a_decilitre_is_no_licence(text: str) -> None:
    assert "DRIVER_LICENSE" not in types(text)


# ------------------------------------------------------------------------------------ health-plan ids
@pytest.mark.parametrize(
    "text",
    [
        "Prairie State Federal Credit Union\nMember number: 48219377\nSavings plan: Gold",
        "Claim for water damage. Policy number: HO-48219377. Plan: homeowners premium",
        "Subscriber ID: 48219377 (newsletter plan: premium)",
        "Employee benefits enrolment: 401(k) plan member id 48219377",
        "Mobile plan subscriber id 48219377",
        "Union member number 48219377; pension plan enrolled",
    ],
)
def test_member_and_policy_numbers_of_other_plans_are_not_health_plan_ids(text: str) -> None:
    assert "HEALTH_PLAN_ID" not in types(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Insurance: Aetna PPO\nMember ID: W123456789\nGroup: 0012345", "W123456789"),
        ("Medicaid member number 123456789012", "123456789012"),
        ("Subscriber ID: BCX987654321 (Blue Cross PPO)", "BCX987654321"),
    ],
)
def test_member_numbers_near_a_health_payer_are_health_plan_ids(text: str, number: str) -> None:
    assert ("HEALTH_PLAN_ID", number) in found(text)


# ---------------------------------------------------------------------------------------------- people
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. de Vries authorised 2 more refills.", "de Vries"),
        ("Patient: de Vries, Venkatesh    Sex: M", "de Vries, Venkatesh"),
        ("Seen by Dr. van der Berg today.", "van der Berg"),
        ("Prepared by Zdravko Milanović | Finance", "Zdravko Milanović"),
        (
            "On Tue, 4 Jun 2024 at 10:12, Tsukazar Brzęczyszczykiewicz <tb@example.com> wrote:",
            "Tsukazar Brzęczyszczykiewicz",
        ),
        ("OBX|1|NM|HGB||13.5|g/dL|||||F|||202401011100||5678^ACHTERBERG^XIMENA", "ACHTERBERG^XIMENA"),
    ],
)
def test_names_with_particles_attributions_display_names_and_observers(text: str, name: str) -> None:
    if text.startswith("OBX"):
        text = "MSH|^~\\&|LAB|HOSP|||202401011200||ORU^R01|1|P|2.5.1\nPID|1||123456^^^HOSP^MR\n" + text
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Acme Billing Team <billing@example.org>", "Quikathos Ventures <sales@example.com>", "Reply to <x@example.com>"],
)
def test_role_mailboxes_and_team_names_are_no_display_names_of_people(text: str) -> None:
    assert "PERSON" not in types(text)


# ------------------------------------------------------------------------------------ record numbers
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Patient No.: 4411223", "4411223"),
        ("Hosp. No.: 4411223", "4411223"),
        ("EHR #: 4411223", "4411223"),
        ('{"medicalRecordNumber": "4411223"}', "4411223"),
        ("Patient identifier: 4411223", "4411223"),
        ("NHI: ABC1234", "ABC1234"),
        ("Numéro de dossier: 4411223", "4411223"),
        ("Fallnummer: 4411223", "4411223"),
        ("Número de historia clínica: 4411223", "4411223"),
        ("Cartella clinica n. 4411223", "4411223"),
        ("MRN 441 1223", "441 1223"),
    ],
)
def test_record_number_labels_of_other_hospitals_and_languages(text: str, number: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", number) in found(text)


def test_a_spaced_record_number_stops_before_a_date() -> None:
    assert ("MEDICAL_RECORD_NUMBER", "441 1223") in found("MRN 441 1223 2024-05-01")


# ----------------------------------------------------------------------------------------- diagnoses
_NOTE = "Patient: Ludaquen Hoàng  MRN: 4411223\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Differential includes pulmonary embolism vs pneumonia.",
        "Screening colonoscopy for colorectal cancer: normal.",
        "Mother had breast cancer at 52.",
        "Denies any history of depression.",
        "Educated about diabetes and healthy eating.",
        "Flu vaccine given; influenza prevention discussed.",
        "COVID-19 PCR: not detected.",
        "Absent: hypertension, diabetes.",
    ],
)
def test_differentials_screening_relatives_education_and_negative_results_are_not_diagnoses(sentence: str) -> None:
    assert "DIAGNOSIS" not in types(_NOTE + sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Newsletter from Dr. Amara Okafor\n\nHeart disease is the leading cause of death worldwide. "
        "Studies show that diabetes increases the risk of stroke.\nContact: amara@clinic.example.com",
        "Health tip from Nurse Ana Souza: people with asthma should carry an inhaler. "
        "Hypertension often has no symptoms.",
        "Researchers led by Prof. Jan de Vries found that obesity raises the risk of type 2 diabetes.",
        "Policy: employees with epilepsy may request accommodation. Contact hr@example.com",
    ],
)
def test_conditions_in_general_statements_are_not_someones_diagnosis(text: str) -> None:
    assert "DIAGNOSIS" not in types(text)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Assessment: type 2 diabetes mellitus, poorly controlled.", "type 2 diabetes mellitus"),
        ("Complicated by diabetic nephropathy.", "diabetic nephropathy"),
        ("History of asthma, well controlled.", "asthma"),
        ("Counselled on the risk of stroke with atrial fibrillation.", "atrial fibrillation"),
    ],
)
def test_the_patients_own_conditions_stay_diagnoses(sentence: str, term: str) -> None:
    assert ("DIAGNOSIS", term) in found(_NOTE + sentence)


def test_a_long_negated_list_costs_little() -> None:
    text = _NOTE + _repeat("no history of a b c d, e f g h or i j k vs l m n o, ")[: MIB // 4] + " diabetes."
    assert_detect_within_bound(text)


# -------------------------------------------------------------------------------------------- phones
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Flat 4, 179 Wellington Road\nT: +31 6 71647185\n", "+31 6 71647185"),
        ("M: +44 7700 900123", "+44 7700 900123"),
        ("Best number to reach me: 06 58607495", "06 58607495"),
        ("Schillerstraße 124\n01067 Dresden\nT: 0151 10668224\n", "0151 10668224"),
        ("Telefon: +49 30 12345678", "+49 30 12345678"),
    ],
)
def test_signature_and_form_phone_labels(text: str, number: str) -> None:
    assert ("PHONE", number) in found(text)


@pytest.mark.parametrize("text", ["Part: 1234567890", "p: 0.05 significance", "Phone: +999 123 4567 890"])
def test_short_labels_need_a_phone_number_after_them(text: str) -> None:
    assert "PHONE" not in types(text)


_UNLISTED = "Dridririn Quikathos"  # neither part in any name list


@pytest.mark.parametrize(
    "text",
    [
        f"Spoke with {_UNLISTED} about the invoice.",
        f"According to {_UNLISTED}, the parcel was lost.",
        f"Customer {_UNLISTED} called back twice.",
        f"{_UNLISTED} called to report a missing refund.",
        f"{_UNLISTED}, 42, was admitted with chest pain.",
        f"{_UNLISTED} (customer since 2019) asked for a refund.",
        f"Nombre completo: {_UNLISTED}",
        "Vorname: Dridririn\nNachname: Quikathos\nGeburtsdatum: 01.02.1980",
    ],
)
def test_unlisted_names_after_a_free_text_cue_or_before_what_a_person_does(text: str) -> None:
    assert any(t == "PERSON" and ("Dridririn" in v or "Quikathos" in v) for t, v in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Customer Service called back.",
        "Spoke with Customer Success about the renewal.",
        "According to Acme Logistics, the parcel was lost.",
        "Microsoft Teams reported an error",
        "Acme Payments called the webhook",
        "| `EU-GDPR-34` | EU | individuals | aware_at |",
    ],
)
def test_teams_firms_and_products_after_the_same_cues_are_not_people(text: str) -> None:
    assert "PERSON" not in types(text)


# ---------------------------------------------------------------------------------------- chat layouts
_TURNS = [("Rodalan", "hi, my parcel is late"), ("Quispe", "sorry to hear that"), ("Rodalan", "can you check"),
          ("Quispe", "sure, one moment")]  # fmt: skip


@pytest.mark.parametrize(
    "layout",
    ["<{n}> {t}", "[{h}] <{n}> {t}", "**{n}** ({h}): {t}", "{n} [{h}]: {t}", "{n} — {h}\n{t}", "{n}:\n{t}",
     "- {n}: {t}", "{n} > {t}", "{n}, {h}: {t}", "{n} | {h} | {t}", "{n} at {h}: {t}"],
)  # fmt: skip
def test_speakers_of_other_chat_layouts_are_people(layout: str) -> None:
    text = "\n".join(layout.format(n=n, t=t, h=f"09:4{i}") for i, (n, t) in enumerate(_TURNS))
    got = found(text)
    assert ("PERSON", "Rodalan") in got and ("PERSON", "Quispe") in got


@pytest.mark.parametrize(
    "text",
    [
        "- Widget: sold out in the north region\n- Gadget: back in stock next week\n"
        "- Widget: price raised by two percent\n- Gadget: new colour added this month",
        "Kafka | 09:40 | consumer lag is growing\nRedis | 09:41 | memory is at 80 percent\n"
        "Kafka | 09:42 | lag is back to normal\nRedis | 09:43 | eviction policy changed",
        "Pros:\nit is fast and cheap\nCons:\nit is hard to configure\nPros:\nthe docs are very good\n"
        "Cons:\nsupport is slow to reply",
    ],
)
def test_headings_over_notes_in_the_same_layouts_are_not_speakers(text: str) -> None:
    assert "PERSON" not in types(text)


@pytest.mark.parametrize(
    "unit", ["<Aaaa> hi you ok\n<Bbbb> ok thanks\n", "Aaaa:\nhi you ok\n", "- Aaaa | 1:00 | b c d\n"]
)
def test_speaker_layouts_cost_little_on_a_mebibyte(unit: str) -> None:
    text = _repeat(unit)
    assert_detect_within_bound(text)


@pytest.mark.parametrize(
    "text", ["Martin Luther King Jr. Day is a federal holiday.", "Dear Valued Member,", "Bill Pay is unavailable"]
)
def test_holidays_named_after_people_and_salutations_of_no_one_are_not_people(text: str) -> None:
    assert "PERSON" not in types(text)


@pytest.mark.parametrize(
    "term", ["cardiomyopathy", "acute kidney injury", "strep throat", "anaphylaxis", "coeliac disease"]
)
def test_common_conditions_beyond_the_first_list_are_diagnoses_in_a_record(term: str) -> None:
    assert ("DIAGNOSIS", term) in found(_NOTE + f"Assessment: {term}.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Passport: 72 1234567", "72 1234567"),
        ("Passport No: 45-1234567", "45-1234567"),
        ("Passport Number:\n\nC01X00T47", "C01X00T47"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", "L898902C3"),
    ],
)
def test_passport_series_blank_lines_and_the_machine_readable_zone(text: str, number: str) -> None:
    got = found(text)
    assert ("PASSPORT", number) in got or ("US_PASSPORT", number) in got


@pytest.mark.parametrize(
    "text",
    [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10",  # bad check digit
        "Our passport office is open 9-5. Call ext 123456.",
    ],
)
def test_no_passport_without_its_check_digit_or_in_a_short_code(text: str) -> None:
    assert not {"PASSPORT", "US_PASSPORT"} & types(text)


@pytest.mark.parametrize("unit", ["<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n"])
def test_machine_readable_zones_cost_little_on_a_mebibyte(unit: str) -> None:
    text = _repeat(unit)
    assert_detect_within_bound(text)


def test_a_licence_number_below_a_blank_line() -> None:
    assert ("DRIVER_LICENSE", "12345678") in found("Driver license (TX)\n\n12345678")
