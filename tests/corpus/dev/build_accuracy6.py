#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy6.jsonl``: a development set for identifiers, clinical text and contact values.

Written by hand for issue 13 (helper "accuracy6"), each document before the rule it exercises was written; the
names, numbers, payers and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``; decisions in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy6.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ CREDIT_CARD: published test numbers in a text about testing

doc(
    "a6_card_test_docs",
    "free_text",
    """\
## Trying the checkout locally

Switch the gateway to test mode and pay with one of these numbers:

| Scheme | Number | Outcome |
|---|---|---|
| Visa | 4000 0566 5566 5556 | approved (debit) |
| Mastercard | 5200 8282 8282 8210 | approved |
| Amex | 3714 496353 98431 | declined: insufficient funds |

Any future expiry date and any three-digit CVC work.
""",
)
doc(
    "a6_card_test_log",
    "log",
    """\
2025-02-03T10:11:12Z ci job=e2e-checkout env=staging step=pay card=4012888888881881 result=approved
2025-02-03T10:11:14Z ci job=e2e-checkout env=staging step=refund dummy card 4532 7153 3790 1245 result=ok
""",
)
doc(
    "a6_card_real_with_test_word",
    "email",
    """\
Hi team, the customer [[PERSON|Odalys Pemberton]] disputes a charge on her card [[CREDIT_CARD|4532 7153 3790 1245]].
Her bank ran a fraud test last week, so please check the dispute before Friday.
""",
)


# ------------------------------------------------------------------ DIAGNOSIS: conditions a plan covers are no one's
doc(
    "a6_dx_coverage_letter",
    "email",
    """\
Member: [[PERSON|Rosalind Achterberg]]
Member ID: [[HEALTH_PLAN_ID|QXJ558812094]] (Northmark Health PPO)

Your plan covers diabetes supplies, inhalers for asthma, and counselling for depression.
Covered conditions include chronic obstructive pulmonary disease, congestive heart failure and hypertension.
Exclusions: infertility treatment, bariatric surgery for obesity.
""",
)
doc(
    "a6_dx_benefit_summary",
    "free_text",
    """\
SUMMARY OF BENEFITS - Silverline Gold HMO
Eligible conditions for the care-management programme: asthma, heart failure, COPD, chronic kidney disease.
Not covered: cosmetic procedures; weight-loss drugs unless the member has type 2 diabetes.
Questions? Call member services at [[PHONE|1-888-555-0143]].
""",
)
doc(
    "a6_dx_coverage_and_own",
    "clinical_note",
    """\
Patient: [[PERSON|Tomasz Wierzbicki]]  MRN: [[MEDICAL_RECORD_NUMBER|4471203]]
Dx: [[DIAGNOSIS|type 2 diabetes mellitus]]; [[DIAGNOSIS|hypertension]].
Plan: continue [[MEDICATION|metformin]]. His plan covers CGM sensors for insulin-treated diabetes only.
""",
)


# ------------------------------------------------------------------ HEALTH_PLAN_ID: member ids printed in spaced groups
doc(
    "a6_plan_id_spaced",
    "free_text",
    """\
ELIGIBILITY CHECK
Subscriber: [[PERSON|Hallvard Rønningen]]
Medical insurance ID: [[HEALTH_PLAN_ID|ZXC 4412 8890 12]]   Group: 0098812
Payer: Tallgrass Health PPO   Copay: $25
""",
)
doc(
    "a6_plan_id_spaced_card",
    "free_text",
    """\
Front of card (scanned): Member ID: [[HEALTH_PLAN_ID|W2345 67890]]  Plan: Aster Health HMO  Rx BIN 610014
""",
)


# ------------------------------------------------------------------ IP_ADDRESS: networks are not hosts; a key names its first value
doc(
    "a6_ip_networks",
    "log",
    """\
resource "aws_security_group_rule" "office" {
  cidr_blocks = ["10.61.0.0/16", "172.30.8.0/21"]
}
allowlist: 192.168.50.0/24, 2001:db8:4400::/48
iface eth1 addr [[IP_ADDRESS|192.168.50.17]]/24 gw [[IP_ADDRESS|192.168.50.1]]
""",
)
doc(
    "a6_ip_after_key_words",
    "log",
    """\
Mar  2 07:14:09 edge-fw-2 kernel: session for 'ops' opened from [[IP_ADDRESS|198.51.100.23]], tunnel [[IP_ADDRESS|10.9.4.12]]
Mar  2 07:15:40 edge-fw-2 kernel: 5.15.0.91 loaded
""",
)


