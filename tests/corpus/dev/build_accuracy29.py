#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy29.jsonl``: a development set for conditions as hospitality, school, events and
incident records write them (issue 13, thirteenth pass): an allergy or intolerance named by its allergen
("sesame allergy", "lactose intolerance", "allergie aux arachides", "Erdnussallergie") in a form's value, a
table's cell, a payload's note, a chat or a letter, in English, French, Spanish, Portuguese, Italian and German;
a health log's key=value line ("cond=asthma med=..."); an injury a first-aider or a witness can only suspect
("taken to hospital with a suspected broken wrist"); and a currency code after an amount's cell in a ledger.
Negatives: a menu's allergen key, a policy's "guests with a nut allergy", an allergy asked about and answered
no, a network log's "rx=" counters, a suspected fraud.

Written by hand for issue 13 (helper "accuracy29"), each document before the rule it exercises was written; the
names, numbers and conditions are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy29.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ allergies and intolerances named by the allergen

doc(
    "a29_event_dietary_form",
    "form",
    """\
Delegate dietary & access form — Baltic Logistics Summit 2026
Delegate: [[PERSON|Rasmus Okonkwo-Lind]]    Badge no. D-77310
E-mail: [[EMAIL|r.okonkwo-lind@fjordfreight.example.no]]
Dietary: [[DIAGNOSIS|sesame allergy]] (no tahini, no bread with seeds)
Access: step-free seating near an exit
""",
)
doc(
    "a29_wedding_csv",
    "csv",
    """\
table,seat,guest,meal,notes
4,1,[[PERSON|Imelda Ferreira-Quist]],fish,[[DIAGNOSIS|shellfish allergy]]
4,2,[[PERSON|Bartholomew Nakashima]],veg,
4,3,[[PERSON|Oyelaran Brannigan]],meat,[[DIAGNOSIS|gluten intolerance]]
5,1,[[PERSON|Sunniva Achterberg]],kids,[[DIAGNOSIS|egg allergy]] - carries antihistamine
""",
)
doc(
    "a29_delivery_payload",
    "json",
    """\
{"order":"DX-40917","restaurant":"Lotus Noodle Bar","customer":{"name":"[[PERSON|Tobiah Marchetti-Sloan]]","phone":"[[PHONE|+44 7700 913 584]]"},"note":"[[DIAGNOSIS|tree nut allergy]] - please no cashew garnish","total":23.40}
""",
)
doc(
    "a29_staff_roster_yaml",
    "yaml",
    """\
shift: "2026-07-04 dinner"
team:
  - name: [[PERSON|Ottoline Varga-Mbeki]]
    station: pastry
    notes: [[DIAGNOSIS|latex allergy]] - nitrile gloves only
  - name: [[PERSON|Caspian Rautenbach]]
    station: grill
""",
)
doc(
    "a29_parent_chat",
    "chat",
    """\
[18:02] [[PERSON|Ngozi Abernethy]]: hi, just confirming the birthday menu for Saturday
[18:03] [[PERSON|Ngozi Abernethy]]: my son has a [[DIAGNOSIS|kiwi allergy]] so please no fruit salad
[18:05] Party host: noted, we'll do a chocolate cake instead
""",
)
doc(
    "a29_crm_fr",
    "free_text",
    """\
Note CRM : [[PERSON|Gaëlle Vandenbroucke]] ([[EMAIL|gaelle.vdb@example.be]]) nous informe d'une [[DIAGNOSIS|allergie aux fruits à coque]] ; merci de prévenir la cuisine.
""",
)
doc(
    "a29_crm_es",
    "free_text",
    """\
Nota de reserva: la huésped [[PERSON|Inmaculada Berrocal Soto]] (tel. [[PHONE|+34 612 480 377]]) tiene [[DIAGNOSIS|alergia al marisco]]; avisar al chef.
""",
)
doc(
    "a29_crm_pt",
    "free_text",
    """\
Obs. do hóspede [[PERSON|Joaquim Albuquerque Neves]] ([[EMAIL|jneves@example.pt]]): [[DIAGNOSIS|alergia a amendoim]], traz caneta de adrenalina.
""",
)
doc(
    "a29_crm_it",
    "free_text",
    """\
Richiesta di [[PERSON|Ludovica Santangelo]] ([[PHONE|+39 347 552 0918]]): il figlio ha un'[[DIAGNOSIS|allergia alle arachidi]], niente pesto con anacardi.
""",
)
doc(
    "a29_crm_de",
    "free_text",
    """\
Gastnotiz: Frau [[PERSON|Wiebke Osterhaus]] (Tel. [[PHONE|+49 171 4409 218]]) hat eine [[DIAGNOSIS|Erdnussallergie]] und [[DIAGNOSIS|Laktoseintoleranz]]; bitte an die Küche weitergeben.
""",
)
doc(
    "a29_complaint_mail",
    "email",
    """\
From: [[EMAIL|h.castellanos@example.com]]
Subject: Sunday lunch

I told your waiter that my husband has a severe [[DIAGNOSIS|mustard allergy]] and the dressing still came with mustard in it.
[[PERSON|Hortensia Castellanos]]
""",
)

