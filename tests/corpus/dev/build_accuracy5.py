#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy5.jsonl``: a development set for PERSON and ADDRESS recall and PII-free precision.

Written by hand for issue 13 (helper "accuracy5"), each document before the rule it exercises; the names,
streets and values are made up here, none is taken from a tune document. Markup, labels and level rules as
``devset.py``; decisions in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy5.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ PERSON: table columns a role and a name part name

doc(
    "a5_csv_role_name_parts",
    "csv",
    """\
ticket,insured_first,insured_last,plan,copay
T-1001,[[PERSON|Hallvard]],[[PERSON|Ekwueme]],Silver,25.00
T-1002,[[PERSON|Marisol]],[[PERSON|Tjandra]],Gold,10.00
""",
)
doc(
    "a5_csv_role_column",
    "csv",
    """\
shift,site,vaccinator,doses
2025-03-02,North Clinic,[[PERSON|Oddny Brekkestad]],41
2025-03-03,East Clinic,[[PERSON|Teodor Vashchenko]],38
""",
)
doc(
    "a5_tsv_driver_name",
    "csv",
    """\
unit\tdriver_name\troute
V-12\t[[PERSON|Ngozi Baptiste-Ferrand]]\tR4
V-19\t[[PERSON|Ilkka Saarnivaara]]\tR7
""",
)
doc(
    "a5_csv_username_not_person",
    "csv",
    """\
hostname,username,role
db-01,svc_backup,operator
web-02,deploy,admin
""",
)


# ------------------------------------------------------------------ PERSON: airline records (SSR DOCS, SURNAME/GIVEN)
doc(
    "a5_pnr_docs",
    "json",
    """\
{"recordLocator": "QX7RTA",
 "travellers": [{"paxRef": "T1", "name": "[[PERSON|MBEKI-ODUYA/TENDAI]] MR",
   "ssr": [{"code": "DOCS", "text": "HK1/P/ZAF/M00412237/ZAF/03FEB79/M/11OCT31/[[PERSON|MBEKI-ODUYA]]/[[PERSON|TENDAI]]"}]},
  {"paxRef": "T2", "name": "[[PERSON|AHOLA/SIIRI]]",
   "ssr": [{"code": "DOCS", "text": "HK1/P/FIN/XP9031174/FIN/27AUG88/F/02MAR29/[[PERSON|AHOLA]]/[[PERSON|SIIRI]]"}]}]}
""",
)
doc(
    "a5_protocol_pairs_not_people",
    "json",
    """\
{"name": "TCP/IP", "layer": "transport", "notes": "AC/DC adapter spec, I/O board"}
""",
)


# ------------------------------------------------------------------ PERSON: HL7 fields one off, logs, DICOM, CDA
doc(
    "a5_hl7_shifted_fields",
    "hl7",
    "MSH|^~\\&|ADT|WEST|RCV|EAST|20250301||ADT^A01|77|P|2.5\r"
    "PID|1||[[MEDICAL_RECORD_NUMBER|55120]]^^^WEST^MR||[[PERSON|OKONKWO-LANE^ADAORA]]||[[DATE_OF_BIRTH|19720914]]|F\r"
    "PV1|1|I|3N^301^A|||8812^[[PERSON|HALVORSEN^INGRID]]^^^^MD|||MED||||1|||8813^[[PERSON|STRAND]]\r"
    "IN1|1|PPO7|5521|Harbor Mutual|||G55||||||||[[PERSON|OKONKWO-LANE^ADAORA]]|SEL|[[DATE_OF_BIRTH|19720914]]\r"
    "AIP|1||7710^[[PERSON|MATAGI^TUILAEPA]]|RN\r",
)
doc(
    "a5_interface_log_dicom_cda",
    "log",
    """\
2025-04-02T10:11:12Z mllp rx ADT^A08 PID-3=A77120 PID-5=[[PERSON|ZAWADZKA^HALINA]] PID-7=[[DATE_OF_BIRTH|19510306]]
(0008,0090) PN [[[PERSON|ABERNETHY^CALLUM]]]   # ReferringPhysicianName
(0010,0010) PN [[[PERSON|NAKASHIMA^REI]]]   # PatientName
<patient><name><given>[[PERSON|Oona]]</given><family>[[PERSON|Rautiainen]]</family></name></patient>
<section><code code="48765-2" displayName="Allergies and Adverse Reactions"/></section>
""",
)


