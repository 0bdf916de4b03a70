"""Structured identifiers as other writers write them, twelfth pass (issue 13, helper accuracy25).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus; the numbers
are made up, their check digits computed for them.
"""

from __future__ import annotations

from detection_helpers import found


# ------------------------------------------------------------ a register whose rows name their document's type
def test_register_rows_typed_by_their_document_type() -> None:
    text = (
        "case,holder,id_type,id_number\n"
        "K-1,Ana Beltrán,DNI,38728736W\n"
        "K-2,Koh Mei Ling,NRIC,T7679877F\n"
        "K-3,Vikram Rao,Aadhaar,9776 7658 1467\n"
        "K-4,Léa Morin,NIR,291111393623627\n"
        "K-5,Ethan Clarke,SIN,480 475 425\n"
        "K-6,Uwe Kranz,Steuer-IdNr,89376130351\n"
        "K-7,Rhys Evans,UK driving licence,EVANS710123RE9AB\n"
    )
    got = found(text)
    for pair in [
        ("ES_DNI", "38728736W"),
        ("SG_NRIC", "T7679877F"),
        ("IN_AADHAAR", "9776 7658 1467"),
        ("FR_NIR", "291111393623627"),
        ("CA_SIN", "480 475 425"),
        ("DE_TAX_ID", "89376130351"),
        ("DRIVER_LICENSE", "EVANS710123RE9AB"),
    ]:
        assert pair in got


def test_register_row_of_a_failed_check_or_an_unnamed_type() -> None:
    got = found("ref;Ausweisart;Ausweisnummer\nA;DNI;12345678A\nB;Rechnung;4410239871\nC;NIR;183046902972654\n")
    assert ("FR_NIR", "183046902972654") in got  # German headers, a semicolon table
    assert not any(v in ("12345678A", "4410239871") for _, v in got)


def test_register_of_business_documents_is_no_identity_register() -> None:
    assert found("batch,doc_type,doc_number\nB-1,invoice,4410239871\nB-2,order,78812093\n") == []
