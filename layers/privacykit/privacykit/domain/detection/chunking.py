"""Large and streamed inputs: detection over overlapping windows, each entity reported once.

The window detector (one pass of every scanner) is passed in by ``engine.py``, so this module knows only how
to cut text into windows and stitch their findings back together. A CSV header found at the start is carried
to the windows after it, whose text no longer contains it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from privacykit.domain.detection.findings import Finding
from privacykit.domain.detection.resolution import resolve_findings
from privacykit.domain.detection.scanners.csv_columns import CsvHeader, read_csv_header

__all__ = ["CHUNK", "OVERLAP", "WindowDetector", "detect_in_chunks", "detect_in_stream"]

# Windows of a few megabytes keep memory flat; the overlap is far longer than any entity, so an entity
# crossing a window boundary is seen whole by the window it starts in.
CHUNK = 4 * 1024 * 1024
OVERLAP = 2048

# (window text, CSV header from earlier text or None, whether a header line may start the window) -> resolved
# findings, sorted and disjoint (plain tuples: ``engine.py`` makes them entities at the public boundary)
WindowDetector = Callable[[str, CsvHeader | None, bool], list[Finding]]


def detect_in_chunks(text: str, detect_window: WindowDetector, chunk_size: int, overlap: int) -> list[Finding]:
    """``detect_window`` over ``text`` in chunks of ``chunk_size`` characters with ``overlap`` of context.

    Each chunk owns the entities that start inside it.
    """
    if chunk_size <= 0 or overlap < 0:
        raise ValueError("chunk_size must be positive and overlap non-negative")
    n = len(text)
    if n <= chunk_size:
        return detect_window(text, None, True)
    header = read_csv_header(text)
    result: list[Finding] = []
    pos = 0
    while pos < n:
        end = min(n, pos + chunk_size)
        if end < n:
            # Cut at a line break when one is near so rows and sentences stay whole.
            nl = text.rfind("\n", pos + chunk_size // 2, end)
            if nl != -1:
                end = nl + 1
        lo = max(0, pos - overlap)
        if pos > 0:
            nl = text.find("\n", lo, pos)
            lo = nl + 1 if nl != -1 else lo
        hi = min(n, end + overlap)
        for ent in detect_window(text[lo:hi], header if pos > 0 else None, pos == 0):
            s = ent.start + lo
            if pos <= s < end:
                result.append(Finding(s, ent.end + lo, ent.type, ent.score))
        pos = end
    return resolve_findings(result)


def detect_in_stream(
    chunks: Iterable[str], detect_window: WindowDetector, overlap: int, window: int
) -> Iterator[Finding]:
    """``detect_window`` over text arriving in pieces, in windows of about ``window`` characters.

    Offsets are into the concatenation of ``chunks``; each entity is yielded once, in order, as soon as
    enough text after it has arrived. The findings of a window are handed on as one list and flattened in C
    (a dense export's 150,000 findings used to resume two generator frames each).
    """
    return chain.from_iterable(_stream_windows(chunks, detect_window, overlap, window))


def _stream_windows(
    chunks: Iterable[str], detect_window: WindowDetector, overlap: int, window: int
) -> Iterator[list[Finding]]:
    """The findings of :func:`detect_in_stream`, a list per window."""
    buf = ""
    buf_start = 0  # offset of buf[0] in the whole stream
    done_upto = 0  # entities starting before this offset were already yielded
    header: CsvHeader | None = None
    first = True

    def run(final: bool) -> list[Finding]:
        limit = buf_start + len(buf) if final else buf_start + len(buf) - overlap
        found = detect_window(buf, None if first else header, first)
        if final and buf_start == 0 and done_upto == 0:
            return found  # the whole stream in one window: its offsets are the stream's
        kept: list[Finding] = []
        for ent in found:
            s = ent.start + buf_start
            if done_upto <= s < limit or (final and s >= done_upto):
                kept.append(Finding(s, ent.end + buf_start, ent.type, ent.score))
        return kept

    for chunk in chunks:
        if not chunk:
            continue
        buf += chunk
        if len(buf) < window + 2 * overlap:
            continue
        if first:
            header = read_csv_header(buf)
        yield run(final=False)
        first = False
        done_upto = buf_start + len(buf) - overlap
        keep_from = len(buf) - 2 * overlap
        nl = buf.find("\n", keep_from, len(buf) - overlap)
        keep_from = nl + 1 if nl != -1 else keep_from
        buf = buf[keep_from:]
        buf_start += keep_from
    if buf:
        yield run(final=True)
