#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy9.jsonl``: a development set for people, addresses and phones in European prose and
exports (issue 13, helper "accuracy9").

Written by hand, each document before the rule it exercises was written; the names, streets and numbers are made
up here, none is taken from a tune document. Markup as ``devset.py``; decisions in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy9.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ PHONE: labels and verbs of other languages

doc(
    "a9_phone_verbs_languages",
    "email",
    """\
Betreff: Lieferung fehlt
Die Sendung kam nie an. Rückruf unter [[PHONE|0157 33418820]] bitte, ab 17 Uhr.
Si no estoy, llamen al [[PHONE|622 48 19 07]] por la tarde.
Je reste joignable au [[PHONE|06.41.22.87.19]] toute la journée.
""",
)
doc(
    "a9_phone_labels_forms",
    "form",
    """\
Telefoon: [[PHONE|06-43871290]]
Recapito: [[PHONE|347 8812093]]
Nr tel.: [[PHONE|602 118 443]]
""",
)
doc(
    "a9_phone_signature_line",
    "email",
    """\
Hallo zusammen,

das Paket ist beschädigt angekommen, Fotos anbei.

Viele Grüße
[[PERSON|Hannelore]]
[[PHONE|0711-4428190]]
""",
)
doc(
    "a9_phone_pairs_not_date",
    "email",
    """\
Release 12.03.2024 deployed; Tel: 12.03.2024 is a date, not a number.
""",
)

# ------------------------------------------------------------------ PERSON: minutes, greetings and introductions

doc(
    "a9_minutes_attendees_languages",
    "minutes",
    """\
Protokoll Teamrunde Hamburg
Anwesend: [[PERSON|Jorinde Vasbeck]], [[PERSON|Kasimir Oltrogge]]

Verbale riunione Torino
Partecipanti: [[PERSON|Benvenuta Caspani]], [[PERSON|Ruggero Valsecchi]]
""",
)
doc(
    "a9_chat_greeting_introduction",
    "chat",
    """\
[09:12] Yerlan: Hola [[PERSON|Oriel]], soy [[PERSON|Yerlan]]. ¿Me confirmas el pedido?
[09:13] Oriel: sí, claro
[10:40] Tjalling: Hoi [[PERSON|Wubbe]], je spreekt met [[PERSON|Tjalling]]. Waarmee kan ik helpen?
""",
)
doc(
    "a9_greeting_dutch_italian",
    "email",
    """\
Hoi [[PERSON|Femmigje]],

Ik ben vandaag ziek thuis.

Buongiorno [[PERSON|Ermenegilda]],
grazie per la risposta.
""",
)
doc(
    "a9_reply_header_team_mailbox",
    "email",
    """\
Thanks, that worked.

On 4 Mar 2025, [[PERSON|Oskari Vähäsarja]] <[[EMAIL|support@shop-example.test]]> wrote:
> we have reset your password.

On 3 Mar 2025, Shop Example Support <[[EMAIL|support@shop-example.test]]> wrote:
> your ticket was received.
""",
)

# ------------------------------------------------------------------ PERSON: form fields and keys

doc(
    "a9_report_fields_wide_gap",
    "report",
    """\
WYNIK BADANIA
Nazwisko              [[PERSON|KOWALIK-ZIĘBA]]
Imię                  [[PERSON|Gościsława]]
Apelido               [[PERSON|TRINDADE]]
Nome próprio          [[PERSON|Aurélio]]
""",
)
doc(
    "a9_form_role_labels_languages",
    "form",
    """\
Assuré(e) : [[PERSON|BERTHELOT Anaïs]]
Lavoratore: [[PERSON|Crescenzo Albanese]]
Trabajador: [[PERSON|Iñaki Zubeldia]]   NIF: [[ES_DNI|12345678Z]]
Kunde: [[PERSON|Wiltrud von der Aue]]
""",
)
doc(
    "a9_sepa_and_pharmacy_keys",
    "log",
    """\
2025-02-11T10:00:01Z INFO pay msg=pacs.008 dbtr="[[PERSON|Ottokar Brühne]]" cdtr="[[PERSON|Liesel Harbeck]]" amt=120.00
2025-02-11T10:04:12Z DISPENSE rx=7712 rph=[[PERSON|T. Quigley-Amos]] verify=OK
2025-02-11T10:05:40Z DISPENSE rx=7713 rph=RPH4410 verify=OK
""",
)

