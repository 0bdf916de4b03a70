"""Standard interchange formats read by their specifications (accuracy14): X12 005010, HL7 v2, SWIFT MT,
ISO 20022, FHIR and CDA. Every value here is made up for the test."""

from __future__ import annotations

import pytest

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import detect


def _found(text: str) -> set[tuple[T, str]]:
    return {(e.type, text[e.start : e.end]) for e in detect(text)}


def _values(text: str, kind: T) -> list[str]:
    return [text[e.start : e.end] for e in detect(text) if e.type is kind]


# ----------------------------------------------------------------------------------------------------- X12


def test_x12_names_are_their_elements_and_the_npi_is_no_member_id() -> None:
    text = (
        "ST*837*0001~\nNM1*IL*1*OYELOWO-GRANT*TEMPERANCE*Q***MI*QZ77001245~\n"
        "NM1*82*1*HALLORAN*CIAN****XX*1730559921~\nDMG*D8*19860414*F~\n"
    )
    found = _found(text)
    assert (T.PERSON, "OYELOWO-GRANT") in found
    assert (T.PERSON, "TEMPERANCE*Q") in found  # NM104 with its NM105 middle name
    assert (T.PERSON, "HALLORAN") in found and (T.PERSON, "CIAN") in found
    assert (T.HEALTH_PLAN_ID, "QZ77001245") in found
    assert (T.DATE_OF_BIRTH, "19860414") in found
    assert not [v for v in _values(text, T.HEALTH_PLAN_ID) if v.startswith("17305")]


def test_x12_separators_come_from_the_isa_envelope() -> None:
    isa = "ISA|00|          |00|          |ZZ|SENDER         |ZZ|RECEIVER       |250301|0915|^|00501|000000417|0|P|:\n"
    text = isa + "NM1|IL|1|MWANGI-PRYCE|ODALYS\nREF|0F|KP4410293\nN3|19 LARKSPUR WAY\nDMG|D8|19900102|F\n"
    found = _found(text)
    assert {(T.PERSON, "MWANGI-PRYCE"), (T.PERSON, "ODALYS"), (T.HEALTH_PLAN_ID, "KP4410293")} <= found
    assert (T.ADDRESS, "19 LARKSPUR WAY") in found and (T.DATE_OF_BIRTH, "19900102") in found


def test_x12_per_contacts_phones_but_not_departments() -> None:
    text = (
        "NM1*41*2*ACME CLAIMS*****46*X1~\nPER*IC*CLAIMS DEPARTMENT*TE*5035550190~\n"
        "PER*IC*JORUNN SAETRE*TE*5035550177*EM*js@example.org~\n"
    )
    found = _found(text)
    assert (T.PHONE, "5035550190") in found and (T.PHONE, "5035550177") in found
    assert (T.PERSON, "JORUNN SAETRE") in found
    assert not [v for v in _values(text, T.PERSON) if "DEPARTMENT" in v]


# ------------------------------------------------------------------------------------------------------ HL7


def test_hl7_in1_read_when_the_sender_puts_it_a_field_or_two_early() -> None:
    text = (
        "MSH|^~\\&|A|B|C|D|202501010000||ADT^A01|1|P|2.5.1\r"
        "PID|1||4410^^^H^MR||QUAYLE^MERRIT||19700101|F\r"
        "IN1|1|P01|991|Kestrel Health|||GRP1|||||||QUAYLE^MERRIT|01|19700101||||||||||||||||||KH99120034\r"
    )
    found = _found(text)
    assert (T.DATE_OF_BIRTH, "19700101") in found and len(_values(text, T.DATE_OF_BIRTH)) == 2
    assert (T.HEALTH_PLAN_ID, "KH99120034") in found
    assert _values(text, T.PERSON).count("QUAYLE^MERRIT") == 2


def test_hl7_xtn_holds_a_national_number_and_mrg_in2_are_read() -> None:
    text = (
        "MSH|^~\\&|A|B|C|D|202501010000||ADT^A40|1|P|2.5.1\r"
        "PID|1||OC7730015^^^OAK^MR||FERNSBY^WALLACE||19490322|M\r"
        "NK1|1|FERNSBY^ODA|SPO|||089/0305391\r"
        "MRG|OC7730002^^^OAK^MR||||||FERNSBY^WALLY\r"
        "IN2|1|219-44-8710\r"
    )
    found = _found(text)
    assert (T.PHONE, "089/0305391") in found
    assert (T.MEDICAL_RECORD_NUMBER, "OC7730002") in found and (T.PERSON, "FERNSBY^WALLY") in found
    assert (T.US_SSN, "219-44-8710") in found


