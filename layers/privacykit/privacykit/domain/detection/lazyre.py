"""Regular expressions compiled on first use, so importing the detector does not compile them all.

``re.compile`` runs its parser and compiler in Python: the detector's ~130 patterns cost most of its import,
while a given document reaches only some of them (an HL7 field, a licence label, a negation...). A pattern
made with :func:`lazy` compiles the first time one of its methods is called and then binds that pattern's
methods on itself, so later calls cost what a compiled pattern's do.

The build (``make install``, :func:`write_compiled`) runs that parser and compiler once for every lazy pattern
and keeps what they give the regex engine (``_sre.compile``'s arguments) in a file for the interpreter that
wrote it; a first use then hands those to the engine, which checks them, instead of compiling again (a scan
compiles 30-60 patterns: ~15-30 ms of CPU at every start). A pattern the file does not hold (another source,
other flags), a file of another interpreter, or no file: compiled as before. Either way the pattern is the
same object (``re.Pattern`` equality compares source, flags and code; the build checks each).
"""

from __future__ import annotations

import _sre
import marshal
import os
import re
import sys
from typing import Any, AnyStr, cast

__all__ = ["lazy", "write_compiled"]

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")
#: Every lazy pattern made so far (the build compiles them all).
_MADE: list[_LazyPattern] = []
#: Per interpreter (its version and the regex engine's): the compiled patterns the build wrote. Not in git.
COMPILED_FILE = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "data", f"patterns.{sys.implementation.cache_tag}"
)
_STAMP = (sys.version, _sre.MAGIC, _sre.CODESIZE)
_compiled_args: dict[tuple[str | bytes, int], bytes] | None = None


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
            compiled = self._compiled = _compile(self._source, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """A pattern that compiles ``pattern`` with ``flags`` when first used; typed as the compiled pattern."""
    made = _LazyPattern(pattern, int(flags))
    _MADE.append(made)
    return cast("re.Pattern[AnyStr]", made)


def _compile(source: str | bytes, flags: int) -> re.Pattern[Any]:
    """``re.compile(source, flags)``, from the build's compiled form when it has this pattern's."""
    global _compiled_args
    if _compiled_args is None:
        _compiled_args = _read_compiled()
    args = _compiled_args.get((source, flags))
    if args is not None:
        try:
            return cast("re.Pattern[Any]", _sre.compile(source, *marshal.loads(args)))  # noqa: S302
        except (RuntimeError, TypeError, ValueError, EOFError):  # (the engine rejects code it cannot run)
            pass
    return re.compile(source, flags)


def _read_compiled() -> dict[tuple[str | bytes, int], bytes]:
    """The build's file, when this interpreter wrote it: per (source, flags), the marshalled arguments."""
    try:
        with open(COMPILED_FILE, "rb") as handle:
            # (the package's own file, as trusted as its bytecode, which is marshal data too)
            stamp, table = marshal.loads(handle.read())  # noqa: S302
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if stamp == _STAMP and isinstance(table, dict) else {}


def write_compiled(path: str = COMPILED_FILE) -> int:
    """Compile every lazy pattern made so far (import the modules first) and write what the regex engine
    is given for each, for this interpreter; atomically. Returns how many patterns it holds."""
    import re._compiler as compiler  # (the build only: the compiler's hand-over to the engine is captured)

    engine = compiler._sre
    given: list[tuple[Any, ...]] = []

    class _Capture:
        def __getattr__(self, name: str) -> Any:
            return getattr(engine, name)

        @staticmethod
        def compile(*args: Any) -> Any:
            given.append(args)
            return engine.compile(*args)

    table: dict[tuple[str | bytes, int], bytes] = {}
    compiler._sre = _Capture()
    try:
        for made in _MADE:
            key = (made._source, made._flags)
            if key in table:
                continue
            given.clear()
            compiler.compile(made._source, made._flags)
            if len(given) != 1 or given[0][0] != made._source:
                continue
            flags, code, groups, groupindex, indexgroup = given[0][1:]
            # (the code's opcodes are named int constants: kept as the ints they are)
            args = (int(flags), list(map(int, code)), int(groups), dict(groupindex), tuple(indexgroup))
            if _sre.compile(made._source, *args) == re.compile(made._source, made._flags):
                table[key] = marshal.dumps(args)
    finally:
        compiler._sre = engine
    temporary = f"{path}.{os.getpid()}"
    with open(temporary, "wb") as handle:
        marshal.dump((_STAMP, table), handle)
    os.replace(temporary, path)
    return len(table)