# ------------------------------------------------------------------ no one's allergy

doc(
    "a29_menu_key",
    "free_text",
    """\
AUTUMN MENU — allergen key
(G) gluten  (N) nuts  (S) sesame  (D) dairy  (E) egg
Guests with a nut allergy or a coeliac diagnosis should speak to a manager before ordering.
""",
)
doc(
    "a29_kitchen_policy",
    "free_text",
    """\
Kitchen allergen policy v3
1. If a customer declares a peanut allergy, the ticket is printed in red and the order is plated separately.
2. Staff with a latex allergy are issued nitrile gloves.
3. Lactose intolerance is not an allergy; offer the lactose-free milk.
""",
)
doc(
    "a29_allergy_no",
    "form",
    """\
Swim club registration
Member: [[PERSON|Fenella Dubrovski]]   DOB: [[DATE_OF_BIRTH|14/09/2014]]
Egg allergy: no.   Penicillin allergy: none.
Asthma: no.
""",
)

# ------------------------------------------------------------------ a health log's key=value lines

doc(
    "a29_clinic_kv_log",
    "log",
    """\
2026-03-02T08:14:09Z sickbay-app[311]: visit crew=[[PERSON|Halvard Mostyn]] cond=[[DIAGNOSIS|epilepsy]] med=[[MEDICATION|levetiracetam]] disposition=rest
2026-03-02T09:40:51Z sickbay-app[311]: visit crew=[[PERSON|Yusuf Kettleborough]] dx=[[DIAGNOSIS|migraine]] med=[[MEDICATION|sumatriptan]] disposition=duty
2026-03-02T10:02:17Z sickbay-app[311]: stock check adrenaline auto-injector lot 55120
""",
)
doc(
    "a29_router_log",
    "log",
    """\
2026-03-02T08:14:09Z edge-gw[77]: if=wan0 rx=1840233 tx=99214 cond=up drops=0
2026-03-02T08:15:09Z edge-gw[77]: if=wan1 rx=0 tx=0 cond=down drops=12
""",
)

# ------------------------------------------------------------------ injuries a first-aider can only suspect

doc(
    "a29_incident_suspected",
    "free_text",
    """\
Incident report IR-2026-0418 — Riverside Ice Rink
At 19:20 a skater, [[PERSON|Marisol Achebe-Grant]], fell near the boards. First aid was given by the duty steward. She was taken to hospital with a suspected [[DIAGNOSIS|fractured left wrist]].
Contact: [[PHONE|020 7946 0321]]
""",
)
doc(
    "a29_fraud_suspected",
    "free_text",
    """\
Claims bulletin: suspected staged collision ring in the West Midlands; suspected fraud to be referred to the unit.
""",
)

# ------------------------------------------------------------------ a currency code after an amount's cell

doc(
    "a29_folio_chf",
    "csv",
    """\
folio;guest;method;card;amount;currency
F-20931;[[PERSON|Reto Zimmerli-Haas]];CC;[[CREDIT_CARD|4815 9941 8566 0017]];1840,50;CHF
F-20932;[[PERSON|Anouk Berthoud]];CC;[[CREDIT_CARD|5298 3864 4836 7824]];612,00;CHF
""",
)

# ------------------------------------------------------------------ a disease that is no one's condition here

