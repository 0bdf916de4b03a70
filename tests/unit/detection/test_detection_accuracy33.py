"""Structured identifiers as travel and payment systems write them, fifteenth pass (issue 13, helper accuracy33).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus; the names and
numbers are made up.
"""

from __future__ import annotations

import pytest
from detection_helpers import found

_FILL = "<" * 14


# ------------------------------------------------------------------------------------ machine-readable zones
def test_a_passport_zone_whose_check_digits_fail_is_read_under_its_first_line() -> None:
    first = "P<DEUBRANDT<<TOBIAS" + "<" * 25
    second = "X4K7720P19DEU7502023M3006118" + _FILL + "04"
    hits = found(f"Scan:\n{first}\n{second}\n")
    assert ("PASSPORT", "X4K7720P1") in hits
    assert ("DATE_OF_BIRTH", "750202") in hits


def test_a_visa_zone_whose_check_digits_fail_gives_a_birth_date_and_no_passport() -> None:
    first = "V<GBRMENSAH<<KWAME" + "<" * 26
    second = "M7731204<4GHA9104123M2712318" + "<" * 16
    hits = found(f"{first}\n{second}\n")
    assert ("DATE_OF_BIRTH", "910412") in hits
    assert not any(t in ("PASSPORT", "US_PASSPORT") for t, _ in hits)


def test_a_lone_zone_line_whose_check_digits_fail_is_no_passport() -> None:
    hits = found("ref X4K7720P19DEU7502023M3006118" + _FILL + "04\n")
    assert not any(t in ("PASSPORT", "US_PASSPORT") for t, _ in hits)


# ------------------------------------------------------------------------------------------------ SSR DOCS
@pytest.mark.parametrize(
    ("text", "kind", "value", "dob"),
    [
        ("4 SSR DOCS BA HK1 P/GBR/533401872/GBR/14MAR81/F/22OCT29/HARGREAVES/LUCY", "PASSPORT", "533401872", "14MAR81"),
        ("SRDOCS LH HK1/P/DEU/C4J9R2T71/DEU/02FEB1975/M/11NOV2030/BRANDT/TOBIAS", "PASSPORT", "C4J9R2T71", "02FEB1975"),
        ("SRDOCS LH HK1/P/ITA/YA5512093/ITA/30SEP1990/F//RUSSO/GIULIA", "PASSPORT", "YA5512093", "30SEP1990"),
        ('"docs": "P/US/566120934/US/04JUL69/M/01MAR30/DOYLE/MARTIN"', "US_PASSPORT", "566120934", "04JUL69"),
        ("3.1 DOCS-P/IRL/PX8812044/IRL/19DEC01/F/19DEC31/DOYLE/AOIFE", "PASSPORT", "PX8812044", "19DEC01"),
    ],
)
def test_ssr_docs_as_displays_and_payloads_write_it(text: str, kind: str, value: str, dob: str) -> None:
    hits = found(text + "\n")
    assert (kind, value) in hits
    assert ("DATE_OF_BIRTH", dob) in hits


def test_ssr_docs_names_after_four_digit_years() -> None:
    hits = found("SRDOCS LH HK1/P/DEU/C4J9R2T71/DEU/02FEB1975/M/11NOV2030/BRANDT/TOBIAS\n")
    assert ("PERSON", "BRANDT") in hits and ("PERSON", "TOBIAS") in hits


# --------------------------------------------------------------------------------------------------- PAXLST
def test_paxlst_doc_and_birth_date_segments() -> None:
    text = (
        "UNH+1+PAXLST:D:02B:UN:IATA'\nNAD+FL+++OKONKWO:CHIDI'\nDTM+329:860412'\nNAT+2+NGA'\n"
        "DOC+P:110:111+A07731942'\nDTM+36:290118'\nLOC+91+NGA'\nNAD+FL+++WHITMORE:DANA'\nDTM+329:790623'\n"
        "DOC+P:110:111+548812093'\nLOC+91+USA'\nNAD+FL+++LEROY:AMELIE'\nDOC+I:110:111+FRA7731904'\nLOC+91+FRA'\n"
    )
    hits = found(text)
    assert ("PASSPORT", "A07731942") in hits
    assert ("US_PASSPORT", "548812093") in hits
    assert ("DATE_OF_BIRTH", "860412") in hits and ("DATE_OF_BIRTH", "790623") in hits
    assert not any(v == "FRA7731904" for _, v in hits)  # an identity card's number is no passport


