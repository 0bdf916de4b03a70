"""Fast paths of the worst-case pass give the answers of the code they stand in for, on random inputs."""

from __future__ import annotations

import random

import pytest

from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import NEG_BEFORE, labelled_as_thing, preceding
from privacykit.domain.detection.scanners import contact, medical
from privacykit.domain.detection.shapes import shape_of

_PIECES = ["order", "ssn", "id", "no.", "#", ":", "=", '"', "'", " ", "  ", "\n", "1", "42", "-", "x", "K", "v", "é"]


def test_the_thing_label_test_answers_as_the_label_search() -> None:
    rnd = random.Random(11)
    for _ in range(20000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12))) + "123"
        at = len(text) - 3
        assert labelled_as_thing(text, at) == (NEG_BEFORE.search(preceding(text, at)) is not None), text


def _reference_shaped(quad: str) -> bool:
    first, second, third, _ = quad.split(".")
    return int(first) <= 20 and int(second) <= 40 and int(third) <= 40


def test_version_shaped_quads_answer_as_their_parts_read_as_numbers() -> None:
    forms = [str(i) for i in range(1000)] + [f"0{i}" for i in range(100)] + [f"00{i}" for i in range(10)]
    rnd = random.Random(5)
    for first in forms:
        for _ in range(30):
            quad = f"{first}.{rnd.choice(forms)}.{rnd.choice(forms)}.9"
            text = f"at {quad} now"
            assert contact._version_shaped(text, 3, 3 + len(quad)) == _reference_shaped(quad), quad


@pytest.mark.parametrize("seed", range(5))
def test_dotted_quads_from_the_shape_are_those_of_the_text_pattern(seed: int) -> None:
    rnd = random.Random(seed)
    pieces = [
        "1",
        "12",
        "255",
        "7",
        ".",
        ".",
        " ",
        "\n",
        "a",
        "-",
        "_",
        "/",
        "x1",
        "10.0.0.5",
        "1.2.3.4.5",
        "’",
        "é",
        "“",
        "٣",
        "²",
    ]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        shape = shape_of(text)
        assert list(contact._dotted_quads(text, shape)) == list(contact._dotted_quads_any(text, shape)), text


def _reference_windows(anchors: list[int], radius: int, limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a in anchors:
        lo, hi = max(0, a - radius), min(limit, a + radius)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def test_medical_windows_merge_as_the_anchor_walk_did() -> None:
    rnd = random.Random(3)
    for _ in range(5000):
        limit = rnd.randint(1, 5000)
        anchors = sorted(rnd.randrange(limit) for _ in range(rnd.randint(0, 30)))
        radius = rnd.choice([1, 5, 50, 600])
        assert medical._windows(anchors, radius, limit) == _reference_windows(anchors, radius, limit)


def test_nanp_numbers_past_the_region_tries_answer_as_every_region(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(9)
    numbers = [f"{rnd.randint(200, 999)}{rnd.randint(200, 999)}{rnd.randint(0, 9999):04d}" for _ in range(3000)]
    expected = [any(r.match(n) is not None for r in v._nanp_regions()) for n in numbers]
    monkeypatch.setattr(v, "_nanp_misses", [v._NANP_REGION_TRIES])  # the whole alternation answers from here
    assert [v._nanp_ok(n) for n in numbers] == expected
