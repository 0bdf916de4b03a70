"""Chat and transcript speakers: the labels that start message lines ("[10:02] Priya: ...") are people."""

from __future__ import annotations

import re
from collections import Counter

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.scanners.names import COMMON, FIRST, is_given
from privacykit.domain.detection.wordlists import fold

__all__ = ["scan_chat"]

# Shape of a speaker label (see shapes.py): one or two capitalised words, an optional "(role)", then ": ".
_S_SPEAKER = re.compile(rb"Aa+(?:-[Aa]a+)?(?: Aa+(?:-[Aa]a+)?)?(?: \([^)\n]{1,20}\))?: ")
_S_TIME_COLUMN = re.compile(rb"a  +\[?0?0:00")
# Exports that put the time after the speaker, in columns: "Loredana  10:02  cutting 6.1 now".
_SPEAKER_TIME = re.compile(
    r"^([A-ZÀ-ÞĀ-ɏḀ-ỿ][\w'’-]{1,30}(?: [A-ZÀ-ÞĀ-ɏḀ-ỿ][\w'’-]{1,30})?)[ \t]{2,}\[?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]?[AaPp][Mm])?\]?[ \t]+\S",
    re.M,
)
# What may precede the label on its line: a [tag], a date and time, a dash.
_CHAT_PREFIX = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]*)?"
    r"\(?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp][Mm])?\)?[ \t]*[-–]?[ \t]*)?<?$"
)


def scan_chat(text: str, shape: bytes, out: Findings) -> None:
    """Speaker labels of chat logs and transcripts; a label counts when its lines read as speech."""
    if ": " not in text and "  " not in text:
        return
    seen: dict[str, list[tuple[int, int]]] = {}
    talking: Counter[str] = Counter()  # lines where the label is followed by words, i.e. someone speaking
    for m in _S_SPEAKER.finditer(shape):
        s = m.start()
        # The line break is looked for only as far back as a label may sit from it: a search back to the
        # start of the text made a long line of "Ann: Ann: ..." quadratic.
        lo = max(0, s - 41)
        nl = text.rfind("\n", lo, s)
        if nl == -1 and lo > 0:
            continue  # the line started more than 40 characters before the label
        line_start = nl + 1
        if s - line_start > 40 or not _CHAT_PREFIX.match(text, line_start, s):
            continue
        e = s + len(m.group().split(b":")[0].split(b" (")[0])
        name = text[s:e]
        if any(fold(t) in COMMON and fold(t) not in FIRST for t in name.split()):
            continue  # "Impression: ...", "Subject: ..." are headings
        seen.setdefault(name, []).append((s, e))
        # "Collected: 2025-03-01" is a form field; "Priya: sure, on it" is speech.
        if text[m.end() : m.end() + 1].isalpha():
            talking[name] += 1
    if _S_TIME_COLUMN.search(shape):
        for col in _SPEAKER_TIME.finditer(text):
            speaker = col.group(1)
            seen.setdefault(speaker, []).append(col.span(1))
            talking[speaker] += 1
    # In a transcript speakers take turns, so most of them speak more than once; a form's labels
    # ("Applicant:", "Nationality:", "Employer:") each appear once, however many of them it has.
    repeated = sum(1 for n in talking.values() if n >= 2)
    transcript = repeated >= 1 and len(talking) <= 2 * repeated + 1
    for name, spans in seen.items():
        folded = [fold(t) for t in name.split()]
        if any(f in COMMON and f not in FIRST for f in folded) or not talking[name]:
            continue
        if transcript or len(spans) >= 2 or is_given(folded[0]):
            for s, e in spans:
                out.add(T.PERSON, s, e, 0.75)
