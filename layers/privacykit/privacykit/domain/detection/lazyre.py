"""Regular expressions compiled on first use, so importing the detector does not compile them all.

``re.compile`` runs its parser and compiler in Python: the detector's ~130 patterns cost most of its import,
while a given document reaches only some of them (an HL7 field, a licence label, a negation...). A pattern
made with :func:`lazy` compiles the first time one of its methods is called and then binds that pattern's
methods on itself, so later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

__all__ = ["lazy"]

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        # Reached only for what the instance does not hold yet: the first method call compiles.
        if name.startswith("__") or name in ("_source", "_flags", "_compiled"):
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """A pattern that compiles ``pattern`` with ``flags`` when first used; typed as the compiled pattern."""
    return cast("re.Pattern[AnyStr]", _LazyPattern(pattern, int(flags)))
