"""Bad input is a pydantic ValidationError with a clear message (the API maps it to 422)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from privacykit.domain.breach import Incident

from .helpers import BASE, build


def _error(**overrides: object) -> str:
    with pytest.raises(ValidationError) as info:
        Incident.model_validate({**BASE, **overrides})
    return str(info.value)


def test_valid_base_incident() -> None:
    assert build().entity_timezone == "UTC"


def test_timestamp_without_offset_is_rejected() -> None:
    assert "timezone" in _error(aware_at="2026-03-02T10:00:00").lower()


def test_unknown_time_zone_is_rejected() -> None:
    assert "unknown IANA time zone 'Mars/Olympus'" in _error(entity_timezone="Mars/Olympus")


def test_malformed_time_zone_is_rejected() -> None:
    assert "unknown IANA time zone" in _error(entity_timezone="../etc/passwd")


def test_negative_count_is_rejected() -> None:
    assert "greater than or equal to 0" in _error(affected_by_residence={"EU-DE": -1})


def test_aware_before_occurred_is_rejected() -> None:
    assert "aware_at" in _error(aware_at="2026-02-28T10:00:00+00:00")


def test_determination_before_occurred_is_rejected() -> None:
    assert "determined_breach_at" in _error(determined_breach_at="2026-02-01T00:00:00+00:00")


def test_extra_field_is_rejected() -> None:
    assert "extra" in _error(sec_registrnt=True).lower()


def test_unknown_role_is_rejected() -> None:
    assert "controller_role" in _error(controller_role="vendor")


def test_unknown_risk_level_is_rejected() -> None:
    assert "risk_level" in _error(risk_level="medium")


def test_missing_discovered_at_is_rejected() -> None:
    data = {k: v for k, v in BASE.items() if k != "discovered_at"}
    with pytest.raises(ValidationError, match="discovered_at"):
        Incident.model_validate(data)


def test_occurred_at_is_optional() -> None:
    assert build(occurred_at=None).occurred_at is None
