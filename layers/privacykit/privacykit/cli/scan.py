"""``privacy-scan``: find PII/PHI in files, folders or standard input.

    privacy-scan notes/ export.csv           a table: where (line:column; page or paragraph in PDF and
                                              DOCX), type, level and the value masked, per file (the
                                              first 50 findings of each)
    privacy-scan --format json notes/        one JSON line per file: {"path", "entities", "classification",
                                              "findings"}
    privacy-scan --format sarif src/ > scan.sarif   SARIF 2.1.0, for code scanning in pull requests
    cat doc.txt | privacy-scan                standard input is one document
    privacy-scan --jsonl items.jsonl          lines {"id", "text"} in, lines {"id", "entities", "classification"} out
    privacy-scan --fail-on RESTRICTED src/    exit 1 when anything reaches the level (for CI pipelines)

Invented examples in a repository's own files are kept out of the findings in two ways: a line that says
``privacy-scan: ignore`` (in a comment, say) is not reported, and a ``.privacy-scan-ignore`` file in the
current folder (or ``--ignore-file``) lists glob patterns of paths not to scan, one a line (``#`` starts a
comment; a pattern ending in ``/`` ignores a folder; patterns are relative to the file's folder; a file
named on the command line is scanned all the same). Both are counted in the table's last line.

Unreadable input (a missing file, an unknown type, a line that is not JSON) is reported on stderr,
with its line number where it has one, and the rest is still scanned (exit 2 if nothing else failed).
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import IO, Any

from privacykit.domain.classify.extraction import document_kind, extract_text
from privacykit.domain.common.entity_types import ENTITY_TYPES, Entity, EntityType, Level
from privacykit.domain.detection import DEFAULT_POLICY, classify_level, detect
from privacykit.domain.detection.chunking import CHUNK as WINDOW
from privacykit.domain.detection.engine import detect_findings_stream
from privacykit.domain.detection.findings import Finding as DetectorFinding
from privacykit.domain.detection.masking import MaskStyle, mask_value
from privacykit.errors import UnreadableDocument

__all__ = ["main", "IGNORE_MARKER", "IGNORE_FILE", "MAX_TABLE_ROWS"]

_CHUNK = 1024 * 1024
#: A line holding this is not reported (an invented example in a repository's own docs or tests).
IGNORE_MARKER = "privacy-scan: ignore"
#: Glob patterns of paths not to scan, read from the current folder unless ``--ignore-file`` says otherwise.
IGNORE_FILE = ".privacy-scan-ignore"
#: Findings the table shows per document; JSON and SARIF list every one.
MAX_TABLE_ROWS = 50
#: What a document's pieces are, for the kinds whose extraction yields one piece per unit.
_UNITS = {"pdf": "page", "docx": "paragraph"}
_SARIF_LEVELS = {Level.RESTRICTED: "error", Level.CONFIDENTIAL: "warning"}
_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


@dataclass(frozen=True)
class Finding:
    """One entity, where a person finds it: ``line``/``column`` in text (1-based), ``page`` or
    ``paragraph`` in a PDF or DOCX; the value itself only masked."""

    entity: Entity
    level: Level
    where: dict[str, int]
    value: str = field(repr=False)

    @property
    def snippet(self) -> str:
        """The value partially masked (``***-**-9999``, ``***@example.org``), made only when shown."""
        return mask_value(self.value, self.entity.type, MaskStyle.PARTIAL) if self.value else ""

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.entity.type.value, "level": self.level.name, **self.where, "snippet": self.snippet}

    @property
    def place(self) -> str:
        if "line" in self.where:
            return f"{self.where['line']}:{self.where['column']}"
        return ", ".join(f"{unit} {number}" for unit, number in self.where.items())


#: A finding as the detector yields it: ``(start, end, type, score)``, a plain tuple or an :class:`Entity`.
_Found = Entity | DetectorFinding
#: A row of the table: ``(place, type, level, value)``.
_Row = tuple[str, EntityType, Level, str]


@dataclass
class _Document:
    """The pieces a document was read as, kept to place and mask what the detector found in them."""

    kind: str
    pieces: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    _length: int = 0

    def read(self, pieces: Iterable[str]) -> Iterator[str]:
        for piece in pieces:
            self.starts.append(self._length)
            self.pieces.append(piece)
            self._length += len(piece)
            yield piece

    def findings(self, found: list[_Found]) -> tuple[_Placed, int]:
        """The findings not on an ignored line (placed only when shown), and how many were ignored.

        The lines (or pages, paragraphs) holding the ignore marker are looked up once; a document without
        one keeps its findings as they are, with no work per finding: a dense export has 150,000 of them
        and the table shows fifty.
        """
        text = "".join(self.pieces)
        unit = _UNITS.get(self.kind)
        ignored = self._ignored_spans(text, unit)
        kept = found
        if ignored:
            lows = [lo for lo, _ in ignored]
            kept = []
            for f in found:
                i = bisect_right(lows, f.start) - 1
                if i < 0 or f.start >= ignored[i][1]:
                    kept.append(f)
        return _Placed(text, unit, self.starts, kept), len(found) - len(kept)

    def _ignored_spans(self, text: str, unit: str | None) -> list[tuple[int, int]]:
        """``[start, end)`` of each line (or piece) that holds the ignore marker, in order."""
        spans: list[tuple[int, int]] = []
        if unit is not None:
            return [(s, s + len(p)) for s, p in zip(self.starts, self.pieces, strict=True) if IGNORE_MARKER in p]
        at = text.find(IGNORE_MARKER)
        while at != -1:
            lo = text.rfind("\n", 0, at) + 1
            hi = text.find("\n", at)
            hi = len(text) if hi == -1 else hi
            # A finding at the line's end (its newline) is on the line: end past the newline.
            spans.append((lo, hi + 1))
            at = text.find(IGNORE_MARKER, hi)
        return spans


@dataclass
class _Placed:
    """The kept findings of one document, made into :class:`Finding` (where, masked value) only when read."""

    text: str
    unit: str | None
    starts: list[int]
    found: list[_Found]

    def __len__(self) -> int:
        return len(self.found)

    def types(self) -> set[EntityType]:
        return {f.type for f in self.found}

    def rows(self, limit: int) -> list[_Row]:
        """The table's rows of the first ``limit`` findings: ``(place, type, level, value)``, as :meth:`findings`
        places them and without making a :class:`Finding` each (a folder of logs shows thousands of rows)."""
        text, unit, starts = self.text, self.unit, self.starts
        levels = DEFAULT_POLICY.levels
        out: list[_Row] = []
        counted = line = 0
        for f in self.found[:limit]:
            start, end, etype = f.start, f.end, f.type
            if unit is None:
                if start < counted:
                    counted = line = 0
                line += text.count("\n", counted, start)
                counted = start
                place = f"{line + 1}:{start - text.rfind(chr(10), 0, start)}"
            else:
                place = f"{unit} {bisect_right(starts, start)}"
            out.append((place, etype, levels.get(etype, Level.INTERNAL), text[start:end]))
        return out

    def findings(self, limit: int | None = None) -> Iterator[Finding]:
        """The first ``limit`` findings (all by default), in order; lines are counted once, left to right."""
        text, unit = self.text, self.unit
        levels = DEFAULT_POLICY.levels
        counted = 0  # newlines before ``counted`` are in ``line``
        line = 0
        for f in self.found if limit is None else self.found[:limit]:
            if unit is None:
                if f.start < counted:
                    counted = line = 0
                line += text.count("\n", counted, f.start)
                counted = f.start
                where = {"line": line + 1, "column": f.start - (text.rfind("\n", 0, f.start) + 1) + 1}
            else:
                where = {unit: bisect_right(self.starts, f.start)}
            entity = f if isinstance(f, Entity) else Entity(*f)
            yield Finding(entity, levels.get(f.type, Level.INTERNAL), where, text[f.start : f.end])


@dataclass
class _Result:
    """One document's outcome, kept for the output written at the end. The table keeps only what it shows (its
    count and first rows), made when the document is scanned; SARIF keeps the placed findings (it lists them all)."""

    name: str
    level: Level
    placed: _Placed | None
    count: int = 0
    shown: list[_Row] = field(default_factory=list)


class _Run:
    def __init__(self, out: IO[str], err: IO[str], public: bool, fail_on: Level | None, output: str) -> None:
        self.out, self.err, self.public, self.fail_on, self.output = out, err, public, fail_on, output
        self.reached = False
        self.errors = 0
        self.ignored_lines = 0
        self.ignored_paths = 0
        self.results: list[_Result] = []

    def emit(self, key: str, ident: Any, entities: Sequence[_Found], placed: _Placed | None = None) -> None:
        level = classify_level(entities, declared_public=self.public)
        if self.fail_on is not None and level >= self.fail_on:
            self.reached = True
        if self.output == "json":
            line: dict[str, Any] = {
                key: ident,
                "entities": [(e if isinstance(e, Entity) else Entity(*e)).as_dict() for e in entities],
                "classification": level.name,
            }
            if placed is not None:
                line["findings"] = [f.as_dict() for f in placed.findings()]
            self.out.write(json.dumps(line) + "\n")
        elif self.output == "table" and placed is not None:
            # Placed now and let go: a folder of files is not held in memory to the end, text and all (the
            # 20 MB mix: ~40 MB of wide strings, ~10,000 pages the process touched for nothing).
            self.results.append(_Result(str(ident), level, None, len(placed), placed.rows(MAX_TABLE_ROWS)))
        else:
            self.results.append(_Result(str(ident), level, placed))

    def problem(self, where: str, message: str) -> None:
        self.errors += 1
        self.err.write(f"privacy-scan: {where}: {message}\n")

    def finish(self) -> None:
        if self.output == "table":
            self.out.write(_table(self.results, self.ignored_lines, self.ignored_paths))
        elif self.output == "sarif":
            self.out.write(json.dumps(_sarif(self.results), indent=2) + "\n")


def _table(results: list[_Result], ignored_lines: int, ignored_paths: int) -> str:
    rows: list[str] = []
    # A folder of logs repeats its values (the same few addresses, numbers, names): each is masked once.
    masked: dict[tuple[str, EntityType], str] = {}
    for result in results:
        count, shown = result.count, result.shown
        found = f"{count} finding{'s' if count != 1 else ''}" if count else "no findings"
        rows.append(f"{result.name}  {result.level.name}  ({found})")
        width = max((len(place) for place, _, _, _ in shown), default=0)
        for place, etype, level, value in shown:
            # (the enums' names from dicts: ``.value`` and ``.name`` are descriptors, a microsecond a row each)
            snippet = masked.get((value, etype))
            if snippet is None:
                snippet = masked[value, etype] = mask_value(value, etype, MaskStyle.PARTIAL) if value else ""
            rows.append(f"  {place:<{width}}  {_TYPE_COLUMN[etype]} {_LEVEL_COLUMN[level]} {snippet}")
        if count > len(shown):
            rows.append(f"  ... and {count - len(shown)} more (--format json or sarif lists every finding)")
    total = sum(r.count for r in results)
    summary = f"{len(results)} document(s), {total} finding(s)"
    if ignored_lines or ignored_paths:
        summary += f"; not reported: {ignored_lines} on '{IGNORE_MARKER}' lines, {ignored_paths} ignored path(s)"
    return "\n".join([*rows, summary]) + "\n"


_TYPE_COLUMN = {t: f"{t.value:<22}" for t in EntityType}
_LEVEL_COLUMN = {level: f"{level.name:<13}" for level in Level}


def _sarif(results: list[_Result]) -> dict[str, Any]:
    """SARIF 2.1.0: one rule per entity type, one result per finding, at its line and column (a PDF's page
    or a DOCX's paragraph in the message and the result's properties)."""
    placed = [r.placed for r in results if r.placed is not None]
    types = sorted({t for p in placed for t in p.types()}, key=lambda t: t.value)
    rules = [
        {
            "id": etype.value,
            "name": etype.value.title().replace("_", ""),
            "shortDescription": {"text": f"{etype.value} (personal data, {ENTITY_TYPES[etype].level.name})"},
            "defaultConfiguration": {"level": _SARIF_LEVELS.get(ENTITY_TYPES[etype].level, "note")},
        }
        for etype in types
    ]
    sarif_results = []
    for result in results:
        for finding in result.placed.findings() if result.placed is not None else ():
            location: dict[str, Any] = {"artifactLocation": {"uri": PurePosixPath(Path(result.name)).as_posix()}}
            if "line" in finding.where:
                width = finding.entity.end - finding.entity.start
                location["region"] = {
                    "startLine": finding.where["line"],
                    "startColumn": finding.where["column"],
                    "endColumn": finding.where["column"] + width,
                }
            sarif_results.append(
                {
                    "ruleId": finding.entity.type.value,
                    "level": _SARIF_LEVELS.get(finding.level, "note"),
                    "message": {
                        "text": f"{finding.entity.type.value} ({finding.level.name}) at {finding.place}: "
                        f"{finding.snippet}"
                    },
                    "locations": [{"physicalLocation": location}],
                    "properties": {"classification": finding.level.name, **finding.where},
                }
            )
    return {
        "$schema": _SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "privacy-scan", "informationUri": "https://github.com/", "rules": rules}},
                "results": sarif_results,
            }
        ],
    }


def _chunks(handle: IO[bytes]) -> Iterator[bytes]:
    """The input in pieces of 1 MiB; a file smaller than the detector's window (``WINDOW``) in one piece.

    A file that fits one window is decoded once, and its window, its pieces and its joined text are then one
    string, where a 4 MB export read in 1 MiB pieces made three copies of itself. (Read by its size, not by a
    read of ``WINDOW`` bytes: that allocates 4 MiB for each small file, fresh pages each time.) The windows are
    the same either way: none is cut before ``WINDOW`` characters and more have arrived.
    """
    chunk = handle.read(_first_read(handle))
    while chunk:
        yield chunk
        chunk = handle.read(_CHUNK)


def _first_read(handle: IO[bytes]) -> int:
    """How much to read first: the whole of a regular file under ``WINDOW`` bytes, else ``_CHUNK``."""
    try:
        info = os.fstat(handle.fileno())
    except (OSError, ValueError):  # (no file descriptor: a test's BytesIO)
        return _CHUNK
    return info.st_size + 1 if stat.S_ISREG(info.st_mode) and info.st_size < WINDOW else _CHUNK


@dataclass(frozen=True)
class _Ignore:
    """Glob patterns of paths not to scan, relative to the folder of the file that lists them."""

    base: Path
    patterns: tuple[str, ...] = ()

    @classmethod
    def read(cls, path: str | None) -> _Ignore:
        source = Path(path) if path else Path(IGNORE_FILE)
        if not source.is_file():
            if path:
                raise SystemExit(f"privacy-scan: {path}: no such ignore file")
            return cls(Path.cwd())
        lines = (line.split("#", 1)[0].strip() for line in source.read_text().splitlines())
        return cls(source.resolve().parent, tuple(line for line in lines if line))

    def __contains__(self, path: Path) -> bool:
        try:
            relative = path.resolve().relative_to(self.base).as_posix()
        except ValueError:
            return False  # outside the folder the patterns speak of
        for pattern in self.patterns:
            if pattern.endswith("/"):
                folder = pattern.rstrip("/")
                if relative.startswith(folder + "/") or fnmatch(relative, folder + "/*"):
                    return True
            elif fnmatch(relative, pattern) or fnmatch(path.name, pattern):
                return True
        return False


def _files(paths: Iterable[str], run: _Run, ignore: _Ignore) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                try:
                    document_kind(child.name)
                except UnreadableDocument:
                    continue  # folders hold other files too; only explicitly named files must be readable
                if child in ignore:
                    run.ignored_paths += 1
                    continue
                yield child
        elif path.exists():
            yield path  # named explicitly: scanned even when a pattern matches it
        else:
            run.problem(raw, "no such file or folder")


def _scan(run: _Run, name: str, kind: str, chunks: Iterable[bytes]) -> None:
    document = _Document(kind)
    found: list[_Found] = list(detect_findings_stream(document.read(extract_text(kind, chunks))))
    placed, ignored = document.findings(found)
    run.ignored_lines += ignored
    run.emit("path", name, placed.found, placed)


def _scan_documents(paths: list[str], run: _Run, stdin: IO[bytes], ignore: _Ignore) -> None:
    if not paths or paths == ["-"]:
        _scan(run, "-", "txt", _chunks(stdin))
        return
    for path in _files(paths, run, ignore):
        try:
            with path.open("rb") as handle:
                _scan(run, str(path), document_kind(path.name), _chunks(handle))
        except UnreadableDocument as exc:
            run.problem(str(path), exc.message)
        except OSError as exc:
            run.problem(str(path), exc.strerror or "cannot be read")


def _scan_jsonl(paths: list[str], run: _Run, stdin: IO[bytes]) -> None:
    sources: list[tuple[str, IO[bytes]]] = []
    if not paths or paths == ["-"]:
        sources.append(("-", stdin))
    for raw in paths if paths != ["-"] else []:
        try:
            sources.append((raw, Path(raw).open("rb")))  # noqa: SIM115 - closed below
        except OSError as exc:
            run.problem(raw, exc.strerror or "cannot be read")
    for name, handle in sources:
        try:
            for number, raw_line in enumerate(handle, start=1):
                if not raw_line.strip():
                    continue
                where = f"{name}:{number}"
                try:
                    item = json.loads(raw_line)
                except (json.JSONDecodeError, UnicodeDecodeError):
                    run.problem(where, "not a JSON line")
                    continue
                if not isinstance(item, dict) or not isinstance(item.get("text"), str) or "id" not in item:
                    run.problem(where, 'expected an object with "id" and a string "text"')
                    continue
                if run.output == "json":
                    run.emit("id", item["id"], detect(item["text"]))  # the public contract's line, unchanged
                else:
                    document = _Document("txt", [item["text"]], [0])
                    placed, ignored = document.findings(list(detect(item["text"])))
                    run.ignored_lines += ignored
                    run.emit("id", item["id"], placed.found, placed)
        finally:
            if handle is not stdin:
                handle.close()


def main(argv: list[str] | None = None, stdin: IO[bytes] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="privacy-scan", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", help="files or folders; none or '-' reads standard input")
    parser.add_argument("--jsonl", action="store_true", help='input lines are {"id", "text"} (output: JSON lines)')
    parser.add_argument(
        "--format",
        choices=["table", "json", "sarif"],
        help="table (the default for documents), json (one line per document; the default with --jsonl), sarif",
    )
    parser.add_argument(
        "--sarif", dest="format", action="store_const", const="sarif", help="the same as --format sarif"
    )
    parser.add_argument("--fail-on", metavar="LEVEL", type=Level.parse, help="exit 1 when a result reaches LEVEL")
    parser.add_argument("--public", action="store_true", help="the content is declared public (PUBLIC if clean)")
    parser.add_argument("--ignore-file", help=f"glob patterns of paths not to scan (default: ./{IGNORE_FILE})")
    args = parser.parse_args(argv)
    output = args.format or ("json" if args.jsonl else "table")
    run = _Run(sys.stdout, sys.stderr, args.public, args.fail_on, output)
    source = stdin if stdin is not None else sys.stdin.buffer
    if args.jsonl:
        _scan_jsonl(args.paths, run, source)
    else:
        _scan_documents(args.paths, run, source, _Ignore.read(args.ignore_file))
    run.finish()
    code = 1 if run.reached else 2 if run.errors else 0
    if argv is None and stdin is None:
        _exit(code)
    return code


def _exit(code: int) -> None:
    """End the process now when it runs as the program: its output flushed, without the interpreter's teardown.

    Freeing every module, compiled pattern, word list and the keyword automaton one object at a time costs
    10-25 ms of CPU, as much as scanning a small file; nothing of it is needed once the output is written (the
    scan opens no other resource and registers no exit handler). If the output cannot be flushed (a closed
    pipe), the usual exit reports it.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        return
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
