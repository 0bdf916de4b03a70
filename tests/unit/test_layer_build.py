"""The layer's build ships privacykit compiled (layers/privacykit/Makefile): a read-only Lambda layer cannot cache
bytecode, so a source-only layer compiles every module at each cold start."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYER = ROOT / "layers" / "privacykit"


def test_package_code_ships_every_module_compiled_without_timestamp_checks(tmp_path: Path) -> None:
    target = tmp_path / "python"
    subprocess.run(
        ["make", "--silent", "-C", str(LAYER), "package-code", f"PACKAGE_DIR={target}", f"PYTHON={sys.executable}"],
        check=True,
        capture_output=True,
    )
    sources = sorted(p.relative_to(target) for p in (target / "privacykit").rglob("*.py"))
    assert len(sources) == len(list((LAYER / "privacykit").rglob("*.py")))
    for source in sources:
        compiled = Path(importlib.util.cache_from_source(str(target / source)))
        header = compiled.read_bytes()[:8]
        assert header[:4] == importlib.util.MAGIC_NUMBER, source
        # flags 0b01: hash-based and unchecked, so the zip's modification times cannot make it stale
        assert int.from_bytes(header[4:8], "little") == 0b01, source
    # none of the checkout's own bytecode (other interpreters, older edits) came along
    assert all(sys.implementation.cache_tag in p.name for p in target.rglob("*.pyc"))
