"""Diagnoses and medications: kept only when the text is about someone, since a drug list alone is not PHI.

The keyword scan (and HL7 fields) collect medical terms apart from other findings; once every scanner has run,
``admit_medical`` adds them if the text identifies a person or reads like a record, together with conditions
recognised by their word-formation near those terms.
"""

from __future__ import annotations

import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.resolution import overlaps
from privacykit.domain.detection.wordlists import load, words

__all__ = ["DIAGNOSES", "MEDICATIONS", "MED_DOSE_AFTER", "admit_medical"]

DIAGNOSES = load("diagnoses.txt")
MEDICATIONS = load("medications.txt")

# "lithium battery" is not a prescription; a dose or drug form after the name makes it surer.
MED_DOSE_AFTER = re.compile(
    r"\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?|iu|%)\b|(?:tab|cap|tablet|capsule|er|xr|sr|hcl)\b)", re.I
)
_RECORD_CUES = re.compile(
    r"patient\s*(?:name)?\s*:|\bpt\s*:|chief complaint|history of present illness|\bhpi\b|discharge|admitted|"
    r"admission|assessment and plan|\ba/p\b|\brx\s*:|\bsig\s*:|\bdx\s*:|\bmy (?:son|daughter|wife|husband|mother|"
    r"father|mom|dad|brother|sister|partner|child|kid|baby|grandma|grandpa)\b|"
    r"\bi (?:was|have been|'ve been|am|got) diagnosed|"
    r"\b(?:he|she) (?:was|is|has been) (?:diagnosed|started|prescribed|admitted|taking|on)\b|"
    r"\bi(?:'m| am) (?:on|taking)\b|\bmy (?:doctor|diagnosis|meds|medication|prescription)\b|"
    r"was (?:started|prescribed|placed) on|\bmrn\b|date of birth|\bdob\b|\b(?:we|i|was|were) diagnosed\b|"
    r"\bstarted (?:her|him|them) on\b|\b(?:her|his) (?:a1c|bp|blood pressure|labs?|symptoms|pain|diagnosis|"
    r"medications?|meds|doctor|condition)\b|\b(?:the |this )?(?:patient|pt\.?) (?:is|was|has|had|presents|presented|"
    r"reports|reported|denies|denied|states|stated|complains|returns|returned)\b|\b\d{1,3}[- ]?(?:y/?o|year[- ]old)\b|"
    r"\b(?:he|she) (?:reports|denies|presents|states|complains)\b",
    re.I,
)
# Condition names by their medical word-formation (-itis, -osis, -oma, ... "X syndrome"), used only in text
# already known to be about a patient, so the dictionary need not list every condition.
_DX_MORPH = re.compile(
    r"\b(?:[a-z]+(?:ic|al|ive|ary|ous|ed|'s) )?[a-z]{3,}(?:itis|osis|oma|emia|aemia|pathy|plasia|algia|trophy)\b"
    r"|\b[a-z]+(?:ic|al|ive|ary|ous|'s) (?:syndrome|disease|disorder|insufficiency|deficiency)\b"
)
_DX_NOT = words(
    "diagnosis prognosis diploma aroma academia empathy sympathy telepathy nostalgia osmosis symbiosis hypnosis "
    "stoma soma coma trauma"
)
# Findings that tie a text to a person, and so make its medical terms PHI.
_IDENTIFYING = frozenset(
    {T.PERSON, T.MEDICAL_RECORD_NUMBER, T.DATE_OF_BIRTH, T.US_SSN, T.EMAIL, T.PHONE, T.ADDRESS}
    | {T.US_PASSPORT, T.DRIVER_LICENSE}
)


def admit_medical(items: list[Finding], found: Findings, low: str) -> None:
    """Extend ``items`` with the medical terms of ``found`` if the text (lower-cased: ``low``) is about someone."""
    med_terms = found.medical
    if not (med_terms or found.medical_hints):
        return
    about_someone = any(e.type in _IDENTIFYING for e in items) or _RECORD_CUES.search(low) is not None
    if not about_someone:
        return
    items.extend(med_terms)
    known = sorted((m.start, m.end) for m in med_terms)
    # Conditions by word-formation are looked for only near medical words, not across a whole log.
    anchors = sorted([m.start for m in med_terms] + found.medical_hints)
    for a, b in _windows(anchors, 600, len(low)):
        for m in _DX_MORPH.finditer(low, a, b):
            if m.group().split()[-1] not in _DX_NOT and not overlaps(known, m.start(), m.end()):
                items.append(Finding(m.start(), m.end(), T.DIAGNOSIS, 0.6))


def _windows(anchors: list[int], radius: int, limit: int) -> list[tuple[int, int]]:
    """Merged ``[a - radius, a + radius)`` windows around sorted anchor positions."""
    out: list[tuple[int, int]] = []
    for a in anchors:
        lo, hi = max(0, a - radius), min(limit, a + radius)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
