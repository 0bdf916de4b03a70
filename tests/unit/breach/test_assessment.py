"""The assessment as a whole: ordering, serialisation, a many-jurisdiction incident."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from privacykit.domain.breach import assess

from .helpers import build

WIDE: dict[str, Any] = {
    "controller_role": "covered_entity",
    "entity_timezone": "America/New_York",
    "determined_material_at": "2026-03-05T12:00:00-05:00",
    "nydfs_incident_determined_at": "2026-03-05T12:00:00-05:00",
    "assessed_notifiable_at": "2026-03-05T12:00:00-05:00",
    "scope_identified_at": "2026-03-05T12:00:00-05:00",
    "sec_registrant": True,
    "nydfs_covered_entity": True,
    "offers_services_to_uk": True,
    "data_categories": ["name", "ssn", "diagnosis", "email"],
    "affected_by_residence": {
        "EU-DE": 900, "UK": 300, "US-CA": 700, "US-CO": 600, "US-CT": 50, "US-FL": 600, "US-ME": 5,
        "US-NY": 6000, "US-OR": 300, "US-TX": 300, "US-WA": 600, "CA-ON": 80, "AU": 70, "BR": 60,
        "SG": 600, "IN": 10, "CH": 40, "CN": 20,
    },
}  # fmt: skip


def test_many_jurisdictions_sorted_by_deadline_then_open() -> None:
    a = assess(build(**WIDE), now=datetime(2026, 3, 6, tzinfo=UTC))
    jurisdictions = {o.jurisdiction for o in a.obligations}
    assert {
        "EU",
        "UK",
        "US-HIPAA",
        "US-SEC",
        "US-NYDFS",
        "US-CA",
        "US-TX",
        "CA",
        "AU",
        "BR",
        "SG",
        "CH",
        "CN",
    } <= jurisdictions
    deadlines = [datetime.fromisoformat(o.deadline) for o in a.obligations if o.deadline]
    assert deadlines == sorted(deadlines)
    first_open = next(i for i, o in enumerate(a.obligations) if o.deadline is None)
    assert all(o.deadline is None for o in a.obligations[first_open:])
    assert all(o.deadline is None or o.deadline.endswith(("-05:00", "-04:00")) for o in a.obligations)


def test_assessment_serialises_to_json() -> None:
    data = json.loads(assess(build(**WIDE), now=datetime(2026, 3, 6, tzinfo=UTC)).model_dump_json())
    first = data["obligations"][0]
    assert set(first) >= {
        "jurisdiction",
        "recipient",
        "subject_state",
        "deadline",
        "qualifier",
        "citation",
        "rule_id",
        "trigger",
    }
    assert data["rules_version"]


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        assess(build(), now=datetime(2026, 3, 6))


def test_same_input_same_output() -> None:
    now = datetime(2026, 3, 6, tzinfo=UTC)
    assert assess(build(**WIDE), now=now) == assess(build(**WIDE), now=now)
