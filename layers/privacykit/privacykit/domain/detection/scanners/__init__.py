"""The scanners: each finds one family of personal data in a text and adds its findings to a ``Findings``.

* ``contact``: e-mail addresses, phone numbers, IPv4 and IPv6 addresses;
* ``numbers``: SSNs, payment cards and IBANs by their shape, and the value patterns of labelled identifiers;
* ``addresses``: street addresses and PO boxes;
* ``keywords``: the Aho-Corasick keyword pass (labelled values, name cues, medical terms);
* ``dates``: calendar dates after a date-of-birth label or in a date-of-birth column, and people listed with
  their birth dates in brackets;
* ``names``: names after a cue and in free text; ``chat``: speakers of chat logs and transcripts;
* ``person_tagger``: a statistical tagger of the names in runs of capitalised words no rule claimed (run last);
* ``national_ids``: identifiers beyond the US (NHS, NINO, DNI, NIR, CPF...), read after their label and checked;
* ``medical``: which diagnoses and medications count (only in text about someone); ``medical_model``: a
  statistical judge of each term from its context, after the rules (it drops or admits one);
* ``csv_columns``, ``sql`` and ``hl7``: structured data whose header, column list or field says what a value is;
* ``interchange``: SWIFT MT, ISO 20022 and CDA fields read by their specifications (X12 is read in ``hl7``);
* ``travel``: travel documents by their specifications (ICAO 9303 zones, SSR DOCS, boarding passes, name elements).

Expensive tables (the automaton, word lists, patterns) are built once, when a module is first imported.
"""

from __future__ import annotations

from privacykit.domain.detection.scanners.addresses import scan_addresses
from privacykit.domain.detection.scanners.animals import drop_animal_terms
from privacykit.domain.detection.scanners.chat import scan_chat, scan_identity_answers
from privacykit.domain.detection.scanners.contact import (
    drop_test_numbers,
    scan_email,
    scan_intl_phones,
    scan_ipv4,
    scan_ipv6,
)
from privacykit.domain.detection.scanners.csv_columns import (
    CsvHeader,
    read_csv_header,
    scan_csv,
    scan_pipe_tables,
    untitled,
)
from privacykit.domain.detection.scanners.dates import scan_listed_birth_dates
from privacykit.domain.detection.scanners.hl7 import scan_fhir_identifiers, scan_hl7
from privacykit.domain.detection.scanners.interchange import scan_interchange
from privacykit.domain.detection.scanners.keywords import scan_keywords
from privacykit.domain.detection.scanners.medical import admit_medical, name_blockers
from privacykit.domain.detection.scanners.names import (
    MENTION_LIMIT,
    drop_named_places,
    find_mentions,
    names_above_addresses,
    scan_cards,
    scan_html_tables,
    scan_inverted_names,
    scan_name_sequences,
)
from privacykit.domain.detection.scanners.national_ids import scan_fiscal_codes
from privacykit.domain.detection.scanners.numbers import scan_iban, scan_number_shapes
from privacykit.domain.detection.scanners.person_tagger import add_persons
from privacykit.domain.detection.scanners.travel import scan_travel_documents

__all__ = [
    "scan_listed_birth_dates",
    "scan_email",
    "scan_number_shapes",
    "scan_ipv4",
    "scan_intl_phones",
    "scan_ipv6",
    "scan_iban",
    "scan_addresses",
    "scan_keywords",
    "names_above_addresses",
    "scan_html_tables",
    "scan_inverted_names",
    "scan_name_sequences",
    "scan_cards",
    "scan_travel_documents",
    "drop_named_places",
    "scan_chat",
    "scan_identity_answers",
    "scan_hl7",
    "scan_fhir_identifiers",
    "scan_interchange",
    "CsvHeader",
    "read_csv_header",
    "untitled",
    "scan_csv",
    "scan_pipe_tables",
    "admit_medical",
    "name_blockers",
    "drop_animal_terms",
    "find_mentions",
    "MENTION_LIMIT",
    "scan_fiscal_codes",
    "drop_test_numbers",
    "add_persons",
]
