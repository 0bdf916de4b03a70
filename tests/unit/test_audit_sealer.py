"""The sealer on the in-memory trail: a crash between any two of its steps leaves nothing the next run
cannot finish, two sealers at once do no harm, and a segment it did not write stops it."""

from __future__ import annotations

from typing import Any

import pytest

from fakes import HmacSigner, InMemoryTrail
from privacykit.domain.audit.chain import decode_segment, segment_name
from privacykit.domain.audit.service import TrailBroken
from privacykit.errors import ChainConflict
from privacykit.ports import AuditRecord


def _trail(events: int, **kw: Any) -> InMemoryTrail:
    trail = InMemoryTrail(HmacSigner(), **kw)
    for n in range(events):
        trail.writer.record("acme", AuditRecord("consent.granted", "success", subject=f"s-{n}"))
    return trail


def _verified(trail: InMemoryTrail, events: int) -> None:
    result = trail.verifier.verify_full("acme")
    assert result.valid, result.first_break
    assert (result.events, result.pending) == (events, 0)


def test_events_wait_pending_until_sealed_into_segments_of_many() -> None:
    trail = _trail(120, segment_max_events=50)
    assert trail.verifier.verify("acme").pending == 120
    report = trail.sealer.seal("acme")
    segments = trail.segments.segments("acme")
    assert (report.sequenced, report.sealed, report.segments) == (120, 120, len(segments))
    sizes = [len(decode_segment(s.versions[0])) for s in segments]
    assert len(segments) >= 3 and max(sizes) <= 50 and sum(sizes) == 120
    _verified(trail, 120)


def test_a_crash_after_sequencing_is_finished_by_the_next_run() -> None:
    trail = _trail(10)
    trail.sealer._sequence_batch("acme")  # sequenced; the run dies before sealing
    assert trail.verifier.verify("acme").pending == 10
    trail.sealer.seal("acme")
    _verified(trail, 10)


def test_a_segment_written_before_a_crash_is_adopted_not_written_twice() -> None:
    trail = _trail(10)
    trail.sealer._sequence_batch("acme")
    events = trail.outbox.sequenced("acme", 1, 6)
    # An earlier run wrote events 1..6 and died before moving the sealed mark; 4 more were sequenced since.
    from privacykit.domain.audit.chain import encode_segment

    trail.segments.put_segment("acme", segment_name(1), encode_segment(events))
    trail.sealer.seal("acme")
    segments = trail.segments.segments("acme")
    assert [s.name for s in segments] == [segment_name(1), segment_name(7)]
    assert [e["seq"] for e in decode_segment(segments[1].versions[0])] == [7, 8, 9, 10]
    _verified(trail, 10)


def test_a_sealer_that_loses_the_race_for_the_head_reads_it_again() -> None:
    trail = _trail(3)
    real = trail.outbox.sequence
    raced = {"done": False}

    def first_loses(*args: Any) -> None:
        if not raced["done"]:
            raced["done"] = True
            raise ChainConflict("the audit chain head moved")
        real(*args)

    trail.outbox.sequence = first_loses
    trail.sealer.seal("acme")
    _verified(trail, 3)


def test_a_segment_the_sealer_did_not_write_stops_it() -> None:
    trail = _trail(2)
    trail.segments.put_segment("acme", segment_name(1), b'{"seq":1}\n')
    with pytest.raises(TrailBroken):
        trail.sealer.seal("acme")
    assert not trail.verifier.verify_full("acme").valid


@pytest.mark.parametrize("check", ["verify", "verify_full"])
def test_a_verification_that_finds_the_trail_broken_records_the_alarm_once_per_check(check: str) -> None:
    # As the digest schedule does: monitoring alerts on audit.chain_broken, whoever found the break.
    trail = _trail(2)
    trail.seal()
    assert getattr(trail.verifier, check)("acme").valid
    assert trail.outbox.count_pending("acme") == 0
    trail.segments.put_segment("acme", segment_name(3), b'{"seq":3}\n')
    found = getattr(trail.verifier, check)("acme")
    assert not found.valid and found.pending == 1
    (event,) = trail.outbox.waiting["acme"].values()
    assert event["type"] == "audit.chain_broken" and event["details"]["first_break_seq"] == 3


def test_the_digester_signs_only_what_verifies_and_names_the_previous_digest() -> None:
    trail = _trail(4)
    trail.seal()
    first = trail.digester.digest("acme")
    assert first["signed"] and first["digest"]["previous_digest"] is None
    trail.writer.record("acme", AuditRecord("consent.granted", "success"))
    trail.seal()
    second = trail.digester.digest("acme")
    assert (second["digest"]["first_seq"], second["digest"]["last_seq"]) == (5, 5)
    assert second["digest"]["previous_digest"] is not None
    # A rewritten segment after the last digest: nothing more is signed, and the break is named.
    trail.writer.record("acme", AuditRecord("consent.granted", "success"))
    trail.seal()
    name = segment_name(6)
    trail.segments.objects[f"audit/acme/segments/{name}"] = b'{"seq":6}\n'
    refused = trail.digester.digest("acme")
    assert (refused["signed"], refused["first_break"]["seq"]) == (False, 6)
