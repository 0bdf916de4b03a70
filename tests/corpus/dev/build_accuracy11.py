#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy11.jsonl``: a development set for persons, addresses and phones in structure.

Written by hand for issue 13 (helper "accuracy11"), each document before the rule it exercises was written; the
names, streets and numbers are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy11.jsonl")
doc = SET.doc

# ------------------------------------------- table headers: name parts in other languages and spellings

doc(
    "a11_csv_cognome_nome",
    "csv",
    """\
Matricola;Cognome;Nome;Reparto;Stipendio
4471;[[PERSON|TREVISANUT]];[[PERSON|BRUNILDE]];Logistica;31.200
5520;[[PERSON|OKONKWO-RINALDI]];[[PERSON|ADAEZE]];Vendite;29.800
""",
)
doc(
    "a11_csv_nom_prenom",
    "csv",
    """\
Matricule;NOM;Prénom;Service;Salaire brut
3310;[[PERSON|LE BRAZIDEC]];[[PERSON|Maëlys]];Achats;3120,40
3311;[[PERSON|KERHOAS]];[[PERSON|Ewen]];Achats;2980,10
""",
)
doc(
    "a11_tsv_first_last_gift",
    "tsv",
    """\
Ref\tTitle\tFirst\tLast\tGift (€)\tGift Aid?
R1001\tMs\t[[PERSON|Tuuli]]\t[[PERSON|Vasarainen]]\t15.00\tY
R1002\tMr\t[[PERSON|Obinna]]\t[[PERSON|Ezeudu]]\t40.00\tN
""",
)
doc(
    "a11_csv_header_digit_lead",
    "csv",
    """\
EmpNo,LastName,FirstName,BasicPay,13thMonth
E881,[[PERSON|Macaraeg]],[[PERSON|Lorna Joy]],"41,000.00","41,000.00"
E882,[[PERSON|dela Paz]],[[PERSON|Reymart]],"38,500.00","38,500.00"
""",
)
doc(
    "a11_tsv_given_names",
    "tsv",
    """\
member\tsurname\tgiven_names\tplan
M1\t[[PERSON|Tuilagi]]\t[[PERSON|Sefo]]\tGold
M2\t[[PERSON|Haukongo]]\t[[PERSON|Ndapewa]]\tSilver
""",
)
doc(
    "a11_clean_csv_first_last_only_one",
    "csv",
    """\
metric,first,peak
latency,12,40
errors,0,3
""",
)

# ------------------------------------------- keys of logs, payloads and calendars; labels that are not people

doc(
    "a11_git_log",
    "log",
    """\
commit 5b0c1d0e2f3a4b5c6d7e8f90a1b2c3d4e5f60718
Author: [[PERSON|Ilkka Ruohonen]] <[[EMAIL|ilkka.ruohonen@example.fi]]>
Date:   Wed Mar 11 09:14:52 2026 +0200

    Fix retry loop in export job

commit 7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f809
Author: [[PERSON|Thandiwe Mahlangu]] <[[EMAIL|tmahlangu@example.co.za]]>
Date:   Tue Mar 10 17:02:11 2026 +0200

    Remove a record committed by mistake: name=[[PERSON|Oyelaran Adebisi]] ssn=[[US_SSN|512-47-3390]]
""",
)
doc(
    "a11_web_chat_visitor",
    "chat",
    """\
Chat transcript — Help Centre
09:41 Visitor ([[PERSON|Aroha Te Whiu]]): hi, my card was declined
09:42 Agent: sorry to hear that, can you confirm the email on file?
09:42 Visitor: [[EMAIL|aroha.tewhiu@example.nz]]
09:43 Agent: thanks, fixed now
09:43 Visitor: great thanks
""",
)
doc(
    "a11_log_quoted_person_keys",
    "log",
    """\
2026-02-03T10:11:12Z INFO kyc job=k_1 country=NZ subject="[[PERSON|Mereana Tapsell]]" doc_type=P status=ok
2026-02-03T10:12:40Z WARN billing acct=99120 customer="[[PERSON|Ruslan Abdrakhmanov]]" overdue_days=45
""",
)
doc(
    "a11_ics_attendees",
    "ics",
    """\
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Budget sync
ORGANIZER;CN=[[PERSON|Sigrún Hallsdóttir]]:mailto:[[EMAIL|sigrun@example.is]]
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=[[PERSON|Kwame Asante-Boateng]]:mailto:[[EMAIL|kab@example.gh]]
END:VEVENT
END:VCALENDAR
""",
)

