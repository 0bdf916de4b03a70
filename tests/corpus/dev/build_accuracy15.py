#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy15.jsonl``: a development set for phones, addresses, identifiers, clinical assertion and
clean documents (issue 13, eighth pass).

Written by hand for issue 13 (helper "accuracy15"), each document before the rule it exercises was written; the
names, numbers, streets, drugs and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy15.jsonl")
doc = SET.doc

# ------------------------------------------------ numbers reserved for fiction, called test values where they stand

doc(
    "a15_phone_fixture_config",
    "free_text",
    """\
integration:
  sms_gateway: eu-west
  fixtures:
    subscriber_msisdn: "+44 7700 900417"   # reserved drama number
    landline_sample: "020 7946 0381"
""",
)
doc(
    "a15_phone_docs_example",
    "free_text",
    """\
How to register: enter your mobile number, for example (415) 555-0172, and wait for the code.
Our test line +61 491 570 110 answers with a recorded message.
""",
)
doc(
    "a15_phone_reserved_in_a_record",
    "free_text",
    """\
Next of kin: [[PERSON|Ingrid Solvang]] (sister), mobile [[PHONE|07700 900654]]
Alternate: [[PHONE|(312) 555-0148]]
""",
)

# ------------------------------------------------ dotted quads after a firmware word

doc(
    "a15_ip_baseband_versions",
    "log",
    """\
2025-03-02T10:11:12Z updater INFO radio baseband 12.61.44.70 applied
2025-03-02T10:11:14Z updater INFO bootloader 15.52.80.3 verified
2025-03-02T10:11:20Z updater INFO uplink from [[IP_ADDRESS|172.20.14.9]] ok
""",
)
doc(
    "a15_ip_receiver_version",
    "free_text",
    """\
Workstation check: viewer rcvr 22.12.1.48 installed, session host [[IP_ADDRESS|10.61.200.17]].
""",
)

# ------------------------------------------------ US rural routes, highway contracts and unit designators (USPS Pub 28)

doc(
    "a15_addr_rural_route_note",
    "clinical_note",
    """\
Patient: [[PERSON|Corliss Amberfield]]   DOB: [[DATE_OF_BIRTH|04/19/1951]]
Home: [[ADDRESS|Rural Route 4, Box 221
Harlan, IA 51537]]
Alternate mailing: [[ADDRESS|HC 61 Box 30]]
""",
)
doc(
    "a15_addr_route_box_csv",
    "csv",
    """\
acct,holder,mail_addr,zip_chk
A-2210,[[PERSON|DELPHINE QUARRELS]],"[[ADDRESS|RR 2 BOX 88 MOUNT AYR, IA 50854]]",ok
A-2214,[[PERSON|OSWIN TADROS]],"[[ADDRESS|4410 S JUNIPER WAY LOT 22 YUMA, AZ 85365]]",ok
A-2219,[[PERSON|MARISOL VENTRY]],"[[ADDRESS|88 E CACTUS RD SPC 7 TEMPE, AZ 85281]]",ok
""",
)
doc(
    "a15_addr_units_in_chat",
    "chat",
    """\
[[PERSON|Teodora Blaylock]] (member) 09:12: we moved, new place is [[ADDRESS|2750 W Canyon Rd Trlr 14 Farmington, NM 87401]]
[[PERSON|Quincy Adebanjo]], agent 09:14: Thanks, updated.
""",
)
doc(
    "a15_addr_mailbox_words",
    "free_text",
    """\
The shared mailbox 12 is full and the sandbox 3 reset; checkbox 4 was ticked by the script.
""",
)

# ------------------------------------------------ Irish Eircodes, Turkish streets, lettered house numbers, hyphenated streets

doc(
    "a15_addr_eircode_forms",
    "free_text",
    """\
Correspondence address: [[ADDRESS|17 Bóthar na Coille, Baile an Mhuilinn, Co. Mhaigh Eo, F12 K7P4]]
Previous address: [[ADDRESS|3 Willowbrook Grove, Castletroy, Limerick, V94 R2X8]]
""",
)
doc(
    "a15_addr_turkish_forms",
    "free_text",
    """\
Müşteri: [[PERSON|Berkay Sönmezler]]
Adres: [[ADDRESS|Gazi Mustafa Kemal Bulvarı No: 58 Daire 6, 06570 Çankaya/Ankara]]
İş adresi: [[ADDRESS|Şair Nedim Sok. No:14 D:3, 34357 Beşiktaş]]
""",
)
doc(
    "a15_addr_lettered_and_hyphenated",
    "free_text",
    """\
Residenza: [[ADDRESS|Via Pietro Colletta 41/C, 20135 Milano]]
Wohnanschrift laut Ausweis: [[ADDRESS|Friedrich-Ebert-Allee 118, 53113 Bonn]]
""",
)

