#!/usr/bin/env python3

"""Builder of ``accuracy16.jsonl``: a development set for people written as rosters and registers write them.

Written by hand for issue 13 (helper "accuracy16"), each document before the rule it exercises was written; the
names, firms and places are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy16.jsonl")
doc = SET.doc

# ------------------------------------------- "SURNAME, Given": the surname in capitals, as registers write it
doc(
    "a16_badge_export_pipes",
    "log",
    """\
site=Depot 4 export v3.1
2025-03-02 07:14:09 | door D-12 | OK     | badge 55102 | [[PERSON|HALVORSEN, Brit]] | Staff
2025-03-02 07:19:44 | door D-12 | REJECT | badge 55988 | [[PERSON|NAKASHIMA-ORTIZ, Reiko]] | Visitor
2025-03-02 08:02:31 | door D-03 | OK     | badge 50017 | [[PERSON|DE LA FUENTE, Ximena Paz]] | Contractor
2025-03-02 08:40:00 | door D-03 | REJECT | badge 00000 | <unknown> | -
""",
)
doc(
    "a16_court_list_tsv",
    "tsv",
    """\
Court\tTime\tParty\tMatter\tOutcome
3B\t09:30\t[[PERSON|OYELOWO, Babatunde]]\tsmall claim\tadjourned
3B\t09:45\t[[PERSON|ÓRLYGSDÓTTIR, Sunna]]\trent arrears\tsettled
4A\t10:10\t[[PERSON|MACKINTOSH, Eilidh]]\tnoise order\tstruck out
""",
)
doc(
    "a16_log_quoted_holder",
    "log",
    """\
ts=2025-01-09T10:01:55Z svc=loans action=renew borrower="[[PERSON|VASQUEZ-ROJO, Itzel]]" item=88120 due=2025-02-06
ts=2025-01-09T10:03:12Z svc=loans action=renew borrower="[[PERSON|TRẦN, Bảo Ngọc]]" item=88121 due=2025-02-06
ts=2025-01-09T10:05:40Z svc=loans action=hold item=88122 queue=3
""",
)
doc(
    "a16_json_registration",
    "json",
    """\
[{"seat": "A4", "attendee": "[[PERSON|KOWALEWSKA, Zuzanna]]", "diet": "vegan"},
 {"seat": "A5", "attendee": "[[PERSON|ABERNETHY, Callum]]", "diet": "none"}]
""",
)
doc(
    "a16_liste_electorale_fr",
    "free_text",
    """\