def test_hl7_staff_contact_and_event_operator_fields() -> None:
    text = (
        "MSH|^~\\&|A|B|C|D|202501010000||ADT^A08|1|P|2.5.1\rEVN|A08|202501010000|||7731^WEXFORD^ISOLDE^^^^RN\r"
        "PID|1||4410^^^H^MR||QUAYLE^MERRIT||19700101|F\r"
        "CTD|1|PELLETIER^AUGUSTIN||12 Rue Vauban^^Lille^^59000|+33 3 20 55 01 02\r"
    )
    found = _found(text)
    assert {(T.PERSON, "WEXFORD^ISOLDE"), (T.PERSON, "PELLETIER^AUGUSTIN"), (T.PHONE, "+33 3 20 55 01 02")} <= found
    assert (T.ADDRESS, "12 Rue Vauban^^Lille^^59000") in found


def test_hl7_national_person_identifiers_and_repeated_fields() -> None:
    text = (
        "MSH|^~\\&|A|B|C|D|202501010000||ADT^A01|1|P|2.5.1\r"
        "PID|1||4410^^^H^MR~JG103759A^^^GBR^NNGBR~12345678Z^^^ESP^NI||ORMEROD^TABITHA~LARKIN^TABITHA||19700101|F"
        "|||4 Mill Lane^^York^^YO1 7HH~PO Box 12^^York^^YO1 0AA||01904 550123~07700 900461\r"
    )
    found = _found(text)
    assert (T.UK_NATIONAL_INSURANCE_NUMBER, "JG103759A") in found and (T.ES_DNI, "12345678Z") in found
    assert (T.PERSON, "LARKIN^TABITHA") in found
    assert set(_values(text, T.PHONE)) >= {"01904 550123", "07700 900461"}
    assert len(_values(text, T.ADDRESS)) == 2


# -------------------------------------------------------------------------------------------------- SWIFT MT

MT103 = """\
{1:F01COBADEFFAXXX0000000000}{2:I103BSCHESMMXXXXN}{4:
:20:REF1
:32A:250318EUR1250,00
:50F:/DE89370400440532013000
1/KALLENBACH, RUPERTA
2/LINDENSTRASSE 44
3/DE/HAMBURG
4/19780511
7/ES/12345678Z
:59:/GB29NWBK60161331926819
EILIDH MACCRIMMON
12 BRAEHEAD TERRACE
INVERNESS IV2 4QQ
:70:RENT
-}"""


def test_mt103_customer_fields_by_their_options() -> None:
    found = _found(MT103)
    assert {(T.PERSON, "KALLENBACH, RUPERTA"), (T.DATE_OF_BIRTH, "19780511"), (T.ES_DNI, "12345678Z")} <= found
    assert (T.ADDRESS, "LINDENSTRASSE 44\n3/DE/HAMBURG") in found
    assert (T.PERSON, "EILIDH MACCRIMMON") in found
    assert (T.ADDRESS, "12 BRAEHEAD TERRACE\nINVERNESS IV2 4QQ") in found


@pytest.mark.parametrize(
    "field",
    [":59:/DE44500105175407324931\nHALVORSEN MASCHINENBAU GMBH\nINDUSTRIESTRASSE 8\n70565 STUTTGART\n:70:X\n-}",
     ":59:/DE44500105175407324931\nNORTHERN TRUST BANK\n:70:X\n-}"],
)  # fmt: skip
def test_a_company_beneficiary_is_not_a_person(field: str) -> None:
    assert not _values(":20:R\n" + field, T.PERSON)


@pytest.mark.parametrize("after", ["", " amount=100 ccy=EUR", ' status="NAK"'])
def test_a_gateway_log_line_quoting_the_field(after: str) -> None:
    text = f"2025-04-02T08:11:41Z swift-gw INFO mt=103 :50K:/FR1420041010050500013M02606 ADÉLAÏDE FONTCUBERTA{after}\n"
    assert (T.PERSON, "ADÉLAÏDE FONTCUBERTA") in _found(text)


def test_times_of_day_are_no_field_tags() -> None:
    assert not _values("2025-04-02 10:59:02 job done\nARNE HOLT\n12 MAIN ST\n", T.ADDRESS)


