"""The package a subject is given: a zip of ``data.json`` (schema version 1, docs/dsar-export.md), one
CSV per kind of item, the uploaded files as they were uploaded, ``index.html`` a person can read, and
``manifest.json`` with the SHA-256 of every other file, signed as an export manifest.

It streams: each item is written out as it arrives from the subject data map and dropped, into a *part*
(:class:`PartWriter`: the item's data.json entry and CSV row spooled to temporary files, uploaded files
straight into the part), and the parts are then assembled into the package (:func:`assemble_package`),
entry by entry, in chunks. Only small sets and counts stay in memory (:class:`PackageState`). One
invocation writes one part; an export too large for one invocation writes several and keeps the state
with the request between them (docs/dsar-export.md, checkpoints).
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import IO, Any

from privacykit.domain.common.canonical import canonical_json
from privacykit.domain.common.retention import RetentionPolicy
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.domain.dsar.deadlines import Jurisdiction
from privacykit.domain.dsar.information import InformationCollector, held_table
from privacykit.ports import SignatureKind, Signer

__all__ = [
    "SCHEMA",
    "SCHEMA_VERSION",
    "PackageHeader",
    "BuiltPackage",
    "PackageState",
    "PartWriter",
    "assemble_package",
    "build_package",
    "INDEX_ROWS_PER_KIND",
    "held_table",
]

SCHEMA = "privacy-bundle/dsar-export"
SCHEMA_VERSION = 1
#: index.html shows at most this many rows of each kind; the CSV and data.json hold all of them.
INDEX_ROWS_PER_KIND = 500
#: Entries are copied through in chunks of this size: what assembling a package holds of them at once.
_COPY_BYTES = 256 * 1024
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class PackageHeader:
    request_id: str
    tenant: str
    subject_id: str
    jurisdiction: Jurisdiction
    received_at: datetime
    generated_at: datetime


@dataclass(frozen=True)
class BuiltPackage:
    counts: dict[str, int]
    #: SHA-256 of manifest.json as stored in the zip (the request records it).
    manifest_sha256: str
    files: dict[str, str]


class _Hashing:
    """A binary sink that hashes and counts what passes through it."""

    def __init__(self, sink: IO[bytes]) -> None:
        self._sink = sink
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self._sink.write(data)
        self.sha256.update(data)
        self.size += len(data)


class _KindCsv:
    """One kind's CSV rows of one part, spooled to a temporary file; its columns are those of the kind's
    first item in the whole package."""

    def __init__(self, kind: str, columns: list[str]) -> None:
        self.kind = kind
        # Closed by the part writer once copied into the part.
        self.file: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115
        self._writer = csv.writer(self.file)
        self.columns = columns
        self.rows = 0

    def add(self, item_id: str, data: Mapping[str, Any], portable: bool, file_path: str | None) -> None:
        other = {k: v for k, v in data.items() if k not in self.columns}
        values = [_cell(data.get(c)) for c in self.columns]
        self._writer.writerow([_cell(item_id), "yes" if portable else "no", file_path or "", *values,
                               _cell(other) if other else ""])  # fmt: skip
        self.rows += 1


#: A cell starting with one of these is taken for a formula by spreadsheet programs (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _neutral(text: str) -> str:
    """The cell as text a spreadsheet shows and never evaluates: a leading ``'`` before a formula start
    (OWASP's advice on CSV injection); data.json keeps the value as it is."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _neutral(value)
    return _neutral(json.dumps(value, ensure_ascii=False, sort_keys=True))


@dataclass
class PackageState:
    """What the package so far is, apart from its parts: the counts, each kind's CSV columns (kinds in the
    order they first came) and the Art. 15(1) collector's sets. Small; an export that runs across
    invocations keeps it with the request (the checkpoint) between them."""

    counts: dict[str, int] = field(default_factory=dict)
    columns: dict[str, list[str]] = field(default_factory=dict)
    information: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"counts": self.counts, "columns": self.columns, "information": self.information}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> PackageState:
        return cls(dict(doc["counts"]), {k: list(v) for k, v in doc["columns"].items()}, dict(doc["information"]))


