#!/usr/bin/env python3

"""Builder of ``accuracy18.jsonl``: a development set for people as travel records write them, and for places
named after people.

Written by hand for issue 13 (helper "accuracy18"), each document before the rule it exercises was written; the
names, bookings and numbers are made up here, none is taken from a tune document. The formats follow their public
specifications: the bar-coded boarding pass (IATA Resolution 792: "M", the legs, a 20-character name field, the
e-ticket flag, a 7-character booking reference, the airports), the teletype name element of a reservation
(AIRIMP: the number in the party glued to SURNAME/GIVEN and the title), a reservation system's name list
("1.SURNAME/GIVEN MRS"), and the machine-readable zone of passports, visas and identity cards (ICAO 9303: the
name field "SURNAME<<GIVEN<NAMES" filled with "<" to the line's width, 44, 36 or 30 characters). Markup as
``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy18.jsonl")
doc = SET.doc

# ------------------------------------------- boarding-pass bar codes (IATA BCBP) inside log lines and JSON values
doc(
    "a18_bcbp_scanner_ndjson",
    "ndjson",
    """\
{"lane":"FT-2","scan":"M1[[PERSON|HALLORAN/SIOBHAN]]    EX4T7QP DUBBOSEI 0123 034Y012A0077 100","ok":1}
{"lane":"FT-2","scan":"M1[[PERSON|ABERNATHY-KRZYWICKI/]]EZZ81KM DUBBOSEI 0123 034Y012B0078 100","ok":1}
{"lane":"FT-1","scan":"M1[[PERSON|TANAKA/YUKI]] MS      ERT2LQ9 DUBBOSEI 0123 034Y013C0091 100","ok":0}
""",
)
doc(
    "a18_bcbp_two_legs",
    "log",
    """\
kiosk 14 reprint queue
pass=M2[[PERSON|OYELOWO/ADEBAYO]]     EQ7H2MN LOSCDGAF 0149 101J002A0011 149>5180 ... reissued
operator note: second leg printed separately
""",
)

# ------------------------------------------- a reservation's teletype name element (AIRIMP) and a name list display
doc(
    "a18_teletype_name_elements",
    "log",
    """\
QK MADRMOS
.LISRMTP 040815
ZK3P9W/1A
1[[PERSON|QUINTELA/RODRIGO]]MR 1[[PERSON|QUINTELA/MARGARIDA]]MRS 1[[PERSON|QUINTELA/TOMAS]]MSTR
TP1022Y12MAR LISMAD HK3 0705 0920
OSI TP CTCM 3 PAX
""",
)
doc(
    "a18_gds_name_list",
    "log",
    """\
RP/PARAF08AA/
  1.[[PERSON|VASSILIOU/ELENI]] MRS   2.[[PERSON|VASSILIOU/NIKOS]] MR
  3  AF1533 Y 22JUN 1 ATHCDG HK2  0615 0850
  4 AP PAR [[PHONE|01 45 22 18 19]] - A
  5 TK OK20JUN/PARAF08AA
""",
)

# ------------------------------------------- machine-readable zones (ICAO 9303): passport, visa, identity card
doc(
    "a18_mrz_passport_capture",
    "log",
    """\
2026-01-19 22:40:03 reader=desk-3 doc=TD3 quality=0.97
P<NOR[[PERSON|STRAND<<INGRID<MARIE]]<<<<<<<<<<<<<<<<<<<
[[PASSPORT|XK4417083]]0NOR[[DATE_OF_BIRTH|860317]]5F3109225<<<<<<<<<<<<<<08
2026-01-19 22:41:15 reader=desk-3 doc=TD3 quality=0.91
P<CAN[[PERSON|TREMBLAY<GAUTHIER<<LOUIS]]<<<<<<<<<<<<<<<
[[PASSPORT|LM0290377]]3CAN[[DATE_OF_BIRTH|020611]]2M2801016<<<<<<<<<<<<<<06
""",
)
doc(
    "a18_mrz_visa_in_note",
    "free_text",
    """\
Transit desk: visa foil scanned, MRZ below.
V<GBR[[PERSON|RAGHAVAN<<ARJUN]]<<<<<<<<<<<<<<<<<<<<<<<<
YV77312056IND[[DATE_OF_BIRTH|750228]]2M3304156<<<<<<<<<<<<<<00
Foil valid for two entries.
""",
)
doc(
    "a18_mrz_identity_card",
    "form",
    """\
Check-in ID capture (TD1 card, three lines):
I<PRTCC88254737<<<<<<<<<<<<<<<
[[DATE_OF_BIRTH|910405]]9F3008122PRT<<<<<<<<<<<4
[[PERSON|FERREIRA<DA<COSTA<<INES]]<<<<<<<
""",
)

# ------------------------------------------- an airline name after its label, then a wide gap to the next field
doc(
    "a18_pnr_name_wide_gap",
    "form",
    """\
SPECIAL ASSISTANCE REQUEST
Pax name: [[PERSON|NAKAMURA/HIROSHI]]    Booking ref: KX7TQ2
Traveller: [[PERSON|DE SOUSA/BEATRIZ]]\tSeat: 31F
Assistance: WCHR to gate
""",
)

# ------------------------------------------- places named after people: airports, not people
doc(
    "a18_neg_airports_named_after_people",
    "free_text",
    """\
