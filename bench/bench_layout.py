"""Figures for the layout (one package per capability, a lazy composition root per capability): the cold
import of every handler module now, beside the same handler at the commit before the layout change,
measured in the same run, and which heavy modules each loads (the consent handler must load neither
the detector, nor Cedar, nor the breach rules)."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, cold_import

#: The last commit before the layout change (issue 9).
BEFORE = "5ad16b0"


def _extract(commit: str, target: Path) -> bool:
    """The tree of ``commit`` into ``target``; False when the clone does not hold it (a shallow clone)."""
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=False)
    if archive.returncode != 0:
        return False
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return True


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        before = Path(tmp)
        have_before = _extract(BEFORE, before)
        header = f"{'handler module':34} {'before ms':>9} {'after ms':>9} {'after/before':>12}"
        print(f"{header}  heavy modules loaded (after; before)")
        for module in sorted((ROOT / "functions").glob("*/*.py")):
            if "def lambda_handler" not in module.read_text():
                continue
            name = str(module.relative_to(ROOT))
            after_ms, heavy = cold_import(module)
            old = before / name
            if have_before and old.exists():
                before_ms, heavy_before = cold_import(old, layer=before / "layers/privacykit")
                ratio = f"{after_ms / before_ms:12.2f}"
                note = f"{', '.join(heavy) or '-'} (before: {', '.join(heavy_before) or '-'})"
                print(f"{name:34} {before_ms:9.0f} {after_ms:9.0f} {ratio}  {note}")
            else:
                print(f"{name:34} {'-':>9} {after_ms:9.0f} {'new':>12}  {', '.join(heavy) or '-'}")
        if not have_before:
            print(f"(commit {BEFORE} is not in this clone: no before figures)")


if __name__ == "__main__":
    main()
