"""The part the detector's statistical models share: logistic weights over string features, read on first use.

The person-name tagger (``scanners/person_tagger.py``) and the judge of medical mentions
(``scanners/medical_model.py``) are each a logistic regression over hand-chosen string features, trained by a
script under ``bench/`` (``bench/logistic.py`` holds their shared training) and shipped as JSON under ``data/``
that each module reads on first use with :func:`read_json`.
"""

from __future__ import annotations

import json
import math
from itertools import repeat
from typing import Any

__all__ = ["Logistic", "read_json"]


class Logistic:
    """Weights by feature name, a threshold and a version (as a ``bench/`` training script wrote them)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.weights: dict[str, float] = data["weights"]
        self.threshold: float = data["threshold"]
        self.version: str = data.get("version", "")

    def probability(self, feats: list[str]) -> float:
        z = sum(map(self.weights.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_json(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
