"""The privacy-scan command: files, folders, stdin, JSONL, --fail-on, bad input on stderr; the table, JSON
and SARIF outputs with each finding's place and masked value; lines and paths left out on purpose."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_helpers import make_docx, make_pdf
from privacykit.cli.scan import MAX_TABLE_ROWS, main


def run(args: list[str], stdin: bytes = b"", capsys: pytest.CaptureFixture[str] | None = None) -> tuple[int, list, str]:
    assert capsys is not None
    code = main(["--format", "json", *args], stdin=io.BytesIO(stdin))
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_jsonl_reports_bad_lines_with_their_number_and_scans_the_rest(capsys: pytest.CaptureFixture[str]) -> None:
    lines = b'{"id": "a", "text": "SSN 219-09-9999"}\n{broken\n{"id": "c", "text": "nothing here"}\n{"text": 5}\n'
    code, out, err = run(["--jsonl"], lines, capsys)
    assert [row["id"] for row in out] == ["a", "c"]
    assert out[0]["classification"] == "RESTRICTED"
    assert out[0]["entities"][0] == {"type": "US_SSN", "start": 4, "end": 15, "score": out[0]["entities"][0]["score"]}
    assert "-:2: not a JSON line" in err
    assert "-:4:" in err
    assert code == 2


def test_fail_on_exits_1_when_the_level_is_reached(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--fail-on", "CONFIDENTIAL"], b"write to ann.lee@example.com", capsys)[0] == 1
    assert run(["--fail-on", "RESTRICTED"], b"write to ann.lee@example.com", capsys)[0] == 0
    with pytest.raises(SystemExit):
        main(["--fail-on", "SECRET"])


def test_folders_are_scanned_recursively_by_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("card 4111 1111 1111 1111")
    (tmp_path / "sub" / "b.pdf").write_bytes(make_pdf("SSN 219-09-9999"))
    (tmp_path / "sub" / "c.docx").write_bytes(make_docx(["email ann.lee@example.com"]))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    code, out, err = run([str(tmp_path), str(tmp_path / "missing.txt")], capsys=capsys)
    levels = {Path(row["path"]).name: row["classification"] for row in out}
    assert levels == {"a.txt": "RESTRICTED", "b.pdf": "RESTRICTED", "c.docx": "CONFIDENTIAL"}
    assert "missing.txt: no such file" in err
    assert code == 2


def test_unreadable_named_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "scan.pdf"
    broken.write_bytes(b"%PDF-1.4 nope")
    code, out, err = run([str(broken)], capsys=capsys)
    assert out == []
    assert "scan.pdf: the PDF is corrupt" in err
    assert code == 2


def test_installed_command_reads_stdin() -> None:
    command = Path(sys.executable).with_name("privacy-scan")
    done = subprocess.run(
        [str(command), "--public", "--format", "json"], input=b"Release 2.4.1 notes", capture_output=True, check=False
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["classification"] == "PUBLIC"


def test_installed_command_ends_with_its_exit_code_and_all_its_output(tmp_path: Path) -> None:
    # The program ends without the interpreter's teardown: what it wrote must still arrive, the code too.
    command = Path(sys.executable).with_name("privacy-scan")
    rows = "".join(f"{i},Ana Ruiz,ana{i}@example.org\n" for i in range(3000))
    (tmp_path / "people.csv").write_text("id,name,email\n" + rows)
    done = subprocess.run(
        [str(command), "--format", "json", "--fail-on", "CONFIDENTIAL", str(tmp_path / "people.csv"), "missing.txt"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1
    assert len(json.loads(done.stdout)["findings"]) == 6000
    assert b"missing.txt: no such file or folder" in done.stderr
    quiet = subprocess.run([str(command)], input=b"nothing here", capture_output=True, check=False)
    assert (quiet.returncode, quiet.stdout.decode().splitlines()[-1]) == (0, "1 document(s), 0 finding(s)")


NOTE = "Patient: Ana Ruiz\nSSN 219-09-9999, mail ana.ruiz@example.org\n"


def test_the_default_output_is_a_table_with_place_type_level_and_a_masked_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "note.txt").write_text(NOTE)
    assert main([str(tmp_path / "note.txt")], stdin=io.BytesIO(b"")) == 0
    table = capsys.readouterr().out
    assert "note.txt  RESTRICTED  (3 findings)" in table
    rows = {line.split()[1]: line.split() for line in table.splitlines() if line.startswith("  ")}
    assert rows["US_SSN"] == ["2:5", "US_SSN", "RESTRICTED", "***-**-9999"]
    assert rows["EMAIL"] == ["2:23", "EMAIL", "CONFIDENTIAL", "***@example.org"]
    assert rows["PERSON"][:3] == ["1:10", "PERSON", "INTERNAL"]
    assert "219-09" not in table and "ana.ruiz" not in table and "Ruiz" not in table
    assert table.rstrip().endswith("1 document(s), 3 finding(s)")


def test_json_findings_name_the_page_of_a_pdf_and_the_paragraph_of_a_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.docx").write_bytes(make_docx(["Nothing here.", "Call 415-555-0134 or mail ann.lee@example.com"]))
    (tmp_path / "b.pdf").write_bytes(make_pdf("SSN 219-09-9999"))
    _, out, _ = run([str(tmp_path)], capsys=capsys)
    findings = {Path(row["path"]).name: row["findings"] for row in out}
    email = next(f for f in findings["a.docx"] if f["type"] == "EMAIL")
    assert (email["paragraph"], email["level"], email["snippet"]) == (2, "CONFIDENTIAL", "***@example.com")
    assert [(f["type"], f["page"], f["snippet"]) for f in findings["b.pdf"]] == [("US_SSN", 1, "***-**-9999")]


def test_sarif_is_2_1_0_with_one_rule_per_type_and_results_at_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "note.txt").write_text(NOTE)
    assert main(["--format", "sarif", str(tmp_path / "note.txt")], stdin=io.BytesIO(b"")) == 0
    sarif = json.loads(capsys.readouterr().out)
    assert sarif["version"] == "2.1.0"
    (run_,) = sarif["runs"]
    assert run_["tool"]["driver"]["name"] == "privacy-scan"
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} == {"US_SSN", "EMAIL", "PERSON"}
    ssn = next(r for r in run_["results"] if r["ruleId"] == "US_SSN")
    assert ssn["level"] == "error"
    region = ssn["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 5, 16)
    assert ssn["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("note.txt")
    assert "219-09" not in json.dumps(sarif)
    assert next(r for r in run_["results"] if r["ruleId"] == "EMAIL")["level"] == "warning"


def test_sarif_flag_is_the_sarif_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "note.txt").write_text(NOTE)
    assert main(["--format", "sarif", str(tmp_path / "note.txt")], stdin=io.BytesIO(b"")) == 0
    by_format = capsys.readouterr().out
    assert main(["--sarif", str(tmp_path / "note.txt")], stdin=io.BytesIO(b"")) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(by_format)


def test_a_marked_line_and_an_ignored_path_are_left_out_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text(
        "Try it with SSN 219-09-9999 (invented).  <!-- privacy-scan: ignore -->\nWrite to ann.lee@example.com\n"
    )
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "people.csv").write_text("name,ssn\nAna Ruiz,219-09-9999\n")
    (tmp_path / ".privacy-scan-ignore").write_text("# labelled test data\ncorpus/\n")
    monkeypatch.chdir(tmp_path)
    assert main(["--fail-on", "RESTRICTED", "docs", "corpus"], stdin=io.BytesIO(b"")) == 0
    table = capsys.readouterr().out
    assert "US_SSN" not in table and "EMAIL" in table
    assert "not reported: 1 on 'privacy-scan: ignore' lines, 1 ignored path(s)" in table
    with pytest.raises(SystemExit, match="no such ignore file"):
        main(["--ignore-file", "missing", "docs"], stdin=io.BytesIO(b""))


def test_the_repositorys_own_docs_do_not_flag_themselves(capsys: pytest.CaptureFixture[str]) -> None:
    """Every example of personal data in the docs is invented and marked; nothing else is found."""
    root = Path(__file__).resolve().parents[2]
    docs = [str(root / "docs"), str(root / "README.md")]
    code = main(["--format", "json", "--ignore-file", str(root / ".privacy-scan-ignore"), *docs], stdin=io.BytesIO(b""))
    found = {
        Path(row["path"]).name: [(f["type"], f.get("line")) for f in row["findings"]]
        for line in capsys.readouterr().out.splitlines()
        if (row := json.loads(line))["findings"]
    }
    assert found == {}
    assert code == 0


def test_the_table_shows_the_first_findings_of_a_document_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "\n".join(f"contact {n}: ana.silva{n}@example.org" for n in range(MAX_TABLE_ROWS + 7))
    (tmp_path / "many.txt").write_text(rows)
    main([str(tmp_path / "many.txt")], stdin=io.BytesIO(b""))
    table = capsys.readouterr().out
    assert table.count("EMAIL") == MAX_TABLE_ROWS
    assert "... and 7 more (--format json or sarif lists every finding)" in table
    assert f"{MAX_TABLE_ROWS + 7} finding(s)" in table.splitlines()[-1]


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_table_rows_are_placed_and_masked_as_the_findings_are(kind: str) -> None:
    """The table's rows (place, type, level, masked value) are made without a ``Finding`` each: the same as
    the findings JSON and SARIF list, for text (line:column) and for pages."""
    from privacykit.cli.scan import _Document
    from privacykit.domain.detection.engine import detect_findings_stream
    from privacykit.domain.detection.masking import MaskStyle, mask_value

    pieces = [
        "Call Maria Garcia at (212) 555-0142.\n",
        "ssn 219-09-9999, mail jane@example.com\n\n",
        "card 4111 1111 1111 1111 and 10.0.0.5 from host\n",
    ]
    document = _Document(kind)
    found = list(detect_findings_stream(document.read(pieces)))
    placed, _ = document.findings(found)
    for limit in (2, MAX_TABLE_ROWS):
        shown = list(placed.findings(limit))
        assert len(shown) == min(limit, len(found)) >= 2
        rows = placed.rows(limit)
        assert rows == [(f.place, f.entity.type, f.level, f.value) for f in shown]
        assert [mask_value(v, t, MaskStyle.PARTIAL) for _, t, _, v in rows] == [f.snippet for f in shown]
