#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy28.jsonl``: a development set for structured identifiers typed by what stands beside
them (issue 13, thirteenth pass): national ids in registers and webhooks whose row or enclosing object names the
issuing country or the document's type under a column name derived from the number's own, and patient record
numbers as a FHIR Patient's identifier, a REST path's segment, a label with a qualifier or dot leaders.

Written by hand for issue 13 (helper "accuracy28"), each document before the rule it exercises was written; the
names and numbers are made up here (check digits computed for them), none is taken from a tune document. Markup
as ``devset.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy28.jsonl")
doc = SET.doc

# ------------------------------------------- national ids typed by the row's country or a sibling type column
doc(
    "a28_roster_nationality_national_id",
    "csv",
    """\
emp_no,family_name,first_name,nationality,national_id,start_date
E-2041,[[PERSON|Arrieta]],[[PERSON|Maitane]],ES,[[ES_DNI|25160854G]],2026-02-02
E-2042,[[PERSON|Cavalcanti]],[[PERSON|Heitor]],BR,[[BR_CPF|63116522855]],2026-02-09
E-2043,[[PERSON|Venkatesan]],[[PERSON|Lakshmi]],IN,[[IN_AADHAAR|3727 8387 9624]],2026-03-01
E-2044,[[PERSON|Hollstein]],[[PERSON|Jörg]],DE,[[DE_TAX_ID|75085359621]],2026-03-16
E-2045,[[PERSON|Goh]],[[PERSON|Shu Fen]],SG,[[SG_NRIC|S2163420D]],2026-04-01
E-2046,[[PERSON|Fairbairn]],[[PERSON|Callum]],NZ,,2026-04-01
""",
)
doc(
    "a28_registro_pais_tipo_num",
    "csv",
    """\
expediente;titular;país;tipo_id;num_id;estado
EXP-5501;[[PERSON|Nerea Olaizola]];España;NIE;[[ES_DNI|X8786281M]];aprobado
EXP-5502;[[PERSON|Thiago Figueiredo]];Brasil;CPF;[[BR_CPF|849.372.304-50]];aprobado
EXP-5503;[[PERSON|Sanjay Kulkarni]];India;Aadhaar;[[IN_AADHAAR|8374 7330 0662]];pendiente
EXP-5504;[[PERSON|Marguerite Lacombe]];Francia;NIR;[[FR_NIR|279045247177260]];aprobado
""",
)
doc(
    "a28_tax_id_kind_tsv",
    "tsv",
    """\
account\tholder\tcountry\ttax_id_kind\ttax_id\tbalance
AC-771\t[[PERSON|Inés Calatrava]]\tES\tNIF\t[[ES_DNI|27562680D]]\t120.50
AC-772\t[[PERSON|Wolfram Eichel]]\tDE\tSteuer-ID\t[[DE_TAX_ID|21268207435]]\t88.00
AC-773\t[[PERSON|Priya Natarajan]]\tIN\tAadhaar\t[[IN_AADHAAR|6728 8075 5134]]\t5.25
AC-774\tCorvid Holdings Ltd\tGB\tVAT\tGB 123 4567 89\t990.00
""",
)
doc(
    "a28_identity_document_number",
    "csv",
    """\
guest,arrival,identity_document,identity_document_number
[[PERSON|Renato Bezerra]],2026-06-11,CPF,[[BR_CPF|418.841.962-84]]
[[PERSON|Ooi Kah Wai]],2026-06-11,NRIC,[[SG_NRIC|T4999839I]]
[[PERSON|Hamid Farouk]],2026-06-12,residence permit,RP-0041877
[[PERSON|Élodie Garnier]],2026-06-12,NIR,[[FR_NIR|298038483649193]]
""",
)
doc(
    "a28_idv_ndjson_country_outside",
    "ndjson",
    """\
{"event": "kyc.passed", "at": "2026-05-02T10:11:12Z", "country": "IN", "applicant": {"fullName": "[[PERSON|Devika Menon]]", "nationalId": "[[IN_AADHAAR|8381 9214 8978]]"}}
{"event": "kyc.passed", "at": "2026-05-02T10:14:40Z", "country": "DE", "applicant": {"fullName": "[[PERSON|Henrike Vogt]]", "nationalId": "[[DE_TAX_ID|96785215347]]"}}
{"event": "kyc.failed", "at": "2026-05-02T10:20:03Z", "country": "ES", "applicant": {"fullName": null, "nationalId": "00000000T"}}
""",
)
doc(
    "a28_idv_doc_type_words",
    "ndjson",
    """\
{"id":"v-118","doc":{"docType":"Steuer-Nr.","docNumber":"[[DE_TAX_ID|80496123777]]"},"ok":true}
{"id":"v-119","doc":{"docType":"CPF","docNumber":"[[BR_CPF|35106752663]]"},"ok":true}
{"id":"v-120","doc":{"docType":"INVOICE","docNumber":"4410239871"},"ok":true}
""",
)
doc(
    "a28_orders_by_country_negative",
    "csv",
    """\
order_id,country,order_number,tax_id_type,tax_id
O-1,ES,25160854,VAT,ESB12345674
O-2,IN,372783879624,GST,27AAPFU0939F1ZV
O-3,DE,75085359,VAT,DE811907980
""",
)

