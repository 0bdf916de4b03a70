#!/usr/bin/env python3

"""Builder of ``accuracy24.jsonl``: a development set for people named after a role only a person fills (an
examiner, a donor, a courier, a purchaser) in every layout such a role is written in: a form's label, a label in
the middle of a line, a payload's or a log's key, and a role noun in running text, in several languages; and for
streets named after people, whose street word stands before the name.

Written by hand for issue 13 (helper "accuracy24"), each document before the rule it exercises was written; the
names, numbers and places are made up here (the streets' namesakes are public figures), none is taken from a tune
document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy24.jsonl")
doc = SET.doc

# ------------------------------------------------------------- a role's label before the person
doc(
    "a24_screen_form",
    "form",
    """\
WORKPLACE SCREENING — CHAIN OF CUSTODY
Collection site: Unit 4, Harbour Park
Donor     : [[PERSON|Osvaldo Ferreira-Quist]]
Collector : [[PERSON|Marit Halvorsen]]
Specimen ID: SP-44192   Temperature in range: yes
Result: negative. Certifying scientist: [[PERSON|Temperance Obuya]]
""",
)
doc(
    "a24_conveyancing_sheet",
    "form",
    """\
Completion statement — plot 7, Larch phase
Purchaser 1: [[PERSON|Ingrid Solberg-Haaland]]
Purchaser 2: [[PERSON|Kwabena Asante-Doyle]]
Surveyor: [[PERSON|Philippa Oyelowo]]          Valuation: 412,000
Conveyancer: Harbour Legal LLP
Occupier(s): [[PERSON|Radomir Vukasinovic]]
""",
)
doc(
    "a24_inspection_report",
    "form",
    """\
Annual gas safety record
Property ref: PR-0912    Inspector: [[PERSON|Oluwadamilare Kettering]]
Appliance: combi boiler, flue checked, CO alarm tested.
Next inspection due in 12 months.
""",
)
doc(
    "a24_formulario_es",
    "form",
    """\
Parte de entrega
Repartidor: [[PERSON|Anselmo Quiroga Betancur]]
Destinatario: [[PERSON|Maribel Echeverría Lasso]]
Observaciones: entregado en portería.
""",
)
# ------------------------------------------------------------- the same roles as a payload's and a log's keys
doc(
    "a24_delivery_json",
    "json",
    """\
{"shipment": "SHP-88412", "status": "delivered", "courier": "[[PERSON|Tobiah Wennerström]]",
 "vehicle": "Ford Transit", "carrier": "Northline Express"}
{"shipment": "SHP-88413", "status": "in_transit", "courier": "Northline Express", "vehicle": "Iveco Daily"}
""",
)
doc(
    "a24_inspection_log",
    "log",
    """\
2025-06-03T08:12:44Z INFO visit=V-2231 unit=12B inspector="[[PERSON|Fenella Marchbanks]]" outcome=pass
2025-06-03T08:40:02Z INFO visit=V-2232 unit=14A inspector="[[PERSON|Aurelio Bustamante]]" outcome=fail
2025-06-03T09:02:11Z INFO visit=V-2233 unit=15C inspector="Remote Survey" outcome=deferred
""",
)
# ------------------------------------------------------------- a role noun before the name in running text
doc(
    "a24_incident_narrative",
    "free_text",
    """\
At 07:10 the courier [[PERSON|Sigrun Atterbury]] reported a damaged parcel at the depot.
The inspector [[PERSON|Mbali Dlamini-Forsythe]] photographed the seal and the examiner signed the form later that day.
""",
)
doc(
    "a24_notes_multilingual",
    "free_text",
    """\
Die Fahrerin [[PERSON|Wiebke Osterhagen]] meldete den Schaden um 9 Uhr.
El repartidor [[PERSON|Eliseo Carvajal Montoya]] dejó el paquete en conserjería.
Le livreur [[PERSON|Théodule Marchetti]] a laissé un avis de passage.
""",
)
# ------------------------------------------------------------- streets named after people are no people
doc(
    "a24_streets_named_after_people",
    "free_text",
    """\
Road works: the depot gate on rue Jean Jaurès is closed until Friday; use the gate on Via Giuseppe Garibaldi.
Parking suspended along Avenida Getúlio Vargas and Calle Rafael Alberti during the marathon.
""",
)

# ------------------------------------------------------------- roles in apposition, in brackets, numbered
doc(
    "a24_strata_minutes",
    "free_text",
    """\
Owners corporation — minutes of the general meeting
1. Levy increase approved 6-1.
2. Lot 31 (owner [[PERSON|Faisal Al-Harthiya]]) asked for a payment plan; approved.
3. The seller of lot 9, [[PERSON|Maren Skovgaard-Lind]], has agreed to settle arrears at completion.
""",
)
doc(
    "a24_completion_form",
    "form",
    """\
Completion date: 12/09/2026   Buyer(s): [[PERSON|Ottilie R. Vasquez-Pryor]]   Seller(s): [[PERSON|Dumisani Khoza]]
Owner 1: [[PERSON|Henrietta Obafemi]]
Owner 2: [[PERSON|Casimir Wojtaszek]]
Identity checked: passport   Checked by: [[PERSON|Perpetua Lindqvist]]
""",
)

# ------------------------------------------------------------- firms and developments named like people
doc(
    "a24_manifest_csv",
    "csv",
    """\
waybill,service,sender_name,recipient_name,weight_kg
WB-11820,ECO,Hargreaves & Sons Removals,[[PERSON|Jolene Whitcombe]],4.2
WB-11821,EXP,Tom & Ellie's Bakehouse,[[PERSON|Casimir Wojtaszek]],0.8
WB-11822,ECO,Vistula Harbour Brokerage Sp. z o.o.,[[PERSON|Henrietta Obafemi]],12.0
""",
)
doc(
    "a24_building_notice",
    "free_text",
    """\
Subject: Planned works – Albert Quay
Residents of Florence Mews and Victoria Marina: the lifts are replaced from Monday. Office use: Branch Albert Quay.
""",
)

# ------------------------------------------------------------- a vehicle's model and a pet's name under their keys
doc(
    "a24_vet_and_ride_json",
    "json",
    """\
{"trip": "TR-5521", "rider": "[[PERSON|Ottilie Vasquez-Pryor]]", "vehicle": "Dacia Sandero", "fare": 14.20}
{"visit": "V-88", "owner": {"name": "[[PERSON|Dumisani Khoza]]"}, "animal": {"name": "Oscar", "species": "dog"}}
""",
)

if __name__ == "__main__":
    SET.write()