# ------------------------------------------------------------------ PERSON: prose of other languages

doc(
    "a9_birth_phrases_languages",
    "letter",
    """\
wir berichten über [[PERSON|Radoslav Hütter]], geb. [[DATE_OF_BIRTH|14.02.1979]], stationär vom 2.-6. Mai.
Betreft: [[PERSON|Sjoerdina Haaksma]], geboren 3 juni 1985.
Cliente: la signora [[PERSON|Ortensia Mazzoleni]], nata a Bergamo.
""",
)
doc(
    "a9_cue_verbs_languages",
    "crm",
    """\
{"ts": "2025-05-02T09:00:00Z", "text": "[[PERSON|Xoán Barreiro]] pide factura con otra dirección"}
{"ts": "2025-05-02T09:10:00Z", "text": "[[PERSON|Graciete Lobato]] quer alterar o método de pagamento"}
{"ts": "2025-05-02T09:20:00Z", "text": "Kunde wirkte zufrieden, Ticket geschlossen."}
""",
)
doc(
    "a9_signoffs_without_comma",
    "letter",
    """\
Please let me know if anything is unclear.

Yours sincerely
[[PERSON|Tadhgín Ó Criodáin]]
Occupational Therapist

Z poważaniem
[[PERSON|Wiesława Chmielarz]]
""",
)

# ------------------------------------------------------------------ tables: columns of other languages and roles

doc(
    "a9_returns_columns_languages",
    "csv",
    """\
rma;kunde;strasse;plz;ort;telefon
R-1001;[[PERSON|Anna Pfannkuch]];[[ADDRESS|Lindenallee 12]];28195;Bremen;[[PHONE|0421 339812]]
R-1002;[[PERSON|Peter Riechers]];[[ADDRESS|Am Wall 7]];28195;Bremen;[[PHONE|+49 421 5532190]]
""",
)
doc(
    "a9_csv_customer_column_firms",
    "csv",
    """\
order,customer,amount
O-1,[[PERSON|Annika Lindqvist]],12.00
O-2,[[PERSON|Mehmet Yıldırım]],40.10
O-3,[[PERSON|James Carter]],8.99
""",
)

# ------------------------------------------------------------------ PERSON: clinical shorthand, e-signatures, relatives

doc(
    "a9_clinical_shorthand_people",
    "note",
    """\
{"task": "call", "note": "Pt [[PERSON|Oyelowo]] d/c'd after [[DIAGNOSIS|cellulitis]], needs f/u"}
{"task": "call", "note": "Caregiver [[PERSON|Branwen]] on the line, POA on file"}
{"task": "edu", "note": "Pt Education provided; Pt verbalized understanding."}
""",
)
doc(
    "a9_esigned_and_prescriber",
    "note",
    """\
Prescriber: [[PERSON|Okonjo, Adaeze]] MD  NPI 1234567893
Plan discussed with patient.

E-signed [[PERSON|Dariusz Wełnicki]] 2025-01-04 09:12
""",
)
doc(
    "a9_relatives_and_callbacks",
    "chat",
    """\
[10:01] [[PERSON|Ines]]: the card is for my father [[PERSON|Hamid Rostami]])
[10:02] [[PERSON|Ines]]: Neighbor [[PERSON|Cormac]] helps with shopping.
[10:05] [[PERSON|Wren]]: anyone free for a callback? [[PERSON|Teodora Vasilescu]] MRN [[MEDICAL_RECORD_NUMBER|44018822]] re meds
""",
)
doc(
    "a9_team_senders_and_acronyms",
    "email",
    """\
From: Harbor Wellness <[[EMAIL|news@harbor-example.test]]>
Subject: Nurse Line hours, Progress Note (SOAP) template

Call the 24/7 Nurse Line any time. Visit St. Anselm Pavilion on the 3rd floor.
""",
)

