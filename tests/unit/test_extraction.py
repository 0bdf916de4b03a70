"""Text extraction from uploads: streamed text, HTML, PDF, DOCX, and what cannot be read."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from privacy_helpers import make_docx, make_pdf
from privacykit.domain.classify.extraction import document_kind, extract_text
from privacykit.errors import UnreadableDocument


def text_of(kind: str, data: bytes, chunk: int = 7) -> str:
    return "".join(extract_text(kind, (data[i : i + chunk] for i in range(0, len(data), chunk))))


def test_utf8_split_inside_a_character_is_decoded_whole() -> None:
    data = "Zoë Ñúñez, São Paulo — ok".encode()
    assert text_of("txt", data, chunk=1) == "Zoë Ñúñez, São Paulo — ok"


def test_html_keeps_text_and_drops_scripts() -> None:
    html = b"<html><script>var ssn='x'</script><p>Call <b>Ana</b> at 555</p><p>Bye</p></html>"
    text = text_of("html", html)
    assert "var ssn" not in text
    assert "Call Ana at 555" in text
    assert text.index("555") < text.index("Bye")


def test_pdf_text_is_extracted() -> None:
    assert "SSN 123-45-6789" in text_of("pdf", make_pdf("Patient SSN 123-45-6789"))


def test_encrypted_pdf_is_unreadable() -> None:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf("secret"))))
    writer.encrypt("owner-and-user-password")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(UnreadableDocument, match="encrypted"):
        text_of("pdf", buffer.getvalue())


def test_corrupt_pdf_and_docx_are_unreadable() -> None:
    with pytest.raises(UnreadableDocument, match="corrupt"):
        text_of("pdf", b"%PDF-1.4 this is not a pdf")
    with pytest.raises(UnreadableDocument, match="corrupt"):
        text_of("docx", b"PK\x03\x04 broken zip")


def test_docx_paragraphs_are_lines() -> None:
    assert text_of("docx", make_docx(["Dear Maria Gonzalez,", "Your MRN is 88231."])) == (
        "Dear Maria Gonzalez,\nYour MRN is 88231.\n"
    )


@pytest.mark.parametrize(("name", "kind"), [("a/b/Report.PDF", "pdf"), ("x.ndjson", "ndjson"), ("p.htm", "htm")])
def test_kind_from_extension(name: str, kind: str) -> None:
    assert document_kind(name) == kind


@pytest.mark.parametrize("name", ["photo.jpg", "archive.tar.gz", "noextension", "uploads/acme/s1/"])
def test_unknown_types_are_unreadable(name: str) -> None:
    with pytest.raises(UnreadableDocument):
        document_kind(name)
