#!/usr/bin/env python3

"""Builder of ``accuracy27.jsonl``: a development set for people in forms, payloads and logs of other languages and
layouts, and for things named after people: a form's labels repeated record after record (in Turkish, Hungarian,
Czech, Romanian, Slovene, English) that are no chat's speakers, the given and family name fields of those languages,
ships after their prefix (`MV`, `MS`, `HMS`, `M/S`), rooms, suites and halls named after people, and a person under
a payload's or a log's key of a customer, a user or a member of staff.

Written by hand for issue 13 (helper "accuracy27"), each document before the rule it exercises was written; the
names, numbers and places are made up here (the eponyms' namesakes are public figures), none is taken from a tune
document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy27.jsonl")
doc = SET.doc

# ------------------------------------------------------------- a form's labels, record after record
doc(
    "a27_kbs_guests",
    "form",
    """\
KBS konaklama bildirimi — Otel Lale Konak, Kapadokya
(1) Soyadı: [[PERSON|Korkmaz]]
    Adı: [[PERSON|Elif]]
    Uyruğu: Türkiye
    Belge: Kimlik
    Oda: 204
(2) Soyadı: [[PERSON|Vandersteen]]
    Adı: [[PERSON|Maarten]]
    Uyruğu: Belçika
    Belge: Pasaport
    Oda: 311
""",
)
doc(
    "a27_hu_register",
    "form",
    """\
Vendégkönyv — Duna Panzió
1. Vezetéknév: [[PERSON|Halmosi]]
   Keresztnév: [[PERSON|Boglárka]]
   Állampolgárság: Magyar
   Okmány: Személyi igazolvány
2. Vezetéknév: [[PERSON|Oyelowo-Grant]]
   Keresztnév: [[PERSON|Temitope]]
   Állampolgárság: Nigéria
   Okmány: Útlevél
""",
)
doc(
    "a27_cz_ro_forms",
    "form",
    """\
Přihlašovací lístek (hosté)
Příjmení: [[PERSON|Dvořáčková]]
Jméno: [[PERSON|Radka]]
Státní občanství: Česko

Fișa de înregistrare
Nume: [[PERSON|Ciobanu]]
Prenume: [[PERSON|Mirela]]
Cetățenie: România
""",
)
doc(
    "a27_fleet_form",
    "form",
    """\
FLEET HIRE — DRIVER DECLARATION
Booking: FH-22071   Depot: Leeds South
Vehicle: Ford Transit Custom  Reg FT71 KXO
Driver A: [[PERSON|Oisin Fairbrother]]
  Endorsements: none
  Licence: Full UK held 14 yrs
Driver B: [[PERSON|Parminder Sahota]]
  Endorsements: SP30 (3 pts)
  Licence: Full UK held 3 yrs
""",
)
doc(
    "a27_site_chat",
    "chat",
    """\
[07:58] [[PERSON|Tamsin]]: morning, is the crane booked for today?
[07:59] [[PERSON|Okechukwu]]: Yes
[08:00] [[PERSON|Tamsin]]: great, I'll tell the lifting crew
[08:02] [[PERSON|Okechukwu]]: ok and can you sign the permit before 9
[08:03] [[PERSON|Tamsin]]: Done
""",
)
# ------------------------------------------------------------- ships, rooms and halls named after people
doc(
    "a27_cruise_notice",
    "free_text",
    """\
Fleet notice — winter deployment
The MV Ernest Shackleton leaves Ushuaia on 4 December; the M/S Roald Amundsen follows a week later.
HMS Florence Nightingale (museum ship) is closed for repairs. Captain's dinner in the Ada Lovelace Room,
cocktails in the Nelson Mandela Lounge, the gala in Hall Frida Kahlo.
""",
)
doc(
    "a27_ship_clinic",
    "clinical_note",
    """\
MEDICAL CENTRE — MS Vasco da Gama
Passenger: [[PERSON|Heddwen Pritchard-Oyelaran]]   Cabin 7124
Seen for [[DIAGNOSIS|gastroenteritis]]; oral rehydration given.
Ship's physician: Dr [[PERSON|Anselm Weidinger]]
""",
)
doc(
    "a27_venue_menu",
    "free_text",
    """\
