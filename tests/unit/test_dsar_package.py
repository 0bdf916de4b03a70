"""The package's CSVs cannot carry a formula into a spreadsheet (CSV injection): a cell starting with
= + - @ tab or carriage return is prefixed with ', while data.json keeps every value as it was."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, datetime

from fakes import HmacSigner
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.domain.dsar.deadlines import Jurisdiction
from privacykit.domain.dsar.package import PackageHeader, build_package

AT = datetime(2026, 3, 1, tzinfo=UTC)
DANGEROUS = ['=HYPERLINK("http://x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def test_csv_cells_that_start_like_a_formula_are_neutralised_and_data_json_is_untouched() -> None:
    items = [
        SubjectItem("classified_records", f"=id{n}", {"text": value, "note": "plain - dash inside", "n": -5})
        for n, value in enumerate(DANGEROUS)
    ]
    out = io.BytesIO()
    header = PackageHeader("dsar_1", "acme", "s-1", Jurisdiction.GDPR, AT, AT)
    build_package(header, items, HmacSigner(), out)
    package = zipfile.ZipFile(out)
    rows = list(csv.reader(io.StringIO(package.read("classified_records.csv").decode(), newline="")))
    texts = [row[rows[0].index("text")] for row in rows[1:]]
    assert texts == ["'" + value for value in DANGEROUS]
    assert all(row[0].startswith("'=id") for row in rows[1:])
    assert {row[rows[0].index("note")] for row in rows[1:]} == {"plain - dash inside"}
    assert {row[rows[0].index("n")] for row in rows[1:]} == {"'-5"}
    data = json.loads(package.read("data.json"))
    assert [item["data"]["text"] for item in data["items"]] == DANGEROUS
