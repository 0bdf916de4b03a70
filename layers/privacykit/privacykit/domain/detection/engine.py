"""The detection engine: a few cheap whole-text scans, then validators and context on candidates only.

Speed comes from where the work happens:

* the text is mapped once (in C, ``bytes.translate``) to a *shape* string where every digit is ``0``, every
  capital ``A`` and every small letter ``a`` (``shapes.py``); candidate shapes (``000-00-0000``, ``0000 0000``,
  ``Aa Aa``...) are then found by regexes that start with a literal, which CPython's ``re`` searches at memory
  speed;
* one Aho-Corasick pass over the lower-cased text finds every context keyword and medical term
  (``scanners/keywords.py``);
* checksums, phone-number parsing, list look-ups and context windows run only on those candidates.

Each family of data has its scanner module under ``scanners/``; ``resolution.py`` turns their overlapping
findings into entities and ``chunking.py`` runs the window pass below over inputs too large for one pass.
Patterns, word lists and the automaton are built at import; the per-column CSV patterns are compiled on
first use (and cached by ``re``); libphonenumber and python-stdnum load on the first candidate that needs them.
Inputs above ``CHUNK`` characters are processed in overlapping chunks so memory stays flat.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Iterable, Iterator
from itertools import chain, compress
from operator import itemgetter, lt

from privacykit.domain.common.entity_types import Entity
from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.chunking import CHUNK, OVERLAP, detect_in_chunks, detect_in_stream
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.resolution import as_entities, drop_persons_inside, overlaps, resolve_findings
from privacykit.domain.detection.scanners import (
    MENTION_LIMIT,
    CsvHeader,
    add_persons,
    admit_medical,
    drop_animal_terms,
    drop_named_places,
    drop_test_numbers,
    find_mentions,
    name_blockers,
    names_above_addresses,
    read_csv_header,
    scan_addresses,
    scan_cards,
    scan_chat,
    scan_csv,
    scan_email,
    scan_fhir_identifiers,
    scan_fiscal_codes,
    scan_hl7,
    scan_html_tables,
    scan_iban,
    scan_identity_answers,
    scan_interchange,
    scan_intl_phones,
    scan_inverted_names,
    scan_ipv4,
    scan_ipv6,
    scan_keywords,
    scan_listed_birth_dates,
    scan_name_sequences,
    scan_number_shapes,
    scan_pipe_tables,
    scan_travel_documents,
    untitled,
)
from privacykit.domain.detection.shapes import same_length_lower, text_maps
from privacykit.domain.detection.structure import columns_lower_their_values, drop_by_structure

__all__ = ["detect", "detect_large", "detect_stream", "detect_findings_stream"]


def _detect(text: str, csv_header: CsvHeader | None = None, header_in_text: bool = True) -> list[Finding]:
    """One pass of every scanner over one window of text; ``csv_header`` comes from an earlier window.

    Each window may have libphonenumber parse so many numbers (``validators.phone_parse_budget``). The
    cyclic garbage collector is paused for the pass: a dense export makes hundreds of thousands of tuples
    and match objects, none in a cycle, and each of the collections their number sets off walks every one
    still alive (a sixth of the time of a 4 MB export). What the pass frees, reference counting frees.
    """
    with v.phone_parse_budget():
        out = Findings()
        if not gc.isenabled():
            found = _detect_window(text, csv_header, header_in_text, out)
        else:
            gc.disable()
            try:
                found = _detect_window(text, csv_header, header_in_text, out)
            finally:
                gc.enable()
    # An animal's conditions and drugs are no one's health data (scanners/animals.py): read only when the
    # keyword pass met a word of an animal's record.
    return drop_animal_terms(text, found, out.animal, out.medical_hints) if out.animal else found


def _detect_window(text: str, csv_header: CsvHeader | None, header_in_text: bool, out: Findings) -> list[Finding]:
    csv_text = text
    title = ""
    if csv_header is None and header_in_text:
        csv_header = read_csv_header(text)
        if csv_header is None and (titled := untitled(text)) is not None:  # a title line above the header
            csv_text, csv_header, title = titled, read_csv_header(titled), text[: text.find("\n")]
    # A table whose header names its columns is read by column first; the cells that gave a finding are then
    # cut out of the text the other scanners read (they would only find them again, cell by cell, in Python),
    # and what those find is placed back at its offsets in the text.
    claimed: list[tuple[int, int]] = []
    mailed: list[tuple[int, int]] = []
    if csv_header is not None:
        claimed, mailed = scan_csv(csv_text, csv_header, out, skip_first=header_in_text, title=title)
    cells = len(out.items)  # the findings so far are the table's: one per cell, in disjoint cells
    if claimed or mailed:
        table, out.items = out.items, []
        rest, starts, origins = _cut(text, claimed + mailed)
        _scan_free_text(rest, out, 0)
        _place(out, starts, origins)
        out.items[:0] = table
        # The medical admission reads the text around its terms with the claimed cells blanked, as the scanners
        # read it (a diagnosis column's cells are not the items of a label in the header); only when it has any.
        low = same_length_lower(_blank(text, claimed)) if out.medical or out.medical_hints else ""
    else:
        low = _scan_free_text(text, out, cells)

    # Places named after people are no people, whichever scanner read them (a table's cells are read by column);
    # before their words are looked for as mentions (accuracy18).
    if len(out.items) > cells:
        out.items[cells:] = drop_named_places(out.items[cells:], text)
    if len(text) <= MENTION_LIMIT:  # (a longer text is not searched for mentions: its people are not collected)
        find_mentions(text, _spans_of(out.items, T.PERSON), out)
    if cells and csv_header is not None and not columns_lower_their_values(csv_header):
        found = _with_cells(out, cells, text, csv_header, low)
        if found is not None:
            return _tagged(text, out, found)
    items = drop_by_structure(drop_persons_inside(out.items, name_blockers(out.medical)), text, csv_header)
    # fiction's reserved numbers called test values (accuracy15), any value called an example (accuracy34)
    items = drop_test_numbers(items, text, out.examples)
    # Diagnoses and medications are PHI only when the text is about someone.
    admit_medical(items, out, low)
    return _tagged(text, out, resolve_findings(items))


def _tagged(text: str, out: Findings, found: list[Finding]) -> list[Finding]:
    """``found`` (resolved) with the statistical tagger's people added (scanners/person_tagger.py): last, on the
    runs of capitalised words where ``names.scan_name_sequences``' search met one (no search of its own). Not
    where a medical term lies, nor where a rule found a name that a later step took back (a product's name, a
    place named after someone)."""
    if not out.name_hits:
        return found
    tagged = add_persons(text, out.name_hits, found, [*out.medical, *_spans_of(out.items, T.PERSON)])
    if len(tagged) > len(found) and len(text) <= MENTION_LIMIT:
        return _tagged_mentions(text, out, found, tagged)
    return tagged


def _tagged_mentions(text: str, out: Findings, found: list[Finding], tagged: list[Finding]) -> list[Finding]:
    """``tagged`` with the later and earlier mentions of the people only the tagger found, by one of their names
    standing alone (``names.find_mentions``, which reads the rules' people before the tagger runs): "Okafor said"
    after a tagged "Chidi Okafor". Not where a finding, a medical term or a name a later step took back lies."""
    before = set(found)
    new = [(f.start, f.end) for f in tagged if f.type is T.PERSON and f not in before]
    if not new:
        return tagged
    more = Findings()
    find_mentions(text, new, more)
    if not more.items:
        return tagged
    taken = sorted(
        [(f.start, f.end) for f in tagged] + [(b.start, b.end) for b in out.medical] + _spans_of(out.items, T.PERSON)
    )
    longest = max((b - a for a, b in taken), default=0)
    extra = [f for f in more.items if not overlaps(taken, f.start, f.end, longest)]
    return sorted(tagged + extra) if extra else tagged


def _scan_free_text(seen: str, out: Findings, cells: int) -> str:
    """Every scanner of free text over ``seen``; returns its lower case. The first ``cells`` findings of ``out``
    are a table's cells (none are found again here)."""
    shape, low, low_bytes = text_maps(seen)
    scan_email(seen, out)
    scan_number_shapes(seen, shape, out)
    scan_ipv4(seen, shape, out)
    scan_intl_phones(seen, shape, out)
    scan_ipv6(seen, shape, out)
    scan_iban(seen, shape, out)
    scan_fiscal_codes(seen, shape, out)
    scan_addresses(seen, shape, out)
    scan_keywords(seen, low, out, low_bytes)
    # The structure around names: airline passenger records, HTML tables and definition lists, and address
    # blocks (the addresses are found above); then names in free text.
    scan_travel_documents(seen, out, shape)
    scan_cards(seen, out)  # vCards and iCalendar events (accuracy11)
    scan_html_tables(seen, out)
    names_above_addresses(seen, out, cells)
    scan_name_sequences(seen, shape, out)
    scan_inverted_names(seen, shape, out)
    scan_chat(seen, shape, out)
    scan_identity_answers(seen, low, out)
    scan_hl7(seen, out)
    scan_fhir_identifiers(seen, out)
    scan_interchange(seen, out)  # SWIFT MT, ISO 20022, CDA (accuracy14)
    scan_pipe_tables(seen, out)
    scan_listed_birth_dates(seen, out)
    return low


def _cut(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int], list[int]]:
    """``text`` without the disjoint ``spans``; and, per piece kept, its start there and in ``text``.

    (A loop: slices made by ``map`` and joined in C were slower, as for blanking.)
    """
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    pos = at = 0
    for s, e in sorted(spans, key=_START):  # (disjoint: no two share a start)
        if s < pos:
            continue
        parts.append(text[pos:s])
        starts.append(at)
        origins.append(pos)
        at += s - pos
        pos = e
    parts.append(text[pos:])
    starts.append(at)
    origins.append(pos)
    return "".join(parts), starts, origins


