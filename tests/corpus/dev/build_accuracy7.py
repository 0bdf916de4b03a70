#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy7.jsonl``: a development set for PERSON and ADDRESS recall on structure and shapes.

Written by hand for issue 13 (helper "accuracy7"), each document before the rule it exercises; the names,
streets and values are made up here, none is taken from a tune document. Markup, labels and level rules as
``devset.py``; decisions in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy7.jsonl")
doc = SET.doc

# ------------------------------------------------------------------ PERSON: keys that end in a name part

doc(
    "a7_json_role_name_keys",
    "json",
    """\
{"case": "KYC-5512", "subject_name": "[[PERSON|Oisín Barrantes-Velho]]", "subject_country": "PT",
 "screening": {"holderName": "[[PERSON|Wairimu Castellanos]]", "insured_first": "[[PERSON|Teuila]]", "insured_last": "[[PERSON|Fakalata]]"},
 "product_name": "Premium Saver", "is_last": "Yes", "file_name": "Scan Copy"}
""",
)
doc(
    "a7_log_role_keys",
    "log",
    """\
2025-02-11T08:01:12Z billing op=REFUND account=88120 borrower="[[PERSON|Ksenija Mbatha]]" amount=120.00
2025-02-11T08:03:40Z billing op=CHANGE_PLAN policyholder="[[PERSON|Aroha Lindqvist]]" plan=Gold
2025-02-11T08:05:02Z billing op=EXPORT format=csv rows=1200 owner=finance-bot
""",
)
doc(
    "a7_json_foreign_name_keys",
    "json",
    """\
{"dossier": 2291, "titulaire": {"nom": "[[PERSON|FERREIRA-LOUBET]]", "prenom": "[[PERSON|Maëlys]]", "date_naissance": "[[DATE_OF_BIRTH|03/09/1988]]"},
 "paziente": {"cognome": "[[PERSON|Zanardelli]]", "nome": "[[PERSON|Ilario]]", "sesso": "M"},
 "prodotto": {"nome": "Conto Smart", "canone": 0}}
""",
)
doc(
    "a7_css_font_family_not_person",
    "html",
    """\
<html><body style="font-family:Verdana; margin:0"><p style="font-family: Georgia">Monthly newsletter</p></body></html>
""",
)
# ------------------------------------------------------------------ PERSON: form fields
doc(
    "a7_form_caps_fields",
    "form",
    """\
APPLICATION FOR RENEWAL
LAST NAME: [[PERSON|OYELARAN]]   FIRST: [[PERSON|TEMITOPE]]   MI: K
Surname:        [[PERSON|KOWALCZE]]
Other names:    [[PERSON|Zbyszko]]
Name (as in passport): [[PERSON|MUHAMMAD HAFIZ BIN ROSLAN]]
D.O.B.: [[DATE_OF_BIRTH|02/11/1979]]
""",
)
doc(
    "a7_form_second_language_plural",
    "form",
    """\
1. Cognome/i / Surname(s): [[PERSON|VELLUTINI]]
2. First name(s) / Nome/i: [[PERSON|ORSOLYA]]
3. Date of birth / Data di nascita: [[DATE_OF_BIRTH|14-07-1991]]
""",
)
doc(
    "a7_caps_surname_then_given",
    "discharge_summary",
    """\
Service de pneumologie
Patient(e) : [[PERSON|TRƯƠNG Minh Khoa]]   Né(e) le : [[DATE_OF_BIRTH|12 mars 1974]]
Médecin : Dr [[PERSON|LEFEBVRE-ABDI]]
""",
)
doc(
    "a7_credential_before_name",
    "lab_report",
    """\
Specimen: serum   Collected 08:10
Verified by: MLS [[PERSON|T. Okonjo-Reyes]]   Instrument firmware 4.1.2
Reviewed by: BMS [[PERSON|K. Aaltonen]]
Referred by: HR Business Partner
""",
)
doc(
    "a7_committee_not_person",
    "form",
    """\
CLAIM FORM   APPROVED BY JOINT BILLING STANDARDS COMMITTEE 04/19
1. PLAN TYPE [X] GROUP
""",
)

