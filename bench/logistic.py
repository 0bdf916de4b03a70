"""Training shared by the detector's statistical models (``detection/logistic.py``): the person-name tagger
(``bench/train_person_model.py``) and the judge of medical mentions (``bench/train_medical_model.py``).

Deterministic: the same examples give the same weights, and :func:`model_json` the same file, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Example = tuple[list[str], int]

EPOCHS = 12
RATE = 0.2
L2 = 1e-5
MIN_COUNT = 2  # a feature seen fewer times than this in training is dropped (it could only memorise)


def read(path: Path) -> list[dict[str, Any]]:
    """The documents of a JSONL corpus."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def train(
    data: list[Example], epochs: int = EPOCHS, rate: float = RATE, l2: float = L2, min_count: int = MIN_COUNT
) -> dict[str, float]:
    """Logistic regression by AdaGrad, examples in a fixed pseudo-random order; weights rounded."""
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, c in counts.items() if c >= min_count}
    rows = [([f for f in feats if f in keep], y) for feats, y in data]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(rows)))
    rnd = random.Random(13)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, y = rows[i]
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - y
            for f in feats:
                wf = w.get(f, 0.0)
                g = grad + l2 * wf
                acc = g2.get(f, 1e-8) + g * g
                g2[f] = acc
                w[f] = wf - rate * g / math.sqrt(acc)
    return {f: round(x, 4) for f, x in sorted(w.items()) if abs(x) >= 5e-4}


def model_json_of(body: dict[str, Any]) -> str:
    """``body`` as the shipped file: sorted keys, one line, and the first 16 hex digits of its SHA-256."""
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]
    return json.dumps({**body, "sha256_16": digest}, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


@contextmanager
def replaced(owner: Any, name: str, stand_in: Callable[..., Any]) -> Iterator[None]:
    """``owner.name`` is ``stand_in`` inside the block (how training sees what the engine hands a model)."""
    real = getattr(owner, name)
    setattr(owner, name, stand_in)
    try:
        yield
    finally:
        setattr(owner, name, real)
