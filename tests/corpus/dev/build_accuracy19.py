#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy19.jsonl``: a development set for identifiers and birth dates read by their formats'
specifications (issue 13, tenth pass): ICAO 9303 machine-readable zones (TD1, TD3, visas), compact airline dates
("07MAR81"), document-type fields beside a document number, telecom call records' numbers, a licence inside its
own JSON object.

Written by hand for issue 13 (helper "accuracy19"), each document before the rule it exercises was written; the
names, numbers and dates are made up here, none is taken from a tune document. MRZ check digits are computed
here (ICAO 9303 part 3: weights 7, 3, 1). Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy19.jsonl")
doc = SET.doc


def cd(field: str) -> str:
    """The ICAO 9303 check digit of a field."""
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else ord(ch) - 55 if ch.isalpha() else 0
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def td3_line2(number: str, nat: str, dob: str, sex: str, exp: str, kind: str = "PASSPORT") -> str:
    """A TD3 (or MRV-A) second line, marked: the number as ``kind`` (none when empty), the birth date."""
    num = number.ljust(9, "<")
    opt = "<" * 14
    composite = cd(num + cd(num) + dob + cd(dob) + exp + cd(exp) + opt + cd(opt))
    mark = f"[[{kind}|{number}]]" if kind else number
    return f"{mark}{num[len(number) :]}{cd(num)}{nat}[[DATE_OF_BIRTH|{dob}]]{cd(dob)}{sex}{exp}{cd(exp)}{opt}{cd(opt)}{composite}"


def td1_lines(code: str, issuer: str, number: str, dob: str, sex: str, exp: str, nat: str) -> str:
    """The first two lines of a TD1 identity card's zone, the birth date marked (the card number is no passport)."""
    num = number.ljust(9, "<")
    line1 = f"{code}{issuer}{num}{cd(num)}" + "<" * 15
    opt = "<" * 11
    composite = cd(num + cd(num) + "<" * 15 + dob + cd(dob) + exp + cd(exp) + opt)
    line2 = f"[[DATE_OF_BIRTH|{dob}]]{cd(dob)}{sex}{exp}{cd(exp)}{nat}{opt}{composite}"
    return line1 + "\n" + line2


# ------------------------------------------------------------------ ICAO 9303 machine-readable zones
doc(
    "a19_mrz_td3_gate_log",
    "log",
    f"""\
[07:41:02.118] egate-12 scan ok, zone follows
  P<NZLHOROWHENUA<<TAMATI<JAMES<<<<<<<<<<<<<<<<
  {td3_line2("LM4829137", "NZL", "880412", "M", "310917")}
[07:41:02.540] face match 0.93, gate open
[07:44:10.002] egate-12 scan ok, zone follows
  P<USAWHITCOMBE<<DELPHINE<<<<<<<<<<<<<<<<<<<<
  {td3_line2("561207743", "USA", "750128", "F", "290303", "US_PASSPORT")}
[07:44:10.390] face match 0.88, gate open
""",
)
doc(
    "a19_mrz_visa_json",
    "json",
    f"""\
{{"case": "VX-20931", "officer": "desk 4", "visa_mrz": [
  "V<IRLOKONKWO<<CHIDERA<<<<<<<<<<<<<<<<<<<<<<<",
  "{td3_line2("K83021655", "NGA", "930705", "F", "270630", "")}"
], "decision": "valid for entry"}}
""",
)
doc(
    "a19_mrz_td1_card",
    "free_text",
    f"""\
Front desk scan of the guest's identity card (reverse side):

{td1_lines("I<", "ESP", "BXK204817", "910224", "F", "300224", "ESP")}
VALDERRAMA<<INES<<<<<<<<<<<<<<

Card returned to the guest at check-in.
""",
)

# ------------------------------------------------------------------ compact airline dates after a birth label
doc(
    "a19_compact_dob",
    "form",
    """\
PASSENGER DATA SHEET
Name ................. [[PERSON|Oyelaran, Kunle]]
DOB .................. [[DATE_OF_BIRTH|07MAR81]]
Flight ............... MX 2231 / 14AUG

Mitreisende: [[PERSON|Hedwig Brandauer]], Geburtsdatum [[DATE_OF_BIRTH|14FEB1975]]
Child: [[PERSON|Ilse Brandauer]]  birth date: [[DATE_OF_BIRTH|30Nov19]]
""",
)
doc(
    "a19_compact_dates_not_birth",
    "log",
    """\
HDQ RES 12MAR  OPS NOTE: flight 442 retimed on 18MAR25, crew rest 09APR per roster 22JAN.
""",
)

# ------------------------------------------------------------------ document type beside a document number
doc(
    "a19_doctype_kv_log",
    "log",
    """\
2026-02-03T10:14:55Z idv worker=3 evt=read doctype=PASSPORT issuer=NZL docno=[[PASSPORT|RA551904]] result=match
2026-02-03T10:15:20Z idv worker=1 evt=read kind=P issuer=BRA doc_no=[[PASSPORT|FT730418]] result=match
2026-02-03T10:16:41Z idv worker=2 evt=error code=E12 msg="glare on page"
""",
)
doc(
    "a19_doctype_json_ids",
    "ndjson",
    """\
{"ts":"2026-01-11T09:00:00Z","holder":"[[PERSON|Wiebke Ostermann]]","id_type":"de_tax_id","id_number":"[[DE_TAX_ID|42971737588]]"}
{"ts":"2026-01-11T09:02:00Z","holder":"[[PERSON|Rhodri Pugh]]","idType":"uk_nino","idNumber":"[[UK_NATIONAL_INSURANCE_NUMBER|JT481627C]]"}
{"ts":"2026-01-11T09:04:00Z","holder":"[[PERSON|Aled Vaughan]]","document_type":"national_insurance","document_number":"[[UK_NATIONAL_INSURANCE_NUMBER|PW305118D]]"}
""",
)