# ------------------------------------------------------------------ ADDRESS: FHIR address arrays, labelled blocks

doc(
    "a9_fhir_address_array",
    "json",
    """\
{"resourceType": "Patient", "name": [{"family": "[[PERSON|Quesnel]]", "given": ["[[PERSON|Arnaud]]"]}],
 "address": [
   {
     "line": [
       "[[ADDRESS|14 chemin des Vignes]]"
     ],
     "city": "Dijon", "postalCode": "21000"
   }
 ]}
""",
)
doc(
    "a9_labelled_block_stops_at_label",
    "form",
    """\
Adresse / Address:
[[ADDRESS|Unit 5-210 Rideau Street
Ottawa, ON K1N 5Y1]]
Tél. / Phone: [[PHONE|613-555-0143]]
""",
)

# ------------------------------------------------------------------ PHONE: grouped international numbers, columns

doc(
    "a9_phone_grouped_international",
    "hr",
    """\
Emergency contact: [[PERSON|Lorcan Tierney]] (brother) [[PHONE|+44 7700 900517]]
NK1|1|TIERNEY^LORCAN|BRO|||[[PHONE|+353 87 600 1234]]
""",
)
doc(
    "a9_phone_column_national_numbers",
    "csv",
    """\
order,customer_name,city,phone
A-1,[[PERSON|Rosalía Beltrán]],Zaragoza,[[PHONE|976 44 18 20]]
A-2,[[PERSON|Gaspard Lemaire]],Lille,[[PHONE|+33 3 20 55 01 99]]
A-3,[[PERSON|Ottilie Brandt]],Kassel,[[PHONE|0561-7781204]]
A-4,,Nowhere,+49 000 0000000
""",
)
doc(
    "a9_dot_leader_form_block",
    "form",
    """\
Surname ......... [[PERSON|ACHTERBERG]]
Home address ....
[[ADDRESS|12 Orchard Lane
Bristol
BS6 5AB]]
Mobile .......... [[PHONE|07700 900662]]
""",
)

# ------------------------------------------------------------------ PERSON: two-part HTML labels, CV headings

doc(
    "a9_html_two_part_labels",
    "html",
    """\
<h1>Kunde K-99120</h1>
<dl>
  <dt>Prénom / Nom</dt><dd>[[PERSON|Maëlys Carrandier]]</dd>
  <dt>Voornaam / Achternaam</dt><dd>[[PERSON|Sietse Hoekstra]]</dd>
  <dt>Artikel / SKU</dt><dd>Blue Widget</dd>
</dl>
""",
)
doc(
    "a9_cv_headings",
    "cv",
    """\
[[PERSON|Ilinca Drăgulescu]]
Lebenslauf

Berufserfahrung
2019–2024 Sachbearbeiterin
""",
)
doc(
    "a9_cv_heading_above_name",
    "cv",
    """\
CURRICULUM VITAE

[[PERSON|Bartosz Wierzbicki]]
Skills Summary
""",
)

# ------------------------------------------------------------------ ADDRESS: a firm's seat is no one's home

doc(
    "a9_contract_parties_firm_seat",
    "contract",
    """\
CONTRATTO DI LAVORO

Tra Esempio Logistica S.r.l., Via Solferino 22, 20121 Milano
e il Sig. [[PERSON|Fiorenzo Cattaneo]], residente in [[ADDRESS|Via Gorizia 8, 20144 Milano]].
""",
)
doc(
    "a9_payer_po_box_and_member",
    "letter",
    """\
Lakeside Health Plan
PO Box 4410
Dayton OH 45401

[[PERSON|Marisol Quintanilla]]
[[ADDRESS|812 Juniper Ave, Apt 3
Dayton, OH 45402]]
""",
)

# ------------------------------------------------------------------ PERSON: attributions and screening lists