# ------------------------------------------------------------------ PHONE: national numbers written with their trunk "0", no label
doc(
    "a6_phone_trunk_notes",
    "clinical_note",
    """\
Next of kin: [[PERSON|Aroha Whitcombe]] (sister) [[PHONE|(09) 377 4410]]
Discharge plan discussed; ward reachable on [[PHONE|0113 496 0732]] overnight.
Carer is the son — best on [[PHONE|07700 900 461]] after 5pm.
""",
)
doc(
    "a6_phone_trunk_directory",
    "html",
    """\
<table><tr><th>Name</th><th>Role</th><th>Direct line</th></tr>
<tr><td>[[PERSON|Tamsin Okonkwo-Reid]]</td><td>Practice manager</td><td>[[PHONE|03 9123 4567]]</td></tr>
<tr><td>[[PERSON|Leopold Ferreira]]</td><td>Nurse</td><td>[[PHONE|(02) 8765 4321]]</td></tr></table>
""",
)
doc(
    "a6_phone_trunk_negatives",
    "csv",
    """\
ndc,generic,strength,tier
00378-1805-10,lisinopril,10 mg,1
60505-0141-01,atorvastatin,20 mg,1
""",
)


# ------------------------------------------------------------------ DIAGNOSIS: abbreviations, British spellings; queried, unticked, services, figures
doc(
    "a6_dx_abbreviations_uk",
    "clinical_note",
    """\
Hosp no: [[MEDICAL_RECORD_NUMBER|HX55120]]
PMH: [[DIAGNOSIS|T2DM]], [[DIAGNOSIS|HTN]], [[DIAGNOSIS|CKD 3b]], [[DIAGNOSIS|gastro-oesophageal reflux disease]].
Background of [[DIAGNOSIS|ischaemic heart disease]] and [[DIAGNOSIS|iron deficiency anaemia]]; new [[DIAGNOSIS|AKI]] on admission.
Imp: ?pulmonary oedema. Likely pneumonia vs viral illness.
2. Allergies: [[MEDICATION|co-amoxiclav]] (urticaria)
Follow-up: Heart failure clinic in 6/52; our diabetes nurse specialists will call.
""",
)
doc(
    "a6_dx_checkboxes",
    "free_text",
    """\
PATIENT QUESTIONNAIRE   Name: [[PERSON|Ottilie Brandvold]]   DOB: [[DATE_OF_BIRTH|02/11/1957]]
Have you ever had: [X] [[DIAGNOSIS|Asthma]]  [ ] Epilepsy  [ ] Stroke
Heart disease? [ ]   Kidney disease? [ ]
""",
)
doc(
    "a6_dx_figures_and_codes",
    "chat",
    """\
[08:02] [[PERSON|Imogen]]: month-end close is a migraine again
[08:03] [[PERSON|Teodor]]: agreed, a 'nightmare' and a 'migraine' rolled into one
[08:05] [[PERSON|Imogen]]: invoice to the Toronto office is 1,200 CAD, currency: CAD
""",
)
doc(
    "a6_dx_vaccination_de",
    "free_text",
    """\
Personalbogen [[PERSON|Jördis Albrecht]], Geburtsdatum: [[DATE_OF_BIRTH|14.03.1990]]
Impfstatus Hepatitis B: vollständig. Impfung gegen Masern: nachgewiesen.
""",
)


# ------------------------------------------------------------------ Identifiers: licences by state key, HL7 fields in logs, placeholders
doc(
    "a6_dl_state_keys",
    "log",
    """\
2025-04-02 10:14 PICKUP rx=7712093 id_checked=NV_DL:[[DRIVER_LICENSE|1204558173]] clerk=C12
2025-04-02 10:31 PICKUP rx=7712118 id_checked=WA_DL:[[DRIVER_LICENSE|WDLKQ7XZB2LM]] clerk=C12
""",
)
doc(
    "a6_dl_first_person",
    "email",
    """\
Hello, I left my wallet in the van. My licence is from Nevada, number [[DRIVER_LICENSE|1204558173]], and you can reach me at [[PHONE|(702) 555-0186]].
""",
)
doc(
    "a6_hl7_fields_in_log",
    "log",
    """\
2025-06-01T08:00:01Z [MLLP-IN] RECV ADT^A08 ctrl=99120 PID-3=[[MEDICAL_RECORD_NUMBER|K7730215]] PID-7=[[DATE_OF_BIRTH|19710309]]
2025-06-01T08:00:02Z [XSLT] WARN transform v4.2.11.902 skipped OBX-5
""",
)
doc(
    "a6_passport_placeholder",
    "free_text",
    """\
Data categories: identity data (passport number in the format AA0000000, national id number), contact data.
""",
)
doc(
    "a6_med_first_person_after",
    "chat",
    """\
[Secure message] [[PERSON|Halvard Strøm]] 3/2/2025 9:14pm
hi, the new [[MEDICATION|sertraline]] is making me really nauseous in the mornings, should i take it at night?
""",
)


