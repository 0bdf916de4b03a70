#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy14.jsonl``: a development set for standard interchange formats read by their
specifications (X12 005010, HL7 v2, SWIFT MT, ISO 20022, FHIR, CDA).

Written by hand for issue 13 (helper "accuracy14"), each document before the rule it exercises was written, from
the public specifications' field definitions; the names, numbers, banks and addresses are made up here, none is
taken from a tune document. Markup as ``devset.py``. Conventions: X12 NM103 (family) and NM104 (given, with
NM105 after it) are separate data elements and separate spans; HL7 XPN one span; a SWIFT/ISO 20022 address from
its first line to its last; organisations' IBANs, phones and addresses are labelled
(as the contract labels every IBAN), their names are not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import DevSet

SET = DevSet("accuracy14.jsonl")
doc = SET.doc

# ----------------------------------------------------------------------------------------------------- X12

doc(
    "a14_x12_834_pipe_separator",
    "free_text",
    """\
ISA|00|          |00|          |ZZ|WESTFIELDHR    |ZZ|BLUEPLAN       |250301|0915|^|00501|000000417|0|P|:
GS|BE|WESTFIELDHR|BLUEPLAN|20250301|0915|417|X|005010X220A1
ST|834|0001|005010X220A1
INS|Y|18|021|28|A|||FT
REF|0F|[[HEALTH_PLAN_ID|WQ77124590]]
NM1|IL|1|[[PERSON|TREMBLAY-OKONJO]]|[[PERSON|BEATRIX|L]]
PER|IP||HP|[[PHONE|6175550148]]|EM|[[EMAIL|b.tremblay@examplemail.org]]
N3|[[ADDRESS|4410 GARRISON HOLLOW RD]]
N4|NEWTON|MA|024581122
DMG|D8|[[DATE_OF_BIRTH|19840217]]|F
SE|9|0001
""",
)
doc(
    "a14_x12_837p_contact_and_ssn",
    "free_text",
    """\
ISA*00*          *00*          *ZZ*SUNRIDGECLIN   *ZZ*CLEARHOUSE     *250410*1130*^*00501*000008812*0*P*:~
GS*HC*SUNRIDGECLIN*CLEARHOUSE*20250410*1130*8812*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*41*2*SUNRIDGE FAMILY CLINIC*****46*SRF0042~
PER*IC*BILLING DEPARTMENT*TE*[[PHONE|5035550190]]~
NM1*85*2*SUNRIDGE FAMILY CLINIC*****XX*1588667732~
NM1*IL*1*[[PERSON|VANTERPOOL]]*[[PERSON|DESMOND]]****MI*[[HEALTH_PLAN_ID|ZXK304418871]]~
REF*SY*[[US_SSN|412-68-3307]]~
N3*[[ADDRESS|77 QUARRY BEND APT 2]]~
DMG*D8*[[DATE_OF_BIRTH|19710905]]*M~
NM1*PR*2*CASCADIA MUTUAL*****PI*00917~
CLM*SRF-55102*240***11:B:1*Y*A*Y*Y~
NM1*82*1*[[PERSON|ABERNATHY-LUO]]*[[PERSON|PRISCILLA]]****XX*1922001843~
PER*IC*[[PERSON|MARGIT HOLLENBECK]]*TE*[[PHONE|5035550177]]~
SE*14*0001~
""",
)
doc(
    "a14_x12_271_medicaid_ref",
    "free_text",
    """\
ST*271*0001*005010X279A1~
NM1*PR*2*RIVERBEND MEDICAID*****PI*RBMCD~
NM1*IL*1*[[PERSON|QUISPE]]*[[PERSON|ANAHÍ]]****MI*[[HEALTH_PLAN_ID|RB0091827364]]~
REF*NQ*[[HEALTH_PLAN_ID|55120934471]]~
N3*[[ADDRESS|RR 4 BOX 17]]~
N4*TAOS*NM*87571~
DMG*D8*[[DATE_OF_BIRTH|20110630]]*F~
EB*1*IND*30**MEDICAID~
SE*8*0001~
""",
)

# ------------------------------------------------------------------------------------------------------ HL7

