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
    sql_statements: list[int] = field(default_factory=list)  # where "INSERT INTO" and "CREATE TABLE" start

    def add(self, t: EntityType, start: int, end: int, score: float) -> None:
        """Keep a non-empty finding."""
        if end > start:
            self.items.append(Finding(start, end, t, score))