def test_mt940_counterparty_subfields() -> None:
    text = (
        ":20:STMT1\n:61:2503030303DR850,00NMSCNONREF\n"
        ":86:177?00SEPA-UEBERWEISUNG?20SVWZ+Miete?30COBADEFFXXX\n?31DE44500105175407324931?32HOLLERBACH, WENDELIN\n"
        ":86:166?00SEPA-GUTSCHRIFT?31DE89370400440532013000?32STADTWERKE LINDAU GMBH\n"
    )
    assert _values(text, T.PERSON) == ["HOLLERBACH, WENDELIN"]
    assert _values(text, T.IBAN) == ["DE44500105175407324931", "DE89370400440532013000"]


# ----------------------------------------------------------------------------------------------- ISO 20022


def test_iso20022_parties_persons_and_organisations() -> None:
    text = (
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><CdtTrfTxInf>'
        "<Dbtr><Nm>Oisín Ní Bhraonáin</Nm><CtctDtls><MobNb>+353-871234567</MobNb></CtctDtls>"
        "<PstlAdr><StrtNm>Sráid na Siopaí</StrtNm><BldgNb>14</BldgNb>"
        "<PstCd>H91 E2K3</PstCd><TwnNm>Gaillimh</TwnNm></PstlAdr>"
        "<Id><PrvtId><DtAndPlcOfBirth><BirthDt>1991-02-28</BirthDt></DtAndPlcOfBirth></PrvtId></Id></Dbtr>"
        "<Cdtr><Nm>Ferrante Ottica S.r.l.</Nm></Cdtr>"
        "<UltmtCdtr><Nm>Maple Nine</Nm><Id><OrgId><LEI>5299000J2N45DDNE4Y28</LEI></OrgId></Id></UltmtCdtr>"
        "<DbtrAgt><FinInstnId><Nm>Bank of Ireland</Nm></FinInstnId></DbtrAgt></CdtTrfTxInf></Document>"
    )
    found = _found(text)
    assert (T.PERSON, "Oisín Ní Bhraonáin") in found and (T.DATE_OF_BIRTH, "1991-02-28") in found
    assert (T.PHONE, "+353-871234567") in found
    assert any(k is T.ADDRESS and v.startswith("Sráid na Siopaí") and v.endswith("Gaillimh") for k, v in found)
    persons = _values(text, T.PERSON)
    assert "Ferrante Ottica S.r.l." not in persons and "Maple Nine" not in persons


def test_iso20022_private_identifier_typed_by_its_scheme() -> None:
    text = (
        "<Cdtr><Nm>Tomasz Wierzbicki</Nm><Id><PrvtId><Othr><Id>EK4419027</Id><SchmeNm><Cd>CCPT</Cd></SchmeNm>"
        "<Issr>PL</Issr></Othr></PrvtId></Id></Cdtr>"
    )
    assert (T.PASSPORT, "EK4419027") in _found(text)


def test_payment_party_columns_hold_people_but_not_their_companies() -> None:
    text = (
        "end_to_end_id,debtor_name,debtor_iban,creditor_name,amount\n"
        "E2E-1,Oskarine Valdemarsen,NO9386011117947,Brightwater Utilities Ltd,120.00\n"
        "E2E-2,Ilse Vanderhaegen,BE68539007547034,Maple & Ash GmbH,80.10\n"
    )
    assert _values(text, T.PERSON) == ["Oskarine Valdemarsen", "Ilse Vanderhaegen"]


# ---------------------------------------------------------------------------------------------------- FHIR


def test_fhir_refuted_conditions_are_not_diagnoses_and_subscriber_ids_are_plan_ids() -> None:
    text = (
        '{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", "identifier": [{"type": '
        '{"text": "MRN"}, "value": "QX88120"}], "name": [{"family": "Abernethy", "given": ["Lorna"]}]}}, '
        '{"resource": {"resourceType": "Condition", "verificationStatus": {"text": "refuted"}, '
        '"code": {"text": "Pulmonary embolism"}}}, '
        '{"resource": {"resourceType": "Condition", "verificationStatus": {"text": "confirmed"}, '
        '"code": {"text": "Gout"}}}, '
        '{"resource": {"resourceType": "Coverage", "subscriberId": {"value": "NMH-40021877"}}}]}'
    )
    found = _found(text)
    assert (T.DIAGNOSIS, "Gout") in found
    assert not [v for v in _values(text, T.DIAGNOSIS) if "embolism" in v.lower()]
    assert (T.HEALTH_PLAN_ID, "NMH-40021877") in found