# --------------------------------------------------------------------------- patient record numbers
doc(
    "a28_fhir_patient_oid_identifier",
    "fhir_json",
    """\
{
  "resourceType": "Bundle",
  "type": "searchset",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "b7c1",
        "identifier": [
          {
            "use": "usual",
            "system": "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14",
            "value": "[[MEDICAL_RECORD_NUMBER|E2219034]]"
          }
        ],
        "name": [{"family": "[[PERSON|Tremblay]]", "given": ["[[PERSON|Josée]]"]}],
        "birthDate": "[[DATE_OF_BIRTH|1957-02-14]]"
      }
    },
    {
      "resource": {
        "resourceType": "Practitioner",
        "id": "pr-9",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.6", "value": "1679576722"}],
        "name": [{"family": "[[PERSON|Okonjo]]", "prefix": ["Dr"]}]
      }
    }
  ]
}
""",
)
doc(
    "a28_fhir_patient_identifier_no_system",
    "fhir_json",
    """\
{"resourceType": "Patient", "id": "44", "identifier": [{"value": "[[MEDICAL_RECORD_NUMBER|00813377]]", "assigner": {"display": "St Brigid's Hospital"}}], "name": [{"text": "[[PERSON|Ciarán Mulvey]]"}], "gender": "male"}
""",
)
doc(
    "a28_ehr_access_log_rest_paths",
    "log",
    """\
2026-03-02 08:14:55 audit ehr-gw user=[[EMAIL|m.ferreira@valecare.example.org]] PUT /api/v2/patient/[[MEDICAL_RECORD_NUMBER|0045512871]]/allergies status=204
2026-03-02 08:15:31 audit ehr-gw user=[[EMAIL|m.ferreira@valecare.example.org]] GET /api/v2/patients/[[MEDICAL_RECORD_NUMBER|0045517330]]/encounters?limit=20 status=200
2026-03-02 08:16:02 audit ehr-gw user=svc-batch GET /api/v2/patients/search?ward=7B status=200
2026-03-02 08:16:40 audit ehr-gw user=svc-batch GET /fhir/R4/Patient/5501/$everything status=200
2026-03-02 08:17:12 audit ehr-gw user=svc-batch GET /api/v2/wards/7/patients/12 status=200
""",
)
doc(
    "a28_mrn_label_qualified",
    "clinical_note",
    """\
Community nursing visit
Patient: [[PERSON|Wiremu Parata]]
MRN (regional patient administration system): [[MEDICAL_RECORD_NUMBER|TW-4470192]]
Chart no. (old paper file) ........ [[MEDICAL_RECORD_NUMBER|K51R20073]]
Hospital no. [[MEDICAL_RECORD_NUMBER|NTH/ORT/22910]]
Seen at home; dressing changed, next visit Thursday.
""",
)
doc(
    "a28_clinic_file_number",
    "letter",
    """\
Dear colleague,
Re: [[PERSON|Zanele Dube]], clinic file no. [[MEDICAL_RECORD_NUMBER|OPD-77415]]
Thank you for seeing this patient, referred for review of recurrent headaches.
""",
)

# ------------------------------------------- sort codes alone, and a motor claim's policy number
doc(
    "a28_bank_fields_apart",
    "json",
    """\
{"payee": {"name": "[[PERSON|Gwenllian Pryce]]", "bank": {"sort_code": "20-71-64", "account_no": "[[UK_BANK_ACCOUNT|63015298]]"}}, "memo": "refund of overpaid rent"}
""",
)
doc(
    "a28_remit_to_sort_code",
    "email",
    """\
Hi [[PERSON|Tomasz]],
The deposit of £250 can be paid by transfer to sort code 40-47-84, reference HOLD-2291; our account number is on the invoice.
Thanks
""",
)
doc(
    "a28_motor_claim_policy",
    "form",
    """\
MOTOR CLAIM FORM
Policyholder: [[PERSON|Siobhán Keating]]    Policy number: MOT-88120455
Vehicle registration: 191-D-44127    Make / model: Skoda Octavia
Collision with a parked van at low speed; the driver attended the emergency department with neck pain.
Your health insurer (if claiming treatment): Laya Healthcare   Member no.: [[HEALTH_PLAN_ID|LH44018227]]
""",
)

if __name__ == "__main__":
    SET.write()