# ------------------------------------------------ clinical assertion: refuted, ruled out after the term, figures, boxes

doc(
    "a15_dx_fhir_refuted_by_text",
    "json",
    """\
{"resourceType": "Bundle", "entry": [
  {"resource": {"resourceType": "Patient", "id": "p1", "name": [{"family": "[[PERSON|Oyelaran]]", "given": ["[[PERSON|Tamsin]]"]}], "birthDate": "[[DATE_OF_BIRTH|1979-02-11]]"}},
  {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, "code": {"text": "acute appendicitis"}, "subject": {"reference": "Patient/p1"}}},
  {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "confirmed"}, "code": {"text": "[[DIAGNOSIS|gout]]"}, "subject": {"reference": "Patient/p1"}}}
]}
""",
)
doc(
    "a15_dx_ruled_out_after_term",
    "clinical_note",
    """\
Patient : [[PERSON|Gaspard Lemoinier]]   Né le : [[DATE_OF_BIRTH|03/06/1958]]
Diagnostic : [[DIAGNOSIS|pneumopathie]]. Thrombose veineuse profonde écartée.
Befund: Lungenembolie ausgeschlossen.
""",
)
doc(
    "a15_dx_intensifier_figure",
    "email",
    """\
From: [[EMAIL|r.kestrelton@example.net]]
Subject: quarter close

The audit week was an absolute nightmare and the spreadsheet gave me a total headache.
""",
)
doc(
    "a15_med_unticked_item_and_adjective",
    "clinical_note",
    """\
Patient: [[PERSON|Ilse Marwood]]   MRN: [[MEDICAL_RECORD_NUMBER|HX-408812]]
History: [ ] Seizures  [ ] Blood thinners (warfarin, apixaban)  [x] [[DIAGNOSIS|Asthma]]
PMH: [[DIAGNOSIS|T2DM]] (insulin-requiring), [[DIAGNOSIS|steroid-induced hyperglycaemia]]
Plan: start [[MEDICATION|amoxicillin/clavulanate]] 875 mg BID; continue [[MEDICATION|buprenorphine-naloxone]] 8 mg SL daily.
Family hx glaucoma (father).
""",
)
doc(
    "a15_dx_fit_note_and_labels",
    "email",
    """\
From: [[EMAIL|line.manager@northwick-hauliers.co.uk]]
To: [[EMAIL|people-team@northwick-hauliers.co.uk]]

[[PERSON|Dervla]] has sent a fit note: [[DIAGNOSIS|sciatica]], signed off for three weeks.
""",
)
doc(
    "a15_dx_operative_labels",
    "clinical_note",
    """\
OPERATIVE NOTE   Patient: [[PERSON|Bartholomew Quaintance]]   MRN: [[MEDICAL_RECORD_NUMBER|60218841]]
Preoperative diagnosis: [[DIAGNOSIS|left femoral hernia]]
Postoperative diagnosis: same
Principal diagnosis: [[DIAGNOSIS|Alzheimer's dementia]]
""",
)

# ------------------------------------------------ identifiers: licences in log fields, state formats, labels of other languages