class PartWriter:
    """Writes one part of a package: a zip of ``items.jsonl`` (the data.json entries of its items, one a
    line), ``csv/<kind>.csv`` (their CSV rows, no header) and ``files/...`` (uploaded files as uploaded).
    Items stream through: the JSON lines and CSV rows are spooled to temporary files, files go straight
    into the part. ``state`` is updated as items are added."""

    def __init__(self, out: IO[bytes], state: PackageState, jurisdiction: Jurisdiction) -> None:
        self._state = state
        self._info = InformationCollector.from_state(jurisdiction, state.information)
        self._archive = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED)
        # Closed in close(), once copied into the part.
        self._lines: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self._csvs: dict[str, _KindCsv] = {}
        self.items = 0

    def add(self, item: SubjectItem) -> None:
        # What a legal hold kept is listed apart (its own count, CSV and files), marked as held.
        table = held_table(item.kind) if item.held else item.kind
        counts = self._state.counts
        counts[table] = counts.get(table, 0) + 1
        self._info.add(item)
        file_path = None
        if item.content is not None:
            name = str(item.data.get("name") or item.item_id)
            file_path = f"files/{table}/{counts[table]:05d}_{_UNSAFE_NAME.sub('_', name)[-120:]}"
            with self._archive.open(file_path, "w", force_zip64=True) as entry:
                entry.write(item.content)  # as uploaded, byte for byte
        portable = item.provided_by_subject
        entry_doc = {"kind": item.kind, "item_id": item.item_id, "portable": portable, "file": file_path,
                     "data": dict(item.data)}  # fmt: skip
        if item.held:
            entry_doc["held"] = dict(item.held)
        self._lines.write(json.dumps(entry_doc, ensure_ascii=False, default=str) + "\n")
        row = {**item.held, **item.data} if item.held else item.data
        kind_csv = self._csvs.get(table)
        if kind_csv is None:
            columns = self._state.columns.setdefault(table, list(row))
            kind_csv = self._csvs[table] = _KindCsv(table, columns)
        kind_csv.add(item.item_id, row, portable, file_path)
        self.items += 1

    def abort(self) -> None:
        """Give the part up (the items could not all be read): its spools closed, nothing recorded."""
        self._lines.close()
        for kind_csv in self._csvs.values():
            kind_csv.file.close()
        self._archive.close()

    def close(self) -> None:
        """Finish the part (``out`` then holds a complete zip) and record the collector's sets."""
        _copy_into(self._archive, "items.jsonl", self._lines, {}, text=True)
        self._lines.close()
        for kind_csv in self._csvs.values():
            _copy_into(self._archive, f"csv/{kind_csv.kind}.csv", kind_csv.file, {}, text=True)
            kind_csv.file.close()
        self._archive.close()
        self._state.information = self._info.to_state()


def _copy_into(archive: zipfile.ZipFile, name: str, source: IO[Any], files: dict[str, str], *, text: bool) -> None:
    source.seek(0)
    with archive.open(name, "w", force_zip64=True) as entry:
        sink = _Hashing(entry)
        while chunk := source.read(_COPY_BYTES):
            sink.write(chunk.encode("utf-8") if text else chunk)
    files[name] = sink.sha256.hexdigest()


def _write(archive: zipfile.ZipFile, name: str, data: bytes, files: dict[str, str]) -> None:
    with archive.open(name, "w", force_zip64=True) as entry:
        entry.write(data)
    files[name] = hashlib.sha256(data).hexdigest()


def assemble_package(
    header: PackageHeader,
    parts: Sequence[IO[bytes]],
    state: PackageState,
    signer: Signer,
    out: IO[bytes],
    *,
    recipients: Sequence[Mapping[str, Any]] = (),
    retention: RetentionPolicy | None = None,
) -> BuiltPackage:
    """Write the package made of ``parts`` (zips written by :class:`PartWriter`, in order) to ``out`` and
    sign its manifest; ``recipients`` are those of the subject's data the access decisions name
    (Art. 15(1)(c)), ``retention`` (the tenant's policy) states how long each record is kept
    (Art. 15(1)(d)). Streams: every entry is copied through in chunks, only index.html's first rows of
    each kind are held."""
    files: dict[str, str] = {}
    opened = [zipfile.ZipFile(part) for part in parts]
    try:
        return _assemble(header, opened, state, signer, out, files, recipients, retention)
    finally:
        for part in opened:
            part.close()


