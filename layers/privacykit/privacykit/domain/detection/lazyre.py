"""Regular expressions compiled on first use, so importing the detector does not compile them all.

``re.compile`` runs its parser and compiler in Python: the detector's ~280 patterns cost most of its import,
while a given document reaches only some of them (an HL7 field, a licence label, a negation...). A pattern
made with :func:`lazy` compiles the first time one of its methods is called and then binds that pattern's
methods on itself, so later calls cost what a compiled pattern's do.

Compiling is still ~0.3 ms of Python a pattern (30 ms for the 55 a folder of logs reaches, on every run of
``privacy-scan``). ``data/re_code.bin`` holds what ``re``'s compiler makes of each pattern (its code words,
groups and flags), for one interpreter's regular expression engine: a pattern found there is made by
``_sre.compile`` from those words, in microseconds, and is the pattern ``re.compile`` makes (same code, flags
and groups; ``tests/unit/detection/test_lazyre.py`` recompiles every entry). The table is keyed by each
pattern's source and flags, and the file by the engine's version (``_sre.MAGIC``, which changes whenever its
code words do) and the Unicode tables': a pattern edited since the table was written, or another interpreter,
simply compiles as before. ``make re-code`` (``lazyre.write_code_table()``) writes the table again.
"""

from __future__ import annotations

import marshal
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any, AnyStr, cast

__all__ = ["lazy"]

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_CODE_FILE = Path(__file__).with_name("data") / "re_code.bin"

#: Every lazy pattern made, in order (what ``write_code_table`` compiles).
_MADE: list[_LazyPattern] = []
# (source, flags) -> (flags, code words, groups - 1, group index, index group): ``_sre.compile``'s arguments, the
# code words as the bytes of an array (read in one piece; made a list only for the patterns a run uses)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = "I"  # the array type of a code word (``_engine`` records its size)
_codes: dict[tuple[str | bytes, int], _Entry] | None = None


class _LazyPattern:
    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None
        _MADE.append(self)

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
    return cast("re.Pattern[AnyStr]", _LazyPattern(pattern, int(flags)))


def _compile(source: str | bytes, flags: int) -> re.Pattern[Any]:
    """``re.compile(source, flags)``, from the code table when it holds the pattern."""
    entry = _code_table().get((source, flags))
    if entry is None:
        return re.compile(source, flags)
    import _sre  # the engine re.compile hands its code to (imported by re itself)

    final, words, groups, groupindex, indexgroup = entry
    return cast(
        "re.Pattern[Any]", _sre.compile(source, final, array(_WORD, words).tolist(), groups, groupindex, indexgroup)
    )


def _engine() -> tuple[object, ...]:
    """What the code words depend on: the interpreter, its regular expression engine and Unicode tables."""
    import _sre
    import unicodedata

    return (
        sys.implementation.name,
        tuple(sys.version_info[:2]),
        _sre.MAGIC,
        _sre.CODESIZE,
        array(_WORD).itemsize,
        unicodedata.unidata_version,
    )


def _code_table() -> dict[tuple[str | bytes, int], _Entry]:
    """The code table of ``data/re_code.bin``, read once; empty when it is missing or for another engine."""
    global _codes
    if _codes is None:
        _codes = {}
        try:
            # (a file of the package itself, as trusted as its bytecode; the table is unpacked only for its engine)
            engine, packed = marshal.loads(_CODE_FILE.read_bytes())  # noqa: S302
            if engine == _engine():
                _codes = marshal.loads(zlib.decompress(packed))  # noqa: S302
        except (OSError, ValueError, EOFError, TypeError, zlib.error):
            pass
    return _codes


def code_entry(source: str | bytes, flags: int) -> _Entry:
    """What ``re.compile(source, flags)`` hands ``_sre.compile`` after its parser and compiler ran (``re._compiler
    .compile``, whose steps these are)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    words = array(_WORD, [int(c) for c in code]).tobytes()
    return int(flags | parsed.state.flags), words, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def write_code_table(path: Path = _CODE_FILE) -> int:
    """Write the code table of every lazy pattern of the detector to ``path``; how many it holds."""
    import importlib
    import pkgutil

    import privacykit.domain.detection as detection

    for module in pkgutil.walk_packages(detection.__path__, detection.__name__ + "."):
        importlib.import_module(module.name)
    # Some patterns are made on first use (a US number's region patterns): a scan makes them too.
    detection.detect("Call (212) 555-0142 or +1 415 555 0199; DOB 01/02/1980, jane@example.com")
    table = {(p._source, p._flags): code_entry(p._source, p._flags) for p in _MADE}
    packed = zlib.compress(marshal.dumps(cast("Any", table)), 9)
    path.write_bytes(marshal.dumps(cast("Any", (_engine(), packed))))
    return len(table)