# ------------------------------------------------------------------ tables: a title line, SQL dumps
doc(
    "a7_csv_title_line",
    "csv",
    """\
"Riverside Primary - Class 3 list",,,,
child_first,child_last,dob,guardian,guardian_phone
[[PERSON|Teodora]],[[PERSON|Vashti-Ndlovu]],[[DATE_OF_BIRTH|12/03/2016]],[[PERSON|Ilse Vashti-Ndlovu]],[[PHONE|+44 20 7946 0321]]
[[PERSON|Mátyás]],[[PERSON|Oyelowo]],[[DATE_OF_BIRTH|30/11/2015]],[[PERSON|Ferenc Oyelowo]],[[PHONE|+44 20 7946 0877]]
""",
)
doc(
    "a7_tsv_borrower_column",
    "csv",
    """\
loan\tborrower\tbalance
L-1\t[[PERSON|Efua Lindahl]]\t1200.00
L-2\t[[PERSON|Rangi Okafor-Stiles]]\t80.00
""",
)
doc(
    "a7_sql_dump",
    "free_text",
    """\
-- dump of clinicdb
CREATE TABLE `patients` (`id` int NOT NULL, `full_name` varchar(120), `amount` decimal(10,2), `birth_date` date, `street` varchar(200), PRIMARY KEY (`id`));
INSERT INTO `patients` VALUES (1,'[[PERSON|Ingrid Solheim-Abara]]',10.50,'[[DATE_OF_BIRTH|1961-03-09]]','[[ADDRESS|14 Calle Mayor]]'),(2,'[[PERSON|Radu Ferreira]]',NULL,'[[DATE_OF_BIRTH|1990-11-30]]','[[ADDRESS|88 Larch Way]]');
insert into staff (id, role, first_name) values (7, 'nurse', '[[PERSON|Chidera]]');
INSERT INTO products (sku, name) VALUES ('A-1', 'Blue Kettle');
""",
)
doc(
    "a7_sql_products_only",
    "free_text",
    """\
CREATE TABLE products (sku varchar(20), name varchar(80), price decimal(8,2));
INSERT INTO products VALUES ('K-100','Garden Hose',12.50),('K-101','Rain Barrel',40.00);
-- insert the new rows before the release
""",
)

# ------------------------------------------------------------------ PERSON: notes, chats and cues of other languages
doc(
    "a7_crm_dated_notes",
    "free_text",
    """\
CRM > Cuenta 4410 > Notas
03.04.2025 10:12 — [[PERSON|Wiremu Castellano-Hale]]:
Llamó [[PERSON|Ixchel Quispe Mamani]] para cambiar la fecha del cargo.
05.04.2025 09:30 — [[PERSON|Sunniva Obi]]:
Kunde [[PERSON|Ruzica Abendroth]] ruft wegen der Rechnung an.
06.04.2025 14:02 — [[PERSON|Sunniva Obi]]:
Mme/M. [[PERSON|Lê Thảo]] appelle au sujet du prélèvement.
""",
)
doc(
    "a7_dated_headings_not_people",
    "log",
    """\
Changelog
2025-01-02 10:00 — Release Notes:
Fixed the upload bug in the portal and the export.
2025-01-09 10:00 — Known Issues:
The sync stalls when the network drops.
""",
)
doc(
    "a7_chat_export_times",
    "chat",
    """\
Messaging
[[PERSON|Tjalling van Dijk]]  09:12
  Hi [[PERSON|Amara]]! Would you be open to a call this week?

[[PERSON|Amara Osei Bonsu]]  10:40
  Sure, you can reach me after 5.

[[PERSON|Tjalling van Dijk]]  11:02
  Great, I will send you the details.
""",
)
doc(
    "a7_chat_intro_and_titles",
    "chat",
    """\
10:01 Bot: Hi, you're chatting with [[PERSON|Yui]]. How can I help today?
10:02 Guest: my card was charged twice
Medico scelto: dott. [[PERSON|Gaspare Ilunga]] (codice regionale 4412)
Mevrouw/meneer [[PERSON|Tjitske Oyono]] belt over de incasso.
El cliente Banco Andino para la cuenta de empresa.
""",
)

