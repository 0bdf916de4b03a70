"""Turning overlapping findings into the non-overlapping entities ``detect`` returns."""

from __future__ import annotations

import bisect

from privacykit.domain.common.entity_types import Entity
from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Finding

__all__ = ["resolve", "resolve_findings", "as_entities", "overlaps", "drop_persons_inside"]

# Which type wins when findings of two types overlap; on a tie the longer one does.
_RANK = {
    T.US_SSN: 9, T.CREDIT_CARD: 9, T.IBAN: 9, T.EMAIL: 8, T.MEDICAL_RECORD_NUMBER: 8, T.US_PASSPORT: 8,
    T.DRIVER_LICENSE: 7, T.DATE_OF_BIRTH: 8, T.IP_ADDRESS: 7, T.PHONE: 6, T.ADDRESS: 6, T.MEDICATION: 5,
    T.DIAGNOSIS: 5, T.PERSON: 4,
}  # fmt: skip
# Identifiers beyond the US are read after their label and checked: they outrank a phone or date shape.
_RANK.update({t: 8 for t in T if t not in _RANK})


def resolve(items: list[Finding]) -> list[Entity]:
    """Drop duplicates and overlaps: the same type merges, else the higher-ranked, then longer, wins."""
    return as_entities(resolve_findings(items))


def as_entities(findings: list[Finding]) -> list[Entity]:
    """Resolved findings as the public :class:`Entity` values (a frozen dataclass costs ~1 us each to build:
    the engine and ``privacy-scan`` keep plain tuples and build these only at the public boundary).

    Each is made empty and its four slots set through their descriptors, in C: the dataclass's own ``__init__``
    (a Python frame setting each field through ``object.__setattr__``, as a frozen class must) cost ~1.5 us an
    entity, a sixth of the work on a MiB of 116,000 names. ``Entity`` has no ``__post_init__`` to skip (a test
    checks that, and that both ways give equal entities)."""
    out: list[Entity] = []
    add = out.append
    for start, end, kind, score in findings:
        entity = _new_entity(Entity)
        _set_start(entity, start)
        _set_end(entity, end)
        _set_type(entity, kind)
        _set_score(entity, score)
        add(entity)
    return out


_new_entity = Entity.__new__
_set_start, _set_end, _set_type, _set_score = (vars(Entity)[name].__set__ for name in ("start", "end", "type", "score"))


def resolve_findings(items: list[Finding]) -> list[Finding]:
    """:func:`resolve`, as findings (plain tuples)."""
    if not items:
        return []
    # Plain tuple order (start, end, type, score) keeps the sort in C; duplicates end up adjacent and merge below.
    ordered = sorted(items)
    kept: list[Finding] = []
    for ent in ordered:
        if kept and ent.start < kept[-1].end:
            prev = kept[-1]
            if prev.type is ent.type:
                if ent.end > prev.end:
                    kept[-1] = Finding(prev.start, ent.end, prev.type, max(prev.score, ent.score))
                continue
            if (_RANK[ent.type], ent.end - ent.start) > (_RANK[prev.type], prev.end - prev.start):
                kept[-1] = ent
            continue
        kept.append(ent)
    return kept


def overlaps(spans: list[tuple[int, int]], s: int, e: int, longest: int = 4096) -> bool:
    """Whether [s, e) overlaps any of the sorted ``spans``, none longer than ``longest``."""
    i = bisect.bisect_left(spans, (e, e))
    while i > 0:
        i -= 1
        a, b = spans[i]
        if b > s:
            return True
        if a < s - longest:
            break
    return False


def drop_persons_inside(items: list[Finding], medical: list[Finding]) -> list[Finding]:
    """``items`` without the people that overlap a medical term or an address."""
    # A surname inside a disease name, or a name inside an address, is not a person.
    for blockers in (medical, [e for e in items if e.type is T.ADDRESS]):
        if blockers:
            spans = sorted((b.start, b.end) for b in blockers)
            # Spans are short: the look-back stops past the longest, not after a fixed 4 KB of dense rows.
            longest = max(b - a for a, b in spans)
            items = [e for e in items if e.type is not T.PERSON or not overlaps(spans, e.start, e.end, longest)]
    return items
