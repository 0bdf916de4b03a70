"""The value object every detector returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from privacykit.domain.common.entity_types import EntityType

__all__ = ["Entity"]


@dataclass(frozen=True, slots=True, order=True)
class Entity:
    """One finding: ``text[start:end]`` is of ``type``; ``score`` is the confidence in 0..1.

    Offsets are character offsets into the analysed text, ``end`` exclusive (design.md section 10).
    Ordering is by position first so sorted lists read left to right.
    """

    start: int
    end: int
    type: EntityType
    score: float

    def as_dict(self) -> dict[str, Any]:
        """The public-contract shape ``{"type", "start", "end", "score"}``."""
        return {"type": self.type.value, "start": self.start, "end": self.end, "score": round(self.score, 3)}