def _assemble(
    header: PackageHeader,
    opened: list[zipfile.ZipFile],
    state: PackageState,
    signer: Signer,
    out: IO[bytes],
    files: dict[str, str],
    recipients: Sequence[Mapping[str, Any]],
    retention: RetentionPolicy | None,
) -> BuiltPackage:
    collector = InformationCollector.from_state(header.jurisdiction, state.information, retention)
    information = collector.information(recipients)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for part in opened:
            for name in part.namelist():
                if name.startswith("files/"):
                    with part.open(name) as source:
                        _copy_into(archive, name, source, files, text=False)
        with archive.open("data.json", "w", force_zip64=True) as entry:
            sink = _Hashing(entry)
            fields = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in _header_fields(header).items())
            sink.write(("{" + fields + ', "items": [').encode())
            first = True
            for part in opened:
                with part.open("items.jsonl") as lines:
                    for line in io.TextIOWrapper(lines, encoding="utf-8"):
                        sink.write((("\n  " if first else ",\n  ") + line.rstrip("\n")).encode())
                        first = False
            sink.write(f'\n], "counts": {json.dumps(state.counts, sort_keys=True)}, '.encode())
            sink.write(f'"information": {json.dumps(information, ensure_ascii=False)}}}\n'.encode())
        files["data.json"] = sink.sha256.hexdigest()
        shown: dict[str, list[list[str]]] = {}
        for kind, columns in state.columns.items():
            rows = shown[kind] = [["item_id", "portable", "file", *(_neutral(c) for c in columns), "other"]]
            with archive.open(f"{kind}.csv", "w", force_zip64=True) as entry:
                sink = _Hashing(entry)
                head = io.StringIO()
                csv.writer(head).writerow(rows[0])
                sink.write(head.getvalue().encode())
                for part in opened:
                    name = f"csv/{kind}.csv"
                    if name not in part.namelist():
                        continue
                    with part.open(name) as source:  # the rows as written, copied through
                        while chunk := source.read(_COPY_BYTES):
                            sink.write(chunk)
                    if len(rows) <= INDEX_ROWS_PER_KIND:  # and the first few parsed for index.html
                        with part.open(name) as source:
                            text = io.TextIOWrapper(source, encoding="utf-8", newline="")
                            rows.extend(islice(csv.reader(text), INDEX_ROWS_PER_KIND + 1 - len(rows)))
            files[f"{kind}.csv"] = sink.sha256.hexdigest()
        _write(archive, "index.html", _index_html(header, state.counts, information, shown), files)
        manifest = _signed_manifest(header, files, signer)
        _write(archive, "manifest.json", manifest, files)
    return BuiltPackage(dict(state.counts), files.pop("manifest.json"), files)


def build_package(
    header: PackageHeader,
    items: Iterable[SubjectItem],
    signer: Signer,
    out: IO[bytes],
    *,
    recipients: Sequence[Mapping[str, Any]] = (),
    retention: RetentionPolicy | None = None,
) -> BuiltPackage:
    """Write the package for ``items`` to ``out`` (a binary file opened for writing) and sign its manifest:
    one part, then assembled (an export that must stop and resume writes several parts instead)."""
    state = PackageState()
    with tempfile.TemporaryFile() as part:
        writer = PartWriter(part, state, header.jurisdiction)
        for item in items:
            writer.add(item)
        writer.close()
        part.seek(0)
        return assemble_package(header, [part], state, signer, out, recipients=recipients, retention=retention)


def _header_fields(header: PackageHeader) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "request_id": header.request_id,
        "tenant": header.tenant,
        "subject_id": header.subject_id,
        "jurisdiction": header.jurisdiction.value,
        "received_at": header.received_at.isoformat(),
        "generated_at": header.generated_at.isoformat(),
    }


