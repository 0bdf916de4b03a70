#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy33.jsonl``: a development set for structured identifiers as travel and payment systems
write them (issue 13, fifteenth pass): passports in machine-readable zones whose check digits were not computed,
airline SSR DOCS elements as reservation displays print them (spaces, four-digit years, an empty expiry), UN/EDIFACT
PAXLST messages (advance passenger information), UK bank accounts written before their sort code, in pipe tables
and joined to the sort code by a hyphen, and National Insurance numbers with no label in a table's cell.

Written by hand for issue 13 (helper "accuracy33"), each document before the rule it exercises was written; the
names and numbers are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy33.jsonl")
doc = SET.doc

# ------------------------------------------------------------------------ machine-readable zones
doc(
    "a33_passport_scan_mrz_unchecked",
    "form",
    """\
IDENTITY DOCUMENT CAPTURE — scanned at check-in desk 14

Surname: [[PERSON|BRANDT]]    Given names: [[PERSON|TOBIAS]]
Nationality: DEU    Sex: M

P<DEU[[PERSON|BRANDT<<TOBIAS]]<<<<<<<<<<<<<<<<<<<<<<<<<
[[PASSPORT|X4K7720P1]]9DEU[[DATE_OF_BIRTH|750202]]3M3006118<<<<<<<<<<<<<<04

Operator note: zone read by OCR, confidence 0.71.
""",
)
doc(
    "a33_passport_scan_mrz_checked_us",
    "log",
    """\
2026-05-14T06:02:11Z kiosk-07 mrz_read ok lines=2
  P<USA[[PERSON|OKAFOR<<GRACE<ADAEZE]]<<<<<<<<<<<<<<<<<<<
  [[US_PASSPORT|C01X00T4]]<1USA[[DATE_OF_BIRTH|880915]]1F3103304<<<<<<<<<<<<<<02
2026-05-14T06:02:12Z kiosk-07 bag_tag printed count=1
""",
)
doc(
    "a33_visa_mrz_unchecked_is_no_passport",
    "form",
    """\
VISA LABEL (machine-readable zone as transcribed by the agent)
V<GBR[[PERSON|MENSAH<<KWAME]]<<<<<<<<<<<<<<<<<<<<<<<<<<
M7731204<4GHA[[DATE_OF_BIRTH|910412]]3M2712318<<<<<<<<<<<<<<<<
""",
)

# ------------------------------------------------------------------------ SSR DOCS as reservation displays print them
doc(
    "a33_pnr_display_docs_spaces",
    "text",
    """\
RP/LON1A0980/LON1A0980            AA/SU  12MAR26/0912Z   7QK2LM
  1.[[PERSON|HARGREAVES/LUCY]] MRS   2.[[PERSON|HARGREAVES/TOM]] MR
  3  BA 117 Y 14APR 2 LHRJFK HK2  1825 2110   *1A/E*
  4 SSR DOCS BA HK1 P/GBR/[[PASSPORT|533401872]]/GBR/[[DATE_OF_BIRTH|14MAR81]]/F/22OCT29/[[PERSON|HARGREAVES]]/[[PERSON|LUCY]]/P1
  5 SSR DOCS BA HK1 P/USA/[[US_PASSPORT|A47720913]]/USA/[[DATE_OF_BIRTH|02FEB1979]]/M/11NOV2030/[[PERSON|HARGREAVES]]/[[PERSON|TOM]]/P2
  6 SSR DOCA BA HK1 D/GBR/12 PARK ROAD/LONDON//NW1 4RR/P1
""",
)
doc(
    "a33_apis_docs_four_digit_years",
    "log",
    """\
apis-build flight=LH0903 date=2026-07-02 pax=3
SRDOCS LH HK1/P/DEU/[[PASSPORT|C4J9R2T71]]/DEU/[[DATE_OF_BIRTH|02FEB1975]]/M/11NOV2030/[[PERSON|BRANDT]]/[[PERSON|TOBIAS]]
SRDOCS LH HK1/P/ITA/[[PASSPORT|YA5512093]]/ITA/[[DATE_OF_BIRTH|30SEP1990]]/F//[[PERSON|RUSSO]]/[[PERSON|GIULIA]]
SRDOCS LH HK1/P/IND/[[PASSPORT|K0093361]]/IND/[[DATE_OF_BIRTH|17JAN86]]/M/03AUG2032/[[PERSON|NAIR]]/[[PERSON|ARJUN]]
apis-build status=SENT
""",
)

