#!/usr/bin/env python3
"""Builder of ``tagger15.jsonl``: a development set for the statistical name tagger's people named again by one
of their names (issue 13, fifteenth pass, helper "tagger15"), written before the change.

A person named in full where no rule reads a cue (a list of names, a line of a log, a sign-off) is then named by
a surname or a given name alone, further on (``Sandoval agreed``, ``ask Wiebke``): minutes, incident notes, chat
summaries, shift handovers and letters in English, German, Spanish, Dutch, Polish and Italian; beside them, words
that stand alone and name no one (a month, a product, a place). Each document was written here by hand; no text,
value or layout was taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("tagger15.jsonl")
doc = SET.doc

doc(
    "t15_minutes_en",
    "free_text",
    """\
Steering group, 14 October
Attendees: [[PERSON|Ignatius Brackenridge]], [[PERSON|Philippa Oduya]], [[PERSON|Tamsin Gorecki-Vale]]

1. Budget. [[PERSON|Brackenridge]] presented the revised figures; [[PERSON|Oduya]] asked whether the reserve
   covers the winter months.
2. Hiring. [[PERSON|Tamsin]] will draft the advert by Friday.
""",
)

doc(
    "t15_incident_log",
    "log",
    """\
2025-10-02 08:14 shift start, on duty: [[PERSON|Radomir Pietrzykowski]] / [[PERSON|Aurelio Sandoval]]
2025-10-02 09:40 alarm on bay 3, reset by [[PERSON|Pietrzykowski]]
2025-10-02 11:05 [[PERSON|Sandoval]] logged the pressure drop and called maintenance
""",
)

doc(
    "t15_protokoll_de",
    "free_text",
    """\
Protokoll der Teamsitzung vom 3. November
Anwesend: [[PERSON|Wiebke Hollenstein]], [[PERSON|Gernot Pfaffinger]]

[[PERSON|Hollenstein]] berichtet über den Stand der Umstellung. [[PERSON|Pfaffinger]] übernimmt die Abstimmung
mit der IT bis Mittwoch. Rückfragen bitte an [[PERSON|Wiebke]].
""",
)

doc(
    "t15_acta_es",
    "free_text",
    """\
Acta de la reunión de vecinos
Asistentes: [[PERSON|Eulalia Barrenechea]], [[PERSON|Casimiro Villalonga]]

[[PERSON|Barrenechea]] propone cambiar la empresa de limpieza. [[PERSON|Villalonga]] se opone hasta ver tres
presupuestos. Se acuerda que [[PERSON|Eulalia]] pida las ofertas antes de diciembre.
""",
)

doc(
    "t15_overdracht_nl",
    "free_text",
    """\
Overdracht avonddienst
Team: [[PERSON|Jorien Wijnbergen]], [[PERSON|Thijmen Koolhaas]]

[[PERSON|Wijnbergen]] heeft de voorraad geteld. [[PERSON|Koolhaas]] belt morgen de leverancier terug.
""",
)

doc(
    "t15_chat_summary_pl",
    "chat",
    """\
Podsumowanie rozmowy
Uczestnicy: [[PERSON|Bronisława Szczepaniak]], [[PERSON|Leokadia Wróblewska]]

[[PERSON|Szczepaniak]]: wysłałam poprawiony plik.
[[PERSON|Wróblewska]]: dzięki, sprawdzę jutro rano.
""",
)

doc(
    "t15_verbale_it",
    "free_text",
    """\
Verbale del consiglio di classe
Presenti: [[PERSON|Ottavio Scarpellini]], [[PERSON|Benedetta Ruggeri-Lanza]]

[[PERSON|Scarpellini]] illustra l'andamento del trimestre. [[PERSON|Benedetta]] segnala due assenze prolungate.
""",
)

doc(
    "t15_no_one_alone",
    "free_text",
    """\
Release notes, October
Components: Orion Gateway, Helios Scheduler, Vega Reports

Orion now retries failed uploads. Helios runs the nightly export at 02:00; Vega adds a CSV download.
October also brings a new login page.
""",
)

if __name__ == "__main__":
    SET.write()
