"""Brazil, LGPD art. 48 with Res. CD/ANPD 15/2024: three business days, national holidays skipped."""

from __future__ import annotations

from typing import Any

from .helpers import ids, only, run

BR: dict[str, Any] = {
    "entity_timezone": "America/Sao_Paulo",
    "affected_by_residence": {"BR": 40},
    "data_categories": ["name", "health"],
    "occurred_at": None,
    "determined_breach_at": None,
}


def _deadline(aware: str, rule_id: str = "BR-LGPD-48-ANPD", **extra: Any) -> str | None:
    return only(run(**{**BR, "discovered_at": aware, "aware_at": aware, **extra}), rule_id).deadline


def test_carnival_is_skipped() -> None:
    # Friday 13 Feb 2026; Carnival Monday 16 and Tuesday 17 are not business days.
    assert _deadline("2026-02-13T10:00:00-03:00") == "2026-02-20T23:59:00-03:00"


def test_corpus_christi_is_skipped() -> None:
    # Corpus Christi 2026 is Thursday 4 June (Easter + 60).
    assert _deadline("2026-06-03T10:00:00-03:00") == "2026-06-09T23:59:00-03:00"


def test_good_friday_is_skipped() -> None:
    # Good Friday 2026 is 3 April.
    assert _deadline("2026-04-01T10:00:00-03:00") == "2026-04-07T23:59:00-03:00"


def test_consciencia_negra_is_skipped() -> None:
    assert _deadline("2026-11-19T10:00:00-03:00") == "2026-11-25T23:59:00-03:00"


def test_data_subjects_same_three_business_days() -> None:
    assert _deadline("2026-02-13T10:00:00-03:00", "BR-LGPD-48-titulares") == "2026-02-20T23:59:00-03:00"


def test_small_processing_agent_gets_double() -> None:
    got = _deadline("2026-02-13T10:00:00-03:00", small_processing_agent=True)
    assert got == "2026-02-25T23:59:00-03:00"


def test_no_relevant_data_type_no_communication() -> None:
    a = run(**{**BR, "data_categories": ["name", "email"]})
    assert not any(o.jurisdiction == "BR" for o in a.obligations)


def test_no_relevant_risk_no_communication() -> None:
    assert "BR-LGPD-48-ANPD" not in ids(run(**{**BR, "risk_level": "low"}))


def test_financial_data_is_relevant() -> None:
    assert "BR-LGPD-48-ANPD" in ids(run(**{**BR, "data_categories": ["bank_account"]}))