# ------------------------------------------------------------------------ UN/EDIFACT PAXLST
doc(
    "a33_paxlst_edifact",
    "edi",
    """\
UNA:+.? '
UNB+UNOA:4+AIRLINE1:ZZ+USCBP:ZZ+260514:0602+000000731'
UNH+1+PAXLST:D:02B:UN:IATA'
BGM+745'
NAD+MS+++OPS CONTROL'
TDT+20+XY123'
LOC+125+LHR'
DTM+189:2605141830'
LOC+87+JFK'
DTM+232:2605142140'
NAD+FL+++[[PERSON|OKONKWO]]:[[PERSON|CHIDI]]'
ATT+2++M'
DTM+329:[[DATE_OF_BIRTH|860412]]'
LOC+178+LHR'
LOC+179+JFK'
NAT+2+NGA'
RFF+AVF:7QK2LM'
DOC+P:110:111+[[PASSPORT|A07731942]]'
DTM+36:290118'
LOC+91+NGA'
NAD+FL+++[[PERSON|WHITMORE]]:[[PERSON|DANA]]'
ATT+2++F'
DTM+329:[[DATE_OF_BIRTH|790623]]'
NAT+2+USA'
DOC+P:110:111+[[US_PASSPORT|548812093]]'
DTM+36:310204'
LOC+91+USA'
NAD+FL+++[[PERSON|LEROY]]:[[PERSON|AMELIE]]'
DTM+329:[[DATE_OF_BIRTH|920101]]'
DOC+I:110:111+FRA7731904'
LOC+91+FRA'
CNT+42:3'
UNT+28+1'
UNZ+1+000000731'
""",
)

# ------------------------------------------------------------------------ UK bank accounts
doc(
    "a33_account_before_sort_code_email",
    "email",
    """\
From: [[PERSON|Priya Raman]] <[[EMAIL|priya.raman@mailbox.example.org]]>
Subject: expenses

Hi, could you pay my mileage claim into account [[UK_BANK_ACCOUNT|41592638]] at sort code 20-45-77? It changed last month.
Thanks, [[PERSON|Priya]]
""",
)
doc(
    "a33_starter_form_acc_sc",
    "form",
    """\
NEW CARER — PAYROLL DETAILS
Name: [[PERSON|Joseph Adebayo]]
Acc no: [[UK_BANK_ACCOUNT|70918234]]     S/C: 30-11-52
Bank: Nationwide
Bank account: [[UK_BANK_ACCOUNT|55102938]] (sort 40-12-19) — second account for expenses
""",
)
doc(
    "a33_rota_pay_pipe_table",
    "text",
    """\
Weekly pay run — home care team (bank details as held)

| Carer | Sort code | Account number | Hours |
| --- | --- | --- | --- |
| [[PERSON|Amira Haddad]] | 20-45-77 | [[UK_BANK_ACCOUNT|41592638]] | 37.5 |
| [[PERSON|Colm Brennan]] | 309634 | [[UK_BANK_ACCOUNT|11203348]] | 22 |
""",
)
doc(
    "a33_direct_debit_joined",
    "log",
    """\
2026-04-01 dd-collect mandate=MND-00419 bacs [[UK_BANK_ACCOUNT|204577-41592638]] amount=42.00 status=PAID
2026-04-01 dd-collect mandate=MND-00420 payer account [[UK_BANK_ACCOUNT|30-96-34-11203348]] amount=42.00 status=PAID
2026-04-01 dd-collect mandate=MND-00421 BACS: [[UK_BANK_ACCOUNT|401219 55102938]] amount=18.50 status=RETURNED
2026-04-01 dd-collect batch=B-2291 items=3 total=102.50
""",
)
doc(
    "a33_account_number_without_sort_code",
    "email",
    """\
Your electricity account number: 41592638. Your next bill is due on 3 June. Meter serial 20-45-77 is read
quarterly.
""",
)

