#!/usr/bin/env python3

"""Builder of ``accuracy32.jsonl``: a development set for postal addresses as other countries and other layouts
write them: an address under a YAML key as a block scalar (``address: |``, ``>-``), an address object's street
lines under the keys of published schemas (SCIM's ``formatted`` and ``streetAddress``, Open Banking's
``AddressLine``, a contact list's ``value``), typographic apostrophes in a street's name (``St John’s Road``),
cities and streets opening with a capital of Latin Extended-A (``Łomża``, ``Žilina``), Danish and Norwegian floors
and ``allé``, and addresses that open with the premises (``House 12, Road 5, ...``, ``Villa 9, ...``,
``Building 7, Road 2803, ...``, ``No. 23, Jalan ...``, ``FLAT 9, CEDAR HOUSE, ...``) as South and South-East
Asia, the Gulf, Africa and British flats write them; and sentences and lists where such words are no address.

Written by hand for issue 13 (helper "accuracy32"), each document before the rule it exercises was written; the
names, numbers and places are made up here, none is taken from a tune document. Markup as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy32.jsonl")
doc = SET.doc

# ------------------------------------------------------------- YAML block scalars
doc(
    "a32_yaml_tenant",
    "yaml",
    """\
# tenancy record, exported by lettings-sync 4.1
tenancy_id: TN-40213
lead_tenant:
  name: [[PERSON|Aroha Ngata]]
  mobile: "[[PHONE|+64 21 555 0142]]"
  postal_address: |
    [[ADDRESS|Unit 7, 33 Harbour Road
    Wellington 6011]]
deposit_nzd: 1800
""",
)
doc(
    "a32_yaml_folded",
    "yaml",
    """\
applicant:
  full_name: [[PERSON|Kwabena Asante-Mensah]]
  mailing_address: >-
    [[ADDRESS|No. 4, Kanda Estate Road,
    Accra GA-123-4567]]
  residence_permit: false
""",
)
doc(
    "a32_yaml_seoul",
    "yaml",
    """\
- member: [[PERSON|Seo-yeon Park]]
  address: |
    [[ADDRESS|Apt 1203, 12 Sinbanpo-ro
    Seocho-gu, Seoul 06571]]
  plan: family
""",
)

doc(
    "a32_yaml_short_lines",
    "yaml",
    """\
holder:
  name: [[PERSON|Vesna Kolarić]]
  address: |
    [[ADDRESS|Vlaška 7
    10000 Zagreb]]
  risk: low
""",
)

# ------------------------------------------------------------- address objects in payloads
doc(
    "a32_scim_user",
    "json",
    """\
{
  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
  "userName": "mfernando",
  "name": {"formatted": "[[PERSON|Malsha Fernando]]"},
  "addresses": [
    {
      "type": "home",
      "formatted": "[[ADDRESS|No. 18, Galle Road, Colombo 00300]]",
      "primary": true
    }
  ]
}
""",
)
doc(
    "a32_contact_values",
    "json",
    """\
{"contact": {"display": "[[PERSON|Nnamdi Okafor]]",
  "phones": [{"value": "[[PHONE|+234 803 555 0199]]", "kind": "mobile"}],
  "addresses": [{"kind": "home", "value": "[[ADDRESS|Apartment 5B, Lekki Gardens, Lekki Phase 1, Lagos 106104]]"}]}}
""",
)
doc(
    "a32_openbanking_lines",
    "json",
    """\
{
  "Data": {
    "Party": {
      "PartyId": "PTY-99812",
      "Name": "[[PERSON|Joana Sá Pereira]]",
      "Address": [
        {
          "AddressType": "Residential",
          "AddressLine": [
            "[[ADDRESS|Rua das Flores 28, 2º Esq.]]"
          ],
          "TownName": "Porto",
          "Country": "PT"
        },
        {
          "AddressType": "Postal",
          "AddressLine": ["[[ADDRESS|Kastanjelaan 7a]]"],
          "TownName": "Haarlem",
          "Country": "NL"
        }
      ]
    }
  }
}
""",
)
doc(
    "a32_schema_org",
    "json",
    """\
{"@type": "Person", "name": "[[PERSON|Ilse Vandermeulen]]",
 "address": [{"@type": "PostalAddress", "streetAddress": "[[ADDRESS|Kortrijksesteenweg 1043]]",
 "addressLocality": "Gent", "postalCode": "9000"}]}
""",
)

# ------------------------------------------------------------- typography and letters of other alphabets
doc(
    "a32_curly_apostrophes",
    "email",
    """\
From: [[EMAIL|lettings@oakfield-homes.example]]
Subject: Viewing confirmed

Hi [[PERSON|Priya]], your viewing at [[ADDRESS|14 St John’s Road, Sevenoaks TN13 3LR]] is booked for Friday. The
keys are held at our branch; the previous tenant, [[PERSON|Mr Hallworth]], has moved to
[[ADDRESS|2 Bishop’s Walk, Croydon CR0 1BN]].
""",
)
doc(
    "a32_central_europe",
    "free_text",
    """\