doc(
    "a14_hl7_in1_shifted_nk1_national_phone",
    "hl7",
    "MSH|^~\\&|PAS|NORDHOSP|EPR|NORDHOSP|202503120910||ADT^A04|A14MSG0091|P|2.5.1\r"
    "PID|1||[[MEDICAL_RECORD_NUMBER|55018832]]^^^NORD^MR||[[PERSON|VAN DER LINDEN^GEERTJE]]||[[DATE_OF_BIRTH|19620914]]|F|||[[ADDRESS|Oudegracht 212^^3511 NR Utrecht]]||[[PHONE|030-2318845]]\r"
    "NK1|1|[[PERSON|HOLMQVIST^STAFFAN]]|SPO|||[[PHONE|0031 6 4412 9087]]\r"
    "IN1|1|ZK01|4471|Noordzorg Verzekeringen|||GRP5521|||||||[[PERSON|VAN DER LINDEN^GEERTJE]]|01|[[DATE_OF_BIRTH|19620914]]||||||||||||||||||[[HEALTH_PLAN_ID|NZ4471029931]]\r",
)
doc(
    "a14_hl7_mrg_in2",
    "hl7",
    "MSH|^~\\&|REG|OAKCREST|MPI|OAKCREST|202502010800||ADT^A40|A14MSG0112|P|2.5.1\r"
    "PID|1||[[MEDICAL_RECORD_NUMBER|OC7730015]]^^^OAK^MR||[[PERSON|FERNSBY^WALLACE^T]]||[[DATE_OF_BIRTH|19490322]]|M\r"
    "MRG|[[MEDICAL_RECORD_NUMBER|OC7730002]]^^^OAK^MR||||||[[PERSON|FERNSBY^WALLY]]\r"
    "IN1|1|MCR|CMS01|Medicare Part B||||||||||||[[PERSON|FERNSBY^WALLACE^T]]|SEL|[[DATE_OF_BIRTH|19490322]]\r"
    "IN2|1|[[US_SSN|219-44-8710]]||||[[US_MBI|5TQ2-WR8-MK41]]\r",
)

# -------------------------------------------------------------------------------------------------- SWIFT MT

doc(
    "a14_mt103_50f_59f",
    "free_text",
    """\
{1:F01COBADEFFAXXX0000000000}{2:I103BSCHESMMXXXXN}{4:
:20:A14-REF-77120
:23B:CRED
:32A:250318EUR1250,00
:50F:/[[IBAN|DE89370400440532013000]]
1/[[PERSON|KALLENBACH, RUPERTA]]
2/[[ADDRESS|LINDENSTRASSE 44
3/DE/HAMBURG]]
4/[[DATE_OF_BIRTH|19780511]]
7/ES/[[ES_DNI|12345678Z]]
:59F:/[[IBAN|ES9121000418450200051332]]
1/[[PERSON|OLAIZOLA ETXEBERRIA MIREN]]
2/[[ADDRESS|CALLE DEL PEZ 19 3B
3/ES/MADRID]]
:70:ALQUILER MARZO
:71A:SHA
-}""",
)
doc(
    "a14_mt103_company_beneficiary",
    "free_text",
    """\
{1:F01NWBKGB2LAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:
:20:A14-REF-90233
:32A:250402GBP8800,00
:50K:/[[IBAN|GB29NWBK60161331926819]]
[[PERSON|EILIDH MACCRIMMON]]
[[ADDRESS|12 BRAEHEAD TERRACE
INVERNESS IV2 4QQ]]
:59:/[[IBAN|DE44500105175407324931]]
HALVORSEN MASCHINENBAU GMBH
INDUSTRIESTRASSE 8
70565 STUTTGART
:70:INVOICE 2025-0311
:71A:OUR
-}""",
)
doc(
    "a14_mt_gateway_log_flattened",
    "log",
    """\
2025-04-02T08:11:41Z swift-gw INFO mt=103 sender=BNPAFRPP recv=UNCRITMM :50K:/[[IBAN|FR1420041010050500013M02606]] [[PERSON|ADÉLAÏDE FONTCUBERTA]]
2025-04-02T08:11:43Z swift-gw INFO mt=103 sender=BNPAFRPP recv=RABONL2U :59:/[[IBAN|NL91ABNA0417164300]] VERHOEVEN LOGISTIEK B.V.
2025-04-02T08:12:02Z swift-gw WARN mt=202 sender=BNPAFRPP recv=CITIUS33 :32A:250402USD120000,00
""",
)

