"""NYDFS 23 NYCRR 500.17(a): 72 hours after determining a cybersecurity incident occurred."""

from __future__ import annotations

from .helpers import ids, only, run


def test_72_hours_across_dst() -> None:
    ob = only(
        run(
            entity_timezone="America/New_York",
            nydfs_covered_entity=True,
            nydfs_incident_determined_at="2026-03-07T12:00:00-05:00",
        ),
        "US-NYDFS-500.17",
    )
    assert ob.deadline == "2026-03-10T13:00:00-04:00"
    assert ob.trigger == "nydfs_incident_determined_at"


def test_not_covered_entity() -> None:
    assert "US-NYDFS-500.17" not in ids(run(nydfs_incident_determined_at="2026-03-07T12:00:00+00:00"))


def test_pending_until_determination() -> None:
    ob = only(run(nydfs_covered_entity=True), "US-NYDFS-500.17")
    assert ob.deadline is None
    assert "awaiting nydfs_incident_determined_at" in ob.qualifier