doc(
    "a15_dl_log_fields",
    "log",
    """\
2025-04-02T09:12:44Z desk=3 visitor="[[PERSON|Rosalind Achterberg]]" id_type=DL(NH) [[DRIVER_LICENSE|07XQM41823]] checked_by=GUARD12
2025-04-02T09:40:02Z desk=3 visitor="[[PERSON|Emeric Sandoval]]" id_type=STATE_ID issuing=IDAHO number=[[DRIVER_LICENSE|KQ551204T]] checked_by=GUARD07
2025-04-02T10:05:13Z desk=1 visitor="[[PERSON|Noor Vantongeren]]" id_type=DL id_state=KS id_no=[[DRIVER_LICENSE|K08816624]] checked_by=GUARD07
""",
)
doc(
    "a15_dl_turkish_label",
    "form",
    """\
Sigortalı: [[PERSON|Ozan Karabulutlu]]
Doğum tarihi: [[DATE_OF_BIRTH|02/11/1983]]
Ehliyet no: [[DRIVER_LICENSE|408817]]
""",
)
doc(
    "a15_passport_labels",
    "free_text",
    """\
US passport number: [[US_PASSPORT|561204873]] (holder resident in Portugal)
Αριθμός διαβατηρίου: [[PASSPORT|AN4471902]]
""",
)
doc(
    "a15_plan_ids_european_labels",
    "lab_report",
    """\
Patient: [[PERSON|Wiebke Stallmach]]   Geb.: [[DATE_OF_BIRTH|14.06.1971]]
Kasse: BKK Mittelrhein   Vers.-Nr.: [[HEALTH_PLAN_ID|K210044871]]
N. tessera assicurato: [[HEALTH_PLAN_ID|MUT-00417729]]
N° d'adhérent mutuelle : [[HEALTH_PLAN_ID|HM-2093318]]
Member ID: [[HEALTH_PLAN_ID|QX40719T]]
""",
)
doc(
    "a15_mbi_in_member_column",
    "csv",
    """\
claim_id,patient,member_id,payer
C-1,[[PERSON|Hollis Wembury]],[[US_MBI|4TE7YH2KT63]],Medicare Part A
C-2,[[PERSON|Priya Ramaswany]],[[HEALTH_PLAN_ID|ZGH448120193]],Commercial PPO
""",
)

# ------------------------------------------------ phones: MSISDN columns, call identifiers, prose cues of other languages

doc(
    "a15_phone_cdr_columns",
    "csv",
    """\
cdr_id,ts,calling_number,called_number,imsi,dur
9001,2025-06-01 10:00:01,[[PHONE|0612345678]],[[PHONE|+31201234567]],204080123456789,61
9002,2025-06-01 10:02:11,[[PHONE|0201234567]],[[PHONE|0031612345670]],204080123456790,12
9003,2025-06-01 10:04:40,[[PHONE|+447911123456]],[[PHONE|0612345679]],204080123456791,95
""",
)
doc(
    "a15_phone_call_identifiers",
    "chat",
    """\
[Call ID 4155550123 | queue RETENTION | agent 0417]
call_ref=2125550149 routed to IVR
""",
)
doc(
    "a15_phone_prose_cues",
    "email",
    """\
Bonjour, vous pouvez me joindre au [[PHONE|06.45.12.78.33]] après 18h.
Ik ben bereikbaar op [[PHONE|06-41239876]].
Contact: [[PHONE|020 555 0143]]
""",
)

# ------------------------------------------------ clean documents: release notes about alerts and patients in general

doc(
    "a15_dx_release_note_alerts",
    "free_text",
    """\
EHR release 24.2 notes
- New alert for acute kidney injury when creatinine rises 50% in 48 h.
- The order set for pneumonia now defaults to the shorter course.
- Dosing calculator warns for patients on apixaban with low weight.
Questions: [[EMAIL|informatics-desk@example-health.org]]
""",
)

# ------------------------------------------------ a business's address for claims and payments; INN stem -prost

doc(
    "a15_addr_claims_and_remit_to",
    "free_text",
    """\
Plan: Crestline Health PPO
Member: [[PERSON|Josefina Arkwright]]   Member ID: [[HEALTH_PLAN_ID|WQK448210377]]
Member services: [[PHONE|1-800-413-2290]]
Send claims to: PO Box 72210 Omaha, NE 68172
Remit to: 4100 Commerce Pkwy, Omaha, NE 68114
""",
)
doc(
    "a15_med_prost_stem",
    "clinical_note",
    """\
Patient: [[PERSON|Evander Quayle]]   MRN: [[MEDICAL_RECORD_NUMBER|MX-550127]]
[[DIAGNOSIS|Glaucoma]] OU; drops: [[MEDICATION|bimatoprost]] 0.01% 1 gtt qHS, switched from [[MEDICATION|travoprost]].
""",
)

# ------------------------------------------------ Eircodes after a county or under the street; labels padded into a column

doc(
    "a15_addr_eircode_layouts",
    "free_text",
    """\
THE TENANT: [[PERSON|Aoife Brennock]] of [[ADDRESS|12 Bóthar an Chaisleáin, Co. Mhaigh Eo F23 XR61]]
Correspondence:
[[ADDRESS|7 Sráid na hAbhann
Tralee V92 H3T6]]
""",
)
doc(
    "a15_phone_padded_label",
    "form",
    """\
Name                               : [[PERSON|Teo Wei Ling]]
Mobile                             : [[PHONE|9123 4417]]
Monthly salary                     : 5200
""",
)

if __name__ == "__main__":
    SET.write()