def _place(out: Findings, starts: list[int], origins: list[int]) -> None:
    """Move what the scanners found in a text cut by :func:`_cut` to its offsets in the whole text.

    A start is placed in the piece that starts at or before it (the later of two that start together: the
    earlier is empty), an end in the piece its last character is in; a finding across a cut covers the cut.
    """

    def at(x: int) -> int:
        i = bisect.bisect_right(starts, x) - 1
        return origins[i] + x - starts[i]

    def end(s: int, e: int) -> int:
        if e <= s:
            return at(s) + e - s
        i = bisect.bisect_right(starts, e - 1) - 1
        return origins[i] + e - starts[i]

    out.items = [Finding(at(s), end(s, e), t, score) for s, e, t, score in out.items]
    out.medical = [Finding(at(s), end(s, e), t, score) for s, e, t, score in out.medical]
    out.medical_hints = [at(x) for x in out.medical_hints]
    out.unasserted = [(at(s), end(s, e)) for s, e in out.unasserted]
    out.animal = [(at(s), end(s, e)) for s, e in out.animal]
    out.examples = [(at(s), end(s, e)) for s, e in out.examples]
    out.name_hits = [at(x) for x in out.name_hits]


def _with_cells(out: Findings, cells: int, text: str, csv_header: CsvHeader, low: str) -> list[Finding] | None:
    """The end of :func:`_detect_window` for a table, its ``cells`` first findings kept apart; ``None`` if some
    other finding touches a cell (then the general path decides, as it would have).

    The cell findings are disjoint and no other finding overlaps them, so the drops have nothing to do on
    them (a person overlapping a term or an address, a value in a column whose name lowers it: the caller
    checked no column does) and resolving them is sorting them: 150,000 findings of a dense export are not
    walked one by one in Python.
    """
    by_cell = sorted(out.items[:cells], key=_START)  # disjoint: no two share a start, so as a tuple sort orders them
    starts = list(map(_START, by_cell))
    rest = out.items[cells:]
    if any(_touches(by_cell, starts, f) for f in chain(rest, out.medical)):
        return None
    rest = drop_by_structure(drop_persons_inside(rest, name_blockers(out.medical)), text, csv_header)
    rest = drop_test_numbers(rest, text, out.examples)
    # Diagnoses and medications are PHI only when the text is about someone: the cells count for that.
    every = rest + by_cell
    admit_medical(every, out, low)
    admitted = every[len(rest) + len(by_cell) :]
    rest += admitted
    if any(_touches(by_cell, starts, f) for f in admitted):
        return resolve_findings(by_cell + rest)
    # No other finding overlaps a cell: resolving them all is resolving the others and adding the cells. Two
    # sorted runs, merged by their starts (each other finding goes in before the first cell after it, found by
    # bisection): no other finding starts where a cell does, as none overlaps one, unless it is empty (then the
    # tuple order decides, as it did).
    resolved = resolve_findings(rest)
    if not all(map(lt, map(_START, resolved), map(_END, resolved))):
        return sorted(by_cell + resolved)
    merged: list[Finding] = []
    at = 0
    for f in resolved:  # (sorted by start, as resolved)
        i = bisect.bisect_left(starts, f[0], at)
        merged += by_cell[at:i]
        merged.append(f)
        at = i
    merged += by_cell[at:]
    return merged


