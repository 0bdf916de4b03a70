"""The two sides of every contract: ``backend`` is "fake" (tests/fakes.py) or "moto" (the adapter on the
resources of template.yaml, from the ``stack`` fixture of tests/conftest.py, built only for that side)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["fake", "moto"])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "moto":
        request.getfixturevalue("stack")
    return str(request.param)
