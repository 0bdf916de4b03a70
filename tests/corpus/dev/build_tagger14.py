#!/usr/bin/env python3
"""Builder of ``tagger14.jsonl``: a development set for the statistical name tagger's wider candidates (issue 13,
fourteenth pass, helper "tagger14"), written before the candidates were widened.

People named in capitals (``KOWALCZYK Irena``, ``IRENA KOWALCZYK``) and by an initial and a surname
(``J Okafor``, ``M. Lindahl``) with no cue a rule reads: passenger manifests, bank transfer narratives, court-style
lists, sign-in sheets and minutes, in English, German, French, Spanish, Dutch and Polish; beside them, runs in
capitals that name no one (headings, log levels, banks, units, product codes), which the tagger must leave. Each
document was written here by hand; no text, value or layout was taken from a tune document. Markup as
``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("tagger14.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ names in capitals

doc(
    "t14_manifest_caps",
    "tsv",
    """\
SEAT\tPAX\tCLASS\tSSR
14A\t[[PERSON|OYELARAN Adebayo]]\tY\tVGML
14B\t[[PERSON|HALVORSEN Signe]]\tY\t
15C\t[[PERSON|DUBREUIL Maëlys]]\tY\tWCHR
16F\t[[PERSON|ZWIERZCHOWSKI Tadeusz]]\tJ\t
""",
)

doc(
    "t14_transfer_narrative",
    "log",
    """\
2025-09-02 BOOKED 450.00 EUR INCOMING TRANSFER FROM [[PERSON|WILHELMINA VAN DER POEL]] REF RENT SEPT
2025-09-03 BOOKED -62.10 EUR CARD PAYMENT LIDL FILIALE 4471
2025-09-05 BOOKED 120.00 EUR INCOMING TRANSFER FROM [[PERSON|JAROSŁAW KUBIAK]] REF SHARED BILLS
2025-09-06 BOOKED -15.00 EUR STANDING ORDER GYM MEMBERSHIP
""",
)

doc(
    "t14_virement_fr",
    "free_text",
    """\
Relevé de compte - septembre 2025
03/09 VIREMENT RECU DE [[PERSON|MME ODILE FOURNERET]] 300,00
04/09 PRELEVEMENT EDF CLIENTS PARTICULIERS 74,18
07/09 VIREMENT EMIS VERS [[PERSON|GHISLAIN MARCHETEAU]] 55,00
""",
)

doc(
    "t14_cause_list_caps",
    "free_text",
    """\
DAILY LIST - COURT 3 - BEFORE DISTRICT JUDGE [[PERSON|PEMBERTON-ASHE]]
10:00  [[PERSON|THACKERAY]] v [[PERSON|OLUWASEUN]]  Directions
11:30  NORTHGATE HOUSING LIMITED v [[PERSON|MCGILLIVRAY]]  Possession
""",
)

doc(
    "t14_headings_no_one",
    "free_text",
    """\
ANNUAL REPORT 2024 - SUMMARY OF OPERATIONS
SECTION 2: HEALTH AND SAFETY
All RIDDOR reportable incidents were closed within the period. The NEW WAREHOUSE PROJECT is on schedule.
DEUTSCHE BANK AG and BNP PARIBAS remain the lending banks. KEY PERFORMANCE INDICATORS follow below.
""",
)

doc(
    "t14_log_levels_no_one",
    "log",
    """\
2025-10-11 07:00:01 INFO SCHEDULER STARTED
2025-10-11 07:00:02 WARN DISK USAGE HIGH ON VOLUME DATA
2025-10-11 07:00:03 ERROR CONNECTION REFUSED Retrying Soon
2025-10-11 07:00:09 INFO Backup Agent finished
""",
)

# ------------------------------------------------------------------ an initial and a surname

doc(
    "t14_signin_initials",
    "free_text",
    """\
Site induction sign-in, Tuesday
Name            Company           Time in
[[PERSON|J Okafor]]       Brightline Scaffolds     07:40
[[PERSON|R. Castellanos]]  Brightline Scaffolds     07:42
[[PERSON|T Nakashima-Reid]]     Hollis Electrical       07:55
""",
)

doc(
    "t14_minutes_initials_de",
    "meeting_notes",
    """\
Protokoll Elternbeirat, 3. Juni
Anwesend waren [[PERSON|K. Wojciechowska]], [[PERSON|H. Brandstetter]] und [[PERSON|L. Ferreira]].
Die Schulleitung berichtet über den Umbau der Mensa.
""",
)

doc(
    "t14_acta_es",
    "meeting_notes",
    """\
Acta de la reunión de vecinos
Asistentes: [[PERSON|A. Etxeberria]], [[PERSON|M. Quiroga Lanza]]
Se aprueba el presupuesto de la A. C. para la fachada.
""",
)

doc(
    "t14_signoff_nl",
    "email",
    """\
Beste collega's,

De nieuwe planning staat in de gedeelde map. Graag voor vrijdag reageren.

Met vriendelijke groet,
[[PERSON|P. Verhoeven-Dijkstra]]
Afdeling Inkoop
""",
)

doc(
    "t14_units_no_one",
    "free_text",
    """\
Dosing table: give 5 ML per KG twice daily. Store at 4 C.
Model A Series runs on the B Line; see Part C Schedule for the Q Branch timings.
""",
)

if __name__ == "__main__":
    SET.write()