doc(
    "a14_mt940_statement",
    "free_text",
    """\
:20:STMT-A14-0042
:25:37040044/0532013000
:28C:00042/001
:60F:C250301EUR12000,00
:61:2503030303DR850,00NMSCNONREF
:86:177?00SEPA-UEBERWEISUNG?109310?20EREF+NOTPROVIDED?21SVWZ+Miete Maerz?30COBADEFFXXX
?31[[IBAN|DE44500105175407324931]]?32[[PERSON|HOLLERBACH, WENDELIN?33FRIEDEMANN]]
:61:2503040304CR120,00NMSCNONREF
:86:166?00SEPA-GUTSCHRIFT?20SVWZ+Rechnung 4411?30DEUTDEFFXXX?31[[IBAN|DE89370400440532013000]]?32STADTWERKE LINDAU GMBH
:62F:C250304EUR11270,00
""",
)

# ----------------------------------------------------------------------------------------------- ISO 20022

doc(
    "a14_pacs008_structured_parties",
    "free_text",
    """\
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
 <FIToFICstmrCdtTrf>
  <GrpHdr><MsgId>A14PACS-0042</MsgId><NbOfTxs>1</NbOfTxs></GrpHdr>
  <CdtTrfTxInf>
   <PmtId><EndToEndId>E2E-A14-0042</EndToEndId></PmtId>
   <IntrBkSttlmAmt Ccy="EUR">412.50</IntrBkSttlmAmt>
   <Dbtr>
    <Nm>[[PERSON|Ingvild Sørhaug-Baptiste]]</Nm>
    <PstlAdr><StrtNm>[[ADDRESS|Thorvald Meyers gate</StrtNm><BldgNb>61</BldgNb><PstCd>0552</PstCd><TwnNm>Oslo]]</TwnNm><Ctry>NO</Ctry></PstlAdr>
    <Id><PrvtId><DtAndPlcOfBirth><BirthDt>[[DATE_OF_BIRTH|1969-12-04]]</BirthDt><CityOfBirth>Bergen</CityOfBirth><CtryOfBirth>NO</CtryOfBirth></DtAndPlcOfBirth></PrvtId></Id>
   </Dbtr>
   <DbtrAcct><Id><IBAN>[[IBAN|NO9386011117947]]</IBAN></Id></DbtrAcct>
   <DbtrAgt><FinInstnId><BICFI>DNBANOKKXXX</BICFI><Nm>DNB Bank ASA</Nm></FinInstnId></DbtrAgt>
   <Cdtr>
    <Nm>[[PERSON|Tomasz Wierzbicki-Hale]]</Nm>
    <Id><PrvtId><Othr><Id>[[PASSPORT|EK4419027]]</Id><SchmeNm><Cd>CCPT</Cd></SchmeNm><Issr>PL</Issr></Othr></PrvtId></Id>
   </Cdtr>
   <CdtrAcct><Id><IBAN>[[IBAN|PL61109010140000071219812874]]</IBAN></Id></CdtrAcct>
   <UltmtCdtr><Nm>Wierzbicki Consulting Sp. z o.o.</Nm><Id><OrgId><LEI>5299000J2N45DDNE4Y28</LEI></OrgId></Id></UltmtCdtr>
  </CdtTrfTxInf>
 </FIToFICstmrCdtTrf>
</Document>
""",
)
doc(
    "a14_pain001_company_only",
    "free_text",
    """\
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn>
<GrpHdr><MsgId>A14-PAIN-77</MsgId><NbOfTxs>1</NbOfTxs><InitgPty><Nm>Larchmont Payroll Services Ltd</Nm></InitgPty></GrpHdr>
<PmtInf><Dbtr><Nm>Larchmont Payroll Services Ltd</Nm></Dbtr>
<CdtTrfTxInf><Cdtr><Nm>Grauwolf Energietechnik GmbH</Nm><PstlAdr><AdrLine>[[ADDRESS|Am Hafen 3, 28217 Bremen]]</AdrLine></PstlAdr></Cdtr></CdtTrfTxInf>
</PmtInf></CstmrCdtTrfInitn></Document>
""",
)

# ---------------------------------------------------------------------------------------------------- FHIR

doc(
    "a14_fhir_refuted_allergy_and_r5_coverage",
    "fhir_json",
    """\
{"resourceType": "Bundle", "type": "collection", "entry": [
 {"resource": {"resourceType": "Patient", "id": "p-a14-3",
   "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[UK_NHS_NUMBER|9434765919]]"}],
   "name": [{"family": "[[PERSON|Pendlebury]]", "given": ["[[PERSON|Rosalind]]"]}], "birthDate": "[[DATE_OF_BIRTH|1958-07-21]]",
   "contact": [{"relationship": [{"text": "daughter"}], "name": {"text": "[[PERSON|Imogen Pendlebury-Achebe]]"}}]}},
 {"resource": {"resourceType": "Condition", "verificationStatus": {"text": "entered-in-error"}, "code": {"text": "Hepatitis C"}, "subject": {"reference": "Patient/p-a14-3"}}},
 {"resource": {"resourceType": "Condition", "clinicalStatus": {"text": "active"}, "verificationStatus": {"text": "confirmed"}, "code": {"text": "[[DIAGNOSIS|Atrial fibrillation]]"}, "subject": {"reference": "Patient/p-a14-3"}}},
 {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": {"system": "https://northmoor-health.example/members", "value": "[[HEALTH_PLAN_ID|NMH-40021877]]"}}}
]}
""",
)