Liste des présents — assemblée du 14 mars
1. [[PERSON|DUBOIS-ROCHE, Hélène]]
2. [[PERSON|N'GUESSAN, Koffi Aimé]]
3. [[PERSON|LEFEBVRE, Maëlle]]
Le quorum est atteint.
""",
)
doc(
    "a16_teilnehmer_de",
    "free_text",
    """\
Teilnehmerliste Erste-Hilfe-Kurs
- [[PERSON|MÜLLER-LÜDENSCHEIDT, Käthe]]
- [[PERSON|GARCÍA MÁRQUEZ, Ana Lucía]]
Kursleitung: Rotes Kreuz Ortsverband
""",
)
doc(
    "a16_incident_parties",
    "free_text",
    """\
INCIDENT 25-0418   Theft of bicycle
COMPLAINANT: [[PERSON|FEATHERSTONE, Imogen]]  DOB [[DATE_OF_BIRTH|03/11/1988]]
WITNESS: [[PERSON|ADEYEMI-COLE, Tobi]]  tel on file
""",
)
# Capitals and a comma that are not a person: acronyms, firms, places, lists.
doc(
    "a16_neg_acronyms_places",
    "free_text",
    """\
Attendees: Finance BP, Platform
Vaccines given: MMR, Tdap, Hep B
Supplier: Kranich Werke AG, Metzingen
Region: EMEA, Americas
ERROR, Retrying
Ship to depot NW, Edmonton, AB
Scope: SEPA, Warszawa (pilot)
""",
)

# ------------------------------------------- a column of a party in legal and public-sector tables
doc(
    "a16_csv_defendants",
    "csv",
    """\
case_no,filed,defendant_last,defendant_first,plaintiff_name
CV-1001,2025-02-03,[[PERSON|LINDGAARD]],[[PERSON|SOREN]],[[PERSON|Aurelio Benassi]]
CV-1002,2025-02-04,[[PERSON|OKAFOR-BELL]],[[PERSON|NNEKA]],[[PERSON|Perpetua Ansah]]
""",
)
doc(
    "a16_csv_jurors_patrons",
    "csv",
    """\
juror_name,panel,patron_surname,arrestee_first
[[PERSON|Teodora Vulpe]],P1,[[PERSON|Szczepaniak]],[[PERSON|Lorcan]]
[[PERSON|Mattias Kivelä]],P2,[[PERSON|Rautavaara]],[[PERSON|Oisín]]
""",
)

# ------------------------------------------- labels of public-sector, court and research forms
doc(
    "a16_service_request_labels",
    "ticket",
    """\
Request SR-20931  Category: Streetlight out
Constituent: [[PERSON|Fenella Quartermaine]]
Assigned crew: Night shift B
Supervisor: [[PERSON|Okonkwo Adebanjo]]
""",
)
doc(
    "a16_research_and_police_labels",
    "form",
    """\
Protocol 2025-114  Sleep and shift work
Principal investigator: [[PERSON|Ilse Vandewalle]]
Person obtaining consent: [[PERSON|Radomir Květoň]]
Incident 88-2: Victim: [[PERSON|Gwenllian Pryce]]   Suspect: [[PERSON|Teodor Mureșan]]
Permit issued to: [[PERSON|Saoirse Ní Bhraonáin]]
""",
)
doc(
    "a16_bulleted_party_lists",
    "email",
    """\
Conflict search requested for the new matter.
Adverse parties:
  - [[PERSON|Ottilie Brannigan]]
  - [[PERSON|Kwabena Osei-Tutu]]
  - Harbourside Lettings Ltd
Present:
- [[PERSON|Marit Solberg]]
- [[PERSON|Dmitri Volkonsky]]
Thanks, intake team
""",
)

# ------------------------------------------- a street whose USPS suffix is "Mall", a unit after it
doc(
    "a16_mall_street_units",
    "form",
    """\
Res: [[ADDRESS|2214 Hennessey Mall Unit 4, Arlington, VA 22201]]
Service address: [[ADDRESS|88 Pemberton Mall #12, Tulsa, OK 74103]]
SHIP TO [[ADDRESS|450 ORCHARD MALL APT 2\nFRESNO, CA 93701]]
""",
)

# ------------------------------------------- "SURNAME, GIVEN" all in capitals, an identifier of the person after it
doc(
    "a16_dispense_journal_caps",
    "log",
    """\
WARD 7 MEDICATION ROUND 2025-06-02
06:10 BED 4 [[PERSON|ABERCROMBIE, FIONNUALA]] DOB [[DATE_OF_BIRTH|1948-02-11]] [[MEDICATION|FUROSEMIDE]] 40MG GIVEN
06:25 BED 9 [[PERSON|NGUYỄN, VĂN AN]] MRN [[MEDICAL_RECORD_NUMBER|W7-448120]] [[MEDICATION|METFORMIN]] 500MG HELD
06:40 STOCK CHECK, FRIDGE 2 TEMP 4C
""",
)
doc(
    "a16_quoted_cue_values",
    "log",
    """\
upload ok matter="2025-0091" document="Statement of [[PERSON|Ingrid Solvang-Moe]]" pages=4
upload ok matter="2025-0092" subject="Affidavit of [[PERSON|Tiberiu Costache]]" pages=2
""",
)

# ------------------------------------------- "I, Name, declare ...": the maker of a sworn statement, in its languages
doc(
    "a16_sworn_statements",
    "free_text",
    """\
STATUTORY DECLARATION

I, [[PERSON|Perpetua Okwuosa-Lindqvist]], being duly sworn, state as follows:
1. I rent the ground-floor flat.

Yo, [[PERSON|Maialen Etxeberria Goikoetxea]], mayor de edad, declaro bajo juramento que los datos son ciertos.
Je soussignée, [[PERSON|Ghislaine Abouchar]], demeurant à Lyon, atteste sur l'honneur l'exactitude des faits.
Ich, [[PERSON|Wendelin Häberle]], geboren am [[DATE_OF_BIRTH|03.04.1961]], versichere an Eides statt.
""",
)
doc(
    "a16_neg_roman_and_prose",
    "free_text",
    """\
Part I, Section Four, covers the scope of the policy.
Between us, I, Acme Holdings and the bank signed nothing.
""",
)

# ------------------------------------------- letters and headings of public bodies: roles and form titles
doc(
    "a16_neg_public_letters",
    "email",
    """\
FILE 2025-0444
CLIENT INTAKE WORKSHEET (privileged)
Dear Requester,
Your request has been logged. Dear Constituent, thank you for writing.
""",
)

# ------------------------------------------- "Label | Value" rows: a two-column table written without its outer bars
doc(
    "a16_label_bar_value_rows",
    "form",
    """\
Virtual clinic — pre-visit form

Patient name     | [[PERSON|Ottoline Vasquez-Achterberg]]
Date of birth    | [[DATE_OF_BIRTH|14/07/1982]]
Reason for visit | repeat prescription
Contact          | Reception desk
""",
)

SET.write()
