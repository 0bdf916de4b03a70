"""privacy-scan's reading and table (speed15): a file under the detector's window is read in one piece, and what
it finds is what the same bytes read in 1 MiB pieces give; the table is made as each document is scanned and
reads as it did when it was made at the end."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from privacykit.cli import scan
from privacykit.domain.detection.chunking import CHUNK

_NAMES = ["Ann Lee", "Omar Haddad", "Mei Tanaka", "Lukas Brandt", "Sofía Ruiz"]  # invented


def _export(rows: int, seed: int) -> bytes:
    """A customer table of invented rows, with multibyte characters, over 1 MiB for a few thousand rows."""
    rnd = random.Random(seed)
    lines = ["id,name,email,phone,note"]
    for i in range(rows):
        name = rnd.choice(_NAMES)
        mail = name.split()[0].lower().replace("í", "i")
        lines.append(f"{i},{name},{mail}.{i}@example.com,(212) 555-01{rnd.randint(10, 99)},rückruf erbeten – ok")
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_a_file_under_the_window_is_read_in_one_piece_and_stdin_in_pieces_of_a_mebibyte(tmp_path: Path) -> None:
    data = _export(30_000, 1)
    assert scan._CHUNK < len(data) < CHUNK
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    with path.open("rb") as handle:
        assert list(scan._chunks(handle)) == [data]
    pieces = list(scan._chunks(io.BytesIO(data)))
    assert len(pieces) > 1 and b"".join(pieces) == data
    assert all(len(piece) == scan._CHUNK for piece in pieces[:-1])


def test_a_file_read_whole_finds_what_its_pieces_find(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _export(30_000, 2)
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    assert scan.main(["--format", "json", str(path)], stdin=io.BytesIO(b"")) == 0
    whole = json.loads(capsys.readouterr().out)
    assert scan.main(["--format", "json"], stdin=io.BytesIO(data)) == 0
    streamed = json.loads(capsys.readouterr().out)
    assert len(whole["findings"]) > 30_000
    assert whole["findings"] == streamed["findings"] and whole["entities"] == streamed["entities"]


def test_the_table_of_many_files_is_the_one_made_from_their_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"part{i}.csv"
        path.write_bytes(_export(40 + 20 * i, 3 + i))
        paths.append(str(path))
    (tmp_path / "clean.txt").write_text("nothing to see here\n")
    paths.append(str(tmp_path / "clean.txt"))
    scan.main(paths, stdin=io.BytesIO(b""))
    table = capsys.readouterr().out
    scan.main(["--format", "json", *paths], stdin=io.BytesIO(b""))
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for row in rows:
        count = len(row["findings"])
        found = f"{count} finding{'s' if count != 1 else ''}" if count else "no findings"
        assert f"{row['path']}  {row['classification']}  ({found})" in table
        shown = row["findings"][: scan.MAX_TABLE_ROWS]
        for finding in shown:
            assert f"{finding['type']:<22} {finding['level']:<13} {finding['snippet']}" in table
        if count > len(shown):
            assert f"... and {count - len(shown)} more" in table
    total = sum(len(row["findings"]) for row in rows)
    assert table.endswith(f"{len(rows)} document(s), {total} finding(s)\n")
