"""The sample documents of the README (examples/) are what their script writes, byte for byte, and the
detector finds in each what the walk-through says it will."""

from __future__ import annotations

import pytest

from localcloud.template import ROOT
from privacy_helpers import load_script
from privacykit.domain.classify.extraction import document_kind, extract_text
from privacykit.domain.detection import classify_level, detect_stream

EXAMPLES = ROOT / "examples"


def _script():  # type: ignore[no-untyped-def]
    return load_script(EXAMPLES / "make_examples.py", "make_examples")


def test_the_checked_in_samples_are_what_the_script_writes() -> None:
    script = _script()
    assert script.main(["--check"]) == 0
    assert script.samples() == script.samples()  # no clock, no randomness


@pytest.mark.parametrize(
    ("name", "level", "types"),
    [
        ("clinical-note.pdf", "RESTRICTED", {"DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "DIAGNOSIS", "MEDICATION"}),
        ("clinical-note.docx", "RESTRICTED", {"DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "DIAGNOSIS", "MEDICATION"}),
        ("crm-contacts.csv", "CONFIDENTIAL", {"PERSON", "EMAIL", "PHONE"}),
        ("support-email.eml", "RESTRICTED", {"EMAIL", "CREDIT_CARD", "IBAN", "ADDRESS"}),
        ("app.log", "RESTRICTED", {"EMAIL", "IP_ADDRESS", "CREDIT_CARD", "US_SSN"}),
    ],
)
def test_each_sample_is_classified_as_the_readme_says(name: str, level: str, types: set[str]) -> None:
    # What the upload trigger and privacy-scan both do with a file: extract its text, then detect.
    entities = list(detect_stream(extract_text(document_kind(name), [(EXAMPLES / name).read_bytes()])))
    assert classify_level(entities).name == level
    assert types <= {entity.type.value for entity in entities}