Conference dinner, Thursday
Reception in the Marie Curie Suite, dinner in the Charles Darwin Hall.
Dessert: Peach Melba or Crêpes Suzette. Coffee in the Albert Einstein Library.
""",
)
# ------------------------------------------------------------- a person under a payload's or a log's key
doc(
    "a27_orders_ndjson",
    "ndjson",
    """\
{"order":"W-88102","shop":"Pasta Nonna Roma","customer":"[[PERSON|Ignatius Fairweather]]","total":31.4}
{"order":"W-88103","shop":"Green Leaf Kitchen","customer":"[[PERSON|Xiomara Betancourt]]","total":12.0}
""",
)
doc(
    "a27_access_log",
    "log",
    """\
2026-03-04 07:12:09 gate=2 badge=55120 type=staff user="[[PERSON|Radomir Okafor]]" result=OK
2026-03-04 07:14:41 gate=2 badge=55872 type=visitor result=OK
2026-03-04 07:15:02 gate=3 badge=55318 type=staff staff="[[PERSON|Yolanda Przybylska]]" result=DENIED
""",
)

# ------------------------------------------------------------- a role only a person fills
doc(
    "a27_marathon_first_aid",
    "clinical_note",
    """\
CITY MARATHON — MEDICAL TENT B (km 32)
Casualty (runner): [[PERSON|Ottoline Vasquez-Brannigan]]   Bib 22817
Presenting: [[DIAGNOSIS|heat exhaustion]], treated with oral fluids and cooling.
First-aider: [[PERSON|Dagfinn Strømsnes]]
Escort ........ [[PERSON|Krisztina Halmágyi]]
""",
)
doc(
    "a27_motor_schedule",
    "form",
    """\
Policy schedule — private car
Proposer: [[PERSON|Aurelio Fenwick-Batista]]
Named driver: [[PERSON|Siobhán Kavanagh-Lloyd]]
Registered keeper: [[PERSON|Aurelio Fenwick-Batista]]
Vehicle: Skoda Octavia estate, 2019
""",
)
doc(
    "a27_it_bank_form",
    "form",
    """\
Richiesta di bonifico
Intestataria: [[PERSON|Ludovica Sangiorgi]]
Causale: rimborso soggiorno
""",
)
doc(
    "a27_incident_log",
    "free_text",
    """\
Incident IR-5531, warehouse 2
A pallet fell from rack C. The site medic [[PERSON|Teodor Wiśniewski-Lund]] checked the driver on scene.
Investigation lead: [[PERSON|Marguerite Oyelaran]]
""",
)

# ------------------------------------------------------------- a table's column headed by a role
doc(
    "a27_race_first_aid_tsv",
    "tsv",
    """\
time\tpost\tcasualty\tcomplaint\tfirst_aider
09:41\tkm 12\t[[PERSON|Leopoldine Ashcombe]]\tblister\t[[PERSON|Yusuf Adeyemi-Clarke]]
10:05\tkm 21\t[[PERSON|Radek Novotný]]\tcramp\t[[PERSON|Yusuf Adeyemi-Clarke]]
10:30\tfinish\t[[PERSON|Saoirse Ní Bhriain]]\t[[DIAGNOSIS|hypoglycaemia]]\t[[PERSON|Ingeborg Fjellheim]]
""",
)
doc(
    "a27_guest_folio_csv",
    "csv",
    """\
folio;checkin;guest;nights;total
A-1182;2026-02-11;[[PERSON|Konstanze Wendelin]];3;612,00
A-1183;2026-02-11;[[PERSON|Matthias Oberhuber]];1;189,50
A-1184;2026-02-12;[[PERSON|Aylin Karataş]];2;402,00
""",
)
doc(
    "a27_vertical_html",
    "html",
    """\
<table><tr><th>Driver</th><td>[[PERSON|Bronisław Zieliński]]</td></tr><tr><th>Depot</th><td>Gdańsk Port</td></tr>
<tr><th>Vehicle</th><td>Iveco Daily 35S</td></tr></table>
""",
)

# ------------------------------------------------------------- placeholder names
doc(
    "a27_placeholder_forms",
    "form",
    """\
Ausfüllhilfe (Beispiel): Name: Max Mustermann, Geburtsort: Musterstadt.
Eksempel: Ola Nordmann, Storgata 1. Ejemplo: Fulano de Tal.
Sample entry only - write e.g. "A. N. Other" if the name is not known.
Signed: [[PERSON|Theodora Blackwood-Inge]]
""",
)

if __name__ == "__main__":
    SET.write()
