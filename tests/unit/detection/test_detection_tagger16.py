"""The name tagger's training copy with substituted names (issue 13, sixteenth pass, "tagger16").

``bench/train_person_model.py`` can also train the tagger on a copy of each training document whose PERSON spans
carry names drawn from Faker's locales (``substituted``, off by ``SUBSTITUTE``: docs/detection.md, sixteenth
pass). The copy must keep every entity on its words and be the same on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))


def test_the_substituted_copy_keeps_every_entity_on_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    import train_person_model as tpm

    pools: dict[tuple[str, str], list[str]] = {("LATIN", "g"): ["Ayinke"], ("LATIN", "f"): ["Orrisdóttir"]}
    monkeypatch.setattr(tpm, "_POOLS", pools)
    text = "Payee: NOWAK, Irena (irena@example.org)\nSigned: Irena Nowak. Nowak agreed.\n"  # privacy-scan: ignore
    ents: list[dict[str, Any]] = []
    for value, kind in (("NOWAK, Irena", "PERSON"), ("irena@example.org", "EMAIL"), ("Irena Nowak", "PERSON")):
        at = text.index(value)
        ents.append({"start": at, "end": at + len(value), "type": kind})
    doc = {"text": text, "entities": ents, "classification": "CONFIDENTIAL"}
    (copy,) = tpm.substituted([doc])
    assert copy["text"] == tpm.substituted([doc])[0]["text"]  # deterministic
    got = [copy["text"][e["start"] : e["end"]] for e in copy["entities"]]
    assert got == ["ORRISDÓTTIR, Ayinke", "irena@example.org", "Ayinke Orrisdóttir"]