doc(
    "a29_travel_clinic_form",
    "form",
    """\
Overseas posting checklist — [[PERSON|Gwendolyn Achterhof-Sy]]   DOB [[DATE_OF_BIRTH|03/11/1984]]
Occupational health: fit; typhoid jab given 12/01, rabies certificate on file
Follow-up: fracture/plaster clinic for the old [[DIAGNOSIS|scaphoid fracture]] review only
""",
)
doc(
    "a29_driver_medical_form",
    "form",
    """\
Driver medical (Group 2) — [[PERSON|Emrys Kowalczyk-Dunne]]   DOB [[DATE_OF_BIRTH|21/06/1971]]
Epilepsy:   [[DIAGNOSIS|epilepsy]] diagnosed 2009, seizure-free since 2014 on [[MEDICATION|lamotrigine]]
Angina in the last 12 months: none
Stroke or TIA: no
""",
)
doc(
    "a29_school_newsletter_reply",
    "email",
    """\
From: [[EMAIL|p.oyelaran@example.net]]
Thanks for the update. Rafferty loved the tuberculosis project in science, and the letter about chickenpox exposure in Year 3 was clear.
[[PERSON|Priyanka Oyelaran]]
""",
)

# ------------------------------------------------------------------ someone has it: a verb of having, another language's possessive

doc(
    "a29_front_desk_handover",
    "free_text",
    """\
Night handover — 3 Apr
- Room 412: [[PERSON|Teodoro Villanueva-Roth]] uses a walking frame and has [[DIAGNOSIS|Parkinson's disease]]; ground-floor breakfast please.
- If a guest has diabetes, the minibar snacks can be swapped on request.
- Spa: 12 guests booked; the Health Department has confirmed 3 cases of norovirus in the town, so the pool rota is tighter.
Duty manager: [[PHONE|+44 20 7946 0112]]
""",
)
doc(
    "a29_parent_chat_es",
    "chat",
    """\
[07:41] [[PERSON|Marisela Quintanar]]: Buenos días profesora, Iker no va hoy, tuvo una crisis de [[DIAGNOSIS|epilepsia]] anoche
[07:42] [[PERSON|Marisela Quintanar]]: ya le di su [[MEDICATION|levetiracetam]] y está durmiendo
""",
)
doc(
    "a29_parent_chat_de",
    "chat",
    """\
[07:55] [[PERSON|Henrike Baumgärtner]]: Guten Morgen, Jonas hat seit gestern [[DIAGNOSIS|Zöliakie]] bestätigt bekommen
[07:56] [[PERSON|Henrike Baumgärtner]]: er nimmt ab heute seine [[MEDICATION|Elvanse]] erst nach dem Frühstück
""",
)

# ------------------------------------------------------------------ injuries as other languages and OH notes write them

doc(
    "a29_claim_call_notes",
    "free_text",
    """\
Nota de llamada: el asegurado [[PERSON|Baltasar Ezquerra Lomba]] (tel. [[PHONE|+34 655 201 984]]) refiere [[DIAGNOSIS|fractura de muñeca]] tras el golpe.
Note d'appel : l'assurée [[PERSON|Pernelle Grandjean]] ([[PHONE|+33 6 44 81 27 90]]) signale une [[DIAGNOSIS|entorse de la cheville]].
Nota: il cliente [[PERSON|Ottavio Brambilla]] ([[PHONE|+39 333 781 4420]]) riferisce [[DIAGNOSIS|colpo di frusta]] dopo il tamponamento.
""",
)
doc(
    "a29_oh_return_note",
    "clinical_note",
    """\
Return-to-work note — Re: [[PERSON|Idunn Halvorsen-Mbatha]]
Idunn attended today following a [[DIAGNOSIS|corneal abrasion]] at the grinding bench; eye cover removed, vision 6/6.
Fit for normal duties with eye protection.
""",
)
doc(
    "a29_parent_chat_fr",
    "chat",
    """\
[07:50] [[PERSON|Clémentine Fauchard]]: Bonjour Madame, Anatole ne viendra pas ce matin, crise d'[[DIAGNOSIS|asthme]] cette nuit.
""",
)

if __name__ == "__main__":
    SET.write()
