#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy30.jsonl``: a development set for structured identifiers as other systems write them
(issue 13, fourteenth pass): a patient's record number as an audit log's ``patient=`` key and under a record or
clinic number label with a qualifier; member numbers of a gym or a stadium in tables that name no health plan;
UK bank accounts as payment logs, HTML statements, payroll columns and sentences write them; message ids of
mail headers and logs, which are no mailboxes.

Written by hand for issue 13 (helper "accuracy30"), each document before the rule it exercises was written; the
names and numbers are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy30.jsonl")
doc = SET.doc

# ------------------------------------------------------------- record numbers as a log's key, labels with qualifiers
doc(
    "a30_ehr_audit_patient_key",
    "log",
    """\
2026-02-03T08:14:22Z ehr-audit user=mkowal role=nurse action=OPEN patient=[[MEDICAL_RECORD_NUMBER|RVH-0042871]] ward=4B
2026-02-03T08:15:09Z ehr-audit user=mkowal role=nurse action=PRINT patient=[[MEDICAL_RECORD_NUMBER|RVH-0042871]] ward=4B
2026-02-03T09:02:51Z ehr-audit user=tokafor role=physio action=VIEW patient=[[MEDICAL_RECORD_NUMBER|00418822]] ward=GYM
2026-02-03T09:40:17Z ehr-audit user=svc-sync role=system action=EXPORT patient=[[MEDICAL_RECORD_NUMBER|M7730215]] target=registry
2026-02-03T09:41:00Z fhir-proxy GET /fhir/Observation?patient=Patient/7781 status=200
2026-02-03T09:44:12Z trial-sync study=CARD-204 subject=044-0107 visit=V3
""",
)
doc(
    "a30_lims_paciente_paziente",
    "log",
    """\
lims[2204]: muestra=SM-22-004187 paciente=[[MEDICAL_RECORD_NUMBER|HCL-2291847]] prueba=hemograma estado=validada
lims[2204]: muestra=SM-22-004188 paciente=[[MEDICAL_RECORD_NUMBER|HCL-2291901]] prueba=ferritina estado=pendiente
lab-it[88]: campione=C-77120 paziente=[[MEDICAL_RECORD_NUMBER|0093371458]] esame=creatinina stato=refertato
""",
)
doc(
    "a30_occupational_health_record_no",
    "clinical_note",
    """\
OCCUPATIONAL HEALTH — FITNESS FOR WORK REVIEW
Employee: [[PERSON|Rhiannon Pugh]]    Occupational health record no.: [[MEDICAL_RECORD_NUMBER|OHS-44812]]
Hospital record no: [[MEDICAL_RECORD_NUMBER|7718204]]
Reviewed after a period of absence; fit for adjusted duties for four weeks.
""",
)
doc(
    "a30_clinic_no_letter",
    "free_text",
    """\
Dear Dr [[PERSON|Hallam]],
Re: [[PERSON|Tendai Moyo]], born 1961, clinic no. [[MEDICAL_RECORD_NUMBER|88214073]]
Thank you for referring this gentleman; I saw him in the lipid clinic today.
Yours sincerely,
[[PERSON|Eilidh Ross]]
""",
)
doc(
    "a30_record_no_letters_inside",
    "clinical_note",
    """\
Sports medicine clinic — pre-season screening
Athlete: [[PERSON|Kwabena Asante]]
Medical record no.: [[MEDICAL_RECORD_NUMBER|KSW-A21-00918]]
ECG normal; cleared to train.
""",
)
doc(
    "a30_record_no_other_registers",
    "free_text",
    """\
Checklist for the file transfer:
Criminal record no.: CRO-2291/19 (disclosure certificate, not retained)
Personnel record no.: 004412
Training record no. 88120 signed off by the supervisor.
Land registry record no.: 2024-88123
""",
)

# ------------------------------------------------------------------- member numbers in tables naming no health plan
doc(
    "a30_class_attendance",
    "tsv",
    """\
session_date\tmember_no\tstudio\tclass\tcoach\tcheck_in
2026-01-12\tSW-0081123\tStudio 2\tPilates\tCoach 4\t07:58
2026-01-12\tSW-0081190\tStudio 2\tPilates\tCoach 4\t08:01
2026-01-12\tSW-0079452\tPool\tAqua-fit\tCoach 1\t09:30
""",
)
doc(
    "a30_turnstile_log",
    "csv",
    """\
gate,scanned_at,ticket,result,membership_number
G3,2026-02-14 14:02:11,TX-449210,OK,SEA-000814
G3,2026-02-14 14:02:19,TX-449211,OK,SEA-001275
G5,2026-02-14 14:20:40,TX-449298,REJECTED,SEA-000814
""",
)
doc(
    "a30_member_plan_table",
    "csv",
    """\
member_id,plan,relationship,coverage_start
[[HEALTH_PLAN_ID|QHX4471092]],Gold PPO,self,2026-01-01
[[HEALTH_PLAN_ID|QHX4471093]],Gold PPO,spouse,2026-01-01
""",
)
doc(
    "a30_member_claims_table",
    "csv",
    """\
member_no,claim_ref,amount,status
[[HEALTH_PLAN_ID|WB20041877]],CLM-88120,120.00,paid
[[HEALTH_PLAN_ID|WB20041902]],CLM-88121,64.50,denied
""",
)