# ------------------------------------------------------------------------ National Insurance numbers without a label
doc(
    "a33_crew_roster_nino_unlabelled_column",
    "csv",
    """\
crew_id,surname,forename,base,ref_a,ref_b
FA2231,[[PERSON|Okoro]],[[PERSON|Blessing]],LGW,[[UK_NATIONAL_INSURANCE_NUMBER|JT483391B]],C-7712
FA2290,[[PERSON|Lindqvist]],[[PERSON|Hanna]],MAN,[[UK_NATIONAL_INSURANCE_NUMBER|PW127764D]],C-7731
""",
)
doc(
    "a33_benefit_letter_nino_in_prose",
    "letter",
    """\
Dear [[PERSON|Mr Duffy]],
We have updated your Carer's Allowance claim. Reference [[UK_NATIONAL_INSURANCE_NUMBER|SK 55 02 17 A]]; please quote it.
Parts list: LR073719 engine mount, KD-44 bracket.
""",
)

# ------------------------------------------------------------------------ airline XML, loose DOCS strings, columns
doc(
    "a33_ota_ndc_xml",
    "xml",
    """\
<OTA_AirBookRQ>
  <AirTraveler>
    <PersonName><GivenName>[[PERSON|Ingrid]]</GivenName><Surname>[[PERSON|Solberg]]</Surname></PersonName>
    <Document DocIssueCountry="NO" DocType="2" DocID="[[PASSPORT|NO7731204]]" ExpireDate="2031-02-11"/>
    <Document DocType="5" DocID="KTN88120"/>
  </AirTraveler>
</OTA_AirBookRQ>
<ns2:Pax>
  <ns2:IdentityDocument>
    <ns2:IdentityDocumentNumber>[[US_PASSPORT|566120934]]</ns2:IdentityDocumentNumber>
    <ns2:IdentityDocumentTypeCode>PT</ns2:IdentityDocumentTypeCode>
    <ns2:IssuingCountryCode>US</ns2:IssuingCountryCode>
  </ns2:IdentityDocument>
  <ns2:IdentityDocument>
    <ns2:IdentityDocumentNumber>VZ4418201</ns2:IdentityDocumentNumber>
    <ns2:IdentityDocumentTypeCode>VI</ns2:IdentityDocumentTypeCode>
  </ns2:IdentityDocument>
</ns2:Pax>
""",
)
doc(
    "a33_docs_strings_in_json_and_csv",
    "json",
    """\
{"pnr": "8HJ2QX", "segments": ["EK 29 LGW DXB"],
 "apis": ["P/GB/[[PASSPORT|120987341]]/GB/[[DATE_OF_BIRTH|04JUL1969]]/M/01MAR2030/[[PERSON|DOYLE]]/[[PERSON|MARTIN]]",
          "DOCS-P/IRL/[[PASSPORT|PX8812044]]/IRL/[[DATE_OF_BIRTH|19DEC01]]/F/19DEC31/[[PERSON|DOYLE]]/[[PERSON|AOIFE]]"]}
""",
)
doc(
    "a33_crew_list_travel_doc_column",
    "csv",
    """\
crew_id,name,rank,travel_doc_no,nationality
C-1022,[[PERSON|Marta Kowalczyk]],FO,[[PASSPORT|EK4471209]],POL
C-1045,[[PERSON|Tomás Oyarzún]],CC,[[PASSPORT|F22091874]],CHL
""",
)
doc(
    "a33_crew_medical_pspt",
    "clinical_note",
    """\
Aeromedical review — cabin crew. Name: [[PERSON|Leila Haddad]]. PSPT [[PASSPORT|LB0938812]].
Fit for duty; next class 2 renewal in 12 months.
""",
)

# ------------------------------------------------------------------------ tax ids under generic labels with a country
doc(
    "a33_marketplace_kyc_tin_with_country",
    "json",
    """\
{"seller": {"id": "S-20931", "legalName": "[[PERSON|Jonas Reuter]]", "country": "DE", "taxId": "[[DE_TAX_ID|21078253624]]"},
 "crs": {"taxResidency": "ES", "tin": "[[ES_DNI|07741236B]]"}, "vat": "DE812345678"}
""",
)
doc(
    "a33_crs_self_certification_tin_aside",
    "form",
    """\
CRS SELF-CERTIFICATION (individual)
Name: [[PERSON|Carmen Ibáñez Soler]]
TIN (Spain): [[ES_DNI|X9273410V]]
Tax identification number (TIN): [[DE_TAX_ID|78251354502]], country of residence: Germany
TIN (United States): 912-44-0187 — not held
""",
)

if __name__ == "__main__":
    SET.write()