# ------------------------------------------------------------------ Passports: airline DOCS, check-in log keys, YAML country fields
doc(
    "a6_passport_ssr_docs",
    "json",
    """\
{"pnr": "QX7T2L", "passengers": [
  {"name": "[[PERSON|OYELOWO/TEMITOPE]]", "ssr": [{"code": "DOCS", "text": "HK1/P/NGA/[[PASSPORT|B04418275]]/NGA/[[DATE_OF_BIRTH|09MAR84]]/F/11OCT31/OYELOWO/TEMITOPE"}]},
  {"name": "[[PERSON|HARTMANN/GRETCHEN]]", "ssr": [{"code": "DOCS", "text": "HK1/P/USA/[[US_PASSPORT|577102264]]/USA/[[DATE_OF_BIRTH|22JUL90]]/F/03FEB33/HARTMANN/GRETCHEN"}]}
]}
""",
)
doc(
    "a6_passport_checkin_keys",
    "log",
    """\
2025-05-11T22:14:03Z kiosk=3 CHECKIN guest="[[PERSON|Rangi Parata]]" doc_type=P nationality=NZL doc_no=[[PASSPORT|LN553102]] birth_date=[[DATE_OF_BIRTH|1979-02-28]]
""",
)
doc(
    "a6_passport_yaml_country",
    "free_text",
    """\
group_booking:
  - name: "[[PERSON|Saoirse Ní Mhurchú]]"
    passport_country: IE
    passport_no: "[[PASSPORT|PX4420913]]"
    dob: [[DATE_OF_BIRTH|1986-06-14]]
""",
)


# ------------------------------------------------------------------ MEDICATION/DIAGNOSIS: a record's labels name their items
doc(
    "a6_labelled_items_triage",
    "clinical_note",
    """\
ED TRIAGE   UR No.: [[MEDICAL_RECORD_NUMBER|7730912]]   DOB: [[DATE_OF_BIRTH|03/09/1961]]
PC: chest tightness. Background [[DIAGNOSIS|Meniere disease]], [[DIAGNOSIS|sarcoidosis]]. Meds: [[MEDICATION|Zelvoxa]], [[MEDICATION|Brontiva XR]]. NKDA.
Provisional diagnosis: [[DIAGNOSIS|costochondral strain]]. Rule out ACS.
Allergies: [[MEDICATION|cefuroxime]] (rash); peanuts (anaphylaxis)
""",
)
doc(
    "a6_labelled_items_log",
    "log",
    """\
2025-02-11 09:12 DISPENSE rx=4471209 pt="[[PERSON|OKAFOR, Chidinma]]" dob=[[DATE_OF_BIRTH|04/30/1972]] drug="[[MEDICATION|ZORVENTA]] 150" qty=30
""",
)
doc(
    "a6_labelled_items_negatives",
    "clinical_note",
    """\
MRN: [[MEDICAL_RECORD_NUMBER|5512098]]
Meds: none. Allergies: NKDA; latex (rash).
Diagnosis: pending. Problems: nil.
""",
)


# ------------------------------------------------------------------ HEALTH_PLAN_ID: EOBs, "<plan> member X", the card's id, other insurance
doc(
    "a6_plan_eob",
    "json",
    """\
{"eobId": "EOB88120934", "memberId": "[[HEALTH_PLAN_ID|QRT552019384]]", "provider": "Lakeside Family Medicine",
 "lines": [{"procedure": "99213", "planPaid": 88, "youOwe": 25}]}
""",
)
doc(
    "a6_plan_member_of_payer",
    "free_text",
    """\
Coverage: primary Medicare MBI [[US_MBI|4TE7-GH2-MK73]]; secondary Tallgrass Health member [[HEALTH_PLAN_ID|TGH44120983]].
""",
)
doc(
    "a6_plan_on_my_card",
    "email",
    """\
My claim was denied as 'member not found'. The member ID on my card is [[HEALTH_PLAN_ID|XKP55102934-01]] (Aster Health PPO, group 4410).
""",
)
doc(
    "a6_plan_travel_policy",
    "free_text",
    """\
TRAVEL INSURANCE - MEDICAL EXPENSES CLAIM
Policy no.: TRV-55120934
Incident: sprained ankle while hiking; clinic visit reimbursed.
""",
)


# ------------------------------------------------------------------ NHS after a bare "NHS"; birth dates month-first and compact
doc(
    "a6_nhs_bare_label",
    "email",
    """\
Subject: Routine referral - [[PERSON|HALLORAN]] - NHS [[UK_NHS_NUMBER|943 476 5919]]
Bed 4, hosp no [[MEDICAL_RECORD_NUMBER|RK220931]], NHS [[UK_NHS_NUMBER|401 023 2137]], DOB [[DATE_OF_BIRTH|12/05/1944]]
NHS England's helpline [[PHONE|0300 311 2233]] takes general questions.
""",
)
doc(
    "a6_dob_compact_month_first",
    "log",
    """\
2025-07-01T08:12:44Z kiosk=2 dl=[[DRIVER_LICENSE|B2291044]] state=AZ name="[[PERSON|QUINTERO,ALMA]]" dob=[[DATE_OF_BIRTH|04221979]] match=NEW_PATIENT
""",
)


# ------------------------------------------------------------------ MEDICATION: count doses with a site
doc(
    "a6_med_count_doses",
    "clinical_note",
    """\
MRN: [[MEDICAL_RECORD_NUMBER|6620913]]
Patient: [[PERSON|Brona Keaveney]]
S: Reports using [[MEDICATION|Nasoflor]] 2 sprays each nostril daily and [[MEDICATION|Ocupress]] 1 drop into each eye BD.
""",
)


if __name__ == "__main__":
    SET.write()
