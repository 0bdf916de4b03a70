#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy22.jsonl``: a development set for birth dates and identifiers as other writers write them
(issue 13, eleventh pass): East Asian calendar dates and birth-date labels of more languages, a birth year alone
where only the year is known, "(b. ...)" after a name, an audit trail's old and new birth date, CDISC SDTM's
BRTHDTC, labels as OCR misreads them, a birth date in a URL's query, and pharmacy benefit (NCPDP) cardholder ids.

Written by hand for issue 13 (helper "accuracy22"), each document before the rule it exercises was written; the
names, numbers and dates are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy22.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ East Asian dates and labels of more languages
doc(
    "a22_cjk_referral",
    "free_text",
    """\
紹介状 / Referral letter
患者 / Patient: [[PERSON|Hanako Yamamoto]]
生年月日：[[DATE_OF_BIRTH|1968年3月4日]]
Reason: follow-up of [[DIAGNOSIS|hypothyroidism]]
""",
)
doc(
    "a22_cjk_zh_ko",
    "form",
    """\
入院登记 Admission
姓名 Name: [[PERSON|Li Wei]]
出生日期: [[DATE_OF_BIRTH|1990年12月1日]]

환자 등록 / Registration
이름: [[PERSON|Kim Min-jun]]
생년월일: [[DATE_OF_BIRTH|1985년 7월 22일]]
""",
)
doc(
    "a22_more_languages",
    "form",
    """\
FORMULIR PENDAFTARAN
Nama lengkap: [[PERSON|Siti Rahmawati]]
Tanggal Lahir: [[DATE_OF_BIRTH|17-08-1979]]

Họ và tên: [[PERSON|Nguyen Thi Lan]]
Ngày sinh: [[DATE_OF_BIRTH|02/09/1983]]

ФИО: [[PERSON|Irina Volkova]]
Дата рождения: [[DATE_OF_BIRTH|14.03.1961]]
""",
)

# ------------------------------------------------------------------ a birth year alone, where only the year is known
doc(
    "a22_year_only",
    "form",
    """\
ARRIVALS DESK — INITIAL REGISTRATION
Name: [[PERSON|Yusuf Abdi Warsame]]
Date of birth: [[DATE_OF_BIRTH|1971]] (exact date not known)
Accompanied by: [[PERSON|Hodan Warsame]], DOB [[DATE_OF_BIRTH|2012]]
Year of arrival: 2024
""",
)
doc(
    "a22_year_only_json",
    "json",
    """\
{"people": [{"full_name": "[[PERSON|Ivo Brandt]]", "birth_date": "[[DATE_OF_BIRTH|1988]]"}, {"full_name": "[[PERSON|Leni Brandt]]", "birth_date": "[[DATE_OF_BIRTH|2015-04-09]]"}]}
""",
)
doc(
    "a22_year_not_birth",
    "free_text",
    """\
Cohort summary (no individual data): year of birth is reported in five-year bands only.
Born 1950-1954: 12 participants; born 1955-1959: 9 participants. DOB fields were removed in 2023.
""",
)

# ------------------------------------------------------------------ "(b. ...)" after a name
doc(
    "a22_born_abbrev",
    "free_text",
    """\
Household: [[PERSON|Amara Osei]] (b. [[DATE_OF_BIRTH|14/02/2011]]) and her brother [[PERSON|Kofi Osei]] (b. [[DATE_OF_BIRTH|2014]]) live with their aunt.
""",
)

# ------------------------------------------------------------------ an audit trail's old and new birth date
doc(
    "a22_audit_trail",
    "log",
    """\
2025-03-02T10:11:12Z audit user=kf2 subject=1044 field=dob old=[[DATE_OF_BIRTH|1970-01-02]] new=[[DATE_OF_BIRTH|1971-01-02]] reason=transcription
2025-03-02T10:14:40Z audit user=kf2 subject=1044 field=weight old=71 new=72 reason=transcription
""",
)
doc(
    "a22_dob_corrected",
    "email",
    """\
Subject: correction to the record

Hi, please correct the DOB for [[PERSON|Maren Lund]] from [[DATE_OF_BIRTH|03/04/1980]] to [[DATE_OF_BIRTH|04/03/1980]] (day and month swapped).
""",
)
doc(
    "a22_sdtm_dm",
    "csv",
    """\
STUDYID,DOMAIN,USUBJID,BRTHDTC,SEX,COUNTRY
ZX-101,DM,ZX-101-0007,[[DATE_OF_BIRTH|1962-11-30]],M,FRA
ZX-101,DM,ZX-101-0012,[[DATE_OF_BIRTH|1977-05-08]],F,ESP
""",
)
doc(
    "a22_sdtm_query",
    "log",
    """\
[EDC] query opened: subject ZX-101-0007 DM.BRTHDTC = [[DATE_OF_BIRTH|1962-11-30]] does not match source
""",
)

# ------------------------------------------------------------------ labels as OCR misreads them
doc(
    "a22_ocr_labels",
    "form",
    """\
TENANCY AGREEMENT (scanned)
Tenant: [[PERSON|Marta Kowalczyk]]
Date 0f Birth: [[DATE_OF_BIRTH|12/05/1977]]
Social Security Nurnber: [[US_SSN|521-44-7810]]
""",
)

# ------------------------------------------------------------------ a birth date in a URL's query
doc(
    "a22_url_query",
    "log",
    """\
[[IP_ADDRESS|10.0.4.7]] - - [02/Mar/2025:10:11:12 +0000] "GET /api/v1/patients/search?last=moreau&dob=[[DATE_OF_BIRTH|1981-06-30]]&zip=02139 HTTP/1.1" 200 512
[[IP_ADDRESS|10.0.4.7]] - - [02/Mar/2025:10:11:13 +0000] "GET /api/v1/patients/search?dob=[[DATE_OF_BIRTH|1975-01-31]] HTTP/1.1" 200 498
""",
)