# ------------------------------------------- phones: log keys, form labels, a wide gap ends the number

doc(
    "a11_numbered_form_address_then_phone",
    "form",
    """\
1. Full name: [[PERSON|Oluwakemi Adeyinka-Bello]]
2. Residential address:
   [[ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1
   Lagos 106104]]
3. Mobile: [[PHONE|0803 555 1942]]   4. Alt. mobile: ____
""",
)
doc(
    "a11_log_sms_contact_keys",
    "log",
    """\
2026-01-09T08:00:01Z INFO otp sent user=[[EMAIL|d.ferrante@example.it]] sms_to=[[PHONE|3471234567]] session=9f2c1a
2026-01-09T08:03:12Z WARN outage notice acct=20331 contact=[[PHONE|021-555-0193]] priority=high
""",
)
doc(
    "a11_contact_no_and_portuguese_call_me",
    "form",
    """\
Staff name: [[PERSON|Siti Rahayu binte Osman]]   Staff ID: S-22019
Contact no.: [[PHONE|9123 4567]]
Teléfono: [[PHONE|612 334 908]]    Correo: [[EMAIL|arantxa.lizarraga@example.es]]
Oi, qualquer dúvida me liga no [[PHONE|(31) 98812-4410]].
""",
)

# ------------------------------------------- contact cards and calendar events

