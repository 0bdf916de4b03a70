#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy34.jsonl``: a development set for documents without personal data and the document's
level (issue 13, fifteenth pass): values a text calls examples, samples, test or dummy data ("Example: ...",
"e.g. ...", "Beispiel: ...", "p. ex. ...", "... (example)", "... is a format example only", a YAML key
``test_cards``), in English, German, French and Spanish, on forms, guidance, templates and configuration; and, as
positives, real records whose labels carry an example hint that the filled-in value comes after ("Emergency contact
(e.g. spouse): ..."), a laboratory's "sample" of a named patient, and a sentence that ends before the value.

Written by hand for issue 13 (helper "accuracy34"), each document before the rule it exercises was written; the
names, numbers and addresses are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy34.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ values a text calls examples (no personal data)

doc(
    "a34_guidance_examples",
    "free_text",
    """\
How to complete the tenancy deposit form (guidance v3)

Section 2 asks for the tenant's details. Example: Samuel Okonkwo-Byrne, 14 Larch Crescent, Dunmore DN4 7QT.
Write dates as DD/MM/YYYY, e.g. 03/11/1987. A National Insurance number has two letters, six digits and a letter, for example QQ 12 34 56 A.
Telephone numbers: give the whole number with its area code (e.g. 0161 496 0734).
Return the form to the lettings office. Do not staple.
""",
)
doc(
    "a34_bank_form_hints",
    "form",
    """\
DIRECT DEBIT INSTRUCTION — notes for completion
Account holder(s): as on your statement
Sort code: six digits (sample entry: 40-11-62)
Account number: eight digits, 71048823 is an illustration only
Passport number (if no UK address): e.g. 533281947
Do not send cash.
""",
)
doc(
    "a34_formular_beispiel",
    "form",
    """\
Ausfüllhinweise zum Antrag auf Wohngeld
Name, Vorname: bitte in Druckschrift (Beispiel: Brunhilde Kesselring-Oyama)
Anschrift: Straße, Hausnummer, PLZ, Ort (z. B. Lindenallee 23, 04109 Leipzig)
Steuer-ID: elf Ziffern, z. B. 86095742719
Telefon für Rückfragen: freiwillig
""",
)
doc(
    "a34_formulaire_exemple",
    "form",
    """\
Notice — demande de carte de stationnement
Nom et prénom : en majuscules, par exemple : GUILLEMETTE ARSÈNE-DUBOIS
Adresse : numéro, rue, code postal et ville (exemple : 12 rue des Tanneurs, 67000 Strasbourg)
Téléphone : facultatif
Pièce jointe : justificatif de domicile de moins de trois mois.
""",
)
doc(
    "a34_plantilla_ejemplo",
    "free_text",
    """\
Plantilla de alta de proveedor (rellenar en mayúsculas)
Razón social: ______   CIF: ______
Persona de contacto: ______ (por ejemplo: Remedios Altamirano Quiroga)
Correo: ______  Teléfono: ______ (ejemplo: +34 612 48 90 37)
Envíe la plantilla firmada a compras.
""",
)
doc(
    "a34_test_config_yaml",
    "yaml",
    """\
# payment service — sandbox settings
environment: sandbox
retry_policy: {max_attempts: 4, backoff_ms: 250}
test_cards:
  visa: "4242 4242 4242 4242"
  mastercard: "5555 5555 5555 4444"
dummy_customer:
  phone: "+44 7911 483 266"
owners: [checkout-team]
""",
)
doc(
    "a34_placeholder_after",
    "free_text",
    """\
Merge fields for the renewal letter
{{member.name}}, {{member.address}}, {{member.renewal_date}}
Preview row: Anneliese Varga-Thompson, 9 Orchard Way, Kelso TD5 8LR (dummy data, not a member)
Licence example: DL ABRAH712089TR9X (fictitious)
The preview updates when the template is saved.
""",
)

# ------------------------------------------------------------------ real records: an example hint in a label, then the value

doc(
    "a34_contact_form_filled",
    "form",
    """\
NEW STARTER FORM
Full name: [[PERSON|Obiageli Fairweather]]
Date of birth: [[DATE_OF_BIRTH|22/06/1991]]
Emergency contact (e.g. spouse, parent): [[PERSON|Tancredi Fairweather]], [[PHONE|07700 182 554]]
Home address (e.g. flat number, street): [[ADDRESS|Flat 2, 61 Bellfield Road, Paisley PA2 6QL]]
""",
)
doc(
    "a34_lab_sample",
    "clinical_note",
    """\
Specimen received 09:40. Sample collected from [[PERSON|Henrietta Vasquez-Lund]], DOB [[DATE_OF_BIRTH|04/02/1958]], MRN [[MEDICAL_RECORD_NUMBER|K4471920]].
Sample type: serum. Requested by ward 7.
""",
)
doc(
    "a34_example_sentence_then_value",
    "email",
    """\
Hi team,

The new intake template has an example row at the top, please delete it before sending. For this week's referral: [[PERSON|Mehmet Aldous]], [[PHONE|07700 361 902]], [[ADDRESS|27 Coppice Lane, Whitby YO21 3EB]].

Thanks,
[[PERSON|Rosalind Ekwueme]]
""",
)
doc(
    "a34_example_company",
    "email",
    """\
From: [[PERSON|Gideon Marchetti]] <[[EMAIL|gideon.marchetti@harbourlane.co.uk]]>
Subject: invoice query

Please send the corrected invoice to our accounts office, for example by post to [[ADDRESS|4 Quayside Mews, Bristol BS1 6EL]], or by e-mail.
""",
)

# ------------------------------------------------------------------ places and venues named after people (no personal data)

doc(
    "a34_departures_board",
    "free_text",
    """\
DEPARTURES — Terminal 2 — updated 06:40
BA0117  New York John F. Kennedy      08:15  Gate B32  Boarding
LY0316  Tel Aviv Ben Gurion           08:40  Gate C04  On time
TP1683  Funchal Cristiano Ronaldo     09:05  Gate A11  Delayed 09:50
IB3167  Aeropuerto Adolfo Suárez Madrid-Barajas  09:20  Gate A18  On time
LH2479  Flughafen Franz Josef Strauß München     09:35  Gate B02  Cancelled
AA0081  Los Angeles Tom Bradley Terminal         10:10  Gate C12  On time
""",
)
doc(
    "a34_stadium_tickets_csv",
    "csv",
    """\
ticket_id,fixture,venue_area,row,seat,price
SQ-40117,Harwick Town v Dunmore Rovers,Jackie Milburn Stand,F,112,28.50
SQ-40118,Harwick Town v Dunmore Rovers,Jackie Milburn Stand,F,113,28.50
SQ-40119,Harwick Town v Dunmore Rovers,Brian Clough Terrace,K,7,24.00
SQ-40120,Estadio Santiago Bernabéu tour,Gate 4,-,-,15.00
""",
)
doc(
    "a34_away_travel_note",
    "free_text",
    """\
Away travel: coaches leave at 09:00 for the Raich Carter Ground; the club shop at the Jimmy Hill Pavilion opens at noon.
Supporters' liaison: [[PERSON|Dervla Okafor-Haig]].
""",
)

if __name__ == "__main__":
    SET.write()