Network update for the summer timetable.
New daily service from Rome Leonardo da Vinci to Mumbai Chhatrapati Shivaji Maharaj, and three weekly
flights from Paris Charles de Gaulle to Nairobi Jomo Kenyatta. Connections at Houston George Bush
Intercontinental and Washington Ronald Reagan National stay as they are; Lima Jorge Chávez gets a new lounge.
Crews position via Sydney Kingsford Smith and Venice Marco Polo. Casablanca Mohammed V reopens gate B.
""",
)
doc(
    "a18_neg_airport_table",
    "html",
    """\
<table><tr><th>Flight</th><th>From</th><th>To</th></tr>
<tr><td>XR211</td><td>Madrid Adolfo Suárez</td><td>Delhi Indira Gandhi</td></tr>
<tr><td>XR212</td><td>Manila Ninoy Aquino</td><td>Jakarta Soekarno-Hatta</td></tr>
<tr><td>XR340</td><td>Johannesburg O. R. Tambo</td><td>Karachi Jinnah</td></tr>
</table>
""",
)
doc(
    "a18_neg_slash_acronyms",
    "form",
    """\
Accepted documents: [ ] DNI/NIE  [ ] PASSPORT/ID CARD
Screening: HIV/AIDS  HBV/HCV
Route: LHR/JFK/LAX  Fare basis YLOWUS/CH25
""",
)

# ------------------------------------------- a person is still a person in a travel record
doc(
    "a18_airport_and_passenger",
    "email",
    """\
Your trip to Paris Charles de Gaulle is confirmed.
Passenger: [[PERSON|Ingrid Solheim]]
Please be at the gate 40 minutes before departure.
""",
)

# ------------------------------------------- labels of field work, events, mandates, households and crews
doc(
    "a18_labels_field_and_household",
    "form",
    """\
Work order WO-55120 — boiler service
Engineer: [[PERSON|Radomir Szczepaniak]]
Head of household: [[PERSON|Wairimu Kamau-Otieno]]   Occupants: 4
Organiser: [[PERSON|Ottilie Braithwaite]] (team offsite, 22 guests)
Other party: [[PERSON|Faustino Arrebola]]   Insurer: Mapfre
""",
)
doc(
    "a18_labels_mandate_and_crew",
    "form",
    """\
Direct debit instruction
Name of debtor: [[PERSON|Henrike Vosskuhle]]
Name(s) of account holder(s): [[PERSON|Tadhg Ó Dálaigh]]
Name of seafarer: [[PERSON|Ruslan Tkachenko]]
Full names ........ [[PERSON|Nokuthula Dlamini]]
Purser: [[PERSON|Ingeborg]]   Cabin log no. CL-2041
""",
)
doc(
    "a18_neg_labels_not_people",
    "form",
    """\
Engineer: not assigned
Organiser: Facilities Team
Other party: none
Head of household: see attached
""",
)

# ------------------------------------------- a wide gap ends a field: the next field's label is no part of the name
doc(
    "a18_wide_gap_next_label",
    "form",
    """\
WARD HANDOVER
Patient: [[PERSON|Ottoline Marchbanks]]    Hospital no: ward list
Nurse: [[PERSON|Cathal Ó Conaill]]    Sign: ________
Seen at Whitfield Hospital for the scan; Parkinson disease ruled out.
""",
)

# ------------------------------------------- XML elements of a person's name parts (any schema's element names)
doc(
    "a18_xml_name_elements",
    "xml",
    """\
<?xml version="1.0"?>
<Enrolment>
  <Member>
    <FirstName>[[PERSON|Wiremu]]</FirstName>
    <LastName>[[PERSON|Te Whatu]]</LastName>
    <BirthDate>[[DATE_OF_BIRTH|1979-11-02]]</BirthDate>
  </Member>
  <Dependant><given_name>[[PERSON|Aroha]]</given_name><family_name>[[PERSON|Te Whatu]]</family_name></Dependant>
  <Agent><Surname>[[PERSON|Kowalczyk]]</Surname><Forename>[[PERSON|Bożena]]</Forename></Agent>
  <Plan><Name>Family Gold</Name><Tier>2</Tier></Plan>
</Enrolment>
""",
)

# ------------------------------------------- an address in an HTML definition list, its lines broken by <br>
doc(
    "a18_html_dd_address",
    "html",
    """\
<h2>Member profile</h2>
<dl>
  <dt>Member</dt><dd>[[PERSON|Ottavia Brambilla]]</dd>
  <dt>Postal address</dt><dd>[[ADDRESS|Via dei Mille 14, int. 3<br/>\n20129 Milano MI]]</dd>
  <dt>Adresse</dt><dd>[[ADDRESS|12 rue des Tanneurs<br>67000 Strasbourg]]</dd>
  <dt>Address</dt><dd>on file</dd>
  <dt>Billing address</dt><dd>[[ADDRESS|Apartado 2211<BR>\n1000 San José]]</dd>
</dl>
""",
)

SET.write()
