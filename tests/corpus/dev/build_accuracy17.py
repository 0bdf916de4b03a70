#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy17.jsonl``: a development set for identifiers, clinical text and clean documents
(issue 13, ninth pass).

Written by hand for issue 13 (helper "accuracy17"), each document before the rule it exercises was written; the
names, numbers, streets, drugs and conditions are made up here, none is taken from a tune document. Markup as
``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy17.jsonl")
doc = SET.doc

# ------------------------------------------------ placeholder mailboxes at domains reserved for documentation

doc(
    "a17_email_placeholder_readme",
    "free_text",
    """\
## Quick start

Create a contact with the API:

    POST /v2/contacts
    {"email": "user@example.org", "list": "newsletter"}

Replies are sent from noreply@mail.example.net; bounces go to test+bounce@example.com.
""",
)
doc(
    "a17_email_placeholder_yaml",
    "free_text",
    """\
mailer:
  sender: "do-not-reply@notifications.example"
  reply_to: someone@example.com
  smtp_host: smtp.example.net
""",
)
doc(
    "a17_email_placeholder_es",
    "free_text",
    """\
Ejemplo de petición (documentación interna):
  curl -X POST https://api.ejemplo.invalid/v1/clientes -d correo=cliente@example.com -d plan=basico
La respuesta incluye el identificador del cliente y la fecha de alta.
""",
)
doc(
    "a17_email_person_at_reserved_domain_stays",
    "email",
    """\
From: [[PERSON|Ilse Marquardt]] <[[EMAIL|ilse.marquardt@example.com]]>
To: [[EMAIL|t.obuya@corp.example.org]]
Subject: handover

Notes attached. Ping the test user account if the login fails.
""",
)

# ------------------------------------------------ release words before a version written as four numbers

doc(
    "a17_version_revision_footer",
    "form",
    """\
VENDOR REGISTRATION — BLANK TEMPLATE

Company name: ____________________    Registration no.: ____________

Template 6b41e0c2 · Revision 3.14.201.77 · generated 2025-03-09
""",
)
doc(
    "a17_version_hotfix_chat",
    "chat",
    """\
09:14  deploy-bot: hotfix 2.8.190.12 promoted to production
09:20  deploy-bot: Hotfix 6.11.204.3 reverted after smoke tests
10:02  status-bot: monitoring fix 14.3.151.88 for the search latency regression
""",
)
doc(
    "a17_version_revision_de",
    "free_text",
    """\
Änderungshistorie: Revision 4.22.160.9 vom 12.02.2025 ersetzt die vorige Fassung des Handbuchs.
""",
)
doc(
    "a17_ip_after_hotfix_words_stays",
    "log",
    """\
2025-04-11T08:12:09Z hotfix applied; sshd accepted publickey for deploy from [[IP_ADDRESS|203.0.113.61]] port 51122
2025-04-11T08:13:40Z hotfix rollout: host [[IP_ADDRESS|198.51.100.23]] drained
""",
)

# ------------------------------------------------ a form's section words before an identifier's own label

doc(
    "a17_ssn_form_part",
    "form",
    """\
Tax form — contractor details
Name: [[PERSON|Orrin Vasquez-Thale]]
Part I  Social security number: [[US_SSN|219 44 7031]]
Section 3  Taxpayer identification number: __-_______
""",
)
doc(
    "a17_ssn_form_box",
    "form",
    """\
Box 1a  Recipient: [[PERSON|Delphine Amsel]]
Part II  SSN: [[US_SSN|527-18-3306]]
Part III  Order number: 219 44 7031
""",
)

# ------------------------------------------------ conditions and medicines on a form about someone

doc(
    "a17_form_conditions_accommodation",
    "form",
    """\
Exam access arrangements — request
Candidate: [[PERSON|Tobiah Renwick]]    Student no. 40317725
Documented condition(s): [[DIAGNOSIS|dyslexia]]; [[DIAGNOSIS|migraine without aura]]
Current medications affecting exams: [[MEDICATION|sertraline]]
Arrangement requested: 25% extra time, rest breaks.
""",
)
doc(
    "a17_form_conditions_trip_consent",
    "form",
    """\
School trip consent form
Pupil name: [[PERSON|Amara Lindgren]]
Medical conditions: [[DIAGNOSIS|asthma]], [[DIAGNOSIS|type 1 diabetes]]
Regular medication: [[MEDICATION|salbutamol]] inhaler, [[MEDICATION|insulin aspart]]
Dietary needs: none
""",
)
doc(
    "a17_form_conditions_none",
    "form",
    """\
Volunteer registration
Name: [[PERSON|Gideon Farrow]]
Medical conditions: none
Medication: none
""",
)
doc(
    "a17_leaflet_conditions",
    "free_text",
    """\
Healthy schools leaflet, written by the county nursing team.
Common conditions: asthma, eczema and hay fever are the ones staff see most often.
Ask your pharmacist about inhaler technique.
""",
)