# ---------------------------------------------------------------------------------------- airline XML messages
def test_opentravel_document_of_type_2_and_ndc_identity_document_of_type_pt() -> None:
    text = (
        '<Document DocIssueCountry="NO" DocType="2" DocID="NO7731204"/>\n<Document DocType="5" DocID="KTN88120"/>\n'
        "<IdentityDocument><IdentityDocumentNumber>566120934</IdentityDocumentNumber>"
        "<IdentityDocumentTypeCode>PT</IdentityDocumentTypeCode><IssuingCountryCode>US</IssuingCountryCode>"
        "</IdentityDocument>\n<IdentityDocument><IdentityDocumentNumber>VZ4418201</IdentityDocumentNumber>"
        "<IdentityDocumentTypeCode>VI</IdentityDocumentTypeCode></IdentityDocument>\n"
    )
    hits = found(text)
    assert ("PASSPORT", "NO7731204") in hits
    assert ("US_PASSPORT", "566120934") in hits
    assert not any(v in ("KTN88120", "VZ4418201") for _, v in hits)


def test_pspt_and_a_travel_doc_column() -> None:
    assert ("PASSPORT", "LB0938812") in found("Cabin crew Leila Haddad. PSPT LB0938812. Fit for duty.\n")
    hits = found("crew_id,name,travel_doc_no,nationality\nC-1022,Marta Kowalczyk,EK4471209,POL\n")
    assert ("PASSPORT", "EK4471209") in hits


# -------------------------------------------------------------------------------------------- UK bank accounts
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please pay my claim into account 41592638 at sort code 20-45-77, thanks.", "41592638"),
        ("Acc no: 70918234     S/C: 30-11-52", "70918234"),
        ("Bank account: 55102938 (sort 40-12-19)", "55102938"),
        ("2026-04-01 dd-collect bacs 204577-41592638 amount=42.00", "204577-41592638"),
        ("2026-04-01 dd-collect payer account 30-96-34-11203348 amount=42.00", "30-96-34-11203348"),
        ("2026-04-01 dd-collect BACS: 401219 55102938 amount=18.50", "401219 55102938"),
    ],
)
def test_an_account_before_its_sort_code_or_joined_to_it(text: str, value: str) -> None:
    assert ("UK_BANK_ACCOUNT", value) in found(text + "\n")


def test_an_account_column_beside_a_sort_code_column_in_a_pipe_table() -> None:
    text = "| Carer | Sort code | Account number |\n| --- | --- | --- |\n| Amira Haddad | 20-45-77 | 41592638 |\n"
    assert ("UK_BANK_ACCOUNT", "41592638") in found(text)


def test_an_account_number_with_no_sort_code_named_stays_unread() -> None:
    text = "Your electricity account number: 41592638. Meter serial 20-45-77 is read quarterly.\n"
    assert not any(t == "UK_BANK_ACCOUNT" for t, _ in found(text))


# ------------------------------------------------------------------------------ National Insurance numbers
def test_an_unlabelled_nino_in_a_cell_and_in_prose() -> None:
    assert ("UK_NATIONAL_INSURANCE_NUMBER", "JT483391B") in found("crew_id,ref_a\nFA2231,JT483391B\n")
    assert ("UK_NATIONAL_INSURANCE_NUMBER", "PW127764D") in found("Reference PW127764D; please quote it.\n")


def test_a_nino_shaped_value_with_an_impossible_prefix_stays_unread() -> None:
    hits = found("Parts: QQ123456C, DF123456A, BG123456A.\n")
    assert not any(t == "UK_NATIONAL_INSURANCE_NUMBER" for t, _ in hits)


def test_a_nino_shaped_part_number_in_a_part_column_stays_unread() -> None:
    text = "part_no,description,price\nKR104412C,Brake hose,12.40\nA55-01,Clip,0.20\n"
    assert not any(t == "UK_NATIONAL_INSURANCE_NUMBER" for t, _ in found(text))


# ------------------------------------------------------------------------ tax ids under generic labels
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("TIN (Germany): 29198459377\n", "DE_TAX_ID", "29198459377"),
        ("Tax ID: 29198459377 (DE)\n", "DE_TAX_ID", "29198459377"),
        ('{"seller": {"country": "DE", "taxId": "29198459377"}}', "DE_TAX_ID", "29198459377"),
        ("tax_residency: DE\ntin: 29198459377\n", "DE_TAX_ID", "29198459377"),
        ("Tax ID (Spain): X4815162C\n", "ES_DNI", "X4815162C"),
        ("Número de identificación fiscal: 51839274B\n", "ES_DNI", "51839274B"),
    ],
)
def test_a_tax_id_label_read_as_its_countrys_id(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_tax_id_label_with_no_country_or_a_failed_check_stays_unread() -> None:
    hits = found("Tax ID no. 29198459377\nTIN (Germany): 29198459378\n")
    assert not any(t == "DE_TAX_ID" for t, _ in hits)