# ------------------------------------------------------------------ not people: titles, departments, firms, keys
doc(
    "a5_neg_titles_departments",
    "free_text",
    """\
From: Benefits Communications
Subject: Open enrolment

Present: Chair, Cardiology lead, Payroll rep, Procurement (apologies: Radiology)
Our Employee Wellbeing Programme and the Harold Whitcombe House respite rooms reopen in March; the
Edna Castellane Trust-funded shuttle runs from the Rosa Parks Blvd stop. Reviewed by Formulary Information.
Provider: Northgate Diagnostics
""",
)
doc(
    "a5_neg_software_payer_keys",
    "json",
    """\
{"device": {"os": {"name": "Tizen", "version": "7.0"}, "browser": {"name": "Vivaldi"}},
 "catalogue": [{"name": "Harriet Lane", "sku": "HL-2201", "price": 19.5}],
 "payer": {"name": "Keystone Mutual", "payerId": "55120"}}
""",
)
doc(
    "a5_neg_csv_header_no",
    "csv",
    """\
Account No,Gross Pay,Net Pay
0001,2310.00,1800.10
""",
)
doc(
    "a5_signature_title_after_name",
    "email",
    """\
Thanks,
[[PERSON|Wairimu Odhiambo-Reyes]], Senior Benefits Advisor
""",
)


# ------------------------------------------------------------------ not hosts: CIDR ranges (contact.py)
doc(
    "a5_neg_cidr_ranges",
    "log",
    """\
resource "aws_vpc" "core" { cidr_block = "10.61.0.0/16" }
allow from 172.20.0.0/12 and 192.168.40.0/22; deny 10.0.0.0/8
""",
)
doc(
    "a5_host_with_mask",
    "log",
    """\
eth0 inet [[IP_ADDRESS|10.61.4.23]]/16 brd 10.61.255.255; peer [[IP_ADDRESS|203.0.113.77]]/32 connected
""",
)


# ------------------------------------------------------------------ PERSON: role labels, log keys, signatures
doc(
    "a5_clinical_role_labels",
    "clinical_note",
    """\
Triage RN: [[PERSON|Tevita Fonua-Hale]]
NOK: [[PERSON|Makerita Fonua]] (sister)
Surgeon: [[PERSON|Oghenekaro Idowu]]  Assistant: [[PERSON|Brannoc Tresize]]  Anaesthetist: [[PERSON|Yuval Ben-Ami]]
Pathologist: [[PERSON|Cerys Llwyd]], MD   May 2, 2025
Dentist: [[PERSON|Aoife Ní Bhriain]] BDS
""",
)
doc(
    "a5_hr_log_keys",
    "log",
    """\
2025-02-11T09:14:03Z audit actor="[[PERSON|Oddvar Ruud]]" action=field_update employee="[[PERSON|Paulina Wieczorek-Ibe]]" field=bank
2025-02-11T09:15:40Z checkin property=HT-12 guest="[[PERSON|Matías Quiroga]]" room=412
{"event": "proxy_access", "proxy": "[[PERSON|Tamsin Penhallow]]", "memberName": "[[PERSON|Ruslan Abenov]]"}
""",
)
doc(
    "a5_form_signature_labels",
    "free_text",
    """\
Surname: [[PERSON|ŠIMKŪNAITĖ]]   First names: [[PERSON|RŪTA]]   Title: Ms
9. Authorized representative: [[PERSON|Ngaire Tawhai]] (POA on file)
Signature of Employer or Authorized Representative: /s/ [[PERSON|Bryher Nance]], HR Coordinator
Emergency contact / Personne à joindre: [[PERSON|Hyacinthe Mbala]]  [[PHONE|(204) 555-0148]]
Submitted by: [[PERSON|Oren Kaspi]]   Approver: [[PERSON|Delphine Orsatti]]
<p><b>Guest:</b> [[PERSON|Saoirse Ní Dhuibhir]]<br>
cover="Attn: [[PERSON|Bartholomew Okafor]] re: referral"
""",
)
doc(
    "a5_credential_after_name",
    "free_text",
    """\
Portal reply
[[PERSON|Ingibjörg Þorsteinsdóttir]], RN  3/14/2025
Hi, thanks for the message.
""",
)


# ------------------------------------------------------------------ ADDRESS: Australia and New Zealand, <br>, Ireland, Canada
doc(
    "a5_addr_anz_units",
    "email",
    """\
Hauraki Bay Physio
[[ADDRESS|14/207 Tōtara Parade
Mount Albert
Auckland 1025]]
Re: [[PERSON|Tipene Marsters]]
    [[ADDRESS|3/58 Kōwhai Crescent, Sumner, Christchurch 8081]]
""",
)
doc(
    "a5_addr_html_br",
    "html",
    """\
<dl><dt>Name</dt><dd>[[PERSON|Lowanna Birrell]]</dd>
<dt>Address</dt><dd>[[ADDRESS|41 Jacaranda Pde<br>NORTH HOBART TAS 7000]]</dd></dl>
<p>[[ADDRESS|6/12 Peel St<br>
Collingwood VIC 3066]]</p>
""",
)
doc(
    "a5_addr_ie_ca_blocks",
    "free_text",
    """\
  home_address: |
    [[ADDRESS|7 Ashgrove Lawns
    Ballyshannon, Co. Donegal
    F94 K2X7]]
Mail to:
[[ADDRESS|1140 rue Beaubien
Montréal, QC H2S 1T4]]
""",
)
doc(
    "a5_neg_fractions",
    "free_text",
    """\
Mix 3/4 Cup Flour with 1/2 Tsp Salt. Release 2.1/3 Beta Build notes follow.
""",
)


