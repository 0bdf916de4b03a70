#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``tagger13.jsonl``: a development set for the statistical name tagger (issue 13, thirteenth pass,
helper "tagger13"), written before the tagger was turned on in the engine.

People named in runs of capitalised words with no cue a rule reads: attendance lists, sign-off lines, payment
and transfer logs, rota and roster tables, "Last, First" pairs in statements, names in the middle of prose, in
English, German, Dutch, French, Spanish, Italian, Polish, Portuguese, Swedish and Turkish; the names are of many
origins and mostly outside the rules' lists. Beside them, runs of capitalised words that name no one (products,
firms, places, events, software, job titles, headings), which the tagger must leave. Each document was written
here by hand; no text, value or layout was taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("tagger13.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ names in lists and lines with no cue

doc(
    "t13_minutes_de",
    "meeting_notes",
    """\
Protokoll der Teamsitzung Lagerlogistik, 14. Oktober 2025
Teilnehmende: [[PERSON|Wenzeslaus Brückner]], [[PERSON|Ottilie Schwarzkopf]], [[PERSON|Yannick Oberhuber]]
Entschuldigt: [[PERSON|Hildrun Kastenmeier]]

1. Inventur: Die Zählung im Hochregal beginnt am Montag.
2. Schichtplan: Frühschicht bleibt unverändert.
""",
)

doc(
    "t13_minutes_nl",
    "meeting_notes",
    """\
Verslag werkoverleg afdeling Inkoop — 3 november 2025
Aanwezig: [[PERSON|Gerolf Dijkgraaf]], [[PERSON|Tjitske Hoekstra-Bouma]] en [[PERSON|Ruben Zwartendijk]]
Notulist: [[PERSON|Anneloes Verhagen]]

De nieuwe leverancierslijst wordt vóór vrijdag gedeeld.
""",
)

doc(
    "t13_signoff_fr",
    "email",
    """\
Objet : relance facture 2025-118

Bonjour,

Nous n'avons pas encore reçu le règlement de la facture citée en objet. Merci de nous indiquer la date prévue.

Cordialement,
[[PERSON|Gwenaëlle Quémener]]
Service comptabilité
""",
)

doc(
    "t13_signoff_es",
    "email",
    """\
Asunto: cambio de turno del sábado

Hola a todos,

esta semana cubro el turno de tarde del sábado; el domingo vuelvo al horario normal.

Un saludo,
[[PERSON|Itziar Etxeberria Goikoetxea]]
""",
)

doc(
    "t13_transfer_log",
    "log",
    """\
2025-09-02 08:14:11 INFO payments batch=PX-2231 queued 3 transfers
2025-09-02 08:14:12 INFO payments transfer ok beneficiary=[[PERSON|Radoslav Petkovski]] amount=412.50 EUR
2025-09-02 08:14:12 INFO payments transfer ok beneficiary=[[PERSON|Ngozi Adebayo-Okafor]] amount=96.00 EUR
2025-09-02 08:14:13 WARN payments transfer held beneficiary=[[PERSON|Tuyết Mai Trịnh]] reason=limit
2025-09-02 08:14:13 INFO payments batch=PX-2231 done
""",
)

doc(
    "t13_statement_inverted",
    "bank_statement",
    """\
Date       Description                         Amount
02/10/2025 STANDING ORDER TO [[PERSON|Kowalczyk, Zbigniew]]         -250.00
05/10/2025 TRANSFER FROM [[PERSON|Haddad, Rania]]                +1,200.00
09/10/2025 CARD PAYMENT Green Valley Grocers             -43.18
""",
)

doc(
    "t13_rota_tsv",
    "tsv",
    """\
day\tshift\tstaff\tward
Monday\tearly\t[[PERSON|Oluwaseun Bankole]]\tCedar
Monday\tlate\t[[PERSON|Ingibjörg Sveinsdóttir]]\tCedar
Tuesday\tearly\t[[PERSON|Dariusz Wróblewski]]\tMaple
""",
)

doc(
    "t13_prose_pl",
    "note",
    """\
Notatka służbowa

Dzisiaj rozmawiałam z [[PERSON|Bożydarem Krzemińskim]] o terminie odbioru dokumentów. Obiecał, że przyjdzie w czwartek
razem z [[PERSON|Jadwigą Sowińską]].
""",
)

doc(
    "t13_prose_it",
    "note",
    """\
Verbale di consegna

Il materiale è stato ritirato da [[PERSON|Ermenegildo Scarabottolo]] alle ore 10:30 e consegnato in magazzino a
[[PERSON|Loredana Pizzighella]], che ne ha verificato il contenuto.
""",
)

doc(
    "t13_prose_pt",
    "note",
    """\
Registo de ocorrência

O equipamento avariado foi entregue por [[PERSON|Gonçalo Vasconcelos Brandão]] na receção. A técnica
[[PERSON|Iracema Figueiredo]] fez o diagnóstico no mesmo dia.
""",
)

doc(
    "t13_list_sv",
    "list",
    """\
Deltagare i brandövningen, hus B
- [[PERSON|Ragnfrid Lindqvist]]
- [[PERSON|Torbjörn Åkesson]]
- [[PERSON|Eskil Hjalmarsson]]
Övningen tog 14 minuter.
""",
)

doc(
    "t13_list_tr",
    "list",
    """\
Vardiya listesi (Kasım)
1. [[PERSON|Gülizar Karaosmanoğlu]]  gece
2. [[PERSON|Ertuğrul Çakıroğlu]]  gündüz
3. [[PERSON|Nesrin Yıldırımkaya]]  gündüz
""",
)

doc(
    "t13_json_kv",
    "json",
    """\
{"ticket": 4471, "status": "closed", "owner": "[[PERSON|Thandiwe Mokoena]]", "watchers": ["[[PERSON|Kristoffer Nyberg]]", "[[PERSON|Aigerim Seitkali]]"], "queue": "Facilities"}
""",
)

doc(
    "t13_csv_names",
    "csv",
    """\
ref,approved_by,amount,currency
A-101,[[PERSON|Mirela Dobrescu]],120.00,EUR
A-102,[[PERSON|Fintan Ó Ceallaigh]],64.50,EUR
A-103,[[PERSON|Sakura Hoshino]],910.00,EUR
""",
)

# ------------------------------------------------------------------ runs of capitalised words that name no one

doc(
    "t13_products_en",
    "note",
    """\
Release notes, version 8.2

The Admin Console now supports Single Sign On through Azure Active Directory and Okta Workforce Identity.
Exports to Google Sheets and Microsoft Excel keep their column order. Dark Mode is on by default.
""",
)

doc(
    "t13_places_events",
    "note",
    """\
Team offsite agenda

Day one at the Lake Constance Conference Centre, day two in Zurich Old Town. The Winter Gala follows at
Grand Hotel Belvedere; shuttles leave from Konstanz Central Station every half hour.
""",
)

doc(
    "t13_firms_invoice",
    "invoice",
    """\
Supplier: Northwind Traders Ltd
Bill to: Contoso Facilities Management
Items: Standing Desk Frame x4, Ergonomic Chair Mesh x4
Terms: Net 30, Bank Transfer
""",
)

doc(
    "t13_job_titles",
    "note",
    """\
Open positions, Q4

Senior Software Engineer, Data Platform
Head of Customer Success, Northern Europe
Junior Project Coordinator, Facilities
""",
)

doc(
    "t13_headings_de",
    "note",
    """\
Inhaltsverzeichnis
Allgemeine Geschäftsbedingungen
Technische Daten Und Wartung
Häufig Gestellte Fragen
Kontakt Und Anfahrt
""",
)

doc(
    "t13_log_services",
    "log",
    """\
2025-11-03T09:12:44Z INFO Order Service started on port 8080
2025-11-03T09:12:45Z INFO Payment Gateway Adapter connected to Stripe Connect
2025-11-03T09:12:47Z WARN Inventory Sync Worker lagging by 42s
""",
)

if __name__ == "__main__":
    SET.write()