# ------------------------------------------------------------------ pharmacy benefit (NCPDP) cardholder ids
doc(
    "a22_ncpdp_log",
    "log",
    """\
2025-04-01 09:12:03 claim B1 rx=7720051 bin=004682 pcn=CN grp=ABC123 cardholder_id=[[HEALTH_PLAN_ID|ZX8812345601]] person=01 resp=P
2025-04-01 09:12:09 claim B1 rx=7720052 bin=610279 pcn=9999 grp=RX4410 cardholder=[[HEALTH_PLAN_ID|W448120937]] person=02 resp=R 75
""",
)
doc(
    "a22_ncpdp_tsv",
    "tsv",
    """\
rx_no\tbin\tpcn\tgroup\tcardholder_id\tperson_code\tpatient\treject
7720051\t004682\tCN\tABC123\t[[HEALTH_PLAN_ID|ZX8812345601]]\t01\t[[PERSON|Oren Falk]]\t75
7720053\t610279\t9999\tRX4410\t[[HEALTH_PLAN_ID|W448120937]]\t02\t[[PERSON|Ines Falk]]\t79
""",
)
doc(
    "a22_card_not_health",
    "log",
    """\
2025-04-01 09:12:03 payment ok cardholder=[[PERSON|Oren Falk]] amount=12.40 merchant=4471 auth=773201
""",
)

# ------------------------------------------------------------------ passports labelled in more languages
doc(
    "a22_passport_languages",
    "free_text",
    """\
Interpreter's note: client [[PERSON|Aziz Rahimi]] read out his details.
رقم جواز السفر: [[PASSPORT|P04417723]]
Nimewo paspò: [[PASSPORT|RH4410271]]
Số hộ chiếu: [[PASSPORT|C7781204]]
Номер паспорта: [[PASSPORT|751234567]]
UNHCR case no.: 712-22C01933 (not a passport)
""",
)

# ------------------------------------------------------------------ a hand-kept sheet's headers
doc(
    "a22_handkept_sheet",
    "csv",
    """\
Name,DOB (dd/mm/yyyy),Passport No (if any),Follow up!!
[[PERSON|Rahel Tesfaye]],[[DATE_OF_BIRTH|04/09/1987]],[[PASSPORT|EP2231907]],call back Tue
[[PERSON|Dawit Tesfaye]],[[DATE_OF_BIRTH|19/01/2015]],none,school place?
""",
)

# ------------------------------------------------------------------ "NI" as a key or a short label
doc(
    "a22_ni_key",
    "log",
    """\
batch 7 row 88: matched claimant ODUYA, Femi dob=[[DATE_OF_BIRTH|1969-10-21]] ni=[[UK_NATIONAL_INSURANCE_NUMBER|JT604418C]] award=weekly
batch 7 row 91: REJECT ni=ZZ999999Z (placeholder)
""",
)

# ------------------------------------------------------------------ people listed with birth dates in brackets
doc(
    "a22_listed_birth_dates",
    "free_text",
    """\
HOME VISIT 14.02.2025
Household: [[PERSON|Ines Carvalho]] (mother); children [[PERSON|Rui]] ([[DATE_OF_BIRTH|03.04.2016]]), [[PERSON|Tiago]] ([[DATE_OF_BIRTH|11.12.2019]]) and [[PERSON|Beatriz]] ([[DATE_OF_BIRTH|2021-07-30]]).
Reviewed by [[PERSON|Dr Salgado]] (12/03/2025). Next review (01/06/2025).
""",
)

# ------------------------------------------------------------------ a member id given in answer to a question
doc(
    "a22_member_id_answer",
    "chat",
    """\
Specialty pharmacy — inbound call
AGENT ([[PERSON|Priya]]): Thanks for calling the pharmacy refill line. Who am I speaking with?
CALLER: It's [[PERSON|Jonah Whitcombe]].
AGENT: Could you read me the member number on your prescription card?
CALLER: Sure, it's [[HEALTH_PLAN_ID|YKM440198273]].
AGENT: Thanks. Your copay for the refill is $10.
""",
)
doc(
    "a22_policy_answer_not_health",
    "chat",
    """\
Motor claims line
AGENT: What's your policy number, please?
CALLER: Okay, it's MTR-77120455.
AGENT: Thanks, I can see the windscreen claim.
""",
)

# ------------------------------------------------------------------ a birth-date column of a table inside a document
doc(
    "a22_household_table",
    "form",
    """\
TENANCY APPLICATION — SECTION 3: WHO WILL LIVE WITH YOU
Full name              | Relationship | DOB        | Moving in
[[PERSON|Liesl Ambrose]]          | Partner      | [[DATE_OF_BIRTH|22/06/1984]] | yes
[[PERSON|Noor Ambrose]]           | Daughter     | [[DATE_OF_BIRTH|03/03/2012]] | yes

Office use: checked 04/11/2024 by team B
""",
)
doc(
    "a22_fixed_width_extract",
    "log",
    """\
BENEFITS EXTRACT RUN 2025-02-01 06:00
SURNAME     FORENAME    DOB         SEX  POSTCODE
-------------------------------------------------
[[PERSON|ODUYA]]       [[PERSON|FEMI]]        [[DATE_OF_BIRTH|19691021]]    M    [[ADDRESS|LS6 2QT]]
[[PERSON|KOWALCZYK]]   [[PERSON|MARTA]]       [[DATE_OF_BIRTH|19770512]]    F    [[ADDRESS|M14 5RB]]
END OF EXTRACT 2 RECORDS
""",
)

if __name__ == "__main__":
    SET.write()