doc(
    "a19_doctype_column_tsv",
    "tsv",
    """\
Last name\tFirst name\tDate of birth\tDocument type\tDocument number\tIssuing country
[[PERSON|Haapala]]\t[[PERSON|Eero]]\t[[DATE_OF_BIRTH|1983-02-17]]\tPASSPORT\t[[PASSPORT|XP1184093]]\tFIN
[[PERSON|Okafor]]\t[[PERSON|Nneka]]\t[[DATE_OF_BIRTH|1990-10-01]]\tPASSPORT\t[[PASSPORT|A09921437]]\tNGA
[[PERSON|Whitlock]]\t[[PERSON|Garrett]]\t[[DATE_OF_BIRTH|1966-04-29]]\tPASSPORT\t[[US_PASSPORT|642210987]]\tUSA
""",
)
doc(
    "a19_doctype_column_codes",
    "csv",
    """\
pax,surname,given_name,birth,doc_type,doc_no,doc_country,seat
1,[[PERSON|MARAIS]],[[PERSON|ELODIE]],[[DATE_OF_BIRTH|11SEP74]],P,[[PASSPORT|19FV40772]],FRA,12C
2,[[PERSON|ROSSETTI]],[[PERSON|CARLO]],[[DATE_OF_BIRTH|03JUL68]],P,[[PASSPORT|YA2209871]],ITA,12D
""",
)

# ------------------------------------------------------------------ telecom call records: numbers without "+"
doc(
    "a19_cdr_3gpp_json",
    "ndjson",
    """\
{"recordType":"moSMSRecord","servedIMSI":"262019876543210","callingNumber":"[[PHONE|4915209876543]]","calledNumber":"[[PHONE|33612845370]]","recordingEntity":"491720000011"}
{"recordType":"mtCallRecord","servedIMSI":"262015550001122","callingNumber":"[[PHONE|61412730598]]","calledNumber":"[[PHONE|4917612345098]]","callDuration":64}
""",
)
doc(
    "a19_cdr_csv",
    "csv",
    """\
call_start,a_number,b_number,duration_s,cell_id
2026-03-01T08:00:11Z,[[PHONE|254722413088]],[[PHONE|254733981204]],120,ECI 7781204
2026-03-01T08:03:52Z,[[PHONE|254711209934]],[[PHONE|447911123456]],43,ECI 7781209
""",
)
doc(
    "a19_porting_form",
    "form",
    """\
Portierungsauftrag
Kunde: [[PERSON|Gesine Marwitz]]
Rufnummer: [[PHONE|0151 28840731]]
Number to port (second line): [[PHONE|0171 5093318]]
""",
)

# ------------------------------------------------------------------ a licence in its own object
doc(
    "a19_licence_object",
    "ndjson",
    """\
{"booking":"K-88120","renter":{"name":"[[PERSON|Solveig Lindqvist]]","born":"[[DATE_OF_BIRTH|1984-06-02]]"},"driving_licence":{"number":"[[DRIVER_LICENSE|LINDQ840602SL9]]","country":"SE"},"car":"CDMR"}
{"booking":"K-88121","renter":{"name":"[[PERSON|Baptiste Morel]]","born":"[[DATE_OF_BIRTH|1979-11-19]]"},"license":{"issuer":"Quebec","number":"[[DRIVER_LICENSE|M6420-191179-08]]"},"car":"ECAR"}
""",
)
doc(
    "a19_licence_yaml",
    "yaml",
    """\
renter:
  name: [[PERSON|Tomasz Wierzbicki]]
  licence:
    country: PL
    number: [[DRIVER_LICENSE|04417/19/2211]]
  loyalty: gold
""",
)

# ------------------------------------------------------------------ a birth date answered under a dated chat stamp
doc(
    "a19_chat_dated_stamps",
    "chat",
    """\
2026-01-14 09:02:11 Agent [[PERSON|Moana]]: For security, can you confirm your date of birth?
2026-01-14 09:03:40 [[PERSON|Teuila]]: [[DATE_OF_BIRTH|02/11/1979]]
14/01/2026, 09:05 - Agent [[PERSON|Moana]]: And the date of birth of the second account holder?
14/01/2026, 09:06 - [[PERSON|Teuila]]: [[DATE_OF_BIRTH|17.06.1981]]
""",
)

# ------------------------------------------------------------------ member and policy numbers of other plans
doc(
    "a19_other_plans",
    "form",
    """\
ALLIANCE TRAVEL PROTECTION — EMERGENCY MEDICAL CLAIM
Policy no.: ATP-5518820   Claim: 77120
Claimant: [[PERSON|Ottoline Brackett]]   Date of birth: [[DATE_OF_BIRTH|1962-08-30]]
Hospital: Clinica Santa Fe, treated for [[DIAGNOSIS|appendicitis]]

SkyWay Miles member no.: 40877123   Tier: Silver
""",
)

if __name__ == "__main__":
    SET.write()