Dane do wysyłki: [[PERSON|Zofia Wróblewska]], [[ADDRESS|ul. Słoneczna 8 m. 3, 18-400 Łomża]].
Adresa pre doručenie: [[PERSON|Ján Kováč]], [[ADDRESS|Hlavná 14, 010 01 Žilina]].
""",
)
doc(
    "a32_nordic_floors",
    "form",
    """\
Patient: [[PERSON|Mette Kjærsgaard]]
Bopæl: [[ADDRESS|Nørregade 12, 2. th., 1165 København K]]
Pårørende: [[PERSON|Søren Kjærsgaard]], [[ADDRESS|Istedgade 5, st. tv., 1650 København V]]
Fastlege: [[PERSON|Dr Ingrid Holm]], [[ADDRESS|Kongens allé 9, 5007 Bergen]]
""",
)

# ------------------------------------------------------------- the premises first
doc(
    "a32_premises_prose",
    "free_text",
    """\
I, [[PERSON|Tariq Mahmood]], of [[ADDRESS|House 221, Block C, Model Town, Lahore 54700]], make this statement
from my own knowledge. My brother [[PERSON|Imran]] lives at [[ADDRESS|Villa 12, Street 45, Al Barsha 2, Dubai]] and
our mother at [[ADDRESS|Building 7, Road 2803, Block 428, Seef, Bahrain]].
""",
)
doc(
    "a32_premises_letter",
    "email",
    """\
Dear [[PERSON|Ms Tan]],

Please send the signed contract to [[ADDRESS|No. 23, Jalan Ampang, 50450 Kuala Lumpur]] by Friday. Our courier
can also collect from [[ADDRESS|Unit 4, Kowloon Bay Plaza
Kowloon Bay, Hong Kong]].

Regards,
[[PERSON|Farid Osman]]
""",
)
doc(
    "a32_premises_caps",
    "form",
    """\
CONSIGNEE: [[PERSON|GARETH LLOYD]]
[[ADDRESS|FLAT 9, CEDAR HOUSE, NORTH ROAD, CARDIFF CF14 3BN]]
TEL: [[PHONE|029 2018 0421]]
""",
)
doc(
    "a32_premises_flats",
    "free_text",
    """\
Repairs log. Damp reported by [[PERSON|Kelechi Eze]] at [[ADDRESS|Flat 3, Rowan Court, Hillside Road, Dundee DD2 1QT]];
a follow-up is due. [[PERSON|Aisling Byrne]] ([[ADDRESS|Apartment 12, The Maltings, Cork T12 X8W3]]) reports a leak.
""",
)

# ------------------------------------------------------------- no address here
doc(
    "a32_premises_negatives",
    "free_text",
    """\
Course outline. Unit 3, Lesson 2: fractions and decimals. Unit 4, Section 1, Part B covers ratios.
Building 2, Level 4 houses the new lab; House 7, the one with the red door, was sold in 2019.
See No. 5, Fig. 3 and Table 2 for the results. Flat 4, as agreed, will be repainted next week.
""",
)
doc(
    "a32_yaml_negatives",
    "yaml",
    """\
server:
  bind_address: |
    0.0.0.0:8080
  description: >
    Listens on all interfaces, port 8080 by default.
mail:
  return_address: |
    bounces@mailer.example
""",
)

# ------------------------------------------------------------- a name label qualified by the document it copies
doc(
    "a32_kyc_name_as_on_id",
    "form",
    """\
ACCOUNT OPENING — IDENTITY
Full name as shown on passport: [[PERSON|Amara Nwosu-Bello]]
Name as it appears on your card: [[PERSON|Tomasz Wierzbicki]]
Date of birth: [[DATE_OF_BIRTH|1988-04-17]]
FULL NAME AS IN PASSPORT: [[PERSON|NGOZI ADEYEMI-COLE]]
[x] Family name as in ID: [[PERSON|TAN WEI MING]]
☑ Given names as on permit: [[PERSON|Siosaia Fifita]]
""",
)
doc(
    "a32_name_per_id_languages",
    "form",
    """\
Nombre completo según pasaporte: [[PERSON|Lucía Ferrández Ruiz]]
Name laut Ausweis: [[PERSON|Jörg Baumgärtel]]
Nom tel qu'il figure sur la pièce d'identité : [[PERSON|Aurélie Doucet-Mbaye]]
Surname as per ID document: [[PERSON|Oyelaran]]
""",
)
doc(
    "a32_name_as_negatives",
    "free_text",
    """\
Enter your name as shown on your passport. The product name as printed on the box: Ultra Clean Pro.
Reference as in invoice: Spring Order.
""",
)

if __name__ == "__main__":
    SET.write()
