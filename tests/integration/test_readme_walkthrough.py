"""The README's walk-through runs top to bottom as written: every ``bash`` block of its "Try it" sections,
in order, in one shell, against a local cloud of its own (the ports it prints replace 3000 and 5000),
with ``make token``, the AWS CLI, ``privacy-local trigger`` and ``privacy-audit --local`` as a reader
would run them. A command that fails, or an answer that is an error, fails the test."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from localcloud.runtime import LocalCloud
from localcloud.template import ROOT

pytestmark = pytest.mark.integration


def walkthrough() -> str:
    readme = (ROOT / "README.md").read_text()
    sections = re.split(r"^## ", readme, flags=re.MULTILINE)
    blocks = [
        block
        for section in sections
        if section.startswith("Try it")
        for block in re.findall(r"```bash\n(.*?)```", section, flags=re.DOTALL)
    ]
    return "\n".join(blocks)


@pytest.fixture(scope="module")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalCloud, Path]]:
    # A .local of its own (PRIVACY_LOCAL_STATE_DIR for the commands), beside a developer's `make run`.
    state: Path = tmp_path_factory.mktemp("readme-cloud")
    with LocalCloud(state_dir=state) as running:
        yield running, state


@pytest.mark.skipif(not shutil.which("curl"), reason="needs curl (the AWS CLI is make install's, .venv/bin/aws)")
def test_the_readme_runs_top_to_bottom(cloud: tuple[LocalCloud, Path]) -> None:
    running, state = cloud
    assert running.api is not None
    script = walkthrough()
    assert "privacy-local trigger AuditSealFunction" in script
    script = script.replace("http://127.0.0.1:3000", running.api.url).replace("http://127.0.0.1:5000", running.endpoint)
    environment = {**os.environ, "PRIVACY_LOCAL_STATE_DIR": str(state), "MAKEFLAGS": ""}
    done = subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        check=False,
    )
    shown = f"stdout:\n{done.stdout[-3000:]}\nstderr:\n{done.stderr[-3000:]}"
    assert done.returncode == 0, shown
    assert '"error"' not in done.stdout, shown
    assert "warning" not in done.stderr, shown
    for expected in (
        '"valid":true,"receipt_id"',  # the receipt verified
        "AuditSealFunction.Seal: ran",
        '"valid": true',  # privacy-audit verify --local
        '"Value": "RESTRICTED"',  # the upload's tags
        '"Value": "corrupt"',  # the failed upload says why
        "UploadDeadLetterQueue",  # privacy-local dlq list
        '"decision":"ALLOW_WITH_MASKING"',
        '"status":"open"',  # the incident's deadlines lie ahead whatever the day
        '"status":"sent"',
        '"consents":[{"purpose":"marketing"',  # the state at the grant, before the withdrawal
        '"records":[{"record_id"',  # the subject's records listed
        '"incidents":[{"incident_id"',  # the open incident listed with its deadline
        '"contacts":[{"channel":"email"',
        '"incomplete":[],"text"',  # the authority draft completed by the facts kept
        '"status":"queued"',  # the individuals notices queued (202)
        '"status":"notified","at"',  # cust-1001 (EU-DE) reached by the worker
        '"rules_sent":["EU-GDPR-34"]',  # with the GDPR notice only
        '"status":"no_contact"',  # the notice's recipients: cust-1002 has no address
        '"status":"completed","jurisdiction":"GDPR"',  # the access request answered by its worker
        "manifest.json",  # the export's zip listed
        '"status":"completed","received_at"',  # the erasure done...
        '"certificate":{"certificate":{',  # ...with its signed certificate
        '"subject_id":"pat-1","records":[]',  # nothing of pat-1 left in the records
        '"purpose":"litigation","items":[{"kind":"classified_records"',  # what the hold kept, for its basis
        '"released_at":"',  # the hold released
    ):
        assert expected in done.stdout, expected
