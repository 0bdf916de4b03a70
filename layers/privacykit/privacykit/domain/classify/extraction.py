"""Text out of uploaded documents: plain text, CSV, JSON/NDJSON, logs, HTML, PDF and DOCX.

Text formats are decoded as a stream (incremental UTF-8), so a large object never sits in memory
whole; PDF and DOCX need their whole file (their indexes sit at the end) and are bounded in size.
Entity offsets of an extracted document are offsets into the extracted text.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Protocol

from privacykit.errors import UnreadableDocument

__all__ = ["document_kind", "extract_text", "MAX_BINARY_BYTES", "TEXT_KINDS"]

TEXT_KINDS = frozenset({"txt", "csv", "tsv", "log", "json", "ndjson", "jsonl", "md", "hl7", "xml", "eml"})
_KINDS = TEXT_KINDS | {"html", "htm", "pdf", "docx"}
MAX_BINARY_BYTES = 64 * 1024 * 1024
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def document_kind(name: str) -> str:
    """The document kind from its file name; :class:`UnreadableDocument` for unknown types."""
    base = name.rsplit("/", 1)[-1]
    kind = base.rsplit(".", 1)[-1].lower() if "." in base else ""
    if kind not in _KINDS:
        # The name is the uploader's: it may hold a personal value, so the message never quotes it.
        raise UnreadableDocument(
            f"unsupported document type (supported: {', '.join(sorted(_KINDS))})", reason="unsupported_type"
        )
    return kind


def _decode(chunks: Iterable[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    for chunk in chunks:
        text = decoder.decode(chunk)
        if text:
            yield text
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail


class _TextParser(Protocol):
    """What :func:`_html` reads an HTML document with: the text pieces it has found so far in ``out``."""

    out: list[str]

    def feed(self, data: str) -> None: ...

    def close(self) -> None: ...


@cache
def _html_parser_class() -> type[_TextParser]:
    """The HTML text reader's class, made on the first HTML document: ``html.parser`` and its patterns cost ~3 ms
    of CPU to import, which a process reading only text (privacy-scan over logs) should not pay at every start."""
    from html.parser import HTMLParser

    class _HtmlText(HTMLParser):
        _BREAKS = frozenset({"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table"})
        _SKIP = frozenset({"script", "style"})

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.out: list[str] = []
            self._skipping = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in self._SKIP:
                self._skipping += 1
            elif tag in self._BREAKS:
                self.out.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in self._SKIP and self._skipping:
                self._skipping -= 1
            elif tag in self._BREAKS:
                self.out.append("\n")

        def handle_data(self, data: str) -> None:
            if not self._skipping:
                self.out.append(data)

    return _HtmlText


def _html(chunks: Iterable[bytes]) -> Iterator[str]:
    parser = _html_parser_class()()
    for text in _decode(chunks):
        parser.feed(text)
        if parser.out:
            yield "".join(parser.out)
            parser.out.clear()
    parser.close()
    if parser.out:
        yield "".join(parser.out)


def _whole(chunks: Iterable[bytes]) -> bytes:
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        if len(buffer) > MAX_BINARY_BYTES:
            raise UnreadableDocument(
                f"the document is larger than {MAX_BINARY_BYTES // (1024 * 1024)} MiB", reason="too_large"
            )
    return bytes(buffer)


def _pdf(data: bytes) -> Iterator[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument("the PDF is encrypted", reason="encrypted")
        pages = list(reader.pages)
    except UnreadableDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableDocument("the PDF is corrupt", reason="corrupt") from exc
    for page in pages:
        try:
            yield (page.extract_text() or "") + "\n"
        except (PdfReadError, ValueError, KeyError, TypeError) as exc:
            raise UnreadableDocument("a PDF page cannot be read", reason="corrupt") from exc


def _docx(data: bytes) -> Iterator[str]:
    # Imported here, as pypdf is for PDFs: a process that reads only text (privacy-scan over logs) or a
    # Lambda answering its first request should not pay for zipfile and ElementTree at start-up.
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)  # noqa: S314 - no DTDs in OOXML; entities are not expanded by ElementTree
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise UnreadableDocument("the DOCX is corrupt", reason="corrupt") from exc
    for paragraph in root.iter(f"{_WORD}p"):
        parts = [node.text or "" for node in paragraph.iter() if node.tag in (f"{_WORD}t", f"{_WORD}tab")]
        yield "".join(parts) + "\n"


def extract_text(kind: str, chunks: Iterable[bytes]) -> Iterator[str]:
    """The text of a document of ``kind`` read from ``chunks``, as pieces (offsets run across them)."""
    if kind in TEXT_KINDS:
        return _decode(chunks)
    if kind in ("html", "htm"):
        return _html(chunks)
    if kind == "pdf":
        return _pdf(_whole(chunks))
    if kind == "docx":
        return _docx(_whole(chunks))
    raise UnreadableDocument(f"unsupported document type '.{kind}'", reason="unsupported_type")
