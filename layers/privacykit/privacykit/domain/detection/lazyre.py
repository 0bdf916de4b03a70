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

A pattern made with ``by_first_character=True`` (a long alternation searched at every word, speed16) runs as its
alternatives grouped by the character each can start with, every group behind a look-ahead of its characters
(:func:`by_first_character`): at a position only the group of its character is tried, its alternatives in their
order, so the matches are the same. The grouped source is much longer to parse and compile (~220 ms), so only the
build makes it; without the build's file such a pattern compiles as written (the same matches, at its old speed).
"""

from __future__ import annotations

import _sre
import marshal
import os
import re
import sys
from collections.abc import Iterator
from typing import Any, AnyStr, cast

__all__ = ["by_first_character", "lazy", "write_compiled"]

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")
#: Every lazy pattern made so far (the build compiles them all).
_MADE: list[_LazyPattern] = []
#: Per interpreter (its version and the regex engine's): the compiled patterns the build wrote. Not in git.
COMPILED_FILE = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "data", f"patterns.{sys.implementation.cache_tag}"
)
_STAMP = (sys.version, _sre.MAGIC, _sre.CODESIZE)
_compiled_args: dict[tuple[str | bytes, int], bytes] | None = None
# Marks a pattern compiled by first character in the build's table (a bit no ``re`` flag uses).
_GROUPED = 1 << 20


class _LazyPattern:
    def __init__(self, pattern: str | bytes, flags: int, grouped: bool = False) -> None:
        self._source = pattern
        self._flags = flags
        self._grouped = grouped
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        # Reached only for what the instance does not hold yet: the first method call compiles.
        if name.startswith("__") or name in ("_source", "_flags", "_grouped", "_compiled"):
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _compile(self._source, self._flags, self._grouped)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: AnyStr, flags: int | re.RegexFlag = 0, *, by_first_character: bool = False) -> re.Pattern[AnyStr]:
    """A pattern that compiles ``pattern`` with ``flags`` when first used; typed as the compiled pattern.

    ``by_first_character``: the build compiles it grouped by first character (:func:`by_first_character`)."""
    made = _LazyPattern(pattern, int(flags), by_first_character)
    _MADE.append(made)
    return cast("re.Pattern[AnyStr]", made)


def _compile(source: str | bytes, flags: int, grouped: bool = False) -> re.Pattern[Any]:
    """``re.compile(source, flags)``, from the build's compiled form when it has this pattern's."""
    global _compiled_args
    if _compiled_args is None:
        _compiled_args = _read_compiled()
    args = _compiled_args.get((source, flags | _GROUPED if grouped else flags))
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
            key = (made._source, made._flags | _GROUPED if made._grouped else made._flags)
            if key in table:
                continue
            # (a grouped pattern is run under its own text: only its code is the grouped source's)
            source: str | bytes = made._source
            if made._grouped and isinstance(source, str):
                source = by_first_character(source, made._flags)
            given.clear()
            compiler.compile(source, made._flags)
            if len(given) != 1 or given[0][0] != source:
                continue
            flags, code, groups, groupindex, indexgroup = given[0][1:]
            # (the code's opcodes are named int constants: kept as the ints they are)
            args = (int(flags), list(map(int, code)), int(groups), dict(groupindex), tuple(indexgroup))
            if _sre.compile(source, *args) == re.compile(source, made._flags):
                table[key] = marshal.dumps(args)
    finally:
        compiler._sre = engine
    temporary = f"{path}.{os.getpid()}"
    with open(temporary, "wb") as handle:
        marshal.dump((_STAMP, table), handle)
    os.replace(temporary, path)
    return len(table)


def by_first_character(source: AnyStr, flags: int = 0) -> AnyStr:
    """``source``'s first group of alternatives, ``HEAD(?:A|B|...)TAIL``, as its alternatives grouped by the
    character each can start with: ``HEAD(?:(?=[ab])(?:A|B)|(?=[c])(?:B)|...)TAIL``, every alternative in each
    group of a character it can start with, in its order. At a position only the group of the character there
    is entered (the look-ahead of every other fails at once), where the engine tried each alternative in turn;
    an alternative that cannot start with that character could not have matched there, so the matches are the
    same. ``source`` is returned as it is when an alternative may start with any character or be empty (a class
    such as ``\\w``, a back-reference), when the group captures, or under ``re.IGNORECASE``."""
    import importlib  # (the build only: a grouped pattern is compiled by ``write_compiled``)

    c: Any = importlib.import_module("re._constants")
    parser: Any = importlib.import_module("re._parser")

    if not isinstance(source, str) or flags & re.IGNORECASE:
        return source
    head, body, tail = _first_group(source)
    alternatives = top_level_alternatives(body)
    if "|".join(alternatives) != body:
        return source
    starts: list[set[str]] = []
    for alternative in alternatives:
        parsed = parser.parse(alternative, flags)
        if parsed.state.groups > 1:
            return source
        first, empty = _first_characters(parsed, c)
        if first is None or empty:
            return source
        starts.append(first)
    groups: dict[tuple[int, ...], list[str]] = {}
    for ch in sorted(set().union(*starts)):
        groups.setdefault(tuple(i for i, first in enumerate(starts) if ch in first), []).append(ch)
    parts = [
        "(?=[" + "".join(re.escape(ch) for ch in chars) + "])(?:" + "|".join(alternatives[i] for i in members) + ")"
        for members, chars in groups.items()
    ]
    return head + "(?:" + "|".join(parts) + ")" + tail


def _top_level(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of ``source`` from ``start`` outside an escape and a character class, with the depth of
    the groups it stands in (a parenthesis counts as outside its own group): (index, character, depth)."""
    depth, in_class, i = 0, False, start
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source.startswith(("[]", "[^]"), i):
                i += 2 if source[i + 1] == "]" else 3
                continue
        else:
            depth -= ch == ")"
            yield i, ch, depth
            depth += ch == "("
        i += 1


def _first_group(source: str) -> tuple[str, str, str]:
    """``source`` around its first non-capturing group at the top level: (before, inside, after)."""
    start = source.index("(?:")
    for i, ch, depth in _top_level(source, start):
        if ch == ")" and depth == 0:
            return source[:start], source[start + 3 : i], source[i + 1 :]
    raise ValueError(source)


def top_level_alternatives(body: str) -> list[str]:
    """``body``'s alternatives at its top level (an escape, a class or a group holds its ``|``)."""
    cuts = [i for i, ch, depth in _top_level(body) if ch == "|" and depth == 0]
    return [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]


def _first_characters(items: Any, c: Any) -> tuple[set[str] | None, bool]:
    """The characters a parsed sequence can start with (None: any) and whether it can match the empty string."""
    first: set[str] = set()
    chars: set[str] | None
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # (zero-width: the characters after it start the match; a superset is safe)
        if op is c.LITERAL:
            chars, empty = {chr(av)}, False
        elif op is c.IN:
            chars, empty = _class_characters(av, c), False
        elif op is c.SUBPATTERN:
            chars, empty = _first_characters(av[3], c)
        elif op is c.ATOMIC_GROUP:
            chars, empty = _first_characters(av, c)
        elif op is c.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                one, one_empty = _first_characters(branch, c)
                if one is None:
                    return None, True
                chars |= one
                empty = empty or one_empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            chars, empty = _first_characters(av[2], c)
            empty = empty or av[0] == 0
        else:
            return None, True
        if chars is None:
            return None, True
        first |= chars
        if not empty:
            return first, False
    return first, True


def _class_characters(items: Any, c: Any) -> set[str] | None:
    """The characters of a parsed class of literals and short ranges (None: a negation, a category...)."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 512:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars
