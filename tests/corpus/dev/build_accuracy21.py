#!/usr/bin/env python3

"""Builder of ``accuracy21.jsonl``: a development set for people listed one a line under a heading, people named
after a kinship word, account holders labelled in European languages, and institutions named after people.

Written by hand for issue 13 (helper "accuracy21"), each document before the rule it exercises was written; the
names, numbers and places are made up here (the institutions' namesakes are public figures), none is taken from a
tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy21.jsonl")
doc = SET.doc

# ------------------------------------------------------------- lists one item a line under their heading
doc(
    "a21_minutes_attendees_roles",
    "free_text",
    """\
Strategy meeting — Eastgate family
Date: 14 March 2025   Venue: Riverside Hub, room 2

Attendees:
  [[PERSON|T. Abernethy]] — Chair (team manager)
  [[PERSON|Wenonah Castellanos]] — School nurse ([[EMAIL|w.castellanos@riverside-schools.example.org]])
  [[PERSON|Dariusz Kowalik]] (Police, PPU)
  [[PERSON|Priyamvada Ssempala]], Family support worker

1. Purpose of the meeting: information sharing.
""",
)
doc(
    "a21_protokoll_teilnehmende",
    "free_text",
    """\
Protokoll Fallkonferenz
Teilnehmende:
    * [[PERSON|Hannelore Wischnewski]] – Jugendamt
    * [[PERSON|Okonkwo Brandl]] – Schulsozialarbeit
    * [[PERSON|M. Ferreira-Lutz]] – Kita-Leitung
Nächster Termin: 02.05.2025
""",
)
doc(
    "a21_volunteer_referees",
    "form",
    """\
VOLUNTEER APPLICATION — PART C
Referees (not family members)
  1) [[PERSON|Gwendolyn Ashworth-Pike]], former line manager, [[PHONE|01632 960 418]]
  2) [[PERSON|Tadeusz Wróblewski]], scout leader — [[PHONE|01632 960 772]]
Have you lived abroad in the last five years? No
""",
)
doc(
    "a21_referencias_personales",
    "form",
    """\
SOLICITUD DE VOLUNTARIADO
Referencias personales:
 1. [[PERSON|Maricruz Ybarra Solís]] — vecina — [[PHONE|+34 612 447 903]]
 2. [[PERSON|Anselmo Quiroga]] — párroco — [[PHONE|+34 623 118 540]]
Disponibilidad: sábados por la mañana
""",
)
doc(
    "a21_household_members",
    "form",
    """\
Housing needs assessment
Applicant: [[PERSON|Nadifa Warsame]]   Ref: HNA-2025-0417

Household members
  - [[PERSON|Abdirahman Warsame]] (son), DOB [[DATE_OF_BIRTH|03/09/2011]]
  - [[PERSON|Hibaq Warsame]] (daughter), DOB [[DATE_OF_BIRTH|21/01/2015]]
  - [[PERSON|Faadumo Ali Nuur]] (mother), DOB [[DATE_OF_BIRTH|1958]]

Current address is overcrowded (one bedroom).
""",
)
doc(
    "a21_composicion_familiar",
    "form",
    """\
Ficha de acogida
Composición familiar:
  • [[PERSON|Yurleidy Contreras Peña]] (hija), [[DATE_OF_BIRTH|12/03/2016]]
  • [[PERSON|Rosmary Peña Villalobos]] (abuela), [[DATE_OF_BIRTH|1949]]
Observaciones: pendiente de empadronamiento.
""",
)
# a list of things under a heading is not a list of people
doc(
    "a21_agenda_items_negative",
    "free_text",
    """\
Attendees:
  Board members — see register
  Finance Committee — apologies
References
  1. Annual Report 2024, section 3
  2. Safeguarding Policy — revised edition
Household members
  - Not recorded at intake
""",
)

# ------------------------------------------------------------- a person named after a kinship word
doc(
    "a21_kin_case_note",
    "free_text",
    """\
