"""Every handler module loads with the garbage collector paused, and resumes it, frozen, once loaded."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from privacy_helpers import ROOT

HANDLERS = sorted((ROOT / "functions").glob("*/*.py"))


@pytest.mark.parametrize("module", HANDLERS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_handler_imports_coldstart_first_and_ends_it_last(module: object) -> None:
    body = ast.parse(module.read_text()).body  # type: ignore[attr-defined]
    statements = [s for s in body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    first = next(s for s in statements if not (isinstance(s, ast.ImportFrom) and s.module == "__future__"))
    assert isinstance(first, ast.ImportFrom) and first.module == "privacykit.coldstart"
    last = statements[-1]
    assert isinstance(last, ast.Expr) and ast.unparse(last) == "end_of_cold_start()"


@pytest.mark.parametrize("module", ["classify/app.py", "erasure/worker.py"])
def test_no_collection_runs_while_a_handler_loads_and_collection_resumes_after(module: str) -> None:
    # a fresh interpreter, as Lambda gives each function (coldstart pauses the collector once per process)
    code = (
        "import gc, importlib.util, json\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: runs.append(phase))\n"
        f"spec = importlib.util.spec_from_file_location('app', {str(ROOT / 'functions' / module)!r})\n"
        "spec.loader.exec_module(importlib.util.module_from_spec(spec))\n"
        "print(json.dumps([runs.count('start'), gc.isenabled(), gc.get_freeze_count()]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    collections, enabled, frozen = json.loads(done.stdout)
    assert collections <= 1  # one may fall before the first import; the classify handler ran ~150 without
    assert enabled and frozen > 10_000