# ------------------------------------------------ a payroll table whose column joins sort code and account

doc(
    "a17_payroll_sort_code_account",
    "tsv",
    """\
ref\tsurname\tforename\tni_no\tsort_code_acct\tnhs_no_occupational\tgrade
P-118\t[[PERSON|Okonjo]]\t[[PERSON|Adaeze]]\t[[UK_NATIONAL_INSURANCE_NUMBER|JT 41 26 58 B]]\t[[UK_BANK_ACCOUNT|20-14-77 41926305]]\t[[UK_NHS_NUMBER|447 263 3353]]\tB4
P-121\t[[PERSON|Strand]]\t[[PERSON|Helmer]]\t[[UK_NATIONAL_INSURANCE_NUMBER|PR 73 10 44 C]]\t[[UK_BANK_ACCOUNT|09-01-29 70441863]]\t[[UK_NHS_NUMBER|712 366 3667]]\tC1
""",
)

# ------------------------------------------------ a passport's issuing country on the form's line above

doc(
    "a17_passport_country_line_above",
    "form",
    """\
Applicant: [[PERSON|Rosalind Achterberg]]
Mailing address: [[ADDRESS|418 Larkfield Rd, Tacoma, WA 98402]]
Country of citizenship: Ecuador
Passport no.: [[PASSPORT|A47219036]]
""",
)
doc(
    "a17_passport_country_line_above_es",
    "form",
    """\
Solicitante: [[PERSON|Maximino Urquiza]]
Oficina: consulado en Houston, USA
País de nacionalidad: HONDURAS
No. de pasaporte: [[PASSPORT|F20837415]]
""",
)
doc(
    "a17_passport_us_line_above",
    "form",
    """\
Traveler: [[PERSON|Wendell Okafor-Price]]
Country of citizenship: United States
Passport no.: [[US_PASSPORT|583019264]]
""",
)

doc(
    "a17_passport_json_object",
    "json",
    """\
{
  "applicants": [
    {
      "name": "[[PERSON|Ottilie Brandvold]]",
      "travel_document": {
        "type": "passport",
        "country": "Norway",
        "number": "[[PASSPORT|KR4815093]]"
      },
      "passport": {
        "issued": "2021-04-02",
        "country": "USA",
        "number": "[[US_PASSPORT|548120937]]"
      }
    }
  ]
}
""",
)

doc(
    "a17_member_id_loyalty_csv",
    "csv",
    """\
member_id,full_name,email,points_balance,tier
LYL-402217,[[PERSON|Perpetua Vance]],[[EMAIL|p.vance@fastmail.example.net]],12840,gold
LYL-402218,[[PERSON|Anselm Ruddock]],[[EMAIL|anselm.ruddock@posteo.de]],310,basic
""",
)
doc(
    "a17_member_id_health_csv",
    "csv",
    """\
member_id,full_name,birth_date,plan,copay
[[HEALTH_PLAN_ID|HMO-7730215]],[[PERSON|Perpetua Vance]],[[DATE_OF_BIRTH|1971-08-14]],Silver HMO,25
""",
)

doc(
    "a17_licence_after_state_code",
    "free_text",
    """\
RECORDS CHECK  SUBJECT: [[PERSON|FAIRWEATHER, Odessa]]  DOB [[DATE_OF_BIRTH|03/22/1984]]  DL TX [[DRIVER_LICENSE|40817263]]
Hire form — [[PERSON|Callum Pryce-Davies]]
Driver licence no. (VIC): [[DRIVER_LICENSE|041277885]]
Haemoglobin 13.5 g/DL 20250301
""",
)

if __name__ == "__main__":
    SET.write()