Home visit 03/06/2025. [[PERSON|Leandro]] lives with his grandmother [[PERSON|Benedita Almeida Couto]] and an older
brother. Present: father [[PERSON|Osvaldo Nkemelu]], stepmother [[PERSON|Chidinma Nkemelu]], and [[PERSON|Kelechi]]
([[DATE_OF_BIRTH|14/02/2017]]). Husband of the landlady, [[PERSON|Ruairí Mac Donncha]], was not present.
""",
)
doc(
    "a21_kin_other_languages",
    "free_text",
    """\
Nota social: el menor vive con su madre [[PERSON|Xiomara Betancourt Lugo]] en una habitación alquilada.
Notiz: Das Kind wohnt bei seiner Tante [[PERSON|Svetlana Petrović]] seit Januar.
Note : l'enfant est hébergé par sa tante [[PERSON|Awa Diabaté]] depuis mars.
""",
)
doc(
    "a21_kin_negative",
    "free_text",
    """\
The mother and baby unit reopened in May. Father Christmas visited the toy library on Saturday.
The sister ward (Ward 7) took two admissions; the partner Organisations meet quarterly.
""",
)

# ------------------------------------------------------------- an account's holder, labelled in its own language
doc(
    "a21_account_holders_europe",
    "form",
    """\
Datos bancarios para el reembolso
Titular de la cuenta: [[PERSON|Eulalia Marcó Ribas]]
IBAN: [[IBAN|ES91 2100 0418 4502 0005 1332]]

Coordonnées bancaires
Titulaire du compte : [[PERSON|Fabrice Ndiaye-Lemoine]]

Intestatario del conto: [[PERSON|Ottavia Scamarcio]]
Kontoinhaber: [[PERSON|Reinhild Obermüller]]
Rekeninghouder: [[PERSON|Sietske Hoekstra]]
Titular da conta: [[PERSON|Joaquina Barradas]]
Właściciel rachunku: [[PERSON|Bożena Wawrzyniak]]
""",
)

# ------------------------------------------------------------- institutions named after people
doc(
    "a21_eponymous_institutions_negative",
    "free_text",
    """\
Partner venues this term: the Harriet Tubman Community Centre, Desmond Tutu Primary, Frida Kahlo Academy,
Colegio Gabriela Mistral, Escola Paulo Freire, Maison Simone Veil and the Fannie Lou Hamer Women's Shelter.
Drop-in sessions move to Casa Dolores Huerta from June.
""",
)
doc(
    "a21_eponymous_with_person",
    "email",
    """\
From: [[PERSON|Ingrid Solbakken]] <[[EMAIL|ingrid.solbakken@northbridge-housing.example.org]]>
Subject: move-on placement

Hi [[PERSON|Jo]], [[PERSON|Mehwish Qureshi]] has been offered a room at the Rosa Parks Women's Refuge; her key worker at
Centro Óscar Arnulfo Romero is [[PERSON|Baltasar Quintanilla]].
""",
)

# ------------------------------------------------------------- a party's or an agent's key; a Gift Aid form's field
doc(
    "a21_party_keys_log",
    "log",
    """\
2025-05-02T09:14:07Z INFO sepa evt=mandate.created mandate=MND-4471 debtor="[[PERSON|Gunnhild Aasland]]" amt=15.00
2025-05-02T09:14:09Z INFO sepa evt=mandate.created mandate=MND-4472 debtor="Harbourside Holdings Ltd" amt=90.00
2025-05-02T09:15:41Z INFO ivr call_id=88120 agent=[[PERSON|Thandeka Mthembu-Reyes]] queue=refills wait=41s
2025-05-02T09:16:02Z INFO ivr call_id=88121 agent=ht85 queue=refills wait=12s
2025-05-02T09:17:30Z WARN courier code=NO_ACCESS consignee="[[PERSON|Anjali Raghunathan]]" hub=BLR
""",
)
doc(
    "a21_gift_aid_declaration",
    "form",
    """\
Gift Aid declaration — single donation
Title: Mr   First name or initial(s): [[PERSON|Chukwuemeka]]   Surname: [[PERSON|Obi]]
Full home address: [[ADDRESS|14 Calder Row, Wakefield WF1 3AB]]
I am a UK taxpayer and understand that if I pay less Income Tax than the Gift Aid claimed it is my responsibility.
""",
)

if __name__ == "__main__":
    SET.write()
