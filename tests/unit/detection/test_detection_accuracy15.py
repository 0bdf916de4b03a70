"""Phones, addresses, identifiers, clinical assertion and clean documents (issue 13, helper accuracy15).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


# ------------------------------------------------- numbers reserved for fiction, called test values where they stand
@pytest.mark.parametrize(
    "text",
    [
        'fixtures:\n  subscriber_msisdn: "+44 7700 900417"   # reserved drama number\n',
        "Enter your mobile number, for example (415) 555-0172, and wait for the code.\n",
        "Our test line +61 491 570 110 answers with a recorded message.\n",
        "landline_sample: 020 7946 0381\n",
    ],
)
def test_reserved_number_called_a_test_value_is_no_phone(text: str) -> None:
    assert "PHONE" not in types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Next of kin: Ingrid Solvang (sister), mobile 07700 900654\n", "07700 900654"),
        ("Alternate phone: (312) 555-0148\n", "(312) 555-0148"),
        ("Sample courier pickup confirmed. Call 0161 555 0148 if late.\n", "0161 555 0148"),
    ],
)
def test_reserved_number_in_a_record_or_other_number_near_a_test_word_stays(text: str, value: str) -> None:
    assert ("PHONE", value) in found(text)


# ------------------------------------------------- dotted quads after a firmware word
@pytest.mark.parametrize(
    "text",
    [
        "updater INFO radio baseband 12.61.44.70 applied\n",
        "updater INFO bootloader 15.52.80.3 verified\n",
        "Workstation check: viewer rcvr 22.12.1.48 installed\n",
    ],
)
def test_quad_after_a_firmware_word_is_a_version(text: str) -> None:
    assert "IP_ADDRESS" not in types(text)


def test_host_beside_a_receiver_version_stays() -> None:
    got = found("viewer rcvr 22.12.1.48 installed, session host 10.61.200.17.\n")
    assert ("IP_ADDRESS", "10.61.200.17") in got


# ------------------------------------------------- US rural routes, highway contracts and unit designators
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Home: Rural Route 4, Box 221\nHarlan, IA 51537\n", "Rural Route 4, Box 221\nHarlan, IA 51537"),
        ("Alternate mailing: HC 61 Box 30\n", "HC 61 Box 30"),
        ('A-2210,"RR 2 BOX 88 MOUNT AYR, IA 50854",ok\n', "RR 2 BOX 88 MOUNT AYR, IA 50854"),
        ("<streetAddressLine>PSC 1234 Box 5678</streetAddressLine>", "PSC 1234 Box 5678"),
    ],
)
def test_route_and_contract_boxes_are_addresses(text: str, value: str) -> None:
    assert ("ADDRESS", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "new place is 2750 W Canyon Rd Trlr 14 Farmington, NM 87401\n",
            "2750 W Canyon Rd Trlr 14 Farmington, NM 87401",
        ),
        ('"4410 S JUNIPER WAY LOT 22 YUMA, AZ 85365"', "4410 S JUNIPER WAY LOT 22 YUMA, AZ 85365"),
        ('"88 E CACTUS RD SPC 7 TEMPE, AZ 85281"', "88 E CACTUS RD SPC 7 TEMPE, AZ 85281"),
    ],
)
def test_lot_space_and_trailer_units_stay_inside_the_address(text: str, value: str) -> None:
    assert ("ADDRESS", value) in found(text)


def test_box_words_inside_other_words_are_no_addresses() -> None:
    assert "ADDRESS" not in types("The shared mailbox 12 is full and the sandbox 3 reset; checkbox 4 was ticked.\n")


# ------------------------------------------------- Irish Eircodes, Turkish streets, lettered and hyphenated streets
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Correspondence address: 17 Bóthar na Coille, Baile an Mhuilinn, Co. Mhaigh Eo, F12 K7P4\n",
            "17 Bóthar na Coille, Baile an Mhuilinn, Co. Mhaigh Eo, F12 K7P4",
        ),
        (
            "Previous: 3 Willowbrook Grove, Castletroy, Limerick, V94 R2X8\n",
            "3 Willowbrook Grove, Castletroy, Limerick, V94 R2X8",
        ),
        (
            "Adres: Gazi Mustafa Kemal Bulvarı No: 58 Daire 6, 06570 Çankaya/Ankara\n",
            "Gazi Mustafa Kemal Bulvarı No: 58 Daire 6, 06570 Çankaya",
        ),
        ("İş adresi: Şair Nedim Sok. No:14 D:3, 34357 Beşiktaş\n", "Şair Nedim Sok. No:14 D:3, 34357 Beşiktaş"),
        ("Residenza: Via Pietro Colletta 41/C, 20135 Milano\n", "Via Pietro Colletta 41/C, 20135 Milano"),
        ("Wohnanschrift: Friedrich-Ebert-Allee 118, 53113 Bonn\n", "Friedrich-Ebert-Allee 118, 53113 Bonn"),
    ],
)
def test_european_street_forms(text: str, value: str) -> None:
    got = [v for t, v in found(text) if t == "ADDRESS"]
    assert any(value in v or v in value for v in got), got


def test_an_eircode_shape_without_a_street_is_no_address() -> None:
    assert "ADDRESS" not in types("Router model V12 AB3C, firmware line D04 X7K2 shipped.\n")


# ------------------------------------------------- clinical assertion
def test_fhir_condition_refuted_by_its_text_is_no_diagnosis() -> None:
    text = (
        '{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", "id": "p1", "birthDate": '
        '"1979-02-11"}}, {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, '
        '"code": {"text": "acute appendicitis"}, "subject": {"reference": "Patient/p1"}}}]}'
    )
    assert "DIAGNOSIS" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient : Gaspard Lemoinier  MRN 4471120\nThrombose veineuse profonde écartée.\n",
        "Patient: Gaspard Lemoinier  MRN 4471120\nBefund: Lungenembolie ausgeschlossen.\n",
        "Patient: Gaspard Lemoinier  MRN 4471120\nTrombosis venosa profunda descartada.\n",
    ],
)
def test_condition_ruled_out_after_it_in_other_languages(text: str) -> None:
    assert "DIAGNOSIS" not in types(text)


def test_an_intensifier_makes_a_condition_a_figure() -> None:
    text = "From: r.kestrelton@example.net\n\nThe spreadsheet gave me a total migraine.\n"
    assert "DIAGNOSIS" not in types(text)


def test_drug_in_an_unticked_item_and_drug_in_an_adjective_are_no_medications() -> None:
    text = (
        "Patient: Ilse Marwood   MRN: HX-408812\n"
        "History: [ ] Seizures  [ ] Blood thinners (warfarin, apixaban)  [x] Asthma\n"
        "PMH: T2DM (insulin-requiring)\n"
    )
    got = found(text)
    assert not any(t == "MEDICATION" for t, _ in got)
    assert ("DIAGNOSIS", "Asthma") in got


def test_a_fixed_dose_combination_is_one_medication() -> None:
    text = "Patient: Ilse Marwood   MRN: HX-408812\nPlan: continue buprenorphine-naloxone 8 mg SL daily.\n"
    assert [v for t, v in found(text) if t == "MEDICATION"] == ["buprenorphine-naloxone"]


def test_inline_family_history_is_not_the_patients() -> None:
    text = "Patient: Ilse Marwood   MRN: HX-408812\nEye conditions: cataract; family hx glaucoma (father)\n"
    assert ("DIAGNOSIS", "glaucoma") not in found(text)


def test_fit_note_names_a_condition_in_an_email() -> None:
    text = (
        "From: a.manager@example-hauliers.co.uk\n\nDervla has sent a fit note: sciatica, signed off for three weeks.\n"
    )
    assert ("DIAGNOSIS", "sciatica") in found(text)


def test_operative_diagnosis_label_names_an_unlisted_condition() -> None:
    text = "Patient: Bartholomew Quaintance   MRN: 60218841\nPreoperative diagnosis: left femoral hernia\n"
    assert any(t == "DIAGNOSIS" and "hernia" in v for t, v in found(text))


# ------------------------------------------------- identifiers
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("desk=3 id_type=DL(NH) 07XQM41823 checked_by=GUARD12\n", "07XQM41823"),
        ("desk=3 id_type=STATE_ID issuing=IDAHO number=KQ551204T checked_by=GUARD07\n", "KQ551204T"),
        ("desk=1 id_type=DL id_state=KS id_no=K08816624 checked_by=GUARD07\n", "K08816624"),
        ("Ehliyet no: 408817\n", "408817"),
        ("Sürücü belgesi (ehliyet) no: 127940  — Türkiye\n", "127940"),
    ],
)
def test_licences_in_log_fields_and_turkish_labels(text: str, value: str) -> None:
    assert ("DRIVER_LICENSE", value) in found(text)


def test_glucose_unit_before_a_bracket_is_no_licence_label() -> None:
    assert "DRIVER_LICENSE" not in types("glucose 5.4 mg/dL(fasting) 123456789\n")


def test_a_us_passport_label_types_the_number_us() -> None:
    assert ("US_PASSPORT", "561204873") in found("Residence: Portugal\nUS passport number: 561204873\n")


def test_greek_passport_label() -> None:
    assert ("PASSPORT", "AN4471902") in found("Αριθμός διαβατηρίου: AN4471902\n")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geb.: 14.06.1971\nKasse: BKK Mittelrhein   Vers.-Nr.: K210044871\n", "K210044871"),
        ("Diagnosi: asma\nN. tessera assicurato: MUT-00417729\n", "MUT-00417729"),
        ("Patient : Ana Lobo\nN° d'adhérent mutuelle : HM-2093318\n", "HM-2093318"),
        ("Primary insurance: State Medicaid   Member ID: QX40719T\n", "QX40719T"),
    ],
)
def test_health_plan_labels_of_more_languages_and_mixed_ids(text: str, value: str) -> None:
    assert ("HEALTH_PLAN_ID", value) in found(text)


def test_car_insurance_number_is_no_health_plan_id() -> None:
    assert "HEALTH_PLAN_ID" not in types("Kfz-Versicherung Vers.-Nr.: 88123456 Auto\n")


def test_mbi_in_a_member_column_is_an_mbi() -> None:
    text = "claim_id,patient,member_id,payer\nC-1,Hollis Wembury,4TE7YH2KT63,Medicare Part A\n"
    assert ("US_MBI", "4TE7YH2KT63") in found(text)


# ------------------------------------------------- phones
def test_msisdn_columns_hold_national_numbers() -> None:
    text = (
        "record_id,a_msisdn,b_msisdn,imsi\n"
        "1,0612345678,+31201234567,204080123456789\n"
        "2,+447911123456,0612345679,204080123456790\n"
    )
    got = found(text)
    assert ("PHONE", "0612345678") in got
    assert ("PHONE", "0612345679") in got


@pytest.mark.parametrize("text", ["[Call ID 4155550123 | queue RETENTION]\n", "call_ref=2125550149 routed to IVR\n"])
def test_a_calls_identifier_is_no_phone(text: str) -> None:
    assert "PHONE" not in types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vous pouvez me joindre au 06.45.12.78.33 après 18h.\n", "06.45.12.78.33"),
        ("Ik ben bereikbaar op 06-41239876.\n", "06-41239876"),
        ("Contact: 020 555 0143\n", "020 555 0143"),
    ],
)
def test_phone_cues_of_french_dutch_and_a_contact_label(text: str, value: str) -> None:
    assert ("PHONE", value) in found(text)


def test_a_contact_label_before_a_name_is_no_phone() -> None:
    assert "PHONE" not in types("Contact: Marguerite Olin, 2025-03-04\n")


def test_release_notes_about_alerts_and_patients_in_general_name_nobodys_condition() -> None:
    text = (
        "EHR release 24.2 notes\n- New alert for acute kidney injury when creatinine rises.\n"
        "- The order set for pneumonia now defaults to the shorter course.\n"
        "- Dosing calculator warns for patients on apixaban with low weight.\n"
        "Questions: informatics-desk@example-health.org\n"
    )
    assert not types(text) & {"DIAGNOSIS", "MEDICATION"}


# ------------------------------------------------- a business's address; the INN stem -prost
@pytest.mark.parametrize(
    "text",
    [
        "Member services: 1-800-413-2290\nSend claims to: PO Box 72210 Omaha, NE 68172\n",
        "Remit to: 4100 Commerce Pkwy, Omaha, NE 68114\n",
    ],
)
def test_where_a_business_asks_for_claims_or_payments_is_no_ones_address(text: str) -> None:
    assert "ADDRESS" not in types(text)


def test_a_home_po_box_still_stands() -> None:
    assert ("ADDRESS", "PO Box 72210 Omaha, NE 68172") in found("Mailing address: PO Box 72210 Omaha, NE 68172\n")


def test_prostaglandin_stem_names_a_drug() -> None:
    text = "Patient: Evander Quayle   MRN: MX-550127\nGlaucoma OU; drops: bimatoprost 0.01% 1 gtt qHS.\n"
    assert ("MEDICATION", "bimatoprost") in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("THE TENANT: Aoife Brennock of 12 Bóthar an Chaisleáin, Co. Mhaigh Eo F23 XR61\n", "F23 XR61"),
        ("Correspondence:\n7 Sráid na hAbhann\nTralee V92 H3T6\n", "7 Sráid na hAbhann\nTralee V92 H3T6"),
    ],
)
def test_eircode_after_a_county_or_under_the_street(text: str, value: str) -> None:
    assert any(t == "ADDRESS" and value in v for t, v in found(text))


def test_a_label_padded_into_a_column_reads_its_value() -> None:
    text = "Mobile                             : 9123 4417\nMonthly salary                     : 5200\n"
    assert ("PHONE", "9123 4417") in found(text)


@pytest.mark.parametrize(
    "text", ["workflow step state_id=48213 status=ok\n", '{"state_id": 48213, "name": "Texas", "abbr": "TX"}\n']
)
def test_a_state_id_of_software_or_a_table_of_states_is_no_licence(text: str) -> None:
    assert "DRIVER_LICENSE" not in types(text)
