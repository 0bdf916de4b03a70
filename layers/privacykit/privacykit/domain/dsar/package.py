"""The package a subject is given: a zip of ``data.json`` (schema version 1, docs/dsar-export.md), one
CSV per kind of item, the uploaded files as they were uploaded, ``index.html`` a person can read, and
``manifest.json`` with the SHA-256 of every other file, signed as an export manifest.

It streams: each item is written out as it arrives from the subject data map and dropped. ``data.json``
and the CSVs are spooled to temporary files (one entry of a zip is written at a time), uploaded files go
straight into the zip, and only small sets and counts stay in memory.
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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from privacykit.domain.common.canonical import canonical_json
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.domain.dsar.deadlines import Jurisdiction
from privacykit.domain.dsar.information import InformationCollector
from privacykit.ports import SignatureKind, Signer

__all__ = ["SCHEMA", "SCHEMA_VERSION", "PackageHeader", "BuiltPackage", "build_package", "INDEX_ROWS_PER_KIND"]

SCHEMA = "privacy-bundle/dsar-export"
SCHEMA_VERSION = 1
#: index.html shows at most this many rows of each kind; the CSV and data.json hold all of them.
INDEX_ROWS_PER_KIND = 500
_COPY_BYTES = 1024 * 1024
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
    """One kind's CSV, spooled to a temporary file; its columns are those of the kind's first item."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        # Closed by build_package once copied into the zip.
        self.file: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115
        self._writer = csv.writer(self.file)
        self.columns: list[str] | None = None
        self.rows = 0

    def add(self, item: SubjectItem, portable: bool, file_path: str | None) -> None:
        if self.columns is None:
            self.columns = list(item.data)
            self._writer.writerow(["item_id", "portable", "file", *(_neutral(c) for c in self.columns), "other"])
        other = {k: v for k, v in item.data.items() if k not in self.columns}
        values = [_cell(item.data.get(c)) for c in self.columns]
        self._writer.writerow([_cell(item.item_id), "yes" if portable else "no", file_path or "", *values,
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


def build_package(
    header: PackageHeader,
    items: Iterable[SubjectItem],
    signer: Signer,
    out: IO[bytes],
    *,
    recipients: Sequence[Mapping[str, Any]] = (),
) -> BuiltPackage:
    """Write the package for ``items`` to ``out`` (a binary file opened for writing) and sign its manifest;
    ``recipients`` are those of the subject's data the access decisions name (Art. 15(1)(c))."""
    files: dict[str, str] = {}
    counts: dict[str, int] = {}
    csvs: dict[str, _KindCsv] = {}
    info = InformationCollector(header.jurisdiction)
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as data_json,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        data_json.write(
            "{"
            + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in _header_fields(header).items())
            + ', "items": ['
        )
        for n, item in enumerate(items):
            counts[item.kind] = counts.get(item.kind, 0) + 1
            info.add(item)
            file_path = None
            if item.content is not None:
                name = str(item.data.get("name") or item.item_id)
                file_path = f"files/{item.kind}/{counts[item.kind]:05d}_{_UNSAFE_NAME.sub('_', name)[-120:]}"
                _write(archive, file_path, item.content, files)  # as uploaded, byte for byte
            portable = item.provided_by_subject
            entry = {"kind": item.kind, "item_id": item.item_id, "portable": portable, "file": file_path,
                     "data": dict(item.data)}  # fmt: skip
            data_json.write(("\n  " if n == 0 else ",\n  ") + json.dumps(entry, ensure_ascii=False, default=str))
            csvs.setdefault(item.kind, _KindCsv(item.kind)).add(item, portable, file_path)
        information = info.information(recipients)
        data_json.write(f'\n], "counts": {json.dumps(counts, sort_keys=True)}, ')
        data_json.write(f'"information": {json.dumps(information, ensure_ascii=False)}}}\n')
        _copy_into(archive, "data.json", data_json, files, text=True)
        for kind_csv in csvs.values():
            _copy_into(archive, f"{kind_csv.kind}.csv", kind_csv.file, files, text=True)
        _write(archive, "index.html", _index_html(header, counts, information, csvs.values()), files)
        for kind_csv in csvs.values():
            kind_csv.file.close()
        manifest = _signed_manifest(header, files, signer)
        _write(archive, "manifest.json", manifest, files)
    return BuiltPackage(counts, files.pop("manifest.json"), files)


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


def _rows(kind_csv: _KindCsv) -> Iterator[list[str]]:
    kind_csv.file.seek(0)
    for n, row in enumerate(csv.reader(kind_csv.file)):
        if n > INDEX_ROWS_PER_KIND:
            return
        yield row


_HEAD = (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Your data</title><style>'
    "body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse}"
    "td,th{border:1px solid #999;padding:.2em .4em;text-align:left;vertical-align:top}</style></head><body>"
)


def _index_html(
    header: PackageHeader, counts: dict[str, int], information: dict[str, Any], csvs: Iterable[_KindCsv]
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
    out.write("</ul><h2>How long it is kept</h2><ul>")
    for kind, text in information["retention"].items():
        out.write(f"<li>{e(kind)}: {e(text)}</li>")
    out.write("</ul><h2>Your rights</h2><ul>")
    for right in information["rights"]:
        out.write(f"<li>{e(right['right'])} ({e(right['article'])})</li>")
    out.write(f"</ul><p>{e(information['complaint'])}</p>")
    out.write(f"<p>Items marked portable ({information['portability']['items']}) are the data you provided, "
              f"which you may take elsewhere ({e(information['portability']['article'])}).</p>")  # fmt: skip
    for kind_csv in csvs:
        kind = e(kind_csv.kind)
        out.write(f"<h2>{kind} ({counts.get(kind_csv.kind, 0)})</h2>")
        out.write(f'<p>All of them: <a href="{kind}.csv">{kind}.csv</a></p><table>')
        for n, row in enumerate(_rows(kind_csv)):
            tag = "th" if n == 0 else "td"
            cells = []
            for column, value in enumerate(row):
                if tag == "td" and column == 2 and value:  # the uploaded file, linked
                    cells.append(f'<td><a href="{e(value)}">{e(value)}</a></td>')
                else:
                    cells.append(f"<{tag}>{e(value)}</{tag}>")
            out.write("<tr>" + "".join(cells) + "</tr>")
        out.write("</table>")
        if kind_csv.rows > INDEX_ROWS_PER_KIND:
            out.write(f"<p>The first {INDEX_ROWS_PER_KIND} are shown; the CSV holds all {kind_csv.rows}.</p>")
    out.write("</body></html>\n")
    return out.getvalue().encode()
