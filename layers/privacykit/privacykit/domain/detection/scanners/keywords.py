"""Context keywords: one Aho-Corasick pass finds every label, name cue and medical term, then each is acted on.

The keywords and their kinds come from ``data/keywords.tsv`` (labels such as "DOB" or "MRN", titles,
greetings, sign-offs...) plus the medical vocabularies. A label reads the value after it; a cue hands over
to the name rules; a medical term is kept aside for ``medical.admit_medical``.
"""

from __future__ import annotations

import ahocorasick

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import count_digits, value_after
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.scanners.contact import PHONE_REGIONS, PHONE_VALUE
from privacykit.domain.detection.scanners.dates import date_span
from privacykit.domain.detection.scanners.medical import DIAGNOSES, MED_DOSE_AFTER, MEDICATIONS
from privacykit.domain.detection.scanners.names import name_after_cue
from privacykit.domain.detection.scanners.numbers import DL_VALUE, MRN_VALUE, PASSPORT_VALUE, SSN_VALUE
from privacykit.domain.detection.wordlists import load_pairs

__all__ = ["scan_keywords"]

# Short keys ("hi", "ms", "no") occur inside countless words ("this", "36ms", "notifier"); registering them
# only between boundary characters keeps the automaton from reporting those hits at all.
_LEFT = " \n\t\"'([{<>,;/|="
_RIGHT = " \n\t\r\"'.,;:!?#=)]}<>-/&"


def _build_automaton() -> ahocorasick.Automaton:
    """The automaton over every keyword; each string it reports carries its (trailing, kind, keyword) entries."""
    # (keyword, kind) pairs; one keyword may have several kinds ("dr." is a title and a medical hint).
    keywords: list[tuple[str, str]] = sorted(
        {(w, k) for k, w in load_pairs("keywords.tsv")}
        | {(w, "diag") for w in DIAGNOSES}
        | {(w, "med") for w in MEDICATIONS - DIAGNOSES}
    )
    # Several keywords can share one automaton string ("\nmr#" is both the title "Mr" and "MR#"), so each
    # string maps to all of its (trailing characters, kind, keyword) entries.
    entries: dict[str, list[tuple[int, str, str]]] = {}
    for k, kind in keywords:
        if len(k) <= 3 and k.isalpha():
            for p in _LEFT:
                for q in _RIGHT:
                    entries.setdefault(p + k + q, []).append((1, kind, k))
        elif len(k) <= 3 and k[0].isalnum():
            for p in _LEFT:
                entries.setdefault(p + k, []).append((0, kind, k))
        else:
            entries.setdefault(k, []).append((0, kind, k))
    automaton = ahocorasick.Automaton()
    for k, found in entries.items():
        automaton.add_word(k, tuple(found))
    automaton.make_automaton()
    return automaton


# Built once, at import: its ~11,000 strings take 10-20 ms to add, far too much for every call.
_AC = _build_automaton()


def _boundary_ok(low: str, start: int, end: int, key: str) -> bool:
    if key[0].isalnum() and start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
        return False
    return not (key[-1].isalnum() and end < len(low) and (low[end].isalnum() or low[end] == "_"))


def scan_keywords(text: str, low: str, out: Findings) -> None:
    """Act on every keyword the automaton found in ``low`` (``text`` lower-cased)."""
    # The automaton runs over "\n" + low so a short key at the very start still has a boundary before it.
    for end_idx, entries in _AC.iter("\n" + low):
        for trailing, kind, key in entries:
            end = end_idx - trailing  # a short key may be registered with one boundary character after it
            start = end - len(key)
            if kind == "medhint":  # word stems ("diagnos", "prescri"): no boundary after them
                out.medical_hints.append(start)
            elif _boundary_ok(low, start, end, key):
                _keyword_hit(text, start, end, kind, key, out)


def _keyword_hit(text: str, start: int, end: int, kind: str, key: str, out: Findings) -> None:
    """Act on one keyword: read the value it labels, or the name it introduces, or keep a medical term."""
    if kind == "med":
        score = 0.9 if MED_DOSE_AFTER.match(text, end) else 0.75
        out.medical.append(Finding(start, end, T.MEDICATION, score))
    elif kind == "diag":
        out.medical.append(Finding(start, end, T.DIAGNOSIS, 0.8))
    elif kind == "dob":
        span = date_span(text, end)
        if span:
            out.add(T.DATE_OF_BIRTH, span[0], span[1], 0.9)
    elif kind == "mrn":
        m = value_after(text, end, MRN_VALUE)
        if m and count_digits(m.group()) >= 4:
            out.add(T.MEDICAL_RECORD_NUMBER, m.start(), m.end(), 0.85)
    elif kind == "passport":
        m = value_after(text, end, PASSPORT_VALUE)
        if m:
            out.add(T.US_PASSPORT, m.start(), m.end(), 0.85)
    elif kind == "dl":
        m = value_after(text, end, DL_VALUE)
        if m and count_digits(m.group()) >= 4:
            out.add(T.DRIVER_LICENSE, m.start(), m.end(), 0.8)
    elif kind == "ssn":
        m = value_after(text, end, SSN_VALUE)
        if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
            out.add(T.US_SSN, m.start(), m.end(), 0.9)
    elif kind == "phone":
        m = value_after(text, end, PHONE_VALUE)
        if m and 7 <= count_digits(m.group()) <= 15:
            raw = m.group()
            if any(v.phone_ok(raw, r) for r in PHONE_REGIONS):
                out.add(T.PHONE, m.start(), m.end(), 0.8)
    else:
        name_after_cue(text, start, end, kind, key, out)
