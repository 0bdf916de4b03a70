"""Response field types more than one API handler answers with.

The local cloud merges every function's OpenAPI components by name, so a shape two functions return
(an entity found in a text, a timestamp) is declared once here rather than twice with a chance to differ.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

__all__ = ["Timestamp", "Finding"]

#: A time as the services write it (``datetime.isoformat()``, with an offset; docs/design.md section 10).
#: A string, not a ``datetime``: pydantic would re-serialise ``+00:00`` as ``Z``.
Timestamp = Annotated[str, Field(description="ISO 8601 with an offset", json_schema_extra={"format": "date-time"})]


class Finding(BaseModel):
    """One entity found in a text: character offsets, end exclusive (docs/design.md section 10)."""

    type: str
    start: int
    end: int
    score: float
