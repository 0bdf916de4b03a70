"""Identifier shapes, declared once: handlers validate them (as pydantic types) and the domain re-checks
values that reach it from other callers (batch items, stored data) with the same patterns."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field

__all__ = [
    "SAFE_ID_PATTERN",
    "PURPOSE_PATTERN",
    "ENTITY_TYPE_PATTERN",
    "SAFE_ID",
    "Identifier",
    "PurposeName",
    "EntityTypeName",
    "is_identifier",
]

#: Identifiers (tenant, subject, record, purpose) that may appear in keys and paths.
SAFE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$"
#: A purpose in the purpose catalogue.
PURPOSE_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
#: An entity type name (known or a tenant's own).
ENTITY_TYPE_PATTERN = r"^[A-Z][A-Z0-9_]{0,63}$"

# For Python's re, `$` also matches before a final newline ("acme\n"): anchor at the very end instead.
# (pydantic validates with Rust regex, where `$` is the end of the text, so the patterns above stay.)
SAFE_ID = re.compile(SAFE_ID_PATTERN.removesuffix("$") + r"\Z")

Identifier = Annotated[str, Field(pattern=SAFE_ID_PATTERN)]
PurposeName = Annotated[str, Field(pattern=PURPOSE_PATTERN)]
EntityTypeName = Annotated[str, Field(pattern=ENTITY_TYPE_PATTERN)]


def is_identifier(value: object) -> bool:
    """Whether ``value`` is a string of the identifier shape."""
    return isinstance(value, str) and SAFE_ID.match(value) is not None
