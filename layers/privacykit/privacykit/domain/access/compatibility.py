"""Purpose limitation on stored records (GDPR Art. 5(1)(b), 6(4)): for which purposes a record collected
for one purpose may be read or exported.

A table maps the purpose a record was collected for to the other purposes compatible with it; a purpose
is always compatible with itself. ``docs/purpose-compatibility.md`` gives the reason of every entry of the
default table. A tenant replaces it with its own (``functions/access/tenant_policies/<tenant>.purposes.json``,
``{"compatible": {"<collected>": ["<purpose>", ...]}}``), validated when loaded. A record that states no
purpose is looked up under ``""``: by default only a legal obligation may read it, since nothing says what
it was collected for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping

from privacykit.domain.common.ids import PURPOSE_PATTERN
from privacykit.errors import ConfigurationError

__all__ = ["UNSPECIFIED", "DEFAULT_COMPATIBILITY", "PurposeCompatibility"]

#: The key of records that state no purpose.
UNSPECIFIED = ""

#: Collected for -> the other purposes it may be read for (docs/purpose-compatibility.md).
DEFAULT_COMPATIBILITY: Mapping[str, frozenset[str]] = {
    "service_delivery": frozenset({"payment", "operations", "legal_obligation"}),
    "payment": frozenset({"service_delivery", "operations", "legal_obligation"}),
    "treatment": frozenset({"payment", "legal_obligation"}),
    "operations": frozenset({"legal_obligation"}),
    "marketing": frozenset({"legal_obligation"}),
    "analytics": frozenset({"legal_obligation"}),
    "research": frozenset({"legal_obligation"}),
    "legal_obligation": frozenset(),
    UNSPECIFIED: frozenset({"legal_obligation"}),
}

_PURPOSE = re.compile(PURPOSE_PATTERN)


class PurposeCompatibility:
    """One tenant's compatibility table."""

    def __init__(self, table: Mapping[str, Iterable[str]] = DEFAULT_COMPATIBILITY, *, origin: str = "default") -> None:
        parsed: dict[str, frozenset[str]] = {}
        for collected, purposes in table.items():
            if not isinstance(collected, str) or (collected != UNSPECIFIED and not _PURPOSE.fullmatch(collected)):
                raise ConfigurationError(f"{origin}: a collected purpose is not a purpose name")
            if isinstance(purposes, str) or not all(isinstance(p, str) and _PURPOSE.fullmatch(p) for p in purposes):
                named = collected or "(none)"
                raise ConfigurationError(f"{origin}: the purposes compatible with {named} are not names")
            parsed[collected] = frozenset(purposes)
        self.origin = origin
        self._table = parsed

    @classmethod
    def from_json(cls, text: str, *, origin: str) -> PurposeCompatibility:
        """Parse ``{"compatible": {"<collected>": ["<purpose>", ...]}}``."""
        try:
            document = json.loads(text)
        except ValueError as exc:
            raise ConfigurationError(f"{origin}: not JSON") from exc
        table = document.get("compatible") if isinstance(document, dict) else None
        if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
            raise ConfigurationError(f'{origin}: expected {{"compatible": {{"<collected>": ["<purpose>", ...]}}}}')
        return cls(table, origin=origin)

    def compatible(self, collected: str | None, purpose: str) -> bool:
        """True when a record collected for ``collected`` (None: it states none) may serve ``purpose``."""
        if collected is not None and collected == purpose:
            return True
        return purpose in self._table.get(collected or UNSPECIFIED, frozenset())

    def allowed_for(self, collected: str | None) -> list[str]:
        """The purposes a record collected for ``collected`` may serve, sorted (for a denial's reason)."""
        found = set(self._table.get(collected or UNSPECIFIED, frozenset()))
        if collected:
            found.add(collected)
        return sorted(found)