# ------------------------------------------------------------------ PERSON: names of no list that what follows marks
doc(
    "a5_handover_identifiers_after_names",
    "clinical_note",
    """\
Handover — Ward 4C — late shift
[[PERSON|Ruaraidh Tolmie-Baptiste]], bed 9, hosp no [[MEDICAL_RECORD_NUMBER|HX440918]], DOB [[DATE_OF_BIRTH|02/05/1944]]
Quick update on [[PERSON|Ximena Ochoa-Brandt]] (MRN [[MEDICAL_RECORD_NUMBER|77120455]]).
Please r/v by F2 ([[PERSON|Oisin Kearsley]], bleep 4471).
Son [[PERSON|Anatole]] is the main carer.
[[PERSON|Caoilfhionn Ó Dubhghaill]], bed 14, hosp no [[MEDICAL_RECORD_NUMBER|KX551207]]
[[PERSON|Femke van der Zwaan]], RN  2/3/2025
Results phoned to [[PERSON|Wiremu Tahana]] at 10:05.
""",
)
doc(
    "a5_letters_and_replies",
    "email",
    """\
> On 03/02/2025, [[PERSON|Yevgenia Strakhova]] wrote:
> Any news?
Resolution note by [[PERSON|Keanu]]: reset completed.
Update ([[PERSON|Tavita]], Service Desk): assigned to Clinical Apps.
Passengers
  [[PERSON|Torvald Eikrem]] — passport (Norway) [[PASSPORT|FN4471203]], DOB [[DATE_OF_BIRTH|13 May 1981]]
""",
)
doc(
    "a5_form_dot_leaders_name",
    "free_text",
    """\
PRODUCT
  Name .............. Harbour Lamp Pro
  Price ............. 12.00
  Stock ............. 40 units in the north warehouse, reorder at 10

RENTER
  Name .............. [[PERSON|QUISBERT, Ayelén]]
  Date of birth ..... [[DATE_OF_BIRTH|07/22/1979]]
Apellidos / Surname ....... [[PERSON|ETXEGARAI]]
""",
)


# ------------------------------------------------------------------ PERSON: profile headings, lists before addresses, other languages
doc(
    "a5_profile_heading",
    "html",
    """\
<main><h1>[[PERSON|Ondine Marchetti-Vaz]]</h1>
<dl><dt>Email</dt><dd>[[EMAIL|ondine.mv@example.org]]</dd><dt>Phone</dt><dd>[[PHONE|+1 415 555 0199]]</dd></dl></main>
<h2>Quarterly Results</h2><p>Revenue rose.</p>
""",
)
doc(
    "a5_names_before_addresses",
    "free_text",
    """\
Mailing list
- [[PERSON|Sigrún Hallgrímsdóttir]], [[ADDRESS|Laugavegur 18, 101 Reykjavík]]
- [[PERSON|Bartosz Wierzbicki]], [[ADDRESS|ul. Długa 44, 80-831 Gdańsk]]
Head office, [[ADDRESS|12 Harrow Road, Leeds LS1 4AB]]
""",
)
doc(
    "a5_other_language_cues_and_chat_roles",
    "chat",
    """\
Kunde [[PERSON|Emre Yıldıztekin]] ruft an wegen der Rechnung.
[10:01] Atendimento: Para continuar, informe o número do pedido.
[10:02] Cliente: é o 55120
[10:03] Atendimento: Obrigado.
""",
)


# ------------------------------------------------------------------ ADDRESS: India without the state
doc(
    "a5_addr_india_no_state",
    "json",
    """\
{"ticket": 7712, "body": "Please ship to [[ADDRESS|Flat 902, Gulmohar Heights, Aundh Road, Pune 411007]]. Thanks"}
  home: >
    [[ADDRESS|Flat 14B, Anand Vihar Society, Kothrud
    Pune 411038]]
Flat 3, the rate is 20% and the total 450000 units.
""",
)


if __name__ == "__main__":
    SET.write()