# ------------------------------------------------------------------ pleadings, witness statements, letters
doc(
    "a7_pleading_parties",
    "free_text",
    """\
IN THE COUNTY COURT AT LEEDS                         Claim No. L55QZ901

BETWEEN
          [[PERSON|TEODORA VASHTI-NDLOVU]]                   Claimant
     and
          HARTWELL LETTINGS LIMITED                   Defendant

WITNESS STATEMENT OF [[PERSON|ILSE NAKAMURA]]

1. I am [[PERSON|Ilse Nakamura]] of Old Forge Cottage, [[ADDRESS|12 Mill Lane, Leeds LS1 4AB]].
2. I am Head of Lettings at the agency.
""",
)
doc(
    "a7_referral_re_line",
    "email",
    """\
Dear Dr [[PERSON|Okonkwo-Baptiste]],

Re: [[PERSON|Sören Vaitkus]]   D.O.B. [[DATE_OF_BIRTH|4 Dec 1981]]
Cover note: Attn: [[PERSON|Núria Puig i Ferrer]] re: records request
Renter [[PERSON|Ilkay Drummond-Oyelaran]] (Arizona DL [[DRIVER_LICENSE|Y45759039]]) returned the car.
""",
)
# ------------------------------------------------------------------ ADDRESS: Dutch, HTML, YAML blocks, objects
doc(
    "a7_addr_dutch_additions",
    "free_text",
    """\
Rekeningafschrift  ·  Pagina 1

[[PERSON|FEMKE VAN DER STAAL]]
[[ADDRESS|Lijnbaansgracht 31 hs
1017 WS Amsterdam]]
""",
)
doc(
    "a7_addr_html_br",
    "html",
    """\
<table><tr><td><b>Bezorgd bij</b><br>[[PERSON|Jelle Oyelaran]]<br>[[ADDRESS|Keizersgracht 410-3<br>1016 GC Amsterdam]]</td></tr></table>
""",
)
doc(
    "a7_addr_yaml_block_and_object",
    "yaml",
    """\
customer:
  phone: "[[PHONE|+31 20 794 1234]]"
  home_address: |
    [[ADDRESS|Korte Nieuwstraat 8 bg
    3512 NM Utrecht]]
order: {"shipping_address": {"line1": "[[ADDRESS|14 Sráid na Siopaí, Galway, H91 X2P7]]", "country": "IE"}, "ip_address": {"line1": "10.0.0.1"}}
""",
)

doc(
    "a7_addr_street_keys",
    "json",
    """\
{"customer": {"name": "[[PERSON|Ana Lucía Ferraz]]", "street": "[[ADDRESS|Rua Augusta 1200]]", "city": "São Paulo", "zip": "01304-001"},
 "billing": {"line1": "[[ADDRESS|4410 Oakmont Dr]]", "city": "Plano"}, "note": {"line1": "Thank you for order 5512 today"},
 "map": {"street": "Main", "lanes": 4}}
""",
)
doc(
    "a7_addr_log_fields",
    "log",
    """\
2025-03-01T10:00:00Z kyc op=VERIFY street_address=[[ADDRESS|4410 Oakmont Dr]] city=Plano state=TX result=pass
2025-03-01T10:00:02Z kyc op=VERIFY street=[[ADDRESS|Calle de Alcalá 45]] city=Madrid result=pass
""",
)

doc(
    "a7_contact_person_and_particles",
    "json",
    """\
{"contactPerson": "[[PERSON|Efosa Igbinedion]]", "kinName": "[[PERSON|Tavita Leota]]"}
audit user="[[PERSON|Siobhán Ní Bhriain]]" action=login
Thanks so much, [[PERSON|Mahliyo]]!
""",
)
doc(
    "a7_csv_contact_person_header",
    "csv",
    """\
Contact Person,Role
[[PERSON|Imogen Fairweather-Blake]],Buyer
[[PERSON|Rangi Te Awa]],Planner
""",
)

doc(
    "a7_addr_one_line_us_and_danish",
    "free_text",
    """\
HQ: [[ADDRESS|2210 Larkspur Parkway Cedar Falls IA 50613]]
EU office: [[ADDRESS|Strandvejen 214, 2900 Hellerup]]
""",
)
doc(
    "a7_places_and_memorials_not_people",
    "free_text",
    """\
The Martin Luther King Jr. Memorial and the Lincoln Memorial are closed today.
Charing Cross and Kings Cross are closed; take the Jubilee Line to Canary Wharf or walk to Notting Hill.
""",
)

doc(
    "a7_html_named_elements",
    "html",
    """\
<h1>Customer 360 — <span class="name">[[PERSON|Kobina Mensah-Ashe]]</span></h1>
<dl><dt>Email</dt><dd>[[EMAIL|kobina.ma@example.net]]</dd></dl>
<p>Account manager: <span class="account-manager">[[PERSON|LaToya Brightwater]]</span></p>
<div class="product"><span class="name">Aurora Desk Lamp</span><span class="price">12.00</span></div>
""",
)


if __name__ == "__main__":
    SET.write()