def test_a_fhir_resource_entered_in_error_names_no_medication() -> None:
    text = (
        '{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", "identifier": [{"type": '
        '{"text": "MRN"}, "value": "QX88120"}], "name": [{"family": "Abernethy", "given": ["Lorna"]}]}}, '
        '{"resource": {"resourceType": "MedicationRequest", "status": "entered-in-error", '
        '"medicationCodeableConcept": {"text": "Warfarin 5 MG Oral Tablet"}}}, '
        '{"resource": {"resourceType": "MedicationRequest", "status": "active", '
        '"medicationCodeableConcept": {"text": "Metformin 500 MG Oral Tablet"}}}]}'
    )
    meds = " ".join(_values(text, T.MEDICATION)).lower()
    assert "metformin" in meds and "warfarin" not in meds


def test_fhir_human_name_text_and_not_an_organisation_name() -> None:
    text = (
        '{"resourceType": "Patient", "name": [{"use": "official", "family": "Baird", "given": ["Wil"]}], '
        '"contact": [{"name": {"text": "Jonas Ostrowska-Baird"}}]}\n'
        '{"resourceType": "Organization", "name": "Harbourview Clinic", "type": [{"text": "Healthcare Provider"}]}'
    )
    persons = _values(text, T.PERSON)
    assert "Jonas Ostrowska-Baird" in persons
    assert not [p for p in persons if "Harbourview" in p or "Healthcare" in p]


def test_fhir_identifier_systems_of_national_numbers() -> None:
    text = (
        '{"resourceType": "Patient", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", '
        '"value": "9434765919"}, {"system": "urn:oid:2.16.840.1.113883.4.1", "value": "219-44-8710"}]}'
    )
    found = _found(text)
    assert (T.UK_NHS_NUMBER, "9434765919") in found and (T.US_SSN, "219-44-8710") in found


def test_fhir_xml_names_identifiers_and_refuted_conditions() -> None:
    text = (
        '<Bundle xmlns="http://hl7.org/fhir"><entry><resource><Patient><identifier><system '
        'value="http://lakeshore.example.org/mrn"/><value value="LS-2210937"/></identifier><name><family '
        'value="Abara-Lindqvist"/><given value="Solveig"/></name></Patient></resource></entry><entry><resource>'
        '<Condition><verificationStatus><coding><code value="refuted"/></coding></verificationStatus><code><text '
        'value="Tuberculosis"/></code></Condition></resource></entry><entry><resource><Condition><code><text '
        'value="Psoriasis"/></code></Condition></resource></entry><entry><resource><Coverage><subscriberId '
        'value="SK-7718820431"/></Coverage></resource></entry></Bundle>'
    )
    found = _found(text)
    assert {(T.PERSON, "Abara-Lindqvist"), (T.PERSON, "Solveig"), (T.MEDICAL_RECORD_NUMBER, "LS-2210937")} <= found
    assert (T.HEALTH_PLAN_ID, "SK-7718820431") in found and (T.DIAGNOSIS, "Psoriasis") in found
    assert "Tuberculosis" not in _values(text, T.DIAGNOSIS)


# ----------------------------------------------------------------------------------------------------- CDA


def test_cda_person_addresses_and_negated_entries() -> None:
    text = (
        '<ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole><id extension="KH2209341"/>'
        "<addr><streetAddressLine>HC 62 Box 1180</streetAddressLine><city>Dillingham</city>"
        "<postalCode>99576</postalCode></addr><patient><name><given>Tatiana</given></name></patient>"
        "</patientRole></recordTarget><component><section><title>Problems</title>"
        '<entry><observation classCode="OBS" negationInd="true"><value displayName="Asthma"/></observation></entry>'
        '<entry><observation classCode="OBS"><value displayName="Epilepsy"/></observation></entry>'
        "</section></component></ClinicalDocument>"
    )
    found = _found(text)
    assert any(k is T.ADDRESS and v.startswith("HC 62 Box 1180") for k, v in found)
    assert (T.DIAGNOSIS, "Epilepsy") in found
    assert "Asthma" not in _values(text, T.DIAGNOSIS)
