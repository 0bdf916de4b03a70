"""Figures for the API handlers (cold imports are bench_layout's): latency through the local
HTTP API of classify and access-check (single, batch of 100, record read), and the layer's size
unzipped as `sam build` would package it for python3.13 on arm64 (Lambda's limit: 250 MB)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, http, summary, timed

from localcloud.runtime import LocalCloud

NOTE = "Pt Ana Ruiz, DOB 04/02/1971, MRN 5521873, dx hypertension, lisinopril 10 mg daily. Call 415-555-0134."


def layer_size_mb() -> str:
    """The layer as its build makes it (layers/privacykit/Makefile: arm64 wheels for CPython 3.13, compiled), in a
    temp dir; compiled here by this interpreter, whose bytecode is about the size of 3.13's."""
    with tempfile.TemporaryDirectory() as target:
        done = subprocess.run(
            ["make", "--silent", "-C", str(ROOT / "layers/privacykit"), "build-PrivacyLayer",
             f"ARTIFACTS_DIR={target}", f"PYTHON={sys.executable}"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            return "unavailable (pip could not fetch the arm64 wheels)"
        files = [f for f in Path(target).rglob("*") if f.is_file()]
        size = sum(f.stat().st_size for f in files)
        compiled = sum(f.stat().st_size for f in files if f.suffix == ".pyc")
        return f"{size / 1e6:.1f} MB unzipped, {compiled / 1e6:.1f} MB of it bytecode (limit 250 MB with the function)"


def main() -> None:
    with tempfile.TemporaryDirectory() as state, LocalCloud(state_dir=Path(state), write_state_file=False) as cloud:
        assert cloud.api is not None
        base = cloud.api.url
        service = cloud.issuer.issue(tenant="bench", sub="svc", groups=["service"])
        doctor = cloud.issuer.issue(tenant="bench", sub="dr", groups=["healthcare_provider"], mfa_age=10)
        viewer = cloud.issuer.issue(tenant="bench", sub="v", groups=["viewer"])
        record = {"text": NOTE, "subject_id": "pat-1", "purpose": "treatment"}  # read below for its own purpose
        record_id = http("POST", f"{base}/v1/classify", service, record)["record_id"]
        check = {"action": "read", "purpose": "operations", "resource": {"level": "INTERNAL", "subject_id": "s-1"}}
        calls = {
            "classify 110-char note (no record)": lambda: http("POST", f"{base}/v1/classify", service, {"text": NOTE}),
            "access check": lambda: http("POST", f"{base}/v1/access/check", viewer, check),
            "access batch of 100": lambda: http(
                "POST", f"{base}/v1/access/checks", viewer, {"requests": [check] * 100}
            ),
            "record read (decide, audit, decrypt)": lambda: http(
                "GET", f"{base}/v1/records/{record_id}?purpose=treatment", doctor
            ),
        }
        for name, call in calls.items():
            timed(call, 5)  # warm the function processes
            print(f"{name} via local HTTP API: {summary(timed(call, 100))}")
    print(f"layer (privacykit + requirements, python3.13 arm64): {layer_size_mb()}")


if __name__ == "__main__":
    main()
