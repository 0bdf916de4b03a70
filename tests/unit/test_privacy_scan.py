"""The privacy-scan command: files, folders, stdin, JSONL, --fail-on, and bad input on stderr."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_helpers import make_docx, make_pdf
from privacykit.cli.scan import main


def run(args: list[str], stdin: bytes = b"", capsys: pytest.CaptureFixture[str] | None = None) -> tuple[int, list, str]:
    assert capsys is not None
    code = main(args, stdin=io.BytesIO(stdin))
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
    done = subprocess.run([str(command), "--public"], input=b"Release 2.4.1 notes", capture_output=True, check=False)
    assert done.returncode == 0
    assert json.loads(done.stdout)["classification"] == "PUBLIC"