def _touches(cells: list[Finding], starts: list[int], f: Finding) -> bool:
    """Whether ``f`` overlaps one of the disjoint, non-empty ``cells``, sorted by their ``starts``.

    (Looked up by start, in the list of the starts: ints, compared in C. An empty finding touches a cell it is
    inside of, not one it starts or ends.)
    """
    s, e = f[0], f[1]
    i = bisect.bisect_right(starts, s) if s < e else bisect.bisect_left(starts, s)
    return (i > 0 and cells[i - 1][1] > s) or (i < len(cells) and cells[i][0] < e)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` replaced by spaces; offsets unchanged."""
    parts: list[str] = []
    pos = 0
    blanks = _BLANKS
    for s, e in sorted(spans):
        if s < pos:
            continue
        # (a blank of each length up to 255 is made once: a table's 100,000 cells are short)
        parts += (text[pos:s], blanks[e - s] if e - s < 256 else " " * (e - s))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _spans_of(items: list[Finding], kind: T) -> list[tuple[int, int]]:
    """``(start, end)`` of the findings of ``kind`` (``map`` over C methods: a dense table has 150,000)."""
    return list(map(_SPAN, compress(items, map(kind.__eq__, map(itemgetter(2), items)))))


_SPAN = itemgetter(0, 1)
_BLANKS = [" " * n for n in range(256)]
_START = itemgetter(0)
_END = itemgetter(1)


def detect(text: str) -> list[Entity]:
    """Find personal and health data in ``text``; entities come sorted by position and never overlap.

    Inputs above a few megabytes are processed in overlapping chunks (``detect_large``) so memory stays flat.
    """
    if len(text) > CHUNK:
        return detect_large(text)
    return as_entities(_detect(text))


def detect_large(text: str, chunk_size: int = CHUNK, overlap: int = OVERLAP) -> list[Entity]:
    """Detect over ``text`` in chunks of ``chunk_size`` characters, with ``overlap`` characters of context.

    Each chunk owns the entities that start inside it, so an entity crossing a boundary is reported once,
    by the chunk it starts in, and is seen whole thanks to the overlap (entities are far shorter than it).
    A CSV header at the start still applies to the rows of later chunks.
    """
    return as_entities(detect_in_chunks(text, _detect, chunk_size, overlap))


def detect_stream(chunks: Iterable[str], overlap: int = OVERLAP, window: int = CHUNK) -> Iterator[Entity]:
    """Detect over text arriving in pieces; offsets are into the concatenation of ``chunks``.

    Text is analysed in windows of about ``window`` characters that overlap by ``overlap``; each entity is
    yielded once, in order, as soon as enough text after it has arrived.
    """
    for f in detect_in_stream(chunks, _detect, overlap, window):
        yield Entity(*f)


def detect_findings_stream(chunks: Iterable[str], overlap: int = OVERLAP, window: int = CHUNK) -> Iterator[Finding]:
    """:func:`detect_stream` as plain ``(start, end, type, score)`` tuples (``findings.Finding``).

    For callers that handle every finding of a large input themselves (``privacy-scan``): building an
    :class:`Entity` costs more than finding a CSV cell's value, and a table shows only the first few.
    """
    return detect_in_stream(chunks, _detect, overlap, window)
