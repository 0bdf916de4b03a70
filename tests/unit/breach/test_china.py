"""China, PIPL Art. 57: immediately, no harm threshold."""

from __future__ import annotations

from .helpers import ids, only, run


def test_immediately_to_departments_and_individuals() -> None:
    a = run(affected_by_residence={"CN": 1}, risk_level="none")
    assert only(a, "CN-PIPL-57-authority").qualifier == "immediately"
    assert only(a, "CN-PIPL-57-individuals").deadline is None


def test_individuals_spared_when_harm_effectively_avoided() -> None:
    a = run(affected_by_residence={"CN": 1}, encrypted_key_not_compromised=True)
    assert "CN-PIPL-57-authority" in ids(a)
    assert "CN-PIPL-57-individuals" not in ids(a)
