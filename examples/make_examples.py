"""Write the sample documents of the README's walk-through into this folder, byte for byte the same on
every run (``--check`` fails when a checked-in file differs from what this script writes).

Every person, number and address here is invented: names from the detector's word lists, e-mail
domains under example.org/.com (RFC 2606), US phone numbers in the 555-01xx fiction range, card and
IBAN numbers that payment networks publish for testing, and the SSN that has stood in sample text
since 1938. None of them belongs to a real person.

    .venv/bin/python examples/make_examples.py          # (re)write the samples
    .venv/bin/python examples/make_examples.py --check  # what make test runs
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

NOTE = [
    "Riverside Family Clinic - Progress note",
    "Patient: Ana Ruiz    DOB: 04/02/1971    MRN: 5521873",
    "Seen 2026-03-02 for follow-up of hypertension.",
    "Medication: lisinopril 10 mg daily; continue.",
    "Phone on file: 415-555-0134. Next visit in three months.",
    "Signed: Dr. Lena Hoffmann",
]

CSV = [
    "customer_id,first_name,last_name,email,phone,country,card_last4,segment",
    "cust-1001,Ana,Ruiz,ana.ruiz@example.org,+1 415-555-0134,US,1111,retail",
    "cust-1002,Jonas,Weber,jonas.weber@example.com,+1 212-555-0187,DE,4242,retail",
    "cust-1003,Claire,Martin,claire.martin@example.org,+1 617-555-0102,FR,0005,business",
    "cust-1004,Mei,Chen,mei.chen@example.net,+1 206-555-0166,US,5100,retail",
]

EMAIL = """From: Ana Ruiz <ana.ruiz@example.org>
To: Support <support@acme.example>
Subject: Refund for order 88-2041
Date: Mon, 02 Mar 2026 09:14:00 +0100
Message-ID: <sample-0001@example.org>
Content-Type: text/plain; charset=utf-8

Hello,

I was charged twice for order 88-2041. The card was 4111 1111 1111 1111.
Please refund to my account GB82 WEST 1234 5698 7654 32 instead.
You can call me on 415-555-0134 or write to 1200 Market Street, San Francisco, CA 94102.

Thanks,
Ana Ruiz
"""

LOG = """2026-03-02T09:14:07Z INFO  api request_id=7f3c1 route="POST /v1/orders" status=201 ms=41
2026-03-02T09:14:09Z WARN  auth login failed user=jonas.weber@example.com ip=203.0.113.24 attempts=3
2026-03-02T09:14:12Z INFO  api request_id=7f3c2 route="GET /v1/orders/88-2041" status=200 ms=12
2026-03-02T09:15:30Z ERROR billing charge declined customer=cust-1002 card=4242424242424242 code=insufficient_funds
2026-03-02T09:16:02Z INFO  support ticket opened customer=cust-1001 phone=415-555-0134 ssn_on_file=219-09-9999
2026-03-02T09:16:45Z INFO  health ok ip=198.51.100.7 checks=12
"""


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica) whose text layer holds ``lines``, with a correct xref table."""

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({escaped(line)}) Tj T*" for line in lines)
    stream = f"BT /F1 11 Tf 16 TL 72 720 Td {shown} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def docx(paragraphs: list[str]) -> bytes:
    """A small DOCX that word processors open; entries carry a fixed date so the bytes never change."""
    word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{word}"><w:body>{body}</w:body></w:document>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            entry = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, text)
    return buffer.getvalue()


def samples() -> dict[str, bytes]:
    """File name -> bytes, for every sample."""
    return {
        "clinical-note.pdf": pdf(NOTE),
        "clinical-note.docx": docx(NOTE),
        "crm-contacts.csv": ("\n".join(CSV) + "\n").encode(),
        "support-email.eml": EMAIL.encode(),
        "app.log": LOG.encode(),
    }


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, content in samples().items():
        path = HERE / name
        if check:
            if not path.exists() or path.read_bytes() != content:
                stale.append(name)
        else:
            path.write_bytes(content)
    if stale:
        print(f"examples out of date: {', '.join(stale)} (run examples/make_examples.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
