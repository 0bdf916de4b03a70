"""Findings as the scanners collect them, before overlaps are resolved into :class:`Entity` values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from privacykit.domain.common.entity_types import EntityType

__all__ = ["Finding", "Findings"]


class Finding(NamedTuple):
    """A finding inside the engine: a plain tuple, so sorting and de-duplication stay in C on dense inputs."""

    start: int
    end: int
    type: EntityType
    score: float


@dataclass
class Findings:
    """Findings of one pass; medical terms are kept apart until the document is known to be about someone."""

    items: list[Finding] = field(default_factory=list)
    medical: list[Finding] = field(default_factory=list)
    medical_hints: list[int] = field(default_factory=list)  # where words like "patient" or "diagnosed" occur
    # SQL dumps (scanners/sql.py): where the last INSERT statement read ends, and each table's column names.
    sql_end: int = -1
    sql_tables: dict[str, list[str] | None] = field(default_factory=dict)
    # Where a birth-date label of a language other than English is (chat.scan_identity_answers reads requests there).
    request_labels: list[int] = field(default_factory=list)
    # Member/subscriber/policy numbers after their label, (label start, label end, value start, value end):
    # whether each is a health plan's is decided once the text is read (national_ids.admit_plan_ids).
    pending_plan_ids: list[tuple[int, int, int, int]] = field(default_factory=list)
    # Spans of entries recorded as not so (a CDA entry with negationInd="true", a refuted FHIR XML Condition),
    # sorted and disjoint: no medical term inside them is asserted of the patient (medical.admit_medical).
    unasserted: list[tuple[int, int]] = field(default_factory=list)
    # The markers of interchange formats the keyword pass met (kind "format" of data/keywords.tsv: ":59:", "<nm>",
    # "msh|"...): the format readers run only on a text that holds theirs, with no pass of their own to know it.
    formats: set[str] = field(default_factory=set)
    # Where the keyword pass met a word an animal's record uses (kind "animal": "species", "owner", "vet",
    # "neutered", a veterinary product...): only then is the text read for records whose patient is an animal.
    animal: list[tuple[int, int]] = field(default_factory=list)
    # Where the keyword pass met a word calling the values beside it examples or test data (kind "example":
    # "Example:", "e.g.", "z. B.", "fictitious"): contact.drop_test_numbers drops the values it calls so.
    examples: list[tuple[int, int]] = field(default_factory=list)
    # Where names.scan_name_sequences' search met a title-case word before another capital (or ", " and one):
    # the statistical tagger reads the runs of capitalised words there (scanners/person_tagger.py).
    name_hits: list[int] = field(default_factory=list)
    # What the last name key or title read, with the facts it was judged by (names.Read): another cue that would
    # read the same the same way ("name=" and " name=", "dr" and "dr.") need not read it again (names.reads_again).
    last_read: tuple[int, str, str, bool | None] | tuple[int, str, int, bool, bool, bool, bool] | None = None

    def add(self, t: EntityType, start: int, end: int, score: float) -> None:
        """Keep a non-empty finding."""
        if end > start:
            self.items.append(Finding(start, end, t, score))
