"""``privacy-scan``: find PII/PHI in files, folders or standard input.

    privacy-scan notes/ export.csv           one JSON line per file: {"path", "entities", "classification"}
    cat doc.txt | privacy-scan                standard input is one document
    privacy-scan --jsonl items.jsonl          lines {"id", "text"} in, lines {"id", "entities", "classification"} out
    privacy-scan --fail-on RESTRICTED src/    exit 1 when anything reaches the level (for CI pipelines)

Unreadable input (a missing file, an unknown type, a line that is not JSON) is reported on stderr,
with its line number where it has one, and the rest is still scanned (exit 2 if nothing else failed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from privacykit.domain.classify.extraction import document_kind, extract_text
from privacykit.domain.common.entity_types import Level
from privacykit.domain.detection import classify_level, detect, detect_stream
from privacykit.errors import UnreadableDocument

__all__ = ["main"]

_CHUNK = 1024 * 1024


class _Run:
    def __init__(self, out: IO[str], err: IO[str], public: bool, fail_on: Level | None) -> None:
        self.out, self.err, self.public, self.fail_on = out, err, public, fail_on
        self.reached = False
        self.errors = 0

    def emit(self, key: str, ident: Any, entities: list[Any]) -> None:
        level = classify_level(entities, declared_public=self.public)
        if self.fail_on is not None and level >= self.fail_on:
            self.reached = True
        line = {key: ident, "entities": [e.as_dict() for e in entities], "classification": level.name}
        self.out.write(json.dumps(line) + "\n")

    def problem(self, where: str, message: str) -> None:
        self.errors += 1
        self.err.write(f"privacy-scan: {where}: {message}\n")


def _chunks(handle: IO[bytes]) -> Iterator[bytes]:
    while chunk := handle.read(_CHUNK):
        yield chunk


def _files(paths: Iterable[str], run: _Run) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                try:
                    document_kind(child.name)
                except UnreadableDocument:
                    continue  # folders hold other files too; only explicitly named files must be readable
                yield child
        elif path.exists():
            yield path
        else:
            run.problem(raw, "no such file or folder")


def _scan_documents(paths: list[str], run: _Run, stdin: IO[bytes]) -> None:
    if not paths or paths == ["-"]:
        run.emit("path", "-", list(detect_stream(extract_text("txt", _chunks(stdin)))))
        return
    for path in _files(paths, run):
        try:
            with path.open("rb") as handle:
                entities = list(detect_stream(extract_text(document_kind(path.name), _chunks(handle))))
        except UnreadableDocument as exc:
            run.problem(str(path), exc.message)
            continue
        except OSError as exc:
            run.problem(str(path), exc.strerror or "cannot be read")
            continue
        run.emit("path", str(path), entities)


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
                run.emit("id", item["id"], detect(item["text"]))
        finally:
            if handle is not stdin:
                handle.close()


def main(argv: list[str] | None = None, stdin: IO[bytes] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="privacy-scan", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", help="files or folders; none or '-' reads standard input")
    parser.add_argument("--jsonl", action="store_true", help='input lines are {"id", "text"}')
    parser.add_argument("--fail-on", metavar="LEVEL", type=Level.parse, help="exit 1 when a result reaches LEVEL")
    parser.add_argument("--public", action="store_true", help="the content is declared public (PUBLIC if clean)")
    args = parser.parse_args(argv)
    run = _Run(sys.stdout, sys.stderr, args.public, args.fail_on)
    source = stdin if stdin is not None else sys.stdin.buffer
    if args.jsonl:
        _scan_jsonl(args.paths, run, source)
    else:
        _scan_documents(args.paths, run, source)
    if run.reached:
        return 1
    return 2 if run.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