doc(
    "a9_attributions_other_languages",
    "report",
    """\
Resultado: hemoglobina 10,9 g/dL
Validado por: [[PERSON|Yaroslava Demchuk]]   2025-03-02
Erstellt von: Abteilung Einkauf
Prepared by: Team Logistik
""",
)
doc(
    "a9_screening_hits_list",
    "note",
    """\
Name screening, two hits:
 * [[PERSON|Hallgrímur Brynjarsson]] — Pass-Nr. (IS) [[PASSPORT|A7719034]] — not the listed person
 * [[PERSON|Clothilde de Saint-Aubin]] — passeport (FR) [[PASSPORT|18AV20931]] — not the listed person
""",
)

# ------------------------------------------------------------------ not people: brands, firms, acronyms

doc(
    "a9_brands_named_after_founders",
    "html",
    """\
<p>New in: Tommy Hilfiger, Vivienne Westwood and Carolina Herrera; returns handled by our Customer Identification Form.</p>
""",
)
doc(
    "a9_seller_column_firms",
    "csv",
    """\
payout_id,seller_name,seller_email
P-1,[[PERSON|Liisa Koskinen]],[[EMAIL|liisa.k@mail-example.test]]
P-2,Koskinen Outlet GmbH,[[EMAIL|orders@koskinen-example.test]]
""",
)
doc(
    "a9_acronym_after_label",
    "note",
    """\
P: Continue sertraline as prescribed by GP; review in six weeks.
""",
)

# ------------------------------------------------------------------ PERSON: capital particles, handoff tables

doc(
    "a9_caps_particles_and_former_names",
    "form",
    """\
PATIENT: [[PERSON|Ó DOMHNAILL, CAOIMHE]]   DOB: [[DATE_OF_BIRTH|03/11/1951]]   SEX: F
1. Legal name: [[PERSON|Rosario Batungbakal]]
   Other names used: [[PERSON|Rosario Lintag]]
DISPENSE rx=1 rph=[[PERSON|J. dela Paz]] verify=OK
""",
)
doc(
    "a9_handoff_table_pt_column",
    "markdown",
    """\
| Pt | MRN | Dx | To do |
|---|---|---|---|
| [[PERSON|Ferreira, L.]] | [[MEDICAL_RECORD_NUMBER|77120934]] | [[DIAGNOSIS|cellulitis]] | recheck CRP |
| [[PERSON|van Dijk, M.]] | [[MEDICAL_RECORD_NUMBER|55018821]] | [[DIAGNOSIS|pneumonia]] | AM labs |
""",
)

# ------------------------------------------------------------------ ADDRESS: X12 street segments of a person

doc(
    "a9_x12_person_street",
    "x12",
    """\
NM1*85*2*DESERT VIEW CLINIC*****XX*1234567893~
N3*400 W CONGRESS ST~
N4*TUCSON*AZ*85701~
NM1*IL*1*[[PERSON|ABERNATHY*CORDELIA]]****MI*[[HEALTH_PLAN_ID|W771204419]]~
N3*[[ADDRESS|1187 N SAGUARO VISTA DR]]~
N4*TUCSON*AZ*85745~
""",
)

# ------------------------------------------------------------------ ADDRESS: US addresses in capitals

doc(
    "a9_us_capitals_letter",
    "letter",
    """\
[[PERSON|ODALYS VERACRUZ]]
[[ADDRESS|5120 W SAGEBRUSH TRAIL, APT 7
PHOENIX, AZ 85031]]

Health plan member ID: [[HEALTH_PLAN_ID|HP4471920331]]
""",
)
doc(
    "a9_us_capitals_one_line",
    "log",
    """\
2025-04-01 MAILING name="[[PERSON|TOMASINA ROWE]]" addr="[[ADDRESS|88 ORCHARD HILL RD, BANGOR, ME 04401]]"
2025-04-01 GET /v2/status HTTP 200 OK ZZ 12345 latency=31ms
""",
)

if __name__ == "__main__":
    SET.write()