doc(
    "a14_fhir_xml_patient_refuted",
    "free_text",
    """\
<Bundle xmlns="http://hl7.org/fhir">
  <entry><resource><Patient>
    <identifier><type><coding><code value="MR"/></coding></type><system value="http://lakeshore.example.org/mrn"/><value value="[[MEDICAL_RECORD_NUMBER|LS-2210937]]"/></identifier>
    <name><family value="[[PERSON|Abara-Lindqvist]]"/><given value="[[PERSON|Solveig]]"/></name>
    <telecom><system value="phone"/><value value="[[PHONE|+46 8 555 012 34]]"/></telecom>
    <birthDate value="[[DATE_OF_BIRTH|1977-11-02]]"/>
  </Patient></resource></entry>
  <entry><resource><Condition>
    <verificationStatus><coding><code value="refuted"/></coding></verificationStatus>
    <code><text value="Tuberculosis"/></code><subject><reference value="Patient/1"/></subject>
  </Condition></resource></entry>
  <entry><resource><Condition><code><text value="[[DIAGNOSIS|Psoriasis]]"/></code><subject><reference value="Patient/1"/></subject></Condition></resource></entry>
  <entry><resource><Coverage><subscriberId value="[[HEALTH_PLAN_ID|SK-7718820431]]"/></Coverage></resource></entry>
</Bundle>
""",
)

doc(
    "a14_csv_payment_parties",
    "csv",
    """\
end_to_end_id;debtor_name;debtor_iban;creditor_name;ultimate_creditor;amount
E2E-A14-1;[[PERSON|Oskarine Valdemarsen]];[[IBAN|NO9386011117947]];Brightwater Utilities Ltd;;120.00
E2E-A14-2;[[PERSON|Ilse Vanderhaegen]];[[IBAN|BE68539007547034]];Maple & Ash GmbH;[[PERSON|Jozefien Claeys]];80.10
""",
)

# ----------------------------------------------------------------------------------------------------- CDA

doc(
    "a14_cda_guardian_org_negation",
    "discharge_summary",
    """\
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <recordTarget><patientRole>
    <id extension="[[MEDICAL_RECORD_NUMBER|KH2209341]]" root="2.16.840.1.113883.19.5"/>
    <addr use="HP"><streetAddressLine>[[ADDRESS|HC 62 Box 1180</streetAddressLine><city>Dillingham</city><state>AK</state><postalCode>99576]]</postalCode></addr>
    <patient><name><given>[[PERSON|Tatiana]]</given><family>[[PERSON|Yupanqui-Nordstrom]]</family></name>
      <birthTime value="[[DATE_OF_BIRTH|20150403]]"/>
      <guardian><addr><streetAddressLine>[[ADDRESS|88 Kanakanak Rd</streetAddressLine><city>Dillingham</city><state>AK</state><postalCode>99576]]</postalCode></addr>
        <guardianPerson><name><given>[[PERSON|Evert]]</given><family>[[PERSON|Nordstrom]]</family></name></guardianPerson></guardian>
    </patient>
    <providerOrganization><name>Bristol Bay Area Clinic</name><addr><streetAddressLine>[[ADDRESS|6000 Kanakanak Rd]]</streetAddressLine><city>Dillingham</city><state>AK</state><postalCode>99576</postalCode></addr></providerOrganization>
  </patientRole></recordTarget>
  <component><structuredBody><component><section><title>Problems</title>
    <entry><observation classCode="OBS" moodCode="EVN" negationInd="true"><code code="55607006" displayName="Problem"/><value displayName="Asthma"/></observation></entry>
    <entry><observation classCode="OBS" moodCode="EVN"><code code="55607006" displayName="Problem"/><value displayName="[[DIAGNOSIS|Type 1 diabetes mellitus]]"/></observation></entry>
  </section></component></structuredBody></component>
</ClinicalDocument>
""",
)

if __name__ == "__main__":
    SET.write()