doc(
    "a30_gym_member_profile_health_flags",
    "json",
    """\
{
  "member_no": "FX-2290417",
  "name": "[[PERSON|Beatriz Lozano]]",
  "site": "Canal Street Leisure Centre",
  "locker": 212,
  "induction": {"par_q_yes": true, "notes": "[[DIAGNOSIS|asthma]], carries [[MEDICATION|salbutamol]] inhaler"}
}
""",
)
doc(
    "a30_insurer_member_profile_conditions",
    "json",
    """\
{"member": {"member_no": "[[HEALTH_PLAN_ID|QHX8812093]]", "name": "[[PERSON|Tobias Brandt]]", "employer": "Kestrel Logistics",
 "notes": "Pre-authorisation for knee arthroscopy approved; history of [[DIAGNOSIS|gout]], on [[MEDICATION|allopurinol]]"}}
""",
)

# ------------------------------------------------------------------------------------------------ UK bank accounts
doc(
    "a30_payments_log_debtor_creditor",
    "log",
    """\
2026-03-02T10:00:01Z bacs-out batch=7712 e2e=PAY-22817 amt=1250.00 dbtr_sc=204514 dbtr_acct=[[UK_BANK_ACCOUNT|31926819]] cdtr_sc=401276 cdtr_acct=[[UK_BANK_ACCOUNT|55102938]] status=ACSC
2026-03-02T10:00:02Z bacs-out batch=7712 e2e=PAY-22818 amt=89.99 dbtr_sc=204514 dbtr_acct=[[UK_BANK_ACCOUNT|31926819]] cdtr_sc=309634 cdtr_acct=[[UK_BANK_ACCOUNT|12093388]] status=RJCT
""",
)
doc(
    "a30_payee_json_camel",
    "json",
    """\
{"payee": {"name": "[[PERSON|Gethin Lloyd]]", "sortCode": "401276", "accountNumber": "[[UK_BANK_ACCOUNT|55102938]]"}, "amount": 300}
""",
)
doc(
    "a30_statement_html_nbsp",
    "html",
    """\
<div class="acct">
<p>[[PERSON|Imogen Clarke]]</p>
<p>Sort code 20-45-14&nbsp;&nbsp;Account [[UK_BANK_ACCOUNT|31926819]]</p>
<p>Closing balance &pound;1,204.33</p>
</div>
""",
)
doc(
    "a30_sort_code_and_account_sentence",
    "email",
    """\
Hi [[PERSON|Dafydd]],
Please send the refund to my current account: my sort code is [[UK_BANK_ACCOUNT|30-96-41 and account 11203348]].
Thanks,
[[PERSON|Ffion Hughes]]
""",
)
doc(
    "a30_payroll_bank_details_column",
    "csv",
    """\
staff_no,name,bank_details,pay_date
3301,[[PERSON|Olusegun Adeyemi]],[[UK_BANK_ACCOUNT|40-12-19 55102938]],2026-03-27
3302,[[PERSON|Mared Evans]],[[UK_BANK_ACCOUNT|20-45-14 31926819]],2026-03-27
""",
)

# -------------------------------------------------------------------------------- message ids are no mailboxes
doc(
    "a30_message_ids",
    "email",
    """\
From: [[PERSON|Priya Raman]] <[[EMAIL|priya.raman@fastmail.co.uk]]>
Message-ID: <CAF4x9=Qm2pLr7@mail.gmail.com>
In-Reply-To: <20260214090241.7F2C1A0B3@mx1.harbourmail.net>
References: <20260214090241.7F2C1A0B3@mx1.harbourmail.net>
Subject: Re: booking

Thanks, see you Tuesday.
""",
)
doc(
    "a30_mail_log_message_id",
    "log",
    """\
Mar  4 09:02:41 mx1 postfix/cleanup[4412]: 3F2A91B0C4: message-id=<20260304090241.3F2A91B0C4@mx1.harbourmail.net>
Mar  4 09:02:42 mx1 postfix/smtp[4415]: 3F2A91B0C4: to=<[[EMAIL|g.lloyd@btinternet.com]]>, relay=mx.btinternet.com, status=sent
""",
)

# ------------------------------------------------------------------- a reference under a passport heading
doc(
    "a30_passport_heading_then_references",
    "form",
    """\
RIGHT TO RENT — PASSPORT CHECK
Case file: 22/0418   Council ref: K4471902/03   Agent reference: HX2290417
Tenant: [[PERSON|Wanjiru Kamau]]    Nationality: Kenyan
Passport no.: [[PASSPORT|AK4021887]]
""",
)

# --------------------------------------------------------- an NHS number that fails its check is no phone
doc(
    "a30_invalid_nhs_number_not_a_phone",
    "free_text",
    """\
Data quality note: two referrals carried an NHS no. 612 774 3091 that fails the modulus 11 check, and one an
NHS number: 401-220-7785 typed from a fax. Both were returned to the GP practice for correction.
""",
)

# --------------------------------------------------------- an international number with its trunk "(0)"
doc(
    "a30_international_with_trunk_zero",
    "email",
    """\
Hello,
If I am out, please ring my son on [[PHONE|+44 (0)113 440 2991]] or my own line, [[PHONE|+44 (0) 1632 770 412]].
Kind regards,
[[PERSON|Margery Oduya]]
""",
)

if __name__ == "__main__":
    SET.write()