doc(
    "a11_vcard_two_contacts",
    "vcard",
    """\
BEGIN:VCARD
VERSION:3.0
N:[[PERSON|Nwachukwu-Lindqvist]];[[PERSON|Chidimma]];;;
FN:[[PERSON|Chidimma Nwachukwu-Lindqvist]]
ORG:Borealis Freight AB
TEL;TYPE=CELL:[[PHONE|+46 70 123 45 67]]
ADR;TYPE=WORK:;;[[ADDRESS|Sveavägen 44;Stockholm;;111 34]];Sweden
END:VCARD
BEGIN:VCARD
VERSION:4.0
N:[[PERSON|Takahashi]];[[PERSON|Rin]];;;
FN:[[PERSON|Rin Takahashi]]
ADR;TYPE=HOME:;;[[ADDRESS|4-2-8 Shibakoen;Minato-ku\\, Tokyo;;105-0011]];
END:VCARD
""",
)
doc(
    "a11_ics_location_street",
    "ics",
    """\
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Site visit
LOCATION:[[ADDRESS|27 Rua das Flores, 4050-262 Porto]]
END:VEVENT
BEGIN:VEVENT
SUMMARY:Stand-up
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
)

# ------------------------------------------- false people: a letter to a role, firms named with their trade

doc(
    "a11_letter_to_a_role",
    "letter",
    """\
Harbourside Medical Practice
3 May 2026

Dear Doctor,

Re: [[PERSON|Ikaika Kealoha]], DOB [[DATE_OF_BIRTH|14/09/1961]]

Thank you for seeing this gentleman.
""",
)
doc(
    "a11_clean_firms_by_trade",
    "email",
    """\
Further to your discussion with our client Kestrelmoor Consumer Products, we attach the draft terms.
Regards,
Legal Operations | Ardwell Penhaligon Lawyers
""",
)

# ------------------------------------------- addresses: Mexico, Spain and Catalonia, the Netherlands, Brazil

doc(
    "a11_mx_contract_address",
    "contract",
    """\
CONTRATO INDIVIDUAL DE TRABAJO que celebran Logística Tenochca S.A. de C.V. y [[PERSON|Itzel Cuautle Xicoténcatl]], con domicilio en [[ADDRESS|Calz. de Tlalpan 2210, Int. 4, Col. Portales, Benito Juárez, C.P. 03300, Ciudad de México]], en adelante EL TRABAJADOR.
""",
)
doc(
    "a11_es_floor_door_numbers",
    "email",
    """\
Hola, me he mudado a [[ADDRESS|Carrer de Provença, 312, 3º 1, 08037 Barcelona]] y la app sigue mostrando la dirección antigua.
Dirección fiscal: [[ADDRESS|Calle de Toledo, 77, 2º 4ª, 28005 Madrid]].
""",
)
doc(
    "a11_nl_laan_and_br_numero",
    "log",
    """\
2026-03-01T10:00:00Z INFO move_in acct=5512 supply_addr="[[ADDRESS|Laan van Nieuw Oost-Indië 301, 2593 BS Den Haag]]" status=ok
{"note":"Cliente pediu para mudar o endereço para [[ADDRESS|Avenida Sete de Setembro, nº 1450, apto 302, Vitória, Salvador - BA, CEP 40080-001]] a partir do próximo ciclo."}
""",
)

# ------------------------------------------- chat exports: particles, initials, lower-case speakers, mentions

doc(
    "a11_slack_export",
    "chat",
    """\
Slack export — #payments-oncall — 4 March 2026

[09:12] [[PERSON|Femke van 't Riet]]: seeing timeouts on the payout job again
[09:13] [[PERSON|Tomasz K. Wróblewski]]: on it, checking the queue depth now
[09:20] [[PERSON|wei ling]]: @[[PERSON|femke]] can you share the trace id?
[09:21] [[PERSON|Femke van 't Riet]]: sure, posted it in the thread
[09:40] [[PERSON|Tomasz K. Wróblewski]]: rolled back to v2.3.1, looks stable
[09:41] [[PERSON|wei ling]]: thanks both, closing the incident
""",
)

doc(
    "a11_team_chat_lowercase_speaker",
    "chat",
    """\
[10:02] [[PERSON|Aoife Ní Bhraonáin]]: hi all, can you check the refund queue?
[10:03] [[PERSON|Kofi Mensah-Bonsu]]: sure, I can see 14 stuck items
[10:05] [[PERSON|ravi shankar]]: @[[PERSON|aoife]] I think it's the bank file again
[10:06] [[PERSON|Aoife Ní Bhraonáin]]: ok thanks, can you re-send it?
[10:09] [[PERSON|Kofi Mensah-Bonsu]]: done, you should see them clear now
""",
)

# ------------------------------------------- cues and labels of reports, letters and mail

doc(
    "a11_incident_report_person_affected",
    "form",
    """\
Incident report IR-2026-0142
Person affected: [[PERSON|Tevita Fifita Lolohea]] (contractor), DOB [[DATE_OF_BIRTH|02/07/1984]]
Description: slipped on the loading dock; first aid given.
""",
)
doc(
    "a11_letters_and_cues",
    "email",
    """\
Welcome aboard! Your line manager [[PERSON|Oriane Delacourt-Mbeki]] will meet you at reception on Monday.
We also received a statement from [[PERSON|Bartholomew Kagame]] about the parking bay.

With gratitude,
[[PERSON|Henrike Sólveig Brandt]]
People Team

Att.,
[[PERSON|Joelma Tavares Quintino]]
""",
)

# ------------------------------------------- clean: commemorated people, saints' feasts, a product's origin

doc(
    "a11_clean_holiday_calendar",
    "html",
    """\
<h2>2026 payroll holiday calendar</h2>
<ul><li>Mexico: Natalicio de Vicente Guerrero (observed)</li>
<li>Peru: Día de San Pedro y San Pablo</li>
<li>Argentina: Paso a la Inmortalidad del Gral. Manuel Belgrano</li>
<li>Spare parts ships from: Antwerp, BE</li></ul>
""",
)

# ------------------------------------------- travel: a boarding pass's bar code, an apostrophe in capitals

doc(
    "a11_boarding_pass_bcbp",
    "ocr",
    """\
BOARDING PASS   FLIGHT TK 1980   SEAT 23C
BOOKING REF QZXP7L
M1[[PERSON|KARADENIZ/DEFNE]] MS EQZXP7L ISTLHRTK 1980 123Y023C0045 100
""",
)
doc(
    "a11_pax_apostrophe",
    "json",
    """\
{"pnr":"KJH2PQ","segment":"DUB-BOS","pax":"[[PERSON|D'ARCY/NIAMH]]","apis":{"docType":"P","nationality":"IRL"}}
""",
)

if __name__ == "__main__":
    SET.write()
