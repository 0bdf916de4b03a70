"""The verifier names the first broken link: changed byte, removed event, reorder, cut tail."""

from __future__ import annotations

from typing import Any

from privacykit.domain.audit.chain import (
    GENESIS,
    ChainHead,
    SegmentCopy,
    encode_segment,
    link_events,
    segment_name,
    verify_chain,
)


def _chain(n: int) -> list[dict[str, Any]]:
    drafts = [{"type": "consent.granted", "outcome": "success", "details": {"i": i}} for i in range(n)]
    return link_events(drafts, last_seq=0, last_hash=GENESIS)


def _segments(events: list[dict[str, Any]]) -> list[SegmentCopy]:
    return [SegmentCopy(segment_name(e["seq"]), (encode_segment([e]),)) for e in events]


def _head(events: list[dict[str, Any]]) -> ChainHead:
    return ChainHead(events[-1]["seq"], events[-1]["hash"], events[-1]["seq"], events[-1]["hash"])


def test_intact_chain_verifies() -> None:
    events = _chain(5)
    result = verify_chain(_segments(events), _head(events))
    assert result.valid
    assert result.events == 5
    assert result.first_break is None


def test_a_changed_byte_is_named() -> None:
    events = _chain(5)
    segments = _segments(events)
    body = segments[2].versions[0].replace(b'"i":2', b'"i":7')
    segments[2] = SegmentCopy(segments[2].name, (body,))
    result = verify_chain(segments, _head(events))
    assert not result.valid
    assert result.first_break is not None
    assert result.first_break["seq"] == 3
    assert "changed" in result.first_break["reason"]


def test_a_removed_event_is_a_gap() -> None:
    events = _chain(5)
    segments = _segments(events)
    del segments[1]
    result = verify_chain(segments, _head(events))
    assert not result.valid
    assert result.first_break is not None
    assert result.first_break["seq"] == 2
    assert "gap" in result.first_break["reason"]


def test_reordered_events_are_detected() -> None:
    events = _chain(4)
    swapped = [events[0], events[2], events[1], events[3]]
    segments = [SegmentCopy(segment_name(1), (encode_segment(swapped),))]
    result = verify_chain(segments, _head(events))
    assert not result.valid
    assert result.first_break is not None
    assert result.first_break["seq"] == 2


def test_a_cut_tail_is_detected_against_the_head() -> None:
    events = _chain(5)
    result = verify_chain(_segments(events[:3]), _head(events))
    assert not result.valid
    assert result.first_break is not None
    assert "missing" in result.first_break["reason"]


def test_a_rehashed_forgery_breaks_the_next_link() -> None:
    events = _chain(3)
    forged = dict(events[1], details={"i": 99})
    forged["hash"] = link_events(
        [{k: v for k, v in forged.items() if k not in ("seq", "prev_hash", "hash")}],
        last_seq=1,
        last_hash=events[0]["hash"],
    )[0]["hash"]
    forged_events = [events[0], forged, events[2]]
    result = verify_chain(_segments(forged_events), _head(events))
    assert not result.valid
    assert result.first_break is not None
    assert result.first_break["seq"] in (2, 3)


def test_a_rewritten_or_deleted_segment_is_reported() -> None:
    events = _chain(2)
    segments = _segments(events)
    rewritten = [segments[0], SegmentCopy(segments[1].name, (segments[1].versions[0], b"{}\n"))]
    assert "rewritten" in (verify_chain(rewritten, _head(events)).first_break or {})["reason"]
    deleted = [segments[0], SegmentCopy(segments[1].name, segments[1].versions, deleted=True)]
    assert "deleted" in (verify_chain(deleted, _head(events)).first_break or {})["reason"]


def test_digest_must_match_the_hash_it_signed() -> None:
    events = _chain(3)
    assert verify_chain(_segments(events), _head(events), {3: events[2]["hash"]}).digests_checked == 1
    result = verify_chain(_segments(events), _head(events), {2: events[2]["hash"]})
    assert not result.valid
