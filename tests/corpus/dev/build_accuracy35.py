#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy35.jsonl``: a development set for passports as manifests, exports and forms write them
(issue 13, sixteenth pass): a row whose document-type cell (ICAO 9303's code ``P``, or the word "passport" in
any language) stands before the number's cell, with no header; ``PP`` as a form's abbreviation of passport;
and hard negatives (a page range "pp. 12-19", a parking or priority code ``P`` in a row, a plain word table).

Written by hand for issue 13 (helper "accuracy35"), each document before the rule it exercises was written; the
names and numbers are made up here, none is taken from a tune or validation document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy35.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ a row's document type before its number
doc(
    "a35_apis_rows_semicolons_no_header",
    "csv",
    """\
[[PERSON|NOVÁKOVÁ]];[[PERSON|JANA]];[[DATE_OF_BIRTH|1979-04-22]];F;CZE;P;[[PASSPORT|44120987]];2031-02-10
[[PERSON|OYELARAN]];[[PERSON|TUNDE]];[[DATE_OF_BIRTH|1965-12-01]];M;NGA;P;[[PASSPORT|A07733120]];2029-08-30
[[PERSON|MCALLISTER]];[[PERSON|ROSS]];[[DATE_OF_BIRTH|1988-07-19]];M;USA;P;[[US_PASSPORT|566201934]];2033-01-05
""",
)
doc(
    "a35_crew_list_tabs_word",
    "tsv",
    """\
[[PERSON|Haugland]]\t[[PERSON|Sigrid]]\t[[DATE_OF_BIRTH|1991-03-08]]\tNOR\tPassport\t[[PASSPORT|FH8812047]]
[[PERSON|Tanaka]]\t[[PERSON|Ren]]\t[[DATE_OF_BIRTH|1984-10-27]]\tJPN\tPassport\t[[PASSPORT|TR5520173]]
""",
)
doc(
    "a35_guest_register_commas_spanish",
    "csv",
    """\
12,[[PERSON|Lucía Ferrer Gil]],España,[[DATE_OF_BIRTH|1973-02-14]],pasaporte,[[PASSPORT|PAF336712]],hab. 204
13,[[PERSON|Mateo Ruiz]],Argentina,[[DATE_OF_BIRTH|1990-09-30]],pasaporte,[[PASSPORT|AAG771204]],hab. 207
""",
)
doc(
    "a35_pipe_row_icao_code",
    "text",
    """\
Manifest extract (flight 0412), fields: surname|given|dob|sex|nat|doc|number
[[PERSON|LINDGREN]]|[[PERSON|OSKAR]]|[[DATE_OF_BIRTH|12MAR86]]|M|SWE|P|[[PASSPORT|91550274]]
[[PERSON|DUBOIS]]|[[PERSON|CLAIRE]]|[[DATE_OF_BIRTH|03JAN77]]|F|FRA|P|[[PASSPORT|19AV44781]]
""",
)
# ------------------------------------------------------------------------------------- "PP" as a label
doc(
    "a35_pp_abbreviation_form",
    "text",
    """\
Visitor log — reception B
[[PERSON|Aleksander Wiśniewski]], PP: [[PASSPORT|EK7730415]], host: facilities
[[PERSON|Maria Oliveira]] (PP no. [[PASSPORT|FT492017]]) escorted to level 3
""",
)
doc(
    "a35_pp_hash_note",
    "text",
    """\
ID seen at check-in: PP# [[PASSPORT|LR0881462]] (Ireland), expiry 2030. Guest [[PERSON|Niamh Byrne]].
""",
)
# ----------------------------------------------------------------------------------------- hard negatives
doc(
    "a35_neg_page_ranges",
    "text",
    """\
See Hale & Okoro (2019), Journal of Applied Logistics 14(2), pp. 112-139; also pp 40-52 of the 2nd edition.
PP: 24 pages, colour plates.
""",
)
doc(
    "a35_neg_parking_codes",
    "csv",
    """\
bay,zone,type,permit,valid_to
14,NORTH,P,PRM20114,2026-01-31
15,NORTH,R,PRM20115,2026-01-31
""",
)

# ------------------------------------------------------------------ columns of a table laid out by spaces
doc(
    "a35_space_table_members",
    "text",
    """\
ELIGIBILITY EXTRACT — dental PPO, run 2026-02-01
Member ID        Name                 DOB          Plan
[[HEALTH_PLAN_ID|QRT552019843]]     [[PERSON|Ingrid Solberg]]       [[DATE_OF_BIRTH|07/22/1969]]   Dental PPO
[[HEALTH_PLAN_ID|QRT552019851]]     [[PERSON|Tomasz Wróbel]]        [[DATE_OF_BIRTH|01/03/1994]]   Dental PPO
""",
)
doc(
    "a35_space_table_passports",
    "text",
    """\
TOUR GROUP 44 — rooming list
Passport No     Name                  Nationality   Room
[[PASSPORT|PX2290471]]       [[PERSON|Keiko Mori]]            Japanese      312
[[PASSPORT|LK5518802]]       [[PERSON|Olumide Bankole]]       Nigerian      314
[[PASSPORT|C7WQ90315]]       [[PERSON|Hanne Vestergaard]]     Danish        315
""",
)
doc(
    "a35_space_table_accounts",
    "text",
    """\
Refunds batch 0093 (BACS)
Payee                 Sort Code    Account No    Amount
[[PERSON|Gareth Pryce]]          30-94-11     [[UK_BANK_ACCOUNT|27718350]]      £42.10
[[PERSON|Aisha Rahman]]          60-83-71     [[UK_BANK_ACCOUNT|91003427]]      £17.00
""",
)
doc(
    "a35_neg_space_table_orders",
    "text",
    """\
Order No      SKU          Qty   Warehouse
44018822      BX-2201      3     Leeds
44018823      BX-2207      1     Leeds
""",
)
# ------------------------------------------------------------ a birth date as a camelCase key's last word
doc(
    "a35_json_camel_dob_keys",
    "json",
    """\
{"subscriber": {"firstName": "[[PERSON|Aurelio]]", "lastName": "[[PERSON|Mancini]]", "subscriberDOB": "[[DATE_OF_BIRTH|1958-11-30]]"},
 "dependents": [{"relation": "child", "dependentDob": "[[DATE_OF_BIRTH|2012-05-09]]"}],
 "coverage": {"plan": "HMO Silver", "memberId": "[[HEALTH_PLAN_ID|HMS448120937]]"}}
""",
)
doc(
    "a35_xml_camel_dob",
    "xml",
    """\
<Enrollment><Insured><Name>[[PERSON|Beatriz Lozano]]</Name><insuredDob>[[DATE_OF_BIRTH|1983-06-17]]</insuredDob><Plan>PPO</Plan></Insured></Enrollment>
""",
)
# ----------------------------------------------------------------- a member id as claims screens abbreviate it
doc(
    "a35_member_abbreviations",
    "text",
    """\
Claim status — health plan portal
Mbr ID: [[HEALTH_PLAN_ID|WQX771204556]]   Claim 2026-00412 (outpatient physiotherapy)
Mem ID [[HEALTH_PLAN_ID|WQX771204564]] (dependent) — copay applied
""",
)

if __name__ == "__main__":
    SET.write()