def _signed_manifest(header: PackageHeader, files: dict[str, str], signer: Signer) -> bytes:
    body = {
        "schema": f"{SCHEMA}/manifest",
        "schema_version": SCHEMA_VERSION,
        "request_id": header.request_id,
        "tenant": header.tenant,
        "generated_at": header.generated_at.isoformat(),
        "files": [{"path": path, "sha256": digest} for path, digest in sorted(files.items())],
    }
    signature = signer.sign(SignatureKind.EXPORT_MANIFEST, canonical_json(body))
    signed = {
        "manifest": body,
        "signature": signature.hex(),
        "signed_as": SignatureKind.EXPORT_MANIFEST.value,
        "key_id": signer.key_id,
        "algorithm": signer.algorithm,
    }
    return json.dumps(signed, indent=2).encode()


_HEAD = (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Your data</title><style>'
    "body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse}"
    "td,th{border:1px solid #999;padding:.2em .4em;text-align:left;vertical-align:top}</style></head><body>"
)


def _index_html(
    header: PackageHeader, counts: dict[str, int], information: dict[str, Any], shown: Mapping[str, list[list[str]]]
) -> bytes:
    e = html.escape
    out = io.StringIO()
    out.write(_HEAD)
    out.write(f"<h1>The data held about you</h1><p>Request {e(header.request_id)}, received "
              f"{e(header.received_at.isoformat())}, prepared {e(header.generated_at.isoformat())} "
              f"({e(header.jurisdiction.value)}).</p>")  # fmt: skip
    out.write("<p>Everything is in <a href=\"data.json\">data.json</a> (machine-readable), one CSV per kind "
              "of item, and the files you or others uploaded under <code>files/</code>. "
              "<code>manifest.json</code> lists the SHA-256 of each file, signed.</p>")  # fmt: skip
    out.write("<h2>Why and how your data is used</h2><ul>")
    purposes = ", ".join(p["purpose"] for p in information["purposes"]) or "none recorded"
    out.write(f"<li>Purposes: {e(purposes)}</li>")
    out.write(f"<li>Legal bases: {e(', '.join(information['lawful_bases']) or 'none recorded')}</li>")
    out.write(f"<li>Categories of data: {e(', '.join(information['categories']) or 'none')}</li>")
    known = ", ".join(r["role"] for r in information["recipients"]["known"]) or "none recorded"
    out.write(f"<li>Recipients: {e(known)}. {e(information['recipients']['note'])}</li>")
    out.write(f"<li>Where it came from: {e('; '.join(information['source']['how']) or 'not recorded')}</li>")
    out.write(f"<li>Automated decisions: {e(information['automated_decision_making']['explanation'])}</li>")
    for hold in information["restriction"]["holds"]:
        out.write(f"<li>Restricted: {e(hold['processing'])}</li>")
    out.write("</ul><h2>How long it is kept</h2><ul>")
    for kind, text in information["retention"].items():
        out.write(f"<li>{e(kind)}: {e(text)}</li>")
    out.write("</ul><h2>Your rights</h2><ul>")
    for right in information["rights"]:
        out.write(f"<li>{e(right['right'])} ({e(right['article'])})</li>")
    out.write(f"</ul><p>{e(information['complaint'])}</p>")
    out.write(f"<p>Items marked portable ({information['portability']['items']}) are the data you provided, "
              f"which you may take elsewhere ({e(information['portability']['article'])}).</p>")  # fmt: skip
    for raw_kind, rows in shown.items():
        kind = e(raw_kind)
        out.write(f"<h2>{kind} ({counts.get(raw_kind, 0)})</h2>")
        out.write(f'<p>All of them: <a href="{kind}.csv">{kind}.csv</a></p><table>')
        for n, row in enumerate(rows):
            tag = "th" if n == 0 else "td"
            cells = []
            for column, value in enumerate(row):
                if tag == "td" and column == 2 and value:  # the uploaded file, linked
                    cells.append(f'<td><a href="{e(value)}">{e(value)}</a></td>')
                else:
                    cells.append(f"<{tag}>{e(value)}</{tag}>")
            out.write("<tr>" + "".join(cells) + "</tr>")
        out.write("</table>")
        if counts.get(raw_kind, 0) > INDEX_ROWS_PER_KIND:
            out.write(f"<p>The first {INDEX_ROWS_PER_KIND} are shown; the CSV holds all {counts[raw_kind]}.</p>")
    out.write("</body></html>\n")
    return out.getvalue().encode()
